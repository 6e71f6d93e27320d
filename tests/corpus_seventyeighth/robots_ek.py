"""Seventy-eighth set, book B robots: robot mail of the systems around food at the shop (table-booking platform confirmations and reminders, the café's POS receipts, the bakery's cake-order system, the catering quote tool, the meal-planner app's weekly digests and data-export notices, the surprise-bag partner's pick-up notices and partner reports, the click & collect picking system, the wine club's age-verification service, HACCP fridge-temperature alerts, supplier EDI notices), out-of-office replies, bounces of several MTAs and helpdesk acknowledgements, plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'table-booking-venue-copy-cafe-corner', 'automated', (),
'''Return-Path: <bounce-venue-7731@mail.tablo.example>
Received: from smtp-out-3.tablo.example (smtp-out-3.tablo.example [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcT9p1RzKz2yQ8
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 18:02:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=tablo.example; s=tb2025;
	t=1776787329; h=from:to:subject:date:message-id:mime-version;
	bh=Xb2mQ0r8LkP4sT1vW7yZ9aC3dE5fG2hJ4kM6nP8qR0s=;
	b=Hk3Lm9Np2Qr7St4Uv1Wx8Yz5Ab0Cd6Ef3Gh9Ij2Kl7Mn4Op1Qr8St5Uv2Wx9Yz
From: Tablo for Restaurants <no-reply@tablo.example>
Reply-To: guest-8f3k2q@reply.tablo.example
To: privacy@shop.example.be
Subject: New booking: Sat 25 Apr 12:30 - 4 guests - Fairbanks (Cafe Corner Leuven)
Date: Tue, 21 Apr 2026 16:02:09 +0000
Message-ID: <venue.TBL-LEU-0425-3391.1776787329@notify.tablo.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Tablo Notify 3.12
X-Tablo-Venue: SE-LEU-CAFE
Feedback-ID: venue-notify:booking:tablo
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="tablo-b1-77a1c0"

--tablo-b1-77a1c0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

NEW BOOKING - Caf=C3=A9 Corner - Shop Example Leuven

Guest:         Oliver Fairbanks
Phone:         +32 470 11 84 29
E-mail:        o.fairbanks@mailbox.example
Date:          Saturday 25 April 2026, 12:30
Party size:    4 (incl. 1 high chair)
Table:         T7 (window)
Visits:        3rd visit (last: 14/02/2026)
Guest notes:   "One of us has a severe nut allergy, please tell the kitchen=
. It's a birthday lunch - could you put a candle on the dessert?"
Booking ref:   TBL-LEU-0425-3391
Source:        Shop Example website widget

Confirm, move or cancel this booking in Tablo Manager:
https://manager.tablo.example/b/TBL-LEU-0425-3391

--
Data protection: you receive this notification because this address is set =
as the notification contact for "Caf=C3=A9 Corner - Shop Example Leuven". G=
uest personal data (name, phone number, e-mail address and notes, which may=
 include dietary and health information) is shared with you as controller s=
o that you can fulfil the reservation. Do not forward this e-mail. Requests=
 from guests to access or delete their data must be handled by the venue; T=
ablo deletes guest contact details 24 months after the last visit.
To change the notification address or stop these e-mails, go to Settings > =
Notifications.

Tablo BV - Kanaalstraat 40, 2000 Antwerpen
--tablo-b1-77a1c0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta charset=3D"utf-8"><title>New booking</title></head>
<body style=3D"font-family:Arial,sans-serif;color:#1d1d1f">
<h2 style=3D"color:#e4572e">New booking</h2>
<p><b>Caf=C3=A9 Corner - Shop Example Leuven</b></p>
<table cellpadding=3D"4">
<tr><td>Guest</td><td>Oliver Fairbanks</td></tr>
<tr><td>Phone</td><td>+32 470 11 84 29</td></tr>
<tr><td>E-mail</td><td>o.fairbanks@mailbox.example</td></tr>
<tr><td>Date</td><td>Saturday 25 April 2026, 12:30</td></tr>
<tr><td>Party size</td><td>4 (incl. 1 high chair)</td></tr>
<tr><td>Table</td><td>T7 (window)</td></tr>
<tr><td>Guest notes</td><td>"One of us has a severe nut allergy, please tel=
l the kitchen. It's a birthday lunch - could you put a candle on the desser=
t?"</td></tr>
</table>
<p><a href=3D"https://manager.tablo.example/b/TBL-LEU-0425-3391">Open in Ta=
blo Manager</a></p>
<p style=3D"font-size:11px;color:#888">Data protection: guest personal data=
 (including dietary and health information in notes) is shared with you as =
controller to fulfil the reservation. Do not forward this e-mail. Tablo del=
etes guest contact details 24 months after the last visit. <a href=3D"https=
://manager.tablo.example/settings/notifications">Notification settings</a><=
/p>
</body></html>
--tablo-b1-77a1c0--
'''),

    ('en', 'postfix-bounce-reply-catering-allergy-request', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
	id 7F2C91A0034; Wed, 22 Apr 2026 09:14:03 +0200 (CEST)
Date: Wed, 22 Apr 2026 09:14:03 +0200 (CEST)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7F2C91A0034.1776842043/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20260422071403.7F2C91A0034@mx1.shop.example.be>

This is a MIME-encapsulated message.

--7F2C91A0034.1776842043/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.vanhove@skynet.example>: host mx.skynet.example[192.0.2.25] said: 550 5.1.1
    <t.vanhove@skynet.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--7F2C91A0034.1776842043/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 7F2C91A0034
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 22 Apr 2026 09:14:01 +0200 (CEST)

Final-Recipient: rfc822; t.vanhove@skynet.example
Original-Recipient: rfc822;t.vanhove@skynet.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.skynet.example
Diagnostic-Code: smtp; 550 5.1.1 <t.vanhove@skynet.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--7F2C91A0034.1776842043/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from exch02.shop.example.be (exch02.shop.example.be [10.20.4.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7F2C91A0034
	for <t.vanhove@skynet.example>; Wed, 22 Apr 2026 09:14:01 +0200 (CEST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Tom Vanhove <t.vanhove@skynet.example>
Subject: RE: Allergy notes on catering order CAT-KOR-2603-0219 - your request
 SE-DSR-26-0871
Date: Wed, 22 Apr 2026 07:13:58 +0000
Message-ID: <AM9PR02MB71420C8E1F0A9B7D33E5A1C2B4412@exch02.shop.example.be>
In-Reply-To: <CAF7kQ2p0xLm3Hc@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--7F2C91A0034.1776842043/mx1.shop.example.be--
'''),

    ('en', 'meal-planner-admin-data-export-ready', 'automated', (),
'''Return-Path: <bounces@mail.menuly.example>
Received: from mta-12.mail.menuly.example (mta-12.mail.menuly.example [198.51.100.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdV0s3WzPz1xL4
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 11:47:30 +0200 (CEST)
From: Kitchen Admin Console <no-reply@menuly.example>
To: privacy@shop.example.be
Subject: [Kitchen by Shop Example] Data export ready - request DSR-2026-0419-07
Date: Wed, 22 Apr 2026 09:47:28 +0000
Message-ID: <export.DSR-2026-0419-07.8a3f11@jobs.menuly.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: Menuly Jobs 2.7.0
X-Menuly-Tenant: shop-example-be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Kitchen by Shop Example - Admin Console

The personal data export you requested has finished.

Request:        DSR-2026-0419-07 (Right of access / data portability, GDPR =
Art. 15 and 20)
Requested by:   privacy@shop.example.be (role: Privacy Officer)
Data subject:   user u_5f2a91c3 (f.c******@gmail.com)
Started:        22/04/2026 11:31
Finished:       22/04/2026 11:47
Format:         ZIP archive (JSON + CSV), 3.4 MB

Contents:
- profile.json            account, language, household size
- diet_goals.json         diet goals and preferences
- weight_log.csv          42 entries (special category data: health - GDPR =
Art. 9)
- saved_recipes.json      96 recipes incl. personal notes and ratings
- meal_plans.csv          61 weekly plans
- nutrition_scores.csv    weekly scores derived from linked loyalty-card re=
ceipts
- consents.json           consent history (health data, weekly digest, push)

Download (valid 7 days, requires 2FA login):
https://admin.menuly.example/t/shop-example-be/exports/DSR-2026-0419-07

The archive password has been sent in a separate message. Do not send the a=
rchive to the data subject by unencrypted e-mail. The export will be delete=
d automatically on 29/04/2026.

This is an automated message from the Kitchen Admin Console. Replies to thi=
s address are not read.
Menuly SAS - processor for Shop Example NV - https://menuly.example/dpa
'''),

    ('en', 'haccp-coldtrack-fridge-temperature-alarm', 'automated', (),
'''Return-Path: <alarm@coldtrack.example>
Received: from gw-eu1.coldtrack.example (gw-eu1.coldtrack.example [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KcW1n0RfLz7kP2
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 06:53:04 +0200 (CEST)
From: ColdTrack Alarm <alarm@coldtrack.example>
To: deli-kortrijk@shop.example.be, quality@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?=5BALARM=5D_KOR-DELI-03_Deli_counter_chiller_9=2E4_=C2=B0C_=28limi?=
 =?utf-8?q?t_7=2E0_=C2=B0C=29?=
Date: Thu, 23 Apr 2026 04:53:02 +0000
Message-ID: <alarm-884120-KOR-DELI-03@gw-eu1.coldtrack.example>
X-Mailer: ColdTrack Gateway fw 2.4.1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ColdTrack alarm - ACTIVE

Site:        Shop Example Kortrijk (KOR)
Sensor:      KOR-DELI-03 - Deli counter display chiller (cooked meats, salads)
Reading:     9.4 °C at 06:52
Limit:       max 7.0 °C (HACCP CCP-2 chilled storage)
Duration:    above limit for 22 min
Trend:       rising (+1.3 °C / 15 min)
Battery:     87 %   Signal: -71 dBm

Action required (HACCP plan, section 4.2):
1. Check door/curtain and the defrost cycle.
2. Measure product core temperature with a probe thermometer and record
   it in the CCP log.
3. If product has been above 7 °C for more than 2 hours: discard and
   record quantities.

Acknowledge this alarm:
https://app.coldtrack.example/a/KOR-DELI-03/884120

Escalation: if not acknowledged within 30 min, the store manager on duty
is called automatically.

You receive this e-mail because this address is on the alarm contact list
for site KOR. This alarm contains no personal data of customers.
Manage recipients: ColdTrack > Sites > KOR > Contacts
'''),

    ('en', 'person-forwards-surprise-bag-pickup-notice', 'deletion', (),
'''Return-Path: <ben.hollis@gmail.com>
Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KcZ7y2HqVz3mT9
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 19:21:40 +0200 (CEST)
Received: by mail-wr1-f52.google.com with SMTP id ffacd0b85a97d-3a51f0c7e21so118244f8f.2
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 10:21:39 -0700 (PDT)
MIME-Version: 1.0
References: <pickup.NWB-7K4QP.20260423@notify.nowastebox.example>
In-Reply-To: <pickup.NWB-7K4QP.20260423@notify.nowastebox.example>
From: Ben Hollis <ben.hollis@gmail.com>
Date: Thu, 23 Apr 2026 18:21:27 +0100
Message-ID: <CAK4nRv0q9pT2wLx8zHf3Gm1bV7yQe5sD0uJ@mail.gmail.com>
Subject: Fwd: Your NoWasteBox bag is ready for pick-up today 19:30-20:00
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi,

Got this one again tonight. I uninstalled NoWasteBox back in February and a=
sked them to close my account. Their support says they did, but that the li=
nk with your loyalty card "is managed by the store" and they can't remove i=
t.

So: please delete that link and whatever you keep about me from those bags =
(pick-ups, the "meals saved", all of it). I don't want any more of these.

Ben Hollis

---------- Forwarded message ---------
From: NoWasteBox <no-reply@nowastebox.example>
Date: Thu, 23 Apr 2026 at 16:05
Subject: Your NoWasteBox bag is ready for pick-up today 19:30-20:00
To: <ben.hollis@gmail.com>


Hi Ben,

Good news! Your Surprise Bag is reserved.

Shop Example Etterbeek - Bakery
Pick-up today between 19:30 and 20:00
Your code: 7K4-QP

Show this code at the bakery counter. Don't forget to bring a bag!

You've saved 14 meals so far - that's 35 kg CO2e.
Linked loyalty card: **** 5520 (points added at pick-up)

Manage notifications | Privacy policy | Help
NoWasteBox BV, Rue du March=C3=A9 8, 1000 Brussels
'''),

    ('nl', 'click-collect-picking-substitutions-ready', 'automated', (),
'''Return-Path: <bounce+cc-6120447@collect.shop.example.be>
Received: from pick-notify-02.collect.shop.example.be (pick-notify-02.collect.shop.example.be [10.40.2.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdB2t6PwNz9rQ1
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 15:38:12 +0200 (CEST)
From: Shop Example Click & Collect <noreply@collect.shop.example.be>
To: privacy@shop.example.be
Subject: Je bestelling CC-6120447 ligt klaar in Herentals - 3 producten vervangen
Date: Fri, 24 Apr 2026 13:38:10 +0000
Message-ID: <cc-6120447.ready.1777037890@collect.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
X-Mailer: PickFlow Notifier 5.3
X-PickFlow-Store: HRT-041
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_PF_6120447_01"

------=_PF_6120447_01
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hallo Sarah,

Je bestelling CC-6120447 is gepickt en ligt voor je klaar.

Ophalen: vandaag tussen 17:00 en 18:00
Afhaalpunt: Shop Example Herentals - drive, zuil 2
Te betalen: 86,14 EUR (reeds betaald met Bancontact)

VERVANGEN PRODUCTEN
- Halfvolle melk 1 L (6x)  ->  Volle melk 1 L (6x)   -0,42 EUR
- Kippenfilet 500 g  ->  Kippenfilet 600 g (aangerekend aan de prijs van 50=
0 g)
- Sojayoghurt natuur 500 g  ->  Haveryoghurt natuur 500 g   +0,15 EUR

NIET GELEVERD
- Biologische bananen (1 tros) - niet aangerekend
- Glutenvrij meergranenbrood - niet vervangen (jouw voorkeur: "glutenvrij, =
geen alternatief")

Notitie van je picker (Yasmina): "Bananen waren niet mooi meer, liever niet=
 meegegeven. Halfvolle melk was op, volle genomen."

Niet akkoord met een vervanging? Weiger ze bij het ophalen, je betaalt ze d=
an niet.

Je bestelgegevens en je voorkeuren (zoals "glutenvrij") gebruiken we enkel =
om je bestelling klaar te maken en je te verwittigen. Meer info in onze pri=
vacyverklaring: https://www.shop.example.be/privacy
Geen e-mails meer over je bestellingen? Pas je meldingen aan in de app.

Dit is een automatisch bericht, antwoorden op deze e-mail worden niet gelez=
en.
------=_PF_6120447_01
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkhlbHZldGljYSxBcmlhbCxzYW5zLXNlcmlm
Ij4KPHA+SGFsbG8gU2FyYWgsPC9wPgo8cD5KZSBiZXN0ZWxsaW5nIDxiPkNDLTYxMjA0NDc8L2I+
IGlzIGdlcGlja3QgZW4gbGlndCB2b29yIGplIGtsYWFyLjxicj4KT3BoYWxlbjogPGI+dmFuZGFh
ZyB0dXNzZW4gMTc6MDAgZW4gMTg6MDA8L2I+IC0gU2hvcCBFeGFtcGxlIEhlcmVudGFscywgZHJp
dmUsIHp1aWwgMjwvcD4KPGgzPlZlcnZhbmdlbiBwcm9kdWN0ZW48L2gzPgo8dWw+CjxsaT5IYWxm
dm9sbGUgbWVsayAxIEwgKDZ4KSAmcmFycjsgVm9sbGUgbWVsayAxIEwgKDZ4KSA8c3BhbiBzdHls
ZT0iY29sb3I6IzJhNyI+LTAsNDIgRVVSPC9zcGFuPjwvbGk+CjxsaT5LaXBwZW5maWxldCA1MDAg
ZyAmcmFycjsgS2lwcGVuZmlsZXQgNjAwIGcgKGFhbmdlcmVrZW5kIGFhbiBkZSBwcmlqcyB2YW4g
NTAwIGcpPC9saT4KPGxpPlNvamF5b2dodXJ0IG5hdHV1ciA1MDAgZyAmcmFycjsgSGF2ZXJ5b2do
dXJ0IG5hdHV1ciA1MDAgZyA8c3BhbiBzdHlsZT0iY29sb3I6I2MzMyI+KzAsMTUgRVVSPC9zcGFu
PjwvbGk+CjwvdWw+CjxoMz5OaWV0IGdlbGV2ZXJkPC9oMz4KPHVsPgo8bGk+QmlvbG9naXNjaGUg
YmFuYW5lbiAoMSB0cm9zKSAtIG5pZXQgYWFuZ2VyZWtlbmQ8L2xpPgo8bGk+R2x1dGVudnJpaiBt
ZWVyZ3JhbmVuYnJvb2QgLSBuaWV0IHZlcnZhbmdlbiAoam91dyB2b29ya2V1cjogImdsdXRlbnZy
aWosIGdlZW4gYWx0ZXJuYXRpZWYiKTwvbGk+CjwvdWw+CjxwIHN0eWxlPSJiYWNrZ3JvdW5kOiNm
NGY0ZjQ7cGFkZGluZzo4cHgiPjxpPk5vdGl0aWUgdmFuIGplIHBpY2tlciAoWWFzbWluYSk6ICJC
YW5hbmVuIHdhcmVuIG5pZXQgbW9vaSBtZWVyLCBsaWV2ZXIgbmlldCBtZWVnZWdldmVuLiBIYWxm
dm9sbGUgbWVsayB3YXMgb3AsIHZvbGxlIGdlbm9tZW4uIjwvaT48L3A+CjxwIHN0eWxlPSJmb250
LXNpemU6MTFweDtjb2xvcjojNzc3Ij5KZSBiZXN0ZWxnZWdldmVucyBlbiBqZSB2b29ya2V1cmVu
IGdlYnJ1aWtlbiB3ZSBlbmtlbCBvbSBqZSBiZXN0ZWxsaW5nIGtsYWFyIHRlIG1ha2VuLiA8YSBo
cmVmPSJodHRwczovL3d3dy5zaG9wLmV4YW1wbGUuYmUvcHJpdmFjeSI+UHJpdmFjeXZlcmtsYXJp
bmc8L2E+IC0gPGEgaHJlZj0iaHR0cHM6Ly93d3cuc2hvcC5leGFtcGxlLmJlL2FwcC9tZWxkaW5n
ZW4iPk1lbGRpbmdlbiBhYW5wYXNzZW48L2E+PC9wPgo8L2JvZHk+PC9odG1sPgo=
------=_PF_6120447_01--
'''),

    ('nl', 'exchange-ooo-catering-coordinator-bilingual', 'automated', (),
'''Received: from AM8PR02MB6120.eurprd02.prod.exch.shop.example.be (10.20.6.31) by
 AM8PR02MB5544.eurprd02.prod.exch.shop.example.be with HTTPS; Mon, 27 Apr 2026
 08:02:47 +0000
From: Veerle Goossens <veerle.goossens@shop.example.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatisch antwoord: DSR-26-0877 - allergie-info cateringbestelling Mechelen
Thread-Topic: DSR-26-0877 - allergie-info cateringbestelling Mechelen
Thread-Index: AQHc1kR7vN0b2xZ8Tk6p3m0q9wHfXw==
Date: Mon, 27 Apr 2026 08:02:46 +0000
Message-ID: <a91c3e04b7d84f2aa1f0e6c2d5b3e790@AM8PR02MB6120.eurprd02.prod.exch.shop.example.be>
In-Reply-To: <5d2e81f0c9aa4b7e93c1f4a6d0e2b118@AM8PR02MB5544.eurprd02.prod.exch.shop.example.be>
References: <5d2e81f0c9aa4b7e93c1f4a6d0e2b118@AM8PR02MB5544.eurprd02.prod.exch.shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: AM8PR02MB6120.eurprd02.prod.exch.shop.example.be
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-AutoResponse-Type: OOF
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_a91c3e04b7d84f2aa1f0e6c2d5b3e790AM8PR02MB6120eurp_"

--_000_a91c3e04b7d84f2aa1f0e6c2d5b3e790AM8PR02MB6120eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dag,

Ik ben afwezig tot en met maandag 4 mei en lees mijn mails niet.

Voor dringende vragen over lopende cateringbestellingen (communies, feesten=
) kan je terecht bij het team traiteur van de winkel: traiteur.mechelen@sho=
p.example.be of 015 28 44 10.
Vragen over allergenen of dieetwensen op een bestelling worden tijdens mijn=
 afwezigheid opgevolgd door Kris Maes (kris.maes@shop.example.be).

Je suis absente jusqu'au lundi 4 mai inclus. Pour toute question urgente co=
ncernant une commande traiteur, contactez traiteur.mechelen@shop.example.be.

Met vriendelijke groeten,
Veerle Goossens
Co=C3=B6rdinator Catering & Traiteur - regio Antwerpen/Mechelen
--_000_a91c3e04b7d84f2aa1f0e6c2d5b3e790AM8PR02MB6120eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos=
",sans-serif}</style></head>
<body lang=3D"NL-BE"><div class=3D"WordSection1">
<p class=3D"MsoNormal">Dag,</p>
<p class=3D"MsoNormal">Ik ben afwezig tot en met maandag 4 mei en lees mijn=
 mails niet.</p>
<p class=3D"MsoNormal">Voor dringende vragen over lopende cateringbestellin=
gen (communies, feesten) kan je terecht bij het team traiteur van de winkel=
: <a href=3D"mailto:traiteur.mechelen@shop.example.be">traiteur.mechelen@sh=
op.example.be</a> of 015 28 44 10.<br>Vragen over allergenen of dieetwensen=
 op een bestelling worden tijdens mijn afwezigheid opgevolgd door Kris Maes=
 (<a href=3D"mailto:kris.maes@shop.example.be">kris.maes@shop.example.be</a=
>).</p>
<p class=3D"MsoNormal"><i>Je suis absente jusqu'au lundi 4 mai inclus. Pour=
 toute question urgente concernant une commande traiteur, contactez traiteu=
r.mechelen@shop.example.be.</i></p>
<p class=3D"MsoNormal">Met vriendelijke groeten,<br>Veerle Goossens<br>Co=
=C3=B6rdinator Catering &amp; Traiteur - regio Antwerpen/Mechelen</p>
</div></body></html>
--_000_a91c3e04b7d84f2aa1f0e6c2d5b3e790AM8PR02MB6120eurp_--
'''),

    ('nl', 'bakery-order-system-cake-photo-confirmation', 'automated', (),
'''Return-Path: <bakeorder@srv12.webhost-be.example>
Received: from srv12.webhost-be.example (srv12.webhost-be.example [192.0.2.212])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KdF8k1MnCz4wS6
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 17:09:55 +0200 (CEST)
Date: Fri, 24 Apr 2026 17:09:54 +0200
To: privacy@shop.example.be
From: Bakkerij Shop Example Aalst <bakeorder@srv12.webhost-be.example>
Subject: Bevestiging taartbestelling BK-AAL-26-0430-014
Message-ID: <7f1c2e9a84b03d55e1a6@srv12.webhost-be.example>
X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste klant,

Bedankt voor je bestelling bij de bakkerij van Shop Example Aalst.

Bestelnummer : BK-AAL-26-0430-014
Naam         : Van den Broeck S.
GSM          : 0485 62 17 09
Taart        : Biscuit framboos, 12 personen
Tekst        : "Proficiat Marcel 65 jaar"
Foto         : ja - upload ontvangen (IMG_4471.jpg, 2,1 MB)
Afhalen      : donderdag 30/04/2026 vanaf 10u00
Prijs        : 49,50 EUR (te betalen bij afhaling)
Allergenen   : bevat gluten, ei, melk
Opmerking    : "geen noten aub, kleinzoon allergisch"

Je foto wordt enkel gebruikt om op de taart te printen en wordt 30 dagen na afhaling automatisch verwijderd (AVG/GDPR). Vragen over je persoonsgegevens? privacy@shop.example.be

Iets wijzigen aan je bestelling? Bel de bakkerij op 053 21 90 47 (ten laatste 48u voor afhaling).

Deze mail werd automatisch verstuurd. Gelieve niet te antwoorden.
'''),

    ('nl', 'gmail-bounce-nosuchuser-nowastebox-reply', 'automated', (),
'''Received: by 2002:a05:6a20:9c8f:b0:1f4:3e7a:55c1 with SMTP id mj15csp1184752pzb;
        Mon, 27 Apr 2026 02:41:09 -0700 (PDT)
Return-Path: <>
Received: by 2002:a05:6a20:9c8f:b0:1f4:3e7a:55c1 id mj15csp1184744pzb;
        Mon, 27 Apr 2026 02:41:09 -0700 (PDT)
Date: Mon, 27 Apr 2026 02:41:09 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <CAPrv7Hx2LmQ0e9sWf3kB8nT1yUa@shop.example.be>
In-Reply-To: <CAPrv7Hx2LmQ0e9sWf3kB8nT1yUa@shop.example.be>
X-Failed-Recipients: lotte.verhaegn@gmail.com
Message-ID: <6620b9e5.050a0220.3b1c2.84e1.GMR@mx.google.com>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000b3d4e2061a5f7c91"; report-type=delivery-status

--000000000000b3d4e2061a5f7c91
Content-Type: multipart/alternative; boundary="000000000000b3e1f2061a5f7c99"

--000000000000b3e1f2061a5f7c99
Content-Type: text/plain; charset="UTF-8"


** Adres niet gevonden **

Je bericht is niet bezorgd bij lotte.verhaegn@gmail.com omdat het adres niet is gevonden of geen e-mail kan ontvangen.

Lees hier meer: https://support.google.com/mail/?p=NoSuchUser

De reactie was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7a1d2c33f0bsor88412a12.117 - gsmtp

--000000000000b3e1f2061a5f7c99
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<h1 style="font-size:24px;font-weight:400">Adres niet gevonden</h1>
<p style="font-size:16px">Je bericht is niet bezorgd bij <a style="color:#212121;text-decoration:none"><b>lotte.verhaegn@gmail.com</b></a> omdat het adres niet is gevonden of geen e-mail kan ontvangen.</p>
<p><a href="https://support.google.com/mail/?p=NoSuchUser">MEER INFORMATIE</a></p>
<p style="font-size:12px;color:#616161">De reactie was:<br>550 5.1.1 The email account that you tried to reach does not exist. - gsmtp</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000b3e1f2061a5f7c99--

--000000000000b3d4e2061a5f7c91
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 27 Apr 2026 02:41:08 -0700 (PDT)
X-Original-Message-ID: <CAPrv7Hx2LmQ0e9sWf3kB8nT1yUa@shop.example.be>

Final-Recipient: rfc822; lotte.verhaegn@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 27 Apr 2026 02:41:09 -0700 (PDT)

--000000000000b3d4e2061a5f7c91
Content-Type: message/rfc822

From: Shop Example Privacy Team <privacy@shop.example.be>
Date: Mon, 27 Apr 2026 11:41:02 +0200
Message-ID: <CAPrv7Hx2LmQ0e9sWf3kB8nT1yUa@shop.example.be>
Subject: Re: Koppeling NoWasteBox
To: lotte.verhaegn@gmail.com
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Beste mevrouw Verhaegen,

Op uw vraag hebben wij de koppeling tussen uw klantenkaart en NoWasteBox verwijderd en de gegevens over uw opgehaalde verrassingspakketten gewist. Uw klantenkaart zelf blijft actief.

Met vriendelijke groeten,
Het privacyteam van Shop Example

--000000000000b3d4e2061a5f7c91--
'''),

    ('nl', 'person-replies-coffee-card-mailing-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <sanne.lemmens@hotmail.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2081.outbound.protection.outlook.com [40.92.91.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdH3q0TxBz6pV2
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 08:37:51 +0200 (CEST)
From: Sanne Lemmens <sanne.lemmens@hotmail.com>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: =?utf-8?q?Re=3A_Nog_1_stempel_tot_je_gratis_koffie!_=E2=98=95?=
Date: Fri, 24 Apr 2026 08:37:44 +0200
References: <koffiekaart.20260424.0801.55120@news.shop.example.be>
In-Reply-To: <koffiekaart.20260424.0801.55120@news.shop.example.be>
To: privacy@shop.example.be
Message-ID: <E3B0C442-98FC-4C14-9AFB-4C8996FB9242@hotmail.com>
X-Mailer: iPhone Mail (21E236)

hoe schrijf ik me hiervoor uit?? de link onderaan geeft een foutmelding (pa=
gina niet gevonden). ik wil deze mails niet meer, 2 a 3 per week is echt te=
 veel. de koffiekaart zelf mag blijven

Verzonden vanaf mijn iPhone

> Op 24 apr. 2026 om 08:01 heeft Shop Example Caf=C3=A9 <koffiekaart@news.s=
hop.example.be> het volgende geschreven:
>
> Dag Sanne,
>
> Nog =C3=A9=C3=A9n stempel en je volgende koffie is van ons! =E2=98=95
> Deze week in het caf=C3=A9 van Shop Example Turnhout: dubbele stempels op=
 dinsdag en onze nieuwe rabarbercrumble.
>
> Je ontvangt deze e-mail omdat je toestemming gaf om nieuws over je koffie=
kaart te ontvangen.
> Uitschrijven: https://news.shop.example.be/u/8f2a6c1e
> Privacyverklaring: https://www.shop.example.be/privacy
'''),

    ('fr', 'wine-club-age-verification-merchant-copy', 'automated', (),
'''Return-Path: <bounce-ntf@verifage.example>
Received: from out-7.verifage.example (out-7.verifage.example [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdJ5w7YcFz2bN3
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 19:12:44 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=verifage.example; s=va1;
	h=from:to:subject:date:message-id; bh=7uYt2Rw0Qp9sLm4Kj1Hg6Fd3Sa8Zx5Cv2Bn7Mq0Wp4=;
	b=Lp2Ow9Ni6Mu3Ky0Jt7Hs4Gr1Fq8Ep5Do2Cn9Bm6Al3Zk0Yj7Xi4Wh1Vg8Uf5Te2Sd
From: VerifAge <notifications@verifage.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BVerifAge=5D_V=C3=A9rification_d=27=C3=A2ge_termin=C3=A9e_?=
 =?utf-8?q?=E2=80=93_Club_des_vins_Shop_Example_=E2=80=93_dossier_VA-7F3K-20?=
 =?utf-8?q?931?=
Date: Fri, 24 Apr 2026 17:12:41 +0000
Message-ID: <VA-7F3K-20931.merchant.1777050761@verifage.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-VerifAge-Merchant: SE-WINECLUB-BE
X-Mailer: VerifAge Notify 4.0.3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

COPIE COMMER=C3=87ANT =E2=80=93 NE PAS TRANSF=C3=89RER AU CLIENT

Dossier :            VA-7F3K-20931
R=C3=A9sultat :           V=C3=89RIFI=C3=89 =E2=80=93 majeur (18+)
Demandeur :          Nathalie V******* (nom masqu=C3=A9)
M=C3=A9thode :            scan du document + selfie (correspondance faciale=
 : 0,94)
Document :           carte d'identit=C3=A9 belge =E2=80=93 valide
Date de naissance :  non communiqu=C3=A9e au commer=C3=A7ant (seul le statu=
t =C2=AB majeur =C2=BB est transmis)
Point de vente :     Shop Example Namur =E2=80=93 soir=C3=A9e d=C3=A9gustat=
ion du 24/04/2026
Op=C3=A9rateur :          tablette NAM-WINE-02

Conservation des donn=C3=A9es
Les images du document et le selfie sont supprim=C3=A9s automatiquement 30 =
jours apr=C3=A8s la v=C3=A9rification. Les donn=C3=A9es biom=C3=A9triques n=
e sont pas conserv=C3=A9es au-del=C3=A0 de la comparaison. Le num=C3=A9ro d=
u document n'est pas transmis au commer=C3=A7ant.

Conform=C3=A9ment au RGPD, la personne concern=C3=A9e peut exercer ses droi=
ts d'acc=C3=A8s, de rectification, d'effacement et d'opposition aupr=C3=A8s=
 de VerifAge (dpo@verifage.example) ou aupr=C3=A8s du commer=C3=A7ant. Le c=
ommer=C3=A7ant reste responsable de l'usage qu'il fait du r=C3=A9sultat de =
la v=C3=A9rification.

Ceci est un message automatique. Merci de ne pas y r=C3=A9pondre.
VerifAge SAS =E2=80=93 Boulevard G=C3=A9n=C3=A9ral Jacques 26, 1050 Bruxell=
es
'''),

    ('fr', 'exim-bounce-quota-wine-club-erasure-reply', 'automated', (),
'''Return-Path: <>
Received: from Debian-exim by relay2.shop.example.be with local (Exim 4.96)
	id 1uF3kQ-0004Xw-2T
	for privacy@shop.example.be; Mon, 27 Apr 2026 10:05:31 +0200
X-Failed-Recipients: j.collignon@skynet.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.shop.example.be>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uF3kQ-0004Xw-2T@relay2.shop.example.be>
Date: Mon, 27 Apr 2026 10:05:31 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  j.collignon@skynet.example
    host mx.skynet.example [192.0.2.31]
    SMTP error from remote mail server after RCPT TO:<j.collignon@skynet.example>:
    552 5.2.2 <j.collignon@skynet.example>: mailbox full - quota exceeded

------ This is a copy of the message, including all the headers. ------

Return-Path: <privacy@shop.example.be>
Received: from exch02.shop.example.be ([10.20.4.12])
	by relay2.shop.example.be with esmtps (TLS1.3) (Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1uF3kP-0004Xq-1M
	for j.collignon@skynet.example; Mon, 27 Apr 2026 10:05:30 +0200
From: Shop Example - Protection des données <privacy@shop.example.be>
To: "Jean-Marc Collignon" <j.collignon@skynet.example>
Subject: Votre demande d'effacement - Club des vins
Date: Mon, 27 Apr 2026 08:05:27 +0000
Message-ID: <AM9PR02MB7142F1A03B9C21E4@exch02.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Monsieur Collignon,

Nous avons bien reçu votre demande du 22 avril. Nous vous confirmons que le scan de votre carte d'identité, votre selfie et votre fiche du Club des vins ont été effacés, et que votre adresse a été retirée de la lettre « La cave du mois » et des invitations aux dégustations.

Les factures de vos achats restent conservées pendant la durée légale de 7 ans.

Cordialement,
L'équipe Protection des données
Shop Example
'''),

    ('fr', 'catering-quote-tool-devis-allergens', 'automated', (),
'''Return-Path: <mailer@cateriq.example>
Received: from app-mail-1.cateriq.example (app-mail-1.cateriq.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdL6r2XeGz1cM8
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 14:26:19 +0200 (CEST)
From: Comptoir traiteur Shop Example Tournai via Cateriq <devis@cateriq.example>
Reply-To: traiteur.tournai@shop.example.be
To: privacy@shop.example.be
Subject: =?utf-8?q?Votre_devis_DV-26-0618_=E2=80=93_Buffet_=C2=AB_Communion_Lucas_?=
 =?utf-8?q?=C2=BB_=E2=80=93_48_couverts?=
Date: Tue, 28 Apr 2026 12:26:17 +0000
Message-ID: <quote-DV-26-0618-v2@cateriq.example>
X-Mailer: Cateriq Quotes 8.1
X-Cateriq-Account: shop-example-tournai
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Shop Example – Comptoir traiteur Tournai
Rue de la Tête d'Or 18, 7500 Tournai – 069 22 54 70

DEVIS N° DV-26-0618 (version 2) – valable 14 jours

Client :        Mme Lemaire Anne-Sophie – 0476 88 21 90
Événement :     Communion de Lucas – dimanche 14/06/2026, 12h00
Retrait :       au magasin, dimanche 14/06 à 10h30
Couverts :      40 adultes + 8 enfants

Menu
- Assortiment de verrines froides (3 p.p.)
- Jambon à l'os, rôti de porc, poulet rôti froid
- Saumon en Bellevue
- Salades : piémontaise, taboulé, carottes râpées, pâtes pesto
- Plateau de fromages belges
- Pains et beurre
- Menu enfant : pilons de poulet, chips, compote

Régimes et allergies (déclarés par le client)
- Allergie fruits à coque :  1 personne (Mme Lemaire)
- Sans gluten :             2 couverts
- Halal :                   6 couverts (sans porc, viande certifiée)
- Végétarien :              3 couverts

Total HTVA : 1 211,32 €     TVA 6 % : 72,68 €     TOTAL TVAC : 1 284,00 €
Acompte demandé : 30 % à la confirmation

Accepter le devis : https://app.cateriq.example/q/DV-26-0618/accept
Modifier ou poser une question : répondez à ce mail ou contactez le comptoir traiteur.

Les informations sur les allergies et les régimes alimentaires sont des données sensibles au sens du RGPD. Elles sont utilisées uniquement pour la préparation de votre commande et supprimées 90 jours après l'événement. Politique de confidentialité : https://www.shop.example.be/privacy

Message envoyé automatiquement par Cateriq pour le compte de Shop Example.
'''),

    ('fr', 'person-pastes-catering-quote-wrong-allergy-name', 'correction', (),
'''Return-Path: <sophie.leroy.tournai@gmail.com>
Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdN1c8ZgHz5dR7
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 21:04:12 +0200 (CEST)
MIME-Version: 1.0
From: Sophie Leroy <sophie.leroy.tournai@gmail.com>
Date: Tue, 28 Apr 2026 21:03:58 +0200
Message-ID: <CAGr8pWm4yT1kQx0cN2e5bHa7Lz@mail.gmail.com>
Subject: devis DV-26-0633 - erreurs dans mes infos
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Bonsoir,

J'ai reçu aujourd'hui le devis ci-dessous pour la fête de mes parents (le comptoir traiteur m'a dit d'écrire à cette adresse pour ce qui concerne mes données personnelles, donc je le fais).

Deux choses sont fausses et je ne voudrais pas qu'elles restent dans votre système :
1. Mon nom est Leroy, avec un y, pas Leroi.
2. Ce n'est pas moi qui suis allergique aux fruits à coque, c'est ma mère, Mme Dubois. Moi je n'ai aucune allergie. Sur le devis et apparemment dans ma fiche client, l'allergie est notée à mon nom.

Merci de corriger ma fiche (et le devis si c'est lié).

Sophie Leroy
0479 30 16 58

--- copie du devis ---
Shop Example – Comptoir traiteur Tournai
DEVIS N° DV-26-0633 – valable 14 jours
Client :        Mme Leroi Sophie – 0479 30 16 58
Événement :     40 ans de mariage – samedi 30/05/2026, 18h00
Couverts :      26 adultes
Régimes et allergies (déclarés par le client)
- Allergie fruits à coque :  1 personne (Mme Leroi)
- Végétarien :              2 couverts
TOTAL TVAC : 748,80 €
Message envoyé automatiquement par Cateriq pour le compte de Shop Example.
'''),

    ('de', 'thunderbird-vacation-partyservice-plain', 'automated', (),
'''Return-Path: <m.theissen@partyservice-theissen.example>
Received: from mail.partyservice-theissen.example (mail.partyservice-theissen.example [192.0.2.163])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdP7h3VbJz8fK1
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 09:31:07 +0200 (CEST)
Message-ID: <b3f9d1a2-6e47-4c0b-9d88-2f1e7a5c3b90@partyservice-theissen.example>
Date: Tue, 28 Apr 2026 09:31:05 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Markus Theissen <m.theissen@partyservice-theissen.example>
To: privacy@shop.example.be
Subject: Re: Anfrage Allergiedaten Catering-Auftrag CAT-EUP-2603-0042
In-Reply-To: <AM9PR02MB7142D8E4A1B@exch02.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht.

Ich bin vom 27.04. bis einschließlich 08.05. nicht im Büro und habe
keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht
weitergeleitet.

In dringenden Fällen (laufende Aufträge, Lieferungen für Shop Example)
wenden Sie sich bitte an unsere Küche: kueche@partyservice-theissen.example
oder telefonisch unter 087 55 40 12.

Mit freundlichen Grüßen

Markus Theißen
Partyservice Theißen GmbH
Herbesthaler Straße 210, 4700 Eupen
'''),

    ('de', 'supplier-edi-desadv-dairy-delivery', 'automated', (),
'''Return-Path: <edi-noreply@eifelgold.example>
Received: from edi-gw.eifelgold.example (edi-gw.eifelgold.example [198.51.100.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdQ2m5SdKz3gT4
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 22:15:40 +0200 (CEST)
Delivered-To: privacy@shop.example.be
From: EDI Molkerei Eifelgold <edi-noreply@eifelgold.example>
To: lieferavis@shop.example.be
Subject: =?utf-8?q?DESADV_7310048821_an_Shop_Example_BE_=E2=80=93_Lieferung_24=2E04?=
 =?utf-8?q?=2E2026_=E2=80=93_GLN_5400000000017?=
Date: Thu, 23 Apr 2026 22:15:38 +0200
Message-ID: <DESADV.7310048821.000041872@edi-gw.eifelgold.example>
X-Mailer: Seeburger BIS Notification Service
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Automatische Benachrichtigung - EDI-Übertragung erfolgreich

Nachrichtentyp:     DESADV (EANCOM D.96A)
Interchange-Ref.:   000041872
Absender-GLN:       4012345000009 (Molkerei Eifelgold eG)
Empfänger-GLN:      5400000000017 (Shop Example BE, Zentrallager Willebroek)
Lieferavis-Nr.:     7310048821
Bestell-Nr. Kunde:  PO-BE-2604-55120
Liefertermin:       24.04.2026, Zeitfenster 06:00-08:00, Rampe 14
Positionen:         14
Paletten:           6 (SSCC 340123450001884219 bis 340123450001884264)

Pos  GTIN            Artikel                              Menge   MHD
  1  4012345110027   Frische Vollmilch 3,8 % 1 l          720     04.05.2026
  2  4012345110034   Fettarme Milch 1,5 % 1 l             960     04.05.2026
  3  4012345120118   Naturjoghurt 3,5 % 500 g             480     21.05.2026
  4  4012345130209   Kräuterquark 250 g                   360     14.05.2026
  5  4012345140307   Süßrahmbutter 250 g                  600     30.06.2026
  ... 9 weitere Positionen siehe EDI-Datei

Kühlkette: +2 °C bis +6 °C, Temperaturprotokoll liegt dem Lieferschein bei.

Bei Abweichungen (Menge, MHD, Bruch) bitte RECADV senden oder
edi@eifelgold.example kontaktieren.

Diese E-Mail wurde automatisch erzeugt. Bitte nicht antworten.
Molkerei Eifelgold eG - Datenschutzhinweise: https://www.eifelgold.example/datenschutz
'''),

    ('de', 'surprise-bag-partner-weekly-report-eupen', 'automated', (),
'''Return-Path: <bounce-weekly@mail.nowastebox.example>
Received: from mail-out-4.nowastebox.example (mail-out-4.nowastebox.example [203.0.113.174])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdR4p9TfLz6hW5
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 07:00:26 +0200 (CEST)
From: NoWasteBox Partner <partner@nowastebox.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ihr_Wochenbericht=3A_Shop_Example_Eupen_=E2=80=93_KW_17_=E2=80=93_?=
 =?utf-8?q?42_T=C3=BCten_gerettet?=
Date: Mon, 27 Apr 2026 05:00:24 +0000
Message-ID: <weekly.BE-EUP-0117.2026W17@partner.nowastebox.example>
List-Unsubscribe: <https://partner.nowastebox.example/u/weekly/BE-EUP-0117?t=c81f2a>, <mailto:unsubscribe-weekly@nowastebox.example?subject=BE-EUP-0117>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: NoWasteBox Partner Weekly <weekly.partner.nowastebox.example>
Precedence: bulk
Feedback-ID: weekly-report:partner:nwb
X-Mailer: NWB Mailer 1.19
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nwb-weekly-0117-w17"

--nwb-weekly-0117-w17
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hallo Team Shop Example Eupen,

hier Ihr Wochenbericht f=C3=BCr KW 17 (20.04.=E2=80=9326.04.2026):

Gerettete T=C3=BCten:         42 (B=C3=A4ckerei 28, Feinkost 14)
Abgeholt:                39
Nicht abgeholt:          3
Durchschnittsbewertung:  4,6 / 5 (31 Bewertungen)
Umsatz brutto:           209,58 =E2=82=AC
Auszahlung (abzgl. Provision): 146,71 =E2=82=AC am 05.05.2026

Nicht abgeholte Reservierungen (Kunden-ID pseudonymisiert):
NWB-C-88a1f, NWB-C-3d07c, NWB-C-e912b

Kundenkommentare (Auswahl):
"Super Brot, aber um 19:45 war niemand an der Theke."
"Feinkostt=C3=BCte war top, gerne =C3=B6fter!"

Datenschutz: Aus Gr=C3=BCnden der DSGVO erhalten Partner keine Namen, E-Mai=
l-Adressen oder Telefonnummern der Nutzer. Anfragen von Kundinnen und Kunde=
n zu ihren personenbezogenen Daten (Auskunft, L=C3=B6schung usw.) leiten Si=
e bitte an privacy@nowastebox.example weiter.

Sie erhalten diesen Bericht als Partner-Kontakt der Filiale BE-EUP-0117.
Abmelden: https://partner.nowastebox.example/u/weekly/BE-EUP-0117
NoWasteBox BV, Rue du March=C3=A9 8, 1000 Br=C3=BCssel
--nwb-weekly-0117-w17
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#203a2c">
<h2>Ihr Wochenbericht =E2=80=93 KW 17</h2>
<p>Shop Example Eupen =C2=B7 20.04.=E2=80=9326.04.2026</p>
<table cellpadding=3D"6" style=3D"border-collapse:collapse">
<tr><td>Gerettete T=C3=BCten</td><td><b>42</b> (B=C3=A4ckerei 28, Feinkost =
14)</td></tr>
<tr><td>Abgeholt</td><td>39</td></tr>
<tr><td>Nicht abgeholt</td><td>3</td></tr>
<tr><td>Bewertung</td><td>4,6 / 5</td></tr>
<tr><td>Auszahlung</td><td>146,71 =E2=82=AC am 05.05.2026</td></tr>
</table>
<p style=3D"font-size:11px;color:#6b7b72">Datenschutz: Partner erhalten kei=
ne Namen, E-Mail-Adressen oder Telefonnummern der Nutzer (DSGVO). Anfragen =
zu personenbezogenen Daten bitte an privacy@nowastebox.example. <a href=3D"=
https://partner.nowastebox.example/u/weekly/BE-EUP-0117">Abmelden</a></p>
</body></html>
--nwb-weekly-0117-w17--
'''),

    ('de', 'person-replies-meal-digest-wants-weight-file', 'portability', (),
'''Return-Path: <katrin.wolff@gmx.net>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdS9b1UgMz2jX6
        for <privacy@shop.example.be>; Sun, 26 Apr 2026 20:48:33 +0200 (CEST)
MIME-Version: 1.0
Message-ID: <trinity-5c2a8e41-0f7d-4b1e-93aa-7d41c2e8b6f0-1777229311842@3c-app-gmx-bap47>
From: Katrin Wolff <katrin.wolff@gmx.net>
To: privacy@shop.example.be
Subject: =?utf-8?q?AW=3A_Dein_Wochenr=C3=BCckblick=3A_3_Rezepte_gekocht=2C_1=2C2_kg_w?=
 =?utf-8?q?eniger?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Sun, 26 Apr 2026 20:48:31 +0200
Importance: normal
Sensitivity: Normal
In-Reply-To: <digest.2026W17.u_91c4e2@news.menuly.example>
References: <digest.2026W17.u_91c4e2@news.menuly.example>
X-UI-Message-Type: mail

Hallo,

statt dieser Wochenr=C3=BCckblicke h=C3=A4tte ich gerne einmal alle meine G=
ewichtseintr=C3=A4ge, Ziele und Wochenpl=C3=A4ne seit Anfang 2024 als Datei=
 (CSV oder Excel). Meine Ern=C3=A4hrungsberaterin m=C3=B6chte sie in ihr Pr=
ogramm laden, und abtippen ist bei =C3=BCber hundert Eintr=C3=A4gen keine O=
ption.

Ich habe unter "Konto" nichts dazu gefunden. Wohin muss ich mich wenden?

Viele Gr=C3=BC=C3=9Fe
Katrin Wolff

Gesendet: Sonntag, 26. April 2026 um 18:00 Uhr
Von: "Kitchen von Shop Example" <hallo@news.menuly.example>
An: katrin.wolff@gmx.net
Betreff: Dein Wochenr=C3=BCckblick: 3 Rezepte gekocht, 1,2 kg weniger

Hallo Katrin,

deine Woche in der K=C3=BCche:
- 3 Rezepte gekocht (Linsen-Dal, Ofengem=C3=BCse mit Feta, Overnight Oats)
- Gewicht: 71,3 kg (-1,2 kg), Ziel: 68 kg
- Ern=C3=A4hrungsscore aus deinen Eink=C3=A4ufen: 78/100

Du erh=C3=A4ltst diese E-Mail, weil du den Wochenr=C3=BCckblick aktiviert h=
ast. Abmelden | Datenschutz
'''),

    ('es', 'cafe-pos-digital-receipt-coffee-card', 'automated', (),
'''Return-Path: <tickets@pos.cafelink.example>
Received: from mailer.pos.cafelink.example (mailer.pos.cafelink.example [192.0.2.58])
        by mx1.shop.example.be (Postfix) with ESMTP id 4KdT0d4WhNz7kY8
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 10:42:51 +0200 (CEST)
From: =?utf-8?q?Caf=C3=A9_Shop_Example_Uccle?= <tickets@pos.cafelink.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Tu_ticket_digital_=E2=80=93_Caf=C3=A9_Shop_Example_Uccle_=E2=80=93?=
 =?utf-8?q?_23/04/2026_10=3A42?=
Date: Thu, 23 Apr 2026 10:42:49 +0200
Message-ID: <rcpt-0042-118734-20260423104249@pos.cafelink.example>
X-Mailer: CafeLink POS 11.2 (eReceipt)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

Q0FGw4kgU0hPUCBFWEFNUExFIFVDQ0xFCkNoYXVzc8OpZSBkJ0Fsc2VtYmVyZyA4ODAsIDExODAg
VWNjbGUKSVZBIEJFIDAxMjMuNDU2Ljc4OQoKVGlja2V0IDAwNDItMTE4NzM0ICAgICBDYWphIDIg
ICAgIExlIGF0ZW5kacOzOiBMb3JlbmEKMjMvMDQvMjAyNiAgMTA6NDIKCjEgIENhcHB1Y2Npbm8g
Z3JhbmRlICAgICAgICAgICAgICAzLDkwCjEgIENyb2lzc2FudCBkZSBtYW50ZXF1aWxsYSAgICAg
ICAxLDgwCjEgIFp1bW8gZGUgbmFyYW5qYSBuYXR1cmFsICAgICAgICAzLDUwCi0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0KVE9UQUwgICAgICAgICAgICAgICAgICAgICAg
ICAgOSwyMCBFVVIKUGFnYWRvIGNvbiBCYW5jb250YWN0ICAgICAgICoqKio0NDcxCgpCYXNlIElW
QSA2ICUgICAgOCw2OCAgICBJVkEgICAgMCw1MgoKVGFyamV0YSBjYWbDqTogNy8xMCBzZWxsb3MK
wqFUZSBmYWx0YW4gMyBwYXJhIHR1IHByw7N4aW1vIGNhZsOpIGdyYXRpcyEKVGl0dWxhcjogQy4g
SWIqKioqIC0gdGFyamV0YSAyNDA5ICoqKiogKioqKiA2NjEwCgpSZWNpYmVzIGVzdGUgdGlja2V0
IHBvcnF1ZSBhY3RpdmFzdGUgZWwgdGlja2V0IGRpZ2l0YWwgZW4gdHUgdGFyamV0YSBkZSBjbGll
bnRlLiBUcmF0YW1vcyB0dXMgZGF0b3MgcGVyc29uYWxlcyBjb25mb3JtZSBhbCBSR1BEIHkgYSBu
dWVzdHJhIHBvbMOtdGljYSBkZSBwcml2YWNpZGFkOiBodHRwczovL3d3dy5zaG9wLmV4YW1wbGUu
YmUvcHJpdmFjeQpQYXJhIGRlamFyIGRlIHJlY2liaXIgdGlja2V0cyBwb3IgZS1tYWlsIG8gZWxp
bWluYXIgdHUgY3VlbnRhIGRlIGxhIHRhcmpldGEgY2Fmw6ksIGVudHJhIGVuIGxhIGFwcCA+IFBl
cmZpbCA+IFRpY2tldHMgZGlnaXRhbGVzLgoKwqFHcmFjaWFzIHBvciB0dSB2aXNpdGEhCg==
'''),

    ('es', 'qmail-bounce-forwarding-alias-complaint-reply', 'automated', (),
'''Return-Path: <>
Received: from mx.correo-hogar.example (mx.correo-hogar.example [192.0.2.77])
        by mx1.shop.example.be (Postfix) with SMTP id 4KdV5f8XjPz1mZ2
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 12:20:14 +0200 (CEST)
Date: 29 Apr 2026 10:20:13 -0000
From: MAILER-DAEMON@mx.correo-hogar.example
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <1777458013.31457.qmail@mx.correo-hogar.example>

Hi. This is the qmail-send program at mx.correo-hogar.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<elena.castro.bxl@correo-hogar.example>:
forwarding to e.castro@movistar-old.example failed:
192.0.2.90 does not like recipient.
Remote host said: 550 5.1.1 <e.castro@movistar-old.example>... User unknown
Giving up on 192.0.2.90.

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 31451 invoked from network); 29 Apr 2026 10:20:12 -0000
Received: from mx1.shop.example.be (198.51.100.10)
  by mx.correo-hogar.example with SMTP; 29 Apr 2026 10:20:12 -0000
From: Shop Example - Protección de datos <privacy@shop.example.be>
To: Elena Castro <elena.castro.bxl@correo-hogar.example>
Subject: RE: Queja: un camarero usó mi número de la reserva
Date: Wed, 29 Apr 2026 10:20:05 +0000
Message-ID: <AM9PR02MB7142A77E0C41@exch02.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Estimada Sra. Castro:

Hemos recibido su queja y lamentamos mucho lo ocurrido. Hemos abierto una investigación interna sobre el acceso al sistema de reservas de la tienda de Saint-Gilles. En un plazo máximo de un mes le enviaremos una copia de los datos que conservamos sobre usted y la lista de personas que han tenido acceso a ellos.

Atentamente,
Equipo de Protección de Datos
Shop Example
'''),

    ('es', 'gmail-vacation-responder-iberico-supplier', 'automated', (),
'''Return-Path: <lorenzo.vidal.ibericos@gmail.com>
Received: from mail-wm1-f48.google.com (mail-wm1-f48.google.com [209.85.128.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdW2g0YkQz4nA3
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 16:55:02 +0200 (CEST)
Received: by mail-wm1-f48.google.com with SMTP id 5b1f17b1804b1-4408e1f2a6dso21744105e9.1
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 07:55:01 -0700 (PDT)
MIME-Version: 1.0
From: Lorenzo Vidal <lorenzo.vidal.ibericos@gmail.com>
Date: Tue, 28 Apr 2026 16:55:01 +0200
Message-ID: <CAMx3vT9cQk1rJ0pW2fHn4Lg7Ze@mail.gmail.com>
Subject: Vacaciones - vuelvo el 4 de mayo
To: privacy@shop.example.be
In-Reply-To: <AM9PR02MB71429B31C@exch02.shop.example.be>
References: <AM9PR02MB71429B31C@exch02.shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007c1f3a061a60a2e4"

--0000000000007c1f3a061a60a2e4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola,

Estoy de vacaciones hasta el lunes 4 de mayo, con acceso muy limitado al co=
rreo.

Para pedidos de jam=C3=B3n, lomo y embutidos ib=C3=A9ricos para las tiendas=
 de B=C3=A9lgica y Luxemburgo, escribid a pedidos@ibericosvidal.example o l=
lamad al +34 924 55 12 80 (Ana).
Para temas de facturaci=C3=B3n: administracion@ibericosvidal.example

Un saludo,
Lorenzo Vidal
Comercial Benelux - Ib=C3=A9ricos Vidal S.L.
--0000000000007c1f3a061a60a2e4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><p>Hola,</p><p>Estoy de vacaciones hasta el lunes 4 de may=
o, con acceso muy limitado al correo.</p><p>Para pedidos de jam=C3=B3n, lom=
o y embutidos ib=C3=A9ricos para las tiendas de B=C3=A9lgica y Luxemburgo, =
escribid a <a href=3D"mailto:pedidos@ibericosvidal.example">pedidos@iberico=
svidal.example</a> o llamad al +34 924 55 12 80 (Ana).<br>Para temas de fac=
turaci=C3=B3n: <a href=3D"mailto:administracion@ibericosvidal.example">admi=
nistracion@ibericosvidal.example</a></p><p>Un saludo,<br>Lorenzo Vidal<br>C=
omercial Benelux - Ib=C3=A9ricos Vidal S.L.</p></div>
--0000000000007c1f3a061a60a2e4--
'''),

    ('es', 'person-forwards-someone-elses-cafe-receipt', 'complaint', (),
'''Return-Path: <nuria.gallego@yahoo.es>
Received: from sonic312-22.consmr.mail.ir2.yahoo.com (sonic312-22.consmr.mail.ir2.yahoo.com [77.238.178.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdX6h2ZmRz9pB4
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 13:17:45 +0200 (CEST)
Date: Thu, 23 Apr 2026 11:17:39 +0000 (UTC)
From: Nuria Gallego <nuria.gallego@yahoo.es>
To: privacy@shop.example.be
Message-ID: <1288431077.2210554.1777029459012@mail.yahoo.com>
Subject: RV: Tu ticket digital - Cafe Shop Example Uccle - 23/04/2026 08:15
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: WebService/1.1.24187 YMailNorrin

Buenos días:

Esta mañana me ha llegado a mi correo el ticket que reenvío abajo. No es mío: no he estado nunca en la tienda de Uccle, y la tarjeta café que aparece tampoco es la mía (la mía termina en 3082). Sale el nombre abreviado de otra clienta, su tarjeta, lo que ha tomado y los últimos números de su tarjeta bancaria.

Si a mí me llegan los tickets de otra persona, supongo que mis tickets también le están llegando a alguien. Me parece un fallo grave y quiero presentar una queja formal. Espero una explicación de cómo ha pasado y qué van a hacer para arreglarlo; si no, me dirigiré a la Autoridad de Protección de Datos.

Nuria Gallego

----- Mensaje reenviado -----
De: Café Shop Example Uccle <tickets@pos.cafelink.example>
Para: nuria.gallego@yahoo.es
Enviado: jueves, 23 de abril de 2026, 08:15:32 CEST
Asunto: Tu ticket digital - Café Shop Example Uccle - 23/04/2026 08:15

CAFÉ SHOP EXAMPLE UCCLE
Ticket 0042-118802     Caja 1     Le atendió: Kevin
23/04/2026  08:15
2  Café con leche                 5,20
1  Tostada con tomate             2,90
TOTAL                         8,10 EUR
Pagado con Visa             ****9013
Tarjeta café: 4/10 sellos
Titular: M. De**** - tarjeta 2409 **** **** 1127
Recibes este ticket porque activaste el ticket digital en tu tarjeta de cliente.
'''),

    ('it', 'meal-planner-weekly-digest-nutrition-score', 'automated', (),
'''Return-Path: <bounces+u_3e81a7@news.menuly.example>
Received: from o12.news.menuly.example (o12.news.menuly.example [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdY1j5AnSz2qC5
        for <privacy@shop.example.be>; Sun, 26 Apr 2026 18:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.menuly.example; s=s1;
	h=from:to:subject:date:list-unsubscribe:list-unsubscribe-post;
	bh=aQ9rT3vX6yZ0bC2dE4fG7hJ1kL5mN8pQ0rS3tU6vW9x=;
	b=Gh4Ij7Kl0Mn3Op6Qr9St2Uv5Wx8Yz1Ab4Cd7Ef0Gh3Ij6Kl9Mn2Op5Qr8St1Uv4
From: Kitchen di Shop Example <ciao@news.menuly.example>
To: privacy@shop.example.be
Subject: La tua settimana in cucina: punteggio 71/100 e -0,8 kg
Date: Sun, 26 Apr 2026 16:00:39 +0000
Message-ID: <digest.2026W17.u_3e81a7@news.menuly.example>
List-Unsubscribe: <https://news.menuly.example/unsub/u_3e81a7/weekly?sig=9f2c>, <mailto:unsub-weekly-u_3e81a7@news.menuly.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: weekly-digest:kitchen-se:menuly
X-Campaign-ID: weekly-digest-2026W17-it
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_menuly_digest_3e81a7"

--=_menuly_digest_3e81a7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ciao Roberta,

ecco il riepilogo della tua settimana (20-26 aprile):

PUNTEGGIO NUTRIZIONALE: 71/100 (+4 rispetto alla settimana scorsa)
Calcolato dagli scontrini della tua carta fedelt=C3=A0. Bene: pi=C3=B9 verd=
ura fresca e legumi. Da migliorare: snack dolci (6 acquisti) e bevande zucc=
herate.

PESO: 68,4 kg (-0,8 kg) - obiettivo 65 kg entro il 30 giugno
Ricette cucinate: 4 (pasta e ceci, orata al forno, insalata di farro, fritt=
ata di zucchine)

Per la prossima settimana ti suggeriamo il menu "Leggero e mediterraneo" - =
la lista della spesa =C3=A8 gi=C3=A0 pronta nell'app.

--
Hai ricevuto questa email perch=C3=A9 hai attivato il riepilogo settimanale=
 nell'app Kitchen.
I tuoi dati relativi alla salute (peso, obiettivi) sono trattati sulla base=
 del tuo consenso, che puoi revocare in qualsiasi momento in Impostazioni >=
 Privacy. Puoi scaricare o cancellare i tuoi dati dalla stessa pagina.
Annulla l'iscrizione: https://news.menuly.example/unsub/u_3e81a7/weekly
Informativa privacy: https://www.shop.example.be/privacy/kitchen
--=_menuly_digest_3e81a7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9Iml0Ij48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPkxhIHR1YSBzZXR0aW1hbmEgaW4gY3VjaW5hPC90aXRsZT48L2hlYWQ+Cjxib2R5
IHN0eWxlPSJtYXJnaW46MDtiYWNrZ3JvdW5kOiNmYWY2ZjA7Zm9udC1mYW1pbHk6R2VvcmdpYSxz
ZXJpZiI+Cjx0YWJsZSB3aWR0aD0iNjAwIiBhbGlnbj0iY2VudGVyIiBjZWxscGFkZGluZz0iMTYi
IHN0eWxlPSJiYWNrZ3JvdW5kOiNmZmZmZmYiPgo8dHI+PHRkPjxoMSBzdHlsZT0iY29sb3I6I2I1
NDEyYiI+Q2lhbyBSb2JlcnRhLDwvaDE+PHA+ZWNjbyBpbCByaWVwaWxvZ28gZGVsbGEgdHVhIHNl
dHRpbWFuYSAoMjAtMjYgYXByaWxlKS48L3A+PC90ZD48L3RyPgo8dHI+PHRkPjxkaXYgc3R5bGU9
ImZvbnQtc2l6ZTo0MHB4O2NvbG9yOiMzYTdkNDQiPjcxPHNwYW4gc3R5bGU9ImZvbnQtc2l6ZTox
NnB4Ij4vMTAwPC9zcGFuPjwvZGl2PjxwPlB1bnRlZ2dpbyBudXRyaXppb25hbGUgY2FsY29sYXRv
IGRhZ2xpIHNjb250cmluaSBkZWxsYSB0dWEgY2FydGEgZmVkZWx0w6AgKCs0KTwvcD48L3RkPjwv
dHI+Cjx0cj48dGQ+PHA+PGI+UGVzbzo8L2I+IDY4LDQga2cgKC0wLDgga2cpICZtaWRkb3Q7IG9i
aWV0dGl2byA2NSBrZyBlbnRybyBpbCAzMCBnaXVnbm88L3A+PHA+PGI+UmljZXR0ZSBjdWNpbmF0
ZTo8L2I+IHBhc3RhIGUgY2VjaSwgb3JhdGEgYWwgZm9ybm8sIGluc2FsYXRhIGRpIGZhcnJvLCBm
cml0dGF0YSBkaSB6dWNjaGluZTwvcD48L3RkPjwvdHI+Cjx0cj48dGQ+PGEgaHJlZj0iaHR0cHM6
Ly9raXRjaGVuLm1lbnVseS5leGFtcGxlL3BsYW4vbmV4dCIgc3R5bGU9ImJhY2tncm91bmQ6I2I1
NDEyYjtjb2xvcjojZmZmO3BhZGRpbmc6MTBweCAxOHB4O3RleHQtZGVjb3JhdGlvbjpub25lIj5W
ZWRpIGlsIG1lbnUgZGVsbGEgcHJvc3NpbWEgc2V0dGltYW5hPC9hPjwvdGQ+PC90cj4KPHRyPjx0
ZCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+SGFpIHJpY2V2dXRvIHF1ZXN0YSBl
bWFpbCBwZXJjaMOpIGhhaSBhdHRpdmF0byBpbCByaWVwaWxvZ28gc2V0dGltYW5hbGUuIEkgdHVv
aSBkYXRpIHJlbGF0aXZpIGFsbGEgc2FsdXRlIHNvbm8gdHJhdHRhdGkgc3VsbGEgYmFzZSBkZWwg
dHVvIGNvbnNlbnNvLCByZXZvY2FiaWxlIGluIHF1YWxzaWFzaSBtb21lbnRvLiA8YSBocmVmPSJo
dHRwczovL25ld3MubWVudWx5LmV4YW1wbGUvdW5zdWIvdV8zZTgxYTcvd2Vla2x5Ij5Bbm51bGxh
IGwnaXNjcml6aW9uZTwvYT4gJm1pZGRvdDsgPGEgaHJlZj0iaHR0cHM6Ly93d3cuc2hvcC5leGFt
cGxlLmJlL3ByaXZhY3kva2l0Y2hlbiI+UHJpdmFjeTwvYT48L3RkPjwvdHI+CjwvdGFibGU+Cjwv
Ym9keT48L2h0bWw+Cg==
--=_menuly_digest_3e81a7--
'''),

    ('it', 'sendmail-bounce-edible-print-partner-photo-deletion', 'automated', (),
'''Return-Path: <>
Received: from mail.stampadolce.example (mail.stampadolce.example [192.0.2.199])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4KdZ3k7BpTz5rD6
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 14:02:19 +0200 (CEST)
Received: from localhost (localhost)
	by mail.stampadolce.example (8.17.1/8.17.1) id 63NC2Isx019482;
	Thu, 23 Apr 2026 14:02:18 +0200
Date: Thu, 23 Apr 2026 14:02:18 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.stampadolce.example>
Message-Id: <202604231202.63NC2Isx019482@mail.stampadolce.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="63NC2Isx019482.1777032138/mail.stampadolce.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--63NC2Isx019482.1777032138/mail.stampadolce.example

The original message was received at Thu, 23 Apr 2026 14:02:11 +0200
from mx1.shop.example.be [198.51.100.10]

   ----- The following addresses had permanent fatal errors -----
<ordini.foto@stampadolce.example>
    (reason: 550 5.7.1 Message rejected: attachment type not allowed)

   ----- Transcript of session follows -----
... while talking to filter.stampadolce.example.:
>>> DATA
<<< 550 5.7.1 Message rejected: attachment type not allowed
554 5.0.0 Service unavailable

--63NC2Isx019482.1777032138/mail.stampadolce.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.stampadolce.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Thu, 23 Apr 2026 14:02:11 +0200

Final-Recipient: RFC822; ordini.foto@stampadolce.example
Action: failed
Status: 5.7.1
Remote-MTA: DNS; filter.stampadolce.example
Diagnostic-Code: SMTP; 550 5.7.1 Message rejected: attachment type not allowed
Last-Attempt-Date: Thu, 23 Apr 2026 14:02:18 +0200

--63NC2Isx019482.1777032138/mail.stampadolce.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [198.51.100.10])
	by mail.stampadolce.example (8.17.1/8.17.1) with ESMTPS id 63NC2Bsx019471
	for <ordini.foto@stampadolce.example>; Thu, 23 Apr 2026 14:02:11 +0200
From: Shop Example - Protezione dei dati <privacy@shop.example.be>
To: ordini.foto@stampadolce.example
Subject: Richiesta di cancellazione foto - ordine torta BK-SER-26-0418-007
Date: Thu, 23 Apr 2026 12:02:04 +0000
Message-ID: <AM9PR02MB71425E2D90F@exch02.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="_004_AM9PR02MB71425E2D90F_"

--63NC2Isx019482.1777032138/mail.stampadolce.example--
'''),

    ('it', 'table-booking-guest-reminder-tomorrow', 'automated', (),
'''Return-Path: <bounce-guest-55102@mail.tablo.example>
Received: from smtp-out-1.tablo.example (smtp-out-1.tablo.example [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf01m2CqVz8sE7
        for <privacy@shop.example.be>; Fri, 24 Apr 2026 12:30:08 +0200 (CEST)
From: Tablo <promemoria@tablo.example>
Reply-To: Cafe Corner Shop Example Liegi <noreply@tablo.example>
To: privacy@shop.example.be
Subject: Promemoria: domani alle 12:30 al Cafe Corner Shop Example Liegi
Date: Fri, 24 Apr 2026 10:30:06 +0000
Message-ID: <reminder.TBL-LGG-0425-5510.it@notify.tablo.example>
Auto-Submitted: auto-generated
X-Mailer: Tablo Notify 3.12
Feedback-ID: guest-reminder:booking:tablo
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ciao Marina,

ti aspettiamo domani!

Caf=C3=A9 Corner - Shop Example Liegi
Sabato 25 aprile 2026, ore 12:30
Tavolo per 3 persone
Richieste speciali: "una persona celiaca"
Prenotazione: TBL-LGG-0425-5510

Devi annullare o modificare? Fallo entro oggi alle 22:00:
https://tablo.example/r/TBL-LGG-0425-5510

Ti ricordiamo che le prenotazioni non disdette possono essere segnalate dal=
 ristorante come "mancata presentazione"; dopo due segnalazioni la prenotaz=
ione online pu=C3=B2 essere temporaneamente sospesa.

Tablo tratta i tuoi dati personali (nome, telefono, email, richieste specia=
li) per gestire la prenotazione, per conto del ristorante. Informativa priv=
acy: https://tablo.example/privacy
Non vuoi pi=C3=B9 ricevere promemoria via email? Modifica le preferenze nel=
 tuo account Tablo.
'''),

    ('it', 'person-from-supplier-order-system-invoice-reminder', 'other', (),
'''Return-Path: <ordini@dolcevita-forniture.example>
Received: from smtp.dolcevita-forniture.example (smtp.dolcevita-forniture.example [192.0.2.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf13n4DrWz1tF8
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 09:12:37 +0200 (CEST)
From: Ordini Dolce Vita Forniture <ordini@dolcevita-forniture.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?R=3A_Fattura_2026/0412_=E2=80=93_colombe_pasquali_=E2=80=93_sollec?=
 =?utf-8?q?ito?=
Date: Wed, 29 Apr 2026 09:12:35 +0200
Message-ID: <GO42.20260429091235.7731@dolcevita-forniture.example>
X-Mailer: GestOrdini 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Buongiorno,

scrivo a questo indirizzo perché all'amministrazione (fornitori@...) non risponde nessuno da due settimane e non so a chi altro rivolgermi.

La nostra fattura n. 2026/0412 del 27/03/2026 (240 colombe pasquali artigianali, consegna magazzino Willebroek, € 2.856,00) risulta ancora non pagata, scadenza 20/04/2026. Vi allego nuovamente i riferimenti: ordine PO-BE-2603-41877, DDT 1188 del 25/03.

Potete inoltrare questa mail all'ufficio contabilità fornitori o darmi un contatto diretto?

Grazie e buona giornata,
Silvia Marchetti
Ufficio Ordini

--------------------------------------------------
Messaggio generato da GestOrdini 4.2 - Dolce Vita Forniture s.r.l.
Via dell'Industria 14, 37135 Verona - P.IVA IT03318740231
Informativa privacy: le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario, ai sensi del Regolamento UE 2016/679 (GDPR). Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo e di darne comunicazione al mittente. Per non ricevere più comunicazioni commerciali scrivete a privacy@dolcevita-forniture.example.
'''),

    ('pt', 'zimbra-out-of-office-portuguese-distributor', 'automated', (),
'''Return-Path: <marta.nogueira@distribuidora-lusa.example>
Received: from zimbra.distribuidora-lusa.example (zimbra.distribuidora-lusa.example [192.0.2.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf25p6EsXz4uG9
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 15:44:20 +0200 (CEST)
Date: Wed, 29 Apr 2026 14:44:18 +0100 (WEST)
From: Marta Nogueira <marta.nogueira@distribuidora-lusa.example>
To: privacy@shop.example.be
Message-ID: <1190773412.88421.1777470258012.JavaMail.zimbra@distribuidora-lusa.example>
In-Reply-To: <AM9PR02MB7142C0B77A@exch02.shop.example.be>
Subject: =?utf-8?q?Ausente=3A_Re=3A_Pedido_de_informa=C3=A7=C3=A3o_-_dados_de_cliente?=
 =?utf-8?q?s_nas_encomendas_de_bacalhau?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4595 (zclient/9.0.0_GA_4595)

Bom dia,

Estou ausente do escritório até segunda-feira, 11 de maio, sem acesso regular ao e-mail.

Para encomendas de produtos portugueses (bacalhau, queijos, enchidos, pastelaria) para as lojas da Bélgica, contacte encomendas@distribuidora-lusa.example ou +351 22 600 41 90.
Para assuntos urgentes de qualidade e segurança alimentar: qualidade@distribuidora-lusa.example.

Obrigada,
Marta Nogueira
Gestora de Conta Benelux - Distribuidora Lusa, Lda.
'''),

    ('pt', 'o365-ndr-portuguese-coffee-card-reply', 'automated', (),
'''Received: from DB9PR02MB7331.eurprd02.prod.exch.shop.example.be (10.20.6.44) by
 DB9PR02MB7329.eurprd02.prod.exch.shop.example.be with HTTPS; Thu, 30 Apr 2026
 09:12:52 +0000
MIME-Version: 1.0
From: Microsoft Outlook <postmaster@shop.example.be>
To: <privacy@shop.example.be>
Date: Thu, 30 Apr 2026 09:12:52 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3d8b0a44-5a1f-4e8c-9c2d-71b6e0f4a912"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <0b7e5c14-2a69-4f0e-8d31-c4a09f77e15b@DB9PR02MB7331.eurprd02.prod.exch.shop.example.be>
In-Reply-To: <AM9PR02MB714288F1D0@exch02.shop.example.be>
References: <AM9PR02MB714288F1D0@exch02.shop.example.be>
Subject: =?utf-8?q?N=C3=A3o_=C3=A9_poss=C3=ADvel_entregar=3A_Re=3A_Uso_indevido_do_me?=
 =?utf-8?q?u_cart=C3=A3o_de_caf=C3=A9_-_n=C3=A3o_apaguem_os_dados?=
Auto-Submitted: auto-replied

--3d8b0a44-5a1f-4e8c-9c2d-71b6e0f4a912
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="8f44c0e2-91ab-4d5e-b7a3-2e6f1c90d4b7"

--8f44c0e2-91ab-4d5e-b7a3-2e6f1c90d4b7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

N=C3=A3o foi poss=C3=ADvel entregar a sua mensagem a beatriz.lopes@telenet-=
mail.example porque o dom=C3=ADnio do destinat=C3=A1rio n=C3=A3o existe ou =
n=C3=A3o aceita e-mail.

Como resolver
Verifique se o endere=C3=A7o de e-mail do destinat=C3=A1rio est=C3=A1 escri=
to corretamente e tente enviar a mensagem novamente. Se o problema persisti=
r, contacte o destinat=C3=A1rio por outro meio (por exemplo, por telefone) =
e pe=C3=A7a-lhe o endere=C3=A7o correto.

Informa=C3=A7=C3=B5es de diagn=C3=B3stico para administradores:

Servidor de gera=C3=A7=C3=A3o: DB9PR02MB7331.eurprd02.prod.exch.shop.exampl=
e.be

beatriz.lopes@telenet-mail.example
Remote Server returned '550 5.4.310 DNS domain telenet-mail.example does no=
t exist [Message=3DInfoDomainNonexistent] [LastAttemptedServerName=3Dtelene=
t-mail.example]'

Cabe=C3=A7alhos originais da mensagem:
From: Shop Example - Prote=C3=A7=C3=A3o de Dados <privacy@shop.example.be>
To: Beatriz Lopes <beatriz.lopes@telenet-mail.example>
Subject: Re: Uso indevido do meu cart=C3=A3o de caf=C3=A9 - n=C3=A3o apague=
m os dados
--8f44c0e2-91ab-4d5e-b7a3-2e6f1c90d4b7
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body><div style=3D"font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style=3D"font-size:16pt;color:#c00000"><b>A sua mensagem n=C3=A3o foi en=
tregue a beatriz.lopes@telenet-mail.example porque o dom=C3=ADnio telenet-m=
ail.example n=C3=A3o existe.</b></p>
<p>Verifique se o endere=C3=A7o de e-mail do destinat=C3=A1rio est=C3=A1 es=
crito corretamente e tente enviar a mensagem novamente.</p>
<p style=3D"font-size:9pt;color:#666">Servidor de gera=C3=A7=C3=A3o: DB9PR0=
2MB7331.eurprd02.prod.exch.shop.example.be<br>Remote Server returned '550 5=
.4.310 DNS domain telenet-mail.example does not exist [Message=3DInfoDomain=
Nonexistent]'</p>
</div></body></html>
--8f44c0e2-91ab-4d5e-b7a3-2e6f1c90d4b7--

--3d8b0a44-5a1f-4e8c-9c2d-71b6e0f4a912
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7331.eurprd02.prod.exch.shop.example.be
Received-From-MTA: dns;exch02.shop.example.be
Arrival-Date: Thu, 30 Apr 2026 09:12:49 +0000

Final-Recipient: rfc822;beatriz.lopes@telenet-mail.example
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;550 5.4.310 DNS domain telenet-mail.example does not exist [Message=InfoDomainNonexistent]

--3d8b0a44-5a1f-4e8c-9c2d-71b6e0f4a912
Content-Type: text/rfc822-headers

From: Shop Example - Protecao de Dados <privacy@shop.example.be>
To: Beatriz Lopes <beatriz.lopes@telenet-mail.example>
Subject: Re: Uso indevido do meu cartao de cafe - nao apaguem os dados
Date: Thu, 30 Apr 2026 09:12:47 +0000
Message-ID: <AM9PR02MB714288F1D0@exch02.shop.example.be>
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

--3d8b0a44-5a1f-4e8c-9c2d-71b6e0f4a912--
'''),

    ('pt', 'helpdesk-ticket-ack-loop-from-privacy-forward', 'automated', (),
'''Return-Path: <apoio@shopexample-be.helpdesk.example>
Received: from outbound-2.helpdesk.example (outbound-2.helpdesk.example [198.51.100.230])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf37q8FtYz6vH1
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 10:03:55 +0200 (CEST)
From: Apoio ao Cliente Shop Example <apoio@shopexample-be.helpdesk.example>
Reply-To: Apoio ao Cliente Shop Example <apoio@shopexample-be.helpdesk.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Recebemos_o_seu_pedido_=5B=2348213=5D_=E2=80=93_Cart=C3=A3o_de_caf?=
 =?utf-8?q?=C3=A9_-_o_que_registam=3F?=
Date: Wed, 29 Apr 2026 08:03:53 +0000
Message-ID: <48213.ack.f0a3c91e@shopexample-be.helpdesk.example>
In-Reply-To: <AM9PR02MB7142E41A0@exch02.shop.example.be>
X-Helpdesk-Ticket-Id: 48213
X-Helpdesk-Account: shopexample-be
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_hd_48213_ack"

----==_hd_48213_ack
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Obrigado por nos contactar. O seu pedido foi registado com o n=C3=BAmero #4=
8213 e ser=C3=A1 tratado pela nossa equipa com a maior brevidade poss=C3=AD=
vel.

Se o seu pedido diz respeito aos seus dados pessoais (acesso, retifica=C3=
=A7=C3=A3o, apagamento, oposi=C3=A7=C3=A3o ou portabilidade), ser=C3=A1 enc=
aminhado para a nossa equipa de prote=C3=A7=C3=A3o de dados, que responder=
=C3=A1 no prazo de um m=C3=AAs, conforme o RGPD.

Para acrescentar informa=C3=A7=C3=A3o, responda a este e-mail sem alterar o=
 assunto.
Acompanhe o estado do seu pedido em: https://shopexample-be.helpdesk.exampl=
e/tickets/48213

Com os melhores cumprimentos,
Equipa de Apoio ao Cliente - Shop Example

Este =C3=A9 um e-mail autom=C3=A1tico.
----==_hd_48213_ack
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Ol=C3=A1,</p>
<p>Obrigado por nos contactar. O seu pedido foi registado com o n=C3=BAmero=
 <b>#48213</b> e ser=C3=A1 tratado pela nossa equipa com a maior brevidade =
poss=C3=ADvel.</p>
<p>Se o seu pedido diz respeito aos seus dados pessoais (acesso, retifica=
=C3=A7=C3=A3o, apagamento, oposi=C3=A7=C3=A3o ou portabilidade), ser=C3=A1 =
encaminhado para a nossa equipa de prote=C3=A7=C3=A3o de dados, que respond=
er=C3=A1 no prazo de um m=C3=AAs, conforme o RGPD.</p>
<p>Para acrescentar informa=C3=A7=C3=A3o, responda a este e-mail sem altera=
r o assunto.<br><a href=3D"https://shopexample-be.helpdesk.example/tickets/=
48213">Acompanhar o pedido</a></p>
<p>Com os melhores cumprimentos,<br>Equipa de Apoio ao Cliente - Shop Examp=
le</p>
<p style=3D"font-size:11px;color:#999">Este =C3=A9 um e-mail autom=C3=A1tic=
o.</p>
</div>
----==_hd_48213_ack--
'''),

    ('pt', 'person-replies-tasting-notice-asks-what-id-scan-kept', 'access', (),
'''Return-Path: <rui.goncalves.bxl@gmail.com>
Received: from mail-qt1-f170.google.com (mail-qt1-f170.google.com [209.85.160.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Kf49r0GvZz7wJ2
        for <privacy@shop.example.be>; Thu, 30 Apr 2026 13:26:48 +0200 (CEST)
MIME-Version: 1.0
References: <event.WINE-DOURO-0509.invite.88120@news.shop.example.be>
In-Reply-To: <event.WINE-DOURO-0509.invite.88120@news.shop.example.be>
From: =?utf-8?q?Rui_Gon=C3=A7alves?= <rui.goncalves.bxl@gmail.com>
Date: Thu, 30 Apr 2026 12:26:35 +0100
Message-ID: <CAHt5wQm8pL3vR1zK0cYd6Fs2Ng@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_Prova_de_vinhos_do_Douro_=E2=80=93_s=C3=A1bado=2C_9_de_maio_?=
 =?utf-8?q?=E2=80=93_traga_o_seu_documento?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Conto ir =C3=A0 prova, mas antes queria perceber uma coisa. Na prova de mar=
=C3=A7o (vinhos alentejanos, loja de Woluwe) digitalizaram o meu cart=C3=A3=
o de cidad=C3=A3o =C3=A0 entrada com um tablet. O que =C3=A9 que ficou guar=
dado? A fotografia do cart=C3=A3o, o n=C3=BAmero, a morada, a data de nasci=
mento? E quem tem acesso a isso, voc=C3=AAs ou essa empresa VerifAge?

Gostava de ver o que t=C3=AAm sobre mim antes de deixar digitalizarem outra=
 vez.

Cumprimentos,
Rui Gon=C3=A7alves

On Thu, 30 Apr 2026 at 08:00, Clube de Vinhos Shop Example <clubedevinhos@n=
ews.shop.example.be> wrote:
> Ol=C3=A1 Rui,
>
> Est=C3=A1 inscrito na Prova de vinhos do Douro, s=C3=A1bado, 9 de maio, =
=C3=A0s 18h00, na loja de Woluwe.
>
> N=C3=A3o se esque=C3=A7a: por se tratar de uma prova de bebidas alco=C3=
=B3licas, a sua idade ser=C3=A1 verificada =C3=A0 entrada atrav=C3=A9s da l=
eitura do seu documento de identifica=C3=A7=C3=A3o (servi=C3=A7o VerifAge).=
 Traga o cart=C3=A3o de cidad=C3=A3o ou o passaporte.
>
> Os seus dados pessoais s=C3=A3o tratados de acordo com a nossa pol=C3=ADt=
ica de privacidade. Para deixar de receber convites do Clube de Vinhos, cli=
que aqui.
'''),
]

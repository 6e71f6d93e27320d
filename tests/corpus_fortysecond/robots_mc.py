"""Forty-second set, robot mail around gift lists, gift cards and households, with look-alike people (14 languages). Written apart from the code."""

import base64 as _base64


def _b64(text):
    """Base64 body lines (76 columns) as a real mailer would write them."""
    return _base64.encodebytes(text.encode("utf-8")).decode("ascii")


_GCAL_TEXT_EN = """Mark Jansen has accepted this invitation.

Phone call about your access request (PRV-2026-1201)
Thursday 5 Nov 2026 \u22c5 10:30am \u2013 10:45am
Central European Time - Brussels

Organiser
Shop Example Privacy Team
privacy@shop.example.be

Guests
Shop Example Privacy Team - organiser
Mark Jansen

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop
receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the
organiser, be added to the guest list, invite others regardless of their own
invitation status, or modify your RSVP. Learn more
https://support.google.com/calendar/answer/37135#forwarding
"""

_GCAL_ICS_EN = """BEGIN:VCALENDAR\r
PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
VERSION:2.0\r
CALSCALE:GREGORIAN\r
METHOD:REPLY\r
BEGIN:VEVENT\r
DTSTART:20261105T093000Z\r
DTEND:20261105T094500Z\r
DTSTAMP:20261102T152707Z\r
ORGANIZER;CN=Shop Example Privacy Team:mailto:privacy@shop.example.be\r
UID:040000008200E00074C5B7101A82E00800000000B0C7A1E5D3A2DC010000000000000000\r
 10000000F3A1C25E8B7D4C4C9E1A0F2B6D3C8E71\r
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Mark Ja\r
 nsen;X-NUM-GUESTS=0:mailto:mark.jansen.be@gmail.com\r
CREATED:20261102T145512Z\r
LAST-MODIFIED:20261102T152706Z\r
SEQUENCE:0\r
STATUS:CONFIRMED\r
SUMMARY:Phone call about your access request (PRV-2026-1201)\r
TRANSP:OPAQUE\r
END:VEVENT\r
END:VCALENDAR\r
"""

_WISHBLOOM_HTML_EN = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>A gift from your list was bought</title></head>
<body style="margin:0;padding:0;background:#f7f3ee;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://cdn.wishbloom.com/email/logo-2x.png" width="140" alt="Wishbloom"></td></tr>
<tr><td>
<h1 style="font-size:22px;color:#2b2b2b">Sophie just bought a gift from your list! \U0001F381</h1>
<p>Hi Emma &amp; Tom,</p>
<p>Great news \u2013 <strong>Sophie Dubois</strong> just bought the <strong>Cast iron casserole 28 cm, sage green</strong>
from <strong>Emma &amp; Tom \u2013 12.12.2026</strong> (sold by Shop Example).</p>
<p style="background:#f7f3ee;padding:12px;font-style:italic">&ldquo;Can't wait to dance with you two in December! x&rdquo;</p>
<p>There are 23 gifts left on your list. Don't forget to keep track of who gave what so that
thank-you notes are a breeze later on.</p>
<p><a href="https://www.wishbloom.com/l/emma-and-tom-2026/purchases" style="background:#c8553d;color:#fff;padding:12px 20px;text-decoration:none">See my list</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">You're receiving this because you're a list owner on Wishbloom.
<a href="https://www.wishbloom.com/account/notifications">Notification settings</a> &middot;
Wishbloom Ltd, 14 Canal Street, Manchester M1 3HE, UK</td></tr>
</table></td></tr></table>
</body></html>
"""


ROBOTS = [
    ('en', 'postfix-dsn-family-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: by mail.shop.example.be (Postfix)
	id 7C1A23E0F4; Tue, 27 Oct 2026 10:14:52 +0100 (CET)
Date: Tue, 27 Oct 2026 10:14:52 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C1A23E0F4.1793092492/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261027091452.7C1A23E0F4@mail.shop.example.be>

This is a MIME-encapsulated message.

--7C1A23E0F4.1793092492/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<household@thehendersons.be>: host mx.thehendersons.be[81.246.77.12] said: 552
    5.2.2 <household@thehendersons.be>: Recipient address rejected: Mailbox
    full (in reply to RCPT TO command)

--7C1A23E0F4.1793092492/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 7C1A23E0F4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Oct 2026 10:14:51 +0100 (CET)

Final-Recipient: rfc822; household@thehendersons.be
Original-Recipient: rfc822;household@thehendersons.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.thehendersons.be
Diagnostic-Code: smtp; 552 5.2.2 <household@thehendersons.be>: Recipient
    address rejected: Mailbox full

--7C1A23E0F4.1793092492/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from privacy-app01.internal.shop.example.be (privacy-app01.internal.shop.example.be [10.20.4.31])
	by mail.shop.example.be (Postfix) with ESMTPS id 7C1A23E0F4
	for <household@thehendersons.be>; Tue, 27 Oct 2026 10:14:51 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: household@thehendersons.be
Subject: Your request PRV-2026-1193 - one more detail needed
Date: Tue, 27 Oct 2026 10:14:50 +0100
Message-ID: <PRV-2026-1193.3.1793092490@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--7C1A23E0F4.1793092492/mail.shop.example.be--
'''),

    ('en', 'registry-platform-gift-bought-notice', 'automated', (),
'''Return-Path: <bounces+3318822-9f1e-privacy=shop.example.be@em4412.wishbloom.com>
Received: from o17.em4412.wishbloom.com (o17.em4412.wishbloom.com [167.89.24.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 3D2F11A0C7
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 19:03:44 +0100 (CET)
Received: by filterdrecv-7c9d6b5f8-kq2xw with SMTP id filterdrecv-7c9d6b5f8-kq2xw-1-6720D1F0-2E
        2026-10-28 18:03:43.918226377 +0000 UTC m=+2210447.512733811
From: Wishbloom <hello@wishbloom.com>
Reply-To: no-reply@wishbloom.com
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Sophie_just_bought_a_gift_from_your_list!_=F0=9F=8E=81?=
Date: Wed, 28 Oct 2026 18:03:43 +0000 (UTC)
Message-ID: <Qm9vZ2llV29vZ2llMjAyNjEwMjg@geopod-ismtpd-12>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="e1c0b6f3a9d24e1b8f7a2c5d4e6b9a01"
List-Unsubscribe: <https://www.wishbloom.com/u/notifications?t=a7F2kQ>, <mailto:unsubscribe@wishbloom.com?subject=list-owner-notifications>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.Zk3vX9Qd0pLm7Tn2aR5cB8wYh1eJ6sUo4gKiVfDx3Cz0qWtE
X-Entity-ID: u001.Rk8zPq2LwN5mYt7V
X-Wishbloom-Template: owner_gift_purchased_v7

--e1c0b6f3a9d24e1b8f7a2c5d4e6b9a01
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

Hi Emma & Tom,

Great news =E2=80=93 Sophie Dubois just bought the Cast iron casserole 28 cm,=
 sage green from your list "Emma & Tom =E2=80=93 12.12.2026" (sold by Shop =
Example).

Sophie's message:
"Can't wait to dance with you two in December! x"

There are 23 gifts left on your list. Don't forget to keep track of who gave=
 what so that thank-you notes are a breeze later on.

See my list: https://www.wishbloom.com/l/emma-and-tom-2026/purchases

--
You're receiving this because you're a list owner on Wishbloom.
Notification settings: https://www.wishbloom.com/account/notifications
Wishbloom Ltd, 14 Canal Street, Manchester M1 3HE, UK

--e1c0b6f3a9d24e1b8f7a2c5d4e6b9a01
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64
Mime-Version: 1.0

''' + _b64(_WISHBLOOM_HTML_EN) + '''
--e1c0b6f3a9d24e1b8f7a2c5d4e6b9a01--
'''),

    ('en', 'google-calendar-accepted-call-invite', 'automated', (),
'''Return-Path: <3bXnzaQ0KCY4LXYQXd-RVeZKTKXRaVTZ.NXXNUL.ZaZXUOKVSfY.OT@calendar-server.bounces.google.com>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 9A0E51C2B3
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:27:08 +0100 (CET)
Received: by mail-sor-f69.google.com with SMTP id 6a1803df08f44-6d8e7f3a21bso10432916d6.1
        for <privacy@shop.example.be>; Mon, 02 Nov 2026 07:27:07 -0800 (PST)
MIME-Version: 1.0
Reply-To: Mark Jansen <mark.jansen.be@gmail.com>
Sender: Google Calendar <calendar-notification@google.com>
Auto-Submitted: auto-generated
Message-ID: <calendar-4f1c2e7a-93b1-4c0d-a8e2-6b7d51f0c3aa@google.com>
Date: Mon, 02 Nov 2026 15:27:07 +0000
Subject: Accepted: Phone call about your access request (PRV-2026-1201) @ Thu 5
 Nov 2026 10:30 - 10:45 (CET) (privacy@shop.example.be)
From: Mark Jansen <mark.jansen.be@gmail.com>
To: privacy@shop.example.be
Content-Type: multipart/mixed; boundary="000000000000d3e4f5061b2a7c19"

--000000000000d3e4f5061b2a7c19
Content-Type: multipart/alternative; boundary="000000000000d3e4f3061b2a7c17"

--000000000000d3e4f3061b2a7c17
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

''' + _b64(_GCAL_TEXT_EN) + '''--000000000000d3e4f3061b2a7c17
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

''' + _GCAL_ICS_EN.replace("\r", "") + '''
--000000000000d3e4f3061b2a7c17--

--000000000000d3e4f5061b2a7c19
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

''' + _b64(_GCAL_ICS_EN) + '''--000000000000d3e4f5061b2a7c19--
'''),

    ('en', 'exchange-ooo-parental-leave', 'automated', (),
'''Return-Path: <>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2108.outbound.protection.outlook.com [40.107.104.108])
	by mx1.shop.example.be (Postfix) with ESMTPS id 2B6E41D0A9
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:02:37 +0100 (CET)
Received: from AM9PR07MB7154.eurprd07.prod.outlook.com (2603:10a6:20b:2d1::9) by
 DB9PR07MB8893.eurprd07.prod.outlook.com (2603:10a6:10:2b4::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.21; Wed, 28 Oct
 2026 10:02:36 +0000
From: Olivia Brennan <olivia.brennan@brennanlaw.ie>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Your request PRV-2026-1207 - please confirm your
 identity
Thread-Topic: Your request PRV-2026-1207 - please confirm your identity
Thread-Index: AQHbKx3mT2V1bXJvY2tzQnJlbm5hbg==
Date: Wed, 28 Oct 2026 10:02:36 +0000
Message-ID: <AM9PR07MB71548F2C1D0E4A9B3C5D77E1A1C22@AM9PR07MB7154.eurprd07.prod.outlook.com>
In-Reply-To: <PRV-2026-1207.2.1793181701@shop.example.be>
References: <PRV-2026-1207.2.1793181701@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: olivia.brennan@brennanlaw.ie
Content-Language: en-IE
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your email.

I am on parental leave until Monday 4 January 2027 and will not be checking=
 my inbox in the meantime. Your message will not be forwarded.

For anything urgent, please contact reception@brennanlaw.ie or call
+353 1 555 0147.

Kind regards,
Olivia Brennan
'''),

    ('en', 'person-forwards-giftlist-reminder-asks-delete-list', 'deletion', (),
'''Return-Path: <hannah.jacobs@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 51D7E1A2F0
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 21:48:19 +0100 (CET)
Received: from smtpclient.apple ([94.224.113.51])
	by michel.telenet-ops.be with cmsmtp
	id Wkoj2D00a1ZqUbP06koj2x; Mon, 02 Nov 2026 21:48:19 +0100
From: Hannah Jacobs <hannah.jacobs@telenet.be>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Fwd: Your gift list "Baby Jacobs" is still online
Date: Mon, 2 Nov 2026 21:48:11 +0100
Message-Id: <5E3B9C2A-71D4-4F0B-9A6E-2C8D1F0B7A44@telenet.be>
References: <giftlist-reminder.88217.20261102070012@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Hi,

Could you please take this list offline and delete it completely? Including
the names and addresses of the people who bought something from it. Our son
was born in August, we really don't need it anymore, and I'd rather not have
his name and our address floating around on your site. I couldn't find a
delete button in the app, only "pause".

Thanks,
Hannah Jacobs

Sent from my iPhone

Begin forwarded message:

> From: Shop Example Gift Lists <giftlists@shop.example.be>
> Date: 2 November 2026 at 08:00:12 CET
> To: hannah.jacobs@telenet.be
> Subject: Your gift list "Baby Jacobs" is still online
>=20
> =EF=BB=BFHi Hannah,
>=20
> Your gift list "Baby Jacobs" is still visible to everyone who has the link.
> 14 of the 22 gifts on it have been bought. Want to keep it going, share it
> again or close it?
>=20
> Manage my list: https://www.shop.example.be/giftlists/manage/88217
>=20
> Happy celebrating!
> The Shop Example gift list team
>=20
> You receive this e-mail because you have an active gift list at Shop Example.
> Questions about your personal data? Write to privacy@shop.example.be.
'''),

    ('nl', 'sieve-vacation-shared-family-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.peeters-vandamme.be (mail.peeters-vandamme.be [185.115.217.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0F3C81B7D2
	for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:21:05 +0100 (CET)
Message-ID: <dovecot-sieve-1793280065-418823-0@mail.peeters-vandamme.be>
Date: Thu, 29 Oct 2026 14:21:05 +0100
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: <gezin@peeters-vandamme.be>
To: <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek PRV-2026-1212: bevestiging van uw
 identiteit
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
In-Reply-To: <PRV-2026-1212.2.1793280061@shop.example.be>
References: <PRV-2026-1212.2.1793280061@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dag,

Dit is het gezinsadres van de familie Peeters-Van Damme. We lezen deze
mailbox enkel in het weekend, dus verwacht niet meteen een antwoord.

Iets dringends voor school, de scouts of de voetbal? Bel Els op 0476 12 34 56.

Tot snel,
Koen, Els, Lotte en Wout
'''),

    ('nl', 'egift-card-opened-notice-to-buyer', 'automated', (),
'''Return-Path: <bounce-egc-7719203@mail.cadoria-mail.com>
Received: from out-12.mail.cadoria-mail.com (out-12.mail.cadoria-mail.com [185.211.10.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id A4C0D1E55B
	for <privacy@shop.example.be>; Sat, 31 Oct 2026 20:41:33 +0100 (CET)
From: Shop Example Cadeaukaarten <no-reply@cadoria-mail.com>
To: privacy@shop.example.be
Subject: Marieke heeft je cadeaukaart geopend
Date: Sat, 31 Oct 2026 19:41:31 +0000
Message-ID: <egc.7719203.opened.20261031194131@cadoria-mail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Cadoria-Template: egc_opened_nl_BE
X-Cadoria-Merchant: shopexample-be

Hallo,

Goed nieuws! De digitale cadeaukaart die je op 29 oktober 2026 stuurde naar
Marieke Goossens werd zopas geopend.

  Bedrag:        =E2=82=AC 25,00
  Bestelnummer:  EGC-BE-7719203
  Kaartnummer:   **** **** **** 4417
  Geldig tot:    29 oktober 2027

Marieke kan de kaart gebruiken in de webshop, in de app en in alle winkels
van Shop Example.

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet
gelezen. Vragen over je bestelling? Kijk op
https://www.shop.example.be/klantendienst

Cadoria NV in opdracht van Shop Example BV
'''),

    ('nl', 'exchange-ooo-honeymoon', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2131.outbound.protection.outlook.com [40.107.22.131])
	by mx1.shop.example.be (Postfix) with ESMTPS id C81F01A3E6
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 16:55:02 +0100 (CET)
From: Sanne De Smet <sanne.desmet@claes-bouw.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw vraag over klantenkaart 6012 0044 8821
Thread-Topic: Uw vraag over klantenkaart 6012 0044 8821
Thread-Index: AQHbKp7XzQ3bY2xhZXNidW91d2Jl
Date: Fri, 30 Oct 2026 15:55:01 +0000
Message-ID: <DB8PR02MB5932D41A7C0E3B2F9E1D4C6B9F2E0@DB8PR02MB5932.eurprd02.prod.outlook.com>
In-Reply-To: <PRV-2026-1218.1.1793375690@shop.example.be>
References: <PRV-2026-1218.1.1793375690@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hallo,

Wij zijn op huwelijksreis! Tot en met vrijdag 20 november ben ik niet op
kantoor en lees ik mijn mails niet. Je bericht wordt niet doorgestuurd.

Voor dringende vragen over lopende werven kan je terecht bij Pieter Claes
(pieter.claes@claes-bouw.be of 09 230 45 67).

Vriendelijke groeten,
Sanne De Smet
Projectco=F6rdinator - Claes Bouw NV
'''),

    ('nl', 'person-replies-above-own-honeymoon-autoreply-new-address', 'correction', (),
'''Return-Path: <lien.maes@outlook.be>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2047.outbound.protection.outlook.com [40.92.48.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 6E2A91C0F8
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 02:37:15 +0100 (CET)
From: Lien Maes <lien.maes@outlook.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Re: Automatisch antwoord: Uw verzoek PRV-2026-1226: onze brief kwam
 terug
Thread-Topic: Automatisch antwoord: Uw verzoek PRV-2026-1226: onze brief kwam
 terug
Thread-Index: AQHbLZ2hX0s3rC5k1EqP7mT0yqV9Ug==
Date: Wed, 4 Nov 2026 01:37:12 +0000
Message-ID: <AS8P193MB1285C0E1F3A7B92D5E4F8A61D27B0@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>
References: <PRV-2026-1226.3.1793434280@shop.example.be>
 <AS8P193MB128577B0E9D1C4A3F2B5C8E6A14D0@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <AS8P193MB128577B0E9D1C4A3F2B5C8E6A14D0@AS8P193MB1285.EURP193.PROD.OUTLOOK.COM>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Dag,

Excuses voor het automatische antwoord hieronder, we zitten inderdaad nog in
Japan. Maar nu ik toch even mijn mail lees: dat die brief terugkwam klopt, ik
woon al sinds oktober niet meer in Aalst. Kunnen jullie het adres op mijn
account en op mijn klantenkaart aanpassen?

Nieuw adres: Kapelstraat 14 bus 2, 9000 Gent
Nieuw gsm-nummer: 0486 71 20 93
Klantenkaart: 6012 0031 5567

Dan mag die brief gerust opnieuw vertrekken naar Gent.

Groetjes uit Kyoto,
Lien

Outlook voor Android downloaden<https://aka.ms/AAb9ysg>
________________________________
Van: Lien Maes <lien.maes@outlook.be>
Verzonden: dinsdag 3 november 2026 09:12
Aan: Shop Example Privacy Team <privacy@shop.example.be>
Onderwerp: Automatisch antwoord: Uw verzoek PRV-2026-1226: onze brief kwam terug

Hallo!

Wij zijn op huwelijksreis tot 20 november en ik lees mijn mails pas als we
terug zijn. Tot dan!

Lien
'''),

    ('nl', 'family-domain-forwarding-notice', 'automated', (),
'''Return-Path: <>
Received: from mx.familie-claes.be (mx.familie-claes.be [178.208.44.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 1B9E71D4A0
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:30:47 +0100 (CET)
Date: Mon, 2 Nov 2026 09:30:46 +0100
From: Mail familie Claes <postmaster@familie-claes.be>
To: privacy@shop.example.be
Subject: Adreswijziging: uw bericht aan jan@familie-claes.be werd doorgestuurd
Message-ID: <fwdnotice.20261102093046.5521@mx.familie-claes.be>
In-Reply-To: <PRV-2026-1215.2.1793608240@shop.example.be>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Loop: postmaster@familie-claes.be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is een automatisch bericht.

Het adres jan@familie-claes.be wordt op 31 december 2026 opgeheven.
Uw bericht met onderwerp "Uw verzoek PRV-2026-1215: uw gegevens" werd
doorgestuurd naar jan.claes@proton.me.

Gelieve voortaan jan.claes@proton.me te gebruiken en uw adresboek aan te
passen. Na 31 december 2026 worden berichten aan jan@familie-claes.be niet
meer afgeleverd.

U ontvangt dit bericht hoogstens één keer per week.

--
familie-claes.be - eigen mailserver, beheerd door Jan Claes
'''),
    ('fr', 'person-replies-above-our-auto-ack-still-no-answer', 'complaint', ('access',),
'''Return-Path: <v.leclercq@skynet.be>
Received: from mailsec112.isp.belgacom.be (mailsec112.isp.belgacom.be [195.238.20.108])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8D4F21B9C3
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:22:40 +0100 (CET)
From: =?utf-8?Q?V=C3=A9ronique_Leclercq?= <v.leclercq@skynet.be>
To: "Shop Example - Protection de la vie privee" <privacy@shop.example.be>
Subject: RE: [PRV-2026-1150] =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_de_votre_demande?=
Date: Tue, 3 Nov 2026 19:22:31 +0100
Message-ID: <002a01dd4e1c$7b2e9a10$718bce30$@skynet.be>
In-Reply-To: <PRV-2026-1150.ack.1790269380@shop.example.be>
References: <PRV-2026-1150.ack.1790269380@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ3a1hQmL2xYtR0d0vB8cZ1nE4Xqw==
Content-Language: fr-be

Bonjour,

J'ai bien reçu votre accusé de réception automatique ci-dessous, le 24 septembre. Nous sommes le 3 novembre et je n'ai toujours reçu aucune réponse, pas même une demande de précision. Le RGPD vous donne un mois, pas six semaines.

Je vous redemande donc de m'envoyer une copie de toutes les données que vous détenez sur moi (compte client, carte de fidélité, achats en magasin).

Sans réponse de votre part d'ici le vendredi 13 novembre, je porterai plainte auprès de l'Autorité de protection des données.

Véronique Leclercq

De : Shop Example - Protection de la vie privée <privacy@shop.example.be> 
Envoyé : jeudi 24 septembre 2026 18:03
À : v.leclercq@skynet.be
Objet : [PRV-2026-1150] Accusé de réception de votre demande

Bonjour,

Nous avons bien reçu votre message et nous vous en remercions. Votre demande a été enregistrée sous la référence PRV-2026-1150.

Nous traitons les demandes relatives aux données personnelles dans un délai d'un mois. Il n'est pas nécessaire de nous écrire à nouveau.

Ceci est un message automatique, merci de ne pas y répondre.

L'équipe Protection de la vie privée
Shop Example BV
'''),

    ('fr', 'egift-card-undeliverable-report', 'automated', (),
'''Return-Path: <bounce-egc-7720114@mail.cadoria-mail.com>
Received: from out-07.mail.cadoria-mail.com (out-07.mail.cadoria-mail.com [185.211.10.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id E30A41C6D9
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:20:11 +0100 (CET)
From: Shop Example Cartes cadeaux <no-reply@cadoria-mail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_carte_cadeau_n=E2=80=99a_pas_pu_=C3=AAtre_remise?=
Date: Fri, 30 Oct 2026 11:20:09 +0000
Message-ID: <egc.7720114.undeliverable.20261030112009@cadoria-mail.com>
Auto-Submitted: auto-generated
X-Cadoria-Template: egc_undeliverable_fr_BE
X-Cadoria-Merchant: shopexample-be
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

La carte cadeau num=C3=A9rique que vous avez envoy=C3=A9e le 30 octobre 2026 =
=C3=A0 l=E2=80=99adresse j.hennebert@gmial.com n=E2=80=99a pas pu =C3=AAtre=
 remise : le serveur du destinataire a refus=C3=A9 notre message (adresse i=
nconnue).

  Montant :        30,00 =E2=82=AC
  Commande :       EGC-BE-7720114
  Destinataire :   Julie Hennebert

La carte n=E2=80=99a pas =C3=A9t=C3=A9 activ=C3=A9e et reste valable. Vous p=
ouvez la renvoyer =C3=A0 une autre adresse depuis votre espace client, rubr=
ique =C2=AB Mes cartes cadeaux =C2=BB, pendant 30 jours.

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.

Cadoria SA pour Shop Example BV
'''),

    ('fr', 'challenge-response-antispam-on-hold', 'automated', (),
'''Return-Path: <>
Received: from out3.protection-courriel.fr (out3.protection-courriel.fr [91.212.63.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 47B2A1E0C5
	for <privacy@shop.example.be>; Thu, 29 Oct 2026 17:06:53 +0100 (CET)
From: "Jean-Luc Moreau" <jl.moreau@moreau-dumont.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_message_est_en_attente_/_Your_message_is_on_hold?=
Date: Thu, 29 Oct 2026 17:06:52 +0100
Message-ID: <cr-9b1e44f0a7c2-20261029170652@protection-courriel.fr>
In-Reply-To: <PRV-2026-1238.1.1793290008@shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-PC-Type: challenge
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je protège ma messagerie contre les courriers indésirables. Votre message
« Votre demande PRV-2026-1238 : accusé de réception » ne m'a pas encore
été remis.

Pour qu'il me soit distribué, merci de confirmer une seule fois que vous
n'êtes pas un robot en cliquant sur le lien ci-dessous :

https://verif.protection-courriel.fr/c/9b1e44f0a7c2

Vos prochains messages me parviendront directement.

Merci de votre compréhension,
Jean-Luc Moreau

---
Hello,
I protect my mailbox against spam. To have your message delivered, please
confirm once that you are not a robot:
https://verif.protection-courriel.fr/c/9b1e44f0a7c2

Ce message a été envoyé automatiquement par Protection Courriel.
'''),

    ('fr', 'person-forwards-order-confirmation-sent-to-ex', 'correction', (),
'''Return-Path: <nathalie.lambert@outlook.be>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01olkn2081.outbound.protection.outlook.com [40.92.65.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 2F8C01A7B4
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:15:58 +0100 (CET)
From: Nathalie Lambert <nathalie.lambert@outlook.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?TR:_Fwd:_Confirmation_de_votre_commande_n=C2=B0_40018822?=
Thread-Topic: Fwd: Confirmation de votre commande =?utf-8?Q?n=C2=B0?= 40018822
Thread-Index: AQHbLqf1Qm9yZGVyRXhNYXJjRHVib2lz
Date: Wed, 4 Nov 2026 11:15:55 +0000
Message-ID: <PAXP251MB0411B7E2C9D04F3A8E1C5D2F7A3B9@PAXP251MB0411.EURP251.PROD.OUTLOOK.COM>
References: <CAE7v1q2xLm0Rk9P+ZbQ8sT3uYh4nWcFd6oJ1aG5eK2rVb0M3Nw@mail.gmail.com>
In-Reply-To: <CAE7v1q2xLm0Rk9P+ZbQ8sT3uYh4nWcFd6oJ1aG5eK2rVb0M3Nw@mail.gmail.com>
Accept-Language: fr-BE, en-US
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0

Bonjour, cette confirmation est encore arrivée chez mon ex-mari (voir plus bas) : merci de remplacer enfin son adresse par la mienne, celle-ci, sur mon compte client. N. Lambert

________________________________
De : Marc Dubois <marc.dubois67@gmail.com>
Envoyé : mercredi 4 novembre 2026 07:52
À : Nathalie Lambert <nathalie.lambert@outlook.be>
Objet : Fwd: Confirmation de votre commande n° 40018822

Encore une pour toi. Change ton adresse chez eux stp.

---------- Forwarded message ---------
De : Shop Example <commandes@shop.example.be>
Date: mar. 3 nov. 2026 à 21:14
Subject: Confirmation de votre commande n° 40018822
To: <marc.dubois67@gmail.com>


Bonjour Nathalie,

Merci pour votre commande ! Nous la préparons avec soin.

Commande n° 40018822 du 3 novembre 2026

1 x Lampe de bureau LED Orbit, noir          39,99 €
1 x Set de 4 bougies parfumées               14,50 €
Livraison à domicile                          0,00 €
Total TVAC                                   54,49 €

Adresse de livraison :
Nathalie Lambert
Rue des Tilleuls 7
5100 Jambes

Livraison prévue : jeudi 5 ou vendredi 6 novembre.

Suivre ma commande : https://www.shop.example.be/mon-compte/commandes/40018822

À bientôt,
L'équipe Shop Example
'''),

    ('de', 'exchange-ooo-parental-leave-iso8859', 'automated', (),
'''Return-Path: <>
Received: from mail.weber-architekten.de (mail.weber-architekten.de [85.13.140.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 93E6D1C1F2
	for <privacy@shop.example.be>; Mon, 26 Oct 2026 15:48:30 +0100 (CET)
Received: from WA-EX01.weber.local (10.0.0.12) by WA-EX01.weber.local
 (10.0.0.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Mon, 26 Oct
 2026 15:48:29 +0100
From: Julia Weber <j.weber@weber-architekten.de>
To: Shop Example Datenschutz <privacy@shop.example.be>
Subject: Automatische Antwort: Ihre Anfrage PRV-2026-1219 -
 =?iso-8859-1?Q?Identit=E4tsnachweis?=
Thread-Topic: Ihre Anfrage PRV-2026-1219 - =?iso-8859-1?Q?Identit=E4tsnachweis?=
Thread-Index: AQHbJ7w9mQ1x0a2T+kW1Zb8nY3h6Ow==
Date: Mon, 26 Oct 2026 14:48:29 +0000
Message-ID: <4c1e9a7b0d2f4e8a9b3c5d6e7f8a9b0c@WA-EX01.weber.local>
In-Reply-To: <PRV-2026-1219.1.1793022500@shop.example.be>
References: <PRV-2026-1219.1.1793022500@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: de-DE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich befinde mich bis einschlie=DFlich 31. M=
=E4rz 2027 in Elternzeit und lese in dieser Zeit keine E-Mails. Ihre Nachrich=
t wird nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an unser Sekretariat unter
sekretariat@weber-architekten.de oder +49 241 555 3810.

Mit freundlichen Gr=FC=DFen
Julia Weber
'''),

    ('de', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <k.hoffmann@familie-hoffmann.de>
Received: from mout.kundenserver.de (mout.kundenserver.de [212.227.126.134])
	by mx1.shop.example.be (Postfix) with ESMTPS id 5C7D81E2A8
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:12:44 +0100 (CET)
Received: from DESKTOP-K7H2M ([91.64.201.77]) by mrelayeu.kundenserver.de
 (mreue009 [213.165.67.97]) with ESMTPSA (Nemesis) id 1MxDkQ-1tA7Yb0XgS-00zK3e
 for <privacy@shop.example.be>; Tue, 03 Nov 2026 08:12:43 +0100
From: "Katrin Hoffmann" <k.hoffmann@familie-hoffmann.de>
To: "Shop Example Datenschutz" <privacy@shop.example.be>
Subject: Gelesen: Ihr Auskunftsersuchen PRV-2026-1188
Date: Tue, 3 Nov 2026 08:12:41 +0100
Message-ID: <000001dd4d2a$8f3c1e40$adb45ac0$@familie-hoffmann.de>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0004_01DD4D2A.8F3C1E40"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AdtNKo8RqL2mN0cZQ8i3x4nWk6T1Ag==
Content-Language: de

This is a multi-part message in MIME format.

------=_NextPart_000_0004_01DD4D2A.8F3C1E40
Content-Type: text/plain;
	charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht=20

  An: Katrin Hoffmann
  Betreff: Ihr Auskunftsersuchen PRV-2026-1188
  Gesendet: Montag, 2. November 2026 14:03

wurde am Dienstag, 3. November 2026 08:12 gelesen.

------=_NextPart_000_0004_01DD4D2A.8F3C1E40
Content-Type: message/disposition-notification

Reporting-UA: DESKTOP-K7H2M; Microsoft Outlook 16.0
Final-Recipient: rfc822;k.hoffmann@familie-hoffmann.de
Original-Message-ID: <PRV-2026-1188.4.1793106191@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0004_01DD4D2A.8F3C1E40--
'''),

    ('de', 'streaming-family-plan-invitation', 'automated', (),
'''Return-Path: <bounce-mc.eu1_4421987.77310-privacy=shop.example.be@mail.flimmer.tv>
Received: from mta-eu1-44.mail.flimmer.tv (mta-eu1-44.mail.flimmer.tv [185.112.94.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id D1B4F1A9E7
	for <privacy@shop.example.be>; Sun,  1 Nov 2026 20:17:26 +0100 (CET)
From: Flimmer <info@mail.flimmer.tv>
Reply-To: Flimmer <noreply@flimmer.tv>
To: privacy@shop.example.be
Subject: Markus hat dich zu seinem Familien-Abo eingeladen
Date: Sun, 1 Nov 2026 19:17:25 +0000
Message-ID: <20261101191725.77310.family-invite@mail.flimmer.tv>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Flimmer-Campaign: family_invite_de
Feedback-ID: family_invite:flimmer:transactional

Hallo,

Markus Becker hat dich eingeladen, seinem Flimmer Familien-Abo beizutreten.
Als Familienmitglied bekommst du dein eigenes Profil mit eigenen
Empfehlungen und eigener Merkliste - ohne zusätzliche Kosten.

Einladung annehmen:
https://www.flimmer.tv/familie/einladung/Hq7ZpX2k

Die Einladung ist 14 Tage gültig. Du kennst Markus nicht oder möchtest
nicht beitreten? Dann kannst du diese E-Mail einfach ignorieren.

Viel Spaß beim Schauen!
Dein Flimmer-Team

Flimmer GmbH · Schanzenstraße 22 · 51063 Köln
Impressum: https://www.flimmer.tv/impressum
'''),

    ('de', 'person-shared-family-mailbox-signature-asks-what-data', 'access', (),
'''Return-Path: <familie@schmitz-eupen.be>
Received: from smtp.mail-eupen.be (smtp.mail-eupen.be [193.191.20.56])
	by mx1.shop.example.be (Postfix) with ESMTPS id 77A3C1B5E0
	for <privacy@shop.example.be>; Sat, 31 Oct 2026 10:04:12 +0100 (CET)
From: Familie Schmitz <familie@schmitz-eupen.be>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: 8bit
Mime-Version: 1.0 (1.0)
Subject: Frage zu meinen Daten bei Ihnen
Date: Sat, 31 Oct 2026 10:04:05 +0100
Message-Id: <A3F07C21-9D4B-4E61-B2C8-5F1E0D7A9C33@schmitz-eupen.be>
To: privacy@shop.example.be
X-Mailer: iPad Mail (22B83)

Guten Tag,

ich möchte gerne wissen, welche Daten Sie über mich gespeichert haben. Ich habe ein Kundenkonto bei Ihnen (petra.schmitz.eupen@gmail.com, das benutze ich aber kaum noch) und eine Kundenkarte mit der Nummer 6012 0019 7734.

Außerdem würde mich interessieren, woher Sie diese Familienadresse haben. Seit September kommt Ihre Werbung an diese Adresse, und ich habe sie Ihnen meines Wissens nie gegeben. Haben Sie die von jemandem bekommen?

Bitte antworten Sie an diese Adresse, aber mit „für Petra“ im Betreff, sonst liest es mein Mann zuerst.

Mit freundlichen Grüßen
Petra Schmitz

--
Familie Schmitz
Herbesthaler Straße 41 · 4700 Eupen
Dieses Postfach lesen wir alle. Bitte im Betreff angeben, für wen die Nachricht ist.

Von meinem iPad gesendet
'''),
    ('es', 'zendesk-ack-from-registry-platform', 'automated', (),
'''Return-Path: <soporte+id48213@listafeliz.zendesk.com>
Received: from outbyoip12.pod17.euc1.zdsys.com (outbyoip12.pod17.euc1.zdsys.com [188.172.138.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4A9E21D3B7
	for <privacy@shop.example.be>; Mon, 26 Oct 2026 13:07:19 +0100 (CET)
Date: Mon, 26 Oct 2026 12:07:17 +0000
From: ListaFeliz Soporte <soporte@listafeliz.es>
Reply-To: ListaFeliz Soporte <soporte+id48213@listafeliz.zendesk.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <QR1VP8K4E2_6720d8f54b1c2_3a7f1c2d4e81@zendesk.com>
In-Reply-To: <PRV-2026-1203.5.1793016380@shop.example.be>
Subject: =?UTF-8?Q?[ListaFeliz]_Re:_Supresi=C3=B3n_de_datos_de_una_clienta_-_lista_BODA-ES-22871?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_6720d8f5a93b1_3a7f1c2d4e8c1";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8c31f2a
X-Zendesk-Email-Id: 01JB9X7Q2KZ3M4N5P6R7S8T9V0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All


----==_mimepart_6720d8f5a93b1_3a7f1c2d4e8c1
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Por favor, escriba su respuesta encima de esta l=C3=ADnea -##

Su solicitud (48213) ha sido recibida y est=C3=A1 siendo revisada por nuest=
ro equipo de soporte.

Para a=C3=B1adir comentarios adicionales, responda a este correo electr=C3=
=B3nico.

Este correo electr=C3=B3nico es un servicio de ListaFeliz. Con tecnolog=C3=
=ADa de Zendesk.
[QR1VP8-K4E2]

----==_mimepart_6720d8f5a93b1_3a7f1c2d4e8c1
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64("""<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:14px">
<div style="color:#b5b5b5">##- Por favor, escriba su respuesta encima de esta l\u00ednea -##</div>
<p>Su solicitud (48213) ha sido recibida y est\u00e1 siendo revisada por nuestro equipo de soporte.</p>
<p>Para a\u00f1adir comentarios adicionales, responda a este correo electr\u00f3nico.</p>
<p style="color:#9a9a9a;font-size:12px">Este correo electr\u00f3nico es un servicio de ListaFeliz. Con tecnolog\u00eda de
<a href="https://www.zendesk.es/?utm_campaign=text&amp;utm_content=ListaFeliz" style="color:#9a9a9a">Zendesk</a>.</p>
<span style="color:#ffffff" aria-hidden="true">[QR1VP8-K4E2]</span>
</body></html>
""") + '''
----==_mimepart_6720d8f5a93b1_3a7f1c2d4e8c1--
'''),

    ('es', 'registry-platform-retailer-purchase-notice', 'automated', (),
'''Return-Path: <rebotes@avisos.listafeliz.es>
Received: from mta2.avisos.listafeliz.es (mta2.avisos.listafeliz.es [37.59.210.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 6B1C71E8F4
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 08:31:02 +0100 (CET)
From: ListaFeliz <avisos@listafeliz.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nueva_compra_de_la_lista_BODA-ES-22871_=28Luc=C3=ADa_y_Javier=29?=
Date: Tue, 27 Oct 2026 08:31:00 +0100
Message-ID: <aviso-compra.LF-2026-771904.1793086260@listafeliz.es>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-LF-Notificacion: tienda_compra_nueva

Hola, Shop Example:

Un invitado ha comprado en vuestra tienda un regalo de la lista de boda
BODA-ES-22871 (Lucía y Javier).

  Artículo:     Batidora de vaso PowerMix 1200 W, inox
  Referencia:   SE-448120
  Importe:      89,90 €
  Envío:        a la dirección de entrega de la lista (ver panel)
  Preparar antes del 3 de noviembre de 2026

Mensaje del invitado para los novios: «¡Que seáis muy felices! Tía Maite»

Gestionad el pedido desde el panel de tienda:
https://tiendas.listafeliz.es/pedidos/LF-2026-771904

Este correo se ha generado automáticamente. Por favor, no respondáis a
este mensaje.

ListaFeliz S.L. · C/ de Alcalá 215 · 28028 Madrid
'''),

    ('es', 'gmail-vacation-caring-for-mother', 'automated', (),
'''Return-Path: <pilar.gonzalez.ruiz@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0C5E81A8D3
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:15:41 +0100 (CET)
Received: by mail-wm1-f41.google.com with SMTP id 5b1f17b1804b1-4316e2f0a9cso21887545e9.2
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 03:15:40 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Pilar_Gonz=C3=A1lez_Ruiz?= <pilar.gonzalez.ruiz@gmail.com>
Date: Wed, 4 Nov 2026 03:15:40 -0800
Message-ID: <CAH2vQ9n0Xr8KJ3fPq1LmZ5w1QpVt7bYcR4sD6eF8gH0jK2lM@mail.gmail.com>
Subject: Re: Su solicitud PRV-2026-1230: copia de sus datos
To: privacy@shop.example.be
In-Reply-To: <PRV-2026-1230.2.1793793310@shop.example.be>
References: <PRV-2026-1230.2.1793793310@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
Content-Type: multipart/alternative; boundary="0000000000008f3a2c0623f1e7b5"

--0000000000008f3a2c0623f1e7b5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estas semanas estoy en Valladolid cuidando de mi madre, que acaba de salir=
 del hospital, y miro el correo muy de vez en cuando. Contestar=C3=A9 en cu=
anto pueda, seguramente a partir del 23 de noviembre.

Gracias por la paciencia.
Pilar

--0000000000008f3a2c0623f1e7b5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<br><br>Estas semanas estoy en Valladolid cuidando de=
 mi madre, que acaba de salir del hospital, y miro el correo muy de vez en =
cuando. Contestar=C3=A9 en cuanto pueda, seguramente a partir del 23 de nov=
iembre.<br><br>Gracias por la paciencia.<br>Pilar</div>

--0000000000008f3a2c0623f1e7b5--
'''),

    ('es', 'person-registry-platform-employee-asks-notification-address', 'other', (),
'''Return-Path: <irene.castro@listafeliz.es>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2119.outbound.protection.outlook.com [40.107.6.119])
	by mx1.shop.example.be (Postfix) with ESMTPS id 3E7A21C9B0
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:41:22 +0100 (CET)
From: Irene Castro Molina <irene.castro@listafeliz.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Direcci=F3n_para_los_avisos_de_compra_de_ListaFeliz?=
Thread-Topic: =?iso-8859-1?Q?Direcci=F3n_para_los_avisos_de_compra_de_ListaFeliz?=
Thread-Index: AdtPbq3XkV0Zm9ybWFsTGlzdGFGZWxpeg==
Date: Thu, 5 Nov 2026 09:41:18 +0000
Message-ID: <VI1PR04MB6814A2C7E5D9F0B3A1C4E8D2F6B7A@VI1PR04MB6814.eurprd04.prod.outlook.com>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hola, buenos d=EDas:

Os escribo desde el equipo de Atenci=F3n a Tiendas de ListaFeliz. Estamos r=
evisando los datos de contacto de las tiendas asociadas y vemos que, para S=
hop Example, los avisos autom=E1ticos de compra de las listas (bodas, nacim=
ientos, comuniones) se est=E1n enviando a esta direcci=F3n, privacy@shop.ex=
ample.be.

Suponemos que no es la direcci=F3n que os interesa para eso. =BFNos pod=E9i=
s indicar a qu=E9 correo prefer=EDs que os lleguen los avisos de compra y d=
e env=EDo? Si os resulta m=E1s c=F3modo, tambi=E9n pod=E9is cambiarlo vosot=
ros mismos en el panel de tienda, en Configuraci=F3n > Notificaciones.

Muchas gracias y un saludo,

Irene Castro Molina
Atenci=F3n a Tiendas | ListaFeliz
Tel. +34 910 55 62 18
www.listafeliz.es

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivame=
nte a su destinatario y pueden contener informaci=F3n confidencial. Si no e=
s usted el destinatario indicado, le rogamos que lo comunique al remitente =
y proceda a su borrado. De conformidad con el Reglamento (UE) 2016/679, le =
informamos de que sus datos de contacto son tratados por LISTAFELIZ S.L. pa=
ra gestionar la relaci=F3n comercial. Puede ejercer sus derechos de acceso,=
 rectificaci=F3n, supresi=F3n, oposici=F3n, limitaci=F3n y portabilidad dir=
igi=E9ndose a privacidad@listafeliz.es.
'''),

    ('it', 'egift-card-used-balance-notice', 'automated', (),
'''Return-Path: <bounce-egc-7719877@mail.cadoria-mail.com>
Received: from out-03.mail.cadoria-mail.com (out-03.mail.cadoria-mail.com [185.211.10.3])
	by mx1.shop.example.be (Postfix) with ESMTPS id F12B61A4C8
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 18:09:51 +0100 (CET)
From: Shop Example Gift Card <no-reply@cadoria-mail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?La_gift_card_che_hai_regalato_=C3=A8_stata_utilizzata?=
Date: Fri, 06 Nov 2026 17:09:49 +0000
Message-ID: <egc.7719877.redeemed.20261106170949@cadoria-mail.com>
Auto-Submitted: auto-generated
X-Cadoria-Template: egc_redeemed_it_IT
X-Cadoria-Merchant: shopexample-be
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ciao,

ti informiamo che la gift card digitale che hai inviato a Giulia Ferri il 2=
7 ottobre 2026 =C3=A8 stata utilizzata per un acquisto nel negozio online d=
i Shop Example.

  Valore iniziale:   25,00 =E2=82=AC
  Saldo residuo:      6,50 =E2=82=AC
  Ordine:            EGC-BE-7719877
  Scadenza:          27 ottobre 2027

Per motivi di riservatezza non ti mostriamo i prodotti acquistati.

Questo messaggio =C3=A8 stato generato automaticamente, ti preghiamo di non=
 rispondere.

Cadoria SA per Shop Example BV
'''),

    ('it', 'family-organiser-calendar-invitation', 'automated', (),
'''Return-Path: <inviti@famigliainsieme.app>
Received: from smtp-out-2.famigliainsieme.app (smtp-out-2.famigliainsieme.app [34.154.88.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8C4D01B2E9
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 10:15:24 +0100 (CET)
From: Luca Rinaldi via FamigliaInsieme <inviti@famigliainsieme.app>
Reply-To: Luca Rinaldi <luca.rinaldi82@gmail.com>
To: privacy@shop.example.be
Subject: Invito: Telefonata con Shop Example - gio 12 nov 2026 17:30
Date: Sat, 07 Nov 2026 09:15:22 +0000
Message-ID: <evt-e8K2mQ-invite-20261107091522@famigliainsieme.app>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="fi-b7d2e9c41a0f-alt"

--fi-b7d2e9c41a0f-alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Luca Rinaldi ti ha invitato a un evento del calendario "Famiglia Rinaldi".

Telefonata con Shop Example
giovedì 12 novembre 2026, 17:30 - 18:00 (ora di Bruxelles)
Note: chiamare dal fisso di papà e tenere la tessera a portata di mano

Partecipi?
  Sì:     https://app.famigliainsieme.app/rsvp/e8K2mQ/si
  No:     https://app.famigliainsieme.app/rsvp/e8K2mQ/no
  Forse:  https://app.famigliainsieme.app/rsvp/e8K2mQ/forse

Hai ricevuto questo invito perché Luca Rinaldi ha aggiunto
privacy@shop.example.be agli invitati di questo evento.

FamigliaInsieme - il calendario di tutta la famiglia

--fi-b7d2e9c41a0f-alt
Content-Type: text/calendar; charset=UTF-8; method=REQUEST
Content-Transfer-Encoding: 8bit

BEGIN:VCALENDAR
PRODID:-//FamigliaInsieme//Calendario 4.12//IT
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:evt-e8K2mQ-20261107@famigliainsieme.app
DTSTAMP:20261107T091522Z
DTSTART;TZID=Europe/Brussels:20261112T173000
DTEND;TZID=Europe/Brussels:20261112T180000
SUMMARY:Telefonata con Shop Example
DESCRIPTION:chiamare dal fisso di papà e tenere la tessera a portata di mano
ORGANIZER;CN=Luca Rinaldi:mailto:luca.rinaldi82@gmail.com
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:privac
 y@shop.example.be
ATTENDEE;CN=Rosa Rinaldi;PARTSTAT=ACCEPTED:mailto:rosa.rinaldi@libero.it
SEQUENCE:0
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR

--fi-b7d2e9c41a0f-alt--
'''),

    ('it', 'exchange-ooo-maternity-leave', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2093.outbound.protection.outlook.com [40.107.20.93])
	by mx1.shop.example.be (Postfix) with ESMTPS id 29F3E1C7A5
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 11:26:14 +0100 (CET)
From: Francesca Bianchi <f.bianchi@studiobianchi.it>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Risposta automatica: La sua richiesta PRV-2026-1241
Thread-Topic: La sua richiesta PRV-2026-1241
Thread-Index: AQHbLQ1Dq2Zz0mFnZ2lvTGVhdmVJdA==
Date: Mon, 2 Nov 2026 10:26:13 +0000
Message-ID: <PR3P194MB0923E4B1A7C2D9F0E3B5A8C6D1F2E@PR3P194MB0923.EURP194.PROD.OUTLOOK.COM>
In-Reply-To: <PRV-2026-1241.1.1793615160@shop.example.be>
References: <PRV-2026-1241.1.1793615160@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: it-IT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Gentile mittente,

sono in congedo di maternit=C3=A0 fino al 1=C2=B0 marzo 2027 e non ho acces=
so alla posta elettronica. Il suo messaggio non verr=C3=A0 inoltrato.

Per questioni urgenti pu=C3=B2 scrivere a amministrazione@studiobianchi.it.

Cordiali saluti
Francesca Bianchi
'''),

    ('it', 'person-quotes-bounce-from-dpo-address-complains', 'complaint', ('deletion',),
'''Return-Path: <chiara.esposito@libero.it>
Received: from libero.it (smtp-31-i6.italiaonline.it [213.209.12.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id B5E9A1D0C2
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 13:58:23 +0100 (CET)
Date: Thu, 5 Nov 2026 13:58:20 +0100 (CET)
From: "chiara.esposito@libero.it" <chiara.esposito@libero.it>
To: privacy@shop.example.be
Message-ID: <1109823455.4412378.1793969900123@mail1.libero.it>
Subject: Fwd: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev44

Buongiorno,

il 20 ottobre ho scritto all'indirizzo dpo@shop.example.be, che è quello indicato nella vostra informativa sulla privacy, per chiedere la cancellazione del mio account. Il messaggio mi è tornato indietro (lo trovate qui sotto): l'indirizzo non esiste. Quindi da più di due settimane la mia richiesta non è arrivata a nessuno. Trovo grave che l'unico indirizzo per la privacy scritto nella vostra informativa non funzioni e che nessuno se ne sia accorto.

Lo ripeto qui: cancellate il mio account (chiara.esposito@libero.it) e tutti i miei dati, compresa la carta fedeltà, e datemene conferma per iscritto.

Chiara Esposito

> ---------- Messaggio originale ----------
> Da: Mail Delivery System <MAILER-DAEMON@libero.it>
> A: chiara.esposito@libero.it
> Data: 20 ottobre 2026 alle 21.47
> Oggetto: Undelivered Mail Returned to Sender
>
> This is the mail system at host smtp-31-i6.italiaonline.it.
>
> I'm sorry to have to inform you that your message could not
> be delivered to one or more recipients. It's attached below.
>
> For further assistance, please send mail to postmaster.
>
>                    The mail system
>
> <dpo@shop.example.be>: host mx1.shop.example.be[198.51.100.25] said: 550
>     5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown in
>     virtual mailbox table (in reply to RCPT TO command)
>
> ---------- Messaggio inoltrato ----------
> Da: chiara.esposito@libero.it
> A: dpo@shop.example.be
> Data: 20 ottobre 2026 alle 21.47
> Oggetto: Richiesta di cancellazione account
>
> Buonasera, vi chiedo di cancellare il mio account e tutti i dati personali
> collegati. Grazie. Chiara Esposito
'''),

    ('pt', 'exchange-ooo-wedding-leave', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2110.outbound.protection.outlook.com [40.107.247.110])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4D8B21E3F7
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:40:08 +0100 (CET)
From: Ricardo Almeida <ricardo.almeida@lusotrans.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_O_seu_pedido_PRV-2026-1245?=
Thread-Topic: O seu pedido PRV-2026-1245
Thread-Index: AQHbKGc0UmljYXJkb0FsbWVpZGFMaWM=
Date: Tue, 27 Oct 2026 13:40:07 +0000
Message-ID: <DB9P195MB1741C3A8E2F0D7B4A9E1C5F3B2D8A@DB9P195MB1741.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <PRV-2026-1245.1.1793108400@shop.example.be>
References: <PRV-2026-1245.1.1793108400@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: pt-PT
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Ol=C3=A1,

Estou de licen=C3=A7a de casamento at=C3=A9 dia 16 de novembro, sem acesso=
 ao e-mail. Responderei =C3=A0 sua mensagem logo que regresse.

Para assuntos urgentes, contacte a minha colega In=C3=AAs Carvalho
(ines.carvalho@lusotrans.pt).

Obrigado,
Ricardo Almeida
'''),

    ('pt', 'ecard-service-card-waiting', 'automated', (),
'''Return-Path: <devolucoes@postalzinho.pt>
Received: from envio3.postalzinho.pt (envio3.postalzinho.pt [94.46.176.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 71C3A1B8E6
	for <privacy@shop.example.be>; Sun,  8 Nov 2026 11:02:37 +0100 (CET)
From: Postalzinho <postais@postalzinho.pt>
Reply-To: nao-responder@postalzinho.pt
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Maria_Sousa_enviou-lhe_um_postal_=F0=9F=8E=89?=
Date: Sun, 08 Nov 2026 10:02:35 +0000
Message-ID: <postal.7Tq2Lm9X.20261108100235@postalzinho.pt>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá!

Maria Sousa enviou-lhe um postal eletrónico.

Para ver o seu postal, clique no link abaixo:
https://www.postalzinho.pt/ver/7Tq2Lm9X

O postal fica disponível durante 30 dias.

Não conhece a Maria Sousa? Pode ignorar este e-mail: não guardamos o seu
endereço para outros fins.

Postalzinho - postais grátis para todas as ocasiões
'''),

    ('pt', 'registry-list-shared-notice', 'automated', (),
'''Return-Path: <bounces@notificacoes.presentix.pt>
Received: from mail-out-1.presentix.pt (mail-out-1.presentix.pt [185.32.190.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 9E0F41C5A3
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 22:14:09 +0100 (CET)
From: Presentix <notificacoes@presentix.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?A_Ana_Ferreira_partilhou_consigo_a_lista_=C2=ABBatizado_do_Tom=C3=A1s=C2=BB?=
Date: Fri, 30 Oct 2026 21:14:07 +0000
Message-ID: <share.batizado-do-tomas-8k2p.1793481247@presentix.pt>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <https://presentix.pt/notificacoes/sair/Qk3m>

Ol=C3=A1,

A Ana Ferreira partilhou consigo a lista de presentes =C2=ABBatizado do Tom=
=C3=A1s=C2=BB.

  Data do evento:       22 de novembro de 2026
  Presentes na lista:   18 (5 j=C3=A1 oferecidos)

Ver a lista: https://presentix.pt/l/batizado-do-tomas-8k2p

Mensagem da Ana:
"Ol=C3=A1! Deixo aqui a lista para o batizado do Tom=C3=A1s, caso d=C3=AA j=
eito. Beijinhos"

Recebeu este e-mail porque a Ana Ferreira introduziu o seu endere=C3=A7o. S=
e n=C3=A3o conhece a Ana, ignore esta mensagem.

Presentix - listas de presentes para todos os momentos
'''),

    ('pt', 'person-replies-above-thankyou-reminder-stop-mails', 'withdraw_consent', (),
'''Return-Path: <sofia.martins.bxl@gmail.com>
Received: from mail-ej1-f54.google.com (mail-ej1-f54.google.com [209.85.218.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0A6D81E9B4
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 08:47:31 +0100 (CET)
Received: from [10.114.22.190] ([109.88.41.206])
        by smtp.gmail.com with ESMTPSA id a640c23a62f3a-a99f8c7e2d1sm3120866b.41.2026.11.04.08.47.29
        for <privacy@shop.example.be>
        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);
        Tue, 03 Nov 2026 23:47:30 -0800 (PST)
Message-ID: <k7q2x9m4vb1c3fz8rwl0t6ne.1793778446321@email.android.com>
Date: Wed, 04 Nov 2026 08:47:26 +0100
From: Sofia Martins <sofia.martins.bxl@gmail.com>
To: privacy@shop.example.be
Subject: RE: =?UTF-8?Q?N'oubliez_pas_de_remercier_vos_invit=C3=A9s_!?=
In-Reply-To: <giftlist-thanks.51730.20261102080001@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Importance: Normal
X-Priority: 3

Bom dia,

Desculpem escrever em português.

Já agradeci a toda a gente há semanas, obrigada. Por favor parem de me mandar estes lembretes. E também não quero continuar a receber a newsletter nem as promoções por e-mail, tirem-me de todas as vossas listas de envio.

Cumprimentos,
Sofia Martins



Enviado do meu Galaxy


-------- Mensagem original --------
De: Shop Example Listes de cadeaux <giftlists@shop.example.be>
Data: 02/11/2026 09:00 (GMT+01:00)
Para: sofia.martins.bxl@gmail.com
Assunto: N'oubliez pas de remercier vos invités !

Bonjour Sofia,

Votre liste « Mariage Sofia & Bruno » est clôturée depuis le 3 octobre. 31 invités vous ont offert un cadeau : pensez à leur dire merci !

Avec nos cartes de remerciement personnalisées, c'est fait en quelques minutes. -15 % avec le code MERCI15 jusqu'au 15 novembre.

Voir qui m'a offert quoi : https://www.shop.example.be/fr/listes/mariage-sofia-bruno/merci

À bientôt,
L'équipe Listes de cadeaux de Shop Example

Vous recevez cet e-mail parce que vous avez créé une liste de cadeaux chez Shop Example. Se désinscrire : https://www.shop.example.be/fr/preferences
'''),
]

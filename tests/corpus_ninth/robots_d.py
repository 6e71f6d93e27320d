"""Ninth set, robots that talk like privacy teams, rare mail systems, and people who look like them, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'zendesk-partner-privacy-ack', 'automated', (),
     """Return-Path: <support+id1A2B3C-4D5E@brightads.zendesk.com>
Delivered-To: privacy@shop.example.be
Received: from outbyoip12.pod19.use1.zdsys.com (outbyoip12.pod19.use1.zdsys.com [192.161.151.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Tv8Zr51FJpz9sVm
	for <privacy@shop.example.be>; Tue, 12 Mar 2024 09:14:03 +0100 (CET)
Date: Tue, 12 Mar 2024 08:13:58 +0000
From: BrightAds Privacy <privacy@brightads.io>
Reply-To: BrightAds Privacy <support+id1A2B3C-4D5E@brightads.zendesk.com>
To: Shop Privacy <privacy@shop.example.be>
Message-ID: <XK7PQ2M3_65f00e26a1b2c_5c2a3ff1e3c9f_sprut@zendesk.com>
In-Reply-To: <0b1c9a2e-77d1-4c0e-9f0e-3d2f1a6b8c44@shop.example.be>
Subject: [BrightAds Privacy] Re: Erasure request - customer ref BE-2024-0311
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_65f00e26d8a3e_5c2a3ff1e3c9f1094d1";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 5f21a0c
X-Zendesk-Email-Id: 01HRT6K3Q4V4C2Z7B0S9AZ1M0Y
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_65f00e26d8a3e_5c2a3ff1e3c9f1094d1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our Privacy=
 team.

Hi Shop Privacy,

Thanks for contacting BrightAds about a data subject request. We have logge=
d your request to erase the personal data of the data subject referenced in=
 your email (customer ref BE-2024-0311) and we will verify it before we del=
ete anything from our audience platform. Where we only act as a processor f=
or this data, we'll pass the request on to the relevant controller.

We aim to respond within 30 days. For complex requests this may be extended=
 by up to two further months under Article 12(3) GDPR; if that happens, we =
will let you know.

To add additional comments, reply to this email.

--
BrightAds Privacy & Data Protection
This email is a service from BrightAds Privacy. Delivered by Zendesk

[R9XKM2-P7Q3]

----==_mimepart_65f00e26d8a3e_5c2a3ff1e3c9f1094d1
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"color:#b5b5b5">##- Please type your reply above t=
his line -##</div><p>Your request (48213) has been received and is being re=
viewed by our Privacy team.</p><p>Hi Shop Privacy,</p><p>Thanks for contact=
ing BrightAds about a data subject request. We have logged your request to =
erase the personal data of the data subject referenced in your email (custo=
mer ref BE-2024-0311) and we will verify it before we delete anything from =
our audience platform. Where we only act as a processor for this data, we'l=
l pass the request on to the relevant controller.</p><p>We aim to respond w=
ithin 30 days. For complex requests this may be extended by up to two furth=
er months under Article 12(3) GDPR; if that happens, we will let you know.<=
/p><p>To add additional comments, reply to this email.</p><p style=3D"color=
:#999">This email is a service from BrightAds Privacy. Delivered by <a href=
=3D"https://www.zendesk.com/support/?utm_campaign=3Dtext">Zendesk</a></p><s=
pan style=3D"color:#FFFFFF">[R9XKM2-P7Q3]</span></body></html>

----==_mimepart_65f00e26d8a3e_5c2a3ff1e3c9f1094d1--
"""),
    ('en', 'challenge-response-verify', 'automated', (),
     """Return-Path: <>
Received: from relay3.mailsentry.net (relay3.mailsentry.net [64.31.18.77])
	by mx1.shop.example.be (Postfix) with ESMTP id 4W1kQ02bL7z9sTq
	for <privacy@shop.example.be>; Mon, 22 Apr 2024 16:40:11 +0200 (CEST)
From: "Jonathan Wexley (via MailSentry)" <verify@mailsentry.net>
To: privacy@shop.example.be
Subject: Please verify your email to Jonathan Wexley
Date: Mon, 22 Apr 2024 10:40:08 -0400
Message-ID: <v-8831045.1713796808@mailsentry.net>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hello,

I'm using MailSentry to keep my inbox free of spam. Your message is
waiting for approval:

   From:    privacy@shop.example.be
   Subject: Re: your request to see the personal data we hold about you
   Sent:    Apr 22, 2024 4:39 PM

To have it delivered, please confirm you are a real person by clicking
the link below. You only have to do this once - future messages from
your address will go straight through.

   https://verify.mailsentry.net/c/8831045/7f3a0c1e

If you don't confirm within 7 days your message will be deleted
automatically and the recipient will not see it.

Thanks,
Jonathan Wexley

--------------------------------------------------------------
MailSentry challenge/response protection. You received this
because you sent mail to a MailSentry-protected address. Your
address will not be added to any mailing list.
"""),
    ('en', 'exchange-online-delayed', 'automated', (),
     """Received: from AM0PR02MB5891.eurprd02.prod.outlook.com (2603:10a6:208:12d::14)
 by AM0PR02MB5891.eurprd02.prod.outlook.com with Microsoft SMTP Server; Fri, 24 May 2024 09:41:16 +0000
MIME-Version: 1.0
From: <postmaster@shopexample.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Fri, 24 May 2024 09:41:16 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b6a1e2c4-2f1e-4b8e-a9d3-0c5f7e61d2aa"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <1c0b3f2a-8e1b-4f55-9d7e-e2b0a4d6f3c1@AM0PR02MB5891.eurprd02.prod.outlook.com>
In-Reply-To: <AM0PR02MB58913C1F7E0A4C7D92B1D6A3C1F52@AM0PR02MB5891.eurprd02.prod.outlook.com>
Subject: Delivery delayed:Your data access request - copy of your personal data (ref. SAR-0412)
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email

--b6a1e2c4-2f1e-4b8e-a9d3-0c5f7e61d2aa
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery is delayed to these recipients or groups:

r.okonkwo@harbourline-consulting.co.uk (r.okonkwo@harbourline-consulting.co=
.uk)

Subject: Your data access request - copy of your personal data (ref. SAR-04=
12)

This message hasn't been delivered yet. Delivery will continue to be attemp=
ted.

The server will keep trying to deliver this message for the next 1 days, 19=
 hours and 52 minutes. You'll be notified if the message can't be delivered=
 by that time.



Diagnostic information for administrators:

Generating server: AM0PR02MB5891.eurprd02.prod.outlook.com
Receiving server: mail.harbourline-consulting.co.uk (185.22.104.9)

r.okonkwo@harbourline-consulting.co.uk
Remote Server at mail.harbourline-consulting.co.uk (185.22.104.9) returned =
'400 4.4.7 Message delayed'
24/05/2024 07:41:16 - Remote Server at mail.harbourline-consulting.co.uk (1=
85.22.104.9) returned '451 4.7.1 Greylisted, please try again in 300 second=
s'

Original message headers:

Received: from AM0PR02MB5891.eurprd02.prod.outlook.com ([fe80::5d2c:1b77:ae=
01:9c3]) by
 AM0PR02MB5891.eurprd02.prod.outlook.com ([fe80::5d2c:1b77:ae01:9c3%6]) wit=
h mapi id
 15.20.7611.025; Fri, 24 May 2024 05:39:02 +0000
From: Shop Privacy <privacy@shop.example.be>
To: "r.okonkwo@harbourline-consulting.co.uk" <r.okonkwo@harbourline-consult=
ing.co.uk>
Subject: Your data access request - copy of your personal data (ref. SAR-04=
12)
Date: Fri, 24 May 2024 05:39:01 +0000
Message-ID: <AM0PR02MB58913C1F7E0A4C7D92B1D6A3C1F52@AM0PR02MB5891.eurprd02.=
prod.outlook.com>
Content-Language: en-GB

--b6a1e2c4-2f1e-4b8e-a9d3-0c5f7e61d2aa
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR02MB5891.eurprd02.prod.outlook.com
Received-From-MTA: dns;AM0PR02MB5891.eurprd02.prod.outlook.com
Arrival-Date: Fri, 24 May 2024 05:39:02 +0000

Final-Recipient: rfc822;r.okonkwo@harbourline-consulting.co.uk
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Sun, 26 May 2024 05:39:02 +0000
X-Display-Name: r.okonkwo@harbourline-consulting.co.uk

--b6a1e2c4-2f1e-4b8e-a9d3-0c5f7e61d2aa
Content-Type: text/rfc822-headers

From: Shop Privacy <privacy@shop.example.be>
To: "r.okonkwo@harbourline-consulting.co.uk" <r.okonkwo@harbourline-consulting.co.uk>
Subject: Your data access request - copy of your personal data (ref. SAR-0412)
Date: Fri, 24 May 2024 05:39:01 +0000
Message-ID: <AM0PR02MB58913C1F7E0A4C7D92B1D6A3C1F52@AM0PR02MB5891.eurprd02.prod.outlook.com>

--b6a1e2c4-2f1e-4b8e-a9d3-0c5f7e61d2aa--
"""),
    ('en', 'left-company-autoreply', 'automated', (),
     """Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2102.outbound.protection.outlook.com [40.107.103.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VkP9m3Qc1z9sWb
	for <privacy@shop.example.be>; Wed, 7 Feb 2024 11:02:45 +0100 (CET)
From: Priya Nair <p.nair@verdantlogistics.co.uk>
To: Shop Privacy <privacy@shop.example.be>
Subject: Automatic reply: Data processing agreement - updated list of sub-processors
Thread-Topic: Data processing agreement - updated list of sub-processors
Thread-Index: AQHaWb2x7Tq0c3cFvUm2b1o0k9Hh1A==
Date: Wed, 7 Feb 2024 10:02:41 +0000
Message-ID: <3f9d0a1b8c2e4e7fa1d5b6c7e8f90a12@LO2P265MB4120.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <9e1d2c3b-4a5f-6789-abcd-ef0123456789@shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hello,

Thank you for your message. I left Verdant Logistics on 31 January 2024 and=
 this mailbox is no longer monitored.

For anything to do with data protection - DPAs, sub-processor changes, subj=
ect access or deletion requests - please write to dataprotection@verdantlog=
istics.co.uk or to my former colleague Tom Ellery (t.ellery@verdantlogistic=
s.co.uk).

Your email has not been forwarded.

Best wishes,
Priya
"""),
    ('en', 'kerio-quota-warning', 'automated', (),
     """Return-Path: <>
Received: from mail.shop.example.be ([127.0.0.1]) by mail.shop.example.be (Kerio Connect 10.0.3 patch 1);
	Sat, 3 Aug 2024 03:00:02 +0200
From: "Kerio Connect" <postmaster@shop.example.be>
To: <privacy@shop.example.be>
Subject: Warning: mailbox quota almost reached
Date: Sat, 3 Aug 2024 03:00:02 +0200
Message-ID: <quota-20240803030002-privacy@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Kerio-Quota: 91

This is an automatic message from Kerio Connect.

Your mailbox privacy@shop.example.be is using 91 % of its disk quota
(4.55 GB of 5.00 GB).

When the quota is exceeded, new messages for this mailbox will be
rejected and their senders will get a delivery failure notice.

Please delete messages you no longer need (and empty the Deleted Items
folder), or contact your administrator to raise the limit.

Largest folders:
  Inbox                          2.81 GB
  Inbox/Requests/Done            1.02 GB
  Sent Items                     0.64 GB

--
Kerio Connect
"""),
    ('en', 'person-pastes-solved-ticket', 'complaint', ('deletion',),
     """Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [209.85.218.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4XQn1b6Lr0z9sTc
	for <privacy@shop.example.be>; Thu, 19 Sep 2024 22:47:31 +0200 (CEST)
MIME-Version: 1.0
From: Dan Whitcombe <danwhitcombe71@gmail.com>
Date: Thu, 19 Sep 2024 21:47:18 +0100
Message-ID: <CAH3kQ9vT2mX0o1J=rB7n1eE5Yc6pWq8Zt0fS@mail.gmail.com>
Subject: Fwd: Your request #8812 has been solved
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"

Seriously? You "solved" my ticket and I still got your garden furniture
promo this morning, and I can still log into my account with the same
password. Nothing has been deleted. I asked you in August to get rid of
my account and everything you've got on me, not to close a ticket.

Do it properly this time and tell me when it's actually done.

Dan Whitcombe

---------- Forwarded message ---------
From: Shop Support <support@shop.example.be>
Date: Tue, 17 Sep 2024 at 09:12
Subject: Your request #8812 has been solved
To: <danwhitcombe71@gmail.com>


##- Please type your reply above this line -##

Your request (#8812) has been solved. To reopen this request, reply to
this email.

Shop Support (Shop)
17 Sep 2024, 09:12 CEST

  Hello Dan, thank you for reaching out. Your request has been handled.
  Kind regards, the Shop team

This email is a service from Shop Support. Delivered by Zendesk
[0ZK7PQ-R2M8]
"""),
    ('nl', 'telenet-mailbox-full', 'automated', (),
     """Return-Path: <>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4S2gHk0Lm5z9sVv
	for <privacy@shop.example.be>; Mon, 15 Jan 2024 14:22:09 +0100 (CET)
Date: Mon, 15 Jan 2024 14:22:07 +0100 (CET)
From: MAILER-DAEMON@telenet-ops.be (Mail Delivery System)
Subject: Onbestelbaar bericht / Message non remis
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8C2A61401B4.1705324927/michel.telenet-ops.be"
Message-Id: <20240115132207.9D4F61401C2@michel.telenet-ops.be>

This is a MIME-encapsulated message.

--8C2A61401B4.1705324927/michel.telenet-ops.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dit is een automatisch bericht van het e-mailsysteem van Telenet.

Uw bericht kon niet worden afgeleverd bij onderstaande bestemmeling(en).
De mailbox van de bestemmeling is vol. De bestemmeling moet eerst
ruimte vrijmaken voor er nieuwe berichten kunnen binnenkomen.
Probeer het later nog eens.

Ce message est envoy=C3=A9 automatiquement par le syst=C3=A8me de messageri=
e de
Telenet. Votre message n'a pas pu =C3=AAtre d=C3=A9livr=C3=A9 : la bo=C3=AE=
te du
destinataire est pleine.

<jan.peeters.herent@telenet.be>: host mx.telenet-ops.be[195.130.132.48]
    said: 552 5.2.2 <jan.peeters.herent@telenet.be>: Mailbox full -
    quota exceeded (in reply to RCPT TO command)

--8C2A61401B4.1705324927/michel.telenet-ops.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; michel.telenet-ops.be
X-Postfix-Queue-ID: 8C2A61401B4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 15 Jan 2024 14:22:05 +0100 (CET)

Final-Recipient: rfc822; jan.peeters.herent@telenet.be
Original-Recipient: rfc822;jan.peeters.herent@telenet.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.telenet-ops.be
Diagnostic-Code: smtp; 552 5.2.2 <jan.peeters.herent@telenet.be>: Mailbox
    full - quota exceeded

--8C2A61401B4.1705324927/michel.telenet-ops.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Privacyteam Shop <privacy@shop.example.be>
To: Jan Peeters <jan.peeters.herent@telenet.be>
Subject: Re: verwijderen van mijn klantenaccount
Date: Mon, 15 Jan 2024 14:21:58 +0100
Message-ID: <5b7c2e10-88aa-4c1d-b2f0-0f5d3a9e7c61@shop.example.be>

--8C2A61401B4.1705324927/michel.telenet-ops.be--
"""),
    ('nl', 'freshdesk-avg-ack', 'automated', (),
     """Return-Path: <bounces+2219431-7c1e-privacy=shop.example.be@emails.freshdesk.com>
Received: from o2.emails.freshdesk.com (o2.emails.freshdesk.com [167.89.72.211])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4TqX3b0k2Vz9sVh
	for <privacy@shop.example.be>; Thu, 29 Feb 2024 10:05:44 +0100 (CET)
From: "Klikwijs Privacy" <privacy@klikwijs.nl>
Reply-To: privacy@klikwijs.freshdesk.com
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ticket_ontvangen_-_[#3471]_Verzoek_verwijdering_persoonsgegevens_klant?=
Date: Thu, 29 Feb 2024 09:05:41 +0000
Message-ID: <3471.a1b2c3d4e5f6@klikwijs.freshdesk.com>
In-Reply-To: <a0f2e6c1-5d3b-4e2f-8a7c-1b2c3d4e5f60@shop.example.be>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64
X-Mailer: Freshdesk
X-FD-Ticket-Id: 3471
Auto-Submitted: auto-replied
Precedence: bulk

PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTRweCI+
CjxwPkJlc3RlLDwvcD4KPHA+QmVkYW5rdCB2b29yIHV3IGJlcmljaHQgYWFuIGhldCBwcml2YWN5
dGVhbSB2YW4gS2xpa3dpanMgTWFya2V0aW5nIEIuVi48L3A+CjxwPldpaiBoZWJiZW4gdXcgdmVy
em9layBpbiBnb2VkZSBvcmRlIG9udHZhbmdlbiBlbiBnZXJlZ2lzdHJlZXJkIG9uZGVyIHRpY2tl
dG51bW1lciA8Yj4jMzQ3MTwvYj4uIFZlcnpvZWtlbiBvcCBncm9uZCB2YW4gZGUgQVZHIChpbnph
Z2UsIGNvcnJlY3RpZSwgdmVyd2lqZGVyaW5nLCBiZXBlcmtpbmcsIG92ZXJkcmFhZ2JhYXJoZWlk
IG9mIGJlendhYXIpIGhhbmRlbGVuIHdpaiBiaW5uZW4gw6nDqW4gbWFhbmQgbmEgb250dmFuZ3N0
IGFmLiBNb2dlbGlqayBuZW1lbiB3aWogY29udGFjdCBtZXQgdSBvcCBvbSBkZSBpZGVudGl0ZWl0
IHZhbiBkZSBiZXRyb2trZW5lIHRlIGNvbnRyb2xlcmVuLjwvcD4KPHA+VSBob2VmdCBuaWV0IG9w
IGRpdCBiZXJpY2h0IHRlIHJlYWdlcmVuLiBXaWx0IHUgaWV0cyB0b2V2b2VnZW4sIGJlYW50d29v
cmQgZGV6ZSBlLW1haWwgZGFuIHpvbmRlciBoZXQgb25kZXJ3ZXJwIHRlIHdpanppZ2VuLjwvcD4K
PHA+TWV0IHZyaWVuZGVsaWprZSBncm9ldCw8YnI+VGVhbSBQcml2YWN5ICZhbXA7IENvbXBsaWFu
Y2U8YnI+S2xpa3dpanMgTWFya2V0aW5nIEIuVi4gfCBVdHJlY2h0PC9wPgo8cCBzdHlsZT0iZm9u
dC1zaXplOjExcHg7Y29sb3I6Izg4OCI+RGl0IGlzIGVlbiBhdXRvbWF0aXNjaCBnZWdlbmVyZWVy
ZCBiZXJpY2h0LjwvcD4KPC9kaXY+Cg==
"""),
    ('nl', 'gemeente-autoreply', 'automated', (),
     """Received: from smtp.lokaalbestuur-kempen.be (smtp.lokaalbestuur-kempen.be [91.183.44.20])
	by mx1.shop.example.be (Postfix) with ESMTP id 4V0aT9p3Jwz9sW1
	for <privacy@shop.example.be>; Fri, 19 Apr 2024 08:31:12 +0200 (CEST)
From: Gemeente Westerlo - Onthaal <info@westerlo-gemeente.be>
To: privacy@shop.example.be
Subject: Automatisch antwoord: Inlichtingen i.v.m. verwerking van adresgegevens
Date: Fri, 19 Apr 2024 06:31:10 +0000
Message-ID: <c0d1e2f3a4b5@exch01.westerlo-gemeente.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Goeiedag,

Dit is een automatisch antwoord: uw e-mail is goed toegekomen bij het
gemeentebestuur. Wij bezorgen uw bericht aan de juiste dienst en
streven ernaar u binnen 10 werkdagen een antwoord te geven.

Dringend? Bel het onthaal op 014 00 00 00 (ma-vr 9-12 u).

Privacy: de gemeente verwerkt de persoonsgegevens in uw bericht
uitsluitend om uw vraag te behandelen, in overeenstemming met de
Algemene Verordening Gegevensbescherming (AVG). Voor inzage, verbetering
of verwijdering van uw gegevens kunt u terecht bij onze functionaris
voor gegevensbescherming via dpo@westerlo-gemeente.be. Lees meer in onze
privacyverklaring op www.westerlo-gemeente.be/privacy.

Met vriendelijke groeten
Het gemeentebestuur
"""),
    ('nl', 'vacation-privacy-disclaimer', 'automated', (),
     """Received: from mail-db8eur05on2071.outbound.protection.outlook.com ([40.107.20.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WxY0q1Pkmz9sVg
	for <privacy@shop.example.be>; Tue, 30 Jul 2024 13:17:56 +0200 (CEST)
From: Els Van den Broeck <els.vandenbroeck@tuinhuisgroep.be>
To: Privacy <privacy@shop.example.be>
Subject: Afwezig: bevestiging verwerking klantgegevens nieuwsbrief Q3
Date: Tue, 30 Jul 2024 11:17:54 +0000
Message-ID: <AS8PR05MB77F1D2E3@AS8PR05MB7721.eurprd05.prod.outlook.com>
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goeiedag,

Ik ben met vakantie tot en met maandag 19 augustus en lees mijn mails niet=
.
Voor dringende zaken kan je terecht bij Koen (koen.maes@tuinhuisgroep.be).

Groetjes,
Els

Els Van den Broeck
Data Protection Officer | Tuinhuis Groep NV
Industrieweg 14, 2250 Olen

Disclaimer: dit bericht en eventuele bijlagen kunnen vertrouwelijke inform=
atie en persoonsgegevens bevatten en zijn uitsluitend bestemd voor de geadr=
esseerde. Hebt u dit bericht per vergissing ontvangen, verwittig dan de afz=
ender en verwijder het bericht. Hoe wij met uw gegevens omgaan, leest u in =
onze privacyverklaring: www.tuinhuisgroep.be/privacy
"""),
    ('nl', 'person-access-with-ooo-signature', 'access', (),
     """Received: from mail-am6eur05on2110.outbound.protection.outlook.com ([40.107.22.110])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Y0pQ7b2Dsz9sW9
	for <privacy@shop.example.be>; Fri, 4 Oct 2024 08:12:40 +0200 (CEST)
From: "Goossens, Sofie" <sofie.goossens@vdb-advocaten.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: mijn gegevens
Thread-Topic: mijn gegevens
Date: Fri, 4 Oct 2024 06:12:37 +0000
Message-ID: <DB9PR0701MB6BC8A1E2F3@DB9PR0701MB6.eurprd07.prod.outlook.com>
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dag,

Ik heb sinds een paar jaar een klantenkaart bij jullie (op naam van Sofie G=
oossens, Mechelen) en krijg sindsdien behoorlijk gerichte aanbiedingen. Ik =
zou graag eens zwart op wit zien wat jullie allemaal over mij bijhouden: wel=
ke gegevens, waar jullie die vandaan hebben, met wie jullie ze delen en hoe =
lang jullie ze bewaren. Een kopie mag gewoon per mail.

Alvast bedankt,
Sofie Goossens

Sofie Goossens | Advocaat
VDB Advocaten - Frederik de Merodestraat 12, 2800 Mechelen
Op vrijdag ben ik niet op kantoor. / Out of office on Fridays.

Dit bericht is vertrouwelijk en kan persoonsgegevens bevatten. Indien u dit=
 bericht per vergissing ontving, gelieve de afzender te verwittigen en het =
bericht te verwijderen.
"""),
    ('fr', 'orange-bounce-with-original', 'automated', (),
     """Return-Path: <>
Received: from smtp-in.orange.fr (smtp-in.orange.fr [80.12.242.130])
	by mx1.shop.example.be (Postfix) with ESMTP id 4VdR2m8Tq3z9sVr
	for <privacy@shop.example.be>; Wed, 15 May 2024 17:08:52 +0200 (CEST)
Date: Wed, 15 May 2024 17:08:50 +0200 (CEST)
From: Mail Delivery Subsystem <MAILER-DAEMON@orange.fr>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Message_non_remis_=3A_Votre_demande_d=27acc=C3=A8s_=C3=A0_vos_?=
 =?UTF-8?Q?donn=C3=A9es_personnelles?=
Message-ID: <20240515150850.2A7C81C0008A@mwinf5d09.me-wanadoo.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_mwinf5d09_1715785730_7714"
Auto-Submitted: auto-replied (failure)

--=_mwinf5d09_1715785730_7714
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Ce message vous est envoy=C3=A9 automatiquement par le serveur de messageri=
e d'Orange.

Votre message n'a pas pu =C3=AAtre remis au(x) destinataire(s) suivant(s) :

    m.lefebvre59@orange.fr
    Motif : adresse inconnue ou bo=C3=AEte aux lettres d=C3=A9sactiv=C3=A9e=
 (550 5.1.1)

Cette erreur est d=C3=A9finitive : inutile de renvoyer le message =C3=A0 ce=
tte adresse.
V=C3=A9rifiez l'orthographe de l'adresse ou contactez le destinataire par u=
n autre moyen.

Le message d'origine est joint ci-dessous.

--
Orange - Service Messagerie

--=_mwinf5d09_1715785730_7714
Content-Type: message/delivery-status

Reporting-MTA: dns; mwinf5d09.me-wanadoo.net
Arrival-Date: Wed, 15 May 2024 17:08:49 +0200

Final-Recipient: rfc822; m.lefebvre59@orange.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <m.lefebvre59@orange.fr>: Recipient
 address rejected: User unknown in virtual mailbox table (OFR_416)

--=_mwinf5d09_1715785730_7714
Content-Type: message/rfc822

From: Vie privee Shop <privacy@shop.example.be>
To: m.lefebvre59@orange.fr
Subject: =?UTF-8?Q?Votre_demande_d=27acc=C3=A8s_=C3=A0_vos_donn=C3=A9es_personnelles?=
Date: Wed, 15 May 2024 17:08:45 +0200
Message-ID: <e3d2c1b0-a9f8-4e7d-8c6b-5a4f3e2d1c0b@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Madame,

Suite =C3=A0 votre demande du 2 mai, et conform=C3=A9ment =C3=A0 l'article =
15 du RGPD,
vous trouverez en pi=C3=A8ce jointe une copie des donn=C3=A9es personnelles=
 que nous
d=C3=A9tenons =C3=A0 votre sujet (compte client, commandes, carte de fid=C3=
=A9lit=C3=A9).

Bien cordialement,
L'=C3=A9quipe Vie priv=C3=A9e

--=_mwinf5d09_1715785730_7714--
"""),
    ('fr', 'znuny-rgpd-ack', 'automated', (),
     """Return-Path: <dpo@horizon-sante-mutuelle.fr>
Received: from otrs.horizon-sante-mutuelle.fr (otrs.horizon-sante-mutuelle.fr [51.75.12.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W0bQ1gK9pz9sVx
	for <privacy@shop.example.be>; Mon, 17 Jun 2024 10:14:27 +0200 (CEST)
From: "Protection des donnees - Mutuelle Horizon Sante" <dpo@horizon-sante-mutuelle.fr>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?[Ticket#2024061710000427]_Accus=E9_de_r=E9ception_=3A_RE=3A_D?=
 =?iso-8859-1?Q?emande_d=27effacement_-_adh=E9rent_transmis_par_partenaire?=
Date: Mon, 17 Jun 2024 10:14:25 +0200
Message-ID: <1718612065.491230.872214533@otrs.horizon-sante-mutuelle.fr>
In-Reply-To: <7d6c5b4a-3928-4f1e-a0b9-c8d7e6f5a4b3@shop.example.be>
References: <7d6c5b4a-3928-4f1e-a0b9-c8d7e6f5a4b3@shop.example.be>
X-Mailer: Znuny Mail Service (6.5.x)
X-Powered-By: Znuny (https://znuny.org/)
X-Loop: yes
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous accusons r=E9ception de votre courriel adress=E9 au D=E9l=E9gu=E9 =E0 =
la protection des donn=E9es de la Mutuelle Horizon Sant=E9.

Votre demande relative =E0 l'exercice des droits pr=E9vus aux articles 15 =
=E0 22 du R=E8glement g=E9n=E9ral sur la protection des donn=E9es (acc=E8s,=
 rectification, effacement, limitation, portabilit=E9, opposition) a =E9t=
=E9 enregistr=E9e sous la r=E9f=E9rence :

    Ticket#2024061710000427

Elle sera trait=E9e dans un d=E9lai d'un mois =E0 compter de sa r=E9ception=
. Ce d=E9lai peut =EAtre prolong=E9 de deux mois compte tenu de la complexi=
t=E9 ou du nombre de demandes ; vous en serez alors inform=E9(e).

Merci de rappeler cette r=E9f=E9rence dans l'objet de toute correspondance =
ult=E9rieure.

Ce message a =E9t=E9 g=E9n=E9r=E9 automatiquement, merci de ne pas y r=E9po=
ndre.

Le D=E9l=E9gu=E9 =E0 la protection des donn=E9es
Mutuelle Horizon Sant=E9 - 12 rue des Tanneurs - 69002 Lyon
"""),
    ('fr', 'greffe-tribunal-autoreply', 'automated', (),
     """Received: from mail.just.fgov.example (smtp-out2.justice-be.example [193.191.210.31])
	by mx1.shop.example.be (Postfix) with ESMTP id 4X2aWm7Vd8z9sVq
	for <privacy@shop.example.be>; Tue, 16 Jul 2024 09:03:31 +0200 (CEST)
From: "Greffe civil - Tribunal de premiere instance du Hainaut" <greffe.civil.mons@just.fgov.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBSw6lmLiAyNC8xMTQyL0EgLSBkZW1hbmRlIGRlIGNvcGll?=
Date: Tue, 16 Jul 2024 07:03:30 +0000
Message-ID: <6a7b8c9d0e1f@EXCHJUST03.just.fgov.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ceci est un message automatique.

Votre courriel a bien été reçu par le greffe civil. Il sera traité dans
l'ordre d'arrivée.

ATTENTION : l'envoi d'un courriel ne vaut pas dépôt de conclusions ni de
pièces. Les actes de procédure doivent être déposés via e-Deposit.

Pendant les vacances judiciaires (du 1er juillet au 31 août), le greffe
fonctionne avec un effectif réduit ; les délais de réponse peuvent être
plus longs.

Les données à caractère personnel contenues dans votre message sont
traitées par le SPF Justice conformément au Règlement (UE) 2016/679.
Pour toute question relative à vos données, contactez le délégué à la
protection des données : privacy@just.fgov.example

Le greffe
"""),
    ('fr', 'person-forwards-delay-new-address', 'correction', (),
     """Received: from mail-wr1-f52.google.com (mail-wr1-f52.google.com [209.85.221.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4X5Lq2rM0Nz9sW4
	for <privacy@shop.example.be>; Tue, 10 Sep 2024 08:55:02 +0200 (CEST)
MIME-Version: 1.0
From: Nadine Collard <nadine.collard.namur@gmail.com>
Date: Tue, 10 Sep 2024 08:54:49 +0200
Message-ID: <CAJx5T0kpQ2n8c_7wBv3ZrLh1Ue9sXm4YoA@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd=3A_Message_retard=C3=A9_=2F_Vertraagd_bericht?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je vous transf=C3=A8re ci-dessous le message d'erreur que j'ai re=C3=A7u : =
mon
adresse chez Skynet est en train d'=C3=AAtre ferm=C3=A9e (Proximus arr=C3=
=AAte ces
bo=C3=AEtes), c'est pour =C3=A7a que rien ne passe.

Pouvez-vous remplacer dans mon compte client (carte fid=C3=A9lit=C3=A9
2290 4471 8836) l'adresse nadine.collard@skynet.be par celle-ci :
nadine.collard.namur@gmail.com ? C'est =C3=A0 cette nouvelle adresse que je
veux recevoir mes factures et vos r=C3=A9ponses.

Merci d'avance,
Nadine Collard

---------- Forwarded message ---------
De : <MAILER-DAEMON@proximus.be>
Date: lun. 9 sept. 2024 =C3=A0 18:40
Subject: Message retard=C3=A9 / Vertraagd bericht
To: <nadine.collard@skynet.be>


Ceci est un avertissement uniquement. Vous n'avez pas besoin de renvoyer
votre message.

Votre message n'a pas encore pu =C3=AAtre distribu=C3=A9. Le serveur contin=
uera
d'essayer pendant 4 jours.

<privacy@shop.example.be>: temporary failure, retrying
"""),
    ('de', 't-online-mailbox-full', 'automated', (),
     """Return-Path: <>
Received: from mailout11.t-online.de (mailout11.t-online.de [194.25.134.85])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VlJ6k0m2Hz9sVd
	for <privacy@shop.example.be>; Thu, 23 May 2024 12:30:14 +0200 (CEST)
From: Mail Delivery System <MAILER-DAEMON@mailout11.t-online.de>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Date: Thu, 23 May 2024 12:30:12 +0200
Message-Id: <E1s8Jkr-0Ygh3K-00@mailout11.t-online.de>
X-Failed-Recipients: r.baumgaertner@t-online.de
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

|------------------------- Failed addresses follow: ---------------------|
 <r.baumgaertner@t-online.de> ... Postfach voll / mailbox full
|------------------------- Message text follows: ------------------------|

Dies ist eine automatisch erstellte Nachricht des Mailsystems der Telekom.

Ihre Nachricht konnte nicht zugestellt werden: Das Postfach des Empf=E4nger=
s hat
die maximale Speichergr=F6=DFe erreicht. Der Empf=E4nger muss zun=E4chst Na=
chrichten
l=F6schen. Bitte versuchen Sie es sp=E4ter erneut.

Received: from mx1.shop.example.be ([91.208.14.3]) by mailin51.aul.t-online=
.de
	with (TLSv1.3:TLS_AES_256_GCM_SHA384 encrypted)
	esmtp id 1s8Jkq-0YcL7y0; Thu, 23 May 2024 12:30:11 +0200
From: Datenschutz Shop <privacy@shop.example.be>
To: r.baumgaertner@t-online.de
Subject: Ihre Anfrage zur L=F6schung Ihres Kundenkontos
Date: Thu, 23 May 2024 12:30:05 +0200
"""),
    ('de', 'webde-greylist-delay', 'automated', (),
     """Return-Path: <>
Received: from mout-xforward.web.de (mout-xforward.web.de [82.165.159.2])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4X8Hw0sQc4z9sVb
	for <privacy@shop.example.be>; Sat, 12 Oct 2024 21:19:40 +0200 (CEST)
From: "Mail Delivery System" <mailer-daemon@web.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Warnung=3A_Nachricht_noch_nicht_zugestellt_/_Delivery_delayed?=
Date: Sat, 12 Oct 2024 21:19:38 +0200
Message-ID: <0MT7QZ-1tB2xY3nSg-00Rx9p@mrelay.web.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="----=_DSN_warn_7781"

------=_DSN_warn_7781
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erstellte Warnung. Sie müssen Ihre Nachricht
NICHT erneut senden.

Ihre Nachricht an

    k.hoffmann-ulm@web.de

konnte bisher nicht zugestellt werden. Der empfangende Server hat die
Annahme vorübergehend abgelehnt (Greylisting). Unser System versucht es
weiterhin und gibt erst nach 5 Tagen auf. Sollte die Zustellung bis dahin
nicht gelingen, erhalten Sie eine weitere Nachricht.

Betreff der Nachricht: Auskunft nach Art. 15 DSGVO - Ihre gespeicherten Daten

---

This is a warning only. You do not need to resend your message.
Delivery to k.hoffmann-ulm@web.de has been delayed (451 4.7.1 greylisted,
try again later). We will keep trying for 5 days.

------=_DSN_warn_7781
Content-Type: message/delivery-status

Reporting-MTA: dns; mrelay.web.de

Final-Recipient: rfc822; k.hoffmann-ulm@web.de
Action: delayed
Status: 4.7.1
Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later
Will-Retry-Until: Thu, 17 Oct 2024 21:02:10 +0200

------=_DSN_warn_7781--
"""),
    ('de', 'jira-sm-dsgvo-ack', 'automated', (),
     """Return-Path: <jira@gartenwerk-direkt.atlassian.net>
Received: from outbound-us-east.mail-us.atlassian.net (outbound-us-east.mail-us.atlassian.net [104.192.142.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WFf2c7B9Vz9sVy
	for <privacy@shop.example.be>; Wed, 26 Jun 2024 15:47:03 +0200 (CEST)
From: "Datenschutz Gartenwerk (Jira)" <jira@gartenwerk-direkt.atlassian.net>
To: privacy@shop.example.be
Reply-To: datenschutz@gartenwerk-direkt.de
Message-ID: <JIRA.88231.1719409621000.1201.1719409623117@Atlassian.JIRA>
In-Reply-To: <2f1e0d9c-8b7a-4655-b4c3-a2b1c0d9e8f7@shop.example.be>
Subject: [JIRA] (DSR-1843) =?UTF-8?Q?L=C3=B6schung_personenbezogener_Daten_?=
 =?UTF-8?Q?-_Kundin_aus_Belgien?=
Date: Wed, 26 Jun 2024 13:47:03 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2287144_1203398111.1719409623115"
X-JIRA-FingerPrint: 5a8c3e0e9f2a4d1b8c7e6f5a4b3c2d1e
Auto-Submitted: auto-generated
Precedence: bulk

------=_Part_2287144_1203398111.1719409623115
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

4oCULeKAlC3igJQt4oCUCkFudHdvcnRlbiBTaWUgw7xiZXIgZGllc2VyIFplaWxlLgoKSWhyZSBB
bmZyYWdlIERTUi0xODQzIHd1cmRlIGVyc3RlbGx0CgpIYWxsbyBTaG9wIERhdGVuc2NodXR6LAoK
dmllbGVuIERhbmsgZsO8ciBJaHJlIE5hY2hyaWNodCBhbiBkYXMgRGF0ZW5zY2h1dHp0ZWFtIGRl
ciBHYXJ0ZW53ZXJrIERpcmVrdCBHbWJILiBXaXIgaGFiZW4gSWhyIEFubGllZ2VuIChMw7ZzY2h1
bmcgcGVyc29uZW5iZXpvZ2VuZXIgRGF0ZW4gZ2Vtw6TDnyBBcnQuIDE3IERTR1ZPLCB3ZWl0ZXJn
ZWxlaXRldCBhbHMgVmVyYW50d29ydGxpY2hlciBuYWNoIEFydC4gMTkgRFNHVk8pIHVudGVyIGRl
ciBWb3JnYW5nc251bW1lciBEU1ItMTg0MyBlcmZhc3N0LgoKV2lyIHByw7xmZW4gZGllIEFuZnJh
Z2UgdW5kIG1lbGRlbiB1bnMgaW5uZXJoYWxiIGRlciBnZXNldHpsaWNoZW4gRnJpc3Qgdm9uIGVp
bmVtIE1vbmF0LgoKQW5mcmFnZSBhbnplaWdlbiDCtyBCZW5hY2hyaWNodGlndW5nZW4gZGVha3Rp
dmllcmVuCgpEaWVzZSBOYWNocmljaHQgd3VyZGUgdm9uIEppcmEgU2VydmljZSBNYW5hZ2VtZW50
IGdlc2VuZGV0Lgo=

------=_Part_2287144_1203398111.1719409623115
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGRpdiBzdHlsZT0iY29sb3I6Izk5OSI+4oCULeKAlC3igJQt4oCUPGJyPkFu
dHdvcnRlbiBTaWUgw7xiZXIgZGllc2VyIFplaWxlLjwvZGl2PjxoMz5JaHJlIEFuZnJhZ2UgRFNS
LTE4NDMgd3VyZGUgZXJzdGVsbHQ8L2gzPjxwPkhhbGxvIFNob3AgRGF0ZW5zY2h1dHosPC9wPjxw
PnZpZWxlbiBEYW5rIGbDvHIgSWhyZSBOYWNocmljaHQgYW4gZGFzIERhdGVuc2NodXR6dGVhbSBk
ZXIgR2FydGVud2VyayBEaXJla3QgR21iSC4gV2lyIGhhYmVuIElociBBbmxpZWdlbiAoTMO2c2No
dW5nIHBlcnNvbmVuYmV6b2dlbmVyIERhdGVuIGdlbcOkw58gQXJ0LiAxNyBEU0dWTywgd2VpdGVy
Z2VsZWl0ZXQgYWxzIFZlcmFudHdvcnRsaWNoZXIgbmFjaCBBcnQuIDE5IERTR1ZPKSB1bnRlciBk
ZXIgVm9yZ2FuZ3NudW1tZXIgRFNSLTE4NDMgZXJmYXNzdC48L3A+PHA+V2lyIHByw7xmZW4gZGll
IEFuZnJhZ2UgdW5kIG1lbGRlbiB1bnMgaW5uZXJoYWxiIGRlciBnZXNldHpsaWNoZW4gRnJpc3Qg
dm9uIGVpbmVtIE1vbmF0LjwvcD48cD48YSBocmVmPSJodHRwczovL2dhcnRlbndlcmstZGlyZWt0
LmF0bGFzc2lhbi5uZXQvc2VydmljZWRlc2svY3VzdG9tZXIvcG9ydGFsLzMvRFNSLTE4NDMiPkFu
ZnJhZ2UgYW56ZWlnZW48L2E+IMK3IDxhIGhyZWY9Imh0dHBzOi8vZ2FydGVud2Vyay1kaXJla3Qu
YXRsYXNzaWFuLm5ldC9zZXJ2aWNlZGVzay9jdXN0b21lci9wb3J0YWwvMy9EU1ItMTg0My91bnN1
YnNjcmliZSI+QmVuYWNocmljaHRpZ3VuZ2VuIGRlYWt0aXZpZXJlbjwvYT48L3A+PHAgc3R5bGU9
ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM5OTkiPkRpZXNlIE5hY2hyaWNodCB3dXJkZSB2b24gSmly
YSBTZXJ2aWNlIE1hbmFnZW1lbnQgZ2VzZW5kZXQuPC9wPjwvYm9keT48L2h0bWw+Cg==

------=_Part_2287144_1203398111.1719409623115--
"""),
    ('de', 'left-company-autoreply', 'automated', (),
     """Received: from mail.gartenwelt-versand.de (mail.gartenwelt-versand.de [212.227.44.19])
	by mx1.shop.example.be (Postfix) with ESMTP id 4VbP3n5Xr2z9sWm
	for <privacy@shop.example.be>; Thu, 2 May 2024 09:26:17 +0200 (CEST)
Date: Thu, 2 May 2024 09:26:15 +0200
From: Matthias Krueger <m.krueger@gartenwelt-versand.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Abwesenheitsnotiz=3A_AW=3A_Auftragsverarbeitungsvertrag_?=
 =?UTF-8?Q?=E2=80=93_R=C3=BCckmeldung?=
Message-ID: <autoreply-4471-1714634775@mail.gartenwelt-versand.de>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

Herr Dr. Matthias Krüger ist seit dem 1. April 2024 nicht mehr für die
Gartenwelt Versand GmbH tätig. Ihre E-Mail wird weder gelesen noch
weitergeleitet.

In Datenschutzangelegenheiten (Auftragsverarbeitung, Betroffenenanfragen,
Auskunfts- oder Löschersuchen) wenden Sie sich bitte an unseren
Datenschutzbeauftragten: datenschutz@gartenwelt-versand.de

Für alle anderen Anliegen: info@gartenwelt-versand.de

Aus Datenschutzgründen wird dieses Postfach zum 30.06.2024 gelöscht.

Mit freundlichen Grüßen
Gartenwelt Versand GmbH
"""),
    ('de', 'domino-delivery-failure', 'automated', (),
     """Return-Path: <>
Received: from notes01.baumarkt-nord.de (notes01.baumarkt-nord.de [80.147.12.66])
	by mx1.shop.example.be (Postfix) with ESMTP id 4TzN7q2Cf5z9sVk
	for <privacy@shop.example.be>; Tue, 5 Mar 2024 11:51:30 +0100 (CET)
Subject: =?ISO-8859-1?Q?ZUSTELLUNGSFEHLER=3A_Benutzer_k=2Eschwarz=40baumarkt-nord=2Ede_?=
 =?ISO-8859-1?Q?ist_nicht_im_Domino-Verzeichnis_aufgef=FChrt?=
To: privacy@shop.example.be
From: Postmaster@baumarkt-nord.de
Date: Tue, 5 Mar 2024 11:51:29 +0100
Message-ID: <OFA3B2C1D0.E9F8A7B6-ONC1258AE4.00411C2B@LocalDomain>
X-MIMETrack: Serialize by Router on NOTES01/BAUMARKT-NORD(Release 12.0.2FP2|August 09, 2023) at
 05.03.2024 11:51:29
X-Mailer: HCL Domino Release 12.0.2FP2 August 09, 2023
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_mixed 00411C2BC1258AE4_="

--=_mixed 00411C2BC1258AE4_=
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihr Dokument:	WG: Widerspruch Werbung - Kundennr. 400118 weitergeleitet
wurde nicht =FCbermittelt an:	k.schwarz@baumarkt-nord.de
weil:	Benutzer k.schwarz@baumarkt-nord.de ist nicht im Domino-Verzeichnis a=
ufgef=FChrt

Dieser Bericht wurde vom Mailrouter automatisch erstellt.

--=_mixed 00411C2BC1258AE4_=
Content-Type: message/delivery-status

Reporting-MTA: dns;NOTES01.baumarkt-nord.de
Arrival-Date: Tue, 5 Mar 2024 11:51:29 +0100

Final-Recipient: rfc822;k.schwarz@baumarkt-nord.de
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Notes; User k.schwarz@baumarkt-nord.de not listed in Domino Directory

--=_mixed 00411C2BC1258AE4_=--
"""),
    ('de', 'person-replies-to-autoreply-unsubscribe', 'withdraw_consent', (),
     """Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4WbT0m9Hx6z9sVp
	for <privacy@shop.example.be>; Mon, 29 Jul 2024 19:03:11 +0200 (CEST)
From: "Brigitte Sauer" <brigitte.sauer@gmx.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?AW=3A_Automatische_Antwort=3A_Ihre_Sommerangebote_-_bis_z?=
 =?utf-8?q?u_40_=25_auf_Gartenm=C3=B6bel?=
Date: Mon, 29 Jul 2024 19:03:07 +0200
Message-ID: <trinity-5e1a2b3c-7d8e-4f90-a1b2-c3d4e5f60718-1722272587@3c-app-gmx-bs42>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Mailer: GMX.DE Webmail

Guten Abend,

ich hatte direkt auf Ihren Newsletter geantwortet und nur die
automatische Antwort unten bekommen, die mich an diese Adresse verweist.
Also hier:

Ich möchte Ihren Newsletter und überhaupt keine Werbemails mehr von Ihnen
bekommen, meine Einwilligung dafür ziehe ich zurück. Der Abmeldelink in
der Mail führt bei mir nur auf eine leere Seite.

Adresse: brigitte.sauer@gmx.de

B. Sauer

Gesendet: Montag, 29. Juli 2024 um 18:40 Uhr
Von: "Shop Newsletter" <noreply@shop.example.be>
An: brigitte.sauer@gmx.de
Betreff: Automatische Antwort: Ihre Sommerangebote - bis zu 40 % auf Gartenmöbel

> Dies ist eine automatische Antwort. Dieses Postfach wird nicht gelesen.
> Fragen zu Bestellungen: service@shop.example.be
> Fragen zum Datenschutz: privacy@shop.example.be
"""),
    ('es', 'salesforce-case-ack', 'automated', (),
     """Return-Path: <noreply=energiaclara.es__3ab4c5d6e7f8@n8a1b2c3d4e5f6g.bnc.salesforce.com>
Received: from smtp10-ia4-sp3.mta.salesforce.com (smtp10-ia4-sp3.mta.salesforce.com [13.110.74.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VD1n6hQ5wz9sVf
	for <privacy@shop.example.be>; Mon, 8 Apr 2024 12:40:21 +0200 (CEST)
Date: Mon, 8 Apr 2024 10:40:19 +0000 (GMT)
From: =?UTF-8?Q?Protecci=C3=B3n_de_Datos_-_Energ=C3=ADa_Clara?= <noreply@energiaclara.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <8Hk2P000000000000000000000000000000000000000000000SBMQ7X00Tr1tGq2cRo2hX9k3p0Fz6w@sfdc.net>
Subject: =?UTF-8?Q?Caso_00874512=3A_Hemos_recibido_su_solicitud_=5Bref=3A=5F00D5800000?=
 =?UTF-8?Q?a1Bc=2E=5F5007R00001xYz9Q=3Aref=5D?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-SFDC-LK: 00D5800000a1Bc
X-SFDC-User: 0055800000AbCdE
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-EmailCategory: apiSingleMail
X-SFDC-Interface: internal

Estimado/a cliente:

Le confirmamos que hemos recibido su solicitud en materia de protecci=C3=B3=
n de datos personales.

N=C3=BAmero de caso: 00874512
Tipo: Ejercicio de derechos RGPD / LOPDGDD (acceso, rectificaci=C3=B3n, sup=
resi=C3=B3n, oposici=C3=B3n, limitaci=C3=B3n, portabilidad)
Fecha de entrada: 08/04/2024

Nuestro equipo de Privacidad la atender=C3=A1 en el plazo m=C3=A1ximo de un=
 mes desde su recepci=C3=B3n. Si fuera necesario acreditar la identidad del=
 interesado, nos pondremos en contacto con usted.

Por favor, no responda a este mensaje: esta direcci=C3=B3n no admite correo=
s entrantes. Para cualquier consulta relacionada con este caso indique siem=
pre el n=C3=BAmero de caso.

Atentamente,
Departamento de Protecci=C3=B3n de Datos
Energ=C3=ADa Clara Comercializadora, S.L.

ref:_00D5800000a1Bc._5007R00001xYz9Q:ref
"""),
    ('es', 'zimbra-over-quota', 'automated', (),
     """Return-Path: <>
Received: from correo.cooperativa-hortelana.es (correo.cooperativa-hortelana.es [185.47.129.66])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WnV8q1Lk2z9sVc
	for <privacy@shop.example.be>; Fri, 9 Aug 2024 16:12:55 +0200 (CEST)
Date: Fri, 9 Aug 2024 16:12:54 +0200 (CEST)
From: MAILER-DAEMON@correo.cooperativa-hortelana.es (Sistema de correo)
Subject: Mensaje no entregado: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C3E2A0C41.1723212774/correo.cooperativa-hortelana.es"
Message-Id: <20240809141254.6B7F2A0C52@correo.cooperativa-hortelana.es>

--5C3E2A0C41.1723212774/correo.cooperativa-hortelana.es
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Este es el sistema de correo de correo.cooperativa-hortelana.es.

No ha sido posible entregar su mensaje a uno o más destinatarios.
El buzón del destinatario ha superado su cuota de almacenamiento.
El mensaje original se adjunta a continuación.

Si necesita ayuda, contacte con postmaster@cooperativa-hortelana.es.
Puede eliminar el texto de diagnóstico que aparece abajo.

                   El sistema de correo

<lucia.ortega@cooperativa-hortelana.es>: mailbox full: user quota exceeded
    (552 5.2.2 Over quota)

---

This is the mail system at host correo.cooperativa-hortelana.es.
I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

--5C3E2A0C41.1723212774/correo.cooperativa-hortelana.es
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; correo.cooperativa-hortelana.es
X-Postfix-Queue-ID: 5C3E2A0C41
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 9 Aug 2024 16:12:50 +0200 (CEST)

Final-Recipient: rfc822; lucia.ortega@cooperativa-hortelana.es
Action: failed
Status: 5.2.2
Diagnostic-Code: x-zimbra; 552 5.2.2 Over quota

--5C3E2A0C41.1723212774/correo.cooperativa-hortelana.es
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Privacidad Shop <privacy@shop.example.be>
To: lucia.ortega@cooperativa-hortelana.es
Subject: =?UTF-8?Q?Re=3A_Rectificaci=C3=B3n_de_sus_datos_de_cliente?=
Date: Fri, 9 Aug 2024 16:12:48 +0200
Message-ID: <4a3b2c1d-0e9f-48a7-b6c5-d4e3f2a1b0c9@shop.example.be>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimada Sra. Ortega:

Hemos actualizado la dirección de entrega de su cuenta tal como nos pidió.

Un saludo,
Equipo de Privacidad

--5C3E2A0C41.1723212774/correo.cooperativa-hortelana.es--
"""),
    ('it', 'libero-bounce-quota', 'automated', (),
     """Return-Path: <>
Received: from libero.it (smtp-31.iol.local [10.101.1.31])
	by mx1.shop.example.be (Postfix) with ESMTP id 4VqT1p3Xn6z9sVj
	for <privacy@shop.example.be>; Thu, 6 Jun 2024 08:44:03 +0200 (CEST)
From: "Libero Mail" <MAILER-DAEMON@libero.it>
To: privacy@shop.example.be
Subject: Messaggio non recapitato: Re: richiesta cancellazione account
Date: Thu, 6 Jun 2024 08:44:01 +0200
Message-ID: <dsn.1717656241.77412@smtp-31.iol.local>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R2VudGlsZSB1dGVudGUsCgppbCBtZXNzYWdnaW8gY2hlIGhhaSBpbnZpYXRvIG5vbiDDqCBzdGF0
byByZWNhcGl0YXRvIGFpIHNlZ3VlbnRpIGRlc3RpbmF0YXJpOgoKICBmcmFuY2VzY2EuZGVyb3Nz
aTc4QGxpYmVyby5pdAogIE1vdGl2bzogY2FzZWxsYSBkaSBwb3N0YSBwaWVuYSAvIG1haWxib3gg
ZnVsbAoKSWwgc2VydmVyIGNvbnRpbnVlcsOgIGEgTk9OIGFjY2V0dGFyZSBtZXNzYWdnaSBwZXIg
cXVlc3RvIGluZGlyaXp6byBmaW5jaMOpIGlsCmRlc3RpbmF0YXJpbyBub24gbGliZXJlcsOgIHNw
YXppby4gVGkgY29uc2lnbGlhbW8gZGkgcmlwcm92YXJlIHBpw7kgdGFyZGkgbyBkaQpjb250YXR0
YXJlIGlsIGRlc3RpbmF0YXJpbyBpbiBhbHRybyBtb2RvLgoKUXVlc3RvIMOoIHVuIG1lc3NhZ2dp
byBnZW5lcmF0byBhdXRvbWF0aWNhbWVudGUsIG5vbiByaXNwb25kZXJlLgpMaWJlcm8gTWFpbCAt
IEl0YWxpYW9ubGluZSBTLnAuQS4KCkRldHRhZ2xpIHRlY25pY2k6CjxmcmFuY2VzY2EuZGVyb3Nz
aTc4QGxpYmVyby5pdD46IDU1MiA1LjIuMiBxdW90YSBleGNlZWRlZAo=
"""),
    ('it', 'pec-rejects-plain-mail', 'automated', (),
     """Return-Path: <>
Received: from mx.pec.example-provider.it (mx04.pec.example-provider.it [62.149.158.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V0Rm8Fq7Tz9sVn
	for <privacy@shop.example.be>; Thu, 21 Mar 2024 10:15:42 +0100 (CET)
From: "Per conto di: protocollo.generale@pec.comune.sanvitale.it" <posta-certificata@pec.example-provider.it>
To: privacy@shop.example.be
Subject: AVVISO DI NON ACCETTAZIONE: Richiesta informazioni trattamento dati personali - fornitura arredi
Date: Thu, 21 Mar 2024 10:15:40 +0100
Message-ID: <opec210312.20240321101540.40233.11.1.62@pec.example-provider.it>
X-Ricevuta: non-accettazione
X-Trasporto: errore
X-Riferimento-Message-ID: <a9b8c7d6-e5f4-4321-8fed-cba987654321@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_PEC_53221_1711012540"

------=_Part_PEC_53221_1711012540
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

la casella protocollo.generale@pec.comune.sanvitale.it =C3=A8 una casella d=
i Posta Elettronica Certificata (PEC) abilitata a ricevere ESCLUSIVAMENTE m=
essaggi provenienti da altre caselle PEC.

Il suo messaggio del 21/03/2024 ore 10:15 con oggetto:
"Richiesta informazioni trattamento dati personali - fornitura arredi"
NON =C3=A8 stato accettato e non verr=C3=A0 protocollato.

Per comunicazioni da posta ordinaria utilizzare l'indirizzo protocollo@comu=
ne.sanvitale.it.

Informativa privacy: i dati personali contenuti nel messaggio sono trattati=
 ai sensi del Regolamento (UE) 2016/679. Responsabile della protezione dei =
dati: rpd@comune.sanvitale.it

Messaggio generato automaticamente dal sistema di protocollo informatico. N=
on rispondere.

------=_Part_PEC_53221_1711012540
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"
Content-Transfer-Encoding: base64

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJu
b24tYWNjZXR0YXppb25lIiBlcnJvcmU9ImFsdHJvIj4KICA8aW50ZXN0YXppb25lPgogICAgPG1p
dHRlbnRlPnByaXZhY3lAc2hvcC5leGFtcGxlLmJlPC9taXR0ZW50ZT4KICAgIDxkZXN0aW5hdGFy
aSB0aXBvPSJjZXJ0aWZpY2F0byI+cHJvdG9jb2xsby5nZW5lcmFsZUBwZWMuY29tdW5lLnNhbnZp
dGFsZS5pdDwvZGVzdGluYXRhcmk+CiAgICA8b2dnZXR0bz5SaWNoaWVzdGEgaW5mb3JtYXppb25p
IHRyYXR0YW1lbnRvIGRhdGkgcGVyc29uYWxpIC0gZm9ybml0dXJhIGFycmVkaTwvb2dnZXR0bz4K
ICA8L2ludGVzdGF6aW9uZT4KICA8ZGF0aT4KICAgIDxnZXN0b3JlLWVtaXR0ZW50ZT5FWEFNUExF
IFBFQyBTLnAuQS48L2dlc3RvcmUtZW1pdHRlbnRlPgogICAgPGRhdGEgem9uYT0iKzAxMDAiPjxn
aW9ybm8+MjEvMDMvMjAyNDwvZ2lvcm5vPjxvcmE+MTA6MTU6NDA8L29yYT48L2RhdGE+CiAgICA8
ZXJyb3JlLWVzdGVzbz5NZXNzYWdnaW8gcHJvdmVuaWVudGUgZGEgY2FzZWxsYSBub24gY2VydGlm
aWNhdGE8L2Vycm9yZS1lc3Rlc28+CiAgPC9kYXRpPgo8L3Bvc3RhY2VydD4K

------=_Part_PEC_53221_1711012540--
"""),
    ('it', 'ooo-privacy-disclaimer', 'automated', (),
     """Received: from smtp.vivaiferri.it (smtp.vivaiferri.it [93.62.151.10])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WsK2d0Pw8z9sVs
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 10:01:22 +0200 (CEST)
From: Giulia Ferri <g.ferri@vivaiferri.it>
To: privacy@shop.example.be
Subject: Risposta automatica: Accordo di contitolarita' - programma fedelta'
Date: Mon, 12 Aug 2024 08:01:20 +0000
Message-ID: <f0e1d2c3b4a5@VIVAI-EX01.vivaiferri.local>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Buongiorno,
sono fuori ufficio fino al 26 agosto con accesso limitato alla posta.
Per urgenze potete rivolgervi a Marco Bellini (m.bellini@vivaiferri.it).

Cordiali saluti
Giulia Ferri
Ufficio Privacy & Compliance - Vivai Ferri S.r.l.

------------------------------------------------------------------
Le informazioni contenute in questo messaggio e negli eventuali
allegati sono riservate e destinate esclusivamente al destinatario.
Se avete ricevuto questo messaggio per errore, vi preghiamo di
cancellarlo e di darne comunicazione al mittente. I dati personali
sono trattati ai sensi del Regolamento (UE) 2016/679 (GDPR) e del
D.Lgs. 196/2003. Per esercitare i diritti di cui agli artt. 15-22
GDPR (accesso, rettifica, cancellazione, opposizione...) scrivere a
privacy@vivaiferri.it.
"""),
    ('pt', 'servicenow-rgpd-ack', 'automated', (),
     """Return-Path: <lusomarket@service-now.com>
Received: from mx-ld4-sn1.service-now.com (mx-ld4-sn1.service-now.com [149.96.5.120])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VgD9c2Tm1z9sVe
	for <privacy@shop.example.be>; Tue, 21 May 2024 15:03:44 +0200 (CEST)
Date: Tue, 21 May 2024 06:03:41 -0700 (PDT)
From: =?UTF-8?Q?Prote=C3=A7=C3=A3o_de_Dados_Lusomarket?= <lusomarket@service-now.com>
Reply-To: lusomarket@service-now.com
To: privacy@shop.example.be
Message-ID: <1716296621234.81722.lusomarket@service-now.com>
Subject: =?UTF-8?Q?Pedido_PRV0048291_registado_=E2=80=93_Exerc=C3=ADcio_de_direitos?=
 =?UTF-8?Q?_de_prote=C3=A7=C3=A3o_de_dados?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_81722_1716296621"
X-ServiceNow-Source: Notification-4f2e9a1b1b3c2010a8f0e8a1b24bcb3a
X-ServiceNow-SysEmail-Version: 2
Precedence: bulk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

------=_Part_81722_1716296621
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Caro(a) Requerente,

Confirmamos a rece=C3=A7=C3=A3o do seu pedido de exerc=C3=ADcio de direitos=
 ao abrigo do Regulamento Geral sobre a Prote=C3=A7=C3=A3o de Dados (RGPD).

N=C3=BAmero do pedido: PRV0048291
Categoria: Apagamento de dados pessoais
Estado: Novo

O pedido ser=C3=A1 analisado pela equipa do Encarregado de Prote=C3=A7=C3=
=A3o de Dados e receber=C3=A1 uma resposta no prazo m=C3=A1ximo de 30 dias.=
 Caso seja necess=C3=A1rio confirmar a identidade do titular dos dados, ent=
raremos em contacto.

Pode acompanhar o estado do pedido no nosso portal de privacidade.

Esta mensagem foi gerada automaticamente. Por favor, n=C3=A3o responda.

Lusomarket Retalho, S.A.
Encarregado de Prote=C3=A7=C3=A3o de Dados

Ref:MSG2231456

------=_Part_81722_1716296621
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body>Caro(a) Requerente,</p><p>Confirmamos a rece=C3=A7=C3=A3o do se=
u pedido de exerc=C3=ADcio de direitos ao abrigo do Regulamento Geral sobre=
 a Prote=C3=A7=C3=A3o de Dados (RGPD).</p><p>N=C3=BAmero do pedido: PRV0048=
291<br>Categoria: Apagamento de dados pessoais<br>Estado: Novo</p><p>O pedi=
do ser=C3=A1 analisado pela equipa do Encarregado de Prote=C3=A7=C3=A3o de =
Dados e receber=C3=A1 uma resposta no prazo m=C3=A1ximo de 30 dias. Caso se=
ja necess=C3=A1rio confirmar a identidade do titular dos dados, entraremos =
em contacto.</p><p>Pode acompanhar o estado do pedido no nosso portal de pr=
ivacidade.</p><p>Esta mensagem foi gerada automaticamente. Por favor, n=C3=
=A3o responda.</p><p>Lusomarket Retalho, S.A.<br>Encarregado de Prote=C3=A7=
=C3=A3o de Dados</p><p>Ref:MSG2231456<br><div style=3D"display:inline">&nbs=
p;</div></body></html>

------=_Part_81722_1716296621--
"""),
    ('pt', 'exchange-ndr-pt', 'automated', (),
     """Received: from VI1PR08MB3390.eurprd08.prod.outlook.com (2603:10a6:803:7d::12)
 by VI1PR08MB3390.eurprd08.prod.outlook.com with Microsoft SMTP Server; Wed, 3 Jul 2024 14:20:12 +0000
MIME-Version: 1.0
From: <postmaster@construtoravale.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 3 Jul 2024 14:20:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <7a8b9c0d-1e2f-4a3b-b4c5-d6e7f8091a2b@VI1PR08MB3390.eurprd08.prod.outlook.com>
Subject: =?utf-8?B?TsOjbyDDqSBwb3Nzw612ZWwgZW50cmVnYXI6IFBvcnRhYmlsaWRhZGUgZG9zIHNldXMgZGFkb3MgLSBmaWNoZWlybyBDU1YgZW0gYW5leG8=?=
Auto-Submitted: auto-replied

--e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TsOjbyBmb2kgcG9zc8OtdmVsIGVudHJlZ2FyIGEgc3VhIG1lbnNhZ2VtIGEgZXN0ZXMgZGVzdGlu
YXTDoXJpb3Mgb3UgZ3J1cG9zOgoKam9hby5tLnBpcmVzQGNvbnN0cnV0b3JhLXZhbGUucHQKTyBl
bmRlcmXDp28gZGUgZS1tYWlsIHF1ZSBpbnRyb2R1eml1IG7Do28gZm9pIGVuY29udHJhZG8uIFZl
cmlmaXF1ZSBvIGVuZGVyZcOnbyBkZSBlLW1haWwgZG8gZGVzdGluYXTDoXJpbyBlIHRlbnRlIHJl
ZW52aWFyIGEgbWVuc2FnZW0uIFNlIG8gcHJvYmxlbWEgY29udGludWFyLCBjb250YWN0ZSBvIHNl
dSBzdXBvcnRlIHTDqWNuaWNvLgoKCkluZm9ybWHDp8O1ZXMgZGUgZGlhZ27Ds3N0aWNvIHBhcmEg
YWRtaW5pc3RyYWRvcmVzOgoKU2Vydmlkb3IgZGUgb3JpZ2VtOiBWSTFQUjA4TUIzMzkwLmV1cnBy
ZDA4LnByb2Qub3V0bG9vay5jb20KCmpvYW8ubS5waXJlc0Bjb25zdHJ1dG9yYS12YWxlLnB0ClJl
bW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5v
dEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAnCgpDYWJl
w6dhbGhvcyBkYSBtZW5zYWdlbSBvcmlnaW5hbDoKCkZyb206IFByaXZhY2lkYWRlIFNob3AgPHBy
aXZhY3lAc2hvcC5leGFtcGxlLmJlPgpUbzogam9hby5tLnBpcmVzQGNvbnN0cnV0b3JhLXZhbGUu
cHQKU3ViamVjdDogUG9ydGFiaWxpZGFkZSBkb3Mgc2V1cyBkYWRvcyAtIGZpY2hlaXJvIENTViBl
bSBhbmV4bwpEYXRlOiBXZWQsIDMgSnVsIDIwMjQgMTQ6MjA6MDkgKzAwMDAK

--e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB3390.eurprd08.prod.outlook.com
Received-From-MTA: dns;shop.example.be
Arrival-Date: Wed, 3 Jul 2024 14:20:09 +0000

Final-Recipient: rfc822;joao.m.pires@construtora-vale.pt
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--e1f2a3b4-c5d6-4e7f-8091-a2b3c4d5e6f7--
"""),
    ('pl', 'wp-pl-mailbox-full', 'automated', (),
     """Return-Path: <>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4TwG1q8Bf3z9sVt
	for <privacy@shop.example.be>; Thu, 14 Mar 2024 11:02:37 +0100 (CET)
From: "Poczta WP" <MAILER-DAEMON@wp.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Wiadomo=B6=E6_niedostarczona_/_Undelivered_Mail?=
Date: Thu, 14 Mar 2024 11:02:35 +0100
Message-ID: <dsn-18337201.1710410555@mx.wp.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Przykro nam, ale Twoja wiadomo=B6=E6 nie mog=B3a zosta=E6 dostarczona do
nast=EApuj=B1cych odbiorc=F3w:

  anna.kowalczyk87@wp.pl

Pow=F3d: skrzynka odbiorcy jest pe=B3na (przekroczony limit miejsca).
Odbiorca musi usun=B1=E6 cz=EA=B6=E6 wiadomo=B6ci, zanim b=EAdzie m=F3g=B3 =
odbiera=E6 nowe.

Temat wiadomo=B6ci: Odp: Pro=B6ba o sprostowanie danych w koncie klienta
Data wys=B3ania: 14.03.2024 11:02

Wiadomo=B6=E6 wygenerowana automatycznie przez system Poczty WP.
Prosimy na ni=B1 nie odpowiada=E6.

-- Szczeg=F3=B3y techniczne --
Remote-MTA: dns; mx.wp.pl
Diagnostic-Code: smtp; 552 5.2.2 Mailbox over quota
"""),
    ('pl', 'onet-delivery-delayed', 'automated', (),
     """Return-Path: <>
Received: from smtpo.poczta.onet.pl (smtpo.poczta.onet.pl [213.180.149.245])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4X0mS2kV7fz9sVu
	for <privacy@shop.example.be>; Sat, 31 Aug 2024 02:14:09 +0200 (CEST)
From: Mail Delivery System <MAILER-DAEMON@poczta.onet.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?B?T3DDs8W6bmllbmllIHcgZG9yxJljemVuaXUgd2lhZG9tb8WbY2k=?=
Date: Sat, 31 Aug 2024 02:14:07 +0200
Message-ID: <20240831001407.4C1E8180045@smtpo.poczta.onet.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="4C1E8180045.1725063247/smtpo.poczta.onet.pl"

--4C1E8180045.1725063247/smtpo.poczta.onet.pl
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

To jest tylko ostrzeżenie. NIE musisz ponownie wysyłać wiadomości.

Wiadomość wysłana z adresu privacy@shop.example.be do:

   t.zielinski@onet.pl

nie została jeszcze doręczona. Serwer odbiorcy chwilowo nie przyjmuje
poczty. Będziemy ponawiać próby doręczenia przez 5 dni. Jeśli się nie
uda, otrzymasz kolejne powiadomienie.

Temat: Odpowiedź na Pana żądanie dotyczące danych osobowych (RODO)

Onet Poczta - automatyczny system powiadomień

--4C1E8180045.1725063247/smtpo.poczta.onet.pl
Content-Type: message/delivery-status

Reporting-MTA: dns; smtpo.poczta.onet.pl
Arrival-Date: Fri, 30 Aug 2024 22:10:51 +0200 (CEST)

Final-Recipient: rfc822; t.zielinski@onet.pl
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.poczta.onet.pl[213.180.147.146]:25: Connection timed out
Will-Retry-Until: Wed, 4 Sep 2024 22:10:51 +0200 (CEST)

--4C1E8180045.1725063247/smtpo.poczta.onet.pl--
"""),
    ('pl', 'iod-auto-ack', 'automated', (),
     """Received: from mail.ogrodymazowsza.pl (mail.ogrodymazowsza.pl [46.242.130.77])
	by mx1.shop.example.be (Postfix) with ESMTP id 4Vm3P8x1Qbz9sVw
	for <privacy@shop.example.be>; Tue, 28 May 2024 09:20:45 +0200 (CEST)
From: Inspektor Ochrony Danych <iod@ogrodymazowsza.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?q?Potwierdzenie_otrzymania_wiadomo=B6ci_-_Re=3A_=AF=B1?=
 =?iso-8859-2?q?danie_usuni=EAcia_danych_klienta_przekazane_przez_partnera?=
Date: Tue, 28 May 2024 09:20:43 +0200
Message-ID: <auto.1716880843.2291@mail.ogrodymazowsza.pl>
X-Autoreply: yes
Auto-Submitted: auto-replied
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: base64

RHppZfEgZG9icnksCgpkemnqa3VqZW15IHphIHdpYWRvbW+25iBza2llcm93YW6xIGRvIEluc3Bl
a3RvcmEgT2Nocm9ueSBEYW55Y2ggc3Dzs2tpIE9ncm9keSBNYXpvd3N6YSBzcC4geiBvLm8uIFBv
dHdpZXJkemFteSBqZWogb3RyenltYW5pZS4KClduaW9za2kgZG90eWN6sWNlIHByYXcgb3PzYiwg
a3TzcnljaCBkYW5lIGRvdHljerEgKGRvc3TqcCBkbyBkYW55Y2gsIHNwcm9zdG93YW5pZSwgdXN1
bmnqY2llLCBvZ3JhbmljemVuaWUgcHJ6ZXR3YXJ6YW5pYSwgcHJ6ZW5vc3plbmllIGRhbnljaCwg
c3ByemVjaXcpLCByb3pwYXRydWplbXkgYmV6IHpi6mRuZWogenezb2tpLCBuaWUgcPO8bmllaiBu
ab8gdyB0ZXJtaW5pZSBtaWVzabFjYSBvZCBkbmlhIG90cnp5bWFuaWEgLSB6Z29kbmllIHogYXJ0
LiAxMiB1c3QuIDMgUk9ETy4KCldpYWRvbW+25iB6b3N0YbNhIHd5Z2VuZXJvd2FuYSBhdXRvbWF0
eWN6bmllLCBwcm9zaW15IG5hIG5psSBuaWUgb2Rwb3dpYWRh5i4KCkluc3Bla3RvciBPY2hyb255
IERhbnljaApPZ3JvZHkgTWF6b3dzemEgc3AuIHogby5vLgp1bC4gU2Fkb3dhIDgsIDA1LTUwMCBQ
aWFzZWN6bm8K
"""),
    ('pl', 'person-resends-bounced-deletion', 'deletion', (),
     """Received: from smtpo58.interia.pl (smtpo58.interia.pl [217.74.67.58])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4XX3r9Qk1Jz9sVa
	for <privacy@shop.example.be>; Mon, 21 Oct 2024 20:44:18 +0200 (CEST)
Message-ID: <6a1f3c2e-9b8d-4f7a-8e6c-5d4b3a2f1e0d@interia.pl>
Date: Mon, 21 Oct 2024 20:44:12 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: pl
To: privacy@shop.example.be
From: =?utf-8?q?Marek_Wi=C5=9Bniewski?= <marek.wisniewski.krk@interia.pl>
Subject: =?UTF-8?Q?Fwd=3A_Undelivered_Mail_Returned_to_Sender?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

moja wcześniejsza wiadomość wróciła z błędem (chyba literówka w adresie),
więc wysyłam jeszcze raz:

Proszę o usunięcie mojego konta w Państwa sklepie oraz wszystkich danych,
które Państwo o mnie przechowują (konto założone na adres
marek.wisniewski.krk@interia.pl). Nie chcę mieć u Państwa żadnego konta.

Pozdrawiam
Marek Wiśniewski


-------- Wiadomość przekazana --------
Temat: 	Undelivered Mail Returned to Sender
Data: 	Mon, 21 Oct 2024 20:31:02 +0200 (CEST)
Od: 	Mail Delivery System <MAILER-DAEMON@interia.pl>
Do: 	marek.wisniewski.krk@interia.pl

This is the mail system at host poczta.interia.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<privacy@shop.exmaple.be>: Host or domain name not found. Name service error
    for name=shop.exmaple.be type=A: Host not found

-------- Original Message --------
Temat: usunięcie konta
Do: privacy@shop.exmaple.be

Proszę o usunięcie mojego konta i wszystkich moich danych.
Marek Wiśniewski
"""),
    ('cs', 'seznam-mailbox-full', 'automated', (),
     """Return-Path: <>
Received: from mxb-2.seznam.cz (mxb-2.seznam.cz [77.75.78.82])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VFm7z2Cw5z9sVr
	for <privacy@shop.example.be>; Thu, 11 Apr 2024 15:47:21 +0200 (CEST)
From: Email.cz <mailer-daemon@email.seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?TmVkb3J1xI1pdGVsbsOhIHpwcsOhdmE6IFJlOiDFvcOhZG9zdCBvIGtv?=
 =?utf-8?b?cGlpIG9zb2Juw61jaCDDumRhasWv?=
Date: Thu, 11 Apr 2024 15:47:19 +0200
Message-Id: <bounce.8d41c2.1712843239@email.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=8Dit n=C3=A1sleduj=C3=ADc=
=C3=ADm p=C5=99=C3=ADjemc=C5=AFm:

    pavel.novotny72@seznam.cz
    D=C5=AFvod: schr=C3=A1nka p=C5=99=C3=ADjemce je pln=C3=A1.

P=C5=99=C3=ADjemce si mus=C3=AD uvolnit m=C3=ADsto ve schr=C3=A1nce. Zkuste=
 zpr=C3=A1vu odeslat pozd=C4=9Bji.

P=C5=99edm=C4=9Bt: Re: =C5=BD=C3=A1dost o kopii osobn=C3=ADch =C3=BAdaj=C5=
=AF
Odesl=C3=A1no: 11. 4. 2024 15:47

Tato zpr=C3=A1va byla vygenerov=C3=A1na automaticky syst=C3=A9mem Email.cz =
/ Seznam.cz.
Na tuto zpr=C3=A1vu neodpov=C3=ADdejte.

---------------------------------------------------------------
Your message could not be delivered: mailbox full (552 5.2.2).
"""),
    ('cs', 'epodatelna-receipt', 'automated', (),
     """Received: from epodatelna.kr-vysocinsky.example (epodatelna.kr-vysocinsky.example [194.213.41.17])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WzC1f5Hn9z9sVh
	for <privacy@shop.example.be>; Tue, 3 Sep 2024 13:22:09 +0200 (CEST)
From: podatelna@kr-vysocinsky.example
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Potvrzen=ED_o_p=F8ijet=ED_pod=E1n=ED_KUVK_118472/2024?=
Date: Tue, 3 Sep 2024 13:22:06 +0200
Message-ID: <EPOD.118472.20240903132206@epodatelna.kr-vysocinsky.example>
X-Mailer: GINIS e-podatelna
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Potvrzen=ED o p=F8ijet=ED elektronick=E9ho pod=E1n=ED

Elektronick=E1 podatelna Krajsk=E9ho =FA=F8adu Vyso=E8insk=E9ho kraje potvr=
zuje p=F8ijet=ED Va=B9=ED zpr=E1vy.

Odes=EDlatel: privacy@shop.example.be
P=F8edm=ECt: Dotaz k p=F8ed=E1n=ED osobn=EDch =FAdaj=F9 z=E1kazn=EDka
P=F8ijato: 03.09.2024 13:22:05
=C8=EDslo jednac=ED: KUVK 118472/2024
Po=E8et p=F8=EDloh: 1
Kontrola na viry: v po=F8=E1dku

Pod=E1n=ED bude p=F8ed=E1no p=F8=EDslu=B9n=E9mu odboru k vy=F8=EDzen=ED.

Informace o zpracov=E1n=ED osobn=EDch =FAdaj=F9 naleznete na www.kr-vysocin=
sky.example/gdpr. Pov=EC=F8enec pro ochranu osobn=EDch =FAdaj=F9: poverenec=
@kr-vysocinsky.example

Tato zpr=E1va byla vygenerov=E1na automaticky. Neodpov=EDdejte na ni.
"""),
    ('cs', 'hubspot-helpdesk-ack', 'automated', (),
     """Return-Path: <1axbtr7q5b0f2k0g9-privacy=shop.example.be@bf04x.hubspotemail.net>
Received: from bid4x.hubspotemail.net (bid4x.hubspotemail.net [143.244.80.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VwR6p3Ln2z9sVg
	for <privacy@shop.example.be>; Mon, 27 May 2024 08:05:12 +0200 (CEST)
From: =?utf-8?Q?GDPR_t=C3=BDm_Zahradn=C3=AD_sv=C4=9Bt?= <gdpr@zahradnisvet.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?VmHFoWUgxb7DoWRvc3QgYnlsYSBwxZlpamF0YSBbIzU1MTJd?=
Date: Mon, 27 May 2024 06:05:10 +0000
Message-ID: <1716789910123.7e2c4b1a-5d6f-4a8b-9c0d-e1f2a3b4c5d6@bf04x.hubspotemail.net>
X-HubSpot-Message-Id: 7e2c4b1a-5d6f-4a8b-9c0d-e1f2a3b4c5d6
X-Report-Abuse-To: abuse@hubspot.com
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4471_8812.1716789910"

------=_Part_4471_8812.1716789910
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

d=C4=9Bkujeme, =C5=BEe jste se obr=C3=A1tili na t=C3=BDm ochrany osobn=C3=
=ADch =C3=BAdaj=C5=AF spole=C4=8Dnosti Zahradn=C3=AD sv=C4=9Bt s.r.o.

Va=C5=A1i =C5=BE=C3=A1dost jsme p=C5=99ijali a zaevidovali pod =C4=8D=C3=AD=
slem #5512. =C5=BD=C3=A1dosti subjekt=C5=AF =C3=BAdaj=C5=AF (p=C5=99=C3=ADs=
tup, oprava, v=C3=BDmaz, omezen=C3=AD zpracov=C3=A1n=C3=AD, p=C5=99enositel=
nost, n=C3=A1mitka) vy=C5=99izujeme bez zbyte=C4=8Dn=C3=A9ho odkladu, nejpo=
zd=C4=9Bji do 30 dn=C5=AF od jejich doru=C4=8Den=C3=AD.

Pokud budeme pot=C5=99ebovat ov=C4=9B=C5=99it toto=C5=BEnost subjektu =C3=
=BAdaj=C5=AF, ozveme se V=C3=A1m.

Na tento e-mail pros=C3=ADm neodpov=C3=ADdejte, byl odesl=C3=A1n automatick=
y.

S pozdravem
T=C3=BDm GDPR | Zahradn=C3=AD sv=C4=9Bt s.r.o.

------=_Part_4471_8812.1716789910
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body><table width=3D"100%"><tr><td>Dobr=C3=BD den,<br=
><br>d=C4=9Bkujeme, =C5=BEe jste se obr=C3=A1tili na t=C3=BDm ochrany osobn=
=C3=ADch =C3=BAdaj=C5=AF spole=C4=8Dnosti Zahradn=C3=AD sv=C4=9Bt s.r.o.<br=
><br>Va=C5=A1i =C5=BE=C3=A1dost jsme p=C5=99ijali a zaevidovali pod =C4=8D=
=C3=ADslem #5512. =C5=BD=C3=A1dosti subjekt=C5=AF =C3=BAdaj=C5=AF (p=C5=99=
=C3=ADstup, oprava, v=C3=BDmaz, omezen=C3=AD zpracov=C3=A1n=C3=AD, p=C5=99e=
nositelnost, n=C3=A1mitka) vy=C5=99izujeme bez zbyte=C4=8Dn=C3=A9ho odkladu=
, nejpozd=C4=9Bji do 30 dn=C5=AF od jejich doru=C4=8Den=C3=AD.<br><br>Pokud=
 budeme pot=C5=99ebovat ov=C4=9B=C5=99it toto=C5=BEnost subjektu =C3=BAdaj=
=C5=AF, ozveme se V=C3=A1m.<br><br>Na tento e-mail pros=C3=ADm neodpov=C3=
=ADdejte, byl odesl=C3=A1n automaticky.<br><br>S pozdravem
T=C3=BDm GDPR | Zahradn=C3=AD sv=C4=9Bt s.r.o.
</td></tr></table></body></html>

------=_Part_4471_8812.1716789910--
"""),
    ('hr', 'exim-delay-ht', 'automated', (),
     """Return-Path: <>
Received: from mail.t-com.hr (mail.t-com.hr [195.29.150.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4TZ1k8Rc2Mz9sVq
	for <privacy@shop.example.be>; Wed, 14 Feb 2024 10:06:40 +0100 (CET)
Received: from Debian-exim by mail.t-com.hr with local (Exim 4.96)
	id 1raC9Q-0007Tp-3F
	for privacy@shop.example.be; Wed, 14 Feb 2024 10:06:40 +0100
X-Failed-Recipients: marija.babic@t-com.hr
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@t-com.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Upozorenje=3A_poruka_jo=C5=A1_nije_isporu=C4=8Dena_/_Warn?=
 =?utf-8?q?ing=3A_message_1rZx4K-0003Qm-2b_delayed_24_hours?=
Message-Id: <E1raC9Q-0007Tp-3F@mail.t-com.hr>
Date: Wed, 14 Feb 2024 10:06:40 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ovo je automatska poruka poslužitelja elektroničke pošte.
Vaša poruka još NIJE isporučena primatelju. Nije potrebno ponovno je slati -
pokušaji isporuke nastavljaju se još do 4 dana.

----------------------------------------------------------------------

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.t-com.hr.

The message identifier is:     1rZx4K-0003Qm-2b
The subject of the message is: Odgovor na Vaš zahtjev za pristup osobnim podacima
The date of the message is:    Tue, 13 Feb 2024 10:05:31 +0100

The address to which the message has not yet been delivered is:

  marija.babic@t-com.hr
    Delay reason: mailbox is temporarily over quota

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""),
    ('hr', 'vacation-dpo-signature', 'automated', (),
     """Received: from mail.vrtlarija-sava.hr (mail.vrtlarija-sava.hr [89.164.9.30])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WtF7n1Yr3z9sVk
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 07:58:02 +0200 (CEST)
From: Ivana Horvat <ivana.horvat@vrtlarija-sava.hr>
To: <privacy@shop.example.be>
Subject: =?windows-1250?Q?Automatski_odgovor:_Re:_Ugovor_o_obradi_podataka?=
Date: Wed, 21 Aug 2024 05:58:00 +0000
Message-ID: <a1b2c3d4e5@VSAVA-MBX01.vrtlarija-sava.local>
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

Po=9Atovani,

na godi=9Anjem sam odmoru do 2. rujna. Va=9Aa poruka ne=E6e biti proslije=
=F0ena.
Za hitne stvari obratite se na info@vrtlarija-sava.hr.

Lijep pozdrav,
Ivana Horvat
Slu=9Ebenica za za=9Atitu osobnih podataka
Vrtlarija Sava d.o.o., Zagreb

Ova poruka i njezini prilozi mogu sadr=9Eavati povjerljive informacije i os=
obne podatke te su namijenjeni isklju=E8ivo primatelju. Ako ste poruku prim=
ili gre=9Akom, molimo obavijestite po=9Ailjatelja i izbri=9Aite je. Osobne =
podatke obra=F0ujemo u skladu s Op=E6om uredbom o za=9Atiti podataka (GDPR).
"""),
    ('hr', 'osticket-ack', 'automated', (),
     """Return-Path: <zastita.podataka@webshop-adria.example>
Received: from podrska.webshop-adria.example (podrska.webshop-adria.example [185.62.73.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VNc3g7Lp0z9sVm
	for <privacy@shop.example.be>; Tue, 23 Apr 2024 14:33:51 +0200 (CEST)
From: =?utf-8?Q?Za=C5=A1tita_podataka?= <zastita.podataka@webshop-adria.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zahtjev_zaprimljen_=5B=23209311=5D?=
Date: Tue, 23 Apr 2024 14:33:49 +0200
Message-ID: <ost-209311-aHk3QcLp@webshop-adria.example>
X-Mailer: osTicket Mailer
Precedence: auto_reply
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

UG/FoXRvdmFuaSwKCnphcHJpbWlsaSBzbW8gVmHFoSB6YWh0amV2IHVwdcSHZW4gc2x1xb5iZW5p
a3UgemEgemHFoXRpdHUgb3NvYm5paCBwb2RhdGFrYS4KWmFodGpldiBqZSBldmlkZW50aXJhbiBw
b2QgYnJvamVtICMyMDkzMTEuCgpOYSB6YWh0amV2ZSB6YSBwcmlzdHVwLCBpc3ByYXZhaywgYnJp
c2FuamUsIG9ncmFuacSNZW5qZSBvYnJhZGUgaSBwcmVub3Npdm9zdApvc29ibmloIHBvZGF0YWth
IG9kZ292YXJhbW8gdSByb2t1IG9kIG1qZXNlYyBkYW5hIG9kIHphcHJpbWFuamEsIHN1a2xhZG5v
CsSNbGFua3UgMTIuIE9wxIdlIHVyZWRiZSBvIHphxaF0aXRpIHBvZGF0YWthLgoKU3RhdHVzIHph
aHRqZXZhIG1vxb5ldGUgcHJvdmplcml0aSBvdmRqZToKaHR0cHM6Ly9wb2Ryc2thLndlYnNob3At
YWRyaWEuZXhhbXBsZS92aWV3LnBocD90PTIwOTMxMSZlPXByaXZhY3klNDBzaG9wLmV4YW1wbGUu
YmUKCk92byBqZSBhdXRvbWF0c2thIHBvcnVrYSwgbW9saW1vIG5lIG9kZ292YXJhanRlIG5hIG5q
dS4KCi0tClphxaF0aXRhIHBvZGF0YWthIHwgV2ViU2hvcCBBZHJpYSBkLm8uby4K
"""),
    ('sv', 'exchange-ndr-sv', 'automated', (),
     """Received: from HE1PR0302MB2619.eurprd03.prod.outlook.com (2603:10a6:7:5c::21)
 by HE1PR0302MB2619.eurprd03.prod.outlook.com with Microsoft SMTP Server; Mon, 18 Mar 2024 09:12:47 +0000
MIME-Version: 1.0
From: <postmaster@fastighetsbolagetnorr.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 18 Mar 2024 09:12:47 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c0d1e2f3-a4b5-4c6d-8e7f-90a1b2c3d4e5"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <b4c5d6e7-f809-4a1b-8c2d-3e4f5a6b7c8d@HE1PR0302MB2619.eurprd03.prod.outlook.com>
Subject: =?utf-8?Q?Det_gick_inte_att_leverera=3A_Ditt_registerutdrag?=
Auto-Submitted: auto-replied

--c0d1e2f3-a4b5-4c6d-8e7f-90a1b2c3d4e5
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Det gick inte att leverera till f=C3=B6ljande mottagare eller grupper:

lina.bergstrom@fastighetsbolaget-norr.se
Det gick inte att hitta e-postadressen du angav. Kontrollera mottagarens e-=
postadress och f=C3=B6rs=C3=B6k skicka meddelandet igen. Kontakta supportav=
delningen om problemet kvarst=C3=A5r.

Diagnostisk information f=C3=B6r administrat=C3=B6rer:

Genererande server: HE1PR0302MB2619.eurprd03.prod.outlook.com

lina.bergstrom@fastighetsbolaget-norr.se
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Rubriker i ursprungligt meddelande:

From: Shop Privacy <privacy@shop.example.be>
To: lina.bergstrom@fastighetsbolaget-norr.se
Subject: Ditt registerutdrag
Date: Mon, 18 Mar 2024 09:12:44 +0000

--c0d1e2f3-a4b5-4c6d-8e7f-90a1b2c3d4e5
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR0302MB2619.eurprd03.prod.outlook.com
Arrival-Date: Mon, 18 Mar 2024 09:12:44 +0000

Final-Recipient: rfc822;lina.bergstrom@fastighetsbolaget-norr.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--c0d1e2f3-a4b5-4c6d-8e7f-90a1b2c3d4e5--
"""),
    ('sv', 'kommun-autoreply', 'automated', (),
     """Received: from mx.kommunen-example.se (mx.kommunen-example.se [193.44.157.20])
	by mx1.shop.example.be (Postfix) with ESMTP id 4W7Tg2Pn5cz9sVr
	for <privacy@shop.example.be>; Thu, 4 Jul 2024 11:40:03 +0200 (CEST)
From: Kontaktcenter Alingsbro kommun <kommun@alingsbro.example.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Automatiskt_svar=3A_Fr=E5ga_om_personuppgifter_i_leverant=F6rsavtal?=
Date: Thu, 4 Jul 2024 09:40:01 +0000
Message-ID: <9f8e7d6c5b4a@ALINGSBRO-EX02.kommun.local>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Tack f=F6r ditt mejl till Alingsbro kommun!

Det h=E4r =E4r ett automatiskt svar. Vi har tagit emot ditt meddelande och
svarar s=E5 snart vi kan, normalt inom fem arbetsdagar. Under sommaren
(vecka 27-32) kan det ta l=E4ngre tid.

T=E4nk p=E5 att e-post som skickas till kommunen kan bli allm=E4n handling.
Skicka inte k=E4nsliga personuppgifter via e-post.

Kommunen behandlar dina personuppgifter enligt dataskyddsf=F6rordningen
(GDPR). Mer information om dina r=E4ttigheter och hur du kontaktar v=E5rt
dataskyddsombud hittar du p=E5 alingsbro.example.se/personuppgifter.

Med v=E4nliga h=E4lsningar
Kontaktcenter, Alingsbro kommun
"""),
    ('sv', 'zendesk-registerutdrag-ack', 'automated', (),
     """Return-Path: <support+id77123@nordgront.zendesk.com>
Received: from outbyoip7.pod17.euc1.zdsys.com (outbyoip7.pod17.euc1.zdsys.com [188.172.138.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vv0Pm4Tx7z9sVz
	for <privacy@shop.example.be>; Fri, 31 May 2024 16:21:09 +0200 (CEST)
Date: Fri, 31 May 2024 14:21:06 +0000
From: =?UTF-8?Q?Nordgr=C3=B6nt_Kundservice?= <kundservice@nordgront.example.se>
Reply-To: =?UTF-8?Q?Nordgr=C3=B6nt_Kundservice?= <support+id77123@nordgront.zendesk.com>
To: privacy@shop.example.be
Message-ID: <ZP3K1_6659dc82b1a9e_3e2a1b8c7f4d5_sprut@zendesk.com>
Subject: =?UTF-8?Q?[Nordgr=C3=B6nt]_Re:_Beg=C3=A4ran_om_radering_av_kunduppgifter?=
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 3c91b7e
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

##- Skriv ditt svar ovanf=C3=B6r den h=C3=A4r raden -##

Ditt =C3=A4rende (77123) har tagits emot och granskas av v=C3=A5r personal.

Hej!

Tack f=C3=B6r att du kontaktar Nordgr=C3=B6nt. Vi har tagit emot din beg=C3=
=A4ran om registerutdrag/radering enligt GDPR och =C3=A5terkommer inom 30 d=
agar. Vi kan beh=C3=B6va be om id-kontroll innan vi l=C3=A4mnar ut eller ra=
derar n=C3=A5gra personuppgifter.

Svara p=C3=A5 detta mejl om du vill l=C3=A4gga till n=C3=A5got.

Nordgr=C3=B6nt Kundservice =E2=80=93 Dataskydd
Det h=C3=A4r e-postmeddelandet =C3=A4r en tj=C3=A4nst fr=C3=A5n Nordgr=C3=
=B6nt. Levererat av Zendesk

[3PQ0VX-1KYL]
"""),
    ('sv', 'person-reply-to-ooo-objection', 'objection', (),
     """Received: from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Wq2Hs0Vm5z9sVe
	for <privacy@shop.example.be>; Wed, 7 Aug 2024 21:15:30 +0200 (CEST)
MIME-Version: 1.0
References: <8c7b6a5f-4e3d-42c1-b0a9-f8e7d6c5b4a3@shop.example.be>
In-Reply-To: <8c7b6a5f-4e3d-42c1-b0a9-f8e7d6c5b4a3@shop.example.be>
From: Henrik Lundqvist <henrik.lundqvist@gmail.com>
Date: Wed, 7 Aug 2024 21:15:17 +0200
Message-ID: <CAF9rN2q0wZ1xHn4P8TkUo5bLs7Gd3Ry_6mE@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Fr=C3=A5nvaro=3A_reklam_baserad_p=C3=A5_mina_k=C3=B6p?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej,

Jag skrev till er f=C3=B6r en kvart sedan och fick ett fr=C3=A5nvaromeddela=
nde
tillbaka. Ingen fara, men h=C3=A4r =C3=A4r samma sak lite tydligare, ifall =
n=C3=A5gon
annan l=C3=A4ser den h=C3=A4r adressen under sommaren:

Jag vill inte att ni anv=C3=A4nder min k=C3=B6phistorik f=C3=B6r att kartl=
=C3=A4gga mig och
visa mig "personliga" erbjudanden, varken i appen, p=C3=A5 sajten eller hos
era annonspartner p=C3=A5 Facebook och Google. Jag mots=C3=A4tter mig det. =
Kontot
och kundkortet vill jag d=C3=A4remot beh=C3=A5lla.

Mvh
Henrik Lundqvist

ons 7 aug. 2024 kl 21:02 skrev Shop Privacy <privacy@shop.example.be>:

> Hej, jag =C3=A4r p=C3=A5 semester till den 19 augusti. Ditt mejl l=C3=A4s=
es n=C3=A4r jag
> =C3=A4r tillbaka.
> /Karin, Privacy team
"""),
    ('ro', 'primarie-registratura-autoreply', 'automated', (),
     """Received: from mail.primaria-example.ro (mail.primaria-example.ro [86.123.44.190])
	by mx1.shop.example.be (Postfix) with ESMTP id 4VTq8b0Hm6z9sVd
	for <privacy@shop.example.be>; Mon, 29 Apr 2024 10:47:15 +0200 (CEST)
From: Registratura Primariei <registratura@primaria-example.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?R=C4=83spuns_automat_-_mesaj_=C3=AEnregistrat_nr=2E_18342/29=2E04=2E2024?=
Date: Mon, 29 Apr 2024 11:47:13 +0300
Message-ID: <reg.18342.20240429114713@primaria-example.ro>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Stimat=C4=83 doamn=C4=83 / Stimate domn,

Mesajul dumneavoastr=C4=83 a fost primit =C8=99i =C3=AEnregistrat la Regist=
ratura
Prim=C4=83riei cu nr. 18342 din 29.04.2024. V=C4=83 rug=C4=83m s=C4=83 folo=
si=C8=9Bi acest num=C4=83r
=C3=AEn orice coresponden=C8=9B=C4=83 ulterioar=C4=83.

Termenul legal de solu=C8=9Bionare a peti=C8=9Biilor este de 30 de zile (O.=
G.
nr. 27/2002).

Datele cu caracter personal transmise sunt prelucrate =C3=AEn conformitate =
cu
Regulamentul (UE) 2016/679. Responsabilul cu protec=C8=9Bia datelor poate fi
contactat la dpo@primaria-example.ro.

Acesta este un mesaj generat automat. V=C4=83 rug=C4=83m nu r=C4=83spunde=
=C8=9Bi.
"""),
    ('ro', 'challenge-response-ro', 'automated', (),
     """Return-Path: <antispam-confirm@mailguard-hosting.example.ro>
Received: from cr1.mailguard-hosting.example.ro (cr1.mailguard-hosting.example.ro [89.42.219.15])
	by mx1.shop.example.be (Postfix) with ESMTP id 4X1Fq7Nt0bz9sVf
	for <privacy@shop.example.be>; Thu, 5 Sep 2024 17:30:58 +0200 (CEST)
From: "Protectie AntiSpam" <antispam-confirm@mailguard-hosting.example.ro>
To: privacy@shop.example.be
Subject: Confirmati expedierea mesajului catre office@gradina-verde.example.ro
Date: Thu, 5 Sep 2024 18:30:56 +0300
Message-ID: <cr-5b7e2a91d3@cr1.mailguard-hosting.example.ro>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Challenge: 5b7e2a91d3
Precedence: bulk

Buna ziua,

Destinatarul office@gradina-verde.example.ro foloseste un filtru
anti-spam care accepta doar mesaje de la expeditori confirmati.

Mesajul dumneavoastra cu subiectul
   "Solicitare stergere date client transmise prin programul de afiliere"
a fost retinut temporar.

Pentru a confirma ca sunteti o persoana reala si nu un robot, accesati
linkul de mai jos si introduceti codul afisat in imagine:

   https://confirm.mailguard-hosting.example.ro/?id=5b7e2a91d3

Daca nu confirmati in 72 de ore, mesajul va fi sters automat.
Aceasta confirmare este necesara o singura data.

--
MailGuard - protectie anti-spam pentru domeniul dumneavoastra
"""),
    ('ro', 'mdaemon-user-unknown', 'automated', (),
     """Return-Path: <>
Received: from mail.termopan-bacau.example.ro (mail.termopan-bacau.example.ro [5.2.179.41])
	by mx1.shop.example.be (Postfix) with ESMTP id 4TKm2c9Qf1z9sVh
	for <privacy@shop.example.be>; Tue, 23 Jan 2024 08:14:57 +0100 (CET)
From: MDaemon@termopan-bacau.example.ro
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Notificare_MDaemon_--_e=C8=99ec_livrare_mesaj?=
Date: Tue, 23 Jan 2024 09:14:55 +0200
Message-ID: <MDAEMON10001202401230914.AA1455211@termopan-bacau.example.ro>
X-MDaemon-Deliver-To: privacy@shop.example.be
X-Return-Path: <>
X-MDDSN-Message: Yes
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QWNlc3RhIGVzdGUgdW4gbWVzYWogYXV0b21hdCB0cmltaXMgZGUgc2VydmVydWwgZGUgZS1tYWls
IE1EYWVtb24uCgpNZXNhanVsIGR1bW5lYXZvYXN0csSDIG51IGEgcHV0dXQgZmkgbGl2cmF0IGPE
g3RyZToKCiAgIGFuZHJlaS5wb3Blc2N1QHRlcm1vcGFuLWJhY2F1LmV4YW1wbGUucm8KCk1vdGl2
OiB1dGlsaXphdG9yIG5lY3Vub3NjdXQgKDU1MCA1LjEuMSA8YW5kcmVpLnBvcGVzY3VAdGVybW9w
YW4tYmFjYXUuZXhhbXBsZS5ybz4uLi4gVXNlciB1bmtub3duKQoKU3ViaWVjdHVsIG1lc2FqdWx1
aTogUsSDc3B1bnMgbGEgY2VyZXJlYSBkdnMuIHByaXZpbmQgZGF0ZWxlIHBlcnNvbmFsZQoKTWVz
YWp1bCBvcmlnaW5hbCBudSBhIGZvc3QgbGl2cmF0IMiZaSBudSB2YSBtYWkgZmkgcmV0cmltaXMu
CgotLS0gU2Vzc2lvbiBUcmFuc2NyaXB0IC0tLQogVHVlIDIwMjQtMDEtMjMgMDk6MTQ6NTUuMjEw
OiBQYXJzaW5nIG1lc3NhZ2UgPG1kYWVtb25cbXNnc1xtZDUwMDAwMTIzNDUubXNnPgogVHVlIDIw
MjQtMDEtMjMgMDk6MTQ6NTUuMjExOiAqICBGcm9tOiBwcml2YWN5QHNob3AuZXhhbXBsZS5iZQog
VHVlIDIwMjQtMDEtMjMgMDk6MTQ6NTUuMjExOiAqICBUbzogYW5kcmVpLnBvcGVzY3VAdGVybW9w
YW4tYmFjYXUuZXhhbXBsZS5ybwogVHVlIDIwMjQtMDEtMjMgMDk6MTQ6NTUuNDAyOiAtLT4gNTUw
IDUuMS4xIFVzZXIgdW5rbm93bgotLS0gRW5kIFRyYW5zY3JpcHQgLS0tCg==
"""),
    ('ro', 'person-contact-form-restriction', 'restriction', (),
     """Return-Path: <noreply@shop.example.be>
Received: from web02.shop.example.be (web02.shop.example.be [10.0.4.12])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WpL7d3Ks8z9sVj
	for <privacy@shop.example.be>; Sun, 4 Aug 2024 23:08:44 +0200 (CEST)
From: Formular contact <noreply@shop.example.be>
Reply-To: Ioana Dumitrescu <ioana.dumitrescu@yahoo.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mesaj_nou_din_formularul_de_contact_=E2=80=93_Confiden=C8=9Bialitate?=
Date: Sun, 04 Aug 2024 21:08:43 +0000
Message-ID: <form-8841.1722805723@web02.shop.example.be>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Nume: Ioana Dumitrescu
E-mail: ioana.dumitrescu@yahoo.com
Telefon: +40 744 118 902
Subiect: Confidențialitate / date personale
Număr comandă: 10442871

Mesaj:
Bună seara, am o dispută cu dvs. pentru comanda de mai sus (setul de
mobilier de grădină livrat deteriorat) și probabil o duc la protecția
consumatorului. Vă rog NU ștergeți datele mele, comenzile și
corespondența, am nevoie de ele ca dovadă. Dar până se termină
povestea, nu vreau să le mai folosiți la nimic altceva: fără
reclame, fără analize, fără trimis la parteneri. Doar păstrați-le.
Mulțumesc, Ioana

--
Acest mesaj a fost trimis prin formularul de contact de pe shop.example.be
IP: 86.121.55.7 | 04.08.2024 23:08
"""),
    ('el', 'dpo-ack-greek', 'automated', (),
     """Received: from mail.kipos-spiti.example.gr (mail.kipos-spiti.example.gr [62.103.28.90])
	by mx1.shop.example.be (Postfix) with ESMTP id 4VJx0r6Cn2z9sVl
	for <privacy@shop.example.be>; Mon, 15 Apr 2024 12:09:33 +0200 (CEST)
From: =?iso-8859-7?b?1fDl/ej17e/yINDx7/P04fPf4fIgxOXk7+zd7fnt?= <dpo@kipos-spiti.example.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?xfDp4uXi4d/58+cg8OHx4evh4t7yIOHp9N7s4fTv8iAtIMHxLiDw?=
 =?iso-8859-7?b?8fn0LiDV0MQtMjAyNC8xMTg3?=
Date: Mon, 15 Apr 2024 13:09:31 +0300
Message-ID: <ack-1187-20240415130931@kipos-spiti.example.gr>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-7"
Content-Transfer-Encoding: base64

wePh8Of03S/eIOr98enlL+r18d/hLAoK0+HyIOXt5+zl8f7t7/Xs5SD89Okg69zi4ezlIPTvIOHf
9Ofs3CDz4fIg8/fl9Onq3CDs5SD05+0g3PPq5/PnIOTp6uHp+ezc9PntIPTv9SD18O/q5ens3e3v
9SD0+e0g5OXk7+zd7fntIPP97Pb57eEg7OUg9O/tIMPl7enq/CDK4e3v7enz7Pwg0PHv8/Th89/h
8iDE5eTv7N3t+e0gKMXFKSAyMDE2LzY3OS4KCsHx6ejs/PIg8PH59O/q/Ovr7/U6INXQxC0yMDI0
LzExODcKCtTvIOHf9Ofs3CDz4fIg6OEg5Onl6vDl8eHp+ejl3yDl7fT88iDl7fzyICgxKSDs5+38
8iDh8Pwg9OftIPDh8eHr4eLeIPTv9S4gxyDw8e/o5fPs3+Eg4fX03iDs8O/x5d8g7eEg8OHx4fTh
6OXfIOrh9Nwg5P3vICgyKSDl8Onw693v7SDs3u3l8iwg5fb88+/tIOHw4en05d/04eksIOrh6SDo
4SDl7efs5fH56OXf9OUg8/fl9Onq3C4KCtTvIPDh8fztIOze7fXs4SDd9+XpIPP04evl3yDh9fT8
7OH04S4g0OHx4erh6+/97OUg7OftIOHw4e303PTlLgoK1fDl/ej17e/yINDx7/P04fPf4fIgxOXk
7+zd7fntCsre8O/yICYg0/Df9OkgwS7FLgo=
"""),
    ('el', 'dimos-protocol-autoreply', 'automated', (),
     """Received: from mail.dimos-example.gr (mail.dimos-example.gr [195.251.90.14])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WJb2p8Mz1z9sVn
	for <privacy@shop.example.be>; Tue, 9 Jul 2024 08:55:20 +0200 (CEST)
From: =?UTF-8?B?zqDPgc+Jz4TPjM66zr/Ou867zr8gzpTOrs68zr/PhQ==?= <protokollo@dimos-example.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOlc+Bz44=?=
 =?utf-8?b?z4TOt868zrEgzrPOuc6xIM61z4DOtc6+zrXPgc6zzrHPg86vzrEgzrTOtc60zr8=?=
 =?utf-8?b?zrzOrc69z4nOvSDPgM+Bzr/OvM63zrjOtc+Fz4TOrg==?=
Date: Tue, 9 Jul 2024 09:55:18 +0300
Message-ID: <0a9b8c7d6e5f@DIMOS-EXCH.dimos.local>
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=CE=A4=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=CF=82 =CF=80=
=CE=B1=CF=81=CE=B5=CE=BB=CE=AE=CF=86=CE=B8=CE=B7 =CE=B1=CF=80=CF=8C =CF=84=
=CE=BF =CE=A4=CE=BC=CE=AE=CE=BC=CE=B1 =CE=A0=CF=81=CF=89=CF=84=CE=BF=CE=BA=
=CF=8C=CE=BB=CE=BB=CE=BF=CF=85 =CF=84=CE=BF=CF=85 =CE=94=CE=AE=CE=BC=CE=BF=
=CF=85 =CE=BA=CE=B1=CE=B9 =CE=B8=CE=B1
=CE=B4=CE=B9=CE=B1=CE=B2=CE=B9=CE=B2=CE=B1=CF=83=CF=84=CE=B5=CE=AF =CF=83=
=CF=84=CE=B7=CE=BD =CE=B1=CF=81=CE=BC=CF=8C=CE=B4=CE=B9=CE=B1 =CF=85=CF=80=
=CE=B7=CF=81=CE=B5=CF=83=CE=AF=CE=B1. =CE=98=CE=B1 =CE=BB=CE=AC=CE=B2=CE=B5=
=CF=84=CE=B5 =CE=B1=CF=81=CE=B9=CE=B8=CE=BC=CF=8C =CF=80=CF=81=CF=89=CF=84=
=CE=BF=CE=BA=CF=8C=CE=BB=CE=BB=CE=BF=CF=85 =CE=BC=CE=B5
=CE=BD=CE=B5=CF=8C=CF=84=CE=B5=CF=81=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=
=CE=B1.

=CE=A9=CF=81=CE=AC=CF=81=CE=B9=CE=BF =CE=B5=CE=BE=CF=85=CF=80=CE=B7=CF=81=
=CE=AD=CF=84=CE=B7=CF=83=CE=B7=CF=82 =CE=BA=CE=BF=CE=B9=CE=BD=CE=BF=CF=8D: =
=CE=94=CE=B5=CF=85=CF=84=CE=AD=CF=81=CE=B1 - =CE=A0=CE=B1=CF=81=CE=B1=CF=83=
=CE=BA=CE=B5=CF=85=CE=AE, 08:00 - 14:30.

=CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CF=83=
=CE=B1=CF=82 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CF=84=CF=85=
=CE=B3=CF=87=CE=AC=CE=BD=CE=BF=CF=85=CE=BD =CE=B5=CF=80=CE=B5=CE=BE=CE=B5=
=CF=81=CE=B3=CE=B1=CF=83=CE=AF=CE=B1=CF=82 =CF=83=CF=8D=CE=BC=CF=86=CF=89=
=CE=BD=CE=B1 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =CE=93=CE=9A=CE=A0=CE=94
(=CE=95=CE=95) 2016/679 =CE=BA=CE=B1=CE=B9 =CF=84=CE=BF=CE=BD =CE=BD. 4624/=
2019. =CE=93=CE=B9=CE=B1 =CE=B8=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CF=80=CF=81=
=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CF=8E=CE=BD =CE=B4=CE=B5=CE=B4=CE=BF=
=CE=BC=CE=AD=CE=BD=CF=89=CE=BD
=CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CF=84=CE=
=B5 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =CE=A5=CF=80=CE=B5=CF=8D=CE=B8=CF=85=CE=
=BD=CE=BF =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1=CF=82 =CE=
=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD: dpo@dimos-example.gr

=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B1=CF=85=CF=84=
=CE=BF=CE=BC=CE=B1=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=BC=CE=AD=CE=BD=CE=
=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1.
"""),
    ('el', 'postfix-delay-greek-isp', 'automated', (),
     """Return-Path: <>
Received: from smtp-out.otenet-example.gr (smtp-out.otenet-example.gr [83.235.69.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Tqh1V6Bp8z9sVp
	for <privacy@shop.example.be>; Fri, 1 Mar 2024 16:40:02 +0100 (CET)
Date: Fri, 1 Mar 2024 17:40:01 +0200 (EET)
From: MAILER-DAEMON@smtp-out.otenet-example.gr (Mail Delivery System)
Subject: =?utf-8?b?zprOsc64z4XPg8+Ezq3Pgc63z4POtyDPgM6xz4HOrM60zr/Pg863z4Ig?=
 =?utf-8?b?zrzOt869z43OvM6xz4TOv8+CIC8gRGVsYXllZCBNYWlsIChzdGlsbCBiZWluZyBy?=
 =?utf-8?b?ZXRyaWVkKQ==?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F1C2B0A5E.1709307601/smtp-out.otenet-example.gr"
Message-Id: <20240301154001.7A8B9C0D1E@smtp-out.otenet-example.gr>

--3F1C2B0A5E.1709307601/smtp-out.otenet-example.gr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Αυτό είναι μόνο μια προειδοποίηση. ΔΕΝ χρειάζεται να στείλετε ξανά το μήνυμά σας.

Το μήνυμά σας δεν έχει παραδοθεί ακόμη στον παραλήπτη. Ο διακομιστής θα συνεχίσει να προσπαθεί για τις επόμενες 4 ημέρες.

This is the mail system at host smtp-out.otenet-example.gr.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<k.papadopoulou@otenet-example.gr>: host mx.otenet-example.gr[83.235.64.44]
    said: 452 4.2.2 Mailbox temporarily unavailable, over quota (in reply to
    RCPT TO command)

--3F1C2B0A5E.1709307601/smtp-out.otenet-example.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.otenet-example.gr
X-Postfix-Queue-ID: 3F1C2B0A5E
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 1 Mar 2024 13:31:47 +0200 (EET)

Final-Recipient: rfc822; k.papadopoulou@otenet-example.gr
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox temporarily unavailable, over quota
Will-Retry-Until: Wed, 6 Mar 2024 13:31:47 +0200 (EET)

--3F1C2B0A5E.1709307601/smtp-out.otenet-example.gr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Privacy <privacy@shop.example.be>
To: k.papadopoulou@otenet-example.gr
Subject: =?UTF-8?B?zpTOuc+Mz4HOuM+Jz4POtyDPhM+Jzr0gz4PPhM6/zrnPh861zq/Pic69IM+DzrHPgg==?=
Date: Fri, 1 Mar 2024 12:31:45 +0100

--3F1C2B0A5E.1709307601/smtp-out.otenet-example.gr--
"""),
    ('el', 'person-reminder-on-ticket-ack', 'complaint', ('access',),
     """Received: from mail-pj1-f53.google.com (mail-pj1-f53.google.com [209.85.216.53])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4XF2m7Rt0Lz9sVq
	for <privacy@shop.example.be>; Thu, 26 Sep 2024 10:37:55 +0200 (CEST)
From: Eleni Karagianni <elenikaragianni.ath@gmail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?B?UmU6IFvOkc6vz4TOt868zrEgIzY2MjBdIM6bzqzOss6xzrzOtSDPhM6/IM6xzq/PhM63zrzOrCDPg86xz4I=?=
Date: Thu, 26 Sep 2024 11:37:41 +0300
Message-ID: <CAK1pL7ZyQw3nV0_fT8bG2hX5mJ4sRd9e@mail.gmail.com>
In-Reply-To: <6620.ack.1721210011@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Καλημέρα σας,

στις 17 Ιουλίου σας ζήτησα να μου στείλετε ένα αντίγραφο όλων των
στοιχείων που κρατάτε για μένα (λογαριασμός, κάρτα πόντων, αγορές) και
πήρα μόνο το αυτόματο μήνυμα από κάτω. Από τότε τίποτα. Έχουν περάσει
πάνω από δύο μήνες, ενώ το ίδιο το μήνυμά σας γράφει "εντός 30 ημερών".

Περιμένω τα στοιχεία μου άμεσα. Αν δεν τα λάβω μέσα στην εβδομάδα, θα
κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων.

Ελένη Καραγιάννη

Στις Τετ 17 Ιουλ 2024 στις 12:53, ο/η <privacy@shop.example.be> έγραψε:
> Αυτό είναι ένα αυτόματο μήνυμα. Λάβαμε το αίτημά σας (#6620) και θα
> σας απαντήσουμε εντός 30 ημερών. Παρακαλούμε μην απαντάτε σε αυτό το
> μήνυμα.
"""),
    ('bg', 'abv-mailbox-full', 'automated', (),
     """Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4W42Kc5Yp1z9sVs
	for <privacy@shop.example.be>; Wed, 19 Jun 2024 13:05:19 +0200 (CEST)
From: "ABV.bg Mail System" <mailer-daemon@abv.bg>
To: privacy@shop.example.be
Subject: =?cp1251?b?zeXz8e/l+O3gIOTu8fLg4urgOiDO8u3u8e3uOiDI8erg7eUg5+Ag6Ofy?=
 =?cp1251?b?8Oji4O3lIO3gIO/w7vTo6+A=?=
Date: Wed, 19 Jun 2024 14:05:17 +0300
Message-ID: <dsn.20240619140517.55218@mx.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

=C7=E4=F0=E0=E2=E5=E9=F2=E5,

=D2=EE=E2=E0 =E5 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=EE =F1=FA=EE=E1=F9=E5=ED=E8=
=E5 =EE=F2 =EF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =F1=E8=F1=F2=E5=EC=E0 =ED=E0 ABV.=
bg.

=CF=E8=F1=EC=EE=F2=EE =C2=E8 =ED=E5 =EC=EE=E6=E5 =E4=E0 =E1=FA=E4=E5 =E4=EE=
=F1=F2=E0=E2=E5=ED=EE =E4=EE =F1=EB=E5=E4=ED=E8=FF =EF=EE=EB=F3=F7=E0=F2=E5=
=EB:

   gergana.ivanova82@abv.bg

=CF=F0=E8=F7=E8=ED=E0: =EF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =EA=F3=F2=E8=FF =ED=
=E0 =EF=EE=EB=F3=F7=E0=F2=E5=EB=FF =E5 =EF=F0=E5=EF=FA=EB=ED=E5=ED=E0.
=CF=EE=EB=F3=F7=E0=F2=E5=EB=FF=F2 =F2=F0=FF=E1=E2=E0 =E4=E0 =EE=F1=E2=EE=E1=
=EE=E4=E8 =EC=FF=F1=F2=EE, =EF=F0=E5=E4=E8 =E4=E0 =EC=EE=E6=E5 =E4=E0 =EF=
=EE=EB=F3=F7=E0=E2=E0 =ED=EE=E2=E8 =EF=E8=F1=EC=E0.

=D2=E5=EC=E0 =ED=E0 =EF=E8=F1=EC=EE=F2=EE: =CE=F2=ED=EE=F1=ED=EE: =C8=F1=EA=
=E0=ED=E5 =E7=E0 =E8=E7=F2=F0=E8=E2=E0=ED=E5 =ED=E0 =EF=F0=EE=F4=E8=EB=E0
=C4=E0=F2=E0: 19.06.2024 14:05

=CC=EE=EB=FF, =ED=E5 =EE=F2=E3=EE=E2=E0=F0=FF=E9=F2=E5 =ED=E0 =F2=EE=E2=E0 =
=F1=FA=EE=E1=F9=E5=ED=E8=E5.

----
552 5.2.2 <gergana.ivanova82@abv.bg>: mailbox full
"""),
    ('bg', 'vacation-gdpr-disclaimer', 'automated', (),
     """Received: from mail.gradinar-bg.example (mail.gradinar-bg.example [85.14.6.91])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WBk9d2Rx4z9sVt
	for <privacy@shop.example.be>; Mon, 8 Jul 2024 09:12:40 +0200 (CEST)
From: =?UTF-8?B?0JzQsNGA0LjRjyDQn9C10YLRgNC+0LLQsA==?= <m.petrova@gradinar-bg.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0KE=?=
 =?utf-8?b?0L/QvtGA0LDQt9GD0LzQtdC90LjQtSDQt9CwINC+0LHRgNCw0LHQvtGC0LLQsNC9?=
 =?utf-8?b?0LUg0L3QsCDQu9C40YfQvdC4INC00LDQvdC90Lg=?=
Date: Mon, 8 Jul 2024 10:12:38 +0300
Message-ID: <d4c3b2a1f0e9@GRADINAR-EX.gradinar.local>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

В отпуск съм до 22 юли включително, без достъп до пощата.
При спешни въпроси се обръщайте към колегата Стоян Колев
(s.kolev@gradinar-bg.example).

Поздрави,
Мария Петрова
Длъжностно лице по защита на данните
Градинар БГ ЕООД

ПОВЕРИТЕЛНОСТ: Това съобщение и приложенията към него може да съдържат
лични данни и поверителна информация. Ако сте го получили по грешка,
моля, уведомете подателя и го изтрийте. Личните данни се обработват
съгласно Регламент (ЕС) 2016/679 (ОРЗД).
"""),
    ('bg', 'helpdesk-ordz-ack', 'automated', (),
     """Return-Path: <bounces+3318842-aa1b-privacy=shop.example.be@emails.freshdesk.com>
Received: from o3.emails.freshdesk.com (o3.emails.freshdesk.com [167.89.72.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vb0Lq8Xt6z9sVu
	for <privacy@shop.example.be>; Fri, 3 May 2024 15:27:48 +0200 (CEST)
From: =?UTF-8?B?0JfQsNGJ0LjRgtCwINC90LAg0LTQsNC90L3QuNGC0LU=?= <gdpr@domabg.example>
Reply-To: gdpr@domabg.freshdesk.com
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/QvtC70YPRh9C40YXQvNC1INCS0LDRiNC10YLQviDQuNGB0LrQsNC9?=
 =?utf-8?b?0LUgWyM0NDEyXQ==?=
Date: Fri, 3 May 2024 13:27:45 +0000
Message-ID: <4412.f9e8d7c6b5a4@domabg.freshdesk.com>
X-Mailer: Freshdesk
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6634e6b1c2a3d_7f1e2d3c4b5a6"

----==_mimepart_6634e6b1c2a3d_7f1e2d3c4b5a6
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JHQu9Cw0LPQvtC00LDRgNC40Lwg0JLQuCwg0YfQtSDRgdC1
INGB0LLRitGA0LfQsNGF0YLQtSDRgSDQvdCw0YEuCgrQn9C+0LvRg9GH0LjRhdC80LUg0JLQsNGI
0LXRgtC+INC40YHQutCw0L3QtSwg0YHQstGK0YDQt9Cw0L3QviDRgdGK0YEg0LfQsNGJ0LjRgtCw
0YLQsCDQvdCwINC70LjRh9C90LjRgtC1INC00LDQvdC90LgsINC4INCz0L4g0YDQtdCz0LjRgdGC
0YDQuNGA0LDRhdC80LUg0L/QvtC0INC90L7QvNC10YAgIzQ0MTIuINCY0YHQutCw0L3QuNGP0YLQ
sCDQt9CwINC00L7RgdGC0YrQvywg0LrQvtGA0LjQs9C40YDQsNC90LUsINC40LfRgtGA0LjQstCw
0L3QtSwg0L7Qs9GA0LDQvdC40YfQsNCy0LDQvdC1INC90LAg0L7QsdGA0LDQsdC+0YLQstCw0L3Q
tdGC0L4sINC/0YDQtdC90L7RgdC40LzQvtGB0YIg0Lgg0LLRitC30YDQsNC20LXQvdC40LUg0YHQ
tSDRgNCw0LfQs9C70LXQttC00LDRgiDQsiDRgdGA0L7QuiDQtNC+INC10LTQuNC9INC80LXRgdC1
0YYg0L7RgiDQv9C+0LvRg9GH0LDQstCw0L3QtdGC0L4g0LjQvCwg0YHRitCz0LvQsNGB0L3QviDR
h9C7LiAxMiwg0L/QsNGALiAzINC+0YIg0J7QoNCX0JQuCgrQkNC60L4g0LUg0L3QtdC+0LHRhdC+
0LTQuNC80L4g0LTQsCDQv9C+0YLQstGK0YDQtNC40Lwg0YHQsNC80L7Qu9C40YfQvdC+0YHRgtGC
0LAg0L3QsCDRgdGD0LHQtdC60YLQsCDQvdCwINC00LDQvdC90LjRgtC1LCDRidC1INGB0LUg0YHQ
stGK0YDQttC10Lwg0YEg0JLQsNGBLgoK0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3Q
viDRgdGK0L7QsdGJ0LXQvdC40LUg4oCTINC80L7Qu9GPLCDQvdC1INC+0YLQs9C+0LLQsNGA0Y/Q
udGC0LUg0L3QsCDQvdC10LPQvi4KCtCV0LrQuNC/0YrRgiDQv9C+INC30LDRidC40YLQsCDQvdCw
INC00LDQvdC90LjRgtC1CtCU0L7QvNCw0JHQkyDQntC90LvQsNC50L0g0J7QntCUCg==

----==_mimepart_6634e6b1c2a3d_7f1e2d3c4b5a6
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+0JfQtNGA0LDQstC10LnRgtC1LDxicj48YnI+CtCR0LvQsNCz0L7QtNCw
0YDQuNC8INCS0LgsINGH0LUg0YHQtSDRgdCy0YrRgNC30LDRhdGC0LUg0YEg0L3QsNGBLjxicj48
YnI+CtCf0L7Qu9GD0YfQuNGF0LzQtSDQktCw0YjQtdGC0L4g0LjRgdC60LDQvdC1LCDRgdCy0YrR
gNC30LDQvdC+INGB0YrRgSDQt9Cw0YnQuNGC0LDRgtCwINC90LAg0LvQuNGH0L3QuNGC0LUg0LTQ
sNC90L3QuCwg0Lgg0LPQviDRgNC10LPQuNGB0YLRgNC40YDQsNGF0LzQtSDQv9C+0LQg0L3QvtC8
0LXRgCAjNDQxMi4g0JjRgdC60LDQvdC40Y/RgtCwINC30LAg0LTQvtGB0YLRitC/LCDQutC+0YDQ
uNCz0LjRgNCw0L3QtSwg0LjQt9GC0YDQuNCy0LDQvdC1LCDQvtCz0YDQsNC90LjRh9Cw0LLQsNC9
0LUg0L3QsCDQvtCx0YDQsNCx0L7RgtCy0LDQvdC10YLQviwg0L/RgNC10L3QvtGB0LjQvNC+0YHR
giDQuCDQstGK0LfRgNCw0LbQtdC90LjQtSDRgdC1INGA0LDQt9Cz0LvQtdC20LTQsNGCINCyINGB
0YDQvtC6INC00L4g0LXQtNC40L0g0LzQtdGB0LXRhiDQvtGCINC/0L7Qu9GD0YfQsNCy0LDQvdC1
0YLQviDQuNC8LCDRgdGK0LPQu9Cw0YHQvdC+INGH0LsuIDEyLCDQv9Cw0YAuIDMg0L7RgiDQntCg
0JfQlC48YnI+PGJyPgrQkNC60L4g0LUg0L3QtdC+0LHRhdC+0LTQuNC80L4g0LTQsCDQv9C+0YLQ
stGK0YDQtNC40Lwg0YHQsNC80L7Qu9C40YfQvdC+0YHRgtGC0LAg0L3QsCDRgdGD0LHQtdC60YLQ
sCDQvdCwINC00LDQvdC90LjRgtC1LCDRidC1INGB0LUg0YHQstGK0YDQttC10Lwg0YEg0JLQsNGB
Ljxicj48YnI+CtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0YHRitC+0LHRidC1
0L3QuNC1IOKAkyDQvNC+0LvRjywg0L3QtSDQvtGC0LPQvtCy0LDRgNGP0LnRgtC1INC90LAg0L3Q
tdCz0L4uPGJyPjxicj4K0JXQutC40L/RitGCINC/0L4g0LfQsNGJ0LjRgtCwINC90LAg0LTQsNC9
0L3QuNGC0LUK0JTQvtC80LDQkdCTINCe0L3Qu9Cw0LnQvSDQntCe0JQKPC9kaXY+Cg==

----==_mimepart_6634e6b1c2a3d_7f1e2d3c4b5a6--
"""),
    ('bg', 'court-autoreply', 'automated', (),
     """Received: from mail.rs-example.justice.bg (mail.rs-example.justice.bg [212.122.180.7])
	by mx1.shop.example.be (Postfix) with ESMTP id 4X9Pn3Hw2Qz9sVv
	for <privacy@shop.example.be>; Mon, 14 Oct 2024 11:20:05 +0200 (CEST)
From: =?cp1251?b?0frkIC0g5evl6vLw7u3t7iDk5evu4u7k8fLi7g==?= <delovodstvo@rs-example.justice.bg>
To: privacy@shop.example.be
Subject: =?cp1251?b?wOLy7uzg8uj35e0g7vLj7uLu8Dog7+7r8/fl7e4g8fru4fnl7ejl?=
Date: Mon, 14 Oct 2024 12:20:03 +0300
Message-ID: <auto.20241014122003.811@rs-example.justice.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: quoted-printable

=D3=E2=E0=E6=E0=E5=EC=E8 =EF=EE=E4=E0=F2=E5=EB=FE,

=C2=E0=F8=E5=F2=EE =E5=EB=E5=EA=F2=F0=EE=ED=ED=EE =F1=FA=EE=E1=F9=E5=ED=E8=
=E5 =E5 =EF=EE=EB=F3=F7=E5=ED=EE =E2 =E4=E5=EB=EE=E2=EE=E4=F1=F2=E2=EE=F2=
=EE =ED=E0 =D0=E0=E9=EE=ED=ED=E8=FF =F1=FA=E4.

=CC=EE=EB=FF, =E8=EC=E0=E9=F2=E5 =EF=F0=E5=E4=E2=E8=E4, =F7=E5 =EF=EE=E4=E0=
=E2=E0=ED=E5=F2=EE =ED=E0 =E4=EE=EA=F3=EC=E5=ED=F2=E8 =EF=EE =E5=EB=E5=EA=
=F2=F0=EE=ED=ED=E0 =EF=EE=F9=E0
=ED=E5 =E7=E0=EC=E5=F1=F2=E2=E0 =EF=EE=E4=E0=E2=E0=ED=E5=F2=EE =E8=EC =EF=
=EE =F0=E5=E4=E0 =ED=E0 =EF=F0=EE=F6=E5=F1=F3=E0=EB=ED=E8=F2=E5 =E7=E0=EA=
=EE=ED=E8, =EE=F1=E2=E5=ED =E0=EA=EE
=E4=EE=EA=F3=EC=E5=ED=F2=FA=F2 =ED=E5 =E5 =EF=EE=E4=EF=E8=F1=E0=ED =F1 =EA=
=E2=E0=EB=E8=F4=E8=F6=E8=F0=E0=ED =E5=EB=E5=EA=F2=F0=EE=ED=E5=ED =EF=EE=E4=
=EF=E8=F1.

=D1=FA=E4=FA=F2 =EE=E1=F0=E0=E1=EE=F2=E2=E0 =EB=E8=F7=ED=E8=F2=E5 =E4=E0=ED=
=ED=E8, =F1=FA=E4=FA=F0=E6=E0=F9=E8 =F1=E5 =E2 =F1=FA=EE=E1=F9=E5=ED=E8=E5=
=F2=EE, =F1=FA=E3=EB=E0=F1=ED=EE
=D0=E5=E3=EB=E0=EC=E5=ED=F2 (=C5=D1) 2016/679 =E8 =C7=E0=EA=EE=ED=E0 =E7=E0=
 =E7=E0=F9=E8=F2=E0 =ED=E0 =EB=E8=F7=ED=E8=F2=E5 =E4=E0=ED=ED=E8. =C2=FA=EF=
=F0=EE=F1=E8
=EE=F2=ED=EE=F1=ED=EE =EB=E8=F7=ED=E8=F2=E5 =E4=E0=ED=ED=E8: dpo@rs-example=
.justice.bg

=D2=EE=E2=E0 =E5 =E0=E2=F2=EE=EC=E0=F2=E8=F7=ED=EE =E3=E5=ED=E5=F0=E8=F0=E0=
=ED=EE =F1=FA=EE=E1=F9=E5=ED=E8=E5. =CC=EE=EB=FF, =ED=E5 =EE=F2=E3=EE=E2=E0=
=F0=FF=E9=F2=E5.
"""),
    ('es', 'ayuntamiento-autoreply', 'automated', (),
     """Received: from correo.ayto-example.es (correo.ayto-example.es [212.170.33.118])
	by mx1.shop.example.be (Postfix) with ESMTP id 4WcD2n7Lq9z9sVw
	for <privacy@shop.example.be>; Wed, 31 Jul 2024 12:02:36 +0200 (CEST)
From: Ayuntamiento - Oficina de Asistencia en Materia de Registros <registro@ayto-example.es>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?RE:_Consulta_sobre_cesi=F3n_de_datos_-_respuesta_autom=E1tica?=
Date: Wed, 31 Jul 2024 12:02:34 +0200
Message-ID: <autoresp.20240731120234.3371@ayto-example.es>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable

Este buz=F3n no admite la presentaci=F3n de solicitudes, escritos ni
comunicaciones con validez administrativa.

Para presentar cualquier documento dirigido al Ayuntamiento utilice la
Sede Electr=F3nica (sede.ayto-example.es) o acuda a una Oficina de
Asistencia en Materia de Registros con cita previa.

Informaci=F3n b=E1sica sobre protecci=F3n de datos: el responsable del
tratamiento es el Ayuntamiento. Puede ejercer sus derechos de acceso,
rectificaci=F3n, supresi=F3n, oposici=F3n y limitaci=F3n ante el Delegado de
Protecci=F3n de Datos (dpd@ayto-example.es).

Mensaje generado autom=E1ticamente. Por favor, no responda.
"""),
    ('pt', 'camara-municipal-autoreply', 'automated', (),
     """Received: from mail.cm-example.pt (mail.cm-example.pt [193.126.40.77])
	by mx1.shop.example.be (Postfix) with ESMTP id 4X3Gt0Nm5Rz9sVx
	for <privacy@shop.example.be>; Mon, 9 Sep 2024 10:18:52 +0200 (CEST)
From: =?iso-8859-1?Q?C=E2mara_Municipal_-_Expediente_Geral?= <geral@cm-example.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Resposta_autom=E1tica:_Pedido_de_informa=E7=E3o_sobre_tratamento?=
 =?iso-8859-1?Q?_de_dados_de_fornecedor?=
Thread-Topic: =?iso-8859-1?Q?Pedido_de_informa=E7=E3o_sobre_tratamento_de_dados_de_fornecedor?=
Date: Mon, 9 Sep 2024 08:18:50 +0000
Message-ID: <5e6f7a8b9c0d@CM-EXCH01.cm.local>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Exmo.(a) Senhor(a),

Acusamos a rece=E7=E3o da sua mensagem, que ser=E1 encaminhada para o servi=
=E7o
competente. O prazo de resposta =E9 de 10 dias =FAteis.

Os dados pessoais enviados ser=E3o tratados pelo Munic=EDpio nos termos do
RGPD, exclusivamente para a resposta ao seu pedido. Contacto do
Encarregado de Prote=E7=E3o de Dados: epd@cm-example.pt

Com os melhores cumprimentos,
Expediente Geral
"""),
]

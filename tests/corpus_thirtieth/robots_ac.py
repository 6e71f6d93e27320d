"""Thirtieth set, automatic mail of Western Europe's mail providers, public bodies and companies, and people who write like them (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'exchange-online-ooo-en', 'automated', (),
"""Received: from AM6PR10MB2814.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:c1::19) by
 DB9PR10MB6220.EURPRD10.PROD.OUTLOOK.COM with HTTPS; Tue, 17 Nov 2026 08:02:11 +0000
From: Tom Redgrave <tom.redgrave@harlowfinch.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Your privacy request PRIV-2026-11802 - please confirm
 your email address
Thread-Topic: Your privacy request PRIV-2026-11802 - please confirm your email
 address
Thread-Index: AQHbOJ2kq1XyUeBqQ0ybJxv7mY2mnQ==
Date: Tue, 17 Nov 2026 08:02:10 +0000
Message-ID: <f1c2a7b39d4e4e61a0b8c55e2d07f3a1@AM6PR10MB2814.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <20261117080158.4412.privacy-bot@shop.example.be>
References: <20261117080158.4412.privacy-bot@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_f1c2a7b39d4e4e61a0b8c55e2d07f3a1AM6PR10MB2814EURPRD10PROD_"
MIME-Version: 1.0

--_000_f1c2a7b39d4e4e61a0b8c55e2d07f3a1AM6PR10MB2814EURPRD10PROD_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 23 November with limited access to emai=
l. For urgent matters please contact my colleague Sarah Whitfield (sarah.wh=
itfield@harlowfinch.co.uk, +44 20 7946 0321).

Kind regards,
Tom Redgrave
Harlow & Finch LLP

--_000_f1c2a7b39d4e4e61a0b8c55e2d07f3a1AM6PR10MB2814EURPRD10PROD_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Thank you for your email.</p>
<p>I am out of the office until Monday 23 November with limited access to e=
mail. For urgent matters please contact my colleague Sarah Whitfield (sarah=
.whitfield@harlowfinch.co.uk, +44 20 7946 0321).</p>
<p>Kind regards,<br>
Tom Redgrave<br>
Harlow &amp; Finch LLP</p>
</body></html>

--_000_f1c2a7b39d4e4e61a0b8c55e2d07f3a1AM6PR10MB2814EURPRD10PROD_--
"""),
    ('en', 'gmail-vacation-responder', 'automated', (),
"""MIME-Version: 1.0
From: Fiona Marsh <fiona.marsh1987@gmail.com>
Date: Wed, 18 Nov 2026 21:40:05 +1300
References: <20261118083911.9921.privacy-bot@shop.example.be>
In-Reply-To: <20261118083911.9921.privacy-bot@shop.example.be>
Message-ID: <CAHq7pZx9vN3mT0e=Kc5qQ8w0yYbR3d1-fGx_vUjR7nL2sA@mail.gmail.com>
Subject: Re: We have received your request to delete your account (PRIV-2026-11841)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000071c2b40627a1e9f3"

--00000000000071c2b40627a1e9f3
Content-Type: text/plain; charset="UTF-8"

Hi there,

I'm travelling in New Zealand until 30 November and checking email only now and then. I'll get back to you when I'm home.

If it's about the allotment society, please write to committee@eastleighallotments.org.uk instead.

Cheers,
Fiona

--00000000000071c2b40627a1e9f3
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hi there,</div><div><br></div><div>I&#39;m travelling in New Zealand until 30 November and checking email only now and then. I&#39;ll get back to you when I&#39;m home.</div><div><br></div><div>If it&#39;s about the allotment society, please write to <a href="mailto:committee@eastleighallotments.org.uk">committee@eastleighallotments.org.uk</a> instead.</div><div><br></div><div>Cheers,</div><div>Fiona</div></div>

--00000000000071c2b40627a1e9f3--
"""),
    ('en', 'zendesk-request-received', 'automated', (),
"""Return-Path: <support+id48213@greenlinelogistics.zendesk.com>
Received: from outbyoip12.pod18.euw1.zdsys.com (outbyoip12.pod18.euw1.zdsys.com [188.172.137.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 7C1F24A0B2
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 09:12:44 +0000 (UTC)
Date: Thu, 19 Nov 2026 09:12:41 +0000
From: Greenline Logistics Support <support@greenlinelogistics.zendesk.com>
Reply-To: Greenline Logistics Support <support+id48213@greenlinelogistics.zendesk.com>
To: Privacy <privacy@shop.example.be>
Message-ID: <R9XK4D2P7M1_673c55e9a1b2c_1f7a4_sprut@zendesk.com>
In-Reply-To: <20261119091230.1182.privacy-bot@shop.example.be>
Subject: [Greenline Logistics] Re: Please confirm your request PRIV-2026-11877
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_673c55e9b7c41_1f7a41a4c8812b";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9b1e37a
X-Zendesk-Email-Id: 01JD2K8QF3V7R4M2A6ZT9XWB0E
Auto-Submitted: auto-generated

----==_mimepart_673c55e9b7c41_1f7a41a4c8812b
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support=
 staff.

To add additional comments, reply to this email.

----------------------------------------------

privacy@shop.example.be, Nov 19, 2026, 10:12 CET

Dear customer,

We received the following request from this address:

> Please delete my account and everything you have on me, and stop sending =
me your catalogue.

Before we act on it, please confirm that the request is yours by clicking t=
he link below within 14 days:
https://shop.example.be/privacy/confirm/7Qm2xVb9Lk

Kind regards,
Privacy team, shop.example.be

This email is a service from Greenline Logistics. Delivered by Zendesk
[R9XK4D-2P7M1]

----==_mimepart_673c55e9b7c41_1f7a41a4c8812b
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>##- Please type your reply above this line -##</p>
<p>Your request (48213) has been received and is being reviewed by our supp=
ort staff.</p>
<p>To add additional comments, reply to this email.</p>
<p>----------------------------------------------</p>
<p>privacy@shop.example.be, Nov 19, 2026, 10:12 CET</p>
<p>Dear customer,</p>
<p>We received the following request from this address:</p>
<p>&gt; Please delete my account and everything you have on me, and stop se=
nding me your catalogue.</p>
<p>Before we act on it, please confirm that the request is yours by clickin=
g the link below within 14 days:<br>
https://shop.example.be/privacy/confirm/7Qm2xVb9Lk</p>
<p>Kind regards,<br>
Privacy team, shop.example.be</p>
<p>This email is a service from Greenline Logistics. Delivered by Zendesk<b=
r>
[R9XK4D-2P7M1]</p>
</body></html>

----==_mimepart_673c55e9b7c41_1f7a41a4c8812b--
"""),
    ('en', 'jira-service-management-ack', 'automated', (),
"""Return-Path: <jira@oakridgeprinting.atlassian.net>
Date: Thu, 19 Nov 2026 14:05:27 +0000
From: Oakridge Printing Help Centre <jira@oakridgeprinting.atlassian.net>
Reply-To: Oakridge Printing Help Centre <help@oakridgeprinting.co.uk>
To: privacy@shop.example.be
Message-ID: <JIRA.281734.1763561127000.61022.1763561127410@Atlassian.JIRA>
In-Reply-To: <20261119140455.2207.privacy-bot@shop.example.be>
Subject: HELP-7715 Your personal data request PRIV-2026-11902 - identity
 check
MIME-Version: 1.0
Content-Type: multipart/related; 
	boundary="----=_Part_412889_1200344179.1763561127409"
X-JIRA-FingerPrint: 7c3b0f1d9d2f63aa1b9bd35b4b27f2d8
Auto-Submitted: auto-generated
Precedence: bulk

------=_Part_412889_1200344179.1763561127409
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body>
<div style="font-family: Arial, sans-serif; font-size: 14px;">
<p style="color:#707070">&mdash;-&mdash;-&mdash; Reply above this line.</p>
<p>Hi privacy@shop.example.be,</p>
<p>Thanks for contacting Oakridge Printing. We've received your request <b>HELP-7715</b> and a member of our team will pick it up within 2 working days.</p>
<p>You can view and follow the request here: <a href="https://oakridgeprinting.atlassian.net/servicedesk/customer/portal/2/HELP-7715">HELP-7715</a></p>
<hr>
<p style="color:#707070">Your request:</p>
<p>Hello,<br>you asked us for a copy of the personal data we hold about you. To protect your data we first need to check that this address belongs to you. Please click the link below.<br>https://shop.example.be/privacy/confirm/Kd8pW3r0Zt<br>Privacy team, shop.example.be</p>
<p style="color:#999;font-size:11px">This message was sent by Atlassian Jira Service Management. <a href="https://oakridgeprinting.atlassian.net/servicedesk/customer/user/requests?unsubscribe">Unsubscribe from notifications</a></p>
</div>
</body></html>
------=_Part_412889_1200344179.1763561127409--
"""),
    ('en', 'outlook-read-receipt-mdn', 'automated', (),
"""Received: from LO2P265MB5213.GBRP265.PROD.OUTLOOK.COM ([fe80::8d1:2c3a:77be:19f4]) by
 LO2P265MB5213.GBRP265.PROD.OUTLOOK.COM ([fe80::8d1:2c3a:77be:19f4%6]) with mapi id
 15.20.8158.021; Fri, 20 Nov 2026 11:21:37 +0000
MIME-Version: 1.0
From: Priya Anand <priya.anand@northbankdesign.co.uk>
To: <privacy@shop.example.be>
Subject: Read: Your access request PRIV-2026-11911: your data is ready
Date: Fri, 20 Nov 2026 11:21:37 +0000
Message-ID: <LO2P265MB52137A3E1F0C8D4B2A9E6C11B0F2A@LO2P265MB5213.GBRP265.PROD.OUTLOOK.COM>
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_41A8C2D9-3E70-4F15-9B62-7E0D1C5A8B34_"
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthAs: Internal

--_41A8C2D9-3E70-4F15-9B62-7E0D1C5A8B34_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: Priya Anand
  Subject: Your access request PRIV-2026-11911: your data is ready
  Sent: Friday, November 20, 2026 10:58:02 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Friday, November 20, 2026 11:21:32 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

--_41A8C2D9-3E70-4F15-9B62-7E0D1C5A8B34_
Content-Type: message/disposition-notification

Reporting-UA: LO2P265MB5213.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server 2019
Final-Recipient: rfc822;priya.anand@northbankdesign.co.uk
Original-Message-ID: <20261120105802.3391.privacy-bot@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_41A8C2D9-3E70-4F15-9B62-7E0D1C5A8B34_--
"""),
    ('en', 'person-ticket-number-only', 'access', (),
"""Return-Path: <d.okafor@btinternet.com>
Received: from sa-prd-fep-046.btinternet.com (mailomta4-sa.btinternet.com [213.120.69.10])
	by mx.shop.example.be (Postfix) with ESMTP id 3A9E14A0C7
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 19:47:02 +0000 (UTC)
From: "David Okafor" <d.okafor@btinternet.com>
To: <privacy@shop.example.be>
Subject: PRIV-2026-11958
Date: Mon, 23 Nov 2026 19:46:55 -0000
Message-ID: <000b01db3dd7$4f2a8e10$ed7faa30$@btinternet.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ6rT0k1Yw3bPq5s8m1Xq2dLhC7gQ==
Content-Language: en-gb

Yes thats me, please send me a copy of all the personal data you hold about me.

"""),
    ('en', 'person-company-disclaimer', 'correction', ('withdraw_consent',),
"""Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2071.outbound.protection.outlook.com [40.107.105.71])
	by mx.shop.example.be (Postfix) with ESMTPS id 0F44D4A0A1
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 12:31:19 +0000 (UTC)
From: Rebecca Lowe <r.lowe@kestrel-eng.co.uk>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Change of address
Thread-Topic: Change of address
Thread-Index: AdtEc1y0n2kq7mCvR3WqzT4o0x6ueA==
Date: Tue, 24 Nov 2026 12:31:14 +0000
Message-ID: <DB8PR06MB63221D8E0F6A4B3C9E2A7F58B5C12@DB8PR06MB6322.eurprd06.prod.outlook.com>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_DB8PR06MB63221D8E0F6A4B3C9E2A7F58B5C12DB8PR06MB6322eurp_"
MIME-Version: 1.0

--_000_DB8PR06MB63221D8E0F6A4B3C9E2A7F58B5C12DB8PR06MB6322eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi,

I moved in September and your system still has my old address on my account=
 and on the loyalty card (14 Albion Street, Leeds). The correct one is:

Flat 3, 22 Harcourt Road
Sheffield S10 1DJ

Could you correct it please? And while you are at it, please take me off th=
e newsletter, I no longer want the marketing emails.

Thanks,
Rebecca Lowe

Rebecca Lowe | Facilities Coordinator
Kestrel Engineering Ltd | Unit 4, Parkway Court, Sheffield S9 3QZ
T: +44 114 496 0872

-----------------------------------------------------------------
This email and any attachments are confidential and intended solely for the=
 addressee. If you have received it in error, please notify the sender and =
delete it. Any views or opinions expressed are those of the author and do n=
ot necessarily represent those of Kestrel Engineering Ltd. Kestrel Engineer=
ing Ltd is registered in England and Wales, company number 04481736, regist=
ered office as above.
-----------------------------------------------------------------
Please consider the environment before printing this email.

--_000_DB8PR06MB63221D8E0F6A4B3C9E2A7F58B5C12DB8PR06MB6322eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Hi,</p>
<p>I moved in September and your system still has my old address on my acco=
unt and on the loyalty card (14 Albion Street, Leeds). The correct one is:<=
/p>
<p>Flat 3, 22 Harcourt Road<br>
Sheffield S10 1DJ</p>
<p>Could you correct it please? And while you are at it, please take me off=
 the newsletter, I no longer want the marketing emails.</p>
<p>Thanks,<br>
Rebecca Lowe</p>
<p>Rebecca Lowe | Facilities Coordinator<br>
Kestrel Engineering Ltd | Unit 4, Parkway Court, Sheffield S9 3QZ<br>
T: +44 114 496 0872</p>
<p>-----------------------------------------------------------------<br>
This email and any attachments are confidential and intended solely for the=
 addressee. If you have received it in error, please notify the sender and =
delete it. Any views or opinions expressed are those of the author and do n=
ot necessarily represent those of Kestrel Engineering Ltd. Kestrel Engineer=
ing Ltd is registered in England and Wales, company number 04481736, regist=
ered office as above.<br>
-----------------------------------------------------------------<br>
Please consider the environment before printing this email.</p>
</body></html>

--_000_DB8PR06MB63221D8E0F6A4B3C9E2A7F58B5C12DB8PR06MB6322eurp_--
"""),
    ('nl', 'exchange-online-ooo-nl', 'automated', (),
"""Received: from PR3P193MB0891.EURP193.PROD.OUTLOOK.COM (2603:10a6:102:a4::11) by
 AS8P193MB1429.EURP193.PROD.OUTLOOK.COM with HTTPS; Mon, 16 Nov 2026 13:20:48 +0000
From: Els Van Damme <els@vandammeboekhouding.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw privacyverzoek PRIV-2026-11795: bevestig uw
 e-mailadres
Thread-Topic: Uw privacyverzoek PRIV-2026-11795: bevestig uw e-mailadres
Thread-Index: AQHbOCJvR3XwM0m+E0ub3rO2Kq0fYw==
Date: Mon, 16 Nov 2026 13:20:47 +0000
Message-ID: <a07e39c1f5b24d8a9e3c2b1d0f6e7a54@PR3P193MB0891.EURP193.PROD.OUTLOOK.COM>
In-Reply-To: <20261116132031.7740.privacy-bot@shop.example.be>
References: <20261116132031.7740.privacy-bot@shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Beste,

Ik ben afwezig van 16 tot en met 27 november 2026. Uw e-mail wordt niet doo=
rgestuurd.
Voor dringende vragen kan u terecht bij onze algemene dienst: info@vandamme=
boekhouding.be of 09 233 45 67.

Met vriendelijke groeten,
Els Van Damme
"""),
    ('nl', 'telenet-webmail-vacation', 'automated', (),
"""Return-Path: <>
Received: from cmgw-5.mail.telenet-ops.be (cmgw-5.mail.telenet-ops.be [195.130.132.52])
	by mx.shop.example.be (Postfix) with ESMTPS id 5D2E94A0B9
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 10:04:33 +0000 (UTC)
Date: Tue, 17 Nov 2026 11:04:31 +0100
From: marleen.deprez@telenet.be
To: privacy@shop.example.be
Subject: Afwezig
Message-ID: <dovecot-sieve-1763373871-612044-0@imap-2.mail.telenet-ops.be>
In-Reply-To: <20261117100411.2284.privacy-bot@shop.example.be>
References: <20261117100411.2284.privacy-bot@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bedankt voor uw bericht. Ik ben met vakantie tot 25 november en lees mijn mail niet.
Daarna antwoord ik zo snel mogelijk.

Groetjes,
Marleen
"""),
    ('nl', 'proximus-skynet-bounce', 'automated', (),
"""Return-Path: <>
Received: from mailrelay112.isp.belgacom.be (mailrelay112.isp.belgacom.be [195.238.20.139])
	by mx.shop.example.be (Postfix) with ESMTP id 92AA14A0D3
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 08:30:09 +0000 (UTC)
Date: Wed, 18 Nov 2026 09:30:08 +0100
From: Mail Delivery System <MAILER-DAEMON@isp.belgacom.be>
To: privacy@shop.example.be
Subject: Onbestelbaar bericht / Message non distribuable
Message-ID: <20261118083008.B41C3E0012@mailrelay112.isp.belgacom.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B41C3E0012.1763454608/mailrelay112.isp.belgacom.be"

This is a MIME-encapsulated message.

--B41C3E0012.1763454608/mailrelay112.isp.belgacom.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is het mailsysteem van Proximus.

Uw bericht kon niet worden afgeleverd aan een of meer ontvangers.
Het mailadres bestaat niet (meer) of de mailbox is afgesloten.

Ceci est le système de messagerie de Proximus.

Votre message n'a pas pu être délivré à un ou plusieurs destinataires.
L'adresse n'existe pas (ou plus) ou la boîte aux lettres est fermée.

<jan.peeters12@skynet.be>: host mx.skynet.be[195.238.6.48] said: 550 5.1.1
    <jan.peeters12@skynet.be>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--B41C3E0012.1763454608/mailrelay112.isp.belgacom.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailrelay112.isp.belgacom.be
X-Postfix-Queue-ID: B41C3E0012
Arrival-Date: Wed, 18 Nov 2026 09:30:05 +0100 (CET)

Final-Recipient: rfc822; jan.peeters12@skynet.be
Original-Recipient: rfc822;jan.peeters12@skynet.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.skynet.be
Diagnostic-Code: smtp; 550 5.1.1 <jan.peeters12@skynet.be>: Recipient address
    rejected: User unknown

--B41C3E0012.1763454608/mailrelay112.isp.belgacom.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Date: Wed, 18 Nov 2026 09:30:02 +0100
From: Privacyteam shop.example.be <privacy@shop.example.be>
To: jan.peeters12@skynet.be
Subject: Uw verzoek tot inzage PRIV-2026-11830: bevestig uw e-mailadres
Message-ID: <20261118083002.5120.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste klant,

Wij ontvingen van dit adres het volgende verzoek:

> Ik wil weten welke gegevens jullie over mij bijhouden, met een kopie aub.

Bevestig binnen 14 dagen dat dit verzoek van u komt via deze link:
https://shop.example.be/privacy/confirm/Zp4tRq81Lm

Met vriendelijke groeten,
Privacyteam shop.example.be

--B41C3E0012.1763454608/mailrelay112.isp.belgacom.be--
"""),
    ('nl', 'kpn-mail-autoreply-no-headers', 'automated', (),
"""Return-Path: <r.hoekstra@kpnmail.nl>
Received: from cpsmtpb-ews09.kpnxchange.com (cpsmtpb-ews09.kpnxchange.com [213.75.39.14])
	by mx.shop.example.be (Postfix) with ESMTP id 1E7B34A0AC
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 07:55:40 +0000 (UTC)
From: r.hoekstra@kpnmail.nl
To: privacy@shop.example.be
Subject: Afwezigheidsbericht: RE: Ontvangstbevestiging PRIV-2026-11866
Date: Thu, 19 Nov 2026 08:55:38 +0100
Message-ID: <1763538938.7f3a9c21e4b0@kpnmail.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Beste afzender,

Ik ben tot en met vrijdag 20 november niet aanwezig. Uw mail wordt na mijn =
terugkomst behandeld.
Bij spoed kunt u bellen met 06-41827390.

Met vriendelijke groet,
Ruud Hoekstra
"""),
    ('nl', 'gemeente-ontvangstbevestiging', 'automated', (),
"""Return-Path: <noreply@zaventem.be>
Received: from mail-relay.cipal.be (mail-relay.cipal.be [193.191.216.44])
	by mx.shop.example.be (Postfix) with ESMTPS id 6F0B34A0C2
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 13:02:51 +0000 (UTC)
From: Gemeente Zaventem <noreply@zaventem.be>
To: privacy@shop.example.be
Subject: Uw bericht is goed ontvangen - referentie 2026/INF/48817
Date: Thu, 19 Nov 2026 14:02:49 +0100
Message-ID: <5c1e0d9a-2f7b-4c33-9a71-0b3e2d6f8a14@zaventem.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_000_01A4_01DB3A7E.3C9F1B20"

------=_NextPart_000_01A4_01DB3A7E.3C9F1B20
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R2VhY2h0ZSBoZWVyLCBtZXZyb3V3LAoKVXcgYmVyaWNodCBpcyBnb2VkIG9udHZhbmdlbi4gV2lq
IGJlaGFuZGVsZW4gdXcgdnJhYWcgem8gc25lbCBtb2dlbGlqaywgdWl0ZXJsaWprIGJpbm5lbiAx
MCB3ZXJrZGFnZW4uClV3IHJlZmVyZW50aWVudW1tZXIgaXMgMjAyNi9JTkYvNDg4MTcuIFZlcm1l
bGQgZGl0IG51bW1lciBhbHMgdSBvbnMgb3BuaWV1dyBjb250YWN0ZWVydC4KCkRpdCBpcyBlZW4g
YXV0b21hdGlzY2ggYmVyaWNodC4gVSBrYW4gbmlldCBhbnR3b29yZGVuIG9wIGRlemUgZS1tYWls
LgoKTWV0IHZyaWVuZGVsaWprZSBncm9ldGVuLApHZW1lZW50ZSBaYXZlbnRlbSDigJMgT250aGFh
bApEaWVnZW1zdHJhYXQgMSwgMTkzMCBaYXZlbnRlbQp3d3cuemF2ZW50ZW0uYmUKCi0tLS0tT29y
c3Byb25rZWxpamsgYmVyaWNodC0tLS0tClZhbjogUHJpdmFjeXRlYW0gc2hvcC5leGFtcGxlLmJl
IDxwcml2YWN5QHNob3AuZXhhbXBsZS5iZT4KVmVyem9uZGVuOiBkb25kZXJkYWcgMTkgbm92ZW1i
ZXIgMjAyNiAxNDowMgpBYW46IGluZm9AemF2ZW50ZW0uYmUKT25kZXJ3ZXJwOiBVdyB2ZXJ6b2Vr
IHRvdCB3aXNzaW5nIFBSSVYtMjAyNi0xMTg3MTogYmV2ZXN0aWcgdXcgZS1tYWlsYWRyZXMKCkJl
c3RlIGtsYW50LAoKV2lqIG9udHZpbmdlbiB2YW4gZGl0IGFkcmVzIGhldCB2b2xnZW5kZSB2ZXJ6
b2VrOgoiR2VsaWV2ZSBtaWpuIGtsYW50ZW5hY2NvdW50IGVuIGFsbGUgZ2VnZXZlbnMgb3ZlciBt
aWogdGUgdmVyd2lqZGVyZW4uIgpCZXZlc3RpZyB2aWEgZGUgbGluayBoaWVyb25kZXIgZGF0IGRp
dCB2ZXJ6b2VrIHZhbiB1IGtvbXQ6Cmh0dHBzOi8vc2hvcC5leGFtcGxlLmJlL3ByaXZhY3kvY29u
ZmlybS9McjdRejJYYjBwCg==

------=_NextPart_000_01A4_01DB3A7E.3C9F1B20
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5HZWFjaHRlIGhlZXIsIG1ldnJv
dXcsPC9wPgo8cD5VdyBiZXJpY2h0IGlzIGdvZWQgb250dmFuZ2VuLiBXaWogYmVoYW5kZWxlbiB1
dyB2cmFhZyB6byBzbmVsIG1vZ2VsaWprLCB1aXRlcmxpamsgYmlubmVuIDEwIHdlcmtkYWdlbi48
YnI+ClV3IHJlZmVyZW50aWVudW1tZXIgaXMgMjAyNi9JTkYvNDg4MTcuIFZlcm1lbGQgZGl0IG51
bW1lciBhbHMgdSBvbnMgb3BuaWV1dyBjb250YWN0ZWVydC48L3A+CjxwPkRpdCBpcyBlZW4gYXV0
b21hdGlzY2ggYmVyaWNodC4gVSBrYW4gbmlldCBhbnR3b29yZGVuIG9wIGRlemUgZS1tYWlsLjwv
cD4KPHA+TWV0IHZyaWVuZGVsaWprZSBncm9ldGVuLDxicj4KR2VtZWVudGUgWmF2ZW50ZW0g4oCT
IE9udGhhYWw8YnI+CkRpZWdlbXN0cmFhdCAxLCAxOTMwIFphdmVudGVtPGJyPgp3d3cuemF2ZW50
ZW0uYmU8L3A+CjxwPi0tLS0tT29yc3Byb25rZWxpamsgYmVyaWNodC0tLS0tPGJyPgpWYW46IFBy
aXZhY3l0ZWFtIHNob3AuZXhhbXBsZS5iZSAmbHQ7cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUmZ3Q7
PGJyPgpWZXJ6b25kZW46IGRvbmRlcmRhZyAxOSBub3ZlbWJlciAyMDI2IDE0OjAyPGJyPgpBYW46
IGluZm9AemF2ZW50ZW0uYmU8YnI+Ck9uZGVyd2VycDogVXcgdmVyem9layB0b3Qgd2lzc2luZyBQ
UklWLTIwMjYtMTE4NzE6IGJldmVzdGlnIHV3IGUtbWFpbGFkcmVzPC9wPgo8cD5CZXN0ZSBrbGFu
dCw8L3A+CjxwPldpaiBvbnR2aW5nZW4gdmFuIGRpdCBhZHJlcyBoZXQgdm9sZ2VuZGUgdmVyem9l
azo8YnI+CiZxdW90O0dlbGlldmUgbWlqbiBrbGFudGVuYWNjb3VudCBlbiBhbGxlIGdlZ2V2ZW5z
IG92ZXIgbWlqIHRlIHZlcndpamRlcmVuLiZxdW90Ozxicj4KQmV2ZXN0aWcgdmlhIGRlIGxpbmsg
aGllcm9uZGVyIGRhdCBkaXQgdmVyem9layB2YW4gdSBrb210Ojxicj4KaHR0cHM6Ly9zaG9wLmV4
YW1wbGUuYmUvcHJpdmFjeS9jb25maXJtL0xyN1F6MlhiMHA8L3A+CjwvYm9keT48L2h0bWw+Cg==

------=_NextPart_000_01A4_01DB3A7E.3C9F1B20--
"""),
    ('nl', 'freshdesk-ticket-ack-nl', 'automated', (),
"""Return-Path: <bounces+1740221-a7c2-privacy=shop.example.be@emailus.freshdesk.com>
Received: from o1.emailus.freshdesk.com (o1.emailus.freshdesk.com [149.72.141.19])
	by mx.shop.example.be (Postfix) with ESMTPS id 2C94A4A0D8
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 16:18:02 +0000 (UTC)
Date: Thu, 19 Nov 2026 16:17:59 +0000
From: Fietsen Verbeke Klantendienst <support@fietsenverbeke.freshdesk.com>
Reply-To: Fietsen Verbeke Klantendienst <support@fietsenverbeke.freshdesk.com>
To: privacy@shop.example.be
Message-ID: <9a2c7e1f0b4d.20931.1763569079@fietsenverbeke.freshdesk.com>
In-Reply-To: <20261119161741.6630.privacy-bot@shop.example.be>
Subject: Ticket ontvangen - Uw verzoek om uw gegevens over te dragen
 PRIV-2026-11880
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_673cba47c0f1a_4b1d3f2e8a1c4b1f";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-SG-EID: u001.Y2b8qR0tK3VwM9pZ1xL4nF7sE6cJ5hG2dA0iB8oU3yT
X-Freshdesk-Ticket-Id: 20931

----==_mimepart_673cba47c0f1a_4b1d3f2e8a1c4b1f
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt om contact op te nemen met de klantendienst van Fietsen Verbeke. We=
 hebben je bericht goed ontvangen en er is een ticket aangemaakt met nummer=
 #20931.

Een van onze medewerkers neemt binnen 2 werkdagen contact met je op. Je kan=
 de status van je ticket bekijken via ons klantenportaal: https://fietsenve=
rbeke.freshdesk.com/support/tickets/20931

Met vriendelijke groeten,
Het Fietsen Verbeke-team

---

Van: privacy@shop.example.be
Onderwerp: Uw verzoek om uw gegevens over te dragen PRIV-2026-11880

Beste klant,
U vroeg ons uw gegevens in een machineleesbaar formaat (CSV) te bezorgen. B=
evestig eerst dat dit verzoek van u komt via https://shop.example.be/privac=
y/confirm/Wq0z8Nf3Ta

----==_mimepart_673cba47c0f1a_4b1d3f2e8a1c4b1f
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Beste,</p>
<p>Bedankt om contact op te nemen met de klantendienst van Fietsen Verbeke.=
 We hebben je bericht goed ontvangen en er is een ticket aangemaakt met num=
mer #20931.</p>
<p>Een van onze medewerkers neemt binnen 2 werkdagen contact met je op. Je =
kan de status van je ticket bekijken via ons klantenportaal: https://fietse=
nverbeke.freshdesk.com/support/tickets/20931</p>
<p>Met vriendelijke groeten,<br>
Het Fietsen Verbeke-team</p>
<p>---</p>
<p>Van: privacy@shop.example.be<br>
Onderwerp: Uw verzoek om uw gegevens over te dragen PRIV-2026-11880</p>
<p>Beste klant,<br>
U vroeg ons uw gegevens in een machineleesbaar formaat (CSV) te bezorgen. B=
evestig eerst dat dit verzoek van u komt via https://shop.example.be/privac=
y/confirm/Wq0z8Nf3Ta</p>
</body></html>

----==_mimepart_673cba47c0f1a_4b1d3f2e8a1c4b1f--
"""),
    ('nl', 'person-holiday-not-autoreply', 'deletion', (),
"""Return-Path: <griet.claes@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
	by mx.shop.example.be (Postfix) with ESMTPS id 8B1E24A0E0
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 17:12:30 +0000 (UTC)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Griet Claes <griet.claes@telenet.be>
Mime-Version: 1.0 (1.0)
Date: Sat, 21 Nov 2026 18:12:21 +0100
Subject: Automatisch antwoord? Nee hoor, ik ben het zelf
Message-Id: <8E2F1A4C-93D7-4B6E-A1F0-7C3D5B2E9A61@telenet.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Dag,

Jullie gaan misschien denken dat dit mijn afwezigheidsbericht is, want ik z=
it inderdaad op vakantie in Spanje. Maar nee, ik schrijf dit zelf vanop mij=
n gsm.

Gelieve mijn klantenaccount (griet.claes@telenet.be) volledig te verwijdere=
n, met alles wat erbij hoort. Ik heb die niet meer nodig.

Groetjes,
Griet Claes

Verstuurd vanaf mijn iPhone
"""),
    ('nl', 'person-forwards-bounce-asks-again', 'objection', (),
"""Return-Path: <wim.vanleeuwen@ziggo.nl>
Received: from smtp.ziggo.nl (smtpq2.tb.ukmail.iss.as9143.net [212.54.57.97])
	by mx.shop.example.be (Postfix) with ESMTPS id 4A0C74A0E6
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 08:41:55 +0000 (UTC)
Message-ID: <b3c91e5f-7d2a-4f18-8e0c-2a9d6f1b7e43@ziggo.nl>
Date: Sat, 21 Nov 2026 09:41:50 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl
To: privacy@shop.example.be
From: Wim van Leeuwen <wim.vanleeuwen@ziggo.nl>
Subject: Fwd: Onbestelbaar: Bezwaar tegen profilering
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goedemorgen,

Mijn mail van gisteren kwam terug (zie hieronder), ik had een streepje 
verkeerd getypt in het adres. Daarom opnieuw: ik maak bezwaar tegen het 
gebruik van mijn aankoopgeschiedenis voor gepersonaliseerde reclame en 
profilering. Mijn klantnummer is 3318842.

Met vriendelijke groet,
Wim van Leeuwen


-------- Doorgestuurd bericht --------
Onderwerp: Onbestelbaar: Bezwaar tegen profilering
Datum: Fri, 20 Nov 2026 21:03:11 +0100
Van: Mail Delivery System <MAILER-DAEMON@ziggo.nl>
Aan: wim.vanleeuwen@ziggo.nl

Dit bericht is automatisch aangemaakt door het mailsysteem.

Uw bericht kon niet worden afgeleverd bij de volgende ontvanger(s):

  privacy@shop-example.be
    Domein bestaat niet (host not found)

------ Oorspronkelijk bericht ------
Van: Wim van Leeuwen <wim.vanleeuwen@ziggo.nl>
Aan: privacy@shop-example.be
Onderwerp: Bezwaar tegen profilering

Geachte heer/mevrouw,

Ik maak bezwaar tegen het gebruik van mijn aankoopgeschiedenis voor gepersonaliseerde reclame en profilering.

Met vriendelijke groet,
Wim van Leeuwen
"""),
    ('fr', 'exchange-online-ooo-fr', 'automated', (),
"""Received: from PAXPR09MB7140.eurprd09.prod.outlook.com (2603:10a6:102:3b1::7) by
 PA4PR09MB9212.eurprd09.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 15:44:03 +0000
From: Claire Morel <c.morel@cabinet-morel-avocats.fr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Votre_demande_d'acc=E8s_PRIV-2026?=
 =?iso-8859-1?Q?-11798_:_confirmez_votre_adresse?=
Thread-Topic: =?iso-8859-1?Q?Votre_demande_d'acc=E8s_PRIV-2026-11798_:_confirmez_vot?=
 =?iso-8859-1?Q?re_adresse?=
Thread-Index: AQHbOCdP0kS2vZ1t0UyGz7m3nQ2b9w==
Date: Mon, 16 Nov 2026 15:44:02 +0000
Message-ID: <3d9e1b7c0a2f4e58b6c17d2e9f0a1b3c@PAXPR09MB7140.eurprd09.prod.outlook.com>
In-Reply-To: <20261116154350.8812.privacy-bot@shop.example.be>
References: <20261116154350.8812.privacy-bot@shop.example.be>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_3d9e1b7c0a2f4e58b6c17d2e9f0a1b3cPAXPR09MB7140eurprd09pr_"
MIME-Version: 1.0

--_000_3d9e1b7c0a2f4e58b6c17d2e9f0a1b3cPAXPR09MB7140eurprd09pr_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du bureau jusqu'au lundi 23 novembre inclus, sans acc=E8s =
=E0 ma messagerie.
Pour toute demande urgente, merci de contacter le secr=E9tariat au 04 78 62=
 19 40 ou secretariat@cabinet-morel-avocats.fr.

Cordialement,
Ma=EEtre Claire Morel

--_000_3d9e1b7c0a2f4e58b6c17d2e9f0a1b3cPAXPR09MB7140eurprd09pr_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><p>Bonjour,</p>
<p>Je suis absente du bureau jusqu&#x27;au lundi 23 novembre inclus, sans a=
cc=E8s =E0 ma messagerie.<br>
Pour toute demande urgente, merci de contacter le secr=E9tariat au 04 78 62=
 19 40 ou secretariat@cabinet-morel-avocats.fr.</p>
<p>Cordialement,<br>
Ma=EEtre Claire Morel</p>
</body></html>

--_000_3d9e1b7c0a2f4e58b6c17d2e9f0a1b3cPAXPR09MB7140eurprd09pr_--
"""),
    ('fr', 'orange-mail-absence', 'automated', (),
"""Return-Path: <>
Received: from smtp-out.orange.fr (smtp-20.smtpout.orange.fr [80.12.242.20])
	by mx.shop.example.be (Postfix) with ESMTPS id 3E0A94A0B1
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 18:25:41 +0000 (UTC)
Date: Tue, 17 Nov 2026 19:25:39 +0100 (CET)
From: nathalie.giraud56@orange.fr
To: privacy@shop.example.be
Message-ID: <1182374516.41022.1763403939710.JavaMail.open-xchange@opme11oxm04nd1>
In-Reply-To: <20261117182520.3019.privacy-bot@shop.example.be>
Subject: =?UTF-8?Q?Message_d'absence_:_Re:_Votre_demande_de_suppression_PRIV-2026-11822?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Priority: 3
Importance: Medium
X-Mailer: Open-Xchange Mailer v7.10.6-Rev61

Bonjour,
je suis en cong=C3=A9s jusqu'au 29 novembre. Je lirai votre message =C3=A0 =
mon retour.
Bonne journ=C3=A9e,
Nathalie
"""),
    ('fr', 'laposte-net-bounce', 'automated', (),
"""Return-Path: <>
Received: from mlpnf0116.laposte.net (mlpnf0116.laposte.net [160.92.124.116])
	by mx.shop.example.be (Postfix) with ESMTP id A1C3E4A0B4
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 10:10:12 +0000 (UTC)
Date: Wed, 18 Nov 2026 11:10:11 +0100 (CET)
From: MAILER-DAEMON@laposte.net (Mail Delivery System)
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Message_non_d=C3=A9livr=C3=A9?=
Message-Id: <20261118101011.7E1F21C00092@mlpnf0116.laposte.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7E1F21C00092.1763460611/mlpnf0116.laposte.net"

--7E1F21C00092.1763460611/mlpnf0116.laposte.net
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ceci est un message automatique du serveur de messagerie de laposte.net.

Votre message n'a pas pu être délivré au destinataire suivant :

    jp.lefebvre@laposte.net
    Raison : la boîte aux lettres de ce destinataire est pleine (quota dépassé).

Le message a été supprimé. Vous pouvez réessayer plus tard.

--7E1F21C00092.1763460611/mlpnf0116.laposte.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mlpnf0116.laposte.net
Arrival-Date: Wed, 18 Nov 2026 11:10:09 +0100 (CET)

Final-Recipient: rfc822; jp.lefebvre@laposte.net
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Postfix; 552 5.2.2 Mailbox full

--7E1F21C00092.1763460611/mlpnf0116.laposte.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Wed, 18 Nov 2026 11:10:04 +0100
From: =?UTF-8?Q?=C3=89quipe_vie_priv=C3=A9e?= <privacy@shop.example.be>
To: jp.lefebvre@laposte.net
Subject: =?UTF-8?Q?Votre_demande_d'opposition_PRIV-2026-11833_a_bien_=C3=A9t=C3=A9_re=C3=A7ue?=
Message-ID: <20261118101004.6402.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Nous avons bien reçu votre demande :

> Je m'oppose à ce que mes données soient utilisées pour de la publicité ciblée.

Nous la traiterons dans un délai d'un mois.

L'équipe vie privée de shop.example.be

--7E1F21C00092.1763460611/mlpnf0116.laposte.net--
"""),
    ('fr', 'mairie-accuse-de-reception', 'automated', (),
"""Return-Path: <ne-pas-repondre@mairie-villeurbanne.fr>
Received: from smtp.mairie-villeurbanne.fr (smtp.mairie-villeurbanne.fr [185.24.184.21])
	by mx.shop.example.be (Postfix) with ESMTPS id 0D9C14A0C5
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 08:47:20 +0000 (UTC)
From: Mairie de Villeurbanne <ne-pas-repondre@mairie-villeurbanne.fr>
To: privacy@shop.example.be
Subject: =?UTF-8?B?QWNjdXPDqSBkZSByw6ljZXB0aW9uIGRlIHZvdHJlIGVudm9pIMOpbGVjdHJvbmlxdWUg4oCTIEFSLTIwMjYtMTEzNDgy?=
Date: Thu, 19 Nov 2026 09:47:18 +0100
Message-ID: <AR-2026-113482.1763542038@mairie-villeurbanne.fr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

QUNDVVPDiSBERSBSw4lDRVBUSU9OCgpNYWRhbWUsIE1vbnNpZXVyLAoKVm90cmUgZW52b2kgw6ls
ZWN0cm9uaXF1ZSBhIGJpZW4gw6l0w6kgcmXDp3UgcGFyIGxhIE1haXJpZSBkZSBWaWxsZXVyYmFu
bmUgbGUgMTkvMTEvMjAyNiDDoCAwOTo0Ny4KClNlcnZpY2UgY2hhcmfDqSBkdSBkb3NzaWVyIDog
QWNjdWVpbCBldCByZWxhdGlvbnMgYXZlYyBsZXMgdXNhZ2VycwpBZHJlc3NlIDogUGxhY2UgTGF6
YXJlLUdvdWpvbiwgNjkxMDAgVmlsbGV1cmJhbm5lIOKAkyBUw6lsw6lwaG9uZSA6IDA0IDc4IDAz
IDY3IDY3Ck51bcOpcm8gZCdlbnJlZ2lzdHJlbWVudCA6IEFSLTIwMjYtMTEzNDgyCgpMZSBwcsOp
c2VudCBhY2N1c8OpIGRlIHLDqWNlcHRpb24gZXN0IGTDqWxpdnLDqSBlbiBhcHBsaWNhdGlvbiBk
ZXMgYXJ0aWNsZXMgTC4gMTEyLTExIGV0IFIuIDExMi0xMS0xIGR1IGNvZGUgZGVzIHJlbGF0aW9u
cyBlbnRyZSBsZSBwdWJsaWMgZXQgbCdhZG1pbmlzdHJhdGlvbi4gSWwgYXR0ZXN0ZSB1bmlxdWVt
ZW50IGRlIGxhIHLDqWNlcHRpb24gZGUgdm90cmUgZW52b2kgZXQgbmUgcHLDqWp1Z2UgcGFzIGRl
IGxhIHN1aXRlIHF1aSBsdWkgc2VyYSBkb25uw6llLgoKQ2UgbWVzc2FnZSBlc3QgZW52b3nDqSBh
dXRvbWF0aXF1ZW1lbnQsIG1lcmNpIGRlIG5lIHBhcyB5IHLDqXBvbmRyZS4KCi0tLSBNZXNzYWdl
IHJlw6d1IC0tLQpEZSA6IHByaXZhY3lAc2hvcC5leGFtcGxlLmJlCk9iamV0IDogVm90cmUgZGVt
YW5kZSBkZSByZWN0aWZpY2F0aW9uIFBSSVYtMjAyNi0xMTg2MCA6IGNvbmZpcm1leiB2b3RyZSBh
ZHJlc3NlCgpCb25qb3VyLApOb3VzIGF2b25zIHJlw6d1IGRlcHVpcyBjZXR0ZSBhZHJlc3NlIHVu
ZSBkZW1hbmRlIGRlIHJlY3RpZmljYXRpb24gZGUgdm9zIGRvbm7DqWVzICjCqyBtb24gbm9tIGVz
dCBtYWwgb3J0aG9ncmFwaGnDqSwgYydlc3QgTGVmw6h2cmUgZXQgbm9uIExlZmV2cmUgwrspLiBN
ZXJjaSBkZSBjb25maXJtZXIgcXUnZWxsZSDDqW1hbmUgYmllbiBkZSB2b3VzIDoKaHR0cHM6Ly9z
aG9wLmV4YW1wbGUuYmUvcHJpdmFjeS9jb25maXJtL0hzM2RWcTdQejEK
"""),
    ('fr', 'sympa-moderation-fr', 'automated', (),
"""Return-Path: <sympa-request@listes.univ-rennes-exemple.fr>
Received: from listes.univ-rennes-exemple.fr (listes.univ-rennes-exemple.fr [148.60.4.17])
	by mx.shop.example.be (Postfix) with ESMTPS id 6E2A14A0B7
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:02:44 +0000 (UTC)
Date: Thu, 19 Nov 2026 16:02:43 +0100
From: SYMPA <sympa@listes.univ-rennes-exemple.fr>
Reply-To: SYMPA <sympa@listes.univ-rennes-exemple.fr>
To: privacy@shop.example.be
Message-Id: <sympa.1763564563.1742.312@listes.univ-rennes-exemple.fr>
Subject: =?UTF-8?Q?Votre_message_pour_la_liste_labo-chimie_a_=C3=A9t=C3=A9_transmis_au?=
 =?UTF-8?Q?_mod=C3=A9rateur?=
Auto-Submitted: auto-replied
X-Loop: sympa@listes.univ-rennes-exemple.fr
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Votre message pour la liste labo-chimie@listes.univ-rennes-exemple.fr a
été transmis au(x) modérateur(s) de la liste. Il sera distribué s'il est
accepté.

Objet : Votre demande de portabilité PRIV-2026-11874 : vos données sont prêtes

Pour toute question, vous pouvez contacter le(s) propriétaire(s) de la
liste : labo-chimie-request@listes.univ-rennes-exemple.fr

-- 
Sympa, gestionnaire de listes de diffusion
"""),
    ('fr', 'zoho-desk-accuse-fr', 'automated', (),
"""Return-Path: <bounce-zdesk-58214@zohodesk.eu>
Received: from sender4-pp-o91.zoho.eu (sender4-pp-o91.zoho.eu [185.20.209.91])
	by mx.shop.example.be (Postfix) with ESMTPS id 7F3104A0D1
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 09:30:15 +0000 (UTC)
Date: Fri, 20 Nov 2026 10:30:12 +0100 (CET)
From: Service client Maisons Dubreuil <support@maisons-dubreuil.zohodesk.eu>
Reply-To: support@maisons-dubreuil.zohodesk.eu
To: privacy@shop.example.be
Message-Id: <1763631012.58214.desk@zohodesk.eu>
Subject: =?UTF-8?Q?[##_58214_##]_Nous_avons_bien_re=C3=A7u_votre_demande?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_902114_221903843.1763631012441"
X-ZohoMail-Sender: support@maisons-dubreuil.zohodesk.eu
X-Mailer: Zoho Desk
Auto-Submitted: auto-replied

------=_Part_902114_221903843.1763631012441
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons bien re=C3=A7u votre demande et un ticket a =C3=A9t=C3=A9 cr=C3=
=A9=C3=A9 sous la r=C3=A9f=C3=A9rence [## 58214 ##].

Notre =C3=A9quipe vous r=C3=A9pondra dans un d=C3=A9lai de 48 heures ouvr=
=C3=A9es. Merci de conserver la r=C3=A9f=C3=A9rence dans l'objet de vos pro=
chains messages.

Cordialement,
Le service client Maisons Dubreuil

------------------------------------------------------------
Votre message :

Bonjour,
Vous nous avez demand=C3=A9 de ne plus recevoir notre lettre d'information =
et nos offres. Votre demande PRIV-2026-11885 a =C3=A9t=C3=A9 enregistr=C3=
=A9e ; aucun autre message publicitaire ne vous sera envoy=C3=A9.
L'=C3=A9quipe vie priv=C3=A9e de shop.example.be

------=_Part_902114_221903843.1763631012441
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Bonjour,</p>
<p>Nous avons bien re=C3=A7u votre demande et un ticket a =C3=A9t=C3=A9 cr=
=C3=A9=C3=A9 sous la r=C3=A9f=C3=A9rence [## 58214 ##].</p>
<p>Notre =C3=A9quipe vous r=C3=A9pondra dans un d=C3=A9lai de 48 heures ouv=
r=C3=A9es. Merci de conserver la r=C3=A9f=C3=A9rence dans l&#x27;objet de v=
os prochains messages.</p>
<p>Cordialement,<br>
Le service client Maisons Dubreuil</p>
<p>------------------------------------------------------------<br>
Votre message :</p>
<p>Bonjour,<br>
Vous nous avez demand=C3=A9 de ne plus recevoir notre lettre d&#x27;informa=
tion et nos offres. Votre demande PRIV-2026-11885 a =C3=A9t=C3=A9 enregistr=
=C3=A9e ; aucun autre message publicitaire ne vous sera envoy=C3=A9.<br>
L&#x27;=C3=A9quipe vie priv=C3=A9e de shop.example.be</p>
</body></html>

------=_Part_902114_221903843.1763631012441--
"""),
    ('fr', 'person-company-disclaimer', 'withdraw_consent', ('objection',),
"""Received: from mail.groupe-valmont.fr (mail.groupe-valmont.fr [217.128.44.90])
	by mx.shop.example.be (Postfix) with ESMTPS id 5B7E24A0E9
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 08:52:17 +0000 (UTC)
From: Sophie Bertrand <sophie.bertrand@groupe-valmont.fr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?D=E9sinscription_et_opposition?=
Thread-Topic: =?iso-8859-1?Q?D=E9sinscription_et_opposition?=
Thread-Index: AdtDjK0p9u2L5Wm4Q6eYz1b0Rk8vDg==
Date: Mon, 23 Nov 2026 08:52:12 +0000
Message-ID: <0b8f3e4a2c1d4f6e9a7b5c3d1e0f2a4b@EXCH02.groupe-valmont.local>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-originating-ip: [10.20.4.118]
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour,

Je ne souhaite plus recevoir votre newsletter ni vos offres par e-mail : je=
 retire mon consentement. Par ailleurs, je m'oppose =E0 ce que mes donn=E9e=
s soient transmises =E0 vos partenaires publicitaires.

Adresse concern=E9e : sophie.bertrand@groupe-valmont.fr (compte client n=B0=
 7742019).

Merci d'avance,

Sophie Bertrand
Assistante de direction - Groupe Valmont
12, rue de la R=E9publique - 69002 Lyon
T=E9l. : +33 4 72 41 88 10

AVERTISSEMENT : Ce message et toutes les pi=E8ces jointes sont confidentiel=
s et =E9tablis =E0 l'intention exclusive de ses destinataires. Toute utilis=
ation ou diffusion non autoris=E9e est interdite. Si vous avez re=E7u ce me=
ssage par erreur, merci d'en avertir imm=E9diatement l'exp=E9diteur et de l=
e d=E9truire. Le Groupe Valmont d=E9cline toute responsabilit=E9 au titre d=
e ce message s'il a =E9t=E9 alt=E9r=E9, d=E9form=E9 ou falsifi=E9.

Pensez =E0 l'environnement avant d'imprimer ce message.
"""),
    ('de', 'exchange-online-ooo-de', 'automated', (),
"""Received: from FR4P281MB3512.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:c4::9) by
 BE1P281MB2051.DEUP281.PROD.OUTLOOK.COM with HTTPS; Mon, 16 Nov 2026 09:11:26 +0000
From: Katrin Schreiner <k.schreiner@schreiner-kg.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatische Antwort: Ihre Anfrage PRIV-2026-11790 - bitte bestätigen
 Sie Ihre E-Mail-Adresse
Thread-Topic: Ihre Anfrage PRIV-2026-11790 - bitte bestätigen Sie Ihre
 E-Mail-Adresse
Thread-Index: AQHbOAB2W4m9vQ3t0k2Yx7r1nS3d8A==
Date: Mon, 16 Nov 2026 09:11:25 +0000
Message-ID: <c47a1e9d3b2f4a0e8d6c5b4a39281706@FR4P281MB3512.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <20261116091112.1204.privacy-bot@shop.example.be>
References: <20261116091112.1204.privacy-bot@shop.example.be>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_c47a1e9d3b2f4a0e8d6c5b4a39281706FR4P281MB3512DEUP281PROD_"
MIME-Version: 1.0

--_000_c47a1e9d3b2f4a0e8d6c5b4a39281706FR4P281MB3512DEUP281PROD_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

U2VociBnZWVocnRlIERhbWVuIHVuZCBIZXJyZW4sCgp2aWVsZW4gRGFuayBmw7xyIElocmUgTmFj
aHJpY2h0LiBJY2ggYmluIGJpcyBlaW5zY2hsaWXDn2xpY2ggMjQuMTEuMjAyNiBuaWNodCBpbSBC
w7xybyB1bmQgaGFiZSBrZWluZW4gWnVncmlmZiBhdWYgbWVpbmUgRS1NYWlscy4gSWhyZSBOYWNo
cmljaHQgd2lyZCBuaWNodCB3ZWl0ZXJnZWxlaXRldC4KCkluIGRyaW5nZW5kZW4gRsOkbGxlbiB3
ZW5kZW4gU2llIHNpY2ggYml0dGUgYW4gbWVpbmVuIEtvbGxlZ2VuIEhlcnJuIEJyYW5kdCAobS5i
cmFuZHRAc2NocmVpbmVyLWtnLmRlLCBUZWwuIDAyMjEgNDggNzcgMjAtMTQpLgoKTWl0IGZyZXVu
ZGxpY2hlbiBHcsO8w59lbgpLYXRyaW4gU2NocmVpbmVyCg==

--_000_c47a1e9d3b2f4a0e8d6c5b4a39281706FR4P281MB3512DEUP281PROD_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5TZWhyIGdlZWhydGUgRGFtZW4g
dW5kIEhlcnJlbiw8L3A+CjxwPnZpZWxlbiBEYW5rIGbDvHIgSWhyZSBOYWNocmljaHQuIEljaCBi
aW4gYmlzIGVpbnNjaGxpZcOfbGljaCAyNC4xMS4yMDI2IG5pY2h0IGltIELDvHJvIHVuZCBoYWJl
IGtlaW5lbiBadWdyaWZmIGF1ZiBtZWluZSBFLU1haWxzLiBJaHJlIE5hY2hyaWNodCB3aXJkIG5p
Y2h0IHdlaXRlcmdlbGVpdGV0LjwvcD4KPHA+SW4gZHJpbmdlbmRlbiBGw6RsbGVuIHdlbmRlbiBT
aWUgc2ljaCBiaXR0ZSBhbiBtZWluZW4gS29sbGVnZW4gSGVycm4gQnJhbmR0IChtLmJyYW5kdEBz
Y2hyZWluZXIta2cuZGUsIFRlbC4gMDIyMSA0OCA3NyAyMC0xNCkuPC9wPgo8cD5NaXQgZnJldW5k
bGljaGVuIEdyw7zDn2VuPGJyPgpLYXRyaW4gU2NocmVpbmVyPC9wPgo8L2JvZHk+PC9odG1sPgo=

--_000_c47a1e9d3b2f4a0e8d6c5b4a39281706FR4P281MB3512DEUP281PROD_--
"""),
    ('de', 't-online-abwesenheitsnotiz', 'automated', (),
"""Return-Path: <j.hoffmann61@t-online.de>
Received: from mailout12.t-online.de (mailout12.t-online.de [194.25.134.86])
	by mx.shop.example.be (Postfix) with ESMTPS id 9E2B54A0AE
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 06:30:18 +0000 (UTC)
From: j.hoffmann61@t-online.de
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Abwesenheitsnotiz:_Ihr_Auskunftsersuchen_PRIV-2026-11812?=
Date: Tue, 17 Nov 2026 07:30:16 +0100
Message-ID: <1tSw3R-0Kq7fm0@fwd84.aul.t-online.de>
In-Reply-To: <20261117063001.3372.privacy-bot@shop.example.be>
X-TOI-MSGID: 5b3e9c72-1f0d-4a8e-9b26-7c4d1e3a0f58
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo,

ich bin vom 14.11. bis 28.11.2026 im Urlaub und lese in dieser Zeit keine E=
-Mails.
Ab dem 30.11. bin ich wieder erreichbar.

Viele Gr=C3=BC=C3=9Fe
J=C3=BCrgen Hoffmann

------ Urspr=C3=BCngliche Nachricht ------
Von: Datenschutzteam shop.example.be <privacy@shop.example.be>
An: j.hoffmann61@t-online.de
Betreff: Ihr Auskunftsersuchen PRIV-2026-11812 - bitte best=C3=A4tigen Sie =
Ihre Identit=C3=A4t

Guten Tag,
wir haben von dieser Adresse folgende Anfrage erhalten:
> Ich m=C3=B6chte Auskunft =C3=BCber alle Daten, die Sie =C3=BCber mich ges=
peichert haben (Art. 15 DSGVO).
Bitte best=C3=A4tigen Sie innerhalb von 14 Tagen =C3=BCber diesen Link:
https://shop.example.be/privacy/confirm/Tx2mQ8vR5k
"""),
    ('de', 'webde-unzustellbar', 'automated', (),
"""Return-Path: <>
Received: from mout.web.de (mout.web.de [212.227.15.3])
	by mx.shop.example.be (Postfix) with ESMTPS id 1A7F04A0C9
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:22:49 +0000 (UTC)
Date: Wed, 18 Nov 2026 14:22:48 +0100
From: Mail Delivery System <mailer-daemon@web.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Unzustellbar:_Ihr_L=C3=B6schantrag_PRIV-2026-11836?=
Message-ID: <0MFx7R-1sE2Hk0Pq1-00Gk3b@mx-ha.web.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_report_0MFx7R1sE2Hk0Pq1"

--=_report_0MFx7R1sE2Hk0Pq1
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Diese Nachricht wurde automatisch vom E-Mail-System von WEB.DE erstellt.

Ihre E-Mail konnte nicht an folgende Empf=C3=A4nger zugestellt werden:

  sabine.krueger@web.de
    Das Postfach des Empf=C3=A4ngers ist deaktiviert bzw. existiert nicht.

Bitte =C3=BCberpr=C3=BCfen Sie die Empf=C3=A4ngeradresse. Weitere Informati=
onen finden Sie unter https://hilfe.web.de/email/fehler.html

--=_report_0MFx7R1sE2Hk0Pq1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-ha.web.de

Final-Recipient: rfc822; sabine.krueger@web.de
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 Requested action not taken: mailbox unavailable

--=_report_0MFx7R1sE2Hk0Pq1
Content-Type: message/rfc822

Date: Wed, 18 Nov 2026 14:22:40 +0100
From: Datenschutzteam shop.example.be <privacy@shop.example.be>
To: sabine.krueger@web.de
Subject: =?UTF-8?Q?Ihr_L=C3=B6schantrag_PRIV-2026-11836?=
Message-ID: <20261118132240.9155.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Guten Tag,

wir haben Ihren Antrag erhalten:

> Bitte löschen Sie mein Kundenkonto und alle meine Daten.

Bitte bestätigen Sie ihn über https://shop.example.be/privacy/confirm/Fd9kP2wQ7s

--=_report_0MFx7R1sE2Hk0Pq1--
"""),
    ('de', 'buergerbuero-eingangsbestaetigung', 'automated', (),
"""Return-Path: <noreply-buergerservice@mail.aachen.de>
Received: from mx01.regioit.de (mx01.regioit.de [193.175.184.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 3C8E14A0D0
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 10:05:31 +0000 (UTC)
From: "Stadt Aachen - Buergerservice" <noreply-buergerservice@mail.aachen.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Eingangsbest=C3=A4tigung_BB-2026-0417733?=
Date: Thu, 19 Nov 2026 11:05:29 +0100
Message-ID: <EB.BB-2026-0417733.20261119110529@mail.aachen.de>
X-Mailer: Microsoft CDO for Windows 2000
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

hiermit bestätigen wir den Eingang Ihrer E-Mail vom 19.11.2026, 11:05 Uhr, beim Bürgerbüro der Stadt Aachen.

Ihr Anliegen wurde unter dem Vorgangszeichen BB-2026-0417733 erfasst und an die zuständige Stelle weitergeleitet. Bitte geben Sie dieses Zeichen bei Rückfragen an.

Diese Eingangsbestätigung wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Bürgerservice
Stadt Aachen – Fachbereich Bürgerservice
Bahnhofplatz 3, 52064 Aachen
"""),
    ('de', 'mailman-moderation-de', 'automated', (),
"""Return-Path: <vorstand-bounces@lists.kleingartenverein-eintracht.de>
Received: from lists.kleingartenverein-eintracht.de (lists.kleingartenverein-eintracht.de [85.13.144.201])
	by mx.shop.example.be (Postfix) with ESMTPS id 8D0C24A0BC
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 17:40:07 +0000 (UTC)
Subject: =?utf-8?q?Ihre_Nachricht_an_Vorstand_wartet_auf_die_Freigabe_durch_den_M?=
 =?utf-8?q?oderator?=
From: vorstand-owner@lists.kleingartenverein-eintracht.de
To: privacy@shop.example.be
Message-ID: <mailman.3.1763574007.2214.vorstand@lists.kleingartenverein-eintracht.de>
Date: Thu, 19 Nov 2026 18:40:07 +0100
Precedence: bulk
X-BeenThere: vorstand@lists.kleingartenverein-eintracht.de
X-Mailman-Version: 2.1.39
List-Id: Vorstand des KGV Eintracht <vorstand.lists.kleingartenverein-eintracht.de>
X-List-Administrivia: yes
Errors-To: vorstand-bounces@lists.kleingartenverein-eintracht.de
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SWhyZSBFLU1haWwgYW4gJ1ZvcnN0YW5kJyBtaXQgZGVtIEJldHJlZmYKCiAgICBJaHIgV2lkZXJz
cHJ1Y2ggUFJJVi0yMDI2LTExODc5IHd1cmRlIHVtZ2VzZXR6dAoKd2lyZCB6dXLDvGNrZ2VoYWx0
ZW4sIGJpcyBkZXIgTW9kZXJhdG9yIHNpZSBwcsO8ZmVuIHVuZCBnZW5laG1pZ2VuIGthbm4uCgpE
ZXIgR3J1bmQgZsO8ciBkYXMgWnVyw7xja2hhbHRlbiBpc3Q6CgogICAgTmFjaHJpY2h0IHZvbiBl
aW5lbSBOaWNodG1pdGdsaWVkIGFuIGVpbmUgZ2VzY2hsb3NzZW5lIExpc3RlCgpEaWUgTmFjaHJp
Y2h0IHdpcmQgZW50d2VkZXIgYW4gZGllIExpc3RlIHdlaXRlcmdlbGVpdGV0IG9kZXIgU2llCmJl
a29tbWVuIGVpbmUgTmFjaHJpY2h0IMO8YmVyIGRpZSBFbnRzY2hlaWR1bmcgZGVzIE1vZGVyYXRv
cnMuIFdlbm4gU2llCklocmUgRS1NYWlsIHp1csO8Y2t6aWVoZW4gd29sbGVuLCBkYW5uIGJlc3Vj
aGVuIFNpZSBiaXR0ZToKCiAgICBodHRwczovL2xpc3RzLmtsZWluZ2FydGVudmVyZWluLWVpbnRy
YWNodC5kZS9tYWlsbWFuL2NvbmZpcm0vdm9yc3RhbmQvNGYxYTlkMGM3ZTJiM2E1ODE2ZDRjOWUw
ZjdiMmExYzNkOGU2ZjUwNwo=
"""),
    ('de', 'znuny-eingangsbestaetigung', 'automated', (),
"""Return-Path: <service@elektro-baumgartner.de>
Received: from helpdesk.elektro-baumgartner.de (helpdesk.elektro-baumgartner.de [91.216.248.40])
	by mx.shop.example.be (Postfix) with ESMTPS id 2E9F34A0DA
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 09:14:03 +0000 (UTC)
From: "Elektro Baumgartner Kundenservice" <service@elektro-baumgartner.de>
To: privacy@shop.example.be
Subject: =?UTF-8?B?W1RpY2tldCMyMDI2MTExOTEwMDAwNDQ3XSBFaW5nYW5nc2Jlc3TDpHRpZ3VuZzogSWhyZSBBbmZyYWdlIFBSSVYtMjAyNi0xMTg2OQ==?=
Date: Thu, 19 Nov 2026 10:14:01 +0100
Message-ID: <1763543641.488213.62041.elektro-baumgartner.de@helpdesk.elektro-baumgartner.de>
In-Reply-To: <20261119091342.5533.privacy-bot@shop.example.be>
References: <20261119091342.5533.privacy-bot@shop.example.be>
X-Mailer: Znuny Mail Service (6.5.11)
X-Powered-By: Znuny (https://www.znuny.org/)
Auto-Submitted: auto-replied
X-Loop: yes
Organization: Elektro Baumgartner GmbH
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Anfrage. Diese ist bei uns eingegangen und wird u=
nter der Ticketnummer 2026111910000447 bearbeitet.

Wir melden uns schnellstm=C3=B6glich bei Ihnen. Bitte behalten Sie bei R=C3=
=BCckfragen die Ticketnummer im Betreff bei.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Kundenservice der Elektro Baumgartner GmbH

> Guten Tag,
> Sie haben uns gebeten, die Verarbeitung Ihrer Daten einzuschr=C3=A4nken, =
bis
> die Richtigkeit Ihrer Adresse gekl=C3=A4rt ist. Bitte best=C3=A4tigen Sie=
, dass
> diese Anfrage von Ihnen stammt: https://shop.example.be/privacy/confirm/V=
n4cL0eY9r
> Datenschutzteam shop.example.be
"""),
    ('de', 'person-ticket-number-only', 'portability', (),
"""Return-Path: <m.kowalczyk-weber@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.21])
	by mx.shop.example.be (Postfix) with ESMTPS id 6A1D84A0EB
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 20:14:38 +0000 (UTC)
MIME-Version: 1.0
Message-ID: <trinity-7c1e3f9a-2b4d-4e80-a6c1-5d9f0b8e2a37-1763842478102@3c-app-gmx-bap41>
From: Martina Kowalczyk-Weber <m.kowalczyk-weber@gmx.de>
To: privacy@shop.example.be
Subject: [PRIV-2026-11949]
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Sun, 22 Nov 2026 21:14:38 +0100
Importance: normal
Sensitivity: Normal
X-UI-Message-Type: mail
X-Priority: 3

Bitte schicken Sie mir meine Bestelldaten und Kontodaten als CSV-Datei, ich=
 will sie zu einem anderen Anbieter mitnehmen.
"""),
    ('es', 'exchange-online-ooo-es', 'automated', (),
"""Received: from DB9P190MB1622.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:2ab::14) by
 AM0P190MB0738.EURP190.PROD.OUTLOOK.COM with HTTPS; Tue, 17 Nov 2026 11:48:50 +0000
From: =?iso-8859-1?Q?Luc=EDa_Ribera?= <lribera@gestoriaribera.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Su_solicitud_de_supresi=F3n_PRI?=
 =?iso-8859-1?Q?V-2026-11819:_confirme_su_direcci=F3n?=
Thread-Topic: =?iso-8859-1?Q?Su_solicitud_de_supresi=F3n_PRIV-2026-11819:_confirme_s?=
 =?iso-8859-1?Q?u_direcci=F3n?=
Thread-Index: AQHbOOh2c8Gq1r5W0EmX2k4yLp9tQg==
Date: Tue, 17 Nov 2026 11:48:49 +0000
Message-ID: <7b0d2e4f6a8c4e1b9d3f5a7c0e2b4d6f@DB9P190MB1622.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <20261117114831.4021.privacy-bot@shop.example.be>
References: <20261117114831.4021.privacy-bot@shop.example.be>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><p>Buenos d=EDas:</p>
<p>Estar=E9 fuera de la oficina hasta el lunes 23 de noviembre, con acceso =
limitado al correo. Para cualquier asunto urgente puede escribir a administ=
racion@gestoriaribera.es.</p>
<p>Un saludo,<br>
Luc=EDa Ribera</p>
</body></html>
"""),
    ('es', 'movistar-bounce', 'automated', (),
"""Return-Path: <>
Received: from smtp.movistar.es (smtpout-fb.movistar.es [81.46.199.10])
	by mx.shop.example.be (Postfix) with ESMTP id 4F7E24A0C3
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 16:05:20 +0000 (UTC)
Date: Wed, 18 Nov 2026 17:05:19 +0100 (CET)
From: MAILER-DAEMON@movistar.es (Sistema de entrega de correo)
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensaje_no_entregado:_Su_solicitud_de_acceso_PRIV-2026-11839?=
Message-Id: <20261118160519.C0A1E380041@smtpout-fb.movistar.es>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="C0A1E380041.1763481919/smtpout-fb.movistar.es"

--C0A1E380041.1763481919/smtpout-fb.movistar.es
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Este es el sistema de correo de Movistar.

No ha sido posible entregar su mensaje a uno o m=C3=A1s destinatarios. Se a=
djunta el mensaje original.

<antonio.gil.m@movistar.es>: la cuenta de destino no existe o ha sido dada =
de baja
    (550 5.1.1 user unknown)

--C0A1E380041.1763481919/smtpout-fb.movistar.es
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtpout-fb.movistar.es
Arrival-Date: Wed, 18 Nov 2026 17:05:15 +0100 (CET)

Final-Recipient: rfc822; antonio.gil.m@movistar.es
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown

--C0A1E380041.1763481919/smtpout-fb.movistar.es
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Wed, 18 Nov 2026 17:05:12 +0100
From: Equipo de privacidad shop.example.be <privacy@shop.example.be>
To: antonio.gil.m@movistar.es
Subject: =?UTF-8?Q?Su_solicitud_de_acceso_PRIV-2026-11839:_confirme_su_identidad?=
Message-ID: <20261118160512.2290.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Estimado/a cliente:

Hemos recibido desde esta dirección la siguiente solicitud:

> Quiero saber qué datos personales tienen de mí y recibir una copia.

Confírmela en un plazo de 14 días: https://shop.example.be/privacy/confirm/Gm5rX1tN8w

--C0A1E380041.1763481919/smtpout-fb.movistar.es--
"""),
    ('es', 'ayuntamiento-acuse-de-recibo', 'automated', (),
"""Return-Path: <noreply@zaragoza.es>
Received: from correo.zaragoza.es (correo.zaragoza.es [212.34.129.60])
	by mx.shop.example.be (Postfix) with ESMTPS id 9B3C04A0CB
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 11:31:09 +0000 (UTC)
From: "Ayuntamiento de Zaragoza - Registro" <noreply@zaragoza.es>
To: privacy@shop.example.be
Subject: Acuse de recibo - Entrada 2026-E-RC-338104
Date: Thu, 19 Nov 2026 12:31:07 +0100
Message-ID: <acuse.2026-E-RC-338104@zaragoza.es>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

AYUNTAMIENTO DE ZARAGOZA
Registro Electr=F3nico General

ACUSE DE RECIBO

Se ha recibido su correo electr=F3nico en el buz=F3n de atenci=F3n ciudadan=
a con fecha 19/11/2026 y hora 12:31:07.

N=FAmero de entrada: 2026-E-RC-338104

Este acuse de recibo no supone la admisi=F3n a tr=E1mite de su comunicaci=
=F3n. Los correos electr=F3nicos no sustituyen a la presentaci=F3n de solic=
itudes en el Registro Electr=F3nico (sede.zaragoza.es).

Este mensaje se ha generado autom=E1ticamente. Por favor, no responda a est=
a direcci=F3n.
"""),
    ('es', 'salesforce-caso-creado', 'automated', (),
"""Return-Path: <atencioncliente=mueblessanchez.es__0-1a2b3c4d5e6f7g@8x9y0z.5g-hk2ea.eu44.bnc.salesforce.com>
Received: from smtp07-ia4-sp3.mta.salesforce.com (smtp07-ia4-sp3.mta.salesforce.com [13.110.6.222])
	by mx.shop.example.be (Postfix) with ESMTPS id 1F0E84A0D4
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:51:33 +0000 (UTC)
Date: Thu, 19 Nov 2026 15:51:31 +0000 (GMT)
From: =?UTF-8?Q?Atenci=C3=B3n_al_Cliente_-_Muebles_S=C3=A1nchez?= <atencioncliente@mueblessanchez.es>
Reply-To: atencioncliente@mueblessanchez.es
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <Ab8Xy000000000000000000000000000000000000000000000SQ2K7A00bQwE4mRfT5y1Kz0vN8pS@sfdc.net>
Subject: =?UTF-8?Q?Caso_00482911:_Hemos_recibido_su_consulta_[_ref:=5F00D5g0Hk2.=5F5007R0Bq1wX:ref_]?=
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_20771_1843306614.1763567491202"
X-Priority: 3
X-SFDC-LK: 00D5g000004Hk2E
X-SFDC-User: 0055g00000A7bQx
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-EmailCategory: workflowActionAlert
X-SFDC-Interface: internal

------=_Part_20771_1843306614.1763567491202
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Estimado cliente:

Gracias por ponerse en contacto con Muebles S=C3=A1nchez. Hemos registrado =
su consulta con el n=C3=BAmero de caso 00482911.

Un agente de nuestro equipo le responder=C3=A1 en un plazo m=C3=A1ximo de 7=
2 horas laborables. Para cualquier consulta adicional, responda a este corr=
eo manteniendo la referencia en el asunto.

Atentamente,
Atenci=C3=B3n al Cliente - Muebles S=C3=A1nchez

ref:_00D5g0Hk2._5007R0Bq1wX:ref

------=_Part_20771_1843306614.1763567491202
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Estimado cliente:</p>
<p>Gracias por ponerse en contacto con Muebles S=C3=A1nchez. Hemos registra=
do su consulta con el n=C3=BAmero de caso 00482911.</p>
<p>Un agente de nuestro equipo le responder=C3=A1 en un plazo m=C3=A1ximo d=
e 72 horas laborables. Para cualquier consulta adicional, responda a este c=
orreo manteniendo la referencia en el asunto.</p>
<p>Atentamente,<br>
Atenci=C3=B3n al Cliente - Muebles S=C3=A1nchez</p>
<p>ref:_00D5g0Hk2._5007R0Bq1wX:ref</p>
</body></html>

------=_Part_20771_1843306614.1763567491202--
"""),
    ('es', 'ionos-ox-respuesta-automatica', 'automated', (),
"""Return-Path: <>
Received: from mout.kundenserver.de (mout.kundenserver.de [212.227.126.187])
	by mx.shop.example.be (Postfix) with ESMTPS id 3D2A94A0D6
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:12:44 +0000 (UTC)
Date: Fri, 20 Nov 2026 09:12:43 +0100 (CET)
From: Pablo Ortega <pablo@ortegafotografia.es>
To: privacy@shop.example.be
Message-ID: <ox-vacation-1763626363-4417@email.ionos.es>
In-Reply-To: <20261120081230.7713.privacy-bot@shop.example.be>
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica:_Hemos_recibido_su_solicitud_de_oposici=C3=B3n?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Mailer: Open-Xchange Mailer v8.28.63
X-Priority: 3
Importance: Normal

Hola,

Gracias por tu mensaje. Estoy de vacaciones hasta el 30 de noviembre y no consultaré el correo.
Te responderé a mi vuelta.

Pablo Ortega
Ortega Fotografía
"""),
    ('es', 'person-company-disclaimer', 'deletion', (),
"""Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2109.outbound.protection.outlook.com [40.107.20.109])
	by mx.shop.example.be (Postfix) with ESMTPS id 7E5A14A0EE
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 15:20:09 +0000 (UTC)
From: =?iso-8859-1?Q?Marta_Dom=EDnguez_Prieto?= <mdominguez@transporteslevante.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Eliminaci=F3n_de_mi_cuenta?=
Thread-Topic: =?iso-8859-1?Q?Eliminaci=F3n_de_mi_cuenta?=
Thread-Index: AdtDwQ4y2bJ5r0mSTkW3l1E8P9hZqA==
Date: Mon, 23 Nov 2026 15:20:05 +0000
Message-ID: <AM9PR07MB7153E2A1B0C94D7F8E6A5B3C2D1E0@AM9PR07MB7153.eurprd07.prod.outlook.com>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_AM9PR07MB7153E2A1B0C94D7F8E6A5B3C2D1E0AM9PR07MB7153eurp_"
MIME-Version: 1.0

--_000_AM9PR07MB7153E2A1B0C94D7F8E6A5B3C2D1E0AM9PR07MB7153eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenas tardes:

Les escribo para pedirles que eliminen mi cuenta de cliente y todos los dat=
os personales que tengan sobre m=ED (nombre, direcci=F3n, historial de pedi=
dos y tarjeta de fidelizaci=F3n). Mi correo de cliente es este mismo.

Quedo a la espera de su confirmaci=F3n.

Un saludo,

Marta Dom=EDnguez Prieto
Departamento de Compras
TRANSPORTES LEVANTE S.L.
Avda. del Puerto, 214 - 46023 Valencia
Tel. 963 41 27 80

Antes de imprimir este correo electr=F3nico, piense bien si es necesario ha=
cerlo. El medio ambiente es cosa de todos.

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivame=
nte a su destinatario, pudiendo contener informaci=F3n confidencial sometid=
a a secreto profesional. No est=E1 permitida su comunicaci=F3n, reproducci=
=F3n o distribuci=F3n sin la autorizaci=F3n expresa de TRANSPORTES LEVANTE =
S.L. Si usted no es el destinatario final, por favor elim=EDnelo e inf=F3rm=
enos por esta v=EDa.

PROTECCI=D3N DE DATOS: De conformidad con el Reglamento (UE) 2016/679 y la =
LOPDGDD 3/2018, le informamos de que sus datos son tratados por TRANSPORTES=
 LEVANTE S.L. con la finalidad de mantener la relaci=F3n comercial. Puede e=
jercer sus derechos de acceso, rectificaci=F3n, supresi=F3n, limitaci=F3n, =
portabilidad y oposici=F3n dirigi=E9ndose a lopd@transporteslevante.es.

--_000_AM9PR07MB7153E2A1B0C94D7F8E6A5B3C2D1E0AM9PR07MB7153eurp_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><p>Buenas tardes:</p>
<p>Les escribo para pedirles que eliminen mi cuenta de cliente y todos los =
datos personales que tengan sobre m=ED (nombre, direcci=F3n, historial de p=
edidos y tarjeta de fidelizaci=F3n). Mi correo de cliente es este mismo.</p>
<p>Quedo a la espera de su confirmaci=F3n.</p>
<p>Un saludo,</p>
<p>Marta Dom=EDnguez Prieto<br>
Departamento de Compras<br>
TRANSPORTES LEVANTE S.L.<br>
Avda. del Puerto, 214 - 46023 Valencia<br>
Tel. 963 41 27 80</p>
<p>Antes de imprimir este correo electr=F3nico, piense bien si es necesario=
 hacerlo. El medio ambiente es cosa de todos.</p>
<p>AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusiv=
amente a su destinatario, pudiendo contener informaci=F3n confidencial some=
tida a secreto profesional. No est=E1 permitida su comunicaci=F3n, reproduc=
ci=F3n o distribuci=F3n sin la autorizaci=F3n expresa de TRANSPORTES LEVANT=
E S.L. Si usted no es el destinatario final, por favor elim=EDnelo e inf=F3=
rmenos por esta v=EDa.</p>
<p>PROTECCI=D3N DE DATOS: De conformidad con el Reglamento (UE) 2016/679 y =
la LOPDGDD 3/2018, le informamos de que sus datos son tratados por TRANSPOR=
TES LEVANTE S.L. con la finalidad de mantener la relaci=F3n comercial. Pued=
e ejercer sus derechos de acceso, rectificaci=F3n, supresi=F3n, limitaci=F3=
n, portabilidad y oposici=F3n dirigi=E9ndose a lopd@transporteslevante.es.<=
/p>
</body></html>

--_000_AM9PR07MB7153E2A1B0C94D7F8E6A5B3C2D1E0AM9PR07MB7153eurp_--
"""),
    ('it', 'exchange-online-ooo-it', 'automated', (),
"""Received: from AS2PR04MB9370.eurprd04.prod.outlook.com (2603:10a6:20b:4d9::12) by
 VI1PR04MB6912.eurprd04.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 16:30:12 +0000
From: Giulia Bellandi <g.bellandi@studiobellandi.it>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: La sua richiesta di accesso PRIV-2026-11799
Thread-Topic: La sua richiesta di accesso PRIV-2026-11799
Thread-Index: AQHbOC3x7Ya2fQk1gUuJ5r0Rl2m6hw==
Date: Mon, 16 Nov 2026 16:30:11 +0000
Message-ID: <5e8a0c2d4f6b4a9e8c1d3f5b7a9c0e2d@AS2PR04MB9370.eurprd04.prod.outlook.com>
In-Reply-To: <20261116162958.2210.privacy-bot@shop.example.be>
References: <20261116162958.2210.privacy-bot@shop.example.be>
Accept-Language: it-IT, en-US
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_5e8a0c2d4f6b4a9e8c1d3f5b7a9c0e2dAS2PR04MB9370eurprd04pr_"
MIME-Version: 1.0

--_000_5e8a0c2d4f6b4a9e8c1d3f5b7a9c0e2dAS2PR04MB9370eurprd04pr_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R2VudGlsZSBtaXR0ZW50ZSwKCnNvbm8gZnVvcmkgdWZmaWNpbyBmaW5vIGEgbHVuZWTDrCAyMyBu
b3ZlbWJyZSBjb21wcmVzby4gUGVyIHVyZ2VuemUgcHXDsiBjb250YXR0YXJlIGxhIHNlZ3JldGVy
aWEgYWxsbyAwMiA4NzM5IDQ0MTAgbyBzY3JpdmVyZSBhIHNlZ3JldGVyaWFAc3R1ZGlvYmVsbGFu
ZGkuaXQuCgpDb3JkaWFsaSBzYWx1dGksCkRvdHQuc3NhIEdpdWxpYSBCZWxsYW5kaQo=

--_000_5e8a0c2d4f6b4a9e8c1d3f5b7a9c0e2dAS2PR04MB9370eurprd04pr_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5HZW50aWxlIG1pdHRlbnRlLDwv
cD4KPHA+c29ubyBmdW9yaSB1ZmZpY2lvIGZpbm8gYSBsdW5lZMOsIDIzIG5vdmVtYnJlIGNvbXBy
ZXNvLiBQZXIgdXJnZW56ZSBwdcOyIGNvbnRhdHRhcmUgbGEgc2VncmV0ZXJpYSBhbGxvIDAyIDg3
MzkgNDQxMCBvIHNjcml2ZXJlIGEgc2VncmV0ZXJpYUBzdHVkaW9iZWxsYW5kaS5pdC48L3A+Cjxw
PkNvcmRpYWxpIHNhbHV0aSw8YnI+CkRvdHQuc3NhIEdpdWxpYSBCZWxsYW5kaTwvcD4KPC9ib2R5
PjwvaHRtbD4K

--_000_5e8a0c2d4f6b4a9e8c1d3f5b7a9c0e2dAS2PR04MB9370eurprd04pr_--
"""),
    ('it', 'libero-mail-risposta-automatica', 'automated', (),
"""Return-Path: <>
Received: from libero.it (smtp-31.iol.local [10.101.1.31])
	by mx.shop.example.be (Postfix) with ESMTPS id 0A4E54A0BA
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 19:02:27 +0000 (UTC)
Date: Tue, 17 Nov 2026 20:02:25 +0100 (CET)
From: francesca.moretti78@libero.it
To: privacy@shop.example.be
Message-ID: <autoreply.1763406145.88214@libero.it>
Subject: Risposta automatica: Conferma la tua richiesta di cancellazione PRIV-2026-11826
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Autoreply: yes
Precedence: junk

Ciao, sono in ferie fino al 27 novembre. Risponder=C3=B2 al mio rientro.
Francesca

-----Messaggio originale-----
Da: privacy@shop.example.be
Oggetto: Conferma la tua richiesta di cancellazione PRIV-2026-11826

Gentile cliente,
abbiamo ricevuto da questo indirizzo la seguente richiesta:
> cancellate il mio account e tutti i miei dati per favore
Conferma entro 14 giorni: https://shop.example.be/privacy/confirm/Nb6sW0kJ3q
"""),
    ('it', 'pec-ricevuta-accettazione', 'automated', (),
"""Return-Path: <posta-certificata@pec.aruba.it>
Delivered-To: privacy@shop.example.be
Received: from smtp-inoltro.pec.it (smtp-inoltro.pec.it [62.149.188.71])
	by mx.shop.example.be (Postfix) with ESMTPS id 5C0B84A0BE
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 09:12:36 +0000 (UTC)
Date: Wed, 18 Nov 2026 10:12:33 +0100
From: posta-certificata@pec.aruba.it
To: privacy.shopexample@pec.it
Subject: ACCETTAZIONE: Riscontro alla sua richiesta PRIV-2026-11850
Message-ID: <opec21012.20261118101233.204417.402.1.53.accettazione@pec.aruba.it>
X-Ricevuta: accettazione
X-Riferimento-Message-ID: <20261118091230.3307.privacy-bot@shop.example.be>
X-Verificasicurezza: 1
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;
	boundary="----A8F4E2C71D3B9056E1A47C2D8B0F3E61"

This is an S/MIME signed message

------A8F4E2C71D3B9056E1A47C2D8B0F3E61
Content-Type: multipart/mixed; boundary="----=_Part_116204_1450219837.1763457153"

------=_Part_116204_1450219837.1763457153
Content-Type: multipart/alternative; boundary="----=_Part_116205_880132591.1763457153"

------=_Part_116205_880132591.1763457153
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ricevuta di accettazione

Il giorno 18/11/2026 alle ore 10:12:33 (+0100) il messaggio
"Riscontro alla sua richiesta PRIV-2026-11850" proveniente da "privacy.shop=
example@pec.it"
ed indirizzato a:
alessandro.conti@pec.it ("posta certificata")

Il messaggio =C3=A8 stato accettato dal sistema ed inoltrato.
Identificativo messaggio: opec21012.20261118101233.204417.402.1.53@pec.arub=
a.it

------=_Part_116205_880132591.1763457153
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Ricevuta di accettazione</p>
<p>Il giorno 18/11/2026 alle ore 10:12:33 (+0100) il messaggio<br>
&quot;Riscontro alla sua richiesta PRIV-2026-11850&quot; proveniente da &qu=
ot;privacy.shopexample@pec.it&quot;<br>
ed indirizzato a:<br>
alessandro.conti@pec.it (&quot;posta certificata&quot;)</p>
<p>Il messaggio =C3=A8 stato accettato dal sistema ed inoltrato.<br>
Identificativo messaggio: opec21012.20261118101233.204417.402.1.53@pec.arub=
a.it</p>
</body></html>

------=_Part_116205_880132591.1763457153--

------=_Part_116204_1450219837.1763457153
Content-Type: application/xml; name=daticert.xml
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename=daticert.xml

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJh
Y2NldHRhemlvbmUiIGVycm9yZT0ibmVzc3VubyI+CiAgPGludGVzdGF6aW9uZT4KICAgIDxtaXR0
ZW50ZT5wcml2YWN5LnNob3BleGFtcGxlQHBlYy5pdDwvbWl0dGVudGU+CiAgICA8ZGVzdGluYXRh
cmkgdGlwbz0iY2VydGlmaWNhdG8iPmFsZXNzYW5kcm8uY29udGlAcGVjLml0PC9kZXN0aW5hdGFy
aT4KICAgIDxyaXNwb3N0ZT5wcml2YWN5LnNob3BleGFtcGxlQHBlYy5pdDwvcmlzcG9zdGU+CiAg
ICA8b2dnZXR0bz5SaXNjb250cm8gYWxsYSBzdWEgcmljaGllc3RhIFBSSVYtMjAyNi0xMTg1MDwv
b2dnZXR0bz4KICA8L2ludGVzdGF6aW9uZT4KICA8ZGF0aT4KICAgIDxnZXN0b3JlLWVtaXR0ZW50
ZT5BUlVCQSBQRUMgUy5wLkEuPC9nZXN0b3JlLWVtaXR0ZW50ZT4KICAgIDxkYXRhIHpvbmE9Iisw
MTAwIj4KICAgICAgPGdpb3Jubz4xOC8xMS8yMDI2PC9naW9ybm8+CiAgICAgIDxvcmE+MTA6MTI6
MzM8L29yYT4KICAgIDwvZGF0YT4KICAgIDxpZGVudGlmaWNhdGl2bz5vcGVjMjEwMTIuMjAyNjEx
MTgxMDEyMzMuMjA0NDE3LjQwMi4xLjUzQHBlYy5hcnViYS5pdDwvaWRlbnRpZmljYXRpdm8+CiAg
ICA8bXNnaWQ+Jmx0OzIwMjYxMTE4MDkxMjMwLjMzMDcucHJpdmFjeS1ib3RAc2hvcC5leGFtcGxl
LmJlJmd0OzwvbXNnaWQ+CiAgPC9kYXRpPgo8L3Bvc3RhY2VydD4K

------=_Part_116204_1450219837.1763457153--

------A8F4E2C71D3B9056E1A47C2D8B0F3E61
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIIKbgYJKoZIhvcNAQcCoIIKXzCCClsCAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwGg
ggfSMIIHzjCCBbagAwIBAgIQd0S3mQ3k5t7v0a9c2e8F1jANBgkqhkiG9w0BAQsFADBrMQswCQYD
VQQGEwJJVDEOMAwGA1UEBwwFQXJlenpvMRkwFwYDVQQKDBBBcnViYVBFQyBTLnAuQS4xMTAvBgNV

------A8F4E2C71D3B9056E1A47C2D8B0F3E61--
"""),
    ('it', 'pec-ricevuta-avvenuta-consegna', 'automated', (),
"""Return-Path: <posta-certificata@legalmail.it>
Delivered-To: privacy@shop.example.be
Received: from smtp-inoltro.pec.it (smtp-inoltro.pec.it [62.149.188.71])
	by mx.shop.example.be (Postfix) with ESMTPS id 7A2D94A0C6
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 10:40:14 +0000 (UTC)
Date: Thu, 19 Nov 2026 11:40:09 +0100
From: posta-certificata@legalmail.it
To: privacy.shopexample@pec.it
Subject: CONSEGNA: Riscontro alla sua richiesta di opposizione PRIV-2026-11863
Message-ID: <opec21012.20261119114002.118730.77.1.52.consegna@legalmail.it>
X-Ricevuta: avvenuta-consegna
X-Riferimento-Message-ID: <20261119104002.6154.privacy-bot@shop.example.be>
X-Tipo-Ricevuta: completa
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;
	boundary="----7D21C0A94E8F36B5D27E01C94A8B3F20"

This is an S/MIME signed message

------7D21C0A94E8F36B5D27E01C94A8B3F20
Content-Type: multipart/mixed; boundary="----=_Part_55107_211044871.1763548809"

------=_Part_55107_211044871.1763548809
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ricevuta di avvenuta consegna

Il giorno 19/11/2026 alle ore 11:40:09 (+0100) il messaggio
"Riscontro alla sua richiesta di opposizione PRIV-2026-11863" proveniente d=
a "privacy.shopexample@pec.it"
ed indirizzato a "r.esposito@legalmail.it"
=C3=A8 stato consegnato nella casella di destinazione.
Identificativo messaggio: opec21012.20261119114002.118730.77.1.52@pec.aruba=
.it

------=_Part_55107_211044871.1763548809
Content-Type: application/xml; name=daticert.xml
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename=daticert.xml

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJh
dnZlbnV0YS1jb25zZWduYSIgZXJyb3JlPSJuZXNzdW5vIj4KICA8aW50ZXN0YXppb25lPgogICAg
PG1pdHRlbnRlPnByaXZhY3kuc2hvcGV4YW1wbGVAcGVjLml0PC9taXR0ZW50ZT4KICAgIDxkZXN0
aW5hdGFyaSB0aXBvPSJjZXJ0aWZpY2F0byI+ci5lc3Bvc2l0b0BsZWdhbG1haWwuaXQ8L2Rlc3Rp
bmF0YXJpPgogICAgPHJpc3Bvc3RlPnByaXZhY3kuc2hvcGV4YW1wbGVAcGVjLml0PC9yaXNwb3N0
ZT4KICAgIDxvZ2dldHRvPlJpc2NvbnRybyBhbGxhIHN1YSByaWNoaWVzdGEgZGkgb3Bwb3Npemlv
bmUgUFJJVi0yMDI2LTExODYzPC9vZ2dldHRvPgogIDwvaW50ZXN0YXppb25lPgogIDxkYXRpPgog
ICAgPGdlc3RvcmUtZW1pdHRlbnRlPkluZm9DZXJ0IFMucC5BLjwvZ2VzdG9yZS1lbWl0dGVudGU+
CiAgICA8ZGF0YSB6b25hPSIrMDEwMCI+CiAgICAgIDxnaW9ybm8+MTgvMTEvMjAyNjwvZ2lvcm5v
PgogICAgICA8b3JhPjEwOjEyOjMzPC9vcmE+CiAgICA8L2RhdGE+CiAgICA8aWRlbnRpZmljYXRp
dm8+b3BlYzIxMDEyLjIwMjYxMTE4MTAxMjMzLjIwNDQxNy40MDIuMS41M0BwZWMuYXJ1YmEuaXQ8
L2lkZW50aWZpY2F0aXZvPgogICAgPG1zZ2lkPiZsdDsyMDI2MTExODA5MTIzMC4zMzA3LnByaXZh
Y3ktYm90QHNob3AuZXhhbXBsZS5iZSZndDs8L21zZ2lkPgogIDwvZGF0aT4KPC9wb3N0YWNlcnQ+
Cg==

------=_Part_55107_211044871.1763548809
Content-Type: message/rfc822; name=postacert.eml
Content-Disposition: inline; filename=postacert.eml

Date: Thu, 19 Nov 2026 11:40:02 +0100
From: privacy.shopexample@pec.it
To: r.esposito@legalmail.it
Subject: Riscontro alla sua richiesta di opposizione PRIV-2026-11863
Message-ID: <20261119104002.6154.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Gentile Sig. Esposito,

in riscontro alla sua richiesta del 12/11/2026

> mi oppongo al trattamento dei miei dati per finalità di marketing e profilazione

le confermiamo che i suoi dati non saranno più utilizzati per tali finalità.

Il team privacy di shop.example.be

------=_Part_55107_211044871.1763548809--

------7D21C0A94E8F36B5D27E01C94A8B3F20
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIIKdAYJKoZIhvcNAQcCoIIKZTCCCmECAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwGg
ggfWMIIH0jCCBbqgAwIBAgIQXr1b7c4e2A9fK0s3d6V8ZjANBgkqhkiG9w0BAQsFADBpMQswCQYD

------7D21C0A94E8F36B5D27E01C94A8B3F20--
"""),
    ('it', 'comune-ricevuta-protocollo', 'automated', (),
"""Return-Path: <protocollo@cert.comune.bergamo.it>
Received: from mx.cert.comune.bergamo.it (mx.cert.comune.bergamo.it [93.62.151.34])
	by mx.shop.example.be (Postfix) with ESMTPS id 8E1C74A0CE
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 13:27:55 +0000 (UTC)
From: "Comune di Bergamo - Protocollo" <protocollo@cert.comune.bergamo.it>
To: privacy@shop.example.be
Subject: Comune di Bergamo - Protocollo n. 0412279 del 19/11/2026
Date: Thu, 19 Nov 2026 14:27:51 +0100
Message-ID: <PRT.0412279.20261119142751@comune.bergamo.it>
X-Mailer: Folium Protocollo 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

COMUNE DI BERGAMO
Servizio Protocollo Generale

Ricevuta di protocollazione

Si comunica che il messaggio ricevuto in data 19/11/2026 alle ore 14:26 con=
 oggetto
"Conferma la sua richiesta di rettifica PRIV-2026-11872"
=E8 stato registrato al protocollo generale con

protocollo n. 0412279 del 19/11/2026 - Classifica 1.6

e assegnato all'ufficio competente.

Questa =E8 una comunicazione generata automaticamente dal sistema di gestio=
ne documentale. Si prega di non rispondere.
"""),
    ('it', 'hubspot-ticket-ricevuto-it', 'automated', (),
"""Return-Path: <1axbtlfxk2pq0sUk7mR1bQ5wZ-assistenza=cucinebianchi.it@bf09x.hubspotemail.net>
Received: from bid4m9ft.bf09x.hubspotemail.net (bid4m9ft.bf09x.hubspotemail.net [158.247.25.81])
	by mx.shop.example.be (Postfix) with ESMTPS id 2B3F64A0DC
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 07:58:31 +0000 (UTC)
Date: Fri, 20 Nov 2026 07:58:29 +0000
From: Assistenza Cucine Bianchi <assistenza@cucinebianchi.it>
Reply-To: assistenza@cucinebianchi.it
To: privacy@shop.example.be
Message-ID: <1763625509221.4471902.f2a1c9e0-7b3d-4e58-a0c6-19e5d2f7b841@bf09x.hubspotemail.net>
In-Reply-To: <20261120075812.1120.privacy-bot@shop.example.be>
Subject: Abbiamo ricevuto la tua richiesta [#4471902]
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_3318022_915377204.1763625509220"
X-HubSpot-MID: f2a1c9e0-7b3d-4e58-a0c6-19e5d2f7b841
X-Report-Abuse-To: abuse@hubspot.com
Auto-Submitted: auto-generated
Precedence: bulk

------=_Part_3318022_915377204.1763625509220
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ciao,

grazie per averci scritto! Abbiamo ricevuto la tua richiesta e il nostro te=
am ti risponder=C3=A0 entro 1 giorno lavorativo.

Numero del ticket: #4471902

Nel frattempo puoi consultare le domande frequenti sul nostro centro assist=
enza: https://aiuto.cucinebianchi.it

Il team Cucine Bianchi

------=_Part_3318022_915377204.1763625509220
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Ciao,</p>
<p>grazie per averci scritto! Abbiamo ricevuto la tua richiesta e il nostro=
 team ti risponder=C3=A0 entro 1 giorno lavorativo.</p>
<p>Numero del ticket: #4471902</p>
<p>Nel frattempo puoi consultare le domande frequenti sul nostro centro ass=
istenza: https://aiuto.cucinebianchi.it</p>
<p>Il team Cucine Bianchi</p>
</body></html>

------=_Part_3318022_915377204.1763625509220--
"""),
    ('it', 'person-via-pec', 'deletion', (),
"""Return-Path: <posta-certificata@pec.aruba.it>
Received: from smtpdh.pec.aruba.it (smtpdh.pec.aruba.it [80.88.87.32])
	by mx.shop.example.be (Postfix) with ESMTPS id 4C9D04A0F1
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 08:14:05 +0000 (UTC)
Date: Fri, 20 Nov 2026 09:14:02 +0100
From: "Per conto di: mario.rossi@pec.it" <posta-certificata@pec.aruba.it>
Reply-To: mario.rossi@pec.it
To: privacy@shop.example.be
Subject: POSTA CERTIFICATA: Richiesta di cancellazione dei miei dati personali
Message-ID: <opec21012.20261120091402.52291.618.1.66@pec.aruba.it>
X-Riferimento-Message-ID: <6f1b2d3e-91a4-4c07-b8e2-7d5c0a9f3e18@pec.it>
X-Trasporto: posta-certificata
X-TipoRicevuta: completa
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;
	boundary="----2C5E8A0F71B94D36E0A1B7C4D92F6E83"

This is an S/MIME signed message

------2C5E8A0F71B94D36E0A1B7C4D92F6E83
Content-Type: multipart/mixed; boundary="----=_Part_771203_13097244.1763626442"

------=_Part_771203_13097244.1763626442
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Messaggio di posta certificata

Il giorno 20/11/2026 alle ore 09:14:02 (+0100) il messaggio
"Richiesta di cancellazione dei miei dati personali" =C3=A8 stato inviato d=
a "mario.rossi@pec.it"
indirizzato a:
privacy@shop.example.be
Il messaggio originale =C3=A8 incluso in allegato.
Identificativo messaggio: opec21012.20261120091402.52291.618.1.66@pec.aruba=
.it

------=_Part_771203_13097244.1763626442
Content-Type: application/xml; name=daticert.xml
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename=daticert.xml

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJw
b3N0YS1jZXJ0aWZpY2F0YSIgZXJyb3JlPSJuZXNzdW5vIj4KICA8aW50ZXN0YXppb25lPgogICAg
PG1pdHRlbnRlPm1hcmlvLnJvc3NpQHBlYy5pdDwvbWl0dGVudGU+CiAgICA8ZGVzdGluYXRhcmkg
dGlwbz0iZXN0ZXJubyI+cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU8L2Rlc3RpbmF0YXJpPgogICAg
PHJpc3Bvc3RlPm1hcmlvLnJvc3NpQHBlYy5pdDwvcmlzcG9zdGU+CiAgICA8b2dnZXR0bz5SaWNo
aWVzdGEgZGkgY2FuY2VsbGF6aW9uZSBkZWkgbWllaSBkYXRpIHBlcnNvbmFsaTwvb2dnZXR0bz4K
ICA8L2ludGVzdGF6aW9uZT4KICA8ZGF0aT4KICAgIDxnZXN0b3JlLWVtaXR0ZW50ZT5BUlVCQSBQ
RUMgUy5wLkEuPC9nZXN0b3JlLWVtaXR0ZW50ZT4KICAgIDxkYXRhIHpvbmE9IiswMTAwIj4KICAg
ICAgPGdpb3Jubz4yMC8xMS8yMDI2PC9naW9ybm8+CiAgICAgIDxvcmE+MDk6MTQ6MDI8L29yYT4K
ICAgIDwvZGF0YT4KICAgIDxpZGVudGlmaWNhdGl2bz5vcGVjMjEwMTIuMjAyNjExMTgxMDEyMzMu
MjA0NDE3LjQwMi4xLjUzQHBlYy5hcnViYS5pdDwvaWRlbnRpZmljYXRpdm8+CiAgICA8bXNnaWQ+
Jmx0OzIwMjYxMTE4MDkxMjMwLjMzMDcucHJpdmFjeS1ib3RAc2hvcC5leGFtcGxlLmJlJmd0Ozwv
bXNnaWQ+CiAgPC9kYXRpPgo8L3Bvc3RhY2VydD4K

------=_Part_771203_13097244.1763626442
Content-Type: message/rfc822; name=postacert.eml
Content-Disposition: inline; filename=postacert.eml

Date: Fri, 20 Nov 2026 09:14:01 +0100
From: Mario Rossi <mario.rossi@pec.it>
To: privacy@shop.example.be
Subject: Richiesta di cancellazione dei miei dati personali
Message-ID: <6f1b2d3e-91a4-4c07-b8e2-7d5c0a9f3e18@pec.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Spett.le shop.example.be,

il sottoscritto Mario Rossi, titolare dell'account cliente registrato con l'indirizzo mario.rossi68@gmail.com, chiede ai sensi dell'art. 17 del Regolamento (UE) 2016/679 la cancellazione di tutti i dati personali che lo riguardano e la chiusura dell'account.

Invio la presente tramite PEC per avere prova della ricezione.

Distinti saluti
Mario Rossi

------=_Part_771203_13097244.1763626442--

------2C5E8A0F71B94D36E0A1B7C4D92F6E83
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIIKbwYJKoZIhvcNAQcCoIIKYDCCClwCAQExDzANBglghkgBZQMEAgEFADALBgkqhkiG9w0BBwGg
ggfTMIIHzzCCBbegAwIBAgIQQk2p8c1dE7z0t6b3F9a4XDANBgkqhkiG9w0BAQsFADBrMQswCQYD

------2C5E8A0F71B94D36E0A1B7C4D92F6E83--
"""),
    ('pt', 'exchange-online-ooo-pt', 'automated', (),
"""Received: from PAVPR03MB9588.eurprd03.prod.outlook.com (2603:10a6:102:2f3::6) by
 DU0PR03MB8270.eurprd03.prod.outlook.com with HTTPS; Tue, 17 Nov 2026 10:03:39 +0000
From: Rui Almeida <ralmeida@almeidaecarvalho.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Resposta_autom=E1tica:_O_seu_pedido_de_portabilidade_PRIV?=
 =?iso-8859-1?Q?-2026-11815?=
Thread-Topic: O seu pedido de portabilidade PRIV-2026-11815
Thread-Index: AQHbOM5p8yVf3nH+LkWq2r0Gt1e4Bw==
Date: Tue, 17 Nov 2026 10:03:38 +0000
Message-ID: <2b4d6f8a0c1e4f3a9b7d5c2e0a8f6d4b@PAVPR03MB9588.eurprd03.prod.outlook.com>
In-Reply-To: <20261117100322.5519.privacy-bot@shop.example.be>
References: <20261117100322.5519.privacy-bot@shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bom dia,

Encontro-me ausente do escrit=F3rio at=E9 dia 24 de novembro, sem acesso re=
gular ao correio eletr=F3nico.
Para assuntos urgentes, por favor contacte a Dra. In=EAs Carvalho atrav=E9s=
 do endere=E7o icarvalho@almeidaecarvalho.pt.

Com os melhores cumprimentos,
Rui Almeida
"""),
    ('pt', 'sapo-mail-resposta-automatica', 'automated', (),
"""Return-Path: <>
Received: from relay.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
	by mx.shop.example.be (Postfix) with ESMTPS id 6D8F24A0BD
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 12:44:19 +0000 (UTC)
Date: Wed, 18 Nov 2026 12:44:17 +0000
From: anasofia.pereira@sapo.pt
To: privacy@shop.example.be
Subject: =?UTF-8?Q?F=C3=A9rias?=
Message-ID: <sieve-vacation.1763469857.30188@mail.sapo.pt>
In-Reply-To: <20261118124401.8102.privacy-bot@shop.example.be>
References: <20261118124401.8102.privacy-bot@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Olá!
Estou de férias até 30 de novembro. Respondo assim que regressar.
Obrigada,
Ana Sofia
"""),
    ('pt', 'meo-mensagem-nao-entregue', 'automated', (),
"""Return-Path: <>
Received: from mx.meo.pt (smtp-out2.meo.pt [213.13.163.17])
	by mx.shop.example.be (Postfix) with ESMTP id 9F0A34A0C1
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 15:31:58 +0000 (UTC)
Date: Wed, 18 Nov 2026 15:31:57 +0000 (WET)
From: Mail Delivery System <MAILER-DAEMON@meo.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensagem_n=C3=A3o_entregue?=
Message-Id: <20261118153157.5A2B1600BE@smtp-out2.meo.pt>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5A2B1600BE.1763479917/smtp-out2.meo.pt"

--5A2B1600BE.1763479917/smtp-out2.meo.pt
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Esta é uma mensagem automática do sistema de correio MEO.

Não foi possível entregar a sua mensagem ao seguinte destinatário:

<joao.m.fernandes@meo.pt>: a caixa de correio está cheia (excedeu a quota).

A mensagem original segue em anexo.

--5A2B1600BE.1763479917/smtp-out2.meo.pt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out2.meo.pt
Arrival-Date: Wed, 18 Nov 2026 15:31:54 +0000 (WET)

Final-Recipient: rfc822; joao.m.fernandes@meo.pt
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--5A2B1600BE.1763479917/smtp-out2.meo.pt
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Date: Wed, 18 Nov 2026 15:31:50 +0000
From: =?UTF-8?Q?Equipa_de_privacidade_shop.example.be?= <privacy@shop.example.be>
To: joao.m.fernandes@meo.pt
Subject: =?UTF-8?Q?O_seu_pedido_de_acesso_PRIV-2026-11838:_confirme_a_sua_identidade?=
Message-ID: <20261118153150.4471.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Caro(a) cliente,

Recebemos deste endereço o seguinte pedido:

> Gostaria de receber uma cópia de todos os dados pessoais que têm sobre mim.

Confirme-o no prazo de 14 dias: https://shop.example.be/privacy/confirm/Yc7hK2pM4d

--5A2B1600BE.1763479917/smtp-out2.meo.pt--
"""),
    ('pt', 'camara-municipal-registo-entrada', 'automated', (),
"""Return-Path: <naoresponder@cm-braga.pt>
Received: from mail.cm-braga.pt (mail.cm-braga.pt [195.23.114.6])
	by mx.shop.example.be (Postfix) with ESMTPS id 3B1E74A0CD
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 12:10:41 +0000 (UTC)
From: =?UTF-8?Q?C=C3=A2mara_Municipal_de_Braga?= <naoresponder@cm-braga.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Confirma=C3=A7=C3=A3o_de_rece=C3=A7=C3=A3o_-_Registo_E/48213/2026?=
Date: Thu, 19 Nov 2026 12:10:39 +0000
Message-ID: <MGD.E-48213-2026.1763554239@cm-braga.pt>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_7c2e0f9b41d3"

--=_alt_7c2e0f9b41d3
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RXhtby4oYSkgU2VuaG9yKGEpLAoKQ29uZmlybWFtb3MgYSByZWNlw6fDo28gZGEgc3VhIG1lbnNh
Z2VtLCBxdWUgZm9pIHJlZ2lzdGFkYSBubyBzaXN0ZW1hIGRlIGdlc3TDo28gZG9jdW1lbnRhbCBk
YSBDw6JtYXJhIE11bmljaXBhbCBkZSBCcmFnYSBjb20gbyByZWdpc3RvIGRlIGVudHJhZGEgbi7C
uiBFLzQ4MjEzLzIwMjYsIGVtIDE5LTExLTIwMjYuCgpBIHN1YSBtZW5zYWdlbSBmb2kgZW5jYW1p
bmhhZGEgcGFyYSBvIHNlcnZpw6dvIGNvbXBldGVudGUuIFBhcmEgcXVhbHF1ZXIgY29udGFjdG8g
ZnV0dXJvIHNvYnJlIGVzdGUgYXNzdW50bywgaW5kaXF1ZSBvIG7Dum1lcm8gZGUgcmVnaXN0by4K
CkVzdGEgbWVuc2FnZW0gZm9pIGdlcmFkYSBhdXRvbWF0aWNhbWVudGUuIFBvciBmYXZvciBuw6Nv
IHJlc3BvbmRhLgoKTXVuaWPDrXBpbyBkZSBCcmFnYQpQcmHDp2EgZG8gTXVuaWPDrXBpbywgNDcw
MC00MzUgQnJhZ2EK

--=_alt_7c2e0f9b41d3
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5FeG1vLihhKSBTZW5ob3IoYSks
PC9wPgo8cD5Db25maXJtYW1vcyBhIHJlY2XDp8OjbyBkYSBzdWEgbWVuc2FnZW0sIHF1ZSBmb2kg
cmVnaXN0YWRhIG5vIHNpc3RlbWEgZGUgZ2VzdMOjbyBkb2N1bWVudGFsIGRhIEPDom1hcmEgTXVu
aWNpcGFsIGRlIEJyYWdhIGNvbSBvIHJlZ2lzdG8gZGUgZW50cmFkYSBuLsK6IEUvNDgyMTMvMjAy
NiwgZW0gMTktMTEtMjAyNi48L3A+CjxwPkEgc3VhIG1lbnNhZ2VtIGZvaSBlbmNhbWluaGFkYSBw
YXJhIG8gc2VydmnDp28gY29tcGV0ZW50ZS4gUGFyYSBxdWFscXVlciBjb250YWN0byBmdXR1cm8g
c29icmUgZXN0ZSBhc3N1bnRvLCBpbmRpcXVlIG8gbsO6bWVybyBkZSByZWdpc3RvLjwvcD4KPHA+
RXN0YSBtZW5zYWdlbSBmb2kgZ2VyYWRhIGF1dG9tYXRpY2FtZW50ZS4gUG9yIGZhdm9yIG7Do28g
cmVzcG9uZGEuPC9wPgo8cD5NdW5pY8OtcGlvIGRlIEJyYWdhPGJyPgpQcmHDp2EgZG8gTXVuaWPD
rXBpbywgNDcwMC00MzUgQnJhZ2E8L3A+CjwvYm9keT48L2h0bWw+Cg==

--=_alt_7c2e0f9b41d3--
"""),
    ('pt', 'financas-resposta-automatica', 'automated', (),
"""Return-Path: <sf3157@at.gov.pt>
Received: from smtp.at.gov.pt (smtp2.at.gov.pt [193.137.194.21])
	by mx.shop.example.be (Postfix) with ESMTPS id 5F2C84A0D7
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:22:15 +0000 (UTC)
From: "SF Lisboa 3" <sf3157@at.gov.pt>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?RE:_O_seu_pedido_de_retifica=C3=A7=C3=A3o_PRIV-2026-11884:_conf?=
 =?UTF-8?Q?irme_o_seu_endere=C3=A7o?=
Date: Fri, 20 Nov 2026 10:22:13 +0000
Message-ID: <0A3F1E6C2B7D4E95A8C1B0F2D3E4A5B6@sf3157.at.gov.pt>
X-Mailer: Microsoft Exchange Server
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

AUTORIDADE TRIBUT=C3=81RIA E ADUANEIRA
Servi=C3=A7o de Finan=C3=A7as de Lisboa-3

Acusamos a rece=C3=A7=C3=A3o da sua mensagem. Informamos que esta caixa de =
correio n=C3=A3o se destina ao atendimento de contribuintes.

Para apresentar quest=C3=B5es ou pedidos, utilize o e-balc=C3=A3o no Portal=
 das Finan=C3=A7as (www.portaldasfinancas.gov.pt).

Esta =C3=A9 uma resposta autom=C3=A1tica. N=C3=A3o responda a este endere=
=C3=A7o.

----- Mensagem original -----
De: privacy@shop.example.be
Assunto: O seu pedido de retifica=C3=A7=C3=A3o PRIV-2026-11884: confirme o =
seu endere=C3=A7o
"""),
    ('pt', 'person-forwards-bounce-asks-again', 'access', (),
"""Return-Path: <carla.sousa.lx@gmail.com>
Received: from mail-wm1-f44.google.com (mail-wm1-f44.google.com [209.85.128.44])
	by mx.shop.example.be (Postfix) with ESMTPS id 1B7D24A0F4
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 11:05:44 +0000 (UTC)
MIME-Version: 1.0
References: <6740a1c2.050a0220.3e8f1.2d1cSMTPIN_ADDED_MISSING@mx.google.com>
In-Reply-To: <6740a1c2.050a0220.3e8f1.2d1cSMTPIN_ADDED_MISSING@mx.google.com>
From: Carla Sousa <carla.sousa.lx@gmail.com>
Date: Sun, 22 Nov 2026 11:05:31 +0000
Message-ID: <CAF3vN2q8Xw1Rt0Y=pL7uK5mZc9d4Hs2bE0x_gQ1nT6rJ8aV@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

O meu e-mail de sexta-feira voltou para tr=C3=A1s com o erro abaixo (engane=
i-me no endere=C3=A7o, escrevi "privacidade@" em vez de "privacy@"). Envio =
de novo o pedido:

Gostaria de receber uma c=C3=B3pia de todos os dados pessoais que a vossa l=
oja tem sobre mim (conta de cliente, encomendas e cart=C3=A3o de fideliza=
=C3=A7=C3=A3o). A conta est=C3=A1 registada com este e-mail.

Obrigada,
Carla Sousa

---------- Forwarded message ---------
De: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: sexta, 20/11/2026 =C3=A0(s) 18:42
Subject: Delivery Status Notification (Failure)
To: <carla.sousa.lx@gmail.com>


Endere=C3=A7o n=C3=A3o encontrado

A sua mensagem n=C3=A3o foi entregue a privacidade@shop.example.be porque o=
 endere=C3=A7o n=C3=A3o foi encontrado ou n=C3=A3o pode receber emails.

A resposta do servidor remoto foi:

550 5.1.1 <privacidade@shop.example.be>: Recipient address rejected: User u=
nknown in virtual mailbox table

---------- Forwarded message ----------
From: Carla Sousa <carla.sousa.lx@gmail.com>
To: privacidade@shop.example.be
Date: Fri, 20 Nov 2026 18:42:03 +0000
Subject: Pedido de acesso aos meus dados
----- Message truncated -----
"""),
    ('pl', 'exchange-online-ooo-pl', 'automated', (),
"""Received: from VI1PR08MB5321.eurprd08.prod.outlook.com (2603:10a6:10:3c2::8) by
 VI1PR08MB15321.eurprd08.prod.outlook.com with HTTPS; Wed, 18 Nov 2026 07:15:44 +0000
From: =?utf-8?B?QWduaWVzemthIFfDs2pjaWs=?= <a.wojcik@bruxelles-logistics.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IFR3b2plIMW8xIVkYW5pZSBQUklWLTIwMjYtMTE4NDQ6IHBvdHdpZXJkxbogYWRyZXMgZS1tYWls?=
Thread-Topic: =?utf-8?B?VHdvamUgxbzEhWRhbmllIFBSSVYtMjAyNi0xMTg0NDogcG90d2llcmTFuiBhZHJlcyBlLW1haWw=?=
Thread-Index: AQHbOUk2Zq7v0e1t3kGm9rX2yB4o8w==
Date: Wed, 18 Nov 2026 07:15:44 +0000
Message-ID: <8d2f4b6a1c3e4a7b9f0d2c4e6a8b1d3f@VI1PR08MB5321.eurprd08.prod.outlook.com>
In-Reply-To: <20261118071530.8d2f.privacy-bot@shop.example.be>
References: <20261118071530.8d2f.privacy-bot@shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_8d2f4b6a1c3e4a7b9f0d2c4e6a8b1d3fVI1PR08MB5321eurprd0_"
MIME-Version: 1.0

--_000_8d2f4b6a1c3e4a7b9f0d2c4e6a8b1d3fVI1PR08MB5321eurprd0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RHppZcWEIGRvYnJ5LAoKamVzdGVtIHBvemEgYml1cmVtIGRvIDI1IGxpc3RvcGFkYS4gVyBzcHJh
d2FjaCBwaWxueWNoIHByb3N6xJkga29udGFrdG93YcSHIHNpxJkgeiBiaXVyZW0gb2JzxYJ1Z2k6
IG9mZmljZUBicnV4ZWxsZXMtbG9naXN0aWNzLmV1LgoKUG96ZHJhd2lhbSwKQWduaWVzemthIFfD
s2pjaWsK

--_000_8d2f4b6a1c3e4a7b9f0d2c4e6a8b1d3fVI1PR08MB5321eurprd0_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5EemllxYQgZG9icnksPC9wPgo8
cD5qZXN0ZW0gcG96YSBiaXVyZW0gZG8gMjUgbGlzdG9wYWRhLiBXIHNwcmF3YWNoIHBpbG55Y2gg
cHJvc3rEmSBrb250YWt0b3dhxIcgc2nEmSB6IGJpdXJlbSBvYnPFgnVnaTogb2ZmaWNlQGJydXhl
bGxlcy1sb2dpc3RpY3MuZXUuPC9wPgo8cD5Qb3pkcmF3aWFtLDxicj4KQWduaWVzemthIFfDs2pj
aWs8L3A+CjwvYm9keT48L2h0bWw+Cg==

--_000_8d2f4b6a1c3e4a7b9f0d2c4e6a8b1d3fVI1PR08MB5321eurprd0_--
"""),
    ('pl', 'wp-poczta-autoodpowiedz', 'automated', (),
"""Return-Path: <>
Received: from mx.wp.pl (mx.wp.pl [212.77.101.12])
	by mx.shop.example.be (Postfix) with ESMTPS id 2E8C14A0BF
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 20:31:09 +0000 (UTC)
Date: Wed, 18 Nov 2026 21:31:07 +0100
From: "Tomasz Nowicki" <tomek.nowicki84@wp.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Autoodpowied=C5=BA:_Potwierd=C5=BA_swoje_=C5=BC=C4=85danie_PRIV-?=
 =?UTF-8?Q?2026-11848?=
Message-ID: <autoreply-9f2c1a7e4b0d@wp.pl>
In-Reply-To: <20261118203050.2281.privacy-bot@shop.example.be>
X-WP-AutoReply: 1
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Jestem na urlopie do 27.11 i nie=
 odczytuj=C4=99 poczty. Odpowiem po powrocie.

Tomasz
"""),
    ('cs', 'seznam-automaticka-odpoved', 'automated', (),
"""Return-Path: <>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.38])
	by mx.shop.example.be (Postfix) with ESMTPS id 7C2D94A0C0
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:52:20 +0000 (UTC)
Date: Wed, 18 Nov 2026 14:52:18 +0100 (CET)
From: =?UTF-8?Q?Petra_Novotn=C3=A1?= <petra.novotna@seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Va=C5=A1e_=C5=BE=C3=A1dost_PRIV-2026-11834?=
Message-ID: <autoreply.4b1e.1763473938@email.seznam.cz>
In-Reply-To: <20261118135202.1145.privacy-bot@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCmpzZW0gbmEgZG92b2xlbsOpIGRvIDI2LiAxMS4gMjAyNiBhIGsgZS1tYWls
dSBzZSBuZWRvc3RhbnUuIE5hIFZhxaFpIHpwcsOhdnUgb2Rwb3bDrW0gcG8gbsOhdnJhdHUuCgpT
IHBvemRyYXZlbQpQZXRyYSBOb3ZvdG7DoQoKLS0tLS0tLS0tLSBQxa92b2Ruw60genByw6F2YSAt
LS0tLS0tLS0tCk9kOiBwcml2YWN5QHNob3AuZXhhbXBsZS5iZQpQxZllZG3Em3Q6IFZhxaFlIMW+
w6Fkb3N0IFBSSVYtMjAyNi0xMTgzNAoKRG9icsO9IGRlbiwKb2JkcsW+ZWxpIGpzbWUgeiB0w6l0
byBhZHJlc3kgxb7DoWRvc3QgbyB2w71tYXogdmHFoWVobyDDusSNdHUgYSB2xaFlY2ggw7pkYWrF
ry4gUG90dnLEj3RlIGppIHByb3PDrW0ga2xpa251dMOtbSBuYSBvZGthejoKaHR0cHM6Ly9zaG9w
LmV4YW1wbGUuYmUvcHJpdmFjeS9jb25maXJtL1FlMXZUN2hCNm4K
"""),
    ('cs', 'person-ticket-number-only', 'correction', (),
"""Return-Path: <jana.dvorakova@email.cz>
Received: from mxf2.seznam.cz (mxf2.seznam.cz [77.75.76.30])
	by mx.shop.example.be (Postfix) with ESMTPS id 0E3B54A0F6
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 18:20:33 +0000 (UTC)
Date: Mon, 23 Nov 2026 19:20:31 +0100 (CET)
From: =?UTF-8?Q?Jana_Dvo=C5=99=C3=A1kov=C3=A1?= <jana.dvorakova@email.cz>
To: privacy@shop.example.be
Subject: PRIV-2026-11961
Message-ID: <2Bq.C7a1.3fLkM9xR0p2.1dE8Tf@seznam.cz>
Mime-Version: 1.0 (Szn.cz Email)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Opravte mi pros=C3=ADm v =C3=BA=C4=8Dtu p=C5=99=C3=ADjmen=C3=AD na Dvo=C5=
=99=C3=A1kov=C3=A1, m=C3=A1te tam "Dvorakova" bez h=C3=A1=C4=8Dk=C5=AF a =
=C4=8D=C3=A1rek.
"""),
    ('hr', 'gmail-vacation-responder-hr', 'automated', (),
"""MIME-Version: 1.0
From: Ivana Horvat <ivana.horvat.zg@gmail.com>
Date: Thu, 19 Nov 2026 08:44:12 +0100
References: <20261119074400.5502.privacy-bot@shop.example.be>
In-Reply-To: <20261119074400.5502.privacy-bot@shop.example.be>
Message-ID: <CAMw5rTq0Xv8Lk2Y=sR3nJ7bE1fD9hK4pZ6c_Wm0gA2uN5tVz@mail.gmail.com>
Subject: =?UTF-8?Q?Godi=C5=A1nji_odmor?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000004e1f7a0627b2c3d8"

--0000000000004e1f7a0627b2c3d8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Pozdrav,

na godi=C5=A1njem sam odmoru do 30. studenoga i ne=C4=87u redovito =C4=8Dit=
ati e-po=C5=A1tu. Javit =C4=87u vam se po povratku.

Lijep pozdrav,
Ivana Horvat

--0000000000004e1f7a0627b2c3d8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Pozdrav,</div><div><br></div><div>na godi=C5=A1njem sam od=
moru do 30. studenoga i ne=C4=87u redovito =C4=8Ditati e-po=C5=A1tu. Javit =
=C4=87u vam se po povratku.</div><div><br></div><div>Lijep pozdrav,<br>Ivan=
a Horvat</div>

--0000000000004e1f7a0627b2c3d8--
"""),
    ('hr', 'ht-t-com-bounce', 'automated', (),
"""Return-Path: <>
Received: from mail.t-com.hr (mx3.t-com.hr [195.29.150.98])
	by mx.shop.example.be (Postfix) with ESMTP id 6A0E14A0D2
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:10:07 +0000 (UTC)
Date: Thu, 19 Nov 2026 16:10:06 +0100 (CET)
From: MAILER-DAEMON@t-com.hr (Mail Delivery System)
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Isporuka_poruke_nije_uspjela?=
Message-Id: <20261119151006.E3C2A2A0071@mx3.t-com.hr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="E3C2A2A0071.1763565006/mx3.t-com.hr"

--E3C2A2A0071.1763565006/mx3.t-com.hr
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ovo je automatska poruka sustava elektroničke pošte Hrvatskog Telekoma.

Vašu poruku nije bilo moguće isporučiti sljedećem primatelju:

<marko.babic@t-com.hr>: korisnički račun ne postoji (550 5.1.1 User unknown)

--E3C2A2A0071.1763565006/mx3.t-com.hr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.t-com.hr

Final-Recipient: rfc822; marko.babic@t-com.hr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--E3C2A2A0071.1763565006/mx3.t-com.hr
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Date: Thu, 19 Nov 2026 16:10:00 +0100
From: Privacy tim shop.example.be <privacy@shop.example.be>
To: marko.babic@t-com.hr
Subject: =?UTF-8?Q?Va=C5=A1_zahtjev_za_brisanje_PRIV-2026-11876?=
Message-ID: <20261119151000.7731.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

primili smo vaš zahtjev:

> Molim vas da obrišete moj korisnički račun i sve moje podatke.

Potvrdite ga putem poveznice: https://shop.example.be/privacy/confirm/Ur2bJ9cX4e

--E3C2A2A0071.1763565006/mx3.t-com.hr--
"""),
    ('sv', 'exchange-online-ooo-sv', 'automated', (),
"""Received: from GV1PR05MB8712.eurprd05.prod.outlook.com (2603:10a6:10:3c2::8) by
 GV1PR05MB18712.eurprd05.prod.outlook.com with HTTPS; Wed, 18 Nov 2026 07:15:52 +0000
From: =?utf-8?B?RXJpayBMaW5kcXZpc3Q=?= <erik.lindqvist@nordtrade.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?QXV0b21hdGlza3Qgc3ZhcjogRGluIGJlZ8OkcmFuIFBSSVYtMjAyNi0xMTg1MyDigJMgYmVrcsOkZnRhIGRpbiBlLXBvc3RhZHJlc3M=?=
Thread-Topic: =?utf-8?B?RGluIGJlZ8OkcmFuIFBSSVYtMjAyNi0xMTg1MyDigJMgYmVrcsOkZnRhIGRpbiBlLXBvc3RhZHJlc3M=?=
Thread-Index: AQHbOUk2Zq7v0e1t3kGm9rX2yB4o8w==
Date: Wed, 18 Nov 2026 07:15:52 +0000
Message-ID: <1e3a5c7b9d0f4b2e8a6c4d2f0b8e6a4c@GV1PR05MB8712.eurprd05.prod.outlook.com>
In-Reply-To: <20261118071530.1e3a.privacy-bot@shop.example.be>
References: <20261118071530.1e3a.privacy-bot@shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_1e3a5c7b9d0f4b2e8a6c4d2f0b8e6a4cGV1PR05MB8712eurprd0_"
MIME-Version: 1.0

--_000_1e3a5c7b9d0f4b2e8a6c4d2f0b8e6a4cGV1PR05MB8712eurprd0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SGVqLAoKSmFnIMOkciBww6UgdGrDpG5zdGVyZXNhIHRpbGwgb2NoIG1lZCBkZW4gMjAgbm92ZW1i
ZXIgb2NoIGhhciBiZWdyw6Ruc2FkIHRpbGxnw6VuZyB0aWxsIGUtcG9zdC4gVmlkIGJyw6Vkc2th
bmRlIMOkcmVuZGVuLCBrb250YWt0YSBrb250b3JldCBww6UgKzMyIDIgNTEyIDQwIDg4LgoKTWVk
IHbDpG5saWcgaMOkbHNuaW5nCkVyaWsgTGluZHF2aXN0Cg==

--_000_1e3a5c7b9d0f4b2e8a6c4d2f0b8e6a4cGV1PR05MB8712eurprd0_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5IZWosPC9wPgo8cD5KYWcgw6Ry
IHDDpSB0asOkbnN0ZXJlc2EgdGlsbCBvY2ggbWVkIGRlbiAyMCBub3ZlbWJlciBvY2ggaGFyIGJl
Z3LDpG5zYWQgdGlsbGfDpW5nIHRpbGwgZS1wb3N0LiBWaWQgYnLDpWRza2FuZGUgw6RyZW5kZW4s
IGtvbnRha3RhIGtvbnRvcmV0IHDDpSArMzIgMiA1MTIgNDAgODguPC9wPgo8cD5NZWQgdsOkbmxp
ZyBow6Rsc25pbmc8YnI+CkVyaWsgTGluZHF2aXN0PC9wPgo8L2JvZHk+PC9odG1sPgo=

--_000_1e3a5c7b9d0f4b2e8a6c4d2f0b8e6a4cGV1PR05MB8712eurprd0_--
"""),
    ('sv', 'person-holiday-not-autoreply', 'deletion', (),
"""Return-Path: <karin.ek72@outlook.com>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2082.outbound.protection.outlook.com [40.92.48.82])
	by mx.shop.example.be (Postfix) with ESMTPS id 9D4E14A0F8
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 14:02:47 +0000 (UTC)
From: Karin Ek <karin.ek72@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Autosvar? Nej, det =?utf-8?Q?=C3=A4r_jag?=
Date: Sat, 21 Nov 2026 14:02:43 +0000
Message-ID: <AS8P251MB0861F3C4B1A04E2D9A7E6B5C08D1A@AS8P251MB0861.EURP251.PROD.OUTLOOK.COM>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

SGVqIQoKSmFnIHZldCBhdHQgZGV0IHNlciB1dCBzb20gZXR0IGF1dG9zdmFyIGVmdGVyc29tIGph
ZyBoYXIgc2VtZXN0ZXJow6Rsc25pbmcgcMOlLCBtZW4gZGV0IMOkciBqYWcgc2rDpGx2IHNvbSBz
a3JpdmVyLgoKUmFkZXJhIG1pdHQga3VuZGtvbnRvIGhvcyBlciBvY2ggYWxsYSB1cHBnaWZ0ZXIg
bmkgaGFyIG9tIG1pZywgdGFjay4gS29udG90IMOkciByZWdpc3RyZXJhdCBww6UgZGVuIGjDpHIg
YWRyZXNzZW4uCgpIw6Rsc25pbmdhcgpLYXJpbiBFawoKU2tpY2thdCBmcsOlbiBPdXRsb29rIGbD
tnIgQW5kcm9pZAo=
"""),
    ('ro', 'exchange-online-ooo-ro', 'automated', (),
"""Received: from DU2PR02MB10144.eurprd02.prod.outlook.com (2603:10a6:10:3c2::8) by
 DU2PR02MB110144.eurprd02.prod.outlook.com with HTTPS; Wed, 18 Nov 2026 07:16:03 +0000
From: =?utf-8?B?QW5kcmVlYSBQb3Blc2N1?= <andreea.popescu@eurotrans-consult.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UsSDc3B1bnMgYXV0b21hdDogU29saWNpdGFyZWEgZHZzLiBQUklWLTIwMjYtMTE4NTcg4oCTIGNvbmZpcm1hyJtpIGFkcmVzYSBkZSBlLW1haWw=?=
Thread-Topic: =?utf-8?B?U29saWNpdGFyZWEgZHZzLiBQUklWLTIwMjYtMTE4NTcg4oCTIGNvbmZpcm1hyJtpIGFkcmVzYSBkZSBlLW1haWw=?=
Thread-Index: AQHbOUk2Zq7v0e1t3kGm9rX2yB4o8w==
Date: Wed, 18 Nov 2026 07:16:03 +0000
Message-ID: <6a8c0e2b4d1f4c3e9b7a5d3f1e0c8a6b@DU2PR02MB10144.eurprd02.prod.outlook.com>
In-Reply-To: <20261118071530.6a8c.privacy-bot@shop.example.be>
References: <20261118071530.6a8c.privacy-bot@shop.example.be>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_6a8c0e2b4d1f4c3e9b7a5d3f1e0c8a6bDU2PR02MB10144eurprd_"
MIME-Version: 1.0

--_000_6a8c0e2b4d1f4c3e9b7a5d3f1e0c8a6bDU2PR02MB10144eurprd_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QnVuxIMgeml1YSwKClN1bnQgw65uIGNvbmNlZGl1IHDDom7EgyBwZSAyNyBub2llbWJyaWUsIGN1
IGFjY2VzIGxpbWl0YXQgbGEgZS1tYWlsLiBQZW50cnUgdXJnZW7Im2UsIHbEgyByb2cgc8SDIMOu
bCBjb250YWN0YcibaSBwZSBjb2xlZ3VsIG1ldSwgTWloYWkgSW9uZXNjdSAobWloYWkuaW9uZXNj
dUBldXJvdHJhbnMtY29uc3VsdC5iZSkuCgpDdSBzdGltxIMsCkFuZHJlZWEgUG9wZXNjdQo=

--_000_6a8c0e2b4d1f4c3e9b7a5d3f1e0c8a6bDU2PR02MB10144eurprd_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD5CdW7EgyB6aXVhLDwvcD4KPHA+
U3VudCDDrm4gY29uY2VkaXUgcMOibsSDIHBlIDI3IG5vaWVtYnJpZSwgY3UgYWNjZXMgbGltaXRh
dCBsYSBlLW1haWwuIFBlbnRydSB1cmdlbsibZSwgdsSDIHJvZyBzxIMgw65sIGNvbnRhY3RhyJtp
IHBlIGNvbGVndWwgbWV1LCBNaWhhaSBJb25lc2N1IChtaWhhaS5pb25lc2N1QGV1cm90cmFucy1j
b25zdWx0LmJlKS48L3A+CjxwPkN1IHN0aW3Egyw8YnI+CkFuZHJlZWEgUG9wZXNjdTwvcD4KPC9i
b2R5PjwvaHRtbD4K

--_000_6a8c0e2b4d1f4c3e9b7a5d3f1e0c8a6bDU2PR02MB10144eurprd_--
"""),
    ('ro', 'zendesk-solicitare-primita-ro', 'automated', (),
"""Return-Path: <support+id91207@casaverdemobila.zendesk.com>
Received: from outbyoip9.pod18.euw1.zdsys.com (outbyoip9.pod18.euw1.zdsys.com [188.172.137.9])
	by mx.shop.example.be (Postfix) with ESMTPS id 4E0A24A0DE
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:40:22 +0000 (UTC)
Date: Fri, 20 Nov 2026 10:40:19 +0000
From: Casa Verde Mobila <support@casaverdemobila.zendesk.com>
Reply-To: Casa Verde Mobila <support+id91207@casaverdemobila.zendesk.com>
To: privacy@shop.example.be
Message-ID: <Q7ZP2MK0W4X_673dbc23e1f0a_2c9b3_sprut@zendesk.com>
Subject: =?UTF-8?Q?[Casa_Verde_Mobila]_Re:_Cererea_dvs._PRIV-2026-11889_a_fost_?=
 =?UTF-8?Q?=C3=AEnregistrat=C4=83?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_673dbc23f0b2e_2c9b3e41c0a7f1";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 4c71d20
X-Zendesk-Email-Id: 01JD5A0R7B4XK9N1M2C8QF6E3V
Auto-Submitted: auto-generated

----==_mimepart_673dbc23f0b2e_2c9b3e41c0a7f1
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- V=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi r=C4=83spunsul deasupra acestei=
 linii -##

Solicitarea dvs. (91207) a fost primit=C4=83 =C8=99i este analizat=C4=83 de=
 echipa noastr=C4=83 de asisten=C8=9B=C4=83.

Pentru a ad=C4=83uga comentarii, r=C4=83spunde=C8=9Bi la acest e-mail.

----------------------------------------------

privacy@shop.example.be, 20 nov. 2026, 11:40 CET

Bun=C4=83 ziua,
Am primit de la aceast=C4=83 adres=C4=83 cererea de a nu v=C4=83 mai trimit=
e newsletterul. Cererea PRIV-2026-11889 a fost =C3=AEnregistrat=C4=83.
Echipa de confiden=C8=9Bialitate shop.example.be

Acest e-mail este un serviciu oferit de Casa Verde Mobila. Livrat de Zendesk
[Q7ZP2M-K0W4X]

----==_mimepart_673dbc23f0b2e_2c9b3e41c0a7f1
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>##- V=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi r=C4=
=83spunsul deasupra acestei linii -##</p>
<p>Solicitarea dvs. (91207) a fost primit=C4=83 =C8=99i este analizat=C4=83=
 de echipa noastr=C4=83 de asisten=C8=9B=C4=83.</p>
<p>Pentru a ad=C4=83uga comentarii, r=C4=83spunde=C8=9Bi la acest e-mail.</=
p>
<p>----------------------------------------------</p>
<p>privacy@shop.example.be, 20 nov. 2026, 11:40 CET</p>
<p>Bun=C4=83 ziua,<br>
Am primit de la aceast=C4=83 adres=C4=83 cererea de a nu v=C4=83 mai trimit=
e newsletterul. Cererea PRIV-2026-11889 a fost =C3=AEnregistrat=C4=83.<br>
Echipa de confiden=C8=9Bialitate shop.example.be</p>
<p>Acest e-mail este un serviciu oferit de Casa Verde Mobila. Livrat de Zen=
desk<br>
[Q7ZP2M-K0W4X]</p>
</body></html>

----==_mimepart_673dbc23f0b2e_2c9b3e41c0a7f1--
"""),
    ('el', 'exchange-online-ooo-el', 'automated', (),
"""Received: from AM8PR06MB7790.eurprd06.prod.outlook.com (2603:10a6:10:3c2::8) by
 AM8PR06MB17790.eurprd06.prod.outlook.com with HTTPS; Wed, 18 Nov 2026 07:16:20 +0000
From: =?utf-8?B?zp3Or866zr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4I=?= <n.papadopoulos@hellasfood.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOpM6/IM6xzq/PhM63zrzOrCDPg86xz4IgUFJJVi0yMDI2LTExODYxIOKAkyDOtc+AzrnOss61zrLOsc65z47Pg8+EzrUgz4TOtyDOtM65zrXPjc64z4XOvc+Dzq4gz4POsc+C?=
Thread-Topic: =?utf-8?B?zqTOvyDOsc6vz4TOt868zqwgz4POsc+CIFBSSVYtMjAyNi0xMTg2MSDigJMgzrXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+EzrcgzrTOuc61z43OuM+Fzr3Pg86uIM+DzrHPgg==?=
Thread-Index: AQHbOUk2Zq7v0e1t3kGm9rX2yB4o8w==
Date: Wed, 18 Nov 2026 07:16:20 +0000
Message-ID: <0c2e4a6b8d1f4e3a9c7b5e3d1f0a8c6e@AM8PR06MB7790.eurprd06.prod.outlook.com>
In-Reply-To: <20261118071530.0c2e.privacy-bot@shop.example.be>
References: <20261118071530.0c2e.privacy-bot@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_0c2e4a6b8d1f4e3a9c7b5e3d1f0a8c6eAM8PR06MB7790eurprd0_"
MIME-Version: 1.0

--_000_0c2e4a6b8d1f4e3a9c7b5e3d1f0a8c6eAM8PR06MB7790eurprd0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6YzrEgzrvOtc6vz4DPiSDOsc+Az4wgz4TOvyDO
s8+BzrHPhs61zq/OvyDOrc+Jz4Igz4TOuc+CIDIzIM6dzr/Otc68zrLPgc6vzr/PhS4gzpPOuc6x
IM61z4DOtc6vzrPOv869z4TOsSDOuM6tzrzOsc+EzrEgzrXPgM65zrrOv865zr3Pic69zq7Pg8+E
zrUgzrzOtSDPhM6/IM67zr/Os865z4PPhM6uz4HOuc6/IM+Dz4TOvyBhY2NvdW50c0BoZWxsYXNm
b29kLmJlLgoKzpzOtSDOtc66z4TOr868zrfPg863LArOnc6vzrrOv8+CIM6gzrHPgM6xzrTPjM+A
zr/Phc67zr/Pggo=

--_000_0c2e4a6b8d1f4e3a9c7b5e3d1f0a8c6eAM8PR06MB7790eurprd0_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD7Oms6xzrvOt8+Dz4DOrc+BzrEg
z4POsc+CLDwvcD4KPHA+zpjOsSDOu861zq/PgM+JIM6xz4DPjCDPhM6/IM6zz4HOsc+GzrXOr86/
IM6tz4nPgiDPhM65z4IgMjMgzp3Ov861zrzOss+Bzq/Ov8+FLiDOk865zrEgzrXPgM61zq/Os86/
zr3PhM6xIM64zq3OvM6xz4TOsSDOtc+AzrnOus6/zrnOvc+Jzr3Ors+Dz4TOtSDOvM61IM+Ezr8g
zrvOv86zzrnPg8+Ezq7Pgc65zr8gz4PPhM6/IGFjY291bnRzQGhlbGxhc2Zvb2QuYmUuPC9wPgo8
cD7OnM61IM61zrrPhM6vzrzOt8+DzrcsPGJyPgrOnc6vzrrOv8+CIM6gzrHPgM6xzrTPjM+Azr/P
hc67zr/PgjwvcD4KPC9ib2R5PjwvaHRtbD4K

--_000_0c2e4a6b8d1f4e3a9c7b5e3d1f0a8c6eAM8PR06MB7790eurprd0_--
"""),
    ('el', 'person-company-disclaimer', 'restriction', (),
"""Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2118.outbound.protection.outlook.com [40.107.13.118])
	by mx.shop.example.be (Postfix) with ESMTPS id 3F6A84A0FA
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 09:41:52 +0000 (UTC)
From: =?utf-8?B?zpXOu86tzr3OtyDOk861z4nPgc6zzq/Ov8+F?= <e.georgiou@aegeanshipping.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?zqDOtc+BzrnOv8+BzrnPg868z4zPgiDOtc+AzrXOvs61z4HOs86xz4POr86xz4IgLSDPgM6xz4HOsc6zzrPOtc67zq/OsSA4ODEyMw==?=
Thread-Topic: =?utf-8?B?zqDOtc+BzrnOv8+BzrnPg868z4zPgiDOtc+AzrXOvs61z4HOs86xz4POr86xz4IgLSDPgM6xz4HOsc6zzrPOtc67zq/OsSA4ODEyMw==?=
Thread-Index: AdtEZq1m0vK7s2RbQe6yX4c9Nw3h5A==
Date: Tue, 24 Nov 2026 09:41:48 +0000
Message-ID: <PA4PR06MB7318C2E1D0B94A3F8E7D6C5B4A3F2@PA4PR06MB7318.eurprd06.prod.outlook.com>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_PA4PR06MB7318C2E1D0B94A3F8E7D6C5B4A3F2PA4PR06MB7318eurp_"
MIME-Version: 1.0

--_000_PA4PR06MB7318C2E1D0B94A3F8E7D6C5B4A3F2PA4PR06MB7318eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOiM+Hz4kgzrHOvc6/zrnPh8+Ezq4gzrTOuc6xz4bO
v8+BzqwgzrzOsc62zq8gz4POsc+CIM6zzrnOsSDPhM63zr0gz4DOsc+BzrHOs86zzrXOu86vzrEg
ODgxMjMgKM61z4DOuc+Dz4TPgc6/z4bOriDOtc67zrHPhM+Ez4nOvM6xz4TOuc66zq7PgiDPiM63
z4PPhM6xz4HOuc6sz4IpLiDOo86xz4IgzrbOt8+Ez44gzr3OsSDPgM61z4HOuc6/z4HOr8+DzrXP
hM61IM+EzrfOvSDOtc+AzrXOvs61z4HOs86xz4POr86xIM+Ez4nOvSDPgM+Bzr/Pg8+Jz4DOuc66
z47OvSDOvM6/z4UgzrTOtc60zr/OvM6tzr3Pic69OiDOvc6xIM68zrfOvSDPhM6xIM60zrnOsc6z
z4HOrM+IzrXPhM61LCDOs865zrHPhM6vIM+EzrEgz4fPgc61zrnOrM62zr/OvM6xzrkgz4nPgiDO
sc+Azr/OtM61zrnOus+EzrnOus+MLCDOsc67zrvOrCDOvc6xIM68zrfOvSDPhM6xIM+Hz4HOt8+D
zrnOvM6/z4DOv865zrXOr8+EzrUgzrPOuc6xIM+Ezq/PgM6/z4TOtSDOrM67zrvOvyDOvM6tz4fP
gc65IM69zrEgzrvPhc64zrXOryDPhM6/IM64zq3OvM6xLgoKzpXPhc+HzrHPgc65z4PPhM+OLArO
lc67zq3Ovc63IM6TzrXPic+BzrPOr86/z4UKzqXPgM61z43OuM+Fzr3OtyDOoM+Bzr/OvM63zrjO
tc65z47OvQpBZWdlYW4gU2hpcHBpbmcgU2VydmljZXMgQlYKTm9vcmRlcmxhYW4gMTQ3LCAyMDMw
IEFudHdlcnBlbgoKzqDPgc65zr0gzrXOus+Ez4XPgM+Oz4POtc+EzrUgzrHPhc+Ez4wgz4TOvyDO
vM6uzr3Phc68zrEsIM+DzrrOtc+Gz4TOtc6vz4TOtSDPhM6/IM+AzrXPgc65zrLOrM67zrvOv869
LgoKzpHOoM6fzqDOn86ZzpfOo86XIM6VzqXOmM6lzp3Ol86jOiDOpM6/IM+AzrHPgc+Mzr0gzrzO
rs69z4XOvM6xIM66zrHOuSDPhM+Fz4fPjM69IM+Dz4XOvc63zrzOvM6tzr3OsSDOtc6vzr3Osc65
IM61zrzPgM65z4PPhM61z4XPhM65zrrOrCDOus6xzrkgz4DPgc6/zr/Pgc6vzrbOv869z4TOsc65
IM6xz4DOv866zrvOtc65z4PPhM65zrrOrCDOs865zrEgz4TOv869IM+AzrHPgc6xzrvOrs+Az4TO
ty4gzpXOrM69IM+Ezr8gzrvOrM6yzrHPhM61IM66zrHPhM6sIM67zqzOuM6/z4IsIM+AzrHPgc6x
zrrOsc67zr/Pjc68zrUgzrXOvc63zrzOtc+Bz47Pg8+EzrUgz4TOv869IM6xz4DOv8+Dz4TOv867
zq3OsSDOus6xzrkgzrTOuc6xzrPPgc6sz4jPhM61IM+Ezr8uIC8gVGhpcyBlLW1haWwgaXMgY29u
ZmlkZW50aWFsIGFuZCBpbnRlbmRlZCBzb2xlbHkgZm9yIHRoZSBhZGRyZXNzZWUuCg==

--_000_PA4PR06MB7318C2E1D0B94A3F8E7D6C5B4A3F2PA4PR06MB7318eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD7Oms6xzrvOt868zq3Pgc6xIM+D
zrHPgiw8L3A+CjxwPs6Iz4fPiSDOsc69zr/Ouc+Hz4TOriDOtM65zrHPhs6/z4HOrCDOvM6xzrbO
ryDPg86xz4IgzrPOuc6xIM+EzrfOvSDPgM6xz4HOsc6zzrPOtc67zq/OsSA4ODEyMyAozrXPgM65
z4PPhM+Bzr/Phs6uIM61zrvOsc+Ez4TPic68zrHPhM65zrrOrs+CIM+IzrfPg8+EzrHPgc65zqzP
gikuIM6jzrHPgiDOts63z4TPjiDOvc6xIM+AzrXPgc65zr/Pgc6vz4POtc+EzrUgz4TOt869IM61
z4DOtc6+zrXPgc6zzrHPg86vzrEgz4TPic69IM+Az4HOv8+Dz4nPgM65zrrPjs69IM68zr/PhSDO
tM61zrTOv868zq3Ovc+Jzr06IM69zrEgzrzOt869IM+EzrEgzrTOuc6xzrPPgc6sz4jOtc+EzrUs
IM6zzrnOsc+Ezq8gz4TOsSDPh8+BzrXOuc6szrbOv868zrHOuSDPic+CIM6xz4DOv860zrXOuc66
z4TOuc66z4wsIM6xzrvOu86sIM69zrEgzrzOt869IM+EzrEgz4fPgc63z4POuc68zr/PgM6/zrnO
tc6vz4TOtSDOs865zrEgz4TOr8+Azr/PhM61IM6szrvOu86/IM68zq3Ph8+Bzrkgzr3OsSDOu8+F
zrjOtc6vIM+Ezr8gzrjOrc68zrEuPC9wPgo8cD7Olc+Fz4fOsc+BzrnPg8+Ez44sPGJyPgrOlc67
zq3Ovc63IM6TzrXPic+BzrPOr86/z4U8YnI+Cs6lz4DOtc+NzrjPhc69zrcgzqDPgc6/zrzOt864
zrXOuc+Ozr08YnI+CkFlZ2VhbiBTaGlwcGluZyBTZXJ2aWNlcyBCVjxicj4KTm9vcmRlcmxhYW4g
MTQ3LCAyMDMwIEFudHdlcnBlbjwvcD4KPHA+zqDPgc65zr0gzrXOus+Ez4XPgM+Oz4POtc+EzrUg
zrHPhc+Ez4wgz4TOvyDOvM6uzr3Phc68zrEsIM+DzrrOtc+Gz4TOtc6vz4TOtSDPhM6/IM+AzrXP
gc65zrLOrM67zrvOv869LjwvcD4KPHA+zpHOoM6fzqDOn86ZzpfOo86XIM6VzqXOmM6lzp3Ol86j
OiDOpM6/IM+AzrHPgc+Mzr0gzrzOrs69z4XOvM6xIM66zrHOuSDPhM+Fz4fPjM69IM+Dz4XOvc63
zrzOvM6tzr3OsSDOtc6vzr3Osc65IM61zrzPgM65z4PPhM61z4XPhM65zrrOrCDOus6xzrkgz4DP
gc6/zr/Pgc6vzrbOv869z4TOsc65IM6xz4DOv866zrvOtc65z4PPhM65zrrOrCDOs865zrEgz4TO
v869IM+AzrHPgc6xzrvOrs+Az4TOty4gzpXOrM69IM+Ezr8gzrvOrM6yzrHPhM61IM66zrHPhM6s
IM67zqzOuM6/z4IsIM+AzrHPgc6xzrrOsc67zr/Pjc68zrUgzrXOvc63zrzOtc+Bz47Pg8+EzrUg
z4TOv869IM6xz4DOv8+Dz4TOv867zq3OsSDOus6xzrkgzrTOuc6xzrPPgc6sz4jPhM61IM+Ezr8u
IC8gVGhpcyBlLW1haWwgaXMgY29uZmlkZW50aWFsIGFuZCBpbnRlbmRlZCBzb2xlbHkgZm9yIHRo
ZSBhZGRyZXNzZWUuPC9wPgo8L2JvZHk+PC9odG1sPgo=

--_000_PA4PR06MB7318C2E1D0B94A3F8E7D6C5B4A3F2PA4PR06MB7318eurp_--
"""),
    ('bg', 'exchange-online-ooo-bg', 'automated', (),
"""Received: from AS4PR09MB6201.eurprd09.prod.outlook.com (2603:10a6:10:3c2::8) by
 AS4PR09MB16201.eurprd09.prod.outlook.com with HTTPS; Wed, 18 Nov 2026 07:16:41 +0000
From: =?utf-8?B?0JTQuNC80LjRgtGK0YAg0J/QtdGC0YDQvtCy?= <d.petrov@balkan-import.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0JLQsNGI0LDRgtCwINC30LDRj9Cy0LrQsCBQUklWLTIwMjYtMTE4NjQg4oCTINC/0L7RgtCy0YrRgNC00LXRgtC1INC40LzQtdC50Lsg0LDQtNGA0LXRgdCwINGB0Lg=?=
Thread-Topic: =?utf-8?B?0JLQsNGI0LDRgtCwINC30LDRj9Cy0LrQsCBQUklWLTIwMjYtMTE4NjQg4oCTINC/0L7RgtCy0YrRgNC00LXRgtC1INC40LzQtdC50Lsg0LDQtNGA0LXRgdCwINGB0Lg=?=
Thread-Index: AQHbOUk2Zq7v0e1t3kGm9rX2yB4o8w==
Date: Wed, 18 Nov 2026 07:16:41 +0000
Message-ID: <4e6a8c0d2f1b4a3e9d7c5b3a1f0e8d6c@AS4PR09MB6201.eurprd09.prod.outlook.com>
In-Reply-To: <20261118071530.4e6a.privacy-bot@shop.example.be>
References: <20261118071530.4e6a.privacy-bot@shop.example.be>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_4e6a8c0d2f1b4a3e9d7c5b3a1f0e8d6cAS4PR09MB6201eurprd0_"
MIME-Version: 1.0

--_000_4e6a8c0d2f1b4a3e9d7c5b3a1f0e8d6cAS4PR09MB6201eurprd0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JIg0L7RgtC/0YPRgdC6INGB0YrQvCDQtNC+IDI2INC90L7Q
tdC80LLRgNC4INC4INC90Y/QvNCw0Lwg0LTQvtGB0YLRitC/INC00L4g0YHQu9GD0LbQtdCx0L3Q
sNGC0LAg0YHQuCDQv9C+0YnQsC4g0JfQsCDRgdC/0LXRiNC90Lgg0LLRitC/0YDQvtGB0LgsINC8
0L7Qu9GPLCDQv9C40YjQtdGC0LUg0L3QsCBvZmZpY2VAYmFsa2FuLWltcG9ydC5iZS4KCtCf0L7Q
t9C00YDQsNCy0LgsCtCU0LjQvNC40YLRitGAINCf0LXRgtGA0L7Qsgo=

--_000_4e6a8c0d2f1b4a3e9d7c5b3a1f0e8d6cAS4PR09MB6201eurprd0_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD7Ql9C00YDQsNCy0LXQudGC0LUs
PC9wPgo8cD7QkiDQvtGC0L/Rg9GB0Log0YHRitC8INC00L4gMjYg0L3QvtC10LzQstGA0Lgg0Lgg
0L3Rj9C80LDQvCDQtNC+0YHRgtGK0L8g0LTQviDRgdC70YPQttC10LHQvdCw0YLQsCDRgdC4INC/
0L7RidCwLiDQl9CwINGB0L/QtdGI0L3QuCDQstGK0L/RgNC+0YHQuCwg0LzQvtC70Y8sINC/0LjR
iNC10YLQtSDQvdCwIG9mZmljZUBiYWxrYW4taW1wb3J0LmJlLjwvcD4KPHA+0J/QvtC30LTRgNCw
0LLQuCw8YnI+CtCU0LjQvNC40YLRitGAINCf0LXRgtGA0L7QsjwvcD4KPC9ib2R5PjwvaHRtbD4K

--_000_4e6a8c0d2f1b4a3e9d7c5b3a1f0e8d6cAS4PR09MB6201eurprd0_--
"""),
    ('bg', 'abv-bg-bounce', 'automated', (),
"""Return-Path: <>
Received: from mx.abv.bg (mx3.abv.bg [194.153.145.96])
	by mx.shop.example.be (Postfix) with ESMTP id 8C3D24A0E2
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 18:20:16 +0000 (UTC)
Date: Thu, 19 Nov 2026 20:20:15 +0200 (EET)
From: MAILER-DAEMON@abv.bg (Mail Delivery System)
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J3QtdGD0YHQv9C10YjQvdCwINC00L7RgdGC0LDQstC60LAg0L3QsCDRgdGK0L7QsdGJ0LXQvdC40LU=?=
Message-Id: <20261119182015.1F7B05C0093@mx3.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="1F7B05C0093.1763576415/mx3.abv.bg"

--1F7B05C0093.1763576415/mx3.abv.bg
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUg0L7R
giDQv9C+0YnQtdC90YHQutCw0YLQsCDRgdC40YHRgtC10LzQsCDQvdCwIEFCVi4KCtCS0LDRiNC1
0YLQviDRgdGK0L7QsdGJ0LXQvdC40LUg0L3QtSDQvNC+0LbQsCDQtNCwINCx0YrQtNC1INC00L7R
gdGC0LDQstC10L3QviDQtNC+INGB0LvQtdC00L3QuNGPINC/0L7Qu9GD0YfQsNGC0LXQuzoKCjxn
ZXJnYW5hLml2YW5vdmFAYWJ2LmJnPjog0L/QvtGJ0LXQvdGB0LrQsNGC0LAg0LrRg9GC0LjRjyDQ
tSDQvdC10LDQutGC0LjQstC90LAg0LjQu9C4INC90LUg0YHRitGJ0LXRgdGC0LLRg9Cy0LAKICAg
ICg1NTAgNS4xLjEgTWFpbGJveCBkaXNhYmxlZCkK

--1F7B05C0093.1763576415/mx3.abv.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx3.abv.bg

Final-Recipient: rfc822; gergana.ivanova@abv.bg
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox disabled

--1F7B05C0093.1763576415/mx3.abv.bg
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Date: Thu, 19 Nov 2026 19:20:10 +0100
From: privacy@shop.example.be
To: gergana.ivanova@abv.bg
Subject: =?UTF-8?B?0JLQsNGI0LXRgtC+INC40YHQutCw0L3QtSDQt9CwINC00L7RgdGC0YrQvyBQUklWLTIwMjYtMTE4ODE=?=
Message-ID: <20261119182010.8840.privacy-bot@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Получихме от този адрес следното искане:

> Искам копие от всички лични данни, които пазите за мен.

Моля, потвърдете го: https://shop.example.be/privacy/confirm/Pa8nD3wS1g

--1F7B05C0093.1763576415/mx3.abv.bg--
"""),
]

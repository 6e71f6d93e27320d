"""Set sixtyfirst: robot mail that answers the privacy team's own mails (out-of-office and vacation replies, bounces, read receipts, secure-transfer notices, case, ticket and request-tool acknowledgements, challenge and quarantine notices), plus people who look automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'exchange-ooo-to-identity-check', 'automated', (),
'''Return-Path: <>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (mail-vi1eur03on2093.outbound.protection.outlook.com [203.0.113.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4hbKvnPdPpcJdNM
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 10:14:55 +0100 (CET)
Received: from LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2a1::11)
 by LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM with HTTPS; Tue, 10 Mar 2026
 09:14:52 +0000
From: Daniel Okafor <d.okafor@brightwell.example.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Please confirm it is you - request 2026-0412
Thread-Topic: Please confirm it is you - request 2026-0412
Thread-Index: AQH5xD1W+XycAPKVh8ZEt4UfSVJI==
Date: Tue, 10 Mar 2026 09:14:52 +0000
Message-ID: <0af1b4e8ad4520afe2758bad1774d139@LO4P265MB6120.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <20260310091402.7F3A2C0042@mail-out.shop.example.be>
References: <20260310091402.7F3A2C0042@mail-out.shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
auto-submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-PublicTrafficType: Email
Content-Type: multipart/alternative;
	boundary="_000_0af1b4e8ad4520afe2758bad1774d139LO4P265MB6120GBRP265PROD_"
MIME-Version: 1.0

--_000_0af1b4e8ad4520afe2758bad1774d139LO4P265MB6120GBRP265PROD_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 16 March 2026 with no access to email. =
Your message will not be forwarded.

For anything urgent regarding client accounts, please contact our office ma=
nager, Priya Natarajan, on +44 20 7946 0321 or at office@brightwell.example=
.co.uk.

Kind regards,
Daniel Okafor
Brightwell Consulting Ltd

--_000_0af1b4e8ad4520afe2758bad1774d139LO4P265MB6120GBRP265PROD_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
</head>
<body>
<div style=3D"font-family: Calibri, Arial, Helvetica, sans-serif; font-size=
: 11pt;">
<p>Thank you for your email.</p>
<p>I am out of the office until Monday 16 March 2026 with no access to emai=
l. Your message will not be forwarded.</p>
<p>For anything urgent regarding client accounts, please contact our office=
 manager, Priya Natarajan, on +44 20 7946 0321 or at office@brightwell.exam=
ple.co.uk.</p>
<p>Kind regards,<br>
Daniel Okafor<br>
Brightwell Consulting Ltd</p>
</div>
</body>
</html>

--_000_0af1b4e8ad4520afe2758bad1774d139LO4P265MB6120GBRP265PROD_--
'''),
    ('en', 'qmail-bounce-over-quota-export-mail', 'automated', (),
'''Return-Path: <>
Received: from mx.northlane-hosting.example.net (mx.northlane-hosting.example.net [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTP id 4dX2h87PsjSp5gV
        for <privacy@shop.example.be>; Wed, 18 Mar 2026 15:22:11 +0100 (CET)
Received: (qmail 28817 invoked for bounce); 18 Mar 2026 14:22:09 -0000
Date: 18 Mar 2026 14:22:09 -0000
From: MAILER-DAEMON@mx.northlane-hosting.example.net
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mx.northlane-hosting.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<margaret.ellison@northlane-hosting.example.net>:
user is over quota

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28810 invoked by uid 89); 18 Mar 2026 14:22:08 -0000
Received: from unknown (HELO mail-out.shop.example.be) (192.0.2.25)
  by mx.northlane-hosting.example.net with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 18 Mar 2026 14:22:08 -0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=mail2026; t=1773843725; bh=aygOwzIDhdzBuqe4c25DsJL/tESHCVk2AQ9x1x3HI7N=;
        h=from:to:subject:date:message-id:mime-version:content-type;
        b=AgSu5Ve+E7abS6dLkZ6EyLST6Xz9pO9tesauqKTRhehpEwUHSupmiekrvkxIvh/aTMWATRyY
         WW8tCjUMjPBThYEHUMJ9NTOejdMci/mMivlXkYnvjnbWPIamT0NSYq1DP/hQRr4GuamFCLv7
         bEF8sfaRttDkcv6brDhJuQeHc/DlR+vsTvknBh164hdqFtt5r8MsKeATAxp280JRNRs6g/k7
         N4cY3FIDCre+P45p3l4mj7SMe5pg0H6B5DPS47jTisDB5G4pb+fk+mh9cFYM3aGM0IVY4ybp
         e15D9Euf7GoBUaRszsZljtrG+IS9rImdGa+je0EIRv2vQBKs6TrK6k==
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Margaret Ellison <margaret.ellison@northlane-hosting.example.net>
Subject: Your data export is ready - request 2026-0398
Date: Wed, 18 Mar 2026 15:22:05 +0100
Message-ID: <20260318142205.3C1D9A0117@mail-out.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Ms Ellison,

Thank you for your patience. The copy of your personal data that you asked
for on 20 February 2026 (our reference 2026-0398) is ready.

You can download it through our secure transfer service until 1 April 2026:
https://vaultdrop.example.com/t/8KqZ3mW7xR

The password follows in a separate text message to the mobile number ending
in 47. The archive contains your customer account, your orders, your loyalty
card transactions, your newsletter preferences and the list of recipients
with whom we shared your data.

If anything is missing or unclear, simply reply to this email and mention
your reference.

Kind regards,
Lotte Maes
Privacy Team - Shop Example BV
'''),
    ('en', 'secure-transfer-export-downloaded', 'automated', (),
'''Return-Path: <bounces+7f3a1c.4e2d-privacy=shop.example.be@notify.vaultdrop.example.com>
Received: from o12.notify.vaultdrop.example.com (o12.notify.vaultdrop.example.com [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kFSXfL6xZfRw3b
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 21:41:40 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vaultdrop.example.com;
        s=s1; t=1773952897; bh=jpSyseyvx/RjSuMEMX6iuMb4i9rNjCwt9yBG64LsNUC=;
        h=content-type:from:mime-version:subject:reply-to:list-unsubscribe:to:cc:content-type:from:subject:to;
        b=KJFL+TenbQCPC+UZakIui6WV8iP5gIYjsPgnea7zEPOljnzgh6bazjvriiCEVbI7vIim1DYD
         eCYUoJUtjM/lXWg5qYKxAsz2U1olmWhy0t7U+tY5HLwo1uKvXi5c/gEeEgoOehrHNBT7ZgO1
         7LthHvHK4cDE8WB7ZtVP1IV96bW+YJodrUSgtZHBuaO/uaPCgcedMTNkF7un8NQI5MsD0D+t
         jNsOFri9BWS0xHQL5AqhQMNN5oos1bWH6z7oxJW3el2/26gnp27hOVOsO2FFlAgPSx3JHo0H
         22CCkByhSTN7CurSdZTR63N5av5cVrRekbSGlVvZgie716WLnS6bwU==
Received: by filterdrecv-6c8f4d7b9-x2lqk with SMTP id filterdrecv-6c8f4d7b9-x2lqk-1-69BC5F71-2A
        2026-03-19 20:41:37.412883902 +0000 UTC m=+1209611.227481907
Received: from vaultdrop-notifier-5d9c (unknown)
	by geopod-ismtpd-8 (SG) with HTTP
	id uA3bKq7xS2mZ9e0wFvR4nA
	Thu, 19 Mar 2026 20:41:37.301 +0000 (UTC)
Content-Type: multipart/alternative; boundary=f239148c5f5d001507767efb490b
Date: Thu, 19 Mar 2026 20:41:37 +0000 (UTC)
From: Vaultdrop <no-reply@notify.vaultdrop.example.com>
Mime-Version: 1.0
Message-ID: <uA3bKq7xS2mZ9e0wFvR4nA@geopod-ismtpd-8>
Reply-To: no-reply@notify.vaultdrop.example.com
Subject: Your transfer "Personal data export - request 2026-0401" was downloaded
To: privacy@shop.example.be
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
List-Unsubscribe: <https://vaultdrop.example.com/settings/notifications?u=c81f07e2>
Feedback-ID: transfer-downloaded:vaultdrop:notifications
X-Entity-ID: 7zQv2m1bXk9sR0pLwE4h8g==

--f239148c5f5d001507767efb490b
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Hi Shop Example Privacy Team,

Your transfer was downloaded.

Transfer:    Personal data export - request 2026-0401
Recipient:   jon.reyes@fastpost.example.com
Downloaded:  19 March 2026, 21:41 CET
From:        203.0.113.47 (Mechelen, BE) - Chrome on Android
Files:       export_2026-0401_personal-data.zip (14.2 MB)
             README_how-to-read-your-data.pdf (184 KB)

The recipient verified their identity with the one-time code sent to +32 4*=
* ** ** 19.

This transfer expires on 26 March 2026. After that date the files, includin=
g any personal data they contain, are deleted permanently from Vaultdrop se=
rvers and cannot be recovered. Want to delete them now? Open the transfer a=
nd choose "Delete transfer":
https://vaultdrop.example.com/transfers/tr_9XbQ2kLm7Pz/manage

Download receipts are kept for 90 days in your account's audit log for acco=
untability purposes (GDPR Art. 5(2)). You can export the audit log as CSV f=
rom Settings > Compliance > Export activity.

- The Vaultdrop team

You are receiving this notification because "Notify me when files are downl=
oaded" is switched on for privacy@shop.example.be.
Manage notifications: https://vaultdrop.example.com/settings/notifications
Vaultdrop Ltd, 14 Harbour Walk, Dublin 2, Ireland - Privacy notice: https:/=
/vaultdrop.example.com/privacy

--f239148c5f5d001507767efb490b
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Helvetica, Arial, sans-serif; font-size: 14px; c=
olor: #1a1a2e;">
<p>Hi Shop Example Privacy Team,</p>
<p>Your transfer was downloaded.</p>
<p>Transfer:    Personal data export - request 2026-0401<br>
Recipient:   jon.reyes@fastpost.example.com<br>
Downloaded:  19 March 2026, 21:41 CET<br>
From:        203.0.113.47 (Mechelen, BE) - Chrome on Android<br>
Files:       export_2026-0401_personal-data.zip (14.2 MB)<br>
             README_how-to-read-your-data.pdf (184 KB)</p>
<p>The recipient verified their identity with the one-time code sent to +32=
 4** ** ** 19.</p>
<p>This transfer expires on 26 March 2026. After that date the files, inclu=
ding any personal data they contain, are deleted permanently from Vaultdrop=
 servers and cannot be recovered. Want to delete them now? Open the transfe=
r and choose "Delete transfer":<br>
https://vaultdrop.example.com/transfers/tr_9XbQ2kLm7Pz/manage</p>
<p>Download receipts are kept for 90 days in your account's audit log for a=
ccountability purposes (GDPR Art. 5(2)). You can export the audit log as CS=
V from Settings &gt; Compliance &gt; Export activity.</p>
<p>- The Vaultdrop team</p>
<p>You are receiving this notification because "Notify me when files are do=
wnloaded" is switched on for privacy@shop.example.be.<br>
Manage notifications: https://vaultdrop.example.com/settings/notifications<=
br>
Vaultdrop Ltd, 14 Harbour Walk, Dublin 2, Ireland - Privacy notice: https:/=
/vaultdrop.example.com/privacy</p>
</div>
</body>
</html>

--f239148c5f5d001507767efb490b--
'''),
    ('en', 'law-firm-case-system-ack', 'automated', (),
'''Return-Path: <casemail-bounces@harlowfinch.example.co.uk>
Received: from smtp2.harlowfinch.example.co.uk (smtp2.harlowfinch.example.co.uk [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jRysyFmZ9lPb88
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 12:05:19 +0100 (CET)
Received: from cms01.harlowfinch.local (cms01.harlowfinch.local [10.8.2.14])
	by smtp2.harlowfinch.example.co.uk (Postfix) with ESMTP id 6C21F40B3A
	for <privacy@shop.example.be>; Mon, 23 Mar 2026 11:05:16 +0000 (GMT)
From: "Harlow Finch LLP - Case Correspondence" <casemail@harlowfinch.example.co.uk>
To: privacy@shop.example.be
Subject: [HF-DP-26-00871] Acknowledgement of your correspondence: Re: Your request 2026-0377
Date: Mon, 23 Mar 2026 11:05:14 +0000
Message-ID: <ack.HF-DP-26-00871.20260323110514.6612@cms.harlowfinch.example.co.uk>
In-Reply-To: <20260323105801.9E4B2A0031@mail-out.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-Mailer: HF CaseFlow Notifier 3.8
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is an automatically generated acknowledgement. Please do not reply to
this email.

Thank you for your email, which was received on 23/03/2026 at 11:05 and has
been filed to the following matter:

  Matter reference : HF-DP-26-00871
  Client           : Ms P. Donnelly
  Matter           : Data subject access request and erasure - Shop Example BV
  Fee earner       : Oliver Grant, Associate (Data Protection & Privacy)

Your correspondence, including any attachments containing personal data, has
been stored on our secure case management system in accordance with our
data retention policy. The fee earner will review it within two working
days. Where your email concerns a statutory deadline or an extension of
time, please ensure it has also been sent to the fee earner directly.

Documents are not accepted for service by email at this address unless this
has been agreed in writing in advance.

Harlow Finch LLP is a limited liability partnership registered in England
and Wales (OC412907). Authorised and regulated by the Solicitors Regulation
Authority (SRA no. 8061242). Our privacy notice explains how we process
personal data: https://www.harlowfinch.example.co.uk/privacy

This email and any attachments are confidential and may be legally
privileged. If you have received it in error, please notify the sender and
delete it from your system.
'''),
    ('en', 'iphone-reply-export-unreadable-incomplete', 'access', (),
'''Return-Path: <robhale.77@icloud.com>
Received: from st43p00im-ztdg10073201.me.com (st43p00im-ztdg10073201.me.com [203.0.113.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cXhxSTD5ThvxDt
        for <privacy@shop.example.be>; Fri, 20 Mar 2026 08:48:15 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;
        s=1a1hai; t=1773992892; bh=m5ue8YanJMA6IdKnK03ft3ylK8MD3ERQaxcBrolrDxU=;
        h=Content-Type:Mime-Version:Subject:From:Date:Message-Id:To;
        b=HrYO5UizjRr1cu0bhiVWHWvh2i7FGFLPMyPoPzzA5TXK4PnACRsc7LLRKMAfUNfilsmzsuVV
         Vz8d/UT1/S+vMg1X5bYdxdjT0oI+h4fRJlSzPxSW1dAEiCBD/BxbvZRxzQk/NW1oqsURzaud
         kBavGi/jcDfq8doJ6anh1Ga+4Z6Rqju/6TRMytvZNLD6ccTUGaetYkSL1LaKcff2etuRXG1H
         XOUKv0v8jh70jBUK6Jj/4nC3OA3WWj6Iee0Z+t8X5OSJ7cJMJHca9qOki9JPl/Btya4dGUOY
         AVQiEmOpc0s/kW7LpSpP8Qryi1DYKiF6iey1oYyl+qUqvMoTliquDJ==
Received: from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [203.0.113.121])
	by st43p00im-ztdg10073201.me.com (Postfix) with ESMTPSA id 9B3F1A4001C
	for <privacy@shop.example.be>; Fri, 20 Mar 2026 07:48:13 +0000 (UTC)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Rob Hale <robhale.77@icloud.com>
Mime-Version: 1.0 (1.0)
Date: Fri, 20 Mar 2026 07:48:12 +0000
Subject: Re: Your data export is ready - request 2026-0405
Message-Id: <8E4F2C1A-7B3D-4E9A-9C55-2D61B0A7F3E8@icloud.com>
References: <20260319150204.5A2E7B0044@mail-out.shop.example.be>
In-Reply-To: <20260319150204.5A2E7B0044@mail-out.shop.example.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
X-Mailer: iPhone Mail (23D127)

Hi Lotte,

Thanks for this but I can=E2=80=99t do anything with it. The file is called=
 export_2026-0405.json and when I open it on my phone or laptop it=E2=80=99=
s just pages of brackets and codes. Can you send me a PDF or a normal sprea=
dsheet I can actually read?

Also it looks incomplete. I=E2=80=99ve had the loyalty card since 2016 and =
ordered loads online in 2019 (the garden set, the corner sofa) but the orde=
rs in the file only start in March 2021. Where are my orders from 2019 and =
2020? And the phone call I had with your customer service about the sofa =
=E2=80=93 you said calls are recorded, that=E2=80=99s not in there either.

I=E2=80=99d like to see all of it please, including who you passed my detai=
ls on to.

Rob

Sent from my iPhone

> On 19 Mar 2026, at 16:02, Shop Example Privacy Team <privacy@shop.example=
.be> wrote:
>=20
> Dear Mr Hale,
>
> Your data export is ready. Please find attached a copy of the personal da=
ta we hold about you (reference 2026-0405), in a structured, commonly used =
and machine-readable format.
>
> Attachment: export_2026-0405.json (2.1 MB)
>
> If you have any questions about your data, simply reply to this email.
>
> Kind regards,
> Lotte Maes
> Privacy Team - Shop Example BV
'''),
    ('nl', 'exchange-onprem-afwezig-identiteitscontrole', 'automated', (),
'''Return-Path: <>
Received: from mail.vermeulen-accountancy.example.be (mail.vermeulen-accountancy.example.be [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gNFbz91m4zXyLV
        for <privacy@shop.example.be>; Mon, 30 Mar 2026 08:31:09 +0200 (CEST)
Received: from EXCH01.vermeulen.local (10.10.1.21) by EXCH01.vermeulen.local
 (10.10.1.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Mon, 30 Mar
 2026 08:31:07 +0200
From: Els Vermeulen <els.vermeulen@vermeulen-accountancy.example.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatisch_antwoord=3A_Uw_verzoek_2026-0419_=E2=80=93_id?=
 =?utf-8?q?entiteitscontrole?=
Thread-Topic: =?utf-8?q?Uw_verzoek_2026-0419_=E2=80=93_identiteitscontrole?=
Thread-Index: AQHl02NrbEowDcg9cdt4Y96MV9y+==
Date: Mon, 30 Mar 2026 06:31:07 +0000
Message-ID: <652fc951185577329b2a52ade2361dbd@EXCH01.vermeulen.local>
In-Reply-To: <20260330082944.934717DB45@mail-out.shop.example.be>
References: <20260330082944.934717DB45@mail-out.shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecordReviewCfmType: 0
auto-submitted: auto-generated
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Beste,

Bedankt voor uw e-mail. Ik ben afwezig van vrijdag 27 maart tot en met maan=
dag 6 april 2026 en lees in die periode mijn e-mails niet. Uw bericht wordt=
 niet doorgestuurd.

Voor dringende dossiers kunt u terecht bij mijn collega Wouter Peeters (wou=
ter.peeters@vermeulen-accountancy.example.be of 09 396 12 70).

Met vriendelijke groeten,
Els Vermeulen
Vermeulen Accountancy bv
'''),
    ('nl', 'exchange-ndr-te-groot-export-pdf', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2088.outbound.protection.outlook.com [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4hV6GJHwDMGR06v
        for <privacy@shop.example.be>; Tue, 31 Mar 2026 13:40:31 +0200 (CEST)
Received: from AM8PR04MB7761.eurprd04.prod.outlook.com ([fe80::5c1:8a2e:77b0:e3f4])
 by AM8PR04MB7761.eurprd04.prod.outlook.com ([fe80::5c1:8a2e:77b0:e3f4%5])
 with mapi id 15.20.8901.012; Tue, 31 Mar 2026 11:40:29 +0000
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@desmetbouw.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 31 Mar 2026 11:40:29 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_004_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_"
Content-Language: nl-NL
X-MS-Exchange-Message-Is-Ndr:
Message-ID: <6e3e995810c87c4ee893bb1e66c23a1b@AM8PR04MB7761.eurprd04.prod.outlook.com>
In-Reply-To: <20260331134008.2B560D6C13@mail-out.shop.example.be>
References: <20260331134008.2B560D6C13@mail-out.shop.example.be>
Subject: =?utf-8?q?Onbestelbaar=3A_Uw_verzoek_2026-0423_=E2=80=93_uw_gegeven?=
 =?utf-8?q?s_als_pdf?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM8PR04MB7761:EE_|DB9PR04MB8329:EE_
MIME-Version: 1.0

--_004_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_000_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_"

--_000_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht heeft jan.desmet@desmet-bouw.example.be niet bereikt omdat het t=
e groot is.

Bezorging is mislukt voor deze ontvangers of groepen:

Jan Desmet (jan.desmet@desmet-bouw.example.be)
Het bericht is te groot voor deze ontvanger. Verklein het bericht, bijvoorb=
eeld door bijlagen te verwijderen of een koppeling naar het bestand te stur=
en, en probeer het opnieuw.

Diagnostische gegevens voor beheerders:

Genererende server: AM8PR04MB7761.eurprd04.prod.outlook.com

jan.desmet@desmet-bouw.example.be
Remote Server returned '552 5.3.4 Message size exceeds fixed maximum messag=
e size. Message size: 39874 KB, maximum message size: 25600 KB. [Hostname=
=3DAM8PR04MB7761.eurprd04.prod.outlook.com]'

Oorspronkelijke berichtkoppen:

Received: from mail-out.shop.example.be (192.0.2.25) by
 AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.103) with Microsoft
 SMTP Server (version=3DTLS1_3, cipher=3DTLS_AES_256_GCM_SHA384) id 15.20.8=
901.12
 via Frontend Transport; Tue, 31 Mar 2026 11:40:12 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Jan Desmet <jan.desmet@desmet-bouw.example.be>
Subject: Uw verzoek 2026-0423 - uw gegevens als pdf
Date: Tue, 31 Mar 2026 13:40:08 +0200
Message-ID: <20260331134008.2B560D6C13@mail-out.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary=3D"=3D_sx4f1c9e0a"

--_000_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Segoe UI, Frutiger, Arial, sans-serif; font-size=
: 14px;">
<p>Uw bericht heeft jan.desmet@desmet-bouw.example.be niet bereikt omdat he=
t te groot is.</p>
<p>Bezorging is mislukt voor deze ontvangers of groepen:</p>
<p>Jan Desmet (jan.desmet@desmet-bouw.example.be)<br>
Het bericht is te groot voor deze ontvanger. Verklein het bericht, bijvoorb=
eeld door bijlagen te verwijderen of een koppeling naar het bestand te stur=
en, en probeer het opnieuw.</p>
<p>Diagnostische gegevens voor beheerders:</p>
<p>Genererende server: AM8PR04MB7761.eurprd04.prod.outlook.com</p>
<p>jan.desmet@desmet-bouw.example.be<br>
Remote Server returned '552 5.3.4 Message size exceeds fixed maximum messag=
e size. Message size: 39874 KB, maximum message size: 25600 KB. [Hostname=
=3DAM8PR04MB7761.eurprd04.prod.outlook.com]'</p>
<p>Oorspronkelijke berichtkoppen:</p>
<p>Received: from mail-out.shop.example.be (192.0.2.25) by<br>
 AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.103) with Microsoft=
<br>
 SMTP Server (version=3DTLS1_3, cipher=3DTLS_AES_256_GCM_SHA384) id 15.20.8=
901.12<br>
 via Frontend Transport; Tue, 31 Mar 2026 11:40:12 +0000<br>
From: Shop Example Privacy Team &lt;privacy@shop.example.be&gt;<br>
To: Jan Desmet &lt;jan.desmet@desmet-bouw.example.be&gt;<br>
Subject: Uw verzoek 2026-0423 - uw gegevens als pdf<br>
Date: Tue, 31 Mar 2026 13:40:08 +0200<br>
Message-ID: &lt;20260331134008.2B560D6C13@mail-out.shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: multipart/mixed; boundary=3D"=3D_sx4f1c9e0a"</p>
</div>
</body>
</html>

--_000_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_--

--_004_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM8PR04MB7761.eurprd04.prod.outlook.com
Received-From-MTA: dns;mail-out.shop.example.be
Arrival-Date: Tue, 31 Mar 2026 11:40:12 +0000

Final-Recipient: rfc822;jan.desmet@desmet-bouw.example.be
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;552 5.3.4 Message size exceeds fixed maximum message size
X-Display-Name: Jan Desmet

--_004_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_
Content-Type: text/rfc822-headers

Received: from mail-out.shop.example.be (192.0.2.25) by
 AM4PEPF00027A5F.mail.protection.outlook.com (10.167.16.103) with Microsoft
 SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8901.12
 via Frontend Transport; Tue, 31 Mar 2026 11:40:12 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=mail2026; t=1774957208; bh=lYONxZ8MRO3OBOhDQ3rxw6yDHpi2JDFSJU0h3uYu+I0=;
        h=from:to:subject:date:message-id:mime-version:content-type;
        b=huoyvCoXGE+wYZ3fByY/d1mSH6OrDLLWh6rGn60EKEyUuuZaFsy/BWtsYooen0LsVUGOBRbs
         QVLFIQyKteMUgnugnP6EzXpOmNxtejWOHm5O+q9QVetVSFCxWmpAl6RA0Y+QAO9TCl+R/IPr
         j8rBzFK2RKoaavWgYhrsj9xwSy1lHcTTycovFnI3dOHuxKdwiFqoglIythGecktpvmcUqz1v
         8jhR1uc6kxtBRrx/eTKvu84mx05sbxs5DH/x/WYBI2R/6yXTu+ms7YrbJb06zcoHOZIyD2Xz
         RnCj68KpL5NBwo62TXZr/eQE8jKvxfcyXsBokbkFEXE7ZkV1HaJkTb==
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Jan Desmet <jan.desmet@desmet-bouw.example.be>
Subject: =?utf-8?q?Uw_verzoek_2026-0423_=E2=80=93_uw_gegevens_als_pdf?=
Date: Tue, 31 Mar 2026 13:40:08 +0200
Message-ID: <20260331134008.2B560D6C13@mail-out.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sx4f1c9e0a"

--_004_6e3e995810c87c4ee893bb1e66c23a1bAM8PR04MB7761eurp_--
'''),
    ('nl', 'thunderbird-leesbevestiging-gegevensexport', 'automated', (),
'''Return-Path: <hilde.janssens@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [198.51.100.195])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4dlC2jhcHZY0VSY
        for <privacy@shop.example.be>; Thu, 2 Apr 2026 19:12:47 +0200 (CEST)
Received: from [192.168.1.34] ([203.0.113.211])
	by michel.telenet-ops.be with cmsmtp
	id 6bCk2g00B1xKq0p01bCkXy; Thu, 02 Apr 2026 19:12:44 +0200
Message-ID: <0c7f2e51-8a3d-4b19-a6f2-71d5c3e9b024@telenet.be>
Date: Thu, 2 Apr 2026 19:12:44 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Hilde Janssens <hilde.janssens@telenet.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Ontvangstbevestiging (weergegeven) - Uw gegevensexport is klaar (verzoek 2026-0427)
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------MaR2q7xQb0Zk1vLh3tYw9cEn"

This is a multi-part message in MIME format.
--------------MaR2q7xQb0Zk1vLh3tYw9cEn
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dit is een ontvangstbevestiging voor het e-mailbericht dat u hebt 
verzonden aan Hilde Janssens <hilde.janssens@telenet.be>.

Opmerking: deze ontvangstbevestiging bevestigt alleen dat het bericht 
werd weergegeven op de computer van de ontvanger. Er is geen garantie 
dat de ontvanger het bericht heeft gelezen of de inhoud ervan heeft 
begrepen.

--------------MaR2q7xQb0Zk1vLh3tYw9cEn
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: telenet.be; Mozilla Thunderbird
Final-Recipient: rfc822;hilde.janssens@telenet.be
Original-Message-ID: <20260402172518.AF4BBF0D4C@mail-out.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------MaR2q7xQb0Zk1vLh3tYw9cEn
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Hilde Janssens <hilde.janssens@telenet.be>
Subject: Uw gegevensexport is klaar (verzoek 2026-0427)
Date: Thu, 2 Apr 2026 17:25:18 +0200
Message-ID: <20260402172518.AF4BBF0D4C@mail-out.shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sx91b07d2e"

--------------MaR2q7xQb0Zk1vLh3tYw9cEn--
'''),
    ('nl', 'challenge-response-verwijderingsbevestiging', 'automated', (),
'''Return-Path: <challenge-bounces@afzendercheck.example.nl>
Received: from out3.afzendercheck.example.nl (out3.afzendercheck.example.nl [203.0.113.15])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cckdsYf9t6ZSvs
        for <privacy@shop.example.be>; Tue, 7 Apr 2026 10:03:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=afzendercheck.example.nl;
        s=ac1; t=1775549009; bh=MWYFee8Vh0azEJ3kFtSlk8pBVauqdYyrctp8zdylfC3=;
        h=from:to:subject:date:message-id:auto-submitted;
        b=FUl3UV9Py1reBj+QSSChWYjU5dt16MMxO01SuM3o2KMMhux6Sl5hVkxM2TGW9IPseaXbzJhY
         Es4U5KahTDT9+aJaaU/9awD+E6DFy8HpO5mWORnVZ+/AUUJMp2feZXRYK+nACkFLkMgEFMBh
         s+TEes43lhUZNE7aZckB6N/o97urPuAhsfPvctG/FzhEXOm+ahun7CpwYlcH/vM2wQjHSGEt
         qrn/PHqVqNX4Lax2KswfSiW+lGkFZP+yL1hLVcK3dNFNa/EBh6UIwijppeukOEJdFc14YFQ8
         SAlIS+3ePLAC9FDXfPGqC7beU7Te7JY8Wb8+KJPg8OiXowIWYUFP5p==
Date: Tue, 7 Apr 2026 10:03:29 +0200
From: AfzenderCheck <bevestigen@afzendercheck.example.nl>
To: privacy@shop.example.be
Subject: Bevestig uw bericht aan pieter.claes@claes-interieur.example.be
 - Re: Uw verzoek 2026-0431: verwijdering van uw account
Message-ID: <chl-8f2c61ad93b4-20260407100329@afzendercheck.example.nl>
In-Reply-To: <20260407100214.B31C4F0092@mail-out.shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
X-Auto-Response-Suppress: All
X-AfzenderCheck: challenge; id=8f2c61ad93b4; held=1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste afzender,

U hebt een e-mail gestuurd naar pieter.claes@claes-interieur.example.be:

  Onderwerp:  Re: Uw verzoek 2026-0431: verwijdering van uw account
  Verzonden:  di 7 apr 2026 10:02
  Grootte:    41 kB

Deze ontvanger gebruikt AfzenderCheck om ongewenste e-mail te weren. Uw adres staat nog niet op zijn lijst van goedgekeurde afzenders. Uw bericht wordt daarom vastgehouden en pas afgeleverd nadat u eenmalig bevestigt dat u een persoon bent.

Bevestig hier (de link is 7 dagen geldig):
https://verify.afzendercheck.example.nl/c/5QmZ8xv2Tn4KpR

Bevestigt u niet binnen 7 dagen, dan wordt uw bericht automatisch verwijderd. Wij bewaren uw e-mailadres en het onderwerp van het bericht maximaal 30 dagen in ons logboek. Meer over de verwerking van uw persoonsgegevens leest u in onze privacyverklaring: https://afzendercheck.example.nl/privacy

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet gelezen.

--
You sent an email to pieter.claes@claes-interieur.example.be. The recipient uses AfzenderCheck; your message is held until you confirm once that you are a person: https://verify.afzendercheck.example.nl/c/5QmZ8xv2Tn4KpR
'''),
    ('nl', 'doorgestuurde-verwijderbevestiging-nog-nieuwsbrief', 'complaint', ('withdraw_consent',),
'''Return-Path: <bart.wouters@skynet.be>
Received: from mailsec112.isp.belgacom.be (mailsec112.isp.belgacom.be [198.51.100.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fWdXN2zLlqhBXs
        for <privacy@shop.example.be>; Thu, 9 Apr 2026 07:55:05 +0200 (CEST)
Received: from [192.168.0.20] (d51a4c2e7.access.telenet.be [203.0.113.231])
	by mailsec112.isp.belgacom.be with ESMTPSA; 09 Apr 2026 07:55:03 +0200
From: Bart Wouters <bart.wouters@skynet.be>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: =?utf-8?q?Fwd=3A_Uw_account_is_verwijderd_=E2=80=93_verzoek_2026-04?=
 =?utf-8?q?09?=
Date: Thu, 9 Apr 2026 07:55:02 +0200
References: <20260324102044.6D1F2B0051@mail-out.shop.example.be>
To: privacy@shop.example.be
Message-Id: <C3A91F07-2E4B-4D6A-8B15-7F0E9D2C4A63@skynet.be>
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Verwijderd? Vanmorgen kreeg ik alweer jullie nieuwsbrief (=E2=80=98Lentesol=
den tot -40%=E2=80=99). Haal me nu eindelijk van die lijst en leg me uit ho=
e dat kan, anders stap ik naar de Gegevensbeschermingsautoriteit.

Bart

Begin doorgestuurd bericht:

Van: Shop Example Privacy Team <privacy@shop.example.be>
Onderwerp: Uw account is verwijderd =E2=80=93 verzoek 2026-0409
Datum: 24 maart 2026 om 11:20:44 CET
Aan: Bart Wouters <bart.wouters@skynet.be>

Beste heer Wouters,

Zoals gevraagd op 12 maart 2026 (referentie 2026-0409) hebben wij uw klanta=
ccount verwijderd, samen met de persoonsgegevens die eraan gekoppeld waren:=
 uw profiel, adressen, verlanglijst, nieuwsbriefvoorkeuren en surfgeschiede=
nis.

U ontvangt vanaf nu geen nieuwsbrieven of andere marketingberichten meer va=
n ons.

Met vriendelijke groeten,
Lotte Maes
Privacyteam =E2=80=93 Shop Example BV
'''),
    ('fr', 'zimbra-absence-verification-identite', 'automated', (),
'''Return-Path: <>
Received: from zimbra.fontaine-associes.example.fr (zimbra.fontaine-associes.example.fr [198.51.100.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4h8hZTcfqnpKQmm
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 14:07:35 +0200 (CEST)
Received: from zimbra.fontaine-associes.example.fr (localhost [127.0.0.1])
	by zimbra.fontaine-associes.example.fr (Postfix) with ESMTPS id 3A7E1C2B04
	for <privacy@shop.example.be>; Wed, 22 Apr 2026 14:07:33 +0200 (CEST)
Date: Wed, 22 Apr 2026 14:07:33 +0200 (CEST)
From: Claire Fontaine <claire.fontaine@fontaine-associes.example.fr>
To: privacy@shop.example.be
Message-ID: <1874513920.55218.1776859653120.JavaMail.zimbra@fontaine-associes.example.fr>
In-Reply-To: <20260422140512.A07F624D0F@mail-out.shop.example.be>
Subject: =?utf-8?q?Re=3A_Votre_demande_2026-0438_=3A_merci_de_confirmer_votr?=
 =?utf-8?q?e_identit=C3=A9?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.1.4_GA_4200 (zclient/10.1.4_GA_4200)

Bonjour,

Je suis absente du cabinet jusqu'au lundi 4 mai 2026 inclus, sans acc=C3=A8=
s =C3=A0 ma messagerie.
Votre message ne sera pas transf=C3=A9r=C3=A9. Pour toute urgence, merci de=
 contacter le secr=C3=A9tariat au 01 99 00 41 27 ou =C3=A0 secretariat@font=
aine-associes.example.fr.

Bien cordialement,
Claire Fontaine
'''),
    ('fr', 'postfix-bounce-fr-utilisateur-inconnu', 'automated', (),
'''Return-Path: <>
Received: from mx1.courriel.example.fr (mx1.courriel.example.fr [203.0.113.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4bFQRmpXHTYVfBs
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 11:02:53 +0200 (CEST)
Received: by mx1.courriel.example.fr (Postfix)
	id 4kVNjgxRMWm5mVc; Thu, 23 Apr 2026 11:02:51 +0200 (CEST)
Date: Thu, 23 Apr 2026 11:02:51 +0200 (CEST)
From: MAILER-DAEMON@mx1.courriel.example.fr (=?utf-8?q?Syst=C3=A8me_de_distribution_du_courrier?=)
Subject: =?utf-8?q?Message_non_distribu=C3=A9_retourn=C3=A9_=C3=A0_l=27exp?=
 =?utf-8?q?=C3=A9diteur?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4kVNjgxRMWm5mVc.1776934971/mx1.courriel.example.fr"
Content-Transfer-Encoding: 8bit
Message-Id: <20260423090251.4kVNjgxRMWm5mVc@mx1.courriel.example.fr>

This is a MIME-encapsulated message.

--4kVNjgxRMWm5mVc.1776934971/mx1.courriel.example.fr
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est le système de messagerie de l'hôte mx1.courriel.example.fr.

J'ai le regret de vous informer que votre message n'a pas pu être
distribué à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez envoyer ce message à postmaster.

Si vous le faites, merci d'inclure ce rapport de problème. Vous pouvez
supprimer votre propre texte du message retourné ci-joint.

                   Le système de messagerie

<jm.dufresne@courriel.example.fr>: host
    mailstore2.courriel.example.fr[10.20.0.12] said: 550 5.1.1
    <jm.dufresne@courriel.example.fr>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--4kVNjgxRMWm5mVc.1776934971/mx1.courriel.example.fr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.courriel.example.fr
X-Postfix-Queue-ID: 4kVNjgxRMWm5mVc
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 23 Apr 2026 11:02:49 +0200 (CEST)

Final-Recipient: rfc822; jm.dufresne@courriel.example.fr
Original-Recipient: rfc822;jm.dufresne@courriel.example.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore2.courriel.example.fr
Diagnostic-Code: smtp; 550 5.1.1 <jm.dufresne@courriel.example.fr>: Recipient
    address rejected: User unknown in virtual mailbox table

--4kVNjgxRMWm5mVc.1776934971/mx1.courriel.example.fr
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.25])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.courriel.example.fr (Postfix) with ESMTPS id 4kVNjgxRMWm5mVc
	for <jm.dufresne@courriel.example.fr>; Thu, 23 Apr 2026 11:02:49 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=mail2026; t=1776934965; bh=rFl1YBgM8pZcfYXs/7DMJ7H/ZdE04xj3nGjl8Rz6ZzG=;
        h=from:to:subject:date:message-id:mime-version:content-type;
        b=78JdBuA0+p341leKiX4eYzS9B6O3ki1BAGGveqOrABLcMqnM91exoYGDidBDOk1wQ1QZjoV6
         CNxHebdhUmTt1eXMnVGZ6P4OpA0wHP3H4gYK12WwbahC+teqv002LRuFO9rjieeu+pgEm6lR
         UvPr5tkIzIVcObOkC5jJWoAXTYdSqYNrEG54fYIsU/f+nW6R8X8YXLbqLGbzg1u3iWwFQ/0X
         mKbAqbAMyeqRwn8rA0A1/haPdt8quyTQednxbqOVRFl/Tc5LGM8GEYbzqoI4WhWObeTTSvxC
         k6eQsC0nHvBSAuxzEXHg6R0RCIWf8ihp9Vvc1dNfaUow9d7V3UweRh==
From: =?utf-8?q?=C3=89quipe_Vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: Jean-Marc Dufresne <jm.dufresne@courriel.example.fr>
Subject: =?utf-8?q?Votre_compte_a_=C3=A9t=C3=A9_supprim=C3=A9_=E2=80=93_dema?=
 =?utf-8?q?nde_2026-0436?=
Date: Thu, 23 Apr 2026 11:02:45 +0200
Message-ID: <20260423110245.2EC1F496C2@mail-out.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Monsieur Dufresne,

Comme demandé le 2 avril 2026 (référence 2026-0436), nous avons supprimé votre compte client ainsi que les données personnelles qui y étaient liées : profil, adresses, liste d'envies, préférences de newsletter et historique de navigation.

Nous sommes légalement tenus de conserver vos factures pendant 7 ans (obligations comptables et fiscales). Elles ne sont plus utilisées à d'autres fins.

Votre carte de fidélité n° 6001 **** **** 2288 a été désactivée.

Bien cordialement,
Lotte Maes
Équipe Vie privée – Shop Example BV

--4kVNjgxRMWm5mVc.1776934971/mx1.courriel.example.fr--
'''),
    ('fr', 'transfert-securise-lien-expire-export', 'automated', (),
'''Return-Path: <rebonds@notifications.coffretransfert.example.fr>
Received: from smtp-out2.coffretransfert.example.fr (smtp-out2.coffretransfert.example.fr [198.51.100.156])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4cy8dmLlSsW6bvC
        for <privacy@shop.example.be>; Sat, 2 May 2026 00:05:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=coffretransfert.example.fr;
        s=ct2025; t=1777673112; bh=BCvbfhxKHaetvLgoyNjtachAGIuYRTEUmDYtSN87Vw9=;
        h=from:to:subject:date:message-id:mime-version:content-type:list-unsubscribe;
        b=SS/qRtRmAELBrKzAWGvFDoMbD82qBkOzqWYMlBsTB/xNWACTL8PUCdMzYFLGcUFygrw+nmx1
         /sD+cdUnW08z034/ImQ7ooOO7Z2BwzU5H+MxPWT26f7XgUuNh/mmYGgRSL78Il4f0rGRSSHC
         OL4n0wLRKPfyZFxZrkp4tjMZj0Ry5UZIHNz405O9TuVfoGK7roPQOtpcBEfANVnYg/PVhOS+
         9BV/BQWz58KqoKSmxCiyDE3bebNSE9MTYlzOujFXHhTXaS6p9OHgNRT3fr43cThtY3XJ/HWt
         zotOfSVny4T8gY4innmRcRuYVYJWQOZ3WD7GMdunC9UnKKveZNc4Id==
Date: Sat, 2 May 2026 00:05:12 +0200
To: privacy@shop.example.be
From: Coffre Transfert <ne-pas-repondre@notifications.coffretransfert.example.fr>
Subject: =?utf-8?q?Votre_lien_a_expir=C3=A9_=3A_=C2=AB_Export_de_donn=C3=A9e?=
 =?utf-8?q?s_personnelles_=E2=80=93_demande_2026-0429_=C2=BB?=
Message-ID: <0b67b09a9cdcaf026fd1e1b8@notifications.coffretransfert.example.fr>
X-Mailer: CoffreTransfert Notifier 4.2
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
List-Unsubscribe: <https://app.coffretransfert.example.fr/parametres/notifications?d=expiry>
Feedback-ID: expiry:notif:coffretransfert
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="b1_c4f4bb71a7b0f91c812d4e4d23f93ae8"
Content-Transfer-Encoding: 8bit

This is a multi-part message in MIME format.

--b1_c4f4bb71a7b0f91c812d4e4d23f93ae8
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Le lien de t=C3=A9l=C3=A9chargement de votre envoi =C2=AB Export de donn=C3=
=A9es personnelles =E2=80=93 demande 2026-0429 =C2=BB a expir=C3=A9 le 1er =
mai 2026 =C3=A0 23:59.

Destinataire : marion.lefevre82@laposte-mail.example.net
Fichier : export_donnees_2026-0429.zip (8,7 Mo)
T=C3=A9l=C3=A9chargements : 0 sur 1 autoris=C3=A9

Le destinataire n'a pas t=C3=A9l=C3=A9charg=C3=A9 le fichier avant l'expira=
tion du lien. Conform=C3=A9ment =C3=A0 la politique de conservation de votr=
e organisation (7 jours), le fichier et toutes les donn=C3=A9es personnelle=
s qu'il contient ont =C3=A9t=C3=A9 supprim=C3=A9s d=C3=A9finitivement de no=
s serveurs. Cette suppression est irr=C3=A9versible.

Pour renvoyer les donn=C3=A9es, cr=C3=A9ez un nouvel envoi depuis votre esp=
ace :
https://app.coffretransfert.example.fr/envois/nouveau

Le journal de cet envoi (dates d'envoi, de consultation et de suppression) =
reste disponible pendant 12 mois dans votre registre de conformit=C3=A9 RGP=
D.

=E2=80=94
Coffre Transfert SAS =C2=B7 Ce message est envoy=C3=A9 automatiquement, mer=
ci de ne pas y r=C3=A9pondre.
G=C3=A9rer vos notifications : https://app.coffretransfert.example.fr/param=
etres/notifications

--b1_c4f4bb71a7b0f91c812d4e4d23f93ae8
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OiBBcmlhbCwgc2Fucy1zZXJpZjsgZm9udC1zaXplOiAxNHB4OyBjb2xvcjogIzIyMjsi
Pgo8cD5Cb25qb3VyLDwvcD4KPHA+TGUgbGllbiBkZSB0w6lsw6ljaGFyZ2VtZW50IGRlIHZvdHJl
IGVudm9pIMKrIEV4cG9ydCBkZSBkb25uw6llcyBwZXJzb25uZWxsZXMg4oCTIGRlbWFuZGUgMjAy
Ni0wNDI5IMK7IGEgZXhwaXLDqSBsZSAxZXIgbWFpIDIwMjYgw6AgMjM6NTkuPC9wPgo8cD5EZXN0
aW5hdGFpcmUgOiBtYXJpb24ubGVmZXZyZTgyQGxhcG9zdGUtbWFpbC5leGFtcGxlLm5ldDxicj4K
RmljaGllciA6IGV4cG9ydF9kb25uZWVzXzIwMjYtMDQyOS56aXAgKDgsNyBNbyk8YnI+ClTDqWzD
qWNoYXJnZW1lbnRzIDogMCBzdXIgMSBhdXRvcmlzw6k8L3A+CjxwPkxlIGRlc3RpbmF0YWlyZSBu
J2EgcGFzIHTDqWzDqWNoYXJnw6kgbGUgZmljaGllciBhdmFudCBsJ2V4cGlyYXRpb24gZHUgbGll
bi4gQ29uZm9ybcOpbWVudCDDoCBsYSBwb2xpdGlxdWUgZGUgY29uc2VydmF0aW9uIGRlIHZvdHJl
IG9yZ2FuaXNhdGlvbiAoNyBqb3VycyksIGxlIGZpY2hpZXIgZXQgdG91dGVzIGxlcyBkb25uw6ll
cyBwZXJzb25uZWxsZXMgcXUnaWwgY29udGllbnQgb250IMOpdMOpIHN1cHByaW3DqXMgZMOpZmlu
aXRpdmVtZW50IGRlIG5vcyBzZXJ2ZXVycy4gQ2V0dGUgc3VwcHJlc3Npb24gZXN0IGlycsOpdmVy
c2libGUuPC9wPgo8cD5Qb3VyIHJlbnZveWVyIGxlcyBkb25uw6llcywgY3LDqWV6IHVuIG5vdXZl
bCBlbnZvaSBkZXB1aXMgdm90cmUgZXNwYWNlIDo8YnI+Cmh0dHBzOi8vYXBwLmNvZmZyZXRyYW5z
ZmVydC5leGFtcGxlLmZyL2Vudm9pcy9ub3V2ZWF1PC9wPgo8cD5MZSBqb3VybmFsIGRlIGNldCBl
bnZvaSAoZGF0ZXMgZCdlbnZvaSwgZGUgY29uc3VsdGF0aW9uIGV0IGRlIHN1cHByZXNzaW9uKSBy
ZXN0ZSBkaXNwb25pYmxlIHBlbmRhbnQgMTIgbW9pcyBkYW5zIHZvdHJlIHJlZ2lzdHJlIGRlIGNv
bmZvcm1pdMOpIFJHUEQuPC9wPgo8cD7igJQ8YnI+CkNvZmZyZSBUcmFuc2ZlcnQgU0FTIMK3IENl
IG1lc3NhZ2UgZXN0IGVudm95w6kgYXV0b21hdGlxdWVtZW50LCBtZXJjaSBkZSBuZSBwYXMgeSBy
w6lwb25kcmUuPGJyPgpHw6lyZXIgdm9zIG5vdGlmaWNhdGlvbnMgOiBodHRwczovL2FwcC5jb2Zm
cmV0cmFuc2ZlcnQuZXhhbXBsZS5mci9wYXJhbWV0cmVzL25vdGlmaWNhdGlvbnM8L3A+CjwvZGl2
Pgo8L2JvZHk+CjwvaHRtbD4K

--b1_c4f4bb71a7b0f91c812d4e4d23f93ae8--
'''),
    ('fr', 'gmail-android-refuse-carte-identite-suppression', 'deletion', (),
'''Return-Path: <sandrine.morel.75@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4c5z0Nx1scJJP8T
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 18:44:12 +0200 (CEST)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-48a0c3e27f1so2241505e9.1
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 09:44:11 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
        s=20230601; t=1776962649; bh=l+fcerG7wskqE1YekkTq9xTYhzARVNqVG85YpsBxKcZ=;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        b=aq1i8LSebXfV6hapLFSlWzuIstfZ++nsjCrRhBHVUBQNSVrr6qFFeiCO0rIix7t93XEyNoDB
         7VsUWYFPBN+qszoClHBG6FGxz95+LEWDSI0fgA89UqDFGY3UwJhcy5dd+aXCAvQuUQj2EoX9
         7cBpJbxi76Otn9WwM6P3ntE6abELPC8dLkiKwhWMnaZv4UrjzqHtFM3rjqEq+pCyNo+ZXSns
         G8g7OZsWTWEg1bFpxnLL1P2qysheaL2YdtC1TnuDPdxaEs1RQ+TDv9Efb+5Cgcf2CHI4oTMW
         KFLSaq6cI/8LC1/y2ZlwuzKKxr6ujTltOLrZz4ntYqErYdJtaWWQGw==
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1776962649; x=1777567449;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;
        bh=dpsIFYoA2+pj8sPTSQGHkM0GVFNYLGqnmIvIwJgU7Rz=;
        b=i0VKSbb+5Yje+X9CqzmNvAVHOCNST1isS25VZoqWy4RzYB4VtGG3OIV8JplGcD7lMM1bFtuV
         oPLFUj9W+YplTBwNpmWt/IDSXy7PcoLd17NVNZjDMa6/HybVyveJS+dNfCRBK6oT9HaW7cae
         Na7VVmYOQHUPhI7Y6KR/eSDozZkuuYbZQ+UEuomRMlmQ1MoM4JUb0rIxcOPQZP7gNIbvHw1E
         WRlA+J6uCywpeMnToMEkdZ33sTlokN7Ot6MtxWVcu3==
X-Gm-Message-State: AOJu0YGgBbvV0DDtdMecSg60Tl3bYNAQFAtT0RbExHTLFpBuIWT2DXuV674nN5s2ZE
X-Google-Smtp-Source: AGHT+IHin5dsy0GV1Jom6V3Rbg40dIeYgVd5ui2xRZZs3PxZxZ6nor2RQMIVUybHYXb==
X-Received: by 2002:a05:600c:4e8b:b0:48a:9f1:77c2 with SMTP id
 5b1f17b1804b1-48a1b4f7e01mr41277625e9.7.1776962649000; Thu, 23 Apr 2026
 09:44:10 -0700 (PDT)
MIME-Version: 1.0
References: <20260423081502.5C0E3A0077@mail-out.shop.example.be>
In-Reply-To: <20260423081502.5C0E3A0077@mail-out.shop.example.be>
From: Sandrine Morel <sandrine.morel.75@gmail.com>
Date: Thu, 23 Apr 2026 18:44:09 +0200
X-Gm-Features: AQt7F2O9wJPjEMVATwZQvOeLQ4NLnoDG3MIBIKtuJNvwC7
Message-ID: <CAHFDg3nbsZxhVqDxpHJvVk_7vSHfQPTIlYCJ09PXJ@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_Votre_demande_2026-0441_=3A_merci_de_confirmer_votr?=
 =?utf-8?q?e_identit=C3=A9?=
To: Shop Example Privacy Team <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="0000000000005d7e406ce5287761"

--0000000000005d7e406ce5287761
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Non, je ne vous enverrai pas de copie de ma carte d'identit=C3=A9. Vous n'e=
n avez pas besoin : je vous =C3=A9cris depuis l'adresse e-mail de mon compt=
e, celle que vous utilisez depuis 2019 pour m'envoyer vos publicit=C3=A9s. =
Je ne vois pas pourquoi je vous confierais un document pareil juste pour qu=
e vous effaciez mes donn=C3=A9es.

Je maintiens ma demande : supprimez mon compte client, ma carte de fid=C3=
=A9lit=C3=A9 et tout ce que vous avez sur moi.

Si vous voulez v=C3=A9rifier, mon num=C3=A9ro de carte de fid=C3=A9lit=C3=
=A9 se termine par 4471 et ma derni=C3=A8re commande date de f=C3=A9vrier (=
n=C2=B0 5519-204-8810).

Sandrine Morel

Le jeu. 23 avr. 2026, 10:15, Shop Example Privacy Team <privacy@shop.exampl=
e.be> a =C3=A9crit :

> Bonjour Madame Morel,
>
> Nous avons bien re=C3=A7u votre demande de suppression de vos donn=C3=A9e=
s du 20 avril 2026 (r=C3=A9f=C3=A9rence 2026-0441).
>
> Avant de pouvoir y donner suite, nous devons nous assurer que la demande =
=C3=A9mane bien de vous. Merci de r=C3=A9pondre =C3=A0 ce message en joigna=
nt une copie du recto de votre carte d'identit=C3=A9, sur laquelle vous pou=
vez masquer la photo et le num=C3=A9ro de registre national.
>
> Sans confirmation de votre identit=C3=A9 dans un d=C3=A9lai de 30 jours, =
nous cl=C3=B4turerons votre demande.
>
> Bien cordialement,
> Lotte Maes
> =C3=89quipe Vie priv=C3=A9e =E2=80=93 Shop Example BV

--0000000000005d7e406ce5287761
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"auto"><div dir=3D"auto">Bonjour,</div><div dir=3D"auto"><br></d=
iv><div dir=3D"auto">Non, je ne vous enverrai pas de copie de ma carte d'id=
entit=C3=A9. Vous n'en avez pas besoin : je vous =C3=A9cris depuis l'adress=
e e-mail de mon compte, celle que vous utilisez depuis 2019 pour m'envoyer =
vos publicit=C3=A9s. Je ne vois pas pourquoi je vous confierais un document=
 pareil juste pour que vous effaciez mes donn=C3=A9es.</div><div dir=3D"aut=
o"><br></div><div dir=3D"auto">Je maintiens ma demande : supprimez mon comp=
te client, ma carte de fid=C3=A9lit=C3=A9 et tout ce que vous avez sur moi.=
</div><div dir=3D"auto"><br></div><div dir=3D"auto">Si vous voulez v=C3=A9r=
ifier, mon num=C3=A9ro de carte de fid=C3=A9lit=C3=A9 se termine par 4471 e=
t ma derni=C3=A8re commande date de f=C3=A9vrier (n=C2=B0 5519-204-8810).</=
div><div dir=3D"auto"><br></div><div dir=3D"auto">Sandrine Morel</div></div=
><br><div class=3D"gmail_quote gmail_quote_container"><div dir=3D"ltr" clas=
s=3D"gmail_attr">Le jeu. 23 avr. 2026, 10:15, Shop Example Privacy Team &lt=
;privacy@shop.example.be&gt; a =C3=A9crit :<br></div><blockquote class=3D"g=
mail_quote" style=3D"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-l=
eft:1ex"><div dir=3D"auto">Bonjour Madame Morel,</div><div dir=3D"auto"><br=
></div><div dir=3D"auto">Nous avons bien re=C3=A7u votre demande de suppres=
sion de vos donn=C3=A9es du 20 avril 2026 (r=C3=A9f=C3=A9rence 2026-0441).<=
/div><div dir=3D"auto"><br></div><div dir=3D"auto">Avant de pouvoir y donne=
r suite, nous devons nous assurer que la demande =C3=A9mane bien de vous. M=
erci de r=C3=A9pondre =C3=A0 ce message en joignant une copie du recto de v=
otre carte d'identit=C3=A9, sur laquelle vous pouvez masquer la photo et le=
 num=C3=A9ro de registre national.</div><div dir=3D"auto"><br></div><div di=
r=3D"auto">Sans confirmation de votre identit=C3=A9 dans un d=C3=A9lai de 3=
0 jours, nous cl=C3=B4turerons votre demande.</div><div dir=3D"auto"><br></=
div><div dir=3D"auto">Bien cordialement,</div><div dir=3D"auto">Lotte Maes<=
/div><div dir=3D"auto">=C3=89quipe Vie priv=C3=A9e =E2=80=93 Shop Example B=
V</div></blockquote></div>

--0000000000005d7e406ce5287761--
'''),
    ('de', 'exchange-abwesenheit-fristverlaengerung', 'automated', (),
'''Return-Path: <>
Received: from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2101.outbound.protection.outlook.com [203.0.113.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4b4XZX1gDzh5wQg
        for <privacy@shop.example.be>; Wed, 6 May 2026 09:20:44 +0200 (CEST)
Received: from FR3P281MB2417.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:6e::9)
 by FR3P281MB2417.DEUP281.PROD.OUTLOOK.COM with HTTPS; Wed, 6 May 2026
 07:20:41 +0000
From: "Brandt, Thomas" <t.brandt@brandt-logistik.example.de>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatische_Antwort=3A_Ihre_Anfrage_2026-0440_=E2=80=93_?=
 =?utf-8?q?wir_ben=C3=B6tigen_einen_weiteren_Monat?=
Thread-Topic: =?utf-8?q?Ihre_Anfrage_2026-0440_=E2=80=93_wir_ben=C3=B6tigen_?=
 =?utf-8?q?einen_weiteren_Monat?=
Thread-Index: AQHgeYTyTAgx52NjmxWCPL7N82Vi==
Date: Wed, 6 May 2026 07:20:41 +0000
Message-ID: <0049d7f6a04babdc61c30fcaaa580e4f@FR3P281MB2417.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <20260506091855.5DC37D580C@mail-out.shop.example.be>
References: <20260506091855.5DC37D580C@mail-out.shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
auto-submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-PublicTrafficType: Email
Content-Type: multipart/alternative;
	boundary="_000_0049d7f6a04babdc61c30fcaaa580e4fFR3P281MB2417DEUP_"
MIME-Version: 1.0

--_000_0049d7f6a04babdc61c30fcaaa580e4fFR3P281MB2417DEUP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Montag, 18. =
Mai 2026, nicht im B=FCro und habe in dieser Zeit keinen Zugriff auf meine =
E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an meine Kollegin Sabine Kurz =
(s.kurz@brandt-logistik.example.de, Tel. +49 30 2584 4412).

Mit freundlichen Gr=FC=DFen
Thomas Brandt
Brandt Logistik GmbH

--_000_0049d7f6a04babdc61c30fcaaa580e4fFR3P281MB2417DEUP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
</head>
<body>
<div style=3D"font-family: Calibri, Arial, Helvetica, sans-serif; font-size=
: 11pt;">
<p>Sehr geehrte Damen und Herren,</p>
<p>vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich Montag, 1=
8. Mai 2026, nicht im B=FCro und habe in dieser Zeit keinen Zugriff auf mei=
ne E-Mails. Ihre Nachricht wird nicht weitergeleitet.</p>
<p>In dringenden F=E4llen wenden Sie sich bitte an meine Kollegin Sabine Ku=
rz (s.kurz@brandt-logistik.example.de, Tel. +49 30 2584 4412).</p>
<p>Mit freundlichen Gr=FC=DFen<br>
Thomas Brandt<br>
Brandt Logistik GmbH</p>
</div>
</body>
</html>

--_000_0049d7f6a04babdc61c30fcaaa580e4fFR3P281MB2417DEUP_--
'''),
    ('de', 'exim-bounce-verschluesseltes-archiv-datenkopie', 'automated', (),
'''Return-Path: <>
Received: from mx2.postfach.example.de (mx2.postfach.example.de [198.51.100.208])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4j3k6cWCggyccWp
        for <privacy@shop.example.be>; Wed, 6 May 2026 14:26:14 +0200 (CEST)
Received: from Debian-exim by mx2.postfach.example.de with local (Exim 4.98)
	id 1wKq3T-00Z89K-4R
	for privacy@shop.example.be; Wed, 06 May 2026 14:26:12 +0200
X-Failed-Recipients: k.hoffmann@postfach.example.de
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.postfach.example.de>
To: privacy@shop.example.be
References: <20260506142611.7ADFF58631@mail-out.shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1778070372-eximdsn-1461920577
MIME-Version: 1.0
Subject: =?utf-8?q?Unzustellbar=3A_Nachricht_an_Absender_zur=C3=BCckgesendet?=
Message-Id: <E1wKq3T-00Z89K-4R@mx2.postfach.example.de>
Date: Wed, 06 May 2026 14:26:12 +0200

This is a MIME-formatted message.  If you see this text it means that your
E-mail software does not support MIME-formatted messages.

--1778070372-eximdsn-1461920577
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch von der Mail-Zustellsoftware erstellt.

Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger
nicht zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende
Adresse(n) schlugen fehl:

  k.hoffmann@postfach.example.de
    host mailin.postfach.example.de [10.4.0.17]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Nachricht abgelehnt: verschluesselte Archive sind nicht
    erlaubt (auskunft_2026-0444.zip)

--- English ---

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  k.hoffmann@postfach.example.de
    host mailin.postfach.example.de [10.4.0.17]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected: encrypted archives are not allowed
    (auskunft_2026-0444.zip)

--1778070372-eximdsn-1461920577
Content-type: message/delivery-status

Reporting-MTA: dns; mx2.postfach.example.de

Action: failed
Final-Recipient: rfc822;k.hoffmann@postfach.example.de
Status: 5.0.0
Remote-MTA: dns; mailin.postfach.example.de
Diagnostic-Code: smtp; 550 5.7.1 Nachricht abgelehnt: verschluesselte Archive sind nicht erlaubt (auskunft_2026-0444.zip)

--1778070372-eximdsn-1461920577
Content-type: text/rfc822-headers

Return-path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be ([192.0.2.25])
	by mx2.postfach.example.de with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <privacy@shop.example.be>)
	id 1wKq3Q-00Fx2b-0c
	for k.hoffmann@postfach.example.de;
	Wed, 06 May 2026 14:26:11 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=mail2026; t=1778070371; bh=79qwXm6r5HnvK5M9wTmk8UJlmNR4YE34YLnCklE1NV9=;
        h=from:to:subject:date:message-id:mime-version:content-type;
        b=hXCjmdCSgqbX7yB9jBhpxMQ6ImECOwT9YscvM4C+azZcavmLwISONddmNBfwrqjshvJRVaCt
         R+1sX0Gyf96+yj7hkdYbmXbD6uzvYud8mZT0isv0/M1yQyrC18ONWsATVnvBYlf29YRrK0+6
         6gqeW2PRXCqX2Pneqo/71JlFkSPKOJVDqMDf4DscFaboR+VdrP3XkLVW9oA/aAkxB7jb0jwd
         6sLl1kQQmVrla/1NK1mrMZ9hxN/BV8awQSZ+MIX0MEX3lH0uk9bv9IAmSTLiECNO2TCxyYpc
         7HQ/cvp3txRnOXYxpquEH9UblJ8fqYpzCScT4gt9D389l2XaNMPFLr==
From: Shop Example Datenschutz <privacy@shop.example.be>
To: Katharina Hoffmann <k.hoffmann@postfach.example.de>
Subject: =?utf-8?q?Ihre_Datenkopie_=E2=80=93_Anfrage_2026-0444?=
Date: Wed, 6 May 2026 14:26:11 +0200
Message-ID: <20260506142611.7ADFF58631@mail-out.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_sx2c7a41f0"

--1778070372-eximdsn-1461920577--
'''),
    ('de', 'kanzlei-eingangsbestaetigung-auskunft', 'automated', (),
'''Return-Path: <posteingang@weber-lindner.example.de>
Received: from mail.weber-lindner.example.de (mail.weber-lindner.example.de [198.51.100.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4k89gcqcFgpWCD0
        for <privacy@shop.example.be>; Thu, 7 May 2026 16:48:06 +0200 (CEST)
Received: from akte-srv02 (akte-srv02.kanzlei.lan [10.1.0.22])
	by mail.weber-lindner.example.de (Postfix) with ESMTP id 0E7D2C41A9
	for <privacy@shop.example.be>; Thu,  7 May 2026 16:48:04 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=weber-lindner.example.de;
        s=wl; t=1778165283; bh=k+m1CNO+9aX91/KjCjl+qOxpE8NaNmyWwTuwI3dzp6J=;
        h=from:to:subject:date:message-id:in-reply-to:auto-submitted;
        b=/oQjeqr4q6MMMolhF2nkrlY7CqE7Qm6z56E3ZzgIYc8cUrkf339QOiiIK21nBPAyaqKwo474
         4BoKRk2MEHkJZpMV0wJkegeoMvWf7XybOit8Y5CkKu2ru3gQcxT/NVhf3JE/g0rkg6FIhAFH
         PnvVli7FXMntCDeLx6rYEEJGr1dcvhutsAiIJ/beG1vUQwAibIR8ha+znhpdM5fujlpeTfh3
         EEUjuNm+fUmXu+lILRp8zfuzjoPLmUhL9jRStOvsIc4cSw/WGFGNtBIWK/M0BnNgZqDlANEY
         4Mc63UbE0hk9Up+4/O6bJ6kvG4poqfAmEWldpS7QD9mO44/P1lyatH==
From: =?utf-8?q?Weber_=26_Lindner_Rechtsanw=C3=A4lte?= <posteingang@weber-lindner.example.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Eingangsbest=C3=A4tigung=3A_AW=3A_Ihre_Anfrage_2026-0437_?=
 =?utf-8?q?=E2=80=93_Auskunft_nach_Art=2E_15_DSGVO_=5BUnser_Az=2E_118/26_WL?=
 =?utf-8?q?=5D?=
Date: Thu, 7 May 2026 16:48:03 +0200
Message-ID: <EB-118-26-WL-20260507164803-7731@akte-srv02.weber-lindner.example.de>
In-Reply-To: <20260507164702.2B9C4D0018@mail-out.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
X-Mailer: Kanzleiakte Mailservice 7.3
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

dies ist eine automatisch erzeugte Eingangsbest=C3=A4tigung.

Ihre E-Mail vom 07.05.2026, 16:47 Uhr, ist in unserem elektronischen Postei=
ngang eingegangen und wurde folgender Akte zugeordnet:

  Unser Aktenzeichen:  118/26 WL
  Mandantin:           Schr=C3=B6der, Jana
  Gegner:              Shop Example BV
  Gegenstand:          Auskunft und L=C3=B6schung nach Art. 15, 17 DSGVO

Die zust=C3=A4ndige Bearbeiterin, Rechtsanw=C3=A4ltin Dr. Anke Lindner, wir=
d Ihre Nachricht zeitnah pr=C3=BCfen. Eine inhaltliche Stellungnahme ist mi=
t dieser Best=C3=A4tigung nicht verbunden. Bitte beachten Sie, dass fristge=
bundene Schrifts=C3=A4tze nicht per unverschl=C3=BCsselter E-Mail =C3=BCber=
mittelt werden sollten.

Informationen zur Verarbeitung Ihrer personenbezogenen Daten durch unsere K=
anzlei finden Sie unter https://www.weber-lindner.example.de/datenschutz.

Bitte antworten Sie nicht auf diese E-Mail; dieses Postfach wird nicht =C3=
=BCberwacht.

Weber & Lindner Rechtsanw=C3=A4lte PartG mbB
Kantstra=C3=9Fe 48, 10625 Berlin
Partnerschaftsregister: Amtsgericht Charlottenburg, PR 1482 B
'''),
    ('de', 'outlook-ios-disclaimer-rechnungen-nur-aufbewahren', 'restriction', (),
'''Return-Path: <m.albrecht@albrecht-haustechnik.example.de>
Received: from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2137.outbound.protection.outlook.com [203.0.113.137])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4gMsLKYYc7zwL2w
        for <privacy@shop.example.be>; Fri, 8 May 2026 10:12:34 +0200 (CEST)
Received: from BE1P281MB1873.DEUP281.PROD.OUTLOOK.COM (2603:10a6:b10:5a::13)
 by FR6P281MB3521.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:7e::8) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8901.16; Fri, 8 May
 2026 08:12:32 +0000
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=albrechthaustechnik.onmicrosoft.com;
        s=selector1-albrechthaustechnik-onmicrosoft-com; t=1778227950; bh=qPEUABsKAm2V3/+90eeDhtIWxQnPYgaMB9nzyqJaxK7=;
        h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        b=Nij0ssU7my7kMBl+6JvKVaA7P9IE9IppJDdL/sA6DEcyRThIk7ax5nowd6L/Ok547WU1TTdx
         YUZvClqc1n4/Mw+BOr7m7Oiaz4GQZb3vgjCedRV5m91RI6k1znGmzMUOUWyFIAwG3vSTp6AL
         Va2H9Q2ayIIsk+PfUxQR+0pjn/fEkerDyfrF8bO8lpsf4UeJowxc5/Bi0a9VvBK4kk+Rtmjg
         4PWgmEs7VW7GPJ5fq7BEl9YnFGYkYtaGgo2PBmgc2xLMO1LPB3RElz/J+2U25bBoMQgK7bph
         EK0HBRxLDK3ylegrLMfaEjgfXhrkOrnhxme35uu5FgWR7uRJDuxDBX==
From: "Albrecht, Markus" <m.albrecht@albrecht-haustechnik.example.de>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?AW=3A_Ihre_Anfrage_2026-0433_=E2=80=93_L=C3=B6schung_nur_?=
 =?utf-8?q?teilweise_m=C3=B6glich?=
Thread-Topic: =?utf-8?q?Ihre_Anfrage_2026-0433_=E2=80=93_L=C3=B6schung_nur_t?=
 =?utf-8?q?eilweise_m=C3=B6glich?=
Thread-Index: AQHR83UrhI9OnWklVqNFvUiXxY0m==
Date: Fri, 8 May 2026 08:12:30 +0000
Message-ID: <fd1a38810e7f3d9d72599e4b4dc924cf@BE1P281MB1873.DEUP281.PROD.OUTLOOK.COM>
References: <20260507133118.8A4E2C0063@mail-out.shop.example.be>
In-Reply-To: <20260507133118.8A4E2C0063@mail-out.shop.example.be>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: BE1P281MB1873:EE_|FR6P281MB3521:EE_
Content-Type: multipart/alternative;
	boundary="_000_fd1a38810e7f3d9d72599e4b4dc924cfBE1P281MB1873DEUP_"
MIME-Version: 1.0

--_000_fd1a38810e7f3d9d72599e4b4dc924cfBE1P281MB1873DEUP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Frau Maes,

Ihre Antwort habe ich erhalten. Sie schreiben, dass Sie meine Rechnungen we=
gen steuerrechtlicher Pflichten 7 Jahre aufbewahren m=C3=BCssen und deshalb=
 nicht l=C3=B6schen. Gut, das akzeptiere ich.

Dann verlange ich aber, dass diese Daten bis zum Ablauf der Frist f=C3=BCr =
nichts anderes mehr verwendet werden: keine Auswertungen, keine Kundenanaly=
sen, keine Weitergabe. Bitte schr=C3=A4nken Sie die Verarbeitung auf die re=
ine Aufbewahrung ein und best=C3=A4tigen Sie mir das schriftlich.

Mit freundlichen Gr=C3=BC=C3=9Fen
Markus Albrecht

Holen Sie sich Outlook f=C3=BCr iOS<https://aka.ms/o0ukef>
________________________________
Von: Shop Example Privacy Team <privacy@shop.example.be>
Gesendet: Thursday, May 7, 2026 3:31:18 PM
An: Albrecht, Markus <m.albrecht@albrecht-haustechnik.example.de>
Betreff: Ihre Anfrage 2026-0433 =E2=80=93 L=C3=B6schung nur teilweise m=C3=
=B6glich

Sehr geehrter Herr Dr. Albrecht,

wir haben Ihr Kundenkonto, Ihre Adressen, Ihre Wunschliste und Ihre Newslet=
ter-Einstellungen gel=C3=B6scht (Ihre Anfrage 2026-0433 vom 14. April 2026).

Ihre Rechnungen aus den Jahren 2021 bis 2026 k=C3=B6nnen wir jedoch nicht l=
=C3=B6schen: Nach belgischem Steuer- und Handelsrecht m=C3=BCssen wir sie 7=
 Jahre aufbewahren. Nach Ablauf dieser Frist werden sie automatisch gel=C3=
=B6scht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Lotte Maes
Datenschutz-Team =E2=80=93 Shop Example BV


Dr. Markus Albrecht
Gesch=C3=A4ftsf=C3=BChrer

Albrecht Haustechnik GmbH
Industriestra=C3=9Fe 17 | 50829 K=C3=B6ln
Tel. +49 221 5590 310 | Mobil +49 171 5550 8842
m.albrecht@albrecht-haustechnik.example.de | www.albrecht-haustechnik.examp=
le.de

Sitz der Gesellschaft: K=C3=B6ln | Registergericht: Amtsgericht K=C3=B6ln, =
HRB 87312
Gesch=C3=A4ftsf=C3=BChrer: Dr. Markus Albrecht, Petra Albrecht | USt-IdNr.:=
 DE814227093

Diese E-Mail enth=C3=A4lt vertrauliche und/oder rechtlich gesch=C3=BCtzte I=
nformationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail i=
rrt=C3=BCmlich erhalten haben, informieren Sie bitte sofort den Absender un=
d vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte =
Weitergabe dieser E-Mail sind nicht gestattet.

This e-mail may contain confidential and/or privileged information. If you =
are not the intended recipient (or have received this e-mail in error) plea=
se notify the sender immediately and destroy this e-mail. Any unauthorised =
copying, disclosure or distribution of the material in this e-mail is stric=
tly forbidden.

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.

--_000_fd1a38810e7f3d9d72599e4b4dc924cfBE1P281MB1873DEUP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, s=
ans-serif; font-size: 12pt;">
<p>Sehr geehrte Frau Maes,</p>
<p>Ihre Antwort habe ich erhalten. Sie schreiben, dass Sie meine Rechnungen=
 wegen steuerrechtlicher Pflichten 7 Jahre aufbewahren m=C3=BCssen und desh=
alb nicht l=C3=B6schen. Gut, das akzeptiere ich.</p>
<p>Dann verlange ich aber, dass diese Daten bis zum Ablauf der Frist f=C3=
=BCr nichts anderes mehr verwendet werden: keine Auswertungen, keine Kunden=
analysen, keine Weitergabe. Bitte schr=C3=A4nken Sie die Verarbeitung auf d=
ie reine Aufbewahrung ein und best=C3=A4tigen Sie mir das schriftlich.</p>
<p>Mit freundlichen Gr=C3=BC=C3=9Fen<br>
Markus Albrecht</p>
<p>Holen Sie sich Outlook f=C3=BCr iOS&lt;https://aka.ms/o0ukef&gt;<br>
________________________________<br>
Von: Shop Example Privacy Team &lt;privacy@shop.example.be&gt;<br>
Gesendet: Thursday, May 7, 2026 3:31:18 PM<br>
An: Albrecht, Markus &lt;m.albrecht@albrecht-haustechnik.example.de&gt;<br>
Betreff: Ihre Anfrage 2026-0433 =E2=80=93 L=C3=B6schung nur teilweise m=C3=
=B6glich</p>
<p>Sehr geehrter Herr Dr. Albrecht,</p>
<p>wir haben Ihr Kundenkonto, Ihre Adressen, Ihre Wunschliste und Ihre News=
letter-Einstellungen gel=C3=B6scht (Ihre Anfrage 2026-0433 vom 14. April 20=
26).</p>
<p>Ihre Rechnungen aus den Jahren 2021 bis 2026 k=C3=B6nnen wir jedoch nich=
t l=C3=B6schen: Nach belgischem Steuer- und Handelsrecht m=C3=BCssen wir si=
e 7 Jahre aufbewahren. Nach Ablauf dieser Frist werden sie automatisch gel=
=C3=B6scht.</p>
<p>Mit freundlichen Gr=C3=BC=C3=9Fen<br>
Lotte Maes<br>
Datenschutz-Team =E2=80=93 Shop Example BV</p>
<p><br>
Dr. Markus Albrecht<br>
Gesch=C3=A4ftsf=C3=BChrer</p>
<p>Albrecht Haustechnik GmbH<br>
Industriestra=C3=9Fe 17 | 50829 K=C3=B6ln<br>
Tel. +49 221 5590 310 | Mobil +49 171 5550 8842<br>
m.albrecht@albrecht-haustechnik.example.de | www.albrecht-haustechnik.examp=
le.de</p>
<p>Sitz der Gesellschaft: K=C3=B6ln | Registergericht: Amtsgericht K=C3=B6l=
n, HRB 87312<br>
Gesch=C3=A4ftsf=C3=BChrer: Dr. Markus Albrecht, Petra Albrecht | USt-IdNr.:=
 DE814227093</p>
<p>Diese E-Mail enth=C3=A4lt vertrauliche und/oder rechtlich gesch=C3=BCtzt=
e Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mai=
l irrt=C3=BCmlich erhalten haben, informieren Sie bitte sofort den Absender=
 und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefug=
te Weitergabe dieser E-Mail sind nicht gestattet.</p>
<p>This e-mail may contain confidential and/or privileged information. If y=
ou are not the intended recipient (or have received this e-mail in error) p=
lease notify the sender immediately and destroy this e-mail. Any unauthoris=
ed copying, disclosure or distribution of the material in this e-mail is st=
rictly forbidden.</p>
<p>Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.</p>
</div>
</body>
</html>

--_000_fd1a38810e7f3d9d72599e4b4dc924cfBE1P281MB1873DEUP_--
'''),
    ('es', 'gmail-vacaciones-exportacion-lista', 'automated', (),
'''Return-Path: <javimolina.84@gmail.com>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [203.0.113.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4h74r7lD60C7JwQ
        for <privacy@shop.example.be>; Mon, 11 May 2026 12:30:21 +0200 (CEST)
Received: by mail-sor-f69.google.com with SMTP id 38308e7fff4ca-3a1f0e9c2b7sf1180831fa.3
        for <privacy@shop.example.be>; Mon, 11 May 2026 03:30:19 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com;
        s=20230601; t=1778495418; bh=52vg5KyQoF6Cc4TupAGhtoqThcH1aaei02gFyUF3nIS=;
        h=auto-submitted:message-id:date:from:to:subject:in-reply-to:references:mime-version:from:to:cc:subject:date:message-id:reply-to;
        b=Nj0ZGZE7QXJgpFUubfHmbG6tBMYFLSXlDEfgqpSOJkFTjuSSS8xF5oU6W9gSfbZZpcBeM9Z4
         dNuNl3PWlQW9f6BZm+8XEsuFdulevD9Q10sq4sqg2Uj7yBV10YB6LHLu4GrBDYawe3ZJKdJe
         4L/67/0ScCpFET/9IFKLoAxmS3G08hiJGWsq0hbQ73q3e+fzmL05+2x5ePs7L/ZUa3vtXNmq
         Ovxc+AHviM7UYO2DUm+P/HU0iO5quTmsdOOQs1v8n+61SOrUrjDe1M5l/Mq0WGV3kQHGT3GJ
         Cpns8/lMPD38Hs8Xjpo9Jo/sErAj0vlOkqoJjNZbzWRreNXwMP7Hfs==
X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=1e100.net; s=20230601; t=1778495418; x=1779100218;
        h=auto-submitted:message-id:date:from:to:subject:in-reply-to
         :references:mime-version:x-gm-message-state:from:to:cc:subject:date
         :message-id:reply-to;
        bh=ARzZmSWVUe08EeYqpZzpPRUESqIp/vTdAV4rGsb+7Ig=;
        b=n+0E41nNhh062wjiU91wI8Gvf3wLH17Zc7WNOWWe/T6VlkShvHK6z7WpeR1Af9zbrl+MPQxG
         wQGCwca6svixTviqnuHyb/gqR1/l4Wn4bE6UVyHM9jAmWtCXG9qvYPkMT19XEPXdxImBxw/Y
         M3rpNhVOwshspXKVMzD/mxA2di+rPAWOhhIAdN88iZPZo2ik4qy2TvCqIle/3aMh==
X-Gm-Message-State: AOJu0YhHRw46HceYGH08Z7SkXBQvIlyFwng2uUza4lR7UFo7NB6t8NqoLCKvs7qdC3
X-Google-Smtp-Source: AGHT+IFQpChPt3OacVNako6PGFbQs6ZkyPaCpvJqQyk1bGOlKEPDCS5bB9aseDSyQg9==
X-Received: by 2002:a2e:b8c3:0:b0:3a1:f3e:6d21 with SMTP id
 38308e7fff4ca-3a20c5f17ddmr19923351fa.21.1778495418812; Mon, 11 May 2026
 03:30:18 -0700 (PDT)
MIME-Version: 1.0
References: <20260511102944.4F7B1C0082@mail-out.shop.example.be>
In-Reply-To: <20260511102944.4F7B1C0082@mail-out.shop.example.be>
Subject: =?utf-8?q?Re=3A_Su_exportaci=C3=B3n_de_datos_est=C3=A1_lista_=28sol?=
 =?utf-8?q?icitud_2026-0452=29?=
From: Javier Molina <javimolina.84@gmail.com>
To: privacy@shop.example.be
Message-ID: <0000000000008e7a917b044d5442@google.com>
Date: Mon, 11 May 2026 03:30:18 -0700
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000e18243fdad2d602d"

--000000000000e18243fdad2d602d
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el lunes 25 de mayo y apenas mirar=C3=A9 el corre=
o. Contestar=C3=A9 a tu mensaje a la vuelta.

Si es algo urgente, escr=C3=ADbeme por WhatsApp.

Un saludo,
Javier

--000000000000e18243fdad2d602d
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>Estoy de vacaciones ha=
sta el lunes 25 de mayo y apenas mirar=C3=A9 el correo. Contestar=C3=A9 a t=
u mensaje a la vuelta.</div><div><br></div><div>Si es algo urgente, escr=C3=
=ADbeme por WhatsApp.</div><div><br></div><div>Un saludo,</div><div>Javier<=
/div></div>

--000000000000e18243fdad2d602d--
'''),
    ('es', 'herramienta-solicitudes-acuse-respuesta', 'automated', (),
'''Return-Path: <rebotes@reclamatusdatos.example.es>
Received: from mta1.reclamatusdatos.example.es (mta1.reclamatusdatos.example.es [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jlCS36s8NttH69
        for <privacy@shop.example.be>; Tue, 12 May 2026 17:20:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=reclamatusdatos.example.es;
        s=rtd1; t=1778599244; bh=EjfAFj10h4Wie3HyFejvlmS/fTDcz+iy+hWO8iHyFze=;
        h=from:to:subject:date:message-id:in-reply-to:references:auto-submitted;
        b=CR8sXn5d5T6f3l1RKHxuXAEWAHyzkZVc5MOPDJeUc3X3f1yy6EKBYWMikqEztvSRfhZbPqTH
         2CT1LH+mZ5Hxa+5HM3Pz8m7ASpDzgXiss6dGCm/95SeBdRkpvitk5wUc+9HWoZJAYXgqqYTU
         m4Ghi7DZY3Hf8kGRHPLmSUQj286tbc90txaJ1EjLw0AmhNdpdjdKNsalo26vfQyUvr+5qleK
         qjmZHfHFnuDyuLp/iLJnAmu9N7rt/gn7obHdOWY4vBUqfx9vBeTLx+iY1XLZyGK35MqF24IW
         3JcRcr+YE+BqqYdVdGZX1N1U4ml9sp9YNMmm4XZ7o4a3cFCUTDZUNy==
Date: Tue, 12 May 2026 17:20:44 +0200 (CEST)
From: ReclamaTusDatos <respuestas@reclamatusdatos.example.es>
To: privacy@shop.example.be
Message-ID: <rd-118734-ack-865dcac15400@reclamatusdatos.example.es>
In-Reply-To: <20260512171958.1A2C3E0046@mail-out.shop.example.be>
References: <20260512171958.1A2C3E0046@mail-out.shop.example.be>
Subject: =?utf-8?q?=5BRD-2026-118734=5D_Respuesta_recibida=3A_Re=3A_Su_solic?=
 =?utf-8?q?itud_2026-0455_=E2=80=93_supresi=C3=B3n_de_datos?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_521864_962269013.1778599244120"
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
Feedback-ID: ack:respuestas:rtd

------=_Part_521864_962269013.1778599244120
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola, Shop Example BV:

Hemos recibido su respuesta a la solicitud de supresi=C3=B3n de datos perso=
nales RD-2026-118734, enviada a trav=C3=A9s de ReclamaTusDatos en nombre de=
 la persona interesada.

  Solicitud:           RD-2026-118734 (su referencia: 2026-0455)
  Tipo:                Derecho de supresi=C3=B3n (art. 17 RGPD)
  Fecha de solicitud:  14/04/2026
  Plazo legal:         14/05/2026
  Estado:              Respuesta del responsable registrada

Su respuesta se ha a=C3=B1adido al expediente y se ha notificado a la perso=
na interesada. Si en su respuesta solicita verificar la identidad de la per=
sona interesada, se la trasladaremos en un plazo de 48 horas.

No es necesario que vuelva a enviar la respuesta ni los documentos adjuntos=
. Para a=C3=B1adir informaci=C3=B3n, responda manteniendo el c=C3=B3digo [R=
D-2026-118734] en el asunto.

Este mensaje se ha generado autom=C3=A1ticamente. ReclamaTusDatos trata los=
 datos de contacto de los responsables del tratamiento seg=C3=BAn su pol=C3=
=ADtica de privacidad: https://reclamatusdatos.example.es/privacidad

------=_Part_521864_962269013.1778599244120
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Roboto, Arial, sans-serif; font-size: 15px; colo=
r: #263238;">
<p>Hola, Shop Example BV:</p>
<p>Hemos recibido su respuesta a la solicitud de supresi=C3=B3n de datos pe=
rsonales RD-2026-118734, enviada a trav=C3=A9s de ReclamaTusDatos en nombre=
 de la persona interesada.</p>
<p>  Solicitud:           RD-2026-118734 (su referencia: 2026-0455)<br>
  Tipo:                Derecho de supresi=C3=B3n (art. 17 RGPD)<br>
  Fecha de solicitud:  14/04/2026<br>
  Plazo legal:         14/05/2026<br>
  Estado:              Respuesta del responsable registrada</p>
<p>Su respuesta se ha a=C3=B1adido al expediente y se ha notificado a la pe=
rsona interesada. Si en su respuesta solicita verificar la identidad de la =
persona interesada, se la trasladaremos en un plazo de 48 horas.</p>
<p>No es necesario que vuelva a enviar la respuesta ni los documentos adjun=
tos. Para a=C3=B1adir informaci=C3=B3n, responda manteniendo el c=C3=B3digo=
 [RD-2026-118734] en el asunto.</p>
<p>Este mensaje se ha generado autom=C3=A1ticamente. ReclamaTusDatos trata =
los datos de contacto de los responsables del tratamiento seg=C3=BAn su pol=
=C3=ADtica de privacidad: https://reclamatusdatos.example.es/privacidad</p>
</div>
</body>
</html>

------=_Part_521864_962269013.1778599244120--
'''),
    ('es', 'cuarentena-adjunto-cifrado-exportacion', 'automated', (),
'''Return-Path: <>
Received: from gw2.mailsec.grupoolivar.example.es (gw2.mailsec.grupoolivar.example.es [203.0.113.178])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jQzK5fpQ6m5Dvm
        for <privacy@shop.example.be>; Wed, 13 May 2026 09:41:04 +0200 (CEST)
Received: from quarantine-svc (localhost [127.0.0.1])
	by gw2.mailsec.grupoolivar.example.es (Postfix) with ESMTP id 5D3A8240F1
	for <privacy@shop.example.be>; Wed, 13 May 2026 09:41:02 +0200 (CEST)
Date: Wed, 13 May 2026 09:41:02 +0200
From: "Seguridad de Correo - Grupo Olivar" <cuarentena@mailsec.grupoolivar.example.es>
To: privacy@shop.example.be
Subject: =?utf-8?q?Mensaje_retenido=3A_Re=3A_Su_solicitud_2026-0449_?=
 =?utf-8?q?=E2=80=93_exportaci=C3=B3n_de_datos_personales?=
Message-ID: <Q-20260513-0944-7HX2K.notify@mailsec.grupoolivar.example.es>
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
X-Mailer: MailShield Gateway 9.4 (quarantine notifier)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

AVISO DE CUARENTENA

Su mensaje no se ha entregado todavía.

  Remitente:     privacy@shop.example.be
  Destinatario:  lucia.pardo@grupoolivar.example.es
  Asunto:        Re: Su solicitud 2026-0449 – exportación de datos personales
  Fecha:         13/05/2026 09:40
  Motivo:        Archivo adjunto cifrado que no se puede analizar
                 (export_datos_2026-0449.zip, protegido con contraseña)

El mensaje ha sido retenido en cuarentena por la pasarela de seguridad de correo de Grupo Olivar. El destinatario ha sido informado y puede solicitar su liberación.

Si no se libera, el mensaje y sus adjuntos se eliminarán automáticamente dentro de 14 días.

Si cree que se trata de un error, envíe los datos por un canal alternativo o póngase en contacto con el administrador: seguridad.correo@grupoolivar.example.es. Indique el identificador Q-20260513-0944-7HX2K.

No responda a este mensaje. Esta dirección no admite correo entrante.
'''),
    ('es', 'outlook-android-recibido-y-corregir-apellido', 'correction', (),
'''Return-Path: <carmenfr_77@hotmail.es>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03olkn2044.outbound.protection.outlook.com [203.0.113.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kfw6cbY9XbLt7b
        for <privacy@shop.example.be>; Thu, 14 May 2026 23:04:01 +0200 (CEST)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b=RhUGf+JQrd+Vv1cB6iIoDimsN5zOLrzbvMHX3YFQe4+tZj16du2wPfY3yzx/+kb16lVDIgpT
 qE+JTgSDyC9UWmTLtzOmJO94aZSga8nAIpf/SXSR3nQe/fDwT1+LiQjPTs0NLu8oqpozylcJ
 1gs8QLDkPmY+TtPx2Ddhsf9KZTOO+cI0lSe+xMTlaSIQxOkmk0ibrOAr8ln6==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=hotmail.es;
        s=selector1; t=1778792635; bh=TzYNZeqeVR+Yqbe1Hs7I3pQYfREzHp9CwWaMlN6m+B/=;
        h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        b=8ZVvy2Uv5Jcco6xxjJEjiPy8gForxTKP/RtQ8/TGVNHFB7Xjbe9Wk0aIcQFIRaAuU8gpZirJ
         nu5cYICmtoJiyiv0ESCQn4X2+YcwT+JFtnixAgwaZuZkPoBHts1MxVZDNFPDjb+6mLKH74GO
         qwXUIiVj7kqD+h+NP6G1B1inotmLdyRRt4LCdHrYSzpzrXsusY0ag2VkEwTjKPo8Jj6uA/Mv
         KcSDd/iXpFEtsHJAA81UrJeCCOKJ1BANDvHNKHv3BP4rnHQWehgRmafx6g7hpugPquaSPt1N
         uyYT6FV58B1efLq9qicAqmFtemp4jbs+B3npOFX6+2Hj4anNOMEjuA==
Received: from DU0P190MB1944.EURP190.PROD.OUTLOOK.COM (2603:10a6:10:3f2::18)
 by DU0P190MB1944.EURP190.PROD.OUTLOOK.COM with HTTPS; Thu, 14 May 2026
 21:03:55 +0000
From: =?utf-8?q?Carmen_Fern=C3=A1ndez_Ruiz?= <carmenfr_77@hotmail.es>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Su_exportaci=C3=B3n_de_datos_est=C3=A1_lista_?=
 =?utf-8?q?=E2=80=93_solicitud_2026-0450?=
Thread-Topic: =?utf-8?q?Su_exportaci=C3=B3n_de_datos_est=C3=A1_lista_?=
 =?utf-8?q?=E2=80=93_solicitud_2026-0450?=
Thread-Index: AQHKlJvuDyjeQEiHcPgFxSHVnxg6==
Date: Thu, 14 May 2026 21:03:55 +0000
Message-ID: <1f8bd374bf3ebe843802884f92a81e99@DU0P190MB1944.EURP190.PROD.OUTLOOK.COM>
References: <20260514090237.7E1A4C0058@mail-out.shop.example.be>
In-Reply-To: <20260514090237.7E1A4C0058@mail-out.shop.example.be>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
x-ms-publictraffictype: Email
Content-Type: multipart/alternative;
	boundary="_000_1f8bd374bf3ebe843802884f92a81e99DU0P190MB1944EURP_"
MIME-Version: 1.0

--_000_1f8bd374bf3ebe843802884f92a81e99DU0P190MB1944EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola,

Recibido, todo bien y gracias por la rapidez. He podido abrir el archivo si=
n problema.

Ya que estamos, al revisarlo he visto dos cosas mal:
- Mi apellido aparece como "Fernandes" en la cuenta y en las facturas. Es F=
ern=C3=A1ndez, con z y con tilde.
- La direcci=C3=B3n de entrega sigue siendo la antigua (Naamsestraat 51, Le=
uven). Desde enero vivo en Tiensestraat 88, 3000 Leuven.

=C2=BFPueden corregirlo, por favor?

Un saludo,
Carmen Fern=C3=A1ndez

Obtener Outlook para Android<https://aka.ms/AAb9ysg>
________________________________
De: Shop Example Privacy Team <privacy@shop.example.be>
Enviado: jueves, mayo 14, 2026 11:02:37 a.=C2=A0m.
Para: carmenfr_77@hotmail.es <carmenfr_77@hotmail.es>
Asunto: Su exportaci=C3=B3n de datos est=C3=A1 lista =E2=80=93 solicitud 20=
26-0450

Estimada Sra. Fernandes:

Su exportaci=C3=B3n de datos est=C3=A1 lista. Puede descargarla en los pr=
=C3=B3ximos 7 d=C3=ADas desde este enlace seguro: https://vaultdrop.example=
.com/t/Wm4pX2rQ9k

El archivo contiene los datos de su cuenta, sus pedidos, su tarjeta de fide=
lizaci=C3=B3n y sus preferencias de comunicaci=C3=B3n.

Atentamente,
Lotte Maes
Equipo de Privacidad =E2=80=93 Shop Example BV

--_000_1f8bd374bf3ebe843802884f92a81e99DU0P190MB1944EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size=
: 12pt;">
<p>Hola,</p>
<p>Recibido, todo bien y gracias por la rapidez. He podido abrir el archivo=
 sin problema.</p>
<p>Ya que estamos, al revisarlo he visto dos cosas mal:<br>
- Mi apellido aparece como "Fernandes" en la cuenta y en las facturas. Es F=
ern=C3=A1ndez, con z y con tilde.<br>
- La direcci=C3=B3n de entrega sigue siendo la antigua (Naamsestraat 51, Le=
uven). Desde enero vivo en Tiensestraat 88, 3000 Leuven.</p>
<p>=C2=BFPueden corregirlo, por favor?</p>
<p>Un saludo,<br>
Carmen Fern=C3=A1ndez</p>
<p>Obtener Outlook para Android&lt;https://aka.ms/AAb9ysg&gt;<br>
________________________________<br>
De: Shop Example Privacy Team &lt;privacy@shop.example.be&gt;<br>
Enviado: jueves, mayo 14, 2026 11:02:37 a.=C2=A0m.<br>
Para: carmenfr_77@hotmail.es &lt;carmenfr_77@hotmail.es&gt;<br>
Asunto: Su exportaci=C3=B3n de datos est=C3=A1 lista =E2=80=93 solicitud 20=
26-0450</p>
<p>Estimada Sra. Fernandes:</p>
<p>Su exportaci=C3=B3n de datos est=C3=A1 lista. Puede descargarla en los p=
r=C3=B3ximos 7 d=C3=ADas desde este enlace seguro: https://vaultdrop.exampl=
e.com/t/Wm4pX2rQ9k</p>
<p>El archivo contiene los datos de su cuenta, sus pedidos, su tarjeta de f=
idelizaci=C3=B3n y sus preferencias de comunicaci=C3=B3n.</p>
<p>Atentamente,<br>
Lotte Maes<br>
Equipo de Privacidad =E2=80=93 Shop Example BV</p>
</div>
</body>
</html>

--_000_1f8bd374bf3ebe843802884f92a81e99DU0P190MB1944EURP_--
'''),
    ('it', 'sieve-vacation-conferma-identita', 'automated', (),
'''Return-Path: <>
Received: from mail.studiorinaldi.example.it (mail.studiorinaldi.example.it [198.51.100.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4kxR0jfcjfprKJs
        for <privacy@shop.example.be>; Mon, 18 May 2026 08:05:12 +0200 (CEST)
Received: by mail.studiorinaldi.example.it (Postfix, from userid 5000)
	id 4F1C2A0B3D; Mon, 18 May 2026 08:05:10 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.21.1 (f9f8a2c6)
Message-ID: <dovecot-sieve-1779084310-267096-0@mail.studiorinaldi.example.it>
Date: Mon, 18 May 2026 08:05:10 +0200
From: Giulia Rinaldi <giulia.rinaldi@studiorinaldi.example.it>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Auto=3A_La_tua_richiesta_2026-0461=3A_conferma_la_tua_ide?=
 =?utf-8?q?ntit=C3=A0?=
In-Reply-To: <20260518080312.3224A6E803@mail-out.shop.example.be>
References: <20260518080312.3224A6E803@mail-out.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Buongiorno,

sono in ferie fino a venerdì 29 maggio 2026 compreso e non ho accesso regolare alla posta.
Risponderò al mio rientro. Per questioni urgenti potete scrivere a info@studiorinaldi.example.it.

Cordiali saluti,
Giulia Rinaldi
'''),
    ('it', 'associazione-consumatori-ticket-ricezione', 'automated', (),
'''Return-Path: <sportello@consumatoridigitali.example.it>
Received: from smtp.consumatoridigitali.example.it (smtp.consumatoridigitali.example.it [203.0.113.29])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jfMxLFFxTmLXrJ
        for <privacy@shop.example.be>; Tue, 19 May 2026 15:12:43 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=consumatoridigitali.example.it;
        s=default; t=1779196360; bh=cgu9W913Pm8a/6hDMB9iJuxWKsFW+eDnQIK51lvGFwL=;
        h=from:to:subject:date:message-id:in-reply-to:references:mime-version:content-type;
        b=9waFzR0XVLnTp3Po5QAGW3jepJx/KavWtPNsJUWcBxAtLEi5emsKH6kqoh2c1T94RYsdpGjp
         FjQMSpDeHeoEH4Z55UrfUgCY5XJxatqf8N2GILZj1l/4CzylSz5ITYZEBmiP397y8Xzh7onQ
         b+jkH0YCv2eSUTpM/4e7klDLYSnChrlabcje/uI/2rVXtqng+U2T7THDU9j0EGowjXPDVu7T
         q5AYBc2B25UWhQFFiobkoM4tGLfWnFBMZ5nqNZLMfPY/l1hM+kyODXfPZbx1LIiBh1AVU8yM
         I5Rx0pmisl+wqPE3uxmV7SPCbL+yq/CfPNA8OYVCQB2O1QiK7wXOaM==
Date: Tue, 19 May 2026 15:12:40 +0200
From: Associazione Consumatori Digitali - Sportello Privacy <sportello@consumatoridigitali.example.it>
To: privacy@shop.example.be
Subject: =?utf-8?q?Conferma_di_ricezione_=5B=23260517=5D_Re=3A_La_tua_richie?=
 =?utf-8?q?sta_2026-0463_=E2=80=93_accesso_ai_dati?=
Message-ID: <osTicket-kCIRSAQF-1Z4gdsstj6tT@consumatoridigitali.example.it>
In-Reply-To: <20260519151133.3D6F8A0025@mail-out.shop.example.be>
References: <20260519151133.3D6F8A0025@mail-out.shop.example.be>
X-Mailer: osTicket Mailer
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile Shop Example BV,

abbiamo ricevuto la vostra comunicazione, che =C3=A8 stata aggiunta alla pr=
atica n. 260517.

Pratica:       Richiesta di accesso ai dati personali (art. 15 GDPR)
Interessato:   Sig. Alessandro Greco, socio n. 48-1193
Titolare:      Shop Example BV
Stato:         In lavorazione =E2=80=93 risposta del titolare ricevuta

Un operatore del nostro Sportello Privacy esaminer=C3=A0 la risposta e la d=
ocumentazione allegata entro 5 giorni lavorativi e informer=C3=A0 l'interes=
sato. Se la risposta risulta incompleta (ad esempio se mancano le categorie=
 di destinatari, il periodo di conservazione o la copia dei dati), vi conta=
tteremo nuovamente citando il numero della pratica.

Per aggiungere informazioni rispondete mantenendo invariato il riferimento =
[#260517] nell'oggetto. Non =C3=A8 necessario inviare di nuovo gli allegati.

Questo messaggio =C3=A8 stato generato automaticamente.

Associazione Consumatori Digitali APS
Sportello Privacy e Diritti Digitali
Informativa privacy: https://www.consumatoridigitali.example.it/privacy
'''),
    ('it', 'outlook-conferma-lettura-proroga', 'automated', (),
'''Return-Path: <marco.ferri@ferri-arredamenti.example.it>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2058.outbound.protection.outlook.com [203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4k3hl0LDtflFYSG
        for <privacy@shop.example.be>; Tue, 19 May 2026 11:37:49 +0200 (CEST)
Received: from DB9PR07MB8123.eurprd07.prod.outlook.com ([fe80::9a1:4c2b:e07d:3f11])
 by DB9PR07MB8123.eurprd07.prod.outlook.com ([fe80::9a1:4c2b:e07d:3f11%4])
 with mapi id 15.20.8901.011; Tue, 19 May 2026 09:37:45 +0000
From: Marco Ferri <marco.ferri@ferri-arredamenti.example.it>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Letto=3A_La_tua_richiesta_2026-0458_=E2=80=93_abbiamo_bis?=
 =?utf-8?q?ogno_di_un_altro_mese?=
Thread-Topic: =?utf-8?q?La_tua_richiesta_2026-0458_=E2=80=93_abbiamo_bisogno?=
 =?utf-8?q?_di_un_altro_mese?=
Thread-Index: AQHn17seqmooG0VvcEDkhN7VTyxT==
Date: Tue, 19 May 2026 09:37:45 +0000
Message-ID: <70e0ec99777199ce8fa896a35c00cd69@DB9PR07MB8123.eurprd07.prod.outlook.com>
References: <20260519100211.1FF90BE4D6@mail-out.shop.example.be>
In-Reply-To: <20260519100211.1FF90BE4D6@mail-out.shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_70e0ec99777199ce8fa896a35c00cd69DB9PR07MB8123eurp_"
MIME-Version: 1.0

--_002_70e0ec99777199ce8fa896a35c00cd69DB9PR07MB8123eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Il messaggio

  A: Marco Ferri
  Oggetto: La tua richiesta 2026-0458 =E2=80=93 abbiamo bisogno di un altro=
 mese
  Inviato: marted=C3=AC 19 maggio 2026 10:02:11 (UTC+01:00) Amsterdam, Berl=
ino, Berna, Roma, Stoccolma, Vienna

=C3=A8 stato letto marted=C3=AC 19 maggio 2026 11:37:45 (UTC+01:00) Amsterd=
am, Berlino, Berna, Roma, Stoccolma, Vienna.

--_002_70e0ec99777199ce8fa896a35c00cd69DB9PR07MB8123eurp_
Content-Type: message/disposition-notification

Reporting-UA: DB9PR07MB8123.eurprd07.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;marco.ferri@ferri-arredamenti.example.it
Original-Message-ID: <20260519100211.1FF90BE4D6@mail-out.shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_002_70e0ec99777199ce8fa896a35c00cd69DB9PR07MB8123eurp_--
'''),
    ('it', 'iphone-risposta-ordine-consegnato-altrove', 'other', (),
'''Return-Path: <p.esposito.na@libero.it>
Received: from smtp-32.iol.local (smtp-32.libero.it [198.51.100.232])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4crBY6xYhrkk6QL
        for <privacy@shop.example.be>; Thu, 21 May 2026 19:22:11 +0200 (CEST)
Received: from smtpclient.apple ([203.0.113.199])
	by smtp-32.iol.local with ESMTPSA
	id Lq8rwXyZbC2kEaLq8rB7Qm; Thu, 21 May 2026 19:22:09 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=libero.it;
        s=s2021; t=1779384129; bh=9EFcLJ8Y7K2EWJha6sRhQcnOYI7fU0awW15Y/6EziOj=;
        h=from;
        b=R14rncO1PWri2KWCiStKV+q7q13SObwhzHQTfMX7yGjaZu7YK0EOBV84MM/k5sVlLmxufO90
         mYdFRERuLJxLiamTbNTMGwk3Ku1Fmhjq20hjM/1F44j9WsAjM5pyEf4gTAy8+YLUDl6RpmyW
         qTnDi3ywLYczHhcn9AEC6DvBgRzfswoqHdFx0kxnCMs9+ZLbbvSf6VfdUaw7Eplb1iGEfohC
         U03Xcy3CPkPVaX84sGj06aHndmopXiymq4FsOU1OGGVfPDsJZIMUlJjrsUgcMPjYewXtqaap
         LBIIMS1hwxR69qAzk1WAIlGL59Az00Yq/v1VM1TS/EF0Zk2kDyF+AF==
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Paolo Esposito <p.esposito.na@libero.it>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Re=3A_La_tua_richiesta_2026-0447_=C3=A8_stata_completata?=
Date: Thu, 21 May 2026 19:22:08 +0200
Message-Id: <5D0B7E94-1C2A-4F63-A8E7-3B9F6C12D4E0@libero.it>
References: <20260520144002.9B2F6D0039@mail-out.shop.example.be>
In-Reply-To: <20260520144002.9B2F6D0039@mail-out.shop.example.be>
To: Shop Example Privacy Team <privacy@shop.example.be>
X-Mailer: iPhone Mail (23E246)

Buonasera,
grazie della risposta.

Approfitto per chiedere una cosa che non c=E2=80=99entra con la privacy, sc=
usate ma non trovo un altro indirizzo: il mio ordine n. 5520-118-3347 del 1=
4 maggio risulta consegnato ma a me non =C3=A8 arrivato niente. Sul traccia=
mento c=E2=80=99=C3=A8 scritto consegnato in via Garibaldi 12, ma io abito =
al 21 (nel mio account l=E2=80=99indirizzo =C3=A8 giusto, ho controllato). =
Cosa devo fare? Potete girare la mail a chi se ne occupa?

Grazie
Paolo Esposito

Inviato da iPhone

> Il giorno 20 mag 2026, alle ore 16:40, Shop Example Privacy Team <privacy=
@shop.example.be> ha scritto:
>=20
> Gentile Sig. Esposito,
>
> la sua richiesta di rettifica (riferimento 2026-0447) =C3=A8 stata comple=
tata: il numero di cellulare collegato al suo account e alla sua carta fede=
lt=C3=A0 =C3=A8 stato aggiornato.
>
> Non =C3=A8 necessaria alcuna altra azione da parte sua.
>
> Cordiali saluti,
> Lotte Maes
> Team Privacy =E2=80=93 Shop Example BV
'''),
    ('pt', 'exchange-resposta-automatica-prorrogacao', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2071.outbound.protection.outlook.com [203.0.113.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fXqqws7ScpPGQk
        for <privacy@shop.example.be>; Mon, 25 May 2026 12:14:36 +0200 (CEST)
Received: from PAXP195MB1552.EURP195.PROD.OUTLOOK.COM (2603:10a6:102:2a4::7)
 by PAXP195MB1552.EURP195.PROD.OUTLOOK.COM with HTTPS; Mon, 25 May 2026
 10:14:33 +0000
From: Ana Ribeiro <ana.ribeiro@ribeiro-contabilidade.example.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_O_seu_pedido_2026-0470_?=
 =?utf-8?q?=E2=80=93_precisamos_de_mais_um_m=C3=AAs?=
Thread-Topic: =?utf-8?q?O_seu_pedido_2026-0470_=E2=80=93_precisamos_de_mais_?=
 =?utf-8?q?um_m=C3=AAs?=
Thread-Index: AQHjx6Iz8mIYku7K+RA+ZOI2NIYa==
Date: Mon, 25 May 2026 10:14:33 +0000
Message-ID: <e17de62046ce04ef8c3f585b5c8866b7@PAXP195MB1552.EURP195.PROD.OUTLOOK.COM>
In-Reply-To: <20260525101248.AB38C251AF@mail-out.shop.example.be>
References: <20260525101248.AB38C251AF@mail-out.shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
auto-submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-PublicTrafficType: Email
Content-Type: multipart/alternative;
	boundary="_000_e17de62046ce04ef8c3f585b5c8866b7PAXP195MB1552EURP_"
MIME-Version: 1.0

--_000_e17de62046ce04ef8c3f585b5c8866b7PAXP195MB1552EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

T2zDoSwKCk9icmlnYWRhIHBlbGEgc3VhIG1lbnNhZ2VtLiBFc3RvdSBmb3JhIGRvIGVzY3JpdMOz
cmlvIGF0w6kgZGlhIDIgZGUganVuaG8sIGNvbSBhY2Vzc28gbGltaXRhZG8gYW8gZS1tYWlsLiBS
ZXNwb25kZXJlaSBsb2dvIHF1ZSBwb3Nzw612ZWwgYXDDs3MgbyBtZXUgcmVncmVzc28uCgpQYXJh
IGFzc3VudG9zIHVyZ2VudGVzLCBjb250YWN0ZSBhIHJlY2XDp8OjbyBhdHJhdsOpcyBkbyAyMTAg
MDAwIDUxMi4KCkN1bXByaW1lbnRvcywKQW5hIFJpYmVpcm8K

--_000_e17de62046ce04ef8c3f585b5c8866b7PAXP195MB1552EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OiBDYWxpYnJpLCBBcmlhbCwgSGVsdmV0aWNhLCBzYW5zLXNlcmlmOyBmb250LXNpemU6
IDExcHQ7Ij4KPHA+T2zDoSw8L3A+CjxwPk9icmlnYWRhIHBlbGEgc3VhIG1lbnNhZ2VtLiBFc3Rv
dSBmb3JhIGRvIGVzY3JpdMOzcmlvIGF0w6kgZGlhIDIgZGUganVuaG8sIGNvbSBhY2Vzc28gbGlt
aXRhZG8gYW8gZS1tYWlsLiBSZXNwb25kZXJlaSBsb2dvIHF1ZSBwb3Nzw612ZWwgYXDDs3MgbyBt
ZXUgcmVncmVzc28uPC9wPgo8cD5QYXJhIGFzc3VudG9zIHVyZ2VudGVzLCBjb250YWN0ZSBhIHJl
Y2XDp8OjbyBhdHJhdsOpcyBkbyAyMTAgMDAwIDUxMi48L3A+CjxwPkN1bXByaW1lbnRvcyw8YnI+
CkFuYSBSaWJlaXJvPC9wPgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_000_e17de62046ce04ef8c3f585b5c8866b7PAXP195MB1552EURP_--
'''),
    ('pt', 'exim-devolucao-conta-desativada-eliminacao', 'automated', (),
'''Return-Path: <>
Received: from mail.alojamento-norte.example.pt (mail.alojamento-norte.example.pt [198.51.100.87])
        by mx1.shop.example.be (Postfix) with ESMTP id 4jxSMYy1pqVpJX8
        for <privacy@shop.example.be>; Tue, 26 May 2026 15:50:22 +0200 (CEST)
Received: from mailnull by mail.alojamento-norte.example.pt with local (Exim 4.94.2)
	id 1wNf8K-00WMMT-2P
	for privacy@shop.example.be; Tue, 26 May 2026 14:50:19 +0100
X-Failed-Recipients: rui.teixeira@teixeira-solucoes.example.pt
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.alojamento-norte.example.pt>
To: privacy@shop.example.be
Subject: Falha na entrega do correio: mensagem devolvida ao remetente
Message-Id: <E1wNf8K-00WMMT-2P@mail.alojamento-norte.example.pt>
Date: Tue, 26 May 2026 14:50:19 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Esta mensagem foi criada automaticamente pelo software de entrega de correio.

Não foi possível entregar uma mensagem enviada por si a um ou mais
destinatários. Este é um erro permanente. O(s) seguinte(s) endereço(s)
falhou/falharam:

  rui.teixeira@teixeira-solucoes.example.pt
    Conta de correio desativada pelo administrador do domínio
    (mailbox disabled)

------ Esta é uma cópia da mensagem, incluindo todos os cabeçalhos. ------

Return-path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be ([192.0.2.25]:48122)
	by mail.alojamento-norte.example.pt with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.94.2)
	(envelope-from <privacy@shop.example.be>)
	id 1wNf8J-00Lk3e-5R
	for rui.teixeira@teixeira-solucoes.example.pt; Tue, 26 May 2026 14:50:18 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
        s=mail2026; t=1779803416; bh=XR9JDidydKTGTM58FkUqW4zBHN5+J6MM6nRapl974A1=;
        h=from:to:subject:date:message-id:mime-version:content-type;
        b=+LO6ClkjleOxSGDW2+Oaw+NtJw3/4Di6gabEz62tgQPrA/kQ0FphpEFF4BJI0QN/Xmt/HC9e
         RG/PNydoR1OZde1uid05lcMBhqSD7hQEElS167WTRUJJaEJTP65vpxXl20roC9VTTQjMGQw8
         mUmxTwVxhAWS+6J+mDWTc6FmMTrTqQeF4y7dBdLCF5Bsy23Gjrz+f2dF1tkQ9Izewpz9Q7LQ
         oDUC110k/gAaBnCd0dUfhPBDVXn5R3ACZfu4PAw/AnD3cqtWQoNdWtYUftjG0cSIaJZNcRzV
         97Sf2DY+i5GFtGDkc4LUZ3NtqGk48OwYvG0sqsg1+N51lOo97AtICZ==
From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: Rui Teixeira <rui.teixeira@teixeira-solucoes.example.pt>
Subject: =?utf-8?q?O_seu_pedido_2026-0466_=E2=80=93_a_sua_conta_foi_eliminad?=
 =?utf-8?q?a?=
Date: Tue, 26 May 2026 15:50:16 +0200
Message-ID: <20260526145016.82D1B1F574@mail-out.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Caro Sr. Teixeira,

Conforme pedido a 28 de abril de 2026 (referência 2026-0466), eliminámos a sua conta de cliente e os dados pessoais associados: perfil, moradas, lista de desejos, preferências de newsletter e histórico de navegação.

As suas faturas serão conservadas durante 7 anos, por obrigação legal, e não serão utilizadas para outros fins.

Com os melhores cumprimentos,
Lotte Maes
Equipa de Privacidade – Shop Example BV
'''),
    ('pt', 'parceiro-dpo-ticket-pedido-eliminacao', 'automated', (),
'''Return-Path: <dpo-noreply@lusitrans.example.pt>
Received: from smtp.lusitrans.example.pt (smtp.lusitrans.example.pt [203.0.113.160])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4jW4ghCtlkLdLJB
        for <privacy@shop.example.be>; Wed, 27 May 2026 12:30:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lusitrans.example.pt;
        s=lt2026; t=1779877805; bh=QFAVjsPQ8tzVjW+OmRTkudNsnMPy3jTDv4jogEQ/gg8=;
        h=from:to:subject:date:message-id:in-reply-to:references:auto-submitted:mime-version:content-type;
        b=WAI1Y2C6zRHxDcvR36syHaYUICYPrPHzmck/OpiOlsm/Ukx9khZesmwd90MydHoQqkgvafzl
         Naqj2Wpxmnhn1Bttf0ZBnnMCeH/ft9sZmT6p3WEsEGzFMHkR4OzY+uOb6xjPTSUk+4QdAy5H
         bhCqt2N3E2x6SuxlssnHomvjNfdWuApyFV3K1a+IKxJROWKR9RiJEjMqeJ/hUrzC9bBEBkbM
         siL7WbTIa3XA28cEMMpNID8cRcUuwuuSRhpNabKiBT3V5KcE+rvEStybQJaN4MjOzhwM8voQ
         5MU62kjy4WksvIVl2tX6AaZBqH9WtiT2ackzCbSE/PRLar8r8ldo5J==
Received: from helpdesk01.lusitrans.local (helpdesk01.lusitrans.local [10.30.4.11])
	by smtp.lusitrans.example.pt (Postfix) with ESMTP id 8F2D1601C7
	for <privacy@shop.example.be>; Wed, 27 May 2026 11:30:06 +0100 (WEST)
Date: Wed, 27 May 2026 11:30:05 +0100
From: =?utf-8?q?Prote=C3=A7=C3=A3o_de_Dados_=E2=80=93_Lusitrans?= <dpo-noreply@lusitrans.example.pt>
Reply-To: dpo@lusitrans.example.pt
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BRGPD-2026-0311=5D_Pedido_recebido=3A_Pedido_de_elimina?=
 =?utf-8?q?=C3=A7=C3=A3o_de_dados_=E2=80=93_cliente_ref=2E_2026-0466?=
Message-ID: <rgpd-2026-0311.ack.7239ac168c@helpdesk01.lusitrans.example.pt>
In-Reply-To: <20260527112911.6C4A9E0014@mail-out.shop.example.be>
References: <20260527112911.6C4A9E0014@mail-out.shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
X-Mailer: GLPI 10.0.19
X-GLPI-Sender-Type: ticket
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="=_3fac7c2a723238b81b3aac340e205621"

--=_3fac7c2a723238b81b3aac340e205621
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Exmo.(a) Senhor(a),

Confirmamos a rece=C3=A7=C3=A3o da sua mensagem, que foi registada no nosso=
 sistema de pedidos de prote=C3=A7=C3=A3o de dados com o n=C3=BAmero RGPD-2=
026-0311.

  Assunto:      Pedido de elimina=C3=A7=C3=A3o de dados =E2=80=93 cliente r=
ef. 2026-0466
  Remetente:    privacy@shop.example.be
  Categoria:    Pedido de subcontratante / parceiro (art. 17.=C2=BA e 19.=
=C2=BA do RGPD)
  Data:         27/05/2026 11:29

O Encarregado de Prote=C3=A7=C3=A3o de Dados analisar=C3=A1 o pedido e resp=
onder=C3=A1 no prazo m=C3=A1ximo de um m=C3=AAs, nos termos do artigo 12.=
=C2=BA, n.=C2=BA 3, do RGPD. Caso seja necess=C3=A1ria informa=C3=A7=C3=A3o=
 adicional para identificar os dados de entrega em causa, ser=C3=A1 contact=
ado atrav=C3=A9s deste endere=C3=A7o.

Por favor, mantenha a refer=C3=AAncia [RGPD-2026-0311] no assunto de qualqu=
er comunica=C3=A7=C3=A3o futura.

Esta mensagem foi gerada automaticamente. N=C3=A3o responda diretamente a e=
ste e-mail.

Lusitrans =E2=80=93 Log=C3=ADstica e Transportes, S.A.
Encarregado de Prote=C3=A7=C3=A3o de Dados | dpo@lusitrans.example.pt

--=_3fac7c2a723238b81b3aac340e205621
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Verdana, Arial, sans-serif; font-size: 13px;">
<p>Exmo.(a) Senhor(a),</p>
<p>Confirmamos a rece=C3=A7=C3=A3o da sua mensagem, que foi registada no no=
sso sistema de pedidos de prote=C3=A7=C3=A3o de dados com o n=C3=BAmero RGP=
D-2026-0311.</p>
<p>  Assunto:      Pedido de elimina=C3=A7=C3=A3o de dados =E2=80=93 client=
e ref. 2026-0466<br>
  Remetente:    privacy@shop.example.be<br>
  Categoria:    Pedido de subcontratante / parceiro (art. 17.=C2=BA e 19.=
=C2=BA do RGPD)<br>
  Data:         27/05/2026 11:29</p>
<p>O Encarregado de Prote=C3=A7=C3=A3o de Dados analisar=C3=A1 o pedido e r=
esponder=C3=A1 no prazo m=C3=A1ximo de um m=C3=AAs, nos termos do artigo 12=
.=C2=BA, n.=C2=BA 3, do RGPD. Caso seja necess=C3=A1ria informa=C3=A7=C3=A3=
o adicional para identificar os dados de entrega em causa, ser=C3=A1 contac=
tado atrav=C3=A9s deste endere=C3=A7o.</p>
<p>Por favor, mantenha a refer=C3=AAncia [RGPD-2026-0311] no assunto de qua=
lquer comunica=C3=A7=C3=A3o futura.</p>
<p>Esta mensagem foi gerada automaticamente. N=C3=A3o responda diretamente =
a este e-mail.</p>
<p>Lusitrans =E2=80=93 Log=C3=ADstica e Transportes, S.A.<br>
Encarregado de Prote=C3=A7=C3=A3o de Dados | dpo@lusitrans.example.pt</p>
</div>
</body>
</html>

--=_3fac7c2a723238b81b3aac340e205621--
'''),
    ('pt', 'outlook-ios-oposicao-perfis-historico-compras', 'objection', (),
'''Return-Path: <nuno.carvalho@outlook.pt>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2019.outbound.protection.outlook.com [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fRlLXj24B4pS0D
        for <privacy@shop.example.be>; Wed, 27 May 2026 16:18:47 +0200 (CEST)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b=B+nTK//QXD3KOWyMwUSEy9E2adcDbdudPu8XJ1QkWvoSHtr5wVDKwUFBNon2M+EdMuAyLF/a
 jfAImdiPw0cHE+2QWOc9O+PmlwGcAu5E3uxA6jLIPk+y9kOv7UCkOQnh4i2U08XYpwKV06Uh
 1nNpWohJMuwQCZWq0HqlQCbC+kgd8N9lNL3CPStmPSXOBY/KoYZh5u==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=outlook.pt;
        s=selector1; t=1779891522; bh=F3PuRfAql0hNc8EEbaNtdO8/tIBgGZqVagNMVuU//KW=;
        h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
        b=LbqWdw+Y2Jdl48i2DsYku8gWkk/UOOFPtYWFiWYeyw/sjkmFMfGC9uPmgoBbAMkQSiNn/QEe
         8hZt8Q2KgvrbeLD+LsXV8la5YDHaIe1jDWwgQC3lRDlQQYhibEHbUL+hOy8/+KAD7eObw8zv
         qJb/9hXF2vRYf4Dms+9W2DFRZKR4h0QSQJvAZLzQKn1h34Vs1sH30T2QPSxYHnVb7IiJVVvX
         lHKFYGMz5P2G1OxSUb2LtQCwPbASHxH2TYYTjDbQverisMGd2zVPUk+7QAxzhH6TAF47yhNo
         EK6vAJYtU/Hl9uJ8IdivLYbeWBx1IX6HTxcKR6cumglV3GgJh5Kk++==
Received: from AS8P250MB0776.EURP250.PROD.OUTLOOK.COM (2603:10a6:20b:5c1::14)
 by AS8P250MB0776.EURP250.PROD.OUTLOOK.COM with HTTPS; Wed, 27 May 2026
 14:18:42 +0000
From: Nuno Carvalho <nuno.carvalho@outlook.pt>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_O_seu_pedido_2026-0468_=E2=80=93_resposta_ao_seu_pe?=
 =?utf-8?q?dido_de_elimina=C3=A7=C3=A3o?=
Thread-Topic: =?utf-8?q?O_seu_pedido_2026-0468_=E2=80=93_resposta_ao_seu_ped?=
 =?utf-8?q?ido_de_elimina=C3=A7=C3=A3o?=
Thread-Index: AQH+dRE4SWVmAtuwIIqm5uTV87y1==
Date: Wed, 27 May 2026 14:18:42 +0000
Message-ID: <17ba182b237b942eb7c7a3ef861dfb56@AS8P250MB0776.EURP250.PROD.OUTLOOK.COM>
References: <20260526140512.2E8D7B0061@mail-out.shop.example.be>
In-Reply-To: <20260526140512.2E8D7B0061@mail-out.shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-publictraffictype: Email
Content-Type: multipart/alternative;
	boundary="_000_17ba182b237b942eb7c7a3ef861dfb56AS8P250MB0776EURP_"
MIME-Version: 1.0

--_000_17ba182b237b942eb7c7a3ef861dfb56AS8P250MB0776EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Compreendo que tenham de guardar as faturas e o hist=C3=B3rico de compras d=
urante 7 anos por obriga=C3=A7=C3=A3o legal, n=C3=A3o vou discutir isso.

Mas n=C3=A3o aceito que esse hist=C3=B3rico continue a ser usado para me tr=
a=C3=A7arem um perfil e me mandarem =E2=80=9Crecomenda=C3=A7=C3=B5es para s=
i=E2=80=9D na app e por e-mail. Oponho-me a esse uso. Parem de usar as minh=
as compras para perfis e publicidade personalizada.

Obrigado,
Nuno Carvalho

Obter o Outlook para iOS<https://aka.ms/o0ukef>
________________________________
De: Shop Example Privacy Team <privacy@shop.example.be>
Enviado: ter=C3=A7a-feira, maio 26, 2026 4:05 da tarde
Para: Nuno Carvalho <nuno.carvalho@outlook.pt>
Assunto: O seu pedido 2026-0468 =E2=80=93 resposta ao seu pedido de elimina=
=C3=A7=C3=A3o

Caro Sr. Carvalho,

O seu pedido de elimina=C3=A7=C3=A3o (refer=C3=AAncia 2026-0468) foi parcia=
lmente aceite: elimin=C3=A1mos o seu hist=C3=B3rico de navega=C3=A7=C3=A3o =
e a sua lista de desejos.

N=C3=A3o podemos eliminar a sua conta enquanto a encomenda n.=C2=BA 5521-31=
0-0942 estiver em curso, nem as suas faturas e o hist=C3=B3rico de compras,=
 que somos obrigados a conservar durante 7 anos nos termos da lei belga.

Com os melhores cumprimentos,
Lotte Maes
Equipa de Privacidade =E2=80=93 Shop Example BV

--_000_17ba182b237b942eb7c7a3ef861dfb56AS8P250MB0776EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size=
: 12pt;">
<p>Boa tarde,</p>
<p>Compreendo que tenham de guardar as faturas e o hist=C3=B3rico de compra=
s durante 7 anos por obriga=C3=A7=C3=A3o legal, n=C3=A3o vou discutir isso.=
</p>
<p>Mas n=C3=A3o aceito que esse hist=C3=B3rico continue a ser usado para me=
 tra=C3=A7arem um perfil e me mandarem =E2=80=9Crecomenda=C3=A7=C3=B5es par=
a si=E2=80=9D na app e por e-mail. Oponho-me a esse uso. Parem de usar as m=
inhas compras para perfis e publicidade personalizada.</p>
<p>Obrigado,<br>
Nuno Carvalho</p>
<p>Obter o Outlook para iOS&lt;https://aka.ms/o0ukef&gt;<br>
________________________________<br>
De: Shop Example Privacy Team &lt;privacy@shop.example.be&gt;<br>
Enviado: ter=C3=A7a-feira, maio 26, 2026 4:05 da tarde<br>
Para: Nuno Carvalho &lt;nuno.carvalho@outlook.pt&gt;<br>
Assunto: O seu pedido 2026-0468 =E2=80=93 resposta ao seu pedido de elimina=
=C3=A7=C3=A3o</p>
<p>Caro Sr. Carvalho,</p>
<p>O seu pedido de elimina=C3=A7=C3=A3o (refer=C3=AAncia 2026-0468) foi par=
cialmente aceite: elimin=C3=A1mos o seu hist=C3=B3rico de navega=C3=A7=C3=
=A3o e a sua lista de desejos.</p>
<p>N=C3=A3o podemos eliminar a sua conta enquanto a encomenda n.=C2=BA 5521=
-310-0942 estiver em curso, nem as suas faturas e o hist=C3=B3rico de compr=
as, que somos obrigados a conservar durante 7 anos nos termos da lei belga.=
</p>
<p>Com os melhores cumprimentos,<br>
Lotte Maes<br>
Equipa de Privacidade =E2=80=93 Shop Example BV</p>
</div>
</body>
</html>

--_000_17ba182b237b942eb7c7a3ef861dfb56AS8P250MB0776EURP_--
'''),
]

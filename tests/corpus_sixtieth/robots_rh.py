"""Sixtieth set: robot mail of consent records, preference centres and marketing notices (ESP double opt-in and subscription changes, consent-management exports and logs, push, review and survey platforms, re-permission reports, CRM alerts, auto-replies, bounces and read receipts), plus people who look automatic (pl, cs, hr, sv, ro, el, bg). Written apart from the code."""

ROBOTS = [
    ('pl', 'exchange-online-ooo-reply-to-repermission', 'automated', (),
'''Return-Path: <>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2102.outbound.protection.outlook.com [203.0.113.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4F2C81A0B3
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 09:12:44 +0200 (CEST)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b=Kq3VvN8mTz1oYb0cX4pW2Lr7nHs5JdQeUaGfBiCk9lMo6tPyRwZxEv1Su2Ah3Dg4Ff5Jj6Kk7Ll8Mm9Nn0Oo==
Received: from DB9PR03MB7211.eurprd03.prod.outlook.com (2603:10a6:10:2f1::9) by
 AS8PR03MB6830.eurprd03.prod.outlook.com (2603:10a6:20b:29c::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.7452.28; Tue, 14 Apr
 2026 07:12:43 +0000
From: =?utf-8?q?Agnieszka_Wr=C3=B3blewska?= <a.wroblewska@kancelaria-lipowa.pl>
To: =?utf-8?q?Shop_Example_=E2=80=93_Prywatno=C5=9B=C4=87?= <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Czy_nadal_chcesz_otrzymywa=C4=87_od?=
 =?utf-8?q?_nas_wiadomo=C5=9Bci=3F?=
Thread-Topic: =?utf-8?q?Czy_nadal_chcesz_otrzymywa=C4=87_od_nas_wiadomo=C5=9Bci=3F?=
Thread-Index: AQHcy3ZxT1Rk0mBvS0e9qL1X8b2a6w==
Date: Tue, 14 Apr 2026 07:12:43 +0000
Message-ID: <DB9PR03MB72117C3E0F1A9B2D4C5E8A61B4A62@DB9PR03MB7211.eurprd03.prod.outlook.com>
In-Reply-To: <rp-2026-04.8f31c2a7.pl@news.shop.example.be>
References: <rp-2026-04.8f31c2a7.pl@news.shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_DB9PR03MB72117C3E0F1A9B2D4C5E8A61B4A62DB9PR03MB7211eurp_"
MIME-Version: 1.0

--_000_DB9PR03MB72117C3E0F1A9B2D4C5E8A61B4A62DB9PR03MB7211eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 24 kwietnia 2026 r. przebywam=
 na urlopie i nie mam dost=C4=99pu do poczty elektronicznej. Wiadomo=C5=9Bc=
i nie s=C4=85 przekazywane dalej.

W sprawach pilnych prosz=C4=99 o kontakt z sekretariatem kancelarii: sekret=
ariat@kancelaria-lipowa.pl, tel. +48 22 555 01 40.

Z powa=C5=BCaniem
Agnieszka Wr=C3=B3blewska
Kancelaria Radc=C3=B3w Prawnych Lipowa i Wsp=C3=B3lnicy sp.k.
--_000_DB9PR03MB72117C3E0F1A9B2D4C5E8A61B4A62DB9PR03MB7211eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
</head>
<body>
<div style=3D"font-family: Calibri, Arial, Helvetica, sans-serif; font-size=
: 11pt; color: rgb(0, 0, 0);">
<p>Dzie=C5=84 dobry,</p>
<p>dzi=C4=99kuj=C4=99 za wiadomo=C5=9B=C4=87. Do 24 kwietnia 2026 r. przeby=
wam na urlopie i nie mam dost=C4=99pu do poczty elektronicznej. Wiadomo=C5=
=9Bci nie s=C4=85 przekazywane dalej.</p>
<p>W sprawach pilnych prosz=C4=99 o kontakt z sekretariatem kancelarii: sek=
retariat@kancelaria-lipowa.pl, tel. +48 22 555 01 40.</p>
<p>Z powa=C5=BCaniem<br>
Agnieszka Wr=C3=B3blewska<br>
Kancelaria Radc=C3=B3w Prawnych Lipowa i Wsp=C3=B3lnicy sp.k.</p>
</div>
</body>
</html>
--_000_DB9PR03MB72117C3E0F1A9B2D4C5E8A61B4A62DB9PR03MB7211eurp_--
'''),
    ('pl', 'postfix-bounce-quota-of-consent-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mx.poczta-wisla.pl (mx.poczta-wisla.pl [198.51.100.23])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7A1E21A0C4
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 14:27:10 +0200 (CEST)
Received: by mx.poczta-wisla.pl (Postfix)
	id 0B4E5C2A1F; Thu, 16 Apr 2026 14:27:09 +0200 (CEST)
Date: Thu, 16 Apr 2026 14:27:09 +0200 (CEST)
From: MAILER-DAEMON@mx.poczta-wisla.pl (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0B4E5C2A1F.1776342429/mx.poczta-wisla.pl"
Content-Transfer-Encoding: 8bit
Message-Id: <20260416122709.0B4E5C2A1F@mx.poczta-wisla.pl>

This is a MIME-encapsulated message.

--0B4E5C2A1F.1776342429/mx.poczta-wisla.pl
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.poczta-wisla.pl.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tomasz.zielinski@poczta-wisla.pl>: host mbox3.poczta-wisla.pl[10.20.0.13]
    said: 552 5.2.2 <tomasz.zielinski@poczta-wisla.pl> Quota exceeded (mailbox
    for user is full) (in reply to end of DATA command)

--0B4E5C2A1F.1776342429/mx.poczta-wisla.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.poczta-wisla.pl
X-Postfix-Queue-ID: 0B4E5C2A1F
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 16 Apr 2026 14:27:08 +0200 (CEST)

Final-Recipient: rfc822; tomasz.zielinski@poczta-wisla.pl
Original-Recipient: rfc822;tomasz.zielinski@poczta-wisla.pl
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox3.poczta-wisla.pl
Diagnostic-Code: smtp; 552 5.2.2 <tomasz.zielinski@poczta-wisla.pl> Quota
    exceeded (mailbox for user is full)

--0B4E5C2A1F.1776342429/mx.poczta-wisla.pl
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from out2.shop.example.be (out2.shop.example.be [192.0.2.26])
	by mx.poczta-wisla.pl (Postfix) with ESMTPS id 0B4E5C2A1F
	for <tomasz.zielinski@poczta-wisla.pl>; Thu, 16 Apr 2026 14:27:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=sel2026; t=1776342427; h=from:to:subject:date:message-id;
	bh=Jm1qf2Vx0cE6bq3yWkP8sR4tZ7uN9aD5eH1iL2oK3gM=;
	b=QmFzZTY0U2lnbmF0dXJlUGxhY2Vob2xkZXJGb3JUZXN0T25seQ==
From: Shop Example <privacy@shop.example.be>
To: tomasz.zielinski@poczta-wisla.pl
Subject: =?utf-8?q?Potwierd=C5=BA_swoje_zgody_marketingowe_=E2=80=93_Shop_Example?=
Date: Thu, 16 Apr 2026 12:27:07 +0000
Message-ID: <cc-confirm.20260416.5521907@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_sx_4e7d1a"

--0B4E5C2A1F.1776342429/mx.poczta-wisla.pl--
'''),
    ('pl', 'cmp-consent-register-export-ready', 'automated', (),
'''Return-Path: <0102019e3a7c55d1-4b2f8e61-7c0a-4d52-9a3e-1f6b2c8d0e47-000000@eu-west-1.amazonses.com>
Received: from a7-21.smtp-out.eu-west-1.amazonses.com (a7-21.smtp-out.eu-west-1.amazonses.com [198.51.100.121])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9C0D41A0F2
        for <privacy@shop.example.be>; Wed, 15 Apr 2026 06:00:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=zh2025; d=zgodahub.io; t=1776225613;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=2vQ7kXc1tL0mN9pR3sU5wY8zA4bD6fH1jK2lM7nO0qE=;
	b=dGVzdC1zaWduYXR1cmUtemdvZGFodWItZXhwb3J0LW5vdGljZS0xMjM0NTY3ODkw
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=uku4taia5b5tsbglxyj6zym32efj7xqv; d=amazonses.com; t=1776225613;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date:Feedback-ID;
	bh=2vQ7kXc1tL0mN9pR3sU5wY8zA4bD6fH1jK2lM7nO0qE=;
	b=c2VzLXNpZ25hdHVyZS1wbGFjZWhvbGRlci1mb3ItdGhlLXRlc3QtY29ycHVz
From: ZgodaHub <powiadomienia@zgodahub.io>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BZgodaHub=5D_Eksport_rejestru_zg=C3=B3d_jest_gotowy_=E2=80=93_Sh?=
 =?utf-8?q?op_Example_BV_=28PL=29?=
Date: Wed, 15 Apr 2026 04:00:13 +0000
Message-ID: <0102019e3a7c55d1-4b2f8e61-7c0a-4d52-9a3e-1f6b2c8d0e47-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_882104_1475320961.1776225613514"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: 1.eu-west-1.Qw3rTy9UiOp2AsDfGhJkLzXcVbNm1234567890abc=:AmazonSES
X-SES-Outgoing: 2026.04.15-198.51.100.121

------=_Part_882104_1475320961.1776225613514
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

Q3plxZvEhywKCmVrc3BvcnQgcmVqZXN0cnUgemfDs2QgZGxhIHByemVzdHJ6ZW5pIHJvYm9jemVq
IOKAnlNob3AgRXhhbXBsZSBCViDigJMgUEzigJ0gamVzdCBnb3Rvd3kgZG8gcG9icmFuaWEuCgpa
YWtyZXM6IDAxLjAxLjIwMjYg4oCTIDMxLjAzLjIwMjYgKHphcGxhbm93YW55IGVrc3BvcnQga3dh
cnRhbG55KQpMaWN6YmEgcmVrb3Jkw7N3OiA0OCAyMTcKICAtIHpnb2R5IHVkemllbG9uZTogMzEg
OTAyCiAgLSB6Z29keSB3eWNvZmFuZTogMTYgMzE1CiAgLSB3IHR5bSB3eWNvZmFuaWEgcHJ6ZXog
bGluayDigJ5XeXBpc3ogc2nEmeKAnTogMTEgNDgwCiAgLSB3IHR5bSB3eWNvZmFuaWEgdyBjZW50
cnVtIHByZWZlcmVuY2ppOiA0IDgzNQoKS2HFvGR5IHJla29yZCB6YXdpZXJhOiBpZGVudHlmaWth
dG9yIHBvZG1pb3R1IGRhbnljaCAocHNldWRvbmltaXpvd2FueSksIGthbmHFgiAoZS1tYWlsLCBT
TVMsIHB1c2gpLCBjZWwgcHJ6ZXR3YXJ6YW5pYSwgem5hY3puaWsgY3phc3UsIGFkcmVzIElQIHBv
dHdpZXJkemVuaWEgZG91YmxlIG9wdC1pbiwgd2Vyc2rEmSB0cmXFm2NpIGtsYXV6dWxpIHpnb2R5
IG9yYXogxbpyw7NkxYJvIChmb3JtdWxhcnogV1dXLCBhcGxpa2FjamEsIGthc2EgdyBza2xlcGll
LCBmb3JtdWxhcnogcGFydG5lcmEpLgoKUGxpayBDU1YgamVzdCB6YXN6eWZyb3dhbnkuIExpbmsg
amVzdCB3YcW8bnkgNzIgZ29kemlueToKaHR0cHM6Ly9hcHAuemdvZGFodWIuaW8vdy9zaG9wLWV4
YW1wbGUtcGwvZXhwb3J0cy9leHBfN0hxMkxtWDkKCkVrc3BvcnQgd3lrb25hbm8gYXV0b21hdHlj
em5pZSB6Z29kbmllIHogaGFybW9ub2dyYW1lbSB1c3Rhd2lvbnltIHByemV6IGFkbWluaXN0cmF0
b3JhIHByemVzdHJ6ZW5pIHJvYm9jemVqLiBKZcWbbGkgdG8gbmllIFR5IHVzdGF3acWCZcWbIHRl
biBoYXJtb25vZ3JhbSwgc2tvbnRha3R1aiBzacSZIHogYWRtaW5pc3RyYXRvcmVtLgoK4oCUIApa
Z29kYUh1YiDCtyBwbGF0Zm9ybWEgemFyesSFZHphbmlhIHpnb2RhbWkKVGEgd2lhZG9tb8WbxIcg
em9zdGHFgmEgd3lzxYJhbmEgYXV0b21hdHljem5pZS4gUHJvc2lteSBuYSBuacSFIG5pZSBvZHBv
d2lhZGHEhy4KVXN0YXdpZW5pYSBwb3dpYWRvbWllxYQ6IGh0dHBzOi8vYXBwLnpnb2RhaHViLmlv
L3NldHRpbmdzL25vdGlmaWNhdGlvbnMK
------=_Part_882104_1475320961.1776225613514
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+CjxodG1sIGxhbmc9InBsIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPkVrc3BvcnQgZ290b3d5PC90aXRsZT48L2hlYWQ+Cjxib2R5IHN0eWxlPSJtYXJn
aW46MDtiYWNrZ3JvdW5kOiNmNGY1Zjc7Zm9udC1mYW1pbHk6QXJpYWwsc2Fucy1zZXJpZjtjb2xv
cjojMWMxZTIxIj4KPHRhYmxlIHJvbGU9InByZXNlbnRhdGlvbiIgd2lkdGg9IjEwMCUiIGNlbGxw
YWRkaW5nPSIwIiBjZWxsc3BhY2luZz0iMCI+PHRyPjx0ZCBhbGlnbj0iY2VudGVyIj4KPHRhYmxl
IHJvbGU9InByZXNlbnRhdGlvbiIgd2lkdGg9IjYwMCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZmZm
ZjtwYWRkaW5nOjMycHgiPgo8dHI+PHRkPgo8aDEgc3R5bGU9ImZvbnQtc2l6ZToyMHB4Ij5Fa3Nw
b3J0IHJlamVzdHJ1IHpnw7NkIGplc3QgZ290b3d5PC9oMT4KPHA+UHJ6ZXN0cnplxYQgcm9ib2N6
YTogPHN0cm9uZz5TaG9wIEV4YW1wbGUgQlYg4oCTIFBMPC9zdHJvbmc+PGJyPlpha3JlczogMDEu
MDEuMjAyNiDigJMgMzEuMDMuMjAyNjwvcD4KPHRhYmxlIHN0eWxlPSJib3JkZXItY29sbGFwc2U6
Y29sbGFwc2U7Zm9udC1zaXplOjE0cHgiPgo8dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjRweCAxMnB4
IDRweCAwIj5MaWN6YmEgcmVrb3Jkw7N3PC90ZD48dGQ+PHN0cm9uZz40OCAyMTc8L3N0cm9uZz48
L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6NHB4IDEycHggNHB4IDAiPlpnb2R5IHVk
emllbG9uZTwvdGQ+PHRkPjMxIDkwMjwvdGQ+PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzo0
cHggMTJweCA0cHggMCI+WmdvZHkgd3ljb2ZhbmU8L3RkPjx0ZD4xNiAzMTU8L3RkPjwvdHI+Cjwv
dGFibGU+CjxwPlJla29yZCB6YXdpZXJhOiBwc2V1ZG9uaW1pem93YW55IGlkZW50eWZpa2F0b3Is
IGthbmHFgiwgY2VsLCB6bmFjem5payBjemFzdSwgYWRyZXMgSVAgcG90d2llcmR6ZW5pYSBkb3Vi
bGUgb3B0LWluLCB3ZXJzasSZIGtsYXV6dWxpIHpnb2R5IGkgxbpyw7NkxYJvLjwvcD4KPHA+PGEg
aHJlZj0iaHR0cHM6Ly9hcHAuemdvZGFodWIuaW8vdy9zaG9wLWV4YW1wbGUtcGwvZXhwb3J0cy9l
eHBfN0hxMkxtWDkiIHN0eWxlPSJiYWNrZ3JvdW5kOiMyZjViZWE7Y29sb3I6I2ZmZjtwYWRkaW5n
OjEwcHggMThweDt0ZXh0LWRlY29yYXRpb246bm9uZTtib3JkZXItcmFkaXVzOjRweCI+UG9iaWVy
eiBwbGlrIENTVjwvYT48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtjb2xvcjojNmI3Mjgw
Ij5MaW5rIGplc3Qgd2HFvG55IDcyIGdvZHppbnkuIFRhIHdpYWRvbW/Fm8SHIHpvc3RhxYJhIHd5
c8WCYW5hIGF1dG9tYXR5Y3puaWUuIFByb3NpbXkgbmEgbmnEhSBuaWUgb2Rwb3dpYWRhxIcuPGJy
Pgo8YSBocmVmPSJodHRwczovL2FwcC56Z29kYWh1Yi5pby9zZXR0aW5ncy9ub3RpZmljYXRpb25z
Ij5Vc3Rhd2llbmlhIHBvd2lhZG9taWXFhDwvYT48L3A+CjwvdGQ+PC90cj48L3RhYmxlPgo8L3Rk
PjwvdHI+PC90YWJsZT4KPC9ib2R5PjwvaHRtbD4K
------=_Part_882104_1475320961.1776225613514--
'''),
    ('pl', 'esp-daily-subscription-changes-digest', 'automated', (),
'''Return-Path: <bounces+notify-2231@mailer.wyslijto.pl>
Received: from relay4.mailer.wyslijto.pl (relay4.mailer.wyslijto.pl [203.0.113.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2B7E01A0D9
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 07:05:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wyslijto.pl; s=notify;
	t=1776747902; h=from:to:subject:date:message-id:content-type;
	bh=Wb8nXkP2qL5vR0tY3zC6eF9hJ1mN4pS7uA2dG5iK8oQ=;
	b=d3lzbGlqdG8tbm90aWZ5LXNpZ25hdHVyZS1wbGFjZWhvbGRlci0yMDI2MDQyMQ==
From: "WyslijTo - Powiadomienia" <powiadomienia@wyslijto.pl>
To: privacy@shop.example.be, marketing@shop.example.be
Subject: =?utf-8?q?Dzienne_podsumowanie=3A_zmiany_subskrypcji_na_li=C5=9Bcie_?=
 =?utf-8?q?=E2=80=9ENewsletter_PL=E2=80=9D_=2820=2E04=2E2026=29?=
Date: Tue, 21 Apr 2026 07:05:02 +0200
Message-ID: <digest.20260421.list-88213.2231@wyslijto.pl>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Precedence: bulk
Auto-Submitted: auto-generated
X-Mailer: WyslijTo Notifier 3.2
X-WT-Account: 2231
X-WT-List: 88213

Konto: Shop Example BV (ID 2231)
Lista: Newsletter PL (ID 88213)
Okres: 20.04.2026 00:00 – 23:59 (Europe/Warsaw)

NOWE ZAPISY
  Zapisy przez formularz:                    214
  Potwierdzone (double opt-in):              187
  Niepotwierdzone po 48 h (usunięte):         27

WYPISANIA I ZMIANY ZGÓD
  Wypisania (link w stopce):                  63
  Wypisania (nagłówek List-Unsubscribe):      18
  Zmiany w centrum preferencji:               12
    - wyłączone SMS, e-mail bez zmian:         7
    - pauza wysyłki na 30 dni:                 3
    - zmiana częstotliwości na miesięczną:     2
  Zgłoszenia spamu (FBL):                      9
    -> dodane automatycznie do listy wykluczeń

ZWROTY
  Twarde (adres nie istnieje):                41
  Miękkie (skrzynka pełna, 3x):               11

Rejestr zgód (data, IP, wersja klauzuli) dla każdego kontaktu
znajdziesz w panelu: Kontakty > Historia zgód.

Raport wygenerowano automatycznie. Nie odpowiadaj na tę wiadomość.
Odbiorców raportu zmienisz w: Ustawienia > Powiadomienia > Raporty dzienne.
'''),
    ('pl', 'person-asks-consent-proof-above-repermission-mail', 'access', (),
'''Return-Path: <marek.dabrowski84@gmail.com>
Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [198.51.100.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5D3A91A0E1
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 21:48:30 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1776196109; x=1776800909; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=R7kq2pLm5xN8vB1cZ4fH6jT9wY0aS3dE2gK5uI8oP1Q=;
        b=Z21haWwtc2lnbmF0dXJlLXBsYWNlaG9sZGVyLW1hcmVrLWRhYnJvd3NraQ==
X-Gm-Message-State: AOJu0YzQ4pL7mX2kV9bN1cR5tH8wE3sA6dF0gJ2kL4zX7vB9nM1q==
X-Google-Smtp-Source: AGHT+IFq7L2mN8pX4vB0cK6tR1wZ9sY3dE5gH7jA2kM==
X-Received: by 2002:a05:6000:1a8c:b0:3a1:f2b4:9c21 with SMTP id f12csp88213wrx.41;
        Tue, 14 Apr 2026 12:48:29 -0700 (PDT)
MIME-Version: 1.0
References: <rp-2026-04.8f31c2a7.pl@news.shop.example.be>
In-Reply-To: <rp-2026-04.8f31c2a7.pl@news.shop.example.be>
From: =?utf-8?q?Marek_D=C4=85browski?= <marek.dabrowski84@gmail.com>
Date: Tue, 14 Apr 2026 21:48:18 +0200
Message-ID: <CAH4x7Lq2mVp9Rk1Zt3Yw8Nb5cE0sFgJd6hK2uQ+Aa1b7Pz3xWg@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_Czy_nadal_chcesz_otrzymywa=C4=87_od_nas_wiadomo=C5=9Bci=3F?=
To: =?utf-8?q?Shop_Example_=E2=80=93_Prywatno=C5=9B=C4=87?= <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000b8f1e20641a9d3c7"

--000000000000b8f1e20641a9d3c7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

zanim klikn=C4=99 =E2=80=9ETAK=E2=80=9D albo =E2=80=9ENIE=E2=80=9D, chcia=
=C5=82bym wiedzie=C4=87, sk=C4=85d w og=C3=B3le macie moj=C4=85 zgod=C4=99.=
 Nie pami=C4=99tam, =C5=BCebym zapisywa=C5=82 si=C4=99 na Wasz newsletter, =
a SMS-y z promocjami dostaj=C4=99 od zesz=C5=82ego roku.

Prosz=C4=99 o informacj=C4=99:
- kiedy i gdzie wyrazi=C5=82em zgod=C4=99 (data, godzina, adres IP z potwie=
rdzenia double opt-in, czy to by=C5=82 formularz na stronie, aplikacja czy =
kasa w sklepie),
- jaka by=C5=82a tre=C5=9B=C4=87 i wersja klauzuli, kt=C3=B3r=C4=85 rzekomo=
 zaakceptowa=C5=82em,
- jakie moje dane przetwarzacie w celach marketingowych i czy komu=C5=9B je=
 przekazali=C5=9Bcie.

Na razie nie klikam niczego w tym mailu.

Pozdrawiam
Marek D=C4=85browski

wt., 14 kwi 2026 o 09:02 Shop Example <privacy@shop.example.be> napisa=C5=
=82(a):

> Czy nadal chcesz otrzymywa=C4=87 od nas wiadomo=C5=9Bci?
>
> Cze=C5=9B=C4=87 Marek,
> porz=C4=85dkujemy nasze listy i chcemy mie=C4=87 pewno=C5=9B=C4=87, =C5=
=BCe piszemy tylko do os=C3=B3b,
> kt=C3=B3re tego chc=C4=85. Kliknij jeden z przycisk=C3=B3w:
>
> [TAK, zostaj=C4=99]  [NIE, dzi=C4=99kuj=C4=99]
>
> Je=C5=9Bli nie odpowiesz do 15 maja 2026 r., przestaniemy wysy=C5=82a=C4=
=87 Ci newsletter
> i wiadomo=C5=9Bci SMS.
>
> Ta wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie.
> Shop Example BV, Kunstlaan 1, 1000 Brussel, Belgi=C3=AB
--000000000000b8f1e20641a9d3c7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Dzie=C5=84 dobry,</div><div><br></div><div>zanim klik=
n=C4=99 =E2=80=9ETAK=E2=80=9D albo =E2=80=9ENIE=E2=80=9D, chcia=C5=82bym wi=
edzie=C4=87, sk=C4=85d w og=C3=B3le macie moj=C4=85 zgod=C4=99. Nie pami=C4=
=99tam, =C5=BCebym zapisywa=C5=82 si=C4=99 na Wasz newsletter, a SMS-y z pr=
omocjami dostaj=C4=99 od zesz=C5=82ego roku.</div><div><br></div><div>Prosz=
=C4=99 o informacj=C4=99:</div><div>- kiedy i gdzie wyrazi=C5=82em zgod=C4=
=99 (data, godzina, adres IP z potwierdzenia double opt-in, czy to by=C5=82=
 formularz na stronie, aplikacja czy kasa w sklepie),</div><div>- jaka by=
=C5=82a tre=C5=9B=C4=87 i wersja klauzuli, kt=C3=B3r=C4=85 rzekomo zaakcept=
owa=C5=82em,</div><div>- jakie moje dane przetwarzacie w celach marketingow=
ych i czy komu=C5=9B je przekazali=C5=9Bcie.</div><div><br></div><div>Na ra=
zie nie klikam niczego w tym mailu.</div><div><br></div><div>Pozdrawiam</di=
v><div>Marek D=C4=85browski</div></div><br><div class=3D"gmail_quote"><div =
dir=3D"ltr" class=3D"gmail_attr">wt., 14 kwi 2026 o 09:02 Shop Example &lt;=
<a href=3D"mailto:privacy@shop.example.be">privacy@shop.example.be</a>&gt; =
napisa=C5=82(a):<br></div><blockquote class=3D"gmail_quote" style=3D"margin=
:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"=
>Czy nadal chcesz otrzymywa=C4=87 od nas wiadomo=C5=9Bci?<br><br>Cze=C5=9B=
=C4=87 Marek,<br>porz=C4=85dkujemy nasze listy i chcemy mie=C4=87 pewno=C5=
=9B=C4=87, =C5=BCe piszemy tylko do os=C3=B3b, kt=C3=B3re tego chc=C4=85. K=
liknij jeden z przycisk=C3=B3w:<br><br>[TAK, zostaj=C4=99]  [NIE, dzi=C4=99=
kuj=C4=99]<br><br>Je=C5=9Bli nie odpowiesz do 15 maja 2026 r., przestaniemy=
 wysy=C5=82a=C4=87 Ci newsletter i wiadomo=C5=9Bci SMS.<br><br>Ta wiadomo=
=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie.<br>Shop Example BV, K=
unstlaan 1, 1000 Brussel, Belgi=C3=AB</blockquote></div>
--000000000000b8f1e20641a9d3c7--
'''),
    ('cs', 'exim-bounce-retry-timeout-preference-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.stavby-novak.cz (mail.stavby-novak.cz [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 61B0F1A0A8
        for <privacy@shop.example.be>; Mon, 18 May 2026 10:41:23 +0200 (CEST)
Received: from Debian-exim by mail.stavby-novak.cz with local (Exim 4.96)
	id 1wQx7K-000Abc-2F
	for privacy@shop.example.be;
	Mon, 18 May 2026 10:41:22 +0200
X-Failed-Recipients: jana.novakova@stavby-novak.cz
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.stavby-novak.cz>
To: privacy@shop.example.be
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wQx7K-000Abc-2F@mail.stavby-novak.cz>
Date: Mon, 18 May 2026 10:41:22 +0200

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jana.novakova@stavby-novak.cz
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from out1.shop.example.be ([192.0.2.25])
	by mail.stavby-novak.cz with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1wM2aQ-0007xY-0k
	for jana.novakova@stavby-novak.cz;
	Mon, 11 May 2026 10:38:02 +0200
From: Shop Example <privacy@shop.example.be>
To: jana.novakova@stavby-novak.cz
Subject: =?utf-8?q?Va=C5=A1e_p=C5=99edvolby_komunikace_byly_ulo=C5=BEeny?=
Date: Mon, 11 May 2026 08:37:59 +0000
Message-ID: <pc-saved.20260511.3308142@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

potvrzujeme, =C5=BEe jste v centru p=C5=99edvoleb ulo=C5=BEila tyto volby:

  Newsletter e-mailem: ANO
  SMS s akcemi: NE
  Push notifikace v aplikaci: NE
  Frekvence: 1x t=C3=BDdn=C4=9B

Toto je automaticky generovan=C3=A1 zpr=C3=A1va. Neodpov=C3=ADdejte na ni.
Shop Example BV
'''),
    ('cs', 'zimbra-vacation-reply-to-consent-reminder', 'automated', (),
'''Return-Path: <>
Received: from mail.gymnazium-lipnik.cz (mail.gymnazium-lipnik.cz [203.0.113.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8E44F1A0B7
        for <privacy@shop.example.be>; Wed, 20 May 2026 15:03:51 +0200 (CEST)
Received: from zimbra.gymnazium-lipnik.cz (localhost [127.0.0.1])
	by mail.gymnazium-lipnik.cz (Postfix) with ESMTP id 3F2A2C0188
	for <privacy@shop.example.be>; Wed, 20 May 2026 15:03:50 +0200 (CEST)
Date: Wed, 20 May 2026 15:03:50 +0200 (CEST)
From: =?utf-8?q?Lucie_Bene=C5=A1ov=C3=A1?= <lucie.benesova@gymnazium-lipnik.cz>
To: privacy@shop.example.be
Message-ID: <1402877655.118204.1779282230117.JavaMail.zimbra@gymnazium-lipnik.cz>
In-Reply-To: <rp-2026-05.cz.77a0e3@news.shop.example.be>
Subject: =?utf-8?q?Re=3A_P=C5=99ipom=C3=ADnka=3A_potvr=C4=8Fte_souhlas_se_zas=C3=ADl?=
 =?utf-8?q?=C3=A1n=C3=ADm_obchodn=C3=ADch_sd=C4=9Blen=C3=AD?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4611 (zclient/10.0.8_GA_4611)
Thread-Index: 7Q2bVv0Kc3LmR8pTz1NwY4x+aE5hJg==
Thread-Topic: =?utf-8?q?P=C5=99ipom=C3=ADnka=3A_potvr=C4=8Fte_souhlas_se_zas=C3=ADl=C3=A1n?=
 =?utf-8?q?=C3=ADm_obchodn=C3=ADch_sd=C4=9Blen=C3=AD?=

Dobrý den,

od 18. do 29. května 2026 čerpám dovolenou a e-maily nečtu. Vaše zpráva nebude přeposlána.

V naléhavých případech se prosím obraťte na kolegu Mgr. Petra Horáka (petr.horak@gymnazium-lipnik.cz, tel. +420 581 555 312).

Děkuji a přeji hezký den
Lucie Benešová
Gymnázium Lipník, ekonomické oddělení
'''),
    ('cs', 'push-service-consent-sync-report', 'automated', (),
'''Return-Path: <bounces+3318420-9a1c-privacy=shop.example.be@em4412.pushwell.io>
Received: from o1678.ct.sendgrid.net (o1678.ct.sendgrid.net [198.51.100.178])
        by mx1.shop.example.be (Postfix) with ESMTPS id C91F51A0C2
        for <privacy@shop.example.be>; Thu, 21 May 2026 03:15:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pushwell.io;
	h=content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to;
	s=s1; bh=Yp0Q3rT6uW9xZ2bC5eF8hI1kL4nO7qR0sU3vX6yA9cD=;
	b=cHVzaHdlbGwtc2VuZGdyaWQtZGtpbS1wbGFjZWhvbGRlci1mb3ItdGVzdHM=
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sendgrid.info;
	h=content-type:from:mime-version:subject:list-unsubscribe:to:cc:content-type:from:subject:to;
	s=smtpapi; bh=Yp0Q3rT6uW9xZ2bC5eF8hI1kL4nO7qR0sU3vX6yA9cD=;
	b=c2VuZGdyaWQtaW5mby1zaWduYXR1cmUtcGxhY2Vob2xkZXItMjAyNjA1MjE=
Received: by filterdrecv-6c8d9f7b5-k2x9q with SMTP id filterdrecv-6c8d9f7b5-k2x9q-1-664C7A3B-2F
        2026-05-21 01:15:39.558127183 +0000 UTC m=+4412883.118027412
Received: from pushwell-app-worker-3 (unknown) by geopod-ismtpd-11 (SG) with HTTP
	id Qx8vTn3aR2mZ1kP4bL7c9w Thu, 21 May 2026 01:15:39.402 +0000 (UTC)
Content-Type: multipart/alternative; boundary=7e2b1c40f9d35a8e6c4b0f1d2a9e83c57b6d4f10a3e2c9b8d7f6e5a4b3c2
Date: Thu, 21 May 2026 01:15:39 +0000 (UTC)
From: Pushwell <no-reply@pushwell.io>
Mime-Version: 1.0
Message-ID: <Qx8vTn3aR2mZ1kP4bL7c9w@geopod-ismtpd-11>
Subject: =?utf-8?q?Synchronizace_souhlas=C5=AF_s_push_notifikacemi_dokon=C4=8Dena_?=
 =?utf-8?q?=E2=80=93_Shop_Example_=28CZ=29?=
To: privacy@shop.example.be
List-Unsubscribe: <https://u3318420.ct.sendgrid.net/lu/unsubscribe?c=9a1c&p=Kq8>, <mailto:unsubscribe@pushwell.io?subject=sync-reports>
X-SG-EID: u001.Rk2pZ8tQ1mX7vB4nC0sL9wE3yH6dG5aJ2fK8iO1uP4rT7zY0xW3vQ6
X-SG-ID: u001.SdB8Qx1fN4tL7wE0yR3mK6pZ9cV2bH5jA8gD1uI4oT7sX0
X-Entity-ID: u001.pZ2hKq7vR1xN4tM8yB3cL0wE6fG9jA5d

--7e2b1c40f9d35a8e6c4b0f1d2a9e83c57b6d4f10a3e2c9b8d7f6e5a4b3c2
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset=utf-8
Mime-Version: 1.0

Synchronizace souhlas=C5=AF dokon=C4=8Dena

Aplikace: Shop Example (Android, iOS)
Projekt: shop-example-cz
B=C4=9Bh: 21. 5. 2026 03:00 =E2=80=93 03:15 SEL=C4=8C

V=C3=BDsledek
- Za=C5=99=C3=ADzen=C3=AD s odvolan=C3=BDm souhlasem se zas=C3=ADl=C3=A1n=
=C3=ADm push notifikac=C3=AD (syst=C3=A9mov=C3=A9 nastaven=C3=AD): 1 204 =
=E2=80=93 tokeny odstran=C4=9Bny
- U=C5=BEivatel=C3=A9, kte=C5=99=C3=AD zm=C4=9Bnili p=C5=99edvolby v aplika=
ci (kategorie =E2=80=9EAkce a slevy=E2=80=9C vypnuta): 318
- U=C5=BEivatel=C3=A9, kte=C5=99=C3=AD ponechali pouze servisn=C3=AD notifi=
kace (stav objedn=C3=A1vky, vyzvednut=C3=AD): 96
- Segment =E2=80=9Emarketing_push_optin=E2=80=9C: aktualizov=C3=A1n, 41 877=
 aktivn=C3=ADch za=C5=99=C3=ADzen=C3=AD

Upozorn=C4=9Bn=C3=AD
Po aktualizaci aplikace na verzi 5.12 ohl=C3=A1silo 2 731 za=C5=99=C3=ADzen=
=C3=AD iOS stav opr=C3=A1vn=C4=9Bn=C3=AD =E2=80=9Eprovisional=E2=80=9C. Tat=
o za=C5=99=C3=ADzen=C3=AD nejsou zahrnuta do segmentu marketingov=C3=BDch n=
otifikac=C3=AD, dokud u=C5=BEivatel v=C3=BDslovn=C4=9B neud=C4=9Bl=C3=AD so=
uhlas.

Z=C3=A1znam o synchronizaci (consent log) je k dispozici v konzoli:
https://console.pushwell.io/p/shop-example-cz/consent/sync/20260521

Tento e-mail byl odesl=C3=A1n automaticky, proto=C5=BEe jste v projektu uve=
deni jako kontakt pro ochranu osobn=C3=ADch =C3=BAdaj=C5=AF.
Pushwell s.r.o. =C2=B7 Na P=C5=99=C3=ADkop=C4=9B 9, 110 00 Praha 1
--7e2b1c40f9d35a8e6c4b0f1d2a9e83c57b6d4f10a3e2c9b8d7f6e5a4b3c2
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=utf-8
Mime-Version: 1.0

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px;=
color:#222">
<h2 style=3D"color:#0b6e4f">Synchronizace souhlas=C5=AF dokon=C4=8Dena</h2>
<p>Aplikace: <b>Shop Example (Android, iOS)</b> &middot; projekt <code>shop=
-example-cz</code><br>B=C4=9Bh: 21. 5. 2026 03:00 =E2=80=93 03:15 SEL=C4=8C=
</p>
<ul>
<li>Odvolan=C3=BD souhlas s push notifikacemi (syst=C3=A9mov=C3=A9 nastaven=
=C3=AD): <b>1 204</b> za=C5=99=C3=ADzen=C3=AD =E2=80=93 tokeny odstran=C4=
=9Bny</li>
<li>Zm=C4=9Bna p=C5=99edvoleb v aplikaci (kategorie =E2=80=9EAkce a slevy=
=E2=80=9C vypnuta): <b>318</b> u=C5=BEivatel=C5=AF</li>
<li>Pouze servisn=C3=AD notifikace: <b>96</b> u=C5=BEivatel=C5=AF</li>
<li>Segment =E2=80=9Emarketing_push_optin=E2=80=9C: <b>41 877</b> aktivn=C3=
=ADch za=C5=99=C3=ADzen=C3=AD</li>
</ul>
<p style=3D"background:#fff4e5;padding:8px">Po aktualizaci na verzi 5.12 oh=
l=C3=A1silo 2 731 za=C5=99=C3=ADzen=C3=AD iOS stav opr=C3=A1vn=C4=9Bn=C3=AD=
 =E2=80=9Eprovisional=E2=80=9C. Tato za=C5=99=C3=ADzen=C3=AD nejsou v segme=
ntu marketingov=C3=BDch notifikac=C3=AD, dokud u=C5=BEivatel v=C3=BDslovn=
=C4=9B neud=C4=9Bl=C3=AD souhlas.</p>
<p><a href=3D"https://console.pushwell.io/p/shop-example-cz/consent/sync/20=
260521">Otev=C5=99=C3=ADt z=C3=A1znam o synchronizaci</a></p>
<p style=3D"font-size:11px;color:#888">Tento e-mail byl odesl=C3=A1n automa=
ticky. Pushwell s.r.o. &middot; Na P=C5=99=C3=ADkop=C4=9B 9, 110 00 Praha 1=
</p>
<img src=3D"https://u3318420.ct.sendgrid.net/wf/open?upn=3D9a1cKq8" alt=3D"=
" width=3D"1" height=3D"1" border=3D"0">
</body></html>
--7e2b1c40f9d35a8e6c4b0f1d2a9e83c57b6d4f10a3e2c9b8d7f6e5a4b3c2--
'''),
    ('cs', 'person-stops-sms-keeps-newsletter-replying-to-autoconfirm', 'withdraw_consent', (),
'''Return-Path: <radek.kucera@posta-vysocina.cz>
Received: from webmail.posta-vysocina.cz (webmail.posta-vysocina.cz [203.0.113.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0AF7D1A0E6
        for <privacy@shop.example.be>; Tue, 26 May 2026 19:22:08 +0200 (CEST)
Received: from [10.8.0.14] (helo=webmail.posta-vysocina.cz)
	by webmail.posta-vysocina.cz with esmtpsa (TLS1.3:ECDHE_X25519__RSA_PSS_RSAE_SHA256__AES_256_GCM:256)
	(Exim 4.97.1)
	(envelope-from <radek.kucera@posta-vysocina.cz>)
	id 1wTa9c-0003Lm-1r
	for privacy@shop.example.be; Tue, 26 May 2026 19:22:07 +0200
MIME-Version: 1.0
Date: Tue, 26 May 2026 19:22:07 +0200
From: =?utf-8?q?Radek_Ku=C4=8Dera?= <radek.kucera@posta-vysocina.cz>
To: Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Va=C5=A1e_p=C5=99edvolby_komunikace_byly_ulo=C5=BEeny?=
In-Reply-To: <pc-saved.20260526.3412977@shop.example.be>
References: <pc-saved.20260526.3412977@shop.example.be>
Message-ID: <5f0c2e8b91d4a7c3e6f1b2d8a9c04e17@posta-vysocina.cz>
X-Sender: radek.kucera@posta-vysocina.cz
User-Agent: Roundcube Webmail/1.6.7
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Dobrý den,

vím, že tohle je automatická zpráva, ale jinak se k vám nedostanu. 
V centru předvoleb nejde nic uložit: odškrtnu „SMS s akcemi“, dám 
Uložit, přijde tenhle e-mail, že je všechno uloženo, a když stránku 
otevřu znovu, políčko je zase zaškrtnuté. SMS chodí dál.

Takže písemně: odvolávám souhlas se zasíláním obchodních sdělení 
formou SMS na číslo +420 603 555 218. Newsletter e-mailem chci 
dostávat dál, ten mi nevadí, na ten prosím nesahejte.

Děkuji
Radek Kučera

Dne 2026-05-26 18:57, Shop Example napsal:
> Dobrý den,
> 
> potvrzujeme, že jste v centru předvoleb uložil tyto volby:
> 
>   Newsletter e-mailem: ANO
>   SMS s akcemi: NE
>   Push notifikace v aplikaci: NE
>   Frekvence: 1x týdně
> 
> Toto je automaticky generovaná zpráva. Neodpovídejte na ni.
> Shop Example BV
'''),
    ('hr', 'gmail-vacation-responder-on-repermission', 'automated', (),
'''Return-Path: <ivana.maric.zg@gmail.com>
Received: from mail-ej1-f47.google.com (mail-ej1-f47.google.com [198.51.100.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3C8A71A0B1
        for <privacy@shop.example.be>; Mon, 20 Jul 2026 11:04:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1784538266; x=1785143066; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to:references
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=k3Lq8pZ1xV5nB9cM2tR6wY0aS4dF7gH1jK3uI6oP8eQ=;
        b=dmFjYXRpb24tcmVzcG9uZGVyLWdtYWlsLXNpZ25hdHVyZS1wbGFjZWhvbGRlcg==
X-Google-Smtp-Source: AGHT+IHv2Kq9mL4xN7pB1cZ5tR8wE0sY3dF6gJ9kA2==
X-Received: by 2002:a17:907:3e8c:b0:a9e:81f2:4c07 with SMTP id hs12csp441209ejc.12;
        Mon, 20 Jul 2026 02:04:26 -0700 (PDT)
MIME-Version: 1.0
References: <rp-2026-07.hr.c19f04@news.shop.example.be>
In-Reply-To: <rp-2026-07.hr.c19f04@news.shop.example.be>
Auto-Submitted: auto-replied
From: =?utf-8?q?Ivana_Mari=C4=87?= <ivana.maric.zg@gmail.com>
Date: Mon, 20 Jul 2026 02:04:26 -0700
Message-ID: <CAP8vRk2Lm7xQ1tN9bZ4cW0yE5sF3gH6jK8uA2oD1iP7zR4qTbw@mail.gmail.com>
Subject: =?utf-8?q?Na_godi=C5=A1njem_odmoru?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004a71c80642bb90e5"

--0000000000004a71c80642bb90e5
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru od 20. srpnja do 7. kolovoza 2026. i povremeno=
 provjeravam e-po=C5=A1tu. Odgovorit =C4=87u vam nakon povratka.

Lijep pozdrav,
Ivana Mari=C4=87
--0000000000004a71c80642bb90e5
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Po=C5=A1tovani,<br><br>na godi=C5=A1njem sam odmoru od 20.=
 srpnja do 7. kolovoza 2026. i povremeno provjeravam e-po=C5=A1tu. Odgovori=
t =C4=87u vam nakon povratka.<br><br>Lijep pozdrav,<br>Ivana Mari=C4=87</di=
v>
--0000000000004a71c80642bb90e5--
'''),
    ('hr', 'crm-workflow-alert-contacts-without-consent', 'automated', (),
'''Return-Path: <bounce+8f2a41.c7-privacy=shop.example.be@alerts.kontaktcrm.com>
Received: from m42-7.mailgun.net (m42-7.mailgun.net [203.0.113.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id E5D2B1A0C9
        for <privacy@shop.example.be>; Wed, 22 Jul 2026 08:30:11 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=alerts.kontaktcrm.com;
 q=dns/txt; s=mx; t=1784701810; h=Content-Type: MIME-Version: Subject:
 Subject: From: From: To: To: Date: Message-Id: Sender: Sender;
 bh=H7m1Qz4xK8pN2vB5cR9tW3yE6sA0dF1gJ4kL7uI2oP5=;
 b=a29udGFrdGNybS1tYWlsZ3VuLXNpZ25hdHVyZS1wbGFjZWhvbGRlci1ocg==
X-Mailgun-Sending-Ip: 203.0.113.87
X-Mailgun-Sid: WyI4ZjJhNCIsInByaXZhY3lAc2hvcC5leGFtcGxlLmJlIiwiYzciXQ==
Received: from kontaktcrm-workflows (ec2-198-51-100-9.eu-central-1.compute.amazonaws.com [198.51.100.9])
 by 4f1e2d9a7b3c with HTTP id 66a0f8b21c4d7e0a93b5f218; Wed, 22 Jul 2026 06:30:10 GMT
Sender: obavijesti@alerts.kontaktcrm.com
Date: Wed, 22 Jul 2026 06:30:10 +0000
Message-Id: <20260722063010.7d3e91a40b2c5f86@alerts.kontaktcrm.com>
From: KontaktCRM <obavijesti@alerts.kontaktcrm.com>
To: privacy@shop.example.be, crm-admin@shop.example.be
Subject: =?utf-8?q?Upozorenje_tijeka_rada=3A_58_kontakata_uklonjeno_iz_kampanje_zbog_?=
 =?utf-8?q?nedostatka_privole?=
Mime-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply

KontaktCRM – automatsko upozorenje

Portal: Shop Example BV (HR)
Tijek rada: „Vikend akcija – podsjetnik za košaricu“ (ID 4471)
Pokrenuto: 22. 7. 2026. u 08:30 (CEST)

Pravilo „Zahtijevaj važeću marketinšku privolu“ uklonilo je 58 kontakata s popisa primatelja:

  31  nema zapisa o privoli za kanal e-pošta
  14  zapis o privoli stariji od 24 mjeseca (ponovna potvrda nije zaprimljena)
   8  privola prikupljena putem obrasca partnera (Putni klub Jadran) – nije valjana za marku Shop Example
   5  kontakt je povukao privolu u centru postavki, ali je naknadno ponovno uvezen iz CSV datoteke

Uklonjeni kontakti NISU obrisani. Pravna osnova i povijest privola vidljive su u profilu svakog kontakta (kartica „Privole i GDPR“).

Preporuka: provjerite uvoz od 19. 7. 2026. (datoteka hr_trgovine_blagajna_0719.csv) – 5 kontakata koji su povukli privolu ponovno je označeno kao „pretplaćen“.

Pregled: https://app.kontaktcrm.com/portal/55120/workflows/4471/enrollment-issues

Ovu poruku šalje sustav automatski. Odgovori na ovu adresu se ne čitaju.
Postavke obavijesti: https://app.kontaktcrm.com/portal/55120/settings/notifications
'''),
    ('hr', 'exchange-ndr-croatian-sms-consent-change', 'automated', (),
'''Return-Path: <>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05on2119.outbound.protection.outlook.com [203.0.113.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 7F90C1A0D3
        for <privacy@shop.example.be>; Mon, 27 Jul 2026 14:16:05 +0200 (CEST)
Received: from VI1PR08MB5423.eurprd08.prod.outlook.com (2603:10a6:803:d1::18)
 by VI1PR08MB5423.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.7828.20; Mon, 27 Jul 2026 12:16:04 +0000
MIME-Version: 1.0
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gradnja-sava.hr>
To: <privacy@shop.example.be>
Date: Mon, 27 Jul 2026 12:16:04 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a4d1c7e2-9b3f-4e58-8c06-2f7b1d9e0a53"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: hr-HR
Message-ID: <a0f3b6d2-5c81-4e97-b2a4-7d9e1c3f5086@VI1PR08MB5423.eurprd08.prod.outlook.com>
In-Reply-To: <sms-consent.20260727.4418203@shop.example.be>
References: <sms-consent.20260727.4418203@shop.example.be>
Thread-Topic: =?utf-8?q?Va=C5=A1a_privola_za_SMS_obavijesti_=E2=80=93_potvrda_promjene?=
Thread-Index: AQHc4BqW8k2Lm5pN0vQ7tR3xZ9yA1g==
Subject: =?utf-8?q?Nije_mogu=C4=87e_isporu=C4=8Diti=3A_Va=C5=A1a_privola_za_SMS_obavi?=
 =?utf-8?q?jesti_=E2=80=93_potvrda_promjene?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: VI1PR08MB5423.eurprd08.prod.outlook.com

--a4d1c7e2-9b3f-4e58-8c06-2f7b1d9e0a53
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="6e2b8f14-0c3d-47a9-b5e1-93d0f7c2a486"

--6e2b8f14-0c3d-47a9-b5e1-93d0f7c2a486
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Isporuka ovim primateljima ili grupama nije uspjela:

marko.babic@gradnja-sava.hr (marko.babic@gradnja-sava.hr)
Adresa e-po=C5=A1te koju ste unijeli nije prona=C4=91ena. Provjerite adresu=
 e-po=C5=A1te primatelja i poku=C5=A1ajte ponovno poslati poruku. Ako se pr=
oblem nastavi, obratite se slu=C5=BEbi za podr=C5=A1ku.

Dijagnosti=C4=8Dke informacije za administratore:

Generiraju=C4=87i poslu=C5=BEitelj: VI1PR08MB5423.eurprd08.prod.outlook.com

marko.babic@gradnja-sava.hr
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t marko.babic@gradnja-sava.hr not found by SMTP address lookup'

Zaglavlja izvorne poruke:

Received: from out1.shop.example.be (192.0.2.25) by
 VI1PR08MB5423.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.7828.20; Mon, 27 Jul 2026 12:16:03 +0000
From: Shop Example <privacy@shop.example.be>
To: marko.babic@gradnja-sava.hr
Subject: Va=C5=A1a privola za SMS obavijesti =E2=80=93 potvrda promjene
Date: Mon, 27 Jul 2026 12:16:01 +0000
Message-ID: <sms-consent.20260727.4418203@shop.example.be>
--6e2b8f14-0c3d-47a9-b5e1-93d0f7c2a486
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf=
-8"></head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Isporuka ovim prima=
teljima ili grupama nije uspjela:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma">
<p><a href=3D"mailto:marko.babic@gradnja-sava.hr">marko.babic@gradnja-sava.=
hr (marko.babic@gradnja-sava.hr)</a><br>
Adresa e-po=C5=A1te koju ste unijeli nije prona=C4=91ena. Provjerite adresu=
 e-po=C5=A1te primatelja i poku=C5=A1ajte ponovno poslati poruku. Ako se pr=
oblem nastavi, obratite se slu=C5=BEbi za podr=C5=A1ku.</p>
</font>
<p><b>Dijagnosti=C4=8Dke informacije za administratore:</b></p>
<p>Generiraju=C4=87i poslu=C5=BEitelj: VI1PR08MB5423.eurprd08.prod.outlook.=
com</p>
<p>marko.babic@gradnja-sava.hr<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t marko.babic@gradnja-sava.hr not found by SMTP address lookup'</p>
</body>
</html>
--6e2b8f14-0c3d-47a9-b5e1-93d0f7c2a486--

--a4d1c7e2-9b3f-4e58-8c06-2f7b1d9e0a53
Content-Type: message/delivery-status

Reporting-MTA: dns;VI1PR08MB5423.eurprd08.prod.outlook.com
Received-From-MTA: dns;out1.shop.example.be
Arrival-Date: Mon, 27 Jul 2026 12:16:03 +0000

Final-Recipient: rfc822;marko.babic@gradnja-sava.hr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient marko.babic@gradnja-sava.hr not found by SMTP address lookup

--a4d1c7e2-9b3f-4e58-8c06-2f7b1d9e0a53
Content-Type: text/rfc822-headers

Received: from out1.shop.example.be (192.0.2.25) by
 VI1PR08MB5423.eurprd08.prod.outlook.com with Microsoft SMTP Server
 id 15.20.7828.20; Mon, 27 Jul 2026 12:16:03 +0000
From: Shop Example <privacy@shop.example.be>
To: marko.babic@gradnja-sava.hr
Subject: =?utf-8?q?Va=C5=A1a_privola_za_SMS_obavijesti_=E2=80=93_potvrda_promjene?=
Date: Mon, 27 Jul 2026 12:16:01 +0000
Message-ID: <sms-consent.20260727.4418203@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--a4d1c7e2-9b3f-4e58-8c06-2f7b1d9e0a53--
'''),
    ('hr', 'person-forwards-we-miss-you-mail-after-unsubscribing', 'complaint', ('withdraw_consent',),
'''Return-Path: <zoran.kovacevic@kovacevic-obrt.hr>
Received: from smtp.kovacevic-obrt.hr (smtp.kovacevic-obrt.hr [198.51.100.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id B2A641A0F0
        for <privacy@shop.example.be>; Tue, 14 Jul 2026 17:51:39 +0200 (CEST)
From: =?utf-8?q?Zoran_Kova=C4=8Devi=C4=87?= <zoran.kovacevic@kovacevic-obrt.hr>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?FW=3A_Nedostaje=C5=A1_nam=2C_Zorane!_=F0=9F=8E=81_-15_=25_samo_za_?=
 =?utf-8?q?tebe?=
Date: Tue, 14 Jul 2026 17:51:33 +0200
Message-ID: <004a01dcf3a2$8b6e1c40$224a54c0$@kovacevic-obrt.hr>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_004B_01DCF3B3.4EF6EC40"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHc8ZKp3Lq7Vm0NeT2bW1xQk9sYfA==
Content-Language: hr

This is a multipart message in MIME format.

------=_NextPart_000_004B_01DCF3B3.4EF6EC40
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

proslje=C4=91ujem vam poruku koju sam danas dobio. Odjavio sam se s va=C5=
=A1eg newslettera 3. o=C5=BEujka 2026. klikom na =E2=80=9EOdjava=E2=80=9C i=
 dobio potvrdu =E2=80=9EUspje=C5=A1no ste odjavljeni=E2=80=9C. Od tada sam =
dobio ovaj =E2=80=9ENedostaje=C5=A1 nam=E2=80=9C mail ve=C4=87 tre=C4=87i p=
ut, a pro=C5=A1li tjedan i =E2=80=9ESretan ro=C4=91endan=E2=80=9C s kuponom.

Ovo nije obavijest o narud=C5=BEbi nego =C4=8Disti marketing, i to bez moje=
 privole. Ne =C5=BEelim nikakve promotivne poruke, ni e-po=C5=A1tom ni SMS-=
om.

Tra=C5=BEim da me trajno uklonite sa svih marketin=C5=A1kih popisa i da mi =
pisano objasnite za=C5=A1to mi i dalje =C5=A1aljete ove poruke nakon odjave=
. Ako u roku od 15 dana ne dobijem odgovor, podnijet =C4=87u prigovor Agenc=
iji za za=C5=A1titu osobnih podataka (AZOP) i prilo=C5=BEiti ove poruke.

Zoran Kova=C4=8Devi=C4=87
Obrt za stolariju Kova=C4=8Devi=C4=87, Velika Gorica
tel. 01 555 2290

From: Shop Example <hello@news.shop.example.be>=20
Sent: utorak, 14. srpnja 2026. 09:15
To: zoran.kovacevic@kovacevic-obrt.hr
Subject: Nedostaje=C5=A1 nam, Zorane! =F0=9F=8E=81 -15 % samo za tebe

Bok Zorane,

dugo te nije bilo! Zato smo ti pripremili poseban popust od 15 % na sljede=
=C4=87u kupnju.
Kod: VRATISE15 (vrijedi do 31. 7. 2026.)

[Pogledaj novitete]

Ova je poruka automatski generirana. Molimo ne odgovarajte na nju.
Prima=C5=A1 ovu poruku jer si pretpla=C4=87en na novosti Shop Example.
Odjava | Upravljanje postavkama
------=_NextPart_000_004B_01DCF3B3.4EF6EC40
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40"><head><meta http-equiv=3DContent-Type content=
=3D"text/html; charset=3Dutf-8"><meta name=3DGenerator content=3D"Microsoft=
 Word 15 (filtered medium)"></head><body lang=3DHR link=3D"#0563C1" vlink=
=3D"#954F72"><div class=3DWordSection1>
<p class=3DMsoNormal>Po=C5=A1tovani,</p>
<p class=3DMsoNormal>proslje=C4=91ujem vam poruku koju sam danas dobio. Odj=
avio sam se s va=C5=A1eg newslettera 3. o=C5=BEujka 2026. klikom na =E2=80=
=9EOdjava=E2=80=9C i dobio potvrdu =E2=80=9EUspje=C5=A1no ste odjavljeni=E2=
=80=9C. Od tada sam dobio ovaj =E2=80=9ENedostaje=C5=A1 nam=E2=80=9C mail v=
e=C4=87 tre=C4=87i put, a pro=C5=A1li tjedan i =E2=80=9ESretan ro=C4=91enda=
n=E2=80=9C s kuponom.</p>
<p class=3DMsoNormal>Ovo nije obavijest o narud=C5=BEbi nego =C4=8Disti mar=
keting, i to bez moje privole. Ne =C5=BEelim nikakve promotivne poruke, ni =
e-po=C5=A1tom ni SMS-om.</p>
<p class=3DMsoNormal>Tra=C5=BEim da me trajno uklonite sa svih marketin=C5=
=A1kih popisa i da mi pisano objasnite za=C5=A1to mi i dalje =C5=A1aljete o=
ve poruke nakon odjave. Ako u roku od 15 dana ne dobijem odgovor, podnijet =
=C4=87u prigovor Agenciji za za=C5=A1titu osobnih podataka (AZOP) i prilo=
=C5=BEiti ove poruke.</p>
<p class=3DMsoNormal>Zoran Kova=C4=8Devi=C4=87<br>Obrt za stolariju Kova=C4=
=8Devi=C4=87, Velika Gorica<br>tel. 01 555 2290</p>
<div style=3D'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm =
0cm 0cm'><p class=3DMsoNormal><b>From:</b> Shop Example &lt;hello@news.shop=
.example.be&gt; <br><b>Sent:</b> utorak, 14. srpnja 2026. 09:15<br><b>To:</=
b> zoran.kovacevic@kovacevic-obrt.hr<br><b>Subject:</b> Nedostaje=C5=A1 nam=
, Zorane! =F0=9F=8E=81 -15 % samo za tebe</p></div>
<p class=3DMsoNormal>Bok Zorane,</p>
<p class=3DMsoNormal>dugo te nije bilo! Zato smo ti pripremili poseban popu=
st od 15 % na sljede=C4=87u kupnju.<br>Kod: VRATISE15 (vrijedi do 31. 7. 20=
26.)</p>
<p class=3DMsoNormal>Ova je poruka automatski generirana. Molimo ne odgovar=
ajte na nju.<br>Prima=C5=A1 ovu poruku jer si pretpla=C4=87en na novosti Sh=
op Example.<br>Odjava | Upravljanje postavkama</p>
</div></body></html>
------=_NextPart_000_004B_01DCF3B3.4EF6EC40--
'''),
    ('sv', 'outlook-read-receipt-of-consent-case-answer', 'automated', (),
'''Return-Path: <karin.lindqvist@bostadsbolaget-ek.se>
Received: from GV1P189MB2071.EURP189.PROD.OUTLOOK.COM (mail-gv1p189cu00213.outbound.protection.outlook.com [198.51.100.213])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4AD3E1A0B9
        for <privacy@shop.example.be>; Fri, 12 Jun 2026 10:07:52 +0200 (CEST)
Received: from GV1P189MB2071.EURP189.PROD.OUTLOOK.COM ([fe80::8a3c:51ff:fe2d:7e19])
 by GV1P189MB2071.EURP189.PROD.OUTLOOK.COM ([fe80::8a3c:51ff:fe2d:7e19%4]) with
 mapi id 15.20.7918.011; Fri, 12 Jun 2026 08:07:51 +0000
From: Karin Lindqvist <karin.lindqvist@bostadsbolaget-ek.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?L=C3=A4st=3A_SV=3A_Ditt_=C3=A4rende_om_samtycke_=5BPRIV-2026-0412?=
 =?utf-8?q?=5D?=
Thread-Topic: =?utf-8?q?SV=3A_Ditt_=C3=A4rende_om_samtycke_=5BPRIV-2026-0412=5D?=
Thread-Index: AQHc2vR1kP8mL3xN0qT7bW4yZ9cE2A==
Date: Fri, 12 Jun 2026 08:07:51 +0000
Message-ID: <GV1P189MB2071A3C5E7F9B1D2048E6A1C9B3D2@GV1P189MB2071.EURP189.PROD.OUTLOOK.COM>
References: <priv-2026-0412.r2.77f1@shop.example.be>
In-Reply-To: <priv-2026-0412.r2.77f1@shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_GV1P189MB2071A3C5E7F9B1D2048E6A1C9B3D2GV1P189MB2071EURP_"

--_002_GV1P189MB2071A3C5E7F9B1D2048E6A1C9B3D2GV1P189MB2071EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGl0dCBtZWRkZWxhbmRlCgogIFRpbGw6IEthcmluIExpbmRxdmlzdAogIMOEbW5lOiBTVjogRGl0
dCDDpHJlbmRlIG9tIHNhbXR5Y2tlIFtQUklWLTIwMjYtMDQxMl0KICBTa2lja2F0OiBkZW4gMTEg
anVuaSAyMDI2IDE2OjQyOjA4IChVVEMrMDE6MDApIEFtc3RlcmRhbSwgQmVybGluLCBCZXJuLCBS
b20sIFN0b2NraG9sbSwgV2llbgoKbMOkc3RlcyBkZW4gMTIganVuaSAyMDI2IDEwOjA3OjQ3IChV
VEMrMDE6MDApIEFtc3RlcmRhbSwgQmVybGluLCBCZXJuLCBSb20sIFN0b2NraG9sbSwgV2llbi4K
--_002_GV1P189MB2071A3C5E7F9B1D2048E6A1C9B3D2GV1P189MB2071EURP_
Content-Type: message/disposition-notification

Reporting-UA: GV1P189MB2071.EURP189.PROD.OUTLOOK.COM; Microsoft Exchange Server 15
Final-Recipient: rfc822;karin.lindqvist@bostadsbolaget-ek.se
Original-Message-ID: <priv-2026-0412.r2.77f1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_GV1P189MB2071A3C5E7F9B1D2048E6A1C9B3D2GV1P189MB2071EURP_--
'''),
    ('sv', 'review-platform-suppression-list-synced', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.omdomet.se>
Received: from sc-ord-mta117.mtasv.net (sc-ord-mta117.mtasv.net [203.0.113.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 93F2C1A0D4
        for <privacy@shop.example.be>; Mon, 15 Jun 2026 06:12:30 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; d=pm.mtasv.net; s=pm20250512; c=relaxed/relaxed;
	i=@pm.mtasv.net; t=1781496749; x=1781583149;
	h=date:date:from:from:message-id:reply-to:sender:subject:subject:to:to:
	 feedback-id:x-pm-message-id:x-pm-rcpt:x-complaints-to:list-unsubscribe;
	bh=s3Gq0Zp7Lm2Xv9Bn4Ct1Rw6Ye8Uk5Hj0Df3Ai7Ko2Qe=;
	b=cG0tbXRhc3Ytc2lnbmF0dXJlLXBsYWNlaG9sZGVyLW9tZG9tZXQtMjAyNjA2MTU=
DKIM-Signature: v=1; a=rsa-sha256; d=omdomet.se; s=20240611pm; c=relaxed/relaxed;
	i=notiser@omdomet.se; t=1781496749; x=1781583149;
	h=date:from:message-id:subject:to:feedback-id:list-unsubscribe;
	bh=s3Gq0Zp7Lm2Xv9Bn4Ct1Rw6Ye8Uk5Hj0Df3Ai7Ko2Qe=;
	b=b21kb21ldC1zaWduYXR1cmUtcGxhY2Vob2xkZXItZm9yLXRlc3QtY29ycHVz
Date: Mon, 15 Jun 2026 04:12:29 +0000
From: =?utf-8?q?Omd=C3=B6met?= <notiser@omdomet.se>
To: privacy@shop.example.be
Message-Id: <3f9c2a71-8e4b-4d06-b1a5-6c0e7d2f9a38@mtasv.net>
Subject: =?utf-8?q?Sp=C3=A4rrlistan_=C3=A4r_synkad=3A_27_kunder_undantagna_fr=C3=A5n_?=
 =?utf-8?q?omd=C3=B6mesf=C3=B6rfr=C3=A5gningar?=
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="mk3-5e0d7c1a92b84f36a0e1d9c7b2f4e6a8"
Feedback-ID: s8841230-_:s8841230:a1176402:postmark
X-Complaints-To: abuse@postmarkapp.com
X-PM-Message-Id: 3f9c2a71-8e4b-4d06-b1a5-6c0e7d2f9a38
X-PM-RCPT: |bTB8MTE3NjQwMnw4ODQxMjMwfHByaXZhY3lAc2hvcC5leGFtcGxlLmJl|
X-PM-Message-Options: v1;1.4kVqX2pT8mN1bR7cZ0yW5gA
List-Unsubscribe: <https://omdomet.se/konto/notiser/avregistrera?t=Lq82Xv>

--mk3-5e0d7c1a92b84f36a0e1d9c7b2f4e6a8
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej Shop Example BV!

Vi har synkat sp=C3=A4rrlistan (suppression list) f=C3=B6r butiken "shop-ex=
ample-se".

Sedan f=C3=B6rra synken (1 juni 2026):
- 27 kunder har valt "Jag vill inte f=C3=A5 fler f=C3=B6rfr=C3=A5gningar om=
 omd=C3=B6men" via l=C3=A4nken i f=C3=B6rfr=C3=A5gan. De f=C3=A5r inga fler=
 f=C3=B6rfr=C3=A5gningar fr=C3=A5n er butik.
- 4 kunder har beg=C3=A4rt att deras omd=C3=B6me och personuppgifter radera=
s. Omd=C3=B6mena har anonymiserats och e-postadresserna har tagits bort enl=
igt ert personuppgiftsbitr=C3=A4desavtal (PUB-avtal).
- 112 adresser har importerats fr=C3=A5n er egen avregistreringslista (via =
API).

Totalt p=C3=A5 sp=C3=A4rrlistan: 3 418 adresser.

T=C3=A4nk p=C3=A5: en omd=C3=B6mesf=C3=B6rfr=C3=A5gan kan r=C3=A4knas som d=
irektmarknadsf=C3=B6ring. Kontrollera att ni har r=C3=A4ttslig grund innan =
ni skickar f=C3=B6rfr=C3=A5gningar till kunder som inte har l=C3=A4mnat sam=
tycke.

Ladda ner sp=C3=A4rrlistan (CSV): https://omdomet.se/foretag/shop-example-s=
e/sparrlista/export
Logg =C3=B6ver samtycken och avregistreringar: https://omdomet.se/foretag/s=
hop-example-se/logg

Det h=C3=A4r =C3=A4r ett automatiskt meddelande fr=C3=A5n Omd=C3=B6met. Sva=
r till den h=C3=A4r adressen l=C3=A4ses inte.
Omd=C3=B6met AB, Drottninggatan 71, 111 36 Stockholm
--mk3-5e0d7c1a92b84f36a0e1d9c7b2f4e6a8
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"sv"><head><meta charset=3D"utf-8"></head><body=
 style=3D"font-family:-apple-system,Segoe UI,Roboto,sans-serif;color:#1d253=
0;background:#f7f7f5">
<div style=3D"max-width:560px;margin:0 auto;background:#fff;padding:28px">
<p style=3D"font-size:18px;font-weight:600">Sp=C3=A4rrlistan =C3=A4r synkad=
</p>
<p>Hej Shop Example BV! Vi har synkat sp=C3=A4rrlistan f=C3=B6r butiken <b>=
shop-example-se</b>.</p>
<table style=3D"font-size:14px;border-collapse:collapse">
<tr><td style=3D"padding:4px 16px 4px 0">Valt bort omd=C3=B6mesf=C3=B6rfr=
=C3=A5gningar</td><td><b>27</b></td></tr>
<tr><td style=3D"padding:4px 16px 4px 0">Beg=C3=A4rt radering (anonymiserat=
)</td><td><b>4</b></td></tr>
<tr><td style=3D"padding:4px 16px 4px 0">Importerade via API</td><td><b>112=
</b></td></tr>
<tr><td style=3D"padding:4px 16px 4px 0">Totalt p=C3=A5 sp=C3=A4rrlistan</t=
d><td><b>3 418</b></td></tr>
</table>
<p style=3D"font-size:13px;background:#fff8e1;padding:10px">T=C3=A4nk p=C3=
=A5: en omd=C3=B6mesf=C3=B6rfr=C3=A5gan kan r=C3=A4knas som direktmarknadsf=
=C3=B6ring. Kontrollera er r=C3=A4ttsliga grund.</p>
<p><a href=3D"https://omdomet.se/foretag/shop-example-se/sparrlista/export"=
>Ladda ner sp=C3=A4rrlistan</a> &middot; <a href=3D"https://omdomet.se/fore=
tag/shop-example-se/logg">Logg =C3=B6ver samtycken</a></p>
<p style=3D"font-size:11px;color:#8a8f98">Det h=C3=A4r =C3=A4r ett automati=
skt meddelande fr=C3=A5n Omd=C3=B6met. Svar till den h=C3=A4r adressen l=C3=
=A4ses inte.<br>Omd=C3=B6met AB, Drottninggatan 71, 111 36 Stockholm</p>
</div></body></html>
--mk3-5e0d7c1a92b84f36a0e1d9c7b2f4e6a8--
'''),
    ('sv', 'marketing-automation-repermission-final-report', 'automated', (),
'''Return-Path: <rapporter@mailflow-nordic.se>
Received: from out-03.mailflow-nordic.se (out-03.mailflow-nordic.se [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 1E7A51A0E8
        for <privacy@shop.example.be>; Tue, 30 Jun 2026 07:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailflow-nordic.se;
	s=mf1; t=1782795640; h=from:to:cc:subject:date:message-id;
	bh=U5kQ1nZ8xL3pV7bR0cT4wY9aE2sG6dH1jM5uI8oK3fA=;
	b=bWFpbGZsb3ctbm9yZGljLXJlcG9ydC1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
From: Mailflow Rapporter <rapporter@mailflow-nordic.se>
To: marknad@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Kampanjrapport_=28slutlig=29=3A_=C3=85terbekr=C3=A4ftelse_=22Vill_?=
 =?utf-8?q?du_fortfarande_h=C3=B6ra_fr=C3=A5n_oss=3F=22_=E2=80=93_SE?=
Date: Tue, 30 Jun 2026 07:00:40 +0200
Message-ID: <report.camp-55018.final.20260630050040@mailflow-nordic.se>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Precedence: bulk
Auto-Submitted: auto-generated
X-Mailer: MailflowReports/2.8
X-Mailflow-Account: shop-example-bv
X-Mailflow-Campaign: 55018

Kampanj: Återbekräftelse "Vill du fortfarande höra från oss?" – SE
Kampanj-ID: 55018
Utskick: 2 juni 2026 (påminnelse 16 juni 2026)
Svarsperiod stängd: 29 juni 2026 23:59

RESULTAT
  Skickade                         84 312
  Levererade                       82 947
  Öppnade (unika)                  25 713  (31,0 %)
  Klickade "Ja, jag vill fortsätta"  9 418
  Klickade "Nej tack"               2 201
  Inget svar                       71 328
  Studsar                           1 365

ÅTGÄRDER ENLIGT KAMPANJINSTÄLLNINGAR
  - "Ja": samtycke förnyat; samtyckesloggen uppdaterad med tidsstämpel,
    IP-adress och textversion "nyhetsbrev-samtycke v4.2".
  - "Nej tack": avregistrerade från nyhetsbrev och SMS; transaktionella
    meddelanden (orderbekräftelser, leveransaviseringar) påverkas inte.
  - Inget svar: flyttas till segmentet "Ej återbekräftat" och exkluderas
    från marknadsutskick från och med 1 juli 2026.

Fullständig rapport och export av samtyckesloggen:
https://app.mailflow-nordic.se/reports/campaigns/55018

Detta är en automatisk rapport. Svara inte på detta meddelande.
Ändra mottagare: Inställningar > Rapporter > Prenumerationer.
'''),
    ('sv', 'double-opt-in-confirmation-sent-to-privacy-address', 'automated', (),
'''Return-Path: <bounce-se.8812.d41f@news.shop.example.be>
Received: from mta-se2.esp-nordic.net (mta-se2.esp-nordic.net [203.0.113.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6B0C91A0A2
        for <privacy@shop.example.be>; Tue, 9 Jun 2026 21:47:58 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=news.shop.example.be;
	s=esp1; t=1781034477; h=from:to:subject:date:message-id:mime-version:content-type;
	bh=Fp4Wz9Lm1Xq6Vb3Ct8Rn0Ye5Uk2Hj7Ds4Ag1Ko9Qe3I=;
	b=bmV3cy1zaG9wLWV4YW1wbGUtYmUtZG9pLXNpZ25hdHVyZS1wbGFjZWhvbGRlcg==
From: Shop Example <nyhetsbrev@news.shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Bekr=C3=A4fta_din_prenumeration_p=C3=A5_Shop_Examples_nyhetsbrev?=
Date: Tue, 9 Jun 2026 19:47:57 +0000
Message-ID: <doi.se.8812.d41f.1781034477@news.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_7a0c3e9f2d5b8146e0a7c3f9d2b5e81a"
X-Mailer: ESP Nordic Transactional 5.1
X-ESP-Template: doi-confirm-se-v3

--b1_7a0c3e9f2d5b8146e0a7c3f9d2b5e81a
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej!

N=C3=A5gon (f=C3=B6rhoppningsvis du) har anm=C3=A4lt adressen privacy@shop.=
example.be till Shop Examples nyhetsbrev p=C3=A5 shop.example.be/se.

Anm=C3=A4lan gjordes den 9 juni 2026 kl. 21:47 fr=C3=A5n IP-adress 203.0.11=
3.58 via formul=C3=A4ret "Nyhetsbrev =E2=80=93 sidfot".

Bekr=C3=A4fta din prenumeration h=C3=A4r:
https://news.shop.example.be/se/bekrafta?t=3D8812d41f7c0e

Genom att bekr=C3=A4fta samtycker du till att f=C3=A5 erbjudanden och nyhet=
er via e-post enligt v=C3=A5r integritetspolicy (version 2026-03). Du kan n=
=C3=A4r som helst avregistrera dig eller =C3=A4ndra dina val i inst=C3=A4ll=
ningscentret.

Har du inte anm=C3=A4lt dig? D=C3=A5 beh=C3=B6ver du inte g=C3=B6ra n=C3=A5=
got. Utan bekr=C3=A4ftelse skickar vi inga utskick, och adressen raderas au=
tomatiskt efter 30 dagar.

Det h=C3=A4r mejlet skickades automatiskt och g=C3=A5r inte att besvara.
Shop Example BV
--b1_7a0c3e9f2d5b8146e0a7c3f9d2b5e81a
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Y29sb3I6IzIy
MjtiYWNrZ3JvdW5kOiNmYWZhZmEiPgo8dGFibGUgd2lkdGg9IjEwMCUiIGNlbGxwYWRkaW5nPSIw
IiBjZWxsc3BhY2luZz0iMCI+PHRyPjx0ZCBhbGlnbj0iY2VudGVyIj4KPHRhYmxlIHdpZHRoPSI1
NjAiIHN0eWxlPSJiYWNrZ3JvdW5kOiNmZmY7cGFkZGluZzoyNHB4Ij4KPHRyPjx0ZD4KPGgyIHN0
eWxlPSJtYXJnaW46MCAwIDEycHgiPkJla3LDpGZ0YSBkaW4gcHJlbnVtZXJhdGlvbjwvaDI+Cjxw
Pk7DpWdvbiAoZsO2cmhvcHBuaW5nc3ZpcyBkdSkgaGFyIGFubcOkbHQgPGI+cHJpdmFjeUBzaG9w
LmV4YW1wbGUuYmU8L2I+IHRpbGwgU2hvcCBFeGFtcGxlcyBueWhldHNicmV2LjwvcD4KPHAgc3R5
bGU9ImZvbnQtc2l6ZToxM3B4O2NvbG9yOiM1NTUiPkFubcOkbGFuOiA5IGp1bmkgMjAyNiBrbC4g
MjE6NDcgwrcgSVAgMjAzLjAuMTEzLjU4IMK3IGZvcm11bMOkciAiTnloZXRzYnJldiDigJMgc2lk
Zm90IjwvcD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9uZXdzLnNob3AuZXhhbXBsZS5iZS9zZS9iZWty
YWZ0YT90PTg4MTJkNDFmN2MwZSIgc3R5bGU9ImRpc3BsYXk6aW5saW5lLWJsb2NrO2JhY2tncm91
bmQ6IzExMTtjb2xvcjojZmZmO3BhZGRpbmc6MTJweCAyMnB4O3RleHQtZGVjb3JhdGlvbjpub25l
Ij5KYSwgYmVrcsOkZnRhPC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxM3B4Ij5HZW5vbSBh
dHQgYmVrcsOkZnRhIHNhbXR5Y2tlciBkdSB0aWxsIGF0dCBmw6UgZXJianVkYW5kZW4gb2NoIG55
aGV0ZXIgdmlhIGUtcG9zdCBlbmxpZ3QgdsOlciBpbnRlZ3JpdGV0c3BvbGljeSAodmVyc2lvbiAy
MDI2LTAzKS48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtjb2xvcjojNzc3Ij5IYXIgZHUg
aW50ZSBhbm3DpGx0IGRpZz8gR8O2ciBpbmdlbnRpbmcg4oCTIHV0YW4gYmVrcsOkZnRlbHNlIHNr
aWNrYXIgdmkgaW5nYSB1dHNraWNrIG9jaCBhZHJlc3NlbiByYWRlcmFzIGVmdGVyIDMwIGRhZ2Fy
Ljxicj5EZXQgaMOkciBtZWpsZXQgc2tpY2thZGVzIGF1dG9tYXRpc2t0IG9jaCBnw6VyIGludGUg
YXR0IGJlc3ZhcmEuPC9wPgo8L3RkPjwvdHI+PC90YWJsZT4KPC90ZD48L3RyPjwvdGFibGU+Cjwv
Ym9keT48L2h0bWw+Cg==
--b1_7a0c3e9f2d5b8146e0a7c3f9d2b5e81a--
'''),
    ('sv', 'person-forwards-welcome-mail-discount-code-fails', 'other', (),
'''Return-Path: <elin.sjoberg@brevlada-exempel.se>
Received: from smtp-out.brevlada-exempel.se (smtp-out.brevlada-exempel.se [198.51.100.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id D8E531A0C6
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 12:33:17 +0200 (CEST)
Received: from smtpclient.apple (c-203-0-113-77.bredband.exempel.se [203.0.113.77])
	(Authenticated sender: elin.sjoberg@brevlada-exempel.se)
	by smtp-out.brevlada-exempel.se (Postfix) with ESMTPSA id 51C0E40A7B
	for <privacy@shop.example.be>; Thu, 11 Jun 2026 12:33:16 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: =?utf-8?q?Elin_Sj=C3=B6berg?= <elin.sjoberg@brevlada-exempel.se>
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?q?Fwd=3A_V=C3=A4lkommen_till_Shop_Example_=E2=80=93_h=C3=A4r_=C3=A4r?=
 =?utf-8?q?_din_rabattkod_=F0=9F=8E=89?=
Date: Thu, 11 Jun 2026 12:33:04 +0200
Message-Id: <9E4B7C21-3F58-4A0D-B6E2-71C8D05A3F94@brevlada-exempel.se>
References: <welcome.se.8812.2f90@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

Hej!

Jag hittade bara den h=C3=A4r adressen l=C3=A4ngst ner i mejlet, hoppas det=
 g=C3=A5r bra.

Rabattkoden i v=C3=A4lkomstmejlet (VALKOMMEN15) fungerar inte. I kassan st=
=C3=A5r det =E2=80=9DKoden =C3=A4r ogiltig eller har g=C3=A5tt ut=E2=80=9D.=
 Jag anm=C3=A4lde mig i g=C3=A5r kv=C3=A4ll s=C3=A5 den borde v=C3=A4l g=C3=
=A4lla? Jag vill best=C3=A4lla regnjackan innan helgen.

Tack p=C3=A5 f=C3=B6rhand!
Elin

Skickat fr=C3=A5n min iPhone

B=C3=B6rjan p=C3=A5 vidarebefordrat brev:

> Fr=C3=A5n: Shop Example <nyhetsbrev@news.shop.example.be>
> Datum: 10 juni 2026 kl. 22:05:11 CEST
> Till: elin.sjoberg@brevlada-exempel.se
> =C3=84mne: V=C3=A4lkommen till Shop Example =E2=80=93 h=C3=A4r =C3=A4r di=
n rabattkod =F0=9F=8E=89
>
> V=C3=A4lkommen, Elin!
>
> Tack f=C3=B6r att du bekr=C3=A4ftade din prenumeration. H=C3=A4r =C3=A4r =
din v=C3=A4lkomstrabatt:
>
> 15 % p=C3=A5 ditt f=C3=B6rsta k=C3=B6p med koden VALKOMMEN15
> G=C3=A4ller i 14 dagar p=C3=A5 shop.example.be/se (ej p=C3=A5 reavaror).
>
> Detta =C3=A4r ett automatiskt meddelande.
> Fr=C3=A5gor om dina personuppgifter? Kontakta privacy@shop.example.be
> Avregistrera | Inst=C3=A4llningscenter
'''),
    ('ro', 'partner-helpdesk-ticket-acknowledgement', 'automated', (),
'''Return-Path: <suport@cardplus-parteneri.ro>
Received: from mail-out4.deskflow.io (mail-out4.deskflow.io [203.0.113.154])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2F6D81A0B4
        for <privacy@shop.example.be>; Fri, 3 Jul 2026 10:18:46 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cardplus-parteneri.ro;
	s=deskflow; t=1783066725; h=from:to:subject:date:message-id:in-reply-to:references;
	bh=Nq5Xm0Lp8Zv3Bc6Rt1Yw4Ea9Sk2Hd7Gf0Jj5Ui3Oo8Pe=;
	b=Y2FyZHBsdXMtZGVza2Zsb3ctYWNrLXNpZ25hdHVyZS1wbGFjZWhvbGRlcg==
From: Suport Parteneri CardPlus <suport@cardplus-parteneri.ro>
Reply-To: Suport Parteneri CardPlus <suport+id48213@cardplus-parteneri.ro>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5B=2348213=5D_Am_primit_solicitarea_dumneavoastr=C4=83=3A_Registr?=
 =?utf-8?q?ul_consim=C8=9B=C4=83mintelor_colectate_prin_formularul_partener?=
Date: Fri, 3 Jul 2026 08:18:45 +0000
Message-ID: <ticket.48213.ack.1783066725@cardplus-parteneri.deskflow.io>
In-Reply-To: <priv-out.20260703.ro-partner.19c2@shop.example.be>
References: <priv-out.20260703.ro-partner.19c2@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_66851e65a7c4b_3f2a18d0412f7"
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
X-Deskflow-Ticket-Id: 48213
X-Deskflow-Account: cardplus-parteneri

----==_mimepart_66851e65a7c4b_3f2a18d0412f7
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

V=C4=83 mul=C8=9Bumim pentru mesaj. Solicitarea dumneavoastr=C4=83 a fost =
=C3=AEnregistrat=C4=83 cu num=C4=83rul #48213.

Subiect: Registrul consim=C8=9B=C4=83mintelor colectate prin formularul par=
tener
Departament: Protec=C8=9Bia datelor / Parteneri
Prioritate: normal=C4=83

Un coleg din echipa de protec=C8=9Bie a datelor v=C4=83 va r=C4=83spunde =
=C3=AEn cel mult 3 zile lucr=C4=83toare. Programul nostru este de luni p=C3=
=A2n=C4=83 vineri, 09:00=E2=80=9317:00.

Pentru a ad=C4=83uga informa=C8=9Bii, r=C4=83spunde=C8=9Bi la acest e-mail =
f=C4=83r=C4=83 a modifica subiectul. Nu deschide=C8=9Bi o solicitare nou=C4=
=83 pentru acela=C8=99i subiect.

Acesta este un mesaj generat automat.

Echipa Suport Parteneri CardPlus
CardPlus Loialitate SRL, Str. Academiei 14, Bucure=C8=99ti
----==_mimepart_66851e65a7c4b_3f2a18d0412f7
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<div style=3D"font-family:Verdana,sans-serif;font-size:13px">
<p>Bun=C4=83 ziua,</p>
<p>V=C4=83 mul=C8=9Bumim pentru mesaj. Solicitarea dumneavoastr=C4=83 a fos=
t =C3=AEnregistrat=C4=83 cu num=C4=83rul <b>#48213</b>.</p>
<p>Subiect: Registrul consim=C8=9B=C4=83mintelor colectate prin formularul =
partener<br>Departament: Protec=C8=9Bia datelor / Parteneri<br>Prioritate: =
normal=C4=83</p>
<p>Un coleg din echipa de protec=C8=9Bie a datelor v=C4=83 va r=C4=83spunde=
 =C3=AEn cel mult 3 zile lucr=C4=83toare. Programul nostru este de luni p=
=C3=A2n=C4=83 vineri, 09:00=E2=80=9317:00.</p>
<p>Pentru a ad=C4=83uga informa=C8=9Bii, r=C4=83spunde=C8=9Bi la acest e-ma=
il f=C4=83r=C4=83 a modifica subiectul.</p>
<p style=3D"color:#888">Acesta este un mesaj generat automat.</p>
<p>Echipa Suport Parteneri CardPlus<br>CardPlus Loialitate SRL, Str. Academ=
iei 14, Bucure=C8=99ti</p>
<div style=3D"color:#fff;font-size:1px">[FDX-48213-7Q2]</div>
</div>
----==_mimepart_66851e65a7c4b_3f2a18d0412f7--
'''),
    ('ro', 'qmail-bounce-preference-update-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.ferma-dobre.ro (mail.ferma-dobre.ro [198.51.100.88])
        by mx1.shop.example.be (Postfix) with SMTP id 8A21F1A0D7
        for <privacy@shop.example.be>; Mon, 6 Jul 2026 13:22:06 +0200 (CEST)
Received: (qmail 4711 invoked for bounce); 6 Jul 2026 11:22:05 -0000
Date: 6 Jul 2026 11:22:05 -0000
From: MAILER-DAEMON@mail.ferma-dobre.ro
To: privacy@shop.example.be
Subject: failure notice
Message-ID: <20260706112205.4711.qmail@mail.ferma-dobre.ro>

Hi. This is the qmail-send program at mail.ferma-dobre.ro.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<andrei.popescu@ferma-dobre.ro>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 4702 invoked from network); 6 Jul 2026 11:22:04 -0000
Received: from out1.shop.example.be (192.0.2.25)
  by mail.ferma-dobre.ro with SMTP; 6 Jul 2026 11:22:04 -0000
From: Shop Example <privacy@shop.example.be>
To: andrei.popescu@ferma-dobre.ro
Subject: =?utf-8?q?Confirmare=3A_preferin=C8=9Bele_tale_de_comunicare_au_fost_act?=
 =?utf-8?q?ualizate?=
Date: Mon, 6 Jul 2026 11:22:02 +0000
Message-ID: <pc-saved.20260706.3560231@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83, Andrei,

am salvat preferin=C8=9Bele tale de comunicare:

  Newsletter pe e-mail: DA
  SMS promo=C8=9Bionale: NU
  Notific=C4=83ri push: DA
  Pauz=C4=83 newsletter: 30 de zile (p=C3=A2n=C4=83 la 5 august 2026)

Acesta este un mesaj automat. Nu r=C4=83spunde la acest e-mail.
Shop Example BV
'''),
    ('ro', 'push-platform-weekly-consent-report', 'automated', (),
'''Return-Path: <msprvs1=20438Kq2mXvP=bounces-118204@sparkpostmail.notifica.io>
Received: from mta-eu1-112.sparkpostmail.com (mta-eu1-112.sparkpostmail.com [198.51.100.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 5C3E71A0F5
        for <privacy@shop.example.be>; Mon, 6 Jul 2026 08:00:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=notifica.io;
	s=scph0726; t=1783317618; i=@notifica.io;
	bh=Tz3Lq8Wm1Xp5Vb0Cr7Yn2Ee9Sk4Hd6Gf1Jj8Ui3Oo0Pa=;
	h=To:Message-ID:Date:Content-Type:Subject:From:List-Unsubscribe:
	 List-Unsubscribe-Post:From:To:Cc:Subject;
	b=bm90aWZpY2Etc3Bhcmtwb3N0LXNpZ25hdHVyZS1wbGFjZWhvbGRlci1ybw==
To: privacy@shop.example.be
Message-ID: <3A.4D.20418.2F7C8866@i-0a7c2e19f4b3d8e61.mta1vsmtp.iad7.prd.sparkpost>
Date: Mon, 6 Jul 2026 06:00:18 +0000
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64
MIME-Version: 1.0
Subject: =?utf-8?q?Raport_s=C4=83pt=C4=83m=C3=A2nal_push=3A_abona=C8=9Bi=2C_consim?=
 =?utf-8?q?=C8=9B=C4=83m=C3=A2nt_=C8=99i_dezabon=C4=83ri_=E2=80=93_Shop_Exam?=
 =?utf-8?q?ple_RO?=
From: Notifica <rapoarte@notifica.io>
List-Unsubscribe: <mailto:unsubscribe@notifica.io?subject=weekly-report-shop-example-ro>, <https://app.notifica.io/u/weekly?x=Kq2mXvP>
List-Unsubscribe-Post: List-Unsubscribe=One-Click

PCFkb2N0eXBlIGh0bWw+CjxodG1sIGxhbmc9InJvIj48aGVhZD48bWV0YSBjaGFyc2V0PSJ1dGYt
OCI+PHRpdGxlPlJhcG9ydCBzxINwdMSDbcOibmFsPC90aXRsZT48L2hlYWQ+Cjxib2R5IHN0eWxl
PSJtYXJnaW46MDtwYWRkaW5nOjA7YmFja2dyb3VuZDojZWVmMWY2O2ZvbnQtZmFtaWx5OlJvYm90
byxBcmlhbCxzYW5zLXNlcmlmO2NvbG9yOiMxZjI5MzciPgo8ZGl2IHN0eWxlPSJtYXgtd2lkdGg6
NjAwcHg7bWFyZ2luOjAgYXV0bztiYWNrZ3JvdW5kOiNmZmZmZmY7cGFkZGluZzoyOHB4Ij4KPHAg
c3R5bGU9ImZvbnQtc2l6ZToxMnB4O2NvbG9yOiM2YjcyODAiPkFwbGljYcibaWU6IFNob3AgRXhh
bXBsZSBSTyDCtyBQZXJpb2FkYTogMjkgaXVuaWUg4oCTIDUgaXVsaWUgMjAyNjwvcD4KPGgxIHN0
eWxlPSJmb250LXNpemU6MjJweDttYXJnaW46OHB4IDAgMTZweCI+UmFwb3J0IHPEg3B0xINtw6Ju
YWw6IG5vdGlmaWPEg3JpIHB1c2ggyJlpIGNvbnNpbcibxINtw6JudDwvaDE+Cjx0YWJsZSBzdHls
ZT0id2lkdGg6MTAwJTtmb250LXNpemU6MTRweDtib3JkZXItY29sbGFwc2U6Y29sbGFwc2UiPgo8
dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjZweCAwIj5BYm9uYcibaSBwdXNoIGFjdGl2aTwvdGQ+PHRk
IHN0eWxlPSJ0ZXh0LWFsaWduOnJpZ2h0Ij48Yj41OC40MTI8L2I+ICjiiJIyLjExNCk8L3RkPjwv
dHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6NnB4IDAiPkRlemFib27Eg3JpIGRpbiBzZXTEg3Jp
bGUgc2lzdGVtdWx1aTwvdGQ+PHRkIHN0eWxlPSJ0ZXh0LWFsaWduOnJpZ2h0Ij4xLjczMDwvdGQ+
PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzo2cHggMCI+RGV6YWJvbsSDcmkgZGluIGNlbnRy
dWwgZGUgcHJlZmVyaW7Im2UgZGluIGFwbGljYcibaWU8L3RkPjx0ZCBzdHlsZT0idGV4dC1hbGln
bjpyaWdodCI+Mzg0PC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjZweCAwIj5BYm9u
YcibaSBub2kgKGNvbnNpbcibxINtw6JudCBleHBsaWNpdCDDrm4gYXBsaWNhyJtpZSk8L3RkPjx0
ZCBzdHlsZT0idGV4dC1hbGlnbjpyaWdodCI+NjEyPC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJw
YWRkaW5nOjZweCAwIj5NZXNhamUgaW4tYXBwIGFmaciZYXRlPC90ZD48dGQgc3R5bGU9InRleHQt
YWxpZ246cmlnaHQiPjIxMi45MDU8L3RkPjwvdHI+CjwvdGFibGU+CjxkaXYgc3R5bGU9Im1hcmdp
bjoyMHB4IDA7cGFkZGluZzoxMnB4O2JhY2tncm91bmQ6I2ZlZjNjNztib3JkZXItbGVmdDo0cHgg
c29saWQgI2Y1OWUwYjtmb250LXNpemU6MTNweCI+CjxiPkF0ZW7Im2llIOKAkyB2ZXJpZmljYcib
aSBmbHV4dWwgZGUgY29uc2ltyJvEg23Dom50LjwvYj4gRHVwxIMgYWN0dWFsaXphcmVhIGFwbGlj
YcibaWVpIGxhIHZlcnNpdW5lYSA1LjEyIHBlIEFuZHJvaWQsIDkuMTAyIGRpc3Bveml0aXZlIGF1
IHJhcG9ydGF0IHBlcm1pc2l1bmVhIGRlIG5vdGlmaWNhcmUg4oCeYWNvcmRhdMSD4oCdIGbEg3LE
gyB1biBldmVuaW1lbnQgZGUgY29uc2ltyJvEg23Dom50IMOubnJlZ2lzdHJhdCDDrm4gYXBsaWNh
yJtpZS4gQWNlc3RlIGRpc3Bveml0aXZlIGF1IGZvc3QgZXhjbHVzZSBhdXRvbWF0IGRpbiBzZWdt
ZW50dWwg4oCebWFya2V0aW5n4oCdIHDDom7EgyBsYSBjb25maXJtYXJlLgo8L2Rpdj4KPHAgc3R5
bGU9ImZvbnQtc2l6ZToxNHB4Ij5KdXJuYWx1bCBkZSBjb25zaW3Im8SDbcOibnQgKGRhdMSDLCBv
csSDLCB2ZXJzaXVuZWEgdGV4dHVsdWkgYWZpyJlhdCwgc3Vyc2EpIHBvYXRlIGZpIGV4cG9ydGF0
IGRpbiBjb25zb2zEgzogPGEgaHJlZj0iaHR0cHM6Ly9hcHAubm90aWZpY2EuaW8vYXBwcy9zaG9w
LWV4YW1wbGUtcm8vY29uc2VudC1sb2ciPkV4cG9ydMSDIGp1cm5hbHVsPC9hPi48L3A+CjxociBz
dHlsZT0iYm9yZGVyOm5vbmU7Ym9yZGVyLXRvcDoxcHggc29saWQgI2U1ZTdlYiI+CjxwIHN0eWxl
PSJmb250LXNpemU6MTFweDtjb2xvcjojOWNhM2FmIj5QcmltacibaSBhY2VzdCByYXBvcnQgYXV0
b21hdCBkZW9hcmVjZSBhZHJlc2EgZHVtbmVhdm9hc3RyxIMgZXN0ZSBzZXRhdMSDIGNhIHBlcnNv
YW7EgyBkZSBjb250YWN0IHBlbnRydSBjb25maWRlbsibaWFsaXRhdGUgw65uIHByb2llY3R1bCBT
aG9wIEV4YW1wbGUgUk8uIDxhIGhyZWY9Imh0dHBzOi8vYXBwLm5vdGlmaWNhLmlvL3Uvd2Vla2x5
P3g9S3EybVh2UCI+RGV6YWJvbmFyZSBkZSBsYSByYXBvYXJ0ZWxlIHPEg3B0xINtw6JuYWxlPC9h
Pi48YnI+Tm90aWZpY2EgVGVjaG5vbG9naWVzIFNSTCwgQ2x1ai1OYXBvY2E8L3A+CjwvZGl2Pgo8
aW1nIHNyYz0iaHR0cHM6Ly9jbGljay5ub3RpZmljYS5pby9xL29wZW4/eD1LcTJtWHZQIiB3aWR0
aD0iMSIgaGVpZ2h0PSIxIiBhbHQ9IiI+CjwvYm9keT48L2h0bWw+Cg==
'''),
    ('ro', 'person-objects-to-recommendations-in-order-mail-from-phone', 'objection', (),
'''Return-Path: <ioana.stanescu@asig-carpatica.ro>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2131.outbound.protection.outlook.com [203.0.113.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id A4B9E1A0C3
        for <privacy@shop.example.be>; Thu, 9 Jul 2026 08:41:57 +0200 (CEST)
Received: from PA4PR07MB8120.eurprd07.prod.outlook.com (2603:10a6:102:2bd::7) by
 PA4PR07MB8120.eurprd07.prod.outlook.com with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.7918.19; Thu, 9 Jul 2026 06:41:56 +0000
From: =?utf-8?q?Ioana_St=C4=83nescu?= <ioana.stanescu@asig-carpatica.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
CC: "comenzi@shop.example.be" <comenzi@shop.example.be>
Subject: =?utf-8?q?RE=3A_Comanda_ta_=23RO-558213_a_fost_confirmat=C4=83?=
Thread-Topic: =?utf-8?q?Comanda_ta_=23RO-558213_a_fost_confirmat=C4=83?=
Thread-Index: AQHc8TzqVb1Rn4WkS2mL7xPq0cY3dQ==
Date: Thu, 9 Jul 2026 06:41:56 +0000
Message-ID: <PA4PR07MB81204E2B7C9D1A3F5E60B8C7D2A14@PA4PR07MB8120.eurprd07.prod.outlook.com>
References: <order-conf.RO-558213@shop.example.be>
In-Reply-To: <order-conf.RO-558213@shop.example.be>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_PA4PR07MB81204E2B7C9D1A3F5E60B8C7D2A14PA4PR07MB8120eurp_"
MIME-Version: 1.0

--_000_PA4PR07MB81204E2B7C9D1A3F5E60B8C7D2A14PA4PR07MB8120eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

comanda este =C3=AEn regul=C4=83, nu despre ea v=C4=83 scriu (am pus adresa=
 de confiden=C8=9Bialitate =C3=AEn To, comenzi doar =C3=AEn CC).

=C3=8En confirmarea de comand=C4=83 de mai jos ave=C8=9Bi blocul =E2=80=9E=
=C8=9Ai-ar putea pl=C4=83cea =C8=99i=E2=80=9D cu produse alese dup=C4=83 is=
toricul meu de cump=C4=83r=C4=83turi. Confirmarea =C3=AEn sine o accept, e =
necesar=C4=83. Recomand=C4=83rile personalizate =C3=AEns=C4=83 sunt marketi=
ng, iar eu nu v-am dat acordul pentru marketing; am debifat newsletterul la=
 crearea contului.

M=C4=83 opun folosirii istoricului meu de cump=C4=83r=C4=83turi pentru prof=
ilare =C3=AEn scop de marketing =C8=99i afi=C8=99=C4=83rii de recomand=C4=
=83ri personalizate =C3=AEn e-mailurile tranzac=C8=9Bionale (confirm=C4=83r=
i de comand=C4=83, livrare, facturi). Nu doresc s=C4=83 =C3=AEnchid contul =
=C8=99i nici s=C4=83 renun=C8=9B la cardul de fidelitate.

V=C4=83 rog s=C4=83-mi confirma=C8=9Bi =C3=AEn scris c=C3=A2nd a=C8=9Bi opr=
it acest lucru.

Cu stim=C4=83,
Ioana St=C4=83nescu
Consilier juridic | Asigur=C4=83ri Carpatica SA
T: +40 21 555 7781 | M: +40 722 555 104

Trimis de pe Outlook pentru Android

________________________________
De la: Shop Example <comenzi@shop.example.be>
Trimis: miercuri, iulie 8, 2026 20:14
C=C4=83tre: Ioana Stanescu <ioana.stanescu@asig-carpatica.ro>
Subiect: Comanda ta #RO-558213 a fost confirmat=C4=83

Mul=C8=9Bumim, Ioana! Comanda ta #RO-558213 a fost confirmat=C4=83.

1 x Geac=C4=83 impermeabil=C4=83 dam=C4=83, m=C4=83rimea M =E2=80=93 289,00=
 lei
Livrare: curier, 10=E2=80=9311 iulie 2026
Total: 304,99 lei

=C8=9Ai-ar putea pl=C4=83cea =C8=99i:
- Rucsac urban 22 l =E2=80=93 149,00 lei
- Umbrel=C4=83 pliabil=C4=83 =E2=80=93 59,00 lei
- Cizme de cauciuc =E2=80=93 179,00 lei

Acesta este un e-mail generat automat. Te rug=C4=83m s=C4=83 nu r=C4=83spun=
zi.

________________________________
Acest mesaj, inclusiv eventualele ata=C8=99amente, este confiden=C8=9Bial =
=C8=99i poate con=C8=9Bine informa=C8=9Bii protejate prin lege, inclusiv se=
cret profesional. Este destinat exclusiv persoanei sau entit=C4=83=C8=9Bii =
c=C4=83reia =C3=AEi este adresat. Dac=C4=83 l-a=C8=9Bi primit din gre=C8=99=
eal=C4=83, v=C4=83 rug=C4=83m s=C4=83 =C3=AEl =C8=99terge=C8=9Bi imediat =
=C8=99i s=C4=83 informa=C8=9Bi expeditorul; orice utilizare, copiere sau di=
stribuire neautorizat=C4=83 este interzis=C4=83. Asigur=C4=83ri Carpatica S=
A prelucreaz=C4=83 datele cu caracter personal =C3=AEn conformitate cu Regu=
lamentul (UE) 2016/679. Informa=C8=9Bii: www.asig-carpatica.ro/confidential=
itate. Asigur=C4=83ri Carpatica SA nu =C3=AE=C8=99i asum=C4=83 r=C4=83spund=
erea pentru con=C8=9Binutul mesajelor transmise =C3=AEn nume personal de an=
gaja=C8=9Bii s=C4=83i.
CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential an=
d may be legally privileged. If you are not the intended recipient, please =
notify the sender and delete it. Any unauthorised use, disclosure or copyin=
g is prohibited.
--_000_PA4PR07MB81204E2B7C9D1A3F5E60B8C7D2A14PA4PR07MB8120eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div dir=3D"auto">
<p>Bun=C4=83 ziua,</p>
<p>comanda este =C3=AEn regul=C4=83, nu despre ea v=C4=83 scriu (am pus adr=
esa de confiden=C8=9Bialitate =C3=AEn To, comenzi doar =C3=AEn CC).</p>
<p>=C3=8En confirmarea de comand=C4=83 de mai jos ave=C8=9Bi blocul =E2=80=
=9E=C8=9Ai-ar putea pl=C4=83cea =C8=99i=E2=80=9D cu produse alese dup=C4=83=
 istoricul meu de cump=C4=83r=C4=83turi. Confirmarea =C3=AEn sine o accept,=
 e necesar=C4=83. Recomand=C4=83rile personalizate =C3=AEns=C4=83 sunt mark=
eting, iar eu nu v-am dat acordul pentru marketing; am debifat newsletterul=
 la crearea contului.</p>
<p>M=C4=83 opun folosirii istoricului meu de cump=C4=83r=C4=83turi pentru p=
rofilare =C3=AEn scop de marketing =C8=99i afi=C8=99=C4=83rii de recomand=
=C4=83ri personalizate =C3=AEn e-mailurile tranzac=C8=9Bionale (confirm=C4=
=83ri de comand=C4=83, livrare, facturi). Nu doresc s=C4=83 =C3=AEnchid con=
tul =C8=99i nici s=C4=83 renun=C8=9B la cardul de fidelitate.</p>
<p>V=C4=83 rog s=C4=83-mi confirma=C8=9Bi =C3=AEn scris c=C3=A2nd a=C8=9Bi =
oprit acest lucru.</p>
<p>Cu stim=C4=83,<br>Ioana St=C4=83nescu<br>Consilier juridic | Asigur=C4=
=83ri Carpatica SA<br>T: +40 21 555 7781 | M: +40 722 555 104</p>
<p>Trimis de pe <a href=3D"https://aka.ms/AAb9ysg">Outlook pentru Android</=
a></p>
</div>
<hr style=3D"display:inline-block;width:98%" tabindex=3D"-1">
<div id=3D"divRplyFwdMsg" dir=3D"ltr"><b>De la:</b> Shop Example &lt;comenz=
i@shop.example.be&gt;<br><b>Trimis:</b> miercuri, iulie 8, 2026 20:14<br><b=
>C=C4=83tre:</b> Ioana Stanescu &lt;ioana.stanescu@asig-carpatica.ro&gt;<br=
><b>Subiect:</b> Comanda ta #RO-558213 a fost confirmat=C4=83</div>
<div><p>Mul=C8=9Bumim, Ioana! Comanda ta #RO-558213 a fost confirmat=C4=83.=
</p>
<p>1 x Geac=C4=83 impermeabil=C4=83 dam=C4=83, m=C4=83rimea M =E2=80=93 289=
,00 lei<br>Livrare: curier, 10=E2=80=9311 iulie 2026<br>Total: 304,99 lei</=
p>
<p><b>=C8=9Ai-ar putea pl=C4=83cea =C8=99i:</b><br>Rucsac urban 22 l =E2=80=
=93 149,00 lei<br>Umbrel=C4=83 pliabil=C4=83 =E2=80=93 59,00 lei<br>Cizme d=
e cauciuc =E2=80=93 179,00 lei</p>
<p>Acesta este un e-mail generat automat. Te rug=C4=83m s=C4=83 nu r=C4=83s=
punzi.</p></div>
<hr>
<p style=3D"font-size:8pt;color:#808080">Acest mesaj, inclusiv eventualele =
ata=C8=99amente, este confiden=C8=9Bial =C8=99i poate con=C8=9Bine informa=
=C8=9Bii protejate prin lege, inclusiv secret profesional. Este destinat ex=
clusiv persoanei sau entit=C4=83=C8=9Bii c=C4=83reia =C3=AEi este adresat. =
Dac=C4=83 l-a=C8=9Bi primit din gre=C8=99eal=C4=83, v=C4=83 rug=C4=83m s=C4=
=83 =C3=AEl =C8=99terge=C8=9Bi imediat =C8=99i s=C4=83 informa=C8=9Bi exped=
itorul; orice utilizare, copiere sau distribuire neautorizat=C4=83 este int=
erzis=C4=83. Asigur=C4=83ri Carpatica SA prelucreaz=C4=83 datele cu caracte=
r personal =C3=AEn conformitate cu Regulamentul (UE) 2016/679. Informa=C8=
=9Bii: www.asig-carpatica.ro/confidentialitate. Asigur=C4=83ri Carpatica SA=
 nu =C3=AE=C8=99i asum=C4=83 r=C4=83spunderea pentru con=C8=9Binutul mesaje=
lor transmise =C3=AEn nume personal de angaja=C8=9Bii s=C4=83i.<br>CONFIDEN=
TIALITY NOTICE: This e-mail and any attachments are confidential and may be=
 legally privileged. If you are not the intended recipient, please notify t=
he sender and delete it. Any unauthorised use, disclosure or copying is pro=
hibited.</p>
</body></html>
--_000_PA4PR07MB81204E2B7C9D1A3F5E60B8C7D2A14PA4PR07MB8120eurp_--
'''),
    ('el', 'exchange-onprem-ooo-greek-partner-consent-export', 'automated', (),
'''Return-Path: <>
Received: from mail.agora-partners.gr (mail.agora-partners.gr [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 0D5B21A0A6
        for <privacy@shop.example.be>; Mon, 10 Aug 2026 09:31:08 +0200 (CEST)
Received: from EXCH01.agora.local (10.10.1.21) by EXCH01.agora.local
 (10.10.1.21) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Mon, 10 Aug
 2026 10:31:07 +0300
From: =?utf-8?b?zp3Or866zr/PgiDOkc69z4TPic69zq/Ov8+F?= <n.antoniou@agora-partners.gr>
To: =?utf-8?q?Shop_Example_=E2=80=93_Privacy?= <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOlc6+zrHOs8+JzrM=?=
 =?utf-8?b?zq4gzrHPgc+HzrXOr86/z4Ugz4PPhc6zzrrOsc+EzrHOuM6tz4POtc+Jzr0g4oCT?=
 =?utf-8?b?IM+Dz4XOvc61z4HOs86xz4POr86xIG1hcmtldHBsYWNl?=
Thread-Topic: =?utf-8?b?zpXOvs6xzrPPic6zzq4gzrHPgc+HzrXOr86/z4Ugz4PPhc6zzrrOsc+EzrHOuM6t?=
 =?utf-8?b?z4POtc+Jzr0g4oCTIM+Dz4XOvc61z4HOs86xz4POr86xIG1hcmtldHBsYWNl?=
Thread-Index: AQHc9fL2bKx7Ts0R1kWm4vP8nQyZ3A==
Date: Mon, 10 Aug 2026 07:31:07 +0000
Message-ID: <a3c81f0e7b9d4e25b6a0c2d9f1e47b38@EXCH01.agora.local>
In-Reply-To: <priv-out.20260810.gr-mkt.0e71@shop.example.be>
References: <priv-out.20260810.gr-mkt.0e71@shop.example.be>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Transport-FromEntityHeader: Hosted
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: multipart/alternative;
	boundary="_000_a3c81f0e7b9d4e25b6a0c2d9f1e47b38EXCH01agoralocal_"
MIME-Version: 1.0

--_000_a3c81f0e7b9d4e25b6a0c2d9f1e47b38EXCH01agoralocal_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfOvM6tz4HOsSDPg86xz4IsCgrOlc6vzrzOsc65IM61zrrPhM+Mz4IgzrPPgc6xz4bO
tc6vzr/PhSDOrc+Jz4IgzrrOsc65IM+EzrnPgiAyOCDOkc+FzrPOv8+Nz4PPhM6/z4UgMjAyNiDO
vM61IM+AzrXPgc65zr/Pgc65z4POvM6tzr3OtyDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDOt867
zrXOus+Ez4HOv869zrnOus+MIM+EzrHPh8+FzrTPgc6/zrzOtc6vzr8uCgrOk865zrEgzrjOrc68
zrHPhM6xIM+Az4HOv8+Dz4TOsc+Dzq/Osc+CIM60zrXOtM6/zrzOrc69z4nOvSDOus6xzrkgz4PP
hc6zzrrOsc+EzrHOuM6tz4POtc+Jzr0gz4DOsc+BzrHOus6xzrvPjiDOtc+AzrnOus6/zrnOvc+J
zr3Ors+Dz4TOtSDOvM61IM+Ezr/OvSDOpc+AzrXPjc64z4XOvc6/IM6gz4HOv8+Dz4TOsc+Dzq/O
sc+CIM6UzrXOtM6/zrzOrc69z4nOvSDPg8+Ezr8gZHBvQGFnb3JhLXBhcnRuZXJzLmdyLiDOk865
zrEgzrjOrc68zrHPhM6xIM+Dz4XOvc61z4HOs86xz4POr86xz4IgbWFya2V0cGxhY2UgzrzOtSDP
hM63zr0gzrouIM6czrHPgc6vzrEgzprPic69z4PPhM6xzr3PhM6vzr3Ov8+FIChtLmtvbnN0YW50
aW5vdUBhZ29yYS1wYXJ0bmVycy5ncikuCgrOnM61IM61zrrPhM6vzrzOt8+DzrcsCs6dzq/Ous6/
z4IgzpHOvc+Ez4nOvc6vzr/PhQpBZ29yYSBQYXJ0bmVycyDOkS7OlS4g4oCTIFBhcnRuZXIgT3Bl
cmF0aW9ucwo=
--_000_a3c81f0e7b9d4e25b6a0c2d9f1e47b38EXCH01agoralocal_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjwvaGVhZD4KPGJvZHk+CjxkaXYgc3R5bGU9ImZvbnQt
ZmFtaWx5OkNhbGlicmksQXJpYWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTFwdCI+CjxwPs6azrHO
u863zrzOrc+BzrEgz4POsc+CLDwvcD4KPHA+zpXOr868zrHOuSDOtc66z4TPjM+CIM6zz4HOsc+G
zrXOr86/z4Ugzq3Pic+CIM66zrHOuSDPhM65z4IgMjggzpHPhc6zzr/Pjc+Dz4TOv8+FIDIwMjYg
zrzOtSDPgM61z4HOuc6/z4HOuc+DzrzOrc69zrcgz4DPgc+Mz4POss6xz4POtyDPg8+Ezr8gzrfO
u861zrrPhM+Bzr/Ovc65zrrPjCDPhM6xz4fPhc60z4HOv868zrXOr86/LjwvcD4KPHA+zpPOuc6x
IM64zq3OvM6xz4TOsSDPgM+Bzr/Pg8+EzrHPg86vzrHPgiDOtM61zrTOv868zq3Ovc+Jzr0gzrrO
sc65IM+Dz4XOs866zrHPhM6xzrjOrc+DzrXPic69IM+AzrHPgc6xzrrOsc67z44gzrXPgM65zrrO
v865zr3Pic69zq7Pg8+EzrUgzrzOtSDPhM6/zr0gzqXPgM61z43OuM+Fzr3OvyDOoM+Bzr/Pg8+E
zrHPg86vzrHPgiDOlM61zrTOv868zq3Ovc+Jzr0gz4PPhM6/IGRwb0BhZ29yYS1wYXJ0bmVycy5n
ci4gzpPOuc6xIM64zq3OvM6xz4TOsSDPg8+Fzr3Otc+BzrPOsc+Dzq/Osc+CIG1hcmtldHBsYWNl
IM68zrUgz4TOt869IM66LiDOnM6xz4HOr86xIM6az4nOvc+Dz4TOsc69z4TOr869zr/PhSAobS5r
b25zdGFudGlub3VAYWdvcmEtcGFydG5lcnMuZ3IpLjwvcD4KPHA+zpzOtSDOtc66z4TOr868zrfP
g863LDxicj7Onc6vzrrOv8+CIM6Rzr3PhM+Jzr3Or86/z4U8YnI+QWdvcmEgUGFydG5lcnMgzpEu
zpUuIOKAkyBQYXJ0bmVyIE9wZXJhdGlvbnM8L3A+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K
--_000_a3c81f0e7b9d4e25b6a0c2d9f1e47b38EXCH01agoralocal_--
'''),
    ('el', 'sendmail-bounce-user-unknown-repermission', 'automated', (),
'''Return-Path: <>
Received: from mail.ktima-lefka.gr (mail.ktima-lefka.gr [203.0.113.29])
        by mx1.shop.example.be (Postfix) with ESMTPS id 3E9F41A0B8
        for <privacy@shop.example.be>; Tue, 4 Aug 2026 15:05:32 +0200 (CEST)
Received: from localhost (localhost)
	by mail.ktima-lefka.gr (8.17.1/8.17.1) id 574D5VxA019284;
	Tue, 4 Aug 2026 16:05:31 +0300
Date: Tue, 4 Aug 2026 16:05:31 +0300
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.ktima-lefka.gr>
Message-Id: <202608041305.574D5VxA019284@mail.ktima-lefka.gr>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="574D5VxA019284.1785848731/mail.ktima-lefka.gr"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--574D5VxA019284.1785848731/mail.ktima-lefka.gr

The original message was received at Tue, 4 Aug 2026 16:05:30 +0300
from out1.shop.example.be [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<g.georgiou@ktima-lefka.gr>
    (reason: 550 5.1.1 <g.georgiou@ktima-lefka.gr>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore.ktima-lefka.gr.:
>>> RCPT To:<g.georgiou@ktima-lefka.gr>
<<< 550 5.1.1 <g.georgiou@ktima-lefka.gr>... User unknown
550 5.1.1 <g.georgiou@ktima-lefka.gr>... User unknown

--574D5VxA019284.1785848731/mail.ktima-lefka.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.ktima-lefka.gr
Received-From-MTA: DNS; out1.shop.example.be
Arrival-Date: Tue, 4 Aug 2026 16:05:30 +0300

Final-Recipient: RFC822; g.georgiou@ktima-lefka.gr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.ktima-lefka.gr
Diagnostic-Code: SMTP; 550 5.1.1 <g.georgiou@ktima-lefka.gr>... User unknown
Last-Attempt-Date: Tue, 4 Aug 2026 16:05:31 +0300

--574D5VxA019284.1785848731/mail.ktima-lefka.gr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [192.0.2.25])
	by mail.ktima-lefka.gr (8.17.1/8.17.1) with ESMTPS id 574D5UxA019281
	(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)
	for <g.georgiou@ktima-lefka.gr>; Tue, 4 Aug 2026 16:05:30 +0300
From: Shop Example <privacy@shop.example.be>
To: g.georgiou@ktima-lefka.gr
Subject: =?utf-8?b?zpzOuc6xIM+Dz43Ovc+Ezr/OvM63IM61z4HPjs+EzrfPg863OiDOuM6tzrvOtc+E?=
 =?utf-8?b?zrUgzrHOus+MzrzOtyDOvc6xIM67zrHOvM6yzqzOvc61z4TOtSDPhM6xIM69zq0=?=
 =?utf-8?b?zrEgzrzOsc+COw==?=
Date: Tue, 4 Aug 2026 13:05:28 +0000
Message-ID: <rp-2026-08.gr.5fa3e0.118@news.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_sx_90b2c4"

--574D5VxA019284.1785848731/mail.ktima-lefka.gr--
'''),
    ('el', 'survey-platform-new-unsubscribe-survey-response', 'automated', (),
'''Return-Path: <bounce-md_31184020.66b8a5e2.v1-7f3c0d29a1e84b56@mandrillapp.com>
Received: from mail187-12.suw21.mandrillapp.com (mail187-12.suw21.mandrillapp.com [198.51.100.187])
        by mx1.shop.example.be (Postfix) with ESMTPS id 6A1D31A0E4
        for <privacy@shop.example.be>; Wed, 12 Aug 2026 18:46:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mandrillapp.com;
	s=mandrill; t=1786553162; i=@mandrillapp.com;
	bh=Lw7Qm2Xp0Vb5Cr8Yn3Ee6Sk1Hd4Gf9Jj2Ui7Oo5Pa0T=;
	h=From:Subject:Message-Id:To:Date:MIME-Version:Content-Type;
	b=bWFuZHJpbGwtZGtpbS1wbGFjZWhvbGRlci1zdXJ2ZXlvLWdyZWVr
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=surveyo.gr;
	s=mte1; t=1786553162; i=@surveyo.gr;
	bh=Lw7Qm2Xp0Vb5Cr8Yn3Ee6Sk1Hd4Gf9Jj2Ui7Oo5Pa0T=;
	h=From:Subject:Message-Id:To:Date:MIME-Version:Content-Type;
	b=c3VydmV5by1ncmVlay1ka2ltLXBsYWNlaG9sZGVyLXNpZ25hdHVyZQ==
From: Surveyo <eidopoiiseis@surveyo.gr>
Subject: =?utf-8?b?zp3Orc6xIM6xz4DOrM69z4TOt8+Dzrcgz4PPhM63zr0gzq3Pgc61z4XOvc6xIMKr?=
 =?utf-8?b?zpPOuc6xz4TOryDOtM65zrHOs8+BzrHPhs6uzrrOsc+EzrUgzrHPgM+MIM+Ezr8g?=
 =?utf-8?b?bmV3c2xldHRlcjvCuw==?=
Received: from [198.51.100.9] by mandrillapp.com id 7f3c0d29a1e84b5690c2e1f4a7d3b658; Wed, 12 Aug 2026 16:46:02 +0000
Message-Id: <31184020.20260812164602.66b8a5e2c4f071.93028471@mail187-12.suw21.mandrillapp.com>
To: privacy@shop.example.be
X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com
X-Mandrill-User: md_31184020
Feedback-ID: 31184020:31184020.20260812:md
Date: Wed, 12 Aug 2026 16:46:02 +0000
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_av-Zx4Qm8Lp2Vb7Cr1Yn6Ee0Skw"
List-Unsubscribe: <https://surveyo.gr/account/notifications/off?s=shop-example-gr-unsub>

--_av-Zx4Qm8Lp2Vb7Cr1Yn6Ee0Skw
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zp3Orc6xIM6xz4DOrM69z4TOt8+DzrcKCs6Iz4HOtc+Fzr3OsTogwqvOk865zrHPhM6vIM60zrnO
sc6zz4HOsc+Gzq7Ous6xz4TOtSDOsc+Az4wgz4TOvyBuZXdzbGV0dGVyO8K7IChTaG9wIEV4YW1w
bGUgR1IpCs6Rz4DOrM69z4TOt8+DzrcgIzEuMjg0IMK3IDEyLzA4LzIwMjYgMTk6NDUKzpHOvc6x
zrPOvc+Jz4HOuc+Dz4TOuc66z4wgzrXPgc+Jz4TPjs68zrXOvc6/z4U6IM6xzr3Pjs69z4XOvM6/
ICjOtyDOrc+BzrXPhc69zrEgzrTOtc69IM6xz4DOv864zrfOus61z43Otc65IGVtYWlsKQoKMS4g
zpPOuc6xz4TOryDOtM65zrHOs8+BzrHPhs6uzrrOsc+EzrU7CiAgIOKYkSDOm86xzrzOss6szr3P
iSDPgM6sz4HOsSDPgM6/zrvOu86sIGVtYWlsCiAgIOKYkSDOpM6xIM68zrfOvc+NzrzOsc+EzrEg
zrTOtc69IM68zrUgzrHPhs6/z4HOv8+Nzr0KMi4gzpjOsSDPgM+Bzr/PhM65zrzOv8+Nz4POsc+E
zrUgzrvOuc6zz4zPhM61z4HOsSDOvM63zr3Pjc68zrHPhM6xIM6xzr3PhM6vIM6zzrnOsSDOtM65
zrHOs8+BzrHPhs6uOwogICDOjM+HzrkKMy4gzpjOrc67zrXPhM61IM69zrEgzrvOsc68zrLOrM69
zrXPhM61IM68z4zOvc6/IM61zrnOtM6/z4DOv865zq7Pg861zrnPgiDOs865zrEgz4TOuc+CIM+A
zrHPgc6xzrPOs861zrvOr861z4Igz4POsc+COwogICDOnc6xzrkKNC4gzqPPh8+MzrvOuc6xOgog
ICDCq86kz4HOr86xIGVtYWlsIM+EzrfOvSDOtc6yzrTOv868zqzOtM6xIM61zq/Ovc6xzrkgz4DO
v867zrvOrC7CuwoKzpTOtc6vz4TOtSDPjM67zrXPgiDPhM65z4IgzrHPgM6xzr3PhM6uz4POtc65
z4I6IGh0dHBzOi8vc3VydmV5by5nci9zL3Nob3AtZXhhbXBsZS1nci11bnN1Yi9yZXN1bHRzCs6b
zrHOvM6yzqzOvc61z4TOtSDOsc+Fz4TOriDPhM63zr0gzrXOuc60zr/PgM6/zq/Ot8+DzrcgzrXP
gM61zrnOtM6uIM61zr3Otc+BzrPOv8+Azr/Ouc6uz4POsc+EzrUgz4TOt869IM61z4DOuc67zr/O
s86uIMKrRW1haWwgz4POtSDOus6szrjOtSDOvc6tzrEgzrHPgM6szr3PhM63z4POt8K7LgrOkc+F
z4TPjCDPhM6/IM68zq7Ovc+FzrzOsSDPg8+EzqzOu864zrfOus61IM6xz4XPhM+MzrzOsc+EzrEg
4oCTIM68zrfOvSDOsc+AzrHOvc+Ezq7Pg861z4TOtS4K
--_av-Zx4Qm8Lp2Vb7Cr1Yn6Ee0Skw
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Y29sb3I6IzIy
MiI+CjxoMyBzdHlsZT0iY29sb3I6IzViMmE4NiI+zp3Orc6xIM6xz4DOrM69z4TOt8+Dzrc8L2gz
Pgo8cD7OiM+BzrXPhc69zrE6IDxiPsKrzpPOuc6xz4TOryDOtM65zrHOs8+BzrHPhs6uzrrOsc+E
zrUgzrHPgM+MIM+Ezr8gbmV3c2xldHRlcjvCuzwvYj4gKFNob3AgRXhhbXBsZSBHUik8YnI+Cs6R
z4DOrM69z4TOt8+DzrcgIzEuMjg0IMK3IDEyLzA4LzIwMjYgMTk6NDUgwrcgzrHOvc+Ozr3Phc68
zr/PgiDOtc+Bz4nPhM+OzrzOtc69zr/PgjwvcD4KPG9sPgo8bGk+zpPOuc6xz4TOryDOtM65zrHO
s8+BzrHPhs6uzrrOsc+EzrU7IDxiPs6bzrHOvM6yzqzOvc+JIM+AzqzPgc6xIM+Azr/Ou867zqwg
ZW1haWwgwrcgzqTOsSDOvM63zr3Pjc68zrHPhM6xIM60zrXOvSDOvM61IM6xz4bOv8+Bzr/Pjc69
PC9iPjwvbGk+CjxsaT7OmM6xIM+Az4HOv8+EzrnOvM6/z43Pg86xz4TOtSDOu865zrPPjM+EzrXP
gc6xIM68zrfOvc+NzrzOsc+EzrEgzrHOvc+Ezq8gzrPOuc6xIM60zrnOsc6zz4HOsc+Gzq47IDxi
Ps6Mz4fOuTwvYj48L2xpPgo8bGk+zpjOrc67zrXPhM61IM69zrEgzrvOsc68zrLOrM69zrXPhM61
IM68z4zOvc6/IM61zrnOtM6/z4DOv865zq7Pg861zrnPgiDOs865zrEgz4TOuc+CIM+AzrHPgc6x
zrPOs861zrvOr861z4Igz4POsc+COyA8Yj7Onc6xzrk8L2I+PC9saT4KPGxpPs6jz4fPjM67zrnO
sTogPGk+wqvOpM+Bzq/OsSBlbWFpbCDPhM63zr0gzrXOss60zr/OvM6szrTOsSDOtc6vzr3Osc65
IM+Azr/Ou867zqwuwrs8L2k+PC9saT4KPC9vbD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9zdXJ2ZXlv
LmdyL3Mvc2hvcC1leGFtcGxlLWdyLXVuc3ViL3Jlc3VsdHMiPs6MzrvOtc+CIM6/zrkgzrHPgM6x
zr3PhM6uz4POtc65z4I8L2E+PC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6Izg4
OCI+zpvOsc68zrLOrM69zrXPhM61IM6xz4XPhM6uIM+EzrfOvSDOtc65zrTOv8+Azr/Or863z4PO
tyDOtc+AzrXOuc60zq4gzrXOvc61z4HOs86/z4DOv865zq7Pg86xz4TOtSDPhM63zr0gzrXPgM65
zrvOv86zzq4gwqtFbWFpbCDPg861IM66zqzOuM61IM69zq3OsSDOsc+AzqzOvc+EzrfPg863wrsu
IM6Rz4XPhM+MIM+Ezr8gzrzOrs69z4XOvM6xIM+Dz4TOrM67zrjOt866zrUgzrHPhc+Ez4zOvM6x
z4TOsSDigJMgzrzOt869IM6xz4DOsc69z4TOrs+DzrXPhM61LjwvcD4KPC9ib2R5PjwvaHRtbD4K
--_av-Zx4Qm8Lp2Vb7Cr1Yn6Ee0Skw--
'''),
    ('el', 'parent-forwards-app-welcome-mail-of-minor-asks-deletion', 'deletion', ('withdraw_consent',),
'''Return-Path: <eleni.papadopoulou@mail-ellada.gr>
Received: from smtp.mail-ellada.gr (smtp.mail-ellada.gr [203.0.113.95])
        by mx1.shop.example.be (Postfix) with ESMTPS id F17C81A0D2
        for <privacy@shop.example.be>; Tue, 18 Aug 2026 22:14:40 +0200 (CEST)
Received: from [10.112.40.7] (unknown [203.0.113.96])
	(Authenticated sender: eleni.papadopoulou@mail-ellada.gr)
	by smtp.mail-ellada.gr (Postfix) with ESMTPSA id 8B2E73C01F
	for <privacy@shop.example.be>; Tue, 18 Aug 2026 23:14:39 +0300 (EEST)
Date: Tue, 18 Aug 2026 23:14:31 +0300
Subject: =?utf-8?b?RndkOiDOms6xzrvPjs+CIM6uz4HOuM61z4Igz4PPhM6/IFNob3AgRXhhbXBsZSBD?=
 =?utf-8?b?bHViLCDOlM63zrzOrs+Ez4HOtyEg8J+OiQ==?=
Message-ID: <3q7x9kb2m1w4tz8y5r0pnc6v.1787084071422@email.android.com>
Importance: normal
From: =?utf-8?b?zpXOu86tzr3OtyDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4U=?= <eleni.papadopoulou@mail-ellada.gr>
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgi4KCs6fIM6zzrnOv8+CIM68zr/PhSDOvyDOlM63zrzO
rs+Ez4HOt8+CIM61zq/Ovc6xzrkgMTQgzrXPhM+Ozr0uIM6nz4nPgc6vz4Igzr3OsSDOvM6xz4Ig
z4HPic+Ezq7Pg861zrkgzrrOsc+Ezq3Oss6xz4POtSDPhM63zr0gzrXPhs6xz4HOvM6/zrPOriDP
g86xz4IsIM6tz4bPhM65zrHOvs61IM67zr/Os86xz4HOuc6xz4POvM+MIM68zrUgz4TOvyDOtM65
zrrPjCDPhM6/z4UgZW1haWwgKGRpbWl0cmlzLnAyMDEyQG1haWwtZWxsYWRhLmdyKSDOus6xzrkg
z4DOrM+EzrfPg861IMKrzp3Osc65wrsgz4POtSDPjM67zrE6IG5ld3NsZXR0ZXIsIM61zrnOtM6/
z4DOv865zq7Pg861zrnPgiBwdXNoLCDPgM+Bzr/Pg8+Jz4DOv8+Azr/Ouc63zrzOrc69zrXPgiDP
gM+Bzr/Pg8+Gzr/Pgc6tz4IuIM6VzrzOtc6vz4Igz4nPgiDOs86/zr3Otc6vz4IgzrTOtc69IM60
z47Pg86xzrzOtSDPgM6/z4TOrSDPg8+FzrPOus6xz4TOrM64zrXPg863LiDOpM6/z4Ugz4DPgc6/
z47OuM63z4POsSDPhM6/IM+AzrHPgc6xzrrOrM+Ez4kgzrzOrs69z4XOvM6xIM6xz4DPjCDPhM6/
IM66zrnOvc63z4TPjCDPhM6/z4UuCgrOoM6xz4HOsc66zrHOu8+OIM60zrnOsc6zz4HOrM+Iz4TO
tSDPhM6/zr0gzrvOv86zzrHPgc65zrHPg868z4wgz4TOv8+FIM66zrHOuSDPjM67zrEgz4TOsSDO
tM61zrTOv868zq3Ovc6xIM+Ezr/PhSAoZW1haWwsIM63zrzOtc+Bzr/OvM63zr3Or86xIM6zzq3O
vc69zrfPg863z4Igz4DOv8+FIM60zq7Ou8+Jz4POtSwgzrnPg8+Ezr/Pgc65zrrPjCDPgM61z4HO
uc6uzrPOt8+DzrfPgiDOus6xzrkgzrHOs86/z4HPjs69IM+Dz4TOt869IM61z4bOsc+BzrzOv86z
zq4pIM66zrHOuSDPg8+EzrHOvM6xz4TOrs+Dz4TOtSDOus6szrjOtSDOvM6uzr3Phc68zrEgzrrO
sc65IM61zrnOtM6/z4DOv86vzrfPg863IM+Az4HOv8+CIM6xz4XPhM+Mzr0uIM6Vzr3Ot868zrXP
gc+Oz4PPhM61IM68zrUgz4POtSDOsc+Fz4TPjCDPhM6/IGVtYWlsIM+Mz4TOsc69IM6zzq/Ovc61
zrkuCgrOlc67zq3Ovc63IM6gzrHPgM6xzrTOv8+Azr/Pjc67zr/PhSAozrzOt8+Ezq3Pgc6xKQrO
pM63zrsuIDY5NCA1NTUgMjE4NwoKCgrOo8+EzqzOu864zrfOus61IM6xz4DPjCDPhM6/IEdhbGF4
eSDOvM6/z4UKCgotLS0tLS0tLSDOkc+Bz4fOuc66z4wgzrzOrs69z4XOvM6xIC0tLS0tLS0tCs6R
z4DPjDogU2hvcCBFeGFtcGxlIDxhcHBAbmV3cy5zaG9wLmV4YW1wbGUuYmU+Cs6XzrzOtc+Bzr/O
vM63zr3Or86xOiAxNi84LzI2IDE0OjAyIChHTVQrMDI6MDApCs6gz4HOv8+COiBkaW1pdHJpcy5w
MjAxMkBtYWlsLWVsbGFkYS5ncgrOmM6tzrzOsTogzprOsc67z47PgiDOrs+BzrjOtc+CIM+Dz4TO
vyBTaG9wIEV4YW1wbGUgQ2x1YiwgzpTOt868zq7PhM+BzrchIPCfjokKCs6TzrXOuc6xIM+Dzr/P
hSDOlM63zrzOrs+Ez4HOtyEKCs6fIM67zr/Os86xz4HOuc6xz4POvM+Mz4Igz4POv8+FIM61zq/O
vc6xzrkgzq3PhM6/zrnOvM6/z4IuIM6Iz4fOtc65z4IgzrXOvc61z4HOs86/z4DOv865zq7Pg861
zrk6CuKclCBOZXdzbGV0dGVyIM68zrUgz4DPgc6/z4PPhs6/z4HOrc+CCuKclCDOlc65zrTOv8+A
zr/Ouc6uz4POtc65z4IgcHVzaArinJQgzqDPgc6/z4PPic+Azr/PgM6/zrnOt868zq3Ovc61z4Ig
z4DPgc6/z4TOrM+DzrXOuc+CCgrOnM+Azr/Pgc61zq/PgiDOvc6xIM6xzrvOu86szr7Otc65z4Ig
z4TOuc+CIM61z4DOuc67zr/Os86tz4Igz4POv8+FIM6xz4DPjCDPhM6/IM6gz4HOv8+Gzq/OuyA+
IM6hz4XOuM68zq/Pg861zrnPgiDOtc+AzrnOus6/zrnOvc+Jzr3Or86xz4IuCgrOkc+Fz4TPjCDP
hM6/IM68zq7Ovc+FzrzOsSDOtM63zrzOuc6/z4XPgc6zzq7OuM63zrrOtSDOsc+Fz4TPjM68zrHP
hM6xLiDOnM63zr0gzrHPgM6xzr3PhM6sz4TOtS4KU2hvcCBFeGFtcGxlIEJWCg==
'''),
    ('bg', 'dovecot-sieve-vacation-reply-to-consent-confirmation', 'automated', (),
'''Return-Path: <>
Received: from mail.hotel-rila-example.bg (mail.hotel-rila-example.bg [198.51.100.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 9B3A01A0C1
        for <privacy@shop.example.be>; Mon, 7 Sep 2026 11:20:15 +0200 (CEST)
Received: by mail.hotel-rila-example.bg (Postfix, from userid 5000)
	id 7C2E13A04D; Mon,  7 Sep 2026 12:20:14 +0300 (EEST)
Message-ID: <dovecot-sieve-1788772814-391284-0@mail.hotel-rila-example.bg>
Date: Mon, 07 Sep 2026 12:20:14 +0300
From: =?utf-8?b?0KHRgtC+0Y/QvSDQlNC40LzQuNGC0YDQvtCy?= <s.dimitrov@hotel-rila-example.bg>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0bzog0J/QvtGC0LLRitGA0LTQtdGC0LUg0YHRitCz0LvQsNGB0LjQtdGC0L4g?=
 =?utf-8?b?0YHQuCDQt9CwINGC0YrRgNCz0L7QstGB0LrQuCDRgdGK0L7QsdGJ0LXQvdC40Y8=?=
In-Reply-To: <rp-2026-09.bg.a47c12@news.shop.example.be>
References: <rp-2026-09.bg.a47c12@news.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Здравейте,

в отпуск съм до 21 септември 2026 г. и няма да чета пощата си редовно.
Писмото Ви няма да бъде препратено.

За резервации: reservations@hotel-rila-example.bg, тел. +359 74 555 210.

Поздрави,
Стоян Димитров
Хотел „Рила Парк“
'''),
    ('bg', 'esp-subscriber-preferences-changed-event-notice', 'automated', (),
'''Return-Path: <notify-bounces@bg.pismoto-esp.com>
Received: from smtp2.pismoto-esp.com (smtp2.pismoto-esp.com [203.0.113.208])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4C7E21A0F9
        for <privacy@shop.example.be>; Tue, 8 Sep 2026 18:42:19 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pismoto-esp.com;
	s=n2026; t=1788885738; h=from:to:subject:date:message-id:mime-version;
	bh=Pq6Rm1Xz4Vb9Ct2Yn7Ee0Sk5Hd8Gf3Jj6Ui1Oo4Pa7W=;
	b=cGlzbW90by1lc3Atbm90aWZ5LXNpZ25hdHVyZS1wbGFjZWhvbGRlci1iZw==
From: =?utf-8?b?0J/QuNGB0LzQvtGC0L4g4oCTINC40LfQstC10YHRgtC40Y8=?= <izvestia@pismoto-esp.com>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JDQsdC+0L3QsNGCINC/0YDQvtC80LXQvdC4INC/0YDQtdC00L/QvtGH0LjRgtCw?=
 =?utf-8?b?0L3QuNGP0YLQsCDRgdC4IOKAkyDRgdC/0LjRgdGK0Log4oCe0JHRjtC70LXRgtC4?=
 =?utf-8?b?0L0gQkfigJw=?=
Date: Tue, 8 Sep 2026 19:42:18 +0300
Message-ID: <evt.pref-change.20260908164218.7731.bg@pismoto-esp.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Pismoto Event Notifier 1.9
X-Pismoto-Event: subscriber.preferences_changed

Събитие: Промяна на предпочитания
Акаунт: Shop Example BV
Списък: Бюлетин BG (ID 7731)
Абонат: m.i***@abv-primer.bg (ID 5510948)

Промени:
  Имейл бюлетин:          да → да
  SMS известия:           да → не
  Push известия:          не → не
  Честота:                седмично → месечно
  Пауза на изпращането:   няма → 30 дни (до 08.10.2026)

Източник: център за предпочитания (shop.example.be/bg/preferences)
IP адрес: 203.0.113.91
Време: 08.09.2026 19:42:11 EEST
Версия на текста за съгласие: BG-2026-03

Записът е добавен към дневника на съгласията на абоната.

Това съобщение е изпратено автоматично, защото сте абонирани за събитието
„subscriber.preferences_changed“. Не отговаряйте на него.
Настройки на известията: https://app.pismoto-esp.com/settings/events
'''),
    ('bg', 'cmp-monthly-consent-log-report-with-csv', 'automated', (),
'''Return-Path: <reports@consentbox.eu>
Received: from mx-out2.consentbox.eu (mx-out2.consentbox.eu [198.51.100.222])
        by mx1.shop.example.be (Postfix) with ESMTPS id 8E5D61A0A9
        for <privacy@shop.example.be>; Tue, 1 Sep 2026 05:00:47 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=consentbox.eu;
	s=rep1; t=1788231646; h=from:to:subject:date:message-id:mime-version:content-type;
	bh=Xa3Qm8Lp1Vb6Cr0Yn5Ee9Sk2Hd7Gf4Jj1Ui8Oo3Pa6M=;
	b=Y29uc2VudGJveC1tb250aGx5LXJlcG9ydC1zaWduYXR1cmUtcGxhY2Vob2xkZXI=
From: ConsentBox Reports <reports@consentbox.eu>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JzQtdGB0LXRh9C10L0g0L7RgtGH0LXRgiDQt9CwINC00L3QtdCy0L3QuNC60LAg?=
 =?utf-8?b?0L3QsCDRgdGK0LPQu9Cw0YHQuNGP0YLQsCDigJMg0LDQstCz0YPRgdGCIDIwMjYg?=
 =?utf-8?b?KFNob3AgRXhhbXBsZSBCRyk=?=
Date: Tue, 1 Sep 2026 03:00:46 +0000
Message-ID: <monthly.2026-08.ws-3391.bg@reports.consentbox.eu>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="cbx-mixed-3391-202608"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-ConsentBox-Workspace: 3391

--cbx-mixed-3391-202608
Content-Type: multipart/alternative; boundary="cbx-alt-3391-202608"

--cbx-alt-3391-202608
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

=D0=9C=D0=B5=D1=81=D0=B5=D1=87=D0=B5=D0=BD =D0=BE=D1=82=D1=87=D0=B5=D1=82 =
=D0=B7=D0=B0 =D0=B4=D0=BD=D0=B5=D0=B2=D0=BD=D0=B8=D0=BA=D0=B0 =D0=BD=D0=B0 =
=D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F=D1=82=D0=B0
=D0=A0=D0=B0=D0=B1=D0=BE=D1=82=D0=BD=D0=BE =D0=BF=D1=80=D0=BE=D1=81=D1=82=
=D1=80=D0=B0=D0=BD=D1=81=D1=82=D0=B2=D0=BE: Shop Example BG (3391)
=D0=9F=D0=B5=D1=80=D0=B8=D0=BE=D0=B4: 01.08.2026 =E2=80=93 31.08.2026

=D0=91=D0=B0=D0=BD=D0=B5=D1=80 =D0=B7=D0=B0 =D0=B1=D0=B8=D1=81=D0=BA=D0=B2=
=D0=B8=D1=82=D0=BA=D0=B8
  =D0=9F=D0=BE=D0=BA=D0=B0=D0=B7=D0=B2=D0=B0=D0=BD=D0=B8=D1=8F: 412 880
  =E2=80=9E=D0=9F=D1=80=D0=B8=D0=B5=D0=BC=D0=B0=D0=BC =D0=B2=D1=81=D0=B8=D1=
=87=D0=BA=D0=B8=E2=80=9C: 61 %   =E2=80=9E=D0=A1=D0=B0=D0=BC=D0=BE =D0=BD=
=D0=B5=D0=BE=D0=B1=D1=85=D0=BE=D0=B4=D0=B8=D0=BC=D0=B8=D1=82=D0=B5=E2=80=9C=
: 27 %   =E2=80=9E=D0=9D=D0=B0=D1=81=D1=82=D1=80=D0=BE=D0=B9=D0=BA=D0=B8=E2=
=80=9C: 12 %

=D0=A1=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D1=8F =D0=B7=D0=B0 =D0=BC=D0=B0=
=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3 (=D0=B8=D0=BC=D0=B5=D0=B9=D0=BB,=
 SMS, push)
  =D0=94=D0=B0=D0=B4=D0=B5=D0=BD=D0=B8: 4 217 (=D1=83=D0=B5=D0=B1=D1=84=D0=
=BE=D1=80=D0=BC=D1=83=D0=BB=D1=8F=D1=80 2 904, =D0=BF=D1=80=D0=B8=D0=BB=D0=
=BE=D0=B6=D0=B5=D0=BD=D0=B8=D0=B5 981, =D0=BA=D0=B0=D1=81=D0=B0 =D0=B2 =D0=
=BC=D0=B0=D0=B3=D0=B0=D0=B7=D0=B8=D0=BD 332)
  =D0=9E=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D0=B5=D0=BD=D0=B8: 1 508
  =D0=98=D0=B7=D1=82=D0=B5=D0=BA=D0=BB=D0=B8 (=D0=B1=D0=B5=D0=B7 =D0=BF=D0=
=BE=D0=B2=D1=82=D0=BE=D1=80=D0=BD=D0=BE =D0=BF=D0=BE=D1=82=D0=B2=D1=8A=D1=
=80=D0=B6=D0=B4=D0=B5=D0=BD=D0=B8=D0=B5 =D1=81=D0=BB=D0=B5=D0=B4 24 =D0=BC=
=D0=B5=D1=81=D0=B5=D1=86=D0=B0): 640

=D0=92=D0=B0=D0=B6=D0=BD=D0=BE: 118 =D0=B7=D0=B0=D0=BF=D0=B8=D1=81=D0=B0 =
=D0=BE=D1=82 =D0=BA=D0=B0=D1=81=D0=B0 =D0=B2 =D0=BC=D0=B0=D0=B3=D0=B0=D0=B7=
=D0=B8=D0=BD =D0=BD=D1=8F=D0=BC=D0=B0=D1=82 =D0=B2=D0=B5=D1=80=D1=81=D0=B8=
=D1=8F =D0=BD=D0=B0 =D1=82=D0=B5=D0=BA=D1=81=D1=82=D0=B0 =D0=B7=D0=B0 =D1=
=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5. =D0=9F=D1=80=D0=BE=D0=B2=D0=
=B5=D1=80=D0=B5=D1=82=D0=B5 =D0=BA=D0=BE=D0=BD=D1=84=D0=B8=D0=B3=D1=83=D1=
=80=D0=B0=D1=86=D0=B8=D1=8F=D1=82=D0=B0 =D0=BD=D0=B0 =D0=BA=D0=B0=D1=81=D0=
=BE=D0=B2=D0=B8=D1=82=D0=B5 =D1=82=D0=B5=D1=80=D0=BC=D0=B8=D0=BD=D0=B0=D0=
=BB=D0=B8.

=D0=9F=D1=8A=D0=BB=D0=BD=D0=B8=D1=8F=D1=82 =D0=B4=D0=BD=D0=B5=D0=B2=D0=BD=
=D0=B8=D0=BA =D0=B7=D0=B0 =D0=BF=D0=B5=D1=80=D0=B8=D0=BE=D0=B4=D0=B0 =D0=B5=
 =D0=BF=D1=80=D0=B8=D0=BB=D0=BE=D0=B6=D0=B5=D0=BD =D0=BA=D0=B0=D1=82=D0=BE =
CSV (=D1=81=D0=B0=D0=BC=D0=BE =D0=BF=D1=8A=D1=80=D0=B2=D0=B8=D1=82=D0=B5 =
=D1=80=D0=B5=D0=B4=D0=BE=D0=B2=D0=B5 =D1=81=D0=B0 =D0=BF=D0=BE=D0=BA=D0=B0=
=D0=B7=D0=B0=D0=BD=D0=B8 =D0=B2 =D0=BF=D1=80=D0=B8=D0=BA=D0=B0=D1=87=D0=B5=
=D0=BD=D0=B8=D1=8F =D1=84=D0=B0=D0=B9=D0=BB, =D0=BF=D1=8A=D0=BB=D0=BD=D0=B8=
=D1=8F=D1=82 =D0=B5=D0=BA=D1=81=D0=BF=D0=BE=D1=80=D1=82 =D0=B5 =D0=B2 =D0=
=BA=D0=BE=D0=BD=D0=B7=D0=BE=D0=BB=D0=B0=D1=82=D0=B0).

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5. =D0=9D=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=
=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=
=D0=BB.
ConsentBox =C2=B7 consentbox.eu
--cbx-alt-3391-202608
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIwMjMyYSI+CjxoMiBzdHlsZT0ibWFyZ2luLWJvdHRvbTo0cHgiPtCc0LXR
gdC10YfQtdC9INC+0YLRh9C10YIg0LfQsCDQtNC90LXQstC90LjQutCwINC90LAg0YHRitCz0LvQ
sNGB0LjRj9GC0LA8L2gyPgo8cCBzdHlsZT0iY29sb3I6IzY2NjttYXJnaW4tdG9wOjAiPlNob3Ag
RXhhbXBsZSBCRyAoMzM5MSkgwrcgMDEuMDguMjAyNiDigJMgMzEuMDguMjAyNjwvcD4KPGg0PtCR
0LDQvdC10YAg0LfQsCDQsdC40YHQutCy0LjRgtC60Lg8L2g0Pgo8cD7Qn9C+0LrQsNC30LLQsNC9
0LjRjzogNDEyIDg4MCDCtyDigJ7Qn9GA0LjQtdC80LDQvCDQstGB0LjRh9C60LjigJwgNjEgJSDC
tyDigJ7QodCw0LzQviDQvdC10L7QsdGF0L7QtNC40LzQuNGC0LXigJwgMjcgJSDCtyDigJ7QndCw
0YHRgtGA0L7QudC60LjigJwgMTIgJTwvcD4KPGg0PtCh0YrQs9C70LDRgdC40Y8g0LfQsCDQvNCw
0YDQutC10YLQuNC90LM8L2g0Pgo8dGFibGUgY2VsbHBhZGRpbmc9IjQiIHN0eWxlPSJib3JkZXIt
Y29sbGFwc2U6Y29sbGFwc2UiPgo8dHI+PHRkPtCU0LDQtNC10L3QuDwvdGQ+PHRkPjxiPjQgMjE3
PC9iPjwvdGQ+PC90cj4KPHRyPjx0ZD7QntGC0YLQtdCz0LvQtdC90Lg8L3RkPjx0ZD48Yj4xIDUw
ODwvYj48L3RkPjwvdHI+Cjx0cj48dGQ+0JjQt9GC0LXQutC70Lg8L3RkPjx0ZD48Yj42NDA8L2I+
PC90ZD48L3RyPgo8L3RhYmxlPgo8cCBzdHlsZT0iYmFja2dyb3VuZDojZmRlY2VhO3BhZGRpbmc6
OHB4Ij7QktCw0LbQvdC+OiAxMTgg0LfQsNC/0LjRgdCwINC+0YIg0LrQsNGB0LAg0LIg0LzQsNCz
0LDQt9C40L0g0L3Rj9C80LDRgiDQstC10YDRgdC40Y8g0L3QsCDRgtC10LrRgdGC0LAg0LfQsCDR
gdGK0LPQu9Cw0YHQuNC1LjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM5OTki
PtCi0L7QstCwINC1INCw0LLRgtC+0LzQsNGC0LjRh9C90L4g0YHRitC+0LHRidC10L3QuNC1LiDQ
ndC1INC+0YLQs9C+0LLQsNGA0Y/QudGC0LUg0L3QsCDRgtC+0LfQuCDQuNC80LXQudC7LjwvcD4K
PC9ib2R5PjwvaHRtbD4K
--cbx-alt-3391-202608--

--cbx-mixed-3391-202608
Content-Type: text/csv; charset=utf-8; name="consent-log-2026-08-sample.csv"
Content-Disposition: attachment; filename="consent-log-2026-08-sample.csv"
Content-Transfer-Encoding: base64

c3ViamVjdF9pZCxjaGFubmVsLGFjdGlvbix0aW1lc3RhbXBfdXRjLHNvdXJjZSxpcCx0ZXh0X3Zl
cnNpb24KY2JfOWYzMWE3ZTIsZW1haWwsZ3JhbnRlZCwyMDI2LTA4LTAxVDA2OjE0OjIyWix3ZWJf
Zm9ybSwyMDMuMC4xMTMuMTQsQkctMjAyNi0wMwpjYl80YzgyZDAxNSxzbXMsd2l0aGRyYXduLDIw
MjYtMDgtMDFUMDk6NDE6MDdaLHByZWZlcmVuY2VfY2VudHJlLDE5OC41MS4xMDAuMjAzLEJHLTIw
MjYtMDMKY2JfNzdlMGIzYTkscHVzaCxncmFudGVkLDIwMjYtMDgtMDJUMTc6MDM6NTVaLGFwcF9h
bmRyb2lkLDIwMy4wLjExMy4xODgsQVBQLTUuMTIKY2JfMWE2ZjkyYzQsZW1haWwsZ3JhbnRlZCwy
MDI2LTA4LTAzVDEyOjI3OjQwWixwb3NfcGxvdmRpdl8wMiwsCmNiX2QyMDVlODdiLGVtYWlsLGV4
cGlyZWQsMjAyNi0wOC0wNFQwMDowMDowMFosc3lzdGVtLCxCRy0yMDI0LTAxCg==
--cbx-mixed-3391-202608--
'''),
    ('bg', 'person-disputes-till-consent-asks-restriction-thunderbird', 'restriction', (),
'''Return-Path: <rosi.georgieva@poshta-primer.bg>
Received: from smtp.poshta-primer.bg (smtp.poshta-primer.bg [203.0.113.170])
        by mx1.shop.example.be (Postfix) with ESMTPS id 2D9C41A0B5
        for <privacy@shop.example.be>; Mon, 14 Sep 2026 20:08:44 +0200 (CEST)
Received: from [192.168.1.34] (unknown [198.51.100.71])
	(Authenticated sender: rosi.georgieva@poshta-primer.bg)
	by smtp.poshta-primer.bg (Postfix) with ESMTPSA id 61F0A2E0047
	for <privacy@shop.example.be>; Mon, 14 Sep 2026 21:08:43 +0300 (EEST)
Message-ID: <b7e2c094-5d3f-4a81-9c6e-0f1a2b3d4e58@poshta-primer.bg>
Date: Mon, 14 Sep 2026 21:08:41 +0300
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: =?utf-8?b?UmU6INCf0L7RgtCy0YrRgNC20LTQtdC90LjQtTog0LDQsdC+0L3QsNC80LXQvdGC?=
 =?utf-8?b?0YrRgiDQktC4INC1INCw0LrRgtC40LLQuNGA0LDQvQ==?=
To: Shop Example <privacy@shop.example.be>
References: <doi-ok.bg.20260912.66140@news.shop.example.be>
Content-Language: bg
From: =?utf-8?b?0KDQvtGB0LjRhtCwINCT0LXQvtGA0LPQuNC10LLQsA==?= <rosi.georgieva@poshta-primer.bg>
In-Reply-To: <doi-ok.bg.20260912.66140@news.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Здравейте,

получих това автоматично писмо, че съм „потвърдила“ абонамент за имейл 
и SMS в магазина ви в Пловдив на 12.09.2026. Не съм давала такова 
съгласие на касата – само подадох картата си за лоялност, за да ми 
начислят точките.

Оспорвам, че това съгласие е мое. Докато проверите (кой служител и как 
го е въвел, има ли подпис или отметка от мен), моля ограничете 
обработването на данните ми: не ми изпращайте нищо и не ги използвайте 
за маркетинг. НЕ изтривайте профила и картата ми – имам натрупани 
1 840 точки и искам да ги запазя.

Моля, отговорете ми на този адрес.

Росица Георгиева
карта № 2840 5511 0937

On 12.09.2026 17:26, Shop Example wrote:
> Потвърждение: абонаментът Ви е активиран
>
> Здравейте, Росица!
> Благодарим Ви, че се абонирахте в нашия магазин (Пловдив, Мол Марица).
> Ще получавате нашия бюлетин по имейл и SMS известия за промоции.
>
> Дата на съгласието: 12.09.2026, 17:25
> Източник: каса в магазин
>
> Това е автоматично генерирано съобщение. Моля, не отговаряйте.
> Отписване | Център за предпочитания
'''),
]

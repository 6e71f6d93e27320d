"""Thirty-fifth set, robot mail and look-alike people in difficult encodings and formats (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'exchange-ooo-tnef-winmail', 'automated', (),
'''Return-Path: <claire.harrison@northfieldlegal.co.uk>
Received: from mail-db8eur05on2108.outbound.protection.outlook.com (mail-db8eur05on2108.outbound.protection.outlook.com [40.107.20.108])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 2FAB023642
	for <privacy@shop.example.be>; Tue, 03 Nov 2026 18:42:11 +0100
Authentication-Results: mx1.shop.example.be;
	dkim=pass (2048-bit key; unprotected) header.d=northfieldlegal.co.uk header.b=Kq3v8TfA;
	spf=pass smtp.mailfrom=northfieldlegal.co.uk
From: "Harrison, Claire" <claire.harrison@northfieldlegal.co.uk>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatic reply: Your access request [PRV-2026-1432] - identity check
Thread-Topic: Your access request [PRV-2026-1432] - identity check
Thread-Index: AQHbTq3kYp0xq7vH8kC2mZ9r1nL4Ww==
Date: Tue, 03 Nov 2026 17:42:08 +0000
Message-ID: <DB9PR02MB73215C0E2A7B9F1D4E6AA3B1C0D9E8F7A6@DB9PR02MB7321.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-1432.3.1762190521@shop.example.be>
References: <prv-2026-1432.3.1762190521@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach: yes
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator: <DB9PR02MB73215C0E2A7B9F1D4E6AA3B1C0D9E8F7A6@DB9PR02MB7321.eurprd02.prod.outlook.com>
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="_001_DB9PR02MB73215C0E2A7B9F1D4E6AA3B1C0D9E8F7A6DB9PR02MB7321eurp_"

--_001_DB9PR02MB73215C0E2A7B9F1D4E6AA3B1C0D9E8F7A6DB9PR02MB7321eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 16 November 2026 with limited access to
email. Your message will not be forwarded.

For anything urgent relating to client matters please contact our
front desk on +44 (0)113 496 0720 or reception@northfieldlegal.co.uk.

Kind regards,

Claire Harrison
Senior Paralegal | Northfield Legal LLP

--_001_DB9PR02MB73215C0E2A7B9F1D4E6AA3B1C0D9E8F7A6DB9PR02MB7321eurp_
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Description: winmail.dat
Content-Disposition: attachment; filename="winmail.dat"; size=1284;
	creation-date="Tue, 03 Nov 2026 17:42:08 GMT";
	modification-date="Tue, 03 Nov 2026 17:42:08 GMT"
Content-Transfer-Encoding: base64

eJ8+IkxhAQaQCAAEAAAAAAABAAEAAQeQBgAIAAAA5AQAAAAAAADoAAEIgAcAGAAAAElQTS5NaWNy
b3NvZnQgTWFpbC5Ob3RlADEIAQSAAQBBdXRvbWF0aWMgcmVwbHk6IFlvdXIgYWNjZXNzIHJlcXVl
c3QgW1BSVi0yMDI2LTE0MzJdIC0gaWRlbnRpdHkgY2hlY2sA6vwc2Z56O/YWx7d5yVa+YO003E+6
HgShCXmlgg6pUqzyd8Mt+wYpMgCOpURK2+KggeriGvAiPsDyfyn4XetD4c4qOCrAsiPTrqOF0DLK
2Smh9EVjuD5nIPPlL8kXWU4GkzR6UhR9mLrbx2DGatQ+XjSsoDaEHRtybDBeNTQ59wZPIEBpI9Ak
l27C5uqpv45U/JwKUKTolPQr0F9Y90vDcdQNTeRIMDvIJ6vx80HL+xIwGJNs6DdgWOGfwcX5dwW/
CB357Yajsba40bZX1kXxs6tpXGU1j+NVpmTZhrm/xrs9Bxr2g19Qy7ByvIlPD+KzA5WcEAmizFSH
E0hIltmf/miE36ikvlUCFYWKNEYH42eORnxYY7RFoGOIQCdYmXzHgl+Fb1BXpyO1Hbnsqbsb/kTy
FhLJ0Vw35+Dykhtiiim4mqcSoHnMOxXC6211sOO09abO8+5YH0hFiwu+kcghpXz18dEFf5w0QyhQ
ZNhM86vWFm5aL9kOmV2I+YukjNjZ8+Xmjw0vL/vgKE9Jpd4PVTT3004QZhQaYMcLvGu+u4gFG/b2
/7aFY2bd28VBrrhVOn7aUeWkE6WHFwYNb3vbudCFMOlEun6mW/f/JQsNR7kyELzQ5fgu/oSVhZcV
8XKk1+1f/s6VIoDXeHxBOQPyiAY0PZGTx5FHtDUiKv1fR5MLJRaKnlTzCWP8QjaEUIry5N/nYcUH
HyBxNAECOysZPpJM6pz2eR8QAIcLhwN7ZEy4trSV2D9tvYW70vax5EfL7Klsp3Gpim31SBwuuLkT
fBmD6iMoPrbDZ5CU3kQsutH72WdThyMIl/O6gW6uoY6CLVU/pNaWeSQmIP4U3LHKZsz88pGYwUYM
4TirKJY8jxzsZg0ACCD30zr8fMpGIZceASxAJm1b9b6ie/JK4bIuczPH6O8d5//w5oFAf8p6ZP72
n0ojaxTOb67fouugo3/vxAncLSvfbhnuGv2NR8ZjXKfQkhKbmr5fnPMKLki8XfZPSbx3jFOHo9+G
+sUCbM2w3fjD/OzAE/NnIBkoxIkdFqvSeNXO0tuAKTzZ0dUGdC4E9bC/c+aEucGkSHkn1InBr7Lj
JgppVr08HnjavIgaaJFSC5z2xr0IOwvP8UpUYBvzITxG0yFZogI/ZIdvw/QHpHNqsmSW8p9iH1o7
zKEU1uFaOX8vz7jEqPLLa0qjzmwdbuVK

--_001_DB9PR02MB73215C0E2A7B9F1D4E6AA3B1C0D9E8F7A6DB9PR02MB7321eurp_--
'''),
    ('en', 'postfix-dsn-user-unknown', 'automated', (),
'''Return-Path: <>
Received: by out2.shop.example.be (Postfix)
	id 8D41E2C07A; Thu,  5 Nov 2026 16:10:11 +0100 (CET)
Date: Thu,  5 Nov 2026 16:10:11 +0100 (CET)
From: MAILER-DAEMON@out2.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8D41E2C07A.1762355411/out2.shop.example.be"
Content-Transfer-Encoding: 7bit
Message-Id: <20261105151011.8D41E2C07A@out2.shop.example.be>

This is a MIME-encapsulated message.

--8D41E2C07A.1762355411/out2.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host out2.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.okafor1987@btinternet.com>: host mx.bt.lon5.cpcloud.co.uk[65.20.0.49] said:
    550 5.1.1 <m.okafor1987@btinternet.com>: Recipient address rejected:
    mailbox unavailable (in reply to RCPT TO command)

--8D41E2C07A.1762355411/out2.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; out2.shop.example.be
X-Postfix-Queue-ID: 8D41E2C07A
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu,  5 Nov 2026 16:10:09 +0100 (CET)

Final-Recipient: rfc822; m.okafor1987@btinternet.com
Original-Recipient: rfc822;m.okafor1987@btinternet.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.bt.lon5.cpcloud.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <m.okafor1987@btinternet.com>: Recipient
    address rejected: mailbox unavailable

--8D41E2C07A.1762355411/out2.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 7bit

Return-Path: <privacy@shop.example.be>
Received: from app3.shop.example.be (app3.shop.example.be [10.20.4.13])
	by out2.shop.example.be (Postfix) with ESMTP id 8D41E2C07A
	for <m.okafor1987@btinternet.com>; Thu,  5 Nov 2026 16:10:09 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: m.okafor1987@btinternet.com
Subject: Your request regarding your personal data [PRV-2026-1450]
Date: Thu, 05 Nov 2026 16:10:08 +0100
Message-ID: <prv-2026-1450.1.1762355408@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--8D41E2C07A.1762355411/out2.shop.example.be--
'''),
    ('en', 'zendesk-ack-html-only-qp', 'automated', (),
'''Return-Path: <support+id48213@brightline-logistics.zendesk.com>
Received: from outbyoip14.pod18.euc1.zdsys.com (outbyoip14.pod18.euc1.zdsys.com [188.172.138.14])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id F7B2060EC6
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 10:31:47 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=zendesk.com; s=zendesk2;
	t=1762248706; bh=ui7qYq2bVH0x9Qb3rA1HJ9xq3tQ5wbv0wq0ZyN3pA8s=;
	h=Date:From:Reply-To:To:Subject; b=YjQ2c1ZkN3FtR0t4bEp3Yk5oT3B0Z0xW
Date: Wed, 04 Nov 2026 09:31:44 +0000
From: Brightline Logistics Support <support@brightline-logistics.zendesk.com>
Reply-To: Brightline Logistics Support <support+id48213@brightline-logistics.zendesk.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <QX7RMZK2PW_6728a3b0e6f41_7c3d1a2b1c8f2_sprut@zendesk.com>
In-Reply-To: <dpa-2026-subproc.1762248671@shop.example.be>
Subject: [Request received] Re: DPA renewal - sub-processors for tracking notifications
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 8b1f20c
X-Zendesk-Email-Id: 01JB9X4E6M2Q1Z7V3R8N5K0TYC

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family: Helvetica, Arial, sans-serif; font-size: 14px; =
color: #2f3941;">
<div style=3D"color:#b5b5b5;">##- Please type your reply above this line -#=
#</div>
<p>Hello Shop Example Privacy Team,</p>
<p>Thank you for contacting Brightline Logistics. Your request (<strong>#48=
213</strong>) has been received and is being reviewed by our support staff.=
</p>
<p>Our average response time for contract and data-protection questions is =
3&ndash;5 working days. To add further comments, simply reply to this email=
.</p>
<table cellpadding=3D"0" cellspacing=3D"0" style=3D"margin-top:16px;border-=
top:1px solid #ddd;width:100%;">
<tr><td style=3D"padding:12px 0;"><strong>Shop Example Privacy Team</strong=
> &mdash; Nov 4, 2026, 09:31 GMT<br>
<p>Hello, following the renewal of our DPA, could you please confirm the li=
st of sub-processors you use for parcel tracking notifications and where th=
e tracking data is hosted? Kind regards, Privacy Team, Shop Example BV</p><=
/td></tr>
</table>
<p style=3D"color:#999;font-size:12px;">This email is a service from Bright=
line Logistics Support. Delivered by <a href=3D"https://www.zendesk.com/sup=
port/?utm_source=3Dticket-notification" style=3D"color:#999;">Zendesk</a></=
p>
<div style=3D"color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-to=
p:1px solid #eeeeee;">[QX7RMZ-K2PW]</div>
</body></html>
'''),
    ('en', 'person-forward-newsletter-as-attachment-delete', 'deletion', (),
'''Return-Path: <dan.whitmore@outlook.com>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (EUR05-AM6-obe.outbound.protection.outlook.com [52.100.174.229])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id CF6BF77BCE
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 21:05:33 +0100
From: Dan Whitmore <dan.whitmore@outlook.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Fw: =?utf-8?B?QmxhY2sgRnJpZGF5IGJlZ2ludCBOVSDwn5uN77iPIHRvdCAtNTAl?=
Thread-Topic: Black Friday begint NU tot -50%
Thread-Index: AQHbW0p6f1xJb3yvxk2k8m1eT0g3Tg==
Date: Fri, 20 Nov 2026 20:05:29 +0000
Message-ID: <AS8PR07MB8164A9E1D0C3B24F7D2E6A1BF85@AS8PR07MB8164.eurprd07.prod.outlook.com>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach: yes
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="_004_AS8PR07MB8164A9E1D0C3B24F7D2E6A1BF85AS8PR07MB8164eurp_"

--_004_AS8PR07MB8164A9E1D0C3B24F7D2E6A1BF85AS8PR07MB8164eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi,

I keep getting these even though I haven't bought anything from you in
years. Please close my account and delete all the data you hold on me.
The account is under this email address.

Thanks,
Dan Whitmore

--_004_AS8PR07MB8164A9E1D0C3B24F7D2E6A1BF85AS8PR07MB8164eurp_
Content-Type: message/rfc822
Content-Disposition: attachment;
	creation-date="Fri, 20 Nov 2026 20:05:24 GMT";
	modification-date="Fri, 20 Nov 2026 20:05:24 GMT"

Received: from mta7.news.shop.example.be (mta7.news.shop.example.be [185.12.80.77])
	by AM4PEPF00025F98.mail.protection.outlook.com; Fri, 20 Nov 2026 07:00:12 +0000
From: Shop Example <news@news.shop.example.be>
To: <dan.whitmore@outlook.com>
Subject: =?utf-8?B?QmxhY2sgRnJpZGF5IGJlZ2ludCBOVSDwn5uN77iPIHRvdCAtNTAl?=
Date: Fri, 20 Nov 2026 08:00:03 +0100
Message-ID: <nb-20261120-8f2a91.221874@news.shop.example.be>
List-Unsubscribe: <https://news.shop.example.be/u/8f2a91>, <mailto:unsub-8f2a91@news.shop.example.be>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

<html><head><meta charset=3D"utf-8"></head><body>
<table width=3D"100%" style=3D"background:#f4f4f4"><tr><td align=3D"center">
<p style=3D"font-size:11px">Wordt deze e-mail niet goed weergegeven? <a hre=
f=3D"https://news.shop.example.be/v/8f2a91">Bekijk hem online</a></p>
<h1 style=3D"color:#d0021b">Black Friday begint NU</h1>
<p>Tot -50% op duizenden artikelen, alleen dit weekend. Met je klantenkaart=
 krijg je nog eens dubbele punten.</p>
<p><a href=3D"https://www.shop.example.be/black-friday?utm_source=3Dnb&amp;=
utm_medium=3Demail">Shop nu</a></p>
<p style=3D"font-size:10px;color:#888">Je ontvangt deze e-mail omdat je ben=
t ingeschreven op de nieuwsbrief van Shop Example BV. <a href=3D"https://ne=
ws.shop.example.be/u/8f2a91">Uitschrijven</a></p>
</td></tr></table></body></html>

--_004_AS8PR07MB8164A9E1D0C3B24F7D2E6A1BF85AS8PR07MB8164eurp_--
'''),
    ('en', 'spam-quarantine-digest', 'automated', (),
'''Return-Path: <quarantine@mailfilter.shop.example.be>
Received: from mailfilter.shop.example.be (mailfilter.shop.example.be [10.20.1.5])
	by mx1.shop.example.be (Postfix) with ESMTP id A7EA2121CF
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 07:00:04 +0100 (CET)
Date: Sat, 7 Nov 2026 07:00:00 +0100 (CET)
From: Spam Quarantine <quarantine@mailfilter.shop.example.be>
To: privacy@shop.example.be
Message-ID: <1289337211.3310275.1762498800311@mailfilter.shop.example.be>
Subject: Spam Quarantine Summary: 7 new messages
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_3310274_1189236501.1762498800311"
Auto-Submitted: auto-generated
Precedence: bulk
X-Quarantine-Digest: 1

------=_Part_3310274_1189236501.1762498800311
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Spam Quarantine Summary for privacy@shop.example.be
Period: 06 Nov 2026 07:00 - 07 Nov 2026 07:00 (CET)

7 new messages were quarantined in the last 24 hours. These messages will
be deleted automatically after 14 days.

Score  From                                   Subject
-----  -------------------------------------  ----------------------------------
 98.1  no-reply@dhl-parcel-redelivery.top     Your parcel is on hold - pay 1,99 EUR
 97.4  security@shop-example-be.com           Action required: verify your mailbox
 91.0  info@growthleads-b2b.io                Verified GDPR-compliant leads for retail
 88.6  anna.k@mail-ru.example                 Data request
 74.2  invoice@docu-share.cloud               Invoice_Nov2026.pdf.html
 61.9  newsletter@promo-deals24.net           Final reminder: 80% off
 52.3  kontakt@seo-rank-pro.pl                Oferta pozycjonowania strony

To release a message, log in to the quarantine portal:
https://mailfilter.shop.example.be/quarantine/?u=privacy%40shop.example.be

This is an automated message. Please do not reply.

------=_Part_3310274_1189236501.1762498800311
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px"><h2>Spam =
Quarantine Summary</h2><p>privacy@shop.example.be &middot; 06 Nov 2026 07:0=
0 &ndash; 07 Nov 2026 07:00 (CET)</p><p>7 new messages were quarantined in =
the last 24 hours.</p><table border=3D"1" cellpadding=3D"4" style=3D"border=
-collapse:collapse"><tr><th>Score</th><th>From</th><th>Subject</th><th></th=
></tr><tr><td>98.1</td><td>no-reply@dhl-parcel-redelivery.top</td><td>Your =
parcel is on hold - pay 1,99 EUR</td><td><a href=3D"https://mailfilter.shop=
.example.be/q/r?id=3Da81f">Release</a></td></tr><tr><td>97.4</td><td>securi=
ty@shop-example-be.com</td><td>Action required: verify your mailbox</td><td=
><a href=3D"https://mailfilter.shop.example.be/q/r?id=3Da820">Release</a></=
td></tr><tr><td>91.0</td><td>info@growthleads-b2b.io</td><td>Verified GDPR-=
compliant leads for retail</td><td><a href=3D"https://mailfilter.shop.examp=
le.be/q/r?id=3Da821">Release</a></td></tr><tr><td>88.6</td><td>anna.k@mail-=
ru.example</td><td>Data request</td><td><a href=3D"https://mailfilter.shop.=
example.be/q/r?id=3Da822">Release</a></td></tr><tr><td>74.2</td><td>invoice=
@docu-share.cloud</td><td>Invoice_Nov2026.pdf.html</td><td><a href=3D"https=
://mailfilter.shop.example.be/q/r?id=3Da823">Release</a></td></tr><tr><td>6=
1.9</td><td>newsletter@promo-deals24.net</td><td>Final reminder: 80% off</t=
d><td><a href=3D"https://mailfilter.shop.example.be/q/r?id=3Da824">Release<=
/a></td></tr><tr><td>52.3</td><td>kontakt@seo-rank-pro.pl</td><td>Oferta po=
zycjonowania strony</td><td><a href=3D"https://mailfilter.shop.example.be/q=
/r?id=3Da825">Release</a></td></tr></table><p style=3D"color:#888">This is =
an automated message. Please do not reply.</p></body></html>

------=_Part_3310274_1189236501.1762498800311--
'''),
    ('nl', 'outlook-ooo-cp1252-qp', 'automated', (),
'''Return-Path: <sofie.vermeulen@ahvl-advocaten.be>
Received: from mail-am7eur03on2091.outbound.protection.outlook.com (mail-am7eur03on2091.outbound.protection.outlook.com [40.107.105.91])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id F191C02FA3
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:02:49 +0100
From: Sofie Vermeulen <sofie.vermeulen@ahvl-advocaten.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek tot inzage [PRV-2026-1398]
Thread-Topic: Uw verzoek tot inzage [PRV-2026-1398]
Thread-Index: AQHbKe0p4Sx8fS2q7kSb3v0PdqAbAA==
Date: Wed, 28 Oct 2026 10:02:46 +0000
Message-ID: <c1a8e6f2d6b24d0c9a5f1e3b7d2c4a90@AM0PR06MB6433.eurprd06.prod.outlook.com>
In-Reply-To: <prv-2026-1398.2.1761645760@shop.example.be>
References: <prv-2026-1398.2.1761645760@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: sofie.vermeulen@ahvl-advocaten.be
Content-Language: nl-BE
X-MS-Has-Attach: 
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Beste,

Ik ben afwezig tot en met vrijdag 6 november 2026. Uw e-mail wordt niet doo=
rgestuurd; ik lees hem na mijn terugkeer.

Voor dringende zaken kunt u terecht bij het secretariaat via 03 231 45 67 o=
f secretariaat@ahvl-advocaten.be.

Met vriendelijke groet,

Sofie Vermeulen
Advocaat =96 AHVL Advocaten
Frankrijklei 88, 2000 Antwerpen
=93Denk aan het milieu voor u deze e-mail afdrukt.=94
'''),
    ('nl', 'outlook-read-receipt-mdn', 'automated', (),
'''Return-Path: <koen.vandenberghe@proximus-mail.example.be>
Received: from smtp-out.proximus-mail.example.be (smtp-out.proximus-mail.example.be [195.238.20.143])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 7279C2C882
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:52:34 +0100
From: "Vandenberghe, Koen" <koen.vandenberghe@proximus-mail.example.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Gelezen: Bevestiging van uw verwijderingsverzoek [PRV-2026-1377]
Date: Wed, 28 Oct 2026 10:52:31 +0100
Message-ID: <000601dc47c1$5b1a4e20$114eea60$@proximus-mail.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_88c06a2c-6a83-4a41-a9f9-3ed0e5aa8c2f_"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbKS7xB0bD1y3SEnK7qQwJwU6h7A==
Content-Language: nl-be

This is a multi-part message in MIME format.

--_88c06a2c-6a83-4a41-a9f9-3ed0e5aa8c2f_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Uw bericht

  Aan: Vandenberghe, Koen
  Onderwerp: Bevestiging van uw verwijderingsverzoek [PRV-2026-1377]
  Verzonden: woensdag 28 oktober 2026 10:14:09 (UTC+01:00) Brussel, Kopenha=
gen, Madrid, Parijs

is gelezen op woensdag 28 oktober 2026 10:52:31 (UTC+01:00) Brussel, Kopenh=
agen, Madrid, Parijs.

--_88c06a2c-6a83-4a41-a9f9-3ed0e5aa8c2f_
Content-Type: message/disposition-notification

Reporting-UA: proximus-mail.example.be; Microsoft Outlook 16.0
Final-Recipient: rfc822;koen.vandenberghe@proximus-mail.example.be
Original-Message-ID: <prv-2026-1377.4.1761642849@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_88c06a2c-6a83-4a41-a9f9-3ed0e5aa8c2f_--
'''),
    ('nl', 'exchange-calendar-accepted', 'automated', (),
'''Return-Path: <pieter.desmet@cloudlogix.be>
Received: from mail-vi1eur02on2119.outbound.protection.outlook.com (mail-vi1eur02on2119.outbound.protection.outlook.com [40.107.241.119])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4A347A6993
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 09:15:48 +0100
From: Pieter De Smet <pieter.desmet@cloudlogix.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Geaccepteerd: Overleg verwerkersovereenkomst Cloudlogix / Shop Example
Thread-Topic: Overleg verwerkersovereenkomst Cloudlogix / Shop Example
Thread-Index: AQHbKpmMqR7xn+e2h0S7cA7m3Tt0Dg==
Date: Fri, 30 Oct 2026 08:15:44 +0000
Message-ID: <PR3P193MB08626F1E7B5C4A2D9E8B1C0AF4D3@PR3P193MB0862.EURP193.PROD.OUTLOOK.COM>
Content-Language: nl-BE
X-MS-Has-Attach: 
X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAACgw9Xx2EvcAQ==
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_PR3P193MB08626F1E7B5C4A2D9E8B1C0AF4D3PR3P193MB0862EURP_"

--_000_PR3P193MB08626F1E7B5C4A2D9E8B1C0AF4D3PR3P193MB0862EURP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable


--_000_PR3P193MB08626F1E7B5C4A2D9E8B1C0AF4D3PR3P193MB0862EURP_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSDQpNRVRIT0Q6UkVQTFkNClBST0RJRDpNaWNyb3NvZnQgRXhjaGFuZ2Ug
U2VydmVyIDIwMTANClZFUlNJT046Mi4wDQpCRUdJTjpWVElNRVpPTkUNClRaSUQ6Um9tYW5jZSBT
dGFuZGFyZCBUaW1lDQpCRUdJTjpTVEFOREFSRA0KRFRTVEFSVDoxNjAxMDEwMVQwMzAwMDANClRa
T0ZGU0VURlJPTTorMDIwMA0KVFpPRkZTRVRUTzorMDEwMA0KUlJVTEU6RlJFUT1ZRUFSTFk7SU5U
RVJWQUw9MTtCWURBWT0tMVNVO0JZTU9OVEg9MTANCkVORDpTVEFOREFSRA0KQkVHSU46REFZTElH
SFQNCkRUU1RBUlQ6MTYwMTAxMDFUMDIwMDAwDQpUWk9GRlNFVEZST006KzAxMDANClRaT0ZGU0VU
VE86KzAyMDANClJSVUxFOkZSRVE9WUVBUkxZO0lOVEVSVkFMPTE7QllEQVk9LTFTVTtCWU1PTlRI
PTMNCkVORDpEQVlMSUdIVA0KRU5EOlZUSU1FWk9ORQ0KQkVHSU46VkVWRU5UDQpBVFRFTkRFRTtQ
QVJUU1RBVD1BQ0NFUFRFRDtDTj1QaWV0ZXIgRGUgU21ldDptYWlsdG86cGlldGVyLmRlc21ldEBj
bG91ZGxvDQogZ2l4LmJlDQpDT01NRU5UO0xBTkdVQUdFPW5sLUJFOlxuDQpTVU1NQVJZO0xBTkdV
QUdFPW5sLUJFOkdlYWNjZXB0ZWVyZDogT3ZlcmxlZyB2ZXJ3ZXJrZXJzb3ZlcmVlbmtvbXN0IENs
b3VkbA0KIG9naXggLyBTaG9wIEV4YW1wbGUNCkRUU1RBUlQ7VFpJRD1Sb21hbmNlIFN0YW5kYXJk
IFRpbWU6MjAyNjExMTJUMTQwMDAwDQpEVEVORDtUWklEPVJvbWFuY2UgU3RhbmRhcmQgVGltZToy
MDI2MTExMlQxNTAwMDANClVJRDowNDAwMDAwMDgyMDBFMDAwNzRDNUI3MTAxQTgyRTAwODAwMDAw
MDAwQTBDM0Q1RjFEODRCREMwMTAwMDAwMDAwMDAwMDAwMDANCiAxMDAwMDAwMDcxQTNFMEYxQjJD
OTRDNERCMUI1QTdGMEUyRDNDNEI1DQpPUkdBTklaRVI7Q049U2hvcCBFeGFtcGxlIFByaXZhY3k6
bWFpbHRvOnByaXZhY3lAc2hvcC5leGFtcGxlLmJlDQpMT0NBVElPTjtMQU5HVUFHRT1ubC1CRTpN
aWNyb3NvZnQgVGVhbXMtdmVyZ2FkZXJpbmcNCkRUU1RBTVA6MjAyNjEwMzBUMDgxNTQ0Wg0KU0VR
VUVOQ0U6MA0KRU5EOlZFVkVOVA0KRU5EOlZDQUxFTkRBUg0K

--_000_PR3P193MB08626F1E7B5C4A2D9E8B1C0AF4D3PR3P193MB0862EURP_--
'''),
    ('nl', 'person-iphone-html-only-reply-above-autoack', 'correction', (),
'''Return-Path: <lotte.janssens@icloud.com>
Received: from st43p00im-ztdg10073201.me.com (st43p00im-ztdg10073201.me.com [17.58.63.176])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id A546B65714
	for <privacy@shop.example.be>; Mon, 02 Nov 2026 19:48:02 +0100
Content-Type: text/html;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Lotte Janssens <lotte.janssens@icloud.com>
Mime-Version: 1.0 (1.0)
Subject: Re: Wij hebben uw bericht ontvangen [PRV-2026-1502]
Date: Mon, 2 Nov 2026 19:47:55 +0100
Message-Id: <6E2B1F0A-94C3-4D7E-B1A2-3F8E0D9C7A61@icloud.com>
References: <ack-prv-2026-1502.1762071120@shop.example.be>
In-Reply-To: <ack-prv-2026-1502.1762071120@shop.example.be>
To: Shop Example Privacy <privacy@shop.example.be>
X-Mailer: iPhone Mail (23B85)

<html><head><meta http-equiv=3D"content-type" content=3D"text/html; charset=
=3Dutf-8"></head><body dir=3D"auto"><div dir=3D"ltr">Hallo,</div><div dir=
=3D"ltr"><br></div><div dir=3D"ltr">Ik ben in september verhuisd en mijn kl=
antenkaart en account staan nog altijd op mijn oude adres in Aalst. Mijn ni=
euwe adres is:</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Kortrijkses=
teenweg 214 bus 3</div><div dir=3D"ltr">9000 Gent</div><div dir=3D"ltr"><br=
></div><div dir=3D"ltr">En mijn familienaam is verkeerd gespeld op de kaart=
, het is Janssens met dubbel s, niet Jansens. Kunnen jullie dat aanpassen?<=
/div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Groetjes</div><div dir=3D"=
ltr">Lotte</div><div dir=3D"ltr"><br></div><div dir=3D"ltr">Verzonden vanaf=
 mijn iPhone</div><div dir=3D"ltr"><br><blockquote type=3D"cite">Op 2 nov 2=
026 om 09:12 heeft Shop Example Privacy &lt;privacy@shop.example.be&gt; het=
 volgende geschreven:<br><br></blockquote></div><blockquote type=3D"cite"><=
div dir=3D"ltr">&#65279;<p>Dit is een automatisch bericht.</p><p>Wij hebben=
 uw bericht aan het privacyteam van Shop Example goed ontvangen onder numme=
r PRV-2026-1502. U krijgt binnen de wettelijke termijn een antwoord.</p><p>=
Met vriendelijke groet,<br>Het privacyteam van Shop Example BV</p></div></b=
lockquote></body></html>
'''),
    ('nl', 'person-sms-gateway-stop-reply', 'withdraw_consent', (),
'''Return-Path: <inbound@gw.smslink.example.eu>
Received: from gw2.smslink.example.eu (gw2.smslink.example.eu [91.198.44.12])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 22382B3505
	for <privacy@shop.example.be>; Tue, 03 Nov 2026 19:42:11 +0100
From: "SMSLink +32478123456" <inbound@gw.smslink.example.eu>
To: privacy@shop.example.be
Subject: SMS van +32478123456 naar 8810: Stop met die smsjes aub. Ik heb nooit ...
Date: Tue, 03 Nov 2026 19:42:09 +0100
Message-ID: <mo.20261103184207.32478123456.77120@gw2.smslink.example.eu>
X-Mailer: SMSLink-GW/4.2.1
X-SMS-Originator: +32478123456
X-SMS-Shortcode: 8810
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Inkomend SMS-bericht

Van:        +32478123456
Aan:        8810 (Shop Example BV - marketing)
Ontvangen:  03-11-2026 19:42:07
Campagne:   NB-2026-11-HERFSTSOLDEN

Bericht:
Stop met die smsjes aub. Ik heb nooit gevraagd om reclame per sms. STOP

--
Dit bericht werd doorgestuurd door SMSLink Gateway.
'''),
    ('fr', 'ooo-latin9-subject-split-encoded-words', 'automated', (),
'''Return-Path: <helene.lefevre@mutualite-liege.example.be>
Received: from smtp2.mutualite-liege.example.be (smtp2.mutualite-liege.example.be [193.191.216.40])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id BAA818B36B
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 14:05:20 +0100
From: =?ISO-8859-15?Q?H=E9l=E8ne_Lef=E8vre?= <helene.lefevre@mutualite-liege.example.be>
To: privacy@shop.example.be
Subject: =?ISO-8859-15?Q?R=E9ponse_automatique_=3A_Votre_demande_d=27acc=E8s_?=
 =?ISO-8859-15?Q?=E0_vos_donn=E9es_=5BPRV-2026-1417=5D?=
Date: Fri, 30 Oct 2026 14:05:17 +0100
Message-ID: <vacation-1761829517.6632@mutualite-liege.example.be>
In-Reply-To: <prv-2026-1417.2.1761829390@shop.example.be>
References: <prv-2026-1417.2.1761829390@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-15
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du bureau jusqu'au lundi 9 novembre inclus. Pendant mon abs=
ence, vos messages ne seront pas transf=E9r=E9s.

Pour toute question urgente, veuillez contacter le service juridique au 04 =
341 22 10 ou =E0 l'adresse juridique@mutualite-liege.example.be.

Cordialement,

H=E9l=E8ne Lef=E8vre
Conseill=E8re juridique - =BCuvres sociales
Mutualit=E9 de Li=E8ge
'''),
    ('fr', 'postfix-dsn-localised-fr-mailbox-full', 'automated', (),
'''Return-Path: <>
Received: from smtp-in.hebergeur-fr.example (smtp-in.hebergeur-fr.example [51.91.12.88])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id E2210D12A4
	for <privacy@shop.example.be>; Sat, 31 Oct 2026 12:46:45 +0100
Date: Sat, 31 Oct 2026 12:46:43 +0100 (CET)
From: MAILER-DAEMON@smtp-in.hebergeur-fr.example (Mail Delivery System)
Subject: =?UTF-8?Q?Message_non_remis_=3A_retour_=C3=A0_l=E2=80=99exp=C3=A9diteur?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="B17F3A0C42.1761911203/smtp-in.hebergeur-fr.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261031114643.B17F3A0C42@smtp-in.hebergeur-fr.example>

Ceci est un message au format MIME.

--B17F3A0C42.1761911203/smtp-in.hebergeur-fr.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est le syst=C3=A8me de messagerie de l'h=C3=B4te smtp-in.hebergeur-fr.=
example.

J'ai le regret de vous informer que votre message n'a pas pu =C3=AAtre
remis =C3=A0 un ou plusieurs destinataires. Il est joint ci-dessous.

Pour obtenir de l'aide, veuillez envoyer un courriel au postmaster.

Si vous le faites, merci d'inclure ce rapport de probl=C3=A8me. Vous pouvez
supprimer votre propre texte du message retourn=C3=A9 ci-joint.

                   Le syst=C3=A8me de messagerie

<marc.dubois@cabinet-dubois.example.fr>: la bo=C3=AEte aux lettres est plei=
ne
    (quota d=C3=A9pass=C3=A9) - 552 5.2.2 Mailbox full

--B17F3A0C42.1761911203/smtp-in.hebergeur-fr.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-in.hebergeur-fr.example
X-Postfix-Queue-ID: B17F3A0C42
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 31 Oct 2026 12:46:40 +0100 (CET)

Final-Recipient: rfc822; marc.dubois@cabinet-dubois.example.fr
Original-Recipient: rfc822;marc.dubois@cabinet-dubois.example.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--B17F3A0C42.1761911203/smtp-in.hebergeur-fr.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from out1.shop.example.be (out1.shop.example.be [185.12.80.21])
	by smtp-in.hebergeur-fr.example (Postfix) with ESMTPS id B17F3A0C42
	for <marc.dubois@cabinet-dubois.example.fr>; Sat, 31 Oct 2026 12:46:40 +0100 (CET)
From: =?utf-8?Q?=C3=89quipe_vie_priv=C3=A9e_Shop_Example?= <privacy@shop.example.be>
To: marc.dubois@cabinet-dubois.example.fr
Subject: =?utf-8?Q?Votre_demande_de_suppression_=5BPRV-2026-1388=5D?=
Date: Sat, 31 Oct 2026 12:46:38 +0100
Message-ID: <prv-2026-1388.3.1761911198@shop.example.be>

--B17F3A0C42.1761911203/smtp-in.hebergeur-fr.example--
'''),
    ('fr', 'smime-signed-auto-acknowledgement', 'automated', (),
'''Return-Path: <etude@notaire-renard.example.be>
Received: from mail.notaire-renard.example.be (mail.notaire-renard.example.be [91.183.60.201])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id A401752D19
	for <privacy@shop.example.be>; Mon, 09 Nov 2026 15:20:09 +0100
From: =?utf-8?Q?=C3=89tude_du_Notaire_Renard?= <etude@notaire-renard.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Accus=C3=A9_de_r=C3=A9ception_:_R=C3=A9f=2E_PRV-2026-1421?=
Date: Mon, 9 Nov 2026 15:20:06 +0100
Message-ID: <ack.20261109152006.4471@notaire-renard.example.be>
In-Reply-To: <prv-2026-1421.1.1762697984@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256;
	boundary="----B5E1F0C8A24D7E3A9F6C1B0D2E4A8C7F"

This is an S/MIME signed message

------B5E1F0C8A24D7E3A9F6C1B0D2E4A8C7F
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous accusons r=C3=A9ception de votre courriel adress=C3=A9 =C3=A0 l'=C3=89=
tude du Notaire Renard.

Celui-ci sera trait=C3=A9 dans les meilleurs d=C3=A9lais par le collaborate=
ur en charge du dossier. Ce message est g=C3=A9n=C3=A9r=C3=A9 automatiqueme=
nt ; merci de ne pas y r=C3=A9pondre.

Pour rappel, l'=C3=89tude est ferm=C3=A9e le mercredi 11 novembre (Armistic=
e).

=C3=89tude du Notaire Luc Renard
Rue de Fer 14 =E2=80=93 5000 Namur

------B5E1F0C8A24D7E3A9F6C1B0D2E4A8C7F
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIILWgYJKoZIhvcNAQcCoIILSzCCC0cCAQExDzANBglghkgBZQMEAgHv9lN1mb6BPhkNwRVENgW+
PTZnkhfM4SLQmudgZaV6sXv5QY2dSUJCYA25VlG7XOGUY4MpPbBmP4sjJYfK9xtceBHb3SDcEEDY
EmYT+lxEVO6YpXYwzx6RU/AkjGYDlPFrwwg1Y6UFzK+drmZ7zTjokjdBWM2KAdpyp2MRF2cq06ne
0yrx+lMxGRnAolVWmDR0316isQ4inTZW53JMcuT2RjN5oDw3akp0wRNahXsWx0yw1InSRS8EgYJ8
M94fbDdmHVrOux8h8BCNxIkwPDNAurxx/ypzIHrcThoj0ndwVHxoway4RTx1NeQVWfPIqmoTTypg
4riRRWTwMFAM6EbRrU9WriwXFLFIgxX1mY9mSKnrkQOG/fDWsRTPjFosfucgVsKb3FEIbRH8i9rd
dP20CPa+5+J01Xsp3Ts42rj2Z/ACFjLrEaZ9fJmds/ljuvJk9gV+r21miSt+tmWgSh1zqVC2PdiT
Hfn+oo7MpOCOeNT5Pvzasvmw/Omg/WNBWmF+Y+nsE4BbTiEf37iW++gy3qGXS/AJbNeUZ6O2ytVj
wDjxG1YGX+7WW5BvjF71zIYdk1r4gY5mc5RdQBrCYroUzWSxr9R+L8iWS/5fr+nhmn0auFY+3pUT
69+/OLEEfOSSvFqQNweqtP+XScZWudS8x0F3f52GTyZ4HDEIYzII+A+iwrvnX1Myz7VQu3VgzjWX
Udz3QO5vgYL19s67e67KuY56eNEFRnQhLhin+JWcPK0J3qmbUAvuEgtCuAfiRaAaU3a0PQWZYDYT
IzSygfv1oJan7yS+7TM5CU92Ju5wVibCw0xl1YCMOqo9DZIRCf/K/ljBpQGkRMJ8TJpYQVnPMN28
18uzPuSBCoU2+bSsSra+aURCx+77YXDhn6DVqdpDIBS/fHDtHeUxUe10CfS82ivbLLbKntz5L6lr
IRk528ibv06dWpxMl0imokJcMSKBuJMsmrHqF/S0wr9OmGObPTs7cqpNju6VlNPevHU0nsNKejpC
eRxnlomZLmByt6Y31jh0qhpbT7O/RPQBWzxJlosBXMxcyHxqw/Gyi3qDaw8HmuoP6/D8YP4OftRI
hoq6audgOHn+ioEqBFVp4EiQN88HXu/bfOaTI61wlgAdMPceHksGY7ICiSFjxfElXLGKZ269qwsu
UEwY500arvcZsOYXbaFP6VW9VHxxs7JAh7rYVHdP0DflJtJ4ZhUt47+vwhea8txeDr1fAQRUn4+n
NNOnO2iIYR4x3U27kGZY2pfYyIhKAu4r4PjTQMPQEYgvKsm3WIOH4WKt6anPQ9YTj+pEx+7ImTd8
w4H1/y1UgJjspuLxsw/oP/FDL1L/WqV1Kp7arDRuaS65ieSZdFQ9tWrFzq5fYfzgeqvohmjBg22f
1HmI0w8FDGmXhQi7c76s4OUKROvAD3Zikzla/zjBfkcg7raOMotccJI9l+Nc0N48TxRiIJTWcTI+
2MFhSalhExQRS3revEGUpsZOTqw39BevsKl8RilrkM8Rujej7YY7C7WFGyJpotnflx62IJk1715n
6WHhX/MtzGpCD78cSCbHHJYriDI/7SEvIOdVxzGcCqtW9wASpDGevPBzbBQ8n/5+0hkSHFGgjTx7
1o0XN9vdNz/nMTQJgqmSSeyW+OO4FhPfE0QgY7leoUMMC03MKbeeAfEtmoJIMhCcYhiI6UWwWRMH
3ec33Q6SOOv7Nb5MLghwKmIVWsqAv/fS71k/5JT1F92eX5K1bvsGUXdEmPZK3sR7lQ0d7DDpfjL+
vVEvRF1eLKmtjSgy2wzogZp6OFka25RoiVOUh8DawsN9W8JcnNXZIhdmYHlynSitvtQUBMr0sKpV
LVyYVN24e0qQRib688Sy2g==

------B5E1F0C8A24D7E3A9F6C1B0D2E4A8C7F--
'''),
    ('fr', 'mailman-digest-mime', 'automated', (),
'''Return-Path: <rgpd-praticiens-bounces@listes.asso-dpo.example.be>
Received: from listes.asso-dpo.example.be (listes.asso-dpo.example.be [94.23.156.12])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id B2A363B6A6
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 12:00:06 +0100
From: rgpd-praticiens-request@listes.asso-dpo.example.be
Subject: =?utf-8?q?Digest_rgpd-praticiens=2C_Vol_38=2C_Parution_11?=
To: rgpd-praticiens@listes.asso-dpo.example.be
Reply-To: rgpd-praticiens@listes.asso-dpo.example.be
Date: Thu, 12 Nov 2026 12:00:03 +0100
Message-ID: <mailman.1731.1762945203.2211.rgpd-praticiens@listes.asso-dpo.example.be>
X-Mailer: mailman.digest
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="===============2748153097342861520=="
X-BeenThere: rgpd-praticiens@listes.asso-dpo.example.be
X-Mailman-Version: 2.1.39
Precedence: list
List-Id: =?utf-8?q?Liste_d=27=C3=A9change_des_praticiens_RGPD?= <rgpd-praticiens.listes.asso-dpo.example.be>
List-Unsubscribe: <https://listes.asso-dpo.example.be/mailman/options/rgpd-praticiens>,
 <mailto:rgpd-praticiens-request@listes.asso-dpo.example.be?subject=unsubscribe>
List-Archive: <https://listes.asso-dpo.example.be/pipermail/rgpd-praticiens/>
List-Post: <mailto:rgpd-praticiens@listes.asso-dpo.example.be>
List-Help: <mailto:rgpd-praticiens-request@listes.asso-dpo.example.be?subject=help>
List-Subscribe: <https://listes.asso-dpo.example.be/mailman/listinfo/rgpd-praticiens>,
 <mailto:rgpd-praticiens-request@listes.asso-dpo.example.be?subject=subscribe>
Errors-To: rgpd-praticiens-bounces@listes.asso-dpo.example.be
Sender: "rgpd-praticiens" <rgpd-praticiens-bounces@listes.asso-dpo.example.be>

--===============2748153097342861520==
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
Content-Transfer-Encoding: quoted-printable
Content-Description: =?utf-8?q?Digest_rgpd-praticiens=2C_Vol_38=2C_Parution_11?=

Envoyez vos messages pour la liste rgpd-praticiens =C3=A0
	rgpd-praticiens@listes.asso-dpo.example.be

Pour vous (d=C3=A9s)abonner par le web, consultez
	https://listes.asso-dpo.example.be/mailman/listinfo/rgpd-praticiens

Th=C3=A8mes du jour :

   1. D=C3=A9lai d'un mois et v=C3=A9rification d'identit=C3=A9 (Nathalie L=
ambert)
   2. Re: D=C3=A9lai d'un mois et v=C3=A9rification d'identit=C3=A9 (Olivie=
r Masson)

--===============2748153097342861520==
Content-Type: multipart/digest; boundary="===============0413528891652276037=="
MIME-Version: 1.0

--===============0413528891652276037==
Content-Type: message/rfc822
MIME-Version: 1.0

From: Nathalie Lambert <n.lambert@cpas-example.be>
To: rgpd-praticiens@listes.asso-dpo.example.be
Subject: =?utf-8?q?D=C3=A9lai_d=27un_mois_et_v=C3=A9rification_d=27identit=C3=A9?=
Date: Wed, 11 Nov 2026 16:41:12 +0100
Message-ID: <a3f1c2d0-77e4-4a0c@cpas-example.be>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour =C3=A0 toutes et =C3=A0 tous,

Question pratique : pour une demande d'acc=C3=A8s re=C3=A7ue par courrier p=
ostal sans copie de carte d'identit=C3=A9, comptez-vous le d=C3=A9lai d'un =
mois =C3=A0 partir de la r=C3=A9ception ou =C3=A0 partir de la v=C3=A9rific=
ation de l'identit=C3=A9 ? Nous avons des avis divergents en interne.

Merci d'avance,
Nathalie

--===============0413528891652276037==
Content-Type: message/rfc822
MIME-Version: 1.0

From: Olivier Masson <olivier.masson@dpo-conseil.example.be>
To: rgpd-praticiens@listes.asso-dpo.example.be
Subject: =?utf-8?q?Re=3A_D=C3=A9lai_d=27un_mois_et_v=C3=A9rification_d=27identit=C3=A9?=
Date: Wed, 11 Nov 2026 18:03:55 +0100
Message-ID: <5b2e9c11.dpo-conseil@example.be>
In-Reply-To: <a3f1c2d0-77e4-4a0c@cpas-example.be>
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Le d=C3=A9lai court =C3=A0 partir de la r=C3=A9ception, mais l'EDPB admet q=
u'il soit suspendu le temps d'obtenir les informations n=C3=A9cessaires =C3=
=A0 l'identification (lignes directrices 01/2022). =C3=80 documenter soigne=
usement.

Bien =C3=A0 vous,
Olivier

--===============0413528891652276037==--

--===============2748153097342861520==
Content-Type: text/plain; charset="us-ascii"
MIME-Version: 1.0
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

_______________________________________________
rgpd-praticiens mailing list
rgpd-praticiens@listes.asso-dpo.example.be
https://listes.asso-dpo.example.be/mailman/listinfo/rgpd-praticiens

--===============2748153097342861520==--
'''),
    ('fr', 'person-webmail-html-only-objection-profiling', 'objection', (),
'''Return-Path: <camille.martin78@laposte.example.net>
Received: from smtpout-lp1.laposte.example.net (smtpout-lp1.laposte.example.net [160.92.124.66])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 560F40F69D
	for <privacy@shop.example.be>; Fri, 06 Nov 2026 22:14:39 +0100
Date: Fri, 6 Nov 2026 22:14:35 +0100 (CET)
From: Camille Martin <camille.martin78@laposte.example.net>
To: privacy@shop.example.be
Message-ID: <1482399517.118273.1762463675201.JavaMail.open-xchange@opme11oxm21aub.laposte.example.net>
Subject: =?UTF-8?Q?Publicit=C3=A9s_cibl=C3=A9es_/_profilage?=
MIME-Version: 1.0
Content-Type: text/html; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev62

<html><body><div style=3D"font-family: Verdana; font-size: 12px;">Bonjour,<=
br><br>Depuis que j'utilise votre application, je vois sur Facebook et Inst=
agram des publicit=E9s pour exactement les articles que j'ai regard=E9s che=
z vous (encore hier la cafeti=E8re que j'ai consult=E9e dans l'appli). Je n=
'ai jamais accept=E9 =E7a consciemment.<br><br>Je m'oppose =E0 ce que vous =
utilisiez mon historique d'achats et de navigation pour me profiler =E0 des=
 fins publicitaires, et =E0 ce que vous transmettiez ces informations =E0 M=
eta ou =E0 d'autres r=E9gies.<br><br>Je veux garder ma carte de fid=E9lit=
=E9 (n=B0 2604 8817 3390) et continuer =E0 recevoir mes tickets de caisse p=
ar e-mail, donc ne supprimez pas mon compte.<br><br>Merci de me confirmer l=
a prise en compte.<br><br>Camille Martin<br><br></div></body></html>
'''),
    ('de', 'notes-abwesenheitsnotiz-latin1-base64', 'automated', (),
'''Return-Path: <juergen.weiss@stadtwerke-gruenwald.example.de>
Received: from mx-out.stadtwerke-gruenwald.example.de (mx-out.stadtwerke-gruenwald.example.de [212.114.250.18])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id BD02EEC6A2
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 08:31:02 +0100
Subject: =?ISO-8859-1?B?QWJ3ZXNlbmhlaXRzbm90aXo6IElocmUgQW5mcmFnZSB6dXIgRGF0ZW78YmVydHJhZ3VuZyBbUFJWLTIwMjYtMTQzM10=?=
From: =?ISO-8859-1?B?SvxyZ2VuIFdlad8=?= <juergen.weiss@stadtwerke-gruenwald.example.de>
To: privacy@shop.example.be
Date: Tue, 27 Oct 2026 08:30:58 +0100
Message-ID: <OF3A1C0E2F.7B9D4A61-ONC1258C2B.002E9F1A-C1258C2B.002E9F1A@stadtwerke-gruenwald.example.de>
X-Mailer: HCL Notes Release 12.0.2 November 03, 2022
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: base64

SWNoIGJpbiBhYiAgMjYuMTAuMjAyNiBuaWNodCBpbSBC/HJvIHVuZCBrZWhyZSB6dXL8Y2sgYW0g
MDkuMTEuMjAyNi4KCkljaCB3ZXJkZSBJaHJlIE5hY2hyaWNodCBuYWNoIG1laW5lciBS/GNra2Vo
ciBiZWFudHdvcnRlbi4gSW4gZHJpbmdlbmRlbiBG5GxsZW4gd2VuZGVuIFNpZSBzaWNoIGJpdHRl
IGFuIEZyYXUgU2FiaW5lIEv2aGxlciAoc2FiaW5lLmtvZWhsZXJAc3RhZHR3ZXJrZS1ncnVlbndh
bGQuZXhhbXBsZS5kZSwgVGVsLiAwODkgNjQxMyAyMjcwKS4KCk1pdCBmcmV1bmRsaWNoZW4gR3L8
32VuCkr8cmdlbiBXZWnfCkRhdGVuc2NodXR6a29vcmRpbmF0aW9uCg==
'''),
    ('de', 'exchange-delay-dsn-de', 'automated', (),
'''Return-Path: <>
Received: from exch-edge.moebelhaus-brandt.example.de (exch-edge.moebelhaus-brandt.example.de [85.214.33.72])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id C194E347E5
	for <privacy@shop.example.be>; Thu, 05 Nov 2026 21:14:03 +0100
From: postmaster@moebelhaus-brandt.example.de
To: privacy@shop.example.be
Date: Thu, 5 Nov 2026 21:13:59 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_7d1e0b3a-52c9-4f1a-8e6b-9a2c4f0d8e13_"
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: de-DE
Message-ID: <3c7a1e92-4b0f-4d2e-9f61-0a8e5c2b7d44@exch-mbx01.moebelhaus-brandt.example.de>
In-Reply-To: <prv-2026-1445.1.1762355722@shop.example.be>
References: <prv-2026-1445.1.1762355722@shop.example.be>
Subject: =?utf-8?Q?Zustellung_verz=C3=B6gert:Ihr_Antrag_auf_Auskunft_nach?=
 =?utf-8?Q?_Art=2E_15_DSGVO_[PRV-2026-1445]?=
Auto-Submitted: auto-replied

--_7d1e0b3a-52c9-4f1a-8e6b-9a2c4f0d8e13_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_e9a1c7f2-0b3d-4c5e-8a6f-2d1b9c7e4a50_"

--_e9a1c7f2-0b3d-4c5e-8a6f-2d1b9c7e4a50_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Die Zustellung an diese Empf=C3=A4nger oder Gruppen ist verz=C3=B6gert:

Thomas Brandt (t.brandt@moebelhaus-brandt.example.de)

Betreff: Ihr Antrag auf Auskunft nach Art. 15 DSGVO [PRV-2026-1445]

Diese Nachricht wurde noch nicht zugestellt. Es wird weiterhin versucht, di=
e Nachricht zuzustellen.

Der Server versucht noch 1 Tag und 19 Stunden, die Nachricht zuzustellen. S=
ie erhalten eine Benachrichtigung, falls die Nachricht bis dahin nicht =C3=
=BCbermittelt werden kann.

--_e9a1c7f2-0b3d-4c5e-8a6f-2d1b9c7e4a50_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p><b><font color=3D"#000066" size=3D"3" face=3D"Ari=
al">Die Zustellung an diese Empf=C3=A4nger oder Gruppen ist verz=C3=B6gert:=
</font></b></p><p><font color=3D"#000000" size=3D"2" face=3D"Tahoma">Thomas=
 Brandt (t.brandt@moebelhaus-brandt.example.de)<br></font></p><p><font size=
=3D"2" face=3D"Tahoma">Betreff: Ihr Antrag auf Auskunft nach Art. 15 DSGVO =
[PRV-2026-1445]<br></font></p><p><font size=3D"2" face=3D"Tahoma">Diese Nac=
hricht wurde noch nicht zugestellt. Es wird weiterhin versucht, die Nachric=
ht zuzustellen.<br><br>Der Server versucht noch 1 Tag und 19 Stunden, die N=
achricht zuzustellen. Sie erhalten eine Benachrichtigung, falls die Nachric=
ht bis dahin nicht =C3=BCbermittelt werden kann.</font></p></body></html>

--_e9a1c7f2-0b3d-4c5e-8a6f-2d1b9c7e4a50_--

--_7d1e0b3a-52c9-4f1a-8e6b-9a2c4f0d8e13_
Content-Type: message/delivery-status

Reporting-MTA: dns;exch-mbx01.moebelhaus-brandt.example.de
Received-From-MTA: dns;mx1.moebelhaus-brandt.example.de
Arrival-Date: Thu, 5 Nov 2026 16:15:27 +0000

Final-Recipient: rfc822;t.brandt@moebelhaus-brandt.example.de
Action: delayed
Status: 4.4.7
Will-Retry-Until: Sat, 7 Nov 2026 16:15:27 +0000
X-Display-Name: Thomas Brandt

--_7d1e0b3a-52c9-4f1a-8e6b-9a2c4f0d8e13_
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: <t.brandt@moebelhaus-brandt.example.de>
Subject: =?utf-8?Q?Ihr_Antrag_auf_Auskunft_nach_Art=2E_15_DSGVO_=5BPRV-2026-1445=5D?=
Date: Thu, 5 Nov 2026 16:15:22 +0100
Message-ID: <prv-2026-1445.1.1762355722@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_7d1e0b3a-52c9-4f1a-8e6b-9a2c4f0d8e13_--
'''),
    ('de', 'person-smime-signed-portability', 'portability', (),
'''Return-Path: <m.krueger@kanzlei-krueger.example.de>
Received: from mout.kundenserver.example.net (mout.kundenserver.example.net [212.227.126.187])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id C5AC738C64
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:03:51 +0100
From: =?utf-8?Q?Dr=2E_Matthias_Kr=C3=BCger?= <m.krueger@kanzlei-krueger.example.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Antrag_auf_Daten=C3=BCbertragung_nach_Art=2E_20_DSGVO?=
Date: Tue, 10 Nov 2026 09:03:47 +0100
Message-ID: <8f31c0e2-7a44-4b1d-9e2a-55c1d3b0f7aa@kanzlei-krueger.example.de>
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature";
	micalg=sha-256; boundary="------------ms010803060409070205047163"

This is a cryptographically signed message in MIME format.

--------------ms010803060409070205047163
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Daten=C3=BCbertragbarkeit nach Art. 20 DSG=
VO geltend.

Bitte stellen Sie mir die personenbezogenen Daten, die ich Ihnen bereitgest=
ellt habe (Stammdaten meines Kundenkontos, Bestellhistorie seit 2019, Punkt=
estand und Buchungen der Kundenkarte Nr. 6001 2277 4410), in einem struktur=
ierten, g=C3=A4ngigen und maschinenlesbaren Format zur Verf=C3=BCgung, vorz=
ugsweise als CSV oder JSON.

Eine =C3=9Cbermittlung per Post auf Papier ist ausdr=C3=BCcklich nicht gew=
=C3=BCnscht. Ein Download-Link gen=C3=BCgt.

Kundenkonto: m.krueger@kanzlei-krueger.example.de

Mit freundlichen Gr=C3=BC=C3=9Fen

Dr. Matthias Kr=C3=BCger

--
Diese E-Mail ist mit einem S/MIME-Zertifikat digital signiert.

--------------ms010803060409070205047163
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"
Content-Description: S/MIME Cryptographic Signature

MIILWgYJKoZIhvcNAQcCoIILSzCCC0cCAQExDzANBglghkgBZQMEAgFnwTNFgY/i8RC6eMxjh5MN
X10y9H3YhKLC+AysONaekIBPgdJNX/Z3LQwJzx3eup1OViQ6ae4tYairVf6qGfIJAd2I1x/BlZJq
6bkt1T3gMRIffY7p9hcNWBJvarpQ34TGdFGxgZyXMFo6jKdGrA5Sp3aDvEzZN3qi6sQoY2dH7Jbw
NJVr7raVtizZoW2onOskQLbVD9Rx5+S+S3nBFu1Hm2l7EgPtUhqWBZS2BLq5Mpft6KqLk8+QxMUP
DH+1dQd4Pa6F7oYiUHq2FBRIKhjk5pQJZxBWFWx36mFuKZnJTWADpfkk9vs4lw2h8+hxHcxR1t0E
uY29lKGT5FQjDgMWlM2ewDPon4f6SU5HOX7IF5tsd7TRqbmn5nZlIsIzySKmiWcJMPQMnXuEVm77
K2wP9/EgnYqf1zlq5kWXUo7+vkUTqsfhuj8NOEcj20cSMvb7u3as/WhY+lYDA5EAXY3DpE4m5dFv
Kejc/jVCn/3w68P2jQ3klqEtBlOQ0ZNEDBxI2lqEIALkvNjhmM7RgeEzYZGlFS77XDzZo1hV7Jrt
Uy9CuQppknWHsVWHTbg+rnw1gO7snuZR4O7iZfC6fZe+lESMFMvujFZKKUn71l/XOylHhsqjWkkU
YTngXO4pA5qSMG2i3SiBPOpaUVneDhOH6lsJ+iee8I44rYnk+RJLFDIR1Oamsv0FoQ6nApTs7Th8
ArfwC/0x4U6pY1kU80YIgaCHvLAVmUMTyc5ZbxVOyKdUsxQYOEQcNHqZZoNRC4zgQnOyW7p1UtBA
63sdQESp+kKkd6UkXcPBeAwogmTFAzh0wpihm0rM2iAiRAGWbcTwfYu/sXDV7jDc/GQDgDlsgFoW
1FJCkEtgCSo/HCuCTeg/uLHtAPTPDiRRb0cJDToSgHFawvBOcjhwgzSJtd2eoCEoSABh04GO0PpQ
8b+89d8+ShzBnfGAGX71lVod5IbQB6ddb+lFkk74xx7DS1yKZ6uB23rzu7jK2bWFT4GyxyAW2NfI
qrvbr2+Y1LLhB3YqY19UxJThtJh6oiCG15pIlO0UtXFoGaWFY3jNlniyyvX2HD986Ejv14KEM8zW
WftZcAf/i5Hu5prPyo5KJjGFLGA6IqqB5dfSErmM785K11Av9s5qYaNHjm+nsqdyLWPVLQCJlC4n
l9oBQ1TPb4DWU4QSROB9U61gz9fU2080+jUD2iCrwUTGLMcggZlXEmdawriW8iBWna5gWEX/O23A
t0bvQNplFiCV9Gt/6Kt2VC10vCQbir1ohFU33vQ9HgQ3KYoaNp+gpX9TnyC/7jevRkRbMEkgU/Tp
u5qegAzq7nXBkkNpxUPa5HcdGMZ0N5PVY5Cu5FMwrTB/ob1RcvD51t3u89on6dGFjZVonNznV34D
EQFjFalyk5f7xnt+OzUPnMs0xTmugtrqGEWEAOXz9gtlx5YWvxxjUUvoflh+G2eqdzErvrjLsKwi
oHqVOe5ICJDt01m8wnK63dOGbsWOD753l4Wmp9JmwO40E1kyUFu+pe/rrZ62Eo0QvuCetTGs27x6
u8l9f7yJi4e+7xHylTb9Jhwgs4jUhXuNhE8C5Ov7TPeiiRqEnmqPXnX9oXyhDUstVH6j6tcr86Mt
LfjiHjNu2vxbuP3Ew8sB40L+7+E5iAOII19Uy8QI1LFj/Hh/rDBg57VTPqXXRoOME7o7WpW3xU5V
k9brqlbLjJnuqtzXYOUwX8JWLmZIe7vVekR/7Ez/kAw9alHLkVxkEEjRG/dOQbtsdNtVsFAibKg4
pwX85pWGIRGWhATr63skbP0j+sZVvSdT4wWM1/ex9mvIK6cpcwKp7BVzVE9TJSW66cGQJu8jYXqC
sP6mL0makntK76wPjv1frg==

--------------ms010803060409070205047163--
'''),
    ('de', 'supplier-newsletter-view-in-browser-text', 'automated', (),
'''Return-Path: <bounce-2611-7734@news.verpackungsprofi.example.de>
Received: from mta3.news.verpackungsprofi.example.de (mta3.news.verpackungsprofi.example.de [185.56.148.33])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 1957BA6FE5
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 10:00:14 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=verpackungsprofi.example.de; s=nl1;
	h=from:to:subject:date:list-unsubscribe; bh=Jp2eVq0dX1Lr8sT3c9Wb0yZ4uH6nM2kA5fG7jR1pQeE=;
	b=hW9uT2xLq8bN3vK0cR5yF1mZ7sD4gJ6pA9wE2iO0tU3xV5nB8lC1kM4rS7fY0hQ
From: Verpackungsprofi <newsletter@verpackungsprofi.example.de>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Neu_im_Sortiment:_Versandkartons_aus_100_=25_Recyclingmaterial?=
Date: Wed, 11 Nov 2026 10:00:02 +0100
Message-ID: <2611-7734.20261111090002@news.verpackungsprofi.example.de>
List-Unsubscribe: <https://news.verpackungsprofi.example.de/u/2611-7734>, <mailto:unsubscribe-2611-7734@news.verpackungsprofi.example.de>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Mailer: CleverReach
Feedback-ID: 2611:7734:newsletter:cr
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_mm_5f0c2a9e8d7b6a4c3e1f"

--=_mm_5f0c2a9e8d7b6a4c3e1f
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Wird diese E-Mail nicht korrekt angezeigt? Im Browser ansehen:
https://news.verpackungsprofi.example.de/m/2611-7734/web


--=_mm_5f0c2a9e8d7b6a4c3e1f
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!doctype html><html lang=3D"de"><head><meta charset=3D"utf-8"><title>Verpa=
ckungsprofi Newsletter</title></head>
<body style=3D"margin:0;padding:0;background:#eeeeee;">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" style=3D"background:#ffffff;font=
-family:Arial,sans-serif;">
<tr><td style=3D"padding:24px;"><img src=3D"https://news.verpackungsprofi.e=
xample.de/img/logo.png" width=3D"180" alt=3D"Verpackungsprofi"></td></tr>
<tr><td style=3D"padding:0 24px;"><h1 style=3D"font-size:22px;">Neu im Sort=
iment: Versandkartons aus 100 % Recyclingmaterial</h1>
<p>Ab sofort in 14 Gr=C3=B6=C3=9Fen lieferbar =E2=80=93 FSC-zertifiziert, m=
it Aufrei=C3=9Ffaden und R=C3=BCckversandklebestreifen. F=C3=BCr Gesch=C3=
=A4ftskunden gilt bis 30.11. ein Einf=C3=BChrungsrabatt von 12 %.</p>
<p><a href=3D"https://www.verpackungsprofi.example.de/recycling?utm_campaig=
n=3Dnl2611" style=3D"background:#2e7d32;color:#fff;padding:10px 18px;text-d=
ecoration:none;">Jetzt entdecken</a></p></td></tr>
<tr><td style=3D"padding:24px;font-size:11px;color:#777;">Verpackungsprofi =
GmbH =C2=B7 Hafenstra=C3=9Fe 9 =C2=B7 28217 Bremen =C2=B7 HRB 31174<br>Sie =
erhalten diesen Newsletter, weil Sie sich mit privacy@shop.example.be angem=
eldet haben. <a href=3D"https://news.verpackungsprofi.example.de/u/2611-773=
4">Abmelden</a></td></tr>
</table></td></tr></table></body></html>

--=_mm_5f0c2a9e8d7b6a4c3e1f--
'''),
    ('es', 'ooo-latin1-qp-soft-breaks', 'automated', (),
'''Return-Path: <lfernandez@grupo-iberlogis.example.es>
Received: from relay.grupo-iberlogis.example.es (relay.grupo-iberlogis.example.es [217.116.0.41])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id C990C5EF5D
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 13:22:31 +0100
From: =?ISO-8859-1?Q?Luc=EDa_Fern=E1ndez_Ib=E1=F1ez?= <lfernandez@grupo-iberlogis.example.es>
To: <privacy@shop.example.be>
Subject: =?ISO-8859-1?Q?Respuesta_autom=E1tica=3A_Su_solicitud_de_acceso_=5BPRV-2026-1406=5D?=
Date: Tue, 27 Oct 2026 13:22:28 +0100
Message-ID: <20261027122228.Horde.ooo7Lk1x9p2W@webmail.grupo-iberlogis.example.es>
In-Reply-To: <prv-2026-1406.2.1761567740@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1; format=flowed; DelSp=Yes
Content-Transfer-Encoding: quoted-printable

Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 2 d=
e noviembre de 2026 y durante este periodo tendr=E9 un acceso muy limitado =
al correo electr=F3nico; su mensaje no ser=E1 reenviado autom=E1ticamente.

Para cualquier asunto urgente relacionado con protecci=F3n de datos puede d=
irigirse a mi compa=F1era Bego=F1a Ruiz (bruiz@grupo-iberlogis.example.es) =
o llamar al +34 915 550 182.

Un saludo cordial,

Luc=EDa Fern=E1ndez Ib=E1=F1ez
Delegada de Protecci=F3n de Datos - Grupo Iberlogis
'''),
    ('es', 'freshdesk-ack-html-only-base64', 'automated', (),
'''Return-Path: <bounces+3312450-aa01-privacy=shop.example.be@emailus.freshdesk.com>
Received: from o1.emailus.freshdesk.com (o1.emailus.freshdesk.com [149.72.154.211])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 31CC533CE6
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 12:17:09 +0100
From: =?UTF-8?B?U29wb3J0ZSBFbnbDrW9zIFLDoXBpZG9z?= <soporte@enviosrapidos.example.es>
To: privacy@shop.example.be
Subject: =?UTF-8?B?VGlja2V0IHJlY2liaWRvIC0gQ29uc3VsdGEgc29icmUgZW5jYXJnYWRvIGRlbCB0cmF0YW1p?=
 =?UTF-8?B?ZW50byDigJMgU2hvcCBFeGFtcGxlIEJWIC0gIzkwNDEy?=
Date: Wed, 04 Nov 2026 11:17:05 +0000
Message-ID: <90412.a7f3c1.1762255025@enviosrapidos.freshdesk.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-FD-Email-Type: ticket_ack
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48
Ym9keSBzdHlsZT0iZm9udC1mYW1pbHk6QXJpYWwsSGVsdmV0aWNhLHNhbnMtc2VyaWY7Zm9udC1z
aXplOjE0cHg7Y29sb3I6IzMzMyI+CjxwPkVzdGltYWRvL2EgY2xpZW50ZTo8L3A+CjxwPkhlbW9z
IHJlY2liaWRvIHN1IGNvbnN1bHRhIHkgc2UgaGEgY3JlYWRvIGVsIHRpY2tldCA8Yj4jOTA0MTI8
L2I+IGNvbiBlbCBhc3VudG8gwqtDb25zdWx0YSBzb2JyZSBlbmNhcmdhZG8gZGVsIHRyYXRhbWll
bnRvIOKAkyBTaG9wIEV4YW1wbGUgQlbCuy48L3A+CjxwPlVubyBkZSBudWVzdHJvcyBhZ2VudGVz
IGxlIHJlc3BvbmRlcsOhIGVuIHVuIHBsYXpvIG3DoXhpbW8gZGUgNDggaG9yYXMgbGFib3JhYmxl
cy4gU2kgZGVzZWEgYcOxYWRpciBpbmZvcm1hY2nDs24sIHJlc3BvbmRhIGEgZXN0ZSBjb3JyZW8g
c2luIG1vZGlmaWNhciBlbCBhc3VudG8uPC9wPgo8cD5QdWVkZSBjb25zdWx0YXIgZWwgZXN0YWRv
IGRlIHN1IHRpY2tldCBlbiBudWVzdHJvIDxhIGhyZWY9Imh0dHBzOi8vc29wb3J0ZS5lbnZpb3Ny
YXBpZG9zLmV4YW1wbGUuZXMvc3VwcG9ydC90aWNrZXRzLzkwNDEyIj5wb3J0YWwgZGUgc29wb3J0
ZTwvYT4uPC9wPgo8cD5BdGVudGFtZW50ZSw8YnI+RXF1aXBvIGRlIEF0ZW5jacOzbiBhbCBDbGll
bnRlPGJyPkVudsOtb3MgUsOhcGlkb3MgUy5MLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4
O2NvbG9yOiM5OTkiPkVzdGUgZXMgdW4gbWVuc2FqZSBhdXRvbcOhdGljbywgcG9yIGZhdm9yIG5v
IHJlc3BvbmRhIGEgZXN0YSBkaXJlY2Npw7NuLjwvcD4KPC9ib2R5PjwvaHRtbD4K
'''),
    ('es', 'person-forward-marketing-cp1252-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <jorgemtz@hotmail.example.es>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (EUR02-DB5-obe.outbound.protection.outlook.com [52.100.10.30])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id B95A206242
	for <privacy@shop.example.be>; Tue, 03 Nov 2026 20:35:55 +0100
From: Jorge Martinez <jorgemtz@hotmail.example.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?Windows-1252?Q?RV:_=A1Solo_hoy!_-30%_en_toda_la_tienda?=
Thread-Topic: =?Windows-1252?Q?=A1Solo_hoy!_-30%_en_toda_la_tienda?=
Thread-Index: AQHbTXy0tq0Vb4kz6UGrz8H6j+6kAQ==
Date: Tue, 3 Nov 2026 19:35:51 +0000
Message-ID: <DU0P190MB19785B0C7A9E2F11D3A4C8E6B71@DU0P190MB1978.EURP190.PROD.OUTLOOK.COM>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach: 
MIME-Version: 1.0
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

No recuerdo haberme suscrito a esto en ning=FAn momento. Por favor, quitadm=
e de la lista de correo y no me mand=E9is m=E1s publicidad.

Gracias.
Jorge

________________________________
De: Shop Example <news@news.shop.example.be>
Enviado: martes, 3 de noviembre de 2026 8:00
Para: jorgemtz@hotmail.example.es <jorgemtz@hotmail.example.es>
Asunto: =A1Solo hoy! -30% en toda la tienda

=BFNo ves bien este correo? =C1brelo en tu navegador.

=A1SOLO HOY! -30 % EN TODA LA TIENDA
Con el c=F3digo OTO=D1O30 al pagar. V=E1lido hasta medianoche.

[Comprar ahora]

Recibes este correo porque est=E1s suscrito al bolet=EDn de Shop Example BV.
=BFNo quieres recibir m=E1s correos? Darse de baja
'''),
    ('es', 'outlook-read-receipt-leido', 'automated', (),
'''Return-Path: <pnavarro@ayto-ejemplo.example.es>
Received: from mx-out2.ayto-ejemplo.example.es (mx-out2.ayto-ejemplo.example.es [195.57.120.9])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 38428F161C
	for <privacy@shop.example.be>; Mon, 02 Nov 2026 16:48:02 +0100
From: "Navarro Gil, Pablo" <pnavarro@ayto-ejemplo.example.es>
To: <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Le=EDdo:_Confirmaci=F3n_de_identidad_necesaria_[PRV-2026-1441]?=
Date: Mon, 2 Nov 2026 16:47:55 +0100
Message-ID: <A6E2B01F7C9D4E31B8F5A2C0D4E6F7A1@ayto-ejemplo.example.es>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_c3e0f8a1-9d2b-4f6e-a7c5-1b0d8e2f4a69_"
X-Mailer: Microsoft Outlook 16.0
Content-Language: es-es

--_c3e0f8a1-9d2b-4f6e-a7c5-1b0d8e2f4a69_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Su mensaje

    Para: Navarro Gil, Pablo
    Asunto: Confirmaci=F3n de identidad necesaria [PRV-2026-1441]
    Enviado: lunes, 2 de noviembre de 2026 14:03:12 (UTC+01:00) Bruselas, C=
openhague, Madrid, Par=EDs

fue le=EDdo el lunes, 2 de noviembre de 2026 16:47:55 (UTC+01:00) Bruselas,=
 Copenhague, Madrid, Par=EDs.

--_c3e0f8a1-9d2b-4f6e-a7c5-1b0d8e2f4a69_
Content-Type: message/disposition-notification

Reporting-UA: ayto-ejemplo.example.es; Microsoft Outlook 16.0
Final-Recipient: rfc822;pnavarro@ayto-ejemplo.example.es
Original-Message-ID: <prv-2026-1441.2.1762088592@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_c3e0f8a1-9d2b-4f6e-a7c5-1b0d8e2f4a69_--
'''),
    ('it', 'ooo-alternative-latin9', 'automated', (),
'''Return-Path: <f.colombo@arredi-brianza.example.it>
Received: from smtp-out.arredi-brianza.example.it (smtp-out.arredi-brianza.example.it [62.149.158.92])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 624B7ED5F4
	for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:40:17 +0100
From: "Francesca Colombo" <f.colombo@arredi-brianza.example.it>
To: <privacy@shop.example.be>
Subject: =?iso-8859-15?Q?Risposta_automatica:_Richiesta_di_rettifica_[PRV-2026-1429]?=
Date: Thu, 29 Oct 2026 09:40:14 +0100
Message-ID: <0A1F01DC4D2E$6B3C9A40$5A1E4C30$@arredi-brianza.example.it>
In-Reply-To: <prv-2026-1429.1.1761727190@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_0A1F_01DC4D2E.6B3C9A40"
X-Mailer: Microsoft Outlook 16.0
Content-Language: it

Questo è un messaggio multiparte in formato MIME.

------=_NextPart_000_0A1F_01DC4D2E.6B3C9A40
Content-Type: text/plain;
	charset="iso-8859-15"
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

sar=F2 fuori ufficio fino a luned=EC 2 novembre 2026 compreso, con accesso =
limitato alla posta elettronica.

Per questioni urgenti pu=F2 contattare l'ufficio legale all'indirizzo legal=
e@arredi-brianza.example.it oppure al numero 039 230 4411.

Cordiali saluti,
Francesca Colombo
Ufficio Privacy - Arredi Brianza S.p.A.

------=_NextPart_000_0A1F_01DC4D2E.6B3C9A40
Content-Type: text/html;
	charset="iso-8859-15"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Gentile mittente,</p><p>sar=F2 fuori ufficio fino a <b>luned=
=EC 2 novembre 2026</b> compreso, con accesso limitato alla posta elettroni=
ca.</p><p>Per questioni urgenti pu=F2 contattare l'ufficio legale all'indir=
izzo <a href=3D"mailto:legale@arredi-brianza.example.it">legale@arredi-bria=
nza.example.it</a> oppure al numero 039 230 4411.</p><p>Cordiali saluti,<br=
>Francesca Colombo<br>Ufficio Privacy - Arredi Brianza S.p.A.</p></body></h=
tml>

------=_NextPart_000_0A1F_01DC4D2E.6B3C9A40--
'''),
    ('it', 'pec-rejects-ordinary-mail-dsn', 'automated', (),
'''Return-Path: <>
Received: from smtp.pec.example.it (smtp.pec.example.it [80.88.92.15])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 6CE52732CD
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:22:25 +0100
Date: Tue, 10 Nov 2026 10:22:23 +0100 (CET)
From: MAILER-DAEMON@smtp.pec.example.it (Sistema di posta)
Subject: =?iso-8859-1?Q?AVVISO:_messaggio_non_consegnato_(destinatario_PEC)?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="D0C3E2A915.1762766543/smtp.pec.example.it"
Message-Id: <20261110092223.D0C3E2A915@smtp.pec.example.it>

--D0C3E2A915.1762766543/smtp.pec.example.it
Content-Description: Notification
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Questo =E8 il sistema di posta del server smtp.pec.example.it.

Il messaggio inviato a gianluca.ferri@pec.example.it non =E8 stato
consegnato.

La casella di destinazione =E8 una casella di Posta Elettronica
Certificata configurata per accettare esclusivamente messaggi PEC.
I messaggi provenienti da caselle di posta ordinaria vengono respinti.

Si prega di non rispondere a questo messaggio.

--D0C3E2A915.1762766543/smtp.pec.example.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.pec.example.it
X-Postfix-Queue-ID: D0C3E2A915
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 10:22:21 +0100 (CET)

Final-Recipient: rfc822; gianluca.ferri@pec.example.it
Action: failed
Status: 5.7.1
Diagnostic-Code: X-Postfix; casella PEC: messaggio non certificato rifiutato

--D0C3E2A915.1762766543/smtp.pec.example.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: gianluca.ferri@pec.example.it
Subject: Re: POSTA CERTIFICATA: Richiesta di cancellazione dei dati personali [PRV-2026-1431]
Date: Tue, 10 Nov 2026 10:22:19 +0100
Message-ID: <prv-2026-1431.2.1762766539@shop.example.be>

--D0C3E2A915.1762766543/smtp.pec.example.it--
'''),
    ('it', 'person-pec-envelope-postacert-deletion', 'deletion', (),
'''Return-Path: <posta-certificata@pec.example.it>
Received: from mx.pec.example.it (mx.pec.example.it [80.88.92.11])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 190219E4A1
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:04:58 +0100
X-Riferimento-Message-ID: <c3a9e1f0-55b2-4d8a-9e17-2f0a6b4c8d31@pec.example.it>
X-Trasporto: posta-certificata
Date: Tue, 27 Oct 2026 11:04:52 +0100
Subject: POSTA CERTIFICATA: Richiesta di cancellazione dei dati personali
From: "Per conto di: gianluca.ferri@pec.example.it" <posta-certificata@pec.example.it>
Reply-To: gianluca.ferri@pec.example.it
To: privacy@shop.example.be
Message-ID: <opec21031.20261027110452.11742.611.1.53@pec.example.it>
MIME-Version: 1.0
X-TipoRicevuta: completa
Content-Type: multipart/signed; protocol="application/x-pkcs7-signature"; micalg="sha-256"; boundary="----------=_1761559492-11742-1"

This is a multi-part message in MIME format...

------------=_1761559492-11742-1
Content-Type: multipart/mixed; boundary="----------=_1761559492-11742-2"

This is a multi-part message in MIME format...

------------=_1761559492-11742-2
Content-Type: multipart/alternative; boundary="----------=_1761559492-11742-3"

This is a multi-part message in MIME format...

------------=_1761559492-11742-3
Content-Type: text/plain; charset="iso-8859-1"
Content-Disposition: inline
Content-Transfer-Encoding: quoted-printable

Messaggio di posta certificata

Il giorno 27/10/2026 alle ore 11:04:52 (+0100) il messaggio
"Richiesta di cancellazione dei dati personali" =E8 stato inviato da "gianl=
uca.ferri@pec.example.it"
indirizzato a:
privacy@shop.example.be
Il messaggio originale =E8 incluso in allegato.
Identificativo messaggio: opec21031.20261027110452.11742.611.1.53@pec.examp=
le.it

------------=_1761559492-11742-3
Content-Type: text/html; charset="iso-8859-1"
Content-Disposition: inline
Content-Transfer-Encoding: quoted-printable

<html><body><h3>Messaggio di posta certificata</h3><p>Il giorno 27/10/2026 =
alle ore 11:04:52 (+0100) il messaggio<br>"Richiesta di cancellazione dei d=
ati personali" =E8 stato inviato da "gianluca.ferri@pec.example.it"<br>indi=
rizzato a:<br>privacy@shop.example.be<br>Il messaggio originale =E8 incluso=
 in allegato.</p><p>Identificativo messaggio: opec21031.20261027110452.1174=
2.611.1.53@pec.example.it</p></body></html>

------------=_1761559492-11742-3--

------------=_1761559492-11742-2
Content-Type: application/xml; name="daticert.xml"
Content-Disposition: inline; filename="daticert.xml"
Content-Transfer-Encoding: base64

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJw
b3N0YS1jZXJ0aWZpY2F0YSIgZXJyb3JlPSJuZXNzdW5vIj4KICA8aW50ZXN0YXppb25lPgogICAg
PG1pdHRlbnRlPmdpYW5sdWNhLmZlcnJpQHBlYy5leGFtcGxlLml0PC9taXR0ZW50ZT4KICAgIDxk
ZXN0aW5hdGFyaSB0aXBvPSJlc3Rlcm5vIj5wcml2YWN5QHNob3AuZXhhbXBsZS5iZTwvZGVzdGlu
YXRhcmk+CiAgICA8cmlzcG9zdGU+Z2lhbmx1Y2EuZmVycmlAcGVjLmV4YW1wbGUuaXQ8L3Jpc3Bv
c3RlPgogICAgPG9nZ2V0dG8+UmljaGllc3RhIGRpIGNhbmNlbGxhemlvbmUgZGVpIGRhdGkgcGVy
c29uYWxpPC9vZ2dldHRvPgogIDwvaW50ZXN0YXppb25lPgogIDxkYXRpPgogICAgPGdlc3RvcmUt
ZW1pdHRlbnRlPlBFQyBFWEFNUExFIFMucC5BLjwvZ2VzdG9yZS1lbWl0dGVudGU+CiAgICA8ZGF0
YSB6b25hPSIrMDEwMCI+CiAgICAgIDxnaW9ybm8+MjcvMTAvMjAyNjwvZ2lvcm5vPgogICAgICA8
b3JhPjExOjA0OjUyPC9vcmE+CiAgICA8L2RhdGE+CiAgICA8aWRlbnRpZmljYXRpdm8+b3BlYzIx
MDMxLjIwMjYxMDI3MTEwNDUyLjExNzQyLjYxMS4xLjUzQHBlYy5leGFtcGxlLml0PC9pZGVudGlm
aWNhdGl2bz4KICAgIDxtc2dpZD4mbHQ7YzNhOWUxZjAtNTViMi00ZDhhLTllMTctMmYwYTZiNGM4
ZDMxQHBlYy5leGFtcGxlLml0Jmd0OzwvbXNnaWQ+CiAgPC9kYXRpPgo8L3Bvc3RhY2VydD4K

------------=_1761559492-11742-2
Content-Type: message/rfc822; name="postacert.eml"
Content-Disposition: inline; filename="postacert.eml"

Date: Tue, 27 Oct 2026 11:04:50 +0100
From: Gianluca Ferri <gianluca.ferri@pec.example.it>
To: privacy@shop.example.be
Subject: Richiesta di cancellazione dei dati personali
Message-ID: <c3a9e1f0-55b2-4d8a-9e17-2f0a6b4c8d31@pec.example.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
User-Agent: Roundcube Webmail/1.6.9

Spett.le Shop Example BV,

con la presente, ai sensi dell'art. 17 del Regolamento (UE) 2016/679, chied=
o la cancellazione di tutti i dati personali che mi riguardano, compresi il=
 mio account cliente (registrato con l'indirizzo gianluca.ferri@gmail.examp=
le.com) e la tessera fedelt=C3=A0 n. 3391 0027 6614.

Vi prego di darmi conferma scritta dell'avvenuta cancellazione a questo ind=
irizzo PEC.

Distinti saluti
Gianluca Ferri
Via Solferino 21, 20121 Milano

------------=_1761559492-11742-2--

------------=_1761559492-11742-1
Content-Type: application/x-pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIILWgYJKoZIhvcNAQcCoIILSzCCC0cCAQExDzANBglghkgBZQMEAgHaCu4UdtqFfxFUd1ia1Er/
smXJLmVHwaEByipZ2zfGCpqd/6ycwevAbFMETzk+yRxSfDU6zroGe2nQqwXSGyEqvV0J9DE4nqbI
2eKBvDXHcaELcWkfev5qplkY/PC9N74PGIk5XOUwkV9WaYr/19TDjYLdVU0b/s/CY4KBmadphNNr
99NtxIHj/IG9c+h8paHHLA3orPtCnW4+rfd4+wi4uC1r+c7wtyXk4cQDgsCEKpqfu1JsPV48Pw5+
NTPP+rtAeoWSpbA0skT5zSjV9vXODHPTvPc0g2Ojemx+vHV1PadqHIEZYcbx2vHh8/Hc22ORe9/h
Ew6IYU4fDnnNcBI79+D8VwPp9gPY2e8017tmm7vijfm9YPNd46s9U6P1GBx8PY0e7Is1sPUHn4Mw
+QdexcW7sRvet6umKNdUDTPpEYAke23u+iUchrKDOxrO8Rx4szIYc7uxIySmXwSUcF7DKnPEeeKy
q03M9lcmafdMoYqUQDXMvxGPZumxvAWFPeq00RfAIzVCFMVA1saPf9/aHeexhNqSHvDBi9KNE2KM
YxPiqLZXNLqvenMbZp780mtVRi9e1Xm/VSKZQro/nY/2xbfGjiH44Lzx0620tyITKdJCn4nqbV2Z
GYxcIVaw7vMrJXQlsTcE6dT6saoKViE9wkvozFox/SQ4shvv3Tjx5p25JfOE7Il/Tm4NT4CZV8RX
bCFTlnnBzEYXQ5cBtoMaHiB8cyjXWukjA5KV55UBSk3yayvMNGaVZxCgCXAfSfcZOOmyo88fAjBg
t7ohC4oeYwFEQgUqr9/+x0rl2nWyETma2rhyrzlED8ns2Dw0m6UCf7feZ8INb+WHoLJTIZxMQrrl
ZhQxbu4AGNu7PACz3JH5tst8YsDH5BHr+Vpy9WeeAMVK0AH5XUkcbRTZRw05PvePBb93u17t1P0p
D5CVhHKXZp/xUNMjA4xd6SxL1ftwXmFi6JDZ3QlvFIoPwE2/IzEGna0mbM8+4M7TvmHR8H3LSy7T
qxsJ6OawfJZ2FTy8yh4qVQ9xlSkAuK3b4vlM/o9WT9bCPTIWSkbWM+OK8bduoEXoac7+x2D4wlCi
V2eZ4f3SEaB77digie3//9Sq75lS54VKfzdQIBFf9WAVnID8Wu8PRxa6ZW4qnkzPTImR1PvizWFE
ThEl5ZoKMMQGiYbJXa6C+Y+U2jOFK+ckAb3suTG5k5ydlBUFfwTCraV48+cfTdtfMyPB3B4iU8hE
KIZApapOU9X7HVNkVLqK0OTdrvwGwzTT2yG/NmYUJdf2Vm/DuXPEPzpeh8llg4LNlsKUpfgbRsYI
EdgvvIYB/H0ys06E3avlIKezniPYu5lH1KsoTvmYYwYAdBuvdHwDUlpmcwu8Xk1XrsVJtA8JQWsm
s9nSFBoqKsb+hSOAXE1zXsg+oQGcqKHsbZu/2k63vUAWS+lHQtovcmbjK9l38fjXSfyXHl8C2KqX
ToXzTrijuiFSQt6vwwmc+CPZOM7ZZtwTs1ZSmhAEJPiHB+2yvw8plRh6IzEsk2NG6f2lc9Df5SWx
Yt5G3x7u+42i85Q8KD8ZUWcW32y0FZoUKKhrouWvG02+24xzD/1WtFomC4fyQcAtBEbHNNCKUmv/
6+GkXY7xtyzsAVK0yCfb0jY3SNGl+mxbPYWRc39CrZO4qDZqV4S/ypEoRheNvLd1xekALRjg9IW2
NMtkH8nmmNyYZkfsDYL6a4RfBOcSNCMmqJUvspkgeauIMmRtD67FlPdN6apm7pzsmTDm78139OFU
QHQgsJNzmr/qrcLE0cv+AnMAdfZDOdJJDJdaSJTYPB6Ou7TkrLSRVK8TPTsu13xMVop16bvtXrLD
aVSJHqYZ0OUAUGiMFCs+dw==

------------=_1761559492-11742-1--
'''),
    ('it', 'google-calendar-declined-with-ics', 'automated', (),
'Return-Path: <chiara.bianchi@logistica-nord.example.it>\nReceived: from mail-wm1-f71.google.com (mail-wm1-f71.google.com [209.85.128.71])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)\n\tby mx1.shop.example.be (Postfix) with ESMTPS id 28D533FDAB\n\tfor <privacy@shop.example.be>; Fri, 06 Nov 2026 09:30:15 +0100\nMIME-Version: 1.0\nDate: Fri, 06 Nov 2026 08:30:11 +0000\nReply-To: Chiara Bianchi <chiara.bianchi@logistica-nord.example.it>\nSender: Google Calendar <calendar-notification@google.com>\nMessage-ID: <calendar-7b2c0d1e-4a3f-4e9b-a8c1-5d6e7f8a9b0c@google.com>\nSubject: =?UTF-8?Q?Rifiutato=3A_Call_trimestrale_privacy_Shop_Example_/_Logistica_Nord_=40_gio_12_nov_2026_15=3A00_-_15=3A45_=28CET=29_=28privacy=40shop=2Eexample=2Ebe=29?=\nFrom: Chiara Bianchi <chiara.bianchi@logistica-nord.example.it>\nTo: privacy@shop.example.be\nContent-Type: multipart/mixed; boundary="000000000000c1a4e20624a7b3f1"\n\n--000000000000c1a4e20624a7b3f1\nContent-Type: multipart/alternative; boundary="000000000000c1a4df0624a7b3ef"\n\n--000000000000c1a4df0624a7b3ef\nContent-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes\nContent-Transfer-Encoding: base64\n\nQ2hpYXJhIEJpYW5jaGkgaGEgcmlmaXV0YXRvIHF1ZXN0byBpbnZpdG8uCgpDYWxsIHRyaW1lc3Ry\nYWxlIHByaXZhY3kgU2hvcCBFeGFtcGxlIC8gTG9naXN0aWNhIE5vcmQKZ2lvdmVkw6wgMTIgbm92\nIDIwMjYg4ouFIDE1OjAwIOKAkyAxNTo0NSAoT3JhIHN0YW5kYXJkIGRlbGwnRXVyb3BhIGNlbnRy\nYWxlIC0gUm9tYSkKCkNoaWFyYSBCaWFuY2hpIGhhIGFnZ2l1bnRvIHVuYSBub3RhOgoiUHVydHJv\ncHBvIGdpb3ZlZMOsIHNvbm8gaW4gdHJhc2ZlcnRhLCBwcm9wb25nbyBsYSBzZXR0aW1hbmEgc3Vj\nY2Vzc2l2YS4iCgpPcmdhbml6emF0b3JlCnByaXZhY3lAc2hvcC5leGFtcGxlLmJlCgpJbnZpdG8g\nZGEgR29vZ2xlIENhbGVuZGFyOiBodHRwczovL2NhbGVuZGFyLmdvb2dsZS5jb20vY2FsZW5kYXIv\nCgpSaWNldmkgcXVlc3RhIGVtYWlsIHBlcmNow6kgc2VpIHVuIGludml0YXRvIGFsbCdldmVudG8u\nIFBlciBub24gcmljZXZlcmUgcGnDuSBhZ2dpb3JuYW1lbnRpIHBlciBxdWVzdG8gZXZlbnRvLCBy\naWZpdXRhIGwnZXZlbnRvLgo=\n\n--000000000000c1a4df0624a7b3ef\nContent-Type: text/calendar; charset="UTF-8"; method=REPLY\nContent-Transfer-Encoding: 7bit\n\nBEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REPLY\nBEGIN:VEVENT\nDTSTART:20261112T140000Z\nDTEND:20261112T144500Z\nDTSTAMP:20261106T083011Z\nORGANIZER;CN=Shop Example Privacy:mailto:privacy@shop.example.be\nUID:5f1c9a2e-73b0-4c1e-8d2a-0e6b4f3a9c71@shop.example.be\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=DECLINED;CN=Chiara\n  Bianchi;X-NUM-GUESTS=0:mailto:chiara.bianchi@logistica-nord.example.it\nCOMMENT:Purtroppo giovedi sono in trasferta\\, propongo la settimana succes\n siva.\nCREATED:20261105T161204Z\nLAST-MODIFIED:20261106T083011Z\nSEQUENCE:0\nSTATUS:CONFIRMED\nSUMMARY:Call trimestrale privacy Shop Example / Logistica Nord\nTRANSP:OPAQUE\nEND:VEVENT\nEND:VCALENDAR\n\n--000000000000c1a4df0624a7b3ef--\n\n--000000000000c1a4e20624a7b3f1\nContent-Type: application/ics; name="invite.ics"\nContent-Disposition: attachment; filename="invite.ics"\nContent-Transfer-Encoding: base64\n\nQkVHSU46VkNBTEVOREFSClBST0RJRDotLy9Hb29nbGUgSW5jLy9Hb29nbGUgQ2FsZW5kYXIgNzAu\nOTA1NC8vRU4KVkVSU0lPTjoyLjAKQ0FMU0NBTEU6R1JFR09SSUFOCk1FVEhPRDpSRVBMWQpCRUdJ\nTjpWRVZFTlQKRFRTVEFSVDoyMDI2MTExMlQxNDAwMDBaCkRURU5EOjIwMjYxMTEyVDE0NDUwMFoK\nRFRTVEFNUDoyMDI2MTEwNlQwODMwMTFaCk9SR0FOSVpFUjtDTj1TaG9wIEV4YW1wbGUgUHJpdmFj\neTptYWlsdG86cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUKVUlEOjVmMWM5YTJlLTczYjAtNGMxZS04\nZDJhLTBlNmI0ZjNhOWM3MUBzaG9wLmV4YW1wbGUuYmUKQVRURU5ERUU7Q1VUWVBFPUlORElWSURV\nQUw7Uk9MRT1SRVEtUEFSVElDSVBBTlQ7UEFSVFNUQVQ9REVDTElORUQ7Q049Q2hpYXJhCiAgQmlh\nbmNoaTtYLU5VTS1HVUVTVFM9MDptYWlsdG86Y2hpYXJhLmJpYW5jaGlAbG9naXN0aWNhLW5vcmQu\nZXhhbXBsZS5pdApDT01NRU5UOlB1cnRyb3BwbyBnaW92ZWRpIHNvbm8gaW4gdHJhc2ZlcnRhXCwg\ncHJvcG9uZ28gbGEgc2V0dGltYW5hIHN1Y2Nlcwogc2l2YS4KQ1JFQVRFRDoyMDI2MTEwNVQxNjEy\nMDRaCkxBU1QtTU9ESUZJRUQ6MjAyNjExMDZUMDgzMDExWgpTRVFVRU5DRTowClNUQVRVUzpDT05G\nSVJNRUQKU1VNTUFSWTpDYWxsIHRyaW1lc3RyYWxlIHByaXZhY3kgU2hvcCBFeGFtcGxlIC8gTG9n\naXN0aWNhIE5vcmQKVFJBTlNQOk9QQVFVRQpFTkQ6VkVWRU5UCkVORDpWQ0FMRU5EQVIK\n\n--000000000000c1a4e20624a7b3f1--\n'),
    ('pt', 'sieve-vacation-utf8-labelled-latin1', 'automated', (),
'''Return-Path: <joao.simoes@transportes-atlantico.example.pt>
Received: from mail.transportes-atlantico.example.pt (mail.transportes-atlantico.example.pt [188.93.229.14])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id B6CABFD07B
	for <privacy@shop.example.be>; Mon, 02 Nov 2026 11:08:40 +0100
Date: Mon, 2 Nov 2026 10:08:37 +0000
From: =?iso-8859-1?Q?Jo=E3o_Sim=F5es?= <joao.simoes@transportes-atlantico.example.pt>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Resposta_autom=E1tica:_O_seu_pedido_de_portabilidade_[PRV-2026-1447]?=
Message-ID: <dovecot-sieve-1762078117-381204-0@mail.transportes-atlantico.example.pt>
In-Reply-To: <prv-2026-1447.1.1762078102@shop.example.be>
References: <prv-2026-1447.1.1762078102@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Mailer: Roundcube Webmail/1.5.3 (managesieve)
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Obrigado pela sua mensagem.

Estou de f=C3=A9rias at=C3=A9 dia 13 de novembro, sem acesso ao correio ele=
tr=C3=B3nico. A sua mensagem n=C3=A3o ser=C3=A1 reencaminhada.

Em caso de urg=C3=AAncia, por favor contacte a minha colega In=C3=AAs Gon=
=C3=A7alves (ines.goncalves@transportes-atlantico.example.pt).

Cumprimentos,
Jo=C3=A3o Sim=C3=B5es
'''),
    ('pt', 'isp-dsn-pt-quota-message-rfc822', 'automated', (),
'''Return-Path: <>
Received: from mx.provedor-pt.example.pt (mx.provedor-pt.example.pt [213.13.145.20])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id B38C424A81
	for <privacy@shop.example.be>; Fri, 06 Nov 2026 09:21:05 +0100
Date: Fri,  6 Nov 2026 08:21:03 +0000 (WET)
From: MAILER-DAEMON@mx.provedor-pt.example.pt (Sistema de Correio)
Subject: =?UTF-8?Q?Mensagem_n=C3=A3o_entregue?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7F0A1C3D2E.1762417263/mx.provedor-pt.example.pt"
Message-Id: <20261106082103.7F0A1C3D2E@mx.provedor-pt.example.pt>

--7F0A1C3D2E.1762417263/mx.provedor-pt.example.pt
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RXN0YSDDqSB1bWEgbWVuc2FnZW0gZG8gc2lzdGVtYSBkZSBjb3JyZWlvIGRvIHNlcnZpZG9yIG14
LnByb3ZlZG9yLXB0LmV4YW1wbGUucHQuCgpMYW1lbnRhbW9zIGluZm9ybWFyIHF1ZSBuw6NvIGZv
aSBwb3Nzw612ZWwgZW50cmVnYXIgYSBzdWEgbWVuc2FnZW0gYSB1bQpvdSBtYWlzIGRlc3RpbmF0
w6FyaW9zLiBBIG1lbnNhZ2VtIG9yaWdpbmFsIHNlZ3VlIGVtIGFuZXhvLgoKPHJ1aS5jYXJ2YWxo
b0Bwcm92ZWRvci1wdC5leGFtcGxlLnB0PjogYSBjYWl4YSBkZSBjb3JyZWlvIGRvIGRlc3RpbmF0
w6FyaW8KICAgIGVzdMOhIGNoZWlhIGUgbsOjbyBwb2RlIGFjZWl0YXIgbWVuc2FnZW5zIG5lc3Rl
IG1vbWVudG8KICAgICg1NTIgNS4yLjIgUXVvdGEgZXhjZWVkZWQpCgpPIHNpc3RlbWEgZGUgY29y
cmVpbwo=

--7F0A1C3D2E.1762417263/mx.provedor-pt.example.pt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.provedor-pt.example.pt
Arrival-Date: Fri,  6 Nov 2026 08:21:01 +0000 (WET)

Final-Recipient: rfc822; rui.carvalho@provedor-pt.example.pt
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded

--7F0A1C3D2E.1762417263/mx.provedor-pt.example.pt
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
From: Equipa de Privacidade Shop Example <privacy@shop.example.be>
To: rui.carvalho@provedor-pt.example.pt
Subject: =?utf-8?Q?Confirma=C3=A7=C3=A3o_de_identidade_=5BPRV-2026-1453=5D?=
Date: Fri, 06 Nov 2026 09:20:58 +0100
Message-ID: <prv-2026-1453.1.1762417258@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Caro Rui Carvalho,

Agradecemos o seu pedido de acesso aos dados pessoais. Para podermos dar-lh=
e seguimento, pedimos que confirme a sua identidade respondendo a esta mens=
agem a partir do endere=C3=A7o associado =C3=A0 sua conta de cliente.

Com os melhores cumprimentos,
Equipa de Privacidade da Shop Example BV

--7F0A1C3D2E.1762417263/mx.provedor-pt.example.pt--
'''),
    ('pt', 'person-gmail-reply-above-autoack-complaint', 'complaint', (),
'''Return-Path: <ana.rodrigues.pt@gmail.example.com>
Received: from mail-ej1-f45.google.com (mail-ej1-f45.google.com [209.85.218.45])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id F5D46D21AD
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 15:02:21 +0100
MIME-Version: 1.0
References: <ack-prv-2026-1187.1759047240@shop.example.be>
In-Reply-To: <ack-prv-2026-1187.1759047240@shop.example.be>
From: Ana Rodrigues <ana.rodrigues.pt@gmail.example.com>
Date: Wed, 4 Nov 2026 14:02:09 +0000
Message-ID: <CAF7m2xQ0kZr1p+e8VbYtW3J5nq=GdU9sXy4aLw6Hc1oPz7Tq2A@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_=5BPedido_recebido=5D_O_seu_pedido_de_acesso_aos_dados_=5BPR?=
	=?UTF-8?Q?V=2D2026=2D1187=5D?=
To: Shop Example Privacy <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000e7b90d0624b1c2d4"

--000000000000e7b90d0624b1c2d4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Enviei o meu pedido a 28 de setembro e recebi esta confirma=C3=A7=C3=A3o au=
tom=C3=A1tica (em baixo). J=C3=A1 passou mais de um m=C3=AAs e at=C3=A9 hoj=
e n=C3=A3o recebi absolutamente nada, nem uma resposta, nem os dados.

O prazo legal =C3=A9 de um m=C3=AAs. Isto n=C3=A3o =C3=A9 aceit=C3=A1vel. S=
e n=C3=A3o tiver resposta at=C3=A9 ao fim desta semana, apresento queixa na=
 Autoridade de Prote=C3=A7=C3=A3o de Dados belga.

Ana Rodrigues

Em seg., 28/09/2026 =C3=A0s 10:14, Shop Example Privacy <privacy@shop.examp=
le.be> escreveu:

> Esta =C3=A9 uma mensagem autom=C3=A1tica.
>
> Recebemos o seu pedido com a refer=C3=AAncia PRV-2026-1187. Responderemos=
 no
> prazo legal de um m=C3=AAs.
>
> Equipa de Privacidade - Shop Example BV

--000000000000e7b90d0624b1c2d4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Boa tarde,</div><div><br></div><div>Enviei o meu pedi=
do a 28 de setembro e recebi esta confirma=C3=A7=C3=A3o autom=C3=A1tica (em=
 baixo). J=C3=A1 passou mais de um m=C3=AAs e at=C3=A9 hoje n=C3=A3o recebi=
 absolutamente nada, nem uma resposta, nem os dados.</div><div><br></div><d=
iv>O prazo legal =C3=A9 de um m=C3=AAs. Isto n=C3=A3o =C3=A9 aceit=C3=A1vel=
. Se n=C3=A3o tiver resposta at=C3=A9 ao fim desta semana, apresento queixa=
 na Autoridade de Prote=C3=A7=C3=A3o de Dados belga.</div><div><br></div><d=
iv>Ana Rodrigues</div></div><br><div class=3D"gmail_quote"><div dir=3D"ltr"=
 class=3D"gmail_attr">Em seg., 28/09/2026 =C3=A0s 10:14, Shop Example Priva=
cy &lt;<a href=3D"mailto:privacy@shop.example.be">privacy@shop.example.be</=
a>&gt; escreveu:<br></div><blockquote class=3D"gmail_quote" style=3D"margin=
:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"=
><p>Esta =C3=A9 uma mensagem autom=C3=A1tica.</p><p>Recebemos o seu pedido =
com a refer=C3=AAncia PRV-2026-1187. Responderemos no prazo legal de um m=
=C3=AAs.</p><p>Equipa de Privacidade - Shop Example BV</p></blockquote></di=
v>

--000000000000e7b90d0624b1c2d4--
'''),
    ('pt', 'supplier-portal-notification-multipart-related', 'automated', (),
'''Return-Path: <nao-responder@lusopack.example.pt>
Received: from smtp.lusopack.example.pt (smtp.lusopack.example.pt [195.22.17.61])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id D8B86265BB
	for <privacy@shop.example.be>; Sat, 07 Nov 2026 08:01:04 +0100
Date: Sat, 7 Nov 2026 08:01:01 +0000 (WET)
From: Portal de Fornecedores Lusopack <nao-responder@lusopack.example.pt>
To: privacy@shop.example.be
Message-ID: <1398221047.88121.1762502461774@portal-app02>
Subject: =?UTF-8?Q?Nova_mensagem_no_Portal_de_Fornecedores_=E2=80=93_FORN-2026-0317?=
MIME-Version: 1.0
Content-Type: multipart/related; type="text/html";
	boundary="----=_Part_88120_2047715538.1762502461773"
Auto-Submitted: auto-generated
X-Mailer: JavaMail

------=_Part_88120_2047715538.1762502461773
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3DUTF-8"></head><body style=3D"font-family:Arial,sans-serif;font-size:13px=
">
<p><img src=3D"cid:logo-lusopack@portal" alt=3D"Lusopack" width=3D"160" hei=
ght=3D"48"></p>
<p>Caro fornecedor,</p>
<p>Tem <b>1 nova mensagem</b> no Portal de Fornecedores Lusopack relativa a=
o processo <b>FORN-2026-0317</b> (Atualiza=C3=A7=C3=A3o do acordo de tratam=
ento de dados).</p>
<p>Por motivos de seguran=C3=A7a o conte=C3=BAdo da mensagem n=C3=A3o =C3=
=A9 enviado por e-mail. Aceda ao portal para a ler: <a href=3D"https://forn=
ecedores.lusopack.example.pt/mensagens/88120">https://fornecedores.lusopack=
.example.pt/mensagens/88120</a></p>
<p style=3D"color:#888;font-size:11px">Esta mensagem foi gerada automaticam=
ente. Por favor n=C3=A3o responda.</p>
</body></html>

------=_Part_88120_2047715538.1762502461773
Content-Type: image/png; name=logo.png
Content-Transfer-Encoding: base64
Content-Disposition: inline; filename=logo.png
Content-ID: <logo-lusopack@portal>

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==

------=_Part_88120_2047715538.1762502461773--
'''),
    ('pl', 'ooo-latin2-qp-subject-q', 'automated', (),
'''Return-Path: <m.wisniewska@meble-wisla.example.pl>
Received: from poczta.meble-wisla.example.pl (poczta.meble-wisla.example.pl [195.205.133.7])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id D7D5337B5F
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 16:55:12 +0100
From: =?iso-8859-2?Q?Ma=B3gorzata_Wi=B6niewska?= <m.wisniewska@meble-wisla.example.pl>
To: privacy@shop.example.be
Subject: =?iso-8859-2?Q?Odpowied=BC_automatyczna=3A_Pa=F1stwa_wniosek_o_dost=EAp_do_danych?=
 =?iso-8859-2?Q?_=5BPRV-2026-1411=5D?=
Date: Wed, 28 Oct 2026 16:55:09 +0100
Message-ID: <autoreply.1761666909.20812@poczta.meble-wisla.example.pl>
In-Reply-To: <prv-2026-1411.2.1761666880@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Do 6 listopada 2026 r. przebywam na urlopie =
i nie mam dost=EApu do poczty. Wiadomo=B6ci nie s=B1 przekazywane dalej.

W pilnych sprawach prosz=EA kontaktowa=E6 si=EA z Panem =A3ukaszem Zieli=F1=
skim: l.zielinski@meble-wisla.example.pl, tel. +48 22 611 30 45.

Pozdrawiam serdecznie
Ma=B3gorzata Wi=B6niewska
Inspektor Ochrony Danych
'''),
    ('pl', 'isp-dsn-pl-malformed-subject-ew', 'automated', (),
'''Return-Path: <>
Received: from mx.poczta-pl.example.pl (mx.poczta-pl.example.pl [213.180.147.150])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 6DC92F62AB
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 16:21:53 +0100
Date: Tue, 10 Nov 2026 16:21:50 +0100 (CET)
From: MAILER-DAEMON@mx.poczta-pl.example.pl (System pocztowy)
Subject: =?UTF-8?Q?Niedostarczona_wiadomo=C5=9B=C4=87?=:Re: Wniosek o sprostowanie [PRV-2026-1458]
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="A41C09E3F7.1762788110/mx.poczta-pl.example.pl"
Message-Id: <20261110152150.A41C09E3F7@mx.poczta-pl.example.pl>

--A41C09E3F7.1762788110/mx.poczta-pl.example.pl
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

VG8gamVzdCBzeXN0ZW0gcG9jenRvd3kgc2Vyd2VyYSBteC5wb2N6dGEtcGwuZXhhbXBsZS5wbC4K
Ck5pZXN0ZXR5IG5pZSB1ZGHFgm8gc2nEmSBkb3N0YXJjennEhyBUd29qZWogd2lhZG9tb8WbY2kg
ZG8gamVkbmVnbyBsdWIKd2nEmWNlaiBvZGJpb3Jjw7N3LiBXaWFkb21vxZvEhyB6bmFqZHVqZSBz
acSZIHcgemHFgsSFY3puaWt1LgoKPGthdGFyenluYS5ub3dha0Bwb2N6dGEtcGwuZXhhbXBsZS5w
bD46IHNrcnp5bmthIG9kYmlvcmN5IG5pZSBpc3RuaWVqZQogICAgKDU1MCA1LjEuMSBOaWUgbWEg
dGFraWVqIHNrcnp5bmtpKQoKICAgICAgICAgICAgICAgICAgIFN5c3RlbSBwb2N6dG93eQo=

--A41C09E3F7.1762788110/mx.poczta-pl.example.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.poczta-pl.example.pl
Arrival-Date: Tue, 10 Nov 2026 16:21:49 +0100 (CET)

Final-Recipient: rfc822; katarzyna.nowak@poczta-pl.example.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Nie ma takiej skrzynki

--A41C09E3F7.1762788110/mx.poczta-pl.example.pl
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Shop Example Privacy Team <privacy@shop.example.be>
To: katarzyna.nowak@poczta-pl.example.pl
Subject: Re: Wniosek o sprostowanie [PRV-2026-1458]
Date: Tue, 10 Nov 2026 16:21:47 +0100
Message-ID: <prv-2026-1458.2.1762788107@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: quoted-printable

Szanowna Pani,

potwierdzamy otrzymanie wniosku o sprostowanie danych. Prosimy o podanie nu=
meru karty lojalno=B6ciowej, aby=B6my mogli odnale=BC=E6 konto.

Z powa=BFaniem
Zesp=F3=B3 ds. ochrony prywatno=B6ci Shop Example BV

--A41C09E3F7.1762788110/mx.poczta-pl.example.pl--
'''),
    ('pl', 'person-webmail-html-only-latin2-access', 'access', (),
'''Return-Path: <t.kowalczyk@o2-mail.example.pl>
Received: from smtpo88.poczta.o2-mail.example.pl (smtpo88.poczta.o2-mail.example.pl [193.17.41.88])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id AD84E01C6F
	for <privacy@shop.example.be>; Thu, 05 Nov 2026 22:41:20 +0100
Subject: =?UTF-8?B?UHJvxZtiYSBvIGluZm9ybWFjasSZIG8gbW9pY2ggZGFueWNo?=
From: =?UTF-8?B?VG9tYXN6IEtvd2FsY3p5aw==?= <t.kowalczyk@o2-mail.example.pl>
To: privacy@shop.example.be
Date: Thu, 05 Nov 2026 22:41:16 +0100
Message-Id: <6b2f5d1e9a8c4e07a3b1c2d4e5f60718@o2-mail.example.pl>
X-Mailer: o2 Poczta
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

<div>Dzie=F1 dobry,</div><div>&nbsp;</div><div>od kilku miesi=EAcy dostaj=
=EA od Pa=F1stwa listy z ofertami na m=F3j adres domowy w Brukseli, cho=E6 =
nigdy nie zak=B3ada=B3em konta w Pa=F1stwa sklepie internetowym ani nie mam=
 karty sta=B3ego klienta.</div><div>&nbsp;</div><div>Prosz=EA o informacj=
=EA, jakie moje dane osobowe Pa=F1stwo przetwarzaj=B1, sk=B1d je Pa=F1stwo =
maj=B1 i komu zosta=B3y przekazane, a tak=BFe o przes=B3anie kopii tych dan=
ych.</div><div>&nbsp;</div><div>Tomasz Kowalczyk<br>Rue Gray 112, 1040 Ette=
rbeek</div><div>&nbsp;</div>
'''),
    ('pl', 'otrs-ticket-ack-cp1250', 'automated', (),
'''Return-Path: <pomoc@kurier24.example.pl>
Received: from otrs.kurier24.example.pl (otrs.kurier24.example.pl [91.239.202.14])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 971D0346C4
	for <privacy@shop.example.be>; Tue, 03 Nov 2026 10:12:46 +0100
From: "Helpdesk Kurier24" <pomoc@kurier24.example.pl>
To: privacy@shop.example.be
Subject: =?windows-1250?Q?[Zg=B3oszenie#KR-558120]_Otrzymali=9Cmy_Twoje_zg=B3oszenie?=
Date: Tue, 03 Nov 2026 10:12:43 +0100
Message-ID: <1762161163.558120.4417@otrs.kurier24.example.pl>
In-Reply-To: <dpa-kurier24.1762161100@shop.example.be>
X-Mailer: OTRS Mail Service (6.0.40)
X-OTRS-Loop: yes
Auto-Submitted: auto-replied
Precedence: bulk
X-Powered-By: OTRS - Open Ticket Request System (http://otrs.org/)
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

potwierdzamy przyj=EAcie zg=B3oszenia. Nadali=9Cmy mu numer KR-558120.

Temat: Zapytanie dotycz=B9ce umowy powierzenia przetwarzania danych

Konsultant odpowie w ci=B9gu 2 dni roboczych. Prosimy nie zmienia=E6 tematu=
 wiadomo=9Cci, odpowiadaj=B9c na tego e-maila - numer zg=B3oszenia pozwala =
nam przypisa=E6 korespondencj=EA.

Z pozdrowieniami
Dzia=B3 Obs=B3ugi Klienta Kurier24
--
Wiadomo=9C=E6 wygenerowana automatycznie. Prosimy na ni=B9 nie odpowiada=E6.
'''),
    ('cs', 'ooo-cp1250-base64', 'automated', (),
'''Return-Path: <jiri.novotny@elektro-morava.example.cz>
Received: from mail.elektro-morava.example.cz (mail.elektro-morava.example.cz [89.102.17.200])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 3A28C10A15
	for <privacy@shop.example.be>; Tue, 03 Nov 2026 13:55:40 +0100
From: =?windows-1250?B?Smn47SBOb3ZvdG79?= <jiri.novotny@elektro-morava.example.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1250?B?QXV0b21hdGlja+Egb2Rwb3bs7zogVmGaZSCe4WRvc3QgbyBvcHJhdnUg+mRhavkgW1BSVi0yMDI2LTE0NTFd?=
Thread-Topic: =?windows-1250?B?VmGaZSCe4WRvc3QgbyBvcHJhdnUg+mRhavkgW1BSVi0yMDI2LTE0NTFd?=
Date: Tue, 3 Nov 2026 12:55:37 +0000
Message-ID: <e7b1f0c24a9d4b2c8f3e6a1d0c5b9e72@EXCH01.elektro-morava.local>
In-Reply-To: <prv-2026-1451.1.1762174480@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: cs-CZ
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: base64

RG9icv0gZGVuLAoKZG8g+nRlcv0gMTAuIDExLiAyMDI2IGpzZW0gbWltbyBrYW5jZWzh+CBzIG9t
ZXplbv1tIHD47XN0dXBlbSBrIGUtbWFpbHUuIFZhmmUgenBy4XZhIG5lYnVkZSBw+GVwb3Ns4W5h
LgoKViBuYWzpaGF2/WNoIHD47XBhZGVjaCBzZSBwcm9z7W0gb2JyYZ10ZSBuYSBrb2xlZ3luaSBJ
bmcuIEthdGX4aW51IIqdYXN0bm91IChrYXRlcmluYS5zdGFzdG5hQGVsZWt0cm8tbW9yYXZhLmV4
YW1wbGUuY3osIHRlbC4gKzQyMCA1NDEgMjIyIDYxMykuCgpTIHBvemRyYXZlbQpKafjtIE5vdm90
bv0KcG927PhlbmVjIHBybyBvY2hyYW51IG9zb2Ju7WNoIPpkYWr5Cg==
'''),
    ('cs', 'person-latin2-deletion-request', 'deletion', (),
'''Return-Path: <petra.dvorakova@seznam.example.cz>
Received: from mxf2.seznam.example.cz (mxf2.seznam.example.cz [77.75.78.120])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id C9AD4B9BED
	for <privacy@shop.example.be>; Sun, 08 Nov 2026 20:17:33 +0100
From: "=?ISO-8859-2?Q?Petra_Dvo=F8=E1kov=E1?=" <petra.dvorakova@seznam.example.cz>
To: <privacy@shop.example.be>
Subject: =?ISO-8859-2?Q?=BE=E1dost_o_v=FDmaz_osobn=EDch_=FAdaj=F9?=
Date: Sun, 08 Nov 2026 20:17:30 +0100 (CET)
Message-Id: <4F2.7Ba1.3x2QqN0Sd.1hQ0Zp@seznam.example.cz>
Mime-Version: 1.0 (Szn.cz Webmail)
X-Mailer: Email.cz
Content-Type: text/plain; charset=ISO-8859-2
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

=BE=E1d=E1m V=E1s o vymaz=E1n=ED v=B9ech m=FDch osobn=EDch =FAdaj=F9, kter=
=E9 o mn=EC vedete, a o zru=B9en=ED m=E9ho z=E1kaznick=E9ho =FA=E8tu. Napos=
ledy jsem u V=E1s nakupovala v l=E9t=EC 2024 a e-shop u=BE pou=BE=EDvat neb=
udu.

=DA=E8et je registrovan=FD na tuto e-mailovou adresu. Pros=EDm o potvrzen=
=ED, =BEe byly =FAdaje smaz=E1ny.

S pozdravem
Petra Dvo=F8=E1kov=E1
'''),
    ('cs', 'isp-dsn-cs-utf8-qp', 'automated', (),
'''Return-Path: <>
Received: from mx2.posta-cz.example.cz (mx2.posta-cz.example.cz [77.75.76.44])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id C5C188542F
	for <privacy@shop.example.be>; Sat, 07 Nov 2026 15:00:24 +0100
Date: Sat,  7 Nov 2026 15:00:21 +0100 (CET)
From: MAILER-DAEMON@mx2.posta-cz.example.cz (=?UTF-8?Q?Po=C5=A1tovn=C3=AD_syst=C3=A9m?=)
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5E82D1A0F3.1762524021/mx2.posta-cz.example.cz"
Message-Id: <20261107140021.5E82D1A0F3@mx2.posta-cz.example.cz>

--5E82D1A0F3.1762524021/mx2.posta-cz.example.cz
Content-Description: Notification
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Toto je po=C5=A1tovn=C3=AD syst=C3=A9m serveru mx2.posta-cz.example.cz.

Je n=C3=A1m l=C3=ADto, ale Va=C5=A1i zpr=C3=A1vu se nepoda=C5=99ilo doru=C4=
=8Dit jednomu nebo v=C3=ADce
p=C5=99=C3=ADjemc=C5=AFm. Zpr=C3=A1va je p=C5=99ipojena n=C3=AD=C5=BEe.

<tomas.prochazka@posta-cz.example.cz>: schr=C3=A1nka p=C5=99=C3=ADjemce je =
zablokov=C3=A1na
    (550 5.7.1 Mailbox disabled)

                   Po=C5=A1tovn=C3=AD syst=C3=A9m

--5E82D1A0F3.1762524021/mx2.posta-cz.example.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.posta-cz.example.cz
Arrival-Date: Sat,  7 Nov 2026 15:00:19 +0100 (CET)

Final-Recipient: rfc822; tomas.prochazka@posta-cz.example.cz
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Mailbox disabled

--5E82D1A0F3.1762524021/mx2.posta-cz.example.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: tomas.prochazka@posta-cz.example.cz
Subject: =?utf-8?Q?Va=C5=A1e_=C5=BE=C3=A1dost_o_v=C3=BDmaz_=5BPRV-2026-1439=5D?=
Date: Sat, 07 Nov 2026 15:00:17 +0100
Message-ID: <prv-2026-1439.3.1762524017@shop.example.be>

--5E82D1A0F3.1762524021/mx2.posta-cz.example.cz--
'''),
    ('cs', 'thunderbird-read-receipt-cs', 'automated', (),
'''Return-Path: <martin.kral@posta-cz.example.cz>
Received: from smtp.posta-cz.example.cz (smtp.posta-cz.example.cz [77.75.76.49])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 6C322A9072
	for <privacy@shop.example.be>; Mon, 09 Nov 2026 08:12:05 +0100
Message-ID: <b7e2c1a9-3f40-4d88-a1c5-92e0f6d4b318@posta-cz.example.cz>
Date: Mon, 9 Nov 2026 08:12:01 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?Q?Martin_Kr=C3=A1l?= <martin.kral@posta-cz.example.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?P=C5=99e=C4=8Dteno=3A_Ov=C4=9B=C5=99en=C3=AD_toto=C5=BEnosti_=5BP?=
 =?UTF-8?Q?RV-2026-1462=5D?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------QbWd3kTZ0e7gHf1c9LxV2s4N"

This is a multi-part message in MIME format.
--------------QbWd3kTZ0e7gHf1c9LxV2s4N
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Toto je potvrzení o přečtení zprávy, kterou jste odeslali na adresu martin.kral@posta-cz.example.cz.

Poznámka: Toto potvrzení pouze potvrzuje, že zpráva byla zobrazena na počítači příjemce. Nelze zaručit, že příjemce zprávu přečetl nebo porozuměl jejímu obsahu.

--------------QbWd3kTZ0e7gHf1c9LxV2s4N
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: posta-cz.example.cz; Mozilla Thunderbird
Final-Recipient: rfc822;martin.kral@posta-cz.example.cz
Original-Message-ID: <prv-2026-1462.1.1762617603@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------QbWd3kTZ0e7gHf1c9LxV2s4N
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

From: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?Ov=C4=9B=C5=99en=C3=AD_toto=C5=BEnosti_=5BPRV-2026-1462=5D?=
To: martin.kral@posta-cz.example.cz
Date: Sun, 08 Nov 2026 17:00:03 +0100
Message-ID: <prv-2026-1462.1.1762617603@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be

--------------QbWd3kTZ0e7gHf1c9LxV2s4N--
'''),
    ('hr', 'ooo-html-only-cp1250-qp', 'automated', (),
'''Return-Path: <ivana.horvat@jadran-trgovina.example.hr>
Received: from mail.jadran-trgovina.example.hr (mail.jadran-trgovina.example.hr [213.202.101.34])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id F0644611E6
	for <privacy@shop.example.be>; Thu, 29 Oct 2026 12:04:07 +0100
From: Ivana Horvat <ivana.horvat@jadran-trgovina.example.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1250?Q?Automatski_odgovor=3A_Va=9A_zahtjev_za_pristup_podacima_=5BPRV-2026-1409=5D?=
Date: Thu, 29 Oct 2026 12:04:03 +0100
Message-ID: <3f6a8b21c0d94e7fa5b2c1e0d9f8a7b6@EXC02.jadran-trgovina.local>
In-Reply-To: <prv-2026-1409.1.1761735840@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/html; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dwindows-1250"></head><body lang=3D"HR"><div class=3D"WordSection1"><p cl=
ass=3D"MsoNormal">Po=9Atovani,<o:p></o:p></p><p class=3D"MsoNormal">do srij=
ede, 4. studenoga 2026., nisam u uredu. Va=9Aa poruka ne=E6e biti proslije=
=F0ena.<o:p></o:p></p><p class=3D"MsoNormal">Za hitne slu=E8ajeve obratite =
se kolegici Ani Kova=E8evi=E6 na <a href=3D"mailto:ana.kovacevic@jadran-trg=
ovina.example.hr">ana.kovacevic@jadran-trgovina.example.hr</a> ili na broj =
01 4600 218.<o:p></o:p></p><p class=3D"MsoNormal">Lijep pozdrav,<br>Ivana H=
orvat<br>Slu=9Ebenica za za=9Atitu podataka<o:p></o:p></p></div></body></ht=
ml>
'''),
    ('hr', 'exchange-ndr-hr-alternative-in-report', 'automated', (),
'''Return-Path: <>
Received: from mail.dalmacija-sport.example.hr (mail.dalmacija-sport.example.hr [213.191.140.77])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id A7EF71A032
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 14:30:59 +0100
From: postmaster@dalmacija-sport.example.hr
To: privacy@shop.example.be
Date: Wed, 4 Nov 2026 14:30:56 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_5a0c9e1b-2f3d-4a8e-b7c6-d1e0f9a8b7c6_"
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: hr-HR
Message-ID: <8d2c4e6f-1a3b-4c5d-9e7f-a0b1c2d3e4f5@EXCH01.dalmacija-sport.local>
In-Reply-To: <prv-2026-1444.2.1762263051@shop.example.be>
References: <prv-2026-1444.2.1762263051@shop.example.be>
Subject: =?utf-8?B?TmVpc3BvcnXEjWl2bzogWmFodGpldiB6YSBicmlzYW5qZSBwb2RhdGFrYSBbUFJWLTIwMjYtMTQ0NF0=?=
Auto-Submitted: auto-replied

--_5a0c9e1b-2f3d-4a8e-b7c6-d1e0f9a8b7c6_
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="_0f1e2d3c-4b5a-6978-8a9b-ccddeeff0011_"

--_0f1e2d3c-4b5a-6978-8a9b-ccddeeff0011_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SXNwb3J1a2Egc2xqZWRlxIdpbSBwcmltYXRlbGppbWEgaWxpIGdydXBhbWEgbmlqZSB1c3BqZWxh
OgoKWm9yYW4gSnVyacSHICh6b3Jhbi5qdXJpY0BkYWxtYWNpamEtc3BvcnQuZXhhbXBsZS5ocikK
QWRyZXNhIGUtcG/FoXRlIGtvanUgc3RlIHVuaWplbGkgbmUgbW/FvmUgc2UgcHJvbmHEh2kuIFBy
b3ZqZXJpdGUgYWRyZXN1IHByaW1hdGVsamEgaSBwb2t1xaFhanRlIHBvbm92bm8gcG9zbGF0aSBw
b3J1a3UuIEFrbyBzZSBwcm9ibGVtIG5hc3RhdmksIG9icmF0aXRlIHNlIHNsdcW+YmkgemEgcG9t
b8SHLgoKRGlqYWdub3N0acSNa2UgaW5mb3JtYWNpamUgemEgYWRtaW5pc3RyYXRvcmU6CgpHZW5l
cmlyYWp1xIdpIHBvc2x1xb5pdGVsajogRVhDSDAxLmRhbG1hY2lqYS1zcG9ydC5sb2NhbAoKem9y
YW4uanVyaWNAZGFsbWFjaWphLXNwb3J0LmV4YW1wbGUuaHIKUmVtb3RlIFNlcnZlciByZXR1cm5l
ZCAnNTUwIDUuMS4xMCBSRVNPTFZFUi5BRFIuUmVjaXBpZW50Tm90Rm91bmQ7IFJlY2lwaWVudCBu
b3QgZm91bmQgYnkgU01UUCBhZGRyZXNzIGxvb2t1cCcK

--_0f1e2d3c-4b5a-6978-8a9b-ccddeeff0011_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48cD48Yj48Zm9udCBjb2xvcj0iIzAw
MDA2NiIgc2l6ZT0iMyIgZmFjZT0iQXJpYWwiPklzcG9ydWthIHNsamVkZcSHaW0gcHJpbWF0ZWxq
aW1hIGlsaSBncnVwYW1hIG5pamUgdXNwamVsYTo8L2ZvbnQ+PC9iPjwvcD48cD48Zm9udCBzaXpl
PSIyIiBmYWNlPSJUYWhvbWEiPjxhIGhyZWY9Im1haWx0bzp6b3Jhbi5qdXJpY0BkYWxtYWNpamEt
c3BvcnQuZXhhbXBsZS5ociI+Wm9yYW4gSnVyacSHICh6b3Jhbi5qdXJpY0BkYWxtYWNpamEtc3Bv
cnQuZXhhbXBsZS5ocik8L2E+PGJyPkFkcmVzYSBlLXBvxaF0ZSBrb2p1IHN0ZSB1bmlqZWxpIG5l
IG1vxb5lIHNlIHByb25hxIdpLiBQcm92amVyaXRlIGFkcmVzdSBwcmltYXRlbGphIGkgcG9rdcWh
YWp0ZSBwb25vdm5vIHBvc2xhdGkgcG9ydWt1LjwvZm9udD48L3A+PHA+PGZvbnQgc2l6ZT0iMiIg
ZmFjZT0iVGFob21hIj48Yj5EaWphZ25vc3RpxI1rZSBpbmZvcm1hY2lqZSB6YSBhZG1pbmlzdHJh
dG9yZTo8L2I+PGJyPkdlbmVyaXJhanXEh2kgcG9zbHXFvml0ZWxqOiBFWENIMDEuZGFsbWFjaWph
LXNwb3J0LmxvY2FsPGJyPnpvcmFuLmp1cmljQGRhbG1hY2lqYS1zcG9ydC5leGFtcGxlLmhyPGJy
PlJlbW90ZSBTZXJ2ZXIgcmV0dXJuZWQgJzU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVu
dE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAnPC9m
b250PjwvcD48L2JvZHk+PC9odG1sPgo=

--_0f1e2d3c-4b5a-6978-8a9b-ccddeeff0011_--

--_5a0c9e1b-2f3d-4a8e-b7c6-d1e0f9a8b7c6_
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.dalmacija-sport.local
Received-From-MTA: dns;mx.dalmacija-sport.example.hr
Arrival-Date: Wed, 4 Nov 2026 13:30:52 +0000

Final-Recipient: rfc822;zoran.juric@dalmacija-sport.example.hr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_5a0c9e1b-2f3d-4a8e-b7c6-d1e0f9a8b7c6_
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: <zoran.juric@dalmacija-sport.example.hr>
Subject: =?utf-8?Q?Zahtjev_za_brisanje_podataka_=5BPRV-2026-1444=5D?=
Date: Wed, 4 Nov 2026 14:30:51 +0100
Message-ID: <prv-2026-1444.2.1762263051@shop.example.be>

--_5a0c9e1b-2f3d-4a8e-b7c6-d1e0f9a8b7c6_--
'''),
    ('hr', 'person-forwards-bounce-complaint-unanswered', 'complaint', ('access',),
'''Return-Path: <marko.babic.zg@gmail.example.com>
Received: from mail-lf1-f48.google.com (mail-lf1-f48.google.com [209.85.167.48])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id F60710231C
	for <privacy@shop.example.be>; Mon, 09 Nov 2026 19:11:37 +0100
MIME-Version: 1.0
From: =?UTF-8?Q?Marko_Babi=C4=87?= <marko.babic.zg@gmail.example.com>
Date: Mon, 9 Nov 2026 19:11:30 +0100
Message-ID: <CAJx0w3Gk9pT2vQ=Lr1mN7s8D5fYh4Zc6bUe0aRi3oKq1Wt-5Xg@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

2. listopada poslao sam zahtjev za kopiju svojih osobnih podataka na adresu=
 iz va=C5=A1e izjave o privatnosti (dpo@shop-example.be) i vratila mi se ov=
a poruka ni=C5=BEe. Isti dan sam ga poslao na ovu adresu i nitko mi nije od=
govorio. Pro=C5=A1lo je vi=C5=A1e od mjesec dana.

Molim vas da mi kona=C4=8Dno po=C5=A1aljete kopiju podataka koje imate o me=
ni (kartica vjernosti br. 4410 2298 7731). Ako ni sada ne dobijem odgovor, =
obratit =C4=87u se belgijskom tijelu za za=C5=A1titu podataka.

Marko Babi=C4=87

---------- Forwarded message ---------
Od: Mail Delivery System <MAILER-DAEMON@mail-sor-f41.google.com>
Date: pet, 2. lis 2026. u 18:22
Subject: Delivery Status Notification (Failure)
To: <marko.babic.zg@gmail.example.com>


Address not found

Your message wasn't delivered to dpo@shop-example.be because the domain sho=
p-example.be couldn't be found. Check for typos or unnecessary spaces and t=
ry again.

The response was:

DNS Error: DNS type 'mx' lookup of shop-example.be responded with code NXDO=
MAIN Domain name not found: shop-example.be
'''),
    ('hr', 'supplier-newsletter-html-only-base64', 'automated', (),
'''Return-Path: <bounce+7731.b12@mail.adriaticpack.example.hr>
Received: from mail.adriaticpack.example.hr (mail.adriaticpack.example.hr [185.58.72.19])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id F4E37FAA63
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:00:41 +0100
From: Adriatic Pack <bilten@adriaticpack.example.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Novosti_za_studeni:_nove_kutije_za_e-trgovinu_i_popust_8_%?=
Date: Thu, 12 Nov 2026 09:00:37 +0100
Message-ID: <bilten-2026-11.7731@adriaticpack.example.hr>
List-Unsubscribe: <https://www.adriaticpack.example.hr/odjava?e=privacy%40shop.example.be>
List-Id: Bilten Adriatic Pack <bilten.adriaticpack.example.hr>
Precedence: bulk
X-Mailer: Mailchimp Mailer - **CIDb12a4e7731**
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjx0aXRsZT5B
ZHJpYXRpYyBQYWNrIOKAkyBub3Zvc3RpPC90aXRsZT48L2hlYWQ+PGJvZHkgc3R5bGU9Im1hcmdp
bjowO2JhY2tncm91bmQ6I2YyZjJmMiI+CjxjZW50ZXI+PHRhYmxlIHdpZHRoPSI2MDAiIGNlbGxw
YWRkaW5nPSIwIiBjZWxsc3BhY2luZz0iMCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZjtmb250LWZh
bWlseTpBcmlhbCxzYW5zLXNlcmlmIj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzoyMHB4Ij48YSBo
cmVmPSJodHRwczovL3d3dy5hZHJpYXRpY3BhY2suZXhhbXBsZS5oci8/dXRtX3NvdXJjZT1iaWx0
ZW4iPjxpbWcgc3JjPSJodHRwczovL3d3dy5hZHJpYXRpY3BhY2suZXhhbXBsZS5oci9pbWcvbG9n
by1iaWx0ZW4ucG5nIiBhbHQ9IkFkcmlhdGljIFBhY2siIHdpZHRoPSIyMDAiPjwvYT48L3RkPjwv
dHI+Cjx0cj48dGQgc3R5bGU9InBhZGRpbmc6MCAyMHB4Ij48aDI+Tm92b3N0aSB6YSBzdHVkZW5p
PC9oMj48cD5QcmVkc3RhdmxqYW1vIG5vdmUga2FydG9uc2tlIGt1dGlqZSB6YSBlLXRyZ292aW51
IHMgZHZvc3RydWtvbSB0cmFrb20gemEgcG92cmF0LCBkb3N0dXBuZSBvZCAxLiBwcm9zaW5jYS4g
WmEgbmFydWTFvmJlIGRvIDIwLiBzdHVkZW5vZ2Egb2RvYnJhdmFtbyBwb3B1c3Qgb2QgOCAlLjwv
cD48cD48YSBocmVmPSJodHRwczovL3d3dy5hZHJpYXRpY3BhY2suZXhhbXBsZS5oci9ub3ZvP3V0
bV9zb3VyY2U9YmlsdGVuIj5Qb2dsZWRhanRlIHBvbnVkdTwvYT48L3A+PC90ZD48L3RyPgo8dHI+
PHRkIHN0eWxlPSJwYWRkaW5nOjIwcHg7Zm9udC1zaXplOjExcHg7Y29sb3I6Izg4OCI+T3Z1IHBv
cnVrdSBwcmltYXRlIGplciBzdGUgcHJpamF2bGplbmkgbmEgYmlsdGVuIHR2cnRrZSBBZHJpYXRp
YyBQYWNrIGQuby5vLiBBa28gdmnFoWUgbmUgxb5lbGl0ZSBwcmltYXRpIGJpbHRlbiwgPGEgaHJl
Zj0iaHR0cHM6Ly93d3cuYWRyaWF0aWNwYWNrLmV4YW1wbGUuaHIvb2RqYXZhP2U9cHJpdmFjeSU0
MHNob3AuZXhhbXBsZS5iZSI+b2RqYXZpdGUgc2Ugb3ZkamU8L2E+LjwvdGQ+PC90cj4KPC90YWJs
ZT48L2NlbnRlcj48L2JvZHk+PC9odG1sPgo=
'''),
    ('sv', 'ooo-autosvar-latin1-qp', 'automated', (),
'''Return-Path: <asa.lindqvist@nordisk-hem.example.se>
Received: from mailout.nordisk-hem.example.se (mailout.nordisk-hem.example.se [194.17.14.52])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 8B05BA842A
	for <privacy@shop.example.be>; Thu, 05 Nov 2026 14:20:15 +0100
From: =?iso-8859-1?Q?=C5sa_Lindqvist?= <asa.lindqvist@nordisk-hem.example.se>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Autosvar=3A_Beg=E4ran_om_registerutdrag_=5BPRV-2026-1436=5D?=
Date: Thu, 5 Nov 2026 14:20:12 +0100
Message-ID: <autosvar-e41b0c3a@nordisk-hem.example.se>
In-Reply-To: <prv-2026-1436.2.1762348780@shop.example.be>
References: <prv-2026-1436.2.1762348780@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=F6r ditt mejl. Jag =E4r f=F6r=E4ldraledig p=E5 deltid och arbetar m=
=E5ndag-onsdag fram till =E5rsskiftet. Jag svarar s=E5 snart jag kan.

=C4renden som r=F6r dataskydd kan skickas till dataskydd@nordisk-hem.exampl=
e.se, s=E5 tar n=E5gon av mina kollegor hand om dem.

V=E4nliga h=E4lsningar
=C5sa Lindqvist
Nordisk Hem AB
'''),
    ('sv', 'ticket-ack-alternative-utf8', 'automated', (),
'''Return-Path: <kundservice@nordfrakt.example.se>
Received: from smtp2.nordfrakt.example.se (smtp2.nordfrakt.example.se [193.181.14.80])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 9811D98755
	for <privacy@shop.example.be>; Tue, 03 Nov 2026 11:40:33 +0100
Date: Tue, 03 Nov 2026 11:40:30 +0100
From: Nordfrakt Kundservice <kundservice@nordfrakt.example.se>
Reply-To: kundservice+SE-204417@nordfrakt.example.se
To: privacy@shop.example.be
Message-ID: <SE-204417.ack.672a3f1b4e2c7@nordfrakt.example.se>
Subject: =?UTF-8?Q?=C3=84rende_SE-204417_har_skapats?=
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_672a3f1b4e2c7_1a2b3c4d5e6f";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

----==_mimepart_672a3f1b4e2c7_1a2b3c4d5e6f
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hej,

Tack f=C3=B6r att du kontaktade Nordfrakt kundservice. Vi har tagit emot di=
tt =C3=A4rende och det har f=C3=A5tt nummer SE-204417.

=C3=84mne: Personuppgiftsbitr=C3=A4desavtal - fr=C3=A5gor fr=C3=A5n Shop Ex=
ample BV

Vi besvarar normalt =C3=A4renden inom tv=C3=A5 arbetsdagar. Svara p=C3=A5 d=
et h=C3=A4r mejlet om du vill l=C3=A4gga till information i =C3=A4rendet.

Med v=C3=A4nliga h=C3=A4lsningar
Nordfrakt Kundservice

Detta =C3=A4r ett automatiskt meddelande.

----==_mimepart_672a3f1b4e2c7_1a2b3c4d5e6f
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif"><p>Hej,</p><p>Tack f=C3=
=B6r att du kontaktade Nordfrakt kundservice. Vi har tagit emot ditt =C3=A4=
rende och det har f=C3=A5tt nummer <b>SE-204417</b>.</p><p><i>=C3=84mne: Pe=
rsonuppgiftsbitr=C3=A4desavtal - fr=C3=A5gor fr=C3=A5n Shop Example BV</i><=
/p><p>Vi besvarar normalt =C3=A4renden inom tv=C3=A5 arbetsdagar. Svara p=
=C3=A5 det h=C3=A4r mejlet om du vill l=C3=A4gga till information i =C3=A4r=
endet.</p><p>Med v=C3=A4nliga h=C3=A4lsningar<br>Nordfrakt Kundservice</p><=
p style=3D"color:#999;font-size:11px">Detta =C3=A4r ett automatiskt meddela=
nde.</p></body></html>

----==_mimepart_672a3f1b4e2c7_1a2b3c4d5e6f--
'''),
    ('sv', 'person-outlook-ios-disclaimer-restriction', 'restriction', (),
'''Return-Path: <johan.bergstrom@telia-mail.example.se>
Received: from EUR03-VI1-obe.outbound.protection.outlook.com (EUR03-VI1-obe.outbound.protection.outlook.com [52.100.15.221])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 2E5F37F984
	for <privacy@shop.example.be>; Mon, 09 Nov 2026 07:44:19 +0100
From: =?iso-8859-1?Q?Johan_Bergstr=F6m?= <johan.bergstrom@telia-mail.example.se>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?SV=3A_Ditt_raderings=E4rende_=5BPRV-2026-1380=5D?=
Thread-Topic: Ditt raderingsärende [PRV-2026-1380]
Thread-Index: AQHbT5x1m2S7q0eXkUeP8gT3o9d6HbA=
Date: Mon, 9 Nov 2026 06:44:15 +0000
Message-ID: <HE1P190MB0412A7E3C1D9B4F2E8A0C6D5B7F1@HE1P190MB0412.EURP190.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-1380.4.1762333320@shop.example.be>
References: <prv-2026-1380.4.1762333320@shop.example.be>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach: 
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_HE1P190MB0412A7E3C1D9B4F2E8A0C6D5B7F1HE1P190MB0412EURP_"

--_000_HE1P190MB0412A7E3C1D9B4F2E8A0C6D5B7F1HE1P190MB0412EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej igen,

Jag vet att jag bad er radera mitt konto f=F6rra veckan, men v=E4nta med de=
t. Jag har en p=E5g=E5ende tvist med f=F6rs=E4kringsbolaget om tv:n jag k=
=F6pte hos er i mars (order SE-2026-031877) och jag beh=F6ver att kvittot o=
ch leveransuppgifterna finns kvar tills den =E4r avgjord.

Spara allts=E5 uppgifterna, men anv=E4nd dem inte till n=E5got annat under =
tiden. Jag h=F6r av mig n=E4r =E4rendet =E4r klart.

Mvh
Johan Bergstr=F6m

Skickat fr=E5n Outlook f=F6r iOS<https://aka.ms/o0ukef>

________________________________
Fr=E5n: Shop Example Privacy <privacy@shop.example.be>
Skickat: torsdag, november 5, 2026 10:02
Till: Johan Bergstr=F6m <johan.bergstrom@telia-mail.example.se>
=C4mne: Ditt raderings=E4rende [PRV-2026-1380]

Hej Johan,

Vi har tagit emot din beg=E4ran om radering. Ditt konto och dina uppgifter =
kommer att raderas inom 30 dagar.

Med v=E4nlig h=E4lsning
Integritetsteamet, Shop Example BV

--
KONFIDENTIALITET: Detta e-postmeddelande kan inneh=E5lla konfidentiell info=
rmation och =E4r endast avsett f=F6r adressaten. Om du har f=E5tt meddeland=
et av misstag, v=E4nligen meddela avs=E4ndaren och radera det.

--_000_HE1P190MB0412A7E3C1D9B4F2E8A0C6D5B7F1HE1P190MB0412EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div dir=3D"auto">Hej igen,<br><br>Jag vet att =
jag bad er radera mitt konto f=F6rra veckan, men v=E4nta med det. Jag har e=
n p=E5g=E5ende tvist med f=F6rs=E4kringsbolaget om tv:n jag k=F6pte hos er =
i mars (order SE-2026-031877) och jag beh=F6ver att kvittot och leveransupp=
gifterna finns kvar tills den =E4r avgjord.<br><br>Spara allts=E5 uppgifter=
na, men anv=E4nd dem inte till n=E5got annat under tiden. Jag h=F6r av mig =
n=E4r =E4rendet =E4r klart.<br><br>Mvh<br>Johan Bergstr=F6m</div><div dir=
=3D"auto"><br>Skickat fr=E5n <a href=3D"https://aka.ms/o0ukef">Outlook f=F6=
r iOS</a></div><hr><div><b>Fr=E5n:</b> Shop Example Privacy &lt;privacy@sho=
p.example.be&gt;<br><b>Skickat:</b> torsdag, november 5, 2026 10:02<br><b>T=
ill:</b> Johan Bergstr=F6m<br><b>=C4mne:</b> Ditt raderings=E4rende [PRV-20=
26-1380]</div><div>Hej Johan,<br><br>Vi har tagit emot din beg=E4ran om rad=
ering. Ditt konto och dina uppgifter kommer att raderas inom 30 dagar.<br><=
br>Med v=E4nlig h=E4lsning<br>Integritetsteamet, Shop Example BV</div><p st=
yle=3D"font-size:9px;color:#777">KONFIDENTIALITET: Detta e-postmeddelande k=
an inneh=E5lla konfidentiell information och =E4r endast avsett f=F6r adres=
saten. Om du har f=E5tt meddelandet av misstag, v=E4nligen meddela avs=E4nd=
aren och radera det.</p></body></html>

--_000_HE1P190MB0412A7E3C1D9B4F2E8A0C6D5B7F1HE1P190MB0412EURP_--
'''),
    ('sv', 'mailman-held-for-moderation-sv', 'automated', (),
'''Return-Path: <handlarforum-bounces@listor.handlarforbund.example.se>
Received: from listor.handlarforbund.example.se (listor.handlarforbund.example.se [46.246.93.12])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id DBD1686D9A
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 13:05:44 +0100
Subject: =?iso-8859-1?q?Ditt_meddelande_till_Handlarforum_v=E4ntar_p=E5_moderatorns?=
	=?iso-8859-1?q?_godk=E4nnande?=
From: handlarforum-owner@listor.handlarforbund.example.se
To: privacy@shop.example.be
Message-ID: <mailman.88.1762862742.1190.handlarforum@listor.handlarforbund.example.se>
Date: Wed, 11 Nov 2026 13:05:42 +0100
Precedence: bulk
X-BeenThere: handlarforum@listor.handlarforbund.example.se
X-Mailman-Version: 2.1.39
List-Id: Handlarforum <handlarforum.listor.handlarforbund.example.se>
X-List-Administrivia: yes
Errors-To: handlarforum-bounces@listor.handlarforbund.example.se
Sender: "Handlarforum" <handlarforum-bounces@listor.handlarforbund.example.se>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ditt e-postmeddelande till 'Handlarforum' med =E4mnet

    Fr=E5ga om lojalitetskort och GDPR

h=E5lls kvar tills listmoderatorn kan granska det f=F6r godk=E4nnande.

Orsaken till att det h=E5lls kvar:

    Avs=E4ndaren =E4r inte medlem i listan

Antingen kommer meddelandet att skickas vidare till listan, eller s=E5
kommer du att f=E5 ett meddelande om moderatorns beslut. Om du vill
=E5terkalla ditt meddelande, g=E5 till f=F6ljande adress:

    https://listor.handlarforbund.example.se/mailman/confirm/handlarforum/3=
f9c0e1b7a2d4c6e8f10a2b3c4d5e6f708192a3b
'''),
    ('ro', 'ooo-cp1250-cedilla-qp', 'automated', (),
'''Return-Path: <andreea.popescu@carpati-retail.example.ro>
Received: from mail.carpati-retail.example.ro (mail.carpati-retail.example.ro [86.105.212.31])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id FC21DC22ED
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:41:27 +0100
From: "Popescu Andreea" <andreea.popescu@carpati-retail.example.ro>
To: <privacy@shop.example.be>
Subject: =?windows-1250?Q?R=E3spuns_automat=3A_Solicitarea_dvs=2E_de_acces_la_date_=5BPRV-2026-1423=5D?=
Date: Fri, 30 Oct 2026 11:41:24 +0200
Message-ID: <000b01dc4a82$7e3f1c20$7abd5460$@carpati-retail.example.ro>
In-Reply-To: <prv-2026-1423.1.1761817250@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable
Content-Language: ro

Bun=E3 ziua,

Sunt =EEn concediu p=E2n=E3 joi, 5 noiembrie 2026. Mesajele nu sunt redirec=
=FEionate =BAi vor fi citite dup=E3 =EEntoarcere.

Pentru probleme urgente v=E3 rog s=E3 o contacta=FEi pe colega mea, Ioana S=
t=E3nescu (ioana.stanescu@carpati-retail.example.ro, tel. +40 21 310 44 90).

Cu stim=E3,
Andreea Popescu
Responsabil protec=FEia datelor
'''),
    ('ro', 'boxtrapper-challenge-response-ro', 'automated', (),
'''Return-Path: <radu.ionescu@constructii-delta.example.ro>
Received: from server14.gazduire-ro.example.ro (server14.gazduire-ro.example.ro [89.42.219.14])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 0ACB826FC7
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 09:15:26 +0100
From: radu.ionescu@constructii-delta.example.ro
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Verificare_necesar=C4=83:_Confirmarea_identit=C4=83=C8=9Bii_[PRV-2026-1437]?=
Date: Wed, 4 Nov 2026 10:15:23 +0200
Message-ID: <boxtrapper.1762244123.44120@server14.gazduire-ro.example.ro>
X-Boxtrapper: 8e41c0a27d
Auto-Submitted: auto-replied
Precedence: bulk
X-Autorespond: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Adresa radu.ionescu@constructii-delta.example.ro este protejat=C4=83 de un =
sistem de verificare anti-spam. Mesajul dumneavoastr=C4=83 cu subiectul

    "Confirmarea identit=C4=83=C8=9Bii [PRV-2026-1437]"

a fost re=C8=9Binut =C8=99i NU a fost livrat =C3=AEnc=C4=83 destinatarului.

Pentru ca mesajul s=C4=83 fie livrat, v=C4=83 rug=C4=83m s=C4=83 confirma=
=C8=9Bi c=C4=83 sunte=C8=9Bi o persoan=C4=83 real=C4=83:
  - r=C4=83spunde=C8=9Bi la acest e-mail f=C4=83r=C4=83 a modifica subiectu=
l, sau
  - accesa=C8=9Bi linkul: https://verificare.constructii-delta.example.ro/b=
t/confirm?id=3D8e41c0a27d

Dac=C4=83 nu confirma=C8=9Bi =C3=AEn 7 zile, mesajul va fi =C8=99ters autom=
at.

Trebuie s=C4=83 face=C8=9Bi acest lucru o singur=C4=83 dat=C4=83.

BoxTrapper =E2=80=93 constructii-delta.example.ro
'''),
    ('ro', 'person-outlook-tnef-correction-latin2', 'correction', (),
'''Return-Path: <cristina.dumitrescu@yahoo-mail.example.ro>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (EUR05-VI1-obe.outbound.protection.outlook.com [52.100.18.140])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 1152A7CEC8
	for <privacy@shop.example.be>; Fri, 06 Nov 2026 18:27:04 +0100
From: Cristina Dumitrescu <cristina.dumitrescu@yahoo-mail.example.ro>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Corectare_date_personale_-_card_de_fidelitate?=
Thread-Topic: Corectare date personale - card de fidelitate
Thread-Index: AdtQ4kq8s9l0q0a+Tq2XvYw1Cq3bkg==
Date: Fri, 6 Nov 2026 17:27:00 +0000
Message-ID: <VI1P195MB2240C3A9F1E0D7B6A5C4E2F1D0AB3@VI1P195MB2240.EURP195.PROD.OUTLOOK.COM>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: <VI1P195MB2240C3A9F1E0D7B6A5C4E2F1D0AB3@VI1P195MB2240.EURP195.PROD.OUTLOOK.COM>
MIME-Version: 1.0
Content-Type: multipart/mixed;
	boundary="_003_VI1P195MB2240C3A9F1E0D7B6A5C4E2F1D0AB3VI1P195MB2240EURP_"

--_003_VI1P195MB2240C3A9F1E0D7B6A5C4E2F1D0AB3VI1P195MB2240EURP_
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Bun=E3 ziua,

V=E3 scriu pentru a corecta datele din contul meu de client =BAi de pe card=
ul de fidelitate nr. 7720 1184 3365:

- data na=BAterii apare gre=BAit: 14.07.1968, corect este 17.04.1986;
- numele complet este Cristina-Maria Dumitrescu (lipse=BAte "Maria");
- num=E3rul de telefon s-a schimbat, cel nou este +32 486 55 21 09.

V=E3 mul=FEumesc,
Cristina-Maria Dumitrescu

--_003_VI1P195MB2240C3A9F1E0D7B6A5C4E2F1D0AB3VI1P195MB2240EURP_
Content-Type: application/ms-tnef; name="winmail.dat"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="winmail.dat"

eJ8+IkxhAQaQCAAEAAAAAAABAAEAAQeQBgAIAAAA5AQAAAAAAADoAAEIgAcAGAAAAElQTS5NaWNy
b3NvZnQgTWFpbC5Ob3RlADEIAQSAAQBDb3JlY3RhcmUgZGF0ZSBwZXJzb25hbGUgLSBjYXJkIGRl
IGZpZGVsaXRhdGUA6V838w0iqf/Z42cl/+zvbjUOZAMfcusLMiKz4aNc7itZFGJGnlSfPt2F12VQ
jxxbxei4oO8d8GQpo3ByXfW01daygvNQOMIoj0flNrvhOEgDM5i/FC7HenE96z0XoL8Hd/WIqwFV
lADfrRkhL8shE8tgs8mJDH8UuwWqwic4U66XcKP1kk9PS3t6F9f616kk7J37v/WxzT90a72K5XOR
RuWHzjE9zFpR54Vpu8L+vki2aMPjbUJhxUUCSDqVeVM5zI/xNvxJGZG4tLGTFn+gPr5lhhFWcYkY
HFAkdPLqBu0BqyTRf500OBAoZkKBPqORSBDBBsPd1h+lAMRnydMb4Bj6ehEBuSQ/VlbBgPuE6CRA
TTmFmxcsUVdzWuj15Jj35Vh4qoLniegCGgQV2EL67k0ywmHb1Pm9yv3nqfZJaIizvc1RT70RD4cn
0L2nF4f2vKUh7Lh+N9CCnmb5iIASVlHa3/N7kHQHT+Z8PpU5NSKOUqoa99M/rHGLgbhLpm8DKn29
JCnjqeN4J9lAQR2nBhs5gy7oF8MVomjaQ1Z0Y4yYJX7gWRoy7BWYURugIGcHTP19Y/7rpL7lT3+x
oaeUFxan6PQwPdG5SZJKX3uGdASBDJiTeM16+zwD7dHir/3KubgEvNMtEIyoQsA1NahM/Ms+KQ87
Jg8f4KZLECIN/EY+vHvRQY6Icetq3PJtf9BlpkKsHSGW0IJ44DmtRl1jz0svfX8Da5NPM6Pf/NZM
cq0hKPOtvk9On+JijTbpcCRZYcLrUqHfNJP1YcUGql5inWENggjKwMIoKED/h6kfFyBuvg8gkEZ1
U0+Hq933Lzhrlp2QFvsRE0hapIz8vUFmqLYTxqxKYigxBdKyyIDDszJVQaL4Sl6pfvs7YUbM76C2
ptY+w3twXcGlTD5ftmaCUgJhc+JECX20UVJU8WLYJAmIj+k/RWd9blThFB8zJeK0jW887zLF2USh
KHw9xv/NGdJVjtC3AfSY9EhuCvIFCiCxmwUJnJ/RBI85nhZTSCiFfIvWS5Fi73Soot1/zuhfnAxx
G8D4bJySj5WQ61veu5NAPUC70YhFAkzDVHM5c/jMH/Vg9s7lwnHxWDokFJqNc24WU+fLJuOgTC7N
cO+5Ka9CWXvaSsi4ThXk2JiJihkIS812mv/qZFO0mjzG//uCU9Fb1r7moFM5PHhQ44KmidLi7HKR

--_003_VI1P195MB2240C3A9F1E0D7B6A5C4E2F1D0AB3VI1P195MB2240EURP_--
'''),
    ('ro', 'outlook-read-receipt-citit-base64', 'automated', (),
'''Return-Path: <mihai.georgescu@transilvania-it.example.ro>
Received: from smtp.transilvania-it.example.ro (smtp.transilvania-it.example.ro [185.104.180.23])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 3D4EDB4823
	for <privacy@shop.example.be>; Mon, 09 Nov 2026 12:05:21 +0100
From: "Mihai Georgescu" <mihai.georgescu@transilvania-it.example.ro>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?Q2l0aXQ6IFLEg3NwdW5zIGxhIHNvbGljaXRhcmVhIGR2cy4gZGUgxZ90ZXJnZXJlIFtQUlYtMjAyNi0xNDU1XQ==?=
Date: Mon, 9 Nov 2026 13:05:17 +0200
Message-ID: <001901dc4f10$2a6b7e30$7f427a90$@transilvania-it.example.ro>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0019_01DC4F10.2A6B7E30"
X-Mailer: Microsoft Outlook 16.0
Content-Language: ro

This is a multipart message in MIME format.

------=_NextPart_000_0019_01DC4F10.2A6B7E30
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: base64

TWVzYWp1bCBkdnMuCgogIEPEg3RyZTogTWloYWkgR2Vvcmdlc2N1CiAgU3ViaWVjdDogUsSDc3B1
bnMgbGEgc29saWNpdGFyZWEgZHZzLiBkZSDFn3RlcmdlcmUgW1BSVi0yMDI2LTE0NTVdCiAgVHJp
bWlzOiBsdW5pLCA5IG5vaWVtYnJpZSAyMDI2IDExOjIwOjQxIChVVEMrMDI6MDApIEJ1Y3VyZcWf
dGkKCmEgZm9zdCBjaXRpdCBsYSBsdW5pLCA5IG5vaWVtYnJpZSAyMDI2IDEzOjA1OjE3IChVVEMr
MDI6MDApIEJ1Y3VyZcWfdGkuCg==

------=_NextPart_000_0019_01DC4F10.2A6B7E30
Content-Type: message/disposition-notification

Reporting-UA: transilvania-it.example.ro; Microsoft Outlook 16.0
Final-Recipient: rfc822;mihai.georgescu@transilvania-it.example.ro
Original-Message-ID: <prv-2026-1455.3.1762683641@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0019_01DC4F10.2A6B7E30--
'''),
    ('el', 'ooo-iso8859-7-base64', 'automated', (),
'''Return-Path: <g.papadopoulos@aigaio-logistics.example.gr>
Received: from mail.aigaio-logistics.example.gr (mail.aigaio-logistics.example.gr [62.103.82.19])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 6CCE86E5E9
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:30:51 +0100
From: =?ISO-8859-7?B?w+n+8ePv8iDQ4fDh5Pzw7/Xr7/I=?= <g.papadopoulos@aigaio-logistics.example.gr>
To: privacy@shop.example.be
Subject: =?ISO-8859-7?B?wfX0/Ozh9Ocg4fDc7fTn8+c6INTvIOHf9Ofs3CDz4fIg4+nhIPDx/PPi4fPn?=
 =?ISO-8859-7?B?IFtQUlYtMjAyNi0xNDE0XQ==?=
Date: Wed, 28 Oct 2026 16:30:47 +0200
Message-ID: <vac.1761661847.3391@mail.aigaio-logistics.example.gr>
In-Reply-To: <prv-2026-1414.2.1761661820@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-7
Content-Transfer-Encoding: base64

yuHr5/Pw3fHhIPPh8iwKCsjhIOHw7/Xz6dzm+SDh8Pwg9O8g4/Hh9uXf7yDd+fIg6uHpIPTn7SDQ
4fHh8+rl9d4gNiDN7+Xs4vHf7/UgMjAyNiwg9/nx3/Ig8PH88+Lh8+cg8/TvIOfr5er08e/t6er8
IPTh9/Xk8e/s5d/vLgoKw+nhIOXw5d/j7+304SDo3ezh9OEg8OHx4erh6/4g5fDp6u/p7fnt3vP0
5SDs5SD05+0g6uEgzOHx3+Egzenq7+vc7/UgKG0ubmlrb2xhb3VAYWlnYWlvLWxvZ2lzdGljcy5l
eGFtcGxlLmdyLCD05+suIDIxMCA0MTIwIDMzNikuCgrM5SDl6vTf7Ofz5ywKw+n+8ePv8iDQ4fDh
5Pzw7/Xr7/IK1fDl/ej17e/yINDx7/P04fPf4fIgxOXk7+zd7fntCg==
'''),
    ('el', 'isp-dsn-el-cp1253', 'automated', (),
'''Return-Path: <>
Received: from mx.otenet-mail.example.gr (mx.otenet-mail.example.gr [83.235.64.44])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 93FC0E8E8F
	for <privacy@shop.example.be>; Thu, 05 Nov 2026 15:35:21 +0100
Date: Thu,  5 Nov 2026 16:35:18 +0200 (EET)
From: MAILER-DAEMON@mx.otenet-mail.example.gr (Mail Delivery System)
Subject: =?windows-1253?Q?=CC=E7_=F0=E1=F1=E1=E4=EF=E8=DD=ED_=EC=DE=ED=F5=EC=E1?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3C91E0D7F2.1762353318/mx.otenet-mail.example.gr"
Message-Id: <20261105143518.3C91E0D7F2@mx.otenet-mail.example.gr>

--3C91E0D7F2.1762353318/mx.otenet-mail.example.gr
Content-Description: Notification
Content-Type: text/plain; charset=windows-1253
Content-Transfer-Encoding: quoted-printable

=C1=F5=F4=FC =E5=DF=ED=E1=E9 =F4=EF =F3=FD=F3=F4=E7=EC=E1 =E1=EB=EB=E7=EB=
=EF=E3=F1=E1=F6=DF=E1=F2 =F4=EF=F5 =E4=E9=E1=EA=EF=EC=E9=F3=F4=DE mx.otenet=
-mail.example.gr.

=CB=F5=F0=EF=FD=EC=E1=F3=F4=E5, =E1=EB=EB=DC =F4=EF =EC=DE=ED=F5=EC=DC =F3=
=E1=F2 =E4=E5=ED =DE=F4=E1=ED =E4=F5=ED=E1=F4=FC =ED=E1 =F0=E1=F1=E1=E4=EF=
=E8=E5=DF =F3=E5 =DD=ED=E1=ED =DE
=F0=E5=F1=E9=F3=F3=FC=F4=E5=F1=EF=F5=F2 =F0=E1=F1=E1=EB=DE=F0=F4=E5=F2. =C1=
=EA=EF=EB=EF=F5=E8=EF=FD=ED =EF=E9 =EA=E5=F6=E1=EB=DF=E4=E5=F2 =F4=EF=F5 =
=E1=F1=F7=E9=EA=EF=FD =EC=E7=ED=FD=EC=E1=F4=EF=F2.

<k.alexiou@otenet-mail.example.gr>: =EF =EB=EF=E3=E1=F1=E9=E1=F3=EC=FC=F2 =
=F4=EF=F5 =F0=E1=F1=E1=EB=DE=F0=F4=E7 =E4=E5=ED =F5=F0=DC=F1=F7=E5=E9
    (550 5.1.1 User unknown)

                   =D4=EF =F3=FD=F3=F4=E7=EC=E1 =E1=EB=EB=E7=EB=EF=E3=F1=E1=
=F6=DF=E1=F2

--3C91E0D7F2.1762353318/mx.otenet-mail.example.gr
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.otenet-mail.example.gr
Arrival-Date: Thu,  5 Nov 2026 16:35:16 +0200 (EET)

Final-Recipient: rfc822; k.alexiou@otenet-mail.example.gr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--3C91E0D7F2.1762353318/mx.otenet-mail.example.gr
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: k.alexiou@otenet-mail.example.gr
Subject: Your request to object to direct marketing [PRV-2026-1448]
Date: Thu, 05 Nov 2026 15:35:14 +0100
Message-ID: <prv-2026-1448.1.1762353314@shop.example.be>

--3C91E0D7F2.1762353318/mx.otenet-mail.example.gr--
'''),
    ('el', 'person-forwards-order-confirmation-cp1253', 'other', (),
'''Return-Path: <eleni.konst@yahoo-mail.example.gr>
Received: from sonic314-21.consmr.mail.ir2.yahoo-mail.example.com (sonic314-21.consmr.mail.ir2.yahoo-mail.example.com [77.238.176.147])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 1393690EC8
	for <privacy@shop.example.be>; Fri, 06 Nov 2026 20:50:12 +0100
Date: Fri, 6 Nov 2026 19:50:08 +0000 (UTC)
From: =?windows-1253?B?xevd7ecgyvnt8/Th7fTf7e/1?= <eleni.konst@yahoo-mail.example.gr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1184029577.2201884.1762458608311@mail.yahoo-mail.example.com>
Subject: Fwd: Your order confirmation #SE-2026-884120
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1253
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24652 YMailNorrin

=CA=E1=EB=E7=F3=F0=DD=F1=E1,

=D0=E1=F1=DE=E3=E3=E5=E9=EB=E1 =F3=F4=E9=F2 20 =CF=EA=F4=F9=E2=F1=DF=EF=F5 =
=EA=E1=E9 =E1=EA=FC=EC=E1 =E4=E5=ED =DD=F7=F9 =EB=DC=E2=E5=E9 =F4=EF =E4=DD=
=EC=E1. =C7 =F0=E1=F1=E1=EA=EF=EB=EF=FD=E8=E7=F3=E7 =E3=F1=DC=F6=E5=E9 =E1=
=EA=FC=EC=E1 =AB=F3=E5 =F0=F1=EF=E5=F4=EF=E9=EC=E1=F3=DF=E1=BB =E5=E4=FE =
=EA=E1=E9 =E4=FD=EF =E5=E2=E4=EF=EC=DC=E4=E5=F2. =CC=F0=EF=F1=E5=DF=F4=E5 =
=ED=E1 =EC=EF=F5 =F0=E5=DF=F4=E5 =F4=E9 =F3=F5=EC=E2=E1=DF=ED=E5=E9 =DE =ED=
=E1 =EC=EF=F5 =E5=F0=E9=F3=F4=F1=DD=F8=E5=F4=E5 =F4=E1 =F7=F1=DE=EC=E1=F4=
=E1;

=C5=F5=F7=E1=F1=E9=F3=F4=FE,
=C5=EB=DD=ED=E7 =CA=F9=ED=F3=F4=E1=ED=F4=DF=ED=EF=F5

-------- =D0=F1=EF=F9=E8=E7=EC=DD=ED=EF =EC=DE=ED=F5=EC=E1 --------
=C1=F0=FC: Shop Example <orders@shop.example.be>
=D0=F1=EF=F2: eleni.konst@yahoo-mail.example.gr
=C7=EC=E5=F1=EF=EC=E7=ED=DF=E1: =D4=F1=DF=F4=E7, 20 =CF=EA=F4=F9=E2=F1=DF=
=EF=F5 2026, 21:14
=C8=DD=EC=E1: Your order confirmation #SE-2026-884120

Thank you for your order!

Order number: SE-2026-884120
1 x Stand mixer ProBake 5L - EUR 229.00
Delivery: home delivery, 3-5 working days

This is an automatic message, please do not reply.
'''),
    ('el', 'google-calendar-accepted-b-encoded-folded', 'automated', (),
'''Return-Path: <d.vlachos@hellas-pay.example.gr>
Received: from mail-wr1-f74.google.com (mail-wr1-f74.google.com [209.85.221.74])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 20B63C6F54
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 10:15:27 +0100
MIME-Version: 1.0
Date: Wed, 04 Nov 2026 09:15:22 +0000
Reply-To: Dimitris Vlachos <d.vlachos@hellas-pay.example.gr>
Sender: =?UTF-8?B?zpfOvM61z4HOv867z4zOs865zr8gR29vZ2xl?= <calendar-notification@google.com>
Message-ID: <calendar-0e4b6d8f-2a1c-4e3b-9d5f-7a8b9c0d1e2f@google.com>
Subject: =?UTF-8?B?zpHPgM6/zrTOtc66z4TOriDPgM+Bz4zPg866zrvOt8+Dzrc6IFRlbGVjb25m?=
 =?UTF-8?B?ZXJlbmNlIERQQSAtIFNob3AgRXhhbXBsZSAvIEhlbGxhcyBQYXkgQCDOpM+B?=
 =?UTF-8?B?zq8gMTAgzp3Ov861IDIwMjYgMTLOvC7OvC4gLSAxMjozMM68Ls68LiAoRUVU?=
 =?UTF-8?B?KSAocHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUp?=
From: Dimitris Vlachos <d.vlachos@hellas-pay.example.gr>
To: privacy@shop.example.be
Content-Type: multipart/mixed; boundary="0000000000009f3c2a0624b9d1e7"

--0000000000009f3c2a0624b9d1e7
Content-Type: multipart/alternative; boundary="0000000000009f3c280624b9d1e5"

--0000000000009f3c280624b9d1e5
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

zp8gz4fPgc6uz4PPhM63z4IgRGltaXRyaXMgVmxhY2hvcyDOsc+Azr/OtM6tz4fPhM63zrrOtSDO
sc+Fz4TOriDPhM63zr0gz4DPgc+Mz4POus67zrfPg863LgoKVGVsZWNvbmZlcmVuY2UgRFBBIC0g
U2hvcCBFeGFtcGxlIC8gSGVsbGFzIFBheQrOpM+Bzq/PhM63IDEwIM6dzr/OtSAyMDI2IOKLhSAx
MjowMM68Ls68LiDigJMgMTI6MzDOvC7OvC4gKM6nzrXOuc68zrXPgc65zr3OriDPjs+BzrEgzpHO
vc6xz4TOv867zrnOus6uz4IgzpXPhc+Bz47PgM63z4IgLSDOkc64zq7Ovc6xKQoKzpTOuc6/z4HO
s86xzr3Pic+Ezq7Pggpwcml2YWN5QHNob3AuZXhhbXBsZS5iZQoKzqDPgc+Mz4POus67zrfPg863
IM6xz4DPjCDPhM6/IM6XzrzOtc+Bzr/Ou8+MzrPOuc6/IEdvb2dsZTogaHR0cHM6Ly9jYWxlbmRh
ci5nb29nbGUuY29tL2NhbGVuZGFyLwo=

--0000000000009f3c280624b9d1e5
Content-Type: text/calendar; charset="UTF-8"; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261110T100000Z
DTEND:20261110T103000Z
DTSTAMP:20261104T091522Z
ORGANIZER;CN=Shop Example Privacy:mailto:privacy@shop.example.be
UID:2a7d0c4e-91f3-4b58-8e26-c0f1a3b5d7e9@shop.example.be
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Dimitri
 s Vlachos;X-NUM-GUESTS=0:mailto:d.vlachos@hellas-pay.example.gr
CREATED:20261103T155010Z
LAST-MODIFIED:20261104T091522Z
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Teleconference DPA - Shop Example / Hellas Pay
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR

--0000000000009f3c280624b9d1e5--

--0000000000009f3c2a0624b9d1e7
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSClBST0RJRDotLy9Hb29nbGUgSW5jLy9Hb29nbGUgQ2FsZW5kYXIgNzAu
OTA1NC8vRU4KVkVSU0lPTjoyLjAKQ0FMU0NBTEU6R1JFR09SSUFOCk1FVEhPRDpSRVBMWQpCRUdJ
TjpWRVZFTlQKRFRTVEFSVDoyMDI2MTExMFQxMDAwMDBaCkRURU5EOjIwMjYxMTEwVDEwMzAwMFoK
RFRTVEFNUDoyMDI2MTEwNFQwOTE1MjJaCk9SR0FOSVpFUjtDTj1TaG9wIEV4YW1wbGUgUHJpdmFj
eTptYWlsdG86cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUKVUlEOjJhN2QwYzRlLTkxZjMtNGI1OC04
ZTI2LWMwZjFhM2I1ZDdlOUBzaG9wLmV4YW1wbGUuYmUKQVRURU5ERUU7Q1VUWVBFPUlORElWSURV
QUw7Uk9MRT1SRVEtUEFSVElDSVBBTlQ7UEFSVFNUQVQ9QUNDRVBURUQ7Q049RGltaXRyaQogcyBW
bGFjaG9zO1gtTlVNLUdVRVNUUz0wOm1haWx0bzpkLnZsYWNob3NAaGVsbGFzLXBheS5leGFtcGxl
LmdyCkNSRUFURUQ6MjAyNjExMDNUMTU1MDEwWgpMQVNULU1PRElGSUVEOjIwMjYxMTA0VDA5MTUy
MloKU0VRVUVOQ0U6MApTVEFUVVM6Q09ORklSTUVEClNVTU1BUlk6VGVsZWNvbmZlcmVuY2UgRFBB
IC0gU2hvcCBFeGFtcGxlIC8gSGVsbGFzIFBheQpUUkFOU1A6T1BBUVVFCkVORDpWRVZFTlQKRU5E
OlZDQUxFTkRBUgo=

--0000000000009f3c2a0624b9d1e7--
'''),
    ('bg', 'outlook-ooo-cp1251-base64', 'automated', (),
'''Return-Path: <m.georgieva@balkan-trade.example.bg>
Received: from mail.balkan-trade.example.bg (mail.balkan-trade.example.bg [87.120.41.9])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 640B8610E2
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 12:02:35 +0100
From: =?windows-1251?B?zODw6P8gw+Xu8OPo5eLg?= <m.georgieva@balkan-trade.example.bg>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1251?B?wOLy7uzg8uj35e0g7vLj7uLu8DogwuD45fLuIOjx6uDt5SDn4CDk7vHy+u8gW1BSVi0yMDI2LTE0MjBd?=
Thread-Topic: =?windows-1251?B?wuD45fLuIOjx6uDt5SDn4CDk7vHy+u8gW1BSVi0yMDI2LTE0MjBd?=
Date: Fri, 30 Oct 2026 11:02:31 +0000
Message-ID: <0b7d1e5f2c9a4f38b6e1a0c3d5f7e9b2@EXCH.balkan-trade.local>
In-Reply-To: <prv-2026-1420.1.1761822100@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: bg-BG
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

x+Tw4OLl6fLlLAoKwevg4+7k4PD/IOfgIPH67uH55e3o5fLuLiDCIO7y7/Px6iDx+uwg5O4gOSDt
7uXs4vDoIDIwMjYg4y4g4urr/vfo8uXr7e4g6CDt/+zg7CDk7vHy+u8g5O4g5evl6vLw7u3t4PLg
IPHoIO/u+eAuCgrP8Ogg8e/l+O3oIOL67/Du8egsIOzu6/8sIO7h+vDt5fLlIPHlIOr67CDq7uvl
4+Dy4CDs6CDP5fL68CDI4uDt7uIgKHAuaXZhbm92QGJhbGthbi10cmFkZS5leGFtcGxlLmJnLCDy
5esuICszNTkgMiA5ODEgNDQgMTApLgoKz+7n5PDg4ugsCszg8Oj/IMPl7vDj6OXi4ArE6/rm7e7x
8u3uIOvo9uUg7+4g5+D56PLgIO3gIOTg7e3o8uUK
'''),
    ('bg', 'old-vacation-cp1251-mislabelled-koi8r', 'automated', (),
'''Return-Path: <s.petrov@dir-mail.example.bg>
Received: from mx.dir-mail.example.bg (mx.dir-mail.example.bg [194.145.63.12])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 770FBCE41A
	for <privacy@shop.example.be>; Wed, 04 Nov 2026 16:44:08 +0100
Date: Wed, 4 Nov 2026 17:44:05 +0200
From: =?KOI8-R?B?89TP0c4g8MXU0s/X?= <s.petrov@dir-mail.example.bg>
To: privacy@shop.example.be
Subject: =?KOI8-R?B?79TT39PU18HNIM/UIM/GydPB?= (Re: Your request [PRV-2026-1440])
Message-Id: <202611041544.4A4Fi5aK012877@mx.dir-mail.example.bg>
Precedence: junk
X-Mailer: vacation 1.2.7
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=koi8-r
Content-Transfer-Encoding: base64

x+Tw4OLl6fLlLAoKzf/s4CDk4CDh+uTgIOIg7vTo8eAg5O4gMTEuMTEuMjAyNiDjLiDZ5SDu8uPu
4u7w/yDt4CDv6PHs7vLuIMLoIPHr5eQg5+Di8Pr54O3l8u4g8eguCgrR8u7/7SDP5fLw7uIK
'''),
    ('bg', 'isp-dsn-bg-cp1251-qp', 'automated', (),
'''Return-Path: <>
Received: from mx.abv-mail.example.bg (mx.abv-mail.example.bg [194.153.145.70])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 8AB928C3E9
	for <privacy@shop.example.be>; Fri, 06 Nov 2026 14:09:40 +0100
Date: Fri,  6 Nov 2026 15:09:37 +0200 (EET)
From: MAILER-DAEMON@mx.abv-mail.example.bg (=?windows-1251?Q?=CF=EE=F9=E5=ED=F1=EA=E0_=F1=E8=F1=F2=E5=EC=E0?=)
Subject: =?windows-1251?Q?=CD=E5=E4=EE=F1=F2=E0=E2=E5=ED=EE_=F1=FA=EE=E1=F9=E5=ED=E8=E5?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6AF0E21C9B.1762434577/mx.abv-mail.example.bg"
Message-Id: <20261106130937.6AF0E21C9B@mx.abv-mail.example.bg>

--6AF0E21C9B.1762434577/mx.abv-mail.example.bg
Content-Description: Notification
Content-Type: text/plain; charset=windows-1251
Content-Transfer-Encoding: quoted-printable

=D2=EE=E2=E0 =E5 =EF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =F1=E8=F1=F2=E5=EC=E0 =ED=
=E0 =F1=FA=F0=E2=FA=F0=E0 mx.abv-mail.example.bg.

=C7=E0 =F1=FA=E6=E0=EB=E5=ED=E8=E5 =C2=E0=F8=E5=F2=EE =F1=FA=EE=E1=F9=E5=ED=
=E8=E5 =ED=E5 =EC=EE=E6=E0 =E4=E0 =E1=FA=E4=E5 =E4=EE=F1=F2=E0=E2=E5=ED=EE =
=E4=EE =E5=E4=E8=ED =E8=EB=E8
=EF=EE=E2=E5=F7=E5 =EF=EE=EB=F3=F7=E0=F2=E5=EB=E8. =C7=E0=E3=EB=E0=E2=ED=E0=
=F2=E0 =F7=E0=F1=F2 =ED=E0 =EE=F0=E8=E3=E8=ED=E0=EB=ED=EE=F2=EE =F1=FA=EE=
=E1=F9=E5=ED=E8=E5 =E5 =EF=F0=E8=EB=EE=E6=E5=ED=E0.

<georgi.dimitrov77@abv-mail.example.bg>: =EF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =EA=
=F3=F2=E8=FF =ED=E0 =EF=EE=EB=F3=F7=E0=F2=E5=EB=FF
    =E5 =EF=FA=EB=ED=E0 (552 5.2.2 Mailbox quota exceeded)

                   =CF=EE=F9=E5=ED=F1=EA=E0=F2=E0 =F1=E8=F1=F2=E5=EC=E0

--6AF0E21C9B.1762434577/mx.abv-mail.example.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv-mail.example.bg
Arrival-Date: Fri,  6 Nov 2026 15:09:35 +0200 (EET)

Final-Recipient: rfc822; georgi.dimitrov77@abv-mail.example.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--6AF0E21C9B.1762434577/mx.abv-mail.example.bg
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Shop Example Privacy Team <privacy@shop.example.be>
To: georgi.dimitrov77@abv-mail.example.bg
Subject: Your data portability request [PRV-2026-1452]
Date: Fri, 06 Nov 2026 14:09:33 +0100
Message-ID: <prv-2026-1452.2.1762434573@shop.example.be>

--6AF0E21C9B.1762434577/mx.abv-mail.example.bg--
'''),
    ('bg', 'ticket-ack-alternative-empty-text', 'automated', (),
'''Return-Path: <noreply@support.paysys.example.bg>
Received: from mail2.paysys.example.bg (mail2.paysys.example.bg [212.36.11.98])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id 58297085F2
	for <privacy@shop.example.be>; Thu, 05 Nov 2026 10:37:26 +0100
Date: Thu, 05 Nov 2026 11:37:23 +0200
From: =?UTF-8?B?0J/QtdC50YHQuNGBINCR0YrQu9Cz0LDRgNC40Y8g4oCTINCf0L7QtNC00YDRitC20LrQsA==?= <noreply@support.paysys.example.bg>
To: privacy@shop.example.be
Message-ID: <ticket.BG-77120.1762335443@support.paysys.example.bg>
Subject: =?UTF-8?B?W0JHLTc3MTIwXSDQn9C+0LvRg9GH0LjRhdC80LUg0JLQsNGI0LXRgtC+INC30LDQv9C40YLQstCw0L3QtQ==?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1=_Qm9yaWthVGlja2V0MTc2MjMzNTA0Mw"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--b1=_Qm9yaWthVGlja2V0MTc2MjMzNTA0Mw
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit


--b1=_Qm9yaWthVGlja2V0MTc2MjMzNTA0Mw
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keSBzdHlsZT0iZm9udC1mYW1pbHk6QXJp
YWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTRweCI+CjxwPtCX0LTRgNCw0LLQtdC50YLQtSw8L3A+
CjxwPtCf0L7Qu9GD0YfQuNGF0LzQtSDQktCw0YjQtdGC0L4g0LfQsNC/0LjRgtCy0LDQvdC1INC4
INGC0L4g0LHQtdGI0LUg0YDQtdCz0LjRgdGC0YDQuNGA0LDQvdC+INC/0L7QtCDQvdC+0LzQtdGA
IDxiPkJHLTc3MTIwPC9iPi48L3A+CjxwPtCi0LXQvNCwOiA8aT7QlNC+0LPQvtCy0L7RgCDQt9Cw
INC+0LHRgNCw0LHQvtGC0LLQsNC90LUg0L3QsCDQu9C40YfQvdC4INC00LDQvdC90Lgg4oCTIFNo
b3AgRXhhbXBsZSBCVjwvaT48L3A+CjxwPtCd0LDRiCDRgdC70YPQttC40YLQtdC7INGJ0LUg0YHQ
tSDRgdCy0YrRgNC20LUg0YEg0JLQsNGBINCyINGA0LDQvNC60LjRgtC1INC90LAgMiDRgNCw0LHQ
vtGC0L3QuCDQtNC90LguINCc0L7Qu9GPLCDQvdC1INC/0YDQvtC80LXQvdGP0LnRgtC1INGC0LXQ
vNCw0YLQsCwg0LDQutC+INC+0YLQs9C+0LLQsNGA0Y/RgtC1INC90LAg0YLQvtCy0LAg0L/QuNGB
0LzQvi48L3A+CjxwPtChINGD0LLQsNC20LXQvdC40LUsPGJyPtCV0LrQuNC/0YrRgiDQv9C+INC+
0LHRgdC70YPQttCy0LDQvdC1INC90LAg0LrQu9C40LXQvdGC0Lg8YnI+0J/QtdC50YHQuNGBINCR
0YrQu9Cz0LDRgNC40Y8g0JXQkNCUPC9wPgo8cCBzdHlsZT0iZm9udC1zaXplOjExcHg7Y29sb3I6
Izk5OSI+0KLQvtCy0LAg0LUg0LDQstGC0L7QvNCw0YLQuNGH0L3QviDQs9C10L3QtdGA0LjRgNCw
0L3QviDRgdGK0L7QsdGJ0LXQvdC40LUuPC9wPgo8L2JvZHk+PC9odG1sPgo=

--b1=_Qm9yaWthVGlja2V0MTc2MjMzNTA0Mw--
'''),
    ('bg', 'person-empty-body-letter-as-txt-attachment-rfc2231', 'access', (),
'''Return-Path: <n.dimitrov@abv-mail.example.bg>
Received: from smtp-out.abv-mail.example.bg (smtp-out.abv-mail.example.bg [194.153.145.80])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
	 key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
	(No client certificate requested)
	by mx1.shop.example.be (Postfix) with ESMTPS id C77711EA8B
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 21:03:48 +0100
Message-ID: <e2c4a6b8-0d1f-4a3b-8c5d-7e9f1a2b3c4d@abv-mail.example.bg>
Date: Tue, 10 Nov 2026 22:03:44 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: =?UTF-8?B?0J3QuNC60L7Qu9Cw0Lkg0JTQuNC80LjRgtGA0L7Qsg==?= <n.dimitrov@abv-mail.example.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0JjRgdC60LDQvdC1?=
Content-Type: multipart/mixed; boundary="------------Bx7Qd2LkN0fT3mV9sR1cW4yH"

This is a multi-part message in MIME format.
--------------Bx7Qd2LkN0fT3mV9sR1cW4yH
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit


--------------Bx7Qd2LkN0fT3mV9sR1cW4yH
Content-Type: text/plain; charset=windows-1251;
 name*=windows-1251''%C8%F1%EA%E0%ED%E5_%E4%EE%F1%F2%FA%EF.txt
Content-Disposition: attachment;
 filename*=windows-1251''%C8%F1%EA%E0%ED%E5_%E4%EE%F1%F2%FA%EF.txt
Content-Transfer-Encoding: base64

xO4gU2hvcCBFeGFtcGxlIEJWCnByaXZhY3lAc2hvcC5leGFtcGxlLmJlCgrO8u3u8e3uOiDI8erg
7eUg5+Ag5O7x8vrvIOTuIOvo9+3oIOTg7e3oIO/uIPfrLiAxNSDu8iDO4fno/yDw5ePr4Ozl7fIg
7vLt7vHt7iDn4Pno8uDy4CDt4CDk4O3t6PLlCgrT4uDm4OXs6CDk4OzoIOgg4+7x7+7k4CwKCszu
6/8g5OAg7Ogg7/Dl5O7x8uDi6PLlIOru7+jlIO3gIOLx6Pfq6CDr6Pft6CDk4O3t6Cwg6u7o8u4g
7uHw4OHu8uLg8uUg5+Ag7OXtLCDi6uv+9+jy5evt7iDk4O3t6PLlLCDx4vrw5+Dt6CDxIOrg8PLg
8uAg7Ogg5+Ag6+7/6+3u8fIguSA1NTEyIDAwOTMgNzcxOCDoIPEg6uvo5e3y8ero/yDs6CDv8O70
6Osg4iDu7evg6e0g7ODj4Ofo7eAuCgrM7uv/IPH6+e4g5OAg7OUg6O307vDs6PDg8uUg5+Ag9uXr
6PLlIO3gIO7h8ODh7vLi4O3l8u4sIOfgIPHw7urgLCDn4CDq7uny7iDx5SDx+vXw4O3/4uDyIOTg
7e3o8uUsIO7yIOrg6vriIOjn8u737ejqIPHgIO/u6/P35e3oIOgg7eAg6u7oIO/u6/P34PLl6+gg
8eAg4ejr6CDv8OXk7vHy4OLl7eguCgrO8uPu4u7w+vIg7O7m5SDk4CDh+uTlIOjn7/Dg8uXtIO3g
IPLu5+gg6Ozl6esg4OTw5fEuCgrRIPPi4Obl7ejlLArN6Oru6+DpIMTo7Ojy8O7iCuPwLiDB8P7q
8eXrLCAxMC4xMS4yMDI2IOMuCg==

--------------Bx7Qd2LkN0fT3mV9sR1cW4yH--
'''),
]

"""Fiftyeighth set: robot mail of list brokers, data brokers, address-validation and moved services, print and mailing houses, postal returned-mail reports, Robinson registers, partner campaigns and consent platforms, plus people who look automatic (en, nl, fr, de, es, it, pt). Written apart from the code."""

ROBOTS = [
    ('en', 'listbroker-rental-delivered', 'automated', (),
'''Return-Path: <bounce-7731-privacy=shop.example.be@notify.marlowe-lists.example.co.uk>
Received: from mta3.notify.marlowe-lists.example.co.uk (mta3.notify.marlowe-lists.example.co.uk [198.51.100.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fQ9mT2xKvz7Lw3
        for <privacy@shop.example.be>; Tue, 10 Mar 2026 09:14:52 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=notify.marlowe-lists.example.co.uk; s=ml2026; t=1773130489;
        h=from:to:cc:subject:date:message-id:mime-version:content-type;
        bh=CEAM4W3D3cDYiOca/rPFrQO5k8Avh/1+rrif8CoKd3k=;
        b=vpV0R8YjGzU3fSZcnSA61EzGU3SozvCsj7tSGRdtgckJeS7KpbSF2FEn2CT8
         B1dJhBupciS3LZrcYAI9PKztrijr3dBqpwAr9lsbEhbuuJqJFq6rLiZ8K2mDtqxOlGC/yr
         inDLXorlwsNmArh8izleTgHvz66SPbdN/lR07t2Cy2DRUsh/Qb5kbGp8SeJjU//hSXeDF5
         SgCC/0Dz24qAnrmWQ0XeQxncpzT8oNLDErWI2SGQsf610MqRTVyDMH+jR4k68p8HhkYt22
         BGbG4lEIUMaCUBDO0VHUFWvUm4/+TcXxrm658HcLZm+ry7wZWGyY0bDZ74q4/f1dlNLwSa
         AV==
From: Marlowe List Services <no-reply@notify.marlowe-lists.example.co.uk>
To: marketing-data@shop.example.be
Cc: privacy@shop.example.be
Subject: [Order ML-26-0318] Rented list delivered: Home & Garden Buyers BE/LU (48,200 records)
Date: Tue, 10 Mar 2026 08:14:49 +0000
Message-ID: <20260310081449.3f7a91c2e4.orderbot@notify.marlowe-lists.example.co.uk>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_mls_5d1e0a7f93c2"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: delivery:orderbot:marlowe
X-Mailer: Marlowe OrderBot 4.7

--=_mls_5d1e0a7f93c2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

MARLOWE LIST SERVICES - DELIVERY NOTIFICATION
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D

Order:            ML-26-0318
Client:           Shop Example BV (account 20417)
List:             Home & Garden Buyers BE/LU - postal, named
Selection:        households, purchased in last 24 months, postcodes 1000-3=
999
Records:          48,200
Licence:          ML-LIC-2291 - ONE-TIME postal use, mail date 24/03/2026
Seeds inserted:   12 (do not remove)
File:             ML-26-0318_SHOPEX.csv.pgp (SFTP /outbound/20417/)
Available until:  24/03/2026 23:59 GMT - the file is deleted automatically =
after that date

DATA PROTECTION NOTICE
The records in this file are personal data. They were collected by our list
owners from mail-order and competition entrants who agreed to receive offers
from third parties. Before delivery the file was screened against the
Robinson Mail preference file (BE), the deceased register and our internal
suppression file (run of 06/03/2026).

You become controller of this data on receipt. Under Article 14 GDPR you mu=
st
tell the people you mail where their data came from. Please name
"Marlowe List Services Ltd, London" as the source on your mailing piece or =
in
your privacy notice, and pass any access, objection or deletion request abo=
ut
this list to our data team via the client portal within 5 working days.

Returned mail ("gone away", "deceased") must be reported back to us within
60 days so that we can clean the list at source.

This mailbox is not monitored. Please do not reply to this email.
Marlowe List Services Ltd - 14 Fenner Row, London EC2A 4XX - company no. 08=
34412

--=_mls_5d1e0a7f93c2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"><title>Delivery notification</title></head>
<body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:=
#222;">
<table width=3D"600" cellpadding=3D"0" cellspacing=3D"0" border=3D"0" style=
=3D"border:1px solid #d8d8d8;">
<tr><td style=3D"background:#12324f;color:#fff;padding:16px;font-size:18px;=
">Marlowe List Services &mdash; Delivery notification</td></tr>
<tr><td style=3D"padding:16px;">
<table cellpadding=3D"4" cellspacing=3D"0" border=3D"0">
<tr><td><b>Order</b></td><td>ML-26-0318</td></tr>
<tr><td><b>Client</b></td><td>Shop Example BV (account 20417)</td></tr>
<tr><td><b>List</b></td><td>Home &amp; Garden Buyers BE/LU &ndash; postal, =
named</td></tr>
<tr><td><b>Records</b></td><td>48,200</td></tr>
<tr><td><b>Licence</b></td><td>ML-LIC-2291 &ndash; one-time postal use, mai=
l date 24/03/2026</td></tr>
<tr><td><b>File</b></td><td>ML-26-0318_SHOPEX.csv.pgp (SFTP /outbound/20417=
/), available until 24/03/2026</td></tr>
</table>
<h3 style=3D"color:#12324f;">Data protection notice</h3>
<p>The records in this file are personal data. They were collected by our l=
ist owners from mail-order and competition entrants who agreed to receive o=
ffers from third parties. Before delivery the file was screened against the=
 Robinson Mail preference file (BE), the deceased register and our internal=
 suppression file (run of 06/03/2026).</p>
<p>You become controller of this data on receipt. Under Article 14 GDPR you=
 must tell the people you mail where their data came from. Please name &quo=
t;Marlowe List Services Ltd, London&quot; as the source, and pass any acces=
s, objection or deletion request about this list to our data team via the <=
a href=3D"https://portal.marlowe-lists.example.co.uk/requests?acc=3D20417">=
client portal</a> within 5 working days.</p>
<p>Returned mail (&quot;gone away&quot;, &quot;deceased&quot;) must be repo=
rted back to us within 60 days.</p>
<p style=3D"color:#777;font-size:11px;">This mailbox is not monitored. Plea=
se do not reply to this email.<br>Marlowe List Services Ltd &middot; 14 Fen=
ner Row, London EC2A 4XX &middot; company no. 0834412</p>
</td></tr></table>
</body></html>

--=_mls_5d1e0a7f93c2--
'''),
    ('en', 'postfix-bounce-broker-dpo', 'automated', (),
'''Return-Path: <>
Received: from mx2.harcourt-data.example.co.uk (mx2.harcourt-data.example.co.uk [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fR1cW7pLnz2Hs9
        for <privacy@shop.example.be>; Thu, 19 Mar 2026 16:41:09 +0100 (CET)
Received: by mx2.harcourt-data.example.co.uk (Postfix)
        id 8C41A2E0B3; Thu, 19 Mar 2026 15:41:08 +0000 (GMT)
Date: Thu, 19 Mar 2026 15:41:08 +0000 (GMT)
From: MAILER-DAEMON@mx2.harcourt-data.example.co.uk (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="8C41A2E0B3.1773934868/mx2.harcourt-data.example.co.uk"
Content-Transfer-Encoding: 8bit
Message-Id: <20260319154108.8C41A2E0B3@mx2.harcourt-data.example.co.uk>

This is a MIME-encapsulated message.

--8C41A2E0B3.1773934868/mx2.harcourt-data.example.co.uk
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.harcourt-data.example.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@harcourt-data.example.co.uk>: host
    exch01.int.harcourt-data.example.co.uk[10.20.4.11] said: 550 5.1.1 User
    unknown (in reply to RCPT TO command)

--8C41A2E0B3.1773934868/mx2.harcourt-data.example.co.uk
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.harcourt-data.example.co.uk
X-Postfix-Queue-ID: 8C41A2E0B3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 19 Mar 2026 15:41:07 +0000 (GMT)

Final-Recipient: rfc822; dpo@harcourt-data.example.co.uk
Original-Recipient: rfc822;dpo@harcourt-data.example.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; exch01.int.harcourt-data.example.co.uk
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--8C41A2E0B3.1773934868/mx2.harcourt-data.example.co.uk
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be (mx-out1.shop.example.be [192.0.2.25])
        (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)
         key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)
        (No client certificate requested)
        by mx2.harcourt-data.example.co.uk (Postfix) with ESMTPS id 8C41A2E0B3
        for <dpo@harcourt-data.example.co.uk>; Thu, 19 Mar 2026 15:41:07 +0000 (GMT)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: dpo@harcourt-data.example.co.uk
Subject: Art. 14/15 GDPR: source of address data supplied to Shop Example BV
 (our ref PRV-2026-0412)
Date: Thu, 19 Mar 2026 16:41:02 +0100
Message-ID: <prv-2026-0412.1773934862.7b1c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--8C41A2E0B3.1773934868/mx2.harcourt-data.example.co.uk--
'''),
    ('en', 'exchange-ooo-print-house', 'automated', (),
'''Return-Path: <j.whitcombe@pressfield-print.example.co.uk>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2117.outbound.protection.outlook.com [198.51.100.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fSm0Hq1Yjz4Kt8
        for <privacy@shop.example.be>; Mon, 23 Mar 2026 11:02:37 +0100 (CET)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector10001; d=microsoft.com; cv=none;
 b=543q1e90c8JwRlQr0koJWgUtbRZiCkw1yrOoGuH/BmML++PiFpyA28gSvwd7
  I+3+wP/zdUmosrs9936EftYLGnTvpWlMyLyjVFhyZv6YpLWoYx1bWVdJ332IFwoZd1A2Kv
  LdXRZBqC5h3uKUaSai+P/uS/ESXde4fMRmwbIjuOkldtC6bcjJIP5mY7Hfvyw9Z2sn4Itf
  i2zNTny7KCTjuzuuOTnYuqqYrstmQhN0cj7Jruef1nQJRrSVYk/B7HtnhJoM9UqhnzFjuZ
  B9zPqcs1hCOtxoqyyNcEKUI1vGMHWved0WclOCfebHZWQnDzcLN9SOd1XuHtqBtucANzpC
  +d==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
 d=pressfieldprint.onmicrosoft.com; s=selector2-pressfieldprint-onmicrosoft-com;
 h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=WJLP4euZAjzvTaPmb+0m+tS+3JDLpro+TMc2R3nT9GB=;
 b=CZNwIiA6m+R4mAazjS10T9ba8WEODFe8gW9ioul950q57OZRG2VFV1ehqniy
  DGUKOkzXCQbrpOEonaQPApcqwVmTno8n8PadxW0gJClmvtue8GIARcrk2bRfmCweWAeWr6
  L/dnVKW5IpUKek74HLU0oXDhsa5Kt5+5iNE06UkP9vKQCxcgk/XN+5H0T7fHM1nbj+7KFw
  O5s9RkqilNQlzpfU3NqujBMhlsy+VcKVeWjwt3aW1mVn/b+N2lZ4HIYXxR+IFzsDu1gB03
  GmtOPHKDVcIWgVH+F/wevIVb7R2OSHnO483hJnImIGVP+zfoSXCLUSHgIAiS7qF6QBo2fI
  5a==
Received: from DB9PR02MB7345.eurprd02.prod.outlook.com (2603:10a6:10:3c1::9) by
 AS8PR02MB9921.eurprd02.prod.outlook.com (2603:10a6:20b:5a2::14) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.12; Mon, 23 Mar
 2026 10:02:34 +0000
From: Jenny Whitcombe <j.whitcombe@pressfield-print.example.co.uk>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Automatic reply: Returned-mail file and data sharing - Spring catalogue
 2026 personalised run
Thread-Topic: Returned-mail file and data sharing - Spring catalogue 2026
 personalised run
Thread-Index: AZhtvu82QQIaGQ8DCuJr7hO/N0Y/0Q==
Date: Mon, 23 Mar 2026 10:02:33 +0000
Message-ID: <DB9PR02MB73451C2F0E8A4B6D9E7F1A23C4D52@DB9PR02MB7345.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-0431.1774260148.2f0d@shop.example.be>
References: <prv-2026-0431.1774260148.2f0d@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Organization-AuthSource: DB9PR02MB7345.eurprd02.prod.outlook.com
Content-Type: multipart/alternative;
	boundary="_000_DB9PR02MB73451C2F0E8A4B6D9E7F1A23C4D52DB9PR02MB7345eurp_"
MIME-Version: 1.0

--_000_DB9PR02MB73451C2F0E8A4B6D9E7F1A23C4D52DB9PR02MB7345eurp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email.

I am out of the office until Monday 30 March 2026 with limited access to em=
ail.

For proof approvals, press schedules and returned-mail (RTS) files for the =
Spring catalogue please contact our production desk at production@pressfiel=
d-print.example.co.uk or on +44 161 496 0734.

For anything about personal data, the address files you send us, data delet=
ion after the run or our data processing agreement, please contact our Data=
 Protection Officer at dataprotection@pressfield-print.example.co.uk.

Your email will not be forwarded.

Kind regards,
Jenny Whitcombe
Senior Account Manager | Pressfield Print & Mail Ltd

--_000_DB9PR02MB73451C2F0E8A4B6D9E7F1A23C4D52DB9PR02MB7345eurp_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dus-ascii">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Calibri, Helvetica, sans-serif; font-size=
: 11pt; color: rgb(0, 0, 0);">
<p>Thank you for your email.</p>
<p>I am out of the office until Monday 30 March 2026 with limited access to=
 email.</p>
<p>For proof approvals, press schedules and returned-mail (RTS) files for t=
he Spring catalogue please contact our production desk at production@pressf=
ield-print.example.co.uk or on +44 161 496 0734.</p>
<p>For anything about personal data, the address files you send us, data de=
letion after the run or our data processing agreement, please contact our D=
ata Protection Officer at dataprotection@pressfield-print.example.co.uk.</p>
<p>Your email will not be forwarded.</p>
<p>Kind regards,<br>Jenny Whitcombe<br>Senior Account Manager | Pressfield =
Print &amp; Mail Ltd</p>
</div>
</body>
</html>

--_000_DB9PR02MB73451C2F0E8A4B6D9E7F1A23C4D52DB9PR02MB7345eurp_--
'''),
    ('en', 'moved-address-batch-report', 'automated', (),
'''Return-Path: <batch-reports@movematch.example.ie>
Received: from out2.movematch.example.ie (out2.movematch.example.ie [192.0.2.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fV3Jr6nQ8z1Pd2
        for <privacy@shop.example.be>; Thu,  2 Apr 2026 06:05:21 +0200 (CEST)
Received: from batch07.internal.movematch.example.ie (batch07.internal [10.8.0.27])
        by out2.movematch.example.ie (Postfix) with ESMTP id 2A9F4C1187
        for <privacy@shop.example.be>; Thu,  2 Apr 2026 05:05:20 +0100 (IST)
From: MoveMatch Batch Service <batch-reports@movematch.example.ie>
To: crm-ops@shop.example.be, privacy@shop.example.be
Subject: MoveMatch batch MM-260402-117 complete: 1,912 moved, 204 gone away,
 57 deceased
Date: Thu, 02 Apr 2026 05:05:20 +0100
Message-ID: <MM-260402-117.report.1775102720@batch07.internal.movematch.example.ie>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Precedence: bulk
Auto-Submitted: auto-generated
X-Mailer: MoveMatch Batch Notifier 3.2.1

MoveMatch - batch processing report
-----------------------------------

Client ........... SHOPEX (Shop Example BV)
Batch ............ MM-260402-117
Input file ....... SHOPEX_CUST_20260401.csv.pgp (received 01/04/2026 22:14)
Records in ....... 183,406
Processed ........ 02/04/2026 04:58

RESULTS
  New address found (moved, forwarding data) ....  1,912
  Gone away, no new address .....................    204
  Deceased flag applied .........................     57
  Address corrected (postcode/street) ...........  3,388
  No change .....................................177,845

Output file ...... SHOPEX_CUST_20260401_out.csv.pgp
                   SFTP /out/SHOPEX/ - available 14 days, then deleted.

NOTES FOR YOUR DATA PROTECTION TEAM
- MoveMatch acts as your processor under DPA v4.2 (signed 12/01/2025).
- Your input file and all personal data in it will be erased from our
  systems 30 days after processing (scheduled: 02/05/2026). No erasure
  certificate is sent unless you ask for one in the portal.
- New addresses come from people who filed a change-of-address with a
  postal redirection service and consented to the update being shared
  with organisations that already hold their old address. Use them only
  to update existing customer records, not to build new prospect lists.
- Deceased flags must be suppressed from all direct marketing, including
  printed catalogues, within 28 days.

This report was generated automatically. Replies to this address are not read.
Support: support@movematch.example.ie | +353 1 555 0142
'''),
    ('en', 'person-reply-catalogue-notice-where-from', 'access', (),
'''Return-Path: <moira.kinsella@icloud.com>
Received: from qs51p00im-qukt01072101.me.com (qs51p00im-qukt01072101.me.com [198.51.100.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fVqG81c2Sz9Nm5
        for <privacy@shop.example.be>; Fri,  3 Apr 2026 08:47:56 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.com;
	s=1a1hai; t=1775198874; bh=sYtq+ojyaTYyRDxzOWJGkKFf584hPe70zmJm1d3IAA+=;
	h=From:Content-Type:Mime-Version:Subject:Message-Id:Date:To;
	b=Ire7unEcAx9qzBkxBzWKl2TuvhjM5bOtk0QvWfRalyRW3jrQqlIMXyoigiJP
	 r5VVIdKYGmPOmFRvcj+rQqx0TcYjzrTNzfz0AW3ZYrJindCFTEg+70Sr7e5cxuGmLiPihv
	 GeqYm+1cmTenPSA24DyTcmulo5UF9NUPJHOE8WLMFnwdbixNJu7mcy0cN8dceB+mDpYbMR
	 WlXLh3I0YeINaFmdz8RZehV+W3v0SPChwoAYZ3tVCb74gKfG7mFUgos4dSiDGXpa4lYCjW
	 g3T2tWcpxL05FyXWnK5M9rd9Xg4CwLYeHmn3VudPsRnVGUWEDOFxsrPhG0PjbYBvKEmhVM
	 xf==
Received: from smtpclient.apple (qs51p00im-dlb-asmtp-mailmevip.me.com [198.51.100.204])
	by qs51p00im-qukt01072101.me.com (Postfix) with ESMTPSA id 6B0C11E80241
	for <privacy@shop.example.be>; Fri,  3 Apr 2026 06:47:54 +0000 (UTC)
From: Moira Kinsella <moira.kinsella@icloud.com>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0
Subject: Re: Your Shop Example Spring catalogue is on its way
Message-Id: <5E0B7C2A-91D4-4F3B-A8E6-2C7D19F04B11@icloud.com>
Date: Fri, 3 Apr 2026 08:47:43 +0200
To: privacy@shop.example.be
X-Mailer: Apple Mail (2.3826.500.181.1.5)

Hello,

Your email below says "please do not reply", but it also says questions abo=
ut my data go to this address, so here I am.

I have never bought anything from Shop Example, I have no loyalty card and =
I have never given you my email address or my home address. Even so, yester=
day a printed catalogue addressed to me by name ("Ms M. Kinsella") arrived =
at my flat in Etterbeek, and this morning this email.

Please tell me:
- where you got my name, my postal address and my email address - which com=
pany sold, rented or passed them to you, and when;
- what other information you hold about me (any age group, household type o=
r other "profile" included);
- who else you have given my details to.

I'd like a copy of whatever you hold about me, as I'm entitled to under the=
 GDPR.

Thanks,
Moira Kinsella
Avenue des Celtes 41, 1040 Etterbeek


> On 2 Apr 2026, at 07:30, Shop Example <no-reply@news.shop.example.be> wro=
te:
>=20
> This is an automatically generated message. Please do not reply to this e=
mail.
>=20
> Your Spring catalogue 2026 is on its way!
>=20
> Dear Ms Kinsella,
>=20
> Your personalised Spring catalogue has left our printer and should reach =
you within 3 to 5 working days. Inside: 180 pages of garden, home and kitch=
en ideas and a welcome voucher of EUR 10 (code SPRING10).
>=20
> You receive this message because you agreed to receive offers from Shop E=
xample and selected partners. Questions about your personal data? Contact p=
rivacy@shop.example.be.
> Manage your preferences: https://www.shop.example.be/preferences
>=20
> Shop Example BV - Rue de l'Exemple 1, 1000 Brussels
'''),
    ('nl', 'robinson-register-monthly-file', 'automated', (),
'''Return-Path: <bounces+licentie-2291@mailer.robinsonregister.example.be>
Received: from mailer.robinsonregister.example.be (mailer.robinsonregister.example.be [203.0.113.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fTw3Zk0rBz5Gh1
        for <privacy@shop.example.be>; Wed,  1 Apr 2026 07:00:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=robinsonregister.example.be;
	s=rr1; t=1775019612;
	h=from:to:subject:date:message-id:list-id:mime-version:content-type;
	bh=1bLTMMygt5FT3nNb3VWdY8ziBN1AKTCuI5LXZ5wK4KI=;
	b=ylZGL/so1ZUw7ZOw4jVSELi8hQoX7MpH4AerxbfgDMEr57WA7G1FV0T4cKQS
	 T34P811OFBFf1nmwXWzHd2nigKGrA6TOdgBQyYPTy3MlecK5mzLgNvCs+SrDF8TP5bU1GK
	 kHZOZokd4kjIWQCptZrvm4CSxNAQoD0e8anobMRZLUtB9UxDoC+AaFtbsrGY1M4rR0TAZu
	 Ajn8txEua2l4RUR8yNJzqQmKhorhyv3gChY3B4cc21krU0QMgDB3tEvOAAuNwUyec6D3ID
	 OReusnT5BgpyHYxs3VaqC3293WmqFCe+XWMqgEPfs4ZC8luqcNHnrpk1KU2svaU3/w6Gx4
	 9f==
From: Robinsonregister Belgie <no-reply@robinsonregister.example.be>
To: undisclosed-recipients:;
Subject: =?utf-8?q?Robinsonbestand_april_2026_staat_klaar_=E2=80=93_verpli?=
 =?utf-8?q?chte_ontdubbeling_v=C3=B3=C3=B3r_elke_geadresseerde_zending?=
Date: Wed, 01 Apr 2026 07:00:12 +0200
Message-ID: <rr-licentie-2026-04.0000417@robinsonregister.example.be>
List-Id: Licentiehouders Robinsonregister <licentiehouders.robinsonregister.example.be>
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rr-b1-9f2c77a0"

--rr-b1-9f2c77a0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste licentiehouder,

Het nieuwe Robinsonbestand (versie 2026-04) staat klaar in uw beveiligde zo=
ne op https://licentie.robinsonregister.example.be.

Aantal inschrijvingen: 412.877 (+3.904 t.o.v. maart 2026)
Uitschrijvingen deze maand: 611
Formaat: CSV (UTF-8), gehasht per adres =C3=A9n per naam + adres
Beschikbaar tot: 30 april 2026

Herinnering aan uw verplichtingen als licentiehouder:
=E2=80=A2 Ontdubbel elk bestand voor geadresseerde reclame (catalogi, folde=
rs op naam, brieven) tegen de meest recente versie, ook adressen die u huur=
t of koopt bij een derde.
=E2=80=A2 Gebruik het Robinsonbestand uitsluitend voor ontdubbeling. Het be=
vat persoonsgegevens en mag niet gebruikt worden om adressen aan te vullen =
of te verrijken.
=E2=80=A2 Wis de vorige versie (2026-03) binnen 5 werkdagen en bewaar geen =
kopie.
=E2=80=A2 Niet-geadresseerde reclame =E2=80=9EAan de bewoner=E2=80=9D valt =
niet onder de Robinsonlijst; telefonische prospectie valt onder de Bel-me-n=
iet-lijst.

Uw licentie SHOPEX-2291 loopt tot 31 december 2026. De jaarbijdrage van =E2=
=82=AC 1.450 (excl. btw) werd ontvangen.

Dit is een automatisch bericht. Antwoorden op dit adres worden niet gelezen.
Vragen? licenties@robinsonregister.example.be

Robinsonregister Belgi=C3=AB vzw =E2=80=93 Kunstlaan 88, 1040 Brussel

--rr-b1-9f2c77a0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px">
<p>Beste licentiehouder,</p>
<p>Het nieuwe <strong>Robinsonbestand (versie 2026-04)</strong> staat klaar=
 in uw <a href=3D"https://licentie.robinsonregister.example.be">beveiligde =
zone</a>.</p>
<table style=3D"border-collapse:collapse" cellpadding=3D"4">
<tr><td>Aantal inschrijvingen</td><td>412.877 (+3.904 t.o.v. maart 2026)</t=
d></tr>
<tr><td>Uitschrijvingen deze maand</td><td>611</td></tr>
<tr><td>Beschikbaar tot</td><td>30 april 2026</td></tr>
</table>
<p><strong>Herinnering aan uw verplichtingen als licentiehouder</strong></p>
<ul>
<li>Ontdubbel elk bestand voor geadresseerde reclame (catalogi, folders op =
naam, brieven) tegen de meest recente versie, ook adressen die u huurt of k=
oopt bij een derde.</li>
<li>Gebruik het Robinsonbestand uitsluitend voor ontdubbeling. Het bevat pe=
rsoonsgegevens en mag niet gebruikt worden om adressen aan te vullen of te =
verrijken.</li>
<li>Wis de vorige versie (2026-03) binnen 5 werkdagen en bewaar geen kopie.=
</li>
<li>Niet-geadresseerde reclame =E2=80=9EAan de bewoner=E2=80=9D valt niet o=
nder de Robinsonlijst; telefonische prospectie valt onder de Bel-me-niet-li=
jst.</li>
</ul>
<p>Uw licentie SHOPEX-2291 loopt tot 31 december 2026. De jaarbijdrage van =
=E2=82=AC 1.450 (excl. btw) werd ontvangen.</p>
<p style=3D"color:#888;font-size:11px">Dit is een automatisch bericht. Antw=
oorden op dit adres worden niet gelezen.<br>Robinsonregister Belgi=C3=AB vz=
w =E2=80=93 Kunstlaan 88, 1040 Brussel</p>
</body></html>

--rr-b1-9f2c77a0--
'''),
    ('nl', 'postal-returned-mail-report-csv', 'automated', (),
'''Return-Path: <retour-noreply@postaal.example.be>
Received: from smtp-out4.postaal.example.be (smtp-out4.postaal.example.be [192.0.2.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fWb7Cq2Vzz6Rk4
        for <privacy@shop.example.be>; Tue,  7 Apr 2026 05:31:48 +0200 (CEST)
Received: from rtm-app02.postaal.local (rtm-app02.postaal.local [10.41.2.12])
        by smtp-out4.postaal.example.be (Postfix) with ESMTP id 9D0E211A3F;
        Tue,  7 Apr 2026 05:31:47 +0200 (CEST)
From: Postaal Retour Management <retour-noreply@postaal.example.be>
To: campagnes@shop.example.be
Cc: privacy@shop.example.be
Subject: Rapport retourzendingen - campagne LENTEFOLDER26 - week 14
Date: Tue, 7 Apr 2026 05:31:47 +0200 (CEST)
Message-ID: <1581339904.22718.1775532707441@rtm-app02.postaal.local>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_22717_1046301822.1775532707440"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Postaal-Klant: 3300418

------=_Part_22717_1046301822.1775532707440
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Geachte klant,

Hierbij het wekelijkse rapport van de retourzendingen voor uw campagne.

Campagne:        LENTEFOLDER26 (geadresseerde drukwerkzending, Non Prior)
Klantnummer:     3300418
Periode:         30/03/2026 – 05/04/2026
Afgegeven:       96.214 zendingen op 24/03/2026
Retour deze week: 1.184 (cumulatief 2.019)

Redenen (deze week):
  Verhuisd / adres verlaten ........ 612
  Adres onvolledig ................. 301
  Geadresseerde onbekend ........... 188
  Overleden ........................  44
  Geweigerd ........................  27
  Brievenbus onbereikbaar ..........  12

Het bijgevoegde bestand bevat per zending het zendingnummer, de naam en het
adres van de geadresseerde en de retourreden. Dit zijn persoonsgegevens: gebruik
ze enkel om uw adressenbestand bij te werken (AVG art. 5.1.d) en wis het
bestand na verwerking. Zendingen met reden "Overleden" of "Geweigerd" mag u
niet opnieuw aanschrijven.

Adressen bijwerken via onze Verhuisservice? Dat kan via het klantenportaal.

Dit bericht werd automatisch verstuurd. Gelieve niet te antwoorden.
Postaal Retour Management

------=_Part_22717_1046301822.1775532707440
Content-Type: text/csv; charset=UTF-8; name=retour_LENTEFOLDER26_w14.csv
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=retour_LENTEFOLDER26_w14.csv

emVuZGluZ25yO25hYW07c3RyYWF0O3Bvc3Rjb2RlO2dlbWVlbnRlO3JlZGVuO2RhdHVtX3JldG91
cgpSTDI2MDMyNDAwMDE4M0JFO0Roci4gSi4gVmVybWVpcmVuO0tlcmtzdHJhYXQgMTQ7MjY0MDtN
b3J0c2VsO1ZFUkhVSVNEOzMwLzAzLzIwMjYKUkwyNjAzMjQwMDAyOTFCRTtNZXZyLiBBLiBMZW5h
ZXJ0cztNb2xlbndlZyAzIGJ1cyAyOzMwMDE7SGV2ZXJsZWU7QURSRVNfT05WT0xMRURJRzszMC8w
My8yMDI2ClJMMjYwMzI0MDAxMTA3QkU7RGhyLiBSLiBDbGFleXMtR29vc3NlbnM7U3RhdGlvbnNw
bGVpbiA5Ozg1MDA7S29ydHJpams7T1ZFUkxFREVOOzMxLzAzLzIwMjYKUkwyNjAzMjQwMDIyNDRC
RTtGYW0uIERlIFdpbGRlO1ZlbGRzdHJhYXQgMjExOzkwMDA7R2VudDtPTkJFS0VORDszMS8wMy8y
MDI2ClJMMjYwMzI0MDAzOTE4QkU7TWV2ci4gUy4gUGVldGVycztaYXZlbHN0cmFhdCA3OzE3NzA7
TGllZGVrZXJrZTtHRVdFSUdFUkQ7MDEvMDQvMjAyNgpSTDI2MDMyNDAwNDAwNkJFO0p1ZmZyLiBM
b3R0ZSBCb2dhZXJ0O0JldWtlbmxhYW4gNTI7MjMwMDtUdXJuaG91dDtWRVJIVUlTRDswMi8wNC8y
MDI2Cg==

------=_Part_22717_1046301822.1775532707440--
'''),
    ('nl', 'exim-bounce-printer-avg-mailbox', 'automated', (),
'''Return-Path: <>
Received: from mail.drukkerij-vandamme.example.be (mail.drukkerij-vandamme.example.be [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fWcQ93dMkz8Lw0
        for <privacy@shop.example.be>; Wed,  8 Apr 2026 14:22:19 +0200 (CEST)
Received: from mailnull by mail.drukkerij-vandamme.example.be with local (Exim 4.97.1)
	id 1wB7xQ-0003kF-2c
	for privacy@shop.example.be;
	Wed, 08 Apr 2026 14:22:18 +0200
X-Failed-Recipients: avg@drukkerij-vandamme.example.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.drukkerij-vandamme.example.be>
To: privacy@shop.example.be
References: <prv-2026-0497.1775650931.c41e@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1775650938-eximdsn-1804289383
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1wB7xQ-0003kF-2c@mail.drukkerij-vandamme.example.be>
Date: Wed, 08 Apr 2026 14:22:18 +0200

--1775650938-eximdsn-1804289383
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  avg@drukkerij-vandamme.example.be
    Unrouteable address

--1775650938-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mail.drukkerij-vandamme.example.be

Action: failed
Final-Recipient: rfc822;avg@drukkerij-vandamme.example.be
Status: 5.0.0

--1775650938-eximdsn-1804289383
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx-out1.shop.example.be ([192.0.2.25])
	by mail.drukkerij-vandamme.example.be with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1wB7xQ-0003k9-1v
	for avg@drukkerij-vandamme.example.be;
	Wed, 08 Apr 2026 14:22:18 +0200
From: Privacyteam Shop Example <privacy@shop.example.be>
To: avg@drukkerij-vandamme.example.be
Subject: Verwerkersovereenkomst en wissen adresbestand najaarsfolder
Date: Wed, 8 Apr 2026 14:22:11 +0200
Message-ID: <prv-2026-0497.1775650931.c41e@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Geachte,

Voor de personalisatie van onze najaarsfolder 2026 bezorgen wij u in juni een
adressenbestand van ongeveer 96.000 klanten (naam, adres, klantnummer).

Graag ontvangen wij vooraf de ondertekende verwerkersovereenkomst, en een
bevestiging dat u het bestand en de lijst van retourzendingen uiterlijk 60
dagen na afgifte bij de post wist. Gelieve ons ook te laten weten of u
onderaannemers (lettershop, mailinghuis) inschakelt.

Met vriendelijke groeten,
Privacyteam Shop Example BV

--1775650938-eximdsn-1804289383--
'''),
    ('nl', 'outlook-read-receipt-data-source', 'automated', (),
'''Return-Path: <lotte.verbruggen@adresdata-vlaanderen.example.be>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2092.outbound.protection.outlook.com [198.51.100.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZ1pX0kHcz3Tq7
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 11:48:15 +0200 (CEST)
Received: from AM0PR04MB6722.eurprd04.prod.outlook.com (2603:10a6:208:16a::21)
 by PAXPR04MB8810.eurprd04.prod.outlook.com (2603:10a6:102:20e::7) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9137.19; Tue, 14 Apr
 2026 09:48:12 +0000
From: Lotte Verbruggen <lotte.verbruggen@adresdata-vlaanderen.example.be>
To: Privacyteam Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Gelezen=3A_Herkomst_adresgegevens_=E2=80=93_verzoek_bet?=
 =?utf-8?q?rokkene_ref=2E_PRV-2026-0533?=
Thread-Topic: =?utf-8?q?Herkomst_adresgegevens_=E2=80=93_verzoek_betrokken?=
 =?utf-8?q?e_ref=2E_PRV-2026-0533?=
Thread-Index: AVKPmPILGtmIpShbq73s1zmp1MZYTw==
Date: Tue, 14 Apr 2026 09:48:12 +0000
Message-ID: <AM0PR04MB67225D1E3B0F4A2C9D81E6F0A7C12@AM0PR04MB6722.eurprd04.prod.outlook.com>
References: <prv-2026-0533.1776159005.9a3b@shop.example.be>
In-Reply-To: <prv-2026-0533.1776159005.9a3b@shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_002_AM0PR04MB67225D1E3B0F4A2C9D81E6F0A7C12AM0PR04MB6722eurp_"
MIME-Version: 1.0

--_002_AM0PR04MB67225D1E3B0F4A2C9D81E6F0A7C12AM0PR04MB6722eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht

  Aan: Lotte Verbruggen
  Onderwerp: Herkomst adresgegevens =E2=80=93 verzoek betrokkene ref. PRV-2=
026-0533
  Verzonden: dinsdag 14 april 2026 11:30:05 (UTC+01:00) Brussel, Kopenhagen=
, Madrid, Parijs

is gelezen op dinsdag 14 april 2026 11:48:09 (UTC+01:00) Brussel, Kopenhage=
n, Madrid, Parijs.

--_002_AM0PR04MB67225D1E3B0F4A2C9D81E6F0A7C12AM0PR04MB6722eurp_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR04MB6722.eurprd04.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;lotte.verbruggen@adresdata-vlaanderen.example.be
Original-Message-ID: <prv-2026-0533.1776159005.9a3b@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_AM0PR04MB67225D1E3B0F4A2C9D81E6F0A7C12AM0PR04MB6722eurp_--
'''),
    ('nl', 'person-forwards-robinson-confirmation-complains', 'complaint', ('objection',),
'''Return-Path: <koen.desmet@telenet.be>
Received: from mailsrv2.telenet-ops.be (mailsrv2.telenet-ops.be [198.51.100.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZx5Ld8Rwz2Jn6
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 19:26:40 +0200 (CEST)
Received: from DESKTOP-KD7H2 ([198.51.100.9])
	by mailsrv2.telenet-ops.be with bizsmtp
	id 8xSf2r00Q1abc4Z01xSfcM; Mon, 20 Apr 2026 19:26:39 +0200
From: "Koen Desmet" <koen.desmet@telenet.be>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?DOORST=3A_Bevestiging_van_uw_inschrijving_op_de_Robinso?=
 =?utf-8?q?nlijst_=E2=80=93_en_t=C3=B3ch_jullie_folder?=
Date: Mon, 20 Apr 2026 19:26:37 +0200
Message-ID: <000d01dcd0e4$5b7c2a10$12747e30$@telenet.be>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_NextPart_000_000E_01DCD0F5.1F052E30"
X-Mailer: Microsoft Outlook 16.0
Thread-Index: ARPXUj7OMLRV0n+QV4aalRdFaufc5g==
Content-Language: nl-be

This is a multipart message in MIME format.

------=_NextPart_000_000E_01DCD0F5.1F052E30
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: base64

R2VhY2h0ZSwKCkhpZXJvbmRlciBzdHV1ciBpayB1IGRlIGJldmVzdGlnaW5nIGRvb3IgdmFuIG1p
am4gaW5zY2hyaWp2aW5nIG9wIGRlIFJvYmluc29ubGlqc3QuIElrIHN0YSBkYWFyIHNpbmRzIGp1
bmkgMjAyNCBvcC4KClRvY2ggdm9uZCBpayB2b3JpZ2Ugd2VlayB2b29yIGRlIGRlcmRlIGtlZXIg
anVsbGllIGxlbnRlZm9sZGVyIGluIGRlIGJ1cywgb3AgbmFhbTogIkRoci4gS29lbiBEZXNtZXQi
LiBJayBoZWIgbm9vaXQgaWV0cyBiaWoganVsbGllIGdla29jaHQgZW4gbm9vaXQgbWlqbiBhZHJl
cyBnZWdldmVuLiBJayBzY2hyZWVmIGp1bGxpZSBoaWVyb3ZlciBhbCBvcCAxMiBqYW51YXJpIGVu
IG9wIDIwIGZlYnJ1YXJpLCBlbiBpayBrcmVlZyBub29pdCBlZW4gYW50d29vcmQg4oCTIHplbGZz
IGdlZW4gb250dmFuZ3N0YmV2ZXN0aWdpbmcuCgpJayB2aW5kIGRpdCBvbmFhbnZhYXJkYmFhci4g
U3RvcCBvbm1pZGRlbGxpamsgbWV0IGhldCBzdHVyZW4gdmFuIHJlY2xhbWUgb3AgbWlqbiBuYWFt
LiBBbHMgaWsgYmlubmVuIGRlIG1hYW5kIGdlZW4gYW50d29vcmQga3JpamcgZW4gZXIgYmxpanZl
biBmb2xkZXJzIGtvbWVuLCBkaWVuIGlrIGtsYWNodCBpbiBiaWogZGUgR2VnZXZlbnNiZXNjaGVy
bWluZ3NhdXRvcml0ZWl0LiBFZW4ga29waWUgdmFuIGRlemUgbWFpbCBlbiBkZSBmb2xkZXJzIGJl
d2FhciBpay4KCktvZW4gRGVzbWV0ClBvcHVsaWVyZW5sYWFuIDE3CjkzMDAgQWFsc3QKCi0tLS0t
T29yc3Byb25rZWxpamsgYmVyaWNodC0tLS0tClZhbjogUm9iaW5zb25yZWdpc3RlciBCZWxnacOr
IDxuby1yZXBseUByb2JpbnNvbnJlZ2lzdGVyLmV4YW1wbGUuYmU+ClZlcnpvbmRlbjogbWFhbmRh
ZyAzIGp1bmkgMjAyNCAxOTowMgpBYW46IGtvZW4uZGVzbWV0QHRlbGVuZXQuYmUKT25kZXJ3ZXJw
OiBCZXZlc3RpZ2luZyB2YW4gdXcgaW5zY2hyaWp2aW5nIG9wIGRlIFJvYmluc29ubGlqc3QKCkRp
dCBpcyBlZW4gYXV0b21hdGlzY2ggYmVyaWNodC4gR2VsaWV2ZSBuaWV0IHRlIGFudHdvb3JkZW4u
CgpCZXN0ZSBoZWVyIERlc21ldCwKClV3IGluc2NocmlqdmluZyBvcCBkZSBSb2JpbnNvbmxpanN0
IHdlcmQgYmV2ZXN0aWdkLgoKTmFhbTogS29lbiBEZXNtZXQKQWRyZXM6IFBvcHVsaWVyZW5sYWFu
IDE3LCA5MzAwIEFhbHN0Ckluc2NocmlqdmluZ3NudW1tZXI6IFJCLTIwMjQtMDYxMTg3MwoKQmlu
bmVuIHR3ZWUgbWFhbmRlbiB6b3UgdSBnZWVuIGdlYWRyZXNzZWVyZGUgcmVjbGFtZSBtZWVyIG1v
Z2VuIG9udHZhbmdlbiB2YW4gYmVkcmlqdmVuIHdhYXJ2YW4gdSBnZWVuIGtsYW50IGJlbnQuIFJl
Y2xhbWUgIkFhbiBkZSBiZXdvbmVyIiBlbiByZWNsYW1lIHZhbiBiZWRyaWp2ZW4gd2FhciB1IGts
YW50IGJlbnQsIHZhbGxlbiBuaWV0IG9uZGVyIGRlIFJvYmluc29ubGlqc3QuCgpVdyBpbnNjaHJp
anZpbmcgYmxpamZ0IDUgamFhciBnZWxkaWcuCgpSb2JpbnNvbnJlZ2lzdGVyIEJlbGdpw6sgdnp3
Cg==

------=_NextPart_000_000E_01DCD0F5.1F052E30
Content-Type: text/html;
	charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6bz0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6b2ZmaWNlIiB4
bWxuczp3PSJ1cm46c2NoZW1hcy1taWNyb3NvZnQtY29tOm9mZmljZTp3b3JkIj48aGVhZD48bWV0
YSBodHRwLWVxdWl2PUNvbnRlbnQtVHlwZSBjb250ZW50PSJ0ZXh0L2h0bWw7IGNoYXJzZXQ9dXRm
LTgiPjxtZXRhIG5hbWU9R2VuZXJhdG9yIGNvbnRlbnQ9Ik1pY3Jvc29mdCBXb3JkIDE1IChmaWx0
ZXJlZCBtZWRpdW0pIj48L2hlYWQ+PGJvZHkgbGFuZz1OTC1CRSBsaW5rPSIjMDU2M0MxIiB2bGlu
az0iIzk1NEY3MiI+PGRpdiBjbGFzcz1Xb3JkU2VjdGlvbjE+CjxwIGNsYXNzPU1zb05vcm1hbD5H
ZWFjaHRlLDwvcD4KPHAgY2xhc3M9TXNvTm9ybWFsPkhpZXJvbmRlciBzdHV1ciBpayB1IGRlIGJl
dmVzdGlnaW5nIGRvb3IgdmFuIG1pam4gaW5zY2hyaWp2aW5nIG9wIGRlIFJvYmluc29ubGlqc3Qu
IElrIHN0YSBkYWFyIHNpbmRzIGp1bmkgMjAyNCBvcC48L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5U
b2NoIHZvbmQgaWsgdm9yaWdlIHdlZWsgdm9vciBkZSBkZXJkZSBrZWVyIGp1bGxpZSBsZW50ZWZv
bGRlciBpbiBkZSBidXMsIG9wIG5hYW06ICZxdW90O0Roci4gS29lbiBEZXNtZXQmcXVvdDsuIElr
IGhlYiBub29pdCBpZXRzIGJpaiBqdWxsaWUgZ2Vrb2NodCBlbiBub29pdCBtaWpuIGFkcmVzIGdl
Z2V2ZW4uIElrIHNjaHJlZWYganVsbGllIGhpZXJvdmVyIGFsIG9wIDEyIGphbnVhcmkgZW4gb3Ag
MjAgZmVicnVhcmksIGVuIGlrIGtyZWVnIG5vb2l0IGVlbiBhbnR3b29yZCDigJMgemVsZnMgZ2Vl
biBvbnR2YW5nc3RiZXZlc3RpZ2luZy48L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5JayB2aW5kIGRp
dCBvbmFhbnZhYXJkYmFhci4gU3RvcCBvbm1pZGRlbGxpamsgbWV0IGhldCBzdHVyZW4gdmFuIHJl
Y2xhbWUgb3AgbWlqbiBuYWFtLiBBbHMgaWsgYmlubmVuIGRlIG1hYW5kIGdlZW4gYW50d29vcmQg
a3JpamcgZW4gZXIgYmxpanZlbiBmb2xkZXJzIGtvbWVuLCBkaWVuIGlrIGtsYWNodCBpbiBiaWog
ZGUgR2VnZXZlbnNiZXNjaGVybWluZ3NhdXRvcml0ZWl0LiBFZW4ga29waWUgdmFuIGRlemUgbWFp
bCBlbiBkZSBmb2xkZXJzIGJld2FhciBpay48L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5Lb2VuIERl
c21ldDxicj5Qb3B1bGllcmVubGFhbiAxNzxicj45MzAwIEFhbHN0PC9wPgo8ZGl2PjxkaXYgc3R5
bGU9J2JvcmRlcjpub25lO2JvcmRlci10b3A6c29saWQgI0UxRTFFMSAxLjBwdDtwYWRkaW5nOjMu
MHB0IDBjbSAwY20gMGNtJz48cCBjbGFzcz1Nc29Ob3JtYWw+PGI+VmFuOjwvYj4gUm9iaW5zb25y
ZWdpc3RlciBCZWxnacOrICZsdDtuby1yZXBseUByb2JpbnNvbnJlZ2lzdGVyLmV4YW1wbGUuYmUm
Z3Q7IDxicj48Yj5WZXJ6b25kZW46PC9iPiBtYWFuZGFnIDMganVuaSAyMDI0IDE5OjAyPGJyPjxi
PkFhbjo8L2I+IGtvZW4uZGVzbWV0QHRlbGVuZXQuYmU8YnI+PGI+T25kZXJ3ZXJwOjwvYj4gQmV2
ZXN0aWdpbmcgdmFuIHV3IGluc2NocmlqdmluZyBvcCBkZSBSb2JpbnNvbmxpanN0PC9wPjwvZGl2
PjwvZGl2Pgo8cCBjbGFzcz1Nc29Ob3JtYWw+RGl0IGlzIGVlbiBhdXRvbWF0aXNjaCBiZXJpY2h0
LiBHZWxpZXZlIG5pZXQgdGUgYW50d29vcmRlbi48L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5CZXN0
ZSBoZWVyIERlc21ldCw8L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5VdyBpbnNjaHJpanZpbmcgb3Ag
ZGUgUm9iaW5zb25saWpzdCB3ZXJkIGJldmVzdGlnZC48L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5O
YWFtOiBLb2VuIERlc21ldDxicj5BZHJlczogUG9wdWxpZXJlbmxhYW4gMTcsIDkzMDAgQWFsc3Q8
YnI+SW5zY2hyaWp2aW5nc251bW1lcjogUkItMjAyNC0wNjExODczPC9wPgo8cCBjbGFzcz1Nc29O
b3JtYWw+QmlubmVuIHR3ZWUgbWFhbmRlbiB6b3UgdSBnZWVuIGdlYWRyZXNzZWVyZGUgcmVjbGFt
ZSBtZWVyIG1vZ2VuIG9udHZhbmdlbiB2YW4gYmVkcmlqdmVuIHdhYXJ2YW4gdSBnZWVuIGtsYW50
IGJlbnQuIFJlY2xhbWUgJnF1b3Q7QWFuIGRlIGJld29uZXImcXVvdDsgZW4gcmVjbGFtZSB2YW4g
YmVkcmlqdmVuIHdhYXIgdSBrbGFudCBiZW50LCB2YWxsZW4gbmlldCBvbmRlciBkZSBSb2JpbnNv
bmxpanN0LjwvcD4KPHAgY2xhc3M9TXNvTm9ybWFsPlV3IGluc2NocmlqdmluZyBibGlqZnQgNSBq
YWFyIGdlbGRpZy48L3A+CjxwIGNsYXNzPU1zb05vcm1hbD5Sb2JpbnNvbnJlZ2lzdGVyIEJlbGdp
w6sgdnp3PC9wPgo8L2Rpdj48L2JvZHk+PC9odG1sPgo=

------=_NextPart_000_000E_01DCD0F5.1F052E30--
'''),
    ('fr', 'zimbra-absence-routeur-npai', 'automated', (),
'''Return-Path: <c.lemaire@routage-lemaire.example.fr>
Received: from zimbra.routage-lemaire.example.fr (zimbra.routage-lemaire.example.fr [203.0.113.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fYk2Nw5Gpz1Cs3
        for <privacy@shop.example.be>; Thu, 16 Apr 2026 10:05:46 +0200 (CEST)
Received: from localhost (localhost [127.0.0.1])
	by zimbra.routage-lemaire.example.fr (Postfix) with ESMTP id 5F3A8640271
	for <privacy@shop.example.be>; Thu, 16 Apr 2026 10:05:44 +0200 (CEST)
Date: Thu, 16 Apr 2026 10:05:44 +0200 (CEST)
From: Claire Lemaire <c.lemaire@routage-lemaire.example.fr>
To: privacy@shop.example.be
Message-ID: <1398274611.48213.1776326744012.JavaMail.zimbra@routage-lemaire.example.fr>
In-Reply-To: <prv-2026-0552.1776326701.51aa@shop.example.be>
Subject: =?utf-8?q?Absente_=3A_Re=3A_Fichier_des_retours_NPAI_et_effacemen?=
 =?utf-8?q?t_des_adresses_=E2=80=93_catalogue_printemps?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4656 (zclient/10.0.8_GA_4656)

Bonjour,

Je suis absente du lundi 13 au vendredi 24 avril 2026 inclus, sans acc=C3=
=A8s =C3=A0 ma messagerie.

Pour les bons =C3=A0 tirer (BAT), les plannings de routage et les fichiers =
de retours NPAI (=C2=AB N'habite pas =C3=A0 l'adresse indiqu=C3=A9e =C2=BB)=
, merci d'=C3=A9crire =C3=A0 production@routage-lemaire.example.fr.

Pour toute question relative =C3=A0 la protection des donn=C3=A9es personne=
lles (contrat de sous-traitance, effacement des fichiers d'adresses apr=C3=
=A8s routage, certificat de destruction), veuillez contacter notre DPO : dp=
o@routage-lemaire.example.fr.

Votre message ne sera pas transf=C3=A9r=C3=A9.

Cordialement,
Claire Lemaire
Cheffe de projet routage =E2=80=93 Routage Lemaire SAS
'''),
    ('fr', 'coregistration-leads-delivery', 'automated', (),
'''Return-Path: <bnc-7Qx2kP@notif.leadora.example.fr>
Received: from o11.notif.leadora.example.fr (o11.notif.leadora.example.fr [198.51.100.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fc4Hm9tRqz7Ww2
        for <privacy@shop.example.be>; Tue, 28 Apr 2026 06:30:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=leadora.example.fr;
	h=content-type:from:mime-version:subject:to:cc:list-unsubscribe:date:message-id;
	s=s1; bh=3w6CgQ5zQf5bD6TVJODbDL6aytsaqlT2tbIxoPgKr9l=;
	b=5poQ9rpZ1fjbPQMVsnQqLswMIoWOZQ4q6v8vbrIap961fcB7it5ZPDt39hKJ
	 VvFI70e/UhEFvOFMxdvVDeLi//489YfpekVjRO+uZXdCU/CAeWdsHDMtMRyQNvkUbF/COu
	 uPCbBdmiCwMLa+4WDvafkYFo0IeINO/jjLv0lrvR/f97q7/noPhkwfEgj+0iqXEZqSVk7X
	 oPXbFx/KxbGbFSgWnfN7mwe7IYG99xehG/gdqWTQ1NFrcAe02+5Yp6i8uS2WkIzkisIQlq
	 NmnT1TwR0GAO0qz6mPBOGizBVTplcbFMybCdkZzYIkf3NTv6SjrwMoEVCuWjXIH+OfpXcU
	 58==
Content-Type: multipart/alternative; boundary="2f9d0c1e5b7a4c60a3e1d8f47b9c2e15"
Date: Tue, 28 Apr 2026 04:30:07 +0000 (UTC)
From: Leadora - Livraisons <livraisons@notif.leadora.example.fr>
Mime-Version: 1.0
Message-ID: <Qm7xZ0a2S9uTn4kYp1wE3g@geopod-ismtpd-8>
Subject: =?utf-8?q?Livraison_LD-2026-0917_=3A_3_412_contacts_co-enregistr?=
 =?utf-8?q?=C3=A9s_=E2=80=93_jeu-concours_=C2=AB_Gagnez_votre_cuisine_?=
 =?utf-8?q?=C3=A9quip=C3=A9e_=C2=BB?=
To: acquisition@shop.example.be
Cc: privacy@shop.example.be
List-Unsubscribe: <mailto:unsubscribe@notif.leadora.example.fr?subject=notif-livraisons-20417>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: livraisons:leadora:20417

--2f9d0c1e5b7a4c60a3e1d8f47b9c2e15
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

Bonjour,

Votre livraison de leads est disponible.

Livraison : LD-2026-0917
Campagne : co-enregistrement =E2=80=93 jeu-concours =C2=AB Gagnez votre cui=
sine =C3=A9quip=C3=A9e =C2=BB (site partenaire recettes-du-jour)
P=C3=A9riode de collecte : 01/04/2026 =E2=80=93 26/04/2026
Contacts livr=C3=A9s : 3 412 (e-mail + adresse postale : 2 207)
Doublons avec votre fichier clients =C3=A9cart=C3=A9s : 388
Contacts inscrits sur une liste d'opposition (Robinson / Bloctel) =C3=A9car=
t=C3=A9s : 141

Preuves du consentement : pour chaque contact, horodatage, adresse IP, libe=
ll=C3=A9 exact de la case coch=C3=A9e (=C2=AB J'accepte de recevoir par e-m=
ail et par courrier les offres de Shop Example =C2=BB), version du r=C3=A8g=
lement et de la politique de confidentialit=C3=A9. Fichier : consent_proofs=
_LD-2026-0917.csv

Rappels RGPD :
- Vous devenez responsable du traitement =C3=A0 la r=C3=A9ception des donn=
=C3=A9es.
- Indiquez la source (Leadora / jeu-concours partenaire) lors du premier co=
ntact (article 14).
- Les retraits de consentement et demandes d'effacement doivent nous =C3=AA=
tre signal=C3=A9s sous 72 h via l'API de d=C3=A9sinscription, afin que nous=
 les propagions aux autres annonceurs.
- Les donn=C3=A9es non import=C3=A9es sont supprim=C3=A9es de notre platefo=
rme apr=C3=A8s 30 jours.

T=C3=A9l=C3=A9charger la livraison (lien valable 7 jours) : https://app.lea=
dora.example.fr/livraisons/LD-2026-0917

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
Leadora SAS =E2=80=93 12 rue des Tanneurs, 69002 Lyon

--2f9d0c1e5b7a4c60a3e1d8f47b9c2e15
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

<html><head><meta charset=3D"utf-8"></head><body style=3D"margin:0;padding:=
0;background:#f4f5f7">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"600" cellpadding=3D"24" cellspacing=
=3D"0" style=3D"background:#ffffff;font-family:Helvetica,Arial,sans-serif;f=
ont-size:14px;color:#1f2933">
<tr><td>
<h2 style=3D"color:#5b2be0;margin-top:0">Votre livraison de leads est dispo=
nible</h2>
<p><b>Livraison :</b> LD-2026-0917<br><b>Campagne :</b> co-enregistrement =
=E2=80=93 jeu-concours =C2=AB Gagnez votre cuisine =C3=A9quip=C3=A9e =C2=BB=
<br><b>P=C3=A9riode de collecte :</b> 01/04/2026 =E2=80=93 26/04/2026<br><b=
>Contacts livr=C3=A9s :</b> 3 412 (e-mail + adresse postale : 2 207)<br><b>=
Doublons =C3=A9cart=C3=A9s :</b> 388<br><b>Listes d'opposition (Robinson / =
Bloctel) =C3=A9cart=C3=A9s :</b> 141</p>
<p><b>Preuves du consentement :</b> horodatage, adresse IP, libell=C3=A9 ex=
act de la case coch=C3=A9e, version du r=C3=A8glement et de la politique de=
 confidentialit=C3=A9 (consent_proofs_LD-2026-0917.csv).</p>
<p><b>Rappels RGPD :</b></p>
<ul><li>Vous devenez responsable du traitement =C3=A0 la r=C3=A9ception des=
 donn=C3=A9es.</li><li>Indiquez la source lors du premier contact (article =
14).</li><li>Signalez-nous les retraits de consentement et demandes d'effac=
ement sous 72 h via l'API de d=C3=A9sinscription.</li><li>Les donn=C3=A9es =
non import=C3=A9es sont supprim=C3=A9es apr=C3=A8s 30 jours.</li></ul>
<p style=3D"text-align:center"><a href=3D"https://app.leadora.example.fr/li=
vraisons/LD-2026-0917" style=3D"background:#5b2be0;color:#ffffff;padding:12=
px 20px;text-decoration:none;border-radius:4px">T=C3=A9l=C3=A9charger la li=
vraison</a></p>
<p style=3D"font-size:11px;color:#8a94a6">Ceci est un message automatique, =
merci de ne pas y r=C3=A9pondre.<br>Leadora SAS =E2=80=93 12 rue des Tanneu=
rs, 69002 Lyon</p>
</td></tr></table></td></tr></table>
<img src=3D"https://notif.leadora.example.fr/wf/open?upn=3DQm7xZ0a2S9uTn4kY=
p1wE3g" width=3D"1" height=3D"1" alt=3D"" style=3D"display:none">
</body></html>

--2f9d0c1e5b7a4c60a3e1d8f47b9c2e15--
'''),
    ('fr', 'helpdesk-ack-fraud-check-agency', 'automated', (),
'''Return-Path: <support@verifia.example.fr>
Received: from helpdesk.verifia.example.fr (helpdesk.verifia.example.fr [192.0.2.168])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fdJ0Tr7Ksz4Mb9
        for <privacy@shop.example.be>; Mon,  4 May 2026 14:17:33 +0200 (CEST)
Date: Mon, 04 May 2026 14:17:31 +0200
From: Verifia - Service Protection des Donnees <support@verifia.example.fr>
Reply-To: support@verifia.example.fr
To: privacy@shop.example.be
Message-ID: <6816e1db.58213.ticket@helpdesk.verifia.example.fr>
In-Reply-To: <prv-2026-0640.1777896990.04ff@shop.example.be>
References: <prv-2026-0640.1777896990.04ff@shop.example.be>
Subject: =?utf-8?q?=5BTicket=2358213=5D_Accus=C3=A9_de_r=C3=A9ception_=3A_?=
 =?utf-8?q?origine_des_donn=C3=A9es_=E2=80=93_contr=C3=B4le_antifraude_com?=
 =?utf-8?q?mande_88-41720?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6816e1db9b4c2_3c1f2a8e41203";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
Precedence: bulk
X-Loop: yes
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: Zammad Mail Service

----==_mimepart_6816e1db9b4c2_3c1f2a8e41203
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous accusons r=C3=A9ception de votre demande, enregistr=C3=A9e sous le num=
=C3=A9ro de ticket #58213 : =C2=AB Origine des donn=C3=A9es =E2=80=93 contr=
=C3=B4le antifraude commande 88-41720 =C2=BB.

Votre demande a =C3=A9t=C3=A9 transmise =C3=A0 notre service Protection des=
 donn=C3=A9es. Conform=C3=A9ment =C3=A0 l'article 12, paragraphe 3, du RGPD=
, une r=C3=A9ponse vous sera apport=C3=A9e dans un d=C3=A9lai d'un mois. Po=
ur les demandes portant sur un score de risque ou une v=C3=A9rification d'i=
dentit=C3=A9, nous pouvons =C3=AAtre amen=C3=A9s =C3=A0 vous demander un ju=
stificatif.

Merci de ne pas modifier l'objet de ce message si vous souhaitez compl=C3=
=A9ter votre demande : la r=C3=A9f=C3=A9rence [Ticket#58213] permet de la r=
attacher automatiquement.

Ceci est un message automatique.

Verifia SAS =E2=80=93 Service Protection des Donn=C3=A9es

----==_mimepart_6816e1db9b4c2_3c1f2a8e41203
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html>
<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body style=3D"font-family:Geneva,Helvetica,Arial,sans-ser=
if;font-size:12px">
<div>Bonjour,</div><div><br></div>
<div>Nous accusons r=C3=A9ception de votre demande, enregistr=C3=A9e sous l=
e num=C3=A9ro de ticket <b>#58213</b> : =C2=AB Origine des donn=C3=A9es =E2=
=80=93 contr=C3=B4le antifraude commande 88-41720 =C2=BB.</div><div><br></d=
iv>
<div>Votre demande a =C3=A9t=C3=A9 transmise =C3=A0 notre service Protectio=
n des donn=C3=A9es. Conform=C3=A9ment =C3=A0 l'article 12, paragraphe 3, du=
 RGPD, une r=C3=A9ponse vous sera apport=C3=A9e dans un d=C3=A9lai d'un moi=
s. Pour les demandes portant sur un score de risque ou une v=C3=A9rificatio=
n d'identit=C3=A9, nous pouvons =C3=AAtre amen=C3=A9s =C3=A0 vous demander =
un justificatif.</div><div><br></div>
<div>Merci de ne pas modifier l'objet de ce message si vous souhaitez compl=
=C3=A9ter votre demande : la r=C3=A9f=C3=A9rence [Ticket#58213] permet de l=
a rattacher automatiquement.</div><div><br></div>
<div><i>Ceci est un message automatique.</i></div><div><br></div>
<div>Verifia SAS =E2=80=93 Service Protection des Donn=C3=A9es</div>
</body></html>

----==_mimepart_6816e1db9b4c2_3c1f2a8e41203--
'''),
    ('fr', 'person-replies-to-autoack-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <sandrine.moreau71@gmail.com>
Received: from mail-wm1-f47.google.com (mail-wm1-f47.google.com [198.51.100.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZ8Dq2mJtz6Xp1
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 21:47:22 +0200 (CEST)
Received: by mail-wm1-f47.google.com with SMTP id 5b1f17b1804b1-48a3c09f1e2so21457305e9.2
        for <privacy@shop.example.be>; Sat, 18 Apr 2026 12:47:21 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1776541641; x=1777146441; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=a0J6LMA0cjlBts7eODg7iuoUF/IgMz0wf/UH5PRwsdX=;
        b=w/s+LhGKJtiYBH39NDsZnLhMrBXdsuSX3BYeyMwvPCFxDKBVwh3WIF1CWOa9
         UZobKbdjwmh+P1pt0NdkjnG/qfEYXLB67mdzPT88m6mBN+V63NhzfbsjRZX/DWu/HfFzCH
         YloZf+Ah5B3CPvEdyRhfGk2FXgssTduT9nBktnXwyD5O+Y2FfWE4Kv70q1uMF8cPHrlVnu
         QCulTqhh7KkNdBkjFh455uUVgA8k74x8zDxfP/8ewYpqPiakExMvQ94+ZuOT9K5VvanREt
         GpHaEEw7p8jEPCSTVDzlsA+S27frtj9oHw3Lbte93plvktK4b+qPtIl4OdwJQJNQ6NHhWM
         3h==
X-Gm-Message-State: AOJu0YzK4m2Qb8LrXw1vN6tHc0pS3eF9aDgUj7kRyW5oTi2xBn
X-Google-Smtp-Source: AGHT+IF3w9pLq0ZrYt6uKc2VbN8mDs4Xa1eH7jQo5gWf0RnTy3Ck
X-Received: by 2002:a05:600c:4f13:b0:48a:1b2c:3d4e with SMTP id 5b1f17b1804b1-48a3c1e2f3amr104512955e9.14.1776541641227;
        Sat, 18 Apr 2026 12:47:21 -0700 (PDT)
MIME-Version: 1.0
References: <prv-ack-2026-0611.1776409920@shop.example.be>
In-Reply-To: <prv-ack-2026-0611.1776409920@shop.example.be>
From: Sandrine Moreau <sandrine.moreau71@gmail.com>
Date: Sat, 18 Apr 2026 21:47:10 +0200
X-Gm-Features: AQt7F2q8XvN1mB4cL0kZyH6wR3sT9pJd
Message-ID: <CAG7vN0pX3k8yQm1Zr4TbW9eLs6JdF2uHc5oRiE0aKt7Vn1Bq8w@mail.gmail.com>
Subject: =?utf-8?q?Re=3A_=5BAccus=C3=A9_de_r=C3=A9ception=5D_Votre_message?=
 =?utf-8?q?_au_service_vie_priv=C3=A9e_=28PRV-2026-0611=29?=
To: =?utf-8?q?Shop_Example_-_Service_vie_priv=C3=A9e?= <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000c4e1a2064f9d3b17"

--000000000000c4e1a2064f9d3b17
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je ne demande rien de compliqu=C3=A9 : je ne veux plus recevoir votre catal=
ogue papier, ni vos e-mails promotionnels, ni les "offres de nos partenaire=
s".

J'ai compris d'o=C3=B9 =C3=A7a vient : l'an dernier j'ai particip=C3=A9 =C3=
=A0 un jeu-concours sur un site de recettes et il y avait une case pour rec=
evoir des offres de marques partenaires. Je ne savais pas que c'=C3=A9tait =
vous. Je retire ce consentement, pour tout : courrier, e-mail, SMS.

Merci de me d=C3=A9sinscrire de tout et de ne pas me renvoyer une nouvelle =
r=C3=A9ponse automatique.

Sandrine Moreau
14 rue Saint-Gilles, 4000 Li=C3=A8ge

Le ven. 17 avr. 2026 =C3=A0 09:12, Shop Example - Service vie priv=C3=A9e <=
privacy@shop.example.be> a =C3=A9crit :

> Ceci est une r=C3=A9ponse automatique.
>
> Nous avons bien re=C3=A7u votre message. Il a =C3=A9t=C3=A9 enregistr=C3=
=A9 sous la r=C3=A9f=C3=A9rence PRV-2026-0611.
>
> Notre =C3=A9quipe protection des donn=C3=A9es traite les demandes dans l'=
ordre d'arriv=C3=A9e et vous r=C3=A9pondra dans un d=C3=A9lai d'un mois. Si=
 nous avons besoin de v=C3=A9rifier votre identit=C3=A9, nous vous contacte=
rons.
>
> Pour vous d=C3=A9sinscrire de la newsletter, vous pouvez aussi utiliser l=
e lien en bas de chaque e-mail ou g=C3=A9rer vos pr=C3=A9f=C3=A9rences dans=
 votre compte : https://www.shop.example.be/preferences
>
> Merci de ne pas r=C3=A9pondre =C3=A0 ce message.
>
> Shop Example BV =E2=80=93 Service vie priv=C3=A9e

--000000000000c4e1a2064f9d3b17
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour,</div><div><br></div><div>Je ne demande rien =
de compliqu=C3=A9 : je ne veux plus recevoir votre catalogue papier, ni vos=
 e-mails promotionnels, ni les &quot;offres de nos partenaires&quot;.</div>=
<div><br></div><div>J&#39;ai compris d&#39;o=C3=B9 =C3=A7a vient : l&#39;an=
 dernier j&#39;ai particip=C3=A9 =C3=A0 un jeu-concours sur un site de rece=
ttes et il y avait une case pour recevoir des offres de marques partenaires=
. Je ne savais pas que c&#39;=C3=A9tait vous. Je retire ce consentement, po=
ur tout : courrier, e-mail, SMS.</div><div><br></div><div>Merci de me d=C3=
=A9sinscrire de tout et de ne pas me renvoyer une nouvelle r=C3=A9ponse aut=
omatique.</div><div><br></div><div>Sandrine Moreau</div><div>14 rue Saint-G=
illes, 4000 Li=C3=A8ge</div></div><br><div class=3D"gmail_quote gmail_quote=
_container"><div dir=3D"ltr" class=3D"gmail_attr">Le ven. 17 avr. 2026 =C3=
=A0 09:12, Shop Example - Service vie priv=C3=A9e &lt;<a href=3D"mailto:pri=
vacy@shop.example.be">privacy@shop.example.be</a>&gt; a =C3=A9crit :<br></d=
iv><blockquote class=3D"gmail_quote" style=3D"margin:0px 0px 0px 0.8ex;bord=
er-left:1px solid rgb(204,204,204);padding-left:1ex">Ceci est une r=C3=A9po=
nse automatique.<br><br>Nous avons bien re=C3=A7u votre message. Il a =C3=
=A9t=C3=A9 enregistr=C3=A9 sous la r=C3=A9f=C3=A9rence PRV-2026-0611.<br><b=
r>Notre =C3=A9quipe protection des donn=C3=A9es traite les demandes dans l&=
#39;ordre d&#39;arriv=C3=A9e et vous r=C3=A9pondra dans un d=C3=A9lai d&#39=
;un mois. Si nous avons besoin de v=C3=A9rifier votre identit=C3=A9, nous v=
ous contacterons.<br><br>Pour vous d=C3=A9sinscrire de la newsletter, vous =
pouvez aussi utiliser le lien en bas de chaque e-mail ou g=C3=A9rer vos pr=
=C3=A9f=C3=A9rences dans votre compte : <a href=3D"https://www.shop.example=
.be/preferences">https://www.shop.example.be/preferences</a><br><br>Merci d=
e ne pas r=C3=A9pondre =C3=A0 ce message.<br><br>Shop Example BV =E2=80=93 =
Service vie priv=C3=A9e<br></blockquote></div>

--000000000000c4e1a2064f9d3b17--
'''),
    ('de', 'sieve-vacation-address-publisher', 'automated', (),
'''Return-Path: <>
Received: from mail.adressverlag-krause.example.de (mail.adressverlag-krause.example.de [203.0.113.202])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZd8Hs3Wnz5Rj2
        for <privacy@shop.example.be>; Mon, 20 Apr 2026 08:15:04 +0200 (CEST)
Received: from mail.adressverlag-krause.example.de
	by mail.adressverlag-krause.example.de with LMTP
	id 2KqFBqbJ5WlwqgQAk0WH0g
	(envelope-from <privacy@shop.example.be>)
	for <t.krause@adressverlag-krause.example.de>; Mon, 20 Apr 2026 08:15:02 +0200
X-Sieve: Pigeonhole Sieve 0.5.21.1 (d7b5b0f1)
Message-ID: <dovecot-sieve-1776665702-318274-0@mail.adressverlag-krause.example.de>
Date: Mon, 20 Apr 2026 08:15:02 +0200
From: Thomas Krause <t.krause@adressverlag-krause.example.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Mietadressen_Fr=C3=BChjahrsmailing?=
 =?utf-8?q?_=E2=80=93_Herkunftsnachweis?=
In-Reply-To: <prv-2026-0561.1776665690.7d2e@shop.example.be>
References: <prv-2026-0561.1776665690.7d2e@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Donnerstag, 30. April 2026, nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen zu Adressmiete, Listbroking, Zählungen und Selektionen wenden Sie sich bitte an listbroking@adressverlag-krause.example.de oder telefonisch an 0221 555 08 40.

Anfragen zur Herkunft von Adressdaten (Art. 14 und Art. 15 Abs. 1 lit. g DSGVO), Auskunftsersuchen, Werbewidersprüche und Sperrvermerke richten Sie bitte direkt an unseren Datenschutzbeauftragten: datenschutz@adressverlag-krause.example.de.

Mit freundlichen Grüßen
Thomas Krause
Adressverlag Krause GmbH & Co. KG
'''),
    ('de', 'lettershop-dispatch-confirmation', 'automated', (),
'''Return-Path: <mis-noreply@lettershop-nordmann.example.de>
Received: from smtp.lettershop-nordmann.example.de (smtp.lettershop-nordmann.example.de [192.0.2.233])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fZt1Vb6Pcz9Hk4
        for <privacy@shop.example.be>; Tue, 21 Apr 2026 17:42:31 +0200 (CEST)
Received: from mis01.nordmann.lan (mis01.nordmann.lan [172.16.10.21])
	by smtp.lettershop-nordmann.example.de (Postfix) with ESMTP id 0B1C6402E3;
	Tue, 21 Apr 2026 17:42:30 +0200 (CEST)
From: "Lettershop Nordmann - Produktionssystem" <mis-noreply@lettershop-nordmann.example.de>
To: marketing@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?Versandmeldung_Auftrag_26-04417=3A_Katalog_Fr=C3=BChjah?=
 =?utf-8?q?r/Sommer_2026_=E2=80=93_84=2E300_Sendungen_eingeliefert?=
Date: Tue, 21 Apr 2026 17:42:29 +0200
Message-ID: <MIS.26-04417.VERSAND.20260421174229@mis01.nordmann.lan>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_PrintFlowMIS_8c01a4e7"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: PrintFlow MIS 8.4.2

This is a multi-part message in MIME format.

--=_PrintFlowMIS_8c01a4e7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

VkVSU0FORE1FTERVTkcg4oCTIEF1ZnRyYWcgMjYtMDQ0MTcKCkt1bmRlOiBTaG9wIEV4YW1wbGUg
QlYsIEJyw7xzc2VsIChLZC4tTnIuIDExODcyKQpQcm9kdWt0OiBLYXRhbG9nIEZyw7xoamFoci9T
b21tZXIgMjAyNiwgMTMyIFNlaXRlbiwgcGVyc29uYWxpc2llcnQgKEFucmVkZSArIE5hbWUgYXVm
IFVtc2NobGFnKQpTdGF0dXM6IEVJTkdFTElFRkVSVCBhbSAyMS4wNC4yMDI2LCAxNjo1NSBVaHIs
IEJyaWVmemVudHJ1bSA0NCAoRGlhbG9ncG9zdCkKCkFkcmVzc3ZlcmFyYmVpdHVuZwogIEVpbmdh
bmdzZGF0ZW5zw6R0emUgKEt1bmRlbmRhdGVpICsgTWlldGFkcmVzc2VuIEFkcmVzc3ZlcmxhZyBL
cmF1c2UpOiA4OC45MTIKICBEdWJsZXR0ZW4gZW50ZmVybnQ6ICAgICAgICAgICAgICAgICAgICAg
ICAgICAgICAgICAgICAgICAgICAgICAgICAgICAxLjM0NwogIFJvYmluc29ubGlzdGUgKEREVikg
YWJnZWdsaWNoZW4sIGdlc3BlcnJ0OiAgICAgICAgICAgICAgICAgICAgICAgICAgIDIuMTE0CiAg
VW16dWdzYWJnbGVpY2ggKFBvc3RyZWZlcmVuemRhdGVpKTogYWt0dWFsaXNpZXJ0IDEuMDA2LCB1
bmJla2FubnQgdmVyem9nZW4gYXVzZ2VzdGV1ZXJ0IDE0MgogIFZlcnN0b3JiZW5lbmFiZ2xlaWNo
LCBnZXNwZXJydDogICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAzCiAg
RWluZ2VsaWVmZXJ0OiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAg
ICAgICAgICAgICA4NC4zMDAKCkRhdGVuc2NodXR6CkRpZSBBZHJlc3NkYXRlbiB3dXJkZW4gYXVz
c2NobGllw59saWNoIGltIEF1ZnRyYWcgKEFydC4gMjggRFNHVk8sIEFWLVZlcnRyYWcgdm9tIDE0
LjAxLjIwMjYpIHZlcmFyYmVpdGV0LiBBbGxlIHBlcnNvbmVuYmV6b2dlbmVuIERhdGVuIGRpZXNl
cyBBdWZ0cmFncyB3ZXJkZW4gYW0gMjEuMDUuMjAyNiBnZWzDtnNjaHQ7IGRhcyBMw7ZzY2hwcm90
b2tvbGwgZXJoYWx0ZW4gU2llIGF1dG9tYXRpc2NoLiBSw7xja3NlbmR1bmdlbiAodW56dXN0ZWxs
YmFyLCBBbm5haG1lIHZlcndlaWdlcnQpIG1lbGRlbiB3aXIgd8O2Y2hlbnRsaWNoIHBlciBSZXRv
dXJlbmJlcmljaHQuCgpEaWVzZSBOYWNocmljaHQgd3VyZGUgYXV0b21hdGlzY2ggZXJzdGVsbHQu
IEJpdHRlIGFudHdvcnRlbiBTaWUgbmljaHQgYXVmIGRpZXNlIEUtTWFpbC4KTGV0dGVyc2hvcCBO
b3JkbWFubiBHbWJIIMK3IEhhZmVuc3RyYcOfZSAzMSDCtyAyODIxNyBCcmVtZW4K

--=_PrintFlowMIS_8c01a4e7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjEzcHgiPgo8aDM+VkVSU0FORE1FTERVTkcg4oCTIEF1ZnRyYWcgMjYtMDQ0MTc8L2gzPgo8cD5L
dW5kZTogU2hvcCBFeGFtcGxlIEJWLCBCcsO8c3NlbCAoS2QuLU5yLiAxMTg3Mik8YnI+UHJvZHVr
dDogS2F0YWxvZyBGcsO8aGphaHIvU29tbWVyIDIwMjYsIDEzMiBTZWl0ZW4sIHBlcnNvbmFsaXNp
ZXJ0IChBbnJlZGUgKyBOYW1lIGF1ZiBVbXNjaGxhZyk8YnI+U3RhdHVzOiA8Yj5FSU5HRUxJRUZF
UlQ8L2I+IGFtIDIxLjA0LjIwMjYsIDE2OjU1IFVociwgQnJpZWZ6ZW50cnVtIDQ0IChEaWFsb2dw
b3N0KTwvcD4KPHRhYmxlIGJvcmRlcj0iMSIgY2VsbHBhZGRpbmc9IjQiIHN0eWxlPSJib3JkZXIt
Y29sbGFwc2U6Y29sbGFwc2UiPgo8dHI+PHRoIGFsaWduPSJsZWZ0Ij5BZHJlc3N2ZXJhcmJlaXR1
bmc8L3RoPjx0aCBhbGlnbj0icmlnaHQiPkFuemFobDwvdGg+PC90cj4KPHRyPjx0ZD5FaW5nYW5n
c2RhdGVuc8OkdHplIChLdW5kZW5kYXRlaSArIE1pZXRhZHJlc3NlbiBBZHJlc3N2ZXJsYWcgS3Jh
dXNlKTwvdGQ+PHRkIGFsaWduPSJyaWdodCI+ODguOTEyPC90ZD48L3RyPgo8dHI+PHRkPkR1Ymxl
dHRlbiBlbnRmZXJudDwvdGQ+PHRkIGFsaWduPSJyaWdodCI+MS4zNDc8L3RkPjwvdHI+Cjx0cj48
dGQ+Um9iaW5zb25saXN0ZSAoRERWKSBhYmdlZ2xpY2hlbiwgZ2VzcGVycnQ8L3RkPjx0ZCBhbGln
bj0icmlnaHQiPjIuMTE0PC90ZD48L3RyPgo8dHI+PHRkPlVtenVnc2FiZ2xlaWNoOiBha3R1YWxp
c2llcnQgLyB1bmJla2FubnQgdmVyem9nZW48L3RkPjx0ZCBhbGlnbj0icmlnaHQiPjEuMDA2IC8g
MTQyPC90ZD48L3RyPgo8dHI+PHRkPlZlcnN0b3JiZW5lbmFiZ2xlaWNoLCBnZXNwZXJydDwvdGQ+
PHRkIGFsaWduPSJyaWdodCI+MzwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5FaW5nZWxpZWZlcnQ8L2I+
PC90ZD48dGQgYWxpZ249InJpZ2h0Ij48Yj44NC4zMDA8L2I+PC90ZD48L3RyPgo8L3RhYmxlPgo8
cD48Yj5EYXRlbnNjaHV0ejwvYj48YnI+RGllIEFkcmVzc2RhdGVuIHd1cmRlbiBhdXNzY2hsaWXD
n2xpY2ggaW0gQXVmdHJhZyAoQXJ0LiAyOCBEU0dWTywgQVYtVmVydHJhZyB2b20gMTQuMDEuMjAy
NikgdmVyYXJiZWl0ZXQuIEFsbGUgcGVyc29uZW5iZXpvZ2VuZW4gRGF0ZW4gZGllc2VzIEF1ZnRy
YWdzIHdlcmRlbiBhbSAyMS4wNS4yMDI2IGdlbMO2c2NodDsgZGFzIEzDtnNjaHByb3Rva29sbCBl
cmhhbHRlbiBTaWUgYXV0b21hdGlzY2guIFLDvGNrc2VuZHVuZ2VuICh1bnp1c3RlbGxiYXIsIEFu
bmFobWUgdmVyd2VpZ2VydCkgbWVsZGVuIHdpciB3w7ZjaGVudGxpY2ggcGVyIFJldG91cmVuYmVy
aWNodC48L3A+CjxwIHN0eWxlPSJjb2xvcjojNzc3Ij5EaWVzZSBOYWNocmljaHQgd3VyZGUgYXV0
b21hdGlzY2ggZXJzdGVsbHQuIEJpdHRlIGFudHdvcnRlbiBTaWUgbmljaHQgYXVmIGRpZXNlIEUt
TWFpbC48YnI+TGV0dGVyc2hvcCBOb3JkbWFubiBHbWJIIMK3IEhhZmVuc3RyYcOfZSAzMSDCtyAy
ODIxNyBCcmVtZW48L3A+CjwvYm9keT48L2h0bWw+Cg==

--=_PrintFlowMIS_8c01a4e7--
'''),
    ('de', 'exchange-ndr-credit-agency', 'automated', (),
'''Return-Path: <>
Received: from mx.crediscore.example.de (mx.crediscore.example.de [203.0.113.145])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fdq6Yc0Nbz2Gv8
        for <privacy@shop.example.be>; Wed,  6 May 2026 10:03:58 +0200 (CEST)
Received: from EXCH02.crediscore.local (10.10.1.32) by EXCH01.crediscore.local
 (10.10.1.31) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.14; Wed, 6 May
 2026 10:03:56 +0200
From: <postmaster@crediscore.example.de>
To: <privacy@shop.example.be>
Date: Wed, 6 May 2026 10:03:56 +0200
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2d4b1f0e-8a3c-4e57-b9d2-60c7a1e3f845"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <7c3e91a0-52d8-4b6f-a0e4-1d9b7c2f6e38@EXCH02.crediscore.local>
In-Reply-To: <prv-2026-0662.1778054630.a7b9@shop.example.be>
References: <prv-2026-0662.1778054630.a7b9@shop.example.be>
Subject: =?utf-8?q?Unzustellbar=3A_Weiterleitung_Betroffenenanfrage_?=
 =?utf-8?q?=E2=80=93_Bonit=C3=A4tspr=C3=BCfung_Bestellung_4471-2290_=28Art?=
 =?utf-8?q?=2E_15_Abs=2E_1_lit=2E_g_DSGVO=29?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--2d4b1f0e-8a3c-4e57-b9d2-60c7a1e3f845
Content-Type: multipart/alternative;
	differences=Content-Type;
	boundary="e0b6a3c1-7f24-4d89-9c5e-3a18b2f04d76"

--e0b6a3c1-7f24-4d89-9c5e-3a18b2f04d76
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Die Zustellung an folgende Empf=C3=A4nger oder Gruppen ist fehlgeschlagen:

datenschutz-anfragen@crediscore.example.de
Die E-Mail-Adresse, an die Sie Ihre Nachricht senden wollten, wurde nicht g=
efunden. =C3=9Cberpr=C3=BCfen Sie die E-Mail-Adresse des Empf=C3=A4ngers, u=
nd senden Sie die Nachricht erneut. Wenden Sie sich an Ihr E-Mail-Admin, fa=
lls das Problem weiterhin auftritt.

Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: EXCH02.crediscore.local

datenschutz-anfragen@crediscore.example.de
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Urspr=C3=BCngliche Nachrichtenkopfzeilen:

Received: from mx.crediscore.example.de (10.10.1.10) by EXCH02.crediscore.l=
ocal
 (10.10.1.32) with Microsoft SMTP Server id 15.2.1544.14; Wed, 6 May 2026
 10:03:55 +0200
From: Datenschutzteam Shop Example <privacy@shop.example.be>
To: <datenschutz-anfragen@crediscore.example.de>
Subject: Weiterleitung Betroffenenanfrage =E2=80=93 Bonit=C3=A4tspr=C3=BCfu=
ng Bestellung 4471-2290 (Art. 15 Abs. 1 lit. g DSGVO)
Date: Wed, 6 May 2026 10:03:50 +0200
Message-ID: <prv-2026-0662.1778054630.a7b9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--e0b6a3c1-7f24-4d89-9c5e-3a18b2f04d76
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style>
.undeliveredHeader { font-size: 14pt; color: #C00000; font-weight: bold }
</style>
</head>
<body dir=3D"ltr" lang=3D"de-DE">
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Die Zustellung an f=
olgende Empf=C3=A4nger oder Gruppen ist fehlgeschlagen:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma">
<p><a href=3D"mailto:datenschutz-anfragen@crediscore.example.de">datenschut=
z-anfragen@crediscore.example.de</a><br>
Die E-Mail-Adresse, an die Sie Ihre Nachricht senden wollten, wurde nicht g=
efunden. =C3=9Cberpr=C3=BCfen Sie die E-Mail-Adresse des Empf=C3=A4ngers, u=
nd senden Sie die Nachricht erneut. Wenden Sie sich an Ihr E-Mail-Admin, fa=
lls das Problem weiterhin auftritt.<br></p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Diagnoseinformatio=
nen f=C3=BCr Administratoren:</b></p>
<p>Generierender Server: EXCH02.crediscore.local</p>
<p>datenschutz-anfragen@crediscore.example.de<br>Remote Server returned '55=
0 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP addres=
s lookup'</p>
</font>
</body>
</html>

--e0b6a3c1-7f24-4d89-9c5e-3a18b2f04d76--

--2d4b1f0e-8a3c-4e57-b9d2-60c7a1e3f845
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.crediscore.local
Received-From-MTA: dns;mx.crediscore.example.de
Arrival-Date: Wed, 6 May 2026 08:03:55 +0000

Original-Recipient: rfc822;datenschutz-anfragen@crediscore.example.de
Final-Recipient: rfc822;datenschutz-anfragen@crediscore.example.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--2d4b1f0e-8a3c-4e57-b9d2-60c7a1e3f845
Content-Type: text/rfc822-headers

Received: from mx.crediscore.example.de (10.10.1.10) by EXCH02.crediscore.local
 (10.10.1.32) with Microsoft SMTP Server id 15.2.1544.14; Wed, 6 May 2026
 10:03:55 +0200
From: Datenschutzteam Shop Example <privacy@shop.example.be>
To: <datenschutz-anfragen@crediscore.example.de>
Subject: =?utf-8?q?Weiterleitung_Betroffenenanfrage_=E2=80=93_Bonit=C3=A4t?=
 =?utf-8?q?spr=C3=BCfung_Bestellung_4471-2290_=28Art=2E_15_Abs=2E_1_lit=2E?=
 =?utf-8?q?_g_DSGVO=29?=
Date: Wed, 6 May 2026 10:03:50 +0200
Message-ID: <prv-2026-0662.1778054630.a7b9@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--2d4b1f0e-8a3c-4e57-b9d2-60c7a1e3f845--
'''),
    ('de', 'person-replies-to-address-update-notice-objects', 'objection', (),
'''Return-Path: <ute.brandner@gmx.de>
Received: from mout.gmx.net (mout.gmx.net [198.51.100.227])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fb0Kx4sLqz3Wd6
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 20:11:52 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmx.de;
	s=s31663417; t=1776967911; x=1777572711; i=ute.brandner@gmx.de;
	bh=1hxGRDAOcbKYPtYYKmiIP8iIlbz4fiytxXUGkEpxXPa=;
	h=X-UI-Sender-Class:Message-ID:Date:MIME-Version:Subject:To:
	 References:From:In-Reply-To:Content-Type:Content-Transfer-Encoding:cc:
	 content-transfer-encoding:content-type:date:from:message-id:
	 mime-version:reply-to:subject:to;
	b=wb1rM/amKuYGhMUC4iImaHfgY75QUDJX/n0LidcfULladYZoer0jobsRvUMR
	 ulPkWfe5L1sDHC74JkDf+wecAx01c83oH1yag81h4vLhQwRXBJnLCa1ugZbwjIoN7SKKYS
	 Acpq95NZ7ZCDkXPLBuQk7u3ysoHFoCfuyqtLcM+aylZdnQy0X35hnCwYjkjkTM31cL9T4Y
	 yRVBb0VsrhZptc9hqkD0NVzF3A100+ocjkCQQ5FZDcgpZMUFHCic/RqozYHrNp2wyTkJpg
	 RDzMAg7LZotefOEFjlN998i+LgBG70HUROnRq8Rb0iDlydaKWqZ5FpagHxKsZCRJ/Fgyca
	 t+==
X-UI-Sender-Class: 724b4f7f-cbec-4199-ad4e-598c01a50d3a
Received: from [192.168.178.34] ([198.51.100.66]) by mail.gmx.net (mrgmx104
 [198.51.100.168]) with ESMTPSA (Nemesis) id 1MZCb2-1uN9fQ0hS4-00Wk3T for
 <privacy@shop.example.be>; Thu, 23 Apr 2026 20:11:51 +0200
Message-ID: <7a3e0c55-18d2-4b9f-9e61-c2f04d8b1a97@gmx.de>
Date: Thu, 23 Apr 2026 20:11:49 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Subject: Re: Automatische Benachrichtigung: Ihre Adresse wurde aktualisiert
To: privacy@shop.example.be
References: <notif-addr-9911847.1776837480@notify.shop.example.be>
Content-Language: de-DE
From: Ute Brandner <ute.brandner@gmx.de>
In-Reply-To: <notif-addr-9911847.1776837480@notify.shop.example.be>
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Provags-ID: V03:K1:q2Jt7X0LmYc5rB9aWn4vHs1kE6dFpTg8uZi3oCxQbR
UI-OutboundReport: notjunk:1;M01:P0:Wq3kL8xZt0c=;Hn2bR5yTj9vQwX1mC7sE4aKp0dU

Sehr geehrte Damen und Herren,

ich habe Ihnen meine neue Adresse nie mitgeteilt. Ich bin im März umgezogen und habe meinen Umzug nur bei der Post gemeldet. Dass Sie jetzt meine neue Anschrift kennen und mir dorthin Kataloge schicken wollen, möchte ich nicht.

Ich widerspreche hiermit der Nutzung meiner Daten für Werbung jeder Art (Art. 21 Abs. 2 DSGVO), insbesondere:
- dem Abgleich meiner Adresse mit Umzugsdaten von Post oder Adresshändlern,
- der Zusendung von Katalogen und Werbebriefen,
- der Weitergabe oder Vermietung meiner Adresse an Partner.

Mein Kundenkonto für Bestellungen möchte ich behalten. Bitte bestätigen Sie mir den Widerspruch kurz per E-Mail.

Mit freundlichen Grüßen
Ute Brandner

Am 22.04.2026 um 07:58 schrieb Shop Example Kundenservice:
> Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht
> auf diese E-Mail.
>
> Guten Tag Frau Brandner,
>
> wir haben Ihre Lieferadresse mithilfe des Umzugsservice unseres
> Partners aktualisiert:
>
> Neue Adresse: Lindenallee 6, 50968 Köln
>
> So erhalten Sie unseren Katalog und Ihre Bestellungen weiterhin
> pünktlich. Stimmt etwas nicht? Ändern Sie Ihre Adresse in Ihrem
> Kundenkonto.
>
> Hinweise zum Datenschutz: https://www.shop.example.be/de/datenschutz
>
> Ihr Shop Example Team
'''),
    ('es', 'gmail-vacation-list-broker', 'automated', (),
'''Return-Path: <marta.ibarra@listasdirectas.example.es>
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [198.51.100.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fb0C27yHmz8Nr3
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 12:30:17 +0200 (CEST)
Received: by mail-ej1-f52.google.com with SMTP id a640c23a62f3a-b0c7e1d9f2aso88214166b.1
        for <privacy@shop.example.be>; Thu, 23 Apr 2026 03:30:16 -0700 (PDT)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=listasdirectas-example-es.20230601.gappssmtp.com; s=20230601; t=1776940216; x=1777545016; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=sBuXdot9nNNzsgJP55ij2hBRt5iwxMhE0UDfeO8LATa=;
        b=XX8i7Bm/Zbjlbf+eQEC3q80GWCsYhQ6NN3arRSznwmwZl1GFy0ao4mBJUf6I
         IbJWw1IcO5mgKJlBDJq/esogJ0Na1Z5mvZJ59WmYYe1L6OSjThFzTpsrEzvpnKsAjG0r8U
         4FV04ayeNaMtbk6qDM1g1Uf34Xu+IBcSGzQ6Acrfoxrr8d4cYl+yULILTCpU/rozjG4yfe
         yfqAD7MwrfAbdPFiwT45XMI8hj0vbCFXLFeHCi5hUPE/IJf0w/Yw/zvBhQ0FOS+mQED+hZ
         jOS5egyeHARE+VLpt7okDqOvDvz1O3xe0mtpv3TTgUu40QnK/+ua+UPT6myyD5j0u9OXcl
         7M==
X-Google-Smtp-Source: AGHT+IHq2Lw8Zr5Xk1Tn0bVf3Yc6Dm9Ps4Ae7Gj2Uo8Hi1Kw5Nx
X-Received: by 2002:a17:907:2d92:b0:b0c:4e21:9a1f with SMTP id a640c23a62f3a-b0c7e2f1a3dmr144120866b.27.1776940216032;
        Thu, 23 Apr 2026 03:30:16 -0700 (PDT)
MIME-Version: 1.0
Auto-Submitted: auto-replied
From: Marta Ibarra <marta.ibarra@listasdirectas.example.es>
Date: Thu, 23 Apr 2026 03:30:14 -0700
Message-ID: <CAH4rZm0pWq7Xc2Lk9Ve3TnB8dYs1Gf5Ju6Ai0Ro4Ex7Nb2Kt9Q@mail.gmail.com>
Subject: =?utf-8?q?Fuera_de_la_oficina_hasta_el_4_de_mayo_=E2=80=93_Out_of?=
 =?utf-8?q?_office?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000f3b2a10650a7c4e9"

--000000000000f3b2a10650a7c4e9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy fuera de la oficina hasta el lunes 4 de mayo, sin acceso al correo.

Para pedidos de alquiler de listas, recuentos, selecciones y ficheros de su=
presi=C3=B3n escriba a pedidos@listasdirectas.example.es.
Para solicitudes relacionadas con la protecci=C3=B3n de datos (origen de lo=
s datos, derechos de acceso, supresi=C3=B3n u oposici=C3=B3n, exclusi=C3=B3=
n publicitaria) escriba a nuestro Delegado de Protecci=C3=B3n de Datos: dpd=
@listasdirectas.example.es.

Un saludo,
Marta Ibarra
Account Manager | Listas Directas S.L.

---
I am out of the office until Monday 4 May. For list orders write to pedidos=
@listasdirectas.example.es; for data protection matters, dpd@listasdirectas=
.example.es.

--000000000000f3b2a10650a7c4e9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><p>Hola:</p><p>Estoy fuera de la oficina hasta el lunes 4 =
de mayo, sin acceso al correo.</p><p>Para pedidos de alquiler de listas, re=
cuentos, selecciones y ficheros de supresi=C3=B3n escriba a <a href=3D"mail=
to:pedidos@listasdirectas.example.es">pedidos@listasdirectas.example.es</a>=
.<br>Para solicitudes relacionadas con la protecci=C3=B3n de datos (origen =
de los datos, derechos de acceso, supresi=C3=B3n u oposici=C3=B3n, exclusi=
=C3=B3n publicitaria) escriba a nuestro Delegado de Protecci=C3=B3n de Dato=
s: <a href=3D"mailto:dpd@listasdirectas.example.es">dpd@listasdirectas.exam=
ple.es</a>.</p><p>Un saludo,<br>Marta Ibarra<br>Account Manager | Listas Di=
rectas S.L.</p><p>---<br>I am out of the office until Monday 4 May. For lis=
t orders write to pedidos@listasdirectas.example.es; for data protection ma=
tters, dpd@listasdirectas.example.es.</p></div>

--000000000000f3b2a10650a7c4e9--
'''),
    ('es', 'partner-energy-bill-insert-report', 'automated', (),
'''Return-Path: <informes@campanas.enerluz.example.es>
Received: from smtp2.campanas.enerluz.example.es (smtp2.campanas.enerluz.example.es [203.0.113.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fgF9Lt2Xbz1Pk5
        for <privacy@shop.example.be>; Mon, 11 May 2026 08:00:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=enerluz.example.es;
	s=camp2026; t=1778479239; h=from:to:cc:subject:date:message-id;
	bh=sfP9An7beHfLIBmAE2tRDiqE2TjtpZF2zXEmS91gsG9=;
	b=L1YGDRc0gLGwPVPaxgWcwRRKHvlf3XkR20oqUNc+ilrQBtoxasS7yVZfWqDN
	 9CH/Vwzv+hM24wNOSQ1eUUYGkCYjLpfjUKGhIuGG54xUNojgzavwIssUlbd4RQLRk9qNIq
	 0TZyd1Lpv8BBZOGtu3oUSymPBf7aZ6jwUuuXhovRHxCcl8KvCz+7/XGNS/w3IvoQfkRKz0
	 por35AjOHSvzfvM80KzqRgLGTdyNqonsS7rMw+u34WVbGEl7OIS7H0OrAN7lRKeO1m5gWx
	 iL9Px7sSeDMV6XUMQA/slJj1qCgIknUYyT2ZnVn7E5EhWnQ31VPnLlxOzAneCIZCII4MoK
	 bl==
From: "Enerluz Partners - Informes" <informes@campanas.enerluz.example.es>
To: partners@shop.example.be
Cc: privacy@shop.example.be
Subject: =?utf-8?q?Informe_de_campa=C3=B1a_CO-MKT-2604=3A_encarte_Shop_Exa?=
 =?utf-8?q?mple_en_factura_de_abril_=E2=80=93_212=2E480_env=C3=ADos?=
Date: Mon, 11 May 2026 08:00:39 +0200
Message-ID: <rpt.CO-MKT-2604.20260511060039.48812@campanas.enerluz.example.es>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_EnerluzRpt_4b7d2e91"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: CampaignReporter/2.1 (Enerluz)

------=_EnerluzRpt_4b7d2e91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

INFORME DE CAMPA=C3=91A =E2=80=93 CO-MKT-2604
Acci=C3=B3n conjunta Enerluz =C3=97 Shop Example: encarte publicitario en l=
a factura de abril

Env=C3=ADos en factura postal ............ 212.480
Env=C3=ADos en factura digital (enlace) ..  96.310
Escaneos del c=C3=B3digo QR ..............   4.118
Canjes del c=C3=B3digo ENERLUZ10 .........   1.006
Importe medio de compra .............   64,20 =E2=82=AC

Protecci=C3=B3n de datos
- Enerluz no ha cedido ni ceder=C3=A1 a Shop Example datos personales de su=
s clientes.
- El encarte se envi=C3=B3 solo a clientes que han dado su consentimiento p=
ara recibir comunicaciones comerciales de terceros; la selecci=C3=B3n la ha=
 realizado Enerluz con sus propios datos.
- Las cifras de este informe son agregadas y no permiten identificar a ning=
una persona.
- Las solicitudes de derechos (acceso, oposici=C3=B3n, supresi=C3=B3n) de n=
uestros clientes relativas a esta acci=C3=B3n se gestionan en dpd@enerluz.e=
xample.es.

Este informe se genera autom=C3=A1ticamente. Por favor, no responda a este =
correo.
Enerluz Comercializadora S.A. =E2=80=93 Paseo de la Castellana 300, 28046 M=
adrid

------=_EnerluzRpt_4b7d2e91
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px;color:#333=
">
<h2 style=3D"color:#f28c00">Informe de campa=C3=B1a =E2=80=93 CO-MKT-2604</=
h2>
<p>Acci=C3=B3n conjunta Enerluz =C3=97 Shop Example: encarte publicitario e=
n la factura de abril</p>
<table cellpadding=3D"5" style=3D"border-collapse:collapse;border:1px solid=
 #ddd">
<tr><td>Env=C3=ADos en factura postal</td><td align=3D"right">212.480</td><=
/tr>
<tr><td>Env=C3=ADos en factura digital (enlace)</td><td align=3D"right">96.=
310</td></tr>
<tr><td>Escaneos del c=C3=B3digo QR</td><td align=3D"right">4.118</td></tr>
<tr><td>Canjes del c=C3=B3digo ENERLUZ10</td><td align=3D"right">1.006</td>=
</tr>
<tr><td>Importe medio de compra</td><td align=3D"right">64,20 =E2=82=AC</td=
></tr>
</table>
<h3>Protecci=C3=B3n de datos</h3>
<ul>
<li>Enerluz no ha cedido ni ceder=C3=A1 a Shop Example datos personales de =
sus clientes.</li>
<li>El encarte se envi=C3=B3 solo a clientes que han dado su consentimiento=
 para recibir comunicaciones comerciales de terceros; la selecci=C3=B3n la =
ha realizado Enerluz con sus propios datos.</li>
<li>Las cifras de este informe son agregadas y no permiten identificar a ni=
nguna persona.</li>
<li>Las solicitudes de derechos (acceso, oposici=C3=B3n, supresi=C3=B3n) de=
 nuestros clientes relativas a esta acci=C3=B3n se gestionan en dpd@enerluz=
.example.es.</li>
</ul>
<p style=3D"font-size:11px;color:#999">Este informe se genera autom=C3=A1ti=
camente. Por favor, no responda a este correo.<br>Enerluz Comercializadora =
S.A. =E2=80=93 Paseo de la Castellana 300, 28046 Madrid</p>
</body></html>

------=_EnerluzRpt_4b7d2e91--
'''),
    ('es', 'list-broker-suppression-file-processed', 'automated', (),
'''Return-Path: <notificaciones@listabase.example.es>
Received: from correo.listabase.example.es (correo.listabase.example.es [192.0.2.119])
        by mx1.shop.example.be (Postfix) with ESMTP id 4fhW2Qn8Jdz6Ts0
        for <privacy@shop.example.be>; Fri, 15 May 2026 13:26:05 +0200 (CEST)
Received: from srv-proc03 (srv-proc03.listabase.local [10.0.3.13])
	by correo.listabase.example.es (8.17.1/8.17.1) with ESMTP id 64FBQ4Zk011873
	for <privacy@shop.example.be>; Fri, 15 May 2026 13:26:04 +0200
Date: Fri, 15 May 2026 13:26:04 +0200
From: ListaBase Datos - Notificaciones <notificaciones@listabase.example.es>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Procesado_su_fichero_de_supresi=F3n_SUP-2026-044:_3.118_regi?=
 =?ISO-8859-1?Q?stros_excluidos_de_la_selecci=F3n?=
Message-ID: <SUP-2026-044.1778844364@srv-proc03.listabase.local>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: ListaBase Procesos v6.3

Estimado cliente:

Hemos procesado el fichero de supresi=F3n que nos remiti=F3 el 13/05/2026 p=
ara su pedido de alquiler PED-2026-0381 (selecci=F3n "Familias con hijos 0-=
12 a=F1os, compradores por cat=E1logo").

Resultado del cruce
  Registros recibidos en su fichero de supresi=F3n .... 3.204
  Coincidencias excluidas de la selecci=F3n ........... 3.118
  Sin coincidencia .................................. 86

Adicionalmente se ha aplicado la Lista Robinson (servicio de exclusi=F3n pu=
blicitaria) actualizada a 10/05/2026: 1.742 registros excluidos.

La selecci=F3n definitiva contiene 41.950 registros y se entregar=E1 a su i=
mprenta (Gr=E1ficas Levante) el 19/05/2026 para un =FAnico env=EDo postal. =
Recuerde que, conforme al art=EDculo 14 del RGPD, debe informar a los desti=
natarios del origen de los datos (ListaBase Datos S.L.) en la propia comuni=
caci=F3n.

Su fichero de supresi=F3n contiene datos personales y ser=E1 borrado de for=
ma segura de nuestros sistemas el 22/05/2026. Si necesita un certificado de=
 borrado, solic=EDtelo en el =E1rea de clientes.

Este mensaje se ha generado autom=E1ticamente. No responda a esta direcci=
=F3n.
ListaBase Datos S.L. - Calle Col=F3n 18, 46004 Valencia
'''),
    ('es', 'person-iphone-deceased-mother-disclaimer', 'deletion', (),
'''Return-Path: <jruiz@ruizferrer-abogados.example.es>
Received: from mail.ruizferrer-abogados.example.es (mail.ruizferrer-abogados.example.es [203.0.113.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fjB5Wk3Rtz9Lm2
        for <privacy@shop.example.be>; Wed, 20 May 2026 19:52:18 +0200 (CEST)
Received: from smtpclient.apple (unknown [198.51.100.88])
	by mail.ruizferrer-abogados.example.es (Postfix) with ESMTPSA id 3D72A1C0F4
	for <privacy@shop.example.be>; Wed, 20 May 2026 19:52:16 +0200 (CEST)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Javier Ruiz Alonso <jruiz@ruizferrer-abogados.example.es>
Mime-Version: 1.0
Date: Wed, 20 May 2026 19:52:03 +0200
Subject: =?utf-8?q?Cat=C3=A1logos_a_nombre_de_mi_madre_fallecida?=
Message-Id: <A3F1C9E2-7B40-4D1A-9C65-0E8B2D7F41C3@ruizferrer-abogados.example.es>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23E246)

Buenas tardes:

Les escribo desde el m=C3=B3vil, perdonen la brevedad. Mi madre, Carmen Alo=
nso P=C3=A9rez, falleci=C3=B3 en noviembre de 2024. Desde entonces siguen l=
legando a su nombre, a su antigua casa de Ixelles (Rue Am=C3=A9ricaine 58),=
 su cat=C3=A1logo de primavera, el de juguetes de Navidad y cartas de un "s=
ocio" suyo dici=C3=A9ndole que "ha ganado un premio".

Mi madre era clienta suya, ten=C3=ADa la tarjeta de fidelidad. Les pido que=
 borren todos sus datos y su cuenta, y que no se env=C3=ADe nada m=C3=A1s a=
 su nombre, ni ustedes ni sus socios. Si necesitan el certificado de defunc=
i=C3=B3n o acreditar que soy su hijo y heredero, d=C3=ADganmelo y se lo env=
=C3=ADo.

Gracias.

Javier Ruiz Alonso
Abogado
Ruiz & Ferrer Abogados
Av. del Puerto 112, 3=C2=BA =E2=80=93 46023 Valencia
T. +34 963 555 218

Enviado desde mi iPhone

________________________________

AVISO LEGAL Y CONFIDENCIALIDAD: Este mensaje y, en su caso, los ficheros ad=
juntos son confidenciales y van dirigidos exclusivamente a su destinatario.=
 Si usted no es el destinatario indicado, queda notificado de que la lectur=
a, utilizaci=C3=B3n, divulgaci=C3=B3n y/o copia sin autorizaci=C3=B3n est=
=C3=A1 prohibida en virtud de la legislaci=C3=B3n vigente. Si ha recibido e=
ste mensaje por error, le rogamos que nos lo comunique inmediatamente por e=
sta misma v=C3=ADa y proceda a su destrucci=C3=B3n.

PROTECCI=C3=93N DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (R=
GPD) y la Ley Org=C3=A1nica 3/2018 (LOPDGDD), le informamos de que sus dato=
s personales ser=C3=A1n tratados por RUIZ & FERRER ABOGADOS, S.L.P. con la =
finalidad de gestionar la relaci=C3=B3n profesional y las comunicaciones ma=
ntenidas. La base jur=C3=ADdica es el inter=C3=A9s leg=C3=ADtimo y, en su c=
aso, la ejecuci=C3=B3n de un contrato. Los datos no se ceder=C3=A1n a terce=
ros salvo obligaci=C3=B3n legal y se conservar=C3=A1n mientras dure la rela=
ci=C3=B3n o durante los plazos legalmente exigidos. Puede ejercer sus derec=
hos de acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, limitaci=
=C3=B3n del tratamiento y portabilidad dirigi=C3=A9ndose a protecciondatos@=
ruizferrer-abogados.example.es, as=C3=AD como presentar una reclamaci=C3=B3=
n ante la Agencia Espa=C3=B1ola de Protecci=C3=B3n de Datos (www.aepd.es).

Antes de imprimir este correo electr=C3=B3nico, piense si es necesario hace=
rlo.
'''),
    ('it', 'qmail-bounce-printer', 'automated', (),
'''Return-Path: <>
Received: from mail.tipografia-ferretti.example.it (mail.tipografia-ferretti.example.it [192.0.2.94])
        by mx1.shop.example.be (Postfix) with ESMTP id 4fcCr51wTgz2Bx7
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 10:41:10 +0200 (CEST)
Received: (qmail 28417 invoked for bounce); 27 Apr 2026 08:41:09 -0000
Date: 27 Apr 2026 08:41:09 -0000
From: MAILER-DAEMON@mail.tipografia-ferretti.example.it
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.tipografia-ferretti.example.it.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<privacy@tipografia-ferretti.example.it>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 28409 invoked from network); 27 Apr 2026 08:41:08 -0000
Received: from mx-out1.shop.example.be (HELO mx-out1.shop.example.be) (192.0.2.25)
  by mail.tipografia-ferretti.example.it with ESMTPS (TLS_AES_256_GCM_SHA384 encrypted); 27 Apr 2026 08:41:08 -0000
From: Team Privacy Shop Example <privacy@shop.example.be>
To: privacy@tipografia-ferretti.example.it
Subject: =?utf-8?q?Cancellazione_file_indirizzi_=E2=80=93_catalogo_giocattoli_2025?=
Date: Mon, 27 Apr 2026 10:41:02 +0200
Message-ID: <prv-2026-0587.1777279262.e03c@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentili signori,

per la stampa personalizzata del catalogo giocattoli di Natale 2025 vi abbi=
amo trasmesso un file con circa 38.000 indirizzi (nome, indirizzo, et=C3=A0=
 indicativa dei bambini).

Come previsto dall'accordo di trattamento dei dati (art. 28 GDPR), vi chied=
iamo di cancellare il file e le sue copie di backup e di inviarci un certif=
icato di avvenuta cancellazione entro il 15 maggio 2026.

Cordiali saluti,
Team Privacy =E2=80=93 Shop Example BV
'''),
    ('it', 'print-house-toy-catalogue-shipped', 'automated', (),
'''Return-Path: <workflow@grafiche-serena.example.it>
Received: from relay.grafiche-serena.example.it (relay.grafiche-serena.example.it [203.0.113.163])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fSRw71LcKz5Vq9
        for <privacy@shop.example.be>; Wed, 14 Oct 2026 18:03:27 +0200 (CEST)
Received: from printone-app (printone-app.serena.lan [10.1.20.5])
	by relay.grafiche-serena.example.it (Postfix) with ESMTP id 7E31B20A41
	for <privacy@shop.example.be>; Wed, 14 Oct 2026 18:03:26 +0200 (CEST)
From: Grafiche Serena - PrintOne Workflow <workflow@grafiche-serena.example.it>
To: produzione-marketing@shop.example.be
Bcc: privacy@shop.example.be
Subject: =?utf-8?q?=5BJOB_26-1187=5D_Spedizione_completata_=E2=80=93_Catal?=
 =?utf-8?q?ogo_Giocattoli_Natale_2026=3A_120=2E000_copie_consegnate_al_vet?=
 =?utf-8?q?tore?=
Date: Wed, 14 Oct 2026 18:03:26 +0200
Message-ID: <job26-1187.shipped.1791993806@printone-app.serena.lan>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_job26-1187_e7a0c4"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Mailer: PrintOne Workflow 5.2

--b1_job26-1187_e7a0c4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Notifica automatica =E2=80=93 PrintOne Workflow

JOB 26-1187 =E2=80=93 Catalogo Giocattoli Natale 2026 (96 pagine + copertin=
a personalizzata)
Cliente: Shop Example BV
Stato: SPEDITO =E2=80=93 consegnato al vettore il 14/10/2026 alle 17:40

Tiratura totale: 120.000 copie
- copie nominative (nome del bambino e del genitore stampati in copertina):=
 118.742
- copie "Alla famiglia" (senza nome): 1.258
Lotti: 6 bancali per hub di smistamento Bruxelles X, 2 per Antwerpen X, 1 p=
er Li=C3=A8ge X

Dati personali
Il file indirizzi ricevuto il 02/10/2026 (118.742 record) =C3=A8 stato trat=
tato esclusivamente per questa stampa, in qualit=C3=A0 di responsabile del =
trattamento (art. 28 GDPR). Il file e i PDF personalizzati saranno cancella=
ti automaticamente il 13/11/2026. I resi postali (indirizzo errato, destina=
tario sconosciuto, deceduto) vi saranno comunicati con report separato.

Questa =C3=A8 una notifica automatica generata da PrintOne. Non rispondere =
a questo messaggio.
Grafiche Serena S.p.A. =E2=80=93 Via dell'Industria 41, 36100 Vicenza

--b1_job26-1187_e7a0c4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Tahoma,sans-serif;font-size:13px">
<p style=3D"color:#0a5c36;font-weight:bold">Notifica automatica =E2=80=93 P=
rintOne Workflow</p>
<p><b>JOB 26-1187</b> =E2=80=93 Catalogo Giocattoli Natale 2026 (96 pagine =
+ copertina personalizzata)<br>Cliente: Shop Example BV<br>Stato: <span sty=
le=3D"color:#0a5c36">SPEDITO</span> =E2=80=93 consegnato al vettore il 14/1=
0/2026 alle 17:40</p>
<p>Tiratura totale: 120.000 copie<br>- copie nominative (nome del bambino e=
 del genitore stampati in copertina): 118.742<br>- copie &quot;Alla famigli=
a&quot; (senza nome): 1.258</p>
<p><b>Dati personali</b><br>Il file indirizzi ricevuto il 02/10/2026 (118.7=
42 record) =C3=A8 stato trattato esclusivamente per questa stampa, in quali=
t=C3=A0 di responsabile del trattamento (art. 28 GDPR). Il file e i PDF per=
sonalizzati saranno cancellati automaticamente il 13/11/2026. I resi postal=
i (indirizzo errato, destinatario sconosciuto, deceduto) vi saranno comunic=
ati con report separato.</p>
<p style=3D"font-size:11px;color:#888">Questa =C3=A8 una notifica automatic=
a generata da PrintOne. Non rispondere a questo messaggio.<br>Grafiche Sere=
na S.p.A. =E2=80=93 Via dell'Industria 41, 36100 Vicenza</p>
</body></html>

--b1_job26-1187_e7a0c4--
'''),
    ('it', 'consent-platform-coregistration-sync', 'automated', (),
'''Return-Path: <bounce+7f3a21.c41e-privacy=shop.example.be@mg.consensia.example.it>
Received: from m42-118.mg.consensia.example.it (m42-118.mg.consensia.example.it [198.51.100.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fTt3Sd9Wrz8Fm1
        for <privacy@shop.example.be>; Mon, 19 Oct 2026 03:15:09 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=consensia.example.it;
 q=dns/txt; s=mx; t=1792372507; x=1792379707; h=Content-Type: Mime-Version:
 Subject: Subject: From: From: To: To: Date: Message-Id: List-Unsubscribe:
 List-Unsubscribe-Post; bh=IdA1dgLh4lnrZ/uguTDNfOj7tKtbI2uaACg2FBsSozE=;
 b=LMre+QvccFnV64j7OhaXEzP7ShpBHvccnB7pBRrR8X4HmzyovOzqwtaAhuih
  mdEPs6OUQs/mTqLV8FfQvj96xJ/nAim6uwQs8VXxzyQ0NX25JOc3OP5+vi1jdXdetcairm
  Bp7lsW+Zr4y+cAPTbG/XraIaob6OS09hY3bYFE59UqILgyaS5O+XEos9TEcLNU9xv5t0CB
  TLhdqkkclFRk6ucR+BiGGZp5HyHUrh2I8FOUV2uaDxlERZooGhTB4doOEIyvQWoEDTlHaj
  QadqGKoZCZl3sfWAnVSesMGIsShaaDiHp3iBg/ItQU8nBzQG/MRAzlH2zjnuNQuxioNdjW
  +K==
X-Mailgun-Sid: WyI3ZjNhMjEiLCJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsImM0MWUiXQ==
Content-Type: multipart/alternative; boundary="3c0e5b7f1a9d4e2b8f6a0c1d2e3f4a5b"
Mime-Version: 1.0
Subject: =?utf-8?q?Sincronizzazione_completata=3A_14=2E203_consensi_import?=
 =?utf-8?q?ati_dal_concorso_=C2=ABVinci_la_spesa_per_un_anno=C2=BB?=
From: Consensia <notifiche@consensia.example.it>
To: privacy@shop.example.be
Date: Mon, 19 Oct 2026 01:15:07 +0000
Message-Id: <20261019011507.8e4b2c7a91d3f065@consensia.example.it>
List-Unsubscribe: <https://app.consensia.example.it/notifiche/disiscrivi?u=c41e&t=sync>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Feedback-ID: sync-report:consensia:c41e

--3c0e5b7f1a9d4e2b8f6a0c1d2e3f4a5b
Content-Transfer-Encoding: quoted-printable
Content-Type: text/plain; charset="utf-8"
Mime-Version: 1.0

Consensia =E2=80=93 Report di sincronizzazione

Sorgente: Concorso partner =C2=ABVinci la spesa per un anno=C2=BB (supermer=
cati-amici.example.it) =E2=80=93 co-registrazione
Destinazione: Registro dei consensi =E2=80=93 Shop Example BV
Esecuzione: 19/10/2026 03:00 CEST =E2=80=93 esito: COMPLETATA

Consensi importati: 14.203
  marketing diretto (e-mail, posta cartacea): 14.203
  profilazione per offerte personalizzate: 9.870
  comunicazione dei dati a partner terzi: 6.115
Revoche del consenso ricevute e applicate: 212
Record scartati: 61
  et=C3=A0 dichiarata inferiore a 16 anni: 37
  indirizzo e-mail non valido: 19
  presenti nella lista di opposizione interna: 5

Prova del consenso (timestamp, indirizzo IP, testo dell'informativa, versio=
ne del regolamento) registrata per ogni record.
L'export dei dati personali di questa sincronizzazione (CSV, cifrato) =C3=
=A8 disponibile fino al 26/10/2026, poi verr=C3=A0 eliminato automaticament=
e.

Gestisci le notifiche: https://app.consensia.example.it/notifiche
Consensia S.r.l. =E2=80=93 Corso Vercelli 12, 20145 Milano

--3c0e5b7f1a9d4e2b8f6a0c1d2e3f4a5b
Content-Transfer-Encoding: base64
Content-Type: text/html; charset="utf-8"
Mime-Version: 1.0

PCFkb2N0eXBlIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjx0aXRsZT5S
ZXBvcnQgZGkgc2luY3Jvbml6emF6aW9uZTwvdGl0bGU+PC9oZWFkPgo8Ym9keSBzdHlsZT0ibWFy
Z2luOjA7YmFja2dyb3VuZDojZWVmMmY2O2ZvbnQtZmFtaWx5OidTZWdvZSBVSScsUm9ib3RvLEFy
aWFsLHNhbnMtc2VyaWYiPgo8ZGl2IHN0eWxlPSJtYXgtd2lkdGg6NjIwcHg7bWFyZ2luOjAgYXV0
bztiYWNrZ3JvdW5kOiNmZmY7cGFkZGluZzoyOHB4Ij4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMnB4
O2NvbG9yOiM2Yjc3ODU7dGV4dC10cmFuc2Zvcm06dXBwZXJjYXNlO2xldHRlci1zcGFjaW5nOjFw
eCI+Q29uc2Vuc2lhIOKAkyBSZXBvcnQgZGkgc2luY3Jvbml6emF6aW9uZTwvcD4KPGgxIHN0eWxl
PSJmb250LXNpemU6MjBweDtjb2xvcjojMGYyYTQ0Ij5TaW5jcm9uaXp6YXppb25lIGNvbXBsZXRh
dGE8L2gxPgo8cD5Tb3JnZW50ZTogQ29uY29yc28gcGFydG5lciDCq1ZpbmNpIGxhIHNwZXNhIHBl
ciB1biBhbm5vwrsg4oCTIGNvLXJlZ2lzdHJhemlvbmU8YnI+RGVzdGluYXppb25lOiBSZWdpc3Ry
byBkZWkgY29uc2Vuc2kg4oCTIFNob3AgRXhhbXBsZSBCVjxicj5Fc2VjdXppb25lOiAxOS8xMC8y
MDI2IDAzOjAwIENFU1Q8L3A+Cjx0YWJsZSBzdHlsZT0id2lkdGg6MTAwJTtib3JkZXItY29sbGFw
c2U6Y29sbGFwc2U7Zm9udC1zaXplOjE0cHgiPgo8dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjZweDti
b3JkZXItYm90dG9tOjFweCBzb2xpZCAjZTNlOGVlIj5Db25zZW5zaSBpbXBvcnRhdGk8L3RkPjx0
ZCBzdHlsZT0icGFkZGluZzo2cHg7Ym9yZGVyLWJvdHRvbToxcHggc29saWQgI2UzZThlZTt0ZXh0
LWFsaWduOnJpZ2h0Ij48Yj4xNC4yMDM8L2I+PC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJwYWRk
aW5nOjZweDtib3JkZXItYm90dG9tOjFweCBzb2xpZCAjZTNlOGVlIj5Qcm9maWxhemlvbmUgcGVy
IG9mZmVydGUgcGVyc29uYWxpenphdGU8L3RkPjx0ZCBzdHlsZT0icGFkZGluZzo2cHg7Ym9yZGVy
LWJvdHRvbToxcHggc29saWQgI2UzZThlZTt0ZXh0LWFsaWduOnJpZ2h0Ij45Ljg3MDwvdGQ+PC90
cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzo2cHg7Ym9yZGVyLWJvdHRvbToxcHggc29saWQgI2Uz
ZThlZSI+Q29tdW5pY2F6aW9uZSBkZWkgZGF0aSBhIHBhcnRuZXIgdGVyemk8L3RkPjx0ZCBzdHls
ZT0icGFkZGluZzo2cHg7Ym9yZGVyLWJvdHRvbToxcHggc29saWQgI2UzZThlZTt0ZXh0LWFsaWdu
OnJpZ2h0Ij42LjExNTwvdGQ+PC90cj4KPHRyPjx0ZCBzdHlsZT0icGFkZGluZzo2cHg7Ym9yZGVy
LWJvdHRvbToxcHggc29saWQgI2UzZThlZSI+UmV2b2NoZSBkZWwgY29uc2Vuc28gYXBwbGljYXRl
PC90ZD48dGQgc3R5bGU9InBhZGRpbmc6NnB4O2JvcmRlci1ib3R0b206MXB4IHNvbGlkICNlM2U4
ZWU7dGV4dC1hbGlnbjpyaWdodCI+MjEyPC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJwYWRkaW5n
OjZweCI+UmVjb3JkIHNjYXJ0YXRpIChldMOgICZsdDsgMTYgYW5uaSwgZS1tYWlsIG5vbiB2YWxp
ZGEsIG9wcG9zaXppb25lKTwvdGQ+PHRkIHN0eWxlPSJwYWRkaW5nOjZweDt0ZXh0LWFsaWduOnJp
Z2h0Ij42MTwvdGQ+PC90cj4KPC90YWJsZT4KPHA+UHJvdmEgZGVsIGNvbnNlbnNvIHJlZ2lzdHJh
dGEgcGVyIG9nbmkgcmVjb3JkLiBMJ2V4cG9ydCBkZWkgZGF0aSBwZXJzb25hbGkgZGkgcXVlc3Rh
IHNpbmNyb25penphemlvbmUgw6ggZGlzcG9uaWJpbGUgZmlubyBhbCAyNi8xMC8yMDI2LCBwb2kg
dmVycsOgIGVsaW1pbmF0byBhdXRvbWF0aWNhbWVudGUuPC9wPgo8cD48YSBocmVmPSJodHRwczov
L2FwcC5jb25zZW5zaWEuZXhhbXBsZS5pdC9zeW5jLzhlNGIyYzdhIiBzdHlsZT0iZGlzcGxheTpp
bmxpbmUtYmxvY2s7YmFja2dyb3VuZDojMWY2ZmViO2NvbG9yOiNmZmY7cGFkZGluZzoxMHB4IDE4
cHg7Ym9yZGVyLXJhZGl1czo2cHg7dGV4dC1kZWNvcmF0aW9uOm5vbmUiPkFwcmkgaWwgcmVwb3J0
PC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM4YTk2YTMiPjxhIGhyZWY9
Imh0dHBzOi8vYXBwLmNvbnNlbnNpYS5leGFtcGxlLml0L25vdGlmaWNoZSIgc3R5bGU9ImNvbG9y
OiM4YTk2YTMiPkdlc3Rpc2NpIGxlIG5vdGlmaWNoZTwvYT4gwrcgQ29uc2Vuc2lhIFMuci5sLiDi
gJMgQ29yc28gVmVyY2VsbGkgMTIsIDIwMTQ1IE1pbGFubzwvcD4KPC9kaXY+PC9ib2R5PjwvaHRt
bD4K

--3c0e5b7f1a9d4e2b8f6a0c1d2e3f4a5b--
'''),
    ('it', 'person-catalogue-never-arrived-above-tracking', 'other', (),
'''Return-Path: <giulia.fontana@libero.it>
Received: from smtp-32.iol.local (smtp-32.iol.local [198.51.100.32])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fSxb02GmHz7Dc4
        for <privacy@shop.example.be>; Fri, 16 Oct 2026 13:20:45 +0200 (CEST)
Received: from [10.113.42.7] ([198.51.100.140])
	by smtp-32.iol.local with ESMTPA
	id 5xPQv2RkL0tZq5xPQvM4Bn; Fri, 16 Oct 2026 13:20:44 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=libero.it; s=s2021;
	t=1792156844; bh=WAhERlLzCB3miEoVGMRJsKkq1vzGr2XfZ7mFiiAPuLN=;
	h=From;
	b=DtSsQ2T9aizV910cS84K8kS2Rekyaby1w4f3LCUIZ4y0pTBIMLpjJtlzOLzF
	 9wejIh6+HGShBlFSdbC+NopB0E1U4tPQFDmSnOWxL2S8aE7OF/u9KhoUmWpxbrNsqZekJ7
	 cdZN4sT6+V8V1IpaZI/EJ0isyrhu95/NbcCKXNu4Id/rTHIdWPpPernqY1lcswjuX3s32v
	 yJjvVrZ+xVQXLbYzoEZ5y0XmcCriiTjgX15+1LPcwK2evFW1Xo7PT3KovnQd7+oAQlXzPn
	 hNQTpo1qwuMc0B7lqotJhqWENHuTi7XxxwARET38Ry1L/WCLxy2VazAvTFmwyks9arbNnO
	 QT==
Date: Fri, 16 Oct 2026 13:20:39 +0200
From: Giulia Fontana <giulia.fontana@libero.it>
To: privacy@shop.example.be
Message-ID: <b7e2c1a4-3f09-4d85-8a61-0c9e5d2f7b43@libero.it>
In-Reply-To: <trk-cat-88120417.1791180012@notify.shop.example.be>
References: <trk-cat-88120417.1791180012@notify.shop.example.be>
Subject: =?utf-8?q?R=3A_Votre_catalogue_est_en_route_!_=E2=80=93_ma_non_?=
 =?utf-8?q?=C3=A8_mai_arrivato?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
User-Agent: K-9 Mail for Android

Buongiorno,

scrivo in italiano perch=C3=A9 il francese lo leggo ma lo scrivo male, sper=
o vada bene. Il 2 ottobre ho ordinato sul vostro sito il catalogo cartaceo =
di Natale (quello dei giocattoli, per mio figlio). Ho ricevuto la mail qui =
sotto il 5 ottobre, ma il catalogo non =C3=A8 mai arrivato e il numero di s=
pedizione sul sito delle poste risulta "sconosciuto".

Potete rispedirlo? L'indirizzo =C3=A8 giusto: Rue Saint-L=C3=A9onard 203, 4=
000 Li=C3=A8ge.

E un'altra domanda: il catalogo esiste anche in italiano, oppure solo in fr=
ancese e in olandese?

Grazie mille,
Giulia Fontana

--
Inviato dal mio dispositivo Android con K-9 Mail.

Il 5 ottobre 2026 18:40:12 CEST, Shop Example <no-reply@notify.shop.example=
.be> ha scritto:
>Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.
>
>Votre catalogue est en route !
>
>Bonjour Giulia,
>
>Le catalogue que vous avez demand=C3=A9 (Catalogue Jouets No=C3=ABl 2026) =
a =C3=A9t=C3=A9 remis =C3=A0 la poste aujourd'hui.
>Num=C3=A9ro de suivi : CE 4418 2097 3BE
>D=C3=A9lai de livraison habituel : 3 =C3=A0 5 jours ouvrables.
>
>Vous recevez ce message parce que vous avez command=C3=A9 un catalogue sur=
 www.shop.example.be.
>Shop Example BV =E2=80=93 Rue de l'Exemple 1, 1000 Bruxelles
'''),
    ('pt', 'postal-returns-report-campaign', 'automated', (),
'''Return-Path: <devolucoes-noreply@postalus.example.pt>
Received: from mta1.postalus.example.pt (mta1.postalus.example.pt [203.0.113.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fkN4Hb7Qmz3Zc8
        for <privacy@shop.example.be>; Tue,  2 Jun 2026 07:10:33 +0200 (CEST)
Received: from dev-report01 (dev-report01.postalus.local [10.22.8.31])
	by mta1.postalus.example.pt (Postfix) with ESMTP id 61B2F3A09C
	for <privacy@shop.example.be>; Tue,  2 Jun 2026 06:10:32 +0100 (WEST)
From: "PostaLus - Servico de Devolucoes" <devolucoes-noreply@postalus.example.pt>
To: privacy@shop.example.be, marketing-pt@shop.example.be
Subject: =?utf-8?q?Relat=C3=B3rio_de_devolu=C3=A7=C3=B5es_=E2=80=93_campan?=
 =?utf-8?q?ha_CAT-VERAO26_=E2=80=93_2=2E947_objetos_devolvidos?=
Date: Tue, 2 Jun 2026 06:10:32 +0100
Message-ID: <dev.CAT-VERAO26.20260602061032.3318@postalus.example.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

RXhtby4oYSkgQ2xpZW50ZSwKCkVudmlhbW9zIG8gcmVsYXTDs3JpbyBzZW1hbmFsIGRlIGNvcnJl
aW8gZGV2b2x2aWRvIGRhIHN1YSBjYW1wYW5oYSBkZSBjb3JyZWlvIGVuZGVyZcOnYWRvLgoKQ2Ft
cGFuaGE6IENBVC1WRVJBTzI2IChjYXTDoWxvZ28gZGUgdmVyw6NvLCBjb3JyZWlvIHB1YmxpY2l0
w6FyaW8gZW5kZXJlw6dhZG8pCk4uwrogZGUgY2xpZW50ZTogNzAwNDEyOApEYXRhIGRlIGFjZWl0
YcOnw6NvOiAxMi8wNS8yMDI2Ck9iamV0b3MgYWNlaXRlczogNTguNjIwCkRldm9sdmlkb3MgYXTD
qSAzMS8wNS8yMDI2OiAyLjk0NwoKTW90aXZvcyBkZSBkZXZvbHXDp8OjbzoKICBNdWRvdS1zZSAu
Li4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLiAxLjIxNAogIERlc2NvbmhlY2lkbyAuLi4uLi4uLi4u
Li4uLi4uLi4uLi4uICAgODAzCiAgRW5kZXJlw6dvIGluc3VmaWNpZW50ZSAuLi4uLi4uLi4uLi4u
ICAgNTEyCiAgTsOjbyByZWNsYW1hZG8gLi4uLi4uLi4uLi4uLi4uLi4uLi4uICAgMzEyCiAgRmFs
ZWNpZG8gLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4uLi4gICAgNjEKICBSZWN1c2FkbyAuLi4uLi4u
Li4uLi4uLi4uLi4uLi4uLi4uLiAgICA0NQoKQSBsaXN0YSBkZXRhbGhhZGEgKG5vbWUsIG1vcmFk
YSBlIG1vdGl2byBwb3Igb2JqZXRvKSBlc3TDoSBkaXNwb27DrXZlbCBuYSDDgXJlYSBkZSBDbGll
bnRlLCBlbSAiUmVsYXTDs3Jpb3MgPiBEZXZvbHXDp8O1ZXMiLCBkdXJhbnRlIDMwIGRpYXMuIEVz
dGVzIGRhZG9zIHPDo28gZGFkb3MgcGVzc29haXMgZG9zIGRlc3RpbmF0w6FyaW9zOiB1dGlsaXpl
LW9zIGFwZW5hcyBwYXJhIGF0dWFsaXphciBhIHN1YSBiYXNlIGRlIG1vcmFkYXMsIGRlIGFjb3Jk
byBjb20gbyBSR1BELCBlIG7Do28gdm9sdGUgYSBlbnZpYXIgcHVibGljaWRhZGUgYSBtb3JhZGFz
IG1hcmNhZGFzIGNvbW8gIkZhbGVjaWRvIiBvdSAiUmVjdXNhZG8iLgoKUG9kZSBhdGl2YXIgbyBz
ZXJ2acOnbyBkZSBhdHVhbGl6YcOnw6NvIGRlIG1vcmFkYXMgKE11ZGFuw6dhIGRlIE1vcmFkYSkg
cGFyYSBjb3JyaWdpciBhdXRvbWF0aWNhbWVudGUgb3MgcmVnaXN0b3MgYW50ZXMgZGEgcHLDs3hp
bWEgY2FtcGFuaGEuCgpFc3RhIG1lbnNhZ2VtIGZvaSBnZXJhZGEgYXV0b21hdGljYW1lbnRlLiBQ
b3IgZmF2b3IsIG7Do28gcmVzcG9uZGEuClBvc3RhTHVzIOKAkyBTZXJ2acOnbyBkZSBEZXZvbHXD
p8O1ZXMK
'''),
    ('pt', 'exchange-ooo-data-enrichment', 'automated', (),
'''Return-Path: <rui.tavares@dadosmais.example.pt>
Received: from EUR01-VE1-obe.outbound.protection.outlook.com (mail-ve1eur01on2129.outbound.protection.outlook.com [198.51.100.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fdQ1Mv6Jrz1Xn5
        for <privacy@shop.example.be>; Mon,  4 May 2026 16:22:41 +0200 (CEST)
Received: from PA4PR08MB6157.eurprd08.prod.outlook.com (2603:10a6:102:e4::11)
 by DU0PR08MB8792.eurprd08.prod.outlook.com (2603:10a6:10:47b::6) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9094.21; Mon, 4 May
 2026 14:22:38 +0000
From: Rui Tavares <rui.tavares@dadosmais.example.pt>
To: Equipa de Privacidade Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_Origem_dos_atributos_=22esc?=
 =?utf-8?q?al=C3=A3o_et=C3=A1rio=22_e_=22classe_de_rendimento=22_=E2=80=93?=
 =?utf-8?q?_pedido_de_titular?=
Thread-Topic: =?utf-8?q?Origem_dos_atributos_=22escal=C3=A3o_et=C3=A1rio?=
 =?utf-8?q?=22_e_=22classe_de_rendimento=22_=E2=80=93_pedido_de_titular?=
Thread-Index: AbO3MG93BVJEnJ5GwjiCSUhbAz/2Fw==
Date: Mon, 4 May 2026 14:22:37 +0000
Message-ID: <PA4PR08MB61579B2C3E1D0F4A8E7C6B5D4A321@PA4PR08MB6157.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-0644.1777904550.3e8d@shop.example.be>
References: <prv-2026-0644.1777904550.3e8d@shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative;
	boundary="_000_PA4PR08MB61579B2C3E1D0F4A8E7C6B5D4A321PA4PR08MB6157eurp_"
MIME-Version: 1.0

--_000_PA4PR08MB61579B2C3E1D0F4A8E7C6B5D4A321PA4PR08MB6157eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Obrigado pela sua mensagem.

Estou de f=E9rias at=E9 11 de maio de 2026, sem acesso ao e-mail.

Para quest=F5es sobre entregas de ficheiros, enriquecimento de bases de dad=
os e segmentos lookalike, contacte suporte@dadosmais.example.pt.
Para pedidos de titulares de dados (acesso, origem dos dados, apagamento, o=
posi=E7=E3o), contacte o nosso Encarregado de Prote=E7=E3o de Dados: epd@da=
dosmais.example.pt.

Com os melhores cumprimentos,
Rui Tavares
Gestor de Cliente | DadosMais, Lda.

--_000_PA4PR08MB61579B2C3E1D0F4A8E7C6B5D4A321PA4PR08MB6157eurp_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Diso-8859-=
1">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Calibri, Arial, Helvetica, sans-serif; font-size=
: 12pt; color: rgb(0, 0, 0);">
<p>Obrigado pela sua mensagem.</p>
<p>Estou de f=E9rias at=E9 11 de maio de 2026, sem acesso ao e-mail.</p>
<p>Para quest=F5es sobre entregas de ficheiros, enriquecimento de bases de =
dados e segmentos lookalike, contacte suporte@dadosmais.example.pt.<br>
Para pedidos de titulares de dados (acesso, origem dos dados, apagamento, o=
posi=E7=E3o), contacte o nosso Encarregado de Prote=E7=E3o de Dados: epd@da=
dosmais.example.pt.</p>
<p>Com os melhores cumprimentos,<br>Rui Tavares<br>Gestor de Cliente | Dado=
sMais, Lda.</p>
</div>
</body>
</html>

--_000_PA4PR08MB61579B2C3E1D0F4A8E7C6B5D4A321PA4PR08MB6157eurp_--
'''),
    ('pt', 'enrichment-file-ready-lookalike', 'automated', (),
'''Return-Path: <noreply@plataforma.dadosmais.example.pt>
Received: from out-03.plataforma.dadosmais.example.pt (out-03.plataforma.dadosmais.example.pt [192.0.2.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4fkpX92Fsvz6Wg1
        for <privacy@shop.example.be>; Thu,  4 Jun 2026 11:48:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=dadosmais.example.pt;
	s=plat1; t=1780570080; h=from:to:subject:date:message-id:mime-version;
	bh=O0D/ym+xnrqSctd3QJQ8/wOfaLTapMt3fkYv35USHVJ=;
	b=4p+KpApeDaN3fUMAshJOMjzSX0s8UoHDAymh2dYtSgiG/g/DSZk/3U1U8eKI
	 qdVZtxBA+wFD3/BQSO0uaWP3RFYn0H9RSLFOzxJYrDosbG1ZzSNGXARUATvgykCEWiwcqZ
	 47onE544adXU4+b6VQlLR9Flh5XglQ6m/xrcFitsddmNTfrIqLPl7jdkclEUyxO190ONzw
	 eWo9BRlhQlpv3nv6zHTpKB2ouP9e7Q/hw0frCV+NiRlObrajMV+oa6GBCMhE3iEdu94gG+
	 0RA2U/yLVisgwG2uodleANfhpdrhTMF1njr3Y/ya2FN285qZm7iBXbLmNmNjoh8dx6a9ws
	 9z==
From: DadosMais Plataforma <noreply@plataforma.dadosmais.example.pt>
To: crm@shop.example.be, privacy@shop.example.be
Subject: =?utf-8?q?O_seu_ficheiro_enriquecido_est=C3=A1_pronto_=28pedido_E?=
 =?utf-8?q?NR-26-0388=29?=
Date: Thu, 04 Jun 2026 10:48:00 +0100
Message-ID: <ENR-26-0388.ready.1780570080@plataforma.dadosmais.example.pt>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="dm-ENR-26-0388-a91f"
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply

--dm-ENR-26-0388-a91f
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

TyBzZXUgZmljaGVpcm8gZW5yaXF1ZWNpZG8gZXN0w6EgcHJvbnRvCgpQZWRpZG86IEVOUi0yNi0w
Mzg4IOKAkyBTaG9wIEV4YW1wbGUgQlYgKGNsaWVudGVzIFBvcnR1Z2FsIGUgQsOpbGdpY2EgbHVz
w7Nmb25hKQpSZWdpc3RvcyByZWNlYmlkb3M6IDYxLjQyMApSZWdpc3RvcyBjb20gY29ycmVzcG9u
ZMOqbmNpYTogNDguOTA3ICg3OSw2ICUpCgpBdHJpYnV0b3MgYWNyZXNjZW50YWRvcyBwb3IgcmVn
aXN0bzoKLSBlc2NhbMOjbyBldMOhcmlvICgxOC0yNCwgMjUtMzQsIDM1LTQ0LCA0NS01NCwgNTUt
NjQsIDY1KykKLSBjbGFzc2UgZGUgcmVuZGltZW50byBlc3RpbWFkYSAoQSBhIEUpCi0gdGlwb2xv
Z2lhIGRlIGFncmVnYWRvIGZhbWlsaWFyIChzaW5ndWxhciwgY2FzYWwsIGZhbcOtbGlhIGNvbSBm
aWxob3MsIGZhbcOtbGlhIG1vbm9wYXJlbnRhbCkKLSBwcmVzZW7Dp2EgZGUgY3JpYW7Dp2FzIGNv
bSBtZW5vcyBkZSAxMiBhbm9zCi0gcHJvcGVuc8OjbyBwYXJhIGNvbXByYXMgcG9yIGNhdMOhbG9n
byAvIG9ubGluZQoKU2VnbWVudG8gbG9va2FsaWtlOiAyNS4wMDAgcGVyZmlzIHNlbWVsaGFudGVz
IGFvcyBzZXVzIG1lbGhvcmVzIGNsaWVudGVzLCBjb20gbm9tZSBlIG1vcmFkYSBwb3N0YWwsIHBh
cmEgdW1hIMO6bmljYSB1dGlsaXphw6fDo28gZW0gY29ycmVpbyBlbmRlcmXDp2Fkby4KClRyYW5z
ZmVyw6puY2lhOiBodHRwczovL3BsYXRhZm9ybWEuZGFkb3NtYWlzLmV4YW1wbGUucHQvcGVkaWRv
cy9FTlItMjYtMDM4OCAoZGlzcG9uw612ZWwgNyBkaWFzOyBkZXBvaXMgbyBmaWNoZWlybyBlIG9z
IHNldXMgZGFkb3MgZGUgb3JpZ2VtIHPDo28gYXBhZ2Fkb3MgYXV0b21hdGljYW1lbnRlKS4KClBy
b3Rlw6fDo28gZGUgZGFkb3M6IG8gZmljaGVpcm8gY29udMOpbSBkYWRvcyBwZXNzb2Fpcy4gTyBl
bnJpcXVlY2ltZW50byBmb2kgcmVhbGl6YWRvIGFvIGFicmlnbyBkbyBjb250cmF0byBkZSBzdWJj
b250cmF0YcOnw6NvIG4uwrogRE0tMjAyNS0xMTcuIEEgaW5mb3JtYcOnw6NvIGFvcyB0aXR1bGFy
ZXMgc29icmUgYSBvcmlnZW0gZG9zIGRhZG9zIChhcnRpZ28gMTQuwrogZG8gUkdQRCkgw6kgZGEg
cmVzcG9uc2FiaWxpZGFkZSBkbyBjbGllbnRlLgoKRXN0YSBtZW5zYWdlbSDDqSBhdXRvbcOhdGlj
YS4gTsOjbyByZXNwb25kYS4KRGFkb3NNYWlzLCBMZGEuIOKAkyBSdWEgQ2FzdGlsaG8gNzcsIDEy
NTAtMDY4IExpc2JvYQo=

--dm-ENR-26-0388-a91f
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXpl
OjE0cHg7Y29sb3I6IzIyMiI+CjxoMiBzdHlsZT0iY29sb3I6IzAwNjk1YyI+TyBzZXUgZmljaGVp
cm8gZW5yaXF1ZWNpZG8gZXN0w6EgcHJvbnRvPC9oMj4KPHA+UGVkaWRvOiA8Yj5FTlItMjYtMDM4
ODwvYj4g4oCTIFNob3AgRXhhbXBsZSBCVjxicj5SZWdpc3RvcyByZWNlYmlkb3M6IDYxLjQyMDxi
cj5SZWdpc3RvcyBjb20gY29ycmVzcG9uZMOqbmNpYTogNDguOTA3ICg3OSw2ICUpPC9wPgo8cD48
Yj5BdHJpYnV0b3MgYWNyZXNjZW50YWRvcyBwb3IgcmVnaXN0bzo8L2I+PC9wPgo8dWw+PGxpPmVz
Y2Fsw6NvIGV0w6FyaW88L2xpPjxsaT5jbGFzc2UgZGUgcmVuZGltZW50byBlc3RpbWFkYSAoQSBh
IEUpPC9saT48bGk+dGlwb2xvZ2lhIGRlIGFncmVnYWRvIGZhbWlsaWFyPC9saT48bGk+cHJlc2Vu
w6dhIGRlIGNyaWFuw6dhcyBjb20gbWVub3MgZGUgMTIgYW5vczwvbGk+PGxpPnByb3BlbnPDo28g
cGFyYSBjb21wcmFzIHBvciBjYXTDoWxvZ28gLyBvbmxpbmU8L2xpPjwvdWw+CjxwPjxiPlNlZ21l
bnRvIGxvb2thbGlrZTo8L2I+IDI1LjAwMCBwZXJmaXMgc2VtZWxoYW50ZXMgYW9zIHNldXMgbWVs
aG9yZXMgY2xpZW50ZXMsIGNvbSBub21lIGUgbW9yYWRhIHBvc3RhbCwgcGFyYSB1bWEgw7puaWNh
IHV0aWxpemHDp8OjbyBlbSBjb3JyZWlvIGVuZGVyZcOnYWRvLjwvcD4KPHA+PGEgaHJlZj0iaHR0
cHM6Ly9wbGF0YWZvcm1hLmRhZG9zbWFpcy5leGFtcGxlLnB0L3BlZGlkb3MvRU5SLTI2LTAzODgi
IHN0eWxlPSJiYWNrZ3JvdW5kOiMwMDY5NWM7Y29sb3I6I2ZmZjtwYWRkaW5nOjEwcHggMTZweDt0
ZXh0LWRlY29yYXRpb246bm9uZSI+VHJhbnNmZXJpciBmaWNoZWlybzwvYT4gKGRpc3BvbsOtdmVs
IDcgZGlhcyk8L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtjb2xvcjojNTU1Ij5Qcm90ZcOn
w6NvIGRlIGRhZG9zOiBvIGZpY2hlaXJvIGNvbnTDqW0gZGFkb3MgcGVzc29haXMuIE8gZW5yaXF1
ZWNpbWVudG8gZm9pIHJlYWxpemFkbyBhbyBhYnJpZ28gZG8gY29udHJhdG8gZGUgc3ViY29udHJh
dGHDp8OjbyBuLsK6IERNLTIwMjUtMTE3LiBBIGluZm9ybWHDp8OjbyBhb3MgdGl0dWxhcmVzIHNv
YnJlIGEgb3JpZ2VtIGRvcyBkYWRvcyAoYXJ0aWdvIDE0LsK6IGRvIFJHUEQpIMOpIGRhIHJlc3Bv
bnNhYmlsaWRhZGUgZG8gY2xpZW50ZS48L3A+CjxwIHN0eWxlPSJmb250LXNpemU6MTFweDtjb2xv
cjojOTk5Ij5Fc3RhIG1lbnNhZ2VtIMOpIGF1dG9tw6F0aWNhLiBOw6NvIHJlc3BvbmRhLjxicj5E
YWRvc01haXMsIExkYS4g4oCTIFJ1YSBDYXN0aWxobyA3NywgMTI1MC0wNjggTGlzYm9hPC9wPgo8
L2JvZHk+PC9odG1sPgo=

--dm-ENR-26-0388-a91f--
'''),
    ('pt', 'person-outlook-mobile-old-address-readded', 'correction', (),
'''Return-Path: <ana.goncalves88@hotmail.com>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03olkn2081.outbound.protection.outlook.com [198.51.100.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4flR8Tc1Kxz2Nv6
        for <privacy@shop.example.be>; Mon,  8 Jun 2026 09:14:27 +0200 (CEST)
ARC-Seal: i=1; a=rsa-sha256; s=arcselector9901; d=microsoft.com; cv=none;
 b=AsIrqXan23Q8Ezi1Kg/6VJzgfhoGltoEPStLK2jVgDWnwHONeCOkADrFcq93
  SAYAXdtkS9CThxRhYmDoh9QnyIcKikMi7XVKjq8u/x1IVE5Wy113bgLR0V5BY8a8sUXQTW
  D0cQqO7vQLT0kHmlpHEVJF5uH7vQEiBMgv2pdRYbQaYO+5NC3cJBC2HndG5SgsC1ENhMmG
  S4ngS/ppNzQL6uJJuzcYsxSyjCZVaBYYAH9+xdxxWom0OmfG5Hpe1e59CC0hGUGDUkjTBv
  aoUHpewkfapaQ1gUOK6cfaI8xGWY+KDIMzCwOTEJuizXIqjz4u+y9n5PaNHjB2DPRDz+d8
  Bc==
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=hotmail.com;
 s=selector1; h=From:Date:Subject:Message-ID:Content-Type:MIME-Version:X-MS-Exchange-SenderADCheck;
 bh=63N+HMI4H+J+ckvRlec5YhMCes/x2QtSptRuymFZAkX=;
 b=XNBbT/kfF9VP9IDUAROyT8DMAA8wr/TrQ61trpE6IIma++HEgI9s6+vhzHnP
  E8oq8K7wsi56vOuKlGBN0mb6r/OCOWhvrB4wsnl0P4BdRMFJ/zlTVjCRjskrH53LyOomk/
  s8bdcwxEmBRvZ8r7TBhxh9HfL9uwBbfMXoyUVlzhEJymH6hxYX6AGle1M/CfinejFXwl03
  ooPHY2tuGVamNG1QEzJIXlVqwdS14G+X3P5aIu7S8a7Y+chEbl4Oee8C0GwMBwNcRM6iPO
  5FOs0wziC0T9lwQ+zSwlHW8sxOSz9wdVRWCD23oidJUf4rI//2JY9vtk+jGoaXor0fr0nb
  i+==
Received: from AS8P194MB1288.EURP194.PROD.OUTLOOK.COM (2603:10a6:20b:3a1::17)
 by AS8P194MB1288.EURP194.PROD.OUTLOOK.COM with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.9160.14; Mon, 8 Jun 2026 07:14:25 +0000
From: =?utf-8?q?Ana_Gon=C3=A7alves?= <ana.goncalves88@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?RE=3A_Confirmation_=3A_votre_adresse_a_=C3=A9t=C3=A9_mi?=
 =?utf-8?q?se_=C3=A0_jour?=
Thread-Topic: =?utf-8?q?Confirmation_=3A_votre_adresse_a_=C3=A9t=C3=A9_mis?=
 =?utf-8?q?e_=C3=A0_jour?=
Thread-Index: AXEZpRjHZUXHR1vttA2KbVrx8ewquA==
Date: Mon, 8 Jun 2026 07:14:25 +0000
Message-ID: <AS8P194MB12884F1D2C0B3E9A7D6C5B4A3F210@AS8P194MB1288.EURP194.PROD.OUTLOOK.COM>
References: <addr-upd-7740213.1780815602@notify.shop.example.be>
In-Reply-To: <addr-upd-7740213.1780815602@notify.shop.example.be>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
Content-Type: multipart/alternative;
	boundary="_000_AS8P194MB12884F1D2C0B3E9A7D6C5B4A3F210AS8P194MB1288EURP_"
MIME-Version: 1.0

--_000_AS8P194MB12884F1D2C0B3E9A7D6C5B4A3F210AS8P194MB1288EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9tIGRpYSwKClJlY2ViaSBob2plIGVzdGEgbWVuc2FnZW0gYXV0b23DoXRpY2EgKGVtIGJhaXhv
KSwgbWFzIGEgbW9yYWRhIHF1ZSBsw6EgYXBhcmVjZSDDqSBhIEFOVElHQS4gTXVkZWktbWUgZW0g
c2V0ZW1icm8gZGUgMjAyNSBlIGF0dWFsaXplaSBhIG1vcmFkYSBuYSBtaW5oYSBjb250YSBuZXNz
YSBhbHR1cmE7IGFzIGVuY29tZW5kYXMgZGUgb3V0dWJybyBlIGRlIG1hcsOnbyBjaGVnYXJhbSBi
ZW0gw6AgbW9yYWRhIG5vdmEuCgpBZ29yYSBhIG1vcmFkYSBhbnRpZ2Egdm9sdG91IGEgYXBhcmVj
ZXIgbmEgY29udGEgZSBvIHZvc3NvIGNhdMOhbG9nbyBkZSB2ZXLDo28gZm9pIHBhcmEgbMOhLiBT
dXBvbmhvIHF1ZSB2ZWlvIGRlIGFsZ3VtYSBsaXN0YSBkZSAibXVkYW7Dp2FzIGRlIG1vcmFkYSIg
b3UgZGUgdW0gcGFyY2Vpcm8sIG1hcyDDqSBlcnJhZGEuCgpQb3IgZmF2b3IgY29ycmlqYW0gYSBt
b3JhZGEgbmEgbWluaGEgY29udGEgcGFyYSBhIGF0dWFsOgpBbmEgR29uw6dhbHZlcwpDaGF1c3PD
qWUgZGUgV2F0ZXJsb28gNTEyLCBidGUgNAoxMDUwIEl4ZWxsZXMKCmUgcmV0aXJlbSBhIGFudGln
YSAoUnVlIFZhbmRlcmtpbmRlcmUgODgsIDExODAgVWNjbGUpLCBvbmRlIGrDoSBuw6NvIHZpdm8u
CgpPYnJpZ2FkYSwKQW5hIEdvbsOnYWx2ZXMKCk9idGVyIG8gT3V0bG9vayBwYXJhIEFuZHJvaWQK
X19fX19fX19fX19fX19fX19fX19fX19fX19fX19fX18KRGU6IFNob3AgRXhhbXBsZSA8bm8tcmVw
bHlAbm90aWZ5LnNob3AuZXhhbXBsZS5iZT4KRW52aWFkbzogZG9taW5nbywgNyBkZSBqdW5obyBk
ZSAyMDI2IDA5OjAwClBhcmE6IGFuYS5nb25jYWx2ZXM4OEBob3RtYWlsLmNvbSA8YW5hLmdvbmNh
bHZlczg4QGhvdG1haWwuY29tPgpBc3N1bnRvOiBDb25maXJtYXRpb24gOiB2b3RyZSBhZHJlc3Nl
IGEgw6l0w6kgbWlzZSDDoCBqb3VyCgpDZWNpIGVzdCB1biBtZXNzYWdlIGF1dG9tYXRpcXVlLCBt
ZXJjaSBkZSBuZSBwYXMgeSByw6lwb25kcmUuCgpCb25qb3VyIEFuYSwKCkwnYWRyZXNzZSBkZSB2
b3RyZSBjb21wdGUgU2hvcCBFeGFtcGxlIGEgw6l0w6kgbWlzZSDDoCBqb3VyIDoKUnVlIFZhbmRl
cmtpbmRlcmUgODgKMTE4MCBVY2NsZQoKQ2Ugbidlc3QgcGFzIHZvdXMgPyBNb2RpZmlleiB2b3Ry
ZSBhZHJlc3NlIGRhbnMgdm90cmUgY29tcHRlIG91IGNvbnRhY3Rlei1ub3VzLgoKU2hvcCBFeGFt
cGxlIEJWIOKAkyBSdWUgZGUgbCdFeGVtcGxlIDEsIDEwMDAgQnJ1eGVsbGVzCg==

--_000_AS8P194MB12884F1D2C0B3E9A7D6C5B4A3F210AS8P194MB1288EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keSBkaXI9Imx0ciI+CjxkaXYgZGlyPSJh
dXRvIj5Cb20gZGlhLDwvZGl2PjxkaXYgZGlyPSJhdXRvIj48YnI+PC9kaXY+CjxkaXYgZGlyPSJh
dXRvIj5SZWNlYmkgaG9qZSBlc3RhIG1lbnNhZ2VtIGF1dG9tw6F0aWNhIChlbSBiYWl4byksIG1h
cyBhIG1vcmFkYSBxdWUgbMOhIGFwYXJlY2Ugw6kgYSBBTlRJR0EuIE11ZGVpLW1lIGVtIHNldGVt
YnJvIGRlIDIwMjUgZSBhdHVhbGl6ZWkgYSBtb3JhZGEgbmEgbWluaGEgY29udGEgbmVzc2EgYWx0
dXJhOyBhcyBlbmNvbWVuZGFzIGRlIG91dHVicm8gZSBkZSBtYXLDp28gY2hlZ2FyYW0gYmVtIMOg
IG1vcmFkYSBub3ZhLjwvZGl2PjxkaXYgZGlyPSJhdXRvIj48YnI+PC9kaXY+CjxkaXYgZGlyPSJh
dXRvIj5BZ29yYSBhIG1vcmFkYSBhbnRpZ2Egdm9sdG91IGEgYXBhcmVjZXIgbmEgY29udGEgZSBv
IHZvc3NvIGNhdMOhbG9nbyBkZSB2ZXLDo28gZm9pIHBhcmEgbMOhLiBTdXBvbmhvIHF1ZSB2ZWlv
IGRlIGFsZ3VtYSBsaXN0YSBkZSAmcXVvdDttdWRhbsOnYXMgZGUgbW9yYWRhJnF1b3Q7IG91IGRl
IHVtIHBhcmNlaXJvLCBtYXMgw6kgZXJyYWRhLjwvZGl2PjxkaXYgZGlyPSJhdXRvIj48YnI+PC9k
aXY+CjxkaXYgZGlyPSJhdXRvIj5Qb3IgZmF2b3IgY29ycmlqYW0gYSBtb3JhZGEgbmEgbWluaGEg
Y29udGEgcGFyYSBhIGF0dWFsOjxicj5BbmEgR29uw6dhbHZlczxicj5DaGF1c3PDqWUgZGUgV2F0
ZXJsb28gNTEyLCBidGUgNDxicj4xMDUwIEl4ZWxsZXM8L2Rpdj48ZGl2IGRpcj0iYXV0byI+PGJy
PjwvZGl2Pgo8ZGl2IGRpcj0iYXV0byI+ZSByZXRpcmVtIGEgYW50aWdhIChSdWUgVmFuZGVya2lu
ZGVyZSA4OCwgMTE4MCBVY2NsZSksIG9uZGUgasOhIG7Do28gdml2by48L2Rpdj48ZGl2IGRpcj0i
YXV0byI+PGJyPjwvZGl2Pgo8ZGl2IGRpcj0iYXV0byI+T2JyaWdhZGEsPGJyPkFuYSBHb27Dp2Fs
dmVzPC9kaXY+PGRpdiBkaXI9ImF1dG8iPjxicj48L2Rpdj4KPGRpdiBkaXI9ImF1dG8iPk9idGVy
IG8gPGEgaHJlZj0iaHR0cHM6Ly9ha2EubXMvQUFiOXlzZyI+T3V0bG9vayBwYXJhIEFuZHJvaWQ8
L2E+PC9kaXY+CjxociBzdHlsZT0iZGlzcGxheTppbmxpbmUtYmxvY2s7d2lkdGg6OTglIiB0YWJp
bmRleD0iLTEiPgo8ZGl2IGlkPSJkaXZScGx5RndkTXNnIiBkaXI9Imx0ciI+PGZvbnQgZmFjZT0i
Q2FsaWJyaSwgc2Fucy1zZXJpZiIgc3R5bGU9ImZvbnQtc2l6ZToxMXB0IiBjb2xvcj0iIzAwMDAw
MCI+PGI+RGU6PC9iPiBTaG9wIEV4YW1wbGUgJmx0O25vLXJlcGx5QG5vdGlmeS5zaG9wLmV4YW1w
bGUuYmUmZ3Q7PGJyPjxiPkVudmlhZG86PC9iPiBkb21pbmdvLCA3IGRlIGp1bmhvIGRlIDIwMjYg
MDk6MDA8YnI+PGI+UGFyYTo8L2I+IGFuYS5nb25jYWx2ZXM4OEBob3RtYWlsLmNvbSAmbHQ7YW5h
LmdvbmNhbHZlczg4QGhvdG1haWwuY29tJmd0Ozxicj48Yj5Bc3N1bnRvOjwvYj4gQ29uZmlybWF0
aW9uIDogdm90cmUgYWRyZXNzZSBhIMOpdMOpIG1pc2Ugw6Agam91cjwvZm9udD48ZGl2PiZuYnNw
OzwvZGl2PjwvZGl2Pgo8ZGl2PkNlY2kgZXN0IHVuIG1lc3NhZ2UgYXV0b21hdGlxdWUsIG1lcmNp
IGRlIG5lIHBhcyB5IHLDqXBvbmRyZS48YnI+PGJyPkJvbmpvdXIgQW5hLDxicj48YnI+TCdhZHJl
c3NlIGRlIHZvdHJlIGNvbXB0ZSBTaG9wIEV4YW1wbGUgYSDDqXTDqSBtaXNlIMOgIGpvdXIgOjxi
cj5SdWUgVmFuZGVya2luZGVyZSA4ODxicj4xMTgwIFVjY2xlPGJyPjxicj5DZSBuJ2VzdCBwYXMg
dm91cyA/IE1vZGlmaWV6IHZvdHJlIGFkcmVzc2UgZGFucyB2b3RyZSBjb21wdGUgb3UgY29udGFj
dGV6LW5vdXMuPGJyPjxicj5TaG9wIEV4YW1wbGUgQlYg4oCTIFJ1ZSBkZSBsJ0V4ZW1wbGUgMSwg
MTAwMCBCcnV4ZWxsZXM8L2Rpdj4KPC9ib2R5PjwvaHRtbD4K

--_000_AS8P194MB12884F1D2C0B3E9A7D6C5B4A3F210AS8P194MB1288EURP_--
'''),
]

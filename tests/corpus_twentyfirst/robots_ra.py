"""Twenty-first set, robot mail from services and gateways, and people who look like robots (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'amazon-ses-dsn-export-ready', 'automated', (), '''Return-Path: <>
Received: from b224-13.smtp-out.eu-west-1.amazonses.com (b224-13.smtp-out.eu-west-1.amazonses.com [69.169.224.13])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Ql2Wk0QzVz9sTB
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 09:14:23 +0100 (CET)
X-Original-To: privacy@shop.example.be
From: MAILER-DAEMON@eu-west-1.amazonses.com
To: privacy@shop.example.be
Subject: Delivery Status Notification (Failure)
Message-ID: <0102019a4c8e31f7-5d0c2b8a-9e41-4f7a-b6d3-2a1c9e8f0b37-000000@eu-west-1.amazonses.com>
Date: Tue, 3 Nov 2026 08:14:22 +0000
MIME-Version: 1.0
Content-Type: multipart/report; boundary="----=_Part_881204_1520937733.1793697262000"; report-type=delivery-status
X-SES-Outgoing: 2026.11.03-69.169.224.13
Feedback-ID: ::1.eu-west-1.QwT5cVt0hJzE2nq+Bm7kH1dA9pYxC3rLsU8vF6gK4oI=:AmazonSES

------=_Part_881204_1520937733.1793697262000
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

An error occurred while trying to deliver the mail to the following recipients:
jvermeulen1984@hotmial.com
------=_Part_881204_1520937733.1793697262000
Content-Type: message/delivery-status

Reporting-MTA: dns; b224-13.smtp-out.eu-west-1.amazonses.com

Action: failed
Final-Recipient: rfc822; jvermeulen1984@hotmial.com
Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.0 Unable to lookup DNS for hotmial.com>
Status: 4.4.7

------=_Part_881204_1520937733.1793697262000
Content-Type: message/rfc822

Return-Path: <0102019a4a0f6e22-aa91c3d4-7b2e-4c61-8f05-e3d27b6a9c14-000000@eu-west-1.amazonses.com>
From: Shop Privacy Team <privacy@shop.example.be>
To: jvermeulen1984@hotmial.com
Subject: Your personal data export is ready to download
Message-ID: <0102019a4a0f6e22-aa91c3d4-7b2e-4c61-8f05-e3d27b6a9c14-000000@eu-west-1.amazonses.com>
Date: Mon, 2 Nov 2026 18:14:20 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Dear Mr Vermeulen,

Following your request under Article 15 and Article 20 of the GDPR, the
export of the personal data we hold about you (account, orders, loyalty
card, newsletter preferences) is ready.

Download it here within 14 days (you will need your account password):
https://shop.example.be/account/privacy/export/7f3c9a1e

If you did not make this request, please reply to this e-mail.

Kind regards,
Shop Privacy Team

------=_Part_881204_1520937733.1793697262000--
'''),

    ('en', 'amazon-ses-complaint-arf', 'automated', (), '''Return-Path: <>
Received: from a8-30.smtp-out.amazonses.com (a8-30.smtp-out.amazonses.com [54.240.8.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm9Hk3x2Lz8rNd
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 22:41:07 +0100 (CET)
From: complaints@eu-west-1.email-abuse.amazonses.com
To: privacy@shop.example.be
Subject: Complaint Notification
Message-ID: <0102019a6e2b5c11-3f8d7a20-c1b4-4e55-9d62-71b0a8e4f2c9-000000@eu-west-1.amazonses.com>
Date: Mon, 9 Nov 2026 21:41:06 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="----=_Part_20331_77125603.1794260466012"
X-SES-Outgoing: 2026.11.09-54.240.8.30

------=_Part_20331_77125603.1794260466012
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 54.240.3.17 on Mon, 09 Nov 2026 19:02:44 +0000
------=_Part_20331_77125603.1794260466012
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Yahoo!-Mail-Feedback/2.0
Version: 1
Original-Mail-From: <0102019a6d7e9b40-e51f0c7a-62d8-4a19-bc3e-9f20d6a1e855-000000@eu-west-1.amazonses.com>
Original-Rcpt-To: <m.deschryver@yahoo.com>
Arrival-Date: Mon, 09 Nov 2026 19:02:44 +0000
Reported-Domain: shop.example.be
Authentication-Results: mta4032.mail.ir2.yahoo.com from=shop.example.be; domainkeys=neutral (no sig); from=shop.example.be; dkim=pass (ok)
Source-IP: 54.240.3.17

------=_Part_20331_77125603.1794260466012
Content-Type: message/rfc822

From: Shop <newsletter@shop.example.be>
Reply-To: privacy@shop.example.be
To: m.deschryver@yahoo.com
Subject: Black Friday starts now: -30% on all garden furniture
Message-ID: <0102019a6d7e9b40-e51f0c7a-62d8-4a19-bc3e-9f20d6a1e855-000000@eu-west-1.amazonses.com>
Date: Mon, 9 Nov 2026 19:02:43 +0000
List-Unsubscribe: <https://shop.example.be/newsletter/unsubscribe?u=a81f2c>, <mailto:unsubscribe@shop.example.be?subject=unsubscribe-a81f2c>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Black Friday starts now!
-30% on all garden furniture until Monday midnight.

You receive this newsletter because you subscribed on shop.example.be.
Unsubscribe: https://shop.example.be/newsletter/unsubscribe?u=a81f2c
Privacy policy: https://shop.example.be/privacy

------=_Part_20331_77125603.1794260466012--
'''),

    ('en', 'm365-quarantine-notification', 'automated', (), '''Received: from AM0PR02MB5633.eurprd02.prod.outlook.com (2603:10a6:208:15c::14)
 by DB9PR02MB7216.eurprd02.prod.outlook.com with HTTPS; Mon, 16 Nov 2026 10:05:41 +0000
From: Microsoft 365 <quarantine@messaging.microsoft.com>
To: <privacy@shop.example.be>
Subject: Microsoft 365 security: You have messages in quarantine
Thread-Topic: Microsoft 365 security: You have messages in quarantine
Date: Mon, 16 Nov 2026 10:05:40 +0000
Message-ID: <7a5d93c2e1f54d0b8a6e0c31f9b2d48e@DB9PR02MB7216.eurprd02.prod.outlook.com>
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Organization-AuthSource: AM0PR02MB5633.eurprd02.prod.outlook.com
X-MS-Exchange-Organization-AuthAs: Internal
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OidT
ZWdvZSBVSScsVGFob21hLHNhbnMtc2VyaWY7Zm9udC1zaXplOjE0cHg7Y29sb3I6IzIxMjEyMSI+
Cjx0YWJsZSB3aWR0aD0iNjQwIiBjZWxscGFkZGluZz0iMCIgY2VsbHNwYWNpbmc9IjAiIGJvcmRl
cj0iMCI+Cjx0cj48dGQgc3R5bGU9ImZvbnQtc2l6ZToyMHB4O3BhZGRpbmc6MTZweCAwIj5SZXZp
ZXcgdGhlc2UgMyBtZXNzYWdlcyB0aGF0IGFyZSBiZWluZyBoZWxkIGZvciB5b3U8L3RkPjwvdHI+
Cjx0cj48dGQgc3R5bGU9InBhZGRpbmctYm90dG9tOjEycHgiPlJldmlldyB0aGVzZSBtZXNzYWdl
cyB3aXRoaW4gMzAgZGF5cyBvZiByZWNlaXZpbmcgdGhlbSBieSBnb2luZyB0byB0aGUgUXVhcmFu
dGluZSBwYWdlIGluIHRoZSBTZWN1cml0eSBDZW50ZXIuPC90ZD48L3RyPgo8dHI+PHRkPgo8dGFi
bGUgY2VsbHBhZGRpbmc9IjYiIGNlbGxzcGFjaW5nPSIwIiBib3JkZXI9IjAiIHN0eWxlPSJib3Jk
ZXItdG9wOjFweCBzb2xpZCAjZTFlMWUxIj4KPHRyPjx0ZD48Yj5TZW5kZXI6PC9iPiBub3JlcGx5
QGRwZC10cmFja2luZy1pbmZvLnRvcDwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5TdWJqZWN0OjwvYj4g
WW91ciBwYXJjZWwgaXMgd2FpdGluZyAtIGNvbmZpcm0gZGVsaXZlcnkgZmVlPC90ZD48L3RyPgo8
dHI+PHRkPjxiPkRhdGU6PC9iPiAxNiBOb3ZlbWJlciAyMDI2IDA2OjEyPC90ZD48L3RyPgo8dHI+
PHRkPjxhIGhyZWY9Imh0dHBzOi8vc2VjdXJpdHkubWljcm9zb2Z0LmNvbS9xdWFyYW50aW5lP2lk
PTZlMGEzYjFkLTlmNGMtNGM3MS04YTEyLTViN2QyZTljMGYzMSZhbXA7YWN0aW9uPXJlbGVhc2Ui
PlJlbGVhc2U8L2E+ICZuYnNwOyA8YSBocmVmPSJodHRwczovL3NlY3VyaXR5Lm1pY3Jvc29mdC5j
b20vcXVhcmFudGluZT9pZD02ZTBhM2IxZC05ZjRjLTRjNzEtOGExMi01YjdkMmU5YzBmMzEmYW1w
O2FjdGlvbj1yZXZpZXciPlJldmlldyBNZXNzYWdlPC9hPiAmbmJzcDsgPGEgaHJlZj0iaHR0cHM6
Ly9zZWN1cml0eS5taWNyb3NvZnQuY29tL3F1YXJhbnRpbmU/aWQ9NmUwYTNiMWQtOWY0Yy00Yzcx
LThhMTItNWI3ZDJlOWMwZjMxJmFtcDthY3Rpb249YmxvY2siPkJsb2NrIFNlbmRlcjwvYT48L3Rk
PjwvdHI+CjwvdGFibGU+Cjx0YWJsZSBjZWxscGFkZGluZz0iNiIgY2VsbHNwYWNpbmc9IjAiIGJv
cmRlcj0iMCIgc3R5bGU9ImJvcmRlci10b3A6MXB4IHNvbGlkICNlMWUxZTEiPgo8dHI+PHRkPjxi
PlNlbmRlcjo8L2I+IGcubGFtYnJlY2h0QHByb3Rvbm1haWwuY29tPC90ZD48L3RyPgo8dHI+PHRk
PjxiPlN1YmplY3Q6PC9iPiBSZXF1ZXN0IGZvciBlcmFzdXJlIG9mIG15IHBlcnNvbmFsIGRhdGEg
KEFydC4gMTcgR0RQUik8L3RkPjwvdHI+Cjx0cj48dGQ+PGI+RGF0ZTo8L2I+IDE2IE5vdmVtYmVy
IDIwMjYgMDg6NDc8L3RkPjwvdHI+Cjx0cj48dGQ+PGEgaHJlZj0iaHR0cHM6Ly9zZWN1cml0eS5t
aWNyb3NvZnQuY29tL3F1YXJhbnRpbmU/aWQ9YjMxYzc3ZTAtMmQ0NS00YThlLTljM2YtMGU2YTRk
MWI4ZjIyJmFtcDthY3Rpb249cmVsZWFzZSI+UmVsZWFzZTwvYT4gJm5ic3A7IDxhIGhyZWY9Imh0
dHBzOi8vc2VjdXJpdHkubWljcm9zb2Z0LmNvbS9xdWFyYW50aW5lP2lkPWIzMWM3N2UwLTJkNDUt
NGE4ZS05YzNmLTBlNmE0ZDFiOGYyMiZhbXA7YWN0aW9uPXJldmlldyI+UmV2aWV3IE1lc3NhZ2U8
L2E+ICZuYnNwOyA8YSBocmVmPSJodHRwczovL3NlY3VyaXR5Lm1pY3Jvc29mdC5jb20vcXVhcmFu
dGluZT9pZD1iMzFjNzdlMC0yZDQ1LTRhOGUtOWMzZi0wZTZhNGQxYjhmMjImYW1wO2FjdGlvbj1i
bG9jayI+QmxvY2sgU2VuZGVyPC9hPjwvdGQ+PC90cj4KPC90YWJsZT4KPHRhYmxlIGNlbGxwYWRk
aW5nPSI2IiBjZWxsc3BhY2luZz0iMCIgYm9yZGVyPSIwIiBzdHlsZT0iYm9yZGVyLXRvcDoxcHgg
c29saWQgI2UxZTFlMSI+Cjx0cj48dGQ+PGI+U2VuZGVyOjwvYj4gaW52b2ljZUBzZWN1cmUtZG9j
dS1zaWduLm9ubGluZTwvdGQ+PC90cj4KPHRyPjx0ZD48Yj5TdWJqZWN0OjwvYj4gUGF5bWVudCBh
ZHZpY2UgUkVGLTg4MjEzPC90ZD48L3RyPgo8dHI+PHRkPjxiPkRhdGU6PC9iPiAxNiBOb3ZlbWJl
ciAyMDI2IDA5OjMwPC90ZD48L3RyPgo8dHI+PHRkPjxhIGhyZWY9Imh0dHBzOi8vc2VjdXJpdHku
bWljcm9zb2Z0LmNvbS9xdWFyYW50aW5lP2lkPTBmZDJlNmE5LTdiMTMtNGU2MC1hNWM4LTNkOTFm
NGIyZTdhYSZhbXA7YWN0aW9uPXJlbGVhc2UiPlJlbGVhc2U8L2E+ICZuYnNwOyA8YSBocmVmPSJo
dHRwczovL3NlY3VyaXR5Lm1pY3Jvc29mdC5jb20vcXVhcmFudGluZT9pZD0wZmQyZTZhOS03YjEz
LTRlNjAtYTVjOC0zZDkxZjRiMmU3YWEmYW1wO2FjdGlvbj1yZXZpZXciPlJldmlldyBNZXNzYWdl
PC9hPiAmbmJzcDsgPGEgaHJlZj0iaHR0cHM6Ly9zZWN1cml0eS5taWNyb3NvZnQuY29tL3F1YXJh
bnRpbmU/aWQ9MGZkMmU2YTktN2IxMy00ZTYwLWE1YzgtM2Q5MWY0YjJlN2FhJmFtcDthY3Rpb249
YmxvY2siPkJsb2NrIFNlbmRlcjwvYT48L3RkPjwvdHI+CjwvdGFibGU+CjwvdGQ+PC90cj4KPHRy
Pjx0ZCBzdHlsZT0icGFkZGluZy10b3A6MThweDtmb250LXNpemU6MTJweDtjb2xvcjojNjY2Ij5N
aWNyb3NvZnQgQ29ycG9yYXRpb24sIE9uZSBNaWNyb3NvZnQgV2F5LCBSZWRtb25kLCBXQSA5ODA1
Mjxicj5UaGlzIG1lc3NhZ2Ugd2FzIHNlbnQgZnJvbSBhbiB1bm1vbml0b3JlZCBlbWFpbCBhZGRy
ZXNzLiBQbGVhc2UgZG8gbm90IHJlcGx5IHRvIHRoaXMgbWVzc2FnZS4gPGEgaHJlZj0iaHR0cHM6
Ly9nby5taWNyb3NvZnQuY29tL2Z3bGluay8/TGlua0lkPTUyMTgzOSI+UHJpdmFjeSBTdGF0ZW1l
bnQ8L2E+PC90ZD48L3RyPgo8L3RhYmxlPgo8L2JvZHk+PC9odG1sPgo=
'''),

    ('en', 'zendesk-ack-quoting-erasure', 'automated', (), '''Return-Path: <support+id73315@leadmetrics.zendesk.com>
Received: from outbyip4.pod19.euc1.zdsys.com (outbyip4.pod19.euc1.zdsys.com [188.172.138.4])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm4Tb6yXWz7qLk
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:02:51 +0100 (CET)
Date: Tue, 10 Nov 2026 09:02:49 +0000
From: Leadmetrics Support <support@leadmetrics.zendesk.com>
Reply-To: Leadmetrics Support <support+id73315@leadmetrics.zendesk.com>
To: Shop Privacy Team <privacy@shop.example.be>
Message-ID: <8E4R2KY1QP7_6750a1e2b9c4d_3f8a0_sprut@zendesk.com>
In-Reply-To: <a93f0c1d-55e2-4b7e-8c60-1d2e3f4a5b6c@shop.example.be>
Subject: [Leadmetrics] Re: Erasure request for shared customer data - ref 55012
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6750a1e2c1f0a_3f8a06aa91284d";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7c2e91b
X-Zendesk-Email-Id: 01JCB7Q3X8WZ4N6T5R2M0VYKHD
Auto-Submitted: auto-generated

----==_mimepart_6750a1e2c1f0a_3f8a06aa91284d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (73315) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

----------------------------------------------

Shop Privacy Team, Nov 10, 2026, 10:02 GMT+1

Hello,

Under Articles 17 and 19 GDPR, we ask you, as a recipient of customer data
under our data sharing agreement, to erase all personal data you received
from us about the following customer, who has asked us to delete their data:

Customer reference: 55012
E-mail (hashed, SHA-256): 9c1e4f...b27a

Please confirm the erasure in writing within 14 days.

Kind regards,
Shop Privacy Team
privacy@shop.example.be

--------------------------------
This email is a service from Leadmetrics Support. Delivered by Zendesk

[8E4R2K-Y1QP7]

----==_mimepart_6750a1e2c1f0a_3f8a06aa91284d
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p dir="ltr">Your request (73315) has been received and is being reviewed by our support staff.</p>
<p dir="ltr">To add additional comments, reply to this email.</p>
<div style="margin-top:25px"><table width="100%" cellpadding="0" cellspacing="0" border="0">
<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5">
<p style="margin:0"><strong>Shop Privacy Team</strong></p>
<p style="color:#bbbbbb;font-size:13px;margin:0">Nov 10, 2026, 10:02 GMT+1</p>
<div dir="auto" style="color:#2b2e2f;line-height:22px;margin:15px 0"><p>Hello,</p><p>Under Articles 17 and 19 GDPR, we ask you, as a recipient of customer data under our data sharing agreement, to erase all personal data you received from us about the following customer, who has asked us to delete their data:</p><p>Customer reference: 55012<br>E-mail (hashed, SHA-256): 9c1e4f...b27a</p><p>Please confirm the erasure in writing within 14 days.</p><p>Kind regards,<br>Shop Privacy Team<br>privacy@shop.example.be</p></div>
</td></tr></table></div>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">This email is a service from Leadmetrics Support. Delivered by <a href="https://www.zendesk.com/support/?utm_campaign=text&amp;utm_content=Leadmetrics+Support&amp;utm_medium=poweredbyzendesk&amp;utm_source=email-notification" style="color:black" target="_blank">Zendesk</a></div>
<span style="color:#FFFFFF" aria-hidden="true">[8E4R2K-Y1QP7]</span>

----==_mimepart_6750a1e2c1f0a_3f8a06aa91284d--
'''),

    ('en', 'jira-service-management-notification', 'automated', (), '''Return-Path: <jira@feedonomix.atlassian.net>
Received: from mail-euc1.jsm.atlassian.net (mail-euc1.jsm.atlassian.net [104.192.142.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn1Fv8pMdz3wRg
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 14:20:06 +0100 (CET)
Date: Thu, 12 Nov 2026 13:20:04 +0000
From: Feedonomix Privacy Desk <jira@feedonomix.atlassian.net>
Reply-To: Feedonomix Privacy Desk <jira@feedonomix.atlassian.net>
To: privacy@shop.example.be
Message-ID: <JIRA.1904213.1794489604000.88211.1794489604522@Atlassian.JIRA>
In-Reply-To: <JIRA.1904213.1794489604000@Atlassian.JIRA>
Subject: PRIV-482 Data subject access request - customer 88231
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_441902_18822710.1794489604522"
X-JIRA-FingerPrint: 6a9b3f2e0c71d84a5e1b90f2c3d4a7e8
Auto-Submitted: auto-generated
Precedence: bulk

------=_Part_441902_18822710.1794489604522
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

-- Reply above this line.

Shop Privacy Team:

Your request PRIV-482 "Data subject access request - customer 88231" has
been received. A member of the Feedonomix privacy team will get back to you.

Summary: Data subject access request - customer 88231
Request type: GDPR request from a controller

View request: https://feedonomix.atlassian.net/servicedesk/customer/portal/4/PRIV-482
Turn off this request's notifications: https://feedonomix.atlassian.net/servicedesk/customer/portal/4/PRIV-482/unsubscribe?jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJxdWVzdCJ9.c2hvcA

This is shared with Shop Privacy Team.

Help Center, powered by Jira Service Management, sent you this message.
------=_Part_441902_18822710.1794489604522
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:14px;color:#172B4D">
<div style="color:#97a0af">&mdash;&mdash;-&mdash;&mdash;-&mdash; Reply above this line.</div>
<p><b>Shop Privacy Team</b>:</p>
<p>Your request <a href="https://feedonomix.atlassian.net/servicedesk/customer/portal/4/PRIV-482">PRIV-482</a> "Data subject access request - customer 88231" has been received. A member of the Feedonomix privacy team will get back to you.</p>
<p><a href="https://feedonomix.atlassian.net/servicedesk/customer/portal/4/PRIV-482">View request</a> &middot; <a href="https://feedonomix.atlassian.net/servicedesk/customer/portal/4/PRIV-482/unsubscribe?jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJxdWVzdCJ9.c2hvcA">Turn off this request's notifications</a></p>
<p style="color:#6b778c;font-size:12px">This is shared with Shop Privacy Team.</p>
<p style="color:#6b778c;font-size:12px">Help Center, powered by <a href="https://www.atlassian.com/software/jira/service-management">Jira Service Management</a>, sent you this message.</p>
</body></html>
------=_Part_441902_18822710.1794489604522--
'''),

    ('en', 'docusign-envelope', 'automated', (), '''Return-Path: <bounces+dse@docusign.net>
Received: from maild.docusign.net (maild.docusign.net [64.207.219.144])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp7Zc1nHRz2kFm
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 16:33:12 +0100 (CET)
From: "Dana Whitfield via Docusign" <dse_NA4@docusign.net>
Reply-To: "Dana Whitfield" <dana.whitfield@feedonomix.com>
To: "Shop Privacy Team" <privacy@shop.example.be>
Subject: Complete with Docusign: DPA_Shop_Feedonomix_2027_v3.pdf
Date: Wed, 18 Nov 2026 07:33:09 -0800
Message-ID: <b4e5b2c19d0a4f6e8c3a7d21f0e9b856@docusign.net>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NextPart_DS_5f2b8c1e"
X-DocuSign-Envelope-ID: 3F1A9C2E-7B40-4D8E-A6C1-92E0B5D7F314

------=_NextPart_DS_5f2b8c1e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dana Whitfield sent you a document to review and sign.

REVIEW DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=3f1a9c2e-7b40-4d8e-a6c1-92e0b5d7f314&etti=24&acct=8d2f-41aa&er=0c7e55b2

Dana Whitfield
dana.whitfield@feedonomix.com

Hi, please find attached the updated data processing agreement (new annex on
sub-processors and international transfers). Could you sign by Friday?
Thanks, Dana

Powered by Docusign

Do Not Share This Email
This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.

Alternate Signing Method
Visit Docusign.com, click 'Access Documents', and enter the security code:
0C7E55B2D41F4A6E9B3C1D2E8F7A6B5C4

About Docusign
Sign documents electronically in just minutes. It's safe, secure, and legally binding.

Questions about the Document?
If you need to modify the document or have questions about the details in the document, please reach out to the sender by emailing them directly.

This message was sent to you by Dana Whitfield who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.
------=_NextPart_DS_5f2b8c1e
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table align="center" width="640" style="background:#ffffff"><tr><td style="background:#1e4ca1;color:#ffffff;padding:28px;text-align:center">
<p style="font-size:16px">Dana Whitfield sent you a document to review and sign.</p>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=3f1a9c2e-7b40-4d8e-a6c1-92e0b5d7f314&amp;etti=24&amp;acct=8d2f-41aa&amp;er=0c7e55b2" style="background:#ffc423;color:#333;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:15px"><b>Dana Whitfield</b><br><a href="mailto:dana.whitfield@feedonomix.com">dana.whitfield@feedonomix.com</a><br><br>Hi, please find attached the updated data processing agreement (new annex on sub-processors and international transfers). Could you sign by Friday?<br>Thanks, Dana</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.<br><br><b>About Docusign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.<br><br>This message was sent to you by Dana Whitfield who is using the Docusign Electronic Signature Service. If you would rather not receive email from this sender you may contact the sender with your request.</td></tr></table>
</body></html>
------=_NextPart_DS_5f2b8c1e--
'''),

    ('en', 'person-iphone-disclaimer', 'deletion', (), '''Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq2Jm5sTcz1vBn
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 11:47:30 +0100 (CET)
From: Liam O'Connor <liam.oconnor@brennan-freight.ie>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Delete account
Thread-Topic: Delete account
Thread-Index: AQHbO2xKq7Zc3oT9S0Gk1vN8mRw2Ug==
Date: Sat, 21 Nov 2026 10:47:26 +0000
Message-ID: <4B7E2C1A-93D5-4F8E-B0A2-6C1D9E3F7A58@brennan-freight.ie>
Accept-Language: en-IE, en-US
Content-Language: en-IE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: iPhone Mail (22B83)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi,

Please delete my account with you and all the data you have about me. I mov=
ed
back to Ireland and won't be ordering anymore. Account is under this email
address (liam.oconnor@brennan-freight.ie), loyalty card number 2201 4478 93.

No need to keep anything. Thanks

Liam

Sent from my iPhone
________________________________

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is =
for the sole use of the intended recipient(s) and may contain confidential =
and privileged information belonging to Brennan Freight Forwarding Limited =
or its affiliates. Any unauthorised review, use, disclosure, copying or dis=
tribution is strictly prohibited. If you are not the intended recipient, pl=
ease contact the sender by reply e-mail and destroy all copies of the origi=
nal message. Brennan Freight Forwarding Limited does not accept liability f=
or any errors or omissions in the contents of this message which arise as a=
 result of e-mail transmission, nor for any loss or damage caused by viruse=
s. Any views or opinions expressed are solely those of the author and do no=
t necessarily represent those of Brennan Freight Forwarding Limited. E-mail=
 communications are not guaranteed to be secure or error-free. Registered i=
n Ireland No. 418823. Registered Office: Unit 7, Ballycoolin Business Park,=
 Dublin 15, D15 X2K7. VAT No. IE 6418823T.

Please consider the environment before printing this e-mail.
'''),

    ('en', 'person-reply-on-ticket-ack-no-answer', 'complaint', ('access',), '''Received: by mail-ed1-f51.google.com with SMTP id 4fb4d7f45d1cf-5cf9a0e1c2dso4417201a12.3
        for <privacy@shop.example.be>; Mon, 16 Nov 2026 08:03:55 -0800 (PST)
MIME-Version: 1.0
References: <tkt-48213-ack@shop.example.be>
In-Reply-To: <tkt-48213-ack@shop.example.be>
From: Hannah Moreau <hannah.moreau.bxl@gmail.com>
Date: Mon, 16 Nov 2026 17:03:41 +0100
Message-ID: <CAJx7Lq9s0wP3b+Yt2kR5vQfN8mZ1hT4cE6gD0aU7iXo3nLrB2w@mail.gmail.com>
Subject: Re: [Ticket #48213] We received your request
To: Shop Privacy <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000a1c84f0626f1d3b2"

--000000000000a1c84f0626f1d3b2
Content-Type: text/plain; charset="UTF-8"

Hello,

It has now been six weeks since I asked for a copy of all the personal data
you hold on me (account, orders, loyalty card, what you share with your
advertising partners). All I got is the automatic message below, and then
nothing. The legal deadline is one month.

I still want that copy. If I don't get it within 10 days I will file a
complaint with the Belgian Data Protection Authority.

Regards,
Hannah Moreau

On Mon, 5 Oct 2026 at 09:12, Shop Privacy <privacy@shop.example.be> wrote:

> Dear customer,
>
> Thank you for contacting us. This is an automatically generated message
> to confirm that we have received your request. Your reference is
> Ticket #48213.
>
> We aim to respond within 30 days. Please do not reply to this message.
>
> Shop Privacy Team

--000000000000a1c84f0626f1d3b2
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hello,</div><div><br></div><div>It has now been six weeks since I asked for a copy of all the personal data you hold on me (account, orders, loyalty card, what you share with your advertising partners). All I got is the automatic message below, and then nothing. The legal deadline is one month.</div><div><br></div><div>I still want that copy. If I don&#39;t get it within 10 days I will file a complaint with the Belgian Data Protection Authority.</div><div><br></div><div>Regards,</div><div>Hannah Moreau</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 5 Oct 2026 at 09:12, Shop Privacy &lt;<a href="mailto:privacy@shop.example.be">privacy@shop.example.be</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Dear customer,<br><br>Thank you for contacting us. This is an automatically generated message to confirm that we have received your request. Your reference is Ticket #48213.<br><br>We aim to respond within 30 days. Please do not reply to this message.<br><br>Shop Privacy Team</blockquote></div>

--000000000000a1c84f0626f1d3b2--
'''),

    ('nl', 'exchange-online-ndr-identity-check', 'automated', (), '''Received: from AS8PR07MB7911.eurprd07.prod.outlook.com (2603:10a6:20b:3a1::9)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm0Rr7cLpz6yTw
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:22:18 +0100 (CET)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bouwmaterialen-depauw.be>
To: <privacy@shop.example.be>
Date: Wed, 4 Nov 2026 14:22:16 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b2c0fa4e-7d31-4b58-a9e0-3c6f1d8e2b47"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-BE
Message-ID: <9f3a1e20-6b7d-4c28-8e15-0d4b2a7c9e63@AS8PR07MB7911.eurprd07.prod.outlook.com>
In-Reply-To: <idv-2026-1182-3@shop.example.be>
References: <idv-2026-1182-3@shop.example.be>
Subject: Onbestelbaar: Bevestig uw identiteit - uw verzoek om inzage (PR-2026-1182)
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--b2c0fa4e-7d31-4b58-a9e0-3c6f1d8e2b47
Content-Type: multipart/alternative;
	boundary="3d8f9a21-0c4e-4b7a-8d62-f51e7c0a9b34"

--3d8f9a21-0c4e-4b7a-8d62-f51e7c0a9b34
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht is niet bezorgd bij jan.depauw@bouwmaterialen-depauw.be omdat he=
t postvak van de geadresseerde vol is.

Wat moet ik nu doen?
Neem op een andere manier (bijvoorbeeld telefonisch) contact op met de gead=
resseerde en vraag hem of haar ruimte in het postvak vrij te maken. Verzend=
 het bericht daarna opnieuw.

Meer informatie voor e-mailbeheerders
Het postvak van de geadresseerde heeft de maximaal toegestane grootte overs=
chreden.

Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:=
QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

--3d8f9a21-0c4e-4b7a-8d62-f51e7c0a9b34
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT4KPGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6J1NlZ29lIFVJJyxDYWxpYnJpLEFyaWFsO2ZvbnQtc2l6ZToxNXB4Ij4KPHRhYmxlIHN0eWxl
PSJiYWNrZ3JvdW5kOiNmOGY4Zjg7d2lkdGg6MTAwJSI+PHRyPjx0ZCBzdHlsZT0icGFkZGluZzox
NnB4Ij48c3BhbiBzdHlsZT0iZm9udC1zaXplOjEzcHgiPmJvdXdtYXRlcmlhbGVuLWRlcGF1dy5i
ZTwvc3Bhbj48L3RkPjwvdHI+PC90YWJsZT4KPHAgc3R5bGU9ImZvbnQtc2l6ZToyMHB4O2NvbG9y
OiNjMDAwMDAiPlV3IGJlcmljaHQgaXMgbmlldCBiZXpvcmdkIGJpaiBqYW4uZGVwYXV3QGJvdXdt
YXRlcmlhbGVuLWRlcGF1dy5iZSBvbWRhdCBoZXQgcG9zdHZhayB2YW4gZGUgZ2VhZHJlc3NlZXJk
ZSB2b2wgaXMuPC9wPgo8cD48Yj5XYXQgbW9ldCBpayBudSBkb2VuPzwvYj48L3A+CjxwPk5lZW0g
b3AgZWVuIGFuZGVyZSBtYW5pZXIgKGJpanZvb3JiZWVsZCB0ZWxlZm9uaXNjaCkgY29udGFjdCBv
cCBtZXQgZGUgZ2VhZHJlc3NlZXJkZSBlbiB2cmFhZyBoZW0gb2YgaGFhciBydWltdGUgaW4gaGV0
IHBvc3R2YWsgdnJpaiB0ZSBtYWtlbi4gVmVyemVuZCBoZXQgYmVyaWNodCBkYWFybmEgb3BuaWV1
dy48L3A+CjxwPjxiPk1lZXIgaW5mb3JtYXRpZSB2b29yIGUtbWFpbGJlaGVlcmRlcnM8L2I+PC9w
Pgo8cD5IZXQgcG9zdHZhayB2YW4gZGUgZ2VhZHJlc3NlZXJkZSBoZWVmdCBkZSBtYXhpbWFhbCB0
b2VnZXN0YW5lIGdyb290dGUgb3ZlcnNjaHJlZGVuLjwvcD4KPHA+T29yc3Byb25rZWxpamtlIGJl
cmljaHRrb3BwZW4gemlqbiBoaWVyb25kZXIgd2VlcmdlZ2V2ZW4uPC9wPgo8cCBzdHlsZT0iZm9u
dC1mYW1pbHk6Q29uc29sYXMsbW9ub3NwYWNlO2ZvbnQtc2l6ZToxMnB4Ij5SZW1vdGUgc2VydmVy
IHJldHVybmVkICc1NTQgNS4yLjIgbWFpbGJveCBmdWxsOyBTVE9SRURSVi5EZWxpdmVyLkV4Y2Vw
dGlvbjpRdW90YUV4Y2VlZGVkRXhjZXB0aW9uLk1hcGlFeGNlcHRpb25TaHV0b2ZmUXVvdGFFeGNl
ZWRlZCc8L3A+CjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--3d8f9a21-0c4e-4b7a-8d62-f51e7c0a9b34--

--b2c0fa4e-7d31-4b58-a9e0-3c6f1d8e2b47
Content-Type: message/delivery-status

Reporting-MTA: dns;AS8PR07MB7911.eurprd07.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 14:22:14 +0000

Final-Recipient: rfc822;jan.depauw@bouwmaterialen-depauw.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--b2c0fa4e-7d31-4b58-a9e0-3c6f1d8e2b47
Content-Type: message/rfc822

From: Shop Privacyteam <privacy@shop.example.be>
To: jan.depauw@bouwmaterialen-depauw.be
Subject: Bevestig uw identiteit - uw verzoek om inzage (PR-2026-1182)
Date: Wed, 4 Nov 2026 15:22:10 +0100
Message-ID: <idv-2026-1182-3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste heer Depauw,

We hebben uw verzoek om inzage in uw persoonsgegevens (artikel 15 AVG)
goed ontvangen. Omdat het verzoek niet verstuurd werd vanaf het e-mailadres
van uw klantenaccount, vragen we u eerst uw identiteit te bevestigen via
onderstaande link:

https://shop.example.be/privacy/verify/PR-2026-1182?t=0b7e4d

Zonder bevestiging binnen 30 dagen sluiten we het verzoek af.

Met vriendelijke groeten,
Het privacyteam van Shop

--b2c0fa4e-7d31-4b58-a9e0-3c6f1d8e2b47--
'''),

    ('nl', 'outlook-autoreply-municipality', 'automated', (), '''Received: from DU2PR04MB8822.eurprd04.prod.outlook.com (2603:10a6:10:2e1::17)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp0Dk2wQxz5nHs
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:31:04 +0100 (CET)
From: Ann Peeters <ann.peeters@heist-op-den-berg.example.be>
To: Shop Privacyteam <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek tot inzage - referentie PR-2026-1240
Thread-Topic: Uw verzoek tot inzage - referentie PR-2026-1240
Thread-Index: AQHbOJ2v6d1X8s7cT0mC9aG4wZp1Kw==
Date: Tue, 17 Nov 2026 08:31:02 +0000
Message-ID: <DU2PR04MB88227A3C1E5F0B9D4E2A6C11D4E82@DU2PR04MB8822.eurprd04.prod.outlook.com>
In-Reply-To: <pr-2026-1240-r1@shop.example.be>
References: <pr-2026-1240-r1@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-AuthAs: Anonymous
X-MS-Exchange-Inbox-Rules-Loop: ann.peeters@heist-op-den-berg.example.be
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DU2PR04MB88227A3C1E5F0B9D4E2A6C11D4E82DU2PR04MB8822eurp_"

--_000_DU2PR04MB88227A3C1E5F0B9D4E2A6C11D4E82DU2PR04MB8822eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goedendag,

Ik ben afwezig van maandag 16 november tot en met vrijdag 20 november 2026.=
 Uw e-mail wordt niet doorgestuurd.

Voor dringende vragen over de dienst Burgerzaken kunt u terecht op burgerza=
ken@heist-op-den-berg.example.be of op het nummer 015 25 15 11.

Met vriendelijke groeten,

Ann Peeters
Deskundige informatieveiligheid
Gemeente en OCMW Heist-op-den-Berg

--_000_DU2PR04MB88227A3C1E5F0B9D4E2A6C11D4E82DU2PR04MB8822eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Aptos,Calibri,sans-serif;f=
ont-size:11pt"><p>Goedendag,</p><p>Ik ben afwezig van maandag 16 november t=
ot en met vrijdag 20 november 2026. Uw e-mail wordt niet doorgestuurd.</p><=
p>Voor dringende vragen over de dienst Burgerzaken kunt u terecht op burger=
zaken@heist-op-den-berg.example.be of op het nummer 015 25 15 11.</p><p>Met=
 vriendelijke groeten,</p><p>Ann Peeters<br>Deskundige informatieveiligheid=
<br>Gemeente en OCMW Heist-op-den-Berg</p></div></body></html>

--_000_DU2PR04MB88227A3C1E5F0B9D4E2A6C11D4E82DU2PR04MB8822eurp_--
'''),

    ('nl', 'sieve-vacation-no-prefix', 'automated', (), '''Return-Path: <>
Delivered-To: koen@maes-tuinaanleg.be
Received: from mail.maes-tuinaanleg.be (mail.maes-tuinaanleg.be [185.117.20.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq8Nw0bGhz4mVp
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 07:02:19 +0100 (CET)
Date: Mon, 23 Nov 2026 07:02:18 +0100
From: Koen Maes <koen@maes-tuinaanleg.be>
To: <privacy@shop.example.be>
Subject: Uw verzoek tot verwijdering werd uitgevoerd
Message-ID: <dovecot-sieve-1795413738-318274-0@mail.maes-tuinaanleg.be>
In-Reply-To: <del-2026-1266-done@shop.example.be>
References: <del-2026-1266-done@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ik ben met verlof tot en met zondag 29 november en lees mijn mails niet.
Voor offertes en dringende zaken: bel 0476 21 43 65 (Sarah).

Koen
'''),

    ('nl', 'freshdesk-ticket-received', 'automated', (), '''Return-Path: <bounces+1838221-4f0c-privacy=shop.example.be@email.freshdesk.com>
Received: from o1.email.freshdesk.com (o1.email.freshdesk.com [167.89.62.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn6Hs3mKfz2xPq
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 11:40:33 +0100 (CET)
Date: Fri, 13 Nov 2026 10:40:31 +0000
From: Klantendienst Groen Logistiek <support@groenlogistiek.freshdesk.com>
Reply-To: Klantendienst Groen Logistiek <support@groenlogistiek.freshdesk.com>
To: privacy@shop.example.be
Message-ID: <20931.1794559231@groenlogistiek.freshdesk.com>
Subject: Ticket ontvangen - Verzoek tot wissing klantgegevens levering 100472118
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-SG-EID: u001.Qv5t7dEJ6o8cY4mZ1aRkS8+YbT2fWqNd3hGx0LrV9eI=
X-Freshdesk-Ticket-Id: 20931
Auto-Submitted: auto-generated

<div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Beste Shop Privacyteam,</p>
<p>We willen u laten weten dat uw verzoek is ontvangen en dat een van onze =
medewerkers zo snel mogelijk contact met u opneemt.</p>
<p>Uw ticket-ID is <b>#20931</b>. U kunt de status van uw ticket op elk mom=
ent bekijken via <a href=3D"https://groenlogistiek.freshdesk.com/support/ti=
ckets/20931">https://groenlogistiek.freshdesk.com/support/tickets/20931</a>=
.</p>
<p>Met vriendelijke groet,<br>Klantendienst Groen Logistiek</p>
<p style=3D"color:#999;font-size:12px">Dit is een automatisch gegenereerde =
e-mail.</p>
</div>
'''),

    ('nl', 'secretary-autoreply-no-header', 'automated', (), '''Received: from smtp.notaris-claes.be (smtp.notaris-claes.be [91.183.44.210])
	by mx1.shop.example.be (Postfix) with ESMTP id 4Qm3Cj6rTwz8sXb
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 08:15:47 +0100 (CET)
From: Secretariaat Notariskantoor Claes <secretariaat@notaris-claes.be>
To: privacy@shop.example.be
Subject: Kantoor gesloten - jaarlijkse sluiting
Date: Tue, 10 Nov 2026 08:15:45 +0100
Message-ID: <000a01db3340$5c7e2b10$157a8130$@notaris-claes.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Geachte,

Wij danken u voor uw e-mail.

Ons kantoor is gesloten wegens jaarlijkse sluiting van maandag 9 november
tot en met vrijdag 20 november 2026. Uw bericht zal na onze heropening
op maandag 23 november behandeld worden, in volgorde van ontvangst.

Voor het verlijden van akten of dringende dossiers kunt u contact opnemen
met het kantoor van notaris Van Damme, tel. 03 231 45 67.

Met de meeste hoogachting,

Het secretariaat
Notariskantoor Claes
Lange Nieuwstraat 12, 2000 Antwerpen
'''),

    ('nl', 'person-via-contact-form-7', 'correction', (), '''Return-Path: <wordpress@tuinblog.shop.example.be>
Received: from web03.hosting.example.be (web03.hosting.example.be [178.208.34.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp4Yt1kCnz7wLd
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 20:51:40 +0100 (CET)
Date: Wed, 18 Nov 2026 19:51:39 +0000
To: privacy@shop.example.be
From: Tuinblog van Shop <wordpress@tuinblog.shop.example.be>
Reply-To: Sofie Wouters <sofie.wouters@telenet.be>
Subject: Tuinblog van Shop "Privacy - mijn gegevens aanpassen"
Message-ID: <Kx2pR8tW0qVbN3mY7sL1cF4hD9gJ6aE5uZ0oI2wQ@tuinblog.shop.example.be>
X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Van: Sofie Wouters <sofie.wouters@telenet.be>
Onderwerp: Privacy - mijn gegevens aanpassen

Bericht:
Dag,

In mijn klantenaccount en op mijn klantenkaart staat mijn naam verkeerd: Sofie Wauters, maar het is Wouters met een o. Ook mijn adres klopt niet meer, ik ben verhuisd naar Kapelstraat 41 bus 2, 3000 Leuven. Kunnen jullie dat aanpassen? Ik krijg mijn pakjes nog op het oude adres.

Klantnummer 30019874

Bedankt!
Sofie

-- 
Deze e-mail is verzonden vanaf een contactformulier op Tuinblog van Shop (https://tuinblog.shop.example.be)
'''),

    ('nl', 'person-forwards-own-bounce', 'access', (), '''Received: from mailrelay.skynet.be (mailrelay.skynet.be [195.238.20.148])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq5Bp9vRfz3tKs
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 14:09:02 +0100 (CET)
From: Dirk Janssens <dirk.janssens@skynet.be>
To: privacy@shop.example.be
Subject: Fwd: Undelivered Mail Returned to Sender
Date: Sun, 22 Nov 2026 14:08:57 +0100
Message-ID: <2f0e6b58-4c1d-7a93-e8b2-91d0c3a5f7e4@skynet.be>
User-Agent: Mozilla Thunderbird
Content-Language: nl
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Goeiemiddag,

Mijn vorige mail is teruggekomen (ik had blijkbaar een streepje te veel
in het adres getypt), dus hier nog eens.

Ik wil graag weten welke persoonsgegevens jullie allemaal van mij
bijhouden en ik had daar graag een kopie van, zoals ik in mijn vorige
mail vroeg (zie hieronder).

Groeten,
Dirk Janssens
Mechelsesteenweg 201, 2830 Willebroek


-------- Doorgestuurd bericht --------
Onderwerp: 	Undelivered Mail Returned to Sender
Datum: 	Sun, 22 Nov 2026 13:51:16 +0100 (CET)
Van: 	MAILER-DAEMON@mailrelay.skynet.be (Mail Delivery System)
Aan: 	dirk.janssens@skynet.be

This is the mail system at host mailrelay.skynet.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                    The mail system

<privacy@shop-example.be>: Host or domain name not found. Name service error
    for name=shop-example.be type=A: Host not found

-------- Oorspronkelijk bericht --------
Onderwerp: Inzage in mijn gegevens
Datum: Sun, 22 Nov 2026 13:51:14 +0100
Van: Dirk Janssens <dirk.janssens@skynet.be>
Aan: privacy@shop-example.be

Geachte,

Op basis van artikel 15 van de AVG vraag ik inzage in alle
persoonsgegevens die u over mij verwerkt, en een kopie ervan.
Ik ben klant sinds 2019 en heb een klantenkaart.

Met vriendelijke groeten,
Dirk Janssens
'''),

    ('fr', 'orange-mailbox-full-deletion-confirmation', 'automated', (), '''Return-Path: <>
Received: from smtp-out26.orange.fr (smtp-out26.orange.fr [80.12.242.26])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn2Gd5hWkz9pRc
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 03:18:44 +0100 (CET)
Received: from localhost (localhost)
	by mwinf5d26.me-wanadoo.net with internal id 2LJi2y00C0vJ6qk03LJi0s;
	Thu, 12 Nov 2026 03:18:42 +0100
Date: Thu, 12 Nov 2026 03:18:42 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@orange.fr>
Message-Id: <202611120218.2LJi2y00C0vJ6qk03@mwinf5d26.me-wanadoo.net>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2LJi2y00C0vJ6qk03.1794449922/mwinf5d26.me-wanadoo.net"
Subject: Message non remis : Confirmation de la suppression de vos =?UTF-8?Q?donn=C3=A9es?=
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--2LJi2y00C0vJ6qk03.1794449922/mwinf5d26.me-wanadoo.net
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Ceci est un message automatique du serveur de messagerie d'Orange.

Votre message n'a pas pu =C3=AAtre remis au destinataire suivant :

    chantal.mercier62@orange.fr
    La bo=C3=AEte aux lettres du destinataire est pleine.

Le message a =C3=A9t=C3=A9 conserv=C3=A9 pendant 5 jours, sans succ=C3=A8s.=
 Nous vous
conseillons de contacter le destinataire par un autre moyen.

----

This is an automatically generated message from the Orange mail server.

Your message could not be delivered to the following recipient:

    chantal.mercier62@orange.fr
    Mailbox is full.

--2LJi2y00C0vJ6qk03.1794449922/mwinf5d26.me-wanadoo.net
Content-Type: message/delivery-status

Reporting-MTA: dns; mwinf5d26.me-wanadoo.net
Arrival-Date: Sat, 7 Nov 2026 03:18:39 +0100

Final-Recipient: RFC822; chantal.mercier62@orange.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: X-Unix; 552 5.2.2 Mailbox full
Last-Attempt-Date: Thu, 12 Nov 2026 03:18:42 +0100

--2LJi2y00C0vJ6qk03.1794449922/mwinf5d26.me-wanadoo.net
Content-Type: message/rfc822

From: Equipe Vie privée Shop <privacy@shop.example.be>
To: chantal.mercier62@orange.fr
Subject: Confirmation de la suppression de vos données
Date: Sat, 7 Nov 2026 03:18:30 +0100
Message-ID: <del-2026-1197-done@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Madame Mercier,

Comme vous nous l'avez demandé le 14 octobre (article 17 du RGPD), votre
compte client, votre carte de fidélité et votre abonnement à la newsletter
ont été supprimés. Nous conservons uniquement les factures, pendant la
durée imposée par la loi comptable belge (7 ans).

Si vous avez des questions, répondez simplement à ce message.

L'équipe Vie privée de Shop

--2LJi2y00C0vJ6qk03.1794449922/mwinf5d26.me-wanadoo.net--
'''),

    ('fr', 'outlook-autoreply-dpo', 'automated', (), '''Received: from PR3P192MB0761.EURP192.PROD.OUTLOOK.COM (2603:10a6:102:49::12)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp1Vb3hMsz6rWq
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 13:44:29 +0100 (CET)
From: =?iso-8859-1?Q?=C9lodie_Garnier?= <e.garnier@cuisines-lefebvre.fr>
To: =?iso-8859-1?Q?=C9quipe_Vie_priv=E9e_Shop?= <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Demande_d'effacement_transmise?=
 =?iso-8859-1?Q?_(art._19_RGPD)_-_client_61027?=
Thread-Topic: =?iso-8859-1?Q?Demande_d'effacement_transmise_(art._19_RGPD)_-_client_6?=
 =?iso-8859-1?Q?1027?=
Thread-Index: AQHbOLcN4n2pWkV0m0y9qXc7aL3F0A==
Date: Tue, 17 Nov 2026 12:44:27 +0000
Message-ID: <PR3P192MB07613F2A9C1D4E7B6A05C82AD9E41@PR3P192MB0761.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <fwd-del-61027@shop.example.be>
References: <fwd-del-61027@shop.example.be>
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Inbox-Rules-Loop: e.garnier@cuisines-lefebvre.fr
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_PR3P192MB07613F2A9C1D4E7B6A05C82AD9E41PR3P192MB0761EURP_"

--_000_PR3P192MB07613F2A9C1D4E7B6A05C82AD9E41PR3P192MB0761EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9uam91ciwKCkplIHN1aXMgYWJzZW50ZSBkdSBidXJlYXUganVzcXUnYXUgbHVuZGkgMjMgbm92
ZW1icmUgaW5jbHVzLCBhdmVjIHVuIGFjY8OocyBsaW1pdMOpIMOgIG1lcyBlLW1haWxzLgoKUG91
ciB0b3V0ZSBkZW1hbmRlIHVyZ2VudGUsIG1lcmNpIGRlIGNvbnRhY3RlciBsZSBzZXJ2aWNlIGp1
cmlkaXF1ZSDDoCBsJ2FkcmVzc2UganVyaWRpcXVlQGN1aXNpbmVzLWxlZmVidnJlLmZyIG91IGF1
IDAzIDIwIDQ0IDE4IDkwLgoKQ29yZGlhbGVtZW50LAoKw4lsb2RpZSBHYXJuaWVyCkTDqWzDqWd1
w6llIMOgIGxhIHByb3RlY3Rpb24gZGVzIGRvbm7DqWVzCkN1aXNpbmVzIExlZmVidnJlIFNBUwo=

--_000_PR3P192MB07613F2A9C1D4E7B6A05C82AD9E41PR3P192MB0761EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLEhlbHZldGljYSxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0O2NvbG9y
OnJnYigwLDAsMCkiPjxwPkJvbmpvdXIsPC9wPjxwPkplIHN1aXMgYWJzZW50ZSBkdSBidXJlYXUg
anVzcXUnYXUgbHVuZGkgMjMgbm92ZW1icmUgaW5jbHVzLCBhdmVjIHVuIGFjY8OocyBsaW1pdMOp
IMOgIG1lcyBlLW1haWxzLjwvcD48cD5Qb3VyIHRvdXRlIGRlbWFuZGUgdXJnZW50ZSwgbWVyY2kg
ZGUgY29udGFjdGVyIGxlIHNlcnZpY2UganVyaWRpcXVlIMOgIGwnYWRyZXNzZSBqdXJpZGlxdWVA
Y3Vpc2luZXMtbGVmZWJ2cmUuZnIgb3UgYXUgMDMgMjAgNDQgMTggOTAuPC9wPjxwPkNvcmRpYWxl
bWVudCw8L3A+PHA+w4lsb2RpZSBHYXJuaWVyPGJyPkTDqWzDqWd1w6llIMOgIGxhIHByb3RlY3Rp
b24gZGVzIGRvbm7DqWVzPGJyPkN1aXNpbmVzIExlZmVidnJlIFNBUzwvcD48L2Rpdj48L2JvZHk+
PC9odG1sPgo=

--_000_PR3P192MB07613F2A9C1D4E7B6A05C82AD9E41PR3P192MB0761EURP_--
'''),

    ('fr', 'sophos-email-quarantine-digest', 'automated', (), '''Received: from mx-01-eu-central-1.prod.hydra.sophos.com (mx-01-eu-central-1.prod.hydra.sophos.com [18.198.40.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp8Lh2cXtz3qNv
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 18:00:12 +0100 (CET)
Date: Thu, 19 Nov 2026 17:00:09 +0000
From: Sophos Email <do-not-reply@central.sophos.com>
To: privacy@shop.example.be
Message-ID: <1794934809.4471.quarantine-digest@central.sophos.com>
Subject: =?UTF-8?Q?R=C3=A9sum=C3=A9_de_la_quarantaine_:_3_nouveaux_messages?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_4471_92301.1794934809"
X-Sophos-Email-Digest: true

------=_Part_4471_92301.1794934809
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

R=C3=A9sum=C3=A9 de la quarantaine

Bonjour privacy@shop.example.be,

Les 3 messages suivants ont =C3=A9t=C3=A9 mis en quarantaine au cours des d=
erni=C3=A8res 24 heures. Ils seront supprim=C3=A9s automatiquement au bout =
de 30 jours.

Exp=C3=A9diteur : no-reply@colis-suivi-fr.info
Objet : Votre colis est en attente - frais de douane 1,99 EUR
Date : 19/11/2026 04:12
Raison : Spam

Exp=C3=A9diteur : yvette.roussel@laposte.net
Objet : Droit =C3=A0 l'effacement - suppression de mon compte
Date : 19/11/2026 09:58
Raison : Pi=C3=A8ce jointe suspecte

Exp=C3=A9diteur : factures@secure-paiement-pro.com
Objet : Facture impay=C3=A9e n=C2=B0 2026-8841
Date : 19/11/2026 11:20
Raison : Programme malveillant

Pour lib=C3=A9rer un message, connectez-vous au portail en libre-service :
https://portal.sophos.com/quarantine?lang=3Dfr

Ce message a =C3=A9t=C3=A9 envoy=C3=A9 automatiquement par Sophos Email. Me=
rci de ne pas y r=C3=A9pondre.

------=_Part_4471_92301.1794934809
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:13px">
<h2 style=3D"color:#005bc8">R=C3=A9sum=C3=A9 de la quarantaine</h2>
<p>Bonjour privacy@shop.example.be,</p>
<p>Les 3 messages suivants ont =C3=A9t=C3=A9 mis en quarantaine au cours de=
s derni=C3=A8res 24 heures. Ils seront supprim=C3=A9s automatiquement au bo=
ut de 30 jours.</p>
<table cellpadding=3D"5" border=3D"1" style=3D"border-collapse:collapse">
<tr style=3D"background:#eef"><th>Exp=C3=A9diteur</th><th>Objet</th><th>Dat=
e</th><th>Raison</th><th></th></tr>
<tr><td>no-reply@colis-suivi-fr.info</td><td>Votre colis est en attente - f=
rais de douane 1,99 EUR</td><td>19/11/2026 04:12</td><td>Spam</td><td><a hr=
ef=3D"https://portal.sophos.com/quarantine/release?m=3D7c1f">Lib=C3=A9rer</=
a></td></tr>
<tr><td>yvette.roussel@laposte.net</td><td>Droit =C3=A0 l'effacement - supp=
ression de mon compte</td><td>19/11/2026 09:58</td><td>Pi=C3=A8ce jointe su=
specte</td><td><a href=3D"https://portal.sophos.com/quarantine/release?m=3D=
a30e">Lib=C3=A9rer</a></td></tr>
<tr><td>factures@secure-paiement-pro.com</td><td>Facture impay=C3=A9e n=C2=
=B0 2026-8841</td><td>19/11/2026 11:20</td><td>Programme malveillant</td><t=
d></td></tr>
</table>
<p>Pour lib=C3=A9rer un message, connectez-vous au <a href=3D"https://porta=
l.sophos.com/quarantine?lang=3Dfr">portail en libre-service</a>.</p>
<p style=3D"color:#777;font-size:11px">Ce message a =C3=A9t=C3=A9 envoy=C3=
=A9 automatiquement par Sophos Email. Merci de ne pas y r=C3=A9pondre.</p>
</body></html>

------=_Part_4471_92301.1794934809--
'''),

    ('fr', 'sympa-moderation', 'automated', (), '''Return-Path: <sympa-request@listes.federation-jardineries.fr>
Received: from listes.federation-jardineries.fr (listes.federation-jardineries.fr [151.80.33.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn8Tg4yPbz1wKm
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 16:25:08 +0100 (CET)
Date: Fri, 13 Nov 2026 16:25:07 +0100
From: SYMPA <sympa@listes.federation-jardineries.fr>
Reply-To: SYMPA <sympa@listes.federation-jardineries.fr>
To: privacy@shop.example.be
Message-Id: <1794583507.2214.sympa@listes.federation-jardineries.fr>
Subject: =?UTF-8?Q?Message_pour_la_liste_rgpd-adherents_en_attente_de_mod=C3=A9ration?=
X-Loop: sympa@listes.federation-jardineries.fr
X-Sympa-Message-Id: <1794583507.2214.sympa@listes.federation-jardineries.fr>
Auto-Submitted: auto-replied
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message pour la liste rgpd-adherents a été transmis aux modérateurs
de la liste. Il sera distribué dès qu'un modérateur l'aura accepté.

Objet de votre message : RGPD - délai de réponse aux demandes d'effacement
transmises par les clients

Pour rappel, seuls les membres de la liste peuvent y écrire sans modération.
Pour vous abonner : mailto:sympa@listes.federation-jardineries.fr?subject=sub%20rgpd-adherents

--
Sympa - le gestionnaire de listes de diffusion
https://listes.federation-jardineries.fr/sympa
'''),

    ('fr', 'hubspot-ticket-ack-quoting-erasure', 'automated', (), '''Return-Path: <1axbr0jh0k3f9v2bq0w8mcq0nb0t8y1p5e6cxk-privacy=shop.example.be@bf07x.hubspotemail.net>
Received: from bid4b.hubspotemail.net (bid4b.hubspotemail.net [143.244.80.4])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp1Zd7sLnz2yGh
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 12:10:55 +0100 (CET)
Date: Tue, 17 Nov 2026 11:10:53 +0000
From: =?UTF-8?Q?Service_client_Arrosia?= <support@arrosia.fr>
Reply-To: support@arrosia.fr
To: privacy@shop.example.be
Message-ID: <1794913853412.c7e92b05-3f1d-4a80-b2e6-9d5c0a1f7e34@bf07x.hubspotemail.net>
Subject: =?UTF-8?Q?Nous_avons_bien_re=C3=A7u_votre_demande_[#18452736]?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_1133907_604211382.1794913853412"
X-HubSpot-Message-Type: TICKET_AUTO_REPLY
X-Report-Abuse-To: abuse@hubspot.com

------=_Part_1133907_604211382.1794913853412
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Merci de nous avoir contact=C3=A9s. Nous avons bien re=C3=A7u votre demande=
 et un membre de notre =C3=A9quipe vous r=C3=A9pondra dans les meilleurs d=
=C3=A9lais.

Num=C3=A9ro de ticket : 18452736

Rappel de votre message :

=C2=AB Madame, Monsieur,
Conform=C3=A9ment aux articles 17 et 19 du RGPD, nous vous demandons, en ta=
nt que destinataire de donn=C3=A9es clients, d'effacer les donn=C3=A9es de =
la cliente r=C3=A9f=C3=A9renc=C3=A9e 61027 (commande 100466210), qui a exer=
c=C3=A9 son droit =C3=A0 l'effacement aupr=C3=A8s de nous. Merci de nous co=
nfirmer la suppression par =C3=A9crit.
L'=C3=A9quipe Vie priv=C3=A9e de Shop =C2=BB

Ceci est un e-mail automatique, merci de ne pas y r=C3=A9pondre directement.

L'=C3=A9quipe Service client Arrosia

------=_Part_1133907_604211382.1794913853412
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"font-family:Helvetica,Arial,sans-serif;font-size:=
14px;color:#33475b"><p>Bonjour,</p><p>Merci de nous avoir contact=C3=A9s. N=
ous avons bien re=C3=A7u votre demande et un membre de notre =C3=A9quipe vo=
us r=C3=A9pondra dans les meilleurs d=C3=A9lais.</p><p>Num=C3=A9ro de ticke=
t : 18452736</p><p>Rappel de votre message :</p><p>=C2=AB Madame, Monsieur,=
<br>Conform=C3=A9ment aux articles 17 et 19 du RGPD, nous vous demandons, e=
n tant que destinataire de donn=C3=A9es clients, d'effacer les donn=C3=A9es=
 de la cliente r=C3=A9f=C3=A9renc=C3=A9e 61027 (commande 100466210), qui a =
exerc=C3=A9 son droit =C3=A0 l'effacement aupr=C3=A8s de nous. Merci de nou=
s confirmer la suppression par =C3=A9crit.<br>L'=C3=A9quipe Vie priv=C3=A9e=
 de Shop =C2=BB</p><p>Ceci est un e-mail automatique, merci de ne pas y r=
=C3=A9pondre directement.</p><p>L'=C3=A9quipe Service client Arrosia</p></d=
iv><img src=3D"https://track.hubspot.com/__ptq.gif?a=3D25418832&amp;k=3D14&=
amp;r=3Dhttps%3A%2F%2Fapp.hubspot.com" width=3D"1" height=3D"1" alt=3D""></=
body></html>

------=_Part_1133907_604211382.1794913853412--
'''),

    ('fr', 'person-html-only-webmail', 'portability', (), '''Received: from smtp-out.sfr.fr (smtp-out.sfr.fr [93.17.128.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq0Tw8xMcz5vRt
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 21:33:47 +0100 (CET)
Date: Fri, 20 Nov 2026 21:33:44 +0100 (CET)
From: Nathalie Brunet <nathalie.brunet59@sfr.fr>
To: privacy@shop.example.be
Message-ID: <1387219066.42190871.1794954824310.JavaMail.zimbra@sfr.fr>
Subject: =?utf-8?Q?r=C3=A9cup=C3=A9rer_mes_donn=C3=A9es?=
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF132 (Win)/8.8.15_GA_4581)
X-Originating-IP: [86.218.41.7]
Thread-Index: 3bKfQ9x0tWgA7nL4vYcE2sM1pH8zRq==
Thread-Topic: =?utf-8?Q?r=C3=A9cup=C3=A9rer_mes_donn=C3=A9es?=

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3DUTF-8"></head><body><div style=3D"font-family: arial, helvetica, sans-se=
rif; font-size: 12pt; color: #000000"><div>Bonjour,</div><div><br data-mce-=
bogus=3D"1"></div><div>Je suis cliente chez vous depuis plusieurs ann=C3=A9=
es (compte au nom de Nathalie Brunet, carte fid=C3=A9lit=C3=A9 2209 1187 35=
).</div><div>Je voudrais r=C3=A9cup=C3=A9rer toutes les donn=C3=A9es que j'=
ai fournies et celles li=C3=A9es =C3=A0 mes achats (historique des commande=
s, adresses, points fid=C3=A9lit=C3=A9) <strong>dans un format structur=C3=
=A9 et lisible par machine</strong>, un fichier CSV ou JSON par exemple, po=
ur pouvoir les transmettre =C3=A0 une autre enseigne. C'est mon droit =C3=
=A0 la portabilit=C3=A9 (article 20 du RGPD).</div><div><br data-mce-bogus=
=3D"1"></div><div>Si possible, envoyez-les directement =C3=A0 cette adresse=
.</div><div><br data-mce-bogus=3D"1"></div><div>Merci d'avance,</div><div>N=
athalie Brunet</div></div></body></html>
'''),

    ('fr', 'person-reuses-ndr-subject', 'deletion', (), '''Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05olkn2044.outbound.protection.outlook.com [40.92.91.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm5Fx2rJtz8wCd
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 18:20:14 +0100 (CET)
From: =?iso-8859-1?Q?G=E9rard_Collignon?= <gerard.collignon@outlook.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Non remis : Suppression de mon compte client
Thread-Topic: Non remis : Suppression de mon compte client
Thread-Index: AQHbMwpEdLk1n3OqBU6r0w2Xc8GZ7AAA
Date: Tue, 10 Nov 2026 17:20:11 +0000
Message-ID: <AM9PR10MB438852A0E7C1F93B6D2C4A18D8C12@AM9PR10MB4388.EURPRD10.PROD.OUTLOOK.COM>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je vous avais =E9crit le 9 novembre mais j'avais mis une mauvaise adresse e=
t mon message est revenu (voir ci-dessous). Je le renvoie donc :

Merci de supprimer mon compte client ainsi que toutes les donn=E9es personn=
elles que vous avez sur moi (nom, adresse, historique de commandes, carte d=
e fid=E9lit=E9). Je n'utilise plus votre boutique.

Bien =E0 vous,
G=E9rard Collignon
Rue des Alli=E9s 14, 4020 Li=E8ge

________________________________
De : Microsoft Outlook <postmaster@outlook.com>
Envoy=E9 : lundi 9 novembre 2026 19:02
=C0 : gerard.collignon@outlook.be
Objet : Non remis : Suppression de mon compte client

Votre message n'a pas pu =EAtre remis =E0 ces destinataires ou groupes :

privacy@shop.exemple.be
Le nom de domaine est introuvable. Il est possible qu'il ait =E9t=E9 mal or=
thographi=E9 ou qu'il n'existe pas.

Diagnostic information for administrators:
Generating server: AM9PR10MB4388.EURPRD10.PROD.OUTLOOK.COM
privacy@shop.exemple.be
Remote server returned '550 5.4.310 DNS domain shop.exemple.be does not exi=
st [Message=3DInfoDomainNonexistent]'
'''),

    ('de', 'gmx-dsn-mailbox-full-identity-check', 'automated', (), '''Return-Path: <>
Received: from mout.gmx.net (mout.gmx.net [212.227.17.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm1Kc8nBvz4sTr
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:41:33 +0100 (CET)
Date: Thu, 5 Nov 2026 10:41:31 +0100
From: "Mail Delivery System" <mailer-daemon@gmx.net>
To: privacy@shop.example.be
Subject: Unzustellbar: Bitte =?UTF-8?Q?best=C3=A4tigen_Sie_Ihre_Identit=C3=A4t?= - Auskunftsersuchen PR-2026-1191
Message-ID: <dsn.1fMvH2-1uQ9kt0Xyz-00pWcR@mout.gmx.net>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="--=_dsn_1fMvH2-1uQ9kt0Xyz"
X-UI-Out-Filterresults: notjunk:1;V03:K0:Qp8RzX1mN0k=:aT3x

----=_dsn_1fMvH2-1uQ9kt0Xyz
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hallo,

dies ist eine automatisch erstellte Benachrichtigung =C3=BCber den Zustells=
tatus.

Die Zustellung an folgende Empf=C3=A4nger ist fehlgeschlagen:

    m.huber-lindau@gmx.de
    Das Postfach des Empf=C3=A4ngers ist voll (mailbox quota exceeded).

Ihre E-Mail wurde nicht zugestellt. Bitte versuchen Sie es sp=C3=A4ter erne=
ut
oder wenden Sie sich auf einem anderen Weg an den Empf=C3=A4nger.

Technische Details:
    host mx00.emig.gmx.net [212.227.15.9] said:
    552 5.2.2 Requested mail action aborted: exceeded storage allocation

--=20
GMX Mail-System

----=_dsn_1fMvH2-1uQ9kt0Xyz
Content-Type: message/delivery-status

Reporting-MTA: dns; mout.gmx.net
Arrival-Date: Thu, 5 Nov 2026 10:41:28 +0100

Final-Recipient: rfc822; m.huber-lindau@gmx.de
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx00.emig.gmx.net
Diagnostic-Code: smtp; 552 5.2.2 Requested mail action aborted: exceeded storage allocation

----=_dsn_1fMvH2-1uQ9kt0Xyz
Content-Type: text/rfc822-headers

From: Shop Datenschutzteam <privacy@shop.example.be>
To: m.huber-lindau@gmx.de
Subject: =?UTF-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_Identit=C3=A4t_-_Auskunftsersuchen_PR-2026-1191?=
Date: Thu, 5 Nov 2026 10:41:25 +0100
Message-ID: <idv-2026-1191-1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

----=_dsn_1fMvH2-1uQ9kt0Xyz--
'''),

    ('de', 'outlook-autoreply-utility', 'automated', (), '''Received: from FR4P281MB3510.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:d3::8)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn3Xr6kPdz1rMs
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:02:47 +0100 (CET)
From: =?iso-8859-1?Q?Kr=E4mer=2C_Thomas?= <t.kraemer@stadtwerke-eschweiler.example.de>
To: Shop Datenschutzteam <privacy@shop.example.be>
Subject: Automatische Antwort: Widerspruch gegen Werbung - Kundennummer 40021877
Thread-Topic: Widerspruch gegen Werbung - Kundennummer 40021877
Thread-Index: AQHbNQ1c8RkVhT2w4E+3sN0xQyTFlQ==
Date: Thu, 12 Nov 2026 15:02:45 +0000
Message-ID: <FR4P281MB3510D1A2B3C4E5F60718293AD1234@FR4P281MB3510.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <obj-40021877-fwd@shop.example.be>
References: <obj-40021877-fwd@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Inbox-Rules-Loop: t.kraemer@stadtwerke-eschweiler.example.de
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_FR4P281MB3510D1A2B3C4E5F60718293AD1234FR4P281MB3510DEUP_"

--_000_FR4P281MB3510D1A2B3C4E5F60718293AD1234FR4P281MB3510DEUP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=FCr Ihre Nachricht. Ich bin bis einschlie=DFlich 27.11.2026 n=
icht im B=FCro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wi=
rd nicht weitergeleitet.

In dringenden F=E4llen wenden Sie sich bitte an unseren Datenschutzbeauftra=
gten unter datenschutz@stadtwerke-eschweiler.example.de oder telefonisch un=
ter 02403 796-0.

Mit freundlichen Gr=FC=DFen
Thomas Kr=E4mer
Stadtwerke Eschweiler GmbH

--_000_FR4P281MB3510D1A2B3C4E5F60718293AD1234FR4P281MB3510DEUP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body lang=3D"DE"><div class=3D"WordSection1"><p class=3D"=
MsoNormal">Sehr geehrte Damen und Herren,</p><p class=3D"MsoNormal">vielen =
Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich 27.11.2026 ni=
cht im B=C3=BCro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht =
wird nicht weitergeleitet.</p><p class=3D"MsoNormal">In dringenden F=C3=A4l=
len wenden Sie sich bitte an unseren Datenschutzbeauftragten unter datensch=
utz@stadtwerke-eschweiler.example.de oder telefonisch unter 02403 796-0.</p=
><p class=3D"MsoNormal">Mit freundlichen Gr=C3=BC=C3=9Fen<br>Thomas Kr=C3=
=A4mer<br>Stadtwerke Eschweiler GmbH</p></div></body></html>

--_000_FR4P281MB3510D1A2B3C4E5F60718293AD1234FR4P281MB3510DEUP_--
'''),

    ('de', 'hcl-domino-out-of-office', 'automated', (), '''Received: from mail.gartenmoebel-vogel.de (mail.gartenmoebel-vogel.de [85.214.133.27])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp3Mw1tJcz7qHp
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 08:04:26 +0100 (CET)
Auto-Submitted: auto-generated
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Gerhard_Vogel_ist_au=DFer_Haus=2E?=
From: Gerhard Vogel <g.vogel@gartenmoebel-vogel.de>
Date: Wed, 18 Nov 2026 08:04:24 +0100
Message-ID: <OFA71C3E2B.5D0F8841-ONC1258C8F.00267F1A-C1258C8F.00267F1B@gartenmoebel-vogel.de>
X-Mailer: HCL Notes Build V1201_05262023 May 26, 2023
X-MIMETrack: Serialize by Router on SRVDOM01/GartenmoebelVogel(Release 12.0.2FP2|May 26, 2023) at
 18.11.2026 08:04:24
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable


Ich werde ab  16.11.2026 nicht im B=FCro sein. Ich kehre zur=FCck am
30.11.2026.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden
F=E4llen wenden Sie sich bitte an Frau Sabine Roth (s.roth@gartenmoebel-vog=
el.de,
Tel. 0711 88 42 10).
'''),

    ('de', 'znuny-ticket-autoreply-quoting-erasure', 'automated', (), '''Return-Path: <service@gartenwelt-logistik.de>
Received: from ticket.gartenwelt-logistik.de (ticket.gartenwelt-logistik.de [88.99.71.205])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn1Pq2hSxz9vLw
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:00:41 +0100 (CET)
From: "Kundenservice Gartenwelt Logistik" <service@gartenwelt-logistik.de>
To: privacy@shop.example.be
Subject: [Ticket#2026111210000417] =?UTF-8?Q?Eingangsbest=C3=A4tigung=3A_L=C3=B6schung?=
 Kundendaten gem. Art. 17 DSGVO
Date: Thu, 12 Nov 2026 10:00:39 +0100
Message-ID: <1794474039.982117.442013712.4417.3@ticket.gartenwelt-logistik.de>
In-Reply-To: <fwd-del-40019352@shop.example.be>
References: <fwd-del-40019352@shop.example.be>
X-Loop: yes
X-OTRS-Loop: yes
Auto-Submitted: auto-replied
Precedence: bulk
X-Mailer: Znuny Mail Service (6.5.x)
X-Powered-By: Znuny (https://www.znuny.org/)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Disposition: inline

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen u=
nd wird unter der Ticketnummer 2026111210000417 bearbeitet. Bitte geben Sie=
 diese Nummer bei R=C3=BCckfragen im Betreff an.

Ihre Nachricht:

> Guten Tag,
>
> gem=C3=A4=C3=9F Art. 17 und Art. 19 DSGVO bitten wir Sie als unseren
> Auftragsverarbeiter, s=C3=A4mtliche personenbezogenen Daten des Kunden
> mit der Kundennummer 40019352 (Lieferadresse, Telefonnummer,
> Sendungsverlauf) zu l=C3=B6schen und uns die L=C3=B6schung schriftlich zu
> best=C3=A4tigen.
>
> Mit freundlichen Gr=C3=BC=C3=9Fen
> Shop Datenschutzteam

Mit freundlichen Gr=C3=BC=C3=9Fen

Ihr Kundenservice
Gartenwelt Logistik GmbH

--
Dies ist eine automatisch generierte Nachricht. Bitte antworten Sie nur, we=
nn Sie weitere Informationen zu Ihrer Anfrage haben.
'''),

    ('de', 'challenge-response-sender-verification', 'automated', (), '''Return-Path: <>
Received: from out2.netzschild-mail.de (out2.netzschild-mail.de [195.201.77.160])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qr1Vk4gLbz6wNc
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 14:12:39 +0100 (CET)
Date: Tue, 24 Nov 2026 14:12:37 +0100
From: NetzSchild Mailschutz <bestaetigung@netzschild-mail.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Bitte_best=C3=A4tigen_Sie_Ihre_E-Mail_an_h=2Eschmitt=40schmitt-gartenbau=2Ede?=
Message-ID: <cr-7Hq2mW0xLr5tK9pB@netzschild-mail.de>
In-Reply-To: <acc-2026-1301-export@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

Ihre E-Mail an h.schmitt@schmitt-gartenbau.de wurde vorläufig zurückgehalten.

Der Empfänger verwendet den Spamschutz von NetzSchild. Damit wir sicher sein können, dass Sie ein Mensch und kein Spam-Programm sind, bestätigen Sie bitte einmalig Ihre Absenderadresse. Klicken Sie dazu auf den folgenden Link und geben Sie die angezeigten Zeichen ein:

https://verify.netzschild-mail.de/c/7Hq2mW0xLr5tK9pB

Nach der Bestätigung wird Ihre Nachricht sofort zugestellt, und alle künftigen Nachrichten von Ihnen werden ohne Verzögerung ausgeliefert. Wird die Adresse nicht innerhalb von 7 Tagen bestätigt, wird die Nachricht gelöscht.

Zurückgehaltene Nachricht:
  Betreff: Ihr Auskunftsersuchen nach Art. 15 DSGVO - Ihre Daten
  Datum:   24.11.2026 14:12

Dies ist eine automatisch erzeugte Nachricht. Antworten auf diese E-Mail werden nicht gelesen.

NetzSchild Mailschutz - https://www.netzschild-mail.de
'''),

    ('de', 'person-replies-to-our-autoreply', 'restriction', (), '''Received: from mailout03.t-online.de (mailout03.t-online.de [194.25.134.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq9Ct5nWrz2pXk
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 19:26:11 +0100 (CET)
From: =?iso-8859-1?Q?J=FCrgen_Beck?= <juergen.beck@t-online.de>
To: "'Shop Datenschutz'" <privacy@shop.example.be>
References: <ack-PR-2026-1317@shop.example.be>
In-Reply-To: <ack-PR-2026-1317@shop.example.be>
Subject: =?iso-8859-1?Q?AW:_Eingangsbest=E4tigung:_Ihre_Anfrage_zum_Datenschutz_?=
 =?iso-8859-1?Q?[PR-2026-1317]?=
Date: Mon, 23 Nov 2026 19:26:05 +0100
Message-ID: <001f01db3dd7$a2c41e30$e84c5a90$@t-online.de>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbPdOQwzsdK3c1l0CU3Qh/oUL5Ag==
Content-Language: de

Hallo,

danke f=FCr die automatische Best=E4tigung. Eine Erg=E4nzung zu meiner Anfr=
age:

Solange Sie pr=FCfen, welche Adresse nun richtig ist, m=F6chte ich, dass me=
ine Daten nicht weiter verwendet werden, also keine Werbung, keine Auswertu=
ng, kein Versand an Partner. Bitte schr=E4nken Sie die Verarbeitung nach Ar=
t. 18 DSGVO ein, bis die Sache gekl=E4rt ist. L=F6schen sollen Sie bitte ni=
chts, ich brauche die Rechnungen noch f=FCr die Garantie.

Viele Gr=FC=DFe
J=FCrgen Beck

-----Urspr=FCngliche Nachricht-----
Von: Shop Datenschutz <privacy@shop.example.be>=20
Gesendet: Montag, 23. November 2026 09:14
An: juergen.beck@t-online.de
Betreff: Eingangsbest=E4tigung: Ihre Anfrage zum Datenschutz [PR-2026-1317]

Dies ist eine automatische Best=E4tigung. Bitte antworten Sie nicht auf die=
se E-Mail.

Wir haben Ihre Nachricht erhalten und bearbeiten sie innerhalb von 30 Tagen.
Ihr Zeichen: PR-2026-1317

Ihr Shop Datenschutzteam
'''),

    ('de', 'person-stop-automatic-emails-webde', 'withdraw_consent', (), '''Received: from mout.web.de (mout.web.de [212.227.15.4])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qr4Hs7bTqz1mKw
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 08:51:22 +0100 (CET)
MIME-Version: 1.0
Message-ID: <trinity-6f1c2a8e-b0d4-4f37-9e65-d2a0c7b15e83-1795593077846@3c-app-webde-bap42>
From: =?UTF-8?Q?Renate_Schulte-Br=C3=A4uning?= <r.schulte-braeuning@web.de>
To: privacy@shop.example.be
Subject: Bitte keine automatischen E-Mails mehr
Content-Type: text/html; charset=UTF-8
Date: Wed, 25 Nov 2026 08:51:17 +0100
Importance: normal
Sensitivity: Normal
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
X-Provags-ID: V03:K1:Hc2d8Ff0Wq1LzR4x9nTt7yKs3mV5bP0aJ6eG2uN8cXo=
X-UI-Message-Type: mail

<html><head></head><body><div style=3D"font-family: Verdana;font-size: 12.0=
px;"><div>Guten Tag,</div>

<div>&nbsp;</div>

<div>ich bekomme von Ihnen st=C3=A4ndig diese automatischen E-Mails: den Ne=
wsletter, &quot;Ihr Warenkorb wartet auf Sie&quot;, Geburtstagsgutscheine, =
&quot;Das k=C3=B6nnte Ihnen auch gefallen&quot; usw.</div>

<div>&nbsp;</div>

<div>Ich widerrufe hiermit meine Einwilligung in den Erhalt von Werbe-E-Mai=
ls und bitte Sie, mir keine solchen Mails mehr zu schicken. Mein Kundenkont=
o soll bestehen bleiben, Bestellbest=C3=A4tigungen und Rechnungen m=C3=B6ch=
te ich weiterhin bekommen.</div>

<div>&nbsp;</div>

<div>Mit freundlichen Gr=C3=BC=C3=9Fen</div>

<div>Renate Schulte-Br=C3=A4uning</div></div></body></html>
'''),

    ('es', 'movistar-dsn-access-ack', 'automated', (), '''Return-Path: <>
Received: from smtp-out.movistar.es (smtp-out.movistar.es [80.58.61.250])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn5Rb0wTfz4xLp
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 06:30:18 +0100 (CET)
Date: Fri, 13 Nov 2026 06:30:16 +0100
From: Sistema de entrega de correo <MAILER-DAEMON@movistar.es>
To: privacy@shop.example.be
Subject: Mensaje no entregado: Hemos recibido su solicitud de acceso a sus datos
Message-ID: <20261113053016.D4A2E1C0081@smtp-out.movistar.es>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="D4A2E1C0081.1794547816/smtp-out.movistar.es"

This is a MIME-encapsulated message.

--D4A2E1C0081.1794547816/smtp-out.movistar.es
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Este es un mensaje generado automáticamente por el sistema de correo de Movistar.

No ha sido posible entregar su mensaje a los siguientes destinatarios:

  <pilar.navarro.gil@movistar.es>
  Motivo: el buzón del destinatario está lleno (552 5.2.2 Quota exceeded).

Se intentó la entrega durante 72 horas sin éxito. El mensaje original se adjunta a continuación.

Por favor, no responda a este mensaje.

--D4A2E1C0081.1794547816/smtp-out.movistar.es
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out.movistar.es
X-Postfix-Queue-ID: D4A2E1C0081
Arrival-Date: Tue, 10 Nov 2026 06:30:09 +0100 (CET)

Final-Recipient: rfc822; pilar.navarro.gil@movistar.es
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded

--D4A2E1C0081.1794547816/smtp-out.movistar.es
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Equipo de Privacidad de Shop <privacy@shop.example.be>
To: pilar.navarro.gil@movistar.es
Subject: Hemos recibido su solicitud de acceso a sus datos
Date: Tue, 10 Nov 2026 06:30:05 +0100
Message-ID: <ack-PR-2026-1251@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimada Sra. Navarro:

Hemos recibido su solicitud de acceso a sus datos personales (artículo 15
del RGPD). Le responderemos en el plazo de un mes.

Referencia: PR-2026-1251

Equipo de Privacidad de Shop

--D4A2E1C0081.1794547816/smtp-out.movistar.es--
'''),

    ('es', 'outlook-autoreply-ayuntamiento', 'automated', (), '''Received: from MRZP264MB2133.FRAP264.PROD.OUTLOOK.COM (2603:10a6:501:1f::6)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq2Pk9dRsz5tBm
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 10:12:50 +0100 (CET)
From: =?iso-8859-1?Q?Marta_Iglesias_Rold=E1n?= <migl@ayto-alcobendas.example.es>
To: Equipo de Privacidad de Shop <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Confirmaci=F3n_de_identidad_-_solic?=
 =?iso-8859-1?Q?itud_PR-2026-1288?=
Thread-Topic: =?iso-8859-1?Q?Confirmaci=F3n_de_identidad_-_solicitud_PR-2026-1288?=
Thread-Index: AQHbOnKz3wq0eD5yGkmSzCw7nLh1tg==
Date: Fri, 20 Nov 2026 09:12:48 +0000
Message-ID: <MRZP264MB2133B8E1F7D6C5A4930281EFA1B72@MRZP264MB2133.FRAP264.PROD.OUTLOOK.COM>
In-Reply-To: <idv-2026-1288-1@shop.example.be>
References: <idv-2026-1288-1@shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Inbox-Rules-Loop: migl@ayto-alcobendas.example.es
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_MRZP264MB2133B8E1F7D6C5A4930281EFA1B72MRZP264MB2133FRAP_"

--_000_MRZP264MB2133B8E1F7D6C5A4930281EFA1B72MRZP264MB2133FRAP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenos d=EDas:

Estar=E9 fuera de la oficina hasta el lunes 30 de noviembre, sin acceso al =
correo electr=F3nico.

Para asuntos urgentes puede dirigirse a registro@ayto-alcobendas.example.es=
 o llamar al 91 659 76 00.

Un saludo,

Marta Iglesias Rold=E1n
Delegada de Protecci=F3n de Datos
Ayuntamiento

--_000_MRZP264MB2133B8E1F7D6C5A4930281EFA1B72MRZP264MB2133FRAP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><div style=3D"font-family:Calibri,Arial,Helvetica,sa=
ns-serif;font-size:12pt"><p>Buenos d=EDas:</p><p>Estar=E9 fuera de la ofici=
na hasta el lunes 30 de noviembre, sin acceso al correo electr=F3nico.</p><=
p>Para asuntos urgentes puede dirigirse a registro@ayto-alcobendas.example.=
es o llamar al 91 659 76 00.</p><p>Un saludo,</p><p>Marta Iglesias Rold=E1n=
<br>Delegada de Protecci=F3n de Datos<br>Ayuntamiento</p></div></body></htm=
l>

--_000_MRZP264MB2133B8E1F7D6C5A4930281EFA1B72MRZP264MB2133FRAP_--
'''),

    ('es', 'gmail-vacation-re-subject', 'automated', (), '''Received: by mail-sor-f69.google.com with SMTP (Google Transport Security) id 5b1f17b1804b1-4316a3c9e51sor7712085e9.0
        for <privacy@shop.example.be>; Wed, 18 Nov 2026 03:17:09 -0800 (PST)
MIME-Version: 1.0
References: <del-2026-1279-verify@shop.example.be>
In-Reply-To: <del-2026-1279-verify@shop.example.be>
Auto-Submitted: auto-replied
From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_Ortega?= <lucia.fdez.ortega@gmail.com>
Date: Wed, 18 Nov 2026 03:17:08 -0800
Message-ID: <CAK2vLm0Vq9h3e4R5bWx+Z1dQn8JtY7sFp6cK0uGa2XoE3rMw1g@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Verificaci=C3=B3n_de_identidad_=E2=80=93_solicitud_de_supresi=C3=B3n_de_datos?=
To: Equipo de Privacidad de Shop <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="0000000000004e7b910627a3c58d"

--0000000000004e7b910627a3c58d
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola,
Estoy de vacaciones hasta el 25 de noviembre y casi no miro el correo. Te c=
ontesto a la vuelta.
Un saludo,
Luc=C3=ADa

--0000000000004e7b910627a3c58d
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola,<div>Estoy de vacaciones hasta el 25 de noviembre y c=
asi no miro el correo. Te contesto a la vuelta.</div><div>Un saludo,</div><=
div>Luc=C3=ADa</div></div>

--0000000000004e7b910627a3c58d--
'''),

    ('es', 'zendesk-ack-quoting-objection', 'automated', (), '''Return-Path: <soporte+id48872@publicitasmedia.zendesk.com>
Received: from outbyip2.pod19.euc1.zdsys.com (outbyip2.pod19.euc1.zdsys.com [188.172.138.2])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp8Gn3vWkz1sFd
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 11:48:37 +0100 (CET)
Date: Thu, 19 Nov 2026 10:48:35 +0000
From: Soporte Publicitas Media <soporte@publicitasmedia.zendesk.com>
Reply-To: Soporte Publicitas Media <soporte+id48872@publicitasmedia.zendesk.com>
To: Equipo de Privacidad de Shop <privacy@shop.example.be>
Message-ID: <K4D7WN9P2QE_673c6ea3b1c2d_2a9f0_sprut@zendesk.com>
In-Reply-To: <obj-66120-fwd@shop.example.be>
Subject: =?UTF-8?Q?[Publicitas_Media]_Re:_Oposici=C3=B3n_al_tratamiento_con_fines_publicitarios_-_cliente_66120?=
Mime-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 2f9a04c
X-Zendesk-Email-Id: 01JD2X7W3KQ9N8R5T0V6M4BYHC
Auto-Submitted: auto-generated

##- Escriba su respuesta encima de esta l=C3=ADnea -##

Su solicitud (48872) ha sido recibida y est=C3=A1 siendo revisada por nuest=
ro personal de soporte.

Para a=C3=B1adir comentarios adicionales, responda a este correo electr=C3=
=B3nico.

----------------------------------------------

Equipo de Privacidad de Shop, 19 nov. 2026, 11:48 CET

Buenos d=C3=ADas:

Uno de nuestros clientes (referencia 66120) se ha opuesto al uso de sus dat=
os con fines publicitarios (art=C3=ADculo 21 del RGPD). Les rogamos que dej=
en de utilizar los identificadores de este cliente en sus audiencias y camp=
a=C3=B1as de retargeting y que lo a=C3=B1adan a su lista de exclusi=C3=B3n.

Un saludo,
Equipo de Privacidad de Shop

--------------------------------
Este correo electr=C3=B3nico es un servicio de Publicitas Media. Con la tec=
nolog=C3=ADa de Zendesk

[K4D7WN-9P2QE]
'''),

    ('es', 'person-via-typeform-notification', 'deletion', ('withdraw_consent',), '''Return-Path: <bounces+2190431-8c1a-privacy=shop.example.be@em.typeform.com>
Received: from o3.em.typeform.com (o3.em.typeform.com [168.245.13.87])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq6Dz1mNbz3wTr
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 22:05:44 +0100 (CET)
Date: Sun, 22 Nov 2026 21:05:42 +0000
From: Typeform <notifications@typeform.io>
Reply-To: carmen.ruiz.m@hotmail.es
To: privacy@shop.example.be
Message-ID: <3f9e1a7c-2b84-4d05-9c61-e8a0d7b4f253@typeform.io>
Subject: =?UTF-8?Q?Nueva_solicitud_de_privacidad:_Carmen_Ruiz_Medina?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_9f4c2d7e0a31"
X-SG-EID: u001.kL2pQ8vR3xT0mN6sY1bH9wF4cZ7eJ5aD0gU2iO8rV3q=

--b1_9f4c2d7e0a31
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Nueva respuesta en Formulario de privacidad

=C2=BFC=C3=B3mo te llamas?
Carmen Ruiz Medina

=C2=BFCu=C3=A1l es tu correo electr=C3=B3nico?
carmen.ruiz.m@hotmail.es

=C2=BFQu=C3=A9 quieres pedirnos?
Borrar mis datos

Cu=C3=A9ntanos un poco m=C3=A1s
Hola, quiero que borr=C3=A9is mi cuenta y todos mis datos, y que dej=C3=A9i=
s de mandarme el bolet=C3=ADn, que me apunt=C3=A9 sin querer al hacer un pe=
dido. Gracias

Ver todas las respuestas: https://admin.typeform.com/form/Xp3kR7Lq/results#=
responses

Typeform =C2=B7 No respondas a este correo

--b1_9f4c2d7e0a31
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif"><p>Nueva respu=
esta en Formulario de privacidad</p><p>=C2=BFC=C3=B3mo te llamas?<br>Carmen=
 Ruiz Medina</p><p>=C2=BFCu=C3=A1l es tu correo electr=C3=B3nico?<br>carmen=
.ruiz.m@hotmail.es</p><p>=C2=BFQu=C3=A9 quieres pedirnos?<br>Borrar mis dat=
os</p><p>Cu=C3=A9ntanos un poco m=C3=A1s<br>Hola, quiero que borr=C3=A9is m=
i cuenta y todos mis datos, y que dej=C3=A9is de mandarme el bolet=C3=ADn, =
que me apunt=C3=A9 sin querer al hacer un pedido. Gracias</p><p>Ver todas l=
as respuestas: https://admin.typeform.com/form/Xp3kR7Lq/results#responses</=
p><p>Typeform =C2=B7 No respondas a este correo</p></body></html>

--b1_9f4c2d7e0a31--
'''),

    ('es', 'person-adds-request-on-ticket-ack', 'objection', (), '''Received: by mail-wm1-f47.google.com with SMTP id 5b1f17b1804b1-43169b7c0e2so30441275e9.1
        for <privacy@shop.example.be>; Tue, 17 Nov 2026 12:40:58 -0800 (PST)
MIME-Version: 1.0
References: <tkt-48377-ack@shop.example.be>
In-Reply-To: <tkt-48377-ack@shop.example.be>
From: =?UTF-8?Q?I=C3=B1aki_Etxeberria?= <inaki.etxeberria.z@gmail.com>
Date: Tue, 17 Nov 2026 21:40:44 +0100
Message-ID: <CAH4pX2m8Lr0q+Tn5vB7wKz3cE1sG9dY6fJ0uQa4iMo2nRtV8hw@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_=5BTicket_=2348377=5D_Hemos_recibido_su_solicitud?=
To: Privacidad Shop <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola,

Sobre mi solicitud (ticket 48377), quiero a=C3=B1adir otra cosa:

Me opongo a que us=C3=A9is mi historial de compras para mandarme publicidad=
 personalizada y a que compart=C3=A1is mis datos con vuestros socios de pub=
licidad (Facebook, Google, etc.). Dejad de hacerlo, por favor.

Gracias,
I=C3=B1aki Etxeberria

El lun, 16 nov 2026 a las 10:21, Privacidad Shop (<privacy@shop.example.be>=
) escribi=C3=B3:

> [Ticket #48377] Hemos recibido su solicitud
>
> Este es un mensaje autom=C3=A1tico. Hemos recibido su solicitud y la
> atenderemos en un plazo m=C3=A1ximo de un mes. No responda a este correo.
>
> Equipo de Privacidad de Shop
'''),

    ('it', 'libero-dsn-over-quota-identity-check', 'automated', (), '''Return-Path: <>
Received: from smtp-out01.libero.it (smtp-out01.libero.it [213.209.10.80])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn0Wc2tLxz7rVb
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 09:07:30 +0100 (CET)
Date: Wed, 11 Nov 2026 09:07:28 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@libero.it>
To: privacy@shop.example.be
Subject: Messaggio non recapitato: Conferma la tua =?UTF-8?Q?identit=C3=A0?= - richiesta PR-2026-1207
Message-ID: <20261111080728.3B1F25A0094@smtp-out01.libero.it>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3B1F25A0094.1794384448/smtp-out01.libero.it"

--3B1F25A0094.1794384448/smtp-out01.libero.it
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile utente,

il messaggio che hai inviato non =C3=A8 stato recapitato ai seguenti destin=
atari:

  giorgia.santoro78@libero.it
  Casella del destinatario piena (552 5.2.2 mailbox over quota)

Il sistema ha tentato la consegna per 5 giorni senza successo.
Trovi in allegato le intestazioni del messaggio originale.

Questo =C3=A8 un messaggio generato automaticamente, non rispondere.

Libero Mail - Italiaonline S.p.A.

--3B1F25A0094.1794384448/smtp-out01.libero.it
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-out01.libero.it
Arrival-Date: Fri, 6 Nov 2026 09:07:21 +0100

Final-Recipient: rfc822; giorgia.santoro78@libero.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox over quota

--3B1F25A0094.1794384448/smtp-out01.libero.it
Content-Type: text/rfc822-headers

From: Team Privacy di Shop <privacy@shop.example.be>
To: giorgia.santoro78@libero.it
Subject: =?UTF-8?Q?Conferma_la_tua_identit=C3=A0_-_richiesta_PR-2026-1207?=
Date: Fri, 6 Nov 2026 09:07:18 +0100
Message-ID: <idv-2026-1207-1@shop.example.be>

--3B1F25A0094.1794384448/smtp-out01.libero.it--
'''),

    ('it', 'aruba-pec-mancata-consegna', 'automated', (), '''Return-Path: <>
Received: from smtpdh.pec.aruba.it (smtpdh.pec.aruba.it [80.88.82.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp1Jr6kMqz9sHn
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 11:42:09 +0100 (CET)
Date: Tue, 17 Nov 2026 11:42:07 +0100
From: "Per conto di: posta-certificata@pec.aruba.it" <posta-certificata@pec.aruba.it>
To: privacy@shop.example.be
Subject: AVVISO DI MANCATA CONSEGNA: Richiesta di cancellazione dati cliente 71188 (art. 17 e 19 GDPR)
Message-ID: <opec21036.20261117114207.188213.613.1.59@pec.aruba.it>
X-Riferimento-Message-ID: <fwd-del-71188@shop.example.be>
X-Ricevuta: errore-consegna
X-Trasporto: errore
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_188213_1904.1794915727"

------=_Part_188213_1904.1794915727
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Avviso di mancata consegna

Il giorno 17/11/2026 alle ore 11:42:05 (+0100) nel messaggio
"Richiesta di cancellazione dati cliente 71188 (art. 17 e 19 GDPR)" proveni=
ente da "privacy@shop.example.be"
e destinato all'utente "amministrazione@pec.vivairossi.it"
=E8 stato rilevato un problema che ne impedisce la consegna.
Il sistema ha rilevato che il messaggio non proviene da una casella di Post=
a Elettronica Certificata.
La casella del destinatario =E8 configurata per non accettare messaggi di p=
osta ordinaria.
Il messaggio non =E8 stato consegnato.

Identificativo messaggio: opec21036.20261117114205.188213.612.1.58@pec.arub=
a.it

------=_Part_188213_1904.1794915727
Content-Type: application/xml; name=daticert.xml
Content-Disposition: inline; filename=daticert.xml
Content-Transfer-Encoding: base64

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPHBvc3RhY2VydCB0aXBvPSJl
cnJvcmUtY29uc2VnbmEiIGVycm9yZT0iYWx0cm8iPgo8aW50ZXN0YXppb25lPjxtaXR0ZW50ZT5w
cml2YWN5QHNob3AuZXhhbXBsZS5iZTwvbWl0dGVudGU+PGRlc3RpbmF0YXJpIHRpcG89ImNlcnRp
ZmljYXRvIj5hbW1pbmlzdHJhemlvbmVAcGVjLnZpdmFpcm9zc2kuaXQ8L2Rlc3RpbmF0YXJpPjxy
aXNwb3N0ZT5wcml2YWN5QHNob3AuZXhhbXBsZS5iZTwvcmlzcG9zdGU+PG9nZ2V0dG8+UmljaGll
c3RhIGRpIGNhbmNlbGxhemlvbmUgZGF0aSBjbGllbnRlIDcxMTg4IChhcnQuIDE3IGUgMTkgR0RQ
Uik8L29nZ2V0dG8+PC9pbnRlc3RhemlvbmU+CjxkYXRpPjxnZXN0b3JlLWVtaXR0ZW50ZT5BUlVC
QSBQRUMgUy5wLkEuPC9nZXN0b3JlLWVtaXR0ZW50ZT48ZGF0YSB6b25hPSIrMDEwMCI+PGdpb3Ju
bz4xNy8xMS8yMDI2PC9naW9ybm8+PG9yYT4xMTo0MjowNzwvb3JhPjwvZGF0YT48aWRlbnRpZmlj
YXRpdm8+b3BlYzIxMDM2LjIwMjYxMTE3MTE0MjA1LjE4ODIxMy42MTIuMS41OEBwZWMuYXJ1YmEu
aXQ8L2lkZW50aWZpY2F0aXZvPjxjb25zZWduYT5hbW1pbmlzdHJhemlvbmVAcGVjLnZpdmFpcm9z
c2kuaXQ8L2NvbnNlZ25hPjxlcnJvcmUtZXN0ZXNvPjUuNy4xIC0gbWVzc2FnZ2lvIGRpIHBvc3Rh
IG9yZGluYXJpYSBub24gYWNjZXR0YXRvPC9lcnJvcmUtZXN0ZXNvPjwvZGF0aT4KPC9wb3N0YWNl
cnQ+Cg==

------=_Part_188213_1904.1794915727--
'''),

    ('it', 'outlook-autoreply-legal', 'automated', (), '''Received: from DB8P191MB0622.EURP191.PROD.OUTLOOK.COM (2603:10a6:10:12c::21)
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq1Mz4vSdz2qXp
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:55:36 +0100 (CET)
From: Francesca Bertoni <f.bertoni@ceramichebertoni.example.it>
To: Team Privacy di Shop <privacy@shop.example.be>
Subject: Risposta automatica: Opposizione al trattamento per marketing - cliente 59230
Thread-Topic: Opposizione al trattamento per marketing - cliente 59230
Thread-Index: AQHbOpWxv3E7tS4kJ0aL8nFyQmCzDg==
Date: Thu, 19 Nov 2026 14:55:34 +0000
Message-ID: <DB8P191MB06223E7F1A9C4D2B8E06A57CB3F21@DB8P191MB0622.EURP191.PROD.OUTLOOK.COM>
In-Reply-To: <obj-59230-fwd@shop.example.be>
References: <obj-59230-fwd@shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Inbox-Rules-Loop: f.bertoni@ceramichebertoni.example.it
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R2VudGlsZSBtaXR0ZW50ZSwKCnNhcsOyIGZ1b3JpIHVmZmljaW8gZmlubyBhIHZlbmVyZMOsIDI3
IG5vdmVtYnJlIGNvbXByZXNvLCBjb24gYWNjZXNzbyBsaW1pdGF0byBhbGxhIHBvc3RhIGVsZXR0
cm9uaWNhLgoKUGVyIHF1ZXN0aW9uaSB1cmdlbnRpIHB1w7Igcml2b2xnZXJzaSBhIHVmZmljaW8u
cHJpdmFjeUBjZXJhbWljaGViZXJ0b25pLmV4YW1wbGUuaXQgbyBhbCBudW1lcm8gMDUzNiA4MTIg
NDAwLgoKQ29yZGlhbGkgc2FsdXRpLApGcmFuY2VzY2EgQmVydG9uaQpVZmZpY2lvIExlZ2FsZSBl
IFByaXZhY3kKQ2VyYW1pY2hlIEJlcnRvbmkgUy5yLmwuCg==
'''),

    ('it', 'servicenow-request-opened', 'automated', (), '''Return-Path: <logisticaverdi@service-now.com>
Received: from mx-out.service-now.com (mx-out.service-now.com [149.96.7.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp5Cq8wLkz6tMz
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 13:22:05 +0100 (CET)
Date: Wed, 18 Nov 2026 04:22:03 -0800 (PST)
From: Service Desk Fornitori <logisticaverdi@service-now.com>
Reply-To: Service Desk Fornitori <logisticaverdi@service-now.com>
To: privacy@shop.example.be
Message-ID: <1472093.88211.1795004523148@app141052.ams201.service-now.com>
Subject: =?UTF-8?Q?La_richiesta_REQ0048127_=C3=A8_stata_aperta_a_tuo_nome?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_88211_1201933.1795004523148"
X-ServiceNow-Source: Notification-7c3e0a1bdb2d6010
X-ServiceNow-SysEmail-Version: 2
Precedence: bulk
Auto-Submitted: auto-generated

------=_Part_88211_1201933.1795004523148
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Gentile Team Privacy di Shop,

la tua richiesta REQ0048127 =C3=A8 stata aperta a tuo nome.

Breve descrizione: Richiesta di accesso ai dati trasmessi - cliente 77310
Priorit=C3=A0: 3 - Moderata
Stato: Aperta

Riceverai una notifica quando la richiesta verr=C3=A0 aggiornata o risolta.

Per visualizzare la richiesta, fai clic qui: https://logisticaverdi.service=
-now.com/sp?id=3Dticket&table=3Dsc_request&sys_id=3D8f2e1c7d1b3a4e5f9a0b6c7=
d8e9f0a1b

Grazie,
Service Desk Fornitori - Logistica Verdi S.p.A.

Rif:MSG8823411

------=_Part_88211_1201933.1795004523148
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"font-family:Arial;font-size:13px"><p>Gentile Team=
 Privacy di Shop,</p><p>la tua richiesta REQ0048127 =C3=A8 stata aperta a t=
uo nome.</p><p>Breve descrizione: Richiesta di accesso ai dati trasmessi - =
cliente 77310<br>Priorit=C3=A0: 3 - Moderata<br>Stato: Aperta</p><p>Ricever=
ai una notifica quando la richiesta verr=C3=A0 aggiornata o risolta.</p><p>=
Per visualizzare la richiesta, fai clic qui: https://logisticaverdi.service=
-now.com/sp?id=3Dticket&table=3Dsc_request&sys_id=3D8f2e1c7d1b3a4e5f9a0b6c7=
d8e9f0a1b</p><p>Grazie,<br>Service Desk Fornitori - Logistica Verdi S.p.A.<=
/p><p>Rif:MSG8823411</p></div></body></html>

------=_Part_88211_1201933.1795004523148--
'''),

    ('it', 'person-reminder-on-ticket-ack', 'complaint', ('deletion',), '''Received: from santino.mail.tiscali.it (santino.mail.tiscali.it [213.205.33.245])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp4Tn2xFgz8vLc
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 09:14:56 +0100 (CET)
From: "Alessandro Ferri" <alessandro.ferri@tiscali.it>
To: "'Team Privacy di Shop'" <privacy@shop.example.be>
References: <tkt-47102-ack@shop.example.be>
In-Reply-To: <tkt-47102-ack@shop.example.be>
Subject: R: [Ticket #47102] Abbiamo ricevuto la tua richiesta
Date: Wed, 18 Nov 2026 09:14:51 +0100
Message-ID: <002b01db398f$41a7c6e0$c4f754a0$@tiscali.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ8bS1z0d7yQ2r4kKc0Zt0mGfXJDw==
Content-Language: it

Buongiorno,

vi ho scritto il 5 ottobre per chiedere la cancellazione del mio account e =
di tutti i miei dati personali. Ho ricevuto soltanto questa risposta automa=
tica e poi pi=C3=B9 niente. Sono passati pi=C3=B9 di 30 giorni.

Vi chiedo di nuovo di cancellare tutto. Se non ricevo una risposta entro 15=
 giorni presenter=C3=B2 reclamo all'Autorit=C3=A0 per la protezione dei dat=
i personali.

Distinti saluti
Alessandro Ferri

-----Messaggio originale-----
Da: Team Privacy di Shop <privacy@shop.example.be>
Inviato: luned=C3=AC 5 ottobre 2026 18:40
A: alessandro.ferri@tiscali.it
Oggetto: [Ticket #47102] Abbiamo ricevuto la tua richiesta

Questo =C3=A8 un messaggio automatico. Abbiamo ricevuto la tua richiesta e =
ti risponderemo entro 30 giorni. Ti preghiamo di non rispondere a questa e-=
mail.

Numero di riferimento: Ticket #47102

Team Privacy di Shop
'''),

    ('it', 'person-samsung-disclaimer', 'correction', (), '''Received: from mail.studiotecnicorinaldi.it (mail.studiotecnicorinaldi.it [93.63.212.55])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq3Bd6pWnz1xHr
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 17:38:20 +0100 (CET)
Date: Sat, 21 Nov 2026 17:38:14 +0100
From: Valentina Esposito <v.esposito@studiotecnicorinaldi.it>
To: privacy@shop.example.be
Subject: cambio indirizzo
Message-ID: <8wXq2Lk0rT7cB1vN5mZs3hY9@email.android.com>
X-Mailer: Android Mail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Salve,
ho cambiato casa e nel mio account risulta ancora il vecchio indirizzo (via=
 Roma 12, Bologna). Il nuovo =C3=A8: via Saragozza 87, 40123 Bologna. Inolt=
re il cognome =C3=A8 scritto sbagliato, =C3=A8 Esposito e non Esposto. Pote=
te correggere per favore?
Grazie
Valentina Esposito

Inviato da smartphone Samsung Galaxy.


--
Le informazioni contenute nella presente comunicazione e i relativi allegat=
i possono essere riservate e sono, comunque, destinate esclusivamente alle =
persone o alla Societ=C3=A0 sopraindicati. La diffusione, distribuzione e/o=
 copiatura del documento trasmesso da parte di qualsiasi soggetto diverso d=
al destinatario =C3=A8 proibita, sia ai sensi dell'art. 616 c.p., che ai se=
nsi del D.Lgs. n. 196/2003 e del Regolamento (UE) 2016/679. Se avete ricevu=
to questo messaggio per errore, vi preghiamo di distruggerlo e di informarc=
i immediatamente per telefono al numero 051 644 1290 o inviando un messaggi=
o all'indirizzo e-mail info@studiotecnicorinaldi.it. Lo Studio Tecnico Rina=
ldi non si assume alcuna responsabilit=C3=A0 per eventuali danni derivanti =
dalla presenza di virus nel messaggio o negli allegati. Le opinioni espress=
e sono quelle dell'autore e non impegnano in alcun modo lo Studio Tecnico R=
inaldi.

This e-mail and any attachments are confidential and may be privileged. If =
you are not the intended recipient please notify the sender immediately and=
 delete this e-mail. Any unauthorised use, disclosure or copying is strictl=
y prohibited.
'''),

    ('pt', 'sapo-dsn-export-ready', 'automated', (), '''Return-Path: <>
Received: from relay.sapo.pt (relay.sapo.pt [213.13.146.137])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm6Xk1vBrz5pTm
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 17:21:04 +0100 (CET)
Date: Mon, 9 Nov 2026 16:21:02 +0000
From: Sistema de Entrega de Correio <MAILER-DAEMON@sapo.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Mensagem_n=C3=A3o_entregue:_Os_seus_dados_est=C3=A3o_prontos_para_descarregar?=
Message-ID: <20261109162102.7E3A0C4012@relay.sapo.pt>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7E3A0C4012.1794242462/relay.sapo.pt"

This is a MIME-encapsulated message.

--7E3A0C4012.1794242462/relay.sapo.pt
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Esta é uma mensagem automática do servidor de correio SAPO.

Não foi possível entregar a sua mensagem ao(s) seguinte(s) destinatário(s):

    <ricardo.matos.1990@sapo.pt>: o endereço de correio não existe
    (550 5.1.1 User unknown)

Verifique se o endereço está bem escrito e tente novamente.

Não responda a esta mensagem.

--7E3A0C4012.1794242462/relay.sapo.pt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.sapo.pt
Arrival-Date: Mon, 9 Nov 2026 16:21:00 +0000

Final-Recipient: rfc822; ricardo.matos.1990@sapo.pt
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--7E3A0C4012.1794242462/relay.sapo.pt
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Equipa de Privacidade da Shop <privacy@shop.example.be>
To: ricardo.matos.1990@sapo.pt
Subject: =?UTF-8?Q?Os_seus_dados_est=C3=A3o_prontos_para_descarregar?=
Date: Mon, 9 Nov 2026 17:20:58 +0100
Message-ID: <exp-2026-1233@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Caro Ricardo Matos,

Na sequência do seu pedido de portabilidade (artigo 20.º do RGPD), os seus
dados pessoais estão disponíveis em formato JSON e CSV:

https://shop.example.be/account/privacy/export/c41d7e

A ligação é válida durante 14 dias.

Com os melhores cumprimentos,
Equipa de Privacidade da Shop

--7E3A0C4012.1794242462/relay.sapo.pt--
'''),

    ('pt', 'salesforce-case-ack', 'automated', (), '''Return-Path: <apoio=jardimcasa.pt__0-4fk1q8wz3mv7xa@9xk2pq4l7s0d1n.5j-0001abcDEF.eu44.bnc.salesforce.com>
Received: from smtp03-ia4-sp1.mta.salesforce.com (smtp03-ia4-sp1.mta.salesforce.com [13.110.208.9])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp6Rw3gKcz4sLn
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 15:07:48 +0100 (CET)
Date: Wed, 18 Nov 2026 14:07:46 +0000 (GMT)
From: Apoio ao Cliente Jardim & Casa <apoio@jardimcasa.pt>
Reply-To: apoio@jardimcasa.pt
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <Qk7Zx000000000000000000000000000000000000000000000SK3YQ2005eM4j8rTQ0eZ1u2Vw9xA@sfdc.net>
Subject: =?UTF-8?Q?Recebemos_o_seu_pedido_-_Caso_n.=C2=BA_00482213_[_ref:!00D5J0000001aBc.!500Ws00000Qk7Zx:ref_]?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-SFDC-LK: 00D5J0000001aBc
X-SFDC-User: 0055J000002xQ9r
X-Sender: postmaster@salesforce.com
X-mail_abuse_inquiries: http://www.salesforce.com/company/abuse.jsp
X-SFDC-TLS-NoRelay: 1
X-SFDC-Binding: 1WrIRBV94myi25uB
X-SFDC-EmailCategory: workflowActionAlert
X-SFDC-Interface: internal

Ol=C3=A1,

Obrigado por nos contactar. O seu pedido foi registado com o n=C3=BAmero de=
 caso 00482213 e ser=C3=A1 tratado pela nossa equipa com a maior brevidade =
poss=C3=ADvel.

Assunto: Retifica=C3=A7=C3=A3o de dados de cliente transmitidos (art. 16.=
=C2=BA e 19.=C2=BA RGPD) - ref. 52210

Sempre que nos contactar sobre este assunto, indique o n=C3=BAmero do caso.

Esta =C3=A9 uma mensagem autom=C3=A1tica, por favor n=C3=A3o responda.

Com os melhores cumprimentos,
Apoio ao Cliente Jardim & Casa

ref:!00D5J0000001aBc.!500Ws00000Qk7Zx:ref
'''),

    ('pt', 'google-docs-share-invite', 'automated', (), '''Received: by mail-sor-f73.google.com with SMTP id 00721157ae682-6e5a0b3c7d1so1184407b3.2
        for <privacy@shop.example.be>; Wed, 18 Nov 2026 06:01:31 -0800 (PST)
MIME-Version: 1.0
Reply-To: Rui Almeida <rui.almeida@lusomarketing.pt>
X-No-Auto-Attachment: 1
Message-ID: <autogen-java-4a7c1e92-30d5-4b8f-a6e2-91d0c3f7b58e@google.com>
Date: Wed, 18 Nov 2026 14:01:31 +0000
Subject: =?UTF-8?Q?Documento_partilhado_consigo=3A_=22Registo_de_atividades_de_tratamento_-_parceiros_2026=22?=
From: "Rui Almeida (via Google Docs)" <drive-shares-dm-noreply@google.com>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000d3f2a10627a8e1b4"

--000000000000d3f2a10627a8e1b4
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

UnVpIEFsbWVpZGEgcGFydGlsaG91IHVtIGRvY3VtZW50bwoKUnVpIEFsbWVpZGEgKHJ1aS5hbG1l
aWRhQGx1c29tYXJrZXRpbmcucHQpIGNvbnZpZG91LW8gYSBlZGl0YXIgbyBzZWd1aW50ZSBkb2N1
bWVudG86CgpSZWdpc3RvIGRlIGF0aXZpZGFkZXMgZGUgdHJhdGFtZW50byAtIHBhcmNlaXJvcyAy
MDI2Cmh0dHBzOi8vZG9jcy5nb29nbGUuY29tL2RvY3VtZW50L2QvMXFUOHZaM3hLMG1SN3dMMnBO
NXNCOWNZNGhGNmRKMWFFMGdVM2lPOHJWMmsvZWRpdD91c3A9c2hhcmluZ19laWxfbSZ0cz02NzNi
MmY0YQoKT2zDoSwgYXF1aSBmaWNhIG8gcmVnaXN0byBhdHVhbGl6YWRvIGNvbSBhcyBmaW5hbGlk
YWRlcyBlIHByYXpvcyBkZSBjb25zZXJ2YcOnw6NvLiBQb2RlbSByZXZlciBhIHBhcnRlIGRvcyBj
b250YWN0b3MgZGUgbmV3c2xldHRlcj8gT2JyaWdhZG8hCgpHb29nbGUgTExDLCAxNjAwIEFtcGhp
dGhlYXRyZSBQYXJrd2F5LCBNb3VudGFpbiBWaWV3LCBDQSA5NDA0MywgRVVBClJlY2ViZXUgZXN0
ZSBlbWFpbCBwb3JxdWUgcnVpLmFsbWVpZGFAbHVzb21hcmtldGluZy5wdCBwYXJ0aWxob3UgdW0g
ZG9jdW1lbnRvIGNvbnNpZ28gYSBwYXJ0aXIgZG8gR29vZ2xlIERvY3MuCg==

--000000000000d3f2a10627a8e1b4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Google Sans,Roboto,Arial,sans-serif">
<table width=3D"100%" style=3D"max-width:516px"><tr><td style=3D"padding:24=
px 0">
<p style=3D"font-size:24px;color:#202124">Rui Almeida partilhou um document=
o</p>
<p style=3D"font-size:14px;color:#3c4043"><b>Rui Almeida</b> (<a href=3D"ma=
ilto:rui.almeida@lusomarketing.pt">rui.almeida@lusomarketing.pt</a>) convid=
ou-o a <b>editar</b> o seguinte documento:</p>
<table style=3D"border:1px solid #dadce0;border-radius:8px;padding:12px"><t=
r><td><img src=3D"https://ssl.gstatic.com/docs/doclist/images/mediatype/ico=
n_1_document_x16.png" width=3D"16" height=3D"16" alt=3D""> Registo de ativi=
dades de tratamento - parceiros 2026</td></tr></table>
<p style=3D"font-size:14px;color:#3c4043">Ol=C3=A1, aqui fica o registo atu=
alizado com as finalidades e prazos de conserva=C3=A7=C3=A3o. Podem rever a=
 parte dos contactos de newsletter? Obrigado!</p>
<a href=3D"https://docs.google.com/document/d/1qT8vZ3xK0mR7wL2pN5sB9cY4hF6d=
J1aE0gU3iO8rV2k/edit?usp=3Dsharing_eil_m&amp;ts=3D673b2f4a" style=3D"backgr=
ound:#0b57d0;color:#fff;padding:10px 24px;border-radius:18px;text-decoratio=
n:none">Abrir</a>
<p style=3D"font-size:12px;color:#5f6368;padding-top:24px">Google LLC, 1600=
 Amphitheatre Parkway, Mountain View, CA 94043, EUA<br>Recebeu este email p=
orque <a href=3D"mailto:rui.almeida@lusomarketing.pt">rui.almeida@lusomarke=
ting.pt</a> partilhou um documento consigo a partir do Google Docs.</p>
<img src=3D"https://www.gstatic.com/images/branding/googlelogo/2x/googlelog=
o_grey_tm_color_96x40dp.png" width=3D"96" height=3D"40" alt=3D"Log=C3=B3tip=
o do Google">
</td></tr></table></body></html>

--000000000000d3f2a10627a8e1b4--
'''),

    ('pt', 'mailchimp-unsubscribe-notification', 'automated', (), '''Return-Path: <bounce-mc.us21_98217743.4471208-privacy=shop.example.be@mail202.suw121.mcdlv.net>
Received: from mail202.suw121.mcdlv.net (mail202.suw121.mcdlv.net [198.2.138.202])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qr2Kd9nHwz3qTb
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 09:13:40 +0100 (CET)
Date: Tue, 24 Nov 2026 08:13:38 +0000
From: Mailchimp <no-reply@mailchimp.com>
To: privacy@shop.example.be
Message-ID: <b3c91f04e8a7d25f6e10@us21.admin.mailchimp.com>
Subject: =?UTF-8?Q?Notifica=C3=A7=C3=A3o_de_cancelamento_de_inscri=C3=A7=C3=A3o=3A_Newsletter_Shop?=
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1840217731"
X-Mailer: Mailchimp Mailer - **CID4d8e1a0f2b3c**
X-MC-User: 98217743a1f0c2e5d7b4
Feedback-ID: 98217743:98217743.4471208:us21:mc
Precedence: bulk
X-Report-Abuse: Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/

--_----------=_MCPart_1840217731
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

Notifica=C3=A7=C3=A3o de cancelamento de inscri=C3=A7=C3=A3o

A seguinte pessoa cancelou a inscri=C3=A7=C3=A3o na sua audi=C3=AAncia News=
letter Shop:

E-mail: ana.costa.lx@sapo.pt
Nome: Ana Costa
Data: 24 de novembro de 2026, 09:13
Motivo: N=C3=A3o quero mais receber esses e-mails

Ver contato: https://us21.admin.mailchimp.com/lists/members/view?id=3D41882=
2917

Voc=C3=AA recebe estas notifica=C3=A7=C3=B5es porque elas est=C3=A3o ativad=
as nas configura=C3=A7=C3=B5es da audi=C3=AAncia Newsletter Shop. Para desa=
tiv=C3=A1-las, acesse Configura=C3=A7=C3=B5es > Prefer=C3=AAncias de inscri=
=C3=A7=C3=A3o e cancelamento.

mailchimp

--_----------=_MCPart_1840217731
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Helvetica,Arial,sans-serif;color:#241c15">=
<p>Notifica=C3=A7=C3=A3o de cancelamento de inscri=C3=A7=C3=A3o</p><p>A seg=
uinte pessoa cancelou a inscri=C3=A7=C3=A3o na sua audi=C3=AAncia Newslette=
r Shop:</p><p>E-mail: ana.costa.lx@sapo.pt<br>Nome: Ana Costa<br>Data: 24 d=
e novembro de 2026, 09:13<br>Motivo: N=C3=A3o quero mais receber esses e-ma=
ils</p><p>Ver contato: https://us21.admin.mailchimp.com/lists/members/view?=
id=3D418822917</p><p>Voc=C3=AA recebe estas notifica=C3=A7=C3=B5es porque e=
las est=C3=A3o ativadas nas configura=C3=A7=C3=B5es da audi=C3=AAncia Newsl=
etter Shop. Para desativ=C3=A1-las, acesse Configura=C3=A7=C3=B5es > Prefer=
=C3=AAncias de inscri=C3=A7=C3=A3o e cancelamento.</p><p>mailchimp</p></bod=
y></html>

--_----------=_MCPart_1840217731--
'''),

    ('pt', 'person-automatic-emails-tracking-objection', 'objection', (), '''Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02olkn2081.outbound.protection.outlook.com [40.92.48.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq7Wh2sPcz9nKx
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 16:48:09 +0100 (CET)
From: Joana Pires <joana_pires_88@hotmail.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?emails_autom=E1ticos_depois_de_ver_produtos?=
Thread-Topic: =?iso-8859-1?Q?emails_autom=E1ticos_depois_de_ver_produtos?=
Thread-Index: AQHbPNt0Xq7fA8YkQ0u9Zx3rG5a2Bw==
Date: Sun, 22 Nov 2026 15:48:06 +0000
Message-ID: <VI1P190MB07244C8E2A1F3D9B0E6C7A54D3E21@VI1P190MB0724.EURP190.PROD.OUTLOOK.COM>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_VI1P190MB07244C8E2A1F3D9B0E6C7A54D3E21VI1P190MB0724EURP_"

--_000_VI1P190MB07244C8E2A1F3D9B0E6C7A54D3E21VI1P190MB0724EURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Boa tarde,

Sempre que vejo um produto no vosso site, recebo passado pouco tempo um ema=
il autom=E1tico a dizer "Ainda est=E1 a pensar nisto?" ou "Produtos que com=
binam consigo". Ou seja, est=E3o a registar tudo o que vejo e a fazer um pe=
rfil meu.

Oponho-me a esse rastreamento da minha navega=E7=E3o e =E0 defini=E7=E3o de=
 perfis com base no que vejo e compro (artigo 21.=BA do RGPD). N=E3o estou =
a pedir para sair da newsletter normal, essa pode continuar. Quero =E9 que =
deixem de seguir o que fa=E7o no site.

Obrigada,
Joana Pires

--_000_VI1P190MB07244C8E2A1F3D9B0E6C7A54D3E21VI1P190MB0724EURP_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><div style=3D"font-family:Aptos,Calibri,Helveti=
ca,sans-serif;font-size:12pt"><div>Boa tarde,</div><div><br></div><div>Semp=
re que vejo um produto no vosso site, recebo passado pouco tempo um email a=
utom=E1tico a dizer &quot;Ainda est=E1 a pensar nisto?&quot; ou &quot;Produ=
tos que combinam consigo&quot;. Ou seja, est=E3o a registar tudo o que vejo=
 e a fazer um perfil meu.</div><div><br></div><div>Oponho-me a esse rastrea=
mento da minha navega=E7=E3o e =E0 defini=E7=E3o de perfis com base no que =
vejo e compro (artigo 21.=BA do RGPD). N=E3o estou a pedir para sair da new=
sletter normal, essa pode continuar. Quero =E9 que deixem de seguir o que f=
a=E7o no site.</div><div><br></div><div>Obrigada,<br>Joana Pires</div><div>=
<br></div></div></body></html>

--_000_VI1P190MB07244C8E2A1F3D9B0E6C7A54D3E21VI1P190MB0724EURP_--
'''),

    ('pt', 'person-via-jotform', 'access', (), '''Return-Path: <noreply@jotform.com>
Received: from mx-out21.jotform.com (mx-out21.jotform.com [104.225.130.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qr3Nb5vGsz6wLq
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 22:30:51 +0100 (CET)
Date: Tue, 24 Nov 2026 16:30:49 -0500
From: Jotform <noreply@jotform.com>
Reply-To: Marta Sousa Pereira <martasousapereira@gmail.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Re:_Pedido_RGPD_-_Shop?=
Message-ID: <5981203347712938410.6741dc59e3a2f@jotform.com>
X-Mailer: Jotform
X-Jotform-Submission-ID: 5981203347712938410
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImJhY2tncm91bmQ6I2YzZjNmZTtmb250LWZhbWlseTpBcmlhbCxz
YW5zLXNlcmlmIj4KPHRhYmxlIHdpZHRoPSI2MDAiIGFsaWduPSJjZW50ZXIiIGNlbGxwYWRkaW5n
PSIwIiBjZWxsc3BhY2luZz0iMCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZmZmZiI+Cjx0cj48dGQg
c3R5bGU9ImJhY2tncm91bmQ6IzBhMTU1MTtjb2xvcjojZmZmZmZmO3BhZGRpbmc6MTZweDtmb250
LXNpemU6MThweCI+UGVkaWRvIFJHUEQgLSBTaG9wPC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJw
YWRkaW5nOjEycHgiPgo8dGFibGUgd2lkdGg9IjEwMCUiIGNlbGxwYWRkaW5nPSI4IiBjZWxsc3Bh
Y2luZz0iMCIgc3R5bGU9ImJvcmRlci1jb2xsYXBzZTpjb2xsYXBzZSI+Cjx0cj48dGQgc3R5bGU9
ImJhY2tncm91bmQ6I2Y3ZjdmNztmb250LXdlaWdodDpib2xkO3dpZHRoOjM1JSI+Tm9tZTwvdGQ+
PHRkPk1hcnRhIFNvdXNhIFBlcmVpcmE8L3RkPjwvdHI+Cjx0cj48dGQgc3R5bGU9ImJhY2tncm91
bmQ6I2Y3ZjdmNztmb250LXdlaWdodDpib2xkIj5FLW1haWw8L3RkPjx0ZD48YSBocmVmPSJtYWls
dG86bWFydGFzb3VzYXBlcmVpcmFAZ21haWwuY29tIj5tYXJ0YXNvdXNhcGVyZWlyYUBnbWFpbC5j
b208L2E+PC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJiYWNrZ3JvdW5kOiNmN2Y3Zjc7Zm9udC13
ZWlnaHQ6Ym9sZCI+TsO6bWVybyBkZSBjbGllbnRlPC90ZD48dGQ+MzAwNDQ3MTI8L3RkPjwvdHI+
Cjx0cj48dGQgc3R5bGU9ImJhY2tncm91bmQ6I2Y3ZjdmNztmb250LXdlaWdodDpib2xkIj5UaXBv
IGRlIHBlZGlkbzwvdGQ+PHRkPkFjZXNzbyBhb3MgbWV1cyBkYWRvczwvdGQ+PC90cj4KPHRyPjx0
ZCBzdHlsZT0iYmFja2dyb3VuZDojZjdmN2Y3O2ZvbnQtd2VpZ2h0OmJvbGQiPk1lbnNhZ2VtPC90
ZD48dGQ+R29zdGFyaWEgZGUgc2FiZXIgcXVlIGRhZG9zIHBlc3NvYWlzIHTDqm0gc29icmUgbWlt
LCBwYXJhIHF1ZSBvcyB1c2FtIGUgY29tIHF1ZW0gb3MgcGFydGlsaGFtLCBlIGRlIHJlY2ViZXIg
dW1hIGPDs3BpYS4gT2JyaWdhZGEuPC90ZD48L3RyPgo8L3RhYmxlPgo8L3RkPjwvdHI+Cjx0cj48
dGQgc3R5bGU9InBhZGRpbmc6MTJweDtmb250LXNpemU6MTFweDtjb2xvcjojODg4Ij5Fc3RlIGVt
YWlsIGZvaSBlbnZpYWRvIGEgcGFydGlyIGRvIEpvdGZvcm0uIDxhIGhyZWY9Imh0dHBzOi8vd3d3
LmpvdGZvcm0uY29tL2luYm94LzI0MTgyMjA5MzMxNzA0Ny81OTgxMjAzMzQ3NzEyOTM4NDEwIj5W
ZXIgc3VibWlzc8OjbzwvYT48L3RkPjwvdHI+CjwvdGFibGU+PC9ib2R5PjwvaHRtbD4K
'''),

]

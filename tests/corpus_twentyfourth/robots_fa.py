"""Twenty-fourth set, robots that talk about privacy and people who look like robots (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'mailchimp-unsubscribe-notification', 'automated', (),
"""Return-Path: <bounce-mc.us14_81234567.2718281-privacy=shop.example.be@mail168.atl221.mcdlv.net>
Received: from mail168.atl221.mcdlv.net (mail168.atl221.mcdlv.net [198.2.168.221])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk7mN2xZ1z9vKp
	for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:14:52 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailchimpapp.net;
	s=k2; t=1793690092; bh=pQ3fXh0a7yJ2Uu0m8Yb1kC5u9sW4i0cTg1nR2L6vQ8E=;
	h=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;
	b=Vd0aR8x1Ok3nE5bq7r0Jf2YtL0uQ2eW9zG4nB8sC1mD6hA3kP7vT5xY2wZ0oI9uR
From: Mailchimp <no-reply@mailchimpapp.net>
Reply-To: Mailchimp <no-reply@mailchimpapp.net>
To: privacy@shop.example.be
Subject: Shop.example.be Newsletter (NL/FR) Unsubscribe Notification
Date: Tue, 03 Nov 2026 07:14:51 +0000
Message-ID: <a7c31e0f4b2d9e8a6f01c5b3.20261103071451.mc-notify@mailchimpapp.net>
X-Mailer: MailChimp Mailer - **CIDa7c31e0f4b2d9e8a**
X-MC-User: 81234567a0b1c2d3e4f5a6b7c
X-Feedback-ID: 81234567:81234567.318846127:us14:mc
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1793690091"

This is a multi-part message in MIME format

--_----------=_MCPart_1793690091
Content-Type: text/plain; charset="utf-8"; format="fixed"
Content-Transfer-Encoding: quoted-printable

Unsubscribe Notification

Shop.example.be Newsletter (NL/FR)

The following subscriber has unsubscribed from your audience:

Email address: marleen.dewitte@telenet.be
Name: Marleen De Witte
Unsubscribed: Nov 3, 2026 08:14 am
Campaign: Herfstkorting -20% op tuinmeubelen
Reason given: I no longer want to receive these emails

Marketing permissions for this contact have been updated:
  Email - not granted

Per your audience settings, this contact will not receive any further
campaigns. Their contact data is kept in your audience as "unsubscribed"
so that you can prove the withdrawal of consent. To permanently delete
the contact and their data, use "Delete permanently" on the profile page.

View profile: https://us14.admin.mailchimp.com/lists/members/view?id=3D3188=
46127

You are receiving this because you enabled unsubscribe notifications for
Shop.example.be Newsletter (NL/FR). Change notification settings:
https://us14.admin.mailchimp.com/lists/settings/emails?id=3D48215

Intuit Mailchimp, 405 N Angier Ave NE, Atlanta, GA 30308 USA

--_----------=_MCPart_1793690091
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!doctype html><html><head><meta charset=3D"UTF-8"><title>Unsubscribe Notif=
ication</title></head>
<body style=3D"margin:0;padding:0;background:#f6f6f4;font-family:Helvetica,=
Arial,sans-serif;color:#241c15">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0" border=3D"0"><tr>=
<td align=3D"center">
<table width=3D"600" cellpadding=3D"24" cellspacing=3D"0" border=3D"0" styl=
e=3D"background:#ffffff">
<tr><td><h1 style=3D"font-size:24px">Unsubscribe Notification</h1>
<p style=3D"font-size:14px;color:#6e6e6e">Shop.example.be Newsletter (NL/FR=
)</p>
<p>The following subscriber has unsubscribed from your audience:</p>
<table cellpadding=3D"4"><tr><td><b>Email address</b></td><td>marleen.dewit=
te@telenet.be</td></tr>
<tr><td><b>Name</b></td><td>Marleen De Witte</td></tr>
<tr><td><b>Unsubscribed</b></td><td>Nov 3, 2026 08:14 am</td></tr>
<tr><td><b>Campaign</b></td><td>Herfstkorting -20% op tuinmeubelen</td></tr>
<tr><td><b>Reason given</b></td><td>I no longer want to receive these email=
s</td></tr></table>
<p>Marketing permissions for this contact have been updated: <b>Email &ndas=
h; not granted</b></p>
<p>Per your audience settings, this contact will not receive any further ca=
mpaigns. Their contact data is kept in your audience as &ldquo;unsubscribed=
&rdquo; so that you can prove the withdrawal of consent. To permanently del=
ete the contact and their data, use &ldquo;Delete permanently&rdquo; on the=
 profile page.</p>
<p><a href=3D"https://us14.admin.mailchimp.com/lists/members/view?id=3D3188=
46127" style=3D"background:#007c89;color:#fff;padding:10px 18px;text-decora=
tion:none">View profile</a></p>
<p style=3D"font-size:11px;color:#6e6e6e">You are receiving this because yo=
u enabled unsubscribe notifications for Shop.example.be Newsletter (NL/FR).=
 <a href=3D"https://us14.admin.mailchimp.com/lists/settings/emails?id=3D482=
15">Change notification settings</a><br>Intuit Mailchimp, 405 N Angier Ave =
NE, Atlanta, GA 30308 USA</p>
</td></tr></table></td></tr></table></body></html>

--_----------=_MCPart_1793690091--
"""),
    ('en', 'klaviyo-spam-complaint', 'automated', (),
"""Return-Path: <bounces+4411902-7a3e-privacy=shop.example.be@em.klaviyo.com>
Received: from o1.em.klaviyo.com (o1.em.klaviyo.com [168.245.31.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmB1c5Hd7z9vLq
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 09:47:13 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=klaviyo.com;
	h=content-type:from:subject:to:date:message-id; s=s1;
	bh=3fQ1tYc0yN4m9kV2bR7uX6sE8wA5hJ0lZ2pD9gF1cM4=;
	b=kA9vP2sQ0rN1mT4uW8yB3cE6gH7jL5oX0zR2tY9wI4eU1qS8dF3nK7hJ6bV2aC5m
From: Klaviyo <no-reply@klaviyo.com>
To: privacy@shop.example.be
Subject: Spam complaint received: d.claes1978@hotmail.com
Date: Wed, 11 Nov 2026 08:47:12 +0000 (UTC)
Message-ID: <Yq3kT0xYRjmNcV8bE2aW1g@geopod-ismtpd-14>
X-SG-EID: u001.7jR0Kq2sZ3pXyN5dE8vBhW1mC4tL6aF9gQ0rT2uY3iO5eS7pD8wA1zX4cV6bN9m
X-SG-ID: u001.SdBcvi2O8wK1hQ7mR3tZ5yX0pN4aE6fV9gL2jU8sD1c
X-Entity-ID: u001.x2Lk9mR4tQ7vN0sB3yC6dE==
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Spam complaint received

Hi Shop.example.be team,

A recipient marked one of your emails as spam. To protect your sender
reputation and to respect the recipient's choice, we have automatically
suppressed this profile. They will not receive further marketing email
from your account, and their consent status has been set to
"Unsubscribed (spam complaint)".

Profile:        d.claes1978@hotmail.com
Campaign:       Black Friday preview - 30% on all garden tools
Sent:           November 10, 2026 6:00 PM CET
Complained:     November 11, 2026 9:42 AM CET
Mailbox provider: Microsoft (Outlook.com)

What you can do
- Make sure you only email people who gave you consent to receive marketing.
- Honour unsubscribe and data deletion requests promptly.
- Review your list growth sources and double opt-in settings.

If this person also asked you to delete their personal data, you can
request a GDPR deletion from the profile page. Deleting a profile removes
all of its data from Klaviyo and cannot be undone.

View profile: https://www.klaviyo.com/profile/01JC8X2KQ4W7N3V5B9T6M0R1ZA

This is an automated message. Replies to this address are not monitored.
Klaviyo, Inc. | 125 Summer Street, Boston, MA 02110
"""),
    ('en', 'hubspot-gdpr-delete-notice', 'automated', (),
"""Return-Path: <1axbhm2mnt-bounce@notifications.hubspot.com>
Received: from mta-202.notifications.hubspot.com (mta-202.notifications.hubspot.com [3.93.157.202])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlS0n3Jb2z9vMd
	for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:31:40 +0100 (CET)
Date: Thu, 5 Nov 2026 13:31:38 +0000
From: HubSpot <noreply@notifications.hubspot.com>
To: Privacy <privacy@shop.example.be>
Message-ID: <1793971898432.b7e0c2a1-4f3d-4c8e-9a61-2d7f0e5b9c34@notifications.hubspot.com>
Subject: A contact was permanently deleted from shop.example.be
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_8812044_1539052237.1793971898431"
X-HubSpot-Notification-Id: a3d8e1f0-2c57-4b9a-b6de-90f1c3e7a542
X-Report-Abuse-To: abuse@hubspot.com

------=_Part_8812044_1539052237.1793971898431
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

A contact was permanently deleted

Hi Privacy,

A GDPR-compliant delete was completed in your HubSpot account shop.example.be (Hub ID 21983344).

Contact: jeroen.van.acker@gmail.com
Deleted by: Els Maes (els.maes@shop.example.be)
Reason: Contact requested to be forgotten (right to erasure)
Date: Nov 5, 2026 2:31 PM GMT+1

The contact record and all associated data, including email history, form submissions, notes, call recordings and tracked page views, have been permanently removed. The email address has been added to the blocklist so that the contact is not re-created by forms or imports.

This action can't be undone. You can find an entry for it in your account's audit log.

View audit log: https://app-eu1.hubspot.com/settings/21983344/audit-logs

You're receiving this email because you're a Super Admin in this account.
HubSpot, Inc. 2 Canal Park, Cambridge, MA 02141

------=_Part_8812044_1539052237.1793971898431
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:'Lexend Deca',Helvetica,Arial,sans-serif;c=
olor:#33475b">
<div style=3D"max-width:600px;margin:0 auto;padding:24px">
<img src=3D"https://static.hsappstatic.net/ui-images/static-2.547/optimized=
/hubspot-wordmark.png" alt=3D"HubSpot" width=3D"110">
<h2>A contact was permanently deleted</h2>
<p>Hi Privacy,</p>
<p>A GDPR-compliant delete was completed in your HubSpot account <b>shop.ex=
ample.be (Hub ID 21983344)</b>.</p>
<table cellpadding=3D"6" style=3D"border:1px solid #cbd6e2;border-collapse:=
collapse">
<tr><td style=3D"border:1px solid #cbd6e2">Contact</td><td style=3D"border:=
1px solid #cbd6e2">jeroen.van.acker@gmail.com</td></tr>
<tr><td style=3D"border:1px solid #cbd6e2">Deleted by</td><td style=3D"bord=
er:1px solid #cbd6e2">Els Maes (els.maes@shop.example.be)</td></tr>
<tr><td style=3D"border:1px solid #cbd6e2">Reason</td><td style=3D"border:1=
px solid #cbd6e2">Contact requested to be forgotten (right to erasure)</td>=
</tr>
<tr><td style=3D"border:1px solid #cbd6e2">Date</td><td style=3D"border:1px=
 solid #cbd6e2">Nov 5, 2026 2:31 PM GMT+1</td></tr>
</table>
<p>The contact record and all associated data, including email history, for=
m submissions, notes, call recordings and tracked page views, have been per=
manently removed. The email address has been added to the blocklist so that=
 the contact is not re-created by forms or imports.</p>
<p>This action can't be undone. You can find an entry for it in your accoun=
t's audit log.</p>
<p><a href=3D"https://app-eu1.hubspot.com/settings/21983344/audit-logs" sty=
le=3D"color:#0091ae">View audit log</a></p>
<hr style=3D"border:none;border-top:1px solid #cbd6e2">
<p style=3D"font-size:12px;color:#7c98b6">You're receiving this email becau=
se you're a Super Admin in this account. <a href=3D"https://app-eu1.hubspot=
.com/user-preferences/21983344/notifications">Manage notification preferenc=
es</a><br>HubSpot, Inc. 2 Canal Park, Cambridge, MA 02141</p>
</div></body></html>

------=_Part_8812044_1539052237.1793971898431--
"""),
    ('en', 'shopify-customer-export-ready', 'automated', (),
"""Return-Path: <bounces+srs=k3q1z=tp=shopify.com=mailer@shop.example.be>
Received: from mail-a.shopify.com (mail-a.shopify.com [23.227.63.95])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmP7x1Tq8z9vNb
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 10:02:17 +0100 (CET)
Date: Mon, 16 Nov 2026 04:02:15 -0500
From: Shopify <mailer@shopify.com>
Reply-To: Shopify Support <support@shopify.com>
To: privacy@shop.example.be
Message-ID: <6738a4b7c81d2_3f9a1b2c4d5e6@shopify-mailer-76c9f8d4b-x2kqp.mail>
Subject: Your customer export is ready
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Shopify-Email-Template: customer_export_ready
X-SES-Outgoing: 2026.11.16-23.227.63.95

<!DOCTYPE html><html lang=3D"en"><head><meta http-equiv=3D"Content-Type" co=
ntent=3D"text/html; charset=3Dutf-8"><title>Your customer export is ready</=
title></head>
<body style=3D"margin:0;background:#f1f1f1"><table class=3D"body" width=3D"=
100%"><tr><td align=3D"center">
<table class=3D"container" width=3D"560" style=3D"background:#fff;font-fami=
ly:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;font-size:=
15px;color:#303030">
<tr><td style=3D"padding:32px">
<p><img src=3D"https://cdn.shopify.com/shopifycloud/brochure/assets/brand-a=
ssets/shopify-logo-primary-logo-456baa801ee66a0a435671082365958316831c9960c=
480451dd0330bcdae304f.svg" width=3D"120" alt=3D"Shopify"></p>
<h2 style=3D"font-weight:600">Your customer export is ready</h2>
<p>Hi Els,</p>
<p>The export of <b>2,418 customers</b> you requested from <b>shop-example-=
be.myshopify.com</b> is ready to download.</p>
<p><a href=3D"https://shop-example-be.myshopify.com/admin/exports/download/=
91f3c0d2a6b84e7f" style=3D"display:inline-block;background:#303030;color:#f=
ff;border-radius:8px;padding:12px 20px;text-decoration:none">Download CSV</=
a></p>
<p>The link expires in 24 hours. This file contains personal data of your c=
ustomers, such as names, email addresses, phone numbers and addresses. Stor=
e it securely and only share it with people who need it, in line with your =
privacy policy and applicable data protection laws.</p>
<p>If you didn&#39;t request this export, <a href=3D"https://help.shopify.c=
om/en/questions#/contact/account-security">contact Shopify Support</a> righ=
t away.</p>
<p style=3D"color:#616161;font-size:13px">&copy; Shopify International Ltd.=
, Victoria Buildings, 2nd Floor, 1-2 Haddington Road, Dublin 4, D04 XN32, I=
reland</p>
</td></tr></table></td></tr></table></body></html>
"""),
    ('en', 'typeform-account-deletion-warning', 'automated', (),
"""Return-Path: <bounces+2291934-c1f0-privacy=shop.example.be@em.typeform.com>
Received: from o7.em.typeform.com (o7.em.typeform.com [149.72.233.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkZr05Wm4z9vPx
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 11:00:09 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Date: Sat, 14 Nov 2026 10:00:07 +0000 (UTC)
From: Typeform <noreply@typeform.com>
Mime-Version: 1.0
Message-ID: <8Yx2WmXwTfaq0lJrN4eK1A@geopod-ismtpd-3>
Subject: Your account and its data will be deleted in 30 days
To: privacy@shop.example.be
X-SG-EID: u001.Lq7wZ9nM2cR5tX8pB1vE4yH0kJ3sD6fG9aQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL9z
X-Entity-ID: u001.p8R2mX0qW4tZ7nV1cB5y==

Hi Els,

Your Typeform account privacy@shop.example.be has been inactive since you
cancelled your Business plan on October 14, 2026.

As described in our Terms and Privacy Policy, we don't keep data longer
than we need it. On December 14, 2026 we will permanently delete your
account and all data in it, including:

  - 7 typeforms (e.g. "Loyalty card sign-up", "Garden survey 2026")
  - 3,912 responses, which may contain personal data of your respondents
  - connected integrations and webhooks

After this date, neither you nor our support team will be able to recover
this data.

Want to keep your responses? Download them before December 14:
https://admin.typeform.com/accounts/01HS2K7V9QW3/export

Want to keep your account? Just log in before December 14 and we'll
cancel the deletion:
https://admin.typeform.com/login

Questions about how we handle personal data? See
https://www.typeform.com/privacy-policy/

The Typeform team

Typeform S.L., Carrer de Bac de Roda, 163, 08018 Barcelona, Spain
You're receiving this service message because you have a Typeform account.
"""),
    ('en', 'onetrust-dsr-acknowledgement', 'automated', (),
"""Return-Path: <0102019343a1c2e7-5b8f4d1a-7c3e-4a29-9e0b-1f6d2a8c4e73-000000@eu-central-1.amazonses.com>
Received: from a4-18.smtp-out.eu-central-1.amazonses.com (a4-18.smtp-out.eu-central-1.amazonses.com [54.240.4.18])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnC2v6Lf0z9vQy
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 16:05:44 +0100 (CET)
From: LoyaltyLoop Privacy Center <noreply@privacyportal-de.onetrust.com>
To: privacy@shop.example.be
Subject: We have received your request - DSR-0047213
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Message-ID: <0102019343a1c2e7-5b8f4d1a-7c3e-4a29-9e0b-1f6d2a8c4e73-000000@eu-central-1.amazonses.com>
Date: Wed, 18 Nov 2026 15:05:43 +0000
Feedback-ID: 1.eu-central-1.Zk8hQm3vT0pR2sW5xY7aB9cD1eF4gH6jK8lM0nP2qR4=:AmazonSES
X-SES-Outgoing: 2026.11.18-54.240.4.18

<html><head><meta charset=3D"utf-8"></head><body style=3D"font-family:Arial=
,sans-serif;font-size:14px;color:#222">
<table width=3D"600" align=3D"center" cellpadding=3D"20"><tr><td>
<img src=3D"https://privacyportal-de.onetrust.com/storage/logos/loyaltyloop=
-logo.png" alt=3D"LoyaltyLoop" height=3D"40">
<p>Dear Requestor,</p>
<p>Thank you for submitting your request to LoyaltyLoop Europe B.V. We have=
 received your data subject request and it has been assigned the following =
reference:</p>
<p style=3D"font-size:18px"><b>DSR-0047213</b></p>
<table cellpadding=3D"4">
<tr><td>Request type:</td><td>Erasure (Right to be forgotten)</td></tr>
<tr><td>Submitted on:</td><td>18/11/2026 16:05 CET</td></tr>
<tr><td>Data subject:</td><td>Sofie Lambrechts</td></tr>
<tr><td>Submitted by:</td><td>Authorised agent (privacy@shop.example.be)</t=
d></tr>
</table>
<p>We will respond to your request within one month of receipt, as required=
 by the General Data Protection Regulation. Where necessary, this period ma=
y be extended by two further months, in which case we will inform you.</p>
<p>To protect the personal data of the data subject, we first need to verif=
y your identity and your authority to act. Please confirm your email addres=
s by clicking the button below within 7 days; otherwise your request will b=
e closed automatically.</p>
<p><a href=3D"https://privacyportal-de.onetrust.com/webform/verify/6c2b1f0e=
-93a4-4d1e-b7f2-0a9e5c3d8b71" style=3D"background:#1f6feb;color:#fff;paddin=
g:10px 16px;text-decoration:none;border-radius:4px">Verify email address</a=
></p>
<p>You can check the status of your request at any time in our Privacy Cent=
er.</p>
<p>Kind regards,<br>Privacy Office<br>LoyaltyLoop Europe B.V.</p>
<p style=3D"font-size:11px;color:#777">This email was sent automatically. P=
lease do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table></body></html>
"""),
    ('en', 'knowbe4-phishing-simulation', 'automated', (),
"""Return-Path: <bounce@secure-account-verify.com>
Received: from psm.knowbe4.com (psm.knowbe4.com [147.160.167.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmZ0h2Kc3z9vRw
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:23:05 +0100 (CET)
Date: Tue, 17 Nov 2026 08:23:04 +0000
From: "IT Service Desk" <it-servicedesk@secure-account-verify.com>
To: privacy@shop.example.be
Message-ID: <5520931.XB6nq2Lp.1794905384@psm.knowbe4.com>
Subject: ACTION REQUIRED: Verify your account to keep your data safe (GDPR)
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-PHISHTEST: This is a phishing security test from KnowBe4 that has been authorized by the recipient organization
X-Priority: 1

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Segoe UI,Tahoma,sans-serif;font-size:14px">
<div style=3D"background:#0078d4;color:#fff;padding:14px 20px;font-size:18p=
x">Microsoft 365</div>
<div style=3D"padding:20px;border:1px solid #ddd">
<p>Dear user,</p>
<p>As part of our new <b>GDPR data protection policy</b>, all mailbox accou=
nts must be re-verified before <b>20 November 2026</b>.</p>
<p>Accounts that are not verified will be locked and <b>all mailbox data, i=
ncluding personal data and attachments, will be permanently deleted</b> to =
comply with data retention rules.</p>
<p>To keep your data safe, please verify your account now:</p>
<p><a href=3D"https://secure-account-verify.com/XB6nq2Lp?u=3Dprivacy%40shop=
.example.be&amp;c=3D5520931" style=3D"background:#0078d4;color:#fff;padding=
:10px 22px;text-decoration:none">Verify my account</a></p>
<p>Thank you,<br>IT Service Desk &ndash; Data Protection Team</p>
<p style=3D"font-size:11px;color:#888">This is an automated message, please=
 do not reply. &copy; 2026 Microsoft Corporation</p>
</div>
<img src=3D"https://secure-account-verify.com/XB6nq2Lp/open.gif" width=3D"1=
" height=3D"1" alt=3D"">
</body></html>
"""),
    ('en', 'exim-bounce-inline-copy', 'automated', (),
"""Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Thu, 19 Nov 2026 11:02:43 +0100
Received: from Debian-exim by mx1.shop.example.be with local (Exim 4.97)
	id 1tLq7X-0004Xn-0a
	for privacy@shop.example.be;
	Thu, 19 Nov 2026 11:02:43 +0100
X-Failed-Recipients: k.verhaegen@skynet.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx1.shop.example.be>
To: privacy@shop.example.be
References: <case-7Q2M-XK4P.reply.1@shop.example.be>
Content-Type: text/plain; charset=utf-8
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tLq7X-0004Xn-0a@mx1.shop.example.be>
Date: Thu, 19 Nov 2026 11:02:43 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  k.verhaegen@skynet.be
    host mx.skynet.be [195.238.20.146]
    SMTP error from remote mail server after RCPT TO:<k.verhaegen@skynet.be>:
    550 5.1.1 <k.verhaegen@skynet.be>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <privacy@shop.example.be>
Received: from [10.20.1.14] (helo=bot.shop.example.be)
	by mx1.shop.example.be with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1tLq7V-0004Xk-2R
	for k.verhaegen@skynet.be;
	Thu, 19 Nov 2026 11:02:41 +0100
From: Privacy team shop.example.be <privacy@shop.example.be>
To: Karel Verhaegen <k.verhaegen@skynet.be>
Subject: Re: Please delete my account and stop the newsletter [case 7Q2M-XK4P]
Date: Thu, 19 Nov 2026 11:02:40 +0100
Message-ID: <case-7Q2M-XK4P.reply.1@shop.example.be>
In-Reply-To: <CAGk3w9x1pY7+QvT2Lm0sNf=8rD@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Mr Verhaegen,

On 12 November 2026 you asked us to delete your customer account and all
personal data we hold about you, and to stop sending you our newsletter.

We confirm that:
- your customer account and loyalty card have been closed and erased;
- your e-mail address has been removed from our newsletter list and you
  will not receive any more marketing e-mails;
- we keep your invoices for 7 years, as Belgian tax law requires; they are
  no longer used for any other purpose.

If you are not satisfied with how we handled your request, you have the
right to lodge a complaint with the Data Protection Authority
(www.dataprotectionauthority.be).

Kind regards,
Privacy team
shop.example.be
"""),
    ('nl', 'bol-partner-privacy-request', 'automated', (),
"""Return-Path: <bounce-noreply@partner.bol.com>
Received: from mail-out-03.bol.com (mail-out-03.bol.com [185.14.168.23])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmF3k7Pn5z9vTs
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 07:31:12 +0100 (CET)
Date: Fri, 20 Nov 2026 07:31:10 +0100 (CET)
From: bol.com Partnerservice <noreply@partner.bol.com>
To: privacy@shop.example.be
Message-ID: <1418873921.5518204.1794983470811@partner-notifications-7f9c6d-lq2xw>
Subject: =?utf-8?q?Privacyverzoek_van_een_klant_=E2=80=93_bestelling_A0008KL3QZ7?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: bol-notification-service

Beste partner,

Een klant heeft via bol.com een verzoek ingediend om inzage in de
persoonsgegevens die jij als verkoper over hem of haar verwerkt.

Bestelnummer:      A0008KL3QZ7
Bestelling van:    2 november 2026
Artikel:           Tuinset Lissabon 4-delig, antraciet
Soort verzoek:     Inzage (artikel 15 AVG)
Uiterste datum:    20 december 2026

Wat moet je doen?
Jij bent zelf verwerkingsverantwoordelijke voor de gegevens die je buiten
bol.com bewaart (bijvoorbeeld in je eigen klantenbestand of boekhouding).
Beantwoord het verzoek rechtstreeks aan de klant via het
klantberichtensysteem in het verkopersdashboard. Stuur geen
persoonsgegevens via gewone e-mail.

Bekijk het verzoek: https://partner.bol.com/sdd/customer-service/privacy-re=
quests/4481907

Let op: dit is een automatisch bericht. Antwoorden op deze e-mail worden
niet gelezen.

Met vriendelijke groet,
Partnerservice bol.com

bol.com b.v. | Papendorpseweg 100 | 3528 BJ Utrecht | KvK 32085969
"""),
    ('nl', 'laposta-unsubscribe-notification', 'automated', (),
"""Return-Path: <notificaties@laposta.nl>
Received: from smtp3.laposta.nl (smtp3.laposta.nl [185.101.45.83])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlW8c1Ds6z9vUj
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 21:47:55 +0100 (CET)
Date: Mon, 9 Nov 2026 21:47:53 +0100
To: privacy@shop.example.be
From: Laposta <notificaties@laposta.nl>
Subject: Afmelding voor lijst "Nieuwsbrief NL"
Message-ID: <b5d0f7c0e41a2f33c6a7e9118d2b4f50@app.laposta.nl>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo,

Er heeft zich iemand afgemeld voor je lijst "Nieuwsbrief NL".

E-mailadres: annelies.goossens@proximus.be
Afgemeld op: 9 november 2026 om 21:47
Via: afmeldlink in campagne "Nieuw: winterharde potplanten"
Opgegeven reden: "ik wil deze mails niet meer, ik trek mijn toestemming in"

De relatie is op de status "afgemeld" gezet en ontvangt geen campagnes
meer. Wil je de gegevens helemaal verwijderen? Dat kan via de
relatiepagina in je account.

Je ontvangt deze melding omdat afmeldmeldingen aan staan voor deze lijst.
Je kunt dit uitzetten onder Lijsten > Nieuwsbrief NL > Instellingen.

Groet,
Laposta

--
Dit bericht is automatisch verstuurd.
"""),
    ('nl', 'sendcloud-dpa-subprocessor-update', 'automated', (),
"""Return-Path: <msprvs1=19934xKp1rQ=bounces-23911-8841@bounces.sendcloud.com>
Received: from mta-33-118.sparkpostmail.com (mta-33-118.sparkpostmail.com [192.174.84.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkQ4b9Rr2z9vVh
	for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:00:31 +0100 (CET)
Date: Wed, 04 Nov 2026 14:00:29 +0000
From: Sendcloud <noreply@sendcloud.com>
To: privacy@shop.example.be
Subject: Wijzigingen in onze verwerkersovereenkomst en lijst van subverwerkers
Message-ID: <EB.15.23911.DE5C8A76@i-0a7c3f92d1e4b8c56.mta1vsmtp.cc.prd.sparkpost>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_Part_9930_7720148.1793887229"
X-MSFBL: eyJyIjoicHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUiLCJjIjoic2VydmljZSJ9

--=_Part_9930_7720148.1793887229
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste Sendcloud-gebruiker,

Je ontvangt deze e-mail omdat je een Sendcloud-account hebt voor
shop.example.be. Het gaat om een servicebericht; je kunt je hier niet
voor afmelden.

Per 1 januari 2027 passen we onze verwerkersovereenkomst aan en voegen
we twee subverwerkers toe aan onze lijst:

  * Twilio Ireland Ltd. (Dublin, Ierland) - versturen van sms-berichten
    over de track & trace van zendingen
  * Zendesk Inc. (VS) - klantenservice, op basis van het EU-US Data
    Privacy Framework

Welke persoonsgegevens van jouw klanten worden verwerkt? Naam,
afleveradres, e-mailadres en telefoonnummer, uitsluitend om zendingen
af te leveren.

Heb je gegronde redenen om bezwaar te maken tegen een nieuwe
subverwerker? Dan kun je dat tot en met 15 december 2026 laten weten
via https://www.sendcloud.com/nl/dpa-bezwaar/. Maak je geen bezwaar,
dan geldt de nieuwe versie automatisch vanaf 1 januari 2027.

De volledige verwerkersovereenkomst en de actuele lijst van
subverwerkers vind je op https://www.sendcloud.com/nl/privacy/subverwerkers=
/.

Met vriendelijke groet,
Team Legal & Privacy, Sendcloud

Sendcloud B.V. | Stationsplein 32 | 5611 AC Eindhoven | Nederland

--=_Part_9930_7720148.1793887229
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Inter,Arial,sans-serif;font-size:15px;line=
-height:1.5;color:#112857"><p>Beste Sendcloud-gebruiker,</p><p>Je ontvangt =
deze e-mail omdat je een Sendcloud-account hebt voor shop.example.be. Het g=
aat om een servicebericht; je kunt je hier niet voor afmelden.</p><p>Per 1 =
januari 2027 passen we onze verwerkersovereenkomst aan en voegen we twee su=
bverwerkers toe aan onze lijst:</p><p>  * Twilio Ireland Ltd. (Dublin, Ierl=
and) - versturen van sms-berichten     over de track & trace van zendingen =
  * Zendesk Inc. (VS) - klantenservice, op basis van het EU-US Data     Pri=
vacy Framework</p><p>Welke persoonsgegevens van jouw klanten worden verwerk=
t? Naam, afleveradres, e-mailadres en telefoonnummer, uitsluitend om zendin=
gen af te leveren.</p><p>Heb je gegronde redenen om bezwaar te maken tegen =
een nieuwe subverwerker? Dan kun je dat tot en met 15 december 2026 laten w=
eten via https://www.sendcloud.com/nl/dpa-bezwaar/. Maak je geen bezwaar, d=
an geldt de nieuwe versie automatisch vanaf 1 januari 2027.</p><p>De volled=
ige verwerkersovereenkomst en de actuele lijst van subverwerkers vind je op=
 https://www.sendcloud.com/nl/privacy/subverwerkers/.</p><p>Met vriendelijk=
e groet, Team Legal & Privacy, Sendcloud</p><p>Sendcloud B.V. | Stationsple=
in 32 | 5611 AC Eindhoven | Nederland </p></body></html>

--=_Part_9930_7720148.1793887229--
"""),
    ('nl', 'freshdesk-processor-acknowledgement', 'automated', (),
"""Return-Path: <privacy@spaarpunt-benelux.nl>
Received: from mail-eu1.freshdesk.com (mail-eu1.freshdesk.com [52.58.101.29])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmT6d2Xf9z9vWk
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 13:18:07 +0100 (CET)
Date: Thu, 12 Nov 2026 12:18:05 +0000
From: Privacyteam Spaarpunt <privacy@spaarpunt-benelux.nl>
Reply-To: Privacyteam Spaarpunt <privacy@spaarpunt-benelux.nl>
To: privacy@shop.example.be
Message-ID: <4e7c91f0a2b3d8e5.48213.1794485885@freshdesk.com>
Subject: [#48213] Re: Verzoek tot verwijdering persoonsgegevens klant L. Janssens (spaarkaart 6025 4418 0091)
In-Reply-To: <case-3HF8-QW2N.fwd.1@shop.example.be>
References: <case-3HF8-QW2N.fwd.1@shop.example.be>
Mime-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6SGVsdmV0aWNhLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1z
aXplOjE0cHgiPgo8cD5CZXN0ZSw8L3A+CjxwPkJlZGFua3Qgdm9vciBqZSBiZXJpY2h0LiBXZSBo
ZWJiZW4gamUgdmVyem9layBnb2VkIG9udHZhbmdlbiBlbiBnZXJlZ2lzdHJlZXJkIG9uZGVyIHRp
Y2tldG51bW1lciA8Yj4jNDgyMTM8L2I+LjwvcD4KPHA+T25zIHByaXZhY3l0ZWFtIGJlaGFuZGVs
dCB2ZXJ6b2VrZW4gdmFuIGJldHJva2tlbmVuIChpbnphZ2UsIHZlcmJldGVyaW5nLCB2ZXJ3aWpk
ZXJpbmcsIG92ZXJkcmFhZ2JhYXJoZWlkKSBiaW5uZW4gJmVhY3V0ZTsmZWFjdXRlO24gbWFhbmQg
bmEgb250dmFuZ3N0LCB6b2FscyBkZSBBVkcgdm9vcnNjaHJpamZ0LiBBbHMgd2UgZXh0cmEgaW5m
b3JtYXRpZSBub2RpZyBoZWJiZW4gb20gZGUgaWRlbnRpdGVpdCB2YW4gZGUgYmV0cm9ra2VuZSB0
ZSBjb250cm9sZXJlbiwgbmVtZW4gd2UgY29udGFjdCBtZXQgamUgb3AuPC9wPgo8cD5KZSBrdW50
IGRlIHN0YXR1cyB2YW4gamUgdGlja2V0IG9wIGVsayBtb21lbnQgYmVraWprZW4gdmlhIG9ucyBr
bGFudGVucG9ydGFhbDogPGEgaHJlZj0iaHR0cHM6Ly9zcGFhcnB1bnQuZnJlc2hkZXNrLmNvbS9z
dXBwb3J0L3RpY2tldHMvNDgyMTMiPmh0dHBzOi8vc3BhYXJwdW50LmZyZXNoZGVzay5jb20vc3Vw
cG9ydC90aWNrZXRzLzQ4MjEzPC9hPjwvcD4KPHA+TWV0IHZyaWVuZGVsaWprZSBncm9ldCw8YnI+
UHJpdmFjeXRlYW0gU3BhYXJwdW50IEJlbmVsdXg8L3A+CjxwIHN0eWxlPSJjb2xvcjojOTk5O2Zv
bnQtc2l6ZToxMnB4Ij5EaXQgaXMgZWVuIGF1dG9tYXRpc2NoIGdlZ2VuZXJlZXJkIGJlcmljaHQu
IEFudHdvb3JkIGJvdmVuIGRlemUgbGlqbiBvbSBpZXRzIGFhbiBqZSB0aWNrZXQgdG9lIHRlIHZv
ZWdlbi48L3A+CjwvZGl2Pgo=
"""),
    ('nl', 'zendesk-request-solved-cc', 'automated', (),
"""Return-Path: <support+id38121@shopexamplebe.zendesk.com>
Received: from outbyoip13.pod17.euc1.zdsys.com (outbyoip13.pod17.euc1.zdsys.com [188.172.137.13])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnJ9w0Yg4z9vXm
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 16:40:33 +0100 (CET)
Date: Thu, 19 Nov 2026 15:40:31 +0000
From: "Klantendienst shop.example.be" <support@shopexamplebe.zendesk.com>
Reply-To: Klantendienst shop.example.be <support+id38121@shopexamplebe.zendesk.com>
To: Hilde Peeters <hilde.peeters@outlook.be>
Cc: privacy@shop.example.be
Message-ID: <Q7K2ZLM04R_673cb1cf8e1a9_5c3b2d8a17e6_sprut@zendesk.com>
In-Reply-To: <Q7K2ZLM04R@zendesk.com>
Subject: [shop.example.be] Re: account en gegevens verwijderen
Mime-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 7a31c2e
X-Zendesk-Email-Id: 01JD4Q7K2ZLM04RXNB3C8V9T1A
Auto-Submitted: auto-generated

##- Typ je antwoord boven deze regel -##

Je aanvraag (38121) is opgelost. Om opnieuw te openen, beantwoord je deze e=
-mail.

Els Maes (shop.example.be)

19 nov. 2026 16:40 CET

Beste mevrouw Peeters,

Uw account en de bijhorende persoonsgegevens zijn verwijderd. U ontvangt oo=
k geen nieuwsbrief meer.

Met vriendelijke groeten,
Els - klantendienst shop.example.be

Hilde Peeters

3 nov. 2026 10:12 CET

Goeiedag,

Gelieve mijn klantenaccount en al mijn gegevens te verwijderen, ook van de =
klantenkaart. Ik wil ook geen nieuwsbrief of reclame meer ontvangen.

Alvast bedankt,
Hilde Peeters

Dit e-mailbericht is een servicebericht met betrekking tot jouw aanvraag bi=
j shop.example.be.
[Q7K2ZL-M04R]
"""),
    ('nl', 'hosting-breach-notice-bulk', 'automated', (),
"""Return-Path: <bounce-7311-220-41871@mailing.hostbel.example>
Received: from mailing.hostbel.example (mailing.hostbel.example [91.208.44.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmL5s3Bz1z9vYn
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 18:05:02 +0100 (CET)
Date: Sat, 14 Nov 2026 18:04:58 +0100
From: HostBel <noreply@hostbel.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Belangrijk=3A_informatie_over_een_beveiligingsincident_en_uw_perso?=
 =?utf-8?q?onsgegevens?=
Message-ID: <20261114170458.7311.220-41871@mailing.hostbel.example>
Precedence: bulk
X-Campaign-Id: incident-2026-11-12
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste klant,

Met dit bericht informeren wij u over een beveiligingsincident bij
HostBel. U ontvangt deze e-mail omdat u een account hebt bij ons
(klantnummer 220-41871).

Wat is er gebeurd?
Op 12 november 2026 hebben we vastgesteld dat een onbevoegde derde via
een kwetsbaarheid in een interne supporttool toegang had tot een deel
van ons klantenbestand.

Welke gegevens zijn betrokken?
Mogelijk werden uw naam, e-mailadres, telefoonnummer, factuuradres en
een versleutelde (gehashte) versie van uw wachtwoord ingezien. Er zijn
geen betaalgegevens betrokken en de inhoud van uw websites, databanken
en mailboxen werd niet geraakt.

Wat hebben wij gedaan?
We hebben de kwetsbaarheid gedicht, alle sessies be=EBindigd en het
incident gemeld aan de Gegevensbeschermingsautoriteit.

Wat raden wij u aan?
Wijzig uw wachtwoord bij uw volgende aanmelding en wees alert op
phishingmails die naar HostBel verwijzen. Wij vragen u nooit om uw
wachtwoord per e-mail.

Vragen? Onze functionaris voor gegevensbescherming is bereikbaar via
dpo@hostbel.example.

Met vriendelijke groeten,
Het HostBel-team

Dit is een automatisch verzonden bericht. U kunt niet op deze e-mail
antwoorden.
"""),
    ('fr', 'brevo-unsubscribe-notification', 'automated', (),
"""Return-Path: <bounces-10482271-3@notification.brevo.com>
Received: from smtp-relay.sendinblue.com (smtp-relay.sendinblue.com [185.41.28.109])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkV1t8Hq3z9vZa
	for <privacy@shop.example.be>; Fri,  6 Nov 2026 19:22:48 +0100 (CET)
Date: Fri, 06 Nov 2026 18:22:46 +0000
From: Brevo <notifications@brevo.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Un_contact_s=27est_d=C3=A9sinscrit_de_votre_liste_=C2=AB_Newslette?=
 =?utf-8?q?r_FR_=C2=BB?=
Message-Id: <202611061822.68431950227@smtp-relay.mailin.fr>
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="b1_9fd3c0a8e72f41c6a5d0e3b7"
X-Mailin-Campaign: notification-unsubscribe
X-sib-id: Jw0PlRrdlJbXx9n2mK4qTz1vH8cY5aG3eS7uB6wN0fD2iL
Origin-messageId: <202611061822.68431950227@smtp-relay.mailin.fr>

This is a multi-part message in MIME format.

--b1_9fd3c0a8e72f41c6a5d0e3b7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Un contact s'est d=C3=A9sinscrit de votre liste =C2=AB Newsletter FR =C2=BB.

Adresse e-mail : c.lemaire@skynet.be
Date : 6 novembre 2026 =C3=A0 19:22
Campagne : Nouveaut=C3=A9s de saison =E2=80=93 =C3=A9clairage de jardin
Motif indiqu=C3=A9 : =C2=AB Je ne souhaite plus recevoir vos e-mails =C2=BB

Conform=C3=A9ment au RGPD, ce contact a =C3=A9t=C3=A9 ajout=C3=A9 =C3=A0 vo=
tre liste noire et ne
recevra plus de campagnes marketing de votre part. Son consentement
a =C3=A9t=C3=A9 retir=C3=A9 le 6 novembre 2026 =C3=A0 19:22 (preuve conserv=
=C3=A9e dans l'historique
du contact).

Voir le contact : https://app.brevo.com/contact/index/10482271

Vous recevez cette notification car l'option =C2=AB =C3=8Atre averti des
d=C3=A9sinscriptions =C2=BB est activ=C3=A9e pour ce compte.

L'=C3=A9quipe Brevo
Brevo SAS, 106 boulevard Haussmann, 75008 Paris, France

--b1_9fd3c0a8e72f41c6a5d0e3b7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"fr"><head><meta charset=3D"utf-8"></head>
<body style=3D"background:#f9fafc;font-family:Roboto,Arial,sans-serif;color=
:#1f2d3d">
<div style=3D"max-width:580px;margin:0 auto;background:#fff;padding:28px">
<p><img src=3D"https://img.mailinblue.com/brevo/logo-brevo.png" alt=3D"Brev=
o" width=3D"90"></p>
<p>Bonjour,</p>
<p>Un contact s&#39;est d&eacute;sinscrit de votre liste &laquo;&nbsp;Newsl=
etter FR&nbsp;&raquo;.</p>
<ul><li>Adresse e-mail : c.lemaire@skynet.be</li><li>Date : 6 novembre 2026=
 &agrave; 19:22</li>
<li>Campagne : Nouveaut&eacute;s de saison &ndash; &eacute;clairage de jard=
in</li>
<li>Motif indiqu&eacute; : &laquo;&nbsp;Je ne souhaite plus recevoir vos e-=
mails&nbsp;&raquo;</li></ul>
<p>Conform&eacute;ment au RGPD, ce contact a &eacute;t&eacute; ajout&eacute=
; &agrave; votre liste noire et ne recevra plus de campagnes marketing de v=
otre part. Son consentement a &eacute;t&eacute; retir&eacute; le 6 novembre=
 2026 &agrave; 19:22 (preuve conserv&eacute;e dans l&#39;historique du cont=
act).</p>
<p><a href=3D"https://app.brevo.com/contact/index/10482271" style=3D"backgr=
ound:#0b996e;color:#fff;padding:10px 18px;border-radius:20px;text-decoratio=
n:none">Voir le contact</a></p>
<p style=3D"font-size:12px;color:#8392a5">Vous recevez cette notification c=
ar l&#39;option &laquo;&nbsp;&Ecirc;tre averti des d&eacute;sinscriptions&n=
bsp;&raquo; est activ&eacute;e pour ce compte.<br>Brevo SAS, 106 boulevard =
Haussmann, 75008 Paris, France</p>
</div></body></html>

--b1_9fd3c0a8e72f41c6a5d0e3b7--
"""),
    ('fr', 'axeptio-monthly-consent-report', 'automated', (),
"""Return-Path: <bounce+0c1a3f.9d2e-privacy=shop.example.be@mg.axeptio.eu>
Received: from m228-12.mailgun.net (m228-12.mailgun.net [159.135.228.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk2c6Nv7fz9vAb
	for <privacy@shop.example.be>; Sun,  1 Nov 2026 07:00:19 +0100 (CET)
Mime-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64
Subject: =?utf-8?q?=F0=9F=93=8A_Votre_rapport_de_consentement_=E2=80=93_octobre_2026?=
From: Axeptio <no-reply@axeptio.eu>
To: privacy@shop.example.be
Date: Sun, 01 Nov 2026 06:00:17 +0000
Message-Id: <20261101060017.6f3d2b1a9c8e7d40@mg.axeptio.eu>
X-Mailgun-Sending-Ip: 159.135.228.12
X-Mailgun-Sid: WyI3ZjFkMiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICIwYzFhM2YiXQ==
X-Mailgun-Tag: monthly-report
X-Mailgun-Variables: {"project": "63a1f0c2e9b7d4"}

PCFET0NUWVBFIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjx0aXRsZT5W
b3RyZSByYXBwb3J0IG1lbnN1ZWwgQXhlcHRpbzwvdGl0bGU+PC9oZWFkPgo8Ym9keSBzdHlsZT0i
Zm9udC1mYW1pbHk6J1NvdXJjZSBTYW5zIFBybycsQXJpYWwsc2Fucy1zZXJpZjtiYWNrZ3JvdW5k
OiNmZmY4ZWM7Y29sb3I6IzIxMjEyMSI+Cjx0YWJsZSB3aWR0aD0iNjAwIiBhbGlnbj0iY2VudGVy
IiBjZWxscGFkZGluZz0iMjQiIHN0eWxlPSJiYWNrZ3JvdW5kOiNmZmZmZmY7Ym9yZGVyLXJhZGl1
czoxMnB4Ij4KPHRyPjx0ZD4KPGgxIHN0eWxlPSJmb250LXNpemU6MjJweCI+Vm90cmUgcmFwcG9y
dCBkZSBjb25zZW50ZW1lbnQgJm5kYXNoOyBvY3RvYnJlIDIwMjY8L2gxPgo8cD5Qcm9qZXQgOiA8
Yj5zaG9wLmV4YW1wbGUuYmU8L2I+IChGUiwgTkwsIEVOKTwvcD4KPHRhYmxlIHdpZHRoPSIxMDAl
IiBjZWxscGFkZGluZz0iOCIgc3R5bGU9InRleHQtYWxpZ246Y2VudGVyIj4KPHRyPjx0ZCBzdHls
ZT0iYmFja2dyb3VuZDojZmZmM2Q2Ij48ZGl2IHN0eWxlPSJmb250LXNpemU6MjZweDtmb250LXdl
aWdodDpib2xkIj40OCZuYnNwOzkxMzwvZGl2PmNob2l4IGVucmVnaXN0ciZlYWN1dGU7czwvdGQ+
Cjx0ZCBzdHlsZT0iYmFja2dyb3VuZDojZTdmN2VlIj48ZGl2IHN0eWxlPSJmb250LXNpemU6MjZw
eDtmb250LXdlaWdodDpib2xkIj42Myw0Jm5ic3A7JTwvZGl2PmFjY2VwdGF0aW9uIHRvdGFsZTwv
dGQ+Cjx0ZCBzdHlsZT0iYmFja2dyb3VuZDojZmRlOGU4Ij48ZGl2IHN0eWxlPSJmb250LXNpemU6
MjZweDtmb250LXdlaWdodDpib2xkIj4yMiwxJm5ic3A7JTwvZGl2PnJlZnVzIHRvdGFsPC90ZD48
L3RyPgo8L3RhYmxlPgo8cD5GaW5hbGl0JmVhY3V0ZTtzIGxlcyBwbHVzIHJlZnVzJmVhY3V0ZTtl
cyA6PC9wPgo8b2w+PGxpPlB1YmxpY2l0JmVhY3V0ZTsgY2libCZlYWN1dGU7ZSAoTWV0YSBQaXhl
bCwgR29vZ2xlIEFkcykgJm5kYXNoOyAzMSw4Jm5ic3A7JSBkZSByZWZ1czwvbGk+CjxsaT5NZXN1
cmUgZCYjMzk7YXVkaWVuY2UgYXZhbmMmZWFjdXRlO2UgKEhvdGphcikgJm5kYXNoOyAyNywyJm5i
c3A7JSBkZSByZWZ1czwvbGk+PC9vbD4KPHA+VG91dGVzIGxlcyBwcmV1dmVzIGRlIGNvbnNlbnRl
bWVudCBzb250IGNvbnNlcnYmZWFjdXRlO2VzIHBlbmRhbnQgMTMgbW9pcyBldCBwZXV2ZW50ICZl
Y2lyYzt0cmUgZXhwb3J0JmVhY3V0ZTtlcyBkZXB1aXMgdm90cmUgY29uc29sZSwgcGFyIGV4ZW1w
bGUgcG91ciByJmVhY3V0ZTtwb25kcmUgJmFncmF2ZTsgdW5lIGRlbWFuZGUgZCYjMzk7YWNjJmVn
cmF2ZTtzIG91ICZhZ3JhdmU7IHVuIGNvbnRyJm9jaXJjO2xlIGRlIGwmIzM5O2F1dG9yaXQmZWFj
dXRlOyBkZSBwcm90ZWN0aW9uIGRlcyBkb25uJmVhY3V0ZTtlcy48L3A+CjxwPiYjOTg4ODsmIzY1
MDM5OyAyIG5vdXZlYXV4IGNvb2tpZXMgbm9uIGQmZWFjdXRlO2NsYXImZWFjdXRlO3Mgb250ICZl
YWN1dGU7dCZlYWN1dGU7IGQmZWFjdXRlO3RlY3QmZWFjdXRlO3MgbG9ycyBkdSBkZXJuaWVyIHNj
YW4gKDxpPl9jbGNrPC9pPiwgPGk+X3VldHNpZDwvaT4pLiBQZW5zZXogJmFncmF2ZTsgbWV0dHJl
ICZhZ3JhdmU7IGpvdXIgdm90cmUgd2lkZ2V0LjwvcD4KPHA+PGEgaHJlZj0iaHR0cHM6Ly9hZG1p
bi5heGVwdGlvLmV1L3Byb2plY3RzLzYzYTFmMGMyZTliN2Q0L3N0YXRpc3RpY3MiIHN0eWxlPSJi
YWNrZ3JvdW5kOiNmZmM4MDA7Y29sb3I6IzAwMDtwYWRkaW5nOjEwcHggMThweDtib3JkZXItcmFk
aXVzOjIwcHg7dGV4dC1kZWNvcmF0aW9uOm5vbmU7Zm9udC13ZWlnaHQ6Ym9sZCI+Vm9pciBtZXMg
c3RhdGlzdGlxdWVzPC9hPjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6ZToxMXB4O2NvbG9yOiM4ODgi
PlZvdXMgcmVjZXZleiBjZSByYXBwb3J0IGNhciB2b3VzICZlY2lyYzt0ZXMgYWRtaW5pc3RyYXRl
dXIgZHUgcHJvamV0LiA8YSBocmVmPSJodHRwczovL2FkbWluLmF4ZXB0aW8uZXUvYWNjb3VudC9u
b3RpZmljYXRpb25zIj5HJmVhY3V0ZTtyZXIgbWVzIG5vdGlmaWNhdGlvbnM8L2E+PGJyPkF4ZXB0
aW8gJm5kYXNoOyBBZ2VuY2UgSW5ib3ggU0FTLCAxNSBydWUgRW1pbGUgWm9sYSwgMzQwMDAgTW9u
dHBlbGxpZXI8L3A+CjwvdGQ+PC90cj48L3RhYmxlPgo8aW1nIHNyYz0iaHR0cHM6Ly9saW5rcy5h
eGVwdGlvLmV1L28vZUp3MWpjRUt3akFRUlA5bU4yWm10a2tmTHlMZS14bmtaZ0NrRU9CMnciIHdp
ZHRoPSIxIiBoZWlnaHQ9IjEiIGFsdD0iIiBzdHlsZT0iZGlzcGxheTpub25lIj4KPC9ib2R5Pjwv
aHRtbD4K
"""),
    ('fr', 'payplug-privacy-policy-update', 'automated', (),
"""Return-Path: <01070193f0a7c3d2-e8b1a5f4-2c9d-4e7a-b3f6-5d1c0a9e8b72-000000@eu-west-1.amazonses.com>
Received: from a7-21.smtp-out.eu-west-1.amazonses.com (a7-21.smtp-out.eu-west-1.amazonses.com [54.240.7.21])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlF2x4Wz8z9vBc
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:30:12 +0100 (CET)
Date: Tue, 10 Nov 2026 09:30:10 +0000
From: PayPlug <noreply@payplug.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Mise_=C3=A0_jour_de_notre_Politique_de_confidentialit=C3=A9?=
Message-ID: <01070193f0a7c3d2-e8b1a5f4-2c9d-4e7a-b3f6-5d1c0a9e8b72-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <mailto:unsubscribe@payplug.com?subject=unsubscribe>
Feedback-ID: 1.eu-west-1.Qx0vK3pW8sT1zN6yB4cR9mE2hL7aF5gD0jU3iO8nP1s=:AmazonSES
X-SES-Outgoing: 2026.11.10-54.240.7.21

Bonjour,

Nous mettons =C3=A0 jour notre Politique de confidentialit=C3=A9. La nouvel=
le
version entrera en vigueur le 1er d=C3=A9cembre 2026.

Ce qui change :
- nous pr=C3=A9cisons les dur=C3=A9es de conservation des donn=C3=A9es li=
=C3=A9es aux
  transactions (10 ans, conform=C3=A9ment au Code mon=C3=A9taire et financi=
er) ;
- nous ajoutons un nouveau sous-traitant pour la lutte contre la fraude ;
- nous d=C3=A9taillons les transferts de donn=C3=A9es hors de l'Union europ=
=C3=A9enne.

Vos droits ne changent pas : vous pouvez =C3=A0 tout moment demander l'acc=
=C3=A8s =C3=A0
vos donn=C3=A9es, leur rectification, leur effacement ou leur portabilit=C3=
=A9,
vous opposer =C3=A0 leur traitement ou en demander la limitation, en =C3=A9=
crivant
=C3=A0 notre d=C3=A9l=C3=A9gu=C3=A9 =C3=A0 la protection des donn=C3=A9es :=
 dpo@payplug.com.
Vous pouvez =C3=A9galement introduire une r=C3=A9clamation aupr=C3=A8s de l=
a CNIL.

Consulter la nouvelle Politique de confidentialit=C3=A9 :
https://www.payplug.com/fr/politique-de-confidentialite

Aucune action n'est requise de votre part. En continuant =C3=A0 utiliser nos
services apr=C3=A8s le 1er d=C3=A9cembre 2026, vous reconnaissez avoir pris
connaissance de cette nouvelle version.

L'=C3=A9quipe PayPlug

Cet e-mail de service vous est envoy=C3=A9 automatiquement, merci de ne pas=
 y
r=C3=A9pondre.
PayPlug SAS =E2=80=93 110 avenue de France, 75013 Paris
"""),
    ('fr', 'dpo-auto-acknowledgement', 'automated', (),
"""Return-Path: <ne-pas-repondre@jardival.example.fr>
Received: from smtp.jardival.example.fr (smtp.jardival.example.fr [80.12.66.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmD8r1Kd5z9vCd
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 14:52:10 +0100 (CET)
From: =?iso-8859-1?Q?D=E9l=E9gu=E9_=E0_la_protection_des_donn=E9es?= <ne-pas-repondre@jardival.example.fr>
To: privacy@shop.example.be
Subject: =?iso-8859-1?Q?Accus=E9_de_r=E9ception_de_votre_demande_-_R=E9f._DPO-2026-11-0457?=
Date: Fri, 13 Nov 2026 14:52:08 +0100
Message-ID: <1794577928.4471.ack@crm.jardival.example.fr>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Nous accusons r=E9ception de votre demande relative =E0 l'exercice de vos
droits sur vos donn=E9es =E0 caract=E8re personnel, enregistr=E9e sous la
r=E9f=E9rence DPO-2026-11-0457.

Type de demande : droit d'acc=E8s (article 15 du RGPD)
Date de r=E9ception : 13/11/2026

Conform=E9ment =E0 l'article 12 du R=E8glement g=E9n=E9ral sur la protectio=
n des
donn=E9es, nous disposons d'un d=E9lai d'un mois =E0 compter de la r=E9cept=
ion
de votre demande pour y r=E9pondre. Ce d=E9lai peut =EAtre prolong=E9 de de=
ux
mois compte tenu de la complexit=E9 ou du nombre de demandes ; dans ce cas,
vous en serez inform=E9(e).

En cas de doute raisonnable sur votre identit=E9, nous pourrons vous
demander des informations compl=E9mentaires.

Le D=E9l=E9gu=E9 =E0 la protection des donn=E9es
Groupe Jardival

Ce message est g=E9n=E9r=E9 automatiquement, merci de ne pas y r=E9pondre.
"""),
    ('fr', 'freshdesk-ticket-closed-fr', 'automated', (),
"""Return-Path: <support@expedipro.example.fr>
Received: from mail-eu2.freshdesk.com (mail-eu2.freshdesk.com [3.120.54.87])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmY3q9Mt2z9vDe
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 17:03:45 +0100 (CET)
Date: Mon, 16 Nov 2026 16:03:43 +0000
From: Support ExpediPro <support@expedipro.example.fr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Ticket_ferm=C3=A9_=3A_=5B=2377104=5D_Demande_d=27effacement_?=
 =?utf-8?q?=E2=80=93_client_n=C2=B0_118305?=
Message-ID: <7b2e0c4f1a9d.77104.closed.1794851023@freshdesk.com>
In-Reply-To: <case-9TRP-2LKD.fwd.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Votre ticket n° 77104 « Demande d'effacement – client n° 118305 » a été
fermé. Si le problème persiste, répondez simplement à cet e-mail pour
rouvrir le ticket.

Résumé de la demande :

De : privacy@shop.example.be
Date : 2 nov. 2026 à 09:41
Bonjour,
Notre client M. Olivier Dubois (client n° 118305, olivier.dubois@gmail.com)
a exercé son droit à l'effacement (art. 17 RGPD). Merci de supprimer
toutes ses données de vos systèmes (historique d'envois, adresses, numéro
de téléphone) et de nous le confirmer.
Cordialement,
Service vie privée – shop.example.be

Réponse de notre équipe :
Les données du client ont été supprimées de notre plateforme le
16/11/2026. Les bordereaux déjà transmis aux transporteurs sont effacés
à l'issue du délai légal.

Merci d'avoir contacté le support ExpediPro.

Comment évaluez-vous notre réponse ?
Bonne : https://expedipro.freshdesk.com/support/surveys/77104/good
Mauvaise : https://expedipro.freshdesk.com/support/surveys/77104/bad
"""),
    ('de', 'cleverreach-unsubscribe-notice', 'automated', (),
"""Return-Path: <bounce-492817-11@mailer.cleverreach.com>
Received: from mta104.cleverreach.com (mta104.cleverreach.com [85.25.124.104])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkX5m2Gp7z9vEf
	for <privacy@shop.example.be>; Sun,  8 Nov 2026 12:05:31 +0100 (CET)
Date: Sun, 08 Nov 2026 12:05:29 +0100
From: CleverReach <noreply@cleverreach.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Abmeldung_aus_Gruppe_=22Newsletter_DE/AT=22=3A_stefan=2Ekruse=40we?=
 =?utf-8?q?b=2Ede?=
Message-ID: <6f1b2e9a4d7c3058b1e2.492817@cleverreach.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-CSA-Complaints: csa-complaints@eco.de

Hallo,

ein Empf=C3=A4nger hat sich von Ihrer Gruppe "Newsletter DE/AT" abgemeldet =
und
damit seine Einwilligung in den Empfang von Werbe-E-Mails widerrufen.

E-Mail:        stefan.kruse@web.de
Abgemeldet am: 08.11.2026, 12:05 Uhr
Quelle:        Abmeldelink im Mailing "Winterfest: Vogelh=C3=A4user & Futte=
rstationen"
Grund:         keine Angabe

Der Empf=C3=A4nger wurde in Ihrer Gruppe deaktiviert und auf die globale
Blacklist gesetzt. Der Zeitpunkt des Widerrufs wird zu Nachweiszwecken
(Art. 7 Abs. 1 DSGVO) gespeichert.

Diese Benachrichtigung wurde automatisch erstellt. Sie k=C3=B6nnen die
Abmelde-Benachrichtigungen in den Gruppeneinstellungen deaktivieren.

Ihr CleverReach-Team
--
CleverReach GmbH & Co. KG | Schafj=C3=BCckenweg 2 | 26180 Rastede
"""),
    ('de', 'usercentrics-monthly-report', 'automated', (),
"""Return-Path: <reports@usercentrics.eu>
Received: from mail-ej1-f98.google.com (mail-ej1-f98.google.com [209.85.218.98])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qk3f0Bq1nz9vFg
	for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:44 +0100 (CET)
Date: Mon, 02 Nov 2026 05:00:42 +0000
From: Usercentrics Reports <reports@usercentrics.eu>
To: privacy@shop.example.be
Subject: Ihr Consent-Report Oktober 2026 – shop.example.be
Message-ID: <0100019345a7d2e1-reports-Hk3vQ9xL2-202610@usercentrics.eu>
List-Unsubscribe: <https://admin.usercentrics.eu/#/account/reports>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000a3f1c905f7d2b4e8"

--000000000000a3f1c905f7d2b4e8
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ihr monatlicher Consent-Report
Oktober 2026 | shop.example.be (Settings-ID: Hk3vQ9xL2)

Einwilligungsrate (Opt-in):  61,9 %
Ablehnungsrate:              24,3 %
Teilweise Einwilligung:      13,8 %
Consent-Entscheidungen:      51.207

Top-Services nach Ablehnung
1. Meta Pixel               33,1 %
2. Google Ads Remarketing    29,4 %
3. Hotjar                    26,0 %

Hinweis: Bei 1 Service fehlt eine Beschreibung der Verarbeitungszwecke
in Ihrer Datenschutzerkl=C3=A4rung. Pr=C3=BCfen Sie die Angaben im Admin In=
terface.

Alle Einwilligungen werden revisionssicher gespeichert und k=C3=B6nnen jede=
rzeit
als Nachweis gegen=C3=BCber Aufsichtsbeh=C3=B6rden exportiert werden.

Zum Dashboard: https://admin.usercentrics.eu/#/v3/analytics?settingsId=3DHk=
3vQ9xL2

Sie erhalten diese E-Mail, weil Sie Berichte f=C3=BCr diese Konfiguration
abonniert haben. Abbestellen: https://admin.usercentrics.eu/#/account/repor=
ts

Usercentrics GmbH | Sendlinger Stra=C3=9Fe 7 | 80331 M=C3=BCnchen

--000000000000a3f1c905f7d2b4e8
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#303030"><p>Ihr mon=
atlicher Consent-Report<br>Oktober 2026 | shop.example.be (Settings-ID: Hk3=
vQ9xL2)</p><p>Einwilligungsrate (Opt-in):  61,9 %<br>Ablehnungsrate:       =
       24,3 %<br>Teilweise Einwilligung:      13,8 %<br>Consent-Entscheidun=
gen:      51.207</p><p>Top-Services nach Ablehnung<br>1. Meta Pixel        =
       33,1 %<br>2. Google Ads Remarketing    29,4 %<br>3. Hotjar          =
          26,0 %</p><p>Hinweis: Bei 1 Service fehlt eine Beschreibung der V=
erarbeitungszwecke<br>in Ihrer Datenschutzerkl=C3=A4rung. Pr=C3=BCfen Sie d=
ie Angaben im Admin Interface.</p><p>Alle Einwilligungen werden revisionssi=
cher gespeichert und k=C3=B6nnen jederzeit<br>als Nachweis gegen=C3=BCber A=
ufsichtsbeh=C3=B6rden exportiert werden.</p><p>Zum Dashboard: https://admin=
.usercentrics.eu/#/v3/analytics?settingsId=3DHk3vQ9xL2</p><p>Sie erhalten d=
iese E-Mail, weil Sie Berichte f=C3=BCr diese Konfiguration<br>abonniert ha=
ben. Abbestellen: https://admin.usercentrics.eu/#/account/reports</p><p>Use=
rcentrics GmbH | Sendlinger Stra=C3=9Fe 7 | 80331 M=C3=BCnchen<br></p></bod=
y></html>

--000000000000a3f1c905f7d2b4e8--
"""),
    ('de', 'rapidmail-subprocessor-change', 'automated', (),
"""Return-Path: <system-bounces@rapidmail.de>
Received: from mx-out-07.rapidmail.de (mx-out-07.rapidmail.de [116.202.66.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlK9p3Xs4z9vGh
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:00:05 +0100 (CET)
Date: Tue, 17 Nov 2026 09:00:03 +0100
From: rapidmail Datenschutz <noreply@rapidmail.de>
To: privacy@shop.example.be
Subject: =?utf-8?Q?=C3=84nderung_der_Unterauftragsverarbeiter_gem._Ziff._7_AVV?=
Message-ID: <rm-sys.2026111709.558213@rapidmail.de>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

U2VociBnZWVocnRlIERhbWVuIHVuZCBIZXJyZW4sCgpnZW3DpMOfIFppZmZlciA3IHVuc2VyZXMg
VmVydHJhZ3MgenVyIEF1ZnRyYWdzdmVyYXJiZWl0dW5nIChBVlYpIG5hY2gKQXJ0LiAyOCBEU0dW
TyBpbmZvcm1pZXJlbiB3aXIgU2llIMO8YmVyIGVpbmUgZ2VwbGFudGUgw4RuZGVydW5nIHVuc2Vy
ZXIKTGlzdGUgZGVyIFVudGVyYXVmdHJhZ3N2ZXJhcmJlaXRlcjoKCk5ldSBhYiAwMS4wMS4yMDI3
OgotIEhldHpuZXIgT25saW5lIEdtYkgsIEd1bnplbmhhdXNlbiDigJMgSG9zdGluZyB2b24gQmFj
a3VwcyAoU3RhbmRvcnQKICBEZXV0c2NobGFuZCkKCkVudGbDpGxsdDoKLSBJT05PUyBTRSwgTW9u
dGFiYXVyCgpTaWUgaGFiZW4gZGFzIFJlY2h0LCBkaWVzZXIgw4RuZGVydW5nIGlubmVyaGFsYiB2
b24gMTQgVGFnZW4gbmFjaCBadWdhbmcKZGllc2VyIE1pdHRlaWx1bmcgYXVzIHdpY2h0aWdlbSBk
YXRlbnNjaHV0enJlY2h0bGljaGVtIEdydW5kIHp1CndpZGVyc3ByZWNoZW4uIEVpbiBXaWRlcnNw
cnVjaCBpc3Qgc2NocmlmdGxpY2ggYW4KZGF0ZW5zY2h1dHpAcmFwaWRtYWlsLmRlIHp1IHJpY2h0
ZW4uIEVyZm9sZ3Qga2VpbiBXaWRlcnNwcnVjaCwgZ2lsdCBkaWUKw4RuZGVydW5nIGFscyBnZW5l
aG1pZ3QuCgpEaWUgYWt0dWVsbGUgTGlzdGUgZmluZGVuIFNpZSB1bnRlcgpodHRwczovL3d3dy5y
YXBpZG1haWwuZGUvZGF0ZW5zY2h1dHovdW50ZXJhdWZ0cmFnc3ZlcmFyYmVpdGVyCgpNaXQgZnJl
dW5kbGljaGVuIEdyw7zDn2VuCklociByYXBpZG1haWwgRGF0ZW5zY2h1dHp0ZWFtCgpEaWVzZSBF
LU1haWwgd3VyZGUgYXV0b21hdGlzY2ggdmVyc2FuZHQuIEJpdHRlIGFudHdvcnRlbiBTaWUgbmlj
aHQKYXVmIGRpZXNlIE5hY2hyaWNodC4KCnJhcGlkbWFpbCBHbWJIIHwgQXVndXN0aW5lcnBsYXR6
IDIgfCA3OTA5OCBGcmVpYnVyZyBpLkJyLgpHZXNjaMOkZnRzZsO8aHJlcjogU3ZlbiBLZXJzdGVu
LVJlaWNoaGVyemVyLCBEYW5pZWwgRHJlaGVyCkFtdHNnZXJpY2h0IEZyZWlidXJnIEhSQiA3MDM0
OTgK
"""),
    ('de', 'exchange-autoreply-datenschutz', 'automated', (),
"""Return-Path: <datenschutz@paketwerk.example.de>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmH2w8Nr0z9vHj
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 11:26:40 +0100 (CET)
From: Datenschutz Paketwerk <datenschutz@paketwerk.example.de>
To: Privacy shop.example.be <privacy@shop.example.be>
Subject: Automatische Antwort: Auskunftsersuchen nach Art. 15 DSGVO - Sendung 00340434161094022115
Thread-Topic: Auskunftsersuchen nach Art. 15 DSGVO - Sendung 00340434161094022115
Thread-Index: AQHbOcK3Tq4Xz0a1f0OQy8hJ2mJkJQ==
Date: Wed, 18 Nov 2026 10:26:38 +0000
Message-ID: <8b2d1fe0a4c54e3d9f71c02a66e5b3d1@AM9PR04MB8411.eurprd04.prod.outlook.com>
In-Reply-To: <case-5WQN-77HX.fwd.1@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach: 
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator: 
X-MS-Exchange-Organization-AutoReplyType: AutoReply
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

U2VociBnZWVocnRlIERhbWVuIHVuZCBIZXJyZW4sCgp2aWVsZW4gRGFuayBmw7xyIElocmUgTmFj
aHJpY2h0IGFuIHVuc2VyIERhdGVuc2NodXR6dGVhbS4KCkhpZXJtaXQgYmVzdMOkdGlnZW4gd2ly
IGRlbiBFaW5nYW5nIElocmVyIEFuZnJhZ2UuIEFuZnJhZ2VuIGJldHJvZmZlbmVyClBlcnNvbmVu
IG5hY2ggQXJ0LiAxNSBiaXMgMjIgRFNHVk8gKEF1c2t1bmZ0LCBCZXJpY2h0aWd1bmcsIEzDtnNj
aHVuZywKRWluc2NocsOkbmt1bmcsIERhdGVuw7xiZXJ0cmFnYmFya2VpdCwgV2lkZXJzcHJ1Y2gp
IGJlYW50d29ydGVuIHdpcgppbm5lcmhhbGIgZWluZXMgTW9uYXRzLiBCaXR0ZSBzZWhlbiBTaWUg
dm9uIFLDvGNrZnJhZ2VuIHp1bQpCZWFyYmVpdHVuZ3NzdGFuZCBhYi4KCkJpdHRlIGJlYWNodGVu
IFNpZTogRGllc2UgQmVzdMOkdGlndW5nIHd1cmRlIGF1dG9tYXRpc2NoIGVyc3RlbGx0LgoKTWl0
IGZyZXVuZGxpY2hlbiBHcsO8w59lbgoKRGF0ZW5zY2h1dHp0ZWFtClBha2V0d2VyayBMb2dpc3Rp
ayBHbWJICkluZHVzdHJpZXN0cmHDn2UgMTQgfCA0MTQ2MCBOZXVzcwpEYXRlbnNjaHV0emJlYXVm
dHJhZ3RlcjogZGF0ZW5zY2h1dHpAcGFrZXR3ZXJrLmV4YW1wbGUuZGUK
"""),
    ('de', 'phishing-simulation-de', 'automated', (),
"""Return-Path: <noreply@m365-datenschutz-pruefung.de>
Received: from sim-mta-02.awareness-platform.example (sim-mta-02.awareness-platform.example [18.197.40.22])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmR1n5Tb6z9vJk
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 08:47:19 +0100 (CET)
From: "Microsoft 365 Datenschutz" <noreply@m365-datenschutz-pruefung.de>
To: <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Ihr_Konto_wird_gel=F6scht_-_Datenschutz-Verifizierung_erforderlich?=
Date: Thu, 19 Nov 2026 08:47:17 +0100
Message-ID: <20261119074717.7f21ac9e.3318@sim-mta-02>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: 7bit
Importance: high

<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="18" style="border:1px solid #d9d9d9"><tr><td>
<p style="font-size:18px;color:#c00"><b>Wichtig: Datenschutz-Verifizierung erforderlich</b></p>
<p>Sehr geehrte Nutzerin, sehr geehrter Nutzer,</p>
<p>aufgrund der neuen Datenschutzrichtlinie (DSGVO) m&uuml;ssen alle Postf&auml;cher bis zum <b>24.11.2026</b> erneut best&auml;tigt werden. Nicht best&auml;tigte Konten werden gesperrt und <b>alle gespeicherten personenbezogenen Daten gel&ouml;scht</b>.</p>
<p>Bitte best&auml;tigen Sie jetzt Ihr Konto, um Ihre Daten zu sch&uuml;tzen:</p>
<p><a href="https://m365-datenschutz-pruefung.de/login?id=7f21ac9e&amp;u=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU=" style="background:#2b579a;color:#fff;padding:10px 20px;text-decoration:none">Jetzt best&auml;tigen</a></p>
<p>Vielen Dank f&uuml;r Ihre Mithilfe.<br>Ihr IT-Sicherheitsteam</p>
<p style="font-size:11px;color:#999">Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr></table>
<img src="https://m365-datenschutz-pruefung.de/t/7f21ac9e.png" width="1" height="1" alt="">
</body></html>
"""),
    ('es', 'manomano-buyer-data-request', 'automated', (),
"""Return-Path: <bounce@mail.manomano.com>
Received: from mail.manomano.com (mail248.manomano.com [185.221.84.248])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmM7c0Wr3z9vKl
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 10:14:08 +0100 (CET)
Date: Sat, 21 Nov 2026 09:14:06 +0000
From: ManoMano Pro <no-reply@manomano.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Solicitud_de_acceso_a_datos_personales_=E2=80=93_pedido_M261104ES8?=
 =?utf-8?q?8213?=
Message-ID: <20261121091406.550921.seller-notif@manomano.com>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailjet-Campaign: seller-privacy-request
X-MJ-Mid: AAAAADkABdB5cQAAAABhw0kqAAGBpXYAAAAAAA8xXgBk5eM9

<html><body style=3D"font-family:Arial,Helvetica,sans-serif;font-size:14px;=
color:#0c193a">
<div style=3D"max-width:600px;margin:auto">
<div style=3D"background:#0c193a;padding:16px"><img src=3D"https://cdn.mano=
mano.com/mail/logo-manomano-pro.png" alt=3D"ManoMano" height=3D"28"></div>
<div style=3D"padding:20px">
<p>Hola, Shop.example.be:</p>
<p>Un comprador ha ejercido su <b>derecho de acceso a sus datos personales<=
/b> en relaci&oacute;n con un pedido gestionado por tu tienda.</p>
<table cellpadding=3D"5" style=3D"background:#f4f5f7;width:100%">
<tr><td>N.&ordm; de pedido</td><td><b>M261104ES88213</b></td></tr>
<tr><td>Fecha del pedido</td><td>04/11/2026</td></tr>
<tr><td>Tipo de solicitud</td><td>Acceso (art. 15 RGPD)</td></tr>
<tr><td>Plazo de respuesta</td><td>21/12/2026</td></tr></table>
<p>Como vendedor, eres responsable del tratamiento de los datos del comprad=
or que conservas fuera de ManoMano. Responde a la solicitud desde la mensaj=
er&iacute;a del Toolbox; no env&iacute;es datos personales por correo elect=
r&oacute;nico.</p>
<p><a href=3D"https://toolbox.manomano.com/messages/privacy/550921" style=
=3D"background:#00efd1;color:#0c193a;padding:10px 18px;text-decoration:none=
;font-weight:bold">Ver la solicitud</a></p>
<p>Este es un mensaje autom&aacute;tico, no respondas a este correo.</p>
<p>El equipo de ManoMano Pro</p>
<p style=3D"font-size:11px;color:#6b7385">Colibri SAS &ndash; 5 rue Edouard=
 Vaillant, 93100 Montreuil, Francia</p>
</div></div></body></html>
"""),
    ('es', 'holded-data-export-ready', 'automated', (),
"""Return-Path: <bounce-mc.us2_7741205.11822-privacy=shop.example.be@mandrillapp.com>
Received: from mail187-10.suw21.mandrillapp.com (mail187-10.suw21.mandrillapp.com [198.2.187.10])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlR0v2Ht6z9vLm
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 17:04:55 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mandrillapp.com;
	s=mte1; t=1794499493; bh=h2Q3Y0g8Vd9KjPm4tX1bZ7nC6rE5sA0wL2fU8iO3qRk=;
	h=From:Subject:To:Message-Id:Date:MIME-Version:Content-Type;
	b=Xe9Wq2kP1mR7tZ4vB0nY6cL3dH8sF5gA2jU1iO9eT7rQ4wE0yN6bV3cM8xK5zL2p
From: Holded <noreply@holded.com>
Subject: =?utf-8?q?Tu_exportaci=C3=B3n_de_datos_est=C3=A1_lista?=
To: privacy@shop.example.be
X-Mandrill-User: md_7741205
X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com
Message-Id: <7741205.20261112160453.6733b3a5d4e2f1.48091c77@mail187-10.suw21.mandrillapp.com>
Date: Thu, 12 Nov 2026 16:04:53 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hola Els,

Tu exportaci=C3=B3n de datos est=C3=A1 lista.

Solicitaste una copia de los datos de tu cuenta "Shop Example BV" el
12/11/2026 a las 17:03. El archivo ZIP incluye contactos, facturas,
presupuestos y empleados en formato CSV y JSON.

Descargar: https://app.holded.com/exports/download/5f2c9a17e3b0

Por tu seguridad, el enlace caduca en 48 horas y solo funciona si has
iniciado sesi=C3=B3n. El archivo contiene datos personales de tus clientes y
empleados: gu=C3=A1rdalo en un lugar seguro y elim=C3=ADnalo cuando ya no lo
necesites.

=C2=BFNo has solicitado esta exportaci=C3=B3n? Cambia tu contrase=C3=B1a y =
escr=C3=ADbenos a
security@holded.com.

Un saludo,
El equipo de Holded

Este correo se ha enviado autom=C3=A1ticamente. Por favor, no respondas.
Holded Technologies S.L. =C2=B7 Carrer de Pujades 80, 08005 Barcelona
"""),
    ('es', 'doofinder-account-deletion-30-days', 'automated', (),
"""Return-Path: <0102019351d2f0a8-3c9b-4e71-a2d5-8f6e1b0c7d94-000000@eu-west-1.amazonses.com>
Received: from a6-44.smtp-out.eu-west-1.amazonses.com (a6-44.smtp-out.eu-west-1.amazonses.com [54.240.6.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmU4j7Bk1z9vMn
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 12:00:22 +0100 (CET)
From: Doofinder <no-reply@doofinder.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Tu_cuenta_y_todos_tus_datos_se_eliminar=C3=A1n_en_30_d=C3=ADas?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Message-ID: <0102019351d2f0a8-3c9b-4e71-a2d5-8f6e1b0c7d94-000000@eu-west-1.amazonses.com>
Date: Thu, 19 Nov 2026 11:00:20 +0000
X-SES-Outgoing: 2026.11.19-54.240.6.44
Feedback-ID: 1.eu-west-1.tA4oK8vR2nP0sW6yZ1cB9mE3hL5qF7gD2jU4iO0nX8s=:AmazonSES

Hola,

Tu periodo de prueba de Doofinder para shop.example.be terminó el
20/10/2026 y no hemos recibido ningún pago desde entonces.

Conforme a nuestra política de privacidad, el 19/12/2026 eliminaremos
de forma definitiva tu cuenta y todos los datos asociados: índices de
productos, estadísticas de búsqueda y los datos personales de los
usuarios de tu panel.

Si quieres conservar tus datos, exporta tus estadísticas antes de esa
fecha desde Panel > Estadísticas > Exportar.

Si quieres seguir usando Doofinder, elige un plan aquí:
https://admin.doofinder.com/admin/billing

Si no haces nada, no tendrás que pagar nada y la eliminación se hará
de forma automática.

Saludos,
El equipo de Doofinder

Doofinder S.L. · Avda. de Aragón 30, 46021 Valencia
Recibes este correo porque eres el propietario de la cuenta.
"""),
    ('es', 'arco-auto-acknowledgement', 'automated', (),
"""Return-Path: <lopd@mueblesexteriorlevante.example.es>
Received: from correo.mueblesexteriorlevante.example.es (correo.mueblesexteriorlevante.example.es [212.81.143.9])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmW6s1Pn8z9vNp
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:12:31 +0100 (CET)
Date: Mon, 16 Nov 2026 09:12:29 +0100
From: =?ISO-8859-1?Q?Protecci=F3n_de_Datos?= <lopd@mueblesexteriorlevante.example.es>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Acuse_de_recibo:_solicitud_n=BA_ARCO-2026-003182?=
Message-ID: <auto.ARCO-2026-003182.1794816749@mueblesexteriorlevante.example.es>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Estimado/a interesado/a:

Le confirmamos la recepci=F3n de su solicitud de ejercicio de derechos en
materia de protecci=F3n de datos, que ha quedado registrada con el n=FAmero
ARCO-2026-003182.

Derecho ejercitado: acceso
Fecha de entrada: 16/11/2026

De acuerdo con el art=EDculo 12 del Reglamento (UE) 2016/679 y la Ley
Org=E1nica 3/2018 (LOPDGDD), le responderemos en el plazo m=E1ximo de un mes
desde la recepci=F3n de su solicitud.

Si fuera necesario, le pediremos documentaci=F3n adicional para acreditar
su identidad.

Atentamente,
Delegado de Protecci=F3n de Datos
Muebles de Exterior Levante, S.A.

Este mensaje ha sido generado autom=E1ticamente. Por favor, no responda a
esta direcci=F3n de correo electr=F3nico.
"""),
    ('es', 'exchange-online-ndr-es', 'automated', (),
"""Return-Path: <>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2048.outbound.protection.outlook.com [40.107.249.48])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qnb2k9Fw7z9vPq
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 10:15:06 +0100 (CET)
From: postmaster@outlook.com
To: privacy@shop.example.be
Date: Tue, 24 Nov 2026 09:15:05 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7b3e2a1c-0f94-4d8e-b5a6-1c2d3e4f5a6b"
X-MS-Exchange-Message-Is-Ndr: 
Content-Language: es-ES
Message-ID: <2e9a1c4b-7d3f-4b8e-a6c5-0f1d2e3c4b5a@DB8PR06MB6459.eurprd06.prod.outlook.com>
In-Reply-To: <case-2MXR-8QFT.reply.1@shop.example.be>
References: <case-2MXR-8QFT.reply.1@shop.example.be>
Subject: No se puede entregar: Re: Solicitud de supresion de mis datos [case 2MXR-8QFT]
Auto-Submitted: auto-replied
X-MS-Exchange-Generated-Message-Source: NDR Generator
MIME-Version: 1.0

--7b3e2a1c-0f94-4d8e-b5a6-1c2d3e4f5a6b
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f"

--c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

No se pudo entregar el mensaje a estos destinatarios o grupos:

lucia.fdez.gomez@outlook.es
La direcci=C3=B3n de correo electr=C3=B3nico que ha especificado no se enco=
ntr=C3=B3. Compruebe la direcci=C3=B3n de correo electr=C3=B3nico del desti=
natario e intente reenviar el mensaje. Si el problema persiste, p=C3=B3ngas=
e en contacto con el departamento de soporte t=C3=A9cnico.

Informaci=C3=B3n de diagn=C3=B3stico para administradores:

Servidor de generaci=C3=B3n: DB8PR06MB6459.eurprd06.prod.outlook.com

lucia.fdez.gomez@outlook.es
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Encabezados del mensaje original:

From: Privacy team shop.example.be <privacy@shop.example.be>
To: Lucia Fernandez <lucia.fdez.gomez@outlook.es>
Subject: Re: Solicitud de supresion de mis datos [case 2MXR-8QFT]
Date: Tue, 24 Nov 2026 10:15:02 +0100
Message-ID: <case-2MXR-8QFT.reply.1@shop.example.be>

--c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f--

--7b3e2a1c-0f94-4d8e-b5a6-1c2d3e4f5a6b
Content-Type: message/delivery-status

Reporting-MTA: dns;DB8PR06MB6459.eurprd06.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 24 Nov 2026 09:15:04 +0000

Final-Recipient: rfc822;lucia.fdez.gomez@outlook.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--7b3e2a1c-0f94-4d8e-b5a6-1c2d3e4f5a6b
Content-Type: message/rfc822

From: Privacy team shop.example.be <privacy@shop.example.be>
To: Lucia Fernandez <lucia.fdez.gomez@outlook.es>
Subject: Re: Solicitud de supresion de mis datos [case 2MXR-8QFT]
Date: Tue, 24 Nov 2026 10:15:02 +0100
Message-ID: <case-2MXR-8QFT.reply.1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Estimada Sra. Fern=C3=A1ndez:

Le confirmamos que hemos suprimido su cuenta de cliente y todos sus datos
personales, tal como solicit=C3=B3 el 9 de noviembre de 2026. Conservaremos
=C3=BAnicamente sus facturas durante el plazo que exige la ley fiscal belga.

Si no est=C3=A1 satisfecha con nuestra respuesta, puede presentar una
reclamaci=C3=B3n ante la Autoridad de Protecci=C3=B3n de Datos de B=C3=A9lg=
ica.

Atentamente,
Equipo de privacidad
shop.example.be

--7b3e2a1c-0f94-4d8e-b5a6-1c2d3e4f5a6b--
"""),
    ('it', 'mailup-unsubscribe-notice', 'automated', (),
"""Return-Path: <bounce-sys-117822@ml.mailupnet.it>
Received: from mail-out-172.mailupnet.it (mail-out-172.mailupnet.it [91.205.173.172])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QkY8d3Lm2z9vQr
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 22:18:41 +0100 (CET)
Date: Sat, 7 Nov 2026 22:18:39 +0100
From: MailUp <noreply@mailup.com>
To: privacy@shop.example.be
Subject: Notifica di disiscrizione - Newsletter IT
Message-ID: <MU.117822.20261107221839.4417@mailup.com>
X-Mailer: MailUp SMTP+
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head>
<body style=3D"font-family:Verdana,Arial,sans-serif;font-size:13px;color:#3=
33">
<p><b>Notifica di disiscrizione</b></p>
<p>Gentile cliente,<br>ti informiamo che il seguente destinatario si &egrav=
e; disiscritto dalla lista <b>&quot;Newsletter IT&quot;</b> della console <=
b>shop.example.be</b>:</p>
<table cellpadding=3D"4" border=3D"0">
<tr><td>Email:</td><td>giulia.ferraro83@libero.it</td></tr>
<tr><td>Data:</td><td>07/11/2026 22:18</td></tr>
<tr><td>Modalit&agrave;:</td><td>link di disiscrizione nel messaggio &quot;=
Speciale Natale: luci da esterno&quot;</td></tr>
</table>
<p>Il destinatario ha revocato il consenso al trattamento dei dati per fina=
lit&agrave; di marketing. Non ricever&agrave; pi&ugrave; messaggi dalla lis=
ta; la revoca &egrave; registrata nello storico del destinatario.</p>
<p>Puoi disattivare queste notifiche da Impostazioni &gt; Impostazioni list=
a &gt; Notifiche.</p>
<p style=3D"font-size:11px;color:#999">Messaggio generato automaticamente d=
alla piattaforma MailUp. Non rispondere a questo messaggio.<br>TeamSystem S=
.p.A. &ndash; Via Sandro Pertini 88, 61122 Pesaro (PU)</p>
</body></html>
"""),
    ('it', 'aruba-privacy-notice-update', 'automated', (),
"""Return-Path: <comunicazioni-bounce@staff.aruba.it>
Received: from smtpdh-out.staff.aruba.it (smtpdh-out.staff.aruba.it [62.149.158.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlA6r9Tn5z9vRs
	for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:40:03 +0100 (CET)
Date: Mon, 09 Nov 2026 11:40:01 +0100
From: Aruba.it <comunicazioni@staff.aruba.it>
To: privacy@shop.example.be
Subject: =?utf-8?q?Aggiornamento_dell=27Informativa_sul_trattamento_dei_dati_personal?=
 =?utf-8?q?i?=
Message-ID: <20261109104001.CS.88412903@staff.aruba.it>
Precedence: bulk
List-Unsubscribe: <https://comunicazioni.aruba.it/unsub?u=88412903>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Gentile Cliente,

ti informiamo che abbiamo aggiornato l'Informativa sul trattamento dei
dati personali ai sensi degli artt. 13 e 14 del Regolamento (UE)
2016/679, in vigore dal 1=C2=B0 dicembre 2026.

Le principali novit=C3=A0 riguardano:
- l'elenco aggiornato dei responsabili del trattamento;
- i tempi di conservazione dei log dei servizi di posta elettronica;
- le modalit=C3=A0 per esercitare i diritti di accesso, rettifica,
  cancellazione, limitazione, portabilit=C3=A0 e opposizione.

Puoi consultare l'informativa completa qui:
https://www.aruba.it/informativa-privacy.aspx

Non =C3=A8 richiesta alcuna azione da parte tua.

Cordiali saluti,
Aruba S.p.A.

Questa =C3=A8 una comunicazione di servizio inviata a tutti i clienti.
Ti preghiamo di non rispondere a questa email: la casella non =C3=A8
presidiata.
"""),
    ('it', 'privacy-desk-auto-ack-it', 'automated', (),
"""Return-Path: <privacy-noreply@giardinibrianza.example.it>
Received: from smtp.giardinibrianza.example.it (smtp.giardinibrianza.example.it [151.1.202.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnE1b4Cz7z9vSt
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 15:33:27 +0100 (CET)
Date: Fri, 20 Nov 2026 15:33:25 +0100
From: Ufficio Privacy <privacy-noreply@giardinibrianza.example.it>
To: privacy@shop.example.be
Subject: R: Richiesta di cancellazione dati - prot. PRIV-2026-08813
Message-ID: <PRIV-2026-08813.ack.1795091605@giardinibrianza.example.it>
In-Reply-To: <case-6KDV-3PAZ.fwd.1@shop.example.be>
X-Mailer: Microsoft Dynamics 365
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Gentile Utente,

abbiamo ricevuto la Sua richiesta di esercizio dei diritti di cui agli
artt. 15-22 del Regolamento (UE) 2016/679 (GDPR).

Numero di protocollo: PRIV-2026-08813
Diritto esercitato: cancellazione dei dati (art. 17)
Data di ricezione: 20/11/2026

La richiesta sar=E0 evasa entro un mese dal ricevimento, salvo proroga di
ulteriori due mesi in caso di particolare complessit=E0, di cui Le sar=E0
data comunicazione. Potremmo chiederLe ulteriori informazioni per
verificare la Sua identit=E0.

Cordiali saluti,
Ufficio Privacy =96 Giardini Brianza S.r.l.

*** Questo messaggio =E8 generato automaticamente: si prega di non
rispondere. ***
"""),
    ('it', 'saas-breach-notice-bulk', 'automated', (),
"""Return-Path: <bounces+38811-2f0c-privacy=shop.example.be@em.fatturafacile.example.it>
Received: from o3.em.fatturafacile.example.it (o3.em.fatturafacile.example.it [149.72.154.200])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmN8t2Rf4z9vTu
	for <privacy@shop.example.be>; Sun, 15 Nov 2026 20:10:44 +0100 (CET)
Content-Type: multipart/alternative; boundary="7e1d4b0f5a9c3e82d6f1a0b4c7e9d2f3"
Date: Sun, 15 Nov 2026 19:10:42 +0000 (UTC)
From: FatturaFacile <noreply@fatturafacile.example.it>
Mime-Version: 1.0
Message-ID: <Kp0rT7vXQa2mZ1bW4nE8sA@geopod-ismtpd-21>
Subject: =?utf-8?q?Importante=3A_comunicazione_di_violazione_dei_dati_personali?=
To: privacy@shop.example.be
X-SG-EID: u001.Zq3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3
X-Entity-ID: u001.Wm4nQ7rT0vX3zB6cE9==

--7e1d4b0f5a9c3e82d6f1a0b4c7e9d2f3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

<!DOCTYPE html><html lang=3D"it"><head><meta charset=3D"utf-8"></head>
<body style=3D"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:=
#1d1d1f">
<div style=3D"max-width:600px;margin:0 auto;padding:24px">
<h2>Comunicazione di violazione dei dati personali (art. 34 GDPR)</h2>
<p>Gentile cliente,</p>
<p>ti scriviamo per informarti di un incidente di sicurezza che ha riguarda=
to il nostro servizio di fatturazione <b>FatturaFacile</b>.</p>
<p><b>Cosa &egrave; successo.</b> Il 10 novembre 2026 un soggetto non autor=
izzato ha ottenuto l&#39;accesso a un database di backup tramite le credenz=
iali di un fornitore.</p>
<p><b>Quali dati.</b> Nome, ragione sociale, indirizzo email, partita IVA e=
 indirizzo di fatturazione. Non sono state coinvolte password n&eacute; dat=
i di pagamento.</p>
<p><b>Cosa abbiamo fatto.</b> Abbiamo revocato le credenziali, rafforzato i=
 controlli di accesso e notificato la violazione al Garante per la protezio=
ne dei dati personali.</p>
<p><b>Cosa puoi fare.</b> Presta attenzione a email sospette che chiedono p=
agamenti o dati di accesso. Per qualsiasi domanda puoi contattare il nostro=
 DPO all&#39;indirizzo dpo@fatturafacile.example.it.</p>
<p>Ci scusiamo per l&#39;accaduto.</p>
<p>Il team FatturaFacile</p>
<p style=3D"font-size:11px;color:#86868b">Hai ricevuto questa email perch&e=
acute; sei titolare di un account FatturaFacile. Email inviata automaticame=
nte, non rispondere.</p>
</div></body></html>

--7e1d4b0f5a9c3e82d6f1a0b4c7e9d2f3--
"""),
    ('it', 'jira-service-request-resolved', 'automated', (),
"""Return-Path: <bounce+PRIV-312@shopexamplebe.atlassian.net>
Received: from mail-eu-c.atlassian.net (mail-eu-c.atlassian.net [185.166.143.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qnd3h6Kx0z9vUv
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 14:02:18 +0100 (CET)
Date: Mon, 23 Nov 2026 13:02:16 +0000 (UTC)
From: Privacy shop.example.be <jira@shopexamplebe.atlassian.net>
Reply-To: Privacy shop.example.be <jira@shopexamplebe.atlassian.net>
To: privacy@shop.example.be
Message-ID: <JIRA.20117.1795438936000.4188.1795438936512@Atlassian.JIRA>
In-Reply-To: <JIRA.20117.1795438936000@Atlassian.JIRA>
Subject: PRIV-312 Cancellazione account e dati personali
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Precedence: bulk
Auto-Submitted: auto-generated
X-JIRA-FingerPrint: 9f3c2a1b7d4e8f05c6a3b2d1e0f9a8b7

=E2=80=94=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=
=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=
=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=80=94-=E2=
=80=94
Rispondi sopra questa riga.

La tua richiesta PRIV-312 =C3=A8 stata risolta.

Richiesta: Cancellazione account e dati personali
Stato: Risolto
Risoluzione: Completato

Descrizione originale
Buongiorno, vi chiedo di cancellare il mio account e tutti i miei dati
personali (anche quelli della carta fedelt=C3=A0) e di non contattarmi pi=
=C3=B9
per scopi promozionali. Grazie, Roberto Galli

Ultimo commento di Els Maes:
Gentile sig. Galli, abbiamo cancellato il suo account e i dati collegati.

Visualizza richiesta: https://shopexamplebe.atlassian.net/servicedesk/custo=
mer/portal/3/PRIV-312

Questo messaggio =C3=A8 stato inviato da Jira Service Management.
Non vuoi pi=C3=B9 ricevere queste email? Annulla l'iscrizione alle notifiche
per questa richiesta.
"""),
    ('pt', 'egoi-unsubscribe-notice', 'automated', (),
"""Return-Path: <notificacoes-bounce@e-goi.com>
Received: from mta12.e-goi.com (mta12.e-goi.com [185.19.217.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlN2f8Vq3z9vVw
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:57:36 +0100 (CET)
Date: Tue, 10 Nov 2026 08:57:34 +0000
From: E-goi <notificacoes@e-goi.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Cancelamento_de_subscri=C3=A7=C3=A3o=3A_ricardo=2Em=2Esousa=40sapo?=
 =?utf-8?q?=2Ept?=
Message-ID: <egoi.notif.55731.1794301054@e-goi.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

T2zDoSwKClVtIGNvbnRhY3RvIGNhbmNlbG91IGEgc3Vic2NyacOnw6NvIGRhIHN1YSBsaXN0YSAi
TmV3c2xldHRlciBQVCIuCgpFbWFpbDogcmljYXJkby5tLnNvdXNhQHNhcG8ucHQKRGF0YTogMTAt
MTEtMjAyNiAwODo1NwpPcmlnZW06IGxpbmsgZGUgY2FuY2VsYW1lbnRvIG5hIGNhbXBhbmhhICJB
cXVlY2Vkb3JlcyBkZSBleHRlcmlvciAtMTUlIgpNb3Rpdm8gaW5kaWNhZG86ICJOw6NvIHF1ZXJv
IHJlY2ViZXIgbWFpcyBlbWFpbHMuIFJldGlybyBvIG1ldSBjb25zZW50aW1lbnRvLiIKCk8gY29u
dGFjdG8gZm9pIGNvbG9jYWRvIG5vIGVzdGFkbyAiUmVtb3ZpZG8iIGUgbsOjbyB2b2x0YXLDoSBh
IHJlY2ViZXIKY2FtcGFuaGFzIGRlc3RhIGxpc3RhLiBFbSBjb25mb3JtaWRhZGUgY29tIG8gUkdQ
RCwgbyByZWdpc3RvIGRhIHJldGlyYWRhCmRvIGNvbnNlbnRpbWVudG8gZmljYSBndWFyZGFkbyBu
byBoaXN0w7NyaWNvIGRvIGNvbnRhY3RvLgoKUG9kZSBkZXNhdGl2YXIgZXN0YXMgbm90aWZpY2HD
p8O1ZXMgZW0gTGlzdGFzID4gTmV3c2xldHRlciBQVCA+IERlZmluacOnw7Vlcy4KCkEgZXF1aXBh
IEUtZ29pCgpFc3RhIMOpIHVtYSBtZW5zYWdlbSBhdXRvbcOhdGljYS4gUG9yIGZhdm9yIG7Do28g
cmVzcG9uZGEuCkUtZ29pIERpZ2l0YWwgU29sdXRpb25zLCBTLkEuIMK3IFJ1YSBkYSBHdWFyZGEg
Njc1LCA0NDU1LTQ2NiBNYXRvc2luaG9zCg==
"""),
    ('pt', 'invoicexpress-export-ready', 'automated', (),
"""Return-Path: <bounce+a11c2e.7b0f-privacy=shop.example.be@mg.invoicexpress.com>
Received: from m42-91.mailgun.net (m42-91.mailgun.net [69.72.42.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmQ5g0Hs9z9vWx
	for <privacy@shop.example.be>; Wed, 11 Nov 2026 16:22:09 +0100 (CET)
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="a4d0c1e9b2f748e3b6c5d7a8f9e01b23"
Subject: =?utf-8?q?A_sua_exporta=C3=A7=C3=A3o_de_dados_est=C3=A1_pronta?=
From: InvoiceXpress <noreply@invoicexpress.com>
To: Els Maes <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 15:22:07 +0000
Message-Id: <20261111152207.a11c2e7b0f93e4d1@mg.invoicexpress.com>
X-Mailgun-Sid: WyJhMTFjMiIsICJwcml2YWN5QHNob3AuZXhhbXBsZS5iZSIsICI3YjBmIl0=

--a4d0c1e9b2f748e3b6c5d7a8f9e01b23
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1 Els,

A exporta=C3=A7=C3=A3o de dados que pediu para a conta shopexamplebe est=C3=
=A1 pronta.

O ficheiro inclui clientes, faturas, recibos e notas de cr=C3=A9dito (SAF-T=
 e CSV). Cont=C3=A9m dados pessoais dos seus clientes, como nomes, moradas =
e NIF: guarde-o em local seguro.

Descarregar ficheiro: https://shopexamplebe.app.invoicexpress.com/exports/9=
3311/download

O link =C3=A9 v=C3=A1lido durante 7 dias.

Obrigado,
Equipa InvoiceXpress

Esta mensagem foi enviada automaticamente. N=C3=A3o responda a este email.

--a4d0c1e9b2f748e3b6c5d7a8f9e01b23
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#2d3=
e50">
<table width=3D"600" align=3D"center" cellpadding=3D"20" style=3D"border:1p=
x solid #e3e8ee"><tr><td>
<p><img src=3D"https://www.invoicexpress.com/assets/email/logo.png" alt=3D"=
InvoiceXpress" height=3D"30"></p>
<p>Ol=C3=A1 Els,</p>
<p>A exporta=C3=A7=C3=A3o de dados que pediu para a conta <b>shopexamplebe<=
/b> est=C3=A1 pronta.</p>
<p>O ficheiro inclui clientes, faturas, recibos e notas de cr=C3=A9dito (SA=
F-T e CSV). Cont=C3=A9m dados pessoais dos seus clientes, como nomes, morad=
as e NIF: guarde-o em local seguro.</p>
<p><a href=3D"https://shopexamplebe.app.invoicexpress.com/exports/93311/dow=
nload" style=3D"background:#1aa3e8;color:#fff;padding:10px 20px;text-decora=
tion:none;border-radius:3px">Descarregar ficheiro</a></p>
<p>O link =C3=A9 v=C3=A1lido durante 7 dias.</p>
<p>Obrigado,<br>Equipa InvoiceXpress</p>
<p style=3D"font-size:11px;color:#8795a1">Esta mensagem foi enviada automat=
icamente. N=C3=A3o responda a este email.</p>
</td></tr></table></body></html>

--a4d0c1e9b2f748e3b6c5d7a8f9e01b23--
"""),
    ('pt', 'carrier-privacy-policy-update', 'automated', (),
"""Return-Path: <naoresponder@expressoluso.example.pt>
Received: from mailer2.expressoluso.example.pt (mailer2.expressoluso.example.pt [213.13.145.37])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QlC9k3Jp6z9vXy
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:00:14 +0100 (CET)
Date: Thu, 12 Nov 2026 09:00:12 +0000
From: Expresso Luso <naoresponder@expressoluso.example.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Atualiza=C3=A7=C3=A3o_da_nossa_Pol=C3=ADtica_de_Privacidade?=
Message-ID: <20261112090012.33218.politica@expressoluso.example.pt>
Precedence: bulk
X-Mailer: Salesforce Marketing Cloud
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Caro(a) Cliente,

Informamos que a nossa Pol=C3=ADtica de Privacidade foi atualizada e entra =
em
vigor a 1 de dezembro de 2026.

Principais altera=C3=A7=C3=B5es:
=E2=80=A2 novos prazos de conserva=C3=A7=C3=A3o dos dados de envio e de ras=
treamento;
=E2=80=A2 inclus=C3=A3o de um novo subcontratante para notifica=C3=A7=C3=B5=
es por SMS;
=E2=80=A2 informa=C3=A7=C3=A3o mais clara sobre a forma de exercer os seus =
direitos de
  acesso, retifica=C3=A7=C3=A3o, apagamento, limita=C3=A7=C3=A3o, portabili=
dade e oposi=C3=A7=C3=A3o.

Pode consultar a vers=C3=A3o completa em
https://www.expressoluso.example.pt/privacidade

Se tiver quest=C3=B5es, contacte o nosso Encarregado de Prote=C3=A7=C3=A3o =
de Dados:
epd@expressoluso.example.pt. Tem ainda o direito de apresentar
reclama=C3=A7=C3=A3o =C3=A0 CNPD.

Com os melhores cumprimentos,
Expresso Luso =E2=80=93 Transportes e Log=C3=ADstica, S.A.

Esta =C3=A9 uma mensagem autom=C3=A1tica enviada a todos os clientes empres=
ariais.
Por favor, n=C3=A3o responda.
"""),
    ('pt', 'lgpd-titular-request-ack', 'automated', (),
"""Return-Path: <dpo-noreply@redesverdes.example.com.br>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmS7n1Gt2z9vYz
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 18:41:52 +0100 (CET)
Date: Tue, 17 Nov 2026 14:41:50 -0300
From: Privacidade Redes Verdes <dpo-noreply@redesverdes.example.com.br>
To: privacy@shop.example.be
Subject: =?utf-8?q?Recebemos_sua_solicita=C3=A7=C3=A3o_-_Protocolo_LGPD-2026-11-00487?=
 =?utf-8?q?1?=
Message-ID: <CAPortal.LGPD-2026-11-004871.1794940910@redesverdes.example.com.br>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Olá!

Recebemos sua solicitação de titular de dados pessoais.

Protocolo: LGPD-2026-11-004871
Tipo de solicitação: Confirmação da existência de tratamento e acesso aos dados
Data de abertura: 17/11/2026

Sua solicitação será respondida em até 15 dias, conforme o art. 19 da
Lei Geral de Proteção de Dados (Lei nº 13.709/2018), ou no prazo
previsto no RGPD, quando aplicável.

Para sua segurança, poderemos solicitar informações adicionais para
confirmar sua identidade.

Acompanhe o andamento em: https://privacidade.redesverdes.example.com.br/portal/LGPD-2026-11-004871

Atenciosamente,
Encarregado de Dados (DPO)
Redes Verdes Indústria e Comércio Ltda.

Este e-mail foi enviado automaticamente. Por favor, não responda.
"""),
    ('pt', 'outlook-out-of-office-pt', 'automated', (),
"""Return-Path: <ana.carvalho@logitejo.example.pt>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2093.outbound.protection.outlook.com [40.107.22.93])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qnf0c8Dr5z9vZa
	for <privacy@shop.example.be>; Wed, 25 Nov 2026 09:30:21 +0100 (CET)
From: Ana Carvalho <ana.carvalho@logitejo.example.pt>
To: Privacy shop.example.be <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_Pedido_de_apagamento_de_dados_-_client?=
 =?utf-8?q?e_120447?=
Thread-Topic: Pedido de apagamento de dados - cliente 120447
Thread-Index: AQHbPx7cR2aLz3qT0kOw5pYvXn8j1g==
Date: Wed, 25 Nov 2026 08:30:19 +0000
Message-ID: <f3c2a1d0e9b84c7a8d6e5f4a3b2c1d0e@DB9PR02MB7322.eurprd02.prod.outlook.com>
In-Reply-To: <case-4PLN-R8WD.fwd.1@shop.example.be>
References: <case-4PLN-R8WD.fwd.1@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach: 
X-MS-Exchange-Organization-AutoReplyType: OOF
X-Auto-Response-Suppress: All
Content-Language: pt-PT
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Ol=E1,

Estou ausente do escrit=F3rio at=E9 30/11/2026, sem acesso ao email.

Para pedidos relativos a prote=E7=E3o de dados (acesso, retifica=E7=E3o,
apagamento de dados, oposi=E7=E3o) por favor contacte
protecao.dados@logitejo.example.pt, que ser=E1 tratado pela minha colega
Marta Ribeiro.

Obrigada,
Ana Carvalho
Encarregada de Prote=E7=E3o de Dados | LogiTejo
"""),
    ('en', 'person-pastes-our-ack', 'access', (),
"""Return-Path: <tom.hendrickx@gmail.com>
Received: by mail-wm1-f44.google.com with SMTP id 5b1f17b1804b1-43168d9c6c9so21233765e9
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 20:11:37 -0800 (PST)
MIME-Version: 1.0
From: Tom Hendrickx <tom.hendrickx@gmail.com>
Date: Wed, 11 Nov 2026 05:11:24 +0100
Message-ID: <CAH7t0m+Qw2kV9sP1xZr4bL8nE3cY6aG0fD5jU2iO7wT9m@mail.gmail.com>
Subject: Your request has been received [PRV-2026-0412]
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000091c2d405f8a1b3c7"

--00000000000091c2d405f8a1b3c7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Your request has been received [PRV-2026-0412]

Thank you for your e-mail. We have received your request and registered it =
under reference PRV-2026-0412. We will reply within one month. Please do no=
t reply to this message.
Privacy team shop.example.be

Hi,

That's what I got back last week when I asked you to close my account. Fine=
, but before anything gets deleted I want a copy of all the personal data y=
ou have on me: my account details, order history, what's on my loyalty card=
 and what you've shared with your marketing partners. Please send it to thi=
s address.

Thanks
Tom Hendrickx

--00000000000091c2d405f8a1b3c7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Your request has been received [PRV-2026-0412]</div><=
div><br></div><div>Thank you for your e-mail. We have received your request=
 and registered it under reference PRV-2026-0412. We will reply within one =
month. Please do not reply to this message.<br>Privacy team shop.example.be=
</div><div><br></div><div>Hi,</div><div><br></div><div>That's what I got ba=
ck last week when I asked you to close my account. Fine, but before anythin=
g gets deleted I want a copy of all the personal data you have on me: my ac=
count details, order history, what's on my loyalty card and what you've sha=
red with your marketing partners. Please send it to this address.</div><div=
><br></div><div>Thanks<br>Tom Hendrickx</div><div><br></div></div>

--00000000000091c2d405f8a1b3c7--
"""),
    ('nl', 'person-template-ipad', 'deletion', ('withdraw_consent',),
"""Return-Path: <veerle.wouters@telenet.be>
Received: from smtp.telenet.be (smtp.telenet.be [195.130.132.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmV2h7Lc8z9vAb
	for <privacy@shop.example.be>; Sun, 15 Nov 2026 21:38:02 +0100 (CET)
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Veerle Wouters <veerle.wouters@telenet.be>
Mime-Version: 1.0 (1.0)
Date: Sun, 15 Nov 2026 21:37:55 +0100
Subject: [Reference: DSR-2026-118] Verzoek tot gegevenswissing (art. 17 AVG)
Message-Id: <5E0B7C1A-93D2-4F6E-8A41-2C7D9B3E1F05@telenet.be>
To: privacy@shop.example.be
X-Mailer: iPad Mail (22B91)

[Reference: DSR-2026-118]

Aan: Functionaris voor gegevensbescherming, shop.example.be
Betreft: Verzoek tot gegevenswissing (art. 17 AVG)

Naam: Veerle Wouters
E-mailadres: veerle.wouters@telenet.be
Klantnummer: 204-55817
Klantenkaart: 6025 4418 3302

Geachte heer, mevrouw,

Hierbij verzoek ik u om al mijn persoonsgegevens te wissen, mijn klantenacc=
ount te sluiten en mijn klantenkaart te deactiveren.

Tegelijk trek ik mijn toestemming in voor het ontvangen van de nieuwsbrief =
en andere reclame per e-mail.

Gelieve mij binnen een maand te bevestigen dat dit gebeurd is. Zo niet, dan=
 dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groet,
Veerle Wouters

[Reference: DSR-2026-118]

Verzonden vanaf mijn iPad"""),
    ('de', 'person-auto-submitted-no-footer', 'objection', (),
"""Return-Path: <m.schroeder@schroeder-messtechnik.example.de>
Received: from mail.schroeder-messtechnik.example.de (mail.schroeder-messtechnik.example.de [217.86.140.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QmX9a4Hn1z9vBc
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:47:30 +0100 (CET)
From: "Schröder, Michael Dr." <m.schroeder@schroeder-messtechnik.example.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Widerspruch_gegen_Direktwerbung_(Art._21_Abs._2_DSGVO)?=
Date: Mon, 16 Nov 2026 11:47:26 +0000
Message-ID: <4a7e2c91b0d34f5e8a1c6b2d9f0e3a7c@SMP-EXCH02.schroeder.local>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: 
Auto-Submitted: no
X-Virus-Scanned: by Sophos Email Appliance
Disclaimer: added by Exclaimer Cloud
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Sehr geehrte Damen und Herren,

ich bin Privatkunde bei Ihnen (Kundennummer 301-88214, Lieferadresse Eupene=
r Stra=DFe 12, 4731 Raeren) und schreibe Ihnen aus meinem dienstlichen Post=
fach.

Hiermit widerspreche ich gem=E4=DF Art. 21 Abs. 2 DSGVO der Verarbeitung me=
iner personenbezogenen Daten zu Zwecken der Direktwerbung. Das betrifft ins=
besondere den Katalog, den Sie mir per Post schicken, personalisierte Werbu=
ng auf Basis meiner Eink=E4ufe und die Weitergabe meiner Daten an Ihre Werb=
epartner.

Bitte best=E4tigen Sie mir die Umsetzung kurz per E-Mail.

Mit freundlichen Gr=FC=DFen

Dr. Michael Schr=F6der
Leiter Qualit=E4tssicherung

_______________________________________________
Schr=F6der & Partner Messtechnik GmbH
Pascalstra=DFe 40 | 52076 Aachen | Deutschland
Tel. +49 241 99874-12 | Fax +49 241 99874-99
www.schroeder-messtechnik.example.de

Sitz der Gesellschaft: Aachen
Registergericht: Amtsgericht Aachen, HRB 18842
Gesch=E4ftsf=FChrer: Dr. Michael Schr=F6der, Petra Hansen
USt-IdNr.: DE 814 229 571

Diese E-Mail enth=E4lt vertrauliche und/oder rechtlich gesch=FCtzte Informa=
tionen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrt=FC=
mlich erhalten haben, informieren Sie bitte sofort den Absender und vernich=
ten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergab=
e dieser E-Mail sind nicht gestattet.

Informationen zum Umgang mit Ihren personenbezogenen Daten finden Sie in un=
serer Datenschutzerkl=E4rung unter www.schroeder-messtechnik.example.de/dat=
enschutz.

Diese Nachricht wurde automatisch auf Viren gepr=FCft.
"""),
    ('nl', 'person-replies-to-newsletter', 'withdraw_consent', ('objection',),
"""Return-Path: <nathalie.vermeulen88@gmail.com>
Received: by mail-ed1-f52.google.com with SMTP id 4fb4d7f45d1cf-5cf8a1b2c3eso4417282a12
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 11:20:48 -0800 (PST)
MIME-Version: 1.0
References: <20261119170000.c3a9f1.nieuwsbrief@mail168.atl221.mcdlv.net>
In-Reply-To: <20261119170000.c3a9f1.nieuwsbrief@mail168.atl221.mcdlv.net>
From: Nathalie Vermeulen <nathalie.vermeulen88@gmail.com>
Date: Thu, 19 Nov 2026 20:20:36 +0100
Message-ID: <CAN8v3rM9+kX2pQ7wT1zB4cR0sY6dL3mE5nH8aF2gJ1iU0o@mail.gmail.com>
Subject: Re: =?UTF-8?Q?=F0=9F=8C=B7_Najaarsactie=3A_=2D20=25_op_alle_bloembollen?=
To: shop.example.be <privacy@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000f4a0b705f8c2e1d9"

--000000000000f4a0b705f8c2e1d9
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo,

Ik wil deze mails niet meer krijgen, haal mij van jullie lijst aub.
En ik wil ook niet dat jullie mijn gegevens nog doorgeven aan die "partners=
" voor reclame, daar ga ik niet mee akkoord.

Groetjes
Nathalie Vermeulen

Op do 19 nov 2026 om 18:00 schreef shop.example.be <nieuwsbrief@shop.exampl=
e.be>:

> Bekijk deze e-mail in je browser
>
> Najaarsactie: -20% op alle bloembollen
>
> Plant nu voor een kleurrijke lente! Tot en met zondag krijg je 20%
> korting op alle tulpen, narcissen en krokussen.
>
> Shop nu
>
> Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze
> nieuwsbrief. Uitschrijven | Voorkeuren bijwerken
> shop.example.be, Tuinstraat 1, 9000 Gent

--000000000000f4a0b705f8c2e1d9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"auto">Hallo,<div dir=3D"auto"><br></div><div dir=3D"auto">Ik wi=
l deze mails niet meer krijgen, haal mij van jullie lijst aub.</div><div di=
r=3D"auto">En ik wil ook niet dat jullie mijn gegevens nog doorgeven aan di=
e &quot;partners&quot; voor reclame, daar ga ik niet mee akkoord.</div><div=
 dir=3D"auto"><br></div><div dir=3D"auto">Groetjes</div><div dir=3D"auto">N=
athalie Vermeulen</div></div><br><div class=3D"gmail_quote"><div dir=3D"ltr=
" class=3D"gmail_attr">Op do 19 nov 2026 om 18:00 schreef shop.example.be &=
lt;<a href=3D"mailto:nieuwsbrief@shop.example.be">nieuwsbrief@shop.example.=
be</a>&gt;:<br></div><blockquote class=3D"gmail_quote" style=3D"margin:0 0 =
0 .8ex;border-left:1px #ccc solid;padding-left:1ex"><div><a href=3D"https:/=
/us14.campaign-archive.com/?u=3D81234567&amp;id=3Dc3a9f1">Bekijk deze e-mai=
l in je browser</a><h1>Najaarsactie: -20% op alle bloembollen</h1><p>Plant =
nu voor een kleurrijke lente! Tot en met zondag krijg je 20% korting op all=
e tulpen, narcissen en krokussen.</p><p><a href=3D"https://shop.example.be/=
bloembollen?utm_source=3Dnewsletter">Shop nu</a></p><p style=3D"font-size:1=
1px">Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze nieuws=
brief. <a href=3D"https://shop.us14.list-manage.com/unsubscribe?u=3D8123456=
7">Uitschrijven</a> | <a href=3D"https://shop.us14.list-manage.com/profile?=
u=3D81234567">Voorkeuren bijwerken</a><br>shop.example.be, Tuinstraat 1, 90=
00 Gent</p></div></blockquote></div>

--000000000000f4a0b705f8c2e1d9--
"""),
    ('fr', 'person-mailtrack-html', 'restriction', (),
"""Return-Path: <caroline.dupont.nmr@gmail.com>
Received: by mail-lf1-f47.google.com with SMTP id 2adb3069b0e04-53da22b1c8fso3310129e87
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 00:58:11 -0800 (PST)
MIME-Version: 1.0
From: Caroline Dupont <caroline.dupont.nmr@gmail.com>
Date: Mon, 23 Nov 2026 09:57:58 +0100
Message-ID: <CAFd7Up0nT+x4Rz9qW2mK8sV1bY3cE6aL0gH5jN7iO2pQ@mail.gmail.com>
Subject: =?utf-8?q?Limitation_du_traitement_de_mes_donn=C3=A9es_-_commande_2026-10457?=
 =?utf-8?q?7?=
To: privacy@shop.example.be
X-Mailtrack: 4417093
Content-Type: multipart/alternative; boundary="0000000000003b8e1a05f8d9c2a4"

--0000000000003b8e1a05f8d9c2a4
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis cliente chez vous (commande n=C2=B0 2026-104577, la serre de jardin=
 livr=C3=A9e ab=C3=AEm=C3=A9e le 28 octobre).

J'ai un litige en cours avec mon assurance =C3=A0 propos de cette livraison=
. Je vous demande donc de *limiter le traitement de mes donn=C3=A9es* (arti=
cle 18 du RGPD) : ne supprimez surtout rien, j'aurai peut-=C3=AAtre besoin =
de l'historique de commande et des =C3=A9changes avec le transporteur, mais=
 ne les utilisez plus pour rien d'autre tant que le litige n'est pas r=C3=
=A9gl=C3=A9 (pas de publicit=C3=A9, pas de profil, pas de transmission).

Merci de me confirmer que c'est fait.

Bien =C3=A0 vous,
Caroline Dupont
Rue des Tilleuls 8, 5000 Namur

[image: Mailtrack]
<https://mailtrack.io?utm_source=3Dgmail&utm_medium=3Dsignature&utm_campaig=
n=3Dsignaturevirality11&>
Envoy=C3=A9
avec Mailtrack
<https://mailtrack.io?utm_source=3Dgmail&utm_medium=3Dsignature&utm_campaig=
n=3Dsignaturevirality11&>

--0000000000003b8e1a05f8d9c2a4
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour,</div><div><br></div><div>Je suis cliente che=
z vous (commande n&deg; 2026-104577, la serre de jardin livr&eacute;e ab&ic=
irc;m&eacute;e le 28 octobre).</div><div><br></div><div>J&#39;ai un litige =
en cours avec mon assurance &agrave; propos de cette livraison. Je vous dem=
ande donc de <b>limiter le traitement de mes donn&eacute;es</b> (article 18=
 du RGPD) : ne supprimez surtout rien, j&#39;aurai peut-&ecirc;tre besoin d=
e l&#39;historique de commande et des &eacute;changes avec le transporteur,=
 mais ne les utilisez plus pour rien d&#39;autre tant que le litige n&#39;e=
st pas r&eacute;gl&eacute; (pas de publicit&eacute;, pas de profil, pas de =
transmission).</div><div><br></div><div>Merci de me confirmer que c&#39;est=
 fait.</div><div><br></div><div>Bien &agrave; vous,</div><div>Caroline Dupo=
nt</div><div>Rue des Tilleuls 8, 5000 Namur</div><div><br></div><div><img w=
idth=3D"0" height=3D"0" class=3D"mailtrack-img" alt=3D"" style=3D"display:f=
lex" src=3D"https://mailtrack.io/trace/mail/7d9e2f0a1b4c3d6e8f5a2b1c0d9e8f7=
a6b5c4d3e.png?u=3D4417093"></div><div><br></div><table cellpadding=3D"0" ce=
llspacing=3D"0" border=3D"0" style=3D"font-size:11px;color:#999"><tr><td><i=
mg src=3D"https://s3.amazonaws.com/mailtrack-signature/sender_check.gif" wi=
dth=3D"16" height=3D"14"></td><td>&nbsp;<a href=3D"https://mailtrack.io?utm=
_source=3Dgmail&amp;utm_medium=3Dsignature&amp;utm_campaign=3Dsignaturevira=
lity11&amp;" style=3D"color:#999">Envoy&eacute; avec Mailtrack</a></td></tr=
></table></div>

--0000000000003b8e1a05f8d9c2a4--
"""),
    ('es', 'person-hubspot-sales-tracked', 'deletion', (),
"""Return-Path: <javier.ortega@mueblesortega.example.es>
Received: from smtp.mueblesortega.example.es (smtp.mueblesortega.example.es [88.12.34.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnA4d9Bv0z9vCd
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 13:26:55 +0100 (CET)
From: Javier Ortega Ruiz <javier.ortega@mueblesortega.example.es>
To: privacy@shop.example.be
Subject: =?utf-8?q?Supresi=C3=B3n_de_mi_cuenta_y_mis_datos?=
Date: Fri, 20 Nov 2026 13:26:51 +0100
Message-ID: <HS.5519204.1795091211.a8f3e2d1@mueblesortega.example.es>
X-HubSpot-Sales-Tracked: true
X-Mailer: HubSpot Sales for Outlook
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD48Ym9keT48ZGl2IHN0eWxlPSJmb250LWZhbWls
eTpDYWxpYnJpLEFyaWFsLHNhbnMtc2VyaWY7Zm9udC1zaXplOjExcHQiPgo8cD5Ib2xhLDwvcD4K
PHA+T3MgZXNjcmlibyBjb21vIGNsaWVudGUgcGFydGljdWxhciAoY3VlbnRhIGNvbiBlbCBjb3Jy
ZW8gamF2aWVyLm9ydGVnYUBtdWVibGVzb3J0ZWdhLmV4YW1wbGUuZXMsIG4mdWFjdXRlO21lcm8g
ZGUgY2xpZW50ZSA0MTAtMjc3MzEpLjwvcD4KPHA+UXVpZXJvIHF1ZSBib3JyJmVhY3V0ZTtpcyBt
aSBjdWVudGEgeSB0b2RvcyBtaXMgZGF0b3MgcGVyc29uYWxlcyBkZSB2dWVzdHJvcyBzaXN0ZW1h
cywgaW5jbHVpZG8gZWwgaGlzdG9yaWFsIGRlIHBlZGlkb3MgeSBsYSB0YXJqZXRhIGRlIGZpZGVs
aXphY2kmb2FjdXRlO24uIEVqZXJ6byBhcyZpYWN1dGU7IG1pIGRlcmVjaG8gZGUgc3VwcmVzaSZv
YWN1dGU7biAoYXJ0LiAxNyBSR1BEKS48L3A+CjxwPlBvciBmYXZvciwgY29uZmlybWFkbWUgcG9y
IGVzY3JpdG8gY3VhbmRvIGVzdCZlYWN1dGU7IGhlY2hvLjwvcD4KPHA+VW4gc2FsdWRvLDwvcD4K
PHA+PGI+SmF2aWVyIE9ydGVnYSBSdWl6PC9iPjxicj5EaXJlY3RvciBDb21lcmNpYWw8YnI+TXVl
YmxlcyBPcnRlZ2EgJm1pZGRvdDsgKzM0IDk2MyA0MSAyMiA4Nzxicj48YSBocmVmPSJodHRwczov
L3d3dy5tdWVibGVzb3J0ZWdhLmV4YW1wbGUuZXMiPnd3dy5tdWVibGVzb3J0ZWdhLmV4YW1wbGUu
ZXM8L2E+PC9wPgo8cD48YSBocmVmPSJodHRwczovL21lZXRpbmdzLmh1YnNwb3QuY29tL2pvcnRl
Z2EiPjxpbWcgc3JjPSJodHRwczovL2YuaHVic3BvdHVzZXJjb250ZW50MzAubmV0L2h1YmZzLzU1
MTkyMDQvZmlybWEtYWdlbmRhLnBuZyIgYWx0PSJSZXNlcnZhIHVuYSByZXVuaSZvYWN1dGU7biBj
b25taWdvIiB3aWR0aD0iMTgwIj48L2E+PC9wPgo8L2Rpdj4KPGltZyBzcmM9Imh0dHBzOi8vdC5z
aWRla2lja29wZW43MC5jb20vQ3RjLzVEKzExMy9jVnZkWDA0L01Xa1I3R3AwLU1KVFc3UTRiOEI4
dmNIN05XM1J4azFHNWYtOXFCTjdjUTNTczNxM25wVjEtV0pWN0NnQ3c0VzJ4S0JZNTFSWjRZZ1c3
UlZCZDQ0Z2pLemRXM0NOMWpUOHZaM3RqVzFOcDdrUzNXbjJWeFczMFB2a2QxUTdnVndXM1RCcGo0
MUtmMFoyVzR6MGRLcjFRekxyM2YyQkQ0SzgwNCIgYWx0PSIiIHdpZHRoPSIxIiBoZWlnaHQ9IjEi
IHN0eWxlPSJkaXNwbGF5Om5vbmUhaW1wb3J0YW50O21pbi1oZWlnaHQ6MDtoZWlnaHQ6MDttYXgt
aGVpZ2h0OjA7d2lkdGg6MDttYXgtd2lkdGg6MDtvcGFjaXR5OjA7b3ZlcmZsb3c6aGlkZGVuIj4K
PC9ib2R5PjwvaHRtbD4K
"""),
    ('en', 'person-replies-export-ready-correction', 'correction', (),
"""Return-Path: <p.vanderstraeten@outlook.com>
Received: from EUR04-HE1-obe.outbound.protection.outlook.com (mail-he1eur04olkn2032.outbound.protection.outlook.com [40.92.73.32])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnC8m1Fx2z9vDe
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 19:42:10 +0100 (CET)
From: Pieter Vanderstraeten <p.vanderstraeten@outlook.com>
To: shop.example.be <noreply@shop.example.be>
CC: privacy@shop.example.be
Subject: RE: Your personal data export is ready [case 8KJD-T3WQ]
Thread-Topic: Your personal data export is ready [case 8KJD-T3WQ]
Thread-Index: AQHbPdJ0kW3rT7qXz1mN8v2aY4bC5A==
Date: Mon, 23 Nov 2026 18:42:06 +0000
Message-ID: <AS8P194MB1120C3E1F7A9D2B4E6F1A0C8B3D5E7F9@AS8P194MB1120.EURP194.PROD.OUTLOOK.COM>
References: <case-8KJD-T3WQ.export.1@shop.example.be>
In-Reply-To: <case-8KJD-T3WQ.export.1@shop.example.be>
Accept-Language: en-GB, nl-BE
Content-Language: en-GB
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: 
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hello,

Thanks, I downloaded the file. The data in it is wrong though, please fix i=
t in your records:

- date of birth: you have 12/03/1981, it is 03/12/1981 (3 December)
- address: you still have Kapelstraat 14, 2800 Mechelen. I moved in Septemb=
er, the right address is Zandpoortvest 27 bus 3, 2800 Mechelen
- my surname is spelled Vanderstraeten, not Vanderstraten

Regards,
Pieter Vanderstraeten

From: shop.example.be <noreply@shop.example.be>
Sent: Monday, November 23, 2026 2:14 PM
To: Pieter Vanderstraeten <p.vanderstraeten@outlook.com>
Subject: Your personal data export is ready [case 8KJD-T3WQ]

Dear Pieter Vanderstraeten,

As requested, we have prepared a copy of the personal data we hold about yo=
u. You can download it for 7 days via the secure link below.

Download your data: https://shop.example.be/privacy/export/8KJD-T3WQ

This is an automated message. Please do not reply to this e-mail.
Privacy team shop.example.be
"""),
    ('it', 'person-replies-export-ready-portability', 'portability', (),
"""Return-Path: <francesca.moretti@libero.it>
Received: from libero.it (smtp-31.iol.local [10.101.1.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnD1k5Gy3z9vEf
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 08:15:44 +0100 (CET)
Date: Tue, 24 Nov 2026 08:15:40 +0100 (CET)
From: Francesca Moretti <francesca.moretti@libero.it>
To: shop.example.be <privacy@shop.example.be>
Message-ID: <1823947612.2210543.1795504540211@mail1.libero.it>
In-Reply-To: <case-3VFN-P9ZL.export.1@shop.example.be>
References: <case-3VFN-P9ZL.export.1@shop.example.be>
Subject: Re: I suoi dati personali sono pronti per il download [case 3VFN-P9ZL]
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Normal
X-Mailer: Open-Xchange Mailer v7.10.6-Rev61
X-Originating-Client: open-xchange-appsuite

Buongiorno,

grazie per il file, ma un PDF non mi serve a molto. Vorrei che i miei dati =
(storico ordini, indirizzi e punti della carta fedelt=C3=A0) fossero trasme=
ssi direttamente a VerdeCasa S.r.l. (privacy@verdecasa.example.it), dove ho=
 aperto un nuovo account, in un formato strutturato e leggibile da un compu=
ter, tipo CSV o JSON, come prevede l'art. 20 del GDPR.

Se non =C3=A8 possibile trasmetterli direttamente, mandatemeli almeno in CS=
V a questo indirizzo.

Cordiali saluti
Francesca Moretti

Il giorno lun 23 nov 2026 alle ore 10:05 shop.example.be <noreply@shop.exam=
ple.be> ha scritto:

> Gentile Francesca Moretti,
>
> come richiesto, abbiamo preparato una copia dei dati personali che
> conserviamo su di lei. Pu=C3=B2 scaricarla per 7 giorni tramite il link s=
icuro:
> https://shop.example.be/privacy/export/3VFN-P9ZL
>
> Questo =C3=A8 un messaggio automatico. Si prega di non rispondere.
> Team privacy shop.example.be
"""),
    ('pt', 'person-consumer-template-letter', 'access', (),
"""Return-Path: <ines.c.pereira@sapo.pt>
Received: from smtp.sapo.pt (relay5.ptmail.sapo.pt [212.55.154.25])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Qkz6b2Pw9z9vFg
	for <privacy@shop.example.be>; Sat,  7 Nov 2026 16:03:19 +0100 (CET)
From: =?utf-8?B?SW7DqnMgQ2FyZG9zbyBQZXJlaXJh?= <ines.c.pereira@sapo.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Pedido de acesso aos dados pessoais - Ref. PT-ACC-2026-1107
Date: Sat, 7 Nov 2026 15:03:12 +0000
Message-ID: <DB7PR08MB2961D4C0A5E3F8B1A7C6D2E9F0B4A3C1@DB7PR08MB2961.eurprd08.prod.outlook.com>
Content-Language: pt-PT
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: 
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UEVESURPIERFIEFDRVNTTyBBIERBRE9TIFBFU1NPQUlTCihhcnRpZ28gMTUuwrogZG8gUmVndWxh
bWVudG8gR2VyYWwgc29icmUgYSBQcm90ZcOnw6NvIGRlIERhZG9zKQoKUmVmLjogUFQtQUNDLTIw
MjYtMTEwNwpEYXRhOiAwNy8xMS8yMDI2CgpSZXF1ZXJlbnRlOiBJbsOqcyBDYXJkb3NvIFBlcmVp
cmEKRW1haWw6IGluZXMuYy5wZXJlaXJhQHNhcG8ucHQKTi7CuiBkZSBjbGllbnRlIChzZSBhcGxp
Y8OhdmVsKTogNTEyLTA5OTM0CgpFeG1vcy4gU2VuaG9yZXMsCgpBbyBhYnJpZ28gZG8gYXJ0aWdv
IDE1LsK6IGRvIFJHUEQsIHZlbmhvIHNvbGljaXRhcjoKMS4gYSBjb25maXJtYcOnw6NvIGRlIHF1
ZSB0cmF0YW0gZGFkb3MgcGVzc29haXMgcXVlIG1lIGRpemVtIHJlc3BlaXRvOwoyLiB1bWEgY8Oz
cGlhIGRlIHRvZG9zIGVzc2VzIGRhZG9zOwozLiBpbmZvcm1hw6fDo28gc29icmUgYXMgZmluYWxp
ZGFkZXMgZG8gdHJhdGFtZW50bywgb3MgZGVzdGluYXTDoXJpb3MgYSBxdWVtIG9zIGRhZG9zIGZv
cmFtIGNvbXVuaWNhZG9zIChpbmNsdWluZG8gcGFyY2Vpcm9zIGRlIG1hcmtldGluZyksIG8gcHJh
em8gZGUgY29uc2VydmHDp8OjbyBlIGEgb3JpZ2VtIGRvcyBkYWRvcy4KCkFncmFkZcOnbyByZXNw
b3N0YSBubyBwcmF6byBkZSB1bSBtw6pzLgoKQ29tIG9zIG1lbGhvcmVzIGN1bXByaW1lbnRvcywK
SW7DqnMgQ2FyZG9zbyBQZXJlaXJhCgotLS0KQ2FydGEgZWxhYm9yYWRhIGNvbSBiYXNlIG5hIG1p
bnV0YSBkaXNwb25pYmlsaXphZGEgcGVsYSBERUNPIFBST3Rlc3RlLgpPYnRlciBvIE91dGxvb2sg
cGFyYSBBbmRyb2lkIDxodHRwczovL2FrYS5tcy9BQWI5eXNnPgo=
"""),
    ('fr', 'person-forwards-our-ack-complaint', 'complaint', ('deletion',),
"""Return-Path: <michel.renard@voo.be>
Received: from smtp.voo.be (smtp-out.voo.be [212.68.211.4])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QnG3p7Rz4z9vGh
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 22:08:37 +0100 (CET)
From: Michel Renard <michel.renard@voo.be>
To: Service vie privee shop.example.be <privacy@shop.example.be>
Subject: =?utf-8?q?TR=3A_Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_votre_demande_PRV-20?=
 =?utf-8?q?26-0377?=
Thread-Topic: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_=E2=80=93_votre_demande_PRV-2026-037?=
 =?utf-8?q?7?=
Thread-Index: AQHbO2n4sT1xW8kQr0mZ7cV3yN5aB2E=
Date: Fri, 20 Nov 2026 21:08:33 +0000
Message-ID: <PAXP251MB0412E7A3C9B1D5F2E8A4C6B0D3F1E9A7@PAXP251MB0412.EURP251.PROD.OUTLOOK.COM>
Accept-Language: fr-BE, fr-FR
Content-Language: fr-BE
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: 
MIME-Version: 1.0
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je vous renvoie votre propre accus=E9 de r=E9ception ci-dessous. Ma demande=
 de suppression de compte date du 2 octobre, cela fait plus de sept semaine=
s et je n'ai re=E7u aucune r=E9ponse, alors que vous aviez un mois. Je re=
=E7ois d'ailleurs toujours vos e-mails, donc rien n'a =E9t=E9 fait.

Je vous demande une derni=E8re fois de supprimer mon compte et toutes mes d=
onn=E9es. Sans r=E9ponse de votre part d'ici le 4 d=E9cembre, je d=E9posera=
i plainte aupr=E8s de l'Autorit=E9 de protection des donn=E9es.

Michel Renard

________________________________
De : Service vie priv=E9e shop.example.be <privacy@shop.example.be>
Envoy=E9 : vendredi 2 octobre 2026 18:31
=C0 : michel.renard@voo.be <michel.renard@voo.be>
Objet : Accus=E9 de r=E9ception =96 votre demande PRV-2026-0377

Bonjour,

Nous avons bien re=E7u votre demande et l'avons enregistr=E9e sous la r=E9f=
=E9rence PRV-2026-0377. Nous y r=E9pondrons dans un d=E9lai d'un mois.

Ceci est un message automatique, merci de ne pas y r=E9pondre.
Service vie priv=E9e =96 shop.example.be
"""),
]

"""Eighth set, system and list mail and people who look like it, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'quarantine-digest', 'automated', (), """Received: from AM7PR02MB6083.eurprd02.prod.outlook.com (2603:10a6:20b:1b8::14)
 by DB9PR02MB7210.eurprd02.prod.outlook.com with HTTPS; Wed, 15 Apr 2026 07:02:19 +0000
From: Microsoft 365 security <quarantine@messaging.microsoft.com>
To: <privacy@shop.example.be>
Subject: Microsoft 365 security: You have messages in quarantine
Date: Wed, 15 Apr 2026 07:02:11 +0000
Message-ID: <2f0b4a6e-91c3-4f1e-b3a8-0d2c6e4f8a71@AM7PR02MB6083.eurprd02.prod.outlook.com>
MIME-Version: 1.0
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Exchange-Generated-Message-Source: Quarantine Notification Agent
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="_000_2f0b4a6e91c34f1eb3a80d2c6e4f8a71"

--_000_2f0b4a6e91c34f1eb3a80d2c6e4f8a71
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Microsoft 365 security

Review these 4 messages that are being held for you

You have 4 new messages in your quarantine folder since you received your l=
ast notification.

Sender: dsr-team@verify-gdpr-portal.info
Subject: URGENT: Your data subject request #DSR-88120 requires action
Date: 14/04/2026 22:41
  Release | Block Sender | Review Message

Sender: invoices@quickbooks-notify.net
Subject: Overdue invoice 00417 - final notice
Date: 15/04/2026 03:12
  Release | Block Sender | Review Message

Sender: no-reply@docsign-secure.co
Subject: Please review and sign: Data Processing Agreement v3
Date: 15/04/2026 05:58
  Release | Block Sender | Review Message

Sender: marketing@leadboost.agency
Subject: 2,400 verified Belgian garden buyers - GDPR compliant list
Date: 15/04/2026 06:30
  Release | Block Sender | Review Message

Review Messages

Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
--_000_2f0b4a6e91c34f1eb3a80d2c6e4f8a71
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body style=3D"font-family:Segoe UI,Arial,sans-serif;font-=
size:14px;color:#323130">
<table width=3D"100%" cellpadding=3D"0" cellspacing=3D"0"><tr><td style=3D"=
background:#0078d4;color:#ffffff;padding:12px 20px;font-size:18px">Microsof=
t 365 security</td></tr>
<tr><td style=3D"padding:20px"><h2 style=3D"font-weight:600">Review these 4=
 messages that are being held for you</h2>
<p>You have 4 new messages in your quarantine folder since you received you=
r last notification.</p>
<table cellpadding=3D"6" style=3D"border-collapse:collapse;width:100%">
<tr style=3D"background:#f3f2f1"><th align=3D"left">Sender</th><th align=3D=
"left">Subject</th><th align=3D"left">Date</th><th></th></tr>
<tr><td>dsr-team@verify-gdpr-portal.info</td><td>URGENT: Your data subject =
request #DSR-88120 requires action</td><td>14/04/2026 22:41</td><td><a href=
=3D"https://security.microsoft.com/quarantine?id=3D8f1e2a">Release</a> | <a=
 href=3D"https://security.microsoft.com/quarantine?id=3D8f1e2a&amp;a=3Dbloc=
k">Block Sender</a></td></tr>
<tr><td>invoices@quickbooks-notify.net</td><td>Overdue invoice 00417 - fina=
l notice</td><td>15/04/2026 03:12</td><td><a href=3D"https://security.micro=
soft.com/quarantine?id=3D0c77d1">Release</a> | <a href=3D"https://security.=
microsoft.com/quarantine?id=3D0c77d1&amp;a=3Dblock">Block Sender</a></td></=
tr>
<tr><td>no-reply@docsign-secure.co</td><td>Please review and sign: Data Pro=
cessing Agreement v3</td><td>15/04/2026 05:58</td><td><a href=3D"https://se=
curity.microsoft.com/quarantine?id=3D5a9b03">Release</a> | <a href=3D"https=
://security.microsoft.com/quarantine?id=3D5a9b03&amp;a=3Dblock">Block Sende=
r</a></td></tr>
<tr><td>marketing@leadboost.agency</td><td>2,400 verified Belgian garden bu=
yers - GDPR compliant list</td><td>15/04/2026 06:30</td><td><a href=3D"http=
s://security.microsoft.com/quarantine?id=3De41f9c">Release</a> | <a href=3D=
"https://security.microsoft.com/quarantine?id=3De41f9c&amp;a=3Dblock">Block=
 Sender</a></td></tr>
</table>
<p><a href=3D"https://security.microsoft.com/quarantine" style=3D"backgroun=
d:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Review Messages=
</a></p>
<p style=3D"font-size:11px;color:#605e5c"><a href=3D"https://go.microsoft.c=
om/fwlink/?LinkId=3D521839">Privacy Statement</a><br>Microsoft Corporation,=
 One Microsoft Way, Redmond, WA 98052</p>
</td></tr></table></body></html>
--_000_2f0b4a6e91c34f1eb3a80d2c6e4f8a71--
"""),
    ('en', 'gdpr-newsletter', 'automated', (), """Return-Path: <bounce-41872-9931-privacy=shop.example.be@mail.hartwellcrane.com>
From: "Hartwell & Crane | Data Protection Insights" <insights@mail.hartwellcrane.com>
Reply-To: insights@hartwellcrane.com
To: privacy@shop.example.be
Subject: 5 things your DPO must know before the next DSAR wave
Date: Tue, 07 Apr 2026 09:30:04 +0100
Message-ID: <20260407083004.41872.9931@mail.hartwellcrane.com>
List-Unsubscribe: <https://insights.hartwellcrane.com/u/?e=cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU>, <mailto:unsub-41872-9931@mail.hartwellcrane.com>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
List-Id: Data Protection Insights <insights.hartwellcrane.com>
Precedence: bulk
X-Mailer: Campaign Monitor
Feedback-ID: 41872:9931:cm
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_cm_7c1d3a9e52b04f"

--=_cm_7c1d3a9e52b04f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

View this email in your browser: https://insights.hartwellcrane.com/e/2026-=
04-dpo

HARTWELL & CRANE LLP | DATA PROTECTION INSIGHTS
April 2026

5 things your DPO must know before the next wave of subject access requests

Regulators across the EU have made 2026 the year of the right of access. He=
re is what our privacy team is seeing in practice:

1. The one-month clock starts on receipt, not on ID verification
   Asking for a copy of a passport "just in case" will not stop the clock -=
 and may itself be excessive.

2. "Everything you have on me" means everything
   Including CRM notes, call recordings and the free-text fields your custo=
mer service team thinks nobody reads.

3. Erasure requests and legal hold do not mix well
   Map your retention obligations before you promise to delete.

4. Objections to direct marketing are absolute
   No balancing test. Suppress, do not delete, or the address will come bac=
k with the next import.

5. Unanswered reminders are the #1 trigger for complaints to the DPA
   Make sure auto-replies are not your only reply.

Read the full briefing (8 min): https://insights.hartwellcrane.com/dpo-five=
-things

WEBINAR - 12 May 2026, 14:00 CET
"DSARs in retail: loyalty cards, profiling and the Article 15 copy"
Register: https://events.hartwellcrane.com/dsar-retail

--
This publication is for general information only and does not constitute le=
gal advice.
Hartwell & Crane LLP, 25 Ropemaker Street, London EC2Y 9LY. Offices in Lond=
on, Brussels, Amsterdam.

You are receiving this email because privacy@shop.example.be is subscribed =
to Data Protection Insights.
Unsubscribe: https://insights.hartwellcrane.com/u/?e=3DcHJpdmFjeUBzaG9wLmV4=
YW1wbGUuYmU
Update your preferences | Privacy notice: https://www.hartwellcrane.com/pri=
vacy
To ask us to delete your personal data, write to dataprotection@hartwellcra=
ne.com.
--=_cm_7c1d3a9e52b04f
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><body style=3D"margin:0;background:#f4f1ec">
<div style=3D"max-width:620px;margin:0 auto;background:#fff;font-family:Geo=
rgia,serif;color:#1d1d1b">
<p style=3D"font-size:11px;text-align:center"><a href=3D"https://insights.h=
artwellcrane.com/e/2026-04-dpo">View this email in your browser</a></p>
<div style=3D"background:#14213d;color:#fff;padding:18px 24px">HARTWELL &am=
p; CRANE LLP &middot; DATA PROTECTION INSIGHTS<br><small>April 2026</small>=
</div>
<div style=3D"padding:24px">
<h1 style=3D"font-size:24px">5 things your DPO must know before the next wa=
ve of subject access requests</h1>
<p>Regulators across the EU have made 2026 the year of the right of access.=
 Here is what our privacy team is seeing in practice:</p>
<ol>
<li><b>The one-month clock starts on receipt, not on ID verification.</b> A=
sking for a copy of a passport &ldquo;just in case&rdquo; will not stop the=
 clock &ndash; and may itself be excessive.</li>
<li><b>&ldquo;Everything you have on me&rdquo; means everything.</b> Includ=
ing CRM notes, call recordings and the free-text fields your customer servi=
ce team thinks nobody reads.</li>
<li><b>Erasure requests and legal hold do not mix well.</b> Map your retent=
ion obligations before you promise to delete.</li>
<li><b>Objections to direct marketing are absolute.</b> No balancing test. =
Suppress, do not delete, or the address will come back with the next import=
.</li>
<li><b>Unanswered reminders are the #1 trigger for complaints to the DPA.</=
b> Make sure auto-replies are not your only reply.</li>
</ol>
<p><a href=3D"https://insights.hartwellcrane.com/dpo-five-things" style=3D"=
color:#b5651d">Read the full briefing (8 min) &rarr;</a></p>
<div style=3D"border-top:1px solid #ddd;padding-top:12px"><b>WEBINAR &ndash=
; 12 May 2026, 14:00 CET</b><br>&ldquo;DSARs in retail: loyalty cards, prof=
iling and the Article 15 copy&rdquo;<br><a href=3D"https://events.hartwellc=
rane.com/dsar-retail">Register</a></div>
</div>
<div style=3D"font-size:11px;color:#777;padding:16px 24px;background:#f4f1e=
c">This publication is for general information only and does not constitute=
 legal advice.<br>Hartwell &amp; Crane LLP, 25 Ropemaker Street, London EC2=
Y 9LY.<br><br>
You are receiving this email because privacy@shop.example.be is subscribed =
to Data Protection Insights.<br>
<a href=3D"https://insights.hartwellcrane.com/u/?e=3DcHJpdmFjeUBzaG9wLmV4YW=
1wbGUuYmU">Unsubscribe</a> | <a href=3D"https://insights.hartwellcrane.com/=
prefs">Update your preferences</a> | <a href=3D"https://www.hartwellcrane.c=
om/privacy">Privacy notice</a><br>
To ask us to delete your personal data, write to dataprotection@hartwellcra=
ne.com.</div>
</div><img src=3D"https://insights.hartwellcrane.com/o/8812ab.gif" width=3D=
"1" height=3D"1" alt=3D""></body></html>
--=_cm_7c1d3a9e52b04f--
"""),
    ('en', 'calendar-reply', 'automated', (), """From: Oliver Grant <o.grant@lexbridge-legal.eu>
To: Privacy Team <privacy@shop.example.be>
Subject: Accepted: DPA audit prep call
Thread-Topic: DPA audit prep call
Thread-Index: AQHc0Q3h8r2Y0Z1kT0a8ZJ3Lq9aXbA==
Date: Thu, 16 Apr 2026 13:15:44 +0000
Message-ID: <DB9PR07MB8811F3A5E7C2B9D6@DB9PR07MB8811.eurprd07.prod.outlook.com>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_DB9PR07MB8811F3A5E7C2B9D6EURP_"

--_000_DB9PR07MB8811F3A5E7C2B9D6EURP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit


--_000_DB9PR07MB8811F3A5E7C2B9D6EURP_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSCk1FVEhPRDpSRVBMWQpQUk9ESUQ6TWljcm9zb2Z0IEV4Y2hhbmdlIFNl
cnZlciAyMDEwClZFUlNJT046Mi4wCkJFR0lOOlZFVkVOVApBVFRFTkRFRTtQQVJUU1RBVD1BQ0NF
UFRFRDtDTj1PbGl2ZXIgR3JhbnQ6bWFpbHRvOm8uZ3JhbnRAbGV4YnJpZGdlLWxlZ2FsLmV1CkNP
TU1FTlQ7TEFOR1VBR0U9ZW4tR0I6XG4KU1VNTUFSWTtMQU5HVUFHRT1lbi1HQjpBY2NlcHRlZDog
RFBBIGF1ZGl0IHByZXAgY2FsbApEVFNUQVJUO1RaSUQ9Um9tYW5jZSBTdGFuZGFyZCBUaW1lOjIw
MjYwNDIyVDEwMDAwMApEVEVORDtUWklEPVJvbWFuY2UgU3RhbmRhcmQgVGltZToyMDI2MDQyMlQx
MTAwMDAKVUlEOjA0MDAwMDAwODIwMEUwMDA3NEM1QjcxMDFBODJFMDA4MDAwMDAwMDBCMEU0RDFB
MkM5QzhEQzAxMDAwMDAwMDAwMDAwMDAwMDEwMDAwMDAwRjNBNUU3QzJCOUQ2NEE0RjhFMkMxQjdE
OUEwRTZGMTEKQ0xBU1M6UFVCTElDClBSSU9SSVRZOjUKRFRTVEFNUDoyMDI2MDQxNlQxMzE1NDRa
ClRSQU5TUDpPUEFRVUUKU1RBVFVTOkNPTkZJUk1FRApTRVFVRU5DRTowCkxPQ0FUSU9OO0xBTkdV
QUdFPWVuLUdCOk1pY3Jvc29mdCBUZWFtcyBNZWV0aW5nCkVORDpWRVZFTlQKRU5EOlZDQUxFTkRB
Ugo=
--_000_DB9PR07MB8811F3A5E7C2B9D6EURP_--
"""),
    ('en', 'billing-receipt', 'automated', (), """From: Mailwise Ltd <receipts+acct_1NqR2kLm8@stripe.com>
Reply-To: billing@mailwise.io
To: privacy@shop.example.be
Subject: Your receipt from Mailwise Ltd #2231-4410
Date: Wed, 1 Apr 2026 06:04:51 +0000
Message-ID: <0102018e9f2a3c11-7b1f0d2e-4a11-4c8e-9d3b-5f2a1e7c9b44-000000@eu-west-1.amazonses.com>
MIME-Version: 1.0
X-Stripe-Receipt: true
Content-Type: multipart/alternative; boundary="00000000000069d8a00610d2f1a3"

--00000000000069d8a00610d2f1a3
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Mailwise

Receipt from Mailwise Ltd
Receipt #2231-4410

AMOUNT PAID        EUR 49.00
DATE PAID          1 April 2026
PAYMENT METHOD     Visa - 4417

SUMMARY
Mailwise Growth plan (monthly) x 1 ..... EUR 40.50
VAT (BE 21%) ........................... EUR 8.50
Amount charged ......................... EUR 49.00

Billing period: 1 Apr 2026 - 30 Apr 2026
Billed to: Shop Example BV, BE0712.345.678, privacy@shop.example.be

If you have any questions, contact us at billing@mailwise.io.

You're receiving this email because you made a purchase at Mailwise Ltd, wh=
ich partners with Stripe to provide invoicing and payment processing.
--00000000000069d8a00610d2f1a3
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:-apple-system,Helvetica,Arial,sans-serif;c=
olor:#414552"><table width=3D"480" align=3D"center"><tr><td><p style=3D"fon=
t-size:20px">Receipt from Mailwise Ltd</p><p style=3D"color:#687385">Receip=
t #2231-4410</p><table width=3D"100%"><tr><td>Amount paid<br><b>&euro;49.00=
</b></td><td>Date paid<br><b>1 April 2026</b></td><td>Payment method<br><b>=
VISA &ndash; 4417</b></td></tr></table><p><b>Summary</b></p><table width=3D=
"100%"><tr><td>Mailwise Growth plan (monthly) &times; 1</td><td align=3D"ri=
ght">&euro;40.50</td></tr><tr><td>VAT (BE 21%)</td><td align=3D"right">&eur=
o;8.50</td></tr><tr><td><b>Amount charged</b></td><td align=3D"right"><b>&e=
uro;49.00</b></td></tr></table><p>Billing period: 1 Apr 2026 &ndash; 30 Apr=
 2026</p><p style=3D"font-size:12px;color:#687385">If you have any question=
s, contact us at <a href=3D"mailto:billing@mailwise.io">billing@mailwise.io=
</a>.<br>You're receiving this email because you made a purchase at Mailwis=
e Ltd, which partners with <a href=3D"https://stripe.com">Stripe</a> to pro=
vide invoicing and payment processing.</p></td></tr></table></body></html>
--00000000000069d8a00610d2f1a3--
"""),
    ('en', 'person-fwd-newsletter', 'deletion', ('withdraw_consent',), """From: Mark Delaney <markdelaney71@gmail.com>
To: privacy@shop.example.be
Subject: Fwd: 🌿 Spring sale – up to 40% off garden lounge sets
Date: Sat, 11 Apr 2026 21:47:09 +0100
Message-ID: <CAJx8p2kQ7vZ0rT1dWc4m=Yh3bFq0sPz@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Can someone explain why I keep getting these? I never signed up for anything. I bought ONE hose reel from you back in 2023 as a guest and now it's 2-3 of these a week.

Please just delete whatever you've got on me, account, address, all of it, and get me off this list. I don't want you holding my stuff.

Mark

---------- Forwarded message ---------
From: Shop Example <news@shop.example.be>
Date: Sat, 11 Apr 2026 at 10:00
Subject: 🌿 Spring sale – up to 40% off garden lounge sets
To: <markdelaney71@gmail.com>


Spring is here, Mark!
Up to 40% off lounge sets, parasols and planters. This weekend only.

SHOP NOW >

Loyalty card: you have 0 points.

You receive this newsletter because you are a customer of Shop Example.
Unsubscribe | Manage preferences | Privacy policy
Shop Example BV, Kouter 1, 9000 Gent
"""),
    ('nl', 'carrier-shipping', 'automated', (), """From: PostNL <noreply@notificatie.postnl.nl>
To: privacy@shop.example.be
Subject: Je pakket van Tuingroothandel Verhoeven komt eraan
Date: Wed, 15 Apr 2026 18:00:01 +0200 (CEST)
Message-ID: <1346621.5512094.1776240001234@mta-08.notificatie.postnl.nl>
MIME-Version: 1.0
X-Mailer: PostNL Notificatieservice
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="----=_Part_5512094_118273.1776240001234"

------=_Part_5512094_118273.1776240001234
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goed nieuws, je pakket komt eraan!

Je pakket van Tuingroothandel Verhoeven wordt morgen bezorgd.

Verwachte bezorging: donderdag 16 april, tussen 14:15 en 16:45
Track & Trace-code: 3SVERH0461827

Volg je pakket: https://jouw.postnl.nl/track-and-trace/3SVERH0461827-NL-9000

Niet thuis? Kies een ander bezorgmoment of laat je pakket bij de buren of o=
p een PostNL-punt afleveren.

Deze e-mail is automatisch verstuurd. Je kunt niet reageren op dit bericht.
Heb je een vraag? Kijk op postnl.nl/klantenservice.

PostNL verwerkt je persoonsgegevens volgens de privacyverklaring op postnl.=
nl/privacy.
------=_Part_5512094_118273.1776240001234
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;background:#f2f2f2"><tabl=
e width=3D"600" align=3D"center" style=3D"background:#fff"><tr><td style=3D=
"background:#ed7000;padding:16px"><img src=3D"https://www.postnl.nl/img/log=
o-postnl.png" alt=3D"PostNL" height=3D"32"></td></tr>
<tr><td style=3D"padding:24px"><h1 style=3D"color:#0e0e75">Goed nieuws, je =
pakket komt eraan!</h1><p>Je pakket van <b>Tuingroothandel Verhoeven</b> wo=
rdt morgen bezorgd.</p>
<p style=3D"font-size:18px"><b>donderdag 16 april<br>tussen 14:15 en 16:45<=
/b></p><p>Track &amp; Trace-code: 3SVERH0461827</p>
<p><a href=3D"https://jouw.postnl.nl/track-and-trace/3SVERH0461827-NL-9000"=
 style=3D"background:#ed7000;color:#fff;padding:10px 20px;border-radius:4px=
;text-decoration:none">Volg je pakket</a></p>
<p>Niet thuis? <a href=3D"https://jouw.postnl.nl/wijzigen/3SVERH0461827">Ki=
es een ander bezorgmoment</a> of laat je pakket bij de buren of op een Post=
NL-punt afleveren.</p>
<p style=3D"font-size:11px;color:#666">Deze e-mail is automatisch verstuurd=
. Je kunt niet reageren op dit bericht. Heb je een vraag? Kijk op postnl.nl=
/klantenservice.<br>PostNL verwerkt je persoonsgegevens volgens de <a href=
=3D"https://www.postnl.nl/privacy">privacyverklaring</a>.</p></td></tr></ta=
ble></body></html>
------=_Part_5512094_118273.1776240001234--
"""),
    ('nl', 'sharepoint-share', 'automated', (), """From: "Lies Vermeulen (via SharePoint Online)" <no-reply@sharepointonline.com>
Reply-To: Lies Vermeulen <lies.vermeulen@shop.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?B?TGllcyBWZXJtZXVsZW4gaGVlZnQgJ1JlZ2lzdGVyIHZhbiB2ZXJ3ZXJraW5nc2FjdGl2aXRlaXRlbiAyMDI2Lnhsc3gnIG1ldCB1IGdlZGVlbGQ=?=
Date: Mon, 13 Apr 2026 08:51:27 +0000
Message-ID: <f1b8c7d2-2a3e-4c90-b1f5-6e7d8a9c0b12@shopexample.sharepoint.com>
MIME-Version: 1.0
X-MS-Exchange-Organization-SCL: -1
X-SharePoint-NotificationType: SharingInvitation
Content-Type: multipart/alternative; boundary="_7c2a9f0e-33b1-4d5a-8e61-0f4c2b9d1a57_"

--_7c2a9f0e-33b1-4d5a-8e61-0f4c2b9d1a57_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Lies Vermeulen heeft een bestand met u gedeeld

Kan je de tabbladen voor de klantenkaart en de nieuwsbrief eens nakijken vo=
or vrijdag? Vooral de bewaartermijnen.

Register van verwerkingsactiviteiten 2026.xlsx
Openen: https://shopexample.sharepoint.com/:x:/s/Juridisch/EaB3k9rQ2xFLm0n?=
e=3DQx71Lp

Deze koppeling werkt alleen voor de directe ontvangers van dit bericht.

Privacyverklaring van Microsoft: https://go.microsoft.com/fwlink/?LinkId=3D=
521839
--_7c2a9f0e-33b1-4d5a-8e61-0f4c2b9d1a57_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><table style=3D"font-family:'Segoe UI',sans-serif;max-width:480=
px"><tr><td><p style=3D"font-size:21px;color:#333">Lies Vermeulen heeft een=
 bestand met u gedeeld</p>
<div style=3D"border-left:3px solid #0078d4;padding-left:10px;color:#444">K=
an je de tabbladen voor de klantenkaart en de nieuwsbrief eens nakijken voo=
r vrijdag? Vooral de bewaartermijnen.</div>
<p><img src=3D"https://res-1.cdn.office.net/files/fabric-cdn-prod_20240129.=
001/assets/item-types/48/xlsx.png" width=3D"48"> <b>Register van verwerking=
sactiviteiten 2026.xlsx</b></p>
<p><a href=3D"https://shopexample.sharepoint.com/:x:/s/Juridisch/EaB3k9rQ2x=
FLm0n?e=3DQx71Lp" style=3D"background:#0078d4;color:#fff;padding:8px 24px;t=
ext-decoration:none">Openen</a></p>
<p style=3D"font-size:12px;color:#666">Deze koppeling werkt alleen voor de =
directe ontvangers van dit bericht.</p>
<p style=3D"font-size:11px"><a href=3D"https://go.microsoft.com/fwlink/?Lin=
kId=3D521839">Privacyverklaring van Microsoft</a></p></td></tr></table></bo=
dy></html>
--_7c2a9f0e-33b1-4d5a-8e61-0f4c2b9d1a57_--
"""),
    ('nl', 'promo-newsletter', 'automated', (), """Return-Path: <bounce-mc.us14_88120394.2210934-privacy=shop.example.be@mail47.atl121.mcsv.net>
From: Outdoor Living Benelux <info@outdoorliving-benelux.be>
Reply-To: Outdoor Living Benelux <info@outdoorliving-benelux.be>
To: <privacy@shop.example.be>
Subject: =?UTF-8?Q?Nieuw=3A_composteerbare_kweekpotten_=F0=9F=8C=B1_=2B_5=25_extra_korting?=
Date: Thu, 09 Apr 2026 07:15:33 +0000
Message-ID: <8f2a1c3b9d4e5f60718293a4b5c6d7e8.20260409071533@mail47.atl121.mcsv.net>
List-Unsubscribe: <https://outdoorlivingbenelux.us14.list-manage.com/unsubscribe?u=3fa9c1&id=77be02d4&e=5a1b2c3d4e>, <mailto:unsubscribe-mc.us14_88120394.2210934-5a1b2c3d4e@mailin1.us14.mcsv.net?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-MC-User: 3fa9c1e7b2d0a48f6c1e9d2b7
X-Campaign: mailchimp3fa9c1e7b2d0a48f6c1e9d2b7.77be02d4
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_----------=_MCPart_1729384756"

--_----------=_MCPart_1729384756
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Nieuw in ons gamma: composteerbare kweekpotten en turfvrije potgrond

Beste klant,

Vanaf deze maand vindt u in onze webshop voor professionals:
- Kweekpotten uit kokosvezel, 8 tot 14 cm, per 500 stuks
- Turfvrije potgrond, 70 l, palletprijs vanaf 60 zakken
- Nieuwe plantenlabels uit bamboe

Bestel v=C3=B3=C3=B3r 30 april en ontvang 5% extra korting met code LENTE26.

Naar de webshop: https://b2b.outdoorliving-benelux.be/nieuw?utm_source=3Dni=
euwsbrief&utm_medium=3Demail

Met groene groeten,
Het team van Outdoor Living Benelux
Industrieweg 88, 2220 Heist-op-den-Berg

U ontvangt deze e-mail omdat u als zakelijke klant bent geregistreerd op pr=
ivacy@shop.example.be.
Uitschrijven: https://outdoorlivingbenelux.us14.list-manage.com/unsubscribe=
?u=3D3fa9c1&id=3D77be02d4
Voorkeuren aanpassen: https://outdoorlivingbenelux.us14.list-manage.com/pro=
file?u=3D3fa9c1&id=3D77be02d4
Wij verwerken uw persoonsgegevens volgens onze privacyverklaring.
--_----------=_MCPart_1729384756
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Verdana,sans-serif;font-size:13px"><div st=
yle=3D"max-width:600px;margin:auto"><img src=3D"https://mcusercontent.com/3=
fa9c1/images/banner-lente.jpg" width=3D"600" alt=3D"Lente 2026"><h2 style=
=3D"color:#2e6b30">Nieuw in ons gamma: composteerbare kweekpotten en turfvr=
ije potgrond</h2><p>Beste klant,</p><p>Vanaf deze maand vindt u in onze web=
shop voor professionals:</p><ul><li>Kweekpotten uit kokosvezel, 8 tot 14 cm=
, per 500 stuks</li><li>Turfvrije potgrond, 70 l, palletprijs vanaf 60 zakk=
en</li><li>Nieuwe plantenlabels uit bamboe</li></ul><p>Bestel v&oacute;&oac=
ute;r 30 april en ontvang <b>5% extra korting</b> met code <b>LENTE26</b>.<=
/p><p><a href=3D"https://b2b.outdoorliving-benelux.be/nieuw?utm_source=3Dni=
euwsbrief&amp;utm_medium=3Demail" style=3D"background:#2e6b30;color:#fff;pa=
dding:10px 18px;text-decoration:none">Naar de webshop</a></p><p>Met groene =
groeten,<br>Het team van Outdoor Living Benelux</p><hr><p style=3D"font-siz=
e:10px;color:#888">Industrieweg 88, 2220 Heist-op-den-Berg<br>U ontvangt de=
ze e-mail omdat u als zakelijke klant bent geregistreerd op privacy@shop.ex=
ample.be.<br><a href=3D"https://outdoorlivingbenelux.us14.list-manage.com/u=
nsubscribe?u=3D3fa9c1&amp;id=3D77be02d4">Uitschrijven</a> &middot; <a href=
=3D"https://outdoorlivingbenelux.us14.list-manage.com/profile?u=3D3fa9c1&am=
p;id=3D77be02d4">Voorkeuren aanpassen</a><br>Wij verwerken uw persoonsgegev=
ens volgens onze privacyverklaring.</p></div></body></html>
--_----------=_MCPart_1729384756--
"""),
    ('nl', 'person-reply-carrier', 'objection', (), """From: Ann Peeters <ann.peeters@telenet.be>
To: privacy@shop.example.be
Subject: Re: Uw pakje is onderweg
Date: Tue, 14 Apr 2026 12:03:55 +0200
Message-ID: <000f01dcb1c2$4a7e3b10$df7ab130$@telenet.be>
In-Reply-To: <bpost.notif.323299001462789.1776151200@bpost.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0

Goeiedag,

Ik krijg van bpost een sms =E9n deze mail, dus blijkbaar hebben jullie mijn =
gsm-nummer en mijn e-mailadres aan hen doorgegeven. Daar ben ik niet mee =
akkoord. Ik heb die gegevens aan jullie gegeven voor mijn bestelling, niet =
om ze aan koeriers door te spelen.

Gelieve mijn gegevens voortaan niet meer aan bpost of een andere koerier =
door te geven. Het pakje mag gewoon in de bus of ik haal het zelf af in het =
postpunt.

Mvg,
Ann Peeters

-----Oorspronkelijk bericht-----
Van: bpost <noreply@bpost.be>
Verzonden: dinsdag 14 april 2026 09:20
Aan: ann.peeters@telenet.be
Onderwerp: Uw pakje is onderweg

Beste klant,
Uw pakje van Shop Example is onderweg. Verwachte levering: woensdag 15/04.
Barcode: 323299001462789
Volg uw zending op track.bpost.cloud
Dit is een automatisch bericht, gelieve niet te antwoorden.
"""),
    ('fr', 'carrier-shipping', 'automated', (), """From: bpost <noreply@bpost.be>
To: privacy@shop.example.be
Subject: Votre colis est en route
Date: Thu, 16 Apr 2026 07:41:12 +0200
Message-ID: <a81c22e0-5b17-4f3e-9a2d-17e0c1b8f4a6@notifications.bpost.be>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64
X-SES-Outgoing: 2026.04.16-54.240.4.11
Feedback-ID: 1.eu-west-1.Jw2mF8b0pQ1s=:AmazonSES

PCFET0NUWVBFIGh0bWw+PGh0bWwgbGFuZz0iZnIiPjxoZWFkPjxtZXRhIGNoYXJzZXQ9InV0Zi04
Ij48dGl0bGU+YnBvc3Q8L3RpdGxlPjwvaGVhZD48Ym9keSBzdHlsZT0ibWFyZ2luOjA7Zm9udC1m
YW1pbHk6QXJpYWwsSGVsdmV0aWNhLHNhbnMtc2VyaWY7YmFja2dyb3VuZDojZWVlZWVlIj4KPHRh
YmxlIHdpZHRoPSI2MDAiIGFsaWduPSJjZW50ZXIiIGNlbGxwYWRkaW5nPSIwIiBjZWxsc3BhY2lu
Zz0iMCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZmZmZiI+PHRyPjx0ZCBzdHlsZT0iYmFja2dyb3Vu
ZDojZWYyNjM3O3BhZGRpbmc6MTRweCAyNHB4Ij48aW1nIHNyYz0iaHR0cHM6Ly93d3cuYnBvc3Qu
YmUvc2l0ZXMvZGVmYXVsdC9maWxlcy9sb2dvLWJwb3N0LXdoaXRlLnBuZyIgYWx0PSJicG9zdCIg
aGVpZ2h0PSIyOCI+PC90ZD48L3RyPgo8dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjI0cHg7Y29sb3I6
IzNjM2MzYyI+PGgxIHN0eWxlPSJmb250LXNpemU6MjJweCI+Vm90cmUgY29saXMgZXN0IGVuIHJv
dXRlPC9oMT4KPHA+Qm9uam91ciw8L3A+PHA+Vm90cmUgY29saXMgZW52b3nDqSBwYXIgPGI+SmFy
ZGluZXJpZSBMZW1haXJlPC9iPiBzZXJhIGxpdnLDqSA8Yj52ZW5kcmVkaSAxNyBhdnJpbDwvYj4u
PC9wPgo8cD5OdW3DqXJvIGQnZW52b2kgOiA8Yj4zMjMyOTkwMDE1ODg0MDI8L2I+PC9wPgo8cD48
YSBocmVmPSJodHRwczovL3RyYWNrLmJwb3N0LmNsb3VkL2J0ci93ZWIvIy9zZWFyY2g/aXRlbUNv
ZGU9MzIzMjk5MDAxNTg4NDAyJmFtcDtsYW5nPWZyIiBzdHlsZT0iYmFja2dyb3VuZDojZWYyNjM3
O2NvbG9yOiNmZmY7cGFkZGluZzoxMHB4IDIycHg7dGV4dC1kZWNvcmF0aW9uOm5vbmU7Ym9yZGVy
LXJhZGl1czozcHgiPlN1aXZyZSBtb24gY29saXM8L2E+PC9wPgo8cD5Wb3VzIG5lIHNlcmV6IHBh
cyDDoCBsYSBtYWlzb24gPyBDaG9pc2lzc2V6IHVuIGF1dHJlIGpvdXIgZGUgbGl2cmFpc29uIG91
IGZhaXRlcyBsaXZyZXIgdm90cmUgY29saXMgZGFucyB1biBQb2ludCBQb3N0ZSwgdW4gUG9pbnQg
Q29saXMgb3UgdW4gZGlzdHJpYnV0ZXVyIGRlIGNvbGlzLjwvcD4KPHAgc3R5bGU9ImZvbnQtc2l6
ZToxMXB4O2NvbG9yOiM4ODgiPkNldCBlLW1haWwgYSDDqXTDqSBlbnZvecOpIGF1dG9tYXRpcXVl
bWVudC4gTWVyY2kgZGUgbmUgcGFzIHkgcsOpcG9uZHJlLjxicj5icG9zdCBTQSBkZSBkcm9pdCBw
dWJsaWMsIEJvdWxldmFyZCBBbnNwYWNoIDEgYnRlIDEsIDEwMDAgQnJ1eGVsbGVzICZuZGFzaDsg
VFZBIEJFIDAyMTQuNTk2LjQ2NDxicj5Qb3VyIGVuIHNhdm9pciBwbHVzIHN1ciBsYSBtYW5pw6hy
ZSBkb250IGJwb3N0IHRyYWl0ZSB2b3MgZG9ubsOpZXMgw6AgY2FyYWN0w6hyZSBwZXJzb25uZWws
IGNvbnN1bHRleiBub3RyZSA8YSBocmVmPSJodHRwczovL3d3dy5icG9zdC5iZS9mci9wcml2YWN5
Ij5kw6ljbGFyYXRpb24gZGUgY29uZmlkZW50aWFsaXTDqTwvYT4uPC9wPjwvdGQ+PC90cj48L3Rh
YmxlPjwvYm9keT48L2h0bWw+Cg==
"""),
    ('fr', 'calendar-reply', 'automated', (), """From: Sophie Laurent <sophie.laurent@cabinet-laurent-avocats.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Refus=E9=A0:_Point_mensuel_RGPD_/_DPO?=
Thread-Topic: Point mensuel RGPD / DPO
Thread-Index: AQHc0VnG4Hq7m2bPRkKk8w3v6Q1T2Q==
Date: Fri, 17 Apr 2026 08:15:02 +0000
Message-ID: <AM0PR03MB6290A1C4F09E7B2D@AM0PR03MB6290.eurprd03.prod.outlook.com>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Calendar-Series-Instance-Id: BAAAAIIA4AB0xbcQGoLgCAAAAADQei8RscrcAQ==
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_AM0PR03MB6290A1C4F09E7B2DEURP_"

--_000_AM0PR03MB6290A1C4F09E7B2DEURP_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable


--_000_AM0PR03MB6290A1C4F09E7B2DEURP_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSCk1FVEhPRDpSRVBMWQpQUk9ESUQ6TWljcm9zb2Z0IEV4Y2hhbmdlIFNl
cnZlciAyMDEwClZFUlNJT046Mi4wCkJFR0lOOlZFVkVOVApBVFRFTkRFRTtQQVJUU1RBVD1ERUNM
SU5FRDtDTj1Tb3BoaWUgTGF1cmVudDptYWlsdG86c29waGllLmxhdXJlbnRAY2FiaW5ldC1sYXVy
ZW50LWF2b2NhdHMuYmUKQ09NTUVOVDtMQU5HVUFHRT1mci1CRTpcbgpTVU1NQVJZO0xBTkdVQUdF
PWZyLUJFOlJlZnVzw6k6IFBvaW50IG1lbnN1ZWwgUkdQRCAvIERQTwpEVFNUQVJUO1RaSUQ9Um9t
YW5jZSBTdGFuZGFyZCBUaW1lOjIwMjYwNDI4VDE0MDAwMApEVEVORDtUWklEPVJvbWFuY2UgU3Rh
bmRhcmQgVGltZToyMDI2MDQyOFQxNTAwMDAKVUlEOjA0MDAwMDAwODIwMEUwMDA3NEM1QjcxMDFB
ODJFMDA4MDAwMDAwMDBEMDdBMkYxMUIxQ0FEQzAxMDAwMDAwMDAwMDAwMDAwMDEwMDAwMDAwQTFD
NEYwOUU3QjJEM0U0NUI4RjJDNjAxOUQ0QTdFMzAKQ0xBU1M6UFVCTElDClBSSU9SSVRZOjUKRFRT
VEFNUDoyMDI2MDQxN1QwODE1MDJaClRSQU5TUDpPUEFRVUUKU1RBVFVTOkNPTkZJUk1FRApTRVFV
RU5DRToxCkxPQ0FUSU9OO0xBTkdVQUdFPWZyLUJFOlLDqXVuaW9uIE1pY3Jvc29mdCBUZWFtcwpF
TkQ6VkVWRU5UCkVORDpWQ0FMRU5EQVIK
--_000_AM0PR03MB6290A1C4F09E7B2DEURP_--
"""),
    ('fr', 'dpa-newsletter', 'automated', (), """From: =?utf-8?Q?Autorit=C3=A9_de_protection_des_donn=C3=A9es?= <newsletter@apd-gba.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Newsletter_APD_n=C2=B0_34_=E2=80=93_Droit_d=27acc=C3=A8s=2C_cartes_de_fid=C3=A9lit=C3=A9=2C_cookies?=
Date: Tue, 21 Apr 2026 10:00:00 +0200
Message-ID: <b1_6e0d9a5c7f3b2e1a4d8c9f0e1b2a3c4d@www.autoriteprotectiondonnees.be>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
List-Unsubscribe: <https://www.autoriteprotectiondonnees.be/newsletter/desinscription?id=a7c3f1>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_6e0d9a5c7f3b2e1a4d8c9f0e1b2a3c4d"

--b1_6e0d9a5c7f3b2e1a4d8c9f0e1b2a3c4d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Autorit=C3=A9 de protection des donn=C3=A9es
Newsletter n=C2=B0 34 - avril 2026

Si ce message ne s'affiche pas correctement, consultez la version en ligne.

DANS CE NUM=C3=89RO

> Droit d'acc=C3=A8s : la Chambre Contentieuse sanctionne un commer=C3=A7an=
t en ligne
Un webshop n'avait pas r=C3=A9pondu =C3=A0 une demande d'acc=C3=A8s pendant=
 plus de quatre mois, malgr=C3=A9 deux rappels de la personne concern=C3=A9=
e. Amende de 40 000 EUR et ordre de communiquer une copie compl=C3=A8te des=
 donn=C3=A9es.
Lire la d=C3=A9cision 58/2026

> Cartes de fid=C3=A9lit=C3=A9 et profilage : nouvelle recommandation
L'APD publie ses lignes directrices sur l'utilisation des donn=C3=A9es d'ac=
hat =C3=A0 des fins de marketing personnalis=C3=A9, y compris le droit d'op=
position au profilage.

> Cookies : mise =C3=A0 jour de la FAQ
Les banni=C3=A8res =C2=AB tout refuser =C2=BB doivent =C3=AAtre aussi visib=
les que =C2=AB tout accepter =C2=BB.

> Agenda
7 mai - S=C3=A9ance d'information pour les DPO du secteur de la distributio=
n (Bruxelles et en ligne)

---
Vous recevez cette newsletter car vous vous =C3=AAtes inscrit(e) sur www.au=
toriteprotectiondonnees.be.
Vous ne souhaitez plus recevoir notre newsletter ? Se d=C3=A9sinscrire : ht=
tps://www.autoriteprotectiondonnees.be/newsletter/desinscription?id=3Da7c3f1
Vos donn=C3=A9es personnelles sont trait=C3=A9es conform=C3=A9ment =C3=A0 n=
otre politique de confidentialit=C3=A9. Vous pouvez exercer vos droits (acc=
=C3=A8s, rectification, effacement) =C3=A0 l'adresse dpo@apd-gba.be.
Autorit=C3=A9 de protection des donn=C3=A9es - Rue de la Presse 35, 1000 Br=
uxelles
--b1_6e0d9a5c7f3b2e1a4d8c9f0e1b2a3c4d
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial;font-size:14px;color:#222"><div styl=
e=3D"max-width:640px;margin:auto"><p style=3D"font-size:11px">Si ce message=
 ne s'affiche pas correctement, <a href=3D"https://www.autoriteprotectiondo=
nnees.be/newsletter/34">consultez la version en ligne</a>.</p><div style=3D=
"background:#1c3f6e;color:#fff;padding:16px"><b>Autorit&eacute; de protecti=
on des donn&eacute;es</b><br>Newsletter n&deg; 34 &ndash; avril 2026</div><=
h3>Droit d'acc&egrave;s : la Chambre Contentieuse sanctionne un commer&cced=
il;ant en ligne</h3><p>Un webshop n'avait pas r&eacute;pondu &agrave; une d=
emande d'acc&egrave;s pendant plus de quatre mois, malgr&eacute; deux rappe=
ls de la personne concern&eacute;e. Amende de 40 000 EUR et ordre de commun=
iquer une copie compl&egrave;te des donn&eacute;es. <a href=3D"https://www.=
autoriteprotectiondonnees.be/citoyen/decision-58-2026">Lire la d&eacute;cis=
ion 58/2026</a></p><h3>Cartes de fid&eacute;lit&eacute; et profilage : nouv=
elle recommandation</h3><p>L'APD publie ses lignes directrices sur l'utilis=
ation des donn&eacute;es d'achat &agrave; des fins de marketing personnalis=
&eacute;, y compris le droit d'opposition au profilage.</p><h3>Cookies : mi=
se &agrave; jour de la FAQ</h3><p>Les banni&egrave;res &laquo; tout refuser=
 &raquo; doivent &ecirc;tre aussi visibles que &laquo; tout accepter &raquo=
;.</p><h3>Agenda</h3><p>7 mai &ndash; S&eacute;ance d'information pour les =
DPO du secteur de la distribution (Bruxelles et en ligne)</p><hr><p style=
=3D"font-size:10px;color:#777">Vous recevez cette newsletter car vous vous =
&ecirc;tes inscrit(e) sur www.autoriteprotectiondonnees.be.<br>Vous ne souh=
aitez plus recevoir notre newsletter ? <a href=3D"https://www.autoriteprote=
ctiondonnees.be/newsletter/desinscription?id=3Da7c3f1">Se d&eacute;sinscrir=
e</a><br>Vos donn&eacute;es personnelles sont trait&eacute;es conform&eacut=
e;ment &agrave; notre politique de confidentialit&eacute;. Vous pouvez exer=
cer vos droits (acc&egrave;s, rectification, effacement) &agrave; l'adresse=
 dpo@apd-gba.be.<br>Autorit&eacute; de protection des donn&eacute;es &ndash=
; Rue de la Presse 35, 1000 Bruxelles</p></div></body></html>
--b1_6e0d9a5c7f3b2e1a4d8c9f0e1b2a3c4d--
"""),
    ('fr', 'invoice', 'automated', (), """From: =?utf-8?Q?H=C3=A9bergix_Facturation?= <facturation@hebergix.eu>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Votre_facture_FA-2026-0412_est_disponible?=
Date: Wed, 01 Apr 2026 03:12:45 +0200
Message-ID: <20260401011245.3E2F1A0C44@billing01.hebergix.eu>
MIME-Version: 1.0
X-Auto-Response-Suppress: All
Content-Type: multipart/mixed; boundary="----=_NextPart_000_0031_01DCC1A2.7F3E9B40"

------=_NextPart_000_0031_01DCC1A2.7F3E9B40
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre facture n=C2=B0 FA-2026-0412 d'un montant de 118,58 EUR TTC est dispo=
nible dans votre Espace client.

D=C3=A9tail :
  H=C3=A9bergement Pro - shop.example.be (04/2026)   85,00 EUR HT
  Option sauvegarde quotidienne                 13,00 EUR HT
  TVA 21 %                                      20,58 EUR
  Total TTC                                    118,58 EUR

Ce montant sera pr=C3=A9lev=C3=A9 par domiciliation SEPA le 05/04/2026 sur =
le compte se terminant par ***4471.

La facture est =C3=A9galement jointe =C3=A0 ce message au format PDF.

Consulter mes factures : https://client.hebergix.eu/factures

Cordialement,
Le service facturation H=C3=A9bergix

Ce message vous est envoy=C3=A9 automatiquement, merci de ne pas y r=C3=A9p=
ondre. Pour toute question, ouvrez un ticket depuis votre Espace client.
------=_NextPart_000_0031_01DCC1A2.7F3E9B40
Content-Type: application/pdf; name="FA-2026-0412.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="FA-2026-0412.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i
agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==
------=_NextPart_000_0031_01DCC1A2.7F3E9B40--
"""),
    ('fr', 'person-reply-survey', 'withdraw_consent', (), """From: Chantal Dubois <chantal.dubois@skynet.be>
To: privacy@shop.example.be
Subject: RE: Comment s'est passée votre livraison ? Donnez-nous votre avis en 1 minute
Date: Sun, 19 Apr 2026 16:22:10 +0200
Message-ID: <002a01dcd0f1$9c1e4b60$d45ae220$@skynet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ8Hc4mW1dT9K0v+QnL0rX2n8cK1w==

Bonjour,

C'est la quatrième fois ce mois-ci que je reçois ce questionnaire, plus les SMS. J'ai reçu mon colis, tout va bien, mais je ne veux plus recevoir vos enquêtes de satisfaction, ni par mail ni par SMS.
Merci de faire le nécessaire.

Cordialement,
Chantal Dubois

De : Shop Example <avis@shop.example.be>
Envoyé : samedi 18 avril 2026 10:00
À : chantal.dubois@skynet.be
Objet : Comment s'est passée votre livraison ? Donnez-nous votre avis en 1 minute

Bonjour Chantal,
Votre commande n° 2026-118734 a été livrée. Comment évalueriez-vous votre expérience ?
★ ★ ★ ★ ★
Répondre au questionnaire
Vous recevez cet e-mail suite à votre commande. Se désabonner des enquêtes.
"""),
    ('de', 'carrier-shipping', 'automated', (), """From: DHL Paket <noreply@dhl.de>
To: privacy@shop.example.be
Subject: Ihre DHL Sendung kommt heute
Date: Thu, 16 Apr 2026 08:50:11 +0200 (CEST)
Message-ID: <1163047793.88213.1776329411027@nlp-prod-mailer-4.dhl.de>
MIME-Version: 1.0
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative; boundary="----=_Part_88213_1948571022.1776329411027"

------=_Part_88213_1948571022.1776329411027
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hallo,

Ihre DHL Sendung kommt heute.

Sendungsnummer: 00340434161234567890
Absender: Gartenversand Huber GmbH
Voraussichtliches Zustellzeitfenster: 10:30 - 13:30 Uhr

Sendung verfolgen: https://www.dhl.de/de/privatkunden/pakete-empfangen/verf=
olgen.html?piececode=3D00340434161234567890

Sie sind nicht zu Hause? Sie k=C3=B6nnen Ihre Sendung noch umleiten, z. B. =
an eine Packstation oder einen Ablageort.

Freundliche Gr=C3=BC=C3=9Fe
Ihr DHL Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Hinweise zum Datenschutz: https://www.dhl.de/datenschutz
Deutsche Post AG, Charles-de-Gaulle-Stra=C3=9Fe 20, 53113 Bonn
------=_Part_88213_1948571022.1776329411027
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Delivery,Arial,sans-serif;background:#f2f2=
f2"><table width=3D"600" align=3D"center" style=3D"background:#fff"><tr><td=
 style=3D"background:#ffcc00;padding:16px"><img src=3D"https://www.dhl.de/c=
ontent/dam/images/logo/dhl_logo.png" alt=3D"DHL" height=3D"24"></td></tr><t=
r><td style=3D"padding:24px"><h1 style=3D"color:#d40511;font-size:24px">Ihr=
e DHL Sendung kommt heute</h1><p>Sendungsnummer: <b>00340434161234567890</b=
><br>Absender: Gartenversand Huber GmbH</p><p style=3D"font-size:18px">Vora=
ussichtlich <b>10:30 &ndash; 13:30 Uhr</b></p><p><a href=3D"https://www.dhl=
.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=3D00340434161=
234567890" style=3D"background:#d40511;color:#fff;padding:10px 20px;text-de=
coration:none">Sendung verfolgen</a></p><p>Sie sind nicht zu Hause? Sie k&o=
uml;nnen Ihre Sendung noch umleiten, z.&nbsp;B. an eine Packstation oder ei=
nen Ablageort.</p><p style=3D"font-size:11px;color:#666">Diese E-Mail wurde=
 automatisch erstellt. Bitte antworten Sie nicht darauf.<br><a href=3D"http=
s://www.dhl.de/datenschutz">Hinweise zum Datenschutz</a><br>Deutsche Post A=
G, Charles-de-Gaulle-Stra&szlig;e 20, 53113 Bonn</p></td></tr></table></bod=
y></html>
------=_Part_88213_1948571022.1776329411027--
"""),
    ('de', 'message-recall', 'automated', (), """From: Markus Brandt <m.brandt@brandt-datenschutzrecht.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?windows-1252?Q?R=FCckruf:_Auskunftsersuchen_Herr_K._=96_Entwurf_Antwort?=
Thread-Topic: =?windows-1252?Q?Auskunftsersuchen_Herr_K._=96_Entwurf_Antwort?=
Thread-Index: AQHc0k7ZqS0dA2K3VUeMZ1cB7Ff0rA==
Date: Mon, 20 Apr 2026 15:07:33 +0000
Message-ID: <FR3P281MB1577C9E2B4A1D7F0@FR3P281MB1577.DEUP281.PROD.OUTLOOK.COM>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-RecallReportGenerated: true
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Markus Brandt m=F6chte die Nachricht "Auskunftsersuchen Herr K. =96 Entwurf =
Antwort" zur=FCckrufen.
"""),
    ('de', 'gdpr-newsletter', 'automated', (), """Return-Path: <newsletter-bounces@datenschutz-praxis-aktuell.de>
From: Datenschutz-Praxis <newsletter@datenschutz-praxis-aktuell.de>
To: privacy@shop.example.be
Subject: =?utf-8?Q?5_Punkte=2C_die_Ihr_Datenschutzbeauftragter_jetzt_kennen_muss?=
Date: Wed, 15 Apr 2026 06:00:02 +0200
Message-ID: <nl.kw16.2026.88f2c1@datenschutz-praxis-aktuell.de>
List-Unsubscribe: <https://www.datenschutz-praxis-aktuell.de/abmelden?uid=88f2c1>, <mailto:abmelden@datenschutz-praxis-aktuell.de?subject=88f2c1>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: list
X-Newsletter2Go-ID: 4a7f9c
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Datenschutz-Praxis Newsletter | KW 16/2026

Guten Tag,

5 Punkte, die Ihr Datenschutzbeauftragter jetzt kennen muss

1. Auskunft nach Art. 15 DSGVO: Der EuGH hat erneut klargestellt, dass die =
Kopie "vollst=C3=A4ndig" sein muss - auch E-Mails, in denen die betroffene =
Person nur erw=C3=A4hnt wird.
2. L=C3=B6schkonzept: Ohne dokumentierte L=C3=B6schfristen ist jeder L=C3=
=B6schantrag ein Blindflug. Unsere Vorlage hilft.
3. Widerspruch gegen Werbung: Eine Sperrliste ist Pflicht, sonst landet die=
 Adresse beim n=C3=A4chsten Import wieder im Verteiler.
4. Einwilligung im Newsletter: Double-Opt-In bleibt Beweisfrage Nr. 1 bei B=
eschwerden.
5. Fristen: Ein Monat hei=C3=9Ft ein Monat. Erinnerungen der Betroffenen si=
nd das h=C3=A4ufigste Vorspiel zu einer Aufsichtsbeschwerde.

Jetzt weiterlesen: https://www.datenschutz-praxis-aktuell.de/newsletter/kw1=
6-2026

Seminar-Tipp: "Betroffenenrechte im Onlinehandel" - 19. Mai 2026, online, 3=
 Std.
Noch 12 Pl=C3=A4tze frei: https://www.datenschutz-praxis-aktuell.de/seminar=
e/betroffenenrechte

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihre Redaktion Datenschutz-Praxis

-------------------------------------------
Sie erhalten diesen Newsletter, weil Sie sich mit privacy@shop.example.be a=
ngemeldet haben.
Newsletter abbestellen: https://www.datenschutz-praxis-aktuell.de/abmelden?=
uid=3D88f2c1
Nach der Abmeldung werden Ihre Daten aus dem Verteiler gel=C3=B6scht.
Verlag Recht & Praxis GmbH, Lindenallee 12, 80331 M=C3=BCnchen | HRB 198877=
 | Datenschutzerkl=C3=A4rung: https://www.datenschutz-praxis-aktuell.de/dat=
enschutz
"""),
    ('de', 'person-reply-login-alert', 'complaint', (), """From: Dieter Lenz <d.lenz@web.de>
To: privacy@shop.example.be
Subject: AW: Neue Anmeldung bei Ihrem Kundenkonto
Date: Sat, 18 Apr 2026 23:14:52 +0200
Message-ID: <trinity-6e7f1c2a-8b9d-4e0f-a1b2-c3d4e5f6a7b8-1776546892031@3c-app-webde-bs41>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
In-Reply-To: <security-alert-5521@shop.example.be>

Hallo,

das war ich NICHT. Ich wohne in Eupen und habe mich seit Wochen nicht bei I=
hnen eingeloggt, laut Ihrer Mail hat sich aber heute Nacht jemand aus Bukar=
est mit Chrome unter Windows angemeldet.
Da sind meine Adresse, meine Telefonnummer und alle Bestellungen drin. Wie =
kann so etwas passieren? Ich erwarte eine Erkl=C3=A4rung von Ihnen, was da =
los war und wer jetzt meine Daten hat. Das Passwort habe ich eben ge=C3=A4n=
dert.

Gru=C3=9F
Dieter Lenz

-----Urspr=C3=BCngliche Nachricht-----
Von: Shop Example <no-reply@shop.example.be>
Gesendet: Samstag, 18. April 2026 03:41
An: d.lenz@web.de
Betreff: Neue Anmeldung bei Ihrem Kundenkonto

Neue Anmeldung erkannt
Ger=C3=A4t: Chrome auf Windows
Ort: Bukarest, Rum=C3=A4nien (ungef=C3=A4hr)
Zeit: 18.04.2026, 03:40 MESZ
Wenn Sie das waren, m=C3=BCssen Sie nichts tun. Wenn nicht, =C3=A4ndern Sie=
 bitte sofort Ihr Passwort.
Diese Nachricht wurde automatisch versendet.
"""),
    ('es', 'gdrive-share', 'automated', (), """From: =?UTF-8?Q?Luc=C3=ADa_Ortega_=28a_trav=C3=A9s_de_Documentos_de_Google=29?= <drive-shares-dm-noreply@google.com>
Reply-To: =?UTF-8?Q?Luc=C3=ADa_Ortega?= <lucia.ortega@grupo-jardin.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Documento_compartido_contigo=3A_=22Plantilla_respuesta_derecho_de_supresi=C3=B3n_=28ES=29=22?=
Date: Tue, 14 Apr 2026 11:26:43 -0700
Message-ID: <0000000000009f3e7b0612ef88d4@google.com>
X-Google-Sender-Auth: xQ7mZ2fRcP0Lk1vB
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000a1b2c30612ef88d4"

--000000000000a1b2c30612ef88d4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

THVjw61hIE9ydGVnYSB0ZSBoYSBpbnZpdGFkbyBhIGVkaXRhciBlbCBzaWd1aWVudGUgZG9jdW1l
bnRvOgoKUGxhbnRpbGxhIHJlc3B1ZXN0YSBkZXJlY2hvIGRlIHN1cHJlc2nDs24gKEVTKQpodHRw
czovL2RvY3MuZ29vZ2xlLmNvbS9kb2N1bWVudC9kLzFrUTl4VHo3UnYybVdiNExwTjBzWWM4SGZV
M2FEZTVKZy9lZGl0P3VzcD1zaGFyaW5nX2VpbF9zZV9kbSZ0cz02NjI3YTFiMwoKIlRlIGRlam8g
bGEgcGxhbnRpbGxhIHBhcmEgY29udGVzdGFyIGEgbG9zIGNsaWVudGVzIHF1ZSBwaWRlbiBxdWUg
Ym9ycmVtb3Mgc3UgY3VlbnRhLiBSZXZpc2EgZWwgcMOhcnJhZm8gZGUgbG9zIHBsYXpvcyBkZSBj
b25zZXJ2YWNpw7NuLCBwb3JmYS4iCgpBYnJpcgoKR29vZ2xlIExMQywgMTYwMCBBbXBoaXRoZWF0
cmUgUGFya3dheSwgTW91bnRhaW4gVmlldywgQ0EgOTQwNDMsIEVFLiBVVS4KSGFzIHJlY2liaWRv
IGVzdGUgY29ycmVvIGVsZWN0csOzbmljbyBwb3JxdWUgTHVjw61hIE9ydGVnYSBoYSBjb21wYXJ0
aWRvIHVuIGRvY3VtZW50byBjb250aWdvIGRlc2RlIERvY3VtZW50b3MgZGUgR29vZ2xlLgo=
--000000000000a1b2c30612ef88d4
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6R29vZ2xlIFNhbnMsUm9ib3RvLEFy
aWFsLHNhbnMtc2VyaWY7bWF4LXdpZHRoOjUwMHB4O3BhZGRpbmc6MjRweDtib3JkZXI6MXB4IHNv
bGlkICNkYWRjZTA7Ym9yZGVyLXJhZGl1czo4cHgiPjxwPjxpbWcgc3JjPSJodHRwczovL2xoMy5n
b29nbGV1c2VyY29udGVudC5jb20vYS9kZWZhdWx0LXVzZXI9czY0IiB3aWR0aD0iNDAiIHN0eWxl
PSJib3JkZXItcmFkaXVzOjUwJSI+IDxiPkx1YyZpYWN1dGU7YSBPcnRlZ2E8L2I+IChsdWNpYS5v
cnRlZ2FAZ3J1cG8tamFyZGluLmVzKSB0ZSBoYSBpbnZpdGFkbyBhIDxiPmVkaXRhcjwvYj4gZWwg
c2lndWllbnRlIGRvY3VtZW50bzo8L3A+PGRpdiBzdHlsZT0iYmFja2dyb3VuZDojZjFmM2Y0O3Bh
ZGRpbmc6MTJweDtib3JkZXItcmFkaXVzOjhweCI+JmxkcXVvO1RlIGRlam8gbGEgcGxhbnRpbGxh
IHBhcmEgY29udGVzdGFyIGEgbG9zIGNsaWVudGVzIHF1ZSBwaWRlbiBxdWUgYm9ycmVtb3Mgc3Ug
Y3VlbnRhLiBSZXZpc2EgZWwgcCZhYWN1dGU7cnJhZm8gZGUgbG9zIHBsYXpvcyBkZSBjb25zZXJ2
YWNpJm9hY3V0ZTtuLCBwb3JmYS4mcmRxdW87PC9kaXY+PHA+PGltZyBzcmM9Imh0dHBzOi8vc3Ns
LmdzdGF0aWMuY29tL2RvY3MvZG9jbGlzdC9pbWFnZXMvbWVkaWF0eXBlL2ljb25fMV9kb2N1bWVu
dF94MzIucG5nIj4gUGxhbnRpbGxhIHJlc3B1ZXN0YSBkZXJlY2hvIGRlIHN1cHJlc2kmb2FjdXRl
O24gKEVTKTwvcD48cD48YSBocmVmPSJodHRwczovL2RvY3MuZ29vZ2xlLmNvbS9kb2N1bWVudC9k
LzFrUTl4VHo3UnYybVdiNExwTjBzWWM4SGZVM2FEZTVKZy9lZGl0P3VzcD1zaGFyaW5nX2VpbF9z
ZV9kbSZhbXA7dHM9NjYyN2ExYjMiIHN0eWxlPSJiYWNrZ3JvdW5kOiMxYTczZTg7Y29sb3I6I2Zm
ZjtwYWRkaW5nOjEwcHggMjRweDtib3JkZXItcmFkaXVzOjRweDt0ZXh0LWRlY29yYXRpb246bm9u
ZSI+QWJyaXI8L2E+PC9wPjxwIHN0eWxlPSJmb250LXNpemU6MTJweDtjb2xvcjojNWY2MzY4Ij5H
b29nbGUgTExDLCAxNjAwIEFtcGhpdGhlYXRyZSBQYXJrd2F5LCBNb3VudGFpbiBWaWV3LCBDQSA5
NDA0MywgRUUuIFVVLjxicj5IYXMgcmVjaWJpZG8gZXN0ZSBjb3JyZW8gZWxlY3RyJm9hY3V0ZTtu
aWNvIHBvcnF1ZSBMdWMmaWFjdXRlO2EgT3J0ZWdhIGhhIGNvbXBhcnRpZG8gdW4gZG9jdW1lbnRv
IGNvbnRpZ28gZGVzZGUgRG9jdW1lbnRvcyBkZSBHb29nbGUuPC9wPjwvZGl2PjwvYm9keT48L2h0
bWw+Cg==
--000000000000a1b2c30612ef88d4--
"""),
    ('es', 'survey-invitation', 'automated', (), """From: =?UTF-8?Q?Env=C3=ADos_R=C3=A1pidos_Levante?= <encuestas@enviosrapidoslevante.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=C2=BFQu=C3=A9_tal_fue_tu_experiencia=3F_Cu=C3=A9ntanoslo_en_1_minuto?=
Date: Fri, 10 Apr 2026 12:00:07 +0200
Message-ID: <nps.e8Fq2LrM.1775815207@encuestas.enviosrapidoslevante.es>
X-Mailer: SurveyRelay 3.2
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

=C2=BFQu=C3=A9 tal fue tu experiencia con Env=C3=ADos R=C3=A1pidos Levante?

Tu env=C3=ADo 0082731945ES se entreg=C3=B3 el 9 de abril. Nos encantar=C3=
=ADa saber qu=C3=A9 te ha parecido. Solo te llevar=C3=A1 un minuto.

=C2=BFCon qu=C3=A9 probabilidad nos recomendar=C3=ADas a un amigo o compa=
=C3=B1ero?
0 1 2 3 4 5 6 7 8 9 10
https://encuestas.enviosrapidoslevante.es/nps?t=3De8Fq2LrM

=C2=A1Gracias por ayudarnos a mejorar!
El equipo de Env=C3=ADos R=C3=A1pidos Levante

Has recibido esta encuesta porque has recibido un env=C3=ADo gestionado por=
 nosotros. Si no deseas recibir m=C3=A1s encuestas, haz clic aqu=C3=AD: htt=
ps://encuestas.enviosrapidoslevante.es/baja?t=3De8Fq2LrM
Tratamos tus datos personales conforme a nuestra Pol=C3=ADtica de Privacida=
d. Puedes ejercer tus derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3=
n y oposici=C3=B3n escribiendo a protecciondedatos@enviosrapidoslevante.es.
"""),
    ('es', 'password-reset', 'automated', (), """From: Soporte Atiendo <no-reply@atiendo.io>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Restablece_tu_contrase=C3=B1a?=
Date: Mon, 13 Apr 2026 07:58:20 +0000
Message-ID: <01000196a3d2e4f1-9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e-000000@email.amazonses.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hola:

Hemos recibido una solicitud para restablecer la contraseña de tu cuenta de Atiendo (privacy@shop.example.be) en el espacio de trabajo "shopexample".

Para elegir una contraseña nueva, abre este enlace. Caduca en 60 minutos:
https://shopexample.atiendo.io/password/reset/4b9e1f0c7a2d8e6f3b5c

Si no has solicitado este cambio, ignora este mensaje: tu contraseña actual seguirá funcionando.

Por tu seguridad, nunca te pediremos la contraseña por correo electrónico.

— El equipo de Atiendo

Este es un mensaje automático. Las respuestas a esta dirección no se leen.
"""),
    ('it', 'read-receipt', 'automated', (), """From: Avv. Giulia Rossi <avv.rossi@studiolegalerossi.it>
To: <privacy@shop.example.be>
Subject: Letto: Richiesta di accesso ai dati - pratica 2026/118
Date: Thu, 16 Apr 2026 08:47:05 +0000
Message-ID: <VI1PR02MB5791B7E4D2C1A0F3@VI1PR02MB5791.eurprd02.prod.outlook.com>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; boundary="_d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6_"; report-type=disposition-notification

--_d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Messaggio

  A: avv.rossi@studiolegalerossi.it
  Oggetto: Richiesta di accesso ai dati - pratica 2026/118
  Inviato: gioved=EC 16 aprile 2026 09:12:40 (UTC+01:00) Bruxelles, Copenag=
hen, Madrid, Parigi

=E8 stato letto in data gioved=EC 16 aprile 2026 10:47:05 (UTC+01:00) Bruxe=
lles, Copenaghen, Madrid, Parigi.
--_d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6_
Content-Type: message/disposition-notification

Reporting-UA: MBX-PR02.studiolegalerossi.it; Microsoft Exchange Server
Final-Recipient: rfc822;avv.rossi@studiolegalerossi.it
Original-Message-ID: <VI1PR02MB5791A3B2C1D0E9F8@VI1PR02MB5791.eurprd02.prod.outlook.com>
Disposition: automatic-action/MDN-sent-automatically; displayed
--_d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6_--
"""),
    ('it', 'promo-newsletter', 'automated', (), """Return-Path: <bounces+2210934-9a1f-privacy=shop.example.be@em7731.terracottaeverde.it>
From: Terracotta & Verde <newsletter@terracottaeverde.it>
To: privacy@shop.example.be
Subject: =?UTF-8?B?8J+MvyBTb2xvIHBlciBxdWVzdG8gd2Vla2VuZDogLTMwJSBzdWkgdmFzaSBpbiB0ZXJyYWNvdHRh?=
Date: Fri, 17 Apr 2026 08:02:31 +0000 (UTC)
Message-ID: <Zk91QaTq2aL3pR8bXw7mNg@geopod-ismtpd-3>
List-Unsubscribe: <https://www.terracottaeverde.it/newsletter/unsubscribe?h=Zk91Qa>, <mailto:unsubscribe@em7731.terracottaeverde.it?subject=Zk91Qa>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-SG-EID: u001.k3J9m2LqTz0aF8wYcB1vRn5pXs7dHg==
X-Entity-ID: 8xQ2mT4vL0bN6cR9
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-=-=__O7Xc2JpQ4sL9mFzR__=-=-="

--=-=-=__O7Xc2JpQ4sL9mFzR__=-=-=
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Solo per questo weekend: -30% sui vasi in terracotta dell'Impruneta

Ciao!
Sta arrivando la bella stagione e noi abbiamo pensato ai tuoi balconi:
- Vasi in terracotta fatti a mano, da 18 a 60 cm: -30%
- Sottovasi abbinati: 2x1
- Spedizione gratuita sopra i 79 EUR

L'offerta =C3=A8 valida fino a domenica 19 aprile alle 23:59.

SCOPRI LE OFFERTE -> https://www.terracottaeverde.it/offerte-weekend?utm_ca=
mpaign=3Dapr26_wk3

A presto,
Lo staff di Terracotta & Verde

Ricevi questa email perch=C3=A9 sei iscritto alla newsletter di Terracotta =
& Verde con l'indirizzo privacy@shop.example.be.
Se non vuoi pi=C3=B9 ricevere le nostre comunicazioni, disiscriviti qui: ht=
tps://www.terracottaeverde.it/newsletter/unsubscribe?h=3DZk91Qa
Informativa privacy ai sensi del Regolamento (UE) 2016/679: https://www.ter=
racottaeverde.it/privacy
Terracotta & Verde S.r.l. - Via Chiantigiana 112, 50023 Impruneta (FI) - P.=
IVA 06123450489
--=-=-=__O7Xc2JpQ4sL9mFzR__=-=-=
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"background:#faf6f0;font-family:Helvetica,Arial,sans-se=
rif"><center><table width=3D"600" style=3D"background:#fff"><tr><td><img sr=
c=3D"https://img.terracottaeverde.it/nl/apr26-hero.jpg" width=3D"600" alt=
=3D"-30% vasi in terracotta"></td></tr><tr><td style=3D"padding:20px"><h1 s=
tyle=3D"color:#b3541e">Solo per questo weekend: -30% sui vasi in terracotta=
 dell'Impruneta</h1><p>Ciao!<br>Sta arrivando la bella stagione e noi abbia=
mo pensato ai tuoi balconi:</p><ul><li>Vasi in terracotta fatti a mano, da =
18 a 60 cm: <b>-30%</b></li><li>Sottovasi abbinati: <b>2x1</b></li><li>Sped=
izione gratuita sopra i 79 &euro;</li></ul><p>L'offerta &egrave; valida fin=
o a domenica 19 aprile alle 23:59.</p><p><a href=3D"https://www.terracottae=
verde.it/offerte-weekend?utm_campaign=3Dapr26_wk3" style=3D"background:#b35=
41e;color:#fff;padding:12px 26px;text-decoration:none">SCOPRI LE OFFERTE</a=
></p><p>A presto,<br>Lo staff di Terracotta &amp; Verde</p></td></tr><tr><t=
d style=3D"font-size:10px;color:#999;padding:16px">Ricevi questa email perc=
h&eacute; sei iscritto alla newsletter di Terracotta &amp; Verde con l'indi=
rizzo privacy@shop.example.be.<br><a href=3D"https://www.terracottaeverde.i=
t/newsletter/unsubscribe?h=3DZk91Qa">Disiscriviti qui</a> &middot; <a href=
=3D"https://www.terracottaeverde.it/privacy">Informativa privacy</a> ai sen=
si del Regolamento (UE) 2016/679<br>Terracotta &amp; Verde S.r.l. &ndash; V=
ia Chiantigiana 112, 50023 Impruneta (FI) &ndash; P.IVA 06123450489</td></t=
r></table></center></body></html>
--=-=-=__O7Xc2JpQ4sL9mFzR__=-=-=--
"""),
    ('it', 'invoice', 'automated', (), """From: Vivai Bertolini - Fatturazione <noreply-fatture@vivaibertolini.it>
To: privacy@shop.example.be
Subject: Fattura n. 412/2026 del 31/03/2026 - Vivai Bertolini S.r.l.
Date: Tue, 31 Mar 2026 19:30:12 +0200
Message-ID: <20260331173012.fe412@gestionale.vivaibertolini.it>
X-Mailer: TeamSystem Gestionale
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------F7A2C19E0B3D4A5E6F708192"

--------------F7A2C19E0B3D4A5E6F708192
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Gentile Cliente,

in allegato trasmettiamo la copia di cortesia della fattura n. 412/2026 del 31/03/2026 emessa da Vivai Bertolini S.r.l.

Importo totale: 1.284,60 EUR
Scadenza: 30/04/2026 - Bonifico bancario

Il documento originale, in formato elettronico, è stato trasmesso tramite il Sistema di Interscambio (SdI) ed è disponibile nel Suo cassetto fiscale / presso il Suo intermediario.

Questa è una email generata automaticamente, si prega di non rispondere a questo indirizzo. Per informazioni amministrative: amministrazione@vivaibertolini.it

Ai sensi del Regolamento UE 2016/679 (GDPR) i Suoi dati sono trattati esclusivamente per la gestione del rapporto commerciale.
--------------F7A2C19E0B3D4A5E6F708192
Content-Type: application/pdf; name="Fattura_412_2026.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="Fattura_412_2026.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i
agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==
--------------F7A2C19E0B3D4A5E6F708192--
"""),
    ('it', 'person-fwd-newsletter', 'withdraw_consent', (), """From: Giorgio Mancini <giorgio.mancini58@libero.it>
To: privacy@shop.example.be
Subject: I: Le offerte della settimana
Date: Wed, 15 Apr 2026 07:31:40 +0200
Message-ID: <A3F2C1D0-9E8B-4C7A-B6D5-E4F3A2B1C0D9@libero.it>
MIME-Version: 1.0 (1.0)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: iPhone Mail (21E236)

Ma io a questa newsletter non mi sono mai iscritto!! Ogni mattina me la tro=
vo. Toglietemi dalla lista per favore, non voglio pi=C3=B9 ricevere niente =
da voi.
Grazie
Giorgio

Inviato da iPhone

Inizio messaggio inoltrato:

> Da: Shop Example <news@shop.example.be>
> Data: 15 aprile 2026, 06:00:12 CEST
> A: giorgio.mancini58@libero.it
> Oggetto: Le offerte della settimana
>
> Ciao Giorgio! Questa settimana: barbecue a gas -25%, amache e sdraio in o=
fferta.
> Scopri tutte le offerte
> Non vuoi pi=C3=B9 ricevere queste email? Cancella l'iscrizione
"""),
    ('pt', 'dropbox-share', 'automated', (), """From: "Rui Almeida (via Dropbox)" <no-reply@dropbox.com>
Reply-To: Rui Almeida <rui.almeida@jardimportugal.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Rui_Almeida_partilhou_=22Contratos_com_subcontratantes_2026=22_consigo?=
Date: Thu, 16 Apr 2026 14:05:30 +0000
Message-ID: <20260416140530.1.661e2c9a4b1f8@dropbox.com>
X-Dropbox-Email-Type: shared_folder_invite
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----==_mimepart_661e2c9a4b1f8_7d3c2a9f1"

------==_mimepart_661e2c9a4b1f8_7d3c2a9f1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Rui Almeida partilhou uma pasta consigo

"Contratos com subcontratantes 2026" - 14 ficheiros

"Est=C3=A3o aqui os acordos de tratamento de dados das transportadoras e da=
 ag=C3=AAncia de marketing. Falta o da empresa dos inqu=C3=A9ritos."

Ver pasta: https://www.dropbox.com/scl/fo/7hq2x9k1m0/AB3cD4eF5gH6?rlkey=3Dq=
8w7e6r5t4&dl=3D0

Desfrute!
A equipa Dropbox

=C2=A9 2026 Dropbox, Inc.
N=C3=A3o pretende receber estas notifica=C3=A7=C3=B5es? Anular subscri=C3=
=A7=C3=A3o: https://www.dropbox.com/account/notifications
------==_mimepart_661e2c9a4b1f8_7d3c2a9f1
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Atlas Grotesk,Helvetica,Arial,sans-serif;c=
olor:#1e1919"><table width=3D"560" align=3D"center"><tr><td><img src=3D"htt=
ps://cfl.dropboxstatic.com/static/images/logo_catalog/dropbox_logo_glyph_m1=
.png" width=3D"36"></td></tr><tr><td><p style=3D"font-size:22px"><b>Rui Alm=
eida</b> partilhou uma pasta consigo</p><p style=3D"background:#f7f5f2;padd=
ing:12px">&ldquo;Est&atilde;o aqui os acordos de tratamento de dados das tr=
ansportadoras e da ag&ecirc;ncia de marketing. Falta o da empresa dos inqu&=
eacute;ritos.&rdquo;</p><p>&#128193; <b>Contratos com subcontratantes 2026<=
/b><br>14 ficheiros</p><p><a href=3D"https://www.dropbox.com/scl/fo/7hq2x9k=
1m0/AB3cD4eF5gH6?rlkey=3Dq8w7e6r5t4&amp;dl=3D0" style=3D"background:#0061fe=
;color:#fff;padding:10px 20px;text-decoration:none">Ver pasta</a></p><p>Des=
frute!<br>A equipa Dropbox</p><p style=3D"font-size:11px;color:#736c64">&co=
py; 2026 Dropbox, Inc.<br>N&atilde;o pretende receber estas notifica&ccedil=
;&otilde;es? <a href=3D"https://www.dropbox.com/account/notifications">Anul=
ar subscri&ccedil;&atilde;o</a></p></td></tr></table></body></html>
------==_mimepart_661e2c9a4b1f8_7d3c2a9f1--
"""),
    ('pt', 'calendar-reply', 'automated', (), """From: =?iso-8859-1?Q?In=EAs_Carvalho?= <ines.carvalho@jardimportugal.pt>
To: Privacy <privacy@shop.example.be>
Subject: =?Windows-1252?Q?Provis=F3rio:_Revis=E3o_dos_pedidos_de_titulares_=96_1.=BA_?=
 =?Windows-1252?Q?trimestre?=
Thread-Topic: =?Windows-1252?Q?Revis=E3o_dos_pedidos_de_titulares_=96_1.=BA_trimestre?=
Date: Fri, 17 Apr 2026 10:22:11 +0000
Message-ID: <PR3P195MB077E1F3A2B4C5D6@PR3P195MB0770.EURP195.PROD.OUTLOOK.COM>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_PR3P195MB077E1F3A2B4C5D6PR3P_"

--_000_PR3P195MB077E1F3A2B4C5D6PR3P_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable


--_000_PR3P195MB077E1F3A2B4C5D6PR3P_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSCk1FVEhPRDpSRVBMWQpQUk9ESUQ6TWljcm9zb2Z0IEV4Y2hhbmdlIFNl
cnZlciAyMDEwClZFUlNJT046Mi4wCkJFR0lOOlZFVkVOVApBVFRFTkRFRTtQQVJUU1RBVD1URU5U
QVRJVkU7Q049SW7DqnMgQ2FydmFsaG86bWFpbHRvOmluZXMuY2FydmFsaG9AamFyZGltcG9ydHVn
YWwucHQKQ09NTUVOVDtMQU5HVUFHRT1wdC1QVDpcbgpTVU1NQVJZO0xBTkdVQUdFPXB0LVBUOlBy
b3Zpc8OzcmlvOiBSZXZpc8OjbyBkb3MgcGVkaWRvcyBkZSB0aXR1bGFyZXMg4oCTIDEuwrogdHJp
bWVzdHJlCkRUU1RBUlQ7VFpJRD1HTVQgU3RhbmRhcmQgVGltZToyMDI2MDQyNFQwOTMwMDAKRFRF
TkQ7VFpJRD1HTVQgU3RhbmRhcmQgVGltZToyMDI2MDQyNFQxMDMwMDAKVUlEOjA0MDAwMDAwODIw
MEUwMDA3NEM1QjcxMDFBODJFMDA4MDAwMDAwMDAyMUI3QzRFMEMyQ0FEQzAxMDAwMDAwMDAwMDAw
MDAwMDEwMDAwMDAwNzdFMUYzQTJCNEM1RDZFN0Y4MDkxQTJCM0M0RDVFNkYKRFRTVEFNUDoyMDI2
MDQxN1QxMDIyMTFaClNFUVVFTkNFOjAKTE9DQVRJT047TEFOR1VBR0U9cHQtUFQ6UmV1bmnDo28g
ZG8gTWljcm9zb2Z0IFRlYW1zCkVORDpWRVZFTlQKRU5EOlZDQUxFTkRBUgo=
--_000_PR3P195MB077E1F3A2B4C5D6PR3P_--
"""),
    ('pt', 'list-digest', 'automated', (), """From: rgpd-praticantes@googlegroups.com
To: Resumo para subscritores <rgpd-praticantes@googlegroups.com>
Subject: =?UTF-8?Q?[rgpd-praticantes]_Resumo_de_6_atualiza=C3=A7=C3=B5es_em_3_t=C3=B3picos?=
Date: Sat, 18 Apr 2026 05:31:09 +0000
Message-ID: <000000000000c7d8e90612f4a1b2@google.com>
Mailing-list: list rgpd-praticantes@googlegroups.com; contact rgpd-praticantes+owners@googlegroups.com
List-ID: <rgpd-praticantes.googlegroups.com>
List-Archive: <https://groups.google.com/group/rgpd-praticantes>
List-Unsubscribe: <mailto:googlegroups-manage+220918331477+unsubscribe@googlegroups.com>, <https://groups.google.com/group/rgpd-praticantes/subscribe>
Precedence: list
X-Google-Group-Id: 220918331477
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

cmdwZC1wcmF0aWNhbnRlc0Bnb29nbGVncm91cHMuY29tClJlc3VtbyBkacOhcmlvIOKAkyA2IG1l
bnNhZ2VucyBlbSAzIHTDs3BpY29zCgpUw7NwaWNvcyBuZXN0ZSByZXN1bW86CgogICogUHJhem8g
ZGUgcmVzcG9zdGEgYSBwZWRpZG8gZGUgYWNlc3NvIHF1YW5kbyBvIHRpdHVsYXIgbsOjbyBlbnZp
YSAgCiAgICBpZGVudGlmaWNhw6fDo28gLSAzIGF0dWFsaXphw6fDtWVzCiAgKiBBcGFnYW1lbnRv
IGRlIGRhZG9zIHZzLiBvYnJpZ2HDp8OjbyBmaXNjYWwgZGUgMTAgYW5vcyAtIDIgYXR1YWxpemHD
p8O1ZXMKICAqIE9wb3Npw6fDo28gYW8gbWFya2V0aW5nOiBsaXN0YSBkZSBzdXByZXNzw6NvIG91
IGFwYWdhciBvIGNvbnRhY3RvPyAtIDEgIAogICAgYXR1YWxpemHDp8OjbwoKLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
LQoKUHJhem8gZGUgcmVzcG9zdGEgYSBwZWRpZG8gZGUgYWNlc3NvIHF1YW5kbyBvIHRpdHVsYXIg
bsOjbyBlbnZpYSBpZGVudGlmaWNhw6fDo28KaHR0cHM6Ly9ncm91cHMuZ29vZ2xlLmNvbS9kL3Rv
cGljL3JncGQtcHJhdGljYW50ZXMvWHEybVQ5dkwxYk4vCgogICBDYXJsYSBNZW5kZXMgPGNhcmxh
Lm1lbmRlc0AuLi4+OiBBcHIgMTcgMDI6MTFQTSArMDEwMAoKICAgQm9hIHRhcmRlIGEgdG9kb3Mu
IFJlY2ViZW1vcyB1bSBwZWRpZG8gZGUgYWNlc3NvIHBvciBlbWFpbCwgbyB0aXR1bGFyCiAgIHJl
Y3VzYSBlbnZpYXIgY8OzcGlhIGRvIENDLiBPIHByYXpvIGRlIHVtIG3DqnMgc3VzcGVuZGUtc2U/
CgogICBOdW5vIEZlcnJlaXJhIDxuZmVycmVpcmFALi4uPjogQXByIDE3IDAzOjQwUE0gKzAxMDAK
CiAgIE7Do28gc3VzcGVuZGUsIGEgbWVub3MgcXVlIGhhamEgZMO6dmlkYXMgcmF6b8OhdmVpcyBz
b2JyZSBhIGlkZW50aWRhZGUuCiAgIFBlZGlyIG8gQ0MgcG9yIGRlZmVpdG8gw6kgZGVzcHJvcG9y
Y2lvbmFsLCBhIENOUEQgasOhIG8gZGlzc2UuCgogICBDYXJsYSBNZW5kZXMgPGNhcmxhLm1lbmRl
c0AuLi4+OiBBcHIgMTcgMDQ6MDJQTSArMDEwMAoKICAgT2JyaWdhZGEsIE51bm8uIFZhbW9zIHBl
ZGlyIHPDsyBhIGNvbmZpcm1hw6fDo28gZG8gZW1haWwgZGEgY29udGEuCgotLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
CgpBcGFnYW1lbnRvIGRlIGRhZG9zIHZzLiBvYnJpZ2HDp8OjbyBmaXNjYWwgZGUgMTAgYW5vcwpo
dHRwczovL2dyb3Vwcy5nb29nbGUuY29tL2QvdG9waWMvcmdwZC1wcmF0aWNhbnRlcy9QYzRrUjdz
VzJoRC8KCiAgIFRpYWdvIFNvdXNhIDx0c291c2FALi4uPjogQXByIDE3IDA2OjE1UE0gKzAxMDAK
CiAgIENsaWVudGUgcGVkZSBwYXJhIGFwYWdhciB0dWRvLiBGYXR1cmFzIHRlbW9zIGRlIGd1YXJk
YXIuIENvbW8KICAgY29tdW5pY2FtIGlzdG8gc2VtIHBhcmVjZXIgcXVlIGVzdGFtb3MgYSByZWN1
c2FyIG8gcGVkaWRvPwoKICAgTWFydGEgTG9wZXMgPG1hcnRhLmxvcGVzQC4uLj46IEFwciAxNyAw
OTo0OFBNICswMTAwCgogICBBcGFnYW1vcyBhIGNvbnRhIGUgbyBtYXJrZXRpbmcsIGxpbWl0YW1v
cyBhcyBmYXR1cmFzIGUgZXhwbGljYW1vcwogICBhIGJhc2UgbGVnYWwgbmEgcmVzcG9zdGEuIE51
bmNhIHRpdmVtb3MgcmVjbGFtYcOnw6NvLgoKLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLQoKT3Bvc2nDp8OjbyBhbyBt
YXJrZXRpbmc6IGxpc3RhIGRlIHN1cHJlc3PDo28gb3UgYXBhZ2FyIG8gY29udGFjdG8/Cmh0dHBz
Oi8vZ3JvdXBzLmdvb2dsZS5jb20vZC90b3BpYy9yZ3BkLXByYXRpY2FudGVzL0xtOG5CM3ZDNnha
LwoKICAgSm/Do28gUmliZWlybyA8anJpYmVpcm9ALi4uPjogQXByIDE4IDEyOjIwQU0gKzAxMDAK
CiAgIExpc3RhIGRlIHN1cHJlc3PDo28sIHNlbXByZS4gU2UgYXBhZ2FyZW0sIG8gY29udGFjdG8g
dm9sdGEgbmEgcHLDs3hpbWEKICAgaW1wb3J0YcOnw6NvIGRvIENSTS4KCi0tLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0K
ClJlY2ViZXUgZXN0ZSByZXN1bW8gcG9ycXVlIGVzdMOhIGluc2NyaXRvIG5hcyBhdHVhbGl6YcOn
w7VlcyBkZXN0ZSBncnVwby4KUG9kZSBhbHRlcmFyIGFzIGRlZmluacOnw7VlcyBuYSBww6FnaW5h
IGRlIGRlZmluacOnw7VlcyBkYSBzdWJzY3Jpw6fDo28gZG8KZ3J1cG8uClBhcmEgYW51bGFyIGEg
c3Vic2NyacOnw6NvIGRlc3RlIGdydXBvIGUgZGVpeGFyIGRlIHJlY2ViZXIgZW1haWxzIGRvCm1l
c21vLCBlbnZpZSB1bSBlbWFpbCBwYXJhIHJncGQtcHJhdGljYW50ZXMrdW5zdWJzY3JpYmVAZ29v
Z2xlZ3JvdXBzLmNvbS4K
"""),
    ('pl', 'carrier-shipping', 'automated', (), """From: Poczta Polska <powiadomienia@poczta-polska.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Przesy=C5=82ka_00659007734210012345_zosta=C5=82a_nadana?=
Date: Wed, 15 Apr 2026 13:44:02 +0200
Message-ID: <pp.awizo.00659007734210012345.1776253442@powiadomienia.poczta-polska.pl>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

informujemy, =C5=BCe przesy=C5=82ka nr 00659007734210012345 od nadawcy Ogro=
dy Kowalczyk sp. z o.o. zosta=C5=82a nadana i jest w drodze.

Przewidywany termin dor=C4=99czenia: 17.04.2026

=C5=9Aled=C5=BA przesy=C5=82k=C4=99: https://emonitoring.poczta-polska.pl/?=
numer=3D00659007734210012345

Je=C5=9Bli nie b=C4=99dzie Ci=C4=99 w domu, przesy=C5=82k=C4=99 mo=C5=BCesz=
 odebra=C4=87 w plac=C3=B3wce pocztowej lub w automacie paczkowym.

Pozdrawiamy
Poczta Polska S.A.

Wiadomo=C5=9B=C4=87 zosta=C5=82a wygenerowana automatycznie, prosimy na ni=
=C4=85 nie odpowiada=C4=87.
Administratorem Twoich danych osobowych jest Poczta Polska S.A. z siedzib=
=C4=85 w Warszawie. Wi=C4=99cej informacji: https://www.poczta-polska.pl/oc=
hrona-danych-osobowych/
"""),
    ('pl', 'login-alert', 'automated', (), """From: Helpdesk24 <bezpieczenstwo@helpdesk24.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nowe_logowanie_do_konta_Helpdesk24?=
Date: Sun, 12 Apr 2026 07:14:40 +0000
Message-ID: <66191a2f3c4d5_9e8f7a1b2c3d@app-worker-2.helpdesk24.pl.mail>
MIME-Version: 1.0
X-Auto-Response-Suppress: OOF, AutoReply
Content-Type: multipart/alternative; boundary="--==_mimepart_66191a2f3c4d5_9e8f7a1b2c3d"

----==_mimepart_66191a2f3c4d5_9e8f7a1b2c3d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Nowe logowanie do Twojego konta

Cze=C5=9B=C4=87,

wykryli=C5=9Bmy logowanie do konta privacy@shop.example.be w Helpdesk24 z n=
owego urz=C4=85dzenia.

Urz=C4=85dzenie: Firefox 137 na Windows 11
Lokalizacja (przybli=C5=BCona): Warszawa, Polska
Adres IP: 83.24.117.209
Data: 12 kwietnia 2026, 09:14 CEST

Je=C5=9Bli to Ty, nie musisz nic robi=C4=87.
Je=C5=9Bli to nie Ty, natychmiast zmie=C5=84 has=C5=82o i wyloguj wszystkie=
 sesje:
https://app.helpdesk24.pl/ustawienia/bezpieczenstwo

Zesp=C3=B3=C5=82 Helpdesk24

Otrzymujesz t=C4=99 wiadomo=C5=9B=C4=87, poniewa=C5=BC masz w=C5=82=C4=85cz=
one powiadomienia bezpiecze=C5=84stwa. Ta wiadomo=C5=9B=C4=87 zosta=C5=82a =
wys=C5=82ana automatycznie.
----==_mimepart_66191a2f3c4d5_9e8f7a1b2c3d
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif"><div style=3D"max-width:=
520px;margin:auto;border:1px solid #e3e3e3;padding:24px"><h2>Nowe logowanie=
 do Twojego konta</h2><p>Cze&#347;&#263;,</p><p>wykryli&#347;my logowanie d=
o konta <b>privacy@shop.example.be</b> w Helpdesk24 z nowego urz&#261;dzeni=
a.</p><table><tr><td>Urz&#261;dzenie:</td><td>Firefox 137 na Windows 11</td=
></tr><tr><td>Lokalizacja (przybli&#380;ona):</td><td>Warszawa, Polska</td>=
</tr><tr><td>Adres IP:</td><td>83.24.117.209</td></tr><tr><td>Data:</td><td=
>12 kwietnia 2026, 09:14 CEST</td></tr></table><p>Je&#347;li to Ty, nie mus=
isz nic robi&#263;.<br>Je&#347;li to nie Ty, <a href=3D"https://app.helpdes=
k24.pl/ustawienia/bezpieczenstwo">natychmiast zmie&#324; has&#322;o</a> i w=
yloguj wszystkie sesje.</p><p>Zesp&oacute;&#322; Helpdesk24</p><p style=3D"=
font-size:11px;color:#888">Otrzymujesz t&#281; wiadomo&#347;&#263;, poniewa=
&#380; masz w&#322;&#261;czone powiadomienia bezpiecze&#324;stwa. Ta wiadom=
o&#347;&#263; zosta&#322;a wys&#322;ana automatycznie.</p></div></body></ht=
ml>
----==_mimepart_66191a2f3c4d5_9e8f7a1b2c3d--
"""),
    ('pl', 'quarantine-digest', 'automated', (), """From: antyspam@serwer2291.home.pl
To: privacy@shop.example.be
Subject: Raport kwarantanny - 5 nowych wiadomosci
Date: Thu, 16 Apr 2026 06:00:01 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-2
Content-Transfer-Encoding: 8bit

Raport kwarantanny dla skrzynki: privacy@shop.example.be
Okres: 15.04.2026 06:00 - 16.04.2026 06:00

Nastepujace wiadomosci zostaly zatrzymane przez filtr antyspamowy:

Data              Nadawca                            Temat                                         Wynik
15.04 07:12       oferty@leady-b2b.pl                Baza 50 000 adresow e-mail firm - RODO OK     9.8
15.04 11:40       no-reply@dostawa-paczki.info       Twoja paczka oczekuje - oplac 1,99 zl         14.2
15.04 15:03       kontakt@seo-pozycjonowanie24.pl    Pozycjonowanie sklepu - oferta                7.1
15.04 22:57       admin@mailbox-verify.net           Twoja skrzynka zostanie usunieta              18.6
16.04 02:18       rodo@inspektor-danych.biz          Wezwanie: naruszenie ochrony danych osobowych 11.3

Aby zwolnic wiadomosc z kwarantanny, zaloguj sie do panelu: https://panel.home.pl/antyspam/kwarantanna
Wiadomosci w kwarantannie sa automatycznie usuwane po 14 dniach.

--
Ta wiadomosc zostala wygenerowana automatycznie przez system antyspamowy. Nie odpowiadaj na nia.
"""),
    ('pl', 'person-reply-invoice', 'correction', (), """From: Tomasz =?UTF-8?Q?Wi=C5=9Bniewski?= <t.wisniewski@ogrody-tw.pl>
To: privacy@shop.example.be
Subject: Re: Faktura nr FV/2026/03/1187
Date: Mon, 13 Apr 2026 10:05:18 +0200
Message-ID: <e5a9c1f2-7b3d-4e8a-9f10-2c4d6e8a0b1c@ogrody-tw.pl>
In-Reply-To: <fv.2026.03.1187@faktury.shop.example.be>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

na fakturze znowu jest nasz stary adres (ul. Lipowa 4) i stary NIP, bo w Państwa systemie w moim koncie dalej są te dane. Od stycznia firma jest pod nowym adresem:

Ogrody TW Tomasz Wiśniewski
ul. Kasztanowa 17/2
05-500 Piaseczno
NIP 123-456-32-18

Proszę o zaktualizowanie tych danych w koncie klienta, żeby przy następnych zamówieniach było już dobrze. Sam w panelu nie mogę tego zmienić, pole jest zablokowane.

Pozdrawiam
Tomasz Wiśniewski
tel. 601 234 567

W dniu 12.04.2026 o 08:00, Shop Example pisze:
> Dzień dobry,
> w załączniku przesyłamy fakturę nr FV/2026/03/1187 do zamówienia 2026-117209.
> Wiadomość wygenerowana automatycznie.
"""),
    ('cs', 'carrier-shipping', 'automated', (), """From: =?utf-8?B?xIxlc2vDoSBwb8WhdGE=?= <info@cpost.cz>
To: privacy@shop.example.be
Subject: =?utf-8?B?WsOhc2lsa2EgUlI0ODI5MTM1NzZDWiDigJMgb3puw6FtZW7DrSBvIGRvcnXEjW92w6Fuw60=?=
Date: Thu, 16 Apr 2026 16:20:55 +0200
Message-ID: <20260416142055.RR482913576CZ@notifikace.cpost.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

VsOhxb5lbsO9IHrDoWthem7DrWt1LAoKesOhc2lsa2EgUlI0ODI5MTM1NzZDWiBvZCBvZGVzw61s
YXRlbGUgWmFocmFkbmljdHbDrSBEdm/FmcOhayBzLnIuby4gYnVkZSBkb3J1xI1lbmEgZG5lIDE3
LiA0LiAyMDI2IHYgZG9ixJsgb2QgODowMCBkbyAxMjowMC4KClNsZWRvdsOhbsOtIHrDoXNpbGt5
OiBodHRwczovL3d3dy5wb3N0YW9ubGluZS5jei90cmFja2FuZHRyYWNlLy0vemFzaWxrYS9jaXNs
bz9wYXJjZWxOdW1iZXJzPVJSNDgyOTEzNTc2Q1oKCk5lYnVkZXRlIHphc3Rpxb5lbi9hPyBaw6Fz
aWxrdSBzaSBtxa/FvmV0ZSBuZWNoYXQgcMWZZXNtxJtyb3ZhdCBuYSBqaW5vdSBhZHJlc3UsIGRv
IEJhbMOta292bnkgbmVibyBuYSBwb8WhdHUuCgpTIHBvemRyYXZlbQrEjGVza8OhIHBvxaF0YSwg
cy5wLgoKVGVudG8gZS1tYWlsIGplIGdlbmVyb3bDoW4gYXV0b21hdGlja3ksIHByb3PDrW1lLCBu
ZW9kcG92w61kZWp0ZSBuYSBuxJtqLgpJbmZvcm1hY2UgbyB6cHJhY292w6Fuw60gb3NvYm7DrWNo
IMO6ZGFqxa8gbmFsZXpuZXRlIG5hIHd3dy5jZXNrYXBvc3RhLmN6L2dkcHIuCg==
"""),
    ('cs', 'meeting-reminder', 'automated', (), """From: =?UTF-8?Q?Kalend=C3=A1=C5=99_Google?= <calendar-notification@google.com>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Upozorn=C4=9Bn=C3=AD=3A_=C5=A0kolen=C3=AD_GDPR_=E2=80=93_z=C3=A1kaznick=C3=A1_podpora_@_st_22=2E_dub_2026_10:00_=2D_11:30_=28SEL=C4=8C=29?=
Date: Wed, 22 Apr 2026 07:50:00 +0000
Message-ID: <calendar-7b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e@google.com>
Sender: Google Calendar <calendar-notification@google.com>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: quoted-printable

=C5=A0kolen=C3=AD GDPR =E2=80=93 z=C3=A1kaznick=C3=A1 podpora
st 22. dub 2026 10:00 =E2=80=93 11:30 (SEL=C4=8C)

P=C5=99ipojit se p=C5=99es Google Meet
meet.google.com/qfx-rmzt-kpa

Kde: Zaseda=C4=8Dka 2 / online
Kalend=C3=A1=C5=99: privacy@shop.example.be
Kdo:
  Petra Nov=C3=A1kov=C3=A1 =E2=80=93 organiz=C3=A1tor
  privacy@shop.example.be
  martin.kral@shop.example.be
  lenka.svobodova@shop.example.be

Popis:
Jak rozpoznat =C5=BE=C3=A1dost o v=C3=BDmaz, p=C5=99=C3=ADstup nebo n=C3=A1=
mitku v e-mailu od z=C3=A1kazn=C3=ADka a kam ji p=C5=99eposlat. Pros=C3=ADm=
, projd=C4=9Bte si p=C5=99edem intern=C3=AD postup (odkaz ve sd=C3=ADlen=C3=
=A9 slo=C5=BEce).

Pozv=C3=A1nka z Kalend=C3=A1=C5=99e Google: https://calendar.google.com/cal=
endar/

Toto e-mailov=C3=A9 upozorn=C4=9Bn=C3=AD dost=C3=A1v=C3=A1te, proto=C5=BEe =
m=C3=A1te nastaven=C3=A1 upozorn=C4=9Bn=C3=AD na tuto ud=C3=A1lost v kalend=
=C3=A1=C5=99i privacy@shop.example.be.
Chcete-li p=C5=99estat dost=C3=A1vat tato e-mailov=C3=A1 upozorn=C4=9Bn=C3=
=AD, p=C5=99ejd=C4=9Bte na https://calendar.google.com/calendar/ a zm=C4=9B=
=C5=88te nastaven=C3=AD upozorn=C4=9Bn=C3=AD pro tuto ud=C3=A1lost.
"""),
    ('cs', 'onedrive-share', 'automated', (), """From: =?utf-8?Q?Petra_Nov=C3=A1kov=C3=A1_=28via_OneDrive=29?= <no-reply@onedrive.com>
To: privacy@shop.example.be
Subject: =?utf-8?B?UGV0cmEgTm92w6Frb3bDoSB2w6FtIG5hc2TDrWxlbChhKSBzb3Vib3IgIlrDoXpuYW15IG8gxI1pbm5vc3RlY2ggenByYWNvdsOhbsOtIOKAkyBDWi54bHN4Ig==?=
Date: Tue, 14 Apr 2026 12:33:08 +0000
Message-ID: <a91b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d@shopexample-my.sharepoint.com>
MIME-Version: 1.0
X-MS-Exchange-Organization-SCL: -1
Content-Type: multipart/alternative; boundary="_a91b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d_"

--_a91b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UGV0cmEgTm92w6Frb3bDoSB2w6FtIG5hc2TDrWxlbChhKSBzb3Vib3IKClrDoXpuYW15IG8gxI1p
bm5vc3RlY2ggenByYWNvdsOhbsOtIOKAkyBDWi54bHN4CgoiQWhvaiwgZG9wbG5pbGEganNlbSB0
YW0gbGjFr3R5IHBybyBtYXrDoW7DrSB6w6FrYXpuaWNrw71jaCDDusSNdMWvLiBNcmtuaSBwcm9z
w61tIG5hIMWZw6Fka3kgNDDigJM1NS4iCgpPdGV2xZnDrXQ6IGh0dHBzOi8vc2hvcGV4YW1wbGUt
bXkuc2hhcmVwb2ludC5jb20vOng6L2cvcGVyc29uYWwvcGV0cmFfbm92YWtvdmFfc2hvcF9leGFt
cGxlX2JlL0ViVDdrMkxtOVE/ZT12UjNzMVgKClRlbnRvIG9ka2F6IGJ1ZGUgZnVuZ292YXQgamVu
IHBybyBwxZnDrW3DqSBwxZnDrWplbWNlIHTDqXRvIHpwcsOhdnkuCgpQcm9obMOhxaFlbsOtIG8g
esOhc2Fkw6FjaCBvY2hyYW55IG9zb2Juw61jaCDDumRhasWvIHNwb2xlxI1ub3N0aSBNaWNyb3Nv
ZnQK
--_a91b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHRhYmxlIHN0eWxlPSJmb250LWZhbWlseTonU2Vnb2UgVUknLHNhbnMtc2Vy
aWY7bWF4LXdpZHRoOjQ4MHB4Ij48dHI+PHRkPjxwIHN0eWxlPSJmb250LXNpemU6MjFweCI+UGV0
cmEgTm92JmFhY3V0ZTtrb3YmYWFjdXRlOyB2JmFhY3V0ZTttIG5hc2QmaWFjdXRlO2xlbChhKSBz
b3Vib3I8L3A+PGRpdiBzdHlsZT0iYm9yZGVyLWxlZnQ6M3B4IHNvbGlkICMwMDc4ZDQ7cGFkZGlu
Zy1sZWZ0OjEwcHgiPiZiZHF1bztBaG9qLCBkb3BsbmlsYSBqc2VtIHRhbSBsaCYjMzY3O3R5IHBy
byBtYXomYWFjdXRlO24maWFjdXRlOyB6JmFhY3V0ZTtrYXpuaWNrJnlhY3V0ZTtjaCAmdWFjdXRl
OyYjMjY5O3QmIzM2NzsuIE1ya25pIHByb3MmaWFjdXRlO20gbmEgJiMzNDU7JmFhY3V0ZTtka3kg
NDAmbmRhc2g7NTUuJmxkcXVvOzwvZGl2PjxwPjxiPlomYWFjdXRlO3puYW15IG8gJiMyNjk7aW5u
b3N0ZWNoIHpwcmFjb3YmYWFjdXRlO24maWFjdXRlOyAmbmRhc2g7IENaLnhsc3g8L2I+PC9wPjxw
PjxhIGhyZWY9Imh0dHBzOi8vc2hvcGV4YW1wbGUtbXkuc2hhcmVwb2ludC5jb20vOng6L2cvcGVy
c29uYWwvcGV0cmFfbm92YWtvdmFfc2hvcF9leGFtcGxlX2JlL0ViVDdrMkxtOVE/ZT12UjNzMVgi
IHN0eWxlPSJiYWNrZ3JvdW5kOiMwMDc4ZDQ7Y29sb3I6I2ZmZjtwYWRkaW5nOjhweCAyNHB4O3Rl
eHQtZGVjb3JhdGlvbjpub25lIj5PdGV2JiMzNDU7JmlhY3V0ZTt0PC9hPjwvcD48cCBzdHlsZT0i
Zm9udC1zaXplOjEycHg7Y29sb3I6IzY2NiI+VGVudG8gb2RrYXogYnVkZSBmdW5nb3ZhdCBqZW4g
cHJvIHAmIzM0NTsmaWFjdXRlO20mZWFjdXRlOyBwJiMzNDU7JmlhY3V0ZTtqZW1jZSB0JmVhY3V0
ZTt0byB6cHImYWFjdXRlO3Z5LjwvcD48cCBzdHlsZT0iZm9udC1zaXplOjExcHgiPjxhIGhyZWY9
Imh0dHBzOi8vZ28ubWljcm9zb2Z0LmNvbS9md2xpbmsvP0xpbmtJZD01MjE4MzkiPlByb2hsJmFh
Y3V0ZTsmc2Nhcm9uO2VuJmlhY3V0ZTsgbyB6JmFhY3V0ZTtzYWQmYWFjdXRlO2NoIG9jaHJhbnkg
b3NvYm4maWFjdXRlO2NoICZ1YWN1dGU7ZGFqJiMzNjc7IHNwb2xlJiMyNjk7bm9zdGkgTWljcm9z
b2Z0PC9hPjwvcD48L3RkPjwvdHI+PC90YWJsZT48L2JvZHk+PC9odG1sPgo=
--_a91b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d_--
"""),
    ('cs', 'person-reply-carrier', 'access', (), """From: =?UTF-8?Q?Jana_Hor=C3=A1kov=C3=A1?= <jana.horakova@seznam.cz>
To: privacy@shop.example.be
Subject: Re: =?UTF-8?Q?Va=C5=A1e_z=C3=A1silka_od_Shop_Example_je_na_cest=C4=9B?=
Date: Fri, 17 Apr 2026 19:48:27 +0200
Message-ID: <3Ab.7Kx9.2mQvT1pLw0e.1f9Rz@seznam.cz>
In-Reply-To: <ppl.notif.40187722913@ppl.cz>
X-Mailer: Email.cz
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

z t=C3=A9hle zpr=C3=A1vy vid=C3=ADm, =C5=BEe PPL m=C3=A1 moje telefonn=C3=
=AD =C4=8D=C3=ADslo, adresu i e-mail, a dokonce v=C3=AD, co jsem si objedna=
la. M=C5=AF=C5=BEete mi pros=C3=ADm napsat, jak=C3=A9 v=C5=A1echny =C3=BAda=
je o mn=C4=9B jste dopravci p=C5=99edali a komu dal=C5=A1=C3=ADmu je je=C5=
=A1t=C4=9B pos=C3=ADl=C3=A1te? Cht=C4=9Bla bych to m=C3=ADt p=C3=ADsemn=C4=
=9B.

D=C4=9Bkuji
Jana Hor=C3=A1kov=C3=A1

---------- P=C5=AFvodn=C3=AD e-mail ----------
Od: PPL CZ <noreply@ppl.cz>
Komu: jana.horakova@seznam.cz
Datum: 17. 4. 2026 8:02:11
P=C5=99edm=C4=9Bt: Va=C5=A1e z=C3=A1silka od Shop Example je na cest=C4=9B

Dobr=C3=BD den, Va=C5=A1e z=C3=A1silka =C4=8D. 40187722913 (zahradn=C3=AD h=
adice a p=C5=99=C3=ADpojky) od Shop Example je na cest=C4=9B. Doru=C4=8D=C3=
=ADme ji z=C3=ADtra mezi 9:00 a 12:00.
Tato zpr=C3=A1va byla vygenerov=C3=A1na automaticky.
"""),
    ('hr', 'carrier-shipping', 'automated', (), """From: =?UTF-8?Q?Hrvatska_po=C5=A1ta?= <obavijesti@posta.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Obavijest_o_po=C5=A1iljci_RF291734405HR?=
Date: Mon, 13 Apr 2026 11:02:47 +0200
Message-ID: <obv.RF291734405HR.20260413110247@posta.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated

Po=C5=A1tovani,

obavje=C5=A1tavamo Vas da je po=C5=A1iljka RF291734405HR (po=C5=A1iljatelj:=
 Rasadnik Horvat d.o.o., Zagreb) otpremljena u me=C4=91unarodni promet i up=
u=C4=87ena na odredi=C5=A1te u Belgiju.

Status po=C5=A1iljke mo=C5=BEete pratiti na: https://posiljka.posta.hr/?tra=
cking=3DRF291734405HR

Za sva pitanja obratite se Slu=C5=BEbi za korisnike na broj 072 303 304.

Ovo je automatski generirana poruka. Molimo da na nju ne odgovarate.

Hrvatska po=C5=A1ta d.d., Juri=C5=A1i=C4=87eva 13, 10000 Zagreb
Informacije o obradi osobnih podataka: https://www.posta.hr/zastita-osobnih=
-podataka
"""),
    ('hr', 'dpa-newsletter', 'automated', (), """From: AZOP <newsletter@azop.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?AZOP_Newsletter_=E2=80=93_travanj_2026=2E?=
Date: Mon, 20 Apr 2026 09:00:00 +0200
Message-ID: <nl-20260420-7f3c2a@azop.hr>
List-Unsubscribe: <https://azop.hr/newsletter/odjava?k=7f3c2a>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_NL_azop_20260420_7f3c2a"

------=_NL_azop_20260420_7f3c2a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

AZOP =E2=80=93 Newsletter | travanj 2026.

Po=C5=A1tovani,

u ovom broju donosimo:

=E2=96=A0 Novo mi=C5=A1ljenje: pravo na brisanje kod korisni=C4=8Dkih ra=C4=
=8Duna web-trgovina
Voditelj obrade ne smije uvjetovati brisanje ra=C4=8Duna dostavom preslike =
osobne iskaznice. Mi=C5=A1ljenje pro=C4=8Ditajte na na=C5=A1im stranicama.

=E2=96=A0 Upravna nov=C4=8Dana kazna trgova=C4=8Dkom dru=C5=A1tvu zbog izra=
vnog marketinga
Dru=C5=A1tvo je nastavilo slati promotivne poruke nakon =C5=A1to je ispitan=
ik ulo=C5=BEio prigovor. Izre=C4=8Dena kazna iznosi 85.000 EUR.

=E2=96=A0 Obrada osobnih podataka djece u programima vjernosti
Smjernice za trgovce koji nude kartice vjernosti maloljetnicima.

=E2=96=A0 Edukacija za slu=C5=BEbenike za za=C5=A1titu podataka =E2=80=93 1=
4. svibnja 2026., Zagreb i online

Vi=C5=A1e na: https://azop.hr/novosti

--
Agencija za za=C5=A1titu osobnih podataka, Selska cesta 136, 10000 Zagreb
Primate ovaj newsletter jer ste se pretplatili putem stranice azop.hr.
Odjava: https://azop.hr/newsletter/odjava?k=3D7f3c2a
------=_NL_azop_20260420_7f3c2a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px"><div styl=
e=3D"max-width:620px;margin:auto"><div style=3D"background:#003b71;color:#f=
ff;padding:14px"><b>AZOP &ndash; Newsletter</b> | travanj 2026.</div><p>Po&=
scaron;tovani,</p><p>u ovom broju donosimo:</p><h3>Novo mi&scaron;ljenje: p=
ravo na brisanje kod korisni&#269;kih ra&#269;una web-trgovina</h3><p>Vodit=
elj obrade ne smije uvjetovati brisanje ra&#269;una dostavom preslike osobn=
e iskaznice.</p><h3>Upravna nov&#269;ana kazna trgova&#269;kom dru&scaron;t=
vu zbog izravnog marketinga</h3><p>Dru&scaron;tvo je nastavilo slati promot=
ivne poruke nakon &scaron;to je ispitanik ulo&#382;io prigovor. Izre&#269;e=
na kazna iznosi 85.000 EUR.</p><h3>Obrada osobnih podataka djece u programi=
ma vjernosti</h3><p>Smjernice za trgovce koji nude kartice vjernosti malolj=
etnicima.</p><h3>Edukacija za slu&#382;benike za za&scaron;titu podataka</h=
3><p>14. svibnja 2026., Zagreb i online</p><p><a href=3D"https://azop.hr/no=
vosti">Vi&scaron;e na azop.hr</a></p><hr><p style=3D"font-size:10px;color:#=
777">Agencija za za&scaron;titu osobnih podataka, Selska cesta 136, 10000 Z=
agreb<br>Primate ovaj newsletter jer ste se pretplatili putem stranice azop=
.hr.<br><a href=3D"https://azop.hr/newsletter/odjava?k=3D7f3c2a">Odjava</a>=
</p></div></body></html>
------=_NL_azop_20260420_7f3c2a--
"""),
    ('hr', 'invoice', 'automated', (), """From: Adriatel e-racun <e-racun@adriatel.hr>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Va=C5=A1_e-ra=C4=8Dun_za_o=C5=BEujak_2026=2E?=
Date: Thu, 02 Apr 2026 05:15:09 +0200
Message-ID: <eracun.2026-03-0048812@billing.adriatel.hr>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_b7e2f0c1a4d9e3f5a6b8c0d2"

--=_b7e2f0c1a4d9e3f5a6b8c0d2
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani korisni=C4=8De,

Va=C5=A1 e-ra=C4=8Dun za o=C5=BEujak 2026. je izdan.

Broj ra=C4=8Duna: 2026-03-0048812
Korisni=C4=8Dki broj: 41108873
Iznos za pla=C4=87anje: 42,50 EUR
Datum dospije=C4=87a: 20.04.2026.
IBAN za uplatu: HR1723600001101234565, poziv na broj HR01 41108873-0326

Ra=C4=8Dun u PDF obliku nalazi se u privitku, a dostupan je i u aplikaciji =
Moj ra=C4=8Dun.

Ako ste ve=C4=87 platili, zanemarite ovu poruku.

Ovo je automatska poruka, molimo ne odgovarajte na nju.
--=_b7e2f0c1a4d9e3f5a6b8c0d2
Content-Type: application/pdf; name="racun_2026-03-0048812.pdf"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="racun_2026-03-0048812.pdf"

JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4K
ZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFtdIC9Db3VudCAwID4+CmVuZG9i
agp0cmFpbGVyCjw8IC9Sb290IDEgMCBSID4+CiUlRU9GCg==
--=_b7e2f0c1a4d9e3f5a6b8c0d2--
"""),
    ('sv', 'carrier-shipping', 'automated', (), """From: PostNord <noreply@postnord.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Ditt_paket_fr=C3=A5n_Tr=C3=A4dg=C3=A5rdsm=C3=A4starn_AB_=C3=A4r_p=C3=A5_v=C3=A4g?=
Date: Fri, 17 Apr 2026 17:00:00 +0200
Message-ID: <311842.902177431.1776438000555@nsmail-prod.postnord.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Content-Type: multipart/alternative; boundary="----=_Part_311842_902177431.1776438000555"

------=_Part_311842_902177431.1776438000555
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Ditt paket fr=C3=A5n Tr=C3=A4dg=C3=A5rdsm=C3=A4starn AB =C3=A4r p=C3=A5 v=
=C3=A4g.

Kolli-ID: 00373500493012345678
Ber=C3=A4knad leverans: m=C3=A5ndag 20 april
Leveranss=C3=A4tt: Ombud (Coop Konsum, Storgatan 4)

F=C3=B6lj ditt paket i PostNord-appen eller p=C3=A5 https://tracking.postno=
rd.com/se/?id=3D00373500493012345678

V=C3=A4nliga h=C3=A4lsningar
PostNord

Det h=C3=A4r mejlet g=C3=A5r inte att svara p=C3=A5.
L=C3=A4s om hur vi behandlar dina personuppgifter p=C3=A5 postnord.se/integ=
ritet
------=_Part_311842_902177431.1776438000555
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><div style=3D"max-width:580px;margi=
n:auto"><div style=3D"background:#00a0d6;padding:14px"><img src=3D"https://=
www.postnord.se/img/logo-white.png" alt=3D"PostNord" height=3D"26"></div><h=
2>Ditt paket fr&aring;n Tr&auml;dg&aring;rdsm&auml;starn AB &auml;r p&aring=
; v&auml;g</h2><p>Kolli-ID: 00373500493012345678<br>Ber&auml;knad leverans:=
 <b>m&aring;ndag 20 april</b><br>Leveranss&auml;tt: Ombud (Coop Konsum, Sto=
rgatan 4)</p><p><a href=3D"https://tracking.postnord.com/se/?id=3D003735004=
93012345678" style=3D"background:#00a0d6;color:#fff;padding:10px 18px;text-=
decoration:none">F&ouml;lj ditt paket</a></p><p style=3D"font-size:11px;col=
or:#777">Det h&auml;r mejlet g&aring;r inte att svara p&aring;.<br>L&auml;s=
 om hur vi behandlar dina personuppgifter p&aring; postnord.se/integritet</=
p></div></body></html>
------=_Part_311842_902177431.1776438000555--
"""),
    ('sv', 'dpa-newsletter', 'automated', (), """From: IMY <nyhetsbrev@imy.se>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Nyhetsbrev_fr=C3=A5n_IMY_=E2=80=93_april_2026?=
Date: Wed, 22 Apr 2026 13:00:05 +0200
Message-ID: <c81f2e.20260422.nyhetsbrev@utskick.imy.se>
List-Unsubscribe: <https://www.imy.se/prenumerera/avsluta?id=c81f2e>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

IMY:s nyhetsbrev =E2=80=93 april 2026

Integritetsskyddsmyndigheten (IMY)

Ny v=C3=A4gledning: R=C3=A4tten att bli raderad i kundklubbar
M=C3=A5nga f=C3=B6retag sparar uppgifter om tidigare medlemmar i =C3=A5rata=
l. Vi f=C3=B6rklarar vad som g=C3=A4ller n=C3=A4r en kund vill l=C3=A4mna k=
undklubben och f=C3=A5 sina uppgifter raderade.
L=C3=A4s mer: https://www.imy.se/nyheter/vagledning-radering-kundklubbar/

IMY granskar e-handlares hantering av registerutdrag
Vi har inlett tillsyn mot fem e-handlare efter klagom=C3=A5l om att beg=C3=
=A4randen om registerutdrag inte besvarats i tid.

Sanktionsavgift f=C3=B6r marknadsf=C3=B6ring efter inv=C3=A4ndning
Ett bolag fortsatte skicka reklam trots att mottagaren hade inv=C3=A4nt. Sa=
nktionsavgiften blev 1,2 miljoner kronor.

Webbinarium 6 maj: Dataskyddsombudets roll i mindre f=C3=B6retag

--
Du f=C3=A5r det h=C3=A4r nyhetsbrevet eftersom du prenumererar p=C3=A5 nyhe=
ter fr=C3=A5n IMY.
Avsluta prenumerationen: https://www.imy.se/prenumerera/avsluta?id=3Dc81f2e
S=C3=A5 behandlar vi dina personuppgifter: https://www.imy.se/om-oss/behand=
ling-av-personuppgifter/
"""),
    ('sv', 'read-receipt', 'automated', (), """From: Erik Lindqvist <erik.lindqvist@outlook.com>
To: privacy@shop.example.be
Subject: =?utf-8?B?TMOkc3Q6IEJlZ8OkcmFuIG9tIHJlZ2lzdGVydXRkcmFnIOKAkyDDpHJlbmRlIDIwMjYtMDQxOQ==?=
Date: Wed, 15 Apr 2026 12:36:50 +0000
Message-ID: <HE1PR05MB3322A7B6C5D4E3F2@HE1PR05MB3322.eurprd05.prod.outlook.com>
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: multipart/report; boundary="_5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f_"; report-type=disposition-notification

--_5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGl0dCBtZWRkZWxhbmRlCgogIFRpbGw6IEVyaWsgTGluZHF2aXN0CiAgw4RtbmU6IEJlZ8OkcmFu
IG9tIHJlZ2lzdGVydXRkcmFnIOKAkyDDpHJlbmRlIDIwMjYtMDQxOQogIFNraWNrYXQ6IGRlbiAx
NSBhcHJpbCAyMDI2IDE0OjAyOjExIChVVEMrMDE6MDApIEJyeXNzZWwsIEvDtnBlbmhhbW4sIE1h
ZHJpZCwgUGFyaXMKCmzDpHN0ZXMgZGVuIDE1IGFwcmlsIDIwMjYgMTQ6MzY6NTAgKFVUQyswMTow
MCkgQnJ5c3NlbCwgS8O2cGVuaGFtbiwgTWFkcmlkLCBQYXJpcy4K
--_5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f_
Content-Type: message/disposition-notification

Reporting-UA: HE1PR05MB3322.eurprd05.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;erik.lindqvist@outlook.com
Original-Message-ID: <DB8PR02MB5564E2C1B0A9F8D7@DB8PR02MB5564.eurprd02.prod.outlook.com>
Disposition: manual-action/MDN-sent-manually; displayed
--_5c4d3e2f-1a0b-4c9d-8e7f-6a5b4c3d2e1f_--
"""),
    ('ro', 'carrier-shipping', 'automated', (), """From: FAN Courier <notificari@fancourier.ro>
To: privacy@shop.example.be
Subject: Expedierea ta cu AWB 2301234567890 a fost predata curierului
Date: Tue, 14 Apr 2026 10:12:33 +0300
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bună ziua,

Expedierea cu AWB 2301234567890, de la Sera Verde Cluj SRL, a fost preluată de curier și se află în tranzit.

Poți urmări coletul aici: https://www.fancourier.ro/awb-tracking/?tracking=2301234567890

Dacă vrei să modifici adresa sau data livrării, folosește aplicația FANbox sau sună la 021 9336.

Echipa FAN Courier

Acest mesaj a fost generat automat. Te rugăm să nu răspunzi la acest e-mail.
"""),
    ('ro', 'promo-newsletter', 'automated', (), """Return-Path: <bounce+91ac7e@mailer.gradinaverde.ro>
From: =?UTF-8?Q?Gr=C4=83dina_Verde?= <oferte@gradinaverde.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?=F0=9F=9A=9A_Doar_azi=3A_transport_gratuit_peste_150_lei?=
Date: Thu, 16 Apr 2026 09:00:14 +0300
Message-ID: <20260416060014.91ac7e.4412@mailer.gradinaverde.ro>
List-Unsubscribe: <https://www.gradinaverde.ro/newsletter/dezabonare?id=91ac7e>
X-Mailer: Sendy 6.1
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1=_Yp8QmZ2rKx4tLv0cNs6W"

--b1=_Yp8QmZ2rKx4tLv0cNs6W
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Doar azi: transport gratuit la comenzile peste 150 lei!

Salut,

Prim=C4=83vara a sosit =C8=99i =C3=AEn gr=C4=83dina ta. Azi ai transport gr=
atuit pentru orice comand=C4=83 de peste 150 lei, plus:
- semin=C8=9Be de legume bio, 3+1 gratis
- sisteme de irigare prin picurare cu 20% reducere
- ghivece din ceramic=C4=83 de la 19,99 lei

Vezi ofertele: https://www.gradinaverde.ro/oferte-zilei?utm_source=3Dnewsle=
tter&utm_campaign=3Dtransport-gratuit-apr

Oferta este valabil=C4=83 azi, 16 aprilie, p=C3=A2n=C4=83 la ora 23:59.

Cu drag,
Echipa Gr=C4=83dina Verde

Ai primit acest e-mail pentru c=C4=83 te-ai abonat la newsletterul Gr=C4=83=
dina Verde cu adresa privacy@shop.example.be.
Dac=C4=83 nu mai vrei s=C4=83 prime=C8=99ti e-mailuri de la noi, te po=C8=
=9Bi dezabona aici: https://www.gradinaverde.ro/newsletter/dezabonare?id=3D=
91ac7e
Datele tale personale sunt prelucrate conform Regulamentului (UE) 2016/679 =
(GDPR). Politica de confiden=C8=9Bialitate: https://www.gradinaverde.ro/con=
fidentialitate
--b1=_Yp8QmZ2rKx4tLv0cNs6W
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"background:#f0f5ec;font-family:Arial"><table width=3D"=
600" align=3D"center" style=3D"background:#fff"><tr><td style=3D"padding:20=
px"><h1 style=3D"color:#3b7d23">Doar azi: transport gratuit la comenzile pe=
ste 150 lei!</h1><p>Salut,</p><p>Prim&#259;vara a sosit &#537;i &icirc;n gr=
&#259;dina ta. Azi ai transport gratuit pentru orice comand&#259; de peste =
150 lei, plus:</p><ul><li>semin&#539;e de legume bio, 3+1 gratis</li><li>si=
steme de irigare prin pic&#259;rare cu 20% reducere</li><li>ghivece din cer=
amic&#259; de la 19,99 lei</li></ul><p><a href=3D"https://www.gradinaverde.=
ro/oferte-zilei?utm_source=3Dnewsletter&amp;utm_campaign=3Dtransport-gratui=
t-apr" style=3D"background:#3b7d23;color:#fff;padding:12px 22px;text-decora=
tion:none">Vezi ofertele</a></p><p>Oferta este valabil&#259; azi, 16 aprili=
e, p&acirc;n&#259; la ora 23:59.</p><p>Cu drag,<br>Echipa Gr&#259;dina Verd=
e</p><p style=3D"font-size:10px;color:#888">Ai primit acest e-mail pentru c=
&#259; te-ai abonat la newsletterul Gr&#259;dina Verde cu adresa privacy@sh=
op.example.be.<br>Dac&#259; nu mai vrei s&#259; prime&#537;ti e-mailuri de =
la noi, <a href=3D"https://www.gradinaverde.ro/newsletter/dezabonare?id=3D9=
1ac7e">te po&#539;i dezabona aici</a>.<br>Datele tale personale sunt preluc=
rate conform Regulamentului (UE) 2016/679 (GDPR).</p></td></tr></table></bo=
dy></html>
--b1=_Yp8QmZ2rKx4tLv0cNs6W--
"""),
    ('ro', 'login-alert', 'automated', (), """From: Cloudify <security@cloudify.app>
To: privacy@shop.example.be
Subject: =?utf-8?B?QWxlcnTEgyBkZSBzZWN1cml0YXRlOiBjb25lY3RhcmUgbm91xIMgbGEgY29udHVsIHTEg3U=?=
Date: Sun, 19 Apr 2026 19:47:58 +0000
Message-ID: <sec-alert.7c1a9e2f@cloudify.app>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

QWxlcnTEgyBkZSBzZWN1cml0YXRlCgpTYWx1dCwKCkNvbnR1bCB0xIN1IENsb3VkaWZ5IChwcml2
YWN5QHNob3AuZXhhbXBsZS5iZSkgYSBmb3N0IGFjY2VzYXQgZGUgcGUgdW4gZGlzcG96aXRpdiBu
b3UuCgpEaXNwb3ppdGl2OiBTYWZhcmkgcGUgbWFjT1MKTG9jYcibaWUgYXByb3hpbWF0aXbEgzog
SWHImWksIFJvbcOibmlhCkRhdGE6IDE5IGFwcmlsaWUgMjAyNiwgMjI6NDcgKEVFU1QpCgpEYWPE
gyBhaSBmb3N0IHR1LCBwb8ibaSBpZ25vcmEgYWNlc3QgbWVzYWouCkRhY8SDIG51IHJlY3Vub8iZ
dGkgYWNlYXN0xIMgYWN0aXZpdGF0ZSwgw67Im2kgcmVjb21hbmTEg20gc8SDIMOuyJtpIHNjaGlt
YmkgaW1lZGlhdCBwYXJvbGEgyJlpIHPEgyBhY3RpdmV6aSBhdXRlbnRpZmljYXJlYSDDrm4gZG9p
IHBhyJlpOgpodHRwczovL2FjY291bnQuY2xvdWRpZnkuYXBwL3NlY3VyaXR5CgpFY2hpcGEgQ2xv
dWRpZnkKCkFpIHByaW1pdCBhY2VzdCBlLW1haWwgcGVudHJ1IGPEgyBlc3RlIGltcG9ydGFudCBw
ZW50cnUgc2VjdXJpdGF0ZWEgY29udHVsdWkgdMSDdS4gTnUgcG/Im2kgc8SDIHRlIGRlemFib25l
emkgZGUgbGEgbm90aWZpY8SDcmlsZSBkZSBzZWN1cml0YXRlLgo=
"""),
    ('el', 'carrier-shipping', 'automated', (), """From: =?UTF-8?B?zpXOm86kzpEgQ291cmllcg==?= <noreply@elta-courier.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zpcgzrHPgM6/z4PPhM6/zrvOriDPg86xz4IgNzAxOTI4Mzc0NiDOss+Bzq/Pg866zrXPhM6xzrkgzrrOsc64JyDOv860z4zOvQ==?=
Date: Wed, 15 Apr 2026 12:20:41 +0300
Message-ID: <7019283746.1776244841@notify.elta-courier.gr>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_20260415_7019283746"

------=_Part_20260415_7019283746
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gz4DOtc67zqzPhM63LAoKzpcgzrHPgM6/z4PPhM6/zrvOriDPg86xz4Ig
zrzOtSDOsc+BzrnOuM68z4wgNzAxOTI4Mzc0NiAozrHPgM6/z4PPhM6/zrvOrc6xz4I6IM6mz4XP
hM+Oz4HOuc6/IM6gzrHPgM6xzrTPjM+Azr/Phc67zr/PgiDOkS7OlS4pIM+AzrHPgc6xzrvOrs+G
zrjOt866zrUgzrHPgM+MIM+Ezr8gzrrOsc+EzqzPg8+EzrfOvM6xIM6YzrXPg8+DzrHOu86/zr3O
r866zrfPgiDOus6xzrkgzrLPgc6vz4POus61z4TOsc65IM66zrHOuCcgzr/OtM+Mzr0uCgrOkc69
zrHOvM61zr3PjM68zrXOvc63IM63zrzOtc+Bzr/OvM63zr3Or86xIM+AzrHPgc6szrTOv8+DzrfP
giDPg8+Ezr8gzrXOvs+Jz4TOtc+BzrnOus+MOiA1LTcgzrXPgc6zzqzPg865zrzOtc+CLgoKzqDO
sc+BzrHOus6/zrvOv8+FzrjOrs+Dz4TOtSDPhM63zr0gzrHPgM6/z4PPhM6/zrvOriDPg86xz4I6
IGh0dHBzOi8vd3d3LmVsdGEtY291cmllci5nci9zZWFyY2g/YnI9NzAxOTI4Mzc0NgoKzpzOtSDO
tc66z4TOr868zrfPg863LArOlc6bzqTOkSBDb3VyaWVyCgrOkc+Fz4TPjCDPhM6/IM68zq7Ovc+F
zrzOsSDPg8+EzqzOu864zrfOus61IM6xz4XPhM+MzrzOsc+EzrEuIM6gzrHPgc6xzrrOsc67zr/P
jc68zrUgzrzOt869IM6xz4DOsc69z4TOrM+EzrUuCs6TzrnOsSDPhM63zr0gzrXPgM61zr7Otc+B
zrPOsc+Dzq/OsSDPhM+Jzr0gz4DPgc6/z4PPic+AzrnOus+Ozr0gz4POsc+CIM60zrXOtM6/zrzO
rc69z4nOvSDOtM61zq/PhM61IM+EzrfOvSDOoM6/zrvOuc+EzrnOus6uIM6Rz4DOv8+Bz4HOrs+E
zr/PhSDPg8+Ezr8gd3d3LmVsdGEtY291cmllci5nci4K
------=_Part_20260415_7019283746
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHkgc3R5bGU9ImZvbnQtZmFtaWx5OkFyaWFsIj48ZGl2IHN0eWxlPSJtYXgtd2lk
dGg6NjAwcHg7bWFyZ2luOmF1dG8iPjxkaXYgc3R5bGU9ImJhY2tncm91bmQ6IzAwM2E3MDtjb2xv
cjojZmZmO3BhZGRpbmc6MTJweCI+PGI+JkVwc2lsb247JkxhbWJkYTsmVGF1OyZBbHBoYTsgQ291
cmllcjwvYj48L2Rpdj48cD7Okc6zzrHPgM63z4TOrSDPgM61zrvOrM+EzrcsPC9wPjxwPs6XIM6x
z4DOv8+Dz4TOv867zq4gz4POsc+CIM68zrUgzrHPgc65zrjOvM+MIDcwMTkyODM3NDYgKM6xz4DO
v8+Dz4TOv867zq3Osc+COiDOps+Fz4TPjs+BzrnOvyDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4Ig
zpEuzpUuKSDPgM6xz4HOsc67zq7Phs64zrfOus61IM6xz4DPjCDPhM6/IM66zrHPhM6sz4PPhM63
zrzOsSDOmM61z4PPg86xzrvOv869zq/Ous63z4IgzrrOsc65IM6yz4HOr8+DzrrOtc+EzrHOuSDO
us6xzrgnIM6/zrTPjM69LjwvcD48cD7Okc69zrHOvM61zr3PjM68zrXOvc63IM63zrzOtc+Bzr/O
vM63zr3Or86xIM+AzrHPgc6szrTOv8+DzrfPgiDPg8+Ezr8gzrXOvs+Jz4TOtc+BzrnOus+MOiA1
LTcgzrXPgc6zzqzPg865zrzOtc+CLjwvcD48cD7OoM6xz4HOsc66zr/Ou86/z4XOuM6uz4PPhM61
IM+EzrfOvSDOsc+Azr/Pg8+Ezr/Ou86uIM+DzrHPgjogaHR0cHM6Ly93d3cuZWx0YS1jb3VyaWVy
LmdyL3NlYXJjaD9icj03MDE5MjgzNzQ2PC9wPjxwPs6czrUgzrXOus+Ezq/OvM63z4POtyw8YnI+
zpXOm86kzpEgQ291cmllcjwvcD48cD7Okc+Fz4TPjCDPhM6/IM68zq7Ovc+FzrzOsSDPg8+EzqzO
u864zrfOus61IM6xz4XPhM+MzrzOsc+EzrEuIM6gzrHPgc6xzrrOsc67zr/Pjc68zrUgzrzOt869
IM6xz4DOsc69z4TOrM+EzrUuPGJyPs6TzrnOsSDPhM63zr0gzrXPgM61zr7Otc+BzrPOsc+Dzq/O
sSDPhM+Jzr0gz4DPgc6/z4PPic+AzrnOus+Ozr0gz4POsc+CIM60zrXOtM6/zrzOrc69z4nOvSDO
tM61zq/PhM61IM+EzrfOvSDOoM6/zrvOuc+EzrnOus6uIM6Rz4DOv8+Bz4HOrs+Ezr/PhSDPg8+E
zr8gd3d3LmVsdGEtY291cmllci5nci48YnI+PC9wPjwvZGl2PjwvYm9keT48L2h0bWw+Cg==
------=_Part_20260415_7019283746--
"""),
    ('el', 'calendar-reply', 'automated', (), """From: =?utf-8?B?zp3Or866zr/PgiDOk861z4nPgc6zzq/Ov8+F?= <n.georgiou@kipos-hellas.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zpHPgM6/zrTOtc66z4TPjDogzqPPjc+DzrrOtc+IzrcgzrPOuc6xIM+EzrEgzrHOuc+Ezq7OvM6xz4TOsSDPhc+Azr/Ous61zrnOvM6tzr3Pic69IChHRFBSKQ==?=
Thread-Topic: =?utf-8?B?zqPPjc+DzrrOtc+IzrcgzrPOuc6xIM+EzrEgzrHOuc+Ezq7OvM6xz4TOsSDPhc+Azr/Ous61zrnOvM6tzr3Pic69IChHRFBSKQ==?=
Date: Sat, 18 Apr 2026 06:45:12 +0000
Message-ID: <AS8PR08MB9D4E5F6A7B8C9@AS8PR08MB9123.eurprd08.prod.outlook.com>
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_AS8PR08MB9D4E5F6A7B8C9AS8P_"

--_000_AS8PR08MB9D4E5F6A7B8C9AS8P_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Cg==
--_000_AS8PR08MB9D4E5F6A7B8C9AS8P_
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: base64

QkVHSU46VkNBTEVOREFSCk1FVEhPRDpSRVBMWQpQUk9ESUQ6TWljcm9zb2Z0IEV4Y2hhbmdlIFNl
cnZlciAyMDEwClZFUlNJT046Mi4wCkJFR0lOOlZFVkVOVApBVFRFTkRFRTtQQVJUU1RBVD1BQ0NF
UFRFRDtDTj3Onc6vzrrOv8+CIM6TzrXPic+BzrPOr86/z4U6bWFpbHRvOm4uZ2Vvcmdpb3VAa2lw
b3MtaGVsbGFzLmdyCkNPTU1FTlQ7TEFOR1VBR0U9ZWwtR1I6XG4KU1VNTUFSWTtMQU5HVUFHRT1l
bC1HUjrOkc+Azr/OtM61zrrPhM+MOiDOo8+Nz4POus61z4jOtyDOs865zrEgz4TOsSDOsc65z4TO
rs68zrHPhM6xIM+Fz4DOv866zrXOuc68zq3Ovc+Jzr0gKEdEUFIpCkRUU1RBUlQ7VFpJRD1HVEIg
U3RhbmRhcmQgVGltZToyMDI2MDQyM1QxMjAwMDAKRFRFTkQ7VFpJRD1HVEIgU3RhbmRhcmQgVGlt
ZToyMDI2MDQyM1QxMzAwMDAKVUlEOjA0MDAwMDAwODIwMEUwMDA3NEM1QjcxMDFBODJFMDA4MDAw
MDAwMDBFMUYyQTNCNEM1Q0FEQzAxMDAwMDAwMDAwMDAwMDAwMDEwMDAwMDAwRDRFNUY2QTdCOEM5
RDBFMUYyQTNCNEM1RDZFN0Y4MDkKRFRTVEFNUDoyMDI2MDQxOFQwNjQ1MTJaClNFUVVFTkNFOjAK
TE9DQVRJT047TEFOR1VBR0U9ZWwtR1I6zqPPjc+DzrrOtc+IzrcgTWljcm9zb2Z0IFRlYW1zCkVO
RDpWRVZFTlQKRU5EOlZDQUxFTkRBUgo=
--_000_AS8PR08MB9D4E5F6A7B8C9AS8P_--
"""),
    ('el', 'survey-invitation', 'automated', (), """From: =?UTF-8?B?zprOt8+Azr/PhM61z4fOvc65zrrOriDOkS7OlS4=?= <support@kipotechniki.gr>
To: privacy@shop.example.be
Subject: =?utf-8?B?zqDPjs+CIM+EzrEgz4DOrs6zzrHOvM61OyDOkc6+zrnOv867zr/Os86uz4PPhM61IM+EzrfOvSDOtc6+z4XPgM63z4HOrc+EzrfPg863IFsjNTUxMjdd?=
Date: Thu, 09 Apr 2026 15:30:00 +0300
Message-ID: <csat.55127.1775737800@helpdesk.kipotechniki.gr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=A0=CF=8E=CF=82 =CF=84=CE=B1 =CF=80=CE=AE=CE=B3=CE=B1=CE=BC=CE=B5;

=CE=93=CE=B5=CE=B9=CE=B1 =CF=83=CE=B1=CF=82,

=CE=A0=CF=81=CF=8C=CF=83=CF=86=CE=B1=CF=84=CE=B1 =CE=B5=CF=80=CE=B9=CE=BA=
=CE=BF=CE=B9=CE=BD=CF=89=CE=BD=CE=AE=CF=83=CE=B1=CF=84=CE=B5 =CE=BC=CE=B5 =
=CF=84=CE=B7=CE=BD =CE=B5=CE=BE=CF=85=CF=80=CE=B7=CF=81=CE=AD=CF=84=CE=B7=
=CF=83=CE=B7 =CF=80=CE=B5=CE=BB=CE=B1=CF=84=CF=8E=CE=BD =CF=84=CE=B7=CF=82 =
=CE=9A=CE=B7=CF=80=CE=BF=CF=84=CE=B5=CF=87=CE=BD=CE=B9=CE=BA=CE=AE =CE=91.=
=CE=95. (=CE=B1=CE=AF=CF=84=CE=B7=CE=BC=CE=B1 #55127). =CE=98=CE=B1 =CE=B8=
=CE=AD=CE=BB=CE=B1=CE=BC=CE=B5 =CE=BD=CE=B1 =CE=BC=CE=AC=CE=B8=CE=BF=CF=85=
=CE=BC=CE=B5 =CF=80=CF=8E=CF=82 =CF=83=CE=B1=CF=82 =CF=86=CE=AC=CE=BD=CE=B7=
=CE=BA=CE=B5.

=CE=A0=CF=8C=CF=83=CE=BF =CE=B9=CE=BA=CE=B1=CE=BD=CE=BF=CF=80=CE=BF=CE=B9=
=CE=B7=CE=BC=CE=AD=CE=BD=CE=BF=CE=B9 =CE=BC=CE=B5=CE=AF=CE=BD=CE=B1=CF=84=
=CE=B5 =CE=B1=CF=80=CF=8C =CF=84=CE=B7=CE=BD =CE=B5=CE=BE=CF=85=CF=80=CE=B7=
=CF=81=CE=AD=CF=84=CE=B7=CF=83=CE=B7;
=CE=A0=CE=BF=CE=BB=CF=8D =CE=B9=CE=BA=CE=B1=CE=BD=CE=BF=CF=80=CE=BF=CE=B9=
=CE=B7=CE=BC=CE=AD=CE=BD=CE=BF=CF=82: https://survey.kipotechniki.gr/r/5512=
7?v=3D5
=CE=99=CE=BA=CE=B1=CE=BD=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=BC=CE=AD=CE=BD=CE=
=BF=CF=82: https://survey.kipotechniki.gr/r/55127?v=3D4
=CE=9F=CF=85=CE=B4=CE=AD=CF=84=CE=B5=CF=81=CE=BF=CF=82: https://survey.kipo=
techniki.gr/r/55127?v=3D3
=CE=9C=CE=B7 =CE=B9=CE=BA=CE=B1=CE=BD=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=BC=
=CE=AD=CE=BD=CE=BF=CF=82: https://survey.kipotechniki.gr/r/55127?v=3D2

=CE=97 =CE=AD=CF=81=CE=B5=CF=85=CE=BD=CE=B1 =CE=B4=CE=B9=CE=B1=CF=81=CE=BA=
=CE=B5=CE=AF =CE=BB=CE=B9=CE=B3=CF=8C=CF=84=CE=B5=CF=81=CE=BF =CE=B1=CF=80=
=CF=8C =CE=AD=CE=BD=CE=B1 =CE=BB=CE=B5=CF=80=CF=84=CF=8C.

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CE=BF=CF=8D=CE=BC=CE=B5,
=CE=97 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CE=B5=CE=BE=CF=85=CF=80=CE=B7=CF=81=
=CE=AD=CF=84=CE=B7=CF=83=CE=B7=CF=82 =CF=80=CE=B5=CE=BB=CE=B1=CF=84=CF=8E=
=CE=BD

=CE=93=CE=B9=CE=B1 =CE=BD=CE=B1 =CE=BC=CE=B7 =CE=BB=CE=B1=CE=BC=CE=B2=CE=AC=
=CE=BD=CE=B5=CF=84=CE=B5 =CF=80=CE=BB=CE=AD=CE=BF=CE=BD =CE=AD=CF=81=CE=B5=
=CF=85=CE=BD=CE=B5=CF=82 =CE=B9=CE=BA=CE=B1=CE=BD=CE=BF=CF=80=CE=BF=CE=AF=
=CE=B7=CF=83=CE=B7=CF=82, =CF=80=CE=B1=CF=84=CE=AE=CF=83=CF=84=CE=B5 =CE=B5=
=CE=B4=CF=8E: https://survey.kipotechniki.gr/optout?t=3D55127
=CE=A4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=CE=AC =CF=83=
=CE=B1=CF=82 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CE=B1 =CE=B5=CF=80=
=CE=B5=CE=BE=CE=B5=CF=81=CE=B3=CE=AC=CE=B6=CE=BF=CE=BD=CF=84=CE=B1=CE=B9 =
=CF=83=CF=8D=CE=BC=CF=86=CF=89=CE=BD=CE=B1 =CE=BC=CE=B5 =CF=84=CE=BF=CE=BD =
=CE=93=CE=9A=CE=A0=CE=94 =CE=BA=CE=B1=CE=B9 =CF=84=CE=B7=CE=BD =CE=A0=CE=BF=
=CE=BB=CE=B9=CF=84=CE=B9=CE=BA=CE=AE =CE=91=CF=80=CE=BF=CF=81=CF=81=CE=AE=
=CF=84=CE=BF=CF=85 =CE=BC=CE=B1=CF=82.
"""),
    ('el', 'person-reply-autoack', 'complaint', ('deletion',), """From: =?UTF-8?B?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+EzrnOvc6vzrTOv8+F?= <maria.konst82@yahoo.gr>
To: privacy@shop.example.be
Subject: Re: =?UTF-8?B?W86Rzq/PhM63zrzOsSAjNDgyMTNdIM6bzqzOss6xzrzOtSDPhM6/IM68zq7Ovc+FzrzOrCDPg86xz4I=?=
Date: Mon, 20 Apr 2026 21:05:44 +0300
Message-ID: <1245678901.3344556.1776708344556@mail.yahoo.com>
In-Reply-To: <autoack-48213@support.shop.example.be>
X-Mailer: WebService/1.1.25367 YMailNorrin
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=AD=CF=87=CE=BF=CF=85=CE=BD =CF=80=CE=B5=CF=81=CE=AC=CF=83=CE=B5=CE=B9 =
=CE=AD=CE=BE=CE=B9 =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=AC=CE=B4=CE=B5=CF=82 =
=CE=B1=CF=80=CF=8C =CE=B1=CF=85=CF=84=CF=8C =CF=84=CE=BF =CE=B1=CF=85=CF=84=
=CF=8C=CE=BC=CE=B1=CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1 =CE=BA=
=CE=B1=CE=B9 =CE=B4=CE=B5=CE=BD =CE=AD=CF=87=CF=89 =CE=BB=CE=AC=CE=B2=CE=B5=
=CE=B9 =CE=BA=CE=B1=CE=BC=CE=AF=CE=B1 =CE=B1=CF=80=CE=AC=CE=BD=CF=84=CE=B7=
=CF=83=CE=B7. =CE=95=CE=AF=CF=87=CE=B1 =CE=B6=CE=B7=CF=84=CE=AE=CF=83=CE=B5=
=CE=B9 =CE=BD=CE=B1 =CE=BA=CE=BB=CE=B5=CE=AF=CF=83=CE=B5=CE=B9 =CE=BF =CE=
=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=B1=CF=83=CE=BC=CF=8C=CF=82 =CE=BC=CE=
=BF=CF=85 =CE=BA=CE=B1=CE=B9 =CE=BD=CE=B1 =CF=83=CE=B2=CE=B7=CF=83=CF=84=CE=
=BF=CF=8D=CE=BD =CF=8C=CE=BB=CE=B1 =CF=84=CE=B1 =CF=83=CF=84=CE=BF=CE=B9=CF=
=87=CE=B5=CE=AF=CE=B1 =CE=BC=CE=BF=CF=85 (=CF=8C=CE=BD=CE=BF=CE=BC=CE=B1, =
=CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=CF=83=CE=B7, =CF=84=CE=B7=CE=BB=
=CE=AD=CF=86=CF=89=CE=BD=CE=BF, =CE=BA=CE=AC=CF=81=CF=84=CE=B1 =CF=80=CF=8C=
=CE=BD=CF=84=CF=89=CE=BD). =CE=9F =CE=BB=CE=BF=CE=B3=CE=B1=CF=81=CE=B9=CE=
=B1=CF=83=CE=BC=CF=8C=CF=82 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=B1=CE=BA=CF=
=8C=CE=BC=CE=B1 =CE=B5=CE=BD=CE=B5=CF=81=CE=B3=CF=8C=CF=82 =CE=BA=CE=B1=CE=
=B9 =CF=83=CF=85=CE=BD=CE=B5=CF=87=CE=AF=CE=B6=CF=89 =CE=BD=CE=B1 =CF=80=CE=
=B1=CE=AF=CF=81=CE=BD=CF=89 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=
=B1.

=CE=A3=CE=B1=CF=82 =CF=80=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CF=8E =CE=BD=
=CE=B1 =CF=84=CE=BF =CE=B4=CE=B9=CE=B5=CE=BA=CF=80=CE=B5=CF=81=CE=B1=CE=B9=
=CF=8E=CF=83=CE=B5=CF=84=CE=B5 =CE=B5=CF=80=CE=B9=CF=84=CE=AD=CE=BB=CE=BF=
=CF=85=CF=82. =CE=91=CE=BD =CE=B4=CE=B5=CE=BD =CE=AD=CF=87=CF=89 =CE=BD=CE=
=AD=CE=B1 =CF=83=CE=B1=CF=82 =CE=BC=CE=AD=CF=83=CE=B1 =CF=83=CE=B5 =CE=B1=
=CF=85=CF=84=CE=AE =CF=84=CE=B7=CE=BD =CE=B5=CE=B2=CE=B4=CE=BF=CE=BC=CE=AC=
=CE=B4=CE=B1, =CE=B8=CE=B1 =CE=BA=CE=AC=CE=BD=CF=89 =CE=BA=CE=B1=CF=84=CE=
=B1=CE=B3=CE=B3=CE=B5=CE=BB=CE=AF=CE=B1 =CF=83=CF=84=CE=B7=CE=BD =CE=91=CF=
=81=CF=87=CE=AE =CE=A0=CF=81=CE=BF=CF=83=CF=84=CE=B1=CF=83=CE=AF=CE=B1=CF=
=82 =CE=94=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD.

=CE=9C=CE=B1=CF=81=CE=AF=CE=B1 =CE=9A=CF=89=CE=BD=CF=83=CF=84=CE=B1=CE=BD=
=CF=84=CE=B9=CE=BD=CE=AF=CE=B4=CE=BF=CF=85

=CE=A3=CF=84=CE=B9=CF=82 =CE=94=CE=B5=CF=85=CF=84=CE=AD=CF=81=CE=B1 9 =CE=
=9C=CE=B1=CF=81=CF=84=CE=AF=CE=BF=CF=85 2026 =CF=83=CF=84=CE=B9=CF=82 10:14=
:02 =CF=80.=CE=BC. EET, Shop Example Support <support@shop.example.be> =CE=
=AD=CE=B3=CF=81=CE=B1=CF=88=CE=B5:

[=CE=91=CE=AF=CF=84=CE=B7=CE=BC=CE=B1 #48213] =CE=9B=CE=AC=CE=B2=CE=B1=CE=
=BC=CE=B5 =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=AC =CF=83=CE=B1=CF=
=82

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CE=BF=CF=8D=CE=BC=CE=B5 =
=CE=B3=CE=B9=CE=B1 =CF=84=CE=B7=CE=BD =CE=B5=CF=80=CE=B9=CE=BA=CE=BF=CE=B9=
=CE=BD=CF=89=CE=BD=CE=AF=CE=B1. =CE=A4=CE=BF =CE=B1=CE=AF=CF=84=CE=B7=CE=BC=
=CE=AC =CF=83=CE=B1=CF=82 =CE=BA=CE=B1=CF=84=CE=B1=CF=87=CF=89=CF=81=CE=AE=
=CE=B8=CE=B7=CE=BA=CE=B5 =CE=BC=CE=B5 =CE=B1=CF=81=CE=B9=CE=B8=CE=BC=CF=8C =
#48213 =CE=BA=CE=B1=CE=B9 =CE=B8=CE=B1 =CF=83=CE=B1=CF=82 =CE=B1=CF=80=CE=
=B1=CE=BD=CF=84=CE=AE=CF=83=CE=BF=CF=85=CE=BC=CE=B5 =CF=84=CE=BF =CF=83=CF=
=85=CE=BD=CF=84=CE=BF=CE=BC=CF=8C=CF=84=CE=B5=CF=81=CE=BF =CE=B4=CF=85=CE=
=BD=CE=B1=CF=84=CF=8C.
=CE=91=CF=85=CF=84=CF=8C =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9 =CE=AD=CE=BD=CE=B1 =
=CE=B1=CF=85=CF=84=CE=BF=CE=BC=CE=B1=CF=84=CE=BF=CF=80=CE=BF=CE=B9=CE=B7=CE=
=BC=CE=AD=CE=BD=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=CE=BC=CE=B1.
"""),
    ('bg', 'carrier-shipping', 'automated', (), """From: Speedy <noreply@speedy.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J/RgNCw0YLQutCwIDYxMjM0NTY3ODkwIOKAkyDQvtGH0LDQutCy0LDQudGC0LUg0LTQvtGB0YLQsNCy0LrQsCDQtNC90LXRgQ==?=
Date: Fri, 17 Apr 2026 08:05:19 +0300
Message-ID: <61234567890.20260417080519@notifications.speedy.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0J/RgNCw0YLQutCwINGBINGC0L7QstCw0YDQuNGC0LXQu9C9
0LjRhtCwIDYxMjM0NTY3ODkwINC+0YIg0L/QvtC00LDRgtC10Lsg0KDQsNC30YHQsNC00L3QuNC6
INCY0LLQsNC90L7QstC4INCV0J7QntCUINGJ0LUg0LHRitC00LUg0LTQvtGB0YLQsNCy0LXQvdCw
INC00L3QtdGBLCAxNy4wNC4yMDI2INCzLiwg0LzQtdC20LTRgyAxMDowMCDQuCAxNDowMCDRhy4K
CtCa0YPRgNC40LXRgNGK0YIg0YnQtSDRgdC1INC+0LHQsNC00Lgg0L/RgNC10LTQuCDQtNC+0YHR
gtCw0LLQutCw0YLQsC4K0JTRitC70LbQuNC80LAg0YHRg9C80LAg0L/RgNC4INC00L7RgdGC0LDQ
stC60LA6IDAsMDAg0LvQsi4KCtCf0YDQvtGB0LvQtdC00LXRgtC1INC/0YDQsNGC0LrQsNGC0LA6
IGh0dHBzOi8vd3d3LnNwZWVkeS5iZy9iZy90cmFjay1zaGlwbWVudD9zaGlwbWVudE51bWJlcj02
MTIzNDU2Nzg5MAoK0J/QvtC30LTRgNCw0LLQuCwK0JXQutC40L/RitGCINC90LAg0KHQv9C40LTQ
uAoK0KLQvtCy0LAg0YHRitC+0LHRidC10L3QuNC1INC1INCz0LXQvdC10YDQuNGA0LDQvdC+INCw
0LLRgtC+0LzQsNGC0LjRh9C90L4uINCc0L7Qu9GPLCDQvdC1INC+0YLQs9C+0LLQsNGA0Y/QudGC
0LUg0L3QsCDQvdC10LPQvi4K
"""),
    ('bg', 'gdpr-newsletter', 'automated', (), """From: DataGuard Consult <news@dataguard-consult.bg>
To: privacy@shop.example.be
Subject: =?utf-8?B?0KPQtdCx0LjQvdCw0YA6IDUg0L3QtdGJ0LAsINC60L7QuNGC0L4g0LLRgdGP0LrQviDQlNCb0JfQlCDRgtGA0Y/QsdCy0LAg0LTQsCDQt9C90LDQtSDQv9GA0LXQtyAyMDI2INCzLg==?=
Date: Thu, 16 Apr 2026 10:30:00 +0300
Message-ID: <b3e1d7a9c2f4.1776324600@dataguard-consult.bg>
List-Unsubscribe: <https://dataguard-consult.bg/unsubscribe?u=b3e1d7>
Precedence: bulk
X-Mailer: Swift Mailer
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_=_swift_1776330000_b3e1d7a9c2f4_=_"

--_=_swift_1776330000_b3e1d7a9c2f4_=_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

=D0=A3=D0=B5=D0=B1=D0=B8=D0=BD=D0=B0=D1=80: 5 =D0=BD=D0=B5=D1=89=D0=B0, =D0=
=BA=D0=BE=D0=B8=D1=82=D0=BE =D0=B2=D1=81=D1=8F=D0=BA=D0=BE =D0=B4=D0=BB=D1=
=8A=D0=B6=D0=BD=D0=BE=D1=81=D1=82=D0=BD=D0=BE =D0=BB=D0=B8=D1=86=D0=B5 =D0=
=BF=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =D0=B4=D0=B0=D0=
=BD=D0=BD=D0=B8=D1=82=D0=B5 =D1=82=D1=80=D1=8F=D0=B1=D0=B2=D0=B0 =D0=B4=D0=
=B0 =D0=B7=D0=BD=D0=B0=D0=B5 =D0=BF=D1=80=D0=B5=D0=B7 2026 =D0=B3.

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9A=D0=B0=D0=BD=D0=B8=D0=BC =D0=92=D0=B8 =D0=BD=D0=B0 =D0=B1=D0=B5=D0=B7=
=D0=BF=D0=BB=D0=B0=D1=82=D0=B5=D0=BD =D0=BE=D0=BD=D0=BB=D0=B0=D0=B9=D0=BD =
=D1=81=D0=B5=D0=BC=D0=B8=D0=BD=D0=B0=D1=80 =D0=BD=D0=B0 14 =D0=BC=D0=B0=D0=
=B9 2026 =D0=B3. =D0=BE=D1=82 11:00 =D1=87.

=D0=A9=D0=B5 =D0=BE=D0=B1=D1=81=D1=8A=D0=B4=D0=B8=D0=BC:
1. =D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=B8=D1=8F =D0=B7=D0=B0 =D0=B4=D0=BE=D1=
=81=D1=82=D1=8A=D0=BF =D0=BF=D0=BE =D1=87=D0=BB. 15 =D0=BE=D1=82 =D0=9E=D0=
=A0=D0=97=D0=94 =E2=80=93 =D1=81=D1=80=D0=BE=D0=BA=D0=BE=D0=B2=D0=B5 =D0=B8=
 =D0=BA=D0=B0=D0=BA =D0=B4=D0=B0 =D0=BD=D0=B5 =D0=BF=D1=80=D0=BE=D0=BF=D1=
=83=D1=81=D0=BD=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=B2 CRM=
 =D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=BC=D0=B0=D1=82=D0=B0
2. =D0=9F=D1=80=D0=B0=D0=B2=D0=BE =D0=BD=D0=B0 =D0=B8=D0=B7=D1=82=D1=80=D0=
=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D1=81=D1=80=D0=B5=D1=89=D1=83 =D0=B7=D0=B0=D0=
=B4=D1=8A=D0=BB=D0=B6=D0=B5=D0=BD=D0=B8=D1=8F =D0=B7=D0=B0 =D1=81=D1=8A=D1=
=85=D1=80=D0=B0=D0=BD=D0=B5=D0=BD=D0=B8=D0=B5 =D0=BF=D0=BE =D0=97=D0=B0=D0=
=BA=D0=BE=D0=BD=D0=B0 =D0=B7=D0=B0 =D1=81=D1=87=D0=B5=D1=82=D0=BE=D0=B2=D0=
=BE=D0=B4=D1=81=D1=82=D0=B2=D0=BE=D1=82=D0=BE
3. =D0=92=D1=8A=D0=B7=D1=80=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D1=8F =D1=81=D1=
=80=D0=B5=D1=89=D1=83 =D0=B4=D0=B8=D1=80=D0=B5=D0=BA=D1=82=D0=B5=D0=BD =D0=
=BC=D0=B0=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3 =D0=B8 =D1=81=D0=BF=D0=
=B8=D1=81=D1=8A=D1=86=D0=B8 =D0=B7=D0=B0 =D0=BF=D0=BE=D1=82=D0=B8=D1=81=D0=
=BA=D0=B0=D0=BD=D0=B5
4. =D0=9E=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=D0=BD=D0=B5 =D0=BD=D0=B0 =D1=
=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5 =D0=B7=D0=B0 =D0=B1=D1=8E=D0=
=BB=D0=B5=D1=82=D0=B8=D0=BD=D0=B8 =E2=80=93 =D0=BA=D0=B0=D0=BA=D0=B2=D0=BE =
=D0=B4=D0=BE=D0=BA=D0=B0=D0=B7=D0=B2=D0=B0, =D1=87=D0=B5 =D0=B5 =D0=B4=D0=
=B0=D0=B4=D0=B5=D0=BD=D0=BE
5. =D0=96=D0=B0=D0=BB=D0=B1=D0=B8 =D0=B4=D0=BE =D0=9A=D0=97=D0=9B=D0=94 =E2=
=80=93 =D0=BD=D0=B0=D0=B9-=D1=87=D0=B5=D1=81=D1=82=D0=B8=D1=82=D0=B5 =D0=BF=
=D1=80=D0=B8=D1=87=D0=B8=D0=BD=D0=B8 =D0=B8 =D0=BA=D0=B0=D0=BA =D0=B4=D0=B0=
 =D0=B3=D0=B8 =D0=B8=D0=B7=D0=B1=D0=B5=D0=B3=D0=BD=D0=B5=D1=82=D0=B5

=D0=9B=D0=B5=D0=BA=D1=82=D0=BE=D1=80=D0=B8: =D0=B0=D0=B4=D0=B2. =D0=9C=D0=
=B0=D1=80=D0=B8=D1=8F =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0 =D0=B8 =D0=
=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8 =D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=80=D0=
=BE=D0=B2, CIPP/E

=D0=A0=D0=B5=D0=B3=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=86=D0=B8=D1=8F: https:/=
/events.dataguard-consult.bg/webinar-dlzd-2026

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 DataGuard Consult

---
=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=
=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=B9=D0=BB, =D0=B7=D0=B0=D1=89=D0=BE=D1=82=
=D0=BE =D1=81=D1=82=D0=B5 =D0=B0=D0=B1=D0=BE=D0=BD=D0=B8=D1=80=D0=B0=D0=BD=
=D0=B8 =D0=B7=D0=B0 =D0=B1=D1=8E=D0=BB=D0=B5=D1=82=D0=B8=D0=BD=D0=B0 =D0=BD=
=D0=B0 DataGuard Consult.
=D0=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5: https://dataguard-c=
onsult.bg/unsubscribe?u=3Db3e1d7
=D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=D0=B2=D0=B0=D0=BC=D0=B5 =D0=BB=
=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=92=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=
=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=BD=D0=BE =D0=BD=D0=B0=D1=88=
=D0=B0=D1=82=D0=B0 =D0=9F=D0=BE=D0=BB=D0=B8=D1=82=D0=B8=D0=BA=D0=B0 =D0=B7=
=D0=B0 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=
=D1=81=D1=82. =D0=90=D0=BA=D0=BE =D0=B6=D0=B5=D0=BB=D0=B0=D0=B5=D1=82=D0=B5=
 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D0=92=D0=B8 =D0=B4=D0=B0 =D0=
=B1=D1=8A=D0=B4=D0=B0=D1=82 =D0=B8=D0=B7=D1=82=D1=80=D0=B8=D1=82=D0=B8, =D0=
=BF=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D0=BD=D0=B0 dpo@dataguard-consult.bg.
--_=_swift_1776330000_b3e1d7a9c2f4_=_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial"><div style=3D"max-width:600px;margi=
n:auto"><p>=D0=A3=D0=B5=D0=B1=D0=B8=D0=BD=D0=B0=D1=80: 5 =D0=BD=D0=B5=D1=89=
=D0=B0, =D0=BA=D0=BE=D0=B8=D1=82=D0=BE =D0=B2=D1=81=D1=8F=D0=BA=D0=BE =D0=
=B4=D0=BB=D1=8A=D0=B6=D0=BD=D0=BE=D1=81=D1=82=D0=BD=D0=BE =D0=BB=D0=B8=D1=
=86=D0=B5 =D0=BF=D0=BE =D0=B7=D0=B0=D1=89=D0=B8=D1=82=D0=B0 =D0=BD=D0=B0 =
=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =D1=82=D1=80=D1=8F=D0=B1=D0=B2=
=D0=B0 =D0=B4=D0=B0 =D0=B7=D0=BD=D0=B0=D0=B5 =D0=BF=D1=80=D0=B5=D0=B7 2026 =
=D0=B3.</p><p>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,</p><p=
>=D0=9A=D0=B0=D0=BD=D0=B8=D0=BC =D0=92=D0=B8 =D0=BD=D0=B0 =D0=B1=D0=B5=D0=
=B7=D0=BF=D0=BB=D0=B0=D1=82=D0=B5=D0=BD =D0=BE=D0=BD=D0=BB=D0=B0=D0=B9=D0=
=BD =D1=81=D0=B5=D0=BC=D0=B8=D0=BD=D0=B0=D1=80 =D0=BD=D0=B0 14 =D0=BC=D0=B0=
=D0=B9 2026 =D0=B3. =D0=BE=D1=82 11:00 =D1=87.</p><p>=D0=A9=D0=B5 =D0=BE=D0=
=B1=D1=81=D1=8A=D0=B4=D0=B8=D0=BC:<br>1. =D0=98=D1=81=D0=BA=D0=B0=D0=BD=D0=
=B8=D1=8F =D0=B7=D0=B0 =D0=B4=D0=BE=D1=81=D1=82=D1=8A=D0=BF =D0=BF=D0=BE =
=D1=87=D0=BB. 15 =D0=BE=D1=82 =D0=9E=D0=A0=D0=97=D0=94 =E2=80=93 =D1=81=D1=
=80=D0=BE=D0=BA=D0=BE=D0=B2=D0=B5 =D0=B8 =D0=BA=D0=B0=D0=BA =D0=B4=D0=B0 =
=D0=BD=D0=B5 =D0=BF=D1=80=D0=BE=D0=BF=D1=83=D1=81=D0=BD=D0=B5=D1=82=D0=B5 =
=D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D0=B2 CRM =D1=81=D0=B8=D1=81=D1=82=D0=B5=D0=
=BC=D0=B0=D1=82=D0=B0<br>2. =D0=9F=D1=80=D0=B0=D0=B2=D0=BE =D0=BD=D0=B0 =D0=
=B8=D0=B7=D1=82=D1=80=D0=B8=D0=B2=D0=B0=D0=BD=D0=B5 =D1=81=D1=80=D0=B5=D1=
=89=D1=83 =D0=B7=D0=B0=D0=B4=D1=8A=D0=BB=D0=B6=D0=B5=D0=BD=D0=B8=D1=8F =D0=
=B7=D0=B0 =D1=81=D1=8A=D1=85=D1=80=D0=B0=D0=BD=D0=B5=D0=BD=D0=B8=D0=B5 =D0=
=BF=D0=BE =D0=97=D0=B0=D0=BA=D0=BE=D0=BD=D0=B0 =D0=B7=D0=B0 =D1=81=D1=87=D0=
=B5=D1=82=D0=BE=D0=B2=D0=BE=D0=B4=D1=81=D1=82=D0=B2=D0=BE=D1=82=D0=BE<br>3.=
 =D0=92=D1=8A=D0=B7=D1=80=D0=B0=D0=B6=D0=B5=D0=BD=D0=B8=D1=8F =D1=81=D1=80=
=D0=B5=D1=89=D1=83 =D0=B4=D0=B8=D1=80=D0=B5=D0=BA=D1=82=D0=B5=D0=BD =D0=BC=
=D0=B0=D1=80=D0=BA=D0=B5=D1=82=D0=B8=D0=BD=D0=B3 =D0=B8 =D1=81=D0=BF=D0=B8=
=D1=81=D1=8A=D1=86=D0=B8 =D0=B7=D0=B0 =D0=BF=D0=BE=D1=82=D0=B8=D1=81=D0=BA=
=D0=B0=D0=BD=D0=B5<br>4. =D0=9E=D1=82=D1=82=D0=B5=D0=B3=D0=BB=D1=8F=D0=BD=
=D0=B5 =D0=BD=D0=B0 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=D0=B8=D0=B5 =D0=B7=
=D0=B0 =D0=B1=D1=8E=D0=BB=D0=B5=D1=82=D0=B8=D0=BD=D0=B8 =E2=80=93 =D0=BA=D0=
=B0=D0=BA=D0=B2=D0=BE =D0=B4=D0=BE=D0=BA=D0=B0=D0=B7=D0=B2=D0=B0, =D1=87=D0=
=B5 =D0=B5 =D0=B4=D0=B0=D0=B4=D0=B5=D0=BD=D0=BE<br>5. =D0=96=D0=B0=D0=BB=D0=
=B1=D0=B8 =D0=B4=D0=BE =D0=9A=D0=97=D0=9B=D0=94 =E2=80=93 =D0=BD=D0=B0=D0=
=B9-=D1=87=D0=B5=D1=81=D1=82=D0=B8=D1=82=D0=B5 =D0=BF=D1=80=D0=B8=D1=87=D0=
=B8=D0=BD=D0=B8 =D0=B8 =D0=BA=D0=B0=D0=BA =D0=B4=D0=B0 =D0=B3=D0=B8 =D0=B8=
=D0=B7=D0=B1=D0=B5=D0=B3=D0=BD=D0=B5=D1=82=D0=B5</p><p>=D0=9B=D0=B5=D0=BA=
=D1=82=D0=BE=D1=80=D0=B8: =D0=B0=D0=B4=D0=B2. =D0=9C=D0=B0=D1=80=D0=B8=D1=
=8F =D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2=D0=B0 =D0=B8 =D0=93=D0=B5=D0=BE=D1=
=80=D0=B3=D0=B8 =D0=94=D0=B8=D0=BC=D0=B8=D1=82=D1=80=D0=BE=D0=B2, CIPP/E</p=
><p>=D0=A0=D0=B5=D0=B3=D0=B8=D1=81=D1=82=D1=80=D0=B0=D1=86=D0=B8=D1=8F: htt=
ps://events.dataguard-consult.bg/webinar-dlzd-2026</p><p>=D0=9F=D0=BE=D0=B7=
=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,<br>=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=
=BD=D0=B0 DataGuard Consult</p><p>---<br>=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=
=B0=D0=B2=D0=B0=D1=82=D0=B5 =D1=82=D0=BE=D0=B7=D0=B8 =D0=B8=D0=BC=D0=B5=D0=
=B9=D0=BB, =D0=B7=D0=B0=D1=89=D0=BE=D1=82=D0=BE =D1=81=D1=82=D0=B5 =D0=B0=
=D0=B1=D0=BE=D0=BD=D0=B8=D1=80=D0=B0=D0=BD=D0=B8 =D0=B7=D0=B0 =D0=B1=D1=8E=
=D0=BB=D0=B5=D1=82=D0=B8=D0=BD=D0=B0 =D0=BD=D0=B0 DataGuard Consult.<br>=D0=
=9E=D1=82=D0=BF=D0=B8=D1=81=D0=B2=D0=B0=D0=BD=D0=B5: https://dataguard-cons=
ult.bg/unsubscribe?u=3Db3e1d7<br>=D0=9E=D0=B1=D1=80=D0=B0=D0=B1=D0=BE=D1=82=
=D0=B2=D0=B0=D0=BC=D0=B5 =D0=BB=D0=B8=D1=87=D0=BD=D0=B8=D1=82=D0=B5 =D0=92=
=D0=B8 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8 =D1=81=D1=8A=D0=B3=D0=BB=D0=B0=D1=81=
=D0=BD=D0=BE =D0=BD=D0=B0=D1=88=D0=B0=D1=82=D0=B0 =D0=9F=D0=BE=D0=BB=D0=B8=
=D1=82=D0=B8=D0=BA=D0=B0 =D0=B7=D0=B0 =D0=BF=D0=BE=D0=B2=D0=B5=D1=80=D0=B8=
=D1=82=D0=B5=D0=BB=D0=BD=D0=BE=D1=81=D1=82. =D0=90=D0=BA=D0=BE =D0=B6=D0=B5=
=D0=BB=D0=B0=D0=B5=D1=82=D0=B5 =D0=B4=D0=B0=D0=BD=D0=BD=D0=B8=D1=82=D0=B5 =
=D0=92=D0=B8 =D0=B4=D0=B0 =D0=B1=D1=8A=D0=B4=D0=B0=D1=82 =D0=B8=D0=B7=D1=82=
=D1=80=D0=B8=D1=82=D0=B8, =D0=BF=D0=B8=D1=88=D0=B5=D1=82=D0=B5 =D0=BD=D0=B0=
 dpo@dataguard-consult.bg.<br></p></div></body></html>
--_=_swift_1776330000_b3e1d7a9c2f4_=_--
"""),
    ('bg', 'password-reset', 'automated', (), """From: Fakturirane.bg <no-reply@fakturirane.bg>
To: privacy@shop.example.be
Subject: =?UTF-8?B?0J3Rg9C70LjRgNCw0L3QtSDQvdCwINC/0LDRgNC+0LvQsA==?=
Date: Tue, 21 Apr 2026 14:11:02 +0300
Message-ID: <pwreset.5f8e2a1c@fakturirane.bg>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=9F=D0=BE=D0=BB=D1=83=D1=87=D0=B8=D1=85=D0=BC=D0=B5 =D0=B7=D0=B0=D1=8F=
=D0=B2=D0=BA=D0=B0 =D0=B7=D0=B0 =D0=BD=D1=83=D0=BB=D0=B8=D1=80=D0=B0=D0=BD=
=D0=B5 =D0=BD=D0=B0 =D0=BF=D0=B0=D1=80=D0=BE=D0=BB=D0=B0=D1=82=D0=B0 =D0=B7=
=D0=B0 =D0=BF=D1=80=D0=BE=D1=84=D0=B8=D0=BB=D0=B0 privacy@shop.example.be =
=D0=B2=D1=8A=D0=B2 Fakturirane.bg.

=D0=97=D0=B0 =D0=B4=D0=B0 =D0=B7=D0=B0=D0=B4=D0=B0=D0=B4=D0=B5=D1=82=D0=B5 =
=D0=BD=D0=BE=D0=B2=D0=B0 =D0=BF=D0=B0=D1=80=D0=BE=D0=BB=D0=B0, =D0=BE=D1=82=
=D0=B2=D0=BE=D1=80=D0=B5=D1=82=D0=B5 =D1=81=D0=BB=D0=B5=D0=B4=D0=BD=D0=B8=
=D1=8F =D0=BB=D0=B8=D0=BD=D0=BA (=D0=B2=D0=B0=D0=BB=D0=B8=D0=B4=D0=B5=D0=BD=
 30 =D0=BC=D0=B8=D0=BD=D1=83=D1=82=D0=B8):
https://app.fakturirane.bg/reset-password?token=3D5f8e2a1c9d7b3e4f

=D0=90=D0=BA=D0=BE =D0=BD=D0=B5 =D1=81=D1=82=D0=B5 =D0=BF=D0=BE=D0=B8=D1=81=
=D0=BA=D0=B0=D0=BB=D0=B8 =D1=81=D0=BC=D1=8F=D0=BD=D0=B0 =D0=BD=D0=B0 =D0=BF=
=D0=B0=D1=80=D0=BE=D0=BB=D0=B0=D1=82=D0=B0, =D0=BF=D1=80=D0=BE=D1=81=D1=82=
=D0=BE =D0=B8=D0=B3=D0=BD=D0=BE=D1=80=D0=B8=D1=80=D0=B0=D0=B9=D1=82=D0=B5 =
=D1=82=D0=BE=D0=B2=D0=B0 =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5. =D0=9F=D0=B0=D1=80=D0=BE=D0=BB=D0=B0=D1=82=D0=B0 =D0=92=D0=B8 =D0=
=BE=D1=81=D1=82=D0=B0=D0=B2=D0=B0 =D0=BD=D0=B5=D0=BF=D1=80=D0=BE=D0=BC=D0=
=B5=D0=BD=D0=B5=D0=BD=D0=B0.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 Fakturirane.bg

=D0=A2=D0=BE=D0=B2=D0=B0 =D0=B5 =D0=B0=D0=B2=D1=82=D0=BE=D0=BC=D0=B0=D1=82=
=D0=B8=D1=87=D0=BD=D0=BE =D1=81=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=
=D0=B5 =E2=80=93 =D0=BC=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=
=D0=BE=D0=B2=D0=B0=D1=80=D1=8F=D0=B9=D1=82=D0=B5.
"""),
]

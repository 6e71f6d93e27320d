"""Seventy-fifth set, robot book A: the systems of payments and money around the shop (payment providers' settlement and dispute/chargeback notices, terminal and acquirer reports, pay-later partners' decisions and reminders, direct-debit and mandate notices, fraud-screening alerts, invoicing platforms and e-invoicing receipts, vendor newsletters, bounces and auto-replies to the privacy team's mails), plus people whose mail looks automatic (en, nl, fr, de, es, it, pt). Written apart from the rules."""

ROBOTS = [
    ('en', 'payment-provider-dispute-opened-evidence-due', 'automated', (),
'''Return-Path: <bounces+2281907-a1f4-privacy=shop.example.be@em7204.paylume.example>
Received: from o3.em7204.paylume.example (o3.em7204.paylume.example [198.51.100.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jb9Qm1Vt6z5x3Kd
        for <privacy@shop.example.be>; Tue, 14 Apr 2026 16:02:41 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=paylume.example;
	h=content-type:from:mime-version:subject:to:cc:date:message-id;
	s=s1; bh=Lk3Rt9Vw0Xq2Mn5Bp8Cs1Dt4Fv7Gy0Hz3Jb6Kc9Ld2M=;
	b=Wm2Xn7Yp0Zq5Ar8Bs1Ct4Du7Ev0Fw3Gx6Hy9Iz2Ja5Kb8Lc1Md4Ne7Of0Pg3Qh6Ri9S
From: Paylume <notifications@paylume.example>
To: privacy@shop.example.be
Subject: A payment of EUR 249.00 has been disputed (dp_1Q8hW2Lm4Kx9Tz)
Date: Tue, 14 Apr 2026 14:02:39 +0000
Message-ID: <dp_1Q8hW2Lm4Kx9Tz.opened.1776175359@notify.paylume.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="plm_alt_7f3c9a21e4"
X-SG-EID: u001.Hq7Vn2Lx9Kp4Rt0Wm3Bz8Cy5Dj1Fg6Ha
Feedback-ID: disputes:paylume:sendgrid
X-Entity-Ref-ID: acct_1NcX4Bk2Se0412BE

--plm_alt_7f3c9a21e4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Paylume

A customer has disputed a payment

Account:        Shop Example NV (acct_1NcX4Bk2Se0412BE)
Payment:        py_3P0aLm8Qw2Vn5Xr1  -  EUR 249.00
Charged on:     27 March 2026, 18:44 CET
Description:    Webshop order SE-W-2026-104471
Card:           Visa debit ending 4418, issued in Belgium
Cardholder:     T. Claes
Dispute reason: Fraudulent - the cardholder says they did not authorise
                this payment
Network reason: Visa 10.4 (Other fraud - card-absent environment)

The disputed amount and a dispute fee of EUR 15.00 have been withdrawn
from your balance. They will be returned if the card issuer decides in
your favour.

Respond by 4 May 2026, 23:59 UTC
If you do not submit evidence by this date, the dispute will be closed in
the cardholder's favour.

Useful evidence for this reason
- proof that the order was delivered to the cardholder's address
  (tracking number, signed delivery note)
- the 3-D Secure authentication result for the payment
- earlier undisputed orders by the same customer with the same card
- your communication with the customer

Only include what the issuer needs to decide the dispute. Do not upload
full card numbers, identity documents or more personal data of the
cardholder or third parties than necessary; evidence you submit is shared
with the card network and the issuing bank, which process it as
independent controllers.

Submit evidence: https://dashboard.paylume.example/disputes/dp_1Q8hW2Lm4Kx9Tz

You are receiving this email because privacy@shop.example.be is set as a
notification address for disputes on this account. Manage notification
settings in the Dashboard under Settings > Team and notifications.

Paylume Payments Europe S.A. - 12 Rue du Fort Wallis, L-2714 Luxembourg
Privacy: https://paylume.example/legal/privacy
--plm_alt_7f3c9a21e4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta charset=3D"utf-8"><title>Dispute opened</t=
itle></head>
<body style=3D"margin:0;padding:0;background:#f6f9fc;font-family:-apple-sys=
tem,Segoe UI,Helvetica,Arial,sans-serif">
<table role=3D"presentation" width=3D"100%" cellpadding=3D"0" cellspacing=
=3D"0"><tr><td align=3D"center">
<table role=3D"presentation" width=3D"560" style=3D"background:#ffffff;marg=
in:24px 0;border-radius:6px">
<tr><td style=3D"padding:28px 32px 8px"><img src=3D"https://static.paylume.=
example/email/logo.png" width=3D"96" alt=3D"Paylume"></td></tr>
<tr><td style=3D"padding:0 32px"><h1 style=3D"font-size:20px;color:#1a1f36"=
>A customer has disputed a payment</h1>
<p style=3D"color:#525f7f">Visa debit &bull;&bull;&bull;&bull; 4418 &middot=
; EUR 249.00 &middot; Webshop order SE-W-2026-104471</p>
<p style=3D"color:#525f7f">Reason: <b>Fraudulent</b> (Visa 10.4). Respond b=
y <b>4 May 2026</b>.</p>
<p><a href=3D"https://dashboard.paylume.example/disputes/dp_1Q8hW2Lm4Kx9Tz"=
 style=3D"display:inline-block;background:#635bff;color:#fff;padding:10px 1=
8px;border-radius:4px;text-decoration:none">Review dispute</a></p>
<p style=3D"font-size:12px;color:#8898aa">Only include what the issuer need=
s to decide the dispute. Do not upload full card numbers, identity document=
s or more personal data than necessary.</p>
</td></tr>
<tr><td style=3D"padding:16px 32px 28px;font-size:11px;color:#aab7c4">You a=
re receiving this email because privacy@shop.example.be is set as a notific=
ation address for disputes. Paylume Payments Europe S.A., Luxembourg.</td><=
/tr>
</table></td></tr></table></body></html>
--plm_alt_7f3c9a21e4--
'''),
    ('en', 'acquirer-monthly-merchant-statement-csv-attached', 'automated', (),
'''Return-Path: <mis-reporting@acquira-ms.example>
Received: from batch02.reporting.acquira-ms.example (batch02.reporting.acquira-ms.example [203.0.113.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jc3Fr0Lw2z5x7Hb
        for <privacy@shop.example.be>; Sat, 02 May 2026 04:17:09 +0200 (CEST)
Received: (from mis@localhost)
        by batch02.reporting.acquira-ms.example (8.15.2/8.15.2/Submit) id 6422H7Vd019933;
        Sat, 2 May 2026 03:17:07 +0100
Date: Sat, 2 May 2026 03:17:07 +0100
From: Acquira Merchant Services <mis-reporting@acquira-ms.example>
Message-Id: <202605020217.6422H7Vd019933@batch02.reporting.acquira-ms.example>
To: privacy@shop.example.be
Subject: Merchant statement April 2026 - MID 0041587723 SHOP EXAMPLE NV
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_MIS_0041587723_202604"

------=_MIS_0041587723_202604
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

ACQUIRA MERCHANT SERVICES - MONTHLY MERCHANT STATEMENT

Merchant ID      : 0041587723
Merchant name    : SHOP EXAMPLE NV
Period           : 01/04/2026 - 30/04/2026
Outlets          : 38 (card present) + 1 (e-commerce)
Settlement IBAN  : BE** **** **** 2271

SUMMARY                         COUNT          GROSS EUR       FEES EUR
Visa consumer debit            184,221      6,402,118.40      12,804.24
Visa consumer credit            21,906      1,188,470.15       9,507.76
Mastercard debit               152,774      5,117,903.62      10,235.81
Mastercard credit               18,335        996,214.70       7,969.72
Maestro                          9,112        301,744.05         603.49
Refunds                         -3,488       -184,305.11           0.00
Chargebacks                        -41         -9,822.36         615.00
                                                         ---------------
Total fees                                                   41,736.02
Net settled                                              13,802,500.49

Chargeback ratio (count)        0.011 %   (threshold 0.90 %)

The detailed transaction list is attached (CSV, semicolon separated).
Card numbers in this report are truncated (first 6 / last 4) as required
by PCI DSS. Do not forward this report outside your organisation.

DATA PROTECTION
Acquira processes cardholder data as an independent controller for the
purposes of payment processing, fraud prevention and compliance with
anti-money-laundering law. Merchants must not use truncated card data in
this report for marketing, profiling or any purpose other than
reconciliation and dispute handling. Requests of cardholders concerning
their personal data (access, rectification, erasure) should be directed
to dpo@acquira-ms.example.

This statement is generated automatically. For questions about fees or
settlement contact Merchant Support on +32 2 700 18 18.

------=_MIS_0041587723_202604
Content-Type: text/csv; charset=us-ascii; name="MID0041587723_202604_excerpt.csv"
Content-Disposition: attachment; filename="MID0041587723_202604_excerpt.csv"
Content-Transfer-Encoding: base64

ZGF0ZTtvdXRsZXQ7dGVybWluYWw7YnJhbmQ7cGFuX3RydW5jO2Ftb3VudDtjdXJyZW5jeTt0eXBl
O2F1dGhfY29kZTthcm4KMjAyNi0wNC0wMTswMDEyIExFVVZFTjtUSUQ3MTIwNDQxMjtWSVNBOzQ1
Mzk3OCoqKioqKjQ0MTg7NjIuNDA7RVVSO1NBTEU7MDQxODcyOzc0OTg3NTA2MDkxMDAwMDEyMzQ1
Njc4CjIwMjYtMDQtMDE7MDAxMiBMRVVWRU47VElENzEyMDQ0MTI7TUM7NTM1NTIyKioqKioqMDE5
MzsxOC45OTtFVVI7U0FMRTsxMTg0MjA7ODU0MTIwOTYwOTEwMDAwODc2NTQzMjEKMjAyNi0wNC0w
MTswMDA3IEdFTlQgWlVJRDtUSUQ3MTIwMDczMTtNQUVTOzY3Njc3MCoqKioqKjIyMDY7Ny41MDtF
VVI7U0FMRTs5OTAyMTM7ODU0MTIwOTYwOTEwMDAwMTExMTIyMjIKMjAyNi0wNC0wMTswMDMxIFdF
QlNIT1A7RUNPTTAwMzE7VklTQTs0MTQ3MjAqKioqKio3NzgxOzI0OS4wMDtFVVI7U0FMRTs2NjIx
OTA7NzQ5ODc1MDYwOTEwMDAwMzMzMzQ0NDQKMjAyNi0wNC0wMjswMDEyIExFVVZFTjtUSUQ3MTIw
NDQxMjtWSVNBOzQ1Mzk3OCoqKioqKjQ0MTg7LTYyLjQwO0VVUjtSRUZVTkQ7Ozc0OTg3NTA2MDky
MDAwMDU1NTU2NjY2Cg==
------=_MIS_0041587723_202604--
'''),
    ('en', 'fraud-screening-order-declined-automated-decision-notice', 'automated', (),
'''Return-Path: <bounce+4d7a21.9f0c1e-privacy=shop.example.be@alerts.sentrix-risk.example>
Received: from m228-14.mailgun.example (m228-14.mailgun.example [159.135.228.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd1Nh6Rx8z5x2Tc
        for <privacy@shop.example.be>; Wed, 22 Apr 2026 23:41:18 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; v=1; c=relaxed/relaxed; d=alerts.sentrix-risk.example;
	q=dns/txt; s=mx; t=1776894076; h=Message-Id: To: To: From: From: Subject:
	Subject: Content-Type: Mime-Version: Date: Sender: Sender;
	bh=R7tZ2Lw9Xk4Qm1Vn8Bp3Cs6Dt0Fv5Gy2Hz7Jb4Kc1L=;
	b=Jq8Wx3Ky6Lz1Mb4Nc7Od0Pe3Qf6Rg9Sh2Ti5Uj8Vk1Wl4Xm7Yn0Zo3Ap6Bq9Cr2D
Sender: alerts@alerts.sentrix-risk.example
Date: Wed, 22 Apr 2026 21:41:16 +0000
From: Sentrix Fraud Protection <alerts@alerts.sentrix-risk.example>
To: privacy@shop.example.be
Subject: [Sentrix] Order SE-W-2026-118834 DECLINED - risk score 92/100
Message-Id: <20260422214116.4d7a219f0c1e@alerts.sentrix-risk.example>
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="d1f0a9b4c7e24e5f8a6b3c2d1e0f9a8b"
Auto-Submitted: auto-generated
X-Mailgun-Tag: decision-alert
X-Sentrix-Team: shop-example-be

--d1f0a9b4c7e24e5f8a6b3c2d1e0f9a8b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

SENTRIX FRAUD PROTECTION - DECISION ALERT

Order:          SE-W-2026-118834 (webshop BE)
Amount:         EUR 1,349.00  (2 items: laptop, docking station)
Decision:       DECLINED (automatic)
Risk score:     92 / 100   (your decline threshold: 85)
Decided at:     22/04/2026 23:41:12 CEST

Main signals
  + billing and shipping country differ (BE / FR)
  + email address created less than 24 hours ago
  + 3 cards tried on this device in 40 minutes
  + shipping address is a parcel locker used by 11 different customers
  - device seen before on an account without disputes

The customer saw the message "We could not process your payment" and the
order was cancelled; no amount was captured.

Automated decision notice
This decision was taken without human involvement on the basis of the
rules and model configured for your account. Under Article 22 of the GDPR
the customer has the right to obtain human intervention, to express their
point of view and to contest the decision. If the customer contacts you,
open the case in the Sentrix console and choose "Request manual review";
a Sentrix analyst will respond within 24 hours. Do not tell the customer
which signals led to the decline.

Case: https://console.sentrix-risk.example/cases/SX-BE-26-5508127

You receive decision alerts for declines above EUR 1,000. To change
this, go to Console > Alerts. This is an automated message; replies are
not read.
--d1f0a9b4c7e24e5f8a6b3c2d1e0f9a8b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#222">
<div style="background:#101828;color:#fff;padding:12px 18px;font-weight:bold">SENTRIX &middot; Decision alert</div>
<p>Order <b>SE-W-2026-118834</b> &mdash; EUR 1,349.00 &mdash; <span style="color:#d92d20;font-weight:bold">DECLINED</span> (score 92/100)</p>
<ul><li>billing and shipping country differ (BE / FR)</li><li>email address created less than 24 hours ago</li><li>3 cards tried on this device in 40 minutes</li></ul>
<p style="font-size:12px;color:#555">Automated decision notice: under Article 22 GDPR the customer has the right to obtain human intervention, to express their point of view and to contest the decision. Use &quot;Request manual review&quot; in the console.</p>
<p><a href="https://console.sentrix-risk.example/cases/SX-BE-26-5508127">Open case SX-BE-26-5508127</a></p>
<p style="font-size:11px;color:#999">This is an automated message; replies are not read.</p>
</body></html>
--d1f0a9b4c7e24e5f8a6b3c2d1e0f9a8b--
'''),
    ('en', 'person-forwards-paylater-decline-asks-what-data-shared', 'access', (),
'''Return-Path: <gareth.lloyd.bxl@gmail.example>
Received: from mail-ed1-f44.google.example (mail-ed1-f44.google.example [209.85.208.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd4Vb2Kq9z5x0Mn
        for <privacy@shop.example.be>; Sat, 25 Apr 2026 11:26:50 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.example; s=20230601;
	h=to:subject:message-id:date:from:in-reply-to:references:mime-version;
	bh=Gk8Tm1Vr4Xw7Zb0Cd3Ef6Gh9Ij2Kl5Mn8Op1Qr4St7U=;
	b=Xa1Yb4Zc7Ad0Be3Cf6Dg9Eh2Fi5Gj8Hk1Il4Jm7Kn0Lo3Mp6Nq9Or2Ps5Qt8Ru1Sv
MIME-Version: 1.0
References: <tdr.decision.BE-8841203.1777046400@mail.tendr.example>
In-Reply-To: <tdr.decision.BE-8841203.1777046400@mail.tendr.example>
From: Gareth Lloyd <gareth.lloyd.bxl@gmail.example>
Date: Sat, 25 Apr 2026 11:26:37 +0200
Message-ID: <CAJ4mZq8Rk2Nv7xWp1Lt5Yb0Hc3Dg6Fe9Ka2Sm4Xu8Vq@mail.gmail.example>
Subject: Fwd: Your Tendr application
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000008a3f1c0612e4b7d5"

--0000000000008a3f1c0612e4b7d5
Content-Type: text/plain; charset="UTF-8"

Hi,

I tried to pay in 3 instalments on your website on Thursday (a washing
machine, order SE-W-2026-120913) and got refused within two seconds, then
this email arrived. I never had an account with Tendr before, so you must
have passed my details on to them when I clicked the button.

Could you tell me exactly what you sent them about me (just name and
address, or also my order history, loyalty card, whatever?) and send me a
copy of what you hold on me in connection with this? I paid by card in
the end so the order itself is fine.

Cheers,
Gareth Lloyd
Rue Gray 118, 1040 Etterbeek

---------- Forwarded message ---------
From: Tendr <decisions@mail.tendr.example>
Date: Thu, 23 Apr 2026 at 19:02
Subject: Your Tendr application
To: <gareth.lloyd.bxl@gmail.example>


Hi Gareth,

Thanks for choosing Tendr at Shop Example.

Unfortunately we can't offer you "Pay in 3" for this purchase right now.

We make this decision based on information you gave us, information
from the shop about your order, and a check with a credit reference
agency. This check does not affect your credit score.

You can still complete your order with another payment method.

If you would like us to take another look at your application, or to
know more about how we made this decision, reply to
support@tendr.example within 30 days.

Tendr Financial Services Ltd. - authorised by the Central Bank of
Ireland. Privacy notice: tendr.example/privacy

This is an automated email.

--0000000000008a3f1c0612e4b7d5
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hi,</div><div><br></div><div>I tried to pay in 3 instalments on your website on Thursday (a washing machine, order SE-W-2026-120913) and got refused within two seconds, then this email arrived. I never had an account with Tendr before, so you must have passed my details on to them when I clicked the button.</div><div><br></div><div>Could you tell me exactly what you sent them about me (just name and address, or also my order history, loyalty card, whatever?) and send me a copy of what you hold on me in connection with this? I paid by card in the end so the order itself is fine.</div><div><br></div><div>Cheers,</div><div>Gareth Lloyd</div><div>Rue Gray 118, 1040 Etterbeek</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b class="gmail_sendername">Tendr</b> &lt;decisions@mail.tendr.example&gt;<br>Date: Thu, 23 Apr 2026 at 19:02<br>Subject: Your Tendr application<br>To: &lt;gareth.lloyd.bxl@gmail.example&gt;<br></div><br><br><div><p>Hi Gareth,</p><p>Thanks for choosing Tendr at Shop Example.</p><p>Unfortunately we can't offer you "Pay in 3" for this purchase right now.</p><p>We make this decision based on information you gave us, information from the shop about your order, and a check with a credit reference agency. This check does not affect your credit score.</p><p>If you would like us to take another look at your application, or to know more about how we made this decision, reply to support@tendr.example within 30 days.</p><p style="font-size:11px;color:#888">Tendr Financial Services Ltd. This is an automated email.</p></div></div></div>

--0000000000008a3f1c0612e4b7d5--
'''),
    ('en', 'postfix-bounce-unknown-user-saved-card-reply', 'automated', (),
'''Return-Path: <>
Received: from mx2.kelvinmail.example (mx2.kelvinmail.example [203.0.113.91])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd6Wc8Mt3z5x1Pr
        for <privacy@shop.example.be>; Mon, 27 Apr 2026 10:08:55 +0200 (CEST)
Received: by mx2.kelvinmail.example (Postfix)
	id 7C41E2A0132; Mon, 27 Apr 2026 09:08:54 +0100 (BST)
Date: Mon, 27 Apr 2026 09:08:54 +0100 (BST)
From: MAILER-DAEMON@mx2.kelvinmail.example (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C41E2A0132.1777277334/mx2.kelvinmail.example"
Message-Id: <20260427080854.7C41E2A0132@mx2.kelvinmail.example>

This is a MIME-encapsulated message.

--7C41E2A0132.1777277334/mx2.kelvinmail.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.kelvinmail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.mcallister@kelvinmail.example>: unknown user: "d.mcallister"

--7C41E2A0132.1777277334/mx2.kelvinmail.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.kelvinmail.example
X-Postfix-Queue-ID: 7C41E2A0132
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 27 Apr 2026 09:08:53 +0100 (BST)

Final-Recipient: rfc822; d.mcallister@kelvinmail.example
Original-Recipient: rfc822;d.mcallister@kelvinmail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; unknown user: "d.mcallister"

--7C41E2A0132.1777277334/mx2.kelvinmail.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.25])
	by mx2.kelvinmail.example (Postfix) with ESMTPS id 7C41E2A0132
	for <d.mcallister@kelvinmail.example>; Mon, 27 Apr 2026 09:08:53 +0100 (BST)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Duncan McAllister <d.mcallister@kelvinmail.example>
Subject: Re: Please remove my saved card [PRV-2026-04-0388]
Date: Mon, 27 Apr 2026 10:08:50 +0200
Message-ID: <en-20260427-0038815@helpdesk.shop.example.be>
In-Reply-To: <LO2P265MB4410A1C7E9D3F2B8@LO2P265MB4410.GBRP265.PROD.OUTLOOK.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Mr McAllister,

Thank you for your message. We have removed the Mastercard ending 0193
that was saved in your Shop Example account. The card token has also been
deleted at our payment provider, so it can no longer be used for
payments in the webshop or the app.

Your account itself remains open, as you asked. If you want to save a new
card later, you can do so at checkout.

Kind regards,
Shop Example Privacy Team
privacy@shop.example.be

--7C41E2A0132.1777277334/mx2.kelvinmail.example--
'''),
    ('nl', 'sepa-prenotification-membership-billing-merchant-copy', 'automated', (),
'''Return-Path: <010201962f4a8b1e-7d3c5e21-0a9f-4b6c-8e12-3f7a9d1c5b40-000000@eu-west-1.amazonses.example>
Received: from a7-19.smtp-out.eu-west-1.amazonses.example (a7-19.smtp-out.eu-west-1.amazonses.example [54.240.7.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jd7Xa3Gn5z5x9Lc
        for <privacy@shop.example.be>; Wed, 29 Apr 2026 06:00:14 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=ab7k2mfq; d=abonly.example; t=1777435213;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=Nq4Wr7Ys0At3Bu6Cv9Dw2Ex5Fy8Gz1Ha4Ib7Jc0Kd3L=;
	b=Pe6Qf9Rg2Sh5Ti8Uj1Vk4Wl7Xm0Yn3Zo6Ap9Bq2Cr5Ds8Et1Fu4Gv7Hw0Ix3Jy6Kz
From: =?utf-8?q?Abonly_=E2=80=93_incasso_namens_Shop_Example?= <incasso@abonly.example>
To: privacy@shop.example.be
Subject: Vooraankondiging incasso 5 mei 2026 - Shop Example Plus (kopie incassant)
Date: Wed, 29 Apr 2026 04:00:13 +0000
Message-ID: <010201962f4a8b1e-7d3c5e21-0a9f-4b6c-8e12-3f7a9d1c5b40-000000@eu-west-1.amazonses.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Feedback-ID: 1.eu-west-1.Rk4Vn8Lq2Xw7Tz0Bm3Cp6Ds9Fg1Hj5Kl8Mn2Qp4Rs=:AmazonSES
X-SES-Outgoing: 2026.04.29-54.240.7.19

KOPIE VOOR DE INCASSANT - niet doorsturen aan de klant

Vooraankondiging SEPA-incasso (batch ABN-20260505-SEPLUS)

Incassant:             Shop Example NV
Incassant-ID:          BE62ZZZ0412345678
Omschrijving:          Shop Example Plus - lidmaatschap mei 2026
Incassodatum:          dinsdag 5 mei 2026
Aantal incasso's:      2.418
Totaalbedrag:          =E2=82=AC 12.065,82

Steekproef uit de batch (eerste 3 regels):
  Mandaat SEPLUS-000184 | M. Wuyts       | BE** **** **** 3310 | =E2=82=AC =
4,99
  Mandaat SEPLUS-000185 | S. El Amrani   | NL** **** **** 7702 | =E2=82=AC =
4,99
  Mandaat SEPLUS-000191 | J. Vandersteen | BE** **** **** 0045 | =E2=82=AC =
9,99

Elke klant heeft vandaag dezelfde vooraankondiging per e-mail ontvangen,
met de vermelding dat hij een incasso binnen 8 weken na afschrijving
zonder opgave van reden kan laten terugboeken via zijn bank, en dat hij
zijn machtiging kan intrekken via zijn account of bij Shop Example.

47 klanten hebben geen geldig e-mailadres; voor hen werd geen
vooraankondiging verstuurd. De lijst staat in het incassantenportaal
onder Batches > ABN-20260505-SEPLUS > Uitzonderingen.

Persoonsgegevens in deze batch worden door Abonly als verwerker verwerkt
in opdracht van Shop Example NV. Bewaar deze kopie niet langer dan nodig
voor uw boekhouding.

Dit is een automatisch bericht van Abonly BV, Stationsplein 45, 3511 ED
Utrecht. Reageren op dit adres is niet mogelijk.
'''),
    ('nl', 'paylater-payment-reminder-misaddressed-customer', 'automated', (),
'''Return-Path: <bounce-2206_HTML-881204337-4471902-7311099-88@bounce.mail.betaalo.example>
Received: from mta12.mail.betaalo.example (mta12.mail.betaalo.example [13.111.92.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf0Yb4Hp7z5x3Nd
        for <privacy@shop.example.be>; Tue, 05 May 2026 09:15:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; s=200608; d=mail.betaalo.example;
	h=From:To:Subject:Date:MIME-Version:Content-Type:Message-ID;
	bh=Sd1Te4Uf7Vg0Wh3Xi6Yj9Zk2Al5Bm8Cn1Do4Ep7Fq0G=;
	b=Hr3Is6Jt9Ku2Lv5Mw8Nx1Oy4Pz7Qa0Rb3Sc6Td9Ue2Vf5Wg8Xh1Yi4Zj7Ak0Bl3Cm6
From: "Betaalo" <hallo@mail.betaalo.example>
To: "Sanne Dierckx" <privacy@shop.example.be>
Subject: Herinnering: je betaling aan Shop Example staat nog open
Date: Tue, 5 May 2026 01:15:31 -0600
Message-ID: <2a8f0c14-6e3b-4d97-b1c5-7f209e84d3a6@rtm-ind120.mail.betaalo.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_bt_881204337"
X-SFMC-Stack: 50
x-job: 7311099_4471902
List-Unsubscribe: <mailto:leave-fd2b1c73@mail.betaalo.example>

--=_alt_bt_881204337
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hoi Sanne,

Even een seintje: je aankoop bij Shop Example van 14 april is nog niet
betaald.

Bestelling:     SE-W-2026-109338
Bedrag:         € 89,95
Vervaldatum:    28 april 2026
Betaalreferentie: 4417 0923 8812 5501

Betaal vóór dinsdag 12 mei in de Betaalo-app of via
https://betaalo.example/b/4417092388125501 met iDEAL, Bancontact of
overschrijving naar NL86 BTLO 0123 4567 89.

Betaal je niet op tijd, dan rekenen we € 7,50 herinneringskosten aan en
kunnen we de vordering overdragen aan een incassobureau. Al betaald? Dan
kruisen onze berichten elkaar en mag je deze mail negeren.

Geen bestelling gedaan bij Shop Example? Laat het ons dan meteen weten
via betaalo.example/fraude.

Groetjes,
Team Betaalo

--
Betaalo BV - Keizersgracht 520, 1017 EK Amsterdam - KvK 71234590
We verwerken je persoonsgegevens zoals beschreven in onze privacyverklaring
(betaalo.example/privacy). Je hebt recht op inzage, correctie en
verwijdering van je gegevens en kunt bezwaar maken tegen het gebruik ervan;
stuur daarvoor een bericht naar privacy@betaalo.example. Betalingsherinneringen
horen bij je overeenkomst en kun je niet uitzetten.

--=_alt_bt_881204337
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;background:#fff4ec;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px;background:#ff7a45;color:#fff;font-size:22px;font-weight:bold">Betaalo</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#222">
<p>Hoi Sanne,</p>
<p>Even een seintje: je aankoop bij <b>Shop Example</b> van 14 april is nog niet betaald.</p>
<table style="font-size:14px"><tr><td>Bestelling</td><td>SE-W-2026-109338</td></tr><tr><td>Bedrag</td><td><b>€ 89,95</b></td></tr><tr><td>Vervaldatum</td><td>28 april 2026</td></tr></table>
<p><a href="https://betaalo.example/b/4417092388125501" style="background:#1b1b1b;color:#fff;padding:12px 22px;text-decoration:none;border-radius:22px">Nu betalen</a></p>
<p>Betaal je niet vóór 12 mei, dan rekenen we € 7,50 herinneringskosten aan.</p>
</td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#888">Betaalo BV, Amsterdam. Je hebt recht op inzage, correctie en verwijdering van je gegevens en kunt bezwaar maken: privacy@betaalo.example. Betalingsherinneringen horen bij je overeenkomst en kun je niet uitzetten.</td></tr>
</table>
<img src="https://click.mail.betaalo.example/open.aspx?ffcb10-fec01d7-881204337" width="1" height="1" alt="">
</body></html>

--=_alt_bt_881204337--
'''),
    ('nl', 'person-replies-above-refund-notice-iban-one-digit-wrong', 'correction', (),
'''Return-Path: <kdeschacht@outlook.example>
Received: from EUR02-AM0-obe.outbound.protection.outlook.example (mail-am0eur02olkn2081.outbound.protection.outlook.example [40.92.49.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf2Zc6Jr9z5x5Pe
        for <privacy@shop.example.be>; Thu, 07 May 2026 20:44:07 +0200 (CEST)
From: Kristof Deschacht <kdeschacht@outlook.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Je terugbetaling is verwerkt - bestelling SE-W-2026-107702
Thread-Topic: Je terugbetaling is verwerkt - bestelling SE-W-2026-107702
Thread-Index: AQHcvM1xR8kT2pZ4Qe6yN0wV3aB7Lg==
Date: Thu, 7 May 2026 18:44:03 +0000
Message-ID: <AS8P194MB1127E4A90C3D7B2F61E8A5D2C7B10@AS8P194MB1127.EURP194.PROD.OUTLOOK.example>
References: <refund.SE-W-2026-107702.1778140800@noreply.shop.example.be>
In-Reply-To: <refund.SE-W-2026-107702.1778140800@noreply.shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Goeiedag,

ik stuur dit naar het privacy-adres omdat de klantendienst zei dat
jullie over mijn gegevens gaan.

Het IBAN dat jullie van mij hebben staat fout. In mijn klantaccount
(kaart 2009 4417 3382) staat BE71 0689 0412 7756, maar dat moet BE71 0689
0412 7765 zijn, de laatste twee cijfers zijn omgewisseld. Ik heb dat
vorig jaar zelf zo ingetypt bij een retour denk ik. Willen jullie het
in mijn gegevens aanpassen naar het juiste nummer? Het kan blijkbaar niet
zelf in de app, daar kan ik het alleen zien.

Voor de terugbetaling hieronder heb ik de bank al gebeld, die komt normaal
terug op jullie rekening en dan zien we wel.

Mvg
Kristof Deschacht
Kortrijksesteenweg 211, 9830 Sint-Martens-Latem

________________________________
Van: Shop Example <noreply@shop.example.be>
Verzonden: woensdag 7 mei 2026 10:00
Aan: kdeschacht@outlook.example
Onderwerp: Je terugbetaling is verwerkt - bestelling SE-W-2026-107702

Dag Kristof,

We hebben je retour goed ontvangen en je terugbetaling verwerkt.

Bedrag:         =80 134,50
Naar:           BE71 0689 0412 7756
Verwacht op je rekening: binnen 3 tot 5 werkdagen

Dit is een automatisch bericht. Antwoorden op deze e-mail worden niet
gelezen. Vragen? shop.example.be/klantendienst

Shop Example NV - Mechelsesteenweg 180, 2018 Antwerpen
'''),
    ('nl', 'exchange-ooo-accountancy-chargeback-dossier', 'automated', (),
'''Return-Path: <an.verbeke@verbeke-boekhouding.example>
Received: from mail.verbeke-boekhouding.example (mail.verbeke-boekhouding.example [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf5Bd1Ks2z5x7Qf
        for <privacy@shop.example.be>; Mon, 11 May 2026 08:31:19 +0200 (CEST)
Received: from EXCH01.verbeke.local (10.1.0.12) by EXCH01.verbeke.local
 (10.1.0.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4; Mon, 11 May
 2026 08:31:17 +0200
From: An Verbeke <an.verbeke@verbeke-boekhouding.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Automatisch_antwoord=3A_Chargeback-dossier_=E2=80=93_uw_verzoek_?=
 =?utf-8?q?om_inzage_=28ref=2E_PRV-2026-05-0512=29?=
Thread-Topic: Chargeback-dossier - uw verzoek om inzage (ref. PRV-2026-05-0512)
Thread-Index: AQHcwV3kA7bT9xRmL2pQ4yN8wV1aBw==
Date: Mon, 11 May 2026 06:31:17 +0000
Message-ID: <7c2e91ab54f04d0c8e1b3a6f92d0c4e7@EXCH01.verbeke.local>
In-Reply-To: <nl-20260511-0051207@helpdesk.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: an.verbeke@verbeke-boekhouding.example
X-MS-Has-Attach:
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Goeiemorgen,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 22 mei en
lees mijn e-mails niet.

Voor dringende zaken rond btw-aangiften en facturatie kunt u terecht bij
mijn collega Bart Goossens (bart.goossens@verbeke-boekhouding.example,
056 32 18 90).

Vragen over persoonsgegevens van onze klanten (inzage, verbetering,
verwijdering) behandelt ons kantoor na mijn terugkeer; de wettelijke
termijn wordt uiteraard gerespecteerd.

Met vriendelijke groeten,
An Verbeke
Boekhoudkantoor Verbeke & Partners BV
Doorniksewijk 66, 8500 Kortrijk
'''),
    ('fr', 'terminal-daily-teleload-report-unmasked-pan-anomaly', 'automated', (),
'''Return-Path: <tms-rapports@terminalis.example>
Received: from tms-prod-03.terminalis.example (tms-prod-03.terminalis.example [203.0.113.147])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Jf6Ce3Lt4z5x8Rg
        for <privacy@shop.example.be>; Tue, 12 May 2026 23:52:04 +0200 (CEST)
Received: (from tmsbatch@localhost)
        by tms-prod-03.terminalis.example (8.14.7/8.14.7/Submit) id 64CLq2Xo031207;
        Tue, 12 May 2026 23:52:02 +0200
Date: Tue, 12 May 2026 23:52:02 +0200
From: =?utf-8?q?Terminalis_TMS_=E2=80=93_Rapports?= <tms-rapports@terminalis.example>
Message-Id: <202605122152.64CLq2Xo031207@tms-prod-03.terminalis.example>
To: privacy@shop.example.be, caisse.liege@shop.example.be
Subject: =?utf-8?q?=5BTMS=5D_Rapport_de_t=C3=A9l=C3=A9collecte_12/05/2026_-_SHOP_EX?=
 =?utf-8?q?AMPLE_LIEGE_=28site_0019=29_-_1_ANOMALIE?=
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

TERMINALIS - SYSTEME DE GESTION DES TERMINAUX
Rapport de t=E9l=E9collecte journali=E8re

Commer=E7ant      : SHOP EXAMPLE NV
Site            : 0019 - LIEGE MEDIACITE
Date            : 12/05/2026
T=E9l=E9collecte    : 23:40:11 (automatique)

TERMINAL   MODELE       LOGICIEL   TRANS.   MONTANT EUR   STATUT
TID19001   Lane/3000    4.12.5       412     17.204,33    OK
TID19002   Lane/3000    4.12.5       388     15.911,02    OK
TID19003   Lane/3000    4.12.5       297     11.486,70    OK
TID19004   Move/5000    4.12.5        61      2.940,15    OK
TID19005   Move/5000    4.11.9        54      2.118,40    ANOMALIE

ANOMALIES
TID19005 : le terminal fonctionne avec le logiciel 4.11.9. Avec ce
logiciel, le ticket client imprim=E9 pour les cartes Maestro et V PAY
affiche les 6 premiers et les 4 derniers chiffres de la carte au lieu des
4 derniers seulement. 3 tickets concern=E9s ce jour (transactions 000041,
000047, 000052). Une mise =E0 jour forc=E9e vers 4.12.5 est programm=E9e lo=
rs
de la prochaine connexion (13/05/2026 06:00). Les tickets d=E9j=E0 imprim=
=E9s ne
peuvent pas =EAtre corrig=E9s =E0 distance.

Rappel : les tickets commer=E7ant et les journaux de transactions ne
doivent pas =EAtre conserv=E9s au-del=E0 du d=E9lai de r=E9conciliation con=
venu
avec votre acqu=E9reur, ni transmis =E0 des tiers.

Ce rapport est envoy=E9 automatiquement aux adresses configur=E9es pour le
site 0019. Modifier les destinataires : portail Terminalis > Sites >
Notifications.
'''),
    ('fr', 'bank-acquirer-chargeback-notice-documents-requested-html', 'automated', (),
'''Return-Path: <contestations-commercants@banque-meuse.example>
Received: from eu-smtp-delivery-151.mimecast.example (eu-smtp-delivery-151.mimecast.example [185.58.86.151])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf7Df5Mv6z5x9Sh
        for <privacy@shop.example.be>; Wed, 13 May 2026 14:26:40 +0200 (CEST)
Received: from appmail01.banque-meuse.example (appmail01.banque-meuse.example [10.40.2.11])
 by relay.mimecast.example with ESMTP id mimecast-8Rk2Lw5Xq0Nm7Tb3Vc9Yd;
 Wed, 13 May 2026 13:26:38 +0100
X-MC-Unique: mimecast-8Rk2Lw5Xq0Nm7Tb3Vc9Yd
From: =?utf-8?q?Banque_de_la_Meuse_=E2=80=93_Contestations?= <contestations-commercants@banque-meuse.example>
To: "SHOP EXAMPLE NV" <privacy@shop.example.be>
Subject: =?utf-8?q?Avis_de_r=C3=A9trofacturation_n=C2=B0_RF-2026-0513-00871_?=
 =?utf-8?q?=E2=80=93_contrat_commer=C3=A7ant_7741205?=
Date: Wed, 13 May 2026 14:26:37 +0200
Message-ID: <RF-2026-0513-00871.avis.20260513142637@appmail01.banque-meuse.example>
X-Mailer: Oracle Communications Messaging Server / BMS-Notif 3.2
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3DUTF-8"></head>
<body style=3D"font-family:Verdana,Arial,sans-serif;font-size:12px;color:#1=
d2b3a">
<table width=3D"640" cellpadding=3D"0" cellspacing=3D"0" style=3D"border:1p=
x solid #c8d3de">
<tr><td style=3D"background:#0d3b66;color:#ffffff;padding:10px 14px;font-si=
ze:14px"><b>Banque de la Meuse</b> &ndash; Acquisition commer=C3=A7ants</td=
></tr>
<tr><td style=3D"padding:14px">
<p>Madame, Monsieur,</p>
<p>Nous vous informons qu'une <b>r=C3=A9trofacturation</b> a =C3=A9t=C3=A9 =
initi=C3=A9e par la banque =C3=A9mettrice du porteur pour la transaction ci=
-dessous. Le montant a =C3=A9t=C3=A9 d=C3=A9bit=C3=A9 de votre compte de r=
=C3=A8glement.</p>
<table cellpadding=3D"4" cellspacing=3D"0" style=3D"font-size:12px;border-c=
ollapse:collapse">
<tr><td>R=C3=A9f=C3=A9rence dossier</td><td><b>RF-2026-0513-00871</b></td><=
/tr>
<tr><td>Contrat commer=C3=A7ant</td><td>7741205 &ndash; SHOP EXAMPLE NAMUR<=
/td></tr>
<tr><td>Date de la transaction</td><td>18/04/2026 15:12</td></tr>
<tr><td>Terminal</td><td>TID22004</td></tr>
<tr><td>Carte</td><td>Mastercard 5355 22** **** 8104</td></tr>
<tr><td>Montant</td><td>689,00 EUR</td></tr>
<tr><td>Motif</td><td>4853 &ndash; Litige porteur : marchandise non conform=
e / non re=C3=A7ue</td></tr>
<tr><td>Date limite de r=C3=A9ponse</td><td><b>02/06/2026</b></td></tr>
</table>
<p>Pour d=C3=A9fendre ce dossier, merci de nous transmettre via l'espace co=
mmer=C3=A7ant (rubrique <i>Contestations</i>), et <u>non par courriel</u>&n=
bsp;:</p>
<ul>
<li>la copie du ticket commer=C3=A7ant sign=C3=A9 ou le journal de transact=
ion&nbsp;;</li>
<li>la facture ou le bon de livraison&nbsp;;</li>
<li>tout =C3=A9change avec le client relatif =C3=A0 la r=C3=A9clamation.</l=
i>
</ul>
<p>Les donn=C3=A9es =C3=A0 caract=C3=A8re personnel du porteur qui figurent=
 dans ce dossier ne peuvent =C3=AAtre utilis=C3=A9es par le commer=C3=A7ant=
 qu'aux fins du traitement de la pr=C3=A9sente contestation. Elles sont tra=
it=C3=A9es par la Banque de la Meuse conform=C3=A9ment au RGPD&nbsp;; le po=
rteur peut exercer ses droits d'acc=C3=A8s, de rectification et d'effacemen=
t aupr=C3=A8s de sa propre banque.</p>
<p>Sans r=C3=A9ponse de votre part =C3=A0 la date limite, la r=C3=A9trofact=
uration deviendra d=C3=A9finitive.</p>
<p>Service Contestations Commer=C3=A7ants<br>Banque de la Meuse SA &ndash; =
Boulevard d'Avroy 40, 4000 Li=C3=A8ge</p>
<p style=3D"font-size:10px;color:#6b7b8c">Ce message est g=C3=A9n=C3=A9r=C3=
=A9 automatiquement. Merci de ne pas y r=C3=A9pondre.</p>
</td></tr></table>
</body></html>
'''),
    ('fr', 'person-pastes-fraud-decline-message-objects-to-scoring', 'objection', ('access',),
'''Return-Path: <mireille.dubois@voo-mail.example>
Received: from webmail.voo-mail.example (webmail.voo-mail.example [212.68.193.40])
        by mx1.shop.example.be (Postfix) with ESMTPSA id 4Jf8Eg7Nw8z5x0Ti
        for <privacy@shop.example.be>; Thu, 14 May 2026 09:03:27 +0200 (CEST)
MIME-Version: 1.0
Date: Thu, 14 May 2026 09:03:25 +0200
From: Mireille Dubois <mireille.dubois@voo-mail.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Commande_refus=C3=A9e_-_=22syst=C3=A8me_de_pr=C3=A9vention_de_la?=
 =?utf-8?q?_fraude=22?=
User-Agent: Roundcube Webmail/1.6.9
Message-ID: <8d41c7a2e03f5b96d17c4e20a8b3f512@voo-mail.example>
X-Sender: mireille.dubois@voo-mail.example
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Hier soir j'ai voulu commander un aspirateur sur votre site et voici ce
que j'ai reçu à l'écran, je le recopie tel quel :

-----
Commande non validée
Notre partenaire de prévention de la fraude n'a pas pu valider votre
paiement. Aucun montant n'a été débité. Vous pouvez essayer un autre
moyen de paiement ou contacter notre service clients.
Code : RSK-403 / Réf. SX-BE-26-5630418
-----

Je suis cliente chez vous depuis plus de dix ans, j'ai votre carte de
fidélité, et je me retrouve traitée comme une fraudeuse par un
ordinateur. Je n'ai pas envie que chacun de mes achats passe dans une
machine qui me donne une "note". Je m'oppose à ce que vous et votre
partenaire utilisiez mes données pour ce genre d'évaluation
automatique.

Et je voudrais savoir sur quelles informations me concernant cette
décision a été prise (mon adresse ? mon âge ? mes anciens achats ?).

Mireille Dubois
Rue des Vennes 52, 4020 Liège
'''),
    ('fr', 'peppol-access-point-document-received-notification', 'automated', (),
'''Return-Path: <pm_bounces@pm-bounces.facturo.example>
Received: from mta-14.pm-mail.example (mta-14.pm-mail.example [50.31.156.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jf9Fh8Px0z5x1Uj
        for <privacy@shop.example.be>; Fri, 15 May 2026 11:47:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; d=facturo.example; s=20250611pm; c=relaxed/relaxed;
	i=notifications@facturo.example; t=1778838421; x=1778924821;
	h=date:date:from:from:message-id:reply-to:sender:subject:subject:to:to;
	bh=Vf2Wg5Xh8Yi1Zj4Ak7Bl0Cm3Dn6Eo9Fp2Gq5Hr8Is1J=;
	b=Kt4Lu7Mv0Nw3Ox6Py9Qz2Ra5Sb8Tc1Ud4Ve7Wf0Xg3Yh6Zi9Aj2Bk5Cl8Dm1En4Fo
From: Facturo <notifications@facturo.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nouveau_document_Peppol_re=C3=A7u_=3A_facture_2026-0418_de_Impri?=
 =?utf-8?q?merie_Delhaize_=26_Fils_SRL?=
Date: Fri, 15 May 2026 09:47:01 +0000
Message-Id: <a93f1c2e-5b7d-4e81-9c04-6d2b8e71f0a5@mtasv.facturo.example>
MIME-Version: 1.0
X-PM-Message-Id: a93f1c2e-5b7d-4e81-9c04-6d2b8e71f0a5
X-PM-RCPT: |bTB8MjY0NDg1fDE4NDQ3NTR8cHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU=|
X-PM-Message-Options: v1;1.1Hq8Rk2Lw5Xq0Nm7Tb3Vc9Yd
Feedback-ID: s7011-peppol-inbound:s7011:a264485:postmark
Content-Type: multipart/alternative; boundary="=-Nq4Wr7Ys0At3Bu6Cv9Dw2Ex5=="

--=-Nq4Wr7Ys0At3Bu6Cv9Dw2Ex5==
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Facturo - bo=C3=AEte de r=C3=A9ception Peppol

Un nouveau document a =C3=A9t=C3=A9 livr=C3=A9 dans la bo=C3=AEte Peppol de=
 SHOP EXAMPLE NV
(0412.345.678).

Type :            Facture (Peppol BIS Billing 3.0)
Num=C3=A9ro :          2026-0418
=C3=89metteur :        Imprimerie Delhaize & Fils SRL (BE 0456.781.203)
Date :            14/05/2026
=C3=89ch=C3=A9ance :        13/06/2026
Montant TTC :     2.381,40 EUR (TVA 21 % : 413,31 EUR)
Objet :           Impression de 12.000 d=C3=A9pliants "Carte de fid=C3=A9li=
t=C3=A9 -
                  nouvelles conditions"

Le document a =C3=A9t=C3=A9 valid=C3=A9 (sch=C3=A9ma et r=C3=A8gles Peppol =
: OK) et transmis =C3=A0
votre comptabilit=C3=A9 (connecteur : Exact Online).

Voir le document : https://app.facturo.example/inbox/doc/7f20c4d1

Vous recevez cette notification parce que cette adresse est inscrite
comme destinataire des notifications de r=C3=A9ception pour votre
entreprise. Les factures peuvent contenir des donn=C3=A9es =C3=A0 caract=C3=
=A8re
personnel (nom de contact, adresse e-mail, num=C3=A9ro de t=C3=A9l=C3=A9pho=
ne) ;
Facturo les traite en tant que sous-traitant de votre entreprise.

Facturo SRL - Rue Lambert Lombard 3, 4000 Li=C3=A8ge
G=C3=A9rer mes notifications : https://app.facturo.example/settings/notific=
ations
--=-Nq4Wr7Ys0At3Bu6Cv9Dw2Ex5==
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Inter,Arial,sans-serif;font-size:14px;colo=
r:#1f2937">
<div style=3D"max-width:560px;margin:0 auto;padding:24px">
<p style=3D"font-size:18px;font-weight:600">Nouveau document Peppol re=C3=
=A7u</p>
<p>Facture <b>2026-0418</b> de <b>Imprimerie Delhaize &amp; Fils SRL</b> &n=
dash; 2.381,40 EUR TTC, =C3=A9ch=C3=A9ance 13/06/2026.</p>
<p>Validation Peppol : <span style=3D"color:#059669">OK</span> &middot; tra=
nsmise =C3=A0 Exact Online.</p>
<p><a href=3D"https://app.facturo.example/inbox/doc/7f20c4d1" style=3D"back=
ground:#2563eb;color:#fff;padding:10px 16px;border-radius:6px;text-decorati=
on:none">Voir le document</a></p>
<p style=3D"font-size:11px;color:#6b7280">Les factures peuvent contenir des=
 donn=C3=A9es =C3=A0 caract=C3=A8re personnel ; Facturo les traite en tant =
que sous-traitant de votre entreprise. <a href=3D"https://app.facturo.examp=
le/settings/notifications">G=C3=A9rer mes notifications</a></p>
</div></body></html>
--=-Nq4Wr7Ys0At3Bu6Cv9Dw2Ex5==--
'''),
    ('de', 'sepa-mandate-confirmation-widerruf-wording-mailjet', 'automated', (),
'''Return-Path: <bnc3.e2f.4471.1a9c7@bnc3.mailjet.example>
Received: from o183.p25.mailjet.example (o183.p25.mailjet.example [87.253.233.183])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg1Gj9Qy2z5x2Vk
        for <privacy@shop.example.be>; Mon, 18 May 2026 12:10:44 +0200 (CEST)
DKIM-Signature: a=rsa-sha256; c=relaxed/relaxed;
	d=zahlwerk.example; i=mandate@zahlwerk.example; q=dns/txt; s=mailjet;
	x=1779358243; h=message-id:date:from:from:to:to:subject:subject:mime-version:content-type;
	bh=Ab3Cd6Ef9Gh2Ij5Kl8Mn1Op4Qr7St0Uv3Wx6Yz9Ab2C=;
	b=Dd5Ee8Ff1Gg4Hh7Ii0Jj3Kk6Ll9Mm2Nn5Oo8Pp1Qq4Rr7Ss0Tt3Uu6Vv9Ww2Xx5Yy8Zz
From: =?utf-8?b?WmFobHdlcmsgTGFzdHNjaHJpZnQtU2VydmljZQ==?= <mandate@zahlwerk.example>
To: =?utf-8?b?SsO2cmcgSGVsbHdpZw==?= <privacy@shop.example.be>
Subject: =?utf-8?b?QmVzdMOkdGlndW5nIElocmVzIFNFUEEtTGFzdHNjaHJpZnRtYW5kYXRzIOKAkyBT?=
 =?utf-8?b?aG9wIEV4YW1wbGUgUGx1cw==?=
Date: Mon, 18 May 2026 10:10:43 +0000
Message-Id: <m.4471.1a9c7.mandate-confirm@mailjet.example>
X-MJ-Mid: AAAAAPcOyZoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABmVx0zU1Q
X-CSA-Complaints: csa-complaints@eco.example
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=-mj-4471-1a9c7-alt"

--=-mj-4471-1a9c7-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag Herr Hellwig,

vielen Dank für Ihre Anmeldung bei Shop Example Plus. Hiermit bestätigen
wir das folgende SEPA-Lastschriftmandat:

Zahlungsempfänger:     Shop Example NV, Mechelsesteenweg 180, 2018 Antwerpen, Belgien
Gläubiger-ID:          BE62ZZZ0412345678
Mandatsreferenz:       SEPLUS-004781
Art der Zahlung:       wiederkehrende Zahlung, monatlich
Betrag:                9,99 EUR (Tarif "Plus Familie")
Kontoinhaber:          Jörg Hellwig
IBAN:                  DE89 **** **** **** **30 13
BIC:                   COBADEFFXXX
Erteilt am:            18.05.2026, online

Die erste Lastschrift erfolgt am 01.06.2026. Wir kündigen jede
Lastschrift mindestens 3 Tage vorher per E-Mail an.

Hinweis: Sie können innerhalb von acht Wochen, beginnend mit dem
Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es
gelten dabei die mit Ihrem Kreditinstitut vereinbarten Bedingungen.

Sie können dieses Mandat jederzeit widerrufen, indem Sie Ihre
Mitgliedschaft im Kundenkonto kündigen oder sich an Shop Example wenden.
Bereits fällige Beträge bleiben davon unberührt.

Datenschutz: Zahlwerk GmbH verarbeitet Ihre Kontodaten als
Auftragsverarbeiter von Shop Example ausschließlich zur Abwicklung der
Lastschriften. Informationen zu Ihren Rechten auf Auskunft,
Berichtigung, Löschung und Widerspruch finden Sie in der
Datenschutzerklärung von Shop Example: shop.example.be/datenschutz

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht
darauf.

Zahlwerk GmbH, Hanauer Landstraße 291, 60314 Frankfurt am Main
HRB 118204, Amtsgericht Frankfurt am Main

--=-mj-4471-1a9c7-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1c1c1c;background:#f2f4f7">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">
<p><img src="https://assets.zahlwerk.example/mail/logo.png" width="120" alt="Zahlwerk"></p>
<p>Guten Tag Herr Hellwig,</p>
<p>hiermit bestätigen wir Ihr SEPA-Lastschriftmandat für <b>Shop Example Plus</b>.</p>
<table style="font-size:13px" cellpadding="3">
<tr><td>Gläubiger-ID</td><td>BE62ZZZ0412345678</td></tr>
<tr><td>Mandatsreferenz</td><td>SEPLUS-004781</td></tr>
<tr><td>Betrag</td><td>9,99 EUR monatlich</td></tr>
<tr><td>IBAN</td><td>DE89 **** **** **** **30 13</td></tr>
</table>
<p style="font-size:12px">Sie können innerhalb von acht Wochen die Erstattung des belasteten Betrages verlangen. Sie können dieses Mandat jederzeit widerrufen.</p>
<p style="font-size:11px;color:#777">Zahlwerk GmbH verarbeitet Ihre Kontodaten als Auftragsverarbeiter von Shop Example. Diese E-Mail wurde automatisch erstellt.</p>
</div></body></html>

--=-mj-4471-1a9c7-alt--
'''),
    ('de', 'paylater-instalment-declined-merchant-copy-scoring', 'automated', (),
'''Return-Path: <noreply@haendler.ratenwerk.example>
Received: from out-3.haendler.ratenwerk.example (out-3.haendler.ratenwerk.example [198.51.100.83])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg2Hk0Rz4z5x3Wl
        for <privacy@shop.example.be>; Tue, 19 May 2026 16:33:12 +0200 (CEST)
Received: from app-decision-7 (unknown [10.20.7.17])
	by out-3.haendler.ratenwerk.example (Postfix) with ESMTP id 9A1F30C2B47
	for <privacy@shop.example.be>; Tue, 19 May 2026 16:33:11 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=ratenwerk.example; s=h2026;
	t=1779201191; bh=Gh4Ij7Kl0Mn3Op6Qr9St2Uv5Wx8Yz1Ab4Cd7Ef0Gh3I=;
	h=From:To:Subject:Date:Message-ID:MIME-Version;
	b=Jk6Lm9No2Pq5Rs8Tu1Vw4Xy7Za0Bc3De6Fg9Hi2Jk5Lm8No1Pq4Rs7Tu0Vw3Xy6Za9
From: Ratenwerk Partnerportal <noreply@haendler.ratenwerk.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?SMOkbmRsZXJpbmZvOiBGaW5hbnppZXJ1bmdzYW50cmFnIFJXLTIwMjYtMzMxODQy?=
 =?utf-8?b?MCBhYmdlbGVobnQgKEJlc3RlbGx1bmcgU0UtVy0yMDI2LTEyNzcwNSk=?=
Date: Tue, 19 May 2026 16:33:11 +0200
Message-ID: <RW-2026-3318420.decline.merchant@haendler.ratenwerk.example>
Auto-Submitted: auto-generated
Precedence: bulk
X-Ratenwerk-Haendler: 20471
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

RATENWERK - HÄNDLERINFORMATION

Händler:           Shop Example (Händlernummer 20471), Onlineshop DE
Antrag:            RW-2026-3318420
Bestellung:        SE-W-2026-127705
Produkt:           Ratenkauf 12 Monate, 0 % Zins
Finanzierungsbetrag: 1.099,00 EUR
Antragsteller:     S. Bergmann, 50***  Köln
Ergebnis:          ABGELEHNT
Zeitpunkt:         19.05.2026 16:33:09

Die Entscheidung beruht auf einer automatisierten Bonitätsprüfung unter
Einbeziehung einer Auskunftei. Der Antragsteller wurde per E-Mail über die
Ablehnung informiert und auf sein Recht hingewiesen, das Eingreifen einer
Person seitens Ratenwerk zu erwirken, seinen Standpunkt darzulegen und die
Entscheidung anzufechten (Art. 22 Abs. 3 DSGVO).

Bitte beachten Sie:
- Teilen Sie dem Kunden keine Gründe für die Ablehnung mit; diese liegen
  Ihnen nicht vor.
- Leiten Sie Auskunfts- oder Löschanfragen des Kunden zur
  Finanzierungsprüfung an datenschutz@ratenwerk.example weiter. Ratenwerk
  ist für diese Verarbeitung eigenständig verantwortlich.
- Der Kunde kann die Bestellung mit einer anderen Zahlungsart
  abschließen. Die Reservierung der Ware bleibt 48 Stunden bestehen.

Diese Nachricht wurde automatisch erzeugt. Antworten an diese Adresse
werden nicht bearbeitet. Partnerportal: https://haendler.ratenwerk.example

Ratenwerk Bank AG, Theresienhöhe 12, 80339 München
'''),
    ('de', 'exim-bounce-german-mailbox-full-auskunft-reply', 'automated', (),
'''Return-Path: <>
Received: from mout.kundenpost.example (mout.kundenpost.example [212.227.17.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg3Jm2Sb6z5x4Xm
        for <privacy@shop.example.be>; Wed, 20 May 2026 09:12:37 +0200 (CEST)
Received: from mailer-daemon by mout.kundenpost.example with local (Exim 4.97)
	id 1wK8pQ-0003Rt-7v
	for privacy@shop.example.be; Wed, 20 May 2026 09:12:36 +0200
X-Failed-Recipients: h.weidlich@kundenpost.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mout.kundenpost.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Unzustellbar=3A_Ihre_Auskunft_nach_Art=2E_15_DSGVO_=E2=80=93_Zah?=
 =?utf-8?q?lungsdaten?=
Message-Id: <E1wK8pQ-0003Rt-7v@mout.kundenpost.example>
Date: Wed, 20 May 2026 09:12:36 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=1779261156-eximdsn-1447208813

--1779261156-eximdsn-1447208813
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n) ist/sind
betroffen:

  h.weidlich@kundenpost.example
    Postfach des Empfängers ist voll (Speicherplatz überschritten).
    Mailbox quota exceeded: 2048000K used of 2048000K

This message was created automatically by the mail system.
A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error.

--1779261156-eximdsn-1447208813
Content-type: message/delivery-status

Reporting-MTA: dns; mout.kundenpost.example

Action: failed
Final-Recipient: rfc822;h.weidlich@kundenpost.example
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox quota exceeded

--1779261156-eximdsn-1447208813
Content-type: message/rfc822

Return-path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([192.0.2.25])
	by mout.kundenpost.example with esmtps (TLS1.3) (Exim 4.97)
	(envelope-from <privacy@shop.example.be>)
	id 1wK8pP-0003Rk-2c
	for h.weidlich@kundenpost.example; Wed, 20 May 2026 09:12:35 +0200
From: Shop Example Datenschutz <privacy@shop.example.be>
To: Heike Weidlich <h.weidlich@kundenpost.example>
Subject: =?utf-8?q?Ihre_Auskunft_nach_Art=2E_15_DSGVO_=E2=80=93_Zahlungsdaten?=
Date: Wed, 20 May 2026 09:12:31 +0200
Message-ID: <de-20260520-0052291@helpdesk.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Frau Weidlich,

wie angefragt erhalten Sie die Auskunft über die Zahlungsdaten, die wir
zu Ihrem Kundenkonto gespeichert haben. Aus Sicherheitsgründen senden
wir die Übersicht nicht als Anhang; Sie können sie bis zum 19.06.2026
über den folgenden Link herunterladen. Das Passwort erhalten Sie
per SMS an die in Ihrem Konto hinterlegte Nummer.

https://privacy.shop.example.be/dl/8f2c41d7

Mit freundlichen Grüßen
Ihr Datenschutzteam von Shop Example

--1779261156-eximdsn-1447208813--
'''),
    ('de', 'person-mobile-one-line-delete-saved-card-tax-adviser-signature', 'deletion', (),
'''Return-Path: <m.kranz@stb-kranz-partner.example>
Received: from EUR05-AM6-obe.outbound.protection.outlook.example (mail-am6eur05on2102.outbound.protection.outlook.example [40.107.22.102])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg4Kn3Tc8z5x5Yn
        for <privacy@shop.example.be>; Thu, 21 May 2026 07:48:21 +0200 (CEST)
From: Michael Kranz <m.kranz@stb-kranz-partner.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Kreditkarte
Thread-Topic: Kreditkarte
Thread-Index: AQHcyQ7mPw2Rk5Tz8Lb1Nd4Vf7Xh0A==
Date: Thu, 21 May 2026 05:48:18 +0000
Message-ID: <PR3P191MB0987D41A7C2E9B0F53A6E1C8D2B40@PR3P191MB0987.EURP191.PROD.OUTLOOK.example>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R3V0ZW4gTW9yZ2VuLCBiaXR0ZSBkaWUgaW4gbWVpbmVtIEt1bmRlbmtvbnRvIChLZC4tTnIuIDQ0
NzEwOTMpIGhpbnRlcmxlZ3RlIFZpc2EtS2FydGUgZW5kZW5kIGF1ZiAyMjA3IHZvbGxzdMOkbmRp
ZyBsw7ZzY2hlbiwgYXVjaCBiZWltIFphaGx1bmdzZGllbnN0bGVpc3Rlci4gRGFzIEtvbnRvIHNl
bGJzdCBzb2xsIGJsZWliZW4uIEt1cnplIEJlc3TDpHRpZ3VuZyBnZW7DvGd0LiBEYW5rZQpNLiBL
cmFuegoKVm9uIE91dGxvb2sgZsO8ciBpT1MgZ2VzZW5kZXQKX19fX19fX19fX19fX19fX19fX19f
X19fX19fX19fX18KTWljaGFlbCBLcmFueiB8IFN0ZXVlcmJlcmF0ZXIgfCBHZXNjaMOkZnRzZsO8
aHJlcgpLcmFueiAmIFBhcnRuZXIgU3RldWVyYmVyYXR1bmdzZ2VzZWxsc2NoYWZ0IG1iSApBYWNo
ZW5lciBTdHJhw59lIDEwNDIsIDUwODU4IEvDtmxuClQgKzQ5IDIyMSA5NDggMzEgNzAgfCBGICs0
OSAyMjEgOTQ4IDMxIDc5Cnd3dy5zdGIta3JhbnotcGFydG5lci5leGFtcGxlClNpdHogZGVyIEdl
c2VsbHNjaGFmdDogS8O2bG4gfCBBbXRzZ2VyaWNodCBLw7ZsbiBIUkIgOTA0MTIKR2VzY2jDpGZ0
c2bDvGhyZXI6IE1pY2hhZWwgS3JhbnosIERpcGwuLUtmZnIuIFNhYmluZSBPZXJ0ZWwKCkRpZXNl
IEUtTWFpbCBlbnRow6RsdCB2ZXJ0cmF1bGljaGUgdW5kL29kZXIgcmVjaHRsaWNoIGdlc2Now7x0
enRlIEluZm9ybWF0aW9uZW4gdW5kIGthbm4gZGVtIEJlcnVmc2dlaGVpbW5pcyBuYWNoIMKnIDU3
IFN0QmVyRyB1bnRlcmxpZWdlbi4gV2VubiBTaWUgbmljaHQgZGVyIHJpY2h0aWdlIEFkcmVzc2F0
IHNpbmQgb2RlciBkaWVzZSBFLU1haWwgaXJydMO8bWxpY2ggZXJoYWx0ZW4gaGFiZW4sIGluZm9y
bWllcmVuIFNpZSBiaXR0ZSBzb2ZvcnQgZGVuIEFic2VuZGVyIHVuZCB2ZXJuaWNodGVuIFNpZSBk
aWVzZSBFLU1haWwuIERhcyB1bmVybGF1YnRlIEtvcGllcmVuIHNvd2llIGRpZSB1bmJlZnVndGUg
V2VpdGVyZ2FiZSBkaWVzZXIgRS1NYWlsIHNpbmQgbmljaHQgZ2VzdGF0dGV0LgoKRGF0ZW5zY2h1
dHpoaW53ZWlzZSBnZW3DpMOfIEFydC4gMTMgRFNHVk86IFdpciB2ZXJhcmJlaXRlbiBJaHJlIHBl
cnNvbmVuYmV6b2dlbmVuIERhdGVuIHp1ciBCZWFyYmVpdHVuZyBJaHJlciBBbmZyYWdlIHVuZCB6
dXIgRXJmw7xsbHVuZyB1bnNlcmVyIHN0ZXVlcmJlcmF0ZW5kZW4gVMOkdGlna2VpdC4gU2llIGhh
YmVuIGRhcyBSZWNodCBhdWYgQXVza3VuZnQsIEJlcmljaHRpZ3VuZywgTMO2c2NodW5nLCBFaW5z
Y2hyw6Rua3VuZyBkZXIgVmVyYXJiZWl0dW5nLCBXaWRlcnNwcnVjaCB1bmQgRGF0ZW7DvGJlcnRy
YWdiYXJrZWl0IHNvd2llIGVpbiBCZXNjaHdlcmRlcmVjaHQgYmVpIGVpbmVyIEF1ZnNpY2h0c2Jl
aMO2cmRlLiBBdXNmw7xocmxpY2hlIEluZm9ybWF0aW9uZW4gdW50ZXIgd3d3LnN0Yi1rcmFuei1w
YXJ0bmVyLmV4YW1wbGUvZGF0ZW5zY2h1dHouCg==
'''),
    ('de', 'fraud-vendor-webinar-newsletter-chargeback-prevention', 'automated', (),
'''Return-Path: <1axbvq3r7h2m9k4w0dx6ezs5ebz8n2sm1af3ro-newsletter=shop.example.be@bf04x.hubspotemail.example>
Received: from bf04x.hubspotemail.example (bf04x.hubspotemail.example [143.244.84.105])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg6Lp5Vd0z5x6Zo
        for <privacy@shop.example.be>; Tue, 26 May 2026 10:02:58 +0200 (CEST)
DKIM-Signature: v=1; s=hs1-7118204; d=frauddefend.example;
	i=news@frauddefend.example; h=sender:from:from:reply-to:to:to:cc:cc:subject:subject:list-unsubscribe:form-sub:feedback-id;
	a=rsa-sha256; c=relaxed/relaxed; bh=Mn5Op8Qr1St4Uv7Wx0Yz3Ab6Cd9Ef2Gh5Ij8Kl1Mn4O=;
	b=Pq7Rs0Tu3Vw6Xy9Za2Bc5De8Fg1Hi4Jk7Lm0No3Pq6Rs9Tu2Vw5Xy8Za1Bc4De7Fg0H
Sender: FraudDefend <news@frauddefend.example>
From: Lena Brückner von FraudDefend <news@frauddefend.example>
Reply-To: events@frauddefend.example
To: privacy@shop.example.be
Subject: =?utf-8?b?V2ViaW5hciBhbSAxMS4gSnVuaTogRnJpZW5kbHkgRnJhdWQgJiBDaGFyZ2ViYWNr?=
 =?utf-8?b?cyAyMDI2IOKAkyB3YXMgSMOkbmRsZXIgamV0enQgdHVuIG3DvHNzZW4=?=
Date: Tue, 26 May 2026 08:02:55 +0000
Message-ID: <1779782575312.7a4e1c90-3b2f-4d8a-b6e5-0c9f7d2a1e84@bf04x.hubspotemail.example>
List-Unsubscribe: <https://frauddefend.example/hs/manage-preferences/unsubscribe?d=eyJlIjoicHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUifQ>, <mailto:1axbvq3r7h2m9k4w@unsub.hubspotemail.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 7118204:7118204-4412:ecosystem:HubSpot
X-HS-Cid: 1axbvq3r7h2m9k4w0dx6ezs5ebz8n2sm1af3ro
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_8812041_1437920118.1779782575313"

------=_Part_8812041_1437920118.1779782575313
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hallo,

jeder dritte Chargeback im Onlinehandel ist inzwischen "Friendly Fraud":
Der Kunde hat bestellt, erhalten und trotzdem bei seiner Bank
widersprochen. Mit den neuen Regeln von Visa (Compelling Evidence 3.0) und
Mastercard (First-Party Trust) k=C3=B6nnen Sie solche F=C3=A4lle gewinnen -=
 wenn Sie
die richtigen Daten vorlegen.

WEBINAR: Friendly Fraud & Chargebacks 2026
Donnerstag, 11. Juni 2026, 10:00-10:45 Uhr
mit Dr. Tobias Rennert (Head of Disputes, FraudDefend) und einer
Payment-Managerin aus dem Elektronikhandel

Themen:
- Welche Nachweise die Issuer 2026 wirklich akzeptieren
- Ger=C3=A4tedaten und Bestellhistorie im Dispute: was ist DSGVO-konform?
- Automatisierte Chargeback-Antworten in unter 24 Stunden

Jetzt kostenlos anmelden: https://frauddefend.example/webinar-friendly-frau=
d-2026

Viele Gr=C3=BC=C3=9Fe
Lena Br=C3=BCckner
Events & Community, FraudDefend

--
FraudDefend GmbH | Kurf=C3=BCrstendamm 194 | 10707 Berlin
Sie erhalten diese E-Mail, weil Sie in den Empfang unseres Newsletters
eingewilligt haben. Sie k=C3=B6nnen Ihre Einwilligung jederzeit mit Wirkung
f=C3=BCr die Zukunft widerrufen: Abmelden
https://frauddefend.example/hs/manage-preferences/unsubscribe
Datenschutzerkl=C3=A4rung: https://frauddefend.example/datenschutz
------=_Part_8812041_1437920118.1779782575313
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html lang=3D"de"><head><meta charset=3D"utf-8"></head><body=
 style=3D"margin:0;background:#eef1f5">
<table width=3D"600" align=3D"center" cellpadding=3D"0" cellspacing=3D"0" s=
tyle=3D"background:#fff;font-family:Helvetica,Arial,sans-serif">
<tr><td style=3D"background:#0f2a44;padding:20px"><img src=3D"https://fraud=
defend.example/hubfs/logo-white.png" width=3D"150" alt=3D"FraudDefend"></td=
></tr>
<tr><td style=3D"padding:24px;color:#1b2733;font-size:15px">
<h1 style=3D"font-size:22px">Friendly Fraud &amp; Chargebacks 2026</h1>
<p>Jeder dritte Chargeback im Onlinehandel ist inzwischen &bdquo;Friendly F=
raud&ldquo;. Erfahren Sie, welche Nachweise die Issuer 2026 akzeptieren.</p>
<p><b>Donnerstag, 11. Juni 2026, 10:00&ndash;10:45 Uhr</b></p>
<p><a href=3D"https://frauddefend.example/webinar-friendly-fraud-2026" styl=
e=3D"background:#ff5a36;color:#fff;padding:12px 20px;text-decoration:none;b=
order-radius:4px">Kostenlos anmelden</a></p>
</td></tr>
<tr><td style=3D"padding:16px 24px;font-size:11px;color:#7a8694">FraudDefen=
d GmbH, Kurf=C3=BCrstendamm 194, 10707 Berlin. Sie erhalten diese E-Mail, w=
eil Sie in den Empfang unseres Newsletters eingewilligt haben. Sie k=C3=B6n=
nen Ihre Einwilligung jederzeit widerrufen: <a href=3D"https://frauddefend.=
example/hs/manage-preferences/unsubscribe">Abmelden</a></td></tr>
</table></body></html>
------=_Part_8812041_1437920118.1779782575313--
'''),
    ('es', 'virtual-pos-daily-summary-denied-operations-latin1', 'automated', (),
'''Return-Path: <avisos@tpv.pasarela-iberia.example>
Received: from smtp-avisos2.pasarela-iberia.example (smtp-avisos2.pasarela-iberia.example [203.0.113.212])
        by mx1.shop.example.be (Postfix) with ESMTP id 4Jg7Mq6We2z5x7Ap
        for <privacy@shop.example.be>; Wed, 27 May 2026 06:05:19 +0200 (CEST)
Received: from batchtpv03 (batchtpv03.int.pasarela-iberia.example [10.8.3.33])
	by smtp-avisos2.pasarela-iberia.example (Sendmail 8.16.1) with SMTP id 64R45Hqw012288;
	Wed, 27 May 2026 06:05:17 +0200
Date: Wed, 27 May 2026 06:05:17 +0200
From: "TPV Virtual - Avisos" <avisos@tpv.pasarela-iberia.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Resumen_diario_de_operaciones_-_Comercio_334455667_-_26/05/2026?=
Message-ID: <RESDIA.334455667.20260526.060517@batchtpv03>
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: quoted-printable

PASARELA IBERIA - TPV VIRTUAL
RESUMEN DIARIO DE OPERACIONES

Comercio:        334455667 - SHOP EXAMPLE ES (tienda online)
Terminal:        001
Fecha:           26/05/2026
Moneda:          EUR

OPERACIONES AUTORIZADAS
  Pagos .........................  1.204    86.413,27
  Devoluciones ..................     38    -2.911,40
  Preautorizaciones .............     12     1.488,00

OPERACIONES DENEGADAS ...........     97
  0190  Denegaci=F3n del emisor sin especificar motivo ......  41
  0184  Error en la autenticaci=F3n del titular (3DS) .......  29
  0116  Disponible insuficiente ...........................  18
  0129  C=F3digo de seguridad (CVV2/CVC2) incorrecto ........   6
  9915  Operaci=F3n cancelada por el titular ................   3

Ratio de denegaci=F3n: 7,4 % (media sector: 6,1 %)

Le recordamos que el detalle de cada operaci=F3n, incluidos los datos del
titular de la tarjeta, s=F3lo est=E1 disponible en el Portal del Comercio y
que no debe almacenar en sus sistemas el n=FAmero completo de la tarjeta
ni el c=F3digo de seguridad.

Este mensaje se ha generado autom=E1ticamente. No responda a esta
direcci=F3n. Para darse de baja de este resumen dir=EDjase a su entidad o
modifique las notificaciones en el Portal del Comercio.
'''),
    ('es', 'bnpl-instalment-reminder-cuota-2-de-3-sendgrid', 'automated', (),
'''Return-Path: <bounces+31920744-8b1c-privacy=shop.example.be@em4412.plazoo.example>
Received: from o11.ptr4412.plazoo.example (o11.ptr4412.plazoo.example [149.72.171.11])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg8Nr7Xf4z5x8Bq
        for <privacy@shop.example.be>; Thu, 28 May 2026 10:30:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=plazoo.example;
	h=content-type:from:mime-version:subject:to:date:message-id;
	s=s1; bh=Rs8Tu1Vw4Xy7Za0Bc3De6Fg9Hi2Jk5Lm8No1Pq4Rs7T=;
	b=Uv0Wx3Yz6Ab9Cd2Ef5Gh8Ij1Kl4Mn7Op0Qr3St6Uv9Wx2Yz5Ab8Cd1Ef4Gh7Ij0Kl3
Content-Type: multipart/alternative; boundary="b7e3f90a2c4d1e58f6a7b9c0d2e4f1a3"
Date: Thu, 28 May 2026 08:30:06 +0000 (UTC)
From: Plazoo <hola@plazoo.example>
Mime-Version: 1.0
Message-ID: <Xq4Lm8Rt2Vn6Bz0Cw3Dp7Ks1@geopod-ismtpd-9>
Subject: =?utf-8?b?VHUgY3VvdGEgMiBkZSAzIHNlIGNvYnJhcsOhIGVsIDEgZGUganVuaW8g8J+Ssw==?=
X-SG-EID: u001.Bk2Lm5Np8Qr1St4Uv7Wx0Yz3Ab6Cd9Ef
To: =?utf-8?b?THVjw61hIE1vcmVubw==?= <privacy@shop.example.be>
X-Entity-ID: u001.Pz7Qa0Rb3Sc6Td9Ue

--b7e3f90a2c4d1e58f6a7b9c0d2e4f1a3
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

Hola Luc=C3=ADa:

Te recordamos que el lunes 1 de junio cobraremos la segunda cuota de tu
compra en Shop Example.

Compra:            SE-W-2026-115580 (cafetera superautom=C3=A1tica)
Importe total:     449,00 =E2=82=AC
Cuota 2 de 3:      149,67 =E2=82=AC
Tarjeta:           Mastercard terminada en 6620
Cuota 3 de 3:      1 de julio de 2026 - 149,66 =E2=82=AC

Aseg=C3=BArate de tener saldo suficiente. Si el cobro no se puede realizar,
lo volveremos a intentar 3 d=C3=ADas despu=C3=A9s y podr=C3=ADamos aplicar =
un recargo de
5 =E2=82=AC seg=C3=BAn las condiciones de tu contrato.

=C2=BFQuieres pagar antes o cambiar de tarjeta? Hazlo en la app de Plazoo o=
 en
https://plazoo.example/mi-cuenta

Un saludo,
El equipo de Plazoo

--
Plazoo Pagos, S.L. - Calle de Alcal=C3=A1 95, 28009 Madrid - entidad de pago
registrada en el Banco de Espa=C3=B1a.
Este es un mensaje de servicio relacionado con tu contrato; no es posible
darse de baja de estos avisos. Puedes ejercer tus derechos de acceso,
rectificaci=C3=B3n, supresi=C3=B3n, oposici=C3=B3n, limitaci=C3=B3n y porta=
bilidad escribiendo
a protecciondedatos@plazoo.example, y presentar una reclamaci=C3=B3n ante la
Agencia Espa=C3=B1ola de Protecci=C3=B3n de Datos (www.aepd.es).

--b7e3f90a2c4d1e58f6a7b9c0d2e4f1a3
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0

<html><body style=3D"margin:0;background:#f7f3ff;font-family:Poppins,Arial,=
sans-serif">
<div style=3D"max-width:560px;margin:0 auto;background:#fff;padding:28px;bo=
rder-radius:12px">
<p style=3D"font-size:24px;font-weight:700;color:#5b21b6">plazoo</p>
<p>Hola Luc=C3=ADa:</p>
<p>El <b>lunes 1 de junio</b> cobraremos la cuota <b>2 de 3</b> de tu compr=
a en Shop Example: <b>149,67 =E2=82=AC</b> en tu Mastercard terminada en 66=
20.</p>
<p><a href=3D"https://plazoo.example/mi-cuenta" style=3D"background:#5b21b6=
;color:#fff;padding:12px 20px;border-radius:24px;text-decoration:none">Ver =
mis cuotas</a></p>
<p style=3D"font-size:11px;color:#888">Mensaje de servicio relacionado con =
tu contrato. Derechos de acceso, rectificaci=C3=B3n, supresi=C3=B3n, oposic=
i=C3=B3n, limitaci=C3=B3n y portabilidad: protecciondedatos@plazoo.example.=
</p>
</div>
<img src=3D"https://u31920744.ct.sendgrid.example/wf/open?upn=3DXq4Lm8Rt2Vn=
6" width=3D"1" height=3D"1" alt=3D"">
</body></html>

--b7e3f90a2c4d1e58f6a7b9c0d2e4f1a3--
'''),
    ('es', 'person-iphone-forwards-bank-card-alert-double-charge', 'other', (),
'''Return-Path: <jpastorgil@icloud.example>
Received: from qs51p00im-qukt01080302.me.example (qs51p00im-qukt01080302.me.example [17.57.155.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jg9Ps8Yg6z5x9Cr
        for <privacy@shop.example.be>; Fri, 29 May 2026 13:14:45 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=icloud.example; s=1a1hai;
	t=1780053283; bh=Yz1Ab4Cd7Ef0Gh3Ij6Kl9Mn2Op5Qr8St1Uv4Wx7Yz0A=;
	h=Content-Type:From:Mime-Version:Date:Subject:Message-Id:To;
	b=Bc2De5Fg8Hi1Jk4Lm7No0Pq3Rs6Tu9Vw2Xy5Za8Bc1De4Fg7Hi0Jk3Lm6No9Pq2Rs5
Content-Type: multipart/alternative; boundary=Apple-Mail-8E21C4A7-3B90-4F1D-A6C2-5D8E07B3F194
Content-Transfer-Encoding: 7bit
From: Javier Pastor <jpastorgil@icloud.example>
Mime-Version: 1.0 (1.0)
Date: Fri, 29 May 2026 13:14:41 +0200
Subject: =?utf-8?q?Fwd=3A_Alerta=3A_nuevo_cargo_en_tu_tarjeta_=C2=B7=C2=B7=C2=B7?=
 =?utf-8?q?=C2=B7_3391?=
Message-Id: <5E0C8A31-7F24-4B6D-9C13-A2E87D40F6B5@icloud.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22F76)

--Apple-Mail-8E21C4A7-3B90-4F1D-A6C2-5D8E07B3F194
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hola, me hab=C3=A9is cobrado dos veces el pedido SE-W-2026-130072 (64,90 =
=E2=82=AC x2), os adjunto el aviso del banco, el segundo cargo es de hoy a =
las 12:58. =C2=BFMe devolv=C3=A9is uno? No s=C3=A9 a qu=C3=A9 direcci=C3=B3=
n escribir, en la web solo encuentro esta

Enviado desde mi iPhone

Inicio del mensaje reenviado:

De: Banco Lumen <alertas@bancolumen.example>
Fecha: 29 de mayo de 2026, 12:58:33 CEST
Para: jpastorgil@icloud.example
Asunto: Alerta: nuevo cargo en tu tarjeta =C2=B7=C2=B7=C2=B7=C2=B7 3391

Banco Lumen

Hola, JAVIER:

Se ha realizado un cargo con tu tarjeta de d=C3=A9bito =C2=B7=C2=B7=C2=B7=
=C2=B7 3391.

Comercio: SHOP EXAMPLE WEB BRUSSEL BE
Importe: 64,90 EUR
Fecha y hora: 29/05/2026 12:58

Si no reconoces esta operaci=C3=B3n, ll=C3=A1manos al 900 123 456 o bloquea=
 tu tarjeta desde la app.

Este es un mensaje autom=C3=A1tico, por favor no respondas. Banco Lumen, S.=
A. trata tus datos conforme a su pol=C3=ADtica de privacidad (bancolumen.ex=
ample/privacidad).

--Apple-Mail-8E21C4A7-3B90-4F1D-A6C2-5D8E07B3F194
Content-Type: text/html;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"content-type" content=3D"text/html; charset=
=3Dutf-8"></head><body dir=3D"auto">Hola, me hab=C3=A9is cobrado dos veces =
el pedido SE-W-2026-130072 (64,90 =E2=82=AC x2), os adjunto el aviso del ba=
nco, el segundo cargo es de hoy a las 12:58. =C2=BFMe devolv=C3=A9is uno? N=
o s=C3=A9 a qu=C3=A9 direcci=C3=B3n escribir, en la web solo encuentro esta=
<br><br><div dir=3D"ltr">Enviado desde mi iPhone</div><div dir=3D"ltr"><br>=
<blockquote type=3D"cite">Inicio del mensaje reenviado:<br><br><b>De:</b> B=
anco Lumen &lt;alertas@bancolumen.example&gt;<br><b>Fecha:</b> 29 de mayo d=
e 2026, 12:58:33 CEST<br><b>Para:</b> jpastorgil@icloud.example<br><b>Asunt=
o:</b> Alerta: nuevo cargo en tu tarjeta =C2=B7=C2=B7=C2=B7=C2=B7 3391<br><=
br></blockquote></div><blockquote type=3D"cite"><div dir=3D"ltr"><p><b>Banc=
o Lumen</b></p><p>Hola, JAVIER:</p><p>Se ha realizado un cargo con tu tarje=
ta de d=C3=A9bito =C2=B7=C2=B7=C2=B7=C2=B7 3391.</p><p>Comercio: SHOP EXAMP=
LE WEB BRUSSEL BE<br>Importe: 64,90 EUR<br>Fecha y hora: 29/05/2026 12:58</=
p><p>Si no reconoces esta operaci=C3=B3n, ll=C3=A1manos al 900 123 456 o bl=
oquea tu tarjeta desde la app.</p><p style=3D"font-size:10px">Este es un me=
nsaje autom=C3=A1tico, por favor no respondas.</p></div></blockquote></body=
></html>
--Apple-Mail-8E21C4A7-3B90-4F1D-A6C2-5D8E07B3F194--
'''),
    ('es', 'helpdesk-ticket-ack-acquirer-support-deletion-subject', 'automated', (),
'''Return-Path: <soporte+id482193@pagonet-comercios.example>
Received: from outbyoip14.pod13.euc1.zdsys.example (outbyoip14.pod13.euc1.zdsys.example [188.172.138.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh0Qt9Zh8z5x0Ds
        for <privacy@shop.example.be>; Mon, 01 Jun 2026 11:22:31 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=pagonet-comercios.example; s=zendesk1;
	t=1780305750; bh=Tu3Vw6Xy9Za2Bc5De8Fg1Hi4Jk7Lm0No3Pq6Rs9Tu2V=;
	h=Date:From:Reply-To:To:Message-ID:In-Reply-To:References:Subject:Mime-Version:Content-Type;
	b=Wx4Yz7Ab0Cd3Ef6Gh9Ij2Kl5Mn8Op1Qr4St7Uv0Wx3Yz6Ab9Cd2Ef5Gh8Ij1Kl4Mn7O
Date: Mon, 01 Jun 2026 09:22:30 +0000
From: Soporte Comercios Pagonet <soporte@pagonet-comercios.example>
Reply-To: Soporte Comercios Pagonet <soporte+id482193@pagonet-comercios.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Message-ID: <ZD7KQ41R2V_6648f1a2c3b4d_1a2b3c4_sprut@zendesk.example>
In-Reply-To: <es-20260601-0058810@helpdesk.shop.example.be>
References: <es-20260601-0058810@helpdesk.shop.example.be>
Subject: =?utf-8?q?=5BPagonet=5D_Re=3A_Solicitud_de_supresi=C3=B3n_de_datos_del_tit?=
 =?utf-8?q?ular_=E2=80=93_contracargo_CB-26-77104?=
Mime-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_6648f1a2c3b4d_1a2b3c4";
 charset=UTF-8
Content-Transfer-Encoding: 7bit
X-Delivery-Context: event-id-31887420551
X-Auto-Response-Suppress: All
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 9e41c7a
X-Zendesk-Email-Id: 01J0ZD7KQ41R2V8M3N5P6Q7R8S

----==_mimepart_6648f1a2c3b4d_1a2b3c4
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

##- Por favor, escriba su respuesta por encima de esta l=C3=ADnea -##

Hola,

Hemos recibido su solicitud y le hemos asignado el n=C3=BAmero de ticket
#482193. Un agente del equipo de Comercios le responder=C3=A1 en un plazo de
2 d=C3=ADas laborables.

Le recordamos que las solicitudes de acceso, rectificaci=C3=B3n o supresi=
=C3=B3n
de datos personales de titulares de tarjeta deben dirigirse a la entidad
emisora de la tarjeta o a nuestro Delegado de Protecci=C3=B3n de Datos
(dpd@pagonet-comercios.example). Pagonet no puede suprimir datos de
operaciones sujetas a un contracargo abierto mientras dure el
procedimiento.

Puede a=C3=B1adir informaci=C3=B3n a este ticket respondiendo a este correo.

Atentamente,
Soporte Comercios Pagonet

[ZD7KQ4-1R2V]

----==_mimepart_6648f1a2c3b4d_1a2b3c4
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<!DOCTYPE html><html><head><meta content=3D"text/html; charset=3Dutf-8" htt=
p-equiv=3D"Content-Type"></head>
<body><div style=3D"color:#b5b5b5">##- Por favor, escriba su respuesta por =
encima de esta l=C3=ADnea -##</div>
<div style=3D"font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-siz=
e:14px;margin-top:18px">
<p>Hola,</p>
<p>Hemos recibido su solicitud y le hemos asignado el n=C3=BAmero de ticket=
 <b>#482193</b>. Un agente del equipo de Comercios le responder=C3=A1 en un=
 plazo de 2 d=C3=ADas laborables.</p>
<p>Le recordamos que las solicitudes de acceso, rectificaci=C3=B3n o supres=
i=C3=B3n de datos personales de titulares de tarjeta deben dirigirse a la e=
ntidad emisora o a nuestro DPD (dpd@pagonet-comercios.example).</p>
<p>Atentamente,<br>Soporte Comercios Pagonet</p></div>
<div style=3D"color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-to=
p:1px solid #eeeeee">Este correo es un servicio de Pagonet. Desarrollado po=
r Zendesk</div>
<span style=3D"color:#FFFFFF" aria-hidden=3D"true">[ZD7KQ4-1R2V]</span></bo=
dy></html>

----==_mimepart_6648f1a2c3b4d_1a2b3c4--
'''),
    ('it', 'pec-sdi-delivery-receipt-einvoice-forwarded-mailbox', 'automated', (),
'''Return-Path: <posta-certificata@pec.certimail.example>
Received: from mx-fwd.certimail.example (mx-fwd.certimail.example [62.149.128.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh1Ru0Aj0z5x1Et
        for <privacy@shop.example.be>; Tue, 02 Jun 2026 10:12:41 +0200 (CEST)
Received: from pec.certimail.example (pec.certimail.example [62.149.128.20])
	by mx-fwd.certimail.example (Postfix) with ESMTP id 4f2A81C0093
	for <shopexample.it@pec.certimail.example>; Tue, 2 Jun 2026 10:12:40 +0200 (CEST)
Date: Tue, 2 Jun 2026 10:12:36 +0200
From: "Per conto di: sdi21@pec.fatturapa.example" <posta-certificata@pec.certimail.example>
Reply-To: sdi21@pec.fatturapa.example
To: shopexample.it@pec.certimail.example
Subject: POSTA CERTIFICATA: Invio File 18827741933
Message-ID: <opec2102.20260602101236.03188.712.1.52@pec.certimail.example>
X-Riferimento-Message-ID: <2097354882.884120.1780387950211@sdi21.fatturapa.example>
X-Trasporto: posta-certificata
X-TipoRicevuta: completa
X-Forwarded-For: shopexample.it@pec.certimail.example -> privacy@shop.example.be
MIME-Version: 1.0
Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="----6F21A0C7D1E4B98B3C52E07A41D96F10"

This is an S/MIME signed message

------6F21A0C7D1E4B98B3C52E07A41D96F10
Content-Type: multipart/mixed; boundary="----=_Part_8841_1180927401.1780387956330"

------=_Part_8841_1180927401.1780387956330
Content-Type: multipart/alternative; boundary="----=_Part_8842_1527366201.1780387956330"

------=_Part_8842_1527366201.1780387956330
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Messaggio di posta certificata

Il giorno 02/06/2026 alle ore 10:12:30 (+0200) il messaggio
"Invio File 18827741933" =E8 stato inviato da "sdi21@pec.fatturapa.example"
indirizzato a:
shopexample.it@pec.certimail.example
Il messaggio originale =E8 incluso in allegato.
Identificativo messaggio: opec2102.20260602101236.03188.712.1.52@pec.certim=
ail.example
------=_Part_8842_1527366201.1780387956330
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<html><head><title>Messaggio di posta certificata</title></head><body>
<p>Il giorno 02/06/2026 alle ore 10:12:30 (+0200) il messaggio<br/>
&quot;Invio File 18827741933&quot; &egrave; stato inviato da &quot;sdi21@pe=
c.fatturapa.example&quot;<br/>
indirizzato a:<br/>shopexample.it@pec.certimail.example<br/>
Il messaggio originale &egrave; incluso in allegato.<br/>
Identificativo messaggio: opec2102.20260602101236.03188.712.1.52@pec.certim=
ail.example</p>
</body></html>
------=_Part_8842_1527366201.1780387956330--

------=_Part_8841_1180927401.1780387956330
Content-Type: application/xml; name=daticert.xml
Content-Transfer-Encoding: quoted-printable
Content-Disposition: inline; filename=daticert.xml

<?xml version=3D"1.0" encoding=3D"UTF-8"?>
<postacert tipo=3D"posta-certificata" errore=3D"nessuno">
<intestazione><mittente>sdi21@pec.fatturapa.example</mittente><destinatari =
tipo=3D"certificato">shopexample.it@pec.certimail.example</destinatari><ris=
poste>sdi21@pec.fatturapa.example</risposte><oggetto>Invio File 18827741933=
</oggetto></intestazione>
<dati><gestore-emittente>CERTIMAIL PEC S.p.A.</gestore-emittente><data zona=
=3D"+0200"><giorno>02/06/2026</giorno><ora>10:12:30</ora></data><identifica=
tivo>opec2102.20260602101236.03188.712.1.52@pec.certimail.example</identifi=
cativo><msgid>&lt;2097354882.884120.1780387950211@sdi21.fatturapa.example&g=
t;</msgid></dati>
</postacert>
------=_Part_8841_1180927401.1780387956330
Content-Type: message/rfc822
Content-Disposition: inline; filename=postacert.eml

Date: Tue, 2 Jun 2026 10:12:30 +0200 (CEST)
From: sdi21@pec.fatturapa.example
To: shopexample.it@pec.certimail.example
Message-ID: <2097354882.884120.1780387950211@sdi21.fatturapa.example>
Subject: Invio File 18827741933
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="----=_Part_884119_409218340.1780387950210"

------=_Part_884119_409218340.1780387950210
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Il Sistema di Interscambio trasmette in allegato il file
IT04471920183_00A7Q.xml.p7m (fattura elettronica) emesso da
COLORIFICIO BRIANZA SRL (P.IVA IT04471920183) nei confronti di
SHOP EXAMPLE ITALIA SRL, unitamente al file dei metadati.

Il file e' stato ricevuto dal SdI con identificativo 18827741933.

Messaggio generato automaticamente, si prega di non rispondere.
I dati personali eventualmente contenuti nella fattura sono trattati
dall'Agenzia delle Entrate ai sensi del Regolamento (UE) 2016/679; per
l'esercizio dei diritti rivolgersi al titolare indicato nell'informativa
pubblicata sul sito dell'Agenzia.

------=_Part_884119_409218340.1780387950210
Content-Type: application/octet-stream; name=IT04471920183_00A7Q_MT_001.xml
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename=IT04471920183_00A7Q_MT_001.xml

PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiPz4KPG5zMjpGaWxlTWV0YWRhdGkg
eG1sbnM6bnMyPSJodHRwOi8vd3d3LmZhdHR1cmFwYS5nb3YuaXQvc2RpL21lc3NhZ2dpL3YxLjAi
IHZlcnNpb25lPSJTREkxMSI+PElkZW50aWZpY2F0aXZvU2RJPjE4ODI3NzQxOTMzPC9JZGVudGlm
aWNhdGl2b1NkST48Tm9tZUZpbGU+SVQwNDQ3MTkyMDE4M18wMEE3US54bWwucDdtPC9Ob21lRmls
ZT48Q29kaWNlRGVzdGluYXRhcmlvPk01VVhDUjE8L0NvZGljZURlc3RpbmF0YXJpbz48Rm9ybWF0
bz5GUFIxMjwvRm9ybWF0bz48VGVudGF0aXZpSW52aW8+MTwvVGVudGF0aXZpSW52aW8+PE1lc3Nh
Z2VJZD4yMDk3MzU0ODgyPC9NZXNzYWdlSWQ+PC9uczI6RmlsZU1ldGFkYXRpPgo=
------=_Part_884119_409218340.1780387950210--

------=_Part_8841_1180927401.1780387956330--

------6F21A0C7D1E4B98B3C52E07A41D96F10
Content-Type: application/pkcs7-signature; name="smime.p7s"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="smime.p7s"

MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAKCAMIIG
RjCCBS6gAwIBAgIQK4Lw7Rm2Tz9Vb1Cy5Dx8FjANBgkqhkiG9w0BAQsFADBeMQswCQYDVQQGEwJJ
VDEXMBUGA1UECgwOQ0VSVElNQUlMIFBFQzEWMBQGA1UECwwNUEVDIFNlcnZpY2VzMR4wHAYDVQQD
DBVDRVJUSU1BSUwgUEVDIENBIDIwMjQwHhcNMjQwMTE1MDAwMDAwWhcNMjcwMTE0MjM1OTU5WjBI
AAAAAAAA
------6F21A0C7D1E4B98B3C52E07A41D96F10--
'''),
    ('it', 'acquirer-monthly-statement-available-salesforce-it', 'automated', (),
'''Return-Path: <bounce-19_HTML-2281907-551203-7004421-118@bounce.comunicazioni.nexopay.example>
Received: from mta5.comunicazioni.nexopay.example (mta5.comunicazioni.nexopay.example [13.111.14.205])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh2Sv1Bk2z5x2Fu
        for <privacy@shop.example.be>; Wed, 03 Jun 2026 07:41:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; s=200608; d=comunicazioni.nexopay.example;
	h=From:To:Subject:Date:MIME-Version:Content-Type:Message-ID;
	bh=Ef6Gh9Ij2Kl5Mn8Op1Qr4St7Uv0Wx3Yz6Ab9Cd2Ef5G=;
	b=Hi8Jk1Lm4No7Pq0Rs3Tu6Vw9Xy2Za5Bc8De1Fg4Hi7Jk0Lm3No6Pq9Rs2Tu5Vw8Xy1Z
From: "Nexopay Esercenti" <esercenti@comunicazioni.nexopay.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=C3=88_disponibile_il_tuo_estratto_conto_esercente_di_maggio_202?=
 =?utf-8?q?6?=
Date: Tue, 2 Jun 2026 23:41:06 -0600
Message-ID: <d3b2a1f0-9e8c-4d7b-a6f5-e4d3c2b1a098@ind1s06mta1148.xt.local>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_alt_nx_2281907"
X-SFMC-Stack: 7
x-job: 7004421_551203
List-Unsubscribe: <https://click.comunicazioni.nexopay.example/subscription_center.aspx?jwt=eyJhbGciOiJIUzI1NiJ9.nx2281907>

--=_alt_nx_2281907
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gentile Esercente,

l'estratto conto di maggio 2026 per il punto vendita SHOP EXAMPLE ITALIA
SRL - MILANO CORSO BUENOS AIRES (codice esercente 0192774103) è
disponibile nell'Area Riservata.

Transato del mese:        412.880,19 EUR
Commissioni:              2.683,72 EUR
Accrediti:                410.196,47 EUR
Contestazioni aperte:     3

Accedi all'Area Riservata: https://esercenti.nexopay.example/estratti

Per motivi di sicurezza non alleghiamo documenti a questa e-mail e non
ti chiederemo mai via e-mail codici, password o dati delle carte.

Cordiali saluti,
Servizio Clienti Esercenti Nexopay

------------------------------------------------------------
Informativa privacy: Nexopay S.p.A. tratta i dati personali del legale
rappresentante e dei referenti dell'esercente per la gestione del
contratto di convenzionamento. Puoi esercitare i diritti di accesso,
rettifica, cancellazione, limitazione, opposizione e portabilità
scrivendo a dpo@nexopay.example e proporre reclamo al Garante per la
protezione dei dati personali. Questa è una comunicazione di servizio
legata al tuo contratto.

Nexopay S.p.A. - Via Lorenteggio 257, 20152 Milano

--=_alt_nx_2281907
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body style="margin:0;background:#edf1f7;font-family:Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#002b5c;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold">nexopay <span style="font-weight:normal;font-size:14px">Esercenti</span></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#1a1a1a">
<p>Gentile Esercente,</p>
<p>l'estratto conto di <b>maggio 2026</b> per il punto vendita <b>SHOP EXAMPLE ITALIA SRL &ndash; MILANO CORSO BUENOS AIRES</b> è disponibile nell'Area Riservata.</p>
<table style="font-size:13px" cellpadding="4"><tr><td>Transato del mese</td><td align="right">412.880,19 EUR</td></tr><tr><td>Commissioni</td><td align="right">2.683,72 EUR</td></tr><tr><td>Contestazioni aperte</td><td align="right">3</td></tr></table>
<p><a href="https://esercenti.nexopay.example/estratti" style="background:#00a3e0;color:#fff;padding:11px 20px;text-decoration:none">Vai all'Area Riservata</a></p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:10px;color:#6d7a8a">Informativa privacy: puoi esercitare i diritti di accesso, rettifica, cancellazione, limitazione, opposizione e portabilità scrivendo a dpo@nexopay.example. Comunicazione di servizio legata al tuo contratto.</td></tr>
</table>
<img src="https://click.comunicazioni.nexopay.example/open.aspx?ffcb10-fe8a1c7-2281907" width="1" height="1" alt="">
</body></html>

--=_alt_nx_2281907--
'''),
    ('it', 'person-revokes-partner-consent-above-quoted-paylater-promo', 'withdraw_consent', (),
'''Return-Path: <f.carbone74@libero-posta.example>
Received: from smtp-out31.libero-posta.example (smtp-out31.libero-posta.example [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh3Tw2Cm4z5x3Gv
        for <privacy@shop.example.be>; Thu, 04 Jun 2026 21:37:52 +0200 (CEST)
Date: Thu, 4 Jun 2026 21:37:49 +0200 (CEST)
From: Francesca Carbone <f.carbone74@libero-posta.example>
To: privacy@shop.example.be
Message-ID: <1917364028.5510437.1780601869884@mail.libero-posta.example>
In-Reply-To: <rt.promo.it.2026-06.8841207@news.rataly.example>
Subject: R: Shop Example x Rataly: paga in 3 rate a interessi zero
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal
X-Mailer: Libero Mail WebApp 7.12

Buonasera,
non so come, ma a quanto pare quando ho comprato online da voi il
frigorifero a marzo ho dato il consenso a ricevere le offerte dei
"partner". Non me lo ricordo proprio, sarà stata una casella già spuntata.
Comunque quel consenso lo ritiro: non voglio che passiate la mia mail a
Rataly né ad altri partner per la pubblicità. Le mail sul mio ordine e la
garanzia invece vanno bene.

Grazie
Francesca Carbone
via Padova 18, 20127 Milano

----Messaggio originale----
Da: "Rataly" <offerte@news.rataly.example>
Data: 04/06/2026 18:02
A: <f.carbone74@libero-posta.example>
Ogg: Shop Example x Rataly: paga in 3 rate a interessi zero

Ciao Francesca,
l'estate è alle porte! Da Shop Example, online e in negozio, paghi in
3 rate senza interessi con Rataly: climatizzatori, ventilatori,
barbecue e tutto per le vacanze.

>> Scopri le offerte: https://rataly.example/shopexample-estate

Ricevi questa e-mail perché, al momento dell'acquisto su
shop.example.be, hai acconsentito a ricevere comunicazioni commerciali
dai partner di Shop Example. Rataly S.p.A. tratta i tuoi dati in
qualità di titolare autonomo. Per non ricevere più le nostre e-mail
clicca qui: https://news.rataly.example/disiscrizione
'''),
    ('it', 'italian-mta-bounce-over-quota-saved-card-reply', 'automated', (),
'''Return-Path: <>
Received: from smtpcmd12.postaweb-it.example (smtpcmd12.postaweb-it.example [62.149.156.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh4Vx3Dn6z5x4Hw
        for <privacy@shop.example.be>; Fri, 05 Jun 2026 15:06:18 +0200 (CEST)
Received: by smtpcmd12.postaweb-it.example (Postfix)
	id 8E40B1A00F4; Fri,  5 Jun 2026 15:06:17 +0200 (CEST)
Date: Fri,  5 Jun 2026 15:06:17 +0200 (CEST)
From: MAILER-DAEMON@smtpcmd12.postaweb-it.example (Sistema di consegna posta)
Subject: =?utf-8?q?Messaggio_non_recapitato_/_Undelivered_Mail_Returned_to_Sender?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8E40B1A00F4.1780664777/smtpcmd12.postaweb-it.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20260605130617.8E40B1A00F4@smtpcmd12.postaweb-it.example>

Questo è un messaggio in formato MIME.

--8E40B1A00F4.1780664777/smtpcmd12.postaweb-it.example
Content-Description: Notifica
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Questo è il sistema di posta del server smtpcmd12.postaweb-it.example.

Siamo spiacenti di informarla che non è stato possibile consegnare il
suo messaggio a uno o più destinatari. Il messaggio è allegato di seguito.

Per ulteriore assistenza scriva a postmaster.

                   Il sistema di posta

<giuseppe.romano@postaweb-it.example>: host mx.postaweb-it.example[62.149.128.160]
    said: 552 5.2.2 <giuseppe.romano@postaweb-it.example>: casella piena /
    mailbox full (in reply to RCPT TO command)

--8E40B1A00F4.1780664777/smtpcmd12.postaweb-it.example
Content-Description: Rapporto di consegna
Content-Type: message/delivery-status

Reporting-MTA: dns; smtpcmd12.postaweb-it.example
X-Postfix-Queue-ID: 8E40B1A00F4
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri,  5 Jun 2026 15:06:14 +0200 (CEST)

Final-Recipient: rfc822; giuseppe.romano@postaweb-it.example
Original-Recipient: rfc822;giuseppe.romano@postaweb-it.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.postaweb-it.example
Diagnostic-Code: smtp; 552 5.2.2 <giuseppe.romano@postaweb-it.example>: casella
    piena / mailbox full

--8E40B1A00F4.1780664777/smtpcmd12.postaweb-it.example
Content-Description: Intestazioni del messaggio non recapitato
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.25])
	by smtpcmd12.postaweb-it.example (Postfix) with ESMTPS id 8E40B1A00F4
	for <giuseppe.romano@postaweb-it.example>; Fri,  5 Jun 2026 15:06:14 +0200 (CEST)
From: Shop Example - Team Privacy <privacy@shop.example.be>
To: Giuseppe Romano <giuseppe.romano@postaweb-it.example>
Subject: Re: cancellazione carta salvata e dati di pagamento [PRV-2026-06-0117]
Date: Fri, 5 Jun 2026 15:06:11 +0200
Message-ID: <it-20260605-0061172@helpdesk.shop.example.be>
In-Reply-To: <a1c9e4f7.2b08.4d61.9e5a@postaweb-it.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--8E40B1A00F4.1780664777/smtpcmd12.postaweb-it.example--
'''),
    ('pt', 'multibanco-reference-payment-received-merchant-copy-ses', 'automated', (),
'''Return-Path: <0102019a7c3e51f2-8b4d1a60-2e7f-4c93-b15a-9d0e6f3a7c21-000000@eu-west-1.amazonses.example>
Received: from a7-42.smtp-out.eu-west-1.amazonses.example (a7-42.smtp-out.eu-west-1.amazonses.example [54.240.7.42])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh5Wy4Ep8z5x5Jx
        for <privacy@shop.example.be>; Mon, 08 Jun 2026 14:19:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/simple;
	s=pgez2026; d=pagaeasy.example; t=1780921172;
	h=From:To:Subject:MIME-Version:Content-Type:Message-ID:Date;
	bh=Lm2No5Pq8Rs1Tu4Vw7Xy0Za3Bc6De9Fg2Hi5Jk8Lm1N=;
	b=Op4Qr7St0Uv3Wx6Yz9Ab2Cd5Ef8Gh1Ij4Kl7Mn0Op3Qr6St9Uv2Wx5Yz8Ab1Cd4Ef7G
From: Pagaeasy <notificacoes@pagaeasy.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Pagamento_recebido_=E2=80=93_Refer=C3=AAncia_Multibanco_21_458_9?=
 =?utf-8?q?13_=E2=80=93_187=2C40_=E2=82=AC?=
Date: Mon, 8 Jun 2026 12:19:32 +0000
Message-ID: <0102019a7c3e51f2-8b4d1a60-2e7f-4c93-b15a-9d0e6f3a7c21-000000@eu-west-1.amazonses.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_40172_99812044.1780921172118"
Feedback-ID: 1.eu-west-1.Zz8Yx2Wv6Ut0Sr4Qp8On2Ml6Kj0Ih4Gf8Ed2Cb6A=:AmazonSES
X-SES-Outgoing: 2026.06.08-54.240.7.42

------=_Part_40172_99812044.1780921172118
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Pagaeasy - Notifica=C3=A7=C3=A3o de pagamento

Recebemos um pagamento por Refer=C3=AAncia Multibanco para a sua conta
Shop Example Portugal (ID de comerciante 55120).

Entidade:        21458
Refer=C3=AAncia:      913 774 205
Montante:        187,40 =E2=82=AC
Pago em:         08/06/2026 13:18:51
Identificador:   SE-PT-2026-044719 (encomenda online)
Cliente:         In=C3=AAs F. (ines.f***@sapo.example)

O valor ser=C3=A1 liquidado na sua conta no pr=C3=B3ximo dia =C3=BAtil, ded=
uzida a
comiss=C3=A3o de 1,2 %.

A encomenda associada pode agora ser preparada para envio.

Esta notifica=C3=A7=C3=A3o =C3=A9 enviada automaticamente para o endere=C3=
=A7o definido nas
defini=C3=A7=C3=B5es de notifica=C3=A7=C3=B5es da sua conta. Os dados pesso=
ais do cliente
constantes desta mensagem destinam-se apenas =C3=A0 gest=C3=A3o da encomend=
a e do
pagamento; n=C3=A3o os utilize para outros fins.

Pagaeasy - Institui=C3=A7=C3=A3o de Pagamento, S.A. =C2=B7 Rua Castilho 39,=
 1250-068 Lisboa
------=_Part_40172_99812044.1780921172118
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;background:#f4f6f8;margin=
:0">
<div style=3D"max-width:560px;margin:0 auto;background:#fff;padding:24px">
<p style=3D"font-size:20px;color:#00857a;font-weight:bold">pagaeasy</p>
<p>Recebemos um pagamento por <b>Refer=C3=AAncia Multibanco</b>.</p>
<table style=3D"font-size:14px" cellpadding=3D"4">
<tr><td>Entidade</td><td>21458</td></tr><tr><td>Refer=C3=AAncia</td><td>913=
 774 205</td></tr>
<tr><td>Montante</td><td><b>187,40 =E2=82=AC</b></td></tr><tr><td>Identific=
ador</td><td>SE-PT-2026-044719</td></tr>
</table>
<p style=3D"font-size:11px;color:#888">Notifica=C3=A7=C3=A3o autom=C3=A1tic=
a. Os dados pessoais do cliente destinam-se apenas =C3=A0 gest=C3=A3o da en=
comenda e do pagamento.</p>
</div></body></html>
------=_Part_40172_99812044.1780921172118--
'''),
    ('pt', 'fraud-screening-manual-review-alert-pt-plain', 'automated', (),
'''Return-Path: <alertas@vigilo-risk.example>
Received: from relay2.vigilo-risk.example (relay2.vigilo-risk.example [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh6Xz5Fq0z5x6Ky
        for <privacy@shop.example.be>; Tue, 09 Jun 2026 02:14:07 +0200 (CEST)
Received: from engine-04.vigilo-risk.example (engine-04.vigilo-risk.example [10.12.0.44])
	by relay2.vigilo-risk.example (Postfix) with ESMTP id 3B7C91E0A55
	for <privacy@shop.example.be>; Tue,  9 Jun 2026 01:14:06 +0100 (WEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=vigilo-risk.example; s=alerts;
	t=1780967646; bh=Qr3St6Uv9Wx2Yz5Ab8Cd1Ef4Gh7Ij0Kl3Mn6Op9Qr2S=;
	h=From:To:Subject:Date:Message-ID;
	b=Tu5Vw8Xy1Za4Bc7De0Fg3Hi6Jk9Lm2No5Pq8Rs1Tu4Vw7Xy0Za3Bc6De9Fg2Hi5Jk8L
From: =?utf-8?q?Vigilo_Risk_=E2=80=93_Alertas?= <alertas@vigilo-risk.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?=5BVigilo=5D_Transa=C3=A7=C3=A3o_enviada_para_revis=C3=A3o_manua?=
 =?utf-8?q?l_=E2=80=93_SE-PT-2026-045302_=E2=80=93_2=2E149=2C00_=E2=82=AC?=
Date: Tue, 9 Jun 2026 01:14:06 +0100
Message-ID: <alert.rev.SE-PT-2026-045302.1780967646@engine-04.vigilo-risk.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

VIGILO RISK - ALERTA DE REVISÃO MANUAL

Loja:             Shop Example Portugal (online)
Encomenda:        SE-PT-2026-045302
Valor:            2.149,00 € (televisor 77", suporte de parede)
Meio de pagamento: cartão Visa crédito **** 5017 (emitido em Espanha)
Pontuação:        71/100 (zona de revisão: 60-84)
Estado:           EM REVISÃO - pagamento autorizado, captura suspensa

Indicadores
  + morada de entrega diferente da morada de faturação
  + primeira compra nesta conta, criada há 2 horas
  + endereço IP de um serviço de VPN
  - autenticação 3-D Secure concluída com sucesso

Prazo: a autorização expira em 7 dias. Um analista da Vigilo irá rever
a transação até 10/06/2026 12:00; a loja será notificada do resultado.
Não envie a encomenda antes da decisão.

Proteção de dados: esta transação NÃO foi objeto de uma decisão
exclusivamente automatizada; a decisão final é tomada por um analista.
Caso o cliente pergunte, pode ser informado de que o pagamento está em
verificação de segurança. Pedidos de acesso aos dados utilizados na
análise devem ser reencaminhados para privacidade@vigilo-risk.example.

Consola: https://consola.vigilo-risk.example/casos/VR-PT-26-0918814

Mensagem automática. Não responda.
'''),
    ('pt', 'person-via-invoicing-platform-complains-card-not-erased', 'complaint', ('deletion',),
'''Return-Path: <no-reply@faturix.example>
Received: from smtp3.faturix.example (smtp3.faturix.example [198.51.100.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh7Ya6Gr2z5x7Lz
        for <privacy@shop.example.be>; Wed, 10 Jun 2026 18:27:40 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=faturix.example; s=fx1;
	t=1781108859; bh=Ab5Cd8Ef1Gh4Ij7Kl0Mn3Op6Qr9St2Uv5Wx8Yz1Ab4C=;
	h=From:Reply-To:To:Subject:Date:Message-ID:MIME-Version;
	b=De6Fg9Hi2Jk5Lm8No1Pq4Rs7Tu0Vw3Xy6Za9Bc2De5Fg8Hi1Jk4Lm7No0Pq3Rs6Tu9V
From: =?utf-8?b?Uml0YSBNb250ZWlybyAodmlhIEZhdHVyaXgp?= <no-reply@faturix.example>
Reply-To: =?utf-8?b?Uml0YSBNb250ZWlybw==?= <rita@ritamonteiro-design.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?TWVuc2FnZW0gZGUgUml0YSBNb250ZWlybyDigJMgRGVzaWduIEdyw6FmaWNv?=
Date: Wed, 10 Jun 2026 16:27:39 +0000
Message-ID: <msg.55841.20260610162739@app.faturix.example>
X-Mailer: Faturix Mensagens 3.4
X-Faturix-Account: 55841
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="fx-55841-20260610-alt"

--fx-55841-20260610-alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Rita Monteiro – Design Gráfico enviou-lhe uma mensagem através da Faturix:

------------------------------------------------------------
Exmos. Senhores,

No dia 3 de março pedi-vos por escrito (e-mail para este endereço, e
depois pelo formulário do site) que apagassem o cartão de crédito
guardado na minha conta e a própria conta, porque deixei de comprar na
vossa loja online. Recebi uma resposta automática e mais nada.

Ontem recebi uma notificação do banco de uma tentativa de débito de
9,99 € da "SHOP EXAMPLE PLUS" no mesmo cartão, que eu nunca subscrevi.
Ou seja, o cartão continua lá, três meses depois, e está a ser usado.

Isto é inaceitável. Exijo que apaguem imediatamente o cartão e a conta
e que me expliquem por escrito o que aconteceu. Se não tiver resposta
em 10 dias, apresento queixa à CNPD e à autoridade belga de proteção de
dados.

Rita Monteiro
NIF 231 448 907
------------------------------------------------------------

Para responder, utilize o endereço rita@ritamonteiro-design.example.
Esta mensagem foi enviada através da Faturix, software de faturação
certificado pela AT. Não responda a este e-mail: a caixa no-reply não é
lida. Faturix, Lda. · Porto

--fx-55841-20260610-alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p style="color:#777">Rita Monteiro – Design Gráfico enviou-lhe uma mensagem através da Faturix:</p>
<div style="border-left:3px solid #3b82f6;padding:8px 14px;margin:12px 0">
<p>Exmos. Senhores,</p>
<p>No dia 3 de março pedi-vos por escrito (e-mail para este endereço, e depois pelo formulário do site) que apagassem o cartão de crédito guardado na minha conta e a própria conta, porque deixei de comprar na vossa loja online. Recebi uma resposta automática e mais nada.</p>
<p>Ontem recebi uma notificação do banco de uma tentativa de débito de 9,99 € da "SHOP EXAMPLE PLUS" no mesmo cartão, que eu nunca subscrevi. Ou seja, o cartão continua lá, três meses depois, e está a ser usado.</p>
<p>Isto é inaceitável. Exijo que apaguem imediatamente o cartão e a conta e que me expliquem por escrito o que aconteceu. Se não tiver resposta em 10 dias, apresento queixa à CNPD e à autoridade belga de proteção de dados.</p>
<p>Rita Monteiro<br>NIF 231 448 907</p>
</div>
<p style="font-size:11px;color:#999">Para responder, utilize o endereço rita@ritamonteiro-design.example. Esta mensagem foi enviada através da Faturix. Não responda a este e-mail.</p>
</body></html>

--fx-55841-20260610-alt--
'''),
    ('pt', 'office365-auto-reply-acquirer-disputes-shared-mailbox-pt', 'automated', (),
'''Return-Path: <disputas@cartaolusa-comerciantes.example>
Received: from EUR04-DB3-obe.outbound.protection.outlook.example (mail-db3eur04on2110.outbound.protection.outlook.example [40.107.6.110])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Jh8Zb7Hs4z5x8Ma
        for <privacy@shop.example.be>; Thu, 11 Jun 2026 10:05:22 +0200 (CEST)
From: Equipa de Disputas <disputas@cartaolusa-comerciantes.example>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_Pedido_de_acesso_=E2=80=93_documento?=
 =?utf-8?q?s_da_disputa_DSP-PT-26-03317?=
Thread-Topic: =?utf-8?q?Pedido_de_acesso_=E2=80=93_documentos_da_disputa_DSP-PT-26-03317?=
Thread-Index: AQHc2k1rTq8Yb3Lm5Vp0Nx2Wc7Rz4A==
Date: Thu, 11 Jun 2026 08:05:20 +0000
Message-ID: <c0a2e81f7d4b4f6a9e3b5d1c8f20a7e4@DB9PR02MB7719.eurprd02.prod.outlook.example>
In-Reply-To: <pt-20260611-0063308@helpdesk.shop.example.be>
References: <pt-20260611-0063308@helpdesk.shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-Exchange-Organization-AutoReplyCategory: AutoReply
X-Auto-Response-Suppress: All
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_c0a2e81f7d4b4f6a9e3b5d1c8f20a7e4DB9PR02MB7719eurprd02_"

--_000_c0a2e81f7d4b4f6a9e3b5d1c8f20a7e4DB9PR02MB7719eurprd02_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

T2JyaWdhZG8gcGVsbyBzZXUgY29udGFjdG8uCgpSZWNlYmVtb3MgYSBzdWEgbWVuc2FnZW0gbmEg
Y2FpeGEgZGEgRXF1aXBhIGRlIERpc3B1dGFzIGRhIENhcnTDo29MdXNhIENvbWVyY2lhbnRlcy4g
T3MgcGVkaWRvcyBzw6NvIHRyYXRhZG9zIHBvciBvcmRlbSBkZSBjaGVnYWRhIG51bSBwcmF6byBk
ZSA1IGRpYXMgw7p0ZWlzLgoKUG9yIG1vdGl2b3MgZGUgc2VndXJhbsOnYToKLSBuw6NvIGVudmll
IG7Dum1lcm9zIGNvbXBsZXRvcyBkZSBjYXJ0w6NvIG5lbSBjw7NkaWdvcyBkZSBzZWd1cmFuw6dh
IHBvciBlLW1haWw7Ci0gZG9jdW1lbnRvcyBkZSBkZWZlc2EgZGUgZGlzcHV0YXMgZGV2ZW0gc2Vy
IGNhcnJlZ2Fkb3Mgbm8gUG9ydGFsIGRvIENvbWVyY2lhbnRlIChEaXNwdXRhcyA+IFJlc3BvbmRl
cikuCgpQZWRpZG9zIGRlIHRpdHVsYXJlcyBkZSBkYWRvcyByZWxhdGl2b3MgYW9zIHNldXMgZGFk
b3MgcGVzc29haXMgKGFjZXNzbywgcmV0aWZpY2HDp8OjbywgYXBhZ2FtZW50bywgbGltaXRhw6fD
o28pIGRldmVtIHNlciBkaXJpZ2lkb3MgYW8gbm9zc28gRW5jYXJyZWdhZG8gZGEgUHJvdGXDp8Oj
byBkZSBEYWRvczogZXBkQGNhcnRhb2x1c2EuZXhhbXBsZS4KCkNvbSBvcyBtZWxob3JlcyBjdW1w
cmltZW50b3MsCkVxdWlwYSBkZSBEaXNwdXRhcwpDYXJ0w6NvTHVzYSBDb21lcmNpYW50ZXMsIFMu
QS4K

--_000_c0a2e81f7d4b4f6a9e3b5d1c8f20a7e4DB9PR02MB7719eurprd02_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGhlYWQ+PG1ldGEgaHR0cC1lcXVpdj0iQ29udGVudC1UeXBlIiBjb250ZW50PSJ0ZXh0
L2h0bWw7IGNoYXJzZXQ9dXRmLTgiPjwvaGVhZD4KPGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1p
bHk6Q2FsaWJyaSxBcmlhbCxzYW5zLXNlcmlmO2ZvbnQtc2l6ZToxMXB0Ij4KPHA+T2JyaWdhZG8g
cGVsbyBzZXUgY29udGFjdG8uPC9wPgo8cD5SZWNlYmVtb3MgYSBzdWEgbWVuc2FnZW0gbmEgY2Fp
eGEgZGEgRXF1aXBhIGRlIERpc3B1dGFzIGRhIENhcnTDo29MdXNhIENvbWVyY2lhbnRlcy4gT3Mg
cGVkaWRvcyBzw6NvIHRyYXRhZG9zIHBvciBvcmRlbSBkZSBjaGVnYWRhIG51bSBwcmF6byBkZSA1
IGRpYXMgw7p0ZWlzLjwvcD4KPHA+UG9yIG1vdGl2b3MgZGUgc2VndXJhbsOnYTogbsOjbyBlbnZp
ZSBuw7ptZXJvcyBjb21wbGV0b3MgZGUgY2FydMOjbyBuZW0gY8OzZGlnb3MgZGUgc2VndXJhbsOn
YSBwb3IgZS1tYWlsOyBkb2N1bWVudG9zIGRlIGRlZmVzYSBkZSBkaXNwdXRhcyBkZXZlbSBzZXIg
Y2FycmVnYWRvcyBubyBQb3J0YWwgZG8gQ29tZXJjaWFudGUgKERpc3B1dGFzICZndDsgUmVzcG9u
ZGVyKS48L3A+CjxwPlBlZGlkb3MgZGUgdGl0dWxhcmVzIGRlIGRhZG9zIHJlbGF0aXZvcyBhb3Mg
c2V1cyBkYWRvcyBwZXNzb2FpcyAoYWNlc3NvLCByZXRpZmljYcOnw6NvLCBhcGFnYW1lbnRvLCBs
aW1pdGHDp8OjbykgZGV2ZW0gc2VyIGRpcmlnaWRvcyBhbyBub3NzbyBFbmNhcnJlZ2FkbyBkYSBQ
cm90ZcOnw6NvIGRlIERhZG9zOiBlcGRAY2FydGFvbHVzYS5leGFtcGxlLjwvcD4KPHA+Q29tIG9z
IG1lbGhvcmVzIGN1bXByaW1lbnRvcyw8YnI+RXF1aXBhIGRlIERpc3B1dGFzPGJyPkNhcnTDo29M
dXNhIENvbWVyY2lhbnRlcywgUy5BLjwvcD4KPC9kaXY+PC9ib2R5PjwvaHRtbD4K

--_000_c0a2e81f7d4b4f6a9e3b5d1c8f20a7e4DB9PR02MB7719eurprd02_--
'''),
]

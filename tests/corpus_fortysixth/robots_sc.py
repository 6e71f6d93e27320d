"""Forty-sixth set, automatic mail of accounts and security, plus people who look automatic (14 languages). Written apart from the code."""

ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'okta-new-sign-on-notification', 'automated', (),
'''Return-Path: <noreply@okta.com>
Received: from mx-out-2.okta.com (mx-out-2.okta.com [198.51.100.87])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2vTq0Kx3z1xqN
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:14:37 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=okta.com; s=s2026;
        t=1793603671; h=from:to:subject:date:message-id:mime-version;
        bh=Xo2fJz3kq9yM0bK8p4WnUcR1sVtA6eLhGdI5jQ7wHfE=;
        b=kT3nV8pL2qWx0zR5cY7uB1mA9sD4fG6hJ8kL0zX2cV4bN6mQ1wE3rT5yU7iO9pA
         s7dF2gH4jK6lZ8xC0vB2nM4qW6eR8tY0uI2oP4aS6dF8gH0jK2lZ4xC6vB8nM0q=
From: Okta <noreply@okta.com>
To: privacy@shop.example.be
Subject: New sign-on notification
Date: Mon, 2 Nov 2026 07:14:31 +0000 (UTC)
Message-ID: <1102507144.8812743.1793603671220@app-prod-w2-17.okta.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_8812742_1930574415.1793603671219"
Auto-Submitted: auto-generated
X-Okta-Org: shopexample.okta.com
X-Okta-Template: email-new-sign-on

------=_Part_8812742_1930574415.1793603671219
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Hi Privacy Team,

Your Shop Example BV account was just used to sign in from a new device
or location.

Sign-on details
  User:          privacy@shop.example.be
  Application:   Zendesk - Privacy Desk
  Date:          November 2, 2026 at 7:14:28 AM UTC
  Browser:       Firefox 144.0 on Windows 11
  IP address:    203.0.113.58
  Location:      Ghent, Flanders, Belgium

If you recognize this activity, no action is needed.

If you don't recognize this activity, contact your administrator right
away at it-helpdesk@shop.example.be. Your administrator may require you
to reset your password and re-enroll your factors.

This is an automatically generated message from Okta. Replies to this
message are not monitored or answered.

------=_Part_8812742_1930574415.1793603671219
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px;color:#1d1=
d21">
<p>Hi Privacy Team,</p>
<p>Your Shop Example BV account was just used to sign in from a new device =
or location.</p>
<table cellpadding=3D"4">
<tr><td><b>User</b></td><td>privacy@shop.example.be</td></tr>
<tr><td><b>Application</b></td><td>Zendesk - Privacy Desk</td></tr>
<tr><td><b>Date</b></td><td>November 2, 2026 at 7:14:28 AM UTC</td></tr>
<tr><td><b>Browser</b></td><td>Firefox 144.0 on Windows 11</td></tr>
<tr><td><b>IP address</b></td><td>203.0.113.58</td></tr>
<tr><td><b>Location</b></td><td>Ghent, Flanders, Belgium</td></tr>
</table>
<p>If you recognize this activity, no action is needed.</p>
<p>If you don't recognize this activity, contact your administrator right a=
way at <a href=3D"mailto:it-helpdesk@shop.example.be">it-helpdesk@shop.exam=
ple.be</a>.</p>
<p style=3D"color:#6e6e78;font-size:12px">This is an automatically generate=
d message from Okta. Replies to this message are not monitored or answered.=
</p>
</body></html>
------=_Part_8812742_1930574415.1793603671219--
'''),

    ('en', 'google-dmarc-aggregate-report', 'automated', (),
'''Return-Path: <3mVkaZRQKDhsN0qA9-sB7rc8-mC6fG.C0A6F.ABC@dmarc-reports.bounces.google.com>
X-Original-To: dmarc@shop.example.be
Delivered-To: privacy@shop.example.be
Received: from mail-yw1-f198.google.com (mail-yw1-f198.google.com [209.85.128.198])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2wBd6Hq1z9sTm
        for <dmarc@shop.example.be>; Tue,  3 Nov 2026 09:27:52 +0100 (CET)
Received: by mail-yw1-f198.google.com with SMTP id 00721157ae682-7a1c2f0e3b5so1840267b3.2
        for <dmarc@shop.example.be>; Tue, 03 Nov 2026 00:27:51 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=google.com; s=20230601; t=1793694471; x=1794299271; dara=google.com;
        h=to:from:subject:message-id:date:mime-version:from:to:cc:subject
         :date:message-id:reply-to;
        bh=5mQ0aT3gVb7kR2uN9yL4cX1pW6sE8dF0hJ3kZ5vB7nM=;
        b=Ld8s2KfQ9wR4tY6uI1oP3aS5dF7gH9jK2lZ4xC6vB8nM0qW2eR4tY6uI8oP0aS2d
         F4gH6jK8lZ0xC2vB4nM6qW8eR0tY2uI4oP6aS8dF0gH2jK4lZ6xC8vB0nM2qW4e==
X-Google-Smtp-Source: AGHT+IHw2kq8aJ9mR0vT3xN6pL1sD4fG7hK0zC3vB6nM9qW2eR5tY8uI1oP4aS7dF0gH3jK6
X-Received: by 2002:a05:690c:4b0e:b0:7a1:9d2e:44c1 with SMTP id 00721157ae682-7a1d04b93e2mr21735947b3.48.1793694471662;
        Tue, 03 Nov 2026 00:27:51 -0800 (PST)
MIME-Version: 1.0
Date: Mon, 02 Nov 2026 15:59:59 -0800
Message-ID: <13964082217551390726@google.com>
Subject: Report domain: shop.example.be Submitter: google.com Report-ID: 13964082217551390726
From: noreply-dmarc-support@google.com
To: dmarc@shop.example.be
Content-Type: multipart/mixed; boundary="000000000000f4a21c0641b3e8d2"

--000000000000f4a21c0641b3e8d2
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes


--000000000000f4a21c0641b3e8d2
Content-Type: application/zip;
	name="google.com!shop.example.be!1793491200!1793577599.zip"
Content-Disposition: attachment;
	filename="google.com!shop.example.be!1793491200!1793577599.zip"
Content-Transfer-Encoding: base64

UEsDBBQACAgIAHNkYlsAAAAAAAAAAAAAAAA2AAAAZ29vZ2xlLmNvbSFzaG9wLmV4YW1wbGUuYmUh
MTc5MzQ5MTIwMCExNzkzNTc3NTk5LnhtbO1YW2/bNhR+369g9bAEqJXoFtsZYhRq2m7ZmiZrkgJb
ERSyRMeCLcqg6Eu2bY974EsT51uWIJBpSu+3FAvrWMEvQNIcXHX5Jb8/CnvhrSaVpOdw3WfKCj8
uzu9LVFFTRvMkzLzpNyIWd4zDf4U9hUnR8ejC+nCXk1p4KlpTFZHpSwpKFMhaWgIU8NfdaAlJp5K
khXOU2C0Brsz3/ylI1ElyJnmFn5XbjK/kP6jOMzZJ2yI+QcVvRnP5YqcGNGhdcClxz9OxcX2J1b7
Ar4mDSvHdm2lfXPIr0s4RHsMeGn3MNWNmBSsRbjBrJHZtdRuZsuxL8H7FeEV4r7bVqE5XwUtVHIl
U2m2ESqdB6Xrb2jhJPkM8vvh2ZQd7yLwRQ3IcR+nZVG0F0VbhVSRQzVHZZEyjWjWZ7OmcFGrIXp
H9q0Cn0bb3H8L/H2g5FQSwcI4nq1d0sBAACcBAAAUEsBAhQAFAAICAgAc2RiW+J6tXdLAQAAnAQA
ADYAAAAAAAAAAAAAAAAAAAAAAGdvb2dsZS5jb20hc2hvcC5leGFtcGxlLmJlITE3OTM0OTEyMDAh
MTc5MzU3NzU5OS54bWxQSwUGAAAAAAEAAQBkAAAAswEAAAAA
--000000000000f4a21c0641b3e8d2--
'''),

    ('en', 'hibp-domain-search-breach-notification', 'automated', (),
'''Return-Path: <bounces+3318806-71e2-privacy=shop.example.be@em.haveibeenpwned.com>
Received: from o1678.em.haveibeenpwned.com (o1678.em.haveibeenpwned.com [149.72.154.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2yQn4Wb7z9sXc
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 22:06:13 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=haveibeenpwned.com;
        h=content-type:from:mime-version:subject:to:cc:content-type:from:subject:to;
        s=s1; bh=N8vFq3cU0rJ2kX7tW5yB9mL1aZ4sD6fG0hK3jP8eR2o=;
        b=fP4sL9kQ2wE7rT1yU5iO8pA3sD6fG9hJ2kL5zX8cV1bN4mQ7wE0rT3yU6iO9pA2s
Content-Type: multipart/alternative; boundary=5c8a2e9f7b31d04e6a1f3c5b8d27e904
Date: Wed, 04 Nov 2026 21:06:11 +0000 (UTC)
From: Have I Been Pwned <noreply@haveibeenpwned.com>
Mime-Version: 1.0
Message-ID: <Tz3kQ1mVRwyr8pN5xL2bHg@geopod-ismtpd-7>
Subject: You've been pwned: 3 addresses on shop.example.be are in the CouponVault breach
To: privacy@shop.example.be
X-SG-EID: u001.bK2mQ8rT4vX6zA0cE2gI4kM6oQ8sU0wY2aC4eG6iK8mO0qS2uW4yA6cE8gI0kM2
X-Entity-ID: u001.9pXz7Lq2Kt4Vw8Rb3Nm6Jd==

--5c8a2e9f7b31d04e6a1f3c5b8d27e904
Content-Transfer-Encoding: 7bit
Content-Type: text/plain; charset=us-ascii
Mime-Version: 1.0

Hi,

You're receiving this because you verified ownership of shop.example.be
and subscribed to breach notifications for the domain on Have I Been
Pwned.

A new data breach has been loaded into HIBP and 3 email addresses on
your domain were found in it.

Breach:              CouponVault
Date of breach:      14 September 2026
Date added to HIBP:  4 November 2026
Pwned accounts:      2,187,442
Compromised data:    Email addresses, Names, Passwords, IP addresses,
                     Phone numbers

In September 2026, the coupon and cashback site CouponVault suffered a
data breach that exposed more than 2 million customer records. The data
was later posted to a popular hacking forum and included names, email
and IP addresses, phone numbers and passwords stored as unsalted MD5
hashes.

Affected addresses on shop.example.be (3):
  info@shop.example.be
  marketing@shop.example.be
  privacy@shop.example.be

See the full list of breached addresses on your domain in the dashboard:
https://haveibeenpwned.com/DomainSearch

If any of these addresses reused a password on CouponVault, change it
everywhere it was used and turn on two-factor authentication.

--
Have I Been Pwned
You can change or cancel domain notifications at any time from the
domain search dashboard.

--5c8a2e9f7b31d04e6a1f3c5b8d27e904
Content-Transfer-Encoding: quoted-printable
Content-Type: text/html; charset=us-ascii
Mime-Version: 1.0

<html><body style=3D"font-family:Segoe UI,Arial,sans-serif">
<h2>3 addresses on shop.example.be have been pwned</h2>
<p>A new data breach has been loaded into Have I Been Pwned and 3 email add=
resses on your domain were found in it.</p>
<p><b>Breach:</b> CouponVault<br><b>Date of breach:</b> 14 September 2026<=
br><b>Pwned accounts:</b> 2,187,442<br><b>Compromised data:</b> Email addre=
sses, Names, Passwords, IP addresses, Phone numbers</p>
<p><a href=3D"https://haveibeenpwned.com/DomainSearch">View affected addres=
ses</a></p>
</body></html>
--5c8a2e9f7b31d04e6a1f3c5b8d27e904--
'''),

    ('en', 'person-forwards-new-sign-in-alert-freeze-account', 'restriction', (),
'''Return-Path: <rachel.whitmore@gmail.com>
Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [209.85.221.54])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3bXk2Pd8z9sQr
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 08:41:19 +0100 (CET)
Received: by mail-wr1-f54.google.com with SMTP id ffacd0b85a97d-42b3c1a7e5dso2210436f8f.1
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 23:41:18 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793950878; x=1794555678; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=pR2xW6qN0cV4bM8kL1zJ5hG9fD3sA7eT2yU6iO0pQ4w=;
        b=Hq8wE2rT6yU0iO4pA8sD2fG6hJ0kL4zX8cV2bN6mQ0wE4rT8yU2iO6pA0sD4fG8h
MIME-Version: 1.0
References: <20261107021207.3F2A81C0042@account.shop.example.be>
In-Reply-To: <20261107021207.3F2A81C0042@account.shop.example.be>
From: Rachel Whitmore <rachel.whitmore@gmail.com>
Date: Sat, 7 Nov 2026 07:41:05 +0000
Message-ID: <CAJx4Kp2mW8rQ+Tn3v0bYh6LsdE1fNz9uX7cGa5oRk2eV8jq1Aw@mail.gmail.com>
Subject: Fwd: New sign-in to your Shop Example account
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000007c3e9a0641c2f15b"

--0000000000007c3e9a0641c2f15b
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

This wasn't me. I was fast asleep at 3am and I've certainly never been to L=
agos.

Can you please freeze my account until you've worked out what happened? No=
body should be able to place orders, change my address or use my points in=
 the meantime. I've changed my password but I'd feel a lot better if you lo=
cked it on your side as well.

Please don't close or delete it though =E2=80=93 there are about 1,400 poin=
ts on my loyalty card (2600 1184 3307) and I may still need to return somet=
hing from my last order.

Thanks,
Rachel

---------- Forwarded message ---------
From: Shop Example <no-reply@account.shop.example.be>
Date: Sat, 7 Nov 2026 at 03:12
Subject: New sign-in to your Shop Example account
To: <rachel.whitmore@gmail.com>


Hi Rachel,

We noticed a new sign-in to your Shop Example account.

When: Saturday 7 November 2026, 03:12 (Brussels time)
Device: Chrome on Android
Location: Lagos, Nigeria (approximate)

Was this you? Then you don't need to do anything.
Wasn't it you? Change your password right away via
https://shop.example.be/account/security

The Shop Example team

--0000000000007c3e9a0641c2f15b
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>This wasn&#39;t me. I was fast asleep at 3am and I&#3=
9;ve certainly never been to Lagos.</div><div><br></div><div>Can you please=
 freeze my account until you&#39;ve worked out what happened? Nobody should=
 be able to place orders, change my address or use my points in the meantim=
e. I&#39;ve changed my password but I&#39;d feel a lot better if you locked=
 it on your side as well.</div><div><br></div><div>Please don&#39;t close o=
r delete it though =E2=80=93 there are about 1,400 points on my loyalty car=
d (2600 1184 3307) and I may still need to return something from my last or=
der.</div><div><br></div><div>Thanks,</div><div>Rachel</div><br><div class=
=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">---------- Forwarded=
 message ---------<br>From: <b class=3D"gmail_sendername">Shop Example</b> =
&lt;no-reply@account.shop.example.be&gt;<br>Date: Sat, 7 Nov 2026 at 03:12<=
br>Subject: New sign-in to your Shop Example account<br>To: &lt;rachel.whit=
more@gmail.com&gt;<br></div><br><p>Hi Rachel,</p><p>We noticed a new sign-i=
n to your Shop Example account.</p><p>When: Saturday 7 November 2026, 03:12=
 (Brussels time)<br>Device: Chrome on Android<br>Location: Lagos, Nigeria (=
approximate)</p><p>The Shop Example team</p></div></div>

--0000000000007c3e9a0641c2f15b--
'''),

    ('en', 'tls-certificate-expiry-warning', 'automated', (),
'''Return-Path: <renewals@mail.certdesk.eu>
Received: from out-07.mail.certdesk.eu (out-07.mail.certdesk.eu [192.0.2.147])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3fZr1Mt5z9sPd
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 06:00:42 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=certdesk.eu; s=mail;
        h=from:to:subject:date:message-id; bh=aZ7kQ2mX9pL4wN1vB6cR3tY8uE5sD0fG2hJ4kL6zX8c=;
        b=Wm3nB7vC1xZ5lK9jH3gF7dS1aP5oI9uY3tR7eW1qM5nB9vC3xZ7lK1jH5gF9dS3a
From: CertDesk Renewals <renewals@mail.certdesk.eu>
To: privacy@shop.example.be
Subject: [Action required] Certificate for privacy.shop.example.be expires in 14 days
Date: Mon, 09 Nov 2026 05:00:38 +0000
Message-ID: <renewal-notice-14d.CD-2025-0419377@mail.certdesk.eu>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
Precedence: bulk
X-CertDesk-Order: CD-2025-0419377

Hello,

This is an automated reminder that the following TLS/SSL certificate is
about to expire. You are receiving it because privacy@shop.example.be is
listed as technical contact on the order.

  Common name:     privacy.shop.example.be
  SANs:            privacy.shop.example.be, dsr.shop.example.be
  Product:         DV SSL (1 year)
  Order number:    CD-2025-0419377
  Issued:          23 November 2025
  Expires:         23 November 2026 23:59:59 UTC (in 14 days)
  Auto-renewal:    OFF

After the expiry date, browsers will show a security warning to anyone
visiting these hostnames.

To renew, sign in to your CertDesk account and choose "Renew" next to the
order. If the certificate is no longer needed, you can ignore this
message or switch off reminders for this order.

Next reminders: 7 days, 1 day and on the day of expiry.

--
CertDesk - certificates for small businesses
This mailbox is not monitored. For help go to https://www.certdesk.eu/support
'''),

    # ------------------------------------------------------------------ nl
    ('nl', 'exchange-ooo-reply-to-identity-check', 'automated', (),
'''Return-Path: <bart.claes@vdb-logistics.be>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2112.outbound.protection.outlook.com [40.107.105.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2xFh1Lc4z9sWk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 10:02:44 +0100 (CET)
Received: from AM9PR07MB7251.eurprd07.prod.outlook.com (2603:10a6:20b:2d5::14)
 by DB9PR07MB8830.eurprd07.prod.outlook.com (2603:10a6:10:2a1::9) with
 Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8632.14; Tue, 3 Nov
 2026 09:02:43 +0000
From: Bart Claes <bart.claes@vdb-logistics.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Verificatie van uw identiteit - uw verzoek
 PRV-2026-0871
Thread-Topic: Verificatie van uw identiteit - uw verzoek PRV-2026-0871
Thread-Index: AQHbTk3nQ2vX8yZpREWm1c0aLkV2xw==
Date: Tue, 3 Nov 2026 09:02:42 +0000
Message-ID: <AM9PR07MB72513C1E8F0D4A6B9E2D71A5C85A2@AM9PR07MB7251.eurprd07.prod.outlook.com>
In-Reply-To: <20261103090231.5D7C21C0031@mail.shop.example.be>
References: <20261103090231.5D7C21C0031@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: bart.claes@vdb-logistics.be
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
x-ms-exchange-transport-fromentityheader: Hosted
Content-Language: nl-BE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Goedemorgen,

Bedankt voor uw bericht. Ik ben afwezig van maandag 2 november tot en met v=
rijdag 13 november en heb in die periode geen toegang tot mijn mailbox. Uw =
e-mail wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij mijn collega Ilse Wouters (ilse.wou=
ters@vdb-logistics.be of +32 3 288 41 70). Voor al het andere antwoord ik =
u zo snel mogelijk na mijn terugkeer.

Met vriendelijke groeten,

Bart Claes
Co=F6rdinator klantendienst
Van den Broeck Logistics NV =B7 Haven 1120, 2030 Antwerpen
'''),

    ('nl', 'safeonweb-phishing-report-acknowledgement', 'automated', (),
'''Return-Path: <>
Received: from mail-out1.safeonweb.be (mail-out1.safeonweb.be [193.191.245.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zKp3Cv1z9sRt
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:37:09 +0100 (CET)
From: Safeonweb <noreply@safeonweb.be>
To: privacy@shop.example.be
Subject: Re: Fwd: Phishing in naam van Shop Example - valse melding "pakket
 geblokkeerd"
Date: Wed, 4 Nov 2026 14:37:06 +0000
Message-ID: <ack-7f3e1c94-52b0-4d1a-9a6e-0cb8d2f47e15@safeonweb.be>
In-Reply-To: <20261104143512.8B4A21C0027@mail.shop.example.be>
References: <20261104143512.8B4A21C0027@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply

Beste,

Bedankt om dit verdachte bericht door te sturen naar verdacht@safeonweb.be.

Dit is een automatisch antwoord. We krijgen elke dag tienduizenden meldingen
binnen en kunnen daarom niet persoonlijk op elke melding reageren. Stuur
geen vragen naar dit adres: die worden niet gelezen.

Wat gebeurt er met uw melding?
De links in het bericht dat u doorstuurde, worden automatisch gecontroleerd.
Blijkt een link naar een phishingsite te leiden, dan wordt die site
doorgegeven aan de browsers en antivirusbedrijven. Zo krijgen andere mensen
een waarschuwing te zien als ze op dezelfde link klikken.

Hebt u zelf op een link geklikt of gegevens ingevuld?
- Hebt u bankgegevens doorgegeven? Bel dan meteen Card Stop op 078 170 170.
- Hebt u een wachtwoord ingevuld? Verander het dan onmiddellijk, ook op
  andere sites waar u hetzelfde wachtwoord gebruikt.
- Bent u slachtoffer van fraude? Doe aangifte bij de politie.

Meer tips vindt u op www.safeonweb.be.

Safeonweb
Centrum voor Cybersecurity België
'''),

    ('nl', 'mollie-chargeback-fraud-notice', 'automated', (),
'''Return-Path: <bounce-md_30588712.6729f1c3.v1-4a8e2b0c7d914f55a3c6e8b1f2d0a937@mandrill.mollie.com>
Received: from mail180-12.suw21.mandrillapp.com (mail180-12.suw21.mandrillapp.com [198.2.180.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R31Wm6Jx2z9sMv
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 11:48:27 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mollie.com;
        s=mandrill; t=1793789305; bh=3hT6kM1qW9xR4zB7vN2cL5pJ8sD0fG3aE6yU1iO4pQ7=;
        h=From:Subject:To:Message-Id:Date:MIME-Version:Content-Type;
        b=vN5mB9cX3zL7kJ1hG5fD9sA3pO7iU1yT5rE9wQ3mN7bV1cX5zL9kJ3hG7fD1sA5p
From: Mollie <noreply@mollie.com>
Subject: Nieuwe chargeback ontvangen voor betaling tr_7xKp2bWqRd
To: privacy@shop.example.be
Message-Id: <4a8e2b0c7d914f55a3c6e8b1f2d0a937.20261105104825@mail180-12.suw21.mandrillapp.com>
Date: Thu, 05 Nov 2026 10:48:25 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Report-Abuse: Please forward a copy of this message, including all headers, to abuse@mandrill.com
X-Mandrill-User: md_30588712
Auto-Submitted: auto-generated

Hallo Shop Example BV,

We hebben een chargeback ontvangen voor een van je creditcardbetalingen. He=
t bedrag is van je saldo afgeschreven.

Betaling:        tr_7xKp2bWqRd
Bestelling:      2026-117905
Datum betaling:  12 oktober 2026
Bedrag:          =E2=82=AC 249,95
Kaart:           Visa **** 4417
Reden:           10.4 =E2=80=93 Fraude, kaarthouder herkent de transactie ni=
et
Chargebackkosten: =E2=82=AC 15,00

Wil je de chargeback betwisten? Upload dan v=C3=B3=C3=B3r 20 november 2026 =
je bewijsstukken via je Dashboard (Transacties > Chargebacks). Denk aan een=
 verzendbewijs met track & trace, een handtekening bij levering of corresp=
ondentie met de klant.

Doe je niets, dan wordt de chargeback definitief.

Tip: met 3D Secure en onze fraudepreventie-instellingen verklein je de kans=
 op frauduleuze betalingen.

Met vriendelijke groet,
Mollie

Dit is een automatisch bericht. Je kunt niet op deze e-mail reageren.
Je ontvangt dit bericht omdat dit adres is ingesteld voor meldingen over ch=
argebacks en fraude.
'''),

    ('nl', 'person-replies-above-unrequested-password-reset-asks-data', 'access', (),
'''Return-Path: <griet.vandamme@telenet.be>
Received: from michel.telenet-ops.be (michel.telenet-ops.be [195.130.137.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zTb0Gk6z9sLm
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 13:26:51 +0100 (CET)
Received: from DESKTOP-GVD ([84.195.62.113])
        by michel.telenet-ops.be with bizsmtp
        id yLSq2D00H2KvN2g01LSqTk; Wed, 04 Nov 2026 13:26:50 +0100
From: "Griet Van Damme" <griet.vandamme@telenet.be>
To: <privacy@shop.example.be>
References: <20261104065812.1C0E81C0019@account.shop.example.be>
In-Reply-To: <20261104065812.1C0E81C0019@account.shop.example.be>
Subject: RE: Wachtwoord opnieuw instellen
Date: Wed, 4 Nov 2026 13:26:47 +0100
Message-ID: <000a01dd4e2f$8c3b91e0$a4b2b5a0$@telenet.be>
MIME-Version: 1.0
Content-Type: text/plain;
	charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbTn3x8kE2rV5yQm0pZc1WqJ7dAw==
Content-Language: nl-be

Goedemiddag,

Vanmorgen kreeg ik onderstaande mail om mijn wachtwoord opnieuw in te
stellen. Ik heb dat niet aangevraagd en, eerlijk gezegd, ik wist niet eens
dat ik een account bij jullie had. Ik kan me niet herinneren dat ik ooit
iets bij Shop Example gekocht heb, hoogstens eens een klantenkaart aan de
kassa.

Ik heb op de link niet geklikt. Kunnen jullie mij laten weten welke
gegevens jullie precies over mij bijhouden, sinds wanneer, en waar jullie
die vandaan hebben? Als er een aankoopgeschiedenis of een adres aan
gekoppeld is, wil ik dat ook graag zien.

Alvast bedankt.

Met vriendelijke groeten,
Griet Van Damme
Gentsesteenweg 214, 9300 Aalst

-----Oorspronkelijk bericht-----
Van: Shop Example <no-reply@account.shop.example.be> 
Verzonden: woensdag 4 november 2026 7:58
Aan: griet.vandamme@telenet.be
Onderwerp: Wachtwoord opnieuw instellen

Hallo,

We hebben een aanvraag ontvangen om het wachtwoord van je Shop Example-account
opnieuw in te stellen.

Klik op de knop hieronder om een nieuw wachtwoord te kiezen. De link is 30
minuten geldig.

https://shop.example.be/account/reset?token=8f2c61e0a9b74d3e

Heb je dit niet zelf aangevraagd? Dan mag je deze e-mail negeren. Je huidige
wachtwoord blijft gewoon werken.

Groetjes,
Het Shop Example-team
'''),

    ('nl', 'person-stop-sending-codes-already-asked', 'complaint', (),
'''Return-Path: <kevinmaes1991@hotmail.com>
Received: from EUR05-VI1-obe.outbound.protection.outlook.com (mail-vi1eur05olkn2031.outbound.protection.outlook.com [40.92.90.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3cGv5Qn2z9sKp
        for <privacy@shop.example.be>; Sat,  7 Nov 2026 21:14:08 +0100 (CET)
Received: from PA4P190MB1183.EURP190.PROD.OUTLOOK.COM (2603:10a6:102:26c::7)
 by AS8P190MB1921.EURP190.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8632.18; Sat, 7 Nov 2026 20:14:06 +0000
From: Kevin Maes <kevinmaes1991@hotmail.com>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: Re: Je verificatiecode: 482913
Date: Sat, 7 Nov 2026 21:14:02 +0100
Message-ID: <PA4P190MB11837E2A4C9B0D31F6A8E52B9C43A@PA4P190MB1183.EURP190.PROD.OUTLOOK.COM>
References: <20261107201101.6E9D41C0044@account.shop.example.be>
In-Reply-To: <20261107201101.6E9D41C0044@account.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

STOP met die codes te sturen!!!

Ik heb NIKS aangevraagd, dit is al de vijfde deze week. Vorige zaterdag heb=
 ik jullie klantendienst al gemaild dat iemand blijkbaar met mijn mailadres=
 probeert in te loggen, en er is niks veranderd en ik heb nooit antwoord g=
ekregen. Zo te zien kan om het even wie met mijn mailadres bij jullie aan de=
 slag.

Verstuurd vanaf mijn iPhone

> Op 7 nov 2026 om 21:11 heeft Shop Example <no-reply@account.shop.example.=
be> het volgende geschreven:
>=20
> =EF=BB=BFJe verificatiecode is: 482913
>=20
> Gebruik deze code om in te loggen op shop.example.be. De code is 10 minut=
en geldig.
> Deel deze code met niemand, ook niet met onze medewerkers.
>=20
> Het Shop Example-team
'''),

    # ------------------------------------------------------------------ fr
    ('fr', 'm365-quarantine-notification', 'automated', (),
'''Return-Path: <quarantine@messaging.microsoft.com>
Received: from EUR02-DB5-obe.outbound.protection.outlook.com (mail-db5eur02on2089.outbound.protection.outlook.com [40.107.249.89])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R35Dn2Hf8z9sJq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 02:05:33 +0100 (CET)
From: Microsoft 365 <quarantine@messaging.microsoft.com>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?S=C3=A9curit=C3=A9_Microsoft_365_:_vous_avez_des_messages_en_?=
 =?utf-8?Q?quarantaine?=
Date: Fri, 6 Nov 2026 01:05:29 +0000
Message-ID: <b7f2e0c4-9a31-4d6e-8c25-1f4a7e93d0b6@DB5EUR02FT051.eop-EUR02.prod.protection.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_b7f2e0c49a314d6e8c251f4a7e93d0b6_"
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Generated-Message-Source: Quarantine Notification Agent
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

--_000_b7f2e0c49a314d6e8c251f4a7e93d0b6_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Examinez ces messages dans les 30 jours suivant leur r=C3=A9ception en acc=
=C3=A9dant =C3=A0 la page Quarantaine du portail Microsoft Defender.

2 messages en quarantaine

Exp=C3=A9diteur : securite@shopexample-support.com
Objet : Acc=C3=A8s =C3=A0 votre bo=C3=AEte privacy suspendu =E2=80=93 confi=
rmez votre mot de passe aujourd'hui
Date : 5 novembre 2026 14:22
Motif : Hame=C3=A7onnage haute confiance

Exp=C3=A9diteur : no-reply@docsign-notification.net
Objet : Document confidentiel en attente de votre signature
Date : 5 novembre 2026 19:03
Motif : Hame=C3=A7onnage

Examiner les messages : https://security.microsoft.com/quarantine

Vous recevez ce message parce que votre administrateur a configur=C3=A9 des=
 notifications de mise en quarantaine. Ne r=C3=A9pondez pas =C3=A0 ce messa=
ge.

=C2=A9 2026 Microsoft Corporation, One Microsoft Way, Redmond, WA 98052

--_000_b7f2e0c49a314d6e8c251f4a7e93d0b6_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<p>Examinez ces messages dans les 30 jours suivant leur r=C3=A9ception en a=
cc=C3=A9dant =C3=A0 la page Quarantaine du portail Microsoft Defender.</p>
<table border=3D"0" cellpadding=3D"6">
<tr><th>Exp=C3=A9diteur</th><th>Objet</th><th>Date</th></tr>
<tr><td>securite@shopexample-support.com</td><td>Acc=C3=A8s =C3=A0 votre bo=
=C3=AEte privacy suspendu =E2=80=93 confirmez votre mot de passe aujourd'hu=
i</td><td>5 novembre 2026 14:22</td></tr>
<tr><td>no-reply@docsign-notification.net</td><td>Document confidentiel en =
attente de votre signature</td><td>5 novembre 2026 19:03</td></tr>
</table>
<p><a href=3D"https://security.microsoft.com/quarantine">Examiner les messa=
ges</a></p>
</body></html>

--_000_b7f2e0c49a314d6e8c251f4a7e93d0b6_--
'''),

    ('fr', 'gmail-responder-address-no-longer-read', 'automated', (),
'''Return-Path: <sophie.dumont.immo@gmail.com>
Received: from mail-ej1-f47.google.com (mail-ej1-f47.google.com [209.85.218.47])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R31nX7Bq0z9sHw
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:13:24 +0100 (CET)
Received: by mail-ej1-f47.google.com with SMTP id a640c23a62f3a-b72a4e8f91cso88120966b.1
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 06:13:23 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793801603; x=1794406403; darn=shop.example.be;
        h=to:in-reply-to:references:subject:message-id:date:from:auto-submitted
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=qZ3vX7nB1mL5kJ9hG3fD7sA1pO5iU9yT3rE7wQ1mN5b=;
        b=Rp2oI6uY0tR4eW8qM2nB6vC0xZ4lK8jH2gF6dS0aP4oI8uY2tR6eW0qM4nB8vC2x
MIME-Version: 1.0
Auto-Submitted: auto-replied
From: Sophie Dumont <sophie.dumont.immo@gmail.com>
Date: Thu, 5 Nov 2026 06:13:22 -0800
Message-ID: <CAE8pZt4Xn+Wq2rVbK7mLd0Jc5hS9yF3gA1oU6iT8eR2wQ4nMz@mail.gmail.com>
Subject: =?UTF-8?Q?Cette_adresse_n=E2=80=99est_plus_consult=C3=A9e?=
References: <20261105141218.9A3F21C0051@mail.shop.example.be>
In-Reply-To: <20261105141218.9A3F21C0051@mail.shop.example.be>
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000b52e7d0641c9a3f1"

--000000000000b52e7d0641c9a3f1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Cette adresse e-mail n=E2=80=99est plus consult=C3=A9e depuis le 1er octobr=
e 2026 et sera bient=C3=B4t supprim=C3=A9e. Votre message ne sera ni lu ni =
transf=C3=A9r=C3=A9.

Merci de m=E2=80=99=C3=A9crire d=C3=A9sormais =C3=A0 sophie@dumont-immo.be.

Bien =C3=A0 vous,
Sophie Dumont

--000000000000b52e7d0641c9a3f1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Bonjour,<br><br>Cette adresse e-mail n=E2=80=99est plus co=
nsult=C3=A9e depuis le 1er octobre 2026 et sera bient=C3=B4t supprim=C3=A9e=
. Votre message ne sera ni lu ni transf=C3=A9r=C3=A9.<br><br>Merci de m=E2=
=80=99=C3=A9crire d=C3=A9sormais =C3=A0 <a href=3D"mailto:sophie@dumont-imm=
o.be">sophie@dumont-immo.be</a>.<br><br>Bien =C3=A0 vous,<br>Sophie Dumont<=
/div>

--000000000000b52e7d0641c9a3f1--
'''),

    ('fr', 'mailinblack-challenge-response', 'automated', (),
'''Return-Path: <>
Received: from out12.mailinblack.com (out12.mailinblack.com [185.12.68.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R36Lc8Tr3z9sGx
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:31:56 +0100 (CET)
From: "jm.rousseau@cabinet-rousseau.fr" <noreply@mailinblack.com>
Reply-To: noreply@mailinblack.com
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Votre_message_n=E2=80=99a_pas_encore_=C3=A9t=C3=A9_d=C3=A9livr=C3=A9?=
Date: Fri, 6 Nov 2026 09:31:54 +0100
Message-ID: <challenge.5e1b9f27c3a84d06.20261106093154@mailinblack.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: bulk
X-Mailinblack-Type: challenge
In-Reply-To: <20261106082944.2F7C61C0036@mail.shop.example.be>

Bonjour,

Pour me protéger des spams et des virus, j’utilise une solution de
sécurité de la messagerie. Votre message adressé à
jm.rousseau@cabinet-rousseau.fr, ayant pour objet
« Vérification de votre identité – demande PRV-2026-0921 »,
est en attente et ne m’a pas encore été délivré.

Pour qu’il me parvienne, il vous suffit de vous identifier une seule fois
en cliquant sur le lien ci-dessous et en recopiant le code affiché :

https://auth.mailinblack.com/challenge/5e1b9f27c3a84d06

Cette opération n’est à réaliser qu’une seule fois : vos prochains
messages me seront remis directement.

Sans action de votre part sous 5 jours, votre message sera supprimé.

Jean-Marc Rousseau
Message envoyé automatiquement par Mailinblack, merci de ne pas y répondre.
'''),

    ('fr', 'person-pastes-breach-alert-asks-account-deletion', 'deletion', (),
'''Return-Path: <nathalie.gerard@skynet.be>
Received: from smtp-out.skynet.be (smtp-out.skynet.be [195.238.6.173])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3gVx3Nm9z9sFr
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 19:52:37 +0100 (CET)
Received: from [192.168.1.23] (d51a4c7e2.access.telenet.be [81.164.199.226])
        by smtp-out.skynet.be with ESMTPSA; Mon, 09 Nov 2026 19:52:35 +0100
Message-ID: <5d2e8a71-3c9f-4b60-a1e4-7f08c6b2d935@skynet.be>
Date: Mon, 9 Nov 2026 19:52:33 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: fr
To: privacy@shop.example.be
From: =?UTF-8?Q?Nathalie_G=C3=A9rard?= <nathalie.gerard@skynet.be>
Subject: =?UTF-8?Q?Fuite_de_donn=C3=A9es_=E2=80=93_suppression_de_mon_compte?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je viens de recevoir l'alerte ci-dessous de Mozilla Monitor. La fuite 
n'a pas eu lieu chez vous, je sais, mais ça m'a décidée à faire le ménage : 
je ne veux plus que mes coordonnées traînent chez des sociétés où je 
n'achète presque jamais.

Je vous demande donc de supprimer mon compte client ainsi que toutes les 
données personnelles que vous conservez à mon nom (adresse, historique, 
carte de fidélité n° 2600 3391 0478 – les points peuvent partir avec).

Merci de me confirmer par écrit quand ce sera fait.

Nathalie Gérard

-------- Message transféré --------
Sujet : Vos informations ont été exposées dans une nouvelle fuite de 
données
Date : Mon, 9 Nov 2026 17:04:11 +0000
De : Mozilla Monitor <monitor-noreply@mozilla.com>
Pour : nathalie.gerard@skynet.be

Mozilla Monitor

Nouvelle fuite de données détectée

Votre adresse e-mail nathalie.gerard@skynet.be figure dans une fuite de 
données récemment ajoutée.

Site concerné : CouponVault
Date de la fuite : 14 septembre 2026
Données exposées : adresses e-mail, noms, mots de passe, adresses IP, 
numéros de téléphone

Ce que nous vous conseillons :
- Modifiez votre mot de passe CouponVault et ceux de tous les sites où 
vous utilisez le même.
- Activez l'authentification à deux facteurs.
- Méfiez-vous des e-mails et SMS qui vous demandent des informations 
personnelles.

Voir le tableau de bord : https://monitor.mozilla.org/user/dashboard
'''),

    # ------------------------------------------------------------------ de
    ('de', 'nospamproxy-policy-rejection-dsn', 'automated', (),
'''Return-Path: <>
Received: from gw01.kanzlei-hartmann.de (gw01.kanzlei-hartmann.de [192.0.2.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zBq1Xs4z9sDn
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:20:19 +0100 (CET)
From: Mail Delivery System <postmaster@kanzlei-hartmann.de>
To: <privacy@shop.example.be>
Subject: =?utf-8?Q?Unzustellbar:_Best=C3=A4tigung_Ihrer_Identit=C3=A4t_=E2=80=93_?=
 =?utf-8?Q?Ihre_Anfrage_PRV-2026-0944?=
Date: Wed, 4 Nov 2026 11:20:16 +0100
Message-ID: <ndr-0c4e9b21f7a3@gw01.kanzlei-hartmann.de>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="NSP-BOUNDARY-7a1f3e9c20b84d56"
Auto-Submitted: auto-replied
X-NoSpamProxy-Action: Reject

--NSP-BOUNDARY-7a1f3e9c20b84d56
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre E-Mail konnte nicht zugestellt werden.

Empf=C3=A4nger: dr.hartmann@kanzlei-hartmann.de
Betreff: Best=C3=A4tigung Ihrer Identit=C3=A4t =E2=80=93 Ihre Anfrage PRV-2=
026-0944
Gesendet: 04.11.2026 11:20:12

Grund: Die Nachricht wurde aufgrund der Sicherheitsrichtlinien des Empf=C3=
=A4ngers abgewiesen. Sie enth=C3=A4lt einen Link zu einer Adresse, die als=
 nicht vertrauensw=C3=BCrdig eingestuft wurde (Level of Trust: -12).

Was k=C3=B6nnen Sie tun?
Bitte nehmen Sie auf einem anderen Weg Kontakt mit dem Empf=C3=A4nger auf=
 oder senden Sie die Nachricht ohne den betreffenden Link erneut. Bei Frag=
en wenden Sie sich an den Administrator des Empf=C3=A4ngers.

Diese Nachricht wurde automatisch von NoSpamProxy erstellt.

--NSP-BOUNDARY-7a1f3e9c20b84d56
Content-Type: message/delivery-status

Reporting-MTA: dns; gw01.kanzlei-hartmann.de
Arrival-Date: Wed, 4 Nov 2026 11:20:13 +0100

Final-Recipient: rfc822; dr.hartmann@kanzlei-hartmann.de
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by content policy (untrusted link)

--NSP-BOUNDARY-7a1f3e9c20b84d56
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.10])
	by gw01.kanzlei-hartmann.de; Wed, 4 Nov 2026 11:20:13 +0100
From: Shop Example Datenschutz <privacy@shop.example.be>
To: dr.hartmann@kanzlei-hartmann.de
Subject: =?utf-8?Q?Best=C3=A4tigung_Ihrer_Identit=C3=A4t_=E2=80=93_Ihre_Anfrag?=
 =?utf-8?Q?e_PRV-2026-0944?=
Date: Wed, 4 Nov 2026 11:20:12 +0100
Message-ID: <20261104102012.4D1B71C0029@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--NSP-BOUNDARY-7a1f3e9c20b84d56--
'''),

    ('de', 'saas-two-factor-disabled-notice', 'automated', (),
'''Return-Path: <no-reply@lagerwerk.cloud>
Received: from smtp-out-3.lagerwerk.cloud (smtp-out-3.lagerwerk.cloud [192.0.2.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3kWc5Fz7z9sCm
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 16:47:03 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=lagerwerk.cloud; s=lw1;
        h=from:to:subject:date:message-id; bh=cV8nB2mX6zL0kJ4hG8fD2sA6pO0iU4yT8rE2wQ6mN0b=;
        b=Tk9jH3gF7dS1aP5oI9uY3tR7eW1qM5nB9vC3xZ7lK1jH5gF9dS3aP7oI1uY5tR9e
From: Lagerwerk Cloud <no-reply@lagerwerk.cloud>
To: privacy@shop.example.be
Subject: Sicherheitshinweis: Zwei-Faktor-Authentifizierung wurde deaktiviert
Date: Tue, 10 Nov 2026 16:47:01 +0100
Message-ID: <sec-2fa-off.8c1d47e2b9@notify.lagerwerk.cloud>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Lagerwerk-Event: user.mfa.disabled

Hallo Datenschutz-Team,

f=C3=BCr Ihr Benutzerkonto privacy@shop.example.be im Mandanten =E2=80=9ESh=
op Example BV=E2=80=9C wurde soeben die Zwei-Faktor-Authentifizierung (2FA)=
 deaktiviert.

Zeitpunkt:    10.11.2026, 16:46 Uhr (MEZ)
Ge=C3=A4ndert von: m.janssens@shop.example.be (Administrator)
IP-Adresse:   192.0.2.77
Browser:      Chrome 142 unter macOS

F=C3=BCr die Anmeldung gen=C3=BCgt ab sofort Ihr Passwort. Wir empfehlen dr=
ingend, die Zwei-Faktor-Authentifizierung unter Profil > Sicherheit wieder =
zu aktivieren.

Sie haben diese =C3=84nderung nicht veranlasst? Dann setzen Sie Ihr Passwor=
t sofort zur=C3=BCck und informieren Sie Ihren Administrator oder unseren S=
upport unter security@lagerwerk.cloud.

Ihr Lagerwerk-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf dies=
e Nachricht.
Lagerwerk Cloud GmbH =C2=B7 Speicherstra=C3=9Fe 12 =C2=B7 44147 Dortmund
'''),

    ('de', 'outlook-read-receipt-gelesen', 'automated', (),
'''Return-Path: <andreas.mueller@mueller-steuerberatung.de>
Received: from mail.mueller-steuerberatung.de (mail.mueller-steuerberatung.de [192.0.2.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2zRf6Kt1z9sBw
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:48:02 +0100 (CET)
Received: from EXCH01.mueller.local (10.0.0.12) by EXCH01.mueller.local
 (10.0.0.12) with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.11; Wed, 4 Nov
 2026 14:47:58 +0100
From: =?iso-8859-1?Q?M=FCller=2C_Andreas?= <andreas.mueller@mueller-steuerberatung.de>
To: Shop Example Datenschutz <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Gelesen:_Ihre_Auskunftsanfrage_nach_Art._15_DSGVO_-_Identit?=
 =?iso-8859-1?Q?=E4tspr=FCfung?=
Thread-Topic: =?iso-8859-1?Q?Ihre_Auskunftsanfrage_nach_Art._15_DSGVO_-_Identit=E4tspr?=
 =?iso-8859-1?Q?=FCfung?=
Thread-Index: AQHbTmQ4yV2kJ7pXRhWc3oN1qLf8ZA==
Date: Wed, 4 Nov 2026 14:47:55 +0100
Message-ID: <7d3f0b1c2e4a4c59b86e1f2a0c9d3e57@EXCH01.mueller.local>
In-Reply-To: <20261104091203.7A2C31C0024@mail.shop.example.be>
References: <20261104091203.7A2C31C0024@mail.shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_7d3f0b1c2e4a4c59b86e1f2a0c9d3e57EXCH01muellerlocal_"

--_000_7d3f0b1c2e4a4c59b86e1f2a0c9d3e57EXCH01muellerlocal_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: M=FCller, Andreas
  Betreff: Ihre Auskunftsanfrage nach Art. 15 DSGVO - Identit=E4tspr=FCfung
  Gesendet: Mittwoch, 4. November 2026 10:12:03 (UTC+01:00) Amsterdam, Berl=
in, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 4. November 2026 14:47:55 (UTC+01:00) Amsterdam, Berlin,=
 Bern, Rom, Stockholm, Wien gelesen.

--_000_7d3f0b1c2e4a4c59b86e1f2a0c9d3e57EXCH01muellerlocal_
Content-Type: message/disposition-notification

Reporting-UA: EXCH01.mueller.local; Microsoft Outlook 16.0
Final-Recipient: rfc822;andreas.mueller@mueller-steuerberatung.de
Original-Message-ID: <20261104091203.7A2C31C0024@mail.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_7d3f0b1c2e4a4c59b86e1f2a0c9d3e57EXCH01muellerlocal_--
'''),

    ('de', 'person-replies-above-verification-code-asks-about-order', 'other', (),
'''Return-Path: <heike.schroeder@web.de>
Received: from mout.web.de (mout.web.de [212.227.15.4])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3jNd2Vq8z9sAx
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:31:47 +0100 (CET)
Received: from [91.64.118.207] ([91.64.118.207]) by web-mail.web.de
 (3c-app-webde-bs41) (via HTTP); Tue, 10 Nov 2026 09:31:45 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=web.de;
        s=s29768273; t=1793957505; x=1794562305; i=heike.schroeder@web.de;
        bh=Fq1wE5rT9yU3iO7pA1sD5fG9hJ3kL7zX1cV5bN9mQ3w=;
        h=X-UI-Sender-Class:MIME-Version:Message-ID:From:To:Subject:Date:
         In-Reply-To:References:Content-Type:Content-Transfer-Encoding;
        b=Gv6cX0zL4kJ8hG2fD6sA0pO4iU8yT2rE6wQ0mN4bV8cX2zL6kJ0hG4fD8sA2pO6i
X-UI-Sender-Class: c9a2d8e5-4b71-4f0e-93a6-2d5e8b1c7f40
MIME-Version: 1.0
Message-ID: <trinity-5f0c3a82-91d4-4e7b-b6a2-3c8e1f9d0a47-1793957505310@3c-app-webde-bs41>
From: =?UTF-8?Q?Heike_Schr=C3=B6der?= <heike.schroeder@web.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Aw:_Ihr_Best=C3=A4tigungscode_f=C3=BCr_Ihre_Anfrage_PRV-2026-?=
 =?UTF-8?Q?0958?=
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Date: Tue, 10 Nov 2026 09:31:45 +0100
Importance: normal
Sensitivity: Normal
In-Reply-To: <20261110080211.3B9E51C0047@mail.shop.example.be>
References: <20261110080211.3B9E51C0047@mail.shop.example.be>
X-UI-Message-Type: mail
X-Priority: 3

Guten Tag,

den Code habe ich bekommen, danke. Ich glaube allerdings, ich habe auf Ihre=
r Seite das falsche Formular erwischt =E2=80=93 mir geht es gar nicht um Da=
tenschutz, sondern nur um meine Bestellung.

Bestellnummer 2026-118274, bestellt am 27.10., mit PayPal bezahlt. Laut Sen=
dungsverfolgung ist das Paket seit sechs Tagen =E2=80=9Ein Zustellung=E2=80=
=9C, im Kundenkonto steht nur =E2=80=9Eversendet=E2=80=9C. K=C3=B6nnen Sie =
bitte nachsehen, wo es h=C3=A4ngt, oder mir sagen, an wen ich mich wenden m=
uss? Es ist ein Geburtstagsgeschenk f=C3=BCr den 14.11.

Mit freundlichen Gr=C3=BC=C3=9Fen
Heike Schr=C3=B6der
=C2=A0
=C2=A0

Gesendet:=C2=A0Dienstag, 10. November 2026 um 09:02
Von:=C2=A0"Shop Example Datenschutz" <privacy@shop.example.be>
An:=C2=A0heike.schroeder@web.de
Betreff:=C2=A0Ihr Best=C3=A4tigungscode f=C3=BCr Ihre Anfrage PRV-2026-0958
Guten Tag,
=C2=A0
bitte best=C3=A4tigen Sie Ihre E-Mail-Adresse, damit wir Ihre Anfrage PRV-2=
026-0958 bearbeiten k=C3=B6nnen.
=C2=A0
Ihr Best=C3=A4tigungscode lautet: 716204
=C2=A0
Geben Sie den Code auf der Seite ein, auf der Sie Ihre Anfrage gestellt hab=
en. Er ist 24 Stunden g=C3=BCltig.
=C2=A0
Shop Example BV =E2=80=93 Datenschutzteam
'''),

    # ------------------------------------------------------------------ es
    ('es', 'exchange-ooo-reply-spanish', 'automated', (),
'''Return-Path: <lucia.fernandez@grupoalisur.es>
Received: from EUR04-DB3-obe.outbound.protection.outlook.com (mail-db3eur04on2071.outbound.protection.outlook.com [40.107.6.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2yCk8Dp5z9s9v
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 16:40:22 +0100 (CET)
Received: from DU0PR02MB9547.eurprd02.prod.outlook.com (2603:10a6:10:41e::18)
 by PAXPR02MB7262.eurprd02.prod.outlook.com with HTTPS; Tue, 3 Nov 2026
 15:40:21 +0000
From: =?utf-8?Q?Luc=C3=ADa_Fern=C3=A1ndez_Ortega?= <lucia.fernandez@grupoalisur.es>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Verificaci=C3=B3n_de_su_identidad?=
 =?utf-8?Q?_=E2=80=93_solicitud_PRV-2026-0915?=
Thread-Topic: =?utf-8?Q?Verificaci=C3=B3n_de_su_identidad_=E2=80=93_solicitud_PRV-?=
 =?utf-8?Q?2026-0915?=
Thread-Index: AQHbTmx2RkV0c1pWakN5b3FGWlRyVWhPQg==
Date: Tue, 3 Nov 2026 15:40:20 +0000
Message-ID: <DU0PR02MB9547A1C3E5F70B2D94E6C8A1B0572@DU0PR02MB9547.eurprd02.prod.outlook.com>
In-Reply-To: <20261103154007.2E8D91C0033@mail.shop.example.be>
References: <20261103154007.2E8D91C0033@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: lucia.fernandez@grupoalisur.es
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: es-ES
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 9 de noviembre, con acceso =
limitado al correo electr=C3=B3nico. Responder=C3=A9 a su mensaje a mi regr=
eso.

Para cualquier asunto urgente, puede dirigirse a administracion@grupoalisur=
.es o llamar al +34 954 21 87 30.

Un saludo,

Luc=C3=ADa Fern=C3=A1ndez Ortega
Departamento de Administraci=C3=B3n
Grupo Alisur, S.L. =E2=80=93 Sevilla
'''),

    ('es', 'helpdesk-ack-fraud-report-ticket', 'automated', (),
'''Return-Path: <bounces+fd.82731.pagonova@emailus.freshdesk.com>
Received: from mx-out-12.freshemail.io (mx-out-12.freshemail.io [192.0.2.222])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R33Hr9Sw6z9s8t
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:05:48 +0100 (CET)
From: =?UTF-8?Q?PagoNova_=C2=B7_Prevenci=C3=B3n_del_Fraude?= <fraude@pagonova.es>
Reply-To: fraude@pagonova.es
To: privacy@shop.example.be
Subject: =?UTF-8?Q?[Incidencia_#482137]_Hemos_recibido_tu_notificaci=C3=B3n?=
Date: Thu, 05 Nov 2026 16:05:45 +0000
Message-ID: <4f8b2e71c0d9.482137.1793808345@pagonova.freshdesk.com>
In-Reply-To: <20261105160321.7C4A21C0040@mail.shop.example.be>
References: <20261105160321.7C4A21C0040@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
X-FD-Email: true
X-Freshdesk-Ticket-Id: 482137

Hola:

Gracias por escribir al equipo de Prevención del Fraude de PagoNova.

Hemos recibido tu notificación y hemos abierto la incidencia n.º 482137 con
el asunto «Uso fraudulento de tarjeta – pedido 2026-117905». Uno de nuestros
analistas la revisará en un plazo máximo de 72 horas laborables.

Si quieres añadir documentación (capturas, justificantes de envío,
comunicaciones con el cliente), responde a este correo sin modificar el
asunto para que quede asociada a la misma incidencia.

Por tu seguridad, nunca te pediremos por correo electrónico contraseñas,
códigos de verificación ni el PIN de una tarjeta.

Un saludo,
Equipo de Prevención del Fraude
PagoNova Payments, S.L.

Este es un mensaje automático generado por nuestro sistema de atención al
cliente.
'''),

    ('es', 'marketplace-password-reset-code', 'automated', (),
'''Return-Path: <bounce-4471_HTML-88213064-1029377-7301942-211@bounce.mail.mercaviva.es>
Received: from mta-113.mail.mercaviva.es (mta-113.mail.mercaviva.es [192.0.2.113])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3dSw0Hn4z9s7r
        for <privacy@shop.example.be>; Sun,  8 Nov 2026 23:41:36 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; s=200608; d=mail.mercaviva.es;
        h=From:To:Subject:Date:MIME-Version:Content-Type:Message-ID;
        bh=Kd4sL8kQ1wE6rT0yU4iO7pA2sD5fG8hJ1kL4zX7cV0b=;
        b=Yn7mB1vC5xZ9lK3jH7gF1dS5aP9oI3uY7tR1eW5qM9nB3vC7xZ1lK5jH9gF3dS7a
From: Mercaviva <no-responder@mercaviva.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?830417_es_tu_c=C3=B3digo_para_restablecer_la_contrase=C3=B1a?=
Date: Sun, 8 Nov 2026 16:41:33 -0600
Message-ID: <a3c91f0e-5b27-4d8e-9f61-2e7d0b4c8a15@ind1s06mta113.mercaviva.es>
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="=_alt_1f6b0c2e9a"
X-SFMC-Stack: 6
Auto-Submitted: auto-generated

--=_alt_1f6b0c2e9a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Hemos recibido una solicitud para restablecer la contrase=C3=B1a de la cuen=
ta de Mercaviva asociada a privacy@shop.example.be.

Tu c=C3=B3digo de verificaci=C3=B3n es:

830417

Caduca en 15 minutos. Introd=C3=BAcelo en la app o en la web para elegir u=
na contrase=C3=B1a nueva.

=C2=BFNo has sido t=C3=BA? Ignora este mensaje: nadie podr=C3=A1 cambiar tu=
 contrase=C3=B1a sin este c=C3=B3digo. Si recibes varios correos como este =
sin haberlos pedido, te recomendamos activar la verificaci=C3=B3n en dos pa=
sos.

Solicitud realizada el 8 de noviembre de 2026 a las 23:41 (hora peninsular)=
 desde Madrid, Espa=C3=B1a =C2=B7 iPhone

El equipo de Mercaviva
Mercaviva Marketplace, S.L. =C2=B7 Calle de Alcal=C3=A1 155 =C2=B7 28009 Ma=
drid

--=_alt_1f6b0c2e9a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"margin:0;font-family:Helvetica,Arial,sans-serif">
<p>Hola:</p>
<p>Hemos recibido una solicitud para restablecer la contrase=C3=B1a de la c=
uenta de Mercaviva asociada a <b>privacy@shop.example.be</b>.</p>
<p style=3D"font-size:28px;letter-spacing:6px"><b>830417</b></p>
<p>Caduca en 15 minutos.</p>
<p>=C2=BFNo has sido t=C3=BA? Ignora este mensaje.</p>
</body></html>

--=_alt_1f6b0c2e9a--
'''),

    ('es', 'person-replies-above-login-alert-objects-to-location-profiling', 'objection', (),
'''Return-Path: <javi.moreno.bxl@gmail.com>
Received: from mail-lf1-f41.google.com (mail-lf1-f41.google.com [209.85.167.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3fXt7Wk1z9s6p
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 12:18:55 +0100 (CET)
Received: by mail-lf1-f41.google.com with SMTP id 2adb3069b0e04-5a2f1e7c0b3so5548713e87.2
        for <privacy@shop.example.be>; Mon, 09 Nov 2026 03:18:54 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1794136734; x=1794741534; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=Wr5tY9uI3oP7aS1dF5gH9jK3lZ7xC1vB5nM9qW3eR7t=;
        b=Nb0vC4xZ8lK2jH6gF0dS4aP8oI2uY6tR0eW4qM8nB2vC6xZ0lK4jH8gF2dS6aP0o
MIME-Version: 1.0
References: <20261109093512.5A7F21C0046@account.shop.example.be>
In-Reply-To: <20261109093512.5A7F21C0046@account.shop.example.be>
From: Javier Moreno <javi.moreno.bxl@gmail.com>
Date: Mon, 9 Nov 2026 12:18:41 +0100
Message-ID: <CAL5rWm9Tq2+eXk7bY1nJ4vD8pHc0sG3fA6uZ2iR9oE5wK1tLq@mail.gmail.com>
Subject: =?UTF-8?Q?Re=3A_Nuevo_inicio_de_sesi=C3=B3n_en_tu_cuenta_de_Shop_Example?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000091d4f20641ce7b8a"

--00000000000091d4f20641ce7b8a
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

S=C3=AD, fui yo, no hay problema con el inicio de sesi=C3=B3n. Pero al leer=
 el aviso me ha llamado la atenci=C3=B3n que sab=C3=A9is desde qu=C3=A9 ciu=
dad me conecto y con qu=C3=A9 m=C3=B3vil, y en vuestra pol=C3=ADtica de pri=
vacidad pone que esos datos tambi=C3=A9n se usan para =C2=ABpersonalizar of=
ertas y publicidad=C2=BB.

Para la seguridad de la cuenta me parece bien que los guard=C3=A9is. Pero n=
o quiero que mi ubicaci=C3=B3n ni los datos de mi dispositivo se usen para =
hacerme un perfil ni para ense=C3=B1arme anuncios, ni en la app ni fuera de=
 ella. Me opongo a ese uso; dejad de hacerlo, por favor.

Un saludo,
Javier Moreno

El lun, 9 nov 2026 a las 10:35, Shop Example (<no-reply@account.shop.exampl=
e.be>) escribi=C3=B3:

> Hola, Javier:
>
> Hemos detectado un nuevo inicio de sesi=C3=B3n en tu cuenta de Shop Examp=
le.
>
> Cu=C3=A1ndo: lunes 9 de noviembre de 2026, 10:34
> Dispositivo: Samsung Galaxy S24 =C2=B7 app Shop Example 6.12
> Ubicaci=C3=B3n aproximada: Bruselas, B=C3=A9lgica
>
> =C2=BFHas sido t=C3=BA? Entonces no tienes que hacer nada.
> =C2=BFNo has sido t=C3=BA? Cambia tu contrase=C3=B1a ahora en
> https://shop.example.be/account/security
>
> El equipo de Shop Example
>

--00000000000091d4f20641ce7b8a
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola:</div><div><br></div><div>S=C3=AD, fui yo, no ha=
y problema con el inicio de sesi=C3=B3n. Pero al leer el aviso me ha llamad=
o la atenci=C3=B3n que sab=C3=A9is desde qu=C3=A9 ciudad me conecto y con q=
u=C3=A9 m=C3=B3vil, y en vuestra pol=C3=ADtica de privacidad pone que esos =
datos tambi=C3=A9n se usan para =C2=ABpersonalizar ofertas y publicidad=C2=
=BB.</div><div><br></div><div>Para la seguridad de la cuenta me parece bien=
 que los guard=C3=A9is. Pero no quiero que mi ubicaci=C3=B3n ni los datos d=
e mi dispositivo se usen para hacerme un perfil ni para ense=C3=B1arme anun=
cios, ni en la app ni fuera de ella. Me opongo a ese uso; dejad de hacerlo,=
 por favor.</div><div><br></div><div>Un saludo,</div><div>Javier Moreno</di=
v></div>

--00000000000091d4f20641ce7b8a--
'''),

    # ------------------------------------------------------------------ it
    ('it', 'pec-mailbox-rejects-ordinary-mail-dsn', 'automated', (),
'''Return-Path: <>
Received: from smtpdoor.pec.it (smtpdoor.pec.it [192.0.2.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R32Ph4Tc3z9s5n
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:07:31 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@smtpdoor.pec.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Messaggio_non_consegnato:_Verifica_della_sua_identit=C3=A0_?=
 =?UTF-8?Q?=E2=80=93_richiesta_PRV-2026-0927?=
Date: Thu, 5 Nov 2026 12:07:29 +0100 (CET)
Message-ID: <20261105110729.6E0B3A40127@smtpdoor.pec.it>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6E0B3A40127.1793876849/smtpdoor.pec.it"
Auto-Submitted: auto-replied

This is a MIME-encapsulated message.

--6E0B3A40127.1793876849/smtpdoor.pec.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

il messaggio da lei inviato all'indirizzo studio.lombardi@pec.it non =C3=A8=
 stato consegnato.

Motivo: la casella di destinazione =C3=A8 una casella di Posta Elettronica =
Certificata (PEC) configurata per ricevere esclusivamente messaggi provenie=
nti da altre caselle PEC. I messaggi di posta elettronica ordinaria vengono=
 rifiutati.

Per comunicare con il destinatario utilizzi una casella PEC oppure un indir=
izzo di posta elettronica ordinaria del destinatario.

Questo messaggio =C3=A8 stato generato automaticamente, si prega di non ris=
pondere.

--6E0B3A40127.1793876849/smtpdoor.pec.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtpdoor.pec.it
X-Postfix-Queue-ID: 6E0B3A40127
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu,  5 Nov 2026 12:07:28 +0100 (CET)

Final-Recipient: rfc822; studio.lombardi@pec.it
Original-Recipient: rfc822;studio.lombardi@pec.it
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 <studio.lombardi@pec.it>: Recipient address
    rejected: mailbox accepts certified mail (PEC) only

--6E0B3A40127.1793876849/smtpdoor.pec.it
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.10])
	by smtpdoor.pec.it (Postfix) with ESMTPS id 6E0B3A40127
	for <studio.lombardi@pec.it>; Thu,  5 Nov 2026 12:07:28 +0100 (CET)
From: Shop Example Privacy <privacy@shop.example.be>
To: studio.lombardi@pec.it
Subject: =?UTF-8?Q?Verifica_della_sua_identit=C3=A0_=E2=80=93_richiesta_PRV-20?=
 =?UTF-8?Q?26-0927?=
Date: Thu, 5 Nov 2026 12:07:26 +0100
Message-ID: <20261105110726.0F3A21C0038@mail.shop.example.be>

--6E0B3A40127.1793876849/smtpdoor.pec.it--
'''),

    ('it', 'mail-gateway-quarantine-notice-to-sender', 'automated', (),
'''Return-Path: <>
Received: from esg.studiobianchi.it (esg.studiobianchi.it [192.0.2.94])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R36Vz2Ld9z9s4m
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:14:52 +0100 (CET)
From: Protezione Posta Studio Bianchi <no-reply@esg.studiobianchi.it>
To: privacy@shop.example.be
Subject: [Avviso] Il suo messaggio =?UTF-8?Q?=C3=A8?= stato trattenuto in
 quarantena
Date: Fri, 6 Nov 2026 10:14:50 +0100
Message-ID: <qn.20261106101450.77c2e1@esg.studiobianchi.it>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-ESG-Notification: sender-quarantine

Gentile mittente,

il messaggio che ha inviato a l.bianchi@studiobianchi.it è stato
trattenuto in quarantena dal nostro sistema di protezione della posta
elettronica.

  Oggetto: Verifica della sua identità – richiesta PRV-2026-0930
  Data:    06/11/2026 10:14
  Motivo:  link con reputazione non verificata

Il destinatario è stato avvisato e potrà decidere se rilasciare il
messaggio. Non è necessario inviarlo di nuovo.

Questo messaggio è stato generato automaticamente: si prega di non
rispondere.

--
Libraesva Email Security Gateway
Studio Associato Bianchi – Commercialisti, Bergamo
'''),

    ('it', 'libero-autoresponder-on-holiday', 'automated', (),
'''Return-Path: <chiara.colombo@libero.it>
Received: from libero.it (smtp-32.iol.local [10.101.2.32])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3Ghb6Ry2z9s3k
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:22:09 +0100 (CET)
Received: from libero.it ([10.101.8.14]) by smtp-32.iol.local with ESMTPA
        id uJq2vKmXb8D4tuJq2vAbcd; Mon, 02 Nov 2026 18:22:08 +0100
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=libero.it; s=s2021;
        t=1793640128; bh=Ac2sD6fG0hJ4kL8zX2cV6bN0mQ4wE8rT2yU6iO0pA4s=;
        h=From:To:Subject:Date:Message-ID:Auto-Submitted;
        b=Ps7dF1gH5jK9lZ3xC7vB1nM5qW9eR3tY7uI1oP5aS9dF3gH7jK1lZ5xC9vB3nM7q
From: Chiara Colombo <chiara.colombo@libero.it>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Risposta_automatica:_Verifica_della_tua_identit=C3=A0?=
Date: Mon, 2 Nov 2026 18:22:08 +0100 (CET)
Message-ID: <autoreply.1793640128.48211@libero.it>
In-Reply-To: <20261102172155.1D6F41C0017@mail.shop.example.be>
References: <20261102172155.1D6F41C0017@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk

Ciao,

sono in ferie fino a luned=C3=AC 16 novembre e controllo la posta solo ogni=
 tanto. Ti risponder=C3=B2 appena rientro.

Buona giornata,
Chiara
'''),

    ('it', 'person-forwards-gmail-bounce-asks-newsletter-removal', 'withdraw_consent', (),
'''Return-Path: <marco.ferraro77@gmail.com>
Received: from mail-wm1-f43.google.com (mail-wm1-f43.google.com [209.85.128.43])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R37Dk5Xp6z9s2j
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 18:34:12 +0100 (CET)
Received: by mail-wm1-f43.google.com with SMTP id 5b1f17b1804b1-47752a9e1c2so9981225e9.3
        for <privacy@shop.example.be>; Fri, 06 Nov 2026 09:34:11 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=gmail.com; s=20230601; t=1793900051; x=1794504851; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references:mime-version
         :from:to:cc:subject:date:message-id:reply-to;
        bh=Mk3nB7vC1xZ5lK9jH3gF7dS1aP5oI9uY3tR7eW1qM5n=;
        b=Qe8rT2yU6iO0pA4sD8fG2hJ6kL0zX4cV8bN2mQ6wE0rT4yU8iO2pA6sD0fG4hJ8k
MIME-Version: 1.0
References: <69c4d2a1.5e0a7f31.b8e2.0c1d.GMR@mx.google.com>
In-Reply-To: <69c4d2a1.5e0a7f31.b8e2.0c1d.GMR@mx.google.com>
From: Marco Ferraro <marco.ferraro77@gmail.com>
Date: Fri, 6 Nov 2026 18:33:58 +0100
Message-ID: <CAHt8vQ3nZ+yKw5pL1bR7mX0dJ9cF2sE4gU6aT8oN3iW5eVq7Bw@mail.gmail.com>
Subject: Fwd: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000003a8f5c0641cb2e74"

--0000000000003a8f5c0641cb2e74
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

in fondo alla vostra newsletter c'=C3=A8 scritto privacy@shopexample.be, m=
a scrivendo a quell'indirizzo mi torna indietro l'errore qui sotto. Riprov=
o con questo, che ho trovato sul sito.

Vi chiedo semplicemente di togliermi dalla newsletter e di non mandarmi pi=
=C3=B9 email promozionali. Avevo provato anche con il link "annulla iscriz=
ione" in fondo all'email, ma la pagina rimaneva bianca.

L'indirizzo iscritto =C3=A8 questo: marco.ferraro77@gmail.com

Grazie,
Marco Ferraro

---------- Forwarded message ---------
Da: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: ven 6 nov 2026 alle ore 18:21
Subject: Delivery Status Notification (Failure)
To: <marco.ferraro77@gmail.com>


Indirizzo non trovato

Il tuo messaggio non =C3=A8 stato consegnato a privacy@shopexample.be perc=
h=C3=A9 il dominio shopexample.be non =C3=A8 stato trovato. Verifica la pr=
esenza di errori di battitura o di spazi non necessari e riprova.

La risposta era:

DNS Error: DNS type 'mx' lookup of shopexample.be responded with code NXDO=
MAIN Domain name not found: shopexample.be

--0000000000003a8f5c0641cb2e74
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Buongiorno,</div><div><br></div><div>in fondo alla v=
ostra newsletter c&#39;=C3=A8 scritto privacy@shopexample.be, ma scrivendo=
 a quell&#39;indirizzo mi torna indietro l&#39;errore qui sotto. Riprovo c=
on questo, che ho trovato sul sito.</div><div><br></div><div>Vi chiedo sem=
plicemente di togliermi dalla newsletter e di non mandarmi pi=C3=B9 email =
promozionali. Avevo provato anche con il link &quot;annulla iscrizione&quo=
t; in fondo all&#39;email, ma la pagina rimaneva bianca.</div><div><br></d=
iv><div>L&#39;indirizzo iscritto =C3=A8 questo: marco.ferraro77@gmail.com<=
/div><div><br></div><div>Grazie,</div><div>Marco Ferraro</div></div>

--0000000000003a8f5c0641cb2e74--
'''),

    # ------------------------------------------------------------------ pt
    ('pt', 'exchange-ooo-reply-portuguese', 'automated', (),
'''Return-Path: <ines.carvalho@construtora-amaral.pt>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2093.outbound.protection.outlook.com [40.107.22.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2wXq3Bn9z9s1h
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:55:40 +0100 (CET)
Received: from VI1PR06MB6413.eurprd06.prod.outlook.com (2603:10a6:800:12f::21)
 by AS2PR06MB8871.eurprd06.prod.outlook.com with HTTPS; Tue, 3 Nov 2026
 10:55:39 +0000
From: =?iso-8859-1?Q?In=EAs_Carvalho?= <ines.carvalho@construtora-amaral.pt>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Resposta_Autom=E1tica:_Verifica=E7=E3o_da_sua_identidade_-?=
 =?iso-8859-1?Q?_pedido_PRV-2026-0932?=
Thread-Topic: =?iso-8859-1?Q?Verifica=E7=E3o_da_sua_identidade_-_pedido_PRV-2026-0932?=
Thread-Index: AQHbTl1kc3RhQWJjZEVmZ0hpSmtMbQ==
Date: Tue, 3 Nov 2026 10:55:38 +0000
Message-ID: <VI1PR06MB64139E2D0C7B5A1F83D46E2A9C184@VI1PR06MB6413.eurprd06.prod.outlook.com>
In-Reply-To: <20261103105531.4A2E91C0032@mail.shop.example.be>
References: <20261103105531.4A2E91C0032@mail.shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: ines.carvalho@construtora-amaral.pt
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pt-PT
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bom dia,

Obrigada pelo seu e-mail. Encontro-me ausente do escrit=F3rio at=E9 dia 10 =
de novembro, sem acesso regular ao correio eletr=F3nico.

Para assuntos urgentes, por favor contacte a minha colega Marta Sousa (mar=
ta.sousa@construtora-amaral.pt | +351 226 107 430).

Com os melhores cumprimentos,

In=EAs Carvalho
Departamento Financeiro
Construtora Amaral & Filhos, S.A. =B7 Porto
'''),

    ('pt', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2052.outbound.protection.outlook.com [40.107.241.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R33Xm7Qc2z9s0g
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:42:18 +0100 (CET)
From: postmaster@amaralassociados.onmicrosoft.com
To: <privacy@shop.example.be>
Date: Thu, 5 Nov 2026 15:42:16 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e4b2f7a0-19c3-4d58-8a6e-0b7c3f21d945"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <2b8f6d10-4c3a-47e9-b51e-9d0a7c2e6f38@PR3EUR02HT114.eop-EUR02.prod.protection.outlook.com>
In-Reply-To: <20261105154209.6C1D71C0041@mail.shop.example.be>
References: <20261105154209.6C1D71C0041@mail.shop.example.be>
Subject: =?utf-8?Q?N=C3=A3o_entregue:_Verifica=C3=A7=C3=A3o_da_sua_identidade_=E2=80=93?=
 =?utf-8?Q?_pedido_PRV-2026-0939?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--e4b2f7a0-19c3-4d58-8a6e-0b7c3f21d945
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

N=C3=A3o foi poss=C3=ADvel entregar a sua mensagem a joao.pereira@amaral-as=
sociados.pt.

joao.pereira n=C3=A3o foi encontrado em amaral-associados.pt.

A=C3=A7=C3=A3o Necess=C3=A1ria                                            D=
estinat=C3=A1rio

Endere=C3=A7o de e-mail desconhecido

Como Corrigir

A mensagem n=C3=A3o foi entregue porque o endere=C3=A7o de e-mail do desti=
nat=C3=A1rio n=C3=A3o existe ou deixou de existir na organiza=C3=A7=C3=A3o=
 de destino. Verifique o endere=C3=A7o e volte a enviar a mensagem. Se o e=
ndere=C3=A7o estiver correto, contacte o destinat=C3=A1rio por outro meio =
(por telefone, por exemplo) e pe=C3=A7a-lhe que confirme o endere=C3=A7o.

Mais Informa=C3=A7=C3=B5es para Profissionais de TI

Informa=C3=A7=C3=B5es de diagn=C3=B3stico para administradores:

Gerar servidor: PR3EUR02HT114.eop-EUR02.prod.protection.outlook.com

joao.pereira@amaral-associados.pt
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt joao.pereira@amaral-associados.pt not found by SMTP address lookup'

--e4b2f7a0-19c3-4d58-8a6e-0b7c3f21d945
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3EUR02HT114.eop-EUR02.prod.protection.outlook.com
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Thu, 5 Nov 2026 15:42:12 +0000

Final-Recipient: rfc822;joao.pereira@amaral-associados.pt
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 joao.pereira@amaral-associados.pt not found by SMTP address lookup

--e4b2f7a0-19c3-4d58-8a6e-0b7c3f21d945
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (192.0.2.10) by
 PR3EUR02HT114.mail.protection.outlook.com (10.13.2.51) with Microsoft SMTP
 Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.8632.12 via
 Frontend Transport; Thu, 5 Nov 2026 15:42:12 +0000
From: Shop Example Privacy <privacy@shop.example.be>
To: joao.pereira@amaral-associados.pt
Subject: =?utf-8?Q?Verifica=C3=A7=C3=A3o_da_sua_identidade_=E2=80=93_pedido_PRV?=
 =?utf-8?Q?-2026-0939?=
Date: Thu, 5 Nov 2026 16:42:09 +0100
Message-ID: <20261105154209.6C1D71C0041@mail.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--e4b2f7a0-19c3-4d58-8a6e-0b7c3f21d945--
'''),

    ('pt', 'cert-pt-rt-autoreply-phishing-report', 'automated', (),
'''Return-Path: <cert@cert.pt>
Received: from rt.cert.pt (rt.cert.pt [192.0.2.180])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3kCw1Th5z9rZf
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 14:09:33 +0100 (CET)
Received: by rt.cert.pt (Postfix, from userid 33)
        id 8D2A41E0F3; Tue, 10 Nov 2026 13:09:31 +0000 (WET)
Subject: [CERT.PT #214587] AutoReply: Phishing em nome de Shop Example - site
 falso shop-example-pt.com
From: "CERT.PT via RT" <cert@cert.pt>
Reply-To: cert@cert.pt
In-Reply-To: <20261110130842.5F3C81C0049@mail.shop.example.be>
References: <RT-Ticket-214587@cert.pt>
 <20261110130842.5F3C81C0049@mail.shop.example.be>
Message-ID: <rt-5.0.5-31477-1794229771-1812.214587-5-0@cert.pt>
Precedence: bulk
X-RT-Loop-Prevention: CERT.PT
RT-Ticket: CERT.PT #214587
Managed-BY: RT 5.0.5 (http://www.bestpractical.com/rt/)
RT-Originator: privacy@shop.example.be
Auto-Submitted: auto-replied
To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-RT-Original-Encoding: utf-8
Date: Tue, 10 Nov 2026 13:09:31 +0000

Saudações,

Esta é uma resposta automática que confirma a receção da sua mensagem
sobre:

	"Phishing em nome de Shop Example - site falso shop-example-pt.com"

O seu pedido foi registado com a referência [CERT.PT #214587].

Não é necessário responder a esta mensagem. Se pretender enviar mais
informação sobre o mesmo incidente, responda a este e-mail mantendo no
assunto a referência:

         [CERT.PT #214587]

A equipa do CERT.PT analisará a notificação com a maior brevidade
possível.

Obrigado,
CERT.PT
Centro Nacional de Cibersegurança
cert@cert.pt
'''),

    ('pt', 'person-forwards-code-mail-asks-email-and-address-change', 'correction', (),
'''Return-Path: <rui.tavares@outlook.pt>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03olkn2059.outbound.protection.outlook.com [40.92.59.59])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R3gLt9Kd0z9rYd
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 09:04:26 +0100 (CET)
Received: from DB9P194MB1466.EURP194.PROD.OUTLOOK.COM (2603:10a6:10:3c5::12)
 by AM9P194MB1249.EURP194.PROD.OUTLOOK.COM with Microsoft SMTP Server id
 15.20.8632.18; Mon, 9 Nov 2026 08:04:24 +0000
From: Rui Tavares <rui.tavares@outlook.pt>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Your Shop Example verification code
Thread-Topic: Your Shop Example verification code
Thread-Index: AQHbTqU5cG9ydHVnYWxsaXNib2E=
Date: Mon, 9 Nov 2026 08:04:22 +0000
Message-ID: <DB9P194MB14663A0E7C2F81D5B94A6E3C7D219@DB9P194MB1466.EURP194.PROD.OUTLOOK.COM>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="_000_DB9P194MB14663A0E7C2F81D5B94A6E3C7D219DB9P194MB1466EURP_"

--_000_DB9P194MB14663A0E7C2F81D5B94A6E3C7D219DB9P194MB1466EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Este c=C3=B3digo chegou ao meu endere=C3=A7o antigo (rui.tavares@sapo.pt),=
 que j=C3=A1 quase n=C3=A3o uso e vou desativar no fim do m=C3=AAs. Podem =
alterar o e-mail da minha conta e do cart=C3=A3o de cliente para este, rui.=
tavares@outlook.pt? Pela app n=C3=A3o consigo, pede sempre o c=C3=B3digo en=
viado para o endere=C3=A7o antigo.

J=C3=A1 agora: a morada tamb=C3=A9m est=C3=A1 desatualizada. A correta =C3=
=A9 Rue Gallait 87, bo=C3=AEte 3, 1030 Schaerbeek (mudei-me em setembro).

Cart=C3=A3o de cliente n.=C2=BA 2600 5572 1936.

Obrigado,
Rui Tavares

Obter o Outlook para Android<https://aka.ms/AAb9ysg>
________________________________
From: Shop Example <no-reply@account.shop.example.be>
Sent: Monday, November 9, 2026 8:51:07 AM
To: rui.tavares@sapo.pt <rui.tavares@sapo.pt>
Subject: Your Shop Example verification code

Hi Rui,

Your verification code is 307 958.

Enter it in the app to continue. The code expires in 10 minutes. Never sha=
re it with anyone =E2=80=93 we will never ask you for it.

The Shop Example team

--_000_DB9P194MB14663A0E7C2F81D5B94A6E3C7D219DB9P194MB1466EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body>
<div dir=3D"auto">Bom dia,</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Este c=C3=B3digo chegou ao meu endere=C3=A7o antigo (rui=
.tavares@sapo.pt), que j=C3=A1 quase n=C3=A3o uso e vou desativar no fim d=
o m=C3=AAs. Podem alterar o e-mail da minha conta e do cart=C3=A3o de clie=
nte para este, rui.tavares@outlook.pt? Pela app n=C3=A3o consigo, pede semp=
re o c=C3=B3digo enviado para o endere=C3=A7o antigo.</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">J=C3=A1 agora: a morada tamb=C3=A9m est=C3=A1 desatualiz=
ada. A correta =C3=A9 Rue Gallait 87, bo=C3=AEte 3, 1030 Schaerbeek (mudei=
-me em setembro).</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Cart=C3=A3o de cliente n.=C2=BA 2600 5572 1936.</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Obrigado,<br>Rui Tavares</div>
<div dir=3D"auto"><br></div>
<div dir=3D"auto">Obter o <a href=3D"https://aka.ms/AAb9ysg">Outlook para A=
ndroid</a></div>
<hr>
<div><b>From:</b> Shop Example &lt;no-reply@account.shop.example.be&gt;<br>=
<b>Sent:</b> Monday, November 9, 2026 8:51:07 AM<br><b>To:</b> rui.tavares=
@sapo.pt<br><b>Subject:</b> Your Shop Example verification code</div>
<p>Hi Rui,</p><p>Your verification code is 307 958.</p>
</body></html>

--_000_DB9P194MB14663A0E7C2F81D5B94A6E3C7D219DB9P194MB1466EURP_--
'''),
]

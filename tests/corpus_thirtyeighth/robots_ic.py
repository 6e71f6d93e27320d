"""Thirty-eighth set, the machines of the website: consent platforms, analytics, reviews, hosting, chat, social login -- and people hiding in their mail (14 languages). Written apart from the code."""

import base64
import quopri
from email.header import Header


def _b64(text):
    """Body as a mail system writes it in base64 (76-character lines)."""
    data = base64.b64encode(text.encode('utf-8')).decode('ascii')
    return '\n'.join(data[i:i + 76] for i in range(0, len(data), 76)) + '\n'


def _qp(text):
    """Body as a mail system writes it in quoted-printable."""
    return quopri.encodestring(text.encode('utf-8')).decode('ascii')


def _h(text, maxlinelen=76):
    """RFC 2047 encoded header value (=?utf-8?b?...?=)."""
    return Header(text, 'utf-8').encode(maxlinelen=maxlinelen)


ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'consent-platform-monthly-report', 'automated', (),
'''Return-Path: <bounces+4471823-9f2c-privacy=shop.example.be@em.cookietrust.io>
Received: from o7.em.cookietrust.io (o7.em.cookietrust.io [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1kQm0Zx2z9t8
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 07:03:18 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=cookietrust.io;
        h=content-type:from:mime-version:subject:list-unsubscribe:to;
        s=s1; bh=3QnYp0fX1bq8mV5t0kqvJc4pWm2f7d9Yw1cR8aHk2sU=;
        b=kX9v2LQmT0b3N6yF1eR8pZ4aW7cD5hJ2sG0uK9iM3oP6qV8xB1nC4tE7yH0jL2f
From: CookieTrust <reports@cookietrust.io>
To: privacy@shop.example.be
Subject: Your October 2026 consent report for www.shop.example.be
Date: Mon, 02 Nov 2026 06:03:14 +0000
Message-ID: <pQ3xVb8eT0uYk2R7sLw9Hg@geopod-ismtpd-7>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b4c1e3f0a9d24e6f8d1c7a2b5e90f3d6"
List-Unsubscribe: <https://app.cookietrust.io/account/notifications?u=4471823>,
 <mailto:unsubscribe@cookietrust.io?subject=4471823>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
X-Entity-ID: Hq2m1Ykx0Xo9pVb8TsR1Zw==
Feedback-ID: 4471823:SG

--b4c1e3f0a9d24e6f8d1c7a2b5e90f3d6
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hi there,

Here's how visitors responded to your cookie banner on www.shop.example.be
between 1 and 31 October 2026.

  Banner shown ............ 184,392
  Accepted all ............ 61.4 %  (+2.1 pts vs September)
  Customised .............. 9.8 %
  Rejected all ............ 22.7 %
  Closed, no choice ....... 6.1 %

Most declined categories
  Marketing ............... 31.2 %
  Statistics .............. 18.4 %
  Preferences ............. 4.0 %

Consent records
  172,118 new consent records were logged this month. Records are kept for
  12 months, as set under Settings > Consent log > Retention.

Heads-up: 3 cookies on your site are still "Unclassified". Unclassified
cookies are blocked until a visitor accepts all categories, which may
affect your statistics.
Review them: https://app.cookietrust.io/domains/81734/cookies?filter=unclassified

Full report (PDF): https://app.cookietrust.io/reports/81734/2026-10

--
You're receiving this because you are an admin of the CookieTrust account
"Shop Example BV". Change your email preferences:
https://app.cookietrust.io/account/notifications

CookieTrust ApS, Vesterbrogade 49, 1620 Copenhagen V, Denmark
''') + '''
--b4c1e3f0a9d24e6f8d1c7a2b5e90f3d6
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>October 2026 consent report</title></head>
<body style="margin:0;padding:0;background:#f4f6f8;font-family:Helvetica,Arial,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;">
<tr><td>
<h1 style="font-size:20px;color:#12263a;">Your October 2026 consent report</h1>
<p>Here's how visitors responded to your cookie banner on <strong>www.shop.example.be</strong> between 1 and 31 October 2026.</p>
<table width="100%" cellpadding="6" style="border-collapse:collapse;">
<tr><td>Banner shown</td><td align="right">184,392</td></tr>
<tr><td>Accepted all</td><td align="right">61.4 % <span style="color:#1a7f37;">(+2.1 pts)</span></td></tr>
<tr><td>Customised</td><td align="right">9.8 %</td></tr>
<tr><td>Rejected all</td><td align="right">22.7 %</td></tr>
<tr><td>Closed, no choice</td><td align="right">6.1 %</td></tr>
</table>
<p><strong>172,118</strong> new consent records were logged this month (kept for 12 months).</p>
<p style="background:#fff4e5;padding:12px;">Heads-up: 3 cookies on your site are still <em>Unclassified</em>. <a href="https://app.cookietrust.io/domains/81734/cookies?filter=unclassified">Review them</a></p>
<p><a href="https://app.cookietrust.io/reports/81734/2026-10" style="background:#1f6feb;color:#fff;padding:10px 16px;text-decoration:none;border-radius:4px;">Download full report</a></p>
<p style="font-size:12px;color:#6b7785;">You're receiving this because you are an admin of the CookieTrust account "Shop Example BV". <a href="https://app.cookietrust.io/account/notifications">Email preferences</a><br>CookieTrust ApS, Vesterbrogade 49, 1620 Copenhagen V, Denmark</p>
</td></tr></table>
</td></tr></table>
</body></html>
''') + '''
--b4c1e3f0a9d24e6f8d1c7a2b5e90f3d6--
'''),

    ('en', 'postfix-dsn-our-mail-to-agency', 'automated', (),
'''Return-Path: <>
Received: from mail.shop.example.be (mail.shop.example.be [192.0.2.10])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0tLw3Hc1z9sQ
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:14:53 +0100 (CET)
Received: by mail.shop.example.be (Postfix)
        id 9B3D2C0456; Wed, 28 Oct 2026 10:14:52 +0100 (CET)
Date: Wed, 28 Oct 2026 10:14:52 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="7F2A1C0123.1793178892/mail.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261028091452.9B3D2C0456@mail.shop.example.be>

This is a MIME-encapsulated message.

--7F2A1C0123.1793178892/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.peeters@pixelwerf.be>: host mx.pixelwerf.be[198.51.100.23] said: 550 5.1.1
    <j.peeters@pixelwerf.be>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--7F2A1C0123.1793178892/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 7F2A1C0123
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 28 Oct 2026 10:14:51 +0100 (CET)

Final-Recipient: rfc822; j.peeters@pixelwerf.be
Original-Recipient: rfc822;j.peeters@pixelwerf.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.pixelwerf.be
Diagnostic-Code: smtp; 550 5.1.1 <j.peeters@pixelwerf.be>: Recipient address
    rejected: User unknown in virtual mailbox table

--7F2A1C0123.1793178892/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from [10.20.0.41] (unknown [10.20.0.41])
        (Authenticated sender: privacy@shop.example.be)
        by mail.shop.example.be (Postfix) with ESMTPSA id 7F2A1C0123
        for <j.peeters@pixelwerf.be>; Wed, 28 Oct 2026 10:14:51 +0100 (CET)
Message-ID: <3c9e1a52-7b0f-4d1e-9a55-0e6f2a8d41b7@shop.example.be>
Date: Wed, 28 Oct 2026 10:14:49 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: nl-BE
To: Jeroen Peeters <j.peeters@pixelwerf.be>
From: Privacy Shop Example <privacy@shop.example.be>
Subject: Connectbook-login: data deletion callback geeft 500
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

--7F2A1C0123.1793178892/mail.shop.example.be--
'''),

    ('en', 'social-login-deletion-callback-failed', 'automated', (),
'''Return-Path: <notification@developers.connectbook.com>
Received: from mx-out.connectbook.com (mx-out-ie3.connectbook.com [203.0.113.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1xVn5Qb7z9tF
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 09:27:40 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/simple; d=connectbook.com; s=s1024-2025;
        t=1793694458; bh=Pq1t0uV8cX4yK2mN6bF9rJ3wE7aS5dG1hL0oQ8zT2iY=;
        h=Date:To:From:Subject:Message-ID:MIME-Version:Content-Type;
        b=Y2lO8zQm1Xv5pT9eN3aR7fW0kJ4sH6cB2uL8dG1yV5nM0qE3tI7oP9xZ2wK4jF6r
Date: Tue, 3 Nov 2026 08:27:38 +0000
To: privacy@shop.example.be
From: Connectbook for Developers <notification@developers.connectbook.com>
Subject: Action needed: data deletion callback errors for Shop Example Login
Message-ID: <a91c40f7e2b35d88c6e1f0b4d2a7c953@developers.connectbook.com>
X-Connectbook-Notif: dev_platform:data_deletion_callback_failure
X-Priority: 3
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Shop Example Login (App ID: 418832770915243)

Hi Shop Example BV,

Between 27 October and 2 November 2026, 14 people who used Connectbook
Login with your app removed the app from their Connectbook settings and
asked for their data to be deleted. We forwarded each request to your
Data Deletion Callback URL, but your server did not confirm any of them.

  Callback URL:    https://www.shop.example.be/auth/cb/data-deletion
  Requests sent:   14
  Failed:          14 (HTTP 500 Internal Server Error)
  Last attempt:    2 Nov 2026, 22:41 UTC

Your callback must respond with a JSON object containing a confirmation
code and a URL where the person can check the status of the deletion.
If deletion requests keep failing, your app may lose access to
Connectbook Login after 1 December 2026.

Fix the issue:
https://developers.connectbook.com/apps/418832770915243/settings/advanced/

Learn more about data deletion callbacks:
https://developers.connectbook.com/docs/login/data-deletion-callback

This message was sent to the admins of Shop Example Login.
Connectbook Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Ireland
'''),

    ('en', 'person-form-builder-submission-access', 'access', (),
'''Return-Path: <bounce-8812734@mail.formforge.io>
Received: from smtp-out-12.formforge.io (smtp-out-12.formforge.io [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2bQy1Lz8z9tK
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:07:22 +0100 (CET)
From: FormForge <no-reply@formforge.io>
Reply-To: Gareth Williams <gareth.williams1979@gmail.com>
To: privacy@shop.example.be
Subject: New submission - Privacy contact form (shop.example.be)
Date: Wed, 04 Nov 2026 20:07:19 +0000
Message-ID: <sub.s_7Hq2Lm.f_82hd70@formforge.io>
X-FormForge-Form-ID: f_82hd70
X-FormForge-Submission-ID: s_7Hq2Lm
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''You have a new form submission.

Form: Privacy contact
Page: https://www.shop.example.be/en/privacy/contact
Submitted: 4 Nov 2026, 21:07 (Europe/Brussels)

Name
Gareth Williams

Email
gareth.williams1979@gmail.com

Loyalty card number (optional)
2604 1187 3390

Subject
What do you have on me?

Message
Hello, I've had one of your loyalty cards since I lived in Antwerp (moved
back to Cardiff last year but still order online now and then). Could you
tell me what personal information you hold about me - purchase history,
the app account, the lot - and send me a copy of it? I'd also like to know
whether any of it has been passed on to other companies, and if so which.
Cheers, Gareth

I agree that my data is processed to handle this request
Yes

--
View this submission: https://app.formforge.io/forms/f_82hd70/submissions/s_7Hq2Lm
Reply to this email to answer Gareth Williams directly.
You are receiving this because you are subscribed to notifications for this form.
''')),

    ('en', 'person-agency-dev-reply-above-ooo', 'other', (),
'''Return-Path: <callum.reid@northlightdigital.co.uk>
Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [203.0.113.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2fTr6Wm3z9tB
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:36:02 +0100 (CET)
Received: by mail-ej1-f41.google.com with SMTP id a640c23a62f3a-b7a1c2d3e4so18822966b
        for <privacy@shop.example.be>; Thu, 05 Nov 2026 01:36:01 -0800 (PST)
MIME-Version: 1.0
References: <AM0PR02MB5571E4C8D1A24D3B9F2E6A19C1A82@AM0PR02MB5571.eurprd02.prod.outlook.com>
 <CAF3kq9xN2bV7d+Y8rT1mWpLz0hQeS4uJc6oE5gA1iK7nB3fR2w@mail.gmail.com>
In-Reply-To: <AM0PR02MB5571E4C8D1A24D3B9F2E6A19C1A82@AM0PR02MB5571.eurprd02.prod.outlook.com>
From: Callum Reid <callum.reid@northlightdigital.co.uk>
Date: Thu, 5 Nov 2026 09:35:48 +0000
Message-ID: <CAF3kq9zR7wL1m+Hc2P0yTnQb8sXe5vJd3oA6gK9iU4fM1rB7tQ@mail.gmail.com>
Subject: Re: Automatic reply: Cookie banner copy NL/FR/EN - final version
To: Privacy Shop Example <privacy@shop.example.be>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Thanks - no rush on Sofie's side. Quick one for whoever is covering though:
the French banner text you sent on Monday still has "Accepter" on the
reject button as well as on the accept button (looks like a copy/paste
slip). Should the reject one be "Tout refuser"? I'm holding the deploy
to production until I hear back, so a one-word reply is fine.

Cheers,
Callum

--
Callum Reid | Front-end Developer
Northlight Digital Ltd | 2nd Floor, 14 Tib Street, Manchester M4 1SH
+44 161 555 0142

On Thu, 5 Nov 2026 at 09:12, Privacy Shop Example <privacy@shop.example.be> wrote:

> Automatic reply / Automatisch antwoord / Réponse automatique
>
> Thank you for your e-mail. Sofie Claes is out of the office until Monday
> 9 November. Your message to the privacy team has been received and will
> be dealt with as soon as possible.
>
> Shop Example BV - Privacy team
>
''')),

    # ------------------------------------------------------------------ nl
    ('nl', 'review-platform-new-review', 'automated', (),
'''Return-Path: <bounce-mc.us-eu2_9918273.441-privacy=shop.example.be@mail.klantenstem.nl>
Received: from mail.klantenstem.nl (mail.klantenstem.nl [198.51.100.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0wNc2Rk5z9sV
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 15:48:31 +0100 (CET)
From: Klantenstem <noreply@klantenstem.nl>
To: Shop Example BV <privacy@shop.example.be>
Subject: Nieuwe review voor Shop Example BV (4/5)
Date: Fri, 30 Oct 2026 15:48:27 +0100
Message-ID: <20261030144827.2219834.review-new@klantenstem.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <https://zakelijk.klantenstem.nl/instellingen/meldingen>
X-Klantenstem-Type: review.created

''' + _qp('''Beste Shop Example BV,

Er is zojuist een nieuwe review geplaatst op uw Klantenstem-pagina.

★★★★☆  4/5
"Vlot geleverd, maar waarom moet ik mijn geboortedatum invullen voor een account?"

Geplaatst door: Marleen Jacobs (Hasselt)
Ordernummer: SE-2026-0417751
Datum: 30 oktober 2026

"Snel geleverd en het pakje zat goed verpakt. Minpunt: bij het aanmaken
van een account in de app werd mijn geboortedatum verplicht gevraagd. Dat
vind ik overdreven voor een paar sokken."

Reageer op deze review:
https://zakelijk.klantenstem.nl/reviews/2219834?actie=reageren

Tip: bedrijven die binnen 48 uur reageren op een review, krijgen
gemiddeld vaker een tweede review van dezelfde klant.

Met vriendelijke groet,
Team Klantenstem

U ontvangt deze e-mail omdat meldingen voor nieuwe reviews aan staan.
Meldingen beheren: https://zakelijk.klantenstem.nl/instellingen/meldingen
''')),

    ('nl', 'uptime-monitor-site-down', 'automated', (),
'''Return-Path: <alerts@uptimewaker.com>
Received: from out-3.uptimewaker.com (out-3.uptimewaker.com [203.0.113.9])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0vBq0Tf4z9sH
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 03:13:52 +0100 (CET)
From: UptimeWaker <alerts@uptimewaker.com>
To: privacy@shop.example.be
Subject: ''' + _h('🔴 Monitor is DOWN: Shop – Mijn account') + '''
Date: Thu, 29 Oct 2026 02:13:50 +0000
Message-ID: <incident-91833410-down@uptimewaker.com>
Auto-Submitted: auto-generated
X-Uptimewaker-Monitor: 7719204
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hallo Shop Example,

Je monitor "Shop – Mijn account" (https://www.shop.example.be/nl/mijn-account)
is momenteel DOWN.

Reden:              Connection timeout (30 s)
Gedetecteerd op:    29-10-2026 03:12:44 CET
Gecontroleerd van:  Amsterdam, Frankfurt, Londen

We blijven elke minuut controleren en laten het je weten zodra de monitor
weer UP is.

Incident bekijken: https://app.uptimewaker.com/incidents/91833410

Groetjes,
UptimeWaker

Je krijgt deze melding omdat privacy@shop.example.be als alertcontact is
ingesteld voor deze monitor. Alertcontacten beheren:
https://app.uptimewaker.com/settings/alert-contacts
'''),

    ('nl', 'hosting-helpdesk-ticket-ack-quoting-our-mail', 'automated', (),
'''Return-Path: <support@hostnest.nl>
Received: from helpdesk.hostnest.nl (helpdesk.hostnest.nl [198.51.100.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0qKx4Ys9z9rY
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:02:16 +0100 (CET)
From: Hostnest Support <support@hostnest.nl>
To: Sofie Claes <privacy@shop.example.be>
Subject: [Ticket#582114] Verwijderen oude snapshots met klantgegevens
Date: Tue, 27 Oct 2026 11:02:14 +0100
Message-ID: <ticket.582114.20261027100214.1@helpdesk.hostnest.nl>
In-Reply-To: <b8e2f4a1-0c3d-4e7f-9b21-6d5a3c8e7f90@shop.example.be>
References: <b8e2f4a1-0c3d-4e7f-9b21-6d5a3c8e7f90@shop.example.be>
Auto-Submitted: auto-replied
X-Loop: helpdesk
Precedence: bulk
X-Mailer: Zammad Mail Service
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Beste Sofie Claes,

Bedankt voor je bericht. We hebben je aanvraag ontvangen en er een ticket
van gemaakt.

Ticketnummer: 582114
Onderwerp: Verwijderen oude snapshots met klantgegevens
Prioriteit: normaal

Een van onze engineers reageert doorgaans binnen 4 werkuren. Wil je nog
iets toevoegen? Antwoord dan gewoon op deze e-mail en laat [Ticket#582114]
in het onderwerp staan.

Je bericht:
------------------------------------------------------------------------
Hallo,

Op 12 oktober hebben we gevraagd om de snapshots van vps-shop-02 van vóór
1 juni te verwijderen (daar staan nog klantgegevens uit de oude webshop
in). In het klantenpanel zie ik ze nog altijd staan. Kunnen jullie
bevestigen dat ze verwijderd worden, ook uit de offsite-kopie?

Alvast bedankt,
Sofie Claes
Privacyteam - Shop Example BV
------------------------------------------------------------------------

Met vriendelijke groet,
Hostnest Support

Storingen en onderhoud: https://status.hostnest.nl
''')),

    ('nl', 'exchange-ooo-freelance-designer', 'automated', (),
'''Return-Path: <lotte@desmetdesign.be>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2101.outbound.protection.outlook.com [203.0.113.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0rSm1Dk2z9s3
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:21:09 +0100 (CET)
From: Lotte De Smet <lotte@desmetdesign.be>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: Automatisch antwoord: Tekst privacyverklaring in footer - nieuwe versie
Thread-Topic: Tekst privacyverklaring in footer - nieuwe versie
Thread-Index: AQHbLx2c8mX3R0kE9UqZ4N1y7oJw2rQKcA==
Date: Tue, 27 Oct 2026 13:21:05 +0000
Message-ID: <3e1b7c2a9f0d4c58a6e2b41d07f9c3aa@DB9PR05MB8011.eurprd05.prod.outlook.com>
In-Reply-To: <0d6f2b9c-84e1-4a73-b5c0-2f91e8a4d611@shop.example.be>
References: <0d6f2b9c-84e1-4a73-b5c0-2f91e8a4d611@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: lotte@desmetdesign.be
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hallo,

Bedankt voor je mail. Ik ben afwezig tot en met vrijdag 6 november en lees
mijn mails in die periode niet. Je bericht wordt niet automatisch
doorgestuurd.

Voor dringende vragen over lopende websites kan je terecht bij Bram via
bram@desmetdesign.be of 09 233 41 70.

Groetjes,
Lotte De Smet
De Smet Design – webdesign & grafisch ontwerp
''')),

    ('nl', 'person-reply-above-review-notice-remove-name', 'deletion', (),
'''Return-Path: <marleen.jacobs@telenet.be>
Received: from mailsrv2.telenet-ops.be (mailsrv2.telenet-ops.be [198.51.100.202])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1qLm8Fh6z9tD
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 19:44:05 +0100 (CET)
From: Marleen Jacobs <marleen.jacobs@telenet.be>
To: Shop Example BV <privacy@shop.example.be>
Subject: RE: Je review voor Shop Example BV staat online
Date: Mon, 2 Nov 2026 19:43:58 +0100
Message-ID: <000a01dc4c21$7f3e2b10$7dba8130$@telenet.be>
In-Reply-To: <20261030150211.2219834.review-published@klantenstem.nl>
References: <20261030150211.2219834.review-published@klantenstem.nl>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHbLOwZ8x1sK3mRTuW0Jg5b2e6N9QAAk7Yw
Content-Language: nl-be

''' + _qp('''Goeieavond,

Ik zie nu pas dat bij mijn review mijn volledige naam én mijn gemeente
vermeld staan. Ik dacht dat alleen mijn voornaam getoond zou worden.
Kunnen jullie mijn naam en woonplaats daar laten verwijderen, bij jullie
en bij Klantenstem? De review zelf mag blijven staan, die meen ik.

Vriendelijke groeten
Marleen Jacobs

Van: Klantenstem namens Shop Example BV <noreply@klantenstem.nl>
Verzonden: vrijdag 30 oktober 2026 16:02
Aan: marleen.jacobs@telenet.be
Onderwerp: Je review voor Shop Example BV staat online

Hoi Marleen,

Bedankt voor je review! Je beoordeling van Shop Example BV is
gecontroleerd en staat nu online:

★★★★☆ "Vlot geleverd, maar waarom moet ik mijn geboortedatum invullen voor
een account?"
Marleen Jacobs, Hasselt

Bekijk je review: https://www.klantenstem.nl/shop-example-bv/reviews/2219834

Dit is een automatisch bericht van Klantenstem namens Shop Example BV.
''')),

    # ------------------------------------------------------------------ fr
    ('fr', 'cmp-cookie-scan-new-cookies', 'automated', (),
'''Return-Path: <bounces+4471823-71ab-privacy=shop.example.be@em.cookietrust.io>
Received: from o7.em.cookietrust.io (o7.em.cookietrust.io [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1c9w2Kp0z9tS
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 05:14:47 +0100 (CET)
From: CookieTrust <alertes@cookietrust.io>
To: privacy@shop.example.be
Subject: ''' + _h('Scan du 1er novembre : 12 nouveaux cookies détectés sur shop.example.be') + '''
Date: Sun, 01 Nov 2026 04:14:43 +0000
Message-ID: <Zt8wQp1mR5aYc3Ve0nHk2g@geopod-ismtpd-2>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <https://app.cookietrust.io/account/notifications?u=4471823>
Feedback-ID: 4471823:SG

''' + _qp('''Bonjour,

Le scan automatique de votre domaine shop.example.be s'est terminé le
1er novembre 2026 à 05:12.

Pages analysées : 1 240
Cookies et traceurs détectés : 87 (dont 12 nouveaux)
Cookies non classés : 12
Cookies déposés avant le consentement : 3

Nouveaux cookies détectés (extrait)
  _ttp                 .shop.example.be       13 mois    non classé
  _clck                .shop.example.be       12 mois    non classé
  _clsk                .shop.example.be       1 jour     non classé
  cb_pixel_id          .shop.example.be       3 mois     non classé
  chatterly_visitor    www.shop.example.be    6 mois     non classé
  ... et 7 autres

Attention : 3 de ces cookies (_ttp, cb_pixel_id, chatterly_visitor) sont
déposés avant que le visiteur ait fait un choix dans le bandeau. Classez-les
dans une catégorie pour qu'ils soient bloqués jusqu'au consentement.

Classer les cookies :
https://app.cookietrust.io/domains/81734/cookies?filter=unclassified

Prochain scan prévu : 1er décembre 2026.

—
L'équipe CookieTrust
Vous recevez cet e-mail car vous êtes administrateur du domaine
shop.example.be sur CookieTrust. Gérer mes notifications :
https://app.cookietrust.io/account/notifications
''')),

    ('fr', 'livechat-missed-conversation', 'automated', (),
'''Return-Path: <notifications@chatterly.io>
Received: from mta-eu-2.chatterly.io (mta-eu-2.chatterly.io [203.0.113.212])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2cXs7Nr1z9tH
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 22:50:31 +0100 (CET)
From: Chatterly <notifications@chatterly.io>
To: privacy@shop.example.be
Subject: ''' + _h('Conversation manquée – Visiteur #48119') + '''
Date: Wed, 04 Nov 2026 21:50:29 +0000
Message-ID: <missed.8c1d77e0a4.48119@chatterly.io>
Auto-Submitted: auto-generated
X-Chatterly-Event: conversation.missed
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour l'équipe Shop Example,

Un visiteur a démarré une conversation sur votre site alors qu'aucun membre
de votre équipe n'était en ligne.

Visiteur :     Visiteur #48119
Localisation : Liège, Belgique
Page :         https://www.shop.example.be/fr/mon-compte/confidentialite
Début :        mer. 4 nov. 2026, 22:47
Message :      — (le visiteur a quitté la page avant d'écrire)

Le visiteur n'a pas laissé d'adresse e-mail ; il n'est donc pas possible de
le recontacter.

Astuce : activez le formulaire hors ligne pour recueillir les messages
quand personne n'est disponible.

Ouvrir la boîte de réception : https://app.chatterly.io/inbox/conv/8c1d77e0a4

—
Chatterly · Vous recevez cet e-mail car les notifications « conversation
manquée » sont activées pour privacy@shop.example.be.
'''),

    ('fr', 'hosting-ssl-certificate-expiry', 'automated', (),
'''Return-Path: <noreply@nuvea-hosting.fr>
Received: from relay-out.nuvea-hosting.fr (relay-out.nuvea-hosting.fr [198.51.100.19])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1fGk3Vn6z9tC
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 08:00:12 +0100 (CET)
From: Nuvea Hosting <noreply@nuvea-hosting.fr>
To: privacy@shop.example.be
Subject: ''' + _h('[Action requise] Le certificat SSL de mesdonnees.shop.example.be expire dans 7 jours') + '''
Date: Tue, 3 Nov 2026 08:00:09 +0100
Message-ID: <ssl-expiry.NV-204881.20261103070009@nuvea-hosting.fr>
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bonjour,

Le certificat SSL/TLS suivant arrive bientôt à expiration :

Domaine : mesdonnees.shop.example.be
Émetteur : Let's Encrypt (R11)
Date d'expiration : 10/11/2026 23:59 UTC
Hébergement : Mutualisé Pro – contrat NV-204881

Le renouvellement automatique a échoué à 3 reprises (dernière tentative :
03/11/2026 à 02:00). Motif : la validation HTTP-01 a renvoyé une erreur 404
sur /.well-known/acme-challenge/. Vérifiez que ce chemin n'est pas redirigé
ou bloqué par une règle de réécriture.

Si le certificat n'est pas renouvelé avant sa date d'expiration, les
visiteurs verront un avertissement de sécurité en ouvrant le site.

Gérer vos certificats : https://espace-client.nuvea-hosting.fr/ssl

Cordialement,
Le support Nuvea Hosting

Ce message est envoyé automatiquement, merci de ne pas y répondre.
''')),

    ('fr', 'outlook-read-receipt-agency', 'automated', (),
'''Return-Path: <c.lefevre@agence-lumen.fr>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2118.outbound.protection.outlook.com [203.0.113.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0wPz5Gd8z9s6
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 15:41:14 +0100 (CET)
From: =?utf-8?Q?Camille_Lef=C3=A8vre?= <c.lefevre@agence-lumen.fr>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?Q?Lu=C2=A0:_Registre_des_traitements_=E2=80=93_banni=C3=A8re_cookies_v3?=
Thread-Topic: =?utf-8?Q?Registre_des_traitements_=E2=80=93_banni=C3=A8re_cookies_v3?=
Date: Thu, 29 Oct 2026 14:41:09 +0000
Message-ID: <PAXPR06MB7764F1A2B3C4D5E6A7B8C9D0E1F2A@PAXPR06MB7764.eurprd06.prod.outlook.com>
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_001_PAXPR06MB7764F1A2B3C4D5E6A7B8C9D0E1F2APAXPR06MB7764eurp_"

--_001_PAXPR06MB7764F1A2B3C4D5E6A7B8C9D0E1F2APAXPR06MB7764eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Votre message

  À : Camille Lefèvre
  Objet : Registre des traitements – bannière cookies v3
  Envoyé : jeudi 29 octobre 2026 14:03:12 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 29 octobre 2026 15:41:09 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
''') + '''
--_001_PAXPR06MB7764F1A2B3C4D5E6A7B8C9D0E1F2APAXPR06MB7764eurp_
Content-Type: message/disposition-notification

Reporting-UA: PAXPR06MB7764.eurprd06.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;c.lefevre@agence-lumen.fr
Original-Message-ID: <5a7e0c3d-91b2-4f68-8d1e-c4b2a9f03e71@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_001_PAXPR06MB7764F1A2B3C4D5E6A7B8C9D0E1F2APAXPR06MB7764eurp_--
'''),

    ('fr', 'person-forward-consent-receipt-withdraw', 'withdraw_consent', (),
'''Return-Path: <nathalie.dubois64@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [203.0.113.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1b4Hq9Xc2z9tJ
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 20:18:40 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-47a2c3d4e5so99120375e9
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 12:18:40 -0700 (PDT)
MIME-Version: 1.0
References: <rcpt.7f3c2a91-55d0-4b8e-a0f1-9e2d41c6b7aa@consent.cookietrust.io>
In-Reply-To: <rcpt.7f3c2a91-55d0-4b8e-a0f1-9e2d41c6b7aa@consent.cookietrust.io>
From: Nathalie Dubois <nathalie.dubois64@gmail.com>
Date: Sat, 31 Oct 2026 20:18:27 +0100
Message-ID: <CAJx7Rm2Tq9Pw4sZ0kV1nLb8Hc3YeF5dG6oA2uK7iN9rB1xQ4mw@mail.gmail.com>
Subject: =?UTF-8?Q?Fwd=3A_Votre_re=C3=A7u_de_consentement_=E2=80=93_Shop_Example?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c4e1a80643b1d2f7"

--000000000000c4e1a80643b1d2f7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Je retire ce consentement. Merci.

---------- Forwarded message ---------
De : Shop Example <no-reply@consent.cookietrust.io>
Date: sam. 24 oct. 2026 à 11:52
Subject: Votre reçu de consentement – Shop Example
To: <nathalie.dubois64@gmail.com>


Bonjour,

Voici le récapitulatif des choix que vous avez enregistrés sur
shop.example.be.

Identifiant de consentement : 7f3c2a91-55d0-4b8e-a0f1-9e2d41c6b7aa
Date : 24/10/2026 11:51:37
Appareil : Chrome 141 / Android

Cookies nécessaires : toujours actifs
Mesure d'audience : acceptés
Marketing et publicité personnalisée : acceptés
Offres par e-mail et newsletter : acceptées

Vous pouvez modifier vos choix à tout moment via le lien « Gérer les
cookies » en bas de chaque page.

Ce reçu vous est envoyé automatiquement par CookieTrust pour le compte de
Shop Example BV.
''') + '''
--000000000000c4e1a80643b1d2f7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr">Je retire ce consentement. Merci.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>De&nbsp;: <strong class="gmail_sendername" dir="auto">Shop Example</strong> <span dir="auto">&lt;<a href="mailto:no-reply@consent.cookietrust.io">no-reply@consent.cookietrust.io</a>&gt;</span><br>Date: sam. 24 oct. 2026 à 11:52<br>Subject: Votre reçu de consentement – Shop Example<br>To: &lt;<a href="mailto:nathalie.dubois64@gmail.com">nathalie.dubois64@gmail.com</a>&gt;<br></div><br><br>
<p>Bonjour,</p><p>Voici le récapitulatif des choix que vous avez enregistrés sur shop.example.be.</p>
<p>Identifiant de consentement : 7f3c2a91-55d0-4b8e-a0f1-9e2d41c6b7aa<br>Date : 24/10/2026 11:51:37<br>Appareil : Chrome 141 / Android</p>
<p>Cookies nécessaires : toujours actifs<br>Mesure d'audience : acceptés<br>Marketing et publicité personnalisée : acceptés<br>Offres par e-mail et newsletter : acceptées</p>
<p>Vous pouvez modifier vos choix à tout moment via le lien « Gérer les cookies » en bas de chaque page.</p>
<p style="font-size:11px;color:#777">Ce reçu vous est envoyé automatiquement par CookieTrust pour le compte de Shop Example BV.</p>
</div></div>
''') + '''
--000000000000c4e1a80643b1d2f7--
'''),

    # ------------------------------------------------------------------ de
    ('de', 'analytics-data-retention-changed', 'automated', (),
'''Return-Path: <bounce@notify.zaehlwerk.io>
Received: from notify.zaehlwerk.io (notify.zaehlwerk.io [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0qZb6Kt1z9rQ
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:53:40 +0100 (CET)
From: =?utf-8?Q?Z=C3=A4hlwerk_Analytics?= <benachrichtigung@zaehlwerk.io>
To: privacy@shop.example.be
Subject: ''' + _h('Einstellung geändert: Datenaufbewahrung für Property „Shop Example – Web“') + '''
Date: Tue, 27 Oct 2026 11:53:37 +0100
Message-ID: <settings-change.302-118-44.1793098417@notify.zaehlwerk.io>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hallo,

in Ihrem Zählwerk-Konto "Shop Example BV" wurde eine Einstellung zur
Datenaufbewahrung geändert.

Property:       Shop Example – Web (ID 302-118-44)
Einstellung:    Aufbewahrung von Daten auf Nutzer- und Ereignisebene
Bisher:         14 Monate
Neu:            2 Monate
Geändert von:   j.peeters@pixelwerf.be
Zeitpunkt:      27.10.2026, 11:52 Uhr (MEZ)

Was bedeutet das?
Ereignisdaten, die älter als 2 Monate sind, werden bei der nächsten
Bereinigung (in der Regel innerhalb von 24 Stunden) endgültig gelöscht.
Zusammengefasste Standardberichte sind davon nicht betroffen. Explorative
Auswertungen über ältere Zeiträume sind danach nicht mehr möglich.

Wenn Sie diese Änderung nicht vorgenommen oder veranlasst haben, prüfen
Sie bitte die Nutzerverwaltung Ihres Kontos:
https://app.zaehlwerk.io/admin/konto/88412/nutzer

Sie erhalten diese E-Mail, weil Sie Administrator dieser Property sind.

Zählwerk GmbH · Schanzenstraße 22 · 20357 Hamburg
Amtsgericht Hamburg HRB 178223
''')),

    ('de', 'waf-attack-alert', 'automated', (),
'''Return-Path: <alerts@bollwerk-security.de>
Received: from mailer01.bollwerk-security.de (mailer01.bollwerk-security.de [203.0.113.66])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1gCt2Hx3z9tM
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 02:25:19 +0100 (CET)
From: Bollwerk WAF <alerts@bollwerk-security.de>
To: privacy@shop.example.be
Subject: ''' + _h('[Bollwerk] Kritisch: 1.284 blockierte Anfragen auf www.shop.example.be in 10 Minuten') + '''
Date: Tue, 03 Nov 2026 02:25:16 +0100
Message-ID: <INC-2026-110345.alert@bollwerk-security.de>
Auto-Submitted: auto-generated
X-Bollwerk-Alert-ID: INC-2026-110345
X-Bollwerk-Severity: critical
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bollwerk Web Application Firewall – Alarm

Site:          www.shop.example.be
Regelgruppen:  Credential Stuffing, SQL-Injection
Zeitraum:      03.11.2026 02:14 – 02:24 MEZ
Blockiert:     1.284 Anfragen
Status:        Automatisch abgewehrt – keine Aktion erforderlich

Betroffene Pfade
  POST /de/konto/anmelden                 812
  POST /nl/mijn-account/inloggen          301
  GET  /api/v2/customers/lookup?email=    171

Top-Quell-IPs
  203.0.113.58     (NL, AS64511)    640
  198.51.100.201   (US, AS64500)    402
  192.0.2.17       (SC, AS64496)    242

Empfehlung: Prüfen Sie, ob der Endpunkt /api/v2/customers/lookup öffentlich
erreichbar sein muss. Er liefert für registrierte E-Mail-Adressen einen
anderen Statuscode als für unbekannte (mögliche Enumeration von
Kundenkonten).

Vorfall ansehen: https://console.bollwerk-security.de/incidents/INC-2026-110345

Diese Benachrichtigung wurde automatisch erzeugt. Antworten an diese
Adresse werden nicht gelesen.
'''),

    ('de', 'hosting-backup-report-with-warnings', 'automated', (),
'''Return-Path: <backup@srv14.webkontor-hosting.de>
Received: from srv14.webkontor-hosting.de (srv14.webkontor-hosting.de [198.51.100.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1c7Fd0Lq5z9t2
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 02:41:44 +0100 (CET)
Received: by srv14.webkontor-hosting.de (Postfix, from userid 0)
        id 3A1C4E2F07; Mon,  2 Nov 2026 02:41:38 +0100 (CET)
From: Sicherungs-Manager <backup@srv14.webkontor-hosting.de>
To: privacy@shop.example.be
Subject: [srv14] Sicherung shop.example.be: abgeschlossen mit Warnungen
Date: Mon, 02 Nov 2026 02:41:38 +0100
Message-Id: <20261102014138.3A1C4E2F07@srv14.webkontor-hosting.de>
Auto-Submitted: auto-generated
X-Mailer: psa-backup
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Sicherungsbericht für das Abonnement shop.example.be

Zeitplan:       täglich 02:00
Beginn:         02.11.2026 02:00:04
Ende:           02.11.2026 02:41:37
Größe:          14,2 GB (inkrementell 611 MB)
Speicherort:    FTP-Speicher backup.webkontor-hosting.de
Status:         Abgeschlossen mit Warnungen

Warnungen:
- Datenbank "shop_crm": Tabelle "newsletter_export_2024" konnte nicht
  gesichert werden (Tabelle als beschädigt markiert). Führen Sie
  REPAIR TABLE aus oder entfernen Sie die Tabelle, falls sie nicht mehr
  benötigt wird.
- Das Verzeichnis /var/www/vhosts/shop.example.be/private/exports enthält
  2.341 Dateien, die älter als 365 Tage sind.

Aufbewahrung: 30 Sicherungen (älteste: 03.10.2026)

Diese Nachricht wurde automatisch vom Sicherungs-Manager auf
srv14.webkontor-hosting.de erstellt.
''')),

    ('de', 'exchange-online-ndr-agency', 'automated', (),
'''Return-Path: <>
Received: from EUR05-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2070.outbound.protection.outlook.com [203.0.113.70])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0y3Qk7Bn1z9tA
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 10:21:47 +0100 (CET)
From: postmaster@agenturfernblick.onmicrosoft.com
To: privacy@shop.example.be
Date: Fri, 30 Oct 2026 09:21:45 +0000
Subject: =?utf-8?Q?Unzustellbar:_AV-Vertrag_Newsletter-Tool_=E2=80=93_bitte_gegenzeichnen?=
Message-ID: <0b5e9f31-2c7a-4d84-b1e6-8fa3c20d9e54@FR2P281MB0421.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <6f2d8a14-c3b9-4e07-a5f1-0d9e7b3c2a68@shop.example.be>
References: <6f2d8a14-c3b9-4e07-a5f1-0d9e7b3c2a68@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
X-MS-PublicTrafficType: Email
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="9c2d7e01-4f3a-46b8-8a5e-31c0f9b7d2e4"

--9c2d7e01-4f3a-46b8-8a5e-31c0f9b7d2e4
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="e4a7b1c3-58d2-4f90-b6e1-7a2c9d0f3b85"

--e4a7b1c3-58d2-4f90-b6e1-7a2c9d0f3b85
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Ihre Nachricht hat kathrin.mueller@agentur-fernblick.de nicht erreicht.

kathrin.mueller wurde nicht gefunden. Die E-Mail-Adresse ist möglicherweise
falsch geschrieben, oder das Postfach existiert nicht mehr.

Lösungsvorschlag: Überprüfen Sie die E-Mail-Adresse des Empfängers und
senden Sie die Nachricht erneut. Wenn das Problem weiterhin besteht,
wenden Sie sich an die Organisation des Empfängers.

Diagnoseinformationen für Administratoren:

Generierender Server: FR2P281MB0421.DEUP281.PROD.OUTLOOK.COM

kathrin.mueller@agentur-fernblick.de
Remoteserver hat "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
kathrin.mueller@agentur-fernblick.de not found by SMTP address lookup"
zurückgegeben.
''') + '''
--e4a7b1c3-58d2-4f90-b6e1-7a2c9d0f3b85
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:15px;">
<p style="color:#c00000;font-size:20px;">Ihre Nachricht hat kathrin.mueller@agentur-fernblick.de nicht erreicht.</p>
<p><b>kathrin.mueller</b> wurde nicht gefunden. Die E-Mail-Adresse ist möglicherweise falsch geschrieben, oder das Postfach existiert nicht mehr.</p>
<p><b>Lösungsvorschlag:</b> Überprüfen Sie die E-Mail-Adresse des Empfängers und senden Sie die Nachricht erneut.</p>
<p style="font-size:12px;color:#666;">Generierender Server: FR2P281MB0421.DEUP281.PROD.OUTLOOK.COM<br>550 5.1.10 RESOLVER.ADR.RecipientNotFound</p>
</div></body></html>
''') + '''
--e4a7b1c3-58d2-4f90-b6e1-7a2c9d0f3b85--

--9c2d7e01-4f3a-46b8-8a5e-31c0f9b7d2e4
Content-Type: message/delivery-status

Reporting-MTA: dns;FR2P281MB0421.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.shop.example.be
Arrival-Date: Fri, 30 Oct 2026 09:21:40 +0000

Final-Recipient: rfc822;kathrin.mueller@agentur-fernblick.de
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 kathrin.mueller@agentur-fernblick.de not found by SMTP address lookup

--9c2d7e01-4f3a-46b8-8a5e-31c0f9b7d2e4
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail.shop.example.be (192.0.2.10) by
 FR2P281CA0012.outlook.office365.com (2603:10a6:d10:e::20) with Microsoft SMTP
 Server; Fri, 30 Oct 2026 09:21:40 +0000
Message-ID: <6f2d8a14-c3b9-4e07-a5f1-0d9e7b3c2a68@shop.example.be>
Date: Fri, 30 Oct 2026 10:21:33 +0100
From: Privacy Shop Example <privacy@shop.example.be>
To: Kathrin Mueller <kathrin.mueller@agentur-fernblick.de>
Subject: =?UTF-8?Q?AV-Vertrag_Newsletter-Tool_=E2=80=93_bitte_gegenzeichnen?=
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="------------0Wq2Zr8yM4hT7vXb1cN5dK3e"

--9c2d7e01-4f3a-46b8-8a5e-31c0f9b7d2e4--
'''),

    ('de', 'person-pasted-chatbot-transcript-delete', 'deletion', (),
'''Return-Path: <joerg.wagner@web.de>
Received: from mout.web.de (mout.web.de [198.51.100.227])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1d2Wn5Ck8z9tP
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:17:55 +0100 (CET)
Received: from [192.168.178.24] ([192.0.2.84]) by smtp.web.de (mrweb105
 [213.165.67.124]) with ESMTPSA (Nemesis) id 1M4axX-1vRk8n0cYZ-00Gd1q for
 <privacy@shop.example.be>; Mon, 02 Nov 2026 08:17:54 +0100
Message-ID: <c41e6a0b-7d25-4f93-8e1b-2a90f5c3d768@web.de>
Date: Mon, 2 Nov 2026 08:17:52 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: privacy@shop.example.be
From: ''' + _h('Jörg Wagner', 998) + ''' <joerg.wagner@web.de>
Subject: =?UTF-8?Q?Chatverlauf_l=C3=B6schen_=28IBAN_aus_Versehen_eingegeben=29?=
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

unten habe ich den Verlauf meines Chats mit Ihrem Shop-Assistenten vom 
Sonntag eingefügt (das System hat ihn mir hinterher zugeschickt). Ich 
habe darin aus Versehen meine IBAN und mein Geburtsdatum eingetippt, 
weil ich dachte, der Bot braucht das für die Erstattung.

Bitte löschen Sie diesen Chatverlauf vollständig – bei Ihnen und auch 
beim Anbieter des Chats. Eine kurze Bestätigung wäre nett.

Mit freundlichen Grüßen
Jörg Wagner
(Kundenkonto unter dieser E-Mail-Adresse)

----- Chatverlauf -----
Chat-ID: 7731-20261101-4418
Datum: 01.11.2026

[14:02] Shoppi (virtueller Assistent): Hallo! Ich bin Shoppi. Wobei kann 
ich dir helfen?
[14:02] Sie: retoure jacke bestellung SE-2026-0428810 erstattung noch 
nicht da
[14:03] Shoppi (virtueller Assistent): Danke! Ich habe deine Retoure 
gefunden. Sie ist am 27.10. bei uns eingegangen. Die Erstattung erfolgt 
innerhalb von 14 Tagen auf das ursprüngliche Zahlungsmittel.
[14:04] Sie: hab auf rechnung bezahlt, bitte auf DE44 5001 0517 5407 
3249 31 überweisen, geb. 17.05.1971 falls sie das brauchen
[14:04] Shoppi (virtueller Assistent): Ich habe deine Nachricht an unser 
Kundenservice-Team weitergeleitet. Du bekommst innerhalb von 2 Werktagen 
eine Antwort per E-Mail.
[14:05] Sie: ok danke
----- Ende des Chatverlaufs -----
'''),

    # ------------------------------------------------------------------ es
    ('es', 'review-platform-product-question', 'automated', (),
'''Return-Path: <rebotes@envios.resenalia.es>
Received: from envios.resenalia.es (envios.resenalia.es [198.51.100.171])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1hMv8Tg0z9tW
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:09:26 +0100 (CET)
From: =?utf-8?Q?Rese=C3=B1alia?= <avisos@resenalia.es>
To: Shop Example BV <privacy@shop.example.be>
Subject: ''' + _h('Nueva pregunta sobre «Mochila urbana Kobe 22 L»') + '''
Date: Tue, 3 Nov 2026 13:09:22 +0100
Message-ID: <qa.551208.20261103120922@resenalia.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
List-Unsubscribe: <https://negocios.resenalia.es/configuracion/notificaciones>

''' + _qp('''Hola, Shop Example BV:

Un cliente ha hecho una pregunta sobre uno de tus productos.

Producto: Mochila urbana Kobe 22 L (ref. 88-20417)
Pregunta: «¿Cabe un portátil de 15,6 pulgadas con funda? ¿Y la parte de
atrás es impermeable?»
Autora: Laura M. (compra verificada)
Fecha: 3 de noviembre de 2026

Responder a la pregunta:
https://negocios.resenalia.es/preguntas/551208/responder

Las preguntas respondidas en menos de 48 horas aparecen destacadas en la
ficha del producto. Las que no tienen respuesta se ocultan
automáticamente a los 30 días.

Un saludo,
El equipo de Reseñalia

Recibes este correo porque tienes activadas las notificaciones de
preguntas y respuestas. Puedes desactivarlas en Configuración >
Notificaciones.
Reseñalia Reviews S.L. · Calle de Alcalá 93 · 28009 Madrid
''')),

    ('es', 'ad-platform-pixel-personal-data-warning', 'automated', (),
'''Return-Path: <advertise-noreply@connectbook.com>
Received: from mx-out.connectbook.com (mx-out-ie1.connectbook.com [203.0.113.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2a0Yc3Fm9z9tN
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 05:31:08 +0100 (CET)
Date: Wed, 4 Nov 2026 04:31:05 +0000
To: privacy@shop.example.be
From: Connectbook Ads <advertise-noreply@connectbook.com>
Subject: ''' + _h('Tu píxel podría estar enviando información personal') + '''
Message-ID: <4f81b2c09de7a356e1c0b8f2d4a6e913@ads.connectbook.com>
X-Connectbook-Notif: ads:pixel_diagnostics_pii
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_4f81b2c09de7a356e1c0b8f2d4a6e913"

--b1_4f81b2c09de7a356e1c0b8f2d4a6e913
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Shop Example BV
Cuenta publicitaria: 1029384756112

Hemos detectado que tu píxel «Shop Example – Web» (ID 771204983315) está
compartiendo con Connectbook información que podría incluir datos
personales, como direcciones de correo electrónico, en los parámetros de
la URL.

Ejemplo detectado:
https://www.shop.example.be/es/cuenta/confirmar?email=[eliminado]&token=[eliminado]

Hemos eliminado esta información antes de almacenarla, pero es posible que
tengas que modificar tu sitio web para que el píxel no vuelva a enviarla.
Según nuestras Condiciones de las herramientas para empresas, no debes
compartir con nosotros información que identifique directamente a una
persona.

Qué debes hacer:
1. Revisa las URL de las páginas donde está instalado el píxel.
2. Elimina los parámetros que contengan información personal.
3. Confirma los cambios en el Administrador de eventos.

Ir al Administrador de eventos:
https://business.connectbook.com/events_manager/pixel/771204983315/diagnostics

Este mensaje se envió a los administradores de la cuenta publicitaria de
Shop Example BV.
Connectbook Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Irlanda
''') + '''
--b1_4f81b2c09de7a356e1c0b8f2d4a6e913
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1c1e21;">
<p style="font-size:12px;color:#65676b;">Shop Example BV · Cuenta publicitaria: 1029384756112</p>
<h2 style="font-size:18px;">Tu píxel podría estar enviando información personal</h2>
<p>Hemos detectado que tu píxel <b>Shop Example – Web</b> (ID 771204983315) está compartiendo con Connectbook información que podría incluir datos personales, como direcciones de correo electrónico, en los parámetros de la URL.</p>
<p style="background:#f0f2f5;padding:8px;font-family:monospace;">https://www.shop.example.be/es/cuenta/confirmar?email=[eliminado]&amp;token=[eliminado]</p>
<p>Hemos eliminado esta información antes de almacenarla, pero es posible que tengas que modificar tu sitio web.</p>
<p><a href="https://business.connectbook.com/events_manager/pixel/771204983315/diagnostics" style="background:#1877f2;color:#fff;padding:8px 14px;text-decoration:none;border-radius:6px;">Ir al Administrador de eventos</a></p>
<p style="font-size:11px;color:#8a8d91;">Connectbook Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Irlanda</p>
</body></html>
''') + '''
--b1_4f81b2c09de7a356e1c0b8f2d4a6e913--
'''),

    ('es', 'gmail-vacation-freelance-developer', 'automated', (),
'''Return-Path: <pablo.ortega.dev@gmail.com>
Received: from mail-lf1-f49.google.com (mail-lf1-f49.google.com [203.0.113.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0zR2t6Hs4z9tE
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 16:05:37 +0100 (CET)
Received: by mail-lf1-f49.google.com with SMTP id 2adb3069b0e04-59c1d2e3f4so2871450e87
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:05:37 -0700 (PDT)
MIME-Version: 1.0
From: Pablo Ortega <pablo.ortega.dev@gmail.com>
Date: Fri, 30 Oct 2026 08:05:36 -0700
Message-ID: <CAGv4xQ1p8Rm+Lz3Ht0NcWb2Ye7sK5dFj9oA1uT6iG4nV8rB2qA@mail.gmail.com>
Subject: De vacaciones hasta el 10/11
To: privacy@shop.example.be
In-Reply-To: <e2a9c4f7-1b3d-48e6-9f05-7c8d2a1b6e30@shop.example.be>
References: <e2a9c4f7-1b3d-48e6-9f05-7c8d2a1b6e30@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000071a2f50643a9e6c1"

--00000000000071a2f50643a9e6c1
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hola:

Estoy de vacaciones hasta el martes 10 de noviembre y no voy a mirar el
correo. Si es algo urgente de alguna web en producción (caídas, pagos),
escribid a soporte@ortegaweb.es y lo verá mi compañero Dani.

Gracias y hasta la vuelta,
Pablo
''') + '''
--00000000000071a2f50643a9e6c1
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr">Hola:<br><br>Estoy de vacaciones hasta el martes 10 de noviembre y no voy a mirar el correo. Si es algo urgente de alguna web en producción (caídas, pagos), escribid a <a href="mailto:soporte@ortegaweb.es">soporte@ortegaweb.es</a> y lo verá mi compañero Dani.<br><br>Gracias y hasta la vuelta,<br>Pablo</div>
''') + '''
--00000000000071a2f50643a9e6c1--
'''),

    ('es', 'person-reply-above-double-optin-not-me', 'withdraw_consent', ('deletion',),
'''Return-Path: <carmenruizs@hotmail.es>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04olkn2053.outbound.protection.outlook.com [203.0.113.53])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1fQ9Lw2Dz9tG
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:02:48 +0100 (CET)
From: =?iso-8859-1?Q?Carmen_Ruiz_S=E1nchez?= <carmenruizs@hotmail.es>
To: Shop Example <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?RE:_Confirma_tu_suscripci=F3n_a_la_newsletter_de_Shop_Example?=
Thread-Topic: =?iso-8859-1?Q?Confirma_tu_suscripci=F3n_a_la_newsletter_de_Shop_Example?=
Thread-Index: AQHbTA3rR7m2Y5kq8EaU0i2nJc4Vb7Ew
Date: Mon, 2 Nov 2026 08:02:44 +0000
Message-ID: <AS8P194MB1421C2D4E6F8A0B2C4D6E8F0A2B4C6D8@AS8P194MB1421.EURP194.PROD.OUTLOOK.COM>
References: <nl-optin.c5e81f0a.20261102071411@news.shop.example.be>
In-Reply-To: <nl-optin.c5e81f0a.20261102071411@news.shop.example.be>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenos d=EDas:

Yo no me he apuntado a ninguna newsletter vuestra, ni siquiera he comprado=
 nunca en vuestra tienda. Alguien ha puesto mi correo. No pienso confirmar=
 nada, pero quiero asegurarme: sacadme de esa lista y borrad mi direcci=F3=
n de vuestra base de datos, que no quiero recibir nada m=E1s.

Gracias.
Carmen Ruiz

Obtener Outlook para Android

________________________________
De: Shop Example <newsletter@shop.example.be>
Enviado: lunes, 2 de noviembre de 2026 8:14
Para: carmenruizs@hotmail.es <carmenruizs@hotmail.es>
Asunto: Confirma tu suscripci=F3n a la newsletter de Shop Example

=A1Hola!

Gracias por suscribirte a la newsletter de Shop Example. Para empezar a re=
cibir nuestras ofertas, confirma tu direcci=F3n de correo:

S=ED, quiero suscribirme <https://news.shop.example.be/confirm?u=3Dc5e81f0=
a&t=3D7Kq2>

Si no te has suscrito t=FA, ignora este mensaje: no te enviaremos nada m=
=E1s.

Shop Example BV =B7 Kortrijksesteenweg 1000 =B7 9000 Gent =B7 B=E9lgica
'''),

    # ------------------------------------------------------------------ it
    ('it', 'form-builder-weekly-spam-summary', 'automated', (),
'''Return-Path: <bounce-8812734@mail.formforge.io>
Received: from smtp-out-07.formforge.io (smtp-out-07.formforge.io [198.51.100.145])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1cLp4Xy6z9tR
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:00:41 +0100 (CET)
From: FormForge <no-reply@formforge.io>
To: privacy@shop.example.be
Subject: ''' + _h('Riepilogo settimanale «Richiesta privacy»: 37 invii bloccati come spam') + '''
Date: Mon, 02 Nov 2026 07:00:38 +0000
Message-ID: <digest.f_82hd71.2026w44@formforge.io>
X-FormForge-Form-ID: f_82hd71
List-Unsubscribe: <https://app.formforge.io/settings/notifications?digest=off>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Ciao,

ecco il riepilogo della settimana dal 26 ottobre al 1° novembre 2026 per il
modulo «Richiesta privacy» (shop.example.be/it/privacy/contatto).

Invii ricevuti:                   9
Invii bloccati come spam:         37
Tasso di completamento:           41%
Campo abbandonato più spesso:     «Numero carta fedeltà»

Gli invii bloccati restano nella cartella Spam per 30 giorni, poi vengono
eliminati automaticamente insieme ai dati che contengono. Se pensi che il
filtro sia troppo severo, puoi controllarli qui:
https://app.formforge.io/forms/f_82hd71/submissions?status=spam

Vuoi ricevere il riepilogo in un altro giorno? Modifica le preferenze:
https://app.formforge.io/settings/notifications

Il team di FormForge
''')),

    ('it', 'wordpress-plugin-auto-update', 'automated', (),
'''Return-Path: <wordpress@blog.shop.example.be>
Received: from web03.shop.example.be (web03.shop.example.be [192.0.2.33])
        by mx1.shop.example.be (Postfix) with ESMTP id 4R1y8Gk2Vp7z9tU
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 04:12:09 +0100 (CET)
Date: Thu, 5 Nov 2026 03:12:08 +0000
To: privacy@shop.example.be
From: WordPress <wordpress@blog.shop.example.be>
Subject: [Shop Example Blog] Alcuni plugin sono stati aggiornati automaticamente
Message-ID: <Xk2mP9qR4tL7wZ1vB8nC3eY6sH0dF5gJ2aU9iO4@blog.shop.example.be>
X-Mailer: PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ciao! Alcuni plugin sono stati aggiornati automaticamente all'ultima versione sul tuo sito all'indirizzo https://blog.shop.example.be. Non devi fare nulla.

Questi plugin sono ora aggiornati:
- CookieTrust Banner Connector (dalla versione 3.4.1 alla versione 3.4.2) : https://wordpress.org/plugins/cookietrust-banner-connector/
- GDPR Data Request Forms (dalla versione 4.0.2 alla versione 4.0.3) : https://wordpress.org/plugins/gdpr-data-request-forms/
- Mailpost Newsletter Sync (dalla versione 1.12.4 alla versione 1.13.0) : https://wordpress.org/plugins/mailpost-newsletter-sync/

Se riscontri problemi o hai bisogno di aiuto con gli aggiornamenti, visita le pagine di supporto su https://it.wordpress.org/support/forums/.

Il team di WordPress
'''),

    ('it', 'registrar-domain-expiry-reminder', 'automated', (),
'''Return-Path: <rinnovi@dominiamo.it>
Received: from mailer.dominiamo.it (mailer.dominiamo.it [198.51.100.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1d5Tq0Nw3z9tX
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 06:30:22 +0100 (CET)
From: Dominiamo - Rinnovi <rinnovi@dominiamo.it>
To: privacy@shop.example.be
Subject: Promemoria: il dominio shopexample.it scade tra 30 giorni
Date: Wed, 4 Nov 2026 06:30:19 +0100
Message-ID: <rinnovo-30gg.shopexample.it.20261104@dominiamo.it>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Gentile Shop Example BV,

ti ricordiamo che il dominio shopexample.it scadrà il 4 dicembre 2026.

Rinnovo automatico:       disattivato
Importo rinnovo (1 anno): 14,90 € + IVA
Servizi collegati:        DNS gestito, inoltro privacy@shopexample.it
                          verso privacy@shop.example.be

Se il dominio non viene rinnovato entro la data di scadenza, entrerà nel
periodo di riscatto e i servizi collegati, compreso l'inoltro della posta,
smetteranno di funzionare.

Rinnova ora:
https://www.dominiamo.it/area-clienti/domini/shopexample.it/rinnovo

Cordiali saluti,
Dominiamo S.r.l. – Servizio Clienti

Messaggio generato automaticamente, si prega di non rispondere.
''')),

    ('it', 'person-form-builder-submission-correction', 'correction', (),
'''Return-Path: <bounce-8812734@mail.formforge.io>
Received: from smtp-out-12.formforge.io (smtp-out-12.formforge.io [198.51.100.150])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2gWk9Bc5z9tL
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:31:40 +0100 (CET)
From: FormForge <no-reply@formforge.io>
Reply-To: Giulia Romano <giulia.romano88@libero.it>
To: privacy@shop.example.be
Subject: ''' + _h('Nuovo invio: «Richiesta privacy» – shop.example.be') + '''
Date: Thu, 05 Nov 2026 11:31:37 +0000
Message-ID: <sub.s_9Lq2xA.f_82hd71@formforge.io>
X-FormForge-Form-ID: f_82hd71
X-FormForge-Submission-ID: s_9Lq2xA
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hai ricevuto un nuovo invio dal modulo «Richiesta privacy».

Nome e cognome
Giulia Romano

E-mail
giulia.romano88@libero.it

Numero carta fedeltà
2604 0093 5517

Tipo di richiesta
Altro

Messaggio
Buongiorno, a settembre mi sono trasferita da Bruxelles a Namur ma nel mio
profilo (e sulla carta fedeltà) c'è ancora il vecchio indirizzo, quindi i
buoni sconto cartacei arrivano alla casa vecchia. Inoltre la data di
nascita è sbagliata: è il 14/03/1988, non il 14/08/1988. Il nuovo
indirizzo è Rue de Fer 27, 5000 Namur. Potete aggiornare? Grazie mille!

Acconsento al trattamento dei dati per gestire la richiesta
Sì

--
Inviato il 5 novembre 2026 alle 12:31 da https://www.shop.example.be/it/privacy/contatto
Visualizza l'invio: https://app.formforge.io/forms/f_82hd71/submissions/s_9Lq2xA
Rispondi a questa e-mail per scrivere direttamente a Giulia Romano.
''')),

    # ------------------------------------------------------------------ pt
    ('pt', 'cmp-consent-log-export-ready', 'automated', (),
'''Return-Path: <bounces+4471823-0c5d-privacy=shop.example.be@em.cookietrust.io>
Received: from o8.em.cookietrust.io (o8.em.cookietrust.io [198.51.100.78])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1dXr7Gm2z9tF
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:31:55 +0100 (CET)
From: CookieTrust <no-reply@cookietrust.io>
To: privacy@shop.example.be
Subject: ''' + _h('A sua exportação do registo de consentimentos está pronta') + '''
Date: Mon, 02 Nov 2026 08:31:52 +0000
Message-ID: <Lw4nT7cQ2eXr9Ys1bMk0Vg@geopod-ismtpd-5>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Feedback-ID: 4471823:SG

''' + _qp('''Olá,

A exportação que pediu está pronta para descarregar.

Domínio:      www.shop.example.be
Período:      01/10/2026 – 31/10/2026
Registos:     172 118 consentimentos (CSV, 41,7 MB)
Pedido por:   sofie.claes@shop.example.be, em 02/11/2026 às 09:14

Descarregar:
https://app.cookietrust.io/exports/ex_5f81c2d0/download

Por motivos de segurança, a ligação expira em 72 horas e só funciona depois
de iniciar sessão. O ficheiro contém o identificador de cada consentimento,
a data e hora, a versão do banner e as escolhas do visitante; não contém
endereços IP completos.

Se não foi você que pediu esta exportação, altere a sua palavra-passe e
contacte-nos.

Equipa CookieTrust
''')),

    ('pt', 'livechat-transcript-mail', 'automated', (),
'''Return-Path: <transcripts@chatterly.io>
Received: from mta-eu-1.chatterly.io (mta-eu-1.chatterly.io [203.0.113.211])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1a7Tz4Lx8z9tC
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 16:28:12 +0100 (CET)
From: Chatterly <transcripts@chatterly.io>
To: privacy@shop.example.be
Subject: ''' + _h('Transcrição da conversa com Visitante #48377') + '''
Date: Sat, 31 Oct 2026 15:28:10 +0000
Message-ID: <transcript.5b9e20c1f7.48377@chatterly.io>
Auto-Submitted: auto-generated
X-Chatterly-Event: conversation.transcript
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Transcrição da conversa
Site: www.shop.example.be
Data: 31/10/2026, 16:20 – 16:27
Participantes: Shoppi (bot), Inês (equipa de apoio), Visitante #48377

[16:20] Visitante #48377: Olá, enviam para Portugal?
[16:20] Shoppi: Olá! Sim, enviamos para Portugal continental e ilhas. O prazo é de 3 a 5 dias úteis.
[16:21] Visitante #48377: e os portes quanto são
[16:21] Shoppi: Para Portugal os portes são 6,95 € e são grátis a partir de 75 €.
[16:24] Visitante #48377: e posso devolver numa loja se estiver em Bruxelas?
[16:24] Shoppi: Vou passar a conversa a uma pessoa da nossa equipa.
[16:25] Inês: Olá! Sim, pode devolver em qualquer loja na Bélgica com o talão ou o e-mail de confirmação da encomenda.
[16:26] Visitante #48377: perfeito obrigado
[16:27] Inês: De nada, boas compras!

Conversa encerrada por Inês.
Avaliação do visitante: 👍

Esta transcrição foi enviada automaticamente porque a opção «Enviar transcrições por e-mail» está ativa para privacy@shop.example.be.
Gerir notificações: https://app.chatterly.io/settings/notifications
''')),

    ('pt', 'exchange-ooo-agency-lisbon', 'automated', (),
'''Return-Path: <rita.carvalho@lumen-digital.pt>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2097.outbound.protection.outlook.com [203.0.113.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0sMb3Pq6z9sK
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 12:44:30 +0100 (CET)
From: Rita Carvalho <rita.carvalho@lumen-digital.pt>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Resposta automática: Atualização do registo de cookies na app') + '''
Thread-Topic: ''' + _h('Atualização do registo de cookies na app') + '''
Thread-Index: AQHbSB7k3Vq9n2Qe0UmR1t6Yc8Jw4w==
Date: Wed, 28 Oct 2026 11:44:27 +0000
Message-ID: <9d4f2a7c1e8b4b30a6c5e0f3d21b78e4@DB8PR08MB5420.eurprd08.prod.outlook.com>
In-Reply-To: <71c3e9a5-2d4b-4f08-8e6a-b9f1c0d2e3a7@shop.example.be>
References: <71c3e9a5-2d4b-4f08-8e6a-b9f1c0d2e3a7@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: rita.carvalho@lumen-digital.pt
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Obrigada pela sua mensagem.

Estou fora do escritório até sexta-feira, 6 de novembro, com acesso limitado ao email. Responderei assim que possível após o meu regresso.

Para assuntos urgentes relacionados com projetos em curso, contacte o Miguel Santos (miguel.santos@lumen-digital.pt).

Cumprimentos,
Rita Carvalho
Lumen Digital · Lisboa
''')),

    ('pt', 'person-quotes-bounce-and-complains', 'complaint', ('deletion',),
'''Return-Path: <joao.m.ferreira@gmail.com>
Received: from mail-wr1-f45.google.com (mail-wr1-f45.google.com [203.0.113.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1j8Kd3Tm0z9tZ
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 22:51:19 +0100 (CET)
Received: by mail-wr1-f45.google.com with SMTP id ffacd0b85a97d-42b1c2d3e4so4417782f8f
        for <privacy@shop.example.be>; Tue, 03 Nov 2026 13:51:19 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?Q?Jo=C3=A3o_Ferreira?= <joao.m.ferreira@gmail.com>
Date: Tue, 3 Nov 2026 21:51:05 +0000
Message-ID: <CAN8pYw3Lq0Tz+Vb5Rk2Hm9Xs1dE7cJ4fG6oA3uN8iB0tQ5rW2g@mail.gmail.com>
Subject: =?UTF-8?Q?Terceira_tentativa_=E2=80=93_pedido_de_elimina=C3=A7=C3=A3o_de_conta?=
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Exmos. Senhores,

É a terceira vez que tento contactar-vos. A 18 de setembro pedi a
eliminação da minha conta e de todos os meus dados, através do endereço
indicado na vossa política de privacidade (dpo@shop.example.be). A
mensagem voltou para trás. Voltei a tentar a 14 de outubro, com o mesmo
resultado (ver abaixo).

Acho inaceitável que o endereço que indicam para exercer os direitos do
RGPD nem sequer exista. Entretanto continuo a receber e-mails vossos e a
conta continua ativa.

Peço, portanto, mais uma vez, que eliminem a minha conta
(joao.m.ferreira@gmail.com) e todos os dados associados, e que mo
confirmem por escrito. Se não tiver resposta no prazo de 30 dias,
apresentarei queixa junto da Autoridade de Proteção de Dados belga.

João Ferreira


---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
Date: qua., 14/10/2026 às 21:03
Subject: Delivery Status Notification (Failure)
To: <joao.m.ferreira@gmail.com>


** Address not found **

Your message wasn't delivered to dpo@shop.example.be because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown
in virtual alias table
''')),

    # ------------------------------------------------------------------ pl
    ('pl', 'analytics-user-deletion-request-processed', 'automated', (),
'''Return-Path: <bounce@mail.metryka.io>
Received: from mail.metryka.io (mail.metryka.io [198.51.100.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1k0Lx8Rb3z9tV
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 04:12:55 +0100 (CET)
From: Metryka Analytics <notifications@metryka.io>
To: privacy@shop.example.be
Subject: ''' + _h('Żądanie usunięcia danych użytkownika zostało zrealizowane') + '''
Date: Tue, 03 Nov 2026 04:12:51 +0100
Message-ID: <user-deletion.DEL-2026-11-000734@metryka.io>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

żądanie usunięcia danych użytkownika zostało przetworzone.

Usługa:                   Shop Example – aplikacja mobilna (ID 5521-08)
Identyfikator żądania:    DEL-2026-11-000734
Typ identyfikatora:       User ID
Identyfikator:            8f2c41e0a7
Zgłoszone przez:          API (klucz „pixelwerf-integration”)
Zgłoszono:                02.11.2026, 16:40 CET
Zrealizowano:             03.11.2026, 04:12 CET
Usunięte zdarzenia:       2 318

Danych usuniętych w ramach tego żądania nie można przywrócić. Raporty
zbiorcze utworzone wcześniej mogą nadal uwzględniać tego użytkownika w
postaci zagregowanej.

Historia żądań: https://app.metryka.io/admin/5521-08/user-deletion

Otrzymujesz tę wiadomość, ponieważ masz uprawnienia administratora tej
usługi.
Metryka sp. z o.o., ul. Prosta 68, 00-838 Warszawa
''')),

    ('pl', 'uptime-monitor-site-up-again', 'automated', (),
'''Return-Path: <alerts@uptimewaker.com>
Received: from out-1.uptimewaker.com (out-1.uptimewaker.com [203.0.113.7])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2kTq1Vc8z9tT
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:20:33 +0100 (CET)
From: UptimeWaker <alerts@uptimewaker.com>
To: privacy@shop.example.be
Subject: ''' + _h('✅ Monitor działa: Shop – PL (przestój: 14 min 22 s)') + '''
Date: Fri, 06 Nov 2026 12:20:31 +0000
Message-ID: <incident-91871562-up@uptimewaker.com>
In-Reply-To: <incident-91871562-down@uptimewaker.com>
References: <incident-91871562-down@uptimewaker.com>
Auto-Submitted: auto-generated
X-Uptimewaker-Monitor: 7719311
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Cześć,

monitor „Shop – PL” (https://www.shop.example.be/pl/) znów działa.

Przyczyna awarii:   HTTP 502 Bad Gateway
Początek:           06.11.2026 13:05:10 CET
Koniec:             06.11.2026 13:19:32 CET
Czas przestoju:     14 min 22 s

Szczegóły incydentu: https://app.uptimewaker.com/incidents/91871562

Pozdrawiamy,
UptimeWaker

Otrzymujesz to powiadomienie, ponieważ privacy@shop.example.be jest
kontaktem alarmowym tego monitora.
'''),

    ('pl', 'server-helpdesk-ticket-ack-quoting-english-mail', 'automated', (),
'''Return-Path: <pomoc@chmurakrakow.pl>
Received: from helpdesk.chmurakrakow.pl (helpdesk.chmurakrakow.pl [198.51.100.99])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0tGz6Jp2z9sM
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 16:05:48 +0100 (CET)
From: =?utf-8?Q?Pomoc_techniczna_Chmura_Krak=C3=B3w?= <pomoc@chmurakrakow.pl>
To: privacy@shop.example.be
Subject: ''' + _h('[#48213] Przyjęliśmy zgłoszenie: Delete production customer dump from test-shop-03') + '''
Date: Wed, 28 Oct 2026 16:05:45 +0100
Message-ID: <ticket-48213-ack@helpdesk.chmurakrakow.pl>
In-Reply-To: <f0c2e7a9-3b51-4d86-92a4-5e1b8c7d0f36@shop.example.be>
References: <f0c2e7a9-3b51-4d86-92a4-5e1b8c7d0f36@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane.

Numer zgłoszenia:                #48213
Status:                          Nowe
Kolejka:                         Administracja serwerami
Czas pierwszej odpowiedzi:       do 8 godzin roboczych

Aby dodać informacje, odpowiedz na tę wiadomość bez zmiany tematu.

Treść zgłoszenia:
> Hello,
>
> On test server test-shop-03 there is still a copy of the production
> customer database (dump of 15.09.2026). Please delete it permanently,
> including the backups of that server, and confirm when this has been done.
>
> Kind regards,
> Sofie Claes
> Privacy team, Shop Example BV

--
Zespół Pomocy Technicznej Chmura Kraków
Wiadomość wygenerowana automatycznie – prosimy na nią nie odpowiadać
poza wątkiem zgłoszenia.
''')),

    ('pl', 'person-sms-stop-via-gateway', 'withdraw_consent', (),
'''Return-Path: <odpowiedzi@smsline.pl>
Received: from gw2.smsline.pl (gw2.smsline.pl [198.51.100.57])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2h3Vb7Kn1z9tQ
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 19:22:14 +0100 (CET)
From: SMSLine - odpowiedzi <odpowiedzi@smsline.pl>
To: privacy@shop.example.be
Subject: ''' + _h('Odpowiedź SMS na kampanię „Listopadowe rabaty -20%” od +48 601 ***418') + '''
Date: Thu, 05 Nov 2026 19:22:10 +0100
Message-ID: <mo.228814.48601xxx418.1793902930@smsline.pl>
Auto-Submitted: auto-generated
X-SMSLine-Campaign: 228814
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Otrzymano odpowiedź SMS na Twoją kampanię.

Kampania:     Listopadowe rabaty -20% (ID 228814)
Nadawca:      +48 601 ***418
Odebrano:     05.11.2026 19:22:07

Treść wiadomości:
STOP. I nie piszcie do mnie wiecej, nigdy sie nie zapisywalem na zadne smsy od was

Uwaga: słowo kluczowe STOP nie zostało rozpoznane automatycznie, ponieważ
wiadomość zawiera dodatkowy tekst. Numer NIE został dodany do listy
wykluczeń. Możesz to zrobić ręcznie w panelu: Kontakty > Czarna lista.

--
SMSLine – powiadomienia o odpowiedziach
https://panel.smsline.pl
''')),

    # ------------------------------------------------------------------ cs
    ('cs', 'review-platform-reviewer-erasure-notice', 'automated', (),
'''Return-Path: <moderace@recenznik.cz>
Received: from smtp1.recenznik.cz (smtp1.recenznik.cz [198.51.100.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0vXk2Cf9z9sT
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:40:05 +0100 (CET)
From: =?utf-8?Q?Recenzn=C3=ADk=2Ecz_=E2=80=93_moderace?= <moderace@recenznik.cz>
To: Shop Example BV <privacy@shop.example.be>
Subject: ''' + _h('Recenzent požádal o odstranění své recenze – Shop Example BV') + '''
Date: Thu, 29 Oct 2026 10:40:02 +0100
Message-ID: <moderace.3318827.removed@recenznik.cz>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

informujeme vás, že autor jedné z recenzí vašeho obchodu požádal o
odstranění své recenze a souvisejících osobních údajů.

Recenze č.:           3318827
Datum zveřejnění:     12. 9. 2026
Hodnocení:            2/5
Důvod:                žádost autora o výmaz (čl. 17 GDPR)

Recenzi jsme v souladu s našimi podmínkami skryli a do 30 dnů ji trvale
smažeme. Údaje o autorovi vám nepředáváme. Průměrné hodnocení vašeho
obchodu se tím změnilo ze 4,4 na 4,5.

Z vaší strany není potřeba nic dělat.

S pozdravem
tým Recenzník.cz

Tento e-mail byl odeslán automaticky, neodpovídejte na něj.
''')),

    ('cs', 'bot-protection-weekly-report', 'automated', (),
'''Return-Path: <report@bothradba.cz>
Received: from out.bothradba.cz (out.bothradba.cz [203.0.113.166])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1c2Lm6Wq0z9tB
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 06:00:27 +0100 (CET)
From: BotHradba <report@bothradba.cz>
To: privacy@shop.example.be
Subject: ''' + _h('Týdenní přehled 26. 10. – 1. 11. 2026: 18 442 zablokovaných požadavků') + '''
Date: Mon, 02 Nov 2026 06:00:24 +0100
Message-ID: <weekly.shop-example-be.2026-44@bothradba.cz>
List-Unsubscribe: <https://app.bothradba.cz/nastaveni/notifikace>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''BotHradba – týdenní přehled
Doména: shop.example.be
Období: 26. 10. 2026 – 1. 11. 2026

Požadavky celkem:          2 913 508
Ověření lidé:              2 801 114
Povolení boti (vyhledávače, monitoring): 93 952
Zablokováno:               18 442

Zablokované požadavky podle typu
  Credential stuffing (přihlášení)    11 208
  Scraping cen a produktů              4 917
  Vytváření falešných účtů             1 633
  Spam do formulářů                      684

Nejčastěji napadené stránky
  /nl/mijn-account/inloggen
  /fr/mon-compte/connexion
  /en/privacy/contact

Oproti minulému týdnu: +12 % zablokovaných požadavků.

Podrobný přehled: https://app.bothradba.cz/domeny/shop.example.be/prehled?tyden=2026-44

Tento přehled vám posíláme každé pondělí. Odběr můžete změnit v nastavení notifikací.
''')),

    ('cs', 'exchange-ooo-web-studio', 'automated', (),
'''Return-Path: <petr.novak@webstudio-brno.cz>
Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2112.outbound.protection.outlook.com [203.0.113.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0rKn8Zt4z9s5
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:10:51 +0100 (CET)
From: =?iso-8859-2?Q?Petr_Nov=E1k?= <petr.novak@webstudio-brno.cz>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?iso-8859-2?Q?Automatick=E1_odpov=EC=EF:_Test_accounts_with_real_customer_da?=
 =?iso-8859-2?Q?ta?=
Thread-Topic: Test accounts with real customer data
Thread-Index: AQHbSDh8Zc2nT5oW0bK1yP7xJ3e9aw==
Date: Tue, 27 Oct 2026 15:10:47 +0000
Message-ID: <VI1PR07MB6610A8B7C6D5E4F3A2B1C0D9E8F7A6B5@VI1PR07MB6610.eurprd07.prod.outlook.com>
In-Reply-To: <4b8d1f6e-a270-4c39-8e5d-91c2f0a7b3e6@shop.example.be>
References: <4b8d1f6e-a270-4c39-8e5d-91c2f0a7b3e6@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: petr.novak@webstudio-brno.cz
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

do p=E1tku 6. 11. jsem na dovolen=E9 bez p=F8=EDstupu k e-mailu. V nal=E9=
hav=FDch p=F8=EDpadech pros=EDm kontaktujte kolegyni Kate=F8inu Dvo=F8=E1=
kovou (katerina.dvorakova@webstudio-brno.cz, +420 541 555 218).

D=EDky a hezk=FD den
Petr Nov=E1k
WebStudio Brno s.r.o.
'''),

    ('cs', 'person-reply-above-our-ooo-access', 'access', (),
'''Return-Path: <lucie.horakova@seznam.cz>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [198.51.100.233])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1k7Xn2Fw5z9tY
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 20:05:39 +0100 (CET)
Received: from email.seznam.cz
        by smtpc-mxf1-7b9c4d5e6-x2kq8
        (smtpc-mxf1-7b9c4d5e6-x2kq8 [2a02:598:64:8a00::1000:a31])
        id 2b0b7f3e1c9a4d65b3a1c2e0;
        Tue, 03 Nov 2026 20:05:38 +0100 (CET)
From: =?utf-8?q?Lucie_Hor=C3=A1kov=C3=A1?= <lucie.horakova@seznam.cz>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: =?utf-8?q?Re=3A_Automatic_reply=3A_=C5=BD=C3=A1dost_o_p=C5=99ehled_?=
 =?utf-8?q?osobn=C3=ADch_=C3=BAdaj=C5=AF?=
Date: Tue, 03 Nov 2026 20:05:38 +0100 (CET)
Message-Id: <7Bq.Zk2w.4nTcR8yPLmx.1fH3Vs@seznam.cz>
In-Reply-To: <AM0PR02MB5571D2F4A6C8E0B2D4F6A8C0E2B4D6F8@AM0PR02MB5571.eurprd02.prod.outlook.com>
References: <6Kw.aP3r.1xTmH0bQZeV.1fH1nQ@seznam.cz>
 <AM0PR02MB5571D2F4A6C8E0B2D4F6A8C0E2B4D6F8@AM0PR02MB5571.eurprd02.prod.outlook.com>
Mime-Version: 1.0 (Seznam.cz E-mail)
X-Mailer: Email.cz
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den,

dostala jsem od vás jen automatickou odpověď, že kolegyně je do 9. 11.
pryč, tak to zkusím znovu a stručně (omlouvám se, že píšu česky,
angličtina mi moc nejde).

Prosím o informaci, jaké osobní údaje o mně vedete – zákaznický účet,
věrnostní karta, aplikace – a o jejich kopii. Zajímá mě také, komu jste
moje údaje předali a jak dlouho je budete uchovávat.

Účet mám na e-mail lucie.horakova@seznam.cz, věrnostní karta 2604 2231 0876.

Děkuji
Lucie Horáková

---------- Původní e-mail ----------
Od: Privacy Shop Example <privacy@shop.example.be>
Komu: lucie.horakova@seznam.cz
Datum: 3. 11. 2026 18:22:41
Předmět: Automatic reply: Žádost o přehled osobních údajů
"Automatic reply / Automatisch antwoord / Réponse automatique

Thank you for your e-mail. Sofie Claes is out of the office until Monday
9 November. Your message to the privacy team has been received and will
be dealt with as soon as possible.

Shop Example BV - Privacy team
"
''')),

    # ------------------------------------------------------------------ hr
    ('hr', 'ad-platform-payment-failed', 'automated', (),
'''Return-Path: <ads-billing@connectbook.com>
Received: from mx-out.connectbook.com (mx-out-ie2.connectbook.com [203.0.113.130])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0y9Vp1Ht6z9tK
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 07:15:44 +0100 (CET)
Date: Fri, 30 Oct 2026 06:15:41 +0000
To: privacy@shop.example.be
From: Connectbook Ads <ads-billing@connectbook.com>
Subject: ''' + _h('Plaćanje za oglase nije uspjelo – oglasi su pauzirani') + '''
Message-ID: <c2e7a91f04b8d356e0f1a2b3c4d5e6f7@ads.connectbook.com>
X-Connectbook-Notif: ads:billing_payment_failed
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Shop Example BV
ID oglasnog računa: 1029384756112

Nismo uspjeli naplatiti iznos od 412,38 EUR za vaše oglase s kartice Visa
koja završava na 4417. Banka je odbila transakciju (kartica je istekla).

Zbog toga smo pauzirali sve aktivne oglase na ovom računu, uključujući
kampanju „Retargeting – napuštena košarica”.

Kako ponovno pokrenuti oglase:
1. Otvorite postavke plaćanja.
2. Ažurirajte podatke o kartici ili dodajte novi način plaćanja.
3. Podmirite dugovani iznos.

Ažuriraj način plaćanja:
https://business.connectbook.com/billing_hub/accounts/1029384756112

Ovu ste poruku primili jer ste administrator oglasnog računa Shop Example BV.
Connectbook Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Irska
''')),

    ('hr', 'social-login-data-use-checkup', 'automated', (),
'''Return-Path: <notification@developers.connectbook.com>
Received: from mx-out.connectbook.com (mx-out-ie3.connectbook.com [203.0.113.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2d6Rk0Xb2z9tN
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 17:02:18 +0100 (CET)
Date: Thu, 5 Nov 2026 16:02:15 +0000
To: privacy@shop.example.be
From: Connectbook for Developers <notification@developers.connectbook.com>
Subject: ''' + _h('Potrebna radnja: godišnja provjera korištenja podataka za Shop Example Login') + '''
Message-ID: <e80b4c1d93a7f2650d1e8b2c4a6f0d37@developers.connectbook.com>
X-Connectbook-Notif: dev_platform:data_use_checkup
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Aplikacija: Shop Example Login (ID aplikacije: 418832770915243)

Pozdrav,

vrijeme je za godišnju provjeru korištenja podataka za vašu aplikaciju.
Potvrdite da Shop Example Login koristi podatke korisnika Connectbooka samo
u svrhe navedene u vašim pravilima o privatnosti i u skladu s našim
Uvjetima za platformu.

Dopuštenja koja vaša aplikacija trenutačno koristi:
- email
- public_profile

Rok: 30. studenoga 2026.

Ako provjeru ne dovršite do roka, vaša će aplikacija izgubiti pristup tim
dopuštenjima i korisnici se više neće moći prijaviti putem Connectbooka.

Započni provjeru:
https://developers.connectbook.com/apps/418832770915243/data-use-checkup/

Tim Connectbook for Developers
''')),

    ('hr', 'sieve-vacation-reply-developer', 'automated', (),
'''Return-Path: <>
Received: from mail.kodnet.hr (mail.kodnet.hr [198.51.100.73])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0x1Gc9Pv3z9s8
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 13:27:02 +0100 (CET)
Received: from mail.kodnet.hr
        by mail.kodnet.hr with LMTP
        id mD7aN4XkAWk5FQAAc3pQxw
        for <ivana@kodnet.hr>; Thu, 29 Oct 2026 13:27:01 +0100
Date: Thu, 29 Oct 2026 13:27:01 +0100
From: =?utf-8?Q?Ivana_Kova=C4=8Di=C4=87?= <ivana@kodnet.hr>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Auto:_Pristup_logovima_chatbota_=E2=80=93_brisanje_nakon_90_dana?=
Message-ID: <dovecot-sieve-1793276821-412233-0@mail.kodnet.hr>
In-Reply-To: <c7e1f9a3-5b2d-4086-a4e9-0d3f8b6c2a15@shop.example.be>
References: <c7e1f9a3-5b2d-4086-a4e9-0d3f8b6c2a15@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Sieve: Pigeonhole Sieve 0.5.21
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Pozdrav,

na godišnjem sam odmoru do ponedjeljka, 9. studenoga 2026. U tom razdoblju
ne čitam e-poštu redovito.

Za hitne stvari javite se na podrska@kodnet.hr ili na +385 1 555 0184.

Lijep pozdrav,
Ivana Kovačić
Kodnet d.o.o., Zagreb
'''),

    ('hr', 'person-form-builder-submission-order-question', 'other', (),
'''Return-Path: <bounce-8812734@mail.formforge.io>
Received: from smtp-out-07.formforge.io (smtp-out-07.formforge.io [198.51.100.145])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2j5Nc0Dq7z9tW
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:54:50 +0100 (CET)
From: FormForge <no-reply@formforge.io>
Reply-To: =?utf-8?Q?Marija_Babi=C4=87?= <marija.babic.zg@gmail.com>
To: privacy@shop.example.be
Subject: New submission - Privacy contact form (shop.example.be)
Date: Fri, 06 Nov 2026 07:54:47 +0000
Message-ID: <sub.s_4Rm8Tc.f_82hd70@formforge.io>
X-FormForge-Form-ID: f_82hd70
X-FormForge-Submission-ID: s_4Rm8Tc
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''You have a new form submission.

Form: Privacy contact
Page: https://www.shop.example.be/en/privacy/contact
Submitted: 6 Nov 2026, 08:54 (Europe/Brussels)

Name
Marija Babić

Email
marija.babic.zg@gmail.com

Loyalty card number (optional)
(empty)

Subject
Narudžba SE-2026-0431187

Message
Poštovani, naručila sam dvije zimske jakne (narudžba SE-2026-0431187), a u
paketu je stigla samo jedna, veličina M. Na računu piše da su poslane
obje. Možete li provjeriti gdje je druga ili mi vratiti novac za nju?
Nisam našla drugi obrazac pa pišem ovdje. Hvala, Marija

I agree that my data is processed to handle this request
Yes

--
View this submission: https://app.formforge.io/forms/f_82hd70/submissions/s_4Rm8Tc
Reply to this email to answer Marija Babić directly.
You are receiving this because you are subscribed to notifications for this form.
''')),

    # ------------------------------------------------------------------ sv
    ('sv', 'cmp-dpa-subprocessor-update', 'automated', (),
'''Return-Path: <bounces+4471823-55e0-privacy=shop.example.be@em.cookietrust.io>
Received: from o7.em.cookietrust.io (o7.em.cookietrust.io [198.51.100.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0z8Kb5Ym1z9tH
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 11:00:36 +0100 (CET)
From: CookieTrust Legal <legal@cookietrust.io>
To: privacy@shop.example.be
Subject: ''' + _h('Vi uppdaterar vårt personuppgiftsbiträdesavtal (DPA) den 1 december 2026') + '''
Date: Fri, 30 Oct 2026 10:00:33 +0000
Message-ID: <Rb5yN2kXw8eTq1Lm7cV0Hz@geopod-ismtpd-3>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Feedback-ID: 4471823:SG

''' + _qp('''Hej,

Vi skriver till dig som administratör för CookieTrust-kontot "Shop Example
BV" för att informera om ändringar i vårt personuppgiftsbiträdesavtal
(DPA) och i vår lista över underbiträden.

Vad ändras?
• Vi lägger till Nordhall Datacenter AB (Sverige) som underbiträde för
  lagring av samtyckesloggar.
• Samtyckesloggar lagras i fortsättningen enbart inom EU/EES.
• Standardtiden för lagring av samtyckesloggar ändras från 12 till 24
  månader för nya konton. Befintliga inställningar påverkas inte.

När gäller ändringarna?
Från den 1 december 2026. Om du fortsätter att använda tjänsten efter det
datumet godkänner du det uppdaterade avtalet. Om du vill invända mot ett
nytt underbiträde kan du göra det fram till den 30 november via länken
nedan.

Läs det uppdaterade avtalet: https://www.cookietrust.io/legal/dpa?v=2026-12
Underbiträden och invändningar: https://www.cookietrust.io/legal/subprocessors

Vänliga hälsningar
CookieTrust Legal

Du får det här meddelandet eftersom det gäller viktiga ändringar i
tjänsten. Det går inte att avregistrera sig från den här typen av
meddelanden.
''')),

    ('sv', 'tag-manager-version-published', 'automated', (),
'''Return-Path: <noreply@taggly.io>
Received: from mail-out.taggly.io (mail-out.taggly.io [203.0.113.188])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2d1Fv4Qs9z9tD
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 17:36:51 +0100 (CET)
From: Taggly <noreply@taggly.io>
To: privacy@shop.example.be
Subject: ''' + _h('Ny version publicerad: Shop Example – Webb (version 58)') + '''
Date: Wed, 04 Nov 2026 16:36:49 +0000
Message-ID: <publish.TG-K7M2Q9.v58@taggly.io>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Container:      Shop Example – Webb (TG-K7M2Q9)
Arbetsyta:      Default Workspace
Version:        58 – "Connectbook CAPI + nytt samtyckesläge"
Publicerad av:  j.peeters@pixelwerf.be
Publicerad:     4 nov. 2026 17:36 CET

Ändringar i den här versionen
  Tillagd     Tagg        Connectbook CAPI – Purchase
  Tillagd     Utlösare    Consent – marketing granted
  Ändrad      Tagg        Zählwerk – Page view (samtyckeskontroll: analytics_storage)
  Borttagen   Variabel    DLV – customer email (okrypterad)

Visa versionen: https://tagmanager.taggly.io/container/TG-K7M2Q9/versions/58

Du får det här mejlet eftersom du har aktiverat aviseringar om
publiceringar för den här containern. Hantera aviseringar under
Admin > Användarinställningar.
'''),

    ('sv', 'agency-helpdesk-ticket-ack', 'automated', (),
'''Return-Path: <support@nordljus.se>
Received: from mail.nordljus.se (mail.nordljus.se [198.51.100.209])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0wYt3Lr7z9sX
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 09:15:27 +0100 (CET)
From: Nordljus Support <support@nordljus.se>
To: Sofie Claes <privacy@shop.example.be>
Subject: =?utf-8?Q?[=C3=84rende_#20931]_Test_accounts_with_real_customer_data_on_staging?=
Date: Thu, 29 Oct 2026 09:15:25 +0100
Message-ID: <ticket-20931-ack.1793263725@support.nordljus.se>
In-Reply-To: <9a3c7e2f-6d18-4b05-b7c1-e4f0a2d5c983@shop.example.be>
References: <9a3c7e2f-6d18-4b05-b7c1-e4f0a2d5c983@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej Sofie,

Tack för ditt meddelande! Vi har tagit emot ditt ärende och det har fått
nummer #20931.

Vi svarar normalt inom en arbetsdag. Vår support är öppen vardagar
08.00–17.00. Svara på det här mejlet om du vill lägga till något – behåll
ärendenumret i ämnesraden.

Ditt meddelande:

> Hi,
>
> On the staging site (staging.shop.example.be) there are still about 40
> test accounts that were created by copying real customers. Could you
> delete those accounts and replace them with dummy data? Please let us
> know when it's done.
>
> Kind regards,
> Sofie Claes
> Privacy team, Shop Example BV

Med vänliga hälsningar
Nordljus Webbyrå – Support

Det här är ett automatiskt svar.
''')),

    ('sv', 'person-phone-mail-with-auto-signature-portability', 'portability', (),
'''Return-Path: <erik.lindqvist@byggkonsultmalardalen.se>
Received: from smtp.byggkonsultmalardalen.se (smtp.byggkonsultmalardalen.se [198.51.100.241])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1bTr5Kx3z9tE
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 21:12:08 +0100 (CET)
From: Erik Lindqvist <erik.lindqvist@byggkonsultmalardalen.se>
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (1.0)
Subject: =?utf-8?Q?K=C3=B6phistorik_som_fil?=
Date: Sun, 1 Nov 2026 21:11:54 +0100
Message-Id: <8E3C1A72-4B9D-4F06-A1E5-2D7C9B0F3E68@byggkonsultmalardalen.se>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)
X-Disclaimer: added by mailgate.byggkonsultmalardalen.se

''' + _qp('''Hej!

Jag skulle vilja få ut min köphistorik och mina uppgifter från kundklubben
(kortnr 2604 3310 5528) som en fil, helst CSV eller Excel, så att jag kan
läsa in den i min budgetapp. Går det att mejla den till den här adressen?

Tack på förhand
Erik Lindqvist

Skickat från min iPhone

________________________________
Erik Lindqvist | Projektledare
Byggkonsult Mälardalen AB | Kopparbergsvägen 8, 722 13 Västerås
Tel. 021-555 12 40

Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell
information och är endast avsett för adressaten. Om du har fått
meddelandet av misstag, vänligen meddela avsändaren och radera det.
Byggkonsult Mälardalen AB behandlar personuppgifter enligt GDPR, läs mer
på www.byggkonsultmalardalen.se/integritet
''')),

    # ------------------------------------------------------------------ ro
    ('ro', 'search-console-new-indexing-issue', 'automated', (),
'''Return-Path: <3xQ2mZwgTCb8t9wu-krhp-klwi.hpw@scoutcamp.bounces.lookwise.com>
Received: from mail-sor-f69.lookwise.com (mail-sor-f69.lookwise.com [203.0.113.69])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1h0Bq9Wn4z9tS
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:48:03 +0100 (CET)
MIME-Version: 1.0
Date: Tue, 03 Nov 2026 02:48:01 -0800
Message-ID: <f3b1e7c4a0d95b28.1793702881.sc@lookwise.com>
Subject: ''' + _h('Probleme noi de tipul „Blocată de robots.txt” detectate pentru site-ul https://www.shop.example.be/') + '''
From: Lookwise Search Console <sc-noreply@lookwise.com>
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: base64

''' + _b64('''Search Console

Către proprietarul site-ului https://www.shop.example.be/:

Search Console a identificat că site-ul dvs. este afectat de 1 problemă nouă legată de indexarea paginilor.

Problema principală găsită pe site:
Blocată de robots.txt

Pagini afectate: 214, de exemplu:
https://www.shop.example.be/nl/mijn-account/gegevens
https://www.shop.example.be/fr/mon-compte/donnees-personnelles
https://www.shop.example.be/en/account/privacy-settings

Dacă aceste pagini nu trebuie să apară în rezultatele căutării, puteți ignora acest mesaj.

Remediați problemele:
https://search.lookwise.com/search-console/index?resource_id=https://www.shop.example.be/

Ați primit acest mesaj deoarece sunteți proprietar verificat al site-ului https://www.shop.example.be/ în Search Console.

Lookwise LLC, 1100 Harbor Point Drive, San Mateo, CA 94404, SUA
''')),

    ('ro', 'chatbot-platform-monthly-report', 'automated', (),
'''Return-Path: <rapoarte@conversoai.com>
Received: from mail.conversoai.com (mail.conversoai.com [198.51.100.162])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1c4Zm1Tr6z9tJ
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:30:14 +0100 (CET)
From: Converso AI <rapoarte@conversoai.com>
To: privacy@shop.example.be
Subject: ''' + _h('Raportul lunar pentru octombrie 2026 – asistentul „Shoppi”') + '''
Date: Mon, 02 Nov 2026 09:30:11 +0200
Message-ID: <monthly-report.shoppi.2026-10@conversoai.com>
List-Unsubscribe: <https://app.conversoai.com/setari/notificari>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Iată cum s-a descurcat asistentul Shoppi pe www.shop.example.be în luna
octombrie 2026:

Conversații:                    1.243 (+8% față de septembrie)
Rezolvate fără agent uman:      71%
Transferate către un agent:     296
Evaluare medie:                 4,3 / 5

Cele mai frecvente subiecte:
1. Starea comenzii – 402
2. Retururi și rambursări – 318
3. Cardul de fidelitate – 141
4. Ștergerea contului / date personale – 37
5. Livrare în străinătate – 29

Conform setărilor dvs., solicitările legate de date personale sunt
redirecționate automat către formularul de confidențialitate.
Transcrierile conversațiilor se păstrează 90 de zile, apoi se șterg
automat.

Vedeți raportul complet:
https://app.conversoai.com/boti/shoppi/rapoarte/2026-10

Echipa Converso AI
''')),

    ('ro', 'exchange-ooo-developer-cluj', 'automated', (),
'''Return-Path: <andrei.popescu@devstudio.ro>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2135.outbound.protection.outlook.com [203.0.113.135])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0tRw7Cm9z9sN
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 17:02:40 +0100 (CET)
From: Andrei Popescu <andrei.popescu@devstudio.ro>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Răspuns automat: Connectbook login – data deletion callback returns 500') + '''
Thread-Topic: Connectbook login - data deletion callback returns 500
Thread-Index: AQHbSF4cU0pW7yTn3Ra9eK2bQm1Vxg==
Date: Wed, 28 Oct 2026 16:02:37 +0000
Message-ID: <AM9PR09MB4713B2C3D4E5F6A7B8C9D0E1F2A3B4C5@AM9PR09MB4713.eurprd09.prod.outlook.com>
In-Reply-To: <8e4a2c1f-9d37-4b60-a5e8-3f1c7b0d9e24@shop.example.be>
References: <8e4a2c1f-9d37-4b60-a5e8-3f1c7b0d9e24@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: andrei.popescu@devstudio.ro
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu până luni, 9 noiembrie 2026, și nu am acces constant la e-mail.

Pentru probleme urgente legate de proiectul Shop Example vă rog să îi scrieți colegului meu, Radu Ionescu, la radu.ionescu@devstudio.ro.

Cu stimă,
Andrei Popescu
DevStudio SRL – Cluj-Napoca
''')),

    ('ro', 'person-forward-inactivity-notice-keep-account', 'restriction', (),
'''Return-Path: <mihaela.ionescu77@yahoo.com>
Received: from sonic309-21.consmr.mail.ir2.yahoo.com (sonic309-21.consmr.mail.ir2.yahoo.com [198.51.100.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1f8Pt2Gk0z9tV
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 18:33:27 +0100 (CET)
Date: Mon, 2 Nov 2026 17:33:21 +0000 (UTC)
From: Mihaela Ionescu <mihaela.ionescu77@yahoo.com>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Message-ID: <1148812790.4418823.1793727201553@mail.yahoo.com>
In-Reply-To: <inactive-30d.41877302@shop.example.be>
References: <inactive-30d.41877302@shop.example.be>
Subject: Fw: Your Shop Example account will be deleted in 30 days
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: WebService/1.1.24562 YMailNorrin

''' + _qp('''Bună ziua,

Vă rog să NU-mi ștergeți contul deocamdată. Am nevoie de istoricul
comenzilor (espressorul cumpărat în 2023) pentru o dispută de garanție cu
producătorul, care încă nu s-a terminat. Păstrați datele, dar nu le
folosiți pentru nimic altceva până vă anunț eu că s-a încheiat.

Mulțumesc,
Mihaela Ionescu


----- Forwarded Message -----
From: Shop Example <no-reply@shop.example.be>
To: mihaela.ionescu77@yahoo.com <mihaela.ionescu77@yahoo.com>
Sent: Monday, November 2, 2026 at 11:00:13 AM GMT+2
Subject: Your Shop Example account will be deleted in 30 days

Hello Mihaela,

You haven't logged in to your Shop Example account for more than three
years. To protect your privacy, we will delete your account, your order
history and your saved addresses on 2 December 2026.

Want to keep your account? Just log in before that date:
https://www.shop.example.be/en/login

This is an automated message, please do not reply.
Shop Example BV
''')),

    # ------------------------------------------------------------------ el
    ('el', 'cmp-cookie-declaration-auto-updated', 'automated', (),
'''Return-Path: <bounces+4471823-e3a1-privacy=shop.example.be@em.cookietrust.io>
Received: from o8.em.cookietrust.io (o8.em.cookietrust.io [198.51.100.78])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1c1Xp7Vd2z9tG
        for <privacy@shop.example.be>; Sun,  1 Nov 2026 05:20:09 +0100 (CET)
From: CookieTrust <alerts@cookietrust.io>
To: privacy@shop.example.be
Subject: ''' + _h('Η δήλωση cookies του www.shop.example.be ενημερώθηκε αυτόματα') + '''
Date: Sun, 01 Nov 2026 04:20:05 +0000
Message-ID: <Hk7tW3cYq0Pz5Rn2aLm8Xb@geopod-ismtpd-1>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
List-Unsubscribe: <https://app.cookietrust.io/account/notifications?u=4471823>
Feedback-ID: 4471823:SG

''' + _b64('''Γεια σας,

Η δήλωση cookies του ιστότοπου www.shop.example.be ενημερώθηκε αυτόματα μετά τη σάρωση της 1ης Νοεμβρίου 2026.

Αλλαγές:
• Προστέθηκαν 9 cookies στην κατηγορία «Στατιστικά»
• Προστέθηκαν 3 cookies στην κατηγορία «Μάρκετινγκ»
• Αφαιρέθηκαν 2 cookies που δεν εντοπίστηκαν πλέον

Επειδή άλλαξε η κατηγορία «Μάρκετινγκ», όλοι οι επισκέπτες θα κληθούν να δώσουν ξανά τη συγκατάθεσή τους στην επόμενη επίσκεψη (νέα έκδοση banner: v14).

Δείτε τη δήλωση: https://app.cookietrust.io/domains/81734/declaration
Ιστορικό εκδόσεων: https://app.cookietrust.io/domains/81734/versions

Η ομάδα του CookieTrust

Λαμβάνετε αυτό το μήνυμα επειδή είστε διαχειριστής του λογαριασμού «Shop Example BV» στο CookieTrust.
''')),

    ('el', 'social-page-new-recommendation', 'automated', (),
'''Return-Path: <notification@connectbook.com>
Received: from mx-out.connectbook.com (mx-out-ie1.connectbook.com [203.0.113.129])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1e6Hv3Nc8z9tM
        for <privacy@shop.example.be>; Sat, 31 Oct 2026 12:47:33 +0100 (CET)
Date: Sat, 31 Oct 2026 11:47:30 +0000
To: Shop Example <privacy@shop.example.be>
From: Connectbook <notification@connectbook.com>
Subject: ''' + _h('Η Ελένη Παπαδοπούλου σύστησε τη σελίδα Shop Example') + '''
Message-ID: <7e0d3b9a52c1f48e6a0b9c8d7e6f5a43@connectbook.com>
X-Connectbook-Notif: page_recommendation
List-Unsubscribe: <https://www.connectbook.com/o.php?k=AS3x9Qm2&u=1000874412&mid=7e0d3b9a>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

''' + _b64('''Shop Example

Η Ελένη Παπαδοπούλου σύστησε τη σελίδα σας:
«Παρήγγειλα ένα δώρο για την αδερφή μου στις Βρυξέλλες και έφτασε σε δύο μέρες. Πολύ ευγενική εξυπηρέτηση στο chat!»

Απαντήστε στη σύσταση: https://www.connectbook.com/shopexample/reviews/?ref=notif

Αυτό το μήνυμα στάλθηκε στη διεύθυνση privacy@shop.example.be. Αν δεν θέλετε να λαμβάνετε αυτά τα email από το Connectbook στο μέλλον, καταργήστε την εγγραφή σας.
Connectbook Platforms Ireland Ltd., 4 Grand Canal Square, Dublin 2, Ιρλανδία
''')),

    ('el', 'exchange-ooo-agency-athens', 'automated', (),
'''Return-Path: <n.georgiou@pixelcraft.gr>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2126.outbound.protection.outlook.com [203.0.113.126])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R0x6Kb2Ry5z9s7
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 11:30:18 +0100 (CET)
From: ''' + _h('Νίκος Γεωργίου', 998) + ''' <n.georgiou@pixelcraft.gr>
To: Privacy Shop Example <privacy@shop.example.be>
Subject: ''' + _h('Αυτόματη απάντηση: Greek translation of the cookie banner') + '''
Thread-Topic: Greek translation of the cookie banner
Thread-Index: AQHbSQ2mV8cT1oRk0Yb3eP5wXn9Ztg==
Date: Thu, 29 Oct 2026 10:30:15 +0000
Message-ID: <DU0PR08MB8290A1B2C3D4E5F6A7B8C9D0E1F2A3B4@DU0PR08MB8290.eurprd08.prod.outlook.com>
In-Reply-To: <d1b6f3a8-4c20-47e9-8b5d-a2e9c0f7b314@shop.example.be>
References: <d1b6f3a8-4c20-47e9-8b5d-a2e9c0f7b314@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: n.georgiou@pixelcraft.gr
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Καλησπέρα σας,

Σας ευχαριστώ για το μήνυμά σας. Θα βρίσκομαι εκτός γραφείου έως και την Παρασκευή 6 Νοεμβρίου, χωρίς πρόσβαση στο email.

Για επείγοντα θέματα μπορείτε να επικοινωνείτε με την κα Μαρία Κωνσταντίνου στο maria@pixelcraft.gr.

Με εκτίμηση,
Νίκος Γεωργίου
PixelCraft – Αθήνα
''')),

    ('el', 'person-phone-mail-object-profiling-stop-newsletter', 'objection', ('withdraw_consent',),
'''Return-Path: <dimitra.alexiou@yahoo.gr>
Received: from sonic302-19.consmr.mail.ir2.yahoo.com (sonic302-19.consmr.mail.ir2.yahoo.com [198.51.100.119])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2f9Wc4Bt1z9tQ
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 21:40:55 +0100 (CET)
Date: Thu, 05 Nov 2026 22:40:47 +0200
From: ''' + _h('Δήμητρα Αλεξίου', 998) + ''' <dimitra.alexiou@yahoo.gr>
To: privacy@shop.example.be
Subject: ''' + _h('Στοιχεία μου και newsletter') + '''
Message-ID: <mlgk3qv9x2.fsf.SM-A546B.1793904047@email.android.com>
X-Mailer: Samsung Email
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--_com.samsung.android.email_1793904047310250"

----_com.samsung.android.email_1793904047310250
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''Καλησπέρα σας,

Δεν επιθυμώ να χρησιμοποιούνται τα στοιχεία μου και οι αγορές μου με την κάρτα πιστότητας για να φτιάχνετε προφίλ και «εξατομικευμένες» προσφορές, ούτε να δίνονται σε συνεργάτες σας για διαφημίσεις. Επίσης σταματήστε να μου στέλνετε το newsletter.

Δήμητρα Αλεξίου
κάρτα 2604 1902 4463



Στάλθηκε από το Samsung Galaxy smartphone μου.
''') + '''
----_com.samsung.android.email_1793904047310250
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

''' + _b64('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">Καλησπέρα σας,</div><div dir="auto"><br></div><div dir="auto">Δεν επιθυμώ να χρησιμοποιούνται τα στοιχεία μου και οι αγορές μου με την κάρτα πιστότητας για να φτιάχνετε προφίλ και «εξατομικευμένες» προσφορές, ούτε να δίνονται σε συνεργάτες σας για διαφημίσεις. Επίσης σταματήστε να μου στέλνετε το newsletter.</div><div dir="auto"><br></div><div dir="auto">Δήμητρα Αλεξίου</div><div dir="auto">κάρτα 2604 1902 4463</div><div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Στάλθηκε από το Samsung Galaxy smartphone μου.</div></div></body></html>
''') + '''
----_com.samsung.android.email_1793904047310250--
'''),

    # ------------------------------------------------------------------ bg
    ('bg', 'analytics-property-event-quota-reached', 'automated', (),
'''Return-Path: <bounce@mail.metryka.io>
Received: from mail.metryka.io (mail.metryka.io [198.51.100.120])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2k1Nb8Hx4z9tR
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:21:37 +0100 (CET)
From: Metryka Analytics <notifications@metryka.io>
To: privacy@shop.example.be
Subject: ''' + _h('Достигнат е месечният лимит на събития за ресурса „Shop Example – Web“') + '''
Date: Fri, 06 Nov 2026 11:21:33 +0100
Message-ID: <quota-100.5521-03.2026-11@metryka.io>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

Ресурсът „Shop Example – Web“ (ID 5521-03) достигна 100% от месечния лимит от 1 000 000 събития за текущия период на таксуване (1 – 30 ноември 2026 г.).

От 6 ноември 2026 г., 11:20 ч., нови събития НЕ се записват. Данните за потребителите, посетили сайта след този момент, няма да се появят в отчетите.

Какво можете да направите:
• да преминете към по-висок план: https://app.metryka.io/billing/upgrade
• да намалите броя на събитията, като изключите автоматичното проследяване на превъртане и кликове;
• да изчакате новия период на таксуване (1 декември 2026 г.).

Получавате това съобщение, защото сте собственик на акаунта „Shop Example BV“.
Екипът на Metryka
''')),

    ('bg', 'registrar-dns-zone-change-notice', 'automated', (),
'''Return-Path: <noreply@domainbox.bg>
Received: from mail.domainbox.bg (mail.domainbox.bg [198.51.100.37])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R2cZr0Tm6z9tK
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:49:12 +0100 (CET)
From: DomainBox.bg <noreply@domainbox.bg>
To: privacy@shop.example.be
Subject: ''' + _h('Промяна в DNS зоната на домейна shopexample.bg') + '''
Date: Wed, 4 Nov 2026 16:49:08 +0200
Message-ID: <dnschange.shopexample.bg.1793803748@domainbox.bg>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Здравейте,

В DNS зоната на домейна shopexample.bg беше направена промяна.

Дата и час:    04.11.2026 г., 16:48 ч. (EET)
Извършена от:  потребител pixelwerf-dev (IP 198.51.100.23)

Променени записи:
  ДОБАВЕН   TXT   _dmarc    "v=DMARC1; p=quarantine; rua=mailto:dmarc@shop.example.be"
  ПРОМЕНЕН  MX    @         10 mx1.shop.example.be  (преди: 10 mail.shopexample.bg)
  ИЗТРИТ    A     privacy   203.0.113.80

Ако не Вие сте направили тази промяна, незабавно сменете паролата си и се
свържете с нас на support@domainbox.bg.

Поздрави,
Екипът на DomainBox.bg

Това е автоматично съобщение – моля, не отговаряйте.
'''),

    ('bg', 'hosting-helpdesk-autoreply-log-retention', 'automated', (),
'''Return-Path: <support@hostingservice.bg>
Received: from desk.hostingservice.bg (desk.hostingservice.bg [198.51.100.48])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1k3Wt5Pz2z9tF
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:26:50 +0100 (CET)
From: ''' + _h('Хостинг Сървис – Поддръжка', 998) + ''' <support@hostingservice.bg>
To: privacy@shop.example.be
Subject: ''' + _h('[Тикет #77140] Получихме Вашето запитване: Retention of access logs with IP addresses') + '''
Date: Tue, 3 Nov 2026 15:26:47 +0200
Message-ID: <ticket-77140-autoreply@desk.hostingservice.bg>
In-Reply-To: <5c0e8b2d-7f19-4a63-9d4e-b1a7c3f0e852@shop.example.be>
References: <5c0e8b2d-7f19-4a63-9d4e-b1a7c3f0e852@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

Благодарим Ви, че се свързахте с нас. Вашето запитване е регистрирано под номер #77140.

Приоритет: Нормален
Отдел: Техническа поддръжка
Очаквано време за отговор: до 24 часа

Ако искате да добавите информация, отговорете на това писмо, без да променяте темата.

Вашето съобщение:
> Hello,
> Our contract says the access logs of shopexample.bg are kept for 30 days, but in the panel we can see logs going back to March 2026. These contain our customers' IP addresses. Could you delete everything older than 30 days and fix the log rotation?
> Thanks,
> Sofie Claes - Privacy team, Shop Example BV

--
Екип „Поддръжка“
Хостинг Сървис ООД
''')),

    ('bg', 'person-reply-above-review-invite-object-sharing', 'objection', ('access',),
'''Return-Path: <p.stoyanov@abv.bg>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [198.51.100.44])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R1m2Qx6Lc9z9tP
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 08:12:31 +0100 (CET)
Received: from nm42.abv.bg (localhost [127.0.0.1])
        by nm42.abv.bg (Postfix) with ESMTP id 6C1E2A0B3F
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:12:29 +0200 (EET)
Date: Wed, 4 Nov 2026 09:12:29 +0200 (EET)
From: ''' + _h('Петър Стоянов', 998) + ''' <p.stoyanov@abv.bg>
To: privacy@shop.example.be
Message-ID: <1052933474.188213.1793776349114@nm42.abv.bg>
In-Reply-To: <invite.2219902.SE-2026-0429934@klantenstem.nl>
Subject: Re: How was your order at Shop Example?
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Priority: 3
Importance: Medium
X-Mailer: AbvMail 3.0

''' + _qp('''Здравейте,

Получавам вече трета покана от тази фирма Klantenstem да оценя поръчката
си при вас. Не съм се съгласявал да давате имейла и данните за поръчките
ми на трети фирми и не желая повече да ги споделяте с тях за такива
покани или за каквото и да е друго.

Освен това искам да знам на кои други фирми сте предали данните ми.

Петър Стоянов


-------- Оригинално писмо --------
От: Shop Example via Klantenstem invite@klantenstem.nl
Относно: How was your order at Shop Example?
До: p.stoyanov@abv.bg
Изпратено на: 03.11.2026 11:05

Hi Petar,

Thanks for your order SE-2026-0429934! Would you take a minute to tell
others about your experience with Shop Example?

  Write a review: https://www.klantenstem.nl/r/2219902?lang=en

This invitation was sent by Klantenstem on behalf of Shop Example BV.
Don't want to receive review invitations? Unsubscribe:
https://www.klantenstem.nl/unsubscribe/2219902
''')),
]

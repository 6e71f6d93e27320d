"""Fifty-second set, robot mail around customers' life changes, plus people whose mail looks automatic (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-dsn-mailbox-closed-after-move', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mail-out.shop.example.be (Postfix)
        id 4Qm7Zt1xK2z9sWh; Mon,  2 Nov 2026 09:14:07 +0100 (CET)
Date: Mon,  2 Nov 2026 09:14:07 +0100 (CET)
From: MAILER-DAEMON@mail-out.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4Qm7Zt1xK2z9sWh.1793607247/mail-out.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261102081407.4Qm7Zt1xK2z9sWh@mail-out.shop.example.be>

This is a MIME-encapsulated message.

--4Qm7Zt1xK2z9sWh.1793607247/mail-out.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mail-out.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.whitfield@btconnect-mail.co.uk>: host mx2.btconnect-mail.co.uk[203.0.113.41]
    said: 550 5.1.1 <d.whitfield@btconnect-mail.co.uk>: Recipient address
    rejected: mailbox closed by account holder (in reply to RCPT TO command)

--4Qm7Zt1xK2z9sWh.1793607247/mail-out.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail-out.shop.example.be
X-Postfix-Queue-ID: 4Qm7Zt1xK2z9sWh
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon,  2 Nov 2026 09:14:05 +0100 (CET)

Final-Recipient: rfc822; d.whitfield@btconnect-mail.co.uk
Original-Recipient: rfc822;d.whitfield@btconnect-mail.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.btconnect-mail.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <d.whitfield@btconnect-mail.co.uk>: Recipient
    address rejected: mailbox closed by account holder

--4Qm7Zt1xK2z9sWh.1793607247/mail-out.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from privacy-bot.internal.shop.example.be (privacy-bot.internal.shop.example.be [10.20.4.17])
        by mail-out.shop.example.be (Postfix) with ESMTPS id 4Qm7Zt1xK2z9sWh
        for <d.whitfield@btconnect-mail.co.uk>; Mon,  2 Nov 2026 09:14:05 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: David Whitfield <d.whitfield@btconnect-mail.co.uk>
Subject: Your access request DSR-2026-1412 - one more step
Date: Mon, 2 Nov 2026 09:14:04 +0100
Message-ID: <dsr-2026-1412.2.5b0e@privacy.shop.example.be>
In-Reply-To: <CAJk3pM0a9f@mail.btconnect-mail.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--4Qm7Zt1xK2z9sWh.1793607247/mail-out.shop.example.be--
'''),

    ('en', 'ncoa-style-movers-batch-report', 'automated', (),
'''Return-Path: <bounces+shopex@notify.movecheck.example>
Received: from out-07.notify.movecheck.example (out-07.notify.movecheck.example [198.51.100.27])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn1Hc0PqTz9sXk
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 06:02:41 +0100 (CET)
From: MoveCheck Notifications <noreply@notify.movecheck.example>
To: privacy@shop.example.be
Subject: [MoveCheck] Batch SHOPEX-20261102-N1 processed - 38 movers, 5 deceased, 112 undeliverable
Date: Tue, 03 Nov 2026 05:02:38 +0000
Message-ID: <20261103050238.77421.batch@notify.movecheck.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All
X-MoveCheck-Job: SHOPEX-20261102-N1

MoveCheck - batch processing report
===================================

Client:          Shop Example BV (account SHOPEX)
Job:             SHOPEX-20261102-N1
File received:   02/11/2026 22:15 UTC (customers_addr_delta_20261102.csv.gpg)
Completed:       03/11/2026 05:02 UTC
Service level:   Movers + Deceased + Address validation (BE/NL/LU)

Records submitted ..................... 4,916
Valid, unchanged ...................... 4,698
Corrected (street / postcode) ............ 63
Movers - new address found ............... 38
Movers - gone away, no forwarding ........ 12
Deceased flag ............................. 5
Undeliverable / address unknown ......... 100

Output file:  customers_addr_delta_20261102_result.csv.gpg
Location:     sftp.movecheck.example:/outbound/SHOPEX/
Available until 17/11/2026.

Records flagged as deceased are also listed in the suppression file
SHOPEX_DECEASED_20261103.csv. Please apply the suppression within 30 days,
as set out in your licence agreement (clause 7.2).

This is an automatically generated message. Replies to this address are
not monitored. For support, open a ticket at https://support.movecheck.example
and quote your job reference.
'''),

    ('en', 'gmail-vacation-deceased-holder-account', 'automated', (),
'''Return-Path: <maggie.hale1948@gmail.com>
Received: from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp2Lr6WvSz9sYd
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 10:31:22 +0100 (CET)
Received: by mail-sor-f41.google.com with SMTP id 5b1f17b1804b1-47a1c3e0f2dso2190215e9.3
        for <privacy@shop.example.be>; Wed, 04 Nov 2026 01:31:21 -0800 (PST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1793784681;
        h=to:subject:message-id:date:from:auto-submitted:references:in-reply-to:mime-version;
        bh=Wq9m2D0c5zYpTt3kQfUu8x1oLrJ7hV4sNn6bEa0iGgk=;
        b=Kp2vX9aLr0QmT4sYz7Hc1NfW8eJu3GdB6oVx5RiPk0yLqZ2tMn8Sa4Fw1Ec7Uj9H
MIME-Version: 1.0
In-Reply-To: <dsr-2026-1402.3.f81c@privacy.shop.example.be>
References: <dsr-2026-1402.3.f81c@privacy.shop.example.be>
Auto-Submitted: auto-replied
From: Margaret Hale <maggie.hale1948@gmail.com>
Date: Wed, 4 Nov 2026 09:31:21 +0000
Message-ID: <CAHx7vQ9kR2mZ0pT5bWd8yLq3F1sNe6VgXo4Ju7Ka2c@mail.gmail.com>
Subject: Re: A request concerning your Shop Example account (ref. DSR-2026-1402)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c4e7a205f0b2e913"

--000000000000c4e7a205f0b2e913
Content-Type: text/plain; charset="UTF-8"

Thank you for your email.

This account belonged to Margaret (Maggie) Hale, who died peacefully on
14 September 2026. The family is keeping it open for a few months so that
nothing important is missed, but it is not read every day.

If your message concerns Maggie's affairs, please write to her son,
Peter Hale, at peter.hale.kent@gmail.com.

Thank you for your understanding.

--000000000000c4e7a205f0b2e913
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><p>Thank you for your email.</p><p>This account belonged to Margaret (Maggie) Hale, who died peacefully on 14 September 2026. The family is keeping it open for a few months so that nothing important is missed, but it is not read every day.</p><p>If your message concerns Maggie&#39;s affairs, please write to her son, Peter Hale, at <a href="mailto:peter.hale.kent@gmail.com">peter.hale.kent@gmail.com</a>.</p><p>Thank you for your understanding.</p></div>

--000000000000c4e7a205f0b2e913--
'''),

    ('en', 'cpanel-boxtrapper-challenge', 'automated', (),
'''Return-Path: <tom@harrowfieldjoinery.co.uk>
Received: from server214.ukwebhosting.example (server214.ukwebhosting.example [203.0.113.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qq8Vb3MkTz9sZf
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:07:55 +0100 (CET)
Received: from localhost ([127.0.0.1] helo=server214.ukwebhosting.example)
        by server214.ukwebhosting.example with local (Exim 4.96.2)
        id 1vQk2F-00Gh3R-1y
        for privacy@shop.example.be; Thu, 05 Nov 2026 13:07:54 +0000
From: tom@harrowfieldjoinery.co.uk
To: privacy@shop.example.be
Subject: verify#6c1d9e4a07b2f385
Date: Thu, 05 Nov 2026 13:07:54 +0000
Message-Id: <E1vQk2F-00Gh3R-1y@server214.ukwebhosting.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: bulk
X-Boxtrapper: 6c1d9e4a07b2f385

The email account that you tried to reach requires verification before
delivery. This is done to prevent unwanted messages (spam).

To complete the verification, simply reply to this message and leave the
subject line intact, or click the link below:

https://server214.ukwebhosting.example:2096/cgi-sys/bxd.cgi?a=tom@harrowfieldjoinery.co.uk&email=6c1d9e4a07b2f385

You only need to do this once. Your message has been held and will be
delivered as soon as your address is verified. Held messages are deleted
after 15 days.

The headers of the message sent from your address are shown below:

From: Shop Example Privacy Team <privacy@shop.example.be>
To: Tom Whitcombe <tom@harrowfieldjoinery.co.uk>
Subject: Your change of address request (ref. DSR-2026-1417)
Date: Thu, 5 Nov 2026 14:07:49 +0100
Message-ID: <dsr-2026-1417.2.a07c@privacy.shop.example.be>
'''),

    ('en', 'person-own-ooo-pasted-above-new-address', 'correction', (),
'''Return-Path: <rebecca.linford@outlook.com>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02olkn2081.outbound.protection.outlook.com [40.92.49.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qr5Tn8HxCz9sWq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 20:48:16 +0100 (CET)
From: Rebecca Linford <rebecca.linford@outlook.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: RE: Your loyalty card details - please check they are still correct
Thread-Topic: Your loyalty card details - please check they are still correct
Thread-Index: AQHbT2c1sDk0mPq7f0yR8vGz3aXw9A==
Date: Fri, 6 Nov 2026 19:48:13 +0000
Message-ID: <DB9P194MB1412C3A07E5F1B82D9C4AE61B3442@DB9P194MB1412.EURP194.PROD.OUTLOOK.COM>
References: <dq-2026-11-0446.1.77e2@privacy.shop.example.be>
In-Reply-To: <dq-2026-11-0446.1.77e2@privacy.shop.example.be>
Accept-Language: en-GB
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am away from 30 October to 8 November while we=
 move house and will only have limited access to email. If it is urgent, p=
lease call or text me on 0471 28 93 05.

Rebecca

Sorry, that's my out-of-office text, I pasted it in by accident instead of=
 what I meant to write!

What I actually wanted to say: the address you have for me is our old one.=
 We moved on 31 October. Could you please change it on my account and on m=
y loyalty card to:

Rebecca Linford
Kapelsestraat 118
2950 Kapellen

The old address (Lange Leemstraat 45, 2018 Antwerpen) shouldn't be used an=
y more. Card number is 6044 1187 2290 31 if you need it.

Many thanks,
Rebecca

________________________________
From: Shop Example Privacy Team <privacy@shop.example.be>
Sent: 06 November 2026 11:02
To: rebecca.linford@outlook.com <rebecca.linford@outlook.com>
Subject: Your loyalty card details - please check they are still correct

Dear Ms Linford,

Once a year we ask our loyalty card members to check that the details we h=
old about them are still correct. You can see and change them in the app o=
r under "My account" on our web shop. If anything is wrong, you can also s=
imply reply to this e-mail.

Kind regards,
Privacy Team - Shop Example BV
'''),

    ('nl', 'exchange-ooo-parental-leave', 'automated', (),
'''Return-Path: <lotte.vermeersch@vandaele-accountants.be>
Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2109.outbound.protection.outlook.com [40.107.104.109])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qm9Xk2RbNz9sVt
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 14:45:12 +0100 (CET)
From: "Vermeersch, Lotte" <lotte.vermeersch@vandaele-accountants.be>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw aanvraag DSR-2026-1420 - bevestiging van uw identiteit
Thread-Topic: Uw aanvraag DSR-2026-1420 - bevestiging van uw identiteit
Thread-Index: AQHbTq3kGfJ0c1Rz8UuS9n2Wc7xVYAAAAAAr
Date: Mon, 2 Nov 2026 13:45:09 +0000
Message-ID: <AM9PR07MB71882F0A3C1D4E9B5A6F2C81D6442@AM9PR07MB7188.eurprd07.prod.outlook.com>
In-Reply-To: <dsr-2026-1420.1.c3d2@privacy.shop.example.be>
References: <dsr-2026-1420.1.c3d2@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: lotte.vermeersch@vandaele-accountants.be
X-MS-TNEF-Correlator:
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt voor je bericht. Ik ben met ouderschapsverlof tot en met maandag 4 =
januari 2027 en lees mijn mailbox in die periode niet.

Voor dringende vragen over lopende dossiers kan je terecht bij mijn collega =
Jeroen Claes (jeroen.claes@vandaele-accountants.be, 09 233 41 80).

Je bericht wordt niet automatisch doorgestuurd.

Met vriendelijke groeten,
Lotte Vermeersch
'''),

    ('nl', 'sieve-vacation-address-no-longer-read-new-address', 'automated', (),
'''Return-Path: <koen.dewulf@telenet.be>
Received: from out-smtp-12.telenet-ops.be (out-smtp-12.telenet-ops.be [195.130.132.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn6Jd1ZsKz9sXm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:27:03 +0100 (CET)
Received: from webmail.telenet.be (localhost [127.0.0.1])
        by out-smtp-12.telenet-ops.be (Postfix) with ESMTP id 8C21E4A0F3
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 11:27:02 +0100 (CET)
From: Koen Dewulf <koen.dewulf@telenet.be>
To: privacy@shop.example.be
Subject: Automatisch antwoord: Uw verzoek tot inzage (DSR-2026-1424)
Date: Tue, 3 Nov 2026 11:27:02 +0100
Message-ID: <vacation.1793701622.8C21E4A0F3@telenet.be>
In-Reply-To: <dsr-2026-1424.2.0d9a@privacy.shop.example.be>
References: <dsr-2026-1424.2.0d9a@privacy.shop.example.be>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo,

Opgelet: dit e-mailadres wordt niet meer gelezen.

We zijn op 1 oktober verhuisd naar Breda en hebben ons Telenet-abonnement
opgezegd. Dit adres blijft nog tot 31 december 2026 actief, maar ik kijk
er niet meer in.

Mijn nieuwe e-mailadres is: koen.dewulf@ziggo.nl
Wil je je adresboek aanpassen?

Dank je wel,
Koen

(dit is een automatisch antwoord)
'''),

    ('nl', 'bereavement-platform-acknowledgement', 'automated', (),
'''Return-Path: <bounce-7719@mailer.afscheidsloket.example>
Received: from mailer.afscheidsloket.example (mailer.afscheidsloket.example [198.51.100.63])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qt3Fw7LpDz9sWb
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 16:12:48 +0100 (CET)
From: Afscheidsloket <geen-antwoord@afscheidsloket.example>
To: privacy@shop.example.be
Subject: Ontvangstbevestiging: uw antwoord op melding AFS-2026-088214
Date: Mon, 09 Nov 2026 16:12:46 +0100
Message-ID: <ack.AFS-2026-088214.20261109151246@afscheidsloket.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Mailer: Afscheidsloket Notificaties 2.3

Geachte heer, mevrouw,

Wij hebben uw antwoord op onderstaande melding goed ontvangen.

  Referentie:       AFS-2026-088214
  Betreft:          overlijden van dhr. Gilbert Peeters (° 03/05/1941 - † 11/10/2026)
  Organisatie:      Shop Example BV
  Gevraagde actie:  afsluiten klantenaccount en klantenkaart
  Uw antwoord:      ontvangen op 09/11/2026 om 16:12

Uw antwoord werd doorgegeven aan de nabestaande die de melding deed. U hoeft
verder niets te doen. Heeft de nabestaande nog een vraag, dan neemt die
rechtstreeks contact met u op.

Met vriendelijke groeten,
Het team van Afscheidsloket

Dit bericht werd automatisch verstuurd. Antwoorden op dit adres worden niet
gelezen.
'''),

    ('nl', 'person-son-forwards-undeliverable-parcel-deceased-father', 'deletion', (),
'''Return-Path: <wim.maes78@gmail.com>
Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qv0Mc5TyRz9sVp
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 21:17:47 +0100 (CET)
Received: by mail-wm1-f52.google.com with SMTP id 5b1f17b1804b1-47b0e2d91a4so88421e9.1
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:17:46 -0800 (PST)
MIME-Version: 1.0
References: <shipment.20261027-44519.nd1@noreply.shop.example.be>
In-Reply-To: <shipment.20261027-44519.nd1@noreply.shop.example.be>
From: Wim Maes <wim.maes78@gmail.com>
Date: Tue, 10 Nov 2026 21:17:44 +0100
Message-ID: <CAF3nQ8xPz1Vb7Lr0Ts5Yk2Wm9Hd4Ga6Ej1Uo3Rc8Np0w@mail.gmail.com>
Subject: Fwd: We konden je pakket niet leveren - bestelling 20261027-44519
To: privacy@shop.example.be
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Goedenavond,

Mijn vader, Jozef Maes, is op 26 oktober overleden. Hij had vlak daarvoor
nog iets besteld en nu krijg ik via zijn mailbox onderstaand bericht. Het
pakket mag gewoon terug naar jullie.

Kunnen jullie ook zijn klantenaccount en zijn klantenkaart afsluiten en zijn
gegevens verwijderen? Zijn e-mailadres was jozef.maes@skynet.be. Als jullie
daarvoor een overlijdensakte nodig hebben, laat het maar weten.

Bedankt,
Wim Maes

---------- Forwarded message ---------
Van: Shop Example <noreply@shop.example.be>
Date: ma 9 nov 2026 om 14:03
Subject: We konden je pakket niet leveren - bestelling 20261027-44519
To: <jozef.maes@skynet.be>


Hallo Jozef,

Onze koerier is vandaag langsgeweest op Dorpsstraat 12, 9880 Aalter, maar kon
je pakket niet afleveren: er was niemand thuis en de buren namen het niet aan.

Je pakket ligt nu 14 dagen klaar in het afhaalpunt:
  Postpunt Aalter-Centrum, Markt 7, 9880 Aalter

Haal je het niet op, dan sturen we het terug en storten we het bedrag terug.

Dit is een automatisch bericht, je kan er niet op antwoorden.
'''),

    ('fr', 'exchange-online-ndr-recipient-not-found', 'automated', (),
'''Return-Path: <>
Received: from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2098.outbound.protection.outlook.com [40.107.22.98])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp0Gh4NcWz9sXr
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:22:34 +0100 (CET)
From: postmaster@groupelemaire.onmicrosoft.com
To: privacy@shop.example.be
Date: Wed, 4 Nov 2026 08:22:31 +0000
Subject: =?utf-8?Q?Non_remis_:_Votre_demande_d'acc=C3=A8s_(r=C3=A9f._DSR-2026-1433)?=
Message-ID: <6f2b1c8e-4d4a-4b7e-9a0c-2e8f1d5b7c33@AM6PR04MB5110.eurprd04.prod.outlook.com>
In-Reply-To: <dsr-2026-1433.1.e4f0@privacy.shop.example.be>
References: <dsr-2026-1433.1.e4f0@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_6f2b1c8e4d4a4b7e9a0c2e8f1d5b7c33_"
Content-Language: fr-FR
X-MS-Exchange-Message-Is-Ndr:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-replied

--_000_6f2b1c8e4d4a4b7e9a0c2e8f1d5b7c33_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message =C3=A0 jl.mertens@groupe-lemaire.be n'a pas pu =C3=AAtre remis.

jl.mertens est introuvable dans groupe-lemaire.be.

Action requise
Adresse =C3=A9lectronique inconnue

Comment r=C3=A9soudre ce probl=C3=A8me
L'adresse =C3=A9lectronique que vous avez entr=C3=A9e est introuvable. V=
=C3=A9rifiez l'adresse =C3=A9lectronique du destinataire et renvoyez le mes=
sage. Si le probl=C3=A8me persiste, contactez votre service d'assistance.

Plus d'informations pour les administrateurs de messagerie :
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--_000_6f2b1c8e4d4a4b7e9a0c2e8f1d5b7c33_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6PR04MB5110.eurprd04.prod.outlook.com
Received-From-MTA: dns;mail-out.shop.example.be
Arrival-Date: Wed, 4 Nov 2026 08:22:29 +0000

Final-Recipient: rfc822;jl.mertens@groupe-lemaire.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_6f2b1c8e4d4a4b7e9a0c2e8f1d5b7c33_
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.30])
        by AM6PR04MB5110.eurprd04.prod.outlook.com with ESMTPS; Wed, 4 Nov 2026 08:22:29 +0000
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Jean-Luc Mertens <jl.mertens@groupe-lemaire.be>
Subject: =?utf-8?Q?Votre_demande_d'acc=C3=A8s_(r=C3=A9f._DSR-2026-1433)?=
Date: Wed, 4 Nov 2026 09:22:27 +0100
Message-ID: <dsr-2026-1433.1.e4f0@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--_000_6f2b1c8e4d4a4b7e9a0c2e8f1d5b7c33_--
'''),

    ('fr', 'eid-identity-confirmation-notice', 'automated', (),
'''Return-Path: <bounce@notifications.idconfirm.example.be>
Received: from smtp2.notifications.idconfirm.example.be (smtp2.notifications.idconfirm.example.be [198.51.100.92])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qp9Cs2VdLz9sYt
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 18:22:40 +0100 (CET)
From: IDConfirm <no-reply@notifications.idconfirm.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?Q?V=C3=A9rification_d'identit=C3=A9_r=C3=A9ussie_-_dossier_DSR-2026-1439?=
Date: Wed, 04 Nov 2026 18:22:37 +0100
Message-ID: <0102019a7f3e5c11-7d2e-4b9a-a1f3-6c8d20e4b5f9-000000@notifications.idconfirm.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-IDConfirm-Case: DSR-2026-1439

Bonjour,

La personne que Shop Example BV a invitée à confirmer son identité a terminé
la vérification.

Dossier :             DSR-2026-1439
Méthode :             application d'identité mobile (carte eID belge)
Date et heure :       04/11/2026 à 18:22
Niveau de garantie :  élevé
Attributs partagés :  nom, prénoms, date de naissance, numéro de registre
                      national (masqué)
Résultat :            correspondance avec les données fournies - OK

Le rapport signé reste disponible pendant 30 jours dans votre espace client :
https://pro.idconfirm.example.be/dossiers/DSR-2026-1439

Ceci est un message automatique, merci de ne pas y répondre.
IDConfirm SRL - Avenue Louise 231, 1050 Bruxelles
'''),

    ('fr', 'zimbra-ooo-sick-leave', 'automated', (),
'''Return-Path: <n.dubois@voo.be>
Received: from smtp-out.voo.be (smtp-out.voo.be [212.68.193.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qs1Kp9BwMz9sWg
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:05:19 +0100 (CET)
Received: from zimbra.voo.be (localhost [127.0.0.1])
        by smtp-out.voo.be (Postfix) with ESMTP id 3F7A21C04B
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:05:18 +0100 (CET)
Date: Fri, 6 Nov 2026 10:05:18 +0100 (CET)
From: Nathalie Dubois <n.dubois@voo.be>
To: privacy@shop.example.be
Message-ID: <1430277815.2291847.1793783118402.JavaMail.zimbra@voo.be>
In-Reply-To: <dsr-2026-1441.2.8c15@privacy.shop.example.be>
Subject: =?utf-8?Q?Absente_-_Re:_Votre_demande_de_suppression_(r=C3=A9f._DSR-2026-1441)?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Bonjour,

Je suis absente pour raison de santé jusqu'au 30 novembre inclus et je ne
consulte pas mes courriels. Votre message ne sera pas transféré.

Je vous répondrai dès mon retour.

Bien à vous,
Nathalie Dubois
'''),

    ('fr', 'person-reply-above-wrong-change-of-address-confirmation', 'correction', (),
'''Return-Path: <amelie.fontaine@hotmail.be>
Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04olkn2015.outbound.protection.outlook.com [40.92.75.15])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qv2Rn0KqFz9sXb
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:58:33 +0100 (CET)
From: =?utf-8?Q?Am=C3=A9lie_Fontaine?= <amelie.fontaine@hotmail.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Confirmation de votre changement d'adresse
Thread-Topic: Confirmation de votre changement d'adresse
Thread-Index: AQHbUnB0zK2c7mYr1eT8fPq4Vx3sLg==
Date: Tue, 10 Nov 2026 11:58:30 +0000
Message-ID: <AS8P250MB0803E4C1A96B2F0D7E5C13A2B4402@AS8P250MB0803.EURP250.PROD.OUTLOOK.COM>
References: <addr-change.771204.20261110.0941@noreply.shop.example.be>
In-Reply-To: <addr-change.771204.20261110.0941@noreply.shop.example.be>
Accept-Language: fr-BE
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Il y a une erreur dans l'adresse que vous avez enregistrée (voir plus bas).
J'habite bien rue des Glycines 14 boîte 3, mais à 1030 Schaerbeek, pas à
1300 Wavre ! Je n'ai jamais habité Wavre...

Pouvez-vous corriger le code postal et la commune sur mon compte ? J'ai une
commande en cours et je n'ai pas envie qu'elle parte à Wavre.

Merci d'avance,
Amélie Fontaine
n° client 771204

________________________________
De : Shop Example <no-reply@shop.example.be>
Envoyé : mardi 10 novembre 2026 09:41
À : amelie.fontaine@hotmail.be <amelie.fontaine@hotmail.be>
Objet : Confirmation de votre changement d'adresse

Bonjour Amélie,

Nous avons bien enregistré votre nouvelle adresse :

Rue des Glycines 14 bte 3
1300 Wavre
Belgique

Elle sera utilisée pour vos prochaines livraisons et pour l'envoi de votre
carte de fidélité.

Cette adresse n'est pas correcte ? Écrivez-nous à privacy@shop.example.be.

Ce message a été envoyé automatiquement, merci de ne pas y répondre.
'''),

    ('de', 'postfix-dsn-mailbox-cancelled-by-owner', 'automated', (),
'''Return-Path: <>
Received: from mx-out-02.nordpost-mail.de (mx-out-02.nordpost-mail.de [198.51.100.140])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QmF2b7QhVz9sWk
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 16:20:05 +0100 (CET)
Received: by mx-in-02.nordpost-mail.de (Postfix)
        id A81F2C0183; Mon,  2 Nov 2026 16:20:03 +0100 (CET)
Date: Mon,  2 Nov 2026 16:20:03 +0100 (CET)
From: MAILER-DAEMON@mx-in-02.nordpost-mail.de (Mail Delivery System)
Subject: =?utf-8?Q?Unzustellbar:_Ihre_Anfrage_auf_Datenauskunft_(Az._DSR-2026-1426)?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="A81F2C0183.1793632803/mx-in-02.nordpost-mail.de"
Content-Transfer-Encoding: 8bit
Message-Id: <20261102152003.A81F2C0183@mx-in-02.nordpost-mail.de>

This is a MIME-encapsulated message.

--A81F2C0183.1793632803/mx-in-02.nordpost-mail.de
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erzeugte Nachricht des Mailsystems von
nordpost-mail.de.

Ihre Nachricht an

    h.schroeder@nordpost-mail.de

konnte nicht zugestellt werden.

Grund: Das Postfach wurde vom Inhaber zum 30.09.2026 gekündigt und ist
nicht mehr erreichbar. Eine Weiterleitungsadresse wurde nicht hinterlegt.

Bitte antworten Sie nicht auf diese Nachricht. Hinweise zu
Zustellproblemen finden Sie unter https://hilfe.nordpost-mail.de/zustellung

--A81F2C0183.1793632803/mx-in-02.nordpost-mail.de
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in-02.nordpost-mail.de
X-Postfix-Queue-ID: A81F2C0183
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon,  2 Nov 2026 16:20:02 +0100 (CET)

Final-Recipient: rfc822; h.schroeder@nordpost-mail.de
Original-Recipient: rfc822;h.schroeder@nordpost-mail.de
Action: failed
Status: 5.2.1
Diagnostic-Code: X-Postfix; mailbox disabled: account closed by owner

--A81F2C0183.1793632803/mx-in-02.nordpost-mail.de
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.30])
        by mx-in-02.nordpost-mail.de (Postfix) with ESMTPS id A81F2C0183
        for <h.schroeder@nordpost-mail.de>; Mon,  2 Nov 2026 16:20:02 +0100 (CET)
From: Shop Example Datenschutz <privacy@shop.example.be>
To: Heike Schroeder <h.schroeder@nordpost-mail.de>
Subject: Ihre Anfrage auf Datenauskunft (Az. DSR-2026-1426)
Date: Mon, 2 Nov 2026 16:19:58 +0100
Message-ID: <dsr-2026-1426.1.3a71@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--A81F2C0183.1793632803/mx-in-02.nordpost-mail.de--
'''),

    ('de', 'mail-moving-service-forwarded-notice', 'automated', (),
'''Return-Path: <umzugsservice-bounce@kabelpost.example>
Received: from relay3.kabelpost.example (relay3.kabelpost.example [198.51.100.177])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QqJ7m1XsPz9sYh
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:31:09 +0100 (CET)
From: kabelpost Mail-Umzugsservice <umzugsservice@kabelpost.example>
To: privacy@shop.example.be
Subject: Ihre Nachricht wurde weitergeleitet - neue Adresse von anja.wolter@kabelpost.example
Date: Thu, 05 Nov 2026 15:31:07 +0100
Message-ID: <umz.5f1e93c2a7.20261105143107@kabelpost.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All

Guten Tag,

Sie haben eine E-Mail an anja.wolter@kabelpost.example gesendet.

Die Inhaberin dieser Adresse hat den Mail-Umzugsservice aktiviert. Ihre
Nachricht vom 05.11.2026 mit dem Betreff

    "Ihr Antrag auf Berichtigung (Az. DSR-2026-1431)"

wurde automatisch an ihre neue Adresse weitergeleitet. Die Empfängerin hat
der Bekanntgabe ihrer neuen Adresse zugestimmt:

    anja.wolter@posteo.de

Der Umzugsservice endet am 31.01.2027. Danach werden Nachrichten an die
alte Adresse nicht mehr zugestellt. Bitte aktualisieren Sie Ihr Adressbuch.

Diese Benachrichtigung wurde automatisch erstellt. Antworten an diese
Adresse werden nicht gelesen.

kabelpost Mail - Kundenservice
'''),

    ('de', 'exchange-ooo-moving-house', 'automated', (),
'''Return-Path: <markus.hoffmann@brauer-logistik.de>
Received: from DEU01-FR2-obe.outbound.protection.outlook.com (mail-fr2deu01on2112.outbound.protection.outlook.com [40.107.135.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QrC9v3LtGz9sWn
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 08:47:26 +0100 (CET)
From: "Hoffmann, Markus" <markus.hoffmann@brauer-logistik.de>
To: Shop Example Datenschutz <privacy@shop.example.be>
Subject: Automatische Antwort: Ihr Antrag auf Datenauskunft (Az. DSR-2026-1444)
Thread-Topic: Ihr Antrag auf Datenauskunft (Az. DSR-2026-1444)
Thread-Index: AQHbT5q0c8vYk1Rw2EaTn4Lp7sXz0gAAAAAp
Date: Fri, 6 Nov 2026 07:47:23 +0000
Message-ID: <FR2P281MB2964A1B7C35E08D4F9E2B6C0D3442@FR2P281MB2964.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <dsr-2026-1444.1.b29d@privacy.shop.example.be>
References: <dsr-2026-1444.1.b29d@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

vielen Dank f=C3=BCr Ihre Nachricht. Wegen meines Umzugs bin ich bis einsch=
lie=C3=9Flich Freitag, 13.11.2026, nicht im B=C3=BCro und habe nur eingesch=
r=C3=A4nkt Zugriff auf meine E-Mails.

In dringenden F=C3=A4llen wenden Sie sich bitte an Frau Petra Lange (petra.=
lange@brauer-logistik.de, +49 231 5587-214).

Mit freundlichen Gr=C3=BC=C3=9Fen
Markus Hoffmann
'''),

    ('de', 'person-reply-above-birthday-mail-to-late-mother', 'deletion', (),
'''Return-Path: <sabine.krueger@web.de>
Received: from mout.web.de (mout.web.de [212.227.15.3])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QwB5k8RzNz9sXd
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 19:36:52 +0100 (CET)
Received: from [192.168.178.24] ([91.64.117.203]) by smtp.web.de (mrweb006
        [213.165.67.108]) with ESMTPSA (Nemesis) id 1MzCJx-1uVh7W0Q9p-00wKsT for
        <privacy@shop.example.be>; Wed, 11 Nov 2026 19:36:51 +0100
Message-ID: <7c3e1a58-2b9f-4d06-9e41-f5a8c2d07b36@web.de>
Date: Wed, 11 Nov 2026 19:36:50 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: privacy@shop.example.be
From: =?UTF-8?Q?Sabine_Kr=C3=BCger?= <sabine.krueger@web.de>
Subject: WG: Alles Gute zum Geburtstag, Ingrid!
References: <bday.6044091533781.20261111@news.shop.example.be>
In-Reply-To: <bday.6044091533781.20261111@news.shop.example.be>
X-Forwarded-Message-Id: <bday.6044091533781.20261111@news.shop.example.be>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

meine Mutter, Ingrid Krüger, ist am 2. Juli dieses Jahres verstorben. Ich 
kümmere mich noch um ihr E-Mail-Postfach, und heute lag dort die unten 
stehende Geburtstagsmail von Ihnen. Das war, ehrlich gesagt, kein 
schöner Moment.

Bitte löschen Sie das Kundenkonto meiner Mutter samt Kundenkarte (Nr. 
6044 0915 3378 12) und alle Daten, die Sie über sie gespeichert haben. 
Eine Kopie der Sterbeurkunde kann ich Ihnen gern schicken, falls nötig.

Mit freundlichen Grüßen
Sabine Krüger
Hauptstraße 41, 4700 Eupen


-------- Weitergeleitete Nachricht --------
Betreff:  Alles Gute zum Geburtstag, Ingrid!
Datum:  Wed, 11 Nov 2026 07:00:12 +0100
Von:  Shop Example <news@shop.example.be>
An:  ingrid.krueger@t-online.de



Liebe Ingrid,

heute ist Ihr Tag! Das ganze Team von Shop Example wünscht Ihnen alles 
Gute zum Geburtstag.

Als kleines Geschenk erhalten Sie 10 € Rabatt auf Ihren nächsten Einkauf 
- online oder in unseren Filialen. Ihr Code: BDAY-IK-7731, gültig bis 
30.11.2026.

Herzliche Grüße
Ihr Shop Example Team

Newsletter abbestellen | Datenschutz | Impressum
'''),

    ('de', 'person-parental-leave-signature-unsubscribe', 'withdraw_consent', (),
'''Return-Path: <jonas.becker@planwerk-ingenieure.de>
Received: from DEU01-BE0-obe.outbound.protection.outlook.com (mail-be0deu01on2090.outbound.protection.outlook.com [40.107.127.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QwV1h6KcTz9sVr
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 06:12:40 +0100 (CET)
From: Jonas Becker <jonas.becker@planwerk-ingenieure.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Newsletter + SMS abbestellen
Thread-Topic: Newsletter + SMS abbestellen
Thread-Index: AQHbVA7e1n3QxKv0Tm2Yc8RfLp5s9w==
Date: Thu, 12 Nov 2026 05:12:37 +0000
Message-ID: <BE1P281MB2310F7D4A8C92E1B05C6D3E7A9442@BE1P281MB2310.DEUP281.PROD.OUTLOOK.COM>
Accept-Language: de-DE
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hallo zusammen,

bitte nehmt mich aus eurem Newsletter raus und schickt mir auch keine
Angebots-SMS mehr (0176 4412 9083). Mit dem Baby gerade ist das einfach zu
viel Zeug auf dem Handy. Das Kundenkonto selbst kann bleiben.

Danke & Gruß
Jonas

Outlook für iOS beziehen

--
Jonas Becker
Projektleiter Tragwerksplanung

Planwerk Ingenieure GmbH | Aachener Str. 112 | 50674 Köln
Tel. +49 221 9934-61 | www.planwerk-ingenieure.de
Amtsgericht Köln HRB 81742 | Geschäftsführer: Dr. Ralf Simons

Bitte beachten Sie: Ich befinde mich vom 02.11.2026 bis 31.01.2027 in
Elternzeit. E-Mails an diese Adresse werden in dieser Zeit nicht gelesen
und nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
info@planwerk-ingenieure.de.

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
löschen Sie diese E-Mail.
'''),

    ('es', 'exchange-ooo-maternity-leave', 'automated', (),
'''Return-Path: <lucia.navarro@consultora-arbe.es>
Received: from EUR01-DB5-obe.outbound.protection.outlook.com (mail-db5eur01on2127.outbound.protection.outlook.com [40.107.15.127])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QsR4d0WmJz9sYp
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 16:03:58 +0100 (CET)
From: =?utf-8?Q?Luc=C3=ADa_Navarro_Gil?= <lucia.navarro@consultora-arbe.es>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Su_solicitud_de_acceso_(ref._DSR-2026-1446)?=
Thread-Topic: Su solicitud de acceso (ref. DSR-2026-1446)
Thread-Index: AQHbUA2k7tXn5Ys1R0cLfW3mGq8e1QAAAABk
Date: Fri, 6 Nov 2026 15:03:55 +0000
Message-ID: <DB9PR02MB8147E2C05A9D13F4B6A7E1D2C5442@DB9PR02MB8147.eurprd02.prod.outlook.com>
In-Reply-To: <dsr-2026-1446.1.47fc@privacy.shop.example.be>
References: <dsr-2026-1446.1.47fc@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Gracias por tu correo. Estoy de baja por maternidad hasta el 15 de febrero =
de 2027 y no consulto el correo durante este periodo.

Para temas urgentes del proyecto Ribera puedes escribir a =C3=8D=C3=B1igo S=
=C3=A1ez (inigo.saez@consultora-arbe.es). Para cualquier otro asunto, a inf=
o@consultora-arbe.es.

Un saludo,
Luc=C3=ADa Navarro
'''),

    ('es', 'deceased-suppression-file-update', 'automated', (),
'''Return-Path: <notificaciones-rebotes@datacenso.example>
Received: from envio4.datacenso.example (envio4.datacenso.example [198.51.100.214])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qn2Wq9CvBz9sXg
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 07:30:14 +0100 (CET)
From: DataCenso - Notificaciones <notificaciones@datacenso.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Actualizaci=C3=B3n_disponible:_fichero_de_supresi=C3=B3n?=
 =?utf-8?Q?_de_fallecidos_(octubre_2026)?=
Date: Tue, 03 Nov 2026 07:30:11 +0100
Message-ID: <notif.DC-SUP-00418.202610.1793687411@datacenso.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
Precedence: bulk
X-Auto-Response-Suppress: All

Estimado cliente:

Le informamos de que ya está disponible la actualización mensual del
fichero de supresión de fallecidos correspondiente a su contrato.

  Cliente:               Shop Example BV
  Contrato:              DC-SUP-00418
  Periodo:               01/10/2026 - 31/10/2026
  Registros nuevos:      2.184 (ES) / 311 (PT)
  Registros retirados:   7 (rectificaciones)
  Fichero:               SUP_FALLEC_202610_DC-SUP-00418.zip (cifrado AES-256)

Puede descargar el fichero desde su área privada durante 15 días. La
contraseña se envía por SMS al contacto técnico registrado.

Le recordamos que, según la cláusula 5 del contrato, los datos del fichero
solo pueden utilizarse para excluir registros de sus comunicaciones
comerciales.

Este mensaje se ha generado automáticamente. Por favor, no responda a este
correo.

DataCenso Servicios de Calidad de Datos, S.L.
'''),

    ('es', 'sieve-autoreply-address-no-longer-used-moved', 'automated', (),
'''Return-Path: <pablo.herrera@telefonica.net>
Received: from smtp-out3.telefonica.net (smtp-out3.telefonica.net [86.109.101.203])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QvK8f2NyHz9sWd
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 17:54:31 +0100 (CET)
Received: from webmail.telefonica.net (localhost [127.0.0.1])
        by smtp-out3.telefonica.net (Postfix) with ESMTP id 6D0E9B2217
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 17:54:30 +0100 (CET)
From: Pablo Herrera <pablo.herrera@telefonica.net>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Auto:_Confirmaci=C3=B3n_de_su_solicitud_(ref._DSR-2026-1450)?=
Date: Tue, 10 Nov 2026 17:54:30 +0100
Message-ID: <sieve.1794329670.6D0E9B2217@telefonica.net>
In-Reply-To: <dsr-2026-1450.1.2e88@privacy.shop.example.be>
References: <dsr-2026-1450.1.2e88@privacy.shop.example.be>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola,

Esta dirección de correo ya no se consulta. Me he mudado a Bruselas y he
dado de baja la línea de Movistar, así que a partir de ahora escribidme a:

    pablo.herrera.m@gmail.com

Los mensajes que lleguen aquí no se reenvían.

Gracias y perdona las molestias.
Pablo

(Respuesta automática)
'''),

    ('es', 'person-thanks-received-from-phone', 'other', (),
'''Return-Path: <carmenortega.r@gmail.com>
Received: from mail-ed1-f45.google.com (mail-ed1-f45.google.com [209.85.208.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QwX3t5FqLz9sYb
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 18:40:27 +0100 (CET)
Received: by mail-ed1-f45.google.com with SMTP id 4fb4d7f45d1cf-64a9e0c27b1so51823a12.2
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:40:26 -0800 (PST)
Message-ID: <6734b1e2.7a0c0220.3f91d.4c1e@mx.google.com>
Date: Thu, 12 Nov 2026 18:40:23 +0100
From: Carmen Ortega <carmenortega.r@gmail.com>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: =?utf-8?Q?RE:_Confirmaci=C3=B3n:_hemos_eliminado_sus_datos_(ref._DSR-2026-1398)?=
In-Reply-To: <dsr-2026-1398.4.91bd@privacy.shop.example.be>
References: <dsr-2026-1398.4.91bd@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Recibido, muchas gracias por la rapidez.

Un saludo,
Carmen



Enviado desde mi smartphone Samsung Galaxy.


-------- Mensaje original --------
De: Shop Example Privacy Team <privacy@shop.example.be>
Fecha: 12/11/26 10:14 (GMT+01:00)
A: carmenortega.r@gmail.com
Asunto: Confirmación: hemos eliminado sus datos (ref. DSR-2026-1398)

Estimada Sra. Ortega:

Le confirmamos que hemos atendido su solicitud de supresión. Su cuenta de
cliente y su tarjeta de fidelización se han cerrado y sus datos personales
se han eliminado de nuestros sistemas, salvo las facturas, que la ley nos
obliga a conservar durante 7 años.

Atentamente,
Equipo de Privacidad - Shop Example BV
'''),

    ('it', 'dsn-mailbox-disabled-inactivity-with-original', 'automated', (),
'''Return-Path: <>
Received: from mx-in1.postaweb.it (mx-in1.postaweb.it [198.51.100.35])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qpf0Tz6hCz9sWm
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 15:08:44 +0100 (CET)
Received: by mx-in1.postaweb.it (Postfix)
        id 2C4B81E09F7; Wed,  4 Nov 2026 15:08:43 +0100 (CET)
Date: Wed,  4 Nov 2026 15:08:43 +0100 (CET)
From: MAILER-DAEMON@mx-in1.postaweb.it (Sistema di posta postaweb.it)
Subject: Messaggio non recapitato: Re: La sua richiesta di rettifica (rif. DSR-2026-1436)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="2C4B81E09F7.1793801323/mx-in1.postaweb.it"
Content-Transfer-Encoding: 8bit
Message-Id: <20261104140843.2C4B81E09F7@mx-in1.postaweb.it>

This is a MIME-encapsulated message.

--2C4B81E09F7.1793801323/mx-in1.postaweb.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Questo è un messaggio generato automaticamente dal sistema di posta di
postaweb.it.

Non è stato possibile recapitare il messaggio ai seguenti destinatari:

    giulia.ferrante@postaweb.it

Motivo: la casella di posta del destinatario è stata disattivata per
inattività prolungata (nessun accesso da oltre 12 mesi).

Il messaggio originale è allegato. Non rispondere a questo messaggio.

--2C4B81E09F7.1793801323/mx-in1.postaweb.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in1.postaweb.it
X-Postfix-Queue-ID: 2C4B81E09F7
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed,  4 Nov 2026 15:08:41 +0100 (CET)

Final-Recipient: rfc822; giulia.ferrante@postaweb.it
Original-Recipient: rfc822;giulia.ferrante@postaweb.it
Action: failed
Status: 5.2.1
Diagnostic-Code: X-Postfix; casella disattivata per inattivita' / mailbox
    disabled

--2C4B81E09F7.1793801323/mx-in1.postaweb.it
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.30])
        by mx-in1.postaweb.it (Postfix) with ESMTPS id 2C4B81E09F7
        for <giulia.ferrante@postaweb.it>; Wed,  4 Nov 2026 15:08:41 +0100 (CET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Giulia Ferrante <giulia.ferrante@postaweb.it>
Subject: Re: La sua richiesta di rettifica (rif. DSR-2026-1436)
Date: Wed, 4 Nov 2026 15:08:38 +0100
Message-ID: <dsr-2026-1436.3.d05e@privacy.shop.example.be>
In-Reply-To: <1f0c9a7e-55b2-4e1d-8a3c-7d2e9b41f6a0@gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gentile Sig.ra Ferrante,

abbiamo aggiornato il Suo cognome e il Suo indirizzo come richiesto. Come
da Sua indicazione, Le scriviamo anche al vecchio indirizzo e-mail per
conferma.

Cordiali saluti,
Team Privacy - Shop Example BV

--2C4B81E09F7.1793801323/mx-in1.postaweb.it--
'''),

    ('it', 'thunderbird-read-receipt-mdn', 'automated', (),
'''Return-Path: <davide.russo@fastwebnet.it>
Received: from smtp.fastwebnet.it (smtp.fastwebnet.it [62.101.93.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QsY2m7RwKz9sXc
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 21:14:09 +0100 (CET)
Message-ID: <e9d41c7a-3b05-48f2-a6e1-0c5f72b8d913@fastwebnet.it>
Date: Fri, 6 Nov 2026 21:14:06 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Davide Russo <davide.russo@fastwebnet.it>
To: Shop Example Privacy Team <privacy@shop.example.be>
Subject: Ricevuta di ritorno (visualizzato) - Nuovo indirizzo registrato (rif.
 DSR-2026-1449)
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------xK3v0sP1lQ8mN2aR7cYd4Tz6"

This is a multi-part message in MIME format.
--------------xK3v0sP1lQ8mN2aR7cYd4Tz6
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Questa è una ricevuta di ritorno per il messaggio che hai inviato a 
Davide Russo <davide.russo@fastwebnet.it>.

Nota: questa ricevuta conferma solo che il messaggio è stato visualizzato 
sul computer del destinatario. Non vi è alcuna garanzia che il 
destinatario abbia letto o compreso il contenuto del messaggio.

--------------xK3v0sP1lQ8mN2aR7cYd4Tz6
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: fastwebnet.it; Mozilla Thunderbird
Final-Recipient: rfc822;davide.russo@fastwebnet.it
Original-Message-ID: <dsr-2026-1449.2.9e4b@privacy.shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------xK3v0sP1lQ8mN2aR7cYd4Tz6
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Return-Path: <privacy@shop.example.be>
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Davide Russo <davide.russo@fastwebnet.it>
Subject: Nuovo indirizzo registrato (rif. DSR-2026-1449)
Date: Fri, 6 Nov 2026 17:40:12 +0100
Message-ID: <dsr-2026-1449.2.9e4b@privacy.shop.example.be>
Disposition-Notification-To: privacy@shop.example.be
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--------------xK3v0sP1lQ8mN2aR7cYd4Tz6--
'''),

    ('it', 'pec-mailbox-rejects-ordinary-mail', 'automated', (),
'''Return-Path: <posta-certificata@pec.legalposta.it>
Received: from smtp-out.pec.legalposta.it (smtp-out.pec.legalposta.it [198.51.100.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4Qs0Nd3GbXz9sWf
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:47:24 +0100 (CET)
From: posta-certificata@pec.legalposta.it
To: privacy@shop.example.be
Subject: AVVISO DI NON ACCETTAZIONE: Re: Cambio di indirizzo di residenza (rif. DSR-2026-1447)
Date: Fri, 6 Nov 2026 11:47:21 +0100
Message-ID: <opec21044.20261106114721.31877.07.1.53@pec.legalposta.it>
X-Riferimento-Message-ID: <dsr-2026-1447.2.61aa@privacy.shop.example.be>
X-Ricevuta: non-accettazione
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Il messaggio inviato da privacy@shop.example.be al destinatario

    studio.marchetti@pec.legalposta.it

in data 06/11/2026 alle ore 11:47:19 (+0100), con oggetto
"Re: Cambio di indirizzo di residenza (rif. DSR-2026-1447)",

non è stato accettato: la casella di destinazione è una casella di Posta
Elettronica Certificata configurata per ricevere esclusivamente messaggi
provenienti da altre caselle PEC.

Identificativo messaggio: <dsr-2026-1447.2.61aa@privacy.shop.example.be>

Messaggio generato automaticamente dal gestore di posta certificata
LegalPosta S.p.A. Non rispondere a questo indirizzo.
'''),

    ('it', 'person-quotes-bounce-from-our-server-complains', 'complaint', ('access',),
'''Return-Path: <francesca.galli82@libero.it>
Received: from smtp-31.iol.local (smtp-31.libero.it [213.209.10.31])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QxD6p1VtMz9sYk
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 09:26:55 +0100 (CET)
Date: Fri, 13 Nov 2026 09:26:52 +0100 (CET)
From: Francesca Galli <francesca.galli82@libero.it>
To: privacy@shop.example.be
Message-ID: <1638402117.1184920.1794472012733@mail1.libero.it>
Subject: Richiesta di accesso ai dati - TERZO invio, ancora nessuna risposta
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
X-Priority: 3
Importance: Normal

Buongiorno,

vi scrivo per la terza volta. Il 1° ottobre ho chiesto, ai sensi dell'art. 15
del GDPR, una copia dei dati personali che avete su di me (account cliente,
carta fedeltà e app). Il messaggio mi è tornato indietro con l'avviso che
copio qui sotto. Il 7 ottobre ho riprovato con il modulo sul vostro sito:
nessuna conferma, nessuna risposta.

Sono passati più di 40 giorni. Non mi sembra un modo serio di gestire una
richiesta del genere. Vi chiedo quindi, di nuovo, di inviarmi la copia dei
miei dati e di dirmi con chi li avete condivisi. Se entro due settimane non
avrò notizie, presenterò reclamo all'autorità per la protezione dei dati.

Francesca Galli
Via Cibrario 58, 10144 Torino
carta fedeltà n. 6044 2210 4719 05


----- Messaggio inoltrato -----
Da: Mail Delivery System <MAILER-DAEMON@libero.it>
A: francesca.galli82@libero.it
Data: 1 ottobre 2026 alle 21:12
Oggetto: Messaggio non recapitato

Il tuo messaggio per privacy@shop.example.be non è stato recapitato.

Il server remoto ha risposto:
    mx1.shop.example.be[192.0.2.25] said: 552 5.2.2 <privacy@shop.example.be>:
    Recipient address rejected: mailbox full (in reply to RCPT TO command)

Oggetto del messaggio originale: Richiesta di accesso ai miei dati personali
'''),

    ('pt', 'exchange-ooo-licenca-parental', 'automated', (),
'''Return-Path: <sofia.mendes@ramos-associados.pt>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2131.outbound.protection.outlook.com [40.107.20.131])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QtB1c8JpWz9sVm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:04:54 +0100 (CET)
From: Sofia Mendes <sofia.mendes@ramos-associados.pt>
To: Shop Example Privacy <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_O_seu_pedido_de_portabilidade_(ref._DSR-2026-1452)?=
Thread-Topic: O seu pedido de portabilidade (ref. DSR-2026-1452)
Thread-Index: AQHbUr4c0m7Fq2Wk9YtN3hXv5Ld8aQAAAABc
Date: Mon, 9 Nov 2026 10:04:51 +0000
Message-ID: <PA4PR08MB6061B9E2D04C7A35F18E2A6D0F442@PA4PR08MB6061.eurprd08.prod.outlook.com>
In-Reply-To: <dsr-2026-1452.1.6f03@privacy.shop.example.be>
References: <dsr-2026-1452.1.6f03@privacy.shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Obrigada pelo seu contacto. Encontro-me de licen=C3=A7a parental at=C3=A9 8=
 de janeiro de 2027, sem acesso ao correio eletr=C3=B3nico.

Para assuntos urgentes, por favor contacte a minha colega In=C3=AAs Tavares=
 (ines.tavares@ramos-associados.pt). O seu e-mail n=C3=A3o ser=C3=A1 reenca=
minhado.

Com os melhores cumprimentos,
Sofia Mendes
'''),

    ('pt', 'dsn-account-deactivated-at-holder-request', 'automated', (),
'''Return-Path: <>
Received: from mx2.portonet.pt (mx2.portonet.pt [198.51.100.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QvP7s4DkNz9sXq
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:21:37 +0100 (CET)
Received: by mx2.portonet.pt (Postfix)
        id 91D3F6A02B; Tue, 10 Nov 2026 09:21:36 +0000 (WET)
Date: Tue, 10 Nov 2026 09:21:36 +0000 (WET)
From: MAILER-DAEMON@mx2.portonet.pt (Sistema de Correio portonet.pt)
Subject: =?utf-8?Q?Mensagem_n=C3=A3o_entregue:_Confirma=C3=A7=C3=A3o_da_altera=C3=A7?=
 =?utf-8?Q?=C3=A3o_de_morada_(ref._DSR-2026-1448)?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="91D3F6A02B.1794302496/mx2.portonet.pt"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110092136.91D3F6A02B@mx2.portonet.pt>

This is a MIME-encapsulated message.

--91D3F6A02B.1794302496/mx2.portonet.pt
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Esta é uma mensagem automática do servidor de correio portonet.pt.

Não foi possível entregar a sua mensagem ao seguinte destinatário:

    tiago.lourenco@portonet.pt

A conta de correio foi desativada a pedido do titular (cancelamento do
serviço). Não existe endereço de reencaminhamento.

Por favor, não responda a esta mensagem.

--91D3F6A02B.1794302496/mx2.portonet.pt
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.portonet.pt
X-Postfix-Queue-ID: 91D3F6A02B
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:21:35 +0000 (WET)

Final-Recipient: rfc822; tiago.lourenco@portonet.pt
Original-Recipient: rfc822;tiago.lourenco@portonet.pt
Action: failed
Status: 5.1.1
Diagnostic-Code: X-Postfix; account deactivated (service cancelled by holder)

--91D3F6A02B.1794302496/mx2.portonet.pt
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mail-out.shop.example.be (mail-out.shop.example.be [192.0.2.30])
        by mx2.portonet.pt (Postfix) with ESMTPS id 91D3F6A02B
        for <tiago.lourenco@portonet.pt>; Tue, 10 Nov 2026 09:21:35 +0000 (WET)
From: Shop Example Privacy Team <privacy@shop.example.be>
To: Tiago Lourenco <tiago.lourenco@portonet.pt>
Subject: =?utf-8?Q?Confirma=C3=A7=C3=A3o_da_altera=C3=A7=C3=A3o_de_morada_(ref._DSR-2026-1448)?=
Date: Tue, 10 Nov 2026 10:21:33 +0100
Message-ID: <dsr-2026-1448.2.c7e1@privacy.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--91D3F6A02B.1794302496/mx2.portonet.pt--
'''),

    ('pt', 'challenge-response-antispam-br', 'automated', (),
'''Return-Path: <antispam-noreply@provedorbr.com.br>
Received: from as-out2.provedorbr.com.br (as-out2.provedorbr.com.br [198.51.100.241])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QwZ9k2HsRz9sWc
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 15:20:08 +0100 (CET)
From: "AntiSpam provedorbr - Renata Alves" <antispam-noreply@provedorbr.com.br>
To: privacy@shop.example.be
Subject: Confirme o envio da sua mensagem para renata.alves@provedorbr.com.br
Date: Thu, 12 Nov 2026 11:20:05 -0300
Message-ID: <as-8f2c41e7b09a4d3c.1794492005@antispam.provedorbr.com.br>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied
Precedence: junk
X-AntiSpam-Challenge: 8f2c41e7b09a4d3c

Olá,

Eu uso o AntiSpam do provedorbr, um serviço que me protege do recebimento
de mensagens indesejadas.

Sua mensagem "Sua solicitação de exclusão (ref. DSR-2026-1455)" foi retida
e só será entregue depois que você confirmar o envio.

Para confirmar, clique no link abaixo e digite os caracteres que aparecem
na imagem:

https://antispam.provedorbr.com.br/confirmar?id=8f2c41e7b09a4d3c

Você só precisa fazer isso uma vez. Depois da confirmação, as próximas
mensagens enviadas por privacy@shop.example.be serão entregues diretamente.

Se a confirmação não for feita em 7 dias, a mensagem será apagada.

Renata Alves

--
Esta é uma mensagem automática. Não responda a este e-mail.
'''),

    ('pt', 'person-iphone-and-disclaimer-moving-abroad-delete', 'deletion', (),
'''Return-Path: <rui.carvalho@lusotrans.pt>
Received: from mail.lusotrans.pt (mail.lusotrans.pt [198.51.100.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4QxF2w7BnTz9sVh
        for <privacy@shop.example.be>; Fri, 13 Nov 2026 08:15:41 +0100 (CET)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Rui Carvalho <rui.carvalho@lusotrans.pt>
Mime-Version: 1.0 (1.0)
Subject: Apagar conta
Date: Fri, 13 Nov 2026 08:15:33 +0100
Message-Id: <5E8B1C2D-7A93-4F0E-B6D4-19C3A8E2F057@lusotrans.pt>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B91)

Bom dia,

Vou mudar-me para Montreal no fim do m=C3=AAs e n=C3=A3o vou voltar a compr=
ar na vossa loja. Pe=C3=A7o que apaguem a minha conta de cliente (n.=C2=BA =
884 310) e todos os meus dados pessoais, incluindo o cart=C3=A3o de cliente=
 e a conta na app.

Obrigado,
Rui Carvalho

Enviado do meu iPhone

________________________________
AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos s=
=C3=A3o confidenciais e destinam-se exclusivamente ao destinat=C3=A1rio ind=
icado. Se recebeu esta mensagem por engano, por favor informe o remetente e=
 apague-a. LusoTrans - Transportes e Log=C3=ADstica, S.A.
'''),
]

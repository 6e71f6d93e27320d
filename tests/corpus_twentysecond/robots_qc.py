"""Twenty-second set, robot mail of classic MTAs and auto-responders, and people who look like them (en nl fr de es it pt). Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-dsn-user-unknown', 'automated', (), '''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mail.kabelnet-mail.be (mail.kabelnet-mail.be [198.51.100.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Q7kV03s1Jz9sT
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:14:22 +0100 (CET)
Received: by mail.kabelnet-mail.be (Postfix)
	id 8D0F23F0A2; Tue, 10 Nov 2026 09:14:22 +0100 (CET)
Date: Tue, 10 Nov 2026 09:14:22 +0100 (CET)
From: MAILER-DAEMON@mail.kabelnet-mail.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8D0F23F0A2.1762762462/mail.kabelnet-mail.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261110081422.8D0F23F0A2@mail.kabelnet-mail.be>

This is a MIME-encapsulated message.

--8D0F23F0A2.1762762462/mail.kabelnet-mail.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.kabelnet-mail.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jan.peeters@kabelnet-mail.be>: host
    mbox3.kabelnet-mail.be[10.1.7.33] said: 550 5.1.1
    <jan.peeters@kabelnet-mail.be>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--8D0F23F0A2.1762762462/mail.kabelnet-mail.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.kabelnet-mail.be
X-Postfix-Queue-ID: 8D0F23F0A2
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:14:20 +0100 (CET)

Final-Recipient: rfc822; jan.peeters@kabelnet-mail.be
Original-Recipient: rfc822;jan.peeters@kabelnet-mail.be
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox3.kabelnet-mail.be
Diagnostic-Code: smtp; 550 5.1.1 <jan.peeters@kabelnet-mail.be>: Recipient
    address rejected: User unknown in virtual mailbox table

--8D0F23F0A2.1762762462/mail.kabelnet-mail.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app02.shop.example.be (app02.shop.example.be [10.20.4.12])
	(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))
	(No client certificate requested)
	by smtp.shop.example.be (Postfix) with ESMTPS id 4Q7kTz1HxWz9sQ
	for <jan.peeters@kabelnet-mail.be>; Tue, 10 Nov 2026 09:14:19 +0100 (CET)
Date: Tue, 10 Nov 2026 09:14:19 +0100
From: Privacyteam Shop <privacy@shop.example.be>
To: Jan Peeters <jan.peeters@kabelnet-mail.be>
Subject: Re: inzage in mijn gegevens [PRV-2026-01187]
Message-ID: <prv-2026-01187.2.1762762459@shop.example.be>
In-Reply-To: <CAJx9Lr2u0=Pq1hVg@mail.kabelnet-mail.be>
References: <CAJx9Lr2u0=Pq1hVg@mail.kabelnet-mail.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Beste heer Peeters,

Wij hebben uw verzoek om inzage in uw persoonsgegevens goed ontvangen
(referentie PRV-2026-01187).

Om te vermijden dat wij uw gegevens aan iemand anders bezorgen, vragen wij
u eerst uw identiteit te bevestigen. Klik binnen 7 dagen op de onderstaande
link; u wordt dan gevraagd in te loggen op uw klantenaccount:

  https://shop.example.be/privacy/bevestig/7Hk2-Qw9P-x3Lm

Zodra uw identiteit bevestigd is, bezorgen wij u binnen een maand een kopie
van de persoonsgegevens die wij over u bewaren (artikel 15 AVG).

Hebt u dit verzoek niet zelf ingediend? Dan hoeft u niets te doen.

Met vriendelijke groeten,
Het privacyteam van Shop
privacy@shop.example.be

--8D0F23F0A2.1762762462/mail.kabelnet-mail.be--
'''),
    ('en', 'postfix-delay-greylist', 'automated', (), '''Return-Path: <>
Received: by smtp.shop.example.be (Postfix)
	id 4Q9Fh21vZbz9sV; Fri, 13 Nov 2026 15:31:07 +0100 (CET)
Date: Fri, 13 Nov 2026 15:31:07 +0100 (CET)
From: MAILER-DAEMON@smtp.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Q9CJ55c3Tz9sR.1763044267/smtp.shop.example.be"
Content-Transfer-Encoding: 7bit
Message-Id: <4Q9Fh21vZbz9sV@smtp.shop.example.be>

This is a MIME-encapsulated message.

--4Q9CJ55c3Tz9sR.1763044267/smtp.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host smtp.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<v.lambert@ateliers-lambert.fr>: host mx.ateliers-lambert.fr[203.0.113.61]
    said: 450 4.2.0 <v.lambert@ateliers-lambert.fr>: Recipient address
    rejected: Greylisted, see http://postgrey.schweikert.ch/help/ateliers-lambert.fr.html
    (in reply to RCPT TO command)

--4Q9CJ55c3Tz9sR.1763044267/smtp.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.shop.example.be
X-Postfix-Queue-ID: 4Q9CJ55c3Tz9sR
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 13 Nov 2026 11:28:45 +0100 (CET)

Final-Recipient: rfc822; v.lambert@ateliers-lambert.fr
Original-Recipient: rfc822;v.lambert@ateliers-lambert.fr
Action: delayed
Status: 4.2.0
Remote-MTA: dns; mx.ateliers-lambert.fr
Diagnostic-Code: smtp; 450 4.2.0 <v.lambert@ateliers-lambert.fr>: Recipient
    address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/ateliers-lambert.fr.html
Will-Retry-Until: Wed, 18 Nov 2026 11:28:45 +0100 (CET)

--4Q9CJ55c3Tz9sR.1763044267/smtp.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.4.11])
	by smtp.shop.example.be (Postfix) with ESMTPS id 4Q9CJ55c3Tz9sR
	for <v.lambert@ateliers-lambert.fr>; Fri, 13 Nov 2026 11:28:45 +0100 (CET)
Date: Fri, 13 Nov 2026 11:28:44 +0100
From: =?utf-8?Q?Service_protection_des_donn=C3=A9es?= <privacy@shop.example.be>
To: =?utf-8?Q?Val=C3=A9rie_Lambert?= <v.lambert@ateliers-lambert.fr>
Subject: =?utf-8?Q?Re:_Droit_d'acc=C3=A8s_=E2=80=93_v=C3=A9rification_de_votre_id?=
 =?utf-8?Q?entit=C3=A9_[PRV-2026-01219]?=
Message-ID: <prv-2026-01219.2.1763029724@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--4Q9CJ55c3Tz9sR.1763044267/smtp.shop.example.be--
'''),
    ('nl', 'postfix-template-nl-overquota', 'automated', (), '''Return-Path: <>
Received: from relay2.hostingbe.example (relay2.hostingbe.example [198.51.100.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QA0m46Fgyz9sT
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 08:02:55 +0100 (CET)
Received: by relay2.hostingbe.example (Postfix)
	id 6A1F4C0312; Sat, 14 Nov 2026 08:02:55 +0100 (CET)
Date: Sat, 14 Nov 2026 08:02:55 +0100 (CET)
From: MAILER-DAEMON@relay2.hostingbe.example (Mailsysteem HostingBE)
Subject: Onbestelbaar bericht teruggestuurd naar afzender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6A1F4C0312.1763103775/relay2.hostingbe.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20261114070255.6A1F4C0312@relay2.hostingbe.example>

This is a MIME-encapsulated message.

--6A1F4C0312.1763103775/relay2.hostingbe.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dit is het mailsysteem van relay2.hostingbe.example.

Uw bericht kon helaas niet worden afgeleverd bij een of meer
geadresseerden. Het bericht zit als bijlage bij deze melding.

De mailbox van de geadresseerde is vol. Vraag de geadresseerde
ruimte vrij te maken of probeer het later opnieuw.

Voor verdere hulp kunt u mailen naar postmaster@hostingbe.example.
Vermeld dan altijd deze foutmelding.

                   Het mailsysteem

<info@tuincentrum-vandamme.be>: maildrop: maildir over quota.

--6A1F4C0312.1763103775/relay2.hostingbe.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.hostingbe.example
X-Postfix-Queue-ID: 6A1F4C0312
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Sat, 14 Nov 2026 08:02:54 +0100 (CET)

Final-Recipient: rfc822; info@tuincentrum-vandamme.be
Original-Recipient: rfc822;info@tuincentrum-vandamme.be
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--6A1F4C0312.1763103775/relay2.hostingbe.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from smtp.shop.example.be (smtp.shop.example.be [192.0.2.25])
	by relay2.hostingbe.example (Postfix) with ESMTPS id 6A1F4C0312
	for <info@tuincentrum-vandamme.be>; Sat, 14 Nov 2026 08:02:54 +0100 (CET)
Date: Sat, 14 Nov 2026 08:02:53 +0100
From: Privacyteam Shop <privacy@shop.example.be>
To: info@tuincentrum-vandamme.be
Subject: Verzoek tot verwijdering van persoonsgegevens van een klant (art. 17 AVG)
Message-ID: <prv-2026-01227.fwd.1763103773@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--6A1F4C0312.1763103775/relay2.hostingbe.example--
'''),
    ('en', 'exim-bounce-export', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Thu, 12 Nov 2026 14:02:58 +0100
Received: from mailnull by mx3.webhost-mail.be with local (Exim 4.98)
	id 1vJ5rG-0007Qd-1X
	for privacy@shop.example.be;
	Thu, 12 Nov 2026 14:02:58 +0100
X-Failed-Recipients: sofie.deman@webhost-mail.be
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx3.webhost-mail.be>
To: privacy@shop.example.be
References: <prv-2026-01203.4.1762952570@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1762952578-eximdsn-1714636915
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1vJ5rG-0007Qd-1X@mx3.webhost-mail.be>
Date: Thu, 12 Nov 2026 14:02:58 +0100

--1762952578-eximdsn-1714636915
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  sofie.deman@webhost-mail.be
    mailbox is full: retry timeout exceeded

--1762952578-eximdsn-1714636915
Content-type: message/delivery-status

Reporting-MTA: dns; mx3.webhost-mail.be

Action: failed
Final-Recipient: rfc822;sofie.deman@webhost-mail.be
Status: 5.0.0

--1762952578-eximdsn-1714636915
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from app01.shop.example.be (app01.shop.example.be [10.20.4.11])
	by smtp.shop.example.be (Postfix) with ESMTPS id 4Q8C2m0bKjz9sQ
	for <sofie.deman@webhost-mail.be>; Thu, 12 Nov 2026 14:02:51 +0100 (CET)
Date: Thu, 12 Nov 2026 14:02:50 +0100
From: Shop Privacy Team <privacy@shop.example.be>
To: Sofie De Man <sofie.deman@webhost-mail.be>
Subject: Your copy of your personal data [PRV-2026-01203]
Message-ID: <prv-2026-01203.4.1762952570@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_prv_7e1c0b2a9d"

This is a multi-part message in MIME format.

--=_prv_7e1c0b2a9d
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dear Ms De Man,

Thank you for confirming your identity. As you asked, you will find attached
a copy of the personal data we hold about you (Article 15 GDPR), in JSON
format, so that you can also take it to another provider (Article 20 GDPR).

The file contains your account details, your delivery addresses, your
loyalty card number, your newsletter subscription and your order history
of the last seven years.

If anything in it is wrong, just reply to this e-mail and we will correct i=
t.

Kind regards,
The Shop privacy team

--=_prv_7e1c0b2a9d
Content-Type: application/json; name="data-export-PRV-2026-01203.json"
Content-Disposition: attachment; filename="data-export-PRV-2026-01203.json"
Content-Transfer-Encoding: base64

ewogICJjdXN0b21lcl9pZCI6ICJDLTAwNDgyMTMiLAogICJuYW1lIjogIlNvZmllIERlIE1hbiIs
CiAgImVtYWlsIjogInNvZmllLmRlbWFuQHdlYmhvc3QtbWFpbC5iZSIsCiAgImxveWFsdHlfY2Fy
ZCI6ICIyNzAwIDExNDQgOTAzMiIsCiAgIm5ld3NsZXR0ZXIiOiB7InN1YnNjcmliZWQiOiB0cnVl
LCAic2luY2UiOiAiMjAyMS0wMy0xNCJ9LAogICJhZGRyZXNzZXMiOiBbeyJzdHJlZXQiOiAiS2Vy
a3N0cmFhdCAxMiIsICJwb3N0Y29kZSI6ICI5MDAwIiwgImNpdHkiOiAiR2VudCJ9XSwKICAib3Jk
ZXJzIjogWwogICAgeyJpZCI6ICJPLTIwMjUtNTUxMjAiLCAiZGF0ZSI6ICIyMDI1LTA2LTAyIiwg
InRvdGFsIjogODkuOTV9LAogICAgeyJpZCI6ICJPLTIwMjYtMTA0MzMiLCAiZGF0ZSI6ICIyMDI2
LTA0LTE4IiwgInRvdGFsIjogMjE0LjEwfQogIF0KfQo=

--=_prv_7e1c0b2a9d--

--1762952578-eximdsn-1714636915--
'''),
    ('de', 'exim-plain-de', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Tue, 17 Nov 2026 11:47:03 +0100
Received: from Debian-exim by mail.gartenbau-schulte.de with local (Exim 4.96)
	id 1vKs0d-0002Fx-0k
	for privacy@shop.example.be; Tue, 17 Nov 2026 11:47:03 +0100
X-Failed-Recipients: bestellung@gartenbau-schulte.de
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.gartenbau-schulte.de>
To: privacy@shop.example.be
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
MIME-Version: 1.0
Subject: =?utf-8?Q?Unzustellbare_Nachricht_=E2=80=93_zur=C3=BCck_an_den_Absender?=
Message-Id: <E1vKs0d-0002Fx-0k@mail.gartenbau-schulte.de>
Date: Tue, 17 Nov 2026 11:47:03 +0100

Diese Nachricht wurde automatisch von der Mail-Software erstellt.

Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere
Empfänger nicht zugestellt werden. Dies ist ein dauerhafter Fehler.
Die folgende(n) Adresse(n) ist/sind fehlgeschlagen:

  bestellung@gartenbau-schulte.de
    Das Postfach ist deaktiviert. (mailbox disabled)

------ Dies ist eine Kopie der Nachricht einschließlich aller Header. ------

Return-path: <privacy@shop.example.be>
Received: from smtp.shop.example.be ([192.0.2.25])
	by mail.gartenbau-schulte.de with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96)
	(envelope-from <privacy@shop.example.be>)
	id 1vKs0c-0002Fn-3A
	for bestellung@gartenbau-schulte.de; Tue, 17 Nov 2026 11:47:02 +0100
Date: Tue, 17 Nov 2026 11:47:01 +0100
From: Shop Datenschutz <privacy@shop.example.be>
To: bestellung@gartenbau-schulte.de
Subject: Auftragsverarbeitung: Bitte Daten eines Kunden sperren (Art. 18 DSGVO)
Message-ID: <prv-2026-01252.fwd.1763376421@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

ein Kunde hat die Einschränkung der Verarbeitung seiner Daten verlangt
(Art. 18 DSGVO). Als unser Auftragsverarbeiter für Lieferungen bitten wir
Sie, die Daten zur Kundennummer C-0051377 ab sofort nicht mehr zu
verwenden, sie aber bis auf Weiteres aufzubewahren.

Bitte bestätigen Sie uns dies kurz per E-Mail.

Mit freundlichen Grüßen
Datenschutz-Team Shop
'''),
    ('en', 'exim-delay-warning', 'automated', (), '''Return-path: <>
Envelope-to: privacy@shop.example.be
Delivery-date: Wed, 18 Nov 2026 07:12:40 +0000
Received: from mailnull by relay.mailhost-uk.example with local (Exim 4.97.1)
	id 1vLB2a-00A1bc-0F
	for privacy@shop.example.be;
	Wed, 18 Nov 2026 07:12:40 +0000
X-Failed-Recipients: d.hughes@hughes-landscaping.co.uk
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.mailhost-uk.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1763449960-eximdsn-846930886
MIME-Version: 1.0
Subject: Warning: message 1vKoTc-009XwQ-2d delayed 24 hours
Message-Id: <E1vLB2a-00A1bc-0F@relay.mailhost-uk.example>
Date: Wed, 18 Nov 2026 07:12:40 +0000

--1763449960-eximdsn-846930886
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on relay.mailhost-uk.example.

The message identifier is:     1vKoTc-009XwQ-2d
The subject of the message is: Re: Please delete my account and all my data
The date of the message is:    Tue, 17 Nov 2026 08:10:21 +0100

The address to which the message has not yet been delivered is:

  d.hughes@hughes-landscaping.co.uk
    host mail.hughes-landscaping.co.uk [203.0.113.118]
    Delay reason: SMTP error from remote mail server after RCPT TO:<d.hughes@hughes-landscaping.co.uk>:
    452 4.2.2 Mailbox full

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1763449960-eximdsn-846930886
Content-type: message/delivery-status

Reporting-MTA: dns; relay.mailhost-uk.example

Action: delayed
Final-Recipient: rfc822;d.hughes@hughes-landscaping.co.uk
Status: 4.0.0
Remote-MTA: dns; mail.hughes-landscaping.co.uk
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Sat, 21 Nov 2026 07:10:21 +0000

--1763449960-eximdsn-846930886
Content-type: text/rfc822-headers

Return-path: <privacy@shop.example.be>
Received: from smtp.shop.example.be ([192.0.2.25])
	by relay.mailhost-uk.example with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97.1)
	(envelope-from <privacy@shop.example.be>)
	id 1vKoTc-009XwQ-2d
	for d.hughes@hughes-landscaping.co.uk;
	Tue, 17 Nov 2026 07:10:22 +0000
Date: Tue, 17 Nov 2026 08:10:21 +0100
From: Shop Privacy Team <privacy@shop.example.be>
To: David Hughes <d.hughes@hughes-landscaping.co.uk>
Subject: Re: Please delete my account and all my data
Message-ID: <prv-2026-01248.2.1763363421@shop.example.be>
In-Reply-To: <LO2P265MB5047A1C3D0B2E1F9C1D6B2A8C1@LO2P265MB5047.GBRP265.PROD.OUTLOOK.COM>

--1763449960-eximdsn-846930886--
'''),
    ('en', 'sendmail-returned-mail', 'automated', (), '''Return-Path: <>
Received: from mail.uni-beispiel.example (mail.uni-beispiel.example [198.51.100.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QC8Nd0fG7z9sT
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 10:21:40 +0100 (CET)
Received: from localhost (localhost)
	by mail.uni-beispiel.example (8.18.1/8.18.1) id 5AJ9LdGx019812;
	Thu, 19 Nov 2026 10:21:39 +0100
Date: Thu, 19 Nov 2026 10:21:39 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.uni-beispiel.example>
Message-Id: <202611190921.5AJ9LdGx019812@mail.uni-beispiel.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5AJ9LdGx019812.1763544099/mail.uni-beispiel.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--5AJ9LdGx019812.1763544099/mail.uni-beispiel.example

The original message was received at Thu, 19 Nov 2026 10:21:37 +0100
from mx1.shop.example.be [192.0.2.26]

   ----- The following addresses had permanent fatal errors -----
<l.hartmann@uni-beispiel.example>
    (reason: 550 5.1.1 <l.hartmann@uni-beispiel.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore.uni-beispiel.example.:
>>> DATA
<<< 550 5.1.1 <l.hartmann@uni-beispiel.example>... User unknown
550 5.1.1 <l.hartmann@uni-beispiel.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--5AJ9LdGx019812.1763544099/mail.uni-beispiel.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.uni-beispiel.example
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Thu, 19 Nov 2026 10:21:37 +0100

Final-Recipient: RFC822; l.hartmann@uni-beispiel.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.uni-beispiel.example
Diagnostic-Code: SMTP; 550 5.1.1 <l.hartmann@uni-beispiel.example>... User unknown
Last-Attempt-Date: Thu, 19 Nov 2026 10:21:39 +0100

--5AJ9LdGx019812.1763544099/mail.uni-beispiel.example
Content-Type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.26])
	by mail.uni-beispiel.example (8.18.1/8.18.1) with ESMTP id 5AJ9LbGx019809
	for <l.hartmann@uni-beispiel.example>; Thu, 19 Nov 2026 10:21:37 +0100
Date: Thu, 19 Nov 2026 10:21:36 +0100
From: Shop Datenschutz <privacy@shop.example.be>
To: Lena Hartmann <l.hartmann@uni-beispiel.example>
Subject: Ihre Daten: Berichtigung der Lieferadresse erledigt [PRV-2026-01266]
Message-ID: <prv-2026-01266.3.1763544096@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Frau Hartmann,

wir haben Ihre Lieferadresse wie gewünscht berichtigt (Art. 16 DSGVO).
Neue Adresse: Lindenweg 4, 52062 Aachen.

Mit freundlichen Grüßen
Ihr Datenschutz-Team von Shop

--5AJ9LdGx019812.1763544099/mail.uni-beispiel.example--
'''),
    ('en', 'sendmail-delay-warning', 'automated', (), '''Return-Path: <MAILER-DAEMON>
Received: from relay.vieux-serveur.example (relay.vieux-serveur.example [203.0.113.200])
	by mx1.shop.example.be (Postfix) with ESMTP id 4QD0Q71t2qz9sT
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 16:05:12 +0100 (CET)
Received: from localhost (localhost)
	by relay.vieux-serveur.example (8.15.2/8.15.2) id 5AKF4q3A004471;
	Fri, 20 Nov 2026 16:05:11 +0100
Date: Fri, 20 Nov 2026 16:05:11 +0100
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.vieux-serveur.example>
Message-Id: <202611201505.5AKF4q3A004471@relay.vieux-serveur.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5AKF4q3A004471.1763651111/relay.vieux-serveur.example"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--5AKF4q3A004471.1763651111/relay.vieux-serveur.example

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Fri, 20 Nov 2026 12:02:48 +0100
from mx1.shop.example.be [192.0.2.26]

   ----- Transcript of session follows -----
<a.moreau@cabinet-moreau.example>... Deferred: Connection timed out with mail.cabinet-moreau.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--5AKF4q3A004471.1763651111/relay.vieux-serveur.example
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.vieux-serveur.example
Arrival-Date: Fri, 20 Nov 2026 12:02:48 +0100

Final-Recipient: RFC822; a.moreau@cabinet-moreau.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mail.cabinet-moreau.example
Last-Attempt-Date: Fri, 20 Nov 2026 16:05:11 +0100
Will-Retry-Until: Wed, 25 Nov 2026 12:02:48 +0100

--5AKF4q3A004471.1763651111/relay.vieux-serveur.example
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [192.0.2.26])
	by relay.vieux-serveur.example (8.15.2/8.15.2) with ESMTP id 5AKB2m1B003990
	for <a.moreau@cabinet-moreau.example>; Fri, 20 Nov 2026 12:02:48 +0100
Date: Fri, 20 Nov 2026 12:02:46 +0100
From: =?utf-8?Q?Service_protection_des_donn=C3=A9es?= <privacy@shop.example.be>
To: Me Antoine Moreau <a.moreau@cabinet-moreau.example>
Subject: =?utf-8?Q?Votre_courrier_du_18_novembre_au_nom_de_votre_client?=
Message-ID: <prv-2026-01271.2.1763636566@shop.example.be>

--5AKF4q3A004471.1763651111/relay.vieux-serveur.example--
'''),
    ('en', 'qmail-failure-notice', 'automated', (), '''Return-Path: <>
Received: from mail.vieux-fai.example (mail.vieux-fai.example [198.51.100.9])
	by mx1.shop.example.be (Postfix) with SMTP id 4Q8Lr50mQ8z9sT
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 09:03:12 +0100 (CET)
Received: (qmail 23117 invoked for bounce); 12 Nov 2026 08:03:11 -0000
Date: 12 Nov 2026 08:03:11 -0000
From: MAILER-DAEMON@mail.vieux-fai.example
To: privacy@shop.example.be
Subject: failure notice
Message-Id: <20261112080312.4Q8Lr50mQ8z9sT@mx1.shop.example.be>

Hi. This is the qmail-send program at mail.vieux-fai.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<claude.renard@vieux-fai.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: from smtp.shop.example.be (smtp.shop.example.be [192.0.2.25])
  by mail.vieux-fai.example with SMTP; 12 Nov 2026 08:03:09 -0000
Date: Thu, 12 Nov 2026 09:03:07 +0100
From: =?utf-8?Q?Service_protection_des_donn=C3=A9es?= <privacy@shop.example.be>
To: claude.renard@vieux-fai.example
Subject: =?utf-8?Q?Confirmation_de_la_suppression_de_votre_compte_[PRV-2026-0?=
 =?utf-8?Q?1191]?=
Message-ID: <prv-2026-01191.6.1762934587@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Madame, Monsieur,

Suite =C3=A0 votre demande du 3 novembre, nous vous confirmons que votre co=
mpte
client et les donn=C3=A9es personnelles qui y sont li=C3=A9es ont =C3=A9t=
=C3=A9 supprim=C3=A9s
(article 17 du RGPD). Vous ne recevrez plus notre newsletter et votre carte
de fid=C3=A9lit=C3=A9 a =C3=A9t=C3=A9 d=C3=A9sactiv=C3=A9e.

Seules les factures sont conserv=C3=A9es pendant le d=C3=A9lai l=C3=A9gal d=
e 7 ans.

Cordialement,
Le service protection des donn=C3=A9es
'''),
    ('nl', 'exchange-onprem-ndr-nl', 'automated', (), '''Received: from EXCH02.gemeente-kortenhoek.local (10.10.1.22) by
 EXCH02.gemeente-kortenhoek.local (10.10.1.22) with Microsoft SMTP Server
 id 15.2.1544.14; Mon, 16 Nov 2026 13:20:06 +0100
From: Postmaster <postmaster@gemeente-kortenhoek.be>
To: <privacy@shop.example.be>
Date: Mon, 16 Nov 2026 13:20:06 +0100
Subject: Onbestelbaar: Uw verzoek om verbetering van uw gegevens [PRV-2026-01209]
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d1c5a0be-8e6a-4bd0-9b07-2f1e3c4d5a6b"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <d9a81c44-5e0b-4b7c-8d2e-0f1a2b3c4d5e@EXCH02.gemeente-kortenhoek.local>
In-Reply-To: <prv-2026-01209.3.1763295602@shop.example.be>
References: <prv-2026-01209.3.1763295602@shop.example.be>
Thread-Topic: Uw verzoek om verbetering van uw gegevens [PRV-2026-01209]
Thread-Index: AQHcVt8yW1a0bGbS9k+0rLw5qf1v5Q==
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--d1c5a0be-8e6a-4bd0-9b07-2f1e3c4d5a6b
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="2a8f3e71-4c55-4b0a-b5d9-81e0cc7f6a12"

--2a8f3e71-4c55-4b0a-b5d9-81e0cc7f6a12
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Bezorging is mislukt voor deze geadresseerden of groepen:

Karel Janssens (karel.janssens@gemeente-kortenhoek.be)
Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer =
het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verz=
enden. Neem contact op met de helpdesk als het probleem blijft optreden.

Het onderwerp van het bericht is: Uw verzoek om verbetering van uw gegevens=
 [PRV-2026-01209]

Diagnostische gegevens voor beheerders:

Genererende server: EXCH02.gemeente-kortenhoek.local

karel.janssens@gemeente-kortenhoek.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

Oorspronkelijke berichtkoppen:

Received: from EXCH01.gemeente-kortenhoek.local (10.10.1.21) by
 EXCH02.gemeente-kortenhoek.local (10.10.1.22) with Microsoft SMTP Server
 (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.14; Mon, 16 Nov 2026 13:20:05 +0100
From: Privacyteam Shop <privacy@shop.example.be>
To: Karel Janssens <karel.janssens@gemeente-kortenhoek.be>
Subject: Uw verzoek om verbetering van uw gegevens [PRV-2026-01209]
Date: Mon, 16 Nov 2026 13:20:02 +0100
Message-ID: <prv-2026-01209.3.1763295602@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3Dutf-8

--2a8f3e71-4c55-4b0a-b5d9-81e0cc7f6a12
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style>body{font-family:"Segoe UI",Frutiger,"Frutiger Linotype","Dejavu San=
s","Helvetica Neue",Arial,sans-serif;}</style>
</head>
<body>
<p style=3D"margin-top:0;margin-bottom:0">Bezorging is mislukt voor deze ge=
adresseerden of groepen:</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Karel Janssens (karel.janssens@ge=
meente-kortenhoek.be)<br>
Het e-mailadres dat u hebt ingevoerd, kan niet worden gevonden. Controleer =
het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verz=
enden. Neem contact op met de helpdesk als het probleem blijft optreden.</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Het onderwerp van het bericht is:=
 Uw verzoek om verbetering van uw gegevens [PRV-2026-01209]</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Diagnostische gegevens voor behee=
rders:</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Genererende server: EXCH02.gemeen=
te-kortenhoek.local</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">karel.janssens@gemeente-kortenhoe=
k.be<br>
Remote Server returned &#x27;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Rec=
ipient not found by SMTP address lookup&#x27;</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Oorspronkelijke berichtkoppen:</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Received: from EXCH01.gemeente-ko=
rtenhoek.local (10.10.1.21) by<br>
 EXCH02.gemeente-kortenhoek.local (10.10.1.22) with Microsoft SMTP Server<b=
r>
 (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id<br>
 15.2.1544.14; Mon, 16 Nov 2026 13:20:05 +0100<br>
From: Privacyteam Shop &lt;privacy@shop.example.be&gt;<br>
To: Karel Janssens &lt;karel.janssens@gemeente-kortenhoek.be&gt;<br>
Subject: Uw verzoek om verbetering van uw gegevens [PRV-2026-01209]<br>
Date: Mon, 16 Nov 2026 13:20:02 +0100<br>
Message-ID: &lt;prv-2026-01209.3.1763295602@shop.example.be&gt;<br>
MIME-Version: 1.0<br>
Content-Type: text/plain; charset=3Dutf-8</p>
<br>
</body>
</html>

--2a8f3e71-4c55-4b0a-b5d9-81e0cc7f6a12--

--d1c5a0be-8e6a-4bd0-9b07-2f1e3c4d5a6b
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.gemeente-kortenhoek.local
Received-From-MTA: dns;EXCH01.gemeente-kortenhoek.local
Arrival-Date: Mon, 16 Nov 2026 12:20:05 +0000

Final-Recipient: rfc822;karel.janssens@gemeente-kortenhoek.be
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--d1c5a0be-8e6a-4bd0-9b07-2f1e3c4d5a6b
Content-Type: text/rfc822-headers

Received: from EXCH01.gemeente-kortenhoek.local (10.10.1.21) by
 EXCH02.gemeente-kortenhoek.local (10.10.1.22) with Microsoft SMTP Server
 (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.2.1544.14; Mon, 16 Nov 2026 13:20:05 +0100
From: Privacyteam Shop <privacy@shop.example.be>
To: Karel Janssens <karel.janssens@gemeente-kortenhoek.be>
Subject: Uw verzoek om verbetering van uw gegevens [PRV-2026-01209]
Date: Mon, 16 Nov 2026 13:20:02 +0100
Message-ID: <prv-2026-01209.3.1763295602@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--d1c5a0be-8e6a-4bd0-9b07-2f1e3c4d5a6b--
'''),
    ('fr', 'office365-ndr-fr', 'automated', (), '''Received: from PR3P192MB0841.EURP192.PROD.OUTLOOK.COM (2603:10a6:20b:5a7::14) by
 AM9PR07MB7156.eurprd07.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Wed, 11 Nov 2026 11:22:04 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bureaudubois.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 11 Nov 2026 11:22:04 +0000
Subject: =?utf-8?B?Tm9uIHJlbWlzIDogUmU6IERlbWFuZGUgZCdhY2PDqHMgw6AgbWVzIGRv?=
 =?utf-8?B?bm7DqWVzIHBlcnNvbm5lbGxlcw==?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7d4b2c1e-90aa-4f3e-8c5d-1b2a3c4d5e6f"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID:
 <95c2b1a7-0e4f-4c1d-9a2b-3f6e7d8c9b0a@PR3P192MB0841.EURP192.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-01214.2.1762860120@shop.example.be>
References: <prv-2026-01214.2.1762860120@shop.example.be>
Thread-Topic: =?utf-8?B?UmU6IERlbWFuZGUgZCdhY2PDqHMgw6AgbWVzIGRvbm7DqWVzIHBlcnNv?=
 =?utf-8?B?bm5lbGxlcw==?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM9PR07MB7156:EE_|DU0PR04MB9417:EE_
MIME-Version: 1.0

--7d4b2c1e-90aa-4f3e-8c5d-1b2a3c4d5e6f
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt-7d4b2c1e"

--alt-7d4b2c1e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Vm90cmUgbWVzc2FnZSDDoCBtYXJjLmR1Ym9pc0BidXJlYXUtZHVib2lzLmZyIG4nYSBwYXMgcHUg
w6p0cmUgcmVtaXMuCgptYXJjLmR1Ym9pcyBlc3QgaW50cm91dmFibGUgc3VyIGJ1cmVhdS1kdWJv
aXMuZnIuCgpwcml2YWN5ICAgICAgIE9mZmljZSAzNjUgICAgICAgbWFyYy5kdWJvaXMKQWN0aW9u
IHJlcXVpc2UgICAgICAgICAgICAgICAgIERlc3RpbmF0YWlyZQoKQWRyZXNzZSDDgCBpbmNvbm51
ZQoKQ29tbWVudCByw6lzb3VkcmUgbGUgcHJvYmzDqG1lCkwnYWRyZXNzZSBlc3QgcGV1dC3DqnRy
ZSBtYWwgb3J0aG9ncmFwaGnDqWUgb3UgbidleGlzdGUgcGFzLiBFc3NheWV6IGwndW5lIG91IHBs
dXNpZXVycyBkZXMgc29sdXRpb25zIHN1aXZhbnRlcyA6CgogICogICBSZW52b3lleiBsZSBtZXNz
YWdlIGVuIHByb2PDqWRhbnQgY29tbWUgc3VpdCA6IGRhbnMgT3V0bG9vaywgb3V2cmV6IGNlIHJh
cHBvcnQgZGUgbm9uLXJlbWlzZSAoTkRSKSBldCBjaG9pc2lzc2V6IEVudm95ZXIgw6Agbm91dmVh
dSBkYW5zIGxlIHJ1YmFuIFJhcHBvcnQuIERhbnMgT3V0bG9vayBzdXIgbGUgd2ViLCBzw6lsZWN0
aW9ubmV6IGNlIHJhcHBvcnQgZGUgbm9uLXJlbWlzZSwgcHVpcyBsZSBsaWVuIMKrIFBvdXIgcmVu
dm95ZXIgY2UgbWVzc2FnZSwgY2xpcXVleiBpY2kgwrsuIEVuc3VpdGUsIHN1cHByaW1leiBldCBy
ZXRhcGV6IGwnYWRyZXNzZSBjb21wbMOodGUgZHUgZGVzdGluYXRhaXJlLgogICogICBDb250YWN0
ZXogbGUgZGVzdGluYXRhaXJlIChwYXIgdMOpbMOpcGhvbmUsIHBhciBleGVtcGxlKSBwb3VyIHbD
qXJpZmllciBxdSdpbCB1dGlsaXNlIGJpZW4gY2V0dGUgYWRyZXNzZS4KClBsdXMgZCdpbmZvcm1h
dGlvbnMgcG91ciBsZXMgYWRtaW5pc3RyYXRldXJzIGRlIG1lc3NhZ2VyaWUKQ29kZSBkJ8OpdGF0
IDogNTUwIDUuMS4xMAoKQ2V0dGUgZXJyZXVyIHNlIHByb2R1aXQgcGFyY2UgcXVlIGwnYWRyZXNz
ZSBkZSBtZXNzYWdlcmllIGR1IGRlc3RpbmF0YWlyZSBlc3QgaW50cm91dmFibGUgZGFucyBsZSBz
eXN0w6htZSBkZSBtZXNzYWdlcmllIGRlIGRlc3RpbmF0aW9uLgoKRMOpdGFpbHMgZHUgbWVzc2Fn
ZSBkJ29yaWdpbmUKRGF0ZSBkZSBjcsOpYXRpb24gOiAgICAgIDExLzExLzIwMjYgMTE6MjI6MDAK
QWRyZXNzZSBkZSBsJ2V4cMOpZGl0ZXVyIDogICAgICAgcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUK
QWRyZXNzZSBkdSBkZXN0aW5hdGFpcmUgOiAgICAgICBtYXJjLmR1Ym9pc0BidXJlYXUtZHVib2lz
LmZyCk9iamV0IDogUmU6IERlbWFuZGUgZCdhY2PDqHMgw6AgbWVzIGRvbm7DqWVzIHBlcnNvbm5l
bGxlcwoKRMOpdGFpbHMgZGUgbCdlcnJldXIKRXJyZXVyIHNpZ25hbMOpZSA6ICAgICAgIDU1MCA1
LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5k
IGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAKRFNOIGfDqW7DqXLDqSBwYXIgOiAgICAgICAgUFIzUDE5
Mk1CMDg0MS5FVVJQMTkyLlBST0QuT1VUTE9PSy5DT00K

--alt-7d4b2c1e
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZT5ib2R5e2ZvbnQtZmFtaWx5OiJTZWdvZSBV
SSIsRnJ1dGlnZXIsIkZydXRpZ2VyIExpbm90eXBlIiwiRGVqYXZ1IFNhbnMiLCJIZWx2ZXRpY2Eg
TmV1ZSIsQXJpYWwsc2Fucy1zZXJpZjt9PC9zdHlsZT4KPC9oZWFkPgo8Ym9keT4KPHAgc3R5bGU9
Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPlZvdHJlIG1lc3NhZ2Ugw6AgbWFyYy5kdWJv
aXNAYnVyZWF1LWR1Ym9pcy5mciBuJiN4Mjc7YSBwYXMgcHUgw6p0cmUgcmVtaXMuPC9wPgo8YnI+
CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5tYXJjLmR1Ym9pcyBlc3Qg
aW50cm91dmFibGUgc3VyIGJ1cmVhdS1kdWJvaXMuZnIuPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJn
aW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5wcml2YWN5ICAgICAgIE9mZmljZSAzNjUgICAgICAg
bWFyYy5kdWJvaXM8YnI+CkFjdGlvbiByZXF1aXNlICAgICAgICAgICAgICAgICBEZXN0aW5hdGFp
cmU8L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPkFkcmVz
c2Ugw4AgaW5jb25udWU8L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90
dG9tOjAiPkNvbW1lbnQgcsOpc291ZHJlIGxlIHByb2Jsw6htZTxicj4KTCYjeDI3O2FkcmVzc2Ug
ZXN0IHBldXQtw6p0cmUgbWFsIG9ydGhvZ3JhcGhpw6llIG91IG4mI3gyNztleGlzdGUgcGFzLiBF
c3NheWV6IGwmI3gyNzt1bmUgb3UgcGx1c2lldXJzIGRlcyBzb2x1dGlvbnMgc3VpdmFudGVzIDo8
L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPiAgKiAgIFJl
bnZveWV6IGxlIG1lc3NhZ2UgZW4gcHJvY8OpZGFudCBjb21tZSBzdWl0IDogZGFucyBPdXRsb29r
LCBvdXZyZXogY2UgcmFwcG9ydCBkZSBub24tcmVtaXNlIChORFIpIGV0IGNob2lzaXNzZXogRW52
b3llciDDoCBub3V2ZWF1IGRhbnMgbGUgcnViYW4gUmFwcG9ydC4gRGFucyBPdXRsb29rIHN1ciBs
ZSB3ZWIsIHPDqWxlY3Rpb25uZXogY2UgcmFwcG9ydCBkZSBub24tcmVtaXNlLCBwdWlzIGxlIGxp
ZW4gwqsgUG91ciByZW52b3llciBjZSBtZXNzYWdlLCBjbGlxdWV6IGljaSDCuy4gRW5zdWl0ZSwg
c3VwcHJpbWV6IGV0IHJldGFwZXogbCYjeDI3O2FkcmVzc2UgY29tcGzDqHRlIGR1IGRlc3RpbmF0
YWlyZS48YnI+CiAgKiAgIENvbnRhY3RleiBsZSBkZXN0aW5hdGFpcmUgKHBhciB0w6lsw6lwaG9u
ZSwgcGFyIGV4ZW1wbGUpIHBvdXIgdsOpcmlmaWVyIHF1JiN4Mjc7aWwgdXRpbGlzZSBiaWVuIGNl
dHRlIGFkcmVzc2UuPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRv
bTowIj5QbHVzIGQmI3gyNztpbmZvcm1hdGlvbnMgcG91ciBsZXMgYWRtaW5pc3RyYXRldXJzIGRl
IG1lc3NhZ2VyaWU8YnI+CkNvZGUgZCYjeDI3O8OpdGF0IDogNTUwIDUuMS4xMDwvcD4KPGJyPgo8
cCBzdHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+Q2V0dGUgZXJyZXVyIHNlIHBy
b2R1aXQgcGFyY2UgcXVlIGwmI3gyNzthZHJlc3NlIGRlIG1lc3NhZ2VyaWUgZHUgZGVzdGluYXRh
aXJlIGVzdCBpbnRyb3V2YWJsZSBkYW5zIGxlIHN5c3TDqG1lIGRlIG1lc3NhZ2VyaWUgZGUgZGVz
dGluYXRpb24uPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTow
Ij5Ew6l0YWlscyBkdSBtZXNzYWdlIGQmI3gyNztvcmlnaW5lPGJyPgpEYXRlIGRlIGNyw6lhdGlv
biA6ICAgICAgMTEvMTEvMjAyNiAxMToyMjowMDxicj4KQWRyZXNzZSBkZSBsJiN4Mjc7ZXhww6lk
aXRldXIgOiAgICAgICBwcml2YWN5QHNob3AuZXhhbXBsZS5iZTxicj4KQWRyZXNzZSBkdSBkZXN0
aW5hdGFpcmUgOiAgICAgICBtYXJjLmR1Ym9pc0BidXJlYXUtZHVib2lzLmZyPGJyPgpPYmpldCA6
IFJlOiBEZW1hbmRlIGQmI3gyNzthY2PDqHMgw6AgbWVzIGRvbm7DqWVzIHBlcnNvbm5lbGxlczwv
cD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+RMOpdGFpbHMg
ZGUgbCYjeDI3O2VycmV1cjxicj4KRXJyZXVyIHNpZ25hbMOpZSA6ICAgICAgIDU1MCA1LjEuMTAg
UkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNN
VFAgYWRkcmVzcyBsb29rdXA8YnI+CkRTTiBnw6luw6lyw6kgcGFyIDogICAgICAgIFBSM1AxOTJN
QjA4NDEuRVVSUDE5Mi5QUk9ELk9VVExPT0suQ09NPC9wPgo8YnI+CjwvYm9keT4KPC9odG1sPgo=

--alt-7d4b2c1e--

--7d4b2c1e-90aa-4f3e-8c5d-1b2a3c4d5e6f
Content-Type: message/delivery-status

Reporting-MTA: dns;PR3P192MB0841.EURP192.PROD.OUTLOOK.COM
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Wed, 11 Nov 2026 11:22:04 +0000

Final-Recipient: rfc822;marc.dubois@bureau-dubois.fr
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--7d4b2c1e-90aa-4f3e-8c5d-1b2a3c4d5e6f
Content-Type: message/rfc822

Received: from smtp.shop.example.be (192.0.2.25) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Wed, 11 Nov 2026 12:22:00 +0100
From: Shop Privacy <privacy@shop.example.be>
To: Marc Dubois <marc.dubois@bureau-dubois.fr>
Subject: =?utf-8?Q?Re=3A_Demande_d=27acc=C3=A8s_=C3=A0_mes_donn=C3=A9es_perso?=
 =?utf-8?Q?nnelles?=
Date: Wed, 11 Nov 2026 12:22:00 +0100
Message-ID: <prv-2026-01214.2.1762860120@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour Monsieur Dubois,

Nous avons bien re=C3=A7u votre demande d'acc=C3=A8s (article 15 du RGPD). =
Afin de
prot=C3=A9ger vos donn=C3=A9es, merci de confirmer votre identit=C3=A9 en c=
liquant sur le
lien ci-dessous dans les 7 jours :

https://shop.example.be/privacy/confirmer/Xq4T-8mLp-2Rz

Bien cordialement,
Le service protection des donn=C3=A9es

--7d4b2c1e-90aa-4f3e-8c5d-1b2a3c4d5e6f--
'''),
    ('de', 'office365-ndr-de-mailbox-full', 'automated', (), '''Received: from FR4P281MB3460.DEUP281.PROD.OUTLOOK.COM (2603:10a6:20b:5a7::14) by
 AM9PR07MB7156.eurprd07.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Mon, 16 Nov 2026 09:40:19 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kanzleikrueger.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 16 Nov 2026 09:40:19 +0000
Subject: =?utf-8?B?VW56dXN0ZWxsYmFyOiBCZXN0w6R0aWd1bmc6IElociBLdW5kZW5rb250?=
 =?utf-8?B?byB3dXJkZSBnZWzDtnNjaHQgW1BSVi0yMDI2LTAxMjQwXQ==?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3e9a7b20-5c1d-4a8f-b6e2-7f0d1c2b3a49"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID:
 <94a3b2c1d0f7-2e6b-f8a4-d1c5-02b7a9e3@FR4P281MB3460.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-01240.5.1763286011@shop.example.be>
References: <prv-2026-01240.5.1763286011@shop.example.be>
Thread-Topic: =?utf-8?B?QmVzdMOkdGlndW5nOiBJaHIgS3VuZGVua29udG8gd3VyZGUgZ2Vsw7Zz?=
 =?utf-8?B?Y2h0IFtQUlYtMjAyNi0wMTI0MF0=?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM9PR07MB7156:EE_|DU0PR04MB9417:EE_
MIME-Version: 1.0

--3e9a7b20-5c1d-4a8f-b6e2-7f0d1c2b3a49
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt-3e9a7b20"

--alt-3e9a7b20
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SWhyZSBOYWNocmljaHQgYW4gbS5rcnVlZ2VyQGthbnpsZWkta3J1ZWdlci5kZSBrb25udGUgbmlj
aHQgw7xiZXJtaXR0ZWx0IHdlcmRlbi4KCkRhcyBQb3N0ZmFjaCB2b24gbS5rcnVlZ2VyIGlzdCB2
b2xsLgoKcHJpdmFjeSAgICAgICBPZmZpY2UgMzY1ICAgICAgIG0ua3J1ZWdlcgpBa3Rpb24gZXJm
b3JkZXJsaWNoICAgICAgICAgICAgRW1wZsOkbmdlcgoKUG9zdGZhY2ggdm9sbAoKU28gYmVoZWJl
biBTaWUgZGFzIFByb2JsZW0KRGFzIFBvc3RmYWNoIGRlcyBFbXBmw6RuZ2VycyBpc3Qgdm9sbCB1
bmQga2FubiB6dXJ6ZWl0IGtlaW5lIE5hY2hyaWNodGVuIGFubmVobWVuLiBWZXJzdWNoZW4gU2ll
IHNww6R0ZXIgZXJuZXV0LCBkaWUgTmFjaHJpY2h0IHp1IHNlbmRlbiwgb2RlciB3ZW5kZW4gU2ll
IHNpY2ggZGlyZWt0IGFuIGRlbiBFbXBmw6RuZ2VyLgoKV2VpdGVyZSBJbmZvcm1hdGlvbmVuIGbD
vHIgRS1NYWlsLUFkbWluaXN0cmF0b3JlbgpTdGF0dXNjb2RlOiA1NTQgNS4yLjIKCkRpZXNlciBG
ZWhsZXIgdHJpdHQgYXVmLCB3ZWlsIGRhcyBQb3N0ZmFjaCBkZXMgRW1wZsOkbmdlcnMgc2VpbiBT
cGVpY2hlcmtvbnRpbmdlbnQgw7xiZXJzY2hyaXR0ZW4gaGF0LgoKRGV0YWlscyB6dXIgdXJzcHLD
vG5nbGljaGVuIE5hY2hyaWNodApFcnN0ZWxsdW5nc2RhdHVtOiAgICAgICAxNi4xMS4yMDI2IDA5
OjQwOjExCkFic2VuZGVyYWRyZXNzZTogICAgICAgIHByaXZhY3lAc2hvcC5leGFtcGxlLmJlCkVt
cGbDpG5nZXJhZHJlc3NlOiAgICAgICBtLmtydWVnZXJAa2FuemxlaS1rcnVlZ2VyLmRlCkJldHJl
ZmY6ICAgICAgICBCZXN0w6R0aWd1bmc6IElociBLdW5kZW5rb250byB3dXJkZSBnZWzDtnNjaHQg
W1BSVi0yMDI2LTAxMjQwXQoKRmVobGVyZGV0YWlscwpHZW1lbGRldGVyIEZlaGxlcjogICAgICA1
NTQgNS4yLjIgbWFpbGJveCBmdWxsOyBTVE9SRURSVi5EZWxpdmVyLkV4Y2VwdGlvbjpRdW90YUV4
Y2VlZGVkRXhjZXB0aW9uLk1hcGlFeGNlcHRpb25TaHV0b2ZmUXVvdGFFeGNlZWRlZDsgRmFpbGVk
IHRvIHByb2Nlc3MgbWVzc2FnZSBkdWUgdG8gYSBwZXJtYW5lbnQgZXhjZXB0aW9uIHdpdGggbWVz
c2FnZSBbQmVnaW5EaWFnbm9zdGljRGF0YV1DYW5ub3Qgb3BlbiBtYWlsYm94LltFbmREaWFnbm9z
dGljRGF0YV0KRFNOIGdlbmVyaWVydCB2b246ICAgICAgRlI0UDI4MU1CMzQ2MC5ERVVQMjgxLlBS
T0QuT1VUTE9PSy5DT00K

--alt-3e9a7b20
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZT5ib2R5e2ZvbnQtZmFtaWx5OiJTZWdvZSBV
SSIsRnJ1dGlnZXIsIkZydXRpZ2VyIExpbm90eXBlIiwiRGVqYXZ1IFNhbnMiLCJIZWx2ZXRpY2Eg
TmV1ZSIsQXJpYWwsc2Fucy1zZXJpZjt9PC9zdHlsZT4KPC9oZWFkPgo8Ym9keT4KPHAgc3R5bGU9
Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPklocmUgTmFjaHJpY2h0IGFuIG0ua3J1ZWdl
ckBrYW56bGVpLWtydWVnZXIuZGUga29ubnRlIG5pY2h0IMO8YmVybWl0dGVsdCB3ZXJkZW4uPC9w
Pgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5EYXMgUG9zdGZh
Y2ggdm9uIG0ua3J1ZWdlciBpc3Qgdm9sbC48L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6
MDttYXJnaW4tYm90dG9tOjAiPnByaXZhY3kgICAgICAgT2ZmaWNlIDM2NSAgICAgICBtLmtydWVn
ZXI8YnI+CkFrdGlvbiBlcmZvcmRlcmxpY2ggICAgICAgICAgICBFbXBmw6RuZ2VyPC9wPgo8YnI+
CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5Qb3N0ZmFjaCB2b2xsPC9w
Pgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5TbyBiZWhlYmVu
IFNpZSBkYXMgUHJvYmxlbTxicj4KRGFzIFBvc3RmYWNoIGRlcyBFbXBmw6RuZ2VycyBpc3Qgdm9s
bCB1bmQga2FubiB6dXJ6ZWl0IGtlaW5lIE5hY2hyaWNodGVuIGFubmVobWVuLiBWZXJzdWNoZW4g
U2llIHNww6R0ZXIgZXJuZXV0LCBkaWUgTmFjaHJpY2h0IHp1IHNlbmRlbiwgb2RlciB3ZW5kZW4g
U2llIHNpY2ggZGlyZWt0IGFuIGRlbiBFbXBmw6RuZ2VyLjwvcD4KPGJyPgo8cCBzdHlsZT0ibWFy
Z2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+V2VpdGVyZSBJbmZvcm1hdGlvbmVuIGbDvHIgRS1N
YWlsLUFkbWluaXN0cmF0b3Jlbjxicj4KU3RhdHVzY29kZTogNTU0IDUuMi4yPC9wPgo8YnI+Cjxw
IHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5EaWVzZXIgRmVobGVyIHRyaXR0
IGF1Ziwgd2VpbCBkYXMgUG9zdGZhY2ggZGVzIEVtcGbDpG5nZXJzIHNlaW4gU3BlaWNoZXJrb250
aW5nZW50IMO8YmVyc2Nocml0dGVuIGhhdC48L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6
MDttYXJnaW4tYm90dG9tOjAiPkRldGFpbHMgenVyIHVyc3Byw7xuZ2xpY2hlbiBOYWNocmljaHQ8
YnI+CkVyc3RlbGx1bmdzZGF0dW06ICAgICAgIDE2LjExLjIwMjYgMDk6NDA6MTE8YnI+CkFic2Vu
ZGVyYWRyZXNzZTogICAgICAgIHByaXZhY3lAc2hvcC5leGFtcGxlLmJlPGJyPgpFbXBmw6RuZ2Vy
YWRyZXNzZTogICAgICAgbS5rcnVlZ2VyQGthbnpsZWkta3J1ZWdlci5kZTxicj4KQmV0cmVmZjog
ICAgICAgIEJlc3TDpHRpZ3VuZzogSWhyIEt1bmRlbmtvbnRvIHd1cmRlIGdlbMO2c2NodCBbUFJW
LTIwMjYtMDEyNDBdPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRv
bTowIj5GZWhsZXJkZXRhaWxzPGJyPgpHZW1lbGRldGVyIEZlaGxlcjogICAgICA1NTQgNS4yLjIg
bWFpbGJveCBmdWxsOyBTVE9SRURSVi5EZWxpdmVyLkV4Y2VwdGlvbjpRdW90YUV4Y2VlZGVkRXhj
ZXB0aW9uLk1hcGlFeGNlcHRpb25TaHV0b2ZmUXVvdGFFeGNlZWRlZDsgRmFpbGVkIHRvIHByb2Nl
c3MgbWVzc2FnZSBkdWUgdG8gYSBwZXJtYW5lbnQgZXhjZXB0aW9uIHdpdGggbWVzc2FnZSBbQmVn
aW5EaWFnbm9zdGljRGF0YV1DYW5ub3Qgb3BlbiBtYWlsYm94LltFbmREaWFnbm9zdGljRGF0YV08
YnI+CkRTTiBnZW5lcmllcnQgdm9uOiAgICAgIEZSNFAyODFNQjM0NjAuREVVUDI4MS5QUk9ELk9V
VExPT0suQ09NPC9wPgo8YnI+CjwvYm9keT4KPC9odG1sPgo=

--alt-3e9a7b20--

--3e9a7b20-5c1d-4a8f-b6e2-7f0d1c2b3a49
Content-Type: message/delivery-status

Reporting-MTA: dns;FR4P281MB3460.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Mon, 16 Nov 2026 09:40:19 +0000

Final-Recipient: rfc822;m.krueger@kanzlei-krueger.de
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--3e9a7b20-5c1d-4a8f-b6e2-7f0d1c2b3a49
Content-Type: message/rfc822

Received: from smtp.shop.example.be (smtp.shop.example.be [192.0.2.25])
	by mx.outlook-eu.example (Postfix) with ESMTPS id 4QB1x84Yqrz5D
	for <m.krueger@kanzlei-krueger.de>; Mon, 16 Nov 2026 10:40:12 +0100 (CET)
Date: Mon, 16 Nov 2026 10:40:11 +0100
From: Shop Datenschutz <privacy@shop.example.be>
To: Martin =?utf-8?Q?Kr=C3=BCger?= <m.krueger@kanzlei-krueger.de>
Subject: =?utf-8?Q?Best=C3=A4tigung:_Ihr_Kundenkonto_wurde_gel=C3=B6scht_[PRV-2?=
 =?utf-8?Q?026-01240]?=
Message-ID: <prv-2026-01240.5.1763286011@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Kr=C3=BCger,

wie von Ihnen gew=C3=BCnscht, haben wir Ihr Kundenkonto und die damit verbu=
ndenen
personenbezogenen Daten gel=C3=B6scht (Art. 17 DSGVO). Ihre Treuekarte ist
deaktiviert, und Sie erhalten keinen Newsletter mehr von uns.

Rechnungsdaten m=C3=BCssen wir aufgrund gesetzlicher Aufbewahrungsfristen
(Belgien: 7 Jahre) weiterhin aufbewahren; sie werden f=C3=BCr keinen anderen
Zweck verwendet und danach gel=C3=B6scht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Datenschutz-Team von Shop

--3e9a7b20-5c1d-4a8f-b6e2-7f0d1c2b3a49--
'''),
    ('es', 'office365-ndr-es', 'automated', (), '''Received: from DB9PR02MB7283.eurprd02.prod.outlook.com (2603:10a6:20b:5a7::14) by
 AM9PR07MB7156.eurprd07.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Sat, 14 Nov 2026 11:33:26 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@ortegareformas.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Sat, 14 Nov 2026 11:33:26 +0000
Subject: =?utf-8?B?Tm8gc2UgcHVlZGUgZW50cmVnYXI6IFJlOiBTb2xpY2l0dWQgZGUgc3Vw?=
 =?utf-8?B?cmVzacOzbiBkZSBkYXRvcyBwZXJzb25hbGVz?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="c0ffee12-3456-4789-abcd-ef0123456789"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID:
 <9876543210fe-dcba-9874-6543-21eeff0c@DB9PR02MB7283.eurprd02.prod.outlook.com>
In-Reply-To: <prv-2026-01233.2.1763120001@shop.example.be>
References: <prv-2026-01233.2.1763120001@shop.example.be>
Thread-Topic: =?utf-8?B?UmU6IFNvbGljaXR1ZCBkZSBzdXByZXNpw7NuIGRlIGRhdG9zIHBlcnNv?=
 =?utf-8?B?bmFsZXM=?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM9PR07MB7156:EE_|DU0PR04MB9417:EE_
MIME-Version: 1.0

--c0ffee12-3456-4789-abcd-ef0123456789
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt-c0ffee12"

--alt-c0ffee12
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

U3UgbWVuc2FqZSBhIGpvcnRlZ2FAb3J0ZWdhLXJlZm9ybWFzLmVzIG5vIHNlIHB1ZG8gZW50cmVn
YXIuCgpObyBzZSBlbmNvbnRyw7MgYSBqb3J0ZWdhIGVuIG9ydGVnYS1yZWZvcm1hcy5lcy4KCnBy
aXZhY3kgICAgICAgT2ZmaWNlIDM2NSAgICAgICBqb3J0ZWdhCkFjY2nDs24gbmVjZXNhcmlhICAg
ICAgICAgICAgICAgRGVzdGluYXRhcmlvCgpEaXJlY2Npw7NuIFBhcmEgZGVzY29ub2NpZGEKCkPD
s21vIHNvbHVjaW9uYXJsbwpQdWVkZSBxdWUgbGEgZGlyZWNjacOzbiBlc3TDqSBtYWwgZXNjcml0
YSBvIHF1ZSBubyBleGlzdGEuIFBydWViZSB1bmEgbyB2YXJpYXMgZGUgbGFzIHNpZ3VpZW50ZXMg
b3BjaW9uZXM6CgogICogICBWdWVsdmEgYSBlbnZpYXIgZWwgbWVuc2FqZS4gRW4gT3V0bG9vaywg
YWJyYSBlc3RlIGluZm9ybWUgZGUgbm8gZW50cmVnYSAoTkRSKSB5IGVsaWphIFZvbHZlciBhIGVu
dmlhciBlbiBsYSBjaW50YSBkZSBvcGNpb25lcyBJbmZvcm1lLiBEZXNwdcOpcywgZWxpbWluZSB5
IHZ1ZWx2YSBhIGVzY3JpYmlyIGxhIGRpcmVjY2nDs24gY29tcGxldGEgZGVsIGRlc3RpbmF0YXJp
by4KICAqICAgUMOzbmdhc2UgZW4gY29udGFjdG8gY29uIGVsIGRlc3RpbmF0YXJpbyAocG9yIHRl
bMOpZm9ubywgcG9yIGVqZW1wbG8pIHBhcmEgY29tcHJvYmFyIHF1ZSBsYSBkaXJlY2Npw7NuIGV4
aXN0ZSB5IGVzIGNvcnJlY3RhLgoKTcOhcyBpbmZvcm1hY2nDs24gcGFyYSBhZG1pbmlzdHJhZG9y
ZXMgZGUgY29ycmVvIGVsZWN0csOzbmljbwpDw7NkaWdvIGRlIGVzdGFkbzogNTUwIDUuMS4xMAoK
RXN0ZSBlcnJvciBzZSBwcm9kdWNlIHBvcnF1ZSBubyBzZSBlbmN1ZW50cmEgbGEgZGlyZWNjacOz
biBkZSBjb3JyZW8gZWxlY3Ryw7NuaWNvIGRlbCBkZXN0aW5hdGFyaW8gZW4gZWwgc2lzdGVtYSBk
ZSBjb3JyZW8gcmVtb3RvLgoKRGV0YWxsZXMgZGVsIG1lbnNhamUgb3JpZ2luYWwKRmVjaGEgZGUg
Y3JlYWNpw7NuOiAgICAgIDE0LzExLzIwMjYgMTE6MzM6MjEKRGlyZWNjacOzbiBkZWwgcmVtaXRl
bnRlOiAgICAgICAgcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUKRGlyZWNjacOzbiBkZWwgZGVzdGlu
YXRhcmlvOiAgICAgam9ydGVnYUBvcnRlZ2EtcmVmb3JtYXMuZXMKQXN1bnRvOiBSZTogU29saWNp
dHVkIGRlIHN1cHJlc2nDs24gZGUgZGF0b3MgcGVyc29uYWxlcwoKRGV0YWxsZXMgZGVsIGVycm9y
CkVycm9yIG5vdGlmaWNhZG86ICAgICAgIDU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVu
dE5vdEZvdW5kOyBSZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAKRFNO
IGdlbmVyYWRvIHBvcjogICAgICAgREI5UFIwMk1CNzI4My5ldXJwcmQwMi5wcm9kLm91dGxvb2su
Y29tCg==

--alt-c0ffee12
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZT5ib2R5e2ZvbnQtZmFtaWx5OiJTZWdvZSBV
SSIsRnJ1dGlnZXIsIkZydXRpZ2VyIExpbm90eXBlIiwiRGVqYXZ1IFNhbnMiLCJIZWx2ZXRpY2Eg
TmV1ZSIsQXJpYWwsc2Fucy1zZXJpZjt9PC9zdHlsZT4KPC9oZWFkPgo8Ym9keT4KPHAgc3R5bGU9
Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPlN1IG1lbnNhamUgYSBqb3J0ZWdhQG9ydGVn
YS1yZWZvcm1hcy5lcyBubyBzZSBwdWRvIGVudHJlZ2FyLjwvcD4KPGJyPgo8cCBzdHlsZT0ibWFy
Z2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+Tm8gc2UgZW5jb250csOzIGEgam9ydGVnYSBlbiBv
cnRlZ2EtcmVmb3JtYXMuZXMuPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2lu
LWJvdHRvbTowIj5wcml2YWN5ICAgICAgIE9mZmljZSAzNjUgICAgICAgam9ydGVnYTxicj4KQWNj
acOzbiBuZWNlc2FyaWEgICAgICAgICAgICAgICBEZXN0aW5hdGFyaW88L3A+Cjxicj4KPHAgc3R5
bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPkRpcmVjY2nDs24gUGFyYSBkZXNjb25v
Y2lkYTwvcD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+Q8Oz
bW8gc29sdWNpb25hcmxvPGJyPgpQdWVkZSBxdWUgbGEgZGlyZWNjacOzbiBlc3TDqSBtYWwgZXNj
cml0YSBvIHF1ZSBubyBleGlzdGEuIFBydWViZSB1bmEgbyB2YXJpYXMgZGUgbGFzIHNpZ3VpZW50
ZXMgb3BjaW9uZXM6PC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRv
bTowIj4gICogICBWdWVsdmEgYSBlbnZpYXIgZWwgbWVuc2FqZS4gRW4gT3V0bG9vaywgYWJyYSBl
c3RlIGluZm9ybWUgZGUgbm8gZW50cmVnYSAoTkRSKSB5IGVsaWphIFZvbHZlciBhIGVudmlhciBl
biBsYSBjaW50YSBkZSBvcGNpb25lcyBJbmZvcm1lLiBEZXNwdcOpcywgZWxpbWluZSB5IHZ1ZWx2
YSBhIGVzY3JpYmlyIGxhIGRpcmVjY2nDs24gY29tcGxldGEgZGVsIGRlc3RpbmF0YXJpby48YnI+
CiAgKiAgIFDDs25nYXNlIGVuIGNvbnRhY3RvIGNvbiBlbCBkZXN0aW5hdGFyaW8gKHBvciB0ZWzD
qWZvbm8sIHBvciBlamVtcGxvKSBwYXJhIGNvbXByb2JhciBxdWUgbGEgZGlyZWNjacOzbiBleGlz
dGUgeSBlcyBjb3JyZWN0YS48L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4t
Ym90dG9tOjAiPk3DoXMgaW5mb3JtYWNpw7NuIHBhcmEgYWRtaW5pc3RyYWRvcmVzIGRlIGNvcnJl
byBlbGVjdHLDs25pY288YnI+CkPDs2RpZ28gZGUgZXN0YWRvOiA1NTAgNS4xLjEwPC9wPgo8YnI+
CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5Fc3RlIGVycm9yIHNlIHBy
b2R1Y2UgcG9ycXVlIG5vIHNlIGVuY3VlbnRyYSBsYSBkaXJlY2Npw7NuIGRlIGNvcnJlbyBlbGVj
dHLDs25pY28gZGVsIGRlc3RpbmF0YXJpbyBlbiBlbCBzaXN0ZW1hIGRlIGNvcnJlbyByZW1vdG8u
PC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5EZXRhbGxl
cyBkZWwgbWVuc2FqZSBvcmlnaW5hbDxicj4KRmVjaGEgZGUgY3JlYWNpw7NuOiAgICAgIDE0LzEx
LzIwMjYgMTE6MzM6MjE8YnI+CkRpcmVjY2nDs24gZGVsIHJlbWl0ZW50ZTogICAgICAgIHByaXZh
Y3lAc2hvcC5leGFtcGxlLmJlPGJyPgpEaXJlY2Npw7NuIGRlbCBkZXN0aW5hdGFyaW86ICAgICBq
b3J0ZWdhQG9ydGVnYS1yZWZvcm1hcy5lczxicj4KQXN1bnRvOiBSZTogU29saWNpdHVkIGRlIHN1
cHJlc2nDs24gZGUgZGF0b3MgcGVyc29uYWxlczwvcD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRv
cDowO21hcmdpbi1ib3R0b206MCI+RGV0YWxsZXMgZGVsIGVycm9yPGJyPgpFcnJvciBub3RpZmlj
YWRvOiAgICAgICA1NTAgNS4xLjEwIFJFU09MVkVSLkFEUi5SZWNpcGllbnROb3RGb3VuZDsgUmVj
aXBpZW50IG5vdCBmb3VuZCBieSBTTVRQIGFkZHJlc3MgbG9va3VwPGJyPgpEU04gZ2VuZXJhZG8g
cG9yOiAgICAgICBEQjlQUjAyTUI3MjgzLmV1cnByZDAyLnByb2Qub3V0bG9vay5jb208L3A+Cjxi
cj4KPC9ib2R5Pgo8L2h0bWw+Cg==

--alt-c0ffee12--

--c0ffee12-3456-4789-abcd-ef0123456789
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7283.eurprd02.prod.outlook.com
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Sat, 14 Nov 2026 11:33:26 +0000

Final-Recipient: rfc822;jortega@ortega-reformas.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--c0ffee12-3456-4789-abcd-ef0123456789
Content-Type: text/rfc822-headers

Received: from smtp.shop.example.be (192.0.2.25) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Sat, 14 Nov 2026 12:33:21 +0100
From: Shop Privacy <privacy@shop.example.be>
To: Javier Ortega <jortega@ortega-reformas.es>
Subject: =?utf-8?B?UmU6IFNvbGljaXR1ZCBkZSBzdXByZXNpw7NuIGRlIGRhdG9zIHBlcnNv?=
 =?utf-8?B?bmFsZXM=?=
Date: Sat, 14 Nov 2026 12:33:21 +0100
Message-ID: <prv-2026-01233.2.1763120001@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

--c0ffee12-3456-4789-abcd-ef0123456789--
'''),
    ('it', 'office365-ndr-it', 'automated', (), '''Received: from AS8PR10MB6152.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:5a7::14) by
 AM9PR07MB7156.eurprd07.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Tue, 17 Nov 2026 11:46:44 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@studioferrari.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 17 Nov 2026 11:46:44 +0000
Subject: Non recapitabile: I suoi dati personali: copia richiesta [PRV-2026-01244]
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID:
 <d8c7b6a5f4e3-d2c8-b1a4-f0e9-d8c7b6a5@AS8PR10MB6152.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <prv-2026-01244.4.1763380000@shop.example.be>
References: <prv-2026-01244.4.1763380000@shop.example.be>
Thread-Topic: I suoi dati personali: copia richiesta [PRV-2026-01244]
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM9PR07MB7156:EE_|DU0PR04MB9417:EE_
MIME-Version: 1.0

--5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt-5a6b7c8d"

--alt-5a6b7c8d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

SW1wb3NzaWJpbGUgcmVjYXBpdGFyZSBpbCBtZXNzYWdnaW8gYSBnaXVsaWEuZmVycmFyaUBzdHVk
aW9mZXJyYXJpLml0LgoKZ2l1bGlhLmZlcnJhcmkgbm9uIMOoIHN0YXRvIHRyb3ZhdG8gaW4gc3R1
ZGlvZmVycmFyaS5pdC4KCnByaXZhY3kgICAgICAgT2ZmaWNlIDM2NSAgICAgICBnaXVsaWEuZmVy
cmFyaQpBemlvbmUgbmVjZXNzYXJpYSAgICAgICAgICAgICAgRGVzdGluYXRhcmlvCgpJbmRpcml6
em8gQSBzY29ub3NjaXV0bwoKQ29tZSByaXNvbHZlcmUgaWwgcHJvYmxlbWEKTCdpbmRpcml6em8g
cG90cmViYmUgY29udGVuZXJlIGVycm9yaSBkaSBvcnRvZ3JhZmlhIG8gbm9uIGVzaXN0ZXJlLiBQ
cm92YXJlIHVuYSBvIHBpw7kgZGVsbGUgc29sdXppb25pIHNlZ3VlbnRpOgoKICAqICAgSW52aWFy
ZSBkaSBudW92byBpbCBtZXNzYWdnaW8uIEluIE91dGxvb2sgYXByaXJlIHF1ZXN0byByYXBwb3J0
byBkaSBtYW5jYXRvIHJlY2FwaXRvIChORFIpIGUgc2NlZ2xpZXJlIEludmlhIGRpIG51b3ZvIG5l
bGxhIGJhcnJhIG11bHRpZnVuemlvbmUgUmFwcG9ydG8uIEVsaW1pbmFyZSBlIGRpZ2l0YXJlIGRp
IG51b3ZvIGwnaW50ZXJvIGluZGlyaXp6byBkZWwgZGVzdGluYXRhcmlvLgogICogICBDb250YXR0
YXJlIGlsIGRlc3RpbmF0YXJpbyAoYWQgZXNlbXBpbyBwZXIgdGVsZWZvbm8pIHBlciB2ZXJpZmlj
YXJlIGNoZSBsJ2luZGlyaXp6byBlc2lzdGEgZSBzaWEgY29ycmV0dG8uCgpBbHRyZSBpbmZvcm1h
emlvbmkgcGVyIGdsaSBhbW1pbmlzdHJhdG9yaSBkaSBwb3N0YSBlbGV0dHJvbmljYQpDb2RpY2Ug
ZGkgc3RhdG86IDU1MCA1LjEuMTAKClF1ZXN0byBlcnJvcmUgc2kgdmVyaWZpY2EgcGVyY2jDqSBs
J2luZGlyaXp6byBkaSBwb3N0YSBlbGV0dHJvbmljYSBkZWwgZGVzdGluYXRhcmlvIG5vbiDDqCBz
dGF0byB0cm92YXRvIG5lbCBzaXN0ZW1hIGRpIHBvc3RhIGVsZXR0cm9uaWNhIHJlbW90by4KCkRl
dHRhZ2xpIGRlbCBtZXNzYWdnaW8gb3JpZ2luYWxlCkRhdGEgZGkgY3JlYXppb25lOiAgICAgIDE3
LzExLzIwMjYgMTE6NDY6NDAKSW5kaXJpenpvIG1pdHRlbnRlOiAgICAgcHJpdmFjeUBzaG9wLmV4
YW1wbGUuYmUKSW5kaXJpenpvIGRlc3RpbmF0YXJpbzogZ2l1bGlhLmZlcnJhcmlAc3R1ZGlvZmVy
cmFyaS5pdApPZ2dldHRvOiAgICAgICAgSSBzdW9pIGRhdGkgcGVyc29uYWxpOiBjb3BpYSByaWNo
aWVzdGEgW1BSVi0yMDI2LTAxMjQ0XQoKRGV0dGFnbGkgZXJyb3JlCkVycm9yZSBzZWduYWxhdG86
ICAgICAgIDU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBSZWNpcGll
bnQgbm90IGZvdW5kIGJ5IFNNVFAgYWRkcmVzcyBsb29rdXAKRFNOIGdlbmVyYXRvIGRhOiAgICAg
ICAgQVM4UFIxME1CNjE1Mi5FVVJQUkQxMC5QUk9ELk9VVExPT0suQ09NCg==

--alt-5a6b7c8d
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZT5ib2R5e2ZvbnQtZmFtaWx5OiJTZWdvZSBV
SSIsRnJ1dGlnZXIsIkZydXRpZ2VyIExpbm90eXBlIiwiRGVqYXZ1IFNhbnMiLCJIZWx2ZXRpY2Eg
TmV1ZSIsQXJpYWwsc2Fucy1zZXJpZjt9PC9zdHlsZT4KPC9oZWFkPgo8Ym9keT4KPHAgc3R5bGU9
Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPkltcG9zc2liaWxlIHJlY2FwaXRhcmUgaWwg
bWVzc2FnZ2lvIGEgZ2l1bGlhLmZlcnJhcmlAc3R1ZGlvZmVycmFyaS5pdC48L3A+Cjxicj4KPHAg
c3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPmdpdWxpYS5mZXJyYXJpIG5vbiDD
qCBzdGF0byB0cm92YXRvIGluIHN0dWRpb2ZlcnJhcmkuaXQuPC9wPgo8YnI+CjxwIHN0eWxlPSJt
YXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5wcml2YWN5ICAgICAgIE9mZmljZSAzNjUgICAg
ICAgZ2l1bGlhLmZlcnJhcmk8YnI+CkF6aW9uZSBuZWNlc3NhcmlhICAgICAgICAgICAgICBEZXN0
aW5hdGFyaW88L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAi
PkluZGlyaXp6byBBIHNjb25vc2NpdXRvPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7
bWFyZ2luLWJvdHRvbTowIj5Db21lIHJpc29sdmVyZSBpbCBwcm9ibGVtYTxicj4KTCYjeDI3O2lu
ZGlyaXp6byBwb3RyZWJiZSBjb250ZW5lcmUgZXJyb3JpIGRpIG9ydG9ncmFmaWEgbyBub24gZXNp
c3RlcmUuIFByb3ZhcmUgdW5hIG8gcGnDuSBkZWxsZSBzb2x1emlvbmkgc2VndWVudGk6PC9wPgo8
YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj4gICogICBJbnZpYXJl
IGRpIG51b3ZvIGlsIG1lc3NhZ2dpby4gSW4gT3V0bG9vayBhcHJpcmUgcXVlc3RvIHJhcHBvcnRv
IGRpIG1hbmNhdG8gcmVjYXBpdG8gKE5EUikgZSBzY2VnbGllcmUgSW52aWEgZGkgbnVvdm8gbmVs
bGEgYmFycmEgbXVsdGlmdW56aW9uZSBSYXBwb3J0by4gRWxpbWluYXJlIGUgZGlnaXRhcmUgZGkg
bnVvdm8gbCYjeDI3O2ludGVybyBpbmRpcml6em8gZGVsIGRlc3RpbmF0YXJpby48YnI+CiAgKiAg
IENvbnRhdHRhcmUgaWwgZGVzdGluYXRhcmlvIChhZCBlc2VtcGlvIHBlciB0ZWxlZm9ubykgcGVy
IHZlcmlmaWNhcmUgY2hlIGwmI3gyNztpbmRpcml6em8gZXNpc3RhIGUgc2lhIGNvcnJldHRvLjwv
cD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+QWx0cmUgaW5m
b3JtYXppb25pIHBlciBnbGkgYW1taW5pc3RyYXRvcmkgZGkgcG9zdGEgZWxldHRyb25pY2E8YnI+
CkNvZGljZSBkaSBzdGF0bzogNTUwIDUuMS4xMDwvcD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRv
cDowO21hcmdpbi1ib3R0b206MCI+UXVlc3RvIGVycm9yZSBzaSB2ZXJpZmljYSBwZXJjaMOpIGwm
I3gyNztpbmRpcml6em8gZGkgcG9zdGEgZWxldHRyb25pY2EgZGVsIGRlc3RpbmF0YXJpbyBub24g
w6ggc3RhdG8gdHJvdmF0byBuZWwgc2lzdGVtYSBkaSBwb3N0YSBlbGV0dHJvbmljYSByZW1vdG8u
PC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5EZXR0YWds
aSBkZWwgbWVzc2FnZ2lvIG9yaWdpbmFsZTxicj4KRGF0YSBkaSBjcmVhemlvbmU6ICAgICAgMTcv
MTEvMjAyNiAxMTo0Njo0MDxicj4KSW5kaXJpenpvIG1pdHRlbnRlOiAgICAgcHJpdmFjeUBzaG9w
LmV4YW1wbGUuYmU8YnI+CkluZGlyaXp6byBkZXN0aW5hdGFyaW86IGdpdWxpYS5mZXJyYXJpQHN0
dWRpb2ZlcnJhcmkuaXQ8YnI+Ck9nZ2V0dG86ICAgICAgICBJIHN1b2kgZGF0aSBwZXJzb25hbGk6
IGNvcGlhIHJpY2hpZXN0YSBbUFJWLTIwMjYtMDEyNDRdPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJn
aW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5EZXR0YWdsaSBlcnJvcmU8YnI+CkVycm9yZSBzZWdu
YWxhdG86ICAgICAgIDU1MCA1LjEuMTAgUkVTT0xWRVIuQURSLlJlY2lwaWVudE5vdEZvdW5kOyBS
ZWNpcGllbnQgbm90IGZvdW5kIGJ5IFNNVFAgYWRkcmVzcyBsb29rdXA8YnI+CkRTTiBnZW5lcmF0
byBkYTogICAgICAgIEFTOFBSMTBNQjYxNTIuRVVSUFJEMTAuUFJPRC5PVVRMT09LLkNPTTwvcD4K
PGJyPgo8L2JvZHk+CjwvaHRtbD4K

--alt-5a6b7c8d--

--5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
Content-Type: message/delivery-status

Reporting-MTA: dns;AS8PR10MB6152.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Tue, 17 Nov 2026 11:46:44 +0000

Final-Recipient: rfc822;giulia.ferrari@studioferrari.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d
Content-Type: message/rfc822

Received: from smtp.shop.example.be (192.0.2.25) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Tue, 17 Nov 2026 12:46:40 +0100
From: Shop Privacy <privacy@shop.example.be>
To: Giulia Ferrari <giulia.ferrari@studioferrari.it>
Subject: I suoi dati personali: copia richiesta [PRV-2026-01244]
Date: Tue, 17 Nov 2026 12:46:40 +0100
Message-ID: <prv-2026-01244.4.1763380000@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile Sig.ra Ferrari,

come da Sua richiesta di accesso (art. 15 GDPR), in allegato trova una copia
dei dati personali che conserviamo su di Lei.

Cordiali saluti,
Il team privacy

--5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d--
'''),
    ('pt', 'office365-ndr-pt-disabled', 'automated', (), '''Received: from PAXPR08MB7021.eurprd08.prod.outlook.com (2603:10a6:20b:5a7::14) by
 AM9PR07MB7156.eurprd07.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Wed, 18 Nov 2026 10:00:07 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@carvalhojardins.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Wed, 18 Nov 2026 10:00:07 +0000
Subject: =?utf-8?B?TsOjbyDDqSBwb3Nzw612ZWwgZW50cmVnYXI6IFJlOiBQZWRpZG8gZGUg?=
 =?utf-8?B?cmV0aWZpY2HDp8OjbyBkYSBtb3JhZGE=?=
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID:
 <f8e7d6c5b4a3-9288-7164-05f4-e3d2c1b0@PAXPR08MB7021.eurprd08.prod.outlook.com>
In-Reply-To: <prv-2026-01258.2.1763460000@shop.example.be>
References: <prv-2026-01258.2.1763460000@shop.example.be>
Thread-Topic: =?utf-8?B?UmU6IFBlZGlkbyBkZSByZXRpZmljYcOnw6NvIGRhIG1vcmFkYQ==?=
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM9PR07MB7156:EE_|DU0PR04MB9417:EE_
MIME-Version: 1.0

--0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt-0b1c2d3e"

--alt-0b1c2d3e
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

TsOjbyBmb2kgcG9zc8OtdmVsIGVudHJlZ2FyIGEgc3VhIG1lbnNhZ2VtIGEgcnVpLmNhcnZhbGhv
QGNhcnZhbGhvLWphcmRpbnMucHQuCgpBIGNhaXhhIGRlIGNvcnJlaW8gZGUgcnVpLmNhcnZhbGhv
IGVzdMOhIGRlc2F0aXZhZGEgb3UgasOhIG7Do28gZXhpc3RlLgoKcHJpdmFjeSAgICAgICBPZmZp
Y2UgMzY1ICAgICAgIHJ1aS5jYXJ2YWxobwpBw6fDo28gTmVjZXNzw6FyaWEgICAgICAgICAgICAg
ICAgRGVzdGluYXTDoXJpbwoKQ2FpeGEgZGUgY29ycmVpbyBkZXNhdGl2YWRhCgpDb21vIENvcnJp
Z2lyCkNvbnRhY3RlIG8gZGVzdGluYXTDoXJpbyBwb3Igb3V0cm8gbWVpbyAocG9yIGV4ZW1wbG8s
IHBvciB0ZWxlZm9uZSkgZSBwZcOnYS1saGUgdW0gZW5kZXJlw6dvIGRlIGVtYWlsIHbDoWxpZG8u
IFNlIG8gcHJvYmxlbWEgcGVyc2lzdGlyLCBjb250YWN0ZSBvIGFkbWluaXN0cmFkb3IgZGUgZW1h
aWwgZG8gZGVzdGluYXTDoXJpby4KCk1haXMgSW5mb3JtYcOnw7VlcyBwYXJhIEFkbWluaXN0cmFk
b3JlcyBkZSBFbWFpbApDw7NkaWdvIGRlIGVzdGFkbzogNTUwIDUuMi4xCgpFc3RlIGVycm8gb2Nv
cnJlIHBvcnF1ZSBhIGNhaXhhIGRlIGNvcnJlaW8gZG8gZGVzdGluYXTDoXJpbyBmb2kgZGVzYXRp
dmFkYSBvdSBlc3TDoSBhIHNlciByZW1vdmlkYS4KCkRldGFsaGVzIGRhIE1lbnNhZ2VtIE9yaWdp
bmFsCkRhdGEgZGUgQ3JpYcOnw6NvOiAgICAgICAgMTgvMTEvMjAyNiAxMDowMDowMApFbmRlcmXD
p28gZG8gUmVtZXRlbnRlOiAgcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUKRW5kZXJlw6dvIGRvIERl
c3RpbmF0w6FyaW86ICAgICAgIHJ1aS5jYXJ2YWxob0BjYXJ2YWxoby1qYXJkaW5zLnB0CkFzc3Vu
dG86ICAgICAgICBSZTogUGVkaWRvIGRlIHJldGlmaWNhw6fDo28gZGEgbW9yYWRhCgpEZXRhbGhl
cyBkbyBFcnJvCkVycm8gY29tdW5pY2FkbzogICAgICAgIDU1MCA1LjIuMSBTVE9SRURSVi5EZWxp
dmVyOyBtYWlsYm94IGRpc2FibGVkCkRTTiBnZXJhZG8gcG9yOiBQQVhQUjA4TUI3MDIxLmV1cnBy
ZDA4LnByb2Qub3V0bG9vay5jb20K

--alt-0b1c2d3e
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZT5ib2R5e2ZvbnQtZmFtaWx5OiJTZWdvZSBV
SSIsRnJ1dGlnZXIsIkZydXRpZ2VyIExpbm90eXBlIiwiRGVqYXZ1IFNhbnMiLCJIZWx2ZXRpY2Eg
TmV1ZSIsQXJpYWwsc2Fucy1zZXJpZjt9PC9zdHlsZT4KPC9oZWFkPgo8Ym9keT4KPHAgc3R5bGU9
Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPk7Do28gZm9pIHBvc3PDrXZlbCBlbnRyZWdh
ciBhIHN1YSBtZW5zYWdlbSBhIHJ1aS5jYXJ2YWxob0BjYXJ2YWxoby1qYXJkaW5zLnB0LjwvcD4K
PGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+QSBjYWl4YSBkZSBj
b3JyZWlvIGRlIHJ1aS5jYXJ2YWxobyBlc3TDoSBkZXNhdGl2YWRhIG91IGrDoSBuw6NvIGV4aXN0
ZS48L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPnByaXZh
Y3kgICAgICAgT2ZmaWNlIDM2NSAgICAgICBydWkuY2FydmFsaG88YnI+CkHDp8OjbyBOZWNlc3PD
oXJpYSAgICAgICAgICAgICAgICBEZXN0aW5hdMOhcmlvPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJn
aW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5DYWl4YSBkZSBjb3JyZWlvIGRlc2F0aXZhZGE8L3A+
Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPkNvbW8gQ29ycmln
aXI8YnI+CkNvbnRhY3RlIG8gZGVzdGluYXTDoXJpbyBwb3Igb3V0cm8gbWVpbyAocG9yIGV4ZW1w
bG8sIHBvciB0ZWxlZm9uZSkgZSBwZcOnYS1saGUgdW0gZW5kZXJlw6dvIGRlIGVtYWlsIHbDoWxp
ZG8uIFNlIG8gcHJvYmxlbWEgcGVyc2lzdGlyLCBjb250YWN0ZSBvIGFkbWluaXN0cmFkb3IgZGUg
ZW1haWwgZG8gZGVzdGluYXTDoXJpby48L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDtt
YXJnaW4tYm90dG9tOjAiPk1haXMgSW5mb3JtYcOnw7VlcyBwYXJhIEFkbWluaXN0cmFkb3JlcyBk
ZSBFbWFpbDxicj4KQ8OzZGlnbyBkZSBlc3RhZG86IDU1MCA1LjIuMTwvcD4KPGJyPgo8cCBzdHls
ZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+RXN0ZSBlcnJvIG9jb3JyZSBwb3JxdWUg
YSBjYWl4YSBkZSBjb3JyZWlvIGRvIGRlc3RpbmF0w6FyaW8gZm9pIGRlc2F0aXZhZGEgb3UgZXN0
w6EgYSBzZXIgcmVtb3ZpZGEuPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2lu
LWJvdHRvbTowIj5EZXRhbGhlcyBkYSBNZW5zYWdlbSBPcmlnaW5hbDxicj4KRGF0YSBkZSBDcmlh
w6fDo286ICAgICAgICAxOC8xMS8yMDI2IDEwOjAwOjAwPGJyPgpFbmRlcmXDp28gZG8gUmVtZXRl
bnRlOiAgcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmU8YnI+CkVuZGVyZcOnbyBkbyBEZXN0aW5hdMOh
cmlvOiAgICAgICBydWkuY2FydmFsaG9AY2FydmFsaG8tamFyZGlucy5wdDxicj4KQXNzdW50bzog
ICAgICAgIFJlOiBQZWRpZG8gZGUgcmV0aWZpY2HDp8OjbyBkYSBtb3JhZGE8L3A+Cjxicj4KPHAg
c3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPkRldGFsaGVzIGRvIEVycm88YnI+
CkVycm8gY29tdW5pY2FkbzogICAgICAgIDU1MCA1LjIuMSBTVE9SRURSVi5EZWxpdmVyOyBtYWls
Ym94IGRpc2FibGVkPGJyPgpEU04gZ2VyYWRvIHBvcjogUEFYUFIwOE1CNzAyMS5ldXJwcmQwOC5w
cm9kLm91dGxvb2suY29tPC9wPgo8YnI+CjwvYm9keT4KPC9odG1sPgo=

--alt-0b1c2d3e--

--0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f
Content-Type: message/delivery-status

Reporting-MTA: dns;PAXPR08MB7021.eurprd08.prod.outlook.com
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Wed, 18 Nov 2026 10:00:07 +0000

Final-Recipient: rfc822;rui.carvalho@carvalho-jardins.pt
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp;550 5.2.1 STOREDRV.Deliver; mailbox disabled

--0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f
Content-Type: message/rfc822

Received: from smtp.shop.example.be (192.0.2.25) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Wed, 18 Nov 2026 11:00:00 +0100
From: Shop Privacy <privacy@shop.example.be>
To: Rui Carvalho <rui.carvalho@carvalho-jardins.pt>
Subject: =?utf-8?B?UmU6IFBlZGlkbyBkZSByZXRpZmljYcOnw6NvIGRhIG1vcmFkYQ==?=
Date: Wed, 18 Nov 2026 11:00:00 +0100
Message-ID: <prv-2026-01258.2.1763460000@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Caro Sr. Carvalho,

Recebemos o seu pedido de retifica=C3=A7=C3=A3o da morada de entrega. Para =
confirmar
a sua identidade, clique na liga=C3=A7=C3=A3o abaixo no prazo de 7 dias:

https://shop.example.be/privacy/confirmar/Pz8W-1kDe-5Ns

Com os melhores cumprimentos,
A equipa de prote=C3=A7=C3=A3o de dados

--0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f--
'''),
    ('en', 'office365-delivery-delayed', 'automated', (), '''Received: from DU0PR04MB9417.eurprd04.prod.outlook.com (2603:10a6:10:3b0::11) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Fri, 20 Nov 2026 09:07:33 +0000
From: postmaster@shopexample.onmicrosoft.com
To: <privacy@shop.example.be>
Date: Fri, 20 Nov 2026 09:07:33 +0000
Subject: Delivery delayed:Re: Request to close my account
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e4a1f2b3-0c9d-48e7-a6b5-c4d3e2f1a0b9"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <8c7b6a59-4d3e-42f1-90a8-b7c6d5e4f3a2@DU0PR04MB9417.eurprd04.prod.outlook.com>
In-Reply-To: <prv-2026-01261.2.1763618000@shop.example.be>
References: <prv-2026-01261.2.1763618000@shop.example.be>
Thread-Topic: Re: Request to close my account
Thread-Index: AQHcWfK3b2XqGm3f0UeEo3Xx8m2RlA==
Auto-Submitted: auto-generated
MIME-Version: 1.0

--e4a1f2b3-0c9d-48e7-a6b5-c4d3e2f1a0b9
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="f0e1d2c3-b4a5-4697-8877-665544332211"

--f0e1d2c3-b4a5-4697-8877-665544332211
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery is delayed to these recipients or groups:

h.oconnor@oconnor-design.ie (h.oconnor@oconnor-design.ie)

Subject: Re: Request to close my account

This message hasn't been delivered yet. Delivery will continue to be attemp=
ted.

The server will keep trying to deliver this message for the next 1 days, 19=
 hours and 52 minutes. You'll be notified if the message can't be delivered=
 by that time.

Diagnostic information for administrators:

Generating server: DU0PR04MB9417.eurprd04.prod.outlook.com
Receiving server: mail.oconnor-design.ie (203.0.113.88)

h.oconnor@oconnor-design.ie
Remote server at mail.oconnor-design.ie (203.0.113.88) returned '400 4.4.7 =
Message delayed'
11/20/2026 9:02:15 AM - Remote server at mail.oconnor-design.ie (203.0.113.=
88) returned '441 4.4.1 Error encountered while communicating with primary =
target IP address: "Failed to connect. Winsock error code: 10060, Win32 err=
or code: 10060." Attempted failover to alternate host, but that did not suc=
ceed. Either there are no alternate hosts, or delivery failed to all altern=
ate hosts. The last endpoint attempted was 203.0.113.88:25'

--f0e1d2c3-b4a5-4697-8877-665544332211
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style>body{font-family:"Segoe UI",Frutiger,"Frutiger Linotype","Dejavu San=
s","Helvetica Neue",Arial,sans-serif;}</style>
</head>
<body>
<p style=3D"margin-top:0;margin-bottom:0">Delivery is delayed to these reci=
pients or groups:</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">h.oconnor@oconnor-design.ie (h.oc=
onnor@oconnor-design.ie)</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Subject: Re: Request to close my =
account</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">This message hasn&#x27;t been del=
ivered yet. Delivery will continue to be attempted.</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">The server will keep trying to de=
liver this message for the next 1 days, 19 hours and 52 minutes. You&#x27;l=
l be notified if the message can&#x27;t be delivered by that time.</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Diagnostic information for admini=
strators:</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">Generating server: DU0PR04MB9417.=
eurprd04.prod.outlook.com<br>
Receiving server: mail.oconnor-design.ie (203.0.113.88)</p>
<br>
<p style=3D"margin-top:0;margin-bottom:0">h.oconnor@oconnor-design.ie<br>
Remote server at mail.oconnor-design.ie (203.0.113.88) returned &#x27;400 4=
.4.7 Message delayed&#x27;<br>
11/20/2026 9:02:15 AM - Remote server at mail.oconnor-design.ie (203.0.113.=
88) returned &#x27;441 4.4.1 Error encountered while communicating with pri=
mary target IP address: &quot;Failed to connect. Winsock error code: 10060,=
 Win32 error code: 10060.&quot; Attempted failover to alternate host, but t=
hat did not succeed. Either there are no alternate hosts, or delivery faile=
d to all alternate hosts. The last endpoint attempted was 203.0.113.88:25&#=
x27;</p>
<br>
</body>
</html>

--f0e1d2c3-b4a5-4697-8877-665544332211--

--e4a1f2b3-0c9d-48e7-a6b5-c4d3e2f1a0b9
Content-Type: message/delivery-status

Reporting-MTA: dns;DU0PR04MB9417.eurprd04.prod.outlook.com
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Fri, 20 Nov 2026 05:00:12 +0000

Final-Recipient: rfc822;h.oconnor@oconnor-design.ie
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Sun, 22 Nov 2026 05:00:12 +0000
X-Display-Name: h.oconnor@oconnor-design.ie

--e4a1f2b3-0c9d-48e7-a6b5-c4d3e2f1a0b9
Content-Type: text/rfc822-headers

Received: from smtp.shop.example.be (192.0.2.25) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Fri, 20 Nov 2026 05:00:12 +0000
From: Shop Privacy Team <privacy@shop.example.be>
To: Hannah O'Connor <h.oconnor@oconnor-design.ie>
Subject: Re: Request to close my account
Date: Fri, 20 Nov 2026 06:00:00 +0100
Message-ID: <prv-2026-01261.2.1763618000@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

--e4a1f2b3-0c9d-48e7-a6b5-c4d3e2f1a0b9--
'''),
    ('en', 'google-workspace-dsn-failure', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:7010:4b8e:b0:3f1:2a6c:1d2e with SMTP id k14csp3312091mdb;
        Mon, 9 Nov 2026 07:41:19 -0800 (PST)
Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])
        by mx.google.com with SMTPS id a640c23a62f3a-af9a3b1c2d4sor1187766b.3.2026.11.09.07.41.19
        for <privacy@shop.example.be>
        (Google Transport Security);
        Mon, 09 Nov 2026 07:41:19 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <69109b3f.170a0220.2c4f1.a2b7.GMR@mx.google.com>
Date: Mon, 09 Nov 2026 07:41:19 -0800 (PST)
Subject: Delivery Status Notification (Failure)
References: <prv-2026-01172.2.1762702873@shop.example.be>
In-Reply-To: <prv-2026-01172.2.1762702873@shop.example.be>
X-Failed-Recipients: elodie.martin@wanadoo-mail.fr
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000c1f4a60643b1d2e7"; report-type=delivery-status

--000000000000c1f4a60643b1d2e7
Content-Type: multipart/related; boundary="000000000000c1f8d30643b1d2f0"

--000000000000c1f8d30643b1d2f0
Content-Type: multipart/alternative; boundary="000000000000c1f8d40643b1d2f1"

--000000000000c1f8d40643b1d2f1
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to elodie.martin@wanadoo-mail.fr because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <elodie.martin@wanadoo-mail.fr>: Recipient address rejected: User unknown in local recipient table

--000000000000c1f8d40643b1d2f1
Content-Type: text/html; charset="UTF-8"

<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
Address not found
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>elodie.martin@wanadoo-mail.fr</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;font-family:monospace;color:#212121;width:100%;line-height:1.5;">
<td style="padding:24px 24px 0">
<p>The response from the remote server was:</p>
<p style="white-space:pre-wrap;word-break:break-word;">550 5.1.1 &lt;elodie.martin@wanadoo-mail.fr&gt;: Recipient address rejected: User unknown in local recipient table</p>
</td></tr>
</tbody></table>
</body>
</html>

--000000000000c1f8d40643b1d2f1--
--000000000000c1f8d30643b1d2f0
Content-Type: image/png; name="icon.png"
Content-Disposition: attachment; filename="icon.png"
Content-Transfer-Encoding: base64
Content-ID: <icon.png>

iVBORw0KGgoAAAANSUhEUgAAAEgAAABICAYAAABV7bNHAAAABGdBTUEAALGPC/xhBQAAACBjSFJN
AAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6mAAAF3CculE8AAAABmJLR0QA/wD/AP+gvaeTAAAA
CXBIWXMAAAsTAAALEwEAmpwYAAAAB3RJTUUH4gEFBw0FWmxuGQAAAA1JREFUeNrtwTEBAAAAwqD1
T20ND6AAAAAAAAAAAAAAgH8DMCAAAQtZHxgAAAAASUVORK5CYII=
--000000000000c1f8d30643b1d2f0--
--000000000000c1f4a60643b1d2e7
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Mon, 09 Nov 2026 07:41:13 -0800 (PST)
X-Original-Message-ID: <prv-2026-01172.2.1762702873@shop.example.be>

Final-Recipient: rfc822; elodie.martin@wanadoo-mail.fr
Action: failed
Status: 5.1.1
Remote-MTA: dns; smtp-in.wanadoo-mail.fr. (203.0.113.140, the server for the domain wanadoo-mail.fr.)
Diagnostic-Code: smtp; 550 5.1.1 <elodie.martin@wanadoo-mail.fr>: Recipient address rejected: User unknown in local recipient table
Last-Attempt-Date: Mon, 09 Nov 2026 07:41:19 -0800 (PST)

--000000000000c1f4a60643b1d2e7
Content-Type: message/rfc822

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=shop.example.be; s=google; t=1762702873; x=1763307673;
        h=subject:message-id:date:from:to;
        bh=9Qm3vWwYH0X1dKk7m7r2oZQxqz0Yq9W8zJ3tQv1e7Ok=;
        b=KfR1m0Jp5aQ3Xq9sT2vLw8yZbN4cD6eF7gH0iJ1kL2mN3oP4qR5sT6uV7wX8yZ9a
From: =?UTF-8?Q?Service_protection_des_donn=C3=A9es?= <privacy@shop.example.be>
Date: Mon, 9 Nov 2026 16:41:13 +0100
Message-ID: <prv-2026-01172.2.1762702873@shop.example.be>
Subject: =?UTF-8?Q?Re=3A_d=C3=A9sinscription_newsletter_et_suppression_de_mes_don?=
	=?UTF-8?Q?n=C3=A9es?=
To: elodie.martin@wanadoo-mail.fr
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour Madame Martin,

Votre adresse a =C3=A9t=C3=A9 retir=C3=A9e de notre newsletter. Pour la sup=
pression de votre
compte, merci de confirmer votre demande en cliquant sur ce lien :
https://shop.example.be/privacy/confirmer/Hh2K-9pQz-4Vb

Cordialement,
Le service protection des donn=C3=A9es

--000000000000c1f4a60643b1d2e7--
'''),
    ('en', 'gmail-dsn-delay', 'automated', (), '''Delivered-To: privacy@shop.example.be
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Message-ID: <6911f0a2.050a0220.3b1e9.1c44.GMR@mx.google.com>
Date: Tue, 10 Nov 2026 06:12:50 -0800 (PST)
Subject: Delivery Status Notification (Delay)
References: <prv-2026-01188.3.1762772001@shop.example.be>
In-Reply-To: <prv-2026-01188.3.1762772001@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000087b3e20643c4a1f9"; report-type=delivery-status

--00000000000087b3e20643c4a1f9
Content-Type: multipart/alternative; boundary="00000000000087c1150643c4a1fc"

--00000000000087c1150643c4a1fc
Content-Type: text/plain; charset="UTF-8"


** Message not delivered yet **

There was a temporary problem delivering your message to tom.vervoort@bouwkantoor-vervoort.be. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.example/error-codes

--00000000000087c1150643c4a1fc
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Message not delivered yet</h2>
<p style="color:#757575;font-size:16px">There was a temporary problem delivering your message to <b>tom.vervoort@bouwkantoor-vervoort.be</b>. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.</p>
</td></tr>
<tr><td style="font-family:monospace;font-size:12.8px">
<p>The response from the remote server was:</p>
<p style="white-space:pre-wrap;word-break:break-word;">421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.example/error-codes</p>
</td></tr>
</tbody></table>
</body>
</html>

--00000000000087c1150643c4a1fc--

--00000000000087b3e20643c4a1f9
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 09 Nov 2026 06:53:21 -0800 (PST)
X-Original-Message-ID: <prv-2026-01188.3.1762772001@shop.example.be>

Final-Recipient: rfc822; tom.vervoort@bouwkantoor-vervoort.be
Action: delayed
Status: 4.7.0
Remote-MTA: dns; mx1.bouwkantoor-vervoort.be. (203.0.113.17, the server for the domain bouwkantoor-vervoort.be.)
Diagnostic-Code: smtp; 421 4.7.0 [TSS04] Messages from 209.85.220.41 temporarily deferred
Last-Attempt-Date: Tue, 10 Nov 2026 06:12:50 -0800 (PST)
Will-Retry-Until: Wed, 11 Nov 2026 06:53:21 -0800 (PST)

--00000000000087b3e20643c4a1f9
Content-Type: text/rfc822-headers

DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=shop.example.be; s=google; t=1762700001;
        h=to:subject:message-id:date:from:mime-version;
        bh=3b4XyS0o9GkN3m0vD0c9qN6Z1vJm+9V7Vn0sN2qk2wQ=;
        b=Zq1W2e3R4t5Y6u7I8o9P0aSdFgHjKlZxCvBnM1q2W3e4R5t6Y7u8I9o0P1a2S3d
MIME-Version: 1.0
From: Privacyteam Shop <privacy@shop.example.be>
Date: Mon, 9 Nov 2026 15:53:21 +0100
Message-ID: <prv-2026-01188.3.1762772001@shop.example.be>
Subject: Uw gegevens: kopie van uw klantendossier [PRV-2026-01188]
To: tom.vervoort@bouwkantoor-vervoort.be
Content-Type: multipart/mixed; boundary="00000000000071a2c10643b3f0a2"

--00000000000087b3e20643c4a1f9--
'''),
    ('en', 'outlook-com-ndr-mailbox-full', 'automated', (), '''Received: from SJ0PR19MB4528.namprd19.prod.outlook.com (2603:10a6:20b:5a7::14) by
 AM9PR07MB7156.eurprd07.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Sat, 21 Nov 2026 10:20:06 +0000
From: postmaster@outlook.com
To: <privacy@shop.example.be>
Date: Sat, 21 Nov 2026 10:20:06 +0000
Subject: Undeliverable: Re: Please stop sending me your catalogue
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6e5d4c3b-2a19-4087-b6a5-948372615041"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID:
 <140516273849-5a6b-7804-91a2-b3c4d5e6@SJ0PR19MB4528.namprd19.prod.outlook.com>
In-Reply-To: <prv-2026-01280.2.1763720400@shop.example.be>
References: <prv-2026-01280.2.1763720400@shop.example.be>
Thread-Topic: Re: Please stop sending me your catalogue
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: AM9PR07MB7156:EE_|DU0PR04MB9417:EE_
MIME-Version: 1.0

--6e5d4c3b-2a19-4087-b6a5-948372615041
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="alt-6e5d4c3b"

--alt-6e5d4c3b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

WW91ciBtZXNzYWdlIHRvIGtldmluLndhbHNoODRAb3V0bG9vay5jb20gY291bGRuJ3QgYmUgZGVs
aXZlcmVkLgoKa2V2aW4ud2Fsc2g4NCdzIG1haWxib3ggaXMgZnVsbC4KCnByaXZhY3kgICAgICAg
T3V0bG9vay5jb20gICAgICAga2V2aW4ud2Fsc2g4NApBY3Rpb24gUmVxdWlyZWQgICAgICAgICAg
ICAgICAgIFJlY2lwaWVudAoKTWFpbGJveCBmdWxsCgpIb3cgdG8gRml4IEl0ClRoZSByZWNpcGll
bnQncyBtYWlsYm94IGlzIGZ1bGwgYW5kIGNhbid0IGFjY2VwdCBtZXNzYWdlcyBub3cuIFBsZWFz
ZSB0cnkgcmVzZW5kaW5nIHlvdXIgbWVzc2FnZSBsYXRlciwgb3IgY29udGFjdCB0aGUgcmVjaXBp
ZW50IGRpcmVjdGx5LgoKV2FzIHRoaXMgaGVscGZ1bD8gU2VuZCBmZWVkYmFjayB0byBNaWNyb3Nv
ZnQ8aHR0cHM6Ly9nby5taWNyb3NvZnQuY29tL2Z3bGluay8/TGlua0lkPTUyNTkyMD4uCgpNb3Jl
IEluZm8gZm9yIEVtYWlsIEFkbWlucwpTdGF0dXMgY29kZTogNTU0IDUuMi4yCgpUaGlzIGVycm9y
IG9jY3VycyB3aGVuIHRoZSByZWNpcGllbnQncyBtYWlsYm94IGhhcyBleGNlZWRlZCBpdHMgc3Rv
cmFnZSBxdW90YS4KCk9yaWdpbmFsIE1lc3NhZ2UgRGV0YWlscwpDcmVhdGVkIERhdGU6ICAgMTEv
MjEvMjAyNiAxMDoyMDowMCBBTQpTZW5kZXIgQWRkcmVzczogcHJpdmFjeUBzaG9wLmV4YW1wbGUu
YmUKUmVjaXBpZW50IEFkZHJlc3M6ICAgICAga2V2aW4ud2Fsc2g4NEBvdXRsb29rLmNvbQpTdWJq
ZWN0OiAgICAgICAgUmU6IFBsZWFzZSBzdG9wIHNlbmRpbmcgbWUgeW91ciBjYXRhbG9ndWUKCkVy
cm9yIERldGFpbHMKUmVwb3J0ZWQgZXJyb3I6IDU1NCA1LjIuMiBtYWlsYm94IGZ1bGw7IFNUT1JF
RFJWLkRlbGl2ZXIuRXhjZXB0aW9uOlF1b3RhRXhjZWVkZWRFeGNlcHRpb24uTWFwaUV4Y2VwdGlv
blNodXRvZmZRdW90YUV4Y2VlZGVkCkRTTiBnZW5lcmF0ZWQgYnk6ICAgICAgIFNKMFBSMTlNQjQ1
MjgubmFtcHJkMTkucHJvZC5vdXRsb29rLmNvbQo=

--alt-6e5d4c3b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZT5ib2R5e2ZvbnQtZmFtaWx5OiJTZWdvZSBV
SSIsRnJ1dGlnZXIsIkZydXRpZ2VyIExpbm90eXBlIiwiRGVqYXZ1IFNhbnMiLCJIZWx2ZXRpY2Eg
TmV1ZSIsQXJpYWwsc2Fucy1zZXJpZjt9PC9zdHlsZT4KPC9oZWFkPgo8Ym9keT4KPHAgc3R5bGU9
Im1hcmdpbi10b3A6MDttYXJnaW4tYm90dG9tOjAiPllvdXIgbWVzc2FnZSB0byBrZXZpbi53YWxz
aDg0QG91dGxvb2suY29tIGNvdWxkbiYjeDI3O3QgYmUgZGVsaXZlcmVkLjwvcD4KPGJyPgo8cCBz
dHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+a2V2aW4ud2Fsc2g4NCYjeDI3O3Mg
bWFpbGJveCBpcyBmdWxsLjwvcD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1i
b3R0b206MCI+cHJpdmFjeSAgICAgICBPdXRsb29rLmNvbSAgICAgICBrZXZpbi53YWxzaDg0PGJy
PgpBY3Rpb24gUmVxdWlyZWQgICAgICAgICAgICAgICAgIFJlY2lwaWVudDwvcD4KPGJyPgo8cCBz
dHlsZT0ibWFyZ2luLXRvcDowO21hcmdpbi1ib3R0b206MCI+TWFpbGJveCBmdWxsPC9wPgo8YnI+
CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5Ib3cgdG8gRml4IEl0PGJy
PgpUaGUgcmVjaXBpZW50JiN4Mjc7cyBtYWlsYm94IGlzIGZ1bGwgYW5kIGNhbiYjeDI3O3QgYWNj
ZXB0IG1lc3NhZ2VzIG5vdy4gUGxlYXNlIHRyeSByZXNlbmRpbmcgeW91ciBtZXNzYWdlIGxhdGVy
LCBvciBjb250YWN0IHRoZSByZWNpcGllbnQgZGlyZWN0bHkuPC9wPgo8YnI+CjxwIHN0eWxlPSJt
YXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5XYXMgdGhpcyBoZWxwZnVsPyBTZW5kIGZlZWRi
YWNrIHRvIE1pY3Jvc29mdCZsdDtodHRwczovL2dvLm1pY3Jvc29mdC5jb20vZndsaW5rLz9MaW5r
SWQ9NTI1OTIwJmd0Oy48L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90
dG9tOjAiPk1vcmUgSW5mbyBmb3IgRW1haWwgQWRtaW5zPGJyPgpTdGF0dXMgY29kZTogNTU0IDUu
Mi4yPC9wPgo8YnI+CjxwIHN0eWxlPSJtYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowIj5UaGlz
IGVycm9yIG9jY3VycyB3aGVuIHRoZSByZWNpcGllbnQmI3gyNztzIG1haWxib3ggaGFzIGV4Y2Vl
ZGVkIGl0cyBzdG9yYWdlIHF1b3RhLjwvcD4KPGJyPgo8cCBzdHlsZT0ibWFyZ2luLXRvcDowO21h
cmdpbi1ib3R0b206MCI+T3JpZ2luYWwgTWVzc2FnZSBEZXRhaWxzPGJyPgpDcmVhdGVkIERhdGU6
ICAgMTEvMjEvMjAyNiAxMDoyMDowMCBBTTxicj4KU2VuZGVyIEFkZHJlc3M6IHByaXZhY3lAc2hv
cC5leGFtcGxlLmJlPGJyPgpSZWNpcGllbnQgQWRkcmVzczogICAgICBrZXZpbi53YWxzaDg0QG91
dGxvb2suY29tPGJyPgpTdWJqZWN0OiAgICAgICAgUmU6IFBsZWFzZSBzdG9wIHNlbmRpbmcgbWUg
eW91ciBjYXRhbG9ndWU8L3A+Cjxicj4KPHAgc3R5bGU9Im1hcmdpbi10b3A6MDttYXJnaW4tYm90
dG9tOjAiPkVycm9yIERldGFpbHM8YnI+ClJlcG9ydGVkIGVycm9yOiA1NTQgNS4yLjIgbWFpbGJv
eCBmdWxsOyBTVE9SRURSVi5EZWxpdmVyLkV4Y2VwdGlvbjpRdW90YUV4Y2VlZGVkRXhjZXB0aW9u
Lk1hcGlFeGNlcHRpb25TaHV0b2ZmUXVvdGFFeGNlZWRlZDxicj4KRFNOIGdlbmVyYXRlZCBieTog
ICAgICAgU0owUFIxOU1CNDUyOC5uYW1wcmQxOS5wcm9kLm91dGxvb2suY29tPC9wPgo8YnI+Cjwv
Ym9keT4KPC9odG1sPgo=

--alt-6e5d4c3b--

--6e5d4c3b-2a19-4087-b6a5-948372615041
Content-Type: message/delivery-status

Reporting-MTA: dns;SJ0PR19MB4528.namprd19.prod.outlook.com
Received-From-MTA: dns;smtp.shop.example.be
Arrival-Date: Sat, 21 Nov 2026 10:20:06 +0000

Final-Recipient: rfc822;kevin.walsh84@outlook.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--6e5d4c3b-2a19-4087-b6a5-948372615041
Content-Type: message/rfc822

Received: from smtp.shop.example.be (192.0.2.25) by
 DU0PR04MB9417.eurprd04.prod.outlook.com with Microsoft SMTP Server
 id 15.20.8722.21; Sat, 21 Nov 2026 11:20:00 +0100
From: Shop Privacy <privacy@shop.example.be>
To: Kevin Walsh <kevin.walsh84@outlook.com>
Subject: Re: Please stop sending me your catalogue
Date: Sat, 21 Nov 2026 11:20:00 +0100
Message-ID: <prv-2026-01280.2.1763720400@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dear Mr Walsh,

We have removed your address from our newsletter and from our postal
catalogue list. You will not receive further marketing from us.

Kind regards,
The Shop privacy team

--6e5d4c3b-2a19-4087-b6a5-948372615041--
'''),
    ('en', 'yahoo-failure-notice-disabled', 'automated', (), '''Return-Path: <>
Received: from sonic313-21.consmr.mail.bf2.yahoo.com (sonic313-21.consmr.mail.bf2.yahoo.com [74.6.133.195])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QBk7W2nRkz9sT
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 20:44:03 +0100 (CET)
Date: Wed, 18 Nov 2026 19:44:02 +0000
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
Message-ID: <1763495042.1187.yahoo.failure@sonic313-21.consmr.mail.bf2.yahoo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Sorry, we were unable to deliver your message to the following address.

<nadia_bennani77@yahoo.com>:
554: delivery error: dd Sorry, your message to nadia_bennani77@yahoo.com cannot be delivered. This mailbox is disabled (554.30). - mta4023.mail.bf2.yahoo.com

--- Below this line is a copy of the message.

Received: from 192.0.2.25 (EHLO smtp.shop.example.be)
  by mta4023.mail.bf2.yahoo.com with SMTP; Wed, 18 Nov 2026 19:44:01 +0000
Date: Wed, 18 Nov 2026 20:44:00 +0100
From: Shop Privacy Team <privacy@shop.example.be>
To: nadia_bennani77@yahoo.com
Subject: Re: what data do you have on me? [PRV-2026-01262]
Message-ID: <prv-2026-01262.2.1763495040@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Ms Bennani,

We received your request for access to your personal data (Article 15
GDPR). To protect your data, please confirm your identity by clicking the
link below within 7 days:

https://shop.example.be/privacy/confirm/Gt5R-2wXc-8Yq

Kind regards,
The Shop privacy team
'''),
    ('en', 'icloud-over-quota', 'automated', (), '''Return-Path: <>
Received: from outbound.ci.icloud.com (ci-asmtp-me-k8s.p00.prod.me.com [17.57.156.38])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QCr0G5tWlz9sT
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 21:30:52 +0100 (CET)
Received: by p00-icloudmta-asmtp-us-west-2a-100-percent-5.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com (Postfix)
	id 2A7D61800A3; Thu, 19 Nov 2026 20:30:51 +0000 (UTC)
Date: Thu, 19 Nov 2026 20:30:51 +0000 (UTC)
From: MAILER-DAEMON@icloud.com (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2A7D61800A3.1763584251/p00-icloudmta-asmtp-us-west-2a-100-percent-5"
Content-Transfer-Encoding: 8bit
Message-Id: <20261119203051.2A7D61800A3@p00-icloudmta-asmtp-us-west-2a-100-percent-5>

This is a MIME-encapsulated message.

--2A7D61800A3.1763584251/p00-icloudmta-asmtp-us-west-2a-100-percent-5
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host p00-icloudmta-asmtp-us-west-2a-100-percent-5.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<laura.vermeiren@icloud.com>: host
    p32-mailgateway-smtp-5c7d9b8f4-xq2lm.p32-mailgateway-smtp.icloud-mail-production.svc.kube.us-west-2a.k8s.cloud.apple.com[10.0.41.12]
    said: 552 5.2.2 <laura.vermeiren@icloud.com>: user is over quota (in reply
    to RCPT TO command)

--2A7D61800A3.1763584251/p00-icloudmta-asmtp-us-west-2a-100-percent-5
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; p00-icloudmta-asmtp-us-west-2a-100-percent-5
X-Postfix-Queue-ID: 2A7D61800A3
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 19 Nov 2026 20:30:50 +0000 (UTC)

Final-Recipient: rfc822; laura.vermeiren@icloud.com
Original-Recipient: rfc822;laura.vermeiren@icloud.com
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <laura.vermeiren@icloud.com>: user is over
    quota

--2A7D61800A3.1763584251/p00-icloudmta-asmtp-us-west-2a-100-percent-5
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from smtp.shop.example.be (smtp.shop.example.be [192.0.2.25])
	by p00-icloudmta-asmtp-us-west-2a-100-percent-5 (Postfix) with ESMTPS id 2A7D61800A3
	for <laura.vermeiren@icloud.com>; Thu, 19 Nov 2026 20:30:50 +0000 (UTC)
Date: Thu, 19 Nov 2026 21:30:49 +0100
From: Privacyteam Shop <privacy@shop.example.be>
To: Laura Vermeiren <laura.vermeiren@icloud.com>
Subject: Uw gegevens in een CSV-bestand [PRV-2026-01269]
Message-ID: <prv-2026-01269.4.1763584249@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_prv_51b0c9e4aa"

--2A7D61800A3.1763584251/p00-icloudmta-asmtp-us-west-2a-100-percent-5--
'''),
    ('en', 'courier-dsn', 'automated', (), '''Return-Path: <>
Received: from mail.kleinbetrieb-isp.example (mail.kleinbetrieb-isp.example [198.51.100.201])
	by mx1.shop.example.be (Postfix) with ESMTP id 4QDg3F0Jpqz9sT
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 13:15:44 +0100 (CET)
From: "Courier mail server at mail.kleinbetrieb-isp.example" <@>
To: <privacy@shop.example.be>
Subject: NOTICE: mail delivery status.
Mime-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
    boundary="=_courier_0"
Content-Transfer-Encoding: 7bit
Message-ID: <courier.000000006920C5F0.00004D12@mail.kleinbetrieb-isp.example>
Date: Sat, 21 Nov 2026 13:15:43 +0100

This is a MIME-formatted message.  If you see this text it means that your
E-mail software does not support MIME-formatted messages.

--=_courier_0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

This is a delivery status notification from mail.kleinbetrieb-isp.example,
running the Courier mail server, version 1.3.12.

The original message was received on Sat, 21 Nov 2026 13:15:41 +0100
from mx1.shop.example.be (mx1.shop.example.be [::ffff:192.0.2.26])

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<p.wagner@kleinbetrieb-isp.example>:
    mail.kleinbetrieb-isp.example [::ffff:198.51.100.201]:
>>> RCPT TO:<p.wagner@kleinbetrieb-isp.example>
<<< 550 User unknown.

---------------------------------------------------------------------------

If your message was also sent to additional recipients, their delivery
status is not included in this report.  You may or may not receive
other delivery status notifications for additional recipients.

The original message follows as a separate attachment.


--=_courier_0
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Reporting-MTA: dns; mail.kleinbetrieb-isp.example
Arrival-Date: Sat, 21 Nov 2026 13:15:41 +0100
Received-From-MTA: dns; mx1.shop.example.be (mx1.shop.example.be [::ffff:192.0.2.26])

Final-Recipient: rfc822; p.wagner@kleinbetrieb-isp.example
Action: failed
Status: 5.0.0
Remote-MTA: dns; mail.kleinbetrieb-isp.example
Diagnostic-Code: smtp; 550 User unknown.

--=_courier_0
Content-Type: text/rfc822-headers; charset="utf-8"
Content-Transfer-Encoding: 7bit

Received: from mx1.shop.example.be (mx1.shop.example.be [::ffff:192.0.2.26])
  (TLS: TLSv1.3,256bits,TLS_AES_256_GCM_SHA384)
  by mail.kleinbetrieb-isp.example with UTF8SMTPS; Sat, 21 Nov 2026 13:15:41 +0100
  id 000000006920C5ED.00004D10
Date: Sat, 21 Nov 2026 13:15:40 +0100
From: Shop Datenschutz <privacy@shop.example.be>
To: Peter Wagner <p.wagner@kleinbetrieb-isp.example>
Subject: =?utf-8?Q?Ihr_Widerspruch_gegen_personalisierte_Werbung_(Art._21_DSGVO)?=
Message-ID: <prv-2026-01283.2.1763727340@shop.example.be>

--=_courier_0--
'''),
    ('en', 'amavis-ube-notification', 'automated', (), '''Return-Path: <>
Received: from mx.hausverwaltung-koch.example (mx.hausverwaltung-koch.example [203.0.113.230])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QF2xK1n8Tz9sT
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 08:51:27 +0100 (CET)
Received: from localhost (localhost [127.0.0.1])
	by mx.hausverwaltung-koch.example (Postfix) with ESMTP id 7C2E1A0131
	for <privacy@shop.example.be>; Mon, 23 Nov 2026 08:51:27 +0100 (CET)
Date: Mon, 23 Nov 2026 08:51:27 +0100 (CET)
From: "Content-filter at mx.hausverwaltung-koch.example" <postmaster@mx.hausverwaltung-koch.example>
To: <privacy@shop.example.be>
Subject: Considered UNSOLICITED BULK EMAIL, apparently from you
In-Reply-To: <prv-2026-01290.2.1763884280@shop.example.be>
Message-ID: <SSWP7Aa2Qbcd@mx.hausverwaltung-koch.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="----------=_1763884287-21794-0"
Content-Transfer-Encoding: 7bit

This is a multi-part message in MIME format...

------------=_1763884287-21794-0
Content-Type: text/plain; charset="UTF-8"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

A message from <privacy@shop.example.be> to:
-> s.koch@hausverwaltung-koch.example

was considered unsolicited bulk e-mail (UBE).

Our internal reference code for your message is 21794-03/SSWP7Aa2Qbcd

The message carried your return address, so it was either a genuine mail
from you, or a sender address was faked and your e-mail address abused
by third party, in which case we apologize for undesired notification.

We do try to minimize backscatter for more prominent cases of UBE and
for infected mail, but for less obvious cases of UBE some balance
between losing genuine mail and sending undesired backscatter is sought,
and there can be some collateral damage on both sides.

First upstream SMTP client IP address: [192.0.2.25] smtp.shop.example.be

Received trace: ESMTP://192.0.2.25

Return-Path: <privacy@shop.example.be>
From: Shop Datenschutz <privacy@shop.example.be>
Message-ID: <prv-2026-01290.2.1763884280@shop.example.be>
Subject: Ihre Anfrage: Kopie Ihrer Daten im maschinenlesbaren Format
Delivery of the email was stopped!

------------=_1763884287-21794-0
Content-Type: message/delivery-status
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Delivery error report

Reporting-MTA: dns; mx.hausverwaltung-koch.example
Received-From-MTA: dns; smtp.shop.example.be ([192.0.2.25])
Arrival-Date: Mon, 23 Nov 2026 08:51:24 +0100 (CET)

Original-Recipient: rfc822;s.koch@hausverwaltung-koch.example
Final-Recipient: rfc822;s.koch@hausverwaltung-koch.example
Action: failed
Status: 5.7.0
Diagnostic-Code: smtp; 554 5.7.0 Reject, id=21794-03 - spam
Last-Attempt-Date: Mon, 23 Nov 2026 08:51:27 +0100 (CET)
Final-Log-ID: 21794-03/SSWP7Aa2Qbcd

------------=_1763884287-21794-0
Content-Type: text/rfc822-headers
Content-Disposition: inline
Content-Transfer-Encoding: 7bit
Content-Description: Message header section

Return-Path: <privacy@shop.example.be>
Received: from smtp.shop.example.be (smtp.shop.example.be [192.0.2.25])
	by mx.hausverwaltung-koch.example (Postfix) with ESMTPS id 5B1D0A012F
	for <s.koch@hausverwaltung-koch.example>; Mon, 23 Nov 2026 08:51:24 +0100 (CET)
Date: Mon, 23 Nov 2026 08:51:20 +0100
From: Shop Datenschutz <privacy@shop.example.be>
To: Sabine Koch <s.koch@hausverwaltung-koch.example>
Subject: Ihre Anfrage: Kopie Ihrer Daten im maschinenlesbaren Format
Message-ID: <prv-2026-01290.2.1763884280@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_prv_c3d2a1b0ff"
X-Spam-Score: 7.412
X-Spam-Level: *******
X-Spam-Status: Yes, score=7.412 required=6.31 tests=[BAYES_80=2,
	HTML_MESSAGE=0.001, MIME_HTML_ONLY=0.1, URIBL_BLACK=3.5,
	RDNS_NONE=1.274, SPF_SOFTFAIL=0.537] autolearn=no autolearn_force=no

------------=_1763884287-21794-0--
'''),
    ('en', 'exchange-online-oof', 'automated', (), '''From: Pieter Claes <pieter.claes@claes-bouw.example>
To: Shop Privacy <privacy@shop.example.be>
Subject: Automatic reply: Your request for a copy of your personal data [PRV-2026-01176]
Thread-Topic: Your request for a copy of your personal data [PRV-2026-01176]
Thread-Index: AQHcV8m4kR2p0sT6u7vYxZw==
Date: Mon, 9 Nov 2026 10:02:44 +0000
Message-ID:
 <DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR07MB8812@DB9PR07MB8812.eurprd07.prod.outlook.com>
References: <prv-2026-01176.2.1762682560@shop.example.be>
In-Reply-To: <prv-2026-01176.2.1762682560@shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR0_"
MIME-Version: 1.0

--_000_DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VGhhbmsgeW91IGZvciB5b3VyIGVtYWlsLgoKSSBhbSBvdXQgb2YgdGhlIG9mZmljZSB1bnRpbCBN
b25kYXkgMjMgTm92ZW1iZXIgd2l0aCBsaW1pdGVkIGFjY2VzcyB0byBlbWFpbC4gWW91ciBtZXNz
YWdlIHdpbGwgbm90IGJlIGZvcndhcmRlZC4KCkZvciB1cmdlbnQgbWF0dGVycywgcGxlYXNlIGNv
bnRhY3Qgb3VyIG9mZmljZSBvbiArMzIgOSAxMjMgNDUgNjcgb3Igb2ZmaWNlQGNsYWVzLWJvdXcu
ZXhhbXBsZS4KCktpbmQgcmVnYXJkcywKUGlldGVyIENsYWVzCg==

--_000_DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR0_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6dj0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTp2bWwiIHhtbG5zOm89InVy
bjpzY2hlbWFzLW1pY3Jvc29mdC1jb206b2ZmaWNlOm9mZmljZSIgeG1sbnM6dz0idXJuOnNjaGVt
YXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6d29yZCIgeG1sbnM6bT0iaHR0cDovL3NjaGVtYXMubWlj
cm9zb2Z0LmNvbS9vZmZpY2UvMjAwNC8xMi9vbW1sIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv
VFIvUkVDLWh0bWw0MCI+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNv
bnRlbnQ9InRleHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxtZXRhIG5hbWU9IkdlbmVyYXRvciIg
Y29udGVudD0iTWljcm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSkiPgo8c3R5bGU+PCEt
LQpwLk1zb05vcm1hbCwgbGkuTXNvTm9ybWFsLCBkaXYuTXNvTm9ybWFsCgl7bWFyZ2luOjBjbTsK
CWZvbnQtc2l6ZToxMS4wcHQ7Cglmb250LWZhbWlseToiQXB0b3MiLHNhbnMtc2VyaWY7fQotLT48
L3N0eWxlPgo8L2hlYWQ+Cjxib2R5IGxhbmc9IkVOLVVTIiBsaW5rPSIjNDY3ODg2IiB2bGluaz0i
Izk2NjA3RCIgc3R5bGU9IndvcmQtd3JhcDpicmVhay13b3JkIj4KPGRpdiBjbGFzcz0iV29yZFNl
Y3Rpb24xIj4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+VGhhbmsgeW91IGZvciB5b3VyIGVtYWlsLjxv
OnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj4mbmJzcDs8bzpwPjwvbzpwPjwvcD4K
PHAgY2xhc3M9Ik1zb05vcm1hbCI+SSBhbSBvdXQgb2YgdGhlIG9mZmljZSB1bnRpbCBNb25kYXkg
MjMgTm92ZW1iZXIgd2l0aCBsaW1pdGVkIGFjY2VzcyB0byBlbWFpbC4gWW91ciBtZXNzYWdlIHdp
bGwgbm90IGJlIGZvcndhcmRlZC48bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+
Jm5ic3A7PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPkZvciB1cmdlbnQgbWF0
dGVycywgcGxlYXNlIGNvbnRhY3Qgb3VyIG9mZmljZSBvbiArMzIgOSAxMjMgNDUgNjcgb3Igb2Zm
aWNlQGNsYWVzLWJvdXcuZXhhbXBsZS48bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1h
bCI+Jm5ic3A7PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPktpbmQgcmVnYXJk
cyw8bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+UGlldGVyIENsYWVzPG86cD48
L286cD48L3A+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K

--_000_DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR0_--
'''),
    ('nl', 'exchange-online-oof-nl', 'automated', (), '''From: "Goossens, Ann" <ann.goossens@verzekeringen-lier.example>
To: Shop Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw vraag om inzage [PRV-2026-01195]
Thread-Topic: Uw vraag om inzage [PRV-2026-01195]
Thread-Index: AQHcV8m4kR2p0sT6u7vYxZw==
Date: Tue, 10 Nov 2026 14:31:09 +0000
Message-ID:
 <AM8PR02MB7412D0E4C3B2A1F0E9D8C7B6A5AM8PR02MB7412@AM8PR02MB7412.eurprd02.prod.outlook.com>
References: <prv-2026-01195.2.1762784900@shop.example.be>
In-Reply-To: <prv-2026-01195.2.1762784900@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_AM8PR02MB7412D0E4C3B2A1F0E9D8C7B6A5AM8PR_"
MIME-Version: 1.0

--_000_AM8PR02MB7412D0E4C3B2A1F0E9D8C7B6A5AM8PR_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGFnLAoKSWsgYmVuIGFmd2V6aWcgdG90IGVuIG1ldCB2cmlqZGFnIDIwIG5vdmVtYmVyIGVuIGhl
YiBnZWVuIHRvZWdhbmcgdG90IG1pam4gbWFpbHMuIFV3IGUtbWFpbCB3b3JkdCBuaWV0IGRvb3Jn
ZXN0dXVyZC4KClZvb3IgZHJpbmdlbmRlIHpha2VuIGthbiB1IHRlcmVjaHQgYmlqIG1pam4gY29s
bGVnYSBCYXJ0IFdpbGxlbXMgKGJhcnQud2lsbGVtc0B2ZXJ6ZWtlcmluZ2VuLWxpZXIuZXhhbXBs
ZSDigJMgMDMgNDgwIDEyIDM0KS4KCk1ldCB2cmllbmRlbGlqa2UgZ3JvZXRlbiwKQW5uIEdvb3Nz
ZW5zCg==

--_000_AM8PR02MB7412D0E4C3B2A1F0E9D8C7B6A5AM8PR_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6dj0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTp2bWwiIHhtbG5zOm89InVy
bjpzY2hlbWFzLW1pY3Jvc29mdC1jb206b2ZmaWNlOm9mZmljZSIgeG1sbnM6dz0idXJuOnNjaGVt
YXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6d29yZCIgeG1sbnM6bT0iaHR0cDovL3NjaGVtYXMubWlj
cm9zb2Z0LmNvbS9vZmZpY2UvMjAwNC8xMi9vbW1sIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv
VFIvUkVDLWh0bWw0MCI+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNv
bnRlbnQ9InRleHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxtZXRhIG5hbWU9IkdlbmVyYXRvciIg
Y29udGVudD0iTWljcm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSkiPgo8c3R5bGU+PCEt
LQpwLk1zb05vcm1hbCwgbGkuTXNvTm9ybWFsLCBkaXYuTXNvTm9ybWFsCgl7bWFyZ2luOjBjbTsK
CWZvbnQtc2l6ZToxMS4wcHQ7Cglmb250LWZhbWlseToiQXB0b3MiLHNhbnMtc2VyaWY7fQotLT48
L3N0eWxlPgo8L2hlYWQ+Cjxib2R5IGxhbmc9IkVOLVVTIiBsaW5rPSIjNDY3ODg2IiB2bGluaz0i
Izk2NjA3RCIgc3R5bGU9IndvcmQtd3JhcDpicmVhay13b3JkIj4KPGRpdiBjbGFzcz0iV29yZFNl
Y3Rpb24xIj4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+RGFnLDxvOnA+PC9vOnA+PC9wPgo8cCBjbGFz
cz0iTXNvTm9ybWFsIj4mbmJzcDs8bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+
SWsgYmVuIGFmd2V6aWcgdG90IGVuIG1ldCB2cmlqZGFnIDIwIG5vdmVtYmVyIGVuIGhlYiBnZWVu
IHRvZWdhbmcgdG90IG1pam4gbWFpbHMuIFV3IGUtbWFpbCB3b3JkdCBuaWV0IGRvb3JnZXN0dXVy
ZC48bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+Jm5ic3A7PG86cD48L286cD48
L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPlZvb3IgZHJpbmdlbmRlIHpha2VuIGthbiB1IHRlcmVj
aHQgYmlqIG1pam4gY29sbGVnYSBCYXJ0IFdpbGxlbXMgKGJhcnQud2lsbGVtc0B2ZXJ6ZWtlcmlu
Z2VuLWxpZXIuZXhhbXBsZSDigJMgMDMgNDgwIDEyIDM0KS48bzpwPjwvbzpwPjwvcD4KPHAgY2xh
c3M9Ik1zb05vcm1hbCI+Jm5ic3A7PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwi
Pk1ldCB2cmllbmRlbGlqa2UgZ3JvZXRlbiw8bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05v
cm1hbCI+QW5uIEdvb3NzZW5zPG86cD48L286cD48L3A+CjwvZGl2Pgo8L2JvZHk+CjwvaHRtbD4K

--_000_AM8PR02MB7412D0E4C3B2A1F0E9D8C7B6A5AM8PR_--
'''),
    ('fr', 'exchange-online-oof-fr', 'automated', (), '''From: =?iso-8859-1?Q?H=E9l=E8ne_Dufour?= <h.dufour@notaire-dufour.example>
To: Shop Privacy <privacy@shop.example.be>
Subject: =?utf-8?B?UsOpcG9uc2UgYXV0b21hdGlxdWUgOiBSZTogU3VwcHJlc3Npb24gZGUg?=
 =?utf-8?B?bW9uIGNvbXB0ZSBjbGllbnQ=?=
Thread-Topic: Re: Suppression de mon compte client
Thread-Index: AQHcV8m4kR2p0sT6u7vYxZw==
Date: Wed, 11 Nov 2026 08:15:52 +0000
Message-ID:
 <PAXPR01MB8830B1C2D3E4F5A6B7C8D9E0F1PAXPR01MB8830@PAXPR01MB8830.eurprd01.prod.outlook.com>
References: <prv-2026-01201.2.1762848900@shop.example.be>
In-Reply-To: <prv-2026-01201.2.1762848900@shop.example.be>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_PAXPR01MB8830B1C2D3E4F5A6B7C8D9E0F1PAXPR_"
MIME-Version: 1.0

--_000_PAXPR01MB8830B1C2D3E4F5A6B7C8D9E0F1PAXPR_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

Qm9uam91ciwKCkplIHN1aXMgYWJzZW50ZSBkdSBidXJlYXUganVzcXUnYXUgbHVuZGkgMTYgbm92
ZW1icmUgaW5jbHVzLiBKZSBwcmVuZHJhaSBjb25uYWlzc2FuY2UgZGUgdm90cmUgbWVzc2FnZSDD
oCBtb24gcmV0b3VyLgoKRW4gY2FzIGQndXJnZW5jZSwgdm91cyBwb3V2ZXogam9pbmRyZSBsJ8Op
dHVkZSBhdSAwNCAyMjIgMzMgNDQuCgpCaWVuIMOgIHZvdXMsCkjDqWzDqG5lIER1Zm91cgo=

--_000_PAXPR01MB8830B1C2D3E4F5A6B7C8D9E0F1PAXPR_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6dj0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTp2bWwiIHhtbG5zOm89InVy
bjpzY2hlbWFzLW1pY3Jvc29mdC1jb206b2ZmaWNlOm9mZmljZSIgeG1sbnM6dz0idXJuOnNjaGVt
YXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6d29yZCIgeG1sbnM6bT0iaHR0cDovL3NjaGVtYXMubWlj
cm9zb2Z0LmNvbS9vZmZpY2UvMjAwNC8xMi9vbW1sIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv
VFIvUkVDLWh0bWw0MCI+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNv
bnRlbnQ9InRleHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxtZXRhIG5hbWU9IkdlbmVyYXRvciIg
Y29udGVudD0iTWljcm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSkiPgo8c3R5bGU+PCEt
LQpwLk1zb05vcm1hbCwgbGkuTXNvTm9ybWFsLCBkaXYuTXNvTm9ybWFsCgl7bWFyZ2luOjBjbTsK
CWZvbnQtc2l6ZToxMS4wcHQ7Cglmb250LWZhbWlseToiQXB0b3MiLHNhbnMtc2VyaWY7fQotLT48
L3N0eWxlPgo8L2hlYWQ+Cjxib2R5IGxhbmc9IkVOLVVTIiBsaW5rPSIjNDY3ODg2IiB2bGluaz0i
Izk2NjA3RCIgc3R5bGU9IndvcmQtd3JhcDpicmVhay13b3JkIj4KPGRpdiBjbGFzcz0iV29yZFNl
Y3Rpb24xIj4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+Qm9uam91ciw8bzpwPjwvbzpwPjwvcD4KPHAg
Y2xhc3M9Ik1zb05vcm1hbCI+Jm5ic3A7PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3Jt
YWwiPkplIHN1aXMgYWJzZW50ZSBkdSBidXJlYXUganVzcXUnYXUgbHVuZGkgMTYgbm92ZW1icmUg
aW5jbHVzLiBKZSBwcmVuZHJhaSBjb25uYWlzc2FuY2UgZGUgdm90cmUgbWVzc2FnZSDDoCBtb24g
cmV0b3VyLjxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj4mbmJzcDs8bzpwPjwv
bzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+RW4gY2FzIGQndXJnZW5jZSwgdm91cyBwb3V2
ZXogam9pbmRyZSBsJ8OpdHVkZSBhdSAwNCAyMjIgMzMgNDQuPG86cD48L286cD48L3A+CjxwIGNs
YXNzPSJNc29Ob3JtYWwiPiZuYnNwOzxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFs
Ij5CaWVuIMOgIHZvdXMsPG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPkjDqWzD
qG5lIER1Zm91cjxvOnA+PC9vOnA+PC9wPgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_000_PAXPR01MB8830B1C2D3E4F5A6B7C8D9E0F1PAXPR_--
'''),
    ('es', 'gmail-vacation-responder', 'automated', (), '''Delivered-To: privacy@shop.example.be
Received: by 2002:a05:6a10:e48f:b0:5c2:1f0a:9b3d with SMTP id m15csp1190332pxq;
        Thu, 12 Nov 2026 02:47:31 -0800 (PST)
Return-Path: <lucia.fdez.moreno@gmail.com>
MIME-Version: 1.0
From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fdez.moreno@gmail.com>
Date: Thu, 12 Nov 2026 02:47:31 -0800
Message-ID: <CAHk3b7vQ0Rz0sT1u2v3w4x5y6z7A8B9C0D1E2F3G4H5I6J7K8L9M@mail.gmail.com>
Subject: =?UTF-8?Q?De_vacaciones_hasta_el_30_de_noviembre?=
To: privacy@shop.example.be
In-Reply-To: <prv-2026-01207.2.1762940800@shop.example.be>
References: <prv-2026-01207.2.1762940800@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="00000000000021d8f90643d2c4a7"

--00000000000021d8f90643d2c4a7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy de vacaciones hasta el 30 de noviembre y apenas miro el correo. Te
contestar=C3=A9 en cuanto vuelva.

Si es algo urgente, ll=C3=A1mame al 600 12 34 56.

Un saludo,
Luc=C3=ADa

--00000000000021d8f90643d2c4a7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola:<div><br></div><div>Estoy de vacaciones hasta el 30 d=
e noviembre y apenas miro el correo. Te contestar=C3=A9 en cuanto vuelva.</=
div><div><br></div><div>Si es algo urgente, ll=C3=A1mame al 600 12 34 56.</=
div><div><br></div><div>Un saludo,</div><div>Luc=C3=ADa</div></div>

--00000000000021d8f90643d2c4a7--
'''),
    ('de', 'sieve-vacation-roundcube', 'automated', (), '''Return-Path: <>
Received: from mail.stadtwerke-musterhausen.example (mail.stadtwerke-musterhausen.example [198.51.100.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QAq3r4Fh8z9sT
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 07:58:31 +0100 (CET)
Received: from mail.stadtwerke-musterhausen.example
	by mail.stadtwerke-musterhausen.example with LMTP
	id 8JdbBTd2GWkjXAAAa3n2qA
	(envelope-from <privacy@shop.example.be>)
	for <k.vogel@stadtwerke-musterhausen.example>; Mon, 16 Nov 2026 07:58:31 +0100
Message-ID: <dovecot-sieve-1763276311-412733-0@mail.stadtwerke-musterhausen.example>
Date: Mon, 16 Nov 2026 07:58:31 +0100
X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)
From: Katrin Vogel <k.vogel@stadtwerke-musterhausen.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?Abwesend_bis_27=2E11=2E2026?=
In-Reply-To: <prv-2026-01238.2.1763276300@shop.example.be>
References: <prv-2026-01238.2.1763276300@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.11.2026
nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an kundenservice@stadtwerke-musterhausen.example.

Mit freundlichen Grüßen
Katrin Vogel
'''),
    ('nl', 'sogo-sieve-vacation', 'automated', (), '''Return-Path: <>
Received: from smtp.hogeschool-demo.example (smtp.hogeschool-demo.example [198.51.100.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QBnM91r6yz9sT
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 12:04:10 +0100 (CET)
Message-ID: <dovecot-sieve-1763463850-88121-1@imap2.hogeschool-demo.example>
Date: Wed, 18 Nov 2026 12:04:10 +0100
X-Sieve: Pigeonhole Sieve 0.5.19 (4eae2f79)
From: <wouter.maes@hogeschool-demo.example>
To: <privacy@shop.example.be>
Subject: Auto: Uw verzoek tot verwijdering van uw account [PRV-2026-01255]
In-Reply-To: <prv-2026-01255.2.1763463840@shop.example.be>
References: <prv-2026-01255.2.1763463840@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste,

Ik ben met verlof tot 25 november. Mails worden na mijn terugkeer behandeld.
Voor vragen over lessen en examens: secretariaat@hogeschool-demo.example

Groeten,
Wouter Maes

---
Dit is een automatisch antwoord.
'''),
    ('it', 'thunderbird-template-reply', 'automated', (), '''Return-Path: <marco.galli@galli-serramenti.it>
Received: from [192.168.1.34] (host-87-12-4-101.retail.telecom.example [87.12.4.101])
	by smtp.provider-it.example (Postfix) with ESMTPSA id 4QC2d01wK5z1Vh
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 09:12:03 +0100 (CET)
Message-ID: <8d1f0c6a-3b2e-4e5f-9a7c-1d2e3f4a5b6c@galli-serramenti.it>
Date: Thu, 19 Nov 2026 09:12:02 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Auto-Submitted: auto-replied
Subject: Risposta automatica - assente fino al 25/11
To: privacy@shop.example.be
References: <prv-2026-01264.2.1763539900@shop.example.be>
In-Reply-To: <prv-2026-01264.2.1763539900@shop.example.be>
Content-Language: it
From: Marco Galli <marco.galli@galli-serramenti.it>
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buongiorno,

sono fuori ufficio fino a mercoledì 25 novembre e non ho accesso regolare 
alla posta. Risponderò al mio rientro.

Per urgenze: ufficio@galli-serramenti.it - tel. 0522 123456

Questo è un messaggio generato automaticamente.

Marco Galli
Galli Serramenti s.r.l.
'''),
    ('pt', 'apple-mail-rule-reply', 'automated', (), '''Return-Path: <ana.sousa@mac-pt.example>
Received: from smtpclient.apple (bl5-201-14.dsl.telepac.example [2.82.201.14])
	by smtp.mac-pt.example with ESMTPSA id 4QCH2b3Zy1z8K
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 18:40:55 +0000 (WET)
From: Ana Sousa <ana.sousa@mac-pt.example>
Content-Type: text/plain;
	charset=utf-8
Content-Transfer-Encoding: quoted-printable
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))
Subject: Re: Pedido de acesso aos seus dados [PRV-2026-01270]
Message-Id: <5E3A91C4-7B2D-4F18-A6C0-9D8E7F6A5B41@mac-pt.example>
Date: Thu, 19 Nov 2026 18:40:54 +0000
In-Reply-To: <prv-2026-01270.2.1763577650@shop.example.be>
To: Shop Privacy <privacy@shop.example.be>
References: <prv-2026-01270.2.1763577650@shop.example.be>
X-Mailer: Apple Mail (2.3826.400.131.1.6)

Ol=C3=A1,

Obrigada pela sua mensagem. Estou fora do escrit=C3=B3rio at=C3=A9 1 de dez=
embro, com acesso limitado ao email.
Responderei assim que poss=C3=ADvel ap=C3=B3s o meu regresso.

(Mensagem autom=C3=A1tica)

Ana Sousa
'''),
    ('de', 'domino-abwesenheitsnotiz', 'automated', (), '''Return-Path: <>
Received: from gw01.versicherung-beispiel.example (gw01.versicherung-beispiel.example [203.0.113.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QAnD85Lqbz9sT
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 09:12:05 +0100 (CET)
Auto-Submitted: auto-replied
Subject: =?ISO-8859-1?Q?Abwesenheitsnotiz=3A_Ihre_Anfrage_zur_L=F6schung_Ihrer_Daten?=
From: Thomas Berger <Thomas.Berger@versicherung-beispiel.example>
To: privacy@shop.example.be
Message-ID: <OF5C1B2A3D.4E5F6071-ONC1258C3A.002D9E4F-C1258C3A.002D9E50@versicherung-beispiel.example>
Date: Mon, 16 Nov 2026 09:12:03 +0100
X-Mailer: HCL Notes Release 12.0.2FP2 July 20, 2023
X-MIMETrack: Serialize by Router on MAIL01/SRV/Versicherung(Release 12.0.2FP2|July 20, 2023) at
 16.11.2026 09:12:04
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Ich werde ab  13.11.2026 nicht im B=FCro sein. Ich kehre zur=FCck am
27.11.2026.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden
F=E4llen wenden Sie sich bitte an Frau Sandra Heinz, Tel. 0221 987 654 - 12.
'''),
    ('fr', 'icewarp-autoresponder', 'automated', (), '''Return-Path: <>
Received: from mail.transports-leroy.example ([198.51.100.120])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QBGv61pL3z9sT
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 15:22:40 +0100 (CET)
Received: from mail.transports-leroy.example ([127.0.0.1])
	by mail.transports-leroy.example (IceWarp 14.1.0.9 x64) with ASMTP id 202611171522400318
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 15:22:40 +0100
From: "Julien Leroy" <j.leroy@transports-leroy.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?B?QWJzZW5jZSAtIFJlOiBWb3RyZSBkZW1hbmRlIGRlIHJlY3RpZmljYXRpb24=?=
Date: Tue, 17 Nov 2026 15:22:40 +0100
Message-ID: <auto-000318220221@mail.transports-leroy.example>
In-Reply-To: <prv-2026-01250.2.1763389350@shop.example.be>
Auto-Submitted: auto-replied
X-Autoresponder: IceWarp
Precedence: auto_reply
X-Mailer: IceWarp Mailer 14.1.0.9 x64
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis en d=C3=A9placement jusqu'au 20 novembre et je lirai votre message =
=C3=A0 mon retour.
Pour toute demande concernant une livraison, merci d'=C3=A9crire =C3=A0 exp=
loitation@transports-leroy.example.

Cordialement,
Julien Leroy
'''),
    ('es', 'kerio-autoreply', 'automated', (), '''Return-Path: <>
Received: from correo.asesoria-navarro.example (correo.asesoria-navarro.example [203.0.113.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QDJ7c2xY9z9sT
	for <privacy@shop.example.be>; Fri, 20 Nov 2026 17:45:19 +0100 (CET)
X-Footer: YXNlc29yaWEtbmF2YXJyby5leGFtcGxl
Received: from localhost ([127.0.0.1])
	by correo.asesoria-navarro.example (Kerio Connect 10.0.6);
	Fri, 20 Nov 2026 17:45:18 +0100
From: "Carmen Navarro" <cnavarro@asesoria-navarro.example>
To: privacy@shop.example.be
Subject: =?utf-8?Q?Respuesta_autom=C3=A1tica:_Re:_Confirmaci=C3=B3n_de_identida?=
 =?utf-8?Q?d_[PRV-2026-01275]?=
Date: Fri, 20 Nov 2026 17:45:18 +0100
Message-ID: <autoreply-5f7c2e91b0a4@asesoria-navarro.example>
In-Reply-To: <prv-2026-01275.2.1763657100@shop.example.be>
Auto-Submitted: auto-replied
X-Mailer: Kerio Connect 10.0.6 patch 1
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gracias por su correo.

Estar=C3=A9 fuera de la oficina hasta el lunes 30 de noviembre. Para asunto=
s urgentes, puede dirigirse a administracion@asesoria-navarro.example o lla=
mar al 948 123 456.

Atentamente,
Carmen Navarro
'''),
    ('it', 'zimbra-out-of-office', 'automated', (), '''Return-Path: <>
Received: from zimbra.comune-esempio.example (zimbra.comune-esempio.example [198.51.100.60])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QEX2m3sJ1z9sT
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 10:03:58 +0100 (CET)
Date: Sun, 22 Nov 2026 10:03:58 +0100 (CET)
From: Francesca Romano <f.romano@comune-esempio.example>
To: privacy@shop.example.be
Message-ID: <1218876502.4411203.1763802238112.JavaMail.zimbra@comune-esempio.example>
In-Reply-To: <prv-2026-01285.2.1763802200@shop.example.be>
References: <prv-2026-01285.2.1763802200@shop.example.be>
Subject: Fuori sede - Re: La sua richiesta di opposizione al marketing
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.8_GA_4646 (zclient/10.0.8_GA_4646)
Thread-Topic: La sua richiesta di opposizione al marketing
Thread-Index: 1kq3Xr2d8mY7a0VvH6s2wZt9PfBnEg==

Sono fuori sede fino al 27 novembre, con accesso limitato alla posta.
Per pratiche urgenti scrivere a protocollo@comune-esempio.example.

Francesca Romano
'''),
    ('nl', 'info-mailbox-autoack-48h', 'automated', (), '''Return-Path: <info@drukkerij-desmet.example>
Received: from mail.drukkerij-desmet.example (mail.drukkerij-desmet.example [203.0.113.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Q9zq80Vc5z9sT
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 16:40:02 +0100 (CET)
Date: Fri, 13 Nov 2026 16:40:01 +0100
From: Drukkerij De Smet <info@drukkerij-desmet.example>
Reply-To: Drukkerij De Smet <info@drukkerij-desmet.example>
To: privacy@shop.example.be
Subject: Bedankt voor uw bericht - Drukkerij De Smet
Message-ID: <autoreply.1763048401.31337@drukkerij-desmet.example>
In-Reply-To: <prv-2026-01224.fwd.1763048390@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_a73e0c2f5d914e8ba1c7"

--b1_a73e0c2f5d914e8ba1c7
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste klant,

Bedankt voor uw e-mail! Wij hebben uw bericht goed ontvangen en beantwoorde=
n het binnen 48 uur (werkdagen).

Voor offertes kan u ook terecht op www.drukkerij-desmet.example/offerte.
Onze kantoren zijn open van maandag tot vrijdag, van 8u30 tot 17u00.

Dit is een automatisch gegenereerd bericht, gelieve hier niet op te antwoor=
den.

Met vriendelijke groeten,
Het team van Drukkerij De Smet

--b1_a73e0c2f5d914e8ba1c7
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:14px">
<p>Beste klant,</p>
<p>Bedankt voor uw e-mail! Wij hebben uw bericht goed ontvangen en beantwoo=
rden het <strong>binnen 48 uur</strong> (werkdagen).</p>
<p>Voor offertes kan u ook terecht op <a href=3D"https://www.drukkerij-desm=
et.example/offerte">www.drukkerij-desmet.example/offerte</a>.<br>Onze kanto=
ren zijn open van maandag tot vrijdag, van 8u30 tot 17u00.</p>
<p style=3D"color:#888">Dit is een automatisch gegenereerd bericht, gelieve=
 hier niet op te antwoorden.</p>
<p>Met vriendelijke groeten,<br>Het team van Drukkerij De Smet</p>
</body></html>

--b1_a73e0c2f5d914e8ba1c7--
'''),
    ('nl', 'exchange-oof-left-company-nl', 'automated', (), '''From: Els Vermeulen <els.vermeulen@tuinarchitectuur-groen.example>
To: Shop Privacy <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw vraag om uitschrijving van onze nieuwsbrief
Thread-Topic: Uw vraag om uitschrijving van onze nieuwsbrief
Thread-Index: AQHcV8m4kR2p0sT6u7vYxZw==
Date: Tue, 17 Nov 2026 09:30:11 +0000
Message-ID:
 <VI1PR03MB6620A9B8C7D6E5F4A3B2C1D0E9VI1PR03MB6620@VI1PR03MB6620.eurprd03.prod.outlook.com>
References: <prv-2026-01246.2.1763371800@shop.example.be>
In-Reply-To: <prv-2026-01246.2.1763371800@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Organization-SCL: -1
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB6620A9B8C7D6E5F4A3B2C1D0E9VI1PR_"
MIME-Version: 1.0

--_000_VI1PR03MB6620A9B8C7D6E5F4A3B2C1D0E9VI1PR_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R29lZGVuZGFnLAoKRWxzIFZlcm1ldWxlbiBpcyBzaW5kcyAxIG5vdmVtYmVyIDIwMjYgbmlldCBt
ZWVyIHdlcmt6YWFtIGJpaiBUdWluYXJjaGl0ZWN0dXVyIEdyb2VuLiBEZXplIG1haWxib3ggd29y
ZHQgbmlldCBtZWVyIGdlbGV6ZW4gZW4gdXcgYmVyaWNodCB3b3JkdCBuaWV0IGRvb3JnZXN0dXVy
ZC4KClZvb3IgcHJpdsOpemFrZW4gaXMgRWxzIGJlcmVpa2JhYXIgb3AgaGFhciBuaWV1d2UgYWRy
ZXM6IGVscy52ZXJtZXVsZW4ucHJpdmVAbWFpbGJveC1iZS5leGFtcGxlClZvb3IgdnJhZ2VuIG92
ZXIgbG9wZW5kZSBwcm9qZWN0ZW4ga2FuIHUgdGVyZWNodCBiaWogaW5mb0B0dWluYXJjaGl0ZWN0
dXVyLWdyb2VuLmV4YW1wbGUuCgpNZXQgdnJpZW5kZWxpamtlIGdyb2V0ZW4sClR1aW5hcmNoaXRl
Y3R1dXIgR3JvZW4K

--_000_VI1PR03MB6620A9B8C7D6E5F4A3B2C1D0E9VI1PR_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6dj0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTp2bWwiIHhtbG5zOm89InVy
bjpzY2hlbWFzLW1pY3Jvc29mdC1jb206b2ZmaWNlOm9mZmljZSIgeG1sbnM6dz0idXJuOnNjaGVt
YXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6d29yZCIgeG1sbnM6bT0iaHR0cDovL3NjaGVtYXMubWlj
cm9zb2Z0LmNvbS9vZmZpY2UvMjAwNC8xMi9vbW1sIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv
VFIvUkVDLWh0bWw0MCI+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNv
bnRlbnQ9InRleHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxtZXRhIG5hbWU9IkdlbmVyYXRvciIg
Y29udGVudD0iTWljcm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSkiPgo8c3R5bGU+PCEt
LQpwLk1zb05vcm1hbCwgbGkuTXNvTm9ybWFsLCBkaXYuTXNvTm9ybWFsCgl7bWFyZ2luOjBjbTsK
CWZvbnQtc2l6ZToxMS4wcHQ7Cglmb250LWZhbWlseToiQXB0b3MiLHNhbnMtc2VyaWY7fQotLT48
L3N0eWxlPgo8L2hlYWQ+Cjxib2R5IGxhbmc9IkVOLVVTIiBsaW5rPSIjNDY3ODg2IiB2bGluaz0i
Izk2NjA3RCIgc3R5bGU9IndvcmQtd3JhcDpicmVhay13b3JkIj4KPGRpdiBjbGFzcz0iV29yZFNl
Y3Rpb24xIj4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+R29lZGVuZGFnLDxvOnA+PC9vOnA+PC9wPgo8
cCBjbGFzcz0iTXNvTm9ybWFsIj4mbmJzcDs8bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05v
cm1hbCI+RWxzIFZlcm1ldWxlbiBpcyBzaW5kcyAxIG5vdmVtYmVyIDIwMjYgbmlldCBtZWVyIHdl
cmt6YWFtIGJpaiBUdWluYXJjaGl0ZWN0dXVyIEdyb2VuLiBEZXplIG1haWxib3ggd29yZHQgbmll
dCBtZWVyIGdlbGV6ZW4gZW4gdXcgYmVyaWNodCB3b3JkdCBuaWV0IGRvb3JnZXN0dXVyZC48bzpw
PjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+Jm5ic3A7PG86cD48L286cD48L3A+Cjxw
IGNsYXNzPSJNc29Ob3JtYWwiPlZvb3IgcHJpdsOpemFrZW4gaXMgRWxzIGJlcmVpa2JhYXIgb3Ag
aGFhciBuaWV1d2UgYWRyZXM6IGVscy52ZXJtZXVsZW4ucHJpdmVAbWFpbGJveC1iZS5leGFtcGxl
PG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPlZvb3IgdnJhZ2VuIG92ZXIgbG9w
ZW5kZSBwcm9qZWN0ZW4ga2FuIHUgdGVyZWNodCBiaWogaW5mb0B0dWluYXJjaGl0ZWN0dXVyLWdy
b2VuLmV4YW1wbGUuPG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPiZuYnNwOzxv
OnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj5NZXQgdnJpZW5kZWxpamtlIGdyb2V0
ZW4sPG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29Ob3JtYWwiPlR1aW5hcmNoaXRlY3R1dXIg
R3JvZW48bzpwPjwvbzpwPjwvcD4KPC9kaXY+CjwvYm9keT4KPC9odG1sPgo=

--_000_VI1PR03MB6620A9B8C7D6E5F4A3B2C1D0E9VI1PR_--
'''),
    ('en', 'autoreply-left-company-en', 'automated', (), '''Return-Path: <>
Received: from mx.brightgarden-ltd.example (mx.brightgarden-ltd.example [198.51.100.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QDbP33qYjz9sT
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 10:21:03 +0100 (CET)
Received: by mx.brightgarden-ltd.example (Postfix, from userid 5000)
	id 2C91E401A8; Sat, 21 Nov 2026 09:21:03 +0000 (GMT)
From: mark.evans@brightgarden-ltd.example
To: privacy@shop.example.be
Subject: This mailbox is no longer monitored (was: Your data export is ready)
Message-Id: <20261121092103.2C91E401A8@mx.brightgarden-ltd.example>
Date: Sat, 21 Nov 2026 09:21:03 +0000 (GMT)
Auto-Submitted: auto-replied
Precedence: junk
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

Mark Evans has left Brightgarden Ltd and this mailbox is no longer
monitored. Your message has not been forwarded.

Please send anything concerning Brightgarden to hello@brightgarden-ltd.example.
Mark can be reached privately at markevans.home@fastmail-uk.example.

This is an automated response.
'''),
    ('en', 'outlook-read-receipt', 'automated', (), '''From: Gareth Price <gareth.price@price-joinery.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Read: Your request to correct your address [PRV-2026-01193]
Thread-Topic: Your request to correct your address [PRV-2026-01193]
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Tue, 10 Nov 2026 11:04:27 +0000
Message-ID:
 <LO4P265MB6011E2F3A4B5C6D7E8F9A0B1C2LO4P265MB6011@LO4P265MB6011.GBRP265.PROD.OUTLOOK.COM>
References: <prv-2026-01193.3.1762771800@shop.example.be>
In-Reply-To: <prv-2026-01193.3.1762771800@shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_LO4P265MB6011E2F3A4B5C6D7E8F9A0B1C2L_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_LO4P265MB6011E2F3A4B5C6D7E8F9A0B1C2L_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message

  To: Gareth Price
  Subject: Your request to correct your address [PRV-2026-01193]
  Sent: Tuesday, November 10, 2026 10:50:00 AM (UTC+00:00) Dublin, Edinburg=
h, Lisbon, London

was read on Tuesday, November 10, 2026 11:04:21 AM (UTC+00:00) Dublin, Edin=
burgh, Lisbon, London.

--_000_LO4P265MB6011E2F3A4B5C6D7E8F9A0B1C2L_
Content-Type: message/disposition-notification

Reporting-UA: LO4P265MB6011.GBRP265.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;gareth.price@price-joinery.example
Original-Message-ID: <prv-2026-01193.3.1762771800@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_LO4P265MB6011E2F3A4B5C6D7E8F9A0B1C2L_--
'''),
    ('nl', 'outlook-read-receipt-nl', 'automated', (), '''From: "Maes, Dirk" <dirk.maes@bouwbedrijf-maes.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Gelezen: Kopie van uw persoonsgegevens [PRV-2026-01211]
Thread-Topic: Kopie van uw persoonsgegevens [PRV-2026-01211]
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Thu, 12 Nov 2026 07:58:13 +0000
Message-ID:
 <AS2PR02MB9107A1B2C3D4E5F6A7B8C9D0E1AS2PR02MB9107@AS2PR02MB9107.eurprd02.prod.outlook.com>
References: <prv-2026-01211.4.1762872000@shop.example.be>
In-Reply-To: <prv-2026-01211.4.1762872000@shop.example.be>
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_AS2PR02MB9107A1B2C3D4E5F6A7B8C9D0E1A_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_AS2PR02MB9107A1B2C3D4E5F6A7B8C9D0E1A_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Uw bericht

  Aan: Maes, Dirk
  Onderwerp: Kopie van uw persoonsgegevens [PRV-2026-01211]
  Verzonden: woensdag 11 november 2026 15:40:00 (UTC+01:00) Brussel, Kopenh=
agen, Madrid, Parijs

is gelezen op donderdag 12 november 2026 8:58:07 (UTC+01:00) Brussel, Kopen=
hagen, Madrid, Parijs.

--_000_AS2PR02MB9107A1B2C3D4E5F6A7B8C9D0E1A_
Content-Type: message/disposition-notification

Reporting-UA: AS2PR02MB9107.eurprd02.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;dirk.maes@bouwbedrijf-maes.example
Original-Message-ID: <prv-2026-01211.4.1762872000@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AS2PR02MB9107A1B2C3D4E5F6A7B8C9D0E1A_--
'''),
    ('fr', 'outlook-read-receipt-fr', 'automated', (), '''From: Nathalie Lejeune <nathalie.lejeune@cabinet-lejeune.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Lu : Votre demande de suppression [PRV-2026-01229]
Thread-Topic: Votre demande de suppression [PRV-2026-01229]
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Sat, 14 Nov 2026 09:12:40 +0000
Message-ID:
 <PR1P264MB3315D4C3B2A1F0E9D8C7B6A5F4PR1P264MB3315@PR1P264MB3315.FRAP264.PROD.OUTLOOK.COM>
References: <prv-2026-01229.2.1763110000@shop.example.be>
In-Reply-To: <prv-2026-01229.2.1763110000@shop.example.be>
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_PR1P264MB3315D4C3B2A1F0E9D8C7B6A5F4P_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_PR1P264MB3315D4C3B2A1F0E9D8C7B6A5F4P_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C0 : Nathalie Lejeune
  Objet : Votre demande de suppression [PRV-2026-01229]
  Envoy=E9 : samedi 14 novembre 2026 09:46:40 (UTC+01:00) Bruxelles, Copenh=
ague, Madrid, Paris

a =E9t=E9 lu le samedi 14 novembre 2026 10:12:34 (UTC+01:00) Bruxelles, Cop=
enhague, Madrid, Paris.

--_000_PR1P264MB3315D4C3B2A1F0E9D8C7B6A5F4P_
Content-Type: message/disposition-notification

Reporting-UA: PR1P264MB3315.FRAP264.PROD.OUTLOOK.COM; Microsoft Outlook 16.0
Final-Recipient: rfc822;nathalie.lejeune@cabinet-lejeune.example
Original-Message-ID: <prv-2026-01229.2.1763110000@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_PR1P264MB3315D4C3B2A1F0E9D8C7B6A5F4P_--
'''),
    ('de', 'exchange-read-receipt-de', 'automated', (), '''From: Anna Schmidt <anna.schmidt@schmidt-gartenbau.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Gelesen: Ihre Anfrage auf Auskunft nach Art. 15 DSGVO [PRV-2026-01245]
Thread-Topic: Ihre Anfrage auf Auskunft nach Art. 15 DSGVO [PRV-2026-01245]
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Tue, 17 Nov 2026 10:15:40 +0100
Message-ID:
 <b2d4f6a8c0e24a6c8e0a2c4e6a8c0e2a@EX01.schmidt-gartenbau.local>
References: <prv-2026-01245.2.1763370134@shop.example.be>
In-Reply-To: <prv-2026-01245.2.1763370134@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_b2d4f6a8c0e24a6c8e0a2c4e6a8c0e2a_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_b2d4f6a8c0e24a6c8e0a2c4e6a8c0e2a_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Anna Schmidt
  Betreff: Ihre Anfrage auf Auskunft nach Art. 15 DSGVO [PRV-2026-01245]
  Gesendet: Dienstag, 17. November 2026 10:02:14 (UTC+01:00) Amsterdam, Ber=
lin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 17. November 2026 10:15:40 (UTC+01:00) Amsterdam, Berlin=
, Bern, Rom, Stockholm, Wien gelesen.

--_000_b2d4f6a8c0e24a6c8e0a2c4e6a8c0e2a_
Content-Type: message/disposition-notification

Reporting-UA: EX01.schmidt-gartenbau.local
Final-Recipient: rfc822;anna.schmidt@schmidt-gartenbau.example
Original-Message-ID: <prv-2026-01245.2.1763370134@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_b2d4f6a8c0e24a6c8e0a2c4e6a8c0e2a_--
'''),
    ('es', 'outlook-read-receipt-es', 'automated', (), '''From: Pablo Ruiz <pablo.ruiz@ruiz-viveros.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Le=EDdo=3A_Su_solicitud_de_oposici=F3n_al_market?=
 =?iso-8859-1?Q?ing_=5BPRV-2026-01256=5D?=
Thread-Topic: =?iso-8859-1?Q?Su_solicitud_de_oposici=F3n_al_marketing_=5BPR?=
 =?iso-8859-1?Q?V-2026-01256=5D?=
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Wed, 18 Nov 2026 16:30:02 +0000
Message-ID:
 <DB8PR06MB6394F1E2D3C4B5A6978877665544DB8PR06MB6394@DB8PR06MB6394.eurprd06.prod.outlook.com>
References: <prv-2026-01256.2.1763475000@shop.example.be>
In-Reply-To: <prv-2026-01256.2.1763475000@shop.example.be>
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_DB8PR06MB6394F1E2D3C4B5A697887766554_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_DB8PR06MB6394F1E2D3C4B5A697887766554_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Su mensaje

  Para: Pablo Ruiz
  Asunto: Su solicitud de oposici=F3n al marketing [PRV-2026-01256]
  Enviado: mi=E9rcoles, 18 de noviembre de 2026 15:10:00 (UTC+01:00) Brusel=
as, Copenhague, Madrid, Par=EDs

ha sido le=EDdo el mi=E9rcoles, 18 de noviembre de 2026 17:29:55 (UTC+01:00=
) Bruselas, Copenhague, Madrid, Par=EDs.

--_000_DB8PR06MB6394F1E2D3C4B5A697887766554_
Content-Type: message/disposition-notification

Reporting-UA: DB8PR06MB6394.eurprd06.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;pablo.ruiz@ruiz-viveros.example
Original-Message-ID: <prv-2026-01256.2.1763475000@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_DB8PR06MB6394F1E2D3C4B5A697887766554_--
'''),
    ('it', 'outlook-read-receipt-it', 'automated', (), '''From: Luca Bianchi <l.bianchi@bianchi-giardini.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Letto=3A_Conferma_della_sua_identit=E0_=5BPRV-20?=
 =?iso-8859-1?Q?26-01268=5D?=
Thread-Topic: =?iso-8859-1?Q?Conferma_della_sua_identit=E0_=5BPRV-2026-0126?=
 =?iso-8859-1?Q?8=5D?=
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Thu, 19 Nov 2026 13:44:19 +0000
Message-ID:
 <AM0PR04MB6817C0B1A2F3E4D5C6B7A8F9E0AM0PR04MB6817@AM0PR04MB6817.eurprd04.prod.outlook.com>
References: <prv-2026-01268.2.1763555000@shop.example.be>
In-Reply-To: <prv-2026-01268.2.1763555000@shop.example.be>
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_AM0PR04MB6817C0B1A2F3E4D5C6B7A8F9E0A_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_AM0PR04MB6817C0B1A2F3E4D5C6B7A8F9E0A_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Il messaggio

  A: Luca Bianchi
  Oggetto: Conferma della sua identit=E0 [PRV-2026-01268]
  Inviato: gioved=EC 19 novembre 2026 13:23:20 (UTC+01:00) Amsterdam, Berli=
no, Berna, Roma, Stoccolma, Vienna

=E8 stato letto gioved=EC 19 novembre 2026 14:44:12 (UTC+01:00) Amsterdam, =
Berlino, Berna, Roma, Stoccolma, Vienna.

--_000_AM0PR04MB6817C0B1A2F3E4D5C6B7A8F9E0A_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR04MB6817.eurprd04.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;l.bianchi@bianchi-giardini.example
Original-Message-ID: <prv-2026-01268.2.1763555000@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_AM0PR04MB6817C0B1A2F3E4D5C6B7A8F9E0A_--
'''),
    ('pt', 'outlook-read-receipt-pt', 'automated', (), '''From: Joana Pereira <joana.pereira@pereira-arquitetos.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Lida: O seu pedido de portabilidade [PRV-2026-01277]
Thread-Topic: O seu pedido de portabilidade [PRV-2026-01277]
Thread-Index: AQHcWa1mP0c3r7o2Tku8m1Yx9ZlQ
Date: Fri, 20 Nov 2026 10:05:51 +0000
Message-ID:
 <DU2PR09MB7344A0B9C8D7E6F5A4B3C2D1E0DU2PR09MB7344@DU2PR09MB7344.eurprd09.prod.outlook.com>
References: <prv-2026-01277.4.1763630000@shop.example.be>
In-Reply-To: <prv-2026-01277.4.1763630000@shop.example.be>
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report;
	boundary="_000_DU2PR09MB7344A0B9C8D7E6F5A4B3C2D1E0D_";
	report-type=disposition-notification
MIME-Version: 1.0

--_000_DU2PR09MB7344A0B9C8D7E6F5A4B3C2D1E0D_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

A sua mensagem

  Para: Joana Pereira
  Assunto: O seu pedido de portabilidade [PRV-2026-01277]
  Enviada: sexta-feira, 20 de novembro de 2026 09:13:20 (UTC+00:00) Dublin,=
 Edimburgo, Lisboa, Londres

foi lida em sexta-feira, 20 de novembro de 2026 10:05:44 (UTC+00:00) Dublin=
, Edimburgo, Lisboa, Londres.

--_000_DU2PR09MB7344A0B9C8D7E6F5A4B3C2D1E0D_
Content-Type: message/disposition-notification

Reporting-UA: DU2PR09MB7344.eurprd09.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;joana.pereira@pereira-arquitetos.example
Original-Message-ID: <prv-2026-01277.4.1763630000@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_DU2PR09MB7344A0B9C8D7E6F5A4B3C2D1E0D_--
'''),
    ('en', 'thunderbird-return-receipt', 'automated', (), '''Return-Path: <s.okafor@okafor-consulting.example>
Received: from [10.0.0.15] (cpc1-lond12-2-0-cust101.example.net [81.2.69.101])
	by smtp.okafor-consulting.example (Postfix) with ESMTPSA id 4QEZ1v0B3sz2W
	for <privacy@shop.example.be>; Sun, 22 Nov 2026 20:13:45 +0000 (GMT)
Date: Sun, 22 Nov 2026 20:13:44 +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Samuel Okafor <s.okafor@okafor-consulting.example>
To: privacy@shop.example.be
Subject: Return Receipt (displayed) - Your data export [PRV-2026-01287]
Message-ID: <c7e1b2d4-5a6f-4b3c-9d8e-0f1a2b3c4d5e@okafor-consulting.example>
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------Q7h2m4K9xWbLpN0vR3sT8uYc"

This is a multi-part message in MIME format.
--------------Q7h2m4K9xWbLpN0vR3sT8uYc
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to s.okafor@okafor-consulting.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------Q7h2m4K9xWbLpN0vR3sT8uYc
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: okafor-consulting.example; Mozilla Thunderbird
Final-Recipient: rfc822;s.okafor@okafor-consulting.example
Original-Message-ID: <prv-2026-01287.4.1763840000@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Q7h2m4K9xWbLpN0vR3sT8uYc
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Return-Path: <privacy@shop.example.be>
Date: Sun, 22 Nov 2026 20:33:20 +0100
From: Shop Privacy Team <privacy@shop.example.be>
To: Samuel Okafor <s.okafor@okafor-consulting.example>
Subject: Your data export [PRV-2026-01287]
Message-ID: <prv-2026-01287.4.1763840000@shop.example.be>
Disposition-Notification-To: privacy@shop.example.be

--------------Q7h2m4K9xWbLpN0vR3sT8uYc--
'''),
    ('en', 'person-subject-automatic-reply', 'access', (), '''Received: from DB9PR07MB8812.eurprd07.prod.outlook.com (2603:10a6:10:2c4::9) by
 DB9PR07MB8812.eurprd07.prod.outlook.com with HTTPS; Mon, 23 Nov 2026 08:47:12 +0000
From: Pieter Claes <pieter.claes@claes-bouw.example>
To: Shop Privacy <privacy@shop.example.be>
Subject: Automatic reply: Your request for a copy of your personal data
 [PRV-2026-01176]
Thread-Topic: Automatic reply: Your request for a copy of your personal data
 [PRV-2026-01176]
Thread-Index: AQHcV9iB1m4kR2p0sT6u7vYxZwQ1AKx3mB0=
Date: Mon, 23 Nov 2026 08:47:11 +0000
Message-ID:
 <DB9PR07MB88127A3C2B1D0E9F8A7B6C5D4DB9PR07MB8812@DB9PR07MB8812.eurprd07.prod.outlook.com>
References: <prv-2026-01176.2.1762682560@shop.example.be>
 <DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR07MB8812@DB9PR07MB8812.eurprd07.prod.outlook.com>
In-Reply-To:
 <DB9PR07MB8812C4E1A2B3F90D5E6A7B8C9DB9PR07MB8812@DB9PR07MB8812.eurprd07.prod.outlook.com>
Accept-Language: en-GB, nl-BE
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_DB9PR07MB88127A3C2B1D0E9F8A7B6C5D4DB9P_"
MIME-Version: 1.0

--_000_DB9PR07MB88127A3C2B1D0E9F8A7B6C5D4DB9P_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Hi,

Sorry about that "automatic reply" - that was my out-of-office, I was away =
for two weeks. I'm back now.

Yes, the request was mine. The link in your mail has expired, so I'm confir=
ming here from the same address I use for my account (customer number C-004=
7711, loyalty card 2700 1187 4420).

Please send me a copy of all the personal data you hold on me: account deta=
ils, order history, loyalty points and whatever you use for the newsletter.

Thanks,
Pieter Claes

________________________________
From: Pieter Claes <pieter.claes@claes-bouw.example>
Sent: 09 November 2026 10:02
To: Shop Privacy <privacy@shop.example.be>
Subject: Automatic reply: Your request for a copy of your personal data [PR=
V-2026-01176]

Thank you for your email.

I am out of the office until Monday 23 November with limited access to emai=
l. Your message will not be forwarded.

For urgent matters, please contact our office on +32 9 123 45 67 or office@=
claes-bouw.example.

Kind regards,
Pieter Claes

--_000_DB9PR07MB88127A3C2B1D0E9F8A7B6C5D4DB9P_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html xmlns:v=3D"urn:schemas-microsoft-com:vml" xmlns:o=3D"urn:schemas-micr=
osoft-com:office:office" xmlns:w=3D"urn:schemas-microsoft-com:office:word" =
xmlns:m=3D"http://schemas.microsoft.com/office/2004/12/omml" xmlns=3D"http:=
//www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<meta name=3D"Generator" content=3D"Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang=3D"EN-US" link=3D"#467886" vlink=3D"#96607D" style=3D"word-wrap:=
break-word">
<div class=3D"WordSection1">
<p class=3D"MsoNormal">Hi,<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Sorry about that "automatic reply" - that was my out=
-of-office, I was away for two weeks. I'm back now.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Yes, the request was mine. The link in your mail has=
 expired, so I'm confirming here from the same address I use for my account=
 (customer number C-0047711, loyalty card 2700 1187 4420).<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Please send me a copy of all the personal data you h=
old on me: account details, order history, loyalty points and whatever you =
use for the newsletter.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Thanks,<o:p></o:p></p>
<p class=3D"MsoNormal">Pieter Claes<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">________________________________<o:p></o:p></p>
<p class=3D"MsoNormal">From: Pieter Claes &lt;pieter.claes@claes-bouw.examp=
le><o:p></o:p></p>
<p class=3D"MsoNormal">Sent: 09 November 2026 10:02<o:p></o:p></p>
<p class=3D"MsoNormal">To: Shop Privacy &lt;privacy@shop.example.be><o:p></=
o:p></p>
<p class=3D"MsoNormal">Subject: Automatic reply: Your request for a copy of=
 your personal data [PRV-2026-01176]<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Thank you for your email.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">I am out of the office until Monday 23 November with=
 limited access to email. Your message will not be forwarded.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">For urgent matters, please contact our office on +32=
 9 123 45 67 or office@claes-bouw.example.<o:p></o:p></p>
<p class=3D"MsoNormal">&nbsp;<o:p></o:p></p>
<p class=3D"MsoNormal">Kind regards,<o:p></o:p></p>
<p class=3D"MsoNormal">Pieter Claes<o:p></o:p></p>
</div>
</body>
</html>

--_000_DB9PR07MB88127A3C2B1D0E9F8A7B6C5D4DB9P_--
'''),
    ('de', 'person-forwards-own-bounce', 'deletion', (), '''Received: from FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:6b::8) by
 FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM with HTTPS; Tue, 10 Nov 2026 07:31:05 +0000
From: =?iso-8859-1?Q?J=FCrgen_Hoffmann?= <j.hoffmann@hoffmann-elektro.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Unzustellbar:_L=F6schung_meines_Kundenkontos?=
Thread-Topic: =?iso-8859-1?Q?Unzustellbar:_L=F6schung_meines_Kundenkontos?=
Thread-Index: AdxR3m8Kq1vT2sYBQyG0fN5c7h0xzwAaB1Ew
Date: Tue, 10 Nov 2026 07:31:04 +0000
Message-ID:
 <FR2P281MB1544C3D2E1F0A9B8C7D6E5F4A3FR2P281MB1544@FR2P281MB1544.DEUP281.PROD.OUTLOOK.COM>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Guten Tag,

meine Mail vom 9. November ist als unzustellbar zur=FCckgekommen, ich hatte=
 mich bei der Adresse vertippt (shop-example.be statt shop.example.be). Ich=
 leite Ihnen das Ganze unten weiter.

Also nochmal: Bitte l=F6schen Sie mein Kundenkonto (Kundennummer C-0039925)=
 und alle Daten, die Sie =FCber mich gespeichert haben.

Danke und Gru=DF
J=FCrgen Hoffmann

-----Urspr=FCngliche Nachricht-----
Von: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@h=
offmann-elektro.example>
Gesendet: Montag, 9. November 2026 18:22
An: J=FCrgen Hoffmann <j.hoffmann@hoffmann-elektro.example>
Betreff: Unzustellbar: L=F6schung meines Kundenkontos

Ihre Nachricht an privacy@shop-example.be konnte nicht =FCbermittelt werden.

Die Dom=E4ne shop-example.be wurde nicht gefunden.

Diagnoseinformationen f=FCr Administratoren:
Gemeldeter Fehler: 550 5.4.310 DNS domain shop-example.be does not exist [M=
essage=3DInfoDomainNonexistent]

-----Urspr=FCngliche Nachricht-----
Von: J=FCrgen Hoffmann
Gesendet: Montag, 9. November 2026 18:22
An: privacy@shop-example.be
Betreff: L=F6schung meines Kundenkontos

Sehr geehrte Damen und Herren,

hiermit bitte ich Sie, mein Kundenkonto bei Ihnen zu schlie=DFen und meine =
personenbezogenen Daten zu l=F6schen.

Mit freundlichen Gr=FC=DFen
J=FCrgen Hoffmann
'''),
    ('fr', 'person-quotes-own-ooo', 'correction', (), '''Return-Path: <sandrine.lambotte@mailbe.example>
Received: from webmail.mailbe.example (webmail.mailbe.example [198.51.100.12])
	by smtp.mailbe.example (Postfix) with ESMTPSA id 4QAz0k3mTbz3X
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 20:14:31 +0100 (CET)
MIME-Version: 1.0
Date: Mon, 16 Nov 2026 20:14:31 +0100
From: Sandrine Lambotte <sandrine.lambotte@mailbe.example>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Changement_d'adresse_=E2=80=93_ne_pas_tenir_compte_de_mon_me?=
 =?UTF-8?Q?ssage_d'absence?=
Message-ID: <b81f2c44d0e9a7c3f5e1d2b6a4c8e0f9@mailbe.example>
X-Sender: sandrine.lambotte@mailbe.example
User-Agent: Roundcube Webmail/1.6.9
Content-Type: text/plain; charset=UTF-8;
 format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Vous avez peut-être reçu de ma part un message d'absence automatique (je 
le recopie ci-dessous), n'en tenez pas compte, il s'est déclenché sur mon 
adresse pro alors que je vous écris de chez moi.

Ma demande : j'ai déménagé, pourriez-vous corriger l'adresse de livraison 
et de facturation de mon compte client (n° C-0052118) ?

Ancienne adresse : rue des Tilleuls 8, 5000 Namur
Nouvelle adresse : avenue de la Gare 41 bte 3, 5100 Jambes

Mon numéro de téléphone a changé aussi : 0478 12 34 56.

Merci d'avance,
Sandrine Lambotte

> Je suis absente du bureau jusqu'au 30 novembre. Pour toute urgence,
> veuillez contacter le secrétariat au 081 22 33 44.
> Ceci est une réponse automatique.
'''),
    ('nl', 'person-on-holiday-send-data', 'portability', (), '''Received: from AM6PR08MB4118.eurprd08.prod.outlook.com (2603:10a6:20b:b0::21) by
 AM6PR08MB4118.eurprd08.prod.outlook.com with HTTPS; Thu, 19 Nov 2026 15:52:40 +0000
From: Bram De Wilde <bram.dewilde@boekhouding-dewilde.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?mijn_gegevens_in_CSV_aub_(naar_priv=E9adres)?=
Thread-Topic: =?iso-8859-1?Q?mijn_gegevens_in_CSV_aub_(naar_priv=E9adres)?=
Thread-Index: AdxaE0a2nR7Pq3YvQ8mW1cT5bK9x4w==
Date: Thu, 19 Nov 2026 15:52:39 +0000
Message-ID:
 <AM6PR08MB41183F2E1D0C9B8A7F6E5D4C3BAM6PR08MB4118@AM6PR08MB4118.eurprd08.prod.outlook.com>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
	boundary="_000_AM6PR08MB41183F2E1D0C9B8A7F6E5D4C3BAM6_"
MIME-Version: 1.0

--_000_AM6PR08MB41183F2E1D0C9B8A7F6E5D4C3BAM6_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

R29laWVtaWRkYWcsCgpJayB6b3UgZ3JhYWcgYWwgbWlqbiBnZWdldmVucyBiaWoganVsbGllIGty
aWpnZW4gaW4gZWVuIGJlc3RhbmQgZGF0IGlrIGthbiBpbmxlemVuIChDU1Ygb2YgSlNPTiBpcyBw
cmltYSk6IGtsYW50Z2VnZXZlbnMsIGFkcmVzc2VuIGVuIHZvb3JhbCBtaWpuIGJlc3RlbGdlc2No
aWVkZW5pcyBtZXQgYmVkcmFnZW4sIHpvZGF0IGlrIGRpZSBrYW4gb3ZlcnpldHRlbiBuYWFyIG1p
am4gYm9la2hvdWRwcm9ncmFtbWEuIEFscyBqdWxsaWUgaGV0IHJlY2h0c3RyZWVrcyBuYWFyIGVl
biBhbmRlciBiZWRyaWpmIGt1bm5lbiBkb29yc3R1cmVuIGhvZWZ0IGRhdCBuaWV0LCBpayBkb2Ug
aGV0IHplbGYgd2VsLgoKSWsgYmVuIHZvbGdlbmRlIHdlZWsgb3AgdmFrYW50aWUgZW4gbGVlcyBt
aWpuIHdlcmttYWlsIGRhbiBuaWV0LCBkdXMgc3R1dXIgaGV0IGJlc3RhbmQgbGllZnN0IG5hYXIg
bWlqbiBwcml2w6lhZHJlczogYnJhbS5kZXdpbGRlNzZAbWFpbGJveC1iZS5leGFtcGxlIChkYXQg
YWRyZXMgc3RhYXQgb29rIG9wIG1pam4ga2xhbnRlbmFjY291bnQpLgoKQWx2YXN0IGJlZGFua3Qh
CgpNZXQgdnJpZW5kZWxpamtlIGdyb2V0ZW4sCkJyYW0gRGUgV2lsZGUKQm9la2hvdWRpbmcgRGUg
V2lsZGUgYnYK

--_000_AM6PR08MB41183F2E1D0C9B8A7F6E5D4C3BAM6_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWwgeG1sbnM6dj0idXJuOnNjaGVtYXMtbWljcm9zb2Z0LWNvbTp2bWwiIHhtbG5zOm89InVy
bjpzY2hlbWFzLW1pY3Jvc29mdC1jb206b2ZmaWNlOm9mZmljZSIgeG1sbnM6dz0idXJuOnNjaGVt
YXMtbWljcm9zb2Z0LWNvbTpvZmZpY2U6d29yZCIgeG1sbnM6bT0iaHR0cDovL3NjaGVtYXMubWlj
cm9zb2Z0LmNvbS9vZmZpY2UvMjAwNC8xMi9vbW1sIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv
VFIvUkVDLWh0bWw0MCI+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNv
bnRlbnQ9InRleHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxtZXRhIG5hbWU9IkdlbmVyYXRvciIg
Y29udGVudD0iTWljcm9zb2Z0IFdvcmQgMTUgKGZpbHRlcmVkIG1lZGl1bSkiPgo8c3R5bGU+PCEt
LQpwLk1zb05vcm1hbCwgbGkuTXNvTm9ybWFsLCBkaXYuTXNvTm9ybWFsCgl7bWFyZ2luOjBjbTsK
CWZvbnQtc2l6ZToxMS4wcHQ7Cglmb250LWZhbWlseToiQXB0b3MiLHNhbnMtc2VyaWY7fQotLT48
L3N0eWxlPgo8L2hlYWQ+Cjxib2R5IGxhbmc9IkVOLVVTIiBsaW5rPSIjNDY3ODg2IiB2bGluaz0i
Izk2NjA3RCIgc3R5bGU9IndvcmQtd3JhcDpicmVhay13b3JkIj4KPGRpdiBjbGFzcz0iV29yZFNl
Y3Rpb24xIj4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+R29laWVtaWRkYWcsPG86cD48L286cD48L3A+
CjxwIGNsYXNzPSJNc29Ob3JtYWwiPiZuYnNwOzxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNv
Tm9ybWFsIj5JayB6b3UgZ3JhYWcgYWwgbWlqbiBnZWdldmVucyBiaWoganVsbGllIGtyaWpnZW4g
aW4gZWVuIGJlc3RhbmQgZGF0IGlrIGthbiBpbmxlemVuIChDU1Ygb2YgSlNPTiBpcyBwcmltYSk6
IGtsYW50Z2VnZXZlbnMsIGFkcmVzc2VuIGVuIHZvb3JhbCBtaWpuIGJlc3RlbGdlc2NoaWVkZW5p
cyBtZXQgYmVkcmFnZW4sIHpvZGF0IGlrIGRpZSBrYW4gb3ZlcnpldHRlbiBuYWFyIG1pam4gYm9l
a2hvdWRwcm9ncmFtbWEuIEFscyBqdWxsaWUgaGV0IHJlY2h0c3RyZWVrcyBuYWFyIGVlbiBhbmRl
ciBiZWRyaWpmIGt1bm5lbiBkb29yc3R1cmVuIGhvZWZ0IGRhdCBuaWV0LCBpayBkb2UgaGV0IHpl
bGYgd2VsLjxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj4mbmJzcDs8bzpwPjwv
bzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+SWsgYmVuIHZvbGdlbmRlIHdlZWsgb3AgdmFr
YW50aWUgZW4gbGVlcyBtaWpuIHdlcmttYWlsIGRhbiBuaWV0LCBkdXMgc3R1dXIgaGV0IGJlc3Rh
bmQgbGllZnN0IG5hYXIgbWlqbiBwcml2w6lhZHJlczogYnJhbS5kZXdpbGRlNzZAbWFpbGJveC1i
ZS5leGFtcGxlIChkYXQgYWRyZXMgc3RhYXQgb29rIG9wIG1pam4ga2xhbnRlbmFjY291bnQpLjxv
OnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFsIj4mbmJzcDs8bzpwPjwvbzpwPjwvcD4K
PHAgY2xhc3M9Ik1zb05vcm1hbCI+QWx2YXN0IGJlZGFua3QhPG86cD48L286cD48L3A+CjxwIGNs
YXNzPSJNc29Ob3JtYWwiPiZuYnNwOzxvOnA+PC9vOnA+PC9wPgo8cCBjbGFzcz0iTXNvTm9ybWFs
Ij5NZXQgdnJpZW5kZWxpamtlIGdyb2V0ZW4sPG86cD48L286cD48L3A+CjxwIGNsYXNzPSJNc29O
b3JtYWwiPkJyYW0gRGUgV2lsZGU8bzpwPjwvbzpwPjwvcD4KPHAgY2xhc3M9Ik1zb05vcm1hbCI+
Qm9la2hvdWRpbmcgRGUgV2lsZGUgYnY8bzpwPjwvbzpwPjwvcD4KPC9kaXY+CjwvYm9keT4KPC9o
dG1sPgo=

--_000_AM6PR08MB41183F2E1D0C9B8A7F6E5D4C3BAM6_--
'''),
    ('es', 'person-signature-sent-from-phone', 'withdraw_consent', ('objection',), '''Return-Path: <marta.gil.s@gmail.com>
Received: from smtpclient.apple ([2a0c:5a80:1d03:9e00:a1b2:c3d4:e5f6:1234])
        by smtp.gmail.com with ESMTPSA id ffacd0b85a97d-42b9c3d1e2fsm4411207f8f.14.2026.11.20.08.03.55
        for <privacy@shop.example.be>
        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);
        Fri, 20 Nov 2026 08:03:56 -0800 (PST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Marta Gil <marta.gil.s@gmail.com>
Mime-Version: 1.0 (1.0)
Date: Fri, 20 Nov 2026 17:03:53 +0100
Subject: Baja newsletter y publicidad
Message-Id: <A7C2E9F1-3B4D-4E5F-8A9B-0C1D2E3F4A5B@gmail.com>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (23B85)

Hola,

Por favor, dadme de baja de vuestra newsletter y de cualquier correo public=
itario. Adem=C3=A1s no quiero que pas=C3=A9is mis datos a vuestros "socios =
de marketing" ni que los us=C3=A9is para anuncios personalizados en redes s=
ociales.

Mi correo de cliente es este mismo.

Gracias,
Marta

--
Marta Gil Serrano
Los viernes estoy fuera de la oficina, contesto el lunes
Enviado desde mi iPhone'''),
    ('it', 'person-complaint-after-bounce', 'complaint', ('access',), '''Return-Path: <roberta.conti@libero-mail.example>
Received: from smtp-out.libero-mail.example (smtp-out.libero-mail.example [198.51.100.180])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QGn0a2VdYz9sT
	for <privacy@shop.example.be>; Thu, 26 Nov 2026 11:07:20 +0100 (CET)
Message-ID: <1732611.48821.1764151640@webmail.libero-mail.example>
Date: Thu, 26 Nov 2026 11:07:20 +0100 (CET)
From: Roberta Conti <roberta.conti@libero-mail.example>
To: privacy@shop.example.be
Subject: Non recapitabile?? SOLLECITO richiesta di accesso ai miei dati
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Webmail 5.2.10

Buongiorno,

il 2 novembre vi ho scritto all'indirizzo indicato nella vostra informativa=
 privacy per avere una copia di tutti i dati personali che avete su di me. =
La mail mi =C3=A8 tornata indietro con "Non recapitabile", cos=C3=AC il 4 n=
ovembre l'ho rimandata a questo indirizzo. Da allora NESSUNA risposta, nemm=
eno una conferma di ricezione. Sono passate pi=C3=B9 di tre settimane.

Vi chiedo per l'ultima volta di inviarmi copia dei miei dati (account clien=
te, ordini, carta fedelt=C3=A0, dati usati per la newsletter e per la pubbl=
icit=C3=A0) come previsto dall'art. 15 del GDPR.

Se entro 10 giorni non ricevo nulla presenter=C3=B2 reclamo all'Autorit=C3=
=A0 per la protezione dei dati belga.

Roberta Conti
'''),
    ('pt', 'person-replies-to-automatic-ticket', 'deletion', (), '''Return-Path: <tiago.m.fonseca@sapo-mail.example>
Received: from mail.sapo-mail.example (mail.sapo-mail.example [203.0.113.210])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4QDk2H4Jmnz9sT
	for <privacy@shop.example.be>; Sat, 21 Nov 2026 22:48:09 +0100 (CET)
Date: Sat, 21 Nov 2026 21:48:07 +0000
From: Tiago Fonseca <tiago.m.fonseca@sapo-mail.example>
To: Shop Privacy <privacy@shop.example.be>
Subject: Re: =?utf-8?Q?Confirma=C3=A7=C3=A3o_de_identidade_[PRV-2026-01279]?=
Message-ID: <20261121214807.GA5521@tiago-portatil>
References: <prv-2026-01279.2.1763700000@shop.example.be>
In-Reply-To: <prv-2026-01279.2.1763700000@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Disposition: inline
Content-Transfer-Encoding: 8bit
User-Agent: Mutt/2.2.13 (2024-03-09)

Boa noite,

Sei que diz para não responder, mas o link não abre no meu telemóvel
("página expirada"). Por isso respondo aqui, do mesmo email da minha conta:
sim, fui eu que fiz o pedido e confirmo que quero que apaguem a minha conta
e todos os meus dados.

Obrigado,
Tiago Fonseca

On Sat, Nov 21, 2026 at 05:40:00AM +0100, Shop Privacy wrote:
> Caro cliente,
>
> Recebemos o seu pedido de apagamento da conta (artigo 17.º do RGPD).
> Para confirmar a sua identidade, clique na ligação abaixo no prazo de 7 dias:
>
> https://shop.example.be/privacy/confirmar/Rt6Y-3uIo-0Pa
>
> Esta é uma mensagem automática, por favor não responda a este email.
>
> A equipa de proteção de dados
'''),
    ('en', 'person-mentions-mailer-daemon', 'withdraw_consent', (), '''Return-Path: <jamie.robertson@fastmail-uk.example>
Received: from compute5.internal (compute5.nyi.internal [10.202.2.45])
	by mailout.fastmail-uk.example (Postfix) with ESMTP id 1F0E2114008C
	for <privacy@shop.example.be>; Tue, 24 Nov 2026 07:12:33 -0500 (EST)
Received: from mailfrontend1 ([10.202.2.162])
  by compute5.internal (MEProxy); Tue, 24 Nov 2026 07:12:33 -0500
MIME-Version: 1.0
Message-Id: <5d0b1a62-77e4-4c1e-9f30-8e2a4b6c1d90@app.fastmail-uk.example>
Date: Tue, 24 Nov 2026 12:12:12 +0000
From: "Jamie Robertson" <jamie.robertson@fastmail-uk.example>
To: privacy@shop.example.be
Subject: unsubscribe me please (reply to newsletter bounced)
Content-Type: multipart/alternative;
 boundary=ca27f4c1e8b94d0f9a0b1c2d3e4f5a6b

--ca27f4c1e8b94d0f9a0b1c2d3e4f5a6b
Content-Type: text/plain

Hello,

I replied "unsubscribe" to your Black Friday newsletter but all I got back was a "Mail delivery failed: returning message to sender" from some mailer-daemon, I guess the newsletter comes from a no-reply address. So I'm writing here instead.

Please take jamie.robertson@fastmail-uk.example off your newsletter and any other marketing e-mails. I no longer consent to receiving them.

Cheers,
Jamie
--ca27f4c1e8b94d0f9a0b1c2d3e4f5a6b
Content-Type: text/html

<!DOCTYPE html><html><head><title></title></head><body><div>Hello,</div><div><br></div><div>I replied "unsubscribe" to your Black Friday newsletter but all I got back was a "Mail delivery failed: returning message to sender" from some mailer-daemon, I guess the newsletter comes from a no-reply address. So I'm writing here instead.</div><div><br></div><div>Please take jamie.robertson@fastmail-uk.example off your newsletter and any other marketing e-mails. I no longer consent to receiving them.</div><div><br></div><div>Cheers,</div><div>Jamie</div></body></html>
--ca27f4c1e8b94d0f9a0b1c2d3e4f5a6b--
'''),
]

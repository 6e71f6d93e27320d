"""Fourteenth set, the mail systems of consumer mailbox providers and small companies, and people who look like them, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'exim-cpanel-bounce', 'automated', (), '''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from srv214.hostbox-uk.net (srv214.hostbox-uk.net [91.208.99.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Bq7Ly0kQwz9sT
	for <privacy@shop.example.be>; Tue, 13 Oct 2026 10:41:03 +0200 (CEST)
Received: from mailnull by srv214.hostbox-uk.net with local (Exim 4.96.2)
	id 1t3kQ2-0009xZ-0f
	for privacy@shop.example.be;
	Tue, 13 Oct 2026 09:41:02 +0100
X-Failed-Recipients: m.okafor@okaforjoinery.co.uk
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@srv214.hostbox-uk.net>
To: privacy@shop.example.be
References: <pr-2026-0412.3.1760344858@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1792036125-eximdsn-1453920871
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1t3kQ2-0009xZ-0f@srv214.hostbox-uk.net>
Date: Tue, 13 Oct 2026 09:41:02 +0100

--1792036125-eximdsn-1453920871
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  m.okafor@okaforjoinery.co.uk
    No Such User Here

--1792036125-eximdsn-1453920871
Content-Type: message/delivery-status

Reporting-MTA: dns; srv214.hostbox-uk.net

Action: failed
Final-Recipient: rfc822;m.okafor@okaforjoinery.co.uk
Status: 5.0.0

--1792036125-eximdsn-1453920871
Content-Type: text/rfc822-headers; charset=us-ascii

Return-path: <privacy@shop.example.be>
Received: from mail-out2.shop.example.be ([185.47.12.30]:41822)
	by srv214.hostbox-uk.net with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96.2)
	(envelope-from <privacy@shop.example.be>)
	id 1t3kQ1-0009xT-2d
	for m.okafor@okaforjoinery.co.uk;
	Tue, 13 Oct 2026 09:41:02 +0100
From: "Shop privacy team" <privacy@shop.example.be>
To: <m.okafor@okaforjoinery.co.uk>
Subject: Re: Your request to access your personal data (ref. PR-2026-0412)
Date: Tue, 13 Oct 2026 10:40:58 +0200
Message-ID: <pr-2026-0412.3.1760344858@shop.example.be>
In-Reply-To: <CAJ7e9kq2p=Lx0a@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--1792036125-eximdsn-1453920871--
'''),
    ('en', 'tradesman-autoreply', 'automated', (), '''Return-Path: <declanbyrneplumbing@gmail.com>
Delivered-To: privacy@shop.example.be
Received: from mail-ej1-f52.google.com (mail-ej1-f52.google.com [209.85.218.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BtR2m5Yf3z9sV
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 14:03:51 +0200 (CEST)
MIME-Version: 1.0
From: Declan Byrne Plumbing & Heating <declanbyrneplumbing@gmail.com>
Date: Thu, 22 Oct 2026 13:03:40 +0100
Message-ID: <CAGx4sPQ0vY7nA=kR1hbT@mail.gmail.com>
Subject: Re: We need to confirm your identity before we can delete your account
To: privacy@shop.example.be
In-Reply-To: <pr-2026-0533.1.1761134581@shop.example.be>
References: <pr-2026-0533.1.1761134581@shop.example.be>
Content-Type: multipart/alternative; boundary="000000000000a1d30b0641f0c8e2"

--000000000000a1d30b0641f0c8e2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Hi, thanks for your email.

I'm out on jobs most days and usually only get to emails in the evening so
please bear with me.

EMERGENCIES (burst pipe, no heat, leaking cylinder) - ring or text Declan on
087 412 6690. If you smell gas get out of the house and ring Gas Networks
Ireland on 1800 20 50 50 first, then me.

Quotes for bathrooms and boiler swaps - send me a few photos and your
Eircode and I'll call out to you.

Hours Mon-Fri 8am-6pm, Saturdays emergencies only.
RGII registered.

Declan

--000000000000a1d30b0641f0c8e2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hi, thanks for your email.<br><br>I'm out on jobs most day=
s and usually only get to emails in the evening so please bear with me.<br>=
<br><b>EMERGENCIES</b> (burst pipe, no heat, leaking cylinder) - ring or te=
xt Declan on 087 412 6690. If you smell gas get out of the house and ring G=
as Networks Ireland on 1800 20 50 50 first, then me.<br><br>Quotes for bath=
rooms and boiler swaps - send me a few photos and your Eircode and I'll cal=
l out to you.<br><br>Hours Mon-Fri 8am-6pm, Saturdays emergencies only.<br>=
RGII registered.<br><br>Declan</div>

--000000000000a1d30b0641f0c8e2--
'''),
    ('en', 'left-company-autoreply', 'automated', (), '''Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2112.outbound.protection.outlook.com [40.107.104.112])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Bw0Hq3NcLz9sX
	for <privacy@shop.example.be>; Mon, 2 Nov 2026 09:12:27 +0100 (CET)
From: Sarah Tolland <sarah@greenfieldlandscapes.ie>
To: "Shop privacy team" <privacy@shop.example.be>
Subject: Automatic reply: Your data request - we need a little more information
Thread-Topic: Your data request - we need a little more information
Thread-Index: AQHbLx2Fw0bV3XrKQ0uqHs1YdG9T8A==
Date: Mon, 2 Nov 2026 08:12:24 +0000
Message-ID: <DB9PR07MB7434C1E0A7F1C2B9E12D4F9AA2F32@DB9PR07MB7434.eurprd07.prod.outlook.com>
In-Reply-To: <pr-2026-0571.2.1762070391@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: sarah@greenfieldlandscapes.ie
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <pr-2026-0571.2.1762070391@shop.example.be>
x-ms-exchange-generated-message-source: Mailbox Rules Agent
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Hello,

Please note Sarah no longer works with Greenfield Landscapes and this mailb=
ox is not monitored.

For garden design and maintenance enquiries please email office@greenfieldl=
andscapes.ie or ring the office on 01 286 5530 (Mon-Fri 9-5).
For accounts and invoices: accounts@greenfieldlandscapes.ie

Your email has not been forwarded.

Kind regards,
Greenfield Landscapes Ltd
'''),
    ('nl', 'isp-mailbox-full', 'automated', (), '''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: from mx03.glasnet-mail.be (mx03.glasnet-mail.be [195.130.132.48])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BmT5f6Rz0z9sT
	for <privacy@shop.example.be>; Fri, 16 Oct 2026 09:40:14 +0200 (CEST)
Date: Fri, 16 Oct 2026 09:40:12 +0200 (CEST)
From: MAILER-DAEMON@mx03.glasnet-mail.be (Mail Delivery System)
Subject: Onbestelbaar bericht: Uw klantenkaart en uw gegevens
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4BmT5d1Fz2z1xYp.1760600412/mx03.glasnet-mail.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261016074012.4BmT5d1Fz2z1xYp@mx03.glasnet-mail.be>

--4BmT5d1Fz2z1xYp.1760600412/mx03.glasnet-mail.be
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
Content-Description: Notification

Dit is een automatisch bericht van de mailserver van GlasNet.
U hoeft hier niet op te antwoorden.

Uw bericht kon niet worden afgeleverd bij:

    lieve.de.backer@glasnet.be

Reden: de mailbox van deze ontvanger is vol. De ontvanger heeft de
beschikbare opslagruimte opgebruikt en kan op dit moment geen nieuwe
berichten ontvangen.

Wat kunt u doen?
- Probeer het bericht later opnieuw te versturen.
- Neem op een andere manier (telefonisch, sms) contact op met de ontvanger
  zodat die oude berichten kan verwijderen.

Technische details / Technical details:
<lieve.de.backer@glasnet.be>: host mbox-b2.glasnet-mail.be[10.12.4.22] said:
    552 5.2.2 Mailbox full / quota exceeded (in reply to end of DATA comman=
d)

Met vriendelijke groeten,
GlasNet Klantendienst

--4BmT5d1Fz2z1xYp.1760600412/mx03.glasnet-mail.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx03.glasnet-mail.be
X-Postfix-Queue-ID: 4BmT5d1Fz2z1xYp
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 16 Oct 2026 09:40:11 +0200 (CEST)

Final-Recipient: rfc822; lieve.de.backer@glasnet.be
Original-Recipient: rfc822;lieve.de.backer@glasnet.be
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox-b2.glasnet-mail.be
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full / quota exceeded

--4BmT5d1Fz2z1xYp.1760600412/mx03.glasnet-mail.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from mail-out2.shop.example.be (mail-out2.shop.example.be [185.47.12.30])
	by mx03.glasnet-mail.be (Postfix) with ESMTPS id 4BmT5d1Fz2z1xYp
	for <lieve.de.backer@glasnet.be>; Fri, 16 Oct 2026 09:40:11 +0200 (CEST)
From: "Privacyteam" <privacy@shop.example.be>
To: lieve.de.backer@glasnet.be
Subject: Uw klantenkaart en uw gegevens
Date: Fri, 16 Oct 2026 09:40:09 +0200
Message-ID: <pr-2026-0447.2.1760600409@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Beste mevrouw De Backer,

U vroeg ons om uw klantenkaart en de bijhorende gegevens te verwijderen.
Om zeker te zijn dat de vraag van u komt, vragen we u op de link hieronder
te klikken. De link blijft 7 dagen geldig.

https://shop.example.be/privacy/bevestig/8f2c61d0

Met vriendelijke groeten,
Het privacyteam

--4BmT5d1Fz2z1xYp.1760600412/mx03.glasnet-mail.be--
'''),
    ('nl', 'doctor-practice-autoreply', 'automated', (), '''Received: from smtp.mailprovider-pro.be (smtp.mailprovider-pro.be [94.143.18.7])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Bn0dK2TrYz9sW
	for <privacy@shop.example.be>; Mon, 19 Oct 2026 07:58:31 +0200 (CEST)
From: Huisartsenpraktijk De Linde <praktijk@delinde-huisartsen.be>
To: privacy@shop.example.be
Subject: Automatisch antwoord: RE: Uw vraag over de gegevens op uw account
Date: Mon, 19 Oct 2026 07:58:29 +0200
Message-ID: <autoreply.1760853509.2231@delinde-huisartsen.be>
In-Reply-To: <pr-2026-0460.1.1760853420@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Beste,

Bedankt voor uw bericht. Deze mailbox wordt =C3=A9=C3=A9n keer per werkdag =
gelezen,
meestal in de namiddag.

AFSPRAKEN maakt u online via www.delinde-huisartsen.be of telefonisch op
03 485 21 70 (ma-vr van 8u tot 11u30). Afspraken worden NIET per mail
vastgelegd.

Dringend en buiten de openingsuren? Bel de huisartsenwachtpost op 1733.
Bij levensgevaar: 112.

Privacy: om het medisch beroepsgeheim te respecteren vragen wij u uitdrukke=
lijk
GEEN medische gegevens, labo-uitslagen, foto's of attesten via gewone e-mail
te sturen. Vragen over uw medisch dossier bespreekt u met uw arts tijdens de
consultatie. Meer info over hoe wij met uw persoonsgegevens omgaan vindt u
in onze privacyverklaring op de website.

Met vriendelijke groet,
Dr. A. Peeters, Dr. K. Vermeulen, Dr. S. El Amrani
en het secretariaat
'''),
    ('nl', 'municipality-ack', 'automated', (), '''Received: from mail.kalmthoven.be (mail.kalmthoven.be [81.82.200.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Bq2Vw1xkPz9sT
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 09:00:05 +0100 (CET)
Date: Tue, 27 Oct 2026 09:00:04 +0100 (CET)
From: Gemeente Kalmthoven <info@kalmthoven.be>
To: privacy@shop.example.be
Message-ID: <1142339021.882144.1761552004118@mail.kalmthoven.be>
Subject: Ontvangstbevestiging van uw e-mail
MIME-Version: 1.0
Content-Type: multipart/alternative; 
	boundary="----=_Part_882143_1106538251.1761552004117"
X-Auto-Response-Suppress: All
Auto-Submitted: auto-generated

------=_Part_882143_1106538251.1761552004117
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Geachte,

Wij hebben uw e-mail goed ontvangen. Uw vraag wordt zo snel mogelijk
doorgestuurd naar de juiste dienst. U krijgt een antwoord binnen 10 werkdag=
en.

Dit is een automatisch bericht, u hoeft hier niet op te reageren.

Openingsuren gemeentehuis:
maandag t.e.m. vrijdag 8u30 - 12u, dinsdag ook 16u - 19u (alleen op afspraa=
k)
Bevolking en Burgerzaken: enkel op afspraak via www.kalmthoven.be/afspraak

Uw persoonsgegevens worden verwerkt overeenkomstig de Algemene Verordening
Gegevensbescherming (AVG). Meer info over uw rechten en de contactgegevens =
van
onze functionaris voor gegevensbescherming vindt u op www.kalmthoven.be/pri=
vacy.

Met vriendelijke groeten,
Het Onthaal - Gemeente Kalmthoven
Dorpsplein 1, 2991 Kalmthoven - 03 690 11 00

------=_Part_882143_1106538251.1761552004117
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;font-size:10pt"><p>Geacht=
e,</p><p>Wij hebben uw e-mail goed ontvangen. Uw vraag wordt zo snel mogeli=
jk<br>doorgestuurd naar de juiste dienst. U krijgt een antwoord binnen 10 w=
erkdagen.</p><p>Dit is een automatisch bericht, u hoeft hier niet op te rea=
geren.</p><p>Openingsuren gemeentehuis:<br>maandag t.e.m. vrijdag 8u30 - 12=
u, dinsdag ook 16u - 19u (alleen op afspraak)<br>Bevolking en Burgerzaken: =
enkel op afspraak via www.kalmthoven.be/afspraak</p><p>Uw persoonsgegevens =
worden verwerkt overeenkomstig de Algemene Verordening<br>Gegevensbeschermi=
ng (AVG). Meer info over uw rechten en de contactgegevens van<br>onze funct=
ionaris voor gegevensbescherming vindt u op www.kalmthoven.be/privacy.</p><=
p>Met vriendelijke groeten,<br>Het Onthaal - Gemeente Kalmthoven<br>Dorpspl=
ein 1, 2991 Kalmthoven - 03 690 11 00</p><p><img src=3D"https://www.kalmtho=
ven.be/logo-mail.png" alt=3D"Gemeente Kalmthoven" width=3D"180"></p></body>=
</html>

------=_Part_882143_1106538251.1761552004117--
'''),
    ('fr', 'fr-isp-bounce', 'automated', (), '''Return-Path: <>
Received: from smtp-in.fibranet.fr (smtp-in.fibranet.fr [80.12.242.81])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BrJ8h0MDbz9sW
	for <privacy@shop.example.be>; Wed, 21 Oct 2026 13:18:55 +0200 (CEST)
Received: from localhost by mwinf5c12.fibranet.fr id 3381; Wed, 21 Oct 2026 13:18:53 +0200
Date: Wed, 21 Oct 2026 13:18:53 +0200
From: Service de messagerie <MAILER-DAEMON@fibranet.fr>
To: privacy@shop.example.be
Subject: =?iso-8859-1?q?=C9chec_de_la_remise_du_message?=
Message-ID: <mwinf5c12-3381.1761045533@fibranet.fr>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_mwinf5c12-3381.1761045533"
Auto-Submitted: auto-replied (failure)

Ceci est un message au format MIME.

--=_mwinf5c12-3381.1761045533
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Ceci est un message automatique, merci de ne pas y r=E9pondre.

Le message que vous avez envoy=E9 n'a pas pu =EAtre distribu=E9 au destinat=
aire
suivant :

    jp.garnier59@fibranet.fr

Motif : cette adresse n'existe pas ou n'existe plus. La bo=EEte aux lettres
a peut-=EAtre =E9t=E9 supprim=E9e suite =E0 la r=E9siliation de l'abonnemen=
t.

V=E9rifiez l'orthographe de l'adresse ou contactez votre correspondant par =
un
autre moyen.

Les informations techniques ci-dessous peuvent =EAtre utiles =E0 votre
administrateur de messagerie.

--=20
Service de messagerie fibranet

--=_mwinf5c12-3381.1761045533
Content-Type: message/delivery-status

Reporting-MTA: dns; mwinf5c12.fibranet.fr
Arrival-Date: Wed, 21 Oct 2026 13:18:52 +0200

Final-Recipient: rfc822; jp.garnier59@fibranet.fr
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <jp.garnier59@fibranet.fr>: adresse inconnue / user unknown

--=_mwinf5c12-3381.1761045533
Content-Type: text/rfc822-headers

From: "Service Vie privee" <privacy@shop.example.be>
To: jp.garnier59@fibranet.fr
Subject: =?utf-8?q?Votre_demande_de_copie_de_vos_donn=C3=A9es?=
Date: Wed, 21 Oct 2026 13:18:50 +0200
Message-ID: <pr-2026-0488.1.1761045530@shop.example.be>
MIME-Version: 1.0

--=_mwinf5c12-3381.1761045533--
'''),
    ('fr', 'school-secretariat-autoreply', 'automated', (), '''Received: from mail.ecole-lesglycines.be (mail.ecole-lesglycines.be [91.183.55.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BqCm21sxhz9sX
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 10:22:40 +0100 (CET)
From: "Secretariat - Ecole communale Les Glycines" <secretariat@ecole-lesglycines.be>
To: <privacy@shop.example.be>
Subject: =?utf-8?q?R=C3=A9ponse_automatique_=3A_Votre_compte_client?=
Date: Wed, 28 Oct 2026 10:22:38 +0100
Message-ID: <vacation-28102026102238.5519@ecole-lesglycines.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Le secrétariat est fermé pendant le congé d'automne, du lundi 19 octobre
au vendredi 30 octobre inclus.

Les courriels reçus pendant cette période seront traités à partir du lundi
2 novembre, par ordre d'arrivée.

Pour une urgence concernant un élève, vous pouvez joindre la direction au
0475 28 61 03 (uniquement en cas d'urgence, merci).

Les inscriptions en 1re maternelle pour la rentrée 2027 se font uniquement
sur rendez-vous, à partir du 16 novembre.

Belles vacances et à bientôt,

Le secrétariat
École communale Les Glycines
Rue des Écoles 14 - 1300 Wavre
'''),
    ('de', 'de-webmailer-delay', 'automated', (), '''Return-Path: <>
Received: from mout-de.webpost.de (mout-de.webpost.de [213.165.67.104])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BvQ3q4dTkz9sT
	for <privacy@shop.example.be>; Sat, 31 Oct 2026 12:45:09 +0100 (CET)
From: Mail Delivery System <mailer-daemon@webpost.de>
To: privacy@shop.example.be
Subject: Warnung: Nachricht noch nicht zugestellt / Warning: message delayed
Date: Sat, 31 Oct 2026 12:45:08 +0100
Message-ID: <0MaRk2-1tDqZP3xxW-00Lc5v@mout-de.webpost.de>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B4fK2h7PqX.1761911108/mout-de.webpost.de"

--B4fK2h7PqX.1761911108/mout-de.webpost.de
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Diese Nachricht wurde automatisch vom Mailsystem erstellt.
Bitte antworten Sie nicht darauf.

Ihre Nachricht an den folgenden Empf=C3=A4nger konnte seit 4 Stunden nicht
zugestellt werden:

  renate.kuehnel@praxis-kuehnel.de

Der Server des Empf=C3=A4ngers antwortet zurzeit nicht. Wir versuchen die
Zustellung weiterhin automatisch, insgesamt bis zu 5 Tage lang.
Sie m=C3=BCssen die Nachricht NICHT erneut senden.
Sollte die Zustellung endg=C3=BCltig scheitern, erhalten Sie eine weitere N=
achricht.

---------------------------------------------------------------------

This message was created automatically by mail delivery software.

Your message to renate.kuehnel@praxis-kuehnel.de has not been delivered
yet. The remote server is not responding (connection timed out).
Delivery will be retried for up to 5 days. You do NOT need to resend.

--B4fK2h7PqX.1761911108/mout-de.webpost.de
Content-Type: message/delivery-status

Reporting-MTA: dns; mout-de.webpost.de
Arrival-Date: Sat, 31 Oct 2026 08:41:57 +0100

Final-Recipient: rfc822; renate.kuehnel@praxis-kuehnel.de
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.praxis-kuehnel.de[5.9.44.120]:25: Connection timed out
Will-Retry-Until: Thu, 5 Nov 2026 08:41:57 +0100

--B4fK2h7PqX.1761911108/mout-de.webpost.de
Content-Type: text/rfc822-headers

From: privacy@shop.example.be
To: renate.kuehnel@praxis-kuehnel.de
Subject: =?utf-8?q?Ihr_Widerspruch_gegen_Werbung_=E2=80=93_Best=C3=A4tigung?=
Date: Sat, 31 Oct 2026 08:41:55 +0100
Message-ID: <pr-2026-0563.2.1761896515@shop.example.be>

--B4fK2h7PqX.1761911108/mout-de.webpost.de--
'''),
    ('de', 'tax-office-autoreply', 'automated', (), '''Received: from mail.stb-kraemer.de (mail.stb-kraemer.de [85.214.33.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4C9wZ75mKcz9sW
	for <privacy@shop.example.be>; Wed, 23 Dec 2026 08:05:44 +0100 (CET)
From: =?utf-8?q?Kr=C3=A4mer_=26_Partner_Steuerberatung?= <kanzlei@stb-kraemer.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Ihre_Anfrage_zur_L=C3=B6schung_Ihres_Kunden?=
 =?utf-8?q?kontos?=
Date: Wed, 23 Dec 2026 08:05:43 +0100
Message-ID: <ooo-3f1a88e2b7@stb-kraemer.de>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht.

Unsere Kanzlei ist vom 23.12.2026 bis einschlie=C3=9Flich 06.01.2027 geschl=
ossen.
Ab dem 07.01.2027 sind wir wieder zu den gewohnten Zeiten f=C3=BCr Sie da:
Mo-Do 8:00-17:00 Uhr, Fr 8:00-13:00 Uhr.

Ihre E-Mail wird nicht weitergeleitet. In dringenden F=C3=A4llen (z. B. Fri=
stsachen
beim Finanzamt) erreichen Sie Herrn Kr=C3=A4mer unter 0171 448 2093.

Hinweis zum Datenschutz: Bitte senden Sie uns Unterlagen mit
personenbezogenen Daten (Steuerbescheide, Lohnabrechnungen, Kontoausz=C3=BC=
ge,
Ausweiskopien) nicht unverschl=C3=BCsselt per E-Mail, sondern ausschlie=C3=
=9Flich =C3=BCber
unser Mandantenportal. Informationen zur Verarbeitung Ihrer Daten nach
Art. 13 DSGVO finden Sie unter www.stb-kraemer.de/datenschutz.

Wir w=C3=BCnschen Ihnen frohe Weihnachten und einen guten Start ins neue Ja=
hr!

Mit freundlichen Gr=C3=BC=C3=9Fen
Ihr Team der Kanzlei Kr=C3=A4mer & Partner
'''),
    ('es', 'qmail-bounce-es', 'automated', (), '''Return-Path: <>
Received: from correo.hostingiberia.es (correo.hostingiberia.es [178.33.121.9])
	by mx1.shop.example.be (Postfix) with SMTP id 4BsZ4k0GxXz9sT
	for <privacy@shop.example.be>; Fri, 23 Oct 2026 17:30:21 +0200 (CEST)
Received: (qmail 21837 invoked for bounce); 23 Oct 2026 15:30:20 -0000
Date: 23 Oct 2026 15:30:20 -0000
From: MAILER-DAEMON@correo.hostingiberia.es
To: privacy@shop.example.be
Subject: failure notice

Hola. Este es el programa qmail-send en correo.hostingiberia.es.
Lamento informarle que su mensaje no pudo ser entregado a las siguientes
direcciones. Este es un error permanente; he desistido de intentarlo.
Disculpe las molestias.

<administracion@ferreteriasolana.es>:
Esta cuenta de correo ha sido dada de baja. / This mailbox has been disabled.

--- A continuacion se adjunta una copia de su mensaje.

Return-Path: <privacy@shop.example.be>
Received: (qmail 21829 invoked from network); 23 Oct 2026 15:30:19 -0000
Received: from mail-out2.shop.example.be (185.47.12.30)
  by correo.hostingiberia.es with ESMTPS; 23 Oct 2026 15:30:19 -0000
From: "Equipo de privacidad" <privacy@shop.example.be>
To: administracion@ferreteriasolana.es
Subject: Re: baja de la newsletter
Date: Fri, 23 Oct 2026 17:30:15 +0200
Message-ID: <pr-2026-0512.2.1761233415@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Estimada Sra. Solana:

Le confirmamos que hemos dado de baja la direcci=C3=B3n
administracion@ferreteriasolana.es de nuestra newsletter. No recibir=C3=A1
m=C3=A1s correos comerciales nuestros.

Un saludo,
El equipo de privacidad
'''),
    ('es', 'holiday-letter-autoreply', 'automated', (), '''Received: from mail-wr1-f41.google.com (mail-wr1-f41.google.com [209.85.221.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4B1xQm6sVrz9sV
	for <privacy@shop.example.be>; Mon, 3 Aug 2026 09:14:02 +0200 (CEST)
From: Lourdes Almagro <lourdes@viverosalmagro.es>
To: privacy@shop.example.be
Subject: =?utf-8?q?Respuesta_autom=C3=A1tica=3A_Re=3A_=C2=BFPodemos_ayudarle_con_su?=
 =?utf-8?q?_solicitud=3F?=
Date: Mon, 3 Aug 2026 09:13:59 +0200
Message-ID: <CAH1r2=vq8Yk0P@mail.gmail.com>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=C2=A1Hola!

Os escribo este mensaje autom=C3=A1tico porque desde hoy y hasta el lunes 2=
4 de
agosto estar=C3=A9 de vacaciones. Este a=C3=B1o por fin nos vamos unos d=C3=
=ADas a Asturias
con los ni=C3=B1os y a ver a mi madre a Cangas, as=C3=AD que he prometido e=
n casa no
mirar el correo (veremos si lo cumplo...).

Mientras tanto, en el vivero seguimos abiertos en horario de verano, de
lunes a s=C3=A1bado de 8:00 a 14:00.

- Si es algo de facturas o pagos: Marta, administracion@viverosalmagro.es
- Si es un pedido o una entrega: Jorge, 968 44 27 13 o pedidos@viverosalmag=
ro.es
- Si es urgente de verdad, me pod=C3=A9is mandar un WhatsApp y os contesto =
cuando pueda.

Lo dem=C3=A1s lo mirar=C3=A9 a la vuelta, con paciencia, que seguro que me =
encuentro
cientos de correos.

Un abrazo muy fuerte y feliz verano,

Lourdes Almagro
Viveros Almagro - Cartagena
'''),
    ('it', 'it-pec-refusal', 'automated', (), '''Return-Path: <>
Received: from mx.postacert-italia.it (mx.postacert-italia.it [62.149.128.74])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BtWq23KgFz9sT
	for <privacy@shop.example.be>; Fri, 30 Oct 2026 08:19:02 +0100 (CET)
From: "Posta Certificata" <mailer-daemon@postacert-italia.it>
To: privacy@shop.example.be
Subject: Messaggio non consegnato: Conferma della cancellazione dei suoi dati
Date: Fri, 30 Oct 2026 08:19:01 +0100 (CET)
Message-ID: <nonpec.20261030081901.4411@postacert-italia.it>
X-Ricevuta: non-accettazione
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_Part_4411_90817233.1761808741552"

------=_Part_4411_90817233.1761808741552
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

il messaggio da Lei inviato all'indirizzo

    amministrazione@pec.studiobellotti.it

NON =C3=A8 stato consegnato.

La casella di destinazione =C3=A8 una casella di Posta Elettronica Certific=
ata
(PEC) configurata per accettare esclusivamente messaggi provenienti da altre
caselle PEC. I messaggi di posta ordinaria vengono rifiutati.

Per comunicare con il destinatario utilizzi un indirizzo PEC oppure un
indirizzo di posta ordinaria del destinatario stesso.

Questo messaggio =C3=A8 stato generato automaticamente: si prega di non
rispondere.

Posta Certificata - Servizio Clienti

------=_Part_4411_90817233.1761808741552
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.postacert-italia.it

Final-Recipient: rfc822; amministrazione@pec.studiobellotti.it
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Messaggio non PEC rifiutato / non-certified message rejected

------=_Part_4411_90817233.1761808741552
Content-Type: text/rfc822-headers

From: "Ufficio privacy" <privacy@shop.example.be>
To: amministrazione@pec.studiobellotti.it
Subject: Conferma della cancellazione dei suoi dati
Date: Fri, 30 Oct 2026 08:18:58 +0100
Message-ID: <pr-2026-0549.3.1761808738@shop.example.be>

------=_Part_4411_90817233.1761808741552--
'''),
    ('it', 'inactive-mailbox-notice', 'automated', (), '''Return-Path: <>
Received: from smtp-out.posta-libera.it (smtp-out.posta-libera.it [213.209.10.55])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Bx9yL0sQ8z9sW
	for <privacy@shop.example.be>; Thu, 5 Nov 2026 16:02:10 +0100 (CET)
From: Posta Libera <noreply-notifiche@posta-libera.it>
To: privacy@shop.example.be
Subject: Impossibile recapitare il messaggio: casella disattivata
Date: Thu, 5 Nov 2026 16:02:09 +0100
Message-ID: <notif.1762354929.77120@posta-libera.it>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_a31f0cd2e94b77a4e0c92f11de5d6b20"

--=_a31f0cd2e94b77a4e0c92f11de5d6b20
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile utente,

la casella di posta elettronica a cui hai scritto

  nonnapina.ferri@posta-libera.it

=C3=A8 stata disattivata perch=C3=A9 non viene utilizzata da pi=C3=B9 di 12=
 mesi, come
previsto dalle Condizioni del servizio. Il tuo messaggio non =C3=A8 stato
recapitato e non verr=C3=A0 conservato.

Se conosci il destinatario, contattalo con un altro mezzo.

Questo =C3=A8 un messaggio automatico, non rispondere a questo indirizzo.

Il team di Posta Libera

--=_a31f0cd2e94b77a4e0c92f11de5d6b20
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PCFET0NUWVBFIGh0bWw+PGh0bWw+PGhlYWQ+PG1ldGEgY2hhcnNldD0idXRmLTgiPjwvaGVhZD48
Ym9keSBzdHlsZT0ibWFyZ2luOjA7YmFja2dyb3VuZDojZjJmNGY3Ij48dGFibGUgd2lkdGg9IjEw
MCUiIGNlbGxwYWRkaW5nPSIwIiBjZWxsc3BhY2luZz0iMCI+PHRyPjx0ZCBhbGlnbj0iY2VudGVy
Ij48dGFibGUgd2lkdGg9IjU2MCIgc3R5bGU9ImJhY2tncm91bmQ6I2ZmZjtmb250LWZhbWlseTpI
ZWx2ZXRpY2EsQXJpYWwsc2Fucy1zZXJpZjtmb250LXNpemU6MTRweDtjb2xvcjojMzMzIj48dHI+
PHRkIHN0eWxlPSJiYWNrZ3JvdW5kOiMwYTViZDM7cGFkZGluZzoxNnB4Ij48aW1nIHNyYz0iaHR0
cHM6Ly9zdGF0aWMucG9zdGEtbGliZXJhLml0L2ltZy9sb2dvLXdoaXRlLnBuZyIgYWx0PSJQb3N0
YSBMaWJlcmEiIGhlaWdodD0iMjgiPjwvdGQ+PC90cj48dHI+PHRkIHN0eWxlPSJwYWRkaW5nOjI0
cHgiPjxwPkdlbnRpbGUgdXRlbnRlLDwvcD48cD5sYSBjYXNlbGxhIGRpIHBvc3RhIGVsZXR0cm9u
aWNhIGEgY3VpIGhhaSBzY3JpdHRvIDxiPm5vbm5hcGluYS5mZXJyaUBwb3N0YS1saWJlcmEuaXQ8
L2I+IMOoIHN0YXRhIDxiPmRpc2F0dGl2YXRhPC9iPiBwZXJjaMOpIG5vbiB2aWVuZSB1dGlsaXp6
YXRhIGRhIHBpw7kgZGkgMTIgbWVzaSwgY29tZSBwcmV2aXN0byBkYWxsZSBDb25kaXppb25pIGRl
bCBzZXJ2aXppby4gSWwgdHVvIG1lc3NhZ2dpbyBub24gw6ggc3RhdG8gcmVjYXBpdGF0byBlIG5v
biB2ZXJyw6AgY29uc2VydmF0by48L3A+PHA+U2UgY29ub3NjaSBpbCBkZXN0aW5hdGFyaW8sIGNv
bnRhdHRhbG8gY29uIHVuIGFsdHJvIG1lenpvLjwvcD48cCBzdHlsZT0iY29sb3I6Izg4ODtmb250
LXNpemU6MTJweCI+UXVlc3RvIMOoIHVuIG1lc3NhZ2dpbyBhdXRvbWF0aWNvLCBub24gcmlzcG9u
ZGVyZSBhIHF1ZXN0byBpbmRpcml6em8uPC9wPjxwPklsIHRlYW0gZGkgUG9zdGEgTGliZXJhPC9w
PjwvdGQ+PC90cj48L3RhYmxlPjwvdGQ+PC90cj48L3RhYmxlPjwvYm9keT48L2h0bWw+Cg==

--=_a31f0cd2e94b77a4e0c92f11de5d6b20--
'''),
    ('pt', 'dental-clinic-autoreply', 'automated', (), '''Received: from mail.clinicasorrisoalvo.pt (mail.clinicasorrisoalvo.pt [188.93.230.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BpHn80cJxz9sV
	for <privacy@shop.example.be>; Fri, 23 Oct 2026 19:47:31 +0200 (CEST)
From: =?UTF-8?Q?Cl=C3=ADnica_Dent=C3=A1ria_Sorriso_Alvo?= <geral@clinicasorrisoalvo.pt>
To: privacy@shop.example.be
Subject: =?utf-8?q?Resposta_autom=C3=A1tica=3A_o_seu_pedido_de_acesso_aos_dados?=
Date: Fri, 23 Oct 2026 18:47:30 +0100
Message-ID: <auto.20261023184730.8817@clinicasorrisoalvo.pt>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

T2zDoSwKCk9icmlnYWRvIHBlbG8gc2V1IGNvbnRhY3RvLiBBIHN1YSBtZW5zYWdlbSBmb2kgcmVj
ZWJpZGEgZSBzZXLDoSByZXNwb25kaWRhCmNvbSBhIG1haW9yIGJyZXZpZGFkZSBwb3Nzw612ZWws
IGRlbnRybyBkbyBub3NzbyBob3LDoXJpbyBkZSBmdW5jaW9uYW1lbnRvOgoKICBTZWd1bmRhIGEg
c2V4dGE6IDloMDAgLSAxM2gwMCBlIDE0aDMwIC0gMTloMzAKICBTw6FiYWRvOiA5aDAwIC0gMTNo
MDAKClBhcmEgbWFyY2FyLCBhbHRlcmFyIG91IGRlc21hcmNhciBjb25zdWx0YXMsIHBvciBmYXZv
ciBsaWd1ZSBwYXJhIG8KMjEgODQ2IDAzIDkyIChjaGFtYWRhIHBhcmEgYSByZWRlIGZpeGEgbmFj
aW9uYWwpIG91IDkxMiA1MDcgMTE4LgpFbSBjYXNvIGRlIGRvciBvdSB1cmfDqm5jaWEgZm9yYSBk
byBob3LDoXJpbywgZGVpeGUgbWVuc2FnZW0gbm8gdGVsZWZvbmUgZQpsaWdhbW9zIGRlIHZvbHRh
IG5vIHByw7NwcmlvIGRpYSBvdSBubyBkaWEgc2VndWludGUuCgpQcm90ZcOnw6NvIGRlIGRhZG9z
OiBlbSBjb25mb3JtaWRhZGUgY29tIG8gUkdQRCwgb3MgZGFkb3MgcGVzc29haXMgcXVlIG5vcwpl
bnZpYXIgc2Vyw6NvIHRyYXRhZG9zIGFwZW5hcyBwYXJhIHJlc3BvbmRlciBhbyBzZXUgcGVkaWRv
LiBQZWRpbW9zIHF1ZSBOw4NPCmVudmllIHBvciBlbWFpbCBleGFtZXMsIHJhZGlvZ3JhZmlhcywg
cmVsYXTDs3Jpb3MgbcOpZGljb3Mgb3UgY8OzcGlhcyBkbwpDYXJ0w6NvIGRlIENpZGFkw6NvLgoK
Q29tIG9zIG1lbGhvcmVzIGN1bXByaW1lbnRvcywKQSBlcXVpcGEgZGEgQ2zDrW5pY2EgRGVudMOh
cmlhIFNvcnJpc28gQWx2bwpBdi4gZGUgUm9tYSA2MSwgMS7CuiBFc3EuIC0gMTcwMC0zNDMgTGlz
Ym9hCg==
'''),
    ('pl', 'pl-webmail-bounce', 'automated', (), '''Return-Path: <>
Received: from mx-out.pocztaplus.pl (mx-out.pocztaplus.pl [193.17.41.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BqY1n2fVdz9sT
	for <privacy@shop.example.be>; Tue, 27 Oct 2026 11:06:48 +0100 (CET)
From: "PocztaPlus" <postmaster@pocztaplus.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Niedostarczona_wiadomo=C5=9B=C4=87=3A_Re=3A_usuni=C4=99cie_konta?=
 =?utf-8?q?_i_karty_sta=C5=82ego_klienta?=
Date: Tue, 27 Oct 2026 11:06:47 +0100
Message-ID: <dsn.5f3a1c.20261027110647@pocztaplus.pl>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="------------PP-7e12a9b43c0f"

--------------PP-7e12a9b43c0f
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

V2l0YWosCgpuaWVzdGV0eSBUd29qYSB3aWFkb21vxZvEhyBuaWUgem9zdGHFgmEgZG9zdGFyY3pv
bmEuCgpBZHJlc2F0OiBrLndpc25pZXdza2ExOTg3QHBvY3p0YXBsdXMucGwKUG93w7NkOiBwb2Rh
bnkgYWRyZXMgZS1tYWlsIG5pZSBpc3RuaWVqZS4gU3ByYXdkxbosIGN6eSBuaWUgbWEgdyBuaW0g
bGl0ZXLDs3draS4KCldpYWRvbW/Fm8SHIHpvc3RhxYJhIHd5Z2VuZXJvd2FuYSBhdXRvbWF0eWN6
bmllIC0gcHJvc2lteSBuYSBuacSFIG5pZSBvZHBvd2lhZGHEhy4KClBvemRyYXdpYW15Clplc3DD
s8WCIFBvY3p0YVBsdXMK

--------------PP-7e12a9b43c0f
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out.pocztaplus.pl

Final-Recipient: rfc822; k.wisniewska1987@pocztaplus.pl
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--------------PP-7e12a9b43c0f
Content-Type: text/rfc822-headers

From: privacy@shop.example.be
To: k.wisniewska1987@pocztaplus.pl
Subject: =?UTF-8?B?UmU6IHVzdW5pxJljaWUga29udGEgaSBrYXJ0eSBzdGHFgmVnbyBrbGllbnRh?=
Date: Tue, 27 Oct 2026 11:06:45 +0100
Message-ID: <pr-2026-0538.2.1761559605@shop.example.be>

--------------PP-7e12a9b43c0f--
'''),
    ('pl', 'municipality-rodo-ack', 'automated', (), '''Received: from poczta.lipowawola.pl (poczta.lipowawola.pl [91.228.196.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BrNfD3x1qz9sX
	for <privacy@shop.example.be>; Wed, 28 Oct 2026 07:31:16 +0100 (CET)
From: =?UTF-8?Q?Urz=C4=85d_Gminy_Lipowa_Wola?= <sekretariat@lipowawola.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Potwierdzenie_otrzymania_wiadomo=C5=9Bci?=
Date: Wed, 28 Oct 2026 07:31:15 +0100
Message-ID: <ack-20261028073115-99120@lipowawola.pl>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Szanowni Pa=C5=84stwo,

dzi=C4=99kujemy za przes=C5=82anie wiadomo=C5=9Bci do Urz=C4=99du Gminy Lip=
owa Wola. Wiadomo=C5=9B=C4=87
zostanie zarejestrowana i przekazana do w=C5=82a=C5=9Bciwego stanowiska.

Urz=C4=85d czynny: poniedzia=C5=82ek 8:00-16:00, wtorek-czwartek 7:30-15:30,
pi=C4=85tek 7:30-14:30. Sekretariat: tel. 44 712 30 15.

Wiadomo=C5=9B=C4=87 wygenerowana automatycznie, prosimy na ni=C4=85 nie odp=
owiada=C4=87.

KLAUZULA INFORMACYJNA
Zgodnie z art. 13 ust. 1 i 2 rozporz=C4=85dzenia Parlamentu Europejskiego i=
 Rady
(UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) informujemy, =C5=BCe:
1. Administratorem Pani/Pana danych osobowych jest W=C3=B3jt Gminy Lipowa W=
ola,
   ul. Ko=C5=9Bcielna 3, 97-215 Lipowa Wola.
2. Kontakt z Inspektorem Ochrony Danych: iod@lipowawola.pl.
3. Dane osobowe przetwarzane s=C4=85 w celu za=C5=82atwienia sprawy, kt=C3=
=B3rej dotyczy
   korespondencja (art. 6 ust. 1 lit. c i e RODO).
4. Dane b=C4=99d=C4=85 przechowywane przez okres wynikaj=C4=85cy z przepis=
=C3=B3w o archiwizacji.
5. Posiada Pani/Pan prawo dost=C4=99pu do tre=C5=9Bci swoich danych, ich sp=
rostowania,
   usuni=C4=99cia lub ograniczenia przetwarzania, a tak=C5=BCe prawo wniesi=
enia
   sprzeciwu, w przypadkach okre=C5=9Blonych w RODO.
6. Przys=C5=82uguje Pani/Panu prawo wniesienia skargi do Prezesa Urz=C4=99d=
u Ochrony
   Danych Osobowych, gdy uzna Pani/Pan, =C5=BCe przetwarzanie danych narusza
   przepisy RODO.
'''),
    ('cs', 'cz-webmail-bounce', 'automated', (), '''Return-Path: <>
Received: from mx2.postadomu.cz (mx2.postadomu.cz [77.75.76.48])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Bs5Jp0nRwz9sT
	for <privacy@shop.example.be>; Thu, 29 Oct 2026 14:55:02 +0100 (CET)
From: =?UTF-8?B?UG/FoXRhRG9txa8=?= <mailer-daemon@postadomu.cz>
To: privacy@shop.example.be
Subject: =?utf-8?q?Zpr=C3=A1vu_se_nepoda=C5=99ilo_doru=C4=8Dit?=
Date: Thu, 29 Oct 2026 14:55:01 +0100
Message-ID: <bounce-8a44c01e-2b77@postadomu.cz>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_b3a0d6e1c4f2"

--=_b3a0d6e1c4f2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKClZhxaFpIHpwcsOhdnUgc2UgYm9odcW+ZWwgbmVwb2RhxZlpbG8gZG9ydcSN
aXQgbmEgYWRyZXN1OgoKICBqaXJpbmEubWFyZXNvdmFAcG9zdGFkb211LmN6CgpExa92b2Q6IHNj
aHLDoW5rYSBzIHRvdXRvIGFkcmVzb3UgbmVleGlzdHVqZSBuZWJvIGJ5bGEgenJ1xaFlbmEuClpr
b250cm9sdWp0ZSBwcm9zw61tLCB6ZGEgamUgYWRyZXNhIG5hcHPDoW5hIHNwcsOhdm7Emy4KClRh
dG8genByw6F2YSBieWxhIHZ5dHZvxZllbmEgYXV0b21hdGlja3ksIG5lb2Rwb3bDrWRlanRlIG5h
IG5pLgoKVsOhxaEgdMO9bSBQb8WhdGFEb23Frwo=

--=_b3a0d6e1c4f2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGRpdiBzdHlsZT0iZm9udC1mYW1pbHk6QXJpYWw7Zm9udC1zaXplOjE0cHgi
PjxwPkRvYnLDvSBkZW4sPC9wPjxwPlZhxaFpIHpwcsOhdnUgc2UgYm9odcW+ZWwgbmVwb2RhxZlp
bG8gZG9ydcSNaXQgbmEgYWRyZXN1OjwvcD48cD4gIGppcmluYS5tYXJlc292YUBwb3N0YWRvbXUu
Y3o8L3A+PHA+RMWvdm9kOiBzY2hyw6Fua2EgcyB0b3V0byBhZHJlc291IG5lZXhpc3R1amUgbmVi
byBieWxhIHpydcWhZW5hLjxicj5aa29udHJvbHVqdGUgcHJvc8OtbSwgemRhIGplIGFkcmVzYSBu
YXBzw6FuYSBzcHLDoXZuxJsuPC9wPjxwPlRhdG8genByw6F2YSBieWxhIHZ5dHZvxZllbmEgYXV0
b21hdGlja3ksIG5lb2Rwb3bDrWRlanRlIG5hIG5pLjwvcD48cD5Ww6HFoSB0w71tIFBvxaF0YURv
bcWvPC9wPjwvZGl2PjwvYm9keT48L2h0bWw+Cg==

--=_b3a0d6e1c4f2--
'''),
    ('cs', 'outlook-ooo-cs', 'automated', (), '''Received: from EUR02-VI1-obe.outbound.protection.outlook.com (mail-vi1eur02on2091.outbound.protection.outlook.com [40.107.241.91])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4B3nWv1t3dz9sV
	for <privacy@shop.example.be>; Tue, 4 Aug 2026 10:10:44 +0200 (CEST)
From: =?iso-8859-2?Q?Petr_Dvo=F8=E1k?= <dvorak@stavebniny-hlinsko.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?iso-8859-2?q?Automatick=E1_odpov=EC=EF=3A_Re=3A_Dotaz_k_va=B9=ED_objedn?=
 =?iso-8859-2?q?=E1vce_a_osobn=EDm_=FAdaj=F9m?=
Thread-Topic: Dotaz k vaší objednávce a osobním údajům
Date: Tue, 4 Aug 2026 08:10:41 +0000
Message-ID: <AM9PR02MB7012A1F0C3D9E1B4C77F0D2EB6F42@AM9PR02MB7012.eurprd02.prod.outlook.com>
Auto-Submitted: auto-generated
X-MS-Exchange-Inbox-Rules-Loop: dvorak@stavebniny-hlinsko.cz
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Dobr=FD den,

d=ECkuji za V=E1=B9 e-mail. Od 3. 8. do 14. 8. 2026 =E8erp=E1m dovolenou a =
k po=B9t=EC se
dostanu jen v=FDjime=E8n=EC.

Ve v=ECci faktur a plateb se pros=EDm obra=BBte na kolegyni Ing. Janu Novot=
nou,
novotna@stavebniny-hlinsko.cz, tel. 469 311 402.

S pozdravem

Petr Dvo=F8=E1k
=FA=E8etn=ED
Stavebniny Hlinsko s.r.o.
'''),
    ('hr', 'holiday-letter-hr', 'automated', (), '''Received: from mail.knjigovodstvo-kovac.hr (mail.knjigovodstvo-kovac.hr [178.218.166.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4B7pXc3LmSz9sW
	for <privacy@shop.example.be>; Mon, 10 Aug 2026 08:00:12 +0200 (CEST)
From: =?UTF-8?Q?Snje=C5=BEana_Kova=C4=8D?= <snjezana@knjigovodstvo-kovac.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Godi=C5=A1nji_odmor_=28Re=3A_Va=C5=A1_zahtjev_za_ispravak_podata?=
 =?utf-8?q?ka=29?=
Date: Mon, 10 Aug 2026 08:00:10 +0200
Message-ID: <roundcube.vacation.1786341610.4471@knjigovodstvo-kovac.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

hvala Vam na poruci!

Od 10. do 28. kolovoza ured je zatvoren jer sam, nakon dvije godine, konačno
na pravom godišnjem odmoru. Bit ću na Lošinju s obitelji i neću redovito
pratiti e-poštu, pa Vas molim za malo strpljenja.

Ako ste naš klijent i trebate hitno nešto vezano uz plaće ili PDV za srpanj,
javite se kolegici Ivani na 098 174 3306, ona će biti u uredu srijedom i
petkom od 9 do 13 sati.

Sve ostalo rješavamo od 31. kolovoza. Odgovorit ću na svaku poruku, obećajem!

Lijep pozdrav i ugodno ljeto,

Snježana Kovač
Knjigovodstveni servis Kovač, Rijeka
'''),
    ('sv', 'health-centre-autoreply', 'automated', (), '''Received: from smtp.vardcentralen-solrosen.se (smtp.vardcentralen-solrosen.se [194.47.250.23])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BsA0w5yPbz9sT
	for <privacy@shop.example.be>; Thu, 22 Oct 2026 16:40:27 +0200 (CEST)
From: =?UTF-8?Q?V=C3=A5rdcentralen_Solrosen?= <info@vardcentralen-solrosen.se>
To: privacy@shop.example.be
Subject: =?utf-8?q?Autosvar=3A_Din_beg=C3=A4ran_om_registerutdrag?=
Date: Thu, 22 Oct 2026 16:40:26 +0200
Message-ID: <autosvar-221026164026-3317@vardcentralen-solrosen.se>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hej!

Tack f=C3=B6r ditt mejl. Den h=C3=A4r adressen l=C3=A4ses vardagar, och du =
f=C3=A5r svar inom
tre arbetsdagar.

Mejlen =C3=A4r inte en s=C3=A4ker kanal. Skicka d=C3=A4rf=C3=B6r INTE perso=
nnummer,
journaluppgifter, provsvar eller andra k=C3=A4nsliga uppgifter hit. Vill du
kontakta oss om din v=C3=A5rd, logga in p=C3=A5 1177.se och skriv till oss =
via
e-tj=C3=A4nsten.

Beh=C3=B6ver du hj=C3=A4lp i dag? Ring oss p=C3=A5 031-721 45 00 (telefonti=
d m=C3=A5n-fre
8.00-16.30) eller ring 1177 dygnet runt. Vid livshotande tillst=C3=A5nd, ri=
ng 112.

V=C3=A4nliga h=C3=A4lsningar
V=C3=A5rdcentralen Solrosen
'''),
    ('ro', 'townhall-ack-ro', 'automated', (), '''Received: from mail.primariabogdanesti.ro (mail.primariabogdanesti.ro [89.36.214.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BsR6m2pWnz9sX
	for <privacy@shop.example.be>; Fri, 23 Oct 2026 10:15:33 +0200 (CEST)
From: =?UTF-8?B?UHJpbcSDcmlhIENvbXVuZWkgQm9nZMSDbmXImXRp?= <registratura@primariabogdanesti.ro>
To: privacy@shop.example.be
Subject: Confirmare primire e-mail - Registratura
Date: Fri, 23 Oct 2026 11:15:32 +0300
Message-ID: <confirmare.1761207332.2206@primariabogdanesti.ro>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Stimată doamnă / Stimate domn,

Vă mulțumim pentru mesajul transmis Primăriei Comunei Bogdănești.

Mesajul dumneavoastră a fost preluat de Registratură și va primi un număr de
înregistrare în cel mult 3 zile lucrătoare. Termenul legal de răspuns este
de 30 de zile de la înregistrare.

Program cu publicul: luni - joi 8:00 - 16:30, vineri 8:00 - 14:00.
Telefon: 0235 421 118.

Datele cu caracter personal transmise prin acest mesaj sunt prelucrate în
conformitate cu Regulamentul (UE) 2016/679 (GDPR), exclusiv în scopul
soluționării solicitării dumneavoastră.

Acesta este un mesaj generat automat. Vă rugăm să nu răspundeți.

Registratura
Primăria Comunei Bogdănești, județul Vaslui
'''),
    ('el', 'gr-isp-bounce', 'automated', (), '''Return-Path: <>
Received: from mx-out3.ellasnet.gr (mx-out3.ellasnet.gr [62.103.39.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BtC8q1jLhz9sT
	for <privacy@shop.example.be>; Mon, 26 Oct 2026 12:27:50 +0100 (CET)
From: "Ellasnet Mail System" <MAILER-DAEMON@ellasnet.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHOtM+Fzr3Osc68zq/OsSDPgM6xz4HOrM60zr/Pg863z4IgzrzOt869z43OvM6x?=
 =?utf-8?b?z4TOv8+CIC8gVW5kZWxpdmVyYWJsZSBtZXNzYWdl?=
Date: Mon, 26 Oct 2026 13:27:49 +0200
Message-ID: <20261026112749.ND.44718@mx-out3.ellasnet.gr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="b1_8f0c1d33a7c25e9e0ab4f6d7c1e2a915"

--b1_8f0c1d33a7c25e9e0ab4f6d7c1e2a915
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zpHOs86xz4DOt8+Ezq0gz4fPgc6uz4PPhM63LAoKzqTOvyDOvM6uzr3Phc68zqwgz4POsc+CIM60
zrXOvSDOrs+EzrHOvSDOtM+Fzr3Osc+Ez4wgzr3OsSDPgM6xz4HOsc60zr/OuM61zq8gz4PPhM6/
zr0gz4DOsc+BzrHOus6sz4TPiSDPgM6xz4HOsc67zq7PgM+Ezrc6CgogICAgZy5wYXBhZG9wb3Vs
b3VAZWxsYXNuZXQuZ3IKCs6RzrnPhM6vzrE6IM6fIM67zr/Os86xz4HOuc6xz4POvM+Mz4Igz4TO
v8+FIM+AzrHPgc6xzrvOrs+Az4TOtyDOrc+HzrXOuSDOsc+AzrXOvc61z4HOs86/z4DOv865zrfO
uM61zq8uCgrOoM+Bz4zOus61zrnPhM6xzrkgzrPOuc6xIM6xz4XPhM+MzrzOsc+Ezr8gzrzOrs69
z4XOvM6xLiDOoM6xz4HOsc66zrHOu86/z43OvM61IM68zrfOvSDOsc+AzrHOvc+Ezq7Pg861z4TO
tS4KCi0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
LS0tLS0tCgpEZWFyIHVzZXIsCgpZb3VyIG1lc3NhZ2UgY291bGQgbm90IGJlIGRlbGl2ZXJlZCB0
byB0aGUgZm9sbG93aW5nIHJlY2lwaWVudDoKCiAgICBnLnBhcGFkb3BvdWxvdUBlbGxhc25ldC5n
cgoKUmVhc29uOiBUaGUgcmVjaXBpZW50IGFjY291bnQgaGFzIGJlZW4gZGlzYWJsZWQuCgpUaGlz
IGlzIGFuIGF1dG9tYXRpY2FsbHkgZ2VuZXJhdGVkIG1lc3NhZ2UuIFBsZWFzZSBkbyBub3QgcmVw
bHkuCg==

--b1_8f0c1d33a7c25e9e0ab4f6d7c1e2a915
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out3.ellasnet.gr

Final-Recipient: rfc822; g.papadopoulou@ellasnet.gr
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 Account disabled

--b1_8f0c1d33a7c25e9e0ab4f6d7c1e2a915
Content-Type: text/rfc822-headers

From: privacy@shop.example.be
To: g.papadopoulou@ellasnet.gr
Subject: Your request: we have corrected your delivery address
Date: Mon, 26 Oct 2026 12:27:46 +0100
Message-ID: <pr-2026-0527.2.1761478066@shop.example.be>

--b1_8f0c1d33a7c25e9e0ab4f6d7c1e2a915--
'''),
    ('el', 'tutoring-school-autoreply', 'automated', (), '''Received: from mail.frontistirio-anodos.gr (mail.frontistirio-anodos.gr [185.4.134.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4B9cK7m0Rvz9sV
	for <privacy@shop.example.be>; Fri, 14 Aug 2026 09:30:05 +0200 (CEST)
From: =?utf-8?b?zqbPgc6/zr3PhM65z4PPhM6uz4HOuc6/IM6Gzr3Ov860zr/Pgg==?= <info@frontistirio-anodos.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiBSZTogzpcgzrTOuc6x?=
 =?utf-8?b?zrPPgc6xz4bOriDPhM6/z4UgzrvOv86zzrHPgc65zrHPg868zr/PjSDPg86x?=
 =?utf-8?b?z4I=?=
Date: Fri, 14 Aug 2026 10:30:04 +0300
Message-ID: <vac.1786703404.118@frontistirio-anodos.gr>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1 =CF=83=CE=B1=CF=82,

=CE=A3=CE=B1=CF=82 =CE=B5=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CE=BF=
=CF=8D=CE=BC=CE=B5 =CE=B3=CE=B9=CE=B1 =CF=84=CE=BF =CE=BC=CE=AE=CE=BD=CF=85=
=CE=BC=CE=AC =CF=83=CE=B1=CF=82.

=CE=97 =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=B5=CE=AF=CE=B1 =CF=84=
=CE=BF=CF=85 =CF=86=CF=81=CE=BF=CE=BD=CF=84=CE=B9=CF=83=CF=84=CE=B7=CF=81=
=CE=AF=CE=BF=CF=85 =CE=B8=CE=B1 =CF=80=CE=B1=CF=81=CE=B1=CE=BC=CE=B5=CE=AF=
=CE=BD=CE=B5=CE=B9 =CE=BA=CE=BB=CE=B5=CE=B9=CF=83=CF=84=CE=AE =CE=B1=CF=80=
=CF=8C 10 =CE=AD=CF=89=CF=82 23 =CE=91=CF=85=CE=B3=CE=BF=CF=8D=CF=83=CF=84=
=CE=BF=CF=85
=CE=BB=CF=8C=CE=B3=CF=89 =CE=B8=CE=B5=CF=81=CE=B9=CE=BD=CF=8E=CE=BD =CE=B4=
=CE=B9=CE=B1=CE=BA=CE=BF=CF=80=CF=8E=CE=BD. =CE=98=CE=B1 =CE=B1=CF=80=CE=B1=
=CE=BD=CF=84=CE=AE=CF=83=CE=BF=CF=85=CE=BC=CE=B5 =CF=83=CE=B5 =CF=8C=CE=BB=
=CE=B1 =CF=84=CE=B1 =CE=BC=CE=B7=CE=BD=CF=8D=CE=BC=CE=B1=CF=84=CE=B1 =CE=B1=
=CF=80=CF=8C =CF=84=CE=B7 =CE=94=CE=B5=CF=85=CF=84=CE=AD=CF=81=CE=B1
24 =CE=91=CF=85=CE=B3=CE=BF=CF=8D=CF=83=CF=84=CE=BF=CF=85.

=CE=9F=CE=B9 =CE=B5=CE=B3=CE=B3=CF=81=CE=B1=CF=86=CE=AD=CF=82 =CE=B3=CE=B9=
=CE=B1 =CF=84=CE=B7 =CE=BD=CE=AD=CE=B1 =CF=83=CF=87=CE=BF=CE=BB=CE=B9=CE=BA=
=CE=AE =CF=87=CF=81=CE=BF=CE=BD=CE=B9=CE=AC (=CE=93=CF=85=CE=BC=CE=BD=CE=AC=
=CF=83=CE=B9=CE=BF, =CE=9B=CF=8D=CE=BA=CE=B5=CE=B9=CE=BF, =CE=A0=CE=B1=CE=
=BD=CE=B5=CE=BB=CE=BB=CE=B1=CE=B4=CE=B9=CE=BA=CE=AD=CF=82)
=CE=BE=CE=B5=CE=BA=CE=B9=CE=BD=CE=BF=CF=8D=CE=BD =CF=84=CE=B7=CE=BD 1=CE=B7=
 =CE=A3=CE=B5=CF=80=CF=84=CE=B5=CE=BC=CE=B2=CF=81=CE=AF=CE=BF=CF=85. =CE=93=
=CE=B9=CE=B1 =CE=B5=CF=80=CE=B5=CE=AF=CE=B3=CE=BF=CE=BD=CF=84=CE=B1 =CE=B8=
=CE=AD=CE=BC=CE=B1=CF=84=CE=B1 =CE=BC=CF=80=CE=BF=CF=81=CE=B5=CE=AF=CF=84=
=CE=B5 =CE=BD=CE=B1 =CE=BA=CE=B1=CE=BB=CE=AD=CF=83=CE=B5=CF=84=CE=B5
=CF=83=CF=84=CE=BF 6944 718 302.

=CE=9A=CE=B1=CE=BB=CF=8C =CE=BA=CE=B1=CE=BB=CE=BF=CE=BA=CE=B1=CE=AF=CF=81=
=CE=B9!

=CE=97 =CE=B3=CF=81=CE=B1=CE=BC=CE=BC=CE=B1=CF=84=CE=B5=CE=AF=CE=B1
=CE=A6=CF=81=CE=BF=CE=BD=CF=84=CE=B9=CF=83=CF=84=CE=AE=CF=81=CE=B9=CE=BF =
=CE=86=CE=BD=CE=BF=CE=B4=CE=BF=CF=82 - =CE=A0=CE=AC=CF=84=CF=81=CE=B1
'''),
    ('bg', 'bg-hosting-bounce', 'automated', (), '''Return-Path: <>
Received: from mail.bghost-panel.bg (mail.bghost-panel.bg [79.98.104.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BwM9h0kZrz9sW
	for <privacy@shop.example.be>; Tue, 3 Nov 2026 15:49:20 +0100 (CET)
From: =?UTF-8?B?0J/QvtGJ0LXQvdGB0LrQsCDRgdC40YHRgtC10LzQsA==?= <mailer-daemon@bghost-panel.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3QviDQv9C40YHQvNC+OiDQktCw0YjQtdGC0L4g?=
 =?utf-8?b?0LjRgdC60LDQvdC1INC30LAg0LrQvtC/0LjQtSDQvdCwINC00LDQvdC90Lg=?=
 =?utf-8?b?0YLQtQ==?=
Date: Tue, 3 Nov 2026 16:49:19 +0200
Message-ID: <dsn-0a91f2-20261103164919@mail.bghost-panel.bg>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----=_NextPart_000_01D2_3F9A1C70.5E22B810"
X-Mailer: bgHost Panel Mail 3.2

This is a multipart message in MIME format.

------=_NextPart_000_01D2_3F9A1C70.5E22B810
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JLQsNGI0LXRgtC+INC/0LjRgdC80L4g0L3QtSDQsdC10YjQ
tSDQtNC+0YHRgtCw0LLQtdC90L4g0LTQviDQv9C+0LvRg9GH0LDRgtC10LvRjzoKCiAgICBzY2hl
dG92b2RzdHZvQHJhaWtvdmEtY29uc3VsdC5iZwoK0J/RgNC40YfQuNC90LA6INC/0L7RidC10L3R
gdC60LDRgtCwINC60YPRgtC40Y8g0L3QsCDQv9C+0LvRg9GH0LDRgtC10LvRjyDQtSDQv9GK0LvQ
vdCwICjQvdCw0LTQstC40YjQtdC90LAg0LrQstC+0YLQsCkuCtCf0L7Qu9GD0YfQsNGC0LXQu9GP
0YIg0YLRgNGP0LHQstCwINC00LAg0LjQt9GC0YDQuNC1INGB0YLQsNGA0Lgg0L/QuNGB0LzQsCwg
0L/RgNC10LTQuCDQtNCwINC80L7QttC1INC00LAg0L/QvtC70YPRh9Cw0LLQsCDQvdC+0LLQuC4K
0JzQvtC70Y8sINC+0L/QuNGC0LDQudGC0LUg0L7RgtC90L7QstC+INC/0L4t0LrRitGB0L3Qvi4K
CtCi0LXRhdC90LjRh9C10YHQutCwINC40L3RhNC+0YDQvNCw0YbQuNGPOgo1NTIgNS4yLjIgPHNj
aGV0b3ZvZHN0dm9AcmFpa292YS1jb25zdWx0LmJnPjogTWFpbGJveCBvdmVyIHF1b3RhCgrQotC+
0LLQsCDRgdGK0L7QsdGJ0LXQvdC40LUg0LUg0LPQtdC90LXRgNC40YDQsNC90L4g0LDQstGC0L7Q
vNCw0YLQuNGH0L3Qvi4g0JzQvtC70Y8sINC90LUg0L7RgtCz0L7QstCw0YDRj9C50YLQtSDQvdCw
INC90LXQs9C+Lgo=

------=_NextPart_000_01D2_3F9A1C70.5E22B810
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.bghost-panel.bg

Final-Recipient: rfc822; schetovodstvo@raikova-consult.bg
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox over quota

------=_NextPart_000_01D2_3F9A1C70.5E22B810
Content-Type: text/rfc822-headers

From: privacy@shop.example.be
To: schetovodstvo@raikova-consult.bg
Subject: =?UTF-8?B?0JLQsNGI0LXRgtC+INC40YHQutCw0L3QtSDQt9CwINC60L7Qv9C40LUg0L3QsCDQtNCw0L3QvdC40YLQtQ==?=
Date: Tue, 3 Nov 2026 15:49:15 +0100
Message-ID: <pr-2026-0580.2.1762181355@shop.example.be>

------=_NextPart_000_01D2_3F9A1C70.5E22B810--
'''),
    ('nl', 'quoted-own-autoreply', 'deletion', (), '''Received: from smtp-out.glasnet-mail.be (smtp-out.glasnet-mail.be [195.130.137.80])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BBh7s0WqJz9sT
	for <privacy@shop.example.be>; Mon, 24 Aug 2026 08:47:19 +0200 (CEST)
From: Griet Van den Broeck <griet.vandenbroeck@glasnet.be>
To: Privacyteam <privacy@shop.example.be>
Subject: RE: Automatisch antwoord: Uw verzoek tot verwijdering - we hebben een bevestiging nodig
Date: Mon, 24 Aug 2026 08:47:15 +0200
Message-ID: <000c01dc1a8b$4e2f1a30$ea8d4e90$@glasnet.be>
In-Reply-To: <0b2801dc02f1$9a1d3c60$ce57b520$@glasnet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQHcAvGaHTxg8fk0S0aY5nRr1x0AAbQ9sT2Q
Content-Language: nl-be

Dag,

Excuses, jullie mail kwam midden in mijn verlof toe en mijn afwezigheidsmel=
ding is naar jullie vertrokken (zie hieronder). Ik ben sinds vandaag terug.

Om op jullie vraag te antwoorden: ja, dat verzoek kwam wel degelijk van mij=
. Het gaat om het account op dit mailadres =C3=A9n om de klantenkaart die e=
raan gekoppeld is (nummer eindigt op 4471). Ik gebruik geen van beide nog. =
Haal alles maar weg: account, adres, bestelgeschiedenis, behalve wat jullie=
 voor de boekhouding moeten bijhouden. De punten die nog op de kaart staan =
mogen vervallen, daar hoef ik niets voor terug.

Groetjes,
Griet Van den Broeck

-----Oorspronkelijk bericht-----
Van: Griet Van den Broeck <griet.vandenbroeck@glasnet.be>=20
Verzonden: maandag 3 augustus 2026 10:02
Aan: Privacyteam <privacy@shop.example.be>
Onderwerp: Automatisch antwoord: Uw verzoek tot verwijdering - we hebben ee=
n bevestiging nodig

Goeiedag,

Ik ben met verlof tot en met vrijdag 21 augustus en lees mijn mails in die =
periode niet.
Voor dringende zaken van de personeelsdienst kan u terecht bij Kristof op 0=
9 218 44 10.

Met vriendelijke groeten,
Griet Van den Broeck

-----Oorspronkelijk bericht-----
Van: Privacyteam <privacy@shop.example.be>
Verzonden: maandag 3 augustus 2026 10:01
Aan: griet.vandenbroeck@glasnet.be
Onderwerp: Uw verzoek tot verwijdering - we hebben een bevestiging nodig

Beste mevrouw Van den Broeck,

Via ons contactformulier kregen we de vraag om uw gegevens te verwijderen. =
Voor we dat doen, willen we zeker zijn dat de vraag van u komt. Kunt u dat =
bevestigen door op deze mail te antwoorden? Laat ons ook weten of het allee=
n om uw webshopaccount gaat, of ook om uw klantenkaart.

Met vriendelijke groeten,
Het privacyteam
'''),
    ('en', 'notice-style-person', 'deletion', ('withdraw_consent',), '''Received: from mail-lf1-f44.google.com (mail-lf1-f44.google.com [209.85.167.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BJt1c4XyPz9sV
	for <privacy@shop.example.be>; Thu, 24 Sep 2026 21:16:40 +0200 (CEST)
From: David Whitcombe <d.whitcombe62@gmail.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?NOTICE_OF_ERASURE_REQUEST_=E2=80=94_Ref=2E_DW-0926-SHOP?=
Date: Thu, 24 Sep 2026 20:16:37 +0100
Message-ID: <CAN9xwL1c+2kTq0Zf7h=R3mAq@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

NOTICE OF ERASURE REQUEST
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=
=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D=3D

Reference:        DW-0926-SHOP
Date of notice:   24 September 2026
To:               The Data Protection Officer
From:             David Whitcombe (the data subject)
Account e-mail:   d.whitcombe62@gmail.com
Loyalty card no.: 6001 2290 0377 15
Address on file:  14 Larch Close, Sevenoaks, Kent TN13 2QP, United Kingdom

------------------------------------------

1. ERASURE. I require you to erase all personal data you hold about me,
   including my online account, order history, loyalty card record and
   any copies held by your service providers, under Article 17 GDPR.

2. MARKETING. With immediate effect I withdraw every consent I have
   given you for marketing by e-mail, post or text message.

3. CONFIRMATION. Please confirm in writing, quoting the reference above,
   that both points have been carried out, within one month of the date
   of this notice. Where you are required by law to retain anything
   (e.g. invoices), state what is kept and for how long.

------------------------------------------

This notice is sent by e-mail and is not signed by hand.

D. Whitcombe
'''),
    ('de', 'noreply-address-person', 'access', (), '''Received: from mail.schreinerei-huber.de (mail.schreinerei-huber.de [212.227.15.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BQ2wT0lVqz9sW
	for <privacy@shop.example.be>; Tue, 6 Oct 2026 19:58:02 +0200 (CEST)
From: Schreinerei Huber GmbH <noreply@schreinerei-huber.de>
Reply-To: Klaus Huber <k.huber@schreinerei-huber.de>
To: privacy@shop.example.be
Subject: Anfrage
Date: Tue, 6 Oct 2026 19:57:58 +0200
Message-ID: <HWO.20261006195758.0012@schreinerei-huber.de>
X-Mailer: HandwerkOffice 7.4 Mailversand
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Guten Abend,

bitte wundern Sie sich nicht =FCber die Absenderadresse. Ich schreibe aus d=
em
B=FCroprogramm unserer Werkstatt, das verschickt immer =FCber "noreply", das
kriege ich nicht umgestellt. Antworten bitte an k.huber@schreinerei-huber.d=
e,
das lese ich.

Es geht aber um mich privat, nicht um die Firma: Ich habe 2024 bei Ihnen
Gartenm=F6bel bestellt (zwei Liegen, auf meinen Namen, Klaus Huber). Seitdem
bekomme ich von Ihnen Prospekte an meine Privatadresse in Rosenheim, obwohl
ich damals an die Werkstatt habe liefern lassen. Die Privatadresse habe ich
Ihnen nach meiner Erinnerung nie gegeben.

Deshalb m=F6chte ich jetzt einmal schwarz auf wei=DF sehen, was Sie alles =
=FCber
mich gespeichert haben, woher Sie die Privatadresse haben und an wen Sie
meine Daten weitergegeben haben.

Mit freundlichen Gr=FC=DFen
Klaus Huber

--
Diese E-Mail wurde mit HandwerkOffice versendet.
Schreinerei Huber GmbH - Am M=FChlbach 9 - 83026 Rosenheim
Gesch=E4ftsf=FChrer: Klaus Huber - HRB 18834 AG Traunstein
'''),
    ('fr', 'forwarded-bounce-person', 'complaint', ('correction',), '''Received: from mail-out.voo-mail.be (mail-out.voo-mail.be [212.68.193.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BPvN51q8kz9sT
	for <privacy@shop.example.be>; Tue, 6 Oct 2026 21:34:50 +0200 (CEST)
From: Sylvie Marchal <sylvie.marchal@voo-mail.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?TR=3A_Non_remis_=3A_Rectification_de_mes_coordonn=C3=A9es?=
Date: Tue, 6 Oct 2026 21:34:46 +0200
Message-ID: <7a2e91c4-5d10-4f3b-8e0a-2b9c1d6f3e77@voo-mail.be>
User-Agent: Mozilla Thunderbird
Content-Language: fr
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je vous transfère ci-dessous le message d'erreur reçu le 2 septembre quand 
j'ai écrit à l'adresse dpo@shop.example.be, celle qui figure toujours dans 
vos conditions générales. J'ai donc réécrit à cette adresse-ci le 4 
septembre, puis le 22 septembre. Aucune réponse à ce jour, pas même un 
accusé de réception.

Pour rappel, ce que je demande est simple :
- mon nom est mal orthographié dans mon compte et sur ma carte de fidélité 
(« Marchall » avec deux L au lieu de Marchal) ;
- l'adresse e-mail de mon compte est toujours l'ancienne 
(sylvie.marchal@skynet-ancien.be), qui n'existe plus. Merci de la remplacer 
par celle-ci.

Qu'une simple correction prenne plus d'un mois, je trouve cela 
inacceptable. Sans nouvelles de votre part d'ici le 15 octobre, 
j'introduirai une plainte auprès de l'Autorité de protection des données.

Sylvie Marchal
Namur


-------- Message transféré --------
Sujet : 	Non remis : Rectification de mes coordonnées
Date : 	Wed, 2 Sep 2026 18:04:11 +0200
De : 	Mail Delivery System <MAILER-DAEMON@mx1.shop.example.be>
Pour : 	sylvie.marchal@voo-mail.be



This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dpo@shop.example.be>: host mailstore.shop.example.be[10.0.3.7] said: 550
     5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown
     (in reply to RCPT TO command)
'''),
    ('pl', 'ooo-style-person', 'withdraw_consent', ('objection',), '''Received: from smtp.pocztaplus.pl (smtp.pocztaplus.pl [193.17.41.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4B4kPq2TbNz9sX
	for <privacy@shop.example.be>; Fri, 7 Aug 2026 22:41:07 +0200 (CEST)
From: =?UTF-8?Q?Agnieszka_Zieli=C5=84ska?= <aga.zielinska@pocztaplus.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Nieobecno=C5=9B=C4=87_do_21=2E08_-_newsletter?=
Date: Fri, 7 Aug 2026 22:41:05 +0200
Message-ID: <web-51882301@pocztaplus.pl>
X-Mailer: PocztaPlus Webmail
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

od jutra do 21 sierpnia jestem na urlopie i nie b=C4=99d=C4=99 mia=C5=82a d=
ost=C4=99pu do poczty,
dlatego pisz=C4=99 teraz, =C5=BCeby potem o tym nie zapomnie=C4=87.

Prosz=C4=99 wypisa=C4=87 mnie z Pa=C5=84stwa newslettera (chodzi o adres, z=
 kt=C3=B3rego pisz=C4=99).
Przychodz=C4=85 od Pa=C5=84stwa po trzy, cztery maile tygodniowo, a nie pam=
i=C4=99tam
nawet, kiedy si=C4=99 na to zapisa=C5=82am.

I druga rzecz: nie =C5=BCycz=C4=99 sobie, =C5=BCeby m=C3=B3j adres i inform=
acje o moich zakupach
trafia=C5=82y do Pa=C5=84stwa partner=C3=B3w reklamowych. Prosz=C4=99 to u =
siebie zablokowa=C4=87.

Odpowied=C5=BA przeczytam po powrocie, nie trzeba si=C4=99 spieszy=C4=87.

Pozdrawiam
Agnieszka Zieli=C5=84ska
'''),
    ('ro', 'reply-to-ticket-ack-person', 'complaint', ('access',), '''Received: from mail-ed1-f53.google.com (mail-ed1-f53.google.com [209.85.208.53])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4BS6xk3Gd9z9sV
	for <privacy@shop.example.be>; Mon, 5 Oct 2026 13:22:51 +0200 (CEST)
From: Ioana Popescu <ioana.popescu.cj@gmail.com>
To: privacy@shop.example.be
Subject: Re: [Ticket #58213] We have received your request / Nous avons bien =?UTF-8?Q?re=C3=A7u_votre_demande?=
Date: Mon, 5 Oct 2026 14:22:48 +0300
Message-ID: <CAOp7r_Yk2v0hZcQ4mT1a9=Bxw@mail.gmail.com>
In-Reply-To: <ticket-58213-ack@shop.example.be>
References: <ticket-58213-ack@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000004f3c1a0643a5d2b7"

--0000000000004f3c1a0643a5d2b7
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Mesajul automat de mai jos =C3=AEmi promitea un r=C4=83spuns =C3=AEn 48 de =
ore lucr=C4=83toare.
Au trecut trei s=C4=83pt=C4=83m=C3=A2ni =C8=99i n-am primit nimic, nici m=
=C4=83car o =C3=AEntrebare.

Repet ce v-am cerut pe 14 septembrie: vreau s=C4=83 =C8=99tiu ce date perso=
nale ave=C8=9Bi
despre mine (contul, comenzile, cardul de fidelitate, ce anume a=C8=9Bi tri=
mis
partenerilor de marketing) =C8=99i s=C4=83 primesc o copie a lor.

Dac=C4=83 nici de data asta nu primesc r=C4=83spuns, fac pl=C3=A2ngere la a=
utoritatea
belgian=C4=83 pentru protec=C8=9Bia datelor =C8=99i la ANSPDCP.

Ioana Popescu
Cluj-Napoca

=C3=8En lun., 14 sept. 2026 la 10:12, <privacy@shop.example.be> a scris:

> This is an automatic message - please do not change the subject line.
>
> We have received your request and registered it under ticket #58213.
> We aim to reply within 48 working hours.
>
> Ceci est un message automatique - merci de ne pas modifier l'objet.
> Nous avons bien re=C3=A7u votre demande, enregistr=C3=A9e sous le ticket =
#58213.
> Nous vous r=C3=A9pondrons dans les 48 heures ouvrables.
>
> Customer Service / Service clients
>

--0000000000004f3c1a0643a5d2b7
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bun=C4=83 ziua,</div><div><br></div><div>Mesajul auto=
mat de mai jos =C3=AEmi promitea un r=C4=83spuns =C3=AEn 48 de ore lucr=C4=
=83toare. Au trecut trei s=C4=83pt=C4=83m=C3=A2ni =C8=99i n-am primit nimic=
, nici m=C4=83car o =C3=AEntrebare.</div><div><br></div><div>Repet ce v-am =
cerut pe 14 septembrie: vreau s=C4=83 =C8=99tiu ce date personale ave=C8=9B=
i despre mine (contul, comenzile, cardul de fidelitate, ce anume a=C8=9Bi t=
rimis partenerilor de marketing) =C8=99i s=C4=83 primesc o copie a lor.</di=
v><div><br></div><div>Dac=C4=83 nici de data asta nu primesc r=C4=83spuns, =
fac pl=C3=A2ngere la autoritatea belgian=C4=83 pentru protec=C8=9Bia datelo=
r =C8=99i la ANSPDCP.</div><div><br></div><div>Ioana Popescu</div><div>Cluj=
-Napoca</div></div><br><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D=
"gmail_attr">=C3=8En lun., 14 sept. 2026 la 10:12, &lt;<a href=3D"mailto:pr=
ivacy@shop.example.be">privacy@shop.example.be</a>&gt; a scris:<br></div><b=
lockquote class=3D"gmail_quote" style=3D"margin:0px 0px 0px 0.8ex;border-le=
ft:1px solid rgb(204,204,204);padding-left:1ex">This is an automatic messag=
e - please do not change the subject line.<br><br>We have received your req=
uest and registered it under ticket #58213.<br>We aim to reply within 48 wo=
rking hours.<br><br>Ceci est un message automatique - merci de ne pas modif=
ier l'objet.<br>Nous avons bien re=C3=A7u votre demande, enregistr=C3=A9e s=
ous le ticket #58213.<br>Nous vous r=C3=A9pondrons dans les 48 heures ouvra=
bles.<br><br>Customer Service / Service clients<br></blockquote></div>

--0000000000004f3c1a0643a5d2b7--
'''),
]

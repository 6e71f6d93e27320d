"""Nineteenth set, what comes back when we send people their data, and people who look like it, as raw RFC 5322 messages. Written apart from the code."""

ROBOTS = [
    ('en', 'postfix-dsn-size', 'automated', (),
'''Return-Path: <>
Delivered-To: privacy@shop.example.be
Received: by mail.shop.example.be (Postfix)
	id 7C1E22A0FB4; Tue, 12 Mar 2024 10:14:33 +0100 (CET)
Date: Tue, 12 Mar 2024 10:14:33 +0100 (CET)
From: MAILER-DAEMON@mail.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3F2A1C0B12.1710234873/mail.shop.example.be"
Content-Transfer-Encoding: 7bit
Message-Id: <20240312091433.7C1E22A0FB4@mail.shop.example.be>

This is a MIME-encapsulated message.

--3F2A1C0B12.1710234873/mail.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<jhartley1962@btinternet.com>: host mx.bt.lon5.cpcloud.co.uk[65.20.0.49] said:
    552 5.3.4 Message size exceeds fixed maximum message size: 20971520 bytes
    (in reply to end of DATA command)

--3F2A1C0B12.1710234873/mail.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.shop.example.be
X-Postfix-Queue-ID: 3F2A1C0B12
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 12 Mar 2024 10:14:29 +0100 (CET)

Final-Recipient: rfc822; jhartley1962@btinternet.com
Original-Recipient: rfc822;jhartley1962@btinternet.com
Action: failed
Status: 5.3.4
Remote-MTA: dns; mx.bt.lon5.cpcloud.co.uk
Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed maximum message
    size: 20971520 bytes

--3F2A1C0B12.1710234873/mail.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from desk.shop.example.be (desk.shop.example.be [10.0.4.12])
	by mail.shop.example.be (Postfix) with ESMTPSA id 3F2A1C0B12
	for <jhartley1962@btinternet.com>; Tue, 12 Mar 2024 10:14:29 +0100 (CET)
From: Privacy team <privacy@shop.example.be>
To: jhartley1962@btinternet.com
Subject: Your personal data - copy as requested (ref. DSAR-2024-0417)
Date: Tue, 12 Mar 2024 10:14:27 +0100
Message-ID: <dsar-2024-0417.1710234867@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==_mix_8812"

--3F2A1C0B12.1710234873/mail.shop.example.be--
'''),
    ('en', 'outlook-read-receipt', 'automated', (),
'''Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2071.outbound.protection.outlook.com [40.107.105.71])
	by mx1.shop.example.be (Postfix) with ESMTPS id 41B0F2A0C11
	for <privacy@shop.example.be>; Thu, 21 Mar 2024 16:02:51 +0100 (CET)
From: "Whitfield, Clare" <clare.whitfield@harcourtlegal.co.uk>
To: Privacy team <privacy@shop.example.be>
Subject: Read: Your data export - ref. DSAR-2024-0433
Thread-Topic: Your data export - ref. DSAR-2024-0433
Thread-Index: AQHaeoKx3mUZ6c2vRUmn7Tq0pF1K8w==
Date: Thu, 21 Mar 2024 15:02:46 +0000
Message-ID: <LO2P265MB5133A0E1D7F7C1B5E3A0C2F1D4332@LO2P265MB5133.GBRP265.PROD.OUTLOOK.COM>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-Exchange-Organization-SCL: -1
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report;
	boundary="_000_LO2P265MB5133A0E1D7F7C1B5E3A0C2F1D4332LO2P265MB5133GBRP_";
	report-type=disposition-notification

--_000_LO2P265MB5133A0E1D7F7C1B5E3A0C2F1D4332LO2P265MB5133GBRP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message

  To: Whitfield, Clare
  Subject: Your data export - ref. DSAR-2024-0433
  Sent: 21 March 2024 14:58:12 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on 21 March 2024 15:02:46 (UTC+00:00) Dublin, Edinburgh, Lisbon, L=
ondon.

--_000_LO2P265MB5133A0E1D7F7C1B5E3A0C2F1D4332LO2P265MB5133GBRP_
Content-Type: message/disposition-notification

Reporting-UA: LO2P265MB5133.GBRP265.PROD.OUTLOOK.COM; Microsoft Exchange Server
Final-Recipient: rfc822;clare.whitfield@harcourtlegal.co.uk
Original-Message-ID: <dsar-2024-0433.1710946692@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_000_LO2P265MB5133A0E1D7F7C1B5E3A0C2F1D4332LO2P265MB5133GBRP_--
'''),
    ('en', 'wetransfer-downloaded', 'automated', (),
'''Return-Path: <bounces+2049187-9c1a-privacy=shop.example.be@em.wetransfer.com>
Received: from o3.em.wetransfer.com (o3.em.wetransfer.com [167.89.101.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id B81C32A0D02
	for <privacy@shop.example.be>; Thu, 28 Mar 2024 09:17:05 +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=wetransfer.com; h=content-type:from:mime-version:subject:to; s=s1; bh=Qk3t0m1yS0pX8m2k9wYl1cA3uV5zH7eR2dF4gJ6nK8o=; b=Yx2...
From: WeTransfer <noreply@wetransfer.com>
To: privacy@shop.example.be
Subject: Your files were downloaded
Date: Thu, 28 Mar 2024 08:17:04 +0000
Message-ID: <f8c1e2d3a4b5.download.20240328081704@wetransfer.com>
MIME-Version: 1.0
Auto-Submitted: auto-generated
List-Unsubscribe: <https://wetransfer.com/account/notifications>
X-SG-EID: u001.Kq7x1cT9mB2hV0aQ3rS8zA==
Content-Type: multipart/alternative; boundary="b1_3c9e0a7f55e24d1cb5a8d0c6f1e2a3b4"

--b1_3c9e0a7f55e24d1cb5a8d0c6f1e2a3b4
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi there,

sandra.okafor@gmail.com downloaded your files.

  Export_customer_88213.zip
  14.2 MB

Your transfer will stay available until 4 April 2024. You'll get a
note from us before it expires.

See your transfer:
https://wetransfer.com/downloads/7f3c1d0a9be64e1a8f0b2c5d6e7a8b9c2024032808=
1144/5a1b2c

To make sure our emails arrive, please add noreply@wetransfer.com to
your contacts.

WeTransfer
Oostelijke Handelskade 751, Amsterdam, 1019 BW, The Netherlands
Unsubscribe from download notifications: https://wetransfer.com/account/not=
ifications

--b1_3c9e0a7f55e24d1cb5a8d0c6f1e2a3b4
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif;color:#17181a">
<p style=3D"font-size:20px"><b>sandra.okafor@gmail.com</b> downloaded your =
files</p>
<table><tr><td>Export_customer_88213.zip</td><td>14.2 MB</td></tr></table>
<p>Your transfer will stay available until 4 April 2024.</p>
<p><a href=3D"https://wetransfer.com/downloads/7f3c1d0a9be64e1a8f0b2c5d6e7a=
8b9c20240328081144/5a1b2c">See transfer</a></p>
<p style=3D"font-size:11px;color:#6a6d70">WeTransfer &middot; Oostelijke Ha=
ndelskade 751, Amsterdam<br>
<a href=3D"https://wetransfer.com/account/notifications">Unsubscribe from d=
ownload notifications</a></p>
</body></html>

--b1_3c9e0a7f55e24d1cb5a8d0c6f1e2a3b4--
'''),
    ('nl', 'm365-ndr-attachment-type', 'automated', (),
'''Received: from AM0PR02MB5826.eurprd02.prod.outlook.com (2603:10a6:208:12c::17)
	by mx1.shop.example.be with ESMTPS; Mon, 25 Mar 2024 11:40:09 +0100
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vdmbouw.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Mon, 25 Mar 2024 10:40:08 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="f1a2b3c4-5d6e-4f70-8a91-b2c3d4e5f607"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <3e7a9c2d-11b4-4f6e-9d0a-6c58f1b2e3d4@AM0PR02MB5826.eurprd02.prod.outlook.com>
In-Reply-To: <dsar-2024-0451.1711363202@shop.example.be>
References: <dsar-2024-0451.1711363202@shop.example.be>
Subject: =?utf-8?q?Onbestelbaar=3A_Uw_persoonsgegevens_=E2=80=93_kopie_op_uw_verzoek_?=
 =?utf-8?q?=28ref=2E_DSAR-2024-0451=29?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0

--f1a2b3c4-5d6e-4f70-8a91-b2c3d4e5f607
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Uw bericht aan kristof.vandaele@vdm-bouw.be kan niet worden bezorgd.

Het bericht bevat een bijlage van een type dat door de organisatie van de o=
ntvanger niet wordt geaccepteerd (.zip).

Kantoor: shop.example.be  Afzender: Actie vereist
vdm-bouw.be  Ontvanger: Bezorging mislukt

Hoe u het probleem kunt oplossen
Verwijder de bijlage of deel het bestand op een andere manier, bijvoorbeeld=
 via een koppeling, en verstuur het bericht opnieuw. Als het probleem zich =
blijft voordoen, neemt u contact op met de e-mailbeheerder van de ontvanger.

Meer informatie voor e-mailbeheerders
Status code: 550 5.7.1

Oorspronkelijke berichtkoppen:

From: Privacyteam <privacy@shop.example.be>
To: kristof.vandaele@vdm-bouw.be
Subject: Uw persoonsgegevens =E2=80=93 kopie op uw verzoek (ref. DSAR-2024-=
0451)
Date: Mon, 25 Mar 2024 11:40:02 +0100
Message-ID: <dsar-2024-0451.1711363202@shop.example.be>

--f1a2b3c4-5d6e-4f70-8a91-b2c3d4e5f607
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR02MB5826.eurprd02.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Mon, 25 Mar 2024 10:40:04 +0000

Final-Recipient: rfc822;kristof.vandaele@vdm-bouw.be
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy: blocked attachment type (.zip)

--f1a2b3c4-5d6e-4f70-8a91-b2c3d4e5f607
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
From: Privacyteam <privacy@shop.example.be>
To: kristof.vandaele@vdm-bouw.be
Subject: =?utf-8?q?Uw_persoonsgegevens_=E2=80=93_kopie_op_uw_verzoek_=28ref=2E_DSAR-2?=
 =?utf-8?q?024-0451=29?=
Date: Mon, 25 Mar 2024 11:40:02 +0100
Message-ID: <dsar-2024-0451.1711363202@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="==_mix_9034"

--f1a2b3c4-5d6e-4f70-8a91-b2c3d4e5f607--
'''),
    ('nl', 'wetransfer-expired', 'automated', (),
'''Return-Path: <bounces+2049187-77ab-privacy=shop.example.be@em.wetransfer.com>
Received: from o4.em.wetransfer.com (o4.em.wetransfer.com [167.89.101.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0D2F12A0B77
	for <privacy@shop.example.be>; Tue, 19 Mar 2024 08:02:11 +0100 (CET)
From: WeTransfer <noreply@wetransfer.com>
Reply-To: WeTransfer <noreply@wetransfer.com>
To: privacy@shop.example.be
Subject: Je transfer is verlopen
Date: Tue, 19 Mar 2024 07:02:10 +0000
Message-ID: <a91b7e30c2.expired.20240319070210@wetransfer.com>
MIME-Version: 1.0
X-Auto-Response-Suppress: All
Precedence: bulk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hoi,

Je transfer aan an.peeters@telenet.be is verlopen en kan niet meer worden g=
edownload.

Gegevens_klant_40117.zip =C2=B7 31,8 MB
Verzonden op 12 maart 2024
Niet gedownload

Wil je de bestanden toch nog delen? Verstuur ze dan opnieuw via wetransfer.=
com.

Groetjes,
WeTransfer
'''),
    ('nl', 'person-forwards-size-notice', 'access', (),
'''Return-Path: <an.peeters@telenet.be>
Received: from cmgw-2.mail.telenet-ops.be (cmgw-2.mail.telenet-ops.be [195.130.132.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 5E01A2A0E90
	for <privacy@shop.example.be>; Wed, 13 Mar 2024 21:48:37 +0100 (CET)
From: An Peeters <an.peeters@telenet.be>
To: privacy@shop.example.be
Subject: Fwd: Bericht niet afgeleverd - te groot
Date: Wed, 13 Mar 2024 21:48:30 +0100
Message-ID: <000c01da7588$3b1e8a40$b15b9ec0$@telenet.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0
Content-Language: nl-be

Goeienavond,

Ik kreeg onderstaande melding van Telenet. Ik vermoed dat dit jullie mail is met mijn gegevens die ik vorige week opgevraagd heb, maar ik heb dus niks ontvangen. Mijn mailbox neemt blijkbaar niks groter dan 10 MB aan.

Kunnen jullie het op een andere manier sturen? Een link om te downloaden is prima, of desnoods in een paar aparte mails.

Alvast bedankt,
An Peeters
Klantnummer 40117

-----Oorspronkelijk bericht-----
Van: Telenet Mail <no-reply@telenet.be>
Verzonden: woensdag 13 maart 2024 09:12
Aan: an.peeters@telenet.be
Onderwerp: Bericht niet afgeleverd - te groot

Beste klant,

Een bericht voor an.peeters@telenet.be kon niet worden afgeleverd omdat het groter is dan de toegelaten grootte (10 MB).

Afzender: privacy@shop.example.be
Onderwerp: Uw persoonsgegevens - ref. DSAR-2024-0409
Grootte: 31,8 MB

De afzender werd verwittigd. Dit is een automatisch bericht, gelieve er niet op te antwoorden.

Telenet
'''),
    ('fr', 'ovh-bounce-size', 'automated', (),
'''Return-Path: <>
Received: from mx4.mail.ovh.net (mx4.mail.ovh.net [188.165.52.48])
	by mx1.shop.example.be (Postfix) with ESMTPS id 92AF02A0C55
	for <privacy@shop.example.be>; Fri, 15 Mar 2024 14:33:19 +0100 (CET)
Date: Fri, 15 Mar 2024 14:33:18 +0100 (CET)
From: MAILER-DAEMON@mx4.mail.ovh.net (Systeme de messagerie)
Subject: =?UTF-8?Q?Message_non_remis_=3A_taille_d=C3=A9pass=C3=A9e?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Tx1Qp0fWkz7Rb.1710509598/mx4.mail.ovh.net"
Message-Id: <4Tx1Qp2kL7z8Sd@mx4.mail.ovh.net>

This is a MIME-encapsulated message.

--4Tx1Qp0fWkz7Rb.1710509598/mx4.mail.ovh.net
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est le système de messagerie de l'hôte mx4.mail.ovh.net.

Nous sommes au regret de vous informer que votre message n'a pas pu
être remis à un ou plusieurs destinataires. Il est joint ci-dessous.

Pour toute assistance, veuillez écrire au postmaster.

Si vous le faites, joignez ce rapport de problème. Vous pouvez
supprimer votre propre texte du message renvoyé joint.

                   Le système de messagerie

<contact@cabinet-moreau-avocats.fr>: le message dépasse la taille maximale
    autorisée pour cette boîte (taille du message : 38 412 907 octets,
    limite : 25 000 000 octets)

--4Tx1Qp0fWkz7Rb.1710509598/mx4.mail.ovh.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx4.mail.ovh.net
X-Postfix-Queue-ID: 4Tx1Qp0fWkz7Rb
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 15 Mar 2024 14:33:11 +0100 (CET)

Final-Recipient: rfc822; contact@cabinet-moreau-avocats.fr
Action: failed
Status: 5.2.3
Diagnostic-Code: X-Postfix; message size exceeds mailbox limit

--4Tx1Qp0fWkz7Rb.1710509598/mx4.mail.ovh.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: =?UTF-8?Q?Service_donn=C3=A9es_personnelles?= <privacy@shop.example.be>
To: contact@cabinet-moreau-avocats.fr
Subject: =?UTF-8?Q?Votre_demande_d'acc=C3=A8s_=E2=80=93_r=C3=A9f=2E_DSAR-2024-0421?=
Date: Fri, 15 Mar 2024 14:33:05 +0100
Message-ID: <dsar-2024-0421.1710509585@shop.example.be>

--4Tx1Qp0fWkz7Rb.1710509598/mx4.mail.ovh.net--
'''),
    ('fr', 'smash-downloaded', 'automated', (),
'''Received: from mail-out.fromsmash.com (mail-out.fromsmash.com [52.47.199.3])
	by mx1.shop.example.be (Postfix) with ESMTPS id 1C77A2A0F13
	for <privacy@shop.example.be>; Tue, 2 Apr 2024 18:41:52 +0200 (CEST)
From: Smash <no-reply@fromsmash.com>
To: privacy@shop.example.be
Subject: =?utf-8?b?8J+TpSBWb3RyZSB0cmFuc2ZlcnQgYSDDqXTDqSB0w6lsw6ljaGFyZ8Op?=
Date: Tue, 2 Apr 2024 16:41:50 +0000
Message-ID: <0102018e9f3b1a2c-5d2f7e01-aa44-4b1c-9f0e-3c1d2b7a8e90-000000@eu-west-3.amazonses.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_884213_1970311142.1712076110355"
Feedback-ID: 1.eu-west-3.x9Zt0cZkQ1o=:AmazonSES
X-SES-Outgoing: 2024.04.02-52.47.199.3

------=_Part_884213_1970311142.1712076110355
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bonne nouvelle !

Votre transfert =C2=AB Donnees_client_51902 =C2=BB a =C3=A9t=C3=A9 t=C3=A9l=
=C3=A9charg=C3=A9 par
l.garnier@laposte.net le 2 avril 2024 =C3=A0 18:41.

1 fichier =C2=B7 9,6 Mo

Votre transfert restera disponible jusqu'au 9 avril 2024.

L'=C3=A9quipe Smash
https://fromsmash.com

Vous recevez cet e-mail car vous avez activ=C3=A9 les notifications de t=C3=
=A9l=C3=A9chargement.
------=_Part_884213_1970311142.1712076110355
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGgyPkJvbm5lIG5vdXZlbGxlICE8L2gyPjxwPlZvdHJlIHRyYW5zZmVydCA8
Yj5Eb25uZWVzX2NsaWVudF81MTkwMjwvYj4gYSDDqXTDqSB0w6lsw6ljaGFyZ8OpIHBhciBsLmdh
cm5pZXJAbGFwb3N0ZS5uZXQgbGUgMiBhdnJpbCAyMDI0IMOgIDE4OjQxLjwvcD48cD4xIGZpY2hp
ZXIgwrcgOSw2IE1vPC9wPjxwPkRpc3BvbmlibGUganVzcXUnYXUgOSBhdnJpbCAyMDI0LjwvcD48
cCBzdHlsZT0iY29sb3I6Izg4OCI+TCfDqXF1aXBlIFNtYXNoPC9wPjwvYm9keT48L2h0bWw+
------=_Part_884213_1970311142.1712076110355--
'''),
    ('fr', 'person-empty-file-delete', 'deletion', (),
'''Return-Path: <l.garnier@laposte.net>
Received: from smtp-out.laposte.net (smtp-out.laposte.net [160.92.124.101])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7A3E12A0D48
	for <privacy@shop.example.be>; Tue, 2 Apr 2024 19:05:40 +0200 (CEST)
From: Laurence Garnier <l.garnier@laposte.net>
To: =?UTF-8?Q?Service_donn=C3=A9es_personnelles?= <privacy@shop.example.be>
Subject: =?UTF-8?Q?Re:_Vos_donn=C3=A9es_personnelles_=E2=80=93_r=C3=A9f=2E_DSAR-2024-0470?=
Date: Tue, 2 Apr 2024 19:05:33 +0200
Message-ID: <1987422045.311.1712077533900@wsfrf1433.laposte.net>
In-Reply-To: <dsar-2024-0470.1712070021@shop.example.be>
References: <dsar-2024-0470.1712070021@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Laposte Webmail

Bonsoir,

j'ai t=C3=A9l=C3=A9charg=C3=A9 votre fichier, il fait 9 Mo mais une fois ou=
vert il n'y a rien dedans, le dossier est vide. Franchement je n'ai pas env=
ie de recommencer tout =C3=A7a, pas la peine de me le renvoyer.

Par contre je ne veux plus rien avoir =C3=A0 faire avec vous : supprimez mo=
n compte, mon adresse, mes commandes, la carte fid=C3=A9lit=C3=A9, tout. Je=
 veux qu'il ne reste rien chez vous =C3=A0 mon nom.

Merci de me confirmer quand c'est fait.

L. Garnier

> Le 2 avr. 2024 =C3=A0 17:00, Service donn=C3=A9es personnelles <privacy@s=
hop.example.be> a =C3=A9crit :
>
> Madame,
>
> Suite =C3=A0 votre demande du 14 mars, vous trouverez une copie de vos do=
nn=C3=A9es via le lien ci-dessous, valable 7 jours.
>
> Bien cordialement,
> Le service donn=C3=A9es personnelles
'''),
    ('de', 'exchange-ndr-encrypted-archive', 'automated', (),
'''Received: from FR3P281MB1603.DEUP281.PROD.OUTLOOK.COM (2603:10a6:d10:5e::9)
	by mx1.shop.example.be with ESMTPS; Wed, 20 Mar 2024 09:21:51 +0100
From: Microsoft Outlook <postmaster@kessler-steuerberatung.de>
To: <privacy@shop.example.be>
Date: Wed, 20 Mar 2024 08:21:50 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d9e8f7a6-1b2c-4d3e-8f4a-5b6c7d8e9f01"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <c2a7d1f0-8e44-4c1b-a3f2-0b9d6e5c4a31@FR3P281MB1603.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <dsar-2024-0438.1710922904@shop.example.be>
Subject: =?utf-8?q?Unzustellbar=3A_Ihre_Datenauskunft_nach_Art=2E_15_DSGVO_=28Az=2E_D?=
 =?utf-8?q?SAR-2024-0438=29?=
Auto-Submitted: auto-replied
MIME-Version: 1.0

--d9e8f7a6-1b2c-4d3e-8f4a-5b6c7d8e9f01
Content-Type: multipart/alternative;
	boundary="a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b"

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

RGllIE5hY2hyaWNodCBrb25udGUgbmljaHQgYW4gZm9sZ2VuZGUgRW1wZsOkbmdlciB6dWdlc3Rl
bGx0IHdlcmRlbjoKCmoua2Vzc2xlckBrZXNzbGVyLXN0ZXVlcmJlcmF0dW5nLmRlCklocmUgTmFj
aHJpY2h0IHd1cmRlIHZvbiBlaW5lciBUcmFuc3BvcnRyZWdlbCBkZXIgRW1wZsOkbmdlcm9yZ2Fu
aXNhdGlvbiBhYmdlbGVobnQuIFZlcnNjaGzDvHNzZWx0ZSBvZGVyIGtlbm53b3J0Z2VzY2jDvHR6
dGUgQXJjaGl2ZSAoei4gQi4gWklQIG1pdCBLZW5ud29ydCkga8O2bm5lbiBuaWNodCBhdWYgU2No
YWRzb2Z0d2FyZSBnZXByw7xmdCB3ZXJkZW4gdW5kIHdlcmRlbiBkYWhlciBuaWNodCBhbmdlbm9t
bWVuLgoKRGlhZ25vc2VpbmZvcm1hdGlvbmVuIGbDvHIgQWRtaW5pc3RyYXRvcmVuOgoKR2VuZXJp
ZXJlbmRlciBTZXJ2ZXI6IEZSM1AyODFNQjE2MDMuREVVUDI4MS5QUk9ELk9VVExPT0suQ09NCgpq
Lmtlc3NsZXJAa2Vzc2xlci1zdGV1ZXJiZXJhdHVuZy5kZQpSZW1vdGUgU2VydmVyIHJldHVybmVk
ICc1NTAgNS43LjEgVFJBTlNQT1JULlJVTEVTLlJlamVjdE1lc3NhZ2U7IHRoZSBtZXNzYWdlIHdh
cyByZWplY3RlZCBieSBvcmdhbml6YXRpb24gcG9saWN5OiBFbmNyeXB0ZWQgYXJjaGl2ZSBub3Qg
YWxsb3dlZCcKClVyc3Byw7xuZ2xpY2hlIE5hY2hyaWNodGVua29wZnplaWxlbjoKCkZyb206IERh
dGVuc2NodXR6LVRlYW0gPHByaXZhY3lAc2hvcC5leGFtcGxlLmJlPgpUbzogai5rZXNzbGVyQGtl
c3NsZXItc3RldWVyYmVyYXR1bmcuZGUKU3ViamVjdDogSWhyZSBEYXRlbmF1c2t1bmZ0IG5hY2gg
QXJ0LiAxNSBEU0dWTyAoQXouIERTQVItMjAyNC0wNDM4KQpEYXRlOiBXZWQsIDIwIE1hciAyMDI0
IDA5OjIxOjQ0ICswMTAwCk1lc3NhZ2UtSUQ6IDxkc2FyLTIwMjQtMDQzOC4xNzEwOTIyOTA0QHNo
b3AuZXhhbXBsZS5iZT4K

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PHA+PGI+PGZvbnQgY29sb3I9IiMwMDAwNjYiPkRpZSBOYWNocmljaHQga29u
bnRlIG5pY2h0IGFuIGZvbGdlbmRlIEVtcGbDpG5nZXIgenVnZXN0ZWxsdCB3ZXJkZW46PC9mb250
PjwvYj48L3A+PHA+PGEgaHJlZj0ibWFpbHRvOmoua2Vzc2xlckBrZXNzbGVyLXN0ZXVlcmJlcmF0
dW5nLmRlIj5qLmtlc3NsZXJAa2Vzc2xlci1zdGV1ZXJiZXJhdHVuZy5kZTwvYT48YnI+SWhyZSBO
YWNocmljaHQgd3VyZGUgdm9uIGVpbmVyIFRyYW5zcG9ydHJlZ2VsIGRlciBFbXBmw6RuZ2Vyb3Jn
YW5pc2F0aW9uIGFiZ2VsZWhudC4gVmVyc2NobMO8c3NlbHRlIG9kZXIga2VubndvcnRnZXNjaMO8
dHp0ZSBBcmNoaXZlIGvDtm5uZW4gbmljaHQgYXVmIFNjaGFkc29mdHdhcmUgZ2VwcsO8ZnQgd2Vy
ZGVuIHVuZCB3ZXJkZW4gZGFoZXIgbmljaHQgYW5nZW5vbW1lbi48L3A+PC9ib2R5PjwvaHRtbD4=

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b--

--d9e8f7a6-1b2c-4d3e-8f4a-5b6c7d8e9f01
Content-Type: message/delivery-status

Reporting-MTA: dns;FR3P281MB1603.DEUP281.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 20 Mar 2024 08:21:47 +0000

Final-Recipient: rfc822;j.kessler@kessler-steuerberatung.de
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp;550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy: Encrypted archive not allowed

--d9e8f7a6-1b2c-4d3e-8f4a-5b6c7d8e9f01
Content-Type: text/rfc822-headers

From: Datenschutz-Team <privacy@shop.example.be>
To: j.kessler@kessler-steuerberatung.de
Subject: Ihre Datenauskunft nach Art. 15 DSGVO (Az. DSAR-2024-0438)
Date: Wed, 20 Mar 2024 09:21:44 +0100
Message-ID: <dsar-2024-0438.1710922904@shop.example.be>
Content-Type: multipart/mixed; boundary="==_mix_7710"

--d9e8f7a6-1b2c-4d3e-8f4a-5b6c7d8e9f01--
'''),
    ('de', 'gateway-link-scan-safe', 'automated', (),
'''Received: from mgw01.stadtwerke-lindau.de (mgw01.stadtwerke-lindau.de [91.198.67.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 6D9B42A0A31
	for <privacy@shop.example.be>; Wed, 27 Mar 2024 10:05:20 +0100 (CET)
From: E-Mail-Gateway <noreply-mailsecurity@stadtwerke-lindau.de>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Pr=FCfbericht:_Links_in_Ihrer_Nachricht_gepr=FCft_-_unbedenklich?=
Date: Wed, 27 Mar 2024 10:05:19 +0100
Message-ID: <scan.20240327100519.41187@mgw01.stadtwerke-lindau.de>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Absenderin, sehr geehrter Absender,

Ihre E-Mail an m.brenner@stadtwerke-lindau.de wurde von unserem
E-Mail-Sicherheitssystem gepr=FCft.

Betreff:      Ihre angeforderten Daten - Download-Link
Eingang:      27.03.2024 10:05:12
Enthaltene Links: 1

  https://files.shop.example.be/d/8Kq2ZrT0v  -> gepr=FCft, unbedenklich

Ergebnis: Die Nachricht wurde dem Empf=E4nger zugestellt.

Diese Benachrichtigung wurde automatisch erstellt. Antworten auf diese
E-Mail werden nicht gelesen.

--
Stadtwerke Lindau (B) GmbH & Co. KG - IT-Sicherheit
'''),
    ('de', 'person-correction-ooo-in-signature', 'correction', (),
'''Received: from mgw01.stadtwerke-lindau.de (mgw01.stadtwerke-lindau.de [91.198.67.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0AC112A0B99
	for <privacy@shop.example.be>; Thu, 28 Mar 2024 07:52:03 +0100 (CET)
From: "Brenner, Markus" <m.brenner@stadtwerke-lindau.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: AW: Ihre angeforderten Daten - Download-Link
Thread-Topic: Ihre angeforderten Daten - Download-Link
Date: Thu, 28 Mar 2024 06:51:58 +0000
Message-ID: <DB9PR07MB7211F2C0E1A9B3D47C5E8A61D93B2@DB9PR07MB7211.eurprd07.prod.outlook.com>
In-Reply-To: <dsar-2024-0447.1711530301@shop.example.be>
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Guten Morgen,

danke, der Download hat geklappt. Beim Durchsehen ist mir aufgefallen, dass=
 in meinem Kundenkonto noch die alte Lieferadresse steht (Lindenstr. 4, 881=
31 Lindau). Ich wohne seit Januar in der Reutiner Str. 17, gleiche PLZ. Au=
=DFerdem ist mein Nachname bei der Kundenkarte falsch geschrieben ("Brener"=
 mit einem n).

K=F6nnten Sie beides bitte richtigstellen?

Mit freundlichen Gr=FC=DFen
Markus Brenner

________________________________
Ich bin vom 28.03. bis einschlie=DFlich 08.04.2024 nicht im B=FCro und habe=
 nur eingeschr=E4nkt Zugriff auf meine E-Mails. In dringenden F=E4llen wend=
en Sie sich bitte an netzbetrieb@stadtwerke-lindau.de oder 08382 704-0.

Stadtwerke Lindau (B) GmbH & Co. KG | Auenstra=DFe 2 | 88131 Lindau
________________________________
Von: Datenschutz-Team <privacy@shop.example.be>
Gesendet: Mittwoch, 27. M=E4rz 2024 10:05
An: Brenner, Markus <m.brenner@stadtwerke-lindau.de>
Betreff: Ihre angeforderten Daten - Download-Link

Sehr geehrter Herr Brenner,

unter folgendem Link k=F6nnen Sie die Kopie Ihrer Daten 7 Tage lang herunte=
rladen: https://files.shop.example.be/d/8Kq2ZrT0v
'''),
    ('es', 'outlook-ooo', 'automated', (),
'''Received: from PAXPR09MB6312.eurprd09.prod.outlook.com (2603:10a6:102:1c1::8)
	by mx1.shop.example.be with ESMTPS; Mon, 18 Mar 2024 12:30:44 +0100
From: =?iso-8859-1?Q?Irene_Mart=EDnez_Solano?= <imartinez@grupoalvedro.es>
To: Equipo de privacidad <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Respuesta_autom=E1tica:_Copia_de_sus_datos_personales_(ref._DS?=
 =?iso-8859-1?Q?AR-2024-0429)?=
Thread-Topic: Copia de sus datos personales (ref. DSAR-2024-0429)
Date: Mon, 18 Mar 2024 11:30:41 +0000
Message-ID: <PAXPR09MB6312E2B9A04F7C3D11A8E5F2C92D2@PAXPR09MB6312.eurprd09.prod.outlook.com>
In-Reply-To: <dsar-2024-0429.1710761436@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: imartinez@grupoalvedro.es
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buenos d=EDas:

Estar=E9 fuera de la oficina hasta el lunes 25 de marzo, sin acceso al corr=
eo. A mi vuelta atender=E9 su mensaje.

Para cualquier asunto urgente pueden llamar a recepci=F3n (+34 981 55 20 10=
) o escribir a administracion@grupoalvedro.es.

Un saludo,
Irene Mart=EDnez
Dpto. Administraci=F3n - Grupo Alvedro
'''),
    ('es', 'exchange-delay-dsn', 'automated', (),
'''Received: from correo.ayto-coslada.es (correo.ayto-coslada.es [212.170.31.90])
	by mx1.shop.example.be (Postfix) with ESMTPS id 55E0A2A0D19
	for <privacy@shop.example.be>; Wed, 27 Mar 2024 17:04:12 +0100 (CET)
From: postmaster@ayto-coslada.es
To: privacy@shop.example.be
Date: Wed, 27 Mar 2024 17:04:09 +0100
Subject: =?utf-8?q?Retrasado=3A_Sus_datos_personales_=E2=80=93_exportaci=C3=B3n_compl?=
 =?utf-8?q?eta_=28ref=2E_DSAR-2024-0462=29?=
Message-ID: <d33f0e1c-7a1b-4b5e-8d22-41c0ae9f7e01@EXCH02.ayto-coslada.local>
Content-Language: es-ES
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0e2d1c4b-9a8f-4e7d-b6c5-a4b3c2d1e0f9"

--0e2d1c4b-9a8f-4e7d-b6c5-a4b3c2d1e0f9
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La entrega del mensaje se ha retrasado.

El servidor seguir=C3=A1 intentando entregar el mensaje durante 1 d=C3=ADa,=
 23 horas y 12 minutos. Si no se puede entregar en ese tiempo, recibir=C3=
=A1 una notificaci=C3=B3n de error.

Destinatarios afectados:
pablo.iglesias.r@ayto-coslada.es

Motivo: El servidor de destino no acepta temporalmente mensajes de este tam=
a=C3=B1o (452 4.3.1 Insufficient system storage).

Informaci=C3=B3n de diagn=C3=B3stico para administradores:
Servidor que genera el mensaje: EXCH02.ayto-coslada.local
Tama=C3=B1o del mensaje: 27,4 MB

Asunto original: Sus datos personales =E2=80=93 exportaci=C3=B3n completa (=
ref. DSAR-2024-0462)

--0e2d1c4b-9a8f-4e7d-b6c5-a4b3c2d1e0f9
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.ayto-coslada.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 27 Mar 2024 12:51:30 +0000

Final-Recipient: rfc822;pablo.iglesias.r@ayto-coslada.es
Action: delayed
Status: 4.3.1
Diagnostic-Code: smtp;452 4.3.1 Insufficient system storage
Will-Retry-Until: Fri, 29 Mar 2024 12:51:30 +0000

--0e2d1c4b-9a8f-4e7d-b6c5-a4b3c2d1e0f9
Content-Type: text/rfc822-headers

From: Equipo de privacidad <privacy@shop.example.be>
To: pablo.iglesias.r@ayto-coslada.es
Subject: =?utf-8?q?Sus_datos_personales_=E2=80=93_exportaci=C3=B3n_completa_=28ref=2E?=
 =?utf-8?q?_DSAR-2024-0462=29?=
Date: Wed, 27 Mar 2024 13:51:28 +0100
Message-ID: <dsar-2024-0462.1711543888@shop.example.be>

--0e2d1c4b-9a8f-4e7d-b6c5-a4b3c2d1e0f9--
'''),
    ('es', 'person-link-expired-reminder', 'complaint', ('access',),
'''Return-Path: <mercedes.arroyo.v@gmail.com>
Received: from mail-wm1-f41.google.com (mail-wm1-f41.google.com [209.85.128.41])
	by mx1.shop.example.be (Postfix) with ESMTPS id C44E02A0F61
	for <privacy@shop.example.be>; Mon, 15 Apr 2024 23:12:08 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; h=to:subject:message-id:date:from:in-reply-to:references:mime-version; bh=Zm9vYmFy...; b=Abc...
MIME-Version: 1.0
References: <ack-48213.1711612800@shop.example.be>
In-Reply-To: <ack-48213.1711612800@shop.example.be>
From: Mercedes Arroyo <mercedes.arroyo.v@gmail.com>
Date: Mon, 15 Apr 2024 23:11:54 +0200
Message-ID: <CAH7f2xQ9pZr0u1sW_Lm3kq8Tt5Yb2n-0dE4vVq7Xg1aQk@mail.gmail.com>
Subject: Re: [#48213] Hemos recibido su solicitud
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a3b4c50616278e01"

--000000000000a3b4c50616278e01
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Vamos a ver. Es la tercera vez que escribo y lo =C3=BAnico que me llega son=
 correos autom=C3=A1ticos como este.

El enlace con mis datos que me mandaron el 28 de marzo caduc=C3=B3 a los 7 =
d=C3=ADas, y yo estaba de viaje sin ordenador. Escrib=C3=AD el 5 y el 9 de =
abril pidiendo que me lo volvieran a enviar y no me ha contestado nadie.

Quiero la copia de mis datos, sin m=C3=A1s. Si esta semana no la tengo, pre=
sento la reclamaci=C3=B3n ante la autoridad de protecci=C3=B3n de datos, qu=
e ya tengo el formulario medio relleno.

Mercedes Arroyo Vidal

El jue, 28 mar 2024 a las 9:00, <privacy@shop.example.be> escribi=C3=B3:

> Hemos recibido su solicitud. N=C3=BAmero de caso: #48213.
> Le responderemos lo antes posible. Por favor, no responda a este mensaje.

--000000000000a3b4c50616278e01
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Vamos a ver. Es la tercera vez que escribo y lo =C3=
=BAnico que me llega son correos autom=C3=A1ticos como este.</div><div><br>=
</div><div>El enlace con mis datos que me mandaron el 28 de marzo caduc=C3=
=B3 a los 7 d=C3=ADas, y yo estaba de viaje sin ordenador. Escrib=C3=AD el =
5 y el 9 de abril pidiendo que me lo volvieran a enviar y no me ha contesta=
do nadie.</div><div><br></div><div>Quiero la copia de mis datos, sin m=C3=
=A1s. Si esta semana no la tengo, presento la reclamaci=C3=B3n ante la auto=
ridad de protecci=C3=B3n de datos, que ya tengo el formulario medio relleno=
.</div><div><br></div><div>Mercedes Arroyo Vidal</div></div><br><div class=
=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">El jue, 28 mar 2024 =
a las 9:00, &lt;<a href=3D"mailto:privacy@shop.example.be">privacy@shop.exa=
mple.be</a>&gt; escribi=C3=B3:<br></div><blockquote class=3D"gmail_quote" s=
tyle=3D"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);pad=
ding-left:1ex">Hemos recibido su solicitud. N=C3=BAmero de caso: #48213.<br=
>Le responderemos lo antes posible. Por favor, no responda a este mensaje.<=
/blockquote></div>

--000000000000a3b4c50616278e01--
'''),
    ('it', 'gmail-vacation-maternity', 'automated', (),
'''Return-Path: <chiara.fontana84@gmail.com>
Received: from mail-ed1-f52.google.com (mail-ed1-f52.google.com [209.85.208.52])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8F3A02A0C20
	for <privacy@shop.example.be>; Fri, 22 Mar 2024 15:40:31 +0100 (CET)
MIME-Version: 1.0
From: Chiara Fontana <chiara.fontana84@gmail.com>
Date: Fri, 22 Mar 2024 15:40:29 +0100
Message-ID: <CAJx8v1Rr3Xz-vacation-0e7d9a2f@mail.gmail.com>
Subject: In maternità fino a settembre
To: privacy@shop.example.be
In-Reply-To: <dsar-2024-0441.1711118420@shop.example.be>
References: <dsar-2024-0441.1711118420@shop.example.be>
Auto-Submitted: auto-replied
Precedence: bulk
X-Autoreply: yes
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Ciao! Sono in congedo di maternità e leggerò la posta molto di rado fino a settembre 🙂
Se è una cosa di lavoro scrivete pure a Davide (d.ferri@studiofontanaferri.it), altrimenti vi rispondo appena riesco.

Chiara
'''),
    ('it', 'aruba-bounce-attachment', 'automated', (),
'''Return-Path: <>
Received: from smtpcmd01.ad.aruba.it (smtpcmd01.ad.aruba.it [62.149.156.1])
	by mx1.shop.example.be (Postfix) with ESMTPS id 3B71A2A0E05
	for <privacy@shop.example.be>; Tue, 26 Mar 2024 10:12:59 +0100 (CET)
From: Mail Delivery System <MAILER-DAEMON@aruba.it>
To: privacy@shop.example.be
Subject: Messaggio non recapitato: Copia dei suoi dati personali (rif. DSAR-2024-0455)
Date: Tue, 26 Mar 2024 10:12:58 +0100
Message-ID: <E1rp2Xq-0007Gh-3c@smtpcmd01.ad.aruba.it>
Auto-Submitted: auto-replied
X-Failed-Recipients: amministrazione@pellegrini-impianti.it
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary=1711444378-eximdsn-1804289383

--1711444378-eximdsn-1804289383
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Gentile utente,

il messaggio da lei inviato non =C3=A8 stato recapitato al seguente destina=
tario:

    amministrazione@pellegrini-impianti.it

Motivo: il messaggio contiene un allegato non consentito dalla politica di =
sicurezza del dominio destinatario (tipo file: .zip protetto da password).

Dettagli del messaggio:
    Oggetto: Copia dei suoi dati personali (rif. DSAR-2024-0455)
    Data: 26/03/2024 10:12:47
    Dimensione: 6,1 MB

Questo =C3=A8 un messaggio generato automaticamente, si prega di non rispon=
dere.

Aruba S.p.A. - Servizio Posta

--1711444378-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; smtpcmd01.ad.aruba.it

Action: failed
Final-Recipient: rfc822;amministrazione@pellegrini-impianti.it
Status: 5.7.0
Diagnostic-Code: smtp; 554 5.7.0 Message rejected: blocked attachment (encrypted archive)

--1711444378-eximdsn-1804289383
Content-type: text/rfc822-headers

From: Ufficio privacy <privacy@shop.example.be>
To: amministrazione@pellegrini-impianti.it
Subject: Copia dei suoi dati personali (rif. DSAR-2024-0455)
Date: Tue, 26 Mar 2024 10:12:47 +0100
Message-ID: <dsar-2024-0455.1711444367@shop.example.be>

--1711444378-eximdsn-1804289383--
'''),
    ('it', 'person-reads-export-objects', 'objection', ('withdraw_consent',),
'''Return-Path: <g.rinaldi@libero.it>
Received: from smtp-31.iol.local (smtp-31-i2.italiaonline.it [213.209.12.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 49DE02A0D77
	for <privacy@shop.example.be>; Sat, 30 Mar 2024 10:26:14 +0100 (CET)
Date: Sat, 30 Mar 2024 10:26:11 +0100 (CET)
From: Giorgio Rinaldi <g.rinaldi@libero.it>
To: privacy@shop.example.be
Message-ID: <1391650821.2147318.1711790771223@mail1.libero.it>
In-Reply-To: <dsar-2024-0466.1711701322@shop.example.be>
Subject: R: Copia dei suoi dati personali
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable
X-Originating-IP: 93.44.178.20

Buongiorno,
ho aperto il file, grazie. Per=C3=B2 leggendo la parte "destinatari" scopro=
 che lo storico dei miei acquisti finisce da due "partner pubblicitari" che=
 poi mi fanno vedere le vostre pubblicit=C3=A0 su Facebook e Instagram. Que=
sta cosa non mi va bene per niente e non ricordo di averla mai autorizzata:=
 smettete di passargli i miei dati e di usarli per profilarmi.

Gi=C3=A0 che ci sono: non voglio pi=C3=B9 ricevere la newsletter n=C3=A9 le=
 mail con le offerte.

Cordiali saluti
Giorgio Rinaldi

----Messaggio originale----
Da: privacy@shop.example.be
Data: 29/03/2024 9.35
A: <g.rinaldi@libero.it>
Ogg: Copia dei suoi dati personali

Gentile signor Rinaldi,
in allegato trova la copia dei dati che la riguardano.
'''),
    ('pt', 'thunderbird-read-receipt', 'automated', (),
'''Return-Path: <rui.cardoso@sapo.pt>
Received: from smtp.sapo.pt (smtp.sapo.pt [213.13.146.158])
	by mx1.shop.example.be (Postfix) with ESMTPS id 7E5F12A0C91
	for <privacy@shop.example.be>; Wed, 3 Apr 2024 20:14:39 +0200 (CEST)
Message-ID: <5c1e9a72-3b0d-4a8e-9f12-77d0e3b6a4c1@sapo.pt>
Date: Wed, 3 Apr 2024 19:14:36 +0100
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Rui Cardoso <rui.cardoso@sapo.pt>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Recibo_de_leitura_=28exibido=29_-_Os_seus_dados_pessoais_=E2=80=93_refer=C3=AAncia_DSAR-2024-0474?=
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------7Fb0q1PzL3cVx2rQy8Hn0T5u"

This is a multi-part message in MIME format.
--------------7Fb0q1PzL3cVx2rQy8Hn0T5u
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Este é um recibo de leitura para o email que enviou para rui.cardoso@sapo.pt em 03/04/2024 11:02.

Nota: Este recibo de leitura apenas confirma que a mensagem foi exibida no computador do destinatário. Não há garantia de que o destinatário leu ou compreendeu o conteúdo da mensagem.

--------------7Fb0q1PzL3cVx2rQy8Hn0T5u
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: sapo.pt; Mozilla Thunderbird
Final-Recipient: rfc822;rui.cardoso@sapo.pt
Original-Message-ID: <dsar-2024-0474.1712134920@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------7Fb0q1PzL3cVx2rQy8Hn0T5u
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Date: Wed, 3 Apr 2024 11:02:00 +0200
From: Equipa de privacidade <privacy@shop.example.be>
To: rui.cardoso@sapo.pt
Subject: =?UTF-8?Q?Os_seus_dados_pessoais_=E2=80=93_refer=C3=AAncia_DSAR-2024-0474?=
Disposition-Notification-To: privacy@shop.example.be

--------------7Fb0q1PzL3cVx2rQy8Hn0T5u--
'''),
    ('pt', 'meo-bounce-size', 'automated', (),
'''Return-Path: <>
Received: from mx.meo.pt (mx.meo.pt [213.13.158.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 2A88D2A0B14
	for <privacy@shop.example.be>; Tue, 26 Mar 2024 15:48:21 +0100 (CET)
From: "Sistema de Correio MEO" <MAILER-DAEMON@meo.pt>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Mensagem_n=E3o_entregue?=
Date: Tue, 26 Mar 2024 14:48:20 +0000
Message-ID: <20240326144820.A91F3402B7@mx.meo.pt>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

N=E3o foi poss=EDvel entregar a sua mensagem ao(s) seguinte(s) destinat=E1r=
io(s):

  <helena.matos@meo.pt>

A mensagem excede o tamanho m=E1ximo permitido pelo servidor de destino (25=
 MB).
Sugest=E3o: reduza o tamanho dos anexos ou partilhe os ficheiros atrav=E9s =
de uma liga=E7=E3o.

Erro devolvido pelo servidor remoto:
552 5.3.4 Message size exceeds fixed limit

--- Cabe=E7alhos da mensagem original ---
Subject: Os seus dados pessoais - exporta=E7=E3o (ref. DSAR-2024-0459)
Date: Tue, 26 Mar 2024 15:48:02 +0100
'''),
    ('pl', 'postfix-delay-warning', 'automated', (),
'''Return-Path: <>
Received: from mx.home.pl (mx.home.pl [79.96.170.134])
	by mx1.shop.example.be (Postfix) with ESMTPS id 9D0E12A0C48
	for <privacy@shop.example.be>; Fri, 22 Mar 2024 13:20:07 +0100 (CET)
Date: Fri, 22 Mar 2024 13:20:05 +0100 (CET)
From: MAILER-DAEMON@mx.home.pl (System pocztowy home.pl)
Subject: =?UTF-8?Q?Op=C3=B3=C5=BAnienie_w_dor=C4=99czeniu_wiadomo=C5=9Bci_=28nadal_ponawiane=29?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="A04B12A0D1.1711110005/mx.home.pl"
Message-Id: <20240322122005.C11F02A0AA1@mx.home.pl>

This is a MIME-encapsulated message.

--A04B12A0D1.1711110005/mx.home.pl
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

To jest automatyczne powiadomienie z serwera poczty mx.home.pl.

#################################################################
# TO TYLKO OSTRZEŻENIE. NIE MUSISZ PONOWNIE WYSYŁAĆ WIADOMOŚCI. #
#################################################################

Wiadomość do poniższego adresata nie została jeszcze doręczona.
Serwer będzie ponawiał próby przez kolejne 4 dni.

<k.wisniewska@biuro-wisniewska.pl>: serwer odbiorcy odpowiedział: 452 4.2.2
    Skrzynka odbiorcy jest przepełniona, wiadomość (22 MB) nie mieści się
    w wolnym miejscu

Temat: Kopia Pana/Pani danych osobowych (nr DSAR-2024-0448)

--A04B12A0D1.1711110005/mx.home.pl
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.home.pl
X-Postfix-Queue-ID: A04B12A0D1
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri, 22 Mar 2024 09:19:48 +0100 (CET)

Final-Recipient: rfc822; k.wisniewska@biuro-wisniewska.pl
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full
Will-Retry-Until: Tue, 26 Mar 2024 09:19:48 +0100 (CET)

--A04B12A0D1.1711110005/mx.home.pl--
'''),
    ('pl', 'lawfirm-shared-inbox-ack', 'automated', (),
'''Received: from mail.kancelaria-zielinski.pl (mail.kancelaria-zielinski.pl [188.128.211.40])
	by mx1.shop.example.be (Postfix) with ESMTPS id E71A42A0E33
	for <privacy@shop.example.be>; Mon, 8 Apr 2024 08:45:02 +0200 (CEST)
From: =?UTF-8?Q?Kancelaria_Radcy_Prawnego_Tomasz_Zieli=C5=84ski?= <sekretariat@kancelaria-zielinski.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Potwierdzenie_otrzymania_wiadomo=C5=9Bci?=
Date: Mon, 8 Apr 2024 08:45:01 +0200
Message-ID: <autoreply.20240408084501.2281@kancelaria-zielinski.pl>
In-Reply-To: <dsar-2024-0481.1712558690@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

U3phbm93bmkgUGHFhHN0d28sCgpkemnEmWt1amVteSB6YSBwcnplc8WCYW5pZSB3aWFkb21vxZtj
aSBuYSBhZHJlcyBzZWtyZXRhcmlhdHUgS2FuY2VsYXJpaS4KV2lhZG9tb8WbxIcgem9zdGHFgmEg
emFyZWplc3Ryb3dhbmEgaSB6b3N0YW5pZSBwcnpla2F6YW5hIHfFgmHFm2Npd2VtdQpwcmF3bmlr
b3dpLiBPZHBvd2llZHppIHVkemllbGFteSB3IGNpxIVndSAzIGRuaSByb2JvY3p5Y2guCgpQcm9z
aW15IG5pZSBvZHBvd2lhZGHEhyBuYSB0xJkgd2lhZG9tb8WbxIcg4oCTIHpvc3RhxYJhIHd5Z2Vu
ZXJvd2FuYQphdXRvbWF0eWN6bmllLgoKVyBzcHJhd2FjaCBwaWxueWNoIHByb3NpbXkgbyBrb250
YWt0IHRlbGVmb25pY3pueTogKzQ4IDIyIDYyOCAxNCA5MAoocG9uLuKAk3B0LiwgOTowMOKAkzE3
OjAwKS4KClogcG93YcW8YW5pZW0KU2VrcmV0YXJpYXQKS2FuY2VsYXJpYSBSYWRjeSBQcmF3bmVn
byBUb21hc3ogWmllbGnFhHNraQp1bC4gTW9rb3Rvd3NrYSA0OSBsb2suIDUsIDAwLTU0MiBXYXJz
emF3YQo=
'''),
    ('pl', 'person-wants-machine-readable', 'portability', (),
'''Return-Path: <mateusz.dabrowski@wp.pl>
Received: from smtpo111.poczta.onet.pl (smtpo111.poczta.onet.pl [213.180.149.164])
	by mx1.shop.example.be (Postfix) with ESMTPS id 13BC72A0F88
	for <privacy@shop.example.be>; Thu, 4 Apr 2024 17:58:26 +0200 (CEST)
From: =?UTF-8?Q?Mateusz_D=C4=85browski?= <mateusz.dabrowski@wp.pl>
To: privacy@shop.example.be
Subject: Re: Twoje dane - DSAR-2024-0468
Date: Thu, 4 Apr 2024 17:58:20 +0200
Message-ID: <8a1f2c3d-4e5b-6c7d-8e9f-0a1b2c3d4e5f@wp.pl>
In-Reply-To: <dsar-2024-0468.1712212800@shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: pl
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Dzień dobry,

dostałem PDF-a, 40 stron, ładnie wygląda, tylko że nic z nim nie zrobię. 
Przenoszę się z zakupami do innego sklepu (ogrodniczy.pl) i oni mogą 
zaimportować historię zamówień i punkty, ale z pliku CSV albo JSON, nie 
z PDF.

Czy możecie mi wysłać te same dane w takim formacie? A jeszcze lepiej - 
czy da się je przesłać bezpośrednio do nich? Podaję adres ich działu 
obsługi: dane@ogrodniczy.pl

Pozdrawiam
Mateusz Dąbrowski

W dniu 4.04.2024 o 08:40, privacy@shop.example.be pisze:
> Dzień dobry,
> w załączniku przesyłamy kopię Pana danych osobowych.
'''),
    ('cs', 'seznam-bounce-size', 'automated', (),
'''Return-Path: <>
Received: from mxc.seznam.cz (mxc.seznam.cz [77.75.78.6])
	by mx1.shop.example.be (Postfix) with ESMTPS id 5C0D22A0B41
	for <privacy@shop.example.be>; Tue, 19 Mar 2024 16:27:40 +0100 (CET)
From: "Seznam.cz Email" <mailer-daemon@seznam.cz>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va=3A_Va=C5=A1e_osobn=C3=AD_=C3=BAdaje_=E2=80=93_kopie_=28=C4=8D=2E_DSAR-2024-0436=29?=
Date: Tue, 19 Mar 2024 16:27:39 +0100
Message-ID: <dsn.5c0d22a0b41.1710862059@mxc.seznam.cz>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_szn_dsn_1710862059_73311"

--=_szn_dsn_1710862059_73311
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

RG9icsO9IGRlbiwKCmJvaHXFvmVsIHNlIG7DoW0gbmVwb2RhxZlpbG8gZG9ydcSNaXQgVmHFoWkg
enByw6F2dSBuw6FzbGVkdWrDrWPDrW11IHDFmcOtamVtY2k6CgogIHBhdmVsLm5vdm90bnlAc2V6
bmFtLmN6CgpExa92b2Q6IFpwcsOhdmEgamUgcMWZw61sacWhIHZlbGvDoS4gU2NocsOhbmthIHDF
mcOtamVtY2UgcMWZaWrDrW3DoSB6cHLDoXZ5Cm8gdmVsaWtvc3RpIG5lanbDvcWhZSAzMCBNQiwg
VmHFoWUgenByw6F2YSBtw6EgNDEsMiBNQi4KClDFmWVkbcSbdCB6cHLDoXZ5OiBWYcWhZSBvc29i
bsOtIMO6ZGFqZSDigJMga29waWUgKMSNLiBEU0FSLTIwMjQtMDQzNikKClRhdG8genByw6F2YSBi
eWxhIHZ5Z2VuZXJvdsOhbmEgYXV0b21hdGlja3ksIG5lb2Rwb3bDrWRlanRlIG5hIG5pLgoKU2V6
bmFtLmN6LCBhLnMuCg==

--=_szn_dsn_1710862059_73311
Content-Type: message/delivery-status

Reporting-MTA: dns; mxc.seznam.cz

Final-Recipient: rfc822; pavel.novotny@seznam.cz
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp; 552 5.3.4 Message too big for this mailbox

--=_szn_dsn_1710862059_73311--
'''),
    ('cs', 'uschovna-downloaded', 'automated', (),
'''Received: from mail.uschovna.cz (mail.uschovna.cz [185.8.238.20])
	by mx1.shop.example.be (Postfix) with ESMTPS id 9AA0E2A0D12
	for <privacy@shop.example.be>; Mon, 25 Mar 2024 21:03:17 +0100 (CET)
From: =?UTF-8?B?w5pzY2hvdm5hLmN6?= <info@uschovna.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?w5pzY2hvdm5hLmN6IOKAkyB6w6FzaWxrYSBieWxhIHN0YcW+ZW5h?=
Date: Mon, 25 Mar 2024 21:03:16 +0100
Message-ID: <20240325200316.71553@uschovna.cz>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

z=C3=A1silka, kterou jste odeslali p=C5=99=C3=ADjemci pavel.novotny@seznam.=
cz, byla pr=C3=A1v=C4=9B sta=C5=BEena.

K=C3=B3d z=C3=A1silky: QJ7M-4K2R
Soubory: export_zakaznik_77021.zip (41,2 MB)
Sta=C5=BEeno: 25. 3. 2024 21:03
Po=C4=8Det sta=C5=BEen=C3=AD: 1

Z=C3=A1silka bude smaz=C3=A1na 1. 4. 2024.

S pozdravem
t=C3=BDm =C3=9Aschovna.cz
'''),
    ('sv', 'outlook-ooo-parental', 'automated', (),
'''Received: from GV3P280MB0425.SWEP280.PROD.OUTLOOK.COM (2603:10a6:150:8::14)
	by mx1.shop.example.be with ESMTPS; Thu, 14 Mar 2024 10:02:33 +0100
From: Johan Lindqvist <johan.lindqvist@byggkraft.se>
To: Privacy team <privacy@shop.example.be>
Subject: =?windows-1252?Q?Automatiskt_svar:_Dina_personuppgifter_=96_utdrag_(ref._DSAR-202?=
 =?windows-1252?Q?4-0423)?=
Thread-Topic: Dina personuppgifter - utdrag (ref. DSAR-2024-0423)
Date: Thu, 14 Mar 2024 09:02:30 +0000
Message-ID: <GV3P280MB0425D1A6C2B8E9F07A3C4D5E6B7A1@GV3P280MB0425.SWEP280.PROD.OUTLOOK.COM>
In-Reply-To: <dsar-2024-0423.1710406945@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: johan.lindqvist@byggkraft.se
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =E4r f=F6r=E4ldraledig till och med 31 maj och l=E4ser inte min e-post =
under den tiden.

=C4renden som g=E4ller projekt i V=E4ster=E5s g=E5r till Sara Holm, sara.ho=
lm@byggkraft.se. =D6vriga fr=E5gor: info@byggkraft.se eller 021-13 44 00.

V=E4nliga h=E4lsningar
Johan Lindqvist
Byggkraft AB
'''),
    ('sv', 'gateway-bounce-filesharing-link', 'automated', (),
'''Return-Path: <>
Received: from mx01.vaxjo-energi.se (mx01.vaxjo-energi.se [194.17.44.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4D8E92A0C27
	for <privacy@shop.example.be>; Thu, 4 Apr 2024 13:11:09 +0200 (CEST)
From: Postmaster <postmaster@vaxjo-energi.se>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Olevererbart=3A_Dina_personuppgifter_=E2=80=93_nedladdningsl=C3=A4nk_=28ref=2E_DSAR-2024-0477=29?=
Date: Thu, 4 Apr 2024 13:11:08 +0200
Message-ID: <ndr-20240404131108-5521@mx01.vaxjo-energi.se>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="----NDR_5521_1712229068"

------NDR_5521_1712229068
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Leverans till f=C3=B6ljande mottagare misslyckades:

    emma.sjoberg@vaxjo-energi.se

Meddelandet stoppades av mottagarorganisationens e-postfilter eftersom det =
inneh=C3=A5ller en l=C3=A4nk till en extern fildelningstj=C3=A4nst. Enligt =
organisationens s=C3=A4kerhetspolicy tas s=C3=A5dana meddelanden inte emot.

Kontakta mottagaren p=C3=A5 annat s=C3=A4tt, eller skicka informationen uta=
n l=C3=A4nk.

Diagnostisk information f=C3=B6r administrat=C3=B6rer:
Genererande server: mx01.vaxjo-energi.se
550 5.7.1 Message rejected by policy: file-sharing link (files.shop.example=
.be)

Ursprungligt =C3=A4mne: Dina personuppgifter =E2=80=93 nedladdningsl=C3=A4n=
k (ref. DSAR-2024-0477)

------NDR_5521_1712229068
Content-Type: message/delivery-status

Reporting-MTA: dns; mx01.vaxjo-energi.se

Final-Recipient: rfc822; emma.sjoberg@vaxjo-energi.se
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by policy: file-sharing link

------NDR_5521_1712229068--
'''),
    ('hr', 'zimbra-ooo-vacation', 'automated', (),
'''Return-Path: <ivana.kovacevic@t-com.hr>
Received: from mail.t-com.hr (mail.t-com.hr [195.29.150.85])
	by mx1.shop.example.be (Postfix) with ESMTPS id 21E7C2A0A90
	for <privacy@shop.example.be>; Mon, 1 Apr 2024 09:30:12 +0200 (CEST)
Date: Mon, 1 Apr 2024 09:30:11 +0200 (CEST)
From: =?utf-8?Q?Ivana_Kova=C4=8Devi=C4=87?= <ivana.kovacevic@t-com.hr>
To: privacy@shop.example.be
Message-ID: <1204788315.88121.1711956611004.JavaMail.zimbra@t-com.hr>
Subject: =?utf-8?Q?Automatski_odgovor:_Va=C5=A1i_osobni_podaci?=
Auto-Submitted: auto-replied (zimbra; vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Po=C5=A1tovani,

na godi=C5=A1njem sam odmoru do 12. travnja i nemam pristup e-po=C5=A1ti. V=
a=C5=A1u poruku pro=C4=8Ditat =C4=87u po povratku.

Lijep pozdrav,
Ivana Kova=C4=8Devi=C4=87
'''),
    ('hr', 'outlook-read-receipt', 'automated', (),
'''Received: from VI1PR03MB4480.eurprd03.prod.outlook.com (2603:10a6:803:5a::21)
	by mx1.shop.example.be with ESMTPS; Tue, 26 Mar 2024 18:47:09 +0100
From: =?utf-8?B?VG9taXNsYXYgQmFiacSH?= <tomislav.babic@outlook.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Pro=C4=8Ditano=3A_Kopija_Va=C5=A1ih_osobnih_podataka_=28ref=2E_DSA?=
 =?utf-8?q?R-2024-0458=29?=
Date: Tue, 26 Mar 2024 17:47:05 +0000
Message-ID: <VI1PR03MB4480B2F7E1C0A9D3F6E58B21A73E2@VI1PR03MB4480.eurprd03.prod.outlook.com>
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_VI1PR03MB4480B2F7E1C0A9D3F6E58B21A73E2VI1PR03MB4480eurp_"

--_000_VI1PR03MB4480B2F7E1C0A9D3F6E58B21A73E2VI1PR03MB4480eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

VmHFoWEgcG9ydWthCgogIFByaW1hOiBUb21pc2xhdiBCYWJpxIcKICBQcmVkbWV0OiBLb3BpamEg
VmHFoWloIG9zb2JuaWggcG9kYXRha2EgKHJlZi4gRFNBUi0yMDI0LTA0NTgpCiAgUG9zbGFubzog
dXRvcmFrLCAyNi4gb8W+dWprYSAyMDI0LiAxNDoxMDozMyAoVVRDKzAxOjAwKSBCZW9ncmFkLCBC
cmF0aXNsYXZhLCBCdWRpbXBlxaF0YSwgTGp1YmxqYW5hLCBQcmFnCgpwcm/EjWl0YW5hIGplIHV0
b3JhaywgMjYuIG/FvnVqa2EgMjAyNC4gMTg6NDc6MDUgKFVUQyswMTowMCkgQmVvZ3JhZCwgQnJh
dGlzbGF2YSwgQnVkaW1wZcWhdGEsIExqdWJsamFuYSwgUHJhZy4K

--_000_VI1PR03MB4480B2F7E1C0A9D3F6E58B21A73E2VI1PR03MB4480eurp_
Content-Type: message/disposition-notification

Reporting-UA: VI1PR03MB4480.eurprd03.prod.outlook.com; Microsoft Exchange Server
Final-Recipient: rfc822;tomislav.babic@outlook.com
Original-Message-ID: <dsar-2024-0458.1711458633@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_000_VI1PR03MB4480B2F7E1C0A9D3F6E58B21A73E2VI1PR03MB4480eurp_--
'''),
    ('ro', 'ooo-left-company', 'automated', (),
'''Received: from mail.transcarpat-logistic.ro (mail.transcarpat-logistic.ro [89.37.120.14])
	by mx1.shop.example.be (Postfix) with ESMTPS id 66F1A2A0C03
	for <privacy@shop.example.be>; Wed, 20 Mar 2024 11:55:47 +0100 (CET)
From: Andrei Popescu <andrei.popescu@transcarpat-logistic.ro>
To: privacy@shop.example.be
Subject: =?UTF-8?B?UsSDc3B1bnMgYXV0b21hdDogRGF0ZWxlIGR1bW5lYXZvYXN0csSDIHBlcnNvbmFsZQ==?=
Date: Wed, 20 Mar 2024 12:55:46 +0200
Message-ID: <autoreply-9f3c2e1a@mail.transcarpat-logistic.ro>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Andrei Popescu nu mai face parte din echipa Transcarpat Logistic =C3=AEncep=
=C3=A2nd cu 1 martie 2024. Aceast=C4=83 adres=C4=83 de e-mail nu mai este m=
onitorizat=C4=83, iar mesajele nu vor fi redirec=C8=9Bionate.

Pentru comenzi =C8=99i ofertare v=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi la =
vanzari@transcarpat-logistic.ro.

Mul=C8=9Bumim,
Transcarpat Logistic SRL
'''),
    ('ro', 'isp-bounce-quota', 'automated', (),
'''Return-Path: <>
Received: from mx.rdslink.ro (mx.rdslink.ro [193.231.236.25])
	by mx1.shop.example.be (Postfix) with ESMTPS id 0B99F2A0D66
	for <privacy@shop.example.be>; Thu, 21 Mar 2024 08:14:52 +0100 (CET)
From: MAILER-DAEMON@rdslink.ro
To: privacy@shop.example.be
Subject: Mesaj nelivrat - Undelivered Mail Returned to Sender
Date: Thu, 21 Mar 2024 09:14:51 +0200
Message-ID: <20240321071451.4A2C1E01F3@mx.rdslink.ro>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A2C1E01F3.1711005291/mx.rdslink.ro"

--4A2C1E01F3.1711005291/mx.rdslink.ro
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Acesta este un mesaj generat automat de serverul de e-mail mx.rdslink.ro.

Mesajul dumneavoastră nu a putut fi livrat către:

    <cristina.dumitrescu@rdslink.ro>

Motiv: căsuța poștală a destinatarului este plină. Mesajul (18,9 MB) depășește spațiul disponibil în căsuță.

Subiectul mesajului original: Copia datelor dumneavoastră personale (ref. DSAR-2024-0443)

Nu răspundeți la acest mesaj.

--4A2C1E01F3.1711005291/mx.rdslink.ro
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.rdslink.ro

Final-Recipient: rfc822; cristina.dumitrescu@rdslink.ro
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full

--4A2C1E01F3.1711005291/mx.rdslink.ro--
'''),
    ('el', 'outlook-ooo-sick', 'automated', (),
'''Received: from AS8PR05MB7702.eurprd05.prod.outlook.com (2603:10a6:20b:3b1::6)
	by mx1.shop.example.be with ESMTPS; Fri, 29 Mar 2024 09:12:40 +0100
From: =?utf-8?B?zpzOsc+Bzq/OsSDOoM6xz4DOsc60zr/PgM6/z43Ou86/z4U=?= <m.papadopoulou@alfa-logistiki.gr>
To: Privacy team <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOpM6xIM+Az4HOv8+D?=
 =?utf-8?b?z4nPgM65zrrOrCDPg86xz4IgzrTOtc60zr/OvM6tzr3OsSAozrHPgS4gRFNBUi0y?=
 =?utf-8?b?MDI0LTA0Njkp?=
Thread-Topic: Τα προσωπικά σας δεδομένα (αρ. DSAR-2024-0469)
Date: Fri, 29 Mar 2024 08:12:37 +0000
Message-ID: <AS8PR05MB7702C3E0A1D9F4B2E7C6A58D1F3E9@AS8PR05MB7702.eurprd05.prod.outlook.com>
In-Reply-To: <dsar-2024-0469.1711699950@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6bz4zOs8+JIM6xz4POuM6tzr3Otc65zrHPgiDO
sc+Azr/Phc+DzrnOrM62z4kgzrHPgM+MIM+Ezr8gzrPPgc6xz4bOtc6vzr8gzq3Pic+CIM+EzrnP
giA1IM6Rz4DPgc65zrvOr86/z4UgzrrOsc65IM60zrXOvSDOrc+Hz4kgz4DPgc+Mz4POss6xz4PO
tyDPg8+Ezr8gzrfOu861zrrPhM+Bzr/Ovc65zrrPjCDPhM6xz4fPhc60z4HOv868zrXOr86/LgrO
k865zrEgzrXPgM61zq/Os86/zr3PhM6xIM64zq3OvM6xz4TOsSDOvM+Azr/Pgc61zq/PhM61IM69
zrEgzrHPgM61z4XOuM+Fzr3OuM61zq/PhM61IM+Dz4TOv869IM66LiDOnc6vzrrOvyDOo8+EzrHO
uM+Mz4DOv8+FzrvOvyAobi5zdGF0aG9wb3Vsb3NAYWxmYS1sb2dpc3Rpa2kuZ3IsIDIxMCA0ODI5
IDMwMCkuCgrOlc+Fz4fOsc+BzrnPg8+Ez44gzrPOuc6xIM+EzrfOvSDOus6xz4TOsc69z4zOt8+D
zrcsCs6czrHPgc6vzrEgzqDOsc+AzrHOtM6/z4DOv8+NzrvOv8+FCg==
'''),
    ('el', 'otenet-bounce-size', 'automated', (),
'''Return-Path: <>
Received: from mx-in.otenet.gr (mx-in.otenet.gr [83.235.69.30])
	by mx1.shop.example.be (Postfix) with ESMTPS id 77AB12A0E12
	for <privacy@shop.example.be>; Mon, 25 Mar 2024 13:02:21 +0100 (CET)
From: Mail Delivery Subsystem <MAILER-DAEMON@otenet.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?zpHPgM6/z4TPhc+Hzq/OsSDPgM6xz4HOrM60zr/Pg863z4IgzrzOt869z43OvM6x?=
 =?utf-8?b?z4TOv8+C?=
Date: Mon, 25 Mar 2024 14:02:20 +0200
Message-ID: <202403251202.42PC2Kq1019932@mx-in.otenet.gr>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="42PC2Kq1019932.1711368140/mx-in.otenet.gr"

This is a MIME-encapsulated message

--42PC2Kq1019932.1711368140/mx-in.otenet.gr
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

zpHPhc+Ez4wgzrXOr869zrHOuSDOrc69zrEgzrHPhc+Ez4zOvM6xz4TOvyDOvM6uzr3Phc68zrEg
zrHPgM+MIM+Ezr/OvSDOtM65zrHOus6/zrzOuc+Dz4TOriDOsc67zrvOt867zr/Os8+BzrHPhs6v
zrHPgi4KCs6UzrXOvSDOrs+EzrHOvSDOtM+Fzr3Osc+Ezq4gzrcgz4DOsc+BzqzOtM6/z4POtyDP
hM6/z4UgzrzOt869z43OvM6xz4TPjM+CIM+DzrHPgiDPg8+Ezr/OvSDPgM6xz4HOsc66zqzPhM+J
IM+AzrHPgc6xzrvOrs+Az4TOtzoKCiAgZy5hbnRvbmlvdUBvdGVuZXQuZ3IKCs6RzrnPhM6vzrE6
IM6kzr8gzrzOrs69z4XOvM6xIM+Fz4DOtc+BzrLOsc6vzr3Otc65IM+Ezr8gzrzOrc6zzrnPg8+E
zr8gzrXPgM65z4TPgc61z4DPjM68zrXOvc6/IM68zq3Os861zrjOv8+CICgyMCBNQikuCs6czq3O
s861zrjOv8+CIM68zrfOvc+NzrzOsc+Ezr/PgjogMzMsNyBNQgoKzpjOrc68zrE6IM6kzrEgz4DP
gc6/z4PPic+AzrnOus6sIM+DzrHPgiDOtM61zrTOv868zq3Ovc6xIC0gzrHOvc+Ezq/Os8+BzrHP
hs6/ICjOsc+BLiBEU0FSLTIwMjQtMDQ1MikKCi0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0t
LS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0KVGhpcyBpcyBhbiBhdXRvbWF0aWNh
bGx5IGdlbmVyYXRlZCBEZWxpdmVyeSBTdGF0dXMgTm90aWZpY2F0aW9uLgpEZWxpdmVyeSB0byBn
LmFudG9uaW91QG90ZW5ldC5nciBmYWlsZWQ6IG1lc3NhZ2UgdG9vIGJpZy4K

--42PC2Kq1019932.1711368140/mx-in.otenet.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-in.otenet.gr
Arrival-Date: Mon, 25 Mar 2024 14:02:18 +0200

Final-Recipient: RFC822; g.antoniou@otenet.gr
Action: failed
Status: 5.3.4
Diagnostic-Code: SMTP; 552 5.3.4 Message size exceeds fixed maximum message size

--42PC2Kq1019932.1711368140/mx-in.otenet.gr--
'''),
    ('bg', 'shared-inbox-ack', 'automated', (),
'''Received: from mail.stroymarket-plovdiv.bg (mail.stroymarket-plovdiv.bg [87.121.45.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 3F0C22A0B83
	for <privacy@shop.example.be>; Tue, 2 Apr 2024 10:20:44 +0200 (CEST)
From: =?UTF-8?B?0KHRgtGA0L7QudC80LDRgNC60LXRgiDQn9C70L7QstC00LjQsiAtINCe0YTQuNGB?= <office@stroymarket-plovdiv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J/QvtC70YPRh9C40YXQvNC1INCS0LDRiNC10YLQviDQv9C40YHQvNC+?=
Date: Tue, 2 Apr 2024 11:20:43 +0300
Message-ID: <ack.1712046043.3318@stroymarket-plovdiv.bg>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=91=D0=BB=D0=B0=D0=B3=D0=BE=D0=B4=D0=B0=D1=80=D0=B8=D0=BC =D0=92=D0=B8, =
=D1=87=D0=B5 =D1=81=D0=B5 =D1=81=D0=B2=D1=8A=D1=80=D0=B7=D0=B0=D1=85=D1=82=
=D0=B5 =D1=81 =D0=BD=D0=B0=D1=81. =D0=9F=D0=B8=D1=81=D0=BC=D0=BE=D1=82=D0=
=BE =D0=92=D0=B8 =D0=B5 =D0=BF=D0=BE=D0=BB=D1=83=D1=87=D0=B5=D0=BD=D0=BE =
=D0=B8 =D1=89=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D0=B8=D0=BC =
=D0=B2 =D1=80=D0=B0=D0=BC=D0=BA=D0=B8=D1=82=D0=B5 =D0=BD=D0=B0 3 =D1=80=D0=
=B0=D0=B1=D0=BE=D1=82=D0=BD=D0=B8 =D0=B4=D0=BD=D0=B8.

=D0=9C=D0=BE=D0=BB=D1=8F, =D0=BD=D0=B5 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=B0=
=D1=80=D1=8F=D0=B9=D1=82=D0=B5 =D0=BD=D0=B0 =D1=82=D0=BE=D0=B2=D0=B0 =D1=81=
=D1=8A=D0=BE=D0=B1=D1=89=D0=B5=D0=BD=D0=B8=D0=B5.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=95=D0=BA=D0=B8=D0=BF=D1=8A=D1=82 =D0=BD=D0=B0 =D0=A1=D1=82=D1=80=D0=BE=
=D0=B9=D0=BC=D0=B0=D1=80=D0=BA=D0=B5=D1=82 =D0=9F=D0=BB=D0=BE=D0=B2=D0=B4=
=D0=B8=D0=B2 =D0=95=D0=9E=D0=9E=D0=94
=D1=82=D0=B5=D0=BB. 032 62 44 10
'''),
    ('bg', 'abv-bounce-size', 'automated', (),
'''Return-Path: <>
Received: from mx.abv.bg (mx.abv.bg [194.153.145.70])
	by mx1.shop.example.be (Postfix) with ESMTPS id 8E4D52A0F04
	for <privacy@shop.example.be>; Wed, 27 Mar 2024 15:33:50 +0100 (CET)
From: MAILER-DAEMON@abv.bg
To: privacy@shop.example.be
Subject: =?utf-8?b?0J3QtdC00L7RgdGC0LDQstC10L3QviDRgdGK0L7QsdGJ0LXQvdC40LU6INCa0L4=?=
 =?utf-8?b?0L/QuNC1INC+0YIg0JLQsNGI0LjRgtC1INC70LjRh9C90Lgg0LTQsNC90L3QuCAo?=
 =?utf-8?b?0YDQtdGELiBEU0FSLTIwMjQtMDQ2MCk=?=
Date: Wed, 27 Mar 2024 16:33:49 +0200
Message-ID: <20240327143349.D71F8C0041@mx.abv.bg>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="D71F8C0041.1711550029/mx.abv.bg"

--D71F8C0041.1711550029/mx.abv.bg
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JLQsNGI0LXRgtC+INGB0YrQvtCx0YnQtdC90LjQtSDQvdC1
INC80L7QttCwINC00LAg0LHRitC00LUg0LTQvtGB0YLQsNCy0LXQvdC+INC00L4g0YHQu9C10LTQ
vdC40Y8g0L/QvtC70YPRh9Cw0YLQtdC7OgoKICAgIG5pa29sYXkuZ2VvcmdpZXZAYWJ2LmJnCgrQ
n9GA0LjRh9C40L3QsDog0YDQsNC30LzQtdGA0YrRgiDQvdCwINGB0YrQvtCx0YnQtdC90LjQtdGC
0L4gKDI5IE1CKSDQvdCw0LTQstC40YjQsNCy0LAg0LzQsNC60YHQuNC80LDQu9C90L4g0LTQvtC/
0YPRgdGC0LjQvNC40Y8g0YDQsNC30LzQtdGAINC30LAg0L/QvtGJ0LXQvdGB0LrQsNGC0LAg0LrR
g9GC0LjRjyDQvdCwINC/0L7Qu9GD0YfQsNGC0LXQu9GPLgoK0KLQtdC80LAg0L3QsCDRgdGK0L7Q
sdGJ0LXQvdC40LXRgtC+OiDQmtC+0L/QuNC1INC+0YIg0JLQsNGI0LjRgtC1INC70LjRh9C90Lgg
0LTQsNC90L3QuCAo0YDQtdGELiBEU0FSLTIwMjQtMDQ2MCkKCtCi0L7QstCwINC1INCw0LLRgtC+
0LzQsNGC0LjRh9C90L4g0LPQtdC90LXRgNC40YDQsNC90L4g0YHRitC+0LHRidC10L3QuNC1LiDQ
nNC+0LvRjywg0L3QtSDQvtGC0LPQvtCy0LDRgNGP0LnRgtC1Lgo=

--D71F8C0041.1711550029/mx.abv.bg
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.abv.bg

Final-Recipient: rfc822; nikolay.georgiev@abv.bg
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp; 552 5.3.4 Error: message file too big

--D71F8C0041.1711550029/mx.abv.bg--
'''),
]

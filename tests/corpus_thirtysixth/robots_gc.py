"""Thirty-sixth set, Belgian workplaces and institutions: multilingual auto-replies, disclaimers, DSNs and the people hidden among them (14 languages). Written apart from the code."""

# Bodies that the sending system base64- or quoted-printable-encodes are built
# with the small helpers below, so that the encoded text is exactly what a real
# MTA/MUA would have put on the wire.  Every entry is still one complete raw
# RFC 822 message (a str) once the module is imported.

import base64 as _base64
import quopri as _quopri
from email.header import Header as _Header


def _b64(text, charset='utf-8'):
    """Base64 body, 76-column lines, as Exchange/Gmail send it."""
    return _base64.encodebytes(text.encode(charset)).decode('ascii')


def _qp(text, charset='utf-8'):
    """Quoted-printable body, as Outlook/Thunderbird send it."""
    return _quopri.encodestring(text.encode(charset)).decode('ascii')


def _hdr(text, charset='utf-8'):
    """RFC 2047 encoded-word header value."""
    return _Header(text, charset).encode()


ROBOTS = [
    # ------------------------------------------------------------------ en
    ('en', 'postfix-delay-warning-own-relay-connect-timeout', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4R9xK21Lq8z9vWb; Mon, 26 Oct 2026 13:05:44 +0100 (CET)
Date: Mon, 26 Oct 2026 13:05:44 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4R9xK21Lq8z9vWb.1793016344/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261026120544.4R9xK21Lq8z9vWb@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4R9xK21Lq8z9vWb.1793016344/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.verhaegen@hoevenberg-logistics.be>: connect to
    mail.hoevenberg-logistics.be[193.191.208.14]:25: Connection timed out

--4R9xK21Lq8z9vWb.1793016344/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4R9xK21Lq8z9vWb
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Mon, 26 Oct 2026 08:51:02 +0100 (CET)

Final-Recipient: rfc822; j.verhaegen@hoevenberg-logistics.be
Original-Recipient: rfc822;j.verhaegen@hoevenberg-logistics.be
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to
    mail.hoevenberg-logistics.be[193.191.208.14]:25: Connection timed out
Will-Retry-Until: Sat, 31 Oct 2026 08:51:02 +0100 (CET)

--4R9xK21Lq8z9vWb.1793016344/mx1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app02.shop.example.be (app02.int.shop.example.be [10.20.0.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4R9xK21Lq8z9vWb
        for <j.verhaegen@hoevenberg-logistics.be>; Mon, 26 Oct 2026 08:51:02 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: Jan Verhaegen <j.verhaegen@hoevenberg-logistics.be>
Subject: Uw verzoek tot inzage - referentie PRV-2026-04471
Date: Mon, 26 Oct 2026 08:51:01 +0100
Message-ID: <20261026075101.PRV-2026-04471.r2@shop.example.be>
In-Reply-To: <AM0PR10MB2411F3C0A1D94E7B9@AM0PR10MB2411.eurprd10.prod.outlook.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

--4R9xK21Lq8z9vWb.1793016344/mx1.shop.example.be--
'''),

    ('en', 'exchange-ooo-en-nl-fr-law-firm-gdpr-disclaimer', 'automated', (),
'''Return-Path: <sarah.claes@vandammepeeters.be>
Received: from EUR03-AM7-obe.outbound.protection.outlook.com (mail-am7eur03on2107.outbound.protection.outlook.com [40.107.105.107])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RBc7N0hWmz9vXd
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 09:14:37 +0100 (CET)
Received: from AM9PR02MB7321.eurprd02.prod.outlook.com (2603:10a6:20b:3e1::9) by
 DB9PR02MB6810.eurprd02.prod.outlook.com (2603:10a6:10:21c::14) with Microsoft
 SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id
 15.20.8922.14; Tue, 27 Oct 2026 08:14:35 +0000
From: Sarah Claes <sarah.claes@vandammepeeters.be>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: Automatic reply: Your data request - ref. PRV-2026-04502
Thread-Topic: Your data request - ref. PRV-2026-04502
Thread-Index: AQHbK3fQm1c2uYzW0kO9tYl2x8nN7w==
Date: Tue, 27 Oct 2026 08:14:35 +0000
Message-ID: <AM9PR02MB73213C1F0E8B6A2D5F4E9B1AC8D12@AM9PR02MB7321.eurprd02.prod.outlook.com>
References: <20261027081402.PRV-2026-04502.r1@shop.example.be>
In-Reply-To: <20261027081402.PRV-2026-04502.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: en-GB
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
X-MS-Exchange-Organization-AuthAs: Internal
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

''' + _b64('''Thank you for your e-mail. I am out of the office until Monday 9 November 2026 with limited access to my e-mail. Your message will not be forwarded. For urgent matters, please contact our office on +32 2 645 18 00 or at office@vandammepeeters.be.

Bedankt voor uw e-mail. Ik ben afwezig tot en met maandag 9 november 2026 en heb slechts beperkt toegang tot mijn mailbox. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij ons secretariaat op +32 2 645 18 00 of via office@vandammepeeters.be.

Merci pour votre e-mail. Je suis absente jusqu'au lundi 9 novembre 2026 et n'ai qu'un accès limité à mes e-mails. Votre message ne sera pas transféré. Pour toute urgence, vous pouvez joindre notre secrétariat au +32 2 645 18 00 ou à l'adresse office@vandammepeeters.be.

Kind regards / Met vriendelijke groeten / Bien à vous,

Sarah Claes
Senior Associate | Advocaat | Avocate
Van Damme Peeters Advocaten - Avocats
Louizalaan 231 Avenue Louise | 1050 Brussel - Bruxelles
T +32 2 645 18 23 | www.vandammepeeters.be

------------------------------------------------------------------------
This e-mail and any attachments are confidential and may be protected by legal privilege. If you are not the intended recipient, please notify the sender immediately by return e-mail and delete this message and any copies from your system; any use, disclosure, copying or distribution is strictly prohibited. Van Damme Peeters processes personal data in accordance with the General Data Protection Regulation (EU) 2016/679. For information on how we process your personal data and on your rights of access, rectification, erasure, restriction, portability and objection, please read our privacy notice at www.vandammepeeters.be/privacy or contact our data protection officer at privacy@vandammepeeters.be.

Dit bericht en de eventuele bijlagen zijn vertrouwelijk en kunnen onder het beroepsgeheim vallen. Bent u niet de bedoelde ontvanger, verwittig dan onmiddellijk de afzender en verwijder dit bericht. Wij verwerken persoonsgegevens overeenkomstig de AVG; meer informatie vindt u in onze privacyverklaring.

Ce message et ses annexes sont confidentiels et peuvent être couverts par le secret professionnel. Si vous n'en êtes pas le destinataire, veuillez en avertir immédiatement l'expéditeur et le supprimer. Nous traitons les données à caractère personnel conformément au RGPD ; plus d'informations dans notre déclaration de confidentialité.
''')),

    ('en', 'shared-mailbox-ack-accounts-payable-peppol', 'automated', (),
'''Return-Path: <ap.benelux@northfield-aviation.be>
Received: from mail-he1eur04on2090.outbound.protection.outlook.com (mail-he1eur04on2090.outbound.protection.outlook.com [40.107.7.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RCq1x3Zb8z9vYk
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 15:22:09 +0100 (CET)
From: Accounts Payable Benelux <ap.benelux@northfield-aviation.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Your business account - data request PRV-2026-04519 [Ref: AP-2611-30447]
Date: Wed, 28 Oct 2026 14:22:06 +0000
Message-ID: <VI1PR06MB4480D2A8E61B3C07F9A4C5E1B2F30@VI1PR06MB4480.eurprd06.prod.outlook.com>
In-Reply-To: <20261028142151.PRV-2026-04519.r1@shop.example.be>
References: <20261028142151.PRV-2026-04519.r1@shop.example.be>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
Content-Language: en-US
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

This is an automated message - please do not reply to it.

Thank you for contacting Accounts Payable Benelux. Your e-mail has been
received in our shared mailbox and logged under reference AP-2611-30447.
Please quote this reference in any further correspondence.

Please note:
- Since 1 January 2026 all invoices addressed to Northfield Aviation
  Services NV must be sent as structured e-invoices via the Peppol
  network (Peppol ID 0208:0456123789). PDF invoices sent to this mailbox
  are no longer processed.
- Questions about payment status: please allow 5 working days and always
  mention the invoice number and our purchase order number.
- Changes to supplier bank details are only accepted through our supplier
  portal. We will never ask you to change bank details by e-mail.

Our team handles requests Monday to Friday, 9:00-16:00 CET. The mailbox is
not monitored on Belgian public holidays (2 and 11 November).

Kind regards,

Accounts Payable Benelux
Northfield Aviation Services NV | Brucargo Building 706 | 1830 Machelen
VAT BE 0456.123.789 | RPR/RPM Brussels

Privacy notice: Northfield Aviation Services NV processes the personal data
contained in your correspondence (name, contact details, bank details) to
manage supplier relations and payments, on the basis of our legitimate
interest and our legal obligations. Data is kept for 7 years in line with
Belgian accounting law. You can exercise your rights of access,
rectification, erasure and objection via privacy@northfield-aviation.be.
Full notice: https://www.northfield-aviation.be/privacy
'''),

    ('en', 'postfix-bounce-mimecast-invalid-recipient-full-original', 'automated', (),
'''Return-Path: <>
Received: by mx1.shop.example.be (Postfix)
        id 4RFm8T2wKdz9vZr; Tue,  3 Nov 2026 10:17:26 +0100 (CET)
Date: Tue,  3 Nov 2026 10:17:26 +0100 (CET)
From: MAILER-DAEMON@mx1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4RFm8T2wKdz9vZr.1793783846/mx1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20261103091726.4RFm8T2wKdz9vZr@mx1.shop.example.be>

This is a MIME-encapsulated message.

--4RFm8T2wKdz9vZr.1793783846/mx1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<oliver.hughes@marlowgate-partners.co.uk>: host
    eu-smtp-inbound-1.mimecast.com[91.220.42.231] said: 550 Invalid Recipient -
    https://community.mimecast.com/docs/DOC-1369#550
    [mQkL3wXvPZ2b1nT8rYcE0g.uk188] (in reply to RCPT TO command)

--4RFm8T2wKdz9vZr.1793783846/mx1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.shop.example.be
X-Postfix-Queue-ID: 4RFm8T2wKdz9vZr
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  3 Nov 2026 10:17:24 +0100 (CET)

Final-Recipient: rfc822; oliver.hughes@marlowgate-partners.co.uk
Original-Recipient: rfc822;oliver.hughes@marlowgate-partners.co.uk
Action: failed
Status: 5.0.0
Remote-MTA: dns; eu-smtp-inbound-1.mimecast.com
Diagnostic-Code: smtp; 550 Invalid Recipient -
    https://community.mimecast.com/docs/DOC-1369#550
    [mQkL3wXvPZ2b1nT8rYcE0g.uk188]

--4RFm8T2wKdz9vZr.1793783846/mx1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <privacy@shop.example.be>
Received: from app02.shop.example.be (app02.int.shop.example.be [10.20.0.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFm8T2wKdz9vZr
        for <oliver.hughes@marlowgate-partners.co.uk>; Tue,  3 Nov 2026 10:17:24 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: Oliver Hughes <oliver.hughes@marlowgate-partners.co.uk>
Subject: Your request for a copy of your personal data - PRV-2026-04533
Date: Tue, 3 Nov 2026 10:17:23 +0100
Message-ID: <20261103091723.PRV-2026-04533.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mr Hughes,

Thank you for your request of 29 October 2026 under Article 15 GDPR.

Before we can send you a copy of the personal data we hold about you, we
need to be sure that we are dealing with the account holder. Please reply
to this e-mail from the address linked to your customer account, or tell
us the number of your loyalty card and the date of your last purchase.

We will answer your request within one month of receiving this
confirmation.

Kind regards,

The privacy team
Shop Example BV | privacy@shop.example.be

--4RFm8T2wKdz9vZr.1793783846/mx1.shop.example.be--
'''),

    ('en', 'person-reply-above-colleague-ooo-confirms-access', 'access', (),
'''Return-Path: <emma.clarke@brightwell-consulting.be>
Received: from mail-db5eur02on2118.outbound.protection.outlook.com (mail-db5eur02on2118.outbound.protection.outlook.com [40.107.249.118])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RG4pV0cRtz9vWq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:48:53 +0100 (CET)
From: Emma Clarke <emma.clarke@brightwell-consulting.be>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: RE: Automatic reply: Your access request - PRV-2026-04497
Thread-Topic: Automatic reply: Your access request - PRV-2026-04497
Thread-Index: AQHbLoP1ZCq8r0yUj0m3x9Kfq2G5bQAAQ1Yw
Date: Wed, 4 Nov 2026 10:48:49 +0000
Message-ID: <DB8PR09MB33409E4C1A7F25B6D03E8A9FC2B18@DB8PR09MB3340.eurprd09.prod.outlook.com>
References: <20261030153310.PRV-2026-04497.r1@shop.example.be>
 <PA4PR09MB6612E0B7A35C81D40F29B6E7A4C55@PA4PR09MB6612.eurprd09.prod.outlook.com>
 <20261103082207.PRV-2026-04497.r2@shop.example.be>
In-Reply-To: <20261103082207.PRV-2026-04497.r2@shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hello,

Sorry for the confusion - the out-of-office below is from my colleague Tom, who I had copied in by mistake when I first wrote to you. I'm the one who made the request, and this is my own address (it's the one on my customer account).

So yes, please go ahead: I'd like a copy of all the personal data you hold about me, and a list of the companies you've passed it on to, if any.

Thanks,
Emma

Emma Clarke
Senior Consultant | Brightwell Consulting
Rue de la Loi 42 Wetstraat | 1040 Brussels
M +32 478 21 64 90

This e-mail is intended only for the person(s) to whom it is addressed and may contain confidential information. If you have received it in error, please notify the sender and delete it. Brightwell Consulting processes personal data in line with the GDPR - see brightwell-consulting.be/privacy.

-----Original Message-----
From: Shop Example - Privacy <privacy@shop.example.be>
Sent: Tuesday, November 3, 2026 9:22 AM
To: Emma Clarke <emma.clarke@brightwell-consulting.be>
Subject: RE: Automatic reply: Your access request - PRV-2026-04497

Dear Ms Clarke,

We only received the automatic reply below in answer to our message of 30 October. Could you confirm that the request for access is yours and that we may send the answer to this address?

Kind regards,
The privacy team, Shop Example BV

-----Original Message-----
From: Tom Vermeulen <tom.vermeulen@brightwell-consulting.be>
Sent: Friday, October 30, 2026 4:33 PM
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: Automatic reply: Your access request - PRV-2026-04497

I am out of the office until 16 November with no access to e-mail. For urgent matters please contact info@brightwell-consulting.be.

Ik ben afwezig tot 16 november. / Je suis absent jusqu'au 16 novembre.
''')),

    # ------------------------------------------------------------------ nl
    ('nl', 'ooo-nl-fr-en-ouderschapsverlof-stad-avg-disclaimer', 'automated', (),
'''Return-Path: <lotte.desmet@oudenbeek.be>
Received: from mail-am6eur05on2095.outbound.protection.outlook.com (mail-am6eur05on2095.outbound.protection.outlook.com [40.107.22.95])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDk2m5Hs1z9vXn
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 10:03:41 +0100 (CET)
From: Lotte De Smet <lotte.desmet@oudenbeek.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw verzoek tot verbetering van uw gegevens (PRV-2026-04488)
Thread-Topic: Uw verzoek tot verbetering van uw gegevens (PRV-2026-04488)
Thread-Index: AQHbKfK3c3Lq4xR1Wk6E0P8y3bHnCg==
Date: Thu, 29 Oct 2026 09:03:39 +0000
Message-ID: <AS8PR10MB6105F1A73E0C2D94B56E7A8D1C4F2@AS8PR10MB6105.EURPRD10.PROD.OUTLOOK.COM>
In-Reply-To: <20261029090317.PRV-2026-04488.r1@shop.example.be>
References: <20261029090317.PRV-2026-04488.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Beste,

Bedankt voor uw bericht. Ik ben met ouderschapsverlof tot en met vrijdag 27 november 2026. Uw e-mail wordt niet automatisch doorgestuurd. Voor dringende vragen over de dienst Burgerzaken kunt u terecht bij burgerzaken@oudenbeek.be of op het nummer 03 480 21 10.

Bonjour,
Merci pour votre message. Je suis en congé parental jusqu'au vendredi 27 novembre 2026 inclus. Votre e-mail ne sera pas transféré. Pour toute question urgente concernant le service Population, écrivez à burgerzaken@oudenbeek.be.

Hello,
Thank you for your e-mail. I am on parental leave until Friday 27 November 2026. Your message will not be forwarded. For urgent matters, please contact burgerzaken@oudenbeek.be.

Met vriendelijke groeten

Lotte De Smet
Deskundige Burgerzaken
Stad Oudenbeek | Grote Markt 1 | 2590 Oudenbeek
www.oudenbeek.be

Stad Oudenbeek verwerkt uw persoonsgegevens overeenkomstig de Algemene Verordening Gegevensbescherming (AVG). Meer informatie over de verwerking en over uw rechten (inzage, verbetering, verwijdering, bezwaar) vindt u op www.oudenbeek.be/privacy. Met vragen kunt u terecht bij onze functionaris voor gegevensbescherming: privacy@oudenbeek.be.
Dit e-mailbericht en de eventuele bijlagen zijn uitsluitend bestemd voor de geadresseerde(n). Bent u niet de geadresseerde, gelieve de afzender te verwittigen en het bericht te vernietigen. Aan dit bericht kunnen geen rechten worden ontleend.
''')),

    ('nl', 'hospital-auto-ack-referentie-openingsuren-avg', 'automated', (),
'''Return-Path: <noreply@azzuiderkempen.be>
Received: from smtp-out2.azzuiderkempen.be (smtp-out2.azzuiderkempen.be [185.47.112.36])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDwB97Xqcz9vYd
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 16:40:02 +0100 (CET)
From: AZ Zuiderkempen - Patientenadministratie <noreply@azzuiderkempen.be>
To: privacy@shop.example.be
Subject: Ontvangstbevestiging - referentie PA-2026-117942
Date: Thu, 29 Oct 2026 16:39:58 +0100
Message-ID: <ack.PA-2026-117942.20261029163958@azzuiderkempen.be>
X-Mailer: Xperthis Mailing Service 4.2
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Geachte,

Wij hebben uw e-mail aan de Patiëntenadministratie van AZ Zuiderkempen goed ontvangen. Uw bericht werd geregistreerd onder referentie PA-2026-117942.

Wij behandelen uw vraag zo snel mogelijk en uiterlijk binnen 5 werkdagen.

Let op:
- Deze mailbox is niet bedoeld voor medische vragen of dringende zaken. Bel in geval van nood 112 of contacteer uw huisarts of de huisartsenwachtpost (1733).
- Een afspraak maken, verplaatsen of annuleren kan via ons online afsprakenplatform of op 014 51 20 00.
- Vragen over uw ziekenhuisfactuur: facturatie@azzuiderkempen.be.

Openingsuren onthaal Patiëntenadministratie
maandag tot vrijdag van 7.30 tot 18.00 uur, zaterdag van 9.00 tot 12.00 uur.
Gesloten op zon- en feestdagen (ook op maandag 2 en woensdag 11 november).

Dit is een automatisch gegenereerd bericht. Gelieve niet op deze e-mail te antwoorden.

Bescherming van uw persoonsgegevens
AZ Zuiderkempen verwerkt uw persoonsgegevens in overeenstemming met de Algemene Verordening Gegevensbescherming (AVG) en de wet van 22 augustus 2002 betreffende de rechten van de patiënt. U hebt recht op inzage in en verbetering van uw gegevens en, in bepaalde gevallen, op verwijdering of beperking van de verwerking. Meer informatie vindt u in onze privacyverklaring op www.azzuiderkempen.be/privacy. Met vragen kunt u terecht bij onze functionaris voor gegevensbescherming: dpo@azzuiderkempen.be.
''')),

    ('nl', 'exchange-online-ndr-nl-postvak-vol-scholengroep', 'automated', (),
'''Return-Path: <>
Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2040.outbound.protection.outlook.com [40.107.20.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDPz44c1Qz9vXh
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 11:02:58 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sgkempenland.be>
To: <privacy@shop.example.be>
Date: Wed, 28 Oct 2026 10:02:55 +0000
Subject: Onbestelbaar: Uw verzoek tot verwijdering - referentie PRV-2026-04509
Message-ID: <8b1d7a45-3e92-4c0f-b6a1-22f0d9e5c377@AS8PR04MB8226.eurprd04.prod.outlook.com>
In-Reply-To: <20261028100251.PRV-2026-04509.r1@shop.example.be>
References: <20261028100251.PRV-2026-04509.r1@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
X-MS-Exchange-Organization-SCL: -1
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_8b1d7a453e924c0fb6a122f0d9e5c377AS8PR04MB8226eurprd04_"

--_000_8b1d7a453e924c0fb6a122f0d9e5c377AS8PR04MB8226eurprd04_
Content-Type: multipart/alternative; differences=Content-Type;
        boundary="b2c5e3f0-6d1a-4a7e-9c4b-71e0aa93f5d2"

--b2c5e3f0-6d1a-4a7e-9c4b-71e0aa93f5d2
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Uw bericht aan an.peeters@sgkempenland.be kan niet worden bezorgd.

Het postvak van an.peeters is vol.

Actie vereist                                            Ontvanger
Probeer het later opnieuw te verzenden                   an.peeters

Hoe kan ik dit probleem oplossen?
Het bericht is niet bezorgd omdat het postvak van de ontvanger vol is. Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger, bijvoorbeeld telefonisch, en vraag hem of haar ruimte vrij te maken in het postvak.

Meer informatie voor e-mailbeheerders
Statuscode: 554 5.2.2
Dit bericht is gemaakt door een e-mailserver. Antwoorden op dit bericht worden niet gelezen.

Oorspronkelijke berichtkoppen:

Received: from mx1.shop.example.be (185.12.64.21) by AM0PR04CA0033.outlook.office365.com
 with Microsoft SMTP Server; Wed, 28 Oct 2026 10:02:52 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: An Peeters <an.peeters@sgkempenland.be>
Subject: Uw verzoek tot verwijdering - referentie PRV-2026-04509
Date: Wed, 28 Oct 2026 11:02:51 +0100
Message-ID: <20261028100251.PRV-2026-04509.r1@shop.example.be>
''') + '''
--b2c5e3f0-6d1a-4a7e-9c4b-71e0aa93f5d2
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p>Uw bericht aan <a href="mailto:an.peeters@sgkempenland.be">an.peeters@sgkempenland.be</a> kan niet worden bezorgd.</p>
<p><b>Het postvak van an.peeters is vol.</b></p>
<p>Probeer het bericht later opnieuw te verzenden of neem op een andere manier contact op met de ontvanger.</p>
<p style="color:#666">Statuscode: 554 5.2.2<br>Dit bericht is gemaakt door een e-mailserver. Antwoorden op dit bericht worden niet gelezen.</p>
</div></body></html>
''') + '''
--b2c5e3f0-6d1a-4a7e-9c4b-71e0aa93f5d2--

--_000_8b1d7a453e924c0fb6a122f0d9e5c377AS8PR04MB8226eurprd04_
Content-Type: message/delivery-status

Reporting-MTA: dns;AS8PR04MB8226.eurprd04.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Wed, 28 Oct 2026 10:02:52 +0000

Final-Recipient: rfc822;an.peeters@sgkempenland.be
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded;
 Failed to process message due to a permanent exception with message
 [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]
Remote-MTA: dns;AS8PR04MB8226.eurprd04.prod.outlook.com
X-Display-Name: An Peeters

--_000_8b1d7a453e924c0fb6a122f0d9e5c377AS8PR04MB8226eurprd04_
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (185.12.64.21) by AM0PR04CA0033.outlook.office365.com
 (2603:10a6:208:122::46) with Microsoft SMTP Server id 15.20.8922.14 via Frontend
 Transport; Wed, 28 Oct 2026 10:02:52 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: An Peeters <an.peeters@sgkempenland.be>
Subject: Uw verzoek tot verwijdering - referentie PRV-2026-04509
Date: Wed, 28 Oct 2026 11:02:51 +0100
Message-ID: <20261028100251.PRV-2026-04509.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_000_8b1d7a453e924c0fb6a122f0d9e5c377AS8PR04MB8226eurprd04_--
'''),

    ('nl', 'address-changed-forwarding-notice-boekhoudkantoor-fusie', 'automated', (),
'''Return-Path: <info@verbeke-boekhouding.be>
Received: from smtp.combell-mail.example.net (smtp.combell-mail.example.net [109.68.160.22])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RF1jR6pYkz9vWm
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 08:11:30 +0100 (CET)
From: Boekhoudkantoor Verbeke & Co <info@verbeke-boekhouding.be>
To: privacy@shop.example.be
Subject: Nieuw e-mailadres / Nouvelle adresse e-mail - Re: Bevestiging van uw aanvraag PRV-2026-04514
Date: Mon, 2 Nov 2026 08:11:28 +0100
Message-ID: <autoreply-1793603488.3114@verbeke-boekhouding.be>
In-Reply-To: <20261102071125.PRV-2026-04514.r1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Geachte relatie,

Op 1 oktober 2026 is Boekhoudkantoor Verbeke & Co gefuseerd met
Fidunova Accountants. Het adres info@verbeke-boekhouding.be wordt daarom
niet langer gebruikt en zal op 31 december 2026 definitief worden
afgesloten.

Uw e-mail werd automatisch doorgestuurd naar ons nieuwe algemene adres
kempen@fidunova.be. U hoeft uw bericht dus niet opnieuw te versturen.
Wilt u wel uw adresboek aanpassen?

Onze nieuwe gegevens:
Fidunova Accountants - kantoor Kempen
Herentalsesteenweg 88, 2280 Grobbendonk
tel. 014 50 33 80 | kempen@fidunova.be | www.fidunova.be

---

Chère relation,

Depuis le 1er octobre 2026, le bureau comptable Verbeke & Co a fusionné
avec Fidunova Accountants. Votre e-mail a été transféré automatiquement à
kempen@fidunova.be. Merci de mettre à jour votre carnet d'adresses.

Dit is een automatisch bericht. / Ceci est un message automatique.
'''),

    ('nl', 'person-civil-servant-deletion-above-provincie-disclaimer', 'deletion', (),
'''Return-Path: <koen.vandenbroeck@westkempen.be>
Received: from mail-vi1eur04on2101.outbound.protection.outlook.com (mail-vi1eur04on2101.outbound.protection.outlook.com [40.107.8.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGbN37dC1z9vYt
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 12:37:15 +0100 (CET)
From: Van den Broeck Koen <koen.vandenbroeck@westkempen.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: account verwijderen
Thread-Topic: account verwijderen
Thread-Index: AdtPc4Yh2Qm0d7x5SFi9VgF0u1Wb3A==
Date: Thu, 5 Nov 2026 11:37:12 +0000
Message-ID: <AM8PR07MB7634C9B0E21F4A68D7E53B1CF4A09@AM8PR07MB7634.eurprd07.prod.outlook.com>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Goedemiddag,

Graag had ik mijn klantenaccount bij jullie laten afsluiten en alle gegevens die erbij horen laten wissen, ook die van mijn klantenkaart. Ik stuur dit vanop het werk; het account staat op mijn privéadres koen.vdbroeck@telenet.be.

Alvast bedankt.

Met vriendelijke groeten

Koen Van den Broeck
Dossierbeheerder | Dienst Ruimtelijke Planning
Provincie Westkempen
Provinciehuis, Boudewijnlaan 12, 2300 Turnhout
T 014 85 22 41

-------------------------------------------------------------
Disclaimer: Dit e-mailbericht en de eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Indien u niet de geadresseerde bent, wordt u verzocht de afzender hiervan onmiddellijk in kennis te stellen en het bericht te vernietigen. Elk gebruik, verspreiding of kopiëren door anderen is niet toegestaan.
De provincie Westkempen verwerkt persoonsgegevens volgens de Algemene Verordening Gegevensbescherming (AVG). Voor inzage, verbetering of verwijdering van uw gegevens kunt u terecht bij de functionaris voor gegevensbescherming: privacy@westkempen.be. Meer info: www.westkempen.be/privacy
''', 'iso-8859-1')),

    ('nl', 'person-secretary-forwards-manager-delete-and-stop-mails', 'deletion', ('withdraw_consent',),
'''Return-Path: <ilse.wouters@dewaele-bouw.be>
Received: from mail-am0eur02on2117.outbound.protection.outlook.com (mail-am0eur02on2117.outbound.protection.outlook.com [40.107.247.117])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHD2k1WyNz9vXs
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 09:26:44 +0100 (CET)
From: Ilse Wouters <ilse.wouters@dewaele-bouw.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: Dirk, uw 2.450 punten vervallen op 30 november!
Thread-Topic: Dirk, uw 2.450 punten vervallen op 30 november!
Thread-Index: AQHbL7r8m3b0H9y4RkGwWm7Vn1cPnQAAHrYwAAB5Zw0=
Date: Fri, 6 Nov 2026 08:26:41 +0000
Message-ID: <AM9PR05MB8711A4E7C20F93D1B58E6C2AD3F71@AM9PR05MB8711.eurprd05.prod.outlook.com>
Accept-Language: nl-BE
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Goedemorgen,

In opdracht van de heer Peeters stuur ik u onderstaande vraag door.

Met vriendelijke groeten
Ilse Wouters
Directieassistente
Dewaele Bouw NV | Industrieweg 14 | 9032 Wondelgem
T 09 216 40 12

Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Indien u dit bericht per vergissing ontving, verwittig de afzender en verwijder het bericht. Dewaele Bouw verwerkt persoonsgegevens conform de AVG – zie www.dewaele-bouw.be/privacy.

From: Dirk Peeters <dirk.peeters@dewaele-bouw.be>
Sent: donderdag 5 november 2026 18:04
To: Ilse Wouters <ilse.wouters@dewaele-bouw.be>
Subject: FW: Dirk, uw 2.450 punten vervallen op 30 november!

Ilse, kan jij aan die winkel laten weten dat ze mijn account en al mijn gegevens mogen schrappen? En dat die reclamemails (zie hieronder, elke week zo'n ding) moeten stoppen. Klantnummer staat onderaan in hun mail.
Dank je
Dirk

Verzonden vanaf mijn iPhone

From: Shop Example <nieuws@shop.example.be>
Sent: donderdag 5 november 2026 07:00
To: Dirk Peeters <dirk.peeters@dewaele-bouw.be>
Subject: Dirk, uw 2.450 punten vervallen op 30 november!

Beste Dirk,

U hebt nog 2.450 punten op uw klantenkaart. Ze vervallen op 30 november 2026 - wissel ze nu in voor een korting tot 25 euro in onze winkels of online.

Bekijk uw voordelen: https://www.shop.example.be/mijn-account/punten

Klantnummer: 4021-887-3310
U ontvangt deze e-mail omdat u zich hebt ingeschreven voor onze nieuwsbrief. Uitschrijven: https://www.shop.example.be/nieuwsbrief/uitschrijven
''')),

    # ------------------------------------------------------------------ fr
    ('fr', 'ooo-fr-nl-greve-nationale-commune-bruxelloise', 'automated', (),
'''Return-Path: <v.lejeune@woluwe-stjacques.brussels>
Received: from mx-out1.irisnet-mail.example.net (mx-out1.irisnet-mail.example.net [193.58.12.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJm0c2PvHz9vWk
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 09:41:18 +0100 (CET)
From: LEJEUNE Valerie <v.lejeune@woluwe-stjacques.brussels>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C3=A9ponse_automatique=C2=A0:_Votre_demande_de_rectificati?=
 =?utf-8?Q?on_-_r=C3=A9f._PRV-2026-04558?=
Thread-Topic: Votre demande de rectification - =?utf-8?Q?r=C3=A9f=2E?= PRV-2026-04558
Date: Tue, 10 Nov 2026 08:41:15 +0000
Message-ID: <DB9P189MB1721A36E04B9C5F2D718B04AC1E53@DB9P189MB1721.EURP189.PROD.OUTLOOK.COM>
In-Reply-To: <20261110084110.PRV-2026-04558.r1@shop.example.be>
References: <20261110084110.PRV-2026-04558.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: fr-BE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Madame, Monsieur,

Ce mardi 10 novembre 2026, je participe à la journée d'action nationale. Les guichets de l'administration communale fonctionnent en service minimum. Votre message sera traité dès mon retour, le jeudi 12 novembre (le mercredi 11 novembre est un jour férié - Armistice).

Pour les demandes urgentes de documents d'identité, merci de prendre rendez-vous via www.woluwe-stjacques.brussels/rendez-vous.

---

Geachte mevrouw, geachte heer,

Op dinsdag 10 november 2026 neem ik deel aan de nationale actiedag. De loketten van het gemeentebestuur werken met een minimale dienstverlening. Uw bericht wordt behandeld na mijn terugkeer op donderdag 12 november (woensdag 11 november is een feestdag - Wapenstilstand).

Valérie Lejeune
Service Population - État civil | Dienst Bevolking - Burgerlijke Stand
Administration communale de Woluwe-Saint-Jacques
Gemeentebestuur Sint-Jakobs-Woluwe
Place communale 1 Gemeenteplein | 1200 Bruxelles - Brussel

Avertissement : Ce courriel et ses annexes peuvent contenir des informations confidentielles destinées exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, veuillez en informer l'expéditeur et le détruire. Les données à caractère personnel sont traitées conformément au Règlement général sur la protection des données (RGPD). Pour exercer vos droits (accès, rectification, effacement, opposition), adressez-vous à notre délégué à la protection des données : dpo@woluwe-stjacques.brussels.
Waarschuwing: Deze e-mail en de bijlagen kunnen vertrouwelijke informatie bevatten. Persoonsgegevens worden verwerkt overeenkomstig de AVG; voor uw rechten kunt u terecht bij dpo@woluwe-stjacques.brussels.
''')),

    ('fr', 'cpas-accuse-reception-numero-dossier-heures-ouverture', 'automated', (),
'''Return-Path: <ne-pas-repondre@cpas-hautmont.be>
Received: from relay.cpas-hautmont.be (relay.cpas-hautmont.be [91.183.47.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RH9tT0Lm6z9vXc
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 14:06:52 +0100 (CET)
Date: Thu, 5 Nov 2026 14:06:50 +0100 (CET)
From: CPAS de Hautmont - Accueil <ne-pas-repondre@cpas-hautmont.be>
To: privacy@shop.example.be
Message-ID: <1418726095.20481.1793884010338@gw-cpas01>
Subject: =?UTF-8?Q?Accus=C3=A9_de_r=C3=A9ception_-_dossier_n=C2=B0_2026/AS/08814?=
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All

Madame, Monsieur,

Nous accusons bonne réception de votre courriel adressé au CPAS de Hautmont.
Il a été enregistré sous le numéro de dossier 2026/AS/08814. Merci de
rappeler ce numéro dans toute correspondance ultérieure.

Votre message sera transmis au service concerné, qui vous répondra dans les
meilleurs délais. En cas d'urgence sociale, présentez-vous à l'accueil
pendant les heures d'ouverture ou appelez le 065 88 14 00.

Ceci est un message automatique : merci de ne pas y répondre.

Heures d'ouverture de l'accueil :
  lundi, mardi, jeudi : 8h30 - 12h00 et 13h30 - 16h00
  mercredi et vendredi : 8h30 - 12h00
Fermé les 1er, 2 et 11 novembre, ainsi que le 15 novembre (fête du Roi).

Protection des données : le CPAS de Hautmont traite les données à caractère
personnel contenues dans votre message uniquement pour le traitement de
votre demande, conformément au Règlement (UE) 2016/679 (RGPD) et à la loi
du 30 juillet 2018. Vous disposez d'un droit d'accès, de rectification et,
dans certains cas, d'effacement ou de limitation. Délégué à la protection
des données : dpo@cpas-hautmont.be. Vous pouvez également introduire une
réclamation auprès de l'Autorité de protection des données
(www.autoriteprotectiondonnees.be).

CPAS de Hautmont - Rue de la Station 14 - 7190 Hautmont
'''),

    ('fr', 'exchange-onprem-ndr-fr-destinataire-introuvable-intercommunale', 'automated', (),
'''Return-Path: <>
Received: from mail2.ihe-eau.be (mail2.ihe-eau.be [194.78.201.55])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFRy81fGsz9vYb
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 15:29:07 +0100 (CET)
From: postmaster@ihe-eau.be
To: privacy@shop.example.be
Date: Tue, 3 Nov 2026 15:29:05 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="9B095B5ADSN=_01DB4E2A7C3F8D9100000A1Fexch02.ihe.local"
X-DSNContext: 7ce717b1 - 1465 - 00000002 - 00000000
Message-ID: <a2ZrQ1pJYk1tN0FF00000c41@exch02.ihe.local>
Subject: =?iso-8859-1?Q?Non_remis=A0:_Votre_demande_de_rectification_-_r=E9f=2E_PRV-2026-04529?=

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01DB4E2A7C3F8D9100000A1Fexch02.ihe.local
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Impossible de remettre le message à ces destinataires ou groupes :

marc.dubois@ihe-eau.be
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et réessayez d'envoyer le message. Si le problème persiste, contactez votre support technique.


Informations de diagnostic pour les administrateurs :

Serveur de génération : exch02.ihe.local

marc.dubois@ihe-eau.be
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

En-têtes du message d'origine :

Received: from mx1.shop.example.be (185.12.64.21) by exch02.ihe.local
 (10.1.4.22) with Microsoft SMTP Server id 15.1.2507.39; Tue, 3 Nov 2026
 15:29:04 +0100
From: Shop Example - Privacy <privacy@shop.example.be>
To: Marc Dubois <marc.dubois@ihe-eau.be>
Subject: Votre demande de rectification - réf. PRV-2026-04529
Date: Tue, 3 Nov 2026 15:29:02 +0100
Message-ID: <20261103142902.PRV-2026-04529.r1@shop.example.be>
''', 'iso-8859-1') + '''
--9B095B5ADSN=_01DB4E2A7C3F8D9100000A1Fexch02.ihe.local
Content-Type: message/delivery-status

Reporting-MTA: dns;exch02.ihe.local
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 3 Nov 2026 14:29:04 +0000

Final-Recipient: rfc822;marc.dubois@ihe-eau.be
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--9B095B5ADSN=_01DB4E2A7C3F8D9100000A1Fexch02.ihe.local
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (185.12.64.21) by exch02.ihe.local
 (10.1.4.22) with Microsoft SMTP Server id 15.1.2507.39; Tue, 3 Nov 2026
 15:29:04 +0100
From: Shop Example - Privacy <privacy@shop.example.be>
To: Marc Dubois <marc.dubois@ihe-eau.be>
Subject: =?utf-8?Q?Votre_demande_de_rectification_-_r=C3=A9f=2E_PRV-2026-04529?=
Date: Tue, 3 Nov 2026 15:29:02 +0100
Message-ID: <20261103142902.PRV-2026-04529.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Return-Path: privacy@shop.example.be

--9B095B5ADSN=_01DB4E2A7C3F8D9100000A1Fexch02.ihe.local--
'''),

    ('fr', 'outlook-read-receipt-fr-lu', 'automated', (),
'''Return-Path: <helene.mathieu@mutualite-vesdre.be>
Received: from mail-pr3eur02on2062.outbound.protection.outlook.com (mail-pr3eur02on2062.outbound.protection.outlook.com [40.107.244.62])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFh5Y3bWnz9vWr
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 14:05:09 +0100 (CET)
From: =?iso-8859-1?Q?MATHIEU_H=E9l=E8ne?= <helene.mathieu@mutualite-vesdre.be>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: =?iso-8859-1?Q?Lu=A0:_Votre_demande_d'acc=E8s_-_r=E9f=2E_PRV-2026-04466?=
Thread-Topic: =?iso-8859-1?Q?Votre_demande_d'acc=E8s_-_r=E9f=2E_PRV-2026-04466?=
Date: Tue, 3 Nov 2026 13:05:02 +0000
Message-ID: <PR3PR04MB72113D60B9E84F1A2C07B5E9A6D21@PR3PR04MB7211.eurprd04.prod.outlook.com>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
        boundary="_000_PR3PR04MB72113D60B9E84F1A2C07B5E9A6D21PR3PR04MB7211eurp_"

--_000_PR3PR04MB72113D60B9E84F1A2C07B5E9A6D21PR3PR04MB7211eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Votre message

  À : MATHIEU Hélène
  Objet : Votre demande d'accès - réf. PRV-2026-04466
  Envoyé : mardi 3 novembre 2026 10:12:33 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le mardi 3 novembre 2026 14:05:01 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
''', 'iso-8859-1') + '''
--_000_PR3PR04MB72113D60B9E84F1A2C07B5E9A6D21PR3PR04MB7211eurp_
Content-Type: message/disposition-notification

Final-Recipient: rfc822;helene.mathieu@mutualite-vesdre.be
Original-Message-ID: <20261103091233.PRV-2026-04466.r2@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_PR3PR04MB72113D60B9E84F1A2C07B5E9A6D21PR3PR04MB7211eurp_--
'''),

    ('fr', 'person-pastes-shop-auto-ack-asks-why-no-answer', 'complaint', ('access',),
'''Return-Path: <nathalie.lambert@cpas-hautmont.be>
Received: from relay.cpas-hautmont.be (relay.cpas-hautmont.be [91.183.47.210])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDq9W4kXgz9vZa
        for <privacy@shop.example.be>; Fri, 30 Oct 2026 13:52:37 +0100 (CET)
Date: Fri, 30 Oct 2026 13:52:31 +0100
From: Nathalie Lambert <nathalie.lambert@cpas-hautmont.be>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Demande_d'acc=C3=A8s_du_28_septembre_-_toujours_aucune_r=C3=A9ponse?=
Message-ID: <5f2c1b9e-77d0-4b8e-9e21-ad3c6f41e0b7@cpas-hautmont.be>
User-Agent: Mozilla Thunderbird
Content-Language: fr
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Le 28 septembre, je vous ai demandé une copie des données personnelles
que vous détenez à mon sujet (compte client et carte de fidélité
n° 6200 4417 8893). La seule réponse que j'ai reçue est votre accusé de
réception automatique, que je colle ci-dessous.

Nous sommes le 30 octobre, le délai d'un mois est dépassé et personne ne
m'a répondu. Pourquoi ? Je vous demande de me transmettre ces données sans
plus tarder. À défaut de réponse dans les prochains jours, je
m'adresserai à l'Autorité de protection des données.

--- votre réponse du 28/09 ---
Merci pour votre message. Votre demande a bien été enregistrée sous la
référence PRV-2026-03987. Nous vous répondrons dans un délai d'un mois.
Ceci est un message automatique, merci de ne pas y répondre.
Shop Example BV - Service Protection des données
-----------------------------

Nathalie Lambert
Assistante sociale - Service d'insertion
CPAS de Hautmont | Rue de la Station 14 | 7190 Hautmont
Tél. 065 88 14 27

--
Ce courriel et ses éventuelles annexes sont confidentiels et destinés
exclusivement à la personne ou à l'entité à qui ils sont adressés. Si
vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le
supprimer. Le CPAS de Hautmont traite les données personnelles
conformément au RGPD - informations : www.cpas-hautmont.be/vie-privee -
DPO : dpo@cpas-hautmont.be.
'''),

    ('fr', 'person-bilingual-fr-nl-address-change-region-bruxelloise', 'correction', (),
'''Return-Path: <tdewilde@sprb-permis.brussels>
Received: from mail-ve1eur03on2139.outbound.protection.outlook.com (mail-ve1eur03on2139.outbound.protection.outlook.com [40.107.15.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKr6h2NbSz9vXw
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 10:15:48 +0100 (CET)
From: DE WILDE Thomas <tdewilde@sprb-permis.brussels>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Changement_d'adresse_/_Adreswijziging_=E2=80=93_carte_fid?=
 =?utf-8?Q?=C3=A9lit=C3=A9_6200_3381_0742?=
Thread-Topic: =?utf-8?Q?Changement_d'adresse_/_Adreswijziging_=E2=80=93_carte_fid?=
 =?utf-8?Q?=C3=A9lit=C3=A9_6200_3381_0742?=
Date: Thu, 12 Nov 2026 09:15:45 +0000
Message-ID: <VE1PR03MB5902B1C7E84A36F09D2E5A7BC0E14@VE1PR03MB5902.eurprd03.prod.outlook.com>
Accept-Language: fr-BE, nl-BE
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Bonjour,

J'ai déménagé le 1er novembre. Pourriez-vous remplacer l'adresse liée à mon compte client et à ma carte de fidélité (n° 6200 3381 0742) ?
Ancienne adresse : rue Vanderkindere 118, 1180 Uccle
Nouvelle adresse : avenue Émile Max 27, boîte 4, 1030 Schaerbeek
Mon numéro de GSM reste le même (0486 71 22 59).

---

Goedendag,

Ik ben op 1 november verhuisd. Kunnen jullie het adres van mijn klantenaccount en klantenkaart (nr. 6200 3381 0742) aanpassen?
Oud adres: Vanderkinderestraat 118, 1180 Ukkel
Nieuw adres: Emile Maxlaan 27, bus 4, 1030 Schaarbeek

Merci / Bedankt,
Thomas De Wilde

Thomas De Wilde
Attaché - Service régional des Permis | Attaché - Gewestelijke Vergunningsdienst
Région de Bruxelles-Capitale | Brussels Hoofdstedelijk Gewest
Mont des Arts 10-13 Kunstberg | 1000 Bruxelles - Brussel

Ce message peut contenir des informations confidentielles. S'il ne vous est pas destiné, merci d'en avertir l'expéditeur et de le supprimer. Vos données à caractère personnel sont traitées conformément au RGPD - www.sprb-permis.brussels/vie-privee.
Dit bericht kan vertrouwelijke informatie bevatten. Indien het niet voor u bestemd is, gelieve de afzender te verwittigen en het te verwijderen. Uw persoonsgegevens worden verwerkt volgens de AVG - www.sprb-permis.brussels/privacy.
''')),

    # ------------------------------------------------------------------ de
    ('de', 'ooo-de-fr-nl-ostbelgien-gemeinde-feiertag-11-november', 'automated', (),
'''Return-Path: <standesamt@hergenbach.be>
Received: from mail.hergenbach.be (mail.hergenbach.be [212.71.18.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RK2Mx0ZjTz9vYh
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 10:24:03 +0100 (CET)
Date: Wed, 11 Nov 2026 10:24:01 +0100
From: Gemeinde Hergenbach - Standesamt <standesamt@hergenbach.be>
To: privacy@shop.example.be
Subject: =?ISO-8859-1?Q?Abwesenheitsnotiz=3A_Ihr_Antrag_auf_L=F6schung_-_Ref=2E_PR?=
 =?ISO-8859-1?Q?V-2026-04563?=
Message-ID: <vacation.1794389041.27731@mail.hergenbach.be>
In-Reply-To: <20261111092358.PRV-2026-04563.r1@shop.example.be>
References: <20261111092358.PRV-2026-04563.r1@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
X-Mailer: Zimbra 10.0.9_GA_4661 (zclient/10.0.9_GA_4661)
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Sehr geehrte Damen und Herren,

am Mittwoch, dem 11. November 2026 (Waffenstillstand), bleibt die Gemeindeverwaltung Hergenbach geschlossen. Ab Donnerstag, dem 12. November, sind wir zu den gewohnten Öffnungszeiten wieder für Sie da. Ihre E-Mail wird dann bearbeitet.

Öffnungszeiten Bürgerdienst: Montag bis Freitag 8.30-12.00 Uhr, Dienstag zusätzlich 14.00-18.00 Uhr.

---

Madame, Monsieur,

Le mercredi 11 novembre 2026 (Armistice), l'administration communale de Hergenbach est fermée. Nous serons à nouveau à votre disposition à partir du jeudi 12 novembre.

Geachte mevrouw, geachte heer,

Op woensdag 11 november 2026 (Wapenstilstand) is het gemeentebestuur van Hergenbach gesloten. Vanaf donderdag 12 november zijn wij opnieuw bereikbaar.

Gemeinde Hergenbach - Standesamt / Bevölkerung
Kirchplatz 3, 4730 Hergenbach

Datenschutzhinweis: Die Gemeinde Hergenbach verarbeitet personenbezogene Daten gemäß der Datenschutz-Grundverordnung (DSGVO). Informationen über Ihre Rechte auf Auskunft, Berichtigung, Löschung und Widerspruch finden Sie unter www.hergenbach.be/datenschutz. Datenschutzbeauftragter: datenschutz@hergenbach.be.
Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht.
''', 'iso-8859-1')),

    ('de', 'ooo-de-aachen-gmbh-pflichtangaben-datenschutz', 'automated', (),
'''Return-Path: <s.kremer@mueller-hansen-logistik.de>
Received: from mx02.mueller-hansen-logistik.de (mx02.mueller-hansen-logistik.de [88.79.140.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RF3Bq5cVvz9vXa
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 09:47:21 +0100 (CET)
From: "Kremer, Sabine" <s.kremer@mueller-hansen-logistik.de>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatische Antwort: Your request for access - ref. PRV-2026-04521
Thread-Topic: Your request for access - ref. PRV-2026-04521
Thread-Index: AQHbLNp4v9Uo2m1c0UKx3wGz8b7VRA==
Date: Mon, 2 Nov 2026 08:47:18 +0000
Message-ID: <0c7f1e3b9a2d4e56b8a1c4f07d92e315@MH-EXCH01.mhl.local>
In-Reply-To: <20261102084713.PRV-2026-04521.r1@shop.example.be>
References: <20261102084713.PRV-2026-04521.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: s.kremer@mueller-hansen-logistik.de
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 6. November 2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Jonas Brandt (j.brandt@mueller-hansen-logistik.de, +49 241 9130-214).

Thank you for your e-mail. I am out of the office until Friday, 6 November 2026. For urgent matters please contact Jonas Brandt (j.brandt@mueller-hansen-logistik.de).

Mit freundlichen Grüßen
Sabine Kremer
Teamleitung Disposition Benelux

Müller & Hansen Logistik GmbH
Eilendorfer Straße 210 · 52078 Aachen
Tel. +49 241 9130-0 · www.mueller-hansen-logistik.de

Sitz der Gesellschaft: Aachen · Registergericht: Amtsgericht Aachen HRB 14872
Geschäftsführer: Dr. Matthias Hansen, Petra Müller-Lenz · USt-IdNr. DE 812 447 319

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
Informationen zur Verarbeitung Ihrer personenbezogenen Daten nach Art. 13 und 14 DSGVO sowie zu Ihren Rechten finden Sie unter www.mueller-hansen-logistik.de/datenschutz.
''', 'iso-8859-1')),

    ('de', 'otrs-ticket-eingangsbestaetigung-versicherungsmakler', 'automated', (),
'''Return-Path: <service@rheinwall-versicherungsmakler.de>
Received: from otrs.rheinwall-versicherungsmakler.de (otrs.rheinwall-versicherungsmakler.de [5.9.114.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGzQ51kTgz9vWf
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 16:58:40 +0100 (CET)
From: "Rheinwall Versicherungsmakler - Kundenservice" <service@rheinwall-versicherungsmakler.de>
To: privacy@shop.example.be
Subject: [Ticket#2026110571000214] =?UTF-8?Q?Eingangsbest=C3=A4tigung=3A?=
 RE: Your data request - ref. PRV-2026-04548
Date: Thu, 05 Nov 2026 16:58:38 +0100
Message-ID: <1793894318.948211.217704388@otrs.rheinwall-versicherungsmakler.de>
In-Reply-To: <20261105155831.PRV-2026-04548.r1@shop.example.be>
References: <20261105155831.PRV-2026-04548.r1@shop.example.be>
X-Loop: yes
Precedence: bulk
Auto-Submitted: auto-replied
X-Mailer: OTRS Mail Service (6.0.x)
Reply-To: service@rheinwall-versicherungsmakler.de
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen ist bei uns eingegangen und
wurde unter der Ticketnummer 2026110571000214 erfasst.

Bitte geben Sie bei Rückfragen immer diese Nummer im Betreff an, z. B.
"[Ticket#2026110571000214]". So können wir Ihre Nachricht schneller
zuordnen.

Wir bearbeiten Ihr Anliegen in der Reihenfolge des Eingangs, in der Regel
innerhalb von zwei Werktagen. Bei Schadenmeldungen außerhalb unserer
Geschäftszeiten erreichen Sie unsere Notfall-Hotline unter
0800 724 66 00.

Geschäftszeiten: Mo-Do 8:00-17:00 Uhr, Fr 8:00-14:00 Uhr

Dies ist eine automatisch erzeugte Nachricht.

Mit freundlichen Grüßen
Ihr Kundenservice-Team

Rheinwall Versicherungsmakler GmbH & Co. KG
Königsallee 61 · 40215 Düsseldorf
Registergericht Düsseldorf HRA 24418 · Vermittlerregister D-K8RW-QZ1V3-41

Datenschutz: Wir verarbeiten Ihre personenbezogenen Daten ausschließlich zur
Bearbeitung Ihres Anliegens gemäß Art. 6 Abs. 1 lit. b und f DSGVO. Sie haben
das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der
Verarbeitung, Datenübertragbarkeit und Widerspruch. Unseren
Datenschutzbeauftragten erreichen Sie unter datenschutz@rheinwall-versicherungsmakler.de.
'''),

    ('de', 'hoster-bounce-de-en-postfach-existiert-nicht', 'automated', (),
'''Return-Path: <>
Received: from mout-bounce.kundenserver-mail.example.de (mout-bounce.kundenserver-mail.example.de [212.227.126.190])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJ0kN4bHxz9vYn
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 11:30:55 +0100 (CET)
Date: Mon, 9 Nov 2026 11:30:53 +0100
From: Mail Delivery System <MAILER-DAEMON@kundenserver-mail.example.de>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Unzustellbar=3A_Mail_delivery_failed=3A_returning_message_t?=
 =?UTF-8?Q?o_sender?=
Message-ID: <E1vKx9Q-3ff2Lh0nGx-00Aq1w@mout-bounce.kundenserver-mail.example.de>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="1794220253-eximdsn-1804289383"

--1794220253-eximdsn-1804289383
Content-type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch vom Mail-System erstellt.

Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger
nicht zugestellt werden. Dies ist ein dauerhafter Fehler. Die folgenden
Adressen sind betroffen:

  info@baeckerei-schmitz-monschau.de
    Das Postfach existiert nicht oder wurde gelöscht.
    (SMTP-Fehler: 550 5.1.1 Requested action not taken: mailbox unavailable)

Bitte prüfen Sie die Empfängeradresse. Bei Fragen wenden Sie sich an den
Empfänger auf anderem Weg.

--------------------------------------------------------------------------

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  info@baeckerei-schmitz-monschau.de
    mailbox unavailable

--1794220253-eximdsn-1804289383
Content-type: message/delivery-status

Reporting-MTA: dns; mout-bounce.kundenserver-mail.example.de

Action: failed
Final-Recipient: rfc822;info@baeckerei-schmitz-monschau.de
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Requested action not taken: mailbox unavailable

--1794220253-eximdsn-1804289383
Content-type: message/rfc822

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be ([185.12.64.21]) by mx.kundenserver-mail.example.de
 (mxeue012) with ESMTPS id 1MbRfI-1vKx9P0uT3-00eWq8 for
 <info@baeckerei-schmitz-monschau.de>; Mon, 09 Nov 2026 11:30:52 +0100
From: Shop Example - Privacy <privacy@shop.example.be>
To: info@baeckerei-schmitz-monschau.de
Subject: Your business account - confirmation of your data request PRV-2026-04552
Date: Mon, 9 Nov 2026 11:30:50 +0100
Message-ID: <20261109103050.PRV-2026-04552.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear customer,

We confirm receipt of your request concerning the personal data linked to
your business account. Reference: PRV-2026-04552. We will come back to you
within one month.

The privacy team - Shop Example BV

--1794220253-eximdsn-1804289383--
'''),

    ('de', 'person-eupen-objection-profiling-loyalty-card', 'objection', (),
'''Return-Path: <michael.heinen@hergenbach.be>
Received: from mail.hergenbach.be (mail.hergenbach.be [212.71.18.93])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJ6tC2yQwz9vXm
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 14:12:36 +0100 (CET)
Date: Mon, 9 Nov 2026 14:12:33 +0100 (CET)
From: Michael Heinen <michael.heinen@hergenbach.be>
To: privacy@shop.example.be
Message-ID: <1219334866.61833.1794229953427.JavaMail.zimbra@hergenbach.be>
Subject: Kundenkarte - Widerspruch gegen Auswertung
X-Mailer: Zimbra 10.0.9_GA_4661 (ZimbraWebClient - FF132 (Win)/10.0.9_GA_4661)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Guten Tag,

ich habe Ihre Kundenkarte (Nr. 6200 1185 6604) und bekomme seit einiger Zeit in der App "persönliche Angebote", die offensichtlich aus meinen Einkäufen errechnet werden. Dem widerspreche ich hiermit: Ich möchte nicht, dass Sie mein Einkaufsverhalten auswerten und daraus ein Profil für Werbung erstellen. Die Karte selbst möchte ich für die Punkte weiter nutzen.

Bitte bestätigen Sie mir kurz, dass das umgesetzt ist.

Mit freundlichen Grüßen
Michael Heinen

--
Michael Heinen
Finanzdienst / Service des Finances
Gemeinde Hergenbach | Kirchplatz 3 | 4730 Hergenbach
Tel. 087 63 90 41

Datenschutzhinweis: Die Gemeinde Hergenbach verarbeitet personenbezogene Daten gemäß der DSGVO. Informationen über Ihre Rechte finden Sie unter www.hergenbach.be/datenschutz.
Avis de confidentialité : la commune de Hergenbach traite les données personnelles conformément au RGPD. Plus d'informations : www.hergenbach.be/datenschutz.
''')),

    # ------------------------------------------------------------------ es
    ('es', 'ooo-es-en-aviso-legal-lopdgdd-exportadora', 'automated', (),
'''Return-Path: <jmartinez@frutaslevante.es>
Received: from mail-db3eur04on2075.outbound.protection.outlook.com (mail-db3eur04on2075.outbound.protection.outlook.com [40.107.6.75])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDB1s6tP0z9vYq
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 17:31:12 +0100 (CET)
From: Javier Martinez Soler <jmartinez@frutaslevante.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?UmVzcHVlc3RhIGF1dG9tw6F0aWNhOiBZb3VyIGRhdGEgcmVxdWVzdCAtIHJl?=
 =?utf-8?B?Zi4gUFJWLTIwMjYtMDQ1MjQ=?=
Thread-Topic: Your data request - ref. PRV-2026-04524
Date: Wed, 28 Oct 2026 16:31:09 +0000
Message-ID: <DB7PR08MB38654E1AF03C92B7D6E15A2CB7F08@DB7PR08MB3865.eurprd08.prod.outlook.com>
In-Reply-To: <20261028163102.PRV-2026-04524.r1@shop.example.be>
References: <20261028163102.PRV-2026-04524.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 2 de noviembre, sin acceso al correo electrónico. Su mensaje no será reenviado. Para asuntos urgentes puede ponerse en contacto con comercial@frutaslevante.es o llamar al +34 961 20 44 80.

Thank you for your message. I am out of the office until Monday 2 November with no access to e-mail. For urgent matters please contact comercial@frutaslevante.es or call +34 961 20 44 80.

Un saludo / Best regards,

Javier Martínez Soler
Key Account Manager Benelux
Frutas Levante Export, S.L.
Camí de la Mar 18 · 46120 Alboraia (Valencia)

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Frutas Levante Export, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.

PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018, de 5 de diciembre (LOPDGDD), le informamos de que sus datos personales serán tratados por Frutas Levante Export, S.L. con la finalidad de mantener la relación comercial y gestionar la comunicación con usted. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación del tratamiento y portabilidad dirigiéndose a protecciondedatos@frutaslevante.es, así como presentar una reclamación ante la Agencia Española de Protección de Datos (www.aepd.es).

Antes de imprimir este correo, piense en el medio ambiente.
''')),

    ('es', 'zendesk-solicitud-recibida-ack', 'automated', (),
'''Return-Path: <support@hortaturia.zendesk.com>
Received: from outbyoip12.pod19.euc1.zdsys.com (outbyoip12.pod19.euc1.zdsys.com [188.172.137.12])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGL8b1vDqz9vWs
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 19:07:45 +0100 (CET)
Date: Wed, 04 Nov 2026 18:07:42 +0000
From: Hortaturia Soporte <soporte@hortaturia.com>
Reply-To: Hortaturia Soporte <support+id48213@hortaturia.zendesk.com>
To: Shop Example - Privacy <privacy@shop.example.be>
Message-ID: <8Z4QKD7WRV_69eb1a4e3c8f2_18e2c3f0_sprut@zendesk.com>
In-Reply-To: <20261104180731.PRV-2026-04546.r1@shop.example.be>
Subject: [Hortaturia] Re: Your data request - ref. PRV-2026-04546
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_69eb1a4e3a7d0_18e2c3f01234";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 4f7a19c
X-Zendesk-Email-Id: 01JBQ7XK9M2D8VZ5R3T0HNEWCF
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All


----==_mimepart_69eb1a4e3a7d0_18e2c3f01234
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''##- Escriba su respuesta por encima de esta línea -##

Su solicitud (48213) se ha recibido y está siendo revisada por nuestro personal de soporte.

Para añadir comentarios adicionales, responda a este correo electrónico.

Horario de atención: de lunes a viernes, de 9:00 a 18:00 (hora peninsular).

Hortaturia, S.L. trata sus datos para gestionar su consulta. Más información sobre protección de datos y sus derechos en hortaturia.com/privacidad.

[8Z4QKD-7WRV]
''') + '''
----==_mimepart_69eb1a4e3a7d0_18e2c3f01234
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<!DOCTYPE html><html><head><meta content="text/html; charset=utf-8" http-equiv="Content-Type"></head>
<body style="font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;font-size:14px;color:#2f3941">
<div style="color:#b5b5b5">##- Escriba su respuesta por encima de esta línea -##</div>
<p>Su solicitud (48213) se ha recibido y está siendo revisada por nuestro personal de soporte.</p>
<p>Para añadir comentarios adicionales, responda a este correo electrónico.</p>
<p style="color:#87929d;font-size:12px">Horario de atención: de lunes a viernes, de 9:00 a 18:00 (hora peninsular).<br>
Hortaturia, S.L. trata sus datos para gestionar su consulta. Más información en <a href="https://hortaturia.com/privacidad">hortaturia.com/privacidad</a>.</p>
<span style="color:#FFFFFF" aria-hidden="true">[8Z4QKD-7WRV]</span>
</body></html>
''') + '''
----==_mimepart_69eb1a4e3a7d0_18e2c3f01234--
'''),

    ('es', 'challenge-response-antispam-verificacion-remitente', 'automated', (),
'''Return-Path: <verificacion@filtro.asesoria-navarrete.es>
Received: from cp41.hosting-iberico.example.es (cp41.hosting-iberico.example.es [82.98.134.41])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHXc00FpJz9vXk
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 20:44:19 +0100 (CET)
Date: Fri, 6 Nov 2026 20:44:17 +0100
From: Verificacion de remitente <verificacion@filtro.asesoria-navarrete.es>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Verificaci=C3=B3n_necesaria=3A_su_mensaje_a_pilar=40asesor?=
 =?UTF-8?Q?ia-navarrete=2Ees_est=C3=A1_retenido?=
Message-ID: <verify.1794080657.61210@cp41.hosting-iberico.example.es>
Auto-Submitted: auto-replied
Precedence: bulk
X-Boxtrapper: f3a91c07e2
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Este es un mensaje automático del sistema antispam de
pilar@asesoria-navarrete.es.

La cuenta de correo a la que ha escrito utiliza un sistema de verificación
de remitentes. Su mensaje con el asunto

    "Your data request - ref. PRV-2026-04550"

ha quedado retenido y NO se ha entregado todavía.

Para que su mensaje llegue a su destinatario, responda a este correo sin
modificar el asunto, o haga clic en el siguiente enlace:

    https://cp41.hosting-iberico.example.es/verify/?q=f3a91c07e2&m=privacy%40shop.example.be

Solo tendrá que hacerlo una vez: en adelante sus mensajes se entregarán
directamente. Si no se verifica en un plazo de 7 días, el mensaje se
eliminará automáticamente.

Gracias por su comprensión.
'''),

    ('es', 'person-access-sent-from-iphone-company-disclaimer', 'access', (),
'''Return-Path: <lortega@frutaslevante.es>
Received: from mail-am0eur02on2079.outbound.protection.outlook.com (mail-am0eur02on2079.outbound.protection.outlook.com [40.107.247.79])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJY5f3SmGz9vYa
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 21:18:02 +0100 (CET)
From: =?utf-8?B?THVjw61hIE9ydGVnYSBSdWl6?= <lortega@frutaslevante.es>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Mis_datos_personales?=
Thread-Topic: Mis datos personales
Date: Tue, 10 Nov 2026 20:17:58 +0000
Message-ID: <2E71B0F4-9C3D-4A1E-8B67-5D04C2F19A3E@frutaslevante.es>
Accept-Language: es-ES
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-Mailer: iPhone Mail (22B83)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Hola:

Quisiera saber qué datos personales míos tienen ustedes, de dónde los han sacado y si se los han pasado a otras empresas (¿agencias de publicidad, redes sociales?). Tengo la tarjeta de cliente 6200 7734 1108 y la cuenta está a nombre de Lucía Ortega Ruiz. Vivo en Bruselas desde hace dos años.

Gracias.

Enviado desde mi iPhone

Lucía Ortega Ruiz
Export Manager Benelux
Frutas Levante Export, S.L. · Brussels office
Avenue des Arts 56 · 1000 Bruxelles

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.

PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD, le informamos de que sus datos personales serán tratados por Frutas Levante Export, S.L. con la finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, oposición, limitación y portabilidad en protecciondedatos@frutaslevante.es.
''')),

    # ------------------------------------------------------------------ it
    ('it', 'ooo-it-en-fr-associazione-bruxelles-informativa', 'automated', (),
'''Return-Path: <f.colombo@eurofood-assoc.eu>
Received: from mail-ve1eur02on2090.outbound.protection.outlook.com (mail-ve1eur02on2090.outbound.protection.outlook.com [40.107.2.90])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RC0Wq5BkXz9vXf
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 14:55:30 +0100 (CET)
From: Francesca Colombo <f.colombo@eurofood-assoc.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Your request - ref. PRV-2026-04505
Thread-Topic: Your request - ref. PRV-2026-04505
Date: Tue, 27 Oct 2026 13:55:27 +0000
Message-ID: <VE1PR02MB6271D0F3C5A8B47E92A16C3FD2B07@VE1PR02MB6271.eurprd02.prod.outlook.com>
In-Reply-To: <20261027135521.PRV-2026-04505.r1@shop.example.be>
References: <20261027135521.PRV-2026-04505.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: it-IT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Gentile mittente,

sono fuori ufficio per una missione a Strasburgo fino a venerdì 30 ottobre, con accesso limitato alla posta elettronica. Risponderò al mio rientro. Per questioni urgenti può contattare la segreteria all'indirizzo secretariat@eurofood-assoc.eu.

Dear sender, I am on mission in Strasbourg until Friday 30 October with limited access to e-mail. For urgent matters please contact secretariat@eurofood-assoc.eu.

Madame, Monsieur, je suis en mission à Strasbourg jusqu'au vendredi 30 octobre. En cas d'urgence, merci de contacter secretariat@eurofood-assoc.eu.

Cordiali saluti / Kind regards

Francesca Colombo
Senior Policy Adviser
EuroFood Producers Association AISBL
Rue Belliard 40 · 1040 Bruxelles
EU Transparency Register: 918273645012-77

Questo messaggio e gli eventuali allegati sono confidenziali e destinati esclusivamente ai destinatari indicati. Qualora lo abbiate ricevuto per errore, vi preghiamo di informare il mittente e di cancellarlo. Informativa ai sensi degli artt. 13-14 del Regolamento (UE) 2016/679 (GDPR): i dati personali sono trattati dall'Associazione per finalità istituzionali; per esercitare i diritti di accesso, rettifica, cancellazione e opposizione scrivere a dataprotection@eurofood-assoc.eu.
This e-mail and any attachments are confidential. Personal data are processed in accordance with the GDPR - see www.eurofood-assoc.eu/privacy.
''')),

    ('it', 'comune-ricevuta-protocollazione-automatica', 'automated', (),
'''Return-Path: <protocollo@comune.borgosanvitale.it>
Received: from smtp.comune.borgosanvitale.it (smtp.comune.borgosanvitale.it [93.62.155.201])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGD5h3wYzz9vZd
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 11:34:06 +0100 (CET)
Date: Wed, 4 Nov 2026 11:34:03 +0100 (CET)
From: Comune di Borgo San Vitale - Protocollo <protocollo@comune.borgosanvitale.it>
To: privacy@shop.example.be
Message-ID: <prot.0021457.2026.1793874843@protocollo.comune.borgosanvitale.it>
Subject: =?UTF-8?Q?Ricevuta_di_protocollazione_n=2E_0021457/2026_del_04/11/?=
 =?UTF-8?Q?2026?=
X-Mailer: Sistema di Gestione Documentale - Protocollo Informatico
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Si comunica che il messaggio di posta elettronica sotto indicato, pervenuto
in data 04/11/2026 alle ore 11:32 alla casella istituzionale
protocollo@comune.borgosanvitale.it, è stato registrato al Protocollo
Generale dell'Ente.

  Numero di protocollo: 0021457/2026
  Data di registrazione: 04/11/2026
  Mittente: privacy@shop.example.be
  Oggetto: Your data request - ref. PRV-2026-04543
  Ufficio assegnatario: Servizi Demografici

Il presente messaggio è generato automaticamente dal sistema di protocollo
informatico: si prega di NON rispondere a questo indirizzo.

Orari dell'Ufficio Relazioni con il Pubblico (URP):
lunedì-venerdì 9:00-12:30; martedì e giovedì anche 15:00-17:30.

Informativa sul trattamento dei dati personali: i dati personali contenuti
nella comunicazione sono trattati dal Comune di Borgo San Vitale, titolare
del trattamento, ai sensi del Regolamento (UE) 2016/679 e del D.Lgs.
196/2003, esclusivamente per le finalità connesse alla gestione del
procedimento. L'interessato può esercitare i diritti di cui agli artt.
15-22 del Regolamento rivolgendosi al Responsabile della Protezione dei
Dati (RPD): rpd@comune.borgosanvitale.it.
'''),

    ('it', 'thunderbird-mdn-ricevuta-di-ritorno', 'automated', (),
'''Return-Path: <giulia.ferri@studioferri-bxl.eu>
Received: from mail.studioferri-bxl.eu (mail.studioferri-bxl.eu [51.178.92.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHg0p1rZbz9vWx
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 15:20:12 +0100 (CET)
Date: Fri, 6 Nov 2026 15:20:09 +0100
MIME-Version: 1.0
From: Giulia Ferri <giulia.ferri@studioferri-bxl.eu>
To: Shop Example - Privacy <privacy@shop.example.be>
Message-ID: <b3e0a6f2-41c7-4d85-9a2e-7f1c05d8e6a4@studioferri-bxl.eu>
Subject: Ricevuta di ritorno (visualizzato) - Your data request - ref.
 PRV-2026-04541
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------0FqXwL8bT3vKcR2mN9hYs5Ej"
User-Agent: Mozilla Thunderbird
Auto-Submitted: auto-replied

This is a multi-part message in MIME format.
--------------0FqXwL8bT3vKcR2mN9hYs5Ej
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Questa è una ricevuta di ritorno per il messaggio che hai inviato a
<giulia.ferri@studioferri-bxl.eu>.

Nota: questa ricevuta di ritorno conferma soltanto che il messaggio è
stato visualizzato sul computer del destinatario. Non c'è alcuna garanzia
che il destinatario abbia letto o compreso il contenuto del messaggio.

--------------0FqXwL8bT3vKcR2mN9hYs5Ej
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: studioferri-bxl.eu; Mozilla Thunderbird
Final-Recipient: rfc822;giulia.ferri@studioferri-bxl.eu
Original-Message-ID: <20261106101544.PRV-2026-04541.r1@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------0FqXwL8bT3vKcR2mN9hYs5Ej
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [185.12.64.21])
	by mail.studioferri-bxl.eu (Postfix) with ESMTPS id 4RHS1M0vkKz3xQ
	for <giulia.ferri@studioferri-bxl.eu>; Fri,  6 Nov 2026 11:15:46 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: Giulia Ferri <giulia.ferri@studioferri-bxl.eu>
Subject: Your data request - ref. PRV-2026-04541
Date: Fri, 6 Nov 2026 11:15:44 +0100
Message-ID: <20261106101544.PRV-2026-04541.r1@shop.example.be>
Disposition-Notification-To: Shop Example - Privacy <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--------------0FqXwL8bT3vKcR2mN9hYs5Ej--
'''),

    ('it', 'person-portability-csv-outlook-android-disclaimer', 'portability', (),
'''Return-Path: <chiara.rinaldi@eurofood-assoc.eu>
Received: from mail-db8eur05on2113.outbound.protection.outlook.com (mail-db8eur05on2113.outbound.protection.outlook.com [40.107.20.113])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKC7v6JqTz9vYe
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 18:40:27 +0100 (CET)
From: Chiara Rinaldi <chiara.rinaldi@eurofood-assoc.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Storico acquisti in formato CSV
Thread-Topic: Storico acquisti in formato CSV
Date: Wed, 11 Nov 2026 17:40:24 +0000
Message-ID: <VE1PR02MB6271A1C0F6E4B73D85F29B1AC9E44@VE1PR02MB6271.eurprd02.prod.outlook.com>
Accept-Language: it-IT, en-US
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Buongiorno,

vorrei ricevere lo storico dei miei acquisti (online e in negozio) e dei punti della carta fedeltà in un formato leggibile da computer, tipo CSV o JSON, per poterlo importare in un'app di gestione delle spese. L'account è registrato con questo indirizzo e-mail.

Grazie mille,
Chiara Rinaldi

Ottieni Outlook per Android

Chiara Rinaldi
Policy Officer
EuroFood Producers Association AISBL
Rue Belliard 40 · 1040 Bruxelles

Questo messaggio e gli eventuali allegati sono confidenziali e destinati esclusivamente ai destinatari indicati. Informativa ai sensi degli artt. 13-14 del Regolamento (UE) 2016/679 (GDPR): per esercitare i diritti di accesso, rettifica, cancellazione e opposizione scrivere a dataprotection@eurofood-assoc.eu.
This e-mail and any attachments are confidential. Personal data are processed in accordance with the GDPR - see www.eurofood-assoc.eu/privacy.
''')),

    # ------------------------------------------------------------------ pt
    ('pt', 'ooo-pt-fr-en-ferias-aviso-confidencialidade', 'automated', (),
'''Return-Path: <rui.almeida@limpeza-iris.be>
Received: from mail-gv0p278cu002.outbound.protection.outlook.com (mail-gv0p278cu002.outbound.protection.outlook.com [52.101.66.24])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFxH12mVdz9vXp
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 19:02:48 +0100 (CET)
From: Rui Almeida <rui.almeida@limpeza-iris.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Resposta_autom=C3=A1tica:_Votre_demande_-_r=C3=A9f=2E_PRV?=
 =?utf-8?Q?-2026-04535?=
Thread-Topic: =?utf-8?Q?Votre_demande_-_r=C3=A9f=2E_PRV-2026-04535?=
Date: Tue, 3 Nov 2026 18:02:45 +0000
Message-ID: <GV0P278MB0716B3F1E9D52A074C68E1F3B0A27@GV0P278MB0716.CHEP278.PROD.OUTLOOK.COM>
In-Reply-To: <20261103180240.PRV-2026-04535.r1@shop.example.be>
References: <20261103180240.PRV-2026-04535.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bom dia,

Obrigado pela sua mensagem. Encontro-me de férias até dia 13 de novembro, sem acesso ao e-mail. Para assuntos urgentes relacionados com as equipas de limpeza, contacte por favor o escritório: planning@limpeza-iris.be ou +32 2 527 40 10.

Bonjour, merci pour votre message. Je suis en congé jusqu'au 13 novembre. Pour toute urgence : planning@limpeza-iris.be ou +32 2 527 40 10.

Hello, I am on holiday until 13 November. For urgent matters: planning@limpeza-iris.be.

Rui Almeida
Chefe de equipa / Chef d'équipe
Iris Clean Services SRL · Chaussée de Mons 712 · 1070 Anderlecht

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, informe o remetente e elimine-a. Os seus dados pessoais são tratados nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD). Pode exercer os seus direitos de acesso, retificação e apagamento através de privacy@limpeza-iris.be.
Ce message est confidentiel. Vos données personnelles sont traitées conformément au RGPD.
''')),

    ('pt', 'gmail-workspace-vacation-licenca-parental', 'automated', (),
'''Return-Path: <ines.carvalho@corticaecompanhia.pt>
Received: from mail-wm1-f46.google.com (mail-wm1-f46.google.com [209.85.128.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKTq72pFbz9vZf
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 16:21:39 +0100 (CET)
Received: by mail-wm1-f46.google.com with SMTP id 5b1f17b1804b1-4316e2dde9eso3021475e9.2
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 07:21:39 -0800 (PST)
MIME-Version: 1.0
From: =?UTF-8?B?SW7DqnMgQ2FydmFsaG8=?= <ines.carvalho@corticaecompanhia.pt>
Date: Thu, 12 Nov 2026 15:21:37 +0000
Message-ID: <CAJt7u0Xk2qP9n_wV3c8FhYbR1eZ6mTg4LdQ0sKxN5pUoA7vCgw@mail.gmail.com>
Subject: =?UTF-8?Q?Resposta_autom=C3=A1tica=3A_Your_business_account_=2D_PRV=2D2026=2D04570?=
To: privacy@shop.example.be
In-Reply-To: <20261112152131.PRV-2026-04570.r1@shop.example.be>
References: <20261112152131.PRV-2026-04570.r1@shop.example.be>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="000000000000e8b41a0625d3f7c2"

--000000000000e8b41a0625d3f7c2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Olá,

Obrigada pela sua mensagem. Estou de licença parental até 15 de janeiro de 2027 e não vou consultar o e-mail durante este período.

Para encomendas, faturação e exportação, contacte por favor geral@corticaecompanhia.pt ou o meu colega Pedro Sousa (pedro.sousa@corticaecompanhia.pt).

Hello, I am on parental leave until 15 January 2027. Please contact geral@corticaecompanhia.pt.

Com os melhores cumprimentos,
Inês Carvalho
Cortiça & Companhia, Lda. · Rua do Freixo 1071 · 4300-219 Porto
''') + '''
--000000000000e8b41a0625d3f7c2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''<div dir="ltr"><div>Olá,</div><div><br></div><div>Obrigada pela sua mensagem. Estou de licença parental até 15 de janeiro de 2027 e não vou consultar o e-mail durante este período.</div><div><br></div><div>Para encomendas, faturação e exportação, contacte por favor <a href="mailto:geral@corticaecompanhia.pt">geral@corticaecompanhia.pt</a> ou o meu colega Pedro Sousa (<a href="mailto:pedro.sousa@corticaecompanhia.pt">pedro.sousa@corticaecompanhia.pt</a>).</div><div><br></div><div>Hello, I am on parental leave until 15 January 2027. Please contact <a href="mailto:geral@corticaecompanhia.pt">geral@corticaecompanhia.pt</a>.</div><div><br></div><div>Com os melhores cumprimentos,<br>Inês Carvalho<br>Cortiça &amp; Companhia, Lda. · Rua do Freixo 1071 · 4300-219 Porto</div></div>
''') + '''
--000000000000e8b41a0625d3f7c2--
'''),

    ('pt', 'exchange-online-ndr-pt-grupo-so-aceita-internos', 'automated', (),
'''Return-Path: <>
Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2046.outbound.protection.outlook.com [40.107.247.46])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJsy24CwFz9vXt
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 12:48:21 +0100 (CET)
From: Microsoft Outlook <postmaster@grupolusotex.onmicrosoft.com>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 11:48:19 +0000
Subject: =?utf-8?B?TsOjbyBlbnRyZWd1ZTogWW91ciBidXNpbmVzcyBhY2NvdW50IC0gZGF0YSByZXF1ZXN0IFBSVi0yMDI2LTA0NTYw?=
Message-ID: <3f06c2d9-8a41-4e7b-b5d0-91c7e2a64f18@AM0PR06MB6513.eurprd06.prod.outlook.com>
In-Reply-To: <20261110114815.PRV-2026-04560.r1@shop.example.be>
References: <20261110114815.PRV-2026-04560.r1@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_3f06c2d98a414e7bb5d091c7e2a64f18AM0PR06MB6513eurprd06_"

--_000_3f06c2d98a414e7bb5d091c7e2a64f18AM0PR06MB6513eurprd06_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''A sua mensagem para compras@grupolusotex.pt não pôde ser entregue.

O grupo compras só aceita mensagens de pessoas da respetiva organização ou de remetentes autorizados, e o endereço de e-mail do remetente não está na lista de remetentes permitidos.

Ação necessária                                Destinatário
Contacte o proprietário do grupo              compras@grupolusotex.pt

Como corrigir este problema
Peça ao proprietário do grupo para adicionar o seu endereço de e-mail à lista de remetentes permitidos do grupo ou para alterar a definição que restringe as mensagens a remetentes internos.

Mais informações para administradores de e-mail
Código de estado: 550 5.7.133
Esta mensagem foi criada por um servidor de e-mail. As respostas a esta mensagem não serão lidas.
''') + '''
--_000_3f06c2d98a414e7bb5d091c7e2a64f18AM0PR06MB6513eurprd06_
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR06MB6513.eurprd06.prod.outlook.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 10 Nov 2026 11:48:17 +0000

Final-Recipient: rfc822;compras@grupolusotex.pt
Action: failed
Status: 5.7.133
Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup;
 authentication required; Delivery restriction check failed because the
 sender was not authenticated when sending to this group
Remote-MTA: dns;AM0PR06MB6513.eurprd06.prod.outlook.com

--_000_3f06c2d98a414e7bb5d091c7e2a64f18AM0PR06MB6513eurprd06_
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (185.12.64.21) by AM4PEPF00027A6C.mail.protection.outlook.com
 (10.167.16.90) with Microsoft SMTP Server id 15.20.8922.14 via Frontend
 Transport; Tue, 10 Nov 2026 11:48:17 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: compras@grupolusotex.pt
Subject: Your business account - data request PRV-2026-04560
Date: Tue, 10 Nov 2026 12:48:15 +0100
Message-ID: <20261110114815.PRV-2026-04560.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_000_3f06c2d98a414e7bb5d091c7e2a64f18AM0PR06MB6513eurprd06_--
'''),

    ('pt', 'person-nurse-stop-sms-and-emails-hospital-disclaimer', 'withdraw_consent', (),
'''Return-Path: <ana.ferreira@clinique-staubert.be>
Received: from mail-am7eur03on2128.outbound.protection.outlook.com (mail-am7eur03on2128.outbound.protection.outlook.com [40.107.105.128])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGsBn5ThQz9vWd
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 06:52:10 +0100 (CET)
From: FERREIRA Ana <ana.ferreira@clinique-staubert.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Promo=C3=A7=C3=B5es_por_SMS_e_e-mail?=
Thread-Topic: =?utf-8?Q?Promo=C3=A7=C3=B5es_por_SMS_e_e-mail?=
Date: Thu, 5 Nov 2026 05:52:06 +0000
Message-ID: <AM7PR03MB6328F9A2D0C71E54B3A86D0EC5B19@AM7PR03MB6328.eurprd03.prod.outlook.com>
Accept-Language: fr-BE, pt-PT
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bom dia,

Por favor deixem de me enviar SMS e e-mails com promoções. Não encontro o link para cancelar nas mensagens do telemóvel. O meu número é o +32 470 18 93 26 e o e-mail da conta é este.

Obrigada,
Ana Ferreira

Enviado do meu iPhone

Ana Ferreira
Infirmière - Service de gériatrie | Verpleegkundige - Dienst geriatrie
Clinique Saint-Aubert | Sint-Aubertuskliniek
Boulevard de Smet de Naeyer 88 | 1090 Jette

Ce message et ses pièces jointes sont confidentiels et peuvent contenir des données relatives à la santé. S'il vous est parvenu par erreur, veuillez le détruire et en avertir l'expéditeur. La Clinique Saint-Aubert traite les données à caractère personnel conformément au RGPD - www.clinique-staubert.be/vie-privee.
Dit bericht en de bijlagen zijn vertrouwelijk en kunnen gezondheidsgegevens bevatten. Indien u het per vergissing ontving, gelieve het te vernietigen en de afzender te verwittigen.
''')),

    # ------------------------------------------------------------------ pl
    ('pl', 'ooo-pl-en-nl-urlop-antwerp-port-company', 'automated', (),
'''Return-Path: <m.kowalczyk@scheldeport-logistics.be>
Received: from mail-db9eur02on2064.outbound.protection.outlook.com (mail-db9eur02on2064.outbound.protection.outlook.com [40.107.249.64])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDgvF0kNsz9vYf
        for <privacy@shop.example.be>; Thu, 29 Oct 2026 07:12:54 +0100 (CET)
From: Marek Kowalczyk <m.kowalczyk@scheldeport-logistics.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?B?T2Rwb3dpZWTFuiBhdXRvbWF0eWN6bmE6IFlvdXIgZGF0YSByZXF1ZXN0IC0gcmVmLiBQUlYtMjAyNi0wNDUxMw==?=
Thread-Topic: Your data request - ref. PRV-2026-04513
Date: Thu, 29 Oct 2026 06:12:51 +0000
Message-ID: <DB9PR02MB73457C8E0A2F61D94B3E05A8C1F26@DB9PR02MB7345.eurprd02.prod.outlook.com>
In-Reply-To: <20261029061246.PRV-2026-04513.r1@shop.example.be>
References: <20261029061246.PRV-2026-04513.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: pl-PL
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Dzień dobry,

dziękuję za wiadomość. Przebywam na urlopie do 9 listopada 2026 r. i nie mam dostępu do poczty. W pilnych sprawach proszę o kontakt z działem planowania: planning@scheldeport-logistics.be, tel. +32 3 543 77 00.

Hello,
thank you for your message. I am on leave until 9 November 2026. For urgent matters please contact planning@scheldeport-logistics.be.

Goeiedag,
ik ben met verlof tot 9 november 2026. Voor dringende zaken: planning@scheldeport-logistics.be.

Pozdrawiam / Best regards
Marek Kowalczyk
Shift Supervisor - Warehouse 4
Scheldeport Logistics NV | Haven 1105, Scheldelaan 402 | 2040 Antwerpen

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please inform the sender and delete it. Scheldeport Logistics NV processes personal data in accordance with the GDPR; see www.scheldeport-logistics.be/privacy.
Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Persoonsgegevens worden verwerkt conform de AVG.
''')),

    ('pl', 'helpdesk-zgloszenie-przyjete-klauzula-rodo', 'automated', (),
'''Return-Path: <bok@transbaltyk.pl>
Received: from mail.transbaltyk.pl (mail.transbaltyk.pl [185.243.55.18])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFKc36GqVz9vZm
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 13:09:41 +0100 (CET)
Date: Tue, 3 Nov 2026 13:09:38 +0100
From: =?UTF-8?Q?TransBa=C5=82tyk_-_Biuro_Obs=C5=82ugi_Klienta?= <bok@transbaltyk.pl>
Reply-To: bok@transbaltyk.pl
To: privacy@shop.example.be
Message-ID: <helpdesk.PL-2026-118734.ack@transbaltyk.pl>
In-Reply-To: <20261103120931.PRV-2026-04531.r1@shop.example.be>
Subject: =?UTF-8?Q?[#PL-2026-118734]_Zg=C5=82oszenie_zosta=C5=82o_przyj=C4=99te?=
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

dziękujemy za wiadomość. Twoje zgłoszenie zostało zarejestrowane pod numerem #PL-2026-118734. Odpowiemy najszybciej, jak to możliwe – zwykle w ciągu 2 dni roboczych.

Prosimy nie odpowiadać na tę wiadomość, została wygenerowana automatycznie. Jeśli chcesz uzupełnić zgłoszenie, napisz na bok@transbaltyk.pl, podając numer zgłoszenia w temacie.

Biuro Obsługi Klienta czynne jest od poniedziałku do piątku w godz. 8:00–16:00. 11 listopada (Narodowe Święto Niepodległości) biuro jest nieczynne.

Pozdrawiamy
Zespół Biura Obsługi Klienta
TransBałtyk Spedycja sp. z o.o.
ul. Przemysłowa 12, 61-541 Poznań
KRS 0000412887, NIP 7831688201

Klauzula informacyjna: Administratorem Twoich danych osobowych jest TransBałtyk Spedycja sp. z o.o. z siedzibą w Poznaniu. Dane przetwarzamy w celu obsługi zgłoszenia (art. 6 ust. 1 lit. f RODO) przez okres niezbędny do jego rozpatrzenia, a następnie do upływu okresu przedawnienia roszczeń. Przysługuje Ci prawo dostępu do danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania, prawo do przenoszenia danych, prawo wniesienia sprzeciwu oraz prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych. Kontakt z Inspektorem Ochrony Danych: iod@transbaltyk.pl.
''')),

    ('pl', 'employee-left-mailbox-not-monitored-pl', 'automated', (),
'''Return-Path: <k.nowak@drukarnia-odra.pl>
Received: from mx.drukarnia-odra.pl (mx.drukarnia-odra.pl [46.242.130.77])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGQyK0bDLz9vXr
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 21:55:03 +0100 (CET)
Date: Wed, 4 Nov 2026 21:55:01 +0100
From: Katarzyna Nowak <k.nowak@drukarnia-odra.pl>
To: privacy@shop.example.be
Subject: =?UTF-8?Q?Autoodpowied=C5=BA:_Your_data_request_-_ref=2E_PRV-2026-04547?=
Message-ID: <auto.1793911701.4410@drukarnia-odra.pl>
In-Reply-To: <20261104205456.PRV-2026-04547.r1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Szanowni Państwo,

uprzejmie informujemy, że Pani Katarzyna Nowak nie jest już pracownikiem
Drukarni Odra. Ta skrzynka nie jest monitorowana, a wiadomości kierowane na
ten adres nie są czytane ani przekazywane dalej.

W sprawach handlowych prosimy o kontakt z biurem:
biuro@drukarnia-odra.pl, tel. +48 71 342 18 90.

Dear Sir or Madam, Ms Katarzyna Nowak no longer works for Drukarnia Odra.
This mailbox is not monitored. Please write to biuro@drukarnia-odra.pl.

Drukarnia Odra sp. z o.o., ul. Robotnicza 72, 53-608 Wrocław
'''),

    ('pl', 'person-restriction-disputed-loyalty-purchases-keep-history', 'restriction', (),
'''Return-Path: <t.wisniewski@scheldeport-logistics.be>
Received: from mail-db9eur02on2071.outbound.protection.outlook.com (mail-db9eur02on2071.outbound.protection.outlook.com [40.107.249.71])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHrQ31XvKz9vYw
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 14:33:57 +0100 (CET)
From: Tomasz Wisniewski <t.wisniewski@scheldeport-logistics.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Karta_klienta_6200_5521_9037_=E2=80=93_zakupy,_kt=C3=B3rych_?=
 =?utf-8?Q?nie_robi=C5=82em?=
Thread-Topic: =?utf-8?Q?Karta_klienta_6200_5521_9037_=E2=80=93_zakupy,_kt=C3=B3rych_?=
 =?utf-8?Q?nie_robi=C5=82em?=
Date: Fri, 6 Nov 2026 13:33:54 +0000
Message-ID: <DB9PR02MB7345E0B4C91A27F63D58B2E9A4C31@DB9PR02MB7345.eurprd02.prod.outlook.com>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dzień dobry,

na moim koncie klienta (karta 6200 5521 9037) widzę zakupy z 14 i 17 października w sklepie w Gandawie, których nie robiłem. Albo ktoś używa mojej karty, albo moje dane pomieszały się z danymi innego klienta. Zgłosiłem to już w sklepie w Antwerpii i czekam na wyjaśnienie.

Do czasu wyjaśnienia sprawy proszę o ograniczenie przetwarzania danych z mojego konta – niech nie będą do niczego wykorzystywane. Jednocześnie bardzo proszę NIE usuwać historii tych transakcji, bo będzie mi potrzebna jako dowód.

Proszę o potwierdzenie.

Pozdrawiam
Tomasz Wiśniewski

Tomasz Wiśniewski
Forklift Operator / Team Lead - Warehouse 4
Scheldeport Logistics NV | Scheldelaan 402 | 2040 Antwerpen

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please inform the sender and delete it. Scheldeport Logistics NV processes personal data in accordance with the GDPR; see www.scheldeport-logistics.be/privacy.
Dit e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Persoonsgegevens worden verwerkt conform de AVG.
''')),

    # ------------------------------------------------------------------ cs
    ('cs', 'ooo-cs-en-dovolena-gdpr-odkaz', 'automated', (),
'''Return-Path: <martin.dvorak@sklarna-krkonose.cz>
Received: from mail-fr2deu01on2081.outbound.protection.outlook.com (mail-fr2deu01on2081.outbound.protection.outlook.com [40.107.135.81])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4REwk90LsCz9vWg
        for <privacy@shop.example.be>; Mon,  2 Nov 2026 10:05:31 +0100 (CET)
From: =?utf-8?B?RHZvxZnDoWsgTWFydGlu?= <martin.dvorak@sklarna-krkonose.cz>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Automatick=C3=A1_odpov=C4=9B=C4=8F:_Your_business_account_-_?=
 =?utf-8?Q?ref=2E_PRV-2026-04518?=
Thread-Topic: Your business account - ref. PRV-2026-04518
Date: Mon, 2 Nov 2026 09:05:28 +0000
Message-ID: <FR2P281MB1552C08A47E3F91B6D2E05A3B8C71@FR2P281MB1552.DEUP281.PROD.OUTLOOK.COM>
In-Reply-To: <20261102090523.PRV-2026-04518.r1@shop.example.be>
References: <20261102090523.PRV-2026-04518.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: cs-CZ
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Dobrý den,

děkuji za Váš e-mail. Do pátku 6. listopadu 2026 čerpám dovolenou a nemám přístup k pracovní poště. Vaše zpráva nebude přeposlána. V naléhavých případech se prosím obraťte na kolegyni Janu Svobodovou (jana.svobodova@sklarna-krkonose.cz, +420 499 421 118).

Hello,
thank you for your e-mail. I am on holiday until Friday 6 November 2026 without access to e-mail. For urgent matters please contact Jana Svobodová (jana.svobodova@sklarna-krkonose.cz).

S pozdravem / Best regards

Ing. Martin Dvořák
vedoucí nákupu / Head of Purchasing
Sklárna Krkonoše a.s. | Nádražní 218 | 543 01 Vrchlabí
www.sklarna-krkonose.cz

Tento e-mail a jeho přílohy jsou důvěrné a jsou určeny výhradně adresátovi. Pokud jste tento e-mail obdrželi omylem, informujte prosím odesílatele a zprávu smažte. Informace o zpracování osobních údajů a o Vašich právech (přístup, oprava, výmaz, vznesení námitky) naleznete na www.sklarna-krkonose.cz/gdpr.
This e-mail and any attachments are confidential. Information on the processing of personal data: www.sklarna-krkonose.cz/gdpr.
''')),

    ('cs', 'hosting-bounce-cs-en-odmitnuto-jako-spam', 'automated', (),
'''Return-Path: <>
Received: from mx2.hosting-morava.example.cz (mx2.hosting-morava.example.cz [46.28.105.60])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHNm43fRkz9vZq
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 11:58:14 +0100 (CET)
Date: Fri,  6 Nov 2026 11:58:12 +0100 (CET)
From: MAILER-DAEMON@mx2.hosting-morava.example.cz (Mail Delivery System)
Subject: =?UTF-8?Q?Nedoru=C4=8Diteln=C3=A1_zpr=C3=A1va_/_Undelivered_Mail_Retur?=
 =?UTF-8?Q?ned_to_Sender?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="9C41A2E07B.1794049092/mx2.hosting-morava.example.cz"
Message-Id: <20261106105812.9C41A2E07B@mx2.hosting-morava.example.cz>

This is a MIME-encapsulated message.

--9C41A2E07B.1794049092/mx2.hosting-morava.example.cz
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Toto je automaticky vygenerovaná zpráva poštovního serveru
mx2.hosting-morava.example.cz.

Je nám líto, ale Vaši zprávu se nepodařilo doručit níže uvedenému
adresátovi. Server adresáta ji odmítl, protože ji vyhodnotil jako
nevyžádanou poštu (spam). Zpráva je připojena níže.

Pokud se domníváte, že jde o omyl, kontaktujte prosím adresáta jiným
způsobem nebo správce jeho domény.

                   Poštovní systém

---

This is the mail system at host mx2.hosting-morava.example.cz.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<l.prochazka@autoservis-prochazka.cz>: host
    mail.autoservis-prochazka.cz[89.187.140.33] said: 554 5.7.1 Message
    rejected as spam (score 7.8) (in reply to end of DATA command)

--9C41A2E07B.1794049092/mx2.hosting-morava.example.cz
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.hosting-morava.example.cz
X-Postfix-Queue-ID: 9C41A2E07B
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Fri,  6 Nov 2026 11:58:09 +0100 (CET)

Final-Recipient: rfc822; l.prochazka@autoservis-prochazka.cz
Original-Recipient: rfc822;lukas@prochazka-auto.example.cz
Action: failed
Status: 5.7.1
Remote-MTA: dns; mail.autoservis-prochazka.cz
Diagnostic-Code: smtp; 554 5.7.1 Message rejected as spam (score 7.8)

--9C41A2E07B.1794049092/mx2.hosting-morava.example.cz
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [185.12.64.21])
        by mx2.hosting-morava.example.cz (Postfix) with ESMTPS id 9C41A2E07B
        for <lukas@prochazka-auto.example.cz>; Fri,  6 Nov 2026 11:58:09 +0100 (CET)
From: Shop Example - Privacy <privacy@shop.example.be>
To: Lukas Prochazka <lukas@prochazka-auto.example.cz>
Subject: Your request to delete your customer account - PRV-2026-04549
Date: Fri, 6 Nov 2026 11:58:07 +0100
Message-ID: <20261106105807.PRV-2026-04549.r2@shop.example.be>

--9C41A2E07B.1794049092/mx2.hosting-morava.example.cz--
'''),

    ('cs', 'epodatelna-potvrzeni-prijeti-cislo-jednaci', 'automated', (),
'''Return-Path: <podatelna@hornilhota.cz>
Received: from esslmail.hornilhota.cz (esslmail.hornilhota.cz [109.81.203.14])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGcR71mPdz9vXb
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 10:43:02 +0100 (CET)
Date: Thu, 5 Nov 2026 10:42:58 +0100
From: =?UTF-8?Q?Elektronick=C3=A1_podatelna_M=C4=9Bstsk=C3=A9ho_=C3=BA=C5=99?=
 =?UTF-8?Q?adu_Horn=C3=AD_Lhota?= <podatelna@hornilhota.cz>
To: privacy@shop.example.be
Message-ID: <ess.potvrzeni.MUHL-18342-2026@hornilhota.cz>
Subject: =?UTF-8?Q?Potvrzen=C3=AD_o_p=C5=99ijet=C3=AD_pod=C3=A1n=C3=AD_-_=C4=8D?=
 =?UTF-8?Q?=2Ej=2E_MUHL/18342/2026?=
X-Mailer: Spisova sluzba GINIS / e-podatelna
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Potvrzení o přijetí podání

Vaše zpráva byla dne 05.11.2026 v 10:42:17 přijata elektronickou podatelnou Městského úřadu Horní Lhota a zaevidována pod číslem jednacím MUHL/18342/2026.

Odesílatel: privacy@shop.example.be
Předmět: Your data request - ref. PRV-2026-04561
Počet příloh: 0
Elektronický podpis: nepřipojen

Upozornění: Podání učiněné elektronickou poštou bez uznávaného elektronického podpisu je třeba do 5 dnů potvrdit, popřípadě doplnit způsobem podle § 37 odst. 4 správního řádu.

Toto je automaticky generovaná zpráva, prosíme, neodpovídejte na ni.

Úřední hodiny podatelny:
Po, St  8:00–17:00
Út, Čt  8:00–14:00
Pá      8:00–12:00

Informace o zpracování osobních údajů: www.hornilhota.cz/gdpr
Pověřenec pro ochranu osobních údajů: poverenec@hornilhota.cz

Městský úřad Horní Lhota, náměstí Míru 1, 789 01 Horní Lhota
''')),

    ('cs', 'person-forwards-shop-winback-mail-one-line-delete', 'deletion', (),
'''Return-Path: <petra.horakova@danubebank-brussels.eu>
Received: from mail-ve1eur03on2101.outbound.protection.outlook.com (mail-ve1eur03on2101.outbound.protection.outlook.com [40.107.15.101])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RK8sX4NhQz9vWn
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 13:06:49 +0100 (CET)
From: =?utf-8?B?SG9yw6Frb3bDoSBQZXRyYQ==?= <petra.horakova@danubebank-brussels.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: FW: We miss you, Petra! Here's 10% off your next order
Thread-Topic: We miss you, Petra! Here's 10% off your next order
Date: Wed, 11 Nov 2026 12:06:46 +0000
Message-ID: <VE1PR03MB6094A2F7C0E31B85D46E9F2BC0D73@VE1PR03MB6094.eurprd03.prod.outlook.com>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Dobrý den, prosím o zrušení mého účtu a smazání všech mých osobních údajů. Děkuji, P. Horáková

Petra Horáková
Compliance Analyst
Danube Bank - Brussels Branch | Rue de la Science 14 | 1040 Brussels

This message is confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete it. Danube Bank processes personal data in accordance with the GDPR; see www.danubebank.eu/privacy.

From: Shop Example <hello@shop.example.be>
Sent: Tuesday, November 10, 2026 10:00 AM
To: Horáková Petra <petra.horakova@danubebank-brussels.eu>
Subject: We miss you, Petra! Here's 10% off your next order

Hi Petra,

It's been a while since your last visit. To welcome you back, here is 10% off your next order online or in store with code BACK10 (valid until 30 November 2026).

Shop now: https://www.shop.example.be/en/new-in

You are receiving this e-mail because you have a Shop Example customer account. Manage your preferences: https://www.shop.example.be/en/my-account/preferences
Shop Example BV, Industrielaan 5, 9000 Gent
''')),

    # ------------------------------------------------------------------ hr
    ('hr', 'ooo-hr-en-godisnji-odmor-gdpr-disclaimer', 'automated', (),
'''Return-Path: <petra.juric@adriacargo.hr>
Received: from mail-zr0che01on2097.outbound.protection.outlook.com (mail-zr0che01on2097.outbound.protection.outlook.com [40.107.24.97])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RD9pN6WfGz9vYc
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 16:44:21 +0100 (CET)
From: =?utf-8?B?UGV0cmEgSnVyacSH?= <petra.juric@adriacargo.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatski odgovor: Your data request - ref. PRV-2026-04525
Thread-Topic: Your data request - ref. PRV-2026-04525
Date: Wed, 28 Oct 2026 15:44:18 +0000
Message-ID: <ZR0P278MB0427E1C3B5A90D26F47B81E3C2A56@ZR0P278MB0427.CHEP278.PROD.OUTLOOK.COM>
In-Reply-To: <20261028154413.PRV-2026-04525.r1@shop.example.be>
References: <20261028154413.PRV-2026-04525.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: hr-HR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

zahvaljujem na poruci. Na godišnjem sam odmoru do ponedjeljka, 9. studenoga 2026., bez pristupa e-pošti. Vaša poruka neće biti proslijeđena. U hitnim slučajevima obratite se kolegi Marku Horvatu (marko.horvat@adriacargo.hr, +385 1 6390 214).

Dear Sir or Madam,
thank you for your message. I am on annual leave until Monday 9 November 2026 without access to e-mail. For urgent matters please contact Marko Horvat (marko.horvat@adriacargo.hr).

Srdačan pozdrav / Kind regards
Petra Jurić
Voditeljica prodaje za Beneluks | Sales Manager Benelux
Adria Cargo d.o.o. | Ulica grada Vukovara 271 | 10000 Zagreb

Ova poruka i svi njezini privici povjerljivi su i namijenjeni isključivo primatelju. Ako ste poruku primili greškom, molimo obavijestite pošiljatelja i izbrišite je. Vaše osobne podatke obrađujemo u skladu s Općom uredbom o zaštiti podataka (GDPR). Više o obradi te o Vašim pravima na pristup, ispravak i brisanje podataka pročitajte na www.adriacargo.hr/privatnost.
This message and any attachments are confidential. Personal data is processed in accordance with the GDPR.
''')),

    ('hr', 'gradska-uprava-potvrda-primitka-klasa-urbroj', 'automated', (),
'''Return-Path: <pisarnica@zelengora.hr>
Received: from mail.zelengora.hr (mail.zelengora.hr [213.147.96.40])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGM1d2VxKz9vWy
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 14:27:36 +0100 (CET)
Date: Wed, 4 Nov 2026 14:27:33 +0100
From: Grad Zelengora - Pisarnica <pisarnica@zelengora.hr>
To: privacy@shop.example.be
Message-ID: <urudzbeni.1793885253.8812@zelengora.hr>
Subject: =?UTF-8?Q?Potvrda_primitka_elektroni=C4=8Dke_poruke?=
Auto-Submitted: auto-generated
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Poštovani,

potvrđujemo primitak Vaše elektroničke poruke zaprimljene 4. studenoga 2026.
u 14:27 sati. Poruka je evidentirana u uredskom poslovanju pod sljedećim
oznakama:

  KLASA: 008-02/26-01/1187
  URBROJ: 2133-1-05-26-1
  Predmet: Your data request - ref. PRV-2026-04544

Molimo da se u daljnjoj komunikaciji pozovete na navedene oznake.

Ovo je automatski generirana poruka – molimo ne odgovarajte na nju.

Radno vrijeme pisarnice: ponedjeljak – petak od 8:00 do 15:00 sati,
srijedom do 17:00 sati.

Zaštita osobnih podataka: Grad Zelengora obrađuje osobne podatke sadržane u
Vašoj poruci isključivo radi postupanja po Vašem podnesku, sukladno Općoj
uredbi o zaštiti podataka (EU) 2016/679 i Zakonu o provedbi Opće uredbe o
zaštiti podataka. Službenik za zaštitu osobnih podataka: szop@zelengora.hr.

Grad Zelengora, Trg hrvatskih velikana 1, 10430 Zelengora
'''),

    ('hr', 'mailman-poruka-ceka-odobrenje-moderatora', 'automated', (),
'''Return-Path: <udruga-clanovi-bounces@lists.zeleni-kvart.hr>
Received: from lists.zeleni-kvart.hr (lists.zeleni-kvart.hr [78.46.77.152])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJ2vH5bQpz9vZk
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 12:18:44 +0100 (CET)
Subject: =?utf-8?q?Va=C5=A1a_poruka_na_Udruga-clanovi_=C4=8Deka_odobrenje_moder?=
 =?utf-8?q?atora?=
From: udruga-clanovi-owner@lists.zeleni-kvart.hr
To: privacy@shop.example.be
Message-ID: <mailman.3.1794223122.21457.udruga-clanovi@lists.zeleni-kvart.hr>
Date: Mon, 09 Nov 2026 12:18:42 +0100
Precedence: bulk
X-BeenThere: udruga-clanovi@lists.zeleni-kvart.hr
X-Mailman-Version: 2.1.39
List-Id: Clanovi udruge Zeleni kvart <udruga-clanovi.lists.zeleni-kvart.hr>
X-List-Administrivia: yes
Errors-To: udruga-clanovi-bounces@lists.zeleni-kvart.hr
Sender: "Udruga-clanovi" <udruga-clanovi-bounces@lists.zeleni-kvart.hr>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vaš mail na 'Udruga-clanovi' sa subjektom

    Your data request - ref. PRV-2026-04551

Čeka odobrenje moderatora.

Razlog za zadržavanje je:

    Slanje poruke na listu samo za članove od strane ne-člana

Ili će vaša poruka biti proslijeđena na listu, ili ćete dobiti
obavijest o odluci moderatora. Ako želite otkazati ovu poruku,
posjetite sljedeći URL:

    https://lists.zeleni-kvart.hr/mailman/confirm/udruga-clanovi/6e0b5c1d9f27a48e3b1c7d0f5a2e94b81c3d7f60
'''),

    ('hr', 'person-quotes-ndr-for-dead-dpo-address-complains', 'complaint', ('deletion',),
'''Return-Path: <ivana.babic@adriacargo.hr>
Received: from mail-zr0che01on2122.outbound.protection.outlook.com (mail-zr0che01on2122.outbound.protection.outlook.com [40.107.24.122])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKL0g1ZwSz9vXd
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 08:57:12 +0100 (CET)
From: =?utf-8?B?SXZhbmEgQmFiacSH?= <ivana.babic@adriacargo.hr>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Zahtjev_za_brisanje_podataka_nikad_nije_stigao_=E2=80=93_va?=
 =?utf-8?Q?=C5=A1a_adresa_ne_radi?=
Thread-Topic: =?utf-8?Q?Zahtjev_za_brisanje_podataka_nikad_nije_stigao_=E2=80=93_va?=
 =?utf-8?Q?=C5=A1a_adresa_ne_radi?=
Date: Thu, 12 Nov 2026 07:57:09 +0000
Message-ID: <ZR0P278MB0427B9D04E1F36C2A85E70F1D3B48@ZR0P278MB0427.CHEP278.PROD.OUTLOOK.COM>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Poštovani,

5. listopada poslala sam zahtjev za brisanje svojih podataka na adresu dpo@shop.example.be, koja je navedena u vašoj izjavi o privatnosti. Tek sam danas u mapi neželjene pošte pronašla obavijest da poruka nije isporučena (kopiram je ispod). Dakle, adresa za zaštitu podataka koju objavljujete ne radi i moj zahtjev do vas nikad nije stigao, a prošlo je više od mjesec dana.

Smatram to ozbiljnim propustom. Molim vas da sada bez odgode izbrišete moj korisnički račun i sve moje podatke te da mi to pisanim putem potvrdite.

S poštovanjem,
Ivana Babić

Ivana Babić
Referentica za carinsko posredovanje | Customs Clerk
Adria Cargo d.o.o. - podružnica Antwerpen

Ova poruka i svi njezini privici povjerljivi su i namijenjeni isključivo primatelju. Vaše osobne podatke obrađujemo u skladu s Općom uredbom o zaštiti podataka (GDPR) - www.adriacargo.hr/privatnost.

________________________________
Od: Microsoft Outlook <postmaster@adriacargo.hr>
Poslano: 5. listopada 2026. 20:14
Prima: Ivana Babić <ivana.babic@adriacargo.hr>
Predmet: Isporuka nije uspjela: Zahtjev za brisanje podataka

Vaša poruka za dpo@shop.example.be nije isporučena.

Adresa dpo@shop.example.be nije pronađena ili ne može primati poštu.

Dijagnostičke informacije za administratore:
Generating server: ZR0P278MB0427.CHEP278.PROD.OUTLOOK.COM
dpo@shop.example.be
Remote Server returned '550 5.1.1 <dpo@shop.example.be>: Recipient address rejected: User unknown in virtual alias table'
''')),

    # ------------------------------------------------------------------ sv
    ('sv', 'ooo-sv-en-foraldraledig-integritetslank', 'automated', (),
'''Return-Path: <sara.nystrom@nordvikinterior.se>
Received: from mail-he1eur04on2049.outbound.protection.outlook.com (mail-he1eur04on2049.outbound.protection.outlook.com [40.107.7.49])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RC7fR3kJmz9vYs
        for <privacy@shop.example.be>; Tue, 27 Oct 2026 16:09:58 +0100 (CET)
From: =?utf-8?B?U2FyYSBOeXN0csO2bQ==?= <sara.nystrom@nordvikinterior.se>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatiskt svar: Your business account - ref. PRV-2026-04507
Thread-Topic: Your business account - ref. PRV-2026-04507
Date: Tue, 27 Oct 2026 15:09:55 +0000
Message-ID: <HE1PR04MB3129C7F2B0A4E58D19E63F7AB1C05@HE1PR04MB3129.eurprd04.prod.outlook.com>
In-Reply-To: <20261027150950.PRV-2026-04507.r1@shop.example.be>
References: <20261027150950.PRV-2026-04507.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej!

Tack för ditt mejl. Jag är föräldraledig till och med den 31 januari 2027 och läser inte min e-post. Ditt mejl vidarebefordras inte. Kontakta i stället min kollega Johan Berg, johan.berg@nordvikinterior.se, 08-410 233 17.

Hi,
Thank you for your e-mail. I'm on parental leave until 31 January 2027 and will not be reading my e-mail. Please contact my colleague Johan Berg, johan.berg@nordvikinterior.se.

Med vänliga hälsningar / Kind regards
Sara Nyström
Key Account Manager Benelux
Nordvik Interiör AB | Sveavägen 44 | 111 34 Stockholm

Information om hur vi behandlar personuppgifter och om dina rättigheter finns på www.nordvikinterior.se/integritet.
Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått det av misstag, meddela avsändaren och radera meddelandet.
''')),

    ('sv', 'kommun-automatiskt-svar-allman-handling', 'automated', (),
'''Return-Path: <noreply@stromsby.se>
Received: from smtp-gw1.stromsby.se (smtp-gw1.stromsby.se [194.17.61.88])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHb3c0QyTz9vXv
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 13:44:20 +0100 (CET)
Date: Fri, 6 Nov 2026 13:44:17 +0100
From: =?UTF-8?Q?Str=C3=B6msby_kommun?= <noreply@stromsby.se>
To: privacy@shop.example.be
Message-ID: <kc-autosvar.1794055457.3390@stromsby.se>
In-Reply-To: <20261106124412.PRV-2026-04553.r1@shop.example.be>
Subject: =?UTF-8?Q?Tack_f=C3=B6r_ditt_mejl_till_Str=C3=B6msby_kommun?=
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej!

Tack för ditt mejl till Strömsby kommun. Det här är ett automatiskt svar
som bekräftar att vi har tagit emot ditt meddelande. Ditt ärende kommer
att registreras och lämnas till berörd förvaltning. Du får svar så snart
som möjligt, normalt inom fem arbetsdagar.

Observera att e-post som kommer in till kommunen blir allmän handling och
kan lämnas ut till den som begär det, om inte uppgifterna omfattas av
sekretess.

Vi behandlar dina personuppgifter enligt dataskyddsförordningen (GDPR).
Läs mer om hur vi hanterar personuppgifter och om dina rättigheter på
stromsby.se/personuppgifter. Kommunens dataskyddsombud når du på
dataskyddsombud@stromsby.se.

Kontaktcenter har öppet vardagar 8.00-16.30, telefon 0651-180 00.

Det går inte att svara på det här meddelandet.

Strömsby kommun
'''),

    ('sv', 'exchange-online-ndr-sv-mottagaren-finns-inte', 'automated', (),
'''Return-Path: <>
Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2058.outbound.protection.outlook.com [40.107.13.58])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJgM90rXbz9vWc
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 10:21:33 +0100 (CET)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@vastkustbygg.se>
To: <privacy@shop.example.be>
Date: Tue, 10 Nov 2026 09:21:31 +0000
Subject: =?utf-8?Q?Olevererbart:_Your_data_request_-_ref=2E_PRV-2026-04557?=
Message-ID: <c61f9e07-25b3-4d8a-a0e4-8f7b2c19d5e3@HE1PR01MB4170.eurprd01.prod.exchangelabs.com>
In-Reply-To: <20261110092128.PRV-2026-04557.r1@shop.example.be>
References: <20261110092128.PRV-2026-04557.r1@shop.example.be>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="_000_c61f9e0725b34d8aa0e48f7b2c19d5e3HE1PR01MB4170eurprd01pr_"

--_000_c61f9e0725b34d8aa0e48f7b2c19d5e3HE1PR01MB4170eurprd01pr_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Ditt meddelande till erik.sandberg@vastkustbygg.se kunde inte levereras.

erik.sandberg hittades inte på vastkustbygg.se.

Åtgärd krävs                                          Mottagare
Okänd mottagare                                       erik.sandberg@vastkustbygg.se

Så här åtgärdar du det
Meddelandet levererades inte eftersom mottagarens e-postadress inte hittades. Kontrollera att adressen är rätt stavad och skicka meddelandet igen. Om mottagaren har slutat i organisationen kan du kontakta organisationen på annat sätt.

Mer information för e-postadministratörer
Statuskod: 550 5.1.10
Det här meddelandet har skapats av en e-postserver. Svar på det här meddelandet kommer inte att läsas.
''') + '''
--_000_c61f9e0725b34d8aa0e48f7b2c19d5e3HE1PR01MB4170eurprd01pr_
Content-Type: message/delivery-status

Reporting-MTA: dns;HE1PR01MB4170.eurprd01.prod.exchangelabs.com
Received-From-MTA: dns;mx1.shop.example.be
Arrival-Date: Tue, 10 Nov 2026 09:21:29 +0000

Final-Recipient: rfc822;erik.sandberg@vastkustbygg.se
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 erik.sandberg@vastkustbygg.se not found by SMTP address lookup
Remote-MTA: dns;HE1PR01MB4170.eurprd01.prod.exchangelabs.com

--_000_c61f9e0725b34d8aa0e48f7b2c19d5e3HE1PR01MB4170eurprd01pr_
Content-Type: text/rfc822-headers

Received: from mx1.shop.example.be (185.12.64.21) by HE1EUR01FT012.mail.protection.outlook.com
 (10.152.0.170) with Microsoft SMTP Server id 15.20.8922.14 via Frontend
 Transport; Tue, 10 Nov 2026 09:21:29 +0000
From: Shop Example - Privacy <privacy@shop.example.be>
To: Erik Sandberg <erik.sandberg@vastkustbygg.se>
Subject: Your data request - ref. PRV-2026-04557
Date: Tue, 10 Nov 2026 10:21:28 +0100
Message-ID: <20261110092128.PRV-2026-04557.r1@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--_000_c61f9e0725b34d8aa0e48f7b2c19d5e3HE1PR01MB4170eurprd01pr_--
'''),

    ('sv', 'person-replies-above-own-autoreply-confirms-deletion', 'deletion', (),
'''Return-Path: <karin.lindqvist@nordvikinterior.se>
Received: from mail-he1eur04on2112.outbound.protection.outlook.com (mail-he1eur04on2112.outbound.protection.outlook.com [40.107.7.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJnP84dMxz9vYg
        for <privacy@shop.example.be>; Tue, 10 Nov 2026 08:31:05 +0100 (CET)
From: Karin Lindqvist <karin.lindqvist@nordvikinterior.se>
To: Shop Example - Privacy <privacy@shop.example.be>
Subject: SV: Automatiskt svar: Confirmation of your deletion request - PRV-2026-04490
Thread-Topic: Automatiskt svar: Confirmation of your deletion request - PRV-2026-04490
Date: Tue, 10 Nov 2026 07:31:02 +0000
Message-ID: <HE1PR04MB3129F0A5D17B4C2E96083B5EC2D71@HE1PR04MB3129.eurprd04.prod.outlook.com>
References: <20261026101744.PRV-2026-04490.r1@shop.example.be>
 <HE1PR04MB31298B2E61F0D4A7C35E91D0A4B62@HE1PR04MB3129.eurprd04.prod.outlook.com>
 <20261027091102.PRV-2026-04490.r2@shop.example.be>
In-Reply-To: <20261027091102.PRV-2026-04490.r2@shop.example.be>
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Hej,

Förlåt för autosvaret – nu är jag tillbaka på jobbet. Ja, jag bekräftar att jag vill att ni raderar mitt kundkonto och alla uppgifter ni har om mig.

(Sorry for answering in Swedish – in short: yes, I confirm, please delete my account.)

Vänliga hälsningar
Karin Lindqvist
Nordvik Interiör AB | Brussels showroom | Rue Antoine Dansaert 71 | 1000 Bryssel

Information om hur vi behandlar personuppgifter finns på www.nordvikinterior.se/integritet.

Från: Shop Example - Privacy <privacy@shop.example.be>
Skickat: den 27 oktober 2026 10:11
Till: Karin Lindqvist <karin.lindqvist@nordvikinterior.se>
Ämne: RE: Automatiskt svar: Confirmation of your deletion request - PRV-2026-04490

Dear Ms Lindqvist,

We received the automatic reply below. When you are back, could you please confirm that you want us to delete your customer account? We cannot proceed without your confirmation.

Kind regards,
The privacy team, Shop Example BV

Från: Karin Lindqvist <karin.lindqvist@nordvikinterior.se>
Skickat: den 26 oktober 2026 11:17
Till: Shop Example - Privacy <privacy@shop.example.be>
Ämne: Automatiskt svar: Confirmation of your deletion request - PRV-2026-04490

Hej! Jag är ledig till och med den 9 november och läser inte min e-post.
Hi! I'm on leave until 9 November and not reading my e-mail.
''')),

    # ------------------------------------------------------------------ ro
    ('ro', 'ooo-ro-en-fr-concediu-medical-disclaimer', 'automated', (),
'''Return-Path: <mihai.ionescu@carpathia-software.eu>
Received: from mail-vi1eur05on2133.outbound.protection.outlook.com (mail-vi1eur05on2133.outbound.protection.outlook.com [40.107.21.133])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RG7Wt1FhLz9vXq
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 09:02:17 +0100 (CET)
From: Mihai Ionescu <mihai.ionescu@carpathia-software.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?R=C4=83spuns_automat:_Your_data_request_-_ref=2E_PRV-2026-?=
 =?utf-8?Q?04539?=
Thread-Topic: Your data request - ref. PRV-2026-04539
Date: Wed, 4 Nov 2026 08:02:14 +0000
Message-ID: <VI1PR05MB5342A0E7C39F14B6D82F5C1AB3E09@VI1PR05MB5342.eurprd05.prod.outlook.com>
In-Reply-To: <20261104080209.PRV-2026-04539.r1@shop.example.be>
References: <20261104080209.PRV-2026-04539.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: ro-RO
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu medical până pe 20 noiembrie 2026 și nu am acces la e-mail. Mesajul dumneavoastră nu va fi redirecționat. Pentru probleme urgente, vă rog să o contactați pe colega mea, Elena Dumitru (elena.dumitru@carpathia-software.eu).

Hello, thank you for your message. I am on sick leave until 20 November 2026. For urgent matters, please contact Elena Dumitru (elena.dumitru@carpathia-software.eu).

Bonjour, je suis en congé maladie jusqu'au 20 novembre 2026. Pour toute urgence, veuillez contacter Elena Dumitru.

Cu stimă / Kind regards / Cordialement,
Mihai Ionescu
Delivery Manager
Carpathia Software SRL - Brussels office | Boulevard du Souverain 280 | 1160 Auderghem

Acest mesaj, inclusiv atașamentele, are caracter confidențial și este destinat exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm să informați expeditorul și să îl ștergeți. Datele cu caracter personal sunt prelucrate în conformitate cu Regulamentul (UE) 2016/679 (GDPR). Pentru exercitarea drepturilor de acces, rectificare sau ștergere, contactați dpo@carpathia-software.eu.
This message is confidential. Personal data is processed in accordance with the GDPR.
''')),

    ('ro', 'ticket-ack-ro-numar-inregistrare-informare-gdpr', 'automated', (),
'''Return-Path: <relatii.clienti@rapidcurier.ro>
Received: from smtp2.rapidcurier.ro (smtp2.rapidcurier.ro [86.105.212.33])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHBk66qNwz9vZb
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 10:12:50 +0100 (CET)
Date: Fri, 6 Nov 2026 11:12:47 +0200
From: =?UTF-8?Q?RapidCurier_-_Rela=C8=9Bii_Clien=C8=9Bi?= <relatii.clienti@rapidcurier.ro>
To: privacy@shop.example.be
Message-ID: <ticket.2026-RC-0418833.ack@rapidcurier.ro>
In-Reply-To: <20261106091240.PRV-2026-04554.r1@shop.example.be>
Subject: =?UTF-8?Q?Solicitarea_dumneavoastr=C4=83_a_fost_=C3=AEnregistrat=C4=83_?=
 =?UTF-8?Q?-_nr=2E_2026/RC/0418833?=
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Vă mulțumim pentru mesaj. Solicitarea dumneavoastră a fost înregistrată cu numărul 2026/RC/0418833 și va fi preluată de un coleg din echipa Relații Clienți în cel mult 48 de ore lucrătoare.

Vă rugăm să nu răspundeți la acest e-mail; acesta este generat automat. Pentru urmărirea expedierilor folosiți AWB-ul pe www.rapidcurier.ro/awb.

Program Relații Clienți: luni – vineri, 08:00 – 20:00; sâmbătă, 09:00 – 14:00.

Informare privind prelucrarea datelor cu caracter personal: RapidCurier Logistic SRL prelucrează datele dumneavoastră cu caracter personal în conformitate cu Regulamentul (UE) 2016/679. Aveți dreptul de acces, dreptul la rectificare, dreptul la ștergere, dreptul la restricționarea prelucrării, dreptul la portabilitatea datelor și dreptul la opoziție, precum și dreptul de a depune o plângere la ANSPDCP. Responsabilul cu protecția datelor poate fi contactat la dpo@rapidcurier.ro.

Echipa RapidCurier
''')),

    ('ro', 'person-other-invoice-on-company-data-gdpr-disclaimer', 'other', (),
'''Return-Path: <andreea.popescu@carpathia-software.eu>
Received: from mail-vi1eur05on2139.outbound.protection.outlook.com (mail-vi1eur05on2139.outbound.protection.outlook.com [40.107.21.139])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RJRd72kGtz9vWw
        for <privacy@shop.example.be>; Mon,  9 Nov 2026 16:27:41 +0100 (CET)
From: Andreea Popescu <andreea.popescu@carpathia-software.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?Q?Factur=C4=83_pe_firm=C4=83_-_comanda_300458771?=
Thread-Topic: =?utf-8?Q?Factur=C4=83_pe_firm=C4=83_-_comanda_300458771?=
Date: Mon, 9 Nov 2026 15:27:38 +0000
Message-ID: <VI1PR05MB5342E3B10C7F4A2D965B08E1C2A74@VI1PR05MB5342.eurprd05.prod.outlook.com>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Bună ziua,

Pe 2 noiembrie am comandat online un scaun de birou și o lampă (comanda nr. 300458771), iar factura a fost emisă pe persoană fizică. Am nevoie de o factură pe datele firmei, ca să pot deconta achiziția:

Carpathia Software SRL - Brussels office
Boulevard du Souverain 280, 1160 Auderghem
TVA: BE 0789.334.112

Vă rog să-mi trimiteți factura refăcută pe aceste date. Vă scriu la această adresă pentru că nu am găsit alta pe site.

Mulțumesc,
Andreea Popescu
Office Manager
Carpathia Software SRL - Brussels office

Acest mesaj, inclusiv atașamentele, are caracter confidențial și este destinat exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm să informați expeditorul și să îl ștergeți. Datele cu caracter personal sunt prelucrate în conformitate cu Regulamentul (UE) 2016/679 (GDPR). Pentru exercitarea drepturilor de acces, rectificare sau ștergere, contactați dpo@carpathia-software.eu.
This message is confidential. Personal data is processed in accordance with the GDPR.
''')),

    # ------------------------------------------------------------------ el
    ('el', 'ooo-el-en-fr-shipping-antwerp-base64', 'automated', (),
'''Return-Path: <e.konstantinou@aegeanbridge-shipping.be>
Received: from mail-am6eur05on2050.outbound.protection.outlook.com (mail-am6eur05on2050.outbound.protection.outlook.com [40.107.22.50])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RFt2N5pVcz9vYr
        for <privacy@shop.example.be>; Tue,  3 Nov 2026 17:42:11 +0100 (CET)
From: ''' + _hdr('Ελένη Κωνσταντίνου') + ''' <e.konstantinou@aegeanbridge-shipping.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: ''' + _hdr('Αυτόματη απάντηση: Your data request - ref. PRV-2026-04536') + '''
Thread-Topic: Your data request - ref. PRV-2026-04536
Date: Tue, 3 Nov 2026 16:42:08 +0000
Message-ID: <AM6PR05MB5880D7B1E04C3A9F26E81B5CA0F37@AM6PR05MB5880.eurprd05.prod.outlook.com>
In-Reply-To: <20261103164203.PRV-2026-04536.r1@shop.example.be>
References: <20261103164203.PRV-2026-04536.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: el-GR
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Αγαπητέ/ή αποστολέα,

Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω από το γραφείο έως και την Παρασκευή 13 Νοεμβρίου 2026, με περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με τον συνάδελφό μου κ. Νίκο Παπαδόπουλο (n.papadopoulos@aegeanbridge-shipping.be, +32 3 231 58 40).

Dear sender, thank you for your message. I am out of the office until Friday 13 November 2026 with limited access to e-mail. For urgent matters please contact Nikos Papadopoulos (n.papadopoulos@aegeanbridge-shipping.be).

Madame, Monsieur, je suis absente jusqu'au vendredi 13 novembre 2026. En cas d'urgence, veuillez contacter Nikos Papadopoulos.

Με εκτίμηση / Best regards,
Ελένη Κωνσταντίνου
Chartering Manager
Aegean Bridge Shipping NV | Noorderlaan 147 | 2030 Antwerpen

Αποποίηση ευθύνης: Το παρόν μήνυμα και τυχόν συνημμένα αρχεία είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Εάν το λάβατε εκ παραδρομής, παρακαλούμε ενημερώστε αμέσως τον αποστολέα και διαγράψτε το. Τα προσωπικά δεδομένα υφίστανται επεξεργασία σύμφωνα με τον Γενικό Κανονισμό για την Προστασία Δεδομένων (ΕΕ) 2016/679. Για την άσκηση των δικαιωμάτων σας (πρόσβαση, διόρθωση, διαγραφή) επικοινωνήστε με dpo@aegeanbridge-shipping.be.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee. Personal data is processed in accordance with the GDPR.
''')),

    ('el', 'nosokomeio-aytomato-minyma-arithmos-protokollou', 'automated', (),
'''Return-Path: <protokollo@gn-agmarinas.gr>
Received: from mail.gn-agmarinas.gr (mail.gn-agmarinas.gr [195.251.34.112])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGFh25LbNz9vWp
        for <privacy@shop.example.be>; Wed,  4 Nov 2026 12:15:40 +0100 (CET)
Date: Wed, 4 Nov 2026 13:15:37 +0200
From: ''' + _hdr('Γ.Ν. Αγίας Μαρίνας - Πρωτόκολλο') + ''' <protokollo@gn-agmarinas.gr>
To: privacy@shop.example.be
Message-ID: <protocol.28714.20261104131537@gn-agmarinas.gr>
Subject: ''' + _hdr('Αυτόματη απάντηση - Αρ. Πρωτ. 28714/04-11-2026') + '''
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

''' + _qp('''Αυτόματο μήνυμα – παρακαλούμε μην απαντάτε.

Το ηλεκτρονικό σας μήνυμα παρελήφθη από το Τμήμα Γραμματείας – Πρωτοκόλλου του Γενικού Νοσοκομείου Αγίας Μαρίνας και καταχωρίστηκε με αριθμό πρωτοκόλλου 28714/04-11-2026.

Θέμα: Your data request - ref. PRV-2026-04542

Το μήνυμά σας θα διαβιβαστεί στην αρμόδια υπηρεσία, η οποία θα σας απαντήσει εντός των νόμιμων προθεσμιών. Για επείγοντα περιστατικά καλέστε το 166.

Ωράριο εξυπηρέτησης κοινού: Δευτέρα – Παρασκευή, 08:00 – 14:30.

Προστασία προσωπικών δεδομένων: Το Νοσοκομείο επεξεργάζεται τα δεδομένα που περιέχονται στο μήνυμά σας αποκλειστικά για τη διεκπεραίωση του αιτήματός σας, σύμφωνα με τον Κανονισμό (ΕΕ) 2016/679 και τον ν. 4624/2019. Υπεύθυνος Προστασίας Δεδομένων: dpo@gn-agmarinas.gr.

Γενικό Νοσοκομείο Αγίας Μαρίνας
''')),

    ('el', 'gateway-bounce-el-en-logariasmos-den-yparxei', 'automated', (),
'''Return-Path: <>
Received: from mailgw.kallisto-ins.gr (mailgw.kallisto-ins.gr [62.103.27.45])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RHv8k3dSfz9vXj
        for <privacy@shop.example.be>; Fri,  6 Nov 2026 16:50:29 +0100 (CET)
Date: Fri, 6 Nov 2026 17:50:26 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mailgw.kallisto-ins.gr>
To: privacy@shop.example.be
Subject: ''' + _hdr('Αδυναμία παράδοσης μηνύματος / Returned mail: User unknown') + '''
Message-ID: <202611061550.4A6FoQ0r019283@mailgw.kallisto-ins.gr>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
        boundary="4A6FoQ0r019283.1794066626/mailgw.kallisto-ins.gr"

This is a MIME-encapsulated message

--4A6FoQ0r019283.1794066626/mailgw.kallisto-ins.gr
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

''' + _b64('''Αυτό είναι ένα αυτόματο μήνυμα από τον διακομιστή αλληλογραφίας mailgw.kallisto-ins.gr.

Το μήνυμά σας δεν ήταν δυνατό να παραδοθεί στον παρακάτω παραλήπτη:

    g.alexiou@kallisto-ins.gr
    Αιτία: ο λογαριασμός δεν υπάρχει (550 5.1.1 User unknown)

Το μήνυμα δεν θα σταλεί ξανά. Ελέγξτε τη διεύθυνση του παραλήπτη και δοκιμάστε ξανά.

----------------------------------------------------------------------

This is an automatically generated message from mailgw.kallisto-ins.gr.

Your message could not be delivered to the following recipient:

    g.alexiou@kallisto-ins.gr
    Reason: user unknown (550 5.1.1 User unknown)

The message will not be retried.
''') + '''
--4A6FoQ0r019283.1794066626/mailgw.kallisto-ins.gr
Content-Type: message/delivery-status

Reporting-MTA: dns; mailgw.kallisto-ins.gr
Received-From-MTA: DNS; mx1.shop.example.be
Arrival-Date: Fri, 6 Nov 2026 17:50:24 +0200

Final-Recipient: RFC822; g.alexiou@kallisto-ins.gr
Action: failed
Status: 5.1.1
Remote-MTA: DNS; exch01.kallisto.local
Diagnostic-Code: SMTP; 550 5.1.1 User unknown
Last-Attempt-Date: Fri, 6 Nov 2026 17:50:26 +0200

--4A6FoQ0r019283.1794066626/mailgw.kallisto-ins.gr
Content-Type: text/rfc822-headers

Return-Path: <privacy@shop.example.be>
Received: from mx1.shop.example.be (mx1.shop.example.be [185.12.64.21])
	by mailgw.kallisto-ins.gr (8.15.2/8.15.2) with ESMTPS id 4A6FoQ0r019283
	for <g.alexiou@kallisto-ins.gr>; Fri, 6 Nov 2026 17:50:24 +0200
From: Shop Example - Privacy <privacy@shop.example.be>
To: Giorgos Alexiou <g.alexiou@kallisto-ins.gr>
Subject: Your access request - PRV-2026-04545 - your data is ready
Date: Fri, 6 Nov 2026 16:50:22 +0100
Message-ID: <20261106155022.PRV-2026-04545.r3@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--4A6FoQ0r019283.1794066626/mailgw.kallisto-ins.gr--
'''),

    ('el', 'person-forwards-newsletter-stop-from-iphone-company-disclaimer', 'withdraw_consent', (),
'''Return-Path: <k.mavridou@aegeanbridge-shipping.be>
Received: from mail-am6eur05on2061.outbound.protection.outlook.com (mail-am6eur05on2061.outbound.protection.outlook.com [40.107.22.61])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKd4x0TgWz9vYm
        for <privacy@shop.example.be>; Thu, 12 Nov 2026 19:34:50 +0100 (CET)
From: ''' + _hdr('Κατερίνα Μαυρίδου') + ''' <k.mavridou@aegeanbridge-shipping.be>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: ''' + _hdr('Fwd: Découvrez notre collection d\u2019hiver – -20 % avec votre carte') + '''
Date: Thu, 12 Nov 2026 18:34:46 +0000
Message-ID: <6A3F0B82-D14E-4C97-A5B1-0E92F7C43D18@aegeanbridge-shipping.be>
Content-Language: el-GR
X-Mailer: iPhone Mail (22B83)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''STOP

Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τη λίστα αποστολής σας. Δεν θέλω να λαμβάνω άλλα διαφημιστικά μηνύματα. Ευχαριστώ.

Στάλθηκε από το iPhone μου

Αρχή προωθημένου μηνύματος:

Από: Shop Example <nouvelles@shop.example.be>
Ημερομηνία: 12 Νοεμβρίου 2026 στις 10:00:04 π.μ. CET
Προς: k.mavridou@aegeanbridge-shipping.be
Θέμα: Découvrez notre collection d’hiver – -20 % avec votre carte

Bonjour Katerina,

Les nouveautés d'hiver sont arrivées ! Jusqu'au 22 novembre, profitez de -20 % sur toute la collection avec votre carte de fidélité, en magasin et sur shop.example.be.

Je découvre : https://www.shop.example.be/fr/hiver

Vous recevez cet e-mail parce que vous êtes inscrite à notre newsletter. Se désinscrire : https://www.shop.example.be/fr/newsletter/desinscription

Αποποίηση ευθύνης: Το παρόν μήνυμα και τυχόν συνημμένα αρχεία είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Τα προσωπικά δεδομένα υφίστανται επεξεργασία σύμφωνα με τον ΓΚΠΔ (ΕΕ) 2016/679 - dpo@aegeanbridge-shipping.be.
Disclaimer: This e-mail and any attachments are confidential and intended solely for the addressee.
''')),

    # ------------------------------------------------------------------ bg
    ('bg', 'ooo-bg-en-fr-otpusk-disclaimer-base64', 'automated', (),
'''Return-Path: <m.georgieva@balkancode.eu>
Received: from mail-db8eur05on2086.outbound.protection.outlook.com (mail-db8eur05on2086.outbound.protection.outlook.com [40.107.20.86])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RDHs20WmKz9vZp
        for <privacy@shop.example.be>; Wed, 28 Oct 2026 19:26:04 +0100 (CET)
From: ''' + _hdr('Мария Георгиева') + ''' <m.georgieva@balkancode.eu>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: ''' + _hdr('Автоматичен отговор: Your data request - ref. PRV-2026-04527') + '''
Thread-Topic: Your data request - ref. PRV-2026-04527
Date: Wed, 28 Oct 2026 18:26:01 +0000
Message-ID: <DB8PR05MB6540B2F1D07A3C95E48E6A1FB4D26@DB8PR05MB6540.eurprd05.prod.outlook.com>
In-Reply-To: <20261028182556.PRV-2026-04527.r1@shop.example.be>
References: <20261028182556.PRV-2026-04527.r1@shop.example.be>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: bg-BG
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + _b64('''Здравейте,

Благодаря за съобщението. В платен годишен отпуск съм до 16 ноември 2026 г. включително и нямам достъп до служебната си поща. Съобщението Ви няма да бъде препратено. По спешни въпроси, моля, обърнете се към колегата ми Петър Иванов (p.ivanov@balkancode.eu, +359 2 491 37 20).

Hello, thank you for your message. I am on annual leave until 16 November 2026 inclusive. For urgent matters please contact Petar Ivanov (p.ivanov@balkancode.eu).

Bonjour, je suis en congé jusqu'au 16 novembre 2026 inclus. En cas d'urgence, merci de contacter Petar Ivanov.

Поздрави / Best regards,
Мария Георгиева
Project Manager
Balkan Code Solutions ЕАД | бул. „Цариградско шосе“ 115 | 1784 София
Brussels office: Avenue de Tervueren 13 | 1040 Etterbeek

Това съобщение и всички прикачени към него файлове са поверителни и предназначени единствено за адресата. Ако сте го получили по погрешка, моля, уведомете незабавно подателя и го изтрийте. Личните данни се обработват в съответствие с Регламент (ЕС) 2016/679 и Закона за защита на личните данни. Повече информация за правата Ви на достъп, коригиране и изтриване ще намерите на www.balkancode.eu/privacy, а длъжностното лице по защита на данните можете да намерите на dpo@balkancode.eu.
This e-mail and any attachments are confidential. Personal data is processed in accordance with the GDPR.
''')),

    ('bg', 'obshtina-delovodstvo-vhodyasht-nomer-ack', 'automated', (),
'''Return-Path: <delovodstvo@belorechie.bg>
Received: from mail.belorechie.bg (mail.belorechie.bg [212.39.88.17])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RGp1F3cYqz9vWj
        for <privacy@shop.example.be>; Thu,  5 Nov 2026 15:31:22 +0100 (CET)
Date: Thu, 5 Nov 2026 16:31:19 +0200
From: ''' + _hdr('Община Белоречие - Деловодство') + ''' <delovodstvo@belorechie.bg>
To: privacy@shop.example.be
Message-ID: <akd.94-00-1873.1793892679@belorechie.bg>
Subject: ''' + _hdr('Потвърждение за получено съобщение - вх. № 94-00-1873/05.11.2026') + '''
X-Mailer: Acstre Archimed eDMS
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Уважаеми г-н/г-жо,

Вашето електронно съобщение е получено в деловодството на Община
Белоречие и е регистрирано с входящ № 94-00-1873 от 05.11.2026 г.

Относно: Your data request - ref. PRV-2026-04559

Отговор ще получите в законоустановения срок. При последваща
кореспонденция, моля, посочвайте входящия номер.

Моля, не отговаряйте на това съобщение – то е генерирано автоматично.

Работно време на Центъра за административно обслужване:
понеделник – петък, 8:30 – 17:00 ч., без прекъсване.

Защита на личните данни: Община Белоречие е администратор на лични данни
и ги обработва в съответствие с Регламент (ЕС) 2016/679 и Закона за
защита на личните данни. Можете да упражните правата си на достъп,
коригиране и изтриване чрез длъжностното лице по защита на данните:
dpo@belorechie.bg.

Община Белоречие, пл. „Възраждане“ 1
'''),

    ('bg', 'mailbox-discontinued-not-forwarded-bg-en', 'automated', (),
'''Return-Path: <sales@balkanvino-export.bg>
Received: from mx.balkanvino-export.bg (mx.balkanvino-export.bg [87.120.37.204])
        by mx1.shop.example.be (Postfix) with ESMTPS id 4RKHq46VnDz9vXg
        for <privacy@shop.example.be>; Wed, 11 Nov 2026 17:03:55 +0100 (CET)
Date: Wed, 11 Nov 2026 18:03:52 +0200
From: Balkan Vino Export <sales@balkanvino-export.bg>
To: privacy@shop.example.be
Subject: ''' + _hdr('Адресът не се използва / Address no longer in use: Your business account - PRV-2026-04564') + '''
Message-ID: <autoreply.1794412232.7712@mx.balkanvino-export.bg>
In-Reply-To: <20261111160349.PRV-2026-04564.r1@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Здравейте,

Този имейл адрес (sales@balkanvino-export.bg) вече не се използва и
съобщенията до него не се четат. Вашето писмо НЕ е препратено.

Моля, изпращайте кореспонденцията си на office@balkanvino-export.bg.

Hello,

This e-mail address (sales@balkanvino-export.bg) is no longer in use and
is not monitored. Your message has NOT been forwarded. Please write to
office@balkanvino-export.bg.

Балкан Вино Експорт ЕООД / Balkan Vino Export EOOD
гр. Пловдив, ул. „Индустриална“ 9
'''),
]

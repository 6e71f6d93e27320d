"""Fresh set, robots and robot-looking people, as raw RFC 5322 messages. Written apart from the code."""

# (language, family, category, extra categories, raw message text)
ROBOTS = [
    ("en", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2177.outbound.protection.outlook.com [40.107.20.167])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VxB23NKv9pPc9
	for <privacy@shop.example.be>; Tue,  4 Jun 2024 10:15:22 +0200 (CEST)
From: Sarah Whitfield <s.whitfield@northwind-logistics.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Confirm your request
Thread-Topic: Confirm your request
Thread-Index: AQHaLDdXmdpTmtms83CNIhhfaQVydQ==
Date: Tue, 4 Jun 2024 08:15:22 +0000
Message-ID: <AM9PR01MB7265439B81AF08CC8EC318349F2DB232@AM9PR01MB7265.eurprd01.prod.exchangelabs.com>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <172834264751.1264.56056@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: AM9PR01MB7265:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AM9PR01MB7265439B81AF08CC8EC318349F2DB232eurp_"
MIME-Version: 1.0

--_000_AM9PR01MB7265439B81AF08CC8EC318349F2DB232eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am out of the office from 3 June until 14 June =
2024 with limited access to email.

Your request will be handled after my return. For urgent matters please con=
tact our office on +44 20 7946 0321 or office@northwind-logistics.example.

For data protection questions, please contact our Data Protection Officer a=
t dpo@northwind-logistics.example.

Kind regards,
Sarah Whitfield
Northwind Logistics Ltd

--_000_AM9PR01MB7265439B81AF08CC8EC318349F2DB232eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Thank you for your email. I am out of the office from 3 June until 14 =
June 2024 with limited access to email.</div>
<div><br>
</div>
<div>Your request will be handled after my return. For urgent matters pleas=
e contact our office on +44 20 7946 0321 or office@northwind-logistics.exam=
ple.</div>
<div><br>
</div>
<div>For data protection questions, please contact our Data Protection Offi=
cer at dpo@northwind-logistics.example.</div>
<div><br>
</div>
<div>Kind regards,<br>
Sarah Whitfield<br>
Northwind Logistics Ltd</div>
</div>
</body>
</html>

--_000_AM9PR01MB7265439B81AF08CC8EC318349F2DB232eurp_--
"""),
    ("en", "gmail_vacation", "automated", (), """Return-Path: <tom@becker-design.example>
Received: from mail-sor-f61.google.com (mail-sor-f61.google.com [209.85.220.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VyQB4K4cMYLSv
	for <privacy@shop.example.be>; Tue, 11 Jun 2024 10:42:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=becker-design.example; s=google; t=1718095330; x=1718700130; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=4oi70ePvQReu6N9sophb/IZsPOHEk9XuZBRZZHcGv0Y=;
        b=ueGnzfu4eg+zZqNL0UlLsEu0CI5I8wENqJy2uyw9Zn8=
         RhcxY4hx1B6r3UAbMuGlveq9JmEBO6WAsOS1Uod11pk=
MIME-Version: 1.0
References: <174564112320.8427.28797@shop.example.be>
In-Reply-To: <174564112320.8427.28797@shop.example.be>
Auto-Submitted: auto-replied
From: Tom Becker <tom@becker-design.example>
Date: Tue, 11 Jun 2024 09:42:10 +0100
Message-ID: <CAOXSkrZtLqeWyg06bKUq9IPPa0eYuCtZeFIxn+oOhq5@mail.gmail.com>
Subject: Re: Your request about your personal data
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000047f2866056568595"

--00000000000047f2866056568595
Content-Type: text/plain; charset="UTF-8"

Hi,

Thanks for your message. I'm on holiday until Monday 24 June and won't be checking email.

If this is about an invoice or a data request, please resend it after I'm back - I'll deal with it then.

Tom

--00000000000047f2866056568595
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hi,</div><div><br></div><div>Thanks for your message. I'm on holiday until Monday 24 June and won't be checking email.</div><div><br></div><div>If this is about an invoice or a data request, please resend it after I'm back - I'll deal with it then.</div><div><br></div><div>Tom</div></div>

--00000000000047f2866056568595--
"""),
    ("en", "sieve_vacation", "automated", (), """Return-Path: <>
Received: from mail.cyclops-it.example (mail.cyclops-it.example [203.0.113.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VdX7svjDxDTMD
	for <privacy@shop.example.be>; Tue,  2 Jul 2024 15:03:51 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.21.1 (f6cd4b8e)
Message-ID: <dovecot-sieve-1719925431-451379-0@mail.cyclops-it.example>
Date: Tue, 02 Jul 2024 14:03:51 +0100
From: Mark Ellison <mark@cyclops-it.example>
To: <privacy@shop.example.be>
Subject: Auto: Confirm your request
In-Reply-To: <173139251219.7531.84021@shop.example.be>
References: <173139251219.7531.84021@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

I am currently away on annual leave and will return on Monday 15 July 2024.

Your message has not been forwarded. For support requests please write to
helpdesk@cyclops-it.example; for privacy and data protection matters
contact privacy@cyclops-it.example.

Mark Ellison
"""),
    ("en", "notes_ooo", "automated", (), """Received: from smtp1.meridian-insurance.example (smtp1.meridian-insurance.example [198.51.100.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VyFwk9wWnTBH3
	for <privacy@shop.example.be>; Wed,  5 Jun 2024 09:58:23 +0200 (CEST)
Auto-Submitted: auto-generated
From: Jane Smith <jane.smith@meridian-insurance.example>
To: privacy@shop.example.be
Subject: Jane Smith is out of the office.
Message-ID: <OF8A1B2C3D.4E5F6071-ONC1258B2F.002B3C4D-C1258B2F.002B3C4E@meridian-insurance.example>
Date: Wed, 5 Jun 2024 09:58:23 +0200
X-Mailer: HCL Notes Release 12.0.2FP3 March 21, 2024
X-MIMETrack: Serialize by Router on MERIDIAN01/Meridian(Release 12.0.2FP3|March 21, 2024) at
 05.06.2024 09:58:23
MIME-Version: 1.0
Content-type: text/plain; charset=US-ASCII

I will be out of the office starting  06/05/2024 and will not return until 06/19/2024.

I will respond to your message when I return. For claims or complaints, please contact claims@meridian-insurance.example.
Requests to delete or access personal data are handled by our privacy office: privacy@meridian-insurance.example
"""),
    ("en", "bare", "automated", (), """Received: from relay.pobox-forward.example (relay.pobox-forward.example [192.0.2.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VWyFJ7FJ7NFqJ
	for <privacy@shop.example.be>; Mon, 22 Jul 2024 03:01:09 +0200 (CEST)
From: Priya Raman <priya.raman@lattice-analytics.example>
To: privacy@shop.example.be
Subject: Re: Confirm your request
Date: Mon, 22 Jul 2024 06:31:09 +0530
Message-ID: <e619ffd3b3a1f6ec8765fb31@lattice-analytics.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 7bit

Hello,

I am out of office until 8 August with no access to email. Your request is
important to me and I will get back to you as soon as I am back.

For anything urgent, please call +91 80 4000 1234.

Regards,
Priya Raman
"""),
    ("en", "roundcube_vacation", "automated", (), """Return-Path: <>
Received: from imap.hostingbox.example (imap.hostingbox.example [203.0.113.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VtZBb97bNQCVn
	for <privacy@shop.example.be>; Tue,  6 Aug 2024 12:20:44 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.19 (4eae2f79)
Message-ID: <dovecot-sieve-1722939644-383892-0@imap.hostingbox.example>
Date: Tue, 06 Aug 2024 11:20:44 +0100
From: Olivia Grant <olivia.grant@grant-architects.example>
To: <privacy@shop.example.be>
Subject: Out of office
In-Reply-To: <172862822815.4573.92327@shop.example.be>
References: <172862822815.4573.92327@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Thank you for your e-mail.

I'm away from the office until Monday 19 August. Messages will not be
forwarded. If your enquiry concerns an ongoing project please contact
studio@grant-architects.example.

Best wishes,
Olivia
"""),
    ("nl", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2178.outbound.protection.outlook.com [40.107.20.168])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VWS9wK14ylnYs
	for <privacy@shop.example.be>; Tue,  4 Jun 2024 10:17:03 +0200 (CEST)
From: Jan Peeters <jan.peeters@bouwgroep-vlaanderen.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Bevestig uw verzoek
Thread-Index: AQHa8uh581lIcyBs/2VgJU5dgxV3MA==
Date: Tue, 4 Jun 2024 08:17:03 +0000
Message-ID: <AM9PR01MB726544A37DCF09AE0430CADB8100BCBC@AM9PR01MB7265.eurprd01.prod.exchangelabs.com>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <172851565263.1294.74634@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: AM9PR01MB7265:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AM9PR01MB726544A37DCF09AE0430CADB8100BCBCeurp_"
MIME-Version: 1.0

--_000_AM9PR01MB726544A37DCF09AE0430CADB8100BCBCeurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste,

Ik ben afwezig van 3 tot en met 14 juni 2024 en heb geen toegang tot mijn m=
ailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij mijn collega An Claes (an.claes@bou=
wgroep-vlaanderen.example).
Vragen over gegevensbescherming kunt u richten aan dpo@bouwgroep-vlaanderen=
.example.

Met vriendelijke groeten,
Jan Peeters

--_000_AM9PR01MB726544A37DCF09AE0430CADB8100BCBCeurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Beste,</div>
<div><br>
</div>
<div>Ik ben afwezig van 3 tot en met 14 juni 2024 en heb geen toegang tot m=
ijn mailbox. Uw bericht wordt niet doorgestuurd.</div>
<div><br>
</div>
<div>Voor dringende zaken kunt u terecht bij mijn collega An Claes (an.clae=
s@bouwgroep-vlaanderen.example).<br>
Vragen over gegevensbescherming kunt u richten aan dpo@bouwgroep-vlaanderen=
.example.</div>
<div><br>
</div>
<div>Met vriendelijke groeten,<br>
Jan Peeters</div>
</div>
</body>
</html>

--_000_AM9PR01MB726544A37DCF09AE0430CADB8100BCBCeurp_--
"""),
    ("nl", "gmail_vacation", "automated", (), """Return-Path: <lotte@studio-vermeulen.example>
Received: from mail-sor-f45.google.com (mail-sor-f45.google.com [209.85.220.45])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V3jM0Tsbrrn6M
	for <privacy@shop.example.be>; Tue,  9 Jul 2024 16:05:33 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=studio-vermeulen.example; s=google; t=1720533933; x=1721138733; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=Eh5XaE1D4lEi9023zDyamQ6ltGTNVmb3iG6ePR87PtM=;
        b=aCXrYNaJevbMbcXVyKIiN3SUmyo1Mrsd103uvxYMR/M=
         acOeEtNO4LdwjBuzswKBfq8yDjweELdajz9PPBtZ3+Y=
MIME-Version: 1.0
References: <173282154468.7769.27482@shop.example.be>
In-Reply-To: <173282154468.7769.27482@shop.example.be>
Auto-Submitted: auto-replied
From: Lotte Vermeulen <lotte@studio-vermeulen.example>
Date: Tue, 9 Jul 2024 16:05:33 +0200
Message-ID: <CAki8bGB4xtpFxCsEjqHCP89NK_qPq3Jble77RKK8esk@mail.gmail.com>
Subject: Re: Uw verzoek over uw persoonsgegevens
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000a8738dcc914d0ab1"

--000000000000a8738dcc914d0ab1
Content-Type: text/plain; charset="UTF-8"

Hallo,

Bedankt voor je mail! Ik ben met vakantie tot 22 juli en lees mijn e-mail niet. Je verzoek wordt na mijn terugkeer behandeld.

Groetjes,
Lotte

--000000000000a8738dcc914d0ab1
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hallo,</div><div><br></div><div>Bedankt voor je mail! Ik ben met vakantie tot 22 juli en lees mijn e-mail niet. Je verzoek wordt na mijn terugkeer behandeld.</div><div><br></div><div>Groetjes,<br>Lotte</div></div>

--000000000000a8738dcc914d0ab1--
"""),
    ("nl", "zimbra_ooo", "automated", (), """Received: from mail.gemeente-zonnebeke.example (mail.gemeente-zonnebeke.example [198.51.100.23])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VC8nrdZb9zCJj
	for <privacy@shop.example.be>; Thu,  1 Aug 2024 10:44:12 +0200 (CEST)
Date: Thu, 1 Aug 2024 10:44:12 +0200 (CEST)
From: Pieter De Smet <pieter.desmet@gemeente-zonnebeke.example>
To: privacy@shop.example.be
Message-ID: <688084622.7347224.1722501852656.JavaMail.zimbra@mail.gemeente-zonnebeke.example>
In-Reply-To: <172388084622.4206.12690@shop.example.be>
Subject: Re: Bevestig uw verzoek
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Goedendag,

Ik ben momenteel met verlof tot en met maandag 19 augustus. Uw e-mail wordt na mijn terugkeer behandeld.
Voor dringende vragen kunt u het onthaal bellen op 051 00 00 00.

Met vriendelijke groet,
Pieter De Smet
Dienst Burgerzaken
"""),
    ("nl", "bare", "automated", (), """Received: from mx.forwarding-service.example (mx.forwarding-service.example [192.0.2.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VJJXb7SWkM2TS
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 13:12:40 +0200 (CEST)
From: Marleen Jacobs <marleen.jacobs@advocaten-jacobs.example>
To: privacy@shop.example.be
Subject: Afwezigheidsbericht
Date: Tue, 20 Aug 2024 13:12:40 +0200
Message-ID: <2cfef8d04d77792752e5bef0@advocaten-jacobs.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: 7bit

Geachte,

Ik ben afwezig tot en met 2 september. Uw e-mail wordt niet automatisch
doorgestuurd en zal na mijn terugkeer gelezen worden.

Klachten, vragen over uw dossier of verzoeken over uw gegevens worden na
mijn terugkeer behandeld. In dringende gevallen kunt u het secretariaat
bereiken op 03 000 00 00.

Met vriendelijke groeten,
Marleen Jacobs
"""),
    ("fr", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2160.outbound.protection.outlook.com [40.107.20.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V5fB6MLfVB6Tp
	for <privacy@shop.example.be>; Wed,  3 Jul 2024 09:51:18 +0200 (CEST)
From: Camille Dubois <camille.dubois@atelier-lumiere.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?R=C3=A9ponse?= automatique : Confirmez votre demande
Thread-Topic: Confirmez votre demande
Thread-Index: AQHad3CpKMh3AB6T4BDqtRKh5QlQgA==
Date: Wed, 3 Jul 2024 07:51:18 +0000
Message-ID: <PR1P264MB3412326E6F2A960516387819037706DF@PR1P264MB3412.FRAP264.PROD.OUTLOOK.COM>
Accept-Language: fr-FR, en-US
Content-Language: fr-FR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <172546098218.5505.56248@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: PR1P264MB3412:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_PR1P264MB3412326E6F2A960516387819037706DFFRAP_"
MIME-Version: 1.0

--_000_PR1P264MB3412326E6F2A960516387819037706DFFRAP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente du bureau du 1er au 19 juillet 2024 inclus, sans acc=C3=A8s=
 =C3=A0 ma messagerie.

Votre demande sera trait=C3=A9e =C3=A0 mon retour. En cas d'urgence, merci =
de contacter accueil@atelier-lumiere.example.
Pour toute question relative =C3=A0 la protection des donn=C3=A9es, =C3=A9c=
rivez =C3=A0 dpo@atelier-lumiere.example.

Cordialement,
Camille Dubois

--_000_PR1P264MB3412326E6F2A960516387819037706DFFRAP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Bonjour,</div>
<div><br>
</div>
<div>Je suis absente du bureau du 1er au 19 juillet 2024 inclus, sans acc=
=C3=A8s =C3=A0 ma messagerie.</div>
<div><br>
</div>
<div>Votre demande sera trait=C3=A9e =C3=A0 mon retour. En cas d'urgence, m=
erci de contacter accueil@atelier-lumiere.example.<br>
Pour toute question relative =C3=A0 la protection des donn=C3=A9es, =C3=A9c=
rivez =C3=A0 dpo@atelier-lumiere.example.</div>
<div><br>
</div>
<div>Cordialement,<br>
Camille Dubois</div>
</div>
</body>
</html>

--_000_PR1P264MB3412326E6F2A960516387819037706DFFRAP_--
"""),
    ("fr", "gmail_vacation", "automated", (), """Return-Path: <julien@marchal-conseil.example>
Received: from mail-sor-f61.google.com (mail-sor-f61.google.com [209.85.220.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V4qgFbk95YvXj
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 18:22:05 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=marchal-conseil.example; s=google; t=1723479725; x=1724084525; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=e2G0vftJPnPVtc5vepITgt+nCYFqYl+jXL7hFX5LW2U=;
        b=ta512gusFvr4dG4VxbJeeaUQQjHSJTBlDjSl1pS8wxk=
         fcBYk3dHChpJZJ5197YwpMwaCahvm/lxZ/VE/lxNJWc=
MIME-Version: 1.0
References: <175055546627.6947.30679@shop.example.be>
In-Reply-To: <175055546627.6947.30679@shop.example.be>
Auto-Submitted: auto-replied
From: Julien Marchal <julien@marchal-conseil.example>
Date: Mon, 12 Aug 2024 18:22:05 +0200
Message-ID: <CAB6c1s3emd68U+R4IEGx1hA1DOybV84lTO2r2ZKIKus@mail.gmail.com>
Subject: Re: Votre demande concernant vos =?utf-8?q?donn=C3=A9es?=
 personnelles
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004a752e4f37829e87"

--0000000000004a752e4f37829e87
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Merci pour votre message. Je suis en cong=C3=A9s jusqu'au 26 ao=C3=BBt et j=
e ne consulte pas mes e-mails.
Je vous r=C3=A9pondrai d=C3=A8s mon retour.

Bien =C3=A0 vous,
Julien Marchal

--0000000000004a752e4f37829e87
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bonjour,</div><div><br></div><div>Merci pour votre me=
ssage. Je suis en cong=C3=A9s jusqu'au 26 ao=C3=BBt et je ne consulte pas m=
es e-mails.<br>Je vous r=C3=A9pondrai d=C3=A8s mon retour.</div><div><br></=
div><div>Bien =C3=A0 vous,<br>Julien Marchal</div></div>

--0000000000004a752e4f37829e87--
"""),
    ("fr", "cpanel_autoresponder", "automated", (), """Return-Path: <>
Received: from srv42.webhebergeur.example (srv42.webhebergeur.example [203.0.113.42])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VsxgQfQVDqb5t
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 09:01:47 +0200 (CEST)
From: Gite des Fagnes <contact@gite-des-fagnes.example>
To: privacy@shop.example.be
Subject: Absence - fermeture annuelle
In-Reply-To: <175591019202.5098.22564@shop.example.be>
References: <175591019202.5098.22564@shop.example.be>
Auto-Submitted: auto-replied
X-Autorespond: contact@gite-des-fagnes.example
Precedence: auto_reply
X-Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Message-Id: <E11jQS84-T00MED-AN@srv42.webhebergeur.example>
Date: Wed, 21 Aug 2024 09:01:47 +0200

Bonjour et merci pour votre message.

Nous sommes fermés pour congés annuels jusqu'au 3 septembre. Votre e-mail
sera traité à notre retour.

Pour annuler une réservation, merci d'utiliser le formulaire sur notre site.

Sophie et Marc - Gîte des Fagnes
"""),
    ("fr", "bare", "automated", (), """Received: from relais.redirmail.example (relais.redirmail.example [192.0.2.131])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VY4fvK5X1jBJH
	for <privacy@shop.example.be>; Tue, 10 Sep 2024 10:05:00 +0200 (CEST)
From: Nathalie Leroy <n.leroy@mutuelle-horizon.example>
To: privacy@shop.example.be
Subject: Re: Confirmez votre demande
Date: Tue, 10 Sep 2024 10:05:00 +0200
Message-ID: <0e8b089dcb012fda5e9b5135@mutuelle-horizon.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis actuellement en cong=C3=A9 et ne serai de retour que le 15 octobre.
Votre message ne sera pas transf=C3=A9r=C3=A9.

Pour toute r=C3=A9clamation ou pour la suppression de votre compte adh=C3=
=A9rent,
merci de contacter directement service.adherents@mutuelle-horizon.example.

Nathalie Leroy
"""),
    ("de", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2124.outbound.protection.outlook.com [40.107.20.192])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V91M6wW94pvQ9
	for <privacy@shop.example.be>; Tue, 18 Jun 2024 08:02:55 +0200 (CEST)
From: =?utf-8?q?J=C3=BCrgen_Wei=C3=9F?= <j.weiss@hansa-maschinenbau.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatische Antwort: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Thread-Topic: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Thread-Index: AQHaYUIB1DuBiTQr708Mb7898XQ2vw==
Date: Tue, 18 Jun 2024 06:02:55 +0000
Message-ID: <FR3P281MB1523C0327F1F3A261E11AE78B41FF9A9@FR3P281MB1523.DEUP281.PROD.OUTLOOK.COM>
Accept-Language: de-DE, en-US
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <174924534815.2748.70606@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: FR3P281MB1523:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_FR3P281MB1523C0327F1F3A261E11AE78B41FF9A9DEUP_"
MIME-Version: 1.0

--_000_FR3P281MB1523C0327F1F3A261E11AE78B41FF9A9DEUP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich 21.06.=
2024 nicht im B=C3=BCro und habe keinen Zugriff auf meine E-Mails. Ihre Nac=
hricht wird nicht weitergeleitet.

In dringenden F=C3=A4llen wenden Sie sich bitte an info@hansa-maschinenbau.=
example.
Bei Fragen zum Datenschutz erreichen Sie unseren Datenschutzbeauftragten un=
ter datenschutz@hansa-maschinenbau.example.

Mit freundlichen Gr=C3=BC=C3=9Fen
J=C3=BCrgen Wei=C3=9F

--_000_FR3P281MB1523C0327F1F3A261E11AE78B41FF9A9DEUP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Sehr geehrte Damen und Herren,</div>
<div><br>
</div>
<div>vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich 2=
1.06.2024 nicht im B=C3=BCro und habe keinen Zugriff auf meine E-Mails. Ihr=
e Nachricht wird nicht weitergeleitet.</div>
<div><br>
</div>
<div>In dringenden F=C3=A4llen wenden Sie sich bitte an info@hansa-maschine=
nbau.example.<br>
Bei Fragen zum Datenschutz erreichen Sie unseren Datenschutzbeauftragten un=
ter datenschutz@hansa-maschinenbau.example.</div>
<div><br>
</div>
<div>Mit freundlichen Gr=C3=BC=C3=9Fen<br>
J=C3=BCrgen Wei=C3=9F</div>
</div>
</body>
</html>

--_000_FR3P281MB1523C0327F1F3A261E11AE78B41FF9A9DEUP_--
"""),
    ("de", "notes_ooo", "automated", (), """Received: from mailgw.stadtwerke-beispiel.example (mailgw.stadtwerke-beispiel.example [198.51.100.150])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V3mNhYM2SGgpx
	for <privacy@shop.example.be>; Mon, 10 Jun 2024 08:12:09 +0200 (CEST)
Auto-Submitted: auto-generated
Subject: Abwesenheitsnotiz: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
From: Klaus Hoffmann <K.Hoffmann@stadtwerke-beispiel.example>
To: privacy@shop.example.be
Message-ID: <OFA7C3E912.0B4D5F61-ONC1258B38.002C8F1E-C1258B38.002C8F20@stadtwerke-beispiel.example>
Date: Mon, 10 Jun 2024 08:12:09 +0200
X-Mailer: HCL Notes Release 12.0.2 November 03, 2022
X-MIMETrack: Serialize by Router on SWB-MAIL01/SWB(Release 12.0.2|November 03, 2022) at
 10.06.2024 08:12:09
MIME-Version: 1.0
Content-type: text/plain; charset=ISO-8859-1
Content-transfer-encoding: quoted-printable

Ich werde ab  10.06.2024 nicht im B=FCro sein. Ich kehre zur=FCck am 24.06.=
2024.

Ich werde Ihre Nachricht nach meiner R=FCckkehr beantworten. In dringenden =
F=E4llen wenden Sie sich bitte an meine Vertretung, Frau Petra Lang (P.Lang=
@stadtwerke-beispiel.example).
"""),
    ("de", "sieve_vacation", "automated", (), """Return-Path: <>
Received: from mx.mailbox-hosting.example (mx.mailbox-hosting.example [203.0.113.9])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V0hwJCVGG4YYm
	for <privacy@shop.example.be>; Tue, 23 Jul 2024 15:40:02 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.21.1 (f6cd4b8e)
Message-ID: <dovecot-sieve-1721742002-618951-0@mx.mailbox-hosting.example>
Date: Tue, 23 Jul 2024 15:40:02 +0200
From: Anna Schubert <anna@schubert-grafik.example>
To: <privacy@shop.example.be>
Subject: Abwesenheit
In-Reply-To: <173825625761.1940.25186@shop.example.be>
References: <173825625761.1940.25186@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hallo,

ich bin bis zum 5. August im Urlaub. Ihre E-Mail wird nicht
weitergeleitet; ich melde mich nach meiner Rückkehr.

Viele Grüße
Anna Schubert
"""),
    ("de", "gmail_vacation", "automated", (), """Return-Path: <markus.vogel@vogel-fotografie.example>
Received: from mail-sor-f58.google.com (mail-sor-f58.google.com [209.85.220.58])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VQPcY1DWJkFsY
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 20:11:37 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=vogel-fotografie.example; s=google; t=1724091097; x=1724695897; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=JKZU2XWZ8cGwnxoGme9vTb62hrd6VJF0yQlhA52EvRE=;
        b=tC4l7LrPpyy+wUU6eG8vcbwJHTinm+iY4gLmSwmt7bw=
         MrgerIpG44Q9XKfRFDFfYONAGnuFQZPCrwtaKthbAqY=
MIME-Version: 1.0
References: <174008030527.8608.1187@shop.example.be>
In-Reply-To: <174008030527.8608.1187@shop.example.be>
Auto-Submitted: auto-replied
From: Markus Vogel <markus.vogel@vogel-fotografie.example>
Date: Mon, 19 Aug 2024 20:11:37 +0200
Message-ID: <CApEjvDqWhOq_uGHWePqVESpWrDcWE1wliW1HWW8AzI2@mail.gmail.com>
Subject: Re: Ihre Anfrage zu Ihren personenbezogenen Daten
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000aee82b326459010d"

--000000000000aee82b326459010d
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo,

ich bin bis 2. September auf Reisen und lese E-Mails nur unregelm=C3=A4=C3=
=9Fig.
Anfragen zu Auftr=C3=A4gen, Datenl=C3=B6schungen oder Rechnungen bearbeite =
ich nach meiner R=C3=BCckkehr.

Beste Gr=C3=BC=C3=9Fe
Markus Vogel

--000000000000aee82b326459010d
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hallo,</div><div><br></div><div>ich bin bis 2. Septem=
ber auf Reisen und lese E-Mails nur unregelm=C3=A4=C3=9Fig.<br>Anfragen zu =
Auftr=C3=A4gen, Datenl=C3=B6schungen oder Rechnungen bearbeite ich nach mei=
ner R=C3=BCckkehr.</div><div><br></div><div>Beste Gr=C3=BC=C3=9Fe<br>Markus=
 Vogel</div></div>

--000000000000aee82b326459010d--
"""),
    ("de", "bare", "automated", (), """Received: from weiterleitung.mailrelay.example (weiterleitung.mailrelay.example [192.0.2.17])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vj5tPt8pDYfTt
	for <privacy@shop.example.be>; Mon,  2 Sep 2024 07:30:12 +0200 (CEST)
From: Sabine =?utf-8?q?Kr=C3=BCger?= <s.krueger@kanzlei-krueger.example>
To: privacy@shop.example.be
Subject: Abwesend
Date: Mon, 02 Sep 2024 07:30:12 +0200
Message-ID: <c759b9798c8e895cade3fefa@kanzlei-krueger.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Guten Tag,

ich befinde mich bis zum 30.09.2024 in Elternzeit. Ihre E-Mail wird in
dieser Zeit nicht gelesen und nicht weitergeleitet.

Bitte wenden Sie sich an kanzlei@kanzlei-krueger.example.

Mit freundlichen Gr=C3=BC=C3=9Fen
Sabine Kr=C3=BCger
"""),
    ("es", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2115.outbound.protection.outlook.com [40.107.20.183])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VYvTPdPmRpWPL
	for <privacy@shop.example.be>; Mon,  1 Jul 2024 11:33:48 +0200 (CEST)
From: =?utf-8?q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@grupo-iberica.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Respuesta =?utf-8?q?autom=C3=A1tica=3A?= Confirme su solicitud
Thread-Topic: Confirme su solicitud
Thread-Index: AQHas1oiZN6fNbz4Ads2GcMNhuKBaA==
Date: Mon, 1 Jul 2024 09:33:48 +0000
Message-ID: <DB8PR04MB6972B7196C04C9B9F6A1D1ACED2593E1@DB8PR04MB6972.eurprd04.prod.outlook.com>
Accept-Language: es-ES, en-US
Content-Language: es-ES
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <174771896580.7035.63281@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: DB8PR04MB6972:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_DB8PR04MB6972B7196C04C9B9F6A1D1ACED2593E1eurp_"
MIME-Version: 1.0

--_000_DB8PR04MB6972B7196C04C9B9F6A1D1ACED2593E1eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Buenos d=C3=ADas:

Estoy fuera de la oficina hasta el 15 de julio sin acceso al correo electr=
=C3=B3nico. Su solicitud se atender=C3=A1 a mi regreso.

Para asuntos urgentes, escriba a recepcion@grupo-iberica.example. Para cues=
tiones de protecci=C3=B3n de datos, contacte con nuestro delegado en dpd@gr=
upo-iberica.example.

Un saludo,
Luc=C3=ADa Fern=C3=A1ndez

--_000_DB8PR04MB6972B7196C04C9B9F6A1D1ACED2593E1eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Buenos d=C3=ADas:</div>
<div><br>
</div>
<div>Estoy fuera de la oficina hasta el 15 de julio sin acceso al correo el=
ectr=C3=B3nico. Su solicitud se atender=C3=A1 a mi regreso.</div>
<div><br>
</div>
<div>Para asuntos urgentes, escriba a recepcion@grupo-iberica.example. Para=
 cuestiones de protecci=C3=B3n de datos, contacte con nuestro delegado en d=
pd@grupo-iberica.example.</div>
<div><br>
</div>
<div>Un saludo,<br>
Luc=C3=ADa Fern=C3=A1ndez</div>
</div>
</body>
</html>

--_000_DB8PR04MB6972B7196C04C9B9F6A1D1ACED2593E1eurp_--
"""),
    ("es", "gmail_vacation", "automated", (), """Return-Path: <javier@ortega-abogados.example>
Received: from mail-sor-f47.google.com (mail-sor-f47.google.com [209.85.220.47])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VrHQGyRnxSFLX
	for <privacy@shop.example.be>; Mon,  5 Aug 2024 12:48:20 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=ortega-abogados.example; s=google; t=1722854900; x=1723459700; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=MFLZH+ll0ieIxi7fLSsHvOVkWMWyjN4fWl5Ra9nRbI0=;
        b=DPIUTlkQKGTFfg5Agsby1DLHAASF/n7GMlFnN4MqkdU=
         Kch57VEiFzi62RkCv382MtVOFC8KybQH+stTHPy3PlI=
MIME-Version: 1.0
References: <172821252108.1568.39583@shop.example.be>
In-Reply-To: <172821252108.1568.39583@shop.example.be>
Auto-Submitted: auto-replied
From: Javier Ortega <javier@ortega-abogados.example>
Date: Mon, 5 Aug 2024 12:48:20 +0200
Message-ID: <CAM6lQbH2bzynDATQdSChN2d7wDgeZqpJh5ZqRw03A23@mail.gmail.com>
Subject: Re: Su solicitud sobre sus datos personales
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="00000000000036c98075f09447d3"

--00000000000036c98075f09447d3
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola,

Estoy de vacaciones hasta el 2 de septiembre. Contestar=C3=A9 a tu correo a=
 la vuelta.

Saludos,
Javier

--00000000000036c98075f09447d3
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hola,</div><div><br></div><div>Estoy de vacaciones ha=
sta el 2 de septiembre. Contestar=C3=A9 a tu correo a la vuelta.</div><div>=
<br></div><div>Saludos,<br>Javier</div></div>

--00000000000036c98075f09447d3--
"""),
    ("es", "bare", "automated", (), """Received: from smtp.reenvio-correo.example (smtp.reenvio-correo.example [192.0.2.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VYZrHK20Tlgst
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 11:02:33 +0200 (CEST)
From: Marta Ruiz <marta.ruiz@clinica-dental-sol.example>
To: privacy@shop.example.be
Subject: Fuera de la oficina
Date: Wed, 14 Aug 2024 11:02:33 +0200
Message-ID: <46e59be2a2824d4597bd31f6@clinica-dental-sol.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el 28 de agosto. Durante este tiempo
no revisar=C3=A9 el correo. Si su consulta es sobre una cita, llame a la cl=
=C3=ADnica.

Atentamente,
Marta Ruiz
"""),
    ("it", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2135.outbound.protection.outlook.com [40.107.20.103])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vz3dqJDGJjdBG
	for <privacy@shop.example.be>; Mon, 15 Jul 2024 10:21:39 +0200 (CEST)
From: Giulia Rossi <g.rossi@studio-rossi.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Risposta automatica: Conferma la tua richiesta
Thread-Topic: Conferma la tua richiesta
Thread-Index: AQHaY4YV5KjGzanZbFpvR1OpsjlJbg==
Date: Mon, 15 Jul 2024 08:21:39 +0000
Message-ID: <AS8PR08MB9124CB91B935A9A614FD81FB6BE18E5E@AS8PR08MB9124.eurprd08.prod.outlook.com>
Accept-Language: it-IT, en-US
Content-Language: it-IT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <175115324981.6086.75617@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: AS8PR08MB9124:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AS8PR08MB9124CB91B935A9A614FD81FB6BE18E5Eeurp_"
MIME-Version: 1.0

--_000_AS8PR08MB9124CB91B935A9A614FD81FB6BE18E5Eeurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile mittente,

sar=C3=B2 assente dall'ufficio fino al 26 luglio 2024 con accesso limitato =
alla posta elettronica. La sua richiesta verr=C3=A0 gestita al mio rientro.

Per urgenze pu=C3=B2 contattare segreteria@studio-rossi.example. Per questi=
oni relative alla privacy scriva a privacy@studio-rossi.example.

Cordiali saluti,
Giulia Rossi

--_000_AS8PR08MB9124CB91B935A9A614FD81FB6BE18E5Eeurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Gentile mittente,</div>
<div><br>
</div>
<div>sar=C3=B2 assente dall'ufficio fino al 26 luglio 2024 con accesso limi=
tato alla posta elettronica. La sua richiesta verr=C3=A0 gestita al mio rie=
ntro.</div>
<div><br>
</div>
<div>Per urgenze pu=C3=B2 contattare segreteria@studio-rossi.example. Per q=
uestioni relative alla privacy scriva a privacy@studio-rossi.example.</div>
<div><br>
</div>
<div>Cordiali saluti,<br>
Giulia Rossi</div>
</div>
</body>
</html>

--_000_AS8PR08MB9124CB91B935A9A614FD81FB6BE18E5Eeurp_--
"""),
    ("it", "zimbra_ooo", "automated", (), """Received: from posta.comune-esempio.example (posta.comune-esempio.example [198.51.100.201])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VHV3HwgyQwrpM
	for <privacy@shop.example.be>; Fri,  9 Aug 2024 10:10:10 +0200 (CEST)
Date: Fri, 9 Aug 2024 10:10:10 +0200 (CEST)
From: Marco Bianchi <marco.bianchi@comune-esempio.example>
To: privacy@shop.example.be
Message-ID: <208703189.2823831.1723191010106.JavaMail.zimbra@posta.comune-esempio.example>
In-Reply-To: <173908703189.3650.32087@shop.example.be>
Subject: Re: La tua richiesta sui tuoi dati personali
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 8.8.15_GA_4581 (zclient/8.8.15_GA_4581)

Buongiorno,

sono in ferie fino al 23 agosto. Risponder=C3=B2 al suo messaggio al mio ri=
entro.

Cordiali saluti,
Marco Bianchi
Ufficio Tributi
"""),
    ("pt", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2177.outbound.protection.outlook.com [40.107.20.167])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V0X2CMDWTtKS8
	for <privacy@shop.example.be>; Thu,  4 Jul 2024 12:02:17 +0200 (CEST)
From: =?utf-8?q?Jo=C3=A3o?= Silva <joao.silva@transportes-atlantico.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Resposta =?utf-8?q?autom=C3=A1tica=3A?= Confirme o seu pedido
Thread-Topic: Confirme o seu pedido
Thread-Index: AQHae3NMTHYTAVouP7lxmDsln93mUg==
Date: Thu, 4 Jul 2024 10:02:17 +0000
Message-ID: <PAXPR02MB726343113EAF07ADB54C6664B2A3BEBE@PAXPR02MB7263.eurprd02.prod.outlook.com>
Accept-Language: pt-PT, en-US
Content-Language: pt-PT
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <172825203631.1233.81574@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: PAXPR02MB7263:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_PAXPR02MB726343113EAF07ADB54C6664B2A3BEBEeurp_"
MIME-Version: 1.0

--_000_PAXPR02MB726343113EAF07ADB54C6664B2A3BEBEeurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bom dia,

Estarei ausente do escrit=C3=B3rio at=C3=A9 12 de julho, sem acesso ao e-ma=
il. O seu pedido ser=C3=A1 tratado ap=C3=B3s o meu regresso.

Para assuntos urgentes, contacte geral@transportes-atlantico.example. Quest=
=C3=B5es sobre prote=C3=A7=C3=A3o de dados: epd@transportes-atlantico.examp=
le.

Cumprimentos,
Jo=C3=A3o Silva

--_000_PAXPR02MB726343113EAF07ADB54C6664B2A3BEBEeurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Bom dia,</div>
<div><br>
</div>
<div>Estarei ausente do escrit=C3=B3rio at=C3=A9 12 de julho, sem acesso ao=
 e-mail. O seu pedido ser=C3=A1 tratado ap=C3=B3s o meu regresso.</div>
<div><br>
</div>
<div>Para assuntos urgentes, contacte geral@transportes-atlantico.example. =
Quest=C3=B5es sobre prote=C3=A7=C3=A3o de dados: epd@transportes-atlantico.=
example.</div>
<div><br>
</div>
<div>Cumprimentos,<br>
Jo=C3=A3o Silva</div>
</div>
</body>
</html>

--_000_PAXPR02MB726343113EAF07ADB54C6664B2A3BEBEeurp_--
"""),
    ("pt", "bare", "automated", (), """Received: from reenvio.correio-relay.example (reenvio.correio-relay.example [192.0.2.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V9DYlT00dCNjm
	for <privacy@shop.example.be>; Tue, 13 Aug 2024 18:45:02 +0200 (CEST)
From: Ana Costa <ana.costa@costa-imobiliaria.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Aus=C3=AAncia?=
Date: Tue, 13 Aug 2024 17:45:02 +0100
Message-ID: <3dd7f06d16e3728366a37a4f@costa-imobiliaria.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1!

Estou de f=C3=A9rias at=C3=A9 30 de agosto e sem acesso regular ao e-mail.
Responderei =C3=A0 sua mensagem assim que regressar.

Obrigada,
Ana Costa
"""),
    ("pl", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2152.outbound.protection.outlook.com [40.107.20.120])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VqTRTHKFvrS26
	for <privacy@shop.example.be>; Thu, 20 Jun 2024 08:44:03 +0200 (CEST)
From: Katarzyna Nowak <k.nowak@budpol.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Potwierd=C5=BA_swoje_?=
 =?utf-8?b?xbzEhWRhbmll?=
Thread-Topic: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie?=
Thread-Index: AQHa0XCuHZxpUbXtgBbz80zh6/q/Uw==
Date: Thu, 20 Jun 2024 06:44:03 +0000
Message-ID: <VI1PR09MB4071DC847564A75D74B70210991D380E@VI1PR09MB4071.eurprd09.prod.outlook.com>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <175399668324.6013.49026@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: VI1PR09MB4071:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_VI1PR09MB4071DC847564A75D74B70210991D380Eeurp_"
MIME-Version: 1.0

--_000_VI1PR09MB4071DC847564A75D74B70210991D380Eeurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

przebywam na urlopie do 28 czerwca 2024 r. i nie mam dost=C4=99pu do poczty=
. Pani/Pana wiadomo=C5=9B=C4=87 zostanie rozpatrzona po moim powrocie.

W pilnych sprawach prosz=C4=99 kontaktowa=C4=87 si=C4=99 z biuro@budpol.exa=
mple. W sprawach ochrony danych osobowych: iod@budpol.example.

Pozdrawiam
Katarzyna Nowak

--_000_VI1PR09MB4071DC847564A75D74B70210991D380Eeurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Dzie=C5=84 dobry,</div>
<div><br>
</div>
<div>przebywam na urlopie do 28 czerwca 2024 r. i nie mam dost=C4=99pu do p=
oczty. Pani/Pana wiadomo=C5=9B=C4=87 zostanie rozpatrzona po moim powrocie.=
</div>
<div><br>
</div>
<div>W pilnych sprawach prosz=C4=99 kontaktowa=C4=87 si=C4=99 z biuro@budpo=
l.example. W sprawach ochrony danych osobowych: iod@budpol.example.</div>
<div><br>
</div>
<div>Pozdrawiam<br>
Katarzyna Nowak</div>
</div>
</body>
</html>

--_000_VI1PR09MB4071DC847564A75D74B70210991D380Eeurp_--
"""),
    ("pl", "sieve_vacation", "automated", (), """Return-Path: <>
Received: from poczta.serwer-hosting.example (poczta.serwer-hosting.example [203.0.113.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VtCgsy6kJ0HJm
	for <privacy@shop.example.be>; Wed,  7 Aug 2024 13:30:19 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.21.1 (f6cd4b8e)
Message-ID: <dovecot-sieve-1723030219-109325-0@poczta.serwer-hosting.example>
Date: Wed, 07 Aug 2024 13:30:19 +0200
From: Piotr =?utf-8?q?Wi=C5=9Bniewski?= <piotr@wisniewski-it.example>
To: <privacy@shop.example.be>
Subject: Auto: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie?=
In-Reply-To: <175424597378.8405.68133@shop.example.be>
References: <175424597378.8405.68133@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dzień dobry,

jestem na urlopie do 19 sierpnia. Odpowiem na wiadomość po powrocie.

Pozdrawiam,
Piotr Wiśniewski
"""),
    ("cs", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2166.outbound.protection.outlook.com [40.107.20.134])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vc03phCpXLLFx
	for <privacy@shop.example.be>; Thu, 27 Jun 2024 09:12:44 +0200 (CEST)
From: =?utf-8?b?VG9tw6HFoSBEdm/FmcOhaw==?= <tomas.dvorak@stavby-morava.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?QXV0b21hdGlja8OhIG9kcG92xJvEjzogUG90dnLEj3RlIHN2b3Ugxb4=?=
 =?utf-8?q?=C3=A1dost?=
Thread-Topic: =?utf-8?q?Potvr=C4=8Fte_svou_=C5=BE=C3=A1dost?=
Thread-Index: AQHavW3HU9tXQqA9R24HdROL292J+A==
Date: Thu, 27 Jun 2024 07:12:44 +0000
Message-ID: <PR3PR02MB6138EAE8E7030D7A969950FF3FC85CAB@PR3PR02MB6138.eurprd02.prod.outlook.com>
Accept-Language: cs-CZ, en-US
Content-Language: cs-CZ
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <175641132035.1392.69648@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: PR3PR02MB6138:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_PR3PR02MB6138EAE8E7030D7A969950FF3FC85CABeurp_"
MIME-Version: 1.0

--_000_PR3PR02MB6138EAE8E7030D7A969950FF3FC85CABeurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

do 5. =C4=8Dervence 2024 jsem mimo kancel=C3=A1=C5=99 a nem=C3=A1m p=C5=99=
=C3=ADstup k e-mailu. Va=C5=A1=C3=AD =C5=BE=C3=A1dosti se budu v=C4=9Bnovat=
 po n=C3=A1vratu.

V nal=C3=A9hav=C3=BDch p=C5=99=C3=ADpadech kontaktujte pros=C3=ADm info@sta=
vby-morava.example. Dotazy k ochran=C4=9B osobn=C3=ADch =C3=BAdaj=C5=AF sm=
=C4=9B=C5=99ujte na poverenec@stavby-morava.example.

S pozdravem
Tom=C3=A1=C5=A1 Dvo=C5=99=C3=A1k

--_000_PR3PR02MB6138EAE8E7030D7A969950FF3FC85CABeurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Dobr=C3=BD den,</div>
<div><br>
</div>
<div>do 5. =C4=8Dervence 2024 jsem mimo kancel=C3=A1=C5=99 a nem=C3=A1m p=
=C5=99=C3=ADstup k e-mailu. Va=C5=A1=C3=AD =C5=BE=C3=A1dosti se budu v=C4=
=9Bnovat po n=C3=A1vratu.</div>
<div><br>
</div>
<div>V nal=C3=A9hav=C3=BDch p=C5=99=C3=ADpadech kontaktujte pros=C3=ADm inf=
o@stavby-morava.example. Dotazy k ochran=C4=9B osobn=C3=ADch =C3=BAdaj=C5=
=AF sm=C4=9B=C5=99ujte na poverenec@stavby-morava.example.</div>
<div><br>
</div>
<div>S pozdravem<br>
Tom=C3=A1=C5=A1 Dvo=C5=99=C3=A1k</div>
</div>
</body>
</html>

--_000_PR3PR02MB6138EAE8E7030D7A969950FF3FC85CABeurp_--
"""),
    ("cs", "zimbra_ooo", "automated", (), """Received: from mail.ucetni-kancelar.example (mail.ucetni-kancelar.example [198.51.100.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VgSFvTFLcRRsM
	for <privacy@shop.example.be>; Fri,  2 Aug 2024 09:15:51 +0200 (CEST)
Date: Fri, 2 Aug 2024 09:15:51 +0200 (CEST)
From: Jana =?utf-8?q?Proch=C3=A1zkov=C3=A1?=
 <jana.prochazkova@ucetni-kancelar.example>
To: privacy@shop.example.be
Message-ID: <364566370.1221949.1722582951255.JavaMail.zimbra@mail.ucetni-kancelar.example>
In-Reply-To: <174064566370.5970.37351@shop.example.be>
Subject: Re: =?utf-8?b?VmHFoWUgxb7DoWRvc3QgdMO9a2Fqw61jw60gc2Ugb3NvYm7DrWNo?=
 =?utf-8?q?_=C3=BAdaj=C5=AF?=
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
Auto-Submitted: auto-replied (zimbra; vacation)
X-Mailer: Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)

Dobr=C3=BD den,

jsem na dovolen=C3=A9 do 16. srpna. Na V=C3=A1=C5=A1 e-mail odpov=C3=ADm po=
 n=C3=A1vratu.

S pozdravem
Jana Proch=C3=A1zkov=C3=A1
"""),
    ("hr", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2184.outbound.protection.outlook.com [40.107.20.152])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VzrnH90f5JhwW
	for <privacy@shop.example.be>; Mon,  8 Jul 2024 10:05:26 +0200 (CEST)
From: Ivana Horvat <ivana.horvat@jadran-turist.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatski odgovor: Potvrdite svoj zahtjev
Thread-Topic: Potvrdite svoj zahtjev
Thread-Index: AQHahXteWJDzzCd33Q3y0YKw9VgjOw==
Date: Mon, 8 Jul 2024 08:05:26 +0000
Message-ID: <VI1PR03MB6400FCB4ECEB8F601B2F7F0624D67207@VI1PR03MB6400.eurprd03.prod.outlook.com>
Accept-Language: hr-HR, en-US
Content-Language: hr-HR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <175939715563.5296.81631@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: VI1PR03MB6400:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_VI1PR03MB6400FCB4ECEB8F601B2F7F0624D67207eurp_"
MIME-Version: 1.0

--_000_VI1PR03MB6400FCB4ECEB8F601B2F7F0624D67207eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

odsutna sam iz ureda do 12. srpnja 2024. bez pristupa e-po=C5=A1ti. Va=C5=
=A1 zahtjev bit =C4=87e obra=C4=91en nakon mog povratka.

Za hitne slu=C4=8Dajeve obratite se na info@jadran-turist.example. Za pitan=
ja o za=C5=A1titi osobnih podataka pi=C5=A1ite na szop@jadran-turist.exampl=
e.

Srda=C4=8Dan pozdrav,
Ivana Horvat

--_000_VI1PR03MB6400FCB4ECEB8F601B2F7F0624D67207eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Po=C5=A1tovani,</div>
<div><br>
</div>
<div>odsutna sam iz ureda do 12. srpnja 2024. bez pristupa e-po=C5=A1ti. Va=
=C5=A1 zahtjev bit =C4=87e obra=C4=91en nakon mog povratka.</div>
<div><br>
</div>
<div>Za hitne slu=C4=8Dajeve obratite se na info@jadran-turist.example. Za =
pitanja o za=C5=A1titi osobnih podataka pi=C5=A1ite na szop@jadran-turist.e=
xample.</div>
<div><br>
</div>
<div>Srda=C4=8Dan pozdrav,<br>
Ivana Horvat</div>
</div>
</body>
</html>

--_000_VI1PR03MB6400FCB4ECEB8F601B2F7F0624D67207eurp_--
"""),
    ("hr", "cpanel_autoresponder", "automated", (), """Return-Path: <>
Received: from cp7.hosting-jadran.example (cp7.hosting-jadran.example [203.0.113.177])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VRYNc5RylQ99x
	for <privacy@shop.example.be>; Fri, 16 Aug 2024 19:25:40 +0200 (CEST)
From: Apartmani =?utf-8?q?Mari=C4=87?= <info@apartmani-maric.example>
To: privacy@shop.example.be
Subject: =?utf-8?q?Godi=C5=A1nji?= odmor
In-Reply-To: <172951714207.2935.85114@shop.example.be>
References: <172951714207.2935.85114@shop.example.be>
Auto-Submitted: auto-replied
X-Autorespond: info@apartmani-maric.example
Precedence: auto_reply
X-Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Message-Id: <E11EJCAs-OY88K3-xQ@cp7.hosting-jadran.example>
Date: Fri, 16 Aug 2024 19:25:40 +0200

Poštovani,

zahvaljujemo na poruci. Do 1. rujna smo na godišnjem odmoru.
Odgovorit ćemo Vam po povratku.

Lijep pozdrav,
Apartmani Marić
"""),
    ("sv", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2134.outbound.protection.outlook.com [40.107.20.102])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VwXdMNvYttP1Z
	for <privacy@shop.example.be>; Tue, 16 Jul 2024 07:58:11 +0200 (CEST)
From: Erik Lindqvist <erik.lindqvist@nordbygg.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatiskt svar: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran?=
Thread-Topic: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran?=
Thread-Index: AQHaPpO7VvIN3ZwTbwUEXK6Vhax7Fg==
Date: Tue, 16 Jul 2024 05:58:11 +0000
Message-ID: <GV3P280MB0771CA6C48F4EB477BFDC2E0A44A7BDF@GV3P280MB0771.SWEP280.PROD.OUTLOOK.COM>
Accept-Language: sv-SE, en-US
Content-Language: sv-SE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <175096094196.8061.25890@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: GV3P280MB0771:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_GV3P280MB0771CA6C48F4EB477BFDC2E0A44A7BDFSWEP_"
MIME-Version: 1.0

--_000_GV3P280MB0771CA6C48F4EB477BFDC2E0A44A7BDFSWEP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

Jag =C3=A4r p=C3=A5 semester till och med den 4 augusti och l=C3=A4ser inte=
 min e-post. Ditt =C3=A4rende hanteras n=C3=A4r jag =C3=A4r tillbaka.

Vid br=C3=A5dskande =C3=A4renden, kontakta vaxel@nordbygg.example. Fr=C3=A5=
gor om personuppgifter och dataskydd skickas till dataskydd@nordbygg.exampl=
e.

V=C3=A4nliga h=C3=A4lsningar
Erik Lindqvist

--_000_GV3P280MB0771CA6C48F4EB477BFDC2E0A44A7BDFSWEP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Hej,</div>
<div><br>
</div>
<div>Jag =C3=A4r p=C3=A5 semester till och med den 4 augusti och l=C3=A4ser=
 inte min e-post. Ditt =C3=A4rende hanteras n=C3=A4r jag =C3=A4r tillbaka.<=
/div>
<div><br>
</div>
<div>Vid br=C3=A5dskande =C3=A4renden, kontakta vaxel@nordbygg.example. Fr=
=C3=A5gor om personuppgifter och dataskydd skickas till dataskydd@nordbygg.=
example.</div>
<div><br>
</div>
<div>V=C3=A4nliga h=C3=A4lsningar<br>
Erik Lindqvist</div>
</div>
</body>
</html>

--_000_GV3P280MB0771CA6C48F4EB477BFDC2E0A44A7BDFSWEP_--
"""),
    ("sv", "gmail_vacation", "automated", (), """Return-Path: <sara@karlsson-design.example>
Received: from mail-sor-f50.google.com (mail-sor-f50.google.com [209.85.220.50])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VWmSrWqgY59lW
	for <privacy@shop.example.be>; Tue, 30 Jul 2024 22:14:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=karlsson-design.example; s=google; t=1722370449; x=1722975249; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=vcx8REE+/SVDNuqVkJpP3cKnIjuZrM8AQDEvEXZJf08=;
        b=c741+RjBW3DPzDD5bXVT7S9JiZb4FJkbaMHdwvCrUoo=
         j1OCRuPgskDMEjatzyS6qB5xFaCenMzvIOmj9rvjikM=
MIME-Version: 1.0
References: <174871811240.4186.80618@shop.example.be>
In-Reply-To: <174871811240.4186.80618@shop.example.be>
Auto-Submitted: auto-replied
From: Sara Karlsson <sara@karlsson-design.example>
Date: Tue, 30 Jul 2024 22:14:09 +0200
Message-ID: <CAFhx3Mbe86SPNUioDTGfU4ZzFsQCBeVxmw9l8O21wXa@mail.gmail.com>
Subject: Re: Din =?utf-8?q?beg=C3=A4ran?= om dina personuppgifter
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000000db5a51697e4ed10"

--0000000000000db5a51697e4ed10
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r ledig till den 19 augusti. Jag svarar p=C3=A5 ditt mejl n=C3=A4=
r jag =C3=A4r tillbaka.

/Sara

--0000000000000db5a51697e4ed10
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Hej!</div><div><br></div><div>Jag =C3=A4r ledig till =
den 19 augusti. Jag svarar p=C3=A5 ditt mejl n=C3=A4r jag =C3=A4r tillbaka.=
</div><div><br></div><div>/Sara</div></div>

--0000000000000db5a51697e4ed10--
"""),
    ("ro", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2159.outbound.protection.outlook.com [40.107.20.149])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VnyDbwnBCvwzV
	for <privacy@shop.example.be>; Fri,  5 Jul 2024 08:40:00 +0200 (CEST)
From: Andrei Popescu <andrei.popescu@carpatica-soft.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Confirma=C8=9Bi?= solicitarea dvs.
Thread-Topic: =?utf-8?q?Confirma=C8=9Bi?= solicitarea dvs.
Thread-Index: AQHanu3nNmY5oyJ5+WuKP2TUY72ZMQ==
Date: Fri, 5 Jul 2024 06:40:00 +0000
Message-ID: <AM0PR06MB5215312B249CC35604BEBA4BC079FFC2@AM0PR06MB5215.eurprd06.prod.outlook.com>
Accept-Language: ro-RO, en-US
Content-Language: ro-RO
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <172524911004.6876.10970@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: AM0PR06MB5215:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AM0PR06MB5215312B249CC35604BEBA4BC079FFC2eurp_"
MIME-Version: 1.0

--_000_AM0PR06MB5215312B249CC35604BEBA4BC079FFC2eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 15 iulie 2024 =C8=99i nu am acces l=
a e-mail. Solicitarea dumneavoastr=C4=83 va fi tratat=C4=83 dup=C4=83 =C3=
=AEntoarcerea mea.

Pentru urgen=C8=9Be, v=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi la office@carp=
atica-soft.example. Pentru =C3=AEntreb=C4=83ri privind protec=C8=9Bia datel=
or: dpo@carpatica-soft.example.

Cu stim=C4=83,
Andrei Popescu

--_000_AM0PR06MB5215312B249CC35604BEBA4BC079FFC2eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Bun=C4=83 ziua,</div>
<div><br>
</div>
<div>Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 15 iulie 2024 =C8=99i nu am ac=
ces la e-mail. Solicitarea dumneavoastr=C4=83 va fi tratat=C4=83 dup=C4=83 =
=C3=AEntoarcerea mea.</div>
<div><br>
</div>
<div>Pentru urgen=C8=9Be, v=C4=83 rug=C4=83m s=C4=83 scrie=C8=9Bi la office=
@carpatica-soft.example. Pentru =C3=AEntreb=C4=83ri privind protec=C8=9Bia =
datelor: dpo@carpatica-soft.example.</div>
<div><br>
</div>
<div>Cu stim=C4=83,<br>
Andrei Popescu</div>
</div>
</body>
</html>

--_000_AM0PR06MB5215312B249CC35604BEBA4BC079FFC2eurp_--
"""),
    ("ro", "bare", "automated", (), """Received: from mail.redirectionare.example (mail.redirectionare.example [192.0.2.222])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VYkmqXm2p2ntV
	for <privacy@shop.example.be>; Mon, 26 Aug 2024 07:50:30 +0200 (CEST)
From: Elena Ionescu <elena.ionescu@farmacia-verde.example>
To: privacy@shop.example.be
Subject: Concediu
Date: Mon, 26 Aug 2024 08:50:30 +0300
Message-ID: <bab277d68908a4da0f5f655a@farmacia-verde.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

Bun=C4=83 ziua,

Sunt =C3=AEn concediu de odihn=C4=83 p=C3=A2n=C4=83 pe 9 septembrie =C8=99i=
 nu citesc e-mailurile.
V=C4=83 voi r=C4=83spunde dup=C4=83 ce revin.

Mul=C8=9Bumesc,
Elena Ionescu
"""),
    ("el", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2118.outbound.protection.outlook.com [40.107.20.197])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VHyrhSHrwTm0r
	for <privacy@shop.example.be>; Tue,  6 Aug 2024 09:25:31 +0200 (CEST)
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM+Mz4DOv8+FzrvOv8+C?=
 <g.papadopoulos@aigaio-shipping.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?zpHPhc+Ez4zOvM6xz4TOtyDOsc+AzqzOvc+EzrfPg863OiDOlc+Azrk=?=
 =?utf-8?b?zrLOtc6yzrHOuc+Oz4PPhM61IM+Ezr8gzrHOr8+EzrfOvM6sIM+DzrHPgg==?=
Thread-Topic: =?utf-8?b?zpXPgM65zrLOtc6yzrHOuc+Oz4PPhM61IM+Ezr8gzrHOr8+Ezrc=?=
 =?utf-8?b?zrzOrCDPg86xz4I=?=
Thread-Index: AQHanootZugn9quecJpzPOlC7G534g==
Date: Tue, 6 Aug 2024 07:25:31 +0000
Message-ID: <AS4PR07MB87126107FD5E8500511D3F0FF1A91280@AS4PR07MB8712.eurprd07.prod.outlook.com>
Accept-Language: el-GR, en-US
Content-Language: el-GR
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <173327913566.4990.15903@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: AS4PR07MB8712:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AS4PR07MB87126107FD5E8500511D3F0FF1A91280eurp_"
MIME-Version: 1.0

--_000_AS4PR07MB87126107FD5E8500511D3F0FF1A91280eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs6Sz4HOr8+DzrrOv868zrHOuSDOtc66z4TPjM+C
IM6zz4HOsc+GzrXOr86/z4Ugzq3Pic+CIM+EzrnPgiAyMCDOkc+FzrPOv8+Nz4PPhM6/z4Ugz4fP
ic+Bzq/PgiDPgM+Bz4zPg86yzrHPg863IM+Dz4TOvyDOt867zrXOus+Ez4HOv869zrnOus+MIM+E
zrHPh8+FzrTPgc6/zrzOtc6vzr8uIM6kzr8gzrHOr8+EzrfOvM6sIM+DzrHPgiDOuM6xIM61zr7O
tc+EzrHPg8+EzrXOryDOvM61z4TOrCDPhM63zr0gzrXPgM65z4PPhM+Bzr/Phs6uIM68zr/PhS4K
Cs6TzrnOsSDOtc+AzrXOr86zzr/Ovc+EzrEgzrjOrc68zrHPhM6xIM61z4DOuc66zr/Ouc69z4nO
vc6uz4PPhM61IM68zrUgz4TOvyBpbmZvQGFpZ2Fpby1zaGlwcGluZy5leGFtcGxlLiDOk865zrEg
zrjOrc68zrHPhM6xIM+Az4HOv8+Dz4TOsc+Dzq/Osc+CIM60zrXOtM6/zrzOrc69z4nOvTogZHBv
QGFpZ2Fpby1zaGlwcGluZy5leGFtcGxlLgoKzpzOtSDOtc66z4TOr868zrfPg863LArOk865z47P
gc6zzr/PgiDOoM6xz4DOsc60z4zPgM6/z4XOu86/z4IK

--_000_AS4PR07MB87126107FD5E8500511D3F0FF1A91280eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2Ps6azrHOu863z4PPgM6tz4HOsSDPg86xz4IsPC9kaXY+CjxkaXY+PGJyPgo8L2Rpdj4KPGRp
dj7Oks+Bzq/Pg866zr/OvM6xzrkgzrXOus+Ez4zPgiDOs8+BzrHPhs61zq/Ov8+FIM6tz4nPgiDP
hM65z4IgMjAgzpHPhc6zzr/Pjc+Dz4TOv8+FIM+Hz4nPgc6vz4Igz4DPgc+Mz4POss6xz4POtyDP
g8+Ezr8gzrfOu861zrrPhM+Bzr/Ovc65zrrPjCDPhM6xz4fPhc60z4HOv868zrXOr86/LiDOpM6/
IM6xzq/PhM63zrzOrCDPg86xz4IgzrjOsSDOtc6+zrXPhM6xz4PPhM61zq8gzrzOtc+Ezqwgz4TO
t869IM61z4DOuc+Dz4TPgc6/z4bOriDOvM6/z4UuPC9kaXY+CjxkaXY+PGJyPgo8L2Rpdj4KPGRp
dj7Ok865zrEgzrXPgM61zq/Os86/zr3PhM6xIM64zq3OvM6xz4TOsSDOtc+AzrnOus6/zrnOvc+J
zr3Ors+Dz4TOtSDOvM61IM+Ezr8gaW5mb0BhaWdhaW8tc2hpcHBpbmcuZXhhbXBsZS4gzpPOuc6x
IM64zq3OvM6xz4TOsSDPgM+Bzr/Pg8+EzrHPg86vzrHPgiDOtM61zrTOv868zq3Ovc+Jzr06IGRw
b0BhaWdhaW8tc2hpcHBpbmcuZXhhbXBsZS48L2Rpdj4KPGRpdj48YnI+CjwvZGl2Pgo8ZGl2Ps6c
zrUgzrXOus+Ezq/OvM63z4POtyw8YnI+Cs6TzrnPjs+BzrPOv8+CIM6gzrHPgM6xzrTPjM+Azr/P
hc67zr/PgjwvZGl2Pgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_000_AS4PR07MB87126107FD5E8500511D3F0FF1A91280eurp_--
"""),
    ("el", "sieve_vacation", "automated", (), """Return-Path: <>
Received: from mail.kmstudio.example (mail.kmstudio.example [203.0.113.230])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VnHDyMfS4VCvj
	for <privacy@shop.example.be>; Thu, 22 Aug 2024 11:01:45 +0200 (CEST)
X-Sieve: Pigeonhole Sieve 0.5.21.1 (f6cd4b8e)
Message-ID: <dovecot-sieve-1724317305-259069-0@mail.kmstudio.example>
Date: Thu, 22 Aug 2024 12:01:45 +0300
From: =?utf-8?b?zpzOsc+Bzq/OsSDOms+Jzr3Pg8+EzrHOvc+Ezq/Ovc6/z4U=?=
 <maria@kmstudio.example>
To: <privacy@shop.example.be>
Subject: =?utf-8?b?zpXOus+Ez4zPgiDOs8+BzrHPhs61zq/Ov8+F?=
In-Reply-To: <172351550303.2829.16377@shop.example.be>
References: <172351550303.2829.16377@shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Γεια σας,

Είμαι σε άδεια έως τις 2 Σεπτεμβρίου. Θα απαντήσω στο μήνυμά σας
όταν επιστρέψω.

Μαρία Κωνσταντίνου
"""),
    ("bg", "exchange_ooo", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2164.outbound.protection.outlook.com [40.107.20.154])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VMggVsT2RLvfz
	for <privacy@shop.example.be>; Thu,  1 Aug 2024 08:18:49 +0200 (CEST)
From: =?utf-8?b?0JjQstCw0L0g0J/QtdGC0YDQvtCy?= <ivan.petrov@balkan-trade.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0J8=?=
 =?utf-8?b?0L7RgtCy0YrRgNC00LXRgtC1INC30LDRj9Cy0LrQsNGC0LAg0YHQuA==?=
Thread-Topic: =?utf-8?b?0J/QvtGC0LLRitGA0LTQtdGC0LUg0LfQsNGP0LLQutCw0YLQsA==?=
 =?utf-8?q?=D1=81=D0=B8?=
Thread-Index: AQHaqJIzkkvitCsw9JlCkr0DHpRuDw==
Date: Thu, 1 Aug 2024 06:18:49 +0000
Message-ID: <DU0PR10MB554136636C94C4E766B66227616D0386@DU0PR10MB5541.EURPRD10.PROD.OUTLOOK.COM>
Accept-Language: bg-BG, en-US
Content-Language: bg-BG
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <172612485524.6901.31362@shop.example.be>
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: DU0PR10MB5541:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_DU0PR10MB554136636C94C4E766B66227616D0386EURP_"
MIME-Version: 1.0

--_000_DU0PR10MB554136636C94C4E766B66227616D0386EURP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1LAoK0JjQt9Cy0YrQvSDQvtGE0LjRgdCwINGB0YrQvCDQtNC+IDE2
INCw0LLQs9GD0YHRgiAyMDI0INCzLiDQuCDQvdGP0LzQsNC8INC00L7RgdGC0YrQvyDQtNC+INC1
0LvQtdC60YLRgNC+0L3QvdCw0YLQsCDQv9C+0YnQsC4g0JLQsNGI0LDRgtCwINC30LDRj9Cy0LrQ
sCDRidC1INCx0YrQtNC1INGA0LDQt9Cz0LvQtdC00LDQvdCwINGB0LvQtdC0INC30LDQstGA0YrR
idCw0L3QtdGC0L4g0LzQuC4KCtCf0YDQuCDRgdC/0LXRiNC90Lgg0LLRitC/0YDQvtGB0Lgg0L/Q
uNGI0LXRgtC1INC90LAgb2ZmaWNlQGJhbGthbi10cmFkZS5leGFtcGxlLiDQl9CwINCy0YrQv9GA
0L7RgdC4INC+0YLQvdC+0YHQvdC+INC30LDRidC40YLQsNGC0LAg0L3QsCDQu9C40YfQvdC40YLQ
tSDQtNCw0L3QvdC4OiBkcG9AYmFsa2FuLXRyYWRlLmV4YW1wbGUuCgrQn9C+0LfQtNGA0LDQstC4
LArQmNCy0LDQvSDQn9C10YLRgNC+0LIK

--_000_DU0PR10MB554136636C94C4E766B66227616D0386EURP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

PGh0bWw+CjxoZWFkPgo8bWV0YSBodHRwLWVxdWl2PSJDb250ZW50LVR5cGUiIGNvbnRlbnQ9InRl
eHQvaHRtbDsgY2hhcnNldD11dGYtOCI+CjxzdHlsZSB0eXBlPSJ0ZXh0L2NzcyIgc3R5bGU9ImRp
c3BsYXk6bm9uZTsiPiBQIHttYXJnaW4tdG9wOjA7bWFyZ2luLWJvdHRvbTowO30gPC9zdHlsZT4K
PC9oZWFkPgo8Ym9keSBkaXI9Imx0ciI+CjxkaXYgc3R5bGU9ImZvbnQtZmFtaWx5OiBBcHRvcywg
QXB0b3NfRW1iZWRkZWRGb250LCBBcHRvc19NU0ZvbnRTZXJ2aWNlLCBDYWxpYnJpLCBIZWx2ZXRp
Y2EsIHNhbnMtc2VyaWY7IGZvbnQtc2l6ZTogMTJwdDsgY29sb3I6IHJnYigwLCAwLCAwKTsiPgo8
ZGl2PtCX0LTRgNCw0LLQtdC50YLQtSw8L2Rpdj4KPGRpdj48YnI+CjwvZGl2Pgo8ZGl2PtCY0LfQ
stGK0L0g0L7RhNC40YHQsCDRgdGK0Lwg0LTQviAxNiDQsNCy0LPRg9GB0YIgMjAyNCDQsy4g0Lgg
0L3Rj9C80LDQvCDQtNC+0YHRgtGK0L8g0LTQviDQtdC70LXQutGC0YDQvtC90L3QsNGC0LAg0L/Q
vtGJ0LAuINCS0LDRiNCw0YLQsCDQt9Cw0Y/QstC60LAg0YnQtSDQsdGK0LTQtSDRgNCw0LfQs9C7
0LXQtNCw0L3QsCDRgdC70LXQtCDQt9Cw0LLRgNGK0YnQsNC90LXRgtC+INC80LguPC9kaXY+Cjxk
aXY+PGJyPgo8L2Rpdj4KPGRpdj7Qn9GA0Lgg0YHQv9C10YjQvdC4INCy0YrQv9GA0L7RgdC4INC/
0LjRiNC10YLQtSDQvdCwIG9mZmljZUBiYWxrYW4tdHJhZGUuZXhhbXBsZS4g0JfQsCDQstGK0L/R
gNC+0YHQuCDQvtGC0L3QvtGB0L3QviDQt9Cw0YnQuNGC0LDRgtCwINC90LAg0LvQuNGH0L3QuNGC
0LUg0LTQsNC90L3QuDogZHBvQGJhbGthbi10cmFkZS5leGFtcGxlLjwvZGl2Pgo8ZGl2Pjxicj4K
PC9kaXY+CjxkaXY+0J/QvtC30LTRgNCw0LLQuCw8YnI+CtCY0LLQsNC9INCf0LXRgtGA0L7Qsjwv
ZGl2Pgo8L2Rpdj4KPC9ib2R5Pgo8L2h0bWw+Cg==

--_000_DU0PR10MB554136636C94C4E766B66227616D0386EURP_--
"""),
    ("bg", "gmail_vacation", "automated", (), """Return-Path: <nikolay@dimitrov-consult.example>
Received: from mail-sor-f54.google.com (mail-sor-f54.google.com [209.85.220.54])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vtj3cxVyWT7SH
	for <privacy@shop.example.be>; Thu, 15 Aug 2024 09:33:27 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=dimitrov-consult.example; s=google; t=1723707207; x=1724312007; darn=shop.example.be;
        h=to:subject:message-id:date:from:auto-submitted:in-reply-to
         :references:mime-version:from:to:cc:subject:date:message-id
         :reply-to;
        bh=xKzdEU/9+4m/RN7NxFqdSmrWOGedOirGkapJTkv6En0=;
        b=/JPxpXQd7AxJA4eJR8lnhn36oNVDhbul5H2T8SjWMmQ=
         xmtOSzbeBSNIxSxfNA7hia6VcrCPYcfxowEObDi0NcQ=
MIME-Version: 1.0
References: <172933378183.3682.76857@shop.example.be>
In-Reply-To: <172933378183.3682.76857@shop.example.be>
Auto-Submitted: auto-replied
From: =?utf-8?b?0J3QuNC60L7Qu9Cw0Lkg0JTQuNC80LjRgtGA0L7Qsg==?=
 <nikolay@dimitrov-consult.example>
Date: Thu, 15 Aug 2024 10:33:27 +0300
Message-ID: <CAYDmcQGJx-unqgnOv6NrJjja8coJiUEVZOBOafBFHY2@mail.gmail.com>
Subject: Re: =?utf-8?b?0JLQsNGI0LDRgtCwINC30LDRj9Cy0LrQsCDQvtGC0L3QvtGB0L0=?=
 =?utf-8?b?0L4g0LvQuNGH0L3QuNGC0LUg0LLQuCDQtNCw0L3QvdC4?=
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000f9a3cae281569d38"

--000000000000f9a3cae281569d38
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=92 =D0=BC=D0=BE=D0=BC=D0=B5=D0=BD=D1=82=D0=B0 =D1=81=D1=8A=D0=BC =D0=B2=
 =D0=BE=D1=82=D0=BF=D1=83=D1=81=D0=BA =D0=B4=D0=BE 26 =D0=B0=D0=B2=D0=B3=D1=
=83=D1=81=D1=82 =D0=B8 =D0=BD=D0=B5 =D0=BF=D1=80=D0=BE=D0=B2=D0=B5=D1=80=D1=
=8F=D0=B2=D0=B0=D0=BC =D0=BF=D0=BE=D1=89=D0=B0=D1=82=D0=B0 =D1=81=D0=B8 =D1=
=80=D0=B5=D0=B4=D0=BE=D0=B2=D0=BD=D0=BE.
=D0=A9=D0=B5 =D0=92=D0=B8 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D1=8F =
=D1=81=D0=BB=D0=B5=D0=B4 =D0=B7=D0=B0=D0=B2=D1=80=D1=8A=D1=89=D0=B0=D0=BD=
=D0=B5=D1=82=D0=BE =D1=81=D0=B8.

=D0=9F=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,
=D0=9D=D0=B8=D0=BA=D0=BE=D0=BB=D0=B0=D0=B9

--000000000000f9a3cae281569d38
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=
=B5,</div><div><br></div><div>=D0=92 =D0=BC=D0=BE=D0=BC=D0=B5=D0=BD=D1=82=
=D0=B0 =D1=81=D1=8A=D0=BC =D0=B2 =D0=BE=D1=82=D0=BF=D1=83=D1=81=D0=BA =D0=
=B4=D0=BE 26 =D0=B0=D0=B2=D0=B3=D1=83=D1=81=D1=82 =D0=B8 =D0=BD=D0=B5 =D0=
=BF=D1=80=D0=BE=D0=B2=D0=B5=D1=80=D1=8F=D0=B2=D0=B0=D0=BC =D0=BF=D0=BE=D1=
=89=D0=B0=D1=82=D0=B0 =D1=81=D0=B8 =D1=80=D0=B5=D0=B4=D0=BE=D0=B2=D0=BD=D0=
=BE.<br>=D0=A9=D0=B5 =D0=92=D0=B8 =D0=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=
=80=D1=8F =D1=81=D0=BB=D0=B5=D0=B4 =D0=B7=D0=B0=D0=B2=D1=80=D1=8A=D1=89=D0=
=B0=D0=BD=D0=B5=D1=82=D0=BE =D1=81=D0=B8.</div><div><br></div><div>=D0=9F=
=D0=BE=D0=B7=D0=B4=D1=80=D0=B0=D0=B2=D0=B8,<br>=D0=9D=D0=B8=D0=BA=D0=BE=D0=
=BB=D0=B0=D0=B9</div></div>

--000000000000f9a3cae281569d38--
"""),
    ("bg", "bare", "automated", (), """Received: from relay.prepratka.example (relay.prepratka.example [192.0.2.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VZ4P6kNhgCNVY
	for <privacy@shop.example.be>; Tue,  3 Sep 2024 08:09:09 +0200 (CEST)
From: =?utf-8?b?0JzQsNGA0LjRjyDQk9C10L7RgNCz0LjQtdCy0LA=?=
 <maria.georgieva@sofia-print.example>
To: privacy@shop.example.be
Subject: =?utf-8?b?0J7RgtGB0YrRgdGC0LLQuNC1INC+0YIg0L7RhNC40YHQsA==?=
Date: Tue, 03 Sep 2024 09:09:09 +0300
Message-ID: <3d159aeead69dd65141538ec@sofia-print.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8; format=flowed
Content-Transfer-Encoding: quoted-printable

=D0=97=D0=B4=D1=80=D0=B0=D0=B2=D0=B5=D0=B9=D1=82=D0=B5,

=D0=92 =D0=BE=D1=82=D0=BF=D1=83=D1=81=D0=BA =D1=81=D1=8A=D0=BC =D0=B4=D0=BE=
 9 =D1=81=D0=B5=D0=BF=D1=82=D0=B5=D0=BC=D0=B2=D1=80=D0=B8. =D0=A9=D0=B5 =D0=
=BE=D1=82=D0=B3=D0=BE=D0=B2=D0=BE=D1=80=D1=8F =D0=BD=D0=B0 =D0=BF=D0=B8=D1=
=81=D0=BC=D0=BE=D1=82=D0=BE =D0=92=D0=B8 =D1=81=D0=BB=D0=B5=D0=B4
=D0=B7=D0=B0=D0=B2=D1=80=D1=8A=D1=89=D0=B0=D0=BD=D0=B5=D1=82=D0=BE =D1=81=
=D0=B8.

=D0=9C=D0=B0=D1=80=D0=B8=D1=8F =D0=93=D0=B5=D0=BE=D1=80=D0=B3=D0=B8=D0=B5=
=D0=B2=D0=B0
"""),
    ("en", "postfix", "automated", (), """Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 4VjYsJDDJCLCPx; Tue,  4 Jun 2024 10:15:14 +0200 (CEST)
Date: Tue,  4 Jun 2024 10:15:14 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4VjYsJDDJCLCPx.1717488914/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240604081514.4VjYsJDDJCLCPx@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4VjYsJDDJCLCPx.1717488914/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.schneider@kabel-net.example>: host mx01.kabel-net.example[203.0.113.25] said: 550 5.1.1
    <m.schneider@kabel-net.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)

--4VjYsJDDJCLCPx.1717488914/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 4VjYsJDDJCLCPx
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  4 Jun 2024 10:15:11 +0200 (CEST)

Final-Recipient: rfc822; m.schneider@kabel-net.example
Original-Recipient: rfc822;m.schneider@kabel-net.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.kabel-net.example
Diagnostic-Code: smtp; 550 5.1.1 <m.schneider@kabel-net.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--4VjYsJDDJCLCPx.1717488914/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VP1QRFl2Jz1yD
	for <m.schneider@kabel-net.example>; Tue, 4 Jun 2024 10:15:11 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1717488911; bh=O6DlVajXxiKpP2f5UsqLNakbHjUjfk2u8Z2QQY2mCiA=;
	h=From:To:Subject:Date:Message-ID;
	b=M37mTLl/ioTUQlNK36LDbqTt3NUGqchpV3PAP0XVILQ=
	 BFCC2L9V2hNXhaZvlS8WMDQqFZrKU3LLsL5vOsWwSps=
From: Shop Example Privacy <privacy@shop.example.be>
To: m.schneider@kabel-net.example
Subject: Confirm your request
Date: Tue, 4 Jun 2024 10:15:11 +0200
Message-ID: <175915432477.3512.2976@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We received a request to delete the personal data linked to this e-mail
address. To confirm that this request comes from you, please click the
link below or simply reply to this e-mail within 14 days:

https://shop.example.be/privacy/confirm/e55eec899d637d0a51c68ad1

If you did not make this request, you can ignore this message and your
data will not be deleted.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be

--4VjYsJDDJCLCPx.1717488914/mx-out1.shop.example.be--
"""),
    ("en", "postfix_mailbox_full", "automated", (), """Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 4Vd5wt5HbFSZ4s; Wed, 12 Jun 2024 14:02:40 +0200 (CEST)
Date: Wed, 12 Jun 2024 14:02:40 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Vd5wt5HbFSZ4s.1718193760/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240612120240.4Vd5wt5HbFSZ4s@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4Vd5wt5HbFSZ4s.1718193760/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<chantal.dupont@skynet-mail.example>: host mx.skynet-mail.example[203.0.113.80] said: 552 5.2.2
    <chantal.dupont@skynet-mail.example>: Mailbox full, quota exceeded (in reply
    to RCPT TO command)

--4Vd5wt5HbFSZ4s.1718193760/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 4Vd5wt5HbFSZ4s
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 12 Jun 2024 14:02:36 +0200 (CEST)

Final-Recipient: rfc822; chantal.dupont@skynet-mail.example
Original-Recipient: rfc822;chantal.dupont@skynet-mail.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.skynet-mail.example
Diagnostic-Code: smtp; 552 5.2.2 <chantal.dupont@skynet-mail.example>: Mailbox full,
    quota exceeded

--4Vd5wt5HbFSZ4s.1718193760/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V5HF08g3cWVC5
	for <chantal.dupont@skynet-mail.example>; Wed, 12 Jun 2024 14:02:36 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718193756; bh=FSPoCth7l8nyk0bB3YsuSfn2a2V9JZ4EtA/3PpYyGTk=;
	h=From:To:Subject:Date:Message-ID;
	b=DoAbnrmD64ParCZoAN2psHv7tXQc70DEMWggxT32mq0=
	 +P1uka6hI3FjL62FcCGd6/bekOD9/bInSb4LZQnjBfQ=
From: Shop Example Privacy <privacy@shop.example.be>
To: chantal.dupont@skynet-mail.example
Subject: Confirmez votre demande
Date: Wed, 12 Jun 2024 14:02:36 +0200
Message-ID: <173743174145.5813.87508@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons re=C3=A7u une demande de suppression des donn=C3=A9es personnell=
es
li=C3=A9es =C3=A0 cette adresse e-mail. Pour confirmer que cette demande =
=C3=A9mane
bien de vous, cliquez sur le lien ci-dessous ou r=C3=A9pondez simplement =
=C3=A0
cet e-mail dans les 14 jours :

https://shop.example.be/privacy/confirm/e7c4a13c55612d0e1844cfab

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez ce messa=
ge :
vos donn=C3=A9es ne seront pas supprim=C3=A9es.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e
Shop Example SRL - privacy@shop.example.be

--4Vd5wt5HbFSZ4s.1718193760/mx-out1.shop.example.be--
"""),
    ("en", "postfix_delay", "automated", (), """Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 4Vyd48C4DYjwDt; Wed, 19 Jun 2024 15:31:02 +0200 (CEST)
Date: Wed, 19 Jun 2024 15:31:02 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Vyd48C4DYjwDt.1718803862/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240619133102.4Vyd48C4DYjwDt@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4Vyd48C4DYjwDt.1718803862/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-out1.shop.example.be.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<info@ferme-du-moulin.example>: connect to mail.ferme-du-moulin.example[203.0.113.199]:25: Connection
    timed out

--4Vyd48C4DYjwDt.1718803862/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 4Vyd48C4DYjwDt
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Wed, 19 Jun 2024 11:30:01 +0200 (CEST)

Final-Recipient: rfc822; info@ferme-du-moulin.example
Original-Recipient: rfc822;info@ferme-du-moulin.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.ferme-du-moulin.example[203.0.113.199]:25:
    Connection timed out
Will-Retry-Until: Mon, 24 Jun 2024 11:30:01 +0200 (CEST)

--4Vyd48C4DYjwDt.1718803862/mx-out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VctZ1RPyljKwY
	for <info@ferme-du-moulin.example>; Wed, 19 Jun 2024 11:30:01 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718789401; bh=XBAnFAzwJTpZpNDKJ28byNcEl0s8st9jjeUga3FZ/SQ=;
	h=From:To:Subject:Date:Message-ID;
	b=ionr+C42MYfBWQEfqnQixrdNP2JO4ED9e0oMD/9r9Ac=
	 SkTTHLfkEA6Pdvzhd+cHWYxUO6zpF+oaJn5ASNzxPE4=
From: Shop Example Privacy <privacy@shop.example.be>
To: info@ferme-du-moulin.example
Subject: Votre demande concernant vos =?utf-8?q?donn=C3=A9es?= personnelles
Date: Wed, 19 Jun 2024 11:30:01 +0200
Message-ID: <172677864846.5291.94620@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--4Vyd48C4DYjwDt.1718803862/mx-out1.shop.example.be--
"""),
    ("en", "postfix_spam_reject", "automated", (), """Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 4Vl9hlBghQSxHF; Tue,  2 Jul 2024 09:12:55 +0200 (CEST)
Date: Tue,  2 Jul 2024 09:12:55 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4Vl9hlBghQSxHF.1719904375/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240702071255.4Vl9hlBghQSxHF@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4Vl9hlBghQSxHF.1719904375/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<wim.claes@telenet-mail.example>: host mx2.telenet-mail.example[203.0.113.12] said: 554 5.7.1
    Message rejected as spam by content filter (score 7.3). If you believe this
    is an error, contact postmaster@telenet-mail.example (in reply to end of
    DATA command)

--4Vl9hlBghQSxHF.1719904375/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 4Vl9hlBghQSxHF
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue,  2 Jul 2024 09:12:53 +0200 (CEST)

Final-Recipient: rfc822; wim.claes@telenet-mail.example
Original-Recipient: rfc822;wim.claes@telenet-mail.example
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx2.telenet-mail.example
Diagnostic-Code: smtp; 554 5.7.1 Message rejected as spam by content filter (score
    7.3). If you believe this is an error, contact
    postmaster@telenet-mail.example

--4Vl9hlBghQSxHF.1719904375/mx-out1.shop.example.be
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VZTcqKkR54TQ0
	for <wim.claes@telenet-mail.example>; Tue, 2 Jul 2024 09:12:53 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719904373; bh=Vbxgq4DVgCudYX/qa91Jba7Hqp4w2yEFUDwzliJEiko=;
	h=From:To:Subject:Date:Message-ID;
	b=LrS+BDwPD8dBOSPczqvB1V3xk/UIUgFTjwyhmBNi//E=
	 wVbXFrPV0a7Q+4WaeYYEmsG7drcVTNbbHkj6F2Ww4LA=
From: Shop Example Privacy <privacy@shop.example.be>
To: wim.claes@telenet-mail.example
Subject: Bevestig uw verzoek
Date: Tue, 2 Jul 2024 09:12:53 +0200
Message-ID: <175512556838.5758.86451@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Beste klant,

We hebben een verzoek ontvangen om de persoonsgegevens die aan dit
e-mailadres gekoppeld zijn te verwijderen. Om te bevestigen dat dit
verzoek van u komt, klikt u op de onderstaande link of beantwoordt u
deze e-mail binnen 14 dagen:

https://shop.example.be/privacy/confirm/2cfa1a837a64a17f22772cb0

Heeft u dit verzoek niet gedaan? Dan kunt u dit bericht negeren; uw
gegevens worden dan niet verwijderd.

Met vriendelijke groeten,
Het privacyteam
Shop Example BV - privacy@shop.example.be

--4Vl9hlBghQSxHF.1719904375/mx-out1.shop.example.be--
"""),
    ("en", "postfix", "automated", (), """Return-Path: <>
Received: by mx-out1.shop.example.be (Postfix)
	id 4VVvgl9p2Vmhjc; Thu, 11 Jul 2024 11:45:30 +0200 (CEST)
Date: Thu, 11 Jul 2024 11:45:30 +0200 (CEST)
From: MAILER-DAEMON@mx-out1.shop.example.be (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4VVvgl9p2Vmhjc.1720691130/mx-out1.shop.example.be"
Content-Transfer-Encoding: 8bit
Message-Id: <20240711094530.4VVvgl9p2Vmhjc@mx-out1.shop.example.be>

This is a MIME-encapsulated message.

--4VVvgl9p2Vmhjc.1720691130/mx-out1.shop.example.be
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx-out1.shop.example.be.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kevin.maes84@hotmail-mail.example>: host hotmail-mail-example.olc.protection.outlook.com[52.101.68.14]
    said: 550 5.5.0 Requested action not taken: mailbox unavailable
    (S2017062302). [AM4PEPF00027A5F.eurprd04.prod.outlook.com
    2024-07-11T09:45:30.107Z 08DCA0C2B1F3A9D4] (in reply to RCPT TO command)

--4VVvgl9p2Vmhjc.1720691130/mx-out1.shop.example.be
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx-out1.shop.example.be
X-Postfix-Queue-ID: 4VVvgl9p2Vmhjc
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Thu, 11 Jul 2024 11:45:28 +0200 (CEST)

Final-Recipient: rfc822; kevin.maes84@hotmail-mail.example
Original-Recipient: rfc822;kevin.maes84@hotmail-mail.example
Action: failed
Status: 5.5.0
Remote-MTA: dns; hotmail-mail-example.olc.protection.outlook.com
Diagnostic-Code: smtp; 550 5.5.0 Requested action not taken: mailbox unavailable
    (S2017062302). [AM4PEPF00027A5F.eurprd04.prod.outlook.com
    2024-07-11T09:45:30.107Z 08DCA0C2B1F3A9D4]

--4VVvgl9p2Vmhjc.1720691130/mx-out1.shop.example.be
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers
Content-Transfer-Encoding: 8bit

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VF0g7D59jqHMM
	for <kevin.maes84@hotmail-mail.example>; Thu, 11 Jul 2024 11:45:28 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1720691128; bh=sIRseYDARjpn9W+ZHGPKQbr8LKwF1sAEUL/dGExje+4=;
	h=From:To:Subject:Date:Message-ID;
	b=xttzSu70Gprks5r2vLiMjg3S73wJgxlGQUb6u5F8oD8=
	 GMdGF6fr1A8xBc47RmHoCt6rpUglZYpTlYOwLuh2LbE=
From: Shop Example Privacy <privacy@shop.example.be>
To: kevin.maes84@hotmail-mail.example
Subject: Your request about your personal data
Date: Thu, 11 Jul 2024 11:45:28 +0200
Message-ID: <173492744866.4536.20582@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--4VVvgl9p2Vmhjc.1720691130/mx-out1.shop.example.be--
"""),
    ("de", "postfix_localized", "automated", (), """Return-Path: <>
Received: from mail.hostpoint-de.example (mail.hostpoint-de.example [198.51.100.140])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V2cF4QRHS0rhl
	for <privacy@shop.example.be>; Tue, 27 Aug 2024 08:03:11 +0200 (CEST)
Received: by mail.hostpoint-de.example (Postfix)
	id 4VGp9MCtFGDJxd; Tue, 27 Aug 2024 08:03:11 +0200 (CEST)
Date: Tue, 27 Aug 2024 08:03:11 +0200 (CEST)
From: MAILER-DAEMON@mail.hostpoint-de.example (Mail Delivery System)
Subject: Unzustellbare Nachricht an Absender =?utf-8?q?zur=C3=BCckgeschickt?=
To: privacy@shop.example.be
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4VGp9MCtFGDJxd.1724738591/mail.hostpoint-de.example"
Content-Transfer-Encoding: 8bit
Message-Id: <20240827060311.4VGp9MCtFGDJxd@mail.hostpoint-de.example>

This is a MIME-encapsulated message.

--4VGp9MCtFGDJxd.1724738591/mail.hostpoint-de.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem auf dem Rechner mail.hostpoint-de.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

Für weitere Hilfe wenden Sie sich bitte an den Postmaster.

Wenn Sie das tun, fügen Sie bitte diesen Fehlerbericht bei. Ihren eigenen
Text können Sie aus der angehängten Nachricht löschen.

                   Das Mailsystem

<ute.brandt@brandt-immobilien.example>: Benutzer unbekannt (in reply to RCPT TO command)

--4VGp9MCtFGDJxd.1724738591/mail.hostpoint-de.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.hostpoint-de.example
X-Postfix-Queue-ID: 4VGp9MCtFGDJxd
X-Postfix-Sender: rfc822; privacy@shop.example.be
Arrival-Date: Tue, 27 Aug 2024 08:03:06 +0200 (CEST)

Final-Recipient: rfc822; ute.brandt@brandt-immobilien.example
Original-Recipient: rfc822;ute.brandt@brandt-immobilien.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <ute.brandt@brandt-immobilien.example>: Recipient
    address rejected: User unknown in local recipient table

--4VGp9MCtFGDJxd.1724738591/mail.hostpoint-de.example
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VG71kjH7XJRnD
	for <ute.brandt@brandt-immobilien.example>; Tue, 27 Aug 2024 08:03:06 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1724738586; bh=U1Mp6/Kc7iT6roHLWZALBOQPnHDQb3xQoq4b11806Sw=;
	h=From:To:Subject:Date:Message-ID;
	b=BcWSYgynArwIl2Q7m0Jg4hde7bvCMzHKsAdXpmsfg1w=
	 GF/ncI48F+W8i5nAbBEUhOjnmRxGfSm9LeCyNg6O73w=
From: Shop Example Privacy <privacy@shop.example.be>
To: ute.brandt@brandt-immobilien.example
Subject: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Date: Tue, 27 Aug 2024 08:03:06 +0200
Message-ID: <174419401916.7443.51194@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir haben eine Anfrage zur L=C3=B6schung der personenbezogenen Daten
erhalten, die mit dieser E-Mail-Adresse verkn=C3=BCpft sind. Bitte
best=C3=A4tigen Sie innerhalb von 14 Tagen =C3=BCber den folgenden Link ode=
r per
Antwort auf diese E-Mail, dass die Anfrage von Ihnen stammt:

https://shop.example.be/privacy/confirm/d692534a17a68b8af63a6974

Falls Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese
Nachricht bitte; Ihre Daten werden dann nicht gel=C3=B6scht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Das Datenschutz-Team
Shop Example BV - privacy@shop.example.be

--4VGp9MCtFGDJxd.1724738591/mail.hostpoint-de.example--
"""),
    ("en", "exim", "automated", (), """Return-path: <>
Received: from mail.dalewood-farm.example (mail.dalewood-farm.example [198.51.100.61])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VrkMSv0rYhBfC
	for <privacy@shop.example.be>; Thu,  6 Jun 2024 13:20:09 +0200 (CEST)
Received: from mail by mail.dalewood-farm.example with local (Exim 4.96)
	id 1stMA3-TIK972-Vn
	for privacy@shop.example.be; Thu, 06 Jun 2024 12:20:09 +0100
X-Failed-Recipients: r.hughes@dalewood-farm.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.dalewood-farm.example>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1stMA3-TIK972-Vn@mail.dalewood-farm.example>
Date: Thu, 06 Jun 2024 12:20:09 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  r.hughes@dalewood-farm.example
    host mx.dalewood-farm.example [203.0.113.71]
    SMTP error from remote mail server after RCPT TO:<r.hughes@dalewood-farm.example>:
    550 5.1.1 <r.hughes@dalewood-farm.example>: Recipient address rejected: User unknown

------ This is a copy of the message, including all the headers. ------

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VgvDRsTJHHblQ
	for <r.hughes@dalewood-farm.example>; Thu, 6 Jun 2024 13:20:01 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1717672801; bh=Ej8Pmki97CfvzJa/WIAPWZAE0CbHnsqvAVTARnYwU5E=;
	h=From:To:Subject:Date:Message-ID;
	b=vhTHqoyRWyDPLAvfiSuSRFWIf88CKYy/wwuC+yCqXfE=
	 j/k0l+OZuKqrJdbAiycoLB89Z1Y0CF5H9wT2+WpzfJk=
From: Shop Example Privacy <privacy@shop.example.be>
To: r.hughes@dalewood-farm.example
Subject: Your request about your personal data
Date: Thu, 6 Jun 2024 13:20:01 +0200
Message-ID: <172601949335.6675.38270@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We have received your request for access to the personal data we hold
about you (Article 15 GDPR). Before we send you a copy of your data, we
need to verify your identity. Please reply to this e-mail from the
address linked to your customer account, or confirm here:

https://shop.example.be/privacy/verify/45dae5f0862a75acc88746fa

We will answer within one month of your confirmation.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be
"""),
    ("en", "exim_cpanel", "automated", (), """Return-path: <>
Received: from server214.cpanelhost.example (server214.cpanelhost.example [203.0.113.214])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VG63b9L9DG1ZB
	for <privacy@shop.example.be>; Tue, 25 Jun 2024 18:44:31 +0200 (CEST)
Received: from mail by server214.cpanelhost.example with local (Exim 4.97.1)
	id 1sdD2h-ZNX3H1-Kd
	for privacy@shop.example.be; Tue, 25 Jun 2024 17:44:31 +0100
X-Failed-Recipients: bookings@harbourview-bnb.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@server214.cpanelhost.example>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1sdD2h-ZNX3H1-Kd@server214.cpanelhost.example>
Date: Tue, 25 Jun 2024 17:44:31 +0100

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  bookings@harbourview-bnb.example
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VhctyfbcHTwsS
	for <bookings@harbourview-bnb.example>; Tue, 25 Jun 2024 18:44:26 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719333866; bh=dV75DZQGgV+5oCzke5Z38Sl5gQ19mhFaheu6hVV+rKs=;
	h=From:To:Subject:Date:Message-ID;
	b=SnvpWJaBhq0/nRf84b9xFKz0NesYeUYkjfwj8xl5O6w=
	 qNfW0FaEXshhliz0+kVsYfMqlCopq3lVUSGD/u7A7XU=
From: Shop Example Privacy <privacy@shop.example.be>
To: bookings@harbourview-bnb.example
Subject: Confirm your request
Date: Tue, 25 Jun 2024 18:44:26 +0200
Message-ID: <173347408368.5474.68070@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We received a request to delete the personal data linked to this e-mail
address. To confirm that this request comes from you, please click the
link below or simply reply to this e-mail within 14 days:

https://shop.example.be/privacy/confirm/0f45c43f5e5afceef9e21099

If you did not make this request, you can ignore this message and your
data will not be deleted.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be
"""),
    ("en", "exim_mailbox_full", "automated", (), """Return-path: <>
Received: from mx.becker-handwerk.example (mx.becker-handwerk.example [198.51.100.233])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VKKH0FCPsqgdk
	for <privacy@shop.example.be>; Tue,  9 Jul 2024 07:58:12 +0200 (CEST)
Received: from mail by mx.becker-handwerk.example with local (Exim 4.97.1)
	id 1sMnRE-TA8QSY-ZN
	for privacy@shop.example.be; Tue, 09 Jul 2024 07:58:12 +0200
X-Failed-Recipients: h.becker@becker-handwerk.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.becker-handwerk.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1720504692-eximdsn-1091919112
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1sMnRE-TA8QSY-ZN@mx.becker-handwerk.example>
Date: Tue, 09 Jul 2024 07:58:12 +0200

--1720504692-eximdsn-1091919112
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  h.becker@becker-handwerk.example
    mailbox is full: retry timeout exceeded

--1720504692-eximdsn-1091919112
Content-type: message/delivery-status

Reporting-MTA: dns; mx.becker-handwerk.example

Action: failed
Final-Recipient: rfc822;h.becker@becker-handwerk.example
Status: 5.0.0
Diagnostic-Code: smtp; mailbox is full: retry timeout exceeded

--1720504692-eximdsn-1091919112
Content-type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VmS2Jj9nycrgb
	for <h.becker@becker-handwerk.example>; Sat, 6 Jul 2024 07:57:32 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1720245452; bh=K5LeQdlBZL1yn7LJQ5NSaKuNT4/VjLHhkpQRhzq9fgw=;
	h=From:To:Subject:Date:Message-ID;
	b=uoiS9BQT7w5uPxcv5uZRtX6NoNINsb6/kahtaYN7DEI=
	 vY9Rd5Vx1ooIQjKNyZd9vJYLJiUHdprNQj+ix2V7EiE=
From: Shop Example Privacy <privacy@shop.example.be>
To: h.becker@becker-handwerk.example
Subject: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Date: Sat, 6 Jul 2024 07:57:32 +0200
Message-ID: <172791919112.3022.86880@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir haben eine Anfrage zur L=C3=B6schung der personenbezogenen Daten
erhalten, die mit dieser E-Mail-Adresse verkn=C3=BCpft sind. Bitte
best=C3=A4tigen Sie innerhalb von 14 Tagen =C3=BCber den folgenden Link ode=
r per
Antwort auf diese E-Mail, dass die Anfrage von Ihnen stammt:

https://shop.example.be/privacy/confirm/14baf79a6229f299040bb50b

Falls Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese
Nachricht bitte; Ihre Daten werden dann nicht gel=C3=B6scht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Das Datenschutz-Team
Shop Example BV - privacy@shop.example.be

--1720504692-eximdsn-1091919112--
"""),
    ("en", "exim_spam_reject", "automated", (), """Return-path: <>
Received: from mailout.orbitron-labs.example (mailout.orbitron-labs.example [198.51.100.180])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VbngYzqHQDFZs
	for <privacy@shop.example.be>; Thu,  1 Aug 2024 14:30:50 +0200 (CEST)
Received: from mail by mailout.orbitron-labs.example with local (Exim 4.97.1)
	id 1s9Z5L-054T2E-uk
	for privacy@shop.example.be; Thu, 01 Aug 2024 13:30:50 +0100
X-Failed-Recipients: n.patel@orbitron-labs.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mailout.orbitron-labs.example>
To: privacy@shop.example.be
Content-Type: multipart/report; report-type=delivery-status; boundary=1722515450-eximdsn-701357439
MIME-Version: 1.0
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1s9Z5L-054T2E-uk@mailout.orbitron-labs.example>
Date: Thu, 01 Aug 2024 13:30:50 +0100

--1722515450-eximdsn-701357439
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  n.patel@orbitron-labs.example
    host filter.orbitron-labs.example [203.0.113.118]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected: spam content detected (BAYES_99, URIBL_BLOCKED)

--1722515450-eximdsn-701357439
Content-type: message/delivery-status

Reporting-MTA: dns; mailout.orbitron-labs.example

Action: failed
Final-Recipient: rfc822;n.patel@orbitron-labs.example
Status: 5.7.1
Remote-MTA: dns; filter.orbitron-labs.example
Diagnostic-Code: smtp; 550 5.7.1 Message rejected: spam content detected (BAYES_99, URIBL_BLOCKED)

--1722515450-eximdsn-701357439
Content-type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4Vy02YWpGjkbbv
	for <n.patel@orbitron-labs.example>; Thu, 1 Aug 2024 14:30:46 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1722515446; bh=8e8a7HIIks+QrSEveIpxSVVahuo+hwwY2tFkLVa72gw=;
	h=From:To:Subject:Date:Message-ID;
	b=ifxOj8ZIhIEWyhe+T7H6G0VFAkGm+I/dwMvA02K0d9Q=
	 w/nLLYZa/08yPiHXlwoykR2xNd1sgevb4G9aHV4gX9M=
From: Shop Example Privacy <privacy@shop.example.be>
To: n.patel@orbitron-labs.example
Subject: Confirm your request
Date: Thu, 1 Aug 2024 14:30:46 +0200
Message-ID: <172401357439.3901.37132@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We received a request to delete the personal data linked to this e-mail
address. To confirm that this request comes from you, please click the
link below or simply reply to this e-mail within 14 days:

https://shop.example.be/privacy/confirm/a21ca4f9ac4b9550ba463507

If you did not make this request, you can ignore this message and your
data will not be deleted.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be

--1722515450-eximdsn-701357439--
"""),
    ("en", "exim_delay", "automated", (), """Return-path: <>
Received: from mail.kleinbrauerei-example.example (mail.kleinbrauerei-example.example [198.51.100.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vn43FMqTs1J0G
	for <privacy@shop.example.be>; Wed, 14 Aug 2024 16:10:00 +0200 (CEST)
Received: from mail by mail.kleinbrauerei-example.example with local (Exim 4.96)
	id 1sHLjM-IXUZ47-cn
	for privacy@shop.example.be; Wed, 14 Aug 2024 16:10:00 +0200
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mail.kleinbrauerei-example.example>
To: privacy@shop.example.be
References: <172986762051.6210.26345@shop.example.be>
Content-Type: multipart/report; report-type=delivery-status; boundary=1723644600-eximdsn-1681692777
MIME-Version: 1.0
Subject: Warning: message 1sAeDD-X51C8T-Q7 delayed 4 hours
Message-Id: <E1sHLjM-IXUZ47-cn@mail.kleinbrauerei-example.example>
Date: Wed, 14 Aug 2024 16:10:00 +0200

--1723644600-eximdsn-1681692777
Content-type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on mail.kleinbrauerei-example.example.

The message identifier is:     1sAeDD-X51C8T-Q7
The subject of the message is: Confirm your request
The date of the message is:    Wed, 14 Aug 2024 12:05:00 +0200

The address to which the message has not yet been delivered is:

  admin@kleinbrauerei-example.example
    host mx.kleinbrauerei-example.example [203.0.113.150]
    Delay reason: SMTP error from remote mail server after RCPT TO:<admin@kleinbrauerei-example.example>:
    451 4.3.0 <admin@kleinbrauerei-example.example>: Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.

--1723644600-eximdsn-1681692777
Content-type: message/delivery-status

Reporting-MTA: dns; mail.kleinbrauerei-example.example

Action: delayed
Final-Recipient: rfc822;admin@kleinbrauerei-example.example
Status: 4.0.0
Remote-MTA: dns; mx.kleinbrauerei-example.example
Diagnostic-Code: smtp; 451 4.3.0 <admin@kleinbrauerei-example.example>: Temporary lookup failure
Will-Retry-Until: Sun, 18 Aug 2024 16:10:00 +0200

--1723644600-eximdsn-1681692777
Content-type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VrmXVPf0Jc4mm
	for <admin@kleinbrauerei-example.example>; Wed, 14 Aug 2024 12:05:00 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1723629900; bh=dlq2M7nhioGrpvhHQz0mNdUoJ3d25v24jlgXJjuM6NY=;
	h=From:To:Subject:Date:Message-ID;
	b=oYargZlk9LCAnkijHamQpH6mCtGyXoX63n3eIdamFfI=
	 1TPpDXQ+JGpok4mcsYZEDbrWFo/ocN5aiyWMED6h8As=
From: Shop Example Privacy <privacy@shop.example.be>
To: admin@kleinbrauerei-example.example
Subject: Confirm your request
Date: Wed, 14 Aug 2024 12:05:00 +0200
Message-ID: <172986762051.6210.26345@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--1723644600-eximdsn-1681692777--
"""),
    ("en", "qmail", "automated", (), """Return-Path: <>
Received: from mail.correo-iberia.example (mail.correo-iberia.example [198.51.100.45])
	by mx1.shop.example.be (Postfix) with ESMTP id 4VPsQjCBK7hvdW
	for <privacy@shop.example.be>; Mon, 17 Jun 2024 19:02:33 +0200 (CEST)
Received: (qmail 20316 invoked for bounce); 17 Jun 2024 17:02:33 -0000
Date: 17 Jun 2024 17:02:33 -0000
From: MAILER-DAEMON@mail.correo-iberia.example
To: privacy@shop.example.be
Subject: failure notice

Hi. This is the qmail-send program at mail.correo-iberia.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<pablo.garcia@correo-iberia.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <privacy@shop.example.be>
Received: (qmail 20301 invoked from network); 17 Jun 2024 17:02:31 -0000
Received: from mx-out1.shop.example.be (198.51.100.25)
  by mail.correo-iberia.example with ESMTPS (ECDHE-RSA-AES256-GCM-SHA384 encrypted); 17 Jun 2024 17:02:31 -0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VlBYVvPrQnHYf
	for <pablo.garcia@correo-iberia.example>; Mon, 17 Jun 2024 19:02:31 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718643751; bh=OBqyUcDiXrMATjgX+UPWAnpzdoKMWQqrPf14al9JLm4=;
	h=From:To:Subject:Date:Message-ID;
	b=L2wjqwOhPlWFLRegG/ZT1xsALDNJPFk5mtDPUmf5IyI=
	 yvkScC4LPQskFfXi/kr/JORzyHX6iWBoW41EdADvtNk=
From: Shop Example Privacy <privacy@shop.example.be>
To: pablo.garcia@correo-iberia.example
Subject: Confirme su solicitud
Date: Mon, 17 Jun 2024 19:02:31 +0200
Message-ID: <173626725416.7238.50947@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Hemos recibido una solicitud para suprimir los datos personales
vinculados a esta direcci=C3=B3n de correo electr=C3=B3nico. Para confirmar=
 que
la solicitud procede de usted, haga clic en el siguiente enlace o
responda a este mensaje en un plazo de 14 d=C3=ADas:

https://shop.example.be/privacy/confirm/36c9d3625c2a9b2cc55eebd2

Si usted no ha realizado esta solicitud, puede ignorar este mensaje y
sus datos no se suprimir=C3=A1n.

Atentamente,
El equipo de privacidad
Shop Example BV - privacy@shop.example.be
"""),
    ("en", "yahoo", "automated", (), """Return-Path: <>
Received: from sonic310-21.consmr.mail.ir2.yahoo.com (sonic310-21.consmr.mail.ir2.yahoo.com [77.238.177.147])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VNmrwCvjjT8hQ
	for <privacy@shop.example.be>; Wed, 24 Jul 2024 08:18:40 +0200 (CEST)
Date: Wed, 24 Jul 2024 06:18:40 +0000
From: MAILER-DAEMON@yahoo.com
To: privacy@shop.example.be
Subject: Failure Notice
Message-ID: <1721801920.a9ebbee857@sonic310-21.consmr.mail.ir2.yahoo.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Sorry, we were unable to deliver your message to the following address.

<lisa.morgan77@yahoo-mail.example>:
554: delivery error: dd This user doesn't have a yahoo-mail.example account (lisa.morgan77@yahoo-mail.example) [0] - mta4010.mail.ir2.yahoo.com

--- Below this line is a copy of the message.

Received: from 198.51.100.25 (EHLO mx-out1.shop.example.be)
 by sonic310-21.consmr.mail.ir2.yahoo.com with ESMTPS; Wed, 24 Jul 2024 06:18:37 +0000
Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V8CKZMYBBj3N9
	for <lisa.morgan77@yahoo-mail.example>; Wed, 24 Jul 2024 08:18:37 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1721801917; bh=d7AYRjwMH026Qg5nbz5/3k3xPLB/K3z4DdCcFvMvJcE=;
	h=From:To:Subject:Date:Message-ID;
	b=ZWX9Axg8hNGLxDQxRWPdU4pOSjwcyyPZrVesLAUVRW8=
	 PM8tnxxIqZaPpuNTCWEUT9e/b5qv/8c4gfQiLQshrqU=
From: Shop Example Privacy <privacy@shop.example.be>
To: lisa.morgan77@yahoo-mail.example
Subject: Confirm your request
Date: Wed, 24 Jul 2024 08:18:37 +0200
Message-ID: <174550799336.3621.53014@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We received a request to delete the personal data linked to this e-mail
address. To confirm that this request comes from you, please click the
link below or simply reply to this e-mail within 14 days:

https://shop.example.be/privacy/confirm/412876e25a2efbbf72b98ff5

If you did not make this request, you can ignore this message and your
data will not be deleted.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be
"""),
    ("en", "sendmail", "automated", (), """Return-Path: <>
Received: from mail.officine-colombo.example (mail.officine-colombo.example [198.51.100.92])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VFL15nKvhYfGQ
	for <privacy@shop.example.be>; Fri, 21 Jun 2024 10:40:27 +0200 (CEST)
Received: from localhost (localhost)
	by mail.officine-colombo.example (8.17.1/8.17.1) id 4CqHLr866663;
	Fri, 21 Jun 2024 10:40:27 +0200
Date: Fri, 21 Jun 2024 10:40:27 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.officine-colombo.example>
Message-Id: <1718959227.4CqHLr866663@mail.officine-colombo.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4CqHLr866663.1718959227/mail.officine-colombo.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--4CqHLr866663.1718959227/mail.officine-colombo.example

The original message was received at Fri, 21 Jun 2024 10:40:26 +0200
from mx-out1.shop.example.be [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<f.colombo@officine-colombo.example>
    (reason: 550 5.1.1 <f.colombo@officine-colombo.example>... User unknown)

   ----- Transcript of session follows -----
... while talking to mx.officine-colombo.example.:
>>> DATA
<<< 550 5.1.1 <f.colombo@officine-colombo.example>... User unknown
550 5.1.1 <f.colombo@officine-colombo.example>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)

--4CqHLr866663.1718959227/mail.officine-colombo.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.officine-colombo.example
Received-From-MTA: DNS; mx-out1.shop.example.be
Arrival-Date: Fri, 21 Jun 2024 10:40:26 +0200

Final-Recipient: RFC822; f.colombo@officine-colombo.example
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.officine-colombo.example
Diagnostic-Code: SMTP; 550 5.1.1 <f.colombo@officine-colombo.example>... User unknown
Last-Attempt-Date: Fri, 21 Jun 2024 10:40:27 +0200

--4CqHLr866663.1718959227/mail.officine-colombo.example
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VS4TZfsgt6fRW
	for <f.colombo@officine-colombo.example>; Fri, 21 Jun 2024 10:40:26 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718959226; bh=46k8ZJRlmj1e273agzt8eBYEVP3wPCFzwv5SeQs6zcw=;
	h=From:To:Subject:Date:Message-ID;
	b=BKKbZh0EGPygf55TKNqN2PSul0DjKDflJqA7HuBIxM8=
	 PSSZzkg6/oazk9cUVxdinxaPXa/AZjM1DR6+7CNQGnI=
From: Shop Example Privacy <privacy@shop.example.be>
To: f.colombo@officine-colombo.example
Subject: Conferma la tua richiesta
Date: Fri, 21 Jun 2024 10:40:26 +0200
Message-ID: <172672331085.3250.59215@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

abbiamo ricevuto una richiesta di cancellazione dei dati personali
associati a questo indirizzo e-mail. Per confermare che la richiesta
proviene da lei, clicchi sul link seguente o risponda a questa e-mail
entro 14 giorni:

https://shop.example.be/privacy/confirm/86999ec113af17295a2d8570

Se non ha effettuato questa richiesta, pu=C3=B2 ignorare il messaggio: i
suoi dati non saranno cancellati.

Cordiali saluti,
Il team privacy
Shop Example BV - privacy@shop.example.be

--4CqHLr866663.1718959227/mail.officine-colombo.example--
"""),
    ("en", "sendmail_delay", "automated", (), """Return-Path: <>
Received: from mail.alpenhof-tirol.example (mail.alpenhof-tirol.example [198.51.100.31])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V9Mgm3dk6pP14
	for <privacy@shop.example.be>; Mon, 29 Jul 2024 18:05:12 +0200 (CEST)
Received: from localhost (localhost)
	by mail.alpenhof-tirol.example (8.17.1/8.17.1) id 4GlSjI550700;
	Mon, 29 Jul 2024 18:05:12 +0200
Date: Mon, 29 Jul 2024 18:05:12 +0200
From: Mail Delivery Subsystem <MAILER-DAEMON@mail.alpenhof-tirol.example>
Message-Id: <1722269112.4GlSjI550700@mail.alpenhof-tirol.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4GlSjI550700.1722269112/mail.alpenhof-tirol.example"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--4GlSjI550700.1722269112/mail.alpenhof-tirol.example

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 29 Jul 2024 14:03:42 +0200
from mx-out1.shop.example.be [198.51.100.25]

   ----- Transcript of session follows -----
<office@alpenhof-tirol.example>... Deferred: Connection timed out with mx.alpenhof-tirol.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--4GlSjI550700.1722269112/mail.alpenhof-tirol.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.alpenhof-tirol.example
Received-From-MTA: DNS; mx-out1.shop.example.be
Arrival-Date: Mon, 29 Jul 2024 14:03:42 +0200

Final-Recipient: RFC822; office@alpenhof-tirol.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.alpenhof-tirol.example
Diagnostic-Code: SMTP; 421 4.4.1 Connection timed out
Last-Attempt-Date: Mon, 29 Jul 2024 18:05:12 +0200
Will-Retry-Until: Sat, 3 Aug 2024 14:03:42 +0200

--4GlSjI550700.1722269112/mail.alpenhof-tirol.example
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VJ41KRwg1KwMz
	for <office@alpenhof-tirol.example>; Mon, 29 Jul 2024 14:03:42 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1722254622; bh=oXw7WPR2h9zs29eiEhVq192QiuG+0Hyvqy30Y0krDKQ=;
	h=From:To:Subject:Date:Message-ID;
	b=xWv1P9407bkZkKwE34ErNP0T2BIRwyQuDquC2zpCgFM=
	 8k7LLOKSWWKRChnsZYBwaazhlPDn7ulGS61T0wvhKOQ=
From: Shop Example Privacy <privacy@shop.example.be>
To: office@alpenhof-tirol.example
Subject: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Date: Mon, 29 Jul 2024 14:03:42 +0200
Message-ID: <172800838265.4963.54646@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--4GlSjI550700.1722269112/mail.alpenhof-tirol.example--
"""),
    ("en", "o365_ndr", "automated", (), """Received: from EUR02-AM0-obe.outbound.protection.outlook.com (mail-am0eur02on2097.outbound.protection.outlook.com [40.107.22.97])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VGtdyh3fZdjdL
	for <privacy@shop.example.be>; Wed,  5 Jun 2024 10:15:12 +0200 (CEST)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@greenleaf-partners.example>
To: <privacy@shop.example.be>
Date: Wed, 5 Jun 2024 08:15:12 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="31e657f6-c8f0-0e96-eaba-9b5073475f99"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <e9a1ddad-71bd-3fc0-9ff1-8d142909e32f@DB9PR01MB7400.eurprd01.prod.exchangelabs.com>
In-Reply-To: <172287150741.2056.58250@shop.example.be>
References: <172287150741.2056.58250@shop.example.be>
Thread-Topic: Confirm your request
Thread-Index: AQHaKPBCshQKQJpa4v4qdqnGYxMKHg==
Subject: Undeliverable: Confirm your request
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-TrafficTypeDiagnostic: DB9PR01MB7400:EE_|AM0PR02MB5796:EE_
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 05 Jun 2024 08:15:12.9570 (UTC)
X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted
MIME-Version: 1.0

--31e657f6-c8f0-0e96-eaba-9b5073475f99
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="17da7b43-5b3e-828b-a4cb-ec2e07c74751"

--17da7b43-5b3e-828b-a4cb-ec2e07c74751
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Your message to m.oconnor@greenleaf-partners.example couldn't be delivered.

m.oconnor wasn't found at greenleaf-partners.example.

privacy     Office 365      m.oconnor
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:

  *   Send the message again following these steps: In Outlook, open this n=
on-delivery report (NDR) and choose Send Again from the Report ribbon. In O=
utlook on the web, select this NDR, then select the link "To send this mess=
age again, click here." Then delete and retype the entire recipient address=
. If prompted with an Auto-Complete List suggestion don't select it. After =
typing the complete address, click Send.
  *   Contact the recipient (by phone, for example) to check that the addre=
ss exists and is correct.
  *   The recipient may have set up email forwarding to an incorrect addres=
s. Ask them to check that any forwarding they've set up is working correctl=
y.
  *   Clear the recipient Auto-Complete List in Outlook or Outlook on the w=
eb by following the steps in this article: Fix email delivery issues for er=
ror code 5.1.10 in Office 365<https://go.microsoft.com/fwlink/?LinkId=3D532=
972>, and then send the message again. Retype the entire recipient address =
before selecting Send.

If the problem continues, forward this message to your email admin. If you'=
re an email admin, refer to the More Info for Email Admins section below.

Was this helpful? Send feedback to Microsoft<https://go.microsoft.com/fwlin=
k/?LinkId=3D525921>.

________________________________

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hos=
ted by Office 365 but the address is incorrect or doesn't exist at the dest=
ination domain. The error is reported by the recipient domain's email serve=
r, but most often it must be fixed by the person who sent the message. If t=
he steps in the How to Fix It section above don't fix the problem, and you'=
re the email admin for the recipient, try one or more of the following:

The email address exists and is correct - Confirm that the recipient addres=
s exists, is correct, and is accepting messages.

For more information and tips to fix this issue see this article: https://g=
o.microsoft.com/fwlink/?LinkId=3D532972.

Original Message Details
Created Date:   6/5/2024 8:15:11 AM
Sender Address: privacy@shop.example.be
Recipient Address:      m.oconnor@greenleaf-partners.example
Subject:        Confirm your request

Error Details
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.oconnor@gree=
nleaf-partners.example not found by SMTP address lookup
Message rejected by:    DB9PR01MB7400.eurprd01.prod.exchangelabs.com

Message Hops
HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME
1       6/5/2024 8:15:11 AM        mx-out1.shop.example.be AM4PEPF00027A62.=
mail.protection.outlook.com     Microsoft SMTP Server (version=3DTLS1_3, ci=
pher=3DTLS_AES_256_GCM_SHA384)   1 sec
2       6/5/2024 8:15:12 AM        AM4PEPF00027A62.eurprd04.prod.outlook.co=
m       DB9PR01MB7400.eurprd01.prod.exchangelabs.com    Microsoft SMTP Serv=
er (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    *

--17da7b43-5b3e-828b-a4cb-ec2e07c74751
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<body>
<p>Your message to m.oconnor@greenleaf-partners.example couldn't be deliver=
ed.</p>
<p>m.oconnor wasn't found at greenleaf-partners.example.</p>
<p>privacy     Office 365      m.oconnor<br>
Action Required                 Recipient</p>
<p>Unknown To address</p>
<p>How to Fix It<br>
The address may be misspelled or may not exist. Try one or more of the foll=
owing:</p>
<p>  *   Send the message again following these steps: In Outlook, open thi=
s non-delivery report (NDR) and choose Send Again from the Report ribbon. I=
n Outlook on the web, select this NDR, then select the link "To send this m=
essage again, click here." Then delete and retype the entire recipient addr=
ess. If prompted with an Auto-Complete List suggestion don't select it. Aft=
er typing the complete address, click Send.<br>
  *   Contact the recipient (by phone, for example) to check that the addre=
ss exists and is correct.<br>
  *   The recipient may have set up email forwarding to an incorrect addres=
s. Ask them to check that any forwarding they've set up is working correctl=
y.<br>
  *   Clear the recipient Auto-Complete List in Outlook or Outlook on the w=
eb by following the steps in this article: Fix email delivery issues for er=
ror code 5.1.10 in Office 365&lt;https://go.microsoft.com/fwlink/?LinkId=3D=
532972&gt;, and then send the message again. Retype the entire recipient ad=
dress before selecting Send.</p>
<p>If the problem continues, forward this message to your email admin. If y=
ou're an email admin, refer to the More Info for Email Admins section below=
.</p>
<p>Was this helpful? Send feedback to Microsoft&lt;https://go.microsoft.com=
/fwlink/?LinkId=3D525921&gt;.</p>
<p>________________________________</p>
<p>More Info for Email Admins<br>
Status code: 550 5.1.10</p>
<p>This error occurs because the sender sent a message to an email address =
hosted by Office 365 but the address is incorrect or doesn't exist at the d=
estination domain. The error is reported by the recipient domain's email se=
rver, but most often it must be fixed by the person who sent the message. I=
f the steps in the How to Fix It section above don't fix the problem, and y=
ou're the email admin for the recipient, try one or more of the following:<=
/p>
<p>The email address exists and is correct - Confirm that the recipient add=
ress exists, is correct, and is accepting messages.</p>
<p>For more information and tips to fix this issue see this article: https:=
//go.microsoft.com/fwlink/?LinkId=3D532972.</p>
<p>Original Message Details<br>
Created Date:   6/5/2024 8:15:11 AM<br>
Sender Address: privacy@shop.example.be<br>
Recipient Address:      m.oconnor@greenleaf-partners.example<br>
Subject:        Confirm your request</p>
<p>Error Details<br>
Error:  550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.oconnor@gree=
nleaf-partners.example not found by SMTP address lookup<br>
Message rejected by:    DB9PR01MB7400.eurprd01.prod.exchangelabs.com</p>
<p>Message Hops<br>
HOP     TIME (UTC)      FROM    TO      WITH    RELAY TIME<br>
1       6/5/2024 8:15:11 AM        mx-out1.shop.example.be AM4PEPF00027A62.=
mail.protection.outlook.com     Microsoft SMTP Server (version=3DTLS1_3, ci=
pher=3DTLS_AES_256_GCM_SHA384)   1 sec<br>
2       6/5/2024 8:15:12 AM        AM4PEPF00027A62.eurprd04.prod.outlook.co=
m       DB9PR01MB7400.eurprd01.prod.exchangelabs.com    Microsoft SMTP Serv=
er (version=3DTLS1_2, cipher=3DTLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384)    *<=
/p>
</body>
</html>

--17da7b43-5b3e-828b-a4cb-ec2e07c74751--

--31e657f6-c8f0-0e96-eaba-9b5073475f99
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR01MB7400.eurprd01.prod.exchangelabs.com
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Wed, 5 Jun 2024 08:15:11 +0000

Final-Recipient: rfc822;m.oconnor@greenleaf-partners.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient m.oconnor@greenleaf-partners.example not found by SMTP address lookup

--31e657f6-c8f0-0e96-eaba-9b5073475f99
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VJbXFd7FbMP3J
	for <m.oconnor@greenleaf-partners.example>; Wed, 5 Jun 2024 10:15:11 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1717575311; bh=x4mgrnVYT/HBpazxYB2aMm2LW8bEQze0J1be6oYrMUg=;
	h=From:To:Subject:Date:Message-ID;
	b=P1/I+4i+Xc9flmZHrGNceKJYJ28mkU/jJmsKCmpFKHk=
	 Pzs15xC9jG+2kD6osjd13g8NVB/s5+D76wLjMLlyk4E=
From: Shop Example Privacy <privacy@shop.example.be>
To: m.oconnor@greenleaf-partners.example
Subject: Confirm your request
Date: Wed, 5 Jun 2024 10:15:11 +0200
Message-ID: <172287150741.2056.58250@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We received a request to delete the personal data linked to this e-mail
address. To confirm that this request comes from you, please click the
link below or simply reply to this e-mail within 14 days:

https://shop.example.be/privacy/confirm/98513a4b78373871b00657a5

If you did not make this request, you can ignore this message and your
data will not be deleted.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be

--31e657f6-c8f0-0e96-eaba-9b5073475f99--
"""),
    ("en", "o365_ndr_mailbox_full", "automated", (), """Received: from EUR03-DBA-obe.outbound.protection.outlook.com (mail-dbaeur03on2055.outbound.protection.outlook.com [40.107.104.55])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VHnl7VFRgN4l2
	for <privacy@shop.example.be>; Tue, 20 Aug 2024 11:02:51 +0200 (CEST)
From: Microsoft Outlook
	<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@rivermead-dental.example>
To: <privacy@shop.example.be>
Date: Tue, 20 Aug 2024 09:02:51 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d38dca61-d54c-1b35-96e5-f068b17f8c88"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
Message-ID: <0e4cb70b-30c6-e2bd-953a-8e64ad4751a5@LO2P265MB5118.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <175910129316.3844.52140@shop.example.be>
References: <175910129316.3844.52140@shop.example.be>
Thread-Topic: Your request about your personal data
Thread-Index: AQHas9qwGIXV6iC1ZPGFReEloKiIRQ==
Subject: Undeliverable: Your request about your personal data
Auto-Submitted: auto-replied
X-MS-PublicTrafficType: Email
X-MS-Exchange-CrossTenant-OriginalArrivalTime: 20 Aug 2024 09:02:51.4531 (UTC)
MIME-Version: 1.0

--d38dca61-d54c-1b35-96e5-f068b17f8c88
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="a89f9f47-d64f-33b6-c6df-370fbc01d506"

--a89f9f47-d64f-33b6-c6df-370fbc01d506
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Your message to accounts@rivermead-dental.example couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try r=
esending this message later, or contact the recipient directly.

privacy     Office 365      accounts
Action Required                 Recipient

Mailbox full

How to Fix It
The recipient's mailbox is full. Try resending the message later. If the pr=
oblem continues, contact the recipient by some other means (by phone, for e=
xample) and ask them to clean up their mailbox.

________________________________

More Info for Email Admins
Status code: 554 5.2.2

Original Message Details
Created Date:   8/20/2024 9:02:49 AM
Sender Address: privacy@shop.example.be
Recipient Address:      accounts@rivermead-dental.example
Subject:        Your request about your personal data

Error Details
Error:  554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededExc=
eption.MapiExceptionShutoffQuotaExceeded; Failed to process message due to =
a permanent exception with message [BeginDiagnosticData]Cannot open mailbox=
.[EndDiagnosticData]
Message rejected by:    LO2P265MB5118.GBRP265.PROD.OUTLOOK.COM

--a89f9f47-d64f-33b6-c6df-370fbc01d506
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<body>
<p>Your message to accounts@rivermead-dental.example couldn't be delivered.=
</p>
<p>The recipient's mailbox is full and can't accept messages now. Please tr=
y resending this message later, or contact the recipient directly.</p>
<p>privacy     Office 365      accounts<br>
Action Required                 Recipient</p>
<p>Mailbox full</p>
<p>How to Fix It<br>
The recipient's mailbox is full. Try resending the message later. If the pr=
oblem continues, contact the recipient by some other means (by phone, for e=
xample) and ask them to clean up their mailbox.</p>
<p>________________________________</p>
<p>More Info for Email Admins<br>
Status code: 554 5.2.2</p>
<p>Original Message Details<br>
Created Date:   8/20/2024 9:02:49 AM<br>
Sender Address: privacy@shop.example.be<br>
Recipient Address:      accounts@rivermead-dental.example<br>
Subject:        Your request about your personal data</p>
<p>Error Details<br>
Error:  554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededExc=
eption.MapiExceptionShutoffQuotaExceeded; Failed to process message due to =
a permanent exception with message [BeginDiagnosticData]Cannot open mailbox=
.[EndDiagnosticData]<br>
Message rejected by:    LO2P265MB5118.GBRP265.PROD.OUTLOOK.COM</p>
</body>
</html>

--a89f9f47-d64f-33b6-c6df-370fbc01d506--

--d38dca61-d54c-1b35-96e5-f068b17f8c88
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5118.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Tue, 20 Aug 2024 09:02:49 +0000

Final-Recipient: rfc822;accounts@rivermead-dental.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded

--d38dca61-d54c-1b35-96e5-f068b17f8c88
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VZfnw0FvpSZWK
	for <accounts@rivermead-dental.example>; Tue, 20 Aug 2024 11:02:49 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1724144569; bh=SNM5mwGiIVhHzzuVdJjfadhYazpdzzjVXsYjUX1NenI=;
	h=From:To:Subject:Date:Message-ID;
	b=IgGf1OnTe/2GHu3kzWfi7ZAvp812876N4WwyKdCOvXE=
	 P5qn9TqUpLbIX85ywP05l96ePwVMsL+GVL5RDlSM5Lg=
From: Shop Example Privacy <privacy@shop.example.be>
To: accounts@rivermead-dental.example
Subject: Your request about your personal data
Date: Tue, 20 Aug 2024 11:02:49 +0200
Message-ID: <175910129316.3844.52140@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--d38dca61-d54c-1b35-96e5-f068b17f8c88--
"""),
    ("en", "exchange_delay", "automated", (), """Received: from mail.westfield-council.example (mail.westfield-council.example [198.51.100.210])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vv9Dxp1CwZhLp
	for <privacy@shop.example.be>; Tue,  3 Sep 2024 15:16:40 +0200 (CEST)
From: postmaster@westfield-council.example
To: privacy@shop.example.be
Date: Tue, 3 Sep 2024 13:16:40 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8e261561-8ebc-1724-a2c0-d78be9349522"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-GB
Message-ID: <6fd78d8c-8d46-8426-6fe0-efd33bb0bc80@EXCH02.westfield-council.local>
In-Reply-To: <175709436545.1247.20952@shop.example.be>
References: <175709436545.1247.20952@shop.example.be>
Thread-Topic: Confirm your request
Thread-Index: AQHaSmOqdtE+89jQ1So2bUzSTEoy9w==
Subject: Delivery delayed:Confirm your request
Auto-Submitted: auto-replied

--8e261561-8ebc-1724-a2c0-d78be9349522
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="e43b7c2b-7070-f116-3f94-310452b2bb86"

--e43b7c2b-7070-f116-3f94-310452b2bb86
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Delivery is delayed to these recipients or groups:

procurement@westfield-council.example (procurement@westfield-council.exampl=
e)

Subject: Confirm your request

This message hasn't been delivered yet. Delivery will continue to be attemp=
ted.

The server will keep trying to deliver this message for the next 1 days, 19=
 hours and 44 minutes. You'll be notified if the message can't be delivered=
 by that time.







Diagnostic information for administrators:

Generating server: EXCH02.westfield-council.local
Receiving server: exch01.westfield-council.local (10.1.4.20)

procurement@westfield-council.example
Remote Server at exch01.westfield-council.local (10.1.4.20) returned '400 4=
.4.7 Message delayed'
9/3/2024 1:16:40 PM - Remote Server at exch01.westfield-council.local (10.1=
.4.20) returned '451 4.4.0 Primary target IP address responded with: "421 4=
.3.2 Service not available." Attempted failover to alternate host, but that=
 did not succeed. Either there are no alternate hosts, or delivery failed t=
o all alternate hosts. The last endpoint attempted was 10.1.4.20:2525'

--e43b7c2b-7070-f116-3f94-310452b2bb86
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<body>
<p>Delivery is delayed to these recipients or groups:</p>
<p>procurement@westfield-council.example (procurement@westfield-council.exa=
mple)</p>
<p>Subject: Confirm your request</p>
<p>This message hasn't been delivered yet. Delivery will continue to be att=
empted.</p>
<p>The server will keep trying to deliver this message for the next 1 days,=
 19 hours and 44 minutes. You'll be notified if the message can't be delive=
red by that time.</p>
<p></p>
<p></p>
<p></p>
<p>Diagnostic information for administrators:</p>
<p>Generating server: EXCH02.westfield-council.local<br>
Receiving server: exch01.westfield-council.local (10.1.4.20)</p>
<p>procurement@westfield-council.example<br>
Remote Server at exch01.westfield-council.local (10.1.4.20) returned '400 4=
.4.7 Message delayed'<br>
9/3/2024 1:16:40 PM - Remote Server at exch01.westfield-council.local (10.1=
.4.20) returned '451 4.4.0 Primary target IP address responded with: "421 4=
.3.2 Service not available." Attempted failover to alternate host, but that=
 did not succeed. Either there are no alternate hosts, or delivery failed t=
o all alternate hosts. The last endpoint attempted was 10.1.4.20:2525'</p>
</body>
</html>

--e43b7c2b-7070-f116-3f94-310452b2bb86--

--8e261561-8ebc-1724-a2c0-d78be9349522
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH02.westfield-council.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Tue, 3 Sep 2024 09:16:20 +0000

Final-Recipient: rfc822;procurement@westfield-council.example
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Thu, 5 Sep 2024 09:16:20 +0000
X-Display-Name: procurement@westfield-council.example

--8e261561-8ebc-1724-a2c0-d78be9349522
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VgjjlT0DmGCGm
	for <procurement@westfield-council.example>; Tue, 3 Sep 2024 11:16:20 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1725354980; bh=nUyY4UhdDRAXaoBYtr6FNHTMykrdq9vnspcPpP5btds=;
	h=From:To:Subject:Date:Message-ID;
	b=+IqNOYjUKoZpIFOedghgM891rXsZtgQ+Jj7OSg0ZbS4=
	 HFRmxtnUZUqkZ3ly8mtlcihqCQDkPMjFM1uuesXR+Vo=
From: Shop Example Privacy <privacy@shop.example.be>
To: procurement@westfield-council.example
Subject: Confirm your request
Date: Tue, 3 Sep 2024 11:16:20 +0200
Message-ID: <175709436545.1247.20952@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--8e261561-8ebc-1724-a2c0-d78be9349522--
"""),
    ("en", "exchange_ndr", "automated", (), """Received: from mail.harlow-freight.example (mail.harlow-freight.example [198.51.100.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VvJXg8PvLBZxj
	for <privacy@shop.example.be>; Thu, 13 Jun 2024 08:30:02 +0200 (CEST)
From: postmaster@harlow-freight.example
To: privacy@shop.example.be
Date: Thu, 13 Jun 2024 07:30:02 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="576b4e1f-c4f4-4a9b-e7bd-75d7e26a9191"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <33f887cd-97a1-7ed5-e811-fdcbe3cb3939@EXCH01.harlow-freight.local>
In-Reply-To: <175015464659.4114.77533@shop.example.be>
References: <175015464659.4114.77533@shop.example.be>
Thread-Topic: Your request about your personal data
Thread-Index: AQHah6KN3SVi8alBMSC6GuYDhX9A1w==
Subject: Undeliverable: Your request about your personal data
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--576b4e1f-c4f4-4a9b-e7bd-75d7e26a9191
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="849c6e50-e042-7e80-7ed0-7eaa17ba060d"

--849c6e50-e042-7e80-7ed0-7eaa17ba060d
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

d.fletcher@harlow-freight.example
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.





Diagnostic information for administrators:

Generating server: EXCH01.harlow-freight.local

d.fletcher@harlow-freight.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Original message headers:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VCdtNwS0YxwLP
	for <d.fletcher@harlow-freight.example>; Thu, 13 Jun 2024 08:30:00 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718260200; bh=AhvupC2uST8UIorLK37tjVe2L91Pe6WyQkaktOubg94=;
	h=From:To:Subject:Date:Message-ID;
	b=jf3JvCcBkTFijxwiyDC0yYEapfalKyO5F8ZySXrd5+U=
	 4YtsPF0WbzPfALYkef28R8+J1SgF1ByQkxH0A/oSQR0=
From: Shop Example Privacy <privacy@shop.example.be>
To: d.fletcher@harlow-freight.example
Subject: Your request about your personal data
Date: Thu, 13 Jun 2024 08:30:00 +0200
Message-ID: <175015464659.4114.77533@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--849c6e50-e042-7e80-7ed0-7eaa17ba060d
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html dir="ltr"><head></head><body style="margin:0;"><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:d.fletcher@harlow-freight.example">d.fletcher@harlow-freight.example</a><br>
The e-mail address you entered couldn't be found. Please check the recipient's e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.<br>
</p>
</font><br><br><br><br><br><br>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostic information for administrators:</b></p>
Generating server: EXCH01.harlow-freight.local<br>
<br>
d.fletcher@harlow-freight.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color="#808080" size="2" face="Tahoma"><p><b>Original message headers:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VCdtNwS0YxwLP
	for &lt;d.fletcher@harlow-freight.example&gt;; Thu, 13 Jun 2024 08:30:00 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718260200; bh=AhvupC2uST8UIorLK37tjVe2L91Pe6WyQkaktOubg94=;
	h=From:To:Subject:Date:Message-ID;
	b=jf3JvCcBkTFijxwiyDC0yYEapfalKyO5F8ZySXrd5+U=
	 4YtsPF0WbzPfALYkef28R8+J1SgF1ByQkxH0A/oSQR0=
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: d.fletcher@harlow-freight.example
Subject: Your request about your personal data
Date: Thu, 13 Jun 2024 08:30:00 +0200
Message-ID: &lt;175015464659.4114.77533@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
</pre>
</font>
</body></html>

--849c6e50-e042-7e80-7ed0-7eaa17ba060d--

--576b4e1f-c4f4-4a9b-e7bd-75d7e26a9191
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.harlow-freight.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Thu, 13 Jun 2024 07:30:00 +0100

Final-Recipient: rfc822;d.fletcher@harlow-freight.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--576b4e1f-c4f4-4a9b-e7bd-75d7e26a9191
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VCdtNwS0YxwLP
	for <d.fletcher@harlow-freight.example>; Thu, 13 Jun 2024 08:30:00 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718260200; bh=AhvupC2uST8UIorLK37tjVe2L91Pe6WyQkaktOubg94=;
	h=From:To:Subject:Date:Message-ID;
	b=jf3JvCcBkTFijxwiyDC0yYEapfalKyO5F8ZySXrd5+U=
	 4YtsPF0WbzPfALYkef28R8+J1SgF1ByQkxH0A/oSQR0=
From: Shop Example Privacy <privacy@shop.example.be>
To: d.fletcher@harlow-freight.example
Subject: Your request about your personal data
Date: Thu, 13 Jun 2024 08:30:00 +0200
Message-ID: <175015464659.4114.77533@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We have received your request for access to the personal data we hold
about you (Article 15 GDPR). Before we send you a copy of your data, we
need to verify your identity. Please reply to this e-mail from the
address linked to your customer account, or confirm here:

https://shop.example.be/privacy/verify/39a63ded022fd9386b823a69

We will answer within one month of your confirmation.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be

--576b4e1f-c4f4-4a9b-e7bd-75d7e26a9191--
"""),
    ("de", "exchange_ndr", "automated", (), """Received: from mail.hansa-logistik.example (mail.hansa-logistik.example [198.51.100.33])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VTRXWbbqZ5Y7W
	for <privacy@shop.example.be>; Tue,  4 Jun 2024 10:15:13 +0200 (CEST)
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hansa-logistik.example>
To: privacy@shop.example.be
Date: Tue, 4 Jun 2024 10:15:13 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="16f77122-e656-e0b0-e5df-84a1b3020b48"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <96dff97c-5a96-fce1-2223-953a70049623@EXCH01.hansa-logistik.local>
In-Reply-To: <172639460972.8416.31799@shop.example.be>
References: <172639460972.8416.31799@shop.example.be>
Thread-Topic: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Thread-Index: AQHa/WQcwZGDrTKHZ2z9nl27qHspOA==
Subject: Unzustellbar: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--16f77122-e656-e0b0-e5df-84a1b3020b48
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="8e32d2b9-d7c2-cd7a-5443-ca5061fdbd12"

--8e32d2b9-d7c2-cd7a-5443-ca5061fdbd12
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Die Zustellung an folgende Empf=C3=A4nger oder Gruppen ist fehlgeschlagen:

m.wagner@hansa-logistik.example
Die eingegebene E-Mail-Adresse wurde nicht gefunden. =C3=9Cberpr=C3=BCfen S=
ie die E-Mail-Adresse des Empf=C3=A4ngers, und versuchen Sie dann erneut, d=
ie Nachricht zu senden. Wenden Sie sich an Ihren Helpdesk, wenn das Problem=
 weiterhin besteht.





Diagnoseinformationen f=C3=BCr Administratoren:

Generierender Server: EXCH01.hansa-logistik.local

m.wagner@hansa-logistik.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Urspr=C3=BCngliche Nachrichtenkopfzeilen:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V5gyvgqpzccVD
	for <m.wagner@hansa-logistik.example>; Tue, 4 Jun 2024 10:15:11 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1717488911; bh=3DSHgYqkY/psAxt1okMBm2P7AlPUK7Zh5iGCUxaMV=
8mhA=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3D7SgUcyFbUIbUgLE0Sgn/kdz2qclg03e5RQ3qPbscGlY=3D
	 Ai1GhDVOfCLldyS/d+1khkUqSQJLmlmbhQxSJaVmN2A=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: m.wagner@hansa-logistik.example
Subject: =3D?utf-8?q?Best=3DC3=3DA4tigen?=3D Sie Ihre Anfrage
Date: Tue, 4 Jun 2024 10:15:11 +0200
Message-ID: <172639460972.8416.31799@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--8e32d2b9-d7c2-cd7a-5443-ca5061fdbd12
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">Die Zustellung an folgende Empf=C3=
=A4nger oder Gruppen ist fehlgeschlagen:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:m.w=
agner@hansa-logistik.example">m.wagner@hansa-logistik.example</a><br>
Die eingegebene E-Mail-Adresse wurde nicht gefunden. =C3=9Cberpr=C3=BCfen S=
ie die E-Mail-Adresse des Empf=C3=A4ngers, und versuchen Sie dann erneut, d=
ie Nachricht zu senden. Wenden Sie sich an Ihren Helpdesk, wenn das Problem=
 weiterhin besteht.<br>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Diagnoseinformatio=
nen f=C3=BCr Administratoren:</b></p>
Generierender Server: EXCH01.hansa-logistik.local<br>
<br>
m.wagner@hansa-logistik.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Urspr=C3=BCngliche=
 Nachrichtenkopfzeilen:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V5gyvgqpzccVD
	for &lt;m.wagner@hansa-logistik.example&gt;; Tue, 4 Jun 2024 10:15:11 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1717488911; bh=3DSHgYqkY/psAxt1okMBm2P7AlPUK7Zh5iGCUxaMV=
8mhA=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3D7SgUcyFbUIbUgLE0Sgn/kdz2qclg03e5RQ3qPbscGlY=3D
	 Ai1GhDVOfCLldyS/d+1khkUqSQJLmlmbhQxSJaVmN2A=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: m.wagner@hansa-logistik.example
Subject: =3D?utf-8?q?Best=3DC3=3DA4tigen?=3D Sie Ihre Anfrage
Date: Tue, 4 Jun 2024 10:15:11 +0200
Message-ID: &lt;172639460972.8416.31799@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--8e32d2b9-d7c2-cd7a-5443-ca5061fdbd12--

--16f77122-e656-e0b0-e5df-84a1b3020b48
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.hansa-logistik.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Tue, 4 Jun 2024 10:15:11 +0200

Final-Recipient: rfc822;m.wagner@hansa-logistik.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--16f77122-e656-e0b0-e5df-84a1b3020b48
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V5gyvgqpzccVD
	for <m.wagner@hansa-logistik.example>; Tue, 4 Jun 2024 10:15:11 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1717488911; bh=SHgYqkY/psAxt1okMBm2P7AlPUK7Zh5iGCUxaMV8mhA=;
	h=From:To:Subject:Date:Message-ID;
	b=7SgUcyFbUIbUgLE0Sgn/kdz2qclg03e5RQ3qPbscGlY=
	 Ai1GhDVOfCLldyS/d+1khkUqSQJLmlmbhQxSJaVmN2A=
From: Shop Example Privacy <privacy@shop.example.be>
To: m.wagner@hansa-logistik.example
Subject: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Date: Tue, 4 Jun 2024 10:15:11 +0200
Message-ID: <172639460972.8416.31799@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir haben eine Anfrage zur L=C3=B6schung der personenbezogenen Daten
erhalten, die mit dieser E-Mail-Adresse verkn=C3=BCpft sind. Bitte
best=C3=A4tigen Sie innerhalb von 14 Tagen =C3=BCber den folgenden Link ode=
r per
Antwort auf diese E-Mail, dass die Anfrage von Ihnen stammt:

https://shop.example.be/privacy/confirm/8b84a7cc2cbfff620e70d2b6

Falls Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese
Nachricht bitte; Ihre Daten werden dann nicht gel=C3=B6scht.

Mit freundlichen Gr=C3=BC=C3=9Fen
Das Datenschutz-Team
Shop Example BV - privacy@shop.example.be

--16f77122-e656-e0b0-e5df-84a1b3020b48--
"""),
    ("fr", "exchange_ndr", "automated", (), """Received: from mail.cabinet-moreau.example (mail.cabinet-moreau.example [198.51.100.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vvlcj4xLRKW7C
	for <privacy@shop.example.be>; Fri, 14 Jun 2024 16:48:20 +0200 (CEST)
From: postmaster@cabinet-moreau.example
To: privacy@shop.example.be
Date: Fri, 14 Jun 2024 16:48:20 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2b26d9ec-bba4-f72c-6773-91879f9af853"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <6f301423-1118-505f-e8a4-d54823382d73@SRV-EXCH.cabinet-moreau.local>
In-Reply-To: <173180943934.6299.39717@shop.example.be>
References: <173180943934.6299.39717@shop.example.be>
Thread-Topic: Confirmez votre demande
Thread-Index: AQHa13SyigD1uGe7fR2PrwHFZMbzMA==
Subject: Non remis : Confirmez votre demande
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--2b26d9ec-bba4-f72c-6773-91879f9af853
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="ddf791aa-c8ad-08fd-8d73-9724f364dd50"

--ddf791aa-c8ad-08fd-8d73-9724f364dd50
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

La remise aux destinataires ou groupes suivants a =C3=A9chou=C3=A9 :

p.moreau@cabinet-moreau.example
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9r=
ifiez l'adresse de messagerie du destinataire, puis essayez de renvoyer le =
message. Si le probl=C3=A8me persiste, contactez votre support technique.





Informations de diagnostic pour les administrateurs :

Serveur de g=C3=A9n=C3=A9ration : SRV-EXCH.cabinet-moreau.local

p.moreau@cabinet-moreau.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

En-t=C3=AAtes de message d'origine :

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VQBdN0KZFdxgs
	for <p.moreau@cabinet-moreau.example>; Fri, 14 Jun 2024 16:48:18 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1718376498; bh=3DXNCg7KCG4+bX+hOwgCmsMf5n3qMjCH1BoJEJViS=
aS3Q=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3Ds4DJem4lfsxamCpajqKXYt+umLcXcbQLAttm6WFY3mQ=3D
	 lnRayopTHQEJygy9pm/cwS7nkA31tpIfaaHHsGJtDf8=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: p.moreau@cabinet-moreau.example
Subject: Confirmez votre demande
Date: Fri, 14 Jun 2024 16:48:18 +0200
Message-ID: <173180943934.6299.39717@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--ddf791aa-c8ad-08fd-8d73-9724f364dd50
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">La remise aux destinataires ou group=
es suivants a =C3=A9chou=C3=A9 :</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:p.m=
oreau@cabinet-moreau.example">p.moreau@cabinet-moreau.example</a><br>
L'adresse de messagerie que vous avez entr=C3=A9e est introuvable. V=C3=A9r=
ifiez l'adresse de messagerie du destinataire, puis essayez de renvoyer le =
message. Si le probl=C3=A8me persiste, contactez votre support technique.<b=
r>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Informations de di=
agnostic pour les administrateurs :</b></p>
Serveur de g=C3=A9n=C3=A9ration : SRV-EXCH.cabinet-moreau.local<br>
<br>
p.moreau@cabinet-moreau.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>En-t=C3=AAtes de m=
essage d'origine :</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VQBdN0KZFdxgs
	for &lt;p.moreau@cabinet-moreau.example&gt;; Fri, 14 Jun 2024 16:48:18 +02=
00
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1718376498; bh=3DXNCg7KCG4+bX+hOwgCmsMf5n3qMjCH1BoJEJViS=
aS3Q=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3Ds4DJem4lfsxamCpajqKXYt+umLcXcbQLAttm6WFY3mQ=3D
	 lnRayopTHQEJygy9pm/cwS7nkA31tpIfaaHHsGJtDf8=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: p.moreau@cabinet-moreau.example
Subject: Confirmez votre demande
Date: Fri, 14 Jun 2024 16:48:18 +0200
Message-ID: &lt;173180943934.6299.39717@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--ddf791aa-c8ad-08fd-8d73-9724f364dd50--

--2b26d9ec-bba4-f72c-6773-91879f9af853
Content-Type: message/delivery-status

Reporting-MTA: dns;SRV-EXCH.cabinet-moreau.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Fri, 14 Jun 2024 16:48:18 +0200

Final-Recipient: rfc822;p.moreau@cabinet-moreau.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--2b26d9ec-bba4-f72c-6773-91879f9af853
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VQBdN0KZFdxgs
	for <p.moreau@cabinet-moreau.example>; Fri, 14 Jun 2024 16:48:18 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1718376498; bh=XNCg7KCG4+bX+hOwgCmsMf5n3qMjCH1BoJEJViSaS3Q=;
	h=From:To:Subject:Date:Message-ID;
	b=s4DJem4lfsxamCpajqKXYt+umLcXcbQLAttm6WFY3mQ=
	 lnRayopTHQEJygy9pm/cwS7nkA31tpIfaaHHsGJtDf8=
From: Shop Example Privacy <privacy@shop.example.be>
To: p.moreau@cabinet-moreau.example
Subject: Confirmez votre demande
Date: Fri, 14 Jun 2024 16:48:18 +0200
Message-ID: <173180943934.6299.39717@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons re=C3=A7u une demande de suppression des donn=C3=A9es personnell=
es
li=C3=A9es =C3=A0 cette adresse e-mail. Pour confirmer que cette demande =
=C3=A9mane
bien de vous, cliquez sur le lien ci-dessous ou r=C3=A9pondez simplement =
=C3=A0
cet e-mail dans les 14 jours :

https://shop.example.be/privacy/confirm/8ae4313f9402c8c6c7cec860

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez ce messa=
ge :
vos donn=C3=A9es ne seront pas supprim=C3=A9es.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e
Shop Example SRL - privacy@shop.example.be

--2b26d9ec-bba4-f72c-6773-91879f9af853--
"""),
    ("nl", "exchange_ndr", "automated", (), """Received: from mail.janssens-transport.example (mail.janssens-transport.example [198.51.100.55])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V8rYYHJYx17yx
	for <privacy@shop.example.be>; Mon,  1 Jul 2024 11:03:55 +0200 (CEST)
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@janssens-transport.example>
To: privacy@shop.example.be
Date: Mon, 1 Jul 2024 11:03:55 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="15f03e5a-1e84-fe05-2f2e-bbe4def7c4f8"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: nl-NL
Message-ID: <43dc73ba-5e9c-4be8-cb77-53a34f6391d3@EXCH2019.janssens-transport.local>
In-Reply-To: <172137141679.6450.10256@shop.example.be>
References: <172137141679.6450.10256@shop.example.be>
Thread-Topic: Bevestig uw verzoek
Thread-Index: AQHadWGLva5Z9CzeluKg3prhFUyqqQ==
Subject: Onbestelbaar: Bevestig uw verzoek
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--15f03e5a-1e84-fe05-2f2e-bbe4def7c4f8
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="86933b64-42fd-a0c6-e494-796df3bd2b9a"

--86933b64-42fd-a0c6-e494-796df3bd2b9a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

De bezorging is mislukt voor de volgende ontvangers of groepen:

koen.janssens@janssens-transport.example
Het opgegeven e-mailadres is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft voordoen.





Diagnostische gegevens voor beheerders:

Genererende server: EXCH2019.janssens-transport.local

koen.janssens@janssens-transport.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Oorspronkelijke berichtkoppen:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VM3WsN4KwSWSS
	for <koen.janssens@janssens-transport.example>; Mon, 1 Jul 2024 11:03:53 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719824633; bh=fvz87Vz1FTfIOOyVRj4ULtY+sQQQaen1MhRVdCZ/tIs=;
	h=From:To:Subject:Date:Message-ID;
	b=tC2rQK5OMXpOl7Mi/JIMhg7MlC1TBj5MjjpmxjaBjpo=
	 yMdR7vKvZtkSM14o3Y7H3OMK1LV5EATEuSkH3PIlNbk=
From: Shop Example Privacy <privacy@shop.example.be>
To: koen.janssens@janssens-transport.example
Subject: Bevestig uw verzoek
Date: Mon, 1 Jul 2024 11:03:53 +0200
Message-ID: <172137141679.6450.10256@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--86933b64-42fd-a0c6-e494-796df3bd2b9a
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html dir="ltr"><head></head><body style="margin:0;"><p><b><font color="#000066" size="3" face="Arial">De bezorging is mislukt voor de volgende ontvangers of groepen:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:koen.janssens@janssens-transport.example">koen.janssens@janssens-transport.example</a><br>
Het opgegeven e-mailadres is niet gevonden. Controleer het e-mailadres van de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft voordoen.<br>
</p>
</font><br><br><br><br><br><br>
<font color="#808080" size="2" face="Tahoma"><p><b>Diagnostische gegevens voor beheerders:</b></p>
Genererende server: EXCH2019.janssens-transport.local<br>
<br>
koen.janssens@janssens-transport.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color="#808080" size="2" face="Tahoma"><p><b>Oorspronkelijke berichtkoppen:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VM3WsN4KwSWSS
	for &lt;koen.janssens@janssens-transport.example&gt;; Mon, 1 Jul 2024 11:03:53 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719824633; bh=fvz87Vz1FTfIOOyVRj4ULtY+sQQQaen1MhRVdCZ/tIs=;
	h=From:To:Subject:Date:Message-ID;
	b=tC2rQK5OMXpOl7Mi/JIMhg7MlC1TBj5MjjpmxjaBjpo=
	 yMdR7vKvZtkSM14o3Y7H3OMK1LV5EATEuSkH3PIlNbk=
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: koen.janssens@janssens-transport.example
Subject: Bevestig uw verzoek
Date: Mon, 1 Jul 2024 11:03:53 +0200
Message-ID: &lt;172137141679.6450.10256@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit
</pre>
</font>
</body></html>

--86933b64-42fd-a0c6-e494-796df3bd2b9a--

--15f03e5a-1e84-fe05-2f2e-bbe4def7c4f8
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH2019.janssens-transport.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Mon, 1 Jul 2024 11:03:53 +0200

Final-Recipient: rfc822;koen.janssens@janssens-transport.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--15f03e5a-1e84-fe05-2f2e-bbe4def7c4f8
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VM3WsN4KwSWSS
	for <koen.janssens@janssens-transport.example>; Mon, 1 Jul 2024 11:03:53 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719824633; bh=fvz87Vz1FTfIOOyVRj4ULtY+sQQQaen1MhRVdCZ/tIs=;
	h=From:To:Subject:Date:Message-ID;
	b=tC2rQK5OMXpOl7Mi/JIMhg7MlC1TBj5MjjpmxjaBjpo=
	 yMdR7vKvZtkSM14o3Y7H3OMK1LV5EATEuSkH3PIlNbk=
From: Shop Example Privacy <privacy@shop.example.be>
To: koen.janssens@janssens-transport.example
Subject: Bevestig uw verzoek
Date: Mon, 1 Jul 2024 11:03:53 +0200
Message-ID: <172137141679.6450.10256@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Beste klant,

We hebben een verzoek ontvangen om de persoonsgegevens die aan dit
e-mailadres gekoppeld zijn te verwijderen. Om te bevestigen dat dit
verzoek van u komt, klikt u op de onderstaande link of beantwoordt u
deze e-mail binnen 14 dagen:

https://shop.example.be/privacy/confirm/479066ae288a1a48d1206e70

Heeft u dit verzoek niet gedaan? Dan kunt u dit bericht negeren; uw
gegevens worden dan niet verwijderd.

Met vriendelijke groeten,
Het privacyteam
Shop Example BV - privacy@shop.example.be

--15f03e5a-1e84-fe05-2f2e-bbe4def7c4f8--
"""),
    ("es", "exchange_ndr", "automated", (), """Received: from mail.construcciones-levante.example (mail.construcciones-levante.example [198.51.100.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VthcyNJyGhwgR
	for <privacy@shop.example.be>; Mon,  8 Jul 2024 09:22:40 +0200 (CEST)
From: postmaster@construcciones-levante.example
To: privacy@shop.example.be
Date: Mon, 8 Jul 2024 09:22:40 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8c350d95-2931-e54e-7602-ed6d9097cfbb"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <7263bec9-c73f-6c58-9aa5-ee201f29a545@EXCH01.levante.local>
In-Reply-To: <174722667917.3433.49419@shop.example.be>
References: <174722667917.3433.49419@shop.example.be>
Thread-Topic: Confirme su solicitud
Thread-Index: AQHaOkfFMpm8zPl1Hn/tgqJgiAnZSw==
Subject: No se puede entregar: Confirme su solicitud
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--8c350d95-2931-e54e-7602-ed6d9097cfbb
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="ea9c0a35-66ee-1ffb-ce45-d360bd39a369"

--ea9c0a35-66ee-1ffb-ce45-d360bd39a369
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Error en la entrega a estos destinatarios o grupos:

r.navarro@construcciones-levante.example
No se encontr=C3=B3 la direcci=C3=B3n de correo electr=C3=B3nico especifica=
da. Compruebe la direcci=C3=B3n de correo electr=C3=B3nico del destinatario=
 e intente volver a enviar el mensaje. Si el problema contin=C3=BAa, p=C3=
=B3ngase en contacto con el departamento de soporte t=C3=A9cnico.





Informaci=C3=B3n de diagn=C3=B3stico para administradores:

Servidor de generaci=C3=B3n: EXCH01.levante.local

r.navarro@construcciones-levante.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Encabezados del mensaje original:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VvnT0l5TbK8Kn
	for <r.navarro@construcciones-levante.example>; Mon, 8 Jul 2024 09:22:38 +=
0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1720423358; bh=3D2+Z2skkbD/5w95aDkMdFbg0F4Uj1tzVHrFo7z9W=
TFtw=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3Dr3yuFBVXMT2DSFJYr9B5dIfAfMRK2B3wjrXrVcqBtRc=3D
	 0l4uZUL3W2Y8rGNDJlgZtXQ+xagmCk4kLgRzBzJPa3E=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: r.navarro@construcciones-levante.example
Subject: Confirme su solicitud
Date: Mon, 8 Jul 2024 09:22:38 +0200
Message-ID: <174722667917.3433.49419@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--ea9c0a35-66ee-1ffb-ce45-d360bd39a369
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">Error en la entrega a estos destinat=
arios o grupos:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:r.n=
avarro@construcciones-levante.example">r.navarro@construcciones-levante.exa=
mple</a><br>
No se encontr=C3=B3 la direcci=C3=B3n de correo electr=C3=B3nico especifica=
da. Compruebe la direcci=C3=B3n de correo electr=C3=B3nico del destinatario=
 e intente volver a enviar el mensaje. Si el problema contin=C3=BAa, p=C3=
=B3ngase en contacto con el departamento de soporte t=C3=A9cnico.<br>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Informaci=C3=B3n d=
e diagn=C3=B3stico para administradores:</b></p>
Servidor de generaci=C3=B3n: EXCH01.levante.local<br>
<br>
r.navarro@construcciones-levante.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Encabezados del me=
nsaje original:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VvnT0l5TbK8Kn
	for &lt;r.navarro@construcciones-levante.example&gt;; Mon, 8 Jul 2024 09:2=
2:38 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1720423358; bh=3D2+Z2skkbD/5w95aDkMdFbg0F4Uj1tzVHrFo7z9W=
TFtw=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3Dr3yuFBVXMT2DSFJYr9B5dIfAfMRK2B3wjrXrVcqBtRc=3D
	 0l4uZUL3W2Y8rGNDJlgZtXQ+xagmCk4kLgRzBzJPa3E=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: r.navarro@construcciones-levante.example
Subject: Confirme su solicitud
Date: Mon, 8 Jul 2024 09:22:38 +0200
Message-ID: &lt;174722667917.3433.49419@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--ea9c0a35-66ee-1ffb-ce45-d360bd39a369--

--8c350d95-2931-e54e-7602-ed6d9097cfbb
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.levante.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Mon, 8 Jul 2024 09:22:38 +0200

Final-Recipient: rfc822;r.navarro@construcciones-levante.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--8c350d95-2931-e54e-7602-ed6d9097cfbb
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VvnT0l5TbK8Kn
	for <r.navarro@construcciones-levante.example>; Mon, 8 Jul 2024 09:22:38 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1720423358; bh=2+Z2skkbD/5w95aDkMdFbg0F4Uj1tzVHrFo7z9WTFtw=;
	h=From:To:Subject:Date:Message-ID;
	b=r3yuFBVXMT2DSFJYr9B5dIfAfMRK2B3wjrXrVcqBtRc=
	 0l4uZUL3W2Y8rGNDJlgZtXQ+xagmCk4kLgRzBzJPa3E=
From: Shop Example Privacy <privacy@shop.example.be>
To: r.navarro@construcciones-levante.example
Subject: Confirme su solicitud
Date: Mon, 8 Jul 2024 09:22:38 +0200
Message-ID: <174722667917.3433.49419@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hola:

Hemos recibido una solicitud para suprimir los datos personales
vinculados a esta direcci=C3=B3n de correo electr=C3=B3nico. Para confirmar=
 que
la solicitud procede de usted, haga clic en el siguiente enlace o
responda a este mensaje en un plazo de 14 d=C3=ADas:

https://shop.example.be/privacy/confirm/d2ac688d86bf7c7f41ed9f41

Si usted no ha realizado esta solicitud, puede ignorar este mensaje y
sus datos no se suprimir=C3=A1n.

Atentamente,
El equipo de privacidad
Shop Example BV - privacy@shop.example.be

--8c350d95-2931-e54e-7602-ed6d9097cfbb--
"""),
    ("it", "exchange_ndr", "automated", (), """Received: from mail.ferramenta-lombarda.example (mail.ferramenta-lombarda.example [198.51.100.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VGKQ8hhjfpgq0
	for <privacy@shop.example.be>; Wed, 10 Jul 2024 14:10:10 +0200 (CEST)
From: postmaster@ferramenta-lombarda.example
To: privacy@shop.example.be
Date: Wed, 10 Jul 2024 14:10:10 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0ae41dc3-233e-a172-bd56-45ec6d19920d"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: it-IT
Message-ID: <deee5e51-f88d-6b44-7300-9d87de363879@EXCH01.ferramenta.local>
In-Reply-To: <173518492397.2020.95462@shop.example.be>
References: <173518492397.2020.95462@shop.example.be>
Thread-Topic: Conferma la tua richiesta
Thread-Index: AQHan19lGqoxfnxd7zGnoS/tozXTHw==
Subject: Non recapitabile: Conferma la tua richiesta
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--0ae41dc3-233e-a172-bd56-45ec6d19920d
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="3557a059-8aa2-7c1d-7e20-80abe5af5dc4"

--3557a059-8aa2-7c1d-7e20-80abe5af5dc4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Recapito non riuscito per i seguenti destinatari o gruppi:

a.ferrari@ferramenta-lombarda.example
Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.





Informazioni di diagnostica per gli amministratori:

Server di generazione: EXCH01.ferramenta.local

a.ferrari@ferramenta-lombarda.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Intestazioni del messaggio originale:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VcHVZgrTGy6X2
	for <a.ferrari@ferramenta-lombarda.example>; Wed, 10 Jul 2024 14:10:08 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1720613408; bh=CCY/CcKV4Q6Ma6APmk8lUHVN8enRDDeUZLKFnYZoOIc=;
	h=From:To:Subject:Date:Message-ID;
	b=1FjiFQMucrv715d9McycB7DVcqkuRSB7JIQJGaRWxkU=
	 IjqWQeyX8F/McZedGaZ+uGGX35yeXE7C3kF19Wj2NhA=
From: Shop Example Privacy <privacy@shop.example.be>
To: a.ferrari@ferramenta-lombarda.example
Subject: Conferma la tua richiesta
Date: Wed, 10 Jul 2024 14:10:08 +0200
Message-ID: <173518492397.2020.95462@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

--3557a059-8aa2-7c1d-7e20-80abe5af5dc4
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html dir="ltr"><head></head><body style="margin:0;"><p><b><font color="#000066" size="3" face="Arial">Recapito non riuscito per i seguenti destinatari o gruppi:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:a.ferrari@ferramenta-lombarda.example">a.ferrari@ferramenta-lombarda.example</a><br>
Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.<br>
</p>
</font><br><br><br><br><br><br>
<font color="#808080" size="2" face="Tahoma"><p><b>Informazioni di diagnostica per gli amministratori:</b></p>
Server di generazione: EXCH01.ferramenta.local<br>
<br>
a.ferrari@ferramenta-lombarda.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color="#808080" size="2" face="Tahoma"><p><b>Intestazioni del messaggio originale:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VcHVZgrTGy6X2
	for &lt;a.ferrari@ferramenta-lombarda.example&gt;; Wed, 10 Jul 2024 14:10:08 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1720613408; bh=CCY/CcKV4Q6Ma6APmk8lUHVN8enRDDeUZLKFnYZoOIc=;
	h=From:To:Subject:Date:Message-ID;
	b=1FjiFQMucrv715d9McycB7DVcqkuRSB7JIQJGaRWxkU=
	 IjqWQeyX8F/McZedGaZ+uGGX35yeXE7C3kF19Wj2NhA=
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: a.ferrari@ferramenta-lombarda.example
Subject: Conferma la tua richiesta
Date: Wed, 10 Jul 2024 14:10:08 +0200
Message-ID: &lt;173518492397.2020.95462@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--3557a059-8aa2-7c1d-7e20-80abe5af5dc4--

--0ae41dc3-233e-a172-bd56-45ec6d19920d
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.ferramenta.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Wed, 10 Jul 2024 14:10:08 +0200

Final-Recipient: rfc822;a.ferrari@ferramenta-lombarda.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--0ae41dc3-233e-a172-bd56-45ec6d19920d
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VcHVZgrTGy6X2
	for <a.ferrari@ferramenta-lombarda.example>; Wed, 10 Jul 2024 14:10:08 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1720613408; bh=CCY/CcKV4Q6Ma6APmk8lUHVN8enRDDeUZLKFnYZoOIc=;
	h=From:To:Subject:Date:Message-ID;
	b=1FjiFQMucrv715d9McycB7DVcqkuRSB7JIQJGaRWxkU=
	 IjqWQeyX8F/McZedGaZ+uGGX35yeXE7C3kF19Wj2NhA=
From: Shop Example Privacy <privacy@shop.example.be>
To: a.ferrari@ferramenta-lombarda.example
Subject: Conferma la tua richiesta
Date: Wed, 10 Jul 2024 14:10:08 +0200
Message-ID: <173518492397.2020.95462@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Gentile cliente,

abbiamo ricevuto una richiesta di cancellazione dei dati personali
associati a questo indirizzo e-mail. Per confermare che la richiesta
proviene da lei, clicchi sul link seguente o risponda a questa e-mail
entro 14 giorni:

https://shop.example.be/privacy/confirm/83d838c76394c10e79df678a

Se non ha effettuato questa richiesta, pu=C3=B2 ignorare il messaggio: i
suoi dati non saranno cancellati.

Cordiali saluti,
Il team privacy
Shop Example BV - privacy@shop.example.be

--0ae41dc3-233e-a172-bd56-45ec6d19920d--
"""),
    ("pt", "exchange_ndr", "automated", (), """Received: from mail.vinhos-douro.example (mail.vinhos-douro.example [198.51.100.88])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V5NsKK91tCXsG
	for <privacy@shop.example.be>; Thu, 18 Jul 2024 11:55:31 +0200 (CEST)
From: postmaster@vinhos-douro.example
To: privacy@shop.example.be
Date: Thu, 18 Jul 2024 10:55:31 +0100
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="d74e5bd9-14d2-2e26-4aa6-6c9ddb458965"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pt-PT
Message-ID: <93d2305b-f05c-d935-e939-a4d626a21290@EXCH01.vinhos-douro.local>
In-Reply-To: <174687987592.4283.51563@shop.example.be>
References: <174687987592.4283.51563@shop.example.be>
Thread-Topic: Confirme o seu pedido
Thread-Index: AQHaQzTy4A6ikv0DPy2v/AnMzROjow==
Subject: =?utf-8?b?TsOjbyDDqSBwb3Nzw612ZWw=?= entregar: Confirme o seu pedido
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--d74e5bd9-14d2-2e26-4aa6-6c9ddb458965
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="bf9b6a9a-10cb-65d5-c3c7-b4c4c9c39272"

--bf9b6a9a-10cb-65d5-c3c7-b4c4c9c39272
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

A entrega falhou para estes destinat=C3=A1rios ou grupos:

m.santos@vinhos-douro.example
N=C3=A3o foi poss=C3=ADvel encontrar o endere=C3=A7o de e-mail que introduz=
iu. Verifique o endere=C3=A7o de e-mail do destinat=C3=A1rio e tente reenvi=
ar a mensagem. Se o problema persistir, contacte o suporte t=C3=A9cnico.





Informa=C3=A7=C3=B5es de diagn=C3=B3stico para administradores:

Servidor de gera=C3=A7=C3=A3o: EXCH01.vinhos-douro.local

m.santos@vinhos-douro.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Cabe=C3=A7alhos da mensagem original:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VdzwDTyHZgjpg
	for <m.santos@vinhos-douro.example>; Thu, 18 Jul 2024 11:55:29 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1721296529; bh=3DP7Zr02/8u47wUncs7FLuFbEcIrRWhHVZtEPHu3r=
YWeQ=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3DsbWBYwR56HQrU9LTyDwyFU6B9hTeGPX/YWRjjExDUZs=3D
	 918i7OlKrOcSs3cv4g48K9ILzrcAfxcIXcFswLg9iAw=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: m.santos@vinhos-douro.example
Subject: Confirme o seu pedido
Date: Thu, 18 Jul 2024 11:55:29 +0200
Message-ID: <174687987592.4283.51563@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--bf9b6a9a-10cb-65d5-c3c7-b4c4c9c39272
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">A entrega falhou para estes destinat=
=C3=A1rios ou grupos:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:m.s=
antos@vinhos-douro.example">m.santos@vinhos-douro.example</a><br>
N=C3=A3o foi poss=C3=ADvel encontrar o endere=C3=A7o de e-mail que introduz=
iu. Verifique o endere=C3=A7o de e-mail do destinat=C3=A1rio e tente reenvi=
ar a mensagem. Se o problema persistir, contacte o suporte t=C3=A9cnico.<br>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Informa=C3=A7=C3=
=B5es de diagn=C3=B3stico para administradores:</b></p>
Servidor de gera=C3=A7=C3=A3o: EXCH01.vinhos-douro.local<br>
<br>
m.santos@vinhos-douro.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Cabe=C3=A7alhos da=
 mensagem original:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VdzwDTyHZgjpg
	for &lt;m.santos@vinhos-douro.example&gt;; Thu, 18 Jul 2024 11:55:29 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1721296529; bh=3DP7Zr02/8u47wUncs7FLuFbEcIrRWhHVZtEPHu3r=
YWeQ=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3DsbWBYwR56HQrU9LTyDwyFU6B9hTeGPX/YWRjjExDUZs=3D
	 918i7OlKrOcSs3cv4g48K9ILzrcAfxcIXcFswLg9iAw=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: m.santos@vinhos-douro.example
Subject: Confirme o seu pedido
Date: Thu, 18 Jul 2024 11:55:29 +0200
Message-ID: &lt;174687987592.4283.51563@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--bf9b6a9a-10cb-65d5-c3c7-b4c4c9c39272--

--d74e5bd9-14d2-2e26-4aa6-6c9ddb458965
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.vinhos-douro.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Thu, 18 Jul 2024 10:55:29 +0100

Final-Recipient: rfc822;m.santos@vinhos-douro.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--d74e5bd9-14d2-2e26-4aa6-6c9ddb458965
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VdzwDTyHZgjpg
	for <m.santos@vinhos-douro.example>; Thu, 18 Jul 2024 11:55:29 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1721296529; bh=P7Zr02/8u47wUncs7FLuFbEcIrRWhHVZtEPHu3rYWeQ=;
	h=From:To:Subject:Date:Message-ID;
	b=sbWBYwR56HQrU9LTyDwyFU6B9hTeGPX/YWRjjExDUZs=
	 918i7OlKrOcSs3cv4g48K9ILzrcAfxcIXcFswLg9iAw=
From: Shop Example Privacy <privacy@shop.example.be>
To: m.santos@vinhos-douro.example
Subject: Confirme o seu pedido
Date: Thu, 18 Jul 2024 11:55:29 +0200
Message-ID: <174687987592.4283.51563@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1,

Recebemos um pedido de apagamento dos dados pessoais associados a este
endere=C3=A7o de e-mail. Para confirmar que o pedido foi feito por si, cliq=
ue
na liga=C3=A7=C3=A3o abaixo ou responda a este e-mail no prazo de 14 dias:

https://shop.example.be/privacy/confirm/8db4929ae3bb5a06f503b594

Se n=C3=A3o fez este pedido, pode ignorar esta mensagem e os seus dados n=
=C3=A3o
ser=C3=A3o apagados.

Com os melhores cumprimentos,
A equipa de privacidade
Shop Example BV - privacy@shop.example.be

--d74e5bd9-14d2-2e26-4aa6-6c9ddb458965--
"""),
    ("pl", "exchange_ndr", "automated", (), """Received: from mail.mlyn-polska.example (mail.mlyn-polska.example [198.51.100.99])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VWvc0DD4Xy5S3
	for <privacy@shop.example.be>; Tue, 23 Jul 2024 08:44:09 +0200 (CEST)
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mlyn-polska.example>
To: privacy@shop.example.be
Date: Tue, 23 Jul 2024 08:44:09 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="0173d464-2de9-51d8-7038-a7d2f8e56860"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: pl-PL
Message-ID: <aa5b592a-586e-ee89-ff6a-8cef989a338d@EXCH01.mlyn-polska.local>
In-Reply-To: <171936752963.5142.64571@shop.example.be>
References: <171936752963.5142.64571@shop.example.be>
Thread-Topic: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie?=
Thread-Index: AQHaDHoxc3/5seRAQnI4oebf2xsjjg==
Subject: Niedostarczalne: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--0173d464-2de9-51d8-7038-a7d2f8e56860
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="8435b638-a7d4-44ad-5d4a-5c548adfe7fc"

--8435b638-a7d4-44ad-5d4a-5c548adfe7fc
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dostarczanie do nast=C4=99puj=C4=85cych adresat=C3=B3w lub grup nie powiod=
=C5=82o si=C4=99:

t.kowalski@mlyn-polska.example
Nie mo=C5=BCna odnale=C5=BA=C4=87 wprowadzonego adresu e-mail. Sprawd=C5=BA=
 adres e-mail adresata i spr=C3=B3buj ponownie wys=C5=82a=C4=87 wiadomo=C5=
=9B=C4=87. Je=C5=9Bli problem b=C4=99dzie nadal wyst=C4=99powa=C5=82, skont=
aktuj si=C4=99 z pomoc=C4=85 techniczn=C4=85.





Informacje diagnostyczne dla administrator=C3=B3w:

Serwer generuj=C4=85cy: EXCH01.mlyn-polska.local

t.kowalski@mlyn-polska.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Oryginalne nag=C5=82=C3=B3wki wiadomo=C5=9Bci:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VQp3QxhMRhcQ0
	for <t.kowalski@mlyn-polska.example>; Tue, 23 Jul 2024 08:44:07 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1721717047; bh=3Dc9s72/F2tV9DdbpPMB+DbR24UppE+4qvjx9HQ9D=
Q264=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3DiBKsz06cEbT8bpRqVs/smG7bgT9J/5OWR71A/d/cD0g=3D
	 5hOix5gD3yCo7OVGgNMDVG9am0tdva/7FXELT6TwIm0=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: t.kowalski@mlyn-polska.example
Subject: =3D?utf-8?q?Potwierd=3DC5=3DBA_swoje_=3DC5=3DBC=3DC4=3D85danie?=3D
Date: Tue, 23 Jul 2024 08:44:07 +0200
Message-ID: <171936752963.5142.64571@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--8435b638-a7d4-44ad-5d4a-5c548adfe7fc
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">Dostarczanie do nast=C4=99puj=C4=85c=
ych adresat=C3=B3w lub grup nie powiod=C5=82o si=C4=99:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:t.k=
owalski@mlyn-polska.example">t.kowalski@mlyn-polska.example</a><br>
Nie mo=C5=BCna odnale=C5=BA=C4=87 wprowadzonego adresu e-mail. Sprawd=C5=BA=
 adres e-mail adresata i spr=C3=B3buj ponownie wys=C5=82a=C4=87 wiadomo=C5=
=9B=C4=87. Je=C5=9Bli problem b=C4=99dzie nadal wyst=C4=99powa=C5=82, skont=
aktuj si=C4=99 z pomoc=C4=85 techniczn=C4=85.<br>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Informacje diagnos=
tyczne dla administrator=C3=B3w:</b></p>
Serwer generuj=C4=85cy: EXCH01.mlyn-polska.local<br>
<br>
t.kowalski@mlyn-polska.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Oryginalne nag=C5=
=82=C3=B3wki wiadomo=C5=9Bci:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VQp3QxhMRhcQ0
	for &lt;t.kowalski@mlyn-polska.example&gt;; Tue, 23 Jul 2024 08:44:07 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1721717047; bh=3Dc9s72/F2tV9DdbpPMB+DbR24UppE+4qvjx9HQ9D=
Q264=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3DiBKsz06cEbT8bpRqVs/smG7bgT9J/5OWR71A/d/cD0g=3D
	 5hOix5gD3yCo7OVGgNMDVG9am0tdva/7FXELT6TwIm0=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: t.kowalski@mlyn-polska.example
Subject: =3D?utf-8?q?Potwierd=3DC5=3DBA_swoje_=3DC5=3DBC=3DC4=3D85danie?=3D
Date: Tue, 23 Jul 2024 08:44:07 +0200
Message-ID: &lt;171936752963.5142.64571@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--8435b638-a7d4-44ad-5d4a-5c548adfe7fc--

--0173d464-2de9-51d8-7038-a7d2f8e56860
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.mlyn-polska.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Tue, 23 Jul 2024 08:44:07 +0200

Final-Recipient: rfc822;t.kowalski@mlyn-polska.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--0173d464-2de9-51d8-7038-a7d2f8e56860
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VQp3QxhMRhcQ0
	for <t.kowalski@mlyn-polska.example>; Tue, 23 Jul 2024 08:44:07 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1721717047; bh=c9s72/F2tV9DdbpPMB+DbR24UppE+4qvjx9HQ9DQ264=;
	h=From:To:Subject:Date:Message-ID;
	b=iBKsz06cEbT8bpRqVs/smG7bgT9J/5OWR71A/d/cD0g=
	 5hOix5gD3yCo7OVGgNMDVG9am0tdva/7FXELT6TwIm0=
From: Shop Example Privacy <privacy@shop.example.be>
To: t.kowalski@mlyn-polska.example
Subject: =?utf-8?q?Potwierd=C5=BA_swoje_=C5=BC=C4=85danie?=
Date: Tue, 23 Jul 2024 08:44:07 +0200
Message-ID: <171936752963.5142.64571@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

otrzymali=C5=9Bmy =C5=BC=C4=85danie usuni=C4=99cia danych osobowych powi=C4=
=85zanych z tym
adresem e-mail. Aby potwierdzi=C4=87, =C5=BCe =C5=BC=C4=85danie pochodzi od=
 Pana/Pani,
prosimy klikn=C4=85=C4=87 poni=C5=BCszy link lub odpowiedzie=C4=87 na t=C4=
=99 wiadomo=C5=9B=C4=87 w ci=C4=85gu
14 dni:

https://shop.example.be/privacy/confirm/e56bae7cb88204947fad9c00

Je=C5=9Bli to nie Pan/Pani z=C5=82o=C5=BCy=C5=82(a) to =C5=BC=C4=85danie, p=
rosimy zignorowa=C4=87 t=C4=99
wiadomo=C5=9B=C4=87 - dane nie zostan=C4=85 usuni=C4=99te.

Z powa=C5=BCaniem
Zesp=C3=B3=C5=82 ds. prywatno=C5=9Bci
Shop Example BV - privacy@shop.example.be

--0173d464-2de9-51d8-7038-a7d2f8e56860--
"""),
    ("cs", "exchange_ndr", "automated", (), """Received: from mail.pivovar-example.example (mail.pivovar-example.example [198.51.100.111])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VLRpXv28h345N
	for <privacy@shop.example.be>; Mon,  5 Aug 2024 12:12:12 +0200 (CEST)
From: postmaster@pivovar-example.example
To: privacy@shop.example.be
Date: Mon, 5 Aug 2024 12:12:12 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="bedb7497-a110-7657-7777-ffec8b6e408d"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: cs-CZ
Message-ID: <fe0b490f-36c1-1d05-4a4c-6578180d1381@EXCH01.pivovar.local>
In-Reply-To: <174638119128.3288.87232@shop.example.be>
References: <174638119128.3288.87232@shop.example.be>
Thread-Topic: =?utf-8?q?Potvr=C4=8Fte_svou_=C5=BE=C3=A1dost?=
Thread-Index: AQHa393Huirr8GbdBiKWYMOxMTAhLQ==
Subject: =?utf-8?b?TmVkb3J1xI1pdGVsbsOpOiBQb3R2csSPdGUgc3ZvdSDFvsOhZG9zdA==?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--bedb7497-a110-7657-7777-ffec8b6e408d
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="91317cb8-0b38-38f9-e606-43b2a4e62419"

--91317cb8-0b38-38f9-e606-43b2a4e62419
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Doru=C4=8Den=C3=AD t=C4=9Bmto p=C5=99=C3=ADjemc=C5=AFm nebo skupin=C3=A1m s=
e nezda=C5=99ilo:

p.novotny@pivovar-example.example
Zadanou e-mailovou adresu nelze naj=C3=ADt. Zkontrolujte e-mailovou adresu =
p=C5=99=C3=ADjemce a zkuste zpr=C3=A1vu odeslat znovu. Pokud probl=C3=A9m p=
=C5=99etrv=C3=A1v=C3=A1, obra=C5=A5te se na technickou podporu.





Diagnostick=C3=A9 informace pro spr=C3=A1vce:

Generuj=C3=ADc=C3=AD server: EXCH01.pivovar.local

p.novotny@pivovar-example.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Hlavi=C4=8Dky p=C5=AFvodn=C3=AD zpr=C3=A1vy:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V7B3hRHTpvGmT
	for <p.novotny@pivovar-example.example>; Mon, 5 Aug 2024 12:12:10 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1722852730; bh=3DUdNtMrOTbwaDowTuHBoLG1en6N/cdY7SSCsJV8X=
VrWs=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3DX85vIW9B7V8IdCLZD/I4GOCbAdK+e3sEzBN/aw0w7I4=3D
	 y66R3ovdNpL++3MwTS1aorcsH3dw2yOXRjQcp9leLUM=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: p.novotny@pivovar-example.example
Subject: =3D?utf-8?q?Potvr=3DC4=3D8Fte_svou_=3DC5=3DBE=3DC3=3DA1dost?=3D
Date: Mon, 5 Aug 2024 12:12:10 +0200
Message-ID: <174638119128.3288.87232@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--91317cb8-0b38-38f9-e606-43b2a4e62419
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">Doru=C4=8Den=C3=AD t=C4=9Bmto p=C5=
=99=C3=ADjemc=C5=AFm nebo skupin=C3=A1m se nezda=C5=99ilo:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:p.n=
ovotny@pivovar-example.example">p.novotny@pivovar-example.example</a><br>
Zadanou e-mailovou adresu nelze naj=C3=ADt. Zkontrolujte e-mailovou adresu =
p=C5=99=C3=ADjemce a zkuste zpr=C3=A1vu odeslat znovu. Pokud probl=C3=A9m p=
=C5=99etrv=C3=A1v=C3=A1, obra=C5=A5te se na technickou podporu.<br>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Diagnostick=C3=A9 =
informace pro spr=C3=A1vce:</b></p>
Generuj=C3=ADc=C3=AD server: EXCH01.pivovar.local<br>
<br>
p.novotny@pivovar-example.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Hlavi=C4=8Dky p=C5=
=AFvodn=C3=AD zpr=C3=A1vy:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V7B3hRHTpvGmT
	for &lt;p.novotny@pivovar-example.example&gt;; Mon, 5 Aug 2024 12:12:10 +0=
200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1722852730; bh=3DUdNtMrOTbwaDowTuHBoLG1en6N/cdY7SSCsJV8X=
VrWs=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3DX85vIW9B7V8IdCLZD/I4GOCbAdK+e3sEzBN/aw0w7I4=3D
	 y66R3ovdNpL++3MwTS1aorcsH3dw2yOXRjQcp9leLUM=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: p.novotny@pivovar-example.example
Subject: =3D?utf-8?q?Potvr=3DC4=3D8Fte_svou_=3DC5=3DBE=3DC3=3DA1dost?=3D
Date: Mon, 5 Aug 2024 12:12:10 +0200
Message-ID: &lt;174638119128.3288.87232@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--91317cb8-0b38-38f9-e606-43b2a4e62419--

--bedb7497-a110-7657-7777-ffec8b6e408d
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.pivovar.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Mon, 5 Aug 2024 12:12:10 +0200

Final-Recipient: rfc822;p.novotny@pivovar-example.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--bedb7497-a110-7657-7777-ffec8b6e408d
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V7B3hRHTpvGmT
	for <p.novotny@pivovar-example.example>; Mon, 5 Aug 2024 12:12:10 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1722852730; bh=UdNtMrOTbwaDowTuHBoLG1en6N/cdY7SSCsJV8XVrWs=;
	h=From:To:Subject:Date:Message-ID;
	b=X85vIW9B7V8IdCLZD/I4GOCbAdK+e3sEzBN/aw0w7I4=
	 y66R3ovdNpL++3MwTS1aorcsH3dw2yOXRjQcp9leLUM=
From: Shop Example Privacy <privacy@shop.example.be>
To: p.novotny@pivovar-example.example
Subject: =?utf-8?q?Potvr=C4=8Fte_svou_=C5=BE=C3=A1dost?=
Date: Mon, 5 Aug 2024 12:12:10 +0200
Message-ID: <174638119128.3288.87232@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dobr=C3=BD den,

obdr=C5=BEeli jsme =C5=BE=C3=A1dost o v=C3=BDmaz osobn=C3=ADch =C3=BAdaj=C5=
=AF spojen=C3=BDch s touto
e-mailovou adresou. Abyste potvrdili, =C5=BEe =C5=BE=C3=A1dost poch=C3=A1z=
=C3=AD od V=C3=A1s,
klikn=C4=9Bte pros=C3=ADm na n=C3=AD=C5=BEe uveden=C3=BD odkaz nebo odpov=
=C4=9Bzte na tento e-mail
do 14 dn=C5=AF:

https://shop.example.be/privacy/confirm/798b9a0221c1f67e819dc96e

Pokud jste tuto =C5=BE=C3=A1dost nepodali, m=C5=AF=C5=BEete tuto zpr=C3=A1v=
u ignorovat a Va=C5=A1e
=C3=BAdaje nebudou vymaz=C3=A1ny.

S pozdravem
T=C3=BDm pro ochranu soukrom=C3=AD
Shop Example BV - privacy@shop.example.be

--bedb7497-a110-7657-7777-ffec8b6e408d--
"""),
    ("sv", "exchange_ndr", "automated", (), """Received: from mail.skargard-bat.example (mail.skargard-bat.example [198.51.100.122])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VsdJCfBRk2YSt
	for <privacy@shop.example.be>; Mon, 12 Aug 2024 09:35:47 +0200 (CEST)
From: postmaster@skargard-bat.example
To: privacy@shop.example.be
Date: Mon, 12 Aug 2024 09:35:47 +0200
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="2f937001-7ee7-7085-0a75-7f7cd3f5ba88"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: sv-SE
Message-ID: <5d531f58-88fb-e5b8-71c7-aa2808b8d137@EXCH01.skargard.local>
In-Reply-To: <175251927450.7037.84263@shop.example.be>
References: <175251927450.7037.84263@shop.example.be>
Thread-Topic: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran?=
Thread-Index: AQHavQUGeILNTqWyYatq4Lqn2usKiw==
Subject: Ej levererbart: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran?=
Auto-Submitted: auto-replied
X-MS-Exchange-Organization-SCL: -1

--2f937001-7ee7-7085-0a75-7f7cd3f5ba88
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="66056444-b336-a477-5597-ff8d0f89cffc"

--66056444-b336-a477-5597-ff8d0f89cffc
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Leveransen misslyckades till f=C3=B6ljande mottagare eller grupper:

l.johansson@skargard-bat.example
Den angivna e-postadressen hittades inte. Kontrollera mottagarens e-postadr=
ess och f=C3=B6rs=C3=B6k skicka meddelandet igen. Kontakta supporten om pro=
blemet kvarst=C3=A5r.





Diagnostikinformation f=C3=B6r administrat=C3=B6rer:

Genererande server: EXCH01.skargard.local

l.johansson@skargard-bat.example
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##

Ursprungliga meddelandehuvuden:

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VfhxfMMLFSDcX
	for <l.johansson@skargard-bat.example>; Mon, 12 Aug 2024 09:35:45 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1723448145; bh=3Du1NrNJqy7FSD3XO3oTAyj1isfXVqKdgUr5mPeCB=
4p4Y=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3D2ktyjjJQHCjCSPRti/QY/PRHpCa32c9YYf302O3O3I4=3D
	 qrp/0wuefuB1sERh7T2sNKQ8d4x3ee3Ij01jmJbzC4o=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: l.johansson@skargard-bat.example
Subject: =3D?utf-8?q?Bekr=3DC3=3DA4fta_din_beg=3DC3=3DA4ran?=3D
Date: Mon, 12 Aug 2024 09:35:45 +0200
Message-ID: <175251927450.7037.84263@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable

--66056444-b336-a477-5597-ff8d0f89cffc
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html dir=3D"ltr"><head></head><body style=3D"margin:0;"><p><b><font color=
=3D"#000066" size=3D"3" face=3D"Arial">Leveransen misslyckades till f=C3=B6=
ljande mottagare eller grupper:</font></b></p>
<font color=3D"#000000" size=3D"2" face=3D"Tahoma"><p><a href=3D"mailto:l.j=
ohansson@skargard-bat.example">l.johansson@skargard-bat.example</a><br>
Den angivna e-postadressen hittades inte. Kontrollera mottagarens e-postadr=
ess och f=C3=B6rs=C3=B6k skicka meddelandet igen. Kontakta supporten om pro=
blemet kvarst=C3=A5r.<br>
</p>
</font><br><br><br><br><br><br>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Diagnostikinformat=
ion f=C3=B6r administrat=C3=B6rer:</b></p>
Genererande server: EXCH01.skargard.local<br>
<br>
l.johansson@skargard-bat.example<br>
#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##<br>
</font>
<font color=3D"#808080" size=3D"2" face=3D"Tahoma"><p><b>Ursprungliga medde=
landehuvuden:</b></p>
<pre>Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.1=
1])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VfhxfMMLFSDcX
	for &lt;l.johansson@skargard-bat.example&gt;; Mon, 12 Aug 2024 09:35:45 +0=
200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1723448145; bh=3Du1NrNJqy7FSD3XO3oTAyj1isfXVqKdgUr5mPeCB=
4p4Y=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3D2ktyjjJQHCjCSPRti/QY/PRHpCa32c9YYf302O3O3I4=3D
	 qrp/0wuefuB1sERh7T2sNKQ8d4x3ee3Ij01jmJbzC4o=3D
From: Shop Example Privacy &lt;privacy@shop.example.be&gt;
To: l.johansson@skargard-bat.example
Subject: =3D?utf-8?q?Bekr=3DC3=3DA4fta_din_beg=3DC3=3DA4ran?=3D
Date: Mon, 12 Aug 2024 09:35:45 +0200
Message-ID: &lt;175251927450.7037.84263@shop.example.be&gt;
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
</pre>
</font>
</body></html>

--66056444-b336-a477-5597-ff8d0f89cffc--

--2f937001-7ee7-7085-0a75-7f7cd3f5ba88
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.skargard.local
Received-From-MTA: dns;mx-out1.shop.example.be
Arrival-Date: Mon, 12 Aug 2024 09:35:45 +0200

Final-Recipient: rfc822;l.johansson@skargard-bat.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--2f937001-7ee7-7085-0a75-7f7cd3f5ba88
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VfhxfMMLFSDcX
	for <l.johansson@skargard-bat.example>; Mon, 12 Aug 2024 09:35:45 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1723448145; bh=u1NrNJqy7FSD3XO3oTAyj1isfXVqKdgUr5mPeCB4p4Y=;
	h=From:To:Subject:Date:Message-ID;
	b=2ktyjjJQHCjCSPRti/QY/PRHpCa32c9YYf302O3O3I4=
	 qrp/0wuefuB1sERh7T2sNKQ8d4x3ee3Ij01jmJbzC4o=
From: Shop Example Privacy <privacy@shop.example.be>
To: l.johansson@skargard-bat.example
Subject: =?utf-8?q?Bekr=C3=A4fta_din_beg=C3=A4ran?=
Date: Mon, 12 Aug 2024 09:35:45 +0200
Message-ID: <175251927450.7037.84263@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hej,

Vi har tagit emot en beg=C3=A4ran om radering av de personuppgifter som =C3=
=A4r
kopplade till den h=C3=A4r e-postadressen. Bekr=C3=A4fta att beg=C3=A4ran k=
ommer fr=C3=A5n
dig genom att klicka p=C3=A5 l=C3=A4nken nedan eller svara p=C3=A5 det h=C3=
=A4r mejlet
inom 14 dagar:

https://shop.example.be/privacy/confirm/dea6713e3919e7c2a57eca2d

Om du inte har gjort denna beg=C3=A4ran kan du bortse fr=C3=A5n meddelandet=
, s=C3=A5
raderas inte dina uppgifter.

V=C3=A4nliga h=C3=A4lsningar
Integritetsteamet
Shop Example BV - privacy@shop.example.be

--2f937001-7ee7-7085-0a75-7f7cd3f5ba88--
"""),
    ("en", "gmail_dsn", "automated", (), """Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VbvsWBLTXX1X7
	for <privacy@shop.example.be>; Wed, 26 Jun 2024 10:16:02 +0200 (CEST)
Received: by 2002:a05:6a10:9b4c:b0:5a1:6c2e:7f31 with SMTP id ks12csp1234567pxb;
        Wed, 26 Jun 2024 01:16:02 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <174955065080.4782.24501@shop.example.be>
In-Reply-To: <174955065080.4782.24501@shop.example.be>
X-Failed-Recipients: e.vandamme@gentbike.example
Message-ID: <c20459f8.c6c3ddb5.b13a9.0000.GMR@mx.google.com>
Date: Wed, 26 Jun 2024 01:16:02 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000642e328b29bdf988"; report-type=delivery-status

--000000000000642e328b29bdf988
Content-Type: multipart/alternative; boundary="000000000000768b4b28d7f84b43"

--000000000000768b4b28d7f84b43
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to e.vandamme@gentbike.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-44f9a1c3e1bsi123456781cf.512 - gsmtp

--000000000000768b4b28d7f84b43
Content-Type: text/html; charset="UTF-8"

<html>
<head>
<style>
* body {
font-family:"Roboto", "Helvetica", "Arial", sans-serif !important;
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
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>e.vandamme@gentbike.example</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response was:<br/>
<p style="font-family:monospace">
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient&#39;s email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser d75a77b69052e-44f9a1c3e1bsi123456781cf.512 - gsmtp
</p>
</td>
</tr>
</tbody></table>
</body>
</html>

--000000000000768b4b28d7f84b43--

--000000000000642e328b29bdf988
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; privacy@shop.example.be
Arrival-Date: Wed, 26 Jun 2024 01:16:00 -0700 (PDT)
X-Original-Message-ID: <174955065080.4782.24501@shop.example.be>

Final-Recipient: rfc822; e.vandamme@gentbike.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.gentbike.example. (203.0.113.66, the server for the domain gentbike.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist. d75a77b69052e-44f9a1c3e1bsi123456781cf.512 - gsmtp
Last-Attempt-Date: Wed, 26 Jun 2024 01:16:02 -0700 (PDT)

--000000000000642e328b29bdf988
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V1lxyWYHq5PN8
	for <e.vandamme@gentbike.example>; Wed, 26 Jun 2024 10:16:00 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719389760; bh=8jdDtwk7yrfKRwSB094hoYh8wb5VX8yl3sXivEtQtmw=;
	h=From:To:Subject:Date:Message-ID;
	b=0lGeuNKr4QkWrAZ4nfKV/r9m95XpjAsYd0BXLaFYe0U=
	 oDuz3uY3RrhaFcMKUft3ejTuB/XH9HatuoNsbZjFLCo=
From: Shop Example Privacy <privacy@shop.example.be>
To: e.vandamme@gentbike.example
Subject: Bevestig uw verzoek
Date: Wed, 26 Jun 2024 10:16:00 +0200
Message-ID: <174955065080.4782.24501@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Beste klant,

We hebben een verzoek ontvangen om de persoonsgegevens die aan dit
e-mailadres gekoppeld zijn te verwijderen. Om te bevestigen dat dit
verzoek van u komt, klikt u op de onderstaande link of beantwoordt u
deze e-mail binnen 14 dagen:

https://shop.example.be/privacy/confirm/77945ac41ef863cfd2faff45

Heeft u dit verzoek niet gedaan? Dan kunt u dit bericht negeren; uw
gegevens worden dan niet verwijderd.

Met vriendelijke groeten,
Het privacyteam
Shop Example BV - privacy@shop.example.be

--000000000000642e328b29bdf988--
"""),
    ("en", "gmail_dsn_delay", "automated", (), """Return-Path: <>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VD22MJMXWQn9d
	for <privacy@shop.example.be>; Mon, 15 Jul 2024 14:21:48 +0200 (CEST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: privacy@shop.example.be
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
References: <174094934901.3748.89990@shop.example.be>
In-Reply-To: <174094934901.3748.89990@shop.example.be>
Message-ID: <8ebfce75.b973cbbf.47205.0000.GMR@mx.google.com>
Date: Mon, 15 Jul 2024 05:21:48 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000009373757bcf38908"; report-type=delivery-status

--00000000000009373757bcf38908
Content-Type: multipart/alternative; boundary="000000000000f253472a2b32239b"

--000000000000f253472a2b32239b
Content-Type: text/plain; charset="UTF-8"

** Message not delivered yet **

There was a temporary problem delivering your message to contact@olijfhuis.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:

451 4.7.1 Greylisting in action, please come back later

--000000000000f253472a2b32239b
Content-Type: text/html; charset="UTF-8"

<html>
<body>
<h2>Message not delivered yet</h2>
<p>There was a temporary problem delivering your message to <b>contact@olijfhuis.example</b>. Gmail will retry for 46 more hours. You&#39;ll be notified if the delivery fails permanently.</p>
<p>The response from the remote server was:</p>
<p style="font-family:monospace">451 4.7.1 Greylisting in action, please come back later</p>
</body>
</html>

--000000000000f253472a2b32239b--

--00000000000009373757bcf38908
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 15 Jul 2024 03:21:48 -0700 (PDT)
X-Original-Message-ID: <174094934901.3748.89990@shop.example.be>

Final-Recipient: rfc822; contact@olijfhuis.example
Action: delayed
Status: 4.7.1
Diagnostic-Code: smtp; 451 4.7.1 Greylisting in action, please come back later
Last-Attempt-Date: Mon, 15 Jul 2024 05:21:48 -0700 (PDT)
Will-Retry-Until: Wed, 17 Jul 2024 03:21:48 -0700 (PDT)

--00000000000009373757bcf38908
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VYRMZ1csl2kKh
	for <contact@olijfhuis.example>; Mon, 15 Jul 2024 12:21:48 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1721038908; bh=hzBF8HJpHNcUR0GlZxU7PE7LNC6kXegw+eAjX/2XPW8=;
	h=From:To:Subject:Date:Message-ID;
	b=HtRunawOHOmgc1zf4kbLgdZo0j/wZF/wgBBDaqUUGXk=
	 WFQJbjVhMzJr8pFppOHDeqmOw6mLKEqds545OHVkLVI=
From: Shop Example Privacy <privacy@shop.example.be>
To: contact@olijfhuis.example
Subject: Uw verzoek over uw persoonsgegevens
Date: Mon, 15 Jul 2024 12:21:48 +0200
Message-ID: <174094934901.3748.89990@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--00000000000009373757bcf38908--
"""),
    ("en", "gmx", "automated", (), """Return-Path: <>
Received: from mout-bounce.gmx-mail.example (mout-bounce.gmx-mail.example [212.227.15.19])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V4tXftGkrjysd
	for <privacy@shop.example.be>; Fri, 28 Jun 2024 21:04:17 +0200 (CEST)
Date: Fri, 28 Jun 2024 21:04:17 +0200
From: "Mail Delivery System" <mailer-daemon@gmx-mail.example>
To: privacy@shop.example.be
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
Message-ID: <0MLSH1718V-1sNAyF9@mout-bounce.gmx-mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of
its recipients. This is a permanent error. The following address(es)
failed:

sandra.lehmann@gmx-mail.example:
SMTP error from remote server for RCPT TO command, host: mx00.gmx-mail.example (212.227.15.9) reason: 550 Requested action not taken: mailbox unavailable

--- The header of the original message is following. ---

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VPrFBhBVT1xpD
	for <sandra.lehmann@gmx-mail.example>; Fri, 28 Jun 2024 21:04:15 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1719601455; bh=WH90piIL79WfjDpk1Ly2xSV97zuPCeyjFHanqGvKCBM=;
	h=From:To:Subject:Date:Message-ID;
	b=Du3DyZk6jvvpvAQPNTmBvto/kqcPXBeRNx2fkNl+k9w=
	 NTMlano5q7JBfThzduJ3cRG6NOwpQVq7stCdTaDJRlQ=
From: Shop Example Privacy <privacy@shop.example.be>
To: sandra.lehmann@gmx-mail.example
Subject: Ihre Anfrage zu Ihren personenbezogenen Daten
Date: Fri, 28 Jun 2024 21:04:15 +0200
Message-ID: <175865100340.8075.20346@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""),
    ("de", "webde_mailbox_full", "automated", (), """Return-Path: <>
Received: from mout-bounce.webde-mail.example (mout-bounce.webde-mail.example [212.227.17.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VGlKMRcYQqG0x
	for <privacy@shop.example.be>; Fri, 19 Jul 2024 12:37:03 +0200 (CEST)
Date: Fri, 19 Jul 2024 12:37:03 +0200
From: "Mail Delivery System" <mailer-daemon@webde-mail.example>
To: privacy@shop.example.be
Subject: Unzustellbar: Postfach voll
Auto-Submitted: auto-replied
Message-ID: <0MbHmdrxJG-1sUg0bC@mout-bounce.webde-mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Ihre Nachricht konnte an einen oder mehrere Empf=C3=A4nger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler.

dieter.koch@webde-mail.example:
Das Postfach des Empf=C3=A4ngers ist voll. Die maximale Speichergr=C3=B6=C3=
=9Fe ist
erreicht (552 5.2.2 Mailbox full).

------------------------------------------------------------------------

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error.

dieter.koch@webde-mail.example:
The recipient's mailbox is full (552 5.2.2 Mailbox full).

--- Die Kopfzeilen der urspr=C3=BCnglichen Nachricht folgen. ---
--- The header of the original message is following. ---

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VqgNv9dHc1c77
	for <dieter.koch@webde-mail.example>; Fri, 19 Jul 2024 12:37:00 +0200
DKIM-Signature: v=3D1; a=3Drsa-sha256; c=3Drelaxed/relaxed; d=3Dshop.exampl=
e.be;
	s=3Dmail2024; t=3D1721385420; bh=3DXSlluHUGsyoLhyIZw0FamWpJmI2vOm4C8yx/dfE=
NAAQ=3D;
	h=3DFrom:To:Subject:Date:Message-ID;
	b=3D0mfL6OLQFzC2mNG1YMPY90V1VznFtK07wWCiN01sqCI=3D
	 e/8gpJfeyzD2xtIXKTYZOU7gK+5qM5AP54xaTxuJRhk=3D
From: Shop Example Privacy <privacy@shop.example.be>
To: dieter.koch@webde-mail.example
Subject: =3D?utf-8?q?Best=3DC3=3DA4tigen?=3D Sie Ihre Anfrage
Date: Fri, 19 Jul 2024 12:37:00 +0200
Message-ID: <175988365418.7491.88859@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset=3D"utf-8"
Content-Transfer-Encoding: quoted-printable
"""),
    ("fr", "orange", "automated", (), """Return-Path: <>
Received: from smtp-bounce.orange-mail.example (smtp-bounce.orange-mail.example [193.252.22.77])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VFF3hcGytcX3Q
	for <privacy@shop.example.be>; Thu,  8 Aug 2024 10:28:14 +0200 (CEST)
Date: Thu, 08 Aug 2024 10:28:14 +0200
From: "Mail Delivery System" <MAILER-DAEMON@orange-mail.example>
To: privacy@shop.example.be
Subject: Message non =?utf-8?b?ZMOpbGl2csOp?= : Confirmez votre demande
Auto-Submitted: auto-replied
Message-ID: <30b32ad6efb7e633a057.MAILER-DAEMON@smtp-bounce.orange-mail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="1723105694-orange-30b32ad6"

--1723105694-orange-30b32ad6
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ce message a été créé automatiquement par le logiciel de distribution
du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs
de ses destinataires. Il s'agit d'une erreur permanente. L'adresse
suivante est en échec :

  jean-pierre.martin@orange-mail.example
    La boîte aux lettres du destinataire n'existe pas ou n'est plus
    active.
    550 5.1.1 jean-pierre.martin@orange-mail.example: Recipient address rejected: User unknown
    (OFR_999)

Le message d'origine est joint ci-dessous.

--1723105694-orange-30b32ad6
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp-bounce.orange-mail.example

Final-Recipient: rfc822; jean-pierre.martin@orange-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 jean-pierre.martin@orange-mail.example: Recipient address rejected: User unknown (OFR_999)

--1723105694-orange-30b32ad6
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V7pRv1ZlZnGV1
	for <jean-pierre.martin@orange-mail.example>; Thu, 8 Aug 2024 10:28:10 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1723105690; bh=GPf1sxZqe13wyRAR0Rz6zdiPEO9p3wlULIF9fvaEwOI=;
	h=From:To:Subject:Date:Message-ID;
	b=oRnBW8fTqfHMKv2cx9pcXv8KqCDo6G9ZYOxxnyIjvYE=
	 OtvQmikOXEjBar70St3xMPmngVswrRtI5Pfp/BksXn8=
From: Shop Example Privacy <privacy@shop.example.be>
To: jean-pierre.martin@orange-mail.example
Subject: Confirmez votre demande
Date: Thu, 8 Aug 2024 10:28:10 +0200
Message-ID: <172517048278.8173.86496@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous avons re=C3=A7u une demande de suppression des donn=C3=A9es personnell=
es
li=C3=A9es =C3=A0 cette adresse e-mail. Pour confirmer que cette demande =
=C3=A9mane
bien de vous, cliquez sur le lien ci-dessous ou r=C3=A9pondez simplement =
=C3=A0
cet e-mail dans les 14 jours :

https://shop.example.be/privacy/confirm/21de60a70cef56ea03b6d782

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez ce messa=
ge :
vos donn=C3=A9es ne seront pas supprim=C3=A9es.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e
Shop Example SRL - privacy@shop.example.be

--1723105694-orange-30b32ad6--
"""),
    ("en", "mimecast", "automated", (), """Return-Path: <>
Received: from eu-smtp-delivery-1.mimecast.com (eu-smtp-delivery-1.mimecast.com [195.130.217.221])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vr2gBKNxkWrcs
	for <privacy@shop.example.be>; Thu, 22 Aug 2024 15:55:20 +0200 (CEST)
Date: Thu, 22 Aug 2024 14:55:20 +0100
From: Mimecast Postmaster <postmaster@whitmore-engineering.example>
To: privacy@shop.example.be
Message-ID: <784266596.9339146.1724334920123.JavaMail.mimecast@eu-smtp-delivery-1.mimecast.com>
Subject: Message Delivery Failure - Confirm your request
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="----=_Part_3063541_806068594.1724334920123"
Auto-Submitted: auto-replied
X-MC-Unique: Yq3xR1bDPmK5sT9wE2vH4g-1

------=_Part_3063541_806068594.1724334920123
Content-Type: multipart/alternative; boundary="----=_Part_3063541_806068594.1724334920123_alt"

------=_Part_3063541_806068594.1724334920123_alt
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

Your message couldn't be delivered

The following recipient(s) could not be reached:

hr@whitmore-engineering.example
Error Type: SMTP
Remote server (203.0.113.24) issued an error.
hop count exceeded or recipient rejected
550 Rejected by header based Anti-Spoofing policy: hr@whitmore-engineering.example - https://community.mimecast.com/docs/DOC-1369#550 [Yq3xR1bDPmK5sT9wE2vH4g.uk232]

Original message details:
From: privacy@shop.example.be
To: hr@whitmore-engineering.example
Subject: Confirm your request
Date: Thu, 22 Aug 2024 14:54:20 +0100

This is an automated message from the Mimecast Email Security service. Please do not reply.

------=_Part_3063541_806068594.1724334920123_alt
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html>
<body>
<p>Your message couldn't be delivered</p>
<p>The following recipient(s) could not be reached:</p>
<p>hr@whitmore-engineering.example<br>
Error Type: SMTP<br>
Remote server (203.0.113.24) issued an error.<br>
hop count exceeded or recipient rejected<br>
550 Rejected by header based Anti-Spoofing policy: hr@whitmore-engineering.=
example - https://community.mimecast.com/docs/DOC-1369#550 [Yq3xR1bDPmK5sT9=
wE2vH4g.uk232]</p>
<p>Original message details:<br>
From: privacy@shop.example.be<br>
To: hr@whitmore-engineering.example<br>
Subject: Confirm your request<br>
Date: Thu, 22 Aug 2024 14:54:20 +0100</p>
<p>This is an automated message from the Mimecast Email Security service. P=
lease do not reply.</p>
</body>
</html>

------=_Part_3063541_806068594.1724334920123_alt--

------=_Part_3063541_806068594.1724334920123
Content-Type: message/delivery-status

Reporting-MTA: dns; eu-smtp-delivery-1.mimecast.com

Final-Recipient: rfc822; hr@whitmore-engineering.example
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 Rejected by header based Anti-Spoofing policy

------=_Part_3063541_806068594.1724334920123
Content-Type: text/rfc822-headers

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4VDt6VndTNMKV3
	for <hr@whitmore-engineering.example>; Thu, 22 Aug 2024 15:54:20 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1724334860; bh=Vlb6LIIQlk6jV6Smt4lMkViJarNzfI5squssq8LHBK0=;
	h=From:To:Subject:Date:Message-ID;
	b=zBZbv9BHFQfbaTZHuWDDhckryEa1YjTbmIe+rn1CJfw=
	 CGg6AcSsczAIE5/XmERQCVzZ7WQ8UcmhRg+lcgLt41c=
From: Shop Example Privacy <privacy@shop.example.be>
To: hr@whitmore-engineering.example
Subject: Confirm your request
Date: Thu, 22 Aug 2024 15:54:20 +0200
Message-ID: <172484266596.8666.40875@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

------=_Part_3063541_806068594.1724334920123--
"""),
    ("en", "proofpoint", "automated", (), """Return-Path: <>
Received: from mx0b-00123456.pphosted.example (mx0b-00123456.pphosted.example [148.163.159.11])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VjJNZzMYtvH0N
	for <privacy@shop.example.be>; Thu,  5 Sep 2024 17:11:09 +0200 (CEST)
Received: from localhost (localhost)
	by mx0b-00123456.pphosted.example (8.17.1.19/8.17.1.19) id 4NQUeI990894;
	Thu, 5 Sep 2024 11:11:09 -0400
Date: Thu, 5 Sep 2024 11:11:09 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@mx0b-00123456.pphosted.example>
Message-Id: <1725549069.4NQUeI990894@mx0b-00123456.pphosted.example>
To: <privacy@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4NQUeI990894.1725549069/mx0b-00123456.pphosted.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--4NQUeI990894.1725549069/mx0b-00123456.pphosted.example

The original message was received at Thu, 5 Sep 2024 11:11:08 -0400
from mx-out1.shop.example.be [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<legal@castellan-bank.example>
    (reason: 550 5.7.1 Message blocked by policy: suspected phishing link)

   ----- Transcript of session follows -----
... while talking to mx1.castellan-bank.example.:
>>> DATA
<<< 550 5.7.1 Message blocked by policy: suspected phishing link
550 5.7.1 <legal@castellan-bank.example>... Service unavailable

--4NQUeI990894.1725549069/mx0b-00123456.pphosted.example
Content-Type: message/delivery-status

Reporting-MTA: dns; mx0b-00123456.pphosted.example
Received-From-MTA: DNS; mx-out1.shop.example.be
Arrival-Date: Thu, 5 Sep 2024 11:11:08 -0400

Final-Recipient: RFC822; legal@castellan-bank.example
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx1.castellan-bank.example
Diagnostic-Code: SMTP; 550 5.7.1 Message blocked by policy: suspected phishing link
Last-Attempt-Date: Thu, 5 Sep 2024 11:11:09 -0400

--4NQUeI990894.1725549069/mx0b-00123456.pphosted.example
Content-Type: message/rfc822

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4Vq5y8DQzsKvpN
	for <legal@castellan-bank.example>; Thu, 5 Sep 2024 17:11:08 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1725549068; bh=mWiWAKClS3H7sVIj/xey45yw6F8dEFJ1fcnO0ZjFWPI=;
	h=From:To:Subject:Date:Message-ID;
	b=eylMhUKGj0VdPxTn5YwvVp+NGUxyYghfH4br16Jyvd8=
	 KheAScHT8SN4eg8ZZkwS+M64iswz2Gy30MK25QMuvO0=
From: Shop Example Privacy <privacy@shop.example.be>
To: legal@castellan-bank.example
Subject: Your request about your personal data
Date: Thu, 5 Sep 2024 17:11:08 +0200
Message-ID: <173476245946.4309.11769@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

We have received your request for access to the personal data we hold
about you (Article 15 GDPR). Before we send you a copy of your data, we
need to verify your identity. Please reply to this e-mail from the
address linked to your customer account, or confirm here:

https://shop.example.be/privacy/verify/65ebb40a0a76542fa5174358

We will answer within one month of your confirmation.

Kind regards,
The privacy team
Shop Example BV - privacy@shop.example.be

--4NQUeI990894.1725549069/mx0b-00123456.pphosted.example--
"""),
    ("en", "zendesk", "automated", (), """Received: from out-21.smtp.zendesk.example (out-21.smtp.zendesk.example [192.0.2.171])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VjhQh2TzhPStW
	for <privacy@shop.example.be>; Mon, 10 Jun 2024 10:31:05 +0200 (CEST)
Date: Mon, 10 Jun 2024 08:31:05 +0000
From: Northstar Outdoor Support <support@northstar-outdoor.example>
Reply-To: Northstar Outdoor Support <support+id48213@northstar-outdoor.zendesk.example>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <4UPTR5ZK71VV_243f838cc48c07bfc2855701_sprut@zendesk.example>
In-Reply-To: <175050647608.8165.43452@shop.example.be>
References: <175050647608.8165.43452@shop.example.be>
Subject: [Northstar Outdoor] Re: Confirm your request
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_c7b6d338ee73d7cfdc9c9e4f_6088";
 charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zendesk Mailer
X-Zendesk-From-Account-Id: 4c1e7a2
X-Zendesk-Email-Id: 01J9J6C4FHG290FDDDXBG8DZ9T

----==_mimepart_c7b6d338ee73d7cfdc9c9e4f_6088
Content-Type: text/plain;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our support=
 staff.

To add additional comments, reply to this email.

Northstar Outdoor Support

This email is a service from Northstar Outdoor. Delivered by Zendesk

----==_mimepart_c7b6d338ee73d7cfdc9c9e4f_6088
Content-Type: text/html;
 charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html>
<body>
<p>##- Please type your reply above this line -##</p>
<p>Your request (48213) has been received and is being reviewed by our supp=
ort staff.</p>
<p>To add additional comments, reply to this email.</p>
<p>Northstar Outdoor Support</p>
<p>This email is a service from Northstar Outdoor. Delivered by Zendesk</p>
</body>
</html>

----==_mimepart_c7b6d338ee73d7cfdc9c9e4f_6088--
"""),
    ("nl", "freshdesk", "automated", (), """Received: from mx-out-4.freshemail.example (mx-out-4.freshemail.example [192.0.2.44])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VtZc9fyjMln7V
	for <privacy@shop.example.be>; Mon, 24 Jun 2024 11:12:44 +0200 (CEST)
Date: Mon, 24 Jun 2024 09:12:44 +0000
From: Klantendienst Fietsen Van Dyck <support@fietsen-vandyck.example>
Reply-To: support@fietsen-vandyck.example
To: privacy@shop.example.be
Message-ID: <44e3f13ee808040006561dc8@freshdesk.example>
In-Reply-To: <172855789118.7968.62150@shop.example.be>
References: <172855789118.7968.62150@shop.example.be>
Subject: Ticket ontvangen - Bevestig uw verzoek
Mime-Version: 1.0
Content-Type: multipart/alternative;
 boundary="--==_mimepart_44e3f13ee8080400_17635";
 charset=UTF-8
Content-Transfer-Encoding: 7bit

----==_mimepart_44e3f13ee8080400_17635
Content-Type: text/plain;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

Beste Shop Example Privacy,

Bedankt voor uw bericht. Dit is een automatisch antwoord om te bevestigen dat wij uw verzoek goed hebben ontvangen.

Uw ticketnummer is #12345. Een medewerker neemt zo snel mogelijk contact met u op, gewoonlijk binnen twee werkdagen.

Met vriendelijke groeten,
Klantendienst Fietsen Van Dyck

----==_mimepart_44e3f13ee8080400_17635
Content-Type: text/html;
 charset=UTF-8
Content-Transfer-Encoding: 7bit

<html>
<body>
<p>Beste Shop Example Privacy,</p>
<p>Bedankt voor uw bericht. Dit is een automatisch antwoord om te bevestigen dat wij uw verzoek goed hebben ontvangen.</p>
<p>Uw ticketnummer is #12345. Een medewerker neemt zo snel mogelijk contact met u op, gewoonlijk binnen twee werkdagen.</p>
<p>Met vriendelijke groeten,<br>
Klantendienst Fietsen Van Dyck</p>
</body>
</html>

----==_mimepart_44e3f13ee8080400_17635--
"""),
    ("en", "jira_sm", "automated", (), """Received: from mail-eu-c2.atlassian.example (mail-eu-c2.atlassian.example [192.0.2.12])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vn4jksWlV9CB1
	for <privacy@shop.example.be>; Wed,  3 Jul 2024 14:40:19 +0200 (CEST)
Date: Wed, 03 Jul 2024 12:40:19 +0000
From: Harbourline Privacy Desk <jira@harbourline.atlassian.example>
Reply-To: Harbourline Privacy Desk <privacy@harbourline.example>
To: Shop Example Privacy <privacy@shop.example.be>
Message-ID: <JIRA.290955.1720010419000@Atlassian.JIRA>
In-Reply-To: <172891754343.1314.53664@shop.example.be>
Subject: DPO-412 Confirm your request
MIME-Version: 1.0
Content-Type: multipart/alternative;
	boundary="----=_Part_4655290_1970939938.1720010419102"
X-JIRA-FingerPrint: f75c156df85bb6b520ed48e2370ab3f6
Auto-Submitted: auto-generated
Precedence: bulk

------=_Part_4655290_1970939938.1720010419102
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

=E2=80=94=E2=80=94-=E2=80=94

Reply above this line.

Your request DPO-412 has been received.

We have received your request "Confirm your request" and our privacy team w=
ill get back to you shortly. You can view and track the request here:

https://harbourline.atlassian.example/servicedesk/customer/portal/4/DPO-412

Harbourline Privacy Desk

View request =C2=B7 Turn off this request's notifications
This is shared with Shop Example Privacy.

Powered by Jira Service Management

------=_Part_4655290_1970939938.1720010419102
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html>
<body>
<p>=E2=80=94=E2=80=94-=E2=80=94</p>
<p>Reply above this line.</p>
<p>Your request DPO-412 has been received.</p>
<p>We have received your request "Confirm your request" and our privacy tea=
m will get back to you shortly. You can view and track the request here:</p>
<p>https://harbourline.atlassian.example/servicedesk/customer/portal/4/DPO-=
412</p>
<p>Harbourline Privacy Desk</p>
<p>View request =C2=B7 Turn off this request's notifications<br>
This is shared with Shop Example Privacy.</p>
<p>Powered by Jira Service Management</p>
</body>
</html>

------=_Part_4655290_1970939938.1720010419102--
"""),
    ("de", "otrs", "automated", (), """Received: from helpdesk.elektro-hartmann.example (helpdesk.elektro-hartmann.example [198.51.100.164])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vgnd5pJrSTFJM
	for <privacy@shop.example.be>; Wed, 17 Jul 2024 10:05:33 +0200 (CEST)
From: "Elektro Hartmann Kundenservice" <service@elektro-hartmann.example>
To: privacy@shop.example.be
Subject: RE: [Ticket#2024071710000123] =?utf-8?q?Best=C3=A4tigen?= Sie Ihre
 Anfrage
X-Powered-By: Znuny 6.5.7 (https://www.znuny.org/)
X-Mailer: Znuny Mail Service (6.5.7)
Auto-Submitted: auto-replied
Precedence: bulk
X-Loop: yes
In-Reply-To: <174693087292.4226.71979@shop.example.be>
References: <174693087292.4226.71979@shop.example.be>
Date: Wed, 17 Jul 2024 10:05:33 +0200
Message-ID: <1721203533.730734.2562224531@helpdesk.elektro-hartmann.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

Ihre E-Mail mit dem Betreff "Best=C3=A4tigen Sie Ihre Anfrage" ist bei uns =
eingegangen
und wird unter der Ticketnummer 2024071710000123 bearbeitet.

Bitte behalten Sie die Ticketnummer im Betreff bei, wenn Sie uns zu diesem
Vorgang schreiben.

Mit freundlichen Gr=C3=BC=C3=9Fen

Ihr Kundenservice-Team
Elektro Hartmann GmbH
"""),
    ("fr", "glpi", "automated", (), """Received: from glpi.mairie-saint-aubin.example (glpi.mairie-saint-aubin.example [198.51.100.172])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VJD0ygdX2WkYZ
	for <privacy@shop.example.be>; Mon, 19 Aug 2024 14:22:07 +0200 (CEST)
Date: Mon, 19 Aug 2024 14:22:07 +0200
To: privacy@shop.example.be
From: Support informatique <support@mairie-saint-aubin.example>
Reply-To: Support informatique <support@mairie-saint-aubin.example>
Subject: [GLPI #0012345] Nouveau ticket Confirmez votre demande
Message-ID: <GLPI_ca5e5eefa9e164-Ticket-12345/new.1724070127.13262430@glpi.mairie-saint-aubin.example>
In-Reply-To: <175095182319.6085.66871@shop.example.be>
X-Mailer: GLPI
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, DR, NDR, RN, NRN
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Votre demande a bien =C3=A9t=C3=A9 enregistr=C3=A9e sous le num=C3=A9ro de =
ticket 0012345.

Titre : Confirmez votre demande
Statut : Nouveau
Entit=C3=A9 : Mairie de Saint-Aubin

Vous pouvez suivre l'avancement de votre ticket =C3=A0 l'adresse suivante :
https://support.mairie-saint-aubin.example/front/ticket.form.php?id=3D12345

Ceci est un message automatique, merci de ne pas y r=C3=A9pondre.

--
Support informatique - Mairie de Saint-Aubin
G=C3=A9n=C3=A9r=C3=A9 automatiquement par GLPI
"""),
    ("en", "challenge_response", "automated", (), """Received: from mta3.inboxguard.example (mta3.inboxguard.example [192.0.2.93])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VYj0M3k7Wp7z6
	for <privacy@shop.example.be>; Thu, 27 Jun 2024 22:44:02 +0200 (CEST)
Date: Thu, 27 Jun 2024 16:44:02 -0400
From: Daniel Hart <verify@inboxguard.example>
Reply-To: verify+sGmgKwXDMFAS@inboxguard.example
To: privacy@shop.example.be
Subject: Please confirm your message to Daniel Hart (Re: Confirm your request)
Message-ID: <5XTZFqnkh2wStdUnYF@mta3.inboxguard.example>
In-Reply-To: <172630950674.7668.80165@shop.example.be>
Auto-Submitted: auto-replied
X-InboxGuard-Challenge: pwauaFbBxYHtXsnBhWYVqZLLdupWUFuE
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hello,

You recently sent a message to daniel.hart@hartwell-home.example with the subject
"Confirm your request".

I use a challenge-response spam filter. To have your message delivered,
please confirm that you are a human (not an automated program) by clicking
the link below. You only have to do this once; future messages from your
address will be delivered automatically.

https://verify.inboxguard.example/c/pwauaFbBxYHtXsnBhWYVqZLLdupWUFuE

If you do not confirm within 7 days, your message will be deleted unread.

Thank you,
Daniel Hart

-- Protected by InboxGuard. Stop spam before it reaches you.
"""),
    ("fr", "challenge_response", "automated", (), """Received: from out2.mailvalidation.example (out2.mailvalidation.example [192.0.2.210])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VqdMlvdgvB6jD
	for <privacy@shop.example.be>; Thu, 25 Jul 2024 11:19:31 +0200 (CEST)
Date: Thu, 25 Jul 2024 11:19:31 +0200
From: Validation des messages <noreply@mailvalidation.example>
To: privacy@shop.example.be
Subject: Votre message pour contact@cabinet-fabre.example est en attente :
 merci de le valider
Message-ID: <4b254c57af7dc6448c89565cbbec7f3d@out2.mailvalidation.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Vous avez envoy=C3=A9 un message =C3=A0 l'adresse contact@cabinet-fabre.exa=
mple.

Afin de nous prot=C3=A9ger contre les spams et les virus, ce destinataire
utilise un service de validation. Votre message est en attente et ne
sera remis qu'apr=C3=A8s confirmation que vous =C3=AAtes bien une personne =
et non
un robot.

Pour d=C3=A9livrer votre message, cliquez sur le lien suivant :
https://auth.mailvalidation.example/v/zD7kB0AcseZP5jx2FpKJDX5sUXJ9

Cette op=C3=A9ration n'est =C3=A0 effectuer qu'une seule fois. Sans validat=
ion de
votre part sous 5 jours, le message sera supprim=C3=A9.

Cordialement,
Le service de validation des messages
"""),
    ("en", "outlook_read_receipt", "automated", (), """Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2129.outbound.protection.outlook.com [40.107.13.178])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VfYCdxBx3NSj1
	for <privacy@shop.example.be>; Thu,  6 Jun 2024 11:02:12 +0200 (CEST)
From: Helen Carter <helen.carter@brookfield-school.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Read: Confirm your request
Thread-Topic: Confirm your request
Thread-Index: AQHaXSTFTCoPArpqsHc7HUHD6JfssQ==
Date: Thu, 6 Jun 2024 09:02:12 +0000
Message-ID: <LO4P265MB61877757F8144F529C1F56F66372846E@LO4P265MB6187.GBRP265.PROD.OUTLOOK.COM>
References: <173848435349.4260.30283@shop.example.be>
In-Reply-To: <173848435349.4260.30283@shop.example.be>
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_800E85956C14ECF92BFA5E074B061B539EA00AB0_"
MIME-Version: 1.0

--_000_800E85956C14ECF92BFA5E074B061B539EA00AB0_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

To: Helen Carter
Subject: Confirm your request
Sent: Thursday, June 6, 2024 10:58:40 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris

was read on Thursday, June 6, 2024 11:02:12 AM (UTC+01:00) Brussels, Copenhagen, Madrid, Paris.

--_000_800E85956C14ECF92BFA5E074B061B539EA00AB0_
Content-Type: message/disposition-notification

Final-Recipient: RFC 822; helen.carter@brookfield-school.example
Original-Message-ID: <173848435349.4260.30283@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_000_800E85956C14ECF92BFA5E074B061B539EA00AB0_--
"""),
    ("de", "outlook_read_receipt", "automated", (), """Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2171.outbound.protection.outlook.com [40.107.13.121])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VX8gvfYT8tsFN
	for <privacy@shop.example.be>; Thu, 11 Jul 2024 08:48:30 +0200 (CEST)
From: Thomas =?utf-8?q?Sch=C3=A4fer?= <t.schaefer@schaefer-steuerberatung.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Gelesen: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Thread-Topic: =?utf-8?q?Best=C3=A4tigen?= Sie Ihre Anfrage
Thread-Index: AQHaTPT4ifeFGXHgwJEAPG1DZ7u6HQ==
Date: Thu, 11 Jul 2024 06:48:30 +0000
Message-ID: <BE1P281MB2017AEDF97BD76B36538D3A9F44F48DC@BE1P281MB2017.DEUP281.PROD.OUTLOOK.COM>
References: <172903528425.7251.33545@shop.example.be>
In-Reply-To: <172903528425.7251.33545@shop.example.be>
Content-Language: de-DE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_47BC62E9D0830390499301A54D381A420C022A0F_"
MIME-Version: 1.0

--_000_47BC62E9D0830390499301A54D381A420C022A0F_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

An: Thomas Sch=C3=A4fer
Betreff: Best=C3=A4tigen Sie Ihre Anfrage
Gesendet: Donnerstag, 11. Juli 2024 08:31:02 (UTC+01:00) Amsterdam, Berlin,=
 Bern, Rom, Stockholm, Wien

wurde am Donnerstag, 11. Juli 2024 08:48:30 (UTC+01:00) Amsterdam, Berlin, =
Bern, Rom, Stockholm, Wien gelesen.

--_000_47BC62E9D0830390499301A54D381A420C022A0F_
Content-Type: message/disposition-notification

Final-Recipient: RFC 822; t.schaefer@schaefer-steuerberatung.example
Original-Message-ID: <172903528425.7251.33545@shop.example.be>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_000_47BC62E9D0830390499301A54D381A420C022A0F_--
"""),
    ("fr", "outlook_read_receipt", "automated", (), """Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2120.outbound.protection.outlook.com [40.107.13.118])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VLgk0kBvCC3R4
	for <privacy@shop.example.be>; Wed, 28 Aug 2024 15:05:51 +0200 (CEST)
From: Isabelle Lemaire <isabelle.lemaire@notaire-lemaire.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Lu : Confirmez votre demande
Thread-Topic: Confirmez votre demande
Thread-Index: AQHazB7dJ8CYLhHXFI5We8Yn2wQEMA==
Date: Wed, 28 Aug 2024 13:05:51 +0000
Message-ID: <AM8P191MB13458A1352DFAE1F1D60FB38E68614BC@AM8P191MB1345.EURP191.PROD.OUTLOOK.COM>
References: <175371143105.5805.55474@shop.example.be>
In-Reply-To: <175371143105.5805.55474@shop.example.be>
Content-Language: fr-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-messagesentrepresentingtype: 1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_DAD132C1A005163572DA2F99EBFA7C594823B432_"
MIME-Version: 1.0

--_000_DAD132C1A005163572DA2F99EBFA7C594823B432_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

=C3=80 : Isabelle Lemaire
Objet : Confirmez votre demande
Envoy=C3=A9 : mercredi 28 ao=C3=BBt 2024 14:40:17 (UTC+01:00) Bruxelles, Co=
penhague, Madrid, Paris

a =C3=A9t=C3=A9 lu le mercredi 28 ao=C3=BBt 2024 15:05:51 (UTC+01:00) Bruxe=
lles, Copenhague, Madrid, Paris.

--_000_DAD132C1A005163572DA2F99EBFA7C594823B432_
Content-Type: message/disposition-notification

Final-Recipient: RFC 822; isabelle.lemaire@notaire-lemaire.example
Original-Message-ID: <175371143105.5805.55474@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--_000_DAD132C1A005163572DA2F99EBFA7C594823B432_--
"""),
    ("en", "thunderbird_mdn", "automated", (), """Received: from smtp.dewitte-bouw.example (smtp.dewitte-bouw.example [198.51.100.207])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V0nJT1Ww00fwV
	for <privacy@shop.example.be>; Mon,  9 Sep 2024 19:20:41 +0200 (CEST)
Message-ID: <3cff1d62-42f4-f05a-b6ef-ab3b04d0d5ed@dewitte-bouw.example>
Date: Mon, 9 Sep 2024 19:20:41 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
From: Koen De Witte <k.dewitte@dewitte-bouw.example>
To: privacy@shop.example.be
Subject: Return Receipt (displayed) - Confirm your request
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="------------KhUxwG5K0AJRWHcwG3FWqQtk"

This is a multi-part message in MIME format.
--------------KhUxwG5K0AJRWHcwG3FWqQtk
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to k.dewitte@dewitte-bouw.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------KhUxwG5K0AJRWHcwG3FWqQtk
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: dewitte-bouw.example; Mozilla Thunderbird
Final-Recipient: rfc822;k.dewitte@dewitte-bouw.example
Original-Message-ID: <172723352162.2984.51862@shop.example.be>
Disposition: manual-action/MDN-sent-manually; displayed

--------------KhUxwG5K0AJRWHcwG3FWqQtk
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Transfer-Encoding: 7bit
Content-Disposition: inline

Received: from app01.shop.example.be (app01.shop.example.be [10.20.0.11])
	by mx-out1.shop.example.be (Postfix) with ESMTPS id 4V0JLqTj6RbWsx
	for <k.dewitte@dewitte-bouw.example>; Sun, 8 Sep 2024 18:30:41 +0200
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.be;
	s=mail2024; t=1725813041; bh=hBG5fke8i38rVonvUEeGy2gCpYTqbquFP3s5jmb7ywI=;
	h=From:To:Subject:Date:Message-ID;
	b=fTh6Gdie8bqyWBJHnywZlZKlJ/hdFqUzH7o9GXTugE0=
	 92XA8f+P5hgt8VXo3eV4SmT3kdqZn/Y/TxXfduKnWCg=
From: Shop Example Privacy <privacy@shop.example.be>
To: k.dewitte@dewitte-bouw.example
Subject: Confirm your request
Date: Sun, 8 Sep 2024 18:30:41 +0200
Message-ID: <172723352162.2984.51862@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

--------------KhUxwG5K0AJRWHcwG3FWqQtk--
"""),
    ("en", "mailman", "automated", (), """Received: from lists.riverside-cycling.example (lists.riverside-cycling.example [198.51.100.114])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VFJdjqt0SNPHf
	for <privacy@shop.example.be>; Sat, 15 Jun 2024 09:00:12 +0200 (CEST)
Return-Path: <members-bounces@lists.riverside-cycling.example>
Subject: Your message to Members awaits moderator approval
From: members-owner@lists.riverside-cycling.example
To: privacy@shop.example.be
Message-ID: <mailman.3287.1718434812.43177.members@lists.riverside-cycling.example>
Date: Sat, 15 Jun 2024 08:00:12 +0100
Precedence: bulk
X-BeenThere: members@lists.riverside-cycling.example
X-Mailman-Version: 2.1.39
List-Id: Riverside Cycling Club members <members.lists.riverside-cycling.example>
X-List-Administrivia: yes
Errors-To: members-bounces@lists.riverside-cycling.example
Sender: "Members" <members-bounces@lists.riverside-cycling.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your mail to 'Members' with the subject

    Confirm your request

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.riverside-cycling.example/mailman/confirm/members/cd74a1aa40d113b4306aacfd2c355ae895dd9e50

"""),
    ("fr", "sympa", "automated", (), """Received: from listes.asbl-nature-ardenne.example (listes.asbl-nature-ardenne.example [198.51.100.119])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VSbhnNyFCzjmt
	for <privacy@shop.example.be>; Thu,  4 Jul 2024 15:31:55 +0200 (CEST)
Return-Path: <sympa-request@listes.asbl-nature-ardenne.example>
Date: Thu, 04 Jul 2024 15:31:55 +0200
From: SYMPA <sympa@listes.asbl-nature-ardenne.example>
To: privacy@shop.example.be
Subject: Votre message pour la liste adherents a =?utf-8?b?w6l0w6k=?= transmis
 au =?utf-8?q?mod=C3=A9rateur?=
Message-Id: <sympa.1720099915.53934.342@listes.asbl-nature-ardenne.example>
X-Loop: sympa@listes.asbl-nature-ardenne.example
Auto-Submitted: auto-replied
X-Sympa-Version: 6.2.72
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message pour la liste adherents@listes.asbl-nature-ardenne.example
a été transmis au(x) modérateur(s) de la liste. Il sera diffusé après
validation.

Objet du message : Confirmez votre demande

Si vous souhaitez annuler ce message, répondez à cet e-mail en
indiquant « annuler » dans le corps du message.

--
Serveur de listes Sympa - listes.asbl-nature-ardenne.example
"""),
    ("en", "google_groups", "automated", (), """Return-Path: <>
Received: from mail-sor-f73.google.com (mail-sor-f73.google.com [209.85.220.73])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VkV4MMh3CKBC3
	for <privacy@shop.example.be>; Thu, 29 Aug 2024 12:12:55 +0200 (CEST)
MIME-Version: 1.0
From: Google Groups <noreply@groups.example>
Date: Thu, 29 Aug 2024 03:12:55 -0700
Message-ID: <2srz641vl2iqr425j1y7gqm6oguzp0h40c79x7c5@google.com>
Subject: Your message to board@lakeside-residents.example is awaiting moderator approval
To: privacy@shop.example.be
Auto-Submitted: auto-replied
X-Google-Group-Id: 612398774120
Content-Type: multipart/alternative; boundary="000000000000a1d0fea8ee425a6c"

--000000000000a1d0fea8ee425a6c
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

Your message to board@lakeside-residents.example has been delivered to the moderators of the group and is awaiting approval. You will be notified when it is approved or rejected.

Subject: Confirm your request

You received this message because you sent a message to a Google Group that requires moderation. If you believe this is in error, contact the group owner.

--000000000000a1d0fea8ee425a6c
Content-Type: text/html; charset="UTF-8"

<html>
<body>
<p>Your message to board@lakeside-residents.example has been delivered to the moderators of the group and is awaiting approval. You will be notified when it is approved or rejected.</p>
<p>Subject: Confirm your request</p>
<p>You received this message because you sent a message to a Google Group that requires moderation. If you believe this is in error, contact the group owner.</p>
</body>
</html>

--000000000000a1d0fea8ee425a6c--
"""),
    ("en", "dmarc_report", "automated", (), """Received: from mail-sor-f72.bigmail.example (mail-sor-f72.bigmail.example [192.0.2.72])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VHP5c80WxRSQL
	for <privacy@shop.example.be>; Mon, 10 Jun 2024 02:59:59 +0200 (CEST)
MIME-Version: 1.0
Date: Sun, 9 Jun 2024 17:59:59 -0700
Message-ID: <51017504936579633@bigmail.example>
Subject: Report domain: shop.example.be Submitter: bigmail.example Report-ID: 8817462210398862457
From: noreply-dmarc-support@bigmail.example
To: dmarc-reports@shop.example.be
Cc: privacy@shop.example.be
Content-Type: multipart/mixed; boundary="000000000000b54026831252310a"

--000000000000b54026831252310a
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

This is an aggregate report from bigmail.example.

--000000000000b54026831252310a
Content-Type: application/zip; 
	name="bigmail.example!shop.example.be!1717804800!1717891199.zip"
Content-Disposition: attachment; 
	filename="bigmail.example!shop.example.be!1717804800!1717891199.zip"
Content-Transfer-Encoding: base64

UEsDBBQAAAAIAAAAyViQ7it6yQEAAHIEAAA5AAAAYmlnbWFpbC5leGFtcGxlIXNob3AuZXhhbXBs
ZS5iZSExNzE3ODA0ODAwITE3MTc4OTExOTkueG1srVTBdpswELznK3i+GxC1Y3hPUXrqF7RnnowW
rBeQVAnS5O+7ioRM7B5y6Akxu5rZGdamz2/TmL2CdVKrpx3Jy10GqtNCquFp9+vnj329y57ZA+0B
xJl3L+why6gFo+3cTjBzwWfuMUS1HVrFJ2BnOUxcjjm88cmMQItUCY3gq0xppBnf92Littu7xXjO
73d3Q3O4GHWlYHVNTofHqiLlt6auH6vD8USLazm042zQWq6GKIzQGQapGDmRU10e6rKkRUDWOigR
qg0hTYPqaiUrPrMltW0I1OhRdu+tWc6jdBdIg2g0oZi7aLMay8/oLeKhiYsXOTFLi3CIoDP9B+af
ATLs98JxjlkqpDARdZ9ht+KmmxnxPv3hY+5/zYjJdtqu41r9JwXi9GI7aKVhpKnzI8mRLK+OqJAK
a2unF4ViB1qE04pHQXjl44IZirXgg5HOaCdnXD7cBz/4Ftn0+UQMdw4bUjjRdx8LKaGNyRtN/Gir
NSoFYFa9xNVP1y7ABdi2t3q6/1jbYmS746B8mS+tBbeM85X2ZuSvbENcd88T7cWXjXMYoZu1Zf4H
UpUV5p6glMNWmm4S+k9jbFLHHb3x7pvDVtHi+vfxF1BLAQIUAxQAAAAIAAAAyViQ7it6yQEAAHIE
AAA5AAAAAAAAAAAAAACAAQAAAABiaWdtYWlsLmV4YW1wbGUhc2hvcC5leGFtcGxlLmJlITE3MTc4
MDQ4MDAhMTcxNzg5MTE5OS54bWxQSwUGAAAAAAEAAQBnAAAAIAIAAAAA
--000000000000b54026831252310a--
"""),
    ("nl", "newsletter", "automated", (), """Return-Path: <bounce-mc.us21_1234567.2024061807-privacy=shop.example.be@mail212.mailsend.example>
Received: from mail212.mailsend.example (mail212.mailsend.example [192.0.2.212])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VYYz6YYxGrsXl
	for <privacy@shop.example.be>; Tue, 18 Jun 2024 09:00:03 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mailsend.example;
	s=k2; t=1718694003; bh=Qq3ydVVhmEahX6QFMkjXCQH5D7P5LoAJtoZP4OYdvqc=;
	h=From:Reply-To:To:Subject:Date:Message-ID:List-ID:List-Unsubscribe:
	 List-Unsubscribe-Post:Content-Type:MIME-Version;
	b=lbhWHBIjWbtT8fnQo33gQTsTI7ZSYAqEefKePW9Xb3g=
Subject: =?utf-8?Q?Nieuwsbrief_juni:_15=25_korting_op_gerecycleerd_papier?=
From: Drukkerij Peeters <nieuwsbrief@drukkerij-peeters.example>
Reply-To: Drukkerij Peeters <info@drukkerij-peeters.example>
To: <privacy@shop.example.be>
Date: Tue, 18 Jun 2024 07:00:03 +0000
Message-ID: <dcce2611f32e09df27de569a52fe6618@mail212.mailsend.example>
X-Mailer: Mailsend
X-Campaign: mailsend3a9f1c.dcce2611f3
X-campaignid: mailsend3a9f1c
List-ID: 3a9f1c2b7d0e4f5a6b7c8d9e0mc list <3a9f1c2b7d0e4f5a6b7c8d9e0.1234567.list-id.mailsend.example>
List-Unsubscribe: <https://list.mailsend.example/unsubscribe?u=3a9f1c&id=7d0e4f&e=5a6b7c&c=8d9e0f>,
 <mailto:unsubscribe-mc.us21_3a9f1c.8d9e0f-privacy=shop.example.be@unsubscribe.mailsend.example?subject=unsubscribe>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Feedback-ID: 1234567:1234567.2024061807:us21:mailsend
Precedence: bulk
X-Report-Abuse: Please report abuse for this campaign here: https://mailsend.example/contact/abuse/?u=3a9f1c&id=7d0e4f&e=5a6b7c
Content-Type: multipart/alternative; boundary="_----------=_MCPart_3704497681"
MIME-Version: 1.0

This is a multi-part message in MIME format

--_----------=_MCPart_3704497681
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Drukkerij Peeters - Nieuwsbrief juni 2024

Beste klant,

Deze maand: 15% korting op gerecycleerd papier en nieuwe formaten voor
verpakkingen. Bekijk alle aanbiedingen in onze webshop:
https://www.drukkerij-peeters.example/aanbiedingen?utm_source=3Dnewsletter&=
utm_medium=3Demail

Nieuw: uw bestellingen volgen via ons klantenportaal.

Met vriendelijke groeten,
Het team van Drukkerij Peeters

--
U ontvangt deze e-mail omdat u klant bent bij Drukkerij Peeters of zich
heeft ingeschreven voor onze nieuwsbrief.
Uitschrijven: https://list.mailsend.example/u/3a9f1c?e=3Dprivacy%40shop.exa=
mple.be
Ons privacybeleid: https://www.drukkerij-peeters.example/privacy
Drukkerij Peeters NV, Industrieweg 12, 2800 Mechelen

--_----------=_MCPart_3704497681
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<!doctype html>
<html xmlns=3D"http://www.w3.org/1999/xhtml">
<head>
<meta charset=3D"UTF-8">
<title>Nieuwsbrief juni 2024</title>
</head>
<body>
<p>Drukkerij Peeters - Nieuwsbrief juni 2024</p>
<p>Beste klant,</p>
<p>Deze maand: 15% korting op gerecycleerd papier en nieuwe formaten voor<b=
r>
verpakkingen. Bekijk alle aanbiedingen in onze webshop:<br>
https://www.drukkerij-peeters.example/aanbiedingen?utm_source=3Dnewsletter&=
amp;utm_medium=3Demail</p>
<p>Nieuw: uw bestellingen volgen via ons klantenportaal.</p>
<p>Met vriendelijke groeten,<br>
Het team van Drukkerij Peeters</p>
<p>--<br>
U ontvangt deze e-mail omdat u klant bent bij Drukkerij Peeters of zich<br>
heeft ingeschreven voor onze nieuwsbrief.<br>
Uitschrijven: https://list.mailsend.example/u/3a9f1c?e=3Dprivacy%40shop.exa=
mple.be<br>
Ons privacybeleid: https://www.drukkerij-peeters.example/privacy<br>
Drukkerij Peeters NV, Industrieweg 12, 2800 Mechelen</p>
</body>
</html>

--_----------=_MCPart_3704497681--
"""),
    ("nl", "exchange_inbox_rule", "automated", (), """Received: from EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on2196.outbound.protection.outlook.com [40.107.20.175])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VDJfFGByp2J5k
	for <privacy@shop.example.be>; Mon, 22 Jul 2024 10:14:40 +0200 (CEST)
From: Bart Van Laere <bart@vanlaere-verzekeringen.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Bevestig uw verzoek
Thread-Index: AQHaIqZb+KJxiuGB6qizva8dIDh62A==
Date: Mon, 22 Jul 2024 08:14:40 +0000
Message-ID: <AS2PR02MB9381AF71CA05262F8736A70194F05AE9@AS2PR02MB9381.eurprd02.prod.outlook.com>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
x-ms-exchange-parent-message-id: <174643470085.2157.61351@shop.example.be>
X-MS-Exchange-Inbox-Rules-Loop: bart@vanlaere-verzekeringen.example
auto-submitted: auto-generated
x-ms-exchange-generated-message-source: Mailbox Rules Agent
x-ms-traffictypediagnostic: AS2PR02MB9381:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AS2PR02MB9381AF71CA05262F8736A70194F05AE9eurp_"
MIME-Version: 1.0

--_000_AS2PR02MB9381AF71CA05262F8736A70194F05AE9eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Beste,

Dit e-mailadres is niet meer in gebruik. Uw bericht werd niet gelezen en ni=
et doorgestuurd.

Gelieve uw e-mail opnieuw te sturen naar info@vanlaere-verzekeringen.exampl=
e.

Met vriendelijke groeten,
Van Laere Verzekeringen

--_000_AS2PR02MB9381AF71CA05262F8736A70194F05AE9eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Beste,</div>
<div><br>
</div>
<div>Dit e-mailadres is niet meer in gebruik. Uw bericht werd niet gelezen =
en niet doorgestuurd.</div>
<div><br>
</div>
<div>Gelieve uw e-mail opnieuw te sturen naar info@vanlaere-verzekeringen.e=
xample.</div>
<div><br>
</div>
<div>Met vriendelijke groeten,<br>
Van Laere Verzekeringen</div>
</div>
</body>
</html>

--_000_AS2PR02MB9381AF71CA05262F8736A70194F05AE9eurp_--
"""),
    ("en", "address_retired", "automated", (), """Received: from mail.thornbury-clinic.example (mail.thornbury-clinic.example [198.51.100.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VdZrltlSjhY4d
	for <privacy@shop.example.be>; Thu, 12 Sep 2024 11:40:18 +0200 (CEST)
Return-Path: <>
Date: Thu, 12 Sep 2024 10:40:18 +0100
From: Thornbury Clinic <enquiries@thornbury-clinic.example>
To: privacy@shop.example.be
Subject: This mailbox is no longer monitored
Message-ID: <fbe3bc79d1b6ee0137a6.autoreply@thornbury-clinic.example>
In-Reply-To: <175926006137.7272.97879@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for your email.

This address (enquiries@thornbury-clinic.example) is no longer in use and
is not monitored. Your message has not been read.

Please write to reception@thornbury-clinic.example instead. For requests
about your medical or personal data, please use the form on our website.

Thornbury Clinic
"""),
    ("en", "person_fwd_bounce", "correction", (), """Return-Path: <markus.schneider@posteo-mail.example>
Received: from mail-sor-f66.google.com (mail-sor-f66.google.com [209.85.220.66])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V6g33TgzSC8h0
	for <privacy@shop.example.be>; Wed,  5 Jun 2024 19:22:10 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=posteo-mail.example; s=google; t=1717608130; x=1718212930; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=2Vqys45IDjNpMjLQBouXZOgBmwFT3WvfbmOI8Q5e8KM=;
        b=kqPdm0zX5cbAtKi09ZEIwk8LBwKRZh3nCBzH1s7HkqA=
         g2ElUbsaKEOd6Rk98zGRTgaMXW+GviGFoKaxkF8nQ/U=
MIME-Version: 1.0
From: Markus Schneider <markus.schneider@posteo-mail.example>
Date: Wed, 5 Jun 2024 19:22:10 +0200
Message-ID: <CAMChLxhkLqYzxwYErwKN8_XxTE7zTqPpAQb7FbIr712@mail.gmail.com>
Subject: Fwd: Undelivered Mail Returned to Sender
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="0000000000004c796ad1affb1d7d"

--0000000000004c796ad1affb1d7d
Content-Type: text/plain; charset="UTF-8"

Hello,

my old address m.schneider@kabel-net.example doesn't exist any more - I tried to forward your confirmation mail there and got the bounce below. Please update the email address on my customer account to this new one: markus.schneider@posteo-mail.example

Customer number 20418837. Thanks!

Markus

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@smtp.posteo-mail.example>
Date: Wed, 5 Jun 2024 at 19:15
Subject: Undelivered Mail Returned to Sender
To: <markus.schneider@posteo-mail.example>


This is the mail system at host smtp.posteo-mail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<m.schneider@kabel-net.example>: host mx01.kabel-net.example[203.0.113.25]
    said: 550 5.1.1 <m.schneider@kabel-net.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--0000000000004c796ad1affb1d7d
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hello,</div><div><br></div><div>my old address m.schneider@kabel-net.example doesn't exist any more - I tried to forward your confirmation mail there and got the bounce below. Please update the email address on my customer account to this new one: markus.schneider@posteo-mail.example</div><div><br></div><div>Customer number 20418837. Thanks!</div><div><br></div><div>Markus</div><div><br></div><div>---------- Forwarded message ---------<br>From: Mail Delivery System &lt;MAILER-DAEMON@smtp.posteo-mail.example&gt;<br>Date: Wed, 5 Jun 2024 at 19:15<br>Subject: Undelivered Mail Returned to Sender<br>To: &lt;markus.schneider@posteo-mail.example&gt;</div><div><br></div><div><br>This is the mail system at host smtp.posteo-mail.example.</div><div><br></div><div>I'm sorry to have to inform you that your message could not<br>be delivered to one or more recipients. It's attached below.</div><div><br></div><div>For further assistance, please send mail to postmaster.</div><div><br></div><div>If you do so, please include this problem report. You can<br>delete your own text from the attached returned message.</div><div><br></div><div>                   The mail system</div><div><br></div><div>&lt;m.schneider@kabel-net.example&gt;: host mx01.kabel-net.example[203.0.113.25]<br>    said: 550 5.1.1 &lt;m.schneider@kabel-net.example&gt;: Recipient address<br>    rejected: User unknown in virtual mailbox table (in reply to RCPT TO<br>    command)</div></div>

--0000000000004c796ad1affb1d7d--
"""),
    ("nl", "person_reply_to_ooo_thread", "deletion", (), """Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2039.outbound.protection.outlook.com [40.107.8.138])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VNdCpHSWbkrqs
	for <privacy@shop.example.be>; Mon, 17 Jun 2024 10:41:29 +0200 (CEST)
From: Jan Peeters <jan.peeters@bouwgroep-vlaanderen.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Automatisch antwoord: Bevestig uw verzoek
Thread-Topic: Automatisch antwoord: Bevestig uw verzoek
Thread-Index: AQHauX20qfQylhV/saXTjOvaxHjQ6Q==
Date: Mon, 17 Jun 2024 08:41:29 +0000
Message-ID: <AM9PR04MB8190202D9EAB089D79D9C6ED57CB7EFC@AM9PR04MB8190.eurprd04.prod.outlook.com>
References: <172851565263.1294.74634@shop.example.be>
In-Reply-To: <172851565263.1294.74634@shop.example.be>
Accept-Language: nl-BE, en-US
Content-Language: nl-BE
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: AM9PR04MB8190:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AM9PR04MB81907660B450905AB39D103EDDF380DCeurp_"
MIME-Version: 1.0

--_000_AM9PR04MB81907660B450905AB39D103EDDF380DCeurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Goedemorgen,

Ik ben terug van vakantie, sorry voor het automatische antwoord hieronder. =
Ja, het verzoek komt van mij: verwijder nu mijn account en al mijn gegevens.

Met vriendelijke groeten,
Jan Peeters

________________________________
Van: Jan Peeters <jan.peeters@bouwgroep-vlaanderen.example>
Verzonden: dinsdag 4 juni 2024 10:17
Aan: privacy@shop.example.be <privacy@shop.example.be>
Onderwerp: Automatisch antwoord: Bevestig uw verzoek

Beste,

Ik ben afwezig van 3 tot en met 14 juni 2024 en heb geen toegang tot mijn m=
ailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij mijn collega An Claes (an.claes@bou=
wgroep-vlaanderen.example).
Vragen over gegevensbescherming kunt u richten aan dpo@bouwgroep-vlaanderen=
.example.

Met vriendelijke groeten,
Jan Peeters

--_000_AM9PR04MB81907660B450905AB39D103EDDF380DCeurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Goedemorgen,</div>
<div><br>
</div>
<div>Ik ben terug van vakantie, sorry voor het automatische antwoord hieron=
der. Ja, het verzoek komt van mij: verwijder nu mijn account en al mijn geg=
evens.</div>
<div><br>
</div>
<div>Met vriendelijke groeten,<br>
Jan Peeters</div>
<div><br>
</div>
<div>________________________________<br>
Van: Jan Peeters &lt;jan.peeters@bouwgroep-vlaanderen.example&gt;<br>
Verzonden: dinsdag 4 juni 2024 10:17<br>
Aan: privacy@shop.example.be &lt;privacy@shop.example.be&gt;<br>
Onderwerp: Automatisch antwoord: Bevestig uw verzoek</div>
<div><br>
</div>
<div>Beste,</div>
<div><br>
</div>
<div>Ik ben afwezig van 3 tot en met 14 juni 2024 en heb geen toegang tot m=
ijn mailbox. Uw bericht wordt niet doorgestuurd.</div>
<div><br>
</div>
<div>Voor dringende zaken kunt u terecht bij mijn collega An Claes (an.clae=
s@bouwgroep-vlaanderen.example).<br>
Vragen over gegevensbescherming kunt u richten aan dpo@bouwgroep-vlaanderen=
.example.</div>
<div><br>
</div>
<div>Met vriendelijke groeten,<br>
Jan Peeters</div>
</div>
</body>
</html>

--_000_AM9PR04MB81907660B450905AB39D103EDDF380DCeurp_--
"""),
    ("fr", "person_auto_reply_subject", "withdraw_consent", (), """Return-Path: <sylvie.renard@free-mail.example>
Received: from smtp.free-mail.example (smtp.free-mail.example [198.51.100.65])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4Vb7JVjMqG0LHq
	for <privacy@shop.example.be>; Mon,  8 Jul 2024 21:03:44 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Sylvie Renard <sylvie.renard@free-mail.example>
Mime-Version: 1.0 (1.0)
Subject: RE: =?utf-8?q?R=C3=A9ponse?= automatique : Votre commande
 SE-2024-118734
Date: Mon, 8 Jul 2024 21:03:44 +0200
Message-Id: <EB6E8B88-1ACD-FE90-B3FA-641C40306C29@free-mail.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (21G93)

Bonjour,

Je r=C3=A9ponds =C3=A0 votre r=C3=A9ponse automatique puisque personne ne l=
it mes messages au service client. Je ne veux plus recevoir vos newsletters=
 ni vos offres par e-mail et par SMS. Je retire mon consentement : merci de=
 me d=C3=A9sinscrire de toutes vos listes.

Sylvie Renard

Envoy=C3=A9 de mon iPhone

> Le 8 juil. 2024 =C3=A0 20:41, Shop Example <service@shop.example.be> a =
=C3=A9crit :
>
> Merci pour votre message. Ceci est une r=C3=A9ponse automatique : notre s=
ervice client vous r=C3=A9pondra dans les 48 heures ouvrables.
"""),
    ("en", "person_delivery_failure_complaint", "complaint", ("access",), """Return-Path: <rachel.hughes@hughes-family.example>
Received: from mail-sor-f63.google.com (mail-sor-f63.google.com [209.85.220.63])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VlSQR55mRFCch
	for <privacy@shop.example.be>; Tue, 30 Jul 2024 12:57:02 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=hughes-family.example; s=google; t=1722337022; x=1722941822; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=3/if3Pq0ZvKA1mQwp+pY9BFefhWtgZ1yUpfeSdOrAxo=;
        b=42Ssa5hN+qUBY7lYgDHKsfY0Xg5eGHTmqADU3JzSU6w=
         hET5wRTGSJndPyJFHmcviPU4oJItyqvOf3W6UrGcG+4=
MIME-Version: 1.0
From: Rachel Hughes <rachel.hughes@hughes-family.example>
Date: Tue, 30 Jul 2024 11:57:02 +0100
Message-ID: <CAe+VhmYi3JSmD9ogYHmslBLTdNeZmApFsRAGB-rh9Gk@mail.gmail.com>
Subject: Delivery failure? I never got my data copy
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000e7a44f6cf831ff73"

--000000000000e7a44f6cf831ff73
Content-Type: text/plain; charset="UTF-8"

Hello,

On 14 June I asked for a copy of all the personal data you hold about me. Your website said I would receive it by email, but nothing ever arrived - was there a delivery failure on your side? I checked my spam folder.

This is my second request. The one-month deadline under the GDPR has now passed, and I find it unacceptable that I had no reply at all. If I don't get my data within 7 days I will file a complaint with the data protection authority.

Please send the copy of my data to this address.

Rachel Hughes
Customer number 20977301

--000000000000e7a44f6cf831ff73
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hello,</div><div><br></div><div>On 14 June I asked for a copy of all the personal data you hold about me. Your website said I would receive it by email, but nothing ever arrived - was there a delivery failure on your side? I checked my spam folder.</div><div><br></div><div>This is my second request. The one-month deadline under the GDPR has now passed, and I find it unacceptable that I had no reply at all. If I don't get my data within 7 days I will file a complaint with the data protection authority.</div><div><br></div><div>Please send the copy of my data to this address.</div><div><br></div><div>Rachel Hughes<br>Customer number 20977301</div></div>

--000000000000e7a44f6cf831ff73--
"""),
    ("de", "person_quotes_bounce", "access", (), """Return-Path: <monika.fischer@fischer-online.example>
Received: from smtp.fischer-online.example (smtp.fischer-online.example [198.51.100.222])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V0vWXz29rMDRP
	for <privacy@shop.example.be>; Fri,  2 Aug 2024 16:20:31 +0200 (CEST)
Message-ID: <c07e54fd-1439-cd7e-6f2d-8d94116dde8e@fischer-online.example>
Date: Fri, 2 Aug 2024 16:20:31 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
To: privacy@shop.example.be
From: Monika Fischer <monika.fischer@fischer-online.example>
Subject: Auskunft nach Art. 15 DSGVO (zweiter Versuch)
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Guten Tag,

meine erste E-Mail an Sie kam mit der unten stehenden Fehlermeldung
zurück (ich hatte mich in der Adresse vertippt). Deshalb noch einmal:

Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich
gespeichert haben, zu welchem Zweck und an wen sie weitergegeben wurden
(Auskunft nach Art. 15 DSGVO). Mein Kundenkonto läuft auf diese
E-Mail-Adresse.

Mit freundlichen Grüßen
Monika Fischer


-------- Weitergeleitete Nachricht --------
Betreff: Undelivered Mail Returned to Sender
Datum: Fri,  2 Aug 2024 16:05:12 +0200 (CEST)
Von: Mail Delivery System <MAILER-DAEMON@smtp.fischer-online.example>
An: monika.fischer@fischer-online.example

This is the mail system at host smtp.fischer-online.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                    The mail system

<privacy@shop-example.be>: Host or domain name not found. Name service
     error for name=shop-example.be type=A: Host not found

Reporting-MTA: dns; smtp.fischer-online.example
X-Postfix-Queue-ID: 4WbK2x1Qp7z9sVm
X-Postfix-Sender: rfc822; monika.fischer@fischer-online.example
Arrival-Date: Fri,  2 Aug 2024 16:05:11 +0200 (CEST)

Final-Recipient: rfc822; privacy@shop-example.be
Original-Recipient: rfc822;privacy@shop-example.be
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service
     error for name=shop-example.be type=A: Host not found

Subject: Auskunftsersuchen
From: Monika Fischer <monika.fischer@fischer-online.example>
To: privacy@shop-example.be
Date: Fri, 2 Aug 2024 16:05:10 +0200

Guten Tag, bitte geben Sie mir Auskunft über meine bei Ihnen
gespeicherten Daten. Monika Fischer
"""),
    ("en", "person_reply_to_ooo_thread", "deletion", (), """Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2014.outbound.protection.outlook.com [40.107.8.24])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VKfv0l4lsFm8C
	for <privacy@shop.example.be>; Mon, 17 Jun 2024 11:05:40 +0200 (CEST)
From: Sarah Whitfield <s.whitfield@northwind-logistics.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: Automatic reply: Confirm your request
Thread-Topic: Automatic reply: Confirm your request
Thread-Index: AQHaxDKDZ2DjGbDwSRwJqcaLvCqCJQ==
Date: Mon, 17 Jun 2024 09:05:40 +0000
Message-ID: <AM9PR01MB7265B9672503A56DB3DAA263EA19C0EE@AM9PR01MB7265.eurprd01.prod.exchangelabs.com>
References: <172834264751.1264.56056@shop.example.be>
In-Reply-To: <172834264751.1264.56056@shop.example.be>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: AM9PR01MB7265:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_AM9PR01MB72650478C89A150FF83EA31180128272eurp_"
MIME-Version: 1.0

--_000_AM9PR01MB72650478C89A150FF83EA31180128272eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello,

Sorry, that was my out-of-office. Yes, I confirm the request is mine: pleas=
e delete my account and everything you hold about me.

Kind regards,
Sarah Whitfield

________________________________
From: Sarah Whitfield <s.whitfield@northwind-logistics.example>
Sent: 04 June 2024 09:15
To: privacy@shop.example.be <privacy@shop.example.be>
Subject: Automatic reply: Confirm your request

Thank you for your email. I am out of the office from 3 June until 14 June =
2024 with limited access to email.

Your request will be handled after my return.

--_000_AM9PR01MB72650478C89A150FF83EA31180128272eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Hello,</div>
<div><br>
</div>
<div>Sorry, that was my out-of-office. Yes, I confirm the request is mine: =
please delete my account and everything you hold about me.</div>
<div><br>
</div>
<div>Kind regards,<br>
Sarah Whitfield</div>
<div><br>
</div>
<div>________________________________<br>
From: Sarah Whitfield &lt;s.whitfield@northwind-logistics.example&gt;<br>
Sent: 04 June 2024 09:15<br>
To: privacy@shop.example.be &lt;privacy@shop.example.be&gt;<br>
Subject: Automatic reply: Confirm your request</div>
<div><br>
</div>
<div>Thank you for your email. I am out of the office from 3 June until 14 =
June 2024 with limited access to email.</div>
<div><br>
</div>
<div>Your request will be handled after my return.</div>
</div>
</body>
</html>

--_000_AM9PR01MB72650478C89A150FF83EA31180128272eurp_--
"""),
    ("es", "person_auto_reply_subject", "objection", (), """Return-Path: <lucia.fernandez@grupo-iberica.example>
Received: from mail-sor-f53.google.com (mail-sor-f53.google.com [209.85.220.53])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V6fWMvvTgRfX5
	for <privacy@shop.example.be>; Tue, 16 Jul 2024 10:12:09 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=grupo-iberica.example; s=google; t=1721117529; x=1721722329; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=Obs9jVzj3joZDFmFndyAnzfcFRbhiFr/kuNmyQ7HEyo=;
        b=ZR7WTdGUVDnR7phB5+hTjDvRgJtghEc6kyR+1HA0PSw=
         LftRLRS0pNVZxTX+iovuCERWv5iYvtkDyDKiNCBUBRw=
MIME-Version: 1.0
References: <174771896580.7035.63281@shop.example.be>
In-Reply-To: <174771896580.7035.63281@shop.example.be>
From: =?utf-8?q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia.fernandez@grupo-iberica.example>
Date: Tue, 16 Jul 2024 10:12:09 +0200
Message-ID: <CAmG42eJ0PkXy6W3oNJmzSwbAA9jm6UCtH_IpsHZk5rr@mail.gmail.com>
Subject: Re: Respuesta =?utf-8?q?autom=C3=A1tica=3A?= Confirme su solicitud
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000aaec718862235c37"

--000000000000aaec718862235c37
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buenos d=C3=ADas:

Ya he vuelto de vacaciones; disculpen la respuesta autom=C3=A1tica anterior.

No quiero que borren mi cuenta, pero me opongo al tratamiento de mis datos =
con fines de marketing y a la elaboraci=C3=B3n de perfiles a partir de mis =
compras. Les ruego que dejen de hacerlo.

Un saludo,
Luc=C3=ADa Fern=C3=A1ndez

--000000000000aaec718862235c37
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Buenos d=C3=ADas:</div><div><br></div><div>Ya he vuel=
to de vacaciones; disculpen la respuesta autom=C3=A1tica anterior.</div><di=
v><br></div><div>No quiero que borren mi cuenta, pero me opongo al tratamie=
nto de mis datos con fines de marketing y a la elaboraci=C3=B3n de perfiles=
 a partir de mis compras. Les ruego que dejen de hacerlo.</div><div><br></d=
iv><div>Un saludo,<br>Luc=C3=ADa Fern=C3=A1ndez</div></div>

--000000000000aaec718862235c37--
"""),
    ("en", "person_dsn_subject", "portability", (), """Return-Path: <dan.fletcher.home@fletchers.example>
Received: from mail-sor-f53.google.com (mail-sor-f53.google.com [209.85.220.53])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VB0JqTSK1ZgrK
	for <privacy@shop.example.be>; Wed, 21 Aug 2024 21:33:15 +0200 (CEST)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed;
        d=fletchers.example; s=google; t=1724268795; x=1724873595; darn=shop.example.be;
        h=to:subject:message-id:date:from:in-reply-to:references
         :mime-version:from:to:cc:subject:date:message-id:reply-to;
        bh=5zdo2NFlPpW7P48hvfxxLxkmmPhCWyS64tpCLjxaiAs=;
        b=urQRDH2XGn6RT09lIAkUivDuyDOghE0wHQHv/YYCt30=
         EmSw3q4Bx0vNwsL0DotjNyOANZolK3FZwAb61CbOue4=
MIME-Version: 1.0
From: Daniel Fletcher <dan.fletcher.home@fletchers.example>
Date: Wed, 21 Aug 2024 20:33:15 +0100
Message-ID: <CAsfn47HkpsajCDsI+nzn2Po4G0vcJ7lnGvL3+57mpyk@mail.gmail.com>
Subject: Re: Delivery Status Notification (Failure)
To: privacy@shop.example.be
Content-Type: multipart/alternative; boundary="000000000000c6b5a07dcc266e8d"

--000000000000c6b5a07dcc266e8d
Content-Type: text/plain; charset="UTF-8"

Hi,

A colleague forwarded me a "Delivery Status Notification (Failure)" for your mail to my old work address d.fletcher@harlow-freight.example - I left that company in May, so that mailbox is gone.

I still want the export I asked for: please send all the data I gave you (orders, addresses, wishlist) in a machine-readable format, CSV or JSON, so I can move it to another shop. Send it to this address instead.

Thanks,
Dan Fletcher

--000000000000c6b5a07dcc266e8d
Content-Type: text/html; charset="UTF-8"

<div dir="ltr"><div>Hi,</div><div><br></div><div>A colleague forwarded me a "Delivery Status Notification (Failure)" for your mail to my old work address d.fletcher@harlow-freight.example - I left that company in May, so that mailbox is gone.</div><div><br></div><div>I still want the export I asked for: please send all the data I gave you (orders, addresses, wishlist) in a machine-readable format, CSV or JSON, so I can move it to another shop. Send it to this address instead.</div><div><br></div><div>Thanks,<br>Dan Fletcher</div></div>

--000000000000c6b5a07dcc266e8d--
"""),
    ("it", "person_mentions_bounce", "restriction", (), """Return-Path: <francesca.colombo@colombo-famiglia.example>
Received: from smtp.colombo-famiglia.example (smtp.colombo-famiglia.example [198.51.100.38])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V0c1WHLSv5s9B
	for <privacy@shop.example.be>; Tue,  6 Aug 2024 09:48:51 +0200 (CEST)
Message-ID: <d0eebbbe-6de9-4e83-b2b5-15433242fb09@colombo-famiglia.example>
Date: Tue, 6 Aug 2024 09:48:51 +0200
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: it-IT
To: privacy@shop.example.be
From: Francesca Colombo <francesca.colombo@colombo-famiglia.example>
Subject: Mail delivery failed: dati errati nel mio profilo
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 8bit

Buongiorno,

ho ricevuto un messaggio automatico "Mail delivery failed: returning message
to sender" quando ho provato a scrivere al vostro servizio clienti, quindi
vi scrivo qui.

Nel mio profilo risultano un indirizzo e una data di nascita sbagliati.
Finché non avrete verificato e corretto questi dati, vi chiedo di limitarne
il trattamento: non usateli per spedizioni, fatturazione o marketing.

Distinti saluti,
Francesca Colombo
"""),
    ("pl", "person_reply_to_ooo_thread", "other", (), """Received: from EUR04-VI1-obe.outbound.protection.outlook.com (mail-vi1eur04on2085.outbound.protection.outlook.com [40.107.8.184])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4V58FRl4VmJy7L
	for <privacy@shop.example.be>; Mon,  1 Jul 2024 09:55:20 +0200 (CEST)
From: Katarzyna Nowak <k.nowak@budpol.example>
To: "privacy@shop.example.be" <privacy@shop.example.be>
Subject: RE: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Potwierd=C5=BA_swoje_?=
 =?utf-8?b?xbzEhWRhbmll?=
Thread-Topic: =?utf-8?q?Odpowied=C5=BA_automatyczna=3A_Potwierd=C5=BA_swoje_?=
 =?utf-8?b?xbzEhWRhbmll?=
Thread-Index: AQHaZ2myvRY4kqWHORpKKkFpwjIBdA==
Date: Mon, 1 Jul 2024 07:55:20 +0000
Message-ID: <VI1PR09MB40718C1FD9EAFF3FAF34398A92C003D0@VI1PR09MB4071.eurprd09.prod.outlook.com>
References: <175399668324.6013.49026@shop.example.be>
In-Reply-To: <175399668324.6013.49026@shop.example.be>
Accept-Language: pl-PL, en-US
Content-Language: pl-PL
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
msip_labels:
x-ms-publictraffictype: Email
x-ms-traffictypediagnostic: VI1PR09MB4071:EE_|DB9PR01MB7400:EE_
Content-Type: multipart/alternative;
	boundary="_000_VI1PR09MB4071A4D0F420B78DD65808ED9072E73Ceurp_"
MIME-Version: 1.0

--_000_VI1PR09MB4071A4D0F420B78DD65808ED9072E73Ceurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dzie=C5=84 dobry,

poprzednia wiadomo=C5=9B=C4=87 by=C5=82a moj=C4=85 automatyczn=C4=85 odpowi=
edzi=C4=85 z urlopu. Nie sk=C5=82ada=C5=82am u Pa=C5=84stwa =C5=BCadnego =
=C5=BC=C4=85dania i nie mam chyba nawet konta w Pa=C5=84stwa sklepie. Sk=C4=
=85d macie m=C3=B3j adres e-mail i kto z=C5=82o=C5=BCy=C5=82 to =C5=BC=C4=
=85danie?

Pozdrawiam
Katarzyna Nowak

--_000_VI1PR09MB4071A4D0F420B78DD65808ED9072E73Ceurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html>
<head>
<meta http-equiv=3D"Content-Type" content=3D"text/html; charset=3Dutf-8">
<style type=3D"text/css" style=3D"display:none;"> P {margin-top:0;margin-bo=
ttom:0;} </style>
</head>
<body dir=3D"ltr">
<div style=3D"font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, =
Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<div>Dzie=C5=84 dobry,</div>
<div><br>
</div>
<div>poprzednia wiadomo=C5=9B=C4=87 by=C5=82a moj=C4=85 automatyczn=C4=85 o=
dpowiedzi=C4=85 z urlopu. Nie sk=C5=82ada=C5=82am u Pa=C5=84stwa =C5=BCadne=
go =C5=BC=C4=85dania i nie mam chyba nawet konta w Pa=C5=84stwa sklepie. Sk=
=C4=85d macie m=C3=B3j adres e-mail i kto z=C5=82o=C5=BCy=C5=82 to =C5=BC=
=C4=85danie?</div>
<div><br>
</div>
<div>Pozdrawiam<br>
Katarzyna Nowak</div>
</div>
</body>
</html>

--_000_VI1PR09MB4071A4D0F420B78DD65808ED9072E73Ceurp_--
"""),
    ("nl", "person_fwd_bounce", "correction", (), """Return-Path: <koen.janssens@janssens-transport.example>
Received: from smtp.janssens-transport.example (smtp.janssens-transport.example [198.51.100.64])
	by mx1.shop.example.be (Postfix) with ESMTPS id 4VdKs0Z6spMW2s
	for <privacy@shop.example.be>; Tue,  2 Jul 2024 12:30:00 +0200 (CEST)
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Koen Janssens <koen.janssens@janssens-transport.example>
Mime-Version: 1.0 (1.0)
Subject: Fwd: Onbestelbaar: Bevestig uw verzoek
Date: Tue, 2 Jul 2024 12:30:00 +0200
Message-Id: <EA1C5BD1-BB8D-1997-D50A-ECE23840E5DD@janssens-transport.example>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (21G93)

Goedemiddag,

Onze IT-dienst stuurde mij onderstaande foutmelding door. Jullie hebben mij=
n e-mailadres verkeerd opgeslagen (koen.jansens@ met =C3=A9=C3=A9n s). Geli=
eve het in mijn klantprofiel te corrigeren naar koen.janssens@janssens-tran=
sport.example.

Groeten,
Koen Janssens

Verstuurd vanaf mijn iPhone

Begin doorgestuurd bericht:

> Van: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e=
@janssens-transport.example>
> Datum: 1 juli 2024 om 11:03:55 CEST
> Aan: privacy@shop.example.be
> Onderwerp: Onbestelbaar: Bevestig uw verzoek
>
> De bezorging is mislukt voor de volgende ontvangers of groepen:
>
> koen.jansens@janssens-transport.example
> Het opgegeven e-mailadres is niet gevonden. Controleer het e-mailadres va=
n de ontvanger en probeer het bericht opnieuw te verzenden. Neem contact op=
 met uw helpdesk als het probleem zich blijft voordoen.
>
> Diagnostische gegevens voor beheerders:
>
> Genererende server: EXCH2019.janssens-transport.local
>
> koen.jansens@janssens-transport.example
> #550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##
"""),
]

"""Twenty-seventh set, robots that read like people and people that read like robots (14 languages). Written apart from the code."""

ROBOTS = [
    ('en', 'sole-trader-autoresponder-noheaders', 'automated', (),
'''Return-Path: <dave@hollisplumbing.co.uk>
Received: from server214.web-hosting.com (server214.web-hosting.com [198.54.116.35])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Rk2bW1mZ9z3wQ
	for <privacy@shop.example.be>; Tue, 3 Nov 2026 10:14:52 +0100 (CET)
Date: Tue, 3 Nov 2026 09:14:51 +0000
From: Dave Hollis <dave@hollisplumbing.co.uk>
To: privacy@shop.example.be
Subject: Re: Your privacy request: please confirm it's you [REQ-48213]
Message-ID: <1762161291.8841@server214.web-hosting.com>
In-Reply-To: <req-48213.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hi there,

Thanks for your email! I'm most likely under someone's floorboards or
up a loft right now, so I can't answer straight away.

I go through my emails every evening after 7 and I'll ring or write
back then. If it's an emergency (burst pipe, no heating, leak through
the ceiling) please call me on 07700 900412 - don't email!

Cheers,
Dave
Hollis Plumbing & Heating - Gas Safe reg. 559182

-----Original Message-----
From: Privacy team - shop.example.be <privacy@shop.example.be>
Sent: 03 November 2026 10:14
To: dave@hollisplumbing.co.uk
Subject: Your privacy request: please confirm it's you [REQ-48213]

Hello,

We received a request concerning your personal data at shop.example.be
(reference REQ-48213). To protect your data, we first need to make sure
the request really comes from you.

Please confirm by replying to this e-mail within 14 days.

If you did not send this request, you can ignore this message.

Kind regards,
Privacy team - shop.example.be
'''),

    ('en', 'cpanel-autoresponder-freelancer', 'automated', (),
'''Return-Path: <>
Received: from box5121.bluehost.com ([162.241.24.77]:41622)
	by mx.shop.example.be with esmtps (TLS1.3) id 1vQx2N-0007aH-Bc
	for privacy@shop.example.be; Wed, 04 Nov 2026 16:02:09 +0100
Date: Wed, 4 Nov 2026 15:02:08 +0000
From: Priya Raman <hello@priyaraman-studio.co.uk>
To: privacy@shop.example.be
Subject: Re: Your privacy request: please confirm it's you [REQ-48377]
Message-ID: <E1vQx2N-0007aH-9Q@box5121.bluehost.com>
X-Autorespond: Re: Your privacy request: please confirm it's you [REQ-48377]
Precedence: auto_reply
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hello! =F0=9F=91=8B

To keep my head clear for actual drawing, I only read email on Mondays.
Your message has landed safely and I'll read it next Monday morning
with a big pot of coffee =E2=98=95.

If it's about a commission that can't wait, you can text me on
+44 7700 900 118 (texts only, I don't pick up unknown numbers).

Have a lovely week,
Priya
Priya Raman Illustration & Lettering
www.priyaraman-studio.co.uk
'''),

    ('en', 'exchange-ooo-teacher-trip', 'automated', (),
'''Received: from LO2P265MB5094.GBRP265.PROD.OUTLOOK.COM (2603:10a6:600:2d9::8) by
 LO0P265MB6542.GBRP265.PROD.OUTLOOK.COM with HTTPS; Mon, 9 Nov 2026 08:31:40 +0000
From: Kemi Adeyemi <k.adeyemi@stjudes-academy.org.uk>
To: "Shop.example.be" <privacy@shop.example.be>
Subject: Automatic reply: Your questions about your personal data [REQ-48502]
Thread-Topic: Your questions about your personal data [REQ-48502]
Thread-Index: AQHdTg2vXr0g3m8sP0O7b3l8bV4l0Q==
Date: Mon, 9 Nov 2026 08:31:39 +0000
Message-ID: <2b4f6c3e1a9d4b21a5c1e0f7d3b8a6e2@LO2P265MB5094.GBRP265.PROD.OUTLOOK.COM>
In-Reply-To: <req-48502.answer@shop.example.be>
References: <req-48502.answer@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach: 
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: k.adeyemi@stjudes-academy.org.uk
X-MS-TNEF-Correlator: 
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_2b4f6c3e1a9d4b21a5c1e0f7d3b8a6e2LO2P265MB5094GBRP_"

--_000_2b4f6c3e1a9d4b21a5c1e0f7d3b8a6e2LO2P265MB5094GBRP_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi!

I'm currently knee-deep in mud with 58 Year 9 students on our residential
trip in the Brecon Beacons =F0=9F=A5=BE=F0=9F=8C=A7=EF=B8=8F and back in sc=
hool on Monday 16 November.

I won't be checking emails while I'm away (there's no signal in the
bunkhouse anyway, which the students are thrilled about).

For anything urgent please contact the school office on 01632 960 447
or office@stjudes-academy.org.uk.

Mrs K. Adeyemi
Head of Geography
St Jude's Academy

--_000_2b4f6c3e1a9d4b21a5c1e0f7d3b8a6e2LO2P265MB5094GBRP_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Hi!</p>
<p>I'm currently knee-deep in mud with 58 Year 9 students on our residentia=
l<br>
trip in the Brecon Beacons =F0=9F=A5=BE=F0=9F=8C=A7=EF=B8=8F and back in sc=
hool on Monday 16 November.</p>
<p>I won't be checking emails while I'm away (there's no signal in the<br>
bunkhouse anyway, which the students are thrilled about).</p>
<p>For anything urgent please contact the school office on 01632 960 447<br>
or office@stjudes-academy.org.uk.</p>
<p>Mrs K. Adeyemi<br>
Head of Geography<br>
St Jude's Academy</p>
</body></html>

--_000_2b4f6c3e1a9d4b21a5c1e0f7d3b8a6e2LO2P265MB5094GBRP_--
'''),

    ('en', 'one-com-dead-mailbox-newsletter', 'automated', (),
'''Return-Path: <jen@okafor-family.uk>
Received: from mailrelay3-1.pub.mailoutpod2-cph3.one.com (mailrelay3-1.pub.mailoutpod2-cph3.one.com [46.30.212.2])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkFv21J8Lz1xK
	for <privacy@shop.example.be>; Thu, 12 Nov 2026 07:05:33 +0100 (CET)
Date: Thu, 12 Nov 2026 06:05:31 +0000
From: Jen Okafor <jen@okafor-family.uk>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Black_Friday_starts_early=3A_30=25_off_all_raised_beds_=F0=9F=8C=B1?=
Message-ID: <a8c1e2f0-5b3d-11f1-9a4e-d0b3c2e1f055@okafor-family.uk>
In-Reply-To: <nl-2026-46.8812034@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hi,

I don't use this address any more and nobody reads this inbox.
Please write to me at jen.okafor@proton.me from now on and update
your address book.

Thanks!
Jen
'''),

    ('nl', 'plesk-autoresponder-salon', 'automated', (),
'''Return-Path: <>
Received: from vps-4471.plesk-host.be (vps-4471.plesk-host.be [185.47.129.61])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkJx70PZSz2yN
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 11:40:02 +0100 (CET)
Date: Fri, 13 Nov 2026 11:40:01 +0100
From: Kapsalon Lien <info@kapsalon-lien.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Najaarsdeals_in_huis_en_tuin=3A_tot_-40=25_=F0=9F=8D=82?=
Message-ID: <20261113104001.3F1C2A0815@vps-4471.plesk-host.be>
X-Mailer: Plesk autoresponder
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo!

Bedankt voor je mailtje =F0=9F=92=87=E2=80=8D=E2=99=80=EF=B8=8F
We staan de hele dag in het salon en lezen onze mails pas 's avonds.
We antwoorden je zo snel mogelijk, meestal nog dezelfde dag.

Een afspraak maken gaat het snelst via 09 233 71 40 of online via
www.kapsalon-lien.be/boeken

Tot gauw!
Lien & team
Kapsalon Lien - Kortrijksesteenweg 812, Sint-Martens-Latem
'''),

    ('nl', 'exchange-ooo-ouderschapsverlof', 'automated', (),
'''From: Bram Verstraete <bram.verstraete@vandamme-bouw.be>
To: "Privacy shop.example.be" <privacy@shop.example.be>
Subject: Automatisch antwoord: Uw privacyverzoek: bevestig dat u het bent [REQ-48290]
Thread-Topic: Uw privacyverzoek: bevestig dat u het bent [REQ-48290]
Thread-Index: AQHdT1x0m3qkqfR9ZkG2n3fhm7qHQg==
Date: Thu, 5 Nov 2026 14:22:07 +0100
Message-ID: <9f1e0a77c35a4f3e8d2b6c4a1e5f7d90@AM9PR02MB7421.eurprd02.prod.outlook.com>
In-Reply-To: <req-48290.verify@shop.example.be>
References: <req-48290.verify@shop.example.be>
Auto-Submitted: auto-generated
X-MS-Has-Attach: 
X-Auto-Response-Suppress: All
X-MS-TNEF-Correlator: 
Content-Language: nl-BE
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_9f1e0a77c35a4f3e8d2b6c4a1e5f7d90AM9PR02MB7421eurp_"

--_000_9f1e0a77c35a4f3e8d2b6c4a1e5f7d90AM9PR02MB7421eurp_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dag,

Ik ben met ouderschapsverlof tot en met 8 januari 2027 =F0=9F=91=B6=F0=9F=
=8D=BC en lees mijn mails in die periode niet.
Je mail wordt niet automatisch doorgestuurd.

Voor dossiers van de dienst aankoop kan je terecht bij mijn collega An Peet=
ers (an.peeters@vandamme-bouw.be, 03 450 12 87).

Tot in het nieuwe jaar!
Bram Verstraete

--_000_9f1e0a77c35a4f3e8d2b6c4a1e5f7d90AM9PR02MB7421eurp_
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Dag,</p>
<p>Ik ben met ouderschapsverlof tot en met 8 januari 2027 =F0=9F=91=B6=F0=
=9F=8D=BC en lees mijn mails in die periode niet.<br>
Je mail wordt niet automatisch doorgestuurd.</p>
<p>Voor dossiers van de dienst aankoop kan je terecht bij mijn collega An P=
eeters (an.peeters@vandamme-bouw.be, 03 450 12 87).</p>
<p>Tot in het nieuwe jaar!<br>
Bram Verstraete</p>
</body></html>

--_000_9f1e0a77c35a4f3e8d2b6c4a1e5f7d90AM9PR02MB7421eurp_--
'''),

    ('nl', 'gemeente-ontvangstbevestiging', 'automated', (),
'''Date: Fri, 6 Nov 2026 09:12:40 +0100
From: Gemeente Zwijndrecht - Onthaal <info@zwijndrecht.example.be>
To: privacy@shop.example.be
Subject: Re: Uw privacyverzoek: bevestig dat u het bent [REQ-48290]
Message-ID: <ack.20261106091240.55120@zwijndrecht.example.be>
In-Reply-To: <req-48290.verify@shop.example.be>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Geachte,

Wij hebben uw e-mail goed ontvangen. Alvast bedankt voor uw bericht
aan het gemeentebestuur van Zwijndrecht.

Uw bericht wordt doorgegeven aan de bevoegde dienst. U krijgt binnen
de 10 werkdagen een antwoord. Voor dringende vragen kan u tijdens de
openingsuren terecht bij het onthaal: 03 253 79 00.

Met vriendelijke groeten,
Het onthaalteam
Gemeente Zwijndrecht

Op 6 nov. 2026 om 09:12 schreef privacy@shop.example.be:
> Beste klant,
>
> Wij ontvingen een verzoek over uw persoonsgegevens bij shop.example.be
> (referentie REQ-48290). Om uw gegevens te beschermen, willen we eerst
> zeker zijn dat het verzoek echt van u komt.
>
> Bevestig dit door binnen 14 dagen op deze e-mail te antwoorden.
>
> Heeft u dit verzoek niet verstuurd? Dan mag u dit bericht negeren.
>
> Met vriendelijke groeten,
> Het privacyteam van shop.example.be
'''),

    ('nl', 'skynet-oud-adres-melding', 'automated', (),
'''Return-Path: <mieke.claes@skynet.be>
Date: Mon, 16 Nov 2026 10:03:55 +0100
From: Mieke Claes <mieke.claes@skynet.be>
To: privacy@shop.example.be
Subject: Re: Uw kopie van uw persoonsgegevens [REQ-47980]
Message-ID: <1573520133.118842.1763283835@webmail.proximus.be>
In-Reply-To: <req-47980.answer@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hallo,

Dit e-mailadres wordt niet meer gelezen!
Mijn nieuw adres is: mieke.claes@telenet.be

Pas het a.u.b. aan in je adresboek. Bedankt en tot schrijfs.
Mieke

----- Oorspronkelijk bericht -----
Van: privacy@shop.example.be
Aan: mieke.claes@skynet.be
Verzonden: maandag 16 november 2026 10:03
Onderwerp: Uw kopie van uw persoonsgegevens [REQ-47980]

Beste mevrouw Claes,

In bijlage vindt u een kopie van de persoonsgegevens die wij over u
bewaren, zoals u vroeg op 21 oktober (referentie REQ-47980).

Met vriendelijke groeten,
Het privacyteam van shop.example.be
'''),

    ('fr', 'ovh-repondeur-artisan', 'automated', (),
'''Return-Path: <contact@morel-electricite.fr>
Received: from mo552.mail-out.ovh.net (mo552.mail-out.ovh.net [178.32.228.2])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkM0c2Hnbz3vT
	for <privacy@shop.example.be>; Tue, 10 Nov 2026 13:47:18 +0100 (CET)
Date: Tue, 10 Nov 2026 13:47:16 +0100
From: Julien Morel <contact@morel-electricite.fr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Votre_demande_relative_=C3=A0_vos_donn=C3=A9es_=3A_merci_de_confirmer_=5BREQ-48411=5D?=
Message-ID: <responder.1762778836.21044@mx4.mail.ovh.net>
In-Reply-To: <req-48411.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bonjour,

Merci pour votre message.
Je suis en intervention chez un client toute la journ=E9e et je ne peux
pas lire mes mails. Je vous rappelle ce soir ou demain matin au plus
tard.

Pour une urgence (panne de courant, disjoncteur qui saute) :
06 12 48 77 30.

Bonne journ=E9e,
Julien Morel
Morel =C9lectricit=E9 - D=E9pannage et installation - Lille et environs
'''),

    ('fr', 'ecole-accuse-reception', 'automated', (),
'''Date: Tue, 10 Nov 2026 13:46:58 +0100
From: =?iso-8859-1?q?Secr=E9tariat_=C9cole_de_Jambes?= <secretariat@ecole-jambes.example.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Votre_demande_relative_=C3=A0_vos_donn=C3=A9es_=3A_merci_de_confirmer_=5BREQ-48411=5D?=
Message-ID: <20261110124658.Horde.Jx1vTqKk2mN0c3rA8Q1Lw@webmail.ecole-jambes.example.be>
In-Reply-To: <req-48411.verify@shop.example.be>
User-Agent: Horde Application Framework 5
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"; format=flowed
Content-Transfer-Encoding: quoted-printable

Bonjour,

Nous accusons bonne r=C3=A9ception de votre message.
Le secr=C3=A9tariat de l'=C3=A9cole est ouvert du lundi au vendredi de 8h =
=C3=A0 12h
et de 13h =C3=A0 16h (ferm=C3=A9 le mercredi apr=C3=A8s-midi). Nous vous r=
=C3=A9pondrons
dans les meilleurs d=C3=A9lais.

Pour signaler l'absence d'un enfant, merci de t=C3=A9l=C3=A9phoner avant 8h=
30
au 081 22 46 90.

Le secr=C3=A9tariat
=C3=89cole fondamentale communale de Jambes

-------- Message d'origine --------
De : privacy@shop.example.be
Date : 10/11/2026 13:46
=C3=80 : secretariat@ecole-jambes.example.be
Objet : Votre demande relative =C3=A0 vos donn=C3=A9es : merci de confirmer=
 [REQ-48411]

Bonjour,

Nous avons re=C3=A7u une demande concernant vos donn=C3=A9es personnelles c=
hez
shop.example.be (r=C3=A9f=C3=A9rence REQ-48411). Afin de prot=C3=A9ger vos =
donn=C3=A9es,
nous devons d'abord v=C3=A9rifier que cette demande vient bien de vous.

Merci de confirmer en r=C3=A9pondant =C3=A0 ce courriel dans les 14 jours.

Si vous n'=C3=AAtes pas =C3=A0 l'origine de cette demande, ignorez ce messa=
ge.

Cordialement,
L'=C3=A9quipe vie priv=C3=A9e de shop.example.be
'''),

    ('fr', 'sieve-vacation-association', 'automated', (),
'''Return-Path: <>
Date: Wed, 18 Nov 2026 07:30:02 +0100
From: =?utf-8?q?Les_Jardins_Partag=C3=A9s_du_Chant_d=27Oiseau?= <contact@jardins-chantdoiseau.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Auto=3A_Les_bulbes_de_printemps_sont_arriv=C3=A9s_=F0=9F=8C=B7_-20=25_ce_week-end?=
Message-ID: <dovecot-sieve-1763447402-480221-0@webmail.gandi.net>
In-Reply-To: <nl-2026-47.9931520@news.shop.example.be>
References: <nl-2026-47.9931520@news.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Bonjour et merci pour votre message ! =F0=9F=8C=BB

Notre bo=C3=AEte mail est tenue par des b=C3=A9n=C3=A9voles qui la consulte=
nt
une =C3=A0 deux fois par semaine. Nous vous r=C3=A9pondrons d=C3=A8s que po=
ssible,
en g=C3=A9n=C3=A9ral sous 8 jours.

- Inscriptions au potager collectif : formulaire sur notre site
- Bourse aux graines : chaque 1er samedi du mois =C3=A0 la Maison de quarti=
er

Belle journ=C3=A9e,
L'=C3=A9quipe des Jardins Partag=C3=A9s du Chant d'Oiseau
'''),

    ('de', 'strato-autoresponder-hofladen', 'automated', (),
'''Return-Path: <info@hof-brinkmann.de>
Received: from mo4-p00-ob.smtp.rzone.de (mo4-p00-ob.smtp.rzone.de [81.169.146.160])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkQ1d5m3Xz2wR
	for <privacy@shop.example.be>; Sat, 14 Nov 2026 08:15:40 +0100 (CET)
Date: Sat, 14 Nov 2026 08:15:38 +0100
From: Hof Brinkmann <info@hof-brinkmann.de>
To: privacy@shop.example.be
Subject: Re: Winterfest im Garten: Lichterketten & Feuerschalen
Message-ID: <autoresp.1763104538.66120@smtp.strato.de>
In-Reply-To: <nl-2026-46.7712090@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-15"
Content-Transfer-Encoding: quoted-printable

Hallo und danke f=FCr deine Nachricht!

Wir sind gerade drau=DFen auf dem Feld bzw. im Hofladen und schauen
nur abends in die Mails. Wir melden uns so schnell es geht.

=D6ffnungszeiten Hofladen: Di-Fr 9-18 Uhr, Sa 8-13 Uhr
Bestellungen f=FCr Gem=FCsekisten bitte bis Sonntagabend =FCber
www.hof-brinkmann.de/kiste

Liebe Gr=FC=DFe vom Hof
Anke & Jens Brinkmann
'''),

    ('de', 'gmx-abwesenheit-elternzeit', 'automated', (),
'''Return-Path: <>
Received: from mout.gmx.net (mout.gmx.net [212.227.15.15])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkR2f0xVvz1qP
	for <privacy@shop.example.be>; Thu, 19 Nov 2026 15:20:11 +0100 (CET)
Date: Thu, 19 Nov 2026 15:20:10 +0100
From: Sabine Kretschmer <s.kretschmer@gmx.de>
To: privacy@shop.example.be
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Re=3A_Ihre_Datenschutzanfrage=3A_Bitte_best=C3=A4tigen_Sie_=5BREQ-48455=5D?=
Message-ID: <trinity-autoresponder-4c1b2a7e-98f0-4d3f-b5e1-0c8a9d7f6e21-1763562010@3c-app-gmx-bap41>
In-Reply-To: <req-48455.verify@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hallo!

Ich bin bis einschlie=C3=9Flich 28. Februar 2027 in Elternzeit =F0=9F=8D=BC=
=F0=9F=98=B4 und
lese meine Mails in dieser Zeit nur sehr unregelm=C3=A4=C3=9Fig.

Ihre Nachricht wird nicht weitergeleitet. In dringenden F=C3=A4llen wenden
Sie sich bitte an mein B=C3=BCro unter 0221 98 76 540.

Viele Gr=C3=BC=C3=9Fe
Sabine Kretschmer
'''),

    ('de', 't-online-postfach-nicht-mehr-gelesen', 'automated', (),
'''Return-Path: <hartmut.vogt@t-online.de>
Received: from mailout11.t-online.de (mailout11.t-online.de [194.25.134.85])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkS8b3qNLz3xW
	for <privacy@shop.example.be>; Tue, 17 Nov 2026 09:41:27 +0100 (CET)
Date: Tue, 17 Nov 2026 09:41:26 +0100
From: Hartmut Vogt <hartmut.vogt@t-online.de>
To: privacy@shop.example.be
Subject: Re: Ihre Auskunft nach Art. 15 DSGVO [REQ-48120]
Message-ID: <1vRz3H-2Nq7tA0@fwd89.aul.t-online.de>
In-Reply-To: <req-48120.answer@shop.example.be>
X-Mailer: Telekom Mail
MIME-Version: 1.0
Content-Type: text/plain; charset="ISO-8859-1"
Content-Transfer-Encoding: 8bit

Dieses Postfach wird nicht mehr gelesen.

Meine neue E-Mail-Adresse lautet: h.vogt@posteo.de
Bitte schreiben Sie mir künftig nur noch dorthin.

Danke!
Hartmut Vogt


----- Original Nachricht ----
Von:     privacy@shop.example.be
An:      hartmut.vogt@t-online.de
Datum:   17.11.2026 09:41
Betreff: Ihre Auskunft nach Art. 15 DSGVO [REQ-48120]

Sehr geehrter Herr Vogt,

anbei erhalten Sie die Auskunft nach Art. 15 DSGVO zu den Daten, die
wir über Sie gespeichert haben (Referenz REQ-48120).

Mit freundlichen Grüßen
Ihr Datenschutz-Team von shop.example.be
'''),

    ('es', 'autonomo-reformas-sin-cabeceras', 'automated', (),
'''Date: Wed, 11 Nov 2026 10:05:12 +0100
From: =?utf-8?q?Reformas_Rub=C3=A9n_Castillo?= <reformas.rcastillo@gmail.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Tu_solicitud_sobre_tus_datos_personales=3A_conf=C3=ADrmala_=5BREQ-48520=5D?=
Message-ID: <CAJ7mW1r+p2Xk0y4Zt_qA9uV3N2bGd8Lr5E1xK-d0oM7sWfHn5A@mail.gmail.com>
In-Reply-To: <req-48520.verify@shop.example.be>
References: <req-48520.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000a1f3c205f3b1e9d2"

--000000000000a1f3c205f3b1e9d2
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hola!

Gracias por tu correo. Estoy en una obra y durante el d=C3=ADa no puedo
mirar el correo ni el m=C3=B3vil. Te llamo esta tarde a partir de las 19h.

Si es una urgencia (fuga de agua, sin luz) llama al 622 418 903.

Un saludo,
Rub=C3=A9n - Reformas Rub=C3=A9n Castillo
Valencia y alrededores

--000000000000a1f3c205f3b1e9d2
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hola!<br><br>Gracias por tu correo. Estoy en una obra y du=
rante el d=C3=ADa no puedo<br>mirar el correo ni el m=C3=B3vil. Te llamo es=
ta tarde a partir de las 19h.<br><br>Si es una urgencia (fuga de agua, sin =
luz) llama al 622 418 903.<br><br>Un saludo,<br>Rub=C3=A9n - Reformas Rub=
=C3=A9n Castillo<br>Valencia y alrededores</div>

--000000000000a1f3c205f3b1e9d2--
'''),

    ('es', 'tienda-acuse-48h', 'automated', (),
'''Return-Path: <>
Date: Thu, 12 Nov 2026 09:30:44 +0100
From: La Tienda de Lola <hola@latiendadelola.es>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Tu_solicitud_sobre_tus_datos_personales=3A_conf=C3=ADrmala_=5BREQ-48533=5D?=
Message-ID: <auto-ack-20261112093044-7721@latiendadelola.es>
In-Reply-To: <req-48533.verify@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

wqFIb2xhIQoKSGVtb3MgcmVjaWJpZG8gdHUgbWVuc2FqZSB5IHRlIHJlc3BvbmRlcmVtb3MgZW4g
dW4gcGxhem8gZGUgNDggaG9yYXMKbGFib3JhYmxlcy4gTXVjaGFzIGdyYWNpYXMgcG9yIHR1IHBh
Y2llbmNpYSDwn5iKCgpTaSB0dSBjb25zdWx0YSBlcyBzb2JyZSB1biBwZWRpZG8sIGxsw6FtYW5v
cyBhbCA5NjAgMTIgNDUgNzgKKEwtViBkZSAxMCBhIDE0IGgpIGluZGljYW5kbyBlbCBuw7ptZXJv
IGRlIHBlZGlkby4KClVuIGFicmF6bywKRWwgZXF1aXBvIGRlIExhIFRpZW5kYSBkZSBMb2xhIC0g
Q2Vyw6FtaWNhIHkgZGVjb3JhY2nDs24KCkVsIDEyLzExLzIwMjYgYSBsYXMgOTozMCwgcHJpdmFj
eUBzaG9wLmV4YW1wbGUuYmUgZXNjcmliacOzOgo+IEhvbGE6Cj4KPiBIZW1vcyByZWNpYmlkbyB1
bmEgc29saWNpdHVkIHJlbGF0aXZhIGEgdHVzIGRhdG9zIHBlcnNvbmFsZXMgZW4KPiBzaG9wLmV4
YW1wbGUuYmUgKHJlZmVyZW5jaWEgUkVRLTQ4NTMzKS4gUGFyYSBwcm90ZWdlciB0dXMgZGF0b3Ms
Cj4gcHJpbWVybyBkZWJlbW9zIGNvbXByb2JhciBxdWUgbGEgc29saWNpdHVkIGxhIGhhcyBlbnZp
YWRvIHTDui4KPgo+IENvbmbDrXJtYWxvIHJlc3BvbmRpZW5kbyBhIGVzdGUgY29ycmVvIGVuIHVu
IHBsYXpvIGRlIDE0IGTDrWFzLgo+Cj4gU2kgbm8gaGFzIGVudmlhZG8gZXN0YSBzb2xpY2l0dWQs
IGlnbm9yYSBlc3RlIG1lbnNhamUuCj4KPiBVbiBzYWx1ZG8sCj4gRWwgZXF1aXBvIGRlIHByaXZh
Y2lkYWQgZGUgc2hvcC5leGFtcGxlLmJl
'''),

    ('es', 'sieve-vacation-traductora', 'automated', (),
'''Return-Path: <>
Date: Fri, 20 Nov 2026 16:48:03 +0100
From: Marta Iglesias <marta@iglesias-traducciones.es>
To: privacy@shop.example.be
Subject: Auto: Ofertas de invierno: mantas y cojines -25%
Message-ID: <dovecot-sieve-1763653683-112904-0@mail.dinahosting.com>
In-Reply-To: <nl-2026-47.9931620@news.shop.example.be>
Auto-Submitted: auto-replied (vacation)
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola, ¿qué tal?

Para poder concentrarme en mis traducciones, solo leo el correo los
lunes y los jueves por la mañana. Tu mensaje me ha llegado bien y lo
leeré en cuanto me toque.

Si es un encargo urgente, mándame un WhatsApp al 655 30 21 87.

Gracias y hasta pronto,
Marta Iglesias - Traducción EN/FR > ES
'''),

    ('it', 'aruba-risposta-automatica', 'automated', (),
'''Return-Path: <>
Received: from smtpdh.aruba.it (smtpdh.aruba.it [62.149.155.245])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkV3c1TqBz2yQ
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 12:04:51 +0100 (CET)
Date: Mon, 16 Nov 2026 12:04:50 +0100
From: Chiara Benedetti <chiara@bottegaverde-firenze.it>
To: privacy@shop.example.be
Subject: Risposta automatica: La tua richiesta sui dati personali: conferma [REQ-48561]
Message-ID: <autoreply.1763291090.38817@smtpdh.aruba.it>
In-Reply-To: <req-48561.verify@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ciao! =F0=9F=8F=96=EF=B8=8F

Grazie per la mail. Sono in ferie fino a luned=C3=AC 23 novembre e non
controllo la posta. Al rientro risponder=C3=B2 a tutti, promesso!

Per urgenze sugli ordini scrivete a ordini@bottegaverde-firenze.it.

A presto,
Chiara
'''),

    ('it', 'artigiano-idraulico-senza-header', 'automated', (),
'''Date: Tue, 24 Nov 2026 08:02:15 +0100
From: Idraulica Ferri <idraulicaferri@libero.it>
To: privacy@shop.example.be
Subject: R: Black Friday: fino al 40% su barbecue e arredo giardino
Message-ID: <1763967735.4419.1.camel@libero.it>
In-Reply-To: <nl-2026-48.1022771@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Buongiorno,

grazie per avermi scritto. Sono in cantiere tutto il giorno e non
riesco a leggere la posta: vi richiamo stasera dopo le 18.

Per emergenze (perdite, caldaia ferma) chiamate il 347 551 2049.

Saluti
Massimo Ferri - Idraulica Ferri, Bergamo
'''),

    ('it', 'scuola-segreteria-conferma', 'automated', (),
'''Date: Tue, 17 Nov 2026 11:20:33 +0100
From: "IC G. Rodari Modena" <moic8xx00a@istruzione.example.it>
To: privacy@shop.example.be
Subject: R: La tua richiesta sui dati personali: conferma [REQ-48599]
Message-ID: <000001dd5862$4b7a1c20$e26e5460$@istruzione.example.it>
In-Reply-To: <req-48599.verify@shop.example.be>
X-Mailer: Microsoft Outlook 16.0
Thread-Index: AQJ3x1Kq5Wc0bPn8T1vV2rX3fA0uRw==
Content-Language: it
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Gentile utente,

la sua email =E8 stata ricevuta dalla segreteria dell'Istituto
Comprensivo "G. Rodari" di Modena. Sar=E0 smistata all'ufficio
competente e ricever=E0 risposta nel pi=F9 breve tempo possibile.

Orari di apertura al pubblico: lun-ven 8:00-10:00, mar e gio anche
14:30-16:30.

La Segreteria

-----Messaggio originale-----
Da: privacy@shop.example.be
Inviato: marted=EC 17 novembre 2026 11:20
A: moic8xx00a@istruzione.example.it
Oggetto: La tua richiesta sui dati personali: conferma [REQ-48599]

Gentile cliente,

abbiamo ricevuto una richiesta relativa ai tuoi dati personali su
shop.example.be (riferimento REQ-48599). Per proteggere i tuoi dati
dobbiamo prima verificare che la richiesta provenga davvero da te.

Conferma rispondendo a questa email entro 14 giorni.

Se non hai inviato questa richiesta, ignora questo messaggio.

Cordiali saluti,
Il team privacy di shop.example.be
'''),

    ('pt', 'cabeleireira-autoresposta-sem-cabecalhos', 'automated', (),
'''Date: Sat, 21 Nov 2026 11:00:20 +0000
From: Studio Sofia <studiosofia.braga@sapo.pt>
To: privacy@shop.example.be
Subject: Re: Novidades para o inverno: mantas, velas e muito mais
Message-ID: <20261121110020.5d1f7a22@sapo.pt>
In-Reply-To: <nl-2026-47.9932011@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ol=C3=A1! =F0=9F=92=87=E2=80=8D=E2=99=80=EF=B8=8F

Obrigada pela sua mensagem!
Estou a atender clientes durante o dia e s=C3=B3 vejo os emails ao fim da
tarde. Respondo-lhe assim que puder.

Marca=C3=A7=C3=B5es: 912 345 771 (tamb=C3=A9m por WhatsApp)

Beijinhos,
Sofia - Studio Sofia Cabeleireiros, Braga
'''),

    ('pt', 'endereco-antigo-nao-lido', 'automated', (),
'''Return-Path: <>
Date: Wed, 18 Nov 2026 13:55:30 +0000
From: Ricardo Nunes <ricardo.nunes@netcabo.pt>
To: privacy@shop.example.be
Subject: Re: O seu pedido sobre dados pessoais: confirme [REQ-48610]
Message-ID: <vacation.1763477730.20113@mail.nos.pt>
In-Reply-To: <req-48610.verify@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Este endere=E7o de email j=E1 n=E3o =E9 lido.
O meu novo endere=E7o =E9 ricardo.nunes.83@gmail.com - por favor
atualize os seus contactos.

Obrigado,
Ricardo Nunes

Em 18/11/2026 14:55, privacy@shop.example.be escreveu:
> Ol=E1,
>
> Recebemos um pedido relativo aos seus dados pessoais na
> shop.example.be (refer=EAncia REQ-48610). Para proteger os seus dados,
> precisamos primeiro de confirmar que o pedido foi mesmo feito por si.
>
> Confirme respondendo a este email no prazo de 14 dias.
>
> Se n=E3o fez este pedido, ignore esta mensagem.
>
> Com os melhores cumprimentos,
> A equipa de privacidade da shop.example.be
'''),

    ('pl', 'wp-autoodpowiedz-urlop', 'automated', (),
'''Return-Path: <>
Received: from smtpo.poczta.wp.pl (smtpo.poczta.wp.pl [212.77.101.1])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkX7p4dLmz1vB
	for <privacy@shop.example.be>; Fri, 13 Nov 2026 09:11:05 +0100 (CET)
Date: Fri, 13 Nov 2026 09:11:04 +0100
From: =?iso-8859-2?q?Tomek_Wr=F3bel?= <tomek.wrobel@wp.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Autoodpowied=C5=BA=3A_Twoje_zg=C5=82oszenie_dotycz=C4=85ce_danych_osobowych=3A_potwierd=C5=BA_=5BREQ-48622=5D?=
Message-ID: <autoreply-6a1f0c77a3b5@wp.pl>
In-Reply-To: <req-48622.verify@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Cze=C5=9B=C4=87!

Dzi=C4=99ki za maila =F0=9F=99=82 Jestem na urlopie do 20 listopada i nie z=
agl=C4=85dam
do skrzynki. Odpisz=C4=99 po powrocie.

W pilnych sprawach s=C5=82u=C5=BCbowych prosz=C4=99 pisa=C4=87 do Kasi:
k.zielinska@drukarnia-lodz.pl

Pozdrawiam,
Tomek Wr=C3=B3bel
'''),

    ('pl', 'fachowiec-autoodpowiedz-bez-naglowkow', 'automated', (),
'''Date: Wed, 25 Nov 2026 12:33:10 +0100
From: Marek Kowalczyk <marek.remonty@o2.pl>
To: privacy@shop.example.be
Subject: Re: Black Friday w domu i ogrodzie: do -40%
Message-ID: <a5f1c0d2e8b74f21a93c@poczta.o2.pl>
In-Reply-To: <nl-2026-48.1022940@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzie=F1 dobry,

dzi=EAkuj=EA za wiadomo=B6=E6. Jestem teraz na zleceniu u klienta i nie mog=
=EA
odpisa=E6 od razu. Oddzwoni=EA wieczorem albo odpisz=EA po 19:00.

Pilne sprawy: tel. 601 228 419

Pozdrawiam
Marek Kowalczyk
Us=B3ugi remontowo-hydrauliczne, Pozna=F1
'''),

    ('pl', 'szkola-potwierdzenie-sekretariat', 'automated', (),
'''Date: Thu, 19 Nov 2026 10:05:49 +0100
From: Sekretariat SP12 <sekretariat@sp12.gdynia.example.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Twoje_zg=C5=82oszenie_dotycz=C4=85ce_danych_osobowych=3A_potwierd=C5=BA_=5BREQ-48640=5D?=
Message-ID: <5e3c1a80-2f6d-4b7e-9c1d-0a7b6e4f2d19@sp12.gdynia.example.pl>
In-Reply-To: <req-48640.verify@shop.example.be>
User-Agent: Mozilla Thunderbird
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed
Content-Transfer-Encoding: 8bit

Dziękujemy za wiadomość.

Sekretariat Szkoły Podstawowej nr 12 w Gdyni odpowiada na e-maile
w ciągu 3 dni roboczych. Sekretariat czynny pon.-pt. 7:30-15:30,
tel. 58 621 44 90.

Usprawiedliwienia nieobecności prosimy przesyłać przez dziennik
elektroniczny.

Sekretariat SP12 Gdynia

W dniu 19.11.2026 o 10:05, privacy@shop.example.be pisze:
> Dzień dobry,
>
> otrzymaliśmy zgłoszenie dotyczące Pana/Pani danych osobowych w
> shop.example.be (numer REQ-48640). Aby chronić Pana/Pani dane, musimy
> najpierw upewnić się, że zgłoszenie rzeczywiście pochodzi od Pana/Pani.
>
> Prosimy o potwierdzenie w odpowiedzi na tę wiadomość w ciągu 14 dni.
>
> Jeśli to nie Pan/Pani wysłał(a) zgłoszenie, prosimy zignorować tę
> wiadomość.
>
> Z poważaniem
> Zespół ds. prywatności shop.example.be
'''),

    ('cs', 'seznam-automaticka-odpoved', 'automated', (),
'''Return-Path: <>
Received: from mxf1.seznam.cz (mxf1.seznam.cz [77.75.78.23])
	by mx.shop.example.be (Postfix) with ESMTPS id 4RkZ0a2GnPz3qR
	for <privacy@shop.example.be>; Wed, 18 Nov 2026 17:44:30 +0100 (CET)
Date: Wed, 18 Nov 2026 17:44:29 +0100
From: =?utf-8?b?SmFuYSBEdm/FmcOha292w6E=?= <jana.dvorakova@seznam.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?QXV0b21hdGlja8OhIG9kcG92xJvEjzogWmltbsOtIHbDvXByb2RlajogZGVreSBhIHBvbMWhdMOhxZllIC0yNSAl?=
Message-ID: <6ef.4b1a3e71.2bb9f0c1dd@seznam.cz>
In-Reply-To: <nl-2026-47.9933105@news.shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ahoj,

do 23. 11. jsem na hor=C3=A1ch bez sign=C3=A1lu =E2=9B=B0=EF=B8=8F a maily =
ne=C4=8Dtu.
A=C5=BE se vr=C3=A1t=C3=ADm, v=C5=A1echno si projdu a ozvu se.

Pokud je to pracovn=C3=AD a ho=C5=99=C3=AD to, volej Petrovi: 604 118 220.

Jana
'''),

    ('cs', 'obecni-urad-podatelna', 'automated', (),
'''Date: Fri, 20 Nov 2026 08:12:40 +0100
From: =?utf-8?q?Podatelna_O=C3=9A?= <podatelna@litovice.example.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IFZhxaFlIMW+w6Fkb3N0IG8gb3NvYm7DrSDDumRhamU6IHBvdHZyxI90ZSBqaSBbUkVRLTQ4NjU1XQ==?=
Message-ID: <2026112008124001.8B31@litovice.example.cz>
In-Reply-To: <req-48655.verify@shop.example.be>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: quoted-printable

Dobr=FD den,

d=ECkujeme za Va=9Ai zpr=E1vu, kterou jsme p=F8ijali na podatelnu Obecn=EDho
=FA=F8adu Hostivice-Litovice. Bude p=F8ed=E1na p=F8=EDslu=9An=E9mu pracovn=
=EDkovi.
Odpov=EC=EF obdr=9E=EDte zpravidla do 15 dn=F9.

=DA=F8edn=ED hodiny: Po a St 8:00-17:00.

Obecn=ED =FA=F8ad

---------- P=F9vodn=ED e-mail ----------
Od: privacy@shop.example.be
Komu: podatelna@litovice.example.cz
Datum: 20. 11. 2026 8:12:04
P=F8edm=ECt: Va=9Ae =9E=E1dost o osobn=ED =FAdaje: potvr=EFte ji [REQ-48655]

Dobr=FD den,

obdr=9Eeli jsme =9E=E1dost t=FDkaj=EDc=ED se Va=9Aich osobn=EDch =FAdaj=F9 v
shop.example.be (=E8=EDslo REQ-48655). Abychom Va=9Ae =FAdaje chr=E1nili, m=
us=EDme
nejprve ov=EC=F8it, =9Ee =9E=E1dost opravdu poch=E1z=ED od V=E1s.

Potvr=EFte to pros=EDm odpov=ECd=ED na tento e-mail do 14 dn=F9.

Pokud jste =9E=E1dost neodeslali, tuto zpr=E1vu ignorujte.

S pozdravem
T=FDm ochrany soukrom=ED shop.example.be
'''),

    ('hr', 'obrt-autoodgovor-bez-zaglavlja', 'automated', (),
'''Date: Mon, 9 Nov 2026 11:24:03 +0100
From: Ivan Horvat <vodoinstalater.horvat@gmail.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Va=C5=A1_zahtjev_u_vezi_s_osobnim_podacima=3A_potvrdite_=5BREQ-48670=5D?=
Message-ID: <CAK1p9Zt4mQ8wR0xN7vB2eGf5hY3cU6jD1aL9sPq0kW8rT2mXbA@mail.gmail.com>
In-Reply-To: <req-48670.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="0000000000007c2e8a05f3c41b77"

--0000000000007c2e8a05f3c41b77
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Po=C5=A1tovani,

hvala na poruci! Trenutno sam na terenu i ne mogu odmah odgovoriti.
Javit =C4=87u se nave=C4=8Der, a za hitne intervencije zovite 098 411 302.

Lijep pozdrav,
Ivan Horvat
Vodoinstalaterski obrt Horvat, Zagreb

--0000000000007c2e8a05f3c41b77
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Po=C5=A1tovani,<br><br>hvala na poruci! Trenutno sam na te=
renu i ne mogu odmah odgovoriti.<br>Javit =C4=87u se nave=C4=8Der, a za hit=
ne intervencije zovite 098 411 302.<br><br>Lijep pozdrav,<br>Ivan Horvat<br=
>Vodoinstalaterski obrt Horvat, Zagreb</div>

--0000000000007c2e8a05f3c41b77--
'''),

    ('hr', 'tcom-stara-adresa', 'automated', (),
'''Return-Path: <marija.babic@t-com.hr>
Date: Sun, 22 Nov 2026 19:02:18 +0100
From: =?utf-8?q?Marija_Babi=C4=87?= <marija.babic@t-com.hr>
To: privacy@shop.example.be
Subject: Re: Zimska akcija: dekice i jastuci -25%
Message-ID: <1763834538.551.autoreply@webmail.t-com.hr>
In-Reply-To: <nl-2026-47.9934002@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1250"
Content-Transfer-Encoding: 8bit

Ova adresa se više ne čita.

Moja nova adresa je: marija.babic.zg@gmail.com
Molim Vas da ubuduće pišete na nju.

Hvala,
Marija Babić
'''),

    ('hr', 'udruga-volonteri-autoodgovor', 'automated', (),
'''Return-Path: <>
Date: Mon, 23 Nov 2026 21:15:55 +0100
From: =?utf-8?q?Udruga_=C5=A0apica?= <info@udruga-sapica.hr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Automatski_odgovor=3A_Re=3A_Va=C5=A1_zahtjev_u_vezi_s_osobnim_podacima_=5BREQ-48688=5D?=
Message-ID: <roundcube-vacation-1763928955.41@udruga-sapica.hr>
In-Reply-To: <req-48688.answer@shop.example.be>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

UG96ZHJhdiBpIGh2YWxhIMWhdG8gc3RlIG5hbSBwaXNhbGkhIPCfkL4KCk5hxaEgc2FuZHXEjWnE
hyDEjWl0YWp1IHZvbG9udGVyaSB1IHNsb2JvZG5vIHZyaWplbWUsIHBhIG9kZ292b3IgbW/FvmUK
cG90cmFqYXRpIG5la29saWtvIGRhbmEuIEFrbyBzdGUgcHJvbmHFoWxpIGl6Z3VibGplbnUgaWxp
IG96bGlqZcSRZW51CsW+aXZvdGluanUsIG1vbGltbyBuYXpvdml0ZSAwOTEgNTU2IDc3ODguCgpV
ZG9tbGphdmFuamU6IHN1Ym90b20gb2QgMTAgZG8gMTQgaCB1IGF6aWx1LgoKVWRydWdhIHphIHph
xaF0aXR1IMW+aXZvdGluamEgIsWgYXBpY2EiIFNwbGl0
'''),

    ('sv', 'telia-franvaro-foraldraledig', 'automated', (),
'''Return-Path: <>
Date: Tue, 10 Nov 2026 08:50:14 +0100
From: Emma Lindqvist <emma.lindqvist@telia.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Fr=C3=A5nvaromeddelande=3A_Din_beg=C3=A4ran_om_personuppgifter=3A_bekr=C3=A4fta_=5BREQ-48702=5D?=
Message-ID: <ooo.1762761014.80219@mail.telia.com>
In-Reply-To: <req-48702.verify@shop.example.be>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hej!

Jag =C3=A4r f=C3=B6r=C3=A4ldraledig till och med 31 mars =F0=9F=91=B6 och l=
=C3=A4ser inte min
mejl under tiden.

=C3=84renden om fakturor: ekonomi@bjorkbyggen.se
=C3=96vrigt: ring v=C3=A4xeln 08-555 123 40.

H=C3=A4lsningar
Emma Lindqvist
'''),

    ('sv', 'snickeri-autosvar-utan-rubriker', 'automated', (),
'''Date: Thu, 26 Nov 2026 07:45:09 +0100
From: Nilssons Snickeri <info@nilssonssnickeri.se>
To: privacy@shop.example.be
Subject: =?utf-8?b?U1Y6IEJsYWNrIEZyaWRheTogdXBwIHRpbGwgNDAgJSBww6UgdHLDpGRnw6VyZHNtw7ZibGVy?=
Message-ID: <000a01dd5f12$8c3e2b40$a4ba81c0$@nilssonssnickeri.se>
In-Reply-To: <nl-2026-48.1023318@news.shop.example.be>
X-Mailer: Microsoft Outlook 16.0
Content-Language: sv
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Hej och tack f=F6r mejlet!

Vi =E4r ute p=E5 jobb hela dagarna och hinner inte svara direkt. Vi l=E4ser
mejlen p=E5 kv=E4llen och h=F6r av oss s=E5 fort vi kan.

Br=E5dskande? Ring Anders p=E5 070-412 88 31.

Mvh
Anders & Kalle
Nilssons Snickeri AB, Uppsala
'''),

    ('ro', 'concediu-autoraspuns', 'automated', (),
'''Return-Path: <>
Date: Wed, 11 Nov 2026 14:07:37 +0200
From: Ioana Popescu <ioana@atelier-lemn.ro>
To: privacy@shop.example.be
Subject: =?utf-8?q?R=C4=83spuns_automat=3A_Cererea_ta_privind_datele_personale=3A_confirm=C4=83_=5BREQ-48719=5D?=
Message-ID: <autoraspuns.1762862857.23011@mail.atelier-lemn.ro>
In-Reply-To: <req-48719.verify@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Bun=C4=83!

Mul=C8=9Bumesc pentru mesaj! Sunt =C3=AEn concediu p=C3=A2n=C4=83 pe 18 noi=
embrie =C8=99i nu
citesc e-mailurile. V=C4=83 r=C4=83spund imediat ce m=C4=83 =C3=AEntorc. =
=F0=9F=8C=9E

Pentru urgen=C8=9Be legate de comenzi: comenzi@atelier-lemn.ro

O zi frumoas=C4=83,
Ioana
'''),

    ('ro', 'primarie-registratura-confirmare', 'automated', (),
'''Date: Thu, 19 Nov 2026 16:40:51 +0200
From: Registratura Primaria Floresti <registratura@floresti.example.ro>
To: privacy@shop.example.be
Subject: =?utf-8?q?RE=3A_Cererea_ta_privind_datele_personale=3A_confirm=C4=83_=5BREQ-48733=5D?=
Message-ID: <00b201dd5a1e$61f0c9a0$25d25ce0$@floresti.example.ro>
In-Reply-To: <req-48733.verify@shop.example.be>
X-Mailer: Microsoft Outlook 16.0
Content-Language: ro
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

U3RpbWF0xIMgZG9hbW7EgyAvIFN0aW1hdGUgZG9tbiwKClbEgyBtdWzIm3VtaW0gcGVudHJ1IG1l
c2FqLiBBY2VzdGEgYSBmb3N0IMOubnJlZ2lzdHJhdCBsYSByZWdpc3RyYXR1cmEKUHJpbcSDcmll
aSBDb211bmVpIEZsb3JlyJl0aSDImWkgdmEgZmkgdHJhbnNtaXMgY29tcGFydGltZW50dWx1aSBk
ZQpzcGVjaWFsaXRhdGUuIFZlyJtpIHByaW1pIHVuIHLEg3NwdW5zIMOubiB0ZXJtZW51bCBsZWdh
bCBkZSAzMCBkZSB6aWxlLgoKUHJvZ3JhbSBjdSBwdWJsaWN1bDogbHVuaS1qb2kgODowMC0xNjow
MCwgdmluZXJpIDg6MDAtMTM6MDAuCgpSZWdpc3RyYXR1cmEKUHJpbcSDcmlhIENvbXVuZWkgRmxv
cmXImXRpCgotLS0tLU9yaWdpbmFsIE1lc3NhZ2UtLS0tLQpGcm9tOiBwcml2YWN5QHNob3AuZXhh
bXBsZS5iZQpTZW50OiBUaHVyc2RheSwgTm92ZW1iZXIgMTksIDIwMjYgMzo0MCBQTQpUbzogcmVn
aXN0cmF0dXJhQGZsb3Jlc3RpLmV4YW1wbGUucm8KU3ViamVjdDogQ2VyZXJlYSB0YSBwcml2aW5k
IGRhdGVsZSBwZXJzb25hbGU6IGNvbmZpcm3EgyBbUkVRLTQ4NzMzXQoKQnVuxIMgeml1YSwKCkFt
IHByaW1pdCBvIGNlcmVyZSBwcml2aW5kIGRhdGVsZSBkdW1uZWF2b2FzdHLEgyBwZXJzb25hbGUg
bGEKc2hvcC5leGFtcGxlLmJlIChyZWZlcmluyJthIFJFUS00ODczMykuIFBlbnRydSBhIHbEgyBw
cm90ZWphIGRhdGVsZSwKdHJlYnVpZSBtYWkgw65udMOiaSBzxIMgbmUgYXNpZ3VyxINtIGPEgyBj
ZXJlcmVhIHByb3ZpbmUgw65udHItYWRldsSDciBkZSBsYQpkdW1uZWF2b2FzdHLEgy4KClbEgyBy
dWfEg20gc8SDIGNvbmZpcm1hyJtpIHLEg3NwdW56w6JuZCBsYSBhY2VzdCBlLW1haWwgw65uIDE0
IHppbGUuCgpEYWPEgyBudSBhyJtpIHRyaW1pcyBhY2Vhc3TEgyBjZXJlcmUsIGlnbm9yYcibaSBh
Y2VzdCBtZXNhai4KCkN1IHN0aW3EgywKRWNoaXBhIGRlIGNvbmZpZGVuyJtpYWxpdGF0ZSBzaG9w
LmV4YW1wbGUuYmU=
'''),

    ('el', 'ydravlikos-autoapantisi-xoris-kefalides', 'automated', (),
'''Date: Thu, 12 Nov 2026 10:18:22 +0200
From: =?utf-8?b?zpPOuc+Oz4HOs86/z4IgzqDOsc+AzrHOtM6szrrOt8+C?= <g.papadakis.ydr@gmail.com>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IM6kzr8gzrHOr8+EzrfOvM6sIM+DzrHPgiDOs865zrEgz4TOsSDPgM+Bzr/Pg8+Jz4DOuc66zqwgz4POsc+CIM60zrXOtM6/zrzOrc69zrE6IM61z4DOuc6yzrXOss6xzrnPjs+Dz4TOtSBbUkVRLTQ4NzQ0XQ==?=
Message-ID: <CAN3xR9p0vT7bQ2wY5mK8dF1hZ4sL6cJ0eA3uN9gP2rW7tX5yBq@mail.gmail.com>
In-Reply-To: <req-48744.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000e4b91f05f3d02c11"

--000000000000e4b91f05f3d02c11
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiwKCs61z4XPh86xz4HOuc+Dz4TPjiDOs865zrEgz4TO
vyDOvM6uzr3Phc68zrEhIM6Rz4XPhM6uIM+Ezrcgz4PPhM65zrPOvM6uIM61zq/OvM6xzrkgz4PO
tSDOtM6/z4XOu861zrnOrCDOus6xzrkgzrTOtc69Cs68z4DOv8+Bz44gzr3OsSDOsc+AzrHOvc+E
zq7Pg8+JLiDOmM6xIM+DzrHPgiDPgM6sz4HPiSDPhM63zrvOrc+Gz4nOvc6/IM+Ezr8gzrLPgc6s
zrTPhS4KCs6TzrnOsSDOtc+AzrXOr86zzr/Ovc+EzrEgKM60zrnOsc+Bz4HOv86uLCDOss67zqzO
ss63IM64zrXPgc68zr/Pg86vz4bPic69zrEpOiA2OTQgNTEyIDMzODAKCs6TzrnPjs+BzrPOv8+C
IM6gzrHPgM6xzrTOrM66zrfPggrOpc60z4HOsc+FzrvOuc66zq3PgiDOtc+BzrPOsc+Dzq/Otc+C
IC0gzpjOtc+Dz4POsc67zr/Ovc6vzrrOtw==

--000000000000e4b91f05f3d02c11
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: base64

PGRpdiBkaXI9Imx0ciI+zprOsc67zrfPg8+Azq3Pgc6xIM+DzrHPgiw8YnI+PGJyPs61z4XPh86x
z4HOuc+Dz4TPjiDOs865zrEgz4TOvyDOvM6uzr3Phc68zrEhIM6Rz4XPhM6uIM+Ezrcgz4PPhM65
zrPOvM6uIM61zq/OvM6xzrkgz4POtSDOtM6/z4XOu861zrnOrCDOus6xzrkgzrTOtc69PGJyPs68
z4DOv8+Bz44gzr3OsSDOsc+AzrHOvc+Ezq7Pg8+JLiDOmM6xIM+DzrHPgiDPgM6sz4HPiSDPhM63
zrvOrc+Gz4nOvc6/IM+Ezr8gzrLPgc6szrTPhS48YnI+PGJyPs6TzrnOsSDOtc+AzrXOr86zzr/O
vc+EzrEgKM60zrnOsc+Bz4HOv86uLCDOss67zqzOss63IM64zrXPgc68zr/Pg86vz4bPic69zrEp
OiA2OTQgNTEyIDMzODA8YnI+PGJyPs6TzrnPjs+BzrPOv8+CIM6gzrHPgM6xzrTOrM66zrfPgjxi
cj7Opc60z4HOsc+FzrvOuc66zq3PgiDOtc+BzrPOsc+Dzq/Otc+CIC0gzpjOtc+Dz4POsc67zr/O
vc6vzrrOtzwvZGl2Pg==

--000000000000e4b91f05f3d02c11--
'''),

    ('el', 'gymnasio-grammateia-paralavi', 'automated', (),
'''Date: Tue, 24 Nov 2026 09:03:11 +0200
From: =?iso-8859-7?b?M+8gw/Xs7dzz6e8g1+Hr4e3k8d/v9Q==?= <mail@3gym-chalandr.example.gr>
To: privacy@shop.example.be
Subject: =?iso-8859-7?b?UmU6IEJsYWNrIEZyaWRheTog3fnyIC00MCUg8+Ug3fDp8OvhIOre8O/1?=
Message-ID: <20261124070311.GA18822@mail.3gym-chalandr.example.gr>
In-Reply-To: <nl-2026-48.1023501@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-7"
Content-Transfer-Encoding: quoted-printable

=C1=E3=E1=F0=E7=F4=DD/=DE,

=D4=EF =EC=DE=ED=F5=EC=DC =F3=E1=F2 =F0=E1=F1=E1=EB=DE=F6=E8=E7=EA=E5 =E1=
=F0=FC =F4=E7 =E3=F1=E1=EC=EC=E1=F4=E5=DF=E1 =F4=EF=F5 3=EF=F5 =C3=F5=EC=ED=
=E1=F3=DF=EF=F5
=D7=E1=EB=E1=ED=E4=F1=DF=EF=F5. =C8=E1 =E4=E9=E1=E2=E9=E2=E1=F3=F4=E5=DF =
=F3=F4=EF=ED =E1=F1=EC=FC=E4=E9=EF =EA=E1=E9 =E8=E1 =EB=DC=E2=E5=F4=E5 =E1=
=F0=DC=ED=F4=E7=F3=E7 =F4=EF
=F3=F5=ED=F4=EF=EC=FC=F4=E5=F1=EF =E4=F5=ED=E1=F4=FC.

=D9=F1=DC=F1=E9=EF =E3=F1=E1=EC=EC=E1=F4=E5=DF=E1=F2: =C4=E5=F5=F4=DD=F1=E1=
-=D0=E1=F1=E1=F3=EA=E5=F5=DE 8:00-14:00, =F4=E7=EB. 210 681 2244.

=C7 =C3=F1=E1=EC=EC=E1=F4=E5=DF=E1
'''),

    ('el', 'palia-dieythynsi-den-diavazetai', 'automated', (),
'''Return-Path: <>
Date: Fri, 20 Nov 2026 11:30:48 +0200
From: =?utf-8?b?zpXOu86tzr3OtyDOnc65zrrOv867zqzOv8+F?= <enikolaou@otenet.gr>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IM6Rzr3PhM6vzrPPgc6xz4bOvyDPhM+Jzr0gz4DPgc6/z4PPic+AzrnOus+Ozr0gz4POsc+CIM60zrXOtM6/zrzOrc69z4nOvSBbUkVRLTQ4MjAxXQ==?=
Message-ID: <vacation-1763631048.7730@otenet.gr>
In-Reply-To: <req-48201.answer@shop.example.be>
Auto-Submitted: auto-replied
Precedence: junk
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

=CE=9A=CE=B1=CE=BB=CE=B7=CF=83=CF=80=CE=AD=CF=81=CE=B1!

=CE=91=CF=85=CF=84=CE=AE =CE=B7 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=CF=85=CE=BD=
=CF=83=CE=B7 =CE=B4=CE=B5=CE=BD =CE=B4=CE=B9=CE=B1=CE=B2=CE=AC=CE=B6=CE=B5=
=CF=84=CE=B1=CE=B9 =CF=80=CE=BB=CE=AD=CE=BF=CE=BD =F0=9F=93=AD
=CE=97 =CE=BD=CE=AD=CE=B1 =CE=BC=CE=BF=CF=85 =CE=B4=CE=B9=CE=B5=CF=8D=CE=B8=
=CF=85=CE=BD=CF=83=CE=B7 =CE=B5=CE=AF=CE=BD=CE=B1=CE=B9: eleni.nikolaou@out=
look.com
=CE=A0=CE=B1=CF=81=CE=B1=CE=BA=CE=B1=CE=BB=CF=8E =CE=B5=CE=BD=CE=B7=CE=BC=
=CE=B5=CF=81=CF=8E=CF=83=CF=84=CE=B5 =CF=84=CE=B9=CF=82 =CE=B5=CF=80=CE=B1=
=CF=86=CE=AD=CF=82 =CF=83=CE=B1=CF=82.

=CE=95=CF=85=CF=87=CE=B1=CF=81=CE=B9=CF=83=CF=84=CF=8E,
=CE=95=CE=BB=CE=AD=CE=BD=CE=B7

=CE=A3=CF=84=CE=B9=CF=82 20/11/2026 11:30 =CF=80.=CE=BC., =CE=BF/=CE=B7 pri=
vacy@shop.example.be =CE=AD=CE=B3=CF=81=CE=B1=CF=88=CE=B5:
> =CE=91=CE=B3=CE=B1=CF=80=CE=B7=CF=84=CE=AE =CE=BA=CF=85=CF=81=CE=AF=CE=B1=
 =CE=9D=CE=B9=CE=BA=CE=BF=CE=BB=CE=AC=CE=BF=CF=85,
>
> =CF=83=CE=B1=CF=82 =CE=B5=CF=80=CE=B9=CF=83=CF=85=CE=BD=CE=AC=CF=80=CF=84=
=CE=BF=CF=85=CE=BC=CE=B5 =CE=B1=CE=BD=CF=84=CE=AF=CE=B3=CF=81=CE=B1=CF=86=
=CE=BF =CF=84=CF=89=CE=BD =CF=80=CF=81=CE=BF=CF=83=CF=89=CF=80=CE=B9=CE=BA=
=CF=8E=CE=BD =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=89=CE=BD =CF=80=
=CE=BF=CF=85 =CF=84=CE=B7=CF=81=CE=BF=CF=8D=CE=BC=CE=B5 =CE=B3=CE=B9=CE=B1
> =CE=B5=CF=83=CE=AC=CF=82, =CF=8C=CF=80=CF=89=CF=82 =CE=B6=CE=B7=CF=84=CE=
=AE=CF=83=CE=B1=CF=84=CE=B5 (=CE=B1=CE=BD=CE=B1=CF=86=CE=BF=CF=81=CE=AC REQ=
-48201).
>
> =CE=9C=CE=B5 =CE=B5=CE=BA=CF=84=CE=AF=CE=BC=CE=B7=CF=83=CE=B7,
> =CE=97 =CE=BF=CE=BC=CE=AC=CE=B4=CE=B1 =CF=80=CF=81=CE=BF=CF=83=CF=84=CE=
=B1=CF=83=CE=AF=CE=B1=CF=82 =CE=B4=CE=B5=CE=B4=CE=BF=CE=BC=CE=AD=CE=BD=CF=
=89=CE=BD =CF=84=CE=B7=CF=82 shop.example.be
'''),

    ('bg', 'abv-avtomatichen-otgovor', 'automated', (),
'''Return-Path: <>
Received: from smtp-out.abv.bg (smtp-out.abv.bg [194.153.145.70])
	by mx.shop.example.be (Postfix) with ESMTPS id 4Rkc5d0QwRz2vN
	for <privacy@shop.example.be>; Mon, 16 Nov 2026 13:26:40 +0100 (CET)
Date: Mon, 16 Nov 2026 14:26:39 +0200
From: =?utf-8?b?0JTQtdGB0LjRgdC70LDQstCwINCY0LLQsNC90L7QstCw?= <desi_ivanova@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?0JDQstGC0L7QvNCw0YLQuNGH0LXQvSDQvtGC0LPQvtCy0L7RgDog0JLQsNGI0LXRgtC+INC40YHQutCw0L3QtSDQvtGC0L3QvtGB0L3QviDQu9C40YfQvdC40YLQtSDQtNCw0L3QvdC4OiDQv9C+0YLQstGK0YDQtNC10YLQtSBbUkVRLTQ4NzYwXQ==?=
Message-ID: <1409228145.19331.1763295999@nm82.abv.bg>
In-Reply-To: <req-48760.verify@shop.example.be>
Auto-Submitted: auto-replied
X-Mailer: AbvMail 3.0
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: base64

0JfQtNGA0LDQstC10LnRgtC1IQoK0JHQu9Cw0LPQvtC00LDRgNGPINC30LAg0L/QuNGB0LzQvtGC
0L4uINCSINC+0YLQv9GD0YHQuiDRgdGK0Lwg0LTQviAyNSDQvdC+0LXQvNCy0YDQuCDQuCDQvdGP
0LzQsCDQtNCwINGH0LXRgtCwCtC/0L7RidCw0YLQsCDRgdC4LiDQqdC1INCy0Lgg0L7RgtCz0L7Q
stC+0YDRjyDQstC10LTQvdCw0LPQsCDRidC+0Lwg0YHQtSDQstGK0YDQvdCwLgoK0J/QvtC30LTR
gNCw0LLQuCwK0JTQtdGB0LjRgdC70LDQstCw
'''),

    ('bg', 'frizyorski-salon-bez-zaglavki', 'automated', (),
'''Date: Fri, 27 Nov 2026 11:12:05 +0200
From: =?utf-8?b?0KHQsNC70L7QvSDQnNCw0YDQuNGP?= <salon.maria.pd@mail.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IEJsYWNrIEZyaWRheTog0LTQviAtNDAlINC90LAg0LPRgNCw0LTQuNC90YHQutC4INC80LXQsdC10LvQuA==?=
Message-ID: <20261127111205.4c2a91@mail.bg>
In-Reply-To: <nl-2026-48.1023777@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Здравейте! 💇

Благодаря за съобщението! В момента съм с клиент и не мога да
отговоря веднага. Ще ви пиша вечерта.

За часове: 0888 412 330 (и във Viber)

Поздрави,
Салон „Мария“, Пловдив
'''),

    ('bg', 'chitalishte-dobrovolci', 'automated', (),
'''Return-Path: <>
Date: Sat, 21 Nov 2026 11:10:33 +0200
From: =?utf-8?b?0J3QpyDQodCy0LXRgtC70LjQvdCwIDE4OTc=?= <chitalishte.svetlina@abv.bg>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6INCS0LDRiNC10YLQviDQuNGB0LrQsNC90LUg0L7RgtC90L7RgdC90L4g0LvQuNGH0L3QuNGC0LUg0LTQsNC90L3QuDog0L/QvtGC0LLRitGA0LTQtdGC0LUgW1JFUS00ODc4MV0=?=
Message-ID: <1622098814.33420.1763716233@nm11.abv.bg>
In-Reply-To: <req-48781.verify@shop.example.be>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="windows-1251"
Content-Transfer-Encoding: base64

x+Tw4OLl6fLlIOgg4evg4+7k4PDo7Cwg9+Ug7egg7+jx4PXy5SEKCs/u+eDy4CDt4CD36PLg6+j5
5fLuIPHlIO/w7uLl8P/i4CDu8iDk7uHw7uLu6/boIOLl5O365i3k4uAg7/ry6Arx5eTs6Pft7iwg
5+Dy7uLgIO7y4+7i7vD68iDs7ublIOTgIPHlIOfg4eDi6CDt/+ru6+ruIOTt6C4KCsfg7+jx4uDt
5SDn4CDq8/Dx7uLl8uUg7+4g7eDw7uTt6CDy4O326CDoIOfgIOTl8vHq4PLgIPjq7uvgOgri8eXq
6CDi8u7w7ejqIOgg9+Xy4vrw8vrqIO7yIDE3OjAwIOTuIDE5OjAwIOIg9+jy4Ovo+eXy7i4KCs3X
IITR4uXy6+jt4CAxODk3kywg8S4gwfDl8fLu4uj24AoKLS0tLS0tLS0gzvDo4+jt4Ovt7iDv6PHs
7iAtLS0tLS0tLQrO8jogcHJpdmFjeUBzaG9wLmV4YW1wbGUuYmUKxODy4DogMjEuMTEuMjAyNiAx
MDoxMArE7jogY2hpdGFsaXNodGUuc3ZldGxpbmFAYWJ2LmJnCtLl7OA6IMLg+OXy7iDo8erg7eUg
7vLt7vHt7iDr6Pft6PLlIOTg7e3oOiDv7vLi+vDk5fLlIFtSRVEtNDg3ODFdCgrH5PDg4uXp8uUs
CgrP7uvz9+j17OUg6PHq4O3lIO7y7e7x7e4g4uD46PLlIOvo9+3oIOTg7e3oIOIgc2hvcC5leGFt
cGxlLmJlCijt7uzl8CBSRVEtNDg3ODEpLiDH4CDk4CDn4Pno8ujsIOTg7e3o8uUg4ugsIO/68OLu
IPLw/+Hi4CDk4CDx5Qrz4uXw6OwsIPflIOjx6uDt5fLuIO3g6PHy6O3gIOUg7vIg4uDxLgoKzO7r
/ywg7+7y4vrw5OXy5Swg6uDy7iDu8uPu4u7w6PLlIO3gIPLu5+gg6Ozl6esg4iDx8O7qIO7yIDE0
IOTt6C4KCsDq7iDt5SDx8uUg6Ofv8ODy6OvoIPLu4uAg6PHq4O3lLCDo4+3u8Ojw4Ony5SDx+u7h
+eXt6OXy7i4KCs/u5+Tw4OLoLArF6ujv+vIg7+4g5+D56PLgIO3gIOvo9+3o8uUg5ODt7egg7eAg
c2hvcC5leGFtcGxlLmJl
'''),

    ('en', 'person-away-but-delete-account', 'deletion', (),
'''Return-Path: <graham.toft@btinternet.com>
From: Graham Toft <graham.toft@btinternet.com>
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit
Mime-Version: 1.0 (1.0)
Date: Fri, 13 Nov 2026 17:02:44 +0000
Subject: Re: Black Friday starts early: 30% off all raised beds
Message-Id: <8D3C41F2-77A0-4B9E-9E21-6F0C2A5D1B73@btinternet.com>
In-Reply-To: <nl-2026-46.8813301@news.shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Thanks for your mail.

I'm away until Monday and only have my phone with me, but please delete my account in the meantime - same email as this one. I don't shop with you any more and don't need it.

Graham

Sent from my iPhone
'''),

    ('en', 'person-pasted-own-ooo-then-access', 'access', (),
'''From: Owen Pritchard <owen.pritchard@outlook.com>
To: privacy@shop.example.be
Subject: Request for my personal data
Date: Tue, 10 Nov 2026 21:48:02 +0000
Message-ID: <DB9P192MB1733A2C4E1F0B55E9A3F21D6C40A2@DB9P192MB1733.EURP192.PROD.OUTLOOK.COM>
Accept-Language: en-GB, en-US
Content-Language: en-GB
X-MS-Has-Attach: 
X-MS-TNEF-Correlator: 
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_DB9P192MB1733A2C4E1F0B55E9A3F21D6C40A2DB9P192MB1733EURP_"

--_000_DB9P192MB1733A2C4E1F0B55E9A3F21D6C40A2DB9P192MB1733EURP_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Thank you for your email. I am out of the office until Monday 16 November w=
ith limited access to email. For urgent matters please contact my colleague=
 Sarah Lee (s.lee@harbourlogistics.co.uk).

Kind regards,
Owen Pritchard

--
Sorry, ignore all of the above - I pasted my out-of-office by mistake, it's=
 been a long week!

What I actually wanted to ask: could you please send me a copy of all the p=
ersonal data you hold about me? My customer account is under this address (=
owen.pritchard@outlook.com) and I also have one of your loyalty cards.

Thanks,
Owen

--_000_DB9P192MB1733A2C4E1F0B55E9A3F21D6C40A2DB9P192MB1733EURP_
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Thank you for your email. I am out of the office =
until Monday 16 November with limited access to email. For urgent matters p=
lease contact my colleague Sarah Lee (s.lee@harbourlogistics.co.uk).</p>
<p>Kind regards,<br>
Owen Pritchard</p>
<p>--<br>
Sorry, ignore all of the above - I pasted my out-of-office by mistake, it's=
 been a long week!</p>
<p>What I actually wanted to ask: could you please send me a copy of all th=
e personal data you hold about me? My customer account is under this addres=
s (owen.pritchard@outlook.com) and I also have one of your loyalty cards.</=
p>
<p>Thanks,<br>
Owen</p>
</body></html>

--_000_DB9P192MB1733A2C4E1F0B55E9A3F21D6C40A2DB9P192MB1733EURP_--
'''),

    ('nl', 'person-ontvangen-en-stop-nieuwsbrief', 'withdraw_consent', (),
'''Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Koen De Smet <koen.desmet@telenet.be>
Mime-Version: 1.0 (1.0)
Date: Thu, 12 Nov 2026 18:33:09 +0100
Subject: Re: Uw telefoonnummer is aangepast [REQ-48301]
Message-Id: <4B1E9A07-2C3D-4F8E-A6B1-90D7E3C5F211@telenet.be>
In-Reply-To: <req-48301.answer@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Ontvangen, bedankt =E2=80=94 en stop alstublieft ook de nieuwsbrief.

Koen

Verstuurd vanaf mijn iPhone

> Op 12 nov. 2026 om 14:10 heeft privacy@shop.example.be het volgende gesch=
reven:
>
> Beste heer De Smet,
>
> Wij hebben uw telefoonnummer aangepast zoals gevraagd
> (referentie REQ-48301).
>
> Met vriendelijke groeten,
> Het privacyteam van shop.example.be'''),

    ('nl', 'person-verhuisd-adres-aanpassen', 'correction', (),
'''Date: Mon, 23 Nov 2026 20:14:51 +0100
From: Els Van Hecke <els.vanhecke@gmail.com>
To: privacy@shop.example.be
Subject: Nieuw adres
Message-ID: <CAH5rT8kW3nP1vY0mQ7zL2xB9cE4dF6gJ8aS0uR3tN1wK5pV7yA@mail.gmail.com>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000b71c3e05f3e19a40"

--000000000000b71c3e05f3e19a40
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ik ben verhuisd: gelieve mijn adres aan te passen in jullie klantenbestand.
Nieuw adres vanaf 1 december: Kerkstraat 14, 9200 Dendermonde.

Els Van Hecke
(klantnummer 208844)

--000000000000b71c3e05f3e19a40
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Ik ben verhuisd: gelieve mijn adres aan te passen in julli=
e klantenbestand.<br>Nieuw adres vanaf 1 december: Kerkstraat 14, 9200 Dend=
ermonde.<br><br>Els Van Hecke<br>(klantnummer 208844)</div>

--000000000000b71c3e05f3e19a40--
'''),

    ('fr', 'person-confirme-verification-suppression', 'deletion', (),
'''Date: Wed, 11 Nov 2026 08:05:17 +0100
From: Nathalie Dubois <nathalie.dubois@orange.fr>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Votre_demande_relative_=C3=A0_vos_donn=C3=A9es_=3A_merci_de_confirmer_=5BREQ-48412=5D?=
Message-ID: <c1d3f0e2-9a7b-4e55-8b12-6f4e0a2d9c31@orange.fr>
In-Reply-To: <req-48412.verify@shop.example.be>
References: <req-48412.verify@shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: fr
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed
Content-Transfer-Encoding: 8bit

Bonjour,

Je confirme, c'est bien ma demande : vous pouvez procéder à la suppression.

Cordialement,
Nathalie Dubois

Le 10/11/2026 à 13:46, privacy@shop.example.be a écrit :
> Bonjour,
>
> Nous avons reçu une demande concernant vos données personnelles chez
> shop.example.be (référence REQ-48412). Afin de protéger vos données,
> nous devons d'abord vérifier que cette demande vient bien de vous.
>
> Merci de confirmer en répondant à ce courriel dans les 14 jours.
>
> Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
>
> Cordialement,
> L'équipe vie privée de shop.example.be
'''),

    ('fr', 'person-bien-recu-limitation', 'restriction', (),
'''Date: Tue, 17 Nov 2026 12:21:36 +0100
From: Pierre Lambert <p.lambert@skynet.be>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Accus=C3=A9_de_r=C3=A9ception_de_votre_demande_=5BREQ-48588=5D?=
Message-ID: <20261117122136.6a1b3c90@webmail.proximus.be>
In-Reply-To: <req-48588.ack@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Bien re=E7u, merci.

Pendant que vous v=E9rifiez ma date de naissance (voir ma demande de correc=
tion de la semaine pass=E9e), merci de ne plus utiliser mes donn=E9es : gar=
dez-les, mais gelez leur utilisation jusqu'=E0 ce que la v=E9rification soi=
t termin=E9e.

Bonne journ=E9e,
Pierre Lambert
'''),

    ('de', 'person-nicht-im-buero-widerspruch', 'objection', (),
'''Date: Wed, 18 Nov 2026 07:58:03 +0100
From: =?utf-8?q?Frank_H=C3=BCbner?= <frank.huebner@web.de>
To: privacy@shop.example.be
Subject: Re: Winterfest im Garten: Lichterketten & Feuerschalen
Message-ID: <7a2e91c4-0f3b-4d6a-b8e5-1c9f2d0a7e63@web.de>
In-Reply-To: <nl-2026-46.7713244@news.shop.example.be>
User-Agent: Mozilla Thunderbird
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed
Content-Transfer-Encoding: 8bit

Danke für Ihre Nachricht.

Ich bin bis 23.11. nicht im Büro und antworte danach. Trotzdem kurz vorab: Ich widerspreche der Nutzung meiner Daten für personalisierte Werbung und der Weitergabe meiner Daten an Ihre Werbepartner.

Mit freundlichen Grüßen
Frank Hübner
'''),

    ('de', 'person-ticketartige-erinnerung', 'complaint', ('access',),
'''Date: Fri, 20 Nov 2026 22:04:41 +0100
From: Claudia Becker <claudia.becker@posteo.de>
To: privacy@shop.example.be
Subject: Re: Wir haben Ihre Nachricht erhalten [PRIV-2026-3312]
Message-ID: <f31c7b2a8e0d4c91@posteo.de>
In-Reply-To: <ack.PRIV-2026-3312@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ticket: PRIV-2026-3312
Status: offen
Erinnerung Nr. 2
----------------------------------------
Erhalten, danke. Allerdings ist mein Auskunftsersuchen vom 5. Oktober
bis heute unbeantwortet - das ist mehr als einen Monat her. Bitte
senden Sie mir jetzt endlich die Auskunft nach Art. 15 DSGVO =C3=BCber alle
Daten, die Sie zu mir gespeichert haben.

Bleibt auch diese Erinnerung ohne Antwort, reiche ich Beschwerde bei
der Datenschutzbeh=C3=B6rde ein.

Claudia Becker
'''),

    ('es', 'persona-fuera-oficina-portabilidad', 'portability', (),
'''Date: Thu, 12 Nov 2026 19:40:12 +0100
From: Javier Molina <javier.molina@hotmail.es>
To: privacy@shop.example.be
Subject: Mis datos
Message-ID: <AM0PR09MB4417F1A3E7C2D9B0E3A1C88FB21A9@AM0PR09MB4417.eurprd09.prod.outlook.com>
Content-Language: es-ES
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_AM0PR09MB4417F1A3E7C2D9B0E3A1C88FB21A9AM0PR09MB4417eurp_"

--_000_AM0PR09MB4417F1A3E7C2D9B0E3A1C88FB21A9AM0PR09MB4417eurp_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Gracias por su correo.

Estar=E9 fuera de la oficina hasta el lunes 16. Mientras tanto, les pido qu=
e me env=EDen todos mis datos de cliente (pedidos, direcciones y puntos de =
la tarjeta de fidelidad) en un archivo CSV o JSON, para poder llevarlos a o=
tra tienda.

Un saludo,
Javier Molina

--_000_AM0PR09MB4417F1A3E7C2D9B0E3A1C88FB21A9AM0PR09MB4417eurp_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dutf-8"></head><body><p>Gracias por su correo.</p>
<p>Estar=E9 fuera de la oficina hasta el lunes 16. Mientras tanto, les pido=
 que me env=EDen todos mis datos de cliente (pedidos, direcciones y puntos =
de la tarjeta de fidelidad) en un archivo CSV o JSON, para poder llevarlos =
a otra tienda.</p>
<p>Un saludo,<br>
Javier Molina</p>
</body></html>

--_000_AM0PR09MB4417F1A3E7C2D9B0E3A1C88FB21A9AM0PR09MB4417eurp_--
'''),

    ('it', 'persona-conferma-cancellazione-newsletter', 'deletion', ('withdraw_consent',),
'''Date: Tue, 17 Nov 2026 13:02:55 +0100
From: Luca Rinaldi <luca.rinaldi88@gmail.com>
To: privacy@shop.example.be
Subject: Re: La tua richiesta sui dati personali: conferma [REQ-48600]
Message-ID: <CAF8jK2vR0xT5nP3mW9qY1zB7cD4eH6gL0aS2uN8tR5wQ3pX1yM@mail.gmail.com>
In-Reply-To: <req-48600.verify@shop.example.be>
References: <req-48600.verify@shop.example.be>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="000000000000c90a2b05f3d77e15"

--000000000000c90a2b05f3d77e15
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Ricevuto, grazie.

Confermo che la richiesta =C3=A8 mia: procedete pure con la cancellazione d=
ell'account e smettete di mandarmi la newsletter.

Luca Rinaldi

Il giorno mar 17 nov 2026 alle ore 11:20 <privacy@shop.example.be> ha scrit=
to:
> Gentile cliente,
>
> abbiamo ricevuto una richiesta relativa ai tuoi dati personali su
> shop.example.be (riferimento REQ-48600). Per proteggere i tuoi dati
> dobbiamo prima verificare che la richiesta provenga davvero da te.
>
> Conferma rispondendo a questa email entro 14 giorni.
>
> Se non hai inviato questa richiesta, ignora questo messaggio.
>
> Cordiali saluti,
> Il team privacy di shop.example.be

--000000000000c90a2b05f3d77e15
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Ricevuto, grazie.<br><br>Confermo che la richiesta =C3=A8 =
mia: procedete pure con la cancellazione dell'account e smettete di mandarm=
i la newsletter.<br><br>Luca Rinaldi<br><br>Il giorno mar 17 nov 2026 alle =
ore 11:20 <privacy@shop.example.be> ha scritto:<br>> Gentile cliente,<br>><=
br>> abbiamo ricevuto una richiesta relativa ai tuoi dati personali su<br>>=
 shop.example.be (riferimento REQ-48600). Per proteggere i tuoi dati<br>> d=
obbiamo prima verificare che la richiesta provenga davvero da te.<br>><br>>=
 Conferma rispondendo a questa email entro 14 giorni.<br>><br>> Se non hai =
inviato questa richiesta, ignora questo messaggio.<br>><br>> Cordiali salut=
i,<br>> Il team privacy di shop.example.be</div>

--000000000000c90a2b05f3d77e15--
'''),

    ('pt', 'pessoa-mudei-de-casa-corrigir', 'correction', (),
'''Date: Wed, 25 Nov 2026 09:31:04 +0000
From: Catarina Lopes <catarina.lopes@sapo.pt>
To: privacy@shop.example.be
Subject: Nova morada
Message-ID: <1764063064.78211.2@webmail.sapo.pt>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Mudei de casa.
Por favor atualizem a minha morada e o meu telem=C3=B3vel nos vossos regist=
os:
Rua da Alegria 221, 2.=C2=BA Esq., 4000-041 Porto - 936 114 502

Obrigada,
Catarina Lopes
'''),

    ('pl', 'osoba-urlop-ale-usunac-konto', 'deletion', (),
'''Date: Thu, 19 Nov 2026 18:22:00 +0100
From: Agnieszka Nowak <agnieszka.nowak@interia.pl>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Zimowa_wyprzeda=C5=BC=3A_koce_i_poduszki_-25=25?=
Message-ID: <b2e0f4a1c7d94e3a9f11@interia.pl>
In-Reply-To: <nl-2026-47.9933871@news.shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-2"
Content-Transfer-Encoding: quoted-printable

Dzi=EAkuj=EA za wiadomo=B6=E6.

Jestem na urlopie do poniedzia=B3ku, ale prosz=EA w mi=EAdzyczasie usun=B1=
=E6 moje konto w Pa=F1stwa sklepie razem z kart=B1 sta=B3ego klienta.

Pozdrawiam
Agnieszka Nowak
'''),

    ('sv', 'person-mottaget-sluta-nyhetsbrev', 'withdraw_consent', (),
'''Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable
From: Linnea Berg <linnea.berg@icloud.com>
Mime-Version: 1.0 (1.0)
Date: Tue, 24 Nov 2026 16:09:27 +0100
Subject: Re: Vi har tagit emot ditt meddelande [PRIV-2026-3390]
Message-Id: <E91A3C7D-5B20-4F16-8A4E-2D7C0B9F6E13@icloud.com>
In-Reply-To: <ack.PRIV-2026-3390@shop.example.be>
To: privacy@shop.example.be
X-Mailer: iPhone Mail (22B83)

Tack, mottaget!
Och sluta skicka nyhetsbrevet till mig, tack.

/Linnea

Skickat fr=C3=A5n min iPhone'''),

    ('cs', 'osoba-prijato-namitka-profilovani', 'objection', (),
'''Date: Sat, 21 Nov 2026 09:47:50 +0100
From: =?utf-8?b?VG9tw6HFoSBLcsOhbA==?= <tomas.kral@email.cz>
To: privacy@shop.example.be
Subject: =?utf-8?b?UmU6IFBvdHZyemVuw60gcMWZaWpldMOtIGRvdGF6dSBbUFJJVi0yMDI2LTM0MDFd?=
Message-ID: <3a.Kk8P.5w2Rq1VtY0e.1hXcTz@email.cz>
In-Reply-To: <ack.PRIV-2026-3401@shop.example.be>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

P=C5=99ijato, d=C3=ADky.

A je=C5=A1t=C4=9B jedna v=C4=9Bc: nesouhlas=C3=ADm s t=C3=ADm, abyste histo=
rii m=C3=BDch n=C3=A1kup=C5=AF pou=C5=BE=C3=ADvali k profilov=C3=A1n=C3=AD =
a personalizovan=C3=A9 reklam=C4=9B. Vzn=C3=A1=C5=A1=C3=ADm proti tomu n=C3=
=A1mitku, pros=C3=ADm s t=C3=ADm p=C5=99esta=C5=88te.

Tom=C3=A1=C5=A1 Kr=C3=A1l
'''),

    ('ro', 'persoana-mesaj-primit-acces', 'access', (),
'''Date: Thu, 26 Nov 2026 20:55:31 +0200
From: Andrei Munteanu <andrei.munteanu@yahoo.com>
To: privacy@shop.example.be
Subject: =?utf-8?q?Re=3A_Reduceri_de_iarn=C4=83=3A_p=C4=83turi_=C8=99i_perne_-25=25?=
Message-ID: <1276418802.2219903.1764183331022@mail.yahoo.com>
In-Reply-To: <nl-2026-47.9934512@news.shop.example.be>
X-Mailer: WebService/1.1.24562 YMailNorrin
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="----=_Part_2219902_1480137771.1764183331021"

------=_Part_2219902_1480137771.1764183331021
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Mesaj primit.
V=C4=83 rog s=C4=83-mi trimite=C8=9Bi o copie a datelor personale pe care l=
e de=C8=9Bine=C8=9Bi despre mine.

Andrei Munteanu

------=_Part_2219902_1480137771.1764183331021
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div class=3D"ydp3f1c2a7eyahoo-style-wrap">Mesaj p=
rimit.<br>V=C4=83 rog s=C4=83-mi trimite=C8=9Bi o copie a datelor personale=
 pe care le de=C8=9Bine=C8=9Bi despre mine.<br><br>Andrei Munteanu</div></b=
ody></html>

------=_Part_2219902_1480137771.1764183331021--
'''),

]

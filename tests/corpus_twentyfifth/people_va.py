"""Twenty-fifth set, letters as they really arrive: templates half-filled, pasted and damaged, in threads (en nl fr de es). Written apart from the rules (see make_twentyfifth.py)."""

PEOPLE_VA = {
    "en": [
        ("access", (), "Subject access request",
         """Dear Sir or Madam,

[Your full name and address]
[Phone number and email address]

Subject access request

Please supply the personal data you hold about me, which I am entitled to receive under data protection law, held in:

[give specific details of where to search, e.g. my customer account, emails between dates X and Y, phone recordings]

If you need any more information from me, please let me know as soon as possible.

It may be helpful for you to know that data protection law requires you to respond to a request for personal data within one calendar month.

If you do not normally deal with these requests, please pass this letter to your Data Protection Officer or relevant staff member.

Yours faithfully
[Signature]

Graham Petts
Rue des Chartreux 14, 1000 Brussels
(the account is under this email address)
""", "Graham Petts"),

        ("access", (), "",
         """the attachment wouldnt send so i pasted it below

Dear Data Protection Officer,
I am writing to make a request under Article 15 of the General Data Protec-
tion Regulation for a copy of all personal data that your company holds
about me.  Please also tell me the purposes of the processing, the
categories of data concerned, the recipients to whom my data has been or
will be disclosed (in particular any ?marketing partners? mentioned in your
privacy policy), how long you intend to keep it, and where you obtained it
if not from me.
I understand that you have one month to respond. If I donâ€™t receive a
reply within that time I will refer the matter to the Data Protection
Authority (Gegevensbeschermingsautoriteit / Autorité de protection des
données).
My details:
Name:  Siobhán O?Connor
Customer number: 4471093
Email used for the account: siobhan.oconnor@eircom.net
Yours faithfully,
Siobhán O?Connor
""", "Siobhan O'Connor"),

        ("deletion", (), "Request for erasure of my personal data",
         """Dear ASOS Customer Care team,

I would like you to delete my account and all the personal data you hold about me, under Article 17 of the GDPR. I no longer use your service and I do not want you to keep my details.

Please confirm in writing once this has been done.

Account email: kerry.baines84@gmail.com

Thanks,
Kerry Baines
""", "Kerry Baines"),

        ("deletion", ("withdraw_consent", "objection"), "As discussed",
         """As discussed on the phone with your colleague this morning (Sandra I think), here it is in writing.

Martin

Dear Sir/Madam,

RE: Account holder [NAME] - customer number [NUMBER]

I am writing about the personal data you hold about me.
1. Please erase all personal data you hold about me without undue delay (Article 17 GDPR) and close my online account and loyalty card.
2. I withdraw any consent I have given to receive marketing by email, SMS or post.
3. I object to any processing of my personal data for direct marketing, including profiling, and to its disclosure to your marketing partners (Article 21 GDPR).

Please confirm in writing when you have done this.

Yours faithfully,

Martin Hollis
cust. no. 20588714
""", "Martin Hollis"),

        ("objection", (), "Re: Spring is here - up to 40% off garden furniture",
         """To be clear, I am NOT asking to unsubscribe, I actually like the newsletter. But I object, under Article 21 GDPR, to you analysing my purchase history and browsing on your site to build a profile of me and target me with "personalised" offers, and to you passing my details to your advertising partners for ads on Facebook etc. Please stop that processing.

Jane Moorcroft

On Thu, 6 Mar 2025 at 07:02, shop.example.be <news@shop.example.be> wrote:
> Spring is here!
> Up to 40% off garden furniture, this week only.
> Because you bought: Parasol base 25 kg
> We think you'll love: Aluminium bistro set, 3 pcs
>
> You receive this email because you subscribed to our newsletter. Unsubscribe
""", "Jane Moorcroft"),

        ("withdraw_consent", (), "RE: Data request",
         """Thanks for this. While you're at it please take me off the newsletter too, I don't want the weekly mails any more. I only ticked the box because the girl at the till said I needed it for the loyalty card.

Regards
Priya

-----Original Message-----
From: Privacy shop.example.be <privacy@shop.example.be>
Sent: 04 March 2025 09:15
To: Priya Raman <priya.raman@outlook.com>
Subject: RE: Data request

Dear customer,

We have received your request of 3 March 2025 and registered it under reference PRV-25-0412. We will reply within one month of receipt.

Kind regards,
The privacy team
shop.example.be
""", "Priya Raman"),

        ("portability", (), "data",
         """To whom it may concern,

I am a current / former (delete as appropriate) customer of yours and I am writing to exercise my right to data portability under Article 20 of the GDPR.

Please provide the personal data I have provided to you, including my account details, order history and loyalty card transactions, in a structured, commonly used and machine-readable format (for example CSV or JSON), so that I can transmit it to another controller.

Name: Tomasz Brennan
Email: <email address>
Date of birth: XX/XX/XXXX

Kind regards
Tom Brennan
tbrennan@protonmail.com
""", "Tom Brennan"),

        ("correction", (), "Request for rectification of personal data",
         """Dear Sir or Madam
Request for rectification of personal data
I am writing to ask you to correct the following personal data which you hold about me and which is inaccurate:
My surname is spelt wrongly on my account and on every
delivery label, it is Featherstonehaugh not Featherstone
My delivery address is still my old flat, it should be
Avenue Brugmann 212 bte 4, 1190 Forest
My date of birth is shown as 01/01/1900 which is
obviously not correct, it is 17/09/1979
Please confirm the correction within one month as required by Article 16 GDPR.
Yours faithfully
Rupert Featherstonehaugh
""", "R. Featherstonehaugh"),

        ("restriction", (), "Article 18 request",
         """Dear [Name of company],

I am writing to request that you restrict the processing of my personal data under Article 18 of the GDPR.

I contest the accuracy of the personal data you hold about me, namely that my customer account has been marked as a "high returns" customer and my orders are now held for manual review. I have returned two items in three years. Until you have verified the accuracy of this data, please restrict its processing: keep it, but do not use it for anything.

Please do NOT delete my account or order history, I need the purchase records for a warranty claim on the lawn mower.

[Your name]
Alan Whitcombe
""", "Alan Whitcombe"),

        ("complaint", ("access",), "Fwd: subject access request",
         """still nothing? its been 6 weeks now

---------- Forwarded message ---------
From: Dave Kershaw <dkershaw1971@gmail.com>
Date: Mon, 20 Jan 2025 at 21:47
Subject: subject access request
To: <privacy@shop.example.be>


Hello,
I would like a copy of all the data you have on me please, account is under this email address.
Thanks
Dave
""", "Dave Kershaw"),

        ("complaint", ("deletion",), "Re: Your request PRV-24-1187",
         """You acknowledged this on 2 January and said one month. It is now 19 February and my account is still there, I logged in this morning to check, and I got another of your promotional emails yesterday. This is not acceptable. Delete my account and my data. If this is not done by the end of this week I will lodge a complaint with the Data Protection Authority.

Sarah Whitfield

On Thu, 2 Jan 2025 at 10:03, Privacy <privacy@shop.example.be> wrote:
> Dear customer,
>
> Thank you for your message. We confirm that we have received your request for erasure of your personal data (reference PRV-24-1187).
> We will handle your request within one month.
>
> Kind regards,
> The privacy team
""", "Sarah Whitfield"),

        ("access", ("correction",), "GDPR request form",
         """Hi - filled this in off the consumer website, I want both of these done please.

Dear Sir/Madam,
Name: Linda Cheung
Address: <your address> 7 Clos du Lilas, 1410 Waterloo
Customer/account no: 55120983

[Choose one of the options below]
[X] I would like a copy of all personal data you hold about me (Article 15 GDPR)
[X] Please correct the following inaccurate data (Article 16 GDPR): my phone number is +32 478 12 34 56, not the old UK number, and my title is Ms not Mr.
[ ] Please erase my personal data (Article 17 GDPR)

I look forward to hearing from you within one month.

Linda
""", "Linda Cheung"),

        ("other", (), "question",
         """Hello,

I'm thinking of signing up for your loyalty card but I read your privacy policy first and I have a couple of questions. It says you share data with "selected marketing partners" - what kind of companies are these in general, and is that opt-in or opt-out? And does the card work without installing the app?

I don't have an account with you yet, just want to know before I sign up.

Thanks
Ben
""", "Ben Adeyemi"),
    ],

    "nl": [
        ("access", (), "inzageverzoek AVG",
         """Geachte heer/mevrouw,

Ik verzoek u mij, overeenkomstig artikel 15 van de Algemene Verordening Gegevensbescherming (AVG), inzage te geven in de persoonsgegevens die u over mij verwerkt.

Ik wens in het bijzonder te weten:
- of u persoonsgegevens over mij verwerkt;
- welke gegevens u verwerkt en voor welke doeleinden;
- aan wie u mijn gegevens heeft verstrekt;
- hoe lang u mijn gegevens bewaart;
- waar u mijn gegevens vandaan heeft.

Ik verzoek u mij een kopie van deze gegevens te bezorgen binnen de termijn van één maand, zoals bepaald in artikel 12.3 AVG.

Mijn identificatiegegevens: [naam, adres, geboortedatum]

Met vriendelijke groet,
[handtekening]

Kristof Vermeulen
""", "Kristof Vermeulen"),

        ("access", (), "",
         """Zie onderstaande brief.

Verzoek om inzage persoonsgege-
vens
Geachte heer, mevrouw,
Op grond van artikel 15 van de Algemene Verordening Gegevensbe-
scherming (AVG) verzoek ik u mij een overzicht te sturen van alle  persoonsgegevens
die u van mij verwerkt. Ik wil ook graag weten met welk doel u
mijn gegevens gebruikt, aan welke partijen u ze heeft gegeven en
hoe lang u ze bewaart.
U heeft een maand de tijd om op mijn verzoek te reageren. Krijg ik binnen die termijn
geen reactie, dan dien ik een klacht in bij de Gegevensbeschermingsautoriteit.
Met vriendelijke groet,
M. de Groot ? van Dijk
klantnummer 3309174
""", "DE GROOT M."),

        ("deletion", (), "Verwijderen gegevens",
         """Geachte Coolblue,

Hierbij verzoek ik u om al mijn persoonsgegevens te verwijderen en mijn klantaccount op te heffen, op grond van artikel 17 van de AVG. Ik maak geen gebruik meer van uw diensten.

Ik verzoek u mij binnen een maand schriftelijk te bevestigen dat mijn gegevens zijn gewist.

Met vriendelijke groet,

Sanne Bakker
sanne.bakker@ziggo.nl
""", "Sanne Bakker"),

        ("withdraw_consent", ("deletion",), "zoals telefonisch besproken",
         """Goedemiddag,

Zoals vanmorgen telefonisch besproken met uw collega van de klantendienst:

Ik trek mijn toestemming in voor het ontvangen van de nieuwsbrief en de promomails (ook de sms'jes met kortingsbonnen). Daarnaast wil ik dat jullie de gegevens van mijn klantenkaart volledig wissen, de kaart zelf mag geschrapt worden, ik gebruik hem niet meer.

Kaartnummer 2900 4417 8821
Mvg
Hilde Claes
""", "Hilde Claes"),

        ("objection", (), "verzet direct marketing",
         """Aan [naam van de verwerkingsverantwoordelijke]
[adres]

Betreft: verzet tegen de verwerking van mijn persoonsgegevens voor direct marketing

Geachte,

Overeenkomstig artikel 21.2 van de Algemene Verordening Gegevensbescherming teken ik verzet aan tegen de verwerking van mijn persoonsgegevens voor direct-marketingdoeleinden, met inbegrip van profilering die met dergelijke direct marketing verband houdt. Ik wens evenmin dat mijn gegevens met dat doel worden doorgegeven aan derden of aan uw marketingpartners.

Gelieve mij te bevestigen dat u aan mijn verzoek gevolg heeft gegeven.

Met de meeste hoogachting,

Jozef Wouters
Kerkstraat 8, 3500 Hasselt
""", "Jozef Wouters"),

        ("portability", (), "Re: uw verzoek PRV-25-0377",
         """Bedankt voor de bevestiging. Nog een vraag erbij: kunnen jullie mijn gegevens (account, bestelgeschiedenis en de punten van de klantenkaart) in een CSV- of Excelbestand aanleveren, dus een gestructureerd, machineleesbaar formaat zoals in artikel 20 AVG? Ik wil mijn aankoopgeschiedenis meenemen naar een ander platform.

Groeten,
Ruben

Op di 11 mrt 2025 om 14:22 schreef Privacy <privacy@shop.example.be>:
> Beste klant,
>
> Wij hebben uw verzoek goed ontvangen en geregistreerd onder referentie PRV-25-0377.
> U ontvangt binnen één maand een antwoord.
>
> Met vriendelijke groeten,
> Het privacyteam
""", "Ruben Peeters"),

        ("correction", (), "Rectificatie",
         """Geachte heer/mevrouw,
Verzoek tot rectificatie (artikel 16 AVG)
Ik stel vast dat u onjuiste gegevens over mij verwerkt. Ik verzoek u de volgende gegevens te corrigeren:
Naam: u schrijft Van den Broek, het moet Vandenbroeck zijn
(in één woord, met ck)
Adres: Lange Kievitstraat 41 bus 3, 2018 Antwerpen (niet
meer Berchem)
E-mailadres: het oude adres op telenet
wordt niet meer gelezen, gebruik dit adres
Graag ontvang ik binnen een maand een bevestiging van de wijzigingen.
Hoogachtend,
Els Vandenbroeck
""", "Els Vandenbroeck"),

        ("restriction", (), "beperking verwerking",
         """Geachte heer/mevrouw,

Ik ben klant / geen klant meer (schrappen wat niet past) bij uw onderneming.

Op grond van artikel 18 AVG verzoek ik u de verwerking van mijn persoonsgegevens te beperken. U heeft mij laten weten dat u mijn bestelgegevens gaat verwijderen omdat u ze niet meer nodig heeft, maar ik heb ze nodig in een geschil met de vervoerder over een beschadigde levering (bestelling 100388145, tuinset). Bewaar ze dus, maar gebruik ze verder nergens voor tot het geschil is afgerond.

Met vriendelijke groet,
[naam]
Pieter Goossens
""", "Pieter Goossens"),

        ("complaint", ("access",), "Fwd: inzage persoonsgegevens",
         """nog steeds niks?? al 7 weken verder

---------- Doorgestuurd bericht ---------
Van: Wim Maes <wim.maes@skynet.be>
Date: ma 13 jan 2025 om 20:31
Subject: inzage persoonsgegevens
To: <privacy@shop.example.be>


Goedenavond,
Graag had ik een kopie gekregen van alle gegevens die jullie van mij bijhouden (account op dit mailadres + klantenkaart).
Dank u
Wim Maes
""", "Wim Maes"),

        ("complaint", ("objection",), "RE: bevestiging",
         """Jullie bevestigden op 3 februari dat mijn gegevens niet meer voor reclame gebruikt zouden worden. Vandaag alweer een sms met "exclusieve korting voor jou" en een folder op naam in de bus. Dat is nu al de derde keer. Ik herhaal: geen reclame meer, geen profilering, niets doorgeven aan partners. Volgende keer dien ik klacht in bij de GBA.

Luc Jacobs

Van: Privacy shop.example.be <privacy@shop.example.be>
Verzonden: maandag 3 februari 2025 10:47
Aan: Luc Jacobs <lucjacobs62@hotmail.com>
Onderwerp: RE: bevestiging

Beste heer Jacobs,

Wij hebben uw bezwaar tegen direct marketing goed ontvangen. Uw gegevens worden binnen enkele dagen uit onze marketingbestanden verwijderd.

Met vriendelijke groeten,
Het privacyteam
""", "Luc Jacobs"),

        ("complaint", (), "datalek???",
         """Goeiedag,

Toen ik vanavond inlogde op mijn account zag ik bij "mijn bestellingen" de bestelling van iemand anders: naam, adres in Gent, telefoonnummer en wat die persoon gekocht heeft. Dat is toch niet normaal? Als ik de gegevens van een ander kan zien, kan een ander de mijne waarschijnlijk ook zien. Ik vind dit echt niet kunnen en ik wil weten wat jullie hieraan gaan doen, en of jullie dit gemeld hebben.

Screenshot heb ik genomen.

An Verstraete
""", "An Verstraete"),

        ("access", ("deletion",), "Verzoek AVG",
         """Geachte,

Ik vraag in de eerste plaats inzage in alle persoonsgegevens die u over mij bijhoudt (artikel 15 AVG), met een kopie ervan.

Nadat ik die kopie ontvangen heb, verzoek ik u al mijn gegevens te wissen en mijn account af te sluiten (artikel 17 AVG).

Naam: <naam>
E-mail: dit adres
Klantnummer: 6612087

Met vriendelijke groeten,
Jan Dewulf
""", "Jan Dewulf"),

        ("other", (), "Ingebrekestelling wettelijke garantie",
         """[Uw naam]
[Uw adres]

Aan: [naam en adres van de verkoper]

Betreft: wettelijke garantie - bestelling nr. [nummer] van [datum]

Geachte heer, mevrouw,

Op [datum] kocht ik bij u een hogedrukreiniger, bestelling 100512093. Na vier maanden werkt het toestel niet meer: de motor slaat af na enkele seconden.

Overeenkomstig de wettelijke garantie van twee jaar (artikel 1649quater van het Burgerlijk Wetboek) verzoek ik u het toestel kosteloos te herstellen of te vervangen. Ik verzoek u mij binnen de 15 dagen na ontvangst van deze brief te laten weten hoe u dit zal regelen.

Bij gebrek aan reactie behoud ik mij het recht voor om verdere stappen te ondernemen.

Met vriendelijke groeten,
Bart Hermans
""", "Bart Hermans"),
    ],

    "fr": [
        ("access", (), "Demande de droit d'accès",
         """[Prénom Nom]
[Adresse]
[Code postal - Ville]

Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers.

Dans l'affirmative, je souhaite obtenir une copie, dans un format compréhensible, de l'ensemble de ces données, ainsi que toute information disponible sur leur origine, les finalités du traitement et les destinataires auxquels elles ont été communiquées.

Je vous rappelle que vous disposez d'un délai maximal d'un mois suivant la réception de ce courrier pour répondre à ma demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

[Signature]

Nathalie Dubois
""", "Nathalie Dubois"),

        ("access", (), "Re:",
         """Bonjour,
Suite Ã   mon appel, voici ma demande :
Madame, Monsieur,
ConformÃ©ment Ã   lâ€™article 15 du RGPD, je souhaite avoir accÃ¨s Ã   lâ€™ensemble
des donnÃ©es personnelles vous concernant... me concernant que vous dÃ©-
tenez, et en obtenir une copie. Je souhaite Ã©galement connaÃ®tre les fi-
nalitÃ©s des traitements, les destinataires de mes donnÃ©es (notamment
vos Â« partenaires commerciaux Â») et la durÃ©e de conservation.
Sans rÃ©ponse de votre part dans un dÃ©lai dâ€™un mois, je me rÃ©serve le droit de
saisir lâ€™AutoritÃ© de protection des donnÃ©es.
Cordialement,
Olivier Lambert
n° client 4120558
""", "Olivier Lambert"),

        ("deletion", (), "Suppression de mon compte",
         """Madame, Monsieur,

Je suis titulaire d'un compte client Cdiscount sous l'adresse électronique ci-dessous. Conformément à l'article 17 du RGPD, je vous demande de supprimer mon compte ainsi que l'ensemble des données personnelles me concernant.

Je vous remercie de me confirmer la suppression dans un délai d'un mois.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Sylvie Marchal
sylvie.marchal@orange.fr
""", "Sylvie Marchal"),

        ("objection", ("deletion",), "Opposition prospection commerciale",
         """Madame, Monsieur,

Je reçois régulièrement de votre part des courriels et des SMS publicitaires.

En application de l'article 21 du RGPD, je m'oppose à l'utilisation de mes données personnelles à des fins de prospection commerciale, y compris le profilage, ainsi qu'à leur transmission à vos partenaires.

Je vous demande en outre de procéder à l'effacement des données me concernant (article 17 du RGPD) et de m'en informer.

À défaut de réponse dans un délai d'un mois, je me réserve la possibilité de saisir l'autorité de contrôle.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Christophe Lemaire
[Adresse électronique concernée] c.lemaire@gmail.com
""", "Christophe Lemaire"),

        ("withdraw_consent", (), "newsletter",
         """Bonjour,

Comme convenu avec votre collègue au téléphone ce matin, je vous confirme par écrit : je retire mon consentement pour recevoir votre newsletter et vos offres par mail. Merci de me désinscrire, le lien en bas du mail ne fonctionne pas (page blanche).

Bonne journée
Martine Leclercq
""", "martine leclercq"),

        ("portability", (), "Demande de portabilité de mes données",
         """Madame, Monsieur,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre les données personnelles que je vous ai fournies (données de compte, historique de commandes, points fidélité), dans un format structuré, couramment utilisé et lisible par machine.

[Choisissez l'une des options ci-dessous et supprimez l'autre]
Je souhaite que ces données me soient transmises directement.

Je vous remercie de me faire parvenir ces données dans un délai d'un mois à compter de la réception de la présente.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Julien Renard
""", "Julien Renard"),

        ("correction", (), "RE: Accusé de réception de votre demande",
         """Merci pour votre réponse. En attendant, pourriez-vous corriger mon adresse de livraison ? Ce n'est plus rue de Namur 45 mais rue des Glycines 12, 5000 Namur, et mon nom est Dupont-Mathieu avec un trait d'union, pas Dupont Mathieu. Le dernier colis est reparti à l'ancienne adresse à cause de ça.

Cordialement
Anne Dupont-Mathieu

De : Privacy shop.example.be <privacy@shop.example.be>
Envoyé : mercredi 12 mars 2025 11:04
À : Anne Dupont-Mathieu <anne.dupontmathieu@skynet.be>
Objet : Accusé de réception de votre demande

Madame,

Nous accusons bonne réception de votre demande du 11 mars 2025, enregistrée sous la référence PRV-25-0402. Nous y répondrons dans un délai d'un mois.

Bien cordialement,
L'équipe vie privée
""", "Anne Dupont-Mathieu"),

        ("restriction", (), "",
         """Madame, Monsieur,
Objet : demande de limitation du traitement (article 18
du RGPD)
Vous m'avez informé que les données relatives à ma commande n° 100391277 allaient
être supprimées. Or j'ai besoin de ces données dans le cadre d'un litige
en cours avec le transporteur (colis livré endommagé). Je vous demande donc
de ne pas les effacer, mais d'en limiter le traitement : conservez-les,
sans les utiliser à d'autres fins, jusqu'à la clôture du litige.
Je vous prie d'agréer mes salutations distinguées.
Thierry Collard
""", "Thierry Collard"),

        ("complaint", ("access",), "RELANCE - demande d'accès à mes données",
         """Madame, Monsieur,

Par courriel du 8 janvier 2025, je vous ai adressé une demande d'accès à mes données personnelles sur le fondement de l'article 15 du RGPD.

À ce jour, et malgré l'expiration du délai d'un mois prévu par l'article 12 du RGPD, je n'ai reçu aucune réponse de votre part.

Je vous demande donc à nouveau de me communiquer une copie de l'ensemble des données me concernant. À défaut de réponse sous huit jours, je saisirai l'Autorité de protection des données d'une plainte.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

[Nom Prénom]
Véronique Gilson
""", "Véronique Gilson"),

        ("complaint", ("deletion",), "TR: suppression compte",
         """toujours rien ? mon compte est toujours actif

---------- Forwarded message ---------
De : Kevin Masson <kevin.masson@hotmail.fr>
Date: ven. 10 janv. 2025 à 18:12
Subject: suppression compte
To: <privacy@shop.example.be>


Bonjour, je voudrais que vous supprimiez mon compte et toutes mes données svp. Merci
Kevin Masson
""", "Kevin Masson"),

        ("complaint", (), "Utilisation abusive de mon adresse",
         """Bonjour,

J'utilise une adresse mail unique pour chaque site. L'adresse shopjardin@massart-famille.be n'a été donnée qu'à vous, lors de la création de mon compte en 2023. Depuis deux semaines, elle reçoit des publicités pour des crédits, des casinos et des pilules. Soit vous avez vendu vos fichiers, soit vous avez subi une fuite de données et vous ne l'avez dit à personne.

Je trouve cela inadmissible et j'attends une explication sérieuse sur ce qui s'est passé.

Pascal Massart
""", "Pascal Massart"),

        ("access", ("objection",), "données transmises à vos partenaires",
         """Madame, Monsieur,

Votre politique de confidentialité indique que vous partagez des données avec des « partenaires marketing ». Je souhaite savoir précisément quelles données me concernant vous avez transmises, à quels partenaires et à quelles dates (article 15 du RGPD), et recevoir une copie de ces données.

Par ailleurs, je m'oppose dorénavant à toute transmission de mes données à ces partenaires à des fins publicitaires (article 21 du RGPD).

Cordialement,
Céline Hubert
""", "Céline Hubert"),

        ("other", (), "Mise en demeure",
         """[Vos nom et prénom]
[Votre adresse]

[Nom et adresse du vendeur]

Lettre recommandée avec accusé de réception

Objet : mise en demeure de livrer - commande n° [numéro]

Madame, Monsieur,

Le 2 février 2025, j'ai passé commande sur votre site d'une tondeuse à gazon (commande n° 100467730) pour un montant de 349 euros, que j'ai intégralement réglé. La livraison était prévue au plus tard le 14 février.

À ce jour, je n'ai toujours pas été livré. Je vous mets en demeure de procéder à la livraison dans un délai de huit jours à compter de la réception de ce courrier. À défaut, je considérerai le contrat comme résolu et vous demanderai le remboursement intégral des sommes versées.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Gérard Fontaine
""", "Gérard Fontaine"),
    ],

    "de": [
        ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO",
         """[Vorname Name]
[Straße Hausnummer]
[PLZ Ort]

[Name und Anschrift des Unternehmens]

Datum: TT.MM.JJJJ

Auskunftsersuchen nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Ist dies der Fall, verlange ich Auskunft über diese Daten sowie über
- die Verarbeitungszwecke,
- die Empfänger oder Kategorien von Empfängern,
- die geplante Speicherdauer,
- die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

Bitte stellen Sie mir außerdem eine Kopie der Daten zur Verfügung (Art. 15 Abs. 3 DSGVO).

Ich erwarte Ihre Antwort innerhalb eines Monats nach Eingang dieses Schreibens.

Mit freundlichen Grüßen

Andreas Köhler
Kundennummer 3871442
""", "Andreas Köhler"),

        ("access", (), "",
         """Guten Tag,
im Anhang wäre mein Schreiben, falls der Anhang nicht ankommt hier nochmal als Text:

Sehr geehrte Damen und Herren,
gemäß Art. 15 der Datenschutz-
grundverordnung (DSGVO) bitte ich Sie um Auskunft über die zu meiner Person
gespeicherten Daten.  Insbesondere interessiert mich, welche Daten Sie im
Zusammenhang mit meiner ?Kundenkarte? und meinem Online-Konto speichern
und an welche ?Partner? Sie diese weitergegeben haben.
Sollte ich innerhalb eines Monats keine Antwort erhalten, werde ich mich an die
zuständige Datenschutzaufsichtsbehörde wenden.
Mit freundlichen Grüßen
Monika Brandt
""", "Monika Brandt"),

        ("deletion", (), "Löschung meiner Daten",
         """Sehr geehrte Damen und Herren der Zalando SE,

hiermit fordere ich Sie gemäß Art. 17 DSGVO auf, sämtliche zu meiner Person gespeicherten Daten unverzüglich zu löschen und mein Kundenkonto aufzulösen.

Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
Jens Hoffmann
jens.hoffmann@web.de
""", "Jens Hoffmann"),

        ("objection", ("access", "deletion"), "Widerspruch Werbung / Auskunft / Löschung",
         """Sehr geehrte Damen und Herren,

ich habe heute erneut Werbung von Ihnen erhalten.

1. Ich widerspreche hiermit der Verarbeitung und Nutzung meiner personenbezogenen Daten für Zwecke der Werbung sowie der Markt- und Meinungsforschung (Art. 21 Abs. 2 und 3 DSGVO). Dies gilt auch für die Weitergabe an Dritte.

2. Zugleich verlange ich Auskunft über die zu meiner Person gespeicherten Daten, deren Herkunft und Empfänger sowie den Zweck der Speicherung (Art. 15 DSGVO).

3. Nach Erteilung der Auskunft sind meine Daten zu löschen (Art. 17 DSGVO), soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen.

Mit freundlichen Grüßen

Ursula Wagner
""", "Ursula Wagner"),

        ("withdraw_consent", (), "Newsletter",
         """Hallo,

wie heute Vormittag am Telefon mit Ihrer Kollegin besprochen, hier nochmal schriftlich: Ich widerrufe meine Einwilligung zum Erhalt Ihres Newsletters und der Angebote per E-Mail. Bitte nehmen Sie mich aus dem Verteiler.

Danke & Gruß
Stefan Lorenz
""", "Stefan Lorenz"),

        ("portability", (), "AW: Ihre Auskunft nach Art. 15 DSGVO",
         """Danke für die Auskunft. Mit dem PDF kann ich allerdings nichts anfangen. Ich möchte die Daten, die ich Ihnen bereitgestellt habe (Konto, Bestellhistorie, Kundenkarte), nach Art. 20 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format erhalten, also CSV oder JSON.

Gruß
Thomas Becker

Von: Privacy shop.example.be <privacy@shop.example.be>
Gesendet: Dienstag, 4. März 2025 16:20
An: Thomas Becker <t.becker@gmx.de>
Betreff: Ihre Auskunft nach Art. 15 DSGVO

Sehr geehrter Herr Becker,

anbei erhalten Sie die Auskunft über die zu Ihrer Person gespeicherten Daten als PDF-Dokument.

Mit freundlichen Grüßen
Ihr Datenschutzteam
""", "Thomas Becker"),

        ("correction", (), "Berichtigung meiner Daten",
         """Sehr geehrte Damen und Herren,
gemäß Art. 16 DSGVO bitte ich um Berichtigung der folgenden unrichtigen
Daten:
Name: nicht ?Müller, Karin? sondern ?Müller-Lüdenscheidt, Karin?
Anschrift: ich bin umgezogen, neue Adresse Rue de la Gare 7, 4700
Eupen
Geburtsdatum: 03.11.1968 (bei Ihnen steht 11.03.1968)
Bitte bestätigen Sie mir die Berichtigung.
Mit freundlichen Grüßen
Karin Müller-Lüdenscheidt
""", "Karin Müller-Lüdenscheidt"),

        ("restriction", (), "Einschränkung der Verarbeitung",
         """Sehr geehrte Damen und Herren,

hiermit verlange ich die Einschränkung der Verarbeitung meiner personenbezogenen Daten gemäß Art. 18 DSGVO, weil (Zutreffendes ankreuzen):

[X] ich die Richtigkeit der Daten bestreite,
[ ] die Verarbeitung unrechtmäßig ist und ich die Löschung ablehne,
[ ] Sie die Daten nicht mehr benötigen, ich sie aber zur Geltendmachung von Rechtsansprüchen benötige.

Konkret: In meinem Kundenkonto ist eine offene Forderung über 89,90 EUR vermerkt, obwohl die Bestellung storniert wurde. Bis zur Klärung sind diese Daten nur noch zu speichern und nicht anderweitig zu verwenden.

Mit freundlichen Grüßen
[Name]
Frank Schulte
""", "Frank Schulte"),

        ("complaint", ("access",), "WG: Auskunft",
         """immer noch nichts? Die Monatsfrist ist seit zwei Wochen um.

---------- Weitergeleitete Nachricht ---------
Von: Sabine Krüger <sabine.krueger@t-online.de>
Date: Mo., 13. Jan. 2025 um 09:41 Uhr
Subject: Auskunft
To: <privacy@shop.example.be>


Guten Tag,
ich bitte um Auskunft nach Art. 15 DSGVO über alle Daten, die Sie über mich gespeichert haben.
MfG
Sabine Krüger
""", "Sabine Krüger"),

        ("complaint", ("deletion",), "Re: Eingangsbestätigung Ihrer Anfrage",
         """Erinnerung: Sie haben mir am 7. Januar den Eingang meines Löschantrags bestätigt. Heute ist der 24. Februar, mein Konto besteht weiterhin und ich bekomme weiter Post von Ihnen. Löschen Sie bitte endlich meine Daten. Ich habe heute zusätzlich Beschwerde bei der Datenschutzbehörde eingereicht.

Gerd Neumann

Am Di., 7. Jan. 2025 um 11:15 Uhr schrieb Privacy <privacy@shop.example.be>:
> Sehr geehrter Kunde,
>
> wir bestätigen den Eingang Ihres Antrags auf Löschung Ihrer personenbezogenen Daten (Referenz PRV-25-0021).
> Wir werden Ihren Antrag innerhalb eines Monats bearbeiten.
>
> Mit freundlichen Grüßen
> Ihr Datenschutzteam
""", "Gerd Neumann"),

        ("other", (), "Widerruf",
         """[Name, Anschrift des Verbrauchers]

An
[Name, Anschrift des Unternehmers]

Widerruf

Hiermit widerrufe(n) ich/wir (*) den von mir/uns (*) abgeschlossenen Vertrag über den Kauf der folgenden Waren (*)/die Erbringung der folgenden Dienstleistung (*):
Gartenhäcksler, Bestellnummer 100455812

Bestellt am (*)/erhalten am (*): 17.02.2025 / 21.02.2025

Name des/der Verbraucher(s): Walter Schmitz
Anschrift des/der Verbraucher(s): Aachener Str. 112, 52062 Aachen

Unterschrift des/der Verbraucher(s) (nur bei Mitteilung auf Papier)

Datum: 27.02.2025

(*) Unzutreffendes streichen.

Bitte erstatten Sie mir den Kaufpreis, das Gerät schicke ich diese Woche zurück.
""", "Walter Schmitz"),

        ("complaint", (), "Ihr Newsletter - offener Verteiler!",
         """Sehr geehrte Damen und Herren,

Ihre heutige Mail "Gartensaison 2025" kam bei mir mit einem offenen Verteiler an: im An-Feld stehen mehrere hundert E-Mail-Adressen anderer Kunden, und alle anderen sehen natürlich auch meine. Das ist ein Datenschutzverstoß. Ich erwarte, dass Sie das der Aufsichtsbehörde melden und mir mitteilen, welche Maßnahmen Sie ergreifen.

Mit freundlichen Grüßen
Dr. Christine Vogel
""", "Dr. Christine Vogel"),

        ("deletion", ("withdraw_consent",), "Kündigung Kundenkonto",
         """Sehr geehrte Damen und Herren,

hiermit kündige ich mein Kundenkonto sowie meine Kundenkarte (Nr. 2900 1183 5521) und bitte um Löschung aller meiner Daten. Meine Einwilligung in den Newsletter widerrufe ich ebenfalls.

Bitte bestätigen Sie mir dies kurz per Mail.

MfG
Heinz Fischer
""", "Heinz Fischer"),
    ],

    "es": [
        ("access", (), "Ejercicio del derecho de acceso",
         """EJERCICIO DEL DERECHO DE ACCESO

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: ..............................................
Dirección de la Oficina / Servicio ante el que se ejercita el derecho de acceso: ..............

DATOS DEL INTERESADO
D./Dª. Lucía Fernández Ortega, mayor de edad, con domicilio en la C/ .................... nº ....., Localidad ..................... Provincia ............... C.P. .......... con D.N.I. ..............., del que acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos (RGPD).

SOLICITA,
Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se remita por correo electrónico a esta dirección la siguiente información:
- Copia de mis datos personales que son objeto de tratamiento por ese responsable.
- Los fines del tratamiento, las categorías de datos y los destinatarios.
- El plazo previsto de conservación.

En ............ a ..... de ............... de 20...

Firmado: Lucía Fernández
""", "Lucía Fernández"),

        ("access", (), "",
         """Hola, os reenvío el texto de la carta porque el PDF no se abría:

Estimados señores:
Por medio de la presente, y al amparo del artículo 15 del Reglamento General de Protec-
ción de Datos, solicito que me faciliten una copia de todos los datos personales que
tratan sobre mí, así como información sobre los fines del tratamiento, los
destinatarios de mis datos (en particular los â€œsocios comercialesâ€ que
mencionan en su política de privacidad) y el plazo de conservación.
Les recuerdo que disponen de un mes para responder. En caso contrario, presentaré
una reclamación ante la autoridad de control competente.
Atentamente,
Javier Morales Ruiz
Nº de cliente 5520371
""", "Javier Morales"),

        ("deletion", (), "Solicitud de supresión de datos",
         """Estimados señores de El Corte Inglés:

Por la presente les solicito, de conformidad con el artículo 17 del RGPD, la supresión de todos mis datos personales y la baja de mi cuenta de cliente, ya que no deseo seguir siendo cliente.

Les ruego me confirmen por escrito la supresión en el plazo de un mes.

Un saludo,
Marta Giménez Soler
marta.gimenez@gmail.com
""", "Marta Giménez"),

        ("deletion", ("objection",), "supresión y oposición",
         """Buenos días:

Solicito la supresión de todos mis datos personales (art. 17 RGPD) y el cierre de mi cuenta.

Asimismo, hasta que la supresión sea efectiva, me opongo al tratamiento de mis datos con fines de mercadotecnia directa, incluida la elaboración de perfiles, y a su cesión a terceros con fines publicitarios (art. 21 RGPD).

Nombre: [NOMBRE Y APELLIDOS]
Email de la cuenta: este mismo

Gracias.
Alberto Navarro
""", "Alberto Navarro"),

        ("objection", (), "Oposición a publicidad",
         """Buenas tardes,

Estoy inscrito en la Lista Robinson y aun así sigo recibiendo su publicidad por correo postal y por SMS. En virtud del artículo 21 del RGPD, me opongo al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles, y a que cedan mis datos a sus socios comerciales.

Ruego confirmen que han atendido mi solicitud.

Fernando Castillo
""", "Fernando Castillo"),

        ("withdraw_consent", (), "lo que hablamos por teléfono",
         """Hola,

como hemos hablado por teléfono esta mañana, os lo confirmo por escrito: retiro mi consentimiento para recibir la newsletter y las ofertas por email y por WhatsApp. Dadme de baja de todo eso por favor, la cuenta la mantengo.

Un saludo
Carmen Ruiz
""", "Carmen Ruiz"),

        ("portability", (), "Derecho a la portabilidad",
         """Muy señores míos:

De conformidad con el artículo 20 del RGPD, solicito que me faciliten los datos personales que les he proporcionado (datos de la cuenta, historial de pedidos y puntos de la tarjeta de fidelización) en un formato estructurado, de uso común y lectura mecánica.

(Marque con una X la opción elegida)
[X] Que me remitan los datos a esta dirección de correo electrónico.
[ ] Que transmitan los datos directamente al responsable: ........................

Atentamente,
Raúl Herrera Vidal
""", "Raúl Herrera"),

        ("correction", (), "RE: Acuse de recibo de su solicitud",
         """Gracias por el acuse. Aprovecho para pediros que corrijáis mi dirección, que sigue siendo la antigua: ahora es Chaussée de Waterloo 880, 1180 Uccle. Y mi segundo apellido es Ibáñez, no Ibanez.

Saludos,
Elena Prieto Ibáñez

De: Privacy shop.example.be <privacy@shop.example.be>
Enviado: jueves, 13 de marzo de 2025 9:52
Para: Elena Prieto <elena.prieto@yahoo.es>
Asunto: Acuse de recibo de su solicitud

Estimada clienta:

Hemos recibido su solicitud, registrada con la referencia PRV-25-0419. Le responderemos en el plazo de un mes.

Atentamente,
El equipo de privacidad
""", "Elena Prieto Ibáñez"),

        ("restriction", (), "Limitación del tratamiento",
         """Estimados señores:
Al amparo del artículo 18 del RGPD, solicito la limitación del
tratamiento de mis datos personales. Impugno la exactitud de los datos
que figuran en mi cuenta: aparece una devolución pendiente de pago que
ya pague el 3 de febrero. Mientras verifican estos datos, les pido que
los conserven pero que no los traten para ninguna otra finalidad.
Atentamente,
[Nombre y apellidos]
Pilar Domínguez
""", "Pilar Domínguez"),

        ("complaint", ("access",), "Fwd: solicitud de acceso",
         """¿¿sigo sin respuesta?? han pasado casi dos meses

---------- Forwarded message ---------
De: Sergio Ramos Gil <sergio.ramosgil@hotmail.com>
Date: mié, 15 ene 2025 a las 22:08
Subject: solicitud de acceso
To: <privacy@shop.example.be>


Hola, quiero que me enviéis una copia de todos los datos que tenéis sobre mí. Mi cuenta está con este correo.
Gracias
""", "Sergio Ramos Gil"),

        ("complaint", ("deletion",), "Re: Su solicitud PRV-25-0033",
         """Me confirmaron la recepción el 9 de enero y ha pasado más de un mes. Mi cuenta sigue activa y sigo recibiendo sus correos. Les exijo que supriman mis datos de inmediato. Si no lo hacen en una semana, presentaré una reclamación ante la autoridad de protección de datos.

Isabel Vargas

El jue, 9 ene 2025 a las 12:30, Privacy (<privacy@shop.example.be>) escribió:
> Estimado/a cliente:
>
> Confirmamos la recepción de su solicitud de supresión de datos personales (referencia PRV-25-0033).
> La tramitaremos en el plazo de un mes.
>
> Atentamente,
> El equipo de privacidad
""", "Isabel Vargas"),

        ("access", ("portability",), "Solicitud RGPD",
         """Buenos días,

Ejerzo mi derecho de acceso (art. 15 RGPD): les pido que me indiquen qué datos personales tratan sobre mí, con qué fin y a quién se los han comunicado.

Además, los datos de mis pedidos y de la tarjeta de fidelización los quiero en un fichero CSV o JSON (art. 20 RGPD, portabilidad), porque quiero llevármelos a otra aplicación.

Nombre: Daniel Ortega
Email: <correo electrónico>

Gracias
""", "Daniel Ortega"),

        ("other", (), "consulta política de privacidad",
         """Hola,

Estoy haciendo mi TFG sobre cómo informan las tiendas online de la conservación de datos. En su política de privacidad pone que conservan los datos "durante el tiempo necesario". ¿Podrían decirme, en general, cuánto tiempo es eso para los datos de clientes y de los pedidos? No soy cliente, es solo para el trabajo.

Muchas gracias,
Nuria Sánchez
Universidad de Valencia
""", "Nuria Sánchez"),
    ],
}

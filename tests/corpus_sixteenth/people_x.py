"""Sixteenth set, third-party letters as people send them. Written apart from the rules (see make_sixteenth.py)."""

PEOPLE_X = {
    "en": [
        ("access", (), "Subject access request",
         """Dear Data Protection Officer,

Subject access request - [date]

I am writing to ask for a copy of the personal information your organisation holds about me, under Article 15 of the General Data Protection Regulation.

Please provide all the information I am entitled to, including:
- confirmation of whether you process personal data about me, and a copy of that data;
- why you process it;
- the categories of personal data concerned;
- who it has been or will be disclosed to, in particular anyone outside the EEA;
- how long you will keep it, or how you decide that;
- where you got it from, if not from me;
- whether you make any automated decisions about me, including profiling, and if so how they work and what they mean for me.

To help you locate my information:
Name: Daniel Okafor
Email on my account: d.okafor82@gmail.com
Loyalty card no.: 6003 1120 0457 (I think - the card is in a drawer somewhere)
Previous address: 14 Rue de la Station, 1410 Waterloo

I expect a response within one calendar month. If you need anything further to confirm my identity, please tell me straight away rather than at the end of that month.

Yours faithfully,

Daniel Okafor""",
         "Daniel Okafor"),
        ("deletion", ("withdraw_consent", "objection", "restriction"), "Request for erasure of personal data (Article 17 GDPR)",
         """Hi,

I found this letter online and filled it in, hope that's OK. Long story short I've moved back to Cork and won't be ordering from you again, so I'd rather you didn't keep anything.

---

Dear Sir or Madam,

I hereby request that you erase all personal data concerning me without undue delay, in accordance with Article 17(1) of the General Data Protection Regulation (GDPR).

The following grounds apply [1]:
- the personal data are no longer necessary in relation to the purposes for which they were collected (Art. 17(1)(a));
- I withdraw any consent on which the processing is based, with immediate effect (Art. 7(3) and 17(1)(b));
- I object to the processing of my personal data for direct marketing purposes, including any related profiling (Art. 21(2) and 17(1)(c)).

Until the erasure has been carried out, I ask you to restrict the processing of my personal data in accordance with Article 18 GDPR.

Where you have disclosed my personal data to other parties, you are required under Article 19 GDPR to inform each of them of this erasure.

Please confirm in writing once my data has been erased. You must respond within one month of receiving this request (Art. 12(3) GDPR).

Name: Aoife Brennan
Email: aoife.brennan@eircom.net
Customer account: same email

Kind regards,
Aoife Brennan

[1] Delete the grounds that do not apply to your situation.""",
         "Aoife Brennan"),
        ("objection", (), "Stop using my details for marketing",
         """Dear Sir/Madam,

Account holder: Mrs Margaret Ellison
Address: 27 Beechwood Close, 3000 Leuven

I am writing to ask you to stop using my personal data for direct marketing.

Under Article 21(2) of the GDPR I have the right to object at any time to my data being used for direct marketing, and this includes profiling to the extent it is related to such marketing. Once I object you must stop - you do not get to weigh it against your own interests.

In particular I do not want:
- your catalogues or leaflets through the post;
- telephone calls about offers or "garden planning consultations";
- my name and address passed to any partner company for their marketing.

I still want to receive the normal emails about my orders and deliveries.

Please confirm in writing that you have done this.

Yours faithfully,

M. Ellison""",
         "Maggie Ellison"),
        ("withdraw_consent", (), "",
         """hi, when I got the loyalty card I ticked the box for offers and stuff but I've changed my mind so I withdraw that consent. please stop the promo emails and the texts. I want to keep the card though, I still want my points!!

thanks
Jess (jess.m.harlow@outlook.com)

Sent from my iPhone""",
         "jess"),
        ("portability", (), "Data portability request (Article 20 GDPR)",
         """To whom it may concern,

I am exercising my right to data portability under Article 20 of the General Data Protection Regulation (GDPR).

Please provide me with the personal data concerning me which I have provided to you, in a structured, commonly used and machine-readable format such as CSV or JSON. This covers at least:

- my account and profile details;
- my complete order history, including returns;
- my loyalty card transactions and points history;
- my saved addresses, wish lists and product reviews.

According to the guidelines of the European Data Protection Board, data "provided by" the data subject also includes data observed through the use of your service (e.g. search history on your website). Please include these.

A PDF or a scanned printout is not machine-readable and does not meet the requirements of Article 20.

Please send the files to this email address. You are required to act on this request without undue delay and at the latest within one month of receipt.

Owen Fitzgerald
owen.fitz@protonmail.com

--
This request was prepared with a free online request generator. Ref: PX-8841-2""",
         "Owen Fitzgerald"),
        ("correction", (), "Rectification request",
         """Dear Sir or Madam,

Re: Rectification of my personal data

I am writing to ask you to rectify personal data you hold about me that is inaccurate, under Article 16 of the GDPR.

[Describe the information that is wrong and what it should say. Give evidence where you can.]

1. My surname is recorded as "Mcallister". It should be "McAllister" (capital A). Minor, I know, but it is on every parcel and on the loyalty card.
2. My address is out of date. Since January I live at: 9 Avenue des Tilleuls, 1180 Uccle. Your system still shows my old flat in Ixelles and my last order nearly went there.

If you have passed this information on to anyone else (couriers etc.) please let them know too.

Please confirm when the corrections have been made.

Yours sincerely,
Ruairi McAllister
customer email: ruairi.mcallister@gmail.com""",
         "Ruairi McAllister"),
        ("restriction", (), "Restriction of processing - Art. 18 GDPR",
         """Dear Privacy Team,

I am writing to request that you restrict the processing of my personal data under Article 18(1)(c) of the GDPR.

Background: in June 2024 I bought an outdoor gas patio heater from you (order no. 24-118872). In March this year it caught fire on our terrace. My home insurer is handling the claim and may take action against the manufacturer. Your records of the order, the delivery and my two emails to your customer service about the faulty valve are evidence I will need.

I understand your privacy notice says customer data is deleted after a period of inactivity. Please do NOT delete my data. At the same time I don't want it used for anything else: no marketing, no analytics, nothing. Just keep it stored until the claim is closed. I will let you know when that is.

Please confirm that the processing has been restricted and tell me before the restriction is lifted, as Article 18(3) requires.

Regards,
Priya Raman
+32 471 55 20 93""",
         "Priya Raman"),
        ("complaint", ("access",), "Re: Subject access request",
         """Dear Sir or Madam,

On 2 February 2026 I sent you a subject access request under Article 15 GDPR (copy below). More than a month has now passed. I have had no reply, not even an acknowledgement.

Article 12(3) GDPR required you to respond within one month. You have not done so, and you have not told me of any extension or the reasons for it.

I am giving you 14 days from today to send me a full response to my request. If I do not have it by then, I will lodge a complaint with the Belgian Data Protection Authority without further notice.

Yours faithfully,
Tom Berger

----- Original message -----
From: Tom Berger
Sent: 02 February 2026 19:41
To: privacy@shop.example.be
Subject: Subject access request

Dear Sir or Madam, please supply the personal data you hold about me, which I am entitled to under the General Data Protection Regulation, together with the purposes, recipients, retention period and source of that data...""",
         "Tom Berger"),
        ("other", (), "Greenleaf Outdoor Ltd - Distribution Agreement dated 1 March 2023 - WITHOUT PREJUDICE SAVE AS TO COSTS",
         """Dear Sirs,

We act for Greenleaf Outdoor Ltd ("our client") in connection with the distribution agreement between our client and your company dated 1 March 2023 (the "Agreement").

Our client has received your letter of 3 April purporting to terminate the Agreement with immediate effect. Our client does not accept that there has been any material breach entitling you to do so. Clause 14.2 of the Agreement requires ninety days' written notice, and the outstanding invoices (totalling EUR 41,280.00) remain payable in full.

We invite you to confirm within 14 days that you will honour the notice period and settle the outstanding sum. Failing that, our client reserves all its rights, including the right to issue proceedings without further notice.

We have sent this letter to the address listed on your website. If this is not the correct addressee, please forward it to your legal department and let us know their contact details.

Yours faithfully,

Hannah Whitfield
Associate
Carter Lowe LLP""",
         "Hannah Whitfield | Carter Lowe LLP"),
        ("automated", (), "Automatic reply: Subject access request",
         """Thank you for your email.

I am on annual leave until Tuesday 22 April with no access to email. Your message will not be forwarded.

If your enquiry is urgent, please contact the office on +44 20 7946 0321.

Kind regards,
Sarah""",
         "Sarah Lindqvist"),
    ],
    "nl": [
        ("access", (), "Verzoek tot inzage (art. 15 AVG)",
         """Geachte heer/mevrouw,

Met deze brief doe ik een beroep op mijn recht op inzage, zoals bedoeld in artikel 15 van de Algemene verordening gegevensbescherming (AVG).

Ik wil graag weten of u persoonsgegevens van mij verwerkt. Als dat zo is, ontvang ik graag een kopie van die gegevens. Daarnaast wil ik weten:
- voor welke doelen u mijn gegevens gebruikt;
- om welke soorten persoonsgegevens het gaat;
- aan wie u mijn gegevens heeft verstrekt of nog gaat verstrekken;
- hoe lang u mijn gegevens bewaart;
- van wie u mijn gegevens heeft gekregen, als u ze niet van mij zelf heeft;
- of u op basis van mijn gegevens geautomatiseerde besluiten neemt, bijvoorbeeld door profilering.

U moet binnen een maand na ontvangst op mijn verzoek reageren.

Mijn gegevens:
Naam: Sanne de Vries
Adres: Kerkstraat 41, 3581 RC Utrecht
E-mailadres waarmee ik bij u bestel: sannedevries@ziggo.nl
Klantnummer: weet ik niet

Met vriendelijke groet,

Sanne de Vries
Utrecht, [datum]

PS: ik kreeg vorige week ineens een folder van jullie in de bus, terwijl ik altijd laat bezorgen bij een afhaalpunt. Vandaar mijn nieuwsgierigheid.""",
         "Sanne de Vries"),
        ("deletion", (), "Verzoek tot wissing van mijn persoonsgegevens",
         """Geachte,

Overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (AVG/GDPR) verzoek ik u alle persoonsgegevens die u over mij bijhoudt onverwijld te wissen.

[Kies de reden die op u van toepassing is:]
- De gegevens zijn niet langer nodig voor de doeleinden waarvoor ze werden verzameld.

Ik heb sinds 2023 niets meer bij u besteld en ik wens ook mijn klantenaccount te laten afsluiten.

Gelieve mij binnen de maand na ontvangst van deze brief schriftelijk te bevestigen dat mijn gegevens werden gewist. Bij gebrek aan antwoord behoud ik mij het recht voor om klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,

Koen Verstraete
Brugsesteenweg 112
8520 Kuurne
koen.verstraete@telenet.be""",
         "Koen Verstraete"),
        ("objection", ("withdraw_consent",), "bezwaar",
         """Hallo,

Ik heb de voorbeeldbrief van de Consumentenbond gebruikt, zie hieronder. Mijn klantnummer staat onderaan.

Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen het gebruik van mijn persoonsgegevens voor direct marketing (artikel 21 lid 2 AVG). Ik wil geen reclame meer van u ontvangen: niet per post, niet telefonisch en ook niet in de vorm van advertenties op sociale media die op mijn gegevens zijn afgestemd. Mijn bezwaar geldt ook voor het doorgeven van mijn gegevens aan andere bedrijven voor hun marketing.

Verder trek ik de toestemming in die ik eerder heb gegeven voor het ontvangen van uw nieuwsbrief.

Na een bezwaar tegen direct marketing mag u mijn gegevens niet meer voor dit doel gebruiken. Ik verzoek u mij binnen vier weken te bevestigen dat u mijn bezwaar heeft verwerkt.

Met vriendelijke groet,

W. Bakker
Klantnummer 10884523""",
         "Wim Bakker"),
        ("withdraw_consent", (), "getrouwheidskaart",
         """Goeiedag,

Toen ik mijn klantenkaart aanvroeg in de winkel heb ik 'ja' aangevinkt voor gepersonaliseerde aanbiedingen op basis van mijn aankopen. Ik trek die toestemming bij deze in, ik had er niet goed over nagedacht.

De kaart zelf wil ik wel houden, de punten mogen dus blijven staan.

Mvg
Els Peeters""",
         "Els Peeters"),
        ("portability", (), "Verzoek om gegevensoverdraagbaarheid (artikel 20 AVG)",
         """Beste privacyteam,

Op grond van artikel 20 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij de persoonsgegevens die ik aan u heb verstrekt te bezorgen in een gestructureerde, gangbare en machineleesbare vorm.

Het gaat in elk geval om:
- mijn accountgegevens;
- mijn volledige bestelgeschiedenis;
- mijn verlanglijstjes;
- het overzicht van mijn spaarpunten.

Een CSV- of JSON-bestand volstaat. Stuur me alsjeblieft geen pdf of scan: die zijn niet machineleesbaar en voldoen dus niet aan artikel 20.

U dient binnen een maand na ontvangst van dit verzoek te reageren.

Alvast bedankt,
Jeroen Smits
jeroen@smits-online.nl""",
         "Jeroen Smits"),
        ("correction", (), "Verbetering gegevens klantenaccount",
         """Goedemiddag,

Ik vraag de rechtzetting van mijn persoonsgegevens (art. 16 AVG):

- mijn familienaam staat in jullie systeem als "Van den Bossche", het is "Vandenbossche" in één woord;
- ik ben verhuisd. Mijn nieuwe adres is Sint-Pietersnieuwstraat 88 bus 3, 9000 Gent.

Mijn laatste pakje werd nog naar mijn oude adres in Aalst gestuurd en de nieuwe bewoners hebben het gelukkig aan mij bezorgd, maar dat wil ik liever niet nog eens.

Graag een bevestiging wanneer het aangepast is.

Vriendelijke groet,
Lotte Vandenbossche""",
         "Lotte Vandenbossche"),
        ("restriction", (), "Verzoek beperking verwerking",
         """Geachte heer/mevrouw,

Ik woon vanaf volgende maand een jaar in Canada voor mijn werk. Ik weet nog niet of ik daarna klant blijf, dus ik wil mijn account nog niet laten verwijderen.

Wel vraag ik u op grond van artikel 18 AVG de verwerking van mijn gegevens te beperken: bewaar ze, maar doe er verder niets mee. Dus geen mailings, geen analyses, geen doorgifte, niets. Mijn gegevens mogen als het ware 'bevroren' worden tot ik terug ben en u laat weten wat ik wil.

Wilt u bevestigen dat dit geregeld is?

Met vriendelijke groet,
Marloes Hendriks
Klant sinds 2019, marloes.hendriks@xs4all.nl""",
         "Marloes Hendriks"),
        ("complaint", ("deletion",), "Re: Verzoek tot wissing van mijn persoonsgegevens",
         """Geachte,

Op 12 januari stuurde ik u onderstaand verzoek tot wissing van mijn gegevens. Vandaag, bijna zeven weken later, heb ik nog altijd geen antwoord ontvangen. Erger nog: gisteren kreeg ik opnieuw een promomail van jullie op hetzelfde adres.

De termijn van één maand (art. 12.3 AVG) is ruim verstreken. Ik heb dan ook vandaag klacht ingediend bij de Gegevensbeschermingsautoriteit.

Ik herhaal mijn verzoek: wis al mijn persoonsgegevens en sluit mijn klantenaccount af.

Koen Verstraete

> Van: Koen Verstraete
> Verzonden: vrijdag 12 januari 2026 21:14
> Aan: privacy@shop.example.be
> Onderwerp: Verzoek tot wissing van mijn persoonsgegevens
>
> Geachte,
> Overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (AVG/GDPR) verzoek ik u alle persoonsgegevens die u over mij bijhoudt onverwijld te wissen. [...]""",
         "Koen Verstraete"),
        ("other", (), "Ingebrekestelling - openstaande facturen Teak & Co BV",
         """Geachte heer, mevrouw,

Wij treden op voor Teak & Co BV, met zetel te 2930 Brasschaat (hierna: "onze cliënte").

Onze cliënte leverde u in de periode september-november 2025 tuinmeubelen op basis van de raamovereenkomst van 15 februari 2024. De facturen nrs. 2025-1187, 2025-1203 en 2025-1260, voor een totaalbedrag van 18.640,00 EUR, blijven ondanks herhaalde herinneringen onbetaald.

Wij stellen u bij deze formeel in gebreke en verzoeken u het openstaande bedrag, vermeerderd met de conventionele intresten en het forfaitair schadebeding zoals voorzien in artikel 9 van de algemene voorwaarden, binnen de vijftien dagen over te maken op de derdenrekening van ons kantoor (BE71 0961 2345 6769).

Bij gebreke aan betaling binnen deze termijn hebben wij opdracht gekregen om zonder verdere verwittiging een procedure in te leiden voor de Ondernemingsrechtbank.

Dit schrijven wordt verzonden naar het enige e-mailadres dat wij op uw website konden terugvinden. Gelieve het desgevallend door te sturen naar de bevoegde dienst.

Hoogachtend,

Mr. Pieter De Smet
Advocaat
Advocatenkantoor De Smet & Claes""",
         "Mr. Pieter De Smet"),
        ("automated", (), "Automatisch antwoord: Verzoek tot inzage (art. 15 AVG)",
         """Dank voor uw bericht.

Ik ben tot en met maandag 4 mei afwezig en lees in die periode mijn e-mail niet. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u contact opnemen met het secretariaat via 030 - 276 44 10.

Met vriendelijke groet,
Sanne de Vries""",
         "Sanne de Vries"),
    ],
    "fr": [
        ("access", (), "Demande de droit d'accès",
         """Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données personnelles me concernant figurent dans vos fichiers et, le cas échéant, de m'en adresser une copie (1).

Je souhaite également connaître :
- les finalités pour lesquelles ces données sont traitées ;
- les catégories de données concernées ;
- les destinataires auxquels elles ont été ou seront communiquées ;
- leur durée de conservation ;
- leur origine, si elles n'ont pas été collectées auprès de moi ;
- l'existence éventuelle d'une prise de décision automatisée, y compris d'un profilage.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Dumoulin
18, rue des Glycines
59000 Lille
N° client : CL-0087214

(1) En cas de doute raisonnable sur votre identité, le responsable du traitement peut vous demander des informations complémentaires. Ne joignez une copie de votre pièce d'identité que si elle vous est demandée.""",
         "Claire Dumoulin"),
        ("deletion", ("objection", "restriction"), "Exercice de mes droits - RGPD art. 17, 18, 19 et 21",
         """Bonjour,

Je vous écris pour exercer plusieurs des droits que me confère le règlement (UE) 2016/679 (RGPD).

1. Effacement (art. 17). Je vous demande d'effacer sans délai l'ensemble des données à caractère personnel me concernant que vous détenez, y compris celles que vous avez collectées par le biais de traceurs sur votre site et dans vos courriels.

2. Opposition (art. 21). Je m'oppose, par la présente, à tout traitement de mes données à des fins de profilage, de segmentation et de ciblage publicitaire, que ce soit par vous ou par vos « partenaires ». Cette opposition constitue à elle seule un motif d'effacement au titre de l'article 17.1.c.

3. Limitation (art. 18). Dans l'attente de l'effacement effectif, je demande que le traitement de mes données soit limité à leur seule conservation.

4. Notification (art. 19). Vous êtes tenus de notifier cet effacement à chacun des destinataires auxquels mes données ont été communiquées.

Vous disposez d'un mois pour donner suite à ces demandes. Je vous remercie de me confirmer par écrit les mesures prises.

Mathieu Lefranc
mathieu.lefranc@riseup.net

--
Nos données ne sont pas à vendre.""",
         "Mathieu Lefranc"),
        ("objection", (), "Opposition à la prospection commerciale",
         """Madame, Monsieur,

Référence client : 4471-208-Q

Je reçois régulièrement vos catalogues papier ainsi que des SMS promotionnels, et j'ai été appelé deux fois le mois dernier par un « conseiller jardin » de votre part.

Conformément à l'article 21.2 du RGPD, je m'oppose à l'utilisation de mes données personnelles à des fins de prospection commerciale, par quelque canal que ce soit. Je m'oppose également à ce que mes coordonnées soient cédées, louées ou communiquées à vos partenaires commerciaux. Je vous rappelle que ce droit d'opposition est absolu et n'a pas à être motivé. Je suis d'ailleurs inscrit sur Bloctel.

Je vous remercie de bien vouloir me confirmer la prise en compte de ma demande dans les meilleurs délais.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Pierre Vasseur
7, impasse des Tilleuls
80000 Amiens""",
         "Jean-Pierre Vasseur"),
        ("withdraw_consent", (), "",
         """Bonjour,

Je retire mon consentement pour la newsletter et les mails promotionnels. J'ai essayé le lien « se désinscrire » en bas de vos mails mais il renvoie vers une page d'erreur, d'où ce message.

Merci d'avance.

Bàv,
Nathalie Jacquemin""",
         "Nathalie Jacquemin"),
        ("portability", (), "Demande de portabilité de mes données (art. 20 RGPD)",
         """Madame, Monsieur,

Je suis cliente de votre boutique en ligne depuis 2020 sous l'adresse e-mail reprise ci-dessous.

En vertu de l'article 20 du Règlement général sur la protection des données, je vous demande de me transmettre les données à caractère personnel me concernant que je vous ai fournies, dans un format structuré, couramment utilisé et lisible par machine (par exemple un fichier CSV).

Sont notamment visés : mes données de compte, l'historique complet de mes commandes et retours, mon solde et l'historique de ma carte de fidélité.

Je vous remercie de me faire parvenir ces fichiers par voie électronique à l'adresse ci-dessous, dans le délai d'un mois prévu à l'article 12 du RGPD.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

[Signature]
Véronique Lambotte
Rue de Fer 14, 5000 Namur
veronique.lambotte@skynet.be

* Conseil : conservez une copie de ce courrier et de la preuve d'envoi.""",
         "Véronique Lambotte"),
        ("correction", (), "Rectification de mes données personnelles",
         """Madame, Monsieur,

Titulaire de la carte de fidélité n° 6003 1120 1138, je constate que plusieurs informations me concernant sont erronées dans vos fichiers :

- ma date de naissance est enregistrée au 03/11/1976 alors que je suis née le 11/03/1976 (inversion jour/mois, je suppose) ;
- la carte est toujours établie à mon nom de jeune fille, Martin. Mon nom d'usage est désormais Delcourt.

Conformément à l'article 16 du RGPD, je vous demande de procéder à la rectification de ces données dans les meilleurs délais et de m'en informer.

Je joins une copie de ma carte d'identité sur laquelle figurent ces deux informations (cachez les mentions inutiles).

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Sophie Delcourt""",
         "Sophie DELCOURT"),
        ("restriction", (), "Demande de limitation du traitement (article 18 RGPD)",
         """Madame, Monsieur,

Le 14 février, un colis contenant une commande passée chez vous (n° 25-0931174, deux lampes solaires et un salon de jardin) a été déclaré livré alors que je ne l'ai jamais reçu. J'ai déposé plainte auprès de la police et un litige est en cours avec le transporteur.

Les données relatives à cette commande (adresse de livraison, preuve de livraison, échanges avec votre service client) me sont nécessaires pour faire valoir mes droits dans ce litige.

Je vous demande donc, sur le fondement de l'article 18.1.c du RGPD, de limiter le traitement de mes données : ne les supprimez pas, mais ne les utilisez pour rien d'autre que leur conservation jusqu'à la clôture du dossier.

Je vous remercie de me confirmer cette limitation et de m'avertir avant qu'elle ne soit levée.

Cordialement,
Karim Benali""",
         "Karim Benali"),
        ("complaint", ("access",), "Fuite de mon adresse e-mail ?",
         """Bonjour,

J'utilise une adresse e-mail différente pour chaque site marchand. L'adresse shopexample@benoit-roche.fr n'a été communiquée qu'à vous, lors de la création de mon compte en 2022, et nulle part ailleurs.

Depuis trois semaines je reçois sur cette adresse des spams pour des casinos en ligne et des « offres exclusives » de sociétés dont je n'ai jamais entendu parler. Soit vous avez vendu ou transmis mon adresse, soit vous avez subi une fuite de données que vous ne m'avez pas notifiée. Dans les deux cas, c'est inacceptable.

Je vous demande de m'indiquer, en application de l'article 15 du RGPD, à quels destinataires mon adresse a été communiquée.

Sans réponse satisfaisante de votre part, je saisirai l'Autorité de protection des données.

Benoît Roche""",
         "Benoît Roche"),
        ("other", (), "Enquête sur les boutiques en ligne - demande de réponse avant le 15/05",
         """Madame, Monsieur,

Je suis journaliste au sein de la rédaction d'un magazine de consommateurs belge. Nous préparons un dossier sur les pratiques des boutiques en ligne en matière de cookies et de protection de la vie privée, et votre site fait partie de l'échantillon de vingt webshops que nous avons analysés.

Afin de garantir le principe du contradictoire, nous souhaiterions vous soumettre quelques questions :

1. Pourquoi votre bannière cookies ne propose-t-elle pas de bouton « Tout refuser » au premier niveau ?
2. Avec quelles entreprises partagez-vous les données de navigation de vos visiteurs ?
3. Combien de temps conservez-vous les données des clients inactifs ?

Vos réponses pourront être citées dans l'article. Nous vous serions reconnaissants de nous les faire parvenir avant le 15 mai.

Bien cordialement,

Élodie Marchal
Journaliste - Rédaction Enquêtes
+32 2 542 33 00""",
         "Élodie Marchal"),
        ("automated", (), "Accusé de réception - votre message",
         """Bonjour,

Nous avons bien reçu votre message et nous vous en remercions.

Un juriste de notre service d'information juridique prendra connaissance de votre demande et vous répondra dans un délai de 10 jours ouvrables.

Ceci est un message automatique, merci de ne pas y répondre.

Le service juridique
Association de défense des consommateurs""",
         "Service juridique - ne pas répondre"),
    ],
    "de": [
        ("access", (), "Anfrage nach Art. 15 DSGVO (Referenz: 2026-QK7Z31)",
         """Sehr geehrte Damen und Herren,

hiermit verlange ich Auskunft gemäß Art. 15 DSGVO darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten.

Ist dies der Fall, bitte ich um eine Kopie dieser Daten sowie um folgende Informationen:

1. die Verarbeitungszwecke;
2. die Kategorien der verarbeiteten Daten;
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt wurden oder werden, insbesondere Empfänger in Drittländern, sowie die dort bestehenden geeigneten Garantien (Art. 46 DSGVO);
4. die geplante Speicherdauer oder, falls das nicht möglich ist, die Kriterien für ihre Festlegung;
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;
6. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling sowie aussagekräftige Informationen über die involvierte Logik und die Tragweite.

Sollten Sie keine Daten über mich verarbeiten, bitte ich um eine entsprechende Negativauskunft.

Zur Identifikation: Ich bin Kunde unter der E-Mail-Adresse, von der diese Nachricht kommt. Kundennummer 1002934855.

Ich bitte um Antwort innerhalb der gesetzlichen Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Bitte geben Sie bei Ihrer Antwort die oben genannte Referenz an.

Mit freundlichen Grüßen
Felix Hartmann

--
Diese Anfrage wurde mit einem kostenlosen Online-Generator für Datenschutzanfragen erstellt. Für den Inhalt ist allein der Absender verantwortlich.""",
         "Felix Hartmann"),
        ("deletion", ("withdraw_consent",), "Löschung meiner Daten / Widerruf der Einwilligung",
         """Sehr geehrte Damen und Herren,

ich fordere Sie auf, sämtliche bei Ihnen gespeicherten personenbezogenen Daten über mich gemäß Art. 17 DSGVO unverzüglich zu löschen.

Zugleich widerrufe ich mit sofortiger Wirkung alle Einwilligungen, die ich Ihnen gegenüber erteilt habe (Art. 7 Abs. 3 DSGVO), insbesondere
[x] für den Newsletter
[x] für die Auswertung meiner Einkäufe mit der Kundenkarte
[ ] für telefonische Werbung
(Zutreffendes bitte ankreuzen)

Sofern Sie meine Daten an Dritte weitergegeben haben, sind Sie verpflichtet, diese über die Löschung zu unterrichten (Art. 19 DSGVO).

Soweit einer sofortigen Löschung gesetzliche Aufbewahrungspflichten entgegenstehen, sind die betreffenden Daten unmittelbar nach Ablauf dieser Fristen zu löschen.

Bitte bestätigen Sie mir die Löschung schriftlich bis spätestens [Datum: vier Wochen ab heute] .

Mit freundlichen Grüßen

Renate Schulte-Brinkmann
Am Mühlenbach 7
52066 Aachen""",
         "Renate Schulte-Brinkmann"),
        ("objection", (), "Widerspruch gegen Werbung und Profilbildung (Art. 21 DSGVO)",
         """Guten Tag,

ich widerspreche hiermit gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung. Das schließt ausdrücklich das Profiling ein, soweit es mit Direktwerbung in Verbindung steht, also die Auswertung meines Kauf- und Surfverhaltens, um mir "passende" Angebote anzuzeigen, auf Ihrer Seite ebenso wie über Werbenetzwerke.

Nach Art. 21 Abs. 3 DSGVO dürfen meine Daten nach Eingang dieses Widerspruchs nicht mehr für diese Zwecke verarbeitet werden. Eine Abwägung findet nicht statt.

Meine Bestellungen und die Kommunikation dazu sind davon nicht betroffen; ich möchte weiterhin bei Ihnen einkaufen, nur eben ohne dabei durchleuchtet zu werden.

Bitte bestätigen Sie mir die Umsetzung.

Viele Grüße
Jonas Wieland""",
         "Jonas Wieland"),
        ("withdraw_consent", (), "Newsletter",
         """Hallo,

ich bekomme Ihren Newsletter doppelt, einmal an m.krueger@web.de und einmal an meine alte Adresse krueger.monika@t-online.de. Ich möchte ihn an gar keine der beiden mehr bekommen. Meine Einwilligung dafür widerrufe ich hiermit für beide Adressen.

Danke und schöne Grüße
M. Krüger""",
         "Monika Krüger"),
        ("portability", (), "Datenübertragbarkeit - Art. 20 DSGVO",
         """Sehr geehrte Damen und Herren,

unter Berufung auf mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO bitte ich Sie, mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln.

Dazu gehören insbesondere meine Stammdaten, meine Bestellhistorie samt Rücksendungen, meine Produktbewertungen und mein Bonuspunktekonto. Als Format eignen sich z. B. CSV, JSON oder XML.

Bitte senden Sie die Dateien verschlüsselt oder über einen passwortgeschützten Download-Link an meine E-Mail-Adresse; das Passwort bitte getrennt per SMS an 0176 2281 4409.

Ich erwarte Ihre Antwort innerhalb eines Monats.

Mit freundlichen Grüßen
Dr. Stefan Lorenz""",
         "Dr. Stefan Lorenz"),
        ("correction", (), "Berichtigung meiner Daten (Art. 16 DSGVO)",
         """Sehr geehrte Damen und Herren,

ich habe im vergangenen Sommer geheiratet und heiße jetzt nicht mehr Hofer, sondern Steindl. Außerdem hat sich meine E-Mail-Adresse geändert.

Ich ersuche Sie daher gemäß Art. 16 DSGVO um Berichtigung meiner Daten:

bisher: Katharina Hofer, katharina.hofer@gmx.at
neu: Katharina Steindl, k.steindl@a1.net

Die Anschrift (Schubertstraße 19, 8010 Graz) bleibt gleich.

Um kurze Bestätigung wird gebeten.

Mit freundlichen Grüßen aus Graz
Katharina Steindl""",
         "Katharina Steindl"),
        ("restriction", (), "Einschränkung der Verarbeitung",
         """Sehr geehrte Damen und Herren,

laut Ihrer Datenschutzerklärung löschen Sie Kundendaten nach 24 Monaten ohne Bestellung. Bei mir wäre das im Juli der Fall.

Ich bitte Sie, meine Daten NICHT zu löschen. Ich habe 2024 bei Ihnen eine Gelenkarmmarkise gekauft (Bestellung 24-2207718), die seit dem zweiten Jahr undicht ist, und befinde mich deswegen in einem Gewährleistungsstreit mit dem Hersteller. Die Bestell-, Liefer- und Montagedaten benötige ich als Beweis.

Ich verlange daher nach Art. 18 Abs. 1 lit. c DSGVO die Einschränkung der Verarbeitung: Die Daten sollen gespeichert bleiben, aber für nichts anderes verwendet werden, bis ich Ihnen mitteile, dass das Verfahren abgeschlossen ist.

Mit freundlichen Grüßen
Bernd Kowalczyk""",
         "Bernd Kowalczyk"),
        ("complaint", ("access",), "Erinnerung: Anfrage nach Art. 15 DSGVO (Referenz: 2026-7HD2PL)",
         """Sehr geehrte Damen und Herren,

am 9. Januar 2026 habe ich Ihnen eine Anfrage nach Art. 15 DSGVO geschickt (Referenz: 2026-7HD2PL). Die gesetzliche Frist von einem Monat ist inzwischen abgelaufen, ohne dass ich eine Antwort oder eine Mitteilung über eine Fristverlängerung erhalten habe.

Ich fordere Sie auf, meine Anfrage nun unverzüglich, spätestens jedoch innerhalb von 14 Tagen, vollständig zu beantworten.

Ich weise Sie darauf hin, dass die Nichtbeantwortung einen Verstoß gegen Art. 12 und 15 DSGVO darstellt. Sollte ich innerhalb dieser Frist keine Antwort erhalten, werde ich mich mit einer Beschwerde an die zuständige Datenschutzaufsichtsbehörde wenden.

Mit freundlichen Grüßen
Anna Petersen

--
Diese Erinnerung wurde mit einem kostenlosen Online-Generator für Datenschutzanfragen erstellt.""",
         "Anna Petersen"),
        ("other", (), "Aktualisierter AV-Vertrag - bitte gegenzeichnen",
         """Hallo Frau Janssens,

wie am Dienstag telefonisch besprochen, sende ich Ihnen anbei die aktualisierte Fassung unseres Vertrags zur Auftragsverarbeitung nach Art. 28 DSGVO. Geändert haben sich im Wesentlichen die Anlage 2 (technische und organisatorische Maßnahmen, neues Rechenzentrum in Frankfurt) und die Liste der Unterauftragsverarbeiter in Anlage 3.

Könnten Sie den Vertrag bitte bis Ende des Monats gegenzeichnen und als PDF an mich zurückschicken? Die digitale Signatur über unser Kundenportal geht natürlich auch.

Bei Fragen zu den Änderungen melden Sie sich gerne.

Beste Grüße
Tobias Reinhardt
Key Account Manager
Mailwerk GmbH | E-Mail-Marketing-Software
Tel. +49 221 998 430-12""",
         "Tobias Reinhardt (Mailwerk)"),
        ("automated", (), "Abwesenheitsnotiz: AW: Anfrage nach Art. 15 DSGVO (Referenz: 2026-QK7Z31)",
         """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 6. Januar nicht im Haus und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brandt (brandt@hartmann-ingenieure.de).

Mit freundlichen Grüßen
Felix Hartmann""",
         "Felix Hartmann"),
    ],
    "es": [
        ("access", (), "Ejercicio del derecho de acceso",
         """DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: Shop Example (shop.example.be)
Dirección ante la que se ejercita el derecho: privacy@shop.example.be

DATOS DEL INTERESADO
Dña. Lucía Martín Ortega, mayor de edad, con domicilio en la C/ Pintor Sorolla 23, 3º B, 46002 Valencia, con D.N.I. nº [ ], por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos, y en consecuencia

SOLICITA

Que se le facilite gratuitamente el acceso a sus datos personales en el plazo máximo de un mes a contar desde la recepción de esta solicitud, y que dicha información comprenda:
- copia de los datos de carácter personal que le conciernen y que sean objeto de tratamiento;
- los fines del tratamiento y las categorías de datos de que se trate;
- los destinatarios o categorías de destinatarios a quienes se han comunicado o se prevé comunicar los datos;
- el plazo previsto de conservación o, si no fuera posible, los criterios utilizados para determinarlo;
- el origen de los datos, si no se hubieran obtenido del propio interesado;
- la existencia de decisiones automatizadas, incluida la elaboración de perfiles, y la lógica aplicada.

Que la información se remita por correo electrónico a la dirección desde la que se envía este escrito.

En Valencia, a [fecha]

Fdo.: Lucía Martín Ortega""",
         "Lucía Martín"),
        ("deletion", ("withdraw_consent",), "Solicitud de supresión de datos",
         """Buenas tardes:

Les adjunto la carta modelo de la asociación de consumidores, ya rellenada. Me he vuelto a vivir a España y no pienso seguir comprando en su tienda.

Muy señores míos:

Por medio de la presente, y al amparo del artículo 17 del Reglamento General de Protección de Datos, solicito la supresión de todos mis datos personales que obren en sus ficheros, ya que han dejado de ser necesarios para los fines para los que fueron recogidos.

Asimismo, revoco expresamente el consentimiento que en su día otorgué para el envío de comunicaciones comerciales por cualquier medio.

Les ruego que, en el plazo de un mes, me confirmen por escrito que se ha procedido a la supresión.

Atentamente,

Álvaro Sánchez Ruiz
alvaro.sanchez.ruiz@gmail.com""",
         "Álvaro Sánchez Ruiz"),
        ("objection", (), "Oposición al tratamiento de mis datos con fines de publicidad y perfilado",
         """A la atención del Delegado de Protección de Datos:

Mediante este correo ejerzo mi derecho de oposición reconocido en el artículo 21 del RGPD.

Me opongo:
- a que mis datos de navegación, de compra y de uso de la tarjeta de cliente se utilicen para elaborar perfiles sobre mí con fines comerciales;
- a que dichos datos se compartan con Meta, Google o cualquier otro "socio publicitario";
- al seguimiento mediante píxeles espía incrustados en los correos que me envían sobre mis pedidos.

Recuerdo que, cuando el tratamiento tiene por objeto la mercadotecnia directa, la oposición es incondicional: no necesito justificarla y ustedes no pueden ponderarla.

Espero confirmación de que han dejado de tratar mis datos para estos fines.

Un saludo,
Núria Vidal i Puig
Barcelona

"La privacidad no es un lujo, es un derecho".""",
         "Núria Vidal"),
        ("withdraw_consent", (), "baja publicidad",
         """hola, por favor quiero dejar de recibir vuestra publicidad por email y por sms. retiro el consentimiento que os di al registrarme. la cuenta si la quiero mantener, solo la publicidad

gracias
Marisa""",
         "marisa.gomez78"),
        ("portability", (), "Ejercicio del derecho a la portabilidad",
         """Muy Sres. míos:

D. Javier Herrero Blanco, con domicilio a efectos de notificaciones en la dirección de correo electrónico desde la que se remite este escrito, cliente de su tienda online desde 2021,

EXPONE

Que, de acuerdo con el artículo 20 del Reglamento (UE) 2016/679, tiene derecho a recibir los datos personales que le incumban y que haya facilitado a un responsable del tratamiento en un formato estructurado, de uso común y lectura mecánica.

SOLICITA

Que se le remitan, en el plazo de un mes, los datos personales que facilitó a su empresa (datos de la cuenta, direcciones de envío, historial de pedidos y de la tarjeta de fidelización) en un formato como CSV o JSON.

En Zaragoza, a 3 de marzo de 2026.

Javier Herrero Blanco""",
         "Javier Herrero Blanco"),
        ("correction", (), "Rectificación de datos personales",
         """Buenos días:

Les escribo para solicitar la rectificación de mis datos personales, conforme al artículo 16 del RGPD.

En mi cuenta de cliente figuran los siguientes datos incorrectos:
- Segundo apellido: aparece "Garcia" y es "García-Noblejas".
- Teléfono móvil: aparece 612 448 019; el correcto es 612 448 091 (supongo que me equivoqué yo al registrarme, por eso los repartidores no me localizan).

Se acompaña copia del DNI para acreditar el apellido.

Les agradecería que me confirmasen la corrección.

Un cordial saludo,
Pilar Ortega García-Noblejas""",
         "Pilar Ortega"),
        ("restriction", (), "",
         """Hola, buenas.

Tengo abierta una reclamación con mi banco porque en el pedido 25-4410076 se me cobró dos veces la barbacoa. El banco me pide justificantes y puede que necesite que ustedes confirmen el pedido más adelante.

Por eso les pido la limitación del tratamiento de mis datos (artículo 18 del RGPD): no borren nada de mis datos ni de mis pedidos, pero tampoco los usen para otra cosa mientras dure la reclamación. Solo guárdenlos. Ya les avisaré cuando esté resuelto.

Gracias,
Iñaki Etxeberria""",
         "Iñaki Etxeberria"),
        ("complaint", ("deletion",), "RE: Solicitud de supresión de datos",
         """Muy señores míos:

El pasado 20 de enero les envié una solicitud de supresión de mis datos personales (les copio el mensaje abajo). Ha transcurrido más de un mes y no he recibido respuesta alguna. Es más, sigo recibiendo su boletín cada semana.

Les recuerdo que el artículo 12.3 del RGPD les obliga a responder en el plazo de un mes.

Les reitero mi solicitud de supresión. Si en diez días no tengo noticias suyas, presentaré una reclamación ante la Agencia Española de Protección de Datos.

Álvaro Sánchez Ruiz

-----Mensaje original-----
De: Álvaro Sánchez Ruiz
Enviado el: martes, 20 de enero de 2026 18:02
Para: privacy@shop.example.be
Asunto: Solicitud de supresión de datos

Por medio de la presente, y al amparo del artículo 17 del Reglamento General de Protección de Datos, solicito la supresión de todos mis datos personales...""",
         "Álvaro Sánchez Ruiz"),
        ("other", (), "Contrato de encargo de tratamiento - programa de afiliación",
         """Estimado equipo:

Como continuación de nuestra reunión de la semana pasada sobre el programa de afiliación para la campaña de primavera, os adjunto el contrato de encargo de tratamiento (art. 28 RGPD) que necesitamos tener firmado antes de activar los enlaces.

Por favor, revisad especialmente el anexo II (medidas de seguridad) y el anexo III (subencargados). Si estáis de acuerdo, basta con que nos lo devolváis firmado por vuestro representante legal, en PDF.

Cualquier duda me decís.

Un saludo,

Cristina Molina
Partnerships Manager
Afilia Digital S.L. | Madrid""",
         "Cristina Molina"),
        ("automated", (), "Respuesta automática: Solicitud de supresión de datos",
         """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 1 de septiembre, sin acceso al correo electrónico. Para asuntos urgentes, pueden llamar al 976 30 44 12.

Un saludo,
Javier Herrero""",
         "Javier Herrero Blanco"),
    ],
    "it": [
        ("access", (), "Esercizio di diritti in materia di protezione dei dati personali",
         """Spett.le Shop Example
privacy@shop.example.be

ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

La sottoscritta Giulia Ferraresi, nata a Bologna il 14/03/1987, con la presente esercita i seguenti diritti:

1. Accesso ai dati personali (art. 15)
(barrare solo le caselle che interessano)
[X] chiede conferma dell'esistenza o meno di un trattamento di dati personali che la riguardano;
[X] in caso affermativo, chiede di ottenere l'accesso a tali dati e una copia degli stessi;
[X] chiede di conoscere le finalità del trattamento, le categorie di dati, i destinatari, il periodo di conservazione, l'origine dei dati e l'eventuale esistenza di un processo decisionale automatizzato, compresa la profilazione.

2. Richiesta di intervento sui dati (artt. 16-18)
[ ] rettificazione e/o aggiornamento dei dati (art. 16)
[ ] cancellazione dei dati (art. 17)
[ ] limitazione del trattamento (art. 18)

3. Opposizione al trattamento (art. 21)
[ ] per fini di invio di materiale pubblicitario o di vendita diretta

Recapito per la risposta: giulia.ferraresi@libero.it

Eventuali precisazioni: sono cliente dal 2021 con la carta fedeltà n. 6003 1120 3391.

Estremi di un documento di riconoscimento: C.I. n. [ ]

Bologna, 2 aprile 2026

Giulia Ferraresi""",
         "Giulia Ferraresi"),
        ("deletion", ("objection", "withdraw_consent"), "Richiesta di cancellazione dei miei dati personali",
         """Spett.le Società,

io sottoscritto Marco Bellini, cliente del Vostro negozio online con l'indirizzo email marco.bellini@fastwebnet.it, con la presente chiedo, ai sensi dell'art. 17 del Regolamento (UE) 2016/679 (GDPR), la cancellazione di tutti i dati personali che mi riguardano in Vostro possesso.

Contestualmente:
- mi oppongo, ai sensi dell'art. 21, par. 2, GDPR, al trattamento dei miei dati per finalità di marketing diretto, compresa la profilazione;
- revoco, ai sensi dell'art. 7, par. 3, GDPR, ogni consenso eventualmente prestato in passato, in particolare per la newsletter e per le comunicazioni commerciali dei Vostri partner.

Vi invito a comunicare l'avvenuta cancellazione anche agli eventuali destinatari a cui i dati siano stati trasmessi (art. 19 GDPR) e a fornirmi riscontro entro un mese dal ricevimento della presente.

In mancanza di riscontro mi riservo di rivolgermi al Garante per la protezione dei dati personali.

Distinti saluti,
Marco Bellini

(Modello di lettera fornito a titolo indicativo. Conservare copia della richiesta e della ricevuta di invio.)""",
         "Marco Bellini"),
        ("objection", (), "Opposizione alla profilazione e al tracciamento (art. 21 GDPR)",
         """Gentile Titolare del trattamento,

con la presente mi oppongo, ai sensi dell'articolo 21 del GDPR, al trattamento dei miei dati personali per finalità di profilazione e pubblicità mirata.

Nello specifico, mi oppongo:
- all'analisi dei miei acquisti e della mia navigazione sul vostro sito per costruire un profilo commerciale;
- alla condivisione di tali dati con piattaforme pubblicitarie terze (pixel di tracciamento, "pubblici personalizzati" e simili);
- all'uso di identificatori nelle email che mi inviate per misurare se e quando le apro.

Vi ricordo che per il marketing diretto il diritto di opposizione non richiede alcuna motivazione e va rispettato senza eccezioni.

Resto in attesa di conferma scritta.

Lorenzo Galli""",
         "Lorenzo Galli"),
        ("withdraw_consent", (), "R: Le offerte della settimana 🌿 fino al -40% sul giardino",
         """Buongiorno, revoco il consenso a ricevere queste email. Grazie.

Anna Rota

Inviato da Libero Mail per Android""",
         "anna rota"),
        ("portability", (), "Richiesta di portabilità dei dati (art. 20 GDPR)",
         """Spett.le Titolare,

il sottoscritto Davide Colombo, ai sensi dell'art. 20 del Regolamento (UE) 2016/679, chiede di ricevere i dati personali che lo riguardano e che ha fornito alla Vostra società, in un formato strutturato, di uso comune e leggibile da dispositivo automatico.

In particolare: dati anagrafici e di contatto, indirizzi di spedizione, storico completo degli ordini e dei resi, movimenti della carta fedeltà.

Si richiede l'invio tramite email all'indirizzo davide.colombo@pec.it oppure tramite link di download, in formato CSV o JSON, entro un mese dal ricevimento della presente.

Cordiali saluti.

Milano, [data]

Davide Colombo""",
         "Davide Colombo"),
        ("correction", (), "rettifica dati",
         """Salve,

nel mio account il codice fiscale è sbagliato: avete FRRLCU85M41F205Z ma il mio è FRRLCU85M41F205X. Si vede anche sulle ultime fatture. Vi chiedo di rettificarlo (art. 16 GDPR) nella mia anagrafica cliente, in modo che sia corretto d'ora in poi.

Già che ci siete, il numero di telefono nuovo è 347 218 5506.

Grazie mille,
Lucia Ferrero""",
         "Lucia Ferrero"),
        ("restriction", (), "Limitazione del trattamento",
         """Buongiorno,

per motivi personali preferisco non cancellare il mio account presso di voi, almeno per ora. Tuttavia vi chiedo, ai sensi dell'art. 18 del Regolamento (UE) 2016/679, di limitare il trattamento dei miei dati personali: potete conservarli, ma non utilizzarli per nessuna finalità (nessun invio, nessuna analisi, nessuna comunicazione a terzi) fino a mia diversa indicazione.

Vi prego di confermarmi per iscritto l'avvenuta limitazione e di avvisarmi prima di un'eventuale revoca della stessa.

Cordialmente,
Francesca De Luca""",
         "Francesca De Luca"),
        ("complaint", ("deletion",), "Violazione dei dati - vostra comunicazione del 3 ottobre",
         """Spett.le Shop Example,

ho ricevuto ieri la vostra email in cui comunicate che "un soggetto non autorizzato potrebbe aver avuto accesso" a nome, indirizzo, telefono e storico ordini dei clienti, e che l'incidente risale ad agosto.

Trovo gravissimo che io lo venga a sapere solo due mesi dopo, e per di più con una comunicazione vaga che non spiega che cosa sia successo né quali misure abbiate preso. Nel frattempo ho ricevuto diversi SMS truffa che citavano un mio "ordine in sospeso": adesso capisco da dove arrivavano.

Presenterò reclamo al Garante per la protezione dei dati personali.

Vi chiedo inoltre di cancellare il mio account e tutti i miei dati, visto che evidentemente non siete in grado di custodirli.

Roberto Mancini
Torino""",
         "Roberto Mancini"),
        ("other", (), "Diffida ad adempiere - contratto di fornitura n. 2025/044",
         """Spett.le Società,

scrivo in nome e per conto della Terrecotte Toscane S.r.l., con sede in Impruneta (FI), in relazione al contratto di fornitura n. 2025/044 sottoscritto in data 10 febbraio 2025.

La mia assistita ha regolarmente consegnato la merce ordinata (vasi e fioriere in cotto, DDT n. 331 e 347), senza che ad oggi sia intervenuto il pagamento delle relative fatture, per complessivi euro 12.870,00.

Con la presente Vi diffido formalmente ad adempiere, provvedendo al pagamento della somma indicata entro e non oltre quindici giorni dal ricevimento della presente, con avvertimento che, decorso inutilmente tale termine, il contratto si intenderà risolto di diritto ai sensi dell'art. 1454 c.c. e la mia assistita adirà le vie legali per il recupero del credito e il risarcimento del danno.

La presente viene inviata all'unico indirizzo email reperibile sul Vostro sito; Vi prego di inoltrarla all'ufficio competente.

Distinti saluti

Avv. Chiara Benedetti
Studio Legale Benedetti - Firenze""",
         "Avv. Chiara Benedetti"),
        ("automated", (), "Risposta automatica: R: Richiesta di cancellazione dei miei dati personali",
         """Gentile mittente,

lo Studio resterà chiuso per la pausa estiva dal 5 al 23 agosto compresi. La Sua email è stata ricevuta e sarà presa in carico alla riapertura.

Per urgenze relative a scadenze processuali può scrivere a segreteria@studiolegalebellini.it.

Cordiali saluti
Studio Legale Bellini & Associati""",
         "Studio Legale Bellini & Associati"),
    ],
    "pt": [
        ("access", (), "Pedido de acesso aos dados pessoais",
         """Exmos. Senhores,

Eu, Rui Miguel Carvalho Pinto, portador do cartão de cidadão n.º [ ], vosso cliente (número de cliente / cartão de fidelização: 6003 1120 5580) (riscar o que não interessa), venho, ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD), solicitar que me informem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem:

a) uma cópia desses dados;
b) as finalidades do tratamento;
c) as categorias de dados pessoais em questão;
d) os destinatários ou categorias de destinatários a quem os dados foram ou serão divulgados;
e) o prazo previsto de conservação;
f) a origem dos dados, caso não tenham sido recolhidos junto de mim;
g) a existência de decisões automatizadas, incluindo a definição de perfis.

Recordo que dispõem do prazo de um mês a contar da receção deste pedido para lhe dar resposta.

Com os melhores cumprimentos,

Rui Pinto
Rua de Cedofeita, 212, 2.º Esq.
4050-174 Porto""",
         "Rui Pinto"),
        ("deletion", ("objection", "restriction"), "Apagamento dos meus dados pessoais - art. 17.º RGPD",
         """Olá,

Sou cliente vossa desde 2021. Uso esta minuta porque não quero voltar a ter conta na vossa loja. Obrigada.

---

Exmos. Senhores,

Nos termos do artigo 17.º do RGPD, solicito o apagamento, sem demora injustificada, de todos os dados pessoais que me dizem respeito e que se encontram na vossa posse, bem como o encerramento da minha conta de cliente.

Oponho-me ainda, nos termos do artigo 21.º do RGPD, a qualquer tratamento dos meus dados para fins de marketing direto ou de definição de perfis.

Até que o apagamento esteja concluído, solicito a limitação do tratamento dos meus dados (artigo 18.º), devendo estes ser apenas conservados.

Nos termos do artigo 19.º, devem comunicar o apagamento a cada destinatário a quem os meus dados tenham sido transmitidos.

Aguardo confirmação por escrito no prazo de um mês.

Inês Correia Matos
ines.matos@sapo.pt

[Nota: pode adaptar esta minuta à sua situação. Em caso de falta de resposta, pode apresentar queixa à autoridade de controlo.]""",
         "Inês Matos"),
        ("objection", ("withdraw_consent",), "Oposição ao marketing direto",
         """Bom dia,

Nos últimos dois meses recebi três chamadas de uma empresa que diz ser "parceira" da vossa loja, a propor-me produtos para o jardim, e continuo a receber SMS com promoções.

Venho, ao abrigo do artigo 21.º, n.º 2, do RGPD, opor-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, seja por vós, seja por quaisquer parceiros a quem os tenham cedido. Retiro igualmente o consentimento que dei para receber a newsletter por email.

Agradeço confirmação.

Cumprimentos,
Manuel Fonseca
Tel. 912 334 870""",
         "Manuel Fonseca"),
        ("withdraw_consent", (), "",
         """Oi, tudo bem?

Não quero mais receber os emails de promoção de vocês, chega quase todo dia. Retiro o consentimento que dei quando fiz o cadastro. A conta pode continuar, é só pra parar com os emails mesmo.

Obrigada!
Thaís""",
         "Thaís Oliveira"),
        ("portability", (), "Portabilidade dos dados (artigo 20.º do RGPD)",
         """Exmos. Senhores,

Ao abrigo do direito à portabilidade previsto no artigo 20.º do RGPD, solicito que me sejam enviados os dados pessoais que vos forneci, num formato estruturado, de uso corrente e de leitura automática (por exemplo CSV ou JSON), designadamente:

- dados de registo da conta;
- moradas de entrega;
- histórico de encomendas e devoluções;
- movimentos do cartão de cliente.

Peço que o envio seja feito para o endereço de email a partir do qual escrevo.

Com os meus cumprimentos,
Pedro Nogueira
Lisboa, [data]""",
         "Pedro Nogueira"),
        ("correction", (), "Retificação de dados",
         """Boa tarde,

Venho pedir a retificação dos meus dados pessoais, nos termos do artigo 16.º do RGPD:

1. O meu apelido aparece como "Conceicao"; o correto é "Conceição".
2. Mudei de casa. A morada atual é Avenida Fernão de Magalhães, 1450, 3.º Dto., 3000-172 Coimbra.

Podem confirmar-me quando estiver corrigido?

Obrigada,
Ana Conceição""",
         "Ana Conceicao"),
        ("restriction", (), "Limitação do tratamento",
         """Exmos. Senhores,

Em maio do ano passado comprei na vossa loja um conjunto de mobiliário de jardim (encomenda n.º 25-3320914). A estrutura de uma das cadeiras partiu e acionei a garantia junto do fabricante, que ainda não deu resposta.

Preciso que os dados desta encomenda continuem disponíveis enquanto o processo decorre. Assim, ao abrigo do artigo 18.º, n.º 1, alínea c), do RGPD, solicito a limitação do tratamento dos meus dados pessoais: peço que os conservem, mas que não os utilizem para qualquer outra finalidade até eu vos informar de que o assunto ficou resolvido.

Com os melhores cumprimentos,
José Almeida""",
         "José Almeida"),
        ("complaint", (), "Recebi a fatura de outro cliente!!",
         """Boa tarde,

Na confirmação da minha encomenda de ontem (n.º 26-0118452) veio em anexo, para além da minha, a fatura de outra pessoa, com o nome completo, a morada, o NIF e o telefone dela.

Isto é uma violação de dados pessoais. Se eu recebi os dados de outro cliente, também os meus podem ter ido parar a um desconhecido. Não eliminei o ficheiro para poder servir de prova.

Vou apresentar queixa à CNPD, porque é inadmissível que uma loja trate os dados dos clientes com este descuido.

Carla Teixeira""",
         "Carla Teixeira"),
        ("other", (), "Dúvida sobre a política de privacidade antes de criar conta",
         """Boa tarde,

Estou a pensar fazer a minha primeira encomenda na vossa loja, mas antes de criar conta gostava de perceber algumas coisas na vossa política de privacidade.

Diz lá que partilham dados com "parceiros de marketing". Que tipo de empresas são essas? E a conta de cliente é obrigatória, ou é possível comprar como convidado sem que os dados fiquem guardados?

Obrigado desde já,
Tiago Ramos""",
         "Tiago Ramos"),
        ("automated", (), "Resposta automática: Apagamento dos meus dados pessoais - art. 17.º RGPD",
         """Obrigada pela sua mensagem.

Encontro-me ausente do escritório até dia 2 de janeiro, com acesso limitado ao email. Responderei logo que possível após o meu regresso.

Para assuntos urgentes, contacte por favor a receção: 21 340 55 00.

Cumprimentos,
Inês Matos""",
         "Inês Matos"),
    ],
}

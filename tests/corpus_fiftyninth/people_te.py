"""Person mail, set fiftyninth (en nl fr de es it pt), theme: unpaid invoices, debt collection, disputes and the law. Written apart from the rules (see make_fiftyninth.py)."""

PEOPLE_TE = {
    "en": [
        ("access", (),
         "Letter from Credimax Recovery - who gave them my details?",
         """Hello,

Yesterday I got a letter from a company called Credimax Recovery NV in Mechelen, telling me I owe you EUR 184.60 for order WS-2291847. I paid that order by Bancontact back in February, but that's a separate discussion I'll have with your customer service.

What I want to know from the privacy side is this: what exactly did you send to Credimax? Just my name and address, or also my phone number, date of birth, order history? When did you send it? And are there any other collection agencies, bailiffs or lawyers who got my details too? I'd also like to know how long they are allowed to keep all this.

Please treat this as a request under Article 15 GDPR and send me a copy of whatever you hold on me.

Kind regards,
Siobhan Kearney
Rue des Tanneurs 14
1000 Brussels""",
         "Siobhan Kearney"),
        ("correction", (),
         "Wrong person - loyalty account 88-410-2217",
         """Hi,

There's obviously been a mix-up. There is another Daniel Evans living in Leuven and your system seems to have hung his unpaid invoice on my loyalty account. Since last month my account shows a date of birth of 03/11/1979 (mine is 22/06/1991) and an address on the Tiensestraat, which isn't mine.

My correct details:
Daniel Evans
Naamsesteenweg 301, 3001 Heverlee
born 22/06/1991

Could you please put my own details back and move his invoice off my account? I really don't fancy getting reminders for somebody else's TV.

Cheers,
Dan""",
         "Daniel Evans"),
        ("deletion", ("withdraw_consent",),
         "Fraud - account I never opened",
         """Dear Sir/Madam,

Somebody opened an account with you in my name in November, using an old email address of mine, and ordered two phones on "pay later". I have now had two reminders and a letter from your collection agency for EUR 1,158. I never ordered anything. I reported it to the Brussels police (PV BR.12.L3.045871/2024, copy attached).

I want that account closed and everything in it deleted, apart from whatever you strictly need to keep for the fraud investigation.

And while you're at it, take me off every mailing list please. I started getting your promos the same week the fraudster signed up and I never asked for any of them.

Regards,
Marcus Oyelaran""",
         "Marcus Oyelaran"),
        ("restriction", (),
         "",
         """chargeback with KBC is open for order 5520193 - please don't delete the order, the chat logs or the tracking info until it's settled, I'll need them. thx

Priya""",
         "Priya Raman"),
        ("objection", (),
         "Sharing my payment history with 'partners'",
         """Hello,

Last week I was refused "pay later" at checkout and went looking for the reason. Section 6 of your privacy notice says you share "payment behaviour" with "carefully selected credit risk partners" and that you do this on the basis of your legitimate interest.

I object to that under Article 21 GDPR. I have paid every single invoice I ever had with you, one of them four days late because I was in hospital. I don't want that one late payment passed around or used to score me for the next five years.

Please stop sharing my payment data with these partners and stop using it for any kind of risk scoring, and confirm in writing that you have done so.

Graham Whitlock
Folkestone, Kent""",
         "Graham Whitlock"),
        ("withdraw_consent", (),
         "seriously?",
         """You've got a collection agency chasing me over EUR 37.50 (which I dispute, btw) and in the same week you send me three "Treat yourself this weekend!" emails and a text about the summer sale.

Take me off the newsletter, the texts, all of it. I won't be treating myself to anything from you.

Kev""",
         "Kevin Murtagh"),
        ("complaint", ("access",),
         "Re: Your request - reference PRV-20931",
         """This is the second time I am writing about this and frankly the answer below is not good enough.

Your lawyers, Vandenberghe & Partners, sent a letter about the "outstanding amount" to my EMPLOYER's address, addressed to me "c/o HR department". My HR manager opened it. She now knows about a EUR 260 dispute over a fridge that arrived broken. I have worked there for eleven years and I have never been so embarrassed.

I never gave you the name of my employer. Not when I ordered, not on the loyalty card, nowhere. So I want to know how your lawyers got it and what else you handed to them.

I also want to make it perfectly clear that this is a formal complaint. Writing to someone's workplace about a consumer dispute is completely out of order. If I don't have a proper answer within 10 days I will file a complaint with the Belgian Data Protection Authority.

Rebecca Hollis

> Dear Ms Hollis,
>
> Thank you for your message. We have forwarded your question to the
> department concerned and will come back to you as soon as possible.
>
> Kind regards,
> The Privacy Team""",
         "Rebecca Hollis"),
        ("other", (),
         "Invoice 2024-118734",
         """Hi,

I got a second reminder for invoice 2024-118734 (EUR 612, the washing machine). I'm not disputing it at all - I lost my job in March and I'm behind on a few things.

Would it be possible to pay it in 4 monthly instalments of EUR 153? I'd rather sort it out with you directly before it goes to a collection agency. I know this is probably not the right address, it was the only email on the reminder letter, so please pass it on to whoever deals with payments.

Many thanks,
Aidan Foley""",
         "Aidan Foley"),
        ("other", (),
         "Partnership proposal - purchase of overdue consumer receivables",
         """Dear Sir or Madam,

Northgate Receivables Ltd acquires portfolios of overdue consumer receivables from retailers in the Benelux, the UK and Ireland. Rather than paying fees to a collection agency, you sell the debt outright and receive payment up front, typically within 30 days of signing.

We act as an independent controller once the claims are assigned, all data transfers run through an encrypted SFTP channel, and our processes have been reviewed against the GDPR and the Belgian Act on amicable debt collection. We would be happy to share our DPIA template and our data processing terms.

Could you forward this to your finance or credit management team? I would welcome a 20-minute call at their convenience.

Best regards,
Oliver Brandt
Head of Partnerships, Northgate Receivables Ltd""",
         "Oliver Brandt"),
        ("other", (),
         "Interview request - master's thesis on debt collection and GDPR",
         """Dear privacy team,

I am a master's student in law at KU Leuven and I am writing my thesis on how retailers share customer data with debt collectors, bailiffs and lawyers, under the GDPR and the Belgian Act of 20 December 2002 on amicable debt collection.

Would someone from your team be willing to do a 30-minute interview (online or in person)? I'm interested in general practice only: when a file is handed over, what kind of data goes with it, how you select collection agencies. I don't need any customer data and the interview would be anonymised in the thesis.

Thank you in advance,
Hannah Lindqvist""",
         "Hannah Lindqvist"),
    ],
    "nl": [
        ("portability", (),
         "Aankoopgegevens voor de vrederechter",
         """Goeiedag,

In 2022 kocht ik via jullie webshop een vaatwasser (Bosch) die nu voor de derde keer stuk is. De winkel in Hasselt weigert de garantie en we gaan dat nu voor de vrederechter uitvechten. Mijn advocaat wil alle bewijzen zien.

Kunnen jullie mij al mijn aankopen, facturen en herstellingstickets bezorgen in een bestand dat hij kan openen en verwerken (Excel of csv is goed), zoals artikel 20 van de GDPR voorziet? In de app kan ik enkel de laatste 12 maanden zien en de herstellingen staan er helemaal niet in.

Met vriendelijke groeten,
Koen Vanhoof
klantenkaart 6200 1847 3390""",
         "Koen Vanhoof"),
        ("access", (),
         "vraag",
         """Dag,

Een inspecteur van politiezone Gent belde me vorige week over een betwiste betaling met mijn kredietkaart in jullie winkel in de Veldstraat. Hij wist dingen die eigenlijk enkel jullie kunnen weten: wat ik gekocht heb, om hoe laat, aan welke kassa.

Hebben jullie mijn gegevens aan de politie doorgegeven? Zo ja, wat precies, wanneer, en op basis van welke vraag of welk bevel? Ik heb niets misdaan en wil gewoon weten waar ik aan toe ben.

Groetjes,
Lotte De Smet""",
         "Lotte De Smet"),
        ("correction", ("deletion",),
         "Factuur betaald maar nog altijd 'geblokkeerd'",
         """Beste,

Op 4 april heb ik het openstaande bedrag van EUR 89,99 betaald aan jullie incassobureau (betalingsbewijs in bijlage). Toch staat mijn klantenaccount nog altijd op "betalingsachterstand" en kan ik niet meer achteraf betalen. De medewerker aan de kassa in Aalst zei dat er "een vlag" op mijn naam staat.

Dat klopt dus niet meer. Gelieve mijn status recht te zetten. En ik wil ook dat die oude aanmaning en de notitie "wanbetaler" volledig uit mijn dossier verwijderd worden, die dingen hebben daar niets meer te zoeken.

Alvast bedankt,
Wouter Van Damme""",
         "Wouter Van Damme"),
        ("deletion", (),
         "",
         """ik heb nooit iets bij jullie besteld, iemand heeft mijn naam en adres gebruikt (pv opgemaakt bij politie Brugge). verwijder dat account aub volledig.
An Vermeulen""",
         "An Vermeulen"),
        ("restriction", (),
         "Dossier Consumentenombudsdienst 2024/8812 - niets wissen aub",
         """Geachte,

Ik heb een klacht ingediend bij de Consumentenombudsdienst over de factuur van mijn gsm (bestelling 44182093), die volgens mij twee keer werd aangerekend. Het dossier loopt nog.

In jullie privacyverklaring lees ik dat klantgegevens na "afsluiting van het dossier" gewist worden, en jullie klantendienst heeft mijn dossier intern al als "afgesloten" gemarkeerd. Ik vraag u daarom uitdrukkelijk om mijn gegevens, de bestelling, de e-mails en de opnames van de telefoongesprekken NIET te wissen maar te bewaren tot de ombudsdienst zich heeft uitgesproken (art. 18 AVG). Gebruik ze intussen ook niet voor iets anders.

Hoogachtend,
Marc Claes
Kerkstraat 27, 2800 Mechelen""",
         "Marc Claes"),
        ("objection", ("access",),
         "Betaalscore?",
         """Hallo,

Bij het afrekenen kreeg ik de melding "achteraf betalen is momenteel niet beschikbaar voor uw profiel". Ik heb vorig jaar één keer een herinnering gekregen, die ik de week erna betaald heb, en blijkbaar hangt dat me nu nog altijd na.

Ik maak bezwaar tegen het feit dat jullie mijn aankoop- en betaalgedrag gebruiken om een soort kredietscore op mij te plakken. Stop daarmee aub.

Daarnaast wil ik weten wat dat "profiel" precies inhoudt: welke gegevens jullie daarvoor gebruiken en of dat van een extern bureau komt.

Mvg,
Sarah Wuyts""",
         "Sarah Wuyts"),
        ("complaint", (),
         "Ongehoord!!",
         """Ik ben echt razend.

Jullie medewerkster van de "dienst openstaande betalingen" kon mij vorige dinsdag niet bereiken en heeft dan maar mijn schoonmoeder gebeld. Haar nummer stond in jullie systeem omdat ik één keer een pakje naar haar adres heb laten leveren toen ik op reis was. En wat vertelt die medewerkster haar? Dat ik "een achterstallige schuld van 240 euro" heb en dat ze "best eens met haar schoonzoon praat".

Die 240 euro is een betwiste factuur voor een tv die ik binnen de 14 dagen teruggestuurd heb, dat weten jullie heel goed. Maar dat doet er niet eens toe. Jullie hebben het recht niet om mijn familie over mijn geldzaken in te lichten. Mijn schoonmoeder heeft het intussen aan de halve familie verteld.

Dit is een officiële klacht. Ik dien ook klacht in bij de Gegevensbeschermingsautoriteit, daar mogen jullie zeker van zijn.

Bart Goossens
Lier""",
         "Bart Goossens"),
        ("other", (),
         "Herinnering factuur 2024-30917",
         """Goedemiddag,

Ik heb jullie herinnering ontvangen voor factuur 2024-30917. Het hoofdbedrag heb ik intussen betaald. Wat ik betwist, is de EUR 15 "aanmaningskosten" die er al bij de eerste herinnering werden bijgeteld. Volgens mij moet de eerste herinnering gratis zijn sinds de nieuwe regels in het Wetboek van economisch recht.

Onderaan de brief staat ook dat "uw gegevens kunnen worden doorgegeven aan een incassobureau", vandaar dat ik dit adres gebruik. Kan iemand dat bedrag bekijken of mijn mail doorsturen naar de boekhouding?

Vriendelijke groet,
Els Maes""",
         "Els Maes"),
        ("other", (),
         "Terugbetaling nog steeds niet ontvangen",
         """Dag,

Op 2 mei heb ik een stofzuiger teruggebracht in jullie winkel in Kortrijk (ticket en retourbon heb ik nog). Er werd gezegd dat het geld binnen de 14 dagen op mijn rekening zou staan. We zijn nu vijf weken later en ik heb nog niets gezien.

De klantendienst antwoordt niet meer op mijn mails, daarom probeer ik het via dit adres. Kunnen jullie dit doorgeven aan iemand die er iets aan kan doen? Het gaat om EUR 279.

Groeten,
Dirk Lambrecht""",
         "Dirk Lambrecht"),
        ("other", (),
         "Kennismaking - gerechtsdeurwaarderskantoor Verlinden & De Wolf",
         """Geachte heer, mevrouw,

Graag stellen wij ons kantoor aan u voor. Gerechtsdeurwaarderskantoor Verlinden & De Wolf is actief in de gerechtelijke arrondissementen Antwerpen en Limburg en biedt naast de klassieke gerechtelijke invordering sinds dit jaar ook minnelijke invordering aan volgens de wet van 20 december 2002.

Nieuw is ons online platform waarop u dossiers veilig kan overdragen en de stand van zaken realtime kan opvolgen. Het platform is GDPR-conform, gehost in België, en we sluiten standaard een verwerkersovereenkomst af.

Mogen wij u hierover contacteren? Wij komen graag eens langs voor een vrijblijvende kennismaking.

Met vriendelijke groeten,
Mr. Pieter Verlinden
Gerechtsdeurwaarder""",
         "Pieter Verlinden"),
    ],
    "fr": [
        ("access", ("portability",),
         "V/Réf. : M. Didier Lambotte - demande d'accès (art. 15 RGPD) - N/Réf. : 2024/0317",
         """Madame, Monsieur,

J'interviens pour le compte de M. Didier Lambotte, domicilié rue Saint-Gilles 112 à 4000 Liège, dont vous trouverez la procuration en annexe.

Mon client est opposé à votre société dans un litige relatif à la facture n° F-2023-77412, que vous lui réclamez par l'intermédiaire de la SRL Recouvrement Mosan, et qu'il conteste. Une procédure est pendante devant la justice de paix du deuxième canton de Liège.

En application de l'article 15 du RGPD, mon client sollicite la communication d'une copie de l'ensemble des données à caractère personnel le concernant que vous traitez, en ce compris les enregistrements d'appels, les échanges avec votre service clientèle, l'historique de ses commandes et paiements, ainsi que l'identité de tous les destinataires auxquels ces données ont été communiquées (société de recouvrement, huissier de justice, avocat, ou tout autre tiers), et la date de ces communications.

Je vous saurais gré, en outre, de me transmettre les données relatives aux commandes et paiements que mon client vous a lui-même fournies dans un format structuré, couramment utilisé et lisible par machine, conformément à l'article 20 du RGPD.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Me Caroline Dethier
Avocate au barreau de Liège
Boulevard d'Avroy 58, 4000 Liège""",
         "Caroline Dethier"),
        ("correction", (),
         "Homonyme !",
         """Bonjour,

Depuis deux mois je reçois des rappels pour une facture de 329 EUR (commande 7731256) que je n'ai jamais passée. Après 40 minutes au téléphone avec votre service client, on a enfin compris : il existe une autre Nathalie Dubois, à Namur, et votre système a fusionné nos deux fiches. Ma fiche client affiche maintenant son adresse à elle et son numéro de GSM.

Merci de corriger ma fiche avec MES coordonnées :
Nathalie Dubois
avenue de la Closière 7, 1410 Waterloo
GSM 0476 52 18 90

et de détacher sa commande de mon compte. Je n'ai aucune envie de voir arriver un huissier pour une dette qui n'est pas la mienne.

Bien à vous,
Nathalie Dubois""",
         "Nathalie Dubois"),
        ("deletion", ("withdraw_consent",),
         "Clôture de mon compte",
         """Bonjour,

Suite au litige sur votre facture, que j'ai finalement réglée (à tort selon moi, mais je n'avais plus la force de me battre avec votre société de recouvrement), je ne souhaite plus avoir aucun lien avec votre enseigne.

Je vous demande de supprimer mon compte client, ma carte de fidélité et toutes les données me concernant. Et évidemment plus de newsletter ni de SMS promotionnels, je retire mon accord pour tout ça.

Cordialement,
Jean-Pierre Moreau
Lille""",
         "Jean-Pierre Moreau"),
        ("portability", (),
         "Transmission de mes données à ma protection juridique",
         """Bonjour,

Mon assureur protection juridique, Juris Protect, prend en charge mon litige avec vous au sujet du téléviseur acheté en novembre 2022 (panne de la dalle, garantie refusée par votre magasin de Wavre).

Pour constituer le dossier, je vous demande de transmettre directement à mon assureur, à l'adresse sinistres@jurisprotect.example.be, mes données d'achat : factures, dates, numéros de série et tickets de réparation, dans un format électronique courant (CSV ou équivalent), conformément à l'article 20 du RGPD. Référence du sinistre : JP-24-558120.

Merci d'avance,
Mehdi Benali""",
         "Mehdi Benali"),
        ("objection", (),
         "Opposition - profilage \"risque de paiement\"",
         """Madame, Monsieur,

Votre politique de confidentialité indique que vous calculez un « score de risque de paiement » à partir de l'historique d'achats et de paiements de vos clients, sur la base de votre intérêt légitime.

Je m'oppose à ce traitement en ce qui me concerne, conformément à l'article 21 du RGPD. Un retard de paiement en 2023, réglé depuis longtemps et dû à une erreur de ma banque, ne justifie pas que je sois classée « à risque » pendant des années et qu'on me refuse le paiement en trois fois.

Je vous remercie de cesser ce traitement et de me le confirmer.

Sophie Lecomte
Namur""",
         "Sophie Lecomte"),
        ("withdraw_consent", (),
         "",
         """Vous m'envoyez l'huissier pour 42 euros et en même temps je reçois vos SMS "Soldes -50 %". STOP. Je retire mon accord pour la pub, les SMS et les mails. Merci.""",
         "Christophe Remacle"),
        ("complaint", (),
         "Re: Votre demande d'accès",
         """Madame, Monsieur,

Je vous ai écrit le 12 février pour savoir à quelle société de recouvrement vous aviez transmis mes données, et lesquelles. Nous sommes le 2 mai. Votre accusé de réception ci-dessous promettait une réponse « dans les meilleurs délais ». Le délai légal d'un mois est très largement dépassé, même prolongé.

Sans réponse complète de votre part sous huit jours, je porte plainte auprès de l'Autorité de protection des données.

Salutations,
Isabelle Collignon

> Madame Collignon,
>
> Nous accusons bonne réception de votre demande et y donnerons suite
> dans les meilleurs délais.
>
> Le service Vie privée""",
         "Isabelle Collignon"),
        ("other", (),
         "Facture 2024-55318 - échelonnement",
         """Bonjour,

J'ai bien reçu votre lettre de rappel pour la facture 2024-55318 (lave-linge, 549 EUR). Je reconnais la dette, il n'y a pas de problème là-dessus, mais je ne peux pas payer la totalité d'un coup ce mois-ci.

Serait-il possible d'étaler le paiement sur trois mois ? Vous avez déjà toutes mes coordonnées et mon numéro de compte, je peux commencer dès le 5 du mois prochain. Je préfère m'arranger avec vous plutôt que de recevoir un courrier d'une société de recouvrement.

Merci de transmettre au bon service si ce n'est pas vous.

Fabienne Gérard""",
         "Fabienne Gérard"),
        ("other", (),
         "Remboursement jamais reçu + rappel de paiement ?!",
         """Bonjour,

J'ai renvoyé l'aspirateur robot (commande 8812044) le 3 avril, le colis a été réceptionné chez vous le 6 (j'ai le suivi bpost). Je n'ai toujours pas été remboursé et, cerise sur le gâteau, je viens de recevoir un rappel de paiement de 399 EUR pour cette même commande !

Est-ce que quelqu'un peut regarder ça et annuler ce rappel ? Votre service client ne répond pas au téléphone.

Cordialement,
Olivier Hennart""",
         "Olivier Hennart"),
        ("other", (),
         "Question générale sur vos pratiques de recouvrement",
         """Bonjour,

Je suis assistante sociale au CPAS de Charleroi. Plusieurs personnes que j'accompagne dans une guidance budgétaire sont clientes chez vous et m'interrogent sur ce qui se passe en cas de facture impayée.

Pourriez-vous m'indiquer, de manière générale, à partir de quel moment un dossier est confié à une société de recouvrement ou à un huissier, et si vous acceptez de discuter d'un plan de paiement avec un service de médiation de dettes ? Il ne s'agit d'aucun dossier précis, c'est pour pouvoir mieux informer les usagers.

Merci pour votre retour,
Véronique Lejeune
Service de médiation de dettes, CPAS de Charleroi""",
         "Véronique Lejeune"),
    ],
    "de": [
        ("access", (),
         "Auskunft nach Art. 15 DSGVO - Meldung an SCHUFA / Inkasso?",
         """Sehr geehrte Damen und Herren,

bei einer Kreditanfrage teilte mir meine Hausbank mit, dass ein „Negativmerkmal“ über mich gespeichert sei. Ich vermute, dass dies mit Ihrer Rechnung vom Oktober (Bestellnr. 3308-7715) zusammenhängt, die ich damals reklamiert hatte, weil die Ware beschädigt ankam.

Ich bitte daher um Auskunft gemäß Art. 15 DSGVO:
- welche Daten Sie über mich speichern (bitte mit Kopie),
- ob und welche Daten Sie an Auskunfteien (SCHUFA, Creditreform, Boniversum o. ä.) oder an Inkassounternehmen übermittelt haben, wann und zu welchem Zweck,
- sämtliche Empfänger meiner Daten.

Mit freundlichen Grüßen
Thomas Reinartz
Jülicher Str. 210, 52070 Aachen""",
         "Thomas Reinartz"),
        ("deletion", (),
         "Identitätsdiebstahl - Kundenkonto auf meinen Namen",
         """Guten Tag,

jemand hat unter meinem Namen und meiner Adresse, aber mit einer fremden E-Mail-Adresse, ein Kundenkonto bei Ihnen eröffnet und eine Spielkonsole auf Rechnung bestellt. Die Konsole wurde an eine Packstation geliefert, die Rechnung kam zu mir. Ich habe Anzeige bei der Polizei in Eupen erstattet.

Ich habe dieses Konto nie eröffnet. Bitte löschen Sie es mitsamt allen damit verbundenen Daten und bestätigen Sie mir das schriftlich.

Freundliche Grüße
Jens Kever
Eupen""",
         "Jens Kever"),
        ("portability", (),
         "Kaufbelege als Datei",
         """Hallo,

mein Kühlschrank (gekauft 2021 in Ihrem Onlineshop) ist zum zweiten Mal defekt, Sie lehnen die Gewährleistung ab, also klage ich jetzt vor dem Amtsgericht Trier.

Dafür brauche ich alle meine Käufe bei Ihnen mit Rechnungen, Lieferdaten, Seriennummern und den Reparaturaufträgen. Bitte schicken Sie mir das in einem maschinenlesbaren Format (CSV oder Excel), ich berufe mich auf mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO. Im Kundenkonto sehe ich leider nur die letzten zwölf Monate.

Danke und Gruß
Monika Huppertz""",
         "Monika Huppertz"),
        ("restriction", (),
         "Az. 12 C 418/24",
         """Bitte Daten zu meinem Kundenkonto (Bestellungen, Schriftverkehr, Mahnungen) NICHT löschen, Verfahren vor dem AG Köln läuft noch, Az. siehe Betreff. Bis zum Urteil sperren statt löschen.

M. Yılmaz""",
         "Murat Yılmaz"),
        ("objection", ("withdraw_consent",),
         "Widerspruch",
         """Guten Tag,

seit ich mit Ihnen über eine angeblich offene Rechnung streite, bekomme ich auf einmal Werbung „passend zu Ihrem Budget“ und Angebote für Ratenkäufe. Offenbar werten Sie aus, dass ich in einem Mahnverfahren stecke. Das finde ich ehrlich gesagt unverschämt.

Ich widerspreche hiermit der Nutzung meiner Daten für personalisierte Werbung und für die „Analyse des Zahlungsverhaltens“, die Sie laut Datenschutzerklärung auf Ihr berechtigtes Interesse stützen (Art. 21 DSGVO). Außerdem widerrufe ich meine Einwilligung in den Newsletter.

Claudia Brenner""",
         "Claudia Brenner"),
        ("withdraw_consent", (),
         "",
         """Bitte keine Newsletter und keine Werbe-SMS mehr an mich. Die Mahnung kommt per Post, die Werbung per Mail, die Werbung brauche ich nun wirklich nicht.

Gruß H. Lorenz""",
         "Heike Lorenz"),
        ("complaint", ("access",),
         "Beschwerde: Schreiben Ihres Anwalts an meinen Arbeitgeber",
         """Sehr geehrte Damen und Herren,

am 14. Mai ist bei meinem Arbeitgeber, den Stadtwerken in Freiburg, ein Schreiben der Kanzlei Hoste & Maes aus Antwerpen eingegangen, adressiert an mich „c/o Personalabteilung“. Es ging um eine angeblich offene Forderung Ihres Unternehmens über 318,40 EUR. Die Personalabteilung hat den Brief geöffnet.

Ich habe Ihnen meinen Arbeitgeber nie genannt. Ich habe die Forderung außerdem schriftlich bestritten, weil der bestellte Staubsauger nie geliefert wurde. Dass Ihr Anwalt meinen Arbeitgeber einschaltet, ist eine bodenlose Frechheit und verletzt meine Privatsphäre.

Ich beschwere mich hiermit förmlich über diesen Vorgang und werde mich an den Landesbeauftragten für den Datenschutz und die Informationsfreiheit Baden-Württemberg wenden.

Gleichzeitig verlange ich Auskunft darüber, woher die Kanzlei die Anschrift meines Arbeitgebers hat und welche Daten Sie ihr insgesamt übermittelt haben.

Mit freundlichen Grüßen
Stefan Albrecht
Freiburg im Breisgau""",
         "Stefan Albrecht"),
        ("other", (),
         "Ankauf Ihrer offenen Forderungen in Deutschland",
         """Sehr geehrte Damen und Herren,

als bundesweit tätiges, nach dem RDG registriertes Inkassounternehmen bieten wir Ihnen den Ankauf Ihrer offenen Forderungen gegenüber Kunden mit Wohnsitz in Deutschland an. Sie erhalten sofort Liquidität, wir übernehmen das komplette Forderungsmanagement bis hin zum gerichtlichen Mahnverfahren.

Die Übermittlung der Schuldnerdaten erfolgt DSGVO-konform über eine verschlüsselte Schnittstelle; ab Abtretung sind wir eigenständig Verantwortlicher. Gern senden wir Ihnen unsere Unterlagen zur Datenverarbeitung zu.

Dürfen wir Sie dazu kurz anrufen? Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Frank Wessel
Rheinland Forderungsmanagement GmbH, Düsseldorf""",
         "Frank Wessel"),
        ("other", (),
         "Rechnung 90044817 - Ratenzahlung möglich?",
         """Hallo,

ich habe Ihre Mahnung über 749 EUR bekommen (Rechnung 90044817, Fernseher). Die Forderung ist korrekt, ich bin nur gerade knapp bei Kasse. Ich könnte 150 EUR im Monat zahlen, ab dem 1. nächsten Monats.

Wäre das möglich? Bitte nicht gleich ans Inkasso geben, ich will das ja bezahlen. Falls ich hier falsch bin, leiten Sie es bitte an die Buchhaltung weiter.

Viele Grüße
Dennis Kowalczyk""",
         "Dennis Kowalczyk"),
        ("other", (),
         "Interviewanfrage für meine Bachelorarbeit",
         """Sehr geehrte Damen und Herren,

ich studiere Wirtschaftsrecht an der Hochschule Trier und schreibe meine Bachelorarbeit zum Thema „Datenschutz im Forderungsmanagement des grenzüberschreitenden Onlinehandels“.

Wäre jemand aus Ihrem Datenschutzteam bereit, mir in einem etwa 30-minütigen Gespräch (gern per Videocall) einige allgemeine Fragen zu beantworten, z. B. wie Sie Inkassodienstleister auswählen und welche Daten bei einer Übergabe typischerweise übermittelt werden? Es geht ausschließlich um allgemeine Abläufe, nicht um Kundendaten. Das Interview wird anonymisiert.

Mit freundlichen Grüßen
Lea Sommerfeld""",
         "Lea Sommerfeld"),
    ],
    "es": [
        ("access", (),
         "¿A quién han pasado mis datos?",
         """Hola,

Vivo en Bruselas pero soy de Zaragoza, y esta semana ha llegado a casa de mis padres, en Zaragoza, una carta de una empresa de recobro española (Gestiona Cobros S.L.) diciendo que les debo 212 euros a ustedes. Encima mi banco me dice que aparezco en un fichero de morosos.

Quiero saber qué datos míos tienen, a qué empresas se los han cedido (recobro, abogados, ficheros de solvencia...), cuándo lo hicieron y, sobre todo, de dónde han sacado la dirección de mis padres, porque yo nunca se la he dado.

Un saludo,
Pablo Lahoz""",
         "Pablo Lahoz"),
        ("correction", ("complaint",),
         "Rectificación ASNEF - deuda pagada",
         """Buenos días:

El 15 de marzo pagué íntegramente la deuda de 387,50 EUR que ustedes me reclamaban a través de su empresa de recobro (adjunto justificante de la transferencia). Sin embargo, a día de hoy sigo apareciendo en ASNEF como deudor por ese importe, a instancia suya.

Solicito la rectificación inmediata de mis datos: que conste que la deuda está saldada y que comuniquen al fichero que deben dar de baja la inscripción. Esta situación me ha impedido firmar la hipoteca de mi piso.

Si en diez días no está resuelto, presentaré una reclamación ante la Agencia Española de Protección de Datos.

Atentamente,
Raúl Domínguez Prieto
DNI 1234****-K""",
         "Raúl Domínguez Prieto"),
        ("deletion", ("withdraw_consent",),
         "Baja definitiva",
         """Hola:

Después de todo el lío con la factura que no era mía (ya me confirmaron ustedes que fue un error suyo), no quiero seguir siendo cliente.

Borren mi cuenta, los datos de la tarjeta de fidelización y todo lo que tengan de mí. Y que no me llegue ni un correo más de ofertas, ni un SMS.

Gracias.
Marta Sánchez Ruiz""",
         "Marta Sánchez Ruiz"),
        ("portability", (),
         "Garantía portátil - datos de compra para el juicio",
         """Buenas tardes:

Estoy preparando una demanda contra ustedes ante el juez de paz de Ixelles por la garantía de un portátil que compré en 2022 y que ha pasado tres veces por su servicio técnico.

Necesito mi historial de compras, las facturas, los números de serie y las órdenes de reparación en un archivo que pueda usar (CSV o Excel), tal como prevé el artículo 20 del RGPD. En la app sólo aparecen los pedidos del último año.

Muchas gracias,
Javier Ortega Molina""",
         "Javier Ortega Molina"),
        ("restriction", (),
         "Pedido 6618820 - contracargo",
         """Buenas,

He abierto un contracargo con mi banco (BBVA) por el pedido 6618820, que nunca me llegó. Os pido que no borréis nada de ese pedido (datos de envío, seguimiento, chats con atención al cliente) hasta que se resuelva, y que mientras tanto no lo uséis para otra cosa. Lo necesito como prueba.

Gracias,
Lucía""",
         "Lucía Ferrer"),
        ("withdraw_consent", (),
         "publicidad",
         """me estais reclamando 30 euros por una devolucion que ya os hice y a la vez me mandais publi de rebajas cada dos dias... dejad de enviarme publicidad por mail y por whatsapp, no quiero nada. gracias""",
         "Álvaro Gil"),
        ("complaint", (),
         "Queja formal - han hablado de mi deuda con mi madre",
         """Buenos días,

Les escribo muy indignada. El pasado jueves mi madre, que tiene 78 años, recibió una llamada de su "departamento de cobros". Le dijeron que su hija tenía "una deuda pendiente de 145 euros" con ustedes y que si no pagaba "se pasaría a vía judicial". Mi madre se pasó la tarde llorando pensando que me iban a embargar.

Mi madre no es cliente suya. Su número sólo lo tenían porque le envié un regalo por Navidad y lo puse como teléfono de entrega. Y la "deuda" es una factura que tengo reclamada porque me cobraron dos veces el mismo pedido.

No tienen ningún derecho a contarle a mi familia mis asuntos de dinero. Esto es una queja formal y voy a denunciarlo ante la AEPD y ante la autoridad de protección de datos belga.

Elena Navarro Castillo""",
         "Elena Navarro Castillo"),
        ("other", (),
         "Factura 2024-77120",
         """Hola,

En la factura 2024-77120 me han cobrado 9,90 EUR de gastos de envío, pero el pedido era de 86 euros y en la web pone que el envío es gratis a partir de 50. Ahora me llega un recordatorio de pago por esos 9,90.

¿Pueden revisarlo y anular el recordatorio? Si no es aquí, por favor pásenlo a quien corresponda.

Saludos,
Carmen Vidal""",
         "Carmen Vidal"),
        ("other", (),
         "Pregunta sobre pago a plazos",
         """Hola, buenas.

Estoy pensando en comprar una lavadora con su pago en 3 plazos y antes quería preguntar una cosa por curiosidad: si alguien no paga un plazo, ¿ustedes gestionan el cobro directamente o venden la deuda a una empresa de recobro? ¿Y eso es legal en Bélgica sin avisar al cliente?

No me ha pasado nada, es sólo para saberlo antes de comprar.

Gracias,
Iñaki Etxeberria""",
         "Iñaki Etxeberria"),
        ("other", (),
         "Reembolso pendiente",
         """Buenos días,

Devolví una cafetera en su tienda de Anderlecht hace seis semanas (pedido 5530981) y todavía no he recibido el reembolso de 129 EUR. Atención al cliente me dice cada vez que "está en proceso".

Les escribo aquí porque ya no sé a quién más dirigirme. ¿Podrían averiguar qué pasa con mi dinero?

Un saludo,
Rosa Martín""",
         "Rosa Martín"),
    ],
    "it": [
        ("access", (),
         "Segnalazione CRIF?",
         """Buongiorno,

la mia banca mi ha rifiutato un finanziamento per l'auto e l'impiegato mi ha fatto capire che c'è una "segnalazione" a mio nome. L'unico debito che mi viene in mente è la fattura contestata con voi per la lavatrice (ordine 4470129), che mi è stata sollecitata da una società di recupero crediti l'anno scorso.

Vorrei sapere se mi avete segnalato a CRIF o ad altri sistemi di informazioni creditizie, se avete ceduto i miei dati a società di recupero crediti o ad avvocati, per quale importo e in che data. Vi chiedo anche una copia dei dati che conservate su di me.

Cordiali saluti,
Giuseppe Morabito""",
         "Giuseppe Morabito"),
        ("correction", (),
         "omonimia",
         """Salve,

da qualche settimana mi arrivano solleciti di pagamento per un ordine di 540 euro che non ho mai fatto. Parlando con il vostro servizio clienti è venuto fuori che c'è un'altra Francesca Russo, e che il mio profilo ora riporta la sua data di nascita e il suo indirizzo a Charleroi.

Vi chiedo di correggere i miei dati:
Francesca Russo, nata il 14/05/1988
Rue de la Station 42, 7100 La Louvière

e di togliere dal mio profilo l'ordine che non è mio.

Grazie,
Francesca Russo""",
         "Francesca Russo"),
        ("deletion", (),
         "Furto di identità - account da cancellare",
         """Gentili signori,

qualcuno ha aperto a mio nome un account sul vostro sito e ha ordinato due smartphone con pagamento posticipato. Ho ricevuto il sollecito dalla vostra società di recupero crediti e ho già sporto denuncia presso la stazione dei Carabinieri di Cantù.

Quell'account non l'ho mai aperto io. Vi chiedo di cancellarlo insieme a tutti i dati collegati, conservando soltanto quanto vi serve per la denuncia.

Distinti saluti,
Alessandro Ferri""",
         "Alessandro Ferri"),
        ("portability", (),
         "Richiesta dati da inviare al mio avvocato",
         """Buongiorno,

è in corso una controversia con voi per la garanzia del mio forno (acquistato nel 2021, due riparazioni senza esito). Vi chiedo di trasmettere direttamente allo studio dell'avv. Marco Gentile, all'indirizzo segreteria@studiogentile.example.it, i dati relativi ai miei acquisti, alle fatture e agli interventi di assistenza, in un formato strutturato e leggibile da dispositivo automatico (CSV va benissimo), ai sensi dell'art. 20 del GDPR.

Grazie e cordiali saluti,
Roberta Pellegrini""",
         "Roberta Pellegrini"),
        ("restriction", ("access",),
         "Causa davanti al Giudice di Pace - conservazione dei dati",
         """Spett.le società,

come sapete, ho impugnato davanti al Giudice di Pace di Napoli il decreto ingiuntivo relativo alla fattura n. 2023/88214. L'udienza è fissata per ottobre.

Vi chiedo di non cancellare i dati relativi all'ordine, alla consegna e alle comunicazioni con il servizio clienti, e di limitarne il trattamento fino alla sentenza (art. 18 GDPR): mi servono come prova.

Vorrei inoltre sapere quali dati mi riguardano avete trasmesso al vostro avvocato e alla società di recupero crediti.

Distinti saluti,
Salvatore Esposito""",
         "Salvatore Esposito"),
        ("objection", ("withdraw_consent",),
         "Opposizione e revoca",
         """Buonasera,

due giorni dopo il vostro sollecito di pagamento ho ricevuto una mail da una società finanziaria, "vostro partner", che mi proponeva un prestito per "saldare serenamente il mio debito". Trovo la cosa di pessimo gusto.

Mi oppongo alla comunicazione dei miei dati ai vostri partner commerciali e a qualunque profilazione basata sulla mia situazione di pagamento. Revoco inoltre il consenso alla newsletter.

Laura Bianchi""",
         "Laura Bianchi"),
        ("withdraw_consent", (),
         "",
         """basta sms e mail pubblicitarie per favore, revoco il consenso. grazie
Chiara""",
         "Chiara Colombo"),
        ("other", (),
         "Fattura n. 2024/61502 - richiesta di rateizzazione",
         """Buongiorno,

ho ricevuto il sollecito per la fattura n. 2024/61502 (frigorifero, 899 EUR). L'importo è corretto, ma in questo periodo non riesco a pagarlo in un'unica soluzione. Sarebbe possibile dividerlo in sei rate mensili?

Preferirei trovare un accordo con voi prima che la pratica passi a una società di recupero crediti. Se non siete l'ufficio giusto, vi prego di inoltrare.

Grazie,
Davide Marchetti""",
         "Davide Marchetti"),
        ("other", (),
         "Proposta di collaborazione - recupero crediti in Italia",
         """Gentile Responsabile,

Recupera Srl gestisce da oltre vent'anni il recupero stragiudiziale dei crediti per conto di importanti operatori dell'e-commerce. Per i vostri clienti residenti in Italia possiamo offrire un servizio completo, dalla fase di sollecito alla fase legale, con licenza ex art. 115 TULPS.

Tutti i flussi di dati sono gestiti nel pieno rispetto del GDPR e del Codice di condotta per i sistemi informativi gestiti da soggetti privati; siamo disponibili a sottoscrivere un accordo di nomina a responsabile del trattamento.

Saremmo lieti di fissare una breve call conoscitiva.

Cordiali saluti,
Paolo Santoro
Business Development, Recupera Srl""",
         "Paolo Santoro"),
        ("other", (),
         "Tesi di laurea su recupero crediti e privacy",
         """Gentili signori,

sono una studentessa di Giurisprudenza all'Università di Bologna e sto scrivendo la tesi sul rapporto tra recupero crediti e protezione dei dati personali nel commercio elettronico transfrontaliero.

Sarebbe possibile fare una breve intervista (anche scritta) con qualcuno del vostro ufficio privacy sulle prassi generali dell'azienda? Non mi servono dati di clienti, solo informazioni generali, e l'intervista resterà anonima.

Vi ringrazio molto per l'attenzione,
Giulia Ferraro""",
         "Giulia Ferraro"),
    ],
    "pt": [
        ("access", (),
         "A polícia pediu os meus dados?",
         """Boa tarde,

Recebi uma convocatória da polícia de Liège por causa de uma encomenda feita na vossa loja online, paga com um cartão que afinal tinha sido roubado. Eu não tenho nada a ver com isso, mas a encomenda foi entregue na minha antiga morada.

Gostaria de saber se a polícia vos pediu os meus dados, se os entregaram, que dados foram (morada, telefone, encomendas, pagamentos?) e quando.

Obrigado,
Rui Carvalho""",
         "Rui Carvalho"),
        ("correction", (),
         "Estou marcado como devedor sem motivo",
         """Bom dia,

A fatura 2024-40871 já foi anulada pela vossa própria contabilidade (nota de crédito NC-2024-0419, que envio em anexo). Mesmo assim, na minha conta continua a aparecer "pagamento em atraso" e não consigo escolher o pagamento por fatura.

Peço que atualizem os meus dados para refletirem que não devo nada.

Com os melhores cumprimentos,
Ana Rita Fonseca""",
         "Ana Rita Fonseca"),
        ("portability", (),
         "garantia - pedido de dados",
         """Olá, tudo bem?

Vou entrar com uma ação contra vocês por causa da garantia do meu celular (comprado em 2023, a tela parou de funcionar e a assistência recusou o reparo). Preciso do meu histórico de compras, das notas fiscais e das ordens de serviço num arquivo, tipo planilha (CSV ou Excel), pra levar pro advogado. Sei que tenho direito a isso pelo artigo 20 do RGPD.

Obrigada!
Camila Nogueira""",
         "Camila Nogueira"),
        ("restriction", ("access",),
         "Processo judicial - conservação dos dados",
         """Exmos. Senhores,

Encontra-se pendente no Julgado de Paz de Lisboa o processo que intentei contra a vossa empresa relativamente à fatura n.º FT 2023/19933, que considero indevida.

Venho solicitar que não apaguem os dados relativos a esta encomenda, à entrega e às comunicações com o apoio ao cliente, e que limitem o seu tratamento até à decisão do processo, nos termos do art. 18.º do RGPD.

Solicito ainda cópia das gravações das chamadas telefónicas que mantive com o vosso serviço de cobranças.

Com os melhores cumprimentos,
Manuel Tavares""",
         "Manuel Tavares"),
        ("objection", (),
         "Oposição ao envio dos meus dados a parceiros",
         """Boa tarde,

Li na vossa política de privacidade que partilham o histórico de pagamentos dos clientes com "parceiros de avaliação de risco". Oponho-me a que o façam com os meus dados, ao abrigo do artigo 21.º do RGPD. Deixem de os enviar e confirmem-me, por favor.

Sérgio Matos""",
         "Sérgio Matos"),
        ("withdraw_consent", (),
         "Re: A sua fatura encontra-se em atraso",
         """Já paguei ontem por transferência.

E já agora retirem-me da newsletter e dos SMS, não quero receber mais publicidade vossa.

Joana Pires

> Caro(a) cliente,
>
> Informamos que a fatura n.º 2024-22781, no valor de 64,90 EUR,
> se encontra em atraso. Agradecemos a regularização no prazo de 8 dias.
>
> Com os melhores cumprimentos,
> Serviço de Cobranças""",
         "Joana Pires"),
        ("complaint", ("access",),
         "Reclamação - pedido sem resposta",
         """Exmos. Senhores,

No dia 10 de janeiro pedi-vos por escrito que me dissessem a que agente de execução e a que advogado enviaram os meus dados por causa da fatura que contestei. Passaram mais de três meses e não recebi qualquer resposta, nem sequer um aviso de receção.

Considero isto inaceitável e venho apresentar reclamação. Se não responderem, vou apresentar queixa à CNPD e à autoridade belga de proteção de dados.

Continuo, evidentemente, a querer saber a quem entregaram os meus dados e quais.

Luísa Marques""",
         "Luísa Marques"),
        ("other", (),
         "Pagamento em prestações",
         """Bom dia,

Recebi o vosso aviso de pagamento da fatura 2024-31590 (televisor, 699 EUR). Não contesto o valor, mas neste momento não consigo pagar tudo de uma vez. Seria possível pagar em quatro prestações mensais?

Se este não for o endereço certo, agradeço que reencaminhem para o departamento financeiro.

Cumprimentos,
Nuno Ribeiro""",
         "Nuno Ribeiro"),
        ("other", (),
         "Apresentação de serviços - agente de execução",
         """Exmos. Senhores,

O nosso escritório de solicitadoria e agência de execução, com sede no Porto, alargou recentemente a sua atividade à cobrança extrajudicial de créditos de empresas estrangeiras junto de consumidores residentes em Portugal.

Garantimos o tratamento dos dados dos devedores em conformidade com o RGPD e dispomos de plataforma própria para a transmissão segura dos processos. Teríamos todo o gosto em apresentar-vos as nossas condições.

Com os melhores cumprimentos,
Dra. Helena Azevedo
Solicitadora e Agente de Execução""",
         "Helena Azevedo"),
        ("other", (),
         "Valor da fatura errado",
         """Boa tarde,

Na fatura 2024-28804 foi-me cobrado o valor de 449 EUR pela máquina de café, mas na loja de Bruxelas o preço anunciado era 379 EUR (tenho fotografia da etiqueta). Agora recebi um lembrete para pagar a diferença.

Podem verificar e corrigir o valor da fatura? Já falei com a loja e disseram-me para escrever para aqui.

Obrigado,
Tiago Sousa""",
         "Tiago Sousa"),
    ],
}

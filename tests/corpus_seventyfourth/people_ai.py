"""Person mail for the seventyfourth set (en nl fr de es it pt): others who ask about a customer (police, courts, bailiffs, debt collectors, the tax office, lawyers, insurers, employers, an ex-partner) and customers who ask who was told, plus mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyfourth.py)."""

PEOPLE_AI = {
    "en": [
        ("access", (),
         "Did you give my details to the police?",
         """Hello,

Last Thursday two officers from the Brussels-Capital/Ixelles police zone came to my flat about a burglary in my building. They asked me about a set of bolt cutters and a crowbar that I bought at your Porte de Namur store on 6 February. I did buy them, I was changing the lock on my bike shed, and the whole thing was cleared up within ten minutes.

But what I can't stop thinking about is how they knew. I paid by card and scanned my loyalty card, and the officer had the date, the time and the price on a printout.

So I'd like to know, please: did you give my data to the police? If so, what exactly did you give them, when, and on what basis (was there a request from a magistrate or did someone just ring up)? And while you're at it, please tell me what else you keep about me under my loyalty card.

Card number 2200 4471 0938.

Thank you,
Miriam Sheldon
Rue de la Croix 18, 1050 Ixelles""",
         "Miriam Sheldon"),
        ("correction", (),
         "Wrong phone number on my account",
         """Hi there,

Until last year my partner and I shared one Shop Example account. We've split up and I opened my own account in October, but I've just noticed that the mobile number on MY account is still his (0486 51 22 09). Every "your order is ready for pickup" text goes to him, so he knows exactly when I'm at the Leuven store. Not great, to be honest.

Please change the number on my account to 0471 33 80 16. I tried in the app but it says the number is "verified" and can only be changed by customer service.

Account email: jess.holloway@telenet.example.be

Thanks a lot,
Jess Holloway""",
         "Jess Holloway"),
        ("deletion", (),
         "close everything",
         """Hello,

I'll keep this short. For reasons I don't want to go into, I have moved and I don't want any company to have a record of where I live or where I shop. A person I'm protected from has managed to find me once before through a store receipt.

Please remove my account, my loyalty card and everything attached to it (addresses, order history, the lot). I won't be using it again. My old address was Bosstraat 7, Genk. Account email s.quinlan84@mail.example.com.

If you need to keep invoices for the accountants that's fine, but nothing more than that please.

S. Quinlan""",
         "Siobhan Quinlan"),
        ("portability", (),
         "Purchase list for insurance claim - spreadsheet please",
         """Dear Sir/Madam,

Our house in Overijse was burgled on 14 March. The loss adjuster from our home insurer wants a full list of the electronics and tools stolen, with purchase dates and prices. Almost all of it came from your shop over the past five years (TV, two laptops, a drill set, the lot), and it's all on my loyalty card.

I can see my receipts one by one in the app, but there are hundreds of them. Could you send me my complete purchase history from 2021 to now as a spreadsheet or CSV file (date, store, item, price), so that I can filter it and pass it on? A file I can open in Excel is what I need, not a stack of PDFs.

Loyalty card 2200 1187 5520, in the name of Robert Fairley.

With thanks,
Robert Fairley""",
         "Robert Fairley"),
        ("restriction", (),
         "Please do NOT delete - tribunal case",
         """Dear privacy team,

I'm in a dispute with my employer. I was signed off sick in February and they claim I was seen "doing heavy shopping" at your Zaventem store on 21 February, and they want to dismiss me for it. I was there for ten minutes picking up a prescription-sized parcel from the pickup point, nothing more.

My union lawyer tells me that your till and pickup records for that day are the best proof of what I actually did and how long I was there. I understand shops delete such data after a while.

So I'm asking you to keep my data from that day (pickup log, receipt, anything linked to my card) and not delete it until my case is over, but also not to use it for anything else or hand it to anyone unless I or a court ask. My lawyer will contact you if a copy is needed.

Card 2200 7734 1902.

Regards,
Neil Broadbent""",
         "Neil Broadbent"),
        ("objection", (),
         "Retailer 'fraud network'",
         """Hi,

In January I was stopped at the exit of your Anderlecht store because the alarm went off. Turned out the cashier hadn't removed a security tag. Staff apologised, fine. But the security guy said my details would be "logged in the shared retail incident system" anyway, which I understand is some database you share with other shops.

I don't accept that. I've done nothing wrong and I don't want to be in a list that other chains can see. I object to you processing my data for that purpose and sharing it with that network. Please take me out of it and confirm.

Mark Delaney
0494 17 62 30""",
         "Mark Delaney"),
        ("withdraw_consent", (),
         "Household account - sharing my purchases",
         """Hello,

When my husband and I set up the "household" option on the loyalty card in 2023, I ticked the box agreeing that my purchases would be visible to the other household member. We are now separated and I no longer agree to that. I'd like to keep my own card and my points, I just don't want him seeing what I buy any more.

Please take my consent back as of today.

Thanks,
Fiona Gallagher
card 2200 6609 3341""",
         "Fiona Gallagher"),
        ("complaint", ("access",),
         "Complaint - my new address was given to a caller",
         """To whom it may concern,

I am writing to make a formal complaint.

On 3 March someone phoned your customer service saying he was my brother and that he needed my new address to "send a birthday present". The agent gave it to him. I have no brother. The caller was my former partner, against whom I have a restraining order. He turned up at my door two days later. The police have the details (PV BR.55.L1.014422/2026).

I only know it came from you because he told me so himself, laughing.

I want to know exactly what was disclosed on that call and what your staff are supposed to check before they give out a customer's details. I also want to know who else has called about me. I am considering reporting this to the Data Protection Authority.

Rachel Morrow""",
         "Rachel Morrow"),
        ("other", (),
         "CCTV request - theft at your Etterbeek store 09/04",
         """Good afternoon,

I am an inspector with the local police zone Montgomery, handling a report of theft filed by your Etterbeek store manager on 9 April (two electric scooters taken from the display around 17:40). The manager told me the footage request should go through this address.

Could you provide the camera images of the shop floor and the exit between 17:15 and 18:00 on that day, and tell me whom I can collect the copy from? Our reference is PV BR.43.L5.009871/2026. If you need an official requisition from the public prosecutor's office first, please say so and I'll arrange it.

Kind regards,
Insp. David Claes
Police zone Montgomery""",
         "David Claes"),
        ("other", (),
         "copy of receipt needed for my solicitor",
         """hi, my solicitor needs proof that I paid for the corner sofa we bought in your Mons store in 2022 (ex says he paid, he didn't). It was paid with my card. can you send a copy of the invoice? I think the number started with MON-22-. Delivery was to Rue des Canonniers 4, Mons.

thanks
Karen""",
         "Karen Doyle"),
    ],
    "nl": [
        ("access", (),
         "deurwaarder had mijn gsm-nummer",
         """Goeiedag,

Vorige week werd ik gebeld door een gerechtsdeurwaarderskantoor uit Kortrijk over een oude schuld van een energieleverancier (die intussen betwist is, maar dat terzijde). Ik vroeg hoe ze aan mijn nieuwe gsm-nummer kwamen, want dat heb ik aan bijna niemand gegeven. De medewerker zei letterlijk "dat komt via uw klantenkaart bij Shop Example".

Klopt dat? Ik wil graag weten of jullie mijn gegevens aan een deurwaarder of incassobureau hebben gegeven, welke gegevens, wanneer en aan wie. En meer algemeen: wie heeft de afgelopen jaren allemaal gegevens over mij bij jullie opgevraagd of gekregen?

Mijn klantenkaart: 2200 3381 0457
Naam: Wendy Desmet, Lange Munt 9, 8500 Kortrijk

Alvast bedankt,
Wendy""",
         "Wendy Desmet"),
        ("correction", (),
         "Geboortedatum fout -> incassobureau denkt dat ik iemand anders ben",
         """Beste,

Ik krijg sinds januari brieven van incassobureau Credita over een onbetaalde bestelling van 649 euro bij jullie webshop (bestelling WS-25-771803). Die bestelling is niet van mij. Na veel bellen blijkt dat er een andere Jan Peeters is (niet zo uitzonderlijk hier...) en dat in mijn klantenprofiel bij jullie een verkeerde geboortedatum staat, 14/03/1979 in plaats van 14/08/1979. Daardoor zijn blijkbaar zijn gegevens en de mijne door elkaar gehaald.

Wil je in mijn profiel de geboortedatum juist zetten (14 augustus 1979) en het adres nakijken: ik woon Molenstraat 22, 2320 Hoogstraten, niet in Turnhout. Credita zegt dat ze het pas kunnen rechtzetten als jullie gegevens kloppen.

Groeten,
Jan Peeters
0478 90 12 66""",
         "Jan Peeters"),
        ("deletion", (),
         "",
         """Hallo

Mijn ex blijkt nog steeds in mijn account bij jullie te kunnen, hij weet het wachtwoord en heeft het e-mailadres van zijn eigen gsm gekoppeld voor de meldingen. Ik wil er gewoon vanaf. Gelieve mijn account en klantenkaart volledig te verwijderen met alle gegevens die erbij horen, ik maak later wel een nieuwe aan als het nodig is.

mijn e-mail: lotte.verhaegen@skynet.example.be
klantenkaart 2200 9013 2278

Lotte""",
         "Lotte Verhaegen"),
        ("restriction", (),
         "Betwisting achteraf-betalen - gegevens bevriezen aub",
         """Geachte,

In december heb ik via jullie webshop een wasmachine gekocht met "achteraf betalen". De machine is nooit geleverd (zie mijn klacht bij de klantendienst, dossier KD-2025-12-4410), maar de betaalpartner heeft het bedrag toch in incasso gegeven.

Zolang dit onderzocht wordt, vraag ik dat jullie mijn gegevens in verband met die bestelling niet verder gebruiken of doorgeven, niet aan de betaalpartner, niet aan een incassobureau, aan niemand. Verwijder ze ook niet, want ik heb ze nodig als bewijs dat er niets geleverd is. Gewoon laten staan en niets mee doen tot de zaak rond is.

Met vriendelijke groeten,
Ahmed El Amrani
Bestelling WS-25-802117""",
         "Ahmed El Amrani"),
        ("objection", (),
         "koopgedrag en verzekeraars",
         """Beste,

Ik las in de krant dat retailers klantenkaartgegevens gebruiken om profielen te maken die ze dan met "partners" zoals verzekeraars delen. Mijn hospitalisatieverzekering vroeg mij vorige maand opeens naar mijn "levensstijl" en ik vertrouw het niet.

Ik wil niet dat jullie mijn aankopen gebruiken om een profiel van mij op te stellen, en zeker niet dat iets daarvan naar een verzekeraar of andere partner gaat. Mijn klantenkaart wil ik wel houden voor de kortingen.

Graag een bevestiging.

Koen Maes""",
         "Koen Maes"),
        ("withdraw_consent", (),
         "sms",
         """Ik wil geen sms'en meer krijgen van jullie met acties. Het nummer is 0497 12 55 80. Bedankt.

Griet""",
         "Griet Lambrechts"),
        ("complaint", (),
         "Klacht: mijn aankoopgeschiedenis in het echtscheidingsdossier",
         """Geachte heer, mevrouw,

Ik ben in een echtscheidingsprocedure verwikkeld. Gisteren kreeg ik van mijn advocaat de conclusies van de tegenpartij. Daarin zit een lijst van al mijn aankopen met mijn klantenkaart tussen juni en december 2025, met data, winkels en bedragen, bedoeld om aan te tonen dat ik "gemeenschapsgeld verkwist".

Volgens de advocaat van mijn man is die lijst "door Shop Example zelf bezorgd op eenvoudig verzoek". Er is geen vonnis en geen beschikking van een rechter die jullie daartoe verplichtte; ik heb nooit toestemming gegeven.

Ik vind dit volstrekt onaanvaardbaar. Jullie hebben mijn gegevens zomaar aan een advocaat van een derde gegeven. Ik verwacht binnen de maand een schriftelijke uitleg over hoe dit kon gebeuren. Zonder bevredigend antwoord dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Sofie Claeys
Kouter 31, 9000 Gent""",
         "Sofie Claeys"),
        ("other", (),
         "Vraag van politie Antwerpen - aankoop klant",
         """Goedemorgen,

Ik ben hoofdinspecteur bij de recherche van politiezone Antwerpen. In het kader van een lopend onderzoek (notitie AN.55.LB.021887/2026) had ik graag geweten of een bepaalde persoon op 2 maart tussen 14u en 16u in uw filiaal op de Meir een gsm en een prepaid simkaart heeft gekocht. Ik kan u de naam en de geboortedatum telefonisch doorgeven.

Indien u hiervoor een vordering van het parket of de onderzoeksrechter nodig hebt, laat het me weten, dan volgt die.

Met collegiale groeten,
HINP Bart Van Looy
Politiezone Antwerpen - Recherche""",
         "Bart Van Looy"),
        ("other", (),
         "btw-facturen 2025 voor mijn boekhouder",
         """Hallo,

Mijn boekhouder heeft voor de btw-aangifte de facturen nodig van alles wat ik in 2025 voor mijn zaak (kapsalon) bij jullie gekocht heb. Op de kasticketjes staat mijn btw-nummer niet. Kunnen jullie die aankopen nog omzetten naar facturen op naam van de zaak? BE0712.448.306, Salon Nathalie, Dorpsstraat 3, 3550 Heusden-Zolder.

Het gaat om een tiental tickets, ik kan er foto's van doorsturen.

Mvg,
Nathalie Jacobs""",
         "Nathalie Jacobs"),
        ("other", (),
         "dagvaarding Shop Example NV - zaak Verbist",
         """Geachte,

In bijlage vindt u een afschrift van de dagvaarding die vandaag door gerechtsdeurwaarder Meert aan de maatschappelijke zetel van Shop Example NV werd betekend, in de zaak van mijn cliënt dhr. Verbist betreffende een defecte elektrische fiets (aankoop 12/05/2025, filiaal Aalst). Inleidende zitting voor de Ondernemingsrechtbank Gent, afdeling Dendermonde, op 20 mei 2026 om 9u.

Uw klantendienst verwees mij naar dit adres omdat de algemene mailbox geen bijlagen aanvaardt. Gelieve dit door te geven aan uw juridische dienst of aan uw raadsman.

Met confraternele groeten,
Mr. Hilde De Wolf
Advocaat, Aalst""",
         "Hilde De Wolf"),
    ],
    "fr": [
        ("access", (),
         "Mon employeur et vos données ?",
         """Bonjour,

J'étais en incapacité de travail du 2 au 20 février (certificat médical en règle). Lors de mon retour, ma responsable RH m'a convoqué et m'a dit savoir que j'étais allé "faire des courses chez Shop Example à Wavre le 11 février en plein après-midi". C'est vrai, mon médecin m'autorisait les sorties, mais je ne vois pas comment elle peut le savoir.

Je voudrais donc savoir si mon employeur (ou quelqu'un pour son compte, un médecin-contrôleur, un détective...) vous a contactés à mon sujet, et si vous lui avez transmis quoi que ce soit : tickets, images de caméra, données de ma carte de fidélité. Si oui, merci de m'indiquer quoi, quand et à qui. Je souhaite aussi recevoir une copie des données que vous conservez sur moi.

Carte de fidélité : 2200 5521 8803
Laurent Dubois
Rue du Château 12, 1300 Wavre""",
         "Laurent Dubois"),
        ("correction", (),
         "changement de nom et d'adresse",
         """Madame, Monsieur,

Suite à mon divorce, j'ai repris mon nom de jeune fille et j'ai déménagé. Or mon compte client est toujours au nom de "Nathalie Lemaire-Collignon" et à l'ancienne adresse conjugale, avenue de la Toison d'Or 44 à Charleroi. Résultat : le courrier de rappel pour ma commande en plusieurs fois (que j'ai payée entre-temps) a été ouvert par mon ex-mari, qui s'en sert maintenant contre moi.

Merci de corriger mon compte :
nom : Nathalie Collignon
adresse : rue Léopold 8 boîte 2, 6000 Charleroi

Je joins une copie de l'extrait du registre national si nécessaire.

Cordialement,
Nathalie Collignon""",
         "Nathalie Collignon"),
        ("deletion", (),
         "Copie de ma carte d'identité - vol de sac",
         """Bonjour,

Le 15 janvier, on m'a volé mon sac dans votre magasin de Namur (rayon électroménager). L'agent de sécurité a été très gentil, il a appelé la police et, pour "le rapport interne", il a photocopié ma carte d'identité et noté mon numéro de téléphone.

La police m'a informée la semaine passée que le dossier est classé, le voleur n'a pas été retrouvé et mon sac non plus. Je ne vois plus de raison pour que vous gardiez la copie de ma carte d'identité ni le reste de ce rapport me concernant. Pourriez-vous les effacer et me le confirmer ?

Merci d'avance,
Chantal Renard
0472 18 40 93""",
         "Chantal Renard"),
        ("portability", (),
         "historique d'achats en fichier pour l'assurance",
         """Bonjour,

Suite à un dégât des eaux dans notre cave en mars (tout le stock de congélateurs et d'outils est fichu), notre assureur nous demande la liste des biens avec dates d'achat et prix. Presque tout vient de chez vous.

Est-ce que vous pouvez m'envoyer tout l'historique de ma carte fidélité depuis 2019 dans un fichier Excel ou CSV ? L'idéal serait même que vous l'envoyiez directement à l'expert de l'assurance (Bureau d'expertise Lambotte, expertises@lambotte.example.be, réf. SIN-26-03318), mais si ce n'est pas possible je le ferai suivre moi-même.

Carte n° 2200 0193 6645, titulaire Didier Hainaut.

Merci !
Didier Hainaut""",
         "Didier Hainaut"),
        ("restriction", ("correction",),
         "Signalement \"vol\" contesté - magasin de Liège",
         """Madame, Monsieur,

Le 28 février, j'ai été retenue vingt minutes à la sortie de votre magasin de Liège-Médiacité parce qu'un article n'avait pas été scanné à la caisse automatique. J'ai immédiatement proposé de le payer. Le responsable a malgré tout rédigé une "fiche incident" à mon nom mentionnant une "tentative de vol", et m'a dit que je serais "signalée".

Je conteste formellement ce qui est écrit dans cette fiche. En attendant que vous examiniez les faits (les images de la caisse automatique me donneront raison), je vous demande de ne pas utiliser ces données, de ne pas les transmettre à qui que ce soit et de les geler en l'état. Une fois la vérification faite, je vous demande de corriger la fiche pour qu'elle reflète ce qui s'est réellement passé : une erreur de scan, pas un vol.

Je vous remercie de me confirmer la prise en compte de cette demande.

Isabelle Marchal
Quai de Rome 51, 4000 Liège""",
         "Isabelle Marchal"),
        ("objection", (),
         "scoring paiement en plusieurs fois",
         """Bonjour,

On m'a refusé le paiement en 4 fois sur votre site pour un lave-linge à 540 €, avec le message "votre profil ne permet pas cette option". Le service client m'explique que vous calculez un "score" à partir de mes achats passés avec la carte fidélité et d'informations de votre partenaire de recouvrement.

Je m'oppose à ce traitement. Je ne veux pas que mon historique d'achats serve à me noter ni qu'il soit croisé avec les données d'une société de recouvrement. Merci d'arrêter et de me le confirmer par écrit.

Cordialement,
Olivier Gérard""",
         "Olivier Gérard"),
        ("withdraw_consent", (),
         "mandataire pour mes colis",
         """Bonjour,

J'avais donné mon accord dans l'appli pour que mon compagnon puisse retirer mes colis en point relais et reçoive les notifications de commande à ma place. Nous ne sommes plus ensemble. Je retire cet accord, merci de supprimer cette autorisation dès maintenant, il ne doit plus rien recevoir me concernant.

Amandine Leroy
amandine.leroy@proximus.example.be""",
         "Amandine Leroy"),
        ("complaint", (),
         "Appel d'une société de recouvrement sur mon lieu de travail",
         """Madame, Monsieur,

Ce matin, une société de recouvrement (Recouvra SA) m'a appelée sur mon numéro professionnel, au bureau, devant mes collègues, pour une facture de 73,90 € de votre webshop que je conteste depuis novembre (colis jamais reçu).

Ce numéro professionnel, je ne l'ai donné qu'à vous, et uniquement pour que le livreur puisse me joindre le jour de la livraison. Vous l'avez transmis à une société de recouvrement sans m'en avertir, alors même que la facture était contestée. Je trouve cela inadmissible et humiliant.

Je vous demande de vous expliquer. Sans réponse sérieuse de votre part dans les quinze jours, je saisirai l'Autorité de protection des données.

Élodie Mertens
Commande WEB-25-118830""",
         "Élodie Mertens"),
        ("other", (),
         "Demande de renseignements - saisie-arrêt",
         """Madame, Monsieur,

En ma qualité d'huissier de justice, je suis chargé de l'exécution d'un jugement rendu par le tribunal de première instance du Hainaut contre M. Frédéric Gosselin, né le 04/06/1981. Je vous saurais gré de bien vouloir m'indiquer si l'intéressé dispose auprès de votre société d'un solde créditeur, d'une carte cadeau ou d'un avoir, en vue d'une éventuelle saisie-arrêt.

Je vous prie d'agréer l'expression de mes salutations distinguées.

Me Philippe Vandamme
Huissier de justice, Mons
Réf. dossier 26/0412/PV""",
         "Philippe Vandamme"),
        ("other", (),
         "duplicata ticket pour plainte vélo volé",
         """Bonjour,

On m'a volé mon vélo électrique devant la gare de Louvain-la-Neuve. La police me demande la preuve d'achat pour la plainte et pour l'assurance, mais j'ai perdu le ticket. Je l'ai acheté chez vous à Wavre en juin 2024, payé par Bancontact, environ 1 899 €.

Vous pouvez m'envoyer un duplicata ? Merci beaucoup.

Thomas Lejeune""",
         "Thomas Lejeune"),
    ],
    "de": [
        ("access", (),
         "Auskunft nach Art. 15 DSGVO - Weitergabe an das Finanzamt?",
         """Sehr geehrte Damen und Herren,

im Rahmen einer Prüfung meiner Steuererklärung 2024 hat mir die Steuerverwaltung eine Liste von Käufen vorgehalten, die ich in Ihrer Filiale in Eupen getätigt habe (Büromöbel, ein Laptop, ein Drucker), mit genauen Daten und Beträgen. Ich hatte diese Käufe zum Teil als Werbungskosten geltend gemacht.

Ich habe nichts zu verbergen, möchte aber wissen, woher diese Angaben stammen. Ich bitte Sie daher gemäß Art. 15 DSGVO um Auskunft darüber,
- ob Sie Daten über mich an die Steuerverwaltung (FÖD Finanzen) oder eine andere Behörde übermittelt haben, und wenn ja, welche, wann und auf welcher Grundlage;
- welche personenbezogenen Daten Sie insgesamt über mich speichern;
- an welche weiteren Empfänger meine Daten gegangen sind.

Bitte senden Sie mir außerdem eine Kopie dieser Daten.

Mit freundlichen Grüßen
Bernd Kessler
Herbesthaler Straße 27, 4700 Eupen
Kundenkarte 2200 8876 1204""",
         "Bernd Kessler"),
        ("correction", (),
         "Rechnungsadresse falsch - Mahnung bei Ex-Mitbewohner",
         """Hallo,

in meinem Kundenkonto steht immer noch meine alte WG-Adresse (Aachener Straße 5, 4700 Eupen) als Rechnungsadresse, obwohl ich die Lieferadresse schon letztes Jahr geändert habe. Jetzt ist eine Zahlungserinnerung für meine Ratenzahlung dort gelandet und mein früherer Mitbewohner hat sie geöffnet und mir ein Foto geschickt... nicht so toll.

Bitte ändern Sie die Rechnungsadresse auf: Klosterstraße 19, 4780 St. Vith. In der App lässt sich das Feld nicht bearbeiten.

Danke und Gruß
Jonas Weber
jonas.weber@mail.example.de""",
         "Jonas Weber"),
        ("deletion", ("access",),
         "Konto auf meinen Namen, das ich nicht eröffnet habe",
         """Guten Tag,

ich habe gestern per Post eine Zahlungserinnerung von Ihnen bekommen für eine Bestellung über 312,40 EUR (Bestellnummer WS-26-044197). Ich habe bei Ihnen nie ein Konto eröffnet und nichts bestellt. Die E-Mail-Adresse im Schreiben gehört meinem Ex-Freund, der offenbar mit meinem Namen und meiner Adresse bestellt hat. Ich habe bereits Anzeige bei der Polizei Kelmis erstattet.

Ich möchte, dass dieses Konto mit allen Daten über mich gelöscht wird. Vorher möchte ich aber bitte wissen, was genau in diesem Konto über mich gespeichert ist und was darüber bestellt wurde, damit ich es der Polizei vorlegen kann.

Mit freundlichen Grüßen
Sabine Krings
Lütticher Straße 140, 4720 Kelmis""",
         "Sabine Krings"),
        ("portability", (),
         "Datenexport Kundenkarte",
         """Hallo,

ich bräuchte bitte alle meine Einkaufsdaten der Kundenkarte (seit ich sie habe, ca. 2020) als Datei, am liebsten CSV oder JSON. Meine Anwältin braucht sie in einem Verfahren wegen Unterhalt, um meine Haushaltsausgaben zu belegen, und sie will eine Datei, mit der sie rechnen kann, keine Screenshots aus der App.

Kundenkarte 2200 4410 7789, Name Markus Lentz.

Danke!
Markus Lentz""",
         "Markus Lentz"),
        ("restriction", (),
         "Bitte Kaufdaten nicht löschen - Streit mit Hausratversicherung",
         """Sehr geehrte Damen und Herren,

bei einem Einbruch im Januar wurde u. a. mein Notebook gestohlen, das ich im Oktober 2023 in Ihrer Filiale in Eupen gekauft habe. Meine Hausratversicherung bezweifelt den Kauf, weil ich den Kassenbon nicht mehr habe, und wir streiten uns nun darüber, eventuell vor Gericht.

Die Kassendaten und die Kundenkartenbuchung von damals sind mein einziger Beleg. Ich habe gelesen, dass solche Daten nach einer gewissen Zeit gelöscht werden. Ich bitte Sie daher ausdrücklich, diese Daten nicht zu löschen, solange der Streit läuft, sie aber auch sonst nicht zu verwenden oder weiterzugeben. Ich melde mich, sobald die Sache erledigt ist.

Mit freundlichen Grüßen
Dieter Schröder
Kundenkarte 2200 1055 6317""",
         "Dieter Schröder"),
        ("objection", (),
         "Widerspruch Betrugsabgleich mit Versicherern",
         """Sehr geehrte Damen und Herren,

beim Abschluss der Geräteversicherung für meine Waschmaschine über Ihre Website wurde ich darauf hingewiesen, dass Sie Kundendaten zur "Betrugsprävention" mit einem Hinweis- und Informationssystem der Versicherer abgleichen und dort auch Auffälligkeiten melden.

Dem widerspreche ich hiermit. Ich bin kein Betrüger und möchte nicht, dass meine Daten vorsorglich mit Versichererdatenbanken abgeglichen oder dorthin gemeldet werden. Ich bitte um Bestätigung, dass meine Daten dafür nicht mehr verwendet werden.

Mit freundlichen Grüßen
Thomas Heinen""",
         "Thomas Heinen"),
        ("withdraw_consent", (),
         "App Standort",
         """Hallo,

ich nehme meine Einwilligung zur Standortnutzung in Ihrer App zurück (die Funktion "Angebote in Ihrer Nähe"). Mir ist aufgefallen, dass jemand aus meinem Umfeld ziemlich genau wusste, wann ich in welchem Laden bin, und ich will das einfach nicht mehr. Push-Nachrichten bitte gleich mit abstellen. App deinstallieren möchte ich eigentlich nicht, wegen der Kundenkarte.

Gruß
Claudia Mertes""",
         "Claudia Mertes"),
        ("complaint", (),
         "Beschwerde - Auskunft an meinen Arbeitgeber",
         """Sehr geehrte Damen und Herren,

ich war vom 9. bis 27. März krankgeschrieben. Am 16. März hat mein Vorgesetzter in Ihrer Filiale in St. Vith angerufen und gefragt, ob ich "heute im Laden gewesen" sei. Laut meinem Vorgesetzten hat ihm die Filialleiterin bestätigt, dass ich am Vormittag da war, und sogar gesagt, was ich gekauft habe (Farbe und Tapeten). Das hat er mir in einem Personalgespräch vorgehalten, ich habe jetzt eine Abmahnung.

Es ist mir unbegreiflich, dass Ihre Mitarbeiterin einem Anrufer am Telefon Auskunft über meine Einkäufe gibt. Ich erwarte eine Stellungnahme, was Sie unternehmen, damit so etwas nicht wieder passiert. Parallel reiche ich Beschwerde bei der Datenschutzbehörde ein.

Mit freundlichen Grüßen
Petra Hilgers
Hauptstraße 61, 4780 St. Vith""",
         "Petra Hilgers"),
        ("other", (),
         "Schadenprüfung - Bestätigung eines Kaufs",
         """Sehr geehrte Damen und Herren,

ich bin Schadenregulierer bei der Rheinland Assekuranz und prüfe einen Diebstahlschaden unserer Versicherungsnehmerin Frau Anke Roth. Sie hat uns einen Kassenbon Ihrer Filiale Eupen vom 14.11.2025 über ein Smartphone (1.149,00 EUR, Bon-Nr. 0044-1187-22) vorgelegt.

Könnten Sie mir bitte bestätigen, dass dieser Bon echt ist und der Kauf so stattgefunden hat? Eine Einverständniserklärung von Frau Roth kann ich Ihnen gerne nachreichen.

Mit freundlichen Grüßen
Frank Osterhage
Schadenregulierung Sach, Rheinland Assekuranz AG""",
         "Frank Osterhage"),
        ("other", (),
         "Geldbörse gestohlen in Ihrer Filiale",
         """Guten Tag,

mir wurde am Samstag, 11. April, gegen 10:30 Uhr in Ihrer Filiale in Eupen an der Kasse 3 die Geldbörse aus der Jackentasche gestohlen. Anzeige bei der Polizeizone Weser-Göhl ist erstattet (Aktenzeichen EU.21.L3.002219/2026), die Polizei kümmert sich auch um die Kameras, das ist geklärt.

Meine Frage ist nur: Ist bei Ihnen vielleicht etwas abgegeben worden? Oft werfen Diebe die Börse ja leer irgendwo weg. Braunes Leder, darin Personalausweis, Führerschein und ein Foto meiner Enkel. Das Geld ist mir egal, aber die Papiere und das Foto hätte ich gerne zurück. An der Info-Theke konnte man mir nichts sagen und hat mir diese Adresse gegeben.

Vielen Dank
Horst Zimmermann""",
         "Horst Zimmermann"),
    ],
    "es": [
        ("access", (),
         "¿Quién ha pedido información sobre mí?",
         """Hola,

Estoy en pleno divorcio y en el último escrito del abogado de mi marido aparece que "la Sra. Ortega realizó compras en Shop Example Bruselas-Louise por importe de 2.300 euros entre octubre y diciembre". Las cifras son exactas, demasiado exactas.

Quiero saber si alguien (mi marido, su abogado, un detective o quien sea) les ha pedido información sobre mí, y si ustedes se la han dado. En concreto: qué datos se entregaron, a quién, en qué fecha y con qué justificación. Y ya puestos, quiero una copia de todos los datos que tienen sobre mí.

Tarjeta de cliente 2200 6120 4478
Lucía Ortega Sanz
Chaussée de Charleroi 88, 1060 Saint-Gilles""",
         "Lucía Ortega Sanz"),
        ("correction", (),
         "NIE mal en mis facturas",
         """Buenas tardes:

Soy autónomo (diseño gráfico) y compro bastante material en su tienda online. Mi gestoría en Valencia me avisa de que en todas las facturas de este año mi NIE sale mal: pone X4471903L y el correcto es X4471930L. Con el número equivocado Hacienda no me acepta los gastos.

¿Pueden corregir el NIE en mi ficha de cliente para que las próximas facturas salgan bien? Y si es posible, reemitir las de 2026 con el dato corregido.

Gracias,
Andrés Molina
andres.molina.design@correo.example.es""",
         "Andrés Molina"),
        ("deletion", (),
         "cuenta falsa a mi nombre",
         """Hola, alguien abrió una cuenta en su web con mi nombre y mi dirección de antes (rue Haute 140, Bruselas) y compró a plazos un móvil y una consola. Ahora una empresa de recobro me llama a mí todos los días. Ya está denunciado en la policía de Bruselas (adjunto denuncia) y con la empresa de recobro lo estoy arreglando aparte.

Lo que les pido a ustedes es que borren esa cuenta y todos mis datos que estén ahí metidos, no quiero tener nada que ver con ella.

Raúl Jiménez Pardo
tel 0465 20 17 83""",
         "Raúl Jiménez Pardo"),
        ("portability", (),
         "Exportar mis compras en Excel",
         """Hola:

Necesito todas mis compras de 2025 con la tarjeta de cliente en un archivo Excel o CSV (fecha, producto, importe) para la declaración de la renta, mi asesora fiscal lo quiere así para poder importarlo directamente. En la app solo puedo ver los tickets uno a uno y en PDF.

Mi tarjeta: 2200 3398 0012, a nombre de Carmen Vidal Roca.

Muchas gracias,
Carmen""",
         "Carmen Vidal Roca"),
        ("restriction", (),
         "Deuda en disputa - no usen mis datos mientras tanto",
         """Estimados señores:

Una agencia de recobro que dice actuar en su nombre me reclama 418,60 € por un pedido de marzo de 2025 (n.º WS-25-210774) que devolví dentro de plazo; tengo el justificante de entrega en el punto de devolución.

He presentado una reclamación ante su servicio de atención al cliente. Mientras se resuelve, les pido que limiten el uso de mis datos relacionados con esa supuesta deuda: que no los utilicen, no los comuniquen a la agencia de recobro ni a nadie más y que tampoco los borren, porque los necesito como prueba.

Quedo a la espera de su confirmación.

Atentamente,
Javier Serrano Gil
Avenue de Tervueren 210, 1150 Woluwe-Saint-Pierre""",
         "Javier Serrano Gil"),
        ("objection", (),
         "No quiero que me incluyan en listados de morosos",
         """Hola,

En sus condiciones de pago a plazos veo que "en caso de impago, los datos podrán comunicarse a sistemas comunes de información crediticia". Tengo un pequeño retraso en una cuota por un problema con el banco, ya lo estoy solucionando con ustedes.

Me opongo a que comuniquen mis datos a cualquier fichero de morosos o central de riesgos. Llevo diez años de cliente y nunca he dejado de pagar. Por favor, confírmenme que no lo harán.

Saludos,
Pilar Navarro""",
         "Pilar Navarro"),
        ("complaint", ("access", "deletion"),
         "Reclamación: dieron mis datos a un detective",
         """A la atención del Delegado de Protección de Datos:

Mi empresa contrató a un detective privado para comprobar si mi baja por lesión de rodilla era real. En el informe del detective, que mi abogado ha conseguido, se dice textualmente: "Según confirma personal de la tienda Shop Example de Anderlecht, el sujeto adquirió el 12/02 material de jardinería pesado y lo cargó él mismo". Y se adjunta una foto de mi ticket de compra.

Ustedes no tenían ningún derecho a dar información mía a un detective privado. Presento por este medio una reclamación formal. Además quiero saber qué más le dieron, y exijo que borren cualquier registro que hayan hecho de esa conversación con el detective y de mis datos que no necesiten.

Si no recibo respuesta satisfactoria, acudiré a la Autoridad de Protección de Datos.

Fernando Castillo Ruiz""",
         "Fernando Castillo Ruiz"),
        ("other", (),
         "Solicitud de colaboración - uso fraudulento de tarjeta",
         """Buenos días:

Me dirijo a ustedes como agente de la Policía Nacional, Grupo de Delitos Tecnológicos de Málaga, en relación con las diligencias 4471/26 por el uso fraudulento de una tarjeta bancaria de una ciudadana española. Consta un cargo de 899 € en su tienda online el 3 de marzo.

Les agradecería que nos facilitaran los datos del pedido (nombre, dirección de entrega, IP y teléfono del comprador). Si necesitan una orden judicial o una solicitud a través de la cooperación policial con Bélgica, indíquenmelo y la tramitaremos.

Un saludo,
Agente Sergio Luque
Policía Nacional - Málaga""",
         "Sergio Luque"),
        ("other", (),
         "citación como testigo",
         """Hola, me ha llegado una citación del juzgado de Bruselas como testigo por el robo que hubo en su tienda de Ixelles en enero (yo estaba en la caja cuando pasó). ¿Sabéis si alguien de la tienda va a ir también? Es que no hablo bien francés y no sé si puedo pedir un intérprete, ni a quién preguntar. Perdón si no es el correo correcto, es el único que encontré.

Marta Fuentes""",
         "Marta Fuentes"),
        ("other", (),
         "Factura a nombre de la empresa - me la pide Hacienda",
         """Buenos días,

Hacienda me ha pedido justificar la compra de un portátil que deduje como gasto de mi empresa. Lo compré en su web el 18 de septiembre de 2025, pedido WS-25-611390, pero la factura salió a mi nombre y no al de la sociedad.

¿Podrían emitirme una factura a nombre de Estudio Blanco Arquitectura SL, CIF B-46123984, calle Colón 14, 46004 Valencia? Tengo diez días para contestar a Hacienda.

Un saludo,
Ignacio Blanco""",
         "Ignacio Blanco"),
    ],
    "it": [
        ("access", (),
         "un investigatore sapeva dei miei acquisti",
         """Buongiorno,

sono separato da un anno e la mia ex moglie ha incaricato un investigatore privato per la causa sull'assegno di mantenimento. Nella relazione dell'investigatore, che il mio avvocato mi ha fatto leggere, ci sono le date in cui sono stato nel vostro negozio di Bruxelles-Midi e quanto ho speso, con la mia carta fedeltà.

Vorrei sapere se voi avete comunicato dati su di me a questo investigatore o a chiunque altro, e in tal caso quali dati, quando e a chi. Vorrei anche avere l'elenco di chi, negli ultimi due anni, vi ha chiesto informazioni su di me, e una copia dei dati che conservate.

Carta fedeltà 2200 7719 3306
Giuseppe Ferraro
Rue de Mérode 77, 1060 Saint-Gilles""",
         "Giuseppe Ferraro"),
        ("correction", (),
         "cognome e data di nascita sbagliati",
         """Gentili signori,

la mia assicurazione sta verificando un sinistro (furto di una bici elettrica acquistata da voi) e mi dice che voi avreste risposto che "non risulta alcun cliente con questi dati". Ho controllato nell'app: il mio cognome è scritto "Bernadi" invece di "Bernardi" e la data di nascita è 03/11/1985 invece di 11/03/1985 (probabilmente invertita al momento dell'iscrizione in negozio).

Potete correggere per favore? Cognome: Bernardi. Data di nascita: 11 marzo 1985.

Grazie,
Elena Bernardi
elena.bernardi@posta.example.it""",
         "Elena Bernardi"),
        ("deletion", (),
         "debito saldato - cancellate i miei dati",
         """Buongiorno,

l'anno scorso avevo un arretrato sul pagamento rateale di un frigorifero e la pratica era passata a una società di recupero crediti. Ho saldato tutto il 5 febbraio (allego la quietanza).

Ora che il debito è chiuso vorrei che cancellaste i miei dati: quelli nella pratica di recupero e anche il mio account cliente, che non uso più. Naturalmente tenete pure quello che la legge vi obbliga a tenere per la contabilità.

Cordiali saluti,
Salvatore Greco
Pratica n. RC-2025-00871""",
         "Salvatore Greco"),
        ("portability", (),
         "spese mediche per il 730 - file",
         """Salve,

compro da voi nel reparto parafarmacia (misuratore di pressione, ausili, cerotti per mio padre ecc.) e per la dichiarazione dei redditi in Italia mi servono le spese sanitarie. Il mio commercialista mi chiede un file con tutti gli acquisti del 2025 con data, articolo e importo, in formato CSV o Excel, da importare nel suo programma.

Potete inviarmi tutti i miei acquisti del 2025 in quel formato? Carta 2200 5580 9127.

Grazie mille
Francesca Russo""",
         "Francesca Russo"),
        ("restriction", (),
         "Immagini videosorveglianza parcheggio 27/03 - da conservare",
         """Buonasera,

il 27 marzo verso le 19 sono stata aggredita e derubata nel parcheggio del vostro negozio di Anderlecht. Ho sporto denuncia alla polizia (PV BR.21.L2.011947/2026) e il mio avvocato sta valutando un'azione civile.

So che le registrazioni delle telecamere vengono cancellate dopo qualche settimana. Vi chiedo di non cancellare le immagini di quella sera in cui compaio io, e di conservarle finché il procedimento non sarà chiuso, ma di non usarle per altro e di non consegnarle a nessuno senza un provvedimento dell'autorità giudiziaria o una mia richiesta.

Vi ringrazio per una conferma scritta.

Valentina Conti""",
         "Valentina Conti"),
        ("objection", (),
         "offerte personalizzate",
         """Ciao,
non voglio che usiate i miei acquisti per farmi le offerte "su misura" nell'app e nelle mail. Mi sembra che sappiate troppe cose di me. Potete smettere? La carta la tengo.
Davide Marino""",
         "Davide Marino"),
        ("withdraw_consent", (),
         "chiamate dell'assicurazione partner",
         """Buongiorno,

quando ho comprato la lavatrice con l'estensione di garanzia ho dato il consenso a essere contattato dal vostro partner assicurativo per altre offerte. Da allora mi chiamano due volte a settimana. Revoco quel consenso, non voglio più essere chiamato né da loro né da voi per queste cose.

Roberto Galli
338 441 9027""",
         "Roberto Galli"),
        ("complaint", ("deletion",),
         "Reclamo - avete dato il mio numero al recupero crediti per il debito del mio ex",
         """Spett.le Shop Example,

da tre settimane una società di recupero crediti chiama me e persino mia madre per un debito di 1.240 € relativo a un acquisto a rate fatto dal mio ex compagno nel 2024. Il contratto è intestato solo a lui. Il mio numero e quello di mia madre erano nel nostro vecchio account di coppia come "contatti secondari per la consegna".

Voi avete passato questi numeri alla società di recupero crediti, che li usa per fare pressione su di me per un debito che non è mio. È una cosa gravissima e voglio presentare formalmente reclamo. Pretendo inoltre che i nostri due numeri vengano cancellati da quella pratica e dai vostri sistemi collegati a quel contratto.

Se non interviene subito, mi rivolgerò al Garante e all'Autorità belga per la protezione dei dati.

Chiara Lombardi""",
         "Chiara Lombardi"),
        ("other", (),
         "Richiesta documentazione - causa Moretti c/ Moretti",
         """Egregi Signori,

sono il difensore della sig.ra Paola Moretti nella causa di separazione che la vede contrapposta al marito, sig. Luca Moretti. Ai fini della determinazione dell'assegno, vi chiedo di fornirmi l'estratto degli acquisti effettuati dal sig. Luca Moretti con la carta fedeltà negli ultimi dodici mesi.

In mancanza di una risposta spontanea, chiederò al giudice un ordine di esibizione.

Distinti saluti,
Avv. Marco Santoro
Foro di Milano""",
         "Marco Santoro"),
        ("other", (),
         "verifica presenza dipendente",
         """Buongiorno,

sono la responsabile del personale di una ditta di Vilvoorde. Un nostro dipendente, attualmente in malattia, sostiene di non essere uscito di casa nell'ultima settimana, ma un collega dice di averlo visto nel vostro negozio di Machelen sabato scorso. Potreste dirmi se risulta un suo acquisto sabato 4 aprile? Vi posso mandare nome e numero di carta fedeltà.

Grazie per la collaborazione,
Laura Colombo
Ufficio Risorse Umane""",
         "Laura Colombo"),
    ],
    "pt": [
        ("access", (),
         "o tribunal pediu-vos os meus dados?",
         """Bom dia,

Recebi uma notificação do tribunal de trabalho de Bruxelas num processo contra o meu antigo patrão, e nos documentos junta-se uma lista das minhas compras na vossa loja de Schaerbeek em novembro e dezembro, com datas e horas. O meu advogado diz que isto deve ter vindo de vocês.

Gostava de saber se o tribunal (ou a outra parte, ou o advogado dela) vos pediu dados sobre mim e o que é que vocês entregaram exatamente, quando, e se havia uma ordem do juiz. Quero também uma cópia de todos os dados pessoais que têm sobre mim.

Cartão de cliente 2200 2276 9014
Paulo Rodrigues
Rue Royale Sainte-Marie 56, 1030 Schaerbeek""",
         "Paulo Rodrigues"),
        ("deletion", (),
         "Regresso a Portugal - apagar a minha conta",
         """Olá,

Trabalhei seis anos na Bélgica e agora voltei para Braga de vez. Não vou voltar a comprar nas vossas lojas, por isso peço que apaguem a minha conta de cliente, o cartão e tudo o que está associado (moradas, histórico, número de telefone). Não tenho encomendas pendentes nem nada por pagar.

Conta: sandra.pereira.be@correio.example.pt

Obrigada e boa continuação,
Sandra Pereira""",
         "Sandra Pereira"),
        ("portability", (),
         "enviar o meu histórico diretamente à seguradora",
         """Boa tarde,

Tive um incêndio na cozinha em fevereiro e a minha seguradora (Lusitânia Seguros, processo SIN-2026-08812) pede uma lista dos eletrodomésticos com data e preço de compra. Comprei quase tudo convosco com o cartão de cliente.

Podem exportar o meu histórico de compras desde 2020 num ficheiro CSV e enviá-lo diretamente para a seguradora, para peritagens@lusitania.example.pt? Se não puderem enviar diretamente, mandem para mim e eu reencaminho.

Cartão 2200 8841 0356, titular Maria José Almeida.

Obrigada,
Maria José Almeida""",
         "Maria José Almeida"),
        ("restriction", ("objection",),
         "Re: pedido de oposição de 2 de março - limitação entretanto",
         """Exmos. Senhores,

Em 2 de março escrevi-vos a opor-me à partilha dos meus dados (imagens de videovigilância e talões associados ao meu cartão de cliente) com a empresa de segurança que presta serviços a vários retalhistas da zona de Ixelles "para prevenção de furtos". Responderam-me que a minha oposição "está a ser analisada pelo departamento jurídico".

Até hoje não tenho decisão. Mantenho a oposição, mas o que peço agora é que, enquanto a analisam, limitem o tratamento: que os meus dados não sejam enviados nem usados para esse fim até haver uma resposta ao meu pedido. Não peço que apaguem nada.

Com os melhores cumprimentos,
Rui Fernandes""",
         "Rui Fernandes"),
        ("objection", (),
         "chamadas com promoções",
         """Boa tarde, já é a terceira vez esta semana que alguém da vossa loja me liga a oferecer cartões de crédito e promoções. Não quero mais chamadas de publicidade, usem o meu número só para as entregas. Obrigado. Tiago Costa, 0488 63 21 40""",
         "Tiago Costa"),
        ("withdraw_consent", (),
         "programa de benefícios da empresa",
         """Olá,

A empresa onde trabalho tem um acordo convosco ("Shop Example Benefits") e quando aderi dei consentimento para que as minhas compras com desconto de funcionário fossem partilhadas com o departamento de RH "para estatísticas". Afinal não me sinto confortável com isso, o meu chefe já fez um comentário sobre o que eu compro.

Retiro esse consentimento. Quero continuar a ter o desconto, se for possível, mas sem partilha com a minha empresa.

Inês Carvalho
nº de colaborador 40771""",
         "Inês Carvalho"),
        ("complaint", (),
         "queixa - confirmaram a minha compra a um perito de seguros",
         """Exmos. Senhores,

Participei à minha seguradora o roubo do meu computador portátil. Hoje o perito disse-me ao telefone que "a loja já confirmou que a senhora comprou um modelo mais barato do que o declarado". Ou seja, alguém da vossa loja de Etterbeek deu informação sobre as minhas compras a um desconhecido, por telefone, sem o meu consentimento e sem verificar nada. (E ainda por cima a informação está errada, mas isso é outro assunto com a seguradora.)

Venho apresentar uma queixa formal. Não admito que os dados das minhas compras sejam dados a terceiros desta maneira.

Ana Sofia Martins
Cartão 2200 1902 6673""",
         "Ana Sofia Martins"),
        ("complaint", ("access",),
         "2.º pedido sem resposta - entrega de dados à polícia",
         """Ao Encarregado de Proteção de Dados,

Em 12 de janeiro de 2026 enviei para este endereço um pedido de acesso nos termos do artigo 15.º do RGPD, perguntando se tinham entregado os meus dados e imagens de videovigilância à polícia no âmbito de uma investigação em que fui ouvido como testemunha, e pedindo cópia dos dados que tratam sobre mim. Recebi apenas uma resposta automática.

Passaram três meses. O prazo de um mês do artigo 12.º, n.º 3, foi largamente ultrapassado sem qualquer prorrogação comunicada.

Reitero o pedido de acesso e informo que, se não obtiver resposta completa no prazo de dez dias, apresentarei reclamação junto da Autoridade de Proteção de Dados belga.

Com os meus cumprimentos,
João Miguel Sousa
Avenue Louise 301, 1050 Bruxelles""",
         "João Miguel Sousa"),
        ("other", (),
         "citação - ação de indemnização",
         """Exmos. Senhores,

Na qualidade de mandatário do Sr. Vítor Lopes, informo que foi intentada no tribunal de primeira instância de Bruxelas uma ação de indemnização contra a Shop Example NV pela queda do meu constituinte na vossa loja de Forest, em 8 de outubro de 2025 (chão molhado sem sinalização). A citação será efetuada por oficial de justiça nos próximos dias na vossa sede social.

Envio esta comunicação por cortesia, para que a possam remeter ao vosso departamento jurídico ou à vossa seguradora de responsabilidade civil.

Com os melhores cumprimentos,
Dr. Nuno Ribeiro, advogado""",
         "Nuno Ribeiro"),
        ("other", (),
         "segunda via da fatura do telemóvel",
         """Bom dia, roubaram-me o telemóvel e a seguradora pede a fatura de compra. Comprei na vossa loja de Anderlecht em agosto do ano passado, Samsung A55, paguei com Bancontact. Podem mandar-me uma segunda via? obrigado

Hugo Teixeira""",
         "Hugo Teixeira"),
    ],
}

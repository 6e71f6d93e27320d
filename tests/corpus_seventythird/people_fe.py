"""Person mail for the seventythird set (en nl fr de es it pt): the brands and manufacturers whose products the shop sells (warranty registration, safety recalls, cashback and test panels, reviews passed to brands, smart appliance apps, brand service-centre repairs, brand marketing after a purchase), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventythird.py)."""

PEOPLE_FE = {
    "en": [
        ("access", (),
         "Kelvora oven app knew everything about me?",
         """Hello,

In March I bought a Kelvora built-in oven (model KO-640 Steam) in your Waterloo store. At home I installed the Kelvora Home app to use the remote preheat function, and the moment I created the account the app already showed "Purchased at Shop Example Waterloo, 14/03/2026, 2-year warranty registered". I had not entered any of that.

I'm not necessarily upset, it saved me typing, but it does make me wonder. What exactly did you pass on to Kelvora about me and this purchase? Just the serial number and the date, or also my name, email, phone, address, what I paid? And what do you keep on your side about me in general? I have a loyalty card (ending in 2291) and have bought quite a few things over the years.

A plain list would be fine.

Best,
Oliver Tennant
Chaussée de Bruxelles 212, 1410 Waterloo""",
         "Oliver Tennant"),
        ("correction", (),
         "recall letter went to my old flat",
         """Hi there,

My former landlord just dropped off a letter from Babymo about a safety recall on the Babymo Orbit car seat (we bought ours at your Zaventem shop in 2024). Apparently the buckle can open under load. Quite alarming, and it only reached us by luck.

The letter was addressed to Avenue de Tervueren 88, which is where we lived until last summer. We live at Rue des Trois Tilleuls 17, 1170 Watermael-Boitsfort now. I think Babymo got the address from you, because I never registered the seat with them myself.

Could you please update my address on your side so future letters (from you or from brands) come to the right place? Phone number is still the same, 0471 55 90 32.

Thanks,
Chloe Marsh""",
         "Chloe Marsh"),
        ("deletion", (),
         "Brisa test panel - over and out",
         """Dear Shop Example,

Last autumn I signed up on your website for the Brisa coffee test panel. I received the Brisa Duo machine, filled in the four questionnaires about taste, noise and cleaning, and got to keep the machine. Good deal, thank you.

The panel finished in February. I don't see any reason for my profile, my answers and the photos of my kitchen counter I had to upload to stay on file, so I'd like them deleted, on your side and please ask Brisa to do the same if they received them.

Kind regards,
Margaret O'Connell""",
         "Margaret O'Connell"),
        ("portability", (),
         "list of my appliances",
         """Hello,

We're redoing the home insurance and the insurer's app lets you import a list of appliances with purchase dates, prices and serial numbers. Almost all our kit came from you: fridge, washing machine, dryer, TV, two laptops, the robot vacuum.

Is there any way you could send me my purchase history from my account, including serial numbers and warranty end dates where you have them, as a CSV or Excel file? Printing the PDF receipts one by one isn't really an option.

Account email: d.hargreaves@telenet.example.be

Cheers,
Daniel Hargreaves""",
         "Daniel Hargreaves"),
        ("restriction", ("correction",),
         "Sunheim warranty refused - wrong purchase date",
         """Dear Sir or Madam,

My Sunheim S7 robot vacuum stopped charging two weeks ago. Sunheim refused the warranty repair because, according to their records, it was bought on 03/11/2023 and the warranty has run out. That is simply wrong: I bought it on 03/11/2024 at your Liège Médiacité store (receipt no. 0417-2024-118833, I still have it). Sunheim told me the date comes from the registration your store sent them.

First of all, until this has been checked, please put that record on hold: don't send anything else about me or this purchase to Sunheim and don't use it for anything, I don't want a second wrong registration on top of the first. Once you have checked it against your till records, the date should of course be corrected, on your side and with Sunheim.

I have a copy of the receipt if you need it.

Yours faithfully,
Patrick Dunleavy""",
         "Patrick Dunleavy"),
        ("objection", (),
         "Voltek emails",
         """Bought a Voltek TV from you in January. Since then Voltek mails me every week "because you bought at Shop Example". I'd like you to stop giving my purchases to brands for their marketing. That's all. Thanks.

J. Pryce""",
         "James Pryce"),
        ("withdraw_consent", (),
         "untick box",
         """Hi, when I ordered the hairdryer online there was a box "keep me informed about offers from the brands I buy" and I ticked it without thinking. I can't find it anymore in my account settings. Please untick it for me, I don't want those offers.

Thanks
Sophie Lambert-Reid""",
         "Sophie Lambert-Reid"),
        ("complaint", (),
         "Formal complaint - phone repair through your store",
         """To the Data Protection Officer,

On 2 April I handed in my Pixely P8 phone at your Antwerp Meir store for a warranty screen repair. The staff member said it would go to "the official Pixely service centre" and that I did not need to do anything. Nobody told me to back up or remove anything, nobody asked me for a code, and I was told the phone would not be unlocked.

The phone came back on 19 April. In the photo gallery, the "recently viewed" section showed that 41 of my photos had been opened on 11 April, among them pictures of my children and scans of my passport and my payslips. The screen repair did not require any of that.

I hold Shop Example responsible, as you took the phone in, chose the repairer and gave me assurances. I want a written explanation of who had access to my phone, what was done with my files, and what you will do about it. If I don't get a serious answer within a month, I will file a complaint with the Data Protection Authority (Gegevensbeschermingsautoriteit) in Brussels.

Rebecca Thornfield
Lange Nieuwstraat 56, 2000 Antwerpen
Repair ticket PX-RMA-558102""",
         "Rebecca Thornfield"),
        ("other", (),
         "Aquamira kettle recall - replacement lid?",
         """Hello,

Got your letter about the Aquamira kettle recall (the lid hinge). As asked, I filled in my details and serial number on the Aquamira recall site on 12 March and got a confirmation that a replacement lid would be sent within 4 weeks. It's been 6 weeks and nothing has arrived.

I know this address is for privacy matters, but the number on the letter just rings out. Could you pass this on to someone who can chase it? Recall ref AQ-RC-20871.

Thanks,
Hannah Whitfield""",
         "Hannah Whitfield"),
        ("other", (),
         "Re: your reply",
         """Thanks for sorting out my details last month, all fine now.

Different question, and sorry if it's the wrong place: my Nordhaus blender (bought at Shop Example Gent, May 2024) has a dead motor after 14 months. Is it still under your 2-year warranty or do I have to go to Nordhaus? I don't really want to post it to Germany.

Regards,
Ian McBride""",
         "Ian McBride"),
    ],
    "nl": [
        ("access", (),
         "cashback Nordhaus wasmachine",
         """Beste,

Ik heb in januari bij jullie in Aalst een Nordhaus wasmachine gekocht met de actie "tot 150 euro cashback". Het cashbackformulier moest ik invullen op jullie website, met een foto van de kassabon, mijn rekeningnummer en het serienummer van de machine. Het geld is intussen gestort, daar gaat het niet om.

Nu belt er iemand van Nordhaus met de vraag of ik "tevreden ben over mijn aankoop" en of ik interesse heb in een onderhoudscontract. Die persoon wist mijn naam, mijn gsm-nummer en zelfs welke dag ik de machine gekocht had.

Ik zou graag weten welke gegevens van mij jullie precies aan Nordhaus hebben doorgegeven voor die cashback (ook mijn rekeningnummer?), en wat jullie zelf nog allemaal van mij bijhouden.

Met vriendelijke groeten,
Els De Smedt
Kerkstraat 14, 9300 Aalst""",
         "Els De Smedt"),
        ("correction", (),
         "naam verkeerd op garantiebewijs",
         """Goedendag,

Bij de aankoop van mijn laptop (Pixely Book 14, winkel Kortrijk, 21/02) heeft de verkoper meteen de extra garantie van Pixely geactiveerd. Op het garantiebewijs staat nu "Jan Van der Straten", terwijl mijn naam Jan Vanderstraeten is, aan elkaar en met ae.

Pixely zegt dat de naam moet overeenkomen met mijn identiteitskaart als ik ooit een beroep moet doen op de garantie, en dat de gegevens van jullie komen. Kunnen jullie mijn naam in jullie klantenbestand aanpassen en zorgen dat het ook bij Pixely juist komt te staan?

Alvast bedankt
Jan Vanderstraeten""",
         "Jan Vanderstraeten"),
        ("deletion", (),
         "koppeling Lumina",
         """Hallo,

Ik wil mijn klantenkaart NIET opzeggen, die gebruik ik nog elke week. Maar in jullie app had ik vorig jaar mijn Lumina-account gekoppeld (voor de slimme lampen die ik bij jullie kocht), zodat ik "automatisch" lampen kon nabestellen en die energietips kreeg.

Ik heb de lampen intussen allemaal vervangen door een ander merk. Wil je die koppeling verwijderen en alles wat jullie via Lumina over mij binnengekregen hebben (verbruik, welke lampen wanneer aan stonden, enz.) wissen? De rest van mijn account mag blijven zoals het is.

Groetjes,
Lotte Claes""",
         "Lotte Claes"),
        ("portability", (),
         "Aankoopgegevens naar Woonkluis",
         """Geachte,

Mijn verzekeraar werkt met de app Woonkluis, waarin je een inventaris van je inboedel bijhoudt. Woonkluis kan aankopen inlezen als ze een bestand krijgen in hun formaat (CSV of JSON) of rechtstreeks van de winkel via hun koppeling.

Ik koop al jaren mijn elektro bij jullie (klantenkaart 6 8412 0037 5519). Zouden jullie mijn aankoopgeschiedenis met artikelnummers, serienummers, datums en prijzen rechtstreeks naar Woonkluis willen sturen? Als dat niet gaat, stuur het bestand dan naar mij en ik laad het zelf op.

Met vriendelijke groet,
Marc Verhaegen
Brugsesteenweg 201, 8800 Roeselare""",
         "Marc Verhaegen"),
        ("restriction", (),
         "mijn recensie op de site van Babymo",
         """Dag,

Ik heb in maart op jullie webshop een recensie geschreven over de kinderwagen Babymo Stride (2 sterren, de remmen waren na een maand al stuk). Nu zie ik die recensie ook staan op de website van Babymo zelf, met mijn volledige naam en "Herentals" erbij. Ik weet niet dat ik daar ooit voor gekozen heb, ik dacht dat het alleen op jullie site kwam.

Ik zoek nog uit of ik daar destijds een vakje voor heb aangevinkt. Zolang dat niet duidelijk is, wil ik dat de recensie niet meer doorgegeven of gebruikt wordt, ook niet op de site van Babymo. Gooi ze wel nog niet weg: als ik het vakje niet aangevinkt heb, wil ik dat kunnen aantonen.

Kunnen jullie me laten weten wat jullie zien in jullie systeem?

Sarah Peeters""",
         "Sarah Peeters"),
        ("objection", (),
         "Folder 'uw favoriete merken'",
         """Beste

Ik krijg sinds een tijd een persoonlijke folder "Uw favoriete merken" in de bus, met aanbiedingen van precies de merken die ik bij jullie koop (Brisa koffie, Aquamira filters, ...). Blijkbaar worden mijn aankopen met de klantenkaart geanalyseerd om te zien welke merken ik koop en dat wordt dan aan die merken verkocht als reclameplek.

Daar heb ik bezwaar tegen. Ik wil mijn klantenkaart houden voor de punten, maar ik wil niet dat mijn aankopen nog gebruikt worden om een profiel te maken voor merkreclame.

mvg
Dirk Wouters""",
         "Dirk Wouters"),
        ("withdraw_consent", ("deletion",),
         "Testpanel Sunheim",
         """Hallo,

Op de demodag in jullie winkel in Hasselt in oktober heb ik me ingeschreven voor het testpanel van Sunheim (robotstofzuigers). Ik heb toen een papiertje getekend dat jullie en Sunheim me mochten contacteren voor tests en enquêtes.

Ik heb daar eigenlijk geen tijd meer voor, ik krijg elke week uitnodigingen. Ik trek mijn toestemming in en wil ook niet meer in dat panel staan, dus schrap mijn inschrijving aub helemaal.

Bedankt,
Kristof Jacobs""",
         "Kristof Jacobs"),
        ("complaint", ("access",),
         "Brief Glacio op mijn nieuw adres, met naam van mijn ex",
         """Geachte heer, mevrouw,

Ik ben eind vorig jaar gescheiden en verhuisd. Mijn nieuw adres heb ik alleen aan een paar mensen en instanties gegeven, en aan jullie, omdat ik mijn klantenkaart wilde houden.

Vorige week krijg ik op mijn NIEUW adres een brief van Glacio over een terugroepactie van een elektrische verwarming, gericht aan "Mevr. en Dhr. Maes-Lenaerts". Die verwarming heeft mijn ex-man in 2023 met onze gezamenlijke kaart gekocht. Glacio kan mijn nieuw adres alleen van jullie hebben. Dat jullie mijn adres zonder mij iets te vragen aan een fabrikant geven, en dan nog samen met de naam van mijn ex, vind ik onaanvaardbaar. Mijn ex mag dit adres niet kennen.

Ik dien hierbij formeel klacht in. Ik wil ook weten aan welke andere merken of bedrijven jullie mijn nieuw adres nog doorgegeven hebben. Ik overweeg ook om naar de Gegevensbeschermingsautoriteit te stappen.

An Maes""",
         "An Maes"),
        ("other", (),
         "rubber deur vaatwasser",
         """Goeiemiddag,

de rubberen dichting van de deur van mijn Nordhaus vaatwasser (gekocht bij jullie in Sint-Niklaas, 2022) is gescheurd. Nordhaus zegt dat ik het onderdeel via de winkel moet bestellen. Kan dat, en wat kost dat ongeveer? Typenummer staat op de deur: NDW 4512 B.

mvg
Rudi Van Damme""",
         "Rudi Van Damme"),
        ("other", (),
         "",
         """Hallo, ik heb vorige zaterdag de powerbank van Voltek die teruggeroepen wordt binnengebracht in de winkel in Mechelen. De medewerker heeft mijn naam, adres en kaart genoteerd en zei dat ik binnen 2 weken mijn geld terug zou krijgen. Nu is het 3 weken later en er is niks gestort. Bij wie moet ik zijn? Ik krijg aan de infolijn niemand.

Groeten Yasmine El Amrani""",
         "Yasmine El Amrani"),
    ],
    "fr": [
        ("access", (),
         "Aspirateur Sunheim et plan de mon appartement",
         """Bonjour,

J'ai acheté un aspirateur robot Sunheim S9 dans votre magasin de Namur en décembre. Pour le faire fonctionner, il faut l'application Sunheim, qui dessine le plan de l'appartement pièce par pièce. En créant le compte, j'ai vu qu'on pouvait se connecter "avec votre compte Shop Example", ce que j'ai fait par facilité.

Depuis, je reçois dans votre application des suggestions de produits "pour votre salon de 28 m²". Je trouve cela un peu inquiétant.

Pourriez-vous me dire quelles données vous recevez de Sunheim via cette connexion (le plan ? la surface des pièces ? les heures de nettoyage ?), depuis quand, et plus généralement quelles données vous détenez à mon sujet ?

Je vous remercie d'avance.

Isabelle Gérard
Rue de Fer 31, 5000 Namur""",
         "Isabelle Gérard"),
        ("correction", (),
         "adresse mail erronée - rappel siège auto",
         """Bonjour,

Une amie m'a appris par hasard que le siège auto Babymo Orbit faisait l'objet d'un rappel. Nous avons acheté le même, chez vous, à Charleroi (Ville 2), en septembre 2024. Elle a reçu un mail de votre part, moi rien.

En regardant mon compte, j'ai compris pourquoi : mon adresse e-mail est enregistrée comme "celine.dubois@skynet.example.bee" au lieu de "celine.dubois@skynet.example.be". Merci de la corriger, pour que je reçoive les prochaines informations de sécurité.

J'ai entre-temps contacté Babymo directement pour la pièce de remplacement.

Cordialement,
Céline Dubois""",
         "Céline Dubois"),
        ("deletion", (),
         "Cashback Brisa - pièces justificatives",
         """Madame, Monsieur,

Dans le cadre de l'action cashback Brisa (machine Brisa Duo achetée le 4 février à Mons), votre plateforme m'a demandé de télécharger une copie recto-verso de ma carte d'identité, une photo de ma carte bancaire et une facture de domicile, « pour éviter les fraudes ».

Le remboursement de 50 € m'a été versé le 10 mars. Je vous demande donc de supprimer ces documents, qui n'ont plus aucune raison d'être conservés, ainsi que mon dossier de cashback, et de me confirmer que c'est fait, y compris chez le prestataire qui gère l'action pour Brisa.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Thierry Lemaire
Rue de Nimy 77, 7000 Mons""",
         "Thierry Lemaire"),
        ("portability", (),
         "Transfert de mes achats Kelvora",
         """Bonjour,

Toute ma cuisine est équipée en Kelvora (four, plaque, lave-vaisselle, frigo, hotte), achetée chez vous entre 2021 et 2025. Kelvora propose une extension de garantie gratuite si on enregistre tous ses appareils dans leur espace client, mais il faut encoder chaque numéro de série et chaque facture à la main.

Kelvora m'a dit qu'ils pouvaient importer un fichier (CSV) venant du revendeur. Est-ce que vous pouvez leur transmettre directement la liste de mes achats Kelvora avec les numéros de série et les dates, sur la base de mon droit à la portabilité ? Sinon, envoyez-moi le fichier et je le transmettrai moi-même.

Carte fidélité : 6 8412 0091 2207

Merci !
Julien Marchal""",
         "Julien Marchal"),
        ("restriction", (),
         "Dossier de réparation PC portable - ne rien effacer",
         """Bonjour,

Mon PC portable Pixely Book 15 a été envoyé par votre magasin de Wavre au centre de service Pixely pour un problème de charnière (toujours sous garantie). Pixely refuse la prise en charge : selon leur rapport, l'appareil aurait subi une « chute » et des photos du boîtier seraient dans le dossier. Je conteste formellement, l'ordinateur n'est jamais tombé et j'ai saisi le service médiation consommateurs.

Pendant cette procédure, je vous demande de conserver le dossier de réparation, le rapport et les photos tels quels, sans les supprimer, mais de ne plus les utiliser ni les transmettre à qui que ce soit d'autre (je pense notamment à votre partenaire d'assurance appareil, qui m'a déjà contacté pour me proposer un contrat « casse »), jusqu'à la fin du litige.

Numéro de dossier : RMA-WV-66190

Merci de me confirmer.
Antoine Collignon""",
         "Antoine Collignon"),
        ("objection", (),
         "Opposition - transmission de mes données aux marques",
         """Madame, Monsieur,

Le 17 janvier, j'ai acheté une machine à café Brisa Classic dans votre magasin de Liège. Depuis, je reçois par la poste des offres de capsules de la part de Brisa, mentionnant explicitement « suite à votre achat chez Shop Example ».

Conformément à l'article 21 du RGPD, je m'oppose à ce que vous transmettiez mes données (nom, adresse, achats) aux fabricants à des fins de prospection commerciale, pour cette marque comme pour toutes les autres. Je vous prie de cesser cette transmission et de me le confirmer par écrit.

Veuillez agréer mes salutations.

Bernard Hublet
Quai de Rome 12, 4000 Liège""",
         "Bernard Hublet"),
        ("withdraw_consent", (),
         "SMS Voltek",
         """Bonjour, je reçois des SMS de promo Voltek depuis que j'ai coché "recevoir les offres de nos marques partenaires" en achetant un chargeur. Je retire mon accord, je ne veux plus de ces SMS. Mon numéro : 0497 12 48 60.
Merci
Nadia B.""",
         "Nadia Benali"),
        ("complaint", ("deletion",),
         "Mon avis publié sur le site Aquamira avec mon nom et ma cuisine",
         """Bonjour,

Je vous ai déjà écrit le 12 février, sans aucune réponse à ce jour.

J'avais laissé un avis sur votre site au sujet d'une carafe filtrante Aquamira, avec une photo de ma cuisine. Cet avis se retrouve aujourd'hui sur le site d'Aquamira et sur deux sites de comparaison de prix, avec mon prénom, mon nom complet et la photo, sur laquelle on voit le calendrier de l'école de mes enfants avec leurs prénoms. Je n'ai jamais accepté que mon avis soit publié ailleurs que chez vous.

Je trouve inadmissible que vous ayez diffusé cela et que vous ne répondiez même pas. Je vous demande de faire retirer cet avis et la photo partout où vous les avez envoyés. Sans réponse de votre part sous quinze jours, je porterai plainte auprès de l'Autorité de protection des données.

Aurélie Renard""",
         "Aurélie Renard"),
        ("other", (),
         "frigo en panne - qui s'en occupe ?",
         """Bonjour,

Mon frigo Kelvora acheté chez vous il y a 14 mois ne refroidit plus. Au magasin on m'a dit d'appeler Kelvora, Kelvora me dit que c'est le magasin qui doit gérer la garantie. On m'a déjà demandé trois fois mon nom, mon adresse et mon numéro de série, et toujours rien.

Je sais que cette adresse sert à autre chose mais c'est la seule où j'espère une réponse. Qui doit réparer mon frigo ? J'ai de la nourriture qui se perd.

Facture n° 2025-CH-004812.
Fabienne Leroy
0476 30 21 09""",
         "Fabienne Leroy"),
        ("other", (),
         "Re: votre demande concernant Brisa",
         """Bonjour,

Merci pour votre réponse rapide et pour la confirmation que Brisa ne recevra plus mes coordonnées. C'est parfait, je n'ai pas d'autre demande.

Bonne journée,
Marc Delvaux

> Cher Monsieur Delvaux,
> Nous avons bien enregistré votre demande et mis fin à la transmission de vos données à Brisa.
> Cordialement,
> L'équipe protection des données""",
         "Marc Delvaux"),
    ],
    "de": [
        ("access", (),
         "Auskunft - Nordhaus App",
         """Sehr geehrte Damen und Herren,

ich habe im Februar in Ihrer Filiale in Eupen eine Waschmaschine Nordhaus WM 9 Connect gekauft. In der Nordhaus-App steht unter "Mein Gerät": "gekauft bei Shop Example Eupen am 08.02.2026, Kaufpreis 749 EUR". Diese Angaben habe ich der App nicht gegeben.

Ich bitte daher gemäß Art. 15 DSGVO um Auskunft,
- welche personenbezogenen Daten Sie über mich speichern,
- welche davon Sie an Nordhaus übermittelt haben, wann und auf welcher Grundlage,
- und an welche weiteren Hersteller oder Dienstleister meine Daten gegangen sind.

Mit freundlichen Grüßen
Klaus Schröder
Aachener Straße 45, 4700 Eupen""",
         "Klaus Schröder"),
        ("correction", (),
         "Neue Adresse + Geburtsdatum falsch",
         """Hallo,

ich bin im Januar von Eupen nach St. Vith umgezogen. Ferrant hat mir geschrieben, dass es einen Rückruf für den Akku meines E-Bikes gibt (Ferrant Trekking E7, bei Ihnen gekauft), der Brief kam aber nur über den Nachsendeauftrag an. Ferrant meint, die Adresse stamme aus Ihrer Registrierung beim Kauf.

Meine neue Adresse: Hauptstraße 63, 4780 St. Vith. Bitte in meinem Kundenkonto ändern. Und wenn Sie schon dabei sind: das Geburtsdatum im Konto ist falsch, richtig ist der 14.07.1971, nicht 1917 :)

Danke und Gruß
Werner Hilgers""",
         "Werner Hilgers"),
        ("deletion", (),
         "E-Bike verkauft - Registrierung löschen",
         """Guten Tag,

beim Kauf meines E-Bikes (Ferrant City E5, Filiale Malmedy, 2023) hat der Verkäufer das Rad mit meinen Daten bei Ferrant für die Garantieverlängerung registriert, auch über Ihr System.

Ich habe das Rad jetzt privat verkauft. Bitte löschen Sie die Registrierung und meine Daten dazu bei Ihnen und geben Sie Ferrant Bescheid, dass der neue Besitzer nicht mehr ich bin. Ich möchte nicht, dass künftige Rückrufe oder Werbung für dieses Rad bei mir landen oder mein Name mit der Rahmennummer verbunden bleibt.

Rahmennummer: WFR23C58814

Mit freundlichen Grüßen
Sabine Krings""",
         "Sabine Krings"),
        ("portability", (),
         "Export meiner Einkäufe",
         """Hallo zusammen,

ich führe mein Haushaltsbuch in einer Software, die Einkäufe aus CSV-Dateien importieren kann. Können Sie mir alle meine Einkäufe mit Kundenkarte seit 2022 (Datum, Artikel, Marke, Preis, und wenn vorhanden Garantiedauer) als CSV oder JSON schicken? Die Kassenbons in der App kann man nur als PDF speichern, das hilft mir nicht.

Kundenkarte: 6 8412 0055 7341

Viele Grüße
Tobias Lentz""",
         "Tobias Lentz"),
        ("restriction", (),
         "Sperrung Cashback-Konto / Betrugsverdacht",
         """Sehr geehrte Damen und Herren,

mein Konto auf Ihrer Cashback-Plattform wurde gesperrt, mit dem Hinweis, ich hätte "mehrere Anträge unter verschiedenen Identitäten" gestellt und werde an die Hersteller als Betrugsfall gemeldet. Das ist falsch. Meine Frau und ich haben je eine Kaffeemaschine (Brisa) für unsere beiden Wohnungen gekauft, jeder mit seiner eigenen Karte, aber natürlich mit derselben Bankverbindung.

Bis geklärt ist, dass hier kein Betrug vorliegt, verlange ich, dass meine Daten nicht an Brisa oder andere Hersteller als "Betrugsverdacht" gemeldet und auch sonst nicht weiter verwendet werden. Bitte bestätigen Sie mir das und teilen Sie mir mit, wie ich die Sache aufklären kann.

Mit freundlichen Grüßen
Dr. Michael Reuter""",
         "Michael Reuter"),
        ("objection", (),
         "Meine Bewertungen bei Herstellern",
         """Guten Tag,

ich habe festgestellt, dass meine Bewertungen aus Ihrem Webshop (ich schreibe recht viele) auch auf den Seiten der Hersteller erscheinen, mit meinem Namen und dem Vermerk "verifizierter Kauf bei Shop Example". Ich habe dem nie ausdrücklich zugestimmt, vermutlich steht es irgendwo in Ihren Bedingungen.

Ich widerspreche der Weitergabe meiner Bewertungen und meines Namens an Hersteller und andere Seiten. Auf Ihrer eigenen Seite dürfen die Bewertungen bleiben.

Gruß
Jens Albrecht""",
         "Jens Albrecht"),
        ("withdraw_consent", (),
         "Kelvora Newsletter",
         """Hallo, beim Kauf des Kühlschranks habe ich zugestimmt, "Herstellerinformationen" zu erhalten. Jetzt kommt jede Woche ein Kelvora-Newsletter "in Zusammenarbeit mit Shop Example". Ich widerrufe meine Einwilligung hiermit. Bitte keine Herstellerinfos mehr.

Petra Cremer""",
         "Petra Cremer"),
        ("complaint", (),
         "Reparaturbericht mit fremden Daten",
         """Sehr geehrte Damen und Herren,

ich habe mein Tablet über Ihre Filiale in Arlon an den Pixely-Service zur Reparatur geschickt. Heute bekam ich per E-Mail den Reparaturbericht, allerdings nicht nur meinen: Im PDF befinden sich auf Seite 2 und 3 die Berichte von zwei anderen Kunden, mit Namen, Adressen, Telefonnummern, Geräte-PINs (!) und Beschreibung der Schäden.

Wenn ich fremde Daten bekomme, dann bekommen andere vermutlich auch meine. Ich finde es unverantwortlich, dass Ihr Reparaturpartner so arbeitet, und ich erwarte, dass Sie die betroffenen Kunden und die Datenschutzbehörde informieren, wie es vorgeschrieben ist. Ich werde mich ebenfalls bei der Behörde beschweren.

Das PDF lösche ich, sobald Sie mir bestätigen, dass Sie es nicht als Beweis brauchen.

Hochachtungsvoll
Stefanie Wirtz
Reparaturauftrag PX-RMA-560317""",
         "Stefanie Wirtz"),
        ("other", (),
         "Rückruf Kühlschrank - falsches Ersatzteil",
         """Hallo,

wegen des Rückrufs der Kelvora Kühlschränke (Thermostat) war gestern ein Techniker da. Er hatte leider das falsche Teil dabei (für das Modell KF 300, ich habe das KF 310) und ist wieder gegangen. Einen neuen Termin hat mir niemand angeboten. Meine Daten haben Sie ja, Kelvora auch.

Wer kümmert sich darum? Der Kühlschrank soll laut Brief bis zur Reparatur nicht auf Stufe 5 laufen, das ist im Sommer nicht lustig.

Grüße
Helmut Kessler, Kelmis""",
         "Helmut Kessler"),
        ("other", (),
         "Kaufbeleg für Garantie",
         """Guten Tag,

der Akku meiner Voltek-Bohrmaschine ist nach 11 Monaten kaputt, Voltek will für die Garantie einen Kaufbeleg. Den Kassenbon habe ich leider nicht mehr, ich habe aber mit meiner Kundenkarte bezahlt (Filiale Eupen, ungefähr Mai letzten Jahres).

Können Sie mir eine Rechnungskopie für diesen Einkauf ausstellen, damit ich die Garantie geltend machen kann?

Danke!
Anja Mertens""",
         "Anja Mertens"),
    ],
    "es": [
        ("access", (),
         "Cashback Brisa - qué datos tienen",
         """Hola,

Compré una cafetera Brisa en la tienda de Ixelles y pedí el reembolso promocional de 40 euros por vuestra web. Para el formulario me pidieron el DNI (soy español, vivo en Bruselas desde 2019), el IBAN y el ticket. El reembolso llegó bien.

Lo que me extraña es que unos días después empecé a recibir llamadas de un número español ofreciéndome cápsulas "de parte de Brisa". Ese número de móvil solo lo di en vuestro formulario.

Me gustaría saber qué datos míos guardáis de esa solicitud de cashback, si se los habéis pasado a Brisa o a alguna otra empresa (y a cuál), y durante cuánto tiempo los vais a conservar.

Gracias y un saludo,
Álvaro Giménez Soto
Rue du Trône 120, 1050 Ixelles""",
         "Álvaro Giménez Soto"),
        ("correction", (),
         "teléfono equivocado - servicio técnico no me localiza",
         """Buenas tardes:

Dejé mi lavadora Nordhaus en reparación a través de vuestra tienda de Anderlecht hace tres semanas. El servicio técnico de Nordhaus dice que me ha llamado varias veces para fijar la entrega, pero yo no he recibido ninguna llamada. Resulta que en vuestra ficha aparece el número 0485 21 73 09 y el mío es 0485 21 37 09 (están cambiados dos números).

Por favor, corregidlo en mi ficha de cliente y avisad al servicio técnico con el número bueno.

Un saludo,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("deletion", (),
         "Borrar cuenta Casa Conectada",
         """Hola,

En noviembre me instalasteis un aire acondicionado Glacio con vuestro servicio "Casa Conectada", y para eso creasteis una cuenta de la app de Glacio vinculada a mi cuenta de cliente. El aparato hacía un ruido insoportable y lo devolví en enero (me devolvieron el dinero, todo bien).

Como ya no tengo el aparato, quiero que borréis esa cuenta de Casa Conectada y todos los datos que tengáis de ella: los horarios, las temperaturas, la ubicación de casa que pedía la app... Mi cuenta normal de cliente la podéis dejar.

Gracias,
Marta Iglesias""",
         "Marta Iglesias"),
        ("restriction", (),
         "garantía de un televisor que no he comprado",
         """Hola:

Al entrar en mi cuenta he visto en "Mis garantías" una garantía ampliada de Voltek registrada a mi nombre para un televisor Voltek de 65 pulgadas comprado el 2 de marzo en la tienda de Lieja. Yo no he comprado ningún televisor ni he estado nunca en esa tienda. Supongo que alguien ha dado mi nombre o mi tarjeta por error, o algo peor.

Mientras lo averiguáis, no quiero que esa compra ni esa garantía se usen ni se envíen a Voltek con mis datos. Tampoco las borréis todavía, por si tengo que presentar una denuncia.

Quedo a la espera,
Javier Romero Delgado""",
         "Javier Romero Delgado"),
        ("objection", (),
         "llamadas de Sunheim",
         """Buenos días,

Desde que compré el robot aspirador Sunheim en vuestra tienda online me llaman de Sunheim para venderme una "extensión de garantía premium". Al preguntarles de dónde tenían mi teléfono me dijeron que de "su socio Shop Example".

No quiero que mis datos se sigan pasando a los fabricantes para que me vendan cosas. Me opongo a ello. El robot me gusta, pero no quiero más llamadas.

Pilar Navarro""",
         "Pilar Navarro"),
        ("withdraw_consent", (),
         "Panel de pruebas Sunheim - me doy de baja",
         """Hola!

Me apunté desde vuestra app al panel de pruebas de Sunheim y acepté que me mandarais productos para probar y que compartierais mis opiniones con la marca. Ya he hecho dos pruebas y me ha gustado, pero ahora con el bebé no tengo tiempo.

Retiro mi consentimiento para participar, no me mandéis más invitaciones ni productos. Gracias por todo 🙂

Irene Castillo""",
         "Irene Castillo"),
        ("complaint", (),
         "Queja - registro de mi móvil con la marca en la tienda",
         """Buenas,

Quiero poner una queja formal. El sábado 7 de marzo compré un móvil Pixely en vuestra tienda de Gante. El dependiente me dijo que para tener "dos años más de garantía" había que registrarlo en Pixely y lo hizo él mismo, allí en el mostrador, con mi correo personal. Me creó una contraseña y me la apuntó a mano en el ticket, a la vista de todos, y además se quedó mirando mientras yo metía el PIN del móvil.

Ahora recibo correos de Pixely todos los días y no he aceptado nada. Además ese dependiente conoce mi contraseña. Esto no puede ser. Quiero saber qué vais a hacer y os aviso de que, si no me respondéis, lo denunciaré ante la autoridad de protección de datos.

Carmen Ruiz Pastor""",
         "Carmen Ruiz Pastor"),
        ("other", (),
         "reembolso freidora retirada",
         """Hola, devolví la freidora de aire Aquamira que han retirado del mercado (la de la resistencia). En la tienda me dijeron que Aquamira me haría el reembolso y me pidieron el IBAN y la dirección. Han pasado cinco semanas. ¿Sabéis cuándo me pagarán? Nº de retirada AQ-AF-3301.

Gracias
Sergio Molina""",
         "Sergio Molina"),
        ("other", (),
         "batidora en el servicio técnico",
         """Buenos días,

Llevé mi batidora Nordhaus a la tienda de Etterbeek el 20 de enero por garantía (no arranca). Me dijeron que tardaría dos semanas. Ya van cinco y nadie me dice nada. ¿Podéis mirar en qué estado está? El número de orden es SAT-ETB-21977.

Un saludo,
Rosa Benítez""",
         "Rosa Benítez"),
        ("other", (),
         "jarra de repuesto",
         """Hola, ¿vendéis la jarra de vidrio de repuesto para la cafetera Brisa Filter 12? Se me rompió y en la web de Brisa dicen que la pida en la tienda donde la compré. gracias""",
         "Nuria Prats"),
    ],
    "it": [
        ("access", (),
         "La mia recensione sul sito di Babymo",
         """Buongiorno,

qualche mese fa ho lasciato sul vostro sito una recensione del seggiolone Babymo Up (4 stelle). Cercando tutt'altro ho trovato la stessa recensione sul sito di Babymo, con la dicitura "Acquisto verificato presso Shop Example - Bruxelles" e il mio nome e l'iniziale del cognome.

Non mi dà fastidio che sia lì, ma vorrei capire cosa avete mandato esattamente a Babymo insieme alla recensione: solo il testo e il nome, o anche la mia email, la data e il negozio dell'acquisto? E più in generale, quali dati avete su di me? Ho la carta fedeltà da circa cinque anni.

Grazie mille,
Giulia Ferraro""",
         "Giulia Ferraro"),
        ("correction", (),
         "richiamo baby monitor - cognome e indirizzo sbagliati",
         """Salve,

ho ricevuto (per fortuna) la lettera di richiamo per il baby monitor Lumina Baby Cam, ma il postino l'ha consegnata solo perché mi conosce: sulla busta c'era scritto "Colombbo" invece di Colombo e "Rue Haute 124" invece di 142.

Immagino che l'indirizzo venga dalla vostra scheda cliente, visto che il monitor l'ho comprato da voi a Uccle. Potete correggere cognome e numero civico? Colombo Francesca, Rue Haute 142, 1000 Bruxelles.

Grazie,
Francesca Colombo""",
         "Francesca Colombo"),
        ("deletion", (),
         "numeri di serie nel mio account",
         """Buonasera,

non voglio chiudere l'account né la carta fedeltà. Però nel mio account sotto "I miei prodotti" c'è l'elenco di tutti gli apparecchi che ho comprato da voi con numeri di serie, date di garanzia e registrazioni ai marchi (Kelvora, Voltek, Pixely). Alcuni li ho regalati, altri buttati.

Vorrei che cancellaste quell'elenco e i numeri di serie. Gli scontrini mi bastano.

Cordiali saluti,
Paolo Rinaldi""",
         "Paolo Rinaldi"),
        ("portability", (),
         "dati in formato leggibile",
         """Buongiorno,

ai sensi dell'art. 20 GDPR chiedo di ricevere i dati personali che vi ho fornito e quelli relativi ai miei acquisti (storico acquisti con carta fedeltà, prodotti registrati presso i produttori, garanzie attive) in un formato strutturato, di uso comune e leggibile da dispositivo automatico, ad esempio JSON o CSV.

Intendo caricarli in un'applicazione di gestione delle garanzie domestiche.

Carta fedeltà n. 6 8412 0063 1148
Distinti saluti,
Ing. Marco De Luca
Avenue Louise 301, 1050 Bruxelles""",
         "Marco De Luca"),
        ("restriction", (),
         "bici elettrica rubata - conservate i dati",
         """Gentili signori,

la mia bicicletta elettrica Ferrant Trekking E7, comprata nel vostro negozio di Leuven nel 2024, è stata rubata il 3 aprile. Ho sporto denuncia alla polizia di Leuven (PV LE.12.L3.004418/2026) e la polizia potrebbe chiedervi conferma del numero di telaio e dell'acquisto.

So che forse per voi quei dati non servono più, ma vi chiedo di non cancellare la scheda di acquisto, il numero di telaio e la registrazione presso Ferrant finché l'indagine e la pratica con l'assicurazione non sono chiuse. Nel frattempo però non usateli per altro (niente pubblicità di bici nuove, per favore).

Grazie,
Alessandro Conti""",
         "Alessandro Conti"),
        ("objection", (),
         "i miei acquisti venduti ai marchi?",
         """Buongiorno,

ho letto sul giornale che molti supermercati e catene vendono ai produttori spazi pubblicitari "mirati" usando i dati di acquisto delle carte fedeltà (retail media). Nella vostra informativa ho trovato che lo fate anche voi, sulla base del "legittimo interesse".

Io non sono d'accordo: mi oppongo all'uso dei miei dati di acquisto per mostrarmi pubblicità dei marchi o per creare segmenti per i produttori. La carta fedeltà la tengo per i punti.

Saluti,
Elena Marchetti""",
         "Elena Marchetti"),
        ("withdraw_consent", (),
         "app forno Kelvora - condivisione dati",
         """Ciao,

quando ho collegato il forno Kelvora all'app ho accettato che "i dati di utilizzo vengano condivisi con Shop Example per offerte personalizzate". Ora ci ho ripensato, non mi serve che sappiate quante volte faccio la pizza 😄

Ritiro questo consenso. Il forno e l'app continuo a usarli, ovviamente.

Chiara Esposito""",
         "Chiara Esposito"),
        ("complaint", ("access",),
         "Reclamo - portatile tornato dall'assistenza",
         """Spett.le Shop Example,

il 28 febbraio ho consegnato nel vostro negozio di Bruxelles Centro il mio portatile Pixely Book 14 per la sostituzione della tastiera in garanzia. Mi è stato restituito il 16 marzo.

Accendendolo ho trovato un nuovo utente amministratore chiamato "tecnico", creato il 6 marzo, e nella cronologia risultano aperti i miei file nella cartella Documenti (estratti conto, referti medici di mia madre) e una chiavetta USB collegata quel giorno. Per sostituire una tastiera tutto questo non serviva.

Presento reclamo formale: avete affidato il mio computer a un centro assistenza senza alcuna garanzia sulla riservatezza. Chiedo inoltre di sapere quali dati sono stati copiati o consultati, da chi e dove si trovano ora. In mancanza di una risposta esauriente mi rivolgerò all'Autorità per la protezione dei dati.

Avv. Roberta Galli""",
         "Roberta Galli"),
        ("other", (),
         "macchina caffè perde acqua",
         """Salve, la mia macchina Brisa Duo comprata a novembre perde acqua da sotto. Posso portarla in negozio per la sostituzione o devo spedirla a Brisa? Ho lo scontrino. grazie

Luca""",
         "Luca Moretti"),
        ("other", (),
         "richiamo stufa Glacio - devo portare lo scontrino?",
         """Buongiorno,

ho ricevuto la vostra email sul richiamo della stufa elettrica Glacio HeatPro 2000. Volevo sapere se posso riportarla in qualsiasi negozio o solo in quello dove l'ho comprata (Namur), e se serve lo scontrino, perché non lo trovo più. Nella mail dite che i miei dati li avete già, quindi spero di no.

Grazie,
Anna Ricci""",
         "Anna Ricci"),
    ],
    "pt": [
        ("access", (),
         "Frigorífico com câmara - que dados recebem?",
         """Boa tarde,

Comprei na vossa loja de Schaerbeek um frigorífico Kelvora FreshView, que tem uma câmara no interior e uma app para ver o que falta no frigorífico. Na app existe um botão "Encomendar na Shop Example", que liguei à minha conta de cliente.

Gostaria de saber que dados pessoais meus a vossa empresa recebe através desta ligação com a Kelvora: as fotografias do interior? a lista de produtos? os horários em que abro a porta? E que outros dados têm sobre mim, e de onde vêm.

Obrigado,
Ricardo Almeida
Rue de Brabant 54, 1030 Schaerbeek""",
         "Ricardo Almeida"),
        ("deletion", (),
         "conta do meu pai falecido",
         """Bom dia,

O meu pai, José Manuel Pereira, faleceu em janeiro. Tinha cartão de cliente convosco e uma conta no site, onde registou vários aparelhos nas marcas (garantias da Nordhaus e da Voltek, penso eu). Continuam a chegar emails e cartas dirigidas a ele, de vocês e das marcas, o que é doloroso para a minha mãe.

Peço que encerrem a conta e apaguem os dados dele, e que avisem as marcas a quem os passaram. Posso enviar a certidão de óbito se for necessário.

Com os melhores cumprimentos,
Ana Pereira""",
         "Ana Pereira"),
        ("portability", (),
         "Mudança para Portugal - histórico de compras",
         """Olá,

Vou voltar para Portugal no verão e levo comigo quase todos os eletrodomésticos. Para tratar das garantias lá, preciso de ter tudo organizado: o que comprei, quando, números de série e até quando vai a garantia de cada marca.

Podem enviar-me estes dados da minha conta num ficheiro Excel ou CSV? Assim posso passá-los para a app da minha seguradora portuguesa.

Obrigada!
Sofia Martins
sofia.martins@mail.example.pt""",
         "Sofia Martins"),
        ("objection", ("restriction",),
         "Oposição e limitação - inquéritos de satisfação da marca",
         """Exmos. Senhores,

Depois de ter comprado uma bicicleta elétrica Ferrant na vossa loja de Lovaina, comecei a receber da Ferrant inquéritos de satisfação por email e por telefone. Fui informado de que os meus dados foram transmitidos com base no vosso "interesse legítimo" em melhorar a qualidade dos produtos.

Oponho-me a esse tratamento, nos termos do artigo 21.º do RGPD, pois considero que o vosso interesse não se sobrepõe ao meu direito a não ser incomodado. Enquanto analisam a minha oposição, solicito, nos termos do artigo 18.º, n.º 1, alínea d), a limitação do tratamento: não transmitam mais nenhum dado meu à Ferrant nem a outros fabricantes até me darem uma resposta.

Com os melhores cumprimentos,
Miguel Sousa Ferreira""",
         "Miguel Sousa Ferreira"),
        ("objection", (),
         "publicidade da Aquamira",
         """Boa tarde. Desde que comprei um jarro filtrante Aquamira na vossa loja recebo publicidade da Aquamira pelo correio, com o meu nome e morada. Não quero que continuem a dar a minha morada às marcas para publicidade. Podem parar com isso? Obrigada. Teresa Lopes""",
         "Teresa Lopes"),
        ("withdraw_consent", (),
         "nao quero mais emails kelvora",
         """boa noite
quando comprei o forno marquei a caixa para receber novidades da kelvora atraves de vcs, afinal nao quero. retiro o consentimento, parem por favor de enviar os emails da kelvora
obg
Rui Carvalho""",
         "Rui Carvalho"),
        ("complaint", (),
         "Reclamação - carta de recolha e ausência de resposta",
         """Exmos. Senhores,

No dia 2 de março escrevi-vos (e à Babymo) porque a carta de recolha da cadeira auto Babymo Orbit foi enviada para o meu local de trabalho, com o meu nome, o modelo da cadeira e a data da compra bem visíveis, num envelope transparente. Os meus colegas ficaram a saber que estou grávida antes de eu o ter contado a alguém. Essa morada do trabalho só a dei na vossa loja, para uma entrega.

Passaram seis semanas e não recebi qualquer resposta. Considero inaceitável tanto o que aconteceu como o silêncio. Vou apresentar queixa à autoridade de proteção de dados belga (APD) e, se for o caso, também à CNPD.

Inês Rodrigues""",
         "Inês Rodrigues"),
        ("other", (),
         "bateria da bicicleta",
         """Olá, a bateria da minha bicicleta Ferrant (comprada em 2024 em Gent) já não carrega mais de 20 km. A garantia da bateria é de 2 anos? Posso levar a bicicleta à loja ou tenho de a enviar à Ferrant? Cumprimentos, Nuno Gomes""",
         "Nuno Gomes"),
        ("other", (),
         "filtro de substituição",
         """Bom dia,

Procuro o filtro HEPA de substituição para o aspirador robô Sunheim S7. No site da Sunheim diz "disponível nos revendedores", mas na loja de Anderlecht não tinham. Conseguem encomendá-lo? Referência SH-F7-HEPA.

Obrigado,
Paulo Ribeiro""",
         "Paulo Ribeiro"),
        ("other", (),
         "Re: Recolha chaleira Aquamira",
         """Bom dia,

Recebi a vossa carta sobre a recolha da chaleira Aquamira. Os dados na carta (nome, morada, número de série) estão todos corretos, não é preciso alterar nada. Só queria saber quando chega a tampa nova, porque estou a usar a chaleira com cuidado, mas preferia não o fazer.

Obrigada,
Helena Costa""",
         "Helena Costa"),
    ],
}

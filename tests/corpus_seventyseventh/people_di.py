"""Person mail for the seventyseventh set (en nl fr de es it pt): staff and in-store incidents (till look-ups and private contact, loud cashiers, customer photos on staff social media, guards' bag searches and their reports, shoplifting suspicions and store bans, the incident register and the insurer, lost and found, complaints forwarded to the employee concerned, employees named in reviews, ex-partners behind the counter), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyseventh.py)."""

PEOPLE_DI = {
    "en": [
        ("access", (),
         "Bag search at the Meir store on 14 March - the guard's report",
         """Hello,

On Saturday 14 March, around half past four, I was stopped at the exit of your Antwerp Meir store by a security guard (dark green uniform, a badge saying Vigilant Guarding) who asked to look in my rucksack. I let him. He found my gym clothes, a water bottle and the receipt for what I had just paid, and I was on my way within five minutes. Not pleasant in front of a queue of people, but I can live with that.

What I can't quite let go of is what came after. He asked for my name and date of birth "for the report", wrote them down together with a description of what I was wearing, and said the report goes "to the store and to head office". A friend who used to work in retail tells me these reports often end up in a database kept by the security company as well.

So I would like to know what was actually written about me that afternoon, whether a photo or a still from your cameras was added to it, who has received the report (the store, your head office, the security company, anyone else) and how long it will be kept. A copy of the report itself would probably answer most of this.

Regards,
Daniel Okoro
Lange Kievitstraat 112, 2018 Antwerpen
0486 31 77 02""",
         "Daniel Okoro"),
        ("correction", (),
         "Re: Your accident report ref. INC-2026-0311",
         """Dear Ms Janssens,

Thank you for sending me a copy of the report on my fall in your Leuven store, as I asked.

I'm afraid it is not accurate, and I would like it put right before it is used for anything. It says I "slipped while looking at her phone" and was "wearing open sandals". My phone was in my coat pocket the whole time (my daughter was holding the shopping list) and I was wearing black leather ankle boots, which the paramedics noted as well. It also says the floor "had just been mopped and a warning sign was in place". There was no sign anywhere near the dairy aisle when I fell. It was put there afterwards: I watched one of your staff carry it over while I was still sitting on the floor.

Please correct those three points in the incident register and in any copy of the report you keep, and send me the corrected version.

Kind regards,
Margaret Doyle
Naamsesteenweg 58, 3001 Heverlee

> From: Lies Janssens, store manager Leuven Diestsestraat
> Sent: Thursday, 2 April 2026 11:02
> Subject: Your accident report ref. INC-2026-0311
>
> Dear Mrs Doyle,
> As requested, please find attached the incident report concerning 11 March.
> Best wishes for your recovery.""",
         "Margaret Doyle"),
        ("deletion", ("complaint",),
         "Photo of me pinned up in your staff room",
         """To whom it may concern,

On 20 February I was stopped at your Etterbeek store and accused of stealing a pack of batteries. It took twenty minutes and a very uncomfortable wait in a side office before someone checked the self-checkout log and found that I had paid for them. The manager apologised, tore up the store-ban letter he had already handed me and told me "the matter is closed".

It is not closed. Last week a neighbour of mine who works for the cleaning contractor at that store told me there is a printed picture of me on the noticeboard in the staff room, a still from your cameras, with "DO NOT LET IN - theft 20/02" written under it in marker. She recognised me straight away.

I want that picture taken down and destroyed today, together with the camera still it was printed from, the copy of the ban letter and whatever file or note was made about me that day. I have done nothing wrong and I was told so to my face.

Frankly I find it appalling that the picture of a customer who was cleared hangs where cleaners, temps and delivery drivers walk past it every day. If I have not had written confirmation within two weeks, I will take this to the Data Protection Authority.

Callum Reid
Avenue d'Auderghem 203, 1040 Etterbeek""",
         "Callum Reid"),
        ("portability", (),
         "export",
         """hi, after the business with your cashier reading my full name off my card and announcing it to the whole queue (long story, already sorted with the store manager) im moving my weekly shop elsewhere. the budgeting app i use can import purchase history if i have it as a csv file. can you send me my loyalty card purchases for the last 2 years as a csv or excel file? card no 2290 4417 0032 1186

thanks
Sam Whitfield

Sent from my phone""",
         "Sam Whitfield"),
        ("restriction", (),
         "Fall in the Wavre store on 28 March - please keep the footage",
         """Dear Sir or Madam,

On Saturday 28 March at about 10.15 I slipped on spilled cooking oil in aisle 7 of your Wavre store and broke my left wrist. Your staff were kind, called an ambulance and filled in an incident form, and I have since instructed a solicitor to claim against the store's insurer.

I understand that camera footage is normally erased after a month. Please do not erase the recordings of aisle 7 between 10.00 and 10.30 that morning, nor the incident register entry and the statements your staff wrote. Keep them until my claim has been settled.

At the same time I do not want them used or shown around in the meantime. One of your employees told me, laughing, that the clip of the last person who fell "did the rounds" among the staff. Please make sure the recording is only kept, and only released to my solicitor or to the insurer for the claim.

I would be grateful for written confirmation.

Yours faithfully,
Priya Raman
Our ref. with Hollis & Partners: HP/RAM/2604""",
         "Priya Raman"),
        ("objection", ("access",),
         "Store ban - sharing of my details with other stores and your security contractor",
         """Dear Data Protection Officer,

I have received a letter from the manager of your Gent Dampoort store dated 7 April 2026, informing me that I am banned from that store for six months following an argument with a security guard over a bag check on 4 April.

I do not agree with the account of that evening, but I am not writing about the ban itself. The letter also states that "your details and photograph will be shared with all Shop Example stores and our security partner for the purposes of loss prevention".

I object, under Article 21 GDPR, to my name, address and photograph being shared with your other stores and with your security contractor, and to being placed on any chain-wide or contractor-run list of persons to watch. I have never been charged with, let alone convicted of, any offence. Whatever legitimate interest the Dampoort store may have in enforcing its own ban, it does not justify circulating my photograph across the country.

Please also tell me which stores and which companies have already received my details and photograph.

Yours faithfully,
Thomas Brennan
Kasteellaan 14, 9000 Gent""",
         "Thomas Brennan"),
        ("withdraw_consent", (),
         "Opening day photo",
         """Hi there,

At the opening of your new Kortrijk store in January, I let one of your staff take a picture of me and my twin boys next to the mascot, and I signed a little form saying you could use it on your Facebook and Instagram pages and in the store.

I've changed my mind about that since the boys started at a new school, so please take this as me withdrawing that permission. I'd rather the picture wasn't used anywhere from now on.

Thanks for understanding,
Rachel Moens""",
         "Rachel Moens"),
        ("complaint", (),
         "Your employee messaged me on WhatsApp",
         """Hello,

On Tuesday evening I did my shopping at your Mechelen Bruul store and scanned my loyalty card at the till, as usual. Two hours later I got a WhatsApp from a number I didn't know: "Hi it's Jordy from checkout 3 :) you looked a bit stressed today, fancy a drink sometime?"

I have never given my number to anyone at that store. The only place it is written down is my loyalty card account. So he must have looked me up in your system after I left the till.

I blocked him, but I honestly feel uneasy about going back there, and I don't understand how a cashier is able to see a customer's mobile number at all. I'd like to hear what you are going to do about an employee using customer data like this, and about the fact that he could. If I don't get a proper answer I will report it to the Data Protection Authority.

Hannah Price""",
         "Hannah Price"),
        ("other", (),
         "A lovely cashier in Gent",
         """Good morning,

I just wanted to say thank you to the young woman on checkout 4 at the Gent Zuid store last Friday morning (her badge said Amira, I think). My mother is 87 and got muddled with her bank card, the queue behind us was getting impatient, and she was so patient and kind with her, even walked her to the taxi rank afterwards.

Could you please pass my thanks on to her and to her manager? I realise this is the privacy address, sorry, it was the only e-mail I could find on the receipt.

Warm regards,
Joan Whitaker""",
         "Joan Whitaker"),
        ("other", (),
         "?",
         """hello, I left a big blue golf umbrella (Royal Zoute printed on it) by the trolleys at the Knokke store yesterday around 6pm. did anyone hand it in? can i come and pick it up at the desk?
thx
Martin""",
         "Martin Hale"),
    ],
    "nl": [
        ("access", (),
         "vriendschapsverzoek van jullie kassierster??",
         """Goedemiddag,

Zaterdag heb ik in jullie winkel in Aalst (Graanmarkt) betaald met mijn bankkaart en mijn klantenkaart. Zondagavond kreeg ik op Facebook een vriendschapsverzoek van de kassierster, ik herkende haar meteen van haar profielfoto, met een berichtje erbij: "leuk je gisteren te zien Wouter 😉".

Mijn Facebook staat niet op mijn echte naam maar op een bijnaam, en daar staat ook mijn woonplaats niet op. Ze moet dus ergens anders gezocht hebben dan op mijn bankkaart. Mijn gsm-nummer en mijn e-mailadres staan wel bij mijn klantenkaart.

Ik zou graag weten welke gegevens over mij in jullie kassasysteem en in het klantenkaartbestand zitten, wat een kassamedewerker daarvan te zien krijgt, en wie mijn klantenfiche de voorbije weken heeft opengedaan.

Met vriendelijke groeten,
Wouter De Smet
Klantenkaart 2290 3381 5520 0471""",
         "Wouter De Smet"),
        ("correction", (),
         "Verslag tassencontrole 3 april - mijn versie",
         """Geachte heer, mevrouw,

Op 3 april rond 18u30 werd ik aan de uitgang van jullie filiaal in Sint-Niklaas (Stationsstraat) tegengehouden door een bewakingsagent die in mijn boodschappentas wilde kijken. Op mijn vraag heb ik van de filiaalverantwoordelijke een kopie van het verslag gekregen dat hij daarover heeft opgemaakt.

In dat verslag staat dat ik "zich agressief opstelde", "weigerde de tas te openen" en "pas na tussenkomst van de verantwoordelijke meewerkte". Dat is niet wat er gebeurd is. Ik heb gevraagd waarom ik gecontroleerd werd, en heb daarna zelf mijn tas opengedaan en op de toonbank gezet. De verantwoordelijke kwam pas toen alles al bekeken was. Er werd niets gevonden dat niet betaald was; dat staat wel onderaan in het verslag.

Ik vraag dat het verslag verbeterd wordt, of minstens dat mijn versie van de feiten eraan wordt toegevoegd: dat ik mijn tas vrijwillig heb geopend en niet agressief was. Ik wil niet dat er ergens een verslag blijft liggen dat mij beschrijft als een agressieve klant.

Hoogachtend,
Koen Verhaegen
Kleibeekstraat 27
9100 Sint-Niklaas""",
         "Koen Verhaegen"),
        ("deletion", ("withdraw_consent",),
         "klantenkaart stopzetten + alles wissen",
         """Hallo,

Mijn ex werkt sinds januari aan de klantendienst van jullie winkel in Turnhout. Sinds we uit elkaar zijn, weet ze ineens dingen die ze eigenlijk niet kan weten, zoals dat ik verhuisd ben en in welke straat ik nu woon. Ik heb mijn nieuw adres alleen doorgegeven aan mijn werk, de bank en... jullie klantenkaart, voor de folders.

Ik kan niet bewijzen dat zij het in jullie systeem heeft opgezocht en ik wil ook niemand zomaar beschuldigen. Maar ik wil het risico niet meer lopen. Verwijder mijn klantenkaart en alles wat jullie over mij hebben: adres, gsm, e-mail, aankopen. En ik wil ook geen folders, mails of sms'en meer van jullie.

Kaartnummer 2290 1147 8806 3312, op naam van Jens Mertens.

Alvast bedankt
Jens""",
         "Jens Mertens"),
        ("portability", (),
         "mijn gegevens uit de planningsapp meenemen",
         """Dag,

Ik werk nog tot 31 mei als kassamedewerkster in het filiaal van Roeselare en begin daarna bij een andere keten. Al mijn gewerkte uren, shiften, verlof en de opleidingen die ik gevolgd heb (kassa, EHBO, brandpreventie) staan in RoosterPro.

Mijn nieuwe werkgever werkt met een gelijkaardige app en kan een bestand inladen, zodat ik mijn opleidingen niet opnieuw moet bewijzen en mijn beschikbaarheden niet allemaal opnieuw moet invullen. Kunnen jullie mij die gegevens bezorgen in een Excel- of csv-bestand? Mijn filiaalmanager zegt dat hij alleen pdf's kan afdrukken, en daar kan de andere app niets mee.

Personeelsnummer 40177.

Groetjes,
Lotte Claeys""",
         "Lotte Claeys"),
        ("restriction", (),
         "Winkelverbod - betwisting, niets gebruiken en niets wissen",
         """Geachte,

Op 9 maart ontving ik een aangetekende brief met een winkelverbod van één jaar voor al uw winkels, omdat ik op 28 februari in uw filiaal in Hasselt een fles whisky zou hebben proberen mee te nemen zonder te betalen. Dat is niet juist: ik heb die fles op de band van kassa 5 gezet en ze is gescand, alleen stond ze niet op mijn kasticket omdat de kassierster ze daarna weer van de rekening heeft gehaald toen ik zei dat ik ze toch niet nam.

Mijn advocaat, Mr. Vanhoof, heeft uw juridische dienst hierover aangeschreven. Zolang dit niet is uitgeklaard, vraag ik u de foto die van mij genomen werd en het dossier over dit voorval niet te gebruiken: niet verspreiden onder de andere filialen, niet doorgeven aan de bewakingsfirma, niet ophangen. Wis ze echter ook niet, want de camerabeelden van kassa 5 zijn precies het bewijs dat ik nodig heb.

Graag een schriftelijke bevestiging.

Met vriendelijke groeten,
Emre Aydin
Kuringersteenweg 310, 3500 Hasselt""",
         "Emre Aydin"),
        ("objection", (),
         "camerabeelden van de kassa gebruikt in mijn evaluatie",
         """Beste,

Ik werk als kassierster in jullie filiaal in Brugge (Sint-Kruis). Tijdens mijn functioneringsgesprek van vorige week toonde mijn teamleider op zijn laptop een paar fragmenten van de camera boven kassa 2, om te laten zien dat ik "te traag scan" en "te veel babbel met klanten".

Op de bordjes aan de ingang en in het personeelsreglement staat dat die camera's er hangen voor de veiligheid en tegen diefstal. Daar heb ik geen probleem mee. Maar ik maak bezwaar tegen het gebruik van die beelden om mijn werk te beoordelen, en ik wil niet dat ze daarvoor nog gebruikt worden, niet voor mij en eigenlijk ook niet voor mijn collega's.

Ik stuur dit van mijn privé-adres, omdat ik dit liever niet via mijn teamleider laat lopen.

Nathalie Vermeulen""",
         "Nathalie Vermeulen"),
        ("withdraw_consent", ("deletion",),
         "geen sms meer aub",
         """hallo

de kassier in genk (shopping 1) drong vorige maand zo aan dat ik mijn gsm nummer gaf voor de sms acties dat ik maar ja heb gezegd om ervan af te zijn. ik wil die sms en niet, ik trek mijn toestemming in. en haal mijn nummer dan ook maar uit mijn klantenfiche, ik vind het geen fijn idee dat elke kassier dat kan zien

gr
Ilse Jacobs""",
         "Ilse Jacobs"),
        ("complaint", (),
         "Mijn klacht werd doorgestuurd naar de medewerker zelf",
         """Geachte,

Op 12 februari heb ik via het contactformulier op uw website een klacht ingediend over een medewerker van de slagerijafdeling in uw winkel in Lier, die mijn dochter van 15 op een zeer onbeleefde manier had toegesproken.

Vorige donderdag sprak diezelfde man mij aan aan de toonbank: "U bent mevrouw Peeters, hé, u hebt over mij geklaagd." Hij vertelde er nog bij dat zijn chef hem "de mail" had laten zien. Hij kende dus mijn naam, mijn e-mailadres en wat ik geschreven had.

Ik had verwacht dat mijn klacht vertrouwelijk zou worden behandeld, en zeker niet dat ze met mijn naam erop aan de persoon over wie ze ging zou worden bezorgd. Ik durf mijn dochter niet meer alleen naar die winkel te sturen. Ik wil weten hoe dit kon gebeuren en welke maatregelen u neemt. Als ik geen ernstig antwoord krijg, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

An Peeters
Kesselsesteenweg 91, 2500 Lier""",
         "An Peeters"),
        ("other", (),
         "onbeleefde medewerker broodafdeling Zottegem",
         """Goeiendag,

Gisterenmiddag vroeg mijn vader (80) aan de broodafdeling in Zottegem of het spelt- of volkorenbrood zonder zaadjes was. De medewerker antwoordde letterlijk: "Als ge dat niet weet, moet ge maar thuisblijven." Mijn vader was er helemaal van aangedaan.

Dit kan toch niet de bedoeling zijn. Ik had graag dat de winkelverantwoordelijke hierop reageert.

Geert Van Damme""",
         "Geert Van Damme"),
        ("other", (),
         "vakantiejob",
         """Hallo,

Ik ben 17 en zou deze zomer graag een vakantiejob doen in jullie winkel in Leuven (Tiensesteenweg), rekken aanvullen of aan de kassa. Moet ik solliciteren via de website of mag ik mijn cv gewoon in de winkel afgeven? En vanaf welke leeftijd mag je aan de kassa staan?

Alvast bedankt!
Lars Wouters""",
         "Lars Wouters"),
    ],
    "fr": [
        ("access", (),
         "Portefeuille perdu - ce qui a été noté dans votre registre",
         """Bonjour,

J'ai perdu mon portefeuille le mardi 7 avril dans votre magasin de Namur (Rue de Fer). Il a été rapporté à l'accueil et j'ai pu le récupérer le lendemain, tout y était, merci à la personne qui l'a trouvé.

En revanche, au moment de me le rendre, l'employée a ouvert un classeur et j'ai vu qu'il y avait une photocopie recto verso de ma carte d'identité, et une fiche où était noté tout le contenu du portefeuille : le montant en liquide, mes deux cartes bancaires, ma carte de mutuelle, et même « ordonnance (Dr Lecomte) ». J'ai aussi dû signer une décharge avec mon numéro de téléphone.

Je souhaiterais savoir exactement ce qui a été noté me concernant, qui a accès à ce classeur, si la photocopie ou la fiche ont été transmises à la police ou à quelqu'un d'autre, et combien de temps vous les gardez. Pouvez-vous m'envoyer une copie de la fiche et de la photocopie ?

Merci d'avance,
Sophie Lambert
Avenue Bourgmestre Jean Materne 44
5100 Jambes""",
         "Sophie Lambert"),
        ("correction", (),
         "Objets trouvés Mons - erreur dans votre registre",
         """Madame, Monsieur,

Le 2 mars, j'ai oublié ma carte d'identité et ma carte bancaire au self-scan de votre magasin de Mons (Grands Prés). Je m'en suis rendu compte le soir même, j'ai bloqué la carte bancaire, et je suis repassé le 4 mars pour récupérer la carte d'identité.

On m'a alors dit qu'elle m'avait « déjà été remise le 3 mars ». Dans votre registre des objets trouvés figure en effet mon nom, avec la mention « remis au propriétaire le 03/03, 16h40 » et une signature qui n'est pas la mienne. Je n'étais pas à Mons le 3 mars, j'étais à mon travail à Bruxelles toute la journée.

J'ai déclaré la perte à la commune, et la police m'a demandé une attestation du magasin. Or l'attestation que votre accueil m'a remise reprend ce qui est écrit dans le registre, à savoir que j'aurais récupéré ma carte moi-même. Je vous demande de corriger ce registre : la carte a été remise à une personne inconnue, pas à moi, et de me fournir une attestation corrigée.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Julien Maréchal
Rue de Bertaimont 19, 7000 Mons
0472 55 19 08""",
         "Julien Maréchal"),
        ("deletion", (),
         "Vidéo de ma mère et moi sur TikTok",
         """Bonjour,

Samedi dernier, ma mère et moi avons eu une discussion un peu vive à la caisse de votre magasin de Liège Médiacité (un problème de promotion qui ne passait pas, oui on parlait fort). Une de vos employées, qui était au rayon juste à côté, nous a filmées avec son téléphone.

Hier, ma cousine m'a envoyé la vidéo : elle est sur TikTok, avec votre enseigne bien visible derrière nous et la légende « les clientes du samedi 💀 ». On reconnaît parfaitement nos visages. Elle a déjà plus de 40 000 vues et des commentaires très désagréables sur ma mère.

Je veux que cette vidéo soit supprimée, ainsi que toute copie qui circulerait chez vous (on m'a dit qu'elle tournait aussi dans un groupe de discussion du personnel). Le compte s'appelle @jess.caisse08, si cela peut aider à identifier la personne.

Inès Haddad""",
         "Inès Haddad"),
        ("portability", (),
         "Historique d'achats au format Excel",
         """Bonjour,

Je suis fleuriste indépendante et depuis 2023 j'achète une bonne partie de mes fournitures (vases, rubans, mousse, emballages) dans votre magasin de Waterloo, toujours avec ma carte de fidélité.

Suite à la lettre d'interdiction d'accès que j'ai reçue le mois dernier (que je conteste par ailleurs, mais ce n'est pas l'objet de ce mail), je vais me fournir ailleurs. Avant cela, j'ai besoin de récupérer l'historique complet de mes achats de 2024 à aujourd'hui, avec les dates, les articles et les montants, dans un fichier Excel ou CSV que je puisse importer dans mon logiciel de comptabilité. Les tickets en PDF de l'application ne me servent à rien, il faudrait tout retaper à la main.

Carte n° 2290 5528 1190 4407.

Cordialement,
Valérie Dumont
Fleurs de Valérie - Chaussée de Bruxelles 212, 1410 Waterloo""",
         "Valérie Dumont"),
        ("restriction", ("access",),
         "Accident de mon fils - rapport transmis à votre assureur",
         """Madame, Monsieur,

Le 21 mars, dans votre magasin de Charleroi (Ville 2), un présentoir de bouteilles d'eau s'est renversé sur mon fils Adam, 6 ans. Il a eu une plaie au front et trois points de suture. Le responsable a rempli votre registre d'incidents et m'a dit que le rapport serait « transmis à l'assurance ».

Votre assureur vient de m'écrire que, d'après ce rapport, « l'enfant grimpait sur le présentoir sans surveillance ». C'est faux : Adam était à côté de moi, il a seulement tiré une bouteille du bas, et le présentoir était mal fixé, comme l'a d'ailleurs reconnu l'employé sur place.

Je conteste ce rapport. En attendant que ce point soit vérifié, je vous demande de ne plus rien transmettre à votre assureur ni à quiconque à propos de mon fils et de cet accident, et de ne pas utiliser ce rapport.

Je vous demande également de m'envoyer une copie de tout ce que vous avez transmis à votre assureur : le rapport, les éventuelles photos, les déclarations du personnel.

Karim Benali
Rue de la Montagne 88, 6000 Charleroi""",
         "Karim Benali"),
        ("objection", (),
         "Mon prénom dans vos réponses aux avis Google",
         """Bonjour,

Je travaille comme caissière dans votre magasin de Tournai depuis six ans. Le mois dernier, une cliente a laissé un avis Google très négatif où elle parle de « la caissière blonde ». Le gérant y a répondu publiquement au nom du magasin : « Nous sommes désolés, nous avons eu une discussion avec Julie à ce sujet et cela ne se reproduira pas. »

Depuis, des gens viennent à ma caisse en me disant « ah c'est vous, Julie ». Deux autres réponses à des avis mentionnent aussi des collègues par leur prénom.

Je m'oppose à ce que mon prénom, ou toute information me concernant, soit utilisé dans les réponses publiques du magasin aux avis en ligne. Je demande que cela cesse, pour moi en tout cas.

Julie Dussart""",
         "Julie Dussart"),
        ("withdraw_consent", (),
         "newsletter + SMS",
         """Suite à l'incident avec votre agent de sécurité samedi à Louvain-la-Neuve, je ne veux plus rien recevoir de votre part. Je retire mon accord pour la newsletter et pour les SMS promotionnels.

P. Gilson
patrick.gilson@skynet.be""",
         "Patrick Gilson"),
        ("complaint", ("deletion",),
         "Rapport de l'agent de sécurité - mention de mon origine",
         """Madame, Monsieur,

Le 16 mars, j'ai fait l'objet d'une fouille de sac à la sortie de votre magasin d'Anderlecht (Westland). Rien n'a été trouvé. J'ai ensuite demandé à voir le rapport que l'agent avait rédigé, et le responsable du magasin me l'a montré sur son écran.

Sous « description de la personne », l'agent a écrit : « homme d'origine maghrébine, env. 30 ans, survêtement noir ». Je ne vois pas en quoi mon origine supposée a sa place dans un rapport sur un contrôle de sac qui n'a rien donné. C'est une donnée qui n'a rien à faire là, et elle en dit long sur la raison pour laquelle on m'a arrêté, moi, et pas les autres clients qui sortaient en même temps.

Je porte plainte auprès de vous pour ce traitement, et j'envisage de saisir l'Autorité de protection des données ainsi qu'Unia. Je demande en outre que ce rapport soit supprimé, puisqu'il ne repose sur rien.

Samir El Amrani
Rue Wayez 140, 1070 Anderlecht""",
         "Samir El Amrani"),
        ("other", (),
         "Demande d'indemnisation - chute sur votre parking de Wavre",
         """Bonjour,

Le dimanche 15 mars, vers 11h, je suis tombé sur le parking de votre magasin de Wavre à cause d'un trou dans le revêtement, près des emplacements pour caddies. Mes lunettes se sont cassées (420 €) et mon pantalon est déchiré. Je n'ai heureusement que des égratignures.

Je vous demande le remboursement de ces frais. Je joins la facture de l'opticien et deux photos du trou, qui n'était pas signalé. Mon numéro de compte : BE71 0019 2255 4469.

Je n'ai pas trouvé d'autre adresse que celle-ci, merci de transmettre au bon service si nécessaire.

Bernard Collignon
0475 22 80 16""",
         "Bernard Collignon"),
        ("other", (),
         "Question",
         """Bonsoir,

Petite question, par curiosité (ce n'est pas arrivé chez vous !) : est-ce qu'un magasin a le droit de fouiller mon sac à la sortie si je refuse ? Et un vigile peut-il me retenir en attendant la police ? On en discutait entre amis et personne n'était d'accord.

Bonne soirée,
Aurélie""",
         "Aurélie Renard"),
    ],
    "de": [
        ("access", (),
         "Hausverbot vom 12.02.2026 - Auskunft nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

mit Schreiben vom 12. Februar 2026 hat mir der Filialleiter Ihrer Filiale in Eupen (Aachener Straße) ein Hausverbot für die Dauer von zwei Jahren erteilt. Als Begründung wird ein angeblicher Diebstahlsversuch am 10. Februar genannt. Im Schreiben heißt es, der Vorfall sei „mit Lichtbild dokumentiert".

Ich beantrage hiermit gemäß Art. 15 DSGVO Auskunft über sämtliche zu meiner Person gespeicherten Daten im Zusammenhang mit diesem Hausverbot, insbesondere:

1. das Lichtbild und etwaige Videoaufzeichnungen bzw. Standbilder,
2. den Vorfallbericht und etwaige Zeugenaussagen Ihrer Mitarbeiter oder des Wachdienstes,
3. die Empfänger, denen diese Daten übermittelt wurden (andere Filialen, Sicherheitsfirma, Polizei),
4. die vorgesehene Speicherdauer.

Bitte stellen Sie mir eine Kopie dieser Unterlagen zur Verfügung.

Mit freundlichen Grüßen
Markus Kessler
Herbesthaler Straße 17
4700 Eupen""",
         "Markus Kessler"),
        ("correction", (),
         "Falscher Eintrag in meiner Personalakte",
         """Guten Tag,

ich arbeite seit 2019 an der Kasse in der Filiale St. Vith. Im Mitarbeitergespräch am 8. April hat mir die Marktleitung eine Kundenbeschwerde vom 6. März vorgehalten (unfreundlich, falsches Wechselgeld herausgegeben), die in meiner Personalakte vermerkt ist.

Am 6. März hatte ich aber frei, das sieht man im Dienstplan, ich war an dem Tag mit meiner Tochter beim Kinderarzt in Malmedy. Die Kundin hat laut der Beschwerde selbst „Kasse 3, gegen 17 Uhr" geschrieben, an Kasse 3 saß an dem Nachmittag eine Aushilfe. Offenbar wurde die Beschwerde einfach mir zugeordnet, weil ich sonst meistens an Kasse 3 sitze.

Bitte berichtigen Sie den Eintrag in meiner Personalakte und bestätigen Sie mir das schriftlich. Die Marktleitung sagt, das müsse über die Zentrale laufen.

Mit freundlichen Grüßen
Sabine Thelen
Personalnummer 21894""",
         "Sabine Thelen"),
        ("deletion", ("objection",),
         "Foto löschen",
         """Hallo,

am 21.3. hat in Ihrer Filiale in Kelmis beim Rausgehen der Alarm gepiept. Es war ein Sicherungsclip an meiner eigenen Jacke, den ein anderes Geschäft beim Kauf vergessen hatte abzumachen. Das hat sich nach zehn Minuten geklärt, der Kassenbon von dem anderen Laden war noch in der Jackentasche.

Trotzdem hat der Mann vom Sicherheitsdienst vorher ein Foto von mir mit dem Handy gemacht, und der Filialleiter sagte, das Foto bleibt „vorsorglich" in der Kartei.

Das möchte ich nicht. Bitte löschen Sie das Foto und alles, was zu diesem Vorfall über mich notiert wurde. Ich will auch nicht auf irgendeiner Liste von „auffälligen Kunden" stehen, weder bei Ihnen noch bei der Sicherheitsfirma.

Grüße
Lena Houben""",
         "Lena Houben"),
        ("portability", (),
         "Kaufhistorie als Datei",
         """Guten Abend,

mein Ex-Mann arbeitet seit Januar in Ihrer Filiale in Eupen, deshalb kaufe ich dort nicht mehr ein und ziehe im Sommer ohnehin nach Aachen.

Ich führe seit Jahren ein Haushaltsbuch in einer App, die Einkäufe aus einer CSV- oder JSON-Datei übernehmen kann. Könnten Sie mir meine komplette Kaufhistorie mit der Kundenkarte (Datum, Filiale, Artikel, Preise) und die Übersicht meiner Treuepunkte in so einer Datei schicken? Dann kann ich alles in die App übernehmen, bevor ich die Karte nicht mehr benutze.

Kundenkarte 2290 6614 0025 8873, E-Mail wie dieser Absender.

Vielen Dank
Petra Lentz""",
         "Petra Lentz"),
        ("restriction", ("access",),
         "Sturz meiner Mutter am 4. April - Vorfallbericht",
         """Sehr geehrte Damen und Herren,

meine Mutter, Hedwig Mertes (79), ist am 4. April in Ihrer Filiale in Bütgenbach an einer losen Fußmatte am Eingang gestürzt und hat sich die Hüfte geprellt. Ihre Mitarbeiterin hat einen Vorfallbericht geschrieben, der an Ihre Versicherung gegangen ist.

In dem Bericht steht, meine Mutter habe „verwirrt gewirkt" und „nicht gewusst, wo sie ist". Das stimmt nicht. Sie war nach dem Sturz erschrocken und hatte Schmerzen, aber sie ist völlig klar im Kopf, wohnt allein und fährt noch Auto. Die Versicherung fragt jetzt nach einer „Demenzdiagnose".

Wir haben die Versicherung bereits gebeten, den Bericht zu überprüfen, und Ihre Filialleitung um eine Stellungnahme der Mitarbeiterin. Bis das geklärt ist, bitte ich Sie, diesen Bericht nicht weiter zu verwenden und an niemanden mehr weiterzugeben.

Außerdem möchten wir endlich den vollständigen Bericht sehen, den Ihre Filiale an die Versicherung geschickt hat, samt Fotos und allem, was dazugehört. Meine Mutter hat ihn nie zu Gesicht bekommen.

Eine Vollmacht meiner Mutter liegt bei.

Mit freundlichen Grüßen
Claudia Mertes""",
         "Claudia Mertes"),
        ("objection", (),
         "Bodycams am Eingang in Eupen",
         """Sehr geehrte Damen und Herren,

seit Anfang April tragen die Sicherheitsleute am Eingang Ihrer Filiale in Eupen Bodycams. Ein kleines Schild am Eingang sagt nur „Videoüberwachung, Shop Example", und der Mitarbeiter meinte auf meine Frage, die Kamera laufe „die ganze Zeit".

Ich widerspreche hiermit der Aufnahme und Speicherung meiner Person durch diese Bodycams. Für die Sicherheit im Laden gibt es bereits die festen Kameras; dass ich beim Betreten des Geschäfts zusätzlich von einer Person am Körper gefilmt werde, halte ich für unverhältnismäßig. Ich kaufe dort zwei-, dreimal pro Woche ein.

Mit freundlichen Grüßen
Rainer Schmitz
Kirchstraße 5, 4700 Eupen""",
         "Rainer Schmitz"),
        ("withdraw_consent", (),
         "Mein Foto an der Teamwand",
         """Hallo zusammen,

ich arbeite an der Käsetheke in St. Vith. Letztes Jahr habe ich unterschrieben, dass mein Foto mit Vornamen auf der Wand „Unser Team" am Eingang und auf der Facebookseite der Filiale gezeigt werden darf.

Seit ein paar Wochen kommt ein Kunde fast täglich an die Theke, spricht mich mit Namen an und hat mir inzwischen auf Instagram geschrieben. Er hat mich offenbar über das Foto und den Vornamen gefunden. Ich ziehe meine Einwilligung deshalb zurück, bitte nehmt das Foto an der Wand und auf Facebook raus.

Danke
Jana Hilgers""",
         "Jana Hilgers"),
        ("complaint", (),
         "Beschwerde über eine Kassiererin - Datenschutz",
         """Sehr geehrte Damen und Herren,

am Montag, 30. März, habe ich in Ihrer Filiale in Eupen unter anderem einen Schwangerschaftstest und ein Medikament gekauft. Die Kassiererin hat laut, für die ganze Schlange hörbar, gesagt: „Oh, Frau Kreutz, wird's ein Baby?" Meinen Namen hatte sie von meiner Bankkarte abgelesen. Hinter mir standen zwei Nachbarinnen.

Was ich kaufe und wie ich heiße, geht niemanden in dieser Schlange etwas an. Ich erwarte, dass Ihre Mitarbeiter mit solchen Informationen diskret umgehen, und ich möchte wissen, ob Ihr Personal dazu überhaupt geschult wird. Sollte ich keine zufriedenstellende Antwort erhalten, werde ich mich an die Datenschutzbehörde wenden.

Miriam Kreutz""",
         "Miriam Kreutz"),
        ("other", (),
         "Bewerbung Sicherheitsdienst",
         """Guten Tag,

ich habe eine Ausbildung als Sicherheitsmitarbeiter (Zulassung Innenministerium) und würde gern in einer Ihrer Filialen in Ostbelgien arbeiten. Stellt Shop Example Ladendetektive und Sicherheitspersonal selbst ein oder läuft das nur über eine externe Firma? Falls extern: welche Firma ist für Eupen und St. Vith zuständig?

Mit freundlichen Grüßen
Dominik Jost
0494 17 23 60""",
         "Dominik Jost"),
        ("other", (),
         "Einkaufswagen gegen mein Auto - Schaden",
         """Hallo,

am Samstag, 11. April, ist auf Ihrem Parkplatz in Kelmis ein Einkaufswagen, der nicht in der Sammelstelle stand, bei Wind gegen mein geparktes Auto gerollt. Kratzer und eine Delle an der Fahrertür. Ein Mitarbeiter hat es gesehen und den Wagen weggeholt.

Der Kostenvoranschlag der Werkstatt liegt bei 680 Euro, ich hänge ihn an, dazu zwei Fotos. Wer übernimmt das? Bitte leiten Sie meine Mail weiter, falls ich hier falsch bin.

Gruß
Thomas Radermacher
Kennzeichen 1-KLM-482""",
         "Thomas Radermacher"),
    ],
    "es": [
        ("access", ("restriction",),
         "Quién ha consultado mi ficha de cliente",
         """Hola,

Mi expareja trabaja desde hace unos meses en la caja de su tienda de Ixelles (Chaussée d'Ixelles). Nos separamos en diciembre y no tenemos contacto. La semana pasada me escribió un mensaje: "veo que ahora compras para dos", con una lista de cosas que yo había comprado ese mismo fin de semana en otra tienda de la cadena, en Uccle.

Eso solo lo puede saber mirando mi historial con la tarjeta de cliente.

Quiero saber qué datos tienen ustedes sobre mí, qué puede ver un cajero cuando escanea una tarjeta o busca a un cliente, y sobre todo quién ha consultado mi ficha de cliente desde enero, con fecha y desde qué tienda.

Mientras lo averiguan, no quiero que nadie en la tienda de Ixelles pueda abrir mi ficha. No la borren, que la necesito como prueba, pero bloquéenla.

Gracias,
Lucía Fernández Ortega
Tarjeta 2290 7703 4418 2259""",
         "Lucía Fernández Ortega"),
        ("correction", (),
         "Carta de prohibición de entrada - no soy yo",
         """Buenos días:

He recibido en mi domicilio una carta de su departamento de seguridad, con fecha 2 de marzo, en la que se me prohíbe la entrada a todas sus tiendas durante un año por un supuesto hurto en su tienda de Anderlecht el 17 de febrero.

El 17 de febrero yo estaba en Madrid, en el entierro de mi tío; adjunto las tarjetas de embarque de ida (14/02) y vuelta (20/02). Creo que me han confundido con otra persona: en la carta aparece mi nombre, María José García Ruiz, pero la fecha de nacimiento que figura (09/11/1979) no es la mía. Imagino que la persona detenida se llama parecido.

Les pido que corrijan su expediente: ni el incidente ni la prohibición corresponden a mí, y mis datos no deben figurar asociados a ese hecho. Les ruego que me lo confirmen por escrito.

Atentamente,
María José García Ruiz
Rue de la Victoire 71, 1060 Saint-Gilles""",
         "María José García Ruiz"),
        ("deletion", (),
         "Fotocopia de mi pasaporte - objetos perdidos",
         """Hola,

Estuve de vacaciones en Bruselas la semana de Pascua y perdí mi cartera en su tienda de la Rue Neuve. Muchas gracias, alguien la entregó y la recuperé al día siguiente en el mostrador.

Para devolvérmela me hicieron una fotocopia del pasaporte y apuntaron mi teléfono español y el nombre y la dirección de mi hotel. Ya tengo la cartera y estoy de vuelta en Valencia, así que no veo para qué necesitan guardar todo eso. Por favor, borren la fotocopia y los datos que anotaron.

Un saludo,
Carmen Ibáñez Soler""",
         "Carmen Ibáñez Soler"),
        ("portability", (),
         "Mis tickets en formato CSV",
         """Buenas tardes:

En junio vuelvo a vivir a España. Llevo cuatro años haciendo la compra en su tienda de Etterbeek con la aplicación, y allí tengo todos los tickets digitales, que uso para controlar los gastos de casa.

Me gustaría llevarme todo ese historial: ¿podrían enviarme mis compras (fecha, productos, importe) en un archivo CSV o JSON que pueda abrir en una hoja de cálculo o importar en otra aplicación? Desde la app solo se pueden descargar de uno en uno en PDF.

Mi cuenta está a nombre de Alejandro Ruiz Molina, con este mismo correo.

Gracias,
Alejandro""",
         "Alejandro Ruiz Molina"),
        ("restriction", (),
         "Queja de una clienta sobre mí - investigación interna",
         """Buenos días:

Trabajo como reponedor en la tienda de Schaerbeek. La semana pasada mi jefe de tienda me comunicó que una clienta ha presentado una queja contra mí (dice que la empujé con una transpaleta) y que se ha abierto una investigación interna. Me dijeron también que se ha guardado un vídeo de la cámara del pasillo 9.

Yo no empujé a nadie; la transpaleta estaba parada y la clienta tropezó con ella. Espero que el vídeo lo demuestre.

Mientras dura la investigación, pido que la queja y el vídeo no se usen para nada más: que no se anoten en mi expediente, que no se comenten con otros compañeros y que no se envíen a la empresa de trabajo temporal que me contrató. Que no se borre el vídeo, porque es lo que me puede dar la razón.

Javier Moreno Díaz
Tienda Schaerbeek, turno de mañana""",
         "Javier Moreno Díaz"),
        ("objection", ("deletion",),
         "Mi foto en el grupo de WhatsApp de seguridad del centro comercial",
         """Buenas,

El 25 de marzo tuve un altercado con el vigilante de su tienda en el centro comercial Docks, por un control de bolsa que acabó sin nada. Un empleado de otra tienda del mismo centro, amigo mío, me ha enseñado que mi foto, sacada de sus cámaras, circula en un grupo de WhatsApp de los vigilantes de todas las tiendas del centro con el texto "cuidado con este, conflictivo".

No he robado nada, no me han denunciado y no tengo antecedentes. Me opongo a que mis datos y mi imagen se compartan con otras tiendas, con vigilantes de otras empresas o en cualquier grupo de ese tipo. Y quiero que esa foto se borre de ese grupo y de donde la tengan ustedes.

Daniel Castro
0487 60 13 22""",
         "Daniel Castro"),
        ("withdraw_consent", (),
         "",
         """hola, la cajera de la tienda de Forest me apunto en el boletin sin preguntarme mucho ("es para los puntos"). no quiero recibir mas correos ni sms de ofertas. gracias

Rosa Jiménez""",
         "Rosa Jiménez"),
        ("complaint", (),
         "RE: Solicitud de acceso - informe del vigilante (2º envío)",
         """Buenos días:

Hace seis semanas les escribí (mensaje reenviado abajo) pidiendo una copia del informe que redactó el vigilante tras registrarme la mochila en su tienda de Woluwe. No he recibido respuesta, ni siquiera un acuse de recibo.

El plazo de un mes que marca el RGPD ha vencido. Si no recibo respuesta en los próximos diez días, presentaré una reclamación ante la Autoridad de Protección de Datos belga.

Pablo Serrano Gil

-----Mensaje original-----
De: Pablo Serrano Gil
Enviado: lunes, 2 de marzo de 2026 9:14
Para: privacy@shop.example.be
Asunto: Solicitud de acceso - informe del vigilante

Buenos días: el sábado 28 de febrero un vigilante de su tienda de Woluwe-Saint-Lambert me registró la mochila a la salida. Me dijo que haría un informe. Solicito una copia de ese informe y de cualquier imagen asociada. Gracias.""",
         "Pablo Serrano Gil"),
        ("other", (),
         "Gracias al vigilante de Woluwe",
         """Hola,

Quería dar las gracias al vigilante de seguridad de su tienda de Woluwe Shopping (un señor alto, con barba, creo que se llama Mourad) que el domingo encontró a mi hijo de 5 años cuando se me perdió entre los pasillos. Fueron diez minutos horribles y él lo llevó de la mano a la caja central con muchísima calma.

Si pueden hacérselo llegar, se lo agradecería mucho.

Elena Navarro""",
         "Elena Navarro"),
        ("other", (),
         "gafas olvidadas",
         """Buenas, creo que me dejé unas gafas de sol Ray-Ban (montura de carey, funda marrón) en la zona de cajas de autoservicio de la tienda de Flagey el jueves por la tarde. ¿Las ha entregado alguien? Gracias!

Nacho""",
         "Ignacio Pardo"),
    ],
    "it": [
        ("access", (),
         "Caduta nel negozio di La Louvière - cosa avete scritto",
         """Buongiorno,

il 13 marzo sono caduto nel vostro negozio di La Louvière, all'ingresso, dove il pavimento era bagnato per la pioggia e non c'era il tappeto. Mi sono fatto male al ginocchio. Il responsabile ha compilato un modulo e mi ha detto che lo avrebbe mandato "all'assicurazione".

Ora l'assicurazione mi ha scritto facendo riferimento a una "dichiarazione del personale" e a "immagini della videosorveglianza" che io non ho mai visto.

Vorrei sapere che cosa avete scritto su di me nel vostro registro degli incidenti, che cosa avete mandato all'assicurazione (testo, foto, video) e se qualcun altro ha ricevuto queste informazioni. Se possibile vorrei una copia di tutto.

Cordiali saluti,
Giuseppe Russo
Rue Albert Ier 64, 7100 La Louvière""",
         "Giuseppe Russo"),
        ("correction", (),
         "Rettifica della mia segnalazione del 19 febbraio",
         """Gentili signori,

il 19 febbraio ho presentato al banco accoglienza del vostro negozio di Liegi (Rocourt) una segnalazione su un dipendente del reparto gastronomia che mi aveva risposto in modo molto sgarbato.

Il 3 aprile, dopo la mia richiesta, il direttore mi ha fatto leggere il resoconto registrato nel vostro sistema. Lì c'è scritto che sono stata io a "insultare il dipendente" e che "la cliente ha alzato la voce per prima". Non è andata così, e comunque non è quello che ho dichiarato io: il resoconto riporta la versione del dipendente come se fosse la mia segnalazione.

Vi chiedo di correggere il resoconto in modo che riporti quello che ho detto io, ossia che il dipendente mi ha detto "se non le va bene vada altrove" e che io non l'ho insultato.

Distinti saluti,
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("deletion", ("complaint",),
         "La mia foto nel gruppo WhatsApp dei dipendenti",
         """Buonasera,

il 28 marzo ho avuto una discussione al banco resi del vostro negozio di Seraing per un rimborso. Niente di grave, alla fine il rimborso l'ho avuto.

Una mia amica che lavora lì come cassiera mi ha detto che qualcuno ha fatto una foto dello schermo della videosorveglianza con me al banco e l'ha messa nel gruppo WhatsApp dei dipendenti, con commenti tipo "la pazza dei resi" e "se torna chiamate la sicurezza". Mi ha fatto vedere il messaggio.

Voglio che quella foto venga cancellata dal gruppo e da qualsiasi altro posto, insieme alle immagini da cui è stata presa se non servono più. E trovo inaccettabile che le immagini delle telecamere finiscano sui telefoni personali dei dipendenti per prendere in giro i clienti. Mi aspetto una risposta su quello che farete.

Alessandra Conti""",
         "Alessandra Conti"),
        ("portability", (),
         "storico acquisti",
         """Buongiorno,

io e mio marito facciamo la spesa da voi a Genk da più di dieci anni, sempre con la carta fedeltà. Dopo quello che è successo con la vostra guardia giurata il mese scorso (ne abbiamo già parlato con il direttore) abbiamo deciso di cambiare supermercato.

Il nuovo supermercato ci riconosce dei punti di benvenuto se portiamo lo storico degli acquisti dell'ultimo anno. Potete mandarci i nostri acquisti in un file Excel o CSV, con data, prodotti e importi? Carta n. 2290 8841 6620 1135, intestata a Roberto Esposito.

Grazie e saluti,
Roberto e Anna Esposito""",
         "Roberto Esposito"),
        ("restriction", (),
         "Perquisizione della borsa del 6 aprile - conservate il rapporto",
         """Buongiorno,

il 6 aprile, all'uscita del vostro negozio di Bruxelles (Avenue Louise), una guardia della ditta di sicurezza ha controllato la mia borsa. Durante il controllo mi ha trattenuta per un braccio e mi ha toccata in un modo che ho trovato del tutto fuori luogo. Il giorno dopo ho sporto denuncia alla polizia (PV n. BR.66.L3.041227/2026).

So che la guardia ha scritto un rapporto e che il controllo è stato ripreso dalle telecamere all'uscita. Vi chiedo di non cancellare né il rapporto né le registrazioni, che serviranno alla polizia e al mio avvocato. Allo stesso tempo vi chiedo di non usarli per nient'altro e di non mostrarli a nessuno al di fuori di chi ne ha bisogno per l'indagine, in particolare non alla guardia stessa o alla sua ditta.

Martina Greco""",
         "Martina Greco"),
        ("objection", (),
         "Pubblicità dell'assicurazione dopo la caduta",
         """Buongiorno,

a gennaio sono scivolata nel vostro negozio di Charleroi e avete passato i miei dati alla vostra assicurazione per il sinistro. Fin qui va bene, la pratica è chiusa e sono stata risarcita.

Da febbraio però la stessa assicurazione mi manda lettere e mi telefona per propormi polizze casa e infortuni, "in collaborazione con Shop Example". Io non ho mai chiesto nulla del genere. Non voglio che i miei dati vengano usati, da voi o dai vostri partner, per farmi pubblicità.

Paola Ferri
0471 88 34 19""",
         "Paola Ferri"),
        ("withdraw_consent", ("deletion",),
         "Panel clienti - revoca",
         """Salve,

l'anno scorso mi sono iscritta al vostro "panel clienti" e ho risposto a diversi questionari sulla mia esperienza in negozio. Dopo come mi hanno trattata alla cassa di Mons a marzo, non ho più voglia di darvi la mia opinione.

Revoco il consenso a essere contattata per i sondaggi e vi chiedo di cancellare le risposte che ho dato finora e il mio profilo nel panel.

Grazie,
Silvia Moretti""",
         "Silvia Moretti"),
        ("complaint", (),
         "Un vostro dipendente si è presentato a casa mia",
         """Buonasera,

scrivo ancora scossa. Sabato 11 aprile ho fatto la spesa nel vostro negozio di Anderlecht e alla cassa ho dato la carta fedeltà. Domenica mattina ha suonato alla mia porta il cassiere, con un mazzo di fiori, dicendo che "voleva conoscermi meglio". Non gli ho mai detto dove abito: l'indirizzo lo ha preso dal vostro sistema, da dove se no?

Ho chiuso la porta e ho chiamato mio fratello. Non è più tornato, ma io adesso ho paura.

Trovo gravissimo che un vostro dipendente possa cercare l'indirizzo di una cliente e presentarsi a casa sua. Voglio sapere come è potuto succedere e che cosa farete. Se non ricevo una risposta seria presenterò reclamo all'autorità per la protezione dei dati.

Giulia Marino
Rue de Fiennes 30, 1070 Anderlecht""",
         "Giulia Marino"),
        ("other", (),
         "commesso maleducato al banco formaggi",
         """Buongiorno, oggi al banco formaggi di Ixelles ho chiesto di assaggiare un pecorino e il commesso mi ha risposto "qui non è un ristorante" e si è girato. Sono cliente da anni, non mi era mai successo. Spero che qualcuno gli parli.

Marco De Luca""",
         "Marco De Luca"),
        ("other", (),
         "Candidatura magazziniere",
         """Buongiorno,

mi chiamo Luca Romano, ho 34 anni e ho lavorato otto anni come magazziniere in Italia (patentino per il carrello elevatore). Da gennaio vivo a Bruxelles, parlo italiano, francese e un po' di inglese. Cercate personale per il magazzino o per il rifornimento degli scaffali? A chi posso mandare il curriculum?

Grazie,
Luca Romano
0465 21 77 90""",
         "Luca Romano"),
    ],
    "pt": [
        ("access", ("correction",),
         "Relatório da revista ao saco - pedido de cópia",
         """Bom dia,

No dia 1 de abril, à saída da vossa loja de Saint-Gilles (Parvis), um segurança pediu para ver o meu saco. Abri-o logo, ele viu que estava tudo pago e deixou-me ir. Disse que tinha de "fazer um relatório".

Um funcionário que conheço disse-me que nesse relatório está escrito que eu "tentei fugir pela porta de emergência". Isso é falso, saí pela porta normal e parei assim que ele me chamou.

Peço uma cópia do relatório e de qualquer imagem que esteja junto. E se lá estiver mesmo escrito que tentei fugir, peço que corrijam isso.

Obrigado,
João Pereira
Rue de Mérode 155, 1060 Saint-Gilles""",
         "João Pereira"),
        ("correction", (),
         "Erro no registo do acidente - seguradora contactou outra pessoa",
         """Exmos. Senhores,

No dia 17 de março caí nas escadas rolantes da vossa loja de Antuérpia (Wijnegem) e fiz uma entorse no tornozelo. A funcionária preencheu o registo de incidentes com os meus dados.

A seguradora da loja escreveu entretanto a uma tal "Ana Sofia Rodrigo", numa morada em Berchem que não é a minha, e a minha vizinha do lado teve a sorte de conhecer a senhora e passar-me a carta. Vi que o meu apelido está errado (é Rodrigues) e o número da rua também (é 48, não 84). O telefone também tem dois dígitos trocados.

Peço que corrijam os meus dados no registo e os comuniquem corretamente à seguradora:
Ana Sofia Rodrigues
Kroonstraat 48, 2140 Borgerhout
0489 12 45 73

Com os melhores cumprimentos,
Ana Sofia Rodrigues""",
         "Ana Sofia Rodrigues"),
        ("deletion", (),
         "O meu cartão de cidadão no Facebook da loja",
         """Boa tarde,

Perdi o meu cartão de cidadão na vossa loja de Ixelles na semana passada. Fiquei contente por o terem encontrado, mas descobri isso porque uma amiga me mandou um link: a página de Facebook da loja publicou uma foto do cartão, com "Encontrado! A dona pode vir buscá-lo à receção", e vê-se tudo: nome completo, fotografia, data de nascimento, número do documento.

Já fui buscar o cartão. Peço que apaguem essa publicação imediatamente e qualquer cópia da foto que tenham guardado.

Maria Conceição Alves""",
         "Maria Conceição Alves"),
        ("portability", (),
         "dados da app",
         """Olá, vou deixar de usar a vossa app. Tenho lá as listas de compras, receitas guardadas e o histórico de compras dos últimos 3 anos. Conseguem mandar-me isso num ficheiro (JSON ou CSV) para eu importar noutra app? A conta é tiago.fonseca@gmail.com

Tiago Fonseca""",
         "Tiago Fonseca"),
        ("restriction", (),
         "Acesso à minha ficha de cliente - ex-companheira",
         """Bom dia,

A minha ex-companheira trabalha no balcão de atendimento da vossa loja de Anderlecht. Há umas semanas ela comentou com uma amiga comum coisas que eu comprei e quando, e sabia o meu novo número de telemóvel, que só dei ao vosso cartão de cliente.

Sei que vão querer verificar se ela consultou mesmo a minha ficha. Enquanto isso é verificado, peço que limitem o acesso à minha ficha de cliente, para que ela (ou o pessoal da loja em geral) não a possa abrir. Não apaguem nada, nem a ficha nem os registos de quem a consultou, porque é isso que pode provar o que aconteceu.

Ricardo Sousa
Cartão 2290 9952 3307 6641""",
         "Ricardo Sousa"),
        ("objection", (),
         "Câmara por cima das caixas automáticas",
         """Exmos. Senhores,

Reparei que na vossa loja de Forest a nova câmara por cima das caixas automáticas está virada para o ecrã e para a zona onde se pousam as compras, e que a imagem aparece num monitor ao lado, à vista de quem está na fila. Dá para ver perfeitamente o que cada pessoa compra e até o valor total.

Compreendo que haja câmaras por segurança, mas oponho-me a que o que compro seja filmado e mostrado dessa forma. Peço que deixem de filmar as minhas compras assim.

Helena Marques""",
         "Helena Marques"),
        ("withdraw_consent", (),
         "Newsletter",
         """Boa tarde, por favor deixem de me enviar a newsletter e as promoções por email. Já carreguei no link de cancelar duas vezes e continuo a receber. Obrigado.

Bruno Carvalho""",
         "Bruno Carvalho"),
        ("complaint", ("access",),
         "Funcionária encontrou-me por causa de uma avaliação no Google",
         """Boa noite,

Em fevereiro deixei uma avaliação negativa da vossa loja de Schaerbeek no Google, com um pseudónimo, a dizer que uma funcionária da padaria ("a Carla") tinha sido mal-educada comigo.

Na semana passada recebi uma mensagem no Messenger dessa funcionária, com o meu nome verdadeiro, a insultar-me e a dizer "sei quem és, estás no sistema". A única ligação entre o pseudónimo e o meu nome verdadeiro é a data e hora da minha compra, que ela só pode ter ido procurar na caixa com o meu cartão de cliente.

Isto é um uso inaceitável dos meus dados e quero apresentar reclamação. Quero também saber quem consultou os meus dados de cliente desde fevereiro e o que foi visto.

Fernanda Lima""",
         "Fernanda Lima"),
        ("other", (),
         "Elogio à caixa de Waterloo",
         """Bom dia,

Quero elogiar a funcionária da caixa 2 da loja de Waterloo (Dona Rosário, creio) que na sexta-feira me ajudou a arrumar as compras quando o meu saco rasgou e ainda me arranjou uma caixa de cartão. Muita simpatia.

Cumprimentos,
Manuel Teixeira""",
         "Manuel Teixeira"),
        ("other", (),
         "fio de ouro perdido",
         """ola, perdi um fio de ouro com uma medalha de Nossa Senhora de Fátima no sábado na loja de Jette, acho que na zona da fruta. alguém o entregou? tem muito valor sentimental, era da minha mãe. obrigada

Lurdes""",
         "Lurdes Gomes"),
    ],
}

"""Set sixtysecond (person mail), languages en nl fr de es it pt, theme: on someone else's behalf - carers, representatives and vulnerable customers. Written apart from the rules (see make_sixtysecond.py)."""

PEOPLE_GE = {
    "en": [
        ("access", (),
         "Subject access request on behalf of my father - LPA attached",
         """Dear Sir or Madam,

I hold a Lasting Power of Attorney for property and financial affairs for my father, Mr Gordon Ellis Whitfield (date of birth 14/03/1939), registered with the Office of the Public Guardian. A certified copy is attached, together with a copy of my passport.

Dad lived in Brussels for over twenty years and still has an online account and a loyalty card with you (card ending 4471, I believe). Since his diagnosis last year I have been going through his paperwork and I would like to understand what you hold about him.

Please let me have:
- a copy of the personal data you hold on him;
- where you got it from (he tells me he never filled in half of what is on his profile);
- who you have shared it with, in particular any credit or "buy now, pay later" partners;
- how long you intend to keep it.

Please send your reply to me rather than to him, by post to the address below or to this e-mail address. He no longer reads his e-mail.

Yours faithfully,

Martin Whitfield
12 Orchard Close
Harrogate HG2 7LP
United Kingdom""",
         "Martin Whitfield"),
        ("correction", ("withdraw_consent",),
         "Mum's address",
         """Hi,

My mother Margaret O'Sullivan has moved into a care home (Residentie Ter Linde, Kapelsestraat 112, 2950 Kapellen) and your letters and parcels are still going to her old flat in Antwerp, which has been sold. Could you please change the address on her account and loyalty card to the care home? The phone number on there is also wrong, it's still her old landline which has been cut off. The right one is her mobile, 0478 55 20 19.

Also while you're at it, please take her off the weekly newsletter. She signed up for it years ago but she can't manage e-mail anymore and I'm the one who ends up deleting them.

I'm her daughter and I have her power of attorney (notarial deed, I can send a copy if you need it).

Thanks a lot,
Siobhan O'Sullivan-Peeters""",
         "Siobhan O'Sullivan-Peeters"),
        ("deletion", (),
         "Closing account for Mrs Pritchard",
         """Hello

I am writing this for Mrs Joan Pritchard, she is sitting next to me and has asked me to type it because her eyes are not good enough anymore. I am her neighbour.

Mrs Pritchard would like her account with you closed and all her details removed. She is 91 and does not shop online anymore, her nephew set the account up for her in 2019 and she has never really used it. Her loyalty card number is on the back of the card: 6 0231 8874 02.

She would like the confirmation by letter please, to 7 Avenue des Tilleuls, 1410 Waterloo. She doesn't read e-mails.

Thank you,
Helen Carter, on behalf of Joan Pritchard
(Joan has had this read out to her and agrees with it)""",
         "Helen Carter"),
        ("portability", (),
         "Re: Your data request - ref. PRV-2024-08813",
         """Hi,

Thanks for the reply, but I'm afraid the file you sent me is no use to me. I'm registered blind and I use a screen reader (NVDA). The attachment is a scanned PDF, so it's just pictures of pages and my screen reader reads nothing except "graphic". I also tried the link in your mail and the identity check form has an image captcha with no audio alternative, so that was a dead end too.

What I actually need is my order history and my loyalty points history in a normal machine-readable file, CSV or JSON is fine, so I can load it into the account at the shop I'm moving to (they've told me they can import a CSV). If you can send it straight to them that would be even better, their address for this is imports@brightline-retail.example.

Kind regards
Dev Chaudhary

> Dear Mr Chaudhary,
>
> Please find attached a copy of the personal data we hold about you, as requested.
> For security reasons the document is protected with the password sent to you by SMS.
>
> Kind regards,
> The Privacy Team""",
         "Dev Chaudhary"),
        ("restriction", ("access",),
         "Dad scammed - please don't delete anything",
         """Hello,

My father, Albert Nuyens, 84, got a phone call last Thursday from a man who said he was from your "security department". He knew Dad's name, his address and that he had bought a TV from you in March. He talked him into reading out a code he got by text. Since then there have been two orders on his account that we know nothing about, delivered to an address in Charleroi.

We've reported it to the police in Leuven (PV number LE.55.L1.012345/2024) and the bank has blocked his card. The officer told us to ask you to keep everything about the account, so: please do NOT delete or change anything on his account for now, and lock it so nobody can use it or change the delivery address until the police have finished. Please don't "clean it up" or close it, we need it as evidence.

Could you also tell us when the e-mail address and the delivery address on his account were changed? We'd like to know how they got his details.

I'm his son and I'm helping him with all this, he's copied on this mail and agrees.

Peter Nuyens""",
         "Peter Nuyens"),
        ("objection", (),
         "My mother keeps ordering",
         """Dear privacy team,

My mother, Rosemary Hartley, has early-stage dementia. She still lives at home in Tervuren and uses your app on her tablet, and that is where the problem is. Every time she opens it she gets "picked for you" offers and "only 2 left!" banners based on what she has bought before, and she doesn't understand that they are adverts. In the last two months she has ordered four identical kettles and three duvets.

I don't want to take the app away from her, she likes doing her own shopping and it matters for her independence. But please stop using her purchase history to profile her and push personalised offers at her. The ordinary, non-personalised version of the app is fine.

I am her carer and she has asked me to sort this out. Happy to send whatever proof you need.

Many thanks,
Claire Hartley""",
         "Claire Hartley"),
        ("withdraw_consent", (),
         "",
         """Dad (Brian Kelly, 0476 23 88 10) is in hospital for at least a few weeks. Please stop the promo texts and calls to that number, he has no use for them and they upset him. Thanks - his son Liam""",
         "Liam Kelly"),
        ("other", (),
         "Adding me to my aunt's account?",
         """Hello,

I look after my aunt, who is 88 and housebound, and I do most of her shopping for her. At the moment I log into her account with her password, which I know isn't ideal. Is there a way to add a second user to an account, or some kind of carer login, so I can place orders for her and have them delivered to her house but paid with her card?

I'm not asking you to change anything on her account, I just want to know what the options are before I do anything.

Thanks,
Rachel Dunmore""",
         "Rachel Dunmore"),
        ("other", (),
         "Power of attorney in store",
         """Quick question: I have a registered power of attorney for my father. If I come into the Woluwe store to return a washing machine he bought, will staff accept the power of attorney at the till, or does he need to come in himself? He can't really travel anymore. Which documents should I bring? Thanks, Graham Baines""",
         "Graham Baines"),
        ("other", (),
         "Accessibility at your Ghent store",
         """Good afternoon,

I'm writing about our visit to your store in the Veldstraat on Saturday. My husband uses a wheelchair. The lift to the first floor (where all the home goods are) was out of order "for maintenance" (the sign said it had been like that for two weeks), and the only accessible toilet was being used as a storeroom full of boxes. A young member of staff kindly offered to bring items down for us, but that's really not the point.

I know this address is for privacy matters, but I couldn't find anywhere else on your website to send this. I would appreciate it if it reached whoever is responsible for the stores.

Sheila Thompson""",
         "Sheila Thompson"),
    ],
    "nl": [
        ("complaint", ("access",),
         "Tweede herinnering - verzoek art. 15 AVG - dhr. J. Verhaegen (beschermde persoon)",
         """Geachte,

Bij beschikking van de vrederechter van het kanton Mechelen van 7 februari 2024 werd ondergetekende aangesteld als bewindvoerder over de goederen van de heer Jozef Verhaegen, geboren op 3 november 1941, wonende te Duffel. Een afschrift van de beschikking werd u reeds tweemaal overgemaakt.

Op 12 maart jl. heb ik u namens mijn beschermde persoon verzocht mij mee te delen welke persoonsgegevens u van hem verwerkt, in het bijzonder in verband met de kredietovereenkomst die in december 2023 via uw webshop werd afgesloten. Op 15 april volgde een eerste herinnering. Behalve een automatisch ontvangstbericht heb ik tot op heden niets ontvangen.

De termijn van één maand van artikel 12.3 AVG is ruimschoots verstreken. Ik verzoek u alsnog binnen de acht dagen volledig te antwoorden. Bij gebrek daaraan zal ik zonder verdere verwittiging klacht indienen bij de Gegevensbeschermingsautoriteit en de zaak eveneens aan de vrederechter voorleggen.

Met de meeste hoogachting,

Mr. Annelies Goossens
Advocaat - bewindvoerder
Frederik de Merodestraat 48
2800 Mechelen""",
         "Annelies Goossens"),
        ("deletion", (),
         "account van mijn moeder stopzetten",
         """Goeiedag,

Mijn moeder, Godelieve Van Damme, woont sinds vorige maand in het woonzorgcentrum in Lokeren. Ze heeft alzheimer en gaat niet meer zelf winkelen, ook niet online. Ze had bij jullie een klantenkaart en een account op de webshop.

Kan dat account volledig verwijderd worden, met al haar gegevens? Ik wil niet dat er nog iemand op inlogt of dat er nog post komt op haar oude adres, het huis wordt verkocht. De klantenkaart mag ook weg, de punten die er nog op staan maakt niet uit.

Ik ben haar dochter en heb een volmacht verleden bij notaris Claeys in Lokeren (kopie in bijlage).

Vriendelijke groeten,
Kathleen De Smet""",
         "Kathleen De Smet"),
        ("withdraw_consent", (),
         "",
         """Mijn vader (Roger Peeters, 0495 61 22 80) ligt in het ziekenhuis. Gelieve geen sms'en met promoties meer te sturen naar dat nummer en hem niet meer te bellen voor reclame. Dank u. Els Peeters""",
         "Els Peeters"),
        ("correction", (),
         "verificatie via telefoon lukt niet (ik ben doof)",
         """Hallo,

Ik wil mijn gsm-nummer en mijn e-mailadres in mijn account aanpassen want de oude kloppen niet meer. Mijn nieuw nummer is 0472 18 90 33. Mijn nieuw e-mailadres is het adres waarmee ik deze mail stuur, het oude bestaat niet meer.

Op jullie website staat dat ik daarvoor een verificatiegesprek moet doen met de klantendienst via de telefoon. Maar ik ben doof, ik kan niet bellen. Kan de controle ook via sms, via e-mail of via een videogesprek met een tolk Vlaamse Gebarentaal? Of ik kom naar de winkel in Hasselt met mijn identiteitskaart, dat is ook goed.

Graag de aanpassing doen aub.

Groetjes
Lotte Verbist""",
         "Lotte Verbist"),
        ("objection", ("withdraw_consent",),
         "Cliënt OCMW - stopzetting profilering en doorgifte aan kredietpartner",
         """Geachte mevrouw, geachte heer,

Ik ben maatschappelijk werker bij het OCMW van Genk en begeleid de heer Rachid El Amrani in het kader van budgetbegeleiding. Hij heeft mij uitdrukkelijk gevraagd u in zijn naam te schrijven; zijn ondertekende toestemming en een kopie van zijn identiteitskaart vindt u in bijlage.

Dhr. El Amrani heeft het moeilijk met lezen en kan zijn financiële situatie niet goed overzien. Via uw app en per e-mail krijgt hij voortdurend gepersonaliseerde aanbiedingen met "nu kopen, later betalen" via uw kredietpartner. Hij heeft daardoor intussen schulden opgebouwd.

Namens hem teken ik bezwaar aan tegen:
- het opstellen van een profiel op basis van zijn aankopen en surfgedrag om hem gepersonaliseerde aanbiedingen te doen;
- het doorgeven van zijn gegevens aan uw kredietpartner voor marketingdoeleinden.

Daarnaast trekt hij zijn toestemming in voor de nieuwsbrief en voor alle commerciële e-mails.

Gelieve uw antwoord per brief te sturen naar het OCMW, ter attentie van ondergetekende, zodat ik het samen met hem kan overlopen.

Met vriendelijke groeten,
Ine Jacobs
Maatschappelijk werker - Dienst Schuldbemiddeling
OCMW Genk""",
         "Ine Jacobs"),
        ("portability", (),
         "gegevens van mijn vader in een bestand",
         """Dag,

Mijn vader (Frans Wuyts, klantnummer 30081746) kan sinds een hersenbloeding zijn zaken niet meer zelf regelen. Ik ben door de vrederechter aangesteld als zijn bewindvoerder (beschikking vredegerecht Turnhout van 19/06/2024, kopie bijgevoegd).

Hij heeft bij jullie de laatste jaren heel wat gekocht: een tv, een wasmachine, een droogkast, een massagezetel... Ik zou graag al zijn aankopen met datum, bedrag en garantieperiode krijgen als Excel- of CSV-bestand, zodat ik het rechtstreeks kan inladen in het programma waarmee ik zijn rekeningen voor de vrederechter bijhoud. Liefst geen pdf, anders moet ik alles overtypen.

Bedankt,
Bart Wuyts""",
         "Bart Wuyts"),
        ("restriction", (),
         "Betwisting aankopen - gegevens NIET wissen",
         """Goedemiddag,

Onze broer Dirk Van Hoof (°1968) heeft sinds een ongeval in 2022 zware hersenschade. Hij woont in een begeleide woonvorm in Brugge. De voorbije maanden is er op zijn account voor meer dan 3.000 euro aan laptops en gsm's besteld. Wij vermoeden dat iemand uit zijn omgeving misbruik van hem maakt. Onze advocaat betwist die verkopen nu bij jullie juridische dienst.

Zolang dat onderzocht wordt vragen wij dat jullie zijn gegevens en de bestellingen, IP-adressen, leveradressen enz. niet wissen, maar ook niet meer gebruiken: niet voor reclame, niet voor aanmaningen, en zeker niet doorgeven aan een incassobureau. Gewoon bevriezen tot de zaak rond is.

Dit gebeurt op vraag van zijn bewindvoerder, mevr. Vandenberghe, die in cc staat.

Met vriendelijke groet,
Sofie Van Hoof""",
         "Sofie Van Hoof"),
        ("other", (),
         "volmacht aan de kassa?",
         """Hallo, ik ben mantelzorger voor mijn schoonmoeder. Mag ik met haar klantenkaart en een volmacht haar punten gebruiken aan de kassa in jullie winkel in Aalst, of moet zij daar zelf bij zijn? Ze komt bijna niet meer buiten. Ik wil niks veranderen aan haar gegevens, gewoon weten hoe dat werkt. mvg Patrick Mertens""",
         "Patrick Mertens"),
        ("other", (),
         "levering vóór 10u mogelijk?",
         """Goedemorgen,

Ik ben thuisverpleegkundige en verzorg mevrouw Maes in Roeselare. Ze heeft bij jullie een nieuwe koelkast besteld (bestelling 2024-118842). De levering staat gepland "tussen 8u en 18u", maar zij kan zelf niet naar de deur komen en ik ben er alleen tussen 8u en 9u30. Kan er een vast tijdslot in de voormiddag gekozen worden? Anders staat de chauffeur voor een gesloten deur.

Alvast bedankt,
Hilde Deprez""",
         "Hilde Deprez"),
        ("other", (),
         "Bedankt",
         """Beste,

Even een berichtje om te zeggen dat alles in orde is met het account van mijn moeder. Sinds jullie het afgesloten hebben komt er geen post of mail meer en ze belt mij ook niet meer ongerust op over "pakjes die ze niet besteld heeft". Ook bedankt dat jullie antwoord per brief kwam, dat kon ze zelf nog lezen.

Jullie hoeven niets meer te doen, het is echt gewoon om dank je te zeggen.

Groeten,
An Vanneste""",
         "An Vanneste"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - Mme Paulette Lambert - administration de la personne et des biens",
         """Madame, Monsieur,

Par ordonnance du juge de paix du deuxième canton de Namur du 14 mai 2024, j'ai été désignée administratrice de la personne et des biens de Madame Paulette Lambert, née le 22 août 1936, résidant actuellement à la maison de repos « Les Charmilles », rue de Dave 230, 5100 Jambes. Vous trouverez en annexe une copie de l'ordonnance ainsi que de ma carte d'identité.

Dans le cadre de ma mission, je vous prie, conformément à l'article 15 du RGPD, de me communiquer :
1. l'ensemble des données à caractère personnel que vous traitez concernant Mme Lambert (compte en ligne, carte de fidélité, historique d'achats, enregistrements d'appels éventuels) ;
2. l'origine de ces données ;
3. les destinataires auxquels elles ont été communiquées, en particulier les organismes de crédit ou de paiement différé ;
4. la durée de conservation prévue.

Je vous saurais gré de m'adresser votre réponse par courrier postal à l'adresse ci-dessous, et non à Mme Lambert.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Me Catherine Dujardin
Avocate
Boulevard Cauchy 11
5000 Namur""",
         "Catherine Dujardin"),
        ("deletion", ("withdraw_consent",),
         "maman commande sans arrêt",
         """Bonjour,

Je vous écris pour ma maman, Mme Jeannine Lecomte, 83 ans, qui habite à Jumet. Elle a la maladie d'Alzheimer depuis deux ans et elle commande chez vous sans arrêt sur sa tablette : on a reçu trois aspirateurs, des draps, un robot de cuisine... Elle ne comprend plus les offres, elle croit que ce sont des cadeaux. Moi je passe mon temps à renvoyer des colis.

Avec mon frère on a décidé : on voudrait que son compte soit fermé et que vous effaciez ses données, la carte de fidélité aussi. Et en attendant, qu'elle ne reçoive plus vos mails de promo ni vos SMS, elle avait dit oui à tout ça à l'époque mais elle ne sait plus ce que c'est.

Je suis sa fille et je m'occupe de tout pour elle, je peux vous envoyer une copie de la procuration si nécessaire.

Merci de votre compréhension,
Véronique Lecomte""",
         "Véronique Lecomte"),
        ("portability", (),
         "export de mes données illisible",
         """Bonjour,

Je suis malvoyant (il me reste moins de 5 % de vision) et j'utilise un lecteur d'écran avec une plage braille. J'ai téléchargé l'export de mes données depuis mon espace client mais c'est un PDF en image, totalement illisible pour moi. Impossible aussi de remplir correctement le formulaire de vérification d'identité, les champs n'ont pas d'étiquette.

Je voudrais recevoir mes données (commandes, factures, points fidélité, adresses de livraison) dans un format structuré et lisible par machine, un fichier CSV par exemple, pour pouvoir les reprendre chez un autre magasin, mieux adapté aux non-voyants. Si vous pouvez les leur transmettre directement, je vous donnerai leurs coordonnées.

Merci d'avance,
Jean-Marc Hubert
Rue Saint-Léonard 45, 4000 Liège""",
         "Jean-Marc Hubert"),
        ("restriction", (),
         "arnaque téléphonique - ma mère - urgent",
         """Bonjour,

Ma mère, Mme Simone Gérard (83 ans, Mons), a été victime d'une arnaque hier : un homme l'a appelée en se faisant passer pour votre service client. Il connaissait son numéro de carte de fidélité et ses derniers achats. Il lui a fait installer une application sur son téléphone et a commandé deux ordinateurs portables sur son compte.

Nous avons porté plainte au commissariat de Mons (copie du PV jointe). La police nous a dit de vous prévenir et de veiller à ce que rien ne soit effacé. Je vous demande donc de bloquer son compte immédiatement et de geler ses données : personne ne doit pouvoir s'en servir ni les modifier, mais surtout ne supprimez rien tant que l'enquête est en cours, la police aura peut-être besoin de vos historiques de connexion.

Je suis son fils, elle est à côté de moi et elle est d'accord.

Cordialement,
Thierry Gérard
0497 44 12 09""",
         "Thierry Gérard"),
        ("objection", (),
         "Mme Renard - publicités ciblées",
         """Madame, Monsieur,

Je suis directrice de la résidence-services « Le Clos des Saules » à Wavre. Une de nos résidentes, Mme Marie-Louise Renard, m'a demandé de vous écrire en son nom car elle ne se sent plus capable de le faire elle-même. Elle a signé une autorisation, que vous trouverez en annexe.

Depuis qu'elle a acheté chez vous un déambulateur et quelques articles de soins, elle reçoit dans votre application et par courrier des publicités ciblées pour des produits « seniors », des offres d'assurance obsèques de vos partenaires, des monte-escaliers... Cela l'inquiète beaucoup, elle a l'impression qu'on la surveille.

Mme Renard s'oppose à ce que ses achats soient utilisés pour lui adresser des publicités personnalisées et à ce que ses coordonnées soient transmises à vos partenaires commerciaux. Elle souhaite par contre continuer à acheter chez vous normalement.

Avec mes remerciements,
Françoise Delvigne
Directrice""",
         "Françoise Delvigne"),
        ("withdraw_consent", (),
         "",
         """Bjr, je suis la voisine de M. Delvaux (rue des Glycines 8, Ottignies). Il est hospitalisé et m'a demandé de le désinscrire de vos SMS et appels publicitaires, n° 0471 30 58 17. Merci. N. Hardy""",
         "Nathalie Hardy"),
        ("complaint", ("access",),
         "TROISIÈME FOIS",
         """Madame, Monsieur,

Je suis presque aveugle. Je l'ai écrit dans ma lettre du 3 mars, je l'ai répété au téléphone le 10 avril : je ne peux pas lire vos e-mails. J'ai demandé à recevoir PAR COURRIER ET EN GRANDS CARACTÈRES la copie de ce que vous avez sur moi dans vos fichiers. Et qu'est-ce que je reçois ? Un e-mail avec un lien et un mot de passe envoyé par SMS. C'est mon petit-fils qui tape ce message pour moi.

Chez vous on ne respecte pas les personnes âgées et handicapées. Je suis client depuis plus de trente ans.

Je vous donne quinze jours pour m'envoyer ces renseignements par la poste, en grands caractères, à l'adresse ci-dessous. Passé ce délai je porte plainte auprès de l'Autorité de protection des données, et je préviens Test-Achats.

Albert Wauters
Chaussée de Louvain 512
1030 Schaerbeek""",
         "Albert Wauters"),
        ("other", (),
         "Ajouter une personne sur un compte",
         """Bonjour,

Mon papa a 90 ans et c'est moi qui fais ses courses en ligne. Est-il possible d'ajouter une deuxième personne sur son compte (moi), avec mon propre mot de passe ? Ou faut-il que je crée un compte à mon nom et que je fasse livrer chez lui ? Je ne sais pas ce qui est le plus simple ni ce que vous conseillez.

Merci pour votre réponse,
Martine Collard""",
         "Martine Collard"),
        ("other", (),
         "Chien-guide refusé au magasin de Louvain-la-Neuve",
         """Madame, Monsieur,

Samedi dernier, vers 15 h, l'agent de sécurité de votre magasin de Louvain-la-Neuve m'a refusé l'entrée parce que j'étais accompagnée de mon chien-guide. Je lui ai montré la carte d'identification du chien, il m'a répondu que « les chiens ne rentrent pas, point ». J'ai dû faire demi-tour devant tout le monde.

Je sais que cette adresse concerne la protection des données, mais je n'ai trouvé aucun autre contact sur votre site. J'attends au minimum des excuses et que vos agents soient informés que l'accès des chiens d'assistance est un droit.

Isabelle Moreau""",
         "Isabelle Moreau"),
        ("other", (),
         "Merci",
         """Bonjour,

Je voulais simplement vous remercier pour votre lettre en gros caractères. J'ai pu la lire moi-même, avec ma loupe, sans devoir attendre ma fille. C'est la première fois qu'une entreprise fait cet effort pour moi.

Je n'ai besoin de rien d'autre, tout est en ordre.

Bien à vous,
Germaine Leroy""",
         "Germaine Leroy"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen gem. Art. 15 DSGVO - Betreute: Frau Erika Schönfeld",
         """Sehr geehrte Damen und Herren,

mit Beschluss des Amtsgerichts Aachen - Betreuungsgericht - vom 02.04.2024 (Az. 48 XVII 213/24) bin ich zum rechtlichen Betreuer von Frau Erika Schönfeld, geb. 17.09.1944, bestellt worden. Der Aufgabenkreis umfasst u. a. die Vermögenssorge, die Vertretung gegenüber Behörden, Versicherungen und privaten Dritten sowie die Entgegennahme und das Öffnen der Post. Eine Kopie des Betreuerausweises liegt bei.

Frau Schönfeld hat in den letzten Jahren regelmäßig in Ihrer Filiale in Eupen eingekauft und besitzt eine Kundenkarte. Ich bitte Sie gemäß Art. 15 DSGVO um Auskunft, welche personenbezogenen Daten Sie über Frau Schönfeld verarbeiten, zu welchen Zwecken, woher die Daten stammen, an wen sie übermittelt wurden und wie lange sie gespeichert werden. Bitte fügen Sie eine Kopie der Daten bei.

Die Antwort richten Sie bitte ausschließlich an meine Büroanschrift.

Mit freundlichen Grüßen

Jürgen Hoffmann
Berufsbetreuer
Theaterstraße 24
52062 Aachen""",
         "Jürgen Hoffmann"),
        ("correction", (),
         "Adresse meiner Mutter ändern",
         """Guten Tag,

meine Mutter, Frau Agnes Lentz, wohnt jetzt im Seniorenheim St. Elisabeth in St. Vith (Klosterstraße 9, 4780 St. Vith). Bei Ihnen steht noch ihre alte Adresse in Büllingen. Außerdem ist ihr Geburtsdatum falsch eingetragen: bei Ihnen steht 12.05.1983, richtig ist 12.05.1938. Deswegen bekommt sie wohl auch ständig Werbung für Babysachen :-)

Bitte Adresse und Geburtsdatum korrigieren. Ich habe eine Vorsorgevollmacht von ihr, eine Kopie kann ich gerne schicken.

Vielen Dank und freundliche Grüße
Monika Lentz-Theissen""",
         "Monika Lentz-Theissen"),
        ("portability", (),
         "Datenübertragung / Prüfung ohne Telefon",
         """Hallo,

ich möchte meine Daten (Bestellungen, Rechnungen, Garantien, Treuepunkte) als Datei bekommen, am besten CSV oder JSON. Ich wechsle zu einem anderen Händler und will dort alles importieren. Im Kundenkonto steht, dass Sie für so eine Anfrage einen Rückruf machen zur Identitätsprüfung.

Ich bin gehörlos. Telefonieren geht nicht. Bitte prüfen Sie meine Identität anders: per E-Mail, SMS-Code, Kopie vom Ausweis oder Videocall mit Gebärdensprachdolmetscher. Ich kann auch in die Filiale Eupen kommen.

Danke
Stefan Krings
Kundennummer 40219875""",
         "Stefan Krings"),
        ("restriction", (),
         "Ratenkäufe meines Vaters - Daten sperren",
         """Sehr geehrte Damen und Herren,

mein Vater, Herr Heinz-Werner Brandt, leidet an einer fortgeschrittenen Demenz (ärztliches Attest anbei). Trotzdem hat er im Frühjahr über Ihren Onlineshop drei Ratenkaufverträge abgeschlossen, u. a. für einen Fernseher zu 2.499 Euro. Wir halten diese Verträge für unwirksam, da er beim Abschluss nicht geschäftsfähig war; unser Anwalt hat Ihnen dazu gesondert geschrieben.

Bis das geklärt ist, bitte ich Sie, die Verarbeitung seiner Daten einzuschränken: keine Weitergabe an Inkassobüros oder Auskunfteien, keine Mahnungen direkt an ihn, keine Werbung. Löschen Sie aber bitte auch nichts! Wir brauchen die Bestelldaten, IP-Adressen und Zeitstempel als Beweis.

Ich bin aufgrund einer notariellen Vorsorgevollmacht (Notar Dr. Weiland, Monschau) befugt, für ihn zu handeln. Kopie anbei.

Mit freundlichen Grüßen
Thomas Brandt""",
         "Thomas Brandt"),
        ("objection", ("withdraw_consent",),
         "für Frau Kremer",
         """Guten Tag,

ich schreibe diese Mail für Frau Hilde Kremer, sie sitzt neben mir und sagt mir, was ich schreiben soll. Ich bin ihre Nachbarin.

Frau Kremer hat letztes Jahr in Ihrer Filiale in Kelmis bei einem Gewinnspiel mitgemacht. Seitdem bekommt sie Anrufe und Briefe von Firmen, die ihre Adresse offenbar von Ihnen haben ("Angebote unserer Partner"). Sie möchte, dass Sie ihre Daten nicht mehr an andere Firmen weitergeben. Und den Newsletter will sie auch nicht mehr, sie hat ja gar keinen Computer, die E-Mails gehen an die Adresse von ihrem Enkel.

Kundenkarte: 2204 1187 3356
Adresse: Lütticher Straße 61, 4720 Kelmis

Mit freundlichen Grüßen
i. A. Hilde Kremer
geschrieben von Gaby Schmetz""",
         "Gaby Schmetz"),
        ("withdraw_consent", (),
         "Werbeanrufe",
         """Mein Vater Josef Maraite liegt im Krankenhaus in Eupen. Bitte keine Werbeanrufe mehr auf 087 55 21 40, er hat da irgendwann mal zugestimmt, will das aber nicht mehr. Gruß, Marita Maraite""",
         "Marita Maraite"),
        ("complaint", ("access",),
         "Re: Ihre Anfrage - Identitätsprüfung erforderlich",
         """Sehr geehrte Damen und Herren,

das ist jetzt Ihre dritte Mail mit demselben Textbaustein. Ich habe Ihnen am 4. Juni und nochmals am 21. Juni den Betreuerausweis und den Beschluss des Amtsgerichts Düren geschickt. Frau Wirtz ist schwer dement und lebt in einer beschützenden Einrichtung. Sie KANN keine Videoidentifizierung machen und auch keinen Link in einer E-Mail anklicken. Genau deshalb hat sie ja eine Betreuerin.

Meine Auskunftsanfrage nach Art. 15 DSGVO liegt jetzt über zwei Monate zurück. Ich erwarte die vollständige Auskunft bis zum 31.07. Andernfalls reiche ich Beschwerde bei der belgischen Datenschutzbehörde und bei der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW ein.

Sabine Reuter
Rechtliche Betreuerin

> Sehr geehrte Frau Wirtz,
>
> vielen Dank für Ihre Anfrage.
> Zum Schutz Ihrer Daten müssen wir Ihre Identität überprüfen. Bitte klicken Sie auf den
> folgenden Link und führen Sie die Videoidentifizierung durch. Halten Sie dazu Ihren
> Personalausweis bereit.
>
> Mit freundlichen Grüßen
> Ihr Datenschutz-Team""",
         "Sabine Reuter"),
        ("other", (),
         "Barrierefreiheit Onlineshop",
         """Hallo,

ich bin blind und nutze JAWS. In Ihrem Onlineshop sind die Buttons im Warenkorb nicht beschriftet, der Screenreader sagt nur "Schalter, Schalter, Schalter". Das Auswahlfeld für das Lieferzeitfenster kann ich mit der Tastatur gar nicht bedienen. Ich musste gestern meine Nachbarin holen, um eine einfache Bestellung abzuschließen.

Ich weiß, dass Sie eigentlich für den Datenschutz zuständig sind, aber bei der Hotline hat man mir diese Adresse gegeben. Bitte leiten Sie das an Ihre Webseiten-Abteilung weiter.

Viele Grüße
Andreas Pauels""",
         "Andreas Pauels"),
        ("other", (),
         "Frage Kundenkarte / Vollmacht",
         """Guten Tag,

ich habe eine Vorsorgevollmacht für meine Mutter. Darf ich mit ihrer Kundenkarte in der Filiale einkaufen und die Punkte für sie sammeln bzw. einlösen? Oder muss sie dafür selbst an der Kasse stehen? Reicht es, wenn ich die Vollmacht dabei habe?

An den Daten soll nichts geändert werden, es geht nur um das Einkaufen.

Danke und Gruß
Ralf Heinen""",
         "Ralf Heinen"),
        ("other", (),
         "Bestellung 7734-2291 Liefertermin",
         """Guten Tag,

ich bin vom ambulanten Pflegedienst und betreue Herrn Leonard Mockel in Raeren. Er hat bei Ihnen eine Waschmaschine mit Anschluss-Service bestellt (Bestellnummer 7734-2291). Herr Mockel ist bettlägerig und kann nicht selbst öffnen. Wir sind montags bis freitags zwischen 8 und 10 Uhr bei ihm. Könnten Sie die Lieferung in dieses Zeitfenster legen? Bitte geben Sie dem Fahrer die Nummer unseres Büros: 087 86 40 12.

Mit freundlichen Grüßen
Petra Jost
Pflegedienst Raeren""",
         "Petra Jost"),
    ],
    "es": [
        ("access", (),
         "Información sobre los datos de mi madre",
         """Buenos días:

Les escribo en nombre de mi madre, Dña. Encarnación Ruiz Moreno, de 86 años, de la que soy apoderada mediante poder notarial otorgado en Málaga (les adjunto copia, junto con mi DNI).

Mi madre vive conmigo en Anderlecht desde hace tres años. Últimamente recibe llamadas de gente que dice llamar de parte de su tienda ofreciéndole tarjetas de crédito y seguros, y también le llegan cartas con el nombre mal escrito. Quiero saber qué datos tienen ustedes de ella, de dónde los han sacado y si se los han pasado a alguna otra empresa, y a cuál.

Por favor, contesten a este correo, ella no usa el ordenador.

Un saludo,
Rocío Fernández Ruiz""",
         "Rocío Fernández Ruiz"),
        ("correction", ("access",),
         "Cambiaron el correo de la cuenta de mi padre",
         """Hola,

A mi padre (Manuel Ortega, tarjeta de cliente nº 7721 0045 9918) le llamaron hace dos semanas haciéndose pasar por el banco y le sacaron varios datos. Ahora hemos visto que en su cuenta de su tienda online han cambiado el correo electrónico por uno que no es suyo, y el teléfono también. Él ya no puede entrar porque las contraseñas nuevas llegan a ese correo.

Por favor pongan otra vez sus datos buenos:
- correo: el mismo desde el que les escribo (es el de mi padre)
- móvil: 0485 33 71 26

Y si pueden, dígannos en qué fecha se cambiaron esos datos, que lo necesitamos para la denuncia en la policía.

Soy su hija, estoy con él ahora mismo y está de acuerdo.

Gracias,
Lucía Ortega""",
         "Lucía Ortega"),
        ("deletion", (),
         "Solicitud de supresión - usuario en situación de vulnerabilidad",
         """Estimados/as:

Soy trabajadora social del CPAS de Saint-Gilles y acompaño al Sr. Ángel Domínguez Pardo, que se encuentra en una situación de gran vulnerabilidad (ha estado sin hogar hasta hace poco y tiene problemas de salud mental). Él me ha pedido expresamente que les escriba; adjunto su autorización firmada y una copia de su documento de identidad.

El Sr. Domínguez nos cuenta que una persona de su entorno le abrió una cuenta en su tienda online y una tarjeta de fidelización a su nombre, que él nunca ha utilizado. Desea que se cierre esa cuenta y que se borren todos sus datos personales.

Les agradecería que la confirmación se enviara por correo postal al CPAS, a mi atención, ya que el Sr. Domínguez no dispone de correo electrónico.

Atentamente,
Marta Gil Sanz
Trabajadora social
CPAS de Saint-Gilles""",
         "Marta Gil Sanz"),
        ("restriction", (),
         "Curatela - D. Joaquín Beltrán Soler - limitación del tratamiento",
         """Muy señores míos:

Mediante auto del Juzgado de Primera Instancia nº 5 de Valencia, en el procedimiento de provisión de medidas de apoyo nº 412/2023, fui nombrada curadora representativa de mi hermano, D. Joaquín Beltrán Soler, que residió en Bruselas hasta 2023. Adjunto copia del auto y de mi DNI.

Como ya les ha comunicado nuestro abogado, impugnamos las compras realizadas a través de la cuenta de mi hermano entre enero y mayo de 2023, puesto que en ese momento no estaba en condiciones de comprender lo que firmaba.

Mientras se resuelve esta reclamación, solicito, al amparo del artículo 18 del RGPD, la limitación del tratamiento de sus datos: que no se utilicen para publicidad, que no se cedan a ninguna empresa de recobro y que no se le envíen requerimientos de pago. Al mismo tiempo les pido expresamente que NO supriman ningún dato relacionado con dichas compras, ya que los necesitaremos como prueba.

Atentamente,
Amparo Beltrán Soler""",
         "Amparo Beltrán Soler"),
        ("objection", (),
         "ofertas personalizadas a mi padre",
         """Hola buenas,

Mi padre, Francisco Navarro, tiene demencia y sigue usando su app porque le gusta "mirar cosas". El problema es que la app le enseña todo el rato ofertas "especialmente para ti" según lo que ha comprado antes, y él no distingue entre una oferta y una factura. Este mes ha comprado dos tablets y una freidora de aire que ya tenía.

No quiero quitarle la cuenta, pero les pido que dejen de usar su historial de compras para hacerle ofertas personalizadas. Que vea la tienda normal como cualquiera.

Soy su hijo y vivo con él en Ixelles. Si necesitan algún papel me dicen.

Gracias
Javier Navarro""",
         "Javier Navarro"),
        ("withdraw_consent", (),
         "Baja boletín Carmen Vidal",
         """Buenas tardes, soy la vecina de doña Carmen Vidal, está aquí a mi lado y me pide que les escriba porque ella no se apaña con el correo. Quiere darse de baja del boletín de ofertas y que no le manden más publicidad por email. Su tarjeta es la 5518 2090 7731. Muchas gracias.
Pilar (de parte de Carmen Vidal)""",
         "Pilar Serrano"),
        ("complaint", ("withdraw_consent",),
         "¡¡YA BASTA!!",
         """Señores:

Esta es la tercera vez que les escribo y ya no sé cómo decirlo. Mi padre, Antonio Requena, lleva desde abril ingresado en el hospital Erasme con un ictus. El 6 de mayo llamé a su servicio de atención al cliente y el 14 de mayo les mandé un correo pidiendo que dejaran de llamarle para venderle cosas. Me dijeron que "en 48 horas" estaría solucionado.

Pues ayer le volvieron a llamar TRES veces al móvil, que tengo yo porque él no puede hablar. La última vez una chica insistiendo con una oferta de colchones. Ustedes saben perfectamente que él no puede contestar porque yo se lo he explicado.

Quiten su número (0468 21 05 77) de todas sus listas de llamadas y de SMS de una vez. Y quiero que sepan que voy a presentar una reclamación ante la Autoridad de Protección de Datos belga y también ante la AEPD, porque esto es una falta de respeto con una persona enferma.

José Antonio Requena""",
         "José Antonio Requena"),
        ("other", (),
         "Poder notarial en tienda",
         """Hola, una pregunta rápida: tengo un poder notarial de mi madre. ¿Puedo ir a su tienda de Bruselas (Rue Neuve) a recoger un pedido que está a nombre de ella, o tiene que ir ella en persona? ¿Qué documentos tengo que llevar, el original del poder o vale una copia? Ella no puede desplazarse. Gracias. Sergio Martín""",
         "Sergio Martín"),
        ("other", (),
         "Entrega a domicilio - pedido 2024-553210",
         """Buenos días:

Soy la cuidadora de Dña. Remedios Castillo, que vive sola en Schaerbeek y tiene movilidad reducida. Ha hecho un pedido de un sillón y una lámpara (nº 2024-553210) y en el correo de confirmación pone que la entrega es "en el umbral de la puerta". Ella no puede subir un sillón al tercer piso. ¿Se puede contratar la entrega hasta dentro de casa y montaje? Y, a ser posible, por la mañana, que es cuando estoy yo con ella.

Muchas gracias,
Yolanda Prieto""",
         "Yolanda Prieto"),
        ("other", (),
         "Pregunta sobre familiares",
         """Buenas tardes,

Mi suegro tiene 89 años y empieza a tener despistes importantes. De momento está bien y se lleva él sus cosas, pero en la familia queremos estar preparados. ¿Qué papeles pedirían ustedes si el día de mañana un hijo tuviera que gestionar su cuenta o pedir información en su nombre? ¿Un poder notarial basta, o hace falta una resolución judicial?

No es para hacer nada ahora, solo para saberlo.

Un saludo,
Elena Castro""",
         "Elena Castro"),
    ],
    "it": [
        ("access", (),
         "Richiesta di accesso ai dati - sig. Salvatore Greco (beneficiario di amministrazione di sostegno)",
         """Spett.le Ufficio Privacy,

con decreto del Giudice Tutelare del Tribunale di Torino del 18 gennaio 2024 (R.G. 1873/2023 V.G.) la sottoscritta è stata nominata amministratrice di sostegno del sig. Salvatore Greco, nato a Caltanissetta il 4 luglio 1940, con poteri di rappresentanza per la gestione del patrimonio e dei rapporti contrattuali. Allego copia del decreto e del mio documento d'identità.

Il sig. Greco ha vissuto per molti anni a Charleroi ed è rientrato in Italia nel 2023; risulta ancora titolare di un account sul Vostro negozio online e di una carta fedeltà.

Ai sensi dell'art. 15 del Regolamento (UE) 2016/679 Vi chiedo di comunicarmi:
- quali dati personali del sig. Greco trattate e per quali finalità;
- da quale fonte li avete ottenuti;
- a quali soggetti terzi li avete comunicati, in particolare società finanziarie o di credito al consumo;
- per quanto tempo li conserverete;
e di trasmettermene una copia.

Vi prego di indirizzare ogni comunicazione esclusivamente alla sottoscritta.

Distinti saluti

Avv. Giulia Ferraris
Corso Vittorio Emanuele II 74
10121 Torino""",
         "Giulia Ferraris"),
        ("correction", ("withdraw_consent",),
         "dati sbagliati di mio padre",
         """Buongiorno,

mio padre, Vincenzo Lo Bianco, da marzo è ospite di una casa di riposo a Seraing (Résidence Les Tilleuls, rue de la Province 40, 4100 Seraing). Nel suo account da voi c'è ancora l'indirizzo vecchio di Flémalle e il cognome è scritto "Lobianco" tutto attaccato, cosa che gli ha già creato problemi con un ritiro pacco in negozio perché non corrispondeva alla carta d'identità.

Vi chiedo quindi di correggere il cognome in "Lo Bianco" e di mettere il nuovo indirizzo.

Già che ci siamo, toglietelo dalla newsletter per favore, non la legge più e gli riempie la casella.

Sono sua figlia e ho la procura, se vi serve la mando.

Grazie mille
Rosaria Lo Bianco""",
         "Rosaria Lo Bianco"),
        ("deletion", (),
         "per la signora Fontana",
         """Buongiorno, sono Ljudmyla, la badante della signora Teresa Fontana di La Louvière. La signora è qui vicino a me e mi dice di scrivere.

La signora non vuole più il conto da voi, su internet, e nemmeno la carta punti. Vuole che chiudete tutto e cancellate i suoi dati. Non compra più niente da voi, compra solo al mercato.

Il numero della carta è 3309 1182 6650. La signora firma sotto.

Grazie
Ljudmyla Koval per Teresa Fontana
(Teresa Fontana)""",
         "Ljudmyla Koval"),
        ("portability", (),
         "I miei dati in formato leggibile",
         """Salve,

sono non vedente dalla nascita e uso VoiceOver sull'iPhone e un lettore di schermo sul computer. Ho scaricato i miei dati dalla sezione "Il mio account", ma il file è un PDF fatto di immagini e il lettore non legge niente. Anche il modulo per la verifica dell'identità ha un codice captcha solo visivo, per cui non riesco a completarlo da solo.

Vorrei ricevere i miei dati (ordini, fatture, garanzie, punti fedeltà) in un file strutturato, CSV o JSON, da poter importare nel negozio online in cui mi sto trasferendo. Se potete inviarli direttamente a loro, ancora meglio: mi dite cosa vi serve.

Cordiali saluti
Marco Pellegrini""",
         "Marco Pellegrini"),
        ("objection", ("withdraw_consent",),
         "Mia madre e le vostre offerte",
         """Gentili signori,

mia madre, Anna Maria De Luca, ha 81 anni e da un anno le hanno diagnosticato un decadimento cognitivo. Ogni giorno apre la vostra app e trova offerte "scelte per te" costruite su quello che ha già comprato, con il conto alla rovescia "solo per oggi". Lei si agita, pensa di perdere qualcosa e compra. Negli ultimi tre mesi ha speso più di 1.400 euro in cose che non le servono.

Vi chiedo, a nome suo, di smettere di analizzare i suoi acquisti per mandarle offerte personalizzate. E di non mandarle più SMS e email promozionali: all'epoca aveva dato il consenso, adesso lo ritira.

Sono il figlio e mi occupo di lei, abitiamo insieme a Genk.

Cordialmente
Luca De Luca""",
         "Luca De Luca"),
        ("withdraw_consent", (),
         "",
         """Mio padre (Giuseppe Russo, cell. 0489 70 14 62) è ricoverato al CHU di Liegi. Non chiamatelo più per le promozioni e niente più sms pubblicitari per favore. Grazie, Daniela Russo""",
         "Daniela Russo"),
        ("complaint", (),
         "Avete dato i dati di mia madre a mio fratello",
         """Buonasera,

scrivo arrabbiatissima. Sono l'amministratrice di sostegno di mia madre, Carla Bonetti (decreto del Giudice Tutelare di Bergamo, che vi ho mandato a febbraio e che avete registrato, me l'avete confermato voi per iscritto). Mio fratello NON ha nessuna delega e con lui siamo in causa proprio per i soldi della mamma.

La settimana scorsa mio fratello ha chiamato il vostro servizio clienti e si è fatto dire tutti gli ordini della mamma degli ultimi due anni, l'indirizzo della RSA dove si trova adesso e persino gli ultimi quattro numeri della sua carta. Bastava dire "sono il figlio". Me l'ha sbattuto in faccia lui stesso.

È una cosa gravissima. Mia madre è una persona fragile e voi avete dato le sue informazioni a chiunque. Ho già preparato il reclamo al Garante per la protezione dei dati personali e lo mando anche all'autorità belga. Voglio sapere chi ha autorizzato questa cosa e cosa farete perché non succeda più.

Francesca Bonetti""",
         "Francesca Bonetti"),
        ("other", (),
         "Parcheggio disabili negozio di Hasselt",
         """Buongiorno,

accompagno spesso mio zio, che è in carrozzina, al vostro negozio di Hasselt. Da mesi i due posti riservati ai disabili davanti all'ingresso sono occupati dai furgoni delle consegne e dalle macchine del personale. Sabato abbiamo dovuto parcheggiare in fondo e spingere la carrozzina sotto la pioggia.

So che questo indirizzo è per la privacy, ma non ho trovato altro contatto. Potete far arrivare la segnalazione al direttore del negozio?

Grazie
Stefano Marchetti""",
         "Stefano Marchetti"),
        ("other", (),
         "Grazie",
         """Gentile ufficio,

volevo solo ringraziarvi per la pazienza della vostra collega al telefono con mia nonna la settimana scorsa. La nonna sente poco e si confonde, e lei ha ripetuto tutto con calma senza mai farla sentire stupida. La nonna me ne parla ancora.

Non serve nessuna risposta, era solo per dirvelo.

Chiara Esposito""",
         "Chiara Esposito"),
        ("other", (),
         "Ritiro pacco con delega",
         """Salve, mia madre ha ordinato un aspirapolvere con ritiro nel negozio di Charleroi, ma è a letto con la gamba rotta. Posso ritirarlo io con una delega scritta a mano e la copia della sua carta d'identità? O serve altro? Grazie, Paolo Gentile""",
         "Paolo Gentile"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso - maior acompanhado Sr. Armando Teixeira",
         """Exmos. Senhores,

Por sentença do Tribunal Judicial da Comarca de Braga, Juízo Local Cível, de 9 de fevereiro de 2024 (proc. n.º 2301/23.4T8BRG), fui designada acompanhante do meu pai, Sr. Armando Teixeira, nascido a 30/10/1942, com poderes de representação geral e de administração dos seus bens. Junto cópia da sentença e do meu Cartão de Cidadão.

O meu pai trabalhou e viveu em Bruxelas durante trinta anos e mantém uma conta na vossa loja online e um cartão de cliente. Nos termos do artigo 15.º do RGPD, venho solicitar que me informem sobre:
- os dados pessoais do meu pai que tratam e para que finalidades;
- a origem desses dados;
- as entidades a quem foram comunicados;
- o prazo de conservação;
bem como que me enviem uma cópia dos mesmos.

Agradeço que toda a correspondência me seja dirigida a mim e não ao meu pai.

Com os melhores cumprimentos,
Helena Teixeira Carvalho
Rua do Souto 112, 2.º Esq.
4700-329 Braga""",
         "Helena Teixeira Carvalho"),
        ("correction", (),
         "Morada da minha mãe",
         """Boa tarde,

A minha mãe, D. Albertina Sousa, teve um AVC em janeiro e agora vive comigo em Forest. O cartão de cliente dela ainda tem a morada antiga de Saint-Josse e o número de telefone fixo que já não existe, por isso as cartas e os vales de desconto vão parar a casa de outra pessoa.

Podem por favor atualizar para:
Avenue Van Volxem 318, 1190 Forest
telemóvel 0493 62 81 05 (é o meu, sou eu que trato das coisas dela)

Sou a filha e tenho procuração, se for preciso mando.

Obrigada,
Fátima Sousa""",
         "Fátima Sousa"),
        ("deletion", ("withdraw_consent",),
         "Conta do meu pai",
         """Bom dia,

O meu pai, José Pereira, tem Alzheimer numa fase já avançada e entrou num lar em Anderlecht no mês passado. Já não tem qualquer noção do que é a internet. Mesmo assim continua a receber todos os dias os vossos emails de promoções e mensagens no telemóvel.

Peço-vos que parem já com os emails e as mensagens e que apaguem a conta dele e o cartão de cliente, com todos os dados. Não vai voltar a usar.

Sou o filho e tenho uma procuração passada no notário. Envio cópia em anexo.

Cumprimentos,
Rui Pereira""",
         "Rui Pereira"),
        ("portability", (),
         "Dados da minha mulher num ficheiro",
         """Olá,

Escrevo em nome da minha mulher, Graça Lopes, que é cega e está aqui ao meu lado. Ela é cliente vossa há muitos anos e vamos passar a fazer as compras noutra loja online que é muito mais fácil de usar com o leitor de ecrã dela.

Ela gostava de receber o histórico de encomendas, as garantias e os pontos do cartão num ficheiro que se possa importar, tipo CSV ou Excel, para levar para a outra loja. Se puderem enviar diretamente para a loja nova, melhor ainda. O PDF que se tira da área de cliente não serve, o leitor de ecrã não consegue ler.

Obrigado,
Carlos Lopes (pela Graça Lopes)""",
         "Carlos Lopes"),
        ("restriction", ("access",),
         "Burla telefónica - minha mãe",
         """Boa noite,

A minha mãe, D. Rosa Almeida, de 79 anos, recebeu na terça-feira uma chamada de um senhor que dizia ser do vosso "departamento de segurança". Sabia o nome dela, a morada e o que ela tinha comprado no mês passado. Convenceu-a a dizer-lhe um código que ela recebeu por SMS. Desde então apareceram duas encomendas na conta dela que ela não fez.

Já apresentámos queixa na polícia de Ixelles. Pedimos-vos que bloqueiem a conta para ninguém a poder usar nem mudar a morada de entrega, mas que NÃO apaguem nada, porque a polícia pode precisar dos registos das encomendas e dos acessos.

Gostávamos também de saber se houve alguma fuga de dados do vosso lado, e quando foi alterado o email da conta.

Sou a filha, a minha mãe está de acordo.

Ana Almeida""",
         "Ana Almeida"),
        ("withdraw_consent", (),
         "",
         """O meu pai (Manuel Costa) está internado no hospital. Parem por favor com as chamadas e as SMS de publicidade para o 0477 58 30 91. Obrigada. Sónia Costa""",
         "Sónia Costa"),
        ("complaint", ("access",),
         "Quero a resposta POR CARTA",
         """Exmos. Senhores,

Tenho 84 anos e vejo muito mal. Em abril pedi-vos, por carta escrita pela minha vizinha, que me dissessem que dados têm sobre mim e que me respondessem por carta, com letra grande. Até hoje só recebi emails, que eu não consigo ler nem sei abrir. A minha vizinha é que viu que vocês me mandaram um "link" e uma "palavra-passe".

Isto não é maneira de tratar um cliente de há tantos anos. Volto a pedir: mandem-me por carta, em letra grande, o que têm sobre mim. Se não responderem como deve ser, vou fazer queixa à Autoridade de Proteção de Dados aqui na Bélgica e à CNPD em Portugal.

Maria do Céu Fonseca
Rue de la Victoire 27
1060 Saint-Gilles""",
         "Maria do Céu Fonseca"),
        ("other", (),
         "Duas pessoas na mesma conta",
         """Boa tarde,

A minha sogra tem 87 anos e eu faço as compras dela pela internet. É possível ter duas pessoas na mesma conta, cada uma com a sua palavra-passe? Ou é melhor eu abrir uma conta minha e pôr a morada dela para a entrega? Não quero mexer em nada da conta dela sem saber como funciona.

Obrigada,
Cristina Matos""",
         "Cristina Matos"),
        ("other", (),
         "Letra da app muito pequena",
         """Olá,

A vossa aplicação nova tem a letra muito pequena e não dá para aumentar, mesmo com o telemóvel configurado para letra grande. Os botões de "adicionar ao carrinho" também são minúsculos. O meu pai tem 80 anos e desistiu de encomendar sozinho por causa disso.

Sei que este email é da parte da privacidade, mas não encontrei outro. Passem por favor a quem faz a aplicação.

Cumprimentos,
Nuno Ribeiro""",
         "Nuno Ribeiro"),
        ("other", (),
         "Obrigado",
         """Bom dia,

Só queria agradecer a carta que enviaram à minha avó, em letra grande e com tudo explicado de forma simples. Ela leu sozinha e ficou muito contente. Está tudo resolvido, não precisam de fazer mais nada.

Um abraço,
Tiago Martins""",
         "Tiago Martins"),
    ],
}

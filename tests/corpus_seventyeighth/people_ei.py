"""Person mail for the seventyeighth set (en nl fr de es it pt): food at the shop (the in-store café and restaurant corner, bakery and deli pre-orders, party and catering orders with allergy and diet notes, the meal-planner app, the surprise-bag partner, click & collect substitutions, tastings and the wine club), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyeighth.py)."""

PEOPLE_EI = {
    "en": [
        ("access", (),
         "Kitchen app - where does my 'nutrition score' come from?",
         """Hello,

I've used the Shop Example Kitchen app for about a year, mostly for the recipes and the weekly meal planner. Nothing special. But since the last update there's a new tile on the home screen: "Your household nutrition score: 54/100 - too much sugar and alcohol", with a breakdown by week showing crisps, fizzy drinks, a bottle of wine here and there.

I never typed any of my shopping into the app. The only explanation I can think of is that it reads the receipts from my loyalty card, because the items match what I bought in the Jette store almost exactly.

Honestly it's a bit unsettling to be told off by my supermarket about my wine. Before I decide what to do with the app, I'd like to understand what is going on:
- which data from my receipts does the app use, and since when?
- what else do you keep about me in the app (weight, diet goals - I did fill those in once)?
- does anyone outside Shop Example see the score? The app mentions a "Healthy Rewards partner" and I have no idea who that is.

Loyalty card number 2409 8831 0047 5520.

Thanks in advance,
Fiona Caldwell""",
         "Fiona Caldwell"),
        ("correction", (),
         "Re: Your click & collect order is ready",
         """Hi there,

This is the fourth click & collect order in a row where the milk, the yoghurts and the butter have been "substituted" with soya and oat versions. The picker's note on the receipt this time literally says: "Customer lactose intolerant - always sub dairy (profile note)".

Nobody in our house is lactose intolerant. I have no idea where that came from - maybe someone clicked the wrong box when I once asked for oat milk on top of the normal milk for a guest. Whatever it is, it's now stuck on my account and every picker follows it.

Could you please correct my profile so it no longer says I'm lactose intolerant or that dairy should be replaced? Normal substitution rules are fine.

Account: d.osei@fastmail.example
Store: Shop Example Evere

Cheers,
Daniel Osei

> Your order CC-4417302 is ready for collection at Evere (Drive lane 2).
> 3 items substituted - see the details in the app.""",
         "Daniel Osei"),
        ("deletion", (),
         "Photo cake for Mia - please delete the photo",
         """Dear Shop Example,

On 14 March I ordered a birthday cake at the bakery counter in your Waterloo store for my daughter Mia's 7th birthday, with a photo of her printed on the top and "Happy Birthday Mia!" written underneath. The lady at the counter gave me a link where I had to upload the photo, her name and age, and my phone number.

The cake was lovely and Mia was thrilled, so thank you for that.

Now that the party is over, I would like you to delete the photo of my daughter, as well as her name and age and the rest of that order from your systems (and from the bakery's order tool and whoever prints the edible image, if that's someone else). I'm not comfortable with a photo of a 7-year-old staying on a server somewhere.

Order number: BK-WAT-26-0314-072
Name on order: Rachel Dunmore, 0486 22 71 09

Please confirm when it's done.

Kind regards,
Rachel Dunmore""",
         "Rachel Dunmore"),
        ("portability", (),
         "Export of my meal planner data",
         """Hello,

I'm switching to another meal-planning app (Mealwise) and would like to take my history with me instead of starting from zero. Over the past two years I've saved around 140 recipes in your Kitchen app, built weekly plans almost every week and logged my weight and diet goals.

Could you send me all of that as a file I can import: JSON or CSV would both work, Mealwise accepts either. Ideally:
- saved recipes (with my own notes and ratings)
- weekly meal plans
- weight log and goals
- shopping lists generated from the plans

I had a look in the app settings but there's only a "share recipe" button, one by one.

Account e-mail: aidan.kerr@gmail.com

Thanks,
Aidan Kerr""",
         "Aidan Kerr"),
        ("restriction", ("access",),
         "Wine club application refused - ID flagged as 'tampered'",
         """Dear Sir or Madam,

Two weeks ago I applied to join your Wine Club at the tasting evening in your Namur store. Membership requires an age check: a member of staff scanned my Belgian ID card with a tablet and I had to take a selfie. The next day I got an e-mail from "VerifAge" that my application was refused because the document was "suspected tampered".

I am 43 years old and my ID card is genuine and was issued by the commune of Namur in 2022. I have contacted the commune, which confirmed the card is valid, and I have opened a dispute with VerifAge.

While this is being sorted out, I ask that you:
1. do not use this "tampered document" result for anything else. I am worried it will end up blocking my loyalty card, my click & collect account or the tasting I have booked for June;
2. do not delete the scan, the selfie or the result for now, because I need them to prove that the check went wrong.

I would also like to receive a copy of exactly what was recorded during the check: the scan, the score or reason given, and who received it.

Yours faithfully,
Marcus Delaney
Rue de Fer 18, 5000 Namur
+32 471 58 30 26""",
         "Marcus Delaney"),
        ("objection", (),
         "my shopping and NoWasteBox",
         """Hello,

I've been buying surprise bags through the NoWasteBox app at your Etterbeek store for a few months - great idea, no complaints about the bags themselves.

What I don't like: since then your app shows me "Surprise bags picked for you" based on what I buy with my loyalty card, and the NoWasteBox newsletters have started mentioning products I buy at your shop ("loved the hummus? grab a deli bag tonight!"). So clearly my purchases are being passed to them or the two are being combined somewhere.

I never asked for that. I object to my shopping data being shared with NoWasteBox and to my purchases being analysed to push bags or anything else at me. I'm happy to keep using both apps separately.

Priya Raman
Avenue d'Auderghem 112, 1040 Etterbeek""",
         "Priya Raman"),
        ("withdraw_consent", (),
         "coffee card texts",
         """hi, can you stop the texts about the coffee card please. i signed up at the till in the antwerp store for the free 10th coffee and ticked yes to sms, but it's 3 a week now (double stamp tuesday, new muffin, etc). keep the card, i still want my free coffee, just no more texts or emails

thx
jess

Sent from my phone""",
         "Jessica Lowe"),
        ("complaint", ("deletion",),
         "Pre-order list at the bakery counter",
         """Dear Sir or Madam,

Last Saturday (18 April) around 11am I was waiting at the bakery and deli counter of your Kortrijk store to collect my pre-order. The clipboard with the pre-order list was lying on the counter, turned towards the customers. On it were about forty names with phone numbers and what each person had ordered. My own line read: "Fairbairn H. - 0477 .. .. .. - 2 GF loaves - COELIAC, separate tray".

Anybody in the queue could read it, and the man standing next to me took a photo of the counter with his phone. It may have been the cakes he was photographing, I don't know, and that is the point: I cannot know.

That I have coeliac disease is medical information. I gave it so that my bread would not be contaminated, not so that it would be displayed to strangers next to my phone number. When I pointed this out, the assistant shrugged and turned the clipboard over.

I would like you to:
- explain how you are going to stop this happening again, and
- remove my details from the pre-order list and anything else that keeps my name together with "coeliac", except for the order I place at the time.

If I do not get a proper answer I will report this to the Data Protection Authority.

Helen Fairbairn
Doorniksesteenweg 77, 8500 Kortrijk""",
         "Helen Fairbairn"),
        ("other", (),
         "Re: Order BK-LEU-26-0411-019 ready for collection",
         """Hello,

I picked up this order on Saturday for my husband's 40th and I'm afraid it was wrong on two counts. We ordered a lemon sponge with "Happy 40th Graham" and got a chocolate cake that said "Happy 40th Grahm". We only noticed when we opened the box in front of everybody.

It was too late to do anything about it then, and the guests ate it anyway, but for EUR 46 I'd expect it to be right. I still have the order slip. Could you refund it, or at least part of it? I'm happy to come back to the Leuven store if that's easier.

Thanks,
Kate Brennan
0494 61 20 83

> Your order BK-LEU-26-0411-019 is ready. Collect it at the bakery counter, Shop Example Leuven, from Sat 11/04 08:00.""",
         "Kate Brennan"),
        ("other", (),
         "Gluten-free sourdough for your deli counter",
         """Dear buyer,

I'm writing from Oat & Ember, a small bakery in Ghent that makes certified gluten-free sourdough (white, seeded and a rye-style loaf made with buckwheat). We bake in a dedicated gluten-free facility and every batch is tested below 10 ppm.

We've noticed that your bakery counters offer only one gluten-free bread, pre-packed, and we think there's room for a fresher option, especially for the pre-order customers and catering trays you do for parties. We currently supply six independent delis and two hotel breakfast rooms in East Flanders.

Could you tell me who handles bakery and deli purchasing, or forward this mail to them? I'd be glad to drop off samples at any store that suits.

Best regards,
Sophie Hartley
Sales & Partnerships - Oat & Ember bvba
Sleepstraat 140, 9000 Gent
+32 9 277 41 05 - www.oatandember.example""",
         "Sophie Hartley"),
    ],
    "nl": [
        ("access", (),
         "Gegevens cateringbestelling communiefeest",
         """Beste,

Voor het communiefeest van onze zoon Amir op 26 april hebben we bij jullie in Mechelen een feestbuffet voor 35 personen besteld. Bij de bestelling heb ik aan de toog van de traiteur een aantal dingen laten noteren: dat Amir een ernstige notenallergie heeft (met epipen), dat de schotels voor mijn schoonouders halal moeten zijn, en dat mijn zus vegetarisch eet.

Het feest was geslaagd, daar niet van. Maar nu kreeg ik een mail van een firma "Traiteur Vandamme" met een enquête "over uw buffet", terwijl ik dacht dat ik bij jullie had besteld. Blijkbaar hebben zij alles doorgekregen.

Ik wil graag weten welke gegevens jullie over ons bijhouden van die bestelling, dus ook de notities over allergie en halal, aan wie jullie ze hebben doorgegeven en hoe lang jullie dat bewaren.

Ordernummer: CAT-MEC-2604-0117

Met vriendelijke groeten,
Nadia Bouzid-Peeters
Hanswijkstraat 9, 2800 Mechelen""",
         "Nadia Bouzid-Peeters"),
        ("correction", (),
         "fout gsm-nummer",
         """Goedendag,

Ik had een taart voorbesteld aan de bakkerijtoog in Aalst (verjaardag van mijn vader, 80 jaar). Toen ik ze zaterdag ging halen, bleek dat ze niet klaar was omdat de foto niet goed door de printer ging. Ze hadden me "drie keer proberen te bellen". Niet dus: op het bestelformulier en blijkbaar ook in mijn klantenprofiel staat 0476 31 82 55, terwijl mijn nummer 0467 31 82 55 is. Iemand heeft de 6 en de 7 omgewisseld.

De taart is uiteindelijk in orde gekomen, maar ik wil vermijden dat dit nog eens gebeurt. Kunnen jullie mijn gsm-nummer in mijn profiel aanpassen naar 0467 31 82 55?

Klantenkaart: 2409 1177 6023 8841

Dank u,
Wim De Clercq""",
         "Wim De Clercq"),
        ("deletion", (),
         "Koppeling NoWasteBox",
         """Hallo,

Een paar maanden geleden heb ik in jullie app mijn klantenkaart gekoppeld aan NoWasteBox, om verrassingspakketten op te halen in de winkel in Sint-Niklaas. Ik doe dat niet meer (mijn werkuren zijn veranderd, ik ben er nooit op tijd voor het ophaalvenster) en ik heb de NoWasteBox-app al van mijn gsm gehaald.

Willen jullie die koppeling verwijderen en alles wissen wat jullie daarover hebben: mijn opgehaalde pakketten, de meldingen, de gegevens die jullie van NoWasteBox krijgen? Mijn gewone klantenkaart wil ik houden.

Alvast bedankt,
Lotte Verhaegen""",
         "Lotte Verhaegen"),
        ("portability", (),
         "Bestelgeschiedenis click & collect als bestand",
         """Beste,

Wij houden sinds januari ons huishoudbudget bij in de app Spaarpot. Die kan aankopen inlezen uit een CSV- of Excelbestand. Omdat we bijna al onze boodschappen via click & collect bij jullie doen (ophaalpunt Herentals), zou het handig zijn als ik die geschiedenis in één keer kan importeren.

Kunnen jullie mij mijn click & collect-bestellingen van de afgelopen twee jaar bezorgen als CSV of Excel: datum, producten, aantallen, prijzen, vervangingen en wat er uiteindelijk betaald is? Op de website kan ik alleen per bestelling een pdf openen.

Account: koen.maes@telenet.example

Groeten,
Koen Maes""",
         "Koen Maes"),
        ("restriction", ("correction",),
         "Maaltijdplanner rekent met verkeerd gewicht",
         """Goedemiddag,

Ik gebruik de maaltijdplanner in jullie Kitchen-app, gekoppeld aan onze slimme weegschaal. Sinds een drietal weken staat mijn gewicht in de app op 104 kilo in plaats van rond de 68. Blijkt dat onze zoon van 17 ook op die weegschaal gaat staan, en de app zet zijn metingen op mijn profiel.

Het gevolg: de app heeft mijn doel op "afvallen" gezet, mijn dagelijkse calorieën naar 1200 verlaagd en stuurt me weekmenu's met "light" recepten en reclame voor eiwitshakes. Ik heb de koppeling met de weegschaal intussen uitgezet.

Zolang dit niet rechtgezet is, wil ik niet dat jullie die gewichtsgegevens nog gebruiken voor adviezen, menu's of aanbiedingen. En daarna wil ik graag dat de foute metingen sinds 2 april uit mijn profiel gehaald worden en mijn doel terug op "gewicht behouden" staat. Ik weet niet of ik dat zelf kan, de app laat het alleen toe voor de laatste meting.

Vriendelijke groet,
Hilde Janssens""",
         "Hilde Janssens"),
        ("objection", (),
         "Uitnodigingen wijnproeverij",
         """Geachte,

Ik koop bij jullie af en toe een fles wijn als we gasten hebben, meer niet. Sinds de lente krijg ik per mail en in de app uitnodigingen voor wijnproeverijen en de wijnclub, "omdat u van Bordeaux houdt", met een lijstje van wat ik de laatste maanden gekocht heb.

Ik ga niet in detail treden, maar er is in ons gezin iemand die in behandeling is voor een alcoholprobleem en die ook in mijn mails en op de tablet kijkt. Ik vind het bijzonder ongepast dat jullie mijn kassabonnen uitpluizen om mij alcohol aan te prijzen.

Ik maak dan ook bezwaar tegen het analyseren van mijn aankopen om mij gerichte aanbiedingen te doen, in het bijzonder voor alcohol. Mijn klantenkaart blijf ik gebruiken voor de kortingen aan de kassa.

Geert Van Acker
Klantenkaart 2409 5520 1876 3304""",
         "Geert Van Acker"),
        ("withdraw_consent", (),
         "whatsapp bakkerij",
         """Hoi,

ik had aan de bakkerij in Lier toestemming gegeven om elke vrijdag via WhatsApp het "brood van de week" te krijgen. Mag stoppen, ik kom toch elke dag langs 😊

groetjes
An Wouters
0498 14 27 60""",
         "An Wouters"),
        ("complaint", ("access",),
         "TWEEDE VERZOEK - inzage reservatiegegevens restauranthoek",
         """Geachte heer, mevrouw,

Op 3 maart 2026 heb ik u onderstaand verzoek gestuurd. Ik heb daarop geen enkele reactie gekregen, ook geen ontvangstbevestiging. Intussen zijn we zeven weken verder. De AVG geeft u één maand om te antwoorden.

Ik herhaal mijn vraag: ik wens inzage in alle gegevens die u over mij bijhoudt in verband met de reservaties in de restauranthoek van uw winkel in Brugge, inclusief de gegevens die het reservatieplatform voor u verwerkt en de notities die uw personeel bij mijn reservaties heeft gemaakt (een ober liet bij mijn laatste bezoek vallen dat ik in het systeem sta als "moeilijke klant").

Als ik binnen veertien dagen geen volledig antwoord heb, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Pieter Claeys
Langestraat 188, 8000 Brugge

---------- Doorgestuurd bericht ----------
Van: Pieter Claeys
Datum: di 3 mrt 2026 om 09:41
Aan: privacy@shop.example.be
Onderwerp: Inzage reservatiegegevens

Geachte,

Graag had ik op basis van artikel 15 AVG inzage gekregen in alle persoonsgegevens die u over mij bijhoudt naar aanleiding van mijn reservaties in de restauranthoek van uw winkel in Brugge (reservaties via het platform op uw website, telkens op naam van Claeys, gsm 0475 60 19 42).

Hoogachtend,
Pieter Claeys""",
         "Pieter Claeys"),
        ("other", (),
         "Paasmaandag",
         """Dag,

Is de cafetaria in jullie winkel in Hasselt open op paasmaandag? En serveren jullie dan ook brunch, of enkel koffie en gebak? We zouden met zes komen (twee kinderen), moet ik daarvoor reserveren?

Bedankt!
Marleen Vos""",
         "Marleen Vos"),
        ("other", (),
         "Zak ontbreekt bij click & collect",
         """Goedenavond,

Vandaag om 17u mijn bestelling afgehaald in Geel (bestelling CC-5520841). Thuis bleek dat er een zak ontbrak: de diepvrieszak met de vissticks, de ijsjes en twee pakken erwten. Op de bon staat alles wel aangerekend, in totaal 23,47 euro.

Ik ben al teruggereden maar de afhaaldienst was toen al gesloten. Kan dat bedrag teruggestort worden of kan ik de zak morgen nog komen halen (als hij al niet ontdooid is natuurlijk)?

Jonas Peeters
0472 90 33 18""",
         "Jonas Peeters"),
    ],
    "fr": [
        ("access", (),
         "Qui vous a donné mon numéro ?",
         """Bonjour,

Le 28 mars, j'ai réservé une table pour quatre au coin restaurant de votre magasin de Wavre, via le lien « Réserver » sur votre site. On m'a demandé mon nom, mon numéro de portable et mon adresse e-mail. Rien d'anormal.

Depuis, je reçois des SMS d'un certain « Tablo Deals » qui me propose des réductions dans des restaurants de Louvain-la-Neuve et de Bruxelles, et la semaine dernière un traiteur m'a même appelée pour « mon prochain événement ». Je n'ai jamais donné mon numéro à ces gens-là.

J'aimerais donc savoir qui a reçu mon numéro et mes coordonnées à partir de cette réservation, ce que vous gardez vous-mêmes à mon sujet et d'où ces sociétés tiennent mes données.

Merci d'avance,
Isabelle Dumont
0479 52 18 63""",
         "Isabelle Dumont"),
        ("correction", (),
         "Erreur dans ma fiche traiteur",
         """Madame, Monsieur,

Je commande régulièrement des plateaux au comptoir traiteur de votre magasin de Liège-Rocourt, notamment pour les anniversaires de mes enfants. Mon fils Théo (9 ans) est cœliaque, et lors de la première commande j'avais demandé qu'on note que son assiette devait être strictement sans gluten.

Je viens de remarquer sur le bon de ma dernière commande : « Cliente : Lejeune Catherine – CŒLIAQUE – sans gluten strict ». Ce n'est pas moi qui suis cœliaque, c'est Théo. Je mange de tout. Résultat : on m'a proposé la dernière fois de remplacer tout le buffet par des produits sans gluten, ce qui n'a aucun sens pour vingt invités.

Pourriez-vous corriger ma fiche pour que l'indication concerne uniquement l'assiette de mon fils, et plus moi ?

Bien à vous,
Catherine Lejeune
Rue Jean Haust 41, 4000 Liège""",
         "Catherine Lejeune"),
        ("deletion", ("withdraw_consent",),
         "Club des vins - fin de mon adhésion",
         """Bonjour,

J'ai résilié mon adhésion au Club des vins fin mars (courrier envoyé au magasin de Mons, je n'ai pas eu de réponse mais la cotisation n'a plus été prélevée, donc je suppose que c'est fait).

Lors de mon inscription en 2024, on avait scanné ma carte d'identité et pris un selfie via le service « VerifAge » pour vérifier que j'étais majeur. À 61 ans, je trouvais déjà ça un peu ridicule. Maintenant que je ne suis plus membre, je vous demande d'effacer ce scan, cette photo et toute ma fiche du club (achats, notes de dégustation, préférences).

Et je ne veux plus recevoir la lettre « La cave du mois » ni les invitations aux dégustations.

Jean-Marc Collignon
Rue de Nimy 23, 7000 Mons""",
         "Jean-Marc Collignon"),
        ("portability", (),
         "tickets de caisse + score nutritionnel",
         """Bonjour,

Je suis suivie par une diététicienne pour un diabète de type 2. Elle utilise un logiciel qui peut importer les achats alimentaires (fichier CSV) pour analyser ce qu'on mange réellement, et elle m'a demandé si mon supermarché pouvait me fournir ça.

Dans votre application Kitchen, je vois un « score nutritionnel » calculé à partir de mes tickets de caisse, semaine par semaine, mais je ne peux que le regarder à l'écran.

Est-ce que vous pouvez m'envoyer, sous forme de fichier (CSV ou Excel), le détail de mes achats alimentaires des six derniers mois avec les scores nutritionnels calculés ? Je le transmettrai moi-même à ma diététicienne.

Carte de fidélité : 2409 3318 7702 1145

Merci beaucoup,
Aurélie Fontaine""",
         "Aurélie Fontaine"),
        ("restriction", ("access",),
         "Note sur mon compte click & collect",
         """Madame, Monsieur,

Samedi dernier, en récupérant ma commande click & collect à Gosselies, j'ai vu par-dessus l'épaule du préparateur l'écran de sa tablette. Sous mon nom était écrit : « Cliente pénible – tout vérifier 2x – réclame souvent ».

Oui, j'ai signalé à deux reprises des produits manquants ou périmés, parce qu'ils l'étaient. J'ai d'ailleurs été remboursée les deux fois. Je conteste formellement cette note, que je trouve injurieuse et inexacte, et j'ai introduit une réclamation auprès du service clients (dossier SC-88412).

En attendant que ma réclamation soit examinée, je vous demande de ne plus utiliser ni afficher cette note aux préparateurs ou à quiconque. Ne la supprimez pas pour l'instant : je veux qu'elle reste disponible pour l'examen de mon dossier.

Je souhaite également recevoir une copie de toutes les notes et remarques internes qui figurent sur mon compte.

Sandrine Gilson
Rue de la Station 5, 6041 Gosselies""",
         "Sandrine Gilson"),
        ("objection", (),
         "Opposition - analyse de mes achats dans l'application Kitchen",
         """Madame, Monsieur,

J'utilise votre application « Kitchen » uniquement pour ses recettes et sa liste de courses. J'ai constaté que, depuis la dernière mise à jour, l'application analyse mes tickets de caisse liés à ma carte de fidélité pour calculer un « score nutritionnel » et m'adresser des conseils (« réduisez les produits transformés », « essayez nos alternatives light »).

Je n'ai rien demandé de tel. Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données d'achat à des fins d'analyse nutritionnelle et de conseils personnalisés, ainsi qu'à toute utilisation de ce profil à des fins commerciales.

Je souhaite continuer à utiliser les recettes et la liste de courses. Merci de me confirmer la prise en compte de mon opposition.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Mathieu Renard
Avenue de la Toison d'Or 6, 1050 Ixelles""",
         "Mathieu Renard"),
        ("withdraw_consent", (),
         "désinscription",
         """Bonjour, merci de me retirer de la liste des « Jeudis dégustation » (fromages et vins, magasin de Namur). J'avais coché la case lors d'une dégustation l'an dernier mais je ne veux plus recevoir ces mails. Bonne journée. F. Hubert""",
         "Françoise Hubert"),
        ("complaint", ("deletion",),
         "Photo de ma fille sur votre Instagram",
         """Madame, Monsieur,

Pour les 5 ans de ma fille Zoé, j'ai commandé chez vous (magasin de Braine-l'Alleud) un gâteau d'anniversaire avec sa photo imprimée et son prénom. Pour cela, j'ai dû téléverser sa photo sur votre outil de commande.

Hier, une amie m'a envoyé une capture d'écran : le gâteau de Zoé, avec son visage et son prénom parfaitement lisibles, est publié sur le compte Instagram de votre magasin sous le titre « Notre création de la semaine 🎂 ». Personne ne m'a demandé mon autorisation. Il y a déjà 200 « j'aime » et des commentaires d'inconnus.

Je trouve cela inadmissible. Il s'agit de l'image d'un enfant, utilisée sans aucun consentement à des fins publicitaires. Je vous demande de retirer immédiatement cette publication et d'effacer la photo de Zoé de tous vos systèmes.

Sans réaction de votre part d'ici vendredi, je déposerai plainte auprès de l'Autorité de protection des données.

Julie Lambert
0472 33 81 07""",
         "Julie Lambert"),
        ("other", (),
         "Devis buffet 16 mai - changement du nombre de personnes",
         """Bonjour,

J'ai reçu votre devis DV-26-0512 pour le buffet froid du 16 mai (fête de départ à la retraite de mon mari), prévu pour 30 personnes. Finalement nous serons 45. Est-ce possible d'augmenter les quantités, et est-ce que le prix par personne reste le même ? Nous gardons les deux plateaux végétariens.

Je passe au magasin de Tournai jeudi si c'est plus simple de le faire au comptoir.

Cordialement,
Brigitte Delvaux""",
         "Brigitte Delvaux"),
        ("other", (),
         "Proposition fromages fermiers pour vos comptoirs traiteur",
         """Madame, Monsieur,

La Fromagerie du Bocage, à Herve, produit depuis trois générations des fromages au lait cru de nos propres vaches : Herve AOP doux et piquant, un fromage à croûte lavée à la bière, une tomme au fenugrec.

Nous aimerions proposer nos fromages pour vos comptoirs traiteur et vos plateaux apéritifs, ou pour vos soirées dégustation fromages et vins. Nous livrons déjà plusieurs épiceries fines en province de Liège.

Je vous joins volontiers notre catalogue et nos tarifs professionnels. Pourriez-vous me communiquer le nom de la personne en charge des achats frais ?

Bien cordialement,
Laurent Pirard
Fromagerie du Bocage SRL – Route de Battice 12, 4650 Herve
087 66 21 40""",
         "Laurent Pirard"),
    ],
    "de": [
        ("access", (),
         "Welche Daten bekommt NoWasteBox?",
         """Guten Tag,

ich hole seit einigen Monaten über die App NoWasteBox Überraschungstüten in Ihrer Filiale in Eupen ab. Bei der Anmeldung wurde ich gefragt, ob ich meine Kundenkarte verknüpfen möchte, um "Punkte zu sammeln". Das habe ich gemacht.

Jetzt frage ich mich, was eigentlich zwischen Ihnen und NoWasteBox hin- und hergeht. Bekommt NoWasteBox meine Einkäufe mit der Kundenkarte zu sehen? Meine Adresse? Und was speichern Sie umgekehrt von mir aus der App, also welche Tüten ich wann abgeholt habe, ob ich mal nicht erschienen bin, Bewertungen usw.?

Ich bitte um eine Übersicht der Daten, die Sie über mich gespeichert haben, und darüber, welche davon an NoWasteBox gehen.

Mit freundlichen Grüßen
Thomas Kessler
Herbesthaler Straße 31, 4700 Eupen""",
         "Thomas Kessler"),
        ("correction", (),
         "Geburtsdatum falsch - Weinclub",
         """Sehr geehrte Damen und Herren,

bei der Anmeldung zum Weinclub in Ihrer Filiale in Sankt Vith wurde mein Geburtsdatum offenbar falsch eingegeben: Im Kundenkonto steht 14.06.1908 statt 14.06.1980. Die Altersprüfung ist damit zwar "bestanden", aber ich bekomme jetzt Werbung für Treppenlifte, und bei der Weinprobe am Samstag hat mich die Mitarbeiterin gefragt, ob ich 118 Jahre alt sei.

Bitte korrigieren Sie das Geburtsdatum in meinem Kundenkonto und im Weinclub auf den 14.06.1980.

Mit freundlichen Grüßen
Hubert Lenz
Kundenkarte 2409 6612 0048 7731""",
         "Hubert Lenz"),
        ("deletion", (),
         "Reservierungskonto löschen",
         """Hallo,

ich habe im Februar einmalig einen Tisch im Restaurantbereich Ihrer Filiale in Eupen reserviert, zum Geburtstag meiner Mutter. Dafür musste ich ein Konto auf der Reservierungsplattform anlegen, mit Handynummer.

Seitdem bekomme ich regelmäßig "Wir vermissen Sie!"-SMS und Erinnerungen. Ich brauche das Konto nicht. Bitte löschen Sie das Konto und meine Handynummer und alles, was zu dieser Reservierung gespeichert ist.

Danke und Gruß
Sabine Krämer
0487 22 19 64""",
         "Sabine Krämer"),
        ("portability", (),
         "Export Weinclub-Käufe und Bewertungen",
         """Sehr geehrte Damen und Herren,

ich bin seit 2022 Mitglied in Ihrem Weinclub und habe über die App zu fast jedem Wein, den ich bei Ihnen gekauft habe, eine Bewertung und Verkostungsnotizen hinterlegt. Ich möchte meinen Weinkeller künftig mit einer separaten Keller-App verwalten, die Daten im CSV-Format importieren kann.

Bitte stellen Sie mir meine Weinclub-Käufe (Datum, Wein, Jahrgang, Menge, Preis) sowie meine Bewertungen und Notizen in einem gängigen maschinenlesbaren Format (CSV, alternativ JSON) zur Verfügung.

Mitgliedsnummer WC-2204-1183

Mit freundlichen Grüßen
Dr. Frank Weber""",
         "Frank Weber"),
        ("restriction", (),
         "Catering-Auftrag CAT-EUP-2603-0042 - Sperrung der Daten",
         """Sehr geehrte Damen und Herren,

für die Feier zum 60. Geburtstag meiner Frau am 21. März habe ich bei Ihnen ein Buffet für 40 Personen bestellt. Bei der Bestellung habe ich ausdrücklich und schriftlich vermerken lassen, dass ein Gast, mein Enkel Leon, eine schwere Nussallergie hat und alle Speisen nussfrei sein müssen.

Leon hatte nach dem Dessert eine allergische Reaktion und musste in der Notaufnahme behandelt werden. In der Mousse waren Haselnüsse. Ihr Kundendienst behauptet nun, der Allergievermerk sei "nicht bei der Küche angekommen". Ich habe die Angelegenheit meinem Rechtsanwalt übergeben.

Bis zur Klärung ersuche ich Sie:
- die Bestelldaten, den Allergievermerk und den gesamten Schriftverkehr zu diesem Auftrag nicht zu löschen, da sie als Beweismittel benötigt werden;
- diese Daten, insbesondere die Angaben zur Allergie meines Enkels, bis dahin für keinen anderen Zweck zu verwenden oder weiterzugeben.

Bitte bestätigen Sie mir dies schriftlich.

Mit freundlichen Grüßen
Andreas Hoffmann
Aachener Straße 104, 4700 Eupen""",
         "Andreas Hoffmann"),
        ("objection", ("withdraw_consent",),
         "Ersatzartikel = Werbung?",
         """Hallo zusammen,

wenn bei meiner Click-&-Collect-Bestellung etwas fehlt, wähle ich in der App zwischen den vorgeschlagenen Ersatzartikeln aus. Soweit okay. Aber seit ein paar Wochen bekomme ich Werbung wie "Sie mochten Bio-Haferdrink als Ersatz - jetzt 2+1 gratis!" und die Startseite der App ist voll mit Produkten, die offenbar aus meinen Ersatzentscheidungen abgeleitet sind.

Ich möchte nicht, dass meine Auswahl bei Ersatzartikeln ausgewertet wird, um mir personalisierte Werbung zu zeigen. Dagegen widerspreche ich hiermit. Und die Push-Nachrichten mit Angeboten und den Newsletter möchte ich auch nicht mehr bekommen, die Einwilligung dazu ziehe ich zurück.

Julia Brandt
julia.brandt@posteo.example""",
         "Julia Brandt"),
        ("withdraw_consent", (),
         "Kitchen-App: Gesundheitsdaten",
         """Guten Abend,

bei der Einrichtung der Kitchen-App habe ich zugestimmt, dass die App mein Gewicht, meine Körpergröße und meine Ernährungsziele ("Abnehmen, laktosefrei") verarbeitet, um mir Wochenpläne zu erstellen.

Diese Zustimmung möchte ich zurückziehen. Die App möchte ich weiterhin für Rezepte nutzen, aber ohne diese Angaben. Ich habe in den Einstellungen keinen Schalter dafür gefunden.

Mit freundlichen Grüßen
Claudia Meyer""",
         "Claudia Meyer"),
        ("complaint", ("deletion",),
         "Beschwerde: Gästeliste bei der Weinprobe",
         """Sehr geehrte Damen und Herren,

am Freitag, dem 10. April, habe ich an der Weinprobe "Rieslinge der Mosel" in Ihrer Filiale in Eupen teilgenommen. Da die Teilnahme nur ab 18 Jahren erlaubt ist, wurde bei der Anmeldung online mein Personalausweis gescannt.

Am Eingang lag dann eine ausgedruckte Gästeliste zum Abhaken offen auf dem Tisch: Namen, Geburtsdaten und, kein Scherz, die Ausweisnummern aller 30 Teilnehmer. Die Liste lag über eine Stunde dort, jeder konnte sie lesen, und am Ende wurde sie zusammen mit den Flyern liegen gelassen.

Ich halte das für einen schweren Verstoß gegen den Datenschutz. Wozu braucht man an einem Probiertisch meine Ausweisnummer? Ich verlange eine Erklärung, was mit dieser Liste passiert ist, und die Löschung meiner Ausweisnummer und der Ausweiskopie bei Ihnen. Sollte ich keine zufriedenstellende Antwort erhalten, werde ich mich an die Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Renate Vogel
Neustraße 58, 4700 Eupen""",
         "Renate Vogel"),
        ("other", (),
         "Beschwerde Café Filiale Kelmis",
         """Guten Tag,

ich war am Sonntagvormittag mit meiner Schwester in Ihrem Café in Kelmis. Wir haben 25 Minuten auf zwei Cappuccino gewartet, die dann lauwarm waren. Als ich höflich darum gebeten habe, sie nochmal warm zu machen, hat der Kellner (großer junger Mann, Brille) die Augen verdreht und gesagt, "das ist halt Sonntag". Die Tassen hat er uns dann hingeknallt.

Wir sind seit Jahren Stammkunden, aber so etwas habe ich noch nicht erlebt. Ich möchte, dass das an die Filialleitung weitergegeben wird.

Freundliche Grüße
Ingrid Schuster""",
         "Ingrid Schuster"),
        ("other", (),
         "Öffnungszeiten Café / Gruppe",
         """Hallo,

bis wann hat das Café in der Filiale Eupen sonntags geöffnet? Wir sind eine Wandergruppe von 8 Personen und würden am 3. Mai gegen 15 Uhr gern Kaffee und Kuchen essen. Kann man dafür reservieren oder einfach kommen?

Gruß
Werner Pauels""",
         "Werner Pauels"),
    ],
    "es": [
        ("access", (),
         "Foto de la tarta de cumpleaños",
         """Hola:

Encargué en la pastelería de vuestra tienda de Ixelles una tarta para el cumpleaños de mi hijo Martín (6 años) con una foto suya impresa encima. En el mostrador me dieron un enlace para subir la foto, su nombre, la fecha de nacimiento y mi teléfono.

La tarta quedó muy bien, pero ahora me pregunto qué ha pasado con todo eso. ¿Me podéis decir qué datos guardáis de ese pedido, si la foto la imprime alguna empresa externa y a quién se ha enviado, y cuánto tiempo la conserváis?

Pedido BK-IXL-26-0402-031.

Gracias y un saludo,
Lucía Fernández
Rue du Bailli 67, 1050 Ixelles""",
         "Lucía Fernández"),
        ("correction", (),
         "Los recordatorios de reserva le llegan a otra persona",
         """Buenas tardes:

El sábado pasado una señora me llamó para decirme que lleva semanas recibiendo SMS de vuestro restaurante de la tienda de Uccle: "Su mesa para 2 le espera mañana a las 13:00, Sr. Moreno". Resulta que en mi perfil de reservas el número tiene un dígito cambiado: pone 0475 28 91 36 y el mío es 0475 28 91 63.

Por eso nunca me llegaban los recordatorios, y esa señora tiene ahora mi nombre y mis horarios de comida.

¿Podéis corregir el número en mi cuenta de reservas y en mi ficha de cliente? El correcto es 0475 28 91 63.

Saludos,
Javier Moreno""",
         "Javier Moreno"),
        ("deletion", (),
         "borrar cuenta tarjeta cafe",
         """hola, quiero borrar mi cuenta de la tarjeta de cafe (la de los sellos, app). ya no trabajo cerca de la tienda de schaerbeek y no voy a volver. borrad todo porfa, me da igual perder los sellos

pablo ruiz
pablo.ruiz88@gmail.com""",
         "Pablo Ruiz"),
        ("portability", (),
         "Tickets del rincón restaurante en un archivo",
         """Estimados señores:

Con frecuencia tengo comidas de trabajo en el rincón restaurante de su tienda de Woluwe y pago con mi tarjeta de cliente. Mi empresa utiliza una herramienta de notas de gastos que puede importar las facturas en formato CSV o XML.

¿Podrían enviarme un archivo con todos mis tickets del café y del restaurante desde enero de 2025 (fecha, importe, IVA, detalle de consumiciones) para importarlo directamente? Recuperarlos uno a uno desde la app es imposible.

Tarjeta de cliente 2409 7740 3321 9008.

Atentamente,
Alberto Sánchez Vidal
Sánchez & Partners Consulting""",
         "Alberto Sánchez Vidal"),
        ("restriction", (),
         "Cuenta NoWasteBox bloqueada por \"abuso\"",
         """Hola:

Desde hace una semana no puedo reservar bolsas sorpresa de vuestra tienda de Anderlecht en NoWasteBox. La app dice que mi cuenta está "suspendida por uso abusivo (recogidas no realizadas)" y que la información viene "del comercio".

No es cierto: las tres veces que marcan como "no recogida" fui a la tienda y el personal me dijo que la bolsa no estaba preparada. Tengo las capturas de la app y un mensaje de un empleado. He abierto una reclamación con NoWasteBox.

Mientras se aclara, os pido que no utilicéis esas supuestas "no recogidas" para nada, ni para bloquearme ni para compartirlas con NoWasteBox ni con otras tiendas. No las borréis todavía, que las necesito para demostrar que el error es vuestro.

Un saludo,
Carmen Ortega
0489 40 72 15""",
         "Carmen Ortega"),
        ("objection", ("deletion",),
         "Ofertas de Ramadán",
         """Buenos días:

En marzo encargué en vuestro mostrador de catering de Molenbeek un bufé para una comida con compañeros de trabajo. Como varios invitados no comen cerdo, pedí que todo fuera halal y se anotó así en el pedido.

Desde entonces recibo correos y notificaciones con "ofertas especiales Ramadán" y "su selección halal". Yo no soy musulmán, y aunque lo fuera, no os he autorizado a deducir mi religión de un pedido de catering para hacerme publicidad.

Me opongo a que utilicéis ese dato, o cualquier deducción sobre mi religión, para personalizar publicidad. Además, como el evento ya pasó, quiero que borréis la anotación "halal" de mi perfil.

Karim Haddad""",
         "Karim Haddad"),
        ("withdraw_consent", (),
         "No más resúmenes semanales",
         """Hola, no quiero recibir más el "Tu semana en la cocina" por email ni las notificaciones push del planificador de menús. Dije que sí al instalar la app pero ya no. La app la sigo usando. Gracias, Marta Gil""",
         "Marta Gil"),
        ("complaint", ("access",),
         "Queja: un camarero usó mi número de la reserva",
         """A la atención del responsable de protección de datos:

El 4 de abril reservé una mesa en la zona de restaurante de su tienda de Saint-Gilles a través de su web, dejando mi número de móvil. Dos días después recibí por WhatsApp un mensaje del camarero que nos atendió: "Hola Elena, soy Bilal del restaurante, me encantó atenderte, ¿te apetece tomar algo?". Siguieron varios mensajes más, aunque no contesté.

Ese número solo lo di para la reserva. Que un empleado lo saque del sistema de reservas para escribirme a título personal me parece gravísimo y me ha hecho sentir muy incómoda.

Presento esta queja formalmente. Quiero saber qué datos míos tienen en el sistema de reservas, quién ha tenido acceso a ellos y qué medidas van a tomar. Si no recibo respuesta, acudiré a la Autoridad de Protección de Datos.

Elena Castro
Chaussée de Waterloo 52, 1060 Saint-Gilles""",
         "Elena Castro"),
        ("other", (),
         "Reembolso bolsa sorpresa",
         """Hola,

Ayer pagué una bolsa sorpresa de panadería de vuestra tienda de Forest por la app NoWasteBox (4,99 €, recogida 19:30-20:00). Llegué a las 19:40 y me dijeron que ya no quedaba nada. La app dice que tengo que pedir el reembolso a la tienda.

¿Me podéis devolver el dinero? Referencia de la reserva NWB-7731-20418.

Gracias,
Diego Navarro""",
         "Diego Navarro"),
        ("other", (),
         "¿Puedo llevar mi propia tarta?",
         """Buenas,

Queremos celebrar el cumpleaños de mi madre (70) en la cafetería de vuestra tienda de Etterbeek, unas 10 personas, el domingo 17 de mayo por la tarde. ¿Se puede reservar una mesa grande? ¿Y podemos llevar nuestra propia tarta o tiene que ser de vuestra pastelería?

Muchas gracias,
Rocío Martín""",
         "Rocío Martín"),
    ],
    "it": [
        ("access", ("deletion",),
         "Scansione carta d'identità alla degustazione",
         """Buongiorno,

sabato 11 aprile ho partecipato alla degustazione di vini piemontesi nel vostro negozio di Charleroi. All'ingresso una ragazza ha scansionato la mia carta d'identità con un tablet ("controllo età, obbligatorio") e mi ha fatto fare un selfie. Ho 52 anni.

Vorrei sapere esattamente cosa è stato registrato di quella scansione (foto, numero del documento, indirizzo?), se i dati sono stati trasmessi alla società "VerifAge" che compare nella mail di conferma e a chi altro, e per quanto tempo li conservate.

Dopo avermi risposto, vi chiedo di cancellare la scansione e il selfie: per bere un bicchiere di Barbera non mi sembra necessario conservarli.

Cordiali saluti,
Francesca Greco
Rue de Montigny 140, 6000 Charleroi""",
         "Francesca Greco"),
        ("correction", (),
         "Cognome sbagliato",
         """Salve,

da quando ho ordinato una torta al banco della pasticceria (negozio di La Louvière, marzo), sulla mia carta fedeltà e in tutte le mail compare "Giulia Rossi" invece di "Giulia Russo". Credo che l'abbiano scritto male al banco e il sistema abbia aggiornato il profilo.

Potete correggere il cognome in Russo? Carta fedeltà 2409 8802 6615 0093.

Grazie mille,
Giulia Russo""",
         "Giulia Russo"),
        ("deletion", (),
         "cancellazione account Kitchen",
         """Buonasera,

vi chiedo di cancellare il mio account dell'app Kitchen con tutti i dati: peso, obiettivi della dieta, ricette salvate, piani settimanali. Ho disinstallato l'app ma leggo che l'account resta attivo.

L'indirizzo dell'account è stefano.conti@libero.example.

Grazie,
Stefano Conti""",
         "Stefano Conti"),
        ("portability", (),
         "Esportare le mie ricette",
         """Ciao,

ho salvato nell'app Kitchen più di 200 ricette, molte con le mie note e modifiche (dosi, varianti senza lattosio, tempi del mio forno). Vorrei passare a un'altra app di ricette che importa file in formato JSON o CSV.

È possibile avere tutte le mie ricette salvate, con note e valutazioni, in un file di questo tipo? Non vorrei ricopiarle a mano una per una.

Account: chiara.lombardi@gmail.com

Grazie!
Chiara Lombardi""",
         "Chiara Lombardi"),
        ("restriction", (),
         "Segnalazione \"no-show\" nel sistema di prenotazione",
         """Gentili signori,

da qualche giorno non riesco più a prenotare un tavolo nell'angolo ristorante del vostro negozio di Liegi: il sito di prenotazione mi dice che il mio numero è "temporaneamente bloccato per mancate presentazioni".

L'unica prenotazione che non ho onorato è quella del 20 marzo, che però avevo disdetto per telefono la mattina stessa, parlando con una vostra cameriera. Ho contestato la segnalazione con il vostro servizio clienti e aspetto una risposta.

Fino a quando la questione non sarà chiarita, vi chiedo di non utilizzare quella segnalazione di "no-show" nei miei confronti né di trasmetterla alla piattaforma o ad altri ristoranti. Non cancellatela, però: deve restare come traccia del reclamo.

Distinti saluti,
Roberto Marini
+32 478 15 66 02""",
         "Roberto Marini"),
        ("objection", ("withdraw_consent",),
         "Dati delle sostituzioni condivisi con i marchi?",
         """Buongiorno,

nell'informativa del click & collect ho letto che le mie preferenze di sostituzione e i commenti del preparatore "possono essere condivisi in forma personalizzata con i nostri partner fornitori per campagne mirate". Infatti da febbraio ricevo offerte dirette da un marchio di pasta che mi ricorda che "al posto della tua solita pasta hai scelto la nostra".

Mi oppongo alla comunicazione dei miei dati di acquisto e di sostituzione ai fornitori a fini di marketing. Inoltre vi prego di togliermi dalla newsletter.

Alessandro Ferri
Avenue Brugmann 210, 1180 Uccle""",
         "Alessandro Ferri"),
        ("withdraw_consent", (),
         "foto torta sui social",
         """Salve, a febbraio al ritiro della torta per il battesimo di mio nipote avevo firmato un modulo in cui vi permettevo di usare la foto della torta (con il nome Leonardo scritto sopra) per i vostri social. Ci ho ripensato, non sono più d'accordo. Non usatela per favore.
Valentina De Luca
negozio di Mons""",
         "Valentina De Luca"),
        ("complaint", (),
         "Sollecito - nessuna risposta alla mia richiesta del 9 marzo",
         """Gentile responsabile della protezione dei dati,

il 9 marzo vi ho scritto per chiedere quali informazioni conservate sulla celiachia di mia figlia, che avevo indicato per gli ordini di catering per la sua prima comunione, e a quali ditte esterne le avete comunicate. Ad oggi, 23 aprile, non ho ricevuto nessuna risposta, nemmeno una conferma di ricezione. Ho anche chiamato il servizio clienti, che mi ha detto di "aspettare".

Vi ricordo che il termine previsto dal GDPR è di un mese. Se entro dieci giorni non ricevo una risposta completa, presenterò un reclamo all'Autorità per la protezione dei dati belga.

Paolo Esposito
Rue Saint-Léonard 95, 4000 Liège""",
         "Paolo Esposito"),
        ("other", (),
         "Torta sbagliata",
         """Buongiorno,

sabato ho ritirato al banco della pasticceria di Seraing la torta per il compleanno di mio figlio. Avevamo ordinato cioccolato con la scritta "Buon compleanno Giulio" e ci avete dato una torta al pistacchio con "Buon compleanno Giulia". Mio figlio ha 8 anni e non l'ha presa benissimo.

Vorrei un rimborso, almeno parziale. Ho ancora lo scontrino (38,50 €, ordine BK-SER-26-0418-007).

Grazie,
Marco Bianchi""",
         "Marco Bianchi"),
        ("other", (),
         "Olio extravergine pugliese per i vostri negozi",
         """Spett.le Ufficio Acquisti,

sono Nicola Carbone del Frantoio Carbone di Bitonto (BA). Produciamo olio extravergine d'oliva da cultivar Coratina e Ogliarola, biologico certificato, in bottiglie da 0,5 e 0,75 litri e in latte da 3 litri per la ristorazione.

Esportiamo già in Germania e nei Paesi Bassi e vorremmo entrare nel mercato belga. Pensiamo che il nostro olio possa interessare sia i vostri scaffali sia il vostro angolo ristorante e il reparto gastronomia.

Posso inviarvi il listino e dei campioni? Mi farebbe piacere sapere a chi rivolgermi.

Cordiali saluti,
Nicola Carbone
Frantoio Carbone s.r.l. - Via Santo Spirito 8, 70032 Bitonto
+39 080 371 22 48""",
         "Nicola Carbone"),
    ],
    "pt": [
        ("access", ("objection",),
         "Cartão de café - o que registam?",
         """Olá,

Uso o cartão de café da vossa loja de Saint-Josse quase todos os dias, ao pequeno-almoço. Há dias a app mostrou-me um "resumo do ano": 212 cafés, "o seu dia preferido é a segunda-feira", "costuma vir às 7h48", "experimente o nosso croissant integral, clientes como você adoram".

Fiquei um pouco surpreendida com o nível de detalhe. Gostava de saber exatamente o que registam sobre mim com esse cartão (horas, loja, o que consumo?) e para que é que usam essa informação.

E não quero que continuem a fazer esse tipo de perfil dos meus hábitos para me sugerir produtos. O cartão é para ter o 10.º café grátis, nada mais.

Obrigada,
Ana Ferreira""",
         "Ana Ferreira"),
        ("correction", (),
         "Nota \"halal\" no meu perfil",
         """Bom dia,

No ano passado encomendei no balcão de catering da loja de Schaerbeek um almoço para colegas, e pedi que os pratos fossem halal porque alguns colegas são muçulmanos. Desde então, todas as minhas encomendas de catering e até as de click & collect aparecem com a nota "Cliente: halal" e já me substituíram o fiambre por peru duas vezes.

A nota não está correta, eu não tenho restrições alimentares. Podem corrigir o meu perfil e retirar essa indicação?

Cumprimentos,
João Carvalho
joao.carvalho@sapo.example""",
         "João Carvalho"),
        ("deletion", ("withdraw_consent",),
         "lista de encomendas da padaria",
         """Boa tarde,

No Natal encomendei um bolo-rei no balcão da padaria da vossa loja de Ixelles e deixei o meu nome e telemóvel no caderno de encomendas. Desde então, recebo SMS da padaria: a Páscoa, os folares, o "pão da semana"...

Por favor apaguem o meu nome e número desse caderno e de qualquer lista da padaria. E não me enviem mais SMS.

Rita Sousa
0493 58 20 71""",
         "Rita Sousa"),
        ("portability", (),
         "Exportar listas de compras",
         """Olá,

Tenho na vossa app várias listas de compras guardadas (a semanal, a do churrasco, a das festas) e uns 300 produtos nos favoritos. Vou passar a fazer as compras noutro sítio e a app deles deixa importar listas em JSON ou CSV.

Conseguem enviar-me as minhas listas e os favoritos num ficheiro desses?

Conta: miguel.santos@outlook.example

Obrigado,
Miguel Santos""",
         "Miguel Santos"),
        ("restriction", (),
         "Uso indevido do meu cartão de café - não apaguem os dados",
         """Exmos. Senhores,

Descobri que alguém tem usado o meu cartão de fidelização do café (registado na app) na vossa loja de Antuérpia-Berchem: há 14 consumos e dois carregamentos de saldo de 50 € que não fiz, entre 2 e 16 de abril. Já bloqueei o cartão na app e apresentei queixa na polícia (auto n.º AN.55.L3.011842/2026).

A polícia pediu-me o registo das transações. Peço-vos, por isso, que não apaguem os dados desses movimentos (horas, caixas, meios de pagamento do carregamento), mas que também não os usem para mais nada enquanto a investigação decorrer, por exemplo para me enviar ofertas ou calcular pontos.

Com os melhores cumprimentos,
Beatriz Lopes
Statiestraat 12, 2600 Berchem""",
         "Beatriz Lopes"),
        ("objection", (),
         "Histórico de reservas e publicidade",
         """Boa noite,

Reservo mesa no restaurante da vossa loja de Waterloo duas ou três vezes por mês, pelo vosso site. Reparei que a plataforma de reservas me envia agora e-mails com "restaurantes que lhe vão agradar", com base nas minhas reservas na vossa loja ("como janta muitas vezes às sextas...").

Não quero que o meu histórico de reservas seja partilhado com essa plataforma para fins publicitários, nem usado por vocês para me fazer publicidade. Oponho-me a isso. As reservas em si podem continuar a funcionar normalmente.

Carlos Pereira""",
         "Carlos Pereira"),
        ("withdraw_consent", (),
         "",
         """boa tarde, nao quero receber mais a newsletter do clube de vinhos nem os convites para as provas. obg
tiago mendes""",
         "Tiago Mendes"),
        ("complaint", (),
         "E-mail com os endereços de todos os clientes",
         """Exmos. Senhores,

Hoje de manhã recebi um e-mail da NoWasteBox, "em nome da loja Shop Example Anderlecht", a avisar que os sacos surpresa dessa loja ficariam suspensos durante as obras. O e-mail foi enviado com todos os destinatários visíveis no campo "Para": contei mais de 180 endereços, nomes de pessoas, incluindo o meu.

Já recebi duas respostas "responder a todos" de pessoas que eu não conheço. É inaceitável que o meu endereço seja exposto assim, por vocês ou por um parceiro vosso. Quero que me expliquem como isto aconteceu e o que vão fazer. Estou a ponderar apresentar queixa à Autoridade de Proteção de Dados.

Sofia Martins""",
         "Sofia Martins"),
        ("other", (),
         "Pastéis de nata para 50 pessoas",
         """Olá!

Faço anos a 9 de maio e queria encomendar uns 50 pastéis de nata (ou mini) no balcão da padaria da loja de Saint-Gilles. Com quantos dias de antecedência tenho de encomendar? E a padaria abre ao sábado de manhã a que horas?

Obrigada,
Inês Rodrigues""",
         "Inês Rodrigues"),
        ("other", (),
         "pergunta antes de encomendar",
         """Olá, queria encomendar um bolo de aniversário com a foto do meu filho impressa. Se depois eu pedir, vocês apagam a foto ou ficam com ela? Só queria saber antes de fazer a encomenda. Obrigado, Pedro""",
         "Pedro Almeida"),
    ],
}

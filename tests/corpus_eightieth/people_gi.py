"""Person mail for the eightieth set (en nl fr de es it pt): gifts and the festive season (wish lists and gift registries, gift messages, recipients, surprises, the advent-calendar contest, Secret Santa, Christmas cards, gift cards, gift returns, engraved gifts), and mail that asks nothing of the privacy team. Written apart from the rules (see make_eightieth.py)."""

PEOPLE_GI = {
    "en": [
        ("access", ("objection",),
         "Who gave you my email address?",
         """Hello,

I have never shopped with you and never created an account. Last Christmas my aunt sent me a present from your webshop (a very nice cashmere scarf, so no complaints about that part). Since January I have been getting your newsletters addressed to me by name: "Dear Fiona, your Boxing Day favourites are back", "Fiona, treat yourself this winter" and so on.

The only way you can have my name and address is from my aunt's order, and the email must have come from the same place, since she says she typed it in "for the delivery people".

So I would like to know:
- what exactly you hold about me, and since when
- where each piece of it came from
- whether you have passed any of it to anyone else (couriers aside)

And in the meantime please stop sending me marketing. I never asked for it and I don't want it.

Regards,
Fiona Gallagher
Rue du Trone 112
1050 Ixelles""",
         "Fiona Gallagher"),
        ("correction", (),
         "Your Christmas card",
         """Hi there,

Thanks for the Christmas card, genuinely a nice touch. It was addressed to "Mr Shivon O'Dwyre" though, which made my husband laugh for a good ten minutes.

For the record it's Ms Siobhan O'Dwyer (S-I-O-B-H-A-N, O-apostrophe-D-W-Y-E-R). Could you fix it in whatever system the cards come from, and on my loyalty card account as well if it's wrong there too? Card number 2 4410 0387 2291.

Happy new year,
Siobhan""",
         "Siobhan O'Dwyer"),
        ("deletion", (),
         "Wedding registry WR-2025-0917-4431",
         """Dear Shop Example team,

In September my fiance and I set up a wedding registry with you at the Antwerp Meir store. The wedding was planned for 20 December. It is not going to happen, and I would rather not go into the reasons.

The registry is still online. It has both our full names, the date, the venue, a photo of us and the delivery address, and the "share" link went out to about ninety guests. Two people have bought things from it in the past fortnight (I've since contacted them myself and they are being refunded through your customer service, ticket 55120).

I would like the registry taken down and deleted completely: the page, the photo, the guest list we uploaded, the messages guests left, the delivery address on it, and the registry account itself. My normal customer account (rebecca.lyle@mailbox.example) can stay, I still shop with you.

I'd be grateful for a short confirmation once it's done. Please don't send anything to my former partner about this; he has agreed to it and I'll tell him myself.

Thank you,
Rebecca Lyle""",
         "Rebecca Lyle"),
        ("portability", (),
         "baby list export?",
         """Hi,

Our daughter Ava was born on 2 December (thank you to the Leuven store staff who helped us put the baby list together, they were lovely).

46 people bought something from the list. In our account we can see who bought what and the little messages they wrote, but only as a web page, and page by page at that. We'd like to have the whole thing as a file, ideally a spreadsheet (CSV or Excel is fine), with the item, the person, the date and their message, so we can load it into the card-printing site we're using for the thank-you cards instead of copying it all by hand with a newborn on one arm.

List number BL-77201, in the names of Jasper Claes and Hannah Whitfield.

Many thanks,
Hannah""",
         "Hannah Whitfield"),
        ("restriction", (),
         "Advent calendar contest - door 14 - please keep my entry",
         """Dear Sir or Madam,

On 14 December I entered door 14 of your online advent calendar contest and was told on screen and by email that I had won the espresso machine. On 19 December I received a second email saying I had been disqualified for "multiple entries from the same household".

My sister lives at the same address as me. She entered separately, with her own email and her own loyalty card, as the rules allow as far as I can read them. I have disputed the disqualification with your customer service (case 2025-ADV-3318) and I'm waiting for an answer. My name has already disappeared from the winners list on your website.

Until this is settled I ask that:
- my entry, the answers I gave and whatever logs you used to decide on the "same household" are NOT deleted, as I will need them if this goes further;
- but that they are not used for anything else in the meantime, and in particular that my name and details are not passed to the sponsor of the prize or used for marketing.

Please confirm in writing.

Yours faithfully,
Martin Cheung
Avenue de la Couronne 208, 1050 Brussels""",
         "Martin Cheung"),
        ("objection", (),
         "CardBloom",
         """Hello,

Before Christmas I used the "send an e-card" option at the end of my order on your website to send three cards to friends. Since then I get emails from CardBloom, the e-card company, with their own offers. The last one says: "You are receiving this because you used CardBloom via our partner Shop Example."

I object to you passing my details to CardBloom or to any other partner for their marketing. I used a feature on your website; that is where it should end. Please also make sure my friends' addresses aren't used by them either.

Thanks,
Peter Lindqvist""",
         "Peter Lindqvist"),
        ("withdraw_consent", (),
         "reminders",
         """hi, years ago i set up birthday reminders in your app for my mum and dad. my dad passed away in october and this week i got "only 7 days until Dad's birthday! find the perfect gift". please just stop all of these reminder emails and notifications, i dont want any of them anymore, for anyone. thanks

sent from my phone
Claire""",
         "Claire Dunmore"),
        ("complaint", ("deletion",),
         "You ruined my proposal",
         """I'm writing because I honestly don't know who else to write to.

On 9 December I ordered an engraved ring from your webshop, order 7740-2218-DE, delivery to my office in Zaventem so my girlfriend wouldn't see the parcel. The phone number I gave in the order was mine. The ring was engraved inside with the date I was planning to propose.

On 11 December my girlfriend got an SMS from your carrier: "Your Shop Example parcel with Engraved ring - 'Will you... 24.12.2025' will be delivered tomorrow between 10:00 and 14:00." She showed it to me that evening. You can imagine.

It turns out her mobile number is on my loyalty account because she once used my card at the till in Mechelen two years ago and the cashier "added her number so she'd get the receipts too". Nobody asked me. And apparently your system decided to send delivery texts to that number instead of the one on the order, and to include the engraving text in it.

I want an explanation of how an order confirmation and an engraving text ended up going to a number I never gave for that order, and I want her number removed from my account today. If I don't get a proper answer I will take this to the Data Protection Authority.

Daniel Okonkwo-Reid
0486 55 17 02""",
         "Daniel Okonkwo-Reid"),
        ("other", (),
         "Christmas hampers for 200 staff - quote",
         """Good morning,

I couldn't find a business sales address on your website, so apologies if this is the wrong inbox; please pass it on.

We'd like to order Christmas hampers for our staff this year:
- 200 hampers, the "Winter Deluxe" from your seasonal catalogue or something similar around EUR 45 excl. VAT each
- delivery split over three sites (Ghent 120, Kortrijk 50, Lille 30)
- delivered no later than Thursday 18 December
- a card with our logo and a short message in each hamper, if possible
- one invoice to our company with VAT number BE 0712.448.913

Could someone send me a quote and let me know the latest date to confirm?

Kind regards,

Nadia Haddad
Office & HR Manager
Vanmarcke Logistics NV
Industrieweg 14, 9000 Gent
+32 9 265 40 10""",
         "Nadia Haddad"),
        ("other", (),
         "Re: Order 7731190 - where is it?",
         """Hi,

So the parcel turned up on 29 December. The whole point of paying EUR 9.95 for express was for it to be under the tree on the 24th. My niece got a photo of a jigsaw puzzle on Christmas morning instead.

I'd like the express delivery fee refunded at least. The puzzle itself is fine, no need to return it.

Mark

> On 23 Dec 2025, at 16:02, Shop Example Customer Service wrote:
> Dear Mark,
> Thank you for your message. Due to exceptionally high volumes during
> the festive period some deliveries may take longer than usual. Your
> parcel is on its way and we expect it to arrive shortly.
> Kind regards, Ines - Customer Service""",
         "Mark Bellamy"),
    ],
    "nl": [
        ("access", (),
         "Secret Santa op het werk - wat krijgen jullie daarvan binnen?",
         """Goedemiddag,

Op ons werk heeft een collega dit jaar de Secret Santa georganiseerd via de functie "Lootjes trekken" in jullie app. Ik begreep dat die functie niet van jullie zelf is maar van een partner (er staat onderaan "powered by Lootjesland").

Om mee te doen moest ik mijn naam, e-mailadres, thuisadres (voor het geval het cadeau opgestuurd moest worden), mijn kledingmaat en een verlanglijstje invullen. Op mijn lijstje stonden onder andere een boek over rouwverwerking en een paar wollen sokken.

Sinds de trekking krijg ik van jullie mails als "Nog altijd op zoek naar die wollen sokken?" en suggesties voor boeken "die je misschien ook interesseren". Ik ben dus blijkbaar niet zo anoniem als ik dacht.

Ik zou graag weten:
1. welke gegevens uit die lootjestool bij jullie terechtkomen en wat jullie ermee doen;
2. wie mijn verlanglijstje allemaal kan zien: alleen degene die mij getrokken heeft, de organisator, alle collega's in de groep, jullie, Lootjesland?
3. welke gegevens jullie nu in totaal over mij hebben.

Met vriendelijke groeten,
Ellen Verstraete
Kortrijksesteenweg 301, 9000 Gent""",
         "Ellen Verstraete"),
        ("correction", (),
         "verkeerd mailadres op mijn account",
         """Hallo,

Vorig jaar heeft mijn vriend via mijn account een cadeau voor mij besteld en toen zijn eigen mailadres ingevuld zodat ik de bevestiging niet zou zien. Lief bedoeld, maar sindsdien gaan al mijn bestelbevestigingen, facturen en de nieuwsbrief naar hem, en hij is het vergeten terug te zetten. Wijzigen in de app lukt niet, ik krijg dan een code op zijn adres.

Kunnen jullie het mailadres op mijn klantenaccount weer veranderen naar lotte.peeters@telenet.example? Klantenkaart 2 4410 1198 5073, geboortedatum 14/03/1994 als controle.

Dank je!
Lotte Peeters""",
         "Lotte Peeters"),
        ("deletion", (),
         "adressen in adresboek",
         """Beste,

In het adresboek van mijn account op jullie webshop staan nog drie adressen die ik vroeger gebruikte om cadeaus te laten leveren: dat van mijn ex-vriendin in Leuven en dat van haar ouders in Tienen en Hoegaarden. We zijn sinds de zomer uit elkaar en ik wil die adressen daar niet meer hebben staan, ik vind het ook niet correct tegenover haar familie.

In de app kan ik ze niet wissen, het vuilbakje is grijs met de melding "Adres gebruikt in een eerdere bestelling". Willen jullie ze definitief verwijderen, niet alleen uit mijn adresboek maar ook uit jullie systemen, voor zover jullie ze niet wettelijk moeten bijhouden voor oude facturen?

Mijn account: jonas.desmet@skynet.example

Alvast bedankt,
Jonas De Smet""",
         "Jonas De Smet"),
        ("portability", (),
         "overzicht bestellingen in Excel",
         """Dag,

In onze familie houden we sinds een paar jaar bij wie welk cadeau heeft gekregen, zodat niemand twee keer hetzelfde krijgt (mijn schoonvader heeft intussen vier paar pantoffels). Bijna alles koop ik bij jullie, online of in de winkel met mijn klantenkaart.

Zouden jullie mij al mijn aankopen van de laatste vijf jaar kunnen bezorgen als Excel- of CSV-bestand? Met datum, artikel, prijs en, waar dat er is, het leveradres of de naam van de ontvanger. Dan kan ik het in onze gedeelde spreadsheet inladen. De pdf-facturen in mijn account zijn per bestelling en daar geraak ik niet door.

Klantenkaart: 2 4410 0062 8817

Vriendelijke groeten,
Marleen Wouters""",
         "Marleen Wouters"),
        ("restriction", (),
         "Geboortelijst nr. GL-2025-08841 - niet verwijderen",
         """Geachte,

Mijn ex-partner en ik hebben in mei samen een geboortelijst aangemaakt in uw winkel te Hasselt (lijstnummer GL-2025-08841). Onze zoon is in augustus geboren. Inmiddels zijn wij uit elkaar en is er onenigheid over de cadeaus van de lijst en over het resterende tegoed van EUR 640 dat nog op de lijst staat.

Ik verneem dat mijn ex-partner bij u gevraagd heeft om de lijst af te sluiten en alle gegevens te verwijderen. Ik vraag u uitdrukkelijk dat niet te doen. De gegevens van de lijst (wie wat gekocht heeft, de stortingen, het tegoed en de berichten) zijn nodig in de bemiddeling die momenteel loopt.

Tegelijk wil ik niet dat ze intussen gebruikt of gewijzigd worden: geen uitbetaling of omzetting van het tegoed, geen wijzigingen aan de lijst, geen mailings naar de gevers. Gelieve de lijst te blokkeren tot ik u een akkoord of een beslissing van de bemiddelaar kan bezorgen.

Ik verneem graag schriftelijk dat dit gebeurd is.

Hoogachtend,
Sarah Janssens
Kempische Steenweg 88, 3500 Hasselt
0475 31 82 90""",
         "Sarah Janssens"),
        ("objection", (),
         "Kerstfolder op mijn naam",
         """Goeiedag,

Ik ben geen klant bij jullie. Vorige week lag er toch een kerstfolder van Shop Example in mijn bus, op mijn naam, met daarop "Speciaal voor Els: de mooiste cadeaus van het seizoen".

Na wat navragen blijkt dat mijn zus mijn adres in haar adresboek op jullie webshop heeft staan, omdat ze me vorig jaar een verjaardagscadeau heeft laten leveren. Dat ze mijn adres daarvoor gebruikt is prima. Dat jullie het daarna gebruiken om mij reclame te sturen, niet.

Gelieve mijn naam en adres niet meer voor reclame of folders te gebruiken, op welke manier dan ook.

Els Vermeulen
Dorpsstraat 12
8340 Damme""",
         "Els Vermeulen"),
        ("withdraw_consent", ("objection",),
         "sms",
         """stop aub met die sms-en. eerst sinterklaasactie, dan kerstactie, nu weer solden, ik krijg er 3 per week. ik wil geen sms meer van jullie
en ook die mails met "speciaal voor jou geselecteerd" op basis van wat ik koop, daar heb ik ook geen zin in. gebruik mijn aankopen daar niet meer voor

0494 22 17 63
kevin""",
         "Kevin Maes"),
        ("complaint", ("deletion",),
         "Factuur in cadeaupakket",
         """Beste,

Op 12 december bestelde ik bij jullie online een kaschmier sjaal voor mijn schoonmoeder (bestelling 7739-0051), met cadeauverpakking en een persoonlijk kaartje. Het pakket werd rechtstreeks naar haar verstuurd.

In het pakket zat niet alleen het kaartje, maar ook de factuur. Daarop stonden de prijs, mijn korting met de klantenkaart, mijn adres én de tekst die ik in het vak "Opmerking voor de winkel" had gezet, en die echt alleen voor jullie bedoeld was: "Graag zorgen dat het er duur uitziet, ze is nogal kritisch." Mijn schoonmoeder heeft het allemaal gelezen. De kerst was, laten we zeggen, gespannen.

Ik had "Dit is een cadeau, geen prijzen tonen" aangevinkt. Ik vind het ongehoord dat interne opmerkingen en mijn gegevens zomaar met het pakket meegaan naar iemand anders. Hoe is dit mogelijk, en bij hoeveel andere klanten gebeurt dit?

Verder wil ik dat die opmerking uit mijn bestelling verwijderd wordt, ik wil niet dat ze nog ergens opduikt.

Met vriendelijke groeten,
Bart Claessens""",
         "Bart Claessens"),
        ("other", (),
         "Openingsuren 24 en 31 december",
         """Hallo,

Zijn jullie winkels in Gent Zuid en Sint-Amandsberg open op 24 en 31 december, en tot hoe laat? Op de website staat alleen "aangepaste openingsuren tijdens de feestdagen" maar niet welke.

En op 26 december en 2 januari, gewoon open?

Merci,
Ine""",
         "Ine Van Damme"),
        ("other", (),
         "Re: ruilen",
         """Dag,

Ik had u vorige week al gemaild maar nog niets gehoord. Ik heb met kerst een koffiezetapparaat gekregen (Philips, zwart) dat bij jullie gekocht is, maar we hebben er al een. Ik heb geen kassaticket en ik wil het ook niet aan de gever vragen eigenlijk.

Kan ik het ruilen in de winkel in Hasselt zonder ticket? Het zit nog in de originele doos, niet geopend. Desnoods een tegoedbon, geen probleem.

Groetjes
Annelies

-----Oorspronkelijk bericht-----
Van: Annelies Stevens
Verzonden: zaterdag 27 december 2025 10:14
Aan: privacy@shop.example.be
Onderwerp: ruilen

kan ik een cadeau ruilen zonder kassaticket?""",
         "Annelies Stevens"),
    ],
    "fr": [
        ("access", ("withdraw_consent",),
         "Concours calendrier de l'Avent - demande d'accès (art. 15 RGPD)",
         """Madame, Monsieur,

Le 9 décembre, j'ai participé au jeu-concours « Calendrier de l'Avent » sur votre site (case n° 9, un robot pâtissier offert par votre partenaire Kuchenmeister). J'ai eu la bonne surprise de gagner.

J'ai eu en revanche la mauvaise surprise de découvrir la liste des gagnants publiée sur votre page Facebook avec mon nom complet et ma commune (« Catherine Lambotte, Jambes »). Depuis, Kuchenmeister m'envoie des e-mails publicitaires à mon adresse personnelle, que je n'ai jamais donnée à cette société.

Conformément à l'article 15 du RGPD, je vous demande de me communiquer :
- l'ensemble des données me concernant que vous avez collectées dans le cadre de ce concours (et, plus largement, que vous détenez) ;
- les destinataires à qui ces données ont été transmises, en particulier Kuchenmeister, et à quel titre ;
- la durée pendant laquelle vous comptez les conserver.

Par ailleurs, pour pouvoir jouer, j'avais dû cocher la case « J'accepte de recevoir la newsletter ». Je retire ce consentement avec effet immédiat.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Catherine Lambotte
Avenue Jean Materne 54
5100 Jambes""",
         "Catherine Lambotte"),
        ("correction", (),
         "date de naissance erronée",
         """Bonjour,

Je reçois chaque année vos bons « Joyeux anniversaire » au mois de mars. Je suis née le 17 octobre 1990.

Je pense avoir compris : quand nous avons créé notre liste de naissance chez vous en 2023, le formulaire demandait une « date » et j'ai mis la date prévue de l'accouchement, le 21 mars. Visiblement c'est devenu ma date de naissance dans mon compte client. Mon fils est ravi d'avoir un bon d'achat le jour de son anniversaire, mais ce n'est pas le mien.

Pourriez-vous corriger ma date de naissance : 17/10/1990 ?

Carte de fidélité 2 4410 0741 3356, compte julie.renard@proximus.example

Merci et bonnes fêtes,
Julie Renard""",
         "Julie Renard"),
        ("deletion", (),
         "Adresses e-mail de mes petits-enfants",
         """Bonjour,

Pour la Saint-Nicolas, j'ai acheté sur votre site quatre cartes cadeaux électroniques de 25 euros pour mes petits-enfants. Le site demandait l'adresse e-mail du destinataire pour envoyer la carte, et j'ai donc encodé leurs adresses. Ils ont entre 9 et 14 ans.

Ma fille me fait remarquer que les enfants reçoivent maintenant vos publicités et qu'on leur propose de « créer un compte ». Ce n'était évidemment pas mon intention.

Je vous demande de supprimer les adresses e-mail des enfants et tout ce qui se rapporte à eux dans vos fichiers. Les cartes ont déjà été utilisées, vous n'en avez plus besoin.

Il s'agit de :
noa.dumont2013@gmail.com
lucie.dumont@hotmail.example
tom.vanlierde12@gmail.com
ines.vanlierde@skynet.example

Avec mes remerciements,
Monique Dumont
Rue des Alliés 7, 7000 Mons""",
         "Monique Dumont"),
        ("portability", (),
         "Export de mes listes d'envies",
         """Bonjour,

J'ai sur votre site cinq listes d'envies (Noël, anniversaire, maison, enfants, « un jour peut-être »), soit à peu près 120 articles accumulés depuis 2019. Je passe à une application de listes indépendante qui permet d'importer des fichiers.

Est-il possible de recevoir toutes mes listes dans un fichier CSV ou JSON, avec pour chaque article le nom, la référence, le prix au moment de l'ajout, la date d'ajout et la liste dans laquelle il se trouve ? Le bouton « Partager » ne donne qu'un lien, pas un fichier.

Compte : a.mertens@voo.example

Merci d'avance !
Aurélie Mertens""",
         "Aurélie Mertens"),
        ("restriction", (),
         "compte commun - ne rien supprimer",
         """Madame, Monsieur,

Mon époux et moi sommes en instance de divorce. Nous avons un compte client commun chez vous (adresse de connexion famille.lejeune@gmail.com), ouvert à mon nom mais qu'il utilise lui aussi.

Mon avocate m'informe que mon époux a l'intention de faire valoir certains achats (notamment des cadeaux de fin d'année et des bijoux achetés en 2024 et 2025) dans le cadre de la liquidation. Je crains qu'il ne supprime des commandes, des listes ou l'historique, ou qu'il ne modifie les coordonnées du compte.

Je vous demande donc de geler ce compte : ne supprimez aucune donnée, mais ne permettez plus de modification et n'utilisez plus ces données, y compris à des fins commerciales, jusqu'à ce que je vous fasse parvenir une décision du tribunal ou un accord entre les parties.

Vous trouverez les coordonnées de mon avocate ci-dessous si nécessaire : Me Valérie Gobert, Boulevard d'Avroy 112, 4000 Liège.

Veuillez agréer mes salutations distinguées.

Nathalie Lejeune-Hardy""",
         "Nathalie Lejeune-Hardy"),
        ("objection", (),
         "Opposition - courrier publicitaire",
         """Madame, Monsieur,

J'ai reçu ces dernières semaines, à mon domicile, votre catalogue de fêtes, une « carte de voeux personnalisée » avec un bon de réduction et un dépliant pour les soldes. Tout cela est adressé à mon nom.

Je vous informe que je m'oppose à l'utilisation de mes nom et adresse postale à des fins de prospection commerciale, quel que soit le support. Je vous demande de cesser tout envoi de ce type.

Cette opposition ne concerne pas mes commandes : je continuerai à acheter chez vous, mais je ne veux plus de publicité dans ma boîte aux lettres.

Salutations,
Jean-Pierre Collard
Rue de la Station 15
6700 Arlon""",
         "Jean-Pierre Collard"),
        ("withdraw_consent", (),
         "trop de SMS",
         """Bonjour, entre le 1er et le 24 décembre j'ai reçu 14 SMS de votre part (calendrier de l'Avent, idées cadeaux, "dernier jour pour être livré à temps"...). C'est trop. Je ne veux plus recevoir de SMS ni d'e-mails publicitaires. Mon numéro : 0471 66 20 48. Merci. Sophie""",
         "Sophie Hennaux"),
        ("complaint", ("deletion",),
         "Notre liste de naissance se trouve sur Google !!",
         """Bonjour,

Je suis sidérée. En tapant mon nom sur Google hier soir, je suis tombée sur notre liste de naissance chez vous. Elle est visible par n'importe qui, sans mot de passe, avec :
- mon nom et celui de mon compagnon,
- le prénom de notre bébé et sa date de naissance,
- l'adresse de livraison des cadeaux, c'est-à-dire notre domicile,
- et la photo de l'échographie que j'avais mise en couverture.

Lors de la création de la liste en magasin à Namur, la vendeuse nous avait assuré que la liste ne serait accessible qu'avec le lien que nous partagerions. Rien ne nous a été dit sur les moteurs de recherche et je n'ai jamais rien coché de tel.

Je considère qu'il s'agit d'un manquement grave à la protection de nos données et de celles d'un nouveau-né. Je me réserve le droit de déposer plainte auprès de l'Autorité de protection des données.

Je vous demande de retirer immédiatement cette liste du web et de la supprimer avec tout ce qu'elle contient, y compris la photo. Les cadeaux ont été reçus, nous n'en avons plus besoin.

Liste n° LN-2025-03377

Émilie Gérard
0497 18 42 55""",
         "Émilie Gérard"),
        ("other", (),
         "emballage cadeau",
         """Bonjour,

Quelles sont les possibilités d'emballage cadeau pour une commande en ligne ? Je vois l'option à 2,50 € mais pas de photo. Est-ce qu'on peut choisir le papier (j'aimerais éviter le papier avec des pères Noël, c'est pour un anniversaire) et est-ce que chaque article est emballé séparément si je commande trois livres ?

Et en magasin à Wavre, l'emballage est gratuit ?

Merci beaucoup,
Chantal Pirotte""",
         "Chantal Pirotte"),
        ("other", (),
         "Question avant achat carte cadeau",
         """Bonjour,

Simple question avant d'acheter : si j'achète une carte cadeau en ligne pour ma voisine, qui n'a pas d'ordinateur, est-ce que vous enregistrez aussi son nom à elle quelque part, ou seulement le mien ? Et peut-elle l'utiliser en magasin sans créer de compte ni donner ses coordonnées ?

Je ne demande rien de particulier, c'est juste pour savoir comment ça marche avant de commander. Elle est un peu méfiante avec tout ça.

Bien à vous,
Michel Dethier""",
         "Michel Dethier"),
    ],
    "de": [
        ("access", ("deletion",),
         "Mein Wunschzettel war öffentlich",
         """Guten Tag,

gestern hat mich eine Arbeitskollegin gefragt, ob ich schwanger sei. Sie hatte meinen Namen gegoogelt (wegen eines Projekts, sagt sie) und war dabei auf meinen Wunschzettel in Ihrem Webshop gestoßen. Darauf stehen unter anderem Umstandsjeans, ein Babyphone und ein Stillkissen. Ich habe das bisher nur meinem Mann und meiner Mutter erzählt, und der Wunschzettel war nur für die beiden gedacht.

In meinem Konto steht bei dem Wunschzettel jetzt "Sichtbarkeit: öffentlich". Ich kann mich nicht erinnern, das jemals eingestellt zu haben; beim Anlegen im Oktober war, soweit ich weiß, "privat" voreingestellt.

Ich bitte Sie deshalb um Auskunft:
- seit wann der Wunschzettel auf "öffentlich" stand und wer oder was das geändert hat,
- wie oft und von wem er in dieser Zeit aufgerufen wurde, soweit Sie das protokollieren,
- ob er an Suchmaschinen oder sonst jemanden weitergegeben wurde,
- welche Daten Sie insgesamt über mich gespeichert haben.

Sobald ich diese Auskunft habe, löschen Sie den Wunschzettel bitte vollständig.

Mit freundlichen Grüßen
Katharina Brandt
Rue Stévin 51, 1000 Brüssel""",
         "Katharina Brandt"),
        ("correction", (),
         "Ihre Weihnachtskarte / Anrede",
         """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Weihnachtskarte. Sie war adressiert an "Herrn Dr. Jürgen Müler". Richtig wäre: Frau Dr. Jutta Müller. Bei zwei Fehlern in Vorname, Anrede und Nachname frage ich mich, wie das zustande kommt, aber das nur am Rande.

Bitte korrigieren Sie meine Daten entsprechend in Ihrem Kundensystem, damit auch Rechnungen und die Post der Kundenkarte künftig richtig adressiert sind.

Kundennummer: 1180-44730
Anschrift (die ist korrekt): Hostert 23, 4700 Eupen

Mit freundlichen Grüßen
Dr. Jutta Müller""",
         "Jutta Müller"),
        ("deletion", (),
         "Konto meiner verstorbenen Mutter",
         """Sehr geehrte Damen und Herren,

meine Mutter, Gertrud Schröder, ist am 2. September verstorben. Heute kam an ihre Adresse, in der ich jetzt ihren Haushalt auflöse, eine Weihnachtskarte von Ihnen: "Liebe Gertrud, schöne Feiertage und bis bald in Ihrer Filiale in St. Vith!"

Ich weiß, dass Sie das nicht wissen konnten. Trotzdem war es kein schöner Moment.

Bitte löschen Sie ihr Kundenkonto und ihre Kundenkarte und alle Daten, die Sie über sie gespeichert haben, damit keine weitere Post mehr kommt. Eine Kopie der Sterbeurkunde kann ich Ihnen gerne schicken, falls Sie sie benötigen. Ein eventuelles Restguthaben auf der Karte ist mir egal.

Angaben, die ich habe: Gertrud Schröder, geb. 11.05.1941, Malmedyer Straße 9, 4780 St. Vith, Kundenkarte 2 4410 0009 4128.

Mit freundlichen Grüßen
Thomas Schröder""",
         "Thomas Schröder"),
        ("portability", (),
         "Wichtel-Daten als Datei",
         """Hallo,

unser Verein hat die letzten drei Jahre das Wichteln über die Funktion "Wichteln / Secret Santa" in Ihrer App organisiert, ich war jedes Mal der Organisator. Nächstes Jahr wollen wir auf eine andere Wichtel-App umsteigen, weil viele ältere Mitglieder Ihre App nicht installieren wollen.

Kann ich die Daten meiner Wichtelgruppen, also Teilnehmer, Wunschlisten, Ziehungen und Budgets der Jahre 2023 bis 2025, als Datei bekommen, am liebsten als JSON oder CSV, damit ich sie in die neue App importieren kann? In der App sehe ich nur eine Übersicht pro Jahr, einen Export finde ich nicht.

Gruppenname: "KSV Raeren Wichteln", mein Konto: stefan.kohnen@web.example

Danke und einen guten Rutsch,
Stefan Kohnen""",
         "Stefan Kohnen"),
        ("restriction", (),
         "Bestellung 7712-3390 (Gravur) - Daten nicht löschen, nicht verwenden",
         """Sehr geehrte Damen und Herren,

am 28. November habe ich bei Ihnen eine Armbanduhr mit Gravur auf dem Gehäuseboden bestellt, ein Weihnachtsgeschenk für meinen Vater. Die Gravur ist fehlerhaft ("Für Papa, 70 Jahre" statt "Für Papa, 75 Jahre"), obwohl ich den Text in der Gravurfreigabe korrekt eingegeben und bestätigt habe. Ihr Kundendienst behauptet, der Fehler liege bei mir, und verweigert die Rückerstattung von EUR 349. Ich habe die Sache an meine Rechtsschutzversicherung übergeben.

Ich fordere Sie daher auf, die zu dieser Bestellung gehörenden Daten, insbesondere den von mir eingegebenen Gravurtext, die Freigabe mit Zeitstempel und die Fotos der fertigen Gravur, nicht zu löschen, da sie als Beweismittel benötigt werden.

Gleichzeitig untersage ich jede andere Verwendung dieser Daten bis zur Klärung. Ich habe gesehen, dass Sie auf Instagram Fotos von Gravuren als "Kundenbeispiele" zeigen; mit Fotos meiner Bestellung und dem Namen meines Vaters soll das nicht geschehen.

Bitte bestätigen Sie mir dies schriftlich.

Mit freundlichen Grüßen
Andreas Weber
Avenue Louise 327, 1050 Ixelles""",
         "Andreas Weber"),
        ("objection", (),
         "Geschenkideen für Ihre Frau",
         """Guten Tag,

seit ich im Dezember ein paar Weihnachtsgeschenke für meine Frau bei Ihnen gekauft habe, bekomme ich E-Mails und App-Meldungen wie "Geschenkideen für Ihre Frau", "Sie hat bald Geburtstag?" und Parfumwerbung. In der App steht bei meinen Interessen plötzlich "Damenmode, Schmuck, Wellness".

Ich möchte nicht, dass Sie aus meinen Einkäufen ein Profil erstellen und mir danach Werbung zuschneiden. Bitte hören Sie damit auf und verwenden Sie meine Einkäufe nicht mehr für solche Auswertungen.

Gruß
Markus Hoffmann""",
         "Markus Hoffmann"),
        ("withdraw_consent", ("deletion",),
         "Widerruf Einwilligung Telefonwerbung (Adventskalender-Gewinnspiel)",
         """Sehr geehrte Damen und Herren,

bei der Teilnahme an Ihrem Adventskalender-Gewinnspiel habe ich am 3. Dezember das Kästchen "Ich möchte telefonisch über Angebote informiert werden" angekreuzt. Seitdem wurde ich zweimal von einem Callcenter in Ihrem Auftrag angerufen, zuletzt am 27. Dezember um 19:40 Uhr.

Ich widerrufe hiermit diese Einwilligung. Außerdem bitte ich Sie, meine Telefonnummer (0032 487 21 44 09) aus Ihren Unterlagen zu löschen, da Sie sie für nichts anderes brauchen.

Mit freundlichen Grüßen
Claudia Lenz""",
         "Claudia Lenz"),
        ("complaint", (),
         "Beschwerde: Geschenknachricht auf dem Lieferschein",
         """Sehr geehrte Damen und Herren,

ich habe über Ihren Webshop ein Geschenk an meine Partnerin schicken lassen, Lieferung an ihren Arbeitsplatz (eine Anwaltskanzlei in Brüssel). Im Bestellvorgang gab es das Feld "Persönliche Grußbotschaft (wird auf einer Grußkarte beigelegt)". Ich habe dort eine sehr persönliche Nachricht geschrieben.

Eine Grußkarte lag nicht bei. Stattdessen war meine Nachricht auf den Lieferschein gedruckt, und der Lieferschein steckte in der durchsichtigen Tasche außen am Paket. Die Empfangsdame und mindestens zwei Kollegen meiner Partnerin haben den Text gelesen, bevor das Paket bei ihr ankam. Die Nachricht enthielt Hinweise auf ihre Gesundheit, die niemanden in ihrem Büro etwas angehen.

Ihr Kundendienst hat mir einen Gutschein über 15 Euro angeboten. Das geht an der Sache vorbei. Ich erwarte eine Erklärung, warum ein als Grußkarte angekündigter Text offen außen auf dem Paket landet, und was Sie tun, damit das nicht wieder passiert. Sollte ich innerhalb von zwei Wochen keine vernünftige Antwort erhalten, wende ich mich an die Datenschutzbehörde.

Bestellnummer: 7738-4102

Mit freundlichen Grüßen
Florian Berger""",
         "Florian Berger"),
        ("other", (),
         "Öffnungszeiten Heiligabend Eupen",
         """Hallo,

hat Ihre Filiale in Eupen an Heiligabend geöffnet und bis wann? Und am 27. Dezember (Samstag)?

Ich muss noch ein Geschenk abholen, das ich zur Abholung in der Filiale bestellt habe (Bestellung 7741-0873).

Danke!
Sabine Mertes""",
         "Sabine Mertes"),
        ("other", (),
         "Umtausch",
         """Guten Tag

Ich habe zu Weihnachten einen Pullover geschenkt bekommen, der bei Ihnen gekauft wurde (Etikett ist noch dran). Leider ist er zu klein. Einen Kassenbon habe ich nicht, der Schenkende wohnt in Deutschland und ich möchte ihn nicht fragen.

Kann ich den Pullover trotzdem in einer Filiale umtauschen, z.B. in Lüttich? Und bis wann geht das?

Vielen Dank
Helga Krings""",
         "Helga Krings"),
    ],
    "es": [
        ("access", (),
         "¿Quién os dio mi correo?",
         """Hola,

Este año en el trabajo hicimos el amigo invisible con vuestra herramienta "Amigo invisible" de la web. Yo no me apunté: una compañera, la que lo organizaba, metió la lista con los nombres y correos de todos los del departamento. Luego me llegó un correo vuestro con el nombre de la persona a la que me tocaba regalar y un enlace para "completar mi perfil y mi lista de deseos".

No tengo cuenta con vosotros ni la he pedido. Ahora recibo también vuestras ofertas de Navidad.

Quiero saber qué datos tenéis exactamente de mí, de dónde los habéis sacado (supongo que de mi compañera, pero quiero saberlo), si mi correo ha pasado a alguna otra empresa (en el pie del correo pone "Amigo invisible es un servicio de GiftDraw") y para qué lo estáis usando.

Un saludo,
Raquel Montero Iglesias""",
         "Raquel Montero Iglesias"),
        ("correction", (),
         "Mi cuenta sale a nombre de mi hija",
         """Buenos días:

En octubre compré en vuestra web una tarjeta regalo para el cumpleaños de mi hija Carmen. Al hacerlo, en un paso que no entendí bien, debí de poner su nombre donde iba el mío. Desde entonces todo lo que recibo de vosotros va dirigido a "Carmen Ruiz": la newsletter, la felicitación de Navidad, hasta la factura de mi último pedido. Incluso la tarjeta de fidelidad me saluda en la app con "Hola, Carmen".

Mi nombre es Pilar Ruiz Soto. Os ruego que lo corrijáis en mi cuenta (pilar.ruizsoto@gmail.com) y en la tarjeta de fidelidad, y, si puede ser, también en la factura del pedido 7736-5120, que necesito para el trabajo.

Gracias,
Pilar Ruiz Soto""",
         "Pilar Ruiz Soto"),
        ("deletion", ("access",),
         "devolución de un regalo / no soy cliente",
         """Hola, buenas

Me regalaron una lámpara por Navidad comprada en vuestra tienda online y la devolví por el portal de devoluciones con el ticket regalo, porque ya tenía una igual. Para eso el portal me pidió nombre, correo, teléfono y un número de cuenta para el reembolso. Hasta aquí bien, me llegó el vale.

Pero ahora recibo correos que dicen "Hola Lucía, ¡completa tu perfil y consigue un 10 %!" y un SMS sobre las rebajas. Yo no soy clienta, no he abierto ninguna cuenta.

Quiero que borréis todos mis datos, incluido el número de cuenta bancaria, ya que la devolución está cerrada. Y antes decidme, por favor, qué datos habéis guardado de mí y si la persona que me hizo el regalo puede ver que lo devolví (me da un poco de vergüenza, la verdad).

Lucía Fernández
0488 40 12 77""",
         "Lucía Fernández"),
        ("portability", (),
         "Lista de Reyes en fichero",
         """Hola:

Para los Reyes de mis hijos hice en vuestra web una lista de deseos con unos 40 juguetes y libros. Ahora la abuela, que vive en Valencia, quiere comprar allí algunos regalos en otra tienda y usar la misma lista, y la aplicación que usa la familia para repartirse los regalos solo importa ficheros CSV o Excel.

¿Me podéis mandar la lista en uno de esos formatos, con el nombre del artículo, la marca, la referencia EAN y el precio? Desde la web solo puedo compartir un enlace y ella no puede abrirlo en la aplicación.

Mi cuenta: javier.ortega@outlook.com, lista "Reyes 2026 Daniel y Marta".

Gracias y felices fiestas,
Javier Ortega""",
         "Javier Ortega"),
        ("restriction", (),
         "Tarjeta regalo 6033 **** 4471 - denuncia",
         """Estimados señores:

El 5 de diciembre compré en su tienda de Ixelles una tarjeta regalo de 150 EUR para mi ahijado. Cuando él fue a usarla el 27 de diciembre, el saldo era cero. Según su servicio de atención al cliente, la tarjeta se canjeó online el 8 de diciembre desde una cuenta que no es ni la mía ni la suya.

He presentado denuncia en la policía de Ixelles (PV n.º BR.21.L3.044218/2025) y la policía me indica que solicitará a su empresa los datos de ese canje.

Les pido por tanto que conserven todos los datos relacionados con esta tarjeta (compra, activación, canje, cuenta desde la que se canjeó, direcciones IP) y que no los borren, pero que no los usen para ninguna otra cosa ni los modifiquen mientras dure la investigación. Mis propios datos de la compra tampoco deben utilizarse para nada más hasta que esto se aclare.

Les ruego confirmación por escrito.

Atentamente,
Fernando Castillo Moreno
Rue Malibran 64, 1050 Ixelles""",
         "Fernando Castillo Moreno"),
        ("objection", (),
         "Concurso de Adviento y marcas patrocinadoras",
         """Buenas tardes:

Participé en vuestro calendario de Adviento (no gané nada, por cierto). Desde entonces me escriben dos marcas que patrocinaban premios, una de cafeteras y otra de cosmética, diciendo que tienen mis datos "como participante del concurso de Shop Example".

No estoy de acuerdo con que cedáis mis datos a esas marcas ni a ninguna otra para que me hagan publicidad. Os pido que dejéis de hacerlo y que se lo comuniquéis a ellas.

Saludos,
Alberto Navarro""",
         "Alberto Navarro"),
        ("withdraw_consent", (),
         "baja",
         """hola quiero darme de baja de los correos de ofertas y de los whatsapp, en navidad me habeis mandado uno cada dia. gracias
rocio garcia
0470 55 31 26""",
         "Rocío García"),
        ("complaint", ("withdraw_consent",),
         "Se ha estropeado la sorpresa de Reyes",
         """Buenas,

Escribo bastante enfadada. Compré en vuestra app los regalos de Reyes de mis hijos (una bicicleta y una consola) y tenemos la app instalada también en la tableta familiar, con mi cuenta.

El 4 de enero, mientras los niños veían dibujos en la tableta, apareció en pantalla una notificación: "¡Tu pedido Bicicleta infantil 20'' rosa y Nintendo Switch sale hoy hacia casa!". Mi hija de 7 años la leyó en voz alta. Adiós a los Reyes Magos en casa este año.

Entiendo que es una notificación del pedido, pero ¿de verdad hace falta poner el nombre de los productos en una notificación que sale en la pantalla de bloqueo? Nadie me avisó y no encontré ninguna opción para ocultarlo. Me parece una falta total de cuidado con los datos de los clientes.

Además, a partir de ahora no quiero más notificaciones push de la app, de ningún tipo.

Teresa Molina""",
         "Teresa Molina"),
        ("other", (),
         "Pedido de Reyes llegado tarde",
         """Hola,

El pedido 7744-0162 (un juego de construcción) tenía entrega garantizada "antes del 5 de enero" si pedía antes del 20 de diciembre, y pedí el 18. Llegó el 8 de enero.

¿Me podéis devolver por lo menos los gastos de envío (4,95 EUR)? El juguete me lo quedo, ya se lo daremos para su cumpleaños.

Gracias,
Manuel Prieto""",
         "Manuel Prieto"),
        ("other", (),
         "tarjeta regalo",
         """Hola! una pregunta rápida: las tarjetas regalo que se compran en tienda ¿se pueden usar también en la web? ¿Y caducan? Me regalaron una de 50 euros en Navidad y no pone fecha en ningún sitio.

Gracias!!
Nerea""",
         "Nerea Aguirre"),
    ],
    "it": [
        ("access", (),
         "Gift card regalata - quali dati vede il destinatario?",
         """Buongiorno,

prima di Natale ho acquistato sul vostro sito una gift card elettronica da 100 euro per una collega, inserendo il suo indirizzo e-mail come destinataria. Lei mi ha poi detto, un po' imbarazzata, che nella mail ricevuta da voi comparivano non solo il mio nome e il mio messaggio, ma anche il mio numero di cellulare e il mio indirizzo di casa, "per eventuali comunicazioni".

Vorrei sapere con precisione:
- quali dati miei vengono mostrati o inviati al destinatario di una gift card;
- quali dati su di me conservate in relazione a questo acquisto e in generale nel mio account;
- se questi dati sono stati comunicati anche alla società che gestisce le gift card per vostro conto.

Ordine n. 7737-8815.

Cordiali saluti,
Francesca Bellini
Rue de la Loi 155, 1040 Bruxelles""",
         "Francesca Bellini"),
        ("correction", (),
         "Giusepe",
         """Buonasera,

ho ordinato una penna incisa come regalo di Natale per mio padre. Il testo dell'incisione l'avete composto voi in automatico dal mio profilo: "Con affetto, Giusepe". Con una P sola. Mio padre ha apprezzato lo stesso, ma vorrei evitare che si ripeta.

Il mio nome è Giuseppe, con due P. Nel profilo dell'account risulta effettivamente "Giusepe", probabilmente un errore mio di tanti anni fa, ma dall'app non riesco a modificarlo (il campo nome è bloccato "per motivi di sicurezza"). Potete correggerlo voi?

Account: g.lombardi@libero.example
Carta fedeltà 2 4410 0388 1702

Grazie,
Giuseppe Lombardi""",
         "Giuseppe Lombardi"),
        ("deletion", (),
         "Lista nascita - cancellazione",
         """Gentili signori,

a settembre abbiamo creato presso il vostro negozio di Charleroi una lista nascita per la nostra bambina, Sofia, nata il 30 ottobre. La lista è ormai chiusa, tutti i regali sono stati consegnati e il credito residuo è stato convertito in buono.

Per la lista avevamo inserito il nome della bambina, la sua data di nascita, una sua foto e il nostro indirizzo. Vi chiediamo di cancellare definitivamente la lista e tutti questi dati, in particolare quelli della bambina. Il nostro account personale può restare attivo.

Lista n. LN-2025-06120, intestata a Marco e Elena Ferraro.

Distinti saluti,
Elena Ferraro""",
         "Elena Ferraro"),
        ("portability", (),
         "Lista nozze - esportazione",
         """Ciao,

ci sposiamo a maggio e a ottobre abbiamo aperto la lista nozze da voi. Nel frattempo abbiamo deciso di fare un sito del matrimonio su una piattaforma che ha anche una sezione regali e che permette di importare una lista da file.

Potete inviarci la nostra lista completa (articoli, quantità, prezzi, quello che è già stato regalato e da chi) in formato CSV o Excel? Così la carichiamo là e non la dobbiamo ricostruire a mano.

Lista "Alessandro & Chiara 16.05.2026", account a.deluca@gmail.com

Grazie mille!
Alessandro De Luca""",
         "Alessandro De Luca"),
        ("restriction", (),
         "Secret Santa aziendale - richiesta di limitazione",
         """Spett.le Shop Example,

nella mia azienda il Secret Santa di quest'anno è stato organizzato con la funzione "Secret Santa" della vostra app. Dopo l'estrazione, una collega si è lamentata con le risorse umane per un articolo "inappropriato" che risultava nella mia lista dei desideri, una lista che era visibile a chi mi aveva estratto. Io quell'articolo non l'ho mai inserito e ritengo che la lista sia stata modificata da qualcun altro o da un errore del sistema.

Le risorse umane hanno aperto un'indagine interna. Vi chiedo pertanto di non cancellare la mia lista, il suo storico delle modifiche e i relativi log (chi ha aggiunto cosa e quando), perché mi servono per dimostrare la mia versione. Nello stesso tempo vi chiedo di non utilizzare questi dati per altri scopi e di non renderli più visibili a nessuno fino alla conclusione della vicenda.

Resto in attesa di conferma.

Distinti saluti,
Luca Marchetti
luca.marchetti@pec.example""",
         "Luca Marchetti"),
        ("objection", ("withdraw_consent",),
         "pubblicità prodotti neonato",
         """Salve,

a novembre ho comprato un regalo per il battesimo del figlio di un'amica (un body e un peluche). Da allora il vostro sito, l'app e le e-mail mi propongono solo pannolini, passeggini, latte in polvere e "tutto per il tuo bebè". Non ho figli e non ne aspetto, e sinceramente in questo periodo della mia vita non è un argomento piacevole.

Mi oppongo all'uso dei miei acquisti per costruire un profilo e per personalizzare la pubblicità. E visto che ci siamo, non voglio più ricevere nemmeno la newsletter.

Giulia Rinaldi""",
         "Giulia Rinaldi"),
        ("withdraw_consent", (),
         "Revoca consenso",
         """Spett.le Shop Example,

con la presente revoco il consenso, prestato a suo tempo al momento dell'iscrizione al programma fedeltà, all'invio di comunicazioni commerciali via e-mail, SMS e notifiche dell'app.

Dopo la campagna "Aspettando la Befana" ho ricevuto più messaggi in una settimana che in tutto l'anno. Vi prego di darmi conferma dell'avvenuta cancellazione dalle liste.

Cordiali saluti,
Roberto Galli
Carta fedeltà 2 4410 0127 6604""",
         "Roberto Galli"),
        ("complaint", ("deletion",),
         "Auguri di Natale a mio marito, morto da un anno",
         """Buongiorno,

ho ricevuto a casa il vostro biglietto di auguri di Natale intestato a mio marito Paolo, con la frase "Caro Paolo, grazie per essere con noi da 15 anni!". Paolo è morto nel novembre dell'anno scorso.

Vi avevo già scritto a gennaio, tramite il modulo contatti, chiedendo di chiudere la sua carta fedeltà e di non scrivergli più. Mi avevate risposto che era stato fatto. Evidentemente non è così. Trovo questa mancanza di attenzione molto dolorosa e anche inaccettabile dal punto di vista del trattamento dei dati: i dati di una persona deceduta che avete promesso di eliminare sono ancora lì e vengono usati per la pubblicità.

Vi chiedo di cancellare davvero e subito tutti i dati di mio marito e di confermarmelo per iscritto, indicando come è potuto succedere.

Paolo Conti, carta fedeltà 2 4410 0015 2209, Chaussée de Mons 410, 6030 Marchienne-au-Pont.

Anna Conti""",
         "Anna Conti"),
        ("other", (),
         "confezione regalo non fatta",
         """Buongiorno, ho pagato 2,50 euro per la confezione regalo (ordine 7740-9931) ma il libro è arrivato nella normale busta di cartone, senza carta né biglietto. Per fortuna l'ho aperto io prima di darlo. Potete rimborsarmi la confezione? Grazie, Silvia Moretti""",
         "Silvia Moretti"),
        ("other", (),
         "Regalo arrivato rotto",
         """Salve,

mia figlia mi ha regalato per Natale un set di bicchieri da vino comprato nel vostro negozio di Namur. Quando l'ho aperto due bicchieri su sei erano rotti, la scatola era già danneggiata all'interno.

Io non ho lo scontrino, ce l'ha lei, ma vive a Milano. Posso portare il set in un vostro negozio per farmi cambiare i due bicchieri? Basta una foto dello scontrino che lei mi manda sul telefono?

Grazie e buon anno,
Rosa Esposito""",
         "Rosa Esposito"),
    ],
    "pt": [
        ("access", (),
         "A minha morada no livro de endereços de outra pessoa",
         """Boa tarde,

A minha ex-sogra faz compras na vossa loja online e manda presentes aos netos (os meus filhos) para a minha casa. Até aqui tudo bem. Mas descobri que, ao fazê-lo, a minha morada, o meu nome e o meu número de telemóvel ficaram guardados no livro de endereços da conta dela, e ela usa-os também para outras coisas. Há semanas ela apareceu cá em casa a dizer que "viu na loja" que eu tinha mudado de número.

Gostaria de saber que dados meus é que vocês têm, de onde vieram, quem os consegue ver (a conta dela? os vossos funcionários?) e se alguma vez me foram associados de outra forma, por exemplo na minha própria conta de cliente, que também tenho.

Com os melhores cumprimentos,
Cristina Almeida
Rua Gheude 33, 1070 Anderlecht""",
         "Cristina Almeida"),
        ("correction", (),
         "Lista de vencedores - nome errado",
         """Olá,

Ganhei o prémio do dia 17 do calendário do Advento (um vale de 50 EUR, obrigada!). Mas na lista de vencedores publicada no vosso site apareço como "Joana Silva, Namur". O meu nome é Joana Sílvia Pereira e moro em Liège. Os meus colegas acham que não fui eu que ganhei e ainda por cima há uma Joana Silva verdadeira em Namur que deve estar confusa.

Na minha conta também vi que o apelido está só "Silva". Podem corrigir na conta e na lista, se ela ainda estiver online?

Obrigada,
Joana Sílvia Pereira""",
         "Joana Sílvia Pereira"),
        ("deletion", ("objection",),
         "listas de desejos",
         """Bom dia,

Tenho várias listas de desejos na minha conta, algumas de 2019. Não as uso e percebi que vocês se servem delas para me mandar recomendações e "alertas de preço" de coisas que já nem quero.

Peço que apaguem todas as minhas listas de desejos. E não quero que usem o que lá estava, nem o meu histórico, para me fazer recomendações personalizadas.

A conta fica, só as listas é que não.

Miguel Rodrigues
miguel.rodrigues@sapo.example""",
         "Miguel Rodrigues"),
        ("portability", (),
         "compras de Natal em ficheiro",
         """Olá,

Estamos a fazer o orçamento familiar para o próximo ano numa aplicação e queremos lá pôr o que gastámos em presentes nos últimos três Natais. Quase tudo foi comprado convosco, com o cartão de cliente.

Conseguem enviar-me as minhas compras de 2023, 2024 e 2025 num ficheiro CSV ou Excel (data, loja ou online, artigo, valor)? A aplicação importa esse tipo de ficheiro.

Cartão 2 4410 0456 9981
Obrigado
Rui Batista""",
         "Rui Batista"),
        ("restriction", (),
         "Cartão-presente associado a outra conta",
         """Exmos. Senhores,

Ofereci ao meu afilhado um cartão-presente de 75 EUR comprado na vossa loja de Anderlecht. Quando ele o quis usar, o sistema disse que o cartão já estava "associado a outra conta" e que parte do saldo tinha sido gasto. O vosso apoio ao cliente diz que o cartão foi registado numa conta com o meu nome, mas essa conta não é minha: tem um e-mail que não conheço e uma morada em Gent.

Contesto que esses dados sejam meus. Enquanto verificam o que aconteceu, peço que os dados dessa conta e do cartão não sejam apagados nem usados para mais nada, e que nada seja feito com o meu nome nessa conta até o assunto estar esclarecido.

Cumprimentos,
António Sousa
0489 70 23 16""",
         "António Sousa"),
        ("objection", (),
         "publicidade da transportadora",
         """Boa tarde,

Depois de receber as encomendas de Natal que fiz convosco, comecei a receber e-mails da transportadora (ParcelGo) com "promoções de inverno" para enviar encomendas para Portugal. Eles dizem que têm o meu contacto "através do nosso parceiro Shop Example".

Entendo que eles precisam dos meus dados para entregar a encomenda. Não aceito que os usem, ou que vocês lhes permitam usar, para publicidade. Oponho-me a essa partilha.

Cumprimentos,
Helena Marques""",
         "Helena Marques"),
        ("withdraw_consent", (),
         "notificações",
         """ola, nao quero mais receber notificacoes da app nem emails de promocoes. obrigada
sandra costa""",
         "Sandra Costa"),
        ("complaint", ("access",),
         "Re: Pedido de acesso - Amigo Secreto - sem resposta",
         """Exmos. Senhores,

Volto a escrever porque o meu pedido de 18 de novembro, abaixo, continua sem resposta. Já passaram mais de cinco semanas, sem sequer um aviso de receção.

O RGPD dá-vos um mês para responder. Se não receber a informação pedida até 15 de janeiro, apresentarei queixa à Autoridade de Proteção de Dados.

Reitero o pedido: quero saber que dados pessoais meus têm e que dados foram partilhados com a empresa que gere a funcionalidade "Amigo Secreto".

Paulo Nunes

---------- Mensagem original ----------
De: Paulo Nunes <paulo.nunes@gmail.com>
Data: 18/11/2025 21:07
Para: privacy@shop.example.be
Assunto: Pedido de acesso - Amigo Secreto

Boa noite,
Usei a funcionalidade "Amigo Secreto" da vossa app para organizar o sorteio da família. Gostaria de receber uma cópia dos meus dados pessoais e saber com quem foram partilhados.
Paulo Nunes""",
         "Paulo Nunes"),
        ("other", (),
         "troca sem talão",
         """Boa tarde,

Recebi no Natal uns auscultadores comprados numa loja vossa e gostava de os trocar por outro modelo. Não tenho talão, mas tenho a caixa fechada. É possível trocar em qualquer loja, por exemplo a de Anderlecht? Até quando?

Obrigado,
Tiago Lopes""",
         "Tiago Lopes"),
        ("other", (),
         "Encomenda de Natal",
         """Bom dia,

A encomenda 7742-3308 devia chegar até 23 de dezembro e chegou a 27. Além disso tinha pedido embrulho para oferta (pago, 2,50 EUR) e veio sem embrulho.

Gostaria de ser reembolsada do embrulho e dos portes de envio expresso. Obrigada.

Ana Carvalho
0472 81 66 04""",
         "Ana Carvalho"),
    ],
}

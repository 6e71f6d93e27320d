"""Fifty-third set, mail about personalised prices, scores, profiles and automated decisions (en nl fr de es it pt). Written apart from the rules (see make_fiftythird.py)."""

PEOPLE_VE = {
    "en": [
        ("access", (),
         "Order cancelled by your fraud check - request under Art. 15",
         """Dear Sir or Madam,

On 14 October 2026 I placed order SE-2026-448120 (a laptop, EUR 1,149) in your web shop. Less than an hour later it was cancelled with the message "your order could not be accepted following an automated security check". I have been a customer since 2019 and I paid with the same card I always use.

Under Article 15 GDPR, and in particular Article 15(1)(h), I am asking for:
- a copy of the personal data you hold about me, including any risk score or flag attached to my account or to this order;
- meaningful information about the logic involved in the check that cancelled my order, and about its significance and consequences for me;
- the source of that data, and whether any third party (payment provider, fraud-prevention service) supplied it or received it.

My customer number is 30-118-2274. I look forward to your reply within the statutory one-month period.

Yours faithfully,
Daniel Hughes""",
         "Daniel Hughes"),

        ("objection", (),
         "Why is my price higher than my sister's?",
         """Hi,

My sister and I were both looking at the same air fryer on your app last night, sitting on the same sofa. Hers said 89.99, mine said 104.99. Same model, same colour, same minute. The only difference I can think of is that I've bought quite a lot from you lately and she hardly ever does.

I'm not ok with that. I don't want my purchase history or anything else about me being used to work out what price to show me. Please stop doing that with my account - from now on I'd like to see the same price as everybody else.

Cheers,
Megan""",
         "Megan Riley"),

        ("correction", (),
         "Wrong birth year on my account",
         """Hello,

For a few weeks now your app has been showing me hearing aids, stair lifts and "comfort products for seniors". I finally had a look at my profile and my date of birth is down as 03/07/1948. It should be 03/07/1984 - somebody obviously swapped the digits when I signed up for the card in the Namur store.

Could you put the right date in, please? It won't let me change it myself.

Loyalty card 6001 4432 8810.

Thanks,
Oliver Grant""",
         "Oliver Grant"),

        ("deletion", ("withdraw_consent",),
         "please stop the baby stuff",
         """I'm writing this because I can't face another email about it.

In the summer I bought a pregnancy test and some prenatal vitamins from you. I lost the baby in August. Since then your app and your emails keep "recommending" nappies, cots and "your first trimester checklist". Every single week.

Please delete whatever profile or list you've put me in because of those purchases, and the browsing history behind it. And take me off your marketing emails altogether, I don't want any more of them.

Please don't reply with a voucher.

Hannah""",
         "Hannah Price"),

        ("restriction", (),
         "Account blocked as suspicious - please don't act on it while you check",
         """Hello privacy team,

My account was blocked on Monday with a message that "unusual activity" had been detected. Customer service told me your fraud team will look into it and that this can take up to 30 days.

Fine, but until that check is finished I want the processing of that "suspicious" flag restricted: please don't pass it on to your payment provider or anyone else, don't use it for any other decision about me, and don't delete any of the login records either, because they will show that it was just me logging in from my new phone while I was on holiday in Portugal.

I'm asking this under Article 18 GDPR. The account is the one linked to the address I'm writing from.

Regards,
Ahmed Khan""",
         "Ahmed Khan"),

        ("complaint", ("access",),
         "Still no answer - pay later refused",
         """This is the second time I'm writing to you.

On 2 October I asked why I was refused "pay in 3" at checkout and what information that decision was based on. I got an automatic reply with a ticket number (#58213) and then nothing at all. It is now 9 November.

I still want that answer: what data about me did you (or your credit partner) use, and how was the decision made? If I haven't heard from you within two weeks I will be filing a complaint with the Data Protection Authority.

Sarah O'Connell""",
         "Sarah O'Connell"),

        ("portability", (),
         "Loyalty data export",
         """Hi there,

I use a budgeting app that can import shopping history, and I'd like to feed it everything from my Shop Example card: every purchase in your stores and online, with dates, items, prices and points earned. A CSV or JSON file would be perfect - I can't do anything with a PDF.

If you can send it straight to the app provider (Pennywise Ltd) instead, even better, but a download link for me is fine too.

Card no. 6001 2290 4517

Thanks!
Tom Fletcher""",
         "Tom Fletcher"),

        ("other", (),
         "Price match?",
         """Hello,

I bought the Philips steam iron (GC4567) in your Antwerp store on Saturday for 79 euros. Another web shop has it today for 64.99. Do you price match, and if so do I need to bring the receipt back to the store or can it be sorted online? Receipt number 0412-22871.

Many thanks,
Linda Barnes""",
         "Linda Barnes"),

        ("other", (),
         "expired coupon stuck at checkout",
         """Hi, there's an old 10% coupon (AUTUMN10) in my account that expired on 31 October and the checkout keeps trying to apply it, then throws an error so I can't finish my order. Could someone please remove it from my account so I can pay? I've already cleared my browser data and tried the app as well, same thing.

Thanks
Rob""",
         "Robert Hayes"),

        ("other", (),
         "How do the loyalty levels work?",
         """Good afternoon,

I'm thinking of getting your loyalty card and I'd like to understand the tiers before I sign up. Is it purely based on how much you spend in a calendar year, or do other things count as well, like app use or reviews? And if you drop below the threshold, do you lose your status straight away or only at the end of the year? I couldn't find this anywhere on the website.

Kind regards,
Margaret Ellis""",
         "Margaret Ellis"),
    ],

    "nl": [
        ("withdraw_consent", ("objection",),
         "Gepersonaliseerde advertenties",
         """Goeiedag,

Bij het installeren van jullie app heb ik destijds op "alles accepteren" geklikt, zonder goed te lezen wat dat inhield. Nu zie ik overal, ook op Facebook en Instagram, advertenties van Shop Example voor precies de dingen die ik bij jullie bekeken heb.

Bij deze trek ik mijn toestemming voor gepersonaliseerde advertenties en aanbevelingen in. Daarnaast maak ik ook bezwaar tegen het feit dat jullie mij op basis van mijn aankopen in "klantsegmenten" indelen: ik wil niet geprofileerd worden, ook niet voor jullie eigen interne doeleinden.

Met vriendelijke groeten,
Sofie Van den Broeck""",
         "Sofie Van den Broeck"),

        ("access", (),
         "In welke tests zat ik?",
         """Hallo,

Een collega vertelde me dat jullie webshop A/B-testen doet en dat niet iedereen dezelfde prijzen of kortingen te zien krijgt. Dat verklaart misschien waarom ik vorige week geen gratis levering kreeg en zij wel, voor exact dezelfde bestelling.

Mag ik weten in welke tests of experimenten ik de voorbije maanden ingedeeld was, wat er in elke test voor mij anders was, en welke gegevens over mij daarvoor gebruikt werden? Graag ook een kopie van die gegevens.

Mvg,
Pieter Claes
klantnummer 77-40912""",
         "Pieter Claes"),

        ("correction", (),
         "Ik ben geen meneer",
         """Dag,

Al jullie mails beginnen met "Beste meneer Jansen" en de app toont me scheermesjes en herenparfum. Ik ben een vrouw. Bij de registratie heb ik nooit een geslacht opgegeven, dus ik vermoed dat jullie systeem dat zelf geraden heeft op basis van mijn voornaam (Kim).

Willen jullie dat aanpassen naar mevrouw? Of gewoon helemaal geen aanspreking, dat mag ook.

Groetjes,
Kim Jansen""",
         "Kim Jansen"),

        ("complaint", ("deletion",),
         "Klacht: label 'hoog retourrisico'",
         """Geachte,

Vorige week wilde ik een jas terugsturen die niet paste. Dat kon niet: volgens de klantendienst staat er op mijn account een markering "hoog retourrisico" en kan ik voortaan enkel nog in de winkel iets terugbrengen, mits goedkeuring van de verantwoordelijke. Niemand heeft me daar ooit over verwittigd, niemand kan me uitleggen hoe die markering berekend wordt, en de medewerker aan de telefoon zei letterlijk: "Dat beslist het systeem."

Ik heb in twee jaar vijf keer iets teruggestuurd, telkens binnen de wettelijke termijn. Dat ik daarvoor zonder enige uitleg als probleemklant behandeld word, vind ik onaanvaardbaar. Ik overweeg een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Ik vraag u die markering van mijn account te verwijderen.

Hoogachtend,
Marc Peeters""",
         "Marc Peeters"),

        ("restriction", (),
         "niveau verlaagd - gegevens bewaren aub",
         """Hallo,

Mijn klantenkaart is deze maand automatisch van Goud naar Zilver gezet. Volgens mij klopt dat niet: een groot deel van mijn aankopen in de winkel in Hasselt is niet op de kaart geregistreerd, en daarover loopt een betwisting bij de klantendienst (dossier 2026-1187).

In jullie privacyverklaring staat dat aankoopgegevens na 24 maanden gewist worden. Mijn oudste betwiste aankopen dateren van november 2024, dus die zouden binnenkort verdwijnen. Ik wil dat die gegevens bewaard blijven tot de betwisting is afgehandeld, want ik heb ze nodig als bewijs. Gebruik ze intussen voor niets anders, maar wis ze niet.

Vriendelijke groeten,
Els Wouters""",
         "Els Wouters"),

        ("deletion", (),
         "chatgesprekken verwijderen",
         """Beste,

Vorige maand heb ik in de chat op jullie site aan de "slimme assistent" nogal wat verteld over mijn eczeem en welke medicatie ik neem, omdat ik advies wou over een crème. Achteraf gezien was dat niet zo verstandig.

Kunnen jullie die gesprekken, en alles wat jullie daaruit over mijn huid of mijn gezondheid afgeleid hebben, definitief wissen?

Dank u,
Jan De Smet""",
         "Jan De Smet"),

        ("portability", (),
         "",
         """Goedemiddag,

Ik stap over naar een ander klantenprogramma en wil mijn aankoopgeschiedenis meenemen: alle aankopen op mijn kaart (nr. 6001 7781 0034) en in de webshop, met datum, product en bedrag. Kunnen jullie me dat bezorgen als csv-bestand of iets gelijkaardigs, zodat ik het daar kan inladen? Met een overzicht op papier ben ik niets.

Alvast bedankt,
Annelies Maes""",
         "Annelies Maes"),

        ("other", (),
         "Bestelling geannuleerd??",
         """Hoi,

Ik kreeg net een mail dat mijn bestelling 2026-553901 geannuleerd is, een Lego-set voor het verjaardagsfeestje van mijn zoon zaterdag. Er stond geen reden bij, maar op de site staat hij nu als "uitverkocht".

Komt die set nog terug binnen, en kan ik hem dan aan dezelfde prijs krijgen? Of ligt hij nog ergens in een winkel, liefst in de buurt van Gent?

Groeten,
Bart Vermeulen""",
         "Bart Vermeulen"),

        ("other", (),
         "Prijs in winkel vs. webshop",
         """Goeiemiddag,

Gisteren heb ik in jullie winkel in Leuven een De'Longhi koffiemachine gekocht voor 399 euro. Vandaag staat dezelfde machine op de webshop aan 349 euro. Kan ik het verschil terugkrijgen? Ik heb mijn kasticket nog. Of moet ik hem echt terugbrengen en online opnieuw bestellen? Dat lijkt me nogal omslachtig.

Met vriendelijke groet,
Hilde Jacobs""",
         "Hilde Jacobs"),

        ("other", (),
         "kortingscode werkt niet",
         """Dag,

In de nieuwsbrief kreeg ik een code voor 15% korting (WINTER15), maar bij het afrekenen krijg ik telkens "code ongeldig". Ik heb mijn gegevens al drie keer opnieuw ingevuld en zelfs de app verwijderd en opnieuw geïnstalleerd. Geldt die code misschien niet op speelgoed? Dat staat nergens vermeld.

Alvast dank,
Lotte Hermans""",
         "Lotte Hermans"),
    ],

    "fr": [
        ("access", ("objection",),
         "Refus du paiement en 3 fois - demande d'accès (art. 15.1.h RGPD) et intervention humaine",
         """Madame, Monsieur,

Le 21 octobre 2026, j'ai voulu régler ma commande n° SE-2026-460317 (un lave-linge, 649 €) en trois fois. Le paiement échelonné m'a été refusé immédiatement, avec pour seul message « Cette option n'est pas disponible pour vous ».

Conformément à l'article 15, paragraphe 1, point h) du RGPD, je vous demande de me confirmer l'existence d'une prise de décision automatisée me concernant, de me fournir des informations utiles sur la logique sous-jacente et sur les conséquences de ce traitement pour moi, et de me communiquer les données personnelles utilisées pour cette décision ainsi que leur source.

Par ailleurs, je conteste cette décision et m'oppose à ce qu'une décision de ce type me concernant soit prise uniquement de manière automatisée. Conformément à l'article 22, paragraphe 3, je demande qu'elle soit réexaminée par une personne de vos services.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Isabelle Lambert
Rue des Tanneurs 14, 4000 Liège""",
         "Isabelle Lambert"),

        ("deletion", (),
         "Suppression de mon compte",
         """Bonjour,

J'ai découvert par hasard, en comparant avec une collègue, que vous n'affichez pas les mêmes prix à tous vos clients. Je n'ai plus confiance.

Merci de supprimer mon compte client, ma carte de fidélité et toutes les données que vous avez sur moi.

Cordialement,
Julien Dubois""",
         "Julien Dubois"),

        ("withdraw_consent", (),
         "stop aux notifications personnalisées",
         """Bonjour,

Votre appli m'envoie trois ou quatre notifications par jour du genre « Nathalie, ces articles sont faits pour vous ! », sur base de ce que j'ai regardé la veille. C'est vraiment trop.

Je retire mon accord pour ces recommandations personnalisées, que ce soit par notification, par e-mail ou dans l'appli elle-même. Je garde l'appli pour suivre mes commandes, donc ne supprimez surtout pas mon compte.

Merci d'avance,
Nathalie Martin""",
         "Nathalie Martin"),

        ("restriction", ("correction",),
         "Données erronées utilisées pour un refus de paiement différé - limitation du traitement",
         """Bonjour,

Lors d'un achat avec paiement différé, ma demande a été refusée. Votre service clientèle m'a expliqué que votre partenaire de paiement avait une « adresse non vérifiable » à mon nom. Et pour cause : mon compte mentionne toujours mon ancienne adresse à Charleroi, alors que j'ai déménagé en mars.

Tant que l'exactitude des données utilisées pour cette évaluation n'a pas été vérifiée, je demande la limitation de leur traitement (article 18 du RGPD) : qu'elles ne servent plus à évaluer ma solvabilité et qu'elles ne soient transmises à personne.

Je vous demande aussi de corriger mon adresse. La bonne est : Avenue de la Plante 37, 5000 Namur.

Salutations,
Thomas Lefebvre""",
         "Thomas Lefebvre"),

        ("complaint", ("access",),
         "Offres « spécial Ramadan » : réclamation",
         """Bonjour,

Je suis assez choquée. Depuis quelques semaines, je reçois de votre part des offres « spécial Ramadan » et des suggestions de dattes, de tapis de prière, etc. Je n'ai jamais indiqué ma religion nulle part et je n'ai jamais acheté ce genre de produits chez vous. J'imagine que votre système a tiré cette conclusion de mon nom de famille ou de mon quartier.

Ma religion ne regarde que moi. Je trouve inadmissible qu'une enseigne se permette de deviner ce genre de choses et de s'en servir pour me cibler, et je vous adresse donc une réclamation formelle.

Je veux aussi savoir exactement ce que vous avez enregistré à mon sujet et sur quelle base vous m'avez placée dans cette catégorie.

Yasmina Benali""",
         "Yasmina Benali"),

        ("portability", (),
         "Récupérer mes données d'achat",
         """Bonjour,

Je voudrais recevoir l'historique complet de mes achats (en ligne et en magasin avec ma carte 6001 3345 9902) dans un format réutilisable, genre CSV ou JSON, pour pouvoir l'importer dans une autre appli de fidélité. Si vous pouvez l'envoyer directement à cette société, je vous donne volontiers leurs coordonnées.

Bonne journée,
Céline Renard""",
         "Céline Renard"),

        ("objection", (),
         "Prix selon le code postal",
         """Bonjour,

J'habite à Uccle. Ma fille, qui habite à Molenbeek, voit sur votre site des promotions que je n'ai jamais, et l'inverse arrive aussi pour certains articles. En cherchant un peu, j'ai lu dans votre politique de vie privée que vous « adaptez les offres en fonction de la localisation du client ».

Je m'oppose à ce que ma localisation ou mon adresse soit utilisée pour personnaliser les prix ou les offres qu'on me montre. Je veux voir les mêmes prix que tout le monde.

Bien à vous,
Philippe Leclercq""",
         "Philippe Leclercq"),

        ("other", (),
         "impossible de retirer un article de ma liste d'envies",
         """Bonjour,

Dans l'application, je n'arrive pas à retirer un article de ma liste d'envies (un aspirateur que j'ai finalement acheté ailleurs). Je clique sur la petite croix, il disparaît, puis il revient dès que je relance l'appli. J'ai un iPhone 13 avec la dernière version de l'appli. C'est un bug connu ?

Merci,
Sophie Gilles""",
         "Sophie Gilles"),

        ("other", (),
         "Baisse de prix juste après mon achat",
         """Bonjour,

Le robot pâtissier Kenwood que j'ai acheté chez vous le 2 novembre est affiché 60 € moins cher depuis hier sur votre site. Est-ce que vous remboursez la différence quand le prix baisse juste après l'achat ? Je préférerais ne pas devoir le ramener pour le racheter.

Merci pour votre réponse,
Marc Dupont""",
         "Marc Dupont"),

        ("other", (),
         "Question sur les niveaux de fidélité",
         """Bonjour,

Petite question : comment se calcule le passage au niveau « Or » de votre programme de fidélité ? Une vendeuse m'a dit que c'était « l'algorithme » qui décidait, mais ce n'est pas simplement un montant d'achats sur l'année ? Et est-ce qu'on peut regrouper les cartes de deux personnes d'un même ménage pour atteindre le palier plus vite ?

Merci !
Véronique Simon""",
         "Véronique Simon"),
    ],

    "de": [
        ("objection", (),
         "Widerspruch gegen Profiling und personalisierte Preise",
         """Sehr geehrte Damen und Herren,

hiermit lege ich gemäß Art. 21 DSGVO Widerspruch gegen die Verarbeitung meiner personenbezogenen Daten zum Zwecke des Profilings ein, insbesondere gegen die Verwendung meines Kaufverhaltens, meines Standorts und meines Endgeräts für personalisierte Preise und Angebote in Ihrem Webshop und Ihrer App.

Bitte bestätigen Sie mir schriftlich, dass Sie diese Verarbeitung eingestellt haben.

Mit freundlichen Grüßen
Stefan Krause
Kundennummer 55-207731""",
         "Stefan Krause"),

        ("access", (),
         "\"Kunden wie Sie\"?",
         """Hallo,

in Ihrer App steht bei den Empfehlungen immer "Kunden wie Sie kauften auch ...". Mich würde mal interessieren, was für ein Kunde ich denn in Ihren Augen bin.

In welche Segmente oder Zielgruppen haben Sie mich eingeordnet, aufgrund welcher Daten, und woher stammen diese Daten (nur aus meinen Einkäufen bei Ihnen oder auch von anderen Firmen)? Und geben Sie diese Daten an Werbepartner weiter?

Ich bitte um Auskunft nach Art. 15 DSGVO.

Viele Grüße
Julia Becker""",
         "Julia Becker"),

        ("deletion", ("objection",),
         "Weitergabe an Werbenetzwerke",
         """Guten Tag,

laut Ihrer Datenschutzerklärung geben Sie "pseudonymisierte Kundendaten" an Partner für zielgerichtete Werbung weiter. Das möchte ich nicht. Löschen Sie bitte das Werbeprofil, das Sie über mich angelegt haben, und sorgen Sie dafür, dass auch Ihre Partner es löschen.

Außerdem widerspreche ich jeder weiteren Weitergabe meiner Daten an Dritte zu Werbezwecken.

Freundliche Grüße
Andreas Wolff
Eupen""",
         "Andreas Wolff"),

        ("correction", (),
         "Einkäufe fehlen auf der Kundenkarte",
         """Hallo zusammen,

mein Treuestatus wurde zum 1. November automatisch von "Gold" auf "Silber" herabgestuft. Ich habe daraufhin nachgesehen: In meinem Kundenkonto fehlen sämtliche Einkäufe aus der Filiale in Eupen seit Juli, obwohl ich jedes Mal die Karte vorgezeigt habe. Die Kassenbons habe ich fast alle aufgehoben, Fotos hängen an (sieben Bons, zusammen 612,40 €).

Bitte tragen Sie die fehlenden Einkäufe nach, damit meine Daten wieder stimmen.

Danke und Gruß
Monika Schröder
Karte 6001 5520 1187""",
         "Monika Schröder"),

        ("complaint", (),
         "Zweite Erinnerung - Anfrage vom 28.09. weiterhin unbeantwortet",
         """Sehr geehrte Damen und Herren,

am 28. September 2026 habe ich Sie gebeten, mir zu erklären, warum meine Bestellung Nr. 2026-439902 von Ihrer "automatischen Betrugsprüfung" storniert wurde, und eine Überprüfung der Entscheidung durch einen Menschen verlangt. Am 20. Oktober habe ich nachgehakt. Eine Antwort habe ich bis heute nicht erhalten, nicht einmal eine Eingangsbestätigung.

Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist längst abgelaufen. Sollte ich bis zum 20. November keine vollständige Antwort erhalten, werde ich mich an die belgische Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Klaus Hoffmann""",
         "Klaus Hoffmann"),

        ("withdraw_consent", (),
         "Keine persönlichen Empfehlungen mehr",
         """Hallo,

ich hatte beim Anlegen meines Kontos zugestimmt, dass Sie mir "persönliche Empfehlungen" per E-Mail schicken. Diese Einwilligung widerrufe ich hiermit. Gegen Bestell- und Versandbestätigungen habe ich nichts, nur die Werbung will ich nicht mehr.

Gruß
Lena Fischer""",
         "Lena Fischer"),

        ("restriction", ("access",),
         "Einstufung als \"Vielretournierer\"",
         """Guten Tag,

beim Versuch, eine Rücksendung anzumelden, bekam ich den Hinweis, dass für mein Konto "aufgrund der bisherigen Rücksendequote" nur noch eingeschränkte Rückgaben möglich seien. Ich halte diese Einstufung für falsch, denn zwei der Rücksendungen betrafen defekte Ware, die Sie selbst zurückgerufen haben.

Ich bestreite die Richtigkeit dieser Daten. Bis die Sache geklärt ist, verlange ich nach Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung: Die Einstufung darf in dieser Zeit nicht gegen mich verwendet werden.

Außerdem möchte ich wissen, welche Daten in diese Rücksendequote eingeflossen sind und wie sie berechnet wird.

Mit freundlichen Grüßen
Thomas Meier""",
         "Thomas Meier"),

        ("other", (),
         "Bestpreis-Garantie?",
         """Guten Tag,

ich habe am Samstag in Ihrer Filiale einen Staubsauger (Bosch Serie 6) für 229 € gekauft. Jetzt sehe ich, dass ein anderer Händler ihn für 189 € anbietet. Sie werben ja mit einer Bestpreis-Garantie - wie läuft das ab? Reicht ein Screenshot vom Angebot?

Mit freundlichen Grüßen
Helga Neumann""",
         "Helga Neumann"),

        ("other", (),
         "Gutschein wird nicht angenommen",
         """Hallo,

ich habe zum Geburtstag einen 20-€-Gutschein bekommen, den ich im Warenkorb aber nicht einlösen kann ("Gutschein ungültig"). Ich habe den Code mehrmals eingegeben und sogar Cookies und Browserdaten gelöscht - nichts. Gilt der vielleicht nur in der Filiale? Code: BDAY-7H2K-Q9

Danke im Voraus
Sabine Krüger""",
         "Sabine Krüger"),

        ("other", (),
         "Bestellung storniert - warum?",
         """Hallo,

heute Morgen kam eine Mail, dass meine Bestellung 2026-561774 storniert wurde. Ich hatte extra den Kühlschrank aus dem Angebot bestellt. Laut Hotline war der Artikel doch nicht mehr auf Lager und das System hat die Bestellung deshalb automatisch storniert.

Bekomme ich das Geld von selbst zurück oder muss ich etwas tun? Und gilt der Angebotspreis noch, wenn er wieder reinkommt?

Grüße
Jürgen Wagner""",
         "Jürgen Wagner"),
    ],

    "es": [
        ("access", (),
         "¿Por qué veo otros precios en la app?",
         """Hola:

Mi pareja y yo tenemos cuenta en vuestra tienda. Ayer miramos la misma cafetera a la vez: en su móvil (Android) salía a 79 €, en el mío (iPhone) a 94 €.

Quiero saber qué datos míos usáis para decidir qué precio me mostráis, de dónde los sacáis y cómo funciona ese sistema. Os pido también una copia de todos los datos personales que tengáis sobre mí, según el artículo 15 del RGPD.

Un saludo,
Lucía Fernández""",
         "Lucía Fernández"),

        ("portability", ("deletion",),
         "Exportar mis datos y cerrar la cuenta",
         """Buenas,

Me voy de vuestra tienda. Antes de cerrar la cuenta quiero llevarme mi historial de compras y los puntos de la tarjeta en un formato que pueda abrir con otro programa (CSV, JSON, lo que sea, pero no un PDF). Cuando me lo hayáis mandado, borrad la cuenta y todos mis datos, por favor.

Gracias,
Javier Moreno""",
         "Javier Moreno"),

        ("objection", (),
         "Asistente virtual",
         """Hola,

He visto en las condiciones del chat que las conversaciones con vuestro "asistente inteligente" se usan "para mejorar el servicio y personalizar tu experiencia". No me hace ninguna gracia.

Me opongo a que utilicéis mis conversaciones, mis compras o cualquier otro dato mío para analizarme, entrenar a ese asistente o hacerme un perfil.

Un saludo,
Carmen Ruiz""",
         "Carmen Ruiz"),

        ("withdraw_consent", (),
         "No más SMS",
         """Por favor, dejad de mandarme SMS con "ofertas pensadas para ti". Retiro el permiso que os di en su día. Mi número es el +32 470 12 34 56.

Pablo Navarro""",
         "Pablo Navarro"),

        ("complaint", ("objection",),
         "Reclamación: recomendaciones sobre mi salud",
         """Buenos días:

Hace unos meses compré en vuestra web un medidor de glucosa y tiras reactivas. Desde entonces me salen productos "para diabéticos" en la página principal, en los correos y hasta en la pantalla de la caja cuando paso la tarjeta en la tienda. Mi hijo lo vio el otro día en la caja y así se enteró de mi enfermedad, algo que yo quería contarle a mi manera.

Me parece una falta de respeto muy grave. Son datos de salud y nadie me preguntó si se podían usar así. Quiero que esto conste como reclamación formal.

Además, me opongo a que sigáis usando mis compras para recomendarme productos.

Atentamente,
Rosa Jiménez""",
         "Rosa Jiménez"),

        ("correction", (),
         "Mi fecha de nacimiento está mal",
         """Hola,

Intenté comprar una botella de vino para una cena y la web no me dejó: "Debes ser mayor de 18 años". Tengo 34. He mirado mi perfil y pone que nací en 2012 en lugar de 1992. No sé cómo ha pasado, pero ¿me lo podéis corregir? Desde el perfil no me deja cambiarlo.

Gracias,
Diego Ortega""",
         "Diego Ortega"),

        ("restriction", (),
         "Cuenta bloqueada por el control antifraude",
         """Buenas tardes:

El 3 de noviembre vuestro sistema antifraude canceló mi pedido y bloqueó mi cuenta. Ya he enviado al servicio de atención al cliente el extracto del banco y una copia de mi documento de identidad para demostrar que soy yo.

Mientras lo revisáis, os pido que limitéis el tratamiento de esa marca de "cliente sospechoso": que no se use para nada más, que no se comunique a vuestro proveedor de pagos ni a terceros, y que no se borre ningún dato de mi cuenta hasta que esté resuelto.

Saludos cordiales,
Marta Castillo""",
         "Marta Castillo"),

        ("other", (),
         "El cupón de bienvenida no funciona",
         """Hola, me registré la semana pasada y me llegó un cupón de bienvenida de 10 €, pero al pagar me dice que "no es aplicable a este pedido". El pedido es de 65 €, así que supera el mínimo. ¿Qué estoy haciendo mal?

Saludos,
Alba Serrano""",
         "Alba Serrano"),

        ("other", (),
         "¿Igualáis precios?",
         """Hola,

Quería comprar la tele Samsung de 55" que tenéis a 699 €, pero en otra tienda online la tienen a 649 €. ¿Hacéis igualación de precios? Si es así, ¿qué tengo que enviaros?

Gracias,
Raúl Gómez""",
         "Raúl Gómez"),

        ("other", (),
         "Duda sobre los niveles de la tarjeta",
         """Hola:

Me han dicho que los niveles de la tarjeta de cliente (Plata, Oro...) los asigna un algoritmo y que cambian cada mes. ¿Es así, o se cuenta lo gastado en todo el año? Lo pregunto porque no sé si hacer una compra grande ahora o esperar a enero. ¿Y los puntos caducan?

Un saludo,
Irene Vidal""",
         "Irene Vidal"),
    ],

    "it": [
        ("access", (),
         "Declassamento automatico della mia tessera",
         """Buongiorno,

a inizio novembre la mia tessera fedeltà è passata dal livello "Platino" a "Oro" senza alcun preavviso. Nell'app c'è scritto solo "Il tuo livello è stato aggiornato in base alla tua attività".

Ai sensi dell'art. 15 del GDPR vi chiedo di comunicarmi quali dati personali avete usato per questa valutazione, come funziona il meccanismo che assegna i livelli e quali conseguenze ha per me, e di inviarmi copia dei dati che conservate sul mio conto.

Cordiali saluti,
Giulia Bianchi
tessera n. 6001 8843 2210""",
         "Giulia Bianchi"),

        ("deletion", ("withdraw_consent",),
         "Ci manchi??",
         """Salve,

da un mese ricevo email con oggetti tipo "Ci manchi, Francesco!" e "Un regalo solo per te che non passi da un po'". Un amico che lavora nel marketing mi ha spiegato che probabilmente il vostro sistema mi ha classificato come cliente "a rischio abbandono".

Vi chiedo di cancellare questo punteggio e tutto il profilo che mi avete costruito addosso. E non mandatemi più email promozionali, grazie.

Francesco Romano""",
         "Francesco Romano"),

        ("objection", (),
         "Opposizione alla profilazione",
         """Gentili Signori,

con la presente mi oppongo, ai sensi dell'art. 21 del Regolamento (UE) 2016/679, al trattamento dei miei dati personali a fini di profilazione e di personalizzazione di prezzi, sconti e offerte, sia sul sito sia nell'app.

Resto in attesa di un vostro riscontro scritto.

Distinti saluti,
Avv. Paolo Ricci""",
         "Paolo Ricci"),

        ("portability", (),
         "richiesta dati in formato leggibile",
         """Ciao,

vorrei ricevere tutti i dati dei miei acquisti fatti con la carta fedeltà e sul sito in un file CSV o JSON, così da poterli caricare su un'app che confronta i prezzi dei vari negozi. Il PDF che mi avete mandato la volta scorsa non si riesce a importare.

Grazie!
Martina Greco""",
         "Martina Greco"),

        ("complaint", (),
         "Coupon riservato ai clienti \"selezionati\"",
         """Buonasera,

ho scoperto che il coupon del 20% sui piccoli elettrodomestici è stato inviato solo ad alcuni clienti "selezionati". Mia cugina, che abita in centro a Bruxelles, l'ha ricevuto; io e i miei vicini di casa ad Anderlecht no, anche se abbiamo la tessera da più tempo di lei. Quando ho chiesto spiegazioni in negozio mi hanno risposto che "lo decide il sistema".

Trovo discriminatorio che un algoritmo stabilisca chi merita uno sconto in base al quartiere in cui si vive. Con questa email presento un reclamo formale e mi riservo di rivolgermi all'autorità per la protezione dei dati.

Alessandra Conti""",
         "Alessandra Conti"),

        ("restriction", (),
         "Conservazione della chat con l'assistente virtuale",
         """Buongiorno,

il 12 ottobre il vostro assistente virtuale mi ha confermato in chat uno sconto del 30% su un frigorifero, che poi in cassa non mi è stato applicato. Ho aperto una contestazione con il servizio clienti (pratica 2026-3391).

Ho letto che le conversazioni con l'assistente vengono cancellate dopo 30 giorni. Vi chiedo di non cancellare la mia conversazione e i dati collegati finché la contestazione non sarà chiusa, perché mi servono come prova. Nel frattempo non c'è bisogno che li usiate per altro.

Cordiali saluti,
Roberto Marino""",
         "Roberto Marino"),

        ("correction", ("objection",),
         "Non ho figli",
         """Salve,

la vostra app mi propone da settimane pannolini, passeggini e giocattoli, e nella sezione "Il mio profilo", alla voce "Interessi", c'è scritto "Famiglia con bambini piccoli". Non ho figli: ho solo comprato un regalo per il battesimo di mia nipote.

Correggete per favore questa informazione. Anzi, a dire il vero preferirei che non mi profilaste proprio: mi oppongo all'uso dei miei acquisti per fare questo genere di supposizioni.

Grazie,
Valentina Esposito""",
         "Valentina Esposito"),

        ("other", (),
         "ordine annullato",
         """Buongiorno, ieri ho ordinato due sedie da giardino (ordine 2026-570218) e stamattina mi è arrivata l'email di annullamento. Al telefono mi hanno detto che in magazzino erano finite. Il rimborso arriva in automatico sulla carta? E quanto ci vuole?

Grazie,
Luca Galli""",
         "Luca Galli"),

        ("other", (),
         "Buono scaduto nel profilo",
         """Salve,

nel mio profilo sul sito compare ancora un buono da 5 € scaduto a settembre, e ogni volta che vado alla cassa il sistema prova ad applicarlo e mi blocca il pagamento. Potete toglierlo voi? Ho provato a eliminarlo da solo ma il pulsante non c'è.

Cordiali saluti,
Sara Lombardi""",
         "Sara Lombardi"),

        ("other", (),
         "Livelli della tessera fedeltà",
         """Buonasera,

volevo capire meglio come funzionano i livelli della tessera. Per passare a "Platino" contano solo gli acquisti in negozio o anche quelli online? E le spese dei familiari fatte con la stessa tessera si sommano? Sul sito non ho trovato niente di chiaro.

Grazie mille,
Chiara Fontana""",
         "Chiara Fontana"),
    ],

    "pt": [
        ("access", ("objection",),
         "Com quem partilham os meus dados?",
         """Bom dia,

Desde que me registei na vossa loja, vejo anúncios dos vossos produtos em todo o lado, até em sites de notícias portugueses. Gostaria de saber, ao abrigo do artigo 15.º do RGPD, que dados pessoais meus têm, para que fins os usam e a que empresas (redes de publicidade, parceiros, etc.) os enviaram ou venderam.

Oponho-me também a que continuem a partilhar os meus dados com empresas de publicidade.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),

        ("withdraw_consent", ("deletion",),
         "notificações da app",
         """Olá,

Já não quero receber as notificações com "sugestões para si" na app nem os e-mails com recomendações personalizadas. Retiro o consentimento que dei para isso. E já agora apaguem o perfil de interesses que criaram com base no que vejo e compro.

Obrigado,
Rui Sousa""",
         "Rui Sousa"),

        ("objection", (),
         "Preços diferentes consoante o telemóvel?",
         """Boa tarde,

Li numa notícia que algumas lojas online mostram preços mais altos a quem usa iPhone. Fiz o teste: no meu iPhone, o mesmo aspirador custava mais 12 € do que no computador do meu trabalho, com a mesma conta.

Oponho-me a que usem o modelo do meu telemóvel, a minha localização ou o meu histórico de compras para definir os preços ou as promoções que me mostram.

Cumprimentos,
Miguel Ferreira""",
         "Miguel Ferreira"),

        ("deletion", (),
         "Apagar conta",
         """Boa noite,

A minha última encomenda foi cancelada pela vossa "verificação de segurança" e a conta ficou bloqueada. Sinceramente já não me interessa continuar como vossa cliente. Peço que apaguem a minha conta e todos os dados que têm sobre mim, incluindo essa marcação de fraude, seja ela qual for.

Sandra Lopes""",
         "Sandra Lopes"),

        ("complaint", (),
         "Reclamação - o vosso assistente deu os meus dados a outra pessoa",
         """Exmos. Senhores,

Venho apresentar uma reclamação. O meu ex-companheiro escreveu no chat do vosso site, indicando o meu endereço de e-mail, a perguntar pelas "últimas encomendas", e o assistente automático respondeu-lhe com a lista das minhas compras e a morada de entrega - a minha morada nova, que ele não conhecia.

Não houve qualquer verificação de identidade. Isto é gravíssimo e pôs-me em risco. Exijo saber que medidas vão tomar, e vou apresentar queixa à autoridade de proteção de dados.

Patrícia Almeida""",
         "Patrícia Almeida"),

        ("restriction", (),
         "Pedido de limitação do tratamento",
         """Bom dia,

Em setembro paguei 1.099 € por um portátil que, no mesmo dia, aparecia a uma amiga no vosso site a 949 €. Apresentei reclamação ao serviço de clientes (processo n.º 2026-4410) e estou a ponderar recorrer ao centro de arbitragem de consumo.

Segundo a vossa política de privacidade, os registos de navegação e dos preços apresentados são apagados ao fim de 90 dias. Peço-vos que não apaguem os registos da minha conta relativos a esse período enquanto o processo não estiver resolvido, e que entretanto não os usem para mais nada.

Com os melhores cumprimentos,
Carlos Pereira""",
         "Carlos Pereira"),

        ("portability", (),
         "Histórico de compras em ficheiro",
         """Olá!

Podem enviar-me o histórico das compras associadas ao meu cartão de cliente (n.º 6001 9012 3378) num ficheiro CSV ou Excel? Quero passá-lo para outra loja que dá pontos de boas-vindas a quem traz o histórico de outro programa. Se o puderem mandar diretamente para eles, ainda melhor.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),

        ("other", (),
         "Igualam preços?",
         """Boa tarde,

Vi a mesma máquina de lavar loiça (Bosch Serie 4) noutra loja online por menos 70 € do que no vosso site. Vocês fazem ajuste de preço? Se sim, o que é preciso enviar?

Obrigado,
João Martins""",
         "João Martins"),

        ("other", (),
         "Encomenda cancelada",
         """Olá, recebi um e-mail a dizer que a minha encomenda 2026-574406 foi cancelada porque o artigo esgotou. Já paguei com cartão. O reembolso é automático ou tenho de pedir? E podem avisar-me quando o produto voltar a estar disponível?

Obrigada,
Mariana Costa""",
         "Mariana Costa"),

        ("other", (),
         "Dúvida sobre os níveis do cartão",
         """Boa tarde,

Gostava de perceber como funcionam os níveis do cartão de cliente. O que conta para subir de nível: só o valor das compras ou também o número de visitas? E se eu parar de comprar durante uns meses, desço logo de nível ou só no fim do ano?

Cumprimentos,
Fernando Gomes""",
         "Fernando Gomes"),
    ],
}

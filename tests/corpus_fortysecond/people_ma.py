"""Forty-second set, households, shared accounts and gifts: people's mail (en nl fr de es it pt). Written apart from the rules (see make_fortysecond.py)."""

PEOPLE_MA = {
    "en": [
        ("access", (),
         "Data about me on the family card",
         """Dear privacy team,

My husband and I separated in the summer and I have moved out of our house in Mechelen. For the last nine years we had one loyalty card between us (card no. 2703 5518 0046), registered in his name with me as the second card holder. I also used his online account to order now and then, with my own mobile number for the delivery texts.

Before I decide what to do about the card, I would like to know exactly what you hold about me: name, addresses, phone number, date of birth, the purchases that are linked to me, anything else. I would also like to know whether he can see what I bought with my copy of the card, and whether any of it has been passed on to anyone outside the shop.

A copy of all of that by e-mail would be fine. I can send ID if you need it.

Kind regards,
Claire Donnelly""",
         "Claire Donnelly"),
        ("correction", (),
         "Wrong name on our card",
         """Hi,

When my partner Ravi signed us up for the household card at the Antwerp store, the cashier entered us as "Mr & Mrs R. Patel". We're not married and I'm not Mrs Patel - my name is Anjali Mehta. It's now printed on the card, on every receipt and on the letters about points.

Could you please change the second holder to Ms Anjali Mehta? My email on the card is this one.

Thanks,
Anjali""",
         "Anjali Mehta"),
        ("deletion", ("withdraw_consent",),
         "Please take me off my parents' account",
         """Hello,

I'm 23 and moved out two years ago, but my mum set up our family account when I was still at school and used my email address and my date of birth for it (for the birthday voucher, I think). So I still get an order confirmation every time my parents buy something, and my details are still sitting in their account.

Can you remove my details from that account - email, birthday, whatever else is on there about me - and delete them? The account is in the name of Ann Brennan, Lindenlaan 14, Hasselt. And please stop sending me your newsletter too, I never signed up for it myself.

Thanks
Conor Brennan""",
         "Conor Brennan"),
        ("portability", (),
         "Export of my share of our purchase history",
         """Hello,

My ex-partner and I shared one account with you from 2019 until this summer (registered to our old address, Groenstraat 5, 3000 Leuven). We've split up and I'd like to keep a record of my own side of it and take it with me to my own account.

Could you send me the orders I placed myself - all paid with my Visa ending in 4471 - and my loyalty points history, as a CSV or some other file I can open and import elsewhere? I don't need his orders, only mine.

Many thanks,
Emma Sinclair""",
         "Emma Sinclair"),
        ("restriction", (),
         "Joint card - please do not change anything for now",
         """Dear Sir or Madam,

I am writing about loyalty card 2291 0077 3345, which my wife and I hold jointly. We are in the middle of divorce proceedings, and who keeps the card, the online account and the points balance (about 41,000 points) is one of the things still being settled between our solicitors.

I understand my wife may ask you to take me off the card or to close the account. I would ask you not to delete or alter any of the data on the card or the account until the matter is resolved - please keep everything exactly as it is and do not use it for anything else in the meantime. I am not asking you to close or delete anything myself.

Our solicitors expect an agreement before the end of January. I will write again as soon as there is one.

Yours faithfully,
Martin Hughes""",
         "Martin Hughes"),
        ("objection", (),
         "Stop profiling our household",
         """Hi. There are four of us on one account - me, my wife and two teenage boys - and your website and app now show me "picked for you" products based on what all of us buy. My 15-year-old's shopping turns up on my home page and mine on his phone.

I object to you using our purchase history to profile us and personalise what we see. Order emails and receipts are fine, the rest is not.

Tom Fairweather""",
         "Tom Fairweather"),
        ("complaint", ("deletion",),
         "Our wedding list is PUBLIC with our home address on it",
         """To whom it may concern,

We set up our wedding list with you in June and ticked "private - only people with the link". Last night a friend told us she had found it by simply typing our names into Google. Anyone can open it and see our full names, the date of the wedding, our home address in Leuven (for the deliveries), which guest bought what, and the messages our guests wrote to us - some of them very personal, one of them about my late father.

We never agreed to any of this being public and frankly we are furious. I want to know how this could happen. And I want the whole list taken down and deleted, including the guests' names and messages. The wedding was on 17 October, we don't need it anymore.

Sarah and James Whitaker""",
         "Sarah Whitaker"),
        ("other", (),
         "Wedding list - toaster added twice",
         """Hi there,

Quick one about our wedding list (Morgan & Li, wedding on 12 December). I've accidentally added the same toaster twice and I can't work out how to remove just one of them in the app - the bin icon seems to delete both. Could you take one off for us?

Also, is it possible to add the cast iron casserole in blue? The list page only shows orange and red.

Many thanks!
Hannah""",
         "Hannah Morgan"),
        ("other", (),
         "balance on gift card",
         """Hello, my aunt gave me one of your gift cards for my birthday (the one with the personal message printed on the back) and I'd like to check how much is left on it before I go to the store. I used it once in Ghent in September. Card number 6033 8812 0945 7710.
Thank you,
Olivia""",
         "Olivia Grant"),
        ("other", (),
         "Sharing a loyalty card with my flatmate?",
         """Hi,

My flatmate and I do most of our shopping together and we were wondering if two people can share one loyalty card, or is it strictly one card per person? If we can share, do we both collect points on the same account and can we both spend them? And what happens if one of us moves out later on?

Cheers,
Ben""",
         "Ben Adeyemi"),
    ],
    "nl": [
        ("access", ("portability",),
         "Welke gegevens hebben jullie over mij (gezamenlijk account)",
         """Goedendag,

Mijn ex-vriend en ik hadden een gezamenlijk account bij jullie, op zijn naam, maar met mijn e-mailadres als tweede adres en mijn gsm-nummer voor de leveringen. We zijn sinds juli uit elkaar.

Ik zou graag weten welke persoonsgegevens van mij er nog in dat account zitten, of hij mijn bestellingen kan zien, en of er gegevens van mij aan derden zijn doorgegeven. Daarnaast had ik de bestellingen die ik zelf geplaatst heb graag als bestand gekregen (Excel of CSV), zodat ik die kan meenemen naar mijn eigen account.

Alvast bedankt,
Lotte Vermeulen""",
         "Lotte Vermeulen"),
        ("deletion", ("correction",),
         "klantenkaart van mijn overleden man",
         """Beste,

Mijn man Jozef is op 2 september overleden. Onze klantenkaart (nr. 3108 4420 9915) staat nog altijd op zijn naam, ik krijg nog post en mails voor hem en op elk kasticket staat zijn naam. Dat doet telkens opnieuw pijn.

Kunnen jullie zijn gegevens verwijderen en de kaart voortaan op mijn naam zetten? Ik ben Godelieve Peeters, zelfde adres: Kerkstraat 12, 9200 Dendermonde. Als u een kopie van de overlijdensakte nodig hebt, stuur ik die op.

Met vriendelijke groeten,
Godelieve Peeters""",
         "Godelieve Peeters"),
        ("withdraw_consent", (),
         "Geen herinneringen meer voor de geboortelijst aub",
         """Hallo,

Onze dochter Fien is vier weken geleden geboren, de geboortelijst is dus afgelopen. Toch krijgen we nog elke week een mail "Vergeet je lijst niet aan te vullen!" en af en toe een sms over kraamcadeaus.

Wij willen die herinneringen niet meer ontvangen, niet per mail en niet per sms.

Groetjes,
Jens & Elke""",
         "Jens Wouters"),
        ("restriction", (),
         "Bestelgegevens gezamenlijk account NIET wissen",
         """Geachte,

Mijn ex-partner, Dirk Jacobs, heeft mij laten weten dat hij ons gezamenlijke account (adres Molenstraat 8, 2800 Mechelen) door jullie laat verwijderen. In onze lopende procedure over de verdeling van de inboedel heb ik de facturen en de bestelhistoriek van de voorbije drie jaar nodig als bewijs van wie wat betaald heeft.

Ik vraag u daarom uitdrukkelijk de bestel- en factuurgegevens van dat account niet te wissen, maar ze te bewaren tot de procedure is afgerond. Verder gebruiken hoeft u ze niet, voor reclame of wat dan ook; ik vraag alleen dat ze bewaard blijven. Mijn advocaat kan dit indien nodig bevestigen.

Hoogachtend,
An Goossens""",
         "An Goossens"),
        ("objection", ("withdraw_consent",),
         "Make-up aanbevelingen??",
         """Hallo,

Mijn dochter van 15 bestelt soms via mijn account (met mijn toestemming, ik betaal). Sindsdien krijg ik in de app en op de site bijna alleen nog aanbevelingen voor make-up en tienerkleren, en mijn man ziet op de tablet wat zij allemaal bekeken heeft. Dat is voor niemand van ons prettig.

Ik wil niet dat jullie onze aankopen gebruiken om een profiel van ons gezin op te bouwen, daar maak ik bezwaar tegen. En die promotie-sms'en mogen ook stoppen.

Mvg
Sofie Maes""",
         "Sofie Maes"),
        ("complaint", (),
         "Bevestiging met mijn nieuwe adres naar mijn ex gestuurd",
         """Goedemiddag,

Ik ben heel boos en ongerust. Ik ben in augustus verhuisd nadat ik bij mijn ex-man ben weggegaan, en bij een bestelling vorige week (nr. 2026-558817) heb ik mijn nieuwe adres opgegeven. Het account was vroeger gedeeld en zijn e-mailadres hing er blijkbaar nog aan. Jullie hebben de orderbevestiging, mét mijn nieuwe adres, ook naar hem gestuurd. Hij heeft mij er zelf een berichtje over gestuurd.

Ik had er alles aan gedaan om dat adres voor hem geheim te houden. Ik begrijp niet hoe een bevestiging naar iemand anders kan gaan dan de besteller, en ik wil weten wat jullie hieraan gaan doen. Als ik niets hoor, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Nathalie De Smet""",
         "Nathalie De Smet"),
        ("correction", (),
         "geboortedatum verkeerd op gezinskaart",
         """Dag,

Bij het aanvragen van onze gezinskaart zijn de geboortedata van mij en mijn vrouw blijkbaar omgewisseld. Ik krijg nu elk jaar op 14 juni een verjaardagsbon, maar dat is haar verjaardag. Ik ben geboren op 3 februari 1979, zij op 14 juni 1981.

Kunnen jullie dat rechtzetten? Kaartnummer 5520 1184 6632.

Groeten,
Pieter Van Damme""",
         "Pieter Van Damme"),
        ("other", (),
         "Huwelijkscadeau ruilen zonder kasticket",
         """Hallo,

Via onze huwelijkslijst kregen we twee keer dezelfde koffiemachine (een van de gasten heeft ze blijkbaar in de winkel gekocht zonder ze op de lijst af te vinken). Kunnen we er één ruilen of terugbrengen zonder kasticket? De doos is nog dicht. De lijst staat op naam van Ruben Claeys en Jana Smets.

Bedankt!
Jana""",
         "Jana Smets"),
        ("other", (),
         "levering op ander adres + geschenkverpakking",
         """Goeiemorgen,

Ik wil een cadeau bestellen voor de 80ste verjaardag van mijn schoonvader en het rechtstreeks bij hem in Brugge laten leveren. Kan dat met geschenkverpakking en zonder prijs of factuur in het pakje?

Mijn eigen gegevens staan al in mijn account, maar bij "leveradres" zie ik geen optie om een tweede adres toe te voegen. Moet ik zijn adres dan gewoon in de plaats van het mijne zetten?

Vriendelijke groet,
Marleen Hermans""",
         "Marleen Hermans"),
        ("other", (),
         "cadeaubon",
         """Hey, ik heb bij mijn afscheid van mijn collega's een digitale cadeaubon van jullie gekregen (€ 75, gekocht rond 20 oktober, met een kaartje erbij), maar ik heb de mail met de code per ongeluk gedeletet. Kunnen jullie die opnieuw sturen of zeggen hoe ik hem toch nog kan gebruiken?
Merci!
Kevin""",
         "Kevin Janssens"),
    ],
    "fr": [
        ("deletion", (),
         "Supprimer mes coordonnées du compte de mon ancien colocataire",
         """Bonjour,

Jusqu'en septembre, j'habitais en colocation rue Saint-Gilles à Liège. Mon ancien colocataire, Maxime, commandait chez vous pour toute la coloc et avait mis mon nom et mon numéro de GSM comme contact de livraison sur son compte, parce que c'était souvent moi qui étais à la maison.

J'ai déménagé et je reçois toujours les SMS de livraison pour des colis qui ne me concernent plus. Je vous demande de supprimer mon nom et mon numéro de son compte et de vos fichiers.

Merci d'avance,
Julie Lambert""",
         "Julie Lambert"),
        ("access", (),
         "Carte famille : qui voit quoi ?",
         """Madame, Monsieur,

Nous avons une carte famille à quatre titulaires : mes parents, ma sœur et moi (j'ai 20 ans). Je ne sais pas très bien ce qui est enregistré à mon nom, ni ce que les autres peuvent voir.

Pourriez-vous me dire quelles données personnelles vous conservez à mon sujet, depuis quand et pour combien de temps, et lesquelles sont visibles pour les autres titulaires de la carte (mes achats ? mes points ? mon adresse e-mail ?). Si possible, j'aimerais en recevoir une copie.

Bien à vous,
Camille Dubois""",
         "Camille Dubois"),
        ("objection", (),
         "Transmission de nos données à vos partenaires",
         """Bonjour,

Depuis que nous avons ouvert une liste de naissance chez vous en mai, nous recevons des offres d'une assurance hospitalisation, d'une banque « pour l'épargne de bébé » et d'un photographe, qui connaissent tous la date prévue de l'accouchement. En lisant votre politique de confidentialité, je vois que vous partagez certaines données avec des « partenaires sélectionnés ».

Je m'oppose à ce que vous transmettiez dorénavant nos données, les miennes comme celles de mon compagnon, à vos partenaires.

Aurélie Martin""",
         "Aurélie Martin"),
        ("complaint", ("access",),
         "Surprise gâchée",
         """Bonsoir,

J'avais commandé une montre pour les 40 ans de mon mari, livrée à mon bureau pour qu'il ne se doute de rien. Hier, il a reçu sur sa propre adresse e-mail un mail « Vous aimerez aussi… » avec exactement la même montre et deux bracelets assortis. Nous avons deux comptes séparés, seule l'adresse du domicile est la même. La surprise est fichue.

Je trouve inadmissible que mes achats servent à faire de la publicité à quelqu'un d'autre simplement parce que nous habitons ensemble, et je tiens à le signaler. Je voudrais aussi savoir quelles données de mon compte vous avez reliées à celui de mon mari.

Stéphanie Renard""",
         "Stéphanie Renard"),
        ("portability", (),
         "Export de mon historique d'achats (carte commune)",
         """Madame, Monsieur,

Mon ex-épouse et moi avons partagé la carte de fidélité n° 4410 2087 5531 pendant douze ans. Le divorce est prononcé et je vais prendre ma propre carte.

Je souhaiterais recevoir, dans un format structuré et lisible par machine (CSV ou JSON), l'historique des achats que j'ai effectués moi-même avec cette carte ainsi que mes données de profil, afin de pouvoir les réutiliser. Si c'est plus simple pour vous, vous pouvez aussi les transférer directement vers ma nouvelle carte une fois celle-ci créée.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Lejeune""",
         "Philippe Lejeune"),
        ("withdraw_consent", ("deletion",),
         "je n'ai jamais été cliente",
         """Bonjour,

Une amie m'a envoyé un cadeau de chez vous pour ma crémaillère, livré chez moi à Namur. Très gentil de sa part, mais depuis je reçois votre newsletter deux fois par semaine, alors que je n'ai jamais rien acheté ni créé de compte chez vous.

Merci de me retirer de votre liste d'envoi et d'effacer mon adresse.

Cordialement,
Nadia Benali""",
         "Nadia Benali"),
        ("restriction", (),
         "Carte de fidélité contestée - merci de la geler",
         """Bonjour,

Ma belle-mère affirme que la carte de fidélité n° 7781 0032 6619 est la sienne parce qu'elle l'utilise souvent, et elle vous a apparemment écrit pour faire changer le titulaire et l'adresse. La carte est à mon nom depuis 2019 et j'ai la preuve de l'inscription.

Tant que vous n'avez pas vérifié à qui appartient la carte, je vous demande de ne rien modifier ni supprimer dans les données de la carte et de ne pas les utiliser : gelez-la simplement dans l'état actuel.

Merci,
Thomas Leclercq""",
         "Thomas Leclercq"),
        ("other", (),
         "Livraison chez ma grand-mère",
         """Bonjour, est-ce que je peux commander en ligne un plaid avec emballage cadeau et le faire livrer directement chez ma grand-mère à Arlon ? Je voudrais qu'il n'y ait pas de facture dans le colis, juste un petit mot de ma part. Et si elle n'est pas là au moment du passage, le livreur le dépose où ?

Merci !
Manon""",
         "Manon Gérard"),
        ("other", (),
         "Liste de naissance - supprimer un article",
         """Bonjour,

Nous avons une liste de naissance au nom de Léa Fontaine et Hugo Bernard. Nous aimerions supprimer la poussette (finalement ce sont mes parents qui nous l'offrent) et la remplacer par le siège auto. Quand je clique sur « supprimer », j'ai un message d'erreur. Pouvez-vous le faire pour nous ou m'expliquer comment faire ?

Merci beaucoup,
Léa""",
         "Léa Fontaine"),
        ("other", (),
         "Carte de fidélité à deux ?",
         """Bonjour,

Mon compagnon et moi venons d'emménager ensemble. Est-il possible de partager une seule carte de fidélité, avec tous les points sur un même compte ? Ou faut-il deux cartes, et peut-on les regrouper par la suite ? Quelles données faut-il fournir pour ajouter une personne ?

Merci et bonne journée,
Élise Moreau""",
         "Élise Moreau"),
    ],
    "de": [
        ("correction", ("deletion",),
         "Rechnungen auf den Namen meiner Schwiegermutter",
         """Guten Tag,

meine Schwiegermutter hat im Frühjahr einmal über mein Kundenkonto bestellt und dabei ihren Namen als Rechnungsempfängerin eingetragen. Seitdem laufen alle meine Rechnungen auf "Renate Hoffmann", auch die für meine eigenen Bestellungen, was bei der Steuererklärung (Homeoffice) ziemlich lästig ist.

Bitte stellen Sie die Rechnungsadresse wieder auf meinen Namen um: Katrin Hoffmann, Aachener Straße 41, 4700 Eupen. Die Angaben meiner Schwiegermutter (Name, Telefonnummer) können Sie aus meinem Konto löschen, sie hat inzwischen ein eigenes.

Vielen Dank und freundliche Grüße
Katrin Hoffmann""",
         "Katrin Hoffmann"),
        ("access", (),
         "Auskunft - Hochzeitsliste",
         """Sehr geehrte Damen und Herren,

ich war im September Gast auf einer Hochzeit und habe über die Geschenkliste des Brautpaares (Liste "Yilmaz / Becker") bei Ihnen ein Geschenk gekauft und dabei eine Glückwunschnachricht hinterlassen. Ein Kundenkonto habe ich nicht angelegt.

Ich bitte um Auskunft nach Art. 15 DSGVO: Welche Daten haben Sie dabei über mich gespeichert (Name, Adresse, Nachricht, Zahlungsdaten?), wer kann diese sehen - nur das Brautpaar oder auch andere Gäste -, und wie lange werden sie aufbewahrt?

Mit freundlichen Grüßen
Dr. Ulrich Brandt""",
         "Ulrich Brandt"),
        ("restriction", ("access",),
         "Gemeinsames Kundenkonto während der Scheidung",
         """Hallo,

mein Mann und ich lassen uns scheiden. Wir haben ein gemeinsames Kundenkonto und eine Kundenkarte, beide laufen auf ihn, aber ich habe sie genauso genutzt wie er. Ich befürchte, dass er das Konto löschen lässt oder meine Angaben daraus entfernt, bevor geklärt ist, was wem gehört.

Bitte sperren Sie das Konto bis auf Weiteres in seinem jetzigen Zustand: nichts löschen, nichts ändern. Außerdem möchte ich wissen, welche Daten über mich in diesem Konto gespeichert sind.

Danke,
Sabine Krüger""",
         "Sabine Krüger"),
        ("complaint", ("deletion",),
         "Meine Nachricht auf der Babyliste war für jeden lesbar",
         """Sehr geehrte Damen und Herren,

für die Geburtsliste meiner besten Freundin habe ich im Oktober über Ihre Seite einen Anteil am Kinderwagen geschenkt und ihr dazu eine sehr persönliche Nachricht geschrieben - unter anderem über meine eigene Fehlgeburt im letzten Jahr. Ich bin selbstverständlich davon ausgegangen, dass nur sie das liest.

Gestern hat mich eine Arbeitskollegin darauf angesprochen, die ebenfalls etwas von der Liste gekauft hat: Alle Nachrichten aller Gäste stehen mit vollem Namen auf der Listenseite, und die Liste ist öffentlich auffindbar. Nirgends wurde darauf hingewiesen, dass die Nachrichten angezeigt werden. Ich finde das unfassbar.

Ich beschwere mich hiermit ausdrücklich über diesen Umgang mit meinen Daten und verlange, dass meine Nachricht und mein Name sofort von der Seite entfernt und gelöscht werden.

Miriam Schäfer""",
         "Miriam Schäfer"),
        ("portability", (),
         "WG-Konto - meine Bestellungen als Datei",
         """Hallo zusammen,

wir hatten in unserer WG in Leuven ein gemeinsames Konto bei euch, über das jeder von uns bestellt hat. Ich ziehe Ende November aus und zurück nach Köln.

Könnt ihr mir meine eigenen Bestellungen aus diesem Konto (alle mit meiner Kreditkarte bezahlt, endet auf 0932) und meine Profildaten als maschinenlesbare Datei schicken, am liebsten JSON oder CSV? Ich will das in meine Haushaltsbuch-App übernehmen.

Danke euch!
Lukas""",
         "Lukas Wagner"),
        ("objection", (),
         "Widerspruch Profilbildung",
         """Guten Tag,

mein Lebensgefährte bestellt seit Jahren unter meinem Namen und über mein Konto, weil er selbst keins anlegen will - Angelzubehör, Werkzeug, Whisky. Ihre Empfehlungen in der App richten sich deshalb an eine Person, die es so gar nicht gibt, und ehrlich gesagt möchte ich auch nicht, dass Sie aus unseren Einkäufen überhaupt ein Profil von mir erstellen.

Ich widerspreche hiermit der Auswertung meiner Kaufdaten zu Analyse- und Profilingzwecken.

Mit freundlichen Grüßen
Andrea Vogel""",
         "Andrea Vogel"),
        ("withdraw_consent", (),
         "Werbung an meinen Vater - bitte abbestellen",
         """Guten Tag,

mein Vater, Heinrich Lang (87), hat vor Jahren bei Ihnen eine Kundenkarte beantragt und dabei offenbar Newsletter und Werbe-SMS angekreuzt. Er ist inzwischen dement und lebt bei uns; ich kümmere mich um seine Post und habe eine Vorsorgevollmacht.

Die SMS mit "Nur heute!"-Angeboten verwirren ihn sehr, er ruft mich dann jedes Mal aufgeregt an. Bitte melden Sie ihn von allen Werbe-Mails und SMS ab. Die Karte selbst kann bleiben, ich kaufe damit für ihn ein.

Freundliche Grüße
Monika Lang""",
         "Monika Lang"),
        ("other", (),
         "Restguthaben Geschenkkarte",
         """Hallo,

ich habe zur Hochzeit von meinen Kollegen eine Geschenkkarte von Ihnen bekommen (mit einer persönlichen Nachricht auf dem Kärtchen). Wie kann ich das Restguthaben abfragen? Auf Ihrer Seite finde ich nur die Anmeldung fürs Kundenkonto, ich habe aber gar kein Konto. Kartennummer: 6033 4410 7782 0051.

Viele Grüße
Jonas Richter""",
         "Jonas Richter"),
        ("other", (),
         "Umtausch Geschenk ohne Kassenbon",
         """Guten Tag,

ich habe von meiner Tante zum Geburtstag Bettwäsche bekommen, die leider die falsche Größe hat (unser Bett ist 180 breit). Einen Kassenbon habe ich nicht, nur das Geschenkkärtchen mit ihrem Gruß. Kann ich sie in der Filiale in Eupen trotzdem umtauschen?

Danke und schöne Grüße
Helga Schmitz""",
         "Helga Schmitz"),
        ("other", (),
         "Kundenkarte für zwei Personen?",
         """Hallo, meine Freundin ist bei mir eingezogen und wir fragen uns, ob wir meine Kundenkarte gemeinsam nutzen können, also eine zweite Karte auf dasselbe Konto. Wie funktioniert das dann mit den Punkten, und kann ich sie später wieder entfernen, falls nötig (man weiß ja nie 😉)? Welche Angaben braucht ihr von ihr?

Gruß
Florian""",
         "Florian Neumann"),
    ],
    "es": [
        ("deletion", (),
         "Borrar nuestra lista de bodas",
         """Hola:

Nos casamos el 10 de octubre y la lista de bodas que teníamos con vosotros (Lucía Navarro y Pablo Ortega) ya no hace falta. Queremos que la borréis del todo: la lista, nuestra dirección y los nombres y mensajes de los invitados. No queremos que quede nada guardado.

Muchas gracias por todo, los regalos llegaron perfectos.

Lucía""",
         "Lucía Navarro"),
        ("access", ("correction",),
         "Datos de la tarjeta de puntos tras la separación",
         """Buenos días:

Me separé de mi pareja en primavera. Teníamos una tarjeta de cliente conjunta (n.º 5561 0093 2274) en la que él sigue figurando como titular principal, aunque la pedí yo y casi todas las compras las hago yo.

Quisiera saber qué datos personales míos tienen registrados en esa tarjeta y en la cuenta online de él, y si él puede ver lo que compro. Además, les pido que me pongan a mí como titular, con mis datos: Carmen Ruiz Delgado, Avenue Louise 210, 1050 Ixelles.

Un saludo,
Carmen Ruiz""",
         "Carmen Ruiz Delgado"),
        ("objection", (),
         "Me opongo al análisis de la tarjeta familiar",
         """Hola,

En la app pone que estamos en el segmento "familia con bebé" y nos salen ofertas según lo que compramos todos con la tarjeta familiar. No recuerdo haber aceptado nada de eso.

Me opongo a que analicéis las compras de mi familia para clasificarnos o hacernos perfiles. Podéis seguir usando la tarjeta para los puntos y punto.

Javier Romero""",
         "Javier Romero"),
        ("complaint", (),
         "SEGUNDA VEZ - quitar a mi ex de la tarjeta",
         """Buenas tardes:

Les escribí el 2 de octubre pidiendo que retiraran a mi exmarido de nuestra tarjeta familiar y que dejara de ver mis compras desde su aplicación. Recibí un acuse de recibo automático y desde entonces nada. Han pasado más de cinco semanas y él sigue viendo todo lo que compro, incluida la farmacia.

Es la segunda vez que lo pido y me parece inaceptable que nadie me haya contestado. Si en unos días no tengo respuesta, presentaré una reclamación ante la autoridad de protección de datos.

Isabel Moreno""",
         "Isabel Moreno"),
        ("withdraw_consent", (),
         "no quiero más correos",
         """Hola, mi cuñada me regaló unas toallas de vuestra tienda y desde entonces me llegan vuestros correos de ofertas casi cada día. Yo nunca he comprado nada. Por favor dejad de mandarme publicidad.
Gracias
Rosa""",
         "Rosa Gil"),
        ("portability", ("deletion",),
         "Me voy del piso compartido",
         """Hola:

Durante tres años compartí piso en Gante con dos amigos y usábamos una sola cuenta vuestra para los pedidos de la casa, con mi correo como principal. Ahora me mudo sola.

Quisiera que me enviarais mi historial de pedidos y mis datos en un archivo que pueda descargar y usar en otro sitio (CSV o JSON, lo que os vaya mejor). Después, por favor, eliminad mis datos de esa cuenta; mis compañeros la seguirán usando con su propio correo.

Gracias,
Marta Jiménez""",
         "Marta Jiménez"),
        ("restriction", (),
         "Cuenta de mi marido fallecido",
         """Estimados señores:

Mi marido, Antonio Serrano, falleció el pasado 28 de septiembre. Tenía una cuenta con ustedes a su nombre, que usábamos los dos.

Les ruego que NO la borren todavía: necesito las facturas de los electrodomésticos para las garantías y para los trámites de la herencia, y el notario aún no ha terminado. Pero tampoco quiero que se siga utilizando para nada mientras tanto. Simplemente guárdenla tal como está hasta que yo les diga.

Atentamente,
Pilar Serrano""",
         "Pilar Serrano"),
        ("other", (),
         "Añadir un regalo a la lista",
         """¡Hola! Tenemos una lista de bodas con vosotros (boda de Sergio y Andrea, 5 de diciembre). Queremos añadir la batidora de vaso que vimos en la tienda de Amberes, pero en la web no aparece. ¿Podéis añadirla vosotros?

Y otra cosa: ¿se puede eliminar de la lista la vajilla de 18 piezas? Nos la ha regalado ya mi abuela.

¡Gracias!
Andrea""",
         "Andrea Castillo"),
        ("other", (),
         "Tarjeta regalo con mensaje",
         """Buenas,

Quiero comprar una tarjeta regalo digital para mi hermana. ¿Puedo añadir un mensaje personal y programarla para que le llegue el día de su cumpleaños, el 14 de noviembre? ¿Y la puede usar también en tienda o solo en la web?

Gracias,
Diego""",
         "Diego Herrera"),
        ("other", (),
         "Cambiar un regalo sin ticket",
         """Hola, buenos días.

Mi suegra me regaló por mi cumpleaños una chaqueta de vuestra tienda, pero me queda pequeña. No tengo el ticket, solo la etiqueta, y a ella no le quiero preguntar. ¿Puedo cambiarla en la tienda de Bruselas? ¿Qué datos necesitáis para buscar la compra, si hace falta?

Un saludo,
Laura Vidal""",
         "Laura Vidal"),
    ],
    "it": [
        ("access", (),
         "Come avete avuto il mio indirizzo?",
         """Buongiorno,

non sono mai stata vostra cliente. A settembre un'amica mi ha fatto spedire a casa un regalo dal vostro negozio online per il mio compleanno, e da allora ricevo le vostre e-mail e perfino un catalogo per posta, indirizzato a me.

Vorrei sapere quali dati personali avete su di me, da dove li avete presi e per quanto tempo intendete conservarli.

Cordiali saluti,
Giulia Ferrara""",
         "Giulia Ferrara"),
        ("correction", (),
         "Intestatario della carta fedeltà",
         """Gentili signori,

mio marito Giovanni è mancato lo scorso marzo. La carta fedeltà di famiglia (n. 3320 9981 4407) risulta ancora intestata a lui, con me come seconda titolare. Vorrei che l'intestataria diventassi io, con il mio nome, Rosaria Esposito, e il mio numero di cellulare 0478 22 31 90 al posto del suo.

Se serve, posso mandarvi il certificato di morte.

Distinti saluti,
Rosaria Esposito""",
         "Rosaria Esposito"),
        ("complaint", ("deletion",),
         "ricevuta mandata a mio padre",
         """Salve,

ho 19 anni e sono ancora sulla carta fedeltà di famiglia, che è intestata a mio padre. La settimana scorsa ho comprato un regalo per la mia ragazza nel vostro negozio di Charleroi usando la carta, e il giorno dopo a mio padre è arrivata la ricevuta digitale, con l'articolo e il prezzo. Quando mi hanno aggiunto alla carta nessuno mi ha detto che succedeva questo.

Non è un dramma, ma lo trovo scorretto: i miei acquisti sono affari miei. Vi chiedo di togliermi dalla carta di famiglia e di cancellare i miei dati da lì.

Matteo Russo""",
         "Matteo Russo"),
        ("restriction", (),
         "Limitazione dei dati del profilo",
         """Buongiorno,

il 19 ottobre vi ho scritto che nel mio profilo ci sono la data di nascita e l'indirizzo di mia sorella (all'inizio l'account lo usavamo in due). Mi avete risposto che state verificando.

Nel frattempo vi chiedo di limitare il trattamento di quei dati: non usateli per spedizioni, auguri o offerte finché la verifica non è conclusa.

Grazie,
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("objection", ("withdraw_consent",),
         "Basta \"potrebbe piacerti\"",
         """Ciao,

in casa usiamo tutti la stessa app con il mio account: io, mia moglie e i due ragazzi. Il risultato è che i vostri "Potrebbe piacerti anche..." mescolano gli acquisti di tutti, e l'altro giorno una notifica sul telefono ha fatto vedere a mio figlio il regalo che gli avevamo preso per la cresima.

Mi oppongo all'uso dei nostri acquisti per profilarci e consigliarci prodotti. E disattivate anche le notifiche push promozionali, non le vogliamo più.

Luca Romano""",
         "Luca Romano"),
        ("withdraw_consent", (),
         "Newsletter e catalogo - non li voglio",
         """Salve,

quando mi sono trasferito dalla mia compagna a Bruxelles, lei mi ha iscritto alla vostra newsletter per avere il buono di benvenuto. Adesso mi arrivano le vostre mail e anche il catalogo di carta a mio nome. Non mi interessa: per favore non mandatemi più né mail né catalogo.

Grazie
Alessandro Conti""",
         "Alessandro Conti"),
        ("deletion", (),
         "chiusura account di mia madre",
         """Buongiorno,

da due anni ordinavo io per mia madre, Anna Colombo, 84 anni, usando il suo account (la spesa, i prodotti per la casa). Da ottobre vive in una casa di riposo e l'account non le serve più. Vi chiedo di chiuderlo e di cancellare i suoi dati, compresi l'indirizzo e la carta di pagamento salvata. Ho una procura e posso inviarvela.

Grazie,
Paola Colombo""",
         "Paola Colombo"),
        ("other", (),
         "Regalo di nozze da spedire",
         """Buongiorno, vorrei ordinare un servizio di bicchieri come regalo di nozze per una coppia di amici e farlo consegnare direttamente a casa loro, a Mons. È possibile avere la confezione regalo e aggiungere un biglietto? Non vorrei che nel pacco ci fosse lo scontrino con il prezzo.

Grazie mille,
Chiara""",
         "Chiara De Luca"),
        ("other", (),
         "cambio regalo senza scontrino",
         """Salve, mia cugina mi ha regalato una lampada ordinata da voi online, ma è arrivata con il vetro incrinato. Lo scontrino non ce l'ho, ho solo i dati dell'ordine che lei mi ha girato per mail (ordine n. 2026-771204). Posso cambiarla io in negozio a Liegi o deve farlo lei dal suo account?

Grazie,
Stefano Galli""",
         "Stefano Galli"),
        ("other", (),
         "Carta fedeltà condivisa con i miei genitori",
         """Buonasera,

i miei genitori sono venuti a vivere da noi e facciamo la spesa insieme. È possibile condividere la mia carta fedeltà con loro, con una seconda carta collegata allo stesso account? I punti si sommano? E loro devono scaricare l'app o basta la carta di plastica?

Cordiali saluti,
Silvia Marchetti""",
         "Silvia Marchetti"),
    ],
    "pt": [
        ("portability", (),
         "Histórico de compras em ficheiro",
         """Bom dia,

Durante anos usei a conta da família, que está em nome da minha mãe, para fazer as minhas encomendas. Agora tenho a minha própria casa e vou abrir conta própria.

Podem enviar-me, num ficheiro CSV ou JSON, os dados das encomendas que eu próprio fiz (pagas com o meu cartão terminado em 2285) e os pontos que acumulei, para os poder levar e usar noutro lado?

Obrigado,
Tiago Fernandes""",
         "Tiago Fernandes"),
        ("deletion", ("access",),
         "Apagar os meus dados da conta do meu ex",
         """Boa tarde,

Vivi cinco anos com o meu ex-companheiro, Nuno Almeida, e a conta que tínhamos convosco está em nome dele. Nela constam o meu nome, o meu número de telemóvel, a minha data de nascimento e provavelmente a morada do meu trabalho, para onde eu mandava entregar as encomendas.

Peço que apaguem todos os meus dados dessa conta. Gostaria também que me dissessem que dados meus lá estavam.

Cumprimentos,
Inês Carvalho""",
         "Inês Carvalho"),
        ("complaint", ("withdraw_consent",),
         "Continuo a receber lembretes da lista de casamento",
         """Exmos. Senhores,

No dia 3 de outubro cancelei a subscrição dos lembretes da nossa lista de casamento, através da ligação no fundo do e-mail, e recebi a confirmação. Desde então já recebi mais seis e-mails "Os vossos convidados estão à espera!" - e o casamento foi em setembro.

Isto não é aceitável. Deixem de me enviar estes e-mails imediatamente. Se voltar a receber algum, apresento queixa à autoridade de proteção de dados.

Ricardo Pinto""",
         "Ricardo Pinto"),
        ("correction", (),
         "Nome no cartão cliente",
         """Olá,

Depois do divórcio voltei a usar o meu nome de solteira, mas no cartão cliente e na conta online continuo a aparecer como Maria Sousa Ferreira. O nome correto agora é Maria da Conceição Sousa. Podem atualizar, por favor? Envio cópia do cartão de cidadão se for preciso.

Obrigada,
Maria Sousa""",
         "Maria da Conceição Sousa"),
        ("objection", (),
         "Anúncios no Instagram",
         """Olá, pessoal.

Minha esposa comprou um carrinho de bebê no site de vocês, com a conta dela, e no dia seguinte comecei a ver anúncios desse mesmo carrinho no meu Instagram. A gente usa o mesmo wi-fi e eu também tenho cadastro na loja, com o mesmo endereço.

Não quero que vocês compartilhem meus dados com Facebook, Instagram ou outras redes para publicidade direcionada. Me oponho a esse uso.

Abraço,
Rafael Oliveira""",
         "Rafael Oliveira"),
        ("withdraw_consent", (),
         "SMS promocionais",
         """Boa tarde. O número associado ao nosso cartão família é o telemóvel da minha mãe, que tem 79 anos, e ela recebe quase todos os dias SMS com promoções. Por favor, deixem de enviar SMS publicitários para este número (0485 71 12 09). O cartão continua a ser usado normalmente.
Obrigado,
Paulo Martins""",
         "Paulo Martins"),
        ("access", (),
         "Dados do meu filho no cartão família",
         """Bom dia,

O meu filho Gonçalo, de 14 anos, foi acrescentado ao nosso cartão família (n.º 6612 0457 3398) e tem a vossa aplicação no telemóvel dele. Como mãe, gostaria de saber que dados pessoais têm sobre ele, se os usam para lhe enviar publicidade e quem, no cartão, pode ver as compras dele e as nossas.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("other", (),
         "Troca de presente sem talão",
         """Boa tarde,

Recebemos de presente de casamento um tacho que já tínhamos (estava na nossa lista, mas alguém comprou na loja e não ficou marcado). Não temos talão. É possível trocar por outro artigo na loja de Antuérpia?

Obrigada,
Sofia Lopes""",
         "Sofia Lopes"),
        ("other", (),
         "saldo do cartão-presente",
         """Olá, a minha madrinha deu-me um cartão-presente vosso com uma mensagem muito querida, e eu já o usei uma vez. Como posso saber quanto saldo ainda tem? O número é 6033 1207 5589 4402. Obrigada! Beatriz""",
         "Beatriz Costa"),
        ("other", (),
         "Partilhar conta com a minha mulher",
         """Bom dia,

Posso partilhar a minha conta com a minha mulher para ela também juntar e usar os pontos? Ou é melhor remover o meu cartão e pedirmos um cartão família? Não quero perder os pontos que já tenho.

Cumprimentos,
João Ribeiro""",
         "João Ribeiro"),
    ],
}

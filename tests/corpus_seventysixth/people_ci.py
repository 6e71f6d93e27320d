"""Person mail for the seventysixth set (en nl fr de es it pt): parking, vehicles and mobility around the shop (number-plate cameras and private parking fines, the car-park app, EV chargers and their charging app, the click-and-collect drive, bike and cargo-bike rental, delivery vans with dashcams, damage in the car park, leased company cars linked to loyalty accounts), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventysixth.py)."""

PEOPLE_CI = {
    "en": [
        ("access", (),
         "Parking charge for a car I wasn't driving - how did they get my address?",
         """Dear Shop Example,

On Saturday 7 March my daughter borrowed my car and did the weekly shop at your Zaventem store. Three weeks later a letter arrived at my home from a company called Parkora Enforcement: a "Parking Charge Notice" of EUR 65 because the car stayed 2 hours 41 minutes in a car park where the maximum is 2 hours. The letter has two black-and-white photos of my number plate (1-HKT-305) taken by a camera at the entrance and exit.

I am the registered keeper, not the driver, and I was at home in Kortenberg all afternoon. I'm not writing about the fine itself, my daughter will deal with that. What bothers me is this: I have never given my name or address to Parkora, nor to you for that matter. All they had was a photo of my number plate. So how did a private company get from a number plate to my home address?

I would like to know:
- what personal data you and Parkora hold about me or my car because of that visit (photos, times, anything else);
- where my name and address came from and who requested them;
- whether Parkora works on your behalf or on its own, and who else my details have been passed to.

I look forward to your reply.

Yours sincerely,
Geoffrey Hallam
Leuvensesteenweg 88, 3070 Kortenberg""",
         "Geoffrey Hallam"),
        ("correction", (),
         "wrong reg on my ParkEasy account",
         """Hi there,

I've just realised why I got a parking fine from your Mechelen car park even though I paid in the app every single time. When I set up the ParkEasy app last autumn I typed my plate as 1-VRN-218. The actual plate is 1-VRN-281. So the camera never matched my car to my payments and the system thinks I've been parking for free. Embarrassing, but there you go.

Can someone fix the plate on my account (email on the account is liam.doherty.be@gmail.com) and make sure the right number is what's linked to my payments going back to October? I've put in an appeal for the fine separately with the parking company.

Thanks,
Liam""",
         "Liam Doherty"),
        ("deletion", (),
         "",
         """hi, moving back to the uk next month so i wont be using the parkeasy app anymore. please close my account and remove everything - my card details, my plate, all the parking history etc. dont want my card sitting in some app i dont use. account is under s.mcbride@outlook.com

thx
sinead""",
         "Sinead McBride"),
        ("portability", (),
         "Charging history for my employer",
         """Hello,

I drive a plug-in hybrid and charge it mainly at the Voltaro chargers in your Waterloo car park, using the Shop Example Charge app. From this year my employer reimburses home-to-work charging, but their expense tool only accepts a file with every session (date, start and end time, kWh, price, charger ID).

The app only shows the sessions one by one on the screen, and the monthly PDF receipts are not accepted. Could you send me all my charging sessions since the account was opened (June 2024) as a CSV or Excel file? If it's easier, a JSON export is fine too, our IT people can convert it.

Account: Ruth Okonkwo, ruth.okonkwo@vandermeulen.example

Many thanks,
Ruth Okonkwo
+32 471 55 20 86""",
         "Ruth Okonkwo"),
        ("restriction", ("access",),
         "PCN ref PKR-2026-0417733 - under appeal",
         """Dear Sir or Madam,

I have been issued Parking Charge Notice PKR-2026-0417733 by Parkora Enforcement for an alleged overstay in the car park of your Ghent Dampoort store on 21 March 2026. I was in the store for just over an hour; the camera at the exit apparently recorded my car leaving at 18:52 after entering at 15:40. I think the system missed my car leaving the first time and matched it with a second visit that evening, when I came back for a parcel.

I have lodged an appeal with Parkora and, if needed, I will take it further. While that dispute is ongoing I ask that the camera records and data relating to my vehicle (1-PBM-664) are not used for anything else, not handed to a debt collector and not deleted, as I will need them to prove my case.

Please also send me a copy of all camera images and entry/exit times recorded for my plate on 21 March, including the first exit at around 16:50 which I believe is missing from the notice.

Yours faithfully,
Martin Greaves
Sint-Pietersnieuwstraat 140, 9000 Gent""",
         "Martin Greaves"),
        ("objection", (),
         "Welcome back, 1-FZD-902?!",
         """Hello,

Yesterday I got a letter addressed to me at home, from you, with a voucher and the sentence "We noticed you've visited our Drogenbos store six times this month - here's 10% off your next visit!". I don't have a loyalty card with you. The only way you could have counted my visits is through the number-plate cameras in the car park, and then matched my plate to my address somehow.

I'm fine with cameras checking that people don't park all day. I am not fine with them being used to track how often I come and to send me advertising. Please stop using my plate and my visits for marketing or any kind of profile, now and in the future.

Regards,
Dr. Anne Whitmore""",
         "Anne Whitmore"),
        ("withdraw_consent", (),
         "Location + SMS",
         """Good afternoon,

When I installed the ParkEasy app I ticked the boxes for "offers based on my location" and "SMS with deals near me". I've changed my mind: every time I drive past your Anderlecht store my phone buzzes with a promotion, and I get a text on top of it. Please consider both of those permissions withdrawn. I still want to use the app to pay for parking, just without the offers.

Phone number on the account: 0486 31 77 04.

Kind regards,
Colin Beaumont""",
         "Colin Beaumont"),
        ("complaint", ("deletion",),
         "Your delivery driver texting me",
         """To whom it may concern,

On 2 April a garden set I ordered online was delivered to my home by one of your vans. Before arriving the driver rang me from what was clearly his own mobile (it wasn't the withheld number you normally use) to ask for directions. Fine.

But that evening I got a WhatsApp message from the same number: "hey it's Karim from the delivery, nice meeting you, fancy a drink sometime?" followed by two more messages the next day. I did not answer and I have blocked him.

I find it unacceptable that my phone number ends up on a driver's private phone and that he then uses it for this. I want to know what you are going to do about it, and I want my number removed from his phone and from wherever else your drivers can see it. If I don't get a proper answer I will report this to the Data Protection Authority.

Jessica Pryce
Order SE-5512098""",
         "Jessica Pryce"),
        ("other", (),
         "Appeal - parking charge Zaventem 14/03",
         """Hello,

I received a parking charge of EUR 65 for staying 2 hours 20 minutes in your Zaventem car park on 14 March. I'd like to contest it. That afternoon the ticket-less barrier at the exit wasn't opening and there was a queue of about fifteen cars for more than twenty minutes, staff were directing people by hand. My receipt from the store shows I paid at the till at 16:58, so I was clearly trying to leave.

The signs at the entrance also say "2 hours free for customers", I was a customer. I'd appreciate it if you could ask the operator to cancel the charge. I've attached a photo of my till receipt.

Best regards,
Priya Raman""",
         "Priya Raman"),
        ("other", (),
         "cargo bike for a Saturday?",
         """Hi, I saw the cargo bikes outside your Leuven store. How much is it to rent one for a full Saturday, and is there a deposit? Also can I book online or do I just turn up? Need one to move a couple of plants and a small cupboard.

Cheers, Owen""",
         "Owen Pritchard"),
    ],
    "nl": [
        ("access", (),
         "Foto van mijn auto aan de drive",
         """Goedendag,

Ik haal mijn boodschappen al een tijdje op via de drive van jullie winkel in Sint-Niklaas. Vorige week zag ik voor het eerst dat er boven de afhaalpaal een camera hangt, en de medewerker vertelde me dat "het systeem" mijn nummerplaat herkent zodat mijn bestelling al klaarstaat voor ik uitstap. Hij liet me zelfs op zijn tablet een foto zien van mijn auto, vooraan, met mij achter het stuur.

Dat wist ik niet. Ik zou graag weten wat jullie precies bijhouden als ik de drive gebruik: alleen de nummerplaat, of ook die foto's? Sinds wanneer, hoe lang blijven ze bewaard en wie kan ze bekijken? En is mijn nummerplaat gekoppeld aan mijn klantenkaart?

Kunt u mij een overzicht bezorgen van alles wat jullie over mij en mijn wagen hebben in verband met de drive?

Met vriendelijke groeten,
Hilde Van Damme
Kapelstraat 17, 9100 Sint-Niklaas""",
         "Hilde Van Damme"),
        ("correction", (),
         "Nummerplaat leasewagen gekoppeld aan klantenkaart van iemand anders",
         """Beste,

Sinds januari rijd ik met een nieuwe bedrijfswagen (leasing via mijn werkgever), nummerplaat 2-GHT-719. Ik laad hem af en toe op aan de laadpalen op jullie parking in Hasselt en gebruik ook de drive.

Nu blijkt dat die nummerplaat in jullie systeem nog gekoppeld is aan de klantenkaart van de vorige bestuurder van die wagen, een zekere "Dhr. K. Claes". Aan de drive zegt de medewerker telkens "goeiedag meneer Claes", mijn laadsessies worden geboekt op zijn account en mijn punten gaan ook naar hem. Omgekeerd staat mijn eigen klantenkaart nog gekoppeld aan mijn oude auto, 1-SDW-044, die ik al verkocht heb.

Kunnen jullie dit rechtzetten: 2-GHT-719 loskoppelen van de kaart van meneer Claes en op mijn kaart zetten (klantenkaartnummer 2401 8876 5513), en 1-SDW-044 van mijn kaart halen?

Dank u wel,
Jeroen Wouters
Ingenieur projecten, Bouwbedrijf Dekempen
0495 61 28 30""",
         "Jeroen Wouters"),
        ("deletion", ("access",),
         "kopie identiteitskaart bakfiets",
         """Dag,

Zaterdag heb ik aan jullie winkel in Gent-Zuid een bakfiets gehuurd voor een halve dag. Aan de balie moest ik mijn identiteitskaart afgeven en het meisje heeft er met haar gsm een foto van gemaakt, voor- en achterkant, "voor de waarborg". De fiets heb ik dezelfde avond in perfecte staat teruggebracht en de waarborg is teruggestort.

Ik vind het geen goed idee dat er nu ergens een foto van mijn identiteitskaart rondzwerft, laat staan op de gsm van een jobstudent. Wil je die foto en de rest van mijn huurgegevens verwijderen? Ik zou ook graag weten waar die foto terecht is gekomen: in een systeem van jullie, bij het verhuurbedrijf, of echt gewoon op die gsm.

Groetjes,
Lotte Verhaegen""",
         "Lotte Verhaegen"),
        ("portability", (),
         "export laadsessies",
         """Hallo,

Ik stap over naar een andere laadkaart (via mijn nieuwe energieleverancier) en wil mijn laadgeschiedenis meenemen. In de Shop Example Charge-app staan ruim 200 laadsessies sinds 2023, maar ik kan ze alleen per stuk bekijken.

Kunnen jullie me een bestand sturen met al mijn sessies (datum, locatie/laadpaal, duur, kWh, bedrag), in een formaat dat ik in een ander programma kan inlezen, bv. CSV of JSON? Mijn nieuwe leverancier zegt dat ze dat kunnen importeren.

Account: wim.declercq@telenet.example

Bedankt alvast,
Wim De Clercq""",
         "Wim De Clercq"),
        ("restriction", (),
         "Schade aan mijn wagen op jullie parking Aalst - camerabeelden bewaren aub",
         """Geachte,

Op donderdag 9 april tussen 17u30 en 18u15 is mijn wagen (grijze Skoda Octavia, 1-MLP-553) op de parking van jullie winkel in Aalst aangereden. Toen ik terugkwam, was de linkerachterdeur flink ingedeukt en er zat witte verf op. Geen briefje, niks.

Mijn verzekeraar (dossier AX-77120-26) wil weten of er camerabeelden zijn en zal die zelf bij jullie opvragen; daar loopt nu de procedure voor. Ik heb gelezen dat beelden van de parking na 30 dagen automatisch worden gewist. Daarom vraag ik jullie uitdrukkelijk om de beelden van die dag en dat tijdstip niet te wissen, maar ze ook niet voor iets anders te gebruiken of aan anderen te geven, tot de verzekeraar het dossier heeft afgesloten.

Kunt u mij bevestigen dat dit geregeld is?

Met vriendelijke groet,
Patrick Mertens
Gentsesteenweg 212, 9300 Aalst
0472 18 90 45""",
         "Patrick Mertens"),
        ("objection", ("withdraw_consent",),
         "Re: Je bezoeken in april",
         """Neen, dit wil ik niet.

Uit jullie mail blijkt dat jullie mijn bezoeken tellen via de nummerplaatcamera's op de parking en die aan mijn klantenkaart koppelen om mij "persoonlijke aanbiedingen" te doen. Ik maak bezwaar tegen dat gebruik van mijn nummerplaat: de camera's zijn er voor de parking, niet om een profiel van mij te maken. Stop daarmee.

En de sms'jes met promoties mogen ook stoppen, daar heb ik ooit ja op gezegd aan de kassa maar dat trek ik hierbij in.

Eddy Peeters

----- Oorspronkelijk bericht -----
Van: Shop Example <nieuws@shop.example.be>
Onderwerp: Je bezoeken in april

> Dag Eddy,
> Je kwam deze maand al 5 keer langs in onze winkel in Turnhout!
> Als dank: 2x dubbele punten op je volgende aankoop.""",
         "Eddy Peeters"),
        ("withdraw_consent", (),
         "",
         """goeiemiddag
ik krijg na elke laadbeurt een sms met "nu 20% op koffie in de winkel terwijl je laadt". niet meer nodig, ik wil geen sms-reclame meer van jullie. nr 0478 40 21 93
mvg
Rita""",
         "Rita Janssens"),
        ("complaint", (),
         "Tweede herinnering - mijn vraag van 3 maart",
         """Geachte heer, mevrouw,

Op 3 maart heb ik u gemaild met de vraag hoe het parkeerbedrijf dat op uw parking in Kortrijk de controle doet, aan mijn naam en adres is gekomen op basis van alleen mijn nummerplaat, en welke gegevens u over mij heeft. Op 2 april heb ik een eerste herinnering gestuurd. Ik heb tot vandaag niets ontvangen, zelfs geen ontvangstbevestiging.

U weet ongetwijfeld dat u op zo'n vraag binnen een maand moet antwoorden. Die termijn is ruim verstreken. Als ik binnen tien dagen geen antwoord heb, dien ik een klacht in bij de Gegevensbeschermingsautoriteit. Een kopie van mijn mails van 3 maart en 2 april houd ik klaar.

Hoogachtend,
Marc Vandenbroucke
Doorniksesteenweg 305, 8500 Kortrijk""",
         "Marc Vandenbroucke"),
        ("other", (),
         "Drive open op Paasmaandag?",
         """Hallo, is de drive in Geel open op Paasmaandag? En tot hoe laat kan ik dan iets afhalen? Op de site staat alleen de openingsuren van de winkel zelf.
Dank!
Sofie""",
         "Sofie Geerts"),
        ("other", (),
         "Laadpaal 3 parking Brugge defect",
         """Goedemorgen,

Gisteren rond 11u wilde ik opladen aan laadpaal nr. 3 op jullie parking in Brugge (Sint-Michiels). De app startte de sessie, de paal gaf een groen lichtje en daarna niets: na een uur was mijn batterij exact even vol. Toch heb ik een kassaticket van EUR 4,20 in de app gekregen. Paal 4 ernaast werkte wel.

Kunnen jullie de paal laten nakijken en die EUR 4,20 terugstorten? Sessie-ID in de app: CHG-88410273.

Vriendelijke groeten,
Bart Maes""",
         "Bart Maes"),
    ],
    "fr": [
        ("access", (),
         "Livreur qui m'a appelée de son portable",
         """Bonjour,

Mardi dernier, le livreur de votre camionnette m'a téléphoné depuis un numéro de portable belge ordinaire (0489...), pas depuis le numéro de votre service de livraison, pour me dire qu'il avait vingt minutes de retard. Je ne lui en veux pas, il était aimable.

Mais je me pose des questions. Comment mon numéro arrive-t-il sur le téléphone personnel d'un chauffeur ? Est-ce qu'il voit aussi mon adresse, le contenu de ma commande, mes horaires de présence ? Ce chauffeur travaille-t-il pour vous ou pour une société de transport sous-traitante, et est-ce que ces personnes reçoivent ma liste de livraisons ?

Par ailleurs, j'ai vu qu'il y avait une caméra sur le tableau de bord. Filme-t-elle aussi quand le camion est arrêté devant chez moi ?

Je vous remercie de m'indiquer quelles données me concernant ont été transmises pour cette livraison (commande WEB-2026-331847), à qui, et ce qui est encore conservé.

Cordialement,
Nathalie Dubois
Rue des Tanneurs 9, 5000 Namur""",
         "Nathalie Dubois"),
        ("correction", (),
         "Erreur de plaque - retrait drive",
         """Bonjour,

Depuis que j'ai changé de voiture, le drive de Jemappes ne me reconnaît plus : il faut chaque fois que je sonne à la borne et que j'attende qu'on vienne vérifier ma commande. La dame du drive m'a montré mon profil : la plaque enregistrée est 1-ECR-770, alors que ma nouvelle voiture a la plaque 2-AJF-516. J'avais pourtant modifié la plaque dans l'application, mais apparemment ce n'est pas passé.

Pouvez-vous remplacer l'ancienne plaque par la nouvelle dans mon profil ? Et tant que vous y êtes, mon nom est mal orthographié : c'est Delhaye, pas Delaye.

Merci d'avance,
Christophe Delhaye
christophe.delhaye@skynet.example""",
         "Christophe Delhaye"),
        ("deletion", ("objection",),
         "Historique de mes passages sur votre parking",
         """Madame, Monsieur,

J'ai appris par une amie qui travaille dans le secteur que les caméras de lecture de plaques de votre parking de Wavre enregistrent chaque entrée et sortie, et que ces données sont conservées bien au-delà de la durée de stationnement. Je fais mes courses chez vous deux à trois fois par semaine depuis des années : cela doit représenter un historique assez précis de mes allées et venues.

Je vous demande de supprimer l'historique des passages liés à ma plaque (1-LKD-208), à l'exception, s'il le faut, des passages du jour même. Et pour l'avenir, je m'oppose à ce que ces données soient gardées ou utilisées pour autre chose que le contrôle du stationnement lui-même, en particulier pour des statistiques de fréquentation nominatives.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Isabelle Fontaine
Avenue des Déportés 44, 1300 Wavre""",
         "Isabelle Fontaine"),
        ("portability", (),
         "export recharges",
         """bonjour
j'ai une voiture de societe et mon employeur veut maintenant un fichier excel avec toutes mes recharges faites chez vous (borne, date, kwh, prix) pour me rembourser. dans l'appli je vois seulement les recharges du mois en cours. pouvez vous m'envoyer tout mon historique de recharge depuis septembre en fichier csv ou excel ? compte : kevin.lambert@gmail.com
merci
kevin lambert""",
         "Kevin Lambert"),
        ("restriction", (),
         "Contestation avis de stationnement ParkControl n° PC-55813",
         """Madame, Monsieur,

La société de leasing de mon véhicule de fonction m'a transmis un « avis de paiement » de la société ParkControl, adressé au titulaire de la plaque (la société de leasing), pour un stationnement prétendument dépassé sur le parking de votre magasin de Charleroi le 12 mars. J'ai contesté cet avis auprès de ParkControl le 30 mars, photos et ticket de caisse à l'appui, et la contestation est en cours.

Entre-temps, j'ai reçu un rappel m'annonçant la transmission du dossier à un bureau de recouvrement. Je vous demande, en votre qualité de propriétaire du parking et de donneur d'ordre, de faire en sorte que les données relatives à ce dossier (plaque 1-WTR-391, images, mon nom tel que communiqué par la société de leasing) ne soient plus utilisées ni transmises à quiconque, et notamment pas au bureau de recouvrement, tant que la contestation n'est pas tranchée. Ne les effacez pas pour autant : elles servent de preuve.

Veuillez agréer mes salutations distinguées.

Frédéric Lemaire
Rue de la Montagne 58, 6000 Charleroi""",
         "Frédéric Lemaire"),
        ("objection", (),
         "Station de lavage",
         """Bonjour,

Depuis que je me gare sur votre parking à Liège-Rocourt, je reçois des courriers et des SMS de « Clean&Go », la station de lavage qui se trouve au fond de votre parking, avec des promotions « pour votre Peugeot grise ». Je ne leur ai jamais rien donné. Leur service client me dit qu'ils ont un « partenariat » avec vous.

Je ne veux pas que ma plaque ou mes coordonnées soient partagées avec vos partenaires pour leur publicité. Merci d'arrêter cela et de le leur faire savoir.

Bien à vous,
Jean-Marc Piron""",
         "Jean-Marc Piron"),
        ("withdraw_consent", (),
         "Fwd: Autorisation de localisation",
         """Bonjour,

Je retire l'autorisation de localisation que j'avais donnée à votre appli parking (et donc aussi les « bons plans à proximité »). Je l'ai désactivée dans mon téléphone, mais l'appli me la redemande à chaque ouverture avec un message disant que je risque de « rater des offres ». Je ne veux plus que vous utilisiez ma position, point.

Sandrine Collard
Envoyé de mon iPhone""",
         "Sandrine Collard"),
        ("complaint", ("access",),
         "Plainte - transmission de mes données à un bureau de recouvrement",
         """Madame, Monsieur,

Le 18 février, j'ai reçu d'un bureau de recouvrement une mise en demeure de 145 € pour un « stationnement non autorisé » sur votre parking de Mons en décembre. Je n'ai jamais reçu l'avis initial. Ce jour-là, c'est mon fils qui conduisait ma voiture ; je ne suis que la titulaire de l'immatriculation.

Je n'ai jamais donné mon adresse ni à vous, ni à la société qui gère votre parking, ni à ce bureau de recouvrement. Je constate donc que mes données circulent entre trois sociétés sans que personne ne m'en ait informée, ce qui me paraît contraire au RGPD. Je vous adresse formellement ma plainte et je porterai l'affaire devant l'Autorité de protection des données si je n'obtiens pas d'explication sérieuse.

Je souhaite par ailleurs recevoir la liste des données me concernant que vous détenez ou que vous avez transmises dans ce dossier, avec l'origine de mon adresse et l'identité de chaque destinataire.

Veuillez agréer, Madame, Monsieur, mes salutations.

Monique Gérard
Chaussée de Binche 121, 7000 Mons""",
         "Monique Gérard"),
        ("other", (),
         "Rayure portière - parking Nivelles",
         """Bonjour,

Samedi en rentrant de vos courses, j'ai trouvé une belle rayure sur la portière avant droite de ma voiture. Vu la hauteur, je pense à un caddie poussé par le vent, il y en avait plusieurs qui traînaient près des places du fond. Est-ce que votre assurance intervient dans ce genre de cas ou est-ce que je dois passer par la mienne ? Et à qui faut-il m'adresser sur place ?

Merci,
Olivier Masson""",
         "Olivier Masson"),
        ("other", (),
         "Prix location vélo cargo",
         """Bonjour, combien coûte la location d'un vélo cargo électrique pour un week-end complet (samedi matin au lundi matin) au magasin d'Ottignies ? Et faut-il une caution ? Bonne journée, Aurélie""",
         "Aurélie Renard"),
    ],
    "de": [
        ("access", ("objection",),
         "Auskunftsersuchen gem. Art. 15 DSGVO - Kennzeichenerfassung Parkplatz Eupen",
         """Sehr geehrte Damen und Herren,

am 17.03.2026 erhielt ich ein Schreiben der Firma Parkora Enforcement, in dem ich als Halterin des Fahrzeugs mit dem Kennzeichen 1-EUP-447 zur Zahlung einer "Vertragsstrafe" von 65 EUR wegen Überschreitung der Höchstparkdauer auf dem Parkplatz Ihrer Filiale in Eupen aufgefordert werde. Dem Schreiben lagen zwei Aufnahmen der Kennzeichenkamera bei.

Gemäß Art. 15 DSGVO bitte ich um Auskunft darüber,
1. welche personenbezogenen Daten zu meiner Person und zu meinem Fahrzeug bei Ihnen bzw. in Ihrem Auftrag gespeichert sind (Bilder, Ein- und Ausfahrtszeiten, Halterdaten);
2. aus welcher Quelle meine Anschrift stammt und wer die Halterabfrage veranlasst hat;
3. an welche Empfänger die Daten übermittelt wurden;
4. wie lange die Daten gespeichert werden.

Zugleich widerspreche ich der Verwendung meines Kennzeichens und meiner Ein- und Ausfahrtsdaten für jeden Zweck außer der eigentlichen Parkraumüberwachung, insbesondere für Auswertungen oder Werbung.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Gabriele Schröder
Hookstraße 12, 4700 Eupen""",
         "Gabriele Schröder"),
        ("correction", (),
         "Dienstwagen mit falscher Kundenkarte verknüpft",
         """Guten Tag,

ich fahre seit Februar einen Leasing-Dienstwagen (Kennzeichen 1-KRV-830). Beim Laden an den Säulen auf Ihrem Parkplatz in St. Vith erscheint in der App seit Wochen der Hinweis "Treuepunkte gutgeschrieben an: Andrea H." Das bin nicht ich. Offenbar ist das Kennzeichen noch mit der Kundenkarte der Person verknüpft, die den Wagen vor mir gefahren ist.

Bitte korrigieren Sie die Zuordnung: Das Kennzeichen gehört jetzt zu meinem Kundenkonto (Kundennr. 7730 2214 0098, Thomas Jüngling). Die bisherigen Ladevorgänge seit Februar sollten dann auch meinem Konto zugeordnet werden, nicht dem von Frau H.

Danke und viele Grüße
Thomas Jüngling""",
         "Thomas Jüngling"),
        ("deletion", (),
         "Ausweiskopie Lastenrad",
         """Hallo,

ich habe am 28. März in Ihrer Filiale in Kelmis ein Lastenrad für den Umzug meiner Tochter gemietet. Dafür wurde mein Personalausweis eingescannt, beide Seiten. Das Rad ist zurückgegeben, die Kaution erstattet, alles in Ordnung.

Ich möchte aber nicht, dass der Scan meines Ausweises bei Ihnen oder beim Verleih-Anbieter liegen bleibt. Bitte löschen Sie ihn und mein Mietkonto vollständig. Eine kurze Bestätigung per Mail genügt.

Beste Grüße
Jürgen Kessler""",
         "Jürgen Kessler"),
        ("portability", (),
         "Ladehistorie als Datei",
         """Sehr geehrte Damen und Herren,

ich nutze seit 2024 Ihre Ladeapp "Shop Example Charge" mit meinem Elektroauto. Da ich demnächst zu einem anderen Ladeanbieter wechsle, der ein Fahrtenbuch-Tool anbietet, möchte ich meine bisherigen Ladevorgänge dorthin übernehmen.

Bitte stellen Sie mir alle bei Ihnen gespeicherten Ladevorgänge (Datum, Uhrzeit, Standort, geladene kWh, Kosten) in einem strukturierten, maschinenlesbaren Format zur Verfügung, vorzugsweise CSV.

Registrierte E-Mail-Adresse: m.hoffmann@web.de

Mit freundlichen Grüßen
Markus Hoffmann""",
         "Markus Hoffmann"),
        ("restriction", (),
         "Parkschaden 04.04. - Videoaufnahmen nicht löschen",
         """Sehr geehrte Damen und Herren,

am Samstag, dem 4. April, wurde mein Fahrzeug (blauer VW Golf, 1-LRB-127) auf Ihrem Parkplatz in Malmedy zwischen ca. 10:15 und 11:00 Uhr beim Ausparken eines anderen Fahrzeugs beschädigt (Stoßstange hinten rechts). Der Verursacher ist unbekannt. Ich habe Anzeige bei der Polizei erstattet (PV MA.55.L3.004418/2026), meine Versicherung ist informiert.

Die Polizei wird die Aufnahmen Ihrer Parkplatzkameras gegebenenfalls anfordern. Ich bitte Sie daher, die Aufnahmen des genannten Zeitraums bis zum Abschluss der Ermittlungen aufzubewahren, also nicht nach der üblichen Frist zu löschen, und sie bis dahin für keinen anderen Zweck zu verwenden.

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Sabine Krings
Tel. 0473 65 91 02""",
         "Sabine Krings"),
        ("objection", (),
         "Dashcam in Ihren Lieferwagen",
         """Guten Tag,

in unserer Straße liefern Ihre Transporter fast täglich aus. Ein Nachbar hat mir erzählt, dass die Fahrzeuge mit Dashcams ausgestattet sind, die dauerhaft nach vorne filmen, auch wenn der Wagen steht. Die Transporter parken meist direkt vor meiner Einfahrt, die Kamera zeigt also genau auf meinen Hauseingang, auf mich und meine Kinder.

Ich widerspreche der Aufnahme und Speicherung von Bildern, auf denen ich, meine Familie oder mein Grundstück zu sehen sind. Ich verstehe, dass Sie bei Unfällen Beweise brauchen, aber ein Dauerbetrieb vor fremden Häusern geht zu weit. Bitte sorgen Sie dafür, dass das aufhört.

Freundliche Grüße
Ralf Weber
Aachener Straße 61, 4720 Kelmis""",
         "Ralf Weber"),
        ("withdraw_consent", (),
         "Widerruf",
         """Hiermit widerrufe ich meine Einwilligung zu Standortdaten und SMS-Angeboten in der Park-App. Handy 0491 27 35 80. Die App selbst will ich weiter nutzen.
H. Lenz""",
         "Heike Lenz"),
        ("complaint", ("deletion",),
         "Beschwerde: Fahrer speichert Kundennummern privat",
         """Sehr geehrte Damen und Herren,

Ihr Fahrer, der am 23.03. bei mir eine Waschmaschine geliefert hat, hat mich von seinem privaten Handy aus angerufen. Das war noch nachvollziehbar. Seitdem bekomme ich aber von genau dieser Nummer WhatsApp-Nachrichten mit Angeboten für "Montage und Entsorgung, günstiger als bei der Firma", offenbar ein Nebengeschäft des Fahrers.

Dass meine Telefonnummer so auf dem Privathandy eines Fahrers landet und dann für seine eigene Werbung genutzt wird, ist ein klarer Verstoß gegen den Datenschutz. Ich beschwere mich hiermit ausdrücklich und behalte mir eine Meldung bei der Datenschutzbehörde vor. Sorgen Sie bitte dafür, dass meine Nummer bei diesem Fahrer gelöscht wird.

Auftragsnummer: SE-DEL-26-08812

Peter Brandt""",
         "Peter Brandt"),
        ("other", (),
         "Ladesäule Parkplatz Eupen",
         """Hallo, die Schnellladesäule links am Eingang in Eupen zeigt seit mindestens einer Woche "Außer Betrieb". Wird die repariert? Ich bin auf die Säule angewiesen, die nächste ist 15 km weg. Gruß, Dieter""",
         "Dieter Schmitz"),
        ("other", (),
         "Öffnungszeiten Drive St. Vith",
         """Guten Tag,

bis wann kann ich samstags im Drive in St. Vith meine Bestellung abholen? Die App zeigt Abholfenster bis 20 Uhr an, die Filiale schließt aber um 19 Uhr. Was gilt?

Danke!
Monika Thelen""",
         "Monika Thelen"),
    ],
    "es": [
        ("access", (),
         "¿Por qué fotografían mi coche en el drive?",
         """Hola:

Uso el servicio de recogida en coche (drive) de su tienda de Ixelles desde hace unos meses. La última vez, al pagar, la empleada me comentó que "la cámara ya había leído la matrícula" y que además el sistema "guarda una foto del coche al recoger, por si hay reclamaciones".

Me gustaría saber qué datos guardan exactamente de mí cuando uso el drive: la matrícula, las fotos, la hora, si se ve quién va dentro del coche... ¿Cuánto tiempo se conservan y quién tiene acceso? ¿Se comparten con alguna empresa externa?

Si es posible, envíenme una copia de lo que tengan registrado a mi nombre o con mi matrícula (1-BXL-692).

Un saludo,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("correction", ("deletion",),
         "Matrícula mal puesta en la app de parking",
         """Buenas tardes:

Al darme de alta en la app ParkEasy escribí mi matrícula con una letra equivocada: puse 1-GZP-415 en lugar de 1-GPZ-415. Me he dado cuenta porque me ha llegado una multa del aparcamiento de Anderlecht aunque había pagado en la app.

Por favor, corrijan la matrícula de mi cuenta (correo: javier.morales.b@gmail.com). Y la matrícula equivocada, que no es mía y puede ser de otra persona, bórrenla de mi cuenta y de mi historial de pagos para que no haya más líos.

La multa la estoy recurriendo aparte con la empresa del parking.

Gracias,
Javier Morales""",
         "Javier Morales"),
        ("deletion", (),
         "baja app de carga",
         """hola, he vendido el coche electrico y ya no voy a usar vuestros cargadores. quiero que borreis mi cuenta de la app de carga, la tarjeta de credito guardada y todo el historial. mi correo es carmen.ruiz77@hotmail.com. gracias""",
         "Carmen Ruiz"),
        ("portability", (),
         "Historial de recargas en formato JSON",
         """Estimados señores:

Soy usuario de los puntos de recarga de su aparcamiento de Waterloo desde 2024, a través de la aplicación Shop Example Charge. Voy a pasarme a otro operador de recarga que ofrece importar el historial de otras redes para calcular el consumo del vehículo.

Les solicito que me faciliten todas mis sesiones de recarga (fecha, hora de inicio y fin, punto de recarga, energía en kWh e importe) en un formato estructurado y legible por máquina, preferiblemente JSON o, en su defecto, CSV, de modo que pueda transmitirlas al nuevo operador.

Cuenta registrada: a.gimenez@ingenieriagimenez.example

Atentamente,
Alberto Giménez Soler""",
         "Alberto Giménez Soler"),
        ("restriction", (),
         "Multa recurrida - no la pasen a cobro",
         """Buenos días:

He recurrido ante Parkora Enforcement la sanción PKR-2026-0391120 por haber superado, según ellos, el tiempo máximo en el aparcamiento de su tienda de Etterbeek el 2 de marzo. Ese día tenía la tarjeta de aparcamiento para personas con discapacidad a la vista y según sus propias normas no hay límite de tiempo para esas plazas.

Mientras el recurso esté pendiente, les pido que los datos de mi coche (1-RMV-038) y las fotos no se usen para nada más ni se envíen a ninguna agencia de cobro. Tampoco quiero que se borren: son la prueba de que estaba en una plaza reservada.

Quedo a la espera de su confirmación.

Saludos cordiales,
Rosa María Castillo
Avenue de Tervueren 210, 1150 Woluwe-Saint-Pierre""",
         "Rosa María Castillo"),
        ("objection", (),
         "Pantalla a la salida del parking",
         """Hola,

Hoy, al salir del aparcamiento de su tienda de Uccle, la pantalla de la barrera ha mostrado "¡Hasta pronto, 1-TKN-557! Esta semana: 3 visitas 🎉". Yo no he pedido que cuenten mis visitas ni que pongan mi matrícula en una pantalla que ve todo el que está en la cola.

Me opongo a que usen mi matrícula para seguir mis visitas, hacer estadísticas sobre mí o mostrarme mensajes de marketing. Para abrir la barrera, de acuerdo; para lo demás, no.

Pablo Herrera""",
         "Pablo Herrera"),
        ("withdraw_consent", (),
         "Re: Tu sesión de recarga ha terminado",
         """Quiero dejar de recibir los SMS de ofertas que me mandáis cuando estoy cargando, y que la app deje de usar mi ubicación. Lo acepté cuando me registré pero ya no. Los recibos de recarga por email sí los quiero seguir recibiendo.

Marta Soto

El 14/04/2026, a las 18:22, Shop Example Charge <no-reply@charge.shop.example.be> escribió:
> Tu sesión de recarga en Waterloo - Punto 2 ha terminado.
> Energía: 18,4 kWh - Importe: 7,36 EUR""",
         "Marta Soto"),
        ("complaint", ("access",),
         "Sin respuesta: imágenes de las cámaras para mi seguro",
         """Buenos días:

El 10 de marzo les escribí porque un coche golpeó el mío en su aparcamiento de Jette y se fue sin dejar nota. Les pedí una copia de las imágenes de las cámaras de ese día entre las 16:00 y las 17:00 para mi aseguradora, que las necesita para abrir el expediente (n.º de siniestro 2026-BE-448710). Ha pasado más de un mes y nadie me ha contestado; en la tienda me dicen que "eso lo lleva el departamento de privacidad".

Me parece una falta de seriedad. Vuelvo a pedir las imágenes en las que aparece mi coche (Seat León blanco, 1-JTT-249) y les aviso de que, si en diez días no tengo respuesta, presentaré una queja ante la Autoridad de Protección de Datos.

Miguel Ángel Navarro
Tel. 0468 20 73 51""",
         "Miguel Ángel Navarro"),
        ("other", (),
         "Multa injusta aparcamiento Evere",
         """Hola,

Me ha llegado una multa de 65 euros por aparcar "fuera de plaza" en su aparcamiento de Evere. Aquel día todas las plazas estaban ocupadas por las obras de la entrada, medio parking estaba vallado y los propios empleados nos decían que dejáramos el coche junto a la acera. Tengo fotos de las vallas.

No me parece justo pagar. ¿Pueden anular la multa o decirme a quién tengo que dirigirme?

Gracias,
Daniela Vega""",
         "Daniela Vega"),
        ("other", (),
         "alquiler bicis",
         """Hola! Cuanto cuesta alquilar 2 bicicletas normales (no electricas) un domingo en la tienda de Leuven? Es para hacer una ruta con mi hijo de 14 años, hay bici de su tamaño? Gracias, Ana""",
         "Ana Beltrán"),
    ],
    "it": [
        ("access", (),
         "Multa parcheggio - come avete avuto il mio indirizzo?",
         """Buongiorno,

mi è arrivata a casa una lettera di una società che si chiama Parkora Enforcement: 65 euro perché la mia macchina (targa 1-AVT-913) sarebbe rimasta troppo a lungo nel parcheggio del vostro negozio di La Louvière il 28 febbraio. Alla guida c'era mio marito, la macchina è intestata a me.

Non ho mai dato il mio indirizzo né a voi né a questa società. Vorrei quindi sapere come hanno fatto a risalire al mio nome e al mio indirizzo partendo solo dalla targa, chi ha fatto questa richiesta e per conto di chi. Vorrei anche sapere quali dati su di me e sulla mia auto conservate voi o questa società (foto, orari, altro) e per quanto tempo.

Grazie per la risposta.

Cordiali saluti,
Francesca Esposito
Rue Albert Ier 47, 7100 La Louvière""",
         "Francesca Esposito"),
        ("correction", (),
         "Nome sbagliato sulle ricevute di ricarica",
         """Buongiorno,

da quando ho aperto l'account della app di ricarica, tutte le ricevute delle sessioni sono intestate a "Giuseppe Russo". Io mi chiamo Giuseppina Russo. Probabilmente il correttore del telefono ha "corretto" il nome all'iscrizione e non trovo il modo di cambiarlo nella app, il campo è bloccato.

Il mio commercialista mi ha fatto notare che con il nome sbagliato le ricevute non valgono per la nota spese. Potete correggere il nome sul mio account (giusy.russo@libero.it) e, se possibile, anche sulle ricevute già emesse da gennaio?

Grazie mille,
Giuseppina Russo""",
         "Giuseppina Russo"),
        ("deletion", ("withdraw_consent",),
         "cancellazione targa e foto drive",
         """Salve,
non uso più il servizio drive di Charleroi perché mi sono trasferito a Namur. Vorrei che cancellaste lo storico della mia targa (1-CRL-286), le foto della macchina fatte al ritiro e il profilo drive collegato. Già che ci siete, non mandatemi più gli sms con le offerte, non li voglio più.
Grazie
Davide Conti
inviato dal mio smartphone""",
         "Davide Conti"),
        ("portability", (),
         "file con le mie ricariche",
         """Buonasera,
vorrei un file (csv va benissimo) con tutte le ricariche che ho fatto alle vostre colonnine da quando ho l'account, per caricarle nell'app del nuovo fornitore di energia a cui passo il mese prossimo. Nell'app vedo solo un elenco senza possibilità di esportazione.
Account: marco.bianchi.be@gmail.com
Grazie, Marco Bianchi""",
         "Marco Bianchi"),
        ("restriction", ("access",),
         "Danni alla mia auto nel vostro parcheggio di Seraing - immagini",
         """Gentili signori,

sabato 11 aprile, tra le 9:30 e le 10:20, qualcuno ha urtato la mia auto (Fiat 500X rossa, targa 1-SRG-604) parcheggiata nel vostro parcheggio di Seraing, rompendo il fanale posteriore sinistro, e se n'è andato senza lasciare recapiti.

La mia assicurazione (pratica n. SIN-2026-03391) mi chiede le immagini delle telecamere del parcheggio. Vi chiedo:
- di inviarmi una copia delle immagini in cui si vede la mia auto in quella fascia oraria;
- di non cancellare quelle registrazioni fino alla chiusura della pratica, anche se superano il normale periodo di conservazione, e di non usarle per altri scopi nel frattempo.

Resto a disposizione per qualsiasi informazione.

Distinti saluti,
Antonio Greco
Rue du Pairay 19, 4100 Seraing
Cell. 0477 83 12 69""",
         "Antonio Greco"),
        ("objection", (),
         "Uso della targa per la profilazione",
         """Buongiorno,

nell'informativa della vostra carta fedeltà ho letto che "i dati dei sistemi di lettura targhe dei parcheggi possono essere associati al profilo cliente per migliorare le offerte personalizzate". Ho la carta fedeltà, ma non ho nessuna intenzione di farmi seguire dalle telecamere del parcheggio.

Mi oppongo a questo trattamento: non associate la mia targa (1-PLM-775) né i miei ingressi e uscite dal parcheggio al mio profilo fedeltà, e non usateli per offerte o statistiche su di me.

Cordiali saluti,
Elena Marchetti
Carta fedeltà n. 2401 3309 8172""",
         "Elena Marchetti"),
        ("withdraw_consent", (),
         "",
         """Buongiorno, non voglio più ricevere le offerte via sms e via mail sulla mobilità (noleggio bici, lavaggio auto, colonnine ecc.). Revoco il consenso che avevo dato. Numero 0470 55 61 28. Grazie, Chiara Romano""",
         "Chiara Romano"),
        ("complaint", (),
         "Fotocopie di carte d'identità lasciate sul banco",
         """Spettabile Shop Example,

oggi ho noleggiato una bici cargo nel vostro negozio di Anderlecht. Mentre aspettavo, ho visto che sul banco del noleggio c'era un raccoglitore aperto con le fotocopie delle carte d'identità degli altri clienti, che chiunque in coda poteva sfogliare. Ho visto nome, data di nascita, numero nazionale e foto di almeno tre persone. Quando l'ho fatto notare, il ragazzo ha chiuso il raccoglitore ridendo.

Ho dovuto lasciare anch'io la copia della mia carta d'identità e ora so dove finisce. Trovo questo comportamento inaccettabile e contrario al GDPR. Vi chiedo di spiegarmi come intendete rimediare. Valuterò di segnalare la cosa all'Autorità per la protezione dei dati.

Stefano Moretti""",
         "Stefano Moretti"),
        ("other", (),
         "Cancello rovinato dal vostro furgone",
         """Buongiorno,

ieri mattina il vostro furgone delle consegne, facendo manovra nel mio vialetto, ha urtato il cancello e piegato un'anta. Il vicino ha visto tutto e l'autista si è scusato, dicendo che c'è la telecamera a bordo e che "si vedrà tutto". Mi ha dato un numero di pratica, DLV-4471, e mi ha detto di scrivere all'azienda.

A chi devo mandare il preventivo del fabbro per il risarcimento?

Saluti,
Roberto Ferrari
Chaussée de Wavre 1502, 1160 Auderghem""",
         "Roberto Ferrari"),
        ("other", (),
         "Drive aperto il 15 agosto?",
         """Ciao, il drive di Waterloo è aperto il 15 agosto? Devo ritirare una spesa grossa prima di partire. Grazie, Laura""",
         "Laura De Luca"),
    ],
    "pt": [
        ("access", ("restriction",),
         "Imagens da dashcam da vossa carrinha",
         """Bom dia,

No dia 8 de abril, por volta das 14h, uma carrinha de entregas da Shop Example partiu o espelho retrovisor do meu carro, que estava estacionado à porta de casa, na Rue Gatti de Gamond, em Uccle. O motorista parou, tirou uma foto e disse-me que a carrinha tem câmara e que a empresa trataria do assunto. Desde então, nada.

A minha seguradora pede provas. Peço-vos que me enviem uma cópia das imagens da câmara da carrinha relativas a esse momento, em que aparece o meu carro (Renault Clio cinzento, 1-UCL-338) e eu próprio, que estava à janela. Peço também que essas imagens não sejam apagadas enquanto o processo com a seguradora estiver em curso.

Com os melhores cumprimentos,
Rui Carvalho
Rue Gatti de Gamond 77, 1180 Uccle
Tel. 0484 50 19 62""",
         "Rui Carvalho"),
        ("correction", (),
         "Já não sou proprietária desse carro",
         """Boa tarde,

Recebi em casa um aviso de pagamento de estacionamento relativo ao vosso parque de Schaerbeek, com data de 19 de fevereiro, para a matrícula 1-SHB-502. Acontece que vendi esse carro a 20 de janeiro e a matrícula foi cancelada e passada ao novo proprietário nesse mesmo dia (tenho o comprovativo da DIV).

Nos vossos registos e nos da empresa de estacionamento, eu continuo a aparecer como titular dessa matrícula. Por favor corrijam isso: a partir de 20/01/2026 essa matrícula já não tem nada a ver comigo. Posso enviar o certificado de venda se for preciso.

Obrigada,
Ana Paula Ferreira""",
         "Ana Paula Ferreira"),
        ("deletion", (),
         "apagar conta app estacionamento",
         """ola
queria apagar a minha conta na app de estacionamento (ParkEasy). tem la o meu cartao de credito guardado e a matricula do meu carro e ja nao preciso. quero que apaguem tudo, nao so desativar.
email da conta: tiago.sousa.92@gmail.com
obrigado
Tiago""",
         "Tiago Sousa"),
        ("portability", (),
         "Exportação do histórico de carregamentos",
         """Exmos. Senhores,

Venho solicitar, ao abrigo do artigo 20.º do RGPD, a exportação de todo o meu histórico de sessões de carregamento nos postos da Shop Example (data, hora, posto, energia carregada e valor pago) num formato estruturado, de uso corrente e de leitura automática, como CSV ou JSON.

Pretendo transferir estes dados para a aplicação de gestão do meu novo operador de carregamento.

Conta associada: joao.pinto@pintoarquitetos.example

Com os melhores cumprimentos,
João Pinto""",
         "João Pinto"),
        ("restriction", (),
         "Contestação coima parque de estacionamento",
         """Boa tarde,

Contestei junto da Parkora Enforcement o aviso PKR-2026-0452207 (parque da vossa loja de Forest, 25 de março). O sistema diz que fiquei 3 horas no parque, mas na verdade entrei, saí meia hora depois e voltei ao fim da tarde. As câmaras juntaram as duas visitas numa só.

Enquanto a contestação não estiver resolvida, peço que os dados da minha matrícula (1-FRS-190) e as fotos das câmaras fiquem bloqueados: que não sejam usados para mais nada nem enviados para cobrança, mas que também não sejam apagados, porque são a minha prova.

Obrigado pela atenção,
Luís Almeida""",
         "Luís Almeida"),
        ("objection", (),
         "GPS das bicicletas elétricas",
         """Olá,

Aluguei várias vezes as bicicletas elétricas na vossa loja de Leuven e reparei que, no fim de cada aluguer, a app me mostra o percurso completo que fiz, com mapa. Depois comecei a receber sugestões do tipo "passou perto do nosso parceiro X, aproveite 10%".

Não me importo que saibam onde está a bicicleta por causa de roubos, mas não quero que os meus percursos sejam analisados nem usados para publicidade de parceiros. Oponho-me a esse uso dos meus dados de localização.

Cumprimentos,
Sérgio Rocha""",
         "Sérgio Rocha"),
        ("withdraw_consent", (),
         "Localização",
         """Boa tarde, retiro o consentimento que dei para a app usar a minha localização e me mandar ofertas quando estou perto das lojas. Quero continuar a usar a app só para pagar o estacionamento. Obrigada. Marta Lopes""",
         "Marta Lopes"),
        ("complaint", ("deletion",),
         "Reclamação: fotografia do meu carro num ecrã do drive",
         """Exmos. Senhores,

Na passada sexta-feira fui buscar uma encomenda ao drive da vossa loja de Anderlecht. Enquanto esperava, vi num ecrã grande, virado para a fila dos carros, uma lista com fotografias dos carros em espera, as matrículas e os nomes dos clientes: "1-ADL-827 - M. Santos - encomenda 4 de 6 caixas". Era o meu carro, comigo e com a minha filha lá dentro, e o meu nome. Qualquer pessoa na fila podia ver.

Isto é uma exposição inaceitável dos meus dados e da minha família. Apresento formalmente esta reclamação e reservo-me o direito de a levar à Autoridade de Proteção de Dados. Exijo que apaguem as fotografias do meu carro tiradas no drive.

Manuela Santos
Rue de la Clinique 30, 1070 Anderlecht""",
         "Manuela Santos"),
        ("other", (),
         "Carregador não solta o cabo",
         """Bom dia,
ontem à noite no parque de Ixelles o posto de carregamento n.º 2 não desbloqueou o cabo no fim da sessão. Tive de deixar o carro lá e vir a pé para casa. Hoje de manhã um funcionário conseguiu soltar o cabo. Podem mandar verificar o posto? E alguém me devolve o táxi de ontem? 18 euros.
Obrigado
Hugo Martins""",
         "Hugo Martins"),
        ("other", (),
         "Preço aluguer bicicletas",
         """Olá! Tenho família de visita em agosto e queríamos alugar 3 bicicletas elétricas por dois dias na loja de Bruges (Brugge). Quanto custa? Fazem desconto para vários dias? Obrigada, Beatriz""",
         "Beatriz Nunes"),
    ],
}

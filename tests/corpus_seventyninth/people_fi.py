"""Person mail for the seventyninth set (en nl fr de es it pt): pets, garden and bulky home deliveries (the pet club with its animal profiles, vet bookings, pet insurance partner, microchip registration and photo contest; the garden centre's plant-care app, garden planner, robot mower app and home installations; sheds, soil and furniture brought by carriers and their subcontractors), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyninth.py)."""

PEOPLE_FI = {
    "en": [
        ("access", (),
         "Mowtix app + my Shop Example account - what do you actually see?",
         """Hello,

Last April I bought a Mowtix R-600 robot mower at your Waterloo garden centre, with installation. The installer set up the Mowtix app on my phone and linked it to my Shop Example account while he was here, "so the warranty is registered automatically". I didn't think much of it at the time.

The app holds quite a lot: a map of the whole garden (he drew the boundary over a satellite picture), the exact GPS position of the house, the mowing schedule and a log of every run. That log basically shows when we are at home and when we are away for the weekend.

Last month I received a mail from you about lawn feed "for your 420 m2 lawn". I never told you the size of my lawn, so clearly something flows from the mower app to you.

I would like to know what exactly you receive from Mowtix about me and my garden, since when, what you keep of it, and whether you pass any of it on to someone else (Mowtix itself, advertising partners, anyone).

Thank you,

Duncan Leary
Avenue des Lilas 17
1410 Waterloo
0476 31 90 24""",
         "Duncan Leary"),
        ("correction", (),
         "Pet Club - Maisie's details",
         """Hi,

Small thing but it bugs me. In the Pet Club part of the app my dog is down as "Maisy, Labrador Retriever, born 03/05/2021".

She's Maisie (with ie), she's a Labrador cross (mum was a lab, dad is anyone's guess), and she was born on 5 March 2021, not 3 May. I think someone swapped day and month when they typed it in at the pet corner. The birthday voucher turned up in May, which is how I noticed.

Could you fix all three? Loyalty card 2901 4471 0082.

Thanks!
Beth Corrigan""",
         "Bethany Corrigan"),
        ("deletion", ("complaint",),
         "Birthday card for Rufus",
         """To whoever is responsible for the Pet Club,

Our beagle Rufus died on 9 January. A few days later I rang your Pet Club line and told the lady that he had passed away, precisely because I did not want his reminders and offers to keep coming. She said it would be "taken care of".

This morning a card arrived in the post: "Happy 9th birthday Rufus! Treat him to 20% off his favourites". With the photo of him that we entered in your photo contest two summers ago printed on the front. My seven-year-old picked it up off the mat before I did. I will leave you to imagine the rest of our morning.

I am not asking for a nicer apology letter. I want Rufus gone from your systems completely: his profile, his photo, his birthday, his weight, the vaccination reminders linked to the vet practice, the contest entry, all of it. Please confirm in writing when that has been done.

I also want it recorded as a formal complaint that my phone call in January was simply ignored. If a customer has to ring twice about a dead dog, something in the way you handle people's data is broken.

Claire Hendry
Kapucijnenvoer 56, 3000 Leuven""",
         "Claire Hendry"),
        ("portability", (),
         "garden planner export?",
         """Hello,

For about two years I've used the Garden Planner on your website to plan our garden in Kortenberg: the beds, the vegetable patch, about sixty plants with the dates I bought them, and a set of photos I upload every season to see how things are coming along.

We've now hired a garden designer who works in a different program, and I'd like to move everything over rather than start again. Is it possible to get the plans, the plant list and the photos out as files? A CSV or spreadsheet for the plant list, the photos in their original size, and the plan in whatever format it's stored in. The "print to PDF" button gives me a picture, which doesn't help much.

The account is under anil.raman@mailbox.example.be.

Many thanks,
Anil Raman""",
         "Anil Raman"),
        ("restriction", ("access",),
         "Shed delivery 14 April - please keep the driver's photo",
         """Dear Sir or Madam,

On 14 April a 3 x 2 m timber garden shed (order 7720-41183) was delivered by BulkyLine. We had agreed on the phone that the pallet would be put on the drive. Instead it was left on the pavement, partly on the kerb, and at some point it tipped over. Two wall panels and the door frame are cracked.

The driver took a "proof of delivery" photo with his app. It is in the tracking link, and that page says it will be available for 30 days, which is almost up. My home insurer has opened a claim (ref. HX-2026-55102) and they need that photo, because it shows where the pallet was put down.

I therefore ask you to make sure that the photo and the whole delivery record are not deleted until the claim is settled, and that they are not used for anything else in the meantime.

Could you also send me a copy of the photo and of everything the delivery record contains (time of delivery, the driver's notes, the location the app logged)?

Yours faithfully,

Gareth Milburn
Chaussee de Louvain 212
1300 Wavre""",
         "Gareth Milburn"),
        ("objection", (),
         "PetProtect",
         """Hello,

Since I registered my two cats (Pixel and Mango) in the Pet Club in February, I've been getting emails from PetProtect, and last week a woman from PetProtect rang me. She knew both cats' names and ages and that Mango had been to the vet in March. I have never asked anybody for a pet insurance quote.

I'm happy with the Pet Club itself, I use the vouchers. But I don't agree with you giving my details and my cats' details to an insurance company so they can sell me things. Please stop doing that.

Fiona Adair""",
         "Fiona Adair"),
        ("withdraw_consent", (),
         "",
         """hi can you stop the groeny plant tips emails and the texts please. i think i ticked the box when the lady set up the app at the till but i dont want them anymore. i do still want the watering reminders in the app itself if thats possible

ta
Kieran

Sent from my phone""",
         "Kieran Doyle"),
        ("complaint", (),
         "Your delivery driver",
         """Hello,

On 2 May a sofa I bought from you was delivered by a company called Express Meubel Trans, who I understand work for your carrier. The driver called me that morning to confirm the time. Fine.

Two days later the same man sent me a text asking if I "fancied a drink sometime". I ignored it. On Saturday he called me twice after 11 at night. I have blocked the number now, but he knows where I live, he carried the sofa in.

I gave my phone number to Shop Example for one delivery. Not to a stranger who keeps it on his own phone and uses it whenever he likes. I find it astonishing that your carriers can do this and I'd like to know what you are going to do about it, both about him and about how numbers are handed out to drivers.

If I don't get a proper answer I will take this to the Data Protection Authority.

Naomi Kerr
Rue de la Station 4, 1330 Rixensart""",
         "Naomi Kerr"),
        ("other", (),
         "Soil pallet - where is it??",
         """Ordered a pallet of 60 bags of potting compost on the webshop (order 7720-40877), delivery slot Tuesday 8-12. Nobody came, nobody called, tracking still says "planned". It's Friday. I've got a whole border to plant this weekend and a man coming Monday to lay turf.

Can someone tell me when it is actually coming?

Richard Lowe
0495 12 77 30""",
         "Richard Lowe"),
        ("other", (),
         "Re: Your Pet Club membership",
         """Hi,

Thinking of leaving the Pet Club as I get the same deals elsewhere now. Before I do, two questions:

- if I cancel, do the vet appointments I booked through the app stay visible to my vet at De Linde, or do they disappear?
- the microchip registration for Otis was done at your pet corner in Mechelen. Does that stay valid if I'm no longer a member?

I'm not asking you to delete anything yet, I just want to know what happens before I decide.

Thanks
Priya

> On 28 Apr 2026, Shop Example Pet Club wrote:
> Your Pet Club membership renews on 1 June. Not sure yet? Here is what
> members got this year...""",
         "Priya Natarajan"),
    ],
    "nl": [
        ("access", (),
         "Chipregistratie Loebas - wie kreeg mijn gegevens?",
         """Beste,

Half maart hebben wij onze kitten Loebas laten chippen en registreren aan de dierenhoek in jullie winkel in Sint-Niklaas. De medewerkster heeft mijn identiteitskaart ingescand en mijn gegevens ingegeven voor de registratie.

Sindsdien krijg ik mails van een kattenvoedingsmerk en van een firma die kattenbakvulling verkoopt, allebei met "proficiat met jullie nieuwe kitten Loebas". Ik heb die firma's nooit iets gegeven.

Ik zou graag weten welke gegevens over mij en over Loebas jullie toen doorgestuurd hebben naar het register, of jullie die ook aan anderen gegeven hebben en aan wie, en wat jullie zelf nog bijhouden (ook die scan van mijn identiteitskaart).

Alvast bedankt,
Sofie Verhaegen
Hospitaalstraat 23
9100 Sint-Niklaas""",
         "Sofie Verhaegen"),
        ("correction", (),
         "adres tuin klopt niet",
         """Dag,

In de tuinplanner en in mijn klantenaccount staat als adres van de tuin nog Kerkstraat 12 in Lede. Dat is ons vorige huis. Sinds januari wonen we in de Molenstraat 88, 9340 Lede.

De serre die ik bij jullie gekocht heb wordt half juni geplaatst en in de bevestiging van het plaatsingsbezoek staat ook weer de Kerkstraat. De nieuwe bewoners gaan nogal verschieten als er daar een ploeg met glasplaten voor de deur staat.

Kunnen jullie het adres overal aanpassen? Mijn gsm-nummer blijft hetzelfde: 0472 58 13 90.

Groeten,
Jef De Smet""",
         "Jef De Smet"),
        ("deletion", (),
         "Robotmaaier - huis verkocht",
         """Goeiemiddag,

Wij hebben ons huis in Herentals verkocht, de akte is vorige week verleden. De robotmaaier (Mowtix, bij jullie gekocht in 2024) hebben we laten staan voor de nieuwe eigenaars, die maken zelf een account aan.

In mijn account bij jullie hangt die maaier nog altijd vast, met de kaart van de tuin, de locatie van het huis en de hele maaigeschiedenis. Dat is nu het huis van iemand anders en ik wil daar niets meer van bijhouden.

Mogen jullie de maaier loskoppelen van mijn account en alles wat erbij hoort (kaart, locatie, geschiedenis, instellingen) wissen? Mijn klantenaccount zelf mag blijven bestaan.

Met vriendelijke groeten,
Marleen Wuyts""",
         "Marleen Wuyts"),
        ("portability", (),
         "Gegevens van Bruno voor de nieuwe dierenarts",
         """Hallo,

Via de Pet Club-app hebben we de afgelopen drie jaar alle afspraken voor onze hond Bruno geboekt bij Dierenkliniek De Linde, jullie partner. In de app staan zijn vaccinaties, zijn gewicht bij elk bezoek en de notities van de dierenarts.

We verhuizen in juli naar Gent en gaan daar naar een andere praktijk. Die vroegen of we zijn historiek kunnen aanleveren in een bestand dat ze in hun software kunnen inlezen (Excel of CSV is goed, zeiden ze).

Kunnen jullie me dat bezorgen? Schermafdrukken van de app nemen gaat wel, maar dan moet de assistente alles overtypen.

Dank je wel,
Hanne Claes
hanne.claes@telenet.example""",
         "Hanne Claes"),
        ("restriction", ("correction",),
         "notitie in het dossier van Kira",
         """Geachte,

Op 3 april was ik met onze herder Kira bij de dierenarts die ik via jullie app geboekt had. Ze had een zware oorontsteking en heeft één keer naar de assistente gehapt toen die aan haar oor kwam. Begrijpelijk, lijkt me.

In de app staat nu bij de notities van dat bezoek: "agressief gedrag, muilkorf aanbevolen bij verzorging". Sindsdien weigert de trimsalon in jullie dierenhoek haar, en de verzekeraar van de Pet Club vraagt plots naar "gedragsproblemen".

Ik heb de dierenarts gevraagd de notitie te herbekijken. Tot daar duidelijkheid over is, vraag ik dat jullie die notitie niet gebruiken en niet doorgeven, niet aan de trimsalon, niet aan de verzekeraar, aan niemand. Verwijderen hoeft niet, ik wil net dat ze bewaard blijft tot dit uitgeklaard is. Als de dierenarts bevestigt dat het om pijn ging, moet de notitie uiteraard aangepast worden.

Met vriendelijke groet,
Pieter Van Damme
Brugsesteenweg 140, 8800 Roeselare""",
         "Pieter Van Damme"),
        ("objection", ("deletion",),
         "Foto van onze kat in jullie reclame",
         """Hallo,

In maart heb ik met onze kat Minoes meegedaan aan de fotowedstrijd van de Pet Club. Ze is niet gewonnen, maar dat geeft niet.

Gisteren zag ik haar foto op Instagram, in een gesponsorde advertentie van jullie Pet Club, met eronder "Minoes uit Aalst". Dus iedereen weet nu ook nog in welke gemeente ik woon. In het reglement stond dat de finalisten op de wedstrijdpagina getoond zouden worden. Over reclame stond er niets.

Ik wil niet dat jullie die foto gebruiken voor reclame, en ook niet mijn voornaam of mijn gemeente. Haal hem uit die advertenties en uit het campagnemateriaal. Eigenlijk mogen jullie de foto dan ook maar helemaal wissen, ik heb geen zin meer in die wedstrijd.

Ilse Maes""",
         "Ilse Maes"),
        ("withdraw_consent", (),
         "sms",
         """Goeiedag

ik krijg elke week sms'en van de Pet Club met aanbiedingen voor hondenvoer. Ik heb daar ooit ja op gezegd aan de kassa maar ik wil dat niet meer. De herinnering voor de vaccinatie van Bobby mag blijven als dat apart kan.

Groetjes
Rita Goossens""",
         "Rita Goossens"),
        ("complaint", (),
         "Mijn gegevens bij de buurvrouw",
         """Geachte heer, mevrouw,

Op 22 april werd mijn loungeset geleverd (bestelling 7720-40351). Ik was niet thuis en mijn buurvrouw heeft getekend. Tot daar geen probleem.

Maar daarna kreeg zíj van de transporteur de leveringsbevestiging op haar e-mailadres: met de foto van de dozen voor mijn voordeur, mijn volledige naam, mijn gsm-nummer, wat ik besteld had en de prijs. Ze heeft me die mail doorgestuurd met de vraag of ik wel wist dat zoiets gebeurt. Ik wist het niet.

Ik vind dit ronduit onaanvaardbaar. Mijn buren hebben niets te maken met wat ik koop of wat ik ervoor betaal. Ik verwacht een uitleg over hoe dit kon gebeuren en wat jullie doen zodat het niet opnieuw gebeurt. Ik overweeg een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Koen Lambrechts
Lindenlaan 9
2610 Wilrijk""",
         "Koen Lambrechts"),
        ("other", (),
         "verkeerd hondenvoer",
         """Hallo,

Ik had 12 kg graanvrije brokken voor senior honden besteld (bestelling 7720-41612) en ik heb puppybrokken gekregen, ook 12 kg. Onze Max is 11 jaar, daar heeft hij niets aan.

De zak is nog dicht. Kan ik die in de winkel in Hasselt gaan ruilen of komen jullie hem ophalen?

Annick Bogaert""",
         "Annick Bogaert"),
        ("other", (),
         "Delivery to a flat",
         """Beste,

Ik woon op de derde verdieping zonder lift en heb enkel een groot terras/balkon. Ik wil graag 20 zakken potgrond van 40 liter en twee plantenbakken van 120 cm bestellen.

Brengen jullie dat tot boven in het appartement of zetten ze het beneden aan de voordeur? En als ze het naar boven brengen, kost dat extra?

Bedankt,
Youssef El Amrani
Antwerpen""",
         "Youssef El Amrani"),
    ],
    "fr": [
        ("access", (),
         "Planificateur de jardin - transmission de mes données ?",
         """Madame, Monsieur,

Depuis l'an dernier, j'utilise le planificateur de jardin de votre site. J'y ai encodé l'adresse de ma maison, le plan du jardin et une vingtaine de photos, dont plusieurs de la terrasse et de la façade arrière.

La semaine passée, une société de parcs et jardins, « Paysages Dubois », m'a téléphoné pour me proposer de refaire ma terrasse. Le monsieur a fait allusion à « mon projet de potager surélevé », qui ne figure que dans votre planificateur. Je n'ai jamais été en contact avec cette société.

Je vous prie de me faire savoir quelles données vous détenez à mon sujet, si mes photos, mon adresse et mon projet ont été communiqués à cette société ou à d'autres, lesquelles, et dans quel but.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Françoise Lemaire
Rue du Moulin 8
5000 Namur""",
         "Françoise Lemaire"),
        ("correction", (),
         "erreur fiche",
         """bonjour, dans lappli pet club mon chat Filou est enregistre comme chien male alors que cest une chatte (oui Filou pour une femelle je sais) et elle est nee en 2019 pas en 2015. du coup je recois des promos pour croquettes chien senior mdr. vous pouvez corriger svp

merci
Nadia""",
         "Nadia Benali"),
        ("deletion", (),
         "Projet d'étang abandonné",
         """Bonjour,

En avril, un de vos techniciens est venu chez moi pour l'étude d'un étang de jardin avec cascade. Il a pris de nombreuses photos du jardin, de la façade et de l'arrière de la maison, des mesures, et il a fait un croquis avec l'emplacement de l'étang et des câbles électriques.

Après réflexion nous avons renoncé au projet (trop cher, et avec les petits-enfants nous préférons éviter l'eau). Je vous demande donc d'effacer tout ce qui a été réalisé lors de cette visite : photos, plan, notes du technicien, devis et mes coordonnées liées à ce dossier.

Devis n° JDN-2026-0417.

Cordialement,
Jean-Marc Collignon
Rue des Vignes 31, 4020 Jupille""",
         "Jean-Marc Collignon"),
        ("portability", (),
         "Export de mes plantes (Groeny)",
         """Bonjour,

J'ai 47 plantes dans l'application Groeny, que j'utilise depuis que j'ai reçu le code avec ma carte de fidélité. Pour chacune il y a les arrosages, les rempotages, l'engrais, mes notes et des photos.

Je souhaite passer à une autre application. Celle-ci permet d'importer des données au format CSV ou JSON. Pourriez-vous me fournir l'ensemble de mes données Groeny dans l'un de ces formats ?

Merci d'avance,
Élodie Marchal
elodie.marchal@gmail.com""",
         "Élodie Marchal"),
        ("restriction", (),
         "Sinistre PetProtect - note du vétérinaire",
         """Madame, Monsieur,

Le 12 mars, j'ai conduit mon labrador Oscar chez le vétérinaire partenaire, rendez-vous pris via l'application du Pet Club. Il boitait depuis la veille. Diagnostic : rupture du ligament croisé, opération le 20 mars (2.340 EUR).

PetProtect, l'assurance que j'ai souscrite via votre Pet Club, refuse l'intervention en invoquant une « affection antérieure ». Elle se base sur les notes de consultation, qui mentionnent « boiterie intermittente depuis plusieurs mois ». Je n'ai jamais dit cela, et Oscar n'avait jamais boité.

J'ai saisi l'Ombudsman des Assurances. En attendant l'issue de cette procédure, je vous demande de ne plus transmettre ces notes de consultation à qui que ce soit et de ne pas les utiliser à d'autres fins. Ne les effacez pas : elles pourront être nécessaires dans le cadre du litige.

Je vous remercie de me confirmer la prise en compte de cette demande.

Thierry Gobert
Avenue Reine Astrid 77
1400 Nivelles""",
         "Thierry Gobert"),
        ("objection", (),
         "Avis de partage de données Mowtix",
         """Bonjour,

J'ai reçu de Mowtix un « avis de partage de données » m'informant que les données d'utilisation de ma tondeuse robot (surface tondue, fréquence, localisation du jardin) sont désormais transmises à Shop Example « afin de vous proposer des offres adaptées à votre jardin ».

J'ai acheté la tondeuse chez vous, c'est vrai, mais je ne vois pas pourquoi vous devriez savoir quand et combien je tonds. Je m'oppose à ce que vous utilisiez ces données pour me profiler ou m'envoyer des offres.

Philippe Delvaux""",
         "Philippe Delvaux"),
        ("withdraw_consent", ("deletion",),
         "Concours photo - Praline",
         """Bonjour,

En mai j'ai participé au concours photo du Pet Club avec ma chienne Praline et j'ai coché la case autorisant la publication de la photo dans la galerie du concours.

Je retire cette autorisation. La photo a été prise dans notre jardin et on y voit très bien la maison et le numéro sur la boîte aux lettres, je ne m'en étais pas rendu compte. Merci de la retirer de la galerie et de l'effacer de vos fichiers.

Camille Rousseau""",
         "Camille Rousseau"),
        ("complaint", ("deletion",),
         "Appels du transporteur",
         """Bonjour,

Le 8 avril, une armoire commandée chez vous m'a été livrée par la société TransExpress Lambert, sous-traitant de votre transporteur. Jusque-là tout s'est bien passé.

Depuis, le même chauffeur m'a appelé trois fois sur mon GSM pour me proposer « ses » services de déménagement et de débarras, « à un prix d'ami puisqu'on se connaît ». La dernière fois, un dimanche à 9 heures du matin.

Je vous ai donné mon numéro pour une livraison, pas pour que des chauffeurs le gardent et s'en servent pour leurs petites affaires. Je trouve ça inadmissible et je compte déposer plainte auprès de l'Autorité de protection des données si rien ne bouge.

Je vous demande aussi de faire supprimer mon numéro chez ce transporteur et chez son sous-traitant.

Sandrine Mathieu
0487 66 20 13""",
         "Sandrine Mathieu"),
        ("other", (),
         "Olivier malade",
         """Bonjour,

J'ai acheté un olivier (hauteur environ 1m80, 89 EUR) il y a trois semaines dans votre jardinerie de Wavre. Depuis une dizaine de jours, les feuilles jaunissent et tombent, et il y a des taches noires sur certaines branches. Je l'arrose une fois par semaine comme indiqué sur l'étiquette et il est en plein soleil.

Est-ce qu'il est couvert par la garantie plantes ? Je peux envoyer des photos.

Bien à vous,
Marc Dufour""",
         "Marc Dufour"),
        ("other", (),
         "Remboursement",
         """Bonjour,

J'ai rapporté le 3 avril une niche pour chien XL au magasin de Liège-Rocourt (trop petite pour notre bouvier, ironiquement). La dame a dit que le remboursement arriverait sur ma carte dans les 10 jours. Nous sommes presque fin avril et je n'ai toujours rien reçu.

Ticket de retour : RT-LG-26-04-0311, montant 149,99 EUR.

Pouvez-vous vérifier ?

Géraldine Piron""",
         "Géraldine Piron"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen gemäß Art. 15 DSGVO - Tierarzttermine über den Pet Club",
         """Sehr geehrte Damen und Herren,

seit 2024 buche ich die Tierarzttermine für meinen Hund Balou über die Pet-Club-App bei Ihrer Partnerpraxis in Eupen. Nach jedem Termin erscheinen in der App Notizen zur Behandlung, zu Medikamenten und zum Gewicht.

Ich bitte Sie gemäß Art. 15 DSGVO um Auskunft darüber,

1. welche personenbezogenen Daten Sie über mich und im Zusammenhang mit meinem Hund speichern,
2. ob und in welchem Umfang Sie die Behandlungsnotizen der Praxis einsehen oder speichern,
3. an welche Empfänger (z. B. Versicherungspartner, Buchungsplattform) diese Daten weitergegeben wurden,
4. wie lange die Daten gespeichert werden und woher sie stammen, soweit sie nicht von mir erhoben wurden.

Bitte senden Sie mir außerdem eine Kopie der Daten.

Mit freundlichen Grüßen

Dr. Ursula Krings
Haasstraße 19
4700 Eupen""",
         "Ursula Krings"),
        ("correction", (),
         "Name und Telefonnummer falsch",
         """Guten Tag,

bei der Lieferung meines Hochbeets am Dienstag hat der Fahrer einen völlig Fremden angerufen, um den Termin anzukündigen. Der Herr hat mich dann über Umwege gefunden und mir Bescheid gesagt, sehr nett von ihm, aber so sollte es nicht laufen.

In meinem Kundenkonto steht die Nummer 0471 23 45 67. Richtig ist 0471 23 45 76. Außerdem steht mein Name auf allen Etiketten als "Muller" statt "Müller".

Bitte beides korrigieren, bevor nächste Woche die Palette mit der Erde kommt.

Danke
Bernd Müller
Kirchstraße 5, 4780 St. Vith""",
         "Bernd Müller"),
        ("deletion", (),
         "Profil von Kalle löschen",
         """Hallo,

wegen meiner Allergie mussten wir unseren Hund Kalle leider abgeben. Er lebt jetzt bei einer Familie, die das Tierheim gefunden hat, und es geht ihm gut.

Im Pet Club ist er noch mit Foto, Geburtstag und Impfterminen gespeichert, und ich bekomme weiterhin Erinnerungen für ihn. Bitte löschen Sie sein Profil komplett, mit allem was dazugehört. Mein Kundenkonto und die Kundenkarte möchte ich behalten, wir haben ja noch die Katzen.

Viele Grüße
Sabine Hoffmann""",
         "Sabine Hoffmann"),
        ("portability", ("deletion",),
         "Mähroboter - Daten mitnehmen",
         """Hallo zusammen,

ich steige von meinem Mowtix-Mähroboter auf ein anderes Modell um (der alte ist nach vier Jahren durch). Der neue Hersteller bietet an, eine vorhandene Gartenkarte und Zonen zu importieren, z. B. als GPX oder GeoJSON.

Können Sie mir die Gartenkarte mit Begrenzung und Zonen, die Mähzeiten und die Mähhistorie, die über mein Kundenkonto mit der Mowtix-App verknüpft sind, als Datei zuschicken? CSV für die Historie wäre ideal.

Wenn ich die Dateien habe, bitte die Verknüpfung auflösen und die ganzen Mäherdaten aus meinem Konto löschen.

Gruß
Jonas Brandt""",
         "Jonas Brandt"),
        ("restriction", (),
         "Gewächshausmontage - Schaden, bitte nichts löschen",
         """Sehr geehrte Damen und Herren,

am 16. April wurde das bei Ihnen gekaufte Gewächshaus (Auftrag GW-2026-0882) von Ihrem Montageteam bei mir aufgebaut. Dabei sind zwei Scheiben gesprungen, und der Zaun zum Nachbarn wurde beschädigt. Ihr Team sagt, die Scheiben seien schon bei Lieferung defekt gewesen, und der Zaun sei "vorher schon schief" gewesen.

Der Monteur hat vor und nach der Montage Fotos gemacht und ein Montageprotokoll ausgefüllt, das ich unterschrieben habe. Mein Versicherer schickt nächste Woche einen Gutachter.

Bis der Fall geklärt ist, bitte ich Sie, die Fotos, das Protokoll und die Notizen zum Hausbesuch weder zu löschen noch für andere Zwecke zu verwenden (z. B. für Referenzen oder Werbung). Sie sollen nur für die Klärung des Schadens aufbewahrt werden.

Mit freundlichen Grüßen
Reinhard Jost
Malmedyer Straße 44, 4750 Bütgenbach""",
         "Reinhard Jost"),
        ("objection", (),
         "Widerspruch - Auswertung meiner Gartenfotos",
         """Guten Tag,

seit ich im Gartenplaner Fotos meines Gartens hochgeladen habe, bekomme ich auffällig passende Werbung: Pflastersteine für "Ihre Terrasse", eine Pergola "passend zu Ihrer Hausfassade", Rasendünger.

In Ihrer Datenschutzerklärung steht, dass hochgeladene Bilder "zur Personalisierung von Angeboten analysiert" werden, gestützt auf Ihr berechtigtes Interesse. Dem widerspreche ich hiermit. Meine Fotos sind für meine Gartenplanung gedacht, nicht dafür, dass Sie daraus ableiten, was Sie mir verkaufen können.

Mit freundlichen Grüßen
Katrin Lenz""",
         "Katrin Lenz"),
        ("withdraw_consent", (),
         "Groeny App - Standort und Newsletter",
         """Hallo,

in der Groeny-App habe ich beim Einrichten zugestimmt, dass mein Standort für wetterabhängige Gießerinnerungen verwendet wird, und den Newsletter "Gartentipps der Woche" angehakt.

Beides möchte ich nicht mehr. Die Zustimmung für den Standort und für den Newsletter ziehe ich zurück. Die normale Erinnerungsfunktion ohne Standort reicht mir.

Tobias Weiß""",
         "Tobias Weiß"),
        ("complaint", ("access",),
         "Re: Auskunftsersuchen Mikrochip-Registrierung - keine Antwort",
         """Sehr geehrte Damen und Herren,

auf meine unten stehende E-Mail vom 3. März habe ich bis heute, sieben Wochen später, weder eine Antwort noch eine Eingangsbestätigung erhalten. Auch ein Anruf bei Ihrer Kundenhotline am 14. April hat nichts gebracht, man wollte "es weiterleiten".

Die gesetzliche Frist von einem Monat ist damit deutlich überschritten. Ich wiederhole mein Auskunftsersuchen hiermit und setze Ihnen eine letzte Frist bis zum 15. Mai. Danach werde ich mich bei der Datenschutzbehörde beschweren.

Andreas Kessler

-----Ursprüngliche Nachricht-----
Von: Andreas Kessler
Gesendet: Dienstag, 3. März 2026 18:42
An: privacy@shop.example.be
Betreff: Auskunftsersuchen Mikrochip-Registrierung

Guten Tag,

im Januar wurde meine Katze Frieda in Ihrer Tierecke in Eupen gechippt und registriert. Bitte teilen Sie mir mit, welche Daten über mich Sie dabei erfasst und an welche Register oder sonstigen Empfänger Sie diese übermittelt haben.

Mit freundlichen Grüßen
Andreas Kessler
Aachener Straße 112, 4700 Eupen""",
         "Andreas Kessler"),
        ("other", (),
         "Palette Blumenerde - zweiter Termin verpasst",
         """Guten Tag,

das ist jetzt das zweite Mal. Die Palette Blumenerde (Bestellung 7720-41029) war für Samstag 8-12 Uhr angekündigt, ich habe den ganzen Vormittag gewartet, niemand kam. Keine SMS, kein Anruf. Beim ersten Termin letzte Woche dasselbe.

Ich brauche die Erde für die Hochbeete, die Pflanzen stehen schon seit zehn Tagen in Töpfen auf der Terrasse. Entweder Sie nennen mir einen verbindlichen Termin oder ich storniere und möchte mein Geld zurück.

Monika Scholz""",
         "Monika Scholz"),
        ("other", (),
         "Anfrage Partnerschaft Online-Terminbuchung",
         """Sehr geehrte Damen und Herren,

wir sind eine Kleintierpraxis mit drei Tierärzten in St. Vith. Mehrere unserer Patientenbesitzer haben uns gefragt, ob sie unsere Termine auch über die App Ihres Pet Clubs buchen können, wie es bei der Praxis in Eupen schon möglich ist.

Könnten Sie uns sagen, an wen wir uns wenden können, welche Voraussetzungen gelten (Software, Schnittstelle, Vertrag) und welche Kosten auf uns zukommen?

Mit freundlichen Grüßen

Dr. med. vet. Lukas Hilger
Tierarztpraxis am Stadtpark
Rodter Straße 3, 4780 St. Vith
Tel. 080 22 41 96""",
         "Lukas Hilger"),
    ],
    "es": [
        ("access", ("objection",),
         "¿Cómo saben el nombre de mi perra?",
         """Buenas tardes:

Ayer me llamó una señora de PetProtect para ofrecerme un seguro. Sabía que tengo una beagle que se llama Canela, que tiene 4 años y que la vacunaron en marzo. Yo nunca he hablado con esa empresa.

Los únicos que tienen esos datos son ustedes, porque Canela está registrada en el Pet Club y las citas del veterinario las pido por su app.

Quiero saber qué datos tienen de mí y de mi perra, a quién se los han pasado y desde cuándo. Y que dejen de dárselos a aseguradoras o a quien sea para que me vendan cosas.

Un saludo,
Lucía Fernández
Rue Vanderkindere 302, 1180 Uccle""",
         "Lucía Fernández"),
        ("correction", (),
         "Dirección equivocada - visita invernadero",
         """Hola:

El martes tenía la visita del técnico para medir el sitio del invernadero. No apareció. Luego me llamó diciendo que estaba en la puerta y que nadie abría: estaba en el número 18 de mi calle. Yo vivo en el 81.

En mi cuenta aparece "Rue de Hennin 18", supongo que me equivoqué al escribirlo o alguien lo copió mal. Por favor, corríjanlo a Rue de Hennin 81, 1050 Ixelles, antes de la nueva cita del 6 de mayo.

Gracias,
Javier Ortega""",
         "Javier Ortega"),
        ("deletion", ("withdraw_consent",),
         "Concurso de fotos",
         """Hola,

Mandé una foto de nuestro perro Tango para el concurso del Pet Club. En la foto salen también mis dos hijos abrazándolo, y ahora que la veo publicada en la galería con mi nombre no me hace ninguna gracia.

Por favor, borren la foto y mi participación. Y no quiero recibir más correos sobre el concurso ni sobre las votaciones.

Marta Gil""",
         "Marta Gil"),
        ("portability", (),
         "Historial de mis gatos en archivo",
         """Buenos días,

Tengo tres gatos registrados en el Pet Club (Luna, Simba y Pipo) y desde hace dos años compro en su tienda el pienso y la arena. Me voy a pasar a un servicio de suscripción de comida para mascotas que me permite importar los perfiles y el historial de compras para calcular las raciones.

¿Me pueden enviar los perfiles de los gatos (fecha de nacimiento, peso, raza, alimentación) y mi historial de compras de comida en un archivo CSV o JSON?

Muchas gracias,
Andrés Molina
Tarjeta de cliente 2901 5530 7718""",
         "Andrés Molina"),
        ("restriction", (),
         "Sofá entregado al vecino - no borren nada",
         """Buenos días:

El 15 de abril me entregaron (supuestamente) un sofá de tres plazas, pedido 7720-40966. Yo no estaba y, según el correo del transportista, firmó "un vecino". Ningún vecino de mi edificio tiene el sofá y nadie reconoce la firma. En la foto del repartidor se ve el embalaje delante de una puerta que no parece la mía.

He puesto una reclamación al transportista y a mi seguro. Les pido que conserven la foto, la firma, la geolocalización y el resto del registro de esa entrega, que no los borren aunque se cumpla el plazo, y que no los usen para nada más hasta que esto se aclare.

Atentamente,
Rocío Navarro
Avenue Louise 418, 1050 Bruxelles
0489 30 55 71""",
         "Rocío Navarro"),
        ("objection", (),
         "cortacésped",
         """Hola,

Tengo un robot cortacésped Mowtix comprado en su centro de jardinería. Leyendo la política de privacidad de la app he visto que la ubicación del jardín y el tamaño del césped se usan "para analizar el mercado y personalizar la publicidad por zona".

No estoy de acuerdo. No quiero que usen la ubicación de mi casa ni los datos del cortacésped para hacer perfiles ni para publicidad.

Raúl Campos""",
         "Raúl Campos"),
        ("withdraw_consent", (),
         "baja",
         """hola quiero darme de baja de la newsletter del club de mascotas y de los whatsapp de ofertas, gracias

Inés""",
         "Inés Prieto"),
        ("complaint", (),
         "Datos de mi perro enviados a otra persona",
         """Muy señores míos:

El 20 de abril pedí cita para mi perro Toby en la clínica veterinaria asociada, a través de la app del Pet Club. Al día siguiente me llamó una señora a la que no conozco: había recibido en su correo la confirmación de MI cita, con mi nombre, mi teléfono, la dirección de mi casa y la nota que yo escribí en el formulario explicando que Toby tiene epilepsia y qué medicación toma.

La señora fue amable y borró el correo. Pero que información sobre la salud de mi perro, mi teléfono y mi dirección acaben en el buzón de una desconocida me parece gravísimo. Nadie me ha avisado de nada, me he enterado por ella.

Exijo una explicación por escrito. Si no la recibo en un plazo razonable presentaré una reclamación ante la autoridad de protección de datos.

Pilar Domínguez""",
         "Pilar Domínguez"),
        ("other", (),
         "Limonero con cochinilla",
         """Hola,

Compré un limonero en maceta en su jardinería de Anderlecht hace un mes. Ahora tiene cochinilla algodonosa en el envés de las hojas y en el tronco, y alguna hoja pegajosa. ¿Qué me recomiendan? ¿Lo puedo llevar a la tienda para que lo vean?

Carmen Ruiz""",
         "Carmen Ruiz"),
        ("other", (),
         "¿Montan la caseta?",
         """Buenas,

Estoy mirando la caseta de jardín de madera de 2,5 x 2 m de la web. ¿El transportista la deja solo en la entrada o también hay servicio de montaje? Mi jardín está detrás de la casa y solo se llega por un pasillo de 80 cm, no sé si los paneles pasan.

Gracias,
Diego Herrera""",
         "Diego Herrera"),
    ],
    "it": [
        ("access", ("deletion",),
         "Chi ha dato il mio numero al corriere?",
         """Buongiorno,

il 9 aprile mi è stata consegnata una casetta da giardino ordinata da voi. La consegna l'ha fatta una ditta, Trasporti Ruggiero, che a quanto pare lavora per il vostro corriere.

Tre settimane dopo mi ha chiamato un uomo di quella ditta proponendomi di montare la casetta "in nero, così risparmia", e poi di pulire il giardino. Aveva il mio numero di cellulare e sapeva cosa avevo comprato.

Vorrei sapere a chi avete dato il mio numero e i miei dati per quella consegna, cosa ha ricevuto esattamente il corriere e la ditta che lavora per lui, e per quanto tempo li tengono. E vorrei che il mio numero venga cancellato da loro.

Cordiali saluti,
Giulia Romano
Rue Saint-Lazare 12, 6000 Charleroi""",
         "Giulia Romano"),
        ("correction", (),
         "Razza e peso del mio cane",
         """Buonasera,

nel Pet Club il mio cane Otto risulta "Pastore tedesco, 40 kg". Otto è un bassotto e pesa 9 kg. Penso che il ragazzo del reparto animali abbia sbagliato quando l'abbiamo registrato insieme al microchip.

Non è solo una cosa buffa: il preventivo dell'assicurazione che mi è arrivato è calcolato su un cane di taglia grande, e i buoni sconto sono per le crocchette da 15 kg.

Potete correggere razza e peso?

Grazie,
Francesco Bianchi""",
         "Francesco Bianchi"),
        ("deletion", (),
         "chiudere account",
         """buongiorno vorrei chiudere il mio account e cancellare tutti i miei dati, anche quelli dell app delle piante e del club animali. non uso piu niente. grazie

paolo esposito""",
         "Paolo Esposito"),
        ("portability", (),
         "Esportazione progetto giardino",
         """Gentili signori,

nel vostro Garden Planner ho disegnato il progetto del mio giardino a Genval: misure del terreno, aiuole, percorso, posizione degli alberi, elenco delle piante e foto dello stato attuale.

Ho incaricato un architetto paesaggista che vorrebbe partire da quello che ho già fatto. Mi ha chiesto i dati in un formato che possa aprire con il suo programma (DXF per il disegno sarebbe perfetto, altrimenti almeno le misure e l'elenco piante in CSV, più le foto originali).

È possibile avere un'esportazione di questo tipo?

Cordiali saluti,
Chiara Conti""",
         "Chiara Conti"),
        ("restriction", (),
         "Microchip registrato a nome del mio ex",
         """Buongiorno,

a ottobre abbiamo fatto mettere il microchip alla nostra cagnolina Stella nel reparto animali del vostro negozio di Mons. Alla registrazione c'era il mio ex compagno, e il cane risulta registrato a suo nome, anche se l'ho comprato e pagato io (ho la fattura e le spese del veterinario).

Ci siamo separati e c'è una causa in corso anche per Stella. Vi chiedo di bloccare i dati di quella registrazione: non cambiarli su richiesta di nessuno dei due, non cancellarli e non trasmetterli ad altri finché il giudice non decide. Il mio avvocato vi contatterà se necessario.

Valentina Greco
0476 80 11 25""",
         "Valentina Greco"),
        ("objection", ("withdraw_consent",),
         "Assicurazione animali - basta",
         """Buongiorno,

da quando ho iscritto i miei gatti al Pet Club ricevo offerte di PetProtect che cambiano in base a quello che compro: dopo aver comprato un antiparassitario mi è arrivata l'offerta "copertura malattie della pelle". Mi sembra chiaro che qualcuno analizza i miei acquisti.

Mi oppongo a questa profilazione e all'uso dei miei dati per le offerte assicurative. Inoltre ritiro il consenso che avevo dato a ricevere comunicazioni dai partner del Pet Club.

Roberto Marino""",
         "Roberto Marino"),
        ("withdraw_consent", (),
         "Newsletter stagionale Groeny",
         """Buongiorno,

non desidero più ricevere la newsletter stagionale di Groeny né le notifiche con le offerte del garden center. Avevo accettato quando ho installato l'app ma ho cambiato idea. Le notifiche per annaffiare invece le terrei.

Grazie,
Elena Ricci""",
         "Elena Ricci"),
        ("complaint", (),
         "Richiesta ignorata",
         """Buongiorno,

il 2 marzo ho scritto a questo indirizzo chiedendo di cancellare il mio account dell'app Groeny e le foto del mio balcone. Mi avete risposto con un messaggio automatico "la sua richiesta è stata presa in carico" e poi più niente.

Sono passati quasi due mesi, l'account esiste ancora, le foto ci sono ancora e ricevo ancora le email "Le tue piante ti aspettano!".

Non è serio. Se entro due settimane non ricevo conferma che tutto è stato cancellato, presenterò reclamo all'Autorità per la protezione dei dati.

Matteo Lombardi""",
         "Matteo Lombardi"),
        ("other", (),
         "Rimborso divano restituito",
         """Buongiorno,

ho restituito il divano angolare (ordine 7720-40215) il 10 aprile, il corriere è venuto a ritirarlo e ho la ricevuta di ritiro. Il rimborso di 899 EUR non è ancora arrivato. Potete controllare a che punto è?

Grazie
Luca Ferrari""",
         "Luca Ferrari"),
        ("other", (),
         "cibo sbagliato gatto",
         """Salve, ho ordinato crocchette per gatti sterilizzati al salmone e mi sono arrivate quelle al pollo per cuccioli. La mia gatta è allergica al pollo. Come faccio per il cambio? Anna Colombo, ordine 7720-41377""",
         "Anna Colombo"),
    ],
    "pt": [
        ("access", (),
         "Lembretes de vacina para um cão que não tenho",
         """Bom dia,

Há duas semanas que recebo emails e SMS a lembrar que "a vacina anual do Max está a chegar" e a propor marcar consulta na clínica veterinária parceira. Eu não tenho nenhum cão chamado Max. Tenho uma gata, a Lua, que está registada no Pet Club.

Gostaria de saber que dados têm sobre mim e sobre os meus animais, de onde vem este "Max" e se os meus dados foram partilhados com a clínica ou com outras empresas.

Obrigada,
Ana Sousa
Rua Gaucheret 71, 1030 Schaerbeek""",
         "Ana Sousa"),
        ("correction", (),
         "Data de aniversário da Mia",
         """Olá,

A nossa gata Mia faz anos a 14 de agosto, mas no Pet Club está 14 de abril. Recebemos o postal de parabéns e o vale esta semana, quatro meses adiantados. As crianças ficaram baralhadas!

Podem corrigir a data, por favor? Cartão 2901 6602 4139.

Rui Carvalho""",
         "Rui Carvalho"),
        ("deletion", (),
         "apagar conta da app das plantas",
         """Boa tarde,

Quero apagar a minha conta da app Groeny e todas as fotografias que lá pus. Tirei muitas fotos das plantas na varanda e em várias aparece a fachada do prédio e a rua, não quero que isso fique guardado em lado nenhum.

O email da conta é beatriz.lopes@sapo.example.

Beatriz Lopes""",
         "Beatriz Lopes"),
        ("portability", (),
         "Historial da Nina",
         """Olá,

Quero passar o registo da minha cadela Nina para a app PetDiário, que permite importar dados de outras plataformas. No Pet Club tenho o perfil dela, o peso registado em cada consulta, as vacinas e as consultas marcadas na clínica parceira.

Podem enviar-me esses dados num ficheiro que se possa importar (CSV ou JSON)?

Obrigado,
Tiago Almeida""",
         "Tiago Almeida"),
        ("restriction", ("objection",),
         "Lago de jardim - fotografias da instalação",
         """Exmos. Senhores,

Em março a vossa equipa instalou um lago de jardim com bomba e filtro na minha casa em Lasne (orçamento LG-2026-0219). Desde abril o lago perde água, cerca de 5 cm por semana. A equipa diz que a culpa é das raízes de uma árvore, eu acho que a tela foi mal colocada. Pedi uma peritagem.

Durante a visita prévia e a instalação o técnico tirou muitas fotografias do jardim e da obra. Peço que essas fotografias e o relatório da instalação sejam conservados, não apagados, enquanto o litígio não estiver resolvido, e que não sejam usados para mais nada.

Fiquei também a saber que algumas dessas fotografias aparecem na página de Instagram da empresa de instalação como "projeto recente". Oponho-me a esse uso das fotos do meu jardim.

Com os melhores cumprimentos,
Joana Pereira
Chemin des Hêtres 9, 1380 Lasne""",
         "Joana Pereira"),
        ("objection", (),
         "Anúncios de comida de gato",
         """Boa tarde,

Desde que comprei uma vez ração renal para o meu gato, recebo emails, notificações da app e anúncios no Facebook de vocês sobre "dietas veterinárias para gatos com problemas renais". Percebi que vocês usam o que compro para traçar um perfil do meu animal.

Não concordo com isso. Não quero que usem as minhas compras para me definir um perfil nem para publicidade personalizada.

Miguel Santos""",
         "Miguel Santos"),
        ("withdraw_consent", (),
         "SMS",
         """boa tarde nao quero receber mais sms com promocoes de jardim e animais. obrigada

Fernanda Costa
0468 22 19 04""",
         "Fernanda Costa"),
        ("complaint", ("deletion",),
         "Técnico da estufa tirou fotografias dentro de casa",
         """Bom dia,

No dia 7 de abril veio a minha casa um técnico vosso para a visita prévia à instalação de uma estufa. Para ver a ligação elétrica entrou na cozinha e na garagem e tirou fotografias, sem me pedir.

Ontem uma vizinha mostrou-me a página de Facebook da empresa que faz as instalações para vocês: lá está a minha cozinha, a garagem com o meu carro e a matrícula visível, e o jardim, com a legenda "mais uma estufa em Rixensart".

Isto é inaceitável. Ninguém me pediu autorização. Quero que essas fotografias sejam apagadas, da página e dos vossos ficheiros, e que me expliquem como foi possível. Se não tiver resposta vou apresentar queixa à autoridade de proteção de dados.

Carlos Mendes
0478 55 31 60""",
         "Carlos Mendes"),
        ("other", (),
         "Corta-relva parado",
         """Olá,

O meu robot corta-relva Mowtix (comprado na vossa loja de Waterloo em 2025) está parado há uma semana com o erro "E-14 motor de lâmina". Já reiniciei e limpei as lâminas. Ainda está na garantia? Levo-o à loja ou vêm buscá-lo?

Paulo Ribeiro""",
         "Paulo Ribeiro"),
        ("other", (),
         "Question microchip",
         """Boa tarde,

Vou adotar um gatinho na próxima semana e li que na Bélgica o microchip e o registo são obrigatórios. Vi que fazem isso na secção de animais das vossas lojas.

Como funciona? É preciso marcar? Quanto custa, e que documentos tenho de levar?

Obrigada,
Helena Martins""",
         "Helena Martins"),
    ],
}

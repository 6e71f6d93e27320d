"""Person mail for the sixty-ninth set (en nl fr de es it pt): the shop floor and its technology, and mail that asks nothing of the privacy team. Written apart from the rules (see make_sixtyninth.py)."""

PEOPLE_BE = {
    "en": [
        ("access", ("objection",),
         "Does your Wi-Fi track my phone?",
         """Hi there,

I was in your Leuven Bondgenotenlaan store on Saturday and my phone popped up your "Free Shop Wi-Fi" network. I didn't connect. Afterwards a friend who works in IT told me that a lot of shops count the phones walking past by picking up the Wi-Fi signals they send out, even if you never log in, and that the MAC address gets stored.

Is that what you're doing? If so, what exactly have you got on my phone - the MAC address, the times I was in the store, which aisles, how often I come back? I'd like to see whatever you hold that's linked to my device or to my loyalty card (number 2400 1187 3306 5). My phone is a Pixel 8, I can send you the Wi-Fi MAC if you need it to find the records.

And frankly if you are doing this I'd rather you stopped counting my phone altogether.

Thanks,
Owen Maddox""",
         "Owen Maddox"),
        ("correction", (),
         "Incident report of 3 March",
         """Dear Sir or Madam,

On 3 March 2026 I was stopped at the exit of your Antwerp Meir store by a security guard who believed I had not paid for a bottle of perfume. The store manager checked the self-checkout footage in front of me and confirmed that I had in fact scanned and paid for it (receipt 0412-88-20260303-1147). She apologised and I left.

I have since learned, through a letter about a loyalty card matter, that the incident is still recorded in your incident register under my name as "attempted theft - goods recovered". That is simply wrong. No goods were "recovered" because I had paid for them.

I am not asking you to erase the record, as I may need it myself. I am asking you to correct it so that it reflects what actually happened: a mistaken stop, with payment confirmed on the spot.

Yours faithfully,
Catherine Hollis
Lange Lozanastraat 92, 2018 Antwerpen""",
         "Catherine Hollis"),
        ("deletion", ("withdraw_consent",),
         "app location",
         """hi, I turned on "in-store mode" in your app months ago because it promised to show me where things are on the shelves. now I get a push message about biscuits every time I walk past aisle 7 and it's creepy. I've switched bluetooth off for the app but I want the history of where I walked gone too. please delete all the in-store location data you have on me and take back whatever permission I gave for it. account is dan.okafor88@mailbox.example.com

Dan""",
         "Daniel Okafor"),
        ("portability", (),
         "Smart cart - can I get my scans?",
         """Hello,

Since January I've been using the smart trolleys with the screen and scanner at your Zaventem store, logged in with my loyalty account. They keep a running list of everything I scan, with prices, and I've been trying to track our family's food spending.

Is there any way I could get all those smart-cart sessions as a file, ideally CSV or something my spreadsheet can read? Date, store, item, price, quantity would be perfect. The app only shows the total per visit, not the items.

Thanks a lot,
Rebecca Lindqvist
Loyalty no. 2400 5521 0098 3""",
         "Rebecca Lindqvist"),
        ("restriction", (),
         "Parking charge notice PCN-26-044719 - disputed",
         """Hello,

I've received a parking charge of EUR 45 from "ParkSafe Benelux" on your behalf, saying my car (1-KTR-552) overstayed the 90 free minutes in your Waterloo car park on 11 February by 38 minutes. I was in your store the whole time and have the receipt, and on top of that the exit barrier was stuck for a good quarter of an hour that day.

I have disputed the charge with ParkSafe. While that dispute is open, please make sure the camera records of my car's entry and exit are NOT deleted, because they'll show the queue at the barrier. At the same time I don't want my number plate and address passed on to a debt collector or used for anything else until this is settled. Just keep them as they are.

Best regards,
Stephen Carver""",
         "Stephen Carver"),
        ("objection", (),
         "Footfall counting",
         """Dear privacy team,

I read on the sign at your Ghent Zuid entrance that "this store measures visitor numbers using Wi-Fi signals for statistical purposes". I do NOT want you to delete my account or my loyalty card, I'm perfectly happy with those. But I object to my phone being detected and counted every time I come in. I haven't agreed to that and I don't think your "statistical purposes" outweigh my right not to be followed around a shop.

Please stop processing my device's signals. If you need the MAC address to exclude it, it is 3C:A6:F6:19:2B:7E.

Regards,
Ingrid Vandermeer""",
         "Ingrid Vandermeer"),
        ("withdraw_consent", (),
         "",
         """Please switch off the "Quick Age Check" on my account. I agreed last year that your self-checkout camera could confirm my age from my face so I wouldn't have to wait for staff when buying wine. I no longer agree to that, I'll just show my ID.

Maria Nowell, card 2400 9013 6672 1""",
         "Maria Nowell"),
        ("complaint", ("access",),
         "Third request - body camera footage",
         """Dear Data Protection Officer,

This is the third time I am writing about this, and I have yet to receive so much as an acknowledgement.

On 17 January 2026, at around 16:40, I was filmed by one of your security guards with a body-worn camera at the entrance of your Brussels Anderlecht store, after I had an argument with him about my bag being searched. He told me in front of other customers that the footage "would go straight to the police". On 22 January I asked you in writing, under Article 15 GDPR, for a copy of that footage and to be told who it had been shared with. I sent a reminder on 23 February. Nothing.

The one-month deadline in Article 12(3) has long passed. I consider the way this has been handled unacceptable, and unless I receive the footage and the information requested within 10 days I will lodge a complaint with the Data Protection Authority (Gegevensbeschermingsautoriteit) in Brussels.

Yours sincerely,
Jonathan Reyes-Whitfield
Avenue Brugmann 214, 1180 Uccle""",
         "Jonathan Reyes-Whitfield"),
        ("other", (),
         "Guest wifi not working",
         """Hi,

The guest Wi-Fi at your Mechelen store hasn't worked for me for two weeks. I get to the login page, accept the privacy policy and the terms, type in my email, and then it just spins forever and no page loads. Tried on two phones. Mobile signal inside is terrible so I really need it to use your app's shopping list.

Could someone have a look? Or tell me who I should send this to instead.

Cheers,
Liam Fogarty""",
         "Liam Fogarty"),
        ("other", (),
         "Lost umbrella",
         """Hello, I think I left a navy blue umbrella with a wooden handle at one of the self-checkouts in your Leuven store on Tuesday evening (7 April) around 18:30. My initials, E.B., are scratched into the handle. Has anyone handed it in? I can come and collect it any day after 5. Phone 0476 21 83 09.

Thanks,
Eleanor Brightwell""",
         "Eleanor Brightwell"),
    ],
    "nl": [
        ("complaint", ("deletion",),
         "Winkelverbod",
         """Geachte,

Vorige week kreeg ik een aangetekende brief dat ik voor een jaar niet meer welkom ben in al jullie winkels in de provincie Limburg, "naar aanleiding van een incident op 14 maart 2026 in de vestiging Genk". Ik heb op 14 maart helemaal geen incident gehad. Ik heb daar gewoon mijn boodschappen gedaan en betaald, zoals elke zaterdag.

Ik heb de winkel gebeld, daar zeiden ze dat ze "niets kunnen zeggen" en dat ik moest mailen. Ik heb op 20 maart gemaild naar klantendienst en tot vandaag niets gehoord. Ik vind het schandalig hoe hier met mensen wordt omgegaan: je wordt als een dief behandeld en niemand neemt de moeite om uit te leggen waarom.

Ik eis dat jullie dat verbod intrekken en mijn naam uit jullie incidentenregister halen. Als ik binnen twee weken niets hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
Hilde Vanhoudt
Molenstraat 17, 3600 Genk""",
         "Hilde Vanhoudt"),
        ("access", (),
         "Verzoek tot inzage camerabeelden zelfscankassa - art. 15 AVG",
         """Geachte heer, mevrouw,

Overeenkomstig artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) en artikel 12 van de wet van 21 maart 2007 tot regeling van de plaatsing en het gebruik van bewakingscamera's verzoek ik u mij inzage te verlenen in de beelden waarop ik te zien ben.

Het gaat om de camera boven zelfscankassa nr. 4 in uw vestiging te Brugge (Sint-Pieterskaai), op woensdag 1 april 2026 tussen 17u10 en 17u25. Ter identificatie: ik droeg een rode regenjas en betaalde met bancontact, kasticket 0231-04-20260401-0733.

Verder verzoek ik u mij mee te delen:
- hoe lang deze beelden worden bewaard;
- of de camera ook gebruikt wordt voor leeftijdsschatting bij de aankoop van alcohol, en zo ja, of daarvan gegevens over mij zijn opgeslagen;
- aan wie de beelden eventueel werden doorgegeven.

Gelieve mij te antwoorden binnen de wettelijke termijn van één maand.

Hoogachtend,
Pieter-Jan De Smedt
Kardinaal Mercierstraat 8, 8000 Brugge""",
         "Pieter-Jan De Smedt"),
        ("deletion", (),
         "portefeuille",
         """dag, ik was vorige week mijn portefeuille kwijt in jullie winkel in Aalst en die is gelukkig binnengebracht. bij het afhalen heeft de man aan de onthaalbalie mijn identiteitskaart gekopieerd en mijn gsm-nummer en adres in een map geschreven "voor het register verloren voorwerpen". ik heb alles terug, dus dat hoeft toch niet meer bewaard te worden? mag dat gewist worden aub, ook de kopie van mijn id.
groetjes
Kevin Baert""",
         "Kevin Baert"),
        ("objection", (),
         "Vraag over gezichtsherkenning",
         """Hallo,

In de krant stond deze week dat supermarkten in Nederland en België camera's met gezichtsherkenning testen om winkeldieven te herkennen, en een kassierster in jullie winkel in Hasselt zei lachend dat "ze dat bij ons ook al doen". Ik weet niet of dat klopt.

Mijn vraag is eenvoudig: kan ik bezwaar maken tegen het analyseren van mijn gezicht in jullie winkels? Want dat wil ik bij deze dan ook doen. Ik wil niet dat mijn gezicht vergeleken wordt met een of andere lijst, en ook niet gebruikt voor "klantenanalyses" of hoe jullie het ook noemen.

Alvast bedankt voor een duidelijk antwoord.
Annelies Wouters""",
         "Annelies Wouters"),
        ("restriction", (),
         "Parkeerboete - betwisting",
         """Beste,

Ik kreeg een "factuur parkeerretributie" van 35 euro via de firma die jullie parking in Wijnegem uitbaat. Volgens de nummerplaatcamera zou mijn wagen (2-FGH-718) er op 28 februari 4 uur gestaan hebben. Dat is onmogelijk, ik was die dag in Spanje, ik kan mijn vliegtuigtickets tonen. Ik vermoed dat de camera een 7 en een 1 verkeerd gelezen heeft.

Ik heb de betwisting al ingediend bij de uitbater. Tot die uitgeklaard is, wil ik dat de gegevens over mijn nummerplaat en mijn adres nergens meer voor gebruikt worden: geen herinneringen, geen incassobureau. Wel graag de foto's van de camera bijhouden en niet wissen, die heb ik nodig om aan te tonen dat het niet mijn wagen is.

Met vriendelijke groet,
Jeroen Van Damme""",
         "Jeroen Van Damme"),
        ("correction", (),
         "Account",
         """Hallo,

Sinds kort kan je in de app je nummerplaat koppelen aan je klantenkaart zodat je gratis parkeert als je meer dan 20 euro koopt. Ik heb dat gedaan, maar blijkbaar heb ik 1-VPX-305 ingetypt en het moet 1-VPK-305 zijn. Ik kan het zelf niet meer aanpassen in de app (het veld is grijs). Gevolg: de slagboom ging gisteren niet open en ik heb moeten betalen.

Kunnen jullie mijn nummerplaat in mijn account juist zetten? Klantenkaart 2400 3378 1254 0.

Bedankt,
Sofie Claes""",
         "Sofie Claes"),
        ("portability", (),
         "",
         """Goedemiddag,

Ik gebruik jullie app al twee jaar met de functie "winkelroute", die de snelste weg door de winkel toont en bijhoudt welke afdelingen ik bezoek. Ik wil voor mijn thesis (over koopgedrag) mijn eigen gegevens gebruiken.

Kunnen jullie mij al mijn winkelbezoeken, routes en gescande producten bezorgen in een bestand dat ik in Excel of Python kan inlezen (csv of json)? Het gaat enkel om mijn eigen gegevens, e-mailadres van mijn account: lotte.geerts@studentmail.example.be

Met vriendelijke groeten,
Lotte Geerts""",
         "Lotte Geerts"),
        ("withdraw_consent", (),
         "wifi",
         """hallo bij het inloggen op jullie gratis wifi heb ik het vakje aangevinkt voor aanbiedingen per mail en voor "locatiegebaseerde diensten". dat wil ik niet meer. trek die toestemming maar in aub, mijn mail is marc.peeters64@telenet.example.be
mvg Marc""",
         "Marc Peeters"),
        ("other", (),
         "Betalen parkeerticket",
         """Goeiedag,

Ik heb onder mijn ruitenwisser een ticket gevonden van uw parking in Kortrijk (nr. KR-260409-0218, 25 euro) omdat ik mijn parkeerschijf vergeten was. Mijn fout, ik betaal het graag. Maar op het papiertje staat enkel een QR-code die niet werkt op mijn gsm.

Kunt u mij een rekeningnummer en de gestructureerde mededeling bezorgen zodat ik het via overschrijving kan betalen?

Dank u,
Rita Vermeulen""",
         "Rita Vermeulen"),
        ("other", (),
         "Vraag",
         """Zijn jullie open op Paasmaandag 6 april in Sint-Niklaas? Op de website staat niks en de telefoon wordt niet opgenomen.
Groeten, Nadia El Amrani""",
         "Nadia El Amrani"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - images de la caméra corporelle d'un agent de gardiennage",
         """Madame, Monsieur,

Le samedi 21 février 2026, vers 11h15, j'ai été interpellé par un agent de sécurité à la sortie de votre magasin de Namur (rue de Fer). L'agent portait une caméra sur la poitrine et m'a dit que "tout était enregistré". Après vérification de mon sac, il n'y avait évidemment rien.

En application de l'article 15 du RGPD et de la loi du 21 mars 2007 réglant l'installation et l'utilisation de caméras de surveillance, je vous demande :
1. une copie des images me concernant enregistrées par cette caméra et, le cas échéant, par les caméras fixes de la sortie;
2. de m'indiquer si ces images ont été transmises à la société de gardiennage, à la police ou à un tiers;
3. leur durée de conservation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Olivier Lambotte
Avenue de la Plante 33, 5000 Namur""",
         "Olivier Lambotte"),
        ("deletion", ("objection",),
         "Accusation de vol",
         """Bonjour,

Le 9 mars, au magasin de Charleroi Ville 2, la caisse automatique a signalé une "erreur de pesée" et une employée m'a accusé devant tout le monde d'avoir glissé des articles sans les scanner. Après avoir revu les images, le responsable a reconnu que c'était la balance qui était défectueuse et m'a laissé partir. On m'a quand même pris en photo et noté mes coordonnées "pour le rapport".

Puisque je n'ai rien fait, je demande que ce rapport, ma photo et mes coordonnées soient effacés de votre registre des incidents. Je m'oppose aussi à ce que ces informations soient communiquées à d'autres magasins ou à la société de sécurité.

Merci de me confirmer par écrit.
Karim Benali""",
         "Karim Benali"),
        ("complaint", ("access",),
         "Amende parking - comment avez-vous mon adresse ???",
         """Bonjour,

Je viens de recevoir chez moi un courrier d'une société de recouvrement qui me réclame 85 euros (45 d'"indemnité de stationnement" + frais) pour le parking de votre magasin à Liège Médiacité. Je n'ai jamais reçu de premier courrier. Et surtout : je n'ai jamais donné mon adresse à qui que ce soit, j'ai simplement garé ma voiture.

Donc quelqu'un a lu ma plaque avec vos caméras et a obtenu mon adresse, je suppose auprès de la DIV. Je trouve ça inadmissible qu'on puisse faire ça pour un parking de supermarché sans prévenir personne, et votre service client m'a raccroché au nez.

Je veux savoir qui a mes données, d'où elles viennent et ce que vous en faites. Sans réponse sérieuse, je porte plainte auprès de l'Autorité de protection des données, c'est décidé.

Nathalie Dujardin
Rue Saint-Gilles 148, 4000 Liège""",
         "Nathalie Dujardin"),
        ("correction", (),
         "Re: votre courriel",
         """Bonjour,

Merci pour votre réponse, mais le problème n'est pas réglé. Je vous réexplique : à chaque fois que j'achète une bouteille de vin aux caisses self-scan, le système de vérification d'âge lié à l'appli me bloque et dit que je suis mineure. J'ai vu dans mon profil que ma date de naissance est enregistrée comme le 14/05/2009 alors que je suis née le 14/05/1990. Je ne peux pas la modifier moi-même.

Pouvez-vous corriger ma date de naissance dans mon compte ? Je joins une copie de ma carte d'identité avec le numéro masqué.

Cordialement,
Élodie Marchal""",
         "Élodie Marchal"),
        ("restriction", (),
         "Interdiction d'accès contestée",
         """Madame, Monsieur,

Par lettre du 2 avril 2026, vous m'avez notifié une interdiction d'accès de six mois à vos magasins, suite à un prétendu incident avec un agent de sécurité à Mons. Je conteste formellement les faits et j'ai chargé mon avocat, Maître Delvaux, de la suite.

Dans l'attente de l'issue de cette contestation, je vous demande de limiter le traitement de mes données liées à cette affaire : ne diffusez pas ma photo ou mon nom aux autres magasins ou aux agents de gardiennage, et n'appliquez pas l'interdiction à mon encontre. En revanche, conservez les images et le rapport d'incident, qui devront être produits.

Veuillez agréer mes salutations distinguées.

Grégory Henrard
Rue de Nimy 61, 7000 Mons""",
         "Grégory Henrard"),
        ("objection", (),
         "",
         """Bonjour,

Attention, je ne vous demande PAS de supprimer mon compte ni ma carte fidélité, je les utilise tous les jours. Mais depuis la dernière mise à jour de l'appli, elle détecte dans quel rayon je suis (les petites balises bluetooth aux plafonds, d'après un vendeur) et m'envoie des promos en fonction. Je ne veux pas être suivi dans le magasin ni recevoir de pub ciblée selon l'endroit où je me trouve. Arrêtez ce traitement pour moi s'il vous plaît.

Bien à vous,
Thierry Collignon""",
         "Thierry Collignon"),
        ("withdraw_consent", (),
         "caddie connecté",
         """bjr, quand j ai pris un des nouveaux caddies avec ecran a Wavre j ai accepté les "offres personnalisees" sur l ecran avec ma carte fidelite. en fait ca ne m interesse pas du tout, je retire mon accord. merci
Sandrine Gillet - carte 2400 6610 4437 9""",
         "Sandrine Gillet"),
        ("other", (),
         "Wifi",
         """Bonjour, le wifi clients de votre magasin d'Ixelles (chaussée d'Ixelles) ne fonctionne plus depuis au moins une semaine : le réseau apparaît mais la page de connexion ne s'affiche jamais. Ce serait bien de le réparer, on ne capte rien au sous-sol pour utiliser l'appli.

Cordialement,
Mathieu Renard""",
         "Mathieu Renard"),
        ("other", (),
         "Parapluie oublié",
         """Bonjour,

J'ai oublié hier (jeudi 16 avril) un parapluie noir pliant, marque Knirps, près des casiers à l'entrée de votre magasin de Louvain-la-Neuve. Il y a une étiquette avec mon nom, Dominique Lejeune, et mon numéro de GSM dans la housse. Si quelqu'un l'a trouvé, pouvez-vous le garder à l'accueil ? Je passe samedi.

Merci d'avance,
Dominique Lejeune""",
         "Dominique Lejeune"),
        ("other", (),
         "Comptage de visiteurs 100% conforme RGPD",
         """Madame, Monsieur, chère équipe vie privée,

Vous le savez : le comptage des visiteurs par Wi-Fi ou caméra est aujourd'hui dans le viseur des autorités de protection des données. Chez FluxMetrics (Liège), nous proposons une solution de comptage et d'analyse des flux en magasin par capteurs thermiques, sans aucune donnée personnelle : pas d'adresse MAC, pas d'image, pas de consentement à recueillir, analyse d'impact fournie clé en main.

Plus de 140 points de vente en Belgique et au Luxembourg nous font déjà confiance. Seriez-vous disponible pour une démonstration de 20 minutes la semaine prochaine ?

Bien cordialement,
Laurent Mathy
Account Manager, FluxMetrics SRL
+32 4 221 58 70""",
         "Laurent Mathy"),
    ],
    "de": [
        ("access", (),
         "Kennzeichenerfassung Parkplatz Eupen",
         """Guten Tag,

seit einigen Wochen hängen auf dem Parkplatz Ihrer Filiale in Eupen (Herbesthaler Straße) Kameras an der Ein- und Ausfahrt, und auf einem kleinen Schild steht "Kennzeichenerfassung". Ich parke dort fast täglich.

Welche Daten speichern Sie eigentlich über mein Auto (Kennzeichen 1-LMW-847)? Nur Uhrzeit und Kennzeichen oder auch Fotos von mir und meinen Mitfahrern? Wie lange wird das aufbewahrt und an wen geht das weiter? Ich hätte gerne eine Auskunft über alles, was zu meinem Kennzeichen gespeichert ist.

Mit freundlichen Grüßen
Reinhold Kessler
Hookstraße 24, 4700 Eupen""",
         "Reinhold Kessler"),
        ("deletion", (),
         "Facebook-Beitrag Fundsache",
         """Hallo,

meine Tochter hat letzte Woche ihr Portemonnaie in Ihrer Filiale in Sankt Vith verloren. Sehr nett, dass es gefunden wurde - aber Ihre Filiale hat auf ihrer Facebook-Seite ein Foto davon gepostet mit dem Text "Wer vermisst diese Geldbörse?", und auf dem Foto sieht man ihren Schülerausweis mit vollem Namen, Foto und Schule. Sie ist 15.

Das Portemonnaie haben wir inzwischen abgeholt. Bitte löschen Sie den Beitrag sofort und auch die Fotos, die Ihre Mitarbeiter davon gemacht haben.

Danke
Monika Theissen""",
         "Monika Theissen"),
        ("complaint", ("deletion",),
         "Beschwerde - Ladendiebstahlsverdacht und keine Antwort",
         """Sehr geehrte Damen und Herren,

am 5. März 2026 wurde ich in Ihrer Filiale in Kelmis an der Selbstbedienungskasse von einem Mitarbeiter laut des Diebstahls beschuldigt, weil die Kamera über der Kasse angeblich gezeigt habe, dass ich einen Artikel nicht gescannt hätte. Man hat mich vor anderen Kunden in ein Hinterzimmer geführt, meinen Personalausweis abfotografiert und mir gesagt, ich würde "im System gespeichert". Die Überprüfung hat dann ergeben, dass alles bezahlt war. Eine Entschuldigung gab es nicht.

Ich habe Ihnen am 9. März und am 30. März geschrieben und darum gebeten, das Foto meines Ausweises und den Eintrag über mich zu löschen. Ich habe auf keine der beiden Mails eine Antwort erhalten, was nach Art. 12 Abs. 3 DSGVO nicht zulässig ist.

Ich beschwere mich hiermit ausdrücklich über diese Behandlung. Sollte ich nicht innerhalb von 14 Tagen eine Löschbestätigung erhalten, werde ich Beschwerde bei der belgischen Datenschutzbehörde einreichen.

Mit freundlichen Grüßen
Dr. Andreas Mertes
Lütticher Straße 112, 4720 Kelmis""",
         "Andreas Mertes"),
        ("objection", (),
         "Gesichtserkennung?",
         """Guten Tag,

an der Kasse in Eupen hat mir eine Kollegin erzählt, dass die neuen Kameras an den Regalen mit den elektronischen Preisschildern "Gesichter auswerten", um zu sehen, wer wie lange vor welchem Produkt steht. Ob das stimmt, weiß ich nicht. Falls ja: Ich widerspreche jeder Auswertung meines Gesichts, meines Alters oder Geschlechts und meines Verhaltens vor dem Regal, ob für Werbung, Statistik oder sonst was.

Freundliche Grüße
Waltraud Schmitz""",
         "Waltraud Schmitz"),
        ("portability", (),
         "Scan & Go Daten",
         """Hallo zusammen,

ich nutze seit 2024 die Scan-&-Go-Funktion Ihrer App und wechsle jetzt zu einer Haushaltsbuch-App, die Einkäufe importieren kann. Können Sie mir bitte alle meine Scan-&-Go-Einkäufe (Datum, Filiale, Artikel, Preis) als JSON- oder CSV-Datei schicken? Am besten so, dass ich sie direkt hochladen kann.

Kundenkarte 2400 7702 5519 8, E-Mail wie Absender.

Vielen Dank!
Jana Brüls""",
         "Jana Brüls"),
        ("restriction", (),
         "Bodycam-Aufnahme bitte nicht löschen",
         """Sehr geehrte Damen und Herren,

am 12. April 2026 hat mich ein Wachmann in Ihrer Filiale in Eupen am Arm gepackt und gegen ein Regal gedrückt, weil er meinte, ich hätte eine Flasche in die Jacke gesteckt. Er trug eine Bodycam, die lief. Ich habe am 13. April Anzeige bei der Polizei Weser-Göhl erstattet.

Bitte sorgen Sie dafür, dass diese Aufnahme (und die der festen Kameras am Eingang) nicht gelöscht wird, auch wenn Ihre normale Aufbewahrungsfrist abläuft. Gleichzeitig möchte ich nicht, dass die Aufnahme intern herumgezeigt oder für etwas anderes verwendet wird. Sie soll nur aufbewahrt werden, bis die Polizei sie anfordert.

Mit freundlichen Grüßen
Stefan Hilgers""",
         "Stefan Hilgers"),
        ("withdraw_consent", (),
         "WLAN",
         """Hallo, beim Anmelden im Gäste-WLAN habe ich zugestimmt, dass mein Standort im Laden für "Angebote in Ihrer Nähe" genutzt wird. Diese Einwilligung widerrufe ich. Gruß, Tobias Lennartz (tobias.lennartz@skynet.example.be)""",
         "Tobias Lennartz"),
        ("correction", ("deletion",),
         "Hausverbot - Verwechslung",
         """Sehr geehrte Damen und Herren,

gestern wurde mir in Ihrer Filiale in Malmedy der Zutritt verweigert, weil ich angeblich ein Hausverbot habe. Der Sicherheitsmann zeigte mir auf seinem Tablet einen Eintrag: "Schumacher, Thomas, geb. 03.07.1988, Diebstahl 11/2025". Ich heiße zwar Thomas Schumacher, bin aber am 03.07.1979 geboren und war im November 2025 nicht einmal in Belgien, sondern beruflich in Kanada.

Offensichtlich sind in Ihrem Register meine Daten mit denen einer anderen Person vermischt worden (auf dem Tablet stand auch meine Adresse). Bitte berichtigen Sie das umgehend, sodass der Eintrag nicht mehr mit mir verknüpft ist, und entfernen Sie meine Adresse daraus.

Mit freundlichen Grüßen
Thomas Schumacher
Rue de la Gare 8, 4960 Malmedy""",
         "Thomas Schumacher"),
        ("other", (),
         "Öffnungszeiten 15. November",
         """Guten Tag, ist Ihre Filiale in Eupen am 15. November (Tag der Deutschsprachigen Gemeinschaft) geöffnet, und wenn ja, zu den normalen Zeiten? Danke und Gruß, Elke Jousten""",
         "Elke Jousten"),
        ("other", (),
         "Parkschein bezahlen",
         """Guten Tag,

ich habe am Samstag auf Ihrem Parkplatz in Sankt Vith länger als die erlaubten zwei Stunden gestanden und einen Zettel mit 25 Euro Parkgebühr bekommen. Der Kassenautomat an der Ausfahrt war außer Betrieb. Wie kann ich das jetzt bezahlen? Überweisung wäre mir am liebsten, ich bräuchte dann die Kontonummer und was ich als Mitteilung angeben soll. Die Nummer auf dem Zettel ist SV-0419-117.

Mit freundlichen Grüßen
Georg Pauels""",
         "Georg Pauels"),
    ],
    "es": [
        ("access", ("objection",),
         "Pregunta sobre el wifi y el conteo de personas",
         """Hola,

Vivo en Bruselas desde hace dos años y compro casi siempre en su tienda de Etterbeek. He visto en la entrada un cartel, solo en francés y neerlandés, que según un amigo dice que cuentan los móviles de los clientes a través del wifi para "medir la afluencia".

¿Qué datos tienen exactamente de mi móvil? ¿Guardan la dirección MAC, las horas a las que entro, cuánto tiempo me quedo? Me gustaría recibir una copia de todo lo que tengan asociado a mi teléfono o a mi tarjeta de cliente (2400 4481 9920 6).

Y si es así, no quiero que sigan contando mi móvil.

Gracias,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("deletion", (),
         "Borrar historial de ubicación de la app",
         """Buenas tardes:

Activé hace tiempo la opción "localizador de productos" de su aplicación, que usa el bluetooth para decir en qué pasillo estás. Ya no la uso y he desactivado el permiso en el móvil, pero quiero que también borren todo el historial de ubicaciones dentro de la tienda que tengan guardado de mi cuenta (correo: javier.morales.ruiz@correo.example.es).

Un saludo,
Javier Morales Ruiz""",
         "Javier Morales Ruiz"),
        ("complaint", ("access",),
         "Trato en la caja de autoservicio",
         """Buenos días:

El pasado 27 de marzo intenté pagar una botella de cava en una caja de autoservicio de su tienda de Ixelles. La cámara de la caja "no pudo verificar mi edad" (tengo 34 años) y vino un empleado que, en lugar de mirar mi DNI, le hizo una foto con su propio móvil y se fue con él a la oficina durante diez minutos, con toda la cola mirándome.

Me parece una falta de respeto enorme y no sé qué ha pasado con la foto de mi documento, que está en el móvil personal de un empleado. Pedí el libro de reclamaciones y me dijeron que eso "no existe en Bélgica". Quiero presentar una queja formal por este trato y quiero saber qué datos míos se han guardado: la foto del DNI, las imágenes de la cámara de la caja, lo que sea.

Si no recibo respuesta, acudiré a la autoridad belga de protección de datos.

Atentamente,
Marta Giménez Soler""",
         "Marta Giménez Soler"),
        ("correction", (),
         "Objetos perdidos - mi teléfono está mal",
         """Hola, buenos días.

Perdí mi cartera el sábado 11 de abril en su tienda de Anderlecht (la del boulevard). El domingo fui a preguntar y no la habían encontrado, pero la chica de la información me apuntó en el registro de objetos perdidos para llamarme si aparecía. Hoy he vuelto y me dicen que sí apareció el lunes y que me llamaron varias veces, pero que el número "no existía".

He mirado la ficha y tienen 0487 12 45 09 y mi número es 0478 12 45 09. ¿Pueden corregirlo, por favor, por si vuelve a pasar algo, y de paso decirme dónde está ahora la cartera? Me dicen que la mandaron a la "oficina central".

Gracias,
Andrés Castillo""",
         "Andrés Castillo"),
        ("portability", (),
         "",
         """Hola, ¿me pueden enviar en un archivo (Excel o CSV) todas las compras que hice con el carrito inteligente desde enero? Quiero pasarlas a mi aplicación de gastos. Mi número de cliente es 2400 1196 5530 2.
Gracias, Carmen Vidal""",
         "Carmen Vidal"),
        ("restriction", (),
         "Imágenes del incidente del 20 de marzo - no borrar",
         """Estimados señores:

El 20 de marzo de 2026 fui retenido durante casi una hora por el personal de seguridad de su tienda de Lovaina, acusado de robar unos auriculares que finalmente aparecieron en otro carro. Mi abogado está preparando una demanda.

Les pido que conserven todas las imágenes de ese día en las que aparezco (cámaras de la entrada, de las cajas y la cámara corporal del vigilante), así como el informe del incidente, y que no las borren aunque termine el plazo habitual. Mientras tanto no quiero que se utilicen para nada más ni que se compartan fuera del caso.

Atentamente,
Sergio Navarro Peña
Rue de Namur 77, 1000 Bruxelles""",
         "Sergio Navarro Peña"),
        ("objection", (),
         "Cámaras en las etiquetas de precios",
         """Hola:

He leído en un periódico belga que algunas etiquetas electrónicas de las estanterías llevan una pequeña cámara para analizar a los clientes que se paran delante (edad, sexo, cuánto tiempo miran). En su tienda de Schaerbeek las etiquetas nuevas tienen un punto negro que parece una lente.

No les pido que me borren de nada, pero me opongo a que me analicen de esa manera para publicidad o estadísticas. Por favor, dejen de tratar mis datos así.

Saludos,
Rosa Domínguez""",
         "Rosa Domínguez"),
        ("withdraw_consent", (),
         "notificaciones",
         """hola, en la app acepte que me mandaran avisos por bluetooth cuando estoy en la tienda, ya no quiero, retiro el consentimiento. mi correo es pablo.ibanez.90@correo.example.es. gracias""",
         "Pablo Ibáñez"),
        ("other", (),
         "Horario",
         """Buenas, ¿a qué hora cierran los sábados en la tienda de Gante centro? En Google pone una cosa y en su web otra. Gracias.
Elena Ruiz""",
         "Elena Ruiz"),
        ("other", (),
         "Multa del parking",
         """Hola,

He recibido una multa del parking de su centro comercial de Waterloo, 45 euros, por pasarme del tiempo gratuito. La quiero pagar, pero en la carta pone que hay que hacerlo en una web que me pide crear una cuenta y no acepta tarjetas españolas. ¿Hay otra forma de pagar, por transferencia o en la caja de la tienda?

Referencia: PCN-26-051233, matrícula 1-XDR-409.

Gracias,
Diego Sánchez Herrera""",
         "Diego Sánchez Herrera"),
    ],
    "it": [
        ("access", (),
         "Richiesta accesso immagini bodycam",
         """Spettabile azienda,

il 3 aprile 2026 verso le 19:00, nel vostro punto vendita di La Louvière, un addetto alla sicurezza con una telecamera sul petto mi ha fermato all'uscita e mi ha filmato mentre controllava la mia borsa, davanti a mio figlio. Non avevo preso niente.

Ai sensi dell'art. 15 del GDPR chiedo di ricevere copia delle registrazioni che mi riguardano, di sapere per quanto tempo saranno conservate e se sono state consegnate alla ditta di vigilanza o alla polizia.

Distinti saluti,
Giuseppe Lo Bianco
Rue Kéramis 12, 7100 La Louvière""",
         "Giuseppe Lo Bianco"),
        ("deletion", ("withdraw_consent",),
         "Prova pagamento con il volto",
         """Buongiorno,

a febbraio ho partecipato alla prova del "pagamento con il volto" nel vostro negozio di Bruxelles Louise: mi hanno fatto una foto e registrato il viso collegandolo alla carta fedeltà. La prova ormai è finita e comunque non mi sento più tranquilla all'idea che abbiate il mio viso in un sistema.

Vi chiedo di cancellare il modello del mio volto, le foto e tutti i dati legati alla prova, e revoco il consenso che avevo firmato. Carta fedeltà 2400 8834 2107 5.

Cordiali saluti,
Francesca Bellini""",
         "Francesca Bellini"),
        ("complaint", ("access",),
         "Divieto di accesso senza spiegazioni",
         """Buonasera,

sono cliente del vostro negozio di Seraing da dieci anni. Martedì scorso la guardia all'ingresso mi ha detto che "sono nella lista" e non posso entrare, senza dirmi perché, davanti a tutti. Nessuna lettera, niente. Ho chiesto al responsabile e mi ha detto di scrivere a voi.

Trovo questo trattamento vergognoso. Voglio sapere perché sono in questa lista, chi mi ci ha messo, cosa c'è scritto su di me e da quando. Se entro due settimane non ho una risposta, scriverò al Garante, o come si chiama da voi, all'Autorità belga per la protezione dei dati.

Salvatore Russo
Rue de la Station 45, 4100 Seraing""",
         "Salvatore Russo"),
        ("portability", (),
         "I miei dati del carrello smart",
         """Ciao,

uso da mesi i carrelli smart con lo schermo nel negozio di Wavre, sempre con il mio account. Sto passando a un'altra app per tenere i conti di casa: mi potete mandare tutti i miei acquisti fatti con il carrello in un file CSV o JSON che posso importare? Data, prodotto, prezzo, quantità.

Grazie mille,
Chiara Marchetti""",
         "Chiara Marchetti"),
        ("restriction", (),
         "Telefono rubato nel negozio - conservate i dati wifi",
         """Buongiorno,

il 14 aprile mi hanno rubato il telefono nel vostro negozio di Anderlecht, probabilmente tra le 17:30 e le 18:00. Il telefono era collegato al vostro wifi gratuito. Ho fatto denuncia alla polizia (PV BR.55.L1.014882/2026) e l'agente mi ha detto che i log del wifi potrebbero aiutare a capire quando il telefono è uscito dal negozio.

Per favore non cancellate i log di connessione del mio telefono di quel giorno, anche se normalmente li cancellate dopo un certo tempo. Non voglio che li usiate per altro, solo che li teniate finché la polizia non ve li chiede. L'indirizzo MAC è sulla scatola: 8E:4F:21:C0:9A:13.

Grazie,
Marco De Luca""",
         "Marco De Luca"),
        ("objection", (),
         "",
         """Salve, ho letto il cartello "conteggio dei visitatori tramite segnali wifi" all'ingresso del negozio di Namur. Non sono d'accordo che il mio telefono venga rilevato e usato per statistiche o marketing, mi oppongo. Non cancellate il mio account, voglio solo che smettiate di tracciare il mio telefono.
Paola Ferri""",
         "Paola Ferri"),
        ("withdraw_consent", (),
         "verifica età",
         """Buongiorno, l'anno scorso alla cassa automatica ho accettato di salvare la verifica dell'età nella mia carta fedeltà così non mi chiedono più il documento per la birra. Ci ho ripensato, non voglio più che sia salvata, ritiro il consenso.
Luca Pellegrini""",
         "Luca Pellegrini"),
        ("other", (),
         "Wifi non funziona",
         """Buongiorno, nel negozio di Liegi Guillemins il wifi per i clienti non funziona: mi collego, accetto l'informativa privacy, e poi esce "errore 503". Potete sistemarlo? Grazie, Alessandro Greco""",
         "Alessandro Greco"),
        ("other", (),
         "Sciarpa dimenticata",
         """Salve,

venerdì pomeriggio ho lasciato una sciarpa di lana grigia sul carrello smart, nel negozio di Lovanio. È un regalo di mia madre, c'è ricamato il mio nome "Giulia" su un angolo. Se qualcuno l'ha trovata potete tenerla da parte? Passo lunedì.

Grazie mille,
Giulia Mancini""",
         "Giulia Mancini"),
        ("other", (),
         "Candidatura addetto alla sicurezza",
         """Gentile responsabile,

con la presente vi invio la mia candidatura per la posizione di addetto alla sicurezza / agente di guardia nei vostri punti vendita della zona di Charleroi. Ho la carta di identificazione di agente di sorveglianza rilasciata dal SPF Interno, tre anni di esperienza in un centro commerciale e sono abituato a lavorare con videosorveglianza e bodycam. Parlo italiano, francese e un po' di olandese.

Allego il mio CV e resto a disposizione per un colloquio.

Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento UE 2016/679 (GDPR) ai fini della selezione.

Cordiali saluti,
Antonio Esposito
+32 471 58 22 90""",
         "Antonio Esposito"),
    ],
    "pt": [
        ("access", (),
         "Fotografias do meu carro no parque",
         """Bom dia,

Recebi em casa uma carta da empresa que gere o parque de estacionamento da vossa loja de Anderlecht, com duas fotografias do meu carro (matrícula 1-BPT-662) à entrada e à saída, a pedir 45 euros. Nas fotografias vê-se também a minha mulher no lugar do passageiro.

Gostaria de saber que dados têm sobre mim e sobre o meu carro: quantas vezes o meu carro foi registado, que fotografias têm, durante quanto tempo as guardam e a quem as enviaram. Podem enviar-me uma cópia de tudo?

Obrigado,
Rui Carvalho""",
         "Rui Carvalho"),
        ("deletion", (),
         "Registo de incidente",
         """Boa tarde,

No dia 6 de março fui acusada de furto na vossa loja de Saint-Gilles porque o alarme da porta tocou. Verificaram o meu saco e era apenas uma etiqueta antirroubo que a caixa se esqueceu de tirar de umas calças que eu tinha pago noutra loja. O segurança pediu desculpa, mas escreveu o meu nome, a morada e o número do cartão de identidade numa ficha de incidente.

Como não houve furto nenhum, não há razão para essa ficha existir. Peço que apaguem os meus dados desse registo.

Cumprimentos,
Ana Sofia Moreira""",
         "Ana Sofia Moreira"),
        ("complaint", ("access",),
         "Re: o meu pedido de 10 de março",
         """Exmos. Senhores,

No dia 10 de março enviei-vos um pedido para saber que dados do meu telemóvel são recolhidos pelo wifi da vossa loja de Forest (contagem de visitantes). Responderam-me no dia seguinte com uma mensagem automática a dizer que iam tratar do assunto "num prazo de 30 dias". Já passaram mais de cinco semanas e não recebi mais nada.

Acho isto inaceitável. Se até ao fim do mês não tiver a informação que pedi, apresento queixa à Autoridade de Proteção de Dados belga.

Com os melhores cumprimentos,
Fernando Pires""",
         "Fernando Pires"),
        ("correction", (),
         "Morada errada na app",
         """Olá,

Mudei de casa em janeiro e na vossa app continua a minha morada antiga (Rue Gheude 21, Anderlecht). A nova é Chaussée de Waterloo 310, 1060 Saint-Gilles. Não consigo alterar na app, dá erro. Por causa disso a carta da multa do parque foi parar à casa antiga e só soube dela por acaso.

Podem atualizar a morada, por favor? Cartão cliente 2400 2265 7781 4.

Obrigada,
Juliana Santos""",
         "Juliana Santos"),
        ("portability", (),
         "Pedido",
         """Bom dia, podiam mandar-me um ficheiro com todas as compras que fiz com o carrinho inteligente e o Scan & Go desde o ano passado? Em CSV ou outro formato que dê para abrir no computador, quero importar para outra aplicação. Email da conta: tiago.fonseca@correio.example.pt
Obrigado, Tiago Fonseca""",
         "Tiago Fonseca"),
        ("restriction", (),
         "Cobrança errada na caixa self-service",
         """Boa tarde,

No dia 2 de abril, na caixa automática nº 6 da loja de Etterbeek, fui cobrado por três garrafas de azeite quando só levei uma (talão 0377-06-20260402-0519). Já reclamei ao banco e ao serviço de clientes.

Peço que não apaguem as imagens da câmara dessa caixa desse dia, entre as 12h e as 12h30, até isto estar resolvido, porque mostram que só passei uma garrafa. Não precisam de fazer mais nada com elas, só guardá-las.

Cumprimentos,
Paulo Mendes""",
         "Paulo Mendes"),
        ("objection", (),
         "notificações na loja",
         """Olá, sempre que entro na loja de Ixelles o telemóvel vibra com promoções do corredor onde estou. Não quero que usem a minha localização dentro da loja para me mandar publicidade, oponho-me a isso. Não quero fechar a conta, só parar com isto.
Beatriz Lopes""",
         "Beatriz Lopes"),
        ("withdraw_consent", (),
         "",
         """Boa noite. Quando instalei a app dei autorização para a "localização na loja" e para o wifi guardar as minhas visitas. Retiro essa autorização a partir de hoje, por favor confirmem. Conta: miguel.araujo77@correio.example.pt
Miguel Araújo""",
         "Miguel Araújo"),
        ("other", (),
         "Pagar a multa",
         """Boa tarde, recebi um aviso no para-brisas no vosso parque de Liège (ref. LG-260412-0087, 25 euros) por ter excedido o tempo. Onde é que posso pagar? Posso pagar na caixa da loja? Obrigada, Cláudia Rocha""",
         "Cláudia Rocha"),
        ("other", (),
         "Guarda-chuva",
         """Olá, ontem deixei um guarda-chuva vermelho às bolinhas brancas encostado às caixas self-service na loja de Schaerbeek. Alguém o entregou? Está escrito Inês por dentro com marcador. Posso passar amanhã.
Inês Duarte""",
         "Inês Duarte"),
    ],
}

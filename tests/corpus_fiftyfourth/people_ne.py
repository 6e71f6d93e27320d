"""Fifty-fourth set, store mail about cameras, incidents, tills and bans (en nl fr de es it pt). Written apart from the rules (see make_fiftyfourth.py)."""

PEOPLE_NE = {
    "en": [
        ("access", ("restriction",),
         "Fall in your Hasselt car park on 14 October - CCTV",
         """Hello,

On Wednesday 14 October, around 17:40, I slipped on the ramp between the car park of your Hasselt store (Kuringersteenweg) and the entrance. I fractured my wrist and I'm now dealing with my insurer.

There is a camera right above the ramp, so the fall must have been recorded. Could you please send me a copy of the recording of me from that evening?

Also, and this is really important: please make sure it is NOT deleted in the meantime. I understand these recordings are normally overwritten after a few weeks, but my insurer (Ethias, claim ref. 26-88413) will need it and the claim won't be settled before December.

I was wearing a dark green raincoat and carrying a red shopping bag, in case that helps to find me on the footage.

Kind regards,
Hannah Brooks
0478 21 90 36""",
         "Hannah Brooks"),
        ("complaint", ("deletion",),
         "Camera in the fitting rooms at Meir??",
         """I am writing because I am honestly shocked.

Last Saturday (24/10) I was trying on clothes in the fitting rooms upstairs in your Antwerp Meir store. When I looked up I saw a small black dome camera in the ceiling of the corridor, and from the angle it clearly looks straight into the cubicles when the curtain isn't fully closed - which it never is, the curtains are too narrow.

I asked a shop assistant and she just shrugged and said "it's for theft". That's not an answer. People get undressed there. I cannot believe this is legal and I'm seriously considering reporting it to the data protection authority.

I want to know who thought this was acceptable and what you are going to do about it. And whatever you recorded of me in that fitting room area on the 24th, I want it destroyed.

Claire Dunmore""",
         "Claire Dunmore"),
        ("objection", (),
         "face counting cameras",
         """Hi,

The sign at the door of your Leuven store says the entrance has a "smart visitor counter" that analyses faces to estimate age and gender. I don't agree to that. I shop there twice a week and I object to my face being analysed for your statistics. Please stop doing it for me - if that means switching it off, so be it.

Thanks,
Tom Gallagher""",
         "Tom Gallagher"),
        ("withdraw_consent", (),
         "wifi offers",
         """I logged into your free store wifi in Ghent once because I had no signal, and since then I get 'exclusive in-store offers' about three times a week. I only wanted the wifi.

Please stop sending them to me, I didn't really mean to sign up for anything.

Sam""",
         "Samuel Price"),
        ("correction", (),
         "Incident report of 2 November - Mechelen store",
         """Dear Sir or Madam,

On 2 November I was stopped at the exit of your Mechelen store because the alarm gate went off. It turned out the cashier had forgotten to remove the security tag from a pair of jeans I had just paid for. The guard checked my receipt, apologised, and I left.

I have since received, through your customer service, a copy of the incident report written by the security company. It is wrong on two points:

1. It states that I "refused to show the receipt at first". That is simply untrue; I handed it over straight away.
2. It gives my name as "Mr. Jon Harker". My name is John Harper.

I would like the report corrected so that it reflects what actually happened, namely that the tag had not been removed at the till and that the matter was closed on the spot. Please confirm once this has been done.

Yours faithfully,
John Harper""",
         "John Harper"),
        ("restriction", (),
         "Article 18 - contested incident record",
         """Dear Data Protection Officer,

On 9 October I was accused of shoplifting in your Brussels Nieuwstraat store. The police were called, looked at the bag and at the receipt, and left without taking any further action. Nevertheless I received a letter dated 12 October informing me that I am banned from all your stores for one year, and that my details and "incident file" are kept by your security department.

I contest the accuracy of that file. Pursuant to Article 18(1)(a) GDPR, I ask you to restrict the processing of my personal data in that file while its accuracy is being verified. In practice this means: do not circulate it to your other stores or to the security company's staff, do not use it to enforce the ban, and do not delete it either, because my lawyer will need it.

Please confirm in writing that the restriction has been applied.

Yours sincerely,
Daniel Okafor""",
         "Daniel Okafor"),
        ("portability", (),
         "my purchase history as a file",
         """Hello,

I use my loyalty card at the till every time I shop in your stores, so you must have a record of everything I've bought over the past few years. I'd like to get that history as a CSV or Excel file so I can load it into the budgeting app I'm using (it imports CSV).

Date, store, items, prices would be perfect. Card number is 2045 7731 0098.

Cheers,
Megan Lloyd""",
         "Megan Lloyd"),
        ("other", (),
         "Shopping bag left at self-checkout",
         """Hi there,

Yesterday (Thursday) around 6pm I left a white paper bag at one of the self-checkouts in your Kortrijk store. It had a birthday present in it (a blue jumper, still with the label) and the receipt. I only noticed when I got home.

Has anyone handed it in? I'm sure your cameras would show it sitting there, but really I just want to know if it's at the service desk so I can come and pick it up.

Thanks a lot,
Rachel Hughes""",
         "Rachel Hughes"),
        ("other", (),
         "Your security guard in Genk",
         """I want to complain about the security guard at the entrance of your Genk store this morning. My son (8) was running in and the guard grabbed his arm and shouted at him in front of everyone. He was crying all the way home. A simple "stop running please" would have done.

I've been a customer for years and I don't expect to be treated like that. I'd appreciate someone speaking to him.

Louise Carter""",
         "Louise Carter"),
        ("other", (),
         "Charged twice",
         """Hello, the card terminal at till 3 in the Aalst store froze when I paid on Saturday and the cashier made me pay again. Now I see 64,90 twice on my statement. Could you please remove the double charge? Screenshot of my bank app attached.

Thanks
Mark Fleming""",
         "Mark Fleming"),
    ],
    "nl": [
        ("access", (),
         "Camerabeelden zelfscankassa",
         """Goedemiddag,

Op vrijdag 16 oktober werd ik aan de zelfscankassa in jullie winkel in Turnhout aangesproken door een medewerker. Volgens haar had ik een artikel niet gescand en "dat was op camera te zien". Uiteindelijk bleek dat het artikel wel degelijk op mijn ticket stond, maar ik ben er nog altijd niet gerust in.

Ik zou graag de camerabeelden zien waarop ik sta, en ook weten wat er over dit voorval over mij genoteerd of bijgehouden wordt.

Alvast bedankt,
Els Verhoeven""",
         "Els Verhoeven"),
        ("deletion", ("objection",),
         "Scan van mijn identiteitskaart",
         """Dag,

Gisteren kocht ik een fles wijn in jullie winkel in Leuven. De kassierster vroeg mijn identiteitskaart en heeft die dan in een toestel gestoken en ingelezen. Ik ben 34, een blik op mijn kaart had volstaan.

Ik wil dat die scan en alle gegevens die daarbij van mijn kaart werden gelezen gewist worden. En ik ga er niet mee akkoord dat mijn eID in de toekomst nog wordt ingelezen voor een leeftijdscontrole - tonen wil ik wel, inlezen niet.

Groeten,
Bart Janssens""",
         "Bart Janssens"),
        ("restriction", ("access",),
         "beelden parking 3 november niet wissen aub",
         """Hallo,

Op dinsdag 3 november tussen 14u en 15u is er op de parking van jullie winkel in Sint-Niklaas tegen mijn auto gereden (grijze Toyota Yaris, 1-GKT-482). De dader is doorgereden. Er hangt een camera aan de gevel die recht op die rij parkeerplaatsen gericht is.

Mijn verzekeraar zal de beelden opvragen via de politie, maar dat kan even duren. Kunnen jullie ervoor zorgen dat de beelden van die dag bewaard blijven en niet automatisch overschreven worden?

En kunnen jullie me ook laten weten hoe lang jullie die beelden normaal bijhouden? Dan weet ik hoeveel tijd we hebben.

Bedankt!
Kevin De Smet""",
         "Kevin De Smet"),
        ("complaint", (),
         "Mijn adres luidop voorgelezen aan de kassa",
         """Geachte,

Vorige zaterdag stond ik aan de kassa in uw winkel in Roeselare. Ik had mijn klantenkaart vergeten, en de kassierster zocht me op in het systeem. Daarbij las ze, hardop en goed verstaanbaar voor de hele rij, mijn volledige adres en mijn gsm-nummer voor om te "controleren of dat klopte".

Twee mensen achter mij stonden mee te luisteren, waaronder iemand uit mijn straat. Ik woon alleen en vind het absoluut niet oké dat mijn adres op die manier rondgebazuind wordt.

Ik verwacht dat u uw personeel hierover aanspreekt en dat u mij laat weten welke maatregelen u neemt.

Met vriendelijke groeten,
Sofie Maes""",
         "Sofie Maes"),
        ("objection", (),
         "wifi-tracking in de winkel",
         """Goeiemorgen,

Een kennis die in IT werkt vertelde me dat jullie wifi-systeem in de winkels ook de telefoons registreert van mensen die niet verbonden zijn, om te zien hoe lang ze blijven en welke afdelingen ze bezoeken. Er hangt inderdaad een klein bordje aan de ingang in Brugge.

Ik wil niet dat mijn gsm op die manier gevolgd wordt als ik bij jullie binnenstap. Ik maak daar bezwaar tegen. Het MAC-adres van mijn toestel is 4C:2E:91:07:AB:13, als jullie dat nodig hebben.

Wouter Peeters""",
         "Wouter Peeters"),
        ("withdraw_consent", ("deletion",),
         "e-ticket en reclame",
         """Hallo,

Aan de kassa heb ik ooit mijn e-mailadres gegeven om mijn kasticket digitaal te krijgen. Sindsdien krijg ik bijna elke dag reclame. Daar heb ik nooit om gevraagd.

Ik wil geen promoties meer ontvangen. En eigenlijk hoeft dat digitaal ticket ook niet meer, gewoon een papieren is goed - dus mag mijn e-mailadres ook uit jullie kassasysteem verwijderd worden.

mvg
Lien Wouters""",
         "Lien Wouters"),
        ("correction", (),
         "verkeerd e-mailadres op mijn klantenkaart",
         """Dag,

Bij het aanmaken van mijn klantenkaart in de winkel in Hasselt heeft de kassier mijn e-mailadres verkeerd ingetikt: jan.peeters@telent.be in plaats van jan.peeters@telenet.be. Gevolg: mijn digitale kastickets gaan naar iemand anders (of nergens naartoe).

Kunnen jullie dat aanpassen naar het juiste adres? Kaartnummer 2045 1187 3302.

Bedankt,
Jan Peeters""",
         "Jan Peeters"),
        ("other", (),
         "Sjaal verloren",
         """Dag,

Zondagnamiddag ben ik mijn sjaal verloren in jullie winkel op de Veldstraat in Gent, ik denk aan de kassa of bij de paskamers. Het is een grijze wollen sjaal met rode rand, heeft een grote sentimentele waarde (van mijn oma).

Misschien hebben jullie camera's gezien waar ik hem heb laten liggen? Maar vooral: is hij gevonden? Ik kom hem graag ophalen.

Vriendelijke groet,
Annelies Claes""",
         "Annelies Claes"),
        ("other", (),
         "open op 11 november?",
         """Hoi, zijn jullie winkels open op 11 november? Op Google staat Antwerpen-Zuid als gesloten maar op jullie site als open. De gegevens spreken elkaar tegen. Ik wil niet voor een gesloten deur staan.

Thx
Niels""",
         "Niels Vermeulen"),
        ("other", (),
         "Betaalterminal kapot in Mechelen",
         """Goedenavond,

Al drie keer op rij dat ik in jullie winkel in Mechelen (Bruul) kom en de betaalterminal aan kassa 1 en 2 niet werkt. Enkel cash, of wachten aan de enige andere kassa met een rij van vijftien man. Vandaag heb ik mijn winkelkar maar laten staan.

Kan daar iets aan gedaan worden? Het is echt vervelend.

Groeten,
Marc Wuyts""",
         "Marc Wuyts"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - article 15 RGPD - incident du 9 octobre 2026",
         """Madame, Monsieur,

Le vendredi 9 octobre 2026, vers 18h15, j'ai été interpellée par un agent de sécurité à la sortie de votre magasin de Namur (rue de Fer), qui me soupçonnait de vol. Après vérification de mon sac et de mon ticket, il s'est avéré que je n'avais rien pris, et je suis repartie.

En application de l'article 15 du RGPD, je vous demande de me communiquer :
- une copie du rapport d'incident rédigé par votre personnel ou par la société de gardiennage ;
- une copie des images de vidéosurveillance sur lesquelles j'apparais ce jour-là ;
- la liste des destinataires auxquels ces données ont été transmises (police, société de sécurité, autres magasins) ;
- la durée pendant laquelle vous comptez les conserver.

Je vous remercie de me répondre dans le délai d'un mois prévu par le règlement.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Nathalie Dubois
Avenue de la Plante 41
5000 Namur""",
         "Nathalie Dubois"),
        ("correction", (),
         "Rectification de mon dossier",
         """Bonjour,

Suite à un incident dans votre magasin de Mons le 20 septembre, une plainte avait été déposée contre moi. Le parquet a classé l'affaire sans suite le 15 octobre (je peux vous envoyer le document).

Or, d'après le courrier que j'ai reçu de votre service sécurité, votre dossier me mentionne toujours comme « auteur d'un vol ». C'est faux. Je vous demande de rectifier votre dossier pour qu'il indique que l'affaire a été classée sans suite et que je n'ai commis aucun vol.

Cordialement,
Julien Lambert""",
         "Julien Lambert"),
        ("deletion", (),
         "Photocopie de ma carte d'identité au service retours",
         """Bonjour,

Le 28 octobre, j'ai ramené un grille-pain défectueux au service retours de votre magasin de Wavre. L'employée a demandé ma carte d'identité et en a fait une photocopie, qu'elle a agrafée au bon de retour, « pour le dossier ».

Je souhaite que cette copie soit détruite, ainsi que toute version scannée qui en aurait été faite. Pourriez-vous me confirmer que c'est fait ?

Merci d'avance,
Isabelle Renard""",
         "Isabelle Renard"),
        ("portability", (),
         "historique de mes achats",
         """Bonjour,

Je souhaiterais récupérer l'historique de tous mes achats en caisse enregistrés avec ma carte de fidélité (n° 2045 6620 1974) depuis 2023, dans un fichier que je peux exploiter, idéalement CSV ou JSON.

Je change de gestionnaire de budget et le nouveau (Bankin') peut importer ce genre de fichier. Si vous pouvez le leur transmettre directement, c'est encore mieux, sinon envoyez-le-moi à cette adresse.

Bonne journée,
Marc Lejeune""",
         "Marc Lejeune"),
        ("objection", ("deletion",),
         "Caméra qui « compte les visages » à Liège",
         """Bonjour,

J'ai remarqué à l'entrée de votre magasin de Liège (place Saint-Lambert) un panneau qui indique qu'une caméra « analyse anonymement les visages pour mesurer la fréquentation ». Anonyme ou pas, je ne veux pas que mon visage serve à vos statistiques et je m'y oppose.

Par ailleurs, si des données me concernant ont déjà été enregistrées par ce système, merci de les supprimer.

Salutations,
Pierre Collignon""",
         "Pierre Collignon"),
        ("complaint", ("deletion",),
         "Ma photo affichée derrière la caisse !!",
         """Bonjour,

Ma voisine m'a dit hier qu'il y avait une photo de moi affichée derrière la caisse de votre magasin de Charleroi, avec écrit dessus « NE PAS SERVIR ». Je suis allé voir : c'est bien moi, une image tirée de vos caméras.

Je n'ai jamais été condamné pour quoi que ce soit et personne ne m'a jamais rien dit. Tout le quartier fait ses courses chez vous, tout le monde peut voir ça. C'est humiliant et je trouve ça scandaleux.

J'exige que cette photo soit retirée immédiatement et détruite, ainsi que toutes les copies. Si je n'ai pas de réponse rapidement, je m'adresse à l'Autorité de protection des données.

Karim Benali""",
         "Karim Benali"),
        ("restriction", (),
         "Chute dans votre magasin - conservation des images",
         """Madame, Monsieur,

Le 5 novembre 2026, vers 10h30, j'ai glissé sur le sol mouillé du rayon frais de votre magasin de Tournai ; aucun panneau de signalisation n'était placé. Je souffre d'une entorse au genou.

Mon avocat prendra contact avec vous. Dans l'intervalle, je vous demande expressément de ne pas effacer les images de vidéosurveillance du rayon frais pour cette matinée-là, même si votre délai habituel de conservation expire : elles sont nécessaires à la défense de mes droits.

Je vous remercie de me confirmer que ces images seront conservées.

Bien à vous,
Françoise Delvaux""",
         "Françoise Delvaux"),
        ("other", (),
         "Lunettes oubliées",
         """Bonjour, j'ai oublié mes lunettes de vue (monture noire, étui marron) à la caisse 4 du magasin de Louvain-la-Neuve mardi midi. Est-ce que quelqu'un les a retrouvées ? Merci !

Anne""",
         "Anne Gillet"),
        ("other", (),
         "Comportement d'un agent de sécurité",
         """Bonjour,

Je tenais à signaler le comportement de l'agent de sécurité présent samedi après-midi à l'entrée de votre magasin de Braine-l'Alleud. Il a été particulièrement désagréable avec une dame âgée qui ne trouvait pas la sortie, en lui parlant comme à une enfant. J'ai trouvé ça triste à voir.

Je ne demande rien pour moi, mais je pense qu'un petit rappel sur la politesse ne ferait pas de mal.

Cordialement,
Thierry Masson""",
         "Thierry Masson"),
        ("other", (),
         "Parking fermé",
         """Bonjour,

Dimanche soir, la barrière du parking de votre magasin d'Arlon est restée fermée à 19h alors que le magasin était encore ouvert jusqu'à 20h. J'ai dû attendre vingt minutes qu'un employé vienne l'ouvrir. Il me semble que les horaires du parking ne sont pas bien réglés, pourriez-vous corriger ça ?

Merci,
Vincent Hoffmann""",
         "Vincent Hoffmann"),
    ],
    "de": [
        ("access", (),
         "Welche Daten speichert Ihre Kasse?",
         """Guten Tag,

bei meinem letzten Einkauf in Ihrer Filiale in Eupen hat mich die Kassiererin nach meiner Postleitzahl und meiner Telefonnummer gefragt. Ich habe beides angegeben, ohne groß nachzudenken.

Jetzt möchte ich gerne wissen, was Ihr Kassensystem eigentlich über mich speichert: nur die Postleitzahl oder auch die Telefonnummer, zusammen mit meinen Einkäufen? Wie lange wird das aufbewahrt, und geben Sie diese Daten an irgendwen weiter?

Mit freundlichen Grüßen
Monika Schreiber""",
         "Monika Schreiber"),
        ("complaint", ("access",),
         "Videoaufnahmen meinem Nachbarn gezeigt",
         """Sehr geehrte Damen und Herren,

ich bin vor zwei Wochen in Ihrer Filiale in St. Vith an der Kasse gestürzt, weil mir schwindelig wurde. Nichts Schlimmes, aber peinlich genug.

Gestern hat mich mein Nachbar, der bei Ihnen im Lager arbeitet, darauf angesprochen: Er hat die Aufnahme gesehen, weil sie im Pausenraum auf einem Handy herumgezeigt wurde, und sich "köstlich amüsiert". Ich finde das unerhört. Überwachungsaufnahmen sind doch nicht zur Unterhaltung der Belegschaft da.

Ich erwarte eine Erklärung, wie das passieren konnte. Außerdem möchte ich wissen, wer die Aufnahme von mir angesehen oder eine Kopie davon bekommen hat.

Hochachtungsvoll
Gerhard Lentz""",
         "Gerhard Lentz"),
        ("deletion", (),
         "WLAN-Anmeldung löschen",
         """Hallo,

ich habe mich im Sommer einmal in Ihrer Filiale in Kelmis ins Gäste-WLAN eingeloggt, mit meiner E-Mail-Adresse und meinem Namen. Bitte löschen Sie diese Anmeldung und alles, was dazu gespeichert ist.

Danke
Lukas Brandt""",
         "Lukas Brandt"),
        ("objection", (),
         "Einscannen meines Personalausweises",
         """Sehr geehrte Damen und Herren,

beim Kauf eines Küchenmessers in Ihrer Filiale in Eupen wurde mein Personalausweis an der Kasse eingescannt, angeblich zur Alterskontrolle. Ich bin 52 Jahre alt.

Ich widerspreche diesem Einscannen ausdrücklich. Eine Sichtkontrolle reicht völlig aus, und ich möchte nicht, dass Sie meine Ausweisdaten bei künftigen Einkäufen erneut erfassen und verarbeiten. Bitte stellen Sie sicher, dass das bei mir nicht mehr gemacht wird.

Mit freundlichen Grüßen
Ursula Kessler""",
         "Ursula Kessler"),
        ("restriction", (),
         "Aufnahmen vom 19. Oktober bitte NICHT löschen",
         """Guten Tag,

am 19. Oktober wurde ich in Ihrer Brüsseler Filiale (Louise) fälschlich des Ladendiebstahls beschuldigt und vor anderen Kunden bis zum Eintreffen der Polizei festgehalten. Die Polizei hat nichts gefunden.

Ich habe inzwischen Anzeige wegen falscher Verdächtigung erstattet. Die Videoaufnahmen aus dem Kassenbereich sind dafür das wichtigste Beweismittel. Ich bitte Sie daher ausdrücklich, diese Aufnahmen nicht zu löschen, auch wenn Ihre normale Speicherfrist abläuft, sondern sie aufzubewahren und für andere Zwecke zu sperren, bis die Polizei sie anfordert.

Bitte bestätigen Sie mir das kurz.

Felix Hartmann""",
         "Felix Hartmann"),
        ("withdraw_consent", (),
         "Widerruf E-Bon-Werbung",
         """Sehr geehrte Damen und Herren,

als ich mich an der Kasse für den E-Bon angemeldet habe, habe ich auch das Häkchen für "Angebote und Neuigkeiten" gesetzt. Diese Einwilligung widerrufe ich hiermit. Den E-Bon selbst möchte ich weiterhin per Mail bekommen, nur die Werbung nicht mehr.

Freundliche Grüße
Sabine Krämer""",
         "Sabine Krämer"),
        ("correction", ("restriction",),
         "Fehler im Vorfallbericht",
         """Sehr geehrte Damen und Herren,

am 30. Oktober hat an der Ausgangsschranke Ihrer Filiale in Malmedy der Alarm ausgelöst, weil an einer bezahlten Jacke noch die Diebstahlsicherung war. Den Vorfallbericht des Sicherheitsdienstes habe ich auf Nachfrage bekommen. Darin steht, ich hätte "versucht, den Laden ohne Bezahlung zu verlassen" und mich "aggressiv verhalten". Beides stimmt nicht: Ich hatte den Kassenbon in der Hand und bin ruhig geblieben.

Bitte berichtigen Sie den Bericht entsprechend. Solange das nicht erledigt ist, möchte ich nicht, dass der Bericht in seiner jetzigen Form verwendet oder an andere Filialen weitergegeben wird.

Mit freundlichen Grüßen
Jürgen Pohl""",
         "Jürgen Pohl"),
        ("other", (),
         "Schlüssel an der Kasse liegen gelassen?",
         """Hallo,

ich glaube, ich habe heute Vormittag meinen Schlüsselbund an der Kasse in Ihrer Filiale in Eupen liegen lassen (drei Schlüssel, ein kleiner roter Anhänger mit Feuerwehrlogo). Wurde er abgegeben? Ich komme gern vorbei.

Danke und Gruß
Stefan Weber""",
         "Stefan Weber"),
        ("other", (),
         "Frage zur Überwachungskamera aus Ihrem Sortiment",
         """Guten Tag,

ich habe letzte Woche bei Ihnen die WLAN-Überwachungskamera "HomeView 2" gekauft. Die Kamera speichert die Aufnahmen auf der SD-Karte, aber ich finde in der App keine Möglichkeit, alte Aufnahmen zu löschen, und die Karte ist nach zwei Tagen voll. Wie kann ich die Aufnahmen löschen oder automatisch überschreiben lassen? Die Anleitung sagt dazu nichts.

Viele Grüße
Andreas Vogel""",
         "Andreas Vogel"),
        ("other", (),
         "Gutschrift fehlt",
         """Sehr geehrtes Team,

am 2. November habe ich in Ihrer Filiale in Eupen einen Wasserkocher zurückgegeben. Die Gutschrift von 39,99 EUR sollte auf meine Bankkarte gehen, ist aber bis heute nicht angekommen. Der Rückgabebeleg liegt mir vor. Können Sie bitte nachsehen, was da los ist?

Mit freundlichen Grüßen
Petra Lang""",
         "Petra Lang"),
    ],
    "es": [
        ("access", (),
         "Imágenes de la caja de autopago",
         """Hola,

El sábado 24 de octubre, en vuestra tienda de Ixelles, un empleado me paró en la caja de autopago diciéndome que «en la cámara se veía» que no había escaneado un paquete de café. Al final lo había escaneado, estaba en el ticket, pero me hicieron pasar un mal rato delante de todo el mundo.

Me gustaría ver esas imágenes en las que salgo, y saber si habéis dejado anotado el incidente en algún sitio con mi nombre o el de mi tarjeta de cliente.

Gracias,
Lucía Fernández""",
         "Lucía Fernández"),
        ("deletion", (),
         "Copia de mi DNI - recogida en tienda",
         """Buenos días:

Cuando fui a recoger un pedido de click & collect en vuestra tienda de Anderlecht, la empleada escaneó mi DNI con una tablet, «para el registro de entregas». Ya he recogido el pedido y todo está bien, así que os pido que borréis esa copia de mi documento y los datos que se hayan sacado de ella.

Un saludo,
Javier Morales Ruiz""",
         "Javier Morales Ruiz"),
        ("portability", ("access",),
         "Historial de compras en formato CSV",
         """Hola:

Siempre paso mi tarjeta de cliente en caja y me gustaría tener el historial completo de mis compras en tienda en un archivo CSV o Excel, para poder importarlo en otra aplicación. Número de tarjeta: 2045 3390 6612.

Y aprovecho para preguntar: aparte de las compras, ¿qué otros datos míos tenéis asociados a la tarjeta?

Muchas gracias,
Marta Gil""",
         "Marta Gil"),
        ("objection", (),
         "Me opongo al análisis de caras",
         """Buenas tardes:

En la entrada de vuestra tienda de Bruselas-centro hay un cartel que dice que una cámara «cuenta a los visitantes y estima su edad y sexo». No estoy de acuerdo con que se analice mi cara para sacar estadísticas de marketing y me opongo a ese tratamiento. Por favor, dejad de hacerlo conmigo.

Atentamente,
Carlos Navarro""",
         "Carlos Navarro"),
        ("complaint", ("correction",),
         "Mi ticket le llegó a otra persona",
         """Hola,

Estoy bastante molesta. Al hacerme la tarjeta de cliente en la tienda de Lieja, la cajera escribió mal mi correo y desde entonces mis tickets electrónicos le llegan a otra persona. Me he enterado porque esa persona me ha localizado por Facebook (¡mi nombre completo viene en el ticket!) para decirme que lleva dos meses recibiendo mis compras, incluidas cosas de farmacia.

Me parece muy grave que no se compruebe el correo antes de enviar nada. Quiero que se me explique cómo ha podido pasar esto, y que se corrija el correo: el bueno es elena.ortega.lopez@gmail.com.

Elena Ortega""",
         "Elena Ortega"),
        ("withdraw_consent", (),
         "basta de ofertas del wifi",
         """Me conecté una vez al wifi de la tienda de Gante y desde entonces me llegan ofertas cada dos días. No quiero recibir nada más, gracias.

Pablo""",
         "Pablo Herrera"),
        ("restriction", (),
         "No borren las grabaciones del aparcamiento, por favor",
         """Buenos días,

El jueves 29 de octubre, entre las 11:00 y las 11:45, alguien me dio un golpe al coche (un Seat Ibiza blanco) en el aparcamiento de vuestra tienda de Waterloo y se fue sin dejar nota. Hay una cámara en la farola de enfrente.

Ya he puesto la denuncia y la compañía de seguros pedirá las imágenes, pero tardará unas semanas. Os pido por favor que no las borréis y las guardéis hasta entonces.

Muchas gracias,
Raquel Sánchez""",
         "Raquel Sánchez"),
        ("other", (),
         "Cartera perdida",
         """Hola, creo que me dejé la cartera (marrón, de piel) en la zona de cajas de la tienda de Etterbeek ayer por la tarde. ¿Alguien la ha entregado? Dentro llevaba el DNI y las tarjetas, estoy un poco agobiado. Gracias.

Diego Castro""",
         "Diego Castro"),
        ("other", (),
         "Trato del vigilante",
         """Buenas,

Quería quejarme del vigilante de seguridad de la tienda de Uccle. El martes entré con mi carrito de bebé y me dijo de muy malas maneras que no se podía entrar así, cuando siempre he entrado sin problema. Después otra compañera suya me dijo que sí se podía. No es la primera vez que es borde con los clientes.

Un saludo,
Ana Romero""",
         "Ana Romero"),
        ("other", (),
         "Cobro duplicado",
         """Hola,

El datáfono de la caja 2 de la tienda de Schaerbeek dio error al pagar y me volvieron a cobrar. Ahora tengo dos cargos de 27,35 € del 6 de noviembre. ¿Podéis quitar el cargo duplicado de mi tarjeta? Tengo los dos justificantes.

Gracias,
Sergio Molina""",
         "Sergio Molina"),
    ],
    "it": [
        ("access", (),
         "Richiesta di accesso al rapporto sull'incidente",
         """Gentili Signori,

il 22 ottobre sono stato fermato all'uscita del vostro punto vendita di La Louvière e accusato di furto. È intervenuta la polizia, e nel verbale che mi hanno poi consegnato risulta che il vostro personale ha fornito il mio nome e il mio indirizzo, presi dalla mia carta fedeltà. Alla fine non è emerso nulla a mio carico.

Ai sensi dell'art. 15 del GDPR chiedo di ricevere copia del rapporto redatto dalla vostra società di vigilanza, di sapere quali altri dati mi riguardano siano stati registrati in relazione a questo episodio, e a chi siano stati comunicati oltre alla polizia.

Distinti saluti,
Giuseppe Russo""",
         "Giuseppe Russo"),
        ("correction", (),
         "Nome sbagliato nella lettera di divieto d'accesso",
         """Buongiorno,

ho ricevuto una vostra lettera che mi vieta l'accesso ai vostri negozi per sei mesi dopo un litigio alla cassa di Seraing il 17 ottobre. Non discuto il divieto, ma nella lettera e, immagino, nel vostro archivio c'è scritto "Francesco Ricci", mentre io mi chiamo Franco Rizzi. Temo che così il divieto finisca per colpire un'altra persona, o che io abbia problemi con altre pratiche.

Vi chiedo di correggere il nome.

Saluti,
Franco Rizzi""",
         "Franco Rizzi"),
        ("deletion", ("withdraw_consent",),
         "wifi del negozio",
         """Salve,

mi sono registrata al wifi del vostro negozio di Anversa inserendo nome ed email. Vorrei che cancellaste la mia registrazione e tutti i dati che avete raccolto così. E per favore niente più email con le offerte.

Grazie
Chiara Esposito""",
         "Chiara Esposito"),
        ("objection", (),
         "Uso dei miei acquisti per profilazione",
         """Buonasera,

ogni volta che pago alla cassa la cassiera scansiona la mia carta fedeltà senza chiedermelo, e poi ricevo nell'app offerte "personalizzate" in base a quello che compro. Non voglio che i miei acquisti in negozio vengano usati per profilarmi e mi oppongo a questo utilizzo. La carta la tengo, ma per i punti e basta.

Cordiali saluti,
Paola Greco""",
         "Paola Greco"),
        ("complaint", (),
         "Telecamera puntata sui bagni",
         """Buongiorno,

segnalo una cosa gravissima. Nel vostro negozio di Charleroi-Ville 2 c'è una telecamera montata proprio di fronte alla porta dei bagni dei clienti, e quando la porta è aperta inquadra chiaramente l'interno, lavandini compresi. L'ho fatto notare al responsabile, che mi ha risposto che "serve per la sicurezza" e che non è affar mio.

Trovo inaccettabile che i clienti vengano ripresi in un luogo del genere. Se non ricevo una risposta seria entro breve, presenterò un reclamo all'Autorità per la protezione dei dati.

Alessandro Marino""",
         "Alessandro Marino"),
        ("restriction", ("access",),
         "Segnalazione nella mia scheda cliente",
         """Gentile ufficio privacy,

al servizio clienti del negozio di Namur mi hanno detto che sulla mia carta fedeltà c'è una "segnalazione" e che per questo non posso usare i buoni sconto. Nessuno ha saputo spiegarmi di cosa si tratti. Immagino sia legato a un reso contestato a settembre, che però si è risolto a mio favore.

Contesto l'esattezza di questa segnalazione. Finché non l'avrete verificata, vi chiedo di non utilizzarla in alcun modo, né per bloccare i buoni né per altro. Vi chiedo inoltre di farmi sapere cosa c'è scritto esattamente e da dove proviene.

Cordialmente,
Valentina Conti""",
         "Valentina Conti"),
        ("portability", (),
         "storico acquisti in formato JSON",
         """Buongiorno,

vorrei ottenere lo storico dei miei acquisti nei negozi (registrati con la carta fedeltà 2045 8812 4470) in un formato leggibile da computer, JSON o CSV. Se possibile, inviatelo direttamente a Spendee, l'app che uso per tenere i conti, altrimenti va benissimo anche a me per email.

Grazie mille,
Davide Colombo""",
         "Davide Colombo"),
        ("other", (),
         "Sciarpa persa",
         """Buongiorno, venerdì ho perso una sciarpa blu di cachemire nel vostro negozio di Bruxelles Toison d'Or, forse vicino ai camerini. Magari dalle telecamere si vede dove l'ho lasciata? In realtà mi basta sapere se qualcuno l'ha trovata. Grazie!

Silvia""",
         "Silvia Bruno"),
        ("other", (),
         "Orari del negozio di Liegi",
         """Salve,

volevo sapere se il negozio di Liegi Médiacité è aperto la domenica mattina, e fino a che ora il sabato. Sul sito trovo informazioni diverse.

Grazie,
Roberto Gallo""",
         "Roberto Gallo"),
        ("other", (),
         "Wifi del negozio non funziona",
         """Ciao, sono un vostro cliente abituale del negozio di Mons. Da due settimane il wifi gratuito non funziona: si vede la rete ma non si riesce a collegarsi, la pagina di accesso non si carica. Dentro il negozio il mio telefono non prende quasi niente e non riesco a pagare con l'app. Potete segnalarlo?

Luca Ferri""",
         "Luca Ferri"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso às imagens de videovigilância",
         """Exmos. Senhores,

No dia 27 de outubro de 2026, cerca das 16h00, estive na vossa loja de Saint-Gilles e tive uma discussão com um segurança junto às caixas, que me acusou de ter tirado o alarme de um artigo.

Ao abrigo do artigo 15.º do RGPD, solicito uma cópia das imagens de videovigilância em que apareço nesse dia, bem como informação sobre o prazo durante o qual essas imagens são conservadas e sobre se foram transmitidas a terceiros (empresa de segurança, polícia).

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("deletion", (),
         "Proibição de entrada já terminou",
         """Boa tarde,

Em 2025 recebi uma carta a proibir-me de entrar nas vossas lojas durante um ano. Esse ano já passou (terminou a 3 de setembro). Peço que apaguem o processo, a fotografia que tiraram de mim e tudo o que guardaram sobre esse caso, porque já não há motivo para o terem.

Obrigado,
Rui Carvalho""",
         "Rui Carvalho"),
        ("objection", ("deletion", "withdraw_consent"),
         "rastreamento pelo wifi",
         """Olá,

Liguei-me há uns meses ao wifi da vossa loja em Bruxelas e agora percebi, pela política de privacidade, que o sistema regista o percurso do telemóvel dentro da loja, mesmo depois de me desligar. Não quero ser seguido assim, oponho-me a isso.

Peço também que apaguem os dados de localização que já recolheram, e que deixem de me mandar as ofertas por email que começaram a chegar depois de me ligar ao wifi.

Obrigada,
Inês Ferreira""",
         "Inês Ferreira"),
        ("withdraw_consent", (),
         "SMS",
         """Boa tarde. Na caixa pediram o meu número de telemóvel e agora recebo SMS com promoções. Não quero receber mais, por favor. Número: 0486 55 12 09.

Tiago Sousa""",
         "Tiago Sousa"),
        ("complaint", ("access",),
         "Segundo pedido - sem resposta há mais de um mês",
         """Exmos. Senhores,

No dia 1 de outubro enviei-vos um email a pedir uma cópia das imagens da câmara da caixa de autopagamento da vossa loja de Schaerbeek, onde fui retida por uma funcionária no dia 28 de setembro, e a pedir para saber o que ficou registado sobre mim. Até hoje, 9 de novembro, não recebi qualquer resposta, nem sequer um aviso de receção.

O prazo legal de um mês já foi ultrapassado. Volto a pedir as imagens e a informação, e aviso que, se não responderem nos próximos dias, apresentarei queixa à Autoridade de Proteção de Dados.

Mariana Lopes""",
         "Mariana Lopes"),
        ("correction", (),
         "Dados errados no cartão de cliente",
         """Olá, bom dia.

Quando fiz o cartão de cliente na loja de Antuérpia, a funcionária escreveu o meu nome "Joao Perreira" e a data de nascimento 12/03/1991. O correto é João Pereira, nascido a 21/03/1991. Por isso nunca recebo a oferta de aniversário no dia certo, haha. Podem corrigir, por favor? Cartão n.º 2045 2201 5583.

Obrigado!
João Pereira""",
         "João Pereira"),
        ("portability", (),
         "exportação do histórico de compras",
         """Bom dia,

Gostaria de receber, num ficheiro CSV ou noutro formato que possa ser aberto no Excel, todo o histórico das minhas compras em loja associadas ao meu cartão de cliente (n.º 2045 7714 3308), para o poder importar noutra aplicação de gestão de despesas.

Cumprimentos,
Carla Almeida""",
         "Carla Almeida"),
        ("other", (),
         "Saco esquecido na caixa",
         """Boa tarde,

Ontem, por volta das 19h, esqueci-me de um saco na caixa 5 da loja de Anderlecht, com uns medicamentos e uma camisola de criança. Alguém o encontrou? Posso passar lá amanhã para o buscar.

Obrigada,
Beatriz Martins""",
         "Beatriz Martins"),
        ("other", (),
         "terminal de pagamento avariado",
         """Bom dia, na loja de Ixelles o terminal da caixa rápida não aceita cartões contactless há mais de uma semana. Ontem fiquei 10 minutos à espera e acabei por deixar as compras. Podem mandar reparar? Obrigado

Paulo Costa""",
         "Paulo Costa"),
        ("other", (),
         "Candidatura - agente de segurança",
         """Exmos. Senhores,

Chamo-me Ricardo Mendes, tenho 38 anos e trabalho há seis anos como agente de segurança, com cartão profissional válido na Bélgica. Vi que procuram vigilantes para as lojas de Bruxelas e gostaria de me candidatar. Tenho experiência com sistemas de videovigilância e controlo de acessos em centros comerciais.

Envio em anexo o meu currículo. Fico à disposição para uma entrevista.

Com os melhores cumprimentos,
Ricardo Mendes""",
         "Ricardo Mendes"),
    ],
}

"""Person mail for set sixtyfourth (en nl fr de es it pt): photos, uploads and personalised products. Written apart from the rules (see make_sixtyfourth.py)."""

PEOPLE_IE = {
    "en": [
        ("access", (),
         "Photos uploaded for my photo book - what happens to them?",
         """Hello,

In March I made a photo book on your website (order PB-2291874, "Kerry 2024"). I uploaded
roughly 380 photos for it, a lot of them of my kids and my parents.

I've since read in the small print that printing is "carried out by a trusted partner",
and the delivery note had a return address in Poland. Nobody told me that when I ordered.

So I'd like to know, please:
- which of my photos and other details you still have on file, and where they are stored
- the name of the company that actually printed the book and what it got from you
- how long you keep the uploads once the book has been delivered
- whether anyone checked the photos by hand and if so who

A copy of whatever you hold on me would be great too.

Thanks,
Aoife Brennan
14 Glenview Park, Tallaght, Dublin 24""",
         "Aoife Brennan"),
        ("deletion", ("withdraw_consent",),
         "delete my uploads",
         """Hi there

I finished my wedding album with you last month (thank you, it's lovely). There are still
about 400 photos sitting in "My uploads" in my account plus two unfinished calendar
projects. Could you delete all of it please, from your servers too, not just hidden from
my view. I don't want any of it kept.

And while you're at it, I keep getting the "Your memories from a year ago!" emails with
my own photos in them. I never want those again, please take me off every marketing list.

Cheers
Gemma Whitfield""",
         "Gemma Whitfield"),
        ("correction", (),
         "Wrong address on my account",
         """Good afternoon,

My partner ordered a photo calendar for me as a gift and it went to my old flat in
Antwerp because your system still has me at Lange Leemstraat. I moved in January to
Kortrijksesteenweg 212, 9000 Gent, and I did change it on the loyalty card at the till
but apparently the web shop account didn't pick that up.

Luckily the new tenant is nice and dropped it round. Can you please update my address
everywhere (web shop, app, loyalty card) so the next one doesn't go walkabout? My phone
number has also changed, it's now +32 478 55 19 02.

Many thanks,
Rory Callaghan""",
         "Rory Callaghan"),
        ("portability", (),
         "Exporting my photo book projects",
         """Hello,

I've been making a yearly family album with you since 2018, seven books in total, and
I'd like to take them to another service. Could you send me everything I made in a
format I can actually reuse, i.e. the original uploaded image files plus the layouts
(page order, captions, which photo goes where) in something like JSON or XML rather than
a flattened PDF? A download link is fine.

The account is under this e-mail address.

Kind regards,
Hannah Okafor""",
         "Hannah Okafor"),
        ("restriction", (),
         "Re: Your canvas order CV-558120",
         """Please do NOT delete anything yet.

I'm in a dispute with the photographer who uploaded my wedding pictures to your site
under my account and ordered the canvas without my permission. My solicitor needs the
upload dates, the files and the order record. I know your mail below says projects are
cleared after 90 days, so please keep everything as it is and just lock it, nobody
should print or use it until this is sorted.

Siobhan Daly

> Dear customer,
> Your canvas "Our big day" has been dispatched. Please note that design projects
> are automatically removed from your account 90 days after delivery.
> Kind regards, the Photo Service team""",
         "Siobhan Daly"),
        ("objection", ("deletion",),
         "Face recognition in the app",
         """Hi,

I've just noticed that your app has grouped all my photos by person ("We found 12 people
in your photos!"). I didn't ask for that and I'm not comfortable with the app scanning the
faces of my children and my friends who never agreed to anything.

Please stop analysing my photos with this face thing, on the app and the website. I also
want the face data you already made from my pictures removed. The photos themselves can
stay in my account for now, I still need them for a Christmas book.

Thanks
Callum Reid""",
         "Callum Reid"),
        ("withdraw_consent", (),
         "",
         """Phone call 10:40 - Mr O'Sullivan, loyalty card ending 7731. Doesn't want the text
messages about photo print offers any more. Please remove his mobile from the SMS list.""",
         "Stores Customer Desk Leuven"),
        ("other", (),
         "Engraving spelt wrong on bracelet",
         """Hi,

I ordered an engraved silver bracelet for my daughter's confirmation (order JW-774209).
The name was supposed to read "Siobhán 12.05.2024" but it came back as "Siobahn". I
checked my order confirmation and I definitely typed it correctly.

Could you remake it with the right spelling? The ceremony is in 10 days so I'm a bit
stressed. Happy to send the wrong one back of course.

Thanks,
Niamh Doyle""",
         "Niamh Doyle"),
        ("other", (),
         "RAW files?",
         """hi, quick one - can the photo service print from RAW (Nikon .NEF) or do I have to
convert to jpeg first? and is there a max file size for canvas? thx

Sent from my iPhone""",
         "Tom Gallagher"),
        ("other", (),
         "Thank you to the lab team",
         """Hello,

I just wanted to say thank you. My mum's photo book for her 80th arrived with two pages
blank because of a problem with my upload, I rang your customer service and someone from
the lab rang me back the same day, walked me through re-uploading and got a new book to me
within the week. Mum cried (the good kind).

I know this is the privacy address but it was the only one I could find on the delivery
note, so please pass this on to whoever it was - I think her name was Ines.

All the best,
Margaret Quinn""",
         "Margaret Quinn"),
    ],
    "nl": [
        ("deletion", ("access",),
         "foto's van mijn usb-stick in de kiosk",
         """Goeiedag,

Vorige zaterdag heb ik in jullie winkel in Mechelen (Bruul) aan de fotokiosk een twintigtal
foto's afgedrukt van mijn usb-stick. Bij het afrekenen zag ik op het scherm "Uw foto's
werden bewaard voor een volgende bestelling". Ik heb daar nooit voor gekozen!

Er stonden ook foto's op van mijn zus haar bevalling, die ik níet heb afgedrukt maar die
misschien ook mee gekopieerd zijn. Ik wil dat alles wat die kiosk van mijn stick
heeft gehaald verwijderd wordt. En graag ook een antwoord op de vraag welke foto's er
precies zijn opgeslagen en of die ergens anders naartoe gestuurd zijn dan naar de kiosk zelf.

Met vriendelijke groeten,
Liesbeth Peeters
Ganzendries 41, 2800 Mechelen""",
         "Liesbeth Peeters"),
        ("correction", (),
         "Fout in mijn naam",
         """Dag,

Mijn naam staat al jaren verkeerd in jullie systeem: "Van den Broek" terwijl het
"Vandenbroeck" is, aan elkaar en met ck. Nu ik een fotoboek heb laten afhalen in de winkel
moest ik aan de balie uitleggen dat ik het wel degelijk ben, want de afhaalbon kwam niet
overeen met mijn identiteitskaart.

Kunnen jullie dat aanpassen in mijn klantenaccount en op mijn klantenkaart (nr 6012 4477 09)?

Bedankt!
Koen Vandenbroeck""",
         "Koen Vandenbroeck"),
        ("portability", (),
         "Overzetten van mijn fotoprojecten",
         """Beste,

Ik stap over naar een andere fotodienst (FotoFabriek in Hasselt) en ik zou graag al mijn
projecten meenemen: 3 fotoboeken, 2 kalenders en de foto's die ik daarvoor heb opgeladen.

Ik heb gelezen dat ik het recht heb om mijn gegevens in een gangbaar formaat te krijgen of
rechtstreeks te laten doorsturen. Als het kan, stuur het dan meteen naar hen door
(klantendienst@fotofabriek.example.be), anders mag het ook via een downloadlink naar mij.

Mvg,
Sanne Wouters""",
         "Sanne Wouters"),
        ("restriction", (),
         "pasfoto's",
         """Hallo,

Op 4 juni heeft een medewerker van jullie winkel in Brugge pasfoto's van mij genomen voor
mijn nieuwe identiteitskaart. Ik heb achteraf gehoord dat die foto's ook digitaal bij
jullie bewaard worden en gebruikt worden "om het personeel op te leiden". Daar ben ik
het niet mee eens en ik heb daar klacht over ingediend bij jullie winkelverantwoordelijke.

Zolang dat niet uitgeklaard is wil ik niet dat jullie iets met die foto's doen. Gooi ze
ook nog niet weg, want ik wil kunnen aantonen wat er met mijn foto gebeurd is. Gewoon
vastzetten en niet gebruiken aub.

Groeten,
Jens De Smet""",
         "Jens De Smet"),
        ("objection", (),
         "Mijn reviewfoto in jullie reclame",
         """Goedemiddag,

In januari heb ik een review geschreven over de canvas die ik bij jullie liet drukken, met
een foto van de canvas boven onze zetel. Nu zie ik diezelfde foto in een advertentie van
jullie op Instagram, met onze woonkamer en ons trouwportret er prominent op.

Ik wil niet dat mijn foto gebruikt wordt in jullie reclame of op sociale media. De review
zelf mag blijven staan op de productpagina, maar gebruik hem niet meer voor marketing.

Vriendelijke groet,
Evelien Claes""",
         "Evelien Claes"),
        ("withdraw_consent", (),
         "Re: Weet je nog? Jouw herinneringen van vorig jaar",
         """Ik wil deze mails niet meer krijgen. Schrijf mij uit voor alles wat met
"herinneringen" en fotoaanbiedingen te maken heeft, ook de nieuwsbrief.
Mijn vader is vorig jaar overleden en ik krijg nu om de paar weken foto's van hem
in mijn mailbox. Dank u.

Hilde Maes

> Hallo Hilde,
> Een jaar geleden maakte je deze mooie foto's! Maak er een fotoboek van met 25% korting.
> Code: HERINNER25
> Je ontvangt deze e-mail omdat je je hebt ingeschreven voor onze inspiratiemails.""",
         "Hilde Maes"),
        ("complaint", ("access",),
         "Fotoboek van mijn kinderen naar een vreemde gestuurd!!!",
         """Ik ben echt razend.

Ik heb een fotoboek besteld (bestelling 4418-2093) met foto's van mijn twee dochters, van
babytijd tot nu, met hun namen, geboortedata en zelfs de naam van hun school in de
tekstjes. Het boek is NIET bij mij geleverd maar bij een mevrouw in Sint-Niklaas die ik
niet ken. Zij heeft het gelukkig teruggebracht naar de winkel, maar ze heeft het dus
gewoon kunnen doorbladeren.

Jullie klantendienst zegt "een fout bij het etiket, sorry". Dat is voor mij niet genoeg.
Dit zijn gegevens van kinderen. Ik vind dat jullie hier ongelooflijk slordig mee omgaan
en ik heb vandaag een klacht ingediend bij de Gegevensbeschermingsautoriteit.

Ik wil ook weten hoe het kan dat mijn bestelling aan haar adres gekoppeld werd en of er
nog andere mensen mijn gegevens of die van mijn kinderen gekregen hebben.

Nathalie Goossens
Temse""",
         "Nathalie Goossens"),
        ("other", (),
         "Canvas nog altijd niet geleverd",
         """Dag,

Op 2 mei heb ik een canvas 60x90 besteld (bestelnummer CV-301775), levering beloofd
"binnen 5 werkdagen". Het is nu drie weken later en de tracking staat al tien dagen op
"in productie bij onze drukpartner". Het is een cadeau voor het pensioen van mijn moeder
volgende zaterdag.

Kan iemand eens kijken waar dat ding blijft? Anders wil ik mijn geld terug.

Groetjes,
Wim Jacobs""",
         "Wim Jacobs"),
        ("other", (),
         "Vraagje over trouwkaarten",
         """Hallo,

We gaan in september trouwen en willen bij jullie de uitnodigingen laten drukken met op
elke kaart de naam van de gast ("Lieve tante Rita, ..."). Mag dat eigenlijk wel qua
privacy, zo'n lijst met namen en adressen aan jullie doorgeven? Of moeten we daar eerst
toestemming voor vragen aan iedereen? Een vriendin zei dat dat sinds de GDPR niet meer mag.

Alvast bedankt voor de uitleg!
Lotte & Bram""",
         "Lotte Verhoeven"),
        ("other", (),
         "",
         """is de fotokiosk in de winkel in Leuven (Diestsestraat) ook open op zondag? en kan ik
daar ook pasfoto's voor een rijbewijs laten maken of moet dat bij de fotograaf

mvg
Dirk""",
         "Dirk Hermans"),
    ],
    "fr": [
        ("access", (),
         "Qui a vu mes photos au labo ?",
         """Bonjour,

J'ai commandé le mois dernier un livre photo de notre voyage de noces (commande
LP-883012). Le livre est arrivé avec un petit mot "Votre commande a été vérifiée
manuellement par notre laboratoire". Certaines photos étaient assez personnelles
(plage, maillot...).

Je voudrais savoir qui exactement a eu accès à mes photos : un employé chez vous, le
partenaire d'impression, quelqu'un d'autre ? Dans quel pays ? Et pourquoi un contrôle
manuel a été fait ? Je souhaite aussi savoir combien de temps vous gardez ces fichiers.

Merci d'avance pour votre réponse.

Camille Lejeune
Rue des Déportés 18, 4000 Liège""",
         "Camille Lejeune"),
        ("deletion", (),
         "Mes créations enregistrées",
         """Bonjour,

Il y a deux ans j'avais fait graver une montre avec mon prénom et celui de mon ex
("Julien & Manon – pour toujours", oui je sais...). Aujourd'hui dans mon compte, rubrique
"Mes créations", il y a toujours ce modèle, plus un mug et une carte de Saint-Valentin
avec nos photos.

Pouvez-vous supprimer définitivement toutes ces créations et les photos qui vont avec ?
Je ne veux pas juste les masquer, je veux qu'il n'en reste rien chez vous. Le reste du
compte je le garde.

Merci,
Julien Dumont""",
         "Julien Dumont"),
        ("portability", ("access",),
         "Demande – art. 20 RGPD",
         """Madame, Monsieur,

Conformément à l'article 20 du Règlement général sur la protection des données, je vous
prie de me transmettre, dans un format structuré, couramment utilisé et lisible par
machine, l'ensemble des données que j'ai fournies à votre service photo : fichiers
téléversés (dans leur résolution d'origine), projets de calendriers et de livres photo,
textes et légendes, ainsi que l'historique de mes commandes photo.

Je souhaite également savoir, au titre de l'article 15, si ces données ont été
communiquées à des sous-traitants situés hors de l'Union européenne.

Je vous remercie de me faire parvenir ces éléments dans le délai d'un mois prévu par le
Règlement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Collignon
Avenue de la Couronne 96
1050 Ixelles""",
         "Bernard Collignon"),
        ("restriction", (),
         "Commande de toile contestée",
         """Bonjour,

Ma banque a contesté un paiement de 89,90 € chez vous pour une toile que je n'ai jamais
commandée. Quelqu'un s'est connecté à mon compte et a téléversé des photos que je ne
connais pas. L'enquête est en cours chez ma banque et chez vous.

En attendant, je ne veux pas que vous effaciez ces photos ni l'historique de connexion,
ça pourrait servir de preuve. Mais je ne veux pas non plus qu'elles soient imprimées ou
utilisées de quelque manière que ce soit. Merci de bloquer tout ça jusqu'à la fin de
l'enquête.

Cordialement,
Sophie Marchal""",
         "Sophie Marchal"),
        ("objection", (),
         "Ma tasse dans votre galerie d'idées ???",
         """Bonsoir,

Je viens de tomber sur ma propre création dans votre "Galerie d'idées" sur le site : la
tasse avec la photo de mon fils et "Super Papi 2023" que j'avais faite pour mon père.
On reconnaît parfaitement le visage de mon fils. Personne ne m'a demandé mon avis !

Retirez-la de la galerie et n'utilisez plus mes créations pour faire de la pub ou de
l'inspiration pour les autres clients. Merci.

Isabelle Renard""",
         "Isabelle Renard"),
        ("withdraw_consent", (),
         "",
         """Appel de Mme Lambert (carte fidélité 5530 2281) : ne souhaite plus recevoir de SMS
ni d'e-mails promotionnels pour le service photo. Merci de la désinscrire.
— Accueil magasin Namur""",
         "Accueil Namur"),
        ("complaint", ("deletion",),
         "2e relance - suppression de mes photos - aucune réponse",
         """Bonjour,

Le 3 avril j'ai demandé par e-mail à cette adresse la suppression de toutes les photos que
j'ai téléversées sur votre site (environ 600 photos de famille). J'ai reçu un accusé de
réception automatique et depuis, RIEN. J'ai relancé le 10 mai. Toujours rien.

Aujourd'hui nous sommes le 14 juin, le délai d'un mois est largement dépassé et mes
photos sont toujours visibles dans mon compte. C'est inadmissible.

Je vous demande pour la dernière fois de les supprimer. Sans réponse de votre part
d'ici 8 jours, je dépose plainte auprès de l'Autorité de protection des données.

Frédéric Hubert
Chaussée de Bruxelles 210, 6040 Jumet""",
         "Frédéric Hubert"),
        ("other", (),
         "Livre photo beaucoup trop sombre",
         """Bonjour,

Je viens de recevoir mon livre photo (commande LP-902215) et toutes les photos prises en
intérieur sont beaucoup trop sombres, on ne voit presque pas les visages. Sur l'écran
et dans l'aperçu que vous m'avez envoyé par e-mail, elles étaient parfaites.

Est-il possible de le réimprimer ? Je peux vous envoyer des photos des pages pour comparer.

Bien à vous,
Nadia Benali""",
         "Nadia Benali"),
        ("other", (),
         "Proposition de partenariat – impression grand format",
         """Madame, Monsieur,

Je me permets de vous contacter au nom de ImprimLux SPRL, atelier d'impression basé à
Arlon et spécialisé dans les tirages fine art et les toiles grand format.

Nous avons constaté que votre service photo fait appel à un partenaire d'impression à
l'étranger. Nous serions heureux de vous proposer une solution locale, avec des délais
de 48 h et une traçabilité complète des fichiers (serveurs en Belgique, conformité RGPD).

Seriez-vous disponible pour un échange de 20 minutes dans les prochaines semaines ?
Pourriez-vous éventuellement transmettre ce message au responsable des achats ?

Cordialement,
Thomas Gérard
Directeur commercial, ImprimLux SPRL""",
         "Thomas Gérard"),
        ("other", (),
         "photos d'identité",
         """bonjour est ce que les photos d'identité faites dans votre magasin de Charleroi
sont acceptées par la commune pour la nouvelle carte eID ? la dernière fois on me les a
refusées à cause du fond. merci""",
         "Kevin Lemaire"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO – Fotoservice",
         """Sehr geehrte Damen und Herren,

hiermit ersuche ich Sie gemäß Art. 15 DSGVO um Auskunft über die zu meiner Person
gespeicherten Daten, insbesondere im Zusammenhang mit Ihrem Fotoservice.

Bitte teilen Sie mir mit:
1. welche Bilddateien, Projekte (Fotobücher, Kalender, Leinwände) und Metadaten
   (z. B. GPS-Daten, Aufnahmedatum) Sie von mir gespeichert haben,
2. an welche Empfänger, insbesondere Druckdienstleister im In- und Ausland, diese Daten
   übermittelt wurden,
3. für welche Dauer die hochgeladenen Fotos gespeichert werden bzw. nach welchen Kriterien
   diese Dauer festgelegt wird,
4. ob die Bilder automatisiert ausgewertet werden (etwa durch die Funktion
   „Fotos automatisch verbessern").

Bitte stellen Sie mir zudem eine Kopie der Daten zur Verfügung.

Mit freundlichen Grüßen
Dr. Markus Hoffmann
Aachener Straße 57
52068 Aachen""",
         "Markus Hoffmann"),
        ("correction", (),
         "Geburtsdatum falsch",
         """Hallo,

in meinem Kundenkonto steht als Geburtsdatum der 03.11.1985, richtig ist aber der
11.03.1985. Deshalb bekomme ich den Geburtstagsgutschein für Fotokalender immer im
November, was ja nicht so schlimm ist, aber bitte trotzdem korrigieren. Wahrscheinlich
ist beim Ausfüllen der Kundenkarte Tag und Monat vertauscht worden.

Danke und Gruß
Sabine Kreutz
Eupen""",
         "Sabine Kreutz"),
        ("portability", (),
         "Re: Ihre Anfrage Nr. 77120",
         """Hallo,

nein, ein PDF von jedem Fotobuch hilft mir nicht weiter. Ich möchte meine Projekte zu
einem anderen Anbieter mitnehmen und brauche dafür die Originaldateien in voller
Auflösung und die Seitenaufteilung in einem maschinenlesbaren Format. Das steht mir nach
Art. 20 DSGVO zu. Wenn Sie die Daten direkt an den neuen Anbieter übermitteln können,
umso besser, die Adresse schicke ich Ihnen dann.

Gruß
Jonas Albrecht

> Sehr geehrter Herr Albrecht,
> vielen Dank für Ihre Nachricht. Gerne können wir Ihnen Ihre Fotobücher als PDF-Datei
> zum Download bereitstellen. Bitte bestätigen Sie uns kurz, ob dies für Sie in Ordnung ist.
> Freundliche Grüße, Ihr Kundenservice""",
         "Jonas Albrecht"),
        ("restriction", ("access",),
         "Bestellungen die ich nicht gemacht habe",
         """Guten Tag,

in meinem Konto tauchen zwei Fotokalender-Bestellungen auf, die ich nicht aufgegeben habe,
mit Fotos von Leuten, die ich nicht kenne. Entweder wurde mein Konto gehackt oder da ist
bei Ihnen was mit den Daten durcheinandergeraten.

Solange das nicht geklärt ist, möchte ich, dass mein Konto gesperrt und nichts davon
weiterverarbeitet oder gedruckt wird. Bitte aber nichts löschen, ich habe schon Anzeige
bei der Polizei erstattet und die wollen vielleicht die Daten sehen.

Außerdem möchte ich wissen, von welchen IP-Adressen bzw. Geräten in den letzten drei
Monaten auf mein Konto zugegriffen wurde.

Mit freundlichen Grüßen
Petra Schulte""",
         "Petra Schulte"),
        ("objection", (),
         "Gesichtserkennung / Erinnerungen",
         """Hallo zusammen,

Ihre App hat mir heute eine Mitteilung geschickt: „Wir haben 8 Gesichter in deinen Fotos
erkannt – erstelle jetzt ein Fotobuch für Oma!". Ich widerspreche hiermit der
Auswertung meiner Fotos zu Gesichtserkennung und für personalisierte Vorschläge.
Die Fotos sollen ausschließlich für meine Druckaufträge verwendet werden, sonst für nichts.

Danke,
Tobias Neumann""",
         "Tobias Neumann"),
        ("withdraw_consent", (),
         "Abmelden",
         """Guten Tag, bitte melden Sie mich vom Newsletter „Fotoideen" und von den WhatsApp-
Nachrichten ab. Meine Einwilligung dazu ziehe ich zurück.
Die Auftragsbestätigungen und Korrekturabzüge per E-Mail möchte ich aber weiterhin bekommen.

M. Lindner""",
         "Monika Lindner"),
        ("complaint", ("objection",),
         "Mein Entwurf in Ihrer Ideengalerie – zum dritten Mal",
         """Sehr geehrte Damen und Herren,

am 12. Februar habe ich Ihnen geschrieben, dass mein personalisiertes T-Shirt-Design (Foto
meiner Tochter mit dem Schriftzug „Lea wird 5!") ohne meine Zustimmung in Ihrer
„Ideengalerie" gezeigt wird. Am 4. März habe ich nachgehakt. Bis heute habe ich weder
eine Antwort erhalten noch ist das Bild verschwunden – im Gegenteil, jetzt steht es
sogar auf der Startseite der Kategorie „Kindergeburtstag".

Ich finde es unglaublich, wie Sie mit Fotos von Kindern umgehen. Ich habe heute
Beschwerde bei der Landesbeauftragten für Datenschutz und Informationsfreiheit
Nordrhein-Westfalen eingereicht und werde auch die belgische Datenschutzbehörde
informieren.

Und nochmal ganz deutlich: Entfernen Sie das Bild und verwenden Sie meine Entwürfe nicht
mehr für Ihre Galerie oder Werbung.

Claudia Becker
Köln""",
         "Claudia Becker"),
        ("other", (),
         "RAW-Dateien drucken?",
         """Hallo,

kann man bei Ihnen eigentlich direkt RAW-Dateien (Sony .ARW) hochladen, oder nur JPG/PNG?
Und wandelt Ihr System die Farben in sRGB um oder sollte ich das selbst vorher machen?
Ich möchte ein paar Landschaftsaufnahmen als Fine-Art-Druck bestellen.

Viele Grüße
Florian Wagner""",
         "Florian Wagner"),
        ("other", (),
         "Leinwand immer noch nicht da",
         """Sehr geehrtes Team,

meine Leinwand (Auftrag CV-412986) sollte laut Bestätigung am 18. geliefert werden, jetzt
ist schon der 29. und der Status steht seit einer Woche auf „beim Druckpartner". Eine
Antwort vom Kundenservice habe ich auch nicht bekommen, deshalb schreibe ich jetzt an
diese Adresse.

Bitte teilen Sie mir mit, wann ich mit der Lieferung rechnen kann, sonst storniere ich.

Freundliche Grüße
Heinz Müller""",
         "Heinz Müller"),
        ("other", (),
         "Automatische Bildverbesserung abschalten",
         """Guten Tag,

bei meinem letzten Fotobuch hat Ihre „KI-Optimierung" alle Gesichter so weichgezeichnet,
dass meine Schwiegermutter aussieht wie eine Wachsfigur. Die Originale sind völlig in
Ordnung. Wo kann ich diese Funktion im Editor ausschalten? Ich finde die Einstellung nicht.

Und gibt es eine Möglichkeit, das Buch ohne Optimierung noch einmal zu drucken, ohne
dass ich alles neu gestalten muss?

Mit freundlichen Grüßen
Renate Schröder""",
         "Renate Schröder"),
    ],
    "es": [
        ("access", (),
         "pregunta",
         """Hola, qué datos tenéis míos?? Me acaba de salir en la app una sección de
"Recuerdos" con fotos mías de hace 3 años que ni me acordaba que había subido. Quiero
saber todo lo que guardáis, fotos incluidas, y desde cuándo.

Lucía""",
         "Lucía Fernández"),
        ("correction", (),
         "Cambio de correo electrónico",
         """Buenos días:

Las pruebas de impresión de mis pedidos (por ejemplo la del calendario CA-66102) me siguen
llegando a mi antiguo correo del trabajo, jmartin@constructora-example.es, al que ya no
tengo acceso desde que cambié de empresa. Es decir, las ve mi antiguo jefe, con fotos de
mi familia incluidas.

Por favor, cambiad el correo de mi cuenta por este, javier.martin.r@example.com, y
aseguraos de que ya no se usa el antiguo para nada.

Un saludo,
Javier Martín Ruiz""",
         "Javier Martín Ruiz"),
        ("deletion", ("access",),
         "Fotos de pasaporte",
         """Hola,

El mes pasado me hice las fotos para el pasaporte en vuestra tienda de Bruselas
(Rue Neuve). La chica me dijo que "las dejaba guardadas en el sistema por si necesitaba
más copias". No quiero que mi foto de carné se quede guardada en ningún sitio.

Os pido que la borréis, junto con cualquier dato que asociarais a ella (nombre, teléfono...).
Y ya que estamos, decidme si se guardó solo en la tienda o también en algún servidor vuestro.

Gracias,
Marta Gil Navarro""",
         "Marta Gil Navarro"),
        ("restriction", (),
         "NO borrar mis fotos por favor",
         """Buenas tardes,

Os escribo porque he visto que mi cuenta se va a cerrar por inactividad y con ella se
borran los proyectos. Tengo ahí subidas las fotos originales de la boda de mi hermana
que hizo un fotógrafo con el que estamos en juicio porque luego nos entregó otras de
peor calidad. Esas fotos de vuestro servidor, con la fecha de subida, son nuestra prueba.

Por favor no las borréis ni cerréis la cuenta, pero tampoco quiero que se usen para nada
más ni se envíen a nadie. Solo que se queden guardadas hasta que termine el juicio
(mi abogado calcula unos meses).

Muchas gracias,
Carmen Ortega""",
         "Carmen Ortega"),
        ("objection", (),
         "Envío de mis fotos a imprenta fuera de la UE",
         """Hola,

Leyendo vuestra política de privacidad veo que los fotolibros se pueden imprimir "en
centros de producción de nuestros socios, incluidos algunos fuera del Espacio Económico
Europeo". No me parece bien que mis fotos familiares viajen por medio mundo.

Me opongo a que mis fotos se envíen a esos socios de fuera de la UE. Si no se pueden
imprimir en Europa prefiero que me lo digáis y ya decido yo si hago el pedido o no.

Saludos,
Alberto Sanz
Valencia""",
         "Alberto Sanz"),
        ("withdraw_consent", (),
         "Re: ¡Tu taza personalizada te espera! 🎁",
         """Dadme de baja de estos correos y de los SMS, por favor. Ya compré la taza, no
necesito que me lo recordéis cada semana.

> ¡Hola Pilar!
> Dejaste una taza personalizada en tu carrito. Termina tu diseño y llévate un 15% de
> descuento con el código TAZA15.
> ¿No quieres recibir más correos? Gestiona tus preferencias aquí.""",
         "Pilar Domínguez"),
        ("complaint", ("deletion",),
         "Mi reseña con foto publicada con mi nombre completo",
         """Estimados señores:

En febrero dejé una reseña del lienzo que compré con una foto de mi salón. Al publicarla,
ustedes mostraron mi nombre y apellidos completos y la ciudad, y en la foto se ve el
número de mi portal reflejado en el espejo. Les escribí el 2 de marzo pidiendo que la
quitaran y me contestaron que "lo pasaban al departamento correspondiente". Tres meses
después sigue ahí.

Me parece una falta de respeto total. Voy a presentar una reclamación ante la Agencia
Española de Protección de Datos y, si hace falta, ante la autoridad belga.

Exijo que eliminen la reseña y la foto inmediatamente.

Atentamente,
Rosa María Herrero Vidal""",
         "Rosa María Herrero Vidal"),
        ("other", (),
         "Calendario no llega para Navidad",
         """Hola, pedí un calendario con fotos de los nietos el 5 de diciembre (pedido CA-70331) y
todavía no ha llegado. Era para regalar en Nochebuena. ¿Podéis decirme algo? En el
seguimiento pone "en producción" desde hace una semana. Gracias

Manuel""",
         "Manuel Reyes"),
        ("other", (),
         "Colores del lienzo",
         """Buenos días:

He recibido el lienzo de 50x70 y los colores no tienen nada que ver con la foto: el cielo
ha salido casi morado y la piel de todos muy rojiza. Sé que en pantalla se ve distinto,
pero esto es demasiado. ¿Es posible que lo revisen y lo vuelvan a imprimir? Adjunto una
foto del lienzo al lado del monitor.

Un saludo,
Elena Castro""",
         "Elena Castro"),
        ("other", (),
         "¿Es seguro compartir el enlace del diseño?",
         """Hola,

Quiero enseñar a mi familia el diseño del álbum de la comunión de mi hija antes de
pedirlo, con el botón "Compartir enlace". Una pregunta general: ¿cualquiera que tenga el
enlace puede verlo, o solo la gente a la que se lo mando? ¿Y caduca en algún momento?
Es que salen fotos de otros niños del colegio y no quiero liarla.

Gracias de antemano,
Raquel Moreno""",
         "Raquel Moreno"),
    ],
    "it": [
        ("access", (),
         "Miglioramento foto con intelligenza artificiale",
         """Buongiorno,

ho usato la funzione "Migliora con IA" per il fotolibro del battesimo di mio nipote.
Vorrei sapere che cosa fa esattamente questa funzione con le mie foto: analizza i volti?
Crea dei dati biometrici? Le foto vengono mandate a un'altra azienda per l'elaborazione,
e se sì quale e in che paese? Per quanto tempo conservate le foto elaborate?

Vi chiedo anche di inviarmi una copia dei dati che avete su di me.

Cordiali saluti,
Giovanna Russo""",
         "Giovanna Russo"),
        ("correction", (),
         "cognome sbagliato",
         """Salve, nel mio account e sulla tessera fedeltà il cognome è scritto "Esposto" invece
di "Esposito". Me ne sono accorta perché me lo hanno stampato così anche sull'etichetta
del pacco del calendario. Potete correggere? Grazie

Anna Esposito""",
         "Anna Esposito"),
        ("deletion", ("withdraw_consent",),
         "Foto del matrimonio nello strumento di design",
         """Gentili signori,

lo scorso anno ho preparato con il vostro strumento online le partecipazioni e l'album del
mio matrimonio. Purtroppo il matrimonio è finito e non voglio più vedere né tenere da voi
quelle immagini: nella sezione "I miei progetti" ci sono ancora l'album, le partecipazioni
con i nomi degli invitati e circa 250 foto caricate.

Vi chiedo di cancellare tutto in modo definitivo, compresa la lista degli invitati.
Inoltre non voglio più ricevere la vostra newsletter né le offerte per "anniversari".

Distinti saluti,
Francesca Ricci
Via Roma 12, Genk""",
         "Francesca Ricci"),
        ("portability", (),
         "",
         """Telefonata del sig. Bianchi, cliente app (tel. 0471 22 83 19): chiede di ricevere
tutte le foto caricate e i suoi progetti fotolibro in un file da scaricare per portarli
su un altro servizio. Richiamarlo o rispondere via mail.""",
         "Servizio Clienti Liegi"),
        ("objection", (),
         "Pubblicità di prodotti per neonati",
         """Buonasera,

da quando ho caricato sul vostro sito le foto di mia figlia appena nata per fare un
calendario, ricevo solo suggerimenti e pubblicità di pannolini, passeggini e tutine, sia
nell'app che nelle email. Evidentemente analizzate il contenuto delle foto per profilarmi.

Non sono d'accordo: le foto le ho caricate per stamparle, non perché mi proponiate
prodotti. Vi chiedo di smettere di usare le mie foto per questo tipo di profilazione.

Saluti,
Chiara Colombo""",
         "Chiara Colombo"),
        ("withdraw_consent", (),
         "Disiscrizione",
         """Buongiorno, revoco il consenso a ricevere comunicazioni commerciali (email e SMS)
relative al servizio di stampa foto e ai prodotti personalizzati. Grazie.

Luca Marino""",
         "Luca Marino"),
        ("complaint", ("access",),
         "Sollecito: richiesta del 18 marzo senza risposta",
         """Gentile responsabile della protezione dei dati,

il 18 marzo vi ho scritto per sapere chi, presso il vostro laboratorio o il vostro partner
di stampa, ha avuto accesso alle foto che avevo caricato per una tela (ordine TL-55028),
dato che la tela mi è arrivata insieme alla stampa di un'altra cliente e, immagino, la mia
sarà finita a qualcun altro.

Sono passati più di due mesi e non ho ricevuto nessuna risposta, nemmeno un riscontro.
Trovo questo comportamento inaccettabile. Se entro quindici giorni non ricevo una risposta
completa, presenterò reclamo al Garante per la protezione dei dati personali e
all'autorità belga.

Rinnovo quindi la mia richiesta: chi ha visto le mie foto e a chi è stata spedita la mia tela?

Paolo Greco
Via Garibaldi 88, 20121 Milano""",
         "Paolo Greco"),
        ("other", (),
         "Tazza con foto sfocata",
         """Ciao, ho ordinato una tazza con la foto dei miei due cani (ordine MU-118240) ma la foto
è venuta tutta sgranata, mentre l'originale era perfetta. Potete ristamparla o rimborsarmi?
Grazie mille

Sara""",
         "Sara Conti"),
        ("other", (),
         "Proposta di collaborazione – fotografa di matrimoni",
         """Buongiorno,

sono una fotografa di matrimoni con studio a Bruxelles e clientela soprattutto italiana.
Molti miei clienti ordinano già album da voi. Mi chiedevo se avete un programma per
professionisti: sconti, caricamento diretto delle gallerie per conto degli sposi, magari
con un loro consenso scritto che raccolgo io.

Mi piacerebbe parlarne con la persona giusta, potete girare la mail?

Grazie e buona giornata,
Valentina De Luca
VDL Fotografia""",
         "Valentina De Luca"),
        ("other", (),
         "Grazie!",
         """Volevo solo ringraziarvi: avevo scritto qualche settimana fa chiedendo di cancellare
le foto del mio vecchio profilo e mi avete risposto in due giorni, tutto fatto.
Finalmente un servizio clienti che funziona. Buon lavoro!

Roberto Ferri""",
         "Roberto Ferri"),
    ],
    "pt": [
        ("access", (),
         "Quanto tempo guardam as minhas fotos?",
         """Boa tarde,

Fiz há uns meses um álbum de fotografias no vosso site e as fotos que carreguei ainda lá
estão. Gostaria de saber quanto tempo as guardam, onde ficam guardadas e se foram
partilhadas com mais alguém (por exemplo, a gráfica que imprime). Se possível enviem-me
também uma lista do que têm sobre mim.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),
        ("correction", (),
         "Nome errado no cartão cliente",
         """Bom dia,

O meu nome no cartão de cliente e na conta online está "Joao Perreira", quando o correto é
"João Pereira" (com til e só um r). Como as encomendas de fotografias são levantadas em
loja com o nome, já tive problemas duas vezes. Podem corrigir, por favor?

Cumprimentos,
João Pereira
Rue de Hollerich 30, Luxemburgo""",
         "João Pereira"),
        ("deletion", ("withdraw_consent",),
         "Apagar conta",
         """Olá, quero apagar a minha conta e tudo o que lá está: os fotolivros, as fotos que
carreguei, os desenhos das t-shirts do clube, tudo. Também não quero receber mais
newsletters nem mensagens. Obrigado

Rui Sousa""",
         "Rui Sousa"),
        ("portability", (),
         "Pedido de portabilidade dos meus projetos",
         """Exmos. Senhores,

Ao abrigo do artigo 20.º do RGPD, solicito que me seja enviada uma cópia, em formato
estruturado, de uso corrente e de leitura automática, de todos os dados que vos forneci
através do serviço de fotografia: as imagens originais carregadas, os projetos de
calendários e fotolivros (incluindo textos e disposição das páginas) e o histórico das
encomendas.

Caso seja tecnicamente possível, peço que esses dados sejam transmitidos diretamente
à empresa FotoMemória, Lda., para onde pretendo transferir os meus projetos.

Com os melhores cumprimentos,
Ana Rita Ferreira
Rua das Flores 57, 4050-265 Porto""",
         "Ana Rita Ferreira"),
        ("restriction", ("access",),
         "Não apaguem as provas do quadro em tela",
         """Boa tarde,

Recebi um quadro em tela com a foto do meu pai que não corresponde à prova que me
enviaram por e-mail (cortaram metade da cara dele). A loja diz que fui eu que aprovei
essa versão, eu digo que não. Enquanto isto não estiver resolvido, não quero que apaguem
a prova, a foto original nem o registo de aprovação, mas também não as usem para mais
nada.

Queria também receber o registo de quando e de onde essa prova foi "aprovada" na minha conta.

Obrigada,
Fernanda Lopes""",
         "Fernanda Lopes"),
        ("withdraw_consent", (),
         "",
         """Chamada da Sra. Marques (cliente loja Anderlecht): não quer receber mais SMS nem
chamadas com promoções de impressão de fotos. Retirar o número da lista de marketing.""",
         "Loja Anderlecht"),
        ("complaint", (),
         "Funcionário comentou as minhas fotos",
         """Boa noite,

Hoje fui levantar à vossa loja de Saint-Gilles as fotografias que mandei imprimir do
aniversário da minha filha. O funcionário do balcão começou a comentar as fotos em voz
alta ("ah, esta é a festa na piscina, não é?") à frente de outros clientes, e percebi
que tinha estado a ver as fotos uma a uma. Ainda por cima disse o nome da minha filha.

Acho isto uma falta de respeito e uma violação da nossa privacidade. Quero que fique
registado que apresento uma reclamação formal e informo que vou também contactar a
Autoridade de Proteção de Dados belga e a CNPD.

Patrícia Almeida""",
         "Patrícia Almeida"),
        ("other", (),
         "Fotolivro chegou danificado",
         """Olá, o fotolivro que encomendei (n.º PB-239915) chegou com a capa toda dobrada e duas
páginas descoladas. A caixa também vinha rasgada. Podem enviar outro? Junto fotos.

Obrigado,
Tiago Martins""",
         "Tiago Martins"),
        ("other", (),
         "Fotos tipo passe",
         """Bom dia, fazem fotos tipo passe no formato para o Cartão de Cidadão português? Vou
renovar no consulado em Bruxelas e não sei se o formato belga serve. Obrigada

Sandra""",
         "Sandra Ribeiro"),
        ("other", (),
         "Obrigado pela gravação",
         """Boa tarde,

Só queria agradecer: o relógio que mandei gravar com o nome da minha mulher e a data do
nosso casamento ficou perfeito, e chegou a tempo do aniversário. Ela adorou.

Aproveito para perguntar se também fazem gravação em pulseiras de couro.

Abraço,
Miguel Costa""",
         "Miguel Costa"),
    ],
}

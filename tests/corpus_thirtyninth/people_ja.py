"""Thirty-ninth set, everyday mail about children, health and other sensitive data (en nl fr de es it pt). Written apart from the rules (see make_thirtyninth.py)."""

PEOPLE_JA = {
    "en": [
        ("access", ("deletion", "withdraw_consent"),
         "My daughter (14) has an account with you - what do you hold on her?",
         """Hello,

I found out this weekend that my daughter Chloe, who is 14, set up an account on your app back in the summer, with her own e-mail address. Neither her dad nor I knew about it. She's been getting your promo e-mails and push messages ever since, and from what I can see she also filled in her date of birth and her clothing sizes.

Before anything else I'd like to know exactly what you have on her: what she gave you, what you've worked out from what she looked at or bought, and whether any of it went to anyone outside your company.

Once I have that, please close the account and delete her details. In the meantime, stop sending her marketing - today if possible.

I'm her mother and can send proof of that if you need it.

Regards,
Helen Bradley""",
         "Helen Bradley"),
        ("deletion", (),
         "allergy info in recipe app",
         """Hi,

A while ago I filled in the "my kitchen" bit of your recipe app - coeliac, lactose intolerant, no shellfish. I've stopped using the app and I don't like the idea of that sitting on a server somewhere. Can you wipe it please? The rest of the account can stay, I still use the loyalty card.

Cheers,
Tom""",
         "Thomas Reid"),
        ("objection", (),
         "Please stop guessing whether I'm pregnant",
         """Dear privacy team,

Last week I bought a pregnancy test and some folic acid in your Leuven store, and scanned my loyalty card out of habit. Since then the app home page is full of nappies, prams and "your first trimester" articles, and yesterday a coupon for a baby-bottle steriliser arrived in the post.

I haven't told my family yet. My partner's mother opens our post.

I don't want you analysing my shopping to work out whether I'm pregnant, ill or anything of that sort. Please stop using my purchase history for that kind of profiling. I'm happy to keep the card for the points, just not this.

Sarah Collins""",
         "Sarah Collins"),
        ("complaint", ("deletion",),
         "Your baby is now 30 weeks",
         """I had a miscarriage in August. In September I wrote to your customer service and asked them to stop the "Baby on the way" e-mails, and I got a reply saying it was done.

This morning I opened my inbox to "Your baby is now 30 weeks - time to get the nursery ready!" with a picture of a cot.

I don't think I need to explain what that does to someone. Either somebody didn't do what they promised or your systems ignored it, and I want to know which.

And please remove everything about the pregnancy from my profile: the due date, the birth list, all of it. I don't want to be reminded again in January, when the baby would have been born.

Rebecca Hughes""",
         "Rebecca Hughes"),
        ("portability", (),
         "Export of my pharmacy orders (CSV?)",
         """Hello,

I'm type 1 diabetic and I order most of my supplies (test strips, pen needles, CGM sensors) through the pharmacy corner of your web shop. My diabetes nurse has asked me to keep track of how much I actually use, and the app we use for that can import a CSV or Excel file.

Could you give me my pharmacy-corner order history for the last two years as a file like that (date, product, quantity)? The PDF invoices don't work, I've tried copying from those.

Many thanks,
Daniel Okafor""",
         "Daniel Okafor"),
        ("restriction", (),
         "Kids Club account of my son - please put on hold",
         """Dear Sir or Madam,

My son Oliver (8) is a member of your Kids Club; the account was opened by his father and me together in 2023. We have since separated and the arrangements for the children are before the family court in Brussels, with a hearing on 9 December.

His father has told me he intends to change the account details, including the address, and to "get everything you have on Oliver". Before you act on anything from either of us, I'd ask you to freeze the account: no changes, nothing handed over, nothing deleted, and no use of Oliver's details for mailings, until it is clear who may make requests on his behalf. I will send you the court's decision as soon as I have it.

Please confirm you've put this in place.

Yours faithfully,
Claire Donovan""",
         "Claire Donovan"),
        ("withdraw_consent", (),
         "Kids Club birthday e-mails",
         """Hi, could you please stop the Kids Club birthday e-mails and texts for Noah? He's turning 9 and every year it's the same "pick a free gift in store" followed by a fight at the till.

Thanks,
Amy""",
         "Amy Fletcher"),
        ("other", (),
         "Nuts in the Oat & Honey bars?",
         """Hello,

My son has a severe peanut allergy and we usually buy your own-brand Oat & Honey bars for his school lunchbox. The new packaging says "may contain traces of nuts", which the old one didn't. Has the recipe or the factory changed, or is it just the label? The product data sheet on your website still shows the old text.

Thanks for checking,
Mark Jennings""",
         "Mark Jennings"),
        ("other", (),
         "Halloween party Ghent",
         """Hi there,

My daughter Ella is in the Kids Club and signed up for the Halloween party at the Ghent store. I accidentally deleted the confirmation e-mail and now neither of us can remember whether it's on the Saturday or the Sunday, or what time. Her account in the app just says "registered".

Could you let me know? She has been planning her costume for weeks.

Thanks!
Laura Price""",
         "Laura Price"),
        ("other", (),
         "Christmas fair raffle - request for a prize",
         """Dear Shop Example team,

I'm writing on behalf of the Parents' Association of Ashfield International Primary in Tervuren. On Saturday 28 November we're holding our Christmas fair, and all proceeds go to the school's learning support fund, which pays for a classroom assistant and sensory equipment for the children who need it.

Would you be willing to donate a prize for the raffle? A voucher or a toy hamper would be wonderful. We would of course thank you on our posters and in the newsletter to parents.

If this isn't the right address, I'd be grateful if you could pass it on.

Kind regards,
Fiona MacLeod
Parents' Association Secretary""",
         "Fiona MacLeod"),
    ],
    "nl": [
        ("deletion", (),
         "Kopie van mijn identiteitskaart",
         """Goeiedag,

Bij de levering van mijn bestelling (een doos wijn, bestelling 40218877) heeft de koerier mijn identiteitskaart gescand om mijn leeftijd te controleren. Geen probleem, dat begrijp ik.

Maar nu zie ik in mijn account onder "Mijn documenten" een volledige kopie van die identiteitskaart staan, voor- én achterkant, met mijn rijksregisternummer erop. Dat hebben jullie toch niet nodig om te weten dat ik ouder ben dan 18?

Gelieve die kopie te verwijderen, en ook bij de koeriersdienst als die ze bijhoudt.

Met vriendelijke groeten,
Koen Verstraeten""",
         "Koen Verstraeten"),
        ("correction", (),
         "Verkeerde geboortedatum, nu ben ik plots minderjarig",
         """Hallo,

Sinds ik vorige week mijn profiel heb aangepast, staat mijn geboortedatum op 14/02/2011 in plaats van 14/02/1981. Waarschijnlijk een tikfout van mij of iets met dat invulveld, maar het gevolg is dat ik geen wijn of bier meer kan bestellen ("artikel niet beschikbaar voor minderjarigen") en dat de app me nu schoolgerief en gezelschapsspelletjes aanraadt.

Ik zou het zelf aanpassen, maar het veld is grijs. Kunnen jullie het juiste jaar, 1981, invullen?

Bedankt,
Els Wouters""",
         "Els Wouters"),
        ("complaint", ("deletion",),
         "Foto van mijn zoon op jullie Facebookpagina",
         """Geachte,

Op jullie Facebookpagina staat sinds gisteren een album "Tekenwedstrijd Hasselt - de winnaars!". Op de derde foto staat mijn zoon Lars (7) met zijn tekening, en in de tekst eronder staan zijn voornaam, zijn leeftijd en zijn school.

Wij hebben nooit toestemming gegeven om foto's van hem te publiceren. Bij de inschrijving werd enkel een e-mailadres gevraagd om de winnaars te verwittigen. Ik vind het onaanvaardbaar dat jullie zomaar een foto van een kind met naam en school online zetten.

Ik verwacht dat de foto en de tekst vandaag nog verwijderd worden, ook op Instagram als ze daar staat, en dat jullie mij laten weten hoe dit heeft kunnen gebeuren.

Hilde Claes""",
         "Hilde Claes"),
        ("objection", (),
         "",
         """Hoi,

In juni heb ik een paar dingen uit jullie Pride-collectie gekocht. Sindsdien krijg ik in de app een rubriek "speciaal voor jou" vol regenboogartikelen, en vorige week stond er op mijn kasticket een bon voor het "Pride Weekend". Mijn ouders weten niet dat ik homo ben en mijn moeder gebruikt dezelfde tablet.

Ik wil niet dat jullie uit wat ik koop gaan afleiden op wie ik val. Stop daar alsjeblieft mee voor mijn account.

Jonas""",
         "Jonas Peeters"),
        ("access", (),
         "Welke gezondheidsgegevens hebben jullie over mij?",
         """Beste,

Ik heb in september via jullie app een voorschrift opgeladen voor steunkousen bij de parafarmacie, en ik koop daar ook regelmatig andere dingen (een bloeddrukmeter, glucosamine, incontinentiemateriaal voor mijn man).

Graag had ik een overzicht gekregen van welke gegevens over mijn gezondheid jullie bijhouden: het voorschrift zelf, mijn aankopen bij de parafarmacie, eventuele notities of "profielen" die jullie daaruit afleiden, hoe lang jullie dat allemaal bewaren en of iemand anders (een verzekeraar, het ziekenfonds, een apotheker) het te zien krijgt.

Met vriendelijke groeten,
Marleen Janssens""",
         "Marleen Janssens"),
        ("withdraw_consent", ("deletion",),
         "Kidsclub tweeling",
         """Dag,

Onze tweeling Mila en Finn zit al sinds hun derde bij jullie Kidsclub. Ze zijn nu 12 en vinden het "voor baby's", dus graag geen mails en kaartjes meer voor hun verjaardag of de knutselnamiddagen.

Hun namen en geboortedatums mogen dan ook weg uit mijn account, die hebben jullie niet meer nodig.

Groetjes,
Sofie Maes""",
         "Sofie Maes"),
        ("restriction", ("correction",),
         "Notitie in mijn klantenfiche - niet meer gebruiken aub",
         """Geachte heer, mevrouw,

Gisteren zei de chauffeur van jullie thuislevering dat hij "op de fiche" had gelezen dat ik dementerend ben en dat hij bij twijfel mijn dochter moet bellen. Dat klopt niet. Ik ben 78 en zit sinds mijn heupoperatie in een rolstoel, daarom staat er dat ze het pakket binnen moeten zetten. Maar ik ben helder van geest en beslis zelf over mijn bestellingen.

Ik wil dat jullie nakijken waar die notitie vandaan komt. Zolang dat niet uitgeklaard is, mag ze niet meer gebruikt worden: niet tonen aan de chauffeurs, niet doorgeven, mijn dochter niet bellen. Als blijkt dat het een vergissing is, moet het rechtgezet worden en mag er enkel staan dat ik in een rolstoel zit.

Met vriendelijke groet,
Jozef Vermeulen""",
         "Jozef Vermeulen"),
        ("other", (),
         "Leeftijd magnetische bouwset",
         """Goedemiddag,

Ik twijfel over de magnetische bouwset "MagnaBlocks 60 stuks" als sinterklaascadeau voor mijn petekindje van 3. Op de doos in de winkel staat 3+, maar op jullie website staat "vanaf 6 jaar, bevat kleine onderdelen". Wat klopt er? Ze steekt nog alles in haar mond.

Alvast bedankt,
Ingrid De Smet""",
         "Ingrid De Smet"),
        ("other", (),
         "Omruilen kinderschoenen",
         """Hallo,

Ik heb online winterlaarsjes besteld voor mijn zoon (bestelling 40231409), maat 28. Ze zijn te klein, zijn voet is blijkbaar alweer gegroeid. Kan ik ze in de winkel in Mechelen omruilen voor maat 29 of moet ik ze terugsturen? Het doosje heb ik nog, de laarsjes zijn niet buiten gedragen.

Mvg
Bart Goossens""",
         "Bart Goossens"),
        ("other", (),
         "Bedankt aan het personeel in Brugge",
         """Beste,

Zaterdag was ik met mijn twee kinderen in jullie winkel in Brugge toen mijn jongste (4) plots weg was. Binnen de twee minuten had een medewerkster van de kassa de deuren laten sluiten en hem teruggevonden bij het speelgoed, helemaal gelukkig met een brandweerauto.

Ik was zo in paniek dat ik zelfs niet naar haar naam gevraagd heb. Ze heeft wel mijn gegevens genoteerd voor het incidentenverslag, dus misschien weten jullie wie het was. Willen jullie haar van mij bedanken?

Een heel opgeluchte mama,
Nathalie Mertens""",
         "Nathalie Mertens"),
    ],
    "fr": [
        ("access", (),
         "Données de mon fils au club enfants",
         """Bonjour,

J'ai découvert que mon fils Hugo (6 ans) est inscrit à votre club enfants : il a reçu une carte d'anniversaire à son nom, à notre adresse. Ni mon mari ni moi ne l'avons inscrit ; je suppose que c'est sa grand-mère, qui fait souvent ses courses chez vous.

Pourriez-vous me dire quelles informations vous avez sur Hugo, qui vous les a données et quand, et si elles ont été communiquées à quelqu'un d'autre (partenaires, fabricants de jouets…) ?

Je suis sa mère et je peux vous envoyer une composition de ménage si nécessaire.

Bien à vous,
Aurélie Lambert""",
         "Aurélie Lambert"),
        ("complaint", ("access",),
         "Confirmation de ma commande envoyée à mon frère !",
         """Madame, Monsieur,

Ce matin mon frère m'a téléphoné pour me demander si tout allait bien : il venait de recevoir par e-mail la confirmation de ma commande à la parapharmacie. Poches de stomie, pâte protectrice, crème pour la peau. Avec mon nom et mon adresse.

Je ne vous ai jamais donné son adresse e-mail. J'ignore comment elle s'est retrouvée dans mon compte, peut-être parce qu'il m'a offert un bon d'achat l'an dernier. À part mon épouse, je n'avais parlé de mon opération à personne dans ma famille.

C'est inadmissible. Je veux savoir à qui d'autre vous avez envoyé des informations sur mes commandes, et depuis quand son adresse est liée à mon compte.

Philippe Dubois""",
         "Philippe Dubois"),
        ("deletion", (),
         "Ordonnance dans l'application",
         """Bonjour,

En octobre, j'ai chargé dans votre application une photo de mon ordonnance pour commander des bas de contention. La commande est bien arrivée, merci.

L'ordonnance est toujours visible dans mon compte, rubrique « Mes ordonnances ». Elle mentionne mon diagnostic et le nom de mon médecin, et je ne souhaite pas que vous la gardiez. Pouvez-vous l'effacer, de l'application et de vos serveurs ?

Merci d'avance,
Monique Leroy""",
         "Monique Leroy"),
        ("portability", ("deletion",),
         "Récupérer notre profil alimentaire",
         """Bonjour,

Depuis deux ans nous utilisons votre appli de recettes avec le profil « famille » : l'allergie aux arachides de notre fils, le régime sans gluten de notre fille, et environ 150 recettes adaptées que nous avons enregistrées.

Nous passons à une autre application de menus, qui permet d'importer un profil et des recettes en JSON ou en CSV. Pourriez-vous m'envoyer tout cela dans l'un de ces formats ? Une fois le fichier reçu, vous pouvez supprimer notre compte de l'appli.

Merci et bonne journée,
Julien Mercier""",
         "Julien Mercier"),
        ("objection", (),
         "Partage de mes achats avec une assurance ?",
         """Madame, Monsieur,

Une amie m'a montré un courrier d'une assurance santé qui lui proposait une « offre personnalisée » en citant votre programme de fidélité comme partenaire. En lisant votre politique de confidentialité, je vois en effet que vous pouvez partager certaines données avec des « partenaires sélectionnés » sur la base de votre intérêt légitime.

J'achète chez vous des produits de parapharmacie et des aliments pour diabétiques. Je m'oppose formellement à ce que mes données d'achat, quelles qu'elles soient, soient transmises à des partenaires, et en particulier à des assureurs.

Je vous remercie de me confirmer la prise en compte de cette opposition.

Bernard Fontaine""",
         "Bernard Fontaine"),
        ("correction", (),
         "Erreur de date de naissance - club anniversaire",
         """Bonjour,

Ma fille Louise est inscrite au club anniversaire et elle a reçu hier une carte « Joyeux anniversaire » avec son bon cadeau… le 3 novembre. Elle est née le 11 mars ! Je pense que le jour et le mois ont été inversés lors de l'inscription.

Pourriez-vous corriger sa date de naissance en 11/03/2018 ? Elle n'a pas compris pourquoi on lui souhaitait son anniversaire maintenant.

Merci,
Camille Renard""",
         "Camille Renard"),
        ("withdraw_consent", (),
         "désinscription Bébé & Moi",
         """Bonjour,
merci de ne plus m'envoyer les SMS ni les mails « Bébé & Moi ». Mon fils a deux ans, je n'ai plus besoin de conseils sur l'allaitement.
Bonne journée
Sophie""",
         "Sophie Girard"),
        ("other", (),
         "Protéines de lait dans les biscuits ?",
         """Bonjour,

Ma fille de 3 ans est allergique aux protéines de lait de vache. Les petits sablés « Oursons » de votre marque sont-ils sans lait ? La liste des ingrédients n'en mentionne pas, mais la mention « peut contenir » est quasiment illisible sur l'emballage et je préfère être sûre avant de lui en donner.

Merci beaucoup,
Valérie Simon""",
         "Valérie Simon"),
        ("other", (),
         "Effacer les mesures du tensiomètre",
         """Bonjour,

Mon père a acheté chez vous le tensiomètre de bras TX-200 en septembre. Il l'avait d'abord prêté à ma mère, et maintenant la mémoire contient ses mesures à elle mélangées aux siennes. Le mode d'emploi a disparu : comment efface-t-on la mémoire de l'appareil ? Et peut-on créer deux utilisateurs ?

Merci pour votre aide,
Nicolas Dupont""",
         "Nicolas Dupont"),
        ("other", (),
         "Tombola de l'école - demande de soutien",
         """Madame, Monsieur,

L'association de parents de l'école communale des Tilleuls, à Namur, organise le samedi 12 décembre son marché de Noël. Les bénéfices serviront à financer la classe de dépaysement des élèves de 5e et 6e primaire, dont plusieurs familles ne peuvent pas payer le séjour.

Accepteriez-vous d'offrir un lot pour notre tombola (bon d'achat, jeu de société, panier…) ? Votre enseigne serait bien entendu remerciée sur nos affiches et dans le journal de l'école.

Si ce n'est pas la bonne adresse, pourriez-vous transmettre notre demande au service concerné ?

Avec nos remerciements,
Isabelle Thiry, pour l'association de parents""",
         "Isabelle Thiry"),
    ],
    "de": [
        ("deletion", (),
         "Löschung Kundenkonto meiner Tochter (12)",
         """Sehr geehrte Damen und Herren,

unsere Tochter Lea ist 12 Jahre alt und hat sich vor einigen Wochen ohne unser Wissen in Ihrer App registriert, um an einem Gewinnspiel teilzunehmen. Dabei hat sie Namen, Geburtsdatum, Adresse und Handynummer angegeben.

Eine Einwilligung von uns als Eltern lag dafür nicht vor (Art. 8 DSGVO). Wir bitten Sie daher, das Konto und sämtliche dazugehörigen Daten zu löschen und uns die Löschung kurz zu bestätigen.

Mit freundlichen Grüßen
Stefan und Anja Krüger""",
         "Stefan Krüger"),
        ("access", ("objection",),
         "Auskunft nach Art. 15 DSGVO / Widerspruch",
         """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 15 DSGVO Auskunft über die zu meiner Person gespeicherten Daten, insbesondere über Gesundheitsdaten im Sinne von Art. 9 DSGVO. Dazu zähle ich ausdrücklich auch abgeleitete Daten, also Segmente, Interessenprofile oder Kennzeichnungen wie „Diabetiker“ oder „Schwangerschaft“, die Sie aus meinen Einkäufen (Kundenkarte 6011 4478 2290) gebildet haben, sowie die Empfänger dieser Daten und die Speicherdauer.

Zugleich widerspreche ich der Verwendung meiner Einkaufsdaten für die Bildung solcher Profile und für personalisierte Werbung.

Mit freundlichen Grüßen
Dr. Martina Hoffmann""",
         "Martina Hoffmann"),
        ("restriction", (),
         "Bitte Konto noch nicht löschen",
         """Guten Tag,

ich hatte am 20. Oktober die Löschung meines Kundenkontos beantragt. Inzwischen hat meine Krankenkasse die Erstattung abgelehnt, und ich brauche die Rechnungen für die Teststreifen und das Blutzuckermessgerät aus dem letzten Jahr als Nachweis für meinen Widerspruch dort.

Bitte löschen Sie das Konto deshalb vorerst nicht. Die Daten sollen aber auch für nichts anderes mehr genutzt werden – keine Werbung, keine Auswertungen –, sondern nur aufbewahrt, bis das Verfahren abgeschlossen ist. Ich melde mich dann wieder.

Viele Grüße
Günter Schmitz""",
         "Günter Schmitz"),
        ("complaint", ("access",),
         "Zweite Aufforderung – Auskunft zu den Daten meines Sohnes",
         """Sehr geehrte Damen und Herren,

am 1. Oktober 2026 habe ich Sie per E-Mail an diese Adresse gebeten, mir mitzuteilen, welche Daten Sie über meinen Sohn Paul (9) aus dem Kinderclub und dem Geburtstagsclub gespeichert haben. Eine automatische Eingangsbestätigung kam, eine Antwort nicht.

Die Frist von einem Monat ist inzwischen abgelaufen. Ich erwarte die Auskunft bis spätestens 20. November. Andernfalls werde ich mich bei der Datenschutzbehörde beschweren.

Mit freundlichen Grüßen
Thomas Weber""",
         "Thomas Weber"),
        ("objection", (),
         "Kameraauswertung in der Filiale Eupen",
         """Guten Tag,

in Ihrer Filiale in Eupen hängt seit Kurzem am Eingang ein Hinweis, dass Kamerabilder „zur Analyse des Kundenverhaltens“ ausgewertet werden, mit einem QR-Code zu Ihrer Datenschutzerklärung. Dort ist von Laufwegen, Verweildauer und „demografischen Merkmalen“ die Rede.

Mit Videoüberwachung gegen Diebstahl habe ich kein Problem. Gegen die Auswertung meiner Aufnahmen für Analysen, Alters- oder Geschlechtsschätzung und Ähnliches lege ich aber Widerspruch ein. Ich kaufe dort jede Woche mit meiner Kundenkarte ein, falls Sie das zuordnen können.

Freundliche Grüße
Monika Brandt""",
         "Monika Brandt"),
        ("correction", (),
         "Änderung von Vorname und Anrede",
         """Hallo,

ich habe im Sommer meinen Vornamen und meinen Geschlechtseintrag amtlich ändern lassen. In meinem Kundenkonto, auf der Kundenkarte und in Ihren Mails steht aber immer noch mein alter Name mit „Frau“.

Bitte ändern Sie den Vornamen auf Elias und die Anrede auf „Herr“, oder lassen Sie die Anrede einfach weg. Nachname, Adresse und alles andere bleiben gleich. Eine Kopie des neuen Ausweises kann ich schicken, falls nötig.

Danke und viele Grüße
Elias Neumann""",
         "Elias Neumann"),
        ("portability", (),
         "Geburtsliste zu einem anderen Shop umziehen",
         """Hallo zusammen,

wir haben im Sommer bei Ihnen eine Geburtsliste für unser zweites Kind angelegt, mit ca. 80 Artikeln und den Angaben, was schon verschenkt wurde. Da einiges bei Ihnen nicht mehr lieferbar ist, ziehen wir mit der Liste zu BabyHaus um.

Können Sie die Liste mit allen Angaben als Datei exportieren (CSV oder Excel reicht) oder direkt an BabyHaus übermitteln? Dort hieß es, dass sie so etwas importieren können. Alles neu abzutippen, dafür fehlt mir mit einem Neugeborenen ehrlich gesagt die Zeit.

Vielen Dank!
Katharina Schulz""",
         "Katharina Schulz"),
        ("other", (),
         "Laternenbasteln Kinderclub",
         """Hallo,

meine Kinder (5 und 7) sind im Kinderclub angemeldet. Im Sommer hing in der Filiale in St. Vith ein Plakat zum Laternenbasteln vor Sankt Martin, aber ich finde den Termin nirgends mehr, weder in der App noch auf der Website. Findet das dieses Jahr statt, und muss man sich anmelden?

Viele Grüße
Sabine Lenz""",
         "Sabine Lenz"),
        ("other", (),
         "Umtausch Umstandsjeans",
         """Guten Tag,

ich habe letzte Woche (Bestellung 70033518) eine Umstandsjeans in Größe 38 bestellt. Der Bauch wächst schneller als gedacht, sie passt jetzt schon nicht mehr. Kann ich sie gegen Größe 40 umtauschen, ohne dass noch einmal Versandkosten anfallen? Das Etikett ist noch dran.

Danke und schöne Grüße
Jana Fischer""",
         "Jana Fischer"),
        ("other", (),
         "Danke für die Kasse ohne Süßigkeiten",
         """Liebes Team,

ich wollte einfach mal Danke sagen: In Ihrer Filiale in Kelmis gibt es jetzt eine Kasse, an der die Süßigkeiten entfernt wurden. Mit einem Zwei- und einem Vierjährigen ist das Einkaufen dort plötzlich viel entspannter. Bitte behalten Sie das bei, gerne auch in anderen Filialen!

Herzliche Grüße
Michael Becker""",
         "Michael Becker"),
    ],
    "es": [
        ("complaint", ("correction",),
         "Mi ex ha recibido mi nueva dirección",
         """Buenos días:

Ayer mi exmarido me reenvió, con un comentario que prefiero no repetir, la confirmación de un pedido que hice el lunes en vuestra tienda online. En ella aparece mi dirección nueva. Me mudé precisamente para que él no la supiera; hay una orden de alejamiento.

Resulta que su correo seguía como segunda dirección en mi cuenta, de cuando compartíamos la tarjeta de fidelidad, y vuestro sistema manda las confirmaciones a las dos. Nadie me avisó nunca de esto.

Lo que ha pasado es gravísimo y quiero una explicación por escrito. Y corregid ya los datos de contacto de mi cuenta: el único correo válido es este, y su número de móvil tampoco debe figurar.

Carmen Ruiz Ortega""",
         "Carmen Ruiz Ortega"),
        ("deletion", (),
         "Borrar datos de mi hijo del club infantil",
         """Hola:

Mi hijo Álvaro está en vuestro club infantil desde pequeño. Ahora tiene 12 años y no quiere saber nada, así que os pido que borréis todos sus datos: nombre, fecha de nacimiento y lo que sea que tengáis de él. Mi cuenta podéis dejarla como está.

Gracias,
Lucía Navarro""",
         "Lucía Navarro"),
        ("access", (),
         "¿Qué sabéis de mí?",
         """Hola:

Hace unos meses empecé a comprar en vuestra web pañales para adultos y empapadores para mi madre, que vive conmigo. Desde entonces, cada vez que entro en la app me salen anuncios de "soluciones para la incontinencia", cremas para las escaras y hasta residencias de mayores, como si la enferma fuera yo. Tengo 46 años.

Me gustaría saber qué datos tenéis exactamente sobre mí, en qué categorías o perfiles me habéis metido y si esa información se la habéis pasado a alguna otra empresa.

Un saludo,
Pilar Jiménez""",
         "Pilar Jiménez"),
        ("withdraw_consent", (),
         "Baja del boletín de embarazo",
         """Buenas tardes:

Por favor, dadme de baja del boletín "Esperando bebé" y desactivad también las notificaciones de la app sobre el embarazo. Prefiero no dar explicaciones.

Gracias.
Marta""",
         "Marta Gil"),
        ("objection", ("deletion",),
         "Recomendaciones de juguetes por edad",
         """Hola:

En la app tengo guardadas las fechas de nacimiento de mis tres hijos porque en su día nos apuntamos al club de cumpleaños. Ahora veo que la app las usa para enseñarme "juguetes para tu hija de 6 años", y que los mismos anuncios me salen en Instagram.

No quiero que uséis las edades de mis hijos para recomendaciones ni para publicidad, ni en vuestra app ni en redes sociales. Y como ya no estamos en el club de cumpleaños, borrad esas fechas, que no os hacen falta.

Saludos,
Javier Moreno""",
         "Javier Moreno"),
        ("restriction", (),
         "Cuenta familiar - bloqueo durante el divorcio",
         """Estimados señores:

Estoy en pleno proceso de divorcio. Mi todavía marido y yo tenemos con ustedes una cuenta familiar, con dos tarjetas de fidelidad asociadas y los datos de nuestros hijos (club infantil).

Les pido que, mientras el juzgado no resuelva sobre la custodia, congelen esa cuenta: que nadie, ni él ni yo, pueda modificar datos, añadir direcciones o descargar el historial, y que no se utilice para envíos publicitarios. No borren nada, porque es posible que mi abogada necesite el historial de compras.

Les enviaré la resolución en cuanto la tenga.

Atentamente,
Beatriz Castillo Vega""",
         "Beatriz Castillo Vega"),
        ("correction", (),
         "Error en el perfil de alergias",
         """Hola:

En el perfil de la app de recetas pone que mi hija Sara es celíaca. No lo es: es alérgica al huevo. No sé si lo marqué mal yo o si se cambió al actualizar la app, pero ahora nos salen recetas sin gluten llenas de huevo, justo lo que no puede comer.

¿Podéis corregirlo? Alérgica al huevo, sin restricción de gluten.

Gracias,
Andrés Herrera""",
         "Andrés Herrera"),
        ("other", (),
         "Edad recomendada puzle",
         """Hola, buenos días:

Quería regalarle a mi sobrino de 7 años el puzle de 500 piezas del sistema solar que tenéis en la web, pero en la ficha pone "a partir de 10 años". ¿Es por la dificultad o porque hay alguna pieza peligrosa? Él ya hace puzles de 300 sin problema.

Gracias,
Rosa Delgado""",
         "Rosa Delgado"),
        ("other", (),
         "Gracias",
         """Hola:

Solo quería dar las gracias a la dependienta de la sección de bebés de la tienda de Ixelles (creo que se llama Nadia). El sábado estuvo casi media hora ayudándome a elegir un sacaleches, me explicó las diferencias sin prisas y sin intentar venderme el más caro. Con un recién nacido y sin dormir, se agradece muchísimo.

Un abrazo,
Elena Romero""",
         "Elena Romero"),
        ("other", (),
         "Calendario de Adviento: ¿lleva frutos secos?",
         """Hola:

¿El calendario de Adviento de chocolate de vuestra marca (el del reno) lleva frutos secos o trazas? Mi hija es alérgica a la avellana y todos sus amigos del cole van a tener uno. En la ficha de la web no aparece la lista de alérgenos.

Gracias de antemano,
Silvia Muñoz""",
         "Silvia Muñoz"),
    ],
    "it": [
        ("access", (),
         "Richiesta di accesso ai miei dati sanitari",
         """Buongiorno,

da circa un anno acquisto regolarmente nel reparto parafarmacia del vostro negozio online (integratori, un misuratore di glicemia, prodotti per celiaci), sempre collegando la carta fedeltà.

Ai sensi dell'art. 15 del GDPR vi chiedo di farmi sapere quali dati relativi alla mia salute conservate o avete ricavato da questi acquisti, per quanto tempo li conservate e se sono stati comunicati a terzi, per esempio assicurazioni o aziende farmaceutiche.

Cordiali saluti,
Giovanni Esposito""",
         "Giovanni Esposito"),
        ("deletion", ("withdraw_consent",),
         "Foto di mia figlia - laboratorio in negozio",
         """Buonasera,

il 17 ottobre mia figlia Giulia (5 anni) ha partecipato al laboratorio di disegno nel vostro negozio di Charleroi. All'ingresso ci hanno fatto firmare un modulo per le foto, e io l'ho firmato un po' di fretta, con una bambina che mi tirava la giacca.

Ripensandoci, non voglio che le foto di Giulia restino da voi o vengano usate, né ora né in futuro. Ritiro il consenso che ho dato su quel modulo e vi chiedo di cancellare tutte le foto in cui compare.

Grazie,
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("portability", (),
         "Esportare le misure dei bambini",
         """Ciao,

nel profilo dell'app ho salvato negli anni le misure dei miei tre figli (altezza, taglia, numero di scarpe, perfino la lunghezza del piede in cm) e c'è lo storico degli acquisti di vestiti, così vedo quanto crescono. A gennaio ci trasferiamo a Milano e lì il vostro negozio non c'è.

È possibile avere tutti questi dati in un file, tipo Excel o CSV, da caricare nell'app di un altro negozio o almeno da tenere? Non ho voglia di ricopiare tutto a mano.

Grazie mille,
Chiara Romano""",
         "Chiara Romano"),
        ("complaint", (),
         "Acquisti personali nel riepilogo della ditta",
         """Spettabile Shop Example,

ho un account aziendale per la mia piccola impresa e un account personale, con la stessa email. Il commercialista mi ha appena chiesto, con un certo imbarazzo, cosa fossero gli "aghi per penna insulinica" e le "strisce reattive" che compaiono nel riepilogo mensile degli ordini della ditta, che gli inoltro ogni mese.

Quegli acquisti li ho fatti dal mio account personale e li ho pagati con la mia carta. Non c'è nessun motivo per cui debbano finire nei documenti della ditta. Che io sia diabetico al lavoro non lo sapeva nessuno, e adesso lo sa almeno il commercialista.

Trovo gravissimo che dati sulla mia salute finiscano in documenti aziendali che passano per più mani. Vi chiedo di spiegarmi come sia potuto succedere e di garantirmi che non si ripeterà.

Roberto Greco""",
         "Roberto Greco"),
        ("withdraw_consent", (),
         "basta email club bimbi",
         """Salve, vorrei non ricevere più le email e gli sms del club bimbi, il bambino ormai ha 11 anni.
Grazie
Paolo""",
         "Paolo Ferri"),
        ("objection", ("withdraw_consent",),
         "Profilazione in base ai miei acquisti",
         """Buongiorno,

in estate ho comprato da voi una parrucca, dei foulard e una crema per la pelle sensibile durante la chemioterapia. Da allora l'app mi mostra una sezione "Prodotti per il percorso oncologico" e ricevo notifiche push con consigli per "affrontare la terapia".

Sto bene, la terapia è finita, e non voglio che i miei acquisti vengano usati per dedurre se sono malata e di che cosa. Mi oppongo a questa profilazione. Inoltre non voglio più ricevere le notifiche push promozionali: le avevo attivate io all'inizio, ma ora revoco il consenso.

Anna Colombo""",
         "Anna Colombo"),
        ("correction", (),
         "Correzione dati di mia figlia",
         """Buongiorno,

sulla tessera bimbi di mia figlia il nome è scritto "Sofya" invece di "Sofia" e come anno di nascita risulta il 2015, ma è nata il 4 febbraio 2013. Per questo le arrivano proposte di giochi per bambini molto più piccoli, e lei ci rimane male.

Potete correggere nome e data di nascita?

Grazie,
Marco Ricci""",
         "Marco Ricci"),
        ("other", (),
         "Cambio taglia giacca da sci",
         """Buongiorno,

ho acquistato online la giacca da sci per bambino taglia 8 anni (ordine 55120874), ma a mio figlio va stretta sulle spalle. Vorrei cambiarla con la taglia 10. Posso farlo nel negozio di Liegi o devo rispedirla? Ho ancora lo scontrino e il cartellino è attaccato.

Grazie,
Luca Conti""",
         "Luca Conti"),
        ("other", (),
         "Panettone senza glutine?",
         """Buongiorno,

quest'anno avrete di nuovo il panettone senza glutine come l'anno scorso? Mio figlio è celiaco e il vostro era l'unico che riuscivamo a trovare qui in Belgio. Nel negozio online ancora non lo vedo. Se arriva, è prodotto in uno stabilimento dedicato o c'è rischio di contaminazione?

Grazie e buona giornata,
Federica Marino""",
         "Federica Marino"),
        ("other", (),
         "Risultati concorso di disegno",
         """Salve,

mia figlia ha partecipato al concorso di disegno "Il mio animale preferito", consegnando il disegno nel negozio di Mons il 20 ottobre. Sapete quando verranno comunicati i risultati? Ogni mattina mi chiede se ha vinto e non so più cosa risponderle.

Grazie!
Alessandra Gallo""",
         "Alessandra Gallo"),
    ],
    "pt": [
        ("deletion", (),
         "Nota sobre mobilidade reduzida na minha ficha",
         """Bom dia,

Há dois anos, depois de um acidente, pedi entregas ao domicílio com ajuda para subir as compras, e ficou registado na minha ficha de cliente que tenho mobilidade reduzida. Entretanto recuperei e já não preciso disso.

Peço que apaguem essa informação da minha ficha. Não quero que fique guardado em lado nenhum nada sobre a minha saúde.

Obrigado,
Rui Carvalho""",
         "Rui Carvalho"),
        ("access", ("objection",),
         "Reconhecimento facial na loja de Antuérpia?",
         """Exmos. Senhores,

Na loja de Antuérpia, junto às caixas automáticas, há um aviso a dizer que é usada "tecnologia de análise de imagem para estimativa de idade" na venda de álcool. Faço lá compras todas as semanas.

Gostaria de saber se têm imagens do meu rosto ou dados biométricos meus, o que guardam exatamente, durante quanto tempo e se são partilhados com o fornecedor dessa tecnologia.

Além disso, oponho-me a que a minha cara seja analisada por esse sistema. Quando compro vinho, prefiro mostrar o documento de identificação ao funcionário.

Com os melhores cumprimentos,
Ana Sofia Pereira""",
         "Ana Sofia Pereira"),
        ("restriction", (),
         "Não apaguem a minha conta",
         """Boa tarde,

Recebi ontem um email a avisar que a minha conta vai ser apagada por inatividade a 30 de novembro.

Estou num processo de regulação das responsabilidades parentais com o pai do meu filho, e a minha advogada precisa do histórico das compras que fiz na parafarmácia em 2024 e 2025 (o material para a asma do miúdo, câmara expansora, nebulizador, que era sempre eu a comprar) como prova.

Peço por isso que não apaguem a conta nem o histórico, mas que os guardem bloqueados, sem os usar para mais nada, até o processo terminar. Eu aviso quando já não for preciso.

Obrigada,
Patrícia Sousa""",
         "Patrícia Sousa"),
        ("complaint", (),
         "Encomenda entregue à vizinha com o conteúdo à vista",
         """Boa tarde,

A minha encomenda 66104392 foi entregue em casa da vizinha do lado, sem me perguntarem nada. Até aí, paciência. O problema é que na etiqueta de fora estava escrito o conteúdo: "fraldas incontinência adulto - tamanho L", com o meu nome completo.

A vizinha entregou-ma com um sorriso de que não me vou esquecer tão cedo. Tenho 52 anos e isto não é da conta de ninguém. Como é que uma loja põe na etiqueta aquilo que a pessoa comprou? Quero uma explicação e quero que isto mude.

Fernando Lopes""",
         "Fernando Lopes"),
        ("portability", (),
         "Exportar medições da tensão arterial",
         """Olá,

Desde março que meço a tensão arterial no espaço de saúde da vossa loja de Anderlecht, e as medições ficam guardadas na app ligada ao cartão de cliente. A minha médica de família pediu-me o histórico.

Conseguem enviar-me todas as medições num ficheiro (Excel, CSV, o que for mais fácil) que eu lhe possa mandar ou importar na app de saúde do telemóvel? Na vossa app só dá para ver um gráfico.

Obrigado,
José Martins""",
         "José Martins"),
        ("objection", (),
         "Publicidade por causa da carne halal",
         """Bom dia,

Compro carne halal na vossa loja porque é a que fica mais perto do trabalho. Agora, na app e nos emails, começaram a aparecer-me "ofertas especiais" com tâmaras e lanternas, votos de "bom Eid" e até um inquérito a perguntar se "a família celebra o Ramadão".

Nunca vos disse qual é a minha religião, nem tenho de dizer. Oponho-me a que usem o que compro para tirar conclusões sobre isso e para me fazerem publicidade com base nisso.

Samir Almeida""",
         "Samir Almeida"),
        ("withdraw_consent", ("deletion",),
         "SMS clube de aniversário",
         """Olá.
Por favor deixem de mandar SMS do clube de aniversário para o meu número, as minhas filhas já são crescidas. E podem apagar as datas de nascimento delas da minha conta.
Obrigada
Teresa""",
         "Teresa Rodrigues"),
        ("other", (),
         "Idade do kit de ciência",
         """Boa tarde,

O kit "Pequeno Químico" que têm no site diz "8+". O meu filho faz 7 anos em dezembro e é doido por experiências. Traz algum produto perigoso, ou é só por causa das peças pequenas? Eu estaria sempre ao lado dele.

Cumprimentos,
Paulo Ferreira""",
         "Paulo Ferreira"),
        ("other", (),
         "Obrigada pela nova secção sem glúten",
         """Olá,

Só queria agradecer a nova secção de produtos sem glúten na loja de Saint-Gilles. A minha filha foi diagnosticada com doença celíaca em setembro e as primeiras semanas foram um pesadelo a ler rótulos. Agora vamos lá e ela escolhe sozinha, toda contente.

Se puderem acrescentar pão de forma sem glúten, era perfeito!

Um abraço e obrigada,
Cláudia Santos""",
         "Cláudia Santos"),
        ("other", (),
         "Pedido de apoio - festa de Natal",
         """Exmos. Senhores,

Escrevo em nome da Associação de Pais do curso de língua e cultura portuguesa de Bruxelas (aulas ao sábado). No dia 19 de dezembro organizamos a festa de Natal para cerca de 120 crianças e gostaríamos de oferecer um pequeno presente a cada uma.

Seria possível a vossa empresa contribuir com brinquedos, material escolar ou um vale de compras? O apoio seria naturalmente mencionado no nosso boletim e na página da associação.

Se este não for o endereço certo, agradecia que reencaminhassem o pedido.

Com os melhores cumprimentos,
Helena Costa
Associação de Pais""",
         "Helena Costa"),
    ],
}

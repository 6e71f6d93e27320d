"""Forty-fourth set, privacy mail about workshops, contests, surveys and the shop's community (en nl fr de es it pt). Written apart from the rules (see make_fortyfourth.py)."""

PEOPLE_OA = {
    "en": [
        ("access", (),
         "Photos from the sourdough workshop (Ghent, 17 Oct)",
         """Hello,

I took part in the sourdough bread workshop at your Ghent store on Saturday 17 October. There was a photographer going round during the session, and at one point somebody was also filming on a phone.

Could you let me know which photos and videos of me you've kept from that day, where they have been used (website, Facebook, Instagram, the screens in the store?) and whether any of them were passed on to the flour company that co-hosted the workshop? I'd also like to know how long you intend to keep them.

I'm not asking you to take anything down at this point, I'd just like to know what's out there.

Kind regards,
Fiona Gallagher""",
         "Fiona Gallagher"),
        ("deletion", ("withdraw_consent",),
         "Closing my community forum account",
         """Hi,

I've been on the Shop Example community forum since 2023 (username thriftyhome_kate) but I've lost interest and I don't want a profile hanging around with my name and photo on it. Please delete the account, including my profile details and the posts I wrote. If the posts can't be removed because other people replied to them, then at least take my name off them.

While you're at it, please stop sending me the weekly "Community Digest" email. I never read it anyway.

Thanks,
Kate""",
         "Kate Robinson"),
        ("portability", (),
         "Export of my reviews and forum posts",
         """Dear Sir or Madam,

Over the past three years I have written around 45 product reviews on your website, most of them with my own photos, plus a fair number of posts in the DIY section of the customer forum. I am starting my own home-improvement blog and would like to take that content with me.

Could you send me all my reviews and forum posts, with dates, star ratings, product names and the photos I uploaded, in a structured, machine-readable format? CSV or JSON is fine, with the photos in a zip file. I know I could copy and paste them one by one, but there are far too many.

My account is registered under the e-mail address I'm writing from.

Best regards,
Martin Hughes""",
         "Martin Hughes"),
        ("restriction", (),
         "Focus group recording of 29 October - please put on hold",
         """Hello,

On 29 October I took part in a focus group about your new own-brand cleaning products, held at your Leuven store and run by a research agency on your behalf. The session was recorded on video.

I have since complained to the agency about the way the session was run, and about a summary they circulated which attributes to me comments I never made. Until that has been looked into, I'd ask that the recording and any notes linked to my name are not used, published or passed on any further, internally or in any presentation. Please do NOT delete them, though: I will need them if the complaint goes any further.

Could you confirm that the recording has been put on hold?

Regards,
Priya Shah""",
         "Priya Shah"),
        ("objection", (),
         "Use of my survey answers",
         """Hi there,

After my last order I filled in your "How did we do?" survey. A week later the offers started, and they very obviously came from what I'd typed in the free-text box (I'd mentioned we're expecting a baby - suddenly it's all nappies and prams, in the app and by email).

I don't want my survey answers combined with my loyalty card and order history to work out what to sell me. Please stop using them for profiling and targeted offers. I'm fine with getting the normal newsletter, it's this kind of personalisation I object to.

Tom Fletcher""",
         "Tom Fletcher"),
        ("withdraw_consent", (),
         "My testimonial",
         """Dear team,

In September I agreed that you could use my story about redoing our kitchen with your flat-pack units, together with two photos of me and my husband, in the newsletter and on your website. I signed the form at the Namur store.

Things have changed at home and I'd rather that story wasn't out there any more. Please take this as me withdrawing my permission - don't use the story or the photos in any newsletter, ad or post from now on.

Many thanks for understanding,
Helen Carter""",
         "Helen Carter"),
        ("complaint", ("deletion",),
         "Photo of my son on your Instagram",
         """I am writing to complain in the strongest terms.

On Sunday 8 November my son, who is six, went to the Kids' Day at your Mechelen store with his grandmother. This morning a friend sent me a screenshot of your Instagram post from that day, and there he is, full face, front and centre, under the caption "Our little builders!".

Nobody asked me or his grandmother for permission. There was no sign saying photos would be posted and no form to sign. I find it completely unacceptable that a company puts pictures of a small child on a public account without even asking the parents.

I want the photo taken off Instagram, Facebook and anywhere else you have put it, and deleted from your files. I would also like to hear what you are going to change so this doesn't happen to other families.

Rachel Morgan""",
         "Rachel Morgan"),
        ("other", (),
         "Woodworking class - can my daughter come?",
         """Hi,

I've booked the beginners' woodworking class on 28 November at the Antwerp store (booking ref WS-26-4471). Would it be OK if my daughter came along? She's 13 and frankly handier with a drill than I am.

If she needs her own place, how do I add her to the booking? I couldn't find an option for a second participant on the website.

Cheers,
Dave Price""",
         "Dave Price"),
        ("other", (),
         "Raffle prize - still waiting",
         """Hello,

On 12 October I was told I'd won one of the stand mixers in the opening-week raffle at your new Hasselt store. The email said the prize would be sent out by the manufacturer within four weeks and that you had passed my details on to them for the delivery.

It's now been more than five weeks and nothing has turned up. Could you check with them what's happening? My address hasn't changed.

Thanks,
Susan Blake""",
         "Susan Blake"),
        ("other", (),
         "Survey link not working",
         """Hi,

I got an email asking me to rate my recent visit to the store, with a 5 euro voucher at the end. The link just takes me to a page that says "Session expired - your data could not be loaded". I've tried on my phone and on my laptop and I even deleted my cookies, same thing every time.

Is there another link? Happy to do the survey, I'd just like the voucher :)

Best,
Alan Reid""",
         "Alan Reid"),
    ],
    "nl": [
        ("access", (),
         "Mijn deelname aan de herfstwedstrijd",
         """Goeiedag,

Begin oktober heb ik op jullie website meegedaan aan de herfstwedstrijd (die waardebon van 500 euro). Achteraf vond ik dat formulier toch vreemd: ik moest mijn geboortedatum en mijn rijksregisternummer invullen en zelfs een foto van mezelf opladen.

Ik zou graag weten welke gegevens jullie van die inzending nog bijhouden, waarvoor ze gebruikt worden, of ze aan iemand anders doorgegeven zijn (de partner die de bon sponsort?) en hoe lang jullie ze nog bewaren.

Alvast bedankt,
Els Peeters""",
         "Els Peeters"),
        ("correction", (),
         "aanpassing gegevens testpanel",
         """Hallo,

Ik ben al een paar jaar lid van jullie klantenpanel voor producttesten, maar mijn gegevens kloppen niet meer. We zijn ondertussen verhuisd naar de Kerkstraat 14, 9200 Dendermonde, en we zijn nu met vier thuis in plaats van met twee (een tweeling, geboren in juni). Daardoor krijg ik nog altijd vragenlijsten voor koppels zonder kinderen :-)

Kunnen jullie dat aanpassen? Via mijn profiel lukt het niet, het veld gezinssamenstelling kan ik niet wijzigen.

Groetjes,
Jolien De Smet""",
         "Jolien De Smet"),
        ("deletion", (),
         "Stopzetting ambassadeursprogramma",
         """Beste,

Vorig jaar was ik een van jullie 'huisambassadeurs': ik postte op Instagram over jullie producten en stuurde foto's en filmpjes in voor jullie eigen kanalen. Het programma is intussen gestopt en ik heb er zelf ook een punt achter gezet.

Graag wissen jullie alles wat jullie van mij uit dat programma hebben: mijn ambassadeursprofiel, de foto's en video's die ik ingestuurd heb, mijn Instagramnaam en mijn contactgegevens bij het bureau dat het programma voor jullie beheerde.

Met vriendelijke groeten,
Wim Goossens""",
         "Wim Goossens"),
        ("restriction", (),
         "Beelden opening winkel Brugge",
         """Geachte,

Bij de opening van jullie nieuwe winkel in Brugge op 3 oktober werd er gefilmd voor een promofilmpje. Ik sta daar uitgebreid op, terwijl ik de cameraman uitdrukkelijk gezegd had dat ik niet in beeld wilde. Daarover heb ik op 6 oktober een klacht ingediend bij jullie klantendienst (dossier 26-10-0871), en die loopt nog.

Zolang die klacht niet afgehandeld is, vraag ik dat jullie de beelden waarop ik te zien ben niet publiceren en ook niet op een andere manier gebruiken. Verwijder ze voorlopig wel niet: ik wil dat ze bewaard blijven tot er een beslissing is.

Graag een bevestiging.

Met vriendelijke groeten,
Bart Claes""",
         "Bart Claes"),
        ("objection", ("withdraw_consent",),
         "gastenlijst wijnproeverij doorgegeven aan sponsor?",
         """Dag,

Ik was op 22 oktober op de wijnproeverij in jullie winkel in Hasselt. Sinds vorige week krijg ik mails van het wijnhuis dat de proeverij sponsorde, netjes met mijn naam erin. Blijkbaar is de gastenlijst aan hen doorgegeven.

Ik wil niet dat mijn gegevens nog aan sponsors of partners doorgegeven worden, voor geen enkel evenement. En de uitnodigingen voor proeverijen en andere events die jullie zelf sturen, mogen voor mij ook stoppen.

Groeten,
Koen Vermeulen""",
         "Koen Vermeulen"),
        ("withdraw_consent", (),
         "geen wedstrijdmails meer aub",
         """Hallo,

Bij jullie Instagramwedstrijd deze zomer heb ik blijkbaar aangevinkt dat ik "op de hoogte wil blijven van nieuwe acties en wedstrijden". Sindsdien krijg ik er bijna elke week een. Dat hoeft voor mij echt niet meer, mag dat gestopt worden?

Mijn klantenkaart en mijn account mogen blijven zoals ze zijn.

Mvg
Sofie Wouters""",
         "Sofie Wouters"),
        ("complaint", ("access",),
         "Enquête was helemaal niet anoniem",
         """Beste,

In september heb ik jullie enquête over de klantenservice in de winkel ingevuld. Bovenaan stond duidelijk dat de antwoorden "volledig anoniem" verwerkt zouden worden. Daarom heb ik eerlijk opgeschreven wat ik van een bepaalde medewerker van de winkel in Aalst vond.

Vorige week sprak die medewerker mij aan de kassa aan over "mijn opmerkingen in de enquête". Hij wist dus perfect van wie ze kwamen. Dat kan echt niet: jullie beloven anonimiteit en ondertussen komen de antwoorden met naam en toenaam bij het personeel terecht.

Ik dien hierover formeel klacht in. Daarnaast wil ik weten wie allemaal toegang had tot mijn antwoorden en of ze aan mijn naam of mijn klantenkaart gekoppeld zijn.

Hoogachtend,
Marleen Jacobs""",
         "Marleen Jacobs"),
        ("other", (),
         "Uitschrijven workshop zaterdag",
         """Hallo,

Ik moet me helaas uitschrijven voor de workshop kerstkransen maken van zaterdag 28 november in Gent, mijn zoontje is ziek. Kan ik in de plaats naar de sessie van 5 december komen? Mijn inschrijvingsnummer is WK-2611-093.

Bedankt, en sorry voor het late bericht!
Annelies Mertens""",
         "Annelies Mertens"),
        ("other", (),
         "Vraag over wedstrijdreglement",
         """Goeiemiddag,

Ik zou graag meedoen aan de fotowedstrijd 'Mijn mooiste tuinhoek'. In het reglement staat dat je een profiel op de community nodig hebt. Mag ik met één profiel meerdere foto's insturen, of moet mijn man dan zijn eigen profiel aanmaken? En mogen de foto's bewerkt zijn (kleuren, bijsnijden)?

Groeten,
Dirk Maes""",
         "Dirk Maes"),
        ("other", (),
         "foto's en recepten kookles",
         """Hoi!

Supertoffe kookles gisteren in Leuven, bedankt aan chef Tom! Hij zei dat de recepten en de foto's van de gerechten deze week op de website zouden komen, maar ik vind ze nergens. Waar moet ik kijken? Die risotto wil ik absoluut nog eens maken.

Groetjes,
Lotte""",
         "Lotte Willems"),
    ],
    "fr": [
        ("access", (),
         "Appel d'un institut de sondage en votre nom",
         """Bonjour,

Hier soir, une dame d'un institut d'études de marché (« Sondalis », si j'ai bien compris) m'a appelée sur mon GSM en disant qu'elle téléphonait « de la part de Shop Example » pour un sondage sur mes habitudes d'achat. Elle connaissait mon nom, ma commune et savait que j'avais participé à votre atelier couture en octobre.

Je n'ai jamais donné mon numéro à cette société. Je voudrais donc savoir quelles données me concernant vous lui avez transmises, à quel moment, et d'où vous teniez mon numéro de téléphone. Plus largement, j'aimerais recevoir la liste des données que vous détenez à mon sujet.

Merci d'avance,
Nathalie Dubois""",
         "Nathalie Dubois"),
        ("correction", (),
         "Erreur de date de naissance - panel testeurs",
         """Bonjour,

Je fais partie de votre panel de testeurs de produits depuis le printemps. Dans mon profil, ma date de naissance est enregistrée au 04/11/1948 au lieu du 11/04/1984. Résultat : je ne reçois que des questionnaires sur les appareils auditifs et les monte-escaliers, ce qui me fait bien rire mais ne sert à personne.

Pourriez-vous corriger ? Je ne trouve pas comment modifier ce champ moi-même.

Bien à vous,
Julie Lambert""",
         "Julie Lambert"),
        ("portability", ("deletion",),
         "Fin de ma participation au programme Ambassadeurs",
         """Madame, Monsieur,

Depuis deux ans, je participe à votre programme « Ambassadeurs Maison » : j'ai publié sur la plateforme une septantaine de tests de produits, avec photos et vidéos, ainsi qu'un bon nombre de messages sur le forum.

J'ai décidé d'arrêter et je souhaite récupérer l'ensemble de ces contenus dans un format structuré et lisible par machine (JSON ou CSV, accompagné des fichiers photo et vidéo), afin de pouvoir les reprendre sur mon propre site.

Une fois l'export envoyé, je vous demande de supprimer mon compte ambassadeur et mon profil public.

Cordialement,
Olivier Martin""",
         "Olivier Martin"),
        ("restriction", (),
         "Concours d'automne - conservation de ma participation",
         """Bonjour,

J'ai participé à votre grand concours d'automne (tirage au sort le 2 novembre). D'après le règlement, les données des participants non gagnants sont effacées 30 jours après le tirage.

Or j'ai de bonnes raisons de penser que le tirage ne s'est pas déroulé correctement, et j'ai introduit une réclamation à ce sujet auprès de votre service clientèle le 5 novembre.

Je vous demande donc de ne pas effacer ma participation ni les données qui s'y rapportent tant que ma réclamation n'est pas traitée, mais de ne pas les utiliser à d'autres fins entre-temps.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Renard""",
         "Philippe Renard"),
        ("objection", (),
         "Transmission des participations au sponsor",
         """Bonjour,

En m'inscrivant à votre concours « Un an de café offert », j'ai lu en petits caractères dans le règlement que les données des participants peuvent être communiquées au partenaire (la marque de café) « à des fins commerciales ».

Je m'y oppose. Je veux bien participer au concours, mais je ne souhaite pas que mon nom, mon adresse et mon e-mail soient transmis à cette marque ni à aucun autre partenaire.

Merci de me confirmer que ce ne sera pas le cas.

Sandrine Leroy""",
         "Sandrine Leroy"),
        ("withdraw_consent", ("deletion",),
         "photo atelier déco - je retire mon accord",
         """Bonjour,

Lors de l'atelier déco de Noël du 14 novembre à Namur, j'ai signé le papier qui autorisait les photos pour vos réseaux sociaux. Je n'avais pas vraiment réfléchi, et maintenant que je vois la photo de moi avec ma couronne sur votre page Instagram, je préfère finalement ne pas apparaître sur internet.

Je retire donc mon autorisation. Pouvez-vous enlever cette photo de la page et l'effacer de vos archives ?

Merci beaucoup,
Céline Moreau""",
         "Céline Moreau"),
        ("complaint", (),
         "Publication de mon adresse complète",
         """Madame, Monsieur,

J'ai eu le plaisir de gagner un barbecue lors de votre concours de septembre. Le plaisir a été de courte durée : dans votre newsletter du 8 octobre, vous avez publié non seulement mon nom et ma photo, mais aussi mon adresse complète à Gembloux, rue et numéro compris.

Je n'ai jamais donné mon accord pour cela. Depuis, un inconnu a sonné chez moi en prétendant vouloir « voir le barbecue ». Je vis seule et je trouve cela particulièrement grave.

Je constate que la version en ligne de la newsletter a été modifiée entre-temps, mais elle a été envoyée à des milliers de personnes. Je dépose par la présente une plainte formelle et j'attends une explication écrite sur la manière dont cela a pu arriver. À défaut de réponse satisfaisante, je m'adresserai à l'Autorité de protection des données.

Isabelle Fontaine""",
         "Isabelle Fontaine"),
        ("other", (),
         "Atelier pâtisserie enfants - âge minimum ?",
         """Bonjour,

Mon fils a 5 ans et demi et il rêve de faire l'atelier pâtisserie du mercredi après-midi à Wavre, mais sur le site il est indiqué « à partir de 6 ans ». Peut-il quand même venir si je reste à côté de lui pendant l'atelier ? Si oui, comment l'inscrire, le formulaire refuse sa date de naissance.

Merci et bonne journée,
Aurélie Simon""",
         "Aurélie Simon"),
        ("other", (),
         "Bon de réduction après le questionnaire",
         """Bonjour,

J'ai rempli votre questionnaire de satisfaction le 20 octobre après mon achat au magasin de Mons. À la fin, il était indiqué que je recevrais un bon de 5 € par e-mail dans les 48 heures. Je n'ai rien reçu. J'ai bien vérifié mes spams et je n'ai rien supprimé par erreur.

Pouvez-vous me le renvoyer ?

Cordialement,
Marc Lejeune""",
         "Marc Lejeune"),
        ("other", (),
         "Parapluie oublié à l'atelier",
         """Bonsoir,

J'étais à l'atelier tricot de samedi dernier à Liège et j'y ai oublié mon parapluie (noir avec des pois blancs, manche en bois). J'ai laissé mes coordonnées sur la liste à la caisse au cas où quelqu'un le retrouverait, mais je n'ai pas eu de nouvelles.

Est-ce que quelqu'un l'a vu ? Je peux passer le chercher quand ça vous arrange.

Merci !
Véronique Dumont""",
         "Véronique Dumont"),
    ],
    "de": [
        ("access", ("deletion",),
         "Auskunft zu meiner Gewinnspielteilnahme",
         """Sehr geehrte Damen und Herren,

am 10. Oktober habe ich an Ihrem Online-Gewinnspiel „Herbstzauber“ teilgenommen. Im Teilnahmeformular wurden neben Name und Adresse auch mein Geburtsdatum, meine Personalausweisnummer und ein Foto verlangt, was ich im Nachhinein für ziemlich übertrieben halte.

Ich bitte Sie daher um Auskunft nach Art. 15 DSGVO: Welche Daten haben Sie aus meiner Teilnahme gespeichert, zu welchem Zweck, an wen wurden sie weitergegeben und wie lange werden sie aufbewahrt?

Anschließend bitte ich um Löschung sämtlicher Daten aus dieser Teilnahme, einschließlich des Fotos und der Ausweisnummer.

Mit freundlichen Grüßen
Andreas Schmitz""",
         "Andreas Schmitz"),
        ("correction", (),
         "Falscher Name in der Gewinnerliste",
         """Hallo,

ich habe mich sehr gefreut, dass ich beim Gewinnspiel zur Eröffnung in Eupen einen der Gutscheine gewonnen habe. Auf Ihrer Website und auf Facebook steht allerdings „Sabine Kruger aus Eupen“. Richtig wäre Sabine Krüger, und ich wohne in Raeren, nicht in Eupen.

Könnten Sie das bitte korrigieren, auch in Ihren Unterlagen, damit der Gutschein auf den richtigen Namen ausgestellt wird?

Viele Grüße
Sabine Krüger""",
         "Sabine Krüger"),
        ("deletion", (),
         "Löschung meiner Umfrageantworten",
         """Guten Tag,

im September habe ich an Ihrer ausführlichen Umfrage „Wohnen und Familie“ teilgenommen. Dort wurde unter anderem nach Haushaltseinkommen, der Gesundheit der Kinder und der Wohnsituation gefragt. Inzwischen bereue ich, dass ich das alles so genau angegeben habe.

Bitte löschen Sie meine Antworten aus dieser Umfrage vollständig, ebenso alle Angaben, über die sie mir zugeordnet werden können. Eine kurze Bestätigung wäre nett.

Danke und Gruß
Monika Weber""",
         "Monika Weber"),
        ("portability", (),
         "Export meiner Rezepte aus der Community",
         """Hallo liebes Community-Team,

ich bin seit 2022 in eurer Koch-Community aktiv und habe dort inzwischen über 60 Rezepte mit eigenen Fotos veröffentlicht, dazu jede Menge Kommentare. Die Rezepte möchte ich jetzt auf meinem eigenen Foodblog weiterführen.

Könnt ihr mir alle meine Rezepte, Fotos und Kommentare als Datei schicken, am liebsten als JSON oder XML (mit Datum, Zutatenliste usw.), damit ich sie in WordPress importieren kann? Alles einzeln rauszukopieren wäre bei der Menge ein Albtraum.

Mein Profilname ist „KochLiesl“.

Liebe Grüße
Elisabeth Hoffmann""",
         "Elisabeth Hoffmann"),
        ("objection", ("withdraw_consent",),
         "Widerspruch - Angaben aus dem Produkttest-Panel",
         """Sehr geehrte Damen und Herren,

als Mitglied Ihres Produkttest-Panels habe ich für den Test der neuen Allergiker-Bettwäsche Angaben zu meiner Hausstauballergie gemacht. Seitdem bekomme ich gezielt Werbung für Luftreiniger, Milbenbezüge und Nasensprays, auch in der App.

Ich widerspreche hiermit der Verwendung meiner Panel-Angaben für Werbung und Profilbildung. Außerdem möchte ich Ihren Newsletter nicht mehr erhalten.

Im Panel selbst möchte ich gern bleiben.

Mit freundlichen Grüßen
Jürgen Becker""",
         "Jürgen Becker"),
        ("withdraw_consent", (),
         "Mein Video in Ihrer Werbung",
         """Guten Tag,

im Frühjahr habe ich zugestimmt, dass Sie ein kurzes Video von mir (als zufriedene Kundin nach dem Badumbau) in Ihrer Werbung und auf Ihrem YouTube-Kanal verwenden dürfen. Diese Einwilligung ziehe ich hiermit zurück. Bitte verwenden Sie das Video ab sofort nicht mehr.

Freundliche Grüße
Karin Schulz""",
         "Karin Schulz"),
        ("complaint", ("objection",),
         "Beschwerde: Teilnehmerliste an Sponsor weitergegeben",
         """Sehr geehrte Damen und Herren,

am 24. Oktober habe ich an Ihrem Heimwerker-Workshop in Eupen teilgenommen. Für die Anmeldung musste man Name, E-Mail-Adresse und Telefonnummer angeben. Von einer Weitergabe an Dritte war nirgends die Rede.

Zwei Tage später hat mich der Werkzeughersteller angerufen, der den Workshop gesponsert hat, und seitdem bekomme ich auch dessen Newsletter. Auf meine Nachfrage hieß es dort, man habe „die Teilnehmerliste von Shop Example“ bekommen.

Über diese Weitergabe ohne mein Wissen beschwere ich mich hiermit ausdrücklich. Jeder weiteren Weitergabe meiner Daten an Sponsoren oder Partner widerspreche ich.

Mit freundlichen Grüßen
Thomas Müller""",
         "Thomas Müller"),
        ("other", (),
         "Wann kommt mein Gewinn?",
         """Hallo zusammen,

ich habe Anfang Oktober bei eurem „Liken und Teilen“-Gewinnspiel auf Instagram den Kaffeevollautomaten gewonnen. Ihr habt geschrieben, dass der Partner den Gewinn direkt verschickt, und ich habe euch meine Daten für den Versand per Direktnachricht geschickt. Seitdem ist nichts angekommen.

Könnt ihr mal nachfragen, wie der Stand ist?

Danke und viele Grüße
Stefan Wagner""",
         "Stefan Wagner"),
        ("other", (),
         "Anmeldung Töpferkurs mit Tochter",
         """Guten Tag,

ich würde mich gern für den Töpferkurs am 21. November in St. Vith anmelden, zusammen mit meiner Tochter (11 Jahre). Ist der Kurs für Kinder in dem Alter geeignet, und muss ich sie separat anmelden? Im Online-Formular kann ich nur eine Person eintragen.

Vielen Dank im Voraus
Petra Schneider""",
         "Petra Schneider"),
        ("other", (),
         "Umfragelink funktioniert nicht",
         """Hallo,

ich wollte an Ihrer Kundenumfrage teilnehmen, aber der Link aus der E-Mail führt nur zu einer Fehlermeldung: „Profil nicht gefunden“. Cookies habe ich schon gelöscht und es mit zwei verschiedenen Browsern probiert, ohne Erfolg.

Gibt es einen anderen Link?

Gruß
Markus Klein""",
         "Markus Klein"),
    ],
    "es": [
        ("correction", (),
         "Error en mi correo del panel de consumidores",
         """Hola:

Me apunté al panel de consumidores en la tienda de Bruselas y la chica que me atendió escribió mal mi correo: puso "fernandes" con s en lugar de "fernandez". Una conocida con una dirección parecida me ha dicho que le están llegando vuestras encuestas a mi nombre.

¿Podéis corregirlo? La dirección buena es esta desde la que os escribo.

Gracias,
Lucía Fernández""",
         "Lucía Fernández"),
        ("deletion", ("withdraw_consent",),
         "Borrar mis datos del concurso",
         """Buenas tardes,

Participé en el concurso de disfraces de Halloween de vuestra web. No gané, y me parece bien, pero ahora quiero que borréis todo lo que os mandé: las fotos de mis hijos disfrazados, mi nombre, mi dirección y mi teléfono.

Y por favor, dejad de enviarme los correos de "nuevos concursos" que me llegan desde entonces.

Un saludo,
Javier Ruiz""",
         "Javier Ruiz"),
        ("portability", (),
         "Solicitud de portabilidad de mis reseñas",
         """Estimados señores:

Soy cliente desde hace años y he escrito en su web más de treinta reseñas de productos de jardinería, muchas de ellas con fotos. Me gustaría recibir todas mis reseñas (texto, puntuación, fecha, producto y fotos) en un formato estructurado y de lectura mecánica, como CSV o JSON, para poder llevarlas a un foro de jardinería en el que participo.

No les pido que las eliminen de su web; solo quiero tenerlas en ese formato.

Atentamente,
Carmen López Navarro""",
         "Carmen López Navarro"),
        ("restriction", (),
         "Fotos del taller de cerámica - no las publiquen",
         """Hola,

El 17 de octubre participé en el taller de cerámica de la tienda de Lieja y nos hicieron fotos "para las redes". Ya he presentado una reclamación, porque en ningún momento se nos pidió permiso y, según me dijo la monitora, una de las fotos en las que salgo yo se iba a usar en un anuncio.

Mientras no se resuelva la reclamación, les pido que no publiquen ni usen esas fotos en ningún sitio. Pero no las borren todavía: las necesito como prueba.

Gracias,
Pablo Sánchez""",
         "Pablo Sánchez"),
        ("objection", (),
         "Llamadas de una empresa de encuestas",
         """Buenos días:

Desde hace unas semanas me llama una empresa de estudios de mercado que dice trabajar para ustedes, y me pregunta por mis compras en la tienda y por los talleres a los que he ido.

No quiero que mis datos se usen para estudios de mercado ni que se pasen a ninguna empresa de encuestas; me opongo a ello. Por lo demás sigo siendo cliente y quiero conservar mi tarjeta de fidelidad.

Saludos cordiales,
Antonio Gómez""",
         "Antonio Gómez"),
        ("withdraw_consent", (),
         "SMS de talleres",
         """hola, cuando me apunté al taller de cocina marqué la casilla para que me avisarais por SMS de nuevos talleres y eventos. ya no quiero recibirlos, me llegan demasiados. gracias!

Marta""",
         "Marta Díaz"),
        ("complaint", ("access",),
         "Grabación del grupo de discusión sin avisar",
         """Estimados señores:

El pasado 5 de noviembre asistí a un grupo de discusión sobre la nueva app en su tienda de Amberes. Al final de la sesión, la moderadora comentó de pasada que "el vídeo" se enviaría al equipo de marketing. Nadie nos había dicho que se estaba grabando, ni en la invitación ni al llegar; la cámara estaba detrás de un espejo.

Quiero presentar una queja formal por esta grabación hecha sin informarnos ni pedirnos consentimiento. Además, solicito saber quién ha tenido acceso a la grabación, a quién se ha enviado y cuánto tiempo piensan conservarla.

Atentamente,
Elena Martín Ruiz""",
         "Elena Martín Ruiz"),
        ("other", (),
         "¿Puedo llevar a mi hija al taller?",
         """Hola,

Tengo plaza para el taller de velas aromáticas del sábado 21 en Ixelles. ¿Puedo llevar a mi hija de 10 años? Si hay que pagar otra plaza no hay problema, solo decidme cómo hacerlo.

¡Gracias!
Rocío Moreno""",
         "Rocío Moreno"),
        ("other", (),
         "Duda sobre las bases del concurso de Instagram",
         """Buenas,

Quiero participar en el concurso de Instagram de la cesta de Navidad. ¿Hay que dar "me gusta", compartir y mencionar a dos amigos, o basta con comentar? Y si después del sorteo borro la publicación compartida de mi perfil, ¿pierdo el premio?

Un saludo,
Sergio Jiménez""",
         "Sergio Jiménez"),
        ("other", (),
         "Encuesta: me sale un error al enviar",
         """Hola,

Estoy intentando rellenar la encuesta de satisfacción que me llegó tras comprar en la tienda, pero al final, cuando pulso "Enviar", me sale "Error al guardar sus datos" y tengo que empezar de cero. Ya lo he intentado tres veces.

¿Sabéis qué pasa? Me gustaría poder terminarla.

Saludos,
Raquel Torres""",
         "Raquel Torres"),
    ],
    "it": [
        ("access", ("objection",),
         "Foto e video del corso di cucina",
         """Buongiorno,

il 24 ottobre ho partecipato al corso di pasta fresca nel vostro negozio di Charleroi. Durante il corso una ragazza ha scattato parecchie foto e girato dei video, e ho visto che alcuni sono finiti sulla vostra pagina Facebook.

Vorrei sapere quali foto e video in cui compaio avete conservato, dove li avete pubblicati e se li avete girati anche al pastificio che sponsorizzava il corso. Se così fosse, non voglio che le mie immagini vengano più passate allo sponsor.

Cordiali saluti,
Giulia Romano""",
         "Giulia Romano"),
        ("correction", (),
         "Dati sbagliati iscrizione ai corsi",
         """Salve,

mi sono iscritta a diversi corsi nel vostro negozio di Liegi, ma nel vostro sistema risulto come "Lucia Bianco" invece di Lucia Bianchi, e il numero di cellulare è quello vecchio, che non uso più da un anno. Per questo i promemoria dei corsi non mi arrivano mai. Il numero giusto è 0478 55 21 90.

Potete correggere nome e numero?

Grazie mille,
Lucia Bianchi""",
         "Lucia Bianchi"),
        ("deletion", ("withdraw_consent",),
         "Cancellazione dal panel tester",
         """Buonasera,

due anni fa mi sono iscritto al vostro panel di tester di prodotti. Ultimamente i questionari chiedono cose sempre più personali (reddito familiare, problemi di salute e così via) e non mi sento più a mio agio.

Vi chiedo di cancellare il mio profilo di tester e tutte le risposte che ho dato ai questionari. E naturalmente non mandatemi più inviti a test e sondaggi.

Saluti,
Marco Ferrari""",
         "Marco Ferrari"),
        ("portability", (),
         "Esportazione dei miei contenuti del forum",
         """Gentile staff,

sono iscritta al forum clienti da quattro anni (nickname "lafalegname") e ho scritto centinaia di messaggi e diverse guide sul fai-da-te, oltre a una trentina di recensioni. Sto aprendo un sito tutto mio e vorrei portarmi dietro i miei contenuti.

È possibile ricevere tutti i miei post, le guide e le recensioni in un file in formato strutturato (JSON, CSV o XML), con date e immagini? Se vi è più comodo, potete anche trasmetterli direttamente alla piattaforma che uso per il sito: vi mando volentieri i riferimenti.

Grazie e buon lavoro,
Chiara Esposito""",
         "Chiara Esposito"),
        ("restriction", (),
         "Risposte al sondaggio - sospendetene l'uso",
         """Buongiorno,

ho ricevuto il riepilogo delle mie risposte al vostro sondaggio "Famiglia e casa" e ci sono dati che non ho mai dato: risultano tre figli (ne ho uno), un reddito molto più alto del mio e perfino un cane. Credo che le mie risposte siano state mescolate con quelle di un'altra persona.

Finché non avrete verificato cosa è successo, vi chiedo di non usare queste risposte per nessuno scopo, né per statistiche né per offerte.

Distinti saluti,
Roberto Colombo""",
         "Roberto Colombo"),
        ("withdraw_consent", (),
         "basta email dei concorsi",
         """Ciao, quando ho partecipato al concorso "Vinci la tua cucina" avevo dato il consenso a ricevere comunicazioni su concorsi e promozioni. Lo revoco: niente più email e niente più notifiche nell'app, grazie.

Alessandro Ricci""",
         "Alessandro Ricci"),
        ("complaint", (),
         "Lista delle iscrizioni lasciata alla cassa",
         """Spettabile Shop Example,

la settimana scorsa, nel negozio di Seraing, ho iscritto i miei figli alla giornata per bambini del 14 novembre sul foglio lasciato alla cassa. Bisognava scrivere nome, telefono, indirizzo, nomi ed età dei bambini, e il foglio stava lì sul bancone, sotto gli occhi di chiunque passasse.

Tre giorni dopo ho ricevuto un messaggio WhatsApp da uno sconosciuto che diceva di avermi "vista sulla lista". Non so chi sia, ma sa come si chiamano i miei figli.

Trovo gravissimo che dati di questo tipo vengano lasciati in vista alla cassa. Presento reclamo formale e mi riservo di rivolgermi all'Autorità per la protezione dei dati.

Francesca Gallo""",
         "Francesca Gallo"),
        ("other", (),
         "Quando arriva il premio?",
         """Buongiorno,

ho vinto un set di pentole nell'estrazione di ottobre e il 3 novembre vi ho mandato i miei dati per la spedizione, come mi avevate chiesto. Da allora non ho più saputo niente. Potete dirmi quando più o meno arriverà?

Grazie,
Davide Marino""",
         "Davide Marino"),
        ("other", (),
         "Corso di cucito - posso portare un'amica?",
         """Salve,

sono iscritta al corso di cucito per principianti del 28 novembre a Mons. Una mia amica vorrebbe venire con me, ma online risulta tutto esaurito. C'è una lista d'attesa o si può aggiungere un posto?

Grazie mille,
Sara Conti""",
         "Sara Conti"),
        ("other", (),
         "Domanda sul regolamento del concorso di disegno",
         """Buongiorno,

sto pensando di far partecipare mia figlia (8 anni) al vostro concorso di disegno per bambini. Nel regolamento leggo che i disegni dei vincitori verranno pubblicati sul sito e sui social: viene pubblicato anche il nome del bambino, o solo il disegno? E serve la mia firma come genitore?

Cordiali saluti,
Paolo Greco""",
         "Paolo Greco"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso - programa de embaixadores",
         """Olá,

Fui "embaixadora" da vossa marca no Instagram entre março e setembro deste ano. Durante o programa, a agência que o gere em vosso nome pediu-me acesso às estatísticas da minha conta: número de seguidores, idade e cidade dos seguidores, alcance das publicações, etc.

Agora que o programa terminou, gostava de saber exatamente que dados pessoais meus guardam (vocês e a agência), de onde vieram e com quem foram partilhados.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),
        ("deletion", (),
         "Fotografia na vossa página do Facebook",
         """Boa tarde,

Na inauguração da loja de Ixelles, no dia 10 de outubro, tiraram-me uma fotografia na zona da prova de queijos que agora está no álbum do evento no vosso Facebook. Não gosto nada da fotografia e prefiro não aparecer.

Peço que a apaguem do álbum e de qualquer outro sítio onde a tenham guardado.

Cumprimentos,
Rui Pereira""",
         "Rui Pereira"),
        ("portability", (),
         "Exportar as minhas avaliações",
         """Olá,

Ao longo dos anos escrevi perto de cinquenta avaliações de produtos na vossa loja online e publiquei vários tópicos no fórum da comunidade. Vou começar um canal sobre bricolage e gostava de reaproveitar esse material.

Podem enviar-me todas as minhas avaliações e publicações do fórum num ficheiro em formato estruturado, tipo CSV ou JSON, com as datas e as fotografias?

Obrigado,
Tiago Almeida""",
         "Tiago Almeida"),
        ("restriction", (),
         "Vídeo do workshop de jardinagem",
         """Exmos. Senhores,

No workshop de jardinagem de 31 de outubro, em Waterloo, foi filmado um vídeo em que apareço e em que se ouve claramente o meu nome. Apresentei uma reclamação sobre isso à vossa loja a 2 de novembro, que ainda está em análise.

Até a reclamação estar resolvida, peço que não publiquem nem utilizem esse vídeo de forma nenhuma. Não o apaguem, porém: quero que seja conservado até haver uma decisão.

Com os melhores cumprimentos,
Paulo Sousa""",
         "Paulo Sousa"),
        ("objection", ("withdraw_consent",),
         "Uso das minhas respostas ao inquérito",
         """Boa noite,

Respondi ao vosso inquérito de satisfação depois de comprar um sofá. Agora aparecem-me na app "recomendações com base nas suas respostas", com produtos escolhidos a partir do que escrevi.

Oponho-me a que usem as minhas respostas para traçar o meu perfil e escolher publicidade. E já agora, tirem-me da lista de envio dos inquéritos por e-mail, não quero receber mais.

Cumprimentos,
Sofia Martins""",
         "Sofia Martins"),
        ("correction", (),
         "Nome errado na lista de vencedores",
         """Olá, boa tarde

Ganhei um dos vales no sorteio do Dia da Criança, o que muito agradeço! Mas na lista de vencedores publicada no vosso site o meu nome aparece como "Joana Silvia" em vez de Joana Silva, e a cidade está como Antuérpia quando eu moro em Anderlecht.

Podem corrigir, por favor?

Obrigada,
Joana Silva""",
         "Joana Silva"),
        ("complaint", ("deletion",),
         "Segundo pedido - fotografia do meu filho",
         """Exmos. Senhores,

A 28 de setembro enviei-vos um e-mail a pedir que retirassem do vosso Instagram a fotografia do meu filho de 4 anos, tirada na festa infantil da loja de Liège sem que ninguém nos pedisse autorização. Passou mais de um mês e não recebi qualquer resposta. A fotografia continua publicada.

Isto não é aceitável. Volto a pedir que a fotografia seja retirada e apagada de todos os vossos arquivos. Se não tiver resposta nos próximos dias, apresentarei queixa à Autoridade de Proteção de Dados belga.

Carla Fernandes""",
         "Carla Fernandes"),
        ("other", (),
         "Inscrição no workshop de cozinha",
         """Bom dia,

Queria inscrever-me no workshop de cozinha portuguesa de 5 de dezembro, mas o formulário pede o número do cartão de cliente e eu perdi o cartão. Posso inscrever-me só com o nome e o e-mail, ou têm de me emitir um cartão novo primeiro?

Obrigado,
Nuno Ferreira""",
         "Nuno Ferreira"),
        ("other", (),
         "Dúvida sobre o regulamento do passatempo",
         """Olá!

O meu marido e eu queríamos participar os dois no passatempo do fim de semana nas Ardenas, mas usamos o mesmo perfil de cliente. Contam como duas participações se cada um preencher o formulário com o seu nome, ou temos de criar um perfil novo para ele?

Beijinhos e obrigada,
Marta Lopes""",
         "Marta Lopes"),
        ("other", (),
         "Vale do inquérito não funciona",
         """Boa tarde,

Preenchi o vosso inquérito de satisfação e recebi um vale de 5 euros, mas quando o tentei usar na caixa da loja de Schaerbeek apareceu "dados inválidos". A funcionária também não conseguiu resolver.

O código é SURV-8821-KQ. Podem verificar?

Obrigado,
João Costa""",
         "João Costa"),
    ],
}

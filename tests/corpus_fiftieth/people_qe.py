"""Fiftieth set, customer-service mail about calls, chats, tickets and reviews (en nl fr de es it pt). Written apart from the rules (see make_fiftieth.py)."""

PEOPLE_QE = {
    "en": [
        ("access", (),
         "Copy of my call recording - 12 October",
         """Hello,

I phoned your customer service on Monday 12 October at about half two in the afternoon about my order 4471902 (the garden furniture set). The message at the start said the call may be recorded.

Could you send me a copy of that recording, please? I'd also like to know how long you keep recordings like this, and whether anything was written on my customer file after the call.

Kind regards,
Alison Hartley""",
         "Alison Hartley"),

        ("correction", (),
         "wrong mobile number on my file",
         """Hi there,

Your agents have promised to ring me back twice now and nobody ever did. I finally looked in the app and worked out why: somebody typed my mobile number wrong, two digits swapped.

You have 0478 21 39 60. My actual number is 0478 21 36 90. Could you fix that on my account please? Loyalty card 6290 0041 7735 if that helps find me.

Cheers,
Graham""",
         "Graham Pitt"),

        ("deletion", ("withdraw_consent",),
         "Remove my review please",
         """Hello,

A few weeks ago I left a review of the Kenwood mixer after you sent one of those "how did we do?" emails. I didn't realise my full name would be shown under it, along with the town I live in.

Please delete the review and whatever you kept about me from it. And I don't want any more review invitations or reminders after I buy something - if I feel like writing a review I'll do it myself.

Thanks,
Margaret O'Connell""",
         "Margaret O'Connell"),

        ("portability", (),
         "Export of my chat and ticket history",
         """Dear Shop Example,

Over the past year I've had a fair number of conversations with your customer service - live chat, the chatbot and about a dozen tickets through the contact form, mostly about the kitchen I ordered in instalments.

Under my right to data portability I'd like to receive all of that history (chat transcripts, tickets, the attachments I sent and your replies) as a machine-readable file. JSON or CSV is fine; a zip with the attachments alongside would be perfect. I want to load it into the case-management tool my consumer association uses.

My customer number is C-2208813.

Best regards,
Daniel Okafor""",
         "Daniel Okafor"),

        ("restriction", (),
         "Please do NOT delete the recording of my call of 3 November",
         """Hello,

On 3 November I called your hotline and the agent (Nadia, I think) agreed to match the price of the TV I had bought two days earlier - a difference of EUR 120. The refund never came, and now your chat tells me there is "no record of such an agreement".

Your privacy notice says call recordings are deleted after 30 days. Please keep the recording of that call until this dispute is settled and make sure it isn't deleted automatically. I'm not asking you to do anything else with it for now, just to preserve it.

Order 4502217. I called from 0495 66 10 84.

Regards,
Peter Lawson""",
         "Peter Lawson"),

        ("objection", (),
         "Chatbot transcripts",
         """Hi,

Your chat window says conversations "may be used to improve our services, including training our virtual assistant". I object to my chats being used for that. I use the chat to sort out problems with my orders, not to teach your bot, and the same goes for any quality analytics you run on them.

Please confirm you've noted this on my account.

Emily""",
         "Emily Chambers"),

        ("complaint", ("access",),
         "Your agent gave my address to someone else",
         """To whom it may concern,

On 21 October my former partner, whom I left earlier this year and who does not know where I now live, phoned your customer service pretending to be me and "checking on a delivery". Your agent read out my new address to him over the phone. He turned up at my door two days later.

I find it hard to put into words how serious this is. Nobody asked him for an order number, a date of birth or anything else. I want a formal explanation of how this could happen, and I want to know exactly what information about me was disclosed on that call and on any other call made in my name since September.

I am considering reporting this to the Data Protection Authority and have kept a copy of this e-mail for that purpose.

Rachel Dunmore""",
         "Rachel Dunmore"),

        ("other", (),
         "Refund still not received - and a very unhelpful agent",
         """I returned a pair of boots (order 4493120) on 2 October and I'm still waiting for my EUR 89.95. I called on Tuesday and the man I spoke to was frankly rude: he told me to "stop calling, it's in the system" and hung up on me.

I'm not asking for much - just my money back and a bit of courtesy. Can someone please sort this out?

Sarah Jenkins""",
         "Sarah Jenkins"),

        ("other", (),
         "Duplicate ticket - can be deleted",
         """Hi, I sent the contact form twice by mistake this morning (tickets 88213 and 88214). You can just delete the second one, it's the same problem: the lid of the blender arrived cracked. The photo is attached to the first one.

Thanks,
Tom""",
         "Tom Fletcher"),

        ("other", (),
         "Thank you to Sofie at the Ghent service desk",
         """Hello,

I just wanted to pass on a thank you to Sofie at the service desk in your Ghent store. All my data on the old laptop was my big worry when I brought it in for the trade-in, and she took the time to show me how to wipe it properly before I handed it over. A lovely, patient person - please tell her.

Best wishes,
Rosemary Clarke""",
         "Rosemary Clarke"),
    ],

    "nl": [
        ("access", ("deletion",),
         "Wat staat er in mijn klantendossier?",
         """Goeiedag,

Vorige week (29 oktober) belde ik naar jullie klantendienst over een terugbetaling. Op een bepaald moment zei de medewerkster, zonder het goed te beseffen denk ik: "ah, ik zie hier al een opmerking over u staan". Daarna was ze plots heel kortaf.

Ik wil graag weten wat er precies over mij genoteerd staat: alle notities van jullie medewerkers in mijn dossier, bij gesprekken, chats en tickets. En als daar iets in staat als "lastige klant" of iets in die aard, dan wil ik dat dat verwijderd wordt.

Met vriendelijke groeten,
Hilde Peeters""",
         "Hilde Peeters"),

        ("deletion", (),
         "kopie identiteitskaart verwijderen",
         """Dag,

Voor mijn garantieclaim op de stofzuiger (ticket 77120) moest ik via het contactformulier een foto van mijn identiteitskaart meesturen. De stofzuiger is intussen vervangen, dus die zaak is rond.

Ik wil dat die foto van mijn identiteitskaart nu uit jullie systeem verwijderd wordt, ook uit de mailbox van de medewerker die ze ontvangen heeft. Kunnen jullie laten weten wanneer dat gebeurd is?

Groeten,
Koen Maes""",
         "Koen Maes"),

        ("portability", (),
         "Mijn chatgeschiedenis in een bestand",
         """Hallo,

Ik heb het voorbije jaar heel wat met jullie gechat, via WhatsApp en via het chatvenster op de website (vooral over de levering van onze keuken). Ik zou al die gesprekken graag ontvangen in een bestand dat ik zelf kan inlezen, bv. CSV of JSON, met datum en uur bij elk bericht. Een pdf heb ik niets aan.

Volgens mij heb ik daar recht op onder de GDPR (overdraagbaarheid). Mijn klantennummer is 3318-0927.

Alvast bedankt,
Sanne Wouters""",
         "Sanne Wouters"),

        ("restriction", (),
         "Chat van 14 oktober NIET wissen aub",
         """Beste,

Op 14 oktober heb ik in jullie chat met een medewerker (Jens) afgesproken dat ik de beschadigde kast mocht houden met 30% korting. Nu beweert jullie klantendienst dat er nooit iets dergelijks beloofd is en willen ze de volledige prijs.

Ik betwist dat. Daarom vraag ik jullie dat chatgesprek te bewaren en niet te wissen tot dit geschil opgelost is, ook als jullie gewone bewaartermijn intussen afloopt. Verder hoeft er voorlopig niets mee te gebeuren.

Bestelling 5520931.

Mvg,
Dirk Claes""",
         "Dirk Claes"),

        ("objection", (),
         "opnames van gesprekken",
         """Goedemiddag,

Elke keer als ik jullie bel, hoor ik "dit gesprek kan worden opgenomen voor opleidings- en kwaliteitsdoeleinden". Daar ga ik niet mee akkoord. Ik wil niet dat mijn telefoongesprekken met jullie opgenomen of achteraf beluisterd worden voor opleiding of kwaliteitsanalyses.

Kunnen jullie dat bij mijn klantgegevens noteren, zodat het bij een volgende oproep niet meer gebeurt?

Vriendelijke groet,
Marleen Jacobs""",
         "Marleen Jacobs"),

        ("withdraw_consent", (),
         "",
         """Hoi, na elk telefoontje met jullie krijg ik een sms "hoe tevreden was u?" en soms nog een belletje erachteraan. Ik wil die tevredenheidsenquetes niet meer, niet per sms en niet per telefoon. Merci!

Bart""",
         "Bart Goossens"),

        ("complaint", (),
         "Antwoord op mijn ticket naar iemand anders gestuurd",
         """Geachte,

Gisteren kreeg ik een mail van een mij onbekende mevrouw uit Hasselt. Zij had van jullie klantendienst een antwoord ontvangen op MIJN ticket over de terugname van mijn wasmachine, met mijn naam, mijn adres in Genk en mijn telefoonnummer erin. Ze was zo vriendelijk om het aan mij door te sturen.

Dit vind ik onaanvaardbaar. Hoe kan een antwoord op een ticket zomaar bij een andere klant terechtkomen? Ik verwacht een verklaring en wil weten wat jullie doen om te voorkomen dat dit nog eens gebeurt. Als ik binnen twee weken niets hoor, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Ria Vermeulen""",
         "Ria Vermeulen"),

        ("other", (),
         "openingsuren klantendienst",
         """Goeiedag, tot hoe laat is jullie klantendienst telefonisch bereikbaar op zaterdag? Op de website staat "tot 17u", maar gisteren om half vier kreeg ik al een bandje dat ik buiten de openingsuren belde. Het gaat over de montage van een kast.

Groetjes,
Lotte""",
         "Lotte De Smet"),

        ("other", (),
         "Graag terugbellen ivm bestelling 5571408",
         """Dag,

Kan iemand mij terugbellen over mijn bestelling 5571408? De levering staat gepland op dinsdag, maar dan ben ik niet thuis. In de chat lukte het niet om de datum te wijzigen, de bot stuurde me telkens naar dezelfde pagina. Mijn gegevens staan bij de bestelling, het gsm-nummer is nog hetzelfde.

Bedankt,
Wim Hermans""",
         "Wim Hermans"),

        ("other", (),
         "nog altijd geen terugbetaling",
         """Goeiemorgen,

Op 6 oktober heb ik een retour binnengebracht in jullie winkel in Mechelen (ticket 80415). Vijf weken later staat het geld nog altijd niet op mijn rekening. Ik heb al drie keer gebeld en telkens is het "het zit in het systeem, nog even geduld".

Stop met mij aan het lijntje te houden en stort gewoon de 64,99 euro terug.

Annelies Mertens""",
         "Annelies Mertens"),
    ],

    "fr": [
        ("access", (),
         "Qui a reçu mon adresse e-mail pour les avis ?",
         """Bonjour,

Après mon achat du 8 octobre dans votre magasin de Namur (payé avec ma carte de fidélité), j'ai reçu un e-mail de « TrustVoice » m'invitant à noter mon expérience. Je n'ai jamais donné mon adresse à cette société.

Je souhaiterais savoir à qui exactement vous avez transmis mon adresse e-mail, quelles autres données cette société a reçues (nom, article acheté, montant ?) et combien de temps elle les garde.

Merci d'avance,
Isabelle Lambert""",
         "Isabelle Lambert"),

        ("correction", (),
         "Erreur dans mon nom",
         """Bonjour,

Lors de mon appel au service clientèle la semaine passée, l'agent a créé une fiche pour suivre ma réclamation, mais il a écrit « Dupond » au lieu de « Dupont », et mon prénom est devenu « Jean-Luc » alors que je m'appelle Jean-Louis. Depuis, tous vos e-mails et même la facture de remplacement portent ce mauvais nom.

Pourriez-vous corriger cela dans votre fichier clients ? Numéro de client : 40-118273.

Bien à vous,
Jean-Louis Dupont""",
         "Jean-Louis Dupont"),

        ("deletion", (),
         "numéro de carte tapé dans le chat",
         """Bonjour,

Ce matin, en discutant avec votre assistant virtuel, j'ai tapé par erreur le numéro complet de ma carte Visa dans la fenêtre de discussion (je croyais être sur la page de paiement...). J'ai fait bloquer la carte, mais je voudrais que ce numéro soit effacé de la conversation et de tous vos systèmes, y compris des copies éventuelles chez le fournisseur du chat.

Merci de me confirmer la suppression.

Nathalie Dubois""",
         "Nathalie Dubois"),

        ("restriction", ("access",),
         "Conservation de l'enregistrement de mon appel du 20 octobre",
         """Madame, Monsieur,

Le 20 octobre, un de vos conseillers m'a assuré par téléphone que la réparation de mon lave-vaisselle serait prise en charge sous garantie. Aujourd'hui, votre service après-vente me facture nonante-cinq euros de déplacement en affirmant qu'aucune promesse n'a été faite.

Je conteste cette facture. Je vous demande donc de conserver l'enregistrement de cet appel et de ne pas le supprimer tant que ce litige n'est pas réglé, même si votre délai de conservation habituel expire entre-temps. Je souhaite également en recevoir une copie.

Commande n° 4418760. J'ai appelé depuis le 0472 18 55 03.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Leroy""",
         "Philippe Leroy"),

        ("objection", ("withdraw_consent",),
         "Analyse de mes conversations + enquêtes",
         """Bonjour,

J'ai lu dans votre politique de confidentialité que les conversations avec le service clientèle (chat et téléphone) sont analysées « pour améliorer la qualité du service ». Je m'oppose à ce que mes conversations servent à ce genre d'analyses.

Par la même occasion : je ne veux plus être appelée pour les enquêtes de satisfaction après chaque contact. J'avais dit oui une fois au téléphone, je retire cet accord.

Cordialement,
Sophie Renard""",
         "Sophie Renard"),

        ("withdraw_consent", (),
         "Assez des invitations à laisser un avis",
         """Bonjour,

J'ai acheté un robot de cuisine pour l'anniversaire de ma sœur, livré directement chez elle. Depuis, je reçois une invitation à laisser un avis, puis un rappel, puis encore un rappel... Je n'ai même jamais utilisé ce robot !

Merci de ne plus m'envoyer ces demandes d'avis, pour aucun achat.

Claire""",
         "Claire Mathieu"),

        ("complaint", ("deletion",),
         "Deuxième demande - toujours pas de réponse",
         """Bonjour,

Le 9 octobre, j'ai demandé via votre chat (conversation avec « Léa ») la suppression de mon compte client et de toutes mes données. On m'a répondu que la demande était « transmise au service compétent ». Depuis : rien. Aucune confirmation, et mon compte est toujours actif dans l'application.

Ceci est donc ma deuxième demande : supprimez mon compte et mes données. Sans réponse dans le délai légal, je porterai plainte auprès de l'Autorité de protection des données.

Marc Lefèvre""",
         "Marc Lefèvre"),

        ("other", (),
         "Comportement inacceptable d'un conseiller",
         """Bonjour,

Je tiens à signaler le comportement d'un conseiller de votre service clientèle, à qui j'ai parlé le 27 octobre vers 11 h. Je demandais simplement quand mon colis (commande 4521188) allait arriver ; il m'a répondu sur un ton méprisant, en soupirant, avant de me mettre en attente pendant vingt minutes.

Je ne demande pas de sanction, mais un peu de respect serait le bienvenu. Et j'attends toujours mon colis.

Cordialement,
Véronique Simon""",
         "Véronique Simon"),

        ("other", (),
         "Merci !",
         """Bonjour,

Juste un petit mot pour remercier Karim, du service clientèle, qui m'a aidée hier au téléphone pendant presque une heure à installer le décodeur acheté chez vous. Il a été d'une patience incroyable avec moi, qui ne suis pas douée avec la technique. C'est rare de nos jours !

Bonne journée,
Monique Gérard""",
         "Monique Gérard"),

        ("other", (),
         "Formulaire de contact qui efface tout",
         """Bonjour,

J'essaie depuis hier de vous envoyer une réclamation par le formulaire de contact (porte d'armoire arrivée fendue, commande 4530042), mais chaque fois que j'ajoute la photo, le formulaire efface tout ce que j'ai tapé et je dois recommencer. Du coup je vous écris ici. Pouvez-vous transmettre au service après-vente ? La photo est en pièce jointe.

Merci,
Thomas Martin""",
         "Thomas Martin"),
    ],

    "de": [
        ("access", (),
         "Auskunft: Notizen Ihrer Mitarbeiter zu meiner Person",
         """Sehr geehrte Damen und Herren,

bei meinem letzten Anruf bei Ihrer Hotline am 4. November sagte mir der Mitarbeiter: „Ich sehe hier, dass Sie sich schon öfter beschwert haben." Offenbar werden zu meiner Person Vermerke geführt.

Ich bitte daher gemäß Art. 15 DSGVO um Auskunft über alle Notizen und Vermerke, die Ihre Mitarbeiter im Kundenservice über mich angelegt haben, sowie darüber, ob meine Telefonate aufgezeichnet wurden und wie lange diese Aufzeichnungen gespeichert werden.

Mit freundlichen Grüßen
Stefan Krüger
Kundennummer 51-300482""",
         "Stefan Krüger"),

        ("correction", (),
         "Falsche Adresse nach Telefonat",
         """Hallo,

nach meinem Umzug habe ich Ihrer Kollegin am Telefon meine neue Adresse durchgegeben. Eingetragen wurde offenbar „Bergstraße 12", richtig ist aber Bergstraße 21, 4700 Eupen. Zwei Pakete sind schon beim Nachbarn gelandet.

Bitte ändern Sie die Adresse in meinem Kundenkonto. In der App habe ich es selbst versucht, aber das Feld ist dort gesperrt.

Danke und Gruß
Andrea Schmitz""",
         "Andrea Schmitz"),

        ("deletion", ("objection",),
         "Löschung meiner Gesprächsaufzeichnungen",
         """Guten Tag,

ich habe in den letzten Monaten mehrmals bei Ihrem Kundenservice angerufen, jedes Mal mit der Ansage, dass das Gespräch aufgezeichnet werden kann. Die Anliegen sind inzwischen alle erledigt.

Ich verlange, dass sämtliche Aufzeichnungen meiner Anrufe gelöscht werden. Außerdem widerspreche ich der Aufzeichnung künftiger Gespräche - wenn ich bei Ihnen anrufe, möchte ich nicht aufgenommen werden.

Mit freundlichen Grüßen
Jürgen Becker""",
         "Jürgen Becker"),

        ("portability", (),
         "Datenübertragbarkeit - Ticketverlauf",
         """Sehr geehrte Damen und Herren,

gemäß Art. 20 DSGVO bitte ich Sie, mir den vollständigen Verlauf meiner Kundenservice-Tickets und Chats (einschließlich der von mir hochgeladenen Dateien) in einem strukturierten, gängigen und maschinenlesbaren Format, z. B. JSON oder CSV, bereitzustellen.

Ich möchte diese Daten in mein eigenes Haushaltsarchiv übernehmen; eine PDF-Zusammenfassung genügt dafür nicht.

Kundennummer: 51-228817
E-Mail-Adresse im Kundenkonto: identisch mit dieser Absenderadresse

Mit freundlichen Grüßen
Dr. Claudia Weber""",
         "Claudia Weber"),

        ("restriction", (),
         "Fotos im Ticket bitte nicht löschen",
         """Hallo,

in Ticket 90318 habe ich Ihnen Fotos der beschädigten Lieferung geschickt (Esstisch, Kratzer und ein gebrochenes Bein). Ihr System hat mir jetzt mitgeteilt, dass das Ticket geschlossen ist und Anhänge nach 30 Tagen automatisch gelöscht werden.

Bitte löschen Sie diese Fotos vorerst nicht. Meine Versicherung prüft den Schaden noch, und ich brauche die Bilder eventuell als Nachweis - meine eigenen Originale sind mit meinem alten Handy verloren gegangen. Sie müssen damit nichts weiter machen, nur aufbewahren, bis die Sache erledigt ist.

Viele Grüße
Markus Hoffmann""",
         "Markus Hoffmann"),

        ("withdraw_consent", (),
         "WhatsApp",
         """Hallo, bitte schicken Sie mir keine WhatsApp-Nachrichten mehr. Ich hatte damals für die Lieferbenachrichtigung zugestimmt, inzwischen kommen aber auch Angebote und Umfragen. Meine Einwilligung ziehe ich hiermit zurück.

Gruß
Sabine Wolf""",
         "Sabine Wolf"),

        ("complaint", ("access",),
         "Beschwerde: Kopie meines Personalausweises an Lieferanten weitergeleitet",
         """Sehr geehrte Damen und Herren,

für eine Garantiereklamation (Ticket 87702) musste ich eine Kopie meines Personalausweises hochladen. Heute erhielt ich eine E-Mail direkt vom Hersteller der Kaffeemaschine, unter der mein Ausweis als Anhang zitiert war. Ihr Kundenservice hat also offensichtlich den gesamten Ticketverlauf samt Anhängen an den Lieferanten weitergeleitet.

Dafür gab es keinerlei Notwendigkeit, und gefragt wurde ich auch nicht. Ich beschwere mich hiermit ausdrücklich über diesen Umgang mit meinen Daten. Außerdem möchte ich wissen, an wen genau der Ticketverlauf weitergegeben wurde und welche Unterlagen darin enthalten waren.

Mit freundlichen Grüßen
Thomas Neumann""",
         "Thomas Neumann"),

        ("other", (),
         "Bitte um Rückruf",
         """Guten Tag,

könnte mich bitte jemand wegen meiner Bestellung 4560331 (Gartenhaus) zurückrufen? Die Lieferung soll auf zwei Termine aufgeteilt werden und ich verstehe nicht, warum. Am besten nachmittags ab 15 Uhr unter 087 55 21 40.

Vielen Dank
Helga Schulz""",
         "Helga Schulz"),

        ("other", (),
         "Warteschleife",
         """Hallo,

jedes Mal, wenn ich Ihre Hotline anrufe, höre ich zuerst „Dieses Gespräch kann zu Qualitätszwecken aufgezeichnet werden" und hänge dann 25 Minuten in der Warteschleife. Heute wurde nach 40 Minuten einfach aufgelegt. Gibt es eine Uhrzeit, zu der man Sie besser erreicht? Es geht um eine Rücksendung.

Gruß
Frank Braun""",
         "Frank Braun"),

        ("other", (),
         "Lob für Ihre Mitarbeiterin",
         """Sehr geehrtes Team,

ich möchte mich ausdrücklich bei Frau Janssens aus Ihrem Kundenservice bedanken. Meine Bestellung war durch einen Fehler doppelt angelegt worden; sie hat die überflüssige Bestellung gelöscht, die Abbuchung storniert und mich sogar zurückgerufen, um zu bestätigen, dass alles erledigt ist. So stelle ich mir Service vor.

Freundliche Grüße
Ingrid Lehmann""",
         "Ingrid Lehmann"),
    ],

    "es": [
        ("access", (),
         "Copia de la conversación con el chat",
         """Hola:

El pasado 16 de octubre estuve hablando con el asistente virtual de vuestra web sobre una devolución y, para «verificar mi identidad», me pidió la fecha de nacimiento y el número de la tarjeta de fidelización. Me quedé con la mosca detrás de la oreja.

Quisiera recibir una copia de esa conversación y saber qué datos míos guardó el chat, para qué los usáis y durante cuánto tiempo los conserváis.

Un saludo,
Lucía Fernández""",
         "Lucía Fernández"),

        ("deletion", (),
         "Borrar fotos enviadas al servicio de atención",
         """Buenas tardes:

Hace unas semanas os mandé por el formulario de contacto tres fotos de la cuna que llegó rota (pedido 4473319). Sin darme cuenta, en dos de ellas sale mi hija pequeña y se ve la fachada de casa con el número.

La incidencia ya está resuelta, así que os pido que borréis esas fotos de vuestro sistema de tickets y de cualquier otro sitio donde las tengáis guardadas.

Gracias,
Marta Ruiz""",
         "Marta Ruiz"),

        ("portability", ("deletion",),
         "Exportar historial y cerrar cuenta",
         """Hola,

Me doy de baja como cliente. Antes de que borréis nada, quiero que me enviéis todo mi historial de atención al cliente (chats, tickets, los mensajes de WhatsApp) en un formato que pueda abrir y procesar con el ordenador, tipo CSV o JSON. Nada de PDF escaneados.

Cuando lo tenga, por favor eliminad mi cuenta y todos mis datos.

Saludos,
Javier Moreno""",
         "Javier Moreno"),

        ("restriction", (),
         "Garantía ampliada que nunca contraté",
         """Buenos días:

En mi último extracto aparece un cargo de 49 € por una «garantía ampliada» que, según vuestro servicio de atención, acepté por teléfono el 22 de octubre. No es cierto: pregunté por ella, pero dije claramente que no la quería.

Mientras se aclara esto, os pido que conservéis la grabación de esa llamada y no la borréis, y que no uséis mis datos para seguir cobrándome esa garantía hasta que se resuelva la reclamación. Solo pido que todo quede congelado hasta entonces.

Atentamente,
Carmen López Vidal""",
         "Carmen López Vidal"),

        ("objection", (),
         "No quiero que compartáis mis datos con la web de opiniones",
         """Hola,

Cada vez que compro algo me llega un correo de una web de opiniones externa a la que, por lo visto, vosotros le pasáis mi nombre, mi correo y lo que he comprado. Me opongo a que compartáis mis datos con esa plataforma o con cualquier otra empresa de reseñas.

Gracias,
Pablo Sánchez""",
         "Pablo Sánchez"),

        ("withdraw_consent", (),
         "encuestas por sms",
         """buenas, ya no quiero recibir las encuestas de satisfacción por sms después de cada llamada. la primera vez dije que sí, pero es que llegan siempre, hasta por una llamada de 2 minutos. gracias

Raquel""",
         "Raquel Gómez"),

        ("complaint", ("access",),
         "¿De dónde habéis sacado este número?",
         """Buenas tardes:

Quiero poner una queja formal. Ayer me llamaron de vuestro servicio de atención al cliente para «devolverme la llamada» sobre una incidencia, pero lo hicieron a mi móvil del trabajo, un número que nunca os he dado: en mi cuenta solo figura mi móvil personal.

Me parece muy grave que tengáis un número mío que yo no os he facilitado. Quiero saber de dónde lo habéis sacado, desde cuándo lo tenéis y qué otros datos míos tenéis aparte de los que os di yo.

Un saludo,
Alberto Díaz""",
         "Alberto Díaz"),

        ("other", (),
         "Reembolso pendiente",
         """Hola:

Devolví una chaqueta (pedido 4502876) el 5 de octubre y todavía no me habéis devuelto el dinero. En el chat me dicen que ya está tramitado y por teléfono que no les consta. ¿Alguien puede mirar qué pasa? Son 79,90 €.

Gracias,
Elena Navarro""",
         "Elena Navarro"),

        ("other", (),
         "Mensaje duplicado",
         """Hola, perdonad, os he mandado dos veces el mismo mensaje por el formulario (el de la lavadora que pierde agua). Podéis borrar el segundo, es la misma incidencia. Sigo esperando a que me llame el técnico.

Un saludo,
Sergio Romero""",
         "Sergio Romero"),

        ("other", (),
         "Horario de atención telefónica",
         """Buenos días,

¿Cuál es el horario del teléfono de atención al cliente en festivos? El 1 y el 11 de noviembre son festivos aquí en Bélgica y necesito hablar con alguien sobre un pedido que tiene que llegar esa semana.

Gracias,
Isabel Torres""",
         "Isabel Torres"),
    ],

    "it": [
        ("correction", (),
         "Data di nascita sbagliata",
         """Buongiorno,

qualche settimana fa, in chat, l'assistente mi ha chiesto la data di nascita per collegare la carta fedeltà al mio account. Evidentemente è stata registrata male: nel profilo risulta 03/07/1985, ma io sono nata il 7 marzo 1985 (07/03/1985). Infatti il buono compleanno mi è arrivato a luglio!

Potete correggerla, per favore? Carta fedeltà n. 6290 0018 4452.

Grazie mille,
Francesca Romano""",
         "Francesca Romano"),

        ("deletion", ("withdraw_consent",),
         "Account creato senza che lo chiedessi",
         """Salve,

a fine settembre vi ho scritto tramite il modulo di contatto per chiedere informazioni su un divano. Adesso scopro di avere un "account" da voi, creato automaticamente con la mia email, e ricevo pure la vostra newsletter, a cui non mi sono mai iscritto.

Vi chiedo di cancellare questo account e i dati collegati, e di togliermi dalla newsletter.

Cordiali saluti,
Luca Bianchi""",
         "Luca Bianchi"),

        ("portability", (),
         "Storico conversazioni WhatsApp in un file",
         """Buongiorno,

negli ultimi mesi ho avuto parecchie conversazioni con il vostro servizio clienti su WhatsApp, con foto, conferme e preventivi. In base al diritto alla portabilità dei dati vorrei ricevere tutto lo storico in un file strutturato (JSON o CSV vanno bene), così da poterlo importare nel programma che uso per tenere in ordine le mie pratiche. Se possibile, includete anche gli allegati.

Grazie,
Giovanni Ricci""",
         "Giovanni Ricci"),

        ("objection", ("deletion",),
         "Uso delle chat per addestrare il chatbot",
         """Gentili signori,

ho letto che le conversazioni con il vostro servizio clienti vengono usate per addestrare e migliorare l'assistente virtuale. Mi oppongo a questo utilizzo delle mie chat. Vi chiedo inoltre di cancellare le trascrizioni delle mie conversazioni già salvate, visto che le mie richieste sono state tutte chiuse.

Distinti saluti,
Paola Conti""",
         "Paola Conti"),

        ("withdraw_consent", (),
         "Basta promemoria per le recensioni",
         """Ciao,
ho comprato un regalo per mio padre e da allora mi arriva un promemoria ogni tre giorni per "raccontarvi la mia esperienza". Non voglio più ricevere inviti a lasciare recensioni, grazie.
Alessandro""",
         "Alessandro Marino"),

        ("complaint", ("deletion",),
         "La vostra risposta alla mia recensione",
         """Buonasera,

ho lasciato una recensione negativa (due stelle) sul vostro servizio di consegna. Fin qui tutto normale. Ma nella vostra risposta pubblica avete scritto: "Gentile sig.ra Greco, come le abbiamo spiegato al telefono il 15 ottobre, il suo ordine 4488210 (materasso) è stato consegnato in ritardo perché lei era assente...". Quindi adesso chiunque può leggere cosa ho comprato, quando, e i fatti miei.

Trovo scorretto che abbiate pubblicato i dettagli del mio ordine e delle mie telefonate senza il mio permesso. Vi chiedo di eliminare subito quella risposta.

Anna Greco""",
         "Anna Greco"),

        ("access", (),
         "Quali dati avete dalle mie chiamate?",
         """Buongiorno,

vorrei sapere quali dati personali conservate sui miei contatti con il servizio clienti: registrazioni delle telefonate, trascrizioni delle chat, note degli operatori. Vorrei riceverne una copia e sapere per quanto tempo li tenete.

Cordialmente,
Roberto Esposito""",
         "Roberto Esposito"),

        ("other", (),
         "Grazie a Giulia",
         """Buongiorno,

volevo solo ringraziare Giulia del servizio clienti, che sabato al telefono mi ha spostato la consegna e ha tolto dall'ordine l'articolo che non era più disponibile, senza farmi pagare la differenza di spedizione. Gentilissima e velocissima.

Un saluto,
Teresa Colombo""",
         "Teresa Colombo"),

        ("other", (),
         "Richiamatemi per favore",
         """Salve, ho chiamato tre volte per l'ordine 4541127 (frigorifero) e la linea cade sempre dopo l'attesa. Mi potete richiamare voi al 0489 33 72 15? Sono a casa tutto il giorno. Grazie.
Davide Gallo""",
         "Davide Gallo"),

        ("other", (),
         "Operatore maleducato",
         """Buongiorno,

vorrei segnalare che l'operatore con cui ho parlato ieri pomeriggio è stato davvero scortese. Ho chiesto perché il rimborso del mio reso del 10 ottobre non fosse ancora arrivato e mi ha risposto "signora, non è colpa mia, richiami la settimana prossima", poi ha chiuso la chiamata. Il rimborso è ancora in sospeso: potete verificare?

Silvia Ferrari""",
         "Silvia Ferrari"),
    ],

    "pt": [
        ("access", (),
         "Gravações das minhas chamadas",
         """Bom dia,

Liguei várias vezes para a vossa linha de apoio ao cliente nos últimos meses, por causa de uma encomenda de móveis que chegou incompleta. Em todas as chamadas ouvi que a conversa podia ser gravada.

Gostaria de receber uma cópia das gravações das minhas chamadas desde agosto e de saber que notas os vossos operadores registaram sobre mim.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),

        ("correction", (),
         "Apelido errado na ficha de cliente",
         """Olá,

Quando liguei para o apoio ao cliente no dia 2 de novembro, o operador tratou-me por "senhora Carvalho", que é o apelido do meu ex-marido. Divorciei-me há dois anos e o meu nome é Sofia Almeida Pinto. Pelos vistos, na vossa ficha ainda consta o nome antigo.

Podem atualizar o meu nome, por favor? O número do cartão de cliente é 6290 0055 1029.

Obrigada,
Sofia Almeida Pinto""",
         "Sofia Almeida Pinto"),

        ("restriction", (),
         "Não apaguem a gravação da chamada de 28 de outubro",
         """Exmos. Senhores,

No dia 28 de outubro, um operador garantiu-me por telefone que a troca do meu frigorífico avariado seria feita sem custos. Agora a vossa loja exige-me o pagamento do transporte, alegando que nada disso foi prometido.

Como contesto essa versão, peço que conservem a gravação dessa chamada e que não a apaguem enquanto este diferendo não estiver resolvido, mesmo que o prazo normal de conservação termine antes disso.

Encomenda n.º 4497015.

Com os melhores cumprimentos,
Rui Ferreira""",
         "Rui Ferreira"),

        ("objection", ("deletion",),
         "Publicidade depois de falar no chat",
         """Boa tarde,

Há umas semanas, no chat do site, expliquei que precisava de uma almofada especial porque tenho uma hérnia discal. Desde então só me aparecem anúncios vossos de produtos ortopédicos, no email e na app.

Oponho-me a que usem o que escrevo no chat para me fazer publicidade ou traçar o meu perfil. E quero que apaguem essa informação sobre a minha saúde da conversa e de qualquer perfil onde a tenham posto.

Cumprimentos,
Helena Sousa""",
         "Helena Sousa"),

        ("withdraw_consent", ("deletion",),
         "WhatsApp",
         """Boa noite, não quero receber mais mensagens vossas no WhatsApp, nem avisos nem promoções. E apaguem o meu número de telemóvel, só o dei por causa de uma entrega.
Obrigado
Tiago""",
         "Tiago Martins"),

        ("complaint", ("withdraw_consent",),
         "Pedi há três semanas e continuam a ligar",
         """Bom dia,

No dia 19 de outubro pedi por telefone, à operadora que me atendeu, para deixar de receber as chamadas do inquérito de satisfação depois de cada contacto. Disseram-me que ficava registado. Desde então já me ligaram mais três vezes para "avaliar o atendimento".

Ninguém respondeu ao meu pedido e ninguém o cumpriu. Isto é inaceitável. Peço pela última vez que parem com estas chamadas; caso contrário, apresento queixa à autoridade de proteção de dados.

Manuel Oliveira""",
         "Manuel Oliveira"),

        ("deletion", (),
         "Apagar o comentário publicado",
         """Olá,

Depois de uma chamada para o apoio ao cliente, respondi a um inquérito por email e escrevi lá um comentário. Agora descobri que esse comentário está publicado no vosso site como avaliação, com o meu nome completo e a cidade onde moro. Nunca aceitei isso.

Por favor apaguem essa avaliação e os meus dados que estão ligados a ela.

Obrigada,
Inês Costa""",
         "Inês Costa"),

        ("other", (),
         "Horário da linha de apoio",
         """Boa tarde, qual é o horário da linha de apoio ao cliente ao domingo? Quero tratar da troca de uma torradeira. Obrigado, Paulo Gomes""",
         "Paulo Gomes"),

        ("other", (),
         "Reclamação sobre o atendimento",
         """Bom dia,

Venho reclamar do atendimento que recebi no balcão de apoio ao cliente da vossa loja de Bruxelas, no sábado passado. Fui devolver uma máquina de café com defeito e a funcionária recusou a devolução por eu não ter a caixa original, e com muito maus modos. No vosso site diz que a caixa não é necessária.

Quero uma solução para a devolução.

Carla Pereira""",
         "Carla Pereira"),

        ("other", (),
         "Retirar um artigo da encomenda",
         """Olá,

Podem retirar as cadeiras da minha encomenda 4566093? Só quero a mesa. Tentei fazer isso no chat, mas o assistente não percebe o que eu quero. Se for preciso, liguem-me para o 0465 12 80 77.

Obrigado,
João Ribeiro""",
         "João Ribeiro"),
    ],
}

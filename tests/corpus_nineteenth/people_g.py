"""Nineteenth set, what made people write and what they write next. Written apart from the rules (see make_nineteenth.py)."""

PEOPLE_G = {
    "en": [
        ("access", ("objection",),
         "who gave my number to a solar panel company??",
         """Hi,

I got a call at 8.15 this morning from someone at "BrightRoof Solar". When I asked how they got my mobile number the girl said, and I quote, "through our partnership with your garden shop". The only place I've ever given that number to is you, for deliveries.

So I'd like to know exactly what you have on me and who you've passed it to, when, and what they got (just the number? address? what I bought?).

And until I've had an answer, please don't hand anything else over to anybody.

Tom Hargreaves""",
         "Tom Hargreaves"),
        ("correction", (),
         "Re: Your personal data - copy attached (ref PR-21877)",
         """Thanks for sending this so quickly.

Going through the file a couple of things are out of date. You've still got me at the flat in Ixelles (Rue Malibran) - I moved two years ago, it's 14 Avenue des Nerviens, 1040 Etterbeek now. And the surname is still my maiden name, Kowalczyk. It's Dupont-Kowalczyk since 2022.

Could you change both please? The orders go to the right place because I type the address in every time, but I'd rather the account was right.

Cheers
Anna""",
         "Anna Dupont-Kowalczyk"),
        ("deletion", (),
         "RE: Verification of your identity - ref PR-20931",
         """I sent a scan of my ID card with my very first email on the 3rd. Clearly nobody looked at it.

Attached again. Front side only, national number blacked out, which is all you need.

Now please close the account and get rid of my details like I asked.

M. Reilly""",
         "Martin Reilly"),
        ("portability", (),
         "Re: Your data export is ready",
         """Hello,

I downloaded the zip. It's got one CSV with my name, email and address, and that's it.

The whole reason I asked was to get my order history (and ideally the loyalty card transactions) into a format I can load into my home inventory app - it imports CSV or JSON. Could you run the export again with the orders included? Date, product, quantity and price would do.

If it's easier you can send it straight to their import address, import@homeledger.example, they say they accept files from retailers.

thanks,
Priya""",
         "Priya Raman"),
        ("restriction", (),
         "account",
         """Hello,

Regarding your email yesterday about the "security incident" on your customer database.

I don't want my account deleted - I've got a warranty claim open on a lawnmower (order 4471-2209) and I need that to stay on file. But I'd like everything else put on hold. Don't use my details for anything other than that claim until I say otherwise.

Please confirm by reply.

Regards,
Geoffrey Lamb""",
         "Geoffrey Lamb"),
        ("objection", (),
         "Different prices when I'm logged in",
         """Dear privacy team,

Yesterday I looked at the Sorrento cantilever parasol logged out: 189 euro. Logged in: 209 euro. Same browser, five minutes apart. I tried it twice.

I can only assume you're using my purchase history or something in my profile to decide what to charge me. I object to that. I do not want my data used to set individual prices or to pick "personalised" offers for me. Please stop doing it on my account.

Yours sincerely,
Helen Carter""",
         "Helen Carter"),
        ("withdraw_consent", (),
         "",
         """just read the email about your new privacy policy. "We may share newsletter subscriber data with selected partners". no thanks.

take me off the newsletter. and the text messages with the discount codes, those too. the unsubscribe link at the bottom of the mail gives a 404 btw

- dan""",
         "Dan Whitfield"),
        ("complaint", ("access",),
         "Third time - subject access request of 12 January, ref PR-18822",
         """To whom it may concern,

This is the third time I am writing about this.

On 12 January I asked for a copy of all the personal data you hold about me. I received your automatic acknowledgement with reference PR-18822 the same day. On 20 February I sent a reminder. Since then: nothing.

You had one month. It has now been almost three. I still want the copy - everything, including where you got the data from and who you've shared it with.

If it has not reached me by Friday 18 April I will lodge a complaint with the Belgian Data Protection Authority, with copies of all my emails.

Sarah O'Connell""",
         "Sarah O'Connell"),
        ("other", (),
         "Re: Your deletion request - ref PR-22410",
         """Hi,

Please cancel this, I've changed my mind. Turns out my wife uses the account too, for the loyalty points, and she'd kill me. Leave everything as it is.

Sorry for the hassle.
Kevin""",
         "Kevin Byrne"),
        ("automated", (),
         "Automatic reply: Re: Your access request - ref PR-18822",
         """Thank you for your email.

I am on annual leave until Monday 14 April with limited access to email. Your message will not be forwarded. For anything urgent please contact my colleague James Whitmore (james.whitmore@corbett-partners.example) or call reception on +32 2 555 01 90.

Kind regards,

Sarah O'Connell
Senior Associate | Corbett & Partners
Avenue Louise 231, 1050 Brussels""",
         "Sarah O'Connell"),
    ],
    "nl": [
        ("access", (),
         "krantenartikel",
         """Goeiemorgen,

Vanmorgen in Het Nieuwsblad gelezen dat jullie klantengegevens zouden doorverkopen aan zogenaamde databrokers. Ik ben al sinds 2017 klant en heb ook jullie klantenkaart.

Ik wil dus graag weten wat jullie allemaal van mij bijhouden, en aan welke bedrijven jullie daar iets van gegeven of verkocht hebben.

Met vriendelijke groeten,
Hilde Claes
Sint-Niklaas""",
         "Hilde Claes"),
        ("correction", (),
         "Re: Uw vraag tot inzage (ref. PR-20114)",
         """Dag,

Bedankt voor het overzicht, dat was snel.

Eén ding klopt niet: mijn geboortedatum staat erin als 03/07/1985 maar het is 07/03/1985, dag en maand zijn omgewisseld denk ik. Daardoor kreeg ik ook mijn verjaardagskorting in juli in plaats van maart, nu snap ik waarom :-)

En mijn achternaam is Wouters met ou, niet Wauters.

Kunnen jullie dat aanpassen?
Groetjes
Lien""",
         "Lien Wouters"),
        ("deletion", ("withdraw_consent",),
         "Gebeld door een verzekeraar",
         """Goedemiddag

Gisteren werd ik gebeld door een of ander verzekeringskantoor dat mij een brandverzekering wou aansmeren. Op mijn vraag hoe ze aan mijn nummer kwamen: "via een partner, mevrouw, een webwinkel in huis en tuin". Dat zijn dus jullie.

Ik heb er genoeg van. Ik wil dat jullie alles van mij wissen, mijn account mag weg, mijn klantenkaart ook. Die nieuwsbrief moet ik ook niet meer hebben.

Graag een bevestiging als het gebeurd is.

M. Vandenberghe""",
         "Martine Vandenberghe"),
        ("portability", (),
         "aankoopgeschiedenis",
         """Hallo,

ik stap over naar een andere winkel (niks persoonlijks, ze leveren gewoon tot aan de achterdeur en dat is handig met mijn rug). Kunnen jullie mijn aankoopgeschiedenis en het verloop van mijn klantenkaartpunten in een bestand steken dat ik daar kan inladen? Excel of csv, ze zeggen dat ze allebei aankunnen.

mvg
Jef Peeters""",
         "j.peeters"),
        ("restriction", (),
         "Datalek",
         """Beste,

Ik heb uw mail over het datalek ontvangen.

Ik wil mijn account (nog) niet laten verwijderen, want ik heb nog garantie lopen op de tuinset die ik vorig jaar kocht en ik wil die aankoop niet kwijt. Maar ik wil wel dat u mijn gegevens voorlopig blokkeert: niet wissen, maar er verder ook niets meer mee doen tot ik u iets anders laat weten.

Met vriendelijke groet,
Dirk Vermeulen""",
         "Dirk Vermeulen"),
        ("objection", (),
         "Gepersonaliseerde aanbiedingen",
         """Geachte,

Sinds de laatste update van jullie app krijg ik op de startpagina alleen nog "aanbiedingen speciaal voor jou", duidelijk gebaseerd op wat ik met mijn klantenkaart gekocht heb. Ik heb daar nooit om gevraagd.

Ik ga er niet mee akkoord dat jullie mijn aankopen analyseren om een profiel van mij op te bouwen en me daarop te targeten. Gelieve daarmee te stoppen voor mijn account. Mijn klantenkaart wil ik wel blijven gebruiken voor de punten.

Hoogachtend,
Pieter De Smet""",
         "Pieter De Smet"),
        ("withdraw_consent", (),
         "Re: Bevestiging: uw account werd verwijderd",
         """Hallo,

Account is dus weg, prima, bevestiging gekregen op 2 mei. Maar vanmorgen zat jullie nieuwsbrief weer gewoon in mijn mailbox. Blijkbaar staat dat los van het account?

Mag ik daar dan ook van af aub. Geen promomails meer.

Bedankt
Sofie""",
         "Sofie Maes"),
        ("complaint", ("deletion",),
         "Herinnering: nog steeds geen antwoord op mijn verzoek van 4 februari",
         """Geachte heer, mevrouw,

Op 4 februari heb ik u per mail gevraagd om al mijn persoonsgegevens te wissen en mijn account af te sluiten. Op 11 maart heb ik een eerste herinnering gestuurd. Ik heb tot op vandaag geen enkele reactie gekregen, zelfs geen ontvangstbevestiging.

De wettelijke termijn van een maand is ruim verstreken. Ik vraag u nogmaals mijn gegevens te verwijderen en mij dat schriftelijk te bevestigen.

Indien ik binnen acht dagen niets van u hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
Geert Janssens
Kortrijksesteenweg 112
9000 Gent""",
         "Geert Janssens"),
        ("other", (),
         "laat maar",
         """Dag,

Mijn mail van vorige week over het verwijderen van mijn account mag u vergeten. Ik heb het met mijn man besproken en we houden het toch, hij bestelt er meer dan ik. Er hoeft dus niets te gebeuren.

Sorry voor het ongemak en nog een fijne dag,
An""",
         "An Verstraete"),
        ("automated", (),
         "Automatisch antwoord: Uw privacyverzoek (ref. PR-20577)",
         """Beste,

Bedankt voor uw bericht. Ik ben met ouderschapsverlof tot en met 30 juni en lees mijn mails in die periode niet. Uw bericht wordt niet doorgestuurd.

Voor dringende vragen kan u terecht bij onze algemene mailbox info@bouwkantoor-lemmens.example of op 011 22 33 44.

Met vriendelijke groeten,
Evelien Lemmens
Bouwkantoor Lemmens bv""",
         "Evelien Lemmens"),
    ],
    "fr": [
        ("access", (),
         "Suite à votre mail \"incident de sécurité\"",
         """Bonjour,

J'ai bien reçu votre message m'informant d'un accès non autorisé à une partie de votre base clients. Il est très vague.

Pourriez-vous me dire précisément quelles données me concernant étaient dans cette base ? Mot de passe, adresse, téléphone, historique d'achats, données de carte ? Et plus largement, je souhaite recevoir une copie de toutes les données que vous détenez à mon sujet.

Merci d'avance,
Nathalie Dubois""",
         "Nathalie Dubois"),
        ("correction", ("withdraw_consent",),
         "Re: Votre demande d'accès – réf. PR-19650",
         """Bonjour,

Merci pour le fichier. En le parcourant j'ai vu quelques erreurs :
- mon numéro de GSM n'est plus le bon, le nouveau c'est le 0475 61 28 93
- je suis enregistrée comme "M." alors que je suis une femme (ça explique les pubs pour tondeuses à gazon, remarquez, mais bon)

Merci de corriger. Et tant que j'y suis : je ne veux plus recevoir vos SMS promotionnels, ni sur l'ancien ni sur le nouveau numéro.

Bonne journée,
Christine Lambotte""",
         "Christine Lambotte"),
        ("deletion", (),
         "ma demande d'hier",
         """Bonjour,

Je reviens sur mon mail d'hier. Finalement, ne fermez pas tout le compte, j'ai réfléchi.

Par contre je voudrais que vous supprimiez l'adresse de livraison chez ma mère (rue de la Station 8 à Wavre) et mon numéro de téléphone fixe. Les données sont correctes mais je ne veux plus que vous les gardiez. Le reste peut rester comme c'est.

Cordialement,
Olivier Renard""",
         "Olivier Renard"),
        ("portability", (),
         "Transfert de mon historique",
         """Madame, Monsieur,

J'utilise une application de gestion de budget familial (Budgetto) qui peut récupérer les achats auprès des commerçants. Serait-il possible que vous lui transmettiez directement mon historique de commandes chez vous ? À défaut, envoyez-le-moi dans un format structuré (CSV ou JSON) que je pourrai importer moi-même.

Mon numéro client est le 00481726.

Veuillez agréer mes salutations distinguées,
Jean-Marc Halleux""",
         "Jean-Marc Halleux"),
        ("restriction", (),
         "Litige livraison – ne rien effacer svp",
         """Bonjour,

J'ai un litige en cours avec votre service clientèle concernant une serre livrée cassée (commande 2023-118842), le dossier est chez mon assurance protection juridique.

J'ai lu dans vos nouvelles conditions que les comptes inactifs depuis deux ans seraient supprimés. Je vous demande de ne PAS effacer mes données, j'en ai besoin comme preuve. En revanche je ne veux pas que vous les utilisiez à quoi que ce soit d'autre en attendant la fin de ce litige.

Merci de me confirmer que c'est noté.

Sébastien Collard""",
         "Sébastien Collard"),
        ("objection", (),
         "",
         """Bonsoir,

Un monsieur de "Jardins Confort" m'a téléphoné ce soir à l'heure du souper pour me vendre un abri de jardin. Il m'a dit tenir mes coordonnées "de votre partenaire" et a cité votre nom.

Je m'oppose formellement à ce que vous transmettiez mes données à vos partenaires commerciaux, quels qu'ils soient. Je vous achète des choses, c'est tout, je n'ai pas envie d'être revendu.

G. Delvaux""",
         "Guy Delvaux"),
        ("withdraw_consent", (),
         "newsletter",
         """Bonjour,

Suite à la mise à jour de votre politique de confidentialité je suis allée voir ce que j'avais accepté chez vous... Désinscrivez-moi de la newsletter et de tout ce qui est publicité par mail s'il vous plaît. Le lien "se désabonner" en bas de vos mails renvoie vers une page blanche.

Merci
Julie""",
         "Julie Gillet"),
        ("complaint", ("deletion",),
         "Compte supprimé ?? Je reçois encore votre newsletter",
         """Madame, Monsieur,

Le 12 mars, vous m'avez confirmé par écrit la suppression de mon compte et de mes données (votre référence PR-19233). Ce matin, j'ai reçu votre newsletter "Printemps au jardin" à la même adresse.

Donc soit vous ne l'avez pas fait, soit vous gardez mes données quelque part malgré votre confirmation. Dans les deux cas je trouve cela inadmissible.

J'exige une explication et l'effacement réel de tout ce que vous avez à mon nom. Sans réponse satisfaisante de votre part sous quinze jours, je saisirai l'Autorité de protection des données.

Philippe Marchal""",
         "Philippe Marchal"),
        ("other", (),
         "question sur votre nouvelle politique",
         """Bonjour,

Dans votre nouvelle politique de confidentialité (mail reçu hier), vous parlez à plusieurs reprises d'"intérêt légitime". Ça veut dire quoi concrètement, dans votre cas ? C'est juste pour comprendre, je ne vous demande rien de particulier sur mon compte.

Merci et bonne journée,
Aurélie""",
         "Aurélie Masson"),
        ("automated", (),
         "Réponse automatique : Votre demande concernant vos données personnelles",
         """Bonjour,

Je suis absente du bureau jusqu'au 22 août inclus. Je prendrai connaissance de votre message à mon retour.

En cas d'urgence, vous pouvez contacter le secrétariat au 081 73 40 12.

Bien à vous,

Nathalie Dubois
Service du personnel – Commune de Gembloux""",
         "Nathalie Dubois"),
    ],
    "de": [
        ("access", (),
         "Preise eingeloggt / ausgeloggt",
         """Guten Tag,

mir ist aufgefallen, dass mir im eingeloggten Zustand bei mehreren Artikeln (u.a. Hochbeet „Lärche 200“, Gartenbank „Nora“) andere Preise angezeigt werden als ausgeloggt.

Ich möchte daher wissen, welche Daten Sie über mich gespeichert haben, ob Sie ein Profil von mir erstellt haben und was darin steht, und nach welcher Logik Ihr System entscheidet, welcher Preis mir gezeigt wird.

Mit freundlichen Grüßen
Stefan Kroll""",
         "Stefan Kroll"),
        ("correction", (),
         "AW: Ihre Datenschutzanfrage – Identitätsprüfung",
         """Hallo,

ich habe Ihnen meinen Personalausweis schon am 3. geschickt, aber bitte, hier nochmal.

Und damit es nicht untergeht, worum es eigentlich geht: Sie schreiben meinen Namen seit Jahren falsch, „Muller“ statt „Müller“, und der Straßenname ist auch falsch („Hauptstrase“). Richtig ist Hauptstraße 47, 4700 Eupen. Bitte ändern Sie das in Ihrem Kundenkonto.

Gruß
Jürgen Müller""",
         "Juergen Mueller"),
        ("deletion", (),
         "Konto",
         """Nach dem Bericht im Grenz-Echo von heute will ich mit Ihrem Laden nichts mehr zu tun haben. Löschen Sie bitte mein Kundenkonto und alles, was Sie sonst noch über mich haben.

R. Schröder""",
         "Renate Schröder"),
        ("portability", ("deletion",),
         "Wechsel – Daten mitnehmen",
         """Sehr geehrte Damen und Herren,

ich werde künftig bei einem anderen Anbieter bestellen und möchte meine Daten mitnehmen.

Bitte schicken Sie mir zuerst meine komplette Bestellhistorie sowie die Bewegungen auf meiner Kundenkarte als maschinenlesbare Datei (CSV oder ähnlich). Sobald ich die Datei habe, löschen Sie bitte mein Konto vollständig.

Kundennummer: 00392215

Mit freundlichen Grüßen
Andreas Becker""",
         "Andreas Becker"),
        ("restriction", (),
         "Ihr Zeichen PR-20388",
         """Sehr geehrte Damen und Herren,

am 2. April habe ich beantragt, meine Einstufung als „Gewerbekunde“ zu berichtigen – ich bin Privatperson und habe nie gewerblich bei Ihnen bestellt. Sie haben mir geantwortet, dass Sie den Vorgang prüfen.

Für die Dauer dieser Prüfung verlange ich, dass die Verarbeitung meiner Daten eingeschränkt wird. Verwenden Sie sie bitte ausschließlich für die Abwicklung meiner offenen Bestellung, für nichts anderes.

Mit freundlichen Grüßen
Dr. Claudia Weber""",
         "Claudia Weber"),
        ("objection", (),
         "Ihre neue Datenschutzerklärung",
         """Guten Tag,

Ihrer neuen Datenschutzerklärung entnehme ich, dass Sie Kundendaten künftig auch an „ausgewählte Werbepartner“ weitergeben und für „interessenbasierte Werbung“ auswerten wollen.

Dem widerspreche ich hiermit ausdrücklich. Meine Daten dürfen weder zu Werbezwecken ausgewertet noch an Dritte für Werbung weitergegeben werden.

Mit freundlichen Grüßen
Thomas Hoffmann""",
         "Thomas Hoffmann"),
        ("withdraw_consent", (),
         "App Standort",
         """Hallo,

beim letzten Update Ihrer Kundenkarten-App kam eine Abfrage zum Standort und ich hab leider zu schnell auf „Immer erlauben“ getippt. Das will ich nicht. Ich nehme diese Zustimmung hiermit zurück. Im Handy hab ich es inzwischen abgeschaltet, aber ich möchte, dass das auch bei Ihnen so vermerkt ist.

Danke
Lena""",
         "Lena Schmitz"),
        ("complaint", ("access",),
         "2. Erinnerung – Auskunftsersuchen vom 15.01.",
         """Sehr geehrte Damen und Herren,

mein Auskunftsersuchen vom 15. Januar ist bis heute unbeantwortet. Auf meine Erinnerung vom 19. Februar kam ebenfalls keine Reaktion.

Die Frist ist seit langem abgelaufen. Ich fordere Sie letztmalig auf, mir die Auskunft über alle zu meiner Person gespeicherten Daten zu erteilen.

Parallel dazu werde ich mich an die belgische Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Markus Lenz""",
         "Markus Lenz"),
        ("other", (),
         "AW: Ihr Löschantrag",
         """Bitte NICHT löschen!!

Habe gerade gesehen, dass dann auch mein Gutschein über 50 € verfällt. Ich ziehe meinen Antrag zurück, das Konto soll bleiben wie es ist.

Gruß
Heike Braun""",
         "Heike Braun"),
        ("automated", (),
         "Automatische Antwort: AW: Ihre Datenschutzanfrage",
         """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 3. Januar nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an zentrale@lenz-steuerberatung.example oder telefonisch an +49 241 9 88 77 0.

Mit freundlichen Grüßen
Markus Lenz
Lenz Steuerberatung – Aachen""",
         "Markus Lenz"),
    ],
    "es": [
        ("access", (),
         "Llamada de una empresa de alarmas",
         """Buenas tardes:

Hoy me ha llamado una empresa de alarmas diciendo que tenía mis datos "a través de su tienda online de jardín". Solo les he dado mi teléfono a ustedes, para los envíos.

Quiero saber qué datos míos tienen, de dónde los sacaron y a quién se los han pasado.

Un saludo,
Lucía Fernández""",
         "Lucía Fernández"),
        ("correction", (),
         "Re: Su solicitud de acceso a sus datos",
         """Hola,

gracias por el archivo. Veo que sigue apareciendo la dirección de Calle Alcalá, eso es de hace tres años. Ahora vivo en Rue de la Loi 42, 1000 Bruselas. Y el correo de contacto secundario tampoco es mío ya, el bueno es este desde el que escribo.

¿Me lo pueden cambiar?

Saludos
Javi""",
         "Javier Ortega"),
        ("deletion", (),
         "RE: Verificación de identidad",
         """Ya les mandé el DNI hace dos semanas. Se lo vuelvo a adjuntar.

Borren mi cuenta de una vez, por favor. No es tan complicado.

Carmen Ruiz""",
         "Carmen Ruiz"),
        ("portability", (),
         "Quiero llevarme mis datos",
         """Hola, buenos días

Me cambio a otra tienda y me gustaría llevarme mi historial de compras. ¿Me lo pueden mandar en algún formato que se pueda importar, tipo CSV o JSON? Si se lo pueden enviar directamente a ellos (VerdeCasa) mejor todavía.

Mi número de cliente es el 00517734.

Muchas gracias,
Pablo Sánchez""",
         "Pablo Sánchez"),
        ("restriction", ("access",),
         "Aviso de brecha de seguridad",
         """Estimados señores:

He recibido su aviso sobre la brecha de seguridad.

No quiero que borren mi cuenta, porque tengo un pedido en garantía (una barbacoa) y necesito que conste. Pero sí les pido que bloqueen mis datos y no los usen para nada más hasta nuevo aviso.

Además, díganme exactamente qué datos míos se vieron afectados.

Atentamente,
María José Navarro""",
         "María José Navarro"),
        ("objection", (),
         "lo de la prensa",
         """He leído en la prensa belga que ustedes venden los datos de sus clientes a empresas de publicidad. No sé si es verdad, pero por si acaso: me opongo a que mis datos se usen para publicidad o se cedan a terceros. Sigo comprando, pero eso no.

Alberto""",
         "Alberto Gil"),
        ("withdraw_consent", (),
         "",
         """Hola,

con la nueva política de privacidad que nos han mandado he visto que estoy apuntada al boletín y a los SMS de ofertas. Ya no quiero recibir nada de eso, retiro el permiso que di en su día.

Gracias
Elena""",
         "Elena Moreno"),
        ("complaint", ("deletion",),
         "Tercera vez que escribo",
         """Buenos días:

Es la tercera vez que les escribo. El 10 de enero solicité la supresión de todos mis datos y el cierre de mi cuenta. El 15 de febrero envié un recordatorio. No he recibido respuesta alguna.

Ha pasado más del plazo de un mes que marca la ley. Les reitero mi solicitud de que borren mis datos.

Si no tengo respuesta en diez días presentaré una reclamación ante la autoridad de protección de datos.

Fdo. Jorge Martín Ruiz""",
         "Jorge Martín"),
        ("other", (),
         "Olviden mi correo anterior",
         """Hola,

les escribí el lunes pidiendo una copia de mis datos. Ya no hace falta, lo he encontrado todo en "Mi cuenta" > "Mis pedidos", era solo eso lo que buscaba. No tienen que mandarme nada.

Gracias y perdón por las molestias,
Rocío""",
         "Rocío Herrera"),
        ("automated", (),
         "Respuesta automática: Re: Su solicitud de acceso a sus datos",
         """Gracias por contactar con Reformas Ortega.

Hemos recibido su mensaje y le responderemos en un plazo de 24 a 48 horas laborables. Si su consulta es urgente, llámenos al 91 555 23 17 (lunes a viernes, de 9:00 a 18:00).

Este es un mensaje automático, por favor no responda a este correo.""",
         "Javier Ortega"),
    ],
    "it": [
        ("access", ("portability",),
         "cosa sapete di me?",
         """Buongiorno,

l'ultimo aggiornamento della vostra app mi ha chiesto di attivare la posizione e la cosa mi ha fatto riflettere su quante informazioni avete su di me.

Vorrei quindi ricevere una copia di tutti i dati che conservate su di me. Inoltre, se possibile, lo storico degli ordini in formato CSV, così lo importo nel mio foglio di calcolo.

Grazie,
Marco Bianchi""",
         "Marco Bianchi"),
        ("correction", (),
         "Re: Verifica dell'identità",
         """Buonasera,

il documento ve l'ho già mandato la settimana scorsa, ve lo rimando in allegato.

Ripeto la richiesta: il mio cognome è Di Stefano, staccato e con la D maiuscola, non "Distefano". Sulle fatture e sulla carta fedeltà è sbagliato. Correggetelo per favore.

Cordiali saluti
Giulia Di Stefano""",
         "Giulia Di Stefano"),
        ("deletion", (),
         "basta",
         """Ho letto l'articolo sul giornale. Cancellate tutto quello che avete su di me, account compreso. Non voglio più avere niente a che fare con voi.

Franco Rinaldi""",
         "Franco Rinaldi"),
        ("portability", (),
         "Re: I suoi dati sono pronti per il download",
         """Salve,

ho scaricato il file ma il JSON contiene solo l'anagrafica (nome, indirizzo, email). Mancano lo storico degli ordini e i movimenti dei punti fedeltà, che erano proprio quello che mi serviva per portarli su un'altra piattaforma.

Potete rigenerare l'esportazione completa, sempre in JSON?

Grazie
Luca Esposito""",
         "Luca Esposito"),
        ("restriction", (),
         "account in sospeso",
         """Buongiorno,

sto valutando se chiudere l'account, ma non ho ancora deciso e ho ancora un reso aperto (ordine 2024-55107).

Nel frattempo vi chiedo di congelare i miei dati: non cancellate nulla, ma non usateli per nessuno scopo finché non vi faccio sapere.

Saluti,
Chiara Romano""",
         "Chiara Romano"),
        ("objection", (),
         "Prezzi diversi da loggato",
         """Buongiorno,

ho notato che quando sono loggato il set da giardino "Capri" costa 30 euro in più rispetto a quando non lo sono. Presumo che usiate i miei acquisti precedenti per decidere il prezzo.

Mi oppongo a questa profilazione. Non voglio che i miei dati siano usati per personalizzare prezzi o offerte.

Distinti saluti,
Alessandro Conti""",
         "Alessandro Conti"),
        ("withdraw_consent", (),
         "Re: Conferma cancellazione account",
         """Gentili signori,

vi ringrazio della conferma, però stamattina mi è arrivata di nuovo la newsletter. A quanto pare l'iscrizione è rimasta attiva. Toglietemi dalla lista per favore, non voglio più ricevere email promozionali.

Grazie,
Paola Greco""",
         "Paola Greco"),
        ("complaint", ("access",),
         "Sollecito – richiesta di accesso del 20 febbraio",
         """Spett.le ufficio privacy,

il 20 febbraio ho chiesto di conoscere quali dati personali trattate su di me. Sono passati quasi tre mesi e non ho ricevuto altro che la risposta automatica.

Vi ricordo che il termine è di un mese. Vi sollecito a rispondere alla mia richiesta senza ulteriori ritardi; in caso contrario mi rivolgerò all'autorità di controllo belga, e per conoscenza al Garante.

Avv. Roberto Ferrari""",
         "Roberto Ferrari"),
        ("other", (),
         "lasciate stare",
         """Buonasera,

annullate pure la mia richiesta di cancellazione di ieri. Mi sono accorto che perderei la garanzia estesa del tosaerba, che è registrata sull'account. Lascio tutto com'è.

Grazie e scusate,
Davide""",
         "Davide Marino"),
        ("automated", (),
         "Risposta automatica: Re: Sollecito – richiesta di accesso del 20 febbraio",
         """Gentile mittente,

sono in congedo di maternità fino al 15 ottobre e non ho accesso alla posta elettronica. Il suo messaggio non verrà inoltrato.

Per questioni urgenti può scrivere a segreteria@studioferrari.example.

Cordiali saluti,
Avv. Silvia Moretti
Studio Legale Ferrari""",
         "Silvia Moretti"),
    ],
    "pt": [
        ("access", (),
         "Incidente de segurança",
         """Boa tarde,

Recebi o vosso email sobre o incidente de segurança. Não diz quase nada.

Que dados meus é que foram expostos? A password? A morada? Os dados do cartão? Quero saber exatamente o que é que vocês têm sobre mim e o que é que ficou exposto.

Cumprimentos,
Ana Ferreira""",
         "Ana Ferreira"),
        ("correction", (),
         "Re: Alteração do email",
         """Olá,

Além do que pedi ontem (mudar o email da conta), corrijam também o NIF que aparece nas faturas, está errado: o certo é 214 887 305. E o nome deve ser Rui Miguel Sousa, falta o Miguel.

Obrigado
Rui""",
         "Rui Sousa"),
        ("deletion", ("objection",),
         "",
         """Li no jornal que vocês vendem os dados dos clientes. Apaguem a minha conta e tudo o que têm sobre mim. E até isso estar feito não passem nada meu a ninguém, nem a "parceiros" nem a ninguém.

Manuel Costa""",
         "Manuel Costa"),
        ("portability", (),
         "Pedido de transferência dos meus dados",
         """Exmos. Senhores,

Vou passar a fazer as minhas compras noutra loja online e gostaria que me enviassem o meu histórico de encomendas e os pontos do cartão de cliente num ficheiro estruturado (CSV, por exemplo), para o poder importar lá. Se for possível enviarem diretamente para eles, melhor.

Com os melhores cumprimentos,
Teresa Almeida""",
         "Teresa Almeida"),
        ("restriction", (),
         "RE: Verificação de identidade",
         """Já enviei o cartão de cidadão no dia 5. Volto a anexar.

O pedido mantém-se: quero que os meus dados fiquem bloqueados, não apagados. Não os usem para nada até eu decidir o que fazer com a conta.

Paulo Rodrigues""",
         "Paulo Rodrigues"),
        ("objection", (),
         "Chamada de uma empresa de painéis solares",
         """Bom dia,

Ontem ligaram-me de uma empresa de painéis solares e disseram que tinham o meu contacto através de vocês. Não gostei nada.

Oponho-me a que cedam os meus dados a parceiros para publicidade. Não quero que isto volte a acontecer.

Sandra Martins""",
         "Sandra Martins"),
        ("withdraw_consent", (),
         "localização na app",
         """Olá

Com a atualização da app do cartão de cliente aceitei partilhar a localização, mas pensei melhor e retiro esse consentimento. Também não quero as notificações com promoções.

Obrigada
Inês""",
         "Inês Carvalho"),
        ("complaint", ("portability",),
         "Sem resposta ao meu pedido de 3 de março",
         """Exmos. Senhores,

No dia 3 de março pedi-vos que me enviassem os meus dados (histórico de compras e pontos) num formato que pudesse levar para outra loja. Passaram mais de dois meses e não recebi nada, nem sequer uma resposta.

Volto a pedir os dados no mesmo formato. Se não tiver resposta até ao fim do mês, vou apresentar queixa à autoridade de proteção de dados.

Cumprimentos,
João Pereira""",
         "João Pereira"),
        ("other", (),
         "Pedido de comentário – notícia sobre venda de dados",
         """Bom dia,

Sou jornalista do semanário Contacto e estou a preparar um artigo sobre a notícia publicada esta semana na imprensa belga, segundo a qual a vossa empresa venderia dados de clientes a terceiros.

Gostaria de obter um comentário oficial da empresa, ou o contacto do responsável de comunicação. O prazo para fecho da edição é quinta-feira ao meio-dia.

Obrigado,
Ricardo Lopes
Contacto""",
         "Ricardo Lopes"),
        ("automated", (),
         "Resposta automática: Re: Pedido de transferência dos meus dados",
         """Olá! Obrigada pela sua mensagem.

Estou de férias até 1 de setembro, com acesso limitado ao email. Respondo assim que regressar.

Teresa Almeida

Enviado do meu telemóvel""",
         "Teresa Almeida"),
    ],
}

"""Forty-ninth set, mail about the data behind subscriptions, memberships and recurring orders (en nl fr de es it pt). Written apart from the rules (see make_fortyninth.py)."""

PEOPLE_ME = {
    "en": [
        ("access", (),
         "What exactly is in my 'taste profile'?",
         """Hello,

I've had the monthly coffee box since March and I filled in that long questionnaire at the start (roast, milk or no milk, what time of day I drink it, and so on). Since then the boxes have got suspiciously good at guessing, which is nice, but it made me wonder what you've actually built up about me.

Could you send me whatever is stored in my taste profile and anything else you hold on me as a subscriber? I'd also like to know whether my name and address have gone to any of the roasters whose leaflets turn up in the box, and if so which ones.

Subscriber number is CB-204417 if that helps.

Thanks,
Daniel Hughes""",
         "Daniel Hughes"),

        ("correction", (),
         "Wrong details for Biscuit on the pet food plan",
         """Hi there,

Small thing but it matters for the portions: the profile on my pet food subscription still says Biscuit is a 9 kg puppy. She's two now, 23 kg, and she was spayed in August. Could you update that?

While you're at it, my surname is spelt wrong on the account - it's Fairbairn, not Fairburn. The delivery driver keeps asking.

Cheers,
Moira""",
         "Moira Fairbairn"),

        ("deletion", ("withdraw_consent",),
         "Cancelling Premium - and please delete my account",
         """Dear Sir or Madam,

I cancelled my Premium membership in the app today (it was due to renew on 14 November and I don't want it to). I don't plan to shop with you again, so I would like my customer account closed and all my personal data deleted, including the card you have on file.

Please also take me off every mailing list. I've had three "your Premium perks are waiting" emails this week alone.

A short confirmation once this has been done would be appreciated.

Kind regards,
Gillian Prescott""",
         "Gillian Prescott"),

        ("portability", (),
         "Getting my photos out before I leave the print plan",
         """Hello,

I'm moving my photo printing to another service at the end of the year. Over three years I've uploaded something like 2,000 pictures to your print plan, and the app only lets me download them one at a time, at reduced size.

Is there a way to get all my original uploads in one go, together with the album names and dates, as a zip or some other standard format I can import elsewhere? If you could send the order history (which prints, when) as a CSV too, even better.

Many thanks,
Priya Raman""",
         "Priya Raman"),

        ("restriction", (),
         "Double charge on 3 October - please don't delete anything yet",
         """Hi,

My card was charged twice for the October coffee box (2 x EUR 24.90 on 3 October). I've opened a dispute with my bank and they may get in touch with you.

I'm mentioning it because I also cancelled the subscription last week, and I read in your terms that accounts without an active subscription get cleared out after a while. Please keep my account and the payment records exactly as they are until the dispute is closed, and don't use them for anything else in the meantime. I'll let you know when it's sorted.

Thanks,
Tom Brennan
Order ref. SX-2026-118734""",
         "Tom Brennan"),

        ("objection", ("withdraw_consent",),
         "Partner flyers in the dog box",
         """Hello,

Every month the dog box comes with two or three leaflets from "partners" - pet insurance, a dog walking app, a grooming salon - and they're obviously picked on the basis of what I told you about Rolo's health in the questionnaire. This month's insurance flyer was all about hip dysplasia, which he has.

I didn't fill that questionnaire in so you could sell ads against it. I object to my profile and his health information being used to choose partner offers, or for any offers other than the food itself.

And while I'm at it: please stop the promotional text messages as well. The delivery texts are fine.

Sarah Whitfield""",
         "Sarah Whitfield"),

        ("complaint", ("deletion",),
         "Charged after cancelling - twice now",
         """To whom it may concern,

I cancelled the magazine subscription by phone on 2 September. The lady I spoke to confirmed it and said I would get an email, which never came. On 1 October and again on 1 November I was charged EUR 9.99 to the card you apparently still have saved, and on top of that I'm now getting "We miss you! Come back for 50% off" emails addressed to me by name.

So you have kept my card, ignored my cancellation and are using my details to market to me. That is not acceptable. I want both charges refunded, and I want my card details and the rest of my data deleted. If I haven't heard from you within two weeks I will take this to the Data Protection Authority.

Regards,
Keith Marsden
Customer no. 5503921""",
         "Keith Marsden"),

        ("other", (),
         "Please unsubscribe me from the coffee box",
         """Hi, please unsubscribe me from the coffee box after the November delivery. Nothing wrong with it, I've just got far too much coffee in the cupboard at the moment. Subscription CB-330981.

Thanks, Ellie""",
         "Eleanor Briggs"),

        ("other", (),
         "Pause over Christmas?",
         """Hello,

We're away from 19 December until 6 January. Can I pause the pet food box for the December delivery only and have it start again in January as normal? I tried to remove the December box in the app but the only option is "skip", and that says it will skip two months.

Thanks
Mark Atherton""",
         "Mark Atherton"),

        ("other", (),
         "Box arrived crushed",
         """Hi,

Today's box (order SX-2026-120455) arrived with one corner completely caved in and one of the bags of beans split open, coffee all over the inside. Photos attached. The tracking data says it was "left in a safe place", which in this case was a puddle by the bins.

Could you send a replacement bag? No need for the whole box.

Thanks,
Hannah Cole""",
         "Hannah Cole"),
    ],

    "nl": [
        ("withdraw_consent", (),
         "Geen 'we missen je'-mails meer aub",
         """Dag,

Ik heb vorige maand mijn abonnement op de hondenvoerbox stopgezet en sindsdien krijg ik om de paar dagen een mail met een kortingscode om terug te komen. Dat hoeft echt niet. Gelieve mij geen reclame of promoties meer te sturen, ook niet per sms.

Mijn account mag wel blijven bestaan, ik bestel af en toe nog iets in de webshop.

Groetjes,
Annelies Peeters""",
         "Annelies Peeters"),

        ("access", ("withdraw_consent",),
         "Cadeau-abonnement - hoe komen jullie aan mijn gegevens?",
         """Goedemiddag,

Ik kreeg in september een cadeau-abonnement op jullie woonmagazine, blijkbaar van een collega (leuk). Maar sindsdien krijg ik ook mails over "mijn account" en "mijn voorkeuren", terwijl ik zelf nooit iets bij jullie heb aangemaakt.

Ik zou graag weten welke persoonsgegevens jullie over mij bijhouden, van wie jullie die gekregen hebben en of ze aan iemand anders zijn doorgegeven. En hoe lang blijven die gegevens bewaard als het cadeau-abonnement afloopt?

Die mails over mijn voorkeuren en jullie aanbiedingen wil ik in elk geval niet meer krijgen.

Met vriendelijke groet,
Koen Vermeulen""",
         "Koen Vermeulen"),

        ("deletion", (),
         "foto's verwijderen",
         """Hallo,

Ik heb mijn fotoprintplan opgezegd. Kunnen jullie alle foto's die ik de afgelopen twee jaar geüpload heb definitief van jullie servers verwijderen? Er zitten veel foto's van mijn kinderen tussen en ik wil niet dat die daar blijven staan. Graag een bevestiging als het gebeurd is.

Bedankt,
Sofie De Smet""",
         "Sofie De Smet"),

        ("correction", (),
         "Gezinsabonnement: gegevens van mijn zoon kloppen niet",
         """Beste,

In ons gezinsabonnement (premium, nr. FP-77120) staat mijn zoon vermeld als "Wout Janssen, geboren op 12/03/2014". Hij heet Wout Jansen, met één s, en hij is geboren op 21/03/2014. Door die fout kreeg hij zijn verjaardagsbon op de verkeerde dag, maar vooral wil ik gewoon dat het juist staat.

Kunnen jullie dat aanpassen? Zelf kan ik het niet wijzigen in de app, de velden van de gezinsleden staan grijs.

Vriendelijke groeten,
Evelien Jansen""",
         "Evelien Jansen"),

        ("restriction", (),
         "Abonnement op mijn naam dat ik niet heb afgesloten",
         """Geachte,

Gisteren ontving ik een herinnering voor een onbetaalde factuur van een koffieabonnement (klantnummer 6610482) dat ik nooit heb afgesloten. Het adres klopt, het e-mailadres is niet van mij. Ik vermoed dat iemand mijn gegevens misbruikt en ik heb vandaag aangifte gedaan bij de politie.

Ik vraag u dat account onmiddellijk te blokkeren: geen leveringen, geen facturen, geen aanmaningen en zeker geen doorverwijzing naar een incassobureau. Verwijder de gegevens echter nog niet, want de politie heeft de bestellingen, het IP-adres en de betaalgegevens mogelijk nodig voor het onderzoek. Ik bezorg u het PV-nummer zodra ik het heb.

Met vriendelijke groeten,
Bart Claes""",
         "Bart Claes"),

        ("objection", (),
         "Gebruiksgegevens van de gehuurde koffiemachine",
         """Dag,

Ik huur sinds mei een koffiemachine via jullie (huurcontract HC-3092). In de app verschijnt nu "Op basis van je gebruik raden we aan..." en ik kreeg een mail dat ik "minder koffie drink dan vorige maand". Blijkbaar stuurt de machine door hoeveel en wanneer ik koffie zet.

Ik maak bezwaar tegen het gebruik van die gegevens voor analyses, profilering en aanbevelingen. Voor het onderhoud van de machine mogen jullie ze gebruiken, voor de rest niet.

Groeten,
Jeroen Wouters""",
         "Jeroen Wouters"),

        ("complaint", ("access",),
         "Tweede vraag - nog altijd geen antwoord",
         """Goeiendag,

Op 28 september vroeg ik via dit adres aan welke partners jullie mijn adres hebben doorgegeven. Sinds ik het huisdierenabonnement heb, krijg ik folders van een dierenverzekering en van een dierenarts in de buurt, aan wie ik nooit iets gegeven heb. Ik kreeg een automatische ontvangstbevestiging en verder niets.

Ondertussen zijn we meer dan een maand verder. Ik vraag het dus nog eens: welke bedrijven hebben mijn gegevens gekregen, en wanneer? Als ik binnen twee weken geen antwoord heb, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Lies Maes""",
         "Lies Maes"),

        ("other", (),
         "Abonnement stopzetten",
         """Beste,

Gelieve mijn abonnement op het woonmagazine stop te zetten vanaf januari. Ik lees het nauwelijks nog. Abonneenummer 4471-229.

Mvg,
Rita Goossens""",
         "Rita Goossens"),

        ("other", (),
         "andere smaak volgende box?",
         """Hoi!

Kan ik voor de volgende koffiebox overschakelen op de decafeïne? Mijn vrouw is zwanger en we drinken 's avonds liever geen gewone meer :)

Thx,
Pieter Van Damme""",
         "Pieter Van Damme"),

        ("other", (),
         "Dubbel afgehouden premium",
         """Goeiedag,

Op mijn rekeninguittreksel zie ik dat de premiumformule op 5 november twee keer werd afgehouden (2 x 7,99 euro). Kunnen jullie één bedrag terugstorten? Mijn rekeningnummer staat in mijn account.

Alvast bedankt,
Nathalie Willems""",
         "Nathalie Willems"),
    ],

    "fr": [
        ("portability", (),
         "Export de mon historique de commandes",
         """Bonjour,

Je suis abonnée à votre box café depuis 2023 et je vais passer chez un autre torréfacteur, qui propose d'importer l'historique et les préférences de ses nouveaux clients pour ajuster ses envois.

Pourriez-vous me fournir mon historique de livraisons et mon profil de goûts dans un fichier exploitable (CSV ou JSON, par exemple) ? Si c'est possible, vous pouvez aussi l'envoyer directement à leur service clients : clients@brulerie-dumoulin.example.

Merci d'avance,
Camille Lambert""",
         "Camille Lambert"),

        ("deletion", (),
         "Carte bancaire toujours enregistrée",
         """Bonjour,

Mon prélèvement d'octobre a échoué (carte expirée) et j'en ai profité pour résilier l'abonnement premium. Je constate pourtant que ma carte apparaît toujours dans « Moyens de paiement », et je ne peux pas la retirer moi-même : le bouton est grisé.

Merci de supprimer définitivement les données de cette carte de vos systèmes. Je n'ai plus aucun abonnement chez vous.

Cordialement,
Julien Dubois""",
         "Julien Dubois"),

        ("withdraw_consent", (),
         "SMS",
         """Bonjour,
je reçois chaque mois un SMS « Votre box part jeudi, ajoutez un petit extra ! ». Je ne souhaite plus recevoir ces SMS publicitaires, merci de retirer mon numéro de vos envois.
Bonne journée
Nadia""",
         "Nadia Benali"),

        ("objection", (),
         "Dépliants de partenaires et mon adresse",
         """Madame, Monsieur,

Depuis quelques mois, en plus des prospectus glissés dans ma box pour chat, je reçois par la poste des courriers d'une assurance pour animaux avec laquelle je n'ai aucun lien. J'imagine qu'elle fait partie de vos « partenaires ».

Je m'oppose à ce que vous communiquiez mon nom, mon adresse ou les informations du profil de mon chat à des partenaires, quels qu'ils soient, ainsi qu'à l'utilisation de ce profil pour glisser leurs publicités dans mes colis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Françoise Lemaire""",
         "Françoise Lemaire"),

        ("access", ("correction",),
         "Profil de Minou",
         """Bonjour,

J'ai voulu vérifier ce que vous aviez enregistré sur mon chat dans le questionnaire santé de l'abonnement croquettes, mais l'app n'affiche que son nom et sa race. Pourriez-vous m'envoyer tout ce qui figure dans ce profil, et plus largement les données que vous avez sur moi ?

Au passage, je sais déjà qu'une information est fausse : Minou n'est pas diabétique (c'était ma chatte précédente, décédée l'an dernier, j'ai dû mal remplir le formulaire). Merci de corriger ça.

Bien à vous,
Sylvie Mertens""",
         "Sylvie Mertens"),

        ("complaint", ("deletion",),
         "Mes photos visibles par un autre membre du forfait famille",
         """Bonjour,

Nous avons un forfait famille pour l'impression photo, partagé avec ma sœur et mes parents. Hier, mon beau-frère m'a dit qu'il voyait dans l'app mes photos « privées », y compris celles de mon accouchement, que je n'avais partagées avec personne. J'ai vérifié sur son téléphone : c'est vrai.

Ces photos se trouvaient dans un album marqué comme privé. Je trouve cela extrêmement grave et j'attends une explication sérieuse sur la façon dont c'est arrivé. En attendant, je les ai retirées moi-même de l'album, mais je vous demande de supprimer définitivement ces photos de vos serveurs, copies de sauvegarde comprises.

Élodie Rousseau""",
         "Élodie Rousseau"),

        ("restriction", (),
         "Contestation d'un double prélèvement - limitation du traitement",
         """Madame, Monsieur,

Le 4 novembre 2026, mon compte a été débité à deux reprises du montant de mon contrat de location d'électroménager (2 × 34,00 €, référence LOC-55817). J'ai introduit une contestation auprès de ma banque.

Par ailleurs, j'ai reçu le 6 novembre un courriel m'informant que, ce contrat étant arrivé à son terme, mes données seraient supprimées dans les 30 jours. Je vous demande de n'en rien faire tant que la contestation est en cours : les données relatives à ce contrat et aux paiements doivent être conservées, mais ne plus être utilisées à d'autres fins, conformément à l'article 18 du RGPD.

Je vous remercie de bien vouloir me confirmer la prise en compte de cette demande.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Jacobs""",
         "Philippe Jacobs"),

        ("other", (),
         "Désabonnement box café",
         """Bonjour,

Pourriez-vous me désabonner de la box café à partir de décembre ? Merci de me confirmer qu'il n'y aura plus de prélèvement après celui de novembre.

Cordialement,
Laurent Michel
Abonné n° CB-118200""",
         "Laurent Michel"),

        ("other", (),
         "Colis abîmé",
         """Bonjour,

La box croquettes de novembre est arrivée ce matin avec le carton déchiré sur tout un côté, et un des sachets était percé, il y avait des croquettes partout dans le colis. Je joins deux photos.

Est-il possible de m'envoyer un sachet de remplacement ? Le reste est en bon état.

Merci,
Isabelle Fontaine""",
         "Isabelle Fontaine"),

        ("other", (),
         "Arrêter la box mais garder mes points ?",
         """Bonjour,

Je voudrais arrêter la box thé après la livraison de décembre, mais j'ai un peu plus de 1 200 points sur ma carte de fidélité. Est-ce que je les garde si je n'ai plus d'abonnement ? J'aimerais les utiliser en magasin pour les fêtes.

Merci pour votre réponse,
Martine Renard""",
         "Martine Renard"),
    ],

    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO - Premium-Mitgliedschaft",
         """Sehr geehrte Damen und Herren,

ich bin seit Januar 2025 Premium-Mitglied (Mitgliedsnummer PM-0093417) und bitte Sie hiermit um Auskunft nach Art. 15 DSGVO über die zu meiner Person gespeicherten Daten. Insbesondere möchte ich wissen:

- welche Daten Sie im Rahmen der Mitgliedschaft erheben (z. B. Bestell- und Lieferhistorie, Nutzung der kostenlosen Lieferung, Nutzung der App),
- ob Sie daraus Profile erstellen, etwa für die Hinweise „Sie haben Ihre Vorteile diesen Monat noch nicht genutzt“,
- an welche Empfänger oder Partner Daten übermittelt wurden,
- wie lange die Daten gespeichert werden.

Bitte stellen Sie mir außerdem eine Kopie dieser Daten zur Verfügung.

Mit freundlichen Grüßen
Stefan Krüger""",
         "Stefan Krüger"),

        ("deletion", ("withdraw_consent",),
         "Kündigung Kaffee-Abo und Löschung meiner Daten",
         """Hallo,

hiermit kündige ich mein Kaffee-Abo zum nächstmöglichen Zeitpunkt. Außerdem möchte ich, dass mein Kundenkonto geschlossen wird und Sie meine Daten löschen – Geschmacksprofil, Lieferadressen, Zahlungsdaten, alles.

Newsletter und sonstige Werbung bitte ab sofort auch nicht mehr.

Viele Grüße
Julia Hoffmann""",
         "Julia Hoffmann"),

        ("correction", (),
         "Neue Lieferadresse fürs Tierfutter-Abo",
         """Guten Tag,

wir sind umgezogen, und die Box für Oktober ist trotzdem an die alte Adresse gegangen. In meinem Profil steht weiterhin Lindenstraße 12 in Eupen. Richtig ist seit dem 1. Oktober:

Herbesthaler Straße 47
4700 Eupen

Die Adresse im Kundenkonto habe ich selbst geändert, aber beim Abo ist anscheinend eine eigene Lieferadresse hinterlegt, die ich nicht bearbeiten kann. Bitte korrigieren Sie das überall.

Danke und Gruß
Markus Schmitz""",
         "Markus Schmitz"),

        ("complaint", (),
         "Geschenkabo für meine Mutter – jetzt bekommt sie Werbung",
         """Sehr geehrte Damen und Herren,

im August habe ich meiner Mutter (82) ein Halbjahres-Abo Ihrer Zeitschrift geschenkt und dafür ihre Adresse angegeben. Das war ausdrücklich ein Geschenk, ein Kundenkonto hat sie nie angelegt.

Seit September bekommt sie von Ihnen persönlich adressierte Werbebriefe und Kataloge, und jedes Mal ruft sie mich an, weil sie glaubt, sie habe etwas bestellt und müsse jetzt bezahlen. Ich habe ihre Adresse ausschließlich für die Zustellung des Abos angegeben. Dass Sie diese Daten für Werbung verwenden, halte ich für unzulässig, und ich bin ehrlich gesagt ziemlich verärgert.

Ich erwarte eine Erklärung, wie es dazu gekommen ist.

Mit freundlichen Grüßen
Renate Becker""",
         "Renate Becker"),

        ("portability", ("deletion",),
         "Fotoabo: alle Fotos exportieren und danach löschen",
         """Hallo zusammen,

ich beende zum Jahresende mein Fotodruck-Abo. Vorher hätte ich gern alle hochgeladenen Fotos in Originalauflösung als ZIP-Datei, möglichst mit den Alben als Ordnern und den Aufnahmedaten, damit ich sie bei einem anderen Anbieter wieder hochladen kann. Die Bestellübersicht als CSV wäre auch praktisch.

Wenn ich die Dateien habe und Ihnen das bestätige, löschen Sie bitte alle Fotos und das Konto.

Danke!
Lena Wagner""",
         "Lena Wagner"),

        ("restriction", (),
         "Bitte Daten nach Kündigung noch nicht löschen",
         """Sehr geehrte Damen und Herren,

ich habe meinen Mietvertrag für den Wäschetrockner (Vertrag MV-20981) zum 31.10. gekündigt. In der Kündigungsbestätigung steht, dass meine Nutzungsdaten und das Kundenkonto 30 Tage nach Vertragsende gelöscht werden.

Das Gerät hat im September einen Schwelbrand in unserer Waschküche verursacht, der Fall liegt bei meiner Hausratversicherung. Die Nutzungsprotokolle und die Wartungshistorie des Geräts werden dafür voraussichtlich noch gebraucht. Bitte löschen Sie diese Daten vorerst nicht, sondern bewahren Sie sie auf, bis der Versicherungsfall abgeschlossen ist – verwenden Sie sie aber ansonsten nicht weiter.

Mit freundlichen Grüßen
Thomas Neumann""",
         "Thomas Neumann"),

        ("withdraw_consent", (),
         "Newsletter",
         """Hallo, bitte tragen Sie mich aus dem Mitglieder-Newsletter aus. Danke.
K. Fischer""",
         "Katrin Fischer"),

        ("other", (),
         "Kündigung Zeitschriften-Abo",
         """Sehr geehrte Damen und Herren,

hiermit kündige ich mein Abonnement der Zeitschrift „Wohnen & Leben“ (Abo-Nr. 2209-8841) fristgerecht zum 31.12.2026. Bitte bestätigen Sie mir die Kündigung und das Enddatum schriftlich.

Mit freundlichen Grüßen
Wolfgang Schulz""",
         "Wolfgang Schulz"),

        ("other", (),
         "Sorte wechseln",
         """Hi,

könnt ihr mir ab der nächsten Lieferung statt Huhn die Sorte Lamm mit Reis schicken? Unser Hund verträgt Huhn leider nicht mehr. Das Huhn-Trockenfutter bitte ganz aus dem Abo entfernen, die Leckerli können bleiben.

Danke euch!
Jana Richter""",
         "Jana Richter"),

        ("other", (),
         "Preiserhöhung Premium",
         """Guten Tag,

laut Ihrer Mail wird die Premium-Mitgliedschaft ab Dezember von 59 auf 69 Euro im Jahr teurer. Kann ich noch zum alten Preis verlängern, wenn ich jetzt schon für das nächste Jahr bezahle? Meine Mitgliedschaft läuft bis Februar.

Freundliche Grüße
Michael Braun""",
         "Michael Braun"),
    ],

    "es": [
        ("deletion", (),
         "Borrar el cuestionario de salud de mi perra",
         """Hola:

Al suscribirme a la caja de pienso rellené un cuestionario bastante detallado sobre la salud de Luna (alergias, medicación, peso, operaciones...). Ahora no me hace mucha gracia que esa información esté guardada. ¿Podéis borrar las respuestas de ese cuestionario? La suscripción la quiero mantener; no me importa que me mandéis el pienso estándar.

Gracias,
Marta Ruiz""",
         "Marta Ruiz"),

        ("objection", (),
         "Uso de mi perfil de gustos",
         """Buenas tardes:

Desde hace unas semanas, en la web y en la app me salen "recomendaciones" de vinos y de cápsulas de otras marcas basadas, según dice el propio mensaje, en mi perfil de café. Me parece bien que el perfil se use para preparar mi caja, que para eso lo rellené, pero no quiero que se utilice para ofrecerme otros productos ni para elaborar perfiles comerciales. Me opongo a ese uso.

Un saludo,
Javier Moreno""",
         "Javier Moreno"),

        ("portability", (),
         "Solicitud de portabilidad - historial de pedidos",
         """Estimados señores:

Soy suscriptor de la membresía premium desde 2024. Conforme al artículo 20 del RGPD, solicito que me faciliten los datos personales que les he proporcionado (datos de la cuenta, direcciones de entrega, historial de pedidos y de suscripciones) en un formato estructurado, de uso común y lectura mecánica, como CSV o JSON.

Quedo a la espera de su respuesta.

Atentamente,
Álvaro Jiménez Soto""",
         "Álvaro Jiménez Soto"),

        ("withdraw_consent", ("deletion",),
         "dejad de escribirme",
         """Hola, cancelé la caja de café en septiembre y desde entonces me llegan correos de "te echamos de menos" y "vuelve con un 40 % de descuento" casi cada semana. No quiero recibir más correos promocionales vuestros, ni de esos ni de ningún otro tipo. Y ya puestos, borrad mi cuenta, que no pienso volver. Gracias.

Lucía""",
         "Lucía Navarro"),

        ("complaint", ("deletion",),
         "Cobro después de cancelar por teléfono",
         """Hola,

El 10 de octubre llamé a atención al cliente para cancelar la suscripción a la revista y me confirmaron que quedaba cancelada. Pues el 1 de noviembre me volvieron a cobrar 8,50 € en la tarjeta y, al entrar en mi cuenta, la suscripción sigue "activa", como si nunca hubiera llamado. Encima siguen teniendo mi tarjeta guardada y me ha llegado un SMS ofreciéndome renovar a mitad de precio.

Esto es un desastre. Quiero que me devuelvan el cobro y que eliminen mis datos de pago y mi cuenta. Si no, presentaré una reclamación ante la autoridad de protección de datos.

Carmen Ortega""",
         "Carmen Ortega"),

        ("correction", (),
         "Datos de mi hija en el plan familiar",
         """Hola,

En el plan familiar aparece mi hija como "Ines Garcia Lopez", nacida el 15/07/2016. Lo correcto es Inés García López, nacida el 5 de julio de 2016. ¿Me lo podéis corregir? Desde la app no me deja editar los datos de los miembros.

Gracias y un saludo,
Pilar""",
         "Pilar López Fernández"),

        ("restriction", (),
         "Historial de entregas incorrecto",
         """Buenos días:

En mi historial de entregas de la caja de snacks figuran como entregadas tres cajas (julio, agosto y septiembre) que nunca recibí: estaba fuera y la suscripción estaba en pausa. Según me dicen en atención al cliente, ese historial es lo que usan para calcular lo que debo.

Ya he pedido que lo revisen. Mientras tanto, les pido que no utilicen esos datos ni para cobrarme ni para ninguna otra cosa, y que los dejen tal cual, sin borrarlos, hasta que se compruebe qué ha pasado.

Saludos,
Sergio Castillo""",
         "Sergio Castillo"),

        ("other", (),
         "Darme de baja de la caja de té",
         """Hola,

Quiero darme de baja de la suscripción a la caja de té a partir del mes que viene. ¿Tengo que hacer algo más o con este correo es suficiente?

Gracias,
Raquel Vidal""",
         "Raquel Vidal"),

        ("other", (),
         "Falta un paquete en la caja de noviembre",
         """Buenas,

Ayer me llegó la caja de noviembre y faltaba el paquete de café de Colombia que venía en la lista del albarán. El resto bien. ¿Me lo podéis mandar con la próxima caja o por separado?

Un saludo,
David Serrano""",
         "David Serrano"),

        ("other", (),
         "Cobro duplicado de la cuota premium",
         """Hola,

Me habéis cobrado dos veces la cuota anual premium (dos cargos de 59 € el 3 de noviembre). ¿Me podéis devolver uno de los dos? Adjunto captura del extracto del banco.

Gracias,
Nuria Blanco""",
         "Nuria Blanco"),
    ],

    "it": [
        ("access", (),
         "Dati raccolti dalla macchina da caffè a noleggio",
         """Buongiorno,

da aprile ho a noleggio una delle vostre macchine da caffè, con il piano capsule in abbonamento. Ho notato che la macchina è collegata al wifi e che l'app sa quante tazze faccio al giorno e a che ora.

Vorrei sapere esattamente quali dati raccoglie la macchina, che cosa conservate e per quanto tempo, e se li condividete con il produttore o con altri. Se possibile vorrei anche una copia dei dati che avete su di me.

Grazie e cordiali saluti,
Giulia Romano""",
         "Giulia Romano"),

        ("objection", ("withdraw_consent",),
         "Volantini dei partner nella box",
         """Salve,

ogni mese nella box per gatti trovo volantini di assicurazioni, veterinari e toelettature, e ultimamente pure una rivista di un vostro partner, tutti chiaramente scelti in base al profilo che ho compilato per Micio. Non li ho chiesti e non voglio che il mio profilo (e il suo) venga usato per scegliere pubblicità di terzi. Mi oppongo a questo trattamento.

Già che ci sono: toglietemi anche dalla newsletter, grazie.

Saluti
Alessandro Ferri""",
         "Alessandro Ferri"),

        ("deletion", ("access",),
         "Abbonamento aperto a mio nome - cancellate tutto",
         """Buonasera,

da due settimane ricevo mail di conferma per un "abbonamento Premium" che non ho mai sottoscritto. Credo che qualcuno abbia usato il mio indirizzo e-mail per sbaglio (o apposta). Non ho mai avuto un account da voi.

Vi chiedo di cancellare quell'account e tutti i dati collegati al mio indirizzo. Prima però vorrei sapere quali dati sono stati registrati a mio nome (nome, indirizzo, telefono?), così capisco se si tratta di qualcuno che conosco.

Distinti saluti,
Roberto Galli""",
         "Roberto Galli"),

        ("portability", (),
         "Scaricare le foto del piano stampa",
         """Ciao,

ho circa 600 foto caricate nel piano stampa mensile e vorrei trasferirle a un altro servizio. C'è un modo per riceverle tutte insieme nella risoluzione originale, magari in un file zip con una cartella per album? Mi farebbe comodo anche l'elenco degli ordini in un formato che si possa aprire con Excel.

Grazie!
Chiara""",
         "Chiara Esposito"),

        ("restriction", (),
         "Addebito doppio - non cancellate i dati",
         """Gentili signori,

il 2 novembre mi è stato addebitato due volte il rinnovo annuale della membership Premium (2 × 59 €). Ho contestato l'addebito presso la mia banca e la pratica è in corso.

Nel frattempo ho disdetto la membership. Vi chiedo di conservare i dati del mio account e dei pagamenti finché la contestazione non sarà chiusa, senza però utilizzarli per altri scopi (offerte, comunicazioni promozionali, profilazione). Vi prego di confermarmi di averne preso nota.

Cordiali saluti,
Francesca Bianchi""",
         "Francesca Bianchi"),

        ("withdraw_consent", (),
         "SMS promozionali",
         """Buongiorno, non voglio più ricevere gli SMS promozionali né i promemoria tipo "Non hai ancora usato i vantaggi della tua membership!". Revoco il consenso alle comunicazioni via SMS. Grazie, Paolo Conti""",
         "Paolo Conti"),

        ("complaint", ("deletion",),
         "Seconda richiesta senza risposta",
         """Buongiorno,

il 30 settembre ho scritto a questo indirizzo chiedendo la cancellazione dei miei dati dopo aver chiuso l'abbonamento alla box di tè. Non ho ricevuto nessuna risposta, e ieri mi è arrivata una mail con un'offerta di "bentornata": evidentemente i miei dati sono ancora lì e vengono usati.

È passato più di un mese. Vi chiedo di nuovo di cancellare i miei dati e di confermarmelo per iscritto. Se entro dieci giorni non ricevo risposta, presenterò reclamo all'Autorità per la protezione dei dati belga.

Elena Marino""",
         "Elena Marino"),

        ("other", (),
         "Disdetta abbonamento rivista",
         """Buongiorno,

vorrei disdire l'abbonamento alla rivista di cucina, che si rinnova automaticamente a gennaio. Non voglio che venga rinnovato. Numero abbonato RV-55312.

Grazie,
Luca Moretti""",
         "Luca Moretti"),

        ("other", (),
         "Cambio capsule e ordine extra",
         """Ciao,

dalla prossima consegna potete mandarmi le capsule decaffeinato invece dell'intenso? E vorrei cancellare l'ordine extra di cialde che ho aggiunto alla box di dicembre, mi sono sbagliata a cliccare.

Grazie mille,
Sara Colombo""",
         "Sara Colombo"),

        ("other", (),
         "Box arrivata rotta",
         """Salve,

la box di novembre è arrivata con la scatola schiacciata e due barattoli di miele rotti, era tutto appiccicoso. Vi allego le foto. Potete rimandarmi almeno il miele?

Grazie,
Marco Ricci""",
         "Marco Ricci"),
    ],

    "pt": [
        ("correction", (),
         "Morada errada na subscrição",
         """Bom dia,

A caixa de café deste mês foi devolvida porque a morada da subscrição está incompleta: falta o número da caixa de correio (bte 3). A morada certa é:

Rue des Tanneurs 58, bte 3
1000 Bruxelas

Podem corrigir na subscrição e na minha conta, por favor?

Obrigada,
Ana Rodrigues""",
         "Ana Rodrigues"),

        ("deletion", ("withdraw_consent",),
         "Apagar a minha conta",
         """Olá,

Já cancelei a adesão premium no site. Agora quero que apaguem a minha conta e todos os meus dados, incluindo o cartão que ficou guardado. E não me enviem mais newsletters nem promoções, por favor.

Cumprimentos,
Rui Almeida""",
         "Rui Almeida"),

        ("access", ("objection",),
         "A quem deram a minha morada?",
         """Boa tarde,

Desde que assinei a caixa de comida para gatos comecei a receber em casa publicidade de uma clínica veterinária e de um seguro para animais, dirigida a mim e com o nome da minha gata. Só vocês tinham essa informação.

Gostaria de saber que dados pessoais têm sobre mim, com que empresas parceiras foram partilhados e desde quando. E não autorizo que a minha morada ou os dados da minha gata voltem a ser passados a parceiros.

Com os melhores cumprimentos,
Inês Carvalho""",
         "Inês Carvalho"),

        ("objection", (),
         "Avisos de que 'não usei a adesão'",
         """Bom dia,

Todas as semanas aparece na app um aviso a dizer que "não aproveitei a minha adesão premium este mês", com base, percebo eu, no registo das minhas encomendas e das vezes que abro a app. Não gosto nada de ser acompanhado desta forma.

Oponho-me a que usem os meus dados de utilização e de compras para análises e para construir este tipo de perfil. Quero continuar com a adesão, mas sem esse seguimento.

Obrigado,
Tiago Ferreira""",
         "Tiago Ferreira"),

        ("restriction", (),
         "Pedido de limitação do tratamento",
         """Exmos. Senhores,

Em outubro foi-me cobrada duas vezes a mensalidade do aluguer do aspirador robô (contrato AL-40772). A situação está a ser analisada pelo meu banco. Entretanto recebi a informação de que, com o fim do contrato, os meus dados serão apagados no prazo de 30 dias.

Solicito que os meus dados pessoais, incluindo os dados de pagamento e o histórico do contrato, sejam conservados enquanto a contestação não estiver resolvida, e que até lá não sejam utilizados para qualquer outra finalidade, nos termos do artigo 18.º do RGPD.

Com os melhores cumprimentos,
Manuel Sousa""",
         "Manuel Sousa"),

        ("complaint", (),
         "Cobrança depois de cancelar e ainda publicidade",
         """Boa noite,

Cancelei a caixa de snacks no dia 3 de outubro e tenho o e-mail de confirmação. Mesmo assim, a 1 de novembro fui cobrada outra vez e ainda recebi uma oferta para "voltar" com 30 % de desconto, o que mostra que continuam a usar os meus dados como se eu ainda fosse cliente.

Já liguei duas vezes e ninguém resolve nada. Acho isto inaceitável e quero uma explicação.

Joana Pereira""",
         "Joana Pereira"),

        ("withdraw_consent", (),
         "newsletter dos membros",
         """Boa tarde, não quero continuar a receber a newsletter dos membros premium. Podem tirar-me da lista? Obrigado. Pedro""",
         "Pedro Lopes"),

        ("other", (),
         "Cancelar a assinatura da revista",
         """Bom dia,

Gostaria de cancelar a assinatura da revista a partir de janeiro. Podem confirmar-me que não há mais cobranças depois da edição de dezembro?

Obrigada,
Catarina Silva""",
         "Catarina Silva"),

        ("other", (),
         "Pausar a caixa no Natal",
         """Olá,

Vamos a Portugal de 18 de dezembro a 5 de janeiro. É possível tirar a entrega de dezembro da caixa de ração e retomar normalmente em janeiro? Na app só encontro a opção de cancelar.

Obrigado,
Nuno Martins""",
         "Nuno Martins"),

        ("other", (),
         "Cobrança em duplicado - reembolso",
         """Boa tarde,

No extrato do cartão aparecem duas cobranças de 24,90 € no dia 4 de novembro pela caixa de café, e só recebi uma caixa. Podem devolver o valor cobrado a mais?

Cumprimentos,
Sofia Gonçalves""",
         "Sofia Gonçalves"),
    ],
}

"""Forty-third set, mail about repairs, warranties, recalls and the shop's own smart devices (en nl fr de es it pt). Written apart from the rules (see make_fortythird.py)."""

PEOPLE_NA = {
    "en": [
        ("access", (),
         "Baby monitor clips - what do you store?",
         """Hello,

We bought the "Nestwatch" baby camera from your Ghent store in March, when our daughter was born, and we use it with the app every night.

A friend told me that the clips it makes when it hears crying are stored on your servers and not just on the phone. I honestly never thought about that. Could you tell me which recordings from our camera you actually keep, since when, and for how long? And is anyone (your staff, the manufacturer, some cloud company) able to watch them?

The account is under this e-mail address. Camera serial NW2-0048817.

Thank you,
Hannah Price""",
         "Hannah Price"),
        ("correction", (),
         "Recall letter - wrong address",
         """Dear Sir or Madam,

Your letter about the recall of the BrewMate 1.7 kettle (ref. RC-2026-114) only reached me because the people who now live in my old flat were kind enough to drop it off. I moved out more than two years ago.

My address is now:
14 Rue des Tanneurs
1000 Brussels

Please change it on my customer record so that anything further about this recall comes to the right place. Loyalty card 6034 1182 7750, in case that helps.

Kind regards,
Graham Ellis""",
         "Graham Ellis"),
        ("deletion", ("withdraw_consent",),
         "sold the robot vac",
         """Hi,

I sold my RoboClean S5 on a second-hand site last weekend. I did the reset before handing it over, but the app still shows the floor plan of our house and a year of cleaning history, and I don't really fancy a map of my home sitting on a server somewhere.

Please delete my app account together with the maps and everything tied to the vacuum. And while you're at it, I'd like to stop getting the "tips for your robot" e-mails - I don't own one any more and never wanted them much anyway.

Cheers,
Tom""",
         "Tom Gallagher"),
        ("portability", (),
         "Export of my scale measurements",
         """Good afternoon,

I've used your SmartScale Pro since January 2022 and the app has logged my weight, body fat etc. almost every morning. I'm moving to a different brand of scale and app and would hate to lose four years of history.

Could you send me all my measurements in a file I can import elsewhere? CSV would be ideal, JSON is fine too. The "share" button in the app only gives me a PDF chart of the last 90 days, which is no use for this.

Many thanks,
Priya Natarajan""",
         "Priya Natarajan"),
        ("restriction", (),
         "Repair 58-22107 - please do NOT delete the file yet",
         """Dear privacy team,

My laptop came back from repair on 9 October with the verdict "liquid damage, not covered by warranty". I have never spilled anything on it, and I have filed a warranty claim with the manufacturer contesting this through your customer service (case WC-77310).

The repair receipt says photos and technician notes are deleted 60 days after the repair is closed. That would be early December, and my claim will certainly not be settled by then. I'm asking you to keep the repair file - the photos of the inside of the machine, the diagnostic report and the technician's notes - until the claim is finished. You don't need to do anything else with them, just don't delete them.

I'll let you know as soon as it's resolved.

Regards,
Daniel Okafor""",
         "Daniel Okafor"),
        ("objection", ("access",),
         "calls from warranty insurer",
         """Hello,

Since I bought a washing machine from you in September, someone from "SafeHome Extended Cover" has rung me three times trying to sell me a five-year warranty extension. When I asked how they had my number they said they are "a partner of Shop Example".

I don't want my details passed to them or to any other partner for sales calls, and I object to you doing that from now on. I'd also like to know exactly which companies you have shared my phone number and address with.

Sarah Mitchell""",
         "Sarah Mitchell"),
        ("complaint", ("deletion",),
         "Your technician went through my photos",
         """To whom it may concern,

I left my phone at your Antwerp store on 27 October for a new battery. The repair form insisted on the unlock code "for testing", so I gave it.

When I collected the phone two days later, the gallery app was open - on an album of holiday photos, some of them quite private. The "recently viewed" list shows that a dozen pictures were opened on 28 October, the day it was in your workshop. Nobody needs to look at photos to replace a battery.

I find this completely unacceptable and I want to know what you intend to do about it. I also want it confirmed that nothing from my phone was copied, and if anything was, delete it.

If I don't get a proper answer I will take this to the Data Protection Authority.

Rebecca Lawson""",
         "Rebecca Lawson"),
        ("other", (),
         "Repair status RMA 4471920?",
         """Hi there,

I dropped off my tablet at the Leuven store on 14 October (RMA 4471920, broken charging port). The lady at the desk said ten working days. It's now been almost four weeks and the tracking page just says "at repair partner".

Can someone tell me where it is and roughly when I'll get it back? Don't worry about the data on it, it's all backed up, I just need the tablet for work.

Thanks,
Megan Hughes""",
         "Megan Hughes"),
        ("other", (),
         "How do I reset the doorbell before we move out",
         """Hiya,

We're moving out at the end of the month and the Ringo doorbell stays with the house. What's the proper way to reset it so the new owners can add it to their own app? I found the pinhole button, but the manual says something about removing it from the account first and I can't find that option anywhere in the app settings.

Also, will our old recordings still be in the app on my phone afterwards, or do they disappear with the device?

Ta,
Liam""",
         "Liam Doherty"),
        ("other", (),
         "camera offline since the update",
         """Since the firmware update on Sunday my garden camera (CamOne Outdoor) keeps showing "device offline" in the app. It's 5 metres from the router, the wifi works fine for everything else, and I've already power-cycled it twice. Motion recording stopped as well, so I've got nothing from the last three days.

Anything I can try before I bring it back to the store? Bought in May so it should still be under warranty.

Alan Brooks""",
         "Alan Brooks"),
    ],
    "nl": [
        ("access", (),
         "Verslag van de technieker",
         """Goeiedag,

Op 21 oktober is er een technieker van jullie bij ons thuis geweest voor de vaatwasser (herstelling onder garantie, dossier HV-30981). Hij heeft verschillende foto's genomen in de keuken en heeft van alles ingetikt op zijn tablet terwijl hij mij vroeg hoe vaak we de machine gebruiken, hoeveel we thuis zijn enzovoort.

Ik zou graag weten wat er in dat verslag over mij en over ons huis staat. Kunnen we een kopie krijgen van de notities en van de foto's? En wie krijgt dat verslag allemaal te zien, enkel jullie of ook de fabrikant?

Alvast bedankt,
Els Verhaegen""",
         "Els Verhaegen"),
        ("deletion", (),
         "kopie identiteitskaart bij inruil",
         """Dag,

Begin oktober heb ik mijn oude gsm ingeruild in jullie winkel in Hasselt. De verkoper heeft toen mijn identiteitskaart ingescand "voor de inruilregistratie". De inruil is intussen volledig afgehandeld, ik heb de waardebon gekregen en ook al gebruikt.

Ik zie niet in waarom jullie die kopie van mijn identiteitskaart nog zouden bijhouden. Gelieve ze te verwijderen, samen met de andere gegevens van die inruil die jullie niet meer nodig hebben.

Met vriendelijke groeten,
Jeroen Claes""",
         "Jeroen Claes"),
        ("portability", ("deletion",),
         "Overstap naar ander merk thermostaat - data meenemen",
         """Beste,

We hebben sinds 2021 jullie slimme thermostaat (HeatWise T2). We schakelen nu over op een systeem van een ander merk dat samenwerkt met onze nieuwe warmtepomp.

Twee vragen:
1. Kunnen jullie mij de volledige historiek (temperaturen, schema's, verbruik per dag) bezorgen in een bestand dat ik in de nieuwe app kan inladen? Een CSV- of JSON-bestand is prima.
2. Zodra ik dat bestand heb, mag mijn account met alle gegevens erin verwijderd worden.

Dank u,
Kristof Maes""",
         "Kristof Maes"),
        ("restriction", (),
         "camerabeelden 2 november NIET wissen aub",
         """Hallo,

Bij ons is ingebroken in de nacht van 1 op 2 november. Onze deurbelcamera heeft een en ander opgenomen en de politie wil die beelden nog bekijken (het PV-nummer kan ik doorsturen).

Ik ga ons cloudabonnement stopzetten omdat we verhuizen, en ik heb gelezen dat de opnames dan na 30 dagen automatisch gewist worden. Gelieve de clips van die nacht bij te houden tot het onderzoek rond is. Jullie hoeven er niets mee te doen en ze mogen voor niets anders gebruikt worden, maar ze mogen ook niet verdwijnen.

Groeten,
Nathalie De Smet""",
         "Nathalie De Smet"),
        ("objection", (),
         "Gebruiksgegevens robotstofzuiger",
         """Goedemiddag,

In de app van mijn robotstofzuiger staat bij 'Privacy' dat jullie gebruiksgegevens verzamelen "om het product te verbeteren", op basis van jullie gerechtvaardigd belang. Er is geen knop om dat uit te zetten.

Ik wil niet dat gegevens over mijn woning en over wanneer er gekuist wordt voor zulke analyses gebruikt worden, en ik teken daar bij deze bezwaar tegen aan. De stofzuiger moet gewoon kuisen.

Vriendelijke groeten,
Pieter Wouters""",
         "Pieter Wouters"),
        ("withdraw_consent", (),
         "tips weegschaal",
         """Hallo, ik krijg elke week een mail met "tips voor uw slimme weegschaal" en daarbovenop een nieuwsbrief over firmware-updates. Ik heb dat bij de installatie van de app blijkbaar aangevinkt, maar ik hoef het niet meer. Mogen die mails stoppen?

Groetjes,
An""",
         "An Goossens"),
        ("complaint", ("access",),
         "Mijn ingeruilde gsm is doorverkocht met al mijn gegevens erop",
         """Geachte,

In augustus heb ik in jullie winkel in Gent mijn oude smartphone ingeruild. Op het inruilformulier stond uitdrukkelijk dat het toestel "volledig en veilig gewist" zou worden.

Gisteren kreeg ik een WhatsApp-bericht van een onbekende man die het toestel als "refurbished" bij jullie gekocht heeft. Hij kon mijn foto's, mijn mails en mijn bankapp (gelukkig met code) zien. Hij was zo fatsoenlijk om mij te verwittigen.

Dit is een ernstig lek. Ik wil weten hoe dit heeft kunnen gebeuren, wie het toestel tussen de inruil en de verkoop in handen heeft gehad, en welke gegevens van mij er verder nog bij jullie rondslingeren. Ik overweeg klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Lotte Peeters""",
         "Lotte Peeters"),
        ("other", (),
         "Barst in scherm tablet - garantie?",
         """Dag,

Mijn tablet (gekocht in april, factuur 2026-118842) heeft een barst in het scherm gekregen zonder dat hij gevallen is. Hij lag gewoon op het nachtkastje en 's morgens zat er een barst in de hoek, die nu steeds groter wordt.

Valt dit onder de garantie? En moet ik hem naar de winkel brengen of kunnen jullie hem komen ophalen?

mvg
Sofie Janssens""",
         "Sofie Janssens"),
        ("other", (),
         "Terugroepactie waterkoker - zit de mijne erbij?",
         """Goeiemorgen,

Ik las in de krant over de terugroepactie van de BrewMate-waterkoker. Ik heb er een bij jullie gekocht, maar ik weet niet of het om de getroffen reeks gaat. Onderaan staat lotnummer 2409-B en serienummer BM17-55320.

Moet ik hem binnenbrengen? Ik gebruik hem voorlopig niet meer.

Dank,
Marc Van den Broeck""",
         "Marc Van den Broeck"),
        ("other", (),
         "laptop herstelling 61-40027",
         """Hallo,

Mijn laptop ligt bij jullie voor een nieuw toetsenbord (dossier 61-40027). De technieker belde dat de harde schijf misschien ook vervangen moet worden en vroeg of dat mocht. Voor mij is dat goed, en de schijf mag gerust gewist worden, ik heb van alles een back-up.

Hoeveel gaat dat extra kosten en wanneer is hij klaar?

Bart Mertens""",
         "Bart Mertens"),
    ],
    "fr": [
        ("access", (),
         "Aspirateur robot : quelles données sur mon logement ?",
         """Bonjour,

J'ai acheté chez vous l'aspirateur robot RoboClean S7 l'an dernier. En parcourant l'application, je me rends compte qu'il a dressé un plan très précis de mon appartement, pièce par pièce, avec les noms que j'ai donnés aux pièces ("chambre de Léa", etc.).

Pourriez-vous me dire quelles données vous conservez à mon sujet via cet appareil : le plan, l'historique de nettoyage, autre chose ? Où sont-elles stockées, pendant combien de temps, et sont-elles transmises au fabricant ou à d'autres sociétés ?

Je vous remercie d'avance.

Claire Dubois""",
         "Claire Dubois"),
        ("correction", (),
         "Erreur dans mon enregistrement de garantie",
         """Madame, Monsieur,

Lors de l'enregistrement de la garantie étendue de mon téléviseur (facture F-2026-40931), mon nom a été encodé « Lemaire Jean-Pierre » au lieu de « Lemaître Jean-Pierre », et ma date de naissance est indiquée au 03/07/1965 au lieu du 07/03/1965.

L'assureur refuse à présent de traiter mon dossier parce que ces données ne correspondent pas à ma carte d'identité. Je vous prie de corriger ces deux informations dans votre fichier et de transmettre la correction à l'assureur.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Pierre Lemaître""",
         "Jean-Pierre Lemaître"),
        ("deletion", ("objection",),
         "Formulaire de garantie - revenus et date de naissance",
         """Bonjour,

Pour activer la garantie de ma machine à café, votre formulaire en ligne m'a demandé ma date de naissance, la composition de mon ménage et une tranche de revenus. J'ai tout rempli sans trop réfléchir, mais je ne vois vraiment pas ce que mes revenus ont à voir avec une garantie.

Je vous demande d'effacer ces informations (revenus, composition du ménage, date de naissance) et de ne garder que ce qui est nécessaire à la garantie elle-même. Par ailleurs, je m'oppose à ce que les réponses à ce genre de questionnaire servent à établir un profil commercial à mon sujet.

Cordialement,
Sophie Lambert""",
         "Sophie Lambert"),
        ("restriction", (),
         "Rapport de réparation contesté - ne pas transmettre",
         """Bonjour,

Le rapport de réparation de mon smartphone (dossier R-58812) mentionne « dommage causé par l'utilisateur - chute ». C'est faux : l'écran s'est décollé tout seul, ce que le magasin de Namur avait d'ailleurs constaté à la réception. J'ai demandé une vérification au service après-vente.

En attendant le résultat, je vous demande de bloquer cette mention : qu'elle ne soit ni utilisée ni transmise à l'assureur ou au fabricant tant que la vérification n'est pas terminée. Je ne demande pas qu'on l'efface pour l'instant, simplement qu'on n'en fasse rien.

Merci de me confirmer la prise en compte.

Mehdi Benali""",
         "Mehdi Benali"),
        ("objection", (),
         "Appels d'un assureur",
         """Bonjour,

Depuis l'achat de mon lave-vaisselle en septembre, un assureur m'appelle toutes les semaines pour me proposer une extension de garantie. La personne m'a dit avoir reçu mes coordonnées « via Shop Example ».

Je m'oppose à ce que vous transmettiez mes coordonnées à vos partenaires à des fins commerciales. Merci d'en tenir compte et de prévenir cet assureur.

Nathalie Renard""",
         "Nathalie Renard"),
        ("withdraw_consent", (),
         "désinscription",
         """Bonjour, je ne souhaite plus recevoir vos conseils produits ni la newsletter sur les mises à jour de la sonnette connectée. Merci de me retirer de ces envois.
Bonne journée
Isabelle Martin""",
         "Isabelle Martin"),
        ("complaint", ("deletion",),
         "Enregistrements conservés après la clôture de mon compte",
         """Madame, Monsieur,

J'ai clôturé mon compte pour la caméra de surveillance intérieure en juin dernier, après avoir revendu la caméra. J'avais reçu un e-mail confirmant que « toutes vos données ont été supprimées ».

Or, la semaine passée, en me connectant avec la même adresse à une autre application de votre marque, j'ai retrouvé dans l'onglet « Historique » une quarantaine de clips vidéo filmés dans mon salon entre février et mai. Ils n'ont donc jamais été supprimés.

Je trouve inadmissible que l'on m'ait affirmé le contraire. J'exige la suppression effective de ces enregistrements, avec cette fois une confirmation écrite digne de ce nom. À défaut, je saisirai l'Autorité de protection des données.

Veuillez agréer mes salutations.

Vincent Leroy""",
         "Vincent Leroy"),
        ("other", (),
         "Ma caméra ne se connecte plus",
         """Bonsoir,

Depuis que j'ai changé de box internet, ma caméra extérieure ne veut plus se connecter au wifi. J'ai fait la réinitialisation comme indiqué dans la notice (bouton enfoncé 10 secondes), le voyant clignote en bleu mais l'appli affiche « appareil introuvable ». Du coup plus aucun enregistrement depuis jeudi.

Vous avez une solution ou je dois la ramener au magasin ?

Merci,
Julien Fontaine""",
         "Julien Fontaine"),
        ("other", (),
         "Reprise de mon ancien smartphone",
         """Bonjour,

Je voudrais profiter de votre offre de reprise pour acheter le nouveau modèle. Mon ancien téléphone a trois ans, l'écran est intact mais la batterie ne tient plus beaucoup.

Combien pourrais-je en obtenir, à peu près ? Et faut-il que j'efface tout moi-même avant de venir, ou le vendeur s'en occupe au magasin ? Je ne suis pas très doué avec ces choses-là.

Merci d'avance,
André Dupont""",
         "André Dupont"),
        ("other", (),
         "Rappel radiateur électrique - numéro de série",
         """Bonjour,

J'ai reçu votre courrier concernant le rappel du radiateur à bain d'huile OilHeat 2000. Le numéro de série de mon appareil est OH2-1187-4432, acheté en décembre 2024. Est-il concerné ? Le courrier parle des numéros commençant par OH2-11, sans plus de précision.

Si oui, dois-je le rapporter en magasin ou venez-vous le chercher ?

Cordialement,
Chantal Gérard""",
         "Chantal Gérard"),
    ],
    "de": [
        ("access", (),
         "Auskunft: Daten meines Thermostats",
         """Sehr geehrte Damen und Herren,

ich nutze seit Herbst 2023 Ihr smartes Thermostat HeatWise T2 mit der zugehörigen App. Mir ist aufgefallen, dass die App ziemlich genau weiß, wann wir morgens aufstehen und wann die Wohnung leer ist.

Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich bzw. über dieses Gerät gespeichert haben, zu welchem Zweck, wie lange sie aufbewahrt werden und an wen sie gegebenenfalls weitergegeben wurden (z. B. an den Hersteller oder an Energieversorger). Eine Kopie der Daten hätte ich ebenfalls gern.

Mit freundlichen Grüßen
Stefan Braun""",
         "Stefan Braun"),
        ("correction", (),
         "Namensänderung und Telefonnummer",
         """Hallo,

seit meiner Heirat im Sommer heiße ich nicht mehr Julia Krämer, sondern Julia Vogt. In meinem Kundenkonto und in der Garantieregistrierung meiner Waschmaschine steht aber noch der alte Name. Außerdem ist dort noch meine alte Handynummer hinterlegt - der Techniker hat vor dem Hausbesuch letzte Woche vergeblich versucht, mich zu erreichen.

Bitte ändern Sie den Namen auf Julia Vogt und die Nummer auf 0471 23 45 67.

Vielen Dank
Julia Vogt""",
         "Julia Vogt"),
        ("deletion", ("withdraw_consent",),
         "Fotos vom Technikerbesuch löschen",
         """Guten Tag,

am 16. Oktober war einer Ihrer Techniker wegen des Wäschetrockners bei mir zu Hause. Er hat für den Bericht Fotos gemacht - nicht nur vom Gerät, sondern auch vom ganzen Hauswirtschaftsraum; auf einem Bild sieht man sogar Briefe mit meiner Adresse auf dem Regal.

Die Reparatur ist abgeschlossen und bezahlt. Bitte löschen Sie diese Fotos. Und bei der Gelegenheit: Die "Pflegetipps für Ihren Trockner", die ich seitdem per Mail bekomme, möchte ich nicht mehr erhalten.

Danke und Gruß
Monika Hoffmann""",
         "Monika Hoffmann"),
        ("portability", (),
         "Export Kameraaufnahmen + Bewegungsprotokoll",
         """Hallo zusammen,

wir steigen von Ihrer Überwachungskamera (CamOne Indoor mit Cloud-Abo) auf das System eines anderen Anbieters um. In Ihrer Cloud liegen noch die gespeicherten Clips der letzten Monate und das Bewegungsprotokoll.

Können Sie mir alles in einem gängigen Format zur Verfügung stellen, also die Videos als MP4 und das Protokoll als CSV oder JSON? Noch besser wäre es, wenn Sie die Daten direkt an den neuen Anbieter übermitteln könnten, falls das technisch geht.

Beste Grüße
Lukas Schneider""",
         "Lukas Schneider"),
        ("objection", ("deletion",),
         "Widerspruch Nutzungsanalyse Waschmaschine",
         """Sehr geehrtes Datenschutzteam,

in den Einstellungen der App meiner vernetzten Waschmaschine steht, dass Nutzungsdaten (Programme, Uhrzeiten, Beladung) "zur Produktverbesserung" an Sie übertragen werden, gestützt auf Ihr berechtigtes Interesse.

Dieser Verarbeitung widerspreche ich hiermit. Die bisher über meine Maschine gesammelten Nutzungsdaten bitte ich zu löschen.

Mit freundlichen Grüßen
Dr. Katrin Weber""",
         "Katrin Weber"),
        ("withdraw_consent", (),
         "Abmelden",
         """Bitte keine Firmware-Newsletter und keine Produkttipps mehr an diese Adresse. Einen Abmeldelink habe ich in den Mails nicht gefunden.

Gruß, Frank Lehmann""",
         "Frank Lehmann"),
        ("complaint", ("deletion",),
         "Zweite Anfrage - Löschung Türklingel-Aufnahmen (keine Antwort)",
         """Sehr geehrte Damen und Herren,

am 28. September habe ich Sie per E-Mail gebeten, sämtliche Aufnahmen meiner Video-Türklingel aus Ihrer Cloud zu löschen und mir das zu bestätigen. Eine automatische Eingangsbestätigung kam, seitdem nichts mehr. Die Aufnahmen sind in der App nach wie vor sichtbar.

Die Frist von einem Monat ist abgelaufen. Ich fordere Sie erneut auf, die Aufnahmen zu löschen, und erwarte binnen einer Woche eine Bestätigung. Andernfalls wende ich mich an die Datenschutzbehörde.

Mit freundlichen Grüßen
Andreas Fischer""",
         "Andreas Fischer"),
        ("other", (),
         "Rückruf Powerbank - betroffen?",
         """Hallo,

im Laden hängt ein Aushang zum Rückruf der PowerGo 20000. Meine hat die Chargennummer PG-2503-117. Gehört die zu den betroffenen? Auf Ihrer Website steht nur "bestimmte Chargen aus 2025".

Danke,
Sabine Wolf""",
         "Sabine Wolf"),
        ("other", (),
         "Wo ist mein Laptop? Reparatur 61-39755",
         """Guten Tag,

mein Laptop wurde am 2. Oktober zur Reparatur an den Hersteller geschickt (Mainboard defekt, Garantie). Laut Sendungsverfolgung ist er seit dem 8. Oktober "beim Servicepartner in Tschechien", seitdem tut sich nichts.

Ich brauche das Gerät fürs Studium. Können Sie beim Hersteller nachfragen, wann ich mit der Rücksendung rechnen kann? Und gibt es vielleicht ein Leihgerät?

Viele Grüße
Lena Zimmermann""",
         "Lena Zimmermann"),
        ("other", (),
         "Kamera zeichnet nachts nicht auf",
         """Hallo,

meine Außenkamera (CamOne Outdoor) zeichnet tagsüber ganz normal auf, aber nachts kommt nichts mehr, obwohl die Bewegungserkennung eingeschaltet ist. Im Verlauf gibt es seit einer Woche keine einzige Aufnahme zwischen 22 und 6 Uhr, dabei läuft die Katze jede Nacht vorbei. Nachtsicht ist an.

Ist das ein bekannter Fehler? Das Gerät ist erst vier Monate alt.

Gruß
Thomas Becker""",
         "Thomas Becker"),
    ],
    "es": [
        ("correction", (),
         "Fecha de nacimiento incorrecta en la báscula",
         """Hola:

En mi perfil de la app de la báscula inteligente aparece como fecha de nacimiento el 12/05/1955, pero nací el 12/05/1985. Supongo que fue un error al registrar la garantía en la tienda, porque lo rellenó el dependiente.

El problema es que la app calcula el porcentaje de grasa y la "edad metabólica" según la edad y me salen unos resultados absurdos. Desde la app no me deja cambiarla. ¿Pueden corregirla, por favor?

Gracias,
Lucía Fernández""",
         "Lucía Fernández"),
        ("deletion", (),
         "Copia de seguridad de mi móvil",
         """Buenos días:

El 20 de octubre llevé mi móvil a reparar a su tienda de Bruselas (pantalla). El técnico me dijo que antes de abrirlo hacía "una copia de seguridad, por si acaso" en su ordenador. Ya me lo han devuelto y funciona perfectamente.

Les pido que borren esa copia de seguridad y cualquier otro dato de mi teléfono que se haya quedado en sus equipos. No hay ningún motivo para que conserven mis fotos y mis mensajes.

Un saludo,
Javier Morales""",
         "Javier Morales"),
        ("portability", ("deletion",),
         "mapas y datos del robot aspirador",
         """Hola,

me he cambiado a un robot aspirador de otra marca y quería saber si me pueden enviar en un archivo (JSON o lo que usen) los mapas de la casa y el historial de limpiezas, para intentar importarlos en la app nueva y no tener que volver a mapear todo.

Después de eso pueden eliminar mi cuenta y todos mis datos, ya no voy a usar su app.

¡Gracias!
Pablo Ruiz""",
         "Pablo Ruiz"),
        ("restriction", (),
         "Freidora retirada - conserven mis datos",
         """Estimados señores:

Mi freidora de aire AirCrisp 5L, comprada en su tienda de Lieja, es uno de los modelos afectados por la retirada anunciada en octubre. Antes de recibir su aviso se sobrecalentó y quemó parte de la encimera de mi cocina. Estoy reclamando los daños a través de mi seguro.

Les solicito que no borren ni modifiquen los datos relativos a mi compra, el registro de garantía, el aviso de retirada que me enviaron y las notas de mis llamadas a atención al cliente hasta que la reclamación esté resuelta, aunque según su política ya tocara eliminarlos. Por ahora no necesito que hagan nada más con ellos.

Atentamente,
Carmen López""",
         "Carmen López"),
        ("objection", (),
         "No usen los datos del robot para publicidad",
         """Hola,

Qué casualidad: cada vez que la app del robot me avisa de que el depósito está lleno o de que el cepillo está gastado, a los dos días me llega un correo con ofertas de bolsas y cepillos. Está claro que usan los datos de uso del robot para hacerme publicidad.

Me opongo a que utilicen los datos de mi aspirador para hacerme perfiles o para marketing. Que el robot limpie y ya está.

Saludos,
Marta Gómez""",
         "Marta Gómez"),
        ("withdraw_consent", (),
         "SMS de consejos",
         """Buenas, desde que compré el timbre con cámara me llegan SMS con "consejos" y novedades casi cada semana. No quiero recibir más SMS ni correos de ese tipo, gracias.

Diego Navarro""",
         "Diego Navarro"),
        ("complaint", ("correction",),
         "Aviso de retirada enviado a mi antigua dirección",
         """Señores:

Hace tres años cambié la dirección en mi cuenta de cliente, y de hecho todos mis pedidos online me llegan a la dirección nueva. Sin embargo, su carta sobre la retirada del radiador OilHeat 2000 se envió a mi antigua dirección, donde vive mi expareja. La abrió, y ahora sabe lo que compré y cuándo.

Me parece gravísimo. Quiero una explicación de por qué siguen usando una dirección que ya no es válida, y que corrijan mi dirección en todos sus sistemas, también en el de las retiradas, para que esto no vuelva a pasar. Estoy valorando presentar una queja ante la Autoridad de Protección de Datos.

Rosa Jiménez""",
         "Rosa Jiménez"),
        ("other", (),
         "Pantalla rota - garantía",
         """Hola,

Compré un móvil en su web hace 5 meses (pedido 100-3377815) y ayer la pantalla amaneció con una raya verde vertical y una grieta pequeña en la esquina. No se me ha caído, lo juro. ¿Lo cubre la garantía? ¿Tengo que llevarlo a la tienda o lo mando por correo?

Ah, y si lo mando, ¿tengo que quitar antes la cuenta de Google?

Gracias
Alejandro Torres""",
         "Alejandro Torres"),
        ("other", (),
         "resetear báscula",
         """¡Hola! Le voy a dar mi báscula inteligente a mi hermana porque me han regalado otra. ¿Cómo se hace el reseteo de fábrica? En el manual no viene. Es para que a ella no le salgan mis pesajes ni mi perfil cuando la conecte a su móvil.

¡Gracias!
Elena""",
         "Elena Vidal"),
        ("other", (),
         "¿Está listo mi portátil?",
         """Buenas tardes:

Dejé mi portátil en la tienda de Amberes el día 3 de noviembre para cambiar el teclado (resguardo n.º 61-41208). Me dijeron que tardaría una semana. ¿Me pueden decir si ya está listo o cuándo lo estará? He llamado a la tienda pero no contestan.

Gracias,
Sergio Castro""",
         "Sergio Castro"),
    ],
    "it": [
        ("access", ("deletion",),
         "Permuta del vecchio telefono - che dati avete tenuto?",
         """Buongiorno,

a settembre ho dato in permuta il mio vecchio smartphone nel vostro negozio di Charleroi. Il commesso ha fotocopiato la mia carta d'identità e mi ha chiesto il codice di sblocco "per verificare che funzioni".

Vorrei sapere quali miei dati avete conservato per quella permuta, per quanto tempo li tenete, e se il telefono è stato azzerato prima di essere rivenduto o spedito altrove. Dopo la vostra risposta vi chiedo di cancellare la copia della carta d'identità, che non vedo perché debba restare da voi.

Cordiali saluti,
Giulia Romano""",
         "Giulia Romano"),
        ("correction", (),
         "Email sbagliata nella registrazione della garanzia",
         """Salve,

registrando la garanzia del forno a microonde ho scritto male il mio indirizzo email: ho messo "francesca.ricci@gmial.com" invece di "@gmail.com". Quindi le conferme e le comunicazioni sulla garanzia finiscono chissà dove, magari a qualcun altro.

Vi chiedo di correggerlo con l'indirizzo da cui vi sto scrivendo. Numero di registrazione: GW-2026-88140.

Grazie mille,
Francesca Ricci""",
         "Francesca Ricci"),
        ("portability", (),
         "Dati del braccialetto fitness in formato esportabile",
         """Gentile team,

uso il vostro braccialetto FitBand 3 da quasi tre anni: passi, sonno, frequenza cardiaca, allenamenti. Sto passando a un orologio di un'altra marca e vorrei portarmi dietro lo storico.

Potete fornirmi tutti i dati in un formato leggibile da un'altra app (CSV, JSON, o GPX per gli allenamenti)? Se fosse possibile, preferirei che li trasmetteste direttamente al nuovo servizio: in tal caso vi mando i dettagli.

Grazie,
Matteo Conti""",
         "Matteo Conti"),
        ("restriction", (),
         "Foto scattate in casa dal tecnico",
         """Buongiorno,

il 5 novembre un vostro tecnico è venuto a casa mia per la lavatrice. Con il suo telefono ha fotografato non solo la lavatrice, ma anche il bagno e il corridoio, dove sul mobile c'erano foto di famiglia e alcuni documenti. Non mi sembra corretto e sto valutando con il mio avvocato come procedere.

Per questo non vi chiedo di cancellare subito quelle foto, perché potrebbero servirmi. Vi chiedo però di bloccarle: nessuno deve guardarle, usarle o inviarle ad altri finché non vi farò sapere.

Distinti saluti,
Alessandro Greco""",
         "Alessandro Greco"),
        ("objection", (),
         "Condivisione dati termostato con fornitore di energia",
         """Buonasera,

dall'informativa della app del termostato HeatWise vedo che i dati su consumi e temperature possono essere condivisi con "partner del settore energetico" per offerte personalizzate.

Mi oppongo a questa condivisione e a qualsiasi uso dei dati del mio termostato che non sia strettamente necessario al funzionamento dell'apparecchio.

Saluti,
Roberto Marino""",
         "Roberto Marino"),
        ("withdraw_consent", (),
         "basta email",
         """Salve, potete togliermi dalla lista dei consigli sulla videocamera e delle novità sugli aggiornamenti firmware? Grazie.
Chiara Galli""",
         "Chiara Galli"),
        ("complaint", ("access",),
         "SOLLECITO - richiesta del 2 ottobre senza risposta",
         """Spett.le Shop Example,

il 2 ottobre vi ho scritto chiedendo copia del rapporto di riparazione del mio portatile (pratica 58-21934) e delle note che il tecnico ha scritto su di me, visto che al ritiro mi è stato detto che "c'era una nota sul cliente". Da allora nessuna risposta, nemmeno una conferma di ricezione.

È passato più di un mese, che è il termine previsto dal GDPR. Vi chiedo nuovamente di inviarmi quei documenti. Se non avrò notizie entro dieci giorni presenterò reclamo all'Autorità per la protezione dei dati.

Luca Esposito""",
         "Luca Esposito"),
        ("other", (),
         "La mia stufetta è nel lotto richiamato?",
         """Buongiorno,

ho letto sul vostro sito del richiamo della stufetta elettrica ThermoMini 1500. Ne ho comprata una l'inverno scorso nel negozio di Mons. Sotto c'è scritto lotto TM-2411-06. È tra quelli da restituire?

E se sì, mi rimborsate o me la cambiate con un'altra?

Grazie,
Paola De Luca""",
         "Paola De Luca"),
        ("other", (),
         "videocamera non si collega",
         """Ciao, ho comprato ieri la videocamera per interni CamOne Indoor. Seguo la procedura della app, scansiono il QR code, ma dopo un minuto dice "connessione non riuscita". Il wifi è a 2,4 GHz come dice il manuale, ho già provato a resettarla tre volte.

Che altro posso fare? Altrimenti la riporto.

Federico""",
         "Federico Colombo"),
        ("other", (),
         "Tastiera portatile in garanzia",
         """Buongiorno,

sul mio portatile (acquistato a febbraio, scontrino 2026-004417) alcuni tasti non funzionano più: la E, la R e la barra spaziatrice a volte sì e a volte no.

È coperto dalla garanzia? Posso portarlo direttamente in negozio o devo prima aprire una pratica online? E devo cancellare i miei dati prima di consegnarlo o non serve?

Grazie e buona giornata,
Silvia Ferrari""",
         "Silvia Ferrari"),
    ],
    "pt": [
        ("access", (),
         "Gravações da campainha",
         """Boa tarde,

Tenho a campainha com câmara da vossa marca há cerca de um ano. Gostava de saber que gravações da minha campainha é que vocês guardam nos vossos servidores, durante quanto tempo e quem lhes pode aceder. A câmara aponta para a rua, por isso também apanha os vizinhos e quem passa, e não quero problemas.

Obrigado,
Rui Almeida""",
         "Rui Almeida"),
        ("correction", (),
         "Alteração de nome e morada - recolha da fritadeira",
         """Bom dia,

Recebi, por acaso e através da minha mãe, a carta sobre a recolha da fritadeira AirCrisp 5L. Vinha dirigida a "Ana Sofia Ferreira", o meu nome de solteira, para a casa dos meus pais. Casei e mudei de casa há quatro anos.

Peço que atualizem os meus dados: nome Ana Sofia Ferreira Costa, morada Rue Saint-Gilles 88, 4000 Liège. Quero continuar a receber as informações sobre a recolha, mas na morada certa.

Com os melhores cumprimentos,
Ana Sofia Ferreira Costa""",
         "Ana Sofia Ferreira Costa"),
        ("deletion", (),
         "Disco antigo do portátil",
         """Boa tarde,

Em outubro trocaram o disco do meu portátil na vossa loja de Bruxelas (reparação 61-40513). O disco antigo, que não estava totalmente avariado, ficou convosco. Tinha lá documentos do trabalho, fotografias e as palavras-passe guardadas no browser.

Peço que esse disco seja apagado de forma segura ou destruído, e que me confirmem por escrito quando estiver feito.

Cumprimentos,
Pedro Santos""",
         "Pedro Santos"),
        ("portability", (),
         "Vídeos do monitor de bebé",
         """Olá,

Vamos deixar de usar o vosso monitor de bebé com câmara (o nosso filho já tem quase dois anos) e vamos passar para um sistema de outra marca para a casa toda. Na vossa cloud estão os clips gravados desde que ele nasceu.

Podem enviar-nos todos os vídeos e o registo de alertas num formato normal (MP4 para os vídeos, CSV para o resto), para os guardarmos e importarmos no novo sistema? Pela app só dá para descarregar um vídeo de cada vez.

Obrigada,
Inês Rodrigues""",
         "Inês Rodrigues"),
        ("restriction", (),
         "Limitação do tratamento - oposição pendente",
         """Exmos. Senhores,

A 12 de outubro enviei-vos uma oposição ao tratamento dos dados de utilização da minha máquina de lavar loiça ligada, que a vossa app recolhe "para melhorar o produto" (a vossa referência: DP-2026-1043). Responderam que o pedido está em análise.

Enquanto essa análise não estiver concluída, solicito a limitação do tratamento: os dados podem ficar guardados, mas peço que não sejam usados em análises nem partilhados com ninguém até haver uma decisão.

Com os melhores cumprimentos,
Manuel Oliveira""",
         "Manuel Oliveira"),
        ("withdraw_consent", ("objection",),
         "não quero mais dicas",
         """Boa noite,

Por favor deixem de me enviar as dicas da balança inteligente e a newsletter sobre atualizações de firmware. Também não quero que usem as minhas pesagens para me mostrar publicidade de produtos de dieta na app, que é o que tem acontecido.

Obrigada,
Catarina Sousa""",
         "Catarina Sousa"),
        ("complaint", ("access",),
         "Chamadas da seguradora da garantia",
         """Bom dia,

Comprei-vos um frigorífico em setembro e recusei expressamente a extensão de garantia na caixa. Desde então já recebi quatro chamadas de uma seguradora a insistir na extensão, e disseram-me que os meus dados lhes foram "passados pela loja".

Nunca autorizei isso e considero que os meus dados foram partilhados sem qualquer fundamento. Quero saber exatamente que dados lhes enviaram e a que outras empresas os passaram. Se não tiver resposta, apresento queixa à autoridade de proteção de dados.

João Pereira""",
         "João Pereira"),
        ("other", (),
         "Retoma do telemóvel - ainda sem vale",
         """Olá,

Entreguei o meu telemóvel antigo para retoma na loja de Antuérpia no dia 20 de outubro. Disseram-me que depois de o verificarem recebia um vale de compra por email, mas até hoje nada. Já fiz o reset e apaguei a conta antes de o entregar, como pediram.

Podem ver em que ponto está? O número do talão é RT-22918.

Obrigado,
Tiago Martins""",
         "Tiago Martins"),
        ("other", (),
         "Ecrã partido - garantia do tablet",
         """Bom dia,

O ecrã do meu tablet (comprado em junho, fatura 2026-221907) rachou de um lado ao outro quando o estava a carregar, sem ter caído. Está coberto pela garantia?

Já fiz cópia dos dados todos, por isso posso entregá-lo quando quiserem. Digam-me só se é na loja ou se o envio.

Cumprimentos,
Marta Lopes""",
         "Marta Lopes"),
        ("other", (),
         "Recolha da powerbank - qual o lote?",
         """Boa tarde,

Vi o aviso de recolha da powerbank PowerGo 20000. A minha tem o número de lote PG-2502-093 e foi comprada na vossa loja online em março. Faz parte dos lotes afetados? No aviso não consigo perceber quais são.

Obrigado,
Carlos Ribeiro""",
         "Carlos Ribeiro"),
    ],
}

"""Fourteenth set, customers writing about a concrete incident. Written apart from the rules (see make_fourteenth.py)."""

PEOPLE_R = {
"en": [
("correction", (), "", """Hello

I am writing because my parcel was going to wrong address two times already. Courier say the address on label is "Rue de la Station 14" but I live on number 41, I think somebody make mistake when typing it. Also my surname is written Kowalsky, correct is Kowalski with i at end.

Please can you change this in your system so it is finally good. My correct address:
Rue de la Station 41 bte 2
5000 Namur

Thank you very much
Agnieszka Kowalski""", "Agnieszka Kowalski"),

("access", (), "Parcel ended up with a stranger", """Hi,

Last Tuesday my order (a parasol and two cushions, order 20418837) was delivered to a woman on the other side of town. She opened the box, found the delivery note and rang me on my mobile to tell me, so she clearly has my name, address and phone number now. Nice enough lady, but still.

It made me realise I have no idea what actually travels around with these parcels. Could you send me everything you hold about me (account details, addresses, order history, anything else) and tell me which companies you pass it on to? The courier obviously, but who else?

Thanks,
Martin Hughes""", "Martin Hughes"),

("other", (), "damaged delivery", """Hi, the courier left my parcel (order 20533310) outside by the bins instead of ringing, it rained all night and the box was soaked through. The rattan chair inside has a big water stain on the seat cushion. Can you send a new cushion or do I need to return the whole chair? Photos attached.
Thanks, Liam""", "Liam O'Connor"),

("deletion", ("withdraw_consent",), "my name on your website", """I left a review for a garden bench back in April and only now noticed it's on the product page with my full first and last name. When I google myself it's the third result. I was expecting initials at most.

I'm done with this honestly. Take the review down, and then remove my account and whatever else you've got on me, I won't be ordering again. And until all that is sorted I don't want any more of the promo emails either, please take me off the mailing list straight away.

Rebecca Thornton""", "Rebecca Thornton"),

("automated", (), "Out of Office: Re: your message of 2 August", """Thank you for your email. I am currently on annual leave with no access to email, returning Monday 18 August.

If your matter is urgent please contact my colleague Priya Shah (priya.shah@hartwell-legal.example.co.uk) or call the office on +44 20 7946 0321.

Kind regards,
Eleanor Hartwell
Hartwell & Co Solicitors""", "Eleanor Hartwell"),

("withdraw_consent", (), "wrong address??", """Your newsletter keeps arriving in my work inbox (this address). No idea how it ended up on your list, I probably typed it in somewhere at some point. Please just take it off. Don't really want it at home either tbh so unsubscribe me everywhere.

Sent from my iPhone""", "Tom B."),

("restriction", (), "Re: Your account has been temporarily locked", """Thanks for locking it so quickly.

To be clear about what I want from here: please do NOT delete the account or any of the order records. I've reported the fraudulent orders to the police (PV BR.55.L1.012345/2025) and they may ask for the login history. But in the meantime I don't want my details used or processed for anything at all. Just keep everything as it is, frozen, until I let you know the case is closed.

J. Okafor""", "Joseph Okafor"),

("portability", (), "Hacked account - need an export", """Hi there,

Someone got into my account last weekend and placed three orders to an address in Antwerp. Your customer service cancelled two of them and I've changed my password, so that part's handled, thanks.

What I need now: my bank wants me to go through all the card transactions and match them up. Can you send me my full order history as a CSV or Excel file (dates, order numbers, amounts, delivery addresses)? A PDF won't do, I have to be able to sort and filter it. If you've got a standard data export in JSON or similar, that works too.

Regards,
Dev Patel""", "dev.patel"),

("objection", (), "phone call from your 'partner'", """Good afternoon,

Yesterday evening, right at dinner time, I got a call from a man selling heat pumps who said he was ringing "in collaboration with shop.example.be" and that I'd been "selected as a loyal customer". He knew I'd bought a patio heater from you last winter.

I object to you handing my details to other companies for their marketing. Whatever arrangement you have with these partners, leave me out of it from now on.

Sandra Ellis
Loyalty card 6001 2234 9981""", "ELLIS Sandra"),

("complaint", ("access",), "Your 'security incident' email", """To whom it may concern,

This morning I received your email titled "Important information about your account". After three paragraphs of reassurance it says that "some customer data may have been accessed by an unauthorised third party" between 2 and 9 March. That's it. Nothing about what data, how many customers, or why it took you more than a month to tell anyone.

I find this wholly inadequate. I've used the same card on your site for years and now have to cancel it just in case. I am making a formal complaint about the way my data was protected and about how you have communicated this breach, and I am referring the matter to the Belgian Data Protection Authority.

I also expect a clear answer as to which of my personal data were actually in the compromised systems.

Yours faithfully,
Dr Helen Marsh""", "Dr Helen Marsh"),
],

"nl": [
("access", (), "sms van een tuinaannemer??", """Dag,

Vanmorgen kreeg ik een sms van 'GroenRijk Tuinaanleg' met een "exclusief aanbod voor klanten van shop.example.be". Ik heb me een paar maanden geleden nochtans uitgeschreven voor al jullie reclame, en die firma heb ik zelf nooit iets gegeven.

Ik wil graag van jullie weten welke gegevens jullie van mij hebben, en aan welke bedrijven jullie die doorgegeven hebben. En sinds wanneer.

Groeten,
Els Peeters""", "Els Peeters"),

("other", (), "Levering", """Hallo, volgens de tracking is mijn pakket gisteren "afgeleverd bij de buren", maar bij geen enkele buur is er iets afgegeven, ik heb overal aangebeld. Het gaat om bestelling 20477102 (gieter + tuinslang). Kunnen jullie dat eens nakijken bij de koerier? Alvast bedankt. Groetjes, Lotte""", "Lotte V."),

("complaint", ("deletion",), "Re: Re: verwijderen account", """Dit is nu mijn derde mail over hetzelfde.

Op 4 maart vroeg ik om mijn account en al mijn gegevens te verwijderen. Op 20 maart stuurde ik een herinnering. Geen antwoord, geen ontvangstbevestiging, niks. En gisteren krijg ik wel een mail "Gelukkige verjaardag Sofie! Hier is 10% korting voor jou".

Ik vind het onaanvaardbaar dat mijn vraag gewoon genegeerd wordt. Verwijder mijn gegevens nu. Als ik binnen de week geen bevestiging heb dat alles gewist is, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Sofie Wouters""", "Sofie Wouters"),

("deletion", (), "", """Goedendag,

Mijn pakket is gegeven aan de verkeerde persoon, een man van de straat naast. Hij is gekomen bij mij met de doos open en hij zegt "u koopt veel bij deze winkel he". Ik vind niet goed dat iemand anders mijn naam en adres en wat ik koop ziet.

Ik wil niet meer klant zijn bij u. Gelieve mijn account en mijn klantenkaart te verwijderen en alle gegevens van mij ook.

Met vriendelijke groeten
Nathalie Dubois""", "Nathalie Dubois"),

("objection", (), "opmerking van uw medewerker", """Goedemiddag,

Vorige week belde ik jullie klantendienst over een levering. De medewerker had mijn klantenprofiel open en zei lachend: "U bent precies een trouwe klant van onze barbecuekolen, en vorige maand nog een tweede tuinhuis?" Het was vriendelijk bedoeld, maar het gaf me een raar gevoel dat alles wat ik koop zo wordt bijgehouden en geanalyseerd.

Ik wil niet dat jullie mijn aankopen nog gebruiken om een profiel van mij op te bouwen of mij op basis daarvan "persoonlijke" aanbiedingen te doen. Daar maak ik bezwaar tegen.

Hilde Maes""", "Hilde Maes"),

("portability", (), "Overdracht klantgegevens", """Beste,

Na het gedoe met mijn gehackte account doe ik mijn tuinaankopen voortaan bij Tuincentrum De Linde. Zij bieden aan om mijn aankoopgeschiedenis over te nemen, zodat hun herstelservice weet welke toestellen ik heb en wanneer de garantie afloopt.

Kunnen jullie mijn aankoopgegevens (met de garantiegegevens) rechtstreeks aan hen bezorgen? Hun adres daarvoor is gegevens@delinde.example.be. Mijn klantnummer is 448120.

Mvg,
Koen Claes""", "Koen Claes"),

("withdraw_consent", (), "stop", """Ik ontvang jullie nieuwsbrief op mijn werkadres. Dat adres heb ik jullie volgens mij nooit gegeven. Gelieve mij uit te schrijven, zowel op dit adres als op jan.desmet@telenet.example.be

Jan""", "Desmet Jan"),

("automated", (), "Automatisch antwoord: stop", """Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 25 juli en heb geen toegang tot mijn mailbox. Uw bericht wordt niet doorgestuurd.

Voor dringende vragen kunt u terecht bij mijn collega Bart Lemmens (bart.lemmens@vanhove-boekhouding.example.be, 03 123 45 67).

Met vriendelijke groet,
An Vermeulen
Vanhove Boekhouding""", "An Vermeulen"),

("restriction", (), "factuur die ik niet betaald heb", """Hallo,

Jullie incassobureau stuurt mij aanmaningen voor een bestelling van 389 euro die ik nooit gedaan heb. Iemand heeft in januari op mijn account ingelogd en een loungeset besteld. Daar loopt nu een dossier over bij mijn advocaat.

Zolang dat niet uitgeklaard is, vraag ik jullie om mijn gegevens te bewaren zoals ze zijn, maar ze verder niet meer te gebruiken of te verwerken. Niets wissen dus, ik heb die gegevens nodig als bewijs.

Vriendelijke groeten,
Wim Janssens""", "Wim Janssens"),

("correction", ("restriction",), "adres klopt weer niet", """Goeiemiddag,

Mijn laatste twee bestellingen zijn geleverd op mijn vroeger adres in Mechelen, terwijl ik al sinds februari in Lier woon. Ik had mijn adres nochtans aangepast in mijn profiel, maar op een of andere manier staat het oude er opnieuw in. De nieuwe bewoners waren zo vriendelijk om te bellen.

Kunnen jullie mijn adres definitief aanpassen naar Kerkstraat 12, 2500 Lier? En zolang dat niet in orde is, wil ik niet dat jullie mijn gegevens nog gebruiken, zet mijn account maar even op pauze.

Bedankt,
Griet Van Acker""", "Griet Van Acker"),
],

"fr": [
("restriction", (), "mon compte", """Bonjour,

Suite au colis livré chez un voisin qui a donc maintenant mon nom, mon adresse et la liste de mes achats, j'ai longuement hésité à supprimer mon compte. Je ne le fais pas pour l'instant parce que la garantie de 5 ans sur ma pergola court toujours et que je dois pouvoir la faire valoir.

Je vous demande donc de conserver mes données uniquement pour cette garantie et de ne plus les utiliser pour quoi que ce soit d'autre. Gelez le compte, en quelque sorte.

Merci,
Véronique Gilson""", "Véronique Gilson"),

("complaint", (), "Fuite de données – plainte", """Madame, Monsieur,

J'ai bien reçu votre courriel du 12 courant m'informant que mon adresse e-mail, mon adresse postale et mon numéro de téléphone faisaient partie des données dérobées lors de l'« incident de sécurité » survenu sur votre site.

Depuis, je reçois chaque jour des SMS frauduleux se faisant passer pour bpost. Je trouve inadmissible qu'une entreprise de votre taille ne soit pas capable de protéger les données de ses clients, et plus encore que vous ayez attendu trois semaines pour nous prévenir.

Je vous informe que j'ai déposé ce jour une plainte auprès de l'Autorité de protection des données.

Jean-Luc Dumont""", "Jean-Luc Dumont"),

("access", (), "Démarchage téléphonique", """Bonjour,

Jeudi dernier, j'ai reçu un appel sur mon GSM d'une société de vérandas. La dame savait que j'avais acheté un salon de jardin chez vous en mai et m'a dit que mes coordonnées lui avaient été « transmises par un partenaire ».

Je souhaiterais donc savoir précisément quelles données personnelles vous détenez à mon sujet, d'où elles proviennent et à quelles sociétés vous les avez communiquées.

Je vous remercie d'avance pour votre réponse.

Bien à vous,
Chantal Lambert""", "Chantal Lambert"),

("other", (), "Re: Votre commande a été expédiée", """Bonjour, j'ai bien reçu le colis mais il manque les 4 coussins du salon de jardin, il n'y a que la table et les chaises. Pouvez-vous m'envoyer le reste ? Commande 20456021. Merci, Sylvie""", "Sylvie"),

("portability", (), "demande export donnees", """Bonjour madame, monsieur,

Mon compte a été piraté au mois de mars et quelqu'un a fait deux commandes avec mes points de fidélité. Le service client a remis les points, merci pour ça.

Maintenant je veux avoir tout mon historique de commandes et de points dans un fichier Excel ou CSV, pour que je peux le contrôler moi-même avec mon application de budget. Pas un PDF s'il vous plait, il faut que je peux importer le fichier.

Avec mes salutations distinguées,
Pieter Van Damme""", "Pieter Van Damme"),

("deletion", ("access",), "", """Bonsoir,

Mon avis sur une tondeuse a été publié avec mon prénom, mon nom ET ma ville. Un collègue me l'a montré en rigolant. Bref.

Je ne veux plus rien avoir chez vous : virez l'avis, le compte et tout le reste. Mais juste avant d'effacer, envoyez-moi une copie de toutes les données que vous avez sur moi, j'aimerais quand même voir ce que vous aviez gardé.

Merci
Julien""", "Julien D"),

("objection", (), "encore vous", """Bonjour,
Je me suis désinscrite de votre newsletter il y a des mois et voilà que je reçois des SMS d'une entreprise de piscines « partenaire de shop.example.be ». Je m'oppose à ce que mon numéro ou toute autre donnée me concernant soit transmis à vos partenaires à des fins commerciales.
Nadia B.""", "Nadia Benali"),

("automated", (), "Réponse automatique : encore vous", """Bonjour,

Je suis absente jusqu'au 4 septembre inclus. Votre message ne sera pas transféré. En cas d'urgence, vous pouvez joindre le secrétariat au 081 22 33 44.

Cordialement,
Marie-Claire Henrard
Étude de Maître Collard, notaire""", "Marie-Claire Henrard"),

("correction", (), "facture au nom de mon ex-mari", """Bonjour,

Ma dernière facture (commande 20391275) est encore arrivée au nom de « Mme Isabelle Renard-Dupont ». Je suis divorcée depuis deux ans et je n'utilise plus ce nom. Pire, le colis a été livré chez lui, parce que l'adresse de facturation n'a apparemment jamais été mise à jour...

Merci de corriger mon compte : nom Isabelle Renard, adresse avenue des Tilleuls 7, 1300 Wavre, pour la facturation comme pour la livraison.

Cordialement,
Isabelle Renard""", "Isabelle Renard"),

("withdraw_consent", ("objection",), "Newsletter sur mon adresse pro", """Bonjour,

Depuis deux semaines votre newsletter arrive sur mon adresse professionnelle, que je n'ai jamais utilisée chez vous (je suppose qu'un collègue a commandé pour le bureau en mettant mon nom ?). Merci de retirer cette adresse de votre liste de diffusion, je ne veux plus recevoir ces mails, ni ici ni ailleurs.

Par ailleurs, notre service informatique me signale que vos e-mails contiennent des pixels de suivi. Je refuse que vous suiviez l'ouverture de mes mails et mes clics pour établir un profil de moi : je m'y oppose.

Cordialement,
Stéphane Martin
Responsable achats""", "Stéphane Martin"),
],

"de": [
("deletion", (), "Geburtstagsgrüße?", """Hallo,

heute kam eine Mail »Alles Gute zum Geburtstag, Ingrid – Ihr Geschenk wartet!«. Ich habe bei Ihnen zuletzt vor, ich weiß nicht, fünf oder sechs Jahren einen Gartenschlauch bestellt und wusste ehrlich gesagt nicht mal, dass es dieses Konto noch gibt.

Bitte löschen Sie das Konto und alles, was Sie sonst noch über mich gespeichert haben. Brauche ich nicht mehr.

Freundliche Grüße
Ingrid Schäfer""", "Ingrid Schäfer"),

("correction", (), "falsche handy nummer", """Hallo,

ich habe gestern von meine Nachbarin gehört das sie SMS von Ihnen bekommt mit meine Bestellung, Lieferzeit und so. Ich habe geguckt, in mein Konto steht falsche Nummer, eine Zahl ist falsch. Richtig ist 0478 21 55 09. Bitte machen sie das richtig damit SMS zu mir kommt und nicht zu andere Leute.

Danke
Mehmet Yilmaz""", "Mehmet Yilmaz"),

("complaint", ("access",), "Erinnerung: Auskunftsersuchen vom 2. April", """Sehr geehrte Damen und Herren,

am 2. April habe ich Sie gebeten, mir mitzuteilen, welche Daten Sie über mich gespeichert haben, nachdem eine Rechnung mit meinem Namen und meiner Anschrift bei einer fremden Person gelandet war. Die Frist von einem Monat ist inzwischen abgelaufen, ohne dass ich auch nur eine Eingangsbestätigung erhalten hätte.

Ich fordere Sie hiermit letztmalig auf, mir die Auskunft zu erteilen. Parallel habe ich heute Beschwerde bei der belgischen Datenschutzbehörde eingereicht.

Mit freundlichen Grüßen
Renate Vogel""", "Renate Vogel"),

("other", (), "Rasenmäher startet nicht", """Hallo, der Akku-Rasenmäher (Bestellung 20499871) ist gestern angekommen, aber er startet nicht, auch nach dem vollständigen Aufladen leuchtet nur die rote Lampe. Was soll ich tun? Zurückschicken oder kommt ein Techniker? MfG Stefan Meyer""", "Stefan Meyer"),

("portability", (), "", """Guten Tag,

nach dem Datenleck, über das Sie uns im Frühjahr informiert haben, kaufe ich künftig bei einem anderen Händler. Der bietet an, Treuepunkte und Kaufhistorie aus anderen Shops zu übernehmen, wenn ich die Daten in einem gängigen Format (CSV oder JSON) hochlade.

Bitte schicken Sie mir daher meine Bestelldaten und meinen Treuepunktestand als Datei in so einem maschinenlesbaren Format. Das Konto selbst kann vorerst bestehen bleiben.

Danke und Gruß
Florian Weber""", "Florian Weber"),

("objection", ("withdraw_consent",), "Werbeanruf", """Guten Abend,

vorhin rief mich eine Firma »SolarPlus« an, angeblich »auf Empfehlung von shop.example.be«. Die Dame kannte meinen Namen und wusste, dass ich bei Ihnen einen Rasenmäher gekauft habe. Ich war ziemlich perplex.

Ich widerspreche hiermit der Weitergabe meiner Daten an Dritte zu Werbezwecken. Außerdem möchte ich Ihren Newsletter nicht mehr bekommen, bitte melden Sie mich ab.

Gruß
K. Hoffmann""", "Hoffmann, Klaus"),

("automated", (), "Abwesenheitsnotiz", """Vielen Dank für Ihre Nachricht.

Ich befinde mich bis einschließlich 15.08. im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@mueller-gartenbau.example.de.

Mit freundlichen Grüßen
Jürgen Müller
Müller Garten- und Landschaftsbau""", "Jürgen Müller"),

("access", (), "Auskunft nach Hackerangriff auf mein Kundenkonto", """Sehr geehrte Damen und Herren,

am 14.05. wurde in meinem Kundenkonto die E-Mail-Adresse geändert und anschließend eine Bestellung über 612,90 € aufgegeben. Ihr Kundenservice hat die Bestellung storniert und mir das Konto zurückgegeben, dafür vielen Dank.

Ich möchte nun aber wissen, was der Unbekannte dort alles sehen konnte. Bitte teilen Sie mir mit, welche personenbezogenen Daten Sie über mich gespeichert haben (Stammdaten, Adressen, Zahlungsdaten, Bestellhistorie), und lassen Sie mir eine Kopie zukommen, gern auch mit den Anmeldeprotokollen der letzten drei Monate.

Mit freundlichen Grüßen
Thomas Berger""", "Thomas Berger"),

("withdraw_consent", (), "Re: Sommer-Sale: bis zu 50 % auf Gartenmöbel", """Bitte nehmen Sie diese Adresse aus dem Verteiler. Das ist meine Dienstadresse, die hat bei Ihnen nichts verloren, und privat möchte ich Ihre Werbemails auch nicht mehr.

--
Dr. Andreas Krüger
Abteilung Finanzen
Stadtverwaltung Eupen""", "Krüger Andreas"),

("restriction", (), "Zustellung 03.06. – bitte nichts löschen", """Guten Tag,

Ihr Kundenservice behauptet, laut Ihren Unterlagen hätte ich die Lieferung vom 3. Juni persönlich angenommen und unterschrieben. Das stimmt nicht, ich war zu der Zeit nachweislich im Urlaub auf Kreta. Das Paket ist also bei irgendjemandem gelandet, der jetzt meinen Namen und meine Adresse hat.

Bis geklärt ist, ob diese Angaben überhaupt stimmen, bitte ich Sie, meine Daten nicht weiter zu verwenden, aber auch nichts zu löschen oder zu ändern. Ich brauche die Unterlagen gegebenenfalls für eine Auseinandersetzung mit dem Paketdienst.

Mit freundlichen Grüßen
Sabine Hartmann""", "Sabine Hartmann"),
],

"es": [
("withdraw_consent", (), "Re: ¡Solo hoy! -30 % en riego", """BAJA. No quiero recibir más sus SMS ni sus correos de ofertas. Retiro el consentimiento que di al registrarme.

Enviado desde mi móvil""", "Pepe"),

("access", (), "Llamada de una empresa de placas solares", """Buenas tardes:

Ayer me llamó al móvil una comercial de una empresa de placas solares. Cuando le pregunté de dónde había sacado mi número, me dijo que de «una tienda online de jardinería con la que colaboramos», y nombró su web.

Quiero saber qué datos personales míos tienen ustedes, de dónde los obtuvieron y a qué empresas se los han cedido. Les agradecería que me enviaran una copia.

Un saludo,
Lucía Fernández Ortega""", "Lucía Fernández"),

("complaint", ("deletion",), "Queja formal", """Muy señores míos:

El pasado 3 de junio mi pedido n.º 20512204 fue entregado a otra persona, en otra calle. Esa persona abrió el paquete, encontró el albarán con mi nombre, dirección, teléfono y el importe, y se presentó en mi casa. Cuando llamé a su servicio de atención al cliente me dijeron que «son cosas que pasan».

No me parece aceptable. Presento una queja formal por la manera en que han tratado mis datos personales, y me reservo el derecho de acudir a la autoridad belga de protección de datos.

Además, solicito que eliminen mi cuenta y todos mis datos personales de sus sistemas.

Atentamente,
Carmen Navarro Gil""", "Carmen Navarro Gil"),

("deletion", (), "reseña con mi nombre completo", """Hola, buenos días.

Hace unos meses dejé una reseña de unas tumbonas y ahora veo que aparece con mi nombre y apellidos completos. Mi ex pareja me ha encontrado por ahí y, por razones que no voy a explicar, no puede saber nada de mí, ni siquiera dónde compro.

Por favor, borren la reseña, la cuenta y todo lo que tengan mío lo antes posible.

Gracias.
M. Ruiz""", "M Ruiz"),

("other", (), "Pedido 20488130", """Hola, el paquete llegó con la caja rota y la maceta grande hecha pedazos. Les adjunto fotos. ¿Me mandan otra o me devuelven el dinero? Gracias. Rosa""", "Rosa Molina"),

("portability", (), "Datos de mis compras a otra tienda", """Estimados señores,

Yo soy cliente desde 2019. Despues del problema con mi cuenta que fue hackeada, yo voy a comprar en otra tienda, Jardín Total. Ellos pueden recibir mis datos de compras y garantías directamente de ustedes.

Por favor enviar mis datos de compras en formato electrónico directo a ellos: datos@jardintotal.example.es. Mi número de cliente es 552917.

Muchas gracias por su ayuda y atención.
Saludos cordiales,
Erik de Vries""", "Erik de Vries"),

("restriction", (), "", """Hola:

Les escribo porque una empleada de su atención al cliente me dijo por teléfono que en mi ficha consta que «devuelvo demasiado» y que por eso no me pueden aplicar el descuento de fidelidad. Eso no es verdad: he devuelto dos pedidos en tres años, y uno fue por un error suyo.

Mientras lo comprueban, les pido que no utilicen esos datos para nada, ni para el descuento ni para ninguna otra cosa. Que se queden como están, bloqueados, hasta que me confirmen que lo han revisado.

Un saludo,
Pilar Sánchez""", "Pilar Sánchez Romero"),

("correction", ("withdraw_consent",), "mi apellido", """Hola,

Me ha llegado el pedido con la etiqueta a nombre de «Javier Garcia Lopes». Soy Javier García López, con tilde y con z. Parece una tontería pero el repartidor no me lo quería dar porque no coincidía con mi DNI. ¿Me lo pueden corregir en la cuenta?

Y ya que estoy, dejen de mandarme el boletín de ofertas, que me llega casi a diario y ya no lo quiero.

Gracias
Javier""", "Javier García"),

("objection", (), "anuncios en Instagram", """Buenas,

Compré una barbacoa en su web el domingo y desde el lunes no paro de ver anuncios de su tienda en Instagram con exactamente esa barbacoa, con carbón, fundas, etc. Supongo que comparten mis datos con Meta o usan algún píxel.

No quiero que usen la información de mis compras para publicidad en redes sociales ni que la compartan con Meta ni con nadie para eso. Me opongo.

Álvaro""", "Álvaro"),

("automated", (), "Respuesta automática: Pedido 20488130", """Hemos recibido su mensaje. Este es un acuse de recibo automático, por favor no responda a este correo.

Nuestro equipo de administración le contestará en un plazo máximo de 48 horas laborables. Horario de atención: lunes a viernes, de 9:00 a 14:00.

Viveros Martínez S.L.""", "Viveros Martínez"),
],

"it": [
("correction", (), "Auguri sbagliati 😅", """Ciao,
stamattina mi è arrivata la vostra mail di buon compleanno con il buono sconto... peccato che io sia nato il 12 novembre e non il 12 marzo! Evidentemente nel mio profilo c'è la data sbagliata (forse ho invertito giorno e mese quando mi sono iscritto). Potete correggerla? 12/11/1978.
Grazie e buona giornata,
Luca Bianchi""", "Luca Bianchi"),

("access", (), "la vostra newsletter arriva a mio marito", """Buongiorno,

da qualche settimana mio marito riceve sulla sua casella email le vostre newsletter che iniziano con «Ciao Francesca». Lui non ha mai avuto un account da voi, io sì. Non capisco come sia possibile.

Vorrei sapere esattamente quali dati avete su di me: quali indirizzi email, numeri di telefono e indirizzi sono collegati al mio nome, e da dove li avete presi. Potete mandarmene una copia?

Grazie,
Francesca Romano""", "Francesca Romano"),

("restriction", ("access",), "URGENTE account", """Buonasera,
stasera ho ricevuto tre mail di conferma per ordini che non ho fatto. Qualcuno sta usando il mio account!! Ho già cambiato la password ma non so se basta.

Vi chiedo di bloccare subito il mio account e di non usare né modificare i miei dati finché non è chiarito tutto. Non cancellate niente però, perché devo fare denuncia ai carabinieri... cioè alla polizia qui. Poi voglio sapere quali ordini sono stati fatti, da quale indirizzo IP, e quali miei dati sono stati visti o modificati.

Alessandro Greco
cell. 0471 23 45 67""", "Alessandro Greco"),

("other", (), "Re: Il tuo ordine è in consegna", """Buongiorno, il corriere ha lasciato il pacco al bar sotto casa senza avvisarmi, l'ho scoperto per caso dopo due giorni. Per fortuna c'era tutto. Vi scrivo solo per segnalarlo, così magari lo dite al corriere. Il barbecue comunque è bellissimo! Saluti, Marco""", "marco.rizzo"),

("complaint", (), "Fattura con i dati di un'altra cliente", """Buongiorno,

nel pacco che ho ricevuto ieri (ordine 20467789) c'era la fattura di un'altra persona: nome, cognome, indirizzo a Gand, telefono e l'elenco di tutto quello che ha comprato. E la mia fattura, a questo punto, chissà in quale pacco è finita.

Trovo gravissimo che succedano cose del genere. Vi segnalo formalmente l'accaduto e presento reclamo per il modo in cui trattate i dati dei vostri clienti. Se non ricevo spiegazioni serie mi rivolgerò all'Autorità per la protezione dei dati.

Chiara Marino""", "Chiara Marino"),

("deletion", (), "", """Salve,
qualcuno è entrato nel mio account e ha fatto un ordine di due ombrelloni da spedire a Liegi. L'ordine è stato annullato, va bene, ma io da voi un account con la mia carta e i miei dati non lo voglio più. Chiudetelo e cancellate tutti i miei dati per favore, anche la carta di credito salvata.
Giorgio""", "Giorgio P."),

("objection", (), "Telefonata pubblicitaria", """Gentili signori,
ieri mi ha telefonato un call center per propormi un contratto luce e gas, dicendo che il mio numero proveniva da «shop.example.be, nostro partner». Mi oppongo a qualsiasi cessione dei miei dati a terzi per finalità di marketing e all'uso dei miei dati per profilazione commerciale.
Distinti saluti
Paola Esposito""", "Paola Esposito"),

("automated", (), "Risposta automatica: Telefonata pubblicitaria", """Grazie per il messaggio.
Sono in congedo di maternità fino al 30 novembre e non leggo la posta. Per pratiche in corso potete scrivere a segreteria@studioferri.example.it o chiamare lo 02 1234 5678.
Cordiali saluti
Dott.ssa Anna Ferri""", "Anna Ferri"),

("portability", (), "storico ordini in formato file", """Buongiorno,
dopo la comunicazione sulla violazione dei dati che ho ricevuto la settimana scorsa vorrei avere una copia di tutto storico dei miei ordini e dei punti fedeltà, per importarlo nel mio programma di gestione spese di casa. Mi serve in un formato strutturato, tipo CSV o JSON, non il PDF che si scarica dall'area clienti perché quello non si riesce a importare.
Cordiali saluti
Elena Popescu""", "Elena Popescu"),

("withdraw_consent", ("deletion",), "newsletter sull'email di lavoro", """Buongiorno,
ricevo la vostra newsletter all'indirizzo dell'ufficio (questo), che non ricordo di avervi mai dato. Vi prego di non mandarmi più newsletter né promozioni, e di cancellare questo indirizzo dai vostri archivi. Il mio account personale resta quello con l'email privata, quello lasciatelo stare.
Saluti,
Roberto Conti
Studio Conti & Associati""", "Roberto Conti"),
],

"pt": [
("complaint", (), "Reclamação sobre um funcionário", """Exmos. Senhores,

No dia 5 de junho liguei para o vosso apoio ao cliente por causa de um atraso na entrega. O funcionário que me atendeu, depois de abrir a minha ficha, comentou: «Pois, com tantas encomendas de produtos contra pragas, a senhora deve ter a casa cheia de bichos». Achei o comentário de muito mau gosto e fiquei incomodada por saber que qualquer pessoa do apoio ao cliente pode ver e comentar tudo o que compro.

Venho por este meio apresentar reclamação sobre a forma como os meus dados são tratados e sobre a conduta do vosso funcionário.

Com os melhores cumprimentos,
Maria do Céu Almeida""", "Maria do Céu Almeida"),

("access", (), "Re: Informação importante sobre a sua conta", """Bom dia,

Recebi o vosso email a dizer que houve um acesso não autorizado aos vossos sistemas e que «alguns dados de clientes podem ter sido afetados». Não diz quais.

Quero saber exatamente que dados pessoais meus vocês guardam, e quais deles estavam nos sistemas afetados. Peço que me enviem uma cópia.

Cumprimentos,
Rui Carvalho""", "Rui Carvalho"),

("correction", (), "morada errada", """Oi, tudo bem?

Meu pacote foi entregue na casa da vizinha porque no cadastro está Rue du Moulin 8 e o certo é Rue du Moulin 18. Acho que na hora de cadastrar eu digitei errado, foi mal. Vocês podem corrigir pra mim? Rue du Moulin 18, 4000 Liège.

Valeu!
Juliana Souza""", "Juliana Souza"),

("deletion", ("withdraw_consent",), "", """Boa noite,

Fiz uma única compra no vosso site, como convidada, para oferecer um vaso à minha sogra. Desde então recebo e-mails e SMS vossos quase todos os dias, e hoje até um «feliz aniversário», que nem sei como sabem a data. Nunca quis conta nem cartão de cliente.

Apaguem os meus dados todos, por favor, não quero ficar registada em lado nenhum. E entretanto tirem-me já das listas de e-mails e SMS.

Obrigada,
Sandra Lopes""", "Sandra Lopes"),

("other", (), "Re: A sua encomenda", """Boa tarde, a mangueira veio com o tamanho errado, encomendei a de 25 m e veio a de 15 m. Como faço a troca? Cumprimentos, Paulo Sousa""", "Paulo Sousa"),

("objection", ("access",), "Chamada de um «parceiro»", """Olá,

Ontem ligou-me uma empresa de seguros a dizer que tinha o meu contacto através de um parceiro, a vossa loja. Eu cancelei a vossa newsletter há meses, por isso não percebo.

Não aceito que passem os meus dados a outras empresas para publicidade, oponho-me a isso. E quero saber a que empresas é que já os deram.

Nuno""", "Nuno Pereira"),

("portability", (), "Faturas em formato Excel", """Bom dia,

Depois da confusão com as faturas (recebi uma com o NIF errado, entretanto já corrigido), o meu contabilista pede-me os dados de todas as minhas compras num ficheiro Excel ou CSV, para importar diretamente no programa de contabilidade. Os PDF da área de cliente não servem para isso.

Conseguem enviar-me esse ficheiro?

Obrigada,
Marta Oliveira
Oliveira Jardins, Lda.""", "Marta Oliveira"),

("restriction", (), "não apaguem nada", """Boa tarde,

Estou em litígio com a transportadora por causa de uma encomenda que dizem ter sido entregue e que nunca recebi (encomenda 20501177). O meu advogado pediu-me para garantir que os registos não desaparecem.

Por isso peço que conservem os meus dados e o histórico dessa encomenda tal como estão, mas que não os usem para mais nada enquanto o processo decorrer. Quando terminar, eu aviso.

Com os melhores cumprimentos,
António Ferreira""", "António Ferreira"),

("withdraw_consent", (), "Newsletter", """Este é o email do trabalho, não sei como foi parar à vossa lista. Por favor retirem-no da newsletter, obrigada.
Ana""", "Ana Rodrigues"),

("automated", (), "Ausência do escritório", """Obrigado pelo seu contacto.

Encontro-me ausente até dia 2 de setembro, sem acesso regular ao correio eletrónico. Responderei à sua mensagem logo que possível após o meu regresso.

Para assuntos urgentes, contacte geral@mendesadvogados.example.pt.

Luís Mendes
Mendes & Associados – Sociedade de Advogados""", "Luís Mendes"),
],
}

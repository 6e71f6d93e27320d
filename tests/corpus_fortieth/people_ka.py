"""Fortieth set, people writing about marketing beyond the inbox: calls, texts, paper mail and where the shop got their details (en nl fr de es it pt). Written apart from the rules (see make_fortieth.py)."""

PEOPLE_KA = {
    "en": [
        ("access", ("deletion",),
         "Where did you get my mobile number?",
         """Hello,

On Tuesday 3 November around half five I got a call on my mobile from someone "on behalf of Shop Example" offering me double points on a loyalty card. I don't have a loyalty card with you. As far as I know I have never given you my mobile number, or any number for that matter - I bought a lamp in your Antwerp store once and paid cash.

So I'd like to know:
- what details you hold on me, and where exactly you got them
- whether the caller was your own staff or an outside call centre, and who else you've passed my number to

Once you've told me that, please delete the lot.

The number is 0486 21 77 04.

Regards,
Aoife Brennan""",
         "Aoife Brennan"),

        ("objection", ("withdraw_consent",),
         "Telephone and postal marketing",
         """Dear Sir or Madam,

I write regarding my customer account (loyalty card no. 2291 4410 0387).

I object, under Article 21 of the GDPR, to the use of my personal data for direct marketing by telephone and by post. That includes the quarterly catalogue and the "customer satisfaction" calls, which in my experience are sales calls by another name.

Separately, when I registered on the tablet in your Leuven store in August I ticked the box for offers by text message. I withdraw that consent with immediate effect.

I am happy to keep the card itself and to receive order confirmations by e-mail.

Yours faithfully,
Graham Whitfield""",
         "Graham Whitfield"),

        ("complaint", ("deletion",),
         "Called at 9.40 on a Sunday night",
         """I am absolutely furious.

On 18 October I phoned your customer service and told them clearly not to ring me again with offers. The girl on the phone said she had "made a note of it". Last night, Sunday, at twenty to ten, my phone goes - your call centre again, some man pushing a sofa deal. When I said I'd asked not to be called he got quite rude and said "well you bought a sofa bed from us in 2024 so you're obviously interested". How does a cold caller know what I bought two years ago??

I have two small children who were asleep. This is not acceptable and if I get one more call I am reporting you to the Data Protection Authority.

I want my phone number taken off your systems completely.

Megan Hughes
0471 55 30 92""",
         "Megan Hughes"),

        ("withdraw_consent", (),
         "no more texts please",
         """Hi, I signed up for the text offers when I got my card at the till but honestly it's 3 or 4 a week now and I'm not interested anymore. Can you take me off? Mobile is 0495 62 18 40.

Cheers
Liam""",
         "Liam Doherty"),

        ("correction", (),
         "Catalogue - name spelt wrong and old address",
         """Hello there,

Your winter catalogue arrived this week addressed to "Mrs Siobahn O'Brian, Kerkstraat 12, 2000 Antwerpen". Two things:

My name is spelt Siobhan O'Brien (not the end of the world, I'm used to it!), and I moved out of Kerkstraat in the spring. It only reached me because the new tenants are kind. My address now is Lange Lozanastraat 88 bus 3, 2018 Antwerpen.

Could you correct both on my account? I do like getting the catalogue so please keep sending it, just to the right place.

Many thanks,
Siobhan""",
         "Siobhan O'Brien"),

        ("restriction", (),
         "Please don't use my address for now - but don't delete it either",
         """Dear Privacy Team,

Last week I received a personalised leaflet from you at my new flat. I moved there in September and the only organisation I have given the new address to, apart from the commune and my bank, is a gardening magazine I subscribe to. I strongly suspect the magazine rented out its subscriber list, and I have taken this up with them.

While I sort that out, I'd ask you not to use my name and address for anything - no mailings, no passing it on - but please do not delete the record yet. It may be needed as evidence in my dispute with the magazine.

I'll write again once it's settled.

Kind regards,
Patricia Lowe
Flat 2, Rue Vanderkindere 140, 1180 Uccle""",
         "Patricia Lowe"),

        ("deletion", (),
         "My late father - David Marsh",
         """Hello,

My father, David Marsh, passed away in July. I've been sorting out his house and his post, and your catalogues and the odd birthday voucher keep coming in his name. Someone also rang his landline twice last month asking for him, which my mother found quite upsetting.

Please close his customer account and delete his details. His loyalty card number was 2291 0083 5512 and the address is 7 Avenue des Tilleuls, 1410 Waterloo. I can send a copy of the death certificate if you need it.

Thank you,
Rachel Marsh""",
         "Rachel Marsh"),

        ("other", (),
         "Catalogue voucher refused at the till",
         """Hi,

The autumn catalogue had a 10 euro voucher on the back page (spend 50 euro, code 26-AUT-10). I took it into the Gent Zuid store on Saturday with a basket of 63 euro and the till said the voucher was "not valid". The cashier tried twice and called her manager, who said it was probably only for the web shop, but it says nothing of the sort on the voucher.

Can you tell me whether it's valid in stores or not? According to the small print it runs until 30 November.

Thanks,
Owen Price""",
         "Owen Price"),

        ("other", (),
         "paper catalogue",
         """Hello, my neighbour gets your Christmas catalogue through the door and I'd love a copy too, I'm not much of one for browsing on the phone. I already have an account with you (same e-mail as this one). Could you put me on the list for the paper version?

Thank you kindly
Margaret Ellis""",
         "Margaret Ellis"),

        ("other", (),
         "Personalised direct mail - up to 30% lower print costs",
         """Good morning,

I'm getting in touch from Northfield Print & Mail, a print and lettershop company in Mechelen. We work with several Belgian retailers on their seasonal catalogues and personalised mailings.

We saw your autumn folder and thought we could help: variable data printing (name, nearest store, personal offer on every copy), address cleansing so that returned mail and duplicates are removed from your list before it goes out, and bpost-ready sorting. Most clients save 20-30% on print and postage.

Would you be open to a 20-minute call next week? If you'd rather I stopped writing, just say so and I'll take you off my follow-ups.

Best regards,
Daniel Carter
Business Development, Northfield Print & Mail
+32 15 20 44 81""",
         "Daniel Carter"),
    ],

    "nl": [
        ("complaint", ("deletion",),
         "Bel-me-niet-meer-lijst!!",
         """Goedemiddag,

Ik sta al sinds 2023 op de Bel-me-niet-meer-lijst. Toch heeft uw callcenter mij deze week DRIE keer gebeld (maandag, woensdag en vandaag, telkens rond de middag) om mij een 'exclusieve klantenkaartactie' aan te bieden. De eerste keer heb ik nochtans duidelijk gezegd dat ik niet gebeld wil worden.

Dat is gewoon niet toegelaten en ik vind het bijzonder storend, ik werk van thuis. Als dit nog één keer gebeurt, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Gelieve mijn telefoonnummer (0472 18 95 33) definitief uit uw bestanden te verwijderen.

Met vriendelijke groeten
Hilde Vermeulen""",
         "Hilde Vermeulen"),

        ("access", (),
         "Waar hebt u mijn adres vandaan?",
         """Dag,

Vandaag zat er een folder van Shop Example in mijn bus, netjes op mijn naam en met 'speciaal voor u, Koen' erop. Ik heb nog nooit iets bij u gekocht en ook nooit een account aangemaakt, dat weet ik zeker.

Ik wil dus graag weten welke gegevens u van mij hebt, van wie u die gekregen of gekocht hebt en aan wie u ze nog doorgeeft. Zoals ik het begrijp bent u verplicht mij dat te laten weten (art. 14 en 15 AVG).

Mijn adres: Bosstraat 41, 3500 Hasselt.

Groeten,
Koen Jacobs""",
         "Koen Jacobs"),

        ("withdraw_consent", (),
         "WhatsApp berichtjes",
         """Hallo,

Ik heb mij een tijdje geleden in de winkel in Brugge ingeschreven voor jullie aanbiedingen via WhatsApp (de verkoopster zei dat je dan 5 euro korting kreeg). Dat was leuk voor even, maar nu krijg ik er bijna elke dag een en ik heb er echt geen zin meer in. Mogen die berichtjes stoppen?

Mijn nummer: 0497 40 11 26

Bedankt!
Lotte""",
         "Lotte De Smet"),

        ("objection", (),
         "Geadresseerde reclame ondanks sticker",
         """Geachte,

Op mijn brievenbus hangt al jaren een sticker 'Geen reclame, wel gratis regionale pers'. Toch krijg ik van u om de paar weken een folder of catalogus op mijn naam. Ik begrijp dat die sticker strikt genomen alleen over ongeadresseerd drukwerk gaat, maar het is toch duidelijk wat ik wil.

Ik ben klant bij u (klantenkaart 2291 5520 1174) en dat wil ik ook blijven, maar ik maak bezwaar tegen het gebruik van mijn naam en adres voor reclame per post. Wilt u dat in mijn dossier aanpassen?

Met vriendelijke groet,
Dirk Claes
Stationsstraat 9, 9100 Sint-Niklaas""",
         "Dirk Claes"),

        ("restriction", ("access",),
         "Mijn gegevens voorlopig niet gebruiken",
         """Beste,

Sinds vorige maand krijg ik post van jullie, gericht aan 'Mevr. A. Wouters - lezeres Tuin & Terras'. Het lijkt mij duidelijk dat mijn gegevens uit het abonneebestand van dat tijdschrift komen. Ik heb het tijdschrift daarover aangeschreven en wacht nog op antwoord.

Tot dat uitgeklaard is, vraag ik u mijn gegevens niet meer te gebruiken en ook niet door te geven. Gooi ze alstublieft nog niet weg, want ik heb ze misschien nodig als bewijs.

Kunt u mij intussen laten weten van wie u mijn gegevens precies gekregen hebt en op welke datum?

Met vriendelijke groeten,
Annemie Wouters""",
         "Annemie Wouters"),

        ("portability", (),
         "Aankoopgeschiedenis klantenkaart als bestand",
         """Hallo,

Na alle telefoontjes van de laatste maanden heb ik besloten over te stappen naar een andere winkelketen. Hun klantenprogramma kan de aankoopgeschiedenis van je vorige winkel inlezen, zodat je garanties en spaarpunten niet kwijt bent.

Kunnen jullie mij mijn gegevens en aankopen met de klantenkaart bezorgen in een bestand dat een computer kan lezen (CSV, JSON of iets dergelijks)? Een pdf lukt daar jammer genoeg niet mee.

Kaartnummer 2291 7734 0061, op naam van Bart Maes.

Dank u,
Bart""",
         "Bart Maes"),

        ("correction", (),
         "Verkeerde naam op catalogus",
         """Goeiemorgen,

Al jullie catalogi komen toe op naam van 'Dhr. Jan Peeters'. Ik ben mevrouw Jana Peeters. Het is al de derde keer en mijn man vindt het ondertussen heel grappig, ik iets minder.

Kunnen jullie dat aanpassen in mijn klantgegevens? Klantenkaart 2291 3308 4457.

Vriendelijke groeten
Jana Peeters""",
         "Jana Peeters"),

        ("other", (),
         "Actie folder 2+1 gratis",
         """Hallo,

In de folder van deze week staat 2+1 gratis op alle dekbedovertrekken. Geldt dat ook in de webshop? Ik zie het daar nergens staan en in de winkel in Aalst hadden ze mijn maat niet meer.

Groetjes,
Sofie Wuyts""",
         "Sofie Wuyts"),

        ("other", (),
         "Steelstofzuiger uit de oktoberfolder",
         """Goeiendag,

Ik heb de steelstofzuiger gekocht die in jullie oktoberfolder stond (bestelling 4410-88213). In de folder stond 'tot 60 minuten zuigkracht', maar na twintig minuten stopt hij er al mee, en sinds deze week al na tien minuten.

Ik wil hem terugsturen of een nieuwe. Hoe moet ik dat doen?

Marc Lambrechts""",
         "Marc Lambrechts"),

        ("other", (),
         "Niet teruggebeld",
         """Goedemiddag,

Vorige vrijdag heb ik naar de klantendienst gebeld over de levering van mijn kast (bestelling 2026-118734). Men zou mij maandag terugbellen op 0476 23 54 10 met een nieuwe leverdatum. Niemand heeft gebeld. Ik weet dat dit het privacyadres is, maar telefonisch krijg ik niemand meer te pakken.

Kan iemand dit doorgeven aan de juiste dienst?

Met vriendelijke groeten,
Griet Van Damme""",
         "Griet Van Damme"),
    ],

    "fr": [
        ("objection", ("access",),
         "Opposition au démarchage téléphonique",
         """Madame, Monsieur,

Depuis le début du mois d'octobre, je reçois régulièrement des appels de votre part (ou d'un centre d'appels travaillant pour vous) sur mon GSM pour me proposer des offres liées à votre carte de fidélité.

Je m'oppose formellement, conformément à l'article 21 du RGPD, à toute utilisation de mes données à des fins de prospection, par téléphone comme par courrier.

Par ailleurs, je n'ai aucun souvenir de vous avoir communiqué ce numéro. Je vous demande donc de m'indiquer d'où vous le tenez et à qui il a été transmis (article 15).

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Dubois
0478 66 12 90""",
         "Philippe Dubois"),

        ("deletion", (),
         "Décès de ma mère - courrier publicitaire",
         """Bonjour,

Ma maman, Mme Jeanine Lambert, est décédée au mois d'août. Nous continuons à recevoir vos folders et catalogues à son nom, rue de la Station 23 à Gembloux, et la semaine dernière une carte d'anniversaire avec un bon d'achat. Vous imaginez que ce n'est pas très agréable pour mon papa.

Pourriez-vous supprimer son compte et toutes les données que vous avez à son nom ?

Merci d'avance,
Isabelle Lambert""",
         "Isabelle Lambert"),

        ("complaint", (),
         "Comportement inadmissible de votre vendeur",
         """Bonjour,

Je tiens à me plaindre de l'appel que j'ai reçu hier soir, le 12 novembre, à 21 h 15, de la part d'un vendeur de chez vous.

D'abord l'heure. Ensuite, ce monsieur connaissait mon adresse, le prénom de ma femme et même le fait que nous avions acheté une cuisinière chez vous l'an passé. Quand je lui ai dit que je ne souhaitais pas être démarché, il m'a répondu sur un ton franchement désagréable que « de toute façon, vous êtes dans notre fichier », puis il m'a raccroché au nez.

Je trouve scandaleux que vos vendeurs aient accès à ce genre d'informations et qu'ils se permettent de parler ainsi aux clients. Sans réponse sérieuse de votre part, je saisirai l'Autorité de protection des données.

Frédéric Lemaire""",
         "Frédéric Lemaire"),

        ("withdraw_consent", ("deletion",),
         "SMS publicitaires sur le portable de ma fille",
         """Bonjour,

Ma fille de 13 ans reçoit depuis quelques semaines des SMS promotionnels de Shop Example sur son portable. En discutant avec elle, j'ai compris qu'elle s'était inscrite cet été à votre concours sur le stand de la Foire de Libramont, avec son numéro, pour gagner une trottinette.

En tant que parent, je retire son accord pour ces SMS et je vous demande d'effacer son numéro et ses données de vos fichiers.

Son numéro : 0491 37 52 08, au nom de Chloé Renard.

Cordialement,
Nathalie Renard""",
         "Nathalie Renard"),

        ("correction", (),
         "changement d'adresse",
         """Bonjour,
j'ai déménagé en juin mais vos catalogues partent toujours à mon ancienne adresse (avenue Albert Ier 56, 5000 Namur). Ma nouvelle adresse est : rue des Carmes 14, 4000 Liège. Merci de la modifier dans mon compte client.
Bonne journée,
Julien Collard""",
         "Julien Collard"),

        ("access", (),
         "Demande d'accès à mes données",
         """Madame, Monsieur,

En février dernier, j'ai rempli un bulletin de participation à une tombola sur votre stand au salon Batibouw. Depuis, je reçois votre courrier publicitaire et j'ai été appelé deux fois.

Je souhaiterais obtenir une copie des données personnelles que vous détenez à mon sujet, savoir si elles proviennent bien de ce bulletin, combien de temps vous comptez les conserver et si vous les avez partagées avec d'autres sociétés (exposants, partenaires...).

Je vous remercie d'avance de votre réponse dans le délai légal.

Bien à vous,
Olivier Mertens
chaussée de Waterloo 812, 1180 Uccle""",
         "Olivier Mertens"),

        ("restriction", (),
         "Litige en cours - gel de mes données",
         """Bonjour,

J'ai acheté une cuisine équipée chez CuisiPlus, une marque présentée comme « partenaire » dans votre catalogue, et je suis actuellement en litige avec eux. Depuis cet achat, je reçois aussi votre publicité, et le vendeur de CuisiPlus m'a confirmé que nos coordonnées vous avaient été transmises.

Tant que ce litige n'est pas réglé, je vous demande de ne plus utiliser mes données pour quoi que ce soit et de ne plus les transmettre à personne, mais de ne pas les effacer : mon avocat pourrait en avoir besoin comme pièce du dossier.

Merci de me confirmer la limitation du traitement.

Sandrine Gillet""",
         "Sandrine Gillet"),

        ("other", (),
         "Bon de réduction refusé en caisse",
         """Bonjour,

Samedi, au magasin de Namur, la caissière a refusé le bon de 15 euros qui se trouvait dans votre catalogue d'automne (à partir de 75 euros d'achat). Selon elle, il fallait « avoir la carte de fidélité », alors que rien de tel n'est indiqué sur le bon. J'ai finalement payé le plein prix.

Est-ce normal ? Pouvez-vous me rembourser les 15 euros ? J'ai gardé le ticket.

Cordialement,
Marie-Claire Henrard""",
         "Marie-Claire Henrard"),

        ("other", (),
         "Votre prochain catalogue imprimé - proposition",
         """Bonjour,

L'Imprimerie Mosane, à Herstal, imprime depuis trente ans des catalogues et des dépliants pour la grande distribution en Wallonie et à Bruxelles.

Pour vos campagnes de fin d'année, nous proposons l'impression personnalisée (nom, magasin le plus proche, offre ciblée), le dédoublonnage et la mise à jour de vos fichiers d'adresses avant envoi, ainsi que la mise sous pli et le dépôt chez bpost.

Je me permettrai de vous appeler la semaine prochaine pour en parler, à moins que vous ne préfériez fixer un rendez-vous par e-mail.

Bien cordialement,
Thierry Lejeune
Responsable commercial, Imprimerie Mosane""",
         "Thierry Lejeune"),

        ("other", (),
         "Promo matelas du folder",
         """Bonjour, dans le dernier folder il y a -30 % sur les matelas, numéro d'article 77120. C'est valable jusqu'à quand ? Et la livraison est comprise ? Je voudrais passer au magasin de Mons avant de commander.
Merci !
Aurélie""",
         "Aurélie Masson"),
    ],

    "de": [
        ("access", ("objection",),
         "Auskunft nach Art. 15 DSGVO und Widerspruch nach Art. 21 DSGVO",
         """Sehr geehrte Damen und Herren,

am 27. Oktober 2026 erhielt ich einen an mich persönlich adressierten Werbekatalog Ihres Unternehmens. Eine Geschäftsbeziehung zu Ihnen besteht nicht und hat nie bestanden.

Ich ersuche Sie daher um Auskunft gemäß Art. 15 DSGVO, insbesondere über
1. die zu meiner Person gespeicherten Daten,
2. die Herkunft dieser Daten (Art. 14 Abs. 2 lit. f DSGVO), also von welchem Adresshändler oder sonstigen Dritten Sie sie erhalten haben,
3. die Empfänger, an die Sie meine Daten weitergegeben haben,
4. die geplante Speicherdauer.

Zugleich widerspreche ich der Verarbeitung meiner Daten zum Zwecke der Direktwerbung (Art. 21 Abs. 2 DSGVO).

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Matthias Schröder
Aachener Straße 47, 4700 Eupen""",
         "Matthias Schröder"),

        ("complaint", ("deletion",),
         "Zweite Aufforderung - Löschung meiner Telefonnummer",
         """Guten Tag,

am 2. Oktober habe ich Ihnen an diese Adresse geschrieben und um Löschung meiner Handynummer gebeten, nachdem mich Ihr Callcenter mehrfach angerufen hatte. Eine Antwort habe ich bis heute, über einen Monat später, nicht erhalten. Stattdessen kam am Montag der nächste Anruf.

Ich fordere Sie hiermit ein zweites und letztes Mal auf, meine Nummer (0475 90 28 61) zu löschen und mir das schriftlich zu bestätigen. Andernfalls wende ich mich an die Datenschutzbehörde.

Sabine Krämer""",
         "Sabine Krämer"),

        ("withdraw_consent", (),
         "SMS-Werbung abbestellen",
         """Hallo,

ich hatte bei meiner Bestellung im Sommer angeklickt, dass ich Angebote per SMS bekommen möchte. Das möchte ich nicht mehr. Bitte ab sofort keine Werbe-SMS mehr an 0032 487 14 66 90.

Danke und Gruß
Tobias Wagner""",
         "Tobias Wagner"),

        ("deletion", (),
         "Meine Adresse - \"Freunde werben Freunde\"",
         """Guten Tag,

gestern lag ein Brief von Ihnen in meinem Briefkasten: „Ihre Freundin Petra ist sicher, dass Ihnen unsere Angebote gefallen!“, dazu ein Gutschein. Petra hat mir inzwischen bestätigt, dass sie meine Adresse bei Ihrem Empfehlungsprogramm angegeben hat, um Punkte zu sammeln. Gefragt hat sie mich nicht.

Ich bin keine Kundin bei Ihnen und möchte es auch nicht werden. Bitte löschen Sie meinen Namen und meine Adresse vollständig aus Ihren Unterlagen.

Freundliche Grüße
Claudia Hoffmann
Kirchstraße 8, 4780 St. Vith""",
         "Claudia Hoffmann"),

        ("portability", ("deletion",),
         "Datenexport und Kontolöschung",
         """Hallo zusammen,

ich ziehe Ende November nach Köln und werde Ihre Kundenkarte dann nicht mehr nutzen. Bevor Sie mein Konto löschen, hätte ich gern alle Daten aus meinem Kundenkonto (Bestellungen, Kassenbons aus den Filialen, Punktestand) als maschinenlesbare Datei, am liebsten JSON oder CSV, damit ich sie in meine Haushaltsbuch-App importieren kann.

Danach bitte das Konto komplett löschen.

Kundennummer: 2291 6602 9917

Viele Grüße
Jonas Becker""",
         "Jonas Becker"),

        ("correction", (),
         "Falsches Geburtsdatum und falscher Name",
         """Sehr geehrte Damen und Herren,

heute kam Ihre Geburtstagskarte mit dem 10-Euro-Gutschein, vielen Dank, allerdings habe ich erst im März Geburtstag. Offenbar ist bei Ihnen der 03.11. statt dem 11.03.1968 gespeichert. Außerdem schreiben Sie mich seit jeher als „Herr Ursula Müler“ an.

Bitte korrigieren Sie: Frau Ursula Müller (mit zwei l), geboren am 11. März 1968.

Mit freundlichen Grüßen
Ursula Müller""",
         "Ursula Müller"),

        ("objection", (),
         "Keine Kataloge und keine Weitergabe an Partner",
         """Guten Tag,

ich kaufe gelegentlich in Ihrem Webshop ein und das soll auch so bleiben. Ich möchte aber nicht, dass Sie meine Adresse für Ihre Kataloge und Prospekte benutzen, und schon gar nicht, dass Sie sie an Ihre „Partnermarken“ weitergeben. Seit dem Sommer bekomme ich Post von einem Küchenstudio, das sich ausdrücklich auf Sie beruft.

Ich lege hiermit Widerspruch gegen beides ein.

Gruß
Stefan Lenz""",
         "Stefan Lenz"),

        ("other", (),
         "Kaffeemaschine aus dem Prospekt",
         """Guten Tag,

im Prospekt von Anfang Oktober war die Kaffeemaschine „Barista 300“ mit Milchaufschäumer abgebildet. Geliefert wurde sie gestern ohne, und auf dem Karton steht davon auch nichts. Ist der Aufschäumer nur auf dem Foto dabei? Dann finde ich das ehrlich gesagt irreführend.

Bestellnummer 2026-120455.

Mit freundlichen Grüßen
Heike Schulz""",
         "Heike Schulz"),

        ("other", (),
         "Katalog auch in Papierform?",
         """Hallo,

gibt es Ihren Weihnachtskatalog auch gedruckt? Meine Mutter (82) bestellt gern aus dem Katalog, nur mit dem Bildschirm tut sie sich schwer. Wenn ja, schicken Sie bitte einen an: Marianne Weber, Bergstraße 15, 4711 Walhorn.

Vielen Dank!
Andrea Weber""",
         "Andrea Weber"),

        ("other", (),
         "Falsche Nummer im Prospekt",
         """Hallo,

nur als Hinweis: Die Bestell-Hotline auf der letzten Seite Ihres aktuellen Prospekts (087 55 31 20) stimmt nicht. Ich habe heute zweimal angerufen und bin jedes Mal bei einer Zahnarztpraxis in Kelmis gelandet. Die Damen dort sind schon etwas genervt, sagen sie.

Vielleicht können Sie das an Ihre Marketingabteilung weitergeben.

Gruß
Martin Fischer""",
         "Martin Fischer"),
    ],

    "es": [
        ("withdraw_consent", ("objection",),
         "WhatsApp y llamadas",
         """Hola:

Cuando me hice la tarjeta en la tienda de Bruselas acepté recibir ofertas por WhatsApp. Ya no me interesan, así que retiro ese consentimiento; por favor, dejen de mandarme mensajes.

Y otra cosa: últimamente también me llaman por teléfono para ofrecerme cosas. Eso no lo acepté nunca y no quiero que usen mi número para llamadas comerciales.

Mi número es el 0465 28 71 93.

Un saludo,
Lucía Moreno""",
         "Lucía Moreno"),

        ("complaint", ("access",),
         "Segunda vez que les escribo",
         """Buenos días:

El 5 de octubre les envié un correo a esta misma dirección preguntando de dónde habían sacado mi número de móvil, ya que su centro de llamadas me había llamado varias veces. Ha pasado más de un mes y no he recibido ni siquiera un acuse de recibo.

Les recuerdo que tienen un mes para responder. Vuelvo a pedirles que me digan qué datos tienen sobre mí, de dónde los han obtenido y a quién se los han cedido. Si no recibo respuesta en los próximos días, presentaré una reclamación ante la autoridad de protección de datos.

Atentamente,
Javier Ruiz Ortega""",
         "Javier Ruiz Ortega"),

        ("access", (),
         "¿De dónde tienen mi dirección?",
         """Hola,

Me ha llegado a casa un catálogo suyo con mi nombre completo y una carta que empieza «Querida Carmen, como buena vecina de Saint-Gilles...». No he comprado nunca en su tienda ni me he registrado en su web.

Quiero saber qué datos míos tienen y de dónde los han sacado (¿se los ha vendido alguna empresa?). Y si se los han pasado a alguien más, también.

Gracias,
Carmen Navarro""",
         "Carmen Navarro"),

        ("deletion", (),
         "Llamadas a nombre de mi padre fallecido",
         """Buenas tardes:

Mi padre, Antonio Gil Serrano, falleció en septiembre. Desde entonces su teléfono fijo, que ahora contesta mi madre, ha sonado ya tres veces con llamadas de su empresa preguntando por él para ofrecerle no sé qué promoción de la tarjeta de cliente. Para mi madre es muy duro.

Les ruego que den de baja su cuenta de cliente y borren todos sus datos. El número es el 02 345 67 81 y la dirección, Rue Gray 102, 1050 Ixelles.

Atentamente,
Elena Gil""",
         "Elena Gil"),

        ("restriction", (),
         "No borren la grabación de la llamada",
         """Buenos días:

El martes 10 de noviembre me llamó una vendedora suya y al principio me avisó de que la conversación se grababa. En esa llamada acordamos un precio para un sofá que luego no coincide con la factura, y lo estoy reclamando con atención al cliente.

Sé que esas grabaciones se borran al cabo de un tiempo. Les pido que NO la borren y que la conserven hasta que se resuelva el asunto, pero sin utilizarla para nada más. Mi número es el 0489 51 30 07.

Saludos cordiales,
Raquel Domínguez""",
         "Raquel Domínguez"),

        ("objection", (),
         "publicidad por correo",
         """Buenas, soy clienta de la web y quiero seguir comprando, pero no quiero que usen mi dirección para enviarme catálogos ni folletos por correo. Me opongo a ese uso. Tarjeta 2291 8815 2203.
Gracias.
Pilar Sánchez""",
         "Pilar Sánchez"),

        ("correction", (),
         "Mi nombre está mal",
         """Hola:

Todos los catálogos y cartas que me mandan van dirigidos a «Sr. José García». Me llamo María José García Fernández y soy mujer. Supongo que el formulario de la tienda solo guardó una parte del nombre.

¿Podrían corregirlo en mi ficha de cliente? El número de la tarjeta es 2291 4076 3318.

Muchas gracias,
María José García Fernández""",
         "María José García Fernández"),

        ("other", (),
         "Código del folleto no funciona",
         """Hola, en el folleto de noviembre pone que con el código FOLDER20 hay un 20 % de descuento en la web, pero al meterlo me sale "código no válido". Lo he probado desde el móvil y desde el ordenador. ¿Está mal escrito en el folleto o es que ya ha caducado?
Saludos,
Sergio Martín""",
         "Sergio Martín"),

        ("other", (),
         "Oferta de la freidora",
         """Buenas tardes:

En el folleto que nos dejaron en el buzón sale la freidora de aire a 59,99 euros. ¿Esa oferta vale también para pedidos por la web con entrega a domicilio, o solo en tienda? Vivo en Anderlecht y la tienda más cercana me queda lejos.

Un saludo,
Rosa Jiménez""",
         "Rosa Jiménez"),

        ("other", (),
         "Campañas de telemarketing para su empresa",
         """Estimados señores:

Me pongo en contacto con ustedes en nombre de Atlántico Contact Center, empresa con sede en Málaga especializada en campañas de telemarketing multilingüe (español, francés, neerlandés e inglés) para el comercio minorista.

Gestionamos llamadas de fidelización, encuestas de satisfacción y campañas de venta cruzada, con limpieza previa de sus bases de datos y respeto de las listas de exclusión de cada país. Nuestros clientes suelen aumentar un 15 % la conversión frente a las campañas solo por e-mail.

¿Les vendría bien una llamada de 15 minutos la semana que viene?

Un cordial saludo,
Alberto Castillo
Director comercial""",
         "Alberto Castillo"),
    ],

    "it": [
        ("complaint", ("objection",),
         "Telefonate continue dal vostro call center",
         """Buongiorno,

scrivo per lamentarmi delle telefonate che ricevo dal vostro call center: tre questa settimana, l'ultima ieri alle 20:50 mentre eravamo a cena. Il mio numero è iscritto alla lista "Ne m'appelez plus" e già alla prima telefonata ho detto chiaramente all'operatore di non richiamarmi. Evidentemente non è servito a niente.

Trovo questo comportamento scorretto e irrispettoso. Mi oppongo a qualsiasi ulteriore uso del mio numero per telefonate commerciali. Se continua così, farò una segnalazione all'Autorità per la protezione dei dati.

Distinti saluti,
Giuseppe Russo
0470 33 84 15""",
         "Giuseppe Russo"),

        ("access", (),
         "Come avete avuto il mio numero?",
         """Salve,

da qualche settimana ricevo SMS promozionali da Shop Example. Non sono mai stata vostra cliente. L'unico collegamento che mi viene in mente è che a settembre ho ricevuto un pacco di un altro negozio, consegnato dallo stesso corriere che usate voi, e al corriere avevo lasciato il mio cellulare.

Vorrei sapere quali dati avete su di me, da chi li avete ricevuti e se li avete passati ad altri.

Grazie,
Francesca Bianchi
cell. 0484 72 19 56""",
         "Francesca Bianchi"),

        ("withdraw_consent", (),
         "catalogo cartaceo",
         """Buongiorno, l'anno scorso avevo chiesto di ricevere il vostro catalogo a casa, ma ormai guardo tutto online e la carta finisce dritta nel riciclo. Potete smettere di mandarmelo? Per il resto va bene così.
Grazie mille
Chiara Ferrari""",
         "Chiara Ferrari"),

        ("portability", (),
         "Trasferimento dei miei dati",
         """Gentili signori,

dopo l'ennesima telefonata promozionale ho deciso di cambiare negozio.

Ai sensi dell'art. 20 del GDPR vi chiedo di trasmettere direttamente a Maison Verde SRL (privacy@maisonverde.example), presso cui ho aperto una nuova carta fedeltà, i dati che vi ho fornito e quelli relativi ai miei acquisti con la carta n. 2291 5049 8826, in un formato strutturato e leggibile da dispositivo automatico (CSV o JSON).

Se la trasmissione diretta non fosse tecnicamente possibile, inviate pure il file a me a questo indirizzo.

Cordiali saluti,
Alessandro Conti""",
         "Alessandro Conti"),

        ("deletion", (),
         "Cancellazione dati concorso",
         """Buonasera,

a marzo, alla fiera della casa di Charleroi, ho compilato il modulo del vostro concorso a premi per vincere un buono da 500 euro. Non ho vinto, in compenso da allora ricevo volantini, cartoline e ogni tanto una telefonata.

Vi chiedo di cancellare tutti i dati raccolti con quel modulo e qualunque altra cosa abbiate su di me.

Cordialmente,
Marco Esposito
Rue de Marcinelle 31, 6000 Charleroi""",
         "Marco Esposito"),

        ("restriction", ("access",),
         "Iscrizione dal tablet che non ho mai fatto",
         """Buongiorno,

da ottobre ricevo vostri SMS e chiamate promozionali. Al telefono l'operatrice mi ha detto che risulto iscritta alle offerte "tramite il tablet del negozio di Namur" il 22 agosto. Quel giorno ero in vacanza in Puglia, quindi non posso essere stata io.

Finché non avete chiarito chi ha fatto quell'iscrizione, vi chiedo di sospendere qualsiasi utilizzo dei miei dati, senza però cancellarli, perché voglio capire cosa è successo. Vi chiedo inoltre una copia dei dati che avete su di me, compresi data, ora e negozio della registrazione.

Grazie,
Valentina Greco
0468 19 42 77""",
         "Valentina Greco"),

        ("objection", (),
         "Uso dei miei acquisti per le telefonate",
         """Buongiorno,

la settimana scorsa un vostro operatore mi ha chiamato per propormi "offerte su misura", citando gli ultimi articoli che avevo comprato con la carta fedeltà. Non mi va che i miei acquisti vengano analizzati per farmi un profilo e poi chiamarmi.

Mi oppongo all'uso dei miei dati di acquisto per la profilazione e per il marketing telefonico. La carta invece voglio continuare a usarla per i punti.

Saluti,
Roberta Marino
carta 2291 3390 6604""",
         "Roberta Marino"),

        ("other", (),
         "Buono compleanno non accettato",
         """Salve,

ho ricevuto per posta la vostra cartolina di compleanno con un buono da 10 euro (grazie!). Ieri però alla cassa del negozio di Liegi il buono non è stato accettato: il cassiere dice che il codice a barre "non risulta". Scade il 30 novembre, quindi vorrei usarlo prima. Come posso fare?

Grazie,
Paolo Ricci""",
         "Paolo Ricci"),

        ("other", (),
         "Volantino - lampada da terra",
         """Buongiorno, sul volantino di questa settimana c'è la lampada da terra in ottone a 89 euro. Esiste anche in nero? Sul sito non la trovo, forse è solo in negozio? Grazie, Silvia""",
         "Silvia Colombo"),

        ("other", (),
         "Orari sbagliati sul volantino",
         """Buonasera,

volevo segnalarvi che nel volantino di novembre, nella lista dei negozi, gli orari di Wavre sono sbagliati: c'è scritto aperto la domenica dalle 10 alle 18. Domenica ci sono andato apposta con mia moglie e abbiamo trovato chiuso. Forse conviene togliere quell'indicazione o correggerla nel prossimo volantino, prima che altri facciano la stessa strada per niente.

Cordiali saluti,
Luca Gallo""",
         "Luca Gallo"),
    ],

    "pt": [
        ("objection", (),
         "Chamadas de marketing",
         """Bom dia,

Sou cliente da vossa loja online e recebo com alguma frequência chamadas a oferecer promoções do cartão de cliente. Não quero receber este tipo de chamadas e oponho-me a que utilizem o meu número de telefone para marketing. Os e-mails das encomendas podem continuar, claro.

Número: 0472 60 15 84

Cumprimentos,
Rui Carvalho""",
         "Rui Carvalho"),

        ("access", ("deletion",),
         "Onde arranjaram a minha morada?",
         """Boa tarde,

Recebi em casa um folheto personalizado com o meu nome e a morada nova, para onde me mudei há dois meses. Nunca comprei nada na vossa loja. Gostava de saber que dados têm sobre mim e onde os foram buscar. Se foi alguma empresa que vos vendeu a lista, quero saber qual.

Depois de me responderem, apaguem tudo, por favor.

Obrigada,
Ana Sofia Pereira
Avenue d'Auderghem 210, 1040 Etterbeek""",
         "Ana Sofia Pereira"),

        ("withdraw_consent", (),
         "Deixar de receber SMS",
         """Olá, no mês passado inscrevi-me no tablet da loja de Liège para receber promoções por SMS. Afinal são mensagens a mais, já não quero. Podem tirar o meu número? 0493 81 27 65. Obrigado. Tiago""",
         "Tiago Fernandes"),

        ("complaint", (),
         "Continuam a ligar-me apesar da oposição",
         """Exmos. Senhores,

A 14 de setembro enviei-vos um e-mail a opor-me ao envio de publicidade e a chamadas comerciais. Recebi uma resposta automática e mais nada. Desde então já recebi o catálogo de outono em casa e, na semana passada, duas chamadas do vosso call center, uma delas às 21h30.

Isto é inaceitável. Se não puserem fim a esta situação, apresentarei queixa junto da Autoridade de Proteção de Dados belga.

Com os melhores cumprimentos,
Helena Rodrigues""",
         "Helena Rodrigues"),

        ("correction", (),
         "Morada desatualizada",
         """Bom dia,

Os vossos catálogos continuam a ir para a minha morada antiga em Schaerbeek. Mudei-me em junho. A morada certa é: Rue Vandenpeereboom 77, 1080 Molenbeek-Saint-Jean.

Podem atualizar, por favor? Cartão de cliente 2291 2264 7730.

Obrigado,
Paulo Sousa""",
         "Paulo Sousa"),

        ("deletion", (),
         "Apagar a minha conta",
         """Boa noite,

Depois do catálogo, dos postais de aniversário e das mensagens, chega. Quero que apaguem a minha conta de cliente e todos os dados que têm sobre mim: nome, morada, telefone, histórico de compras, tudo. O cartão já o cortei.

Nome: Mariana Costa
E-mail: este
Cartão: 2291 9901 3345

Mariana""",
         "Mariana Costa"),

        ("portability", (),
         "Pedido de portabilidade dos meus dados",
         """Bom dia,

Vou deixar de usar o vosso cartão de cliente e passar para o programa de fidelização de outra cadeia, que aceita importar o histórico de compras. Peço-vos, ao abrigo do artigo 20.º do RGPD, que me enviem os meus dados (dados da conta e compras feitas com o cartão 2291 1187 5529) num ficheiro CSV ou noutro formato legível por máquina.

Obrigado,
João Martins""",
         "João Martins"),

        ("other", (),
         "Vale do folheto não aceite",
         """Boa tarde,

O folheto que recebi em casa tinha um vale de 5 euros para compras acima de 30 euros. Na loja de Anderlecht disseram-me que o vale "não passa" no sistema. É válido até dia 20. Podem verificar o que se passa?

Cumprimentos,
Fernanda Lopes""",
         "Fernanda Lopes"),

        ("other", (),
         "Proposta de impressão de folhetos",
         """Bom dia,

Chamo-me Ricardo Almeida e represento a GráficaLis, uma gráfica de Lisboa com clientes em Portugal, França e no Benelux. Imprimimos folhetos, catálogos e postais personalizados com dados variáveis (nome, loja, oferta) a preços muito competitivos, com entrega em toda a Bélgica em 5 dias úteis.

Teria todo o gosto em enviar-vos uma proposta para o catálogo de Natal. Posso ligar-vos na próxima semana?

Com os melhores cumprimentos,
Ricardo Almeida""",
         "Ricardo Almeida"),

        ("other", (),
         "Encomenda feita pelo catálogo",
         """Olá,

Encomendei por telefone, pelo número que vem no catálogo, um conjunto de panelas (encomenda n.º 2026-121877). Já passaram três semanas e ainda não chegou nada. No site o estado continua "em preparação". Podem ver o que se passa? Se não for possível entregar antes do fim do mês, prefiro cancelar.

Obrigada,
Luísa Ribeiro""",
         "Luísa Ribeiro"),
    ],
}

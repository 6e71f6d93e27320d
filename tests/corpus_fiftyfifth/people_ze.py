"""Fifty-fifth set, people writing about old data, dormant accounts and retention (en nl fr de es it pt). Written apart from the rules (see make_fiftyfifth.py)."""

PEOPLE_ZE = {
    "en": [
        ("access", (),
         "Why do you still have my address?",
         """Hello,

Yesterday a glossy "We miss you, Sarah!" card landed on my doormat. The last time I ordered anything from you was, as far as I can remember, a kettle in 2014. I've moved twice since then, and I certainly never gave you my current address in Leuven.

So I'd like to know, please:
- what information you actually hold about me,
- where my current address came from (did somebody sell it to you?),
- and how long you plan to keep all of this.

I'm not angry, just genuinely puzzled.

Kind regards,
Sarah Whitfield""",
         "Sarah Whitfield"),
        ("deletion", ("withdraw_consent",),
         "account I forgot I had",
         """Hi there,

My password manager just flagged an old login for shop.example.be that I have zero memory of creating (username sammyk83, probably from around 2011). I'd rather not have random accounts lying around, so please delete it along with whatever's attached to it.

And if that address is on any mailing list of yours, take it off as well. I don't want the emails.

Cheers,
Sam Kowalski""",
         "Sam Kowalski"),
        ("portability", ("deletion",),
         "Request under Articles 20 and 17 GDPR - customer no. 00418823",
         """Dear Sir or Madam,

I have been a customer of Shop Example BV since 2013 and my account (customer no. 00418823, registered to this e-mail address) therefore contains well over a decade of order history. I intend to close the account, but before I do I would like to keep a record of those purchases.

1. Under Article 20 GDPR, please provide me with all personal data I have provided to you, including my complete order history (dates, items, prices, delivery addresses), in a structured, commonly used and machine-readable format. CSV or JSON would be ideal; a PDF is not sufficient.

2. Once I have confirmed receipt of that file, please erase my account and the associated personal data under Article 17 GDPR, except for whatever you are legally obliged to retain, in which case please tell me what that is and for how long.

I look forward to your reply within the one-month period.

Yours faithfully,

Dr. Margaret Ellison""",
         "Margaret Ellison"),
        ("restriction", (),
         "Re: Your account will be deactivated on 30 November",
         """Hello,

I got your message that my account has been inactive for 24 months and that it will be deactivated and the data deleted at the end of the month.

Please don't do that just yet. In March 2023 I bought a laptop from you with the 5-year extended warranty, and the invoice and the warranty registration are in that account. I'd like them kept until the warranty runs out in 2028. You don't need to do anything else with my details in the meantime - no mails, no offers, just keep the records where they are.

Can you confirm this is possible?

Thanks,
Tom Hargreaves""",
         "Tom Hargreaves"),
        ("objection", (),
         "Your \"recommended for you\" section",
         """Good afternoon,

Every time I log in, your site greets me with baby monitors, nappies and toddler car seats. My youngest is now twelve. Clearly you are still working off purchases I made back in 2014-2016 to decide what I'm interested in.

I object to you using my old purchase history to build a profile of me and to personalise what I see. Please stop that. I'm happy to keep my account for the odd order, but I don't want it analysed.

Regards,
Helen Pryce""",
         "Helen Pryce"),
        ("complaint", ("deletion",),
         "You confirmed my account was deleted in 2021",
         """To whom it may concern,

In June 2021 I asked you to delete my account and you confirmed in writing (your reference PRV-2021-0614) that it had been done. I still have that e-mail.

This morning I received "Welcome back, Daniel! Here's 10% off to celebrate 5 years with us" at the very address I asked you to erase. So either the deletion never happened, or you kept a copy somewhere and have now fed it back into your marketing system. Neither is acceptable.

I want an explanation of how this happened, and I want my data gone - properly this time, backups included. If I don't get a satisfactory answer I will take this to the Belgian Data Protection Authority.

Daniel Okafor""",
         "Daniel Okafor"),
        ("correction", (),
         "Name change on my loyalty account",
         """Hi,

My loyalty card and online account are still in my married name, Claire Donnelly, which I haven't used since the divorce went through in 2022. I've gone back to my own name, Claire Gallagher. Could you update that everywhere, please? The address on file is also the old house in Mechelen; the right one is Kapucijnenvoer 41, 3000 Leuven.

Card no. is 2604 1187 3392 if that helps.

Thank you!
Claire Gallagher""",
         "Claire Gallagher"),
        ("other", (),
         "Can't get into my old account to use the voucher",
         """Hello,

You sent me a "we miss you" email with a 15 euro voucher, which is nice, but I can't log in to use it. The account is linked to my old Hotmail address which I don't have access to anymore, so the password reset email goes nowhere.

Is there a way to move the voucher to a new account, or to log in some other way? I'd like to use it before it expires on 15 November.

Thanks,
Becky Lawson""",
         "Becky Lawson"),
        ("other", (),
         "Transferring points from my old card",
         """Hi,

I found my old paper loyalty card in a drawer (number 2604 0091 5512, from before you had the app). According to the last receipt I kept there should be about 840 points on it. Can they be moved to the card in my app? I don't want to lose them if they can still be used.

Best,
Gareth Hughes""",
         "Gareth Hughes"),
        ("other", (),
         "Do you still stock the HX-200 filter?",
         """Hi,

Bit of an odd one. I bought an air purifier from you back in 2016 (model HX-200) and it's still going strong, but I can't find the replacement filters on your site anymore. Have you stopped selling them, or is there a newer filter that fits? I'd rather keep the old machine than buy a new one.

Thanks
Mike""",
         "Michael Reilly"),
    ],
    "nl": [
        ("deletion", (),
         "account verwijderen",
         """Goeiedag,

Ik heb sinds 2013 niets meer bij jullie besteld en ben dat ook niet van plan. Mogen jullie mijn account en alle gegevens die erbij horen gewoon wissen?

Bedankt,
Jens Verhaegen""",
         "Jens Verhaegen"),
        ("access", (),
         "Sollicitatie 2019 - wat bewaren jullie nog?",
         """Beste,

In 2019 heb ik gesolliciteerd voor een job als winkelmedewerker in jullie filiaal in Aalst. Ik werd toen niet weerhouden, geen probleem.

Nu vraag ik me wel af wat er met mijn kandidatuur gebeurd is. Hebben jullie mijn cv, motivatiebrief en de notities van het gesprek nog? Zo ja, kan ik een kopie krijgen, en hoe lang worden die gegevens nog bijgehouden?

Met vriendelijke groeten,
Lotte De Smet""",
         "Lotte De Smet"),
        ("withdraw_consent", (),
         "Geen reclame meer aub",
         """Dag,

Bij de opening van jullie winkel in Gent (2012 denk ik) heb ik een papieren formulier ingevuld om kans te maken op een bon. Blijkbaar heb ik daarmee ook "ja" gezegd tegen jullie folders en mails, want die krijg ik nog altijd, 14 jaar later.

Ik trek die toestemming in. Geen folders meer in mijn bus, geen mails meer.

Groeten,
Marleen Claes""",
         "Marleen Claes"),
        ("complaint", ("deletion",),
         "TWEEDE VERZOEK - verwijdering account",
         """Goedemiddag,

Op 29 september heb ik jullie gevraagd om mijn oude klantenaccount (lidnummer 55 21 807, niet meer gebruikt sinds 2016) te verwijderen. Ik kreeg een automatisch antwoord en daarna niets meer. Intussen zijn we meer dan een maand verder.

Ik herhaal dus mijn vraag: verwijder dat account en mijn gegevens. En ik verwacht deze keer wel een antwoord. Als ik tegen half november niets hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Pieter Van den Broeck""",
         "Pieter Van den Broeck"),
        ("restriction", (),
         "Niet wissen aub - lopend garantiedossier",
         """Beste privacyteam,

Ik kreeg een mail dat mijn account op 30 november gedeactiveerd wordt en dat mijn gegevens daarna gewist worden omdat ik twee jaar niets gekocht heb.

Ik heb echter nog een geschil met jullie klantendienst over een vaatwasser die ik in 2024 kocht en die al twee keer defect was (dossier KD-24-77310). De bestelling, de factuur en de chatgesprekken met jullie medewerkers heb ik nodig als bewijs. Wil je die gegevens dus niet verwijderen zolang het dossier niet afgesloten is? Jullie hoeven er verder niets mee te doen, gewoon bewaren.

Alvast bedankt,
Koen Mertens""",
         "Koen Mertens"),
        ("objection", ("withdraw_consent",),
         "Heractivatiecampagne",
         """Hallo,

Ik had al jaren niets meer van jullie gehoord en plots krijg ik "Je account is opnieuw actief!" met een lijst producten "speciaal voor jou geselecteerd op basis van je eerdere aankopen". Die aankopen zijn van 2015.

Ik maak bezwaar tegen het gebruik van mijn oude aankoopgeschiedenis om een profiel van mij op te stellen of om te bepalen wat jullie me aanbieden. En die mails wil ik ook niet meer ontvangen: schrijf me uit voor alles wat jullie versturen.

Mvg,
Sofie Wouters""",
         "Sofie Wouters"),
        ("portability", (),
         "Export bestelgeschiedenis",
         """Dag,

Ik ben al klant sinds 2011 en wil graag al mijn bestellingen in een bestand, zodat ik ze kan inladen in een budgetapp. In mijn account kan ik ze alleen per stuk als pdf downloaden, en dat zijn er ruim 200.

Kunnen jullie mij een export bezorgen in csv of Excel met datum, artikel, aantal en bedrag per bestelling? Ik heb daar volgens de GDPR recht op als ik het goed begrijp.

Vriendelijke groet,
Bart Peeters""",
         "Bart Peeters"),
        ("other", (),
         "Punten vervallen op 30/11?",
         """Hallo,

Ik kreeg een bericht dat mijn spaarpunten op 30 november vervallen omdat mijn kaart al lang niet meer gebruikt is. Ik heb er 1.250 staan. Kan ik die nog omzetten in een bon, of moet ik eerst iets kopen om ze te behouden? Ik woon niet meer in de buurt van een winkel, vandaar.

Groetjes,
Ann Jacobs""",
         "Ann Jacobs"),
        ("other", (),
         "Stofzuigerzakken voor oud model",
         """Goeiemorgen,

In 2015 kocht ik bij jullie een stofzuiger, type VC-340. Hij doet het nog perfect en ik wil hem houden, maar de zakken vind ik nergens meer. Verkopen jullie die nog, of is er een ander type dat past?

Dank u,
Hilde Maes""",
         "Hilde Maes"),
        ("other", (),
         "oude kaart uit app krijgen",
         """Hoi,

In de app staan bij mij twee klantenkaarten: de nieuwe en de oude die al sinds vorig jaar vervallen is. Hoe verwijder ik die oude? Bij 'kaart verwijderen' krijg ik telkens een foutmelding. Bij het afrekenen toont de app altijd eerst die oude, heel vervelend aan de kassa.

Thx
Robbe""",
         "Robbe Janssens"),
    ],
    "fr": [
        ("access", ("deletion",),
         "Désactivation de mon compte - que conservez-vous ?",
         """Bonjour,

Je viens de recevoir un e-mail m'annonçant que mon compte sera désactivé faute d'activité depuis 2018. Soit, je ne l'utilise plus.

Avant que vous ne le fassiez, j'aimerais savoir précisément quelles données me concernant vous conservez encore (identité, adresses, commandes, carte de fidélité...) et pendant combien de temps vous comptez les garder après la désactivation.

Ensuite, je vous demande de tout supprimer plutôt que de simplement « désactiver » le compte.

Bien à vous,
Nathalie Dubois""",
         "Nathalie Dubois"),
        ("correction", (),
         "Changement d'adresse (enfin !)",
         """Bonjour,

J'ai déménagé de Liège à Namur en 2021 et vos dépliants continuent d'arriver à mon ancienne adresse, où c'est maintenant ma belle-sœur qui les récupère. Pourriez-vous corriger mon adresse dans votre fichier ?

Ancienne : rue Saint-Gilles 112, 4000 Liège
Nouvelle : avenue de la Pairelle 8, 5000 Namur

Merci d'avance,
Christophe Lambert""",
         "Christophe Lambert"),
        ("complaint", (),
         "Copie de ma carte d'identité conservée depuis 2017",
         """Madame, Monsieur,

En consultant mon ancien compte pour retrouver une facture, j'ai constaté que l'historique de conversation avec votre service client de 2017 y est toujours visible, pièce jointe comprise : la copie recto verso de ma carte d'identité, que l'on m'avait demandée à l'époque pour un remboursement.

Je trouve inadmissible que vous conserviez ce document près de dix ans après un simple remboursement de 49 euros. Cela me semble manifestement contraire au principe de limitation de la conservation (article 5, paragraphe 1, e) du RGPD). Je souhaite une explication sur vos règles de conservation et sur la manière dont un tel document a pu rester stocké aussi longtemps.

Dans l'attente de votre réponse, je vous prie d'agréer mes salutations distinguées.

Isabelle Renard""",
         "Isabelle Renard"),
        ("objection", (),
         "Transmission de mes données à vos « partenaires »",
         """Bonjour,

Je reçois depuis peu des offres d'une société de crédit à la consommation qui me dit m'avoir contactée « en collaboration avec Shop Example ». Je n'ai plus rien commandé chez vous depuis 2016.

Je m'oppose formellement à ce que vous utilisiez mes anciennes données ou que vous les transmettiez à des partenaires, quels qu'ils soient. Merci de faire le nécessaire et de me confirmer que ce sera respecté.

Cordialement,
Véronique Hubert""",
         "Véronique Hubert"),
        ("withdraw_consent", (),
         "SMS promotionnels",
         """Bonjour,

En 2012, lors de l'ouverture du magasin de Wavre, j'ai rempli un bulletin papier pour la carte de fidélité et j'ai dû cocher la case SMS. Je reçois encore vos SMS promotionnels chaque semaine. Je retire mon accord, merci de ne plus m'en envoyer.

Numéro concerné : 0475 31 62 90

Jean-Marc Leroy""",
         "Jean-Marc Leroy"),
        ("deletion", (),
         "Candidature de 2023",
         """Bonjour,

J'avais postulé chez vous en avril 2023 pour un poste de magasinier (candidature non retenue). Je n'ai plus l'intention de postuler et je voudrais que mon CV, ma lettre et tout ce qui concerne cette candidature soient effacés de vos systèmes.

Merci,
Youssef El Amrani""",
         "Youssef El Amrani"),
        ("portability", (),
         "Récupérer mon historique d'achats dans un fichier",
         """Bonjour,

Client depuis une bonne dizaine d'années, je voudrais récupérer l'ensemble de mon historique de commandes et de mes achats en magasin avec la carte de fidélité, dans un format que je peux ouvrir dans un tableur (CSV, Excel ou équivalent). C'est pour tenir mes comptes et garder une trace le jour où je changerai de crèmerie.

La liste en ligne ne remonte qu'à 2020 et ne s'exporte pas. Pouvez-vous me fournir ce fichier ?

Merci et bonne journée,
Olivier Gilson""",
         "Olivier Gilson"),
        ("other", (),
         "Code « Vous nous manquez » refusé",
         """Bonjour,

J'ai reçu votre mail « Vous nous manquez » avec un code de 10 € (RETOUR10). Je me suis reconnectée à mon vieux compte, tout fonctionne, mais au moment de payer le site me dit que le code n'est pas valable. Est-ce qu'il y a un montant minimum ou est-ce que le code est expiré ?

Merci,
Martine Collignon""",
         "Martine Collignon"),
        ("other", (),
         "Ancienne demande de garantie",
         """Bonjour,

J'ai toujours gardé la facture de ma machine à café achetée chez vous en 2022 (commande 2022-118734), et elle vient de tomber en panne. Est-elle encore sous garantie ? Et dois-je la rapporter en magasin ou l'envoyer ? Le magasin de Mons où je l'avais achetée a fermé entre-temps.

Bien cordialement,
Philippe Dumont""",
         "Philippe Dumont"),
        ("other", (),
         "Recharges pour ancien modèle",
         """Bonsoir,

J'ai supprimé l'application par erreur et en la réinstallant je ne trouve plus la rubrique « accessoires » où je commandais les cartouches pour ma carafe filtrante (modèle AquaPur 2016). Les vendez-vous encore ? Sinon, quelles cartouches sont compatibles ?

Merci beaucoup,
Sandrine Piron""",
         "Sandrine Piron"),
    ],
    "de": [
        ("complaint", ("access",),
         "Speicherung meiner Daten seit 2015",
         """Sehr geehrte Damen und Herren,

seit 2015 habe ich bei Ihnen nichts mehr bestellt. Trotzdem erhielt ich letzte Woche eine E-Mail „Wir haben Ihr Konto für Sie reaktiviert", inklusive meiner damaligen Lieferadresse und einer Übersicht meiner letzten Bestellungen.

Ich halte es für einen klaren Verstoß gegen den Grundsatz der Speicherbegrenzung (Art. 5 Abs. 1 lit. e DSGVO), die Daten eines Kunden, der seit über zehn Jahren inaktiv ist, einfach weiter vorzuhalten und dann für Werbung zu reaktivieren.

Ich verlange daher Auskunft gemäß Art. 15 DSGVO darüber, welche Daten Sie über mich gespeichert haben, zu welchem Zweck und wie lange Sie diese noch zu speichern gedenken. Sollte ich keine zufriedenstellende Antwort erhalten, werde ich mich an die zuständige Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Thomas Brandt""",
         "Thomas Brandt"),
        ("deletion", (),
         "Alte Bestellungen und Adressen löschen",
         """Guten Tag,

in meinem Kundenkonto sehe ich noch Bestellungen bis zurück ins Jahr 2012 und fünf alte Lieferadressen, darunter die meiner früheren WG und meiner Eltern. Bitte löschen Sie alle alten Adressen bis auf die aktuelle (Hauptstraße 23, 4700 Eupen) sowie alle Bestellungen, die Sie nicht mehr aus gesetzlichen Gründen aufbewahren müssen.

Das Konto selbst möchte ich behalten.

Danke und Gruß
Anja Schröder""",
         "Anja Schröder"),
        ("restriction", (),
         "Bitte Daten sperren, nicht löschen",
         """Sehr geehrtes Datenschutzteam,

ich nutze mein Kundenkonto kaum noch, möchte es aber behalten, weil dort die Rechnungen für meine Einbauküche (2021) und die Garantieunterlagen liegen, die ich ggf. noch brauche.

Ich bitte Sie deshalb, die Verarbeitung meiner Daten einzuschränken: Kaufhistorie und Rechnungen sollen gespeichert bleiben, aber bitte für nichts anderes verwendet werden, bis ich mich wieder melde.

Mit freundlichen Grüßen
Klaus Weber""",
         "Klaus Weber"),
        ("portability", (),
         "Datenübertragung nach Art. 20 DSGVO",
         """Sehr geehrte Damen und Herren,

ich möchte mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO wahrnehmen. Bitte stellen Sie mir alle personenbezogenen Daten, die ich Ihnen seit meiner Registrierung im Jahr 2014 bereitgestellt habe, insbesondere die vollständige Bestellhistorie und die Punktehistorie meiner Kundenkarte, in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. JSON oder CSV) zur Verfügung.

Sofern technisch machbar, bitte ich zusätzlich um direkte Übermittlung an meinen neuen Anbieter; die Kontaktdaten reiche ich auf Anfrage nach.

Kundennummer: 73 11 40 92

Mit freundlichen Grüßen
Dr. Ursula Hoffmann""",
         "Ursula Hoffmann"),
        ("access", ("correction",),
         "Meine alte E-Mail-Adresse",
         """Hallo,

meine alte GMX-Adresse benutzt inzwischen mein Sohn, und er hat mir gesagt, dass dort immer wieder Mails von Ihnen ankommen, mit meinem Namen und sogar meinem Punktestand.

Ich möchte gern wissen, welche Daten Sie zu dieser Adresse bzw. zu mir gespeichert haben. Und bitte ändern Sie die E-Mail-Adresse in meinem Konto auf diese hier (m.krueger.eupen@web.de), damit meine Post nicht mehr bei ihm landet.

Viele Grüße
Monika Krüger""",
         "Monika Krüger"),
        ("objection", (),
         "Widerspruch Profilbildung",
         """Guten Tag,

ich widerspreche hiermit der Nutzung meiner Kaufdaten, auch der alten aus den letzten zehn Jahren, für Profilbildung, Analysen und personalisierte Werbung. Mein Konto brauche ich weiterhin für Bestellungen, nur eben ohne Auswertung.

Bitte bestätigen Sie mir das kurz.

Stefan Lang""",
         "Stefan Lang"),
        ("correction", (),
         "Falsches Geburtsdatum",
         """Hallo zusammen,

seit ich 2010 die Kundenkarte beantragt habe, steht bei Ihnen offenbar ein falsches Geburtsdatum: Den Geburtstagsgutschein bekomme ich jedes Jahr im Juli, Geburtstag habe ich aber am 7. Januar 1979. Vermutlich wurde damals das Formular falsch abgetippt. Könnten Sie das bitte korrigieren?

Kartennummer 2604 3318 7720

Danke!
Sabine Keller""",
         "Sabine Keller"),
        ("other", (),
         "Punkte auf neue Karte übertragen",
         """Hallo,

ich habe eine neue Kundenkarte bekommen, weil die alte kaputt war. Auf der alten (2604 2205 6613) waren noch rund 600 Punkte. Können Sie die auf die neue Karte (2604 9981 0047) übertragen? Die alte Karte kann danach gern gelöscht werden, ich brauche sie nicht mehr.

Viele Grüße
Jürgen Fischer""",
         "Jürgen Fischer"),
        ("other", (),
         "Ersatzteil für altes Modell",
         """Guten Tag,

ich habe 2017 bei Ihnen eine Küchenmaschine „KitchenPro 5" gekauft. Der Rührbesen ist jetzt gebrochen. Führen Sie dafür noch Ersatzteile, oder wissen Sie, wo ich eins herbekomme? Die Maschine läuft ansonsten einwandfrei und ich würde sie gern behalten.

MfG
Heinz Vogel""",
         "Heinz Vogel"),
        ("other", (),
         "Reklamation seit 6 Wochen offen",
         """Sehr geehrte Damen und Herren,

mein Fernseher (Bestellung 2025-440918) ist seit dem 22. September zur Reparatur bei Ihnen. Seitdem habe ich nichts mehr gehört, und in meinem Konto steht nur „in Bearbeitung". Können Sie mir sagen, wie der Stand ist und wann ich das Gerät zurückbekomme?

Mit freundlichen Grüßen
Birgit Neumann""",
         "Birgit Neumann"),
    ],
    "es": [
        ("withdraw_consent", (),
         "Baja del boletín",
         """Hola:

Me apunté a su boletín hace muchísimos años, creo que en 2012, en una tienda de Bruselas, y sigo recibiéndolo cada semana. Por favor, denme de baja, ya no me interesa.

Gracias,
Carmen Ruiz""",
         "Carmen Ruiz"),
        ("deletion", ("access",),
         "Cuenta que ni recordaba tener",
         """Buenas tardes:

Una web de esas que comprueban filtraciones me ha avisado de que mi correo aparece en una cuenta de su tienda. Ni me acordaba: debí de crearla hace más de diez años para un pedido suelto.

Quiero que borren esa cuenta y todos mis datos. Antes de hacerlo, díganme por favor qué datos tenían guardados exactamente, para saber qué pudo quedar expuesto.

Un saludo,
Javier Moreno""",
         "Javier Moreno"),
        ("access", (),
         "¿Cuánto tiempo guardan mis datos?",
         """Hola,

He hecho varias devoluciones con ustedes y he hablado muchas veces con el chat de atención al cliente. Me gustaría saber qué información mía conservan (pedidos, devoluciones, conversaciones del chat, etc.) y durante cuánto tiempo la guardan antes de borrarla.

Muchas gracias,
Lucía Fernández""",
         "Lucía Fernández"),
        ("complaint", ("access",),
         "Sin respuesta desde el 28 de septiembre",
         """Estimados señores:

El pasado 28 de septiembre les envié una solicitud de acceso a mis datos personales, en la que pedía saber qué datos míos conservan todavía de mi antigua cuenta y hasta cuándo. Ha pasado más de un mes y no he recibido ninguna respuesta, ni siquiera un acuse de recibo.

Les recuerdo que el plazo legal es de un mes. Les ruego que atiendan mi solicitud cuanto antes; de lo contrario presentaré una reclamación ante la autoridad de protección de datos.

Atentamente,
Antonio Jiménez Castro""",
         "Antonio Jiménez Castro"),
        ("objection", (),
         "No usen mis compras antiguas",
         """Hola,

Hace poco me llegó una campaña de "reactivación" con productos elegidos según compras que hice en 2016. Me parece fatal que después de tantos años sigan analizando lo que compré.

Me opongo a que utilicen mi historial de compras antiguo para hacerme perfiles o segmentarme en sus campañas. Pueden seguir teniendo mi cuenta, pero sin usar esos datos para eso.

Saludos,
Marta Gil""",
         "Marta Gil"),
        ("restriction", (),
         "Pedido de 2016 que no es mío",
         """Buenos días:

He recibido una carta suya en la que se me reclama el pago de un pedido de 2016 que nunca hice; el nombre coincide, pero la dirección de entrega no es ni ha sido nunca la mía. Sospecho que se trata de otra persona con el mismo nombre o de un error en sus registros antiguos.

Mientras lo comprueban, les pido que limiten el uso de mis datos: que no los traspasen a ninguna empresa de cobros ni los usen para nada relacionado con esa deuda hasta que se aclare.

Quedo a la espera de su respuesta.

Pablo Navarro""",
         "Pablo Navarro"),
        ("correction", ("deletion",),
         "Dirección antigua",
         """Hola,

En mi cuenta sigue apareciendo como dirección principal la de mi piso de estudiante en Lovaina la Nueva, de hace ya ocho años. Por favor, cámbienla por la actual: Rue Royale 150, 1000 Bruselas. Y las demás direcciones viejas que aparecen en la lista, bórrenlas, que ya no vivo en ninguna.

Gracias,
Elena Ortega""",
         "Elena Ortega"),
        ("other", (),
         "Puntos que caducan",
         """Hola:

Me ha llegado un aviso de que mis puntos de la tarjeta caducan a finales de noviembre porque hace mucho que no la uso. ¿Se pueden usar en la tienda online o solo en tienda física? Vivo lejos de sus tiendas.

Gracias,
Rosa Molina""",
         "Rosa Molina"),
        ("other", (),
         "¿Siguen vendiendo esta cafetera?",
         """Buenas,

Compré en su tienda en 2015 una cafetera italiana de inducción de 6 tazas, de la marca de la casa. Se me ha roto y me gustaría comprar exactamente la misma. ¿La siguen teniendo? No la encuentro en la web.

Un saludo,
Fernando Ramos""",
         "Fernando Ramos"),
        ("other", (),
         "No puedo entrar en mi cuenta antigua",
         """Hola,

Tengo una cuenta antigua con ustedes donde tengo un vale de 20 euros, pero no recuerdo la contraseña y el correo de recuperación es uno antiguo que ya eliminé. ¿Cómo puedo entrar? Es para usar el vale antes de que caduque.

Gracias de antemano,
Silvia Herrero""",
         "Silvia Herrero"),
    ],
    "it": [
        ("deletion", (),
         "Chiusura account inattivo",
         """Buongiorno,

ho un account da voi che non uso dal 2015. Vi chiedo di chiuderlo e di cancellare tutti i miei dati personali.

Grazie,
Marco Rossi""",
         "Marco Rossi"),
        ("portability", ("deletion",),
         "Richiesta dati in formato elettronico prima della chiusura",
         """Gentili Signori,

sono cliente dal 2014 e desidero chiudere il mio account. Prima però vorrei ricevere lo storico completo dei miei ordini (date, articoli, importi, indirizzi di consegna) in un file leggibile da computer, ad esempio CSV o JSON, come previsto dall'art. 20 del GDPR.

Una volta ricevuto il file, vi chiedo di cancellare l'account e i dati collegati.

Cordiali saluti,
Giulia Ferrari""",
         "Giulia Ferrari"),
        ("access", ("correction",),
         "Cosa conservate ancora di me?",
         """Buongiorno,

rientrando nel mio vecchio account ho notato che c'è ancora il mio cognome da sposata, Bianchi, che non uso più da anni. Mi chiedo cos'altro ci sia di vecchio nei vostri archivi.

Vorrei sapere quali dati personali conservate su di me e per quanto tempo li tenete. E naturalmente vi chiedo di correggere il cognome: il mio cognome è Colombo.

Cordialmente,
Francesca Colombo""",
         "Francesca Colombo"),
        ("objection", (),
         "Cessione dei dati del marchio chiuso",
         """Buonasera,

ho letto che avete chiuso il vostro marchio di abbigliamento "Linea Verde" e che i dati dei clienti verrebbero condivisi con il nuovo partner commerciale. Avevo comprato qualcosa su quel sito nel 2017.

Mi oppongo alla condivisione dei miei dati con questo partner o con chiunque altro. Vi chiedo di confermarmi per iscritto che i miei dati non verranno ceduti.

Luca Ricci""",
         "Luca Ricci"),
        ("withdraw_consent", ("objection",),
         "Revoca consenso SMS e profilazione",
         """Salve,

nel 2012 ho compilato un modulo cartaceo per la carta fedeltà e avevo dato il consenso agli SMS. Lo revoco: non voglio più ricevere SMS né e-mail promozionali.

Inoltre non voglio che il mio storico acquisti venga usato per profilarmi.

Grazie,
Alessandra Greco""",
         "Alessandra Greco"),
        ("complaint", (),
         "Dati conservati dopo la chiusura del negozio",
         """Spett.le Shop Example,

nel 2019 avete chiuso il negozio di Charleroi dove avevo la carta fedeltà. Ieri mi è arrivata una lettera al mio vecchio indirizzo, dove ora abita mia zia, che fa ancora riferimento a quel negozio e ai miei acquisti.

Trovo assurdo che dopo sette anni conserviate ancora indirizzo e acquisti legati a un negozio che non esiste più, e che li usiate per mandare posta. Non mi sembra rispettoso del principio di limitazione della conservazione. Vi chiedo una spiegazione; altrimenti mi rivolgerò all'autorità per la protezione dei dati.

Distinti saluti,
Roberto Esposito""",
         "Roberto Esposito"),
        ("restriction", (),
         "Non cancellate le fatture",
         """Buongiorno,

ho ricevuto il vostro avviso che il mio account verrà disattivato e i dati cancellati perché inattivo da due anni. Vi prego di non cancellare le fatture degli acquisti del 2024 (un frigorifero e una lavatrice), che mi servono per la garanzia.

Conservatele pure, ma senza usarle per altro. Non voglio pubblicità, solo che restino lì finché la garanzia è valida.

Grazie mille,
Paola Conti""",
         "Paola Conti"),
        ("other", (),
         "Punti fedeltà vecchia carta",
         """Buongiorno,

avevo una carta fedeltà del 2013 con dei punti, poi l'ho persa. Ora ne ho una nuova. Posso recuperare i punti della vecchia carta? Mi ricordo solo le ultime cifre: 4471.

Grazie,
Antonio Marino""",
         "Antonio Marino"),
        ("other", (),
         "Modello ancora in vendita?",
         """Salve,

vorrei sapere se vendete ancora il ferro da stiro "SteamMax 2000" che ho comprato da voi nel 2018. Mi trovo benissimo e ne vorrei uno uguale per mia figlia.

Cordiali saluti,
Giovanna Bruno""",
         "Giovanna Bruno"),
        ("other", (),
         "Come tolgo la vecchia carta dall'app?",
         """Ciao,

nell'app ho ancora la vecchia carta di credito scaduta salvata tra i metodi di pagamento e non riesco a eliminarla, il tasto non fa niente. Come faccio? Ogni volta devo selezionare quella nuova a mano.

Grazie,
Davide Gallo""",
         "Davide Gallo"),
    ],
    "pt": [
        ("access", (),
         "Candidatura de 2022",
         """Bom dia,

Em 2022 candidatei-me a uma vaga de operador de armazém na vossa empresa e não fui selecionado. Gostaria de saber que dados meus ainda guardam desse processo (currículo, notas da entrevista, etc.) e durante quanto tempo os vão manter.

Obrigado,
João Pereira""",
         "João Pereira"),
        ("deletion", ("withdraw_consent",),
         "Apagar conta antiga",
         """Olá,

Tenho uma conta convosco desde 2012 que já não uso há anos. Agradeço que a apaguem, juntamente com os meus dados, e que deixem de me enviar a newsletter.

Cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("correction", (),
         "Alteração de e-mail",
         """Boa tarde,

O meu antigo e-mail (anamaria.silva1975@sapo.pt) é agora usado pela minha mãe e ela continua a receber as vossas mensagens sobre a minha conta. Peço que alterem o endereço de e-mail da minha conta para este que uso agora.

Obrigada,
Ana Maria Silva""",
         "Ana Maria Silva"),
        ("restriction", ("objection",),
         "Manter histórico, mas sem o usar",
         """Exmos. Senhores,

Preciso que o meu histórico de compras continue guardado por causa da garantia de alguns eletrodomésticos comprados em 2023. No entanto, peço que não o utilizem para nada além disso enquanto a garantia estiver em vigor.

Em particular, oponho-me a que usem essas compras antigas para me traçar um perfil ou para escolher as ofertas que me enviam.

Com os melhores cumprimentos,
Manuel Costa""",
         "Manuel Costa"),
        ("complaint", ("deletion",),
         "Segundo pedido - sem resposta",
         """Exmos. Senhores,

No dia 30 de setembro pedi, por este mesmo endereço, que apagassem a minha conta antiga. Até hoje não recebi qualquer resposta, e continuo a receber e-mails vossos. Já passou mais de um mês.

É a segunda vez que escrevo e volto a pedir: apaguem a conta e os meus dados. Se não tiver resposta rapidamente, apresentarei queixa junto da autoridade de proteção de dados.

Rui Almeida""",
         "Rui Almeida"),
        ("portability", (),
         "Exportar dados em ficheiro",
         """Olá,

Gostava de receber todos os dados da minha conta, sobretudo o histórico de encomendas dos últimos dez anos, num ficheiro CSV ou JSON, para os poder levar para outra loja/aplicação.

Obrigado,
Tiago Martins""",
         "Tiago Martins"),
        ("withdraw_consent", (),
         "",
         """Boa tarde. Por favor tirem-me da vossa lista de e-mails, já não compro convosco desde 2015. Obrigada.

Fernanda Sousa""",
         "Fernanda Sousa"),
        ("other", (),
         "Vale de desconto na conta antiga",
         """Olá,

Recebi um e-mail com um vale de 10 euros para "voltar a comprar", mas a minha conta antiga pede uma palavra-passe que já não sei. Como posso recuperar o acesso para usar o vale?

Obrigada,
Sofia Carvalho""",
         "Sofia Carvalho"),
        ("other", (),
         "Garantia de aparelho antigo",
         """Bom dia,

Comprei um aspirador na vossa loja de Bruxelas em 2023 e ainda guardo a fatura. Deixou de funcionar esta semana. Ainda está dentro da garantia? Posso levá-lo a qualquer loja?

Cumprimentos,
Paulo Ferreira""",
         "Paulo Ferreira"),
        ("other", (),
         "Transferir pontos",
         """Olá,

Tenho dois cartões de cliente, um antigo e um novo, e queria juntar os pontos no novo. É possível? Depois posso deitar o antigo fora ou devo guardá-lo?

Obrigada,
Beatriz Lopes""",
         "Beatriz Lopes"),
    ],
}

"""Ninth set, people: requests inside noise (disclaimers, mixed languages, caps, questions, negations). Written apart from the rules (see make_ninth.py)."""

PEOPLE_C = {
    "en": [
        ("access", (), "app gone, data gone?",
         """Hi,

I uninstalled your app back in January and hit the "remove account" thing in the settings, or at least I thought I did. Then yesterday a birthday voucher from you lands in my inbox, so obviously you still have me somewhere.

So what's actually still on file about me? Which details, where they came from, and whether anyone else got them. I'm not asking you to do anything with it yet, I just want to see it first.

Cheers,
Priya

Sent from my iPhone""",
         "Priya Raman"),
        ("correction", (), "Re: Your account",
         """Hello,

To be clear, because the colleague on the chat misunderstood me: I do NOT want my account closed or deleted. I only need the e-mail address on it changed from m.okafor@brightline-logistics.com to michael.okafor@gmail.com, as I'm leaving this company at the end of the month. Customer number 20488173.

Regards

Michael Okafor
Senior Planner | Brightline Logistics NV
Noorderlaan 133, 2030 Antwerpen | T +32 3 545 12 80

DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this message and all copies from your system. Any unauthorised use, disclosure, copying or distribution is strictly prohibited. Brightline Logistics NV processes personal data in accordance with the General Data Protection Regulation (EU) 2016/679. For information on how we process your personal data and on your rights of access, rectification, erasure, restriction and objection, please consult our privacy notice at www.brightline-logistics.com/privacy.
Please consider the environment before printing this e-mail.""",
         "Okafor, Michael"),
        ("deletion", ("withdraw_consent",), "",
         """I WANT MY ACCOUNT CLOSED AND EVERYTHING YOU HAVE ON ME WIPED I BOUGHT ONE BARBECUE FROM YOU IN 2021 AND THAT WAS IT I DONT NEED AN ACCOUNT AND I DONT WANT IT LYING AROUND FOR HACKERS AND WHILE YOU ARE AT IT STOP THE EMAILS TOO I NEVER ASKED FOR THOSE
D HOLLOWAY""",
         "dave holloway"),
        ("objection", (), "question about ads",
         """Hi there,

Quick question. Is there some way to stop you from using what I buy on your site to pick the ads I get shown on Instagram and Facebook? Last week I ordered a baby gate and now my whole feed is pushchairs, which is a bit much. And could you maybe not pass my email on to your "advertising partners" in future?

I'm happy to keep getting your newsletter, it's just the targeting I don't like.

Thanks,
Hannah""",
         "Hannah Whitfield"),
        ("withdraw_consent", (), "nieuwsbrief / newsletter",
         """Hallo / hi,

Sorry my Dutch is not good enough yet so I'll switch to English. I signed up for the nieuwsbrief when I got the klantenkaart last spring, but it's now three mails a week and I'd like to stop receiving them please. Keep the loyalty card active though, I still use the points!

I couldn't find the afmelden link on my phone, maybe it's hidden at the bottom.

Bedankt,
Tom Brennan
(Leuven)""",
         "Tom Brennan"),
        ("complaint", ("access",), "Re: Re: Subject access request - T. Adeyemi",
         """This is now my third e-mail. I sent the request below on 4 February and got nothing except your automatic "we'll get back to you" message. The one month you have under the GDPR ran out weeks ago.

I still want everything I asked for. If I don't have it by Friday 28 March I'm filing a complaint with the Belgian Data Protection Authority, and I'll attach this whole thread.

Tunde Adeyemi

-----Original Message-----
From: Tunde Adeyemi
Sent: 04 February 2026 21:12
To: privacy@shop.example.be
Subject: Subject access request - T. Adeyemi

Dear Sir or Madam,
Please provide me with a copy of all personal data you hold about me, including order history, loyalty card data and any marketing profiles, together with the purposes and recipients. My account e-mail is this address.
Kind regards,
Tunde Adeyemi""",
         "Tunde Adeyemi"),
        ("other", (), "Updated price list 2026 + invoice INV-22914",
         """Dear purchasing team,

Please find attached our updated price list for the 2026 garden furniture collection (valid from 1 April) and invoice INV-22914 for the March delivery of 40 teak loungers. Payment terms unchanged, 30 days end of month. Let me know if you want to schedule the pre-season call.

Best regards,

Sandra Kowalczyk
Key Account Manager Benelux
Greenwood Outdoor Ltd | Unit 7, Riverside Park, Leeds LS11 5DB

-------------------------------------------------
CONFIDENTIALITY NOTICE: The information contained in this e-mail is intended solely for the addressee and may contain confidential or privileged information. If you have received this message in error, please inform the sender and delete it immediately; you must not copy, forward or otherwise use its contents.
DATA PROTECTION: Greenwood Outdoor Ltd processes personal data (including names, e-mail addresses and telephone numbers of business contacts) in accordance with the UK GDPR, the EU GDPR and the Data Protection Act 2018. You have the right to request access to, correction or erasure of your personal data and to object to its processing. To exercise these rights, or to withdraw your consent to marketing communications, contact dpo@greenwood-outdoor.co.uk. Our full privacy policy is available at greenwood-outdoor.co.uk/privacy.
Greenwood Outdoor Ltd, registered in England and Wales no. 04418832.""",
         "Sandra Kowalczyk"),
        ("other", (), "wishlist",
         """hi how do I delete things from my wishlist?? there's a parasol on there I already bought in a shop and it keeps sitting at the top of the list. can't see a bin icon anywhere on the app. thanks""",
         "Gemma"),
    ],
    "nl": [
        ("deletion", (), "compte / account",
         """Goeiedag, bonjour,

Ik schrijf in de twee talen want ik weet niet wie dit leest. Ik heb twee jaar geleden een account bij jullie aangemaakt voor één bestelling (een tuinslang) en ik gebruik het nooit meer. Mag dat account weg, met alles erop en eraan?

Je n'utilise plus du tout mon compte client, alors je préfère que vous effaciez tout ce que vous avez sur moi : nom, adresse, historique, tout. Merci de me confirmer quand c'est fait.

Dank u / merci,
Nathalie Verhaegen-Dupont
Sint-Gillis / Saint-Gilles""",
         "Nathalie Verhaegen"),
        ("correction", (), "Verkeerde naam in mijn klantenaccount",
         """Dag,

Op mijn klantenaccount en op de facturen staat mijn familienaam als "Vanderstraete", dat moet "Vanderstraeten" zijn (met n). Kunnen jullie dat aanpassen? Klantnummer 30117456.

Met vriendelijke groeten,

Ir. Koen Vanderstraeten
Projectleider Infrastructuur
Studiebureau Lambrecht & Co bv | Kortrijksesteenweg 1092, 9051 Gent

Dit e-mailbericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Indien u niet de bedoelde ontvanger bent, verzoeken wij u de afzender onmiddellijk te verwittigen en het bericht te verwijderen. Elk gebruik, openbaarmaking of verspreiding is verboden. Studiebureau Lambrecht & Co verwerkt uw persoonsgegevens in overeenstemming met de Algemene Verordening Gegevensbescherming (AVG/GDPR). U heeft recht op inzage, verbetering en verwijdering van uw gegevens; meer info in onze privacyverklaring op www.lambrecht-co.be/privacy.
This e-mail and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete this message. Your personal data are processed in accordance with the GDPR.""",
         "Koen Vanderstraeten | Lambrecht & Co"),
        ("portability", (), "bestellingen in Excel?",
         """Hallo,

Kan ik al mijn bestellingen van de laatste jaren ergens in een bestand krijgen dat ik zelf kan inlezen, CSV of Excel of zoiets? Ik hou al mijn uitgaven voor huis en tuin bij in een budget-app en ik wil mijn aankopen bij jullie daarin importeren in plaats van alles over te typen uit de pdf-facturen. Of kunnen jullie dat misschien rechtstreeks naar die app doorsturen?

Groetjes,
Els""",
         "Els Maes"),
        ("restriction", (), "NIET verwijderen aub",
         """Beste,

Ik lees op jullie site dat klantgegevens na een tijd gewist worden. Verwijder mijn gegevens en de bestelling van de veranda-zonwering (order 88213) alstublieft NIET, ik heb die nog nodig als bewijs in een geschil met mijn verzekeraar over de stormschade.

Maar ik wil ook niet dat jullie ze intussen nog voor iets anders gebruiken: geen reclame, geen analyses, niks. Gewoon bijhouden tot het dossier rond is, ik laat het weten wanneer.

Mvg,
Patrick De Smet""",
         "Patrick De Smet"),
        ("objection", (), "RECLAME",
         """STOP MET MIJN GEGEVENS DOOR TE GEVEN AAN JULLIE RECLAMEPARTNERS IK ZIE OVERAL ADVERTENTIES VAN DIE BLOEMBAKKEN DIE IK BIJ JULLIE GEKOCHT HEB OP FACEBOOK OP GOOGLE OVERAL DAT WIL IK NIET MEER ZE MOGEN NIKS VAN MIJ WETEN
RIA""",
         "ria.claes"),
        ("withdraw_consent", (), "",
         """Goeiemorgen, graag mij uitschrijven voor de nieuwsbrief, ik vind die link nergens op mijn gsm. Account mag blijven. Dank!

--
Mieke Wouters
Boekhoudkantoor Wouters & Peeters
Vertrouwelijkheid: deze e-mail is enkel bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, gelieve ons te verwittigen en het te wissen. Wij behandelen persoonsgegevens volgens de GDPR, zie www.wouters-peeters.be/privacy.

Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
         "Mieke Wouters"),
        ("other", (), "minder mails",
         """Hallo,

Schrijf me zeker niet uit hè, ik wil jullie nieuwsbrief blijven krijgen! Alleen is elke dag een beetje veel. Waar in mijn account kan ik instellen dat ik maar één keer per week iets krijg? Ik vind die instelling niet.

Groeten,
Jef""",
         "Jef Van Roy"),
        ("other", (), "Open sollicitatie - magazijnmedewerker",
         """Geachte,

Hierbij stel ik mij kandidaat voor een functie als magazijnmedewerker of orderpicker in jullie distributiecentrum in Willebroek. Ik heb vijf jaar ervaring met heftruck en reachtruck en mijn VCA-attest. Mijn cv zit in bijlage.

Ik geef toestemming om mijn persoonsgegevens te verwerken in het kader van deze sollicitatieprocedure. Als er nu geen vacature is, mogen jullie mijn cv een jaar bijhouden in jullie wervingsreserve; daarna mag het verwijderd worden.

Met vriendelijke groeten,
Youssef El Amrani
0478 12 34 56""",
         "Youssef El Amrani"),
    ],
    "fr": [
        ("access", (), "Demande",
         """Bonjour,

J'aimerais savoir ce que vous avez exactement comme informations sur moi chez vous : ce que j'ai acheté, ce qui est lié à ma carte de fidélité, et si vous avez transmis quelque chose à d'autres sociétés. Pouvez-vous m'envoyer tout ça ?

Bien à vous,

Véronique Lemaire
Assistante de direction
Cabinet Delvaux & Associés SRL – Avenue Louise 287, 1050 Bruxelles

AVERTISSEMENT : Ce message et ses annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer. Toute utilisation ou diffusion non autorisée est interdite. Vos données à caractère personnel sont traitées conformément au Règlement général sur la protection des données (RGPD) ; pour exercer vos droits d'accès, de rectification ou d'effacement, consultez notre politique de confidentialité sur www.delvaux-associes.be.
DISCLAIMER: Dit bericht en de bijlagen zijn vertrouwelijk. Indien u dit bericht per vergissing ontving, gelieve de afzender te verwittigen en het te verwijderen.""",
         "LEMAIRE Véronique"),
        ("deletion", (), "mon compte",
         """Bonsoir,
est-ce que c'est possible que mon compte disparaisse complètement de chez vous ? Et mon adresse, mon numéro de téléphone et tout le reste avec ? Je ne commande plus rien depuis que j'ai déménagé en appartement, je n'ai plus de jardin...
Merci d'avance
Josiane""",
         "Josiane Lambotte"),
        ("portability", (), "récupérer mon historique",
         """Bonjour,

Je pars vivre à Lille et je vais commander sur un autre site. Je voudrais récupérer mon historique de commandes et mes infos de compte dans un fichier que je peux réutiliser, genre CSV ou JSON. Pas les factures en PDF une par une, j'ai déjà essayé, c'est inutilisable.

Si c'est plus simple, vous pouvez aussi les envoyer directement au nouveau site, je vous donne l'adresse.

Cordialement,
Mathieu Collignon""",
         "Mathieu Collignon"),
        ("restriction", (), "Commande 77102 - ne rien effacer",
         """Madame, Monsieur,

Je conteste l'exactitude de l'adresse de livraison enregistrée pour ma commande 77102 ; votre transporteur affirme avoir livré à une adresse que je n'ai jamais indiquée. Mon avocat s'occupe du litige.

Je ne vous demande pas de supprimer ni de corriger quoi que ce soit pour l'instant. Je vous demande en revanche de geler ces données : conservez-les telles quelles, mais ne les utilisez plus pour rien d'autre tant que la vérification n'est pas terminée.

Veuillez agréer mes salutations distinguées.

Gérard Hainaut""",
         "Gérard Hainaut"),
        ("withdraw_consent", (), "STOP",
         """DESINSCRIVEZ MOI DE VOS MAILS PUBLICITAIRES J AI DONNE MON ACCORD UNE FOIS POUR UN CONCOURS ET DEPUIS JE RECOIS 4 MAILS PAR SEMAINE CA SUFFIT MERCI""",
         "R. Gilson"),
        ("complaint", (), "Données d'une autre cliente ?!",
         """Bonjour,

Je viens de recevoir votre mail "Votre commande est en route" et ce n'est pas ma commande : il y a le nom, l'adresse complète à Namur, le numéro de téléphone et le détail des achats d'une certaine Mme D. Je suppose donc qu'elle a reçu les miens.

C'est quand même grave. Je trouve inadmissible qu'une boutique en ligne fasse ce genre d'erreur et je compte le signaler à l'Autorité de protection des données. J'attends de votre part une explication sur ce qui s'est passé.

Sophie Marchal""",
         "Sophie Marchal"),
        ("other", (), "Votre conformité RGPD en 2026 – 15 minutes ?",
         """Bonjour,

Je suis consultant chez DataShield Conseil. Nous accompagnons les e-commerçants belges dans leur mise en conformité RGPD : registre des traitements, gestion des demandes d'accès et d'effacement, bandeau cookies, analyse d'impact.

Seriez-vous disponible pour un appel de 15 minutes la semaine prochaine ? Je peux vous montrer comment nos clients traitent une demande d'exercice de droits en moins de 48h.

Bien cordialement,
Julien Renard
DataShield Conseil SRL

Conformément au RGPD, vous pouvez vous opposer à tout moment à la réception de nos communications en répondant « STOP » à ce message. Vos coordonnées professionnelles ont été collectées sur votre site web.""",
         "Julien Renard - DataShield"),
        ("other", (), "cookies",
         """Bonjour, une petite question : pourquoi votre bandeau cookies réapparaît-il à chaque visite alors que j'ai déjà fait mon choix ? Et quels cookies utilisez-vous exactement pour les "statistiques" ? Je suis juste curieux, je n'ai pas besoin que vous changiez quelque chose sur mon compte. Merci, Olivier""",
         "Olivier P."),
    ],
    "de": [
        ("access", (), "Anfrage Kundendaten",
         """Sehr geehrte Damen und Herren,

bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben, woher Sie diese haben und an wen Sie sie gegebenenfalls weitergegeben haben. Meine Kundennummer lautet 40321987.

Mit freundlichen Grüßen
Dr. Andrea Brückner

--
Dr. Andrea Brückner
Leiterin Qualitätsmanagement
Hellwig Medizintechnik GmbH | Industriestraße 14 | 52070 Aachen
Tel. +49 241 99870-212

Geschäftsführer: Thomas Hellwig, Maria Sander | Sitz der Gesellschaft: Aachen | Amtsgericht Aachen HRB 18842 | USt-IdNr. DE 812 334 509

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet. Informationen zur Verarbeitung Ihrer personenbezogenen Daten nach Art. 13 DSGVO sowie zu Ihren Rechten auf Auskunft, Berichtigung, Löschung und Widerspruch finden Sie unter www.hellwig-medizintechnik.de/datenschutz.""",
         "Brückner, Andrea Dr."),
        ("correction", (), "Umzug - Konto bitte NICHT löschen",
         """Guten Tag,

ich bin von Eupen nach St. Vith umgezogen. Ihr Kollege am Telefon meinte, am einfachsten wäre es, das Konto zu löschen und ein neues anzulegen. Das möchte ich auf keinen Fall, da hängen meine Treuepunkte dran!

Bitte einfach die Adresse ändern:
alt: Haasstraße 41, 4700 Eupen
neu: Klosterstraße 8, 4780 St. Vith

Danke und schöne Grüße
Bernd Kessler""",
         "Bernd Kessler"),
        ("portability", (), "Datenexport / data export",
         """Hallo zusammen,

ich wechsle zu einem anderen Shop und würde gern meine Daten mitnehmen, also Bestellhistorie, Lieferadressen, Merkzettel usw. Gibt es dafür einen Export, idealerweise als CSV oder JSON, so dass ich das beim neuen Anbieter importieren kann? Ein "machine-readable format" halt, wie es so schön heißt. Screenshots aus dem Kundenkonto bringen mir nichts.

Danke vorab!
Lukas""",
         "Lukas Schmitt"),
        ("restriction", (), "Konto vorübergehend sperren?",
         """Hallo,

könnten Sie mein Kundenkonto vorerst sperren, ohne es zu löschen? Ich habe einen Rechtsstreit mit dem Hersteller des Pools, den ich 2024 bei Ihnen gekauft habe, und mein Anwalt braucht eventuell noch die Bestell- und Lieferdaten. Bis das Verfahren durch ist, möchte ich aber nicht, dass mit meinen Daten sonst irgendetwas gemacht wird, also keine Werbung, keine Auswertungen. Löschen bitte auf keinen Fall.

Geht das überhaupt?

Viele Grüße
Claudia W.""",
         "Claudia Wendt"),
        ("objection", (), "werbung",
         """hallo ich will nicht dass ihr auswertet was ich bei euch kaufe und mir dann personalisierte werbung zeigt und auch nicht dass ihr meine daten an facebook oder google weitergebt für eure anzeigen das habe ich nie gewollt und widerspreche dem hiermit bitte bestätigen danke m. krause""",
         "Monika Krause"),
        ("complaint", ("deletion",), "Erinnerung: meine Anfrage vom 3. März",
         """Sehr geehrte Damen und Herren,

am 3. März habe ich Sie gebeten, mein Konto und alle dazugehörigen Daten zu löschen (siehe unten). Eine Antwort habe ich bis heute nicht erhalten, stattdessen kam letzte Woche wieder Ihr Katalog.

Ich fordere Sie ein letztes Mal auf, die Löschung durchzuführen und mir schriftlich zu bestätigen. Andernfalls werde ich mich an die belgische Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Heinz Lorenz

> Am 03.03.2026 um 19:40 schrieb Heinz Lorenz:
> Bitte löschen Sie mein Kundenkonto (heinz.lorenz@t-online.de) und sämtliche
> gespeicherten Daten. Vielen Dank.""",
         "Heinz Lorenz"),
        ("other", (), "Frage zu Gartenschlauch Artikel 55-3310",
         """Guten Tag,

ist der Gartenschlauch "FlexiPro 25 m" (Art. 55-3310) frostfest, bzw. kann er im Winter draußen bleiben? Und gibt es dazu passende Kupplungen von Gardena?

Mit freundlichen Grüßen
Stefan Hoffmann

Stadtwerke Neuhausen AG | Abteilung Einkauf
Diese Nachricht ist ausschließlich für den bezeichneten Adressaten bestimmt. Sie kann vertrauliche Informationen enthalten. Sollten Sie diese Nachricht irrtümlich erhalten haben, löschen Sie sie bitte und benachrichtigen Sie den Absender. Hinweise zum Datenschutz: Wir verarbeiten Ihre personenbezogenen Daten gemäß DSGVO. Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Widerspruch und Datenübertragbarkeit. Datenschutzbeauftragter: datenschutz@stadtwerke-neuhausen.de""",
         "Hoffmann, Stefan (SWN)"),
        ("other", (), "Passwort",
         """Hallo, ich komme nicht mehr in mein Kundenkonto, beim "Passwort vergessen" kommt keine Mail an (auch nicht im Spam). Ich will bestellen, was kann ich tun? Gruß J. Becker""",
         "Jana Becker"),
    ],
    "es": [
        ("access", (), "pregunta",
         """Hola buenas,

me llegó un catálogo vuestro a casa de mis padres en Valladolid, donde ya no vivo, y me ha entrado la curiosidad: ¿qué datos míos tenéis guardados exactamente? ¿Direcciones, compras, lo de la tarjeta de puntos...? ¿Me podéis mandar lo que tengáis?

Gracias

Enviado desde mi iPhone""",
         "Lucía Herrero"),
        ("correction", (), "cambio de dirección / adreswijziging",
         """Hola,

os escribo en español porque mi neerlandés todavía es de nivel A2, perdón. En mi cuenta sigue apareciendo que vivo en la Sint-Pietersnieuwstraat 120 en Gent, pero me mudé en enero. La dirección buena es:

Kortrijksesteenweg 455, bus 3
9000 Gent

Y el móvil también ha cambiado, ahora es el 0470 55 81 20. ¿Podéis actualizarlo? No quiero cerrar la cuenta ni nada, solo que esté bien.

Dank je wel!
Javier Morales""",
         "Javier Morales Ruiz"),
        ("deletion", ("withdraw_consent",), "Baja",
         """buenas tardes quiero que borren mi cuenta y todos mis datos personales que tengan ustedes no he comprado nada desde hace tres años y no entiendo por que siguen teniendo mi direccion y mi telefono y tambien que dejen de mandarme los correos de ofertas y el boletin que me apunte una vez y ya no lo quiero gracias un saludo Mari Carmen""",
         "MARI CARMEN GIL"),
        ("restriction", (), "No borren nada todavía",
         """Buenos días:

He presentado una reclamación ante mi banco por un cargo duplicado del pedido 63390 (el banco está investigando). Les pido que NO borren los datos de ese pedido ni de mi cuenta, porque pueden hacer falta como prueba, pero que mientras dure la investigación no los utilicen para nada más: ni publicidad, ni estadísticas, ni envíos a terceros. Solo guardarlos.

¿Me pueden confirmar que lo hacen así?

Atentamente,
Fernando Castillo""",
         "Fernando Castillo"),
        ("objection", (), "Perfiles",
         """Estimados señores:

Me opongo a que utilicen mis datos de compra y de navegación para elaborar perfiles comerciales o para mostrarme publicidad personalizada, tanto en su web como en redes sociales.

Un saludo,

Alberto Jiménez Prieto
Departamento Financiero
Grupo Arvensis Logística, S.L. – C/ Alcalá 201, 28028 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Grupo Arvensis Logística, S.L. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía.
PROTECCIÓN DE DATOS: De conformidad con lo dispuesto en el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos serán tratados por Grupo Arvensis Logística, S.L. con la finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión, limitación, portabilidad y oposición dirigiéndose a lopd@arvensis.es. Asimismo, tiene derecho a presentar una reclamación ante la Agencia Española de Protección de Datos.""",
         "Alberto Jiménez Prieto"),
        ("withdraw_consent", (), "newsletter",
         """Hola,

No quiero darme de baja de la cuenta, que la uso bastante. Lo único es que ya no quiero recibir la newsletter ni los correos de promociones. ¿Podéis quitarme de esa lista?

Saludos,
Nuria""",
         "Nuria Soler"),
        ("other", (), "Calendario de entregas macetas terracota – temporada primavera",
         """Buenos días,

Les adjunto el calendario de entregas de las macetas de terracota para la temporada de primavera. El primer camión sale de Valencia el 14 de marzo; los palés llegarán a su almacén de Willebroek hacia el 18. Por favor, confírmenme la franja horaria de descarga.

Un saludo,
Inmaculada Ferrer
Dpto. Exportación – Cerámicas Ferrer Hnos., S.L.

Este correo electrónico y, en su caso, cualquier fichero anexo al mismo, contiene información de carácter confidencial exclusivamente dirigida a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros sin la previa autorización escrita. En caso de haber recibido este correo electrónico por error, se ruega notificar inmediatamente esta circunstancia mediante reenvío a la dirección electrónica del remitente y eliminarlo. En cumplimiento del RGPD, le informamos de que sus datos personales forman parte de un fichero responsabilidad de Cerámicas Ferrer Hnos., S.L. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición en rgpd@ceramicasferrer.es.""",
         "Inmaculada Ferrer | Cerámicas Ferrer"),
        ("other", (), "pedido duplicado",
         """Hola! ¿Podéis borrar el pedido 55120? Lo hice dos veces sin querer, el bueno es el 55121 (misma tumbona). Si ya está pagado, ¿me devolvéis el dinero a la tarjeta? Gracias!!""",
         "Carlos"),
    ],
    "it": [
        ("correction", (), "data di nascita sbagliata",
         """Buongiorno,

sarebbe possibile correggere la data di nascita nel mio profilo? Risulta 12/07/1987 ma io sono nata il 21/07/1978, immagino un errore di battitura quando ho fatto la tessera. Per questo il buono compleanno mi arriva sempre nel giorno sbagliato :)

Grazie mille,
Francesca Bellini""",
         "Francesca Bellini"),
        ("deletion", (), "Account",
         """Bonjour,

excusez-moi, je continue en italien, c'est plus facile pour moi.

Sono italiana, vivo a Bruxelles da tre anni e avevo creato un account da voi per comprare dei vasi per il balcone. Adesso torno a vivere a Torino e non ho più bisogno dell'account: potete chiuderlo e togliere tutti i miei dati dai vostri sistemi? Non voglio che restino in giro.

Merci beaucoup / grazie,
Giulia Ferraro""",
         "Giulia Ferraro"),
        ("portability", (), "Richiesta dati in formato elettronico",
         """Buongiorno,

vorrei ricevere i dati del mio account (ordini, indirizzi, punti fedeltà) in un formato strutturato e leggibile da computer, per poterli caricare in un altro servizio. Se possibile in JSON o CSV.

Cordiali saluti

Ing. Marco Rinaldi
Responsabile IT
Tecnoservizi Adriatica S.r.l. – Via dell'Industria 22, 60027 Osimo (AN)

Le informazioni contenute in questo messaggio di posta elettronica e nei relativi allegati sono riservate e destinate esclusivamente al destinatario. Qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo senza copiarlo e di darne notizia al mittente. Ai sensi del Regolamento UE 2016/679 (GDPR), La informiamo che i Suoi dati personali sono trattati da Tecnoservizi Adriatica S.r.l. nel rispetto della normativa vigente; potrà esercitare i diritti di accesso, rettifica, cancellazione e opposizione scrivendo a privacy@tecnoservizi-adriatica.it.
This e-mail and any attachments are confidential and intended solely for the addressee. If you received it by mistake, please delete it and notify the sender.""",
         "Marco Rinaldi - Tecnoservizi Adriatica"),
        ("objection", (), "DATI",
         """NON VOGLIO CHE I MIEI DATI VENGANO PASSATI AI VOSTRI PARTNER PUBBLICITARI NE USATI PER LA PUBBLICITA PERSONALIZZATA MI OPPONGO. CONFERMATEMELO PER ISCRITTO
ROBERTO GALLI""",
         "roberto galli"),
        ("withdraw_consent", (), "email",
         """Salve, potreste gentilmente non mandarmi più le vostre offerte via email? Avevo messo la spunta quando mi sono registrata ma adesso sono troppe. L'account lo tengo. Grazie, Anna""",
         "Anna Colombo"),
        ("complaint", ("access",), "Telefonata da un'assicurazione",
         """Buonasera,

oggi mi ha chiamato una società di assicurazioni per propormi una polizza casa. Sapevano il mio nome, il mio numero di cellulare e che ho comprato da voi una casetta da giardino a febbraio. Quel numero l'ho dato soltanto a voi, per la consegna.

Trovo la cosa molto scorretta: nessuno mi ha mai chiesto il permesso di passare i miei dati a nessuno. Voglio sapere a chi li avete dati e cosa avete comunicato esattamente. Se non ricevo spiegazioni mi rivolgerò al Garante / all'autorità belga.

Paolo Mancini""",
         "Paolo Mancini"),
        ("other", (), "Richiesta intervista – articolo sulla privacy nell'e-commerce",
         """Gentile ufficio stampa,

sono una giornalista del settimanale "Il Consumatore Europeo" e sto preparando un articolo su come i negozi online gestiscono le richieste dei clienti in materia di dati personali (GDPR, cancellazione degli account, cookie). Sareste disponibili per una breve intervista telefonica o per rispondere a qualche domanda per iscritto entro il 20 del mese?

Cordiali saluti,
Elena Moretti
Redazione Bruxelles""",
         "Elena Moretti"),
        ("other", (), "lista dei desideri",
         """ciao non riesco a togliere un articolo dalla lista dei desideri (il dondolo grigio) se premo sul cuoricino non succede niente. da pc uguale. mi dite come si fa? grazie""",
         "Simona"),
    ],
    "pt": [
        ("access", (), "Pedido de informação",
         """Exmos. Senhores,

Venho por este meio solicitar que me informem sobre quais os dados pessoais meus que se encontram na vossa posse, para que finalidades são utilizados e se foram comunicados a terceiros. Agradeço o envio de uma cópia.

Com os melhores cumprimentos,

Rui Fernandes
Diretor Comercial
Lusofrio – Equipamentos de Refrigeração, Lda.
Rua do Freixo 412, 4300-219 Porto

AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao destinatário indicado. Se recebeu esta mensagem por engano, por favor informe o remetente e apague-a de imediato. É proibida qualquer utilização, divulgação ou cópia não autorizada. A Lusofrio trata os seus dados pessoais em conformidade com o Regulamento Geral sobre a Proteção de Dados (RGPD). Para exercer os seus direitos de acesso, retificação, apagamento ou oposição, contacte privacidade@lusofrio.pt.""",
         "Rui Fernandes | Lusofrio"),
        ("correction", (), "nome mal escrito / nom mal écrit",
         """Bom dia, bonjour,

O meu apelido está mal escrito na conta e nas faturas: aparece "Goncalves" e é "Gonçalves", com cedilha. Et le prénom c'est "Conceição", pas "Conceicao". Je sais que c'est un détail mas para as faturas da empresa preciso do nome certo.

Vous pouvez corriger s'il vous plaît ? Obrigada!

Maria da Conceição Gonçalves
Anderlecht""",
         "Maria Goncalves"),
        ("portability", (), "meus dados",
         """Oi, tudo bem? Vocês conseguem me mandar os meus dados de cliente (pedidos, endereço, pontos do cartão) num arquivo tipo planilha ou CSV? Quero levar tudo pra outra loja que tem um programa de importação de histórico. Ou dá pra vocês mandarem direto pra eles? Valeu! Thiago""",
         "Thiago Almeida"),
        ("restriction", (), "NAO APAGUEM",
         """BOA TARDE
NAO APAGUEM A MINHA CONTA NEM OS MEUS DADOS. ESTOU A CONTESTAR A FATURA DA ENCOMENDA 70415 E PRECISO DE TUDO COMO ESTA. MAS ATE ISTO ESTAR RESOLVIDO NAO QUERO QUE OS MEUS DADOS SEJAM USADOS PARA MAIS NADA. SO GUARDEM.
JOAQUIM PEREIRA""",
         "JOAQUIM PEREIRA"),
        ("withdraw_consent", (), "emails e sms",
         """boa tarde queria deixar de receber os emails de promocoes e as sms tambem ja nao me lembro quando disse que sim mas agora nao quero mais a conta pode ficar obrigada Fatima Sousa""",
         "Fátima Sousa"),
        ("complaint", ("deletion",), "RE: [Ticket #48213] O seu pedido foi recebido",
         """Boa tarde,

Recebi esta resposta automática há sete semanas e desde então nada. Pedi para apagarem a minha conta e todos os meus dados, e continuo a receber as vossas newsletters, o que prova que nada foi feito.

Isto não é aceitável. Voltem a tratar o pedido e confirmem-me o apagamento por escrito. Se não houver resposta até ao fim do mês, apresento queixa na autoridade de proteção de dados belga.

Ana Ribeiro

---------- Mensagem original ----------
De: privacy@shop.example.be
Data: 12/01/2026
Assunto: [Ticket #48213] O seu pedido foi recebido

Obrigado pelo seu contacto. O seu pedido foi registado com o número #48213 e será tratado com a maior brevidade possível. Por favor não responda a esta mensagem.""",
         "Ana Ribeiro"),
        ("other", (), "Fatura FT 2026/118 – vasos de cerâmica",
         """Bom dia,

Segue em anexo a fatura FT 2026/118 relativa à encomenda de 600 vasos de cerâmica vidrada, expedida ontem de Alcobaça. O prazo de pagamento é de 45 dias. Qualquer questão, estou ao dispor.

Cumprimentos,
Carla Matos
Cerâmica Alcobacense, S.A.

Esta mensagem pode conter informação confidencial. Se não é o destinatário, por favor apague-a e avise o remetente. Os dados pessoais constantes desta comunicação são tratados nos termos do RGPD; pode exercer os seus direitos de acesso, retificação e eliminação através de rgpd@ceramicaalcobacense.pt.
This message may contain confidential information. If you are not the intended recipient, please delete it and notify the sender.""",
         "Carla Matos"),
        ("other", (), "pontos do cartão",
         """Olá,

Não quero cancelar a conta nem nada do género, é só uma dúvida: como é que uso os pontos do cartão de cliente numa compra online? Tenho 1.240 pontos e no carrinho não aparece opção nenhuma.

Obrigado,
Nuno""",
         "Nuno Carvalho"),
    ],
    "pl": [
        ("access", (), "pytanie o moje dane",
         """Dzień dobry,

czy mogę się dowiedzieć, jakie dane o mnie u Państwa są przechowywane? Chodzi mi o wszystko: konto, zamówienia, karta stałego klienta, ewentualne zgody marketingowe. I czy ktoś poza Państwem ma do nich dostęp?

Pozdrawiam serdecznie
Katarzyna Nowicka""",
         "Katarzyna Nowicka"),
        ("deletion", (), "konto / account",
         """Hej, sorry za mix języków, pracuję w Antwerpii i w pracy wszystko po angielsku :)

Chciałbym żeby moje konto u was zostało usunięte, razem ze wszystkimi danymi. I don't use it anymore, zamówiłem raz grilla i tyle. Please just remove everything i dajcie znać jak będzie done.

Dzięki,
Paweł

Wysłane z mojego iPhone'a""",
         "Paweł Zieliński"),
        ("portability", (), "Eksport danych",
         """Dzień dobry,

proszę o przekazanie moich danych (historia zamówień, adresy dostaw, punkty lojalnościowe) w ustrukturyzowanym formacie nadającym się do odczytu maszynowego, np. CSV lub JSON, abym mógł przenieść je do innego sklepu.

Z poważaniem
Tomasz Wiśniewski

Tomasz Wiśniewski | Kierownik Projektu
BudMax Sp. z o.o. | ul. Przemysłowa 18, 61-048 Poznań

Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest Pan/Pani adresatem niniejszej wiadomości, jej rozpowszechnianie, kopiowanie lub inne działanie o podobnym charakterze jest prawnie zabronione. Jeżeli otrzymał/a Pan/Pani tę wiadomość przez pomyłkę, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie jej. Administratorem Pani/Pana danych osobowych jest BudMax Sp. z o.o. Dane przetwarzane są zgodnie z RODO. Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz wniesienia sprzeciwu. Szczegóły: budmax.pl/rodo.""",
         "Tomasz Wiśniewski"),
        ("restriction", (), "Nie usuwajcie!",
         """Dzień dobry,

bardzo proszę NIE usuwać mojego konta ani danych z zamówienia 58802 (kosiarka). Toczy się postępowanie reklamacyjne u producenta i te dane mogą być potrzebne jako dowód. Jednocześnie proszę, żeby do czasu zakończenia sprawy nie były one wykorzystywane do niczego innego: żadnych reklam, newsletterów, analiz. Po prostu mają leżeć.

Dziękuję,
Grzegorz Kamiński""",
         "Grzegorz Kamiński"),
        ("objection", (), "PROFILOWANIE",
         """SPRZECIWIAM SIE PROFILOWANIU MOICH ZAKUPOW I WYSYLANIU MOICH DANYCH DO FACEBOOKA I GOOGLE W CELACH REKLAMOWYCH. NIE CHCE SPERSONALIZOWANYCH REKLAM. PROSZE O POTWIERDZENIE
J. WOJCIK""",
         "jan.wojcik"),
        ("complaint", (), "wyciek adresów w newsletterze",
         """Dzień dobry,

Wasz ostatni mail z promocją na meble ogrodowe przyszedł z kilkuset adresami e-mail innych klientów widocznymi w polu "Do". Mój adres też tam jest, razem z imieniem i nazwiskiem, więc teraz zna go każdy z tej listy. Już dostałem dwa maile ze spamem.

To jest naruszenie ochrony danych i oczekuję wyjaśnień, co zamierzacie z tym zrobić. Zgłaszam sprawę również do belgijskiego organu nadzorczego.

Marek Lewandowski""",
         "Marek Lewandowski"),
        ("other", (), "CV - magazynier",
         """Dzień dobry,

w załączeniu przesyłam swoje CV w odpowiedzi na ogłoszenie o pracę na stanowisku magazyniera w Willebroek. Mówię po polsku, angielsku i trochę po niderlandzku, mam uprawnienia na wózek widłowy.

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO). Wyrażam również zgodę na przetwarzanie moich danych w przyszłych procesach rekrutacyjnych.

Z poważaniem
Adam Szymański
+32 486 22 19 07""",
         "Adam Szymański"),
        ("other", (), "paczka",
         """dzien dobry zamowienie 60231 mialo byc w piatek a dalej nic, w sledzeniu pisze ze paczka jest w depocie w Mechelen od 4 dni. kiedy bedzie dostawa? pozdrawiam""",
         "Ewa K."),
    ],
    "cs": [
        ("access", (), "",
         """dobrý den chtěla bych vědět jaké údaje o mně u vás máte protože mi chodí reklamy na věci které jsem u vás hledala a přitom jsem nic nekoupila tak by mě zajímalo co všechno o mně evidujete a odkud to máte pošlete mi to prosím děkuji Lenka Horáková""",
         "Lenka Horáková"),
        ("correction", (), "Oprava adresy",
         """Dobrý den,

šlo by mi v účtu opravit adresu? Místo "Vinohradská 12" tam mám "Vinohradská 21" a kurýr mi poslední zásilku vozil ke špatnému vchodu. Správně je Vinohradská 12, 120 00 Praha 2.

Děkuji,
Petr Dvořák""",
         "Petr Dvořák"),
        ("deletion", (), "ZRUSENI UCTU",
         """DOBRY DEN ZRUSTE MI PROSIM UCET A SMAZTE VSECHNY MOJE UDAJE JMENO ADRESU TELEFON VSECHNO. UZ U VAS NEBUDU NAKUPOVAT.
JAROSLAV NOVAK""",
         "Jaroslav Novák"),
        ("portability", (), "data export",
         """Ahoj,

potřeboval bych export mých dat z vašeho e-shopu – objednávky, adresy, body z věrnostního programu – ideálně jako JSON, případně CSV. Chci to naimportovat do jiného shopu, který podporuje data import. Nějaký "Download my data" button jsem v účtu nenašel.

Díky,
Ondřej""",
         "Ondřej Kučera"),
        ("objection", (), "Sledování a reklama",
         """Dobrý den,

nesouhlasím s tím, abyste sledovali mé chování na vašem webu a předávali údaje reklamním partnerům (Meta, Google) pro cílenou reklamu. Tímto vznáším námitku proti takovému zpracování.

S pozdravem

Ing. Martina Procházková
Vedoucí účtárny
Stavby Morava a.s. | Křenová 58, 602 00 Brno

Tento e-mail a jeho přílohy jsou důvěrné a jsou určeny výhradně adresátovi. Pokud jste tento e-mail obdrželi omylem, informujte prosím odesílatele a e-mail vymažte. Informace o zpracování osobních údajů a o vašich právech (přístup, oprava, výmaz, námitka) naleznete na www.stavbymorava.cz/gdpr.
This e-mail and any attachments are confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it.""",
         "Procházková Martina"),
        ("withdraw_consent", (), "newsletter",
         """Dobrý den, účet mi prosím NERUŠTE, jen mě odhlaste z newsletteru a reklamních e-mailů, už je nechci dostávat. Díky, Veronika""",
         "Veronika Svobodová"),
        ("other", (), "Nabídka – zahradní nábytek z ratanu 2026",
         """Vážení,

dovolujeme si Vám zaslat nabídku naší nové kolekce ratanového zahradního nábytku pro sezónu 2026. Ceník a katalog najdete v příloze. Při objednávce nad 5 000 EUR nabízíme dopravu do Belgie zdarma.

S pozdravem
Tomáš Marek
obchodní oddělení, RatanStyl s.r.o.

Tato zpráva je určena pouze adresátovi a může obsahovat důvěrné informace. Pokud nejste adresátem, zprávu prosím smažte. Vaše osobní údaje zpracováváme v souladu s nařízením GDPR; máte právo na přístup, opravu a výmaz údajů a právo vznést námitku. Pokud si nepřejete dostávat další obchodní sdělení, odpovězte „ODHLÁSIT".""",
         "RatanStyl s.r.o."),
        ("other", (), "oblíbené",
         """Dobrý den, jak smažu položku z oblíbených? Mám tam zahradní lampu, která už se neprodává, a nejde odstranit. Děkuji""",
         "Jana"),
    ],
    "hr": [
        ("correction", (), "promjena broja mobitela",
         """Poštovani,

ne želim brisati korisnički račun (to mi je predložio vaš chat bot), samo trebam promijeniti broj mobitela jer sam promijenila operatera. Stari broj: 0487 33 12 09, novi: 0491 70 44 18.

Hvala unaprijed,
Ivana Kovačević""",
         "Ivana Kovačević"),
        ("deletion", (), "račun",
         """Dobar dan,
je li moguće da mi se račun kod vas jednostavno ugasi? I da se obrišu svi moji podaci, adresa, narudžbe i to? Ne kupujem više online.
Lp, Zdravko""",
         "Zdravko Babić"),
        ("restriction", (), "Molba – ograničenje obrade",
         """Poštovani,

osporavam točnost podataka o mojoj narudžbi 67120 (navedena je pogrešna količina i iznos). Dok se to ne provjeri, molim da moje podatke ne koristite ni u koje druge svrhe, ali ih nemojte ni brisati jer su mi potrebni za reklamaciju kod kartične kuće.

S poštovanjem,

Dario Horvat
Voditelj nabave
Adria Trade d.o.o. | Ulica grada Vukovara 271, 10000 Zagreb

Ova poruka i njezini privici mogu sadržavati povjerljive informacije i namijenjeni su isključivo primatelju. Ako ste ovu poruku primili greškom, molimo obavijestite pošiljatelja i izbrišite poruku. Vaše osobne podatke obrađujemo u skladu s Općom uredbom o zaštiti podataka (GDPR). Više informacija o obradi i vašim pravima (pristup, ispravak, brisanje, prigovor) dostupno je na www.adriatrade.hr/privatnost.""",
         "Dario Horvat"),
        ("objection", (), "Werbung / reklame",
         """Guten Tag / Dobar dan,

pišem na hrvatskom jer mi je lakše, živim u Njemačkoj ali naručujem od vas. Ne želim da moje podatke o kupnji koristite za personalizirane reklame niti da ih dijelite s Facebookom i Googleom. Newsletter mi ne smeta, ali ovo praćenje i profiliranje ne želim. Ulažem prigovor.

Danke schön / hvala,
Marija Jurić""",
         "Marija Jurić"),
        ("withdraw_consent", (), "NEWSLETTER",
         """MOLIM VAS PRESTANITE MI SLATI NEWSLETTER I PROMOTIVNE MAILOVE VISE NE ZELIM NISTA PRIMATI HVALA
TOMISLAV""",
         "Tomislav Perić"),
        ("complaint", ("correction",), "Re: ispravak prezimena – treći put",
         """Poštovani,

ovo je treći put da vam pišem. Još u siječnju sam zamolila da mi ispravite prezime u računu (Šimunović, ne Simunovic), a i dalje mi stižu računi i paketi s krivim imenom. Nitko mi nije odgovorio.

Molim da to konačno ispravite. Ako ni sada ne dobijem odgovor, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka.

Nikolina Šimunović""",
         "Nikolina Šimunović"),
        ("other", (), "Suradnja – affiliate program",
         """Poštovani,

vodimo blog o uređenju vrtova (45.000 pratitelja na Instagramu) i zanima nas suradnja kroz vaš affiliate program za tržište Hrvatske i Slovenije. Možete li nam poslati uvjete?

Lijep pozdrav,
Luka Novak
Zeleni Kutak d.o.o.

Ova e-poruka je povjerljiva. Ako niste namijenjeni primatelj, molimo obrišite je. Osobne podatke obrađujemo sukladno GDPR-u; imate pravo na pristup, ispravak i brisanje podataka te pravo na prigovor. Za povlačenje privole za primanje obavijesti pišite na privatnost@zelenikutak.hr.""",
         "Luka Novak | Zeleni Kutak"),
        ("other", (), "narudžba kasni",
         """Dobar dan, narudžba 61904 (vrtna ljuljačka) trebala je stići prošli tjedan, a status je još uvijek "u obradi". Kada će biti poslana? Hvala, Ante""",
         "Ante Marić"),
    ],
    "sv": [
        ("access", (), "Vad har ni sparat?",
         """Hej!

Jag tog bort er app för ett halvår sedan men fick ändå ett erbjudande från er i brevlådan i förra veckan. Vad har ni egentligen kvar om mig? Kan ni skicka över allt ni har, och berätta om ni har delat något med andra företag?

Mvh
Johanna Lindqvist

Skickat från min iPhone""",
         "Johanna Lindqvist"),
        ("correction", (), "FEL NAMN",
         """HEJ NI HAR STAVAT MITT EFTERNAMN FEL I KONTOT DET SKA VARA SJÖSTRÖM INTE SJOSTROM ÄNDRA DET TACK
/ BENGT""",
         "Bengt Sjöström"),
        ("portability", (), "export av mina data",
         """Hej,

jag håller på att flytta alla mina köp till en annan butik, och undrar om ni kan skicka mina data – orderhistorik, adresser, bonuspoäng – i ett maskinläsbart format, typ CSV eller JSON? PDF-kvitton funkar inte för import. Alternativt kan ni skicka det direkt till den nya butiken, de har ett "import your data"-verktyg.

Tack på förhand,
Erik""",
         "Erik Nyberg"),
        ("restriction", (), "frysa kontot?",
         """Hej,

går det att frysa mitt konto utan att radera det? Jag har en pågående tvist med mitt försäkringsbolag om en trasig markis jag köpte hos er och behöver att uppgifterna finns kvar. Men tills det är klart vill jag inte att ni använder mina uppgifter till något annat, varken reklam eller analyser. Är det möjligt?

Hälsningar,
Karin Åberg""",
         "Karin Åberg"),
        ("withdraw_consent", (), "Avregistrering",
         """Hej,

Vänligen ta bort mig från ert nyhetsbrev och era marknadsföringsutskick. Jag samtycker inte längre till dem.

Med vänliga hälsningar

Anders Holmberg
Ekonomichef
Nordvik Bygg AB | Storgatan 12 | 852 30 Sundsvall

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det. Vi behandlar dina personuppgifter i enlighet med dataskyddsförordningen (GDPR). Du har rätt att begära tillgång till, rättelse eller radering av dina personuppgifter. Läs mer på www.nordvikbygg.se/integritet.
This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete it.""",
         "Anders Holmberg"),
        ("complaint", (), "Mitt kvitto hos någon annan",
         """Hej,

En granne (!) ringde mig igår och sa att han fått ett mejl från er med MITT kvitto: mitt namn, min adress, vad jag köpt och de fyra sista siffrorna på mitt kort. Hur kan något sånt hända?

Jag är väldigt upprörd och vill veta hur ni tänker hantera det här och hur ni ska se till att det inte händer igen. Jag överväger att anmäla det till dataskyddsmyndigheten.

Sara Bergström""",
         "Sara Bergström"),
        ("other", (), "bonuspoäng",
         """Hej! Jag vill INTE ta bort mitt konto eller så, jag undrar bara hur länge bonuspoängen gäller? Har 800 poäng som jag vill använda till hösten. Tack /Linnea""",
         "Linnea Ek"),
        ("other", (), "Leveransavisering vecka 14 – planteringsjord",
         """Hej,

Bekräftar leverans av 22 pallar planteringsjord (40 l) till ert lager i Willebroek, tisdag vecka 14, lossning mellan 07:00 och 11:00. Följesedel bifogas.

Med vänlig hälsning
Mats Eriksson
Logistik, Grönt & Gott Jord AB

Konfidentialitet: Detta meddelande är endast avsett för mottagaren. Om du inte är rätt mottagare, radera meddelandet och kontakta avsändaren. Personuppgifter i detta meddelande behandlas enligt GDPR. Begäran om registerutdrag, rättelse eller radering skickas till dataskydd@grontgott.se.""",
         "Mats Eriksson"),
    ],
    "ro": [
        ("access", (), "date",
         """buna ziua as vrea sa stiu ce date aveti despre mine in contul de client si pe cardul de fidelitate adica ce ati salvat de cand mi am facut cont si daca le-ati dat si altor firme puteti sa mi le trimiteti pe mail multumesc Ionela Popescu""",
         "Ionela Popescu"),
        ("deletion", (), "Ștergere cont",
         """Bună ziua,

Vă rog să-mi închideți contul de client și să ștergeți toate datele mele personale din evidențele dumneavoastră.

Cu stimă,

Adrian Munteanu
Manager Vânzări
Carpatica Distribuție SRL | Str. Fabricii 46, 400632 Cluj-Napoca

Acest mesaj, inclusiv eventualele atașamente, este confidențial și destinat exclusiv destinatarului. Dacă l-ați primit din greșeală, vă rugăm să informați expeditorul și să ștergeți mesajul. Orice utilizare neautorizată este interzisă. Datele cu caracter personal sunt prelucrate de Carpatica Distribuție SRL în conformitate cu Regulamentul (UE) 2016/679 (GDPR). Aveți dreptul de acces, de rectificare, de ștergere și de opoziție; detalii la www.carpatica-distributie.ro/confidentialitate.""",
         "Adrian Munteanu"),
        ("portability", (), "istoricul comenzilor",
         """Bună,

Ați putea să-mi trimiteți istoricul comenzilor și datele contului într-un fișier pe care să-l pot importa în altă parte (CSV, Excel sau JSON)? Sau se poate să le transferați direct către alt magazin online? Facturile în PDF nu mă ajută.

Mulțumesc,
Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("restriction", (), "Comanda 59417",
         """Bună ziua,

Nu vă cer să-mi ștergeți contul. Am o dispută cu firma de curierat pentru comanda 59417 (un set de mobilier de grădină livrat deteriorat) și am nevoie ca datele să rămână. Vă rog doar ca, până se rezolvă, să nu le mai folosiți în niciun alt scop (reclame, statistici etc.). Doar să le păstrați.

Mulțumesc,
Mihai Stoica""",
         "Mihai Stoica"),
        ("objection", (), "publicité / reclame",
         """Bonjour,

je suis roumaine et j'habite à Liège, alors pardon pour le mélange. Nu vreau să-mi folosiți istoricul de cumpărături pentru reclame personalizate și nici să-mi dați datele partenerilor voștri de publicitate. Je m'y oppose, vraiment. Mă opun acestei prelucrări.

Merci / mulțumesc,
Elena Vasilescu""",
         "Elena Vasilescu"),
        ("complaint", ("deletion",), "A DOUA OARA",
         """BUNA ZIUA AM CERUT ACUM DOUA LUNI SA IMI STERGETI CONTUL SI DATELE SI NU MI-A RASPUNS NIMENI IAR EU PRIMESC IN CONTINUARE MAILURI DE LA VOI. VA MAI CER O DATA SA LE STERGETI. DACA NU PRIMESC RASPUNS IN 10 ZILE FAC PLANGERE LA AUTORITATEA DE PROTECTIE A DATELOR
GHEORGHE ILIE""",
         "Gheorghe Ilie"),
        ("other", (), "Candidatura – Customer Service (RO/FR/EN)",
         """Bună ziua,

Vă trimit CV-ul meu pentru postul de agent customer service pentru piața română și franceză. Vorbesc română (nativ), franceză și engleză (C1).

Prin prezenta îmi exprim acordul pentru prelucrarea datelor mele personale în scopul procesului de recrutare, conform GDPR.

Cu stimă,
Andreea Radu""",
         "Andreea Radu"),
        ("other", (), "lista de dorinte",
         """Buna, cum pot sterge un produs din lista de dorinte? Am un grătar acolo pe care nu-l mai vreau si nu gasesc butonul. Multumesc!""",
         "Raluca"),
    ],
    "el": [
        ("access", (), "data request",
         """Καλησπέρα σας,

θα ήθελα να μάθω τι ακριβώς data κρατάτε για μένα. Έχω account από το 2022 και κάρτα loyalty, και πρόσφατα μου ήρθαν κάποια sms από εσάς σε κινητό που δεν θυμάμαι να σας έδωσα ποτέ. Μπορείτε να μου στείλετε ένα αντίγραφο με όλα όσα έχετε στο σύστημα;

Ευχαριστώ πολύ,
Δημήτρης Παπαδόπουλος""",
         "Dimitris Papadopoulos"),
        ("correction", (), "Διόρθωση στοιχείων",
         """Καλημέρα σας,

Παρακαλώ διορθώστε το επώνυμό μου στον λογαριασμό: είναι «Κωνσταντινίδου» και όχι «Κωνσταντινίδη».

Με εκτίμηση,

Ελένη Κωνσταντινίδου
Υπεύθυνη Λογιστηρίου
Αιγαίον Εμπορική Α.Ε. | Λεωφ. Συγγρού 210, 176 72 Καλλιθέα

Το παρόν μήνυμα και τυχόν συνημμένα του είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Αν το λάβατε κατά λάθος, παρακαλούμε ενημερώστε τον αποστολέα και διαγράψτε το. Τα προσωπικά σας δεδομένα υφίστανται επεξεργασία σύμφωνα με τον Γενικό Κανονισμό Προστασίας Δεδομένων (ΓΚΠΔ). Για την άσκηση των δικαιωμάτων πρόσβασης, διόρθωσης, διαγραφής και εναντίωσης, επικοινωνήστε στο dpo@aigaion.gr.
This e-mail is confidential and intended solely for the addressee. If you received it in error, please delete it and notify the sender.""",
         "Κωνσταντινίδου Ελένη"),
        ("deletion", (), "λογαριασμός",
         """Γεια σας, γίνεται να εξαφανιστεί εντελώς ο λογαριασμός μου από εσάς; Μαζί με διεύθυνση, τηλέφωνο, όλα; Δεν θέλω να μείνει τίποτα δικό μου στο σύστημά σας. Ευχαριστώ, Κατερίνα""",
         "Katerina M."),
        ("portability", (), "export dedomenwn",
         """Kalispera sas, thelw na paw se allo e-shop kai tha ithela na mou steilete ola ta dedomena mou (paraggelies, dieuthinseis, pontous) se arxeio CSV i JSON gia na ta perasw ekei. An ginetai na ta steilete kai apeutheias se autous akoma kalitera. Euxaristw, Giorgos""",
         "Giorgos Nikolaou"),
        ("objection", (), "Όχι διαγραφή – μόνο διαφημίσεις",
         """Καλησπέρα,

Δεν θέλω να διαγράψετε τον λογαριασμό μου, τον χρησιμοποιώ συχνά. Θέλω μόνο να σταματήσετε να χρησιμοποιείτε το ιστορικό αγορών μου για εξατομικευμένες διαφημίσεις και να μην το μοιράζεστε με το Facebook και τη Google. Αντιτίθεμαι σε αυτή την επεξεργασία.

Ευχαριστώ,
Νίκος Αλεξίου""",
         "Νίκος Αλεξίου"),
        ("withdraw_consent", (), "NEWSLETTER",
         """ΣΤΑΜΑΤΗΣΤΕ ΝΑ ΜΟΥ ΣΤΕΛΝΕΤΕ ΤΟ NEWSLETTER ΚΑΙ ΤΙΣ ΠΡΟΣΦΟΡΕΣ ΣΑΣ ΣΤΟ EMAIL ΔΕΝ ΤΑ ΘΕΛΩ ΠΙΑ ΑΝΑΚΑΛΩ ΤΗ ΣΥΓΚΑΤΑΘΕΣΗ ΜΟΥ
ΣΟΦΙΑ""",
         "Sofia K."),
        ("other", (), "Προσφορά – ελαιόλαδο & μεσογειακά φυτά",
         """Αγαπητοί κύριοι,

Σας αποστέλλουμε τον νέο τιμοκατάλογο για γλάστρες με ελιές και λεμονιές σε μεγάλα μεγέθη, κατάλληλα για βεράντες. Οι τιμές ισχύουν για παραγγελίες έως 30 Απριλίου, με παράδοση στο Βέλγιο εντός 10 ημερών.

Με εκτίμηση,
Γιάννης Σταυρόπουλος
Φυτώρια Σταυρόπουλος Ο.Ε., Καλαμάτα

Το μήνυμα αυτό είναι εμπιστευτικό. Αν δεν είστε ο παραλήπτης, παρακαλούμε διαγράψτε το. Επεξεργαζόμαστε τα προσωπικά σας δεδομένα σύμφωνα με τον ΓΚΠΔ (GDPR). Έχετε δικαίωμα πρόσβασης, διόρθωσης και διαγραφής. Αν δεν επιθυμείτε να λαμβάνετε εμπορικές προσφορές, απαντήστε «ΔΙΑΓΡΑΦΗ».""",
         "Φυτώρια Σταυρόπουλος"),
        ("other", (), "cookies",
         """Καλησπέρα, μια ερώτηση μόνο: τι cookies χρησιμοποιεί το site σας και για πόσο καιρό μένουν στον browser; Το διάβασα στην πολιτική απορρήτου αλλά δεν κατάλαβα πολλά. Δεν ζητάω να κάνετε κάτι, απλώς ρωτάω. Ευχαριστώ, Βασίλης""",
         "Vasilis T."),
    ],
    "bg": [
        ("correction", (), "телефон",
         """Здравейте, може ли да ми смените телефонния номер в профила? Старият вече не работи, новият е +359 888 41 27 09. Благодаря, Стефка""",
         "Стефка Иванова"),
        ("portability", (), "Искане за данни в машинночетим формат",
         """Уважаеми дами и господа,

Моля да ми предоставите личните ми данни (история на поръчките, адреси за доставка, точки по програмата за лоялност) в структуриран, машинночетим формат, например CSV или JSON, за да ги прехвърля към друг търговец.

С уважение,

Иван Петров
Мениджър „Продажби"
Балкан Трейд ЕООД | бул. „България" 118, 1618 София

Това съобщение и приложенията към него са поверителни и са предназначени единствено за адресата. Ако сте го получили по грешка, моля уведомете подателя и го изтрийте. Балкан Трейд ЕООД обработва личните Ви данни в съответствие с Общия регламент относно защитата на данните (GDPR). Имате право на достъп, коригиране, изтриване и възражение; повече информация на www.balkantrade.bg/privacy.""",
         "Иван Петров"),
        ("restriction", (), "Please do not delete / Моля, не изтривайте",
         """Hi,

sorry, пиша наполовина на английски. Имам спор с куриерската фирма за поръчка 71158 (счупена градинска маса), so please do NOT delete my account or the order data – може да ми потрябват. Но докато спорът не приключи, не искам данните ми да се използват за нищо друго: no ads, no newsletters, no analytics. Just keep them.

Благодаря / thanks,
Martin Georgiev""",
         "Martin Georgiev"),
        ("objection", (), "РЕКЛАМИ",
         """НЕ ИСКАМ ДА ПРОСЛЕДЯВАТЕ КАКВО РАЗГЛЕЖДАМ И КУПУВАМ И ДА МИ ПУСКАТЕ РЕКЛАМИ ВЪВ ФЕЙСБУК НЕ СЪМ СЪГЛАСЕН ДА ДАВАТЕ ДАННИТЕ МИ НА РЕКЛАМНИ ПАРТНЬОРИ ВЪЗРАЗЯВАМ
ГЕОРГИ""",
         "Георги Димитров"),
        ("withdraw_consent", (), "бюлетин",
         """Здравейте,

Не искам да закривам профила си, пазарувам при вас редовно. Просто не искам повече да получавам бюлетина и рекламните имейли. Можете ли да ме отпишете?

Поздрави,
Десислава""",
         "Десислава Колева"),
        ("complaint", ("access",), "Re: Искане за достъп до лични данни",
         """Здравейте,

На 10 януари ви изпратих искане за достъп до личните ми данни (по-долу). Вече минаха почти два месеца, а отговор няма. Това е нарушение на срока по GDPR.

Настоявам да получа исканата информация незабавно. В противен случай ще подам жалба до белгийския орган за защита на данните и до КЗЛД.

Радослав Тодоров

> От: Радослав Тодоров
> Дата: 10.01.2026
> Моля, изпратете ми копие от всички лични данни, които съхранявате за мен,
> включително данни от картата за лоялност и маркетингови профили.""",
         "Радослав Тодоров"),
        ("other", (), "Кандидатура за позиция „Склададжия\"",
         """Здравейте,

Изпращам автобиографията си за обявената позиция склададжия в Willebroek. Имам 4 години опит в склад в Антверпен и свидетелство за мотокар.

Давам съгласието си личните ми данни да бъдат обработвани за целите на подбора, съгласно GDPR.

Поздрави,
Николай Стоянов""",
         "Николай Стоянов"),
        ("other", (), "Поръчка 62290 – кога ще пристигне?",
         """Добър ден,

Кога ще бъде доставена поръчка 62290 (чадър за градина)? Платих преди 10 дни.

Поздрави,
Мария Георгиева

Това електронно съобщение може да съдържа поверителна информация. Ако не сте адресатът, моля, изтрийте го и уведомете подателя. Личните данни се обработват съгласно GDPR. Информация за правото на достъп, коригиране и изтриване: www.gs-consult.bg/gdpr
This e-mail may contain confidential information. If you are not the intended recipient, please delete it.""",
         "Мария Георгиева"),
    ],
}

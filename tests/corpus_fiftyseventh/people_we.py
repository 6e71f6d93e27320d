"""Fifty-seventh set, western European mail about data sent abroad, to suppliers and across borders (en nl fr de es it pt). Written apart from the rules (see make_fiftyseventh.py)."""

PEOPLE_WE = {
    "en": [
        ("access", (),
         "Where is my data actually stored?",
         """Hello,

I got a reply from your customer service last week about a late delivery (ticket 58213) and the signature said the agent was based in Manila. Nothing wrong with that, but it made me wonder how many other places my details end up.

Could you tell me which countries outside the EU my personal data is sent to, which companies receive it there, and what safeguards you rely on for each of those transfers? If it's the standard contractual clauses, I'd like a copy of them as well - as I understand it I'm entitled to that under Article 15(2) GDPR.

My loyalty card number is 2604 1183 9920, in case that helps you find me.

Kind regards,
Thomas Reilly""",
         "Thomas Reilly"),

        ("correction", (),
         "Wrong name on the parcel from your supplier",
         """Hi there,

My order 3318-77 came straight from a warehouse in Shenzhen rather than from you, and the label said "Sara Jonse" instead of Sarah Jones. The customs form taped to the box had the same mistake, and the flat number was wrong too (48 instead of 4B). It got to me in the end, but only because our postman knows everyone in the building.

My name looks fine when I log in, so I'm guessing it's whatever was passed on to the supplier. Could you get it fixed on their side as well as yours - Sarah Jones, Flat 4B? I've got another order on the way and I'd rather it didn't go back to China.

Thanks,
Sarah""",
         "Sarah Jones"),

        ("deletion", ("withdraw_consent",),
         "Passport copy from the tax-free form",
         """Dear Sir or Madam,

When I bought an espresso machine in your Antwerp store on 19 September, I asked for a tax-free form and the sales assistant scanned my passport for it. I'm back home in Toronto, the VAT refund has come through, and I can't see any reason for you to hold on to that scan. Please erase the passport copy and the passport number from your systems.

Also, at the till I was asked whether I wanted to hear about "international shipping offers" and I said yes without thinking much about it. I've changed my mind - please don't send me those.

Best regards,
Margaret Collins""",
         "Margaret Collins"),

        ("restriction", (),
         "Please hold off moving my data to the US",
         """Hello,

Your updated privacy notice says customer records will move to a new cloud provider in the United States from 1 December. A friend of mine who works in compliance wasn't convinced that transfer is properly covered, and I'd like to understand it before it happens.

Until you've told me what the legal basis and the safeguards are, please put my data on hold as far as the migration goes: leave it out, don't copy it over. I am not asking you to delete my account or anything else - just freeze things where they are while this gets looked at.

Customer number 771 204 56.

Thanks in advance,
Daniel Hughes""",
         "Daniel Hughes"),

        ("objection", ("access",),
         "Objection - new analytics partner",
         """To the data protection officer,

I read in your notice of 12 October 2026 that you now share browsing and purchase data with an analytics company in Austin, Texas, in order to "improve personalised recommendations".

I object to my data being processed for that purpose, on the basis of Article 21 GDPR. I have no wish for my shopping habits to be analysed by a third party on another continent for recommendations I never asked for.

Please also let me know what information about me has already been sent to that company, and since when.

Yours faithfully,
Peter Lawson
(account registered to this e-mail address)""",
         "Peter Lawson"),

        ("complaint", ("deletion",),
         "spam from your supplier??",
         """I ordered a phone case from you 2 weeks ago and now I'm getting emails from a company called Guangzhou Brightway Trading offering me "wholesale prices" and asking me to leave 5 star reviews. They have my full name AND my order number. I never gave them anything, I bought from you.

This is not ok. You obviously handed my email to them without asking me. Tell them to delete everything they have on me, and you can delete my account too, I won't be ordering again.

Chloe Bennett""",
         "Chloe Bennett"),

        ("portability", (),
         "Order history before the move",
         """Hi,

I saw the banner saying the web shop is moving to a new platform run from Singapore next year. I've been a customer for about eight years and I'd like my own record of what I bought, mostly for warranties.

Could you send me my full order history in a machine-readable format - CSV would be perfect - with dates, products, prices and order numbers? I keep a spreadsheet of everything that's still under guarantee and I'd like to import it rather than type it all in.

Cheers,
Mark Sutton""",
         "Mark Sutton"),

        ("other", (),
         "Customs charge on my order to Norway",
         """Hello,

I live in Bergen and ordered two pairs of boots from your site (order 4410-23). Posten is now asking for 412 NOK in VAT plus a handling fee before they will release the parcel. Your checkout page said duties were included for deliveries to Norway.

Could you either refund that amount or remove the charge from my invoice? I can send you the receipt from Posten once I've paid.

Regards,
Emily Carter""",
         "Emily Carter"),

        ("other", (),
         "Parcel stuck at UK customs",
         """Hi, my parcel has been sitting at customs at Heathrow since 28 October and the tracking hasn't moved since. DPD say they're waiting for paperwork from the sender. If it can't be sorted by the end of the week could you just cancel it and transfer the refund to my account (same card I paid with)? Order SE-90125.

Thanks,
Oliver""",
         "Oliver Grant"),

        ("other", (),
         "Question about the Brava kettle",
         """Good afternoon,

Quick question before I buy: the Brava 1.7 L kettle on your site says "designed in Belgium", but several reviews say it's made in China. Where is it actually manufactured, and is the inside of the kettle stainless steel or plastic? The data sheet link on the product page doesn't open for me.

Many thanks,
Ruth Ashworth""",
         "Ruth Ashworth"),
    ],

    "nl": [
        ("access", (),
         "Naar welke landen gaan mijn gegevens?",
         """Goedemiddag,

Vorige week kreeg ik antwoord van jullie klantendienst over een defecte stofzuiger, en onderaan stond dat de medewerker vanuit Bangalore werkte. Op zich geen probleem, maar ik besef nu dat ik eigenlijk geen idee heb waar mijn gegevens allemaal terechtkomen.

Kunnen jullie mij laten weten naar welke landen buiten de EU mijn persoonsgegevens worden doorgegeven, aan welke bedrijven, op welke basis dat gebeurt en hoe lang ze daar bewaard worden? Ik verwijs hiervoor naar artikel 15 van de AVG.

Mijn klantenkaart: 2604 5521 0087.

Met vriendelijke groeten,
Annelies Vermeulen""",
         "Annelies Vermeulen"),

        ("deletion", (),
         "Kopie identiteitskaart",
         """Dag,

Voor mijn bestelling die vanuit jullie magazijn in het Verenigd Koninkrijk verzonden werd (bestelnr. 58-20417), moest ik via jullie website een kopie van mijn identiteitskaart opladen, omdat de vervoerder dat nodig had voor de inklaring. Het pakket is intussen geleverd en alles is in orde.

Ik zie niet in waarom die kopie en mijn rijksregisternummer nog bij jullie of bij die vervoerder moeten blijven liggen. Gelieve beide te wissen en mij te bevestigen wanneer dat gebeurd is.

Groeten,
Koen De Smet""",
         "Koen De Smet"),

        ("withdraw_consent", (),
         "",
         """Hallo, ik had bij een bestelling ooit aangevinkt dat ik info wilde over jullie acties voor verzending naar het buitenland. Woon intussen gewoon terug in Gent dus dat hoeft niet meer, graag geen mails of sms'en meer daarover.

Bedankt
Lotte""",
         "Lotte Claeys"),

        ("objection", ("access",),
         "Mijn gegevens bij jullie leveranciers",
         """Beste,

Toen ik de garantie van mijn nieuwe fiets registreerde, bleek mijn naam en adres al in het garantieportaal van de fabrikant in Taiwan te staan. Sindsdien krijg ik van dat bedrijf ook nieuwsbrieven en enquêtes.

Ik maak bezwaar tegen het doorgeven van mijn gegevens aan leveranciers voor hun eigen marketing of klantenonderzoek. Voor de garantie zelf begrijp ik dat het nodig kan zijn, maar verder niet.

Kunnen jullie mij daarnaast zeggen aan welke leveranciers mijn gegevens al zijn doorgegeven?

Met vriendelijke groet,
Pieter Janssens""",
         "Pieter Janssens"),

        ("restriction", (),
         "Douaneaangifte en facturen niet wissen aub",
         """Geachte,

Ik heb op dit moment een geschil met de douane over de invoer-btw die ik moest betalen op een bestelling uit Zwitserland (bestelling 77-30982, geleverd in maart). Jullie privacyverklaring zegt dat gegevens van bestellingen na een bepaalde termijn verwijderd worden.

Zou u ervoor willen zorgen dat de douaneaangifte, de factuur en de verzendgegevens van die bestelling niet gewist worden zolang deze zaak loopt? Ik heb ze mogelijk nodig als bewijs. Ze hoeven voor niets anders gebruikt te worden, gewoon bewaard.

Hoogachtend,
Marc Wouters""",
         "Marc Wouters"),

        ("complaint", (),
         "TWEEDE VRAAG - nog altijd geen antwoord",
         """Beste,

Op 2 oktober heb ik jullie gevraagd om mij de lijst te bezorgen van de verwerkers en subverwerkers die mijn gegevens ontvangen, en in welke landen die zitten. Ik kreeg een automatisch ontvangstbericht en daarna niets meer.

We zijn nu 9 november. Dat is langer dan de maand die de wet jullie geeft. Als ik binnen veertien dagen geen volledig antwoord heb, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Sofie Peeters""",
         "Sofie Peeters"),

        ("correction", (),
         "Verkeerd adres bij vervoerder",
         """Hallo,

Mijn laatste twee pakketten (van jullie leverancier in Duitsland) werden allebei aangeboden op mijn oude adres in Mechelen, terwijl ik sinds augustus in de Lange Lozanastraat 114 in Antwerpen woon. In mijn account had ik het adres al aangepast, maar blijkbaar is het niet bij iedereen aangekomen.

Kunnen jullie het juiste adres overal doorgeven, ook aan die leverancier en de vervoerder, zodat mijn volgende bestelling wel goed aankomt?

Alvast bedankt,
Jeroen Maes""",
         "Jeroen Maes"),

        ("other", (),
         "Btw op factuur - bestelling als bedrijf",
         """Goedendag,

Ik bestelde vorige week twee bureaustoelen voor mijn zaak in Breda (bestelling 88-10455). Bij het afrekenen heb ik ons Nederlandse btw-nummer ingevuld, maar op de factuur staat toch 21% Belgische btw.

Kunnen jullie de btw van de factuur halen en een nieuwe factuur met verlegde btw sturen? Het verschil mag teruggestort worden op de rekening waarmee we betaald hebben.

Met vriendelijke groet,
Bas van Dijk
Van Dijk Interieurs""",
         "Bas van Dijk"),

        ("other", (),
         "Leveren jullie in Zwitserland?",
         """Dag, mijn dochter studeert vanaf januari in Lausanne en ik wil haar een koffiezet en een paar keukenspullen laten opsturen. Leveren jullie in Zwitserland, en zo ja: zijn de invoerrechten al inbegrepen of moet zij daar bij levering nog iets betalen?

Groetjes,
Hilde""",
         "Hilde Mertens"),

        ("other", (),
         "Douanekosten DHL",
         """Hallo,

DHL vraagt mij 23,50 euro inklaringskosten voor een pakket van jullie (bestelling 58-22310). Ik dacht dat jullie vanuit België verzenden, maar het pakket komt blijkbaar uit een magazijn in Engeland. Op de site stond nergens iets over extra kosten.

Kunnen jullie die kosten terugstorten of moet ik het pakket weigeren? Ik zit nu wat vast, het pakket ligt nog bij DHL.

Mvg,
Wim Goossens""",
         "Wim Goossens"),
    ],

    "fr": [
        ("access", (),
         "Demande d'accès - destinataires hors UE",
         """Madame, Monsieur,

La semaine dernière, votre service clientèle m'a répondu au sujet d'un retour (dossier n° 41208), et la réponse précisait en bas de page que mon message avait été « traduit automatiquement par notre partenaire ». J'en déduis que le contenu de mon courriel, avec mon nom et mon adresse, a été transmis à un prestataire dont j'ignore tout.

En application de l'article 15 du RGPD, et en particulier de son paragraphe 2, je vous prie de me communiquer :
- la liste des destinataires de mes données personnelles, y compris ce service de traduction ;
- les pays dans lesquels ces données sont transférées ;
- les garanties appropriées sur lesquelles reposent ces transferts, ainsi qu'une copie des clauses contractuelles types le cas échéant.

Je vous remercie de votre diligence et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Lambert
Rue des Tanneurs 27, 1000 Bruxelles""",
         "Isabelle Lambert"),

        ("portability", ("deletion",),
         "Avant votre changement de plateforme",
         """Bonjour,

J'ai lu que votre boutique en ligne allait migrer début 2027 vers une nouvelle plateforme hébergée hors d'Europe. Je préfère ne pas suivre le mouvement.

Avant cela, pourriez-vous m'envoyer l'historique de mes commandes et de mes points fidélité dans un fichier exploitable (CSV ou JSON), que je puisse le conserver et le réimporter ailleurs ? Une fois que je l'aurai reçu, merci de supprimer mon compte client et toutes les données qui y sont liées.

Bien à vous,
Julien Dubois""",
         "Julien Dubois"),

        ("deletion", (),
         "Mes coordonnées chez votre fournisseur",
         """Bonjour,

Ma lampe de bureau (commande 2026-18834) m'a été livrée directement par un fournisseur installé en Chine, qui disposait donc de mon nom, de mon adresse et de mon numéro de GSM. La lampe est arrivée, tout va bien, la commande est terminée.

Je souhaite que ce fournisseur efface maintenant mes coordonnées. Pouvez-vous le lui demander et me confirmer qu'il l'a fait ?

Merci d'avance,
Nathalie Renard""",
         "Nathalie Renard"),

        ("objection", (),
         "Opposition - nouveau prestataire service client",
         """Bonjour,

Votre politique de confidentialité mise à jour le 15 octobre annonce que le traitement des demandes des clients sera désormais confié à un prestataire établi en Inde.

Je m'oppose à ce que mes données soient traitées par ce prestataire. Je veux bien continuer à commander chez vous, mais je souhaite que mes demandes soient traitées par votre service en Belgique, comme jusqu'ici.

Cordialement,
Olivier Mercier""",
         "Olivier Mercier"),

        ("withdraw_consent", ("objection",),
         "stop aux sms",
         """Bonjour,

Je reçois presque tous les jours des SMS sur vos « offres livraison internationale ». Je n'en veux plus, ni par SMS ni par mail, je retire mon accord.

Et tant qu'on y est : je ne veux pas non plus que vous vous serviez de mes achats pour me faire des propositions « personnalisées ». Je m'y oppose.

Merci
C. Leroy""",
         "Chantal Leroy"),

        ("complaint", ("access",),
         "Fuite de données chez votre sous-traitant",
         """Madame, Monsieur,

C'est par un article de presse, et non par vous, que j'apprends que votre prestataire de messagerie aux États-Unis a subi une fuite de données en octobre et que des fichiers clients de plusieurs enseignes belges, dont la vôtre, ont été exposés.

Je trouve inadmissible de ne pas avoir été prévenu directement. Je vous demande de me dire précisément quelles données me concernant se trouvaient chez ce prestataire et lesquelles ont été touchées.

Sans réponse satisfaisante de votre part, je porterai plainte auprès de l'Autorité de protection des données.

Philippe Gérard""",
         "Philippe Gérard"),

        ("correction", (),
         "Erreur sur la facture de TVA à l'importation",
         """Bonjour,

Sur la facture de TVA à l'importation que j'ai reçue pour ma commande venant de Suisse, mon nom est écrit « Marie Fontain » et c'est mon ancienne adresse à Namur qui figure. Apparemment, ce sont les informations que vous avez dans mon dossier client.

Merci de corriger : Marie Fontaine, avenue de la Toison d'Or 12, 5000 Namur. Et de transmettre la bonne orthographe au transitaire si c'est encore possible.

Bonne journée,
Marie Fontaine""",
         "Marie Fontaine"),

        ("other", (),
         "Livraison en Suisse ?",
         """Bonjour,

J'habite à Genève et j'aimerais commander un canapé sur votre site. Est-ce que vous livrez en Suisse ? Si oui, les frais de douane et la TVA suisse sont-ils compris dans le prix affiché, ou est-ce que je devrai les payer au transporteur à la livraison ?

Merci pour votre réponse,
Sébastien Favre""",
         "Sébastien Favre"),

        ("other", (),
         "Sac à dos Alpina",
         """Bonjour, le sac à dos Alpina 28 L est-il fabriqué en Chine ou en Europe ? La fiche produit ne le dit pas. Et est-ce que le compartiment pour ordinateur convient à un 15 pouces ?

Merci !
Camille""",
         "Camille Bernard"),

        ("other", (),
         "Frais de dédouanement facturés deux fois",
         """Bonjour,

Pour ma commande 2026-20971 (envoyée depuis votre entrepôt au Royaume-Uni), j'ai payé les frais de dédouanement au livreur, 18,40 €. Or je vois qu'ils figurent aussi sur la facture que vous m'avez envoyée.

Pourriez-vous retirer ces frais de la facture et me rembourser le montant par virement ? Je joins la photo du reçu du livreur.

Merci d'avance,
Antoine Lefèvre""",
         "Antoine Lefèvre"),
    ],

    "de": [
        ("access", (),
         "Sind meine Daten in Amerika?",
         """Hallo,

ich habe gelesen, dass Ihr E-Mail- und Cloud-Anbieter ein amerikanisches Unternehmen ist. Heißt das, meine Kundendaten liegen in den USA? Und wer hat dort Zugriff darauf?

Ich hätte gern eine Auskunft, welche meiner Daten außerhalb der EU gespeichert oder verarbeitet werden, in welchen Ländern und bei welchen Firmen.

Danke und viele Grüße
Lukas Becker""",
         "Lukas Becker"),

        ("restriction", ("access",),
         "Einschränkung der Verarbeitung gem. Art. 18 DSGVO",
         """Sehr geehrte Damen und Herren,

laut Ihrer Datenschutzerklärung in der Fassung vom 1. November 2026 übermitteln Sie Kundendaten künftig an einen neuen Logistikdienstleister mit Sitz in der Türkei. Für mich ist nicht ersichtlich, auf welche Garantien im Sinne der Art. 44 ff. DSGVO Sie sich dabei stützen.

Ich bitte Sie daher, die Verarbeitung meiner Daten insoweit einzuschränken, dass bis zur Klärung dieser Frage keine Übermittlung an diesen Dienstleister erfolgt. Mein Kundenkonto und meine laufenden Bestellungen sollen im Übrigen bestehen bleiben.

Zugleich bitte ich um Mitteilung, welche Garantien (z. B. Standardvertragsklauseln) für diese Übermittlung vorgesehen sind.

Mit freundlichen Grüßen
Dr. Andreas Hoffmann
Kundennummer 40-558213""",
         "Andreas Hoffmann"),

        ("deletion", (),
         "Ausweisnummer beim Zollagenten löschen",
         """Guten Tag,

für die Zustellung meiner Bestellung 2026-31177 aus Ihrem Lager in Großbritannien hat mich ein Zollagent per SMS angeschrieben und meine Personalausweisnummer verlangt, die ich ihm dann auch gegeben habe. Das Paket ist inzwischen da.

Bitte sorgen Sie dafür, dass meine Ausweisnummer gelöscht wird, bei Ihnen und bei diesem Zollagenten, soweit er in Ihrem Auftrag arbeitet. Ich möchte nicht, dass diese Nummer irgendwo in England herumliegt.

Freundliche Grüße
Sabine Krüger""",
         "Sabine Krüger"),

        ("objection", (),
         "Widerspruch Weitergabe an Lieferanten",
         """Sehr geehrte Damen und Herren,

seit meiner letzten Bestellung erhalte ich Werbung von dem Hersteller der Kaffeemühle, die ich bei Ihnen gekauft habe. Nach Ihrer Datenschutzerklärung geben Sie Kundendaten „auf Grundlage berechtigter Interessen“ an Lieferanten weiter.

Hiermit widerspreche ich gemäß Art. 21 DSGVO der Weitergabe meiner Daten an Lieferanten und Hersteller zu deren Werbezwecken.

Mit freundlichen Grüßen
Jürgen Schmitt""",
         "Jürgen Schmitt"),

        ("complaint", (),
         "Beschwerde: meine E-Mail an einen Übersetzungsdienst weitergegeben",
         """Sehr geehrte Damen und Herren,

ich habe Ihnen am 20. Oktober eine Reklamation geschickt, in der ich auch meine Nussallergie erwähnt habe, weil es um ein falsch deklariertes Lebensmittel ging. Ihre Antwort enthielt den Vermerk „maschinell übersetzt“ und den Namen eines Übersetzungsdienstes mit Sitz in den USA.

Sie haben also eine E-Mail mit Gesundheitsangaben an einen Dienst außerhalb der EU gegeben, ohne dass ich darüber informiert wurde. In Ihrer Datenschutzerklärung steht davon nichts, obwohl Art. 13 Abs. 1 lit. f DSGVO genau das verlangt.

Ich erwarte eine Stellungnahme. Andernfalls werde ich mich an die belgische Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Claudia Wagner""",
         "Claudia Wagner"),

        ("portability", (),
         "Bestelldaten als CSV",
         """Hallo zusammen,

könnt ihr mir bitte alle meine Bestellungen der letzten Jahre als CSV- oder JSON-Datei schicken? Ich führe mein Haushaltsbuch digital und möchte die Daten dort direkt importieren, statt alles abzutippen. Ein PDF hilft mir leider nicht weiter.

Kundenkarte 2604 7710 3345.

Danke!
Tobias""",
         "Tobias Neumann"),

        ("withdraw_consent", ("deletion",),
         "Widerruf Einwilligung",
         """Guten Tag,

ich widerrufe meine Einwilligung in Ihre Push-Nachrichten und den Newsletter „Weltweit versandkostenfrei“. Bitte löschen Sie außerdem meine Handynummer, die habe ich nur dafür angegeben.

Gruß
Heike Braun""",
         "Heike Braun"),

        ("other", (),
         "Zollgebühren Lieferung nach Basel",
         """Guten Tag,

ich wohne in Basel und habe bei Ihnen einen Staubsauger bestellt (Bestellung 2026-30412). Die Post verlangt jetzt 18,50 CHF Verzollung plus Schweizer Mehrwertsteuer. Auf der Rechnung steht aber auch die belgische MwSt. von 21 %.

Können Sie mir eine Rechnung ohne belgische MwSt. ausstellen und den Differenzbetrag auf mein Konto überweisen? Die Ausfuhr ist ja nachweisbar.

Freundliche Grüße
Stefan Keller""",
         "Stefan Keller"),

        ("other", (),
         "Paket hängt beim Zoll fest",
         """Hallo,

mein Paket (Bestellung 2026-29874) hängt seit einer Woche beim Zoll in Oslo fest. Laut Sendungsverfolgung fehlt eine Handelsrechnung. Könnt ihr die bitte direkt an den Zoll bzw. an Bring schicken oder mir als PDF, damit ich sie hochladen kann?

Danke und Gruß
Markus Vogel""",
         "Markus Vogel"),

        ("other", (),
         "Frage zum Akkuschrauber",
         """Guten Tag,

beim Akkuschrauber „Volta 18V“ steht „Made in China“ auf der Verpackung, auf Ihrer Seite aber „deutsche Qualität“. Wo wird das Gerät denn nun hergestellt? Und gibt es ein technisches Datenblatt mit Drehmoment und Akkukapazität? Den Link „Produktdaten herunterladen“ finde ich nicht.

Mit freundlichen Grüßen
Ralf Zimmermann""",
         "Ralf Zimmermann"),
    ],

    "es": [
        ("access", (),
         "Encargados y subencargados del tratamiento",
         """Buenos días:

Soy cliente suyo desde 2021 (tarjeta de fidelización 2604 3390 1172) y, a raíz de la nueva política de privacidad, me gustaría saber quién tiene mis datos.

Les ruego que me faciliten la relación de encargados y subencargados del tratamiento que acceden a mis datos personales, indicando el país en el que se encuentra cada uno y, para los que estén fuera del Espacio Económico Europeo, qué garantías se aplican a la transferencia (artículo 15.2 del RGPD).

Un saludo,
Javier Ortega Ruiz""",
         "Javier Ortega Ruiz"),

        ("correction", (),
         "Mi número de teléfono está mal",
         """Hola,

El mensajero que trajo mi último pedido (lo enviaba directamente vuestro proveedor de Hong Kong) llamó a un número que no es el mío y el paquete estuvo a punto de volver. Al revisar mi cuenta he visto que el móvil tiene dos cifras cambiadas.

El correcto es el 612 48 39 07. ¿Podéis cambiarlo en vuestra ficha y avisar al proveedor para los próximos envíos?

Gracias,
Lucía""",
         "Lucía Navarro"),

        ("deletion", (),
         "Borrar mis datos del portal de garantías",
         """Buenas tardes:

Al comprar mi cafetera me dijeron que la garantía se gestionaba a través del fabricante, y efectivamente aparezco registrada con nombre, dirección y teléfono en su portal de garantías, que está en Taiwán. La garantía caducó en septiembre y ya no la necesito.

Les pido que borren mis datos de ese portal, o que se lo pidan al fabricante, y que me confirmen cuando esté hecho.

Atentamente,
Carmen Delgado""",
         "Carmen Delgado"),

        ("withdraw_consent", (),
         "Baja de envíos internacionales",
         """Hola, por favor dadme de baja de los correos de "ofertas con envío internacional". Me apunté cuando vivía en Londres pero ya he vuelto a Valencia y no me interesan.

Saludos,
Pablo""",
         "Pablo Serrano"),

        ("complaint", ("deletion",),
         "SMS de una agencia de aduanas con mi DNI",
         """Buenos días:

Ayer recibí un SMS de una agencia de aduanas pidiéndome que pagara 14,90 € por un paquete vuestro y, para "verificar mi identidad", incluía mi número de DNI completo. Al principio pensé que era una estafa. Luego he visto que el pedido salió de vuestro almacén en Reino Unido.

Nunca os di mi DNI para que acabara en un SMS de una empresa que no conozco. Me parece una falta grave de cuidado con mis datos. Quiero que se elimine mi DNI tanto de vuestros sistemas como de los de esa agencia.

Alberto Morales""",
         "Alberto Morales"),

        ("restriction", (),
         "Bloqueo de mis datos mientras investigan la brecha",
         """Estimados señores:

He recibido su comunicación del 3 de noviembre sobre el incidente de seguridad en su proveedor de atención al cliente en Filipinas.

Mientras no terminen la investigación y me aclaren si mis datos se vieron afectados, les solicito que limiten el tratamiento de mis datos en lo que respecta a dicho proveedor: que no se le envíe ningún dato más sobre mí. No quiero que se borre mi cuenta; solo que quede en suspenso esa parte.

Atentamente,
Elena Castro Vidal""",
         "Elena Castro Vidal"),

        ("objection", ("withdraw_consent",),
         "Me opongo al perfilado",
         """Hola,

He visto en vuestra política de privacidad que ahora compartís mi historial de compras con una empresa de análisis en Estados Unidos para hacer perfiles de clientes. Me opongo a que uséis mis datos para eso.

Y ya puestos, quitadme también de la newsletter, que no la leo.

Un saludo,
Raquel Jiménez""",
         "Raquel Jiménez"),

        ("other", (),
         "IVA en pedido a Canarias",
         """Buenos días:

Vivo en Las Palmas y me habéis cobrado el IVA belga en el pedido 2026-44102. Como Canarias no está dentro del territorio IVA de la UE, tengo que pagar además el IGIC y el despacho de aduanas al recibirlo.

¿Podéis quitar el IVA de la factura y transferirme la diferencia a la cuenta desde la que pagué?

Gracias,
Francisco Medina""",
         "Francisco Medina"),

        ("other", (),
         "¿Enviáis a Andorra?",
         """Hola! Quería saber si hacéis envíos a Andorra y si hay que pagar algo en la aduana al recibir el paquete. Es para un regalo de cumpleaños así que necesito que llegue antes del 20 de noviembre.

Mil gracias,
Marta""",
         "Marta Gil"),

        ("other", (),
         "Paquete retenido en aduanas",
         """Buenas,

Mi pedido 2026-43877 lleva diez días retenido en la aduana de Barajas. Según el seguimiento, "pendiente de documentación del remitente". ¿Podéis enviar lo que falta a la empresa de transporte? Si no se resuelve esta semana prefiero cancelar y que me devolváis el dinero.

Un saludo,
Sergio Romero""",
         "Sergio Romero"),
    ],

    "it": [
        ("access", (),
         "I miei dati sono negli Stati Uniti?",
         """Buongiorno,

nella vostra informativa privacy leggo che vi avvalete di "fornitori di servizi cloud con sede negli Stati Uniti". Vorrei sapere se i miei dati personali (account, ordini, tessera fedeltà) sono trasferiti negli USA, a quali società, e su quale base giuridica.

Se il trasferimento si basa sulle clausole contrattuali tipo, vi chiedo di inviarmene una copia, come previsto dall'art. 15, paragrafo 2, del GDPR.

Cordiali saluti,
Francesca Rinaldi""",
         "Francesca Rinaldi"),

        ("portability", (),
         "Storico ordini in formato CSV",
         """Buongiorno,

ho saputo che dal prossimo anno il vostro negozio online passerà a una piattaforma gestita da una società extra-UE. Prima del passaggio vorrei avere i miei dati: storico degli ordini e punti della tessera fedeltà, in un formato leggibile da un computer (CSV o JSON vanno bene), così da poterli conservare e usare altrove.

Grazie mille,
Matteo Conti""",
         "Matteo Conti"),

        ("deletion", ("access",),
         "Copia del passaporto",
         """Gentili signori,

ad agosto, in occasione di un acquisto nel vostro negozio di Bruxelles, mi è stata fotocopiata la carta d'identità per il modulo tax free... anzi no, era il passaporto. Il rimborso dell'IVA mi è già stato accreditato.

Vi chiedo di cancellare quella copia del passaporto. Vorrei inoltre sapere se è stata inviata a qualcuno fuori dall'Unione europea, per esempio alla società che gestisce i rimborsi tax free.

Distinti saluti,
Giovanni Ferrara""",
         "Giovanni Ferrara"),

        ("objection", (),
         "Opposizione al servizio clienti nelle Filippine",
         """Salve,

ho notato che le risposte del vostro servizio clienti arrivano ormai da un centro nelle Filippine. Non ho nulla contro chi ci lavora, ma non mi va che i miei dati e le mie conversazioni vengano trattati dall'altra parte del mondo.

Mi oppongo a questo trattamento: per le mie richieste vorrei essere seguito da personale in Europa.

Saluti,
Alessandro Bruno""",
         "Alessandro Bruno"),

        ("complaint", (),
         "Secondo sollecito - richiesta senza risposta",
         """Gentili signori,

il 29 settembre vi ho chiesto per e-mail di sapere a quali fornitori esteri avete comunicato i miei dati. Il 14 ottobre vi ho mandato un primo sollecito. Ad oggi, 6 novembre, non ho ricevuto alcuna risposta, nemmeno una conferma di ricezione.

Vi ricordo che il termine è di un mese. Se non ricevo riscontro entro la fine del mese presenterò reclamo all'autorità per la protezione dei dati.

Valentina Greco""",
         "Valentina Greco"),

        ("withdraw_consent", (),
         "basta whatsapp",
         """Buonasera, vi chiedo di non mandarmi più messaggi promozionali su WhatsApp per le spedizioni all'estero. Avevo dato il consenso ma lo ritiro. Grazie
Roberto Esposito""",
         "Roberto Esposito"),

        ("restriction", ("correction",),
         "Dichiarazione doganale con dati sbagliati",
         """Buongiorno,

la dichiarazione doganale del mio ordine 2026-51166, spedito dal vostro magazzino in Svizzera, riporta una data di nascita sbagliata (12/03/1968 invece di 21/03/1986) e un indirizzo incompleto. Lo stesso errore c'è nel mio profilo cliente.

Vi chiedo di correggere questi dati e, finché non avrete verificato e corretto, di non usarli né trasmetterli ad altri spedizionieri o uffici doganali.

Cordiali saluti,
Chiara Marino""",
         "Chiara Marino"),

        ("other", (),
         "Dazi doganali sul pacco dalla Gran Bretagna",
         """Buongiorno,

il corriere mi chiede 26 euro di dazi e spese di sdoganamento per il pacco dell'ordine 2026-50782. Sul sito non c'era scritto che la merce partiva dal Regno Unito. È possibile togliere questo importo dalla fattura oppure rimborsarmelo con un bonifico?

Grazie,
Luca Romano""",
         "Luca Romano"),

        ("other", (),
         "Spedizione in Svizzera (Ticino)",
         """Salve, abito a Lugano. Spedite anche in Svizzera? E nel caso, l'IVA belga viene tolta dal prezzo o la pago due volte? Vorrei ordinare una bicicletta elettrica. Grazie, Silvia""",
         "Silvia Colombo"),

        ("other", (),
         "Informazioni sulla padella Ferro",
         """Buongiorno,

la padella "Ferro 28 cm" è prodotta in Cina o in Italia? E il rivestimento è privo di PFAS? Nella scheda tecnica non trovo questi dati.

Grazie per la risposta,
Davide Ricci""",
         "Davide Ricci"),
    ],

    "pt": [
        ("access", (),
         "Para que países vão os meus dados?",
         """Bom dia,

Recebi uma resposta do vosso apoio ao cliente assinada por alguém num centro na Índia. Gostaria de saber para que países fora da União Europeia são enviados os meus dados pessoais, que empresas os recebem e com que garantias. Peço também que me indiquem durante quanto tempo os guardam.

Cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),

        ("correction", (),
         "Apelido e NIF errados",
         """Boa tarde,

Na declaração aduaneira da minha encomenda 2026-60213 o meu apelido aparece como "Perreira" e o NIF tem um algarismo trocado. Fui ver à minha conta e os erros vêm de lá.

O correto é: Rui Miguel Pereira, NIF 231 458 907. Agradeço que corrijam na vossa base de dados e, se possível, informem a transitária.

Obrigado,
Rui Pereira""",
         "Rui Pereira"),

        ("deletion", ("withdraw_consent",),
         "Apagar a minha conta",
         """Olá,

Quero fechar a minha conta e que apaguem todos os meus dados, incluindo a morada que passaram ao fornecedor na China para a entrega da última encomenda. E deixem de me mandar a newsletter, por favor.

Obrigada,
Inês Santos""",
         "Inês Santos"),

        ("portability", (),
         "Exportação do histórico de encomendas",
         """Bom dia,

Com a mudança da vossa loja online para uma nova plataforma fora da Europa, prefiro ter comigo o meu histórico. Podem enviar-me todas as minhas encomendas e os pontos do cartão de cliente num ficheiro CSV ou Excel, para eu poder importar numa folha de cálculo?

Com os melhores cumprimentos,
Tiago Almeida""",
         "Tiago Almeida"),

        ("objection", (),
         "Oposição ao uso dos meus dados pelo fornecedor",
         """Exmos. Senhores,

Depois de uma compra na vossa loja, o fornecedor que fez o envio direto (dropshipping) começou a enviar-me e-mails com as promoções dele. Segundo a vossa política de privacidade, partilham dados com fornecedores com base no "interesse legítimo".

Venho opor-me, nos termos do artigo 21.º do RGPD, a que os meus dados sejam partilhados com fornecedores para fins de marketing.

Com os melhores cumprimentos,
Manuel Costa""",
         "Manuel Costa"),

        ("complaint", ("restriction",),
         "Reclamação: transferência sem garantias",
         """Exmos. Senhores,

Em resposta a um pedido meu, informaram-me no dia 22 de outubro que os meus dados são enviados para um prestador de serviços de pagamento fora do Espaço Económico Europeu e que "não existe contrato específico" para esse envio. Isto é contrário aos artigos 44.º a 49.º do RGPD.

Apresento por isso esta reclamação e peço que, enquanto a situação não estiver regularizada, deixem de enviar os meus dados para esse prestador. Caso não o façam, dirigir-me-ei à autoridade de proteção de dados belga.

Helena Sousa""",
         "Helena Sousa"),

        ("withdraw_consent", (),
         "",
         """Boa noite, por favor retirem-me da lista de SMS de promoções de envios internacionais. Já não quero receber. Obrigado, João Ferreira""",
         "João Ferreira"),

        ("other", (),
         "Taxas alfandegárias",
         """Olá,

A minha encomenda 2026-61554 ficou retida na alfândega e os CTT pedem 21,30 € de IVA e taxas de desalfandegamento. Pensava que era um envio dentro da UE. Podem retirar este valor da fatura ou transferir-me o reembolso?

Cumprimentos,
Catarina Lopes""",
         "Catarina Lopes"),

        ("other", (),
         "Envio para a Suíça",
         """Bom dia, o meu filho trabalha em Zurique e queria enviar-lhe uma máquina de café como presente. Fazem entregas na Suíça? E quem paga a alfândega, ele ou eu?

Obrigada,
Fernanda Martins""",
         "Fernanda Martins"),

        ("other", (),
         "Dúvida sobre auscultadores",
         """Boa tarde,

Os auscultadores "Nord Pro" são fabricados na China? E a garantia é de dois anos na Europa, mesmo sendo importados? Gostava de saber antes de encomendar. Obrigado pela ajuda (podem ignorar o e-mail que mandei ontem, era sobre outro modelo).

Paulo Oliveira""",
         "Paulo Oliveira"),
    ],
}

"""Seventeenth set, mails at the borders between categories. Written apart from the rules (see make_seventeenth.py)."""

PEOPLE_A = {
    "en": [
        ("access", (), "what do you actually have on me?",
         """Hi,

Last week I got an email from you recommending the "perfect gift for your 40th". I never told you my age, at least I don't think I did, so now I'm curious what else is sitting in your system with my name on it.

Could you send me an overview of everything you keep about me - account details, what I've bought, the loyalty card stuff, and whatever you've worked out about me from all that. I'm not moving to another shop or anything, I just want to read it. A PDF is fine.

The account is under this email address.

Thanks,
Graham Whitfield""",
         "Graham Whitfield"),
        ("portability", (), "",
         """Hello,

I'm moving all my gardening records over to the GreenThumb planner app. It can import a purchase history so it knows which plants, seeds and tools I already have, and it takes CSV or JSON.

Could you produce a file with my order history (products, dates, quantities) for the account linked to this address? If it's easier for you, GreenThumb says retailers can send it to them directly at import@greenthumb.example - I'm happy for you to send it straight there instead of to me.

Cheers
Priya""",
         "Priya Raman"),
        ("deletion", (), "Close it all down please",
         """Hi there,

To be clear from the start: this isn't about the mailing list, I came off that through the link in your email months ago.

I want the whole account gone. The login, the saved addresses, the stored card, the order history, the loyalty points (there are about 300 left, I don't care, let them go). We've moved to Canada and I won't be ordering from you again, so I can't see why you'd need to hang on to any of it.

Please let me know once it's done.

Regards,
Martin O'Leary""",
         "Martin O'Leary"),
        ("withdraw_consent", (), "too many emails",
         """hiya, i signed up for your offers when i got the loyalty card but its literally every day now and its too much. can you take me off that? dont touch my account tho, I still need it for the points and to track my orders

thx
Shaz""",
         "Sharon Kelly"),
        ("objection", ("access",), "Letter from HomeStyle Magazine - where did they get my address?",
         """Dear Sir or Madam,

This morning I received a postal offer from HomeStyle Magazine, addressed to me by name, which states that they "received my details through our partner shop.example.be". I have never agreed to my address being passed on to anyone, let alone for advertising.

I want this to stop. Please do not hand my name or address to any partner for marketing purposes from now on.

I would also like to know exactly which companies you have already given my details to, and when.

Yours faithfully,
Eleanor Pryce""",
         "Eleanor Pryce"),
        ("restriction", (), "Loyalty account mix-up - please don't touch anything yet",
         """Hello,

Your customer service told me last week that my loyalty account was "merged" with another customer's because we share a surname and a street address (she's my sister-in-law, same building, different flat). Since then half of my purchase history shows her orders and my points balance is wrong.

Customer service have opened a case to work out which orders are actually mine, and they warned me it could take several weeks. Until that's finished I do NOT want any of it deleted - I need it to show what I bought - but I also don't want it used in the meantime: no offers based on it, no points statements, nothing passed on. Just leave it as it is for now.

Thank you,
Joanne Mercer""",
         "Joanne Mercer"),
        ("correction", (), "Birthday",
         """Good afternoon,

Got my "happy birthday" voucher from you yesterday, which was nice, except my birthday is in November, not May. I think someone swapped the day and month when my loyalty card was set up: it should be 05/11/1983, not 11/05/1983.

Could you fix it in my customer record? Not urgent, I'd just rather the file was right.

Card number ends in 4471.

Best,
Tom Hadley""",
         "Tom Hadley"),
        ("complaint", ("access",), "Re: Subject access request - 14 February",
         """Hello again,

On 14 February I wrote to this address asking for a copy of the personal data you hold about me. I have received nothing, not even an acknowledgement, and that is now well over the one month you are allowed.

I am still waiting for that copy. If I don't have it by the end of next week I will lodge a complaint with the Belgian Data Protection Authority and tell them this mailbox appears to go unread.

Daniel Okafor

> On 14 Feb, Daniel Okafor wrote:
> Dear privacy team, I would like a copy of all personal data you hold about me under this email address, including my order history and loyalty card data.""",
         "Daniel Okafor"),
        ("other", (), "Question for a uni project",
         """Hello,

I'm a master's student at KU Leuven writing a thesis on how Belgian online retailers deal with customer data. I'm not a customer of yours, so this isn't about any data of mine.

Would you be willing to answer a few general questions - for example how long you usually keep order data, whether you use any service providers outside the EU, and roughly how many privacy requests you get in a year? Even a short reply would really help.

Kind regards,
Hannah Lindqvist""",
         "Hannah Lindqvist"),
        ("other", (), "order 5583120 going to wrong address!!",
         """Hi, sorry if this is the wrong mailbox but the customer service line is closed.

I just ordered the rattan lounge set (order 5583120) and it's going to my mum's in Lier, because the checkout kept the delivery address from a present I sent her at Christmas. It should go to my own address, the one that's on my account. Can someone change the delivery on that order before it ships?? The set is huge, she'll kill me

Thanks!!
Kev""",
         "Kevin Janssens"),
        ("automated", (), "Automatic reply: Re: your request - ref 2024-118",
         """Thank you for your email.

I am on annual leave until Monday 14 April with limited access to email. For anything urgent please contact my colleague Sarah Benson (sarah.benson@harwood-legal.example). Otherwise I will reply when I'm back.

Best wishes,
Rachel Dunmore""",
         "Rachel Dunmore"),
    ],
    "nl": [
        ("access", (), "Opvraging",
         """Goeiedag,

Ik ben al een paar jaar klant bij jullie en heb ook een klantenkaart. Vorige week werd ik gebeld door een firma die zei dat ze mijn nummer "via een partner" hadden gekregen. Daarom wil ik graag weten wat jullie allemaal over mij bijhouden en aan wie jullie daar eventueel iets van hebben doorgegeven.

Ik verwacht een antwoord binnen de wettelijke termijn van een maand. Zoniet dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
Marleen De Smet
Kortrijksesteenweg 212
9000 Gent""",
         "Marleen De Smet"),
        ("portability", (), "bestand met mijn aankopen",
         """Dag,

Ik ga mijn tuinspullen voortaan bij Tuinhuys kopen, die hebben ook een klantenprogramma. Ze vroegen of ik mijn aankoopgeschiedenis kan "meebrengen", dan nemen ze een deel van mijn punten over. Kunnen jullie me die bezorgen in een Excel- of CSV-bestandje dat zij kunnen inladen? Rechtstreeks naar hen sturen mag ook: klantendienst@tuinhuys.example.be

Bedankt
Jens""",
         "Jens Wuyts"),
        ("deletion", (), "Weg ermee",
         """Hallo,

Na die toestand met de levering van vorige maand heb ik geen zin meer om nog iets bij jullie te kopen. Ik wil dat mijn account, mijn klantenkaart en alles wat jullie over mij hebben definitief verdwijnt. Niet gewoon op "inactief" zetten, echt weg.

Laat maar weten als het gebeurd is.

Groeten
Pieter Van den Broeck""",
         "Pieter Van den Broeck"),
        ("withdraw_consent", (), "",
         """Beste,

Jullie nieuwsbrief komt hier drie keer per week binnen en dat is me echt te veel geworden. Mag ik daar vanaf? Ik heb me destijds zelf ingeschreven, dus geen verwijt hoor. Mijn account en klantenkaart wil ik wel houden.

Vriendelijke groet,
An Peeters""",
         "An Peeters"),
        ("objection", (), "telefoontjes",
         """Goedemiddag,

Al drie keer deze maand ben ik gebeld door iemand "namens shop.example.be" met aanbiedingen voor tuinmeubelen. Mijn gsm-nummer heb ik alleen opgegeven voor de levering, nooit om reclame te krijgen.

Ik wil niet meer gebeld worden met commerciële voorstellen, niet door jullie en ook niet door een callcenter dat voor jullie belt.

Mvg,
Luc Hermans""",
         "Luc Hermans"),
        ("restriction", (), "Betwisting registratie 'openstaande schuld'",
         """Geachte,

Bij het afrekenen kreeg ik de melding dat betalen op factuur voor mij "niet mogelijk" is. Volgens de klantendienst sta ik in jullie systeem geregistreerd als klant met een openstaande schuld. Dat klopt niet: de factuur in kwestie (2022) is betaald, ik heb het rekeninguittreksel.

Ik heb dit bij de klantendienst aangekaart en zij onderzoeken het. Zolang dat onderzoek loopt, vraag ik dat jullie die registratie niet gebruiken (niet voor beslissingen over betaalwijzen, niet doorgeven aan een incassobureau), maar ze ook niet wissen, want ik heb ze mogelijk nodig als bewijs.

Hoogachtend,
Koen Wouters""",
         "Koen Wouters"),
        ("correction", ("access",), "adres + vraagje",
         """Hallo,

Ik ben in januari verhuisd en in mijn klantenprofiel staat nog altijd mijn oude adres (Molenstraat 8, Aalst). Zelf kan ik het niet aanpassen, het veld staat grijs. Het nieuwe is Populierenlaan 31, 9300 Aalst. Willen jullie dat in orde brengen?

En als jullie toch bezig zijn: ik zou ook graag eens een overzicht krijgen van welke gegevens jullie nog allemaal van mij hebben staan.

Merci,
Sofie Claes""",
         "Sofie Claes"),
        ("complaint", ("deletion",), "Dit kan echt niet",
         """Goedenavond,

Vanavond kreeg ik van jullie een mail "uw bestelling is verzonden", maar daarin stonden de naam, het adres en de bestelling van iemand anders (een mevrouw uit Hasselt). Dus mijn gegevens zijn waarschijnlijk ook bij een wildvreemde terechtgekomen. Ik vind dat onaanvaardbaar en wil weten wat jullie daaraan gaan doen.

En ik wil dat jullie mijn account en al mijn gegevens wissen, ik vertrouw jullie er niet meer mee.

De mail van die mevrouw heb ik bijgehouden maar niet doorgestuurd, dat lijkt me niet de bedoeling.

Wim Jacobs""",
         "Wim Jacobs"),
        ("other", (), "Leveradres bestelling 20240877",
         """Goeiemorgen,

Is het nog mogelijk om het leveradres van bestelling 20240877 te wijzigen? Ik ben die week overdag op het werk en laat het liever daar leveren: Industrieweg 5, 3001 Heverlee (firma Verbist, receptie).

Mijn adres in mijn account is wel correct, het gaat enkel om deze ene levering.

Alvast bedankt
Ellen""",
         "Ellen Goossens"),
        ("other", (), "Is uw webshop klaar voor de nieuwe cookieregels?",
         """Beste privacyverantwoordelijke,

Wist u dat meer dan 60% van de Belgische webshops niet in orde is met de cookiewetgeving? Bij PrivaConsult begeleiden we kmo's van audit tot implementatie, tegen een vaste prijs en zonder juridisch jargon.

Graag plan ik een vrijblijvend gesprek van 20 minuten in om te bekijken waar u staat. Past dinsdag of donderdag voor u?

Met vriendelijke groeten,
Bart Willems
Business Development - PrivaConsult BV
0479 12 34 56""",
         "Bart Willems | PrivaConsult"),
        ("automated", (), "Afwezig: Re: uw vraag",
         """Beste,

Bedankt voor uw bericht. Ik ben met verlof tot en met 25 augustus en lees in die periode mijn mails niet. Uw mail wordt niet doorgestuurd.

Voor dringende zaken kan u terecht bij mijn collega Tom Vermeulen (tom.vermeulen@vdb-boekhouding.example.be) of op het algemene nummer 09 223 45 67.

Met vriendelijke groeten,
Inge Maes""",
         "Inge Maes"),
    ],
    "fr": [
        ("access", (), "Question",
         """Bonjour,

Hier j'ai reçu un SMS de votre part pour une promo sur les barbecues. Je ne me souviens pas du tout vous avoir donné mon numéro de GSM.

Pouvez-vous me dire ce que vous avez exactement sur moi dans vos fichiers, et d'où vient ce numéro ?

Merci d'avance
Nathalie Dubois""",
         "Nathalie Dubois"),
        ("portability", (), "Transfert de mon historique vers une autre enseigne",
         """Madame, Monsieur,

Je souhaiterais que l'historique de mes achats ainsi que mes listes d'envies soient transmis directement à la société JardiPlus (service.clients@jardiplus.example), chez qui je compte désormais faire mes achats. Ils m'ont indiqué pouvoir importer un fichier structuré (CSV, XML...). À défaut, envoyez-moi ce fichier et je m'en chargerai moi-même.

Je vous remercie d'avance de votre diligence.

Jean-Marc Lambert""",
         "Jean-Marc Lambert"),
        ("deletion", (), "",
         """Bonjour

je n'utilise plus mon compte chez vous et je voudrais que vous le fassiez disparaître avec tout ce qu'il y a dedans, commandes, adresses, carte de fidélité. Pas juste me retirer de la newsletter hein, tout.

bonne journée
Sylvie""",
         "Sylvie Collard"),
        ("withdraw_consent", (), "SMS promo",
         """Bonjour,

Lors de mon inscription j'avais coché la case pour recevoir vos promotions par SMS. Finalement ça ne m'intéresse plus, je préfère ne plus en recevoir. Pour le reste je garde mon compte, aucun souci.

Cordialement,
Olivier Martin""",
         "Olivier Martin"),
        ("objection", (), "Vos « recommandations personnalisées »",
         """Bonjour,

Depuis quelque temps votre site et vos mails me proposent des produits en fonction de ce que j'ai regardé, de ce que j'ai acheté, et apparemment même de l'heure à laquelle je me connecte. Je n'ai jamais demandé ça et je trouve ça franchement intrusif.

Je ne veux pas que mon comportement sur votre site soit analysé pour me cibler. Vous pouvez évidemment continuer à me livrer mes commandes, mais sans ce genre de suivi.

Salutations,
Thierry Lejeune""",
         "Thierry Lejeune"),
        ("restriction", ("access",), "Carte fidélité bloquée – contestation",
         """Madame, Monsieur,

Ma carte de fidélité a été bloquée le 3 mars au motif d'une « utilisation frauduleuse ». Je conteste formellement cette appréciation : je n'ai jamais prêté ma carte ni cumulé de points de manière abusive.

Dans l'attente de l'examen de ma contestation, je vous demande de geler les données liées à cette carte : ne les effacez pas, mais ne les utilisez pas non plus, ni pour prendre d'autres décisions à mon sujet, ni pour les transmettre à qui que ce soit.

Je vous saurais gré également de me communiquer les données sur lesquelles vous vous êtes fondés pour conclure à une fraude.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Françoise Renard""",
         "Françoise Renard"),
        ("correction", (), "Madame et non Monsieur",
         """Bonjour,

Petite chose mais qui m'agace : tous vos courriers et vos mails commencent par « Cher Monsieur Lefèvre ». Je suis une femme. Dans mon compte client la civilité est mal encodée et je ne trouve pas comment la modifier moi-même. Pouvez-vous arranger ça ?

Merci,
Dominique Lefèvre""",
         "Dominique Lefèvre"),
        ("complaint", ("deletion",), "Re: suppression de mon compte (2e rappel)",
         """Bonjour,

Le 12 janvier je vous ai demandé de supprimer mon compte et toutes mes données. Le 15 février je vous ai relancés. Aucune réponse, et je reçois toujours votre newsletter chaque mardi, ce qui montre bien que rien n'a été fait.

Je vous demande une dernière fois d'effacer mes données. Sans réponse de votre part sous huit jours, je dépose plainte auprès de l'Autorité de protection des données.

Christophe Masson""",
         "Christophe Masson"),
        ("other", (), "cookies",
         """Bonjour, je suis développeuse web et je regardais votre site par curiosité professionnelle. Votre politique de confidentialité parle de « cookies de mesure d'audience » mais ne dit pas quel outil vous utilisez, c'est Matomo ou Google Analytics ? Simple curiosité, merci si vous avez le temps de répondre !
Camille""",
         "Camille Roussel"),
        ("other", (), "PLAINTE parasol cassé",
         """Bonjour,

Je porte plainte !!! J'ai reçu le parasol déporté commandé le 2 mai (commande 7731904) et le mât est plié, il était déjà abîmé dans le carton. J'ai écrit deux fois au service clients, pas de réponse. J'écris ici parce que c'est la seule adresse que j'ai trouvée sur le site.

Je veux un remplacement ou un remboursement, c'est tout.

Mme Gilson""",
         "famille Gilson"),
        ("automated", (), "Réponse automatique : Votre demande",
         """Bonjour,

Je suis absente du bureau jusqu'au 2 janvier inclus. Votre message ne sera pas transféré. En cas d'urgence, veuillez contacter le secrétariat au 02 512 34 56.

Excellentes fêtes de fin d'année !

Isabelle Dumont
Étude notariale Dumont & Fils""",
         "Isabelle Dumont"),
    ],
    "de": [
        ("access", (), "Anfrage",
         """Guten Tag,

ich möchte einmal nachvollziehen können, was bei Ihnen alles zu meiner Person gespeichert ist – Kundenkonto, Bestellungen, Bonuskarte, und falls Sie daraus irgendwelche Interessen oder Kundengruppen ableiten, auch das. Eine Übersicht per E-Mail reicht mir völlig. Ich will die Daten nirgendwohin mitnehmen, ich will nur wissen, woran ich bin.

Mit freundlichen Grüßen
Sabine Krüger
(Kundennr. 204 118 37)""",
         "Sabine Krüger"),
        ("portability", (), "Export meiner Kaufhistorie",
         """Hallo zusammen,

ich ziehe mit meinen Einkäufen zu Gartenwelt24 um. Die haben eine Funktion, mit der man die Kaufhistorie eines anderen Händlers hochladen kann (CSV oder JSON), damit Garantiefristen und Nachbestellungen weiter funktionieren.

Könnt ihr mir meine Bestellhistorie in so einem Format exportieren? Am liebsten direkt an die schicken: datenimport@gartenwelt24.example.de

Danke & Gruß
Felix""",
         "Felix Wagner"),
        ("deletion", ("withdraw_consent",), "Kündigung Kundenkonto",
         """Sehr geehrte Damen und Herren,

hiermit kündige ich mein Kundenkonto bei Ihnen und bitte darum, sämtliche Daten über mich zu entfernen, soweit Sie diese nicht von Gesetzes wegen aufbewahren müssen.

Falls sich das wegen Aufbewahrungsfristen hinzieht: Newsletter und Werbe-E-Mails möchte ich ab sofort jedenfalls nicht mehr erhalten, meine Einwilligung dazu ziehe ich zurück.

Mit freundlichen Grüßen
Dr. Werner Hoffmann""",
         "Dr. Werner Hoffmann"),
        ("withdraw_consent", ("objection",), "",
         """Hallo,

bitte keine Werbemails mehr an diese Adresse. Ich hatte mich damals für den Newsletter angemeldet, brauche ihn aber nicht mehr.

Und die Kataloge, die seit dem Frühjahr in meinem Briefkasten landen, möchte ich auch nicht – darum habe ich nie gebeten.

Das Kundenkonto bitte bestehen lassen.

Gruß
M. Schulz""",
         "Monika Schulz"),
        ("objection", (), "Custom Audiences",
         """Guten Tag,

laut Ihrer Datenschutzerklärung übermitteln Sie die E-Mail-Adressen Ihrer Kunden (gehasht) an Meta, um dort „ähnliche Zielgruppen“ zu bilden und Werbung auszuspielen. Ich möchte nicht, dass meine Adresse dafür verwendet wird. Bitte nehmen Sie mich aus diesen Abgleichen heraus.

Mein Konto und meine Bestellungen sind davon nicht betroffen, die sollen bleiben.

Viele Grüße
Jonas Becker""",
         "Jonas Becker"),
        ("restriction", (), "Zahlungserinnerung für Bestellung, die ich nie aufgegeben habe",
         """Sehr geehrte Damen und Herren,

ich habe eine Zahlungserinnerung über 389,90 € für die Bestellung Nr. 6620193 erhalten, die ich nicht aufgegeben habe. Offenbar hat jemand mit meinem Namen und meiner Adresse bestellt. Anzeige bei der Polizei ist erstattet, Ihr Kundenservice hat den Vorgang zur Prüfung aufgenommen.

Solange der Fall nicht geklärt ist, bitte ich Sie, die Daten zu dieser Bestellung und zu meinem Konto nicht weiter zu verwenden – insbesondere nicht an ein Inkassobüro weiterzugeben –, sie aber auch nicht zu löschen, da die Polizei sie möglicherweise anfordert.

Mit freundlichen Grüßen
Katrin Vogel""",
         "Katrin Vogel"),
        ("correction", (), "Kleinigkeit",
         """Hallo,

in meinem Kundenkonto ist die Hausnummer falsch hinterlegt (12a statt 21a). Es geht nicht um eine laufende Bestellung – die letzte kam trotzdem an, weil der Postbote mich kennt –, aber ich hätte es gern richtig im System. Selbst ändern kann ich die Adresse nicht, da kommt immer „Adresse konnte nicht verifiziert werden“.

Danke und viele Grüße
Ute Neumann
Lindenallee 21a, 4700 Eupen""",
         "Ute Neumann"),
        ("complaint", (), "Re: Ihre Lieferung am Dienstag",
         """Guten Abend,

am Dienstag wurde mir ein Hochbeet von Ihnen geliefert. Seit gestern bekomme ich WhatsApp-Nachrichten vom Fahrer, der mich „gern näher kennenlernen“ möchte. Meine Handynummer hat er ganz offensichtlich aus den Lieferdaten.

Ich finde das unerhört und ehrlich gesagt auch beängstigend. Ich erwarte, dass Sie das mit Ihrem Lieferdienst klären und mir sagen, was Sie dagegen unternehmen.

Lena Hartmann""",
         "Lena Hartmann"),
        ("other", (), "Initiativbewerbung – Datenschutzkoordinator (m/w/d)",
         """Sehr geehrte Damen und Herren,

über Ihre Datenschutzerklärung bin ich auf diese Adresse gestoßen und erlaube mir, mich auf diesem Weg initiativ zu bewerben. Ich bin zertifizierter Datenschutzbeauftragter (TÜV) mit fünf Jahren Erfahrung im Onlinehandel und suche eine neue Aufgabe in Ostbelgien oder im Raum Aachen.

Falls Sie Ihr Datenschutzteam verstärken möchten, freue ich mich über eine Rückmeldung. Lebenslauf und Zeugnisse sende ich Ihnen gern zu.

Mit freundlichen Grüßen
Andreas Schmitz""",
         "Andreas Schmitz"),
        ("other", (), "Frage zur Aufbewahrung",
         """Hallo,

kurze allgemeine Frage: Wie lange bewahren Sie eigentlich Rechnungen und Bestelldaten auf? In Ihrer Datenschutzerklärung steht „so lange wie gesetzlich vorgeschrieben“, aber keine Zahl.

Hintergrund: Wir bauen für unseren Kleingartenverein einen kleinen Onlineshop auf und schauen uns an, wie andere das handhaben.

Danke im Voraus!
Rüdiger Klein""",
         "Rüdiger Klein"),
        ("automated", (), "Neue E-Mail-Adresse / new e-mail address",
         """Guten Tag,

diese Adresse wird ab sofort nicht mehr gelesen. Bitte schreiben Sie mir künftig an m.braun@braun-elektro.example.de.

Ihre Nachricht wurde nicht weitergeleitet. Diese Antwort wurde automatisch erstellt.

Mit freundlichen Grüßen
Michael Braun""",
         "Michael Braun"),
    ],
    "es": [
        ("access", (), "Mis datos",
         """Buenas tardes:

Soy cliente suyo desde 2019. Les escribo porque quiero saber qué información personal tienen sobre mí (datos de contacto, pedidos, tarjeta de fidelización y cualquier otra cosa), para qué la utilizan y con quién la han compartido.

Les recuerdo que disponen de un mes para contestar. Si pasado ese plazo no he recibido respuesta, presentaré una reclamación ante la autoridad de protección de datos.

Atentamente,
Carmen Ruiz Ortega""",
         "Carmen Ruiz Ortega"),
        ("portability", ("deletion",), "me cambio de tienda",
         """Hola!

Me vuelvo a España el mes que viene y voy a seguir comprando en Jardinería Sol, que me deja importar el historial de otra tienda para mantener mis descuentos de cliente. Necesito que me mandéis mis pedidos y mis puntos en un archivo que se pueda cargar (un CSV, un Excel, lo que sea menos un PDF escaneado jaja).

Y una vez que lo tenga, podéis borrar mi cuenta, ya no la voy a usar.

Un saludo,
Lucía""",
         "Lucía Herrera"),
        ("deletion", (), "Baja",
         """Hola, buenos días.

Quiero darme de baja, pero no solo del boletín (eso ya lo hice hace tiempo), sino de todo: mi cuenta, mis direcciones, el historial de compras... Que no quede ni rastro de mí en su sistema.

Gracias.
Javier Moreno""",
         "Javier Moreno"),
        ("withdraw_consent", (), "",
         """Hola, ¿me podéis quitar de la lista de correos de ofertas? Me apunté cuando compré la barbacoa pero ya no me interesa. La cuenta la quiero mantener, eso sí.
Gracias
Marta""",
         "Marta Gil"),
        ("objection", (), "Anuncios en Instagram",
         """Hola:

Cada vez que miro algo en vuestra web, a los diez minutos me sale el mismo producto en Instagram. No recuerdo haber aceptado nada parecido y no me hace ninguna gracia.

No quiero que sigáis lo que hago en la web ni que le paséis a Meta o a quien sea lo que miro para ponerme anuncios.

Espero que lo tengáis en cuenta.
Álvaro Jiménez""",
         "Álvaro Jiménez"),
        ("restriction", (), "No borren nada todavía",
         """Buenos días:

Iba a pedirles que eliminaran mi cuenta, pero tengo abierto un litigio con la empresa de transporte por el pedido 4418290 (llegó destrozado y la aseguradora no quiere pagar). Necesito que el historial de ese pedido y los datos de entrega sigan existiendo hasta que se resuelva.

Así que, por ahora, no borren nada, pero tampoco utilicen mis datos para ninguna otra cosa: nada de publicidad, ni análisis, ni cederlos a nadie. Solo guardarlos. Cuando termine el juicio ya les escribiré otra vez.

Un saludo,
Raúl Castillo""",
         "Raúl Castillo"),
        ("correction", (), "Changement d'adresse / cambio de dirección",
         """Hola,

En mi ficha de cliente sigue apareciendo que vivo en Lieja, pero desde hace dos años vivo en Namur (Rue de Fer 40, 5000 Namur). Lo he intentado cambiar en la app varias veces pero al guardar vuelve a salir la dirección antigua. ¿Podéis actualizarlo vosotros?

No tengo ningún pedido pendiente, es solo para que esté bien.

Gracias,
Ana Belén Sánchez""",
         "Ana Belén Sánchez"),
        ("complaint", ("withdraw_consent",), "Re: Re: baja newsletter",
         """Esto ya es una tomadura de pelo.

Me di de baja de vuestra newsletter en enero (pinchando en el enlace Y escribiendo a este correo, tengo el mensaje). Estamos en abril y sigo recibiendo vuestras ofertas dos o tres veces por semana. Nadie me ha contestado.

Quitadme de la lista YA. Si me llega un solo correo publicitario más, pongo una denuncia ante la autoridad belga de protección de datos, que ya he mirado cómo se hace.

Pilar Domínguez""",
         "Pilar Domínguez"),
        ("other", (), "Pedido no recibido",
         """Hola, hice un pedido hace 15 días (n.º 5510276, dos macetas grandes) y todavía no ha llegado. El seguimiento pone «en tránsito» desde hace una semana. ¿Me podéis decir algo? Escribo aquí porque en el chat no contesta nadie.
Saludos
Sergio""",
         "Sergio Navarro"),
        ("other", (), "Consulta de prensa – reportaje sobre comercio online",
         """Estimados/as:

Soy periodista de la sección de Tecnología de un diario digital y estoy preparando un reportaje sobre cómo gestionan los comercios online europeos las solicitudes de sus clientes sobre datos personales.

¿Sería posible hablar con la persona responsable de protección de datos de su empresa? Bastarían 15 minutos por teléfono o videollamada, en inglés o en francés si lo prefieren.

Muchas gracias de antemano,
Elena Prieto
Redactora – Sección Tecnología""",
         "Elena Prieto"),
        ("automated", (), "Respuesta automática: Re: Su solicitud",
         """Hola,

Estoy de vacaciones hasta el 1 de septiembre y no tengo acceso al correo. Para cualquier asunto urgente, escribe a mi compañero Luis (luis.garcia@gestoriaalba.example.es).

Un saludo,
Beatriz""",
         "Beatriz Alba"),
    ],
    "it": [
        ("access", (), "Richiesta",
         """Buongiorno,

sono vostra cliente da qualche anno e vorrei capire cosa sapete di me. In particolare: quali dati avete salvato, da dove li avete presi (alcuni non ricordo di avervi mai dato), a chi li avete passati e per quanto tempo pensate di tenerli.

Non mi serve un file da caricare altrove, mi basta poterli leggere.

Cordiali saluti
Francesca Galli""",
         "Francesca Galli"),
        ("portability", (), "trasferimento dati a Verde&Casa",
         """Salve,

dal mese prossimo passo a Verde&Casa per gli acquisti di giardinaggio. Mi hanno detto che, se ve lo chiedo io, potete trasmettere direttamente a loro lo storico dei miei ordini e i punti della carta in un formato leggibile dal loro sistema. Vi chiedo quindi di inviarli a dati@verdecasa.example.it. Se non è possibile, mandateli pure a me in CSV.

Grazie,
Marco Colombo""",
         "Marco Colombo"),
        ("deletion", (), "",
         """Buonasera,
non voglio che conserviate più niente che mi riguardi: account, indirizzi, storico ordini, carta fedeltà. Non parlo solo della newsletter, proprio tutto. Il profilo potete chiuderlo.

Grazie
Giulia Ferrari""",
         "Giulia Ferrari"),
        ("withdraw_consent", (), "basta newsletter",
         """ciao, mi arriva la vostra newsletter tutti i giorni.. mi ero iscritta io per lo sconto di benvenuto ma adesso basta, non la voglio più. l'account lasciatelo pure
Chiara""",
         "Chiara"),
        ("objection", ("deletion",), "Telefonate commerciali",
         """Buongiorno,

negli ultimi giorni sono stato chiamato due volte da un call center che propone i vostri prodotti. Il numero di cellulare ve l'avevo lasciato solo per il corriere e non ho mai acconsentito a essere contattato per pubblicità.

Vi chiedo di non chiamarmi più per scopi commerciali e di togliere il mio numero di cellulare dai vostri archivi (per le prossime consegne indicherò il fisso).

Distinti saluti
Roberto Esposito""",
         "Roberto Esposito"),
        ("restriction", (), "Re: pratica n. 88213",
         """Gentili signori,

il saldo punti della mia carta fedeltà è passato da 1.250 a 0 senza alcuna spiegazione. Il servizio clienti sostiene che i punti sono stati usati per un ordine spedito ad Anversa, dove non ho mai messo piede. Ho aperto una contestazione (pratica n. 88213).

Finché la questione non è chiarita vi chiedo di non cancellare i dati della carta e dei movimenti, perché mi servono come prova, e allo stesso tempo di non usarli per nient'altro, né per offerte né per altri scopi. Teneteli fermi così come sono.

Cordiali saluti
Stefano Romano""",
         "Stefano Romano"),
        ("correction", ("access",), "numero di telefono nel profilo",
         """Buongiorno,

da un paio di mesi non mi arrivano più gli SMS di consegna. Ho controllato: nel mio profilo cliente il numero di cellulare ha due cifre invertite (+32 470 12 34 65 invece di +32 470 12 34 56). Dal sito non riesco a modificarlo, mi dà sempre errore. Potete inserire quello giusto?

Già che ci siete, mi mandate un riepilogo di tutti i dati che avete associati al mio account? Vorrei controllare che non ci siano altri errori.

Grazie mille,
Paolo Ricci""",
         "Paolo Ricci"),
        ("complaint", (), "Ordine spedito con i miei dati a un'altra persona",
         """Buongiorno,

la mia vicina mi ha appena portato una busta che le è arrivata da voi: dentro c'era la bolla del MIO ordine, con nome, indirizzo, telefono e l'elenco di quello che ho comprato, ma il pacco era intestato a lei. Quindi qualcuno da voi ha mischiato i dati di due clienti. Stavolta è capitato alla mia vicina, ma poteva finire in mano a chiunque.

La trovo una cosa gravissima. Voglio sapere come è potuto succedere e cosa fate perché non si ripeta.

Elisa Conti""",
         "Elisa Conti"),
        ("other", (), "cambio indirizzo consegna ordine 6032118",
         """Salve, ho appena ordinato un set di vasi (ordine 6032118) ma nell'indirizzo di consegna di questo ordine ho sbagliato il codice postale: ho messo 1050 invece di 1060. Nel mio account l'indirizzo è giusto, è che al checkout l'ho riscritto a mano. Riuscite a correggerlo prima della spedizione?
Grazie
Davide""",
         "Davide Marini"),
        ("other", (), "Questionario fornitori – nominativo DPO",
         """Gentile team privacy,

nell'ambito dell'aggiornamento del nostro albo fornitori (siamo il vostro fornitore di arredo da esterno, contratto quadro 2023/17) vi chiediamo cortesemente di compilare il questionario privacy allegato e di indicarci nominativo e recapiti del vostro DPO entro la fine del mese.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti
Ufficio Acquisti e Compliance
Arredi Esterni Brianza S.p.A.""",
         "Arredi Esterni Brianza - Compliance"),
        ("automated", (), "Risposta automatica: Re: richiesta dati",
         """Grazie per il messaggio.

Sono in congedo di maternità fino al 15 marzo e non leggo la posta. Per questioni urgenti potete rivolgervi a Marco Villa (m.villa@studiovilla.example.it).

Laura Bianchi""",
         "Laura Bianchi"),
    ],
    "pt": [
        ("access", (), "Carta em português?",
         """Boa tarde,

Recebi esta semana uma carta vossa com um folheto escrito em português. Nunca vos disse que falo português, imagino que tenham deduzido pelo meu apelido. Fiquei curiosa (e um bocadinho desconfiada) e gostava de saber exatamente o que têm registado sobre mim: dados da conta, compras, cartão de cliente e as conclusões que tiram disso tudo.

Basta-me um resumo por email.

Obrigada,
Ana Rita Ferreira""",
         "Ana Rita Ferreira"),
        ("portability", (), "Histórico de compras em ficheiro",
         """Olá,

Vou regressar a Lisboa e passar a comprar na Casa & Quintal. Eles aceitam importar o histórico de clientes de outras lojas para manter o estatuto de cliente. Podem enviar-me as minhas encomendas e os pontos num ficheiro CSV ou parecido, que o sistema deles consiga ler?

Cumprimentos,
Rui Almeida""",
         "Rui Almeida"),
        ("deletion", (), "",
         """Bom dia. Quero a minha conta apagada. Tudo. Já não a uso e não quero os meus dados aí. Tirarem-me da newsletter não chega.
Paulo Sousa""",
         "Paulo Sousa"),
        ("withdraw_consent", ("objection",), "Newsletter e parceiros",
         """Olá,

Inscrevi-me na vossa newsletter há uns tempos mas já não a quero receber, retirem-me por favor.

E outra coisa: vi nas definições da conta uma opção de «partilha de dados com parceiros selecionados» que já estava ativada. Eu nunca ativei isso. Não quero que o meu email nem as minhas compras sejam passados a parceiros para publicidade.

A conta fica, não a apaguem.

Obrigado
Tiago Costa""",
         "Tiago Costa"),
        ("objection", (), "Re: Os seus vales desta semana 🌱",
         """Boa noite,

Reparei que os vales que recebo com o cartão de cliente são todos baseados no que comprei: se compro adubo, aparecem ofertas de adubo. Não me lembro de ter aceitado que analisassem as minhas compras para isso.

Não quero que usem o histórico do cartão para me traçar um perfil e mandar ofertas à medida. Quero continuar a juntar pontos, só isso.

Cumprimentos,
Helena Martins""",
         "Helena Martins"),
        ("restriction", (), "Conta marcada por devoluções",
         """Exmos. Senhores,

Ao tentar devolver um artigo fui informado de que a minha conta está assinalada como tendo «devoluções abusivas». Contesto essa marcação: em quatro anos fiz três devoluções, todas de artigos com defeito, e tenho as fotografias.

Já pedi ao apoio ao cliente que revisse o caso. Até haver uma decisão, peço que não apaguem nada do meu histórico de devoluções, porque preciso dele para provar o que digo, mas que também não o utilizem entretanto, nem para recusar devoluções nem para qualquer outra coisa.

Com os melhores cumprimentos,
Manuel Oliveira""",
         "Manuel Oliveira"),
        ("correction", (), "nome errado",
         """Olá, o meu apelido está mal escrito na minha ficha de cliente: é «Gonçalves» com ç, não «Goncalves». Aparece assim em todas as faturas e no cartão. Podem pôr isso bem? obrigada
Inês Gonçalves""",
         "Ines Goncalves"),
        ("complaint", ("access",), "Deram a minha morada ao meu ex-marido",
         """Boa tarde,

Mudei de casa em fevereiro e atualizei a morada na minha conta. Ontem o meu ex-marido apareceu à porta e disse-me, com toda a calma, que tinha ligado para o vosso apoio ao cliente a fazer-se passar por "marido" e que lhe deram a minha morada nova para "confirmar uma entrega". Há uma ordem de afastamento, eu mudei-me precisamente para ele não saber onde moro.

Isto é gravíssimo. Quero uma explicação por escrito e quero saber a quem mais forneceram os meus dados nos últimos meses.

Sandra Lopes""",
         "Sandra Lopes"),
        ("other", (), "Reclamação – mangueira",
         """Boa tarde, comprei uma mangueira extensível (encomenda 4871022) e ao fim de duas semanas rebentou. Quero fazer uma reclamação e saber como a posso devolver. Obrigado.
Carlos Rodrigues""",
         "Carlos Rodrigues"),
        ("other", (), "Proposta de parceria – versão portuguesa do vosso site",
         """Bom dia,

Somos uma agência de tradução e localização sediada em Bruxelas. Reparámos que o vosso site ainda não tem versão em português, e a comunidade lusófona na Bélgica ultrapassa as 80 000 pessoas.

Teríamos todo o gosto em enviar-vos um orçamento sem compromisso para a tradução do catálogo e das páginas de apoio. Podemos marcar uma chamada?

Com os melhores cumprimentos,
Filipa Neves
Lusolíngua Traduções""",
         "Filipa Neves"),
        ("automated", (), "Resposta automática",
         """Obrigado pela sua mensagem.

Estarei ausente até dia 20 de agosto, sem acesso regular ao email. A sua mensagem será lida após o meu regresso. Para assuntos urgentes, contacte a receção através do +32 2 345 67 89.

Cumprimentos,
Nuno Carvalho""",
         "Nuno Carvalho"),
    ],
}

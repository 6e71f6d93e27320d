"""Sixth set, people: everyday and messy mail. Written apart from the rules (see make_sixth.py)."""

PEOPLE_O = {
    "en": [
        ("deletion", ("withdraw_consent",), "",
         """pls get rid of everything you have on me and stop the emails too

Sent from my iPhone""",
         "Dan"),
        ("access", (), "A query about my details",
         """Dear Sir or Madam,

I do hope you will forgive me for troubling you with what is probably a very small matter.

My grandson opened an account for me on your website some years ago, when I bought a teak bench and two planters for the patio (both still going strong, I might add). Since then I have ordered the odd thing, mostly bird seed and once a hose reel.

I was listening to a programme on the wireless last week about how companies keep all sorts of information about their customers, and it set me wondering what exactly you have on file about me. I am not cross about it, I should simply like to know. Would you be so kind as to send me a list of whatever you hold? By post would suit me best as I am not much good with attachments, but email will do if that is easier for you.

My address is 7 Avenue des Tilleuls, 1410 Waterloo, and the account is in my name.

With many thanks for your trouble and kind regards,

Margaret Ellison (Mrs)""",
         "Margaret Ellison"),
        ("complaint", ("access",), "Re: Re: my data",
         """This is the third time im writing. I asked on 3 March for a copy of all the info you keep about me and I've had NOTHING, not even an automatic reply. Thats over 6 weeks.
I still want that copy. If nothing arrives by Friday I'm reporting you to the Data Protection Authority, I've already found the form.

K. Osei

> On 18 Mar 2024, at 20:02, K Osei wrote:
> Hello? Any news on my request from 3 March?""",
         "Kwame Osei"),
        ("objection", (), "phone calls",
         """Someone rang me Saturday morning saying they were calling "on behalf of our partner shop.example" about a garden furniture offer. I only ever gave my number to you for delivery. I don't want my number passed on to call centres or used to flog me stuff over the phone, so stop it. No more calls.
Rob""",
         "Robert Haines"),
        ("withdraw_consent", (), "Re: SPRING SALE - up to 40% off garden furniture",
         """unsubscribe

On Tue, 12 Mar 2024 at 09:14, Shop.example <news@shop.example.be> wrote:

> SPRING SALE
> Up to 40% off garden furniture, parasols and BBQs.
> Only this week - shop now!
>
> You receive this email because you signed up for our newsletter.
> Manage your preferences | Unsubscribe""",
         "j.mcallister"),
        ("correction", (), "wrong address AGAIN",
         """Hi, I moved house in January and your system keeps putting my old address on everything. Can someone change it on my account to 22 Rue de la Station, 4000 Liège please. Also my surname is spelt wrong on there, its Whitfield not Whitfeld. Thanks
Claire""",
         "Claire Whitfield"),
        ("portability", ("deletion",), "order history",
         """Hello,
Is there any way to get all my past orders out as a spreadsheet or a csv? I buy for a small landscaping business and we're moving our purchasing to another supplier, I'd like to hand them the whole history in one file so they can import it instead of me retyping 3 years of orders. Once we've got the file you can close our account, we won't need it after that.
Cheers,
Tom Beckett
Beckett Gardens""",
         "Tom Beckett"),
        ("restriction", (), "please do not touch my account for now",
         """Hello,

My ex-husband and I had a shared account with you which is in my name, and he still has the password. We are in the middle of a divorce and my solicitor has asked me to keep everything as it is, so please DON'T delete anything.

But I don't want the account or my details used for anything at all until this is sorted, no orders, no changes, nothing. Just freeze it please. I will let you know when it can go back to normal.

Regards,
Sandra Pike""",
         "Sandra Pike"),
        ("other", (), "delete order",
         """hi can you delete order 4471203 i ordered the wrong size planter by mistake (the 40cm one, wanted 60cm). havent paid yet i think. thanks""",
         "Lisa"),
        ("other", (), "FW: Your order has been delivered",
         """It says delivered but its not here. Not at the neighbours either. Can you check with the courier please?

From: Shop.example <orders@shop.example.be>
Sent: Thursday, 4 April 2024 16:41
To: Peter Nolan
Subject: Your order has been delivered

Hi Peter,
Good news! Your order 4468870 (Pruning shears Pro, Garden gloves L) has been delivered.
Questions? Visit our help centre.
The shop.example team""",
         "Peter Nolan"),
        ("other", (), "cant log in",
         """The password reset link you send me says its expired every single time, even when I click it straight away. I cant get into my account to use my loyalty points before they run out end of month. Can you help?? Tried on phone and laptop.""",
         "Gary Simmons"),
    ],
    "nl": [
        ("deletion", (), "account",
         """Goeiedag,
Ik wil dat ge mijn account en alles wat ge van mij hebt wegdoet. Ik koop toch niks meer bij jullie sinds die miserie met die parasol.
Mvg
Jef Van Looy""",
         "Jef Van Looy"),
        ("withdraw_consent", (), "Fwd: sms",
         """Ik krijg sinds vorige week dit soort sms'en:

"Shop.example: -20% op ALLE tuinmeubelen dit weekend! Shop nu via shop.example.be/tuin. Stop? Antw STOP"

Ik heb NOOIT ja gezegd op reclame per sms. Ik wil die niet meer krijgen. Ook geen mails met promoties aub.

Verzonden vanaf mijn iPhone""",
         "Rita Claes"),
        ("access", ("objection",), "",
         """Waar hebt ge eigenlijk mijn gsm nummer vandaan? Heb dat nooit aan jullie gegeven denk ik. En wat hebt ge nog allemaal van mij in jullie systeem staan, graag een overzicht. en bel mij ook niet meer op met jullie aanbiedingen, ik heb daar geen zin in""",
         "Stijn"),
        ("complaint", (), "Oplichting met jullie gegevens??",
         """Dag,

Gisteren kreeg ik een mail die van jullie leek te komen, met mijn volledige naam, mijn adres en het nummer van mijn bestelling van vorige week (de hogedrukreiniger). Er stond in dat ik nog 2,99 euro verzendkosten moest betalen via een link. Mijn dochter zag direct dat het oplichting was.

Maar hoe komen die mensen aan mijn bestelnummer? Dat kan alleen bij jullie gelekt zijn. Ik vind dit heel ernstig en ik verwacht uitleg. Ik ben zeker niet de enige, op Facebook staan er al meer berichten over.

Hilde Wouters""",
         "Hilde Wouters"),
        ("correction", (), "klantenkaart verjaardag",
         """Hallo, op mijn klantenkaart staat mijn geboortedatum verkeerd, 03/07 in plaats van 07/03 (7 maart dus). Daardoor krijg ik mijn verjaardagsbon altijd in juli haha. Kunnen jullie dat aanpassen? Kaartnummer 2200 4415 8871. Merci!""",
         "Nathalie De Smet"),
        ("portability", (), "aankopen in excel?",
         """Hoi,
Kan ik een lijst krijgen van al mijn aankopen bij jullie, liefst in excel of csv? Ik hou alles bij voor mijn boekhouding en ik ga vanaf nu bij een andere zaak bestellen, dan kan ik het daar importeren.
gr Bart""",
         "Bart Peeters"),
        ("objection", (), "Facebook reclame",
         """Dag,
Telkens ik iets bekijk op jullie site krijg ik een dag later precies datzelfde product te zien op Facebook en Instagram. Ik wil niet dat jullie bijhouden wat ik bekijk en koop om mij zo te volgen met reclame. Zet dat af voor mij aub, en geef mijn gegevens ook niet door aan Facebook.
Groeten,
Koen""",
         "Koen Maes"),
        ("restriction", (), "even niks doen met mijn gegevens",
         """Beste,

Ik twijfel om mijn account helemaal te laten verwijderen maar ik moet eerst met mijn boekhouder bekijken of ik die facturen nog nodig heb. Ondertussen wil ik dat jullie mijn gegevens voor niks meer gebruiken. Niet wissen, gewoon laten staan zoals het is tot ik laat weten wat ik beslis.

Vriendelijke groeten,
Marleen Goossens""",
         "Marleen Goossens"),
        ("other", (), "leveradres wijzigen bestelling 88123",
         """Goedemiddag, kan ik het leveradres van bestelling 88123 nog veranderen? Ik ben donderdag niet thuis, mag naar mijn werk: Industrieweg 14, 9032 Wondelgem (t.a.v. Sofie, receptie). Sorry dat ik naar dit adres mail, vond geen ander. Dank u""",
         "Sofie Verbeke"),
        ("other", (), "verlanglijst",
         """hoe verwijder ik iets van mijn verlanglijstje?? ik vind nergens een knop, die bbq heb ik al gekocht in de winkel""",
         "tom.dhondt"),
        ("other", (), "tuinslang",
         """Ik wou gewoon even laten weten dat de tuinslang (30m, groen) die ik bij jullie kocht na 2 weken al lekt aan de koppeling. Echt geen goede kwaliteit voor die prijs. Ik zou hem eigenlijk willen terugsturen, hoe doe ik dat?
Groetjes
Lieve""",
         "Lieve Janssens"),
    ],
    "fr": [
        ("deletion", ("withdraw_consent",), "suppression compte",
         """Bonjour,

Je souhaiterais que vous supprimiez mon compte client ainsi que toutes les données que vous avez sur moi. Je ne veux plus non plus recevoir vos publicités par mail.

Merci d'avance,
Cordialement,
Isabelle Lambert""",
         "Isabelle Lambert"),
        ("objection", (), "ARRETEZ",
         """ARRETEZ DE M APPELER POUR VOS PROMOTIONS. C EST LA 3EME FOIS CETTE SEMAINE. JE NE VEUX PLUS DE COUPS DE TELEPHONE DE VOTRE SOCIETE NI DE VOS PARTENAIRES.
J. DUBOIS""",
         "jean dubois"),
        ("access", ("correction",), "Ancienne adresse ???",
         """Bonjour,
Comment ça se fait que vous avez encore mon ancienne adresse à Namur ? J'ai déménagé il y a 4 ans et je n'ai jamais commandé chez vous depuis. Je voudrais savoir exactement ce que vous avez comme infos sur moi et depuis quand. Et mettez au moins l'adresse à jour, c'est maintenant Chaussée de Louvain 45, 1300 Wavre.
Bien à vous,
Sébastien Collard""",
         "Sébastien Collard"),
        ("correction", (), "nom mal écrit",
         """Bonjour, mon nom est mal orthographié sur mon compte et sur toutes les factures : c'est VANDERSCHUEREN et pas Vanderschuren. Mon prénom aussi, c'est Anne-Françoise avec un tiret. Pourriez-vous corriger svp, ça pose problème pour mes notes de frais. Merci""",
         "Anne-Françoise Vanderschueren"),
        ("complaint", ("deletion",), "Re: Demande de suppression",
         """Madame, Monsieur,

Toujours rien. Je vous ai écrit le 2 février pour que vous supprimiez mon compte et je reçois encore vos mails chaque semaine, plus de deux mois après. Personne ne m'a répondu.

C'est inadmissible. Je vous demande une dernière fois de supprimer mon compte et mes données. Sans réponse de votre part sous huit jours, je porte plainte auprès de l'Autorité de protection des données.

M. Leclercq

-----Message d'origine-----
De : Michel Leclercq
Envoyé : vendredi 2 février 2024 10:12
À : privacy@shop.example.be
Objet : Demande de suppression

Bonjour, veuillez supprimer mon compte (michel.leclercq@skynet.be). Merci.""",
         "Michel Leclercq"),
        ("portability", (), "historique commandes",
         """bonjour est il possible d avoir l historique de toutes mes commandes dans un fichier excel ou csv ? je vais commander ailleurs pour le jardin et je voudrais le donner au nouveau magasin pour qu ils reprennent mes references. merci""",
         "Patrick"),
        ("restriction", (), "Mes données - ne rien effacer",
         """Bonjour,

Suite à l'accident avec la tondeuse achetée chez vous (dossier en cours avec mon assurance), je vous demande de ne rien effacer de mon compte, mes commandes et nos échanges, j'en ai besoin pour le litige.

Par contre je ne veux plus que vous utilisiez mes données pour quoi que ce soit d'autre en attendant. Gardez-les, c'est tout.

Cordialement,
Christophe Renard""",
         "Christophe Renard"),
        ("withdraw_consent", (), "TR: Les nouveautés jardin de mai 🌷",
         """je ne trouve pas le lien pour me désinscrire dans ce mail, pouvez vous me retirer de la liste svp ? merci

Envoyé de mon Galaxy

-------- Message d'origine --------
De : shop.example <news@shop.example.be>
Date : 02/05/2024 08:00
Objet : Les nouveautés jardin de mai 🌷

Chère Martine,
Le printemps est là ! Découvrez nos nouveautés : bacs à fleurs, graines bio, mobilier de balcon...
[Voir la collection]""",
         "Martine Hubert"),
        ("other", (), "annuler commande",
         """Bonjour,
Pouvez-vous supprimer ma commande n° 4470915 ? J'ai commandé deux fois le même salon de jardin par erreur (double clic). Je garde seulement la commande 4470914.
Merci beaucoup
Nadia""",
         "Nadia El Amrani"),
        ("other", (), "Candidature spontanée - magasinier / préparateur de commandes",
         """Madame, Monsieur,

Je me permets de vous adresser ma candidature pour un poste de magasinier ou préparateur de commandes dans votre entrepôt. Titulaire d'un permis cariste, j'ai travaillé cinq ans chez un grossiste en matériaux à Charleroi.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Kevin Mertens
0476 12 34 56""",
         "Kevin Mertens"),
        ("automated", (), "Réponse automatique : Les nouveautés jardin de mai 🌷",
         """Bonjour,

Je suis absente du bureau jusqu'au 13 mai inclus, avec un accès limité à mes mails.
Pour toute urgence, merci de contacter le secrétariat au 02 555 12 34.

Cordialement,
Véronique Simon
Commune de Rixensart – Service Urbanisme""",
         "Véronique Simon"),
    ],
    "de": [
        ("access", ("deletion",), "woher haben sie meine adresse",
         """Hallo,
ich bekomme seit Wochen Prospekte von Ihnen per Post obwohl ich glaube ich nur einmal was bestellt hab (Vogelhaus, 2019). Was haben Sie alles über mich gespeichert und woher haben Sie meine jetzige Adresse? Die hatte ich damals noch gar nicht.
Wenn ich die Antwort habe, bitte alles löschen.
Gruß
U. Brandt""",
         "Ulrike Brandt"),
        ("withdraw_consent", (), "Newsletter",
         """Ich will den Newsletter nicht mehr haben!!! Hab mich da nie angemeldet, das war bestimmt bei der Bestellung so ein Häkchen. Bitte austragen.

Von meinem Samsung Galaxy Smartphone gesendet.""",
         "Frank"),
        ("objection", (), "Auswertung meiner Einkäufe",
         """Guten Tag,

in Ihrer Datenschutzerklärung habe ich gelesen, dass Sie aus meinen Bestellungen und dem, was ich auf der Seite anklicke, ein "Interessenprofil" erstellen. Das möchte ich nicht. Hören Sie bitte auf, mein Einkaufsverhalten auszuwerten, und zeigen Sie mir keine auf mich zugeschnittene Werbung mehr.

Mit freundlichen Grüßen
Jens Hoffmann""",
         "Jens Hoffmann"),
        ("correction", (), "Meine Hausnummer",
         """Sehr geehrte Damen und Herren,

ich wende mich heute mit einer Bitte an Sie, die Ihnen vielleicht geringfügig erscheinen mag, mir aber seit einiger Zeit einige Unannehmlichkeiten bereitet.

Seit meiner ersten Bestellung bei Ihnen (es handelte sich um einen Rosenbogen, mit dem ich im Übrigen sehr zufrieden bin) ist in meinem Kundenkonto als Hausnummer die 12 vermerkt. Tatsächlich wohne ich jedoch in der Nummer 12a. Im Haus Nummer 12 wohnt Familie Krämer, die mir die Pakete bislang stets freundlicherweise herübergebracht hat. Frau Krämer ist allerdings inzwischen 91 Jahre alt, und ich möchte ihr diese Mühe nicht länger zumuten.

Ich bitte Sie daher höflichst, die Angabe in meinem Kundenkonto zu berichtigen: Kirchstraße 12a, 4700 Eupen.

Für Ihre Mühe danke ich Ihnen im Voraus herzlich.

Mit vorzüglicher Hochachtung
Gertrud Schmitz""",
         "Gertrud Schmitz"),
        ("complaint", (), "Datenleck bei euch?",
         """Hallo,

ich habe mir vor zwei Jahren extra für eure Seite eine eigene Mailadresse angelegt (gartenkram.m.weber@...), die ich NIRGENDWO sonst benutzt habe. Seit März kommt an genau diese Adresse täglich Spam, Kryptowährung, Potenzmittel, das volle Programm.

Die Adresse kann eigentlich nur bei euch rausgekommen sein. Entweder wurdet ihr gehackt oder ihr habt meine Daten verkauft. Beides ist nicht in Ordnung und ich erwarte eine Erklärung.

Markus Weber""",
         "Markus Weber"),
        ("portability", (), "Bestellungen als Datei",
         """Moin, kann man irgendwo alle seine Bestellungen als CSV oder Excel runterladen? Im Konto seh ich nur die letzten 10. Ich will die komplette Historie zu einem anderen Shop mitnehmen, die können sowas importieren.
Danke, Lars""",
         "Lars Petersen"),
        ("restriction", (), "Bitte nichts löschen, aber auch nicht verwenden",
         """Sehr geehrte Damen und Herren,

ich befinde mich derzeit in einem Rechtsstreit mit einem Lieferanten, in dem Bestellungen aus Ihrem Shop eine Rolle spielen. Mein Anwalt hat mir geraten, dafür zu sorgen, dass die Daten erhalten bleiben.

Ich bitte Sie deshalb, meine Daten und mein Kundenkonto NICHT zu löschen, sie aber bis auf Weiteres auch nicht mehr zu verwenden, außer sie aufzubewahren. Ich melde mich, sobald das Verfahren abgeschlossen ist.

Mit freundlichen Grüßen
Dr. Sabine Keller

--
Dr. Sabine Keller
Zahnarztpraxis Dr. Keller
Hauptstraße 45, 4780 St. Vith

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.""",
         "Dr. Sabine Keller"),
        ("deletion", (), "Konto weg",
         """bitte mein konto komplett löschen. brauch ich nicht mehr. danke

Von meinem iPhone gesendet""",
         "Heike"),
        ("complaint", ("access",), "AW: AW: Auskunft",
         """Zum DRITTEN Mal: ich habe am 15.01. eine Auskunft über meine gespeicherten Daten verlangt. Sie haben mir am 16.01. geschrieben, dass Sie sich "innerhalb der gesetzlichen Frist" melden. Die Frist ist längst rum. Ich will jetzt endlich die Auskunft, sonst geht das an die Datenschutzbehörde.

T. Schulte

Von: Datenschutz shop.example <privacy@shop.example.be>
Gesendet: Dienstag, 16. Januar 2024 11:03
An: Thomas Schulte
Betreff: AW: Auskunft

Sehr geehrter Herr Schulte,
vielen Dank für Ihre Anfrage. Wir werden uns innerhalb der gesetzlichen Frist bei Ihnen melden.
Freundliche Grüße
Ihr Datenschutz-Team""",
         "Thomas Schulte"),
        ("other", (), "Passwort zurücksetzen geht nicht",
         """Hallo, ich klicke auf "Passwort vergessen", gebe meine Mail ein und es kommt nie eine Mail an, auch nicht im Spam. Hab es 5 mal probiert. Wie komme ich jetzt in mein Konto? Möchte eigentlich nur was bestellen...""",
         "Monika Lange"),
        ("other", (), "Warum wurde meine Bewertung gelöscht?",
         """Ich hatte letzte Woche eine Bewertung zu dem Gasgrill "Texas 3" geschrieben (2 Sterne, weil der Deckel nach einer Woche verzogen war). Die ist jetzt weg. Warum wurde die gelöscht? Nur positive Bewertungen erlaubt oder wie?""",
         "Andreas K."),
    ],
    "es": [
        ("deletion", ("withdraw_consent",), "borrar cuenta",
         """hola, borrad mi cuenta y todo lo que tengais mio por favor, ya no vivo en belgica. y que no me lleguen mas correos vuestros
gracias
Enviado desde mi iPhone""",
         "Javier Ruiz"),
        ("access", (), "¿De dónde habéis sacado mi teléfono?",
         """Buenas tardes,
Ayer me llamó una chica diciendo que era de vuestra tienda para ofrecerme una tarjeta de fidelidad. Ese número de móvil es nuevo, lo tengo desde diciembre y NUNCA os lo he dado. ¿De dónde lo habéis sacado? Quiero saber también qué más datos tenéis míos.
Un saludo,
Pilar""",
         "Pilar Navarro"),
        ("withdraw_consent", (), "Re: ¡Última oportunidad! -30% en barbacoas",
         """No quiero recibir mas correos de ofertas. Nunca me apunté a esto.

El mar., 14 may. 2024 a las 10:00, shop.example (<news@shop.example.be>) escribió:
> ¡Última oportunidad!
> -30% en todas las barbacoas hasta el domingo.
> Si no deseas recibir más comunicaciones, haz clic aquí.""",
         "Lucía Fernández"),
        ("correction", ("withdraw_consent",), "cambio de email",
         """Hola! El correo que tenéis en mi cuenta es uno viejo de hotmail que ya no uso (m.ortega77@hotmail.com). ¿Me lo podéis cambiar por este desde el que os escribo? No me deja hacerlo desde la web porque me pide un código que me llega al viejo... Y ya de paso quitadme de la newsletter, que no la leo nunca. Gracias!!
Marta Ortega""",
         "Marta Ortega"),
        ("complaint", ("access",), "SEGUNDA VEZ - solicitud sin respuesta",
         """Estimados señores:

El pasado 4 de marzo les envié un correo solicitando saber qué datos personales tienen sobre mí. Ha pasado más de un mes y no he recibido respuesta alguna, ni siquiera un acuse de recibo.

Les reitero la petición. Si en los próximos días no tengo noticias, presentaré una reclamación ante la autoridad de protección de datos belga.

Atentamente,
Fernando Gil Castaño""",
         "Fernando Gil Castaño"),
        ("objection", (), "mis datos",
         """No quiero que vendáis ni paséis mis datos a otras empresas para publicidad, ni que me saquéis anuncios "personalizados" en todas las webs que visito. Quitadme de todo eso ya. Gracias""",
         "Raúl"),
        ("portability", (), "Historial de pedidos",
         """Hola, buenos días.
¿Me podríais pasar mi historial de pedidos en un Excel o algo parecido? Tengo un vivero pequeño y os compraba casi todo a vosotros, pero ahora me voy a otro proveedor y me vendría genial pasarles el archivo para no tener que volver a meter todos los productos a mano.
Muchas gracias,
Andrés Molina
Vivero El Almendro""",
         "Andrés Molina"),
        ("restriction", (), "no hagáis nada con mi cuenta",
         """Hola,
Me voy a Argentina hasta septiembre y todavía no sé si cuando vuelva seguiré en Bélgica. No quiero que borréis mi cuenta todavía, pero mientras tanto no quiero que hagáis nada con mis datos, ni usarlos, ni pasarlos, nada. Congelad la cuenta tal cual y ya os diré a la vuelta si la borro o no.
Saludos
Sofía Herrera""",
         "Sofía Herrera"),
        ("other", (), "mesa rota",
         """Hola me ha llegado la mesa plegable con una pata partida, os mando foto. Pedido 4469021. Quiero que me mandeis otra o devolverla. Gracias""",
         "Carmen López"),
        ("other", (), "Cambiar dirección de entrega",
         """Perdonad que escriba aquí, no encuentro otro correo. Quería cambiar la dirección de entrega del pedido 4472288, me he equivocado de piso: es 3ºB, no 2ºB (Rue Haute 120, 1000 Bruxelles). ¿Se puede todavía?
Gracias,
Diego""",
         "Diego Romero"),
        ("automated", (), "Respuesta automática: Re: Su pedido 4465530",
         """Gracias por su mensaje. Estaré fuera de la oficina hasta el lunes 3 de junio sin acceso al correo electrónico. Para asuntos urgentes, contacte con administracion@grupoalvarez.es.

Un saludo,
Elena Álvarez""",
         "Elena Álvarez"),
    ],
    "it": [
        ("access", (), "i miei dati",
         """Buongiorno,
vorrei sapere che dati avete su di me, perché ricevo pubblicità vostra anche per posta a casa e non ricordo di avervi mai dato l'indirizzo. Mi mandate l'elenco di tutto quello che avete?
Grazie
Giulia Romano""",
         "Giulia Romano"),
        ("deletion", (), "",
         """cancellate il mio account e tutti i miei dati. non voglio più avere niente a che fare con voi dopo come mi avete trattato per il reso

Inviato da iPhone""",
         "Salvatore Greco"),
        ("withdraw_consent", (), "BASTA MAIL",
         """basta mail!!! ogni giorno 2 o 3 mail di offerte, disiscrivetemi dalla newsletter per favore, non le voglio più""",
         "Francesca"),
        ("objection", ("withdraw_consent",), "profilazione",
         """Buonasera,
leggendo la vostra informativa ho scoperto che usate i miei acquisti e la mia navigazione per profilarmi e mandarmi offerte mirate. Non sono d'accordo: mi oppongo a questo trattamento, non voglio essere profilato. Già che ci sono, toglietemi anche dalla newsletter.
Cordiali saluti
Marco Bianchi""",
         "Marco Bianchi"),
        ("complaint", (), "Ho ricevuto la fattura di un'altra persona",
         """Buongiorno,

oggi nella mail di conferma del mio ordine c'era in allegato la fattura di un altro cliente, con nome, cognome, indirizzo completo e numero di telefono di una signora di Gand che non conosco. Quindi mi chiedo: la mia fattura a chi l'avete mandata??

Mi sembra una cosa gravissima. Vi chiedo di spiegarmi cosa è successo e di verificare se i miei dati sono finiti a qualcun altro.

Alessandra Conti""",
         "Alessandra Conti"),
        ("correction", (), "indirizzo vecchio",
         """Salve, nel mio profilo c'è ancora il vecchio indirizzo di Charleroi, adesso abito a Mons, Rue de Nimy 33, 7000. Potete aggiornarlo voi? Dal sito non riesco, mi dà errore quando salvo. Grazie mille""",
         "Luca Ferrari"),
        ("portability", (), "storico ordini in excel",
         """Ciao, è possibile avere lo storico di tutti i miei ordini in un file (excel, csv, quello che vi viene più comodo)? Devo passarlo a un altro negozio online dove mi sto trasferendo col mio account aziendale.
Grazie
Davide - Verde Idea s.r.l.""",
         "Davide Marino"),
        ("restriction", (), "Sospendere l'uso dei miei dati",
         """Gentili signori,

mi scuso in anticipo per la lunghezza di questa lettera, ma preferisco spiegare bene la situazione.

Mio marito, che è mancato a febbraio, aveva creato a mio nome un account presso di voi, con i dati della nostra vecchia carta di credito e un indirizzo email che usava lui e di cui non conosco la password. Io di computer capisco poco e mio figlio, che mi aiuta, abita in Italia e verrà a trovarmi solo ad agosto.

Vi chiedo quindi, per cortesia, di non utilizzare i miei dati in nessun modo fino a quando mio figlio non sarà qui e potremo decidere insieme cosa fare. Non cancellate niente, per favore, perché nell'account ci sono le garanzie di alcuni acquisti.

Vi ringrazio per la comprensione e vi porgo distinti saluti.

Rosa Esposito ved. Colombo""",
         "Rosa Esposito"),
        ("complaint", ("deletion",), "R: richiesta cancellazione - ANCORA NIENTE",
         """Hi, sorry I write in italian and english, my husband told me to write also in english.
Ho chiesto di cancellare il mio account il 10 aprile, I asked to delete my account on 10 April, e ricevo ancora le vostre mail. Nobody answered. Per favore cancellate tutto subito, please delete everything now.
Se non rispondete vado al garante della privacy belga.
Paola""",
         "Paola Ricci"),
        ("other", (), "annullare ordine",
         """Buongiorno, vorrei annullare l'ordine n. 4471877 (ombrellone 3m), l'ho trovato in negozio sotto casa a meno. Non è ancora partito credo. Grazie
Stefano""",
         "Stefano Lombardi"),
        ("other", (), "lista desideri",
         """Scusate come si cancella un prodotto dalla lista dei desideri? Ho provato dall'app ma non c'è il cestino""",
         "Chiara"),
    ],
    "pt": [
        ("deletion", (), "apagar conta",
         """Boa tarde, quero que apaguem a minha conta e tudo o que têm meu. Já não uso a loja. Obrigado
Rui""",
         "Rui Carvalho"),
        ("access", ("deletion",), "",
         """ola eu nunca comprei nada na vossa loja e recebi uma carta vossa com o meu nome em casa. quem vos deu a minha morada?? quero saber o que têm sobre mim e depois apaguem tudo""",
         "Fatima Sousa"),
        ("withdraw_consent", (), "Re: Novidades de primavera 🌼",
         """Por favor tirem-me da lista. Não me lembro de me ter inscrito.

Cumprimentos
Ana Pereira

De: shop.example <news@shop.example.be>
Enviado: segunda-feira, 8 de abril de 2024 09:00
Para: ana.pereira@telenet.be
Assunto: Novidades de primavera 🌼

Olá Ana! Chegou a primavera: descubra as nossas novidades para o jardim e a varanda.
Para deixar de receber estes emails, clique aqui.""",
         "Ana Pereira"),
        ("objection", ("deletion",), "chamadas",
         """Bom dia. Já me ligaram três vezes de um número belga a dizer que eram da vossa parte para me vender uma cozinha exterior. Não quero ser contactado por telefone para vendas, nem por vocês nem por "parceiros". Parem de usar o meu número para isso e apaguem-no, já que nem precisam dele para as entregas.
José Martins""",
         "José Martins"),
        ("correction", (), "data de nascimento errada",
         """Olá, bom dia!
No meu cartão de cliente a data de nascimento está errada, puseram 1985 mas eu sou de 1958 (ainda bem que não sou tão nova haha). Podem corrigir por favor? O número do cartão é 2200 7781 0034.
Muito obrigada
Maria do Céu Almeida""",
         "Maria do Céu Almeida"),
        ("complaint", (), "Mensagem falsa em vosso nome",
         """Boa noite,

Recebi hoje um SMS "da vossa loja" a dizer que a minha encomenda estava retida e para pagar 1,99 € num link. O SMS tinha o meu nome e o número da encomenda que fiz na semana passada (4470002). Obviamente não carreguei.

Como é que estas pessoas têm os dados da minha encomenda? Acho que houve uma fuga de dados do vosso lado e ninguém avisou os clientes. Isto é muito grave.

Paulo Rodrigues""",
         "Paulo Rodrigues"),
        ("portability", (), "histórico de compras em ficheiro",
         """Bom dia,
Seria possível enviarem-me o histórico de todas as minhas encomendas num ficheiro Excel ou CSV? Vou mudar para outro fornecedor e queria passar-lhes a lista diretamente.
Obrigado,
Nuno Ferreira""",
         "Nuno Ferreira"),
        ("restriction", (), "não mexam nos meus dados por agora",
         """Oi, tudo bem? Estou abrindo um processo contra a transportadora por causa de uma mesa de jardim que chegou toda quebrada, e o advogado disse pra eu pedir que vocês guardem tudo da minha conta do jeito que está (pedidos, emails, fotos que mandei). Então não apaguem nada por favor.
Mas até isso terminar também não quero que usem meus dados pra mais nada, só guardem.
Abraço,
Camila Oliveira""",
         "Camila Oliveira"),
        ("other", (), "encomenda não chegou",
         """Boa tarde, a minha encomenda 4468123 devia ter chegado na sexta e até hoje nada. O seguimento diz "em trânsito" há 6 dias. Podem ver o que se passa? Obrigada""",
         "Sandra Costa"),
        ("other", (), "cancelar subscrição de outra loja?",
         """Olá, desculpem a pergunta talvez parva. Recebo todos os dias emails de uma loja chamada "JardimMania" e não consigo cancelar. Vocês são da mesma empresa? Se não forem, ignorem esta mensagem. Obrigado""",
         "Hugo Lopes"),
    ],
    "pl": [
        ("deletion", ("withdraw_consent",), "usuniecie konta",
         """Dzien dobry, prosze usunac moje konto i wszystkie moje dane, i nie wysylac mi juz zadnych reklam. Dziekuje
Tomasz

Wysłane z iPhone'a""",
         "Tomasz Nowak"),
        ("access", ("objection",), "Skąd macie mój numer?",
         """Dzień dobry,
wczoraj dzwonił do mnie jakiś pan, że niby z Państwa sklepu, w sprawie karty stałego klienta. Nigdy nie podawałam Państwu numeru telefonu, zawsze zamawiam tylko przez stronę. Skąd Państwo go macie? I proszę mi przesłać, jakie jeszcze moje dane są u Państwa zapisane. I proszę więcej do mnie nie dzwonić z żadnymi ofertami.
Pozdrawiam
Agnieszka Wójcik""",
         "Agnieszka Wójcik"),
        ("withdraw_consent", (), "Re: Wyprzedaż mebli ogrodowych -40%",
         """nie chce tych maili. wypiszcie mnie

W dniu 12.03.2024 o 09:14 shop.example <news@shop.example.be> pisze:
> Wyprzedaż mebli ogrodowych do -40%!
> Tylko w tym tygodniu.
> Nie chcesz otrzymywać wiadomości? Wypisz się""",
         "Kasia"),
        ("objection", (), "śledzenie",
         """Witam,
jak tylko coś obejrzę u Państwa na stronie, to potem przez tydzień wyskakują mi te same grille na Facebooku i na YouTubie. Nie życzę sobie, żeby śledzili Państwo, co oglądam, i przekazywali to do reklam. Proszę to u mnie wyłączyć.
Marek Kowalczyk""",
         "Marek Kowalczyk"),
        ("correction", (), "zle nazwisko na fakturach",
         """Dzien dobry, na fakturach i w koncie mam nazwisko bez polskich liter i jeszcze z bledem: "Zolkiewska" zamiast "Żółkiewska". Czy moga Panstwo to poprawic? Potrzebuje faktur do pracy. Dziekuje, Ewa Żółkiewska""",
         "Ewa Zolkiewska"),
        ("complaint", ("deletion",), "PO RAZ TRZECI",
         """Piszę już trzeci raz!!! W marcu prosiłem o usunięcie mojego konta i danych i do dzisiaj NIC, dalej przychodzą maile, dalej mogę się zalogować. Żadnej odpowiedzi. Usuńcie to wreszcie. Jak nie, to składam skargę do urzędu ochrony danych osobowych, w Belgii też taki macie.
Grzegorz Mazur""",
         "Grzegorz Mazur"),
        ("portability", (), "historia zamówień",
         """Dzień dobry,
czy mogę dostać całą historię moich zamówień w pliku Excel albo CSV? Przenoszę się z zakupami do innego sklepu i chciałbym im to po prostu przesłać, zamiast wszystko przepisywać.
Z poważaniem
Piotr Zieliński""",
         "Piotr Zieliński"),
        ("restriction", (), "",
         """Dzien dobry. Nie usuwajcie mojego konta, ale prosze na razie w ogole nie korzystac z moich danych, do odwolania. Mam sprawe w sadzie o spadek i nie wiem jeszcze czy te rachunki beda potrzebne. Odezwe sie jak sie wyjasni.
J. Lewandowska""",
         "Jadwiga Lewandowska"),
        ("other", (), "zamówienie nie doszło",
         """Dzień dobry, zamówienie 4469774 miało być w piątek, a kurier napisał że "adresat nieobecny", a ja cały dzień byłam w domu!! Co teraz, kiedy dostanę paczkę?""",
         "Beata Kamińska"),
        ("other", (), "Aplikacja - praca w magazynie",
         """Dzień dobry,
zobaczyłem ogłoszenie, że szukają Państwo pracowników do magazynu w Willebroek. Mieszkam w Mechelen, mam uprawnienia na wózek widłowy i 3 lata doświadczenia w logistyce. Mówię po polsku, angielsku i trochę po niderlandzku. W załączniku CV.
Pozdrawiam
Krzysztof Dąbrowski
+32 485 11 22 33""",
         "Krzysztof Dąbrowski"),
        ("other", (), "haslo",
         """nie moge sie zalogowac, link do zmiany hasla nie dziala, pisze ze wygasl. co robic""",
         "adam.w"),
    ],
    "cs": [
        ("deletion", (), "zrušení účtu",
         """Dobrý den, prosím o zrušení mého účtu a smazání všech údajů, které o mně máte. Už u vás nakupovat nebudu.
Děkuji
Jana Horáková""",
         "Jana Horáková"),
        ("access", ("deletion",), "",
         """dobry den, co vsechno o me mate ulozeno? a kde jste vzali moji adresu, nikdy jsem vam ji nedaval. az mi to poslete tak to pak vsechno smazte
diky
Petr""",
         "Petr Svoboda"),
        ("withdraw_consent", ("deletion",), "nechci newsletter",
         """Dobrý den,
chodí mi od vás každý týden newsletter, i když si nepamatuju, že bych se k němu přihlašovala. Odhlaste mě prosím, nechci ho už dostávat. A když už jste u toho, zrušte mi rovnou i celý účet, stejně ho nepoužívám.
Děkuji, Lenka""",
         "Lenka Dvořáková"),
        ("objection", (), "Re: Máme pro vás tip na míru!",
         """Nelíbí se mi, že podle mých nákupů sestavujete nějaký můj "profil" a posíláte mi tipy na míru. S tímhle nesouhlasím, přestaňte to dělat.
Martin Černý

> Dobrý den, pane Černý,
> na základě vašich posledních nákupů jsme pro vás vybrali:
> - Zahradní hadice 25 m
> - Postřikovač Turbo""",
         "Martin Černý"),
        ("correction", (), "špatné jméno",
         """Dobrý den, v účtu i na kartě mám jméno napsané špatně – Vesela místo Veselá a křestní Marketa místo Markéta. Mohli byste to prosím opravit? Děkuji moc. Markéta Veselá""",
         "Markéta Veselá"),
        ("complaint", (), "únik dat?",
         """Dobrý den,

minulý týden jsem u vás objednala zahradní nábytek a včera mi přišel e-mail, který vypadal jako od vás, s číslem objednávky, mojí adresou a odkazem na „doplacení dopravy“. Banka mi potvrdila, že šlo o podvod.

Jak se tyhle údaje mohly dostat k podvodníkům? Podle mě vám unikla data a nikomu jste nic neřekli. Chci vědět, co se stalo.

Ivana Kučerová""",
         "Ivana Kučerová"),
        ("portability", (), "historie objednávek v csv",
         """Ahoj, jde nějak stáhnout celou historii objednávek jako CSV nebo Excel? Přecházím k jinému e-shopu a chtěl bych jim to poslat, ať to nemusím přepisovat. Díky, Honza""",
         "Jan Novotný"),
        ("restriction", (), "prosím nic nemažte",
         """Dobrý den,
řeším s pojišťovnou škodu po krupobití a potřebuji mít doklady o nákupech u vás. Prosím tedy, aby můj účet ani údaje nikdo nemazal, ale zároveň je do vyřešení věci nijak nepoužívejte. Ozvu se, až to bude uzavřené.
S pozdravem
Ing. Pavel Procházka""",
         "Pavel Procházka"),
        ("other", (), "zrušit objednávku",
         """Dobrý den, potřebuju zrušit objednávku č. 4472010, objednala jsem omylem dvakrát stejný gril. Děkuji""",
         "Eva Pokorná"),
        ("other", (), "recenze",
         """Chci jen napsat, že sekačka je super, konečně něco co funguje. Dávám 5 hvězd ale na webu mi nejde recenze odeslat, pořád píše chyba. Tak aspoň takhle :)""",
         "Josef Marek"),
    ],
    "hr": [
        ("deletion", ("withdraw_consent",), "brisanje",
         """Postovani, molim vas da obrisete moj racun i sve moje podatke i da mi vise ne saljete mailove s ponudama. Hvala
Ivan Horvat

Poslano s mog iPhonea""",
         "Ivan Horvat"),
        ("access", (), "Odakle vam moj broj?",
         """Dobar dan,
jučer me netko zvao s belgijskog broja i rekao da je iz vaše trgovine. Taj broj vam nikad nisam dala, kod vas sam kupovala samo preko stranice i uvijek ostavila samo mail. Odakle vam? I što sve još imate o meni? Molim da mi pošaljete.
Lijep pozdrav,
Marija Kovačević""",
         "Marija Kovačević"),
        ("withdraw_consent", (), "Re: Proljetna akcija -30%",
         """ne zelim vise primati ovo. odjavite me

Dana 20. 3. 2024. u 08:30, shop.example <news@shop.example.be> je napisao/la:
> Proljetna akcija! -30% na sav vrtni namještaj.
> Ne želite više primati naše poruke? Odjavite se ovdje.""",
         "Ana"),
        ("objection", ("access",), "prodajete moje podatke?",
         """Pozdrav,
otkad sam kupio kosilicu kod vas, zovu me i pišu mi neke firme za osiguranje i solarne panele i svi znaju da imam vrt. Ne želim da moje podatke dajete ili prodajete drugima za reklame, to prestanite odmah. I recite mi kome ste ih sve dali.
Tomislav Babić""",
         "Tomislav Babić"),
        ("correction", (), "krivo prezime",
         """Dobar dan, u mom računu prezime piše "Juric" a treba "Jurić", a i adresa je stara. Nova je: Avenue Louise 210, 1050 Ixelles. Možete li ispraviti? Hvala
Petra Jurić""",
         "Petra Jurić"),
        ("complaint", ("access",), "TREĆI PUT PIŠEM",
         """Poštovani,
ovo je treći put da vam pišem. Još u veljači sam tražio da mi pošaljete koje sve podatke o meni imate. Nitko mi nije odgovorio, ni jednom riječju. To nije u redu.
Ponovo tražim te podatke. Ako ni sada ne odgovorite, podnijet ću pritužbu belgijskoj agenciji za zaštitu podataka.
Zoran Knežević""",
         "Zoran Knežević"),
        ("portability", (), "povijest narudžbi",
         """Bok, može li se dobiti cijela povijest narudžbi u Excelu ili CSV-u? Prelazim na drugi dućan i htio bih im to samo proslijediti. Hvala, Dario""",
         "Dario Perić"),
        ("restriction", (), "",
         """Poštovani,
molim vas da moje podatke zasad ne koristite ni za što, ali ih nemojte ni brisati. Podnio sam tužbu protiv prijevoznika zbog uništene pošiljke i trebaju mi dokazi o narudžbi. Javit ću se kad sud završi.
S poštovanjem,
Nikola Pavić, dipl. ing.""",
         "Nikola Pavić"),
        ("other", (), "narudzba nije stigla",
         """Dobar dan narudzba 4470551 trebala je stici prije tjedan dana i nista. Na pracenju pise "isporuceno" ali ja nista nisam dobila!! Molim pomoc""",
         "Sanja"),
        ("other", (), "promjena adrese dostave",
         """Pozdrav, mogu li promijeniti adresu dostave samo za narudžbu 4472190? Ovaj tjedan sam kod sestre u Gentu, pa neka paket ide tamo: Kortrijksesteenweg 88, 9000 Gent. Hvala puno!
Ivana""",
         "Ivana Marić"),
    ],
    "sv": [
        ("deletion", (), "",
         """Hej! Vill att ni tar bort mitt konto och allt ni har om mig. Har flyttat hem till Sverige och kommer inte handla mer. Tack!
/Emma

Skickat från min iPhone""",
         "Emma Lindqvist"),
        ("access", ("deletion",), "Vad har ni om mig?",
         """Hej,
jag fick ett brev från er med reklam, adresserat till mig, fast jag bara har handlat en gång för flera år sedan. Vad har ni egentligen sparat om mig och var fick ni min nya adress ifrån? Skicka gärna en sammanställning. Sen vill jag att ni raderar alltihop.
Mvh
Anders Johansson""",
         "Anders Johansson"),
        ("withdraw_consent", ("objection",), "Re: Veckans erbjudanden 🌱",
         """Avregistrera mig från det här tack. Och sluta använda det jag köper för att anpassa reklamen till mig, det känns obehagligt.

Karin

Från: shop.example <news@shop.example.be>
Skickat: den 6 maj 2024 08:00
Till: Karin Berg
Ämne: Veckans erbjudanden 🌱

Hej Karin! Baserat på dina senaste köp tror vi att du gillar...""",
         "Karin Berg"),
        ("objection", (), "sluta ringa",
         """SLUTA RINGA MIG. har sagt det två gånger i telefon nu till era säljare. vill inte bli uppringd med erbjudanden, inte av er och inte av era "partners".""",
         "Lars-Erik Nilsson"),
        ("correction", (), "fel adress",
         """Hej, ni har fortfarande min gamla adress i Antwerpen på mitt konto. Jag bor nu på Rue Royale 45, 1000 Bryssel. Kan ni ändra det? Det går inte att spara på sidan, får felmeddelande. Tack på förhand!
Sara Ek""",
         "Sara Ek"),
        ("complaint", (), "Någon har beställt i mitt namn??",
         """Hej,

Jag fick en orderbekräftelse från er idag på en gasolgrill för 599 euro som jag INTE har beställt, till en adress i Liège som jag aldrig hört talas om. Någon har alltså kommit åt mitt konto. Jag har inte fått någon varning från er om inloggning eller något.

Hur kan det hända? Det här är allvarligt och jag vill veta hur ni skyddar kundernas uppgifter. Jag har redan spärrat kortet.

Johan Eriksson""",
         "Johan Eriksson"),
        ("portability", (), "orderhistorik som fil",
         """Hej! Går det att få ut hela min orderhistorik som en Excel- eller CSV-fil? Jag ska börja handla hos en annan leverantör till vår bostadsrättsförening och vill kunna skicka över listan direkt.
Hälsningar
Maria Holm, kassör BRF Lönnen""",
         "Maria Holm"),
        ("restriction", (), "använd inte mina uppgifter tills vidare",
         """Hej,
radera inte mitt konto, men använd inte mina uppgifter till något alls tills vidare. Jag har en tvist med försäkringsbolaget om en stormskadad växthusbeställning och behöver underlagen. Hör av mig när det är klart.
Vänliga hälsningar
Per Gustafsson""",
         "Per Gustafsson"),
        ("other", (), "avbeställa",
         """Hej kan ni ta bort min beställning 4471655? Råkade beställa två parasoller. Vill bara ha en. Tack""",
         "Linnea"),
        ("other", (), "Fråga om er integritetspolicy",
         """Hej,
jag läste er integritetspolicy och undrar bara av nyfikenhet: i vilket land ligger era servrar? Jag har inget särskilt ärende, bara intresserad eftersom jag jobbar med IT själv.
Mvh
Oskar Lund""",
         "Oskar Lund"),
        ("automated", (), "Autosvar: Din order 4469870 har skickats",
         """Tack för ditt mejl. Jag är föräldraledig till och med 31 augusti och läser inte min e-post. Vid brådskande ärenden, kontakta kundtjanst@bergstrom-bygg.se.

Med vänlig hälsning
Elin Bergström""",
         "Elin Bergström"),
    ],
    "ro": [
        ("deletion", ("withdraw_consent",), "stergere cont",
         """Buna ziua, va rog sa imi stergeti contul si toate datele mele si sa nu imi mai trimiteti reclame pe mail si sms. Multumesc
Andrei Popescu

Trimis de pe iPhone-ul meu""",
         "Andrei Popescu"),
        ("access", ("deletion",), "De unde aveți numărul meu?",
         """Bună ziua,
ieri m-a sunat cineva, zicea că de la magazinul dumneavoastră, pentru o ofertă la mobilier de grădină. Numărul ăsta nu vi l-am dat niciodată. De unde îl aveți? Și aș vrea să știu ce alte date mai aveți despre mine, iar după ce îmi răspundeți, ștergeți-le pe toate.
Cu stimă,
Elena Ionescu""",
         "Elena Ionescu"),
        ("withdraw_consent", (), "Re: Reduceri de primăvară -30%",
         """nu mai vreau mailurile astea, dezabonati-ma va rog

În mar., 19 mar. 2024 la 09:00, shop.example <news@shop.example.be> a scris:
> Reduceri de primăvară: -30% la mobilierul de grădină!
> Dacă nu mai doriți să primiți mesaje, dezabonați-vă aici.""",
         "Ioana"),
        ("objection", (), "nu vreau reclame personalizate",
         """Bună,
am observat că după ce mă uit la ceva pe site-ul vostru, apare imediat în reclame pe Facebook. Nu sunt de acord să îmi urmăriți navigarea și să trimiteți datele mele la Facebook pentru reclame. Vă rog să opriți asta în ce mă privește.
Mihai Dumitru""",
         "Mihai Dumitru"),
        ("correction", (), "nume gresit",
         """Buna ziua, in contul meu numele apare "Stefanescu Cristina" dar corect este "Ștefănescu Cristina-Maria". Pe facturi la fel. Puteti corecta? Multumesc frumos""",
         "Cristina Stefanescu"),
        ("complaint", ("deletion",), "A TREIA OARĂ!!!",
         """Vă scriu a treia oară. Pe 5 martie am cerut să-mi ștergeți contul și datele. Nici un răspuns, iar mailurile cu oferte vin în continuare. Ce fel de firmă sunteți?
Vă cer din nou să ștergeți tot. Dacă nu, fac plângere la autoritatea pentru protecția datelor din Belgia.
Gheorghe Stan""",
         "Gheorghe Stan"),
        ("portability", (), "istoric comenzi",
         """Bună ziua, se poate primi tot istoricul comenzilor mele într-un fișier Excel sau CSV? Trec la alt furnizor și vreau să le trimit lista direct. Mulțumesc, Radu""",
         "Radu Constantin"),
        ("restriction", (), "",
         """Bună ziua,
vă rog să nu ștergeți contul meu, dar nici să nu mai folosiți datele mele pentru nimic până vă anunț eu. Am un proces cu firma de curierat pentru un grătar care a ajuns distrus și am nevoie de toate dovezile.
Cu respect,
Florin Munteanu""",
         "Florin Munteanu"),
        ("other", (), "comanda anulare",
         """Buna ziua, vreau sa anulez comanda 4471332, am gresit culoarea la sezlong. Multumesc""",
         "Alina"),
        ("other", (), "colet deteriorat",
         """Bună ziua,
am primit azi coletul cu ghivecele ceramice și două erau sparte. Vă trimit poze. Comanda 4469345. Ce trebuie să fac, le trimit înapoi sau îmi trimiteți altele?
Mulțumesc,
Daniela Georgescu""",
         "Daniela Georgescu"),
    ],
    "el": [
        ("deletion", (), "διαγραφή λογαριασμού",
         """Καλησπέρα, θέλω να διαγράψετε τον λογαριασμό μου και ό,τι στοιχεία έχετε για μένα. Δεν θα ξαναψωνίσω. Ευχαριστώ
Γιώργος Παπαδόπουλος

Στάλθηκε από το iPhone μου""",
         "Giorgos Papadopoulos"),
        ("access", ("deletion",), "",
         """kalispera, apo pou exete to kinito mou? den sas to edosa pote. thelo na ksero ti alla stoixeia exete gia mena kai meta na ta svisete ola""",
         "Nikos K."),
        ("withdraw_consent", (), "Re: Ανοιξιάτικες προσφορές -30%",
         """Σας παρακαλώ σταματήστε να μου στέλνετε αυτά τα email. Δεν θυμάμαι να γράφτηκα ποτέ.

Στις Τρί, 19 Μαρ 2024 στις 9:00 π.μ., ο/η shop.example <news@shop.example.be> έγραψε:
> Ανοιξιάτικες προσφορές: -30% σε όλα τα έπιπλα κήπου!
> Για να διαγραφείτε από τη λίστα, πατήστε εδώ.""",
         "Eleni Georgiou"),
        ("objection", (), "τηλεφωνήματα",
         """Καλημέρα σας,
με έχουν πάρει τηλέφωνο τρεις φορές αυτή την εβδομάδα για προσφορές από το κατάστημά σας. Δεν επιθυμώ να με καλείτε για πωλήσεις, ούτε εσείς ούτε οι «συνεργάτες» σας. Παρακαλώ σταματήστε να χρησιμοποιείτε το τηλέφωνό μου γι' αυτό.
Κωνσταντίνος Δημητρίου""",
         "Konstantinos Dimitriou"),
        ("correction", (), "λάθος διεύθυνση",
         """Γεια σας, στον λογαριασμό μου είναι ακόμα η παλιά μου διεύθυνση στη Λιέγη. Τώρα μένω Chaussée de Wavre 150, 1050 Ixelles. Μπορείτε να την αλλάξετε; Από το site δεν αποθηκεύεται. Ευχαριστώ πολύ!
Μαρία""",
         "Maria Nikolaou"),
        ("complaint", (), "Λάβαμε τιμολόγιο άλλου πελάτη",
         """Αξιότιμοι κύριοι,

στο email επιβεβαίωσης της παραγγελίας μου ήταν συνημμένο το τιμολόγιο άλλου πελάτη, με ονοματεπώνυμο, διεύθυνση και τηλέφωνο. Αναρωτιέμαι λοιπόν σε ποιον στείλατε το δικό μου τιμολόγιο.

Το θεωρώ πολύ σοβαρό ζήτημα και ζητώ εξηγήσεις. Αν δεν πάρω σοβαρή απάντηση, θα απευθυνθώ στην αρχή προστασίας δεδομένων.

Με εκτίμηση,
Αικατερίνη Βασιλείου""",
         "Aikaterini Vasileiou"),
        ("portability", ("deletion",), "ιστορικό παραγγελιών σε αρχείο",
         """Καλησπέρα, μπορώ να πάρω όλο το ιστορικό των παραγγελιών μου σε αρχείο Excel ή CSV; Πάω σε άλλο κατάστημα και θέλω να τους το δώσω έτοιμο. Μόλις το πάρω, κλείστε μου και τον λογαριασμό. Ευχαριστώ, Σπύρος""",
         "Spyros Antoniou"),
        ("restriction", (), "μην κάνετε τίποτα με τα στοιχεία μου",
         """Καλησπέρα σας,

Σας γράφω γιατί ο σύζυγός μου, που έφυγε από τη ζωή τον Ιανουάριο, είχε ανοίξει λογαριασμό στο όνομά μου και δεν ξέρω τον κωδικό. Ο γιος μου, που ξέρει από αυτά, θα έρθει από την Αθήνα το καλοκαίρι.

Σας παρακαλώ μέχρι τότε να μη χρησιμοποιείτε καθόλου τα στοιχεία μου, για τίποτα. Μην σβήσετε όμως τίποτα, γιατί εκεί είναι οι εγγυήσεις για το ψυγείο και το κλιματιστικό.

Σας ευχαριστώ πολύ για την κατανόηση.
Με εκτίμηση,
Σοφία Παπαδάκη""",
         "Sofia Papadaki"),
        ("other", (), "ακύρωση παραγγελίας",
         """Γεια σας, θέλω να ακυρώσω την παραγγελία 4471990, έβαλα κατά λάθος δύο φορές την ίδια ομπρέλα. Ευχαριστώ""",
         "Dimitra"),
        ("other", (), "Fwd: Η παραγγελία σας καθυστερεί",
         """Τι σημαίνει αυτό; Πότε θα έρθει επιτέλους; Την χρειάζομαι για το Σάββατο.

---------- Forwarded message ---------
From: shop.example <orders@shop.example.be>
Date: Wed, 22 May 2024 at 14:10
Subject: Η παραγγελία σας καθυστερεί

Αγαπητέ πελάτη, η παραγγελία σας 4470888 θα καθυστερήσει λόγω αυξημένου όγκου. Ζητούμε συγγνώμη για την αναστάτωση.""",
         "Thanasis Ioannou"),
    ],
    "bg": [
        ("deletion", ("withdraw_consent",), "изтриване",
         """Здравейте, моля изтрийте профила ми и всички данни за мен, и спрете да ми пращате реклами. Благодаря
Димитър Иванов

Изпратено от моя iPhone""",
         "Dimitar Ivanov"),
        ("access", ("objection",), "Откъде имате телефона ми?",
         """Здравейте,
вчера ми звъня някаква жена, уж от вашия магазин, за карта за лоялни клиенти. Този номер никога не съм ви го давала. Откъде го имате? И какво още пазите за мен? Искам да ми изпратите всичко. И повече не ми звънете за никакви оферти!
Поздрави,
Мария Петрова""",
         "Maria Petrova"),
        ("withdraw_consent", (), "Re: Пролетни намаления -30%",
         """ne iskam poveche tezi imeili, otpishete me molya

На вт, 19.03.2024 г. в 9:00 ч. shop.example <news@shop.example.be> написа:
> Пролетни намаления: -30% на градинските мебели!
> Ако не желаете да получавате съобщения, отпишете се тук.""",
         "Georgi"),
        ("objection", (), "не продавайте данните ми",
         """Здравейте,
откакто пазарувах при вас, ми звънят и пишат разни фирми за соларни панели и застраховки. Не съм съгласен да давате или продавате данните ми на други фирми за реклама. Спрете това веднага.
Стоян Георгиев""",
         "Stoyan Georgiev"),
        ("correction", (), "грешно име",
         """Здравейте, в профила ми името е написано "Nikolova Tsvetelina" с латиница и грешно, а правилно е Цветелина Николова, а на латиница Tsvetelina Nikolova (първо името). И телефонът е стар, новият е 0488 12 34 56. Може ли да ги поправите? Благодаря""",
         "Tsvetelina Nikolova"),
        ("complaint", ("access",), "ВТОРО ПИСМО - без отговор",
         """Уважаеми господа,

На 12 февруари ви писах с молба да ми изпратите какви лични данни съхранявате за мен. Вече минаха повече от два месеца, а отговор няма.

Повтарям искането си. Ако и сега не получа отговор, ще подам жалба до белгийския орган за защита на данните.

С уважение,
Петър Стоянов""",
         "Petar Stoyanov"),
        ("portability", (), "история на поръчките",
         """Здравейте, може ли да получа цялата история на поръчките си в Excel или CSV файл? Минавам към друг доставчик и искам директно да им я пратя. Благодаря, Иван""",
         "Ivan Todorov"),
        ("restriction", ("objection",), "",
         """Здравейте,
моля не трийте профила ми, но засега не използвайте данните ми за нищо, докато не ви пиша отново. Имам дело с куриерската фирма за счупена пейка и ми трябват доказателствата. Освен това не искам повече да ми правите профил по покупките и да ми показвате реклами според него, това важи и след делото.
Поздрави,
Николай Димитров""",
         "Nikolay Dimitrov"),
        ("other", (), "пратката не е дошла",
         """Здравейте, поръчка 4470777 трябваше да дойде миналата седмица, в проследяването пише "доставена", но аз нищо не съм получила! Какво да правя?""",
         "Velichka"),
        ("other", (), "Кандидатура за работа",
         """Здравейте,
видях обявата ви за склад в Мехелен. Имам 4 години опит в логистиката в България и Белгия, говоря английски и малко нидерландски. Прилагам CV.
Поздрави,
Христо Атанасов
+32 470 55 66 77""",
         "Hristo Atanasov"),
    ],
}

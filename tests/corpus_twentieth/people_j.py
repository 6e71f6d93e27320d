"""Twentieth set, regional and social variety of each language. Written apart from the rules (see make_twentieth.py)."""

PEOPLE_J = {
    "en": [
        ("access", (), "quick one",
         """Hi there,

I'm after getting a letter about the loyalty card and to be honest I don't remember ever signing up for half of what's in it. Would ye send me on whatever it is ye have on file about me? Name, address, what I bought, the lot. Just so I know where I stand.

Thanks a mil,
Siobhán Ó Ceallaigh
Ballincollig, Co. Cork""",
         "Siobhán Ó Ceallaigh"),
        ("correction", (), "Change of address",
         """Dear Sir or Madam,

I wish to let you know that my wife and I have flitted from Dunfermline to be nearer our daughter in Leuven. Our address on your records is now out of date. Would you kindly amend it to:

Naamsesteenweg 112
3001 Heverlee

The telephone number stays the same.

With thanks,
Alasdair Mackintosh (retired)""",
         "Alasdair Mackintosh"),
        ("deletion", (), "",
         """hii so i made an account on ur site when i was like 14 to get a discount on a hammock for my mum lol. dont use it anymore and tbh dont want it there at all so can u get rid of it and everything with it

ty
ellie""",
         "ellie x"),
        ("portability", (), "my orders and points in a file",
         """Hello,

I am a customer since 2019 (card nr 4410 2287). I am moving to the Netherlands and I want to take my history with me to the shop there, they have a import function. Can you please send me my orders, my loyalty points and my account details in a CSV or JSON file, something a computer can read, not a PDF? If it is possible to send it straight to them that is also good for me.

Thanks on beforehand and kind regards,
Pieter Vanderstraeten""",
         "Pieter Vanderstraeten"),
        ("restriction", ("access",), "Our client: Mrs Helen Farrugia - Art. 18 GDPR",
         """Dear Data Protection Officer,

We act for Mrs Helen Farrugia of 14 Triq il-Kbira, Mosta, Malta, a registered customer of your webshop (customer reference HF-20931).

Our client disputes the accuracy of the payment and credit-assessment data which you appear to hold about her and which were relied upon when her "pay later" option was suspended. Pending your verification of those data, we hereby request, pursuant to Article 18(1)(a) GDPR, that you restrict the processing of the disputed data: they are to be stored but not otherwise used, disclosed or relied upon in any decision concerning our client.

We further request, under Article 15 GDPR, a copy of all personal data you hold about our client, together with the information listed in Article 15(1)(a) to (h), including the source of the credit-assessment data.

Please direct all correspondence to the undersigned.

Yours faithfully,

Dr Mark Zammit LL.D.
Zammit & Borg Advocates
Valletta""",
         "Dr Mark Zammit"),
        ("objection", (), "Ads following me around",
         """Hello,

Since I bought a garden bench from you I get your adverts on every website and on Instagram, even things "picked for me" based on what I looked at. I don't want my shopping being used to build a picture of me, and I don't want it passed on to your advertising partners either. Please stop doing that with my data. The newsletter you can keep sending, I actually like that.

Regards,
Joseph Camilleri
Sliema""",
         "Joseph Camilleri"),
        ("withdraw_consent", (), "Re: Spring is here - 20% off garden furniture 🌷",
         """Take me off this list please.

Sent from my iPhone""",
         "Declan Byrne"),
        ("complaint", ("deletion",), "THIRD TIME - delete my account",
         """This is the third time I'm writing to you and frankly I'm fed up.

On 3 March I asked you to close my account and delete my details. On 28 March I wrote again. Not a word back, not even one of your automatic "we've received your message" things, and I'm STILL getting your catalogue through my door and mails about lawn feed.

Delete everything. Now. If I haven't had confirmation by Friday I'm going straight to the Data Protection Authority and I'll be telling them exactly how long you've ignored me.

Gary Nicholson""",
         "Gary Nicholson"),
        ("other", (), "hello??",
         """Hi,

Ordered the 3-tier raised planter last Tuesday (order 55128), tracking's said "in transit" since Thursday and nothing's turned up. Any chance someone could have a look? I'm in most days so it's not that I missed it.

Cheers,
Niamh""",
         "Niamh Kavanagh"),
        ("automated", (), "Automatic reply: Your request",
         """Thank you for your email.

I am currently out of the office with limited access to email and will return on Monday 14 October. Your message will not be forwarded.

For urgent matters please contact my colleague Fiona Grant at fiona.grant@grantsolicitors.co.uk or call the office on 0131 496 0723.

Kind regards,
Iain Grant""",
         "Iain Grant"),
    ],
    "nl": [
        ("access", (), "vraagje",
         """Goeiendag,

Ik ben 78 en mijn kleinzoon heeft indertijd een klantenkaart voor mij aangemaakt bij jullie. Nu zou ik toch eens graag willen weten wat ge allemaal van mij bijhoudt. Mijn adres, mijn geboortedatum, wat ik gekocht heb? Kunt ge mij dat eens opsturen, liefst op papier want ik ben niet zo goed met de computer.

Met vriendelijke groeten,
Georgette Van den Bossche
Kerkstraat 14
9200 Dendermonde""",
         "Georgette Van den Bossche"),
        ("correction", (), "e-mailadres wijzigen",
         """Dag,

Mijn e-mailadres en gsm-nummer zijn veranderd, de oude zijn niet meer in gebruik. Kunnen jullie dat aanpassen in mijn klantenaccount?

Oud: kdewilde@telenet.be / 0476 12 34 56
Nieuw: koen.dewilde@proximus.be / 0495 87 65 43

Ik kan dat zelf niet wijzigen want ik krijg de verificatiecode op mijn oude gsm.

Alvast bedankt,
Koen De Wilde""",
         "Koen De Wilde"),
        ("deletion", (), "",
         """hoi

kunnen jullie mijn account weghalen? heb het ooit aangemaakt voor een cadeautje voor mn moeder en gebruik het nooit. wil eigenlijk niet dat mijn gegevens nog bij jullie staan

thx
Noa (16)""",
         "Noa Jansen"),
        ("portability", (), "Overzetten klantgegevens",
         """Beste,

Ik verhuis binnenkort naar Utrecht en ga daar bij een andere webwinkel mijn tuinspullen bestellen. Die kunnen een bestand met je bestelgeschiedenis en spaarpunten inlezen. Zouden jullie al mijn gegevens (account, bestellingen, punten) kunnen aanleveren als CSV of in een ander gangbaar digitaal formaat? Een pdf heb ik helaas niks aan.

Met vriendelijke groet,
Marloes Kuipers""",
         "Marloes Kuipers"),
        ("restriction", (), "Uw ref.: klant 88213 - mevr. Verhaegen",
         """Geachte heer, mevrouw,

Ik treed op als raadsman van mevrouw Lutgart Verhaegen, wonende te 2800 Mechelen, Bruul 41.

Mijn cliënte betwist de juistheid van de gegevens die u in haar klantendossier heeft opgenomen naar aanleiding van het geschil over bestelling 20231187 (met name de vermelding "wanbetaler"). In afwachting van uw onderzoek naar de juistheid van die gegevens verzoek ik u, overeenkomstig artikel 18.1.a AVG, de verwerking ervan te beperken. Concreet betekent dit dat u de betrokken gegevens mag bewaren, maar ze niet mag gebruiken noch aan derden meedelen.

Gelieve mij binnen de wettelijke termijn te bevestigen dat hieraan gevolg werd gegeven.

Hoogachtend,

Mr. Dirk Goossens
Advocaat
Advocatenkantoor Goossens & Peeters""",
         "Mr. Dirk Goossens"),
        ("objection", ("withdraw_consent",), "reclame",
         """Goedendag,

Ik ben niet Nederlands dus sorry voor fouten. Ik zie overal op Facebook reclame van jullie winkel met de dingen die ik heb bekeken op jullie site. Ik wil niet dat jullie mijn gegevens aan Facebook en Google geven voor reklame en ook niet dat jullie een profiel van mij maken. Dat moet stoppen.

En ik wil ook geen nieuwsbrief meer krijgen, graag mij van de lijst halen.

Met vriendelijke groeten
Agnieszka Wróbel
Rotterdam""",
         "Agnieszka Wrobel"),
        ("withdraw_consent", (), "uitschrijven",
         """Gelieve mij uit te schrijven voor de nieuwsbrief.

Mvg
Jan""",
         "Jan Peeters"),
        ("complaint", ("access",), "Re: Re: opvragen gegevens",
         """Dit is nu al de derde keer dat ik mail. Op 2 februari heb ik gevraagd welke gegevens jullie van mij hebben en waar jullie die vandaan halen. Twee maand later nog altijd niks, geen antwoord, niets. Ge zijt verplicht om binnen de maand te antwoorden, dat weet ge toch?

Ik wil die gegevens nu, en ik heb intussen ook een klacht ingediend bij de Gegevensbeschermingsautoriteit. Schandalig.

Ronny Claes""",
         "Ronny Claes"),
        ("other", (), "bestelling nog niet toegekomen",
         """Dag,

Ik heb op 12/05 een tuinslang met haspel besteld (bestelnummer 77104) maar die is nog altijd niet toegekomen. Volgens bpost ligt het pakje in een afhaalpunt in Lokeren maar ik woon in Gent. Kunnen jullie eens nakijken wat er misgelopen is?

Groetjes,
Els""",
         "Els Van Damme"),
        ("automated", (), "Afwezig: uw bericht",
         """Beste,

Bedankt voor uw bericht. Ik ben afwezig tot en met vrijdag 23 augustus en lees mijn mails niet. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kan u terecht bij mijn collega Sofie Maes (sofie.maes@tuincentrum-maes.be, 09 223 45 67).

Met vriendelijke groeten,
Bart Maes""",
         "Bart Maes"),
    ],
    "fr": [
        ("access", (), "Mes informations",
         """Bonjour,

J'ai magasiné chez vous quelques fois l'an passé quand j'étais à Bruxelles pour le travail. Là je suis revenue à Québec et je reçois encore vos affaires. J'aimerais savoir quelles informations vous gardez à mon sujet: mon courriel, mon adresse, mes achats, n'importe quoi. Pouvez-vous m'en envoyer une copie?

Merci beaucoup et bonne journée!
Marie-Ève Tremblay""",
         "Marie-Ève Tremblay"),
        ("correction", (), "changement d'adresse et numéro de GSM",
         """Madame, Monsieur,

Suite à notre déménagement, je vous prie de bien vouloir modifier mes coordonnées dans votre fichier clients.

Ancienne adresse : rue des Alliés 17, 4020 Liège
Nouvelle adresse : avenue de la Closeraie 72, 1348 Louvain-la-Neuve

Mon numéro de GSM a également changé : 0472 / 70 92 15 (septante, nonante-deux, quinze, pour éviter toute confusion).

Je vous en remercie d'avance et vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Jacques Lemaire
pensionné""",
         "Jacques Lemaire"),
        ("deletion", ("withdraw_consent",), "",
         """slt
supprimez mon compte svp jen ai plus besoin du tout. et jveux plus recevoir vos newsletters non plus c relou
merci
Inès""",
         "Ines B."),
        ("portability", (), "Transfert de mes données",
         """Bonjour,

Je suis cliente depuis 2018 (carte fidélité n° 3381 0090). Je souhaite récupérer l'ensemble de mes données (compte, historique de commandes, points fidélité) dans un format lisible par ordinateur, par exemple CSV, afin de les importer chez un autre commerçant. Si c'est plus simple, vous pouvez aussi les transmettre directement à cette entreprise, je vous communiquerai l'adresse.

Avec mes meilleures salutations,

Corinne Rochat
Chemin des Vignes 8
1096 Cully (VD)""",
         "Corinne Rochat"),
        ("restriction", (), "V/Réf. client 40917 - N/Réf. 2024/318",
         """Madame, Monsieur,

Je vous écris en ma qualité de conseil de Monsieur Hugues Delvaux, domicilié rue de Fer 9 à 5000 Namur.

Mon client conteste l'exactitude des données vous ayant conduit à bloquer son compte pour « fraude présumée ». Dans l'attente de la vérification de ces données, il sollicite, sur la base de l'article 18.1, a) du RGPD, la limitation de leur traitement : elles pourront être conservées, mais ne pourront faire l'objet d'aucune autre utilisation ni d'aucune communication à des tiers, notamment à vos partenaires de paiement.

Je vous saurais gré de me confirmer la bonne suite réservée à la présente dans le délai légal.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Maître Anne-Catherine Dubois
Avocate au barreau de Namur""",
         "Me Anne-Catherine Dubois"),
        ("objection", (), "Arrêtez de me pister !!!",
         """Bonjour,

J'en ai vraiment marre. Depuis que j'ai acheté un barbecue chez vous, je vois vos pubs partout, sur Facebook, sur les sites d'info, même sur YouTube, avec pile les articles que j'ai regardés. Je refuse que vous vous serviez de mes achats et de ma navigation pour me cibler comme ça et je ne veux pas que vous refiliez quoi que ce soit à vos « partenaires » publicitaires. Vous arrêtez, point.

Thierry Massart
Charleroi""",
         "Thierry Massart"),
        ("withdraw_consent", (), "infolettre",
         """Bonjour, svp me désabonner de votre infolettre. Merci!

Guy Gagnon
Sherbrooke""",
         "Guy Gagnon"),
        ("complaint", ("correction",), "Re: mon adresse",
         """Bonjour,

Je suis néerlandophone, excusez mon français. J'ai écrit à vous le 10 janvier pour changer mon adresse, parce que vous envoyez toujours les colis et les lettres à mon ancienne maison, où habite maintenant une autre personne. Elle a reçu ma facture avec mon nom et ce que j'ai acheté. Après deux mois rien est changé et personne a répondu.

Je demande encore une fois de corriger : Molenstraat 5, 1500 Halle. Si ce n'est pas fait cette semaine, je vais porter plainte à l'Autorité de protection des données.

Wim Vermeulen""",
         "Wim Vermeulen"),
        ("other", (), "Livraison en Suisse ?",
         """Bonjour,

Est-ce que vous livrez en Suisse romande ? J'aimerais commander la serre en polycarbonate à huitante-neuf euros mais je ne trouve pas les frais de port ni comment ça se passe pour la douane. Faut-il payer la TVA suisse en plus à la livraison ?

Merci d'avance et meilleures salutations,
Laurent Perrin, Yverdon""",
         "Laurent Perrin"),
        ("automated", (), "Réponse automatique : Demande",
         """Bonjour,

Je suis présentement en vacances et serai de retour au bureau le lundi 5 août. Je n'aurai pas accès à mes courriels durant cette période.

Pour toute urgence, veuillez communiquer avec Mme Nathalie Côté au 418 555-0142, poste 203.

Merci et bonne journée!
Sylvain Bouchard""",
         "Sylvain Bouchard"),
    ],
    "de": [
        ("access", (), "Anfrage",
         """Grüß Gott,

ich bin Pensionist und habe vor einiger Zeit bei Ihnen einen Rasenmäher gekauft. Seither bekomme ich immer wieder Post von Ihnen und frage mich, woher Sie eigentlich wissen, was mich interessiert. Ich möchte bitte wissen, welche Angaben Sie alles über mich gespeichert haben und an wen Sie diese weitergeben. Eine Aufstellung per Post wäre mir am liebsten.

Mit freundlichen Grüßen
Ing. Herbert Pichler
Hauptplatz 3
8010 Graz
Österreich""",
         "Herbert Pichler"),
        ("correction", (), "Natelnummer",
         """Grüezi

Meine Natelnummer hat geändert, die alte (079 412 33 05) habe ich nicht mehr. Neu: 076 588 21 47. Könnten Sie das bitte in meinem Kundenkonto anpassen? Ausserdem ist mein Nachname falsch geschrieben, es heisst Brüngger und nicht Brüniger.

Freundliche Grüsse
Regula Brüngger
Winterthur""",
         "Regula Brüngger"),
        ("deletion", ("withdraw_consent",), "Konto weg. Sofort.",
         """Ich habe jetzt zum x-ten Mal versucht, mein Kundenkonto selbst zu schließen, und Ihre Seite lässt es einfach nicht zu. Dann eben so:

Ich will, dass mein Konto verschwindet und alles, was Sie über mich gespeichert haben, gleich mit. Und hören Sie auf, mir Ihre Werbemails zu schicken, dafür gebe ich meine Einwilligung nicht mehr her.

Ich erwarte eine Bestätigung.

M. Krüger""",
         "Michael Krüger"),
        ("portability", (), "meine daten als datei",
         """Hallo,

ich bin Kunde bei Ihnen seit 3 Jahre. Jetzt ich will zu andere Shop wechseln und die können meine alte Bestellungen und Daten importieren wenn ich habe eine Datei. Bitte schicken Sie mir alle meine Daten als CSV oder Excel, nicht als Brief. Kundennummer ist 61720.

Danke und Gruß
Emre Yılmaz""",
         "Emre Yilmaz"),
        ("restriction", (), "Kundin Mag. Sabine Huber – Einschränkung der Verarbeitung",
         """Sehr geehrte Damen und Herren,

ich vertrete Frau Mag. Sabine Huber, Lerchenfelder Straße 56/12, 1070 Wien, und berufe mich auf die erteilte Vollmacht.

Meine Mandantin bestreitet die Richtigkeit der in ihrem Kundenkonto vermerkten Angaben zu angeblich nicht bezahlten Rechnungen. Bis zur Klärung ersuche ich Sie gemäß Art. 18 Abs. 1 lit. a DSGVO, die Verarbeitung dieser Daten einzuschränken. Die Daten dürfen gespeichert, jedoch weder für Bonitätsentscheidungen verwendet noch an Inkassobüros oder sonstige Dritte übermittelt werden.

Um schriftliche Bestätigung binnen Monatsfrist wird ersucht.

Mit freundlichen Grüßen

Dr. Thomas Leitner
Rechtsanwalt
Wien""",
         "Dr. Thomas Leitner"),
        ("objection", (), "",
         """Grüezi mitenand

Ich habe gemerkt, dass Sie mir auf Ihrer Seite und in Ihren Mails Produkte «speziell für mich» anzeigen, offenbar aufgrund meiner bisherigen Einkäufe. Das möchte ich nicht. Bitte werten Sie mein Einkaufsverhalten nicht mehr aus und erstellen Sie kein Profil von mir. Die Bestellungen selbst sollen Sie natürlich weiterhin abwickeln.

Freundliche Grüsse
Beat Zürcher
Bern""",
         "Beat Zürcher"),
        ("withdraw_consent", (), "",
         """hey wie komm ich aus eurem newsletter raus?? find den link nicht. bitte austragen danke

lg lena""",
         "lena.m"),
        ("complaint", ("access",), "Weitergabe meiner Adresse",
         """Sehr geehrte Damen und Herren

Seit meiner letzten Bestellung bei Ihnen erhalte ich Werbung von drei Firmen, von denen ich noch nie gehört habe, adressiert mit genau der Schreibweise, die ich nur bei Ihnen verwendet habe. Sie haben meine Adresse also offensichtlich weitergegeben, ohne mich zu fragen. Das ist eine Frechheit.

Ich habe mich deswegen bereits an den Konsumentenschutz gewandt. Von Ihnen verlange ich eine vollständige Auskunft, welche Daten Sie über mich haben und an wen genau Sie diese weitergegeben haben.

Hochachtungsvoll
Ursula Meier
St. Gallen""",
         "Ursula Meier"),
        ("other", (), "Rasenmäher",
         """Habt ihr den Akku-Rasenmäher GL-36 noch an Lager? Auf der Seite steht «bald wieder verfügbar».

Gruss Ruedi""",
         "Ruedi Stucki"),
        ("automated", (), "Abwesenheitsnotiz: Ihre Anfrage",
         """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. Jänner nicht im Büro und habe in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an office@gartenbau-steiner.at oder telefonisch an +43 662 87 41 20.

Mit freundlichen Grüßen
Christina Steiner""",
         "Christina Steiner"),
    ],
    "es": [
        ("access", (), "Información",
         """Buenas tardes,

Viví en Bélgica un tiempo y les compré varias cosas para el jardín. Ahora estoy de regreso en Guadalajara y me siguen llegando correos suyos. Quisiera saber qué datos personales míos tienen ustedes guardados y para qué los usan. ¿Me podrían mandar una copia, por favor?

Muchas gracias de antemano.
Saludos cordiales,
Alejandra Ramírez Ochoa""",
         "Alejandra Ramírez"),
        ("correction", ("withdraw_consent",), "mi mail está mal",
         """Hola, ¿qué tal?

Mirá, cuando me registré escribí mal el apellido y el mail: puse "Gonzales" con s y "lucasgonzales@..." y es con z. ¿Me lo podés corregir? Es Lucas González, lucas.gonzalez@gmail.com.

Ah, y de paso sacame de los mails de promociones, que no los leo nunca.

Gracias, un abrazo
Lucas""",
         "Lucas González"),
        ("deletion", (), "Por favor",
         """Buenos días:

Me llamo Candelaria Suárez y vivo en Telde, Gran Canaria. Mi hijo me abrió una cuenta con ustedes hace unos años para pedir unas macetas, pero yo ya tengo 81 años y no compro por internet. No quiero que tengan mis datos ni mi dirección. Les pido que borren la cuenta y todo lo que tengan mío.

Mi correo es este mismo y el nombre con el que está la cuenta es Candelaria Suárez Perdomo.

Muchas gracias, mis niños.
Candelaria""",
         "Candelaria Suárez"),
        ("portability", (), "",
         """Hola,

Necesito que me manden todos mis datos de cliente (pedidos, puntos de la tarjeta, direcciones) en un archivo tipo CSV o Excel, algo que se pueda subir al sistema de otra tienda. Me voy a cambiar y no quiero perder el historial. Al tiro si se puede, porfa.

Saludos desde Viña del Mar,
Camila Fuentes""",
         "Camila Fuentes"),
        ("restriction", (), "Solicitud de limitación del tratamiento – D. Álvaro Ruiz Ortega",
         """Muy señores míos:

En nombre y representación de D. Álvaro Ruiz Ortega, con NIE Y-1234567-L y domicilio en Bruselas, según poder que se adjunta, me dirijo a ustedes en relación con los datos personales de mi representado.

Mi representado ha ejercido su derecho de oposición al tratamiento de sus datos con fines de análisis comercial, oposición que ustedes están valorando según su último escrito. Mientras se verifica si sus intereses legítimos prevalecen sobre los de mi representado, solicito, al amparo del artículo 18.1.d) del RGPD, la limitación del tratamiento de dichos datos, que únicamente podrán ser conservados.

Ruego confirmación por escrito en el plazo legalmente establecido.

Atentamente,

Fernando Martín Escudero
Abogado, ICAM n.º 74.512""",
         "Fernando Martín Escudero"),
        ("objection", ("deletion",), "¡¡BASTA YA!!",
         """Estoy hasta las narices. Miro una manguera en vuestra web y durante dos semanas me persiguen vuestros anuncios por Instagram, Google y hasta en la app del tiempo. No os he dado permiso para usar lo que miro y lo que compro para perfilarme ni para pasárselo a vuestros "socios publicitarios". Se acabó.

Y ya que estamos, borrad mi cuenta entera, que no pienso volver a comprar ahí.

Raúl Domínguez
Zaragoza""",
         "Raúl Domínguez"),
        ("withdraw_consent", (), "Re: ¡Llegó la primavera! Hasta -30% en muebles de jardín",
         """no quiero mas estos correos, denme de baja xfa""",
         "Sofi Herrera"),
        ("complaint", (), "Correo sospechoso con mis datos de pedido",
         """Buenas,

Ayer me llegó un correo, supuestamente de ustedes, pidiéndome que pagara 2,99 € de "gastos de aduana" por un enlace raro. Lo preocupante es que el correo traía mi nombre completo, mi dirección y el número exacto de mi pedido (48810) y lo que había comprado. Esos datos solo los tienen ustedes.

O alguien os ha robado los datos o se los habéis pasado a alguien. En cualquier caso es muy grave y nadie me ha avisado de nada. Quiero una explicación.

Núria Puig i Ferrer""",
         "Núria Puig"),
        ("other", (), "Envíos a Canarias",
         """Hola buenas,

¿Hacen envíos a Canarias? Quería pedir la hamaca de jardín y el toldo pero al poner el código postal 38003 (Santa Cruz de Tenerife) no me deja terminar el pedido. ¿Y cómo va lo del IGIC y la aduana, lo pago yo al recibirlo?

Gracias, un saludo
Yeray""",
         "Yeray Hernández"),
        ("automated", (), "Respuesta automática: Su solicitud",
         """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el 15 de enero con acceso limitado al correo. Su mensaje será atendido a mi regreso.

Para asuntos urgentes, favor de comunicarse con la Lic. Patricia Morales al (55) 5555 0123 ext. 118.

Saludos cordiales,
Ing. Ricardo Salinas Vega""",
         "Ricardo Salinas Vega"),
    ],
    "it": [
        ("access", ("correction",), "richiesta",
         """Gentili signori,

sono una pensionata di Locarno e ho la vostra tessera fedeltà. Vorrei sapere che dati avete su di me: mi mandi per favore un elenco di tutto quello che avete registrato.

Già che ci sono: ho visto sull'ultimo buono che la mia data di nascita è sbagliata. Sono nata il 3 aprile 1949, non il 4 marzo. Vi prego di correggerla.

Distinti saluti
Graziella Pedrazzini
Via Cittadella 12, 6600 Locarno""",
         "Graziella Pedrazzini"),
        ("correction", (), "cambio indirizzo",
         """Buongiorno,

mi sono trasferito e vorrei aggiornare l'indirizzo del mio account.

Vecchio: Via Roma 22, 20121 Milano
Nuovo: Rue Royale 140, 1000 Bruxelles

Anche il numero di telefono ora è belga: +32 470 11 22 33.

Grazie e buona giornata,
Stefano Colombo""",
         "Stefano Colombo"),
        ("deletion", ("objection",), "VERGOGNA",
         """Basta. Ogni volta che apro Facebook mi trovo le vostre pubblicità con le cose che ho comprato da voi. Chiudete il mio account e cancellate tutti i miei dati, subito.

E nel frattempo smettete di passare i miei dati ai vostri partner pubblicitari e di usarli per profilarmi. Non vi ho mai autorizzato a fare niente del genere.

Salvatore Russo
Palermo""",
         "Salvatore Russo"),
        ("portability", (), "Trasferimento dati a un altro negozio",
         """Buongiorno,

sono cliente da voi da 4 anni (n. cliente 50299). Adesso voglio passare a un altro negozio online, GardenHub, e loro mi dicono che possono ricevere i miei dati (storico degli ordini e punti fedeltà) direttamente da voi in formato elettronico. Potete per favore trasmettere i miei dati a loro? Se non è possibile, mandate a me un file CSV che poi lo carico io.

Grazie mille
Arben Hoxha""",
         "Arben Hoxha"),
        ("restriction", (), "Istanza ex art. 18 GDPR – sig.ra Chiara Bernasconi",
         """Spettabile Società,

scrivo in nome e per conto della sig.ra Chiara Bernasconi, residente in Via Nassa 5, 6900 Lugano, come da procura che si allega.

La mia assistita contesta l'esattezza dei dati relativi al presunto reso non autorizzato che risultano associati al suo conto cliente e che hanno comportato la sospensione del servizio. Nelle more della verifica, chiedo, ai sensi dell'art. 18, par. 1, lett. a) del Regolamento (UE) 2016/679, la limitazione del trattamento di tali dati, che potranno essere unicamente conservati.

Resto in attesa di un vostro cortese riscontro nei termini di legge.

Distinti saluti

Avv. Marco Lurati
Studio legale Lurati, Lugano""",
         "Avv. Marco Lurati"),
        ("objection", (), "",
         """Buongiorno,

ho notato che le vostre e-mail e la pagina iniziale del sito mi propongono sempre articoli «scelti per me», evidentemente in base a quello che compero. Non voglio che i miei acquisti vengano analizzati per questo scopo. Per favore smettete di farlo. La newsletter con le azioni della settimana invece mi interessa e la voglio continuare a ricevere.

Cordiali saluti
Fabio Ghirlanda
Bellinzona""",
         "Fabio Ghirlanda"),
        ("withdraw_consent", (), "",
         """ciao non voglio più le vostre mail con le offerte, toglietemi pls 🙏

giulia""",
         "Giulia"),
        ("complaint", (), "Ho ricevuto i dati di un altro cliente",
         """Buonasera,

oggi mi è arrivata la conferma d'ordine n. 61552, che però non è mia: c'è nome, indirizzo, numero di telefono e articoli acquistati di un'altra persona, una signora di Anversa. Se ricevo io i dati di un'altra cliente, immagino che qualcun altro stia ricevendo i miei. Mi sembra una cosa gravissima e vorrei sapere cosa intendete fare. Ovviamente ho cancellato la mail.

Distinti saluti
Elena Ferraris""",
         "Elena Ferraris"),
        ("other", (), "Vasi in terracotta",
         """Buongiorno, i vasi in terracotta che erano in azione la settimana scorsa li avete ancora? Sul sito non li trovo più. Spedite anche in Ticino?

Saluti
Mirko""",
         "Mirko Cattaneo"),
        ("automated", (), "Risposta automatica: richiesta",
         """Gentile mittente,

la ringrazio per il messaggio. Sono assente dall'ufficio fino a lunedì 2 settembre senza accesso alla posta elettronica. Il suo messaggio non verrà inoltrato.

Per questioni urgenti può rivolgersi alla segreteria allo 091 922 44 10.

Cordiali saluti
Laura Soldati""",
         "Laura Soldati"),
    ],
    "pt": [
        ("access", (), "Solicitação LGPD / RGPD",
         """Olá, tudo bem?

Fiz algumas compras com vocês quando morei em Bruxelas e continuo recebendo comunicações. Gostaria de saber quais dados pessoais vocês têm no meu cadastro, de onde vieram e com quem foram compartilhados. Sei que aí vale o RGPD e não a LGPD, mas o direito é parecido, né? Podem me enviar uma cópia?

Obrigada!
Juliana Albuquerque
São Paulo - SP""",
         "Juliana Albuquerque"),
        ("correction", (), "",
         """Bom dia estimados senhores,

Venho por meio desta informar que o meu número de telemóvel foi alterado. O número antigo (+244 923 000 111) já não está em uso. O novo número é +32 465 22 81 09, porque estou agora a residir na Bélgica. Solicito que façam a devida actualização na minha ficha de cliente.

Sem mais de momento, com os melhores cumprimentos,
Domingos Kiala Manuel""",
         "Domingos Kiala Manuel"),
        ("deletion", (), "excluir conta",
         """oi! quero excluir minha conta de vocês, criei só pra ganhar cupom e nem uso. pode apagar tudo aí que tiver meu, valeu

Gabi""",
         "Gabriela Souza"),
        ("portability", (), "Meus dados num arquivo",
         """Oi pessoal,

Vou migrar pra outra loja de jardinagem e eles aceitam importar o histórico de pedidos e os pontos do programa de fidelidade. Vocês conseguem me mandar todos os meus dados num arquivo tipo planilha ou CSV? PDF não serve porque o sistema deles não lê.

Meu cadastro é no e-mail rafael.lima.bh@gmail.com.

Valeu!
Rafael Lima""",
         "Rafael Lima"),
        ("restriction", (), "Pedido de limitação do tratamento – cliente n.º 31877",
         """Exmos. Senhores,

Na qualidade de mandatário da Sr.ª D. Maria Teresa Nogueira, residente na Rua de Santa Catarina, 210, 4000-443 Porto, venho, nos termos do artigo 18.º, n.º 1, alínea a), do RGPD, requerer a limitação do tratamento dos dados pessoais da minha constituinte relativos ao alegado incumprimento de pagamento da encomenda n.º 19022, cuja exatidão é por ela contestada.

Até à conclusão da verificação, os referidos dados apenas poderão ser conservados, não devendo ser utilizados nem comunicados a terceiros, designadamente a empresas de cobrança.

Aguardo confirmação no prazo legal.

Com os melhores cumprimentos,

Dr. Tiago Rebelo
Advogado – Cédula Profissional n.º 51234P""",
         "Dr. Tiago Rebelo"),
        ("objection", (), "PAREM DE ME RASTREAR",
         """Gente, sério, que absurdo. Olhei UMA vez um ombrelone no site de vocês e agora ele aparece em todo lugar: Instagram, YouTube, até no joguinho do celular. Eu não autorizo vocês usarem o que eu vejo e compro pra me rastrear e nem compartilhar meus dados com parceiro de anúncio nenhum. Parem com isso agora.

Thiago Mendes""",
         "Thiago Mendes"),
        ("withdraw_consent", ("deletion",), "Re: Novidades para o seu jardim",
         """Boa tarde,

Deixem por favor de me mandar essas promoções por correio electrónico, que eu já não tenho jardim desde que fui para o lar. E já agora apaguem a minha ficha de cliente, que não volto a comprar nada.

Obrigado,
Manuel Fernandes Tavares
(76 anos)""",
         "Manuel Tavares"),
        ("complaint", ("access",), "Segunda vez que escrevo",
         """Caros senhores,

Em 15 de Janeiro enviei um pedido para saber que dados pessoais a vossa empresa tem a meu respeito. Passaram quase três meses e até à data não recebi nenhuma resposta, nem sequer a confirmação de recepção. Acho isso uma falta de respeito.

Volto a pedir a cópia dos meus dados. Caso continue sem resposta, vou apresentar queixa junto da autoridade de protecção de dados.

Atenciosamente,
Celso Mucavele
Maputo / Antuérpia""",
         "Celso Mucavele"),
        ("other", (), "Parceria em marketing digital",
         """Olá, tudo bem?

Sou a Fernanda, da agência Verde Digital, de Curitiba. Trabalhamos com lojas de casa e jardim na Europa e no Brasil e ajudamos a aumentar as vendas com tráfego pago e conteúdo para redes sociais. Vi o site de vocês e acho que temos muito a contribuir.

Topam uma call rápida de 20 minutos esta semana? Posso mandar nosso portfólio.

Abraço,
Fernanda Kowalski
Verde Digital | (41) 99876-5432""",
         "Fernanda Kowalski"),
        ("automated", (), "Resposta automática: Solicitação",
         """Olá!

Estou de férias até 20 de julho, com acesso limitado ao e-mail. Responderei sua mensagem assim que retornar.

Em caso de urgência, entre em contato com a Patrícia pelo e-mail patricia.rocha@casaejardimbr.com.br ou pelo celular (11) 98765-4321.

Obrigado!
Marcelo Nunes""",
         "Marcelo Nunes"),
    ],
}

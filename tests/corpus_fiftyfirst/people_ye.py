"""Fifty-first set, marketplace mail about buyers, third-party sellers and private sellers (en nl fr de es it pt). Written apart from the rules (see make_fiftyfirst.py)."""

PEOPLE_YE = {
    "en": [
        ("access", (),
         "Which sellers have my address?",
         """Hello,

I've bought maybe a dozen things on your site over the last two years, and only
recently realised that a lot of them weren't actually sold by you but by
marketplace sellers.

Could you tell me which sellers received my name, address and phone number, and
what exactly was passed on to each of them? I'd also like to know whether any of
those sellers are based outside the EU.

Thanks,
Daniel Hughes""",
         "Daniel Hughes"),

        ("other", (),
         "Parcel from seller never arrived",
         """Hi,

I ordered a garden hose reel on 14 October (order MP-2026-448213), sold by
"GreenYard Supplies" through your marketplace. Tracking says it was delivered on
the 20th, but there's nothing here and the neighbours haven't got it either.

The seller isn't answering the messages I've sent from my account. Can you step
in? I'd like either the reel or my money back.

Cheers,
Sophie Turner""",
         "Sophie Turner"),

        ("deletion", ("withdraw_consent",),
         "Closing my seller account",
         """Dear Sir or Madam,

Last year I opened a seller account on your marketplace to sell some of my late
father's tools. That is all finished now and I have no further use for the
account.

Please close it and delete the information I supplied for the verification,
including the scan of my identity card and my bank details.

I also still receive your "Seller tips" e-mails every fortnight. Please take me
off that list as well.

Yours faithfully,
Margaret Collins""",
         "Margaret Collins"),

        ("restriction", (),
         "Dispute with seller - please don't delete the messages",
         """Hello,

I'm in a dispute with one of your sellers (ToolKing Ltd) about a drill that
arrived broken, order MP-7731029. I noticed in your help pages that
conversations in the message centre are removed automatically after 90 days.

My bank is still looking into the chargeback and I may need those messages as
evidence. Could you please make sure the whole conversation with this seller is
kept and not deleted until the dispute is settled? You don't need to do anything
else with it, just don't let it disappear.

Regards,
Tom Fletcher""",
         "Tom Fletcher"),

        ("objection", (),
         "\"Sellers you might like\"",
         """Hi there,

Every time I open the app there's a "Sellers you might like" box, obviously
based on what I've looked at and bought. I don't want my purchase history used
to profile me like that, and certainly not to push me towards other sellers.

Please stop using my data for these recommendations. The account is in my name.

Ravi Patel""",
         "Ravi Patel"),

        ("complaint", ("deletion",),
         "Seller phoned me at home",
         """I want to make a formal complaint.

On Saturday evening I got a call at home from a man at "Casa Lumi", a seller I
bought a lamp from on your site three weeks ago. He wanted me to change my
2-star review, and then offered to sell me other lamps "directly, cheaper,
without the platform".

I never gave this company my phone number. You did. I did not agree to be rung
at home by sellers, on a Saturday evening or at any other time, and I expect an
explanation of how this could happen.

I also want my phone number deleted, from my account and from whatever you
passed on to that seller.

Karen Doyle""",
         "Karen Doyle"),

        ("other", (),
         "remove my listing pls",
         """Hi, how do I remove a listing from my seller page? The bike (blue Gazelle)
is sold, to a friend in the end, but the ad is still up and people keep
messaging me about it. I can't find a delete button anywhere in the app.

Thanks
Liam""",
         "Liam Murphy"),

        ("portability", (),
         "Export of my sales history and reviews",
         """Hello,

I've been selling handmade candles on your marketplace since 2024 as "Wick &
Ember". I'm moving to my own web shop and another platform, and I'd like to take
my sales history and the reviews buyers left me with me.

Could you send these in a machine-readable format, CSV or JSON, whichever is
easier for you? The seller dashboard only lets me download invoices one PDF at a
time, which is no use for importing anywhere.

Many thanks,
Emma Robinson""",
         "Emma Robinson"),

        ("correction", (),
         "Wrong name on seller's invoice",
         """Hi,

I've just had an invoice from one of your sellers (PhoneFix Pro, order
MP-5520917) made out to Joanne Kelly, which is my maiden name. I changed my
surname in my account in September, but the seller obviously still has the old
details.

Could you please correct my name in what you've shared with the seller, so that
it reads Joanne Marsh? I need a correct invoice for my expenses claim.

Thanks,
Joanne Marsh""",
         "Joanne Marsh"),

        ("other", (),
         "Commission on items over 500 euros?",
         """Good afternoon,

I run a small business selling refurbished laptops and I'm thinking about
listing on your marketplace. What commission do you take on items over 500
euros, and is there a monthly fee on top of that?

Also, do I have to ship myself, or can I send stock to your warehouse?

Kind regards,
Andrew Bennett
AB Refurb""",
         "Andrew Bennett"),
    ],

    "nl": [
        ("access", ("objection",),
         "Welke gegevens krijgen verkopers van mij?",
         """Beste,

Ik koop regelmatig via jullie marketplace en ik vraag mij af wat jullie
allemaal doorgeven aan die externe verkopers. Kunnen jullie mij een overzicht
bezorgen van welke verkopers mijn gegevens gekregen hebben, en welke gegevens
precies (adres, telefoonnummer, e-mailadres?).

Daarnaast wil ik niet dat verkopers mijn gegevens gebruiken voor hun eigen
reclame. Ik maak daar bezwaar tegen.

Met vriendelijke groeten,
Pieter Janssens""",
         "Pieter Janssens"),

        ("other", (),
         "Pakket van verkoper niet ontvangen",
         """Hallo,

Bestelling MP-2026-331876, een koffiemolen van "Barista Corner". Besteld op
3 november en nog altijd niks. De verkoper zegt dat het verstuurd is maar het
trackingnummer werkt niet. Wat moet ik doen?

Groetjes,
Lotte""",
         "Lotte Willems"),

        ("correction", (),
         "Naam verkeerd op mijn verkoperspagina",
         """Dag,

Op mijn verkoperspagina staat mijn naam als "Annelies Verhaege", maar het is
Verhaeghe, met een h. Ik heb het bij de registratie waarschijnlijk zelf
verkeerd getypt, en nu kan ik het niet meer aanpassen omdat de naam aan de
verificatie gekoppeld is.

Kunnen jullie dat rechtzetten? Ook op de facturen die naar mijn kopers gaan.

Bedankt!
Annelies Verhaeghe""",
         "Annelies Verhaeghe"),

        ("deletion", (),
         "scan identiteitskaart",
         """Goeiemiddag,

Toen ik mijn verkopersaccount aanmaakte, moest ik een scan van mijn
identiteitskaart opladen, voor- en achterkant. Mijn account is ondertussen al
lang geverifieerd. Ik zie niet in waarom jullie die scan nog moeten bijhouden,
dus ik vraag jullie om hem te wissen.

Het account zelf mag blijven bestaan.

Mvg,
Wim De Smet""",
         "Wim De Smet"),

        ("withdraw_consent", (),
         "",
         """Ik krijg via jullie platform elke week een nieuwsbrief van "Kids & Co
Outlet", een verkoper waar ik ooit één keer iets gekocht heb. Blijkbaar heb ik
toen een vinkje laten staan. Ik wil die mails niet meer, gelieve mij uit te
schrijven.

Sarah""",
         "Sarah Dewulf"),

        ("other", (),
         "Hoe product verwijderen van mijn verkoperspagina?",
         """Hallo,

Ik verkoop sinds een maand tweedehands kinderkleren via jullie site. Een paar
stuks zijn niet meer beschikbaar, die heb ik op de rommelmarkt verkocht. Hoe kan
ik die producten van mijn pagina verwijderen? Ik vind het nergens in het menu.

Alvast bedankt,
Nathalie Claes""",
         "Nathalie Claes"),

        ("complaint", (),
         "Klacht: verkoper heeft mijn adres op Facebook gezet",
         """Geachte,

Ik wil een klacht indienen.

Na een discussie over een retour heeft de verkoper "MeubelDirect24" op zijn
Facebookpagina een foto gezet van het verzendlabel van mijn pakket, met mijn
volledige naam en adres erop, en de tekst "deze klant wil gratis meubels".
Dat adres hebben zij van jullie gekregen.

Ik vind het onaanvaardbaar dat jullie mijn gegevens doorgeven aan een verkoper
die er zo mee omgaat. Ik verwacht dat jullie die verkoper aanspreken en mij
laten weten welke maatregelen jullie nemen. Als ik binnen twee weken niets
hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Koen Peeters""",
         "Koen Peeters"),

        ("restriction", (),
         "Thuisadres voorlopig niet tonen aub",
         """Hallo,

Ik verkoop als particulier af en toe iets via jullie marketplace. Sinds kort
staat mijn volledige thuisadres op mijn verkoperspagina en op de facturen aan
kopers. Ik heb aan de klantendienst gevraagd of dat voor particulieren echt
verplicht is en ze zouden het nakijken.

Tot jullie daar uitsluitsel over hebben, wil ik dat mijn adres niet meer
getoond wordt. Jullie mogen het wel bijhouden, uiteraard. Kan dat?

Groeten,
Jens Wouters""",
         "Jens Wouters"),

        ("portability", ("deletion",),
         "Mijn verkoopgegevens en daarna account afsluiten",
         """Beste privacyteam,

Ik stop met verkopen op jullie platform. Voor mijn account afgesloten wordt,
had ik graag al mijn verkoopgegevens (bestellingen, bedragen, beoordelingen) in
een bestand dat ik kan inlezen, bijvoorbeeld CSV of Excel, zodat ik alles kan
meenemen naar mijn nieuwe webwinkel.

Daarna mag mijn verkopersaccount met alle gegevens verwijderd worden.

Dank u,
Hanne Maes""",
         "Hanne Maes"),

        ("other", (),
         "Kapotte lamp, verkoper wil niet terugnemen",
         """Dag,

Ik heb een hanglamp gekocht bij een verkoper op jullie site. Het glas was
gebroken bij levering. De verkoper zegt dat het mijn schuld is en wil niets
terugbetalen, terwijl de doos zelf al ingedeukt was. Ik heb foto's.

Kunnen jullie bemiddelen? Bestelnummer MP-8812045.

Vriendelijke groeten,
Dirk Vermeulen""",
         "Dirk Vermeulen"),
    ],

    "fr": [
        ("access", (),
         "Données transmises au vendeur",
         """Bonjour,

J'ai commandé une paire de baskets sur votre site le 12 octobre, vendue par
« SneakerVault ». Quelques jours plus tard, j'ai reçu un SMS de ce vendeur avec
des promotions.

Je souhaiterais savoir quelles données personnelles me concernant vous lui avez
transmises, et pour quelle raison. Pouvez-vous aussi me dire combien de temps
il a le droit de les conserver ?

Cordialement,
Julien Lambert""",
         "Julien Lambert"),

        ("deletion", (),
         "Suppression de mon ancien compte vendeur",
         """Madame, Monsieur,

J'ai fermé mon compte vendeur en juin 2026. Pourtant ma page vendeur est
toujours visible, avec mon nom, ma commune et les avis des acheteurs.

Je vous demande de supprimer définitivement ce compte et toutes les données qui
y sont liées, y compris la copie de ma carte d'identité et mon numéro de compte
bancaire. Je vous remercie de bien vouloir me confirmer la suppression.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Dubois""",
         "Isabelle Dubois"),

        ("other", (),
         "Comment devenir vendeur ?",
         """Bonjour,

Je fabrique des bijoux en argent et j'aimerais les vendre sur votre
marketplace. Quelles sont les démarches ? Faut-il un numéro d'entreprise ou
est-ce possible en tant que particulier ? Et quels documents faut-il fournir ?

Merci d'avance,
Camille""",
         "Camille Laurent"),

        ("objection", ("withdraw_consent",),
         "Publicités des vendeurs partenaires",
         """Bonjour,

Depuis que j'ai acheté un aspirateur chez un vendeur de votre marketplace, je
reçois des « offres de nos vendeurs partenaires » par e-mail et en notification
dans l'app.

Je m'oppose à ce que mes données soient partagées avec les vendeurs à des fins
publicitaires. Je retire également mon accord pour les e-mails « Offres
marketplace ». Je veux continuer à recevoir mes factures et mes confirmations
de commande, rien d'autre.

Merci,
Marc Lefèvre""",
         "Marc Lefèvre"),

        ("restriction", (),
         "Boutique fermée - ne pas effacer ma commande",
         """Bonjour,

J'ai acheté un lave-vaisselle en mars chez « ElectroMénager Plus » via votre
site. J'apprends que cette boutique a fermé et que les commandes des vendeurs
qui quittent la plateforme sont supprimées après un certain temps.

J'ai encore plus d'un an de garantie sur cet appareil. Je vous demande donc de
ne pas effacer ma commande, la facture et les échanges avec ce vendeur, et de
les conserver jusqu'à la fin de la garantie, au cas où j'en aurais besoin.
Je ne vous demande rien d'autre à leur sujet.

Bien à vous,
Nadia Benali""",
         "Nadia Benali"),

        ("complaint", ("access",),
         "3e demande - toujours aucune réponse",
         """Bonjour,

C'est la troisième fois que j'écris.

Le 2 octobre, j'ai demandé quelles données me concernant avaient été transmises
au vendeur « HomeStyle Ltd », qui est établi au Royaume-Uni. Vous m'avez
répondu de m'adresser au vendeur. Le vendeur m'a répondu de m'adresser à vous.
Depuis, plus rien. On se renvoie la balle et personne ne répond.

Je répète donc ma demande : quelles données lui avez-vous communiquées ? Si je
n'ai pas de réponse d'ici le 30 novembre, je saisirai l'Autorité de protection
des données.

Philippe Renard""",
         "Philippe Renard"),

        ("other", (),
         "Retirer mon annonce",
         """Bonjour, pouvez-vous retirer mon annonce pour le vélo d'appartement ? Il
est vendu. Je n'arrive pas à la supprimer depuis l'application, le bouton ne
réagit pas.

Merci.
Sylvie Martin""",
         "Sylvie Martin"),

        ("withdraw_consent", (),
         "désinscription",
         """Bonjour,
je reçois la newsletter de « Bébé Confort Shop » qui passe par votre
plateforme, je ne veux plus la recevoir. Merci de me désinscrire.
Élodie""",
         "Élodie Mertens"),

        ("correction", (),
         "Ancienne adresse chez un vendeur",
         """Bonjour,

J'ai déménagé en septembre et j'ai changé mon adresse dans mon compte.
Pourtant ma dernière commande chez un vendeur du marketplace (« Déco
Nordique ») est partie à mon ancienne adresse, rue des Alliés 14 à Forest.
Apparemment ce vendeur a gardé l'ancienne.

Pouvez-vous corriger mon adresse chez ce vendeur et partout où elle traîne
encore chez vous ? La bonne est : avenue Brugmann 203, 1180 Uccle.

Merci,
Thomas Gérard""",
         "Thomas Gérard"),

        ("other", (),
         "Commission sur mes ventes",
         """Bonjour,

Je vends des livres d'occasion sur votre plateforme depuis six mois. Sur mon
dernier relevé, la commission est passée de 10 % à 12 %, sans que j'aie reçu la
moindre information à ce sujet. Pouvez-vous m'expliquer ? Toutes mes données de
vente sont dans mon compte vendeur, n° S-20431.

Bien à vous,
Bernard Hubert""",
         "Bernard Hubert"),
    ],

    "de": [
        ("access", (),
         "Auskunft zu meinem Verkäuferkonto",
         """Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft über die zu meiner Person
gespeicherten Daten im Zusammenhang mit meinem Verkäuferkonto
(Verkäufername "Schmitt Antik").

Insbesondere möchte ich wissen, ob die bei der Verifizierung hochgeladene
Kopie meines Personalausweises und meine Bankverbindung noch gespeichert sind,
wie lange diese aufbewahrt werden und an wen sie gegebenenfalls weitergegeben
wurden (z. B. an Zahlungsdienstleister).

Mit freundlichen Grüßen
Rainer Schmitt""",
         "Rainer Schmitt"),

        ("portability", (),
         "Export meiner Verkäuferbewertungen",
         """Hallo,

ich verkaufe seit drei Jahren über Ihren Marktplatz Ersatzteile für
Kaffeemaschinen und habe inzwischen über 400 Bewertungen. Ich möchte auf eine
andere Plattform wechseln.

Können Sie mir meine Verkaufshistorie und die Bewertungen in einer
maschinenlesbaren Datei (CSV oder JSON) zur Verfügung stellen? Falls möglich,
gern auch direkt an die neue Plattform übermitteln.

Viele Grüße
Stefan Krüger""",
         "Stefan Krüger"),

        ("other", (),
         "Paket vom Händler nicht angekommen",
         """Guten Tag,

ich habe am 28.10. über Ihren Marktplatz einen Rucksack bei "OutdoorWelt24"
bestellt (Bestellnr. MP-2026-617230). Laut Sendungsverfolgung liegt das Paket
seit einer Woche in einem Verteilzentrum in Polen. Der Händler antwortet
nicht. Können Sie da etwas machen?

Danke
Julia Neumann""",
         "Julia Neumann"),

        ("deletion", ("objection",),
         "Nachrichten und Verkäuferkonto löschen",
         """Hallo,

ich habe vor zwei Jahren über Ihr Portal ein paar Sachen privat verkauft. Im
Postfach meines Verkäuferkontos liegen immer noch alle Nachrichten der Käufer,
mit Namen und Adressen. Bitte löschen Sie diese Nachrichten und das ganze
Verkäuferkonto.

Außerdem widerspreche ich der Nutzung meiner Einkäufe für die Rubrik "Händler,
die Ihnen gefallen könnten". Mein normales Kundenkonto möchte ich behalten.

Gruß
Michael Becker""",
         "Michael Becker"),

        ("complaint", ("access",),
         "Beschwerde: Händler kontaktiert mich per WhatsApp",
         """Sehr geehrte Damen und Herren,

nach meiner Bestellung eines Staubsaugers beim Händler "TechHaus Direkt"
erhielt ich eine WhatsApp-Nachricht auf meiner privaten Handynummer: Man bat
mich um eine 5-Sterne-Bewertung und bot mir dafür 10 Euro per PayPal an. Zwei
Tage später kam die nächste Nachricht, ich solle künftig "direkt und ohne
Plattformgebühren" bestellen.

Ich finde es inakzeptabel, dass meine Telefonnummer für so etwas verwendet
wird, und beschwere mich hiermit ausdrücklich darüber. Bitte teilen Sie mir
außerdem mit, welche meiner Daten Sie diesem Händler übermittelt haben.

Mit freundlichen Grüßen
Sabine Hoffmann""",
         "Sabine Hoffmann"),

        ("objection", (),
         "Weitergabe an Händler für Werbung",
         """Guten Tag,

beim letzten Kauf über den Marktplatz habe ich in Ihren Datenschutzhinweisen
gelesen, dass Händler meine E-Mail-Adresse auch für "eigene Angebote ähnlicher
Produkte" nutzen dürfen. Damit bin ich nicht einverstanden. Ich widerspreche
der Weitergabe und Nutzung meiner Daten für Werbung von Händlern.

Was die Händler für Lieferung und Rechnung brauchen, dürfen sie natürlich
bekommen.

Grüße
Andreas Wolf""",
         "Andreas Wolf"),

        ("restriction", (),
         "Vermerk in meinem Konto bestritten",
         """Sehr geehrte Damen und Herren,

ein Marktplatz-Händler ("Gartenparadies Huber") behauptet, ich hätte eine
Rücksendung nie zurückgeschickt. Seitdem steht in meinem Kundenkonto offenbar
ein Vermerk, und ich kann nicht mehr auf Rechnung bestellen.

Das stimmt nicht: Das Paket wurde am 6. Oktober zugestellt, den Beleg habe ich.
Solange das geprüft wird, bitte ich Sie, die Verarbeitung dieses Vermerks
einzuschränken. Er soll nicht für Entscheidungen über mein Konto verwendet
werden, bis die Sache geklärt ist.

Mit freundlichen Grüßen
Katrin Schulz""",
         "Katrin Schulz"),

        ("correction", (),
         "Falsche Hausnummer beim Händler",
         """Hallo zusammen,

meine Bestellungen von Marktplatz-Händlern kommen immer wieder zurück, weil bei
denen offenbar Hausnummer 12 statt 21 gespeichert ist. In meinem Kundenkonto
steht es richtig: Lindenstraße 21, 4700 Eupen.

Könnt ihr bitte dafür sorgen, dass die Adresse, die an die Händler geht,
korrigiert wird?

Danke!
Lukas Meyer""",
         "Lukas Meyer"),

        ("other", (),
         "Artikel aus meinem Verkäuferprofil löschen",
         """Guten Tag,

wie kann ich einen Artikel dauerhaft aus meinem Verkäuferprofil löschen? Ich
habe ihn deaktiviert, aber er erscheint immer noch in der Suche. Es geht um
"Vintage Lederjacke Gr. M".

Danke und Gruß
Monika Braun""",
         "Monika Braun"),

        ("other", (),
         "Defekte Waschmaschine - Händler stellt sich quer",
         """Sehr geehrtes Team,

die Waschmaschine, die ich über den Marktplatz bei "Elektro Rhein" gekauft
habe, war bei Lieferung defekt (Trommel blockiert). Der Händler verlangt, dass
ich sie auf eigene Kosten zurückschicke. Wie sieht Ihr Käuferschutz in so
einem Fall aus?

Bestellnr. MP-2026-550871

Freundliche Grüße
Helmut Fischer""",
         "Helmut Fischer"),
    ],

    "es": [
        ("access", (),
         "¿Qué datos míos tiene el vendedor?",
         """Hola:

Compré unas zapatillas en vuestra web a un vendedor del marketplace que resulta
estar en China (el paquete vino de Shenzhen). Me gustaría saber qué datos míos
le habéis pasado exactamente (¿nombre, dirección, teléfono, email?) y si se
han enviado fuera de la UE con algún tipo de garantía.

Gracias,
Carlos Ruiz""",
         "Carlos Ruiz"),

        ("deletion", ("withdraw_consent",),
         "Borrar mi cuenta de vendedora",
         """Buenas,

Tenía una cuenta de vendedora para vender ropa de segunda mano pero ya no la
uso. Quiero que borréis la cuenta y todo lo que subí: el documento de
identidad, la cuenta bancaria, las fotos, todo. Y que deje de salir mi nombre
en la página.

Tampoco quiero seguir recibiendo los correos de "consejos para vendedores".

Gracias.
Lucía Fernández""",
         "Lucía Fernández"),

        ("other", (),
         "Pedido de un vendedor que no llega",
         """Hola,

Hice un pedido el 5 de noviembre (MP-2026-704551) a la tienda "Casa y Jardín
Express" a través de vuestra web y todavía no ha llegado. El vendedor no
contesta a los mensajes. ¿Me podéis ayudar o devolverme el dinero?

Un saludo,
Javier Moreno""",
         "Javier Moreno"),

        ("withdraw_consent", ("objection",),
         "Basta de correos de vendedores",
         """Hola:

Desde hace un mes recibo correos con "ofertas de nuestros vendedores del
marketplace". No recuerdo haber aceptado eso, pero si lo hice, lo retiro.
Dadme de baja de esos correos y también de las notificaciones de la app.

Y no quiero que uséis mis compras para recomendarme vendedores ni tiendas.

Saludos,
Marta Gómez""",
         "Marta Gómez"),

        ("complaint", (),
         "Queja: un vendedor me llamó a casa",
         """Buenas tardes:

Quiero poner una queja. Ayer me llamó a casa una persona del vendedor
"MuebleStyle" para pedirme que cambiara mi valoración de una estrella. Insistió
mucho y fue bastante desagradable.

Yo no le he dado mi teléfono a nadie, solo a ustedes para la entrega. No me
parece normal que un vendedor use mi número para presionarme. Espero una
respuesta.

Atentamente,
Pilar Navarro""",
         "Pilar Navarro"),

        ("correction", (),
         "Mi nombre mal en la página de vendedor",
         """Hola,

En mi página de vendedor aparece "Jose Maria Lopez Garcia", sin tildes y con el
segundo apellido mal: es José María López Gracia. Varios compradores me lo han
comentado. ¿Podéis corregirlo? Desde la configuración no me deja cambiarlo.

Gracias,
José María López Gracia""",
         "José María López Gracia"),

        ("other", (),
         "cómo eliminar un producto",
         """Hola, ¿cómo elimino un producto de mi página de vendedor? Ya no me quedan
fundas de móvil y no quiero que me sigan haciendo pedidos. Gracias.

Raúl""",
         "Raúl Sánchez"),

        ("portability", (),
         "Historial de ventas en CSV",
         """Hola,

Soy vendedora en vuestro marketplace desde 2023 (tienda "Hilo y Aguja"). Voy a
abrir mi propia tienda online y quiero llevarme mi historial de ventas y las
valoraciones de mis clientas. ¿Me lo podéis enviar en un archivo CSV o similar
que pueda importar?

Muchas gracias,
Carmen Ortega""",
         "Carmen Ortega"),

        ("restriction", (),
         "No borren mis datos de ventas todavía",
         """Buenos días:

Cerré mi cuenta de vendedor hace tres semanas. Según vuestras condiciones, los
datos de una cuenta cerrada se borran a los 60 días. El problema es que tengo
abierta una inspección de Hacienda sobre el año pasado y necesito poder
demostrar mis ventas.

Les pido que conserven mis facturas y el historial de ventas hasta que termine
la inspección, sin usarlos para nada más. En cuanto acabe, les aviso.

Un saludo,
Antonio Díaz""",
         "Antonio Díaz"),

        ("other", (),
         "Quiero vender mis cuadros",
         """Hola! Pinto cuadros pequeños en acuarela y me gustaría venderlos en
vuestra plataforma. ¿Qué necesito para empezar? ¿Puedo enviarlos yo desde casa
o tengo que mandarlos a vuestro almacén? ¿Y cuánto es la comisión?

Gracias,
Elena Castro""",
         "Elena Castro"),
    ],

    "it": [
        ("access", (),
         "Il negozio ha chiuso: dove sono i miei dati?",
         """Buongiorno,

l'anno scorso ho fatto diversi acquisti dal venditore "Bella Cucina" sul vostro
marketplace. Ora vedo che il negozio non esiste più. Vorrei sapere che fine
hanno fatto i miei dati: quali dati miei avete passato a quel venditore, se li
conservate ancora voi e per quanto tempo, e se sono stati trasferiti a
qualcun altro.

Cordiali saluti,
Giulia Romano""",
         "Giulia Romano"),

        ("deletion", ("withdraw_consent",),
         "Chiusura account venditore",
         """Salve,

vorrei chiudere il mio account da venditore e cancellare tutti i dati
collegati: il documento d'identità, l'IBAN e i messaggi con gli acquirenti. Ho
smesso di vendere.

Per favore smettete anche di mandarmi la newsletter per i venditori.

Grazie,
Francesco Bianchi""",
         "Francesco Bianchi"),

        ("other", (),
         "Pacco mai arrivato",
         """Buonasera,

ho ordinato una macchina del caffè dal venditore "Caffè & Co" il 20 ottobre,
ordine MP-2026-488109. Non è mai arrivata e il tracking è fermo da giorni.
Come posso avere il rimborso?

Grazie,
Alessandra Ricci""",
         "Alessandra Ricci"),

        ("objection", (),
         "Basta con i 'venditori consigliati'",
         """Buongiorno,

nell'app mi compaiono in continuazione i "Venditori che potrebbero piacerti",
evidentemente in base a quello che compro. Mi oppongo a questa profilazione:
non voglio che i miei acquisti vengano usati per questo. Potete disattivarla
per il mio account?

Saluti,
Marco Esposito""",
         "Marco Esposito"),

        ("complaint", ("deletion",),
         "Reclamo - venditore che mi scrive fuori dalla piattaforma",
         """Buongiorno,

il venditore "TuttoBici" mi ha contattato sul mio numero personale proponendomi
di concludere l'acquisto fuori dalla piattaforma, con bonifico diretto, e da
allora continua a mandarmi SMS. L'ho segnalato a voi il 3 novembre e non ho
ricevuto nessuna risposta.

Sono molto deluso da come avete gestito la cosa. Chiedo che il mio numero di
telefono venga cancellato dal mio account e che il venditore non lo abbia più.

Stefano Marino""",
         "Stefano Marino"),

        ("other", (),
         "Info commissioni",
         """Salve, sono un'artigiana (ceramiche fatte a mano) e sto pensando di
vendere sul vostro marketplace. Quanto è la commissione? E se spedisco io,
devo comunque pagare qualcosa per il magazzino?

Grazie mille,
Chiara Greco""",
         "Chiara Greco"),

        ("correction", (),
         "Cognome sbagliato",
         """Buongiorno,

la fattura che ho ricevuto dal venditore "OfficeLine" per l'ordine
MP-2026-530662 è intestata a "Luca Ferari", con una r sola. Ho controllato e
anche nel mio account il cognome è scritto così, probabilmente l'ho sbagliato
io alla registrazione.

Potete correggerlo in Ferrari e fare in modo che anche il venditore riceva il
nome giusto?

Grazie,
Luca Ferrari""",
         "Luca Ferrari"),

        ("portability", (),
         "Trasferire le mie recensioni da venditore",
         """Ciao,

vendo accessori per cani sul vostro marketplace da quasi due anni e ho più di
300 recensioni. Sto passando a un'altra piattaforma. Vorrei che i miei dati di
vendita e le recensioni ricevute venissero trasmessi direttamente a loro,
oppure inviati a me in un file JSON o CSV, così li carico io.

Grazie,
Federica Galli""",
         "Federica Galli"),

        ("withdraw_consent", (),
         "offerte marketplace",
         """Buongiorno, per favore toglietemi dalle email "Offerte dal Marketplace" e
dagli SMS promozionali. Non li voglio più.
Grazie.
Roberta Conti""",
         "Roberta Conti"),

        ("other", (),
         "Come tolgo un annuncio?",
         """Ciao, come faccio a togliere un annuncio? Ho venduto il passeggino ma
l'annuncio è ancora online e continuo a ricevere messaggi. Non trovo il tasto
"elimina" da nessuna parte.

Grazie
Valentina""",
         "Valentina Rinaldi"),
    ],

    "pt": [
        ("access", ("correction",),
         "Pedido de acesso aos meus dados",
         """Bom dia,

Gostaria de saber a que vendedores do marketplace foram enviados o meu nome,
morada e telefone desde que criei a conta em 2024, e que dados exatamente
receberam.

Aproveito para pedir que corrijam o meu número de telefone: o que têm
(0470 12 34 56) já não é meu, o atual é 0486 55 21 09.

Obrigada,
Ana Ferreira""",
         "Ana Ferreira"),

        ("deletion", (),
         "apagar conta de vendedor",
         """Olá, quero apagar a minha conta de vendedor e a cópia do cartão de
cidadão que enviei na altura. Já não vendo nada.
Obrigado
Rui Costa""",
         "Rui Costa"),

        ("other", (),
         "Encomenda de vendedor não chegou",
         """Boa tarde,

Encomendei uns auscultadores ao vendedor "SoundMax" no dia 2 de novembro
(MP-2026-771340) e ainda não recebi nada. O vendedor diz que já enviou mas não
me dá número de seguimento. O que posso fazer?

Cumprimentos,
Paulo Santos""",
         "Paulo Santos"),

        ("restriction", (),
         "Não apaguem as mensagens com o vendedor",
         """Bom dia,

Estou em litígio com o vendedor "CasaViva" por causa de um sofá que chegou
danificado (encomenda MP-2026-612098). As mensagens que trocámos pela vossa
plataforma mostram que ele reconheceu o problema.

Peço que guardem essas mensagens e os dados da encomenda até o caso estar
resolvido, mesmo que o prazo normal de conservação termine entretanto. Não é
para fazerem mais nada com eles, apenas não os apaguem.

Cumprimentos,
Sofia Rodrigues""",
         "Sofia Rodrigues"),

        ("complaint", ("access",),
         "Reclamação - morada enviada para fora da UE",
         """Exmos. Senhores,

Depois de uma compra em outubro, descobri que a encomenda foi enviada por um
vendedor com sede na Turquia. Ninguém me informou de que a minha morada e o meu
telefone iam sair da União Europeia. Desde então recebo chamadas em inglês a
oferecer produtos.

Venho por este meio apresentar reclamação. Gostaria também de saber
exatamente que dados meus foram transferidos para este vendedor e com que
base. Caso não obtenha resposta, recorrerei à autoridade de proteção de dados.

Com os melhores cumprimentos,
Manuel Oliveira""",
         "Manuel Oliveira"),

        ("other", (),
         "Como ser vendedora?",
         """Olá! Faço velas e sabonetes artesanais e gostava de os vender na vossa
loja online. Como posso abrir uma conta de vendedor? Preciso de ter empresa ou
posso vender como particular?

Obrigada!
Inês""",
         "Inês Carvalho"),

        ("withdraw_consent", (),
         "",
         """Boa noite, não quero receber mais newsletters de vendedores através da
vossa plataforma. Retirem-me dessa lista, por favor.

Obrigado
Tiago Martins""",
         "Tiago Martins"),

        ("objection", ("withdraw_consent",),
         "Oposição à partilha com vendedores",
         """Boa tarde,

Oponho-me a que partilhem os meus dados com os vendedores do marketplace para
fins de marketing e a que usem o meu histórico de compras para me sugerir
"vendedores de que pode gostar".

Retiro também o consentimento para as notificações push com ofertas do
marketplace.

Cumprimentos,
Helena Sousa""",
         "Helena Sousa"),

        ("portability", (),
         "Exportar o meu histórico de vendas",
         """Olá,

Vendo roupa vintage na vossa plataforma há dois anos. Vou mudar para outra
plataforma e queria levar comigo o meu histórico de vendas e as avaliações dos
compradores. Podem enviar-me isso num ficheiro CSV ou JSON?

Obrigado,
Bruno Almeida""",
         "Bruno Almeida"),

        ("other", (),
         "Trotinete avariada - vendedor não responde",
         """Bom dia,

Comprei uma trotinete elétrica a um vendedor do marketplace e deixou de
funcionar ao fim de uma semana. Já tentei apagar e reinstalar a aplicação da
trotinete, já a carreguei a noite inteira, e nada. O vendedor não responde às
mensagens.

Quero devolvê-la. Podem ajudar?

Cumprimentos,
Carla Pereira""",
         "Carla Pereira"),
    ],
}

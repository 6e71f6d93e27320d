"""Twenty-seventh set, requests buried in everyday mail, and everyday mail that only sounds like a request (en nl fr de es it pt). Written apart from the rules (see make_twentyseventh.py)."""

PEOPLE_XA = {
    "en": [
        ("access", (), "Parcel 40418821 still not here",
         """\
Hi,

My order (40418821, the rattan garden chairs) was supposed to arrive last Thursday and the tracking has said "in transit" for six days now. Could someone please chase the courier? I've taken a day off twice already.

Also, unrelated, but since I'm writing anyway: I keep getting calls from companies I've never heard of who seem to know I bought garden furniture. Could you send me whatever information you actually hold about me, and tell me who you pass it on to? Just so I can rule you out.

Thanks,
Graham Whitlock""",
         "Graham Whitlock"),
        ("correction", (), "Re: Return label for kettle",
         """\
Hello again

Thanks for the return label, the kettle went back today at the post office (it leaked from the base on day two, as I said). Please refund to the same card.

One more thing - my mobile number changed last month, the one on my account ending 417 is dead now. New one is 0471 58 22 90, could you swap it over so the courier texts reach me next time.

Cheers
Priya""",
         "Priya Ramanathan"),
        ("deletion", ("withdraw_consent",), "My mother's account",
         """\
Dear Sir or Madam,

I am writing on behalf of my mother, Margaret Doyle, who passed away in March. She loved your shop and bought most of her garden things from you.

Her last order (a bird bath) was delivered after she died and I have returned it unopened, I would be grateful if the refund could go to the same account as the estate is still being sorted.

Would you also close her customer account please, and stop the emails and the post in her name. It is quite upsetting to keep seeing "Margaret, we miss you!" in her inbox.

I can send a copy of the death certificate if you need it.

Kind regards,
Siobhan Doyle (daughter)""",
         "Siobhan Doyle"),
        ("complaint", ("access",), "delivery of order 40377120",
         """\
Hi there,

The planters arrived fine, thanks, no issues with the product.

However the delivery driver took a photo of my front door with the house number AND my name on the parcel clearly visible, and that photo turned up on a local Facebook group ("look at this, another one left on the step"). A neighbour showed me. I am not happy that my name and address are now on a public page because of your courier.

I'd also like to know who at your end gave the driver my mobile number and full name, because I only ever gave those to you.

Regards,
D. Okonkwo""",
         "Daniel Okonkwo"),
        ("portability", (), "loyalty points + a quick favour",
         """\
Hiya,

Two quick things:

1) My loyalty card says 1,240 points but the checkout only lets me use 1,000. Is there a cap or is it a glitch?

2) I've just started using a budgeting app and it can import a CSV. Would you be able to send me my purchase history with you (dates, items, amounts) as a CSV or spreadsheet file? Going back as far as you have would be brilliant.

Ta,
Becky""",
         "Rebecca Hall"),
        ("restriction", (), "Invoice INV-2024-88213 - disputed",
         """\
Hello,

I have been charged twice for invoice INV-2024-88213 (the greenhouse, 649 EUR). My bank has opened a dispute on the second payment and I have sent them the proof.

Until that is settled I would rather you keep my details as they are but don't do anything with them - no passing them to a debt collector, no marketing, nothing - just hold on to them. Once the bank gives its decision you can carry on as normal.

Regards,
Tomasz Brennan""",
         "Tomasz Brennan"),
        ("objection", (), "20% off code not working",
         """\
Hi,

The SPRING20 code from your Instagram post says "not valid for this basket" - I've got two bags of compost and a hose reel in there, nothing on sale. Can you check?

And can you please stop following what I click on your site. Every time I look at something once I get "still thinking about it?" mails and ads for it for weeks after. I'd rather you just didn't track me like that.

Thanks
Alan""",
         "Alan Mercer"),
        ("other", (), "please delete my order",
         """\
Hi, I think I ordered the same lawn edging twice by accident (orders 40420110 and 40420114), can you delete the second one please before it ships? I only need one.

Thanks a lot
Karen""",
         "Karen Lyle"),
        ("other", (), "copy of invoice",
         """\
Good afternoon,

Could you send me a copy of the invoice for the patio heater I bought in January (order 40291775)? My house insurance wants it for a claim and I can't find the original email.

Many thanks,
Howard Pym""",
         "Howard Pym"),
        ("other", (), "question about your privacy policy",
         """\
Hello,

I'm doing a course on small business compliance and I'm using some real shops' privacy pages as examples. Yours mentions "marketing partners" - is that a fixed list somewhere or does it change? Just curious how shops usually handle that. No need to look anything up about me, I've never actually ordered from you!

Best,
Lena""",
         "Lena Fischer-Ward"),
    ],
    "nl": [
        ("complaint", (), "cadeau voor mijn zus",
         """\
Dag,

Ik had bij jullie een cadeau besteld voor de verjaardag van mijn zus, rechtstreeks naar haar adres gestuurd, met de optie "cadeauverpakking".

Het pakje zelf was mooi, maar op de buitenkant hing de volledige leverbon in een plastic hoesje: mijn naam, mijn adres, mijn gsm-nummer, mijn klantenkaartnummer en de prijzen. Dat heeft niet alleen de verrassing verpest, maar de postbode en de halve straat van mijn zus konden dat allemaal lezen. Dat vind ik echt niet kunnen met persoonlijke gegevens.

Groetjes,
Els Van den Broeck""",
         "Els Van den Broeck"),
        ("correction", (), "bestelling + verhuis",
         """\
Hallo,

Ik heb gisteren een bestelling geplaatst (nr. 40419932, twee bloembakken) maar ik besef nu dat we volgende week verhuizen. Zou die nog naar het oude adres kunnen komen? Levering is voorzien voor dinsdag, dan zijn we er nog.

En voor daarna: ons nieuw adres is Kapelstraat 14, 2550 Kontich. Willen jullie dat aanpassen in mijn account en op mijn klantenkaart?

Bedankt!
Bart""",
         "Bart Peeters"),
        ("withdraw_consent", (), "barbecue kapot",
         """\
Goedemiddag

De barbecue die ik vorige maand kocht (Grillmaster 57cm) heeft al een barst in de deksel. Ik heb foto's in bijlage gestoken. Kan ik die omruilen in de winkel in Gent of moet ik hem opsturen?

En mag ik in één moeite vragen om mij van de nieuwsbrief te halen, ik krijg er bijna elke dag een, dat is wat veel.

mvg
Koen De Smet""",
         "Koen De Smet"),
        ("deletion", (), "Ervaring winkel Hasselt",
         """\
Beste,

Ik was zaterdag in jullie winkel in Hasselt om een tuinslang terug te brengen, met kasticket. De verkoper aan de kassa heeft mij behandeld alsof ik iets gestolen had, en dat in het bijzijn van andere klanten. Uiteindelijk kreeg ik wel mijn geld terug, maar zo word je niet graag behandeld na 8 jaar klant.

Ik hoef voor mij geen excuses meer, maar ik wil wel dat jullie mijn klantenaccount afsluiten en alles over mij wissen. Ik ga ergens anders kopen.

Marleen Claes""",
         "Marleen Claes"),
        ("access", (), "punten klantenkaart kloppen niet",
         """\
Hoi,

Volgens mijn bonnetjes heb ik sinds januari voor meer dan 600 euro gekocht, maar op mijn klantenkaart staan maar 140 punten. Ik denk dat een paar aankopen niet op mijn kaart zijn gezet.

Kunnen jullie mij eens een overzicht sturen van wat er allemaal over mij in jullie systeem staat? Dus ook welke aankopen aan mijn kaart gekoppeld zijn en welke gegevens jullie nog van mij hebben. Dan kan ik zelf vergelijken.

Dank je,
Nathalie W.""",
         "Nathalie Willems"),
        ("objection", (), "levering en reclame",
         """\
Goeiedag,

Mijn pakket is gisteren bij de buren afgegeven terwijl ik gewoon thuis was, dat is al de tweede keer. Kunnen jullie de koerier vragen om eerst aan te bellen?

Iets anders: sinds ik bij jullie een hogedrukreiniger kocht, krijg ik op Facebook en op allerlei sites advertenties van jullie "partners". Ik wil niet dat mijn gegevens doorgegeven worden aan andere bedrijven voor reclame, dus gelieve daarmee te stoppen.

Groeten
Hans Jacobs""",
         "Hans Jacobs"),
        ("portability", (), "vraagje over aankopen",
         """\
Dag,

Ik ben mijn huishoudbudget aan het bijhouden in een app en wil graag al mijn aankopen van de voorbije twee jaar erin zetten. Kunnen jullie mijn aankoopgeschiedenis in een Excel- of CSV-bestand doorsturen? De app kan dat rechtstreeks inlezen.

Oja en zijn de tuintegels uit de folder van deze week ook online te koop?

Groetjes
Sofie""",
         "Sofie Maes"),
        ("other", (), "artikel uit winkelmandje",
         """\
Hallo,

In de app krijg ik een artikel (parasolvoet 25kg) niet meer uit mijn winkelmandje, het kruisje doet niks. Kan iemand dat verwijderen? Anders kan ik niet afrekenen want die is niet meer leverbaar.

Alvast bedankt
Wim""",
         "Wim Verhoeven"),
        ("other", (), "bezwaar leveringskosten",
         """\
Beste,

Ik maak bezwaar tegen de leveringskosten van 9,95 euro op bestelling 40418470. Op jullie site stond duidelijk "gratis levering vanaf 50 euro" en mijn bestelling was 54,90 euro. Graag die kosten terugstorten.

Met vriendelijke groeten,
Inge Goossens""",
         "Inge Goossens"),
        ("other", (), "waar blijft mijn pakje",
         """\
Hey,

Kunnen jullie mij op de hoogte houden van mijn pakket? Bestelling 40420007, de tracking zegt al 3 dagen "label aangemaakt" en verder niks. Ik ben volgende week op vakantie dus ik wil weten of het voor vrijdag komt.

Thx
Jens""",
         "Jens Van Damme"),
    ],
    "fr": [
        ("restriction", (), "Facture 2024-77102 contestée",
         """\
Bonjour,

Je conteste la facture 2024-77102 : on m'a facturé une tondeuse que j'ai renvoyée le 3 mai (j'ai le bon de dépôt du point relais). J'ai déjà écrit deux fois au service clients, sans réponse claire.

En attendant que ce litige soit réglé, je vous demande de garder mes données telles quelles mais de ne plus les utiliser : pas de relance, pas de transmission à une société de recouvrement, rien. Vous pourrez reprendre quand on aura tiré ça au clair.

Cordialement,
Philippe Dumont""",
         "Philippe Dumont"),
        ("complaint", (), "Colis reçu avec la facture d'un autre client",
         """\
Bonjour,

J'ai bien reçu mes coussins de jardin, merci. Par contre, dans le colis il y avait aussi la facture d'une autre cliente : nom, adresse à Namur, numéro de téléphone, et tout ce qu'elle a commandé. Ça veut dire que quelqu'un a peut-être reçu la mienne aussi ?

Je trouve ça très léger de votre part. Je garde le document, dites-moi si je dois vous le renvoyer ou le détruire.

Bien à vous,
Anne-Sophie Lambert""",
         "Anne-Sophie Lambert"),
        ("correction", (), "remboursement + nouveau compte",
         """\
Bonjour,

Je n'ai toujours pas reçu le remboursement de mon retour (commande 40402215), ça fait trois semaines.

Au passage, j'ai changé de banque : pourriez-vous remplacer dans mon compte client l'ancien numéro de compte par le nouveau, BE71 0961 2345 6769, pour que le remboursement arrive au bon endroit ? L'ancien compte sera clôturé à la fin du mois.

Merci d'avance,
Jean-Marc Renard""",
         "Jean-Marc Renard"),
        ("deletion", (), "retour du salon de jardin",
         """\
Bonsoir,

Le salon de jardin est arrivé avec deux pieds tordus, je l'ai remballé et il repart demain avec le transporteur. Merci de me rembourser sur ma carte.

Franchement entre le retard et l'état du colis, je ne recommanderai plus chez vous. Une fois le remboursement fait, vous pouvez supprimer mon compte client, je n'en aurai plus besoin.

Cdlt
Mme Fabienne Leroy""",
         "Fabienne Leroy"),
        ("withdraw_consent", (), "Mon mari",
         """\
Madame, Monsieur,

Mon mari, Michel Collignon, est décédé en février. Il continue de recevoir chaque semaine vos e-mails de promotions, c'est moi qui relève sa boîte et c'est assez pénible.

Pourriez-vous le désinscrire de vos mails publicitaires ? Je garde sa carte de fidélité pour l'instant, j'utiliserai peut-être les points.

Merci de votre compréhension.
Josiane Collignon""",
         "Josiane Collignon"),
        ("access", (), "petite question suite à la livraison",
         """\
Bonjour,

Livraison parfaite hier, le livreur était très aimable, rien à redire sur la commande.

Juste une question par curiosité, pas une plainte : il m'a appelé sur mon GSM alors que je ne me souviens pas de vous l'avoir donné. Pourriez-vous me dire quelles informations vous avez sur moi dans votre système, et à qui vous les communiquez (transporteurs, etc.) ?

Bonne journée,
Youssef Benali""",
         "Youssef Benali"),
        ("portability", (), "historique d'achats",
         """\
Bonjour,

J'ai commencé à suivre mes dépenses avec une application de budget qui accepte les fichiers CSV. Est-ce que vous pouvez m'envoyer l'historique de tous mes achats chez vous (date, article, prix) sous forme de fichier, CSV ou Excel ? Ce serait plus simple que de tout recopier à la main.

Et tant que j'y suis : vos graines de gazon "ombre" sont de retour en stock quand ?

Merci,
Camille""",
         "Camille Dubois"),
        ("other", (), "Supprimer ma commande svp",
         """\
Bonjour, j'ai passé commande ce matin (n° 40420391) mais je me suis trompée de couleur pour le parasol. Pouvez-vous supprimer cette commande ? Je vais en repasser une avec le bon coloris.

Merci beaucoup
Nadia""",
         "Nadia Hermans"),
        ("other", (), "Box plantes - mois prochain",
         """\
Bonjour,

Je suis abonné à votre box mensuelle de plantes. Nous partons en vacances tout le mois de juillet : pouvez-vous annuler uniquement la livraison de juillet ? Je souhaite garder l'abonnement pour la suite.

Merci,
Olivier Gillet""",
         "Olivier Gillet"),
        ("other", (), "Re: votre colis n'a pas pu être livré",
         """\
Bonjour,

Vous me dites que le colis n'a pas pu être livré pour "adresse incorrecte". J'ai vérifié la photo de l'étiquette dans le suivi : l'adresse sur l'étiquette était tout à fait correcte, rue des Alliés 27 à Forest. C'est le livreur qui s'est trompé de rue. Pouvez-vous relancer la livraison ?

Cordialement
Thierry Lemaire""",
         "Thierry Lemaire"),
    ],
    "de": [
        ("objection", (), "Treuepunkte",
         """\
Hallo zusammen,

ich habe letzte Woche im Laden in Eupen eingekauft und die Punkte sind immer noch nicht auf meiner Kundenkarte. Dauert das immer so lange?

Und noch was: bitte hört auf auszuwerten, was ich auf eurer Seite anklicke und mir anschaue. Den Newsletter lese ich gern weiter, aber ohne dass ihr mein Surfverhalten dafür auswertet und mir "Das könnte Ihnen auch gefallen" daraus baut.

Viele Grüße
Stefan Kessler""",
         "Stefan Kessler"),
        ("complaint", ("deletion",), "Foto bei Zustellung",
         """\
Guten Tag,

bei der Zustellung meiner Bestellung 40411873 hat der Fahrer ein "Zustellfoto" gemacht. Auf dem Foto sieht man meine Haustür, die Hausnummer und meine kleine Tochter, die die Tür aufgemacht hat.

Dieses Foto wurde dann per Mail an eine fremde Adresse geschickt, die Frau hat mich über das Namensschild gefunden und angerufen. Ich finde das unmöglich. Ich erwarte, dass dieses Foto bei euch und beim Paketdienst gelöscht wird.

Mit freundlichen Grüßen
Claudia Hoffmann""",
         "Claudia Hoffmann"),
        ("correction", (), "Rechnung auf falschen Namen",
         """\
Hallo,

auf der Rechnung zu meiner letzten Bestellung steht noch mein Mädchenname. Ich habe im Sommer geheiratet und heiße jetzt Schröder statt Weber. Könnt ihr das in meinem Kundenkonto ändern? Im Profil kann ich den Namen leider nicht selbst bearbeiten.

Die Rechnung selbst brauche ich nicht neu, passt schon.

Danke und LG
Julia Schröder""",
         "Julia Schröder"),
        ("deletion", (), "Rücksendung Hochbeet",
         """\
Moin,

das Hochbeet ist viel kleiner als auf den Bildern, ich schicke es zurück. Rücksendeschein habe ich mir im Konto ausgedruckt, Paket geht morgen raus.

Wenn die Erstattung durch ist, könnt ihr mein Kundenkonto gerne löschen, ich bestelle da wohl nix mehr.

Gruß
Jörg""",
         "Jörg Brandt"),
        ("withdraw_consent", (), "Bestellung 40419006 + Newsletter",
         """\
Sehr geehrte Damen und Herren,

vielen Dank für die schnelle Lieferung der Gartenbank.

Eine Bitte hätte ich noch: Ich möchte Ihren Newsletter nicht mehr bekommen. Der Abmeldelink ganz unten in der Mail führt bei mir nur auf eine Fehlerseite. Könnten Sie mich bitte von Hand austragen?

Mit freundlichen Grüßen
Dr. Hartmut Lenz""",
         "Hartmut Lenz"),
        ("restriction", (), "Garantiefall Akku-Rasenmäher",
         """\
Hallo,

mein Akku-Rasenmäher (gekauft im April) lädt nicht mehr. Ihre Werkstatt sagt, das sei ein "Anwenderfehler" und keine Garantie. Das sehe ich anders und habe das an meine Rechtsschutzversicherung gegeben.

Solange das nicht geklärt ist, möchte ich, dass Sie meine Daten nur aufbewahren und für nichts anderes verwenden. Bitte nichts löschen, das brauche ich noch als Nachweis.

Grüße
Markus Vogel""",
         "Markus Vogel"),
        ("complaint", ("access",), "Rasenmäher + meine Frage von März",
         """\
Hallo,

der Mähroboter, den ich vor zwei Wochen gekauft habe, bleibt ständig an der Kante hängen. Gibt es dafür ein Firmware-Update?

Übrigens: Ich hatte schon Anfang März geschrieben und gefragt, welche Daten Sie über mich gespeichert haben. Darauf kam nie eine Antwort, nicht mal eine Eingangsbestätigung. Das finde ich nach zwei Monaten schon ziemlich schwach. Bitte schicken Sie mir das jetzt endlich.

Thomas Becker""",
         "Thomas Becker"),
        ("other", (), "Artikel aus Warenkorb entfernen",
         """\
Hallo,

in meinem Warenkorb hängt seit Tagen ein Artikel fest (Solarleuchte 4er Set), der ist ausverkauft und ich kann ihn nicht entfernen, dadurch kann ich nicht bestellen. Könnt ihr den bitte rausnehmen?

Danke
Sabine""",
         "Sabine Krüger"),
        ("other", (), "Frage zur Datenschutzerklärung",
         """\
Guten Tag,

in Ihrer Datenschutzerklärung steht, dass Zahlungen über einen "externen Zahlungsdienstleister" abgewickelt werden. Welcher ist das? Ich frage, weil ich überlege, zum ersten Mal bei Ihnen zu bestellen, und nur bei bestimmten Anbietern mit Kreditkarte zahle.

Freundliche Grüße
Ralf Sommer""",
         "Ralf Sommer"),
        ("other", (), "Widerspruch Versandkosten",
         """\
Sehr geehrte Damen und Herren,

hiermit widerspreche ich der Versandkostenpauschale von 29 EUR für Sperrgut auf meiner Bestellung 40413358. Im Warenkorb wurden mir 9,95 EUR angezeigt. Ich bitte um Erstattung der Differenz.

Mit freundlichen Grüßen
Ingrid Haas""",
         "Ingrid Haas"),
    ],
    "es": [
        ("portability", (), "Duda con la promoción de riego",
         """\
Hola!

En la promo de riego pone "2x1 en aspersores", ¿vale también para los de la gama pro o solo para los básicos?

Y otra cosa: uso una app para controlar gastos que importa archivos CSV. ¿Me podríais mandar mi historial de compras con vosotros en un archivo así (o Excel)? Con fecha, producto e importe me sirve.

Gracias!!
Lucía""",
         "Lucía Fernández"),
        ("complaint", (), "Factura de otra persona en mi pedido",
         """\
Buenas tardes:

Ayer recibí mi pedido 40416630 y dentro venía, además de mi factura, la de otra clienta: su nombre completo, su dirección en Lieja, su teléfono y lo que había comprado. Me parece una falta de cuidado grave con los datos de la gente. ¿Y si la mía ha acabado en casa de otro?

Quedo a la espera de que me expliquen qué ha pasado.

Un saludo,
Carmen Ruiz""",
         "Carmen Ruiz"),
        ("access", (), "pedido con retraso",
         """\
Hola buenas,

Mi pedido (40418120, la manguera extensible y el carro) lleva una semana de retraso y nadie me dice nada. ¿Sabéis algo?

Por cierto, aprovecho: me gustaría saber qué datos tenéis guardados de mí. Me llegan ofertas de cosas que solo he mirado en vuestra web y no sé muy bien qué sabéis y qué no.

Saludos
Javier Morales""",
         "Javier Morales"),
        ("correction", (), "cambio de correo",
         """\
Hola,

He cambiado de proveedor de correo y la dirección vieja (jgarcia_72@telenet.be) va a dejar de funcionar. ¿Podéis poner esta nueva en mi cuenta de cliente? Desde el perfil no me deja cambiarla, da error.

Ah, y el número de teléfono también está mal, sobra un 4 al final.

Muchas gracias
Jesús García""",
         "Jesús García"),
        ("deletion", ("withdraw_consent",), "Muy mala experiencia con el repartidor",
         """\
Hola,

El repartidor que me trajo el pedido ayer fue muy maleducado, me tiró la caja en la entrada y se fue sin esperar a que firmara. La maceta llegó rota. Ya he rellenado el formulario de devolución.

Después de esto no pienso volver a comprar. Dad de baja mi cuenta y no me mandéis más correos, por favor.

Pilar""",
         "Pilar Navarro"),
        ("objection", (), "sobre los anuncios",
         """\
Buenos días,

Primero, el cortacésped llegó perfecto y funciona muy bien, gracias.

Quería comentaros que desde que compré con vosotros me salen vuestros anuncios en Instagram con productos que compré yo. No quiero que compartáis mis datos con Facebook, Google ni nadie para ponerme publicidad. ¿Podéis dejar de hacerlo?

Un saludo,
Miguel Ángel Torres""",
         "Miguel Ángel Torres"),
        ("withdraw_consent", (), "Re: Tu pedido está en camino",
         """\
Hola, gracias, ya me ha llegado.

Por cierto, ya no quiero recibir los SMS de ofertas, me llegan casi todos los días. Quitadme de eso por favor.

Enviado desde mi iPhone""",
         "Rosa Jiménez"),
        ("other", (), "borrar pedido duplicado",
         """\
Hola, me he equivocado y he hecho el pedido dos veces (40420212 y 40420215), ¿podéis borrar uno de los dos antes de que lo enviéis? Gracias!

Ana""",
         "Ana Romero"),
        ("other", (), "copia de la factura",
         """\
Buenas,

¿Me podéis mandar una copia de la factura de la barbacoa de gas (pedido 40300877)? La necesito para la garantía y no la encuentro en el correo.

Gracias,
Raúl Ortega""",
         "Raúl Ortega"),
        ("other", (), "Caja de plantas de agosto",
         """\
Hola,

Tengo la suscripción a la caja mensual de plantas de temporada. En agosto no estaremos en casa, ¿se puede cancelar solo la caja de agosto? En septiembre que siga llegando como siempre.

Un saludo
Elena Castro""",
         "Elena Castro"),
    ],
    "it": [
        ("deletion", (), "Vaso arrivato rotto",
         """\
Buongiorno,

il vaso in terracotta (ordine 40412290) è arrivato con una crepa lungo tutto il bordo. Allego le foto. Preferisco il rimborso, non la sostituzione.

Dopo di che vi chiederei di chiudere il mio account e di cancellare i miei dati, è la terza volta che mi arriva qualcosa di danneggiato.

Cordiali saluti
Giovanna Russo""",
         "Giovanna Russo"),
        ("correction", (), "trasloco",
         """\
Ciao,

ci siamo trasferiti la settimana scorsa. Potete aggiornare l'indirizzo sul mio account? Quello nuovo è Rue Haute 112, 1000 Bruxelles. Quello vecchio di Anderlecht non è più valido.

Il prossimo ordine lo faccio tra qualche giorno, volevo sistemare prima.

Grazie mille
Luca Bianchi""",
         "Luca Bianchi"),
        ("complaint", ("access",), "Comportamento del corriere",
         """\
Buonasera,

la consegna di sabato è andata bene, ma il giorno dopo il corriere mi ha scritto su WhatsApp dal suo numero personale, chiedendomi se volevo "prendere un caffè". Mi sono sentita molto a disagio: il mio numero l'avevo dato a voi per la consegna, non a lui per altro.

Vorrei sapere a chi avete passato il mio numero e i miei dati, e che cosa intendete fare.

Francesca Ricci""",
         "Francesca Ricci"),
        ("restriction", (), "Contestazione addebito ordine 40409918",
         """\
Buongiorno,

ho contestato con la mia banca l'addebito dell'ordine 40409918 perché il gazebo non mi è mai arrivato (il tracking dice consegnato, ma non è vero).

Finché la contestazione non è chiusa, conservate pure i miei dati ma non usateli per nient'altro: niente solleciti, niente pubblicità, niente passaggi a società esterne. Poi ne riparliamo.

Saluti
Andrea Conti""",
         "Andrea Conti"),
        ("objection", (), "offerte personalizzate",
         """\
Salve,

volevo chiedere se il tosaerba che ho comprato accetta anche la lama mulching o se devo prendere un altro modello.

Poi una cosa: non mi va che usiate i miei acquisti per mandarmi offerte "su misura per te". Preferisco che non mi profiliate, se devo comprare qualcosa lo cerco io.

Grazie
Marco Esposito""",
         "Marco Esposito"),
        ("withdraw_consent", (), "punti fedeltà",
         """\
Ciao, i punti della carta fedeltà scadono a fine anno o restano? Ne ho quasi 2000 e non vorrei perderli.

Ah, e toglietemi dalla newsletter per favore, grazie.

Sara""",
         "Sara Colombo"),
        ("portability", (), "storico acquisti in file",
         """\
Buongiorno,

sto usando un'app per il budget familiare che importa file CSV. Potreste mandarmi lo storico di tutti i miei acquisti da voi (data, prodotto, importo) in un file CSV o Excel? Così non devo ricopiare tutto a mano dagli scontrini.

Grazie e buona giornata
Paolo Gallo""",
         "Paolo Gallo"),
        ("other", (), "annullare ordine",
         """\
Salve, ho fatto un ordine stamattina (40420450) ma ho sbagliato misura del telo ombreggiante. Potete cancellare l'ordine? Ne faccio subito un altro.

Grazie
Roberta""",
         "Roberta Marino"),
        ("other", (), "aggiornamento sul pacco",
         """\
Buongiorno,

mi potete aggiornare sul mio pacco? Ordine 40418841, doveva arrivare ieri e il tracking è fermo a "in lavorazione presso il deposito" da quattro giorni.

Grazie
Alessandro Greco""",
         "Alessandro Greco"),
        ("other", (), "domanda sull'informativa privacy",
         """\
Buongiorno,

sto scrivendo la tesi sul GDPR nell'e-commerce e ho letto la vostra informativa privacy. Avete un responsabile della protezione dei dati (DPO) nominato, o vi occupate internamente? Non riguarda i miei dati, è solo per la ricerca.

Cordialmente,
Chiara Lombardi""",
         "Chiara Lombardi"),
    ],
    "pt": [
        ("access", (), "pontos do cartão",
         """\
Bom dia,

Fiz compras na loja de Anderlecht no sábado e os pontos ainda não aparecem no cartão de cliente. É normal demorar?

Já agora, gostava de saber que dados é que vocês têm sobre mim. Recebo publicidade muito certeira e fiquei curiosa.

Obrigada
Fernanda Sousa""",
         "Fernanda Sousa"),
        ("correction", (), "número de telemóvel",
         """\
Olá,

A encomenda de ontem chegou bem, obrigado.

Só uma coisa: o número de telemóvel que têm na minha conta é antigo. O novo é +32 486 12 34 77. Podem alterar? O estafeta ligou para o número velho e quase não me encontrava.

Cumprimentos
Rui Pereira""",
         "Rui Pereira"),
        ("deletion", (), "estafeta",
         """\
Boa tarde,

O estafeta deixou a minha encomenda (um conjunto de jardim) à chuva, no passeio, sem tocar à campainha. O cartão da caixa está todo desfeito. Já pedi a devolução pelo site.

Estou farta. Depois da devolução, apaguem a minha conta e tudo o que têm sobre mim, por favor.

Teresa Almeida""",
         "Teresa Almeida"),
        ("complaint", (), "E-mail de confirmação com dados de outra pessoa",
         """\
Bom dia,

Recebi o e-mail de confirmação da minha encomenda 40417765, mas a morada de entrega e o nome que lá aparecem são de outra pessoa (uma senhora de Antuérpia, com telefone e tudo). Os meus artigos estão certos, os dados é que não.

Isto quer dizer que essa senhora pode ter recebido os meus? Não acho nada bem esta falta de cuidado.

Cumprimentos,
Paulo Ferreira""",
         "Paulo Ferreira"),
        ("objection", ("withdraw_consent",), "Dúvida sobre a rega gota-a-gota",
         """\
Olá,

O kit de rega gota-a-gota dá para 20 vasos ou é preciso comprar mais tubo?

Outra coisa: não quero que fiquem a registar o que eu vejo e clico no vosso site para depois me mandarem "recomendações". E tirem-me também da newsletter.

Obrigado
Nuno Carvalho""",
         "Nuno Carvalho"),
        ("restriction", (), "Garantia da máquina de lavar a alta pressão",
         """\
Boa tarde,

A minha máquina de alta pressão avariou ao fim de 5 meses e recusaram a garantia. Já reclamei por escrito e estou à espera de resposta.

Enquanto isto não estiver resolvido, peço que não usem os meus dados para nada, mas também não os apaguem, porque preciso deles como prova do que comprei e quando.

Atentamente,
Manuel Rodrigues""",
         "Manuel Rodrigues"),
        ("portability", (), "histórico de compras",
         """\
Olá!

Comecei a usar uma aplicação para controlar as despesas da casa. Conseguem enviar-me o histórico das minhas compras convosco num ficheiro (CSV ou Excel), com data, produto e valor? A aplicação lê esses ficheiros diretamente.

Beijinhos e obrigada
Joana""",
         "Joana Martins"),
        ("other", (), "tirar artigo do carrinho",
         """\
Boa noite, não consigo tirar um artigo do carrinho no site (uma lanterna solar que já está esgotada) e por causa disso não consigo finalizar a compra. Podem retirá-lo?

Obrigado
Vasco""",
         "Vasco Lopes"),
        ("other", (), "taxa de entrega",
         """\
Boa tarde,

Não concordo com a taxa de entrega de 12 euros que me cobraram na encomenda 40419230. O site dizia entrega gratuita acima de 50 euros e eu gastei 63. Oponho-me a esta cobrança e peço a devolução.

Cumprimentos
Helena Costa""",
         "Helena Costa"),
        ("other", (), "segunda via da fatura",
         """\
Bom dia,

Podem enviar-me uma segunda via da fatura da encomenda 40397741 (o baloiço de jardim)? Preciso dela para a contabilidade e apaguei o e-mail sem querer.

Obrigado,
António Ribeiro""",
         "António Ribeiro"),
    ],
}

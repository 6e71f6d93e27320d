"""Forty-seventh set, privacy mail about deliveries, returns and carriers (en nl fr de es it pt). Written apart from the rules (see make_fortyseventh.py)."""

PEOPLE_UA = {
    "en": [
        ("access", (),
         "Who did you give my phone number to?",
         """Hello,

Since my order of 14 October (SE-2026-118204) I've been getting texts and calls from two different delivery firms, one of which I'd never heard of (something called "Kuriero"). One of them also sent me a text in German, which makes me think my details went abroad at some point.

Could you tell me exactly which carriers and subcontractors you've passed my name, address and mobile number to, since when, and how long they're allowed to keep them? If anything went to a company outside Belgium I'd like to know which country.

Thanks,
Martin Hughes""",
         "Martin Hughes"),
        ("deletion", (),
         "Photo of my front door",
         """Hi,

The "your parcel has been delivered" email from last Tuesday had a photo attached as proof of delivery. It shows our front door, the house number, and my daughter's scooter with her name sticker on it. Nobody asked me about that and I really don't want it sitting in anyone's system.

Please delete the photo from my order and make sure the courier deletes their copy too. Order number is SE-2026-120977.

Regards,
Claire Donnelly""",
         "Claire Donnelly"),
        ("correction", (),
         "Wrong flat number AGAIN",
         """Hiya, my address on your system says Flat 2, 41 Rue du Midi. It's Flat 12. Every parcel ends up with the old lady downstairs who then has to climb two flights of stairs to bring it up. Could you fix that on my account please. And while you're at it my name is spelt Siobhán Kelly, not "Shiobhan Kely" like on the last label.

Cheers
Siobhán""",
         "Siobhán Kelly"),
        ("restriction", ("access",),
         "Lost parcel claim - please keep the delivery records",
         """Dear Sir or Madam,

Order SE-2026-117553 (a coffee machine, EUR 289) was marked as delivered on 3 November, but it never arrived. I have opened a claim with the carrier and I am also considering disputing the payment with my bank.

Your customer service told me that delivery scans and proof-of-delivery data are "cleaned up after 30 days". Please do not delete anything relating to this delivery - the GPS location of the scan, the time stamp, the signature and any photo - until my claim is settled, and please don't use any of it for anything else in the meantime.

I would also like a copy of the signature and the photo recorded for this delivery, because I am fairly sure neither of them is mine.

Yours faithfully,
Graham Fletcher""",
         "Graham Fletcher"),
        ("objection", (),
         "Carrier marketing",
         """Hi there,

After my last order the delivery company started texting me offers for their "send a parcel from home" service and a survey about their drivers. I gave you my number so the courier could reach me on the day, not so they could sell me things.

I don't want my phone number or address used by your carriers for their own promotions or surveys, and I object to you passing them on for anything other than actually getting my parcel to me. Please put a note on my account.

Thanks,
Priya Raman""",
         "Priya Raman"),
        ("withdraw_consent", ("deletion",),
         "stop the whatsapps",
         """Hello, I ticked the box to get delivery updates on WhatsApp and now I get your promos on there three times a week (black friday countdown etc). Please stop all the WhatsApp messages, I'll just check the tracking link myself. And take my mobile number off my account altogether while you're at it.

Tom""",
         "Tom Ashworth"),
        ("complaint", (),
         "Parcel left with neighbour - very unhappy",
         """I'm writing to complain. On 22 October your courier left my parcel with a neighbour without asking me. The delivery note listing every item and its price had been stuck on the OUTSIDE of the box under clear tape, so anyone could read it - and what I'd ordered is frankly nobody else's business. My neighbour made a comment about it the next day in front of other people.

I never chose "leave with a neighbour". I want to know why that happened and why the contents of an order are readable on the outside of the box. This is personal information and it was handled carelessly.

Karen Whitfield""",
         "Karen Whitfield"),
        ("other", (),
         "Where's my order?",
         """Hi, ordered a rug on the 2nd (SE-2026-121340), tracking hasn't moved since Thursday, just says "in transit - depot". Any idea when it'll turn up? I'm away from the 20th so it'd be nice to have it before then.

Ta,
Dave""",
         "David Morris"),
        ("other", (),
         "Return rejected?",
         """Hello,

I sent back a pair of boots (order SE-2026-116002) and got an email saying the return was refused because the tags had been removed. I only took off the cardboard tag to try them on indoors - the boots are unworn and the tag is still in the box. Could someone have another look? Photos attached. All my data for the refund should already be on the return form.

Kind regards,
Helen Parry""",
         "Helen Parry"),
        ("other", (),
         "Return label + address for one order",
         """Hi, silly question - I deleted the email with the return label by mistake. Could you send it again? Order SE-2026-119418.

Also, could the order I placed this morning (SE-2026-121772) go to my office instead, just this once: Avenue Louise 210, 1050 Ixelles, 4th floor reception. No need to change anything on my account, my home address is fine for everything else.

Thanks!
Rachel""",
         "Rachel Simmons"),
    ],
    "nl": [
        ("portability", (),
         "Export bestellingen en leveringen",
         """Goeiedag,

Ik gebruik sinds kort een app die al mijn online aankopen en pakjes bijhoudt (garanties, retourtermijnen enz.). Die app kan een bestand importeren. Kunnen jullie mij mijn volledige bestel- en leveringsgeschiedenis bezorgen als CSV of JSON? Dus per bestelling: datum, producten, bedrag, leveringsadres, vervoerder en leverdatum.

Met een pdf of schermafdrukken ben ik niets, het moet een bestand zijn dat ik kan inlezen.

Alvast bedankt,
Wouter Peeters""",
         "Wouter Peeters"),
        ("access", (),
         "welke koeriers hebben mijn gegevens?",
         """Dag,

Mijn laatste pakje kwam via een Nederlandse koerier en het pakje daarvoor via een Duitse. Aan wie hebben jullie mijn naam, adres en gsm-nummer allemaal doorgegeven? En hoe lang mogen die bedrijven dat bijhouden?

Ik had graag een overzicht van welke gegevens jullie van mij hebben en wie ze gekregen heeft.

Mvg
Ann Janssens""",
         "Ann Janssens"),
        ("deletion", (),
         "Adres verwijderen uit mijn account",
         """Hallo,

Bij het afrekenen stelt jullie site nog altijd het adres Kerkstraat 14 in Mechelen voor. Daar woont mijn ex-partner, we zijn al een jaar uit elkaar. Vorige week heb ik bijna per ongeluk een bestelling daarheen gestuurd.

Zelf kan ik het adres niet wissen in 'Mijn account' (het knopje doet niets). Kunnen jullie het definitief uit mijn gegevens halen, ook uit de oude bestellingen als dat kan? Ik wil niet dat het nog ergens bij mijn naam opduikt.

Groeten,
Els Vermeulen""",
         "Els Vermeulen"),
        ("complaint", (),
         "Retourlabel van een andere klant!!",
         """Goedemiddag,

In de doos van mijn bestelling (SE-2026-118830) zat een retourlabel met de naam, het adres én het telefoonnummer van een mevrouw uit Gent die ik niet ken. Dat wil dus zeggen dat er ergens ook iemand rondloopt met MIJN gegevens op een label. Dit kan echt niet.

Ik verwacht uitleg over hoe dit gebeurd is en of mijn gegevens bij iemand anders terechtgekomen zijn. Als ik niets hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Het label ligt hier nog, ik heb er een foto van genomen.

Bart De Smet""",
         "Bart De Smet"),
        ("withdraw_consent", (),
         "geen sms meer aub",
         """hoi, kan ik die sms'jes over mijn levering laten stoppen? ik krijg er soms 4 per pakje (onderweg, bijna bij u, geleverd, 'geef een score aan uw chauffeur'). ik wil ze niet meer, ook niet via whatsapp. ik kijk zelf wel op de site

thx
Jens""",
         "Jens Wouters"),
        ("objection", ("withdraw_consent",),
         "Bezwaar doorgeven gegevens aan vervoerder",
         """Geachte,

Na elke levering krijg ik van jullie vervoerder mails met 'aanbiedingen van onze partners' en een tevredenheidsenquête. Volgens jullie privacyverklaring delen jullie mijn gegevens op basis van 'gerechtvaardigd belang'. Daartegen maak ik bezwaar: mijn contactgegevens mogen naar de vervoerder om mijn pakje te leveren, voor niets anders.

Schrijf me meteen ook uit voor jullie nieuwsbrief, die lees ik toch nooit.

Met vriendelijke groeten,
Marc Claes""",
         "Marc Claes"),
        ("correction", ("deletion",),
         "huisnummer klopt niet",
         """Dag,

Ik woon in de Molenstraat 21, niet 12. Ik heb het al twee keer aangepast in mijn profiel maar bij de volgende bestelling staat er weer 12 op het label. Blijkbaar staat het oude nummer nog als tweede adres opgeslagen. Kunnen jullie het juiste nummer zetten en dat foute adres weghalen, zodat het niet meer terugkomt?

Dank je,
Sofie Maes""",
         "Sofie Maes"),
        ("other", (),
         "levering verplaatsen",
         """Hallo, mijn bestelling SE-2026-120455 (kast, levering met 2 personen) staat gepland op donderdag 12/11 maar dan ben ik niet thuis. Kan dat naar zaterdag of naar de week erna? Adres en telefoonnummer blijven hetzelfde.

Groetjes
Lotte Hermans""",
         "Lotte Hermans"),
        ("other", (),
         "Beschadigd geleverd",
         """Beste,

Gisteren werd mijn spiegel geleverd (bestelling SE-2026-119902) maar het glas is gebarsten, de doos was aan één kant ingedeukt. Foto's in bijlage. Hieronder nog eens mijn gegevens zodat jullie het dossier snel terugvinden:
Koen Verstraete, Stationsstraat 8, 9000 Gent, 0478 12 34 56.

Graag een nieuwe spiegel, of anders een terugbetaling.

Mvg,
Koen Verstraete""",
         "Koen Verstraete"),
        ("other", (),
         "artikel uit bestelling halen",
         """Goeiemorgen, kunnen jullie de tweede lamp uit mijn bestelling van vanochtend verwijderen? Ik heb er per ongeluk twee besteld. De rest mag gewoon vertrekken. Bestelnummer SE-2026-121610.

Bedankt!
Nathalie""",
         "Nathalie Goossens"),
    ],
    "fr": [
        ("restriction", (),
         "Colis perdu - conservation des données de livraison",
         """Madame, Monsieur,

Ma commande SE-2026-117120 est indiquée comme « livrée » le 27 octobre, mais je ne l'ai jamais reçue. J'ai introduit une réclamation auprès du transporteur et déposé plainte à la police.

Je vous demande de conserver toutes les données liées à cette livraison (heure, géolocalisation du scan, signature, photo éventuelle) jusqu'à la clôture de ma réclamation, même si votre délai habituel de suppression est dépassé, et de ne pas les utiliser à d'autres fins entre-temps. J'en aurai besoin comme preuve.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Lambert""",
         "Philippe Lambert"),
        ("portability", (),
         "Récupérer mon historique de commandes",
         """Bonjour,

Je voudrais recevoir l'historique de mes commandes et de mes livraisons depuis la création de mon compte, dans un fichier exploitable (CSV ou JSON, peu importe) : je tiens un tableau de mes achats pour les garanties et je veux tout y importer. Si c'est possible, vous pouvez aussi l'envoyer directement à l'appli « MesGaranties » que j'utilise, ils acceptent ce genre de transfert.

Merci d'avance,
Camille Renard""",
         "Camille Renard"),
        ("complaint", ("deletion",),
         "Livreur qui m'envoie des messages",
         """Bonjour,

Le 5 novembre, un livreur de votre transporteur m'a livré un colis (commande SE-2026-120118). Depuis, il m'a appelée deux fois le soir sur mon portable et m'a écrit sur WhatsApp pour me demander « si j'étais célibataire ». Il a évidemment eu mon numéro par l'étiquette ou par l'application de livraison.

C'est inadmissible. Je veux que vous fassiez le nécessaire auprès du transporteur et que vous me disiez ce qui sera fait. Je vous demande aussi d'effacer mon numéro de portable de mon compte.

Léa Fontaine""",
         "Léa Fontaine"),
        ("access", ("deletion",),
         "photo de livraison",
         """Bonjour, le livreur a pris une photo « preuve de livraison » le 30/10 au moment où j'ai ouvert la porte, je pense que je suis dessus (en pyjama...). Pouvez-vous m'envoyer cette photo, que je voie ce qu'on voit dessus ? Et ensuite je veux qu'elle soit supprimée.
Merci
Julien Mercier""",
         "Julien Mercier"),
        ("deletion", (),
         "Signature électronique",
         """Bonjour,

Lors de la livraison de mon canapé, on m'a fait signer sur une tablette. Je n'ai pas envie que ma signature traîne dans vos systèmes ni chez le transporteur : la livraison s'est bien passée et le canapé est payé. Merci de la supprimer.

Cordialement,
Nicole Gérard""",
         "Nicole Gérard"),
        ("withdraw_consent", (),
         "",
         """Bonjour, merci de ne plus m'envoyer de SMS ni de notifications dans l'appli pour vos promos. Le suivi de colis par e-mail me suffit largement.
Bonne journée
Sandrine Petit""",
         "Sandrine Petit"),
        ("correction", (),
         "Nom erroné sur les étiquettes",
         """Bonjour,

Sur toutes mes étiquettes de livraison figure « M. Jean Dubois », alors que je suis Mme Jeanne Dubois. Le livreur a même refusé une fois de me remettre le colis parce que « ce n'est pas à votre nom ». Pouvez-vous corriger mon prénom et ma civilité dans mon compte ?

Et mon adresse est bien 3 rue des Tanneurs, 5000 Namur : le code postal enregistré chez vous est 5001, ce n'est pas le bon non plus.

Merci,
Jeanne Dubois""",
         "Jeanne Dubois"),
        ("other", (),
         "Commande pas reçue",
         """Bonjour, j'attends toujours ma commande SE-2026-121003 passée il y a 8 jours, le suivi indique « disponible au point relais » mais le point relais dit qu'ils n'ont rien. Pouvez-vous vérifier ? Merci
Kevin Lefèvre""",
         "Kevin Lefèvre"),
        ("other", (),
         "Changement de point relais",
         """Bonjour,

Est-il encore possible de modifier le point relais pour ma commande d'hier (SE-2026-121455) ? J'ai choisi celui de la gare par erreur, je préfère le Carrefour Market de Jambes. Pas besoin de toucher à mes coordonnées, c'est juste pour ce colis-là.

Cordialement,
Anne-Sophie Collard""",
         "Anne-Sophie Collard"),
        ("other", (),
         "Retour non remboursé",
         """Bonjour,

J'ai renvoyé un aspirateur le 19 octobre (commande SE-2026-116870), le transporteur confirme la réception chez vous le 22, mais je n'ai toujours pas été remboursé. Le retour a même été supprimé de mon espace client, il n'apparaît plus nulle part. Pouvez-vous me dire où en est le remboursement ?

Merci,
Olivier Jacobs""",
         "Olivier Jacobs"),
    ],
    "de": [
        ("deletion", ("withdraw_consent",),
         "Alte Lieferadressen löschen",
         """Hallo,

in meinem Kundenkonto sind noch drei alte Lieferadressen gespeichert: meine frühere Wohnung in Eupen, die Ferienwohnung an der Küste vom letzten Sommer und die Adresse meiner alten Firma. Bitte löschen Sie alle drei, ich brauche nur noch meine aktuelle Adresse.

Und melden Sie mich bitte vom Newsletter ab.

Danke und Gruß
Stefan Krämer""",
         "Stefan Krämer"),
        ("correction", (),
         "Falsche Hausnummer",
         """Guten Tag,

meine Adresse ist bei Ihnen falsch gespeichert: Es muss Hauptstraße 5a heißen, nicht 5. In der Nummer 5 wohnt ein Nachbar, der meine Pakete regelmäßig bekommt. Bitte korrigieren Sie das in Ihrem System.

Mit freundlichen Grüßen
Monika Schröder""",
         "Monika Schröder"),
        ("portability", (),
         "Datenexport Bestellhistorie",
         """Sehr geehrte Damen und Herren,

gemäß Art. 20 DSGVO bitte ich um Übermittlung meiner Bestell- und Lieferdaten (Bestellungen, Artikel, Beträge, Lieferadressen, Versanddienstleister, Zustelldaten, Retouren) in einem strukturierten, gängigen und maschinenlesbaren Format, vorzugsweise JSON oder CSV.

Kundennummer: 40 118 273

Mit freundlichen Grüßen
Dr. Andreas Hoffmann""",
         "Andreas Hoffmann"),
        ("restriction", (),
         "Fotos Transportschaden - bitte nicht löschen",
         """Hallo,

ich habe Ihnen im Oktober Fotos meines beschädigten Fernsehers geschickt (Bestellung SE-2026-115890). Ihr Kundenservice hat die Erstattung abgelehnt, ich habe dagegen Einspruch eingelegt und die Sache liegt inzwischen bei meiner Rechtsschutzversicherung.

Bitte bewahren Sie die Fotos, die Zustelldaten und den Schriftverkehr auf, bis der Fall geklärt ist, auch wenn Ihre Löschfrist vorher abläuft. Verwenden Sie die Daten bis dahin aber bitte für nichts anderes.

Viele Grüße
Julia Becker""",
         "Julia Becker"),
        ("objection", ("withdraw_consent",),
         "Widerspruch Weitergabe Telefonnummer",
         """Guten Tag,

seit meiner letzten Bestellung schickt mir Ihr Paketdienst per SMS Werbung für seine Paketstationen und einen "Premium-Versand". Ich widerspreche der Weitergabe meiner Telefonnummer und E-Mail-Adresse an Versanddienstleister für deren eigene Werbung oder Umfragen. Für die Zustellung selbst ist das in Ordnung.

Außerdem widerrufe ich meine Einwilligung in Werbe-SMS von Ihnen.

Freundliche Grüße
Thomas Weber""",
         "Thomas Weber"),
        ("withdraw_consent", (),
         "WhatsApp",
         """Bitte keine WhatsApp-Nachrichten mehr von Ihnen. Ich hatte nur die Sendungsverfolgung aktiviert und bekomme jetzt ständig Angebote. Danke.
S. Lorenz""",
         "Sabine Lorenz"),
        ("complaint", (),
         "Zurückgeschickter Laptop - meine Daten bei einem Fremden",
         """Sehr geehrte Damen und Herren,

am 2. Oktober habe ich einen defekten Laptop (Bestellung SE-2026-112446) zurückgeschickt. In Ihrem Retourenformular steht ausdrücklich, dass zurückgesandte Geräte vor dem Wiederverkauf vollständig gelöscht werden.

Gestern hat mich ein fremder Mann angeschrieben: Er hat den Laptop bei Ihnen als B-Ware gekauft, und darauf waren noch meine Fotos, mein E-Mail-Postfach und die im Browser gespeicherten Passwörter. Er war so anständig, sich bei mir zu melden.

Ich bin entsetzt. Ich erwarte eine Erklärung, wie das passieren konnte, und ob noch weitere Geräte betroffen sind. Ich behalte mir vor, die Datenschutzbehörde einzuschalten.

Martina Vogel""",
         "Martina Vogel"),
        ("other", (),
         "Paket kaputt angekommen",
         """Hallo, das Paket mit meiner Bestellung SE-2026-120731 kam heute völlig zerdrückt an, die Kaffeetassen sind zum Teil zerbrochen. Was soll ich jetzt machen? Fotos kann ich schicken.
Gruß
Lukas Schmitt""",
         "Lukas Schmitt"),
        ("other", (),
         "Lieferung an Paketstation statt Haustür",
         """Guten Tag,

können Sie meine Bestellung von heute Morgen (SE-2026-121588) noch an die Paketstation am Bahnhof Eupen umleiten statt an meine Wohnadresse? Ich bin die ganze Woche auf Dienstreise. Meine gespeicherte Adresse soll bitte so bleiben, es geht nur um diese eine Lieferung.

Vielen Dank
Claudia Neumann""",
         "Claudia Neumann"),
        ("other", (),
         "Rücksendung abgelehnt?",
         """Hallo,

meine Rücksendung (Jacke, Bestellung SE-2026-117764) wurde mit der Begründung "Rückgabefrist überschritten" abgelehnt. Ich habe sie aber am 14. Tag bei der Post abgegeben, das Datum steht auf dem Beleg, und die Daten aus der Sendungsverfolgung zeigen das auch. Können Sie das bitte noch mal prüfen?

Gruß
Jan Richter""",
         "Jan Richter"),
    ],
    "es": [
        ("access", (),
         "Datos enviados a la transportista extranjera",
         """Hola:

Mi último pedido (SE-2026-118911) me llegó desde un almacén en Reino Unido con una empresa de mensajería que no conocía, y en la caja venía pegada una declaración de aduanas con mi nombre, mi teléfono y la descripción del contenido.

Me gustaría saber qué datos míos habéis facilitado a esa empresa y a cualquier otra transportista, a qué países han ido y cuánto tiempo los van a guardar.

Gracias,
Laura Martínez""",
         "Laura Martínez"),
        ("deletion", (),
         "Borrar dirección del trabajo",
         """Buenas, una vez pedí que me mandarais un paquete a la oficina y ahora esa dirección sale siempre la primera al pagar. Ya no trabajo allí. ¿Podéis borrarla de mi cuenta? Y el teléfono fijo de la oficina también, que lo guardasteis junto con la dirección.
Gracias!
Javier Ruiz""",
         "Javier Ruiz"),
        ("portability", ("deletion", "withdraw_consent"),
         "Exportar mis datos y cerrar cuenta",
         """Hola,

Me voy a vivir a Valencia y dejaré de comprar en vuestra tienda. Antes de darme de baja quiero descargar mi historial de pedidos, entregas y devoluciones en un formato que pueda abrir con el ordenador (CSV, JSON o similar), para conservarlo y pasarlo a mi hoja de control de gastos.

Cuando me lo hayáis enviado, por favor eliminad mi cuenta y dejad de mandarme la newsletter.

Un saludo,
Marta Gómez""",
         "Marta Gómez"),
        ("restriction", (),
         "No borréis mis datos todavía",
         """Hola,

Me ha llegado un correo diciendo que, como llevo dos años sin comprar, vais a borrar mi cuenta y mis datos el 30 de noviembre. Por favor, no lo hagáis todavía: tengo abierta una reclamación de garantía con el fabricante del televisor que os compré en 2024 y me piden la factura y la fecha de entrega.

Conservad el pedido, la factura y los datos de la entrega hasta que se resuelva. Mientras tanto no hace falta que los uséis para nada más.

Muchas gracias,
Pablo Herrera""",
         "Pablo Herrera"),
        ("objection", (),
         "No quiero que compartáis mi móvil",
         """Hola,

Desde que compro con vosotros, la empresa de reparto me llama para ofrecerme sus servicios y me manda encuestas. Me opongo a que cedáis mi número de móvil a la transportista para cualquier cosa que no sea entregarme el paquete. Tampoco quiero que se use para "socios" ni para estudios de mercado.

Saludos,
Isabel Navarro""",
         "Isabel Navarro"),
        ("withdraw_consent", ("deletion",),
         "SMS y WhatsApp",
         """Por favor, quitadme de los avisos por SMS y de la lista de ofertas por WhatsApp. Y borrad mi número de teléfono, no os hace falta para nada.
Carmen López""",
         "Carmen López"),
        ("complaint", ("access",),
         "Queja: el vecino sabe lo que he comprado",
         """Buenas tardes:

Quiero presentar una queja. El repartidor dejó mi paquete al vecino del 2.º sin preguntarme, y en la declaración de aduanas pegada por fuera se leía perfectamente el contenido (un tensiómetro y un producto íntimo) y el precio. Mi vecino ya se lo ha comentado a otra vecina. Me parece una falta de cuidado enorme con datos tan personales.

Además quiero saber exactamente qué datos míos aparecen en ese formulario y quién más los ha recibido.

Atentamente,
Raquel Jiménez""",
         "Raquel Jiménez"),
        ("other", (),
         "¿Cuándo sale mi pedido?",
         """Hola, hice el pedido SE-2026-121212 el lunes y todavía pone "preparando envío". ¿Sabéis cuándo sale? Es un regalo para el sábado.
Gracias
Diego Castro""",
         "Diego Castro"),
        ("other", (),
         "Devolución rechazada",
         """Hola, me habéis rechazado la devolución de unas zapatillas porque dicen que la etiqueta de devolución no se podía leer. Se mojó un poco con la lluvia y se borró parte del código. ¿Me podéis mandar otra etiqueta y las vuelvo a enviar?
Un saludo,
Alberto Moreno""",
         "Alberto Moreno"),
        ("other", (),
         "Cambiar dirección de entrega de un pedido",
         """Buenos días:

¿Podríais actualizar la dirección de entrega solo para el pedido SE-2026-121390? Esa semana estaré en casa de mis padres: Rue de la Station 45, 1300 Wavre. Para el resto de pedidos mi dirección de siempre sigue valiendo, no cambiéis nada en la cuenta.

Gracias,
Lucía Ortega""",
         "Lucía Ortega"),
    ],
    "it": [
        ("correction", ("deletion",),
         "Indirizzo da aggiornare",
         """Buongiorno,

mi sono trasferita a Liegi a settembre, ma nel mio account risulta ancora come indirizzo principale quello vecchio di Charleroi. Vi prego di aggiornarlo con: Rue Saint-Gilles 112, 4000 Liège. Quello vecchio cancellatelo pure, non mi serve più.

Grazie mille,
Francesca Russo""",
         "Francesca Russo"),
        ("access", (),
         "Foto di consegna",
         """Salve, nella mail di conferma della consegna del 4 novembre c'è scritto che il corriere ha scattato una foto come prova di consegna, ma la foto non si apre. Vorrei vederla, potete mandarmela? E vorrei anche sapere se conservate altre foto o altri dati delle mie consegne e per quanto tempo.
Grazie
Marco Bianchi""",
         "Marco Bianchi"),
        ("deletion", (),
         "Cancellazione firma",
         """Buongiorno, alla consegna del frigorifero ho dovuto firmare sul tablet del corriere. Vi chiedo di cancellare la mia firma dai vostri archivi e di chiedere al corriere di fare lo stesso.
Cordiali saluti,
Giuseppe Romano""",
         "Giuseppe Romano"),
        ("portability", (),
         "Storico ordini in formato CSV",
         """Buonasera,

vorrei ricevere tutti i dati dei miei ordini e delle consegne (date, articoli, importi, indirizzi, corriere) in un file CSV o JSON, da caricare in un altro servizio che uso per tenere traccia degli acquisti. Va bene anche se lo mandate a questo indirizzo email.

Cordialmente,
Elena Ferrari""",
         "Elena Ferrari"),
        ("restriction", (),
         "Indirizzo contestato - non usatelo",
         """Buongiorno,

nel mio account è comparso come indirizzo di consegna un indirizzo di Namur dove non ho mai abitato, e due pacchi sono già stati spediti lì a mio nome. Finché non avete verificato da dove viene questo indirizzo, vi chiedo di non usarlo e di non spedirci più nulla. Per favore però non cancellatelo ancora: mi serve come prova per la denuncia.

Grazie,
Simone Ricci""",
         "Simone Ricci"),
        ("objection", ("withdraw_consent",),
         "Opposizione",
         """Buongiorno,

mi oppongo all'uso dei miei dati di consegna (indirizzo, orari in cui sono a casa, punto di ritiro scelto) per profilarmi o per propormi offerte "in base alle tue abitudini". Ho visto che nell'app mi suggerite prodotti in base a dove e quando ricevo i pacchi. Non lo voglio.

Disattivate anche le notifiche push promozionali dell'app, per favore.

Saluti,
Alessandro Greco""",
         "Alessandro Greco"),
        ("complaint", ("deletion",),
         "SECONDA RICHIESTA - vecchio indirizzo",
         """Buongiorno,

il 18 settembre vi ho scritto chiedendo di cancellare il mio vecchio indirizzo di Bruxelles dal mio profilo. Nessuna risposta, e ieri il mio ordine SE-2026-120644 è stato spedito di nuovo lì. Adesso il pacco, con il mio nome e il mio numero di telefono sull'etichetta, è in mano agli attuali inquilini.

È passato più di un mese. Vi chiedo per la seconda volta di cancellare quell'indirizzo, e questa volta di rispondermi.

Valentina Conti""",
         "Valentina Conti"),
        ("other", (),
         "pacco arrivato rotto",
         """Salve, il pacco è arrivato con un angolo sfondato e la lampada dentro ha il paralume rotto. Ordine SE-2026-120880. Come faccio il reso? Devo stampare io l'etichetta?
Grazie, Roberto Gallo""",
         "Roberto Gallo"),
        ("other", (),
         "Spostare la consegna",
         """Buongiorno, è possibile spostare la consegna del divano (ordine SE-2026-119777) da venerdì 20 a lunedì 23 novembre? Il numero di telefono per il corriere è sempre lo stesso.
Grazie
Chiara Marino""",
         "Chiara Marino"),
        ("other", (),
         "Reso rifiutato",
         """Buongiorno, mi avete respinto il reso delle cuffie perché "manca l'imballo originale". Ho rimosso solo la pellicola di plastica, la scatola c'è ed era dentro il pacco. Potete ricontrollare? Allego le foto.
Davide Colombo""",
         "Davide Colombo"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso aos meus dados",
         """Bom dia,

Gostaria de saber que dados pessoais meus têm guardados relacionados com as entregas: moradas, números de telefone, fotografias de entrega, assinaturas. E também a que transportadoras os passaram e durante quanto tempo os guardam.

Obrigada,
Ana Ferreira""",
         "Ana Ferreira"),
        ("correction", (),
         "Nome errado na etiqueta",
         """Olá, nas etiquetas das minhas encomendas aparece "Joao Goncalves Silva", sem acentos e sem o último apelido. O meu nome é João Gonçalves da Silva Pereira. O estafeta já me perguntou duas vezes se era mesmo eu. Podem corrigir o nome na minha conta?
Obrigado
João Pereira""",
         "João Gonçalves da Silva Pereira"),
        ("portability", (),
         "Histórico de encomendas em ficheiro",
         """Boa tarde,

Peço que me enviem o histórico das minhas encomendas, entregas e devoluções num ficheiro em formato aberto (CSV ou JSON), para eu o importar noutra aplicação. Um PDF não me serve.

Cumprimentos,
Rui Carvalho""",
         "Rui Carvalho"),
        ("restriction", ("access",),
         "Encomenda entregue a um vizinho? - conservar dados",
         """Exmos. Senhores,

A encomenda SE-2026-118502 foi dada como entregue no dia 28 de outubro "a um vizinho", com uma assinatura que não reconheço. Nenhum dos meus vizinhos a recebeu. Apresentei reclamação à transportadora.

Solicito que conservem todos os dados relativos a essa entrega até a reclamação estar resolvida, sem os utilizarem para outros fins, e que me enviem uma cópia da prova de entrega (fotografia e assinatura).

Com os melhores cumprimentos,
Paulo Sousa""",
         "Paulo Sousa"),
        ("objection", ("withdraw_consent",),
         "Oposição à partilha do histórico de entregas",
         """Boa tarde,

Li na vossa política de privacidade que partilham dados de entrega (código postal, tipo de produtos, frequência de encomendas) com "parceiros de análise" para estudos de mercado. Oponho-me a esse tratamento dos meus dados.

E cancelem também a minha subscrição da newsletter, por favor.

Cumprimentos,
Marta Lopes""",
         "Marta Lopes"),
        ("withdraw_consent", (),
         "sms",
         """boa noite, ja nao quero receber as mensagens de seguimento das encomendas por sms, retirem o meu consentimento para isso por favor. vejo no site quando preciso
obg
Tiago""",
         "Tiago Mendes"),
        ("complaint", (),
         "Fotografia tirada sem autorização",
         """Boa tarde,

No dia 12 de novembro, o estafeta que me entregou a encomenda SE-2026-120990 tirou-me uma fotografia à porta de casa, de cara, com o telemóvel dele, dizendo que era "para a prova de entrega". Não me pediu autorização e eu estava com a minha filha ao colo. Não acho isto normal nem aceitável.

Quero apresentar uma reclamação formal sobre esta forma de trabalhar. Se não obtiver resposta, apresento queixa à autoridade de proteção de dados.

Inês Rodrigues""",
         "Inês Rodrigues"),
        ("other", (),
         "Tentativa de entrega falhada?",
         """Olá, a minha encomenda SE-2026-121150 diz "tentativa de entrega falhada", mas eu estive em casa o dia todo e ninguém tocou. Quando voltam a tentar? Ou posso ir buscá-la a um ponto de recolha?
Obrigada
Beatriz Costa""",
         "Beatriz Costa"),
        ("other", (),
         "Código postal errado numa encomenda",
         """Bom dia, fiz uma encomenda ontem (SE-2026-121498) e reparei que pus o código postal errado, 1050 em vez de 1060. Conseguem atualizar a morada só nesta encomenda antes de ela sair? Na minha conta já está tudo certo.
Obrigado,
Nuno Almeida""",
         "Nuno Almeida"),
        ("other", (),
         "Reembolso em falta",
         """Boa tarde,

Devolvi um aspirador há três semanas (encomenda SE-2026-116655) e ainda não recebi o reembolso. Os dados bancários que indiquei no formulário de devolução estão corretos, já confirmei. Podem verificar o que se passa?

Cumprimentos,
Carla Ribeiro""",
         "Carla Ribeiro"),
    ],
}

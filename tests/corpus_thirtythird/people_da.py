"""Thirty-third set, people's mail about the shop's app, loyalty card, stores and lockers (en nl fr de es it pt). Written apart from the rules (see make_thirtythird.py)."""

PEOPLE_DA = {
    "en": [
        ("access", (),
         "Data request - loyalty card & app",
         """Hello,

Under Article 15 GDPR I'd like a copy of all the personal data you hold about me in connection with your loyalty card (card number ending 4471) and your app.

In particular:
- my points history and the full purchase history linked to the card
- any location data the app has collected, and how long you keep it
- which third parties the app sends data to (analytics, advertising SDKs etc.) and what exactly is sent to them

My account is registered to this email address. Happy to verify my identity if you need me to.

Thanks,
Oliver Hughes""",
         "Oliver Hughes"),
        ("correction", (),
         "birthday voucher in the wrong month",
         """Hi there,

my birthday voucher turned up in March but my birthday is actually in October (14/10/1987). I think whoever typed it in when I signed up at the till in Leuven put it in the american way round?? The app won't let me change the date myself.

Could you fix the date of birth on my account so the voucher comes at the right time. Card no. 6200 1183 0925.

cheers
Priya""",
         "Priya Natarajan"),
        ("deletion", ("withdraw_consent",),
         "Delete my account please",
         """Hi,

I've moved back to the UK so I won't be using your stores any more. Please delete my app account and my loyalty card and everything attached to them (purchase history, saved baskets, all of it).

And in the meantime please stop the marketing emails, I never really wanted them in the first place.

Thanks
Gemma""",
         "Gemma Clarke"),
        ("complaint", ("deletion",),
         "Someone else's receipts coming to my inbox - not acceptable",
         """To whom it may concern,

For about six weeks now I have been receiving e-receipts and "your points balance" emails for purchases I never made, all in your Antwerp store. Someone has obviously registered a loyalty card with my email address. I can see their full shopping list, their first name and their points.

I reported this through the in-app chat on 3 February and was told it would be "passed on". Nothing happened and the receipts keep coming. Frankly I think this is a serious failure on your side: you are sending one customer's data to a complete stranger, and you let anyone sign up with any address without checking it.

Please remove my email address from that card straight away and confirm to me when it's done.

Regards,
Daniel Osei""",
         "Daniel Osei"),
        ("restriction", (),
         "CCTV footage - incident 8 March, Gent store - please preserve",
         """Dear privacy team,

On Saturday 8 March at around 15:40 I was involved in an altercation with another customer at the self-checkouts in your Gent-Zuid store, which ended with me being pushed into a display stand. I have filed a police report (PV number available on request).

I am asking you to keep the camera footage of that incident and not to delete it at the end of your normal retention period, but also not to use it for anything else or hand it to anyone other than the police or my solicitor without checking with me first. Please restrict the processing of that footage accordingly (Art. 18 GDPR) until the matter is closed.

Kind regards,
Fiona Byrne""",
         "Fiona Byrne"),
        ("objection", (),
         "in-store offers",
         """Hi -- every time I walk into the Hasselt store my phone buzzes with an "offer just for you" based on whatever I bought last time. Honestly it's a bit creepy.

I object to you using my purchase history and my location for these personalised offers. I do want to keep the card and keep collecting points, just stop the profiling please.

Tom""",
         "Tom Verhoeven"),
        ("withdraw_consent", (),
         "unsubscribe SMS + push",
         """Please take me off the SMS offers list. and the push notifications too - I said yes when I installed the app but ive changed my mind.

number is +32 478 12 34 56

Thx
Aisha""",
         "Aisha Rahman"),
        ("other", (),
         "App crashes when I scan a barcode",
         """Hi, not sure this is the right address but the support form on the website won't load.

Since the last update (5.2 I think) the app closes every time I open the barcode scanner to check a price in the store. iPhone 12, iOS 17.4. I've already deleted and reinstalled it, same thing.

Any idea?
Mark

Sent from my iPhone""",
         "Mark Dawson"),
        ("other", (),
         "Locker won't open - order 20250314-8812",
         """Hello,

I'm standing at the click & collect locker at the Mechelen store right now and the code from the text message (481 227) is not accepted. Tried 4 times, the screen just says "invalid code". The staff inside say they can't open the lockers themselves.

Can somebody help asap please. Sorry if this is the wrong address, it was the only one I could find in the order confirmation.

Sarah Janssens
0486 55 21 09""",
         "Sarah Janssens"),
        ("other", (),
         "quick question before visiting",
         """Hi,

Quick question: do you have CCTV cameras inside your stores, and is there a sign at the entrance saying so? My mum gets quite anxious about being filmed and I'd like to be able to tell her before we go to the Liege shop next weekend.

Thanks!
Helen""",
         "Helen Marsh"),
    ],
    "nl": [
        ("access", (),
         "Opvragen camerabeelden kassa 15/02",
         """Goeiedag,

Op zaterdag 15 februari rond 11u15 heb ik betaald aan kassa 3 in jullie winkel in Aalst. Er was toen discussie over een bedrag dat twee keer werd aangerekend.

Op basis van mijn recht op inzage (art. 15 AVG) zou ik graag een kopie krijgen van de camerabeelden waarop ik aan de kassa te zien ben. Ik droeg een rode jas en was samen met mijn dochtertje van 4.

Met vriendelijke groeten,
Koen Verbeke""",
         "Koen Verbeke"),
        ("correction", (),
         "verkeerde verjaardag",
         """Dag,

Ik krijg mijn verjaardagsbon elk jaar in januari terwijl ik in juli jarig ben (7 juli 1979). Ergens zijn dag en maand omgewisseld denk ik. In de app kan ik mijn geboortedatum niet zelf aanpassen, het veld is grijs.

Kunnen jullie dat rechtzetten aub?

Groetjes
Els""",
         "Els Van Damme"),
        ("portability", (),
         "aankoopgeschiedenis als bestand",
         """Hallo,

Ik hou ons huishoudbudget bij in een budgetapp en zou daar graag mijn aankopen bij jullie in importeren. Kan ik de volledige aankoopgeschiedenis van mijn klantenkaart krijgen als CSV- of Excelbestand? Liefst met datum, winkel, artikel en bedrag per lijn. In de app kan ik enkel bon per bon bekijken, niet downloaden.

Klantenkaart 6200 2218 4406.

Alvast bedankt,
Jeroen Claes""",
         "Jeroen Claes"),
        ("objection", ("withdraw_consent",),
         "locatie + reclame op e-bonnetjes",
         """Goedemiddag,

Twee dingen:

1) Ik maak bezwaar tegen het gebruik van mijn locatie door jullie app. Ik gebruik de app enkel om mijn punten te bekijken, niet om gevolgd te worden naar welke winkel ik ga.

2) Onderaan elk digitaal kasticket staat sinds kort reclame "speciaal voor u". Ik trek mijn toestemming in voor marketing via die e-tickets. Het ticket zelf wil ik wel blijven krijgen.

Mvg,
Hilde Peeters""",
         "Hilde Peeters"),
        ("complaint", (),
         "Klacht: app blijft mijn locatie gebruiken",
         """Beste,

Op 2 maart heb ik in de instellingen van jullie app de locatie uitgezet ("Winkels in de buurt" op uit). Toch kreeg ik gisteren, toen ik langs jullie winkel in Roeselare reed, een melding "Welkom in de buurt! Bekijk je aanbiedingen". Mijn gsm (Android) toont ook dat de app deze week op de achtergrond locatie heeft gebruikt.

Dit is gewoon niet correct. Jullie negeren de keuze die ik gemaakt heb en volgen mij toch. Ik vind dat ernstig en verwacht een uitleg hoe dit mogelijk is.

Bart Vandenbussche""",
         "Bart Vandenbussche"),
        ("deletion", (),
         "gegevens gratis wifi wissen",
         """Hallo, ik heb me vorige maand eens geregistreerd op de gratis wifi in jullie winkel in Brugge (met mijn gsm-nummer en mijn e-mail). Dat heb ik niet meer nodig. Gelieve mijn registratie en alle gegevens die daarbij horen te verwijderen.

Dank u,
Lotte De Smet""",
         "Lotte De Smet"),
        ("complaint", ("access",),
         "RE: inzageverzoek klantenkaart - 2de herinnering",
         """Geachte,

Op 10 januari vroeg ik u per mail een kopie van alle gegevens die u over mij bijhoudt via mijn klantenkaart en de app (zie hieronder). Ik kreeg een automatisch ontvangstbericht en daarna niets meer. De wettelijke termijn van een maand is ondertussen ruim verstreken, en ook mijn eerste herinnering van 14 februari bleef onbeantwoord.

Ik vraag u nogmaals mij die gegevens te bezorgen. Als ik binnen de 14 dagen niets ontvang, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Marc Wouters

-----Oorspronkelijk bericht-----
Van: Marc Wouters
Verzonden: vrijdag 10 januari 2025 09:12
Aan: privacy@shop.example.be
Onderwerp: inzageverzoek klantenkaart

Goedemorgen,

Graag ontvang ik een kopie van alle persoonsgegevens die u van mij verwerkt (klantenkaart nr. 6200 4471 2290 en het bijhorende app-account), met inbegrip van mijn aankoopgeschiedenis.

Met vriendelijke groet,
Marc Wouters""",
         "Marc Wouters"),
        ("other", (),
         "punten niet bijgeschreven",
         """hallo, op 22/02 heb ik voor 187 euro gekocht in Kortrijk (tuinset) en mijn kaart laten scannen, het staat ook op de kassabon maar in de app zie ik er geen punten bijkomen. kunnen jullie dat eens nakijken? foto van de bon in bijlage

groetjes
An""",
         "An Desmet"),
        ("other", (),
         "kaart kwijt",
         """Goedendag,

Mijn portefeuille is gestolen en mijn klantenkaart zat erin. Kan ik een nieuwe kaart krijgen en blijven mijn punten dan behouden? Ik heb geen smartphone dus de app is geen optie voor mij.

Mvg,
Roger Maes""",
         "Roger Maes"),
        ("other", (),
         "inloggen lukt niet",
         """Ik krijg steeds "Er ging iets mis, probeer later opnieuw" als ik wil inloggen in de app, ook na een wachtwoord reset. De chat in de app kan ik ook niet gebruiken want daarvoor moet ge ingelogd zijn haha. Wat nu?

Verstuurd vanaf mijn iPhone""",
         "Wim Goossens"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès – données de localisation de l'application",
         """Madame, Monsieur,

Conformément à l'article 15 du RGPD, je vous demande de me communiquer l'historique de localisation que votre application a conservé à mon sujet (dates, heures, magasins ou positions), ainsi que la durée de conservation de ces données et les destinataires auxquels elles ont été transmises.

Mon compte est lié à l'adresse e-mail depuis laquelle je vous écris.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Lemaire""",
         "Nathalie Lemaire"),
        ("deletion", (),
         "effacement images caméra",
         """Bonjour,

J'ai été filmée mardi dernier (11 mars) dans votre magasin de Namur, vers 17h, au rayon jardinage puis à la caisse. Il ne s'est rien passé de particulier et je ne vois pas pourquoi ces images devraient être gardées. Je vous demande de les effacer.

Merci de me le confirmer.

Sophie Dubois""",
         "Sophie Dubois"),
        ("objection", (),
         "offres d'anniversaire",
         """Bonjour,

Pour mon anniversaire j'ai reçu un bon « rien que pour vous » avec des produits choisis d'après mes achats des derniers mois (engrais, anti-moustiques, etc.). Je n'ai rien contre un petit cadeau, mais je m'oppose à ce que vous analysiez mes achats pour établir mon profil. Un bon d'anniversaire standard me suffit largement.

Cordialement
Jean-Marc Collard""",
         "Jean-Marc Collard"),
        ("complaint", ("deletion",),
         "Plainte – lecture à voix haute de mon historique d'achats",
         """Madame, Monsieur,

Le samedi 1er mars, au magasin de Waterloo, la caissière a eu un souci avec ma carte de fidélité. Pour « vérifier que c'était bien moi », elle a lu à voix haute mes derniers achats affichés sur son écran, devant au moins quatre personnes qui faisaient la file. Il y avait parmi eux des articles que je n'avais aucune envie d'étaler en public.

Je trouve ce comportement inadmissible et j'attends de vous que vous preniez des mesures pour que cela ne se reproduise plus.

Par ailleurs, je vous demande de supprimer l'historique d'achats lié à ma carte : je ne vois pas l'utilité que vous le conserviez.

Veuillez agréer, Madame, Monsieur, mes salutations.

Isabelle Renard""",
         "Isabelle Renard"),
        ("withdraw_consent", (),
         "stop sms",
         """bonjour je ne veux plus recevoir vos sms promotionnels, je retire mon accord. mon numero 0475 98 76 54. merci

Envoyé de mon iPhone""",
         "Fatima El Amrani"),
        ("correction", (),
         "Cartes fusionnées par erreur",
         """Bonjour,

Mon mari et moi avions chacun notre carte de fidélité. Lors d'un passage au magasin de Wavre, un employé a « regroupé » nos deux cartes parce que nous avons le même nom et la même adresse. Depuis, dans l'application, je vois ses achats à lui, son adresse e-mail professionnelle et sa date de naissance à la place de la mienne.

Nous voulons garder deux comptes séparés. Pourriez-vous séparer à nouveau les deux cartes et remettre mes données correctes (date de naissance 03/05/1984, e-mail : celui-ci) ?

Merci d'avance,
Claire Michaux""",
         "Claire Michaux"),
        ("restriction", (),
         "Conservation des images – chute dans votre magasin de Mons",
         """Bonjour,

Le 20 février vers 10h30, j'ai glissé sur une flaque d'eau près des caisses de votre magasin de Mons et je me suis cassé le poignet. Mon assurance traite le dossier et pourrait avoir besoin des images.

Je vous demande donc de ne pas effacer les enregistrements vidéo de ce moment, mais de les mettre de côté sans les utiliser ni les transmettre à qui que ce soit tant que le dossier n'est pas clôturé (limitation du traitement, art. 18 RGPD).

Cordialement,
Patrick Hermans""",
         "Patrick Hermans"),
        ("other", (),
         "casier bloqué",
         """Bonjour,

Mon colis est dans le casier n° 14 au magasin de Liège (commande 20250302-5519) mais le casier ne s'ouvre pas, l'écran affiche « hors service ». Je suis déjà passée deux fois pour rien. Que dois-je faire ?

Merci
Mélanie""",
         "Mélanie Lambert"),
        ("other", (),
         "application qui plante",
         """Bjr,
depuis la mise a jour l'appli se ferme dès que j'ouvre "Mes paniers". J'avais un panier sauvegardé avec toute ma liste pour la terrasse :( 
Samsung A52, Android 14. Vous pouvez faire qqch ?
Kevin""",
         "Kevin Delvaux"),
        ("other", (),
         "Carte de fidélité perdue",
         """Bonjour,

J'ai perdu ma carte de fidélité (je pense au marché de Jambes). Est-il possible d'en recevoir une nouvelle par la poste, et est-ce que mes points seront transférés sur la nouvelle carte ? Je n'utilise pas l'application.

Avec mes remerciements,
Jacqueline Gilson""",
         "Jacqueline Gilson"),
    ],
    "de": [
        ("access", ("portability",),
         "Auskunftsersuchen nach Art. 15 DSGVO – Kundenkarte",
         """Sehr geehrte Damen und Herren,

hiermit bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten im Zusammenhang mit Ihrer Kundenkarte (Nr. 6200 7781 0043) und Ihrer App, insbesondere Punktestand und Punkteverlauf, Einkaufshistorie, Geburtsdatum und Standortdaten, sowie über die Empfänger, an die Sie diese Daten weitergeben.

Außerdem möchte ich meine Einkaufshistorie als CSV-Datei (oder in einem anderen gängigen, maschinenlesbaren Format) erhalten, damit ich sie in meine Haushaltsbuch-App importieren kann.

Mit freundlichen Grüßen
Stefan Kohnen
Eupen""",
         "Stefan Kohnen"),
        ("deletion", ("withdraw_consent",),
         "Konto löschen",
         """Hallo,

bitte löschen Sie mein Konto in der App und alles, was dazugehört (gespeicherte Warenkörbe, Chatverläufe usw.). Die Kundenkarte können Sie gleich mitlöschen, die Punkte brauche ich nicht mehr.

Und bitte keine Werbemails mehr, ich widerrufe meine Einwilligung dafür.

Danke und Gruß
Anja Lenz""",
         "Anja Lenz"),
        ("objection", (),
         "Widerspruch Standortverfolgung",
         """Guten Tag,

ich widerspreche der Verarbeitung meiner Standortdaten durch Ihre App sowie der Nutzung meiner Einkäufe für personalisierte Angebote in der Filiale. Die App brauche ich nur, um die Kundenkarte an der Kasse vorzuzeigen.

MfG
J. Schröder""",
         "Jürgen Schröder"),
        ("complaint", ("deletion",),
         "Erinnerung – Löschantrag vom 3. Februar unbeantwortet",
         """Guten Tag,

am 3. Februar habe ich Sie gebeten, mein Kundenkonto und meine Kundenkarte zu löschen. Bis heute habe ich weder eine Bestätigung noch eine Antwort erhalten, und ich bekomme weiterhin Ihre Punkte-Mails, was ja zeigt, dass meine Daten immer noch verarbeitet werden.

Ich fordere Sie hiermit ein letztes Mal auf, die Löschung durchzuführen und mir diese schriftlich zu bestätigen. Andernfalls werde ich mich an die belgische Datenschutzbehörde wenden.

Mit freundlichen Grüßen
Monika Thelen""",
         "Monika Thelen"),
        ("correction", (),
         "Falsches Geburtsdatum",
         """Hallo zusammen,

in meinem Kundenkonto steht als Geburtstag der 01.01.1900 (wahrscheinlich hat man bei der Anmeldung an der Kasse einfach irgendwas eingetippt). Deshalb kam bei mir auch nie ein Geburtstagsgutschein an. Richtig ist der 23.09.1991.

Bitte korrigieren, danke!
Lea Braun""",
         "Lea Braun"),
        ("restriction", (),
         "Einschränkung der Verarbeitung – Kundenkarte",
         """Sehr geehrte Damen und Herren,

in der Einkaufshistorie meiner Kundenkarte tauchen seit Januar Einkäufe in Ihrer Filiale in Hasselt auf, in der ich nie gewesen bin. Ich vermute, dass jemand meine Kartennummer benutzt; ich kläre das gerade mit der Polizei.

Bis das geklärt ist, verlange ich die Einschränkung der Verarbeitung nach Art. 18 DSGVO: Bitte verwenden Sie diese Daten nicht für Angebote oder Auswertungen, löschen Sie aber auch nichts davon, da ich die Belege eventuell noch brauche.

Mit freundlichen Grüßen
Thomas Hilgers""",
         "Thomas Hilgers"),
        ("withdraw_consent", (),
         "Push-Nachrichten / Werbung im E-Bon",
         """Hallo,
ich möchte meine Einwilligung für Push-Benachrichtigungen der App und für die Werbung in den E-Bons widerrufen. Die Kassenbons per Mail will ich aber weiterhin bekommen.
Gruß
Sven""",
         "Sven Reuter"),
        ("other", (),
         "Abholfach Eupen – Code abgelaufen",
         """Guten Tag,

meine Bestellung (Nr. 20250227-3301) lag im Abholfach in der Filiale Eupen, ich war aber eine Woche im Urlaub und jetzt ist der Abholcode abgelaufen. Wird das Paket zurückgeschickt oder kann ich es noch an der Kasse abholen? Bezahlt ist es schon.

Viele Grüße
Petra Mertes""",
         "Petra Mertes"),
        ("other", (),
         "Punkte fehlen",
         """Hallo,
bei meinem Einkauf am 8.3. in Lüttich (Rasenmäher, 329 €) wurden keine Punkte gutgeschrieben, obwohl die Karte gescannt wurde, steht auch auf dem Bon. Können Sie das bitte nachbuchen? Kassenbon hänge ich an.
Danke
Dieter Kessler""",
         "Dieter Kessler"),
        ("other", (),
         "Frage zu Videoüberwachung",
         """Guten Tag,

eine kurze Frage: Gibt es in Ihren Filialen Videoüberwachung, auch im Bereich der Abholfächer? Ich frage vorab, weil ich beruflich sehr darauf achten muss, wo ich gefilmt werde, bevor ich zum ersten Mal vorbeikomme.

Mit freundlichen Grüßen
Katrin Weber""",
         "Katrin Weber"),
    ],
    "es": [
        ("access", (),
         "Solicitud de acceso a grabaciones de videovigilancia",
         """Buenos días:

El pasado viernes 7 de marzo, sobre las 18:20, pagué en la caja 2 de su tienda de Anderlecht. En ejercicio de mi derecho de acceso (art. 15 RGPD), solicito una copia de las imágenes de las cámaras en las que aparezco en la caja. Llevaba una chaqueta verde y una bolsa azul de deporte.

Un saludo,
Javier Martín López""",
         "Javier Martín López"),
        ("deletion", (),
         "Borrar mis datos",
         """Hola, quiero que borren mi cuenta de la aplicación y también el registro que hice en el wifi gratis de la tienda de Lovaina (con mi correo y mi móvil). Ya no vivo en Bélgica.
Gracias.
Lucía""",
         "Lucía Navarro"),
        ("portability", (),
         "historial de compras en archivo",
         """Hola!

Uso una app para controlar mis gastos y me gustaría importar las compras que hago en vuestras tiendas. ¿Podéis enviarme todo el historial de compras de mi tarjeta de fidelidad en un archivo (csv, excel o json, me da igual) con fecha, tienda, artículos e importe?

Mi número de tarjeta es 6200 5512 8830.

Gracias!!
Marta""",
         "Marta Sánchez"),
        ("complaint", ("objection",),
         "Reclamación: la app sigue usando mi ubicación",
         """Buenas tardes:

Desactivé la ubicación en la app hace tres semanas, pero sigo recibiendo avisos de "ofertas en tu tienda más cercana" cada vez que paso por delante de la tienda de Gante. Eso demuestra que siguen rastreando mi ubicación aunque la haya desactivado, y me parece muy grave.

Además, me opongo a cualquier uso de mi ubicación y de mis compras para enviarme ofertas personalizadas.

Atentamente,
Carlos Ruiz""",
         "Carlos Ruiz"),
        ("withdraw_consent", ("objection",),
         "baja de los sms",
         """buenas, quiero darme de baja de los SMS de ofertas, retiro el consentimiento. y tampoco quiero que usen mis compras para hacerme un perfil para las ofertas de cumpleaños, me opongo a eso.
gracias
Pilar""",
         "Pilar Ortega"),
        ("correction", (),
         "Fecha de nacimiento incorrecta",
         """Hola,

en mi cuenta aparece que nací el 12/04 pero es el 04/12 (4 de diciembre). Por eso el cupón de cumpleaños me llega en abril. ¿Pueden corregirlo? La app no me deja cambiarlo.

Saludos,
Andrea Gómez""",
         "Andrea Gómez"),
        ("objection", (),
         "Oposición al tratamiento para ofertas personalizadas",
         """Me opongo al tratamiento de mis datos de compra para ofertas personalizadas en tienda y en la app (art. 21 RGPD). Quiero seguir acumulando puntos con la tarjeta, nada más.

Un saludo,
Raúl Fernández""",
         "Raúl Fernández"),
        ("other", (),
         "La taquilla no se abre",
         """Hola, fui a recoger mi pedido 20250310-7745 a la taquilla de la tienda de Hasselt y al meter el código me sale "error, contacte con el personal", pero en la tienda me dicen que ellos no pueden abrirla. ¿Qué hago? Necesito el pedido antes del sábado.
Gracias
Diego""",
         "Diego Herrera"),
        ("other", (),
         "He perdido la tarjeta",
         """Buenos días, he perdido mi tarjeta de cliente. ¿Cómo puedo pedir una nueva? ¿Se mantienen los puntos que tenía? Un saludo, Elena Castro""",
         "Elena Castro"),
        ("other", (),
         "el chat de la app no contesta",
         """Hola, llevo dos días escribiendo en el chat de la aplicación porque mi pedido de macetas llegó con dos rotas y nadie contesta. Pongo aquí el número de pedido: 20250305-2290. Quiero que me manden otras dos o que me devuelvan el dinero.
Enviado desde mi Samsung""",
         "Sergio Molina"),
    ],
    "it": [
        ("access", (),
         "richiesta di accesso – dati condivisi dall'app",
         """Buongiorno,

ai sensi dell'art. 15 GDPR vorrei sapere quali dati personali che mi riguardano la vostra app trasmette a terzi (Google, Facebook, società di analisi o di pubblicità) e ricevere una copia dei dati che avete su di me: punti, storico acquisti, posizione.

Distinti saluti
Giulia Romano""",
         "Giulia Romano"),
        ("deletion", ("withdraw_consent",),
         "cancellazione account",
         """Salve,
vi chiedo di cancellare il mio account dell'app e la carta fedeltà con tutti i dati collegati. Nel frattempo non mandatemi piu newsletter ne notifiche.
Grazie
Marco Esposito""",
         "Marco Esposito"),
        ("correction", (),
         "due tessere unite per errore",
         """Buongiorno,

quando ho chiesto alla cassa di Charleroi di trasferire i punti dalla mia vecchia tessera a quella nuova, il commesso ha unito per sbaglio la mia tessera con quella di un altro cliente. Adesso nel mio account vedo acquisti che non sono miei e il mio indirizzo è stato cambiato con uno che non conosco.

Potete separare le due tessere e rimettere i miei dati corretti? Il mio indirizzo è Rue de la Station 12, 6000 Charleroi.

Grazie mille
Antonella Rossi""",
         "Antonella Rossi"),
        ("complaint", (),
         "reclamo",
         """Buonasera,

voglio segnalare un fatto molto spiacevole. Ieri nel vostro negozio di La Louvière la cassiera, per cercare dei punti mancanti, ha letto ad alta voce i miei acquisti degli ultimi mesi davanti agli altri clienti in fila, tra cui un mio vicino di casa. Mi sono sentita molto a disagio.

Non è questo il modo di trattare i dati dei clienti. Spero che prendiate provvedimenti.

Rosa Ferraro""",
         "Rosa Ferraro"),
        ("restriction", (),
         "conservazione filmati – furto alle casse",
         """Buongiorno,

il 28 febbraio mi hanno rubato il portafoglio alle casse del vostro negozio di Liegi e ho sporto denuncia. Vi chiedo di conservare le registrazioni delle telecamere di quel giorno (tra le 16 e le 17) senza cancellarle, ma di non usarle per altri scopi e di non consegnarle a nessuno tranne che alla polizia. Si tratta di una richiesta di limitazione del trattamento (art. 18 GDPR).

Cordiali saluti,
Salvatore Greco""",
         "Salvatore Greco"),
        ("objection", (),
         "opposizione profilazione",
         """Buongiorno,

mi oppongo alla profilazione dei miei acquisti per le offerte di compleanno e per le offerte personalizzate in generale. Il buono di compleanno normale va benissimo.

Grazie
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("complaint", ("portability",),
         "SOLLECITO – richiesta storico acquisti del 5 febbraio",
         """Buongiorno,

il 5 febbraio vi ho chiesto di inviarmi lo storico dei miei acquisti con la carta fedeltà in formato CSV, per importarlo nella mia app di budget. Sono passate più di cinque settimane e non ho ricevuto nessuna risposta, neanche una conferma.

Vi sollecito a inviarmelo al più presto, altrimenti presenterò reclamo all'Autorità per la protezione dei dati.

Luca Moretti""",
         "Luca Moretti"),
        ("other", (),
         "armadietto non si apre",
         """Salve, l'armadietto del click & collect a Namur non si apre col codice che mi avete mandato (ordine 20250312-6604). Ho provato anche col QR code dalla app, niente. Potete aiutarmi? grazie
Paolo""",
         "Paolo Conti"),
        ("other", (),
         "punti non accreditati",
         """Buongiorno, ho fatto due acquisti a Mons il 1 e il 4 marzo con la tessera ma i punti non risultano nell'app. Ho ancora gli scontrini. Come posso fare per farli accreditare?
Cordiali saluti
Giuseppe Lombardi""",
         "Giuseppe Lombardi"),
        ("other", (),
         "scanner codice a barre",
         """Ciao, lo scanner dei codici a barre nell'app non legge niente, rimane la schermata nera. Ho dato il permesso alla fotocamera. iPhone SE. È un problema vostro o mio?
Chiara

Inviato da iPhone""",
         "Chiara Marino"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso aos meus dados",
         """Bom dia,

Gostaria de receber uma cópia dos dados pessoais que têm sobre mim: os pontos e o histórico de compras do cartão de cliente, e o histórico de localização que a aplicação guardou. Gostaria também de saber a quem enviam esses dados.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("deletion", (),
         "apagar conta",
         """Ola, por favor apaguem a minha conta da app e o cartão de cliente. Nao quero que fiquem com os meus dados.
Obrigado
Rui Fernandes""",
         "Rui Fernandes"),
        ("withdraw_consent", (),
         "Deixar de receber SMS e notificações",
         """Boa tarde,

Retiro o meu consentimento para receber SMS com promoções e notificações push da vossa aplicação.

Obrigada,
Carla Sousa""",
         "Carla Sousa"),
        ("complaint", ("deletion",),
         "Recebo talões de outra pessoa",
         """Boa tarde,

Há dois meses que recebo no meu email os talões eletrónicos de uma pessoa que não conheço, com os artigos que compra, a loja e até os pontos. Alguém registou um cartão de cliente com o meu endereço de email. Já enviei duas mensagens pelo chat da aplicação e ninguém resolveu nada.

Acho inaceitável que não verifiquem o email quando alguém cria um cartão e que continuem a enviar-me os dados de outra pessoa.

Peço que retirem o meu endereço de email desse cartão.

Paulo Martins""",
         "Paulo Martins"),
        ("objection", (),
         "ofertas personalizadas",
         """Olá! Não quero que usem as minhas compras para me mandarem "ofertas especiais para si" quando entro na loja. Oponho-me a esse tratamento dos meus dados. O cartão quero continuar a usar.
Cumprimentos,
Sofia Almeida""",
         "Sofia Almeida"),
        ("portability", (),
         "Histórico de compras em ficheiro",
         """Bom dia,

Podem enviar-me todo o histórico de compras do meu cartão de cliente num ficheiro Excel ou CSV? Quero importá-lo para uma aplicação de orçamento familiar.

Cartão nº 6200 3390 1127.

Obrigado,
João Pereira""",
         "João Pereira"),
        ("correction", ("access",),
         "data de aniversário errada",
         """Olá,
o vale de aniversário chegou em maio mas eu faço anos em novembro (5/11/1990). Podem corrigir a data?
E já agora gostava de ver que dados é que têm registados sobre mim, porque se a data estava errada pode haver mais coisas erradas.
Obrigada
Beatriz Lopes""",
         "Beatriz Lopes"),
        ("other", (),
         "cacifo não abre",
         """Boa tarde, o cacifo da loja de Antuérpia não abre com o código que recebi (encomenda 20250311-9917). Já tentei várias vezes. Podem abrir à distância ou tenho de falar com alguém na loja?
Obrigado
Nuno Ribeiro""",
         "Nuno Ribeiro"),
        ("other", (),
         "perdi o cartao",
         """Bom dia perdi o meu cartao de cliente, como faço para ter outro? e os pontos passam para o novo? obrigada
Fernanda""",
         "Fernanda Costa"),
        ("other", (),
         "Câmaras nas lojas?",
         """Olá,

Uma pergunta antes de ir à vossa loja de Bruxelas: as lojas têm câmaras de vigilância? E o wifi gratuito precisa de registo? É só por curiosidade, obrigado.

Miguel Santos""",
         "Miguel Santos"),
    ],
}

"""Thirteenth set, people in every role towards the shop. Written apart from the rules (see make_thirteenth.py)."""

PEOPLE_O = {
    "en": [
        ("access", ("deletion",), "my application",
         """Hi,

I applied for the warehouse team leader job back in March (through your careers page) and got a rejection in April, which is fine. But I'd like to know what you've actually kept on me since then. My CV obviously, but also any notes from the two interviews, test scores, whatever the recruiter wrote down.

Once I've seen it, I'd prefer you get rid of the lot. I'm not planning to reapply.

Thanks,
Daniel Okafor""",
         "Daniel Okafor"),
        ("correction", (), "Tax form 281.10 - wrong address",
         """Dear HR / privacy team,

I left the company at the end of last year (I worked in customer service in Mechelen until December). The 281.10 you sent me still shows my old address in Leuven, and my bank details for the final holiday pay are also the old ones.

New address: Kerkstraat 14 bus 2, 2800 Mechelen
New account: BE71 0961 2345 6769

Could you update this in whatever system you keep my file in, so the next documents don't go astray again? My former colleague said this was the right address for it.

Kind regards,
Sarah Whitfield""",
         "Sarah Whitfield"),
        ("deletion", (), "",
         """Hello

A parcel for the lady next door (no. 37) was delivered to me last week when she wasn't home. Fine, I took it in. But the driver had me sign and now I see your delivery note lists MY name, my house number and my mobile under "received by".

I'm not your customer and never have been. I don't want my name and phone number sitting in your system attached to someone else's order. Please take them out.

Tom""",
         "Tom Verbiest"),
        ("portability", (), "affiliate data export pls",
         """Hey team!

So as you probably know my contract as a brand ambassador ends on the 30th (it was lovely working with you guys, honestly). I'm moving my affiliate stuff over to a new agency and they've asked me for my historical data.

Could you send me everything on my account: clicks, sales per discount code (MIA10 and MIAGARDEN), commission payouts by month, basically whatever's in the partner dashboard, as a CSV or Excel file? If it's easier you can send it straight to my manager at data@brightlane-talent.example.com, she'll import it into their system.

Thanks a million xx
Mia""",
         "Mia Lambrechts"),
        ("restriction", (), "My personal mobile number in your supplier list",
         """Dear Sir/Madam,

I work as a sales rep for Greenline Tools, one of your suppliers. It has come to my attention that my private mobile number is listed as the contact number for Greenline in your supplier database, and your purchasing department has been calling me on it in the evenings.

I am currently in a dispute with my employer about whether they had any right to pass that number on. Until that has been settled, please do not use the number, do not call or text it, and do not give it to anyone else. Please do not delete it yet either: I may need your records to show when and how it was given to you.

Could you confirm that the number has been blocked from use?

Regards,
Graham Pike""",
         "Graham Pike"),
        ("objection", (), "catalogue + ads",
         """Hi there,

My sister bought me a garden bench from you for my birthday in May and had it delivered to my flat. Lovely bench. Less lovely: since then I've had two of your printed catalogues through my door addressed to me by name, and I keep getting "recommended for you" ads for garden furniture on every site I visit.

I never gave you my details, she did, for a delivery. I don't agree to you using them to send me advertising or to build some sort of profile of me for targeting. Please stop.

Rachel Dunn
Flat 3, 12 Rue Gachard, Ixelles""",
         "Rachel Dunn"),
        ("withdraw_consent", (), "Re: Spring is here! 20% off all planters",
         """please take me off this. bought one hose reel as a guest in 2022, apparently that means I get 3 mails a week now. not interested, thanks

sent from my phone""",
         "k.maes"),
        ("complaint", ("access",), "Second request - my personnel file",
         """Dear Data Protection Officer,

On 14 January I wrote to this address asking for a copy of my personnel file, including my appraisals and the written warning I received in 2021. I worked for you as a store assistant from 2018 until September last year.

It is now more than two months later and I have heard nothing at all, not even an acknowledgement. The legal deadline is one month.

I am asking again for a complete copy of my file. If I have not received it within 14 days I will file a complaint with the Data Protection Authority (Gegevensbeschermingsautoriteit) without further notice.

Yours faithfully,
Aleksandra Nowicka""",
         "Aleksandra Nowicka"),
        ("other", (), "Invoices Q3 - Hortus Design BV",
         """Good afternoon,

I'm the external accountant for Hortus Design BV (VAT BE 0712.345.678), which orders regularly from your webshop on its business account. For the quarterly VAT return we are missing the invoices for orders 88120, 88457 and 88931. Could you send PDF copies to this address, or tell me where the client can download them?

Many thanks,
Peter Claes
Claes & Partners Accountancy""",
         "Peter Claes"),
        ("automated", (), "Automatic reply: Your request reference PRV-2291",
         """Thank you for your email. I am out of the office until Monday 2 September with limited access to email. For urgent accounting matters please contact my colleague Ann at ann@claes-partners.example.be or call the office on 03 123 45 67.

Best regards,
Peter Claes""",
         "Peter Claes"),
    ],
    "nl": [
        ("access", (), "vraagje",
         """Goeiedag,

Ik heb vorig jaar één keer iets bij jullie besteld (een parasolvoet) zonder account, gewoon als gast. Nu zei de man van de klantendienst aan de telefoon dat ze mijn "vorige bestelling" zagen en mijn adres nog hadden.

Ik dacht dat dat bij een gastbestelling niet bewaard werd? Kan ik eens zien wat jullie allemaal van mij hebben staan, en hoe lang dat nog blijft?

Mvg
Hilde Peeters""",
         "Hilde Peeters"),
        ("correction", (), "Wijziging gegevens samenwerking",
         """Hallo,

Kleine update van mijn kant: ik ben verhuisd en heb ook een nieuwe bankrekening. Willen jullie dat aanpassen in mijn gegevens als affiliate partner, zodat de commissie van deze maand niet naar de oude rekening gaat?

Nieuw adres: Vlaanderenstraat 88, 9000 Gent
Nieuwe rekening: BE68 5390 0754 7034 (op naam van Lotte De Wilde)

En mijn achternaam staat in jullie mails nog altijd als "De Wilden", dat mag ook eens rechtgezet worden :)

Groetjes
Lotte (@lottesmoestuin)""",
         "Lotte De Wilde"),
        ("deletion", (), "Personeelsdossier",
         """Geachte,

Ik was van 2015 tot 2019 in dienst als magazijnier in jullie distributiecentrum in Willebroek. Het is nu ruim vijf jaar geleden dat ik vertrokken ben.

Ik zou graag hebben dat alles wat jullie nog over mij bijhouden (evaluaties, ziekteattesten, kopie identiteitskaart, foto voor de badge enz.) wordt vernietigd, voor zover jullie het niet wettelijk moeten bewaren. Wat jullie wel nog moeten bijhouden voor de sociale documenten begrijp ik uiteraard.

Graag een korte bevestiging als het gebeurd is.

Met vriendelijke groeten,
Johan Van Damme""",
         "Johan Van Damme"),
        ("portability", (), "Aankoopgeschiedenis cliënt - export",
         """Geachte heer, mevrouw,

Ik ben boekhouder van mevrouw Nathalie Goossens, zelfstandig tuinarchitecte (volmacht in bijlage). Zij koopt via haar persoonlijke klantenaccount (nathalie.goossens@telenet.example.be) regelmatig materiaal bij u aan.

Op haar vraag verzoek ik u om haar volledige bestelgeschiedenis van de voorbije drie jaar (datum, artikel, bedrag, btw) aan te leveren in een gestructureerd, machineleesbaar bestand (CSV of XML), zodat wij het rechtstreeks in ons boekhoudpakket kunnen inladen. U mag het bestand rechtstreeks naar mij bezorgen.

Met vriendelijke groet,
Bart Wouters
Boekhoudkantoor Wouters bv""",
         "Bart Wouters"),
        ("restriction", (), "Re: uw bestelling 55102 is onderweg",
         """Dag,

Ik krijg deze mail maar ik heb niks besteld. Iemand heeft blijkbaar mijn naam en adres gebruikt als leveradres voor een bestelling van 600 euro die op afbetaling staat. Ik heb vanmorgen klacht neergelegd bij de politie van Hasselt (pv in bijlage).

De politie vroeg om niks te laten wissen want ze willen de gegevens van die bestelling misschien opvragen. Dus alsjeblieft niet verwijderen, maar gebruik mijn naam en adres ook voor niks anders meer tot dit uitgeklaard is. Geen leveringen, geen aanmaningen, niks.

Kristof Jacobs""",
         "Kristof Jacobs"),
        ("objection", ("deletion",), "foto facebook",
         """Beste,

Ik was op 12 april op jullie workshop "moestuinbakken bouwen" in de winkel in Kortrijk. Nu zie ik dat er op jullie Facebookpagina en in een advertentie een foto staat waar ik duidelijk op sta, met de tekst "Ook jij kan het!".

Er is toen niks gevraagd, er hing nergens een bordje. Ik wil niet dat mijn gezicht gebruikt wordt om reclame te maken voor jullie winkel. Haal die foto dus weg, ook uit de advertentie.

Ann-Sofie""",
         "Ann-Sofie Claeys"),
        ("withdraw_consent", ("deletion",), "",
         """Goedemiddag

Sinds een paar weken krijg ik op mijn privémailadres jullie nieuwsbrief. Ik werk bij een van jullie leveranciers (Tuinhout Vlaanderen) en heb één keer vanaf dit adres gemaild met jullie aankoopdienst, waarschijnlijk is het zo in jullie lijst terechtgekomen.

Ik wil die nieuwsbrief niet, graag afmelden. En verwijder dit privéadres ook uit jullie leverancierslijst, voor het werk kunnen jullie mij bereiken op mijn adres van Tuinhout.

Dank
Wim""",
         "Wim Hermans"),
        ("complaint", (), "Factuur van iemand anders in mijn pakje!!",
         """Hallo,

Mijn vriendin heeft mij via jullie webshop een cadeau laten sturen (een vogelhuisje). Leuk, maar in de doos zat ook de factuur van een compleet andere klant: naam, adres in Aalst, telefoonnummer, e-mailadres en wat die persoon allemaal gekocht heeft.

Ik vind dat echt niet kunnen. Als er bij mij iemand anders zijn factuur zit, zit de factuur van mijn vriendin (met mijn adres erop) misschien bij een wildvreemde. Hoe gaan jullie met de gegevens van mensen om? Ik verwacht wel wat uitleg, en ik vind dat die andere klant ook verwittigd moet worden.

De factuur heb ik nog, wat moet ik ermee doen?

Els Verhoeven""",
         "Els Verhoeven"),
        ("other", (), "Nieuwe bankgegevens en ondernemingsnummer",
         """Beste,

Graag de volgende wijzigingen doorvoeren in jullie leveranciersbestand voor onze firma:

Firmanaam: Tuinhout Vlaanderen bv (voorheen Tuinhout Vlaanderen comm.v.)
Ondernemingsnummer: BE 0798.765.432
IBAN: BE43 0689 9999 9501
Facturatie-adres blijft ongewijzigd.

Alle openstaande facturen mogen vanaf nu op de nieuwe rekening betaald worden. Het bevestigingsattest van de bank zit in bijlage.

Met vriendelijke groeten,
Marleen De Smet
Administratie - Tuinhout Vlaanderen""",
         "Marleen De Smet"),
        ("automated", (), "Afwezig: Uw vraag over uw gegevens",
         """Bedankt voor uw bericht.

Ik ben met vakantie tot en met 18 augustus en lees mijn mails niet. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kan u terecht bij het algemeen nummer 09 234 56 78.

Met vriendelijke groeten,
Bart Wouters""",
         "Bart Wouters"),
    ],
    "fr": [
        ("access", (), "Demande de copie de mon dossier du personnel",
         """Madame, Monsieur,

Ayant travaillé au sein de votre service logistique à Nivelles du 1er mars 2017 au 31 août 2023, je vous prie de bien vouloir me faire parvenir une copie de l'ensemble des données me concernant que vous conservez dans mon dossier du personnel : contrat et avenants, évaluations annuelles, éventuels avertissements, notes de mes supérieurs, ainsi que les données de pointage.

Je souhaiterais également savoir pendant combien de temps ces informations seront conservées.

Je vous remercie d'avance et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Lefèvre
Rue des Combattants 21
1400 Nivelles""",
         "Isabelle Lefèvre"),
        ("correction", (), "candidature - erreur",
         """Bonjour,

J'ai envoyé hier ma candidature pour le poste de conseillère clientèle via votre site et je viens de me rendre compte que je me suis trompée en remplissant le formulaire : mon numéro de portable est le 0475 12 34 56 et pas 0457..., et mon adresse mail c'est camille.dubois@proximus.example.be (sans le point entre camille et dubois que j'ai mis par erreur).

Pourriez-vous corriger ça dans mon dossier pour que le recruteur puisse me joindre ?

Merci beaucoup !
Camille Dubois""",
         "Camille Dubois"),
        ("deletion", ("withdraw_consent",), "Fin de notre collaboration",
         """Hello l'équipe,

Comme convenu avec Sophie, notre partenariat s'arrête fin du mois. Merci pour ces deux années, c'était top.

Pour que tout soit propre de mon côté : je voudrais que vous supprimiez les infos que vous avez sur moi dans votre programme d'affiliation (mon compte partenaire, mes coordonnées, ma pièce d'identité que j'avais envoyée au début, les stats liées à mon code promo). Une fois la dernière commission payée évidemment :)

Et je ne veux plus recevoir la newsletter "partenaires" non plus, merci de me désinscrire.

Bisous et bonne continuation,
Julie
@julie.jardine""",
         "Julie Renard"),
        ("portability", (), "Carte fidélité",
         """Bonjour,

J'ai votre carte de fidélité depuis 2019 et je fais tous mes achats de jardin chez vous. J'utilise une application pour planifier mon potager et je voudrais y importer tout ce que j'ai acheté (graines, plants, engrais, avec les dates).

Est-ce que vous pouvez m'envoyer l'historique complet de mes achats liés à ma carte dans un fichier que je peux ouvrir avec Excel ou importer (csv) ? Un PDF ne m'aide pas, il faut que ce soit un tableau.

Numéro de carte : 6044 2211 0098

Merci d'avance,
Marc Dupont""",
         "Marc Dupont"),
        ("restriction", (), "Mes échanges avec votre service achats",
         """Madame, Monsieur,

Jusqu'au mois dernier, j'étais commercial chez Jardimat SPRL, l'un de vos fournisseurs. J'ai été licencié et je conteste ce licenciement devant le tribunal du travail.

Votre service achats conserve des échanges d'e-mails avec moi, ainsi que mes coordonnées personnelles (GSM privé, adresse). Ces données pourraient me servir de preuve dans la procédure : je vous demande donc expressément de ne pas les effacer. En revanche, je vous demande de ne plus les utiliser et de ne les transmettre à personne, y compris à Jardimat, tant que la procédure est en cours, sauf à mon avocat ou au tribunal.

Je vous remercie de me confirmer la prise en compte de cette demande.

Cordialement,
Olivier Marchal""",
         "Olivier Marchal"),
        ("objection", (), "pub",
         """bonjour,
ma voisine commande souvent chez vous et comme elle travaille, elle a mis chez moi comme adresse de dépôt. mon nom est donc sur vos bons de livraison.
depuis, je reçois du courrier publicitaire de votre part à mon nom, alors que je n'ai jamais rien acheté. je m'oppose à ce que vous vous serviez de mon nom et de mon adresse pour la publicité, c'est à elle que vous livrez, pas à moi.
cordialement
G. Lambert""",
         "Georges Lambert"),
        ("withdraw_consent", (), "Re: Bienvenue dans la famille !",
         """Bonjour,

Ma belle-mère m'a offert un bon cadeau de chez vous et il fallait créer un compte pour l'utiliser. J'ai dû cocher la case pour les newsletters sans faire attention.

Je ne souhaite plus recevoir vos mails promotionnels. Le compte peut rester, je l'utiliserai peut-être encore.

Bonne journée,
Nadia Benali""",
         "Nadia Benali"),
        ("complaint", ("deletion",), "Transmission de ma candidature à une agence sans mon accord",
         """Madame, Monsieur,

J'ai postulé le mois passé chez vous pour un poste de magasinier. Hier, j'ai été contacté par une agence d'intérim (Interjob) qui m'a dit avoir reçu mon CV « de la part de votre enseigne » et me proposait des missions chez d'autres employeurs.

Je n'ai jamais donné mon accord pour que mon CV, avec mon adresse et ma date de naissance, soit transmis à une agence. C'est inadmissible. Je vous demande de m'expliquer comment cela a pu arriver, et d'effacer ma candidature de vos systèmes ainsi que de demander à Interjob de faire de même.

Sans réponse satisfaisante, je saisirai l'Autorité de protection des données.

Karim Haddad""",
         "Karim Haddad"),
        ("other", (), "Suivi candidature",
         """Bonjour,

J'ai postulé il y a trois semaines pour le poste de vendeur en jardinerie au magasin de Wavre (réf. WAV-2024-07). Je n'ai pas encore eu de retour et je voulais savoir si le poste était toujours ouvert et où en était le processus.

Je reste très motivé et disponible pour un entretien quand vous le souhaitez.

Bien à vous,
Thomas Gérard""",
         "Thomas Gérard"),
        ("automated", (), "Réponse automatique : absente",
         """Bonjour,

Je suis absente du bureau jusqu'au 4 novembre inclus. Je n'aurai pas accès à mes e-mails pendant cette période.
Pour toute question urgente, vous pouvez contacter l'accueil au 02 345 67 89.

Cordialement,
Julie Renard""",
         "Julie Renard"),
    ],
    "de": [
        ("access", (), "Frage",
         """Guten Tag,

ich bin Außendienstmitarbeiter bei der Firma Beckmann Gartengeräte GmbH, die Sie beliefert. Letzte Woche rief mich jemand von Ihrer Einkaufsabteilung am Sonntag auf meinem privaten Handy an. Diese Nummer habe ich Ihnen nie gegeben.

Ich möchte daher wissen, welche Daten Sie über mich persönlich gespeichert haben, woher Sie diese haben und an wen Sie sie eventuell weitergegeben haben.

Mit freundlichen Grüßen
Stefan Krüger""",
         "Stefan Krüger"),
        ("correction", (), "Namensänderung",
         """Hallo,

ich habe bis letzten Sommer bei Ihnen im Kundenservice in Eupen gearbeitet. Inzwischen habe ich geheiratet und heiße jetzt Schneider statt Bauer. Ich bekomme noch Post von Ihrer Lohnbuchhaltung (Steuerbescheinigung, Urlaubsgeld) unter meinem alten Namen und an die alte Adresse.

Bitte ändern Sie in Ihren Unterlagen:
Name: Katrin Schneider (geb. Bauer)
Adresse: Aachener Str. 5, 4700 Eupen

Kopie der Heiratsurkunde kann ich gerne nachreichen.

Danke und viele Grüße
Katrin Schneider""",
         "Katrin Schneider"),
        ("deletion", (), "",
         """Hallo,

ich verstehe das nicht ganz. Mein Onkel hat mir zum Einzug einen Grill bei Ihnen bestellt und zu mir schicken lassen. Jetzt bekomme ich eine Mail "Ihr Kundenkonto wurde erstellt" mit meinem Namen und meiner Adresse.

Ich habe kein Konto angelegt und will auch keins. Bitte alles, was Sie von mir haben, löschen. Die Bestellung gehört meinem Onkel, nicht mir.

Gruß
Lena Hoffmann""",
         "Lena Hoffmann"),
        ("portability", (), "Bestelldaten als Datei",
         """Sehr geehrte Damen und Herren,

ich habe im letzten Jahr mehrmals als Gast (ohne Kundenkonto) bei Ihnen bestellt, immer mit dieser E-Mail-Adresse. Ich möchte meine Haushaltsausgaben in einer Software erfassen und bitte Sie deshalb, mir die Daten zu meinen Bestellungen (Datum, Artikel, Preis, Lieferadresse) in einem strukturierten, maschinenlesbaren Format zu übermitteln, am liebsten CSV oder JSON.

Die Bestellnummern, soweit ich sie noch habe: 70211, 71984, 75530.

Mit freundlichen Grüßen
Michael Wagner""",
         "Michael Wagner"),
        ("restriction", (), "Bewerbung Filialleitung Lüttich - bitte nicht löschen",
         """Sehr geehrte Damen und Herren,

meine Bewerbung auf die Stelle als Filialleitung wurde im Juni abgelehnt. Ich habe Grund zu der Annahme, dass dies wegen meines Alters geschah, und lasse das derzeit anwaltlich prüfen.

Ich bitte Sie ausdrücklich, meine Bewerbungsunterlagen und alle dazugehörigen Notizen NICHT zu löschen, auch wenn Ihre übliche Aufbewahrungsfrist abläuft, da ich sie für die Geltendmachung meiner Ansprüche benötige. Gleichzeitig sollen sie für nichts anderes mehr verwendet werden, insbesondere nicht für andere Stellenbesetzungen.

Bitte bestätigen Sie mir dies schriftlich.

Mit freundlichen Grüßen
Dr. Ulrich Brandt""",
         "Ulrich Brandt"),
        ("objection", ("access",), "Weitergabe meiner Daten an eine Werbeagentur??",
         """Hallo zusammen,

ich war bis Frühjahr eure Kooperationspartnerin für die Balkon-Kampagne. Jetzt hat mich eine Agentur angeschrieben, die "von euch" meine Reichweitenzahlen, meine Handynummer und meine Adresse hatte und mir "ähnliche Kooperationen" anbieten will.

Damit bin ich nicht einverstanden. Ich widerspreche, dass ihr meine Daten an Agenturen oder sonstige Werbepartner weitergebt. Und sagt mir bitte, an wen genau ihr meine Daten bisher gegeben habt.

LG
Jana Becker""",
         "Jana Becker"),
        ("withdraw_consent", ("deletion",), "Fotos vom Sommerfest",
         """Guten Tag,

beim Sommerfest in Ihrer Filiale in St. Vith im Juli habe ich am Eingang ein Formular unterschrieben, dass Fotos von mir und meinen Kindern für Ihre Social-Media-Kanäle verwendet werden dürfen.

Ich habe es mir anders überlegt und nehme diese Einwilligung zurück. Bitte nehmen Sie auch die Bilder, auf denen wir zu sehen sind, von Instagram und Facebook herunter (der Beitrag vom 21. Juli mit dem Kinderschminken).

Vielen Dank
Sabine Meyer""",
         "Sabine Meyer"),
        ("complaint", (), "Beschwerde über Ihren Lieferdienst",
         """Sehr geehrte Damen und Herren,

am Dienstag wollte Ihr Fahrer ein Paket für meine Nachbarin bei mir abgeben. Ich musste auf seinem Gerät mit Namen unterschreiben und ihm meine Telefonnummer nennen. Heute erzählt mir die Nachbarin, sie habe den Lieferschein in der App gesehen, mit meinem vollen Namen und meiner Handynummer, und hat mich gleich angerufen, um sich "zu bedanken".

Ich kenne die Frau kaum und wollte nicht, dass sie meine Nummer hat. Wieso werden die Daten der Person, die ein Paket annimmt, dem Empfänger angezeigt? Das halte ich für einen klaren Datenschutzverstoß und erwarte eine Erklärung, wie Sie das in Zukunft verhindern.

Mit freundlichen Grüßen
Werner Schmitt""",
         "Werner Schmitt"),
        ("other", (), "Rechnungskopien für Mandantin",
         """Sehr geehrte Damen und Herren,

für unsere Mandantin, die Müller Gartenbau GmbH (Kundennummer 400188), benötigen wir für den Jahresabschluss 2023 Kopien sämtlicher Rechnungen und Gutschriften aus dem Geschäftsjahr. Könnten Sie uns diese als PDF zukommen lassen oder der Mandantin einen Zugang zum Rechnungsportal einrichten?

Eine Vollmacht liegt bei.

Mit freundlichen Grüßen
Steuerberatung Klein & Vogt
i.A. Petra Vogt""",
         "Petra Vogt"),
        ("automated", (), "Abwesenheitsnotiz: AW: Ihre Anfrage vom 03.10.",
         """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14.10. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an zentrale@klein-vogt.example.de.

Mit freundlichen Grüßen
Petra Vogt""",
         "Petra Vogt"),
    ],
    "es": [
        ("access", ("objection",), "¿De dónde tienen mi nombre?",
         """Buenas tardes:

Hace unas semanas recogí un paquete de ustedes para el vecino del 2ºB, que no estaba en casa. El repartidor me pidió nombre y teléfono. Desde entonces me llegan cartas suyas con publicidad a mi nombre.

Quiero saber exactamente qué datos míos tienen, de dónde los han sacado y para qué los están usando. Y desde ya les digo que no quiero que usen mi nombre ni mi dirección para mandarme publicidad.

Un saludo,
Mercedes Ruiz Ortega""",
         "Mercedes Ruiz"),
        ("correction", (), "apellido mal",
         """Hola, compré hace poco una manguera y unas macetas sin registrarme y en la factura y en los correos que me mandan pone "Garcia Lopes". Es García López, con z. Necesito la factura con el nombre bien para presentarla en el seguro, así que por favor corríjanlo en sus datos y mándenme la factura otra vez.

Pedido 90312

Gracias
Álvaro García López""",
         "Álvaro García"),
        ("deletion", (), "Ya no trabajo en Viveros Levante",
         """Buenos días:

Hasta abril fui el responsable comercial de Viveros Levante, uno de sus proveedores. Ya no trabajo allí, pero su departamento de compras me sigue llamando a mi móvil personal (6XX XXX 214) y escribiendo a mi Gmail.

Por favor, borren mi número personal y mi correo de su lista de contactos de proveedores. Para cualquier asunto con Viveros Levante deben dirigirse a la empresa, no a mí.

Gracias,
Jorge Martín""",
         "Jorge Martín"),
        ("portability", (), "Registro de horas",
         """Hola:

Trabajé como dependienta en su tienda de Amberes hasta junio. Para un tema con el paro y con mi nueva empresa necesito el registro de mis fichajes (entradas, salidas, horas extra) de los dos últimos años.

¿Me lo pueden mandar en un archivo de Excel o CSV, no en papel escaneado? Necesito poder trabajar con los datos y pasarlos a otra aplicación.

Muchas gracias,
Lucía Fernández""",
         "Lucía Fernández"),
        ("restriction", (), "",
         """Hola equipo,

Como sabéis, no estamos de acuerdo con el cálculo de las comisiones del último trimestre de mi código de afiliada (LAURAVERDE) y mi gestor ya os ha escrito.

Mientras esto no se resuelva, os pido que no borréis ninguno de los datos de ventas y clics vinculados a mi cuenta, porque los vamos a necesitar. Pero tampoco quiero que se usen para nada más: ni en presentaciones a otras marcas, ni en vuestros informes de campaña, ni publicados en ningún sitio. Que se queden ahí guardados y punto.

Gracias,
Laura Verde""",
         "Laura Sánchez Verde"),
        ("objection", (), "Evaluación automática de mi candidatura",
         """Estimados señores:

He solicitado el puesto de jefe de almacén y en el correo de confirmación se indica que "las candidaturas son preseleccionadas mediante un sistema automático de puntuación basado en el CV y el test online".

Me opongo a que mi candidatura sea valorada y clasificada mediante ese perfilado automático. Solicito que sea revisada por una persona.

Atentamente,
Francisco Javier Moreno""",
         "Francisco Javier Moreno"),
        ("withdraw_consent", (), "Re: Boletín para antiguos empleados - otoño",
         """Hola,

Dejé la empresa hace tres años y sigo recibiendo este boletín con ofertas "para la familia del equipo". En su día acepté recibirlo, pero ya no me interesa. ¿Me podéis quitar de la lista?

Gracias y saludos a los de Gante,
Pilar""",
         "Pilar Navarro"),
        ("complaint", ("deletion",), "Foto de mi hijo en Instagram",
         """Buenas,

El sábado estuvimos en el taller infantil de plantar semillas en su tienda de Bruselas. Hoy una amiga me ha enseñado que han publicado en su Instagram una foto en la que sale mi hijo de 6 años con la cara perfectamente visible. Nadie nos pidió permiso en ningún momento.

Me parece una falta de respeto enorme, se trata de un menor. Quiero que quiten la foto inmediatamente y que me expliquen cómo es posible que publiquen fotos de niños sin autorización de los padres. Si no lo hacen, presentaré una reclamación ante la autoridad de protección de datos.

Raquel Jiménez""",
         "Raquel Jiménez"),
        ("other", (), "Propuesta de colaboración - Auditoría RGPD",
         """Estimado equipo:

Somos una consultora especializada en cumplimiento del RGPD para comercio electrónico. Hemos revisado su web y creemos que podríamos ayudarles a optimizar su política de cookies y sus procesos de atención de solicitudes.

¿Tendrían 20 minutos la semana que viene para una llamada sin compromiso? Les adjunto nuestro dossier de servicios.

Un cordial saludo,
Andrea Castillo
Business Developer - Datasegura Consulting""",
         "Andrea Castillo"),
        ("automated", (), "Respuesta automática: Fuera de la oficina",
         """Gracias por su mensaje. Estaré fuera de la oficina del 22 de diciembre al 7 de enero, sin acceso al correo electrónico. Responderé a su mensaje a mi regreso.

Para asuntos urgentes, puede contactar con info@datasegura.example.es.

Andrea Castillo""",
         "Andrea Castillo"),
    ],
    "it": [
        ("access", (), "info",
         """Ciao,

la nostra collaborazione come influencer è finita a gennaio. Mi piacerebbe sapere cosa avete ancora di mio: dati anagrafici, documenti, contratti, statistiche dei miei contenuti, foto/video che vi avevo mandato, eventuali valutazioni interne su di me come partner... insomma tutto.

Mi potete mandare una copia?

Grazie mille,
Giulia Romano""",
         "Giulia Romano"),
        ("correction", (), "Numero di telefono nella vostra anagrafica fornitori",
         """Buongiorno,

sono il referente commerciale di Ferramenta Bianchi srl per il vostro ufficio acquisti. Nella vostra anagrafica fornitori risulta come mio contatto il mio numero di cellulare privato. È un errore: il numero corretto da associare al mio nome è quello aziendale, +39 02 8765 4321.

Vi chiedo di sostituirlo, il privato non deve più comparire.

Cordiali saluti,
Luca Bianchi""",
         "Luca Bianchi"),
        ("deletion", (), "",
         """Salve,
il mio nome e il mio numero sono finiti sulla bolla di consegna di un ordine della mia vicina perché ho ritirato io il pacco. Non sono vostra cliente e non voglio comparire nei vostri archivi. Cancellate per favore i miei dati.
Grazie
Francesca Greco""",
         "Francesca Greco"),
        ("portability", (), "Trasferimento storico acquisti",
         """Buonasera,

ho la vostra carta fedeltà da diversi anni. Ho iniziato a usare un'app per la gestione dell'orto e del giardino (GreenPlanner) che può importare automaticamente gli acquisti dai negozi partner.

Potete trasmettere direttamente a loro lo storico dei miei acquisti con la carta, in un formato leggibile da computer? Se non è possibile, mandatelo a me in CSV e lo carico io.

Tessera n. 6044 7788 1203

Saluti,
Roberto Ferrari""",
         "Roberto Ferrari"),
        ("restriction", (), "valutazioni nel mio fascicolo",
         """Gentili signori,

ho lavorato presso il vostro magazzino di Anversa fino a marzo. Ho saputo da un'azienda dove ho fatto un colloquio che il vostro ufficio HR, contattato per referenze, ha parlato di "problemi disciplinari" basandosi sulla mia ultima valutazione.

Quella valutazione contiene informazioni sbagliate (le assenze contestate erano giustificate da certificati medici, che avete). Finché non avrete verificato e corretto, vi chiedo di non usare quella valutazione né i dati del mio fascicolo per dare referenze o per qualunque altro scopo.

Distinti saluti,
Marco Esposito""",
         "Marco Esposito"),
        ("objection", ("withdraw_consent",), "pubblicità su facebook",
         """Buongiorno,

ho comprato da voi una volta come ospite, senza account. Da allora su Facebook e Instagram vedo continuamente le vostre pubblicità con lo stesso identico tavolino che ho comprato e i prodotti "abbinati". Evidentemente avete passato la mia email o il mio numero a Facebook.

Non sono d'accordo: mi oppongo a che condividiate i miei dati con Facebook o altri per la pubblicità mirata. E già che ci siamo, non voglio più ricevere nemmeno la vostra newsletter.

Elena Conti""",
         "Elena Conti"),
        ("withdraw_consent", (), "Re: La tua candidatura nel nostro Talent Pool",
         """Buongiorno,

quando mi sono candidato a febbraio avevo dato il consenso a tenere il mio CV nel vostro "talent pool" per future posizioni. Nel frattempo ho trovato lavoro e revoco quel consenso.

Grazie comunque per l'attenzione,
Alessandro Ricci""",
         "Alessandro Ricci"),
        ("complaint", ("deletion",), "SOLLECITO - richiesta di cancellazione del 2 maggio",
         """Gentile responsabile,

il 2 maggio ho scritto a questo indirizzo chiedendo di cancellare i dati del mio acquisto effettuato come ospite (ordine 66781) e il mio indirizzo email. Non ho ricevuto nessuna risposta e continuo a ricevere le vostre email.

Sono passate più di sei settimane. Vi chiedo per l'ultima volta di procedere con la cancellazione e di confermarmelo per iscritto. In mancanza di riscontro entro 10 giorni mi rivolgerò al Garante / all'autorità belga per la protezione dei dati.

Chiara Marino""",
         "Chiara Marino"),
        ("other", (), "Richiesta DPA - Ferramenta Bianchi srl",
         """Buongiorno,

in qualità di vostro fornitore stiamo aggiornando la documentazione privacy aziendale. Potreste inviarci una copia dell'accordo sul trattamento dei dati (DPA) in vigore tra le nostre aziende, oppure indicarci chi è il referente da contattare?

Grazie e buona giornata,
Ufficio Amministrazione
Ferramenta Bianchi srl""",
         "Ferramenta Bianchi srl"),
        ("automated", (), "Risposta automatica: fuori ufficio",
         """Gentile mittente,

sono fuori ufficio fino al 2 settembre con accesso limitato alla posta. Per comunicazioni urgenti scrivere a amministrazione@ferramentabianchi.example.it.

Cordiali saluti
Luca Bianchi""",
         "Luca Bianchi"),
    ],
    "pt": [
        ("access", ("withdraw_consent",), "Quem vos deu os meus dados?",
         """Boa tarde,

No Natal a minha madrinha enviou-me uma prenda através da vossa loja online. Desde então recebo e-mails vossos quase todos os dias, com o meu nome, e até um com "sugestões com base nas suas compras", quando eu nunca comprei nada.

Gostava de saber que dados pessoais têm sobre mim, de onde vieram e o que fazem com eles. E entretanto deixem de me enviar esses e-mails, não os quero.

Cumprimentos,
Inês Carvalho""",
         "Inês Carvalho"),
        ("correction", (), "NIF errado",
         """Olá!

Reparei que nos recibos das comissões do programa de afiliados o meu NIF está errado (falta um dígito) e o nome aparece como "Rita Sousa Digital", que era o nome antigo da página. O meu nome correto é Rita Alexandra Sousa e o NIF é 234 567 890.

Podem atualizar isso nos vossos dados? Preciso dos recibos certos para as finanças.

Obrigada :)
Rita""",
         "Rita Sousa"),
        ("deletion", (), "fotografia",
         """Bom dia,

Estive no dia da inauguração da vossa loja em Liège e tiraram-me uma fotografia ao pé da banca das plantas. Está agora no vosso site, na página "Sobre nós".

Por favor tirem essa fotografia do site e das vossas redes, e apaguem-na dos vossos arquivos. Não quero a minha cara ali.

Obrigado,
Pedro Almeida""",
         "Pedro Almeida"),
        ("portability", (), "",
         """Bom dia,

Tenho conta de cliente convosco há vários anos e vou passar a fazer as compras de jardim numa cooperativa aqui da zona, que tem um programa de pontos parecido.

Pedia-vos que me enviassem os dados da minha conta (compras, moradas, preferências) num ficheiro estruturado que se possa abrir no computador, tipo CSV, ou que o enviem diretamente para a cooperativa (geral@coopverde.example.pt), que eles dizem que conseguem importar.

Cumprimentos,
Manuel Rodrigues""",
         "Manuel Rodrigues"),
        ("restriction", (), "Re: Encomenda 81120 - entrega",
         """Boa tarde,

Recebi esta mensagem no meu telemóvel, mas o meu número está associado a uma encomenda que não é minha. Deve ter havido um erro quando a minha vizinha a fez.

Até verificarem de onde veio esse número e se está certo ou não, peço-vos que não o usem para nada: nem SMS, nem chamadas, nem passá-lo à transportadora.

Ana Ferreira""",
         "Ana Ferreira"),
        ("objection", (), "Chamadas no meu telemóvel pessoal",
         """Exmos. Senhores,

Trabalho para a empresa Hortícola Atlântico, vossa fornecedora, e o meu número pessoal consta, por razões que desconheço, da vossa lista de contactos de fornecedores.

Na semana passada recebi duas chamadas de uma empresa de telemarketing em vosso nome a propor-me o cartão de cliente e promoções. Oponho-me a que o meu número seja usado para qualquer tipo de marketing ou promoção vossa.

Com os melhores cumprimentos,
Joaquim Pereira""",
         "Joaquim Pereira"),
        ("withdraw_consent", (), "newsletter",
         """Olá, fiz uma compra sem registo e deixei a caixa "aceito receber novidades" marcada. Afinal não quero receber. Cancelem a subscrição deste email por favor.
Obg""",
         "Sofia Martins"),
        ("complaint", ("access",), "Reclamação - divulgação do meu processo disciplinar",
         """Exmos. Senhores,

Fui vosso colaborador na loja de Antuérpia até fevereiro deste ano. Soube através de dois ex-colegas que o gerente da loja mostrou o meu processo disciplinar, incluindo informações sobre a minha saúde, numa reunião de equipa depois da minha saída.

Isto é uma violação grave da minha privacidade. Exijo uma explicação sobre o que aconteceu e que me informem por escrito a quem mais foi mostrado ou enviado o meu processo. Reservo-me o direito de apresentar queixa à autoridade de proteção de dados e de recorrer aos tribunais.

Nuno Costa""",
         "Nuno Costa"),
        ("other", (), "Fatura com NIF da empresa",
         """Bom dia,

Sou contabilista da empresa Jardins do Norte, Lda. O nosso cliente fez uma encomenda na vossa loja online (n.º 84562) mas a fatura saiu em nome particular, sem o NIF da empresa (PT 509 876 543).

É possível emitir nova fatura em nome da empresa? Sem isso não a podemos lançar na contabilidade.

Obrigada,
Carla Lopes
Contabilidade""",
         "Carla Lopes"),
        ("automated", (), "Resposta automática: Ausente",
         """Obrigada pelo seu contacto.

Encontro-me ausente em férias até dia 26 de agosto, sem acesso ao e-mail. A sua mensagem será lida após o meu regresso.

Para assuntos urgentes contacte contabilidade@jardinsdonorte.example.pt.

Carla Lopes""",
         "Carla Lopes"),
    ],
}

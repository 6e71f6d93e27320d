"""Forty-fifth set, business customers, their staff and suppliers' people writing to the privacy mailbox (en nl fr de es it pt). Written apart from the rules (see make_fortyfifth.py)."""

PEOPLE_PA = {
    "en": [
        ("access", (),
         "Personal data held on me as contact for Hartwell Design Ltd",
         """Hello,

I'm the office manager at Hartwell Design Ltd (trade account TA-20417). Since we opened the account last year I've been down as the main contact, and I've noticed that your reps ring me on my own mobile, which I don't remember ever giving you. I'm not cross about it, I'd just like to understand what you actually have on me.

Could you tell me what personal information you keep about me in connection with our account (name, phone numbers, e-mail, anything else), where my mobile number came from, and whether any of it has been passed on to anyone outside your company? If you could also say how long you keep contact person details once a business account is closed, that would be helpful.

Many thanks,
Rachel Thompson
Office Manager, Hartwell Design Ltd""",
         "Rachel Thompson"),
        ("deletion", ("withdraw_consent",),
         "Closing my business account - Morgan Photography",
         """Hi there,

I've wound up my freelance photography business at the end of September, so I no longer need the trade account I had with you (account no. 88-30912, under "Gareth Morgan - Morgan Photography").

As it was a sole trader account it has my home address in Leuven and my national register number on it, and I'd rather that wasn't sitting in your system now the business is gone. Please close the account and erase my details. And while you're at it, please stop sending me the trade newsletter - I still get it every Thursday.

Cheers,
Gareth Morgan""",
         "Gareth Morgan"),
        ("correction", (),
         "Name change - contact person on account 51177",
         """Dear Sir or Madam,

I got married in the summer and have changed my surname. I'm listed as the contact person on our company account (Brightside Dental, account 51177) as Claire Dobson, and your invoices and delivery notes still show that name.

Could you please update it to Claire Hartley? The direct line next to my name is also out of date: it should be 016 24 88 13, not the 016 24 88 10 that's on there now (that's our reception).

Thank you,
Claire Hartley
Practice Manager""",
         "Claire Hartley"),
        ("portability", (),
         "order history export",
         """Hi,

I run a one-man joinery business and have bought most of my fixings and hardware through my trade account with you since 2021 (account in my own name, Tom Fletcher, no. 40386).

I'm moving to a new bookkeeping package and I'd like to take my complete purchase history with me. Is it possible to get all my orders and the details you hold for the account as a CSV or Excel file, so I can import it rather than retype three years of invoices? A PDF of each invoice is not really what I'm after.

Thanks very much
Tom""",
         "Tom Fletcher"),
        ("restriction", (),
         "Disputed invoice INV-2026-08841 - please hold my details",
         """Dear privacy team,

I'm writing about invoice INV-2026-08841 on my trade account (I trade as a sole trader, so the account is in my own name). I've disputed that invoice with your accounts department on 14 October because half of the goods were never delivered, and it hasn't been settled yet.

In the meantime I've had a letter saying my file may be "passed on for further action". Until the dispute is resolved, I'd ask you not to use my personal details for anything other than keeping them: no passing them to a collection agency, no credit reporting. At the same time please do not delete the delivery records and the correspondence about this order, as I may need them if this ends up in front of a judge.

Could you confirm in writing that my data is on hold?

Regards,
Daniel O'Brien
O'Brien Renovations""",
         "Daniel O'Brien"),
        ("objection", (),
         "Personal credit check",
         """Hello,

When I applied for 60-day payment terms for my company, your credit department told me they had run a credit check on me personally as the director, not just on the company. Nobody asked me about that.

I object to you running credit checks on me as a private individual and to keeping the result. The company is the customer, not me. If you need a guarantee, check the company's accounts, they're public.

Kind regards,
Priya Shah
Director, Shah & Kapoor Interiors BV""",
         "Priya Shah"),
        ("complaint", ("deletion",),
         "Your invoices are coming to MY house",
         """To whom it may concern,

I left Fernwood Catering in May. Since then I have received three of your invoices addressed to Fernwood Catering at my home address, the latest one last week (October 2026). Apparently my private address was put on their business account at some point and nobody ever changed it.

This means a stranger's company invoices, with order details and the names of my former colleagues on them, are being posted to my house, and that my own address is still stored on a company account I have nothing to do with anymore. I find that quite careless.

I want my address and my name removed from the Fernwood Catering account. Please confirm when that's done.

Megan Doyle""",
         "Megan Doyle"),
        ("other", (),
         "Quote request - 40 stacking chairs",
         """Hi,

We're fitting out a new meeting room at our Antwerp office and would like a quote for 40 of the black stacking chairs (the Nova model on your website), delivered to Noorderlaan 112, 2030 Antwerpen, ideally in the week of 23 November.

Could you also let me know whether we get the trade discount on these with our business account (no. 62904), and how long delivery takes at the moment?

Best regards,
Mark Ellison
Facilities, Kestrel Logistics""",
         "Mark Ellison"),
        ("other", (),
         "Please update our VAT number",
         """Hello,

Following a restructuring, our company has a new VAT number as of 1 November 2026: BE 0798.412.655. Could you please update our account data so that invoices from now on show the new number? The old one should no longer be used.

Our company name and invoicing address stay the same.

Kind regards,
Susan Grant
Accounts, Grant & Rowe Architects""",
         "Susan Grant"),
        ("other", (),
         "Remove old delivery address",
         """Hi,

We moved offices last month. Could you remove the old delivery address (Brusselsesteenweg 45, Mechelen) from our business account and add the new one: Leuvensesteenweg 310, 2800 Mechelen, 2nd floor, ring at "Bennett Consulting"?

We've got an order coming up next week and I don't want it going to the empty building.

Thanks,
Oliver Bennett""",
         "Oliver Bennett"),
    ],
    "nl": [
        ("access", ("portability",),
         "Overzicht gegevens + export bestellingen eenmanszaak",
         """Goedemiddag,

Ik ben zelfstandig elektricien (eenmanszaak, klantnummer Z-10558) en koop al jaren bij jullie met mijn zakelijke account. Ik zou graag een overzicht krijgen van welke persoonsgegevens jullie van mij bijhouden via die account: adres, rijksregisternummer, telefoon, betaalgegevens enzovoort, en hoe lang jullie die bewaren.

Daarnaast wil ik graag mijn volledige bestelgeschiedenis als CSV- of Excelbestand, zodat ik die kan inladen in het nieuwe boekhoudprogramma dat mijn boekhouder gebruikt.

Alvast bedankt,
Kris Vermeulen""",
         "Kris Vermeulen"),
        ("deletion", (),
         "Medewerker uit dienst - gegevens verwijderen",
         """Beste,

Onze medewerker Sven Peeters is sinds 30 september uit dienst. Hij staat nog op onze zakelijke account (Bakkerij De Smet, klantnr. 30214) als gebruiker, met zijn gsm-nummer, zijn e-mailadres en een aankoopkaart op zijn naam.

Kunnen jullie zijn gegevens volledig verwijderen en de kaart laten blokkeren? Hij heeft ons zelf gevraagd om daarvoor te zorgen.

Met vriendelijke groeten,
Annelies De Smet
zaakvoerder""",
         "Annelies De Smet"),
        ("correction", (),
         "Naam verkeerd op facturen",
         """Hallo,

Op alle facturen van ons bedrijf sta ik als contactpersoon vermeld als "Lotte Wouters", maar mijn naam is Wauters, met een a. Ook op de klantenkaart die bij onze account hoort staat het fout. Het lijkt klein, maar onze boekhouding stuurt de facturen terug omdat de naam niet klopt met die in ons personeelsbestand.

Willen jullie dat aanpassen?

Dank je wel,
Lotte Wauters
Administratie - Groep Verhaegen""",
         "Lotte Wauters"),
        ("restriction", (),
         "Kredietcontrole klopt niet",
         """Geachte,

Bij de aanvraag van een handelskrediet voor mijn zaak kreeg ik te horen dat die geweigerd werd omdat er "een negatieve betalingsvermelding" op mijn naam staat. Dat klopt niet: de schuld waar het over gaat werd in 2024 volledig afbetaald en ik kan dat aantonen.

Ik betwist de juistheid van die gegevens. Zolang jullie dat nakijken, vraag ik dat jullie die informatie over mij niet gebruiken voor beslissingen of doorgeven, en ze alleen bewaren. Ik stuur het betalingsbewijs van de deurwaarder mee in bijlage.

Met vriendelijke groet,
Bart Goossens
Goossens Tuinaanleg""",
         "Bart Goossens"),
        ("objection", ("withdraw_consent",),
         "Stop met bellen aub",
         """Goeiedag,

Ik word de laatste weken bijna wekelijks op mijn gsm gebeld door iemand van jullie verkoopteam met "exclusieve aanbiedingen voor professionals". Ik ben inderdaad klant via ons bureau, maar ik wil niet dat mijn nummer voor zulke verkoopgesprekken gebruikt wordt. Ik maak daartegen bezwaar.

En mag ik meteen ook uitgeschreven worden voor de professionele nieuwsbrief? Die lees ik toch nooit.

Pieter Claes""",
         "Pieter Claes"),
        ("complaint", ("access",),
         "Mijn privé-aankopen zichtbaar voor mijn werkgever",
         """Beste,

Ik ben echt niet blij. Ik heb eind oktober in jullie winkel in Hasselt een aantal dingen voor mezelf gekocht, met mijn eigen klantenkaart en eigen geld. Vorige week sprak mijn baas me erover aan: blijkbaar staan die aankopen in het overzicht van onze bedrijfsaccount, omdat mijn klantenkaart daar op een of andere manier aan gekoppeld is.

Dat gaat niemand op het werk iets aan. Ik heb daar nooit toestemming voor gegeven. Ik wil weten hoe dat kon gebeuren en welke van mijn privé-aankopen er allemaal voor mijn werkgever te zien waren, en sinds wanneer.

Hanne Maes""",
         "Hanne Maes"),
        ("withdraw_consent", (),
         "uitschrijven",
         """Hoi,

ik werk al een half jaar niet meer bij Dekra Bouw maar krijg nog steeds jullie B2B-nieuwsbrief op mijn privé-adres (dat had ik ooit opgegeven). Schrijf me aub uit.

Groetjes
Jolien Peeters""",
         "Jolien Peeters"),
        ("other", (),
         "Offerte 40 stoelen + 8 tafels",
         """Goedemorgen,

Voor de vernieuwing van onze refter zoeken we 40 stapelbare stoelen en 8 tafels van 160 x 80. Kunnen jullie ons een offerte bezorgen, met levering en montage in Gent (Kortrijksesteenweg 1001)?

Graag ook de levertermijn en of er nog een korting mogelijk is op ons handelsaccount.

Met vriendelijke groeten,
Dirk Van den Broeck
Facility manager, Van den Broeck & Zonen""",
         "Dirk Van den Broeck"),
        ("other", (),
         "Zakelijke account openen",
         """Dag,

Wij zijn een kleine vzw die kinderopvang organiseert in Mechelen en we zouden graag een zakelijke account openen om op factuur te kunnen kopen. Welke gegevens hebben jullie daarvoor nodig (ondernemingsnummer, statuten, ...)? Moet dat via de website of kan het ook in de winkel?

Bedankt!
Sofie Janssens""",
         "Sofie Janssens"),
        ("other", (),
         "Factuur 2026/7781 - betaling",
         """Beste,

We hebben factuur 2026/7781 ontvangen, maar de gestructureerde mededeling lijkt niet te kloppen: onze bank weigert ze. Kunnen jullie de juiste mededeling bezorgen, of mogen we betalen met het factuurnummer als vrije mededeling?

Ook: het rekeningnummer onderaan is anders dan op de vorige facturen. Is dat juist? We willen zeker zijn voor we betalen.

Groeten,
Wim Lemmens
boekhouding, Lemmens Dakwerken""",
         "Wim Lemmens"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - données me concernant (personne de contact)",
         """Madame, Monsieur,

En ma qualité de personne de contact de la société Dubois Traiteur SRL (compte professionnel n° 7742), je souhaiterais savoir quelles données personnelles me concernant vous conservez.

Plus précisément : mes coordonnées (adresse e-mail, téléphone), l'historique des achats réalisés avec la carte d'achat à mon nom, ainsi que les éventuelles notes commerciales. Je voudrais également savoir si ces informations ont été communiquées à des tiers et pendant combien de temps vous comptez les conserver.

Je vous remercie d'avance et vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Dubois""",
         "Nathalie Dubois"),
        ("deletion", ("access",),
         "Cessation d'activité - suppression de mon compte pro",
         """Bonjour,

J'ai cessé mon activité de coiffeuse indépendante au 30 septembre (radiation BCE faite). J'avais un compte professionnel chez vous à mon nom, avec mon adresse privée à Namur et mon numéro national, puisque j'étais en personne physique.

Je voudrais que ce compte soit supprimé avec toutes mes données. Mais avant, pouvez-vous me dire exactement ce que vous aviez enregistré sur moi ? Je préfère savoir ce qui va disparaître.

Merci beaucoup,
Sophie Lambert""",
         "Sophie Lambert"),
        ("correction", (),
         "Erreur sur mes coordonnées",
         """Bonjour,

Sur les factures et les bons de livraison adressés à notre cabinet, mon nom est orthographié « Leclerc » alors qu'il s'écrit Leclercq, et je suis appelée « Monsieur ». Pourriez-vous corriger mon nom et la civilité (Madame) dans votre fiche ?

Bien à vous,
Murielle Leclercq
Assistante de direction, Cabinet Hautot & Associés""",
         "Murielle Leclercq"),
        ("portability", (),
         "Export de mon historique de commandes",
         """Bonjour,

Je suis menuisier indépendant (en personne physique) et client chez vous avec un compte pro depuis 2019. Je vais désormais commander chez un autre fournisseur et je souhaite récupérer l'historique complet de mes commandes et les données de mon compte dans un fichier exploitable (CSV, Excel ou XML, peu importe), pour pouvoir le reprendre dans mon logiciel de gestion.

Si c'est possible de l'envoyer directement à mon nouveau fournisseur, je peux vous donner son adresse, sinon un envoi à moi suffit.

Cordialement,
Olivier Renard""",
         "Olivier Renard"),
        ("objection", (),
         "Transmission de mes coordonnées à vos partenaires",
         """Bonjour,

Lors du salon Batibouw, votre stand a scanné mon badge. Depuis, je reçois des appels et des mails de deux sociétés que je ne connais pas, qui me disent tenir mes coordonnées « de votre partenaire Shop Example ».

Je m'oppose à ce que vous transmettiez mes données à vos partenaires commerciaux, et je vous demande d'arrêter immédiatement.

Julien Marchal
Responsable achats, Marchal Construct""",
         "Julien Marchal"),
        ("complaint", ("access",),
         "Mon CV après votre appel d'offres",
         """Madame, Monsieur,

En juin 2026, j'ai répondu comme consultant indépendant à votre appel d'offres pour la refonte de votre système de caisse, en joignant mon CV détaillé. Ma candidature n'a pas été retenue, ce qui est votre droit.

En revanche, j'ai appris la semaine dernière qu'un cabinet de recrutement m'a contacté en citant précisément des éléments de ce CV, en me disant le tenir « de chez Shop Example ». Je n'ai jamais accepté que mon CV soit transmis à qui que ce soit, et je trouve ce procédé inadmissible.

Je vous demande de m'expliquer ce qui s'est passé et de me dire à qui exactement mon CV a été communiqué. Sans réponse satisfaisante, je saisirai l'Autorité de protection des données.

Thierry Gilson""",
         "Thierry Gilson"),
        ("withdraw_consent", (),
         "désinscription newsletter pro + SMS",
         """Bonjour,

Merci de me retirer de votre newsletter professionnelle et de ne plus m'envoyer de SMS promotionnels. Je ne souhaite plus les recevoir.

Bonne journée,
Camille Delvaux""",
         "Camille Delvaux"),
        ("other", (),
         "Demande de devis - 40 chaises",
         """Bonjour,

Nous souhaiterions recevoir un devis pour 40 chaises de bureau ergonomiques (modèle Ergo Plus, coloris gris) pour notre nouveau plateau à Liège. Livraison souhaitée avant le 15 décembre.

Pourriez-vous également indiquer si une remise est possible à partir de 40 pièces ?

Cordialement,
Luc Fontaine
Services généraux, Fontaine Assurances""",
         "Luc Fontaine"),
        ("other", (),
         "Ajout numéro de TVA sur nos factures",
         """Bonjour,

Nos factures ne mentionnent pas notre numéro de TVA, ce qui pose problème pour la déduction. Pourriez-vous mettre à jour les données de notre compte client (n° 58120) en ajoutant le numéro BE 0654.321.987 et, si possible, nous renvoyer les factures d'octobre corrigées ?

Merci d'avance,
Anne-Catherine Hubert
Comptabilité, Hubert & Fils SRL""",
         "Anne-Catherine Hubert"),
        ("other", (),
         "Nouvelle adresse de livraison",
         """Bonjour,

À partir du 2 novembre, merci de livrer nos commandes à notre nouvel entrepôt : rue de l'Industrie 24, 1400 Nivelles. Vous pouvez supprimer l'ancienne adresse de Wavre de notre compte, elle ne sera plus utilisée.

Bien cordialement,
Benoît Collard""",
         "Benoît Collard"),
    ],
    "de": [
        ("access", (),
         "Auskunft nach Art. 15 DSGVO - Lieferantendatenbank",
         """Sehr geehrte Damen und Herren,

ich bin als Außendienstmitarbeiter für die Firma Krings Befestigungstechnik GmbH tätig, die Sie seit einigen Jahren beliefert. Bei meinem letzten Besuch in Ihrer Einkaufsabteilung fiel mir auf, dass in Ihrer Lieferantendatenbank nicht nur meine geschäftlichen Kontaktdaten, sondern offenbar auch Notizen zu meiner Person hinterlegt sind.

Ich bitte Sie daher um Auskunft, welche personenbezogenen Daten Sie über mich gespeichert haben, zu welchem Zweck, woher diese stammen, an wen sie gegebenenfalls weitergegeben wurden und wie lange sie gespeichert bleiben.

Mit freundlichen Grüßen
Stefan Krings""",
         "Stefan Krings"),
        ("deletion", ("withdraw_consent",),
         "Ausgeschieden - bitte meinen Namen vom Firmenkonto entfernen",
         """Guten Tag,

ich habe die Firma Heinen Haustechnik in Eupen zum 31. August verlassen. Trotzdem stehe ich bei Ihnen anscheinend immer noch als Ansprechpartnerin auf dem Geschäftskundenkonto, jedenfalls bekomme ich noch Bestellbestätigungen und Ihren Fachhändler-Newsletter an meine Mailadresse.

Bitte löschen Sie meinen Namen und meine Kontaktdaten von diesem Konto und melden Sie mich vom Newsletter ab. Mein früherer Chef weiß Bescheid.

Viele Grüße
Andrea Heinen""",
         "Andrea Heinen"),
        ("correction", (),
         "Falscher Name und altes Foto im Terminportal",
         """Hallo,

ich bin Monteur bei einer Ihrer Partnerfirmen und baue für Ihre Kunden Küchen auf. In der Terminbestätigung, die Ihre Kunden bekommen, steht mein Name als "Markus Mayer", richtig ist Meier mit ei. Außerdem ist da noch ein Foto von mir von 2019 drin, auf dem ich kaum wiederzuerkennen bin.

Können Sie den Namen korrigieren und das Foto durch das angehängte aktuelle ersetzen? Die Kunden wundern sich sonst, wer da vor der Tür steht.

Danke und Gruß
Markus Meier""",
         "Markus Meier"),
        ("portability", (),
         "Bestellhistorie als Datei",
         """Guten Tag,

ich bin Einzelunternehmer (Malerbetrieb Schröder, Kundenkonto 20-5531, auf meinen Namen) und wechsle zum Jahresende meinen Großhändler. Ich möchte meine gesamte Bestellhistorie und die Daten meines Kundenkontos in einem gängigen maschinenlesbaren Format (CSV oder JSON) erhalten.

Am liebsten wäre mir, Sie schicken die Datei direkt an meinen Steuerberater, Herrn Lennartz (lennartz@stb-lennartz.example), der sie in seine Software übernehmen will. Falls das nicht geht, bitte an mich.

Mit freundlichen Grüßen
Thomas Schröder""",
         "Thomas Schröder"),
        ("restriction", (),
         "Bitte Lieferdaten vom 12.10. nicht löschen",
         """Sehr geehrte Damen und Herren,

ich fahre als Subunternehmer Lieferungen für Ihr Lager in Lüttich. Am 12. Oktober hat sich ein Kunde über mich beschwert, und mein Auftraggeber will mir deswegen kündigen. Ich bin sicher, dass ich pünktlich war und korrekt abgeliefert habe, und das zeigen auch die Scan- und GPS-Daten in Ihrem System.

Ich habe gehört, dass diese Daten nach 30 Tagen gelöscht werden. Ich bitte Sie, die Daten zu meiner Tour vom 12.10. nicht zu löschen, sondern aufzubewahren, bis der Streit vor dem Arbeitsgericht erledigt ist, und sie bis dahin auch sonst nicht weiter zu verwenden. Ich brauche sie als Beweis.

Mit freundlichen Grüßen
Jens Lentz""",
         "Jens Lentz"),
        ("objection", ("withdraw_consent",),
         "Widerspruch Auswertung meiner Einkäufe",
         """Guten Tag,

ich kaufe für unser Büro mit einer Einkaufskarte, die auf meinen Namen läuft. Seit einiger Zeit bekomme ich personalisierte Angebote, die sich ganz offensichtlich an meinen Einkäufen orientieren, auch an Dingen, die ich für mich privat dazugekauft habe.

Ich widerspreche der Auswertung meiner Einkäufe für Werbung und Profilbildung. Außerdem möchte ich keine Werbe-E-Mails mehr bekommen, bitte tragen Sie mich aus Ihrem Verteiler aus.

Sabine Kohnen""",
         "Sabine Kohnen"),
        ("complaint", (),
         "Beschwerde: meine Bonitätsauskunft an falsche Firma geschickt",
         """Sehr geehrte Damen und Herren,

am 3. November hat mich ein Bekannter angerufen, der ebenfalls Geschäftskunde bei Ihnen ist: Er hatte von Ihrer Kreditabteilung eine E-Mail mit dem Ergebnis MEINER Bonitätsprüfung bekommen, inklusive meiner Privatanschrift, meines Geburtsdatums und meiner Einkommensangaben. Offenbar wurde die Mail einfach an den falschen Kunden geschickt.

Dass solche Angaben über mich als Inhaberin meines Betriebs bei einem Dritten landen, ist für mich ein schwerer Datenschutzverstoß. Ich erwarte eine Erklärung, wie das passieren konnte, und ob Sie den Vorfall der Datenschutzbehörde gemeldet haben. Andernfalls werde ich mich selbst dort beschweren.

Mit freundlichen Grüßen
Birgit Hoffmann
Hoffmann Floristik""",
         "Birgit Hoffmann"),
        ("other", (),
         "Anfrage Geschäftskundenkonto",
         """Guten Tag,

wir sind ein kleines Architekturbüro in St. Vith und würden gerne ein Geschäftskundenkonto bei Ihnen eröffnen, um auf Rechnung einkaufen zu können. Welche Unterlagen brauchen Sie dafür und wie lange dauert die Freischaltung?

Mit freundlichen Grüßen
Ralf Mertens""",
         "Ralf Mertens"),
        ("other", (),
         "Rechnung 2026-10-4471 - falscher Betrag?",
         """Hallo,

auf Rechnung 2026-10-4471 sind 12 Bürostühle berechnet, geliefert wurden aber nur 10 (siehe Lieferschein). Können Sie bitte eine Gutschrift über die zwei fehlenden Stühle ausstellen oder die Rechnung korrigieren? Wir bezahlen dann den richtigen Betrag.

Außerdem bitte ich darum, unsere Firmendaten zu aktualisieren: Wir heißen seit Oktober "Jost & Partner GmbH" statt "Jost Planung GmbH".

Danke und Gruß
Claudia Jost
Buchhaltung""",
         "Claudia Jost"),
        ("other", (),
         "Neue Lieferadresse",
         """Guten Morgen,

bitte liefern Sie ab sofort an unser neues Büro: Aachener Straße 18, 4700 Eupen. Die alte Adresse in der Gospertstraße können Sie aus unserem Konto entfernen. Die Bestellung 558120 von gestern bitte schon an die neue Adresse.

Gruß
Frank Weber""",
         "Frank Weber"),
    ],
    "es": [
        ("access", ("correction",),
         "Mis datos como autónomo",
         """Hola, buenas tardes:

Soy fontanero autónomo y tengo una cuenta profesional con ustedes a mi nombre desde hace unos tres años (cliente n.º 77-4102). Me gustaría saber qué datos personales míos tienen guardados en esa cuenta: dirección, DNI/número nacional, teléfonos, datos bancarios... y para qué los usan.

Además, me he mudado en septiembre y en las facturas sigue saliendo mi dirección antigua de Ixelles. La nueva es: Rue Gray 150, 1050 Bruselas. ¿Pueden cambiarla, por favor?

Un saludo,
Javier Moreno""",
         "Javier Moreno"),
        ("deletion", (),
         "Feria de Gante - borren mis datos",
         """Buenos días:

En la feria profesional de Gante de octubre alguien de su stand escaneó mi acreditación. Solo pasaba por allí, no tengo ningún interés en ser cliente suyo. Les pido que borren todos los datos que obtuvieron de mi acreditación (nombre, empresa, correo y teléfono).

Gracias.
Lucía Fernández""",
         "Lucía Fernández"),
        ("portability", (),
         "Traspaso de mi historial de pedidos a otro proveedor",
         """Estimados señores:

Trabajo como decorador por cuenta propia y he sido cliente con cuenta profesional desde 2022. A partir de enero voy a trabajar con otro proveedor y quisiera llevarme mi historial de compras y los datos de mi cuenta en un formato que se pueda importar, tipo CSV o JSON.

Si es posible, les agradecería que se lo enviaran directamente a mi nuevo proveedor; les facilito sus datos en cuanto me confirmen. Si no, envíenmelo a mí a esta dirección.

Atentamente,
Alberto Ruiz""",
         "Alberto Ruiz"),
        ("restriction", (),
         "Factura en disputa - no usen mis datos de momento",
         """Buenas:

Tengo abierta una reclamación con su departamento de contabilidad por la factura F-2026-10992, que no reconozco (el pedido lo hizo una antigua empleada mía sin autorización). Mientras no se resuelva, les pido que no utilicen mis datos personales más allá de conservarlos: que no los pasen a ninguna agencia de cobro ni a ficheros de morosos.

Eso sí, no borren nada de lo relacionado con ese pedido, porque puedo necesitarlo si acabamos en el juzgado.

Quedo a la espera de su confirmación.
Carmen Ortega
Ortega Estética""",
         "Carmen Ortega"),
        ("objection", ("withdraw_consent",),
         "No quiero que compartan mis datos",
         """Hola:

Hace poco me llamó una empresa de transporte que ustedes usan, ofreciéndome sus servicios para mi negocio, y me dijeron que mis datos se los habían pasado ustedes. Me opongo a que compartan mis datos de contacto con sus socios para temas comerciales.

Ya puestos, dejad también de mandarme el boletín para profesionales, que no me interesa.

Diego Navarro""",
         "Diego Navarro"),
        ("withdraw_consent", (),
         "",
         """Hola, por favor quitadme de la lista de correo de ofertas para empresas. Ya no trabajo en el sector.

Gracias,
Marta""",
         "Marta Gil"),
        ("complaint", (),
         "Segunda solicitud - sin respuesta",
         """Estimados señores:

El 22 de septiembre de 2026 les envié una solicitud de acceso a los datos personales que guardan sobre mí como persona de contacto de la empresa Sánchez Climatización. Ha pasado más de un mes y no he recibido ninguna respuesta, ni siquiera un acuse de recibo.

Les recuerdo que el plazo legal es de un mes. Si no recibo respuesta en los próximos diez días, presentaré una reclamación ante la Autoridad de Protección de Datos belga.

Atentamente,
Elena Sánchez""",
         "Elena Sánchez"),
        ("other", (),
         "Presupuesto sillas para oficina",
         """Hola:

Necesitamos un presupuesto para 40 sillas de oficina y 10 mesas para nuestra nueva sede en Bruselas. ¿Hacen descuento por volumen para cuentas de empresa? La entrega sería a mediados de noviembre.

Saludos,
Pablo Herrera
Herrera Consultores""",
         "Pablo Herrera"),
        ("other", (),
         "Actualizar NIF/IVA en facturas",
         """Buenos días:

Les escribo desde administración de Domínguez Import SRL. Hemos cambiado de número de IVA y necesitamos que actualicen los datos de la empresa en nuestra cuenta para que las próximas facturas salgan con el número nuevo: BE 0712.558.340.

Muchas gracias,
Rocío Domínguez""",
         "Rocío Domínguez"),
        ("other", (),
         "Pedido 884120 - entrega incompleta",
         """Hola:

El pedido 884120 de nuestra empresa llegó ayer pero faltan dos cajas de las cinco. El albarán dice cinco bultos. ¿Pueden revisar qué ha pasado y enviarnos lo que falta? Si no, eliminen esas dos líneas de la factura, por favor.

Un saludo,
Sergio Castro
Almacén, Castro Reformas""",
         "Sergio Castro"),
    ],
    "it": [
        ("access", (),
         "Acquisti con la carta aziendale - quali dati conservate?",
         """Buongiorno,

lavoro presso lo studio Russo & Partner e da circa due anni uso una carta acquisti a mio nome collegata al conto aziendale dello studio. Vorrei sapere quali miei acquisti con quella carta conservate e collegate alla mia persona, per quanto tempo li tenete e chi vi ha accesso, oltre allo studio.

In generale, vorrei ricevere una copia dei dati personali che avete su di me.

Grazie e cordiali saluti,
Giulia Russo""",
         "Giulia Russo"),
        ("deletion", (),
         "Ex dipendente - cancellazione dati",
         """Gentili signori,

il sig. Matteo Galli ha lasciato la nostra azienda a fine ottobre. Sul nostro account business risulta ancora come utente autorizzato, con il suo cellulare e l'indirizzo e-mail. Vi chiedo di cancellare i suoi dati dal nostro account e di disattivare la carta acquisti intestata a lui (n. 6021 0044 1187).

Cordiali saluti,
Marco Bianchi
Amministratore, Bianchi Arredamenti SRL""",
         "Marco Bianchi"),
        ("correction", (),
         "Data di nascita sbagliata",
         """Salve,

sono titolare di una ditta individuale e ho un conto professionale da voi. Controllando il contratto per la dilazione di pagamento ho notato che la mia data di nascita è sbagliata (c'è scritto 14/03/1981, quella giusta è 14/08/1981) e anche il numero di registro nazionale ha una cifra invertita.

Potete correggerli? Vi allego una copia della carta d'identità con i dati giusti.

Grazie,
Francesca Esposito""",
         "Francesca Esposito"),
        ("restriction", ("access",),
         "Verifica di solvibilità - contesto i dati",
         """Spett.le Shop Example,

mi è stato negato il pagamento a 30 giorni per la mia impresa sulla base di una verifica di solvibilità su di me come persona, dalla quale risulterebbe un pignoramento a mio carico. Non ho mai subito pignoramenti: credo ci sia uno scambio di persona con un omonimo.

Contesto l'esattezza di questi dati. Fino a quando non avrete verificato, vi chiedo di limitarne il trattamento, cioè di non usarli per nessuna decisione e di non comunicarli ad altri. Vi chiedo inoltre di dirmi da quale fonte avete ottenuto queste informazioni.

Distinti saluti,
Davide Romano""",
         "Davide Romano"),
        ("objection", (),
         "Chiamate commerciali sul mio cellulare",
         """Buongiorno,

il mio numero di cellulare è registrato presso di voi come contatto del nostro ufficio acquisti, ma da settembre mi chiamano i vostri commerciali per propormi offerte "riservate ai professionisti", anche alle 19 di sera.

Mi oppongo all'uso del mio numero e dei miei dati per il marketing telefonico. Per gli ordini va benissimo, per il resto no.

Chiara Colombo""",
         "Chiara Colombo"),
        ("withdraw_consent", ("objection",),
         "Disiscrizione newsletter B2B",
         """Buonasera,

vorrei essere cancellata dalla vostra newsletter per clienti business, a cui mi ero iscritta alla fiera dell'anno scorso. Inoltre non voglio che il mio indirizzo venga usato per analisi sulle aperture e sui clic delle vostre mail: mi oppongo a questo tracciamento.

Grazie,
Alessandra Ricci""",
         "Alessandra Ricci"),
        ("complaint", (),
         "Reclamo: fatture inviate all'indirizzo privato di un ex dipendente",
         """Spettabile ufficio privacy,

sono il responsabile amministrativo di Conti Impianti SRL. Abbiamo scoperto che da mesi le vostre fatture intestate alla nostra azienda vengono spedite all'indirizzo di casa di un nostro ex dipendente, che ci ha avvisato lui stesso. Nelle fatture compaiono i nomi e i numeri di telefono di alcuni nostri colleghi.

Avevamo comunicato il cambio di indirizzo di fatturazione già a maggio, per iscritto. Trovo grave che dati dei nostri dipendenti finiscano a una persona che non lavora più qui, e che il suo indirizzo privato sia rimasto nei vostri sistemi. Vi chiedo di spiegarmi come sia potuto succedere e cosa farete per evitarlo.

Cordiali saluti,
Roberto Conti""",
         "Roberto Conti"),
        ("other", (),
         "Preventivo 40 sedie",
         """Buongiorno,

avremmo bisogno di un preventivo per 40 sedie impilabili per la sala formazione della nostra sede di Bruxelles, con consegna entro fine novembre. Abbiamo già un account aziendale da voi (n. 31877).

Grazie,
Paolo Greco""",
         "Paolo Greco"),
        ("other", (),
         "Aggiornare partita IVA",
         """Buongiorno,

vi scrivo dall'amministrazione di Marino Food SRL. Vi chiedo di aggiornare i dati del nostro account inserendo la nuova partita IVA belga BE 0745.210.336, che deve comparire su tutte le fatture da novembre 2026. Potete eliminare quella vecchia.

Cordiali saluti,
Valentina Marino""",
         "Valentina Marino"),
        ("other", (),
         "Fattura da pagare - coordinate bancarie",
         """Salve,

abbiamo ricevuto la fattura n. 2026/11230 ma nel PDF non si leggono bene le coordinate bancarie. Potete mandarmi l'IBAN corretto? Vorremmo pagare entro venerdì.

Luca Ferrari
Ferrari Logistica""",
         "Luca Ferrari"),
    ],
    "pt": [
        ("access", (),
         "Que dados têm sobre mim? (motorista)",
         """Bom dia,

sou motorista numa empresa de transportes que faz entregas para vocês na zona de Bruxelas. Os clientes recebem uma mensagem com o meu nome e a minha fotografia quando estou a caminho, e o vosso sistema regista a minha localização durante as entregas.

Gostaria de saber que dados pessoais meus é que vocês guardam (nome, foto, localizações, avaliações dos clientes, etc.), durante quanto tempo, e se os partilham com alguém além da minha entidade patronal.

Obrigado,
João Ferreira""",
         "João Ferreira"),
        ("deletion", (),
         "Apagar o meu CV",
         """Boa tarde,

em julho participei, como consultora independente, no vosso concurso para o projeto de formação das equipas de loja e enviei o meu CV completo. O concurso já foi adjudicado a outra empresa.

Peço que apaguem o meu CV e os restantes dados pessoais que enviei nessa proposta, uma vez que já não têm utilidade.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("correction", (),
         "Faturas em meu nome pessoal",
         """Olá,

trabalho na Carvalho & Filhos Lda e faço as encomendas da empresa. Reparei que as últimas faturas saíram em meu nome pessoal, com a minha morada de casa, em vez do nome e da morada da empresa. Deve ter havido confusão quando criaram a conta.

Podem corrigir isso e pôr as faturas em nome da empresa (Rue du Progrès 80, 1030 Schaerbeek)? O meu nome pode ficar só como contacto.

Cumprimentos,
Rui Carvalho""",
         "Rui Carvalho"),
        ("portability", ("deletion",),
         "Encerramento da atividade - exportar histórico e apagar conta",
         """Bom dia,

vou encerrar a minha atividade de trabalhadora independente no final de novembro. Antes disso gostava de receber o histórico completo das minhas compras na conta profissional (está em meu nome) num ficheiro CSV ou Excel, para entregar à minha contabilista e guardar.

Depois de me enviarem o ficheiro, peço que apaguem a conta e os meus dados.

Obrigada,
Sofia Almeida""",
         "Sofia Almeida"),
        ("restriction", (),
         "Não apaguem os registos das minhas encomendas",
         """Exmos. Senhores,

até setembro fui responsável pelas compras na empresa Vidal Interiores e fazia as encomendas através da conta que tinham convosco. A empresa acusa-me agora de ter feito encomendas sem autorização e o caso vai para tribunal.

Soube que a empresa pediu para apagarem o meu utilizador e o respetivo histórico. Peço-vos que não apaguem os registos das encomendas feitas por mim, nem os emails de aprovação, mas que os conservem sem qualquer outro uso até ao fim do processo, porque preciso deles para a minha defesa.

Com os melhores cumprimentos,
Marta Sousa""",
         "Marta Sousa"),
        ("objection", (),
         "Verificação de crédito em meu nome",
         """Boa tarde,

pedi para a minha pequena empresa pagamento a 60 dias e fiquei a saber que fizeram uma consulta de crédito sobre mim, como pessoa singular, além da empresa. Oponho-me a que façam análises de crédito sobre mim a título pessoal. A cliente é a empresa e é sobre ela que devem fazer a avaliação.

Pedro Santos""",
         "Pedro Santos"),
        ("complaint", ("access",),
         "O meu patrão vê as minhas compras privadas",
         """Olá,

fiz umas compras pessoais na vossa app com o meu cartão de cliente e paguei do meu bolso. Agora a minha chefe comentou comigo o que eu tinha comprado, porque aparece no painel da conta da empresa! Nunca autorizei que o meu cartão ficasse ligado à conta da empresa, e acho isto uma vergonha.

Quero saber desde quando as minhas compras pessoais aparecem lá e quem na empresa teve acesso a elas.

Inês Costa""",
         "Inês Costa"),
        ("other", (),
         "Pedido de orçamento - cadeiras",
         """Bom dia,

precisávamos de um orçamento para 40 cadeiras e 4 mesas de reunião para o nosso novo escritório em Antuérpia. Entrega de preferência na semana de 16 de novembro.

Obrigado,
Carlos Pereira""",
         "Carlos Pereira"),
        ("other", (),
         "Atualizar dados da empresa",
         """Boa tarde,

a nossa empresa mudou de sede. Podem atualizar os dados da conta com a nova morada de faturação (Avenue Louise 210, 1050 Bruxelas) e remover a antiga? O número de IVA mantém-se.

Cumprimentos,
Filipa Gomes
Gomes Design SRL""",
         "Filipa Gomes"),
        ("other", (),
         "Abrir conta profissional",
         """Olá,

tenho um pequeno restaurante em Ixelles e queria abrir uma conta profissional convosco para comprar com fatura e ter desconto. Que documentos preciso de enviar? Posso tratar disso na loja de Bruxelas?

Obrigado,
Tiago Martins""",
         "Tiago Martins"),
    ],
}

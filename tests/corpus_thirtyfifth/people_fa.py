"""Thirty-fifth set, rights asked as questions vs. questions about rights, from customers and non-customers (en nl fr de es it pt). Written apart from the rules (see make_thirtyfifth.py)."""

PEOPLE_FA = {
    "en": [
        ("access", (),
         "My application - what do you still have?",
         """Dear HR / privacy team,

I applied for the assistant store manager position in your Antwerp store in August and had two interviews, the second one with the regional manager. I was told in October that I had not been selected, which is fine.

I would however like to know what you still hold about me from that process. Could you send me a copy of my file, including the notes that were taken during both interviews and any scoring or assessment forms? I'd also like to know who had access to them and how long you plan to keep them.

Thank you in advance.

Kind regards,
Daniel Hughes""",
         "Daniel Hughes"),
        ("deletion", ("withdraw_consent",),
         "old account",
         """Hello,

I think I had an account with you years ago, back when I lived in Leuven, probably under danny.okafor@ or my old work address, I honestly can't remember which. I haven't bought anything in at least four years.

If you still have anything on me, please just delete it. And whatever list I'm on, take me off it - I still get the odd promo email from you and I have no idea why.

Cheers,
Chidi Okafor""",
         "Chidi Okafor"),
        ("portability", (),
         "Purchase history as a spreadsheet?",
         """Hi there,

Quick one: is it possible to get my full order history (web shop and in-store purchases on my loyalty card) as a CSV or Excel file? I'm setting up a budgeting app and it can import transactions from a file, but copying two years of receipts by hand isn't happening.

Loyalty card no. 6001 4478 2290 13, account email is this one.

Thanks!
Priya""",
         "Priya Raman"),
        ("restriction", (),
         "Loyalty account flagged - please don't wipe anything",
         """Dear Sir or Madam,

On 3 November my loyalty account was suspended because your system flagged "unusual point activity". I have contacted customer service and opened a dispute (case 58812) because I have done nothing wrong: the points came from a large purchase for our school's Christmas fair, receipts attached to the case.

While this is being looked into, I ask that you do not delete or alter any of the data on my account (transactions, points balance, the flag itself and the reason for it), and that you don't use the flag for anything else, e.g. sharing it or using it to refuse me in stores, until the dispute is resolved.

Please confirm in writing.

Yours faithfully,
Margaret Kelly""",
         "Margaret Kelly"),
        ("objection", (),
         "Partner sharing - business account",
         """Hello,

I'm the purchasing manager at Vandenberghe Interiors and I order office and store supplies from you through our business account. My name, direct line and email are on that account as the contact person.

Since last month I've been getting calls from a leasing company and an insurance broker who both say they got my details "through a partner of Shop Example". I don't want my personal contact details passed on to partners or third parties for their sales purposes. Please stop doing so for my details, and tell whoever you shared them with.

The business account itself should stay as it is, we are happy with the service.

Best regards,
Tom Verbruggen
Purchasing Manager, Vandenberghe Interiors""",
         "Tom Verbruggen"),
        ("withdraw_consent", ("deletion",),
         "My son's account on your app",
         """Hi,

My son Lucas (13) installed your app on his phone and made an account with his own email (lucas.peeters2013@...). He has now started getting push messages and texts about deals several times a week and he clicks on all of them.

As his parent I'm not OK with this. Please stop sending him marketing of any kind, texts, push and email, and then delete the account altogether. He's too young to be signing up for this, and he didn't ask me.

Let me know if you need something from me to prove I'm his mum.

Sarah Peeters""",
         "Sarah Peeters"),
        ("complaint", ("access",),
         "Our client Mr. J. Brennan - unanswered subject access request",
         """Dear Data Protection Officer,

We act for Mr. James Brennan, of Mechelen, whose signed authority is attached.

On 22 September 2026 our client asked you by email for a copy of all personal data you hold about him, including CCTV stills and the incident report relating to the events at your Mechelen store on 14 September. He received an automatic acknowledgement and nothing since. The one-month period has long passed and no extension was notified.

We therefore repeat the request on his behalf and ask that the data be provided within 14 days of this letter. Absent a satisfactory response, our client has instructed us to lodge a complaint with the Data Protection Authority without further notice.

Yours faithfully,

Helen Marsh
Marsh & De Wit Advocaten""",
         "Helen Marsh"),
        ("other", (),
         "Question about profiling",
         """Hello,

I was reading your privacy policy after signing up for the loyalty card and I see you use purchase data to "personalise offers". I'm not asking you to change anything at this point, I just want to understand: do I have a right to object to that kind of profiling, and if I did, would I lose my card discounts? Is the basic 5% discount tied to the personalised offers or separate?

Just trying to work out what I'm signing up for.

Thanks,
Ellen""",
         "Ellen Byrne"),
        ("other", (),
         "Press enquiry - loyalty data in Belgian retail",
         """Hi,

I'm a freelance journalist working on a piece for a Belgian business magazine about how retailers use loyalty card data. I'd love to include Shop Example.

A few questions, if someone could get back to me by 20 November:
- Roughly how many data access or deletion requests do you get per month?
- Do you sell or share loyalty data with third parties?
- How long do you keep purchase histories for inactive customers?

Happy to do this by phone if easier. I can also send the quotes for review before publication.

Best,
Rachel Simmons
+32 470 00 00 00""",
         "Rachel Simmons"),
        ("other", (),
         "Request for information - investigation ref. PV 2026/11873",
         """Dear Sir or Madam,

In the context of a criminal investigation into fraudulent use of bank cards, and on the instruction of the public prosecutor, I request that you provide the following regarding the customer account linked to the email address m.dillon77@example.com:

- account holder details as registered (name, address, telephone);
- orders placed between 1 and 31 October 2026, with delivery addresses and payment methods used;
- IP addresses used to log in during that period.

The formal request from the public prosecutor's office will follow by registered post. Please do not inform the account holder of this request.

Regards,
Inspector K. Janssens
Local Police, Economic and Financial Crime Unit""",
         "Koen Janssens"),
    ],

    "nl": [
        ("deletion", (),
         "Gegevens ex-medewerker",
         """Goedemiddag,

Ik heb van 2021 tot april van dit jaar in jullie winkel in Gent-Zuid gewerkt als verkoopster. Toen ik er werkte had ik via het personeelsvoordeel een klantenaccount met personeelskorting, en ik sta volgens mij ook nog in jullie planningstool en in de WhatsApp-lijst van het filiaal.

Nu ik weg ben zie ik het nut er niet meer van in. Kunnen jullie al die gegevens van mij verwijderen? Behalve natuurlijk wat jullie wettelijk moeten bijhouden voor de loonadministratie, dat begrijp ik.

Alvast bedankt,
Lotte Claes""",
         "Lotte Claes"),
        ("deletion", ("withdraw_consent",),
         "Account van mijn overleden moeder",
         """Beste,

Mijn moeder, Maria Wouters, is op 2 oktober overleden. Ze was al jaren klant bij jullie en had een klantenkaart en een account in de webshop (maria.wouters@telenet...).

Er blijven mails en reclamefolders op haar naam binnenkomen en dat is voor mijn vader niet makkelijk. Willen jullie die zo snel mogelijk stopzetten en haar account en kaart definitief afsluiten en verwijderen? Als jullie een kopie van de overlijdensakte of een attest van erfopvolging nodig hebben, laat het maar weten.

Met vriendelijke groeten,
Bart Wouters""",
         "Bart Wouters"),
        ("correction", (),
         "nieuw adres",
         """Hallo

Kunnen jullie mijn adres aanpassen in mijn account? Ik ben verhuisd en mijn klantenkaart staat nog op het oude adres, de Kerkstraat 14 in Aalst. Nieuw adres is Molenweg 3 bus 2, 9300 Aalst. In de app lukt het niet, hij blijft het oude tonen na opslaan.

Groetjes
Ine""",
         "Ine Van Damme"),
        ("objection", (),
         "Reclame op Facebook",
         """Dag,

Sinds ik in jullie winkel een kinderzitje gekocht heb, krijg ik op Facebook en Instagram alleen nog advertenties van jullie voor babyspullen. Blijkbaar geven jullie mijn aankopen of mijn e-mailadres door aan Meta om mij te targeten.

Ik wil dat niet. Ik ga er niet mee akkoord dat mijn aankoopgegevens daarvoor gebruikt worden, zet dat voor mij aub stop. Mijn klantenkaart wil ik wel houden.

Groeten,
Jeroen De Smet""",
         "Jeroen De Smet"),
        ("portability", ("deletion",),
         "Export van mijn gegevens?",
         """Goedendag,

Is het mogelijk om al mijn gegevens (profiel, bestellingen, punten, verlanglijstjes) in een bestand te krijgen, bv. JSON of CSV? Ik stap over naar een andere winkel en wil mijn verlanglijstjes en bestelgeschiedenis meenemen.

Als ik dat bestand heb, mogen jullie mijn account daarna gewoon verwijderen.

Vriendelijke groet,
Annelies Maes""",
         "Annelies Maes"),
        ("restriction", (),
         "Sollicitatie magazijnmedewerker - gegevens bewaren",
         """Geachte,

Op 9 oktober kreeg ik een afwijzing voor de functie van magazijnmedewerker in Willebroek. Tijdens het gesprek werden mij vragen gesteld over mijn afkomst en mijn geloof. Ik heb daarover een melding gedaan bij Unia.

Ik lees in jullie vacature dat sollicitatiegegevens na zes maanden worden gewist. Ik vraag jullie uitdrukkelijk om mijn dossier, met de notities van het gesprek en de beoordeling, NIET te wissen zolang dit onderzoek loopt, en het ook niet voor iets anders te gebruiken. Het mag enkel bewaard blijven.

Met vriendelijke groeten,
Youssef El Amrani""",
         "Youssef El Amrani"),
        ("complaint", ("deletion",),
         "Toch weer nieuwsbrief ontvangen!!",
         """Beste,

Ik heb me op 5 oktober uitgeschreven voor jullie nieuwsbrief via de link onderaan. Ik kreeg zelfs een bevestiging "u bent uitgeschreven". Sindsdien heb ik er nog vier ontvangen, de laatste vanochtend.

Dit is echt niet in orde. Ofwel werkt jullie systeem niet, ofwel trekken jullie je er niets van aan. Ik wil nu dat jullie al mijn gegevens wissen, dan is het probleem tenminste opgelost. Als het nog eens gebeurt, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Hilde Peeters""",
         "Hilde Peeters"),
        ("other", (),
         "Verwerkersovereenkomst - Shop Example BV / PakketPunt NV",
         """Geachte DPO,

Ik ben de functionaris gegevensbescherming van PakketPunt NV. Wij verzorgen sinds september de afhaalpunten voor jullie webshop in Limburg.

Bij het nalezen van ons contract stel ik vast dat er nog geen ondertekende verwerkersovereenkomst is. Wij zijn volgens mij verwerker voor de namen, gsm-nummers en orderreferenties van jullie klanten. Kunnen jullie mij jullie standaardmodel bezorgen, of zal ik het onze doorsturen? Graag ook de lijst van categorieën persoonsgegevens die jullie ons doorgeven, zodat ons register klopt.

Met vriendelijke groeten,
Kristof Vermeulen
DPO PakketPunt NV""",
         "Kristof Vermeulen"),
        ("other", (),
         "Enquête masterproef",
         """Beste privacyteam,

Ik ben student aan de UGent (master Handelswetenschappen) en schrijf mijn masterproef over hoe Belgische retailers omgaan met verzoeken van klanten onder de GDPR.

Zou iemand van jullie team bereid zijn een korte online vragenlijst in te vullen (ongeveer 15 minuten)? Vragen gaan over bv. hoeveel verwijderverzoeken jullie krijgen, hoe lang de verwerking duurt en of dat geautomatiseerd is. Alle antwoorden worden anoniem verwerkt; de data wordt na afloop van mijn onderzoek verwijderd.

Alvast heel erg bedankt!
Febe Willems""",
         "Febe Willems"),
        ("other", (),
         "Wat gebeurt er met mijn bonnen?",
         """Hallo,

Ik twijfel om mijn account te verwijderen omdat ik bijna nooit meer online bestel. Voor ik dat doe: wat gebeurt er dan met mijn twee cadeaubonnen (samen 40 euro) en de punten op mijn klantenkaart? Zijn die dan weg? En kan ik daarna nog gewoon in de winkel met de kaart betalen?

Ik beslis pas als ik dat weet, dus nog niets doen aub.

Mvg,
Wim""",
         "Wim Jacobs"),
    ],

    "fr": [
        ("access", ("objection",),
         "D'où tenez-vous mon adresse ?",
         """Bonjour,

J'ai reçu hier dans ma boîte aux lettres un catalogue de Noël à mon nom, avec une lettre personnalisée. Or je n'ai jamais été client chez vous, ni en magasin ni sur le site, j'en suis certaine.

Est-il possible de savoir ce que vous avez exactement sur moi et surtout d'où vous tenez mes coordonnées ? Si c'est une liste achetée à une autre société, je voudrais savoir laquelle.

Et je m'oppose à ce que vous m'envoyiez encore de la publicité, par courrier ou autrement.

Cordialement,
Nathalie Dubois
Rue des Tilleuls 27, 5000 Namur""",
         "Nathalie Dubois"),
        ("deletion", (),
         "Compte de ma fille",
         """Madame, Monsieur,

Ma fille Emma, qui a 14 ans, a créé un compte sur votre site pour commander des accessoires, en utilisant sa propre adresse e-mail et ma carte bancaire (sans me demander, évidemment...).

Pourriez-vous supprimer ce compte ainsi que toutes les données qui y sont liées ? Elle n'a pas l'âge de s'inscrire seule et je ne souhaite pas qu'elle ait un compte chez vous. L'adresse utilisée est emma.lambert.2012@gmail.com.

Je peux vous fournir une copie de sa carte d'identité ou de la mienne si nécessaire.

Bien à vous,
Caroline Lambert""",
         "Caroline Lambert"),
        ("correction", (),
         "Erreur date de naissance carte fidélité",
         """Bonjour,

Mon bon d'anniversaire est arrivé... en mars, alors que je suis née le 3 novembre ! En vérifiant dans l'application, je vois que vous avez enregistré le 11/03/1985 au lieu du 03/11/1985 (jour et mois inversés j'imagine).

Pouvez-vous corriger ça ? Je n'arrive pas à modifier la date moi-même, le champ est grisé.

Merci d'avance,
Sophie Renard
carte n° 6001 3321 0987 45""",
         "Sophie Renard"),
        ("restriction", ("correction",),
         "Contestation - adresse et historique de livraison",
         """Madame, Monsieur,

Votre service clientèle refuse de me rembourser la commande 2026-448120 au motif qu'elle aurait été livrée « à l'adresse enregistrée dans votre compte ». Or l'adresse qui figure dans mon compte n'est pas la mienne : quelqu'un l'a modifiée le 12 octobre, je ne l'ai jamais fait.

Je conteste donc l'exactitude de ces données. En attendant que vous vérifiiez, je vous demande de geler mon compte : ne supprimez rien (historique des connexions, modifications d'adresse) et n'utilisez pas ces données contre moi. Une fois la vérification faite, merci de remettre mon adresse correcte : avenue de la Couronne 112, 1050 Ixelles.

Veuillez agréer mes salutations distinguées.
Julien Martin""",
         "Julien Martin"),
        ("withdraw_consent", (),
         "Les SMS",
         """Bonsoir,

Serait-il possible d'arrêter de m'envoyer des SMS promotionnels ? J'en reçois trois ou quatre par semaine, parfois à 21h. J'ai dû cocher une case un jour, mais je n'en veux plus.

Mon GSM : 0478 12 34 56.

Merci,
Patrick""",
         "Patrick Leroy"),
        ("portability", (),
         "Transfert de mes données",
         """Bonjour,

Je souhaite exercer mon droit à la portabilité. Je suis client depuis 2019 et je voudrais que vous transmettiez directement mes données (profil, historique d'achats, préférences) à la société MonBudget SRL, qui gère mon application de suivi des dépenses, dans un format structuré et lisible par machine.

Si la transmission directe n'est pas techniquement possible, envoyez-moi le fichier et je m'en chargerai.

Cordialement,
Antoine Wilmet""",
         "Antoine Wilmet"),
        ("complaint", (),
         "Ma facture envoyée à quelqu'un d'autre",
         """Bonjour,

Une voisine (que je ne connais pas bien) est venue sonner chez moi ce matin avec une enveloppe de chez vous : c'était MA facture, avec mon nom, mon adresse, mon numéro de téléphone et le détail de ce que j'ai acheté, glissée dans son colis à elle.

Je trouve ça inadmissible. Ce que j'achète ne regarde personne. Je voudrais savoir comment c'est possible et ce que vous faites pour que ça ne se reproduise plus. Ça fait aussi partie des choses qu'on est censé signaler à l'Autorité de protection des données, non ?

Commande n° 2026-451977.

Isabelle Gérard""",
         "Isabelle Gérard"),
        ("other", (),
         "Recherche d'un ancien locataire",
         """Bonjour,

Je suis propriétaire d'un appartement à Charleroi. Mon locataire, M. Kevin D., est parti fin septembre sans laisser d'adresse et en me devant trois mois de loyer. Je sais qu'il est client chez vous (il recevait vos colis).

Pourriez-vous me communiquer sa nouvelle adresse de livraison ou un numéro de téléphone ? C'est pour pouvoir le faire citer devant le juge de paix.

Merci de votre compréhension,
Michel Thiry""",
         "Michel Thiry"),
        ("other", (),
         "Durée de conservation",
         """Bonjour,

Petite question générale : combien de temps gardez-vous les données des clients qui ne commandent plus ? Votre politique de confidentialité parle d'une « durée raisonnable », ce qui ne veut pas dire grand-chose.

Je ne vous demande rien de particulier pour moi, c'est surtout par curiosité (je travaille moi-même dans le secteur des assurances et on a des règles très précises là-dessus).

Bonne journée,
Pierre Collard""",
         "Pierre Collard"),
        ("other", (),
         "Réquisition judiciaire - dossier NA.55.L1.012345/26",
         """Madame, Monsieur,

En exécution de l'ordonnance du juge d'instruction de Liège du 4 novembre 2026, je vous prie de bien vouloir me transmettre les images de vidéosurveillance de votre magasin de Liège-Guillemins du 28 octobre 2026 entre 14h00 et 16h00, ainsi que les données de la transaction réglée par carte à la caisse 3 à 15h12.

Ces éléments concernent une tierce personne mise en cause dans le cadre de l'enquête. La copie de l'ordonnance est jointe.

Je vous remercie de conserver ces images jusqu'à leur saisie et de ne pas les effacer.

Inspecteur principal Marc Hennuy
Police judiciaire fédérale de Liège""",
         "Marc Hennuy"),
    ],

    "de": [
        ("access", (),
         "Auskunft über meine gespeicherten Daten",
         """Sehr geehrte Damen und Herren,

ich war bis Ende Juni 2026 als Filialleiter in Ihrer Filiale in Eupen beschäftigt. Im Rahmen meines Ausscheidens würde ich gerne wissen, welche personenbezogenen Daten Sie über mich noch gespeichert haben, sowohl in der Personalakte als auch in anderen Systemen (z. B. Kassensystem, Zeiterfassung, Kameraaufnahmen, E-Mail-Postfach).

Bitte teilen Sie mir außerdem mit, an wen diese Daten weitergegeben wurden und wie lange Sie sie noch aufbewahren werden.

Mit freundlichen Grüßen
Stefan Kessler""",
         "Stefan Kessler"),
        ("deletion", (),
         "Bewerbung - Löschung",
         """Hallo,

ich hatte mich im Sommer als Werkstudentin im Bereich E-Commerce beworben und eine Absage bekommen. Kein Problem.

In der Absage stand, dass Sie meine Unterlagen "für zukünftige Stellen" in Ihrem Talentpool behalten. Das möchte ich nicht. Könnten Sie bitte meinen Lebenslauf, das Anschreiben und alles andere aus dem Bewerbungsverfahren löschen, sofern Sie es nicht aus rechtlichen Gründen noch eine Weile aufbewahren müssen?

Danke und viele Grüße
Lena Schröder""",
         "Lena Schröder"),
        ("objection", ("withdraw_consent",),
         "Tracking in der App",
         """Guten Tag,

mir ist aufgefallen, dass Ihre App auswertet, welche Produkte ich mir anschaue und wie lange, und mir danach "passende Angebote" zeigt. Ich widerspreche dieser Auswertung meines Nutzungsverhaltens und der Erstellung eines Profils über mich.

Die Push-Benachrichtigungen mit Angeboten möchte ich auch nicht mehr bekommen, meine Einwilligung dafür ziehe ich hiermit zurück.

Die App selbst und mein Konto möchte ich weiter nutzen.

Freundliche Grüße
Jürgen Lenz""",
         "Jürgen Lenz"),
        ("portability", (),
         "Daten als Datei?",
         """Hallo zusammen,

kann ich meine Kundendaten (Bestellungen, Adressen, Punktestand) irgendwie als JSON oder CSV bekommen? Ich würde sie gerne in ein eigenes Haushaltsbuch übernehmen. Im Kundenkonto finde ich nur die einzelnen Rechnungen als PDF.

Kundennummer 7712094.

Danke!
Miriam""",
         "Miriam Hoffmann"),
        ("restriction", (),
         "Bitte Bestellhistorie nicht löschen",
         """Sehr geehrte Damen und Herren,

Sie haben mir mitgeteilt, dass mein Kundenkonto wegen Inaktivität zum 1. Dezember 2026 gelöscht wird.

Ich habe bei Ihnen im Jahr 2023 ein Fahrrad gekauft, um das es derzeit einen Rechtsstreit mit meiner Versicherung geht. Für dieses Verfahren brauche ich die Bestell- und Zahlungsdaten. Ich bitte Sie daher, mein Konto nicht zu löschen, sondern die Daten bis zum Abschluss des Verfahrens aufzubewahren. Für Werbung oder andere Zwecke sollen sie in dieser Zeit aber nicht genutzt werden.

Ich melde mich, sobald das Verfahren beendet ist.

Mit freundlichen Grüßen
Werner Krings""",
         "Werner Krings"),
        ("withdraw_consent", (),
         "Newsletter",
         """Bitte nehmen Sie mich aus Ihrem Newsletter-Verteiler. Der Abmeldelink in der Mail führt bei mir nur zu einer Fehlerseite.

Gruß
A. Brandt""",
         "Andrea Brandt"),
        ("complaint", ("deletion",),
         "Unser Mandant Herr Thomas Weber - unerwünschte Werbung",
         """Sehr geehrte Damen und Herren,

wir zeigen an, dass uns Herr Thomas Weber, St. Vith, mit der Wahrnehmung seiner Interessen beauftragt hat. Eine Vollmacht liegt bei.

Unser Mandant hat sich am 2. September 2026 von Ihrem Newsletter abgemeldet und Ihnen zusätzlich am 15. September schriftlich mitgeteilt, dass er keine Werbung mehr wünscht. Dennoch hat er seither mindestens sieben Werbe-E-Mails und zwei SMS erhalten (Kopien anbei).

Wir fordern Sie auf, sämtliche personenbezogenen Daten unseres Mandanten unverzüglich zu löschen und uns dies bis zum 30. November 2026 schriftlich zu bestätigen. Nach fruchtlosem Ablauf der Frist werden wir Beschwerde bei der Datenschutzbehörde einlegen.

Mit freundlichen Grüßen
Dr. Claudia Maus
Rechtsanwältin""",
         "Claudia Maus"),
        ("other", (),
         "Auftragsverarbeitungsvertrag - Rückfrage",
         """Sehr geehrte Damen und Herren,

als Datenschutzbeauftragter der MailPilot GmbH, Ihres Dienstleisters für den Newsletter-Versand, melde ich mich wegen des Auftragsverarbeitungsvertrags vom März 2024.

Wir setzen ab Januar 2027 einen neuen Unterauftragsverarbeiter für das Hosting ein (Rechenzentrum in Frankfurt). Gemäß Ziffer 6 des Vertrags informieren wir Sie hiermit vorab. Sollten Sie Einwände haben, bitten wir um Mitteilung bis zum 15. Dezember. Die aktualisierte Liste der Unterauftragsverarbeiter finden Sie im Anhang.

Mit freundlichen Grüßen
Holger Brink
Datenschutzbeauftragter, MailPilot GmbH""",
         "Holger Brink"),
        ("other", (),
         "Frage zu meinen Rechten",
         """Guten Abend,

ich habe eine grundsätzliche Frage. Wenn ich mein Kundenkonto lösche, sind dann wirklich alle Daten weg, oder behalten Sie z. B. die Rechnungen trotzdem? Und wie ist das mit den Einkäufen im Laden, die über die Kundenkarte gespeichert wurden?

Ich überlege noch, ob ich das Konto überhaupt behalten will, möchte aber erst verstehen, was genau passiert.

Viele Grüße
Sabine Arens""",
         "Sabine Arens"),
        ("other", (),
         "Umfrage für Bachelorarbeit",
         """Hallo liebes Datenschutz-Team,

ich studiere Wirtschaftsinformatik an der RWTH Aachen und schreibe meine Bachelorarbeit über die Umsetzung der DSGVO im grenzüberschreitenden Onlinehandel (Belgien/Deutschland).

Dürfte ich Ihnen ein paar Fragen stellen, z. B. welche Tools Sie zur Bearbeitung von Betroffenenanfragen nutzen und wie lange eine Löschung im Schnitt dauert? Gern auch als kurzes Videotelefonat. Selbstverständlich anonymisiere ich alle Angaben.

Vielen Dank im Voraus!
Jonas Pütz""",
         "Jonas Pütz"),
    ],

    "es": [
        ("deletion", ("withdraw_consent",),
         "¿Podéis borrar mi cuenta?",
         """Hola,

¿Podríais borrar mi cuenta de la tienda online? Ya no vivo en Bélgica (me he vuelto a Valencia) y no voy a comprar más. Y de paso que dejen de llegarme los correos de ofertas, por favor.

Gracias,
Lucía Ferrer""",
         "Lucía Ferrer"),
        ("access", (),
         "Datos de mi hijo menor",
         """Buenos días:

Soy la madre de Pablo Ortega Ruiz, de 12 años. Mi hijo participó el mes pasado en un concurso de dibujo en su tienda de Bruselas (Rue Neuve) y tuvo que rellenar un formulario con su nombre, edad, correo y una foto.

Como su representante legal, quisiera saber qué datos suyos tienen guardados, para qué los usan, si se han publicado o compartido con alguien y cuánto tiempo piensan conservarlos. Les agradecería que me enviaran una copia.

Un saludo cordial,
Marta Ruiz Delgado""",
         "Marta Ruiz Delgado"),
        ("correction", (),
         "Mi nombre está mal escrito",
         """Hola:

En mi cuenta y en la tarjeta de fidelidad aparece "Jose Nunez" en lugar de José Núñez García. Falta el segundo apellido y las tildes y la eñe. No es grave, pero en la factura de la última compra (para la empresa) necesito que salga bien.

¿Me lo pueden cambiar? Desde la web no me deja editar el nombre.

Un saludo,
José Núñez García""",
         "José Núñez García"),
        ("objection", (),
         "No compartan mis datos",
         """Buenas tardes:

Trabajo como comercial para uno de sus proveedores de menaje y por eso tengo una cuenta de cliente con ustedes. Me he dado cuenta de que desde que me registré recibo publicidad de "marcas colaboradoras" que nada tienen que ver con su tienda.

No quiero que mis datos se cedan a terceros ni a esos colaboradores con fines comerciales. Les pido que dejen de hacerlo.

Atentamente,
Raúl Jiménez""",
         "Raúl Jiménez"),
        ("portability", ("deletion",),
         "Mis datos en un archivo y cerrar cuenta",
         """Hola,

quiero pedir dos cosas:

1) Que me manden todos mis datos (pedidos, direcciones, puntos, lista de deseos) en un archivo que pueda abrir en el ordenador, tipo CSV o Excel, para llevármelos.
2) Una vez me lo hayan enviado, que eliminen mi cuenta.

Gracias de antemano.
Carmen Vidal""",
         "Carmen Vidal"),
        ("restriction", (),
         "Pedido en disputa - no borren nada",
         """Estimados señores:

Tengo abierta una reclamación con ustedes y con mi banco por el pedido 2026-439901, que nunca recibí aunque en su sistema figura como entregado.

Mientras se resuelve, les pido que no borren ni modifiquen los datos relacionados con ese pedido (registro de entrega, firma, geolocalización del repartidor, comunicaciones) y que no los utilicen para nada más que para resolver la reclamación. Los necesitaré si el asunto acaba en el juzgado.

Atentamente,
Alberto Sánchez Mora""",
         "Alberto Sánchez Mora"),
        ("complaint", ("access",),
         "Segunda solicitud - sin respuesta",
         """Buenos días:

El 1 de octubre les escribí a esta misma dirección para pedir una copia de los datos personales que tienen sobre mí. Ha pasado más de un mes y no he recibido ninguna respuesta, ni siquiera un acuse de recibo.

Les reitero la solicitud: quiero saber qué datos tienen, de dónde los han sacado y con quién los han compartido. Si no recibo respuesta en los próximos días presentaré una reclamación ante la autoridad de protección de datos.

Elena Castro""",
         "Elena Castro"),
        ("other", (),
         "Consulta para un reportaje",
         """Hola,

Soy periodista y estoy preparando un reportaje para un medio digital español sobre cómo las tiendas europeas usan los datos de las tarjetas de fidelización.

¿Podrían responderme a unas preguntas? Por ejemplo: qué datos recogen con la tarjeta, si los combinan con la navegación en la web y si venden o ceden esa información. También me interesaría hablar con su delegado de protección de datos unos minutos.

Muchas gracias,
Irene Molina""",
         "Irene Molina"),
        ("other", (),
         "Pregunta sobre el derecho de oposición",
         """Hola,

Tengo una duda: he leído que tengo derecho a oponerme a que usen mis datos para enviarme ofertas personalizadas. Si lo hiciera, ¿seguiría recibiendo los cupones de cumpleaños y los descuentos de socio? ¿O se pierden?

Por ahora no quiero cambiar nada, solo saber cómo funciona antes de decidir.

Un saludo,
Diego Herrera""",
         "Diego Herrera"),
        ("other", (),
         "Oficio del Juzgado - solicitud de información",
         """Muy señores míos:

En el marco de las diligencias previas 1245/2026 que se siguen en este Juzgado de Instrucción por presunta estafa, y en virtud de la comisión rogatoria tramitada por las autoridades belgas, se les requiere para que faciliten la información de que dispongan sobre la cuenta de cliente registrada a nombre de D. Sergio Blanco Prieto: datos de registro, direcciones de entrega y pedidos realizados entre junio y septiembre de 2026.

Se adjunta copia del auto. Rogamos dirijan la respuesta a la dirección indicada en el mismo.

Atentamente,
Ana Belén Romero
Letrada de la Administración de Justicia""",
         "Ana Belén Romero"),
    ],

    "it": [
        ("access", (),
         "Richiesta di informazioni sui miei dati",
         """Buongiorno,

vorrei sapere quali dati personali avete su di me e con chi li avete condivisi. In particolare mi interessa capire se avete passato il mio numero di telefono a qualche società esterna, perché da quando ho fatto la carta fedeltà ricevo chiamate da call center.

Vi chiedo quindi una copia dei dati e l'elenco dei destinatari.

Cordiali saluti,
Giulia Romano""",
         "Giulia Romano"),
        ("deletion", (),
         "cancellazione",
         """Salve,

anni fa (2018 o 2019) avevo fatto un ordine da voi, poi più niente. Se avete ancora qualcosa su di me, vi chiedo di cancellarlo, a meno che non siate obbligati per legge a tenerlo.

Grazie,
Marco Bianchi""",
         "Marco Bianchi"),
        ("correction", (),
         "Cambio email",
         """Ciao,

posso cambiare l'email del mio account? Quella vecchia (f.greco@libero.it) non la uso più e non riesco ad accederci, quindi non posso confermare il cambio dal sito. Quella nuova è questa da cui vi scrivo.

Nome: Francesca Greco, tessera 6001 5523 8810 22.

Grazie mille!
Francesca""",
         "Francesca Greco"),
        ("objection", ("withdraw_consent",),
         "Profilazione e newsletter",
         """Gentili signori,

mi oppongo all'utilizzo dei miei dati di acquisto per creare un profilo e inviarmi offerte personalizzate. Non mi interessa essere "analizzato".

Inoltre revoco il consenso alla newsletter: non voglio più ricevere le vostre e-mail promozionali.

Distinti saluti,
Alessandro Conti""",
         "Alessandro Conti"),
        ("withdraw_consent", (),
         "Notifiche dell'app",
         """Buonasera,

è possibile non ricevere più le notifiche pubblicitarie dell'app? Ho provato a toglierle dalle impostazioni ma continuano ad arrivare, anche di notte. L'app mi serve per la carta fedeltà quindi non voglio disinstallarla.

Grazie,
Chiara Esposito""",
         "Chiara Esposito"),
        ("restriction", (),
         "Dati contestati - blocco dell'account",
         """Buongiorno,

nel mio account risultano tre ordini che non ho mai fatto (ottobre 2026, numeri 2026-447001, -447019 e -447030). Penso che qualcuno abbia usato le mie credenziali.

Ho già fatto denuncia ai Carabinieri. Finché non verificate la cosa, vi chiedo di bloccare l'uso dei miei dati: non usateli per solleciti di pagamento, per la valutazione del mio "profilo cliente" o per altro, ma non cancellateli, perché potrebbero servire come prova.

Cordialmente,
Luca Moretti""",
         "Luca Moretti"),
        ("portability", (),
         "Esportazione dati",
         """Salve, potrei avere i miei dati (storico acquisti e punti della carta) in formato CSV o JSON? Li vorrei caricare in un'altra app per tenere traccia delle spese.

Grazie,
Paolo Ricci""",
         "Paolo Ricci"),
        ("other", (),
         "Questionario per tesi di laurea",
         """Gentile responsabile della protezione dei dati,

sono una studentessa di Giurisprudenza all'Università di Bologna, attualmente in Erasmus a Lovanio. Sto scrivendo la tesi sul diritto alla cancellazione nel commercio elettronico.

Sarebbe possibile avere qualche informazione generale su come gestite le richieste di cancellazione (tempi medi, eccezioni, dati che conservate comunque)? Anche poche righe mi sarebbero di grande aiuto.

Grazie in anticipo,
Sara Lombardi""",
         "Sara Lombardi"),
        ("other", (),
         "Accordo sul trattamento dei dati - aggiornamento",
         """Buongiorno,

scrivo in qualità di DPO di LogiCare S.r.l., che gestisce per voi il servizio clienti in lingua italiana.

In vista del rinnovo del contratto a gennaio, vi invio in allegato la bozza aggiornata dell'accordo sul trattamento dei dati (art. 28 GDPR), con le nuove misure di sicurezza e l'elenco dei sub-responsabili. Vi chiedo di farci avere eventuali osservazioni entro fine novembre.

Cordiali saluti,
Roberto Gallo
DPO, LogiCare S.r.l.""",
         "Roberto Gallo"),
        ("other", (),
         "Domanda sui miei diritti",
         """Salve,

una domanda: ho diritto di sapere per quanto tempo conservate i dati di chi disdice la carta fedeltà? E se un giorno volessi chiedere la cancellazione, la posso chiedere anche per gli acquisti fatti in negozio o solo per quelli online?

Per ora non chiedo niente, voglio solo capire.

Grazie,
Valentina""",
         "Valentina Marino"),
    ],

    "pt": [
        ("complaint", ("deletion",),
         "Fuga de dados?!",
         """Boa tarde,

Recebi ontem um e-mail vosso a dizer que houve um "incidente de segurança" e que o meu nome, e-mail e morada podem ter sido acedidos por terceiros. Nenhuma explicação de como aconteceu, nem o que estão a fazer.

Acho isto gravíssimo. Confiei-vos os meus dados e agora ando a receber SMS falsos a dizer que tenho uma encomenda retida. Quero uma explicação a sério e, depois disso, quero que apaguem todos os meus dados, não quero continuar a ser vosso cliente.

Rui Carvalho""",
         "Rui Carvalho"),
        ("withdraw_consent", ("objection",),
         "Parem de me enviar e-mails",
         """Olá,

Por favor deixem de me enviar e-mails de promoções e a newsletter. E também não quero que os meus dados sejam passados a parceiros para me mandarem publicidade deles.

Obrigada,
Inês Sousa""",
         "Inês Sousa"),
        ("correction", (),
         "Data de nascimento e morada",
         """Bom dia,

Reparei que na minha conta a data de nascimento está 1990 quando na verdade é 1996, e a morada ainda é a antiga em Anderlecht. A nova é Chaussée de Waterloo 455, 1180 Uccle.

Conseguem corrigir as duas coisas, por favor?

Cumprimentos,
Beatriz Ferreira""",
         "Beatriz Ferreira"),
        ("access", (),
         "Ex-funcionário - pedido de dados",
         """Exmos. Senhores,

Trabalhei no vosso armazém de Willebroek entre 2022 e março de 2026, através de uma empresa de trabalho temporário e depois com contrato direto.

Gostaria de saber que dados pessoais meus ainda guardam, incluindo registos de picagem, avaliações de desempenho e eventuais imagens de videovigilância, e durante quanto tempo os vão manter. Peço que me enviem uma cópia.

Com os melhores cumprimentos,
Nuno Almeida""",
         "Nuno Almeida"),
        ("deletion", (),
         "Candidatura espontânea",
         """Olá,

Em setembro enviei uma candidatura espontânea com o meu CV para a loja de Bruxelas. Entretanto já arranjei trabalho, por isso talvez seja mais simples retirarem-me da vossa base de candidatos e apagarem o CV.

Obrigado,
Tiago Pereira""",
         "Tiago Pereira"),
        ("objection", (),
         "Conta empresarial - análise dos meus dados",
         """Bom dia,

Sou responsável de compras da Construtora Lopes & Filhos e faço as encomendas da empresa através da vossa conta B2B, em meu nome.

Recebo agora no meu e-mail profissional "sugestões personalizadas" baseadas no que encomendo, e a vossa comercial sabe coisas sobre as minhas compras pessoais no programa de fidelização. Não concordo que cruzem os meus dados pessoais com os da conta da empresa nem que os usem para me traçar um perfil. Peço que deixem de o fazer.

Cumprimentos,
Fernando Lopes""",
         "Fernando Lopes"),
        ("restriction", (),
         "Não apaguem a conta do meu pai",
         """Boa tarde,

O meu pai, Manuel Rodrigues, faleceu em outubro. Recebemos um aviso vosso de que a conta dele vai ser encerrada e apagada por inatividade.

Peço que por agora não apaguem nada: há uma garantia de uma máquina de lavar comprada em 2025 que ainda estamos a tentar acionar e precisamos da fatura e do histórico. Também não precisam de usar os dados para mais nada, basta mantê-los guardados até resolvermos isso. Sou o filho e cabeça de casal da herança; posso enviar os documentos.

Obrigado,
Carlos Rodrigues""",
         "Carlos Rodrigues"),
        ("other", (),
         "O que acontece se fechar a conta?",
         """Olá,

Antes de decidir se fecho a minha conta: o que acontece aos meus pontos e ao vale de 15 euros que tenho? Perco tudo? E os dados das encomendas antigas, ficam guardados na mesma?

Ainda não quero apagar nada, só quero perceber.

Obrigada,
Catarina""",
         "Catarina Santos"),
        ("other", (),
         "Estudo académico sobre privacidade no retalho",
         """Exmos. Senhores,

Sou investigador na Universidade do Porto e estou a desenvolver um estudo comparativo sobre políticas de privacidade de retalhistas europeus com programas de fidelização.

Gostaria de saber se estariam disponíveis para uma breve entrevista com o vosso encarregado de proteção de dados, sobre temas como prazos de conservação, perfis de clientes e partilha com parceiros. Os dados recolhidos serão tratados de forma anónima e apagados no fim do projeto.

Com os melhores cumprimentos,
Prof. Ricardo Mendes""",
         "Ricardo Mendes"),
        ("other", (),
         "Acordo de subcontratação (art. 28.º RGPD)",
         """Caro colega,

Sou o encarregado de proteção de dados da ExpressoLog, Lda., a transportadora que faz as vossas entregas para clientes em Portugal desde outubro.

Verificámos que o acordo de subcontratação ainda não foi assinado por nenhuma das partes. Envio em anexo a nossa minuta; agradecia que a revissem e nos indicassem se preferem usar o vosso modelo. Precisamos também de confirmar que dados dos destinatários nos transmitem (nome, morada, telemóvel?).

Cumprimentos,
Miguel Teixeira
EPD, ExpressoLog, Lda.""",
         "Miguel Teixeira"),
    ],
}

"""Tenth set, people: a representative month of a privacy mailbox. Written apart from the rules (see make_tenth.py)."""

PEOPLE_E = {
    "en": [
        ("access", (), "Data Subject Access Request",
"""Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation for all of the personal data you hold about me.

Name: Gareth Pryce
Address: 14 Rue des Tanneurs, 1000 Brussels
Customer/account number: [insert account number if known]

Please provide me with:
- a copy of my personal data;
- the purposes for which it is processed;
- the recipients or categories of recipients to whom it has been disclosed;
- how long you intend to keep it;
- where you obtained it, if not from me.

I understand you have one month to respond. If you need any further information to identify me, please let me know as soon as possible.

Yours faithfully,

[signature]
Gareth Pryce""",
         "Gareth Pryce"),

        ("correction", (), "",
"""hi, moved house last month and my account still has the old address on it, cant change it myself because the page just gives an error. new one is 27 Avenue Brugmann, 1190 Forest

also my surname is spelt Kowalsky on there, its Kowalski with an i

cheers

Sent from my iPhone""",
         "Tom Kowalski"),

        ("deletion", (), "my account",
"""Hello,

I set up an account with you a couple of years ago to buy a parasol and haven't used it since. To be honest I'd rather you didn't hang on to my details at all - could you get rid of the account and whatever else you've got on me?

No need to send me anything, just let me know once it's done.

Thanks,
Priya""",
         "Priya Raman"),

        ("portability", (), "Moving my loyalty history",
"""Hi there,

I'm switching over to another garden centre's loyalty scheme and they've told me they can take over my purchase history if I bring it in a file. Could you export my order history and loyalty card details as a CSV or JSON file? Even better if you could send it straight to them - their team is at dataimport@greenleaf.example.co.uk.

Many thanks,
Helen Marsh
Card no. 6005 2231 8874""",
         "Helen Marsh"),

        ("restriction", (), "Re: Your account",
"""Hello,

Please don't delete my account just yet - the warranty on the lawnmower I bought runs until next spring and it's all registered through your site.

That said, I don't want my information used for anything in the meantime either. Could you put it on ice? Keep it, just don't do anything with it until I get back to you.

Regards,
Alan Whitfield""",
         "Alan Whitfield"),

        ("objection", ("withdraw_consent",), "Personalised ads",
"""To whom it may concern,

Last week I looked at a hammock on your website and I have been followed around the internet by hammock adverts ever since, including on Instagram. Your privacy notice says you pass browsing data to "advertising partners". I object to that, and to any profiling of me for marketing purposes, under Article 21 GDPR. Please stop it.

While you're at it, I also withdraw the consent I gave for your newsletter when I registered.

Regards,
D. Okafor""",
         "Daniel Okafor"),

        ("withdraw_consent", (), "emails",
"""Hi, I don't want the weekly offers emails any more, can you take me off please. Thanks, Sue""",
         "Sue White"),

        ("complaint", ("access",), "Re: Subject access request - SECOND REMINDER",
"""I sent you a subject access request on 4 March (copied below). It is now 18 April. I have had no acknowledgement, no reply, nothing at all. You are legally required to respond within one month.

Please send me my data without further delay. If I do not have a full response within 7 days I will lodge a complaint with the Belgian Data Protection Authority.

Martin Hale

> On 4 Mar 2024, at 09:12, Martin Hale wrote:
> Dear Sir or Madam, under Article 15 GDPR I am requesting a copy of all personal data you hold about me...""",
         "Martin Hale"),

        ("other", (), "question about your privacy notice",
"""Hi,

I'm thinking about signing up for your loyalty card but before I do - your privacy notice says data "may be transferred outside the EEA". Which countries does that mean in practice, and is that just for the card or for normal online orders too?

I don't need anything done, I just want to understand it before I sign up.

Thanks
Rob""",
         "Rob Ellison"),

        ("other", (), "Quick question about your cookie banner",
"""Hi Privacy Team,

I noticed shop.example.be still shows a cookie banner without a "Reject all" button on the first layer - something regulators across the EU have been issuing fines for over the last 18 months.

At ComplyWise we help mid-sized e-commerce brands get audit-ready in under 6 weeks: DPIAs, records of processing, cookie consent, DSAR workflows - all done for you, fixed fee.

Would you be open to a 15-minute call next week? You can grab a slot here: https://cal.example.com/jbright

Best,
Jordan Bright
Senior Partnerships Manager | ComplyWise

P.S. If this isn't relevant, just reply "no thanks" and I won't follow up.""",
         "Jordan Bright"),

        ("automated", (), "Automatic reply: Your request - ref PRV-2024-0413",
"""Thank you for your email.

I am out of the office until Monday 22 April with limited access to email. For urgent matters please contact my colleague Sarah Lyons at s.lyons@brightfield-law.example.com.

Kind regards,
Daniel Foster
Associate | Brightfield Law LLP

This email and any attachments are confidential and may be legally privileged.""",
         "Daniel Foster"),

        ("deletion", ("withdraw_consent", "objection"), "Order 448213 and a few other things",
"""Hello,

I'm writing about order 448213 (two rattan chairs and the matching side table). The delivery was booked for Tuesday between 8 and 12. I took the morning off work. Nobody came. When I rang customer services at half twelve I was told the van had "a technical problem" and it would be rebooked. It was rebooked for Friday, same thing, except this time the driver turned up at 4pm, left the boxes at the kerb and drove off before I could get downstairs.

One of the chairs has a split in the frame. I've sent photos to customer services twice and had the same copy-paste answer both times telling me to fill in the returns form, which I did on the first day.

I've been a customer for about six years and I've always recommended you to friends, which is why this is so disappointing. I'm not expecting miracles, I'd just like someone to actually read what I've written and sort out the chair.

Anyway, I've decided I won't be shopping with you again after this. Once the chair is sorted, please remove my account and everything connected to it, I don't want any more emails from you, and I don't want my details handed to anyone for advertising either.

Ruth Gallagher""",
         "Ruth Gallagher"),
    ],
    "nl": [
        ("access", (), "vraagje",
"""Goeiemiddag,

Gisteren viel er een folder van jullie in mijn bus, op mijn naam en met mijn juiste adres. Voor zover ik weet heb ik nog nooit iets bij jullie gekocht. Mag ik weten welke gegevens jullie van mij hebben en van wie jullie die gekregen hebben?

Alvast bedankt,
Lien De Smet""",
         "Lien De Smet"),

        ("correction", ("access",), "Verbetering persoonsgegevens - klantnummer 20318876",
"""Geachte heer, mevrouw,

Bij het nakijken van mijn klantenaccount stelde ik vast dat mijn geboortedatum verkeerd geregistreerd staat (15/08/1979 in plaats van 15/06/1979). Ook mijn voornaam is fout gespeld: het is Annelies, niet Anneliese.

Ik verzoek u deze gegevens overeenkomstig artikel 16 AVG recht te zetten.

Graag ontvang ik tevens een kopie van alle andere persoonsgegevens die u over mij bewaart, zodat ik kan nagaan of er nog meer fouten in staan.

Met vriendelijke groeten,
Annelies Verhaegen""",
         "Annelies Verhaegen"),

        ("deletion", (), "Demande de suppression / Verzoek tot wissing",
"""Geachte,

Op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u om alle persoonsgegevens die u over mij verwerkt onverwijld te wissen.

Mijn gegevens:
Naam: Koen Peeters
Adres: [straat + huisnummer], 2600 Berchem
E-mailadres: koen.peeters@telenet.example.be
Klantnummer (indien gekend): ........

Gelieve ook de ontvangers aan wie u mijn gegevens heeft doorgegeven hiervan op de hoogte te brengen (art. 19 AVG) en mij binnen de wettelijke termijn van één maand schriftelijk te bevestigen dat de wissing is uitgevoerd.

Met vriendelijke groet,

[handtekening]
Koen Peeters""",
         "Koen Peeters"),

        ("portability", ("deletion",), "",
"""hoi, ik stap over naar een andere webshop en zou mijn bestelgeschiedenis en spaarpunten daar graag meenemen. kunnen jullie dat in een bestand zetten (excel of zo) dat ik daar kan inladen? als dat gelukt is mag mijn account bij jullie weg

groetjes
Sofie""",
         "sofie.vdb"),

        ("restriction", (), "Account even op pauze?",
"""Dag,

Ik vertrek in mei voor een jaar naar Canada. Mijn account wil ik niet opzeggen, want ik kom terug en wil mijn spaarpunten en bestelhistoriek houden. Maar ik wil ook niet dat er intussen iets met mijn gegevens gebeurt. Kunnen jullie alles gewoon laten staan zoals het is, maar er niets mee doen tot ik terug ben? Een soort bevriezing dus.

Groeten,
Wouter Claes""",
         "Wouter Claes"),

        ("objection", (), "Facebook",
"""Goeiedag,

Ik zie de laatste tijd op Facebook advertenties van jullie, blijkbaar omdat jullie mijn e-mailadres aan Facebook doorgeven om klanten "terug te vinden". Daar maak ik bij deze bezwaar tegen. Gelieve mijn gegevens niet meer te gebruiken om mij via Facebook of andere sociale media reclame te tonen.

Met vriendelijke groeten,
Marc Janssens""",
         "Marc Janssens"),

        ("withdraw_consent", (), "Désinscription",
"""Graag uitschrijven voor de nieuwsbrief, ik krijg er bijna elke dag een.

Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
         "Rita Mertens"),

        ("complaint", (), "Dit kan toch niet",
"""Goedenavond,

Vandaag kwam mijn pakje toe (tuinslang + sproeier), en in de doos zat de factuur van iemand anders: naam, adres, gsm-nummer en alles wat die mevrouw besteld heeft. Dan ligt mijn factuur waarschijnlijk ook bij een wildvreemde, met mijn adres en telefoonnummer erop.

Ik vind dit echt onaanvaardbaar. Ik wil weten hoe dit kon gebeuren, bij hoeveel mensen dit nog gebeurd is, en of jullie dit gemeld hebben aan de Gegevensbeschermingsautoriteit. De factuur van die mevrouw heb ik nog, laat me weten wat ik ermee moet doen.

Inge Bogaerts""",
         "Inge Bogaerts"),

        ("complaint", ("deletion",), "RE: Verzoek tot verwijdering account",
"""Tweede herinnering.

Op 12 februari heb ik gevraagd om mijn account en al mijn gegevens te verwijderen. Vandaag is het 2 april. Ik krijg nog altijd jullie reclamemails en ik kan gewoon nog inloggen. Geen antwoord, geen ontvangstbevestiging, niets.

Ik vraag het nu een laatste keer: verwijder alles. Als ik tegen het einde van deze week geen bevestiging heb, dien ik klacht in bij de GBA.

H. Wouters

-----Oorspronkelijk bericht-----
Van: Hilde Wouters
Verzonden: maandag 12 februari 2024 20:41
Aan: privacy@shop.example.be
Onderwerp: Verzoek tot verwijdering account

Beste, graag mijn account en alle gegevens verwijderen. Dank u.""",
         "Hilde Wouters"),

        ("other", (), "Sollicitatie Privacy & Compliance Officer",
"""Beste,

Op jullie vacaturepagina zag ik dat jullie een Privacy & Compliance Officer zoeken. Omdat er geen contactpersoon vermeld stond, stuur ik mijn kandidatuur naar dit adres, ik hoop dat dat geen probleem is.

Ik ben jurist (KU Leuven, 2019) en werk sinds drie jaar als junior DPO bij een logistiek bedrijf in Mechelen. Daar ben ik onder meer verantwoordelijk voor het verwerkingsregister, DPIA's en de afhandeling van inzageverzoeken. De combinatie met e-commerce spreekt me bijzonder aan.

Mijn cv en motivatiebrief vindt u in bijlage. Ik kom graag eens langs voor een gesprek.

Met vriendelijke groeten,
Yasmine El Amrani
0478 12 34 56""",
         "Yasmine El Amrani"),

        ("other", (), "cookies",
"""Waarom moet ik elke keer als ik op jullie site kom opnieuw die cookiebanner wegklikken? Ik gebruik Firefox op een Mac. Is dat normaal of ligt het aan mijn instellingen?""",
         "jef.lambrechts"),

        ("automated", (), "Onbestelbaar: Uw vraag tot inzage - referentie PRV-1187",
"""Uw bericht heeft de volgende geadresseerden niet bereikt:

j.vandamme@vandamme-advocaten.example.be

Het e-mailadres dat u hebt ingevoerd, is niet gevonden. Controleer het e-mailadres van de geadresseerde en probeer het bericht opnieuw te verzenden. Neem contact op met uw helpdesk als het probleem zich blijft voordoen.

Diagnostische gegevens voor beheerders:

Genererende server: AM0PR02MB5123.eurprd02.prod.outlook.com

j.vandamme@vandamme-advocaten.example.be
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Oorspronkelijke berichtkoppen:
Received: from DB9PR02MB7001.eurprd02.prod.outlook.com (2603:10a6:10:1b2::9)
Subject: Uw vraag tot inzage - referentie PRV-1187""",
         "Microsoft Outlook"),
    ],
    "fr": [
        ("access", (), "Demande d'accès à mes données personnelles",
"""Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, dans l'affirmative, de m'en adresser une copie.

Je souhaite également connaître [précisez : l'origine des données / les destinataires / la durée de conservation].

Pour faciliter vos recherches, voici mes références : numéro client ........., adresse e-mail utilisée pour mon compte : n.lemaire@skynet.example.be

Je vous rappelle que vous disposez d'un délai maximal d'un mois suivant la réception de ce courrier pour répondre à ma demande.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Lemaire
Rue de Bruxelles 42
5000 Namur""",
         "Nathalie Lemaire"),

        ("correction", (), "Name change",
"""Bonjour,

Je me suis mariée en septembre et j'ai pris le nom de mon mari. Pourriez-vous modifier mon compte : Claire Dubois devient Claire Dubois-Lambert (avec le tiret svp, sinon la livraison à mon nom ne passe pas au bureau de poste). L'adresse mail reste la même.

Je vous remercie d'avance,
Claire""",
         "Claire Dubois-Lambert"),

        ("deletion", ("withdraw_consent",), "",
"""Je ne veux plus rien avoir à faire avec votre magasin. Faites disparaître mon compte et tout ce que vous avez sur moi, et arrêtez de m'envoyer vos mails publicitaires.

J. Hermans""",
         "J. Hermans"),

        ("portability", (), "Transfert de mes données vers un autre commerçant",
"""Madame, Monsieur,

Conformément à l'article 20 du RGPD, je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données que je vous ai fournies (coordonnées, historique de commandes, liste d'envies), et, si c'est techniquement possible, de les transmettre directement à la société Verdure SRL (privacy@verdure.example.be), chez qui je viens d'ouvrir un compte client.

Bien à vous,
Olivier Masson""",
         "Olivier Masson"),

        ("restriction", (), "Carte fidélité - achats que je n'ai pas faits",
"""Bonjour,

En regardant l'historique de ma carte de fidélité, je vois quatre achats en février que je n'ai jamais faits (quelqu'un a sans doute utilisé mon numéro de carte). J'ai signalé le problème à la police.

En attendant que vous vérifiiez tout cela, je vous demande de geler ces données : ne les effacez surtout pas, j'en ai besoin comme preuve, mais ne vous en servez plus pour quoi que ce soit (offres, calcul des points, etc.) tant que l'affaire n'est pas tirée au clair.

Merci d'avance,
Sandrine Gillet""",
         "Sandrine Gillet"),

        ("objection", ("access",), "profilage",
"""Bonjour,

Dans votre politique de confidentialité je lis que vous « analysez les habitudes d'achat afin de proposer des offres personnalisées ». Je m'oppose à ce que mes achats soient utilisés de cette façon.

Par ailleurs, j'aimerais savoir dans quels « segments » ou profils vous m'avez classé jusqu'ici, et sur base de quelles données.

Cordialement,
Pierre-Yves Collard""",
         "Pierre-Yves Collard"),

        ("withdraw_consent", (), "newsletter",
"""Bonjour, pourriez-vous me retirer de votre liste d'envoi (newsletter et promos) ? Merci. Bonne journée
Martine""",
         "Martine Leclercq"),

        ("complaint", (), "Utilisation abusive de mon adresse e-mail",
"""Madame, Monsieur,

J'utilise une adresse e-mail différente pour chaque site où je crée un compte. L'adresse jardin-shop@famille-renard.example.be n'a été communiquée qu'à vous, en 2022, et nulle part ailleurs.

Depuis deux semaines, je reçois sur cette adresse des dizaines de spams (casinos en ligne, pharmacies douteuses, faux colis). Soit vous avez vendu ou cédé vos fichiers, soit vous avez été piratés. Dans les deux cas, j'exige une explication écrite et je veux savoir quelles autres données me concernant sont dans la nature.

Je me réserve le droit de saisir l'Autorité de protection des données.

Bertrand Renard""",
         "Bertrand Renard"),

        ("complaint", ("portability",), "Re: Re: mes données en CSV",
"""Bonjour,

Cela fait maintenant six semaines que j'ai demandé à recevoir mes données (commandes et points) dans un fichier CSV pour les importer chez un autre commerçant. On m'a répondu le 4 mars « c'est transmis au service concerné » et depuis plus rien, malgré deux relances.

Je vous demande une dernière fois de m'envoyer ce fichier. À défaut de réponse sous huit jours, je déposerai plainte auprès de l'Autorité de protection des données.

Cordialement,
Thierry Wauters""",
         "Thierry Wauters"),

        ("other", (), "Demande d'interview - article sur le RGPD dans l'e-commerce",
"""Bonjour,

Je suis journaliste pour un magazine consommateurs et je prépare un dossier sur la manière dont les e-commerçants belges gèrent les demandes liées au RGPD, six ans après son entrée en vigueur.

Accepteriez-vous de répondre à quelques questions, par écrit ou par téléphone (15 minutes) ? Par exemple : combien de demandes recevez-vous environ par mois, quels types de demandes reviennent le plus, et quel délai moyen de réponse visez-vous ?

Le bouclage est prévu le 24 avril.

Bien cordialement,
Camille Desmet
Journaliste""",
         "Camille Desmet"),

        ("other", (), "Votre conformité RGPD : êtes-vous prêts en cas de contrôle ?",
"""Bonjour,

Saviez-vous que plus de 60 % des PME belges ne disposent pas d'un registre des traitements à jour ?

Notre cabinet accompagne depuis 2018 les entreprises de l'e-commerce dans leur mise en conformité : audit complet, DPO externalisé à partir de 290 € HTVA/mois, formation de vos équipes, gestion des demandes d'exercice de droits.

Je vous propose un premier diagnostic gratuit de 30 minutes. Quelles seraient vos disponibilités la semaine prochaine ?

Bien à vous,

Julien Maréchal
Consultant RGPD - DataConform Belgium
+32 2 555 01 23

Pour ne plus recevoir nos communications, répondez STOP.""",
         "Julien Maréchal"),

        ("automated", (), "Réponse automatique : Votre demande d'exercice de droits",
"""Bonjour,

Je suis absente du bureau jusqu'au jeudi 2 mai inclus, sans accès régulier à ma messagerie.

En cas d'urgence, vous pouvez contacter le secrétariat au +32 2 555 98 76 ou à l'adresse secretariat@cabinet-gerard.example.be.

Cordialement,
Sophie Gérard
Juriste - Cabinet Gérard & Associés""",
         "Sophie Gérard"),
    ],
    "de": [
        ("access", (), "Auskunftsersuchen gemäß Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

hiermit mache ich mein Auskunftsrecht gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Falls ja, bitte ich um Auskunft über

1. die verarbeiteten Daten selbst, und zwar in Form einer Kopie (Art. 15 Abs. 3 DSGVO),
2. die Verarbeitungszwecke,
3. die Empfänger bzw. Kategorien von Empfängern, insbesondere solche in Drittländern,
4. die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,
6. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.

Ich bitte um Beantwortung innerhalb der Frist des Art. 12 Abs. 3 DSGVO.

Zu meiner Identifikation: Kundennummer 40021773, registrierte E-Mail-Adresse wie Absender.

Mit freundlichen Grüßen

Dr. Stefan Brenner
Aachen""",
         "Dr. Stefan Brenner"),

        ("correction", ("withdraw_consent",), "Adresse",
"""Hallo,

ich bin umgezogen, neue Adresse ist Hookstraße 12, 4700 Eupen. Könnten Sie das bitte in meinem Kundenkonto ändern? Bei mir klappt das Formular irgendwie nicht, es kommt immer "ungültige Postleitzahl".

Und den Newsletter brauch ich ehrlich gesagt auch nicht mehr, den bitte abbestellen.

Danke & Gruß
Monika Radermacher""",
         "Monika Radermacher"),

        ("deletion", ("objection",), "Löschung meiner Daten / Widerspruch",
"""Sehr geehrte Damen und Herren,

ich fordere Sie hiermit auf, sämtliche mich betreffenden personenbezogenen Daten gemäß Art. 17 Abs. 1 DSGVO unverzüglich zu löschen.

Vorsorglich widerspreche ich gemäß Art. 21 Abs. 2 und 3 DSGVO jeder Verarbeitung meiner Daten zum Zwecke der Direktwerbung.

Bitte bestätigen Sie mir die Löschung schriftlich bis zum [Datum einsetzen, 4 Wochen].

Mit freundlichen Grüßen

Jürgen Hoffmann
[Anschrift]""",
         "Jürgen Hoffmann"),

        ("portability", (), "Export?",
"""Hi,

gibt es eine Möglichkeit, alle meine Bestellungen der letzten Jahre als CSV oder Excel zu bekommen? Ich will das in meine Haushaltsbuch-App importieren. Im Konto kann ich nur jede Rechnung einzeln als PDF runterladen, das ist bei 40 Bestellungen etwas mühsam :)

LG Tobias""",
         "Tobias Lenz"),

        ("restriction", (), "Einschränkung der Verarbeitung – angeblicher Zahlungsrückstand",
"""Sehr geehrte Damen und Herren,

in meinem Kundenkonto wird ein offener Betrag von 189,90 EUR aus der Bestellung 512274 angezeigt. Diese Bestellung habe ich am 3. Januar bezahlt (Überweisungsbeleg liegt bei). Ich bestreite daher die Richtigkeit der bei Ihnen gespeicherten Daten.

Bis dies geklärt ist, verlange ich die Einschränkung der Verarbeitung gemäß Art. 18 Abs. 1 lit. a DSGVO. Die Daten dürfen insbesondere nicht an Inkassounternehmen oder Auskunfteien weitergegeben werden; gelöscht werden sollen sie aber auch nicht.

Mit freundlichen Grüßen
Andrea Kessler""",
         "Andrea Kessler"),

        ("objection", (), "Kaufverhalten",
"""Guten Tag,

ich möchte nicht, dass Sie mein Einkaufsverhalten auswerten, um mir "passende" Angebote zu schicken oder die Startseite für mich zusammenzustellen. Dem widerspreche ich hiermit. Einkaufen will ich trotzdem weiter bei Ihnen, nur eben ohne diese Auswertung.

Freundliche Grüße
K. Yilmaz""",
         "Kemal Yilmaz"),

        ("withdraw_consent", (), "WhatsApp",
"""Hallo,

ich hatte bei der Bestellung das Häkchen für Angebote per WhatsApp gesetzt. Die Einwilligung ziehe ich hiermit zurück, bitte meine Handynummer dafür nicht mehr verwenden.

Gruß Lars""",
         "Lars Becker"),

        ("complaint", ("access",), "ZUM DRITTEN MAL - Auskunft",
"""Ich habe Sie am 2. Februar und am 8. März um Auskunft über meine gespeicherten Daten gebeten. Bis heute: nichts. Keine Eingangsbestätigung, keine Antwort, gar nichts. Das ist ein klarer Verstoß gegen Art. 12 und 15 DSGVO.

Ich erwarte die vollständige Auskunft bis spätestens 30. April. Danach geht die Beschwerde an die belgische Datenschutzbehörde raus, der Entwurf liegt hier schon fertig.

Holger Brandt""",
         "Holger Brandt"),

        ("complaint", (), "Beschwerde - privater Kontakt durch Lieferfahrer",
"""Guten Tag,

letzte Woche hat mich der Fahrer, der meine Bestellung geliefert hat, abends privat per WhatsApp angeschrieben ("Hey, hab dir gestern den Gartenstuhl gebracht 😊 Lust auf einen Kaffee?"). Meine Handynummer kann er nur aus den Lieferdaten haben.

Ich finde das ehrlich gesagt ziemlich unheimlich. Ich erwarte, dass Sie dem nachgehen, mir mitteilen, wie so etwas passieren kann, und sicherstellen, dass dieser Mann meine Nummer und Adresse nicht mehr verwenden kann.

Sabine Krüger""",
         "Sabine Krüger"),

        ("other", (), "AVV - Aktualisierung Ihrer Unterlagen",
"""Sehr geehrte Damen und Herren,

im Rahmen unserer Zusammenarbeit (Newsletter-Versand über die Mailverk-Plattform) haben wir unseren Auftragsverarbeitungsvertrag überarbeitet, u. a. aufgrund der neuen Liste von Unterauftragsverarbeitern.

Bitte prüfen Sie das angehängte Dokument und senden Sie es uns bis zum 15. Mai unterschrieben zurück. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Miriam Fischer
Legal & Compliance
Mailverk GmbH""",
         "Miriam Fischer"),

        ("other", (), "Initiativbewerbung",
"""Sehr geehrte Damen und Herren,

mein Name ist Jana Schröder, ich bin Kauffrau im E-Commerce und lebe seit letztem Jahr in Sankt Vith. Da ich neben der Ausbildung eine Weiterbildung zur Datenschutzbeauftragten (TÜV) abgeschlossen habe, würde ich mich sehr freuen, Ihr Team im Kundenservice oder im Bereich Datenschutz zu unterstützen. Ich spreche Deutsch, Französisch und gut Englisch.

Meinen Lebenslauf und Zeugnisse finden Sie im Anhang. Über eine Rückmeldung würde ich mich freuen.

Mit freundlichen Grüßen
Jana Schröder""",
         "Jana Schröder"),

        ("automated", (), "[Ticket#2024041510000347] Ihre Anfrage: Widerspruch gegen Datenweitergabe",
"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Diese E-Mail bestätigt den Eingang Ihrer Anfrage unter der oben genannten Ticketnummer.

Wir bearbeiten alle Anfragen in der Reihenfolge ihres Eingangs und melden uns schnellstmöglich bei Ihnen. Bitte geben Sie bei Rückfragen stets die Ticketnummer im Betreff an.

Bitte antworten Sie nicht auf diese automatisch generierte E-Mail.

Ihr Support-Team
AdReach Media GmbH""",
         "AdReach Support"),
    ],
    "es": [
        ("access", (), "Hola",
"""Hola buenas,

Estoy haciendo "limpieza digital" y estoy escribiendo a todas las tiendas online donde tengo cuenta. ¿Me podéis mandar todo lo que tengáis guardado sobre mí? La cuenta está con este mismo correo.

Gracias!
Rocío""",
         "Rocío Jiménez"),

        ("correction", (), "EJERCICIO DEL DERECHO DE RECTIFICACIÓN",
"""D./Dña. Alejandro Ruiz Medina, mayor de edad, con domicilio en la C/ ........................................ nº ...... , Localidad Bruselas, Provincia .................. C.P. 1050, con D.N.I./NIE 51234567K, del que acompaño copia, por medio del presente escrito ejerce el derecho de rectificación, de conformidad con el artículo 16 del Reglamento (UE) 2016/679, y en consecuencia,

SOLICITA,

Que se proceda a la rectificación de los datos inexactos relativos a mi persona que se encuentren en sus ficheros, en el plazo de un mes desde la recepción de esta solicitud.

Los datos que hay que rectificar se enumeran a continuación:
- Segundo apellido: figura "Ruiz Ruiz", el correcto es "Ruiz Medina".
- Fecha de nacimiento: figura 07/11/1988, la correcta es 11/07/1988.

En Bruselas, a 3 de abril de 20....

Firmado: Alejandro Ruiz Medina""",
         "Alejandro Ruiz"),

        ("deletion", (), "Baja",
"""Hola, quiero cerrar mi cuenta y que no quede nada mío en vuestro sistema, ni dirección ni teléfono ni nada. Ya no vivo en Bélgica y no voy a volver a comprar.
Gracias
Marta""",
         "Marta Ortega"),

        ("portability", (), "Solicitud de portabilidad de datos (art. 20 RGPD)",
"""Estimados señores:

Por la presente ejerzo mi derecho a la portabilidad de los datos y les solicito que me faciliten los datos personales que les he proporcionado (datos de registro, historial de pedidos y puntos de la tarjeta de fidelización) en un formato estructurado, de uso común y lectura mecánica, preferiblemente CSV o JSON, para poder aportarlos a otro comercio.

Quedo a la espera de su respuesta.

Atentamente,
Iñaki Etxeberria Arana""",
         "Iñaki Etxeberria"),

        ("restriction", (), "Re: Re: pedido 55120",
"""Buenos días:

Como ya le expliqué ayer a su compañera por teléfono, estoy tramitando una reclamación con mi seguro por los daños que causó la pérgola al caerse, y el perito me pide toda la documentación del pedido y de la entrega.

Por favor, NO borren esos datos aunque ya haya pasado el plazo que indican en su web. Pero mientras tanto tampoco quiero que se usen para nada más: que se queden guardados y bloqueados hasta que se cierre lo del seguro. Ya les avisaré.

Un saludo,
Fernando Gil""",
         "Fernando Gil"),

        ("objection", (), "Catálogos en papel",
"""Buenas tardes:

Cada mes recibo en casa su catálogo impreso, a mi nombre. Me opongo a que utilicen mi nombre y mi dirección para enviarme publicidad, ya sea por correo postal o por cualquier otro medio. Les ruego que lo tengan en cuenta a partir de ahora.

Atentamente,
Carmen Navarro Blasco""",
         "Carmen Navarro"),

        ("withdraw_consent", ("objection",), "newsletter y 'socios'",
"""Hola:

Ya no quiero recibir la newsletter, retiro el permiso que di cuando me registré.

Y tampoco quiero que paséis mis datos a vuestros "socios comerciales" para que me manden publicidad, que he visto en la política de privacidad que lo hacéis. Eso también fuera.

Gracias,
Jorge""",
         "Jorge Castaño"),

        ("complaint", ("deletion",), "Re: Solicitud de supresión de datos",
"""Señores:

El 20 de febrero les solicité la supresión de todos mis datos (les reenvío el correo más abajo). Han pasado casi dos meses sin respuesta alguna y, encima, sigo recibiendo sus correos comerciales.

Les exijo que procedan a la supresión de inmediato y me lo confirmen por escrito. Si en diez días no tengo noticias, presentaré una reclamación ante la Autoridad de Protección de Datos belga.

Luis Moreno Pardo

---------- Mensaje reenviado ----------
De: Luis Moreno <lmorenop@example.es>
Fecha: 20 feb 2024, 18:03
Asunto: Solicitud de supresión de datos
Para: privacy@shop.example.be

Solicito la supresión de todos mis datos personales conforme al art. 17 RGPD.""",
         "Luis Moreno"),

        ("other", (), "Pregunta sobre vuestra política de privacidad",
"""Hola,

Estoy haciendo un máster en derecho digital y para un trabajo estoy comparando las políticas de privacidad de varias tiendas online belgas. En la vuestra pone que conserváis los datos de facturación durante 7 años: ¿es por la normativa fiscal belga o por otro motivo?

No necesito nada sobre mis datos, es solo para el trabajo. ¡Gracias de antemano!

Paula Serrano""",
         "Paula Serrano"),

        ("other", (), "¿Cumple su tienda online con el RGPD?",
"""Estimado/a responsable:

Hemos analizado de forma gratuita su sitio web y hemos detectado 7 posibles incumplimientos en materia de protección de datos (banner de cookies, textos legales, formularios sin casilla de consentimiento...).

En Lexdata Consultores llevamos más de 10 años adaptando negocios online al RGPD. Le ofrecemos una auditoría completa y la redacción de todos sus textos legales por solo 349 €.

¿Le parece bien que le llame esta semana para comentarle el informe?

Un cordial saludo,
Sergio Almansa
Departamento comercial
Lexdata Consultores""",
         "Sergio Almansa"),

        ("automated", (), "Respuesta automática: Solicitud de acceso - Ref. 2024/118",
"""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 8 de abril sin acceso al correo electrónico. Para asuntos urgentes puede dirigirse a legal@estudio-castro.example.es.

Un saludo,
Elena Castro
Departamento Legal""",
         "Elena Castro"),

        ("correction", ("access",), "Mesa de jardín rota y otra cosa",
"""Hola,

Os escribo porque la mesa de jardín que pedí (pedido 60213) llegó con una pata doblada y un arañazo enorme en el tablero. Ya abrí una incidencia con atención al cliente el lunes y me dijeron que en 48 horas me contestaban, pero de momento nada. Os adjunto las fotos por si acaso.

Además el repartidor primero fue a mi antigua dirección de Ixelles y tuvo que volver al día siguiente, así que tardó tres días más de lo previsto. Entiendo que son cosas que pasan, pero esperaba algo más de vosotros porque siempre he estado contenta.

Y aprovecho, ya que esto es el correo de privacidad: en mi cuenta sigue saliendo la dirección antigua aunque la cambié, por eso pasó lo del repartidor. Cambiadla por favor a Rue Royale 80, 1000 Bruselas. Y ya de paso, me gustaría saber qué datos tenéis de mí exactamente.

Saludos,
Nuria Vidal""",
         "Nuria Vidal"),
    ],
    "it": [
        ("access", (), "Richiesta di accesso ai dati personali",
"""Il/La sottoscritto/a Giovanni Esposito nato/a a Napoli il 12/03/1981, esercita con la presente richiesta i diritti di cui all'art. 15 del Regolamento (UE) 2016/679.

Accesso ai dati personali
Il sottoscritto chiede di confermare l'esistenza o meno di dati personali che lo riguardano e, in caso affermativo, di ottenere l'accesso a tali dati, una copia degli stessi e tutte le informazioni previste dall'art. 15 (finalità del trattamento, categorie di dati, destinatari, periodo di conservazione, origine dei dati).

Recapito per la risposta: [indirizzo e-mail / PEC / indirizzo postale]
Estremi di un documento di riconoscimento: CI n. ..................

Bruxelles, 9 aprile 2024

Giovanni Esposito""",
         "Giovanni Esposito"),

        ("correction", (), "cap sbagliato",
"""Buongiorno,
quando mi sono registrata ho sbagliato a scrivere il codice postale, ho messo 1040 invece di 1050, e adesso non riesco a modificarlo perché il campo è bloccato. Potete sistemarlo voi? L'ultimo pacco è finito in un'altra zona e l'ho dovuto andare a prendere 😅

Grazie mille,
Francesca""",
         "Francesca Galli"),

        ("deletion", (), "Delete account",
"""Non voglio più avere un account da voi, levate tutto per favore. Grazie

Inviato da iPhone""",
         "Stefano R."),

        ("portability", (), "trasferimento storico acquisti",
"""Salve,

mi sono iscritto al programma fedeltà di un altro negozio che permette di importare lo storico acquisti da altri rivenditori. Sarebbe possibile inviare i miei dati (ordini e punti accumulati) direttamente a loro, in formato elettronico? Mi hanno indicato questo indirizzo: portabilita@casaverde.example.it

In alternativa va bene anche un file CSV mandato a me, poi lo carico io.

Cordiali saluti,
Davide Marino""",
         "Davide Marino"),

        ("restriction", (), "Richiesta di limitazione del trattamento - art. 18 GDPR",
"""Spett.le Società,

con la presente contesto l'esattezza dei dati presenti nel mio profilo cliente, in particolare data di nascita e numero di telefono, che non corrispondono ai miei, e chiedo, ai sensi dell'art. 18, par. 1, lett. a) del Regolamento (UE) 2016/679, la limitazione del trattamento per il periodo necessario a verificarne l'esattezza.

Distinti saluti,
Avv. Roberta Lombardi""",
         "Roberta Lombardi"),

        ("objection", ("deletion",), "profilazione",
"""Buonasera,

leggo nella vostra informativa che utilizzate i dati di acquisto per "attività di profilazione a fini commerciali". Mi oppongo, non voglio essere profilato.

E già che ci siete, cancellate pure lo storico dei miei acquisti, non vedo perché dobbiate tenerlo.

Saluti,
Marco Bellini""",
         "Marco Bellini"),

        ("withdraw_consent", (), "Revoca consenso marketing",
"""Buongiorno,

quando ho richiesto la carta fedeltà sul vostro sito ho spuntato anche la casella per ricevere comunicazioni promozionali. Desidero revocare quel consenso: non voglio più ricevere né SMS né email con offerte. La carta però la tengo.

Cordiali saluti,
Anna Ricci
tessera n. 7700123456""",
         "Anna Ricci"),

        ("complaint", ("withdraw_consent",), "DI NUOVO la newsletter!!",
"""Mi sono disiscritta dalla vostra newsletter a gennaio, ho pure la mail di conferma. Da tre settimane ricevo di nuovo le vostre offerte, tutti i santi giorni.

Chi vi ha dato il permesso di reiscrivermi? È una violazione bella e buona. Toglietemi SUBITO dalla lista e spiegatemi com'è successo, altrimenti faccio segnalazione all'autorità per la privacy.

Elisa Conti""",
         "Elisa Conti"),

        ("access", ("portability",), "Re: Solo per oggi: -30% su tutto il giardino 🌿",
"""Invece di mandarmi sconti, mi dite che dati avete su di me? E se possibile mandatemeli in un formato che posso importare altrove, tipo CSV.

grazie
Paolo

Il giorno mar 9 apr 2024 alle ore 08:00 Shop <news@shop.example.be> ha scritto:
> Solo per oggi: -30% su tutto il giardino!""",
         "Paolo Fontana"),

        ("other", (), "Candidatura spontanea - area Privacy / DPO",
"""Gentili Signori,

mi chiamo Luca Ferraro, ho 29 anni e da pochi mesi mi sono trasferito a Bruxelles. Ho una laurea in Giurisprudenza (Università di Bologna) e un master di II livello in Data Protection, e ho lavorato due anni come consulente privacy presso uno studio legale milanese.

Vi scrivo per proporre la mia candidatura spontanea per eventuali posizioni in ambito privacy o compliance. Parlo italiano, inglese e francese (livello B2).

In allegato trovate il mio CV. Resto a disposizione per un colloquio, anche online.

Cordiali saluti,
Luca Ferraro""",
         "Luca Ferraro"),

        ("other", (), "domanda prima di registrarmi",
"""Salve, prima di crearmi un account volevo sapere: sul sito usate Google Analytics o il pixel di Meta? E se sì, si può usare il sito senza accettarli? Grazie""",
         "g.morelli"),

        ("automated", (), "Messaggio non recapitato: Re: la sua richiesta del 2 aprile",
"""Questo è un messaggio generato automaticamente dal sistema di posta.

Non è stato possibile recapitare il messaggio ai seguenti destinatari:

m.gallo1975@libero.example.it
    Motivo: la casella del destinatario è piena.
    Risposta del server remoto: 552 5.2.2 Mailbox full

Il messaggio originale è allegato.

--- Intestazioni del messaggio originale ---
From: privacy@shop.example.be
To: m.gallo1975@libero.example.it
Subject: Re: la sua richiesta del 2 aprile
Date: Wed, 10 Apr 2024 10:14:22 +0200""",
         "Mail Delivery System"),
    ],
    "pt": [
        ("access", (), "dados",
"""Oi, tudo bem?

Vocês podem me mandar quais informações minhas vocês têm aí no cadastro? Comprei umas coisas no ano passado quando ainda morava em Bruxelas e fiquei curiosa pra saber o que ficou guardado.

Obrigada!
Juliana""",
         "Juliana Rocha"),

        ("correction", (), "Retificação de dados pessoais",
"""Exmos. Senhores,

Venho, ao abrigo do artigo 16.º do RGPD, solicitar a retificação dos meus dados de cliente. O meu apelido está registado como "Conceicao", sem cedilha nem til, e aparece assim em todas as faturas; o correto é "Conceição". O número de telemóvel também está desatualizado: o atual é +32 470 11 22 33.

Agradeço que me confirmem a alteração.

Com os melhores cumprimentos,
Rui Conceição""",
         "Rui Conceicao"),

        ("deletion", ("withdraw_consent",), "Pedido de apagamento de dados pessoais",
"""Exmos. Senhores,

Eu, [NOME COMPLETO], portador(a) do cartão de cidadão n.º [número], venho por este meio, ao abrigo do artigo 17.º do Regulamento Geral sobre a Proteção de Dados, solicitar o apagamento de todos os dados pessoais que me digam respeito e que se encontrem na vossa posse.

Retiro ainda, com efeitos imediatos, todos os consentimentos que tenha prestado para o tratamento dos meus dados.

Aguardo resposta no prazo legal de um mês.

Com os melhores cumprimentos,
Ana Ferreira""",
         "Ana Ferreira"),

        ("portability", (), "Pedido de portabilidade",
"""Boa tarde,

Gostaria de receber os dados da minha conta (encomendas, moradas e pontos do cartão) num ficheiro que possa depois importar noutra loja online. Um CSV ou JSON serve perfeitamente.

Obrigado,
Tiago Santos""",
         "Tiago Santos"),

        ("restriction", (), "Não apaguem a minha conta",
"""Boa noite,

Recebi o vosso email a avisar que a minha conta vai ser eliminada por inatividade. Peço que não o façam: estou num processo em tribunal com o empreiteiro que instalou o deck que vos comprei e o advogado precisa das faturas e dos dados da entrega.

Também não quero que os dados sejam usados para mais nada entretanto. Guardem-nos e mais nada, até eu vos dizer que o processo terminou.

Cumprimentos,
Manuel Pereira""",
         "Manuel Pereira"),

        ("objection", ("restriction",), "Oposição ao tratamento para fins de marketing",
"""Exmos. Senhores,

Nos termos do artigo 21.º do RGPD, oponho-me ao tratamento dos meus dados pessoais para a definição de perfis e para publicidade personalizada, incluindo a partilha com redes sociais para fins publicitários.

Enquanto analisam este pedido, solicito que limitem o tratamento dos meus dados, ao abrigo do artigo 18.º, n.º 1, alínea d), do mesmo regulamento.

Com os melhores cumprimentos,
Helena Marques""",
         "Helena Marques"),

        ("withdraw_consent", (), "",
"""Bom dia, não quero receber mais a newsletter. Obg""",
         "Carla Sousa"),

        ("complaint", ("correction",), "3.º pedido - nome errado",
"""É a terceira vez que escrevo sobre isto. Em janeiro e em fevereiro pedi que corrigissem o meu nome: é Gonçalves e não "Goncalues". Continuo a receber cartas e emails com o nome mal escrito e ninguém me responde.

Corrijam de uma vez, por favor. Se voltar a não ter resposta, apresento queixa à autoridade de proteção de dados.

Sérgio Gonçalves""",
         "Sergio Goncalves"),

        ("complaint", (), "Email com os endereços de todos os clientes à vista",
"""Boa noite,

Acabei de receber um email vosso sobre o "evento de primavera" com mais de 200 endereços de email visíveis no campo Cc, incluindo o meu. Qualquer pessoa dessa lista tem agora o meu email e sabe que sou vossa cliente.

Isto é uma violação de dados pessoais. Quero saber se já notificaram a autoridade de proteção de dados e que medidas vão tomar para que não se repita.

Patrícia Lopes""",
         "Patrícia Lopes"),

        ("other", (), "encomenda 80311",
"""Olá,

Fiz uma encomenda há 10 dias (n.º 80311, dois vasos grandes) e ainda não chegou. No site continua "em preparação". Podem ver o que se passa? Não encontrei outro email para contactar.

Obrigada,
Filipa""",
         "Filipa Antunes"),

        ("other", (), "Dúvida sobre cookies",
"""Boa tarde,

No vosso banner de cookies há uma categoria "preferências". Para que servem exatamente esses cookies? Se os recusar, o carrinho de compras continua a funcionar normalmente?

Obrigado pela atenção,
Nuno""",
         "Nuno Batista"),

        ("automated", (), "Resposta automática: Pedido de acesso aos dados",
"""Olá,

Estou de férias até dia 15 de agosto, sem acesso ao email. Responderei à sua mensagem assim que regressar.

Para assuntos urgentes, contacte geral@almeida-contabilidade.example.pt.

Obrigado,
Pedro Almeida""",
         "Pedro Almeida"),
    ],
}

"""Person mail for set sixtythird, languages en nl fr de es it pt, theme vouchers, gift cards, cashback and referral schemes. Written apart from the rules (see make_sixtythird.py)."""

PEOPLE_HE = {
    "en": [
        ("access", (),
         "Who gave you my email?",
         """Hi,

Yesterday I got an email from you saying "Your friend has invited you! Here's 15 EUR off your first order". I have never shopped with you and I don't recognise the name it was signed with, it only said "a friend".

Which friend gave you my address exactly, and when? And what else did they hand over, my name, phone number? I'd like to know what you actually have on me and how long you plan to keep it.

Thanks,
Fiona Gallagher""",
         "Fiona Gallagher"),
        ("correction", (),
         "Gift card balance on my old account",
         """Hello,

I have a gift card (the plastic one, number ending 4471) that my colleagues gave me when I left my job in 2022. It's registered on my account, but that account still has my old work email (f.mbeki@loganworks-brussels.be) which no longer exists, and my surname there is still my maiden name Mbeki. I got married in the meantime and I'm now Naledi Peeters.

Could you change the email on the account to naledi.peeters@mailbox.org and the name to Naledi Peeters? Right now I can't log in to check the balance because the reset link goes to a dead inbox.

Kind regards,
Naledi Peeters""",
         "Naledi Peeters"),
        ("deletion", ("withdraw_consent",),
         "Cashback claim CB-2024-11873 - please delete my documents",
         """Dear Sir or Madam,

In October I took part in your "50 euro back on a coffee machine" promotion. The claim form (run by, as far as I can tell, an outside agency called RefundPoint) made me upload a scan of both sides of my ID card, my IBAN and the receipt. The 50 euros arrived on my account last week, thank you.

Now that the claim is paid there is no reason whatsoever for you or the agency to keep a copy of my identity card. I therefore ask you to erase the ID scan, my bank details and the rest of the claim file, at your end and at the agency's, under Article 17 GDPR, and to confirm in writing once this has been done.

While you are at it: the claim form had a pre-ticked box for "offers from our partners". Please take me off every marketing list this has put me on, I do not want those mails.

Yours faithfully,
Dr. Alistair Venn
Avenue Louise 212, 1050 Ixelles""",
         "Alistair Venn"),
        ("restriction", (),
         "Re: Your cashback request",
         """Please read before you do anything.

I'm currently disputing the refusal with RefundPoint and with my credit card company, and the upload confirmation with the timestamp is the only proof I have that I sent everything before the deadline. Do NOT delete my claim file in 30 days. Keep it, don't use it for anything else, just keep it until this is sorted out. I'll tell you when it can go.

Sam Okafor

> Dear customer,
> Unfortunately your cashback request for order 55120938 could not be
> accepted because the documents were received after the closing date
> of the promotion. In line with our privacy policy, the documents you
> uploaded will be erased automatically 30 days after this decision.
> Kind regards,
> Customer Service""",
         "Sam Okafor"),
        ("objection", (),
         "",
         """stop passing my purchases to the cashback sites please. I bought through a coupon site once and now every site knows what I bought. don't share my stuff with those partners anymore

Rob""",
         "Robert Lindqvist"),
        ("withdraw_consent", (),
         "newsletter",
         """Hi, I signed up to your newsletter only to get the 10 euro welcome voucher, which I've now used (thanks!). Please unsubscribe me, I don't want the weekly mails. The unsubscribe link at the bottom gives an error page.

Priya""",
         "Priya Raman"),
        ("complaint", ("deletion",),
         "My mother died in March. Stop sending her birthday vouchers.",
         """To whoever reads this,

My mother, Margaret Doyle, passed away on 14 March. On the 2nd of April I wrote to your customer service, enclosed a copy of the death certificate and asked you to close her loyalty account. I got an automatic reply and nothing else.

This morning my father opened the post and found a card from you: "Happy birthday Margaret! Here's a 20 EUR voucher to treat yourself". Do you have any idea what that did to him? He sat in the kitchen and cried.

I have now asked twice. I'm not asking anymore, I'm telling you: delete her account and everything you hold on her, and take her off every mailing and printing list, today. If I don't get a written confirmation within the week I'll file a complaint with the Data Protection Authority (GBA/APD), and I'll also be telling people exactly how your shop treats grieving families.

Patrick Doyle
Rue du Bailli 9, 1000 Brussels""",
         "Patrick Doyle"),
        ("other", (),
         "Voucher rejected at the till",
         """Hello,

I got a 10 EUR voucher code by email for my birthday (thanks). I tried to use it at your Ghent store on Veldstraat on Saturday and the cashier said the code "doesn't exist in the system". She scanned the barcode from my phone twice. It's valid until the end of the month according to the mail.

Is the voucher only valid online? Nothing in the mail says so. If it is, fine, but can someone tell me?

Thanks
Tom Vermeulen""",
         "Tom Vermeulen"),
        ("other", (),
         "Partnership proposal - GDPR-compliant coupon distribution",
         """Dear privacy team,

I'm reaching out from SaveStack, a coupon and cashback platform with 1.2 million active members in Benelux. We help retailers like yours reach deal-hungry shoppers through exclusive codes, with fully GDPR-compliant tracking (first-party, consent-based, no fingerprinting).

Since data protection is usually the first question our partners ask, I thought it made sense to start with your team. Would you be open to a 20-minute call next week to walk through our data processing agreement and how the click attribution works?

Best regards,
Emma Whitfield
Partnerships Lead, SaveStack""",
         "Emma Whitfield"),
        ("other", (),
         "Question about refer a friend",
         """Hi there,

I'd like to use your refer-a-friend thing for my sister, she wants a new laptop and we'd both get 20 euros. The form asks for her email. Am I actually allowed to put her email in there without asking her first? She'd be fine with it I'm sure, I just don't want either of us getting into trouble over privacy rules. Does she get a mail saying it came from me?

Cheers,
Hannah""",
         "Hannah Brooks"),
    ],
    "nl": [
        ("access", ("objection",),
         "Wat krijgt die cashbacksite van jullie?",
         """Goeiedag,

Ik bestel soms via een cashbackportaal (ik ga de naam niet noemen, maar jullie weten wel welke) en daar zie ik achteraf in mijn overzicht precies welk product ik bij jullie gekocht heb en voor hoeveel. Dat had ik eerlijk gezegd niet verwacht.

Kunnen jullie mij zeggen welke gegevens jullie over mijn aankopen aan zo'n portaal doorgeven? Alleen het bedrag, of ook wat ik gekocht heb, mijn e-mailadres, mijn adres? En aan welke andere sites gebeurt dat nog?

En als het kan wil ik ook dat jullie daar vanaf nu mee stoppen, ik wil niet dat mijn aankopen daar terechtkomen.

Met vriendelijke groeten,
Griet Van Damme""",
         "Griet Van Damme"),
        ("correction", (),
         "verjaardag verkeerd",
         """Dag,

Al drie jaar krijg ik mijn verjaardagsbon in juli, maar ik verjaar op 7 januari. Ik denk dat er ergens 01/07 en 07/01 verwisseld is. Kunnen jullie dat aanpassen in mijn klantenkaart (nr 2200 5518 3301)? Het juiste is 07-01-1979.

Merci!
Luc Claes""",
         "Luc Claes"),
        ("deletion", (),
         "Re: Uw cashback is uitbetaald",
         """Goeiemiddag,

Fijn dat het geld er is. Nu nog één ding: voor die actie moest ik een kopie van mijn identiteitskaart uploaden, voor- en achterkant, met mijn rijksregisternummer erop. Dat lijkt me totaal overbodig nu alles uitbetaald is. Gelieve die kopie te verwijderen, ook bij dat extern bureau dat de aanvragen behandelt, en mijn rekeningnummer ook. Graag een bevestiging.

Mvg,
Koen De Smet

> Beste Koen,
> Goed nieuws! Uw aanvraag voor de actie "Tot 100 euro terug op
> geselecteerde tv's" werd goedgekeurd. Het bedrag van 75,00 EUR werd
> vandaag overgeschreven op rekening BE** **** **** 4418.
> Met vriendelijke groeten,
> Het actieteam""",
         "Koen De Smet"),
        ("portability", (),
         "Export klantenkaart",
         """Hallo,

Ik houd mijn uitgaven bij in een budgetapp en wil daar graag mijn aankoopgeschiedenis van jullie klantenkaart in laden, samen met de bonnen en cadeaukaarten die ik gekregen en gebruikt heb. Kunnen jullie mij al die gegevens bezorgen in een bestand dat ik kan inlezen, een CSV of JSON bijvoorbeeld? Een pdf heb ik niks aan.

Alvast bedankt,
Sofie Maes""",
         "Sofie Maes"),
        ("objection", (),
         "Mijn naam in jullie uitnodigingsmails",
         """Beste,

Vorige maand heb ik via jullie "Breng een vriend mee" twee collega's uitgenodigd. Nu hoor ik van één van hen dat in de mail die zij kreeg stond: "Jan Wouters heeft je uitgenodigd en heeft onlangs een Dyson gekocht". Dat laatste heb ik nergens toegelaten.

Ik wil niet dat jullie mijn naam of mijn aankopen nog gebruiken in mails naar anderen, ook niet als herinnering of zo. De korting mag blijven, daar gaat het niet om.

Jan Wouters""",
         "Jan Wouters"),
        ("withdraw_consent", (),
         "",
         """Stop aub met die sms'en met kortingscodes, ik wil er geen meer. 0478 12 34 90

Ria""",
         "Ria Peeters"),
        ("complaint", ("access",),
         "Tweede herinnering - nog altijd geen antwoord",
         """Geachte,

Op 3 februari heb ik jullie gevraagd waarom mijn cadeaubon van 50 euro, die ik kocht voor mijn petekind, in de mailbox van een wildvreemde terechtgekomen is, samen met mijn naam en mijn persoonlijke boodschap. Ik vroeg ook welke gegevens jullie van mij bewaren en aan wie die bon met mijn naam nog is doorgestuurd.

Op 3 maart heb ik een herinnering gestuurd. Vandaag is het 10 april en ik heb nog altijd niets gekregen, behalve een automatisch antwoord "we behandelen uw vraag zo snel mogelijk".

Dit is ruim over de termijn van een maand. Ik verwacht binnen de 14 dagen een volledig antwoord op mijn oorspronkelijke vraag. Zoniet dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groet,
Hilde Verstraete
Kerkstraat 41, 9300 Aalst""",
         "Hilde Verstraete"),
        ("other", (),
         "cadeaubon vervallen",
         """Hallo,

Bij het opruimen vond ik een cadeaukaart van jullie van 25 euro, gekregen voor Kerstmis 2022. Op de achterkant staat "1 jaar geldig". Is die echt niks meer waard? Ik dacht dat dat in België minstens 2 jaar moest zijn. Kan ik ze nog gebruiken of laten verlengen?

Groetjes,
Elke""",
         "Elke Janssens"),
        ("other", (),
         "Bestelling 40718825 - cashback",
         """Goedendag,

In november kocht ik een wasmachine bij jullie met de actie "100 euro terug". Ik heb alles ingestuurd wat gevraagd werd (kassaticket, IBAN, kopie identiteitskaart) en kreeg op 2 december een bevestiging dat mijn aanvraag volledig was. Er staat dat de uitbetaling binnen 6 weken gebeurt. We zijn nu bijna 3 maanden later en ik heb nog altijd niks op mijn rekening.

Waar blijft mijn geld? Bij het nummer van het actiebureau krijg ik niemand aan de lijn.

Marc Hermans""",
         "Marc Hermans"),
        ("other", (),
         "Vraag over kopie identiteitskaart",
         """Beste,

Ik twijfel om mee te doen met jullie cashbackactie op de koffiemachines, maar ik zie dat ik daarvoor een kopie van mijn identiteitskaart moet opladen. Mag een winkel dat eigenlijk zomaar vragen? Ik heb ooit gelezen dat de GBA daar streng op is. Ik heb nog niets ingestuurd, ik wil gewoon weten hoe het zit voor ik beslis.

Vriendelijke groeten,
Bart Lemmens""",
         "Bart Lemmens"),
    ],
    "fr": [
        ("access", (),
         "???",
         """Bonjour, j'ai reçu un bon d'achat de 15€ "pour vous remercier de votre fidélité" alors que je n'ai jamais acheté chez vous ni eu de carte. Qu'est ce que vous avez sur moi exactement et d'où vous le tenez???

Nadia Benali""",
         "Nadia Benali"),
        ("correction", (),
         "Remboursement promo - mauvais numéro de compte",
         """Bonjour,

J'ai introduit une demande pour l'action "jusqu'à 80€ remboursés" (aspirateur, commande 55873012). En relisant la confirmation je vois que le compte indiqué est mon ancien compte BE71 0630 **** ****, que j'ai clôturé en janvier. Je pense qu'il a été repris de mon profil client où il traîne encore.

Pouvez-vous le remplacer par mon nouveau compte BE38 7340 1122 9865 avant que le virement parte, et le corriger aussi dans mon profil?

Merci d'avance,
Jérôme Dubois""",
         "Jérôme Dubois"),
        ("deletion", ("withdraw_consent",),
         "Demande d'effacement - article 17 RGPD",
         """Madame, Monsieur,

Je suis titulaire de votre carte de fidélité depuis 2016 (n° 2200 4190 7764). Ayant dépensé le solde de la dernière carte cadeau qui y était liée, je n'ai plus l'usage de ce compte.

Conformément à l'article 17 du Règlement (UE) 2016/679, je vous prie de bien vouloir supprimer mon compte client ainsi que l'ensemble des données personnelles me concernant, en ce compris l'historique d'achats et les bons d'achat associés.

Je retire par ailleurs mon consentement à la réception de votre lettre d'information et de toute communication commerciale par e-mail ou SMS, avec effet immédiat.

Je vous saurais gré de me confirmer l'exécution de ces demandes dans le délai prévu à l'article 12, paragraphe 3, du règlement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Christine Lambert
Rue de Fer 18
5000 Namur""",
         "Christine Lambert"),
        ("portability", (),
         "données carte fidélité",
         """Bonjour,

Je voudrais recevoir toutes les données de ma carte fidélité (achats, points, bons, cartes cadeaux) dans un fichier exploitable, genre Excel ou CSV, pour pouvoir les importer ailleurs. Le pdf de l'espace client ne suffit pas.

Bien à vous,
Antoine Leclercq""",
         "Antoine Leclercq"),
        ("restriction", (),
         "Ma carte cadeau et mon ancien compte",
         """Bonjour,

Je vous explique la situation parce que c'est un peu compliqué. En 2021 ma fille m'a offert une carte cadeau de 200€ pour mes 60 ans. Elle l'a enregistrée sur un compte qu'elle m'avait créé avec mon adresse Skynet. Quand Skynet a fermé, j'ai créé un nouveau compte avec mon adresse Gmail, et la carte est restée sur l'ancien.

J'ai utilisé à peu près 60€. Maintenant votre service client me dit que le solde est de 0€ et qu'il a été "consommé en ligne" en 2023, or je n'ai rien acheté en ligne en 2023, je ne sais même pas me connecter à cet ancien compte. J'ai ouvert une réclamation (n° SC-88213) et on m'a dit que cela pouvait prendre plusieurs semaines.

Entre-temps, j'ai peur qu'on supprime l'ancien compte pour inactivité et qu'on perde toute trace de ce qui s'est passé. Donc je vous demande de ne rien effacer sur cet ancien compte, ni l'historique ni les connexions, tant que la réclamation n'est pas terminée, et de ne plus rien faire avec, juste le garder comme il est.

Merci,
Monique Delvaux""",
         "Monique Delvaux"),
        ("withdraw_consent", (),
         "",
         """Merci de me désinscrire de vos mails "bons plans" et des SMS promo. Le bon de bienvenue je l'ai eu, ça suffit.
Kevin""",
         "Kevin Renard"),
        ("complaint", ("access",),
         "Ma carte cadeau envoyée à un inconnu",
         """Madame, Monsieur,

J'ai acheté le 12 décembre une e-carte cadeau de 100€ pour ma nièce (commande 55791204). J'avais indiqué son nom et son adresse e-mail, et un petit message personnel.

Ma nièce n'a jamais rien reçu. Par contre, le 20 décembre, un monsieur que je ne connais pas m'a écrit sur Facebook pour me dire qu'il avait reçu "une carte cadeau de la part de Sylvie Mertens" avec mon message, et qu'il voulait me la rendre. Il a trouvé mon profil grâce à mon nom qui figurait dans votre e-mail.

Je trouve inadmissible qu'une erreur pareille soit possible et que personne ne m'ait prévenue. Je demande à savoir à qui d'autre mes données ont été envoyées et comment cela a pu arriver. Je me réserve le droit de saisir l'Autorité de protection des données.

Sylvie Mertens""",
         "Sylvie Mertens"),
        ("other", (),
         "cumul de codes",
         """Bonjour,

Est ce que je peux utiliser en même temps le code de 10€ reçu pour mon anniversaire et le code -15% de la newsletter sur la même commande? Le site n'accepte que le premier que je tape. Si ce n'est pas possible, lequel vaut mieux garder?

Merci
Julie""",
         "Julie Martin"),
        ("other", (),
         "Carte cadeau refusée au magasin de Namur",
         """Bonjour,

Samedi au magasin de la rue de l'Ange à Namur, la caissière a refusé ma carte cadeau (achetée sur votre site) en disant que les cartes "web" ne passent pas en magasin. Pourtant sur votre site il est écrit "utilisable en ligne et dans tous nos magasins". J'ai dû payer avec ma carte bancaire et j'ai trouvé ça très désagréable devant tout le monde.

Pouvez vous me dire qui a raison?

Cordialement,
Philippe Gérard""",
         "Philippe Gérard"),
        ("other", (),
         "Merci",
         """Bonjour,

Juste un petit mot pour vous remercier. Suite à mon e-mail du mois dernier, vous avez bien supprimé la copie de ma carte d'identité de l'action cashback et vous m'avez répondu clairement et rapidement. C'est assez rare pour le souligner.

Bonne journée,
Françoise Hubert""",
         "Françoise Hubert"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO - Cashback-Aktion",
         """Sehr geehrte Damen und Herren,

im Rahmen Ihrer Aktion "Bis zu 150 EUR Cashback auf Kaffeevollautomaten" habe ich im September eine Erstattung beantragt. Die Abwicklung erfolgte offenbar über eine externe Agentur.

Ich bitte Sie um Auskunft gemäß Art. 15 DSGVO, insbesondere:

1. welche personenbezogenen Daten Sie oder die Agentur im Zusammenhang mit meinem Antrag gespeichert haben (einschließlich der Kopie meines Personalausweises),
2. an welche Empfänger diese Daten weitergegeben wurden und wie die Agentur heißt,
3. wie lange die Daten gespeichert werden bzw. nach welchen Kriterien die Dauer festgelegt wird,
4. eine Kopie der Daten.

Bitte beantworten Sie meine Anfrage innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Katharina Vogel
Kaiserstraße 87
52062 Aachen""",
         "Katharina Vogel"),
        ("correction", (),
         "Falsche E-Mail bei Kundenkonto mit Gutscheinguthaben",
         """Guten Tag,

in meinem alten Kundenkonto liegt noch ein Guthaben von 38,50 EUR aus einem Gutschein, den ich als Entschädigung für eine verspätete Lieferung bekommen habe. Beim Anlegen des Kontos ist mir damals ein Tippfehler passiert: hinterlegt ist "m.schroeder@gmx.dee" statt "m.schroeder@gmx.de". Deshalb kommt der Link zum Zurücksetzen des Passworts nie an.

Könnten Sie die Adresse bitte auf m.schroeder@gmx.de korrigieren? Kundennummer 7701-22983.

Danke und Gruß
Martin Schröder""",
         "Martin Schröder"),
        ("deletion", ("withdraw_consent",),
         "Konto meines verstorbenen Vaters",
         """Sehr geehrte Damen und Herren,

mein Vater, Heinrich Krämer, ist im Januar verstorben. Gestern kam per Post ein Geburtstagsgutschein über 15 Euro an ihn. Ich bin seine Tochter und kümmere mich um den Nachlass, eine Kopie der Sterbeurkunde lege ich bei.

Bitte löschen Sie sein Kundenkonto und seine Kundenkarte und schicken Sie keine Werbung mehr an seine Adresse (Hauptstraße 14, 4700 Eupen), weder Post noch E-Mail. Meine Mutter wohnt dort weiter und es ist für sie jedes Mal schwer.

Mit freundlichen Grüßen
Ursula Krämer-Lenz""",
         "Ursula Krämer-Lenz"),
        ("portability", (),
         "",
         """Hallo, bitte schicken Sie mir alle meine Daten aus der Kundenkarte (Einkäufe, Punkte, Gutscheine) als maschinenlesbare Datei (CSV o. JSON), Art. 20. Kartennr. 2200 6614 0087.
Gruß J. Berger""",
         "Jonas Berger"),
        ("restriction", ("access",),
         "Cashback abgelehnt - Unterlagen bitte NICHT löschen",
         """Hallo,

mein Cashback-Antrag zum Fernseher (Bestellung 55644120) wurde abgelehnt mit der Begründung "Unterlagen unvollständig". Ich habe aber nachweislich alles hochgeladen, Rechnung, IBAN, Ausweiskopie, ich habe sogar Screenshots davon.

In der Ablehnungsmail steht, dass meine Unterlagen nach 30 Tagen gelöscht werden. Das möchte ich nicht: ich habe mich an die Verbraucherzentrale gewandt und brauche die Unterlagen als Beweis. Bitte sperren Sie sie, also aufbewahren, aber nicht weiter verwenden, bis die Sache geklärt ist.

Außerdem möchte ich wissen, welche Dokumente bei Ihnen bzw. bei der Agentur tatsächlich angekommen sind und welche angeblich fehlen.

Viele Grüße
Stefanie Wolff""",
         "Stefanie Wolff"),
        ("objection", (),
         "Widerspruch Tracking / Gutscheinportale",
         """Sehr geehrte Damen und Herren,

seit ich einmal über ein Gutscheinportal bei Ihnen bestellt habe, bekomme ich auf allen möglichen Seiten Werbung mit "Ihrem persönlichen Gutschein" für genau die Produkte, die ich mir bei Ihnen angesehen habe. Offensichtlich werden meine Daten mit Partnernetzwerken geteilt und zu einem Profil zusammengeführt.

Hiermit widerspreche ich gemäß Art. 21 DSGVO der Weitergabe meiner Kauf- und Surfdaten an Affiliate-Netzwerke, Gutschein- und Cashbackportale sowie der Erstellung von Profilen für personalisierte Gutscheinangebote.

Mit freundlichen Grüßen
Thomas Brandt""",
         "Thomas Brandt"),
        ("withdraw_consent", (),
         "Re: Willkommen! Ihr 10-EUR-Gutschein",
         """Danke für den Gutschein, der ist eingelöst. Den Newsletter möchte ich aber nicht mehr bekommen, bitte abmelden.

A. Hoffmann

> Hallo Anja,
> schön, dass Sie dabei sind! Als Dankeschön für Ihre Newsletter-Anmeldung
> erhalten Sie Ihren Gutscheincode: WELCOME10-88KQ
> Ab sofort erhalten Sie jeden Donnerstag unsere besten Angebote.""",
         "Anja Hoffmann"),
        ("other", (),
         "Gutschein an der Kasse nicht akzeptiert",
         """Guten Tag,

ich wollte heute in Ihrer Filiale in Eupen einen Gutschein über 20 EUR einlösen, den ich als Entschädigung nach einer Reklamation per E-Mail bekommen habe. An der Kasse hieß es, der Code sei "bereits verwendet". Ich habe ihn aber definitiv noch nie benutzt.

Können Sie das bitte prüfen und mir einen neuen Code schicken? Code: COMP20-7731-XK

Mit freundlichen Grüßen
Peter Schmitz""",
         "Peter Schmitz"),
        ("other", (),
         "Kooperationsanfrage Cashback-Programm",
         """Sehr geehrte Damen und Herren,

wir sind ein Cashback-Anbieter aus Köln (ca. 800.000 registrierte Nutzer in DE, AT und BE) und würden Ihren Shop gerne in unser Programm aufnehmen. Die Abrechnung erfolgt rein provisionsbasiert; die Datenübermittlung beschränkt sich auf eine pseudonyme Transaktions-ID und den Warenkorbwert, ein Auftragsverarbeitungsvertrag liegt selbstverständlich vor.

Da solche Anfragen erfahrungsgemäß auch über den Tisch der Datenschutzabteilung gehen, wende ich mich direkt an Sie. Über einen kurzen Termin würde ich mich freuen.

Freundliche Grüße
Lena Hartmann
Partner Management, Rückgeld24 GmbH""",
         "Lena Hartmann"),
        ("other", (),
         "Cashback immer noch nicht da",
         """Hallo,

hab im Oktober bei der Aktion "50 € zurück" mitgemacht, Antrag wurde am 2.11. bestätigt (Vorgangsnummer CB-3391-DE). Da stand "Auszahlung innerhalb von 8 Wochen". Jetzt ist Februar und auf meinem Konto ist nix. Was ist da los??

Gruß
Dennis Koch""",
         "Dennis Koch"),
    ],
    "es": [
        ("access", ("deletion",),
         "¿De dónde habéis sacado mi correo?",
         """Hola,

Me ha llegado un correo vuestro diciendo que "un amigo" me ha invitado y que tengo 15€ de descuento. Yo no tengo cuenta con vosotros ni os he dado nunca mi correo. Vivo en Bruselas desde hace dos años, eso sí.

Quiero saber qué amigo os ha dado mi dirección, qué más datos tenéis de mí y desde cuándo. Y después, por favor, borradlo todo, no quiero estar en vuestra base de datos.

Un saludo,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("deletion", (),
         "",
         """Buenas, tengo una cuenta vieja con vosotros (javi.ruiz85@hotmail.com) en la que había una tarjeta regalo, ya he gastado todo el saldo. Por favor eliminad esa cuenta y mis datos. Gracias

Javier Ruiz""",
         "Javier Ruiz"),
        ("portability", (),
         "Solicitud de portabilidad (art. 20 RGPD)",
         """Estimados señores:

Por medio del presente escrito ejerzo mi derecho a la portabilidad de los datos conforme al artículo 20 del Reglamento General de Protección de Datos.

Solicito que me remitan, en un formato estructurado, de uso común y lectura mecánica (CSV o JSON), los datos personales que les he facilitado en relación con mi cuenta de cliente y mi tarjeta de fidelización n.º 2200 3381 5520, incluyendo el historial de compras, los cupones y vales canjeados y las tarjetas regalo asociadas.

Atentamente,
María del Carmen Soler Vidal
Avenue de Tervueren 145
1150 Woluwe-Saint-Pierre""",
         "María del Carmen Soler Vidal"),
        ("restriction", (),
         "Re: Vale de compensación - datos bancarios",
         """Hola de nuevo,

Antes de nada: no estoy de acuerdo con que el vale sea de 20€, el pedido llegó roto y pagué 180€. Lo he reclamado al servicio de atención al cliente y también a la asociación de consumidores (Test-Achats).

Mientras eso se aclara, no quiero que uséis los datos bancarios que os mandé para nada, ni para pagar el vale ni para otra cosa. Tampoco los borréis, porque forman parte de la reclamación. Dejadlos como están, bloqueados, hasta que os diga algo.

Pablo Navarro

> Estimado Pablo:
> Lamentamos las molestias con su pedido 55902117. Como compensación
> le ofrecemos un vale de 20 EUR. Para procesarlo, por favor facilítenos
> su IBAN y una copia del ticket de compra respondiendo a este correo.
> Atentamente,
> Atención al Cliente""",
         "Pablo Navarro"),
        ("objection", (),
         "Cupones personalizados",
         """Hola,

Me he dado cuenta de que los cupones que me mandáis están clavados a lo que compro: compré pañales y al día siguiente cupón de toallitas, miré una cuna y cupón para cunas. No me hace ninguna gracia que analicéis todas mis compras para eso.

No me quiero dar de baja de la tarjeta de puntos, pero sí quiero que dejéis de usar mi historial para crear un perfil y mandarme cupones a medida. Si me mandáis los cupones generales, vale.

Gracias,
Ana Belén Castro""",
         "Ana Belén Castro"),
        ("withdraw_consent", (),
         "baja sms",
         """no quiero recibir mas sms con codigos descuento, dadme de baja por favor. mi numero es el 0485 66 21 07""",
         "Rubén Molina"),
        ("complaint", ("deletion",),
         "Queja: me exigen copia del DNI para un reembolso",
         """Buenos días:

Compré una cafetera en vuestra tienda de Ixelles con la promoción "te devolvemos 40€". Para cobrarlo, la web de la agencia que gestiona la promoción me obligó a subir una copia de mi DNI por las dos caras, además del IBAN y el ticket. Pregunté por chat para qué necesitaban el DNI y me dijeron "es obligatorio, si no, no se tramita".

Me parece totalmente desproporcionado pedir un documento de identidad para devolver 40 euros, y en ningún sitio se explicaba quién iba a guardar esa copia ni hasta cuándo. Lo subí porque quería mi dinero, pero no me parece bien y quiero que conste esta queja. Estoy valorando presentar una reclamación ante la Autoridad de Protección de Datos belga y ante la AEPD.

Además, ya he cobrado, así que exijo que borréis la copia de mi DNI de inmediato.

Elena Jiménez Prieto""",
         "Elena Jiménez Prieto"),
        ("other", (),
         "¿Se pueden juntar?",
         """Hola! Tengo una tarjeta regalo de 50€ y un cupón de 10% que me dieron en un portal de cashback. Se pueden usar los dos en el mismo pedido? Y si pago una parte con la tarjeta regalo me dan igual el cashback del portal?

Gracias!!
Marta""",
         "Marta Sánchez"),
        ("other", (),
         "Tarjeta regalo caducada",
         """Hola,

Mi suegra me regaló por Navidad una tarjeta regalo vuestra de 75€ y con el lío de la mudanza se me pasó usarla. Ahora en la web me dice "tarjeta caducada". ¿Hay alguna forma de recuperar el saldo o de alargar la fecha? Me sabe fatal perder el regalo.

Un saludo,
Alberto Gil""",
         "Alberto Gil"),
        ("other", (),
         "Tarjeta regalo para una amiga",
         """Hola,

Acabo de comprar una e-tarjeta regalo para mi amiga Carla (pedido 55917340). Puse su nombre y su correo para que le llegue directamente a ella el día de su cumpleaños, el sábado.

¿Le llegará el correo exactamente ese día o puede llegar antes? ¿Y aparece mi nombre en el correo o solo el mensaje que escribí? Es que quería que fuera sorpresa y no quiero estropearlo.

Muchas gracias,
Irene Morales""",
         "Irene Morales"),
    ],
    "it": [
        ("access", (),
         "Richiesta informazioni su dati trasmessi all'agenzia cashback",
         """Buongiorno,

a novembre ho partecipato alla vostra promozione "rimborso fino a 100 euro" su un televisore. La pratica è stata gestita da un'agenzia esterna, alla quale ho inviato copia della carta d'identità, IBAN e scontrino.

Ai sensi dell'art. 15 del GDPR vi chiedo di comunicarmi quali miei dati personali avete voi e quali l'agenzia, come si chiama l'agenzia, se i dati sono stati comunicati ad altri soggetti e per quanto tempo verranno conservati. Vi chiedo anche una copia dei dati.

Cordiali saluti,
Francesca Romano
Rue Belliard 60, 1040 Etterbeek""",
         "Francesca Romano"),
        ("correction", (),
         "Nome sbagliato",
         """Salve, sul mio account e sulla carta fedeltà il mio nome è scritto "Giusepe Esposto" invece di Giuseppe Esposito. Me ne sono accorto perché il buono compleanno è arrivato con quel nome. Potete correggerlo? La mail è g.esposito@libero.it

Grazie
Giuseppe Esposito""",
         "Giuseppe Esposito"),
        ("deletion", ("withdraw_consent",),
         "Cancellazione account e newsletter",
         """Buonasera,

mi ero iscritta alla newsletter solo per il buono da 10 euro promesso all'iscrizione, che tra l'altro non mi è mai arrivato. Ho anche creato un account per usarlo. A questo punto non mi interessa più.

Vi chiedo di cancellare il mio account e tutti i miei dati, e di togliermi dalla newsletter.

Saluti,
Chiara Bianchi""",
         "Chiara Bianchi"),
        ("portability", (),
         "Trasferimento dati carta fedeltà",
         """Buongiorno,

mi trasferisco in Italia il mese prossimo e vorrei avere i dati della mia carta fedeltà (acquisti, punti, buoni e gift card) in un file leggibile da computer, tipo CSV, per poterli conservare e importare in un'app di gestione delle spese. È possibile? Numero carta 2200 7102 4458.

Grazie mille,
Luca Ferraro""",
         "Luca Ferraro"),
        ("restriction", (),
         "Re: Saldo gift card",
         """Buongiorno,

capisco, ma io contesto quel saldo. La carta era di 150 euro e io ne ho spesi solo 40, quindi mancano 110 euro. Ho già aperto una segnalazione con la mia banca e mi servono i dati delle transazioni della carta e del vecchio account.

Vi chiedo quindi di NON cancellare il vecchio account né lo storico degli utilizzi della carta finché la questione non è risolta, e di non usarli per altro nel frattempo. Solo conservarli.

Alessandro Greco

> Gentile cliente,
> abbiamo verificato la gift card n. 6033 **** 2290: il saldo residuo
> risulta pari a 0,00 EUR. La carta era collegata a un account non più
> attivo dal 2022, che verrà eliminato nell'ambito della nostra
> procedura di pulizia degli account inattivi.
> Cordiali saluti,
> Servizio Clienti""",
         "Alessandro Greco"),
        ("objection", (),
         "Programma Invita un amico",
         """Salve,

ho scoperto che quando invito un amico con il mio link, nella mail che riceve compare il mio nome e cognome e anche la mia foto del profilo. Non lo sapevo e non mi va bene. Vi chiedo di smettere di usare il mio nome e la mia foto in queste mail, anche per gli inviti già fatti e non ancora aperti. Il link lo posso continuare a usare, ma anonimo.

Grazie,
Valentina Conti""",
         "Valentina Conti"),
        ("complaint", ("access",),
         "RECLAMO - buono di compensazione e richiesta IBAN",
         """Buongiorno,

sono estremamente irritato. Dopo un ritardo di consegna di tre settimane mi avete proposto un buono di 15 euro come "compensazione". Per riceverlo mi avete chiesto IBAN, data di nascita e copia di un documento. Per un BUONO. Ho mandato tutto perché mi sembrava una procedura vostra, e adesso scopro dalla mia banca che ci sono stati due tentativi di addebito da una società che non conosco.

Non sto dicendo che siete stati voi, ma voglio sapere a chi avete passato i miei dati, chi li ha in mano adesso e perché per un buono vi serviva tutto questo. Ho già scritto al vostro servizio clienti due volte senza risposta seria. Se entro pochi giorni non ricevo una spiegazione farò reclamo all'autorità per la protezione dei dati, sia quella belga che il Garante.

Roberto Marino""",
         "Roberto Marino"),
        ("other", (),
         "Codice sconto non funziona",
         """Buongiorno, il codice BENVENUTO10 che ho ricevuto iscrivendomi alla newsletter mi dà errore "codice non valido" al pagamento. Il carrello è di 85 euro, quindi sopra il minimo. Mi potete aiutare?

Sara Lombardi""",
         "Sara Lombardi"),
        ("other", (),
         "Proposta di collaborazione - piattaforma coupon",
         """Gentile team,

sono il responsabile commerciale di ScontoFacile, una piattaforma di coupon e cashback attiva in Italia e Belgio. Vorremmo proporvi una collaborazione per la distribuzione di codici sconto esclusivi ai nostri utenti.

Sappiamo che per voi la protezione dei dati è importante: il nostro modello non prevede lo scambio di dati personali dei clienti, solo di un identificativo di transazione anonimo. Saremmo lieti di inviarvi la documentazione e di organizzare una call.

Cordiali saluti,
Davide Ricci
ScontoFacile S.r.l.""",
         "Davide Ricci"),
        ("other", (),
         "Grazie",
         """Buonasera,

volevo solo ringraziarvi: la gift card che avevo comprato per mia madre era finita per errore a un indirizzo sbagliato perché avevo scritto male la sua mail, e il vostro servizio clienti l'ha bloccata e riemessa in un giorno. Gentilissimi.

Marco Gallo""",
         "Marco Gallo"),
    ],
    "pt": [
        ("correction", (),
         "Morada errada",
         """Bom dia,

mudei de casa em janeiro e o vale de aniversário foi parar à morada antiga. Peço que atualizem a morada no meu cartão de cliente (n.º 2200 8830 1176) para:
Rua Vanderkindere 312, 1180 Uccle

Obrigada,
Ana Rita Sousa""",
         "Ana Rita Sousa"),
        ("deletion", (),
         "Apagar cópia do cartão de cidadão",
         """Boa tarde,

Participei na vossa campanha de reembolso de 30€ num aspirador e tive de enviar cópia do cartão de cidadão, IBAN e talão. O dinheiro já caiu na conta, obrigado.

Agora peço que apaguem a cópia do cartão de cidadão e os meus dados bancários, tanto da vossa parte como da empresa externa que tratou do pedido. Não vejo razão para continuarem com isso.

Cumprimentos,
Nuno Carvalho""",
         "Nuno Carvalho"),
        ("portability", ("deletion",),
         "Pedido de portabilidade e apagamento",
         """Exmos. Senhores,

Ao abrigo do artigo 20.º do RGPD, venho solicitar o envio dos meus dados pessoais associados à minha conta de cliente (histórico de compras, pontos, vales e cartões-presente) num formato estruturado e de leitura automática, como CSV ou JSON.

Após o envio desses dados, solicito, ao abrigo do artigo 17.º, o apagamento da minha conta e de todos os dados pessoais que me digam respeito.

Com os melhores cumprimentos,
Joaquim Manuel Pereira
Chaussée de Waterloo 501, 1050 Ixelles""",
         "Joaquim Manuel Pereira"),
        ("restriction", (),
         "",
         """Não apaguem os meus dados do pedido de cashback CB-2024-20418!! Vou reclamar porque recusaram sem razão e preciso disso como prova. Guardem tudo, mas não usem para nada até isto estar resolvido.
Tiago""",
         "Tiago Fernandes"),
        ("objection", (),
         "Partilha de dados com sites de cupões",
         """Olá,

Reparei que depois de comprar através de um site de cupões, esse site ficou a saber exatamente o que comprei e agora mostra-me publicidade disso em todo o lado. Suponho que sejam vocês a enviar-lhes essa informação.

Não quero que continuem a partilhar os dados das minhas compras com sites de cupões, de cashback ou de comparação de preços. Não quero apagar a conta, só que parem com isso.

Obrigada,
Inês Almeida""",
         "Inês Almeida"),
        ("withdraw_consent", ("deletion",),
         "Re: O teu amigo convidou-te!",
         """Nunca pedi nada disto. Não quero receber mais emails vossos, nem convites nem promoções. E apaguem o meu email da vossa lista, por favor.

Rui Costa

> Olá Rui!
> O teu amigo Miguel convidou-te para te juntares a nós.
> Regista-te hoje e recebe 15 EUR de desconto na primeira encomenda!
> [Aceitar convite]""",
         "Rui Costa"),
        ("complaint", (),
         "Reclamação - código enviado para outra pessoa",
         """Exmos. Senhores,

Venho apresentar uma reclamação. No passado dia 4, uma pessoa que não conheço contactou-me pelo telemóvel a dizer que tinha recebido um email vosso com um vale de compensação "para Sandra Oliveira", com o meu nome completo, o meu número de telemóvel e o número da encomenda.

Ou seja, enviaram os meus dados a um desconhecido e ninguém me avisou. Já liguei para o apoio ao cliente duas vezes e disseram-me que "iam ver". Até hoje nada.

Acho isto inaceitável. Caso não receba uma explicação séria, vou apresentar queixa à autoridade de proteção de dados belga e à CNPD.

Sandra Oliveira""",
         "Sandra Oliveira"),
        ("other", (),
         "Reembolso ainda não recebido",
         """Boa tarde,

Enviei o pedido de reembolso da campanha "até 100€ de volta" em dezembro, com todos os documentos pedidos. Recebi confirmação de que estava completo, mas até agora ainda não recebi nada. Podem verificar o que se passa? Encomenda 55788310.

Obrigado,
Paulo Ribeiro""",
         "Paulo Ribeiro"),
        ("other", (),
         "dois codigos",
         """Ola, posso usar o codigo de desconto da newsletter junto com o vale de aniversario? ou so da um de cada vez? obg

Catarina""",
         "Catarina Lopes"),
        ("other", (),
         "Vale de aniversário expirado",
         """Bom dia,

Recebi o vale de aniversário de 10€ mas estive fora do país o mês inteiro e ele expirou ontem. Há alguma possibilidade de o prolongarem uns dias? Sou cliente há muitos anos.

Com os melhores cumprimentos,
Fernanda Martins""",
         "Fernanda Martins"),
    ],
}

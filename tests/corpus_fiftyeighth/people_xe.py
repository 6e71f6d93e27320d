"""Person mail for the fiftyeighth set, in en nl fr de es it pt, on where the shop got the data and paper/partner mail. Written apart from the rules (see make_fiftyeighth.py)."""

PEOPLE_XE = {
    "en": [
        ("access", (),
         "Where did you get my name and address?",
         """Dear Sir or Madam,

Yesterday a 64-page catalogue of yours landed in my letterbox, addressed to me by name:
"Mr Alistair Pemberton, Avenue des Klauwaerts 17, 1050 Ixelles". I have lived in Brussels
for four years, I have never bought anything from you, I have no loyalty card and I have
never created an account on your website or your app. As far as I know I have never even
set foot in one of your stores.

So I would like to know how you got hold of my details. Under Article 15 of the GDPR (and
Article 14, since you obviously did not collect this from me) please tell me:

- exactly which personal data you hold about me;
- the source of that data, i.e. the name of the company, list broker or partner it came
  from, and when you received it;
- what you use it for and on which legal basis;
- whether you have shared it with anyone else;
- how long you intend to keep it.

A copy of the data would be appreciated as well. I understand you have a month to reply.

Kind regards,
Alistair Pemberton""",
         "Alistair Pemberton"),
        ("deletion", (),
         "Catalogues for my late mother",
         """Hello,

My mother, Margaret Hughes, passed away last February. She lived at Kerkstraat 88 in
Tervuren and I am now clearing the house before it is sold. Every few weeks there's
another glossy catalogue from you in her name, and last week a "personal invitation" to
your winter sale, also in her name.

I'm sure it's not intentional but it is quite upsetting to keep finding them. Could you
please remove her from your files completely, the address list, the card, whatever you
have, so nothing more is sent? I can send a copy of the death certificate if you need it.

Thank you,
Fiona Hughes-Carter
(her daughter)""",
         "Fiona Hughes-Carter"),
        ("objection", (),
         "",
         """pls stop sending me your paper folder with my name on it, never asked for it. dont mind the ones for "the occupant" but not addressed ones

Sent from my iPhone""",
         "Dan O'Rourke"),
        ("withdraw_consent", ("access",),
         "Competition on another website",
         """Hi,

I think I know now where you got my email and postal address. In September I entered a
"win a robot vacuum" competition on some recipe website, and I suppose there was a box
pre-ticked or that I ticked without reading, saying my details could be shared with
"selected partners". Since then I have had your newsletter, two catalogues and a text
message about your black friday deals.

I do not consent to any of this any more. Please take this as my withdrawal of consent
for marketing emails, text messages and post, as of today.

Could you also confirm which website or company passed my details to you and on what
date, so I can take it up with them as well?

Thanks,
Priya Raman
(mobile +32 471 55 80 19, in case you need it to find me in your system)""",
         "Priya Raman"),
        ("correction", (),
         "Re: Your address has been updated",
         """Hi, sorry but this is wrong again. I moved OUT of Rue Vanderkindere 212 in Uccle in
2022. My address is Chaussée de Charleroi 45, box 3, 1060 Saint-Gilles. I changed it in
the app myself last spring and now your mail says you "updated" it back to the old one??
Some "moving service" must have given you an old file. Please put the correct one back
and keep it that way, the new people in Uccle keep getting my catalogues.

Tom

> Dear customer,
>
> To make sure our mailings reach you, we regularly check our customer addresses with
> an external address validation service. Your postal address has been updated in your
> account. If this is not correct, you can change it in "My details".
>
> Kind regards,
> Customer Service""",
         "Tom Vandenbossche"),
        ("restriction", ("access",),
         "Pay later refused - disputed credit check",
         """Dear privacy team,

On 3 November I tried to pay for order 4471-8820 (a fridge-freezer) with your "pay in 3
instalments" option and was refused. The chat said this was "based on an external credit
check". I have never had a payment problem in my life, I have no loans apart from my
mortgage and I am not registered at the Central Individual Credit Register of the
National Bank for any default, I checked.

I believe the agency you used has wrong information on me, possibly mixing me up with
someone with a similar name (there is another Robert Walsh in Mechelen, I have had his
post before).

While I sort this out with them, please do not use that credit result for anything: do
not keep it in my profile as a "risk" flag, do not use it for future orders, just leave
it frozen until the accuracy has been checked. I would also like to know the name of the
agency you asked and what they reported back to you.

Regards,
Robert Walsh
Mechelen""",
         "Robert Walsh"),
        ("portability", (),
         "Exporting my data",
         """Good morning,

I've been a loyalty card member since 2016. We're moving to Ireland in January and I'd
like to take my purchase history with me, mainly for warranty reasons and because I use
a household budgeting app that can import spreadsheets.

Could you send me my data (card transactions, online orders, the catalogue and
newsletter preferences I set) in a machine-readable file, CSV or Excel is fine? A PDF
won't work for the import.

Many thanks,
Helen McAllister
card no. 2245 0098 1134""",
         "Helen McAllister"),
        ("other", (),
         "Catalogue printing - partnership proposal",
         """Dear Marketing Manager,

I am writing to you on behalf of Ardenne Print & Mail, a family-owned printing house near
Marche-en-Famenne. We noticed that your autumn catalogue and your weekly door-to-door
folders are printed abroad.

We print catalogues up to 200 pages, personalised addressed mailings and unaddressed
"to the occupant" leaflets, including sorting and delivery to bpost. Our paper is FSC
certified and our lead times are typically 5 working days.

I would be delighted to send you samples and a quotation for your spring catalogue. Could
you forward this mail to the person in charge of print purchasing?

Best regards,
Jonathan Leclercq
Business Development, Ardenne Print & Mail""",
         "Jonathan Leclercq"),
        ("other", (),
         "Order 5590-1127",
         """Hi,

I ordered your printed Christmas catalogue via the form on the website on 20 October
(got confirmation no. 5590-1127) and it still hasn't come. My address is right in the
confirmation so that's not the issue. My neighbours got theirs two weeks ago. Is there
any way you could post another one? My dad doesn't do online shopping and wants to pick
his gifts from the paper version.

Cheers,
Gareth""",
         "Gareth Price"),
        ("other", (),
         "Question",
         """Hello, a general question, not about my own details. I'm doing a master's thesis at
the VUB on direct marketing in Belgium and I'm comparing how retailers deal with the
Robinson list. Do you check your postal mailings against the Robinson list as a rule, and
is that something your privacy team could talk about in a short interview (20 min, online)?
Totally understand if not.

Best,
Sarah Lindqvist""",
         "Sarah Lindqvist"),
    ],
    "nl": [
        ("access", (),
         "adres???",
         """Goeiemiddag

Ik krijg vandaag een folder van jullie met mijn naam erop, niet "aan de bewoner" maar
echt "Dhr. Wouter Claes". Ik heb NOOIT iets bij jullie gekocht. Van waar hebben jullie
mijn naam en adres en wat weten jullie nog allemaal over mij?

Wouter""",
         "Wouter Claes"),
        ("objection", (),
         "",
         """Sta al jaren op de Robinsonlijst. Wil geen geadresseerde reclame van jullie, ook geen catalogus. Gelieve dit te respecteren.
M. Verhaegen, Lier""",
         "Marleen Verhaegen"),
        ("complaint", ("access", "deletion"),
         "Speelgoedcatalogus aan mijn dochter van 7",
         """Geachte,

Ik ben echt kwaad. Gisteren lag er een speelgoedcatalogus in onze bus, persoonlijk
geadresseerd aan "Lotte Peeters" – mijn dochter van zeven. Op de envelop stond zelfs
"Speciaal voor jou, Lotte!". Mijn dochter heeft geen account bij jullie, ze heeft geen
klantenkaart, ze heeft nooit ergens een formulier ingevuld. Ze kan amper schrijven.

Ik vind het ronduit schandalig dat een winkel gegevens van een kind van zeven jaar heeft
en die gebruikt om haar reclame te sturen. Ik ga dit melden bij de
Gegevensbeschermingsautoriteit, daar mag u zeker van zijn. Ik heb ook al een vriendin bij
Test-Aankoop gebeld.

Ik wil weten waar jullie haar naam vandaan hebben (van welke firma, welke wedstrijd,
welke lijst), en daarna wil ik dat alles over haar gewist wordt.

Met vriendelijke groeten,
Sofie Peeters
Molenstraat 14, 3500 Hasselt""",
         "Sofie Peeters"),
        ("deletion", (),
         "Vorige bewoner",
         """Dag,

Wij wonen sinds 2021 in de Guldensporenlaan 6 in Kortrijk. Er komt nog altijd post van
jullie voor de vorige bewoner, mevrouw Ghislaine Vandamme (catalogus, klantenkaartbrief,
en nu ook een brief "U heeft gewonnen!"). Zij woont hier al drie jaar niet meer, wij
weten niet waar ze naartoe is.

Kunnen jullie haar naam met dit adres uit jullie bestand halen aub? Wij gooien het
telkens weg maar het blijft maar komen.

Groeten
Jens Debaere""",
         "Jens Debaere"),
        ("correction", ("objection",),
         "Re: Uw verzoek tot inzage - dossier 2024-0871",
         """Hallo,

Bedankt voor het overzicht. Ik lees er wel dingen in die nergens op slaan. Ik sta bij
jullie blijkbaar als "leeftijdsklasse 65+", "gezinstype: alleenstaande senior" en
"inkomensklasse C". Ik ben 34, ik woon samen met mijn vriend en we hebben twee kinderen.
Geen idee waar dat bureau dat vandaan haalt.

Pas dat aub aan, want dat klopt echt niet. Eigenlijk wil ik ook helemaal niet dat jullie
mij op basis van zo'n "huishoudprofiel" van een databroker in vakjes steken om te bepalen
welke folders ik krijg, dus stop daar ook mee.

Mvg,
Elke Van Hoof

> Geachte mevrouw Van Hoof,
>
> In bijlage vindt u een overzicht van de persoonsgegevens die wij over u verwerken.
> Een deel van de kenmerken in uw marketingprofiel (leeftijdsklasse, gezinstype,
> inkomensklasse) werd verrijkt met gegevens van een externe partner.
>
> Met vriendelijke groet,
> Team Privacy""",
         "Elke Van Hoof"),
        ("restriction", (),
         "Niet wissen aub",
         """Beste,

Ik heb vorige maand een brief gekregen van een "partner" van jullie dat ik een reis
gewonnen had en ik moest een betalend nummer bellen om mijn prijs te claimen. Ik heb
daar niet op gereageerd maar mijn buurvrouw (82) wel, en zij is €60 kwijt. Ik heb
klacht ingediend bij de politie en bij de Economische Inspectie.

Mijn vraag: ik weet dat ik het recht heb om mijn gegevens te laten wissen, maar doe dat
nu NIET. Ik heb alles wat jullie over mij hebben en hoe die brief bij mij is beland nodig
als bewijs. Gebruik mijn gegevens wel voor niets anders meer zolang het onderzoek loopt,
dus geen mailings, geen doorgeven aan partners.

Alvast bedankt,
Ludo Wouters
Turnhout""",
         "Ludo Wouters"),
        ("withdraw_consent", (),
         "toestemming intrekken",
         """Goedendag,
Bij het aanvragen van de klantenkaart heb ik destijds aangevinkt dat ik reclame per sms
en telefoon mocht krijgen. Ik trek die toestemming hierbij in. Ik sta ook op Bel-me-niet
tegenwoordig, dus ik verwacht geen telefoontjes meer.
Kaartnummer 6634 2201 7789.
Vriendelijke groet,
Annemie Goossens""",
         "Annemie Goossens"),
        ("other", (),
         "Folder in het Nederlands?",
         """Hallo,

Wij wonen in Sint-Pieters-Woluwe en de folder "aan de bewoner" die in onze straat wordt
bedeeld is altijd enkel in het Frans. Bestaat die ook in het Nederlands? En zo ja, ligt
die in de winkel in Woluwe of moet ik hem online bekijken? Het gaat niet om een
persoonlijke folder, gewoon de weekfolder.

Bedankt!
Griet""",
         "Griet Moens"),
        ("other", (),
         "Prijs in folder klopt niet",
         """Beste,

In jullie folder van deze week (pagina 7) staat de steelstofzuiger aan €149. In de
winkel in Gent-Zuid rekenden ze mij €199 aan en de verkoper zei dat het "een drukfout"
was. Ik heb de folder nog en de kassabon. Ik vind dat ik recht heb op de prijs uit de
folder. Ik weet dat dit het privacyadres is maar ik vond nergens een ander mailadres,
kunnen jullie het doorsturen naar de juiste dienst?

Groeten,
Koen De Smet""",
         "Koen De Smet"),
        ("other", (),
         "Verhuisbestand en huishoudprofielen - voorstel",
         """Geachte heer/mevrouw,

DataPunt Benelux helpt retailers om hun geadresseerde mailings rendabeler te maken. Wij
leveren maandelijks een bestand met recent verhuisde gezinnen in Vlaanderen en Brussel,
verrijkt met leeftijdsklasse, gezinssamenstelling en koopkrachtindex per statistische
sector. Uiteraard ontdubbeld met de Robinsonlijst.

Graag plannen we een kort gesprek om te tonen hoe wij uw catalogusmailing met 20%
meer respons kunnen laten draaien. Mag ik u volgende week even bellen?

Met vriendelijke groeten,
Bart Lemmens
Accountmanager, DataPunt Benelux""",
         "Bart Lemmens"),
    ],
    "fr": [
        ("access", ("objection",),
         "Demande d'accès - origine de mes données (art. 14 et 15 RGPD)",
         """Madame, Monsieur,

J'ai reçu le 12 novembre, à mon domicile de la rue de Fer 31 à 5000 Namur, votre
catalogue de fin d'année, adressé nominativement à « Mme Nathalie Gilson ». Je ne suis
pas cliente chez vous et je ne vous ai jamais communiqué mon adresse.

En application de l'article 15 du RGPD, et plus particulièrement du paragraphe 1,
point g), je vous prie de m'indiquer toute information disponible quant à la source de
mes données : nom du fournisseur (courtier en adresses, partenaire, annuaire…), date de
la transmission et catégories de données reçues. Je vous rappelle qu'en vertu de
l'article 14 vous auriez dû m'en informer spontanément. Je souhaite également recevoir
une copie des données me concernant.

Par ailleurs, je m'oppose, sur la base de l'article 21.2, à toute utilisation de mes
données à des fins de prospection, par courrier comme par tout autre canal.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Gilson""",
         "Nathalie Gilson"),
        ("deletion", (),
         "Re: Votre demande d'accès",
         """Bonjour,

Merci pour votre réponse rapide. Donc si je comprends bien, vous avez acheté mon nom et
mon adresse à un « fournisseur de fichiers » l'année passée, avec en plus une « tranche
d'âge » et un « type de ménage ». Je n'ai rien demandé à personne.

Je vous demande d'effacer tout ça : mon nom, mon adresse, la tranche d'âge, le type de
ménage, tout ce qui vient de ce fichier. Je ne suis pas cliente et je ne veux pas figurer
dans votre base.

Cordialement,
Martine Dethier

> Chère Madame Dethier,
>
> Suite à votre demande, nous vous informons que vos coordonnées postales ainsi que
> certaines caractéristiques socio-démographiques (tranche d'âge, type de ménage) nous
> ont été fournies en mars 2023 par un fournisseur de fichiers d'adresses, dans le cadre
> d'une campagne de prospection par catalogue.
>
> Bien à vous,
> Le service Vie privée""",
         "Martine Dethier"),
        ("objection", (),
         "Classe de revenus ???",
         """Bonjour,

Un ami qui travaille dans le marketing m'a expliqué que les enseignes comme la vôtre
achètent des « classes de revenus » et des profils de ménage pour décider qui reçoit
quel catalogue. J'ai l'impression que c'est mon cas, je reçois systématiquement le
catalogue « petits prix » alors que ma sœur, même adresse de parents, reçoit l'autre.

Je suis cliente, j'ai la carte, ça ne me dérange pas de recevoir vos promos. Mais je
refuse qu'on me classe selon mes revenus supposés. Je m'oppose à ce profilage, merci de
ne plus l'utiliser me concernant.

Sandrine Lambert
carte fidélité 3310 4482 0916""",
         "Sandrine Lambert"),
        ("withdraw_consent", (),
         "",
         """Bonjour, je ne veux plus recevoir le catalogue papier, j'avais coché la case en prenant la carte mais ça ne m'intéresse plus. Ni les mails d'ailleurs. Merci.
J. Mertens""",
         "Jacqueline Mertens"),
        ("complaint", ("access",),
         "Deuxième rappel - « Vous avez gagné »",
         """Madame, Monsieur,

Je vous ai écrit le 2 octobre, il y a donc plus de sept semaines, et je n'ai reçu
AUCUNE réponse. Pas même un accusé de réception.

Pour rappel : j'ai reçu un courrier d'un de vos « partenaires », une société de loterie
dont je n'avais jamais entendu parler, m'annonçant que j'avais « gagné un bon d'achat de
500 € » à utiliser dans vos magasins, à condition de renvoyer un bulletin avec mon numéro
de téléphone et ma date de naissance. Mon nom était correctement orthographié, avec mon
deuxième prénom, que je n'utilise QUE sur ma carte de fidélité chez vous. Donc c'est
vous qui avez transmis mes données à cette société, c'est évident.

Je n'ai jamais donné mon accord pour cela. Je considère votre silence comme
inadmissible. Sans réponse de votre part sous huit jours, je dépose plainte auprès de
l'Autorité de protection des données.

Je veux savoir à qui vous avez transmis mes données, quand et pourquoi.

Philippe Renard-Maréchal
Avenue Reine Astrid 9
1340 Ottignies""",
         "Philippe Renard-Maréchal"),
        ("correction", (),
         "Erreur sur mon nom",
         """Bonjour,
Sur le catalogue et sur les courriers que je reçois de vous il est écrit « Madame Dominique
Hennaut ». Je suis un homme. Pouvez-vous corriger la civilité en « Monsieur » dans votre
fichier ? Et mon nom s'écrit Hennau, sans t.
Merci d'avance
Dominique Hennau
Charleroi""",
         "Dominique Hennau"),
        ("portability", (),
         "récupérer mes données",
         """Bonjour,

Je pars m'installer à Lille au printemps et je vais clôturer plus tard ma carte de
fidélité. Avant ça je voudrais récupérer mes données dans un fichier que je peux ouvrir
et réutiliser (CSV ou JSON, pas un PDF scanné svp) : mes achats en magasin et en ligne,
mes adresses de livraison, et les préférences de communication que j'ai données.

Merci de me dire si vous avez besoin d'une copie de ma carte d'identité.

Bien cordialement,
Karim Benali""",
         "Karim Benali"),
        ("other", (),
         "Autocollant « Pas de pub »",
         """Bonjour,

J'ai un autocollant « Pas de publicité » sur ma boîte aux lettres, bien visible, et je
reçois quand même chaque mercredi votre folder toutes-boîtes (celui sans nom, « à
l'occupant »). La commune dit que c'est au distributeur de respecter ça. Est-ce que vous
pouvez le signaler à la société qui distribue vos folders dans le quartier (Jambes, rue
de Dave et alentours) ?

Bonne journée,
Véronique Poncelet""",
         "Véronique Poncelet"),
        ("other", (),
         "Code promo du catalogue",
         """Bonjour,

Dans le catalogue que j'ai reçu (celui de Noël, avec mon nom imprimé sur la couverture)
il y a un code « NOEL15 » pour 15 % sur le petit électroménager. Quand je l'encode sur le
site, il me dit « code non valable ». J'ai essayé avec le robot pâtissier et la
bouilloire. C'est le catalogue qui est faux ou le site ?

Merci,
Olivier Delvaux""",
         "Olivier Delvaux"),
        ("other", (),
         "question sur les catalogues",
         """Bonjour,

Simple question par curiosité, je ne demande rien me concernant : est-ce qu'une enseigne a
le droit d'envoyer un catalogue avec le nom de quelqu'un qui n'est pas client ? J'en
discutais avec mon beau-frère qui dit que oui si on passe par un courtier en adresses, moi
je pense que non. Vous êtes mieux placés que nous pour trancher !

Bàv,
Marc""",
         "Marc Lejeune"),
    ],
    "de": [
        ("access", ("objection",),
         "Auskunft nach Art. 15 DSGVO und Werbewiderspruch",
         """Sehr geehrte Damen und Herren,

am 8. November erhielt ich an meine Anschrift (Hauptstraße 42, 4700 Eupen) einen an mich
persönlich adressierten Katalog Ihres Unternehmens. Eine Geschäftsbeziehung zwischen uns
besteht nicht und hat nie bestanden.

Ich bitte Sie daher um Auskunft gemäß Art. 15 DSGVO, insbesondere:

1. welche personenbezogenen Daten Sie über mich speichern,
2. woher diese Daten stammen (Art. 15 Abs. 1 lit. g DSGVO), also Name und Anschrift des
   Adresshändlers, Listbrokers oder Partnerunternehmens,
3. zu welchen Zwecken und auf welcher Rechtsgrundlage Sie sie verarbeiten,
4. an wen Sie sie weitergegeben haben.

Zugleich widerspreche ich gemäß Art. 21 Abs. 2 DSGVO jeder Nutzung meiner Daten zu
Werbezwecken.

Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Heinz-Jürgen Kessler""",
         "Heinz-Jürgen Kessler"),
        ("deletion", (),
         "Spielzeugkatalog für meinen Sohn",
         """Guten Tag,

unser Sohn Noah (8) hat heute einen Spielzeugkatalog von Ihnen bekommen, mit seinem
Vornamen und Nachnamen auf dem Umschlag. Wir haben bei Ihnen nie ein Kinderkonto oder
sowas angelegt. Vielleicht war es ein Malwettbewerb in der Schule oder im
Einkaufszentrum, ich weiß es nicht.

Egal woher, bitte löschen Sie alles, was Sie über Noah gespeichert haben. Er ist ein Kind,
er braucht keine Werbung mit Namen.

Viele Grüße
Claudia Schröder
Aachen""",
         "Claudia Schröder"),
        ("objection", (),
         "Lookalike",
         """Hallo,

ich habe in Ihren Datenschutzhinweisen gelesen, dass Sie Kundendaten nutzen, um
"ähnliche Zielgruppen" (Lookalike-Listen) bei Adressdienstleistern und Social-Media-
Plattformen zu bilden. Ich bin gerne Kunde bei Ihnen, aber ich möchte nicht, dass meine
Daten dafür herhalten, dass andere Leute Werbung bekommen. Ich widerspreche dieser
Nutzung meiner Daten.

Kundenkonto: m.hoffmann84@web.de

Gruß
Markus Hoffmann""",
         "Markus Hoffmann"),
        ("complaint", ("correction",),
         "Zum DRITTEN Mal: alte Adresse",
         """Sehr geehrte Damen und Herren,

ich schreibe Ihnen jetzt zum dritten Mal. Ich bin im Juni 2023 von der Bergstraße 5 in
Kelmis in die Aachener Straße 118 in Raeren gezogen. Ich habe Ihnen das im Juli 2023
und im Februar dieses Jahres mitgeteilt, beide Male kam "wir haben Ihre Adresse
aktualisiert". Und trotzdem geht Ihr Katalog jedes Mal wieder an die alte Adresse,
offensichtlich weil Sie die Adresse aus irgendeiner zugekauften Liste immer wieder
einspielen. Die neuen Bewohner in Kelmis bekommen also regelmäßig Post mit meinem Namen
und meiner Kundennummer.

Auf meine letzte Mail vom 14. September habe ich bis heute keine Antwort bekommen.

Ich erwarte, dass Sie meine Adresse jetzt endlich dauerhaft korrigieren. Sollte das nicht
passieren, werde ich mich bei der Datenschutzbehörde (APD/GBA) beschweren. Ich halte es
für einen Datenschutzverstoß, dass meine Daten an Fremde geschickt werden.

Mit freundlichen Grüßen
Rita Lentz
Kundennummer 88 140 572""",
         "Rita Lentz"),
        ("restriction", (),
         "Bitte Daten aufbewahren",
         """Sehr geehrte Damen und Herren,

Sie haben mir auf meine Auskunftsanfrage mitgeteilt, dass Sie meine Adresse im Jahr 2022
von der Firma "AdressDirekt Rheinland" gemietet haben. Mein Anwalt bereitet gegen diese
Firma ein Verfahren vor, weil sie meine Daten ohne Rechtsgrundlage verkauft hat.

Ich bitte Sie deshalb ausdrücklich, meine Daten und die Unterlagen über die Anmietung
(Datum, Lieferschein, Kampagne) NICHT zu löschen, sondern bis zum Abschluss des
Verfahrens aufzubewahren. Bitte verwenden Sie die Daten aber in dieser Zeit für nichts
anderes, insbesondere nicht für Werbung. Art. 18 Abs. 1 lit. c DSGVO.

Mit freundlichen Grüßen
Stefan Brandt""",
         "Stefan Brandt"),
        ("withdraw_consent", (),
         "",
         """Bitte keine Werbeanrufe und keine SMS mehr. Die Einwilligung die ich mal im Laden gegeben habe ziehe ich zurück. Nummer 0475 22 61 09.
Schöne Grüße, B. Jost""",
         "Brigitte Jost"),
        ("portability", (),
         "Datenübertragung",
         """Guten Tag,

ich möchte gemäß Art. 20 DSGVO meine Kundendaten (Bestellhistorie Onlineshop,
Treuekarte, gespeicherte Lieferadressen) in einem gängigen maschinenlesbaren Format
erhalten. Wenn es technisch geht, gerne direkt als CSV-Datei an meine E-Mail-Adresse.

Danke und freundliche Grüße
Jana Peters
St. Vith""",
         "Jana Peters"),
        ("other", (),
         "Prospekt auf Deutsch?",
         """Guten Tag,

gibt es Ihren Wochenprospekt eigentlich auch auf Deutsch? Wir in Ostbelgien bekommen ihn
nur auf Französisch in den Briefkasten, und meine Mutter versteht das nicht so gut. Auch
der große Katalog im Laden in Eupen liegt nur auf Französisch und Niederländisch aus.
Wäre schön, wenn Sie das mal weitergeben könnten.

Freundliche Grüße
Elke Mießen""",
         "Elke Mießen"),
        ("other", (),
         "Kaffeevollautomat aus dem Katalog",
         """Hallo,

im Herbstkatalog steht beim Kaffeevollautomaten auf S. 34 "mit Milchbehälter". Geliefert
wurde er ohne, und im Karton steht auch nichts davon. Bestellnummer 7734-0021. Kann ich
den Behälter nachgeliefert bekommen oder muss ich das Gerät zurückschicken?

Ich weiß, das ist die Datenschutz-Adresse, aber auf meine Mail an den Kundenservice kam
nichts.

Gruß
Thomas Krings""",
         "Thomas Krings"),
        ("other", (),
         "Bewerbung Prospektverteilung",
         """Sehr geehrte Damen und Herren,

ich bin 17 Jahre alt, wohne in Bütgenbach und suche einen Nebenjob. Ich habe gesehen, dass
Ihre Prospekte hier in der Gegend verteilt werden. Suchen Sie noch Verteiler? Ich habe
ein Fahrrad und könnte mittwochs und samstags.

Mit freundlichen Grüßen
Lukas Heinen""",
         "Lukas Heinen"),
    ],
    "es": [
        ("access", (),
         "Hola",
         """Hola, buenas

Me ha llegado a casa un catálogo vuestro con mi nombre y apellidos. Nunca he comprado
nada en vuestra tienda. ¿De dónde habéis sacado mis datos? ¿Y qué más tenéis sobre mí?

Un saludo,
Irene""",
         "Irene Castillo Moreno"),
        ("objection", ("deletion",),
         "Lista Robinson",
         """Buenos días:

Soy español pero vivo en Bruselas desde 2019. Cuando llegué me inscribí en la Lista
Robinson belga precisamente para no recibir publicidad con mi nombre por correo, igual
que estaba inscrito en la de España. Aun así hoy me ha llegado vuestro catálogo de
Navidad dirigido a mí personalmente.

Os pido que dejéis de usar mis datos para enviarme publicidad, por correo postal o por
cualquier otro medio, y que después borréis mi nombre y dirección de vuestras listas.

Atentamente,
Alberto Ruiz Echevarría
Rue Gray 76, 1040 Etterbeek""",
         "Alberto Ruiz Echevarría"),
        ("complaint", ("deletion",),
         "RECLAMACIÓN - mi padre falleció hace un año",
         """Señores:

Mi padre, José Manuel Ortega, falleció en noviembre del año pasado. En enero les escribí
para pedirles que dejaran de enviarle su catálogo. En abril volví a escribir. Ninguna
respuesta. Hoy, justo la semana del aniversario de su muerte, mi madre abre el buzón y se
encuentra un sobre con el nombre de mi padre y "¡José Manuel, tenemos una sorpresa para
usted!".

No se hacen una idea del daño que hacen con estas cosas. Mi madre tiene 79 años y se
quedó llorando toda la tarde.

Me parece una falta de respeto y una dejadez inaceptable. Si esto vuelve a ocurrir
presentaré una reclamación ante la Autoridad de Protección de Datos belga, y si hace
falta ante la AEPD también. Exijo que eliminen a mi padre de todas sus bases de datos
de una vez.

Carmen Ortega Lozano
Avenue de la Couronne 301, 1050 Ixelles""",
         "Carmen Ortega Lozano"),
        ("deletion", (),
         "Carta de premio de un socio vuestro",
         """Hola,

Me ha llegado una carta de una empresa que dice ser "socio" vuestro diciendo que he
ganado un vale de 300 euros para vuestras tiendas. No me lo creo, pero lo que me preocupa
es que tenían mi nombre y mi dirección y que la carta traía vuestro logo.

Sea como sea, quiero que borréis todos mis datos. Tengo una tarjeta de cliente que no uso
desde hace años, la podéis dar de baja también.

Gracias,
Lucía Fernández
Tarjeta n.º 5517 2093 4410""",
         "Lucía Fernández Gil"),
        ("correction", (),
         "Mi dirección está mal",
         """Buenas tardes,

Desde hace unos meses vuestros envíos me llegan con la dirección mal: pone "Rue de la
Loi 21" y yo vivo en el número 12 (Rue de la Loi 12, 4020 Lieja). Supongo que algún
sistema de "validación de direcciones" la ha cambiado, porque yo la tenía bien puesta en
mi cuenta. El cartero a veces me lo trae y a veces no.

¿Podéis corregirla, por favor? Número 12, no 21.

Saludos,
Javier Navarro""",
         "Javier Navarro Pérez"),
        ("portability", (),
         "Solicitud de portabilidad (art. 20 RGPD)",
         """Estimados señores:

Por medio de la presente ejerzo mi derecho a la portabilidad de los datos conforme al
artículo 20 del Reglamento General de Protección de Datos. Solicito que me remitan, en
un formato estructurado, de uso común y lectura mecánica (CSV, XML o JSON), los datos
personales que les he facilitado como titular de la tarjeta de fidelización y de la
cuenta en su tienda online: datos de contacto, historial de compras y preferencias.

Quedo a la espera de su respuesta en el plazo legal.

Atentamente,
María Teresa Sanz Villalobos
(Puedo enviarles copia de mi documento de identidad si la necesitan.)""",
         "María Teresa Sanz Villalobos"),
        ("restriction", (),
         "Folleto a nombre de mi hija",
         """Hola,

Mi hija Daniela tiene 10 años y ha recibido un folleto de juguetes a su nombre. Estamos
intentando averiguar qué web o concurso ha pasado sus datos y mi abogado me ha dicho que
no pida que los borren todavía, porque los vamos a necesitar como prueba.

Así que por favor: no borren nada de lo que tengan sobre ella ni la información de dónde
salió, pero tampoco lo usen para nada más (ni folletos, ni correos, ni pasarlo a nadie)
hasta que esto se aclare.

Gracias,
Raquel Domínguez""",
         "Raquel Domínguez"),
        ("other", (),
         "Precio del folleto",
         """Hola, en el folleto de esta semana la freidora de aire sale a 69,99 y en la tienda de
Anderlecht me la querían cobrar a 89,99. ¿Cuál es el precio bueno? Gracias
Pablo""",
         "Pablo Iglesias Roca"),
        ("other", (),
         "No me ha llegado el catálogo que pedí",
         """Buenos días,

Pedí vuestro catálogo de muebles de jardín en papel a través del formulario de la web hace
ya cinco semanas y no ha llegado nada. La dirección la puse bien (lo he comprobado en el
correo de confirmación). ¿Me lo podéis volver a mandar? Es que prefiero mirarlo en papel
con mi marido.

Un saludo,
Rosa María Ibáñez""",
         "Rosa María Ibáñez"),
        ("other", (),
         "Propuesta de buzoneo",
         """Estimados responsables de marketing:

Somos Reparto Directo Benelux, una empresa con personal hispanohablante y francófono
especializada en buzoneo y distribución de folletos sin dirigir ("al ocupante") en
Bruselas y Valonia. Respetamos los adhesivos "no publicidad" y les entregamos un informe
GPS de cada ruta.

Nos encantaría presentarles una tarifa para sus folletos semanales. ¿Con quién podemos
hablar?

Un cordial saludo,
Sergio Molina
Director comercial""",
         "Sergio Molina"),
    ],
    "it": [
        ("access", (),
         "Richiesta di accesso ai sensi dell'art. 15 GDPR",
         """Spett.le Società,

la sottoscritta Giuseppina Lo Bianco, residente in Rue des Mineurs 23, 7100 La Louvière,
ha ricevuto in data 6 novembre un Vostro catalogo nominativo. Non sono mai stata Vostra
cliente.

Con la presente chiedo, ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di
conoscere:
a) quali dati personali che mi riguardano sono in Vostro possesso;
b) l'origine di tali dati, come previsto dall'art. 15, par. 1, lett. g) (nominativo
   della società o del fornitore di liste da cui li avete ottenuti);
c) le finalità del trattamento e i destinatari a cui sono stati comunicati;
d) il periodo di conservazione.

Chiedo inoltre copia dei dati.

Distinti saluti,
Giuseppina Lo Bianco""",
         "Giuseppina Lo Bianco"),
        ("deletion", ("objection",),
         "Catalogo per la mia mamma",
         """Buongiorno,

la mia mamma, Rosa Di Stefano, è mancata a marzo. Continuano ad arrivare a casa sua a
Seraing i vostri cataloghi e le lettere della carta fedeltà intestate a lei. Io abito lì
adesso con la mia famiglia.

Vi chiedo di cancellare i suoi dati e la sua carta, e di non mandare più pubblicità
all'indirizzo a nome suo. Anzi, già che ci sono, non voglio nemmeno ricevere cataloghi a
mio nome a questo indirizzo, non mi servono.

Grazie,
Antonio Di Stefano""",
         "Antonio Di Stefano"),
        ("withdraw_consent", (),
         "basta",
         """Salve, non voglio più ricevere né le vostre email promozionali né il catalogo cartaceo. Ritiro il consenso che avevo dato quando ho fatto la carta. grazie
Francesca Russo""",
         "Francesca Russo"),
        ("complaint", ("access",),
         "Re: La Sua richiesta del 3 ottobre",
         """Gentili signori,

la vostra risposta non è accettabile. Vi ho chiesto da dove avete preso il mio indirizzo
e mi rispondete che l'avete "ottenuto da un fornitore di liste" senza dire quale. Il
GDPR dice chiaramente che dovete dare tutte le informazioni disponibili sull'origine dei
dati. Se avete comprato il mio indirizzo, sapete benissimo da chi.

Vi do ancora due settimane per dirmi il nome del fornitore e la data. Altrimenti mi
rivolgo all'Autorità per la protezione dei dati qui in Belgio, e visto che la lettera
l'avete mandata anche a mio fratello in Italia, pure al Garante.

Marco Colombo

> Gentile Sig. Colombo,
>
> in riferimento alla Sua richiesta, Le comunichiamo che il Suo indirizzo postale è
> stato ottenuto da un fornitore di liste a fini di marketing diretto. Il Suo indirizzo
> è stato nel frattempo escluso dalle nostre campagne future.
>
> Cordiali saluti,
> Servizio Privacy""",
         "Marco Colombo"),
        ("correction", (),
         "indirizzo vecchio",
         """Buonasera,
avete di nuovo il mio indirizzo vecchio di Genk (Hoogstraat 4). Da un anno sono in
Boulevard Tirou 60, 6000 Charleroi, e l'avevo già cambiato nell'app. Vi prego di
aggiornarlo, i cataloghi finiscono alla vecchia casa.
Luca Ferraro""",
         "Luca Ferraro"),
        ("portability", (),
         "Dati in formato file",
         """Buongiorno,

vorrei ricevere i miei dati (acquisti con la carta fedeltà e ordini online degli ultimi
anni) in un file che posso importare in Excel o in un altro programma, non in PDF. Mi
servono per tenere traccia delle garanzie.

Grazie mille,
Elena Marchetti
carta 7781 3340 2256""",
         "Elena Marchetti"),
        ("restriction", ("access",),
         "Verifica creditizia contestata",
         """Buongiorno,

ho scoperto che per il mio ordine di una TV (n. 9012-4478) avete fatto una verifica
presso una società di informazioni commerciali e mi avete negato il pagamento a rate.
Io non ho nessun debito. Ho già contestato la cosa con loro.

Fino a quando la questione non sarà chiarita vi chiedo di limitare il trattamento di quel
risultato: non cancellatelo, ma non usatelo per decidere sui miei prossimi ordini. Vorrei
anche sapere il nome della società e cosa vi hanno comunicato esattamente.

Saluti,
Giovanni Esposito""",
         "Giovanni Esposito"),
        ("other", (),
         "Catalogo in italiano?",
         """Salve, volevo sapere se avete il catalogo anche in italiano o solo in francese e
fiammingo. Mio padre ha 85 anni e legge solo l'italiano. Non è un problema se non c'è,
era solo una curiosità. Buona giornata
Silvia""",
         "Silvia Bianchi"),
        ("other", (),
         "Proposta tipografia - cataloghi personalizzati",
         """Gentile Responsabile Marketing,

mi permetto di contattarvi a nome della Tipografia Grafiche Fontana di Bergamo. Da oltre
trent'anni stampiamo cataloghi e volantini per la grande distribuzione, anche in
versione personalizzata con nome e indirizzo del destinatario (stampa digitale
variabile) e con consegna diretta alle poste belghe.

Saremmo lieti di inviarvi campioni e un preventivo per il vostro catalogo di primavera.

Cordiali saluti,
Davide Fontana
Grafiche Fontana S.r.l.""",
         "Davide Fontana"),
        ("other", (),
         "Volantino",
         """Buongiorno, nel volantino che ho ricevuto c'è scritto che l'offerta sul
tostapane vale "fino a esaurimento scorte" ma nel negozio di Liegi non ce n'era nemmeno
uno dal primo giorno. Non mi sembra corretto. Arriveranno altri pezzi?
Grazie, Paolo Greco""",
         "Paolo Greco"),
    ],
    "pt": [
        ("objection", ("access",),
         "Perfil de agregado familiar",
         """Bom dia,

Descobri por uma amiga que trabalha numa empresa de marketing que as lojas compram
informações sobre as famílias (idade, rendimentos, "tipo de agregado") para escolher a
quem mandam os catálogos. Eu sou cliente vossa há anos e recebo sempre o catálogo de bebé
desde que tive a minha filha, mas nunca vos disse que tive uma filha.

Não quero que usem esse tipo de informação comprada para me mandarem publicidade. Oponho-me
a esse tratamento. E gostava de saber de onde veio essa informação e o que mais têm.

Cumprimentos,
Ana Rita Carvalho
Luxemburgo / cartão 4402 9918 3307""",
         "Ana Rita Carvalho"),
        ("deletion", (),
         "Antigo morador",
         """Boa tarde,

Moro na Rue de la Station 15 em Arlon desde o verão (vim do Luxemburgo). Chega sempre correio vosso para um tal de "Sr. Patrick Wagner", que
deve ser o antigo inquilino. Por favor apaguem o nome dele deste endereço, não o conheço
nem sei onde mora agora.

Obrigado
Rui Pereira""",
         "Rui Pereira"),
        ("withdraw_consent", ("deletion",),
         "Concurso",
         """Olá,

Participei num concurso numa página de receitas na internet e acho que foi lá que ficaram
com os meus dados, porque desde então recebo newsletters e SMS vossos. Retiro o meu
consentimento para qualquer tipo de publicidade. E depois apaguem tudo o que têm de mim,
não sou cliente.

Obrigada
Joana Figueiredo""",
         "Joana Figueiredo"),
        ("complaint", (),
         "Sem resposta há 5 semanas",
         """Exmos. Senhores,

No dia 9 de outubro enviei-vos um pedido a perguntar de onde vinha o meu endereço, porque
recebi uma carta de um "parceiro" vosso a dizer que eu tinha ganho um prémio. Já passaram
mais de cinco semanas e não tive qualquer resposta, nem um aviso de receção.

Isto não é sério. O prazo legal é de um mês. Vou apresentar queixa à Autoridade de
Proteção de Dados belga, e se for preciso também à CNPD, porque a carta foi para a minha
mãe em Braga com o mesmo texto.

Sem outro assunto,
Manuel Sousa Ribeiro
Rue Haute 140, 1000 Bruxelas""",
         "Manuel Sousa Ribeiro"),
        ("correction", (),
         "",
         """Boa tarde a minha data de nascimento na conta está errada, está 1948 e é 1984. Por isso é que recebo os folhetos de seniores lol. Podem corrigir? Cátia Martins, cliente 66120934""",
         "Cátia Martins"),
        ("restriction", (),
         "Não apaguem os meus dados",
         """Bom dia,

Recebi um catálogo vosso em nome do meu filho de 12 anos. Estou a tratar disto com um
advogado, porque queremos perceber que empresa vendeu os dados dele.

Peço que NÃO apaguem os dados dele nem a informação sobre a origem, porque vamos precisar
disso. Mas também não os usem para mais nada enquanto o caso não estiver resolvido.

Obrigada,
Sandra Gonçalves""",
         "Sandra Gonçalves"),
        ("portability", (),
         "Pedido de portabilidade",
         """Exmos. Senhores,

Ao abrigo do artigo 20.º do RGPD, venho solicitar a transmissão dos meus dados pessoais
(dados de conta, histórico de compras online e do cartão de cliente) num formato
estruturado e de leitura automática, por exemplo CSV, para o meu endereço de e-mail.

Com os melhores cumprimentos,
Pedro Almeida Costa""",
         "Pedro Almeida Costa"),
        ("other", (),
         "Catálogo não chegou",
         """Olá, pedi o catálogo de Natal em papel no site há três semanas e ainda não chegou.
O endereço está certo. Será que ainda vem? Obrigado
Tiago""",
         "Tiago Neves"),
        ("other", (),
         "Folheto em português",
         """Boa tarde,

Há muitos portugueses aqui na zona de Bruxelas e Luxemburgo. Já pensaram em fazer o
folheto semanal também em português? Seria uma boa ideia, acho que vendiam mais. É só
uma sugestão.

Cumprimentos,
Fernanda Lopes""",
         "Fernanda Lopes"),
        ("other", (),
         "Dúvida",
         """Bom dia,

Uma dúvida geral, não é sobre os meus dados: é permitido na Bélgica enviar publicidade
pelo correio com o nome da pessoa, se ela nunca foi cliente? Em Portugal penso que há
regras diferentes. Pergunto porque estou a abrir uma pequena loja e quero fazer as
coisas bem.

Obrigado,
Hugo Matos""",
         "Hugo Matos"),
    ],
}

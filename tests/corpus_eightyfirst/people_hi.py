"""Person mail for the eightyfirst set (en nl fr de es it pt): sports and the body, the shop's sports department, running club, fittings, fitness tracker, rentals, employer sports benefit, sponsored kids' team, injury insurance and gym partner, and mail that asks nothing of the privacy team. Written apart from the rules (see make_eightyfirst.py)."""

PEOPLE_HI = {
    "en": [
        ("access", (),
         "Stride watch data - who sees it?",
         """Hello,

Since Christmas I've been wearing the Stride 4 watch I bought in your Leuven store, and I connected it to the Shop Example app because the salesman said I'd get loyalty points for every day I walk 10,000 steps. Fair enough, I've collected a fair few points.

I had a heart scare in February (nothing serious in the end, an arrhythmia they're keeping an eye on) and my cardiologist asked whether my watch records my heart rate at night. That made me look at the app properly for the first time. It shows a "recovery score", a "stress level" for every day, my sleep split into phases and a map of every walk and run I've done since December, including the walk from my front door.

Before I decide whether to keep using it, I'd like to know what you actually hold:
- do you store the raw heart rate readings or only daily averages?
- the sleep data and the stress scores, are those calculated by you or by the watch maker?
- the GPS routes?
- how long do you keep all of it, and where?
- has any of it gone to anyone else, the watch maker, an insurer, advertisers, your "health partners"?

A copy of what you have on me would be the easiest answer.

Thank you,
Derek Hollins
Tiensestraat 188, 3000 Leuven
0471 38 22 90""",
         "Derek Hollins"),
        ("correction", (),
         "Results Dijle Run 10k - wrong year",
         """Hi,

In the results of last Sunday's Dijle Run 10 km I'm listed as "Saorise Nolan, 1959, 58:41". I was born in 1995, not 1959 :) Apart from making me look very fit for my age, it put me first in the V65 category and someone from the club already congratulated me on the podium I never stood on.

The first name is also spelled wrong, it's Saoirse (same mistake on the start list, so I suppose it comes from my registration).

Could you fix both in my registration and in the results? Bib 2214.

Thanks!
Saoirse""",
         "Saoirse Nolan"),
        ("deletion", (),
         "photos",
         """Hello,

I ran the Antwerp half marathon in the running club shirt on 12 April. FinishPix has since put up about 40 pictures of me, and anyone who types my bib number or my name into the gallery gets all of them, including a few at km 18 that I'd rather nobody saw. The club newsletter also used one of them this week.

I never ordered any photos and I never asked to be in a gallery. Please have every photo of me removed and my name unlinked from bib 5118, and delete whatever copies the shop or the club kept for the newsletter or the website.

Regards,
Neil Fairbank""",
         "Neil Fairbank"),
        ("portability", (),
         "Moving to another watch - need my data in a usable format",
         """Hi there,

After four years I'm switching from the Stride watch to a different brand (sorry). All my history is in your app: runs, rides, heart rate, daily steps and sleep.

The only export I can find in the app is the "Your year in sport" PDF, which is nice to look at but no use to import anywhere. Could you send me everything in files another platform can read, for example:
- activities as FIT or GPX (with heart rate),
- daily steps, resting heart rate and sleep as CSV.

If you can send it straight to the new platform that's fine as well, but a download link is probably simpler.

Account: priya.raman@gmail.com
Loyalty card 2701 9930 4418

Many thanks,
Priya Raman""",
         "Priya Raman"),
        ("restriction", (),
         "Re: claim SC-2026-04471 - questionnaire completed at your till",
         """Dear Sir or Madam,

On 9 January I bought a padel racket and shoes at your Zaventem store and, at the till, took out the SportCare sports injury cover you offer with partner insurer Vitalis. On 21 February I ruptured my Achilles tendon during a match.

Vitalis has refused the claim. Their letter says that at the till I answered "yes" to "previous injury to the same limb in the last 5 years". I did not. The cashier asked me two or three questions while packing my things and filled in the screen herself; I never saw what she ticked, and I had no previous injury.

I have taken the matter to the Insurance Ombudsman. Until it is settled I ask that you:
- keep the till record of that sale and the questionnaire exactly as they are, do not delete them, as they are evidence;
- do not pass anything further about me or this claim to Vitalis or anyone else, and do not use the data for any other purpose in the meantime.

Please confirm in writing that my data have been restricted in this way.

Yours faithfully,
Alistair Pryce
Leuvensesteenweg 301, 1930 Zaventem
Policy no. VSC-118-20419""",
         "Alistair Pryce"),
        ("objection", ("access",),
         "SportPass at work - why does my manager know what I bought?",
         """Hello,

My employer gives us the SportPass, which we can spend in your stores and on your webshop. I used it a few times this year: swimming goggles and a suit, a yoga mat, and three months at the FitLine gym through your partnership.

At my annual review last week my manager said, smiling, that she was "glad to see I'm using the SportPass so well, three times in March already". I hadn't mentioned it to anyone. So apparently the company gets a list, per person, of what and when we buy with it.

I object to you sending my employer information about me by name: what I bought, when, or whether I go to the gym. If they need a total for their accounts, fine, but not per employee.

And I'd like to know what exactly you've reported to them about me since I started using the pass in 2024.

Rachel Dunmore""",
         "Rachel Dunmore"),
        ("withdraw_consent", (),
         "unsubscribe",
         """pls take me off the running club newsletter and the sms reminders for the sunday runs. moved to namur, wont be coming anymore. thx

jamie

Sent from my phone""",
         "Jamie Costa"),
        ("complaint", ("deletion",),
         "Third time asking - photos of my son",
         """To whom it may concern,

This is the third time I'm writing about this and I would like an actual answer this time.

My son Finn (8) plays in the U9 team of Sporting Wezembeek, which your shop sponsors. In February a page appeared on your website, "Meet our young stars", with the team photo, and under it every child's first name, surname and full date of birth. The same photo with names was posted on your Instagram account.

I wrote on 3 February and again on 2 March asking you to take my son's details off. Both times I got an automatic reply with a ticket number and nothing after that. The page is still online today. Anyone can now see where my son plays football on Saturday mornings, what he looks like and when he was born. I find it astonishing that a company handles children's data like this and then ignores the parents.

I want Finn's name, birth date and photo removed from the website, Instagram and wherever else you've put them, and I want to hear back from a person. If I have no answer by 30 April I will file a complaint with the Data Protection Authority.

Owen Gallagher
Avenue Baron d'Huart 52, 1950 Kraainem""",
         "Owen Gallagher"),
        ("other", (),
         "Order 40-2231877 trail shoes",
         """Hi,

I ordered the trail shoes in EU 44 and they're at least one size too big, my heel lifts out on every step. Can I swap them for 43 at the Mechelen store or do I have to send them back? Worn once, indoors, on the carpet, I promise.

Thanks,
Ben Whitaker""",
         "Ben Whitaker"),
        ("other", (),
         "Bike service question",
         """Hello,

I bought an electric bike from your Hasselt store last June. The booklet says the first free service is "after 500 km or 3 months". I'm afraid I missed that, it's been ten months and the counter shows 1,900 km. Is the free service still possible, and does it include the software update for the motor? The front brake has also started squeaking.

Kind regards,
Margaret Ellis
011 42 76 03""",
         "Margaret Ellis"),
    ],
    "nl": [
        ("access", ("objection",),
         "FitLine check-ins?",
         """Beste,

Ik ben sinds september lid bij FitLine in Gent, via jullie actie met de klantenkaart (-20% op het abonnement). Vorige week kreeg ik een melding van jullie app: "Al 3 weken niet naar FitLine geweest? Tijd voor nieuwe sportschoenen!"

Dat klopte, ik had griep. Maar hoe weten jullie wanneer ik wel of niet ga sporten? Ik had geen idee dat FitLine mijn bezoeken aan jullie doorgeeft.

Ik zou graag weten welke gegevens FitLine over mij aan jullie bezorgt (alle check-ins, uren, welke vestiging?), sinds wanneer, en wat jullie er allemaal mee doen. En eerlijk gezegd wil ik niet dat jullie mijn fitnessbezoeken nog gebruiken om mij zulke meldingen of aanbiedingen te sturen.

Met vriendelijke groeten,
Lotte Van Damme
Kortrijksesteenweg 402, 9000 Gent""",
         "Lotte Van Damme"),
        ("correction", (),
         "skiverhuur - verkeerd gewicht en lengte",
         """Dag,

Wij huren al jaren ski's bij jullie in Hasselt voor de krokusvakantie. Bij het ophalen vorige zaterdag heeft de medewerker de bindingen afgesteld op basis van mijn profiel, en daar staat blijkbaar 58 kg en 1,62 m. Dat zijn de gegevens van mijn dochter, die ook een profiel heeft onder mijn e-mailadres.

Ik weeg 86 kg en ben 1,83 m, schoenmaat 45, en ik ben een vrij sportieve skiër (type 3). Met een binding op DIN 5 ben ik de eerste dag twee keer uit mijn ski geschoten. Gelukkig zonder erg, maar dat had anders kunnen aflopen.

Wilt u mijn profiel aanpassen, zodat dit volgend jaar niet opnieuw gebeurt? Het profiel van mijn dochter (Lien) mag blijven zoals het is.

Groeten,
Kristof Peeters
Genk""",
         "Kristof Peeters"),
        ("deletion", (),
         "",
         """hallo

ik heb in november in de winkel in brugge een voetscan laten doen voor nieuwe loopschoenen. de schoenen zijn top, daar niks van, maar ik wil niet dat die scan en al mijn metingen (voetlengte, breedte, boog, pronatie enzo) bij jullie blijven staan. mag allemaal weg

groetjes
Jana Verstraete""",
         "Jana Verstraete"),
        ("portability", (),
         "Mijn uitslagen als bestand",
         """Goeiemiddag,

Ik ben sinds 2019 lid van de Shop Example Running Club en heb via jullie inschrijvingsplatform zowat 35 wedstrijden gelopen, van de Kerstcorrida tot twee keer de marathon van Rotterdam.

Ik stap over naar een atletiekclub in mijn buurt, en hun ledenportaal kan een wedstrijdhistoriek importeren. Kunnen jullie al mijn inschrijvingen en uitslagen (wedstrijd, datum, afstand, chiptijd, plaats, categorie) in een Excel- of CSV-bestand bezorgen? In de app kan ik ze enkel één voor één bekijken.

Lidnummer SERC-0817.

Sportieve groeten,
Dirk Wouters""",
         "Dirk Wouters"),
        ("restriction", (),
         "Betreft: gegevens SportPass - lopend geschil met mijn werkgever",
         """Geachte heer, mevrouw,

Mijn werkgever, een logistiek bedrijf in Willebroek, heeft mij op 12 maart ontslagen om dringende reden. Volgens hen was ik tijdens mijn ziekteverlof (knieoperatie) "aan het sporten". Zij steunen zich op een overzicht van het SportPass-platform, waarop staat dat ik mijn sportvoordeel bij u heb gebruikt op 19 en 26 februari.

Die transacties zijn bestellingen in uw webshop: een kniebrace en een fietstrainer die mijn kinesist mij voor de revalidatie had voorgeschreven. Ik ben die dagen niet eens buiten geweest. De zaak ligt nu bij de arbeidsrechtbank in Mechelen.

Op grond van artikel 18 AVG vraag ik u:
- mijn gegevens in verband met de SportPass en die twee bestellingen niet te wissen, mijn advocaat heeft ze nodig als bewijs;
- ze in afwachting van de uitspraak niet verder te gebruiken en niets meer over mij door te geven aan mijn (ex-)werkgever of aan het platform.

Graag een schriftelijke bevestiging.

Hoogachtend,
Hakim El Idrissi
Boomsesteenweg 77, 2610 Wilrijk
Raadsman: Mr. S. Janssens, advocaat te Mechelen""",
         "Hakim El Idrissi"),
        ("objection", (),
         "reclame op basis van mijn slaap??",
         """Deze ochtend om 7u12 een pushbericht van jullie app: "Je sliep deze week gemiddeld 5u42. Ontdek onze matrassen en slaapmaskers, nu -15%."

Sorry, maar dat gaat echt te ver. Ik heb mijn horloge gekoppeld om mijn looptrainingen bij te houden, niet om jullie mijn nachten te laten analyseren en me daarop dingen te verkopen. Ik maak bezwaar tegen elk gebruik van mijn hartslag-, slaap- en stappengegevens voor profilering of gepersonaliseerde aanbiedingen. De synchronisatie van mijn trainingen zelf mag blijven.

Ruben Maes""",
         "Ruben Maes"),
        ("withdraw_consent", (),
         "Gezichtsherkenning foto's Scheldeprijs Run",
         """Hallo,

Bij mijn inschrijving voor de Scheldeprijs Run heb ik aangevinkt dat FinishPix "met gezichtsherkenning" mijn foto's mag terugvinden, zodat ik ze krijg zonder dat ik mijn borstnummer moet invullen.

Ik trek die toestemming in. Ik heb mijn foto's intussen gekregen en ik wil niet dat mijn gezicht nog gebruikt wordt om mij op andere foto's te herkennen, ook niet bij toekomstige wedstrijden. Kunnen jullie dat aan FinishPix doorgeven?

Vriendelijke groet,
Annelies Claes""",
         "Annelies Claes"),
        ("complaint", ("deletion",),
         "Re: Re: uitslagen online",
         """Beste,

Ik schreef op 12 januari al (zie hieronder) en heb nog altijd niets gehoord, ook geen ontvangstbevestiging.

Als ik mijn naam google, is het derde resultaat de uitslag van de Kerstcorrida 2025 op jullie site: naam, geboortejaar 1971 en mijn tijd op de 10 km (1:04:12, ja, ik weet het). Ik werk als zelfstandig personal coach en mijn klanten googelen mij. Dat ik drie maanden na mijn vraag nog altijd geen antwoord heb, vind ik onaanvaardbaar.

Haal mijn naam uit die uitslagen of maak hem anoniem, ook uit de oudere edities. Als ik binnen 14 dagen niets hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Koen De Smet

> Op 12 jan. 2026 om 21:40 schreef Koen De Smet:
> Goedendag, kan mijn naam uit de online uitslagenlijst van de Kerstcorrida
> gehaald worden? Ik liep mee als lid van de club maar wist niet dat alles
> met naam en jaartal online zou komen. Alvast bedankt. Koen""",
         "Koen De Smet"),
        ("other", (),
         "binding gebroken",
         """Hallo,

In december kocht ik bij jullie in Wilrijk een paar ski's met binding (factuur 7741-22908). Op de derde dag in Val Thorens is de hielbinding van de linkerski afgebroken, gewoon bij het instappen, geen val of zo. Ik heb foto's.

Valt dit onder de garantie? De ski's liggen nu in de garage. Mag ik ze gewoon naar de winkel brengen of moet dat via de fabrikant?

Mvg
Wim Jacobs""",
         "Wim Jacobs"),
        ("other", (),
         "Terugbetaling Kustmarathon",
         """Beste,

De Kustmarathon van 8 maart werd afgelast door de storm. Mijn vrouw en ik hadden ons via jullie inschrijvingsplatform ingeschreven voor de halve (2 x 35 euro, bestelling INS-26-0031874).

Op de site staat "terugbetaling volgt automatisch", maar we zijn nu vijf weken later en er is nog niets op onze rekening gekomen. Wanneer mogen we dat verwachten? Of moeten we iets invullen?

Groeten,
Bart Verhoeven""",
         "Bart Verhoeven"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - assurance blessures sportives souscrite en magasin",
         """Madame, Monsieur,

Le 14 février dernier, lors de l'achat d'une paire de skis de randonnée dans votre magasin de Louvain-la-Neuve, la caissière m'a proposé l'assurance « SportSafe » (blessures sportives, 4,99 EUR par mois), que j'ai acceptée. Elle m'a posé plusieurs questions (âge, sports pratiqués, fréquence, blessures antérieures) et a encodé mes réponses directement à la caisse.

Conformément à l'article 15 du RGPD, je vous prie de me communiquer :
- l'ensemble des données me concernant qui ont été enregistrées à cette occasion, y compris une copie de mes réponses au questionnaire ;
- les destinataires auxquels ces données ont été transmises (l'assureur, d'autres partenaires ?) ;
- la durée pendant laquelle vous les conservez ;
- si ces données ont été liées à ma carte de fidélité ou à mon historique d'achats.

Je vous remercie de me répondre dans le délai légal d'un mois.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Dominique Lambert
Rue des Wallons 18, 1348 Louvain-la-Neuve""",
         "Dominique Lambert"),
        ("correction", (),
         "Erreur date de naissance - équipe U9",
         """Bonjour,

Mon fils Noah joue en U9 au RFC Wavre-Bierges, que vous sponsorisez. Dans la fiche que le club a encodée chez vous pour les maillots et pour le tournoi Shop Example Cup, sa date de naissance est le 03/11/2016 au lieu du 11/03/2017 (jour et mois inversés, et l'année fausse).

Résultat : il apparaît dans la liste des U10 du tournoi et on nous a envoyé la convocation pour la mauvaise catégorie. Le coach ne peut pas le changer lui-même, il dit que ça doit passer par vous.

Pouvez-vous corriger sa date de naissance ? Je peux vous envoyer une copie de sa Kids-ID si nécessaire.

Merci d'avance,
Sophie Delvaux""",
         "Sophie Delvaux"),
        ("deletion", ("withdraw_consent",),
         "Résiliation FitLine + suppression",
         """Bonjour,

J'ai résilié mon abonnement FitLine (salle de Namur - Jambes) fin mars. Je voudrais que vous supprimiez tout l'historique de mes passages que vous recevez via le partenariat, ainsi que le lien entre ma carte de fidélité et FitLine.

Et tant qu'on y est, je ne souhaite plus recevoir votre newsletter « Sport & Bien-être ». Désinscrivez-moi svp.

Cordialement,
Julien Mathieu""",
         "Julien Mathieu"),
        ("portability", (),
         "étude posturale vélo - besoin des données",
         """Bonjour,

J'ai fait une étude posturale vélo chez vous à Liège (Médiacité) en octobre : hauteur d'entrejambe, longueur de bras et de buste, souplesse, angles genou et hanche filmés, hauteur et recul de selle, drop, etc.

Je fais maintenant construire un cadre sur mesure chez un artisan à Gand, qui me demande ces mesures. Le rapport PDF qu'on m'a remis ne lui suffit pas, il veut les valeurs brutes pour les entrer dans son logiciel.

Pourriez-vous m'envoyer toutes les données de ma séance dans un fichier exploitable (CSV, Excel, ou le fichier d'export du logiciel de fitting) ? Si vous pouvez l'envoyer directement à l'artisan, je vous donne son adresse.

Merci d'avance,
Grégoire Fontaine
0496 11 87 42""",
         "Grégoire Fontaine"),
        ("restriction", (),
         "Location vélo électrique La Panne - dossier en litige",
         """Bonjour,

Le 2 août 2025, j'ai loué un vélo électrique à votre point de location de La Panne. Au bout d'une heure, la fourche a cédé dans une descente de la digue ; chute, poignet cassé, trois semaines de plâtre.

Le dossier est en cours avec votre assureur, qui refuse d'intervenir : selon lui, j'aurais dépassé le poids maximal autorisé du vélo, et il se base sur le poids encodé lors de la location. Je conteste ce chiffre (l'employé ne m'a jamais demandé mon poids, il l'a « estimé ») ainsi que l'état du vélo.

Je vous demande de conserver l'intégralité du dossier de location (formulaire, poids et taille encodés, numéro et état du vélo, photos, historique d'entretien) et de ne rien effacer, mais de ne plus l'utiliser ni le transmettre à qui que ce soit sans mon accord jusqu'à ce que le litige soit tranché. Mon avocat prendra contact avec vous.

Cordialement,
Isabelle Gérard
Rue de la Station 9, 5000 Namur""",
         "Isabelle Gérard"),
        ("objection", (),
         "sponsors du club",
         """Bonjour,

Je suis membre du Running Club Shop Example (section Mons) depuis deux ans. Depuis janvier, je reçois des mails d'une marque de boissons isotoniques, d'une marque de gels et d'un organisateur de trails, qui m'écrivent tous « en tant que membre du Running Club ». Visiblement, la liste des membres a été communiquée aux sponsors.

Je m'oppose à ce que mes données de membre soient transmises à des partenaires pour leur publicité. Le club, les sorties, les résultats, très bien. Les sponsors, non merci.

Thierry Dubois""",
         "Thierry Dubois"),
        ("withdraw_consent", (),
         "Partage de mes pas avec l'assurance",
         """Bonjour,

L'an dernier, j'ai activé dans l'application l'option « Bouge et économise », qui transmet mes pas quotidiens à votre partenaire d'assurance hospitalisation en échange d'une réduction de prime.

Je retire mon consentement à ce partage à partir d'aujourd'hui. Je garde la montre et l'application, simplement plus rien ne doit partir vers l'assureur. Merci de me confirmer que c'est fait.

Nadia Benali""",
         "Nadia Benali"),
        ("complaint", ("access",),
         "Inadmissible",
         """Madame, Monsieur,

Je suis infirmière dans un hôpital bruxellois qui offre à son personnel l'avantage « SportPass », utilisable dans vos magasins. En janvier, j'ai utilisé mon crédit pour acheter, dans votre rayon natation à Anderlecht, un maillot de bain post-mastectomie et une prothèse de natation. Je pense que vous comprenez de quoi il s'agit.

Lors de mon entretien annuel, ma cheffe de service m'a dit, avec beaucoup de gentillesse d'ailleurs, qu'elle avait « vu dans le rapport SportPass » ce que j'avais acheté et qu'elle espérait que « tout allait bien ». Je n'avais parlé de ma maladie à personne au travail.

Je ne comprends pas comment mon employeur peut recevoir le détail, article par article, de ce que j'achète. C'est une atteinte grave à ma vie privée, et il s'agit de données de santé.

Je vous demande de m'indiquer précisément ce qui a été transmis à mon employeur à mon sujet, depuis quand et sous quelle forme. J'attends aussi une explication. Je me réserve le droit de saisir l'Autorité de protection des données, et j'en ai déjà parlé à mon délégué syndical.

Véronique Masson""",
         "Véronique Masson"),
        ("other", (),
         "chaussures de ski trop petites",
         """bonjour

j'ai commandé des chaussures de ski en 27.5 sur le site (commande 40-2259013) mais elles sont beaucoup trop serrées, je ne sais même pas fermer la 2e boucle. est ce que je peux les échanger au magasin de Charleroi contre du 28.5 ? et est ce que le magasin fait le thermoformage des chaussons ?

merci
Kevin Lemaire""",
         "Kevin Lemaire"),
        ("other", (),
         "Re: Sortie longue dimanche 19/04",
         """Salut Marc,

Merci pour le mail. On part toujours du parking du magasin à Waterloo à 9h ? Et c'est 18 ou 21 km finalement, le mail dit les deux ?

Je viendrai peut-être avec ma voisine, elle n'est pas membre mais elle court bien, c'est ok ?

À dimanche,
Céline

Le 14/04/2026 à 18:02, Running Club Shop Example a écrit :
> Bonjour à toutes et à tous,
> La sortie longue de dimanche 19/04 part du magasin de Waterloo.
> Deux groupes : 18 km (6'00) et 21 km (5'20). Ravito au km 10.
> Sportivement, Marc""",
         "Céline Renard"),
    ],
    "de": [
        ("access", ("correction",),
         "Gespeicherte Daten Skiverleih",
         """Guten Tag,

beim Ausleihen von Langlaufskiern in Ihrer Filiale in Eupen im Januar sagte mir die Mitarbeiterin am Schalter: "Sie sind noch im System, 92 Kilo, 1,86 Meter, Schuhgröße 46, Einstellwert 7,5." Das stammte von einer Ausleihe im Jahr 2021!

Ich möchte deshalb wissen, welche Daten Sie über mich gespeichert haben: alle Ausleihen, Körpermaße, Könnerstufe, Ausweisnummer, Kreditkarte? Wie lange bewahren Sie diese Angaben auf, und werden sie an jemanden weitergegeben, etwa an Versicherer oder Hersteller?

Übrigens wiege ich inzwischen 81 kg, bitte das auch ändern, bevor mir jemand die Bindung danach einstellt.

Mit freundlichen Grüßen
Rainer Kessler
Herbesthaler Straße 12, 4700 Eupen""",
         "Rainer Kessler"),
        ("correction", (),
         "Falsches Geburtsjahr in der App, deshalb falsche Pulszonen",
         """Hallo,

in der Shop-Example-App (Bereich Sport) steht bei mir als Geburtsjahr 1958, richtig ist 1985. Die App berechnet daraus eine maximale Herzfrequenz von 168 und sagt mir bei jedem lockeren Lauf, ich sei "im roten Bereich, bitte Tempo reduzieren".

Im Profil kann ich das Feld nicht ändern, es ist grau. Bitte korrigieren Sie mein Geburtsdatum auf 14.06.1985.

Danke und Gruß
Stefanie Braun""",
         "Stefanie Braun"),
        ("deletion", (),
         "Löschung meiner Uhrdaten",
         """Sehr geehrte Damen und Herren,

ich nutze meine Stride-Uhr nicht mehr und habe die Verbindung zur App in den Einstellungen getrennt. Die bisher synchronisierten Daten sind aber weiterhin in meinem Konto zu sehen.

Bitte löschen Sie sämtliche aus der Uhr übertragenen Daten: Herzfrequenzverläufe, Schlafdaten, Schritte, GPS-Strecken, Trainingsauswertungen. Mein Kundenkonto für den Webshop und die Kundenkarte möchte ich behalten.

Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
Jürgen Hoffmann
Klosterstraße 5, 4780 St. Vith""",
         "Jürgen Hoffmann"),
        ("portability", (),
         "Export Check-ins + Trainingspläne",
         """Hallo zusammen,

ich wechsle von FitLine zu einem anderen Studio in Aachen. In eurer App sehe ich alle meine Check-ins seit 2023 und die Trainingspläne, die mein Coach dort eingetragen hat (Übungen, Gewichte, Sätze, Wiederholungen).

Könnt ihr mir das als Datei schicken, am liebsten CSV oder JSON, damit ich es in die App des neuen Studios importieren kann? 150 Trainings per Screenshot abzufotografieren wäre etwas mühsam.

Gruß
Lukas Schreiber""",
         "Lukas Schreiber"),
        ("restriction", (),
         "Einlagen nach Fußscan - Reklamation",
         """Sehr geehrte Damen und Herren,

im Februar wurden in Ihrer Filiale in St. Vith auf Grundlage eines 3D-Fußscans Laufeinlagen für mich angefertigt. Seitdem habe ich Schmerzen im rechten Knie. Mein Orthopäde vermutet, dass die Messung falsch war (laut Ihrem Bericht Fußlänge rechts 27,1 cm, er hat 26,4 cm gemessen, dazu eine "starke Überpronation", die er nicht feststellen kann).

Ich habe die Einlagen reklamiert, Ihre Filiale besteht darauf, dass der Scan korrekt sei. Solange diese Frage nicht geklärt ist, bitte ich Sie gemäß Art. 18 DSGVO, den Scan und die Messwerte nicht zu löschen, sie aber auch nicht weiter zu verwenden: keine neuen Einlagen oder Schuhempfehlungen auf dieser Grundlage, keine Werbung "passend zu Ihrem Fußtyp".

Mit freundlichen Grüßen
Monika Schäfer""",
         "Monika Schäfer"),
        ("objection", ("deletion",),
         "Fotos mit Startnummer öffentlich auffindbar",
         """Guten Tag,

nach dem Eupener Stadtlauf wurden die Fotos von FinishPix auf der Seite Ihres Laufclubs verlinkt. Jeder kann dort meinen Namen oder meine Startnummer eingeben und bekommt 23 Bilder von mir zu sehen.

Ich bin Lehrerin, und meine Schüler haben die Seite natürlich gefunden. Ich widerspreche der Veröffentlichung von Fotos, die mit meinem Namen verknüpft sind. Der Hinweis in Ihrem Kleingedruckten, das geschehe aus "berechtigtem Interesse", überzeugt mich nicht. Die Bilder, auf denen ich zu sehen bin, sollen offline genommen und gelöscht werden. Die Ergebnisliste selbst stört mich nicht.

Freundliche Grüße
Andrea Lenz""",
         "Andrea Lenz"),
        ("withdraw_consent", (),
         "Einwilligung Ergebnislisten",
         """Hallo,

bei der Anmeldung zum Laufclub habe ich das Häkchen bei "Meine Ergebnisse dürfen mit Namen veröffentlicht werden" gesetzt. Diese Einwilligung ziehe ich hiermit zurück. Bei künftigen Läufen bitte nur mit Startnummer oder als "anonym" führen.

Danke!
Thomas Krüger""",
         "Thomas Krüger"),
        ("complaint", (),
         "Beschwerde: Gesundheitsfragen an der Kasse, Brief an die falsche Adresse",
         """Sehr geehrte Damen und Herren,

am 7. März kaufte ich in Ihrer Filiale in Kelmis Skischuhe. An der Kasse bot mir die Kassiererin eine Sportunfallversicherung an und stellte mir, vor einer Schlange von mindestens acht Leuten, laut die Fragen: "Hatten Sie schon mal einen Kreuzbandriss? Nehmen Sie regelmäßig Medikamente?"

Um die Sache abzukürzen, habe ich geantwortet und am Ende abgelehnt. Zwei Wochen später lag trotzdem ein Brief Ihres Versicherungspartners im Briefkasten meines Nachbarn, "Ihr Antrag, Angabe Vorerkrankung: Knie links", adressiert an Hausnummer 14 statt 41. Der Nachbar hat ihn geöffnet, weil er dachte, es sei seiner.

Ich hatte keinen Antrag gestellt. Trotzdem wurden meine Gesundheitsangaben gespeichert, weitergegeben und dann auch noch an die falsche Adresse geschickt. Das ist für mich ein klarer Verstoß gegen den Datenschutz.

Ich erwarte eine Erklärung, wie das passieren konnte, und behalte mir eine Beschwerde bei der belgischen Datenschutzbehörde vor.

Helmut Janssen
Lütticher Straße 41, 4720 Kelmis""",
         "Helmut Janssen"),
        ("other", (),
         "Inspektion E-Bike",
         """Guten Tag,

mein E-Bike (2024 bei Ihnen in Eupen gekauft) braucht die Jahresinspektion. Muss ich einen Termin machen oder kann ich einfach vorbeikommen? Und wie lange dauert es im Moment? Die Kette springt auch ab und zu auf dem kleinsten Ritzel, vielleicht kann man das gleich mit anschauen.

Viele Grüße
Petra Mertes""",
         "Petra Mertes"),
        ("other", (),
         "Frage für meine Bachelorarbeit",
         """Sehr geehrtes Datenschutz-Team,

ich studiere an der RWTH Aachen und schreibe meine Bachelorarbeit über Datenschutz im Breitensport. Mir ist aufgefallen, dass viele Laufveranstalter, auch Ihr Laufclub, Ergebnislisten mit Namen, Jahrgang, Verein und Zeit veröffentlichen.

Ich habe keine Anfrage zu meinen eigenen Daten, ich war nie Kundin bei Ihnen. Mich interessiert nur allgemein, auf welche Rechtsgrundlage sich ein Händler mit eigenem Laufclub dabei stützt und wie lange solche Listen online bleiben. Wären Sie eventuell zu einem kurzen Interview (20 Minuten, gern per Video) bereit?

Mit freundlichen Grüßen
Lea Hartmann""",
         "Lea Hartmann"),
    ],
    "es": [
        ("access", (),
         "SportPass: ¿qué ve mi empresa?",
         """Hola,

Trabajo en una empresa de Bruselas que nos da el SportPass (150 euros al año) para gastar en sus tiendas y en el gimnasio asociado. Antes de usarlo quiero saber exactamente qué información recibe mi empresa cuando compro con él: ¿el importe? ¿los productos? ¿la tienda y el día?

Y en general, qué datos tienen ustedes sobre mí relacionados con ese programa y de dónde los han sacado, porque yo nunca me registré: el primer correo suyo me llegó ya con mi nombre completo y el nombre de mi empresa.

Gracias,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("correction", (),
         "datos del bike fitting",
         """Buenas,

Hice el estudio biomecánico en la tienda de Ixelles el sábado pasado y al revisar el informe veo que pone entrepierna 78 cm. Me midieron 87, lo recuerdo porque el técnico bromeó con eso. Con 78 la altura de sillín que recomienda el informe no tiene ningún sentido.

Además mi apellido está mal escrito: es Iturbe, no Iturbide.

¿Pueden corregir la ficha? Vuelvo el sábado 25 para el ajuste final y no quiero que me ajusten la bici con los datos malos.

Saludos,
Jon Iturbe""",
         "Jon Iturbe"),
        ("deletion", (),
         "Baja de mi hija - fotos y datos del equipo",
         """Hola:

Mi hija Valeria, de 9 años, ha dejado el equipo femenino sub-10 del KV Zaventem, que ustedes patrocinan. En su web todavía aparece en la foto del equipo, y en la ficha de jugadoras salen su nombre, apellidos y fecha de nacimiento. También sigue en la app del club que gestionan con ustedes, con su talla de camiseta y mi teléfono.

Ya no tiene ninguna relación con el equipo. Les pido que borren todos sus datos: la foto, el nombre, la fecha de nacimiento, la talla, todo.

Soy su madre. Si necesitan algo para comprobarlo, díganme.

Un saludo,
Marta Gil Romero""",
         "Marta Gil Romero"),
        ("portability", (),
         "Exportar datos de sueño",
         """Hola,

Mi médica de la unidad del sueño de Saint-Luc me ha pedido los datos de sueño de los últimos seis meses que registra mi reloj Stride y que se sincronizan con su app. Su programa acepta archivos CSV o JSON.

¿Me los pueden enviar en ese formato, con fecha, hora de acostarme y levantarme, fases del sueño y frecuencia cardiaca nocturna? Si la app tiene una función para exportarlo, díganme dónde está, porque no la encuentro.

Gracias,
Andrés Molina""",
         "Andrés Molina"),
        ("restriction", (),
         "Descalificación Trail des Fagnes - recurso pendiente",
         """Buenos días:

Fui descalificado en el Trail des Fagnes del 22 de marzo, en el que corrí con la inscripción del club, por un supuesto atajo según el control de chip. He presentado un recurso al organizador: el punto de control del km 14 no registró a varios corredores esa mañana y tengo el track GPS completo de mi reloj.

Mientras se resuelve, les pido que no publiquen ni compartan mi nombre con la mención "DSQ" en los resultados del club ni en el boletín, y que no borren los datos de cronometraje e inscripción, porque los necesito para el recurso.

Atentamente,
Sergio Navarro Ruiz
Dorsal 318""",
         "Sergio Navarro Ruiz"),
        ("objection", ("withdraw_consent",),
         "no quiero más correos sobre el gimnasio",
         """Hola.

Cada lunes me llega un correo suyo tipo "La semana pasada fuiste 1 vez a FitLine, ¡a por más!" con ofertas de proteínas y ropa. No les he dado permiso para usar mis entradas al gimnasio para venderme cosas.

Me opongo a que usen mis check-ins para publicidad o para hacerme perfiles. Y denme de baja también del boletín semanal.

Pablo Domínguez""",
         "Pablo Domínguez"),
        ("withdraw_consent", (),
         "baja",
         """buenas, contrate en caja el seguro de lesiones deportivas y desde entonces me mandan sms y mails con ofertas de seguros de coche, de hogar y de no se que mas. retiro el consentimiento para recibir publicidad, ni sms ni email. el seguro lo mantengo

gracias

Enviado desde mi iPhone""",
         "Raúl Ortega"),
        ("complaint", ("deletion",),
         "Mis datos y los de mis hijos enviados a otra persona",
         """Buenas tardes:

El 10 de febrero alquilé material de esquí en su tienda de Waterloo para mí y para mis dos hijos (11 y 14 años). Ayer una señora a la que no conozco me escribió por WhatsApp: había recibido por email "el resumen de su alquiler", con mi nombre, mi teléfono y el peso, la altura, el número de pie y el nivel de esquí míos y de mis hijos. Me mandó la captura. Consiguió mi número precisamente por ese correo.

Me parece muy grave, y más tratándose de menores. Quiero una explicación de cómo ha pasado, saber a cuántas personas más les ha ocurrido y si lo han comunicado a la Autoridad de Protección de Datos. Además, quiero que borren de su sistema de alquiler los datos de mis hijos.

Si no recibo respuesta en un plazo razonable, presentaré una reclamación ante la APD.

Elena Castillo Vidal
Chaussée de Bruxelles 140, 1410 Waterloo""",
         "Elena Castillo Vidal"),
        ("other", (),
         "Reembolso carrera cancelada",
         """Hola,

Me inscribí en la Brussels Night Run del 25 de abril a través de su web (pedido 40-2250877, 28 euros) y hoy me llega un correo diciendo que se cancela por las obras del túnel.

¿Me devuelven el dinero automáticamente a la tarjeta o tengo que pedirlo? ¿Y la camiseta de la bolsa del corredor, se puede recoger igual?

Gracias,
Carmen Ruiz""",
         "Carmen Ruiz"),
        ("other", (),
         "Fijación rota",
         """Buenos días,

Alquilamos en su tienda de Uccle un equipo de esquí completo para la semana en Andorra (contrato LOC-3318). El segundo día se rompió la fijación de uno de los esquís: la talonera se partió en una caída tonta, a poca velocidad. Tuvimos que alquilar otro par allí, 96 euros por cinco días.

¿Nos reembolsan ese alquiler? Tengo la factura de la tienda de Andorra y fotos de la fijación rota.

Un saludo,
Francisco Herrera""",
         "Francisco Herrera"),
    ],
    "it": [
        ("access", (),
         "Come hanno avuto la mia email?",
         """Buongiorno,

domenica ho corso la 10 km di Liegi con la maglia del vostro running club. Lunedì mattina mi arriva una mail da FinishPix: "Ciao Giulia, le tue 17 foto sono pronte!", con le foto e il mio nome. Non mi sono mai registrata su FinishPix e non sapevo nemmeno che esistesse.

Vorrei sapere chi ha dato a FinishPix il mio indirizzo email e il mio nome, e quali altri dati hanno ricevuto (numero di pettorale, tempo, data di nascita?). E già che ci sono: quali dati avete voi su di me tramite il club?

Grazie,
Giulia Romano""",
         "Giulia Romano"),
        ("correction", (),
         "Check-in che non sono miei",
         """Salve,

nel mio profilo della vostra app, sezione FitLine, vedo dei check-in nella palestra di Charleroi alle 6 del mattino, mentre io vado in quella di Mons, e sempre di sera. Credo che ci sia un'altra Francesca Bianchi e che i nostri dati siano stati mescolati: anche la data di nascita mostrata è sbagliata, io sono nata il 2/9/1990.

Potete sistemare il profilo in modo che ci siano solo i miei dati?

Tessera fedeltà 2701 4455 8812.

Grazie
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("deletion", (),
         "Cancellazione iscrizione running club",
         """Gentili signori,

lascio il Running Club Shop Example con effetto immediato, perché mi trasferisco a Torino per lavoro.

Vi chiedo di cancellare i miei dati dal sistema di gestione del club e di togliere il mio nome dai risultati pubblicati sul vostro sito per le stagioni dal 2023 al 2025.

Cordiali saluti,
Marco Esposito""",
         "Marco Esposito"),
        ("portability", (),
         "file della scansione del piede",
         """Buongiorno,

a gennaio ho fatto la scansione 3D dei piedi nel vostro negozio di Anderlecht per scegliere le scarpe da corsa. La mia podologa vorrebbe usare quella scansione per farmi dei plantari su misura: mi ha chiesto il file originale (STL o OBJ) e le misure in formato digitale, da caricare nel suo programma.

Potete mandarmeli per email? Il PDF con l'immagine colorata che mi avete dato in negozio a lei non serve.

Grazie mille,
Chiara Ricci""",
         "Chiara Ricci"),
        ("restriction", ("access",),
         "Polizza infortuni mai richiesta",
         """Buonasera,

sul mio estratto conto vedo ogni mese un addebito di 5,90 euro per una "polizza infortuni sportivi" che secondo il vostro servizio clienti avrei sottoscritto alla cassa del negozio di Namur il 3 marzo. Io quel giorno ho comprato una tenda e due sacchi a pelo e non ho firmato nessuna polizza.

Ho aperto una contestazione con la banca. Finché la cosa non è chiarita vi chiedo di non cancellare i dati di quell'acquisto e della presunta sottoscrizione, ma anche di non usarli e di non trasmettere più nulla all'assicurazione.

Vi chiedo inoltre una copia del modulo che avrei firmato, con tutti i dati che contiene.

Alessandro Conti
Rue de Fer 22, 5000 Namur""",
         "Alessandro Conti"),
        ("objection", (),
         "pubblicità settimane bianche",
         """Buongiorno,

affitto gli sci da voi da diversi anni. Da quest'inverno ricevo per posta e per email proposte di "settimane bianche su misura per il tuo livello" dal vostro partner viaggi, con tanto di "attrezzatura già pronta nella tua taglia".

Non voglio che i dati del noleggio (livello, peso, altezza, numero di scarpa) vengano usati per propormi viaggi o passati a partner. Mi oppongo a questo uso. Il noleggio per il resto va benissimo.

Saluti,
Roberto Marino""",
         "Roberto Marino"),
        ("withdraw_consent", ("deletion",),
         "Foto di mio figlio sui social",
         """Buongiorno,

all'inizio della stagione ho firmato il modulo del Royal Stade Forestois che autorizza la pubblicazione delle foto di mio figlio Leonardo (U8) sui canali social del club e dello sponsor, cioè voi.

Ritiro il consenso. Non pubblicate più foto in cui compare lui, e per favore togliete quella del torneo di Pasqua dalla vostra pagina Instagram, dove si vede benissimo con il suo nome nella didascalia.

Grazie,
Valentina Greco""",
         "Valentina Greco"),
        ("complaint", ("correction",),
         "Riepilogo settimanale inviato alla mia ex",
         """Buongiorno,

scrivo molto arrabbiato. Da tre settimane il "riepilogo settimanale" della vostra app, con battito a riposo, ore di sonno, passi e perfino "stress elevato martedì", arriva all'indirizzo email della mia ex compagna, che era quello registrato sul vecchio account di famiglia. Nel mio profilo ho cambiato l'indirizzo a gennaio!

Lei me li ha inoltrati, con commenti che vi risparmio. Sono dati sulla mia salute.

Ho già segnalato il problema in chat il 20 marzo, mi hanno risposto "giriamo la richiesta al reparto competente". Da allora niente, e lunedì è arrivato un altro riepilogo.

Pretendo che venga usato ovunque l'indirizzo giusto, d.gallo@libero.it, e voglio sapere come sia potuto succedere. Se non ricevo una risposta seria, presento reclamo all'autorità per la protezione dei dati.

Davide Gallo""",
         "Davide Gallo"),
        ("other", (),
         "Re: Uscita di gruppo domenica",
         """Ciao!

Domenica ci sono. Una domanda: il ritrovo è davanti al negozio di Ixelles o al Bois de la Cambre come l'ultima volta? E c'è un gruppo per chi corre sui 6'/km? Non vorrei rallentare tutti.

Grazie,
Sara

Il giorno mer 15 apr 2026 alle ore 19:20 Running Club Shop Example ha scritto:
> Ciao a tutti, domenica 19 aprile uscita di gruppo da 12 km,
> partenza alle 9:30. Portate acqua, fa caldo!""",
         "Sara Colombo"),
        ("other", (),
         "tagliando bici",
         """salve, ho comprato una bici da corsa da voi ad agosto (negozio di Waterloo). il cambio elettronico non funziona più bene dopo l'ultimo aggiornamento del firmware, salta i rapporti. è coperto dal tagliando gratuito? e quanto tempo resta in officina di solito?

grazie
Matteo""",
         "Matteo Ferri"),
    ],
    "pt": [
        ("access", (),
         "Dados do meu filho - equipa de futebol",
         """Bom dia,

O meu filho Tiago, de 10 anos, joga nos sub-11 do FC Schaerbeek, equipa patrocinada pela Shop Example. No início da época o clube pediu-nos uma ficha com nome, data de nascimento, tamanho de roupa e fotografia, "para os equipamentos oferecidos pelo patrocinador".

Gostaria de saber que dados sobre o meu filho a vossa empresa recebeu do clube, para que os utilizam, quem tem acesso e durante quanto tempo os guardam. Quero também saber se a fotografia dele é usada em alguma publicidade ou no vosso site.

Obrigado,
Rui Almeida
Avenue Rogier 211, 1030 Schaerbeek""",
         "Rui Almeida"),
        ("correction", (),
         "altura errada no perfil de aluguer",
         """Olá,

Aluguei duas vezes uma bicicleta no vosso ponto de Knokke e das duas vezes deram-me um quadro S, porque no vosso sistema está que meço 1,58 m. Meço 1,78 m! Alguém deve ter trocado um número.

Podem corrigir no meu perfil de aluguer? A próxima reserva é para 2 de maio e gostava de não voltar a pedalar com os joelhos no guiador.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),
        ("deletion", (),
         "Saída da empresa - conta SportPass",
         """Boa tarde,

Deixei de trabalhar na Tecnivia a 31 de março, por isso o benefício SportPass já não se aplica a mim.

Peço que apaguem a minha conta SportPass e todo o histórico de utilização associado (compras, entradas no ginásio). Não quero que a minha antiga entidade patronal continue a receber qualquer informação sobre mim.

Cumprimentos,
Paulo Sousa""",
         "Paulo Sousa"),
        ("portability", (),
         "histórico de provas em Excel",
         """Olá!

Corro com o running club desde 2021 e gostava de ter o histórico de todas as provas em que me inscrevi pela vossa plataforma (prova, data, distância, tempo oficial, classificação) numa folha Excel ou CSV. Quero juntar tudo numa app de treino nova que importa esse tipo de ficheiro.

Consegue-se? Na app só dá para ver prova a prova.

Abraço,
Miguel Ferreira""",
         "Miguel Ferreira"),
        ("restriction", ("correction",),
         "Fotos que não são minhas",
         """Bom dia,

A FinishPix associou ao meu nome (dorsal 1207) uma série de fotografias da Meia Maratona de Bruxelas onde aparece outra pessoa, com o dorsal 1201; parece que o sistema leu mal o número. Uma dessas fotos, de um homem a ser assistido pela Cruz Vermelha depois da meta, aparece agora quando se pesquisa o meu nome, e já tive colegas a perguntar se eu estava bem.

Enquanto verificam, peço que essas fotos sejam bloqueadas na galeria associada a mim e que não sejam usadas em lado nenhum. Depois, corrijam a ligação entre dorsal e nome. Por favor não apaguem as minhas fotos verdadeiras, comprei o pacote.

João Martins""",
         "João Martins"),
        ("objection", (),
         "chamadas da seguradora",
         """Boa tarde,

Em fevereiro contratei na caixa da loja de Ixelles o seguro de lesões desportivas. Desde então a seguradora liga-me quase todas as semanas para me vender seguro automóvel e seguro de vida. Disseram-me ao telefone que os meus dados "vieram da Shop Example, como parceiro".

Oponho-me a que partilhem os meus dados com a seguradora ou com outros parceiros para fins de marketing. O seguro de lesões mantém-se, não o quero cancelar.

Ana Rodrigues""",
         "Ana Rodrigues"),
        ("withdraw_consent", (),
         "",
         """ola queria desativar a partilha dos dados de saude na app (sono e batimentos). na altura aceitei mas ja nao quero, retiro o consentimento. o relogio pode continuar a contar os passos para os pontos. obg

Carla Lopes""",
         "Carla Lopes"),
        ("complaint", ("deletion",),
         "Reclamação - fotografias dos meus pés",
         """Exmos. Senhores,

No dia 28 de março fiz uma análise da pisada na vossa loja de Anderlecht. O funcionário, além de usar o scanner, tirou fotografias dos meus pés e das minhas pernas com o telemóvel pessoal, "para mostrar ao colega da outra loja". Quando perguntei, disse que apagava depois.

Não confio. Considero inaceitável que um funcionário guarde imagens do meu corpo no seu telemóvel pessoal, sem me pedir autorização, e possivelmente as partilhe por WhatsApp.

Exijo que essas fotografias sejam apagadas do telemóvel dele e de qualquer outro sítio onde estejam, que me confirmem isso por escrito e que me expliquem o que fazem para evitar que se repita. Caso contrário, apresentarei queixa à Autoridade de Proteção de Dados.

Fernanda Costa""",
         "Fernanda Costa"),
        ("other", (),
         "troca de tamanho - camisola de ciclismo",
         """Olá,

Encomendei uma camisola de ciclismo tamanho M (encomenda 40-2268140) e é enorme, parece um L. Posso trocar por S? Tem de ser pelo correio ou posso ir à loja da Rue Neuve?

Obrigada,
Beatriz Nunes""",
         "Beatriz Nunes"),
        ("other", (),
         "Treino do clube na quinta?",
         """Boa tarde,

O treino de intervalos de quinta-feira à noite mantém-se esta semana, com o feriado? No grupo do WhatsApp uns dizem que sim, outros que não. E se houver, é na pista de Woluwe ou no parque?

Obrigado,
Nuno Pires""",
         "Nuno Pires"),
    ],
}

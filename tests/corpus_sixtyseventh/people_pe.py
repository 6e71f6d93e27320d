"""Person mail for the sixtyseventh set (en nl fr de es it pt): donations, charity and the local community. Written apart from the rules (see make_sixtyseventh.py)."""

PEOPLE_PE = {
    "en": [
        ("access", ("objection",),
         "Round-up at checkout - why does a charity have my home address?",
         """Hello,

Last month I ordered a kettle and a set of towels on your web shop and at checkout I ticked the little box to round up to the next euro for charity. Fine, 63 cents, happy to help.

Two weeks later I get a glossy envelope at home from "Paws & Hope Flanders" thanking me for my "generous support" and asking me to set up a monthly direct debit. It was addressed to me by name, at my home address in Kessel-Lo, and they even knew my e-mail, because the same appeal came in by mail the day after.

I gave 63 cents, not my address.

So could you please tell me exactly what you passed on to this charity (name, address, e-mail, what else?), when you did it, and on what basis you think you were allowed to. I'd also like to know if any other organisations received my details through this round-up scheme.

And from now on, please don't hand my details to any charity any more when I round up. I'm happy to keep rounding up, anonymously.

Thanks,
Gareth Pryce""",
         "Gareth Pryce"),
        ("correction", (),
         "National register number wrong on donation certificate",
         """Dear privacy team,

In December I donated EUR 150 through your "Warm Winter" campaign in the app, which goes to Het Warme Nest vzw. Because it's over 40 euros I'm entitled to a tax certificate, and your app asked for my national register number so it could be passed to the charity for that purpose.

I've now received the certificate and the number on it is wrong: it reads 82.04.17-213.56 but mine is 82.04.17-231.56 (the 1 and the 3 are swapped). I've checked what I typed in my account profile and it looks like I made the typo myself, sorry about that.

Could you please correct the number in my account and let the charity know the right one, so that the certificate that goes to the tax authorities is correct? Otherwise the deduction won't match my tax return.

Kind regards,
Priya Raman
Rue des Tanneurs 41, 1000 Brussels""",
         "Priya Raman"),
        ("deletion", ("withdraw_consent",),
         "Photos from the volunteering day",
         """Hi,

I took part in the staff & customer volunteering day at the Zaventem animal shelter on 14 September (I'm a loyalty card customer, not staff). I've just found three photos of me on your website and on your Facebook page, one of them with my full name in the caption. Nobody asked me about this on the day, or if they did it was in the small print of the sign-up form.

Please take those photos down and delete them, and remove my name from wherever it was published. My ex-partner should not be able to find out where I spend my weekends.

While you're at it, when I signed up there was a tick box for the "Community Heroes" newsletter. I don't want it any more, please take me off.

Thank you,
Hannah Whitcombe""",
         "Hannah Whitcombe"),
        ("portability", (),
         "Export of my round-up donations",
         """Hello,

I've been using the round-up feature in your app since it launched in 2021 and I'd like to move my budgeting to another app (I use a spreadsheet-based tool that imports CSV).

Could you send me a machine-readable file (CSV or JSON, either is fine) with all my round-up donations: date, amount, which charity it went to, and the purchase it was attached to? In the app I can only scroll through the last 12 months on screen and there is no export button.

My loyalty card number is 2000 4417 8823 9.

Cheers,
Tom Ashworth""",
         "Tom Ashworth"),
        ("restriction", (),
         "Re: Your charity raffle ticket 000482",
         """Hi,

With respect, I did claim the prize. I phoned the Hasselt store on 2 April and was told someone would call me back, and nobody did. I've got the call in my phone log.

I've now been told by a friend that you're going to clear out all the raffle data at the end of the month. Please don't delete my entry or anything connected to it (ticket, contact details, notes of my call, whatever you have) until this is sorted out. I'll be taking it further with the organisers and I need that record to exist. You don't need to do anything else with it, just keep it.

Regards,
Martin Doyle

> Dear Mr Doyle,
>
> Thank you for taking part in our Spring Charity Raffle in aid of the
> Limburg Children's Hospital Fund. Unfortunately the prize linked to
> ticket 000482 was not claimed before the deadline of 31 March and has
> been re-drawn in accordance with the raffle rules.
>
> Kind regards,
> Customer Service""",
         "Martin Doyle"),
        ("objection", (),
         "Rugby club discount - stop using the members list",
         """Hello,

I'm a member of the Brussels Barbarians RFC (the amateur side, not the first team). Our club has a sponsorship deal with you and the committee passed you the members list so we'd get 10% off sports gear.

Since then I've been getting personalised offers from you about "rugby season essentials", protein bars etc., and an e-mail that started with "As a Barbarians player...". I never signed up with you through the club, I already had a loyalty card on my own.

I don't want you to use the club's list for marketing or to build a profile of me. I'm NOT asking to cancel my loyalty card or your normal newsletter, those are fine, I just object to my club membership being used to target me.

Thanks,
Owen Gallagher""",
         "Owen Gallagher"),
        ("withdraw_consent", (),
         "",
         """pls stop the texts about the food bank appeal. signed up at the leuven till for one collection, didnt mean every month.
thx Zoe""",
         "Zoe Marsh"),
        ("other", (),
         "Nomination for the community grant",
         """Dear Sir or Madam,

I'm writing on behalf of Rainbow Steps, a small association in Etterbeek that runs Saturday activities for children with autism and their siblings. We saw the posters in your Etterbeek store about the annual community grant where customers vote for a local cause.

We would love to be considered for next year's list. How do we apply, and is there a deadline? We can provide our statutes, our last annual report and a short video.

We understand voters leave their e-mail address to vote. Just so you know, we would not ask you for any of that information; we'd only be happy to be on the ballot.

With warm regards,
Fiona McAllister
Coordinator, Rainbow Steps asbl""",
         "Fiona McAllister"),
        ("other", (),
         "Food collection this weekend",
         """Hi there,

Where exactly do I drop off the food for the food bank collection this Saturday at the Mechelen store? Is there a volunteer at the entrance, or do I leave it in a box after the tills?

Also, I saw on the leaflet that volunteers give their name and number. I don't want to volunteer, I just want to bring a bag of pasta and tins, so I assume I don't need to register for that?

Thanks,
Ian""",
         "Ian Carruthers"),
        ("other", (),
         "Order 7731-204 - charged 4 euro donation instead of 40 cents",
         """Hello,

On my order 7731-204 (the air fryer) I chose the round-up option at checkout. The total should have gone from 89.60 to 90.00, so 40 cents for charity. My bank statement shows 93.60 and the confirmation says "donation: 4.00".

I'm sure it's a glitch but I'd like the 3.60 difference refunded please, the charity can have the 40 cents.

I know this is the privacy address, sorry, the customer service form kept timing out.

Best,
Rachel Owusu""",
         "Rachel Owusu"),
    ],
    "nl": [
        ("complaint", ("deletion",),
         "Mijn gsm-nummer hangt nog altijd aan jullie prikbord!!",
         """Goeiendag,

Dit is de DERDE keer dat ik jullie hierover contacteer en ik heb nog altijd geen antwoord gekregen.

In november heb ik meegeholpen met de inzameling voor de Voedselbank Mechelen in jullie winkel aan de Bruul. De lijst met vrijwilligers, met onze namen EN gsm-nummers erop, is toen aan het prikbord aan de ingang gehangen "zodat de ploegen elkaar konden bereiken". Die lijst hangt daar vandaag, 3 maanden later, nog altijd. Ik ben vorige week zelf gaan kijken.

Sindsdien word ik gebeld door mensen die ik niet ken, een keer om half elf 's avonds door iemand die vroeg of ik "ook gratis eten kon brengen". Ik heb op 2 december en op 8 januari gemaild naar dit adres. Niks. Geen ontvangstbevestiging, niks.

Ik wil dat die lijst vandaag nog van dat bord gehaald wordt en dat jullie mijn naam en nummer uit jullie bestanden van de inzameling verwijderen. Als ik binnen de week geen antwoord heb, dien ik klacht in bij de Gegevensbeschermingsautoriteit. Ik heb foto's van het prikbord met datum.

Hilde Verbeeck
Mechelen""",
         "Hilde Verbeeck"),
        ("correction", (),
         "Gift in memoriam - brieven op naam van mijn overleden moeder",
         """Beste,

Na het overlijden van mijn moeder in augustus hebben wij als familie gevraagd om in plaats van bloemen een gift te doen aan de palliatieve afdeling van AZ Sint-Jan, via de in memoriam-actie in jullie winkel. Ik heb zelf ook een gift gedaan via de kassa in Brugge.

Bij het registreren is blijkbaar de naam en het adres van mijn moeder ingevuld in plaats van de mijne (ik heb haar adres gebruikt omdat ik er toen aan het opruimen was, mijn fout misschien). Het gevolg is dat er nu elke maand brieven toekomen, gericht aan mijn moeder, met "Beste mevrouw Desmet, dank voor uw trouwe steun". U begrijpt dat dat niet prettig is voor mijn vader.

Kunnen jullie de gegevens van die gift aanpassen naar mijn naam en adres: Lieve Desmet, Kortrijksestraat 118, 8020 Oostkamp? En dat ook doorgeven aan de vzw, zodat de brieven op mijn naam komen.

Alvast bedankt voor het begrip.
Met vriendelijke groeten,
Lieve Desmet""",
         "Lieve Desmet"),
        ("deletion", (),
         "buurtapp",
         """Hallo, ik had een oproep gezet op jullie buurtapp voor onze kat Mimi die weg was, met ons adres erbij zodat mensen haar konden terugbrengen. Ze is terug (was opgesloten in de garage van de buren, ocharme).

Kunnen jullie dat bericht verwijderen en meteen ook mijn account op die app? Ik wil niet dat ons adres daar blijft staan. Bedankt!

Groetjes,
Sien""",
         "Sien Peeters"),
        ("portability", (),
         "Overdracht vrijwilligersprofiel naar De Zonnebloem vzw",
         """Geachte,

Ik doe sinds 2022 vrijwilligerswerk via jullie programma "Buren voor Buren" (boodschappen voor ouderen in Gent-Sint-Amandsberg). In het vrijwilligersportaal staan mijn gegevens, mijn beschikbaarheden, mijn gepresteerde uren en de attesten die ik heb opgeladen (EHBO-attest, uittreksel uit het strafregister model 2).

Vanaf volgende maand ga ik rechtstreeks voor Zonnebloem Oost-Vlaanderen werken. Zij vroegen of ik mijn historiek kan meebrengen zodat ik niet alles opnieuw moet invullen.

Graag had ik dat jullie mijn gegevens uit het portaal in een gangbaar, digitaal leesbaar formaat rechtstreeks bezorgen aan hun vrijwilligerscoördinator, mevrouw Anja Coppens, op vrijwilligers@zonnebloem-ovl.example.be. Als dat technisch niet kan, stuur het dan naar mij en dan geef ik het zelf door.

Met vriendelijke groet,
Koen Vandenbussche""",
         "Koen Vandenbussche"),
        ("restriction", (),
         "Ledenlijst voetbalclub - ik ben geen lid meer",
         """Beste,

Ik krijg van jullie mails met "ledenkorting KVV Ranst-Oelegem". Ik ben al twee seizoenen geen lid meer van die club, ik ben gestopt in 2022. Blijkbaar heeft de club een oude ledenlijst aan jullie doorgegeven.

Ik ga dat zelf met de club uitklaren, maar tot het duidelijk is welke lijst jullie precies gekregen hebben en of die klopt, wil ik dat jullie mijn gegevens die van die club komen niet meer gebruiken. Gewoon laten staan en niks mee doen, tot het uitgeklaard is.

mvg
Jens Wouters""",
         "Jens Wouters"),
        ("objection", ("withdraw_consent",),
         "Afronden voor het goede doel",
         """Dag,

Ik rond bijna altijd af aan de kassa (met mijn klantenkaart) en heb nu gemerkt in jullie privacyverklaring dat mijn naam en e-mailadres "in het kader van gerechtvaardigd belang" doorgegeven worden aan de partner-goede-doelen, zodat die mij kunnen bedanken.

Daar ben ik het niet mee eens. Ik wil niet bedankt worden, ik wil gewoon afronden. Ik maak dus bezwaar tegen het doorgeven van mijn gegevens aan die organisaties.

En nu ik toch bezig ben: de nieuwsbrief "Samen Sterk" mag ook stoppen, daar heb ik me ooit voor ingeschreven maar ik lees hem nooit.

Vriendelijke groeten,
Marleen Claes""",
         "Marleen Claes"),
        ("withdraw_consent", (),
         "",
         """Gelieve mij uit te schrijven voor de mails van de tombola. Dank u.
J. Hermans""",
         "Jozef Hermans"),
        ("other", (),
         "Sponsoring jeugdwerking VC Sint-Amands",
         """Beste,

Wij zijn de jeugdwerking van Volleybalclub Sint-Amands (ongeveer 90 jeugdspelers van 6 tot 18 jaar). We zagen dat jullie in Puurs de lokale voetbalclub sponsoren en vroegen ons af of jullie ook openstaan voor een samenwerking met ons, bijvoorbeeld voor nieuwe trainingspakken of een bijdrage voor ons jeugdkamp.

We hebben gehoord dat de voetbalclub in ruil korting kreeg voor de leden. Wij kunnen onze leden natuurlijk informeren over zo'n actie, maar onze ledenlijst delen we niet zomaar, daar zijn we streng in (GDPR). Misschien kunnen we met een kortingscode werken?

Wie mogen we hiervoor contacteren? Dit adres stond op jullie website onder "gemeenschap", vandaar.

Sportieve groeten,
Bart Mertens
Jeugdcoördinator VC Sint-Amands""",
         "Bart Mertens"),
        ("other", (),
         "Vrijwilligersdag 2025?",
         """Hoi,

Vorig jaar heb ik meegedaan aan jullie vrijwilligersdag bij het natuurpunt in Zemst, was heel tof! Ik zag de foto's op jullie website, ik sta er ook op en dat is helemaal ok voor mij :)

Weten jullie al wanneer de volgende is? Ik zou graag mijn collega meebrengen.

Groetjes,
Ellen""",
         "Ellen De Smedt"),
        ("other", (),
         "Vraag over de stemming voor het goede doel",
         """Goedemiddag,

Een vraagje uit nieuwsgierigheid: in de winkel in Aalst moet je je e-mailadres opgeven om te stemmen welk lokaal project de subsidie krijgt. Mag een winkel dat eigenlijk zomaar vragen, of moet je dan ook een ander manier aanbieden om te stemmen?

Ik heb zelf niet gestemd hoor, ik wil gewoon weten hoe dat zit, ik volg een cursus over GDPR in het avondonderwijs en we hadden het er in de les over.

Mvg,
Dirk Van Hoeck""",
         "Dirk Van Hoeck"),
    ],
    "fr": [
        ("access", (),
         "Question",
         """Bonjour,

Qu'est ce que vous avez sur moi exactement ?? J'ai recu hier une lettre de l'asbl "Les Amis du Refuge de Wavre" qui me remercie d'etre "donatrice fidèle depuis 2021". Je n'ai jamais donné a cette association directement, par contre j'arrondis parfois a la caisse chez vous a Louvain-la-Neuve.

Je voudrais savoir quelles données vous avez sur moi, d'ou elles viennent, et a qui vous les avez données. Et une copie si possible.

Merci
Nathalie Dubois""",
         "Nathalie Dubois"),
        ("deletion", ("access",),
         "Numéro de registre national - attestation fiscale",
         """Madame, Monsieur,

Pour obtenir l'attestation fiscale relative à mon don de 250 € à l'action « Un toit pour tous » (décembre dernier), j'ai dû communiquer mon numéro de registre national via votre formulaire en ligne. J'ai bien reçu l'attestation, merci.

Maintenant que c'est fait, je ne vois pas de raison que vous gardiez ce numéro. Je vous demande donc de l'effacer de vos systèmes (compte client, formulaire, fichiers éventuels), en dehors de ce que la loi vous oblige strictement à conserver.

Pourriez-vous également me confirmer à qui ce numéro a été transmis (uniquement à l'asbl, ou aussi à un prestataire ?) et combien de temps il a été ou sera conservé ?

Je vous remercie d'avance.

Bien à vous,
Philippe Lambert
Avenue des Combattants 27
1340 Ottignies""",
         "Philippe Lambert"),
        ("portability", (),
         "La page hommage pour mon père",
         """Bonjour,

Mon père est décédé en mars 2023. C'était un client de chez vous depuis toujours, il allait tous les samedis au magasin de Jambes, il connaissait tout le monde à la caisse. Quand il est parti, une des caissières m'a parlé de votre programme de dons « En mémoire de », et j'ai créé une page hommage sur votre site pour récolter des dons pour la Fondation contre le Cancer.

La page a bien marché, plus de 60 personnes y ont laissé un petit mot et une photo, et on a récolté 2 340 €. Je l'ai relue souvent, ça m'a fait du bien.

Aujourd'hui j'ai vu que vous arrêtiez ce programme à la fin de l'année et que les pages seront fermées. Je voudrais récupérer tout ce que j'y ai mis : le texte que j'ai écrit, les photos que j'ai téléchargées, et les messages et la liste des dons, dans un fichier que je puisse réutiliser (sur un autre site de pages hommage, ou dans un livre souvenir). Un format standard qui s'ouvre sur un ordinateur, pas juste des captures d'écran.

Est-ce possible de me l'envoyer ?

Merci de tout cœur,
Isabelle Henrard""",
         "Isabelle Henrard"),
        ("restriction", (),
         "Vote pour la cause locale - mon adresse e-mail utilisée par quelqu'un d'autre",
         """Bonjour,

Je reçois depuis une semaine des confirmations de vote pour le « Prix de la cause locale » de votre magasin de Liège-Guillemins, cinq au total, pour le club de tennis de table de Grivegnée. Je n'ai jamais voté. Quelqu'un utilise mon adresse e-mail.

Je conteste donc que ces votes soient liés à moi. Le temps que vous vérifiiez ce qui s'est passé, je vous demande de ne plus rien faire avec mon adresse dans ce cadre : ne pas la compter, ne pas l'utiliser, ne pas la transmettre au club. Par contre, ne l'effacez pas tout de suite, je veux pouvoir savoir ce qui s'est passé.

Cordialement,
Sophie Marchal""",
         "Sophie Marchal"),
        ("objection", (),
         "Photo de la journée solidaire dans votre publicité",
         """Bonjour,

Je suis employée au magasin de Mons et j'ai participé à la journée de bénévolat au Resto du cœur de Mons en octobre. On a fait des photos de groupe, pas de souci, elles sont sur l'intranet et c'est très bien comme ça.

Par contre je viens de me voir en grand sur une affiche à l'entrée du magasin et sur vos pubs Instagram, avec le slogan « Nos équipes s'engagent ». Je n'ai jamais accepté de servir de visage pour votre publicité.

Je ne demande pas que la photo soit retirée de l'intranet, mais je m'oppose à son utilisation dans vos campagnes publicitaires, affiches et réseaux sociaux.

Merci de me tenir au courant,
Aurélie Vanderhaegen""",
         "Aurélie Vanderhaegen"),
        ("withdraw_consent", (),
         "Re: Merci pour votre don !",
         """Merci mais je ne veux plus recevoir ces mails. Désinscrivez-moi svp.

Le 12/02 à 09:14, Dons & Communauté a écrit :
> Chère Madame Leclercq,
>
> Grâce à vous et aux 12 418 clients qui ont arrondi leur ticket en
> janvier, nous avons pu reverser 9 870 € aux Petits Riens !
> Découvrez dans ce mail les projets soutenus ce mois-ci...
>
> Vous recevez ce message parce que vous êtes inscrite à la lettre
> « Ensemble, c'est mieux ».""",
         "Martine Leclercq"),
        ("complaint", ("deletion",),
         "Tombola de Charleroi - harcèlement téléphonique - 3e rappel",
         """Madame, Monsieur,

En décembre j'ai acheté 3 billets de tombola au profit des Amis de l'Hôpital de Jumet dans votre magasin de Charleroi Ville 2. Au dos de chaque billet, il fallait mettre nom, adresse et numéro de GSM « pour vous prévenir si vous gagnez ». Soit.

Je n'ai rien gagné, mais depuis janvier je reçois en moyenne deux appels par semaine de sociétés de panneaux solaires, d'assurance obsèques et de je ne sais quoi encore, qui connaissent mon nom et ma commune. Je n'avais jamais eu ça avant. Un des vendeurs m'a même dit qu'il avait « eu mes coordonnées via un partenaire d'une action caritative ».

Je vous ai écrit le 17 janvier et le 20 février. Aucune réponse. Pas même un accusé de réception. C'est inadmissible pour une enseigne de votre taille qui fait de la pub sur sa « responsabilité sociétale ».

Je vous demande une dernière fois de supprimer toutes mes coordonnées récoltées avec ces billets, chez vous et chez l'organisateur. Sans réponse sous quinze jours, je dépose plainte auprès de l'Autorité de protection des données, copie de mes deux courriels précédents à l'appui.

Jean-Marc Dethier
Rue de la Station 9
6040 Jumet""",
         "Jean-Marc Dethier"),
        ("other", (),
         "Candidature pour votre programme de soutien aux associations",
         """Bonjour,

Je suis bénévole à l'épicerie solidaire « Le Panier de Jambes », qui aide chaque semaine une cinquantaine de familles de la région namuroise. Nous avons appris que votre enseigne choisit chaque année quelques associations locales pour l'arrondi en caisse.

Nous aimerions beaucoup poser notre candidature. Quelles sont les conditions ? Faut-il être reconnus pour délivrer des attestations fiscales ? (nous ne le sommes pas encore, la demande est en cours au SPF Finances)

Je me permets d'écrire à cette adresse car c'est la seule que j'ai trouvée dans la rubrique « engagement » de votre site.

Merci beaucoup,
Chantal Gérard""",
         "Chantal Gérard"),
        ("other", (),
         "Collecte alimentaire à Verviers",
         """Bonjour,

Pour la collecte de la Banque alimentaire du week-end prochain au magasin de Verviers, quels produits sont les plus demandés ? L'année passée on m'a dit pas de produits frais, mais pour les produits pour bébé c'est ok ?

Je ne souhaite pas m'inscrire comme bénévole cette année (le dos...), je viendrai juste déposer un sac. Il faut passer par l'accueil ou il y aura un chariot ?

Bonne journée,
Monique""",
         "Monique Schyns"),
        ("other", (),
         "Un grand merci",
         """Bonjour à toute l'équipe,

Au nom de la Banque alimentaire du Brabant wallon, je tenais à vous remercier pour la collecte du 23 novembre : 4,2 tonnes de denrées dans vos quatre magasins de la province, c'est un record.

Pour info, comme convenu, nous avons détruit de notre côté la liste des bénévoles avec leurs numéros de téléphone qui avait servi pour l'organisation des tournantes. Vous n'avez rien à faire, c'était juste pour que vous soyez au courant.

Au plaisir de remettre ça l'an prochain !

Pierre-Yves Collignon
Coordinateur bénévole""",
         "Pierre-Yves Collignon"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen gemäß Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

ich bin Mitglied im Turnverein Aachen-Burtscheid 1889 e.V. Wie ich aus der letzten Mitgliederversammlung erfahren habe, hat der Vorstand im Rahmen einer Sponsoringvereinbarung mit Ihrem Unternehmen die Mitgliederliste an Sie übermittelt, damit die Mitglieder in Ihren Filialen in Eupen und Welkenraedt einen Rabatt erhalten.

Ich bitte Sie daher gemäß Art. 15 DSGVO um Auskunft, ob und welche personenbezogenen Daten zu meiner Person bei Ihnen verarbeitet werden, insbesondere:

1. welche Daten Sie vom Verein erhalten haben und wann,
2. zu welchen Zwecken Sie diese Daten verarbeiten,
3. an welche Empfänger die Daten gegebenenfalls weitergegeben wurden,
4. wie lange die Daten gespeichert werden,
5. ob eine Profilbildung stattfindet.

Bitte stellen Sie mir außerdem eine Kopie der Daten zur Verfügung. Ich erwarte Ihre Antwort innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Ulrich Brandenburg
Malmedyer Straße 14
52066 Aachen""",
         "Ulrich Brandenburg"),
        ("correction", (),
         "Falscher Name auf der Spendenbescheinigung",
         """Guten Tag,

ich habe im Dezember über Ihre Weihnachtsaktion 60 Euro für den Hospizverein Eupen gespendet und jetzt die Steuerbescheinigung bekommen. Leider steht mein Name falsch drauf: „Schmits, Walter“ statt „Schmitz, Walter“. In meinem Kundenkonto steht es auch so falsch, das war wohl schon beim Anlegen der Karte vor Jahren.

Können Sie das bitte in Ihrem System berichtigen und dem Hospizverein den richtigen Namen mitteilen? Sonst gibt es mit dem Finanzamt nur Ärger, weil die Nationalregisternummer und der Name nicht zusammenpassen.

Vielen Dank und freundliche Grüße
Walter Schmitz
Herbesthaler Straße 52, 4700 Eupen""",
         "Walter Schmitz"),
        ("portability", (),
         "Nachbarschafts-App wird eingestellt",
         """Hallo,

ich habe gelesen, dass Ihre Nachbarschafts-App „Mein Viertel“ zum 30. Juni eingestellt wird. Schade, ich habe dort seit drei Jahren die Tauschbörse für St. Vith organisiert.

Ich möchte meine Daten mitnehmen: meine Beiträge, meine Fotos, die Veranstaltungen, die ich angelegt habe, und meine Kontaktliste in der App. Bitte schicken Sie mir das als Datei in einem gängigen Format (CSV, JSON oder so), damit ich das bei einer anderen Plattform wieder einspielen kann. Ein PDF hilft mir da nicht.

Danke und Gruß
Sabine Kohnen""",
         "Sabine Kohnen"),
        ("restriction", ("access",),
         "Mitgliederliste FC Kelmis - Sperrung meiner Daten",
         """Sehr geehrte Damen und Herren,

ich habe der Weitergabe meiner Daten durch den FC Kelmis an Sie nie zugestimmt. Ich habe den Verein bereits schriftlich aufgefordert, dazu Stellung zu nehmen, und werde gegebenenfalls rechtliche Schritte gegen den Verein einleiten.

Ich bitte Sie deshalb: Schränken Sie die Verarbeitung meiner Daten, die Sie vom Verein erhalten haben, ein. Verwenden Sie sie nicht weiter, schicken Sie mir nichts mehr auf dieser Grundlage, aber löschen Sie sie ausdrücklich NICHT, solange die Sache nicht geklärt ist. Ich brauche den Nachweis, was der Verein wann weitergegeben hat.

Teilen Sie mir bitte in diesem Zusammenhang auch mit, an welchem Datum Sie die Liste vom Verein erhalten haben und welche Angaben zu meiner Person darauf standen.

Mit freundlichen Grüßen
Thomas Hilgers""",
         "Thomas Hilgers"),
        ("objection", (),
         "Auswertung meines Spendenverhaltens",
         """Guten Abend,

in Ihrer Datenschutzerklärung steht, dass Sie auswerten, ob Kunden an der Kasse aufrunden, um ihnen „passende Angebote aus unserem nachhaltigen Sortiment“ zu zeigen. Das erklärt, warum mir die App seit Wochen Bio-Baumwolle und Fairtrade-Kaffee vorschlägt.

Ich finde das ehrlich gesagt daneben. Ob ich spende, geht niemanden etwas an und ist kein Verkaufsargument. Ich widerspreche dieser Auswertung meiner Spenden zu Werbezwecken. Die Kundenkarte und die normalen Prospekte möchte ich behalten.

Freundliche Grüße
Monika Lentz""",
         "Monika Lentz"),
        ("withdraw_consent", (),
         "Tombola SMS",
         """Keine SMS mehr zur Tombola bitte, danke.
0472 18 55 03""",
         "Gerd Mathey"),
        ("complaint", ("objection",),
         "Re: Ihre Anfrage vom 3. Februar",
         """Sehr geehrte Damen und Herren,

ich bekomme immer noch Bettelbriefe von der „Kinderhilfe Ostbelgien“, den letzten gestern, also zwei Monate nach Ihrer untenstehenden Antwort. Ihre „Weiterleitung“ hat offensichtlich nichts gebracht, und bei Ihnen fühlt sich offenbar niemand verantwortlich.

Sie haben meine Daten an diese Organisation gegeben, nicht ich. Dann sorgen Sie auch dafür, dass das aufhört, und geben Sie meine Daten künftig an keine Hilfsorganisation mehr weiter.

Ich werde mich jetzt bei der Datenschutzbehörde in Brüssel beschweren. Das ist ja wohl nicht zu viel verlangt, dass man nach zwei Monaten eine ordentliche Lösung bekommt.

Helmut Jousten

> Sehr geehrter Herr Jousten,
>
> vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an unseren
> Partner Kinderhilfe Ostbelgien VoG weitergeleitet, der sich direkt mit
> Ihnen in Verbindung setzen wird.
>
> Mit freundlichen Grüßen
> Ihr Kundenservice""",
         "Helmut Jousten"),
        ("other", (),
         "Sponsoring-Anfrage SV Kettenis 1923",
         """Sehr geehrte Damen und Herren,

der SV Kettenis 1923 feiert nächstes Jahr sein 100-jähriges Bestehen (mit einem Jahr Verspätung wegen Corona, aber immerhin). Für das Jubiläumsturnier im Juli suchen wir noch Sponsoren für Trikots, Pokale und die Tombola.

Wir haben gehört, dass Sie andere Vereine in der Region unterstützen. Hätten Sie Interesse? Als Gegenleistung bieten wir Bandenwerbung, Logo auf den Trikots und Erwähnung im Festheft. Eine Mitgliederliste geben wir grundsätzlich nicht heraus, aber wir könnten Ihre Aktion im Vereinsblatt bewerben.

An wen darf ich mich wenden?

Mit sportlichen Grüßen
Rainer Heinen
Schriftführer""",
         "Rainer Heinen"),
        ("other", (),
         "Frage zum Schwarzen Brett",
         """Hallo,

darf ich eigentlich auf dem Schwarzen Brett in Ihrer Filiale in Eupen einen Zettel aufhängen, auf dem meine Telefonnummer steht? Ich möchte Nachhilfe in Mathe anbieten. Gibt es da Regeln wegen Datenschutz, oder ist das meine eigene Sache?

Gruß
Lena""",
         "Lena Pauels"),
        ("other", (),
         "Tombola-Gewinn abholen",
         """Guten Tag,

ich habe bei der Wohltätigkeits-Tombola für den Kindergarten Raeren den Staubsauger gewonnen (Losnummer 1147), man hat mich letzte Woche angerufen. Wann und wo kann ich ihn abholen? Reicht es, wenn ich das Los mitbringe, oder brauche ich einen Ausweis?

Mit freundlichen Grüßen
Josef Kever""",
         "Josef Kever"),
    ],
    "es": [
        ("access", (),
         "¿Por qué tiene una ONG mi dirección?",
         """Buenas tardes:

Soy clienta de la tienda de Ixelles desde hace años. En la caja siempre me preguntan si quiero redondear para una causa y casi siempre digo que sí.

La semana pasada me llegó a casa una carta de una asociación, "Sonrisas para Bruselas", dándome las gracias y pidiéndome una donación mensual. En la carta aparece mi nombre completo y mi dirección. Yo nunca les he dado mis datos.

Quisiera saber qué datos míos han pasado ustedes a esta asociación, cuándo, y por qué motivo. Y si se los han pasado a alguien más.

Un saludo,
Carmen Ortega Ruiz""",
         "Carmen Ortega Ruiz"),
        ("correction", (),
         "Donación en memoria de mi padre",
         """Hola,

Hace un mes hice una donación de 100 euros en memoria de mi padre a través de vuestra web, para la asociación de Alzheimer de Lieja. Me acaba de llegar la tarjeta de agradecimiento y la donación figura a nombre de mi ex marido, Alberto Sanz, porque por lo visto la cuenta de cliente sigue a su nombre aunque la uso yo desde hace años.

Os pido por favor que corrijáis el nombre del donante de esa donación y de la cuenta: soy yo, Lucía Herrero Campos, y la dirección es la misma. Para mí es importante, era mi padre.

Gracias,
Lucía Herrero""",
         "Lucía Herrero Campos"),
        ("deletion", ("withdraw_consent",),
         "Anuncio en el tablón del barrio",
         """Hola:

Hace unos meses puse un anuncio en el tablón de la comunidad de vuestra app para regalar una cuna, con mi dirección de Saint-Gilles para que pasaran a recogerla. Ya se la llevaron y el anuncio sigue ahí, con mi calle y mi número.

Por favor, borrad ese anuncio y todos mis datos de la parte del tablón comunitario. Y ya que estoy, dadme de baja del boletín "Vecinos" que me llega cada semana, no lo quiero.

Gracias,
Javier""",
         "Javier Molina"),
        ("restriction", (),
         "Fotos del día de voluntariado - NO las borren",
         """Buenos días:

Trabajo en vuestro almacén de Vilvoorde. El 12 de octubre participé en el día de voluntariado en el banco de alimentos y hay fotos mías en la web y en LinkedIn.

Les escribo porque mi encargado sostiene que ese día yo estaba de baja médica y que por eso no podía participar, y tengo un conflicto abierto con la empresa por este tema. Necesito que esas fotos, y la lista de participantes con la hora de llegada, se conserven tal como están, porque son prueba para mí.

Lo que les pido: que dejen de publicarlas y de usarlas mientras se resuelve el conflicto, pero que no las borren bajo ningún concepto.

Atentamente,
Raúl Domínguez Pardo""",
         "Raúl Domínguez Pardo"),
        ("objection", (),
         "Uso de mis datos como voluntaria",
         """Hola,

Me apunté como voluntaria para la recogida de alimentos de diciembre en vuestra tienda de Anderlecht, di mi nombre, teléfono y correo para organizar los turnos. Desde entonces me llegan correos con vuestras promociones ("Ofertas exclusivas para nuestros voluntarios").

No es lo que quería. No quiero que mis datos de voluntaria se usen para publicidad ni para ofertas, me opongo a ello. Si en el futuro me necesitan para otra recogida, que me escriban para eso, pero nada de promociones.

Saludos,
Marta Giménez""",
         "Marta Giménez"),
        ("withdraw_consent", (),
         "baja",
         """firmé la petición para el parque de Forest en vuestra tienda y ahora me llegan newsletters vuestras. dadme de baja porfa
Pablo""",
         "Pablo Navarro"),
        ("complaint", ("deletion",),
         "Datos de mi hijo de 12 años - RECLAMACIÓN",
         """A la atención del responsable de protección de datos:

Mi hijo Daniel, de 12 años, juega en el club de baloncesto Royal Waterloo. Hace dos semanas empezó a recibir en SU correo electrónico (el que usa para el colegio) mensajes de ustedes con "descuentos exclusivos para los miembros del club". Al preguntar en el club, me dijeron que habían enviado la lista de socios a su empresa a cambio de un descuento en material deportivo.

Me parece gravísimo. Es un menor. Nadie me pidió permiso como madre, ni el club ni ustedes. Ustedes tendrían que haber comprobado que tenían base legal para enviar publicidad a niños antes de meter esos correos en su sistema.

Exijo que borren inmediatamente todos los datos de mi hijo que recibieron del club, y quiero que quede claro que esto es una reclamación formal. Voy a presentar una denuncia ante la Autoridad de Protección de Datos belga (y, como somos españoles, me informaré también en la AEPD). También se lo he comunicado al club.

Elena Castillo Vega
Chaussée de Bruxelles 201, 1410 Waterloo""",
         "Elena Castillo Vega"),
        ("other", (),
         "Propuesta de asociación para la subvención local",
         """Estimados señores:

Les escribo en nombre de la Asociación de Mujeres Latinoamericanas de Bruselas, que ofrece clases de francés, orientación laboral y acompañamiento a mujeres recién llegadas. Hemos visto en su tienda de Schaerbeek que cada año los clientes votan para repartir una subvención entre causas del barrio.

Nos encantaría participar en la próxima votación. ¿Cuál es el procedimiento y qué documentación necesitan?

Muchas gracias por su atención.

Un cordial saludo,
Gabriela Rojas
Presidenta""",
         "Gabriela Rojas"),
        ("other", (),
         "Ticket con el redondeo cobrado dos veces",
         """Hola, en mi compra de ayer en la tienda de Etterbeek (ticket 0043-118-22091) aparece "Donación redondeo 0,55 €" dos veces. Solo dije que sí una vez. No es mucho, pero me gustaría que me devolvieran la diferencia o que me dijeran a quién reclamar.

Gracias,
Ana""",
         "Ana Belén Prieto"),
        ("other", (),
         "Próxima recogida de alimentos",
         """Hola:

Participé en la recogida de alimentos de noviembre en Uccle y me gustó mucho la experiencia. ¿Saben ya cuándo será la próxima? Me gustaría volver a apuntarme y traer a mi hija, que tiene 16 años. ¿Puede participar siendo menor?

Gracias y enhorabuena por la iniciativa.

Saludos,
Inés Salgado""",
         "Inés Salgado"),
    ],
    "it": [
        ("access", (),
         "Richiesta di accesso ai dati - lotteria di beneficenza",
         """Spett.le Ufficio Privacy,

lo scorso dicembre ho acquistato due biglietti della lotteria di beneficenza a favore della Croce Rossa di Seraing presso il vostro punto vendita di Seraing, compilando il tagliando con nome, cognome, indirizzo, numero di cellulare e indirizzo e-mail.

Ai sensi dell'art. 15 del Regolamento (UE) 2016/679 chiedo di conoscere:
- quali dati personali che mi riguardano sono in vostro possesso;
- per quali finalità sono trattati;
- a quali soggetti sono stati comunicati (in particolare se all'ente beneficiario o ad altre società);
- per quanto tempo verranno conservati.

Chiedo inoltre di ricevere copia dei dati.

Distinti saluti,
Giuseppe Lo Bianco
Rue de la Boverie 88
4100 Seraing""",
         "Giuseppe Lo Bianco"),
        ("correction", (),
         "numero sbagliato sulla lista volontari",
         """Buongiorno,

sono volontaria per la raccolta del banco alimentare nel vostro negozio di Genk. Sulla lista dei volontari che avete fatto girare c'è il mio nome con un numero di telefono sbagliato: 0478 22 61 90 invece di 0478 22 16 90. Da due settimane la mia vicina riceve le chiamate per i turni che erano per me, e io non so niente!

Potete correggere il numero? Grazie mille

Rosaria Caruso""",
         "Rosaria Caruso"),
        ("deletion", ("withdraw_consent",),
         "Pagina in memoria di mio marito",
         """Gentili signori,

quando è mancato mio marito Franco, due anni fa, mio figlio ha aperto sul vostro sito una pagina in sua memoria per raccogliere offerte per l'associazione dei malati di Parkinson, usando il mio indirizzo e-mail e il mio nome perché io ero la referente.

La raccolta si è chiusa da tempo. Ogni volta che ricevo una notifica o un promemoria "anniversario" mi si stringe il cuore. Vi prego di cancellare la pagina e tutti i dati miei collegati.

Vi chiedo anche di non mandarmi più la vostra newsletter sulla solidarietà, alla quale mi ero iscritta in quell'occasione.

Cordiali saluti,
Maria Teresa Di Stefano""",
         "Maria Teresa Di Stefano"),
        ("portability", (),
         "Richiesta ai sensi dell'art. 20 GDPR",
         """Buonasera,

vorrei ricevere, ai sensi dell'articolo 20 del GDPR, i dati personali che vi ho fornito tramite la carta fedeltà e l'app, in particolare lo storico delle mie donazioni con l'arrotondamento alla cassa (data, importo, negozio, ente beneficiario) degli ultimi tre anni.

Il formato deve essere strutturato e leggibile da un computer (CSV, Excel o JSON), non un PDF o una stampa: mi serve per caricarlo nel programma che uso per la contabilità di casa.

Numero carta: 2000 3391 0457 2.

Grazie,
Stefano Ferrante""",
         "Stefano Ferrante"),
        ("objection", (),
         "Pubblicità per gatti??",
         """Buongiorno,

a settembre ho messo un annuncio sulla bacheca di quartiere della vostra app perché avevo perso il gatto (ritrovato, per fortuna). Da allora la vostra app e le vostre e-mail mi propongono solo crocchette, lettiere, tiragraffi e assicurazioni per animali.

Quindi usate quello che si scrive in bacheca per profilarmi e mandarmi pubblicità. Non mi sembra corretto: la bacheca è un servizio per il quartiere, non un modo per capire cosa vendermi. Mi oppongo a questo uso dei miei annunci e a questa profilazione.

Saluti,
Chiara Benedetti""",
         "Chiara Benedetti"),
        ("withdraw_consent", (),
         "sms",
         """Non voglio più ricevere gli sms della raccolta fondi per la scuola. Grazie
Antonio Russo""",
         "Antonio Russo"),
        ("complaint", ("access",),
         "Re: La sua richiesta",
         """Buongiorno,

sono passati quasi tre mesi dalla vostra risposta qui sotto e l'associazione continua a telefonarmi, l'ultima volta domenica all'ora di pranzo. Evidentemente non avete fatto niente, oppure l'associazione se ne frega.

Io i miei dati li ho dati a VOI per arrotondare lo scontrino, non a loro. Ora basta: farò una segnalazione all'Autorità per la protezione dei dati belga, e se serve anche al Garante in Italia, visto che il numero di cellulare è italiano.

Intanto voglio sapere, per iscritto, a chi altro avete dato il mio numero e il mio nome, oltre a questa associazione.

Francesca Leone

> Gentile Signora Leone,
>
> abbiamo preso in carico la Sua richiesta e abbiamo chiesto al nostro
> partner "Cuore Aperto asbl" di rimuovere i Suoi dati dalle liste di
> contatto. Ci scusiamo per il disagio.
>
> Cordiali saluti,
> Il Servizio Clienti""",
         "Francesca Leone"),
        ("other", (),
         "Sponsorizzazione festa della Polisportiva",
         """Buongiorno,

sono il segretario della Polisportiva Italo-Belga di La Louvière. Ogni anno a giugno organizziamo la festa della comunità con torneo di calcetto, bocce e cena per 400 persone, e il ricavato va alla scuola di italiano per i bambini.

Volevamo chiedere se siete disponibili a sponsorizzare l'evento, anche con un buono per la lotteria o con le bevande. Ovviamente metteremmo il vostro logo sui manifesti.

A chi possiamo rivolgerci? Ho trovato solo questo indirizzo.

Grazie e buona giornata,
Salvatore Pappalardo""",
         "Salvatore Pappalardo"),
        ("other", (),
         "Domanda sulla ricevuta per la donazione",
         """Salve,

una domanda generale: per avere la ricevuta fiscale di una donazione bisogna per forza dare il numero di registro nazionale? Vorrei fare una donazione con la vostra campagna di Natale ma non so se sia obbligatorio, e in Italia ero abituato al codice fiscale.

Non ho ancora donato, volevo solo capire come funziona.

Grazie,
Marco Vitale""",
         "Marco Vitale"),
        ("other", (),
         "Borraccia solidale arrivata rotta",
         """Buongiorno,

ho ordinato due borracce della linea solidale (quella dove 2 euro vanno alla Lega contro il cancro), ordine n. 88214-77. Una è arrivata con il tappo rotto e perde.

Potete mandarmene un'altra o rimborsarmi? La donazione va bene così, non serve toccarla.

Grazie,
Luisa Marchetti""",
         "Luisa Marchetti"),
    ],
    "pt": [
        ("access", (),
         "Olá",
         """Boa tarde,

o que é que vocês têm sobre mim? Recebi uma carta da "Associação Mãos Unidas" de Bruxelas a agradecer o meu donativo e a pedir mais. Só dei uma vez 1 euro na caixa da vossa loja de Saint-Gilles.

Quero saber que dados têm e a quem os deram.

Cumprimentos,
Manuel Ferreira""",
         "Manuel Ferreira"),
        ("correction", (),
         "Nome errado na foto do dia de voluntariado",
         """Bom dia,

Participei no dia de voluntariado de maio na limpeza do parque de Anderlecht e vi que publicaram as fotos no vosso site. Não me importo com a foto, mas na legenda aparece "Fátima Silva" e eu chamo-me Fátima Sousa. Também recebi o certificado de participação com o nome errado.

Podem corrigir o meu nome na legenda e no vosso registo de voluntários, por favor?

Obrigada,
Fátima Sousa""",
         "Fátima Sousa"),
        ("deletion", ("withdraw_consent",),
         "Votação da causa local",
         """Bom dia,

Em março votei na votação para a "causa do bairro" na vossa loja de Schaerbeek e tive de deixar o meu e-mail. Desde então recebo newsletters e promoções que nunca pedi.

Peço que apaguem o meu e-mail e qualquer outro dado meu dessa votação. E retiro qualquer consentimento que possa ter dado para receber mensagens de marketing, não quero receber mais nada.

Com os melhores cumprimentos,
Rui Carvalho""",
         "Rui Carvalho"),
        ("portability", (),
         "Dados do cartão e dos donativos",
         """Exmos. Senhores,

Vou deixar de usar o vosso cartão de cliente porque me mudei para Luxemburgo e vou aderir ao programa de outra cadeia. Gostaria de receber os meus dados (compras associadas ao cartão, pontos e o histórico dos donativos por arredondamento) num ficheiro estruturado e legível por máquina, por exemplo CSV, para o poder levar comigo, como prevê o artigo 20.º do RGPD.

Se for possível enviá-los diretamente para a outra empresa, indico-lhes o contacto. Caso contrário, enviem para este e-mail.

Cumprimentos,
Joaquim Antunes""",
         "Joaquim Antunes"),
        ("restriction", ("access",),
         "Inscrição no banco alimentar que não fiz",
         """Boa noite,

Recebi uma mensagem vossa a confirmar o meu turno como voluntária na recolha do banco alimentar no sábado, em Molenbeek. Eu nunca me inscrevi. Alguém usou o meu nome e o meu número de telemóvel.

Enquanto verificam o que aconteceu, não quero que usem os meus dados para nada, não me contactem para turnos nem passem o meu número a ninguém. Mas NÃO apaguem ainda, porque quero saber quem foi. Por isso peço também que me digam quando e como foi feita essa inscrição e com que dados.

Obrigada,
Sandra Pereira""",
         "Sandra Pereira"),
        ("withdraw_consent", (),
         "Re: Obrigado pelo seu donativo!",
         """Não quero receber mais estes e-mails. Obrigada.
Helena

> Cara Helena,
> Graças ao seu arredondamento de fevereiro, ajudámos 320 famílias!
> Veja como o seu donativo fez a diferença...""",
         "Helena Matos"),
        ("complaint", ("deletion",),
         "Publicação da lista de vencedores da rifa - QUEIXA",
         """Exmos. Senhores,

Comprei uma rifa solidária na vossa loja de Ixelles em dezembro, a favor de um lar de idosos. Ganhei um cabaz, muito obrigada. O que não achei graça nenhuma foi ver depois a lista dos vencedores afixada à entrada da loja e publicada na vossa página de Facebook com o nome completo, a localidade E o número de telemóvel parcialmente visível. Estava lá: "Ana Paula Fonseca, Ixelles, 0486 xx 12 47".

Ninguém me disse que isso ia ser publicado. Tenho um filho pequeno e vivo sozinha, não quero que toda a gente saiba onde moro. Várias pessoas do bairro comentaram comigo.

Isto não se faz. Quero que retirem o meu nome de todas as publicações e que apaguem os meus dados da rifa. Vou também apresentar queixa à Autoridade de Proteção de Dados da Bélgica. Se fosse em Portugal já tinha ido à CNPD.

Ana Paula Fonseca""",
         "Ana Paula Fonseca"),
        ("other", (),
         "Candidatura da nossa associação",
         """Bom dia,

Escrevo em nome da Associação Cultural Portuguesa de Saint-Gilles. Todos os anos organizamos aulas de português para crianças e um lanche de Natal para idosos da comunidade.

Vimos que a vossa loja escolhe associações locais para o arredondamento na caixa. Podemos candidatar-nos? Que documentos precisam?

Muito obrigado,
Carlos Mendes
Tesoureiro""",
         "Carlos Mendes"),
        ("other", (),
         "Onde entregar os alimentos?",
         """Olá, onde posso deixar os alimentos para a recolha do banco alimentar na loja de Forest? Vou só entregar, não vou ser voluntária. Até que horas posso ir no sábado?
Obrigada
Lurdes""",
         "Lurdes Gonçalves"),
        ("other", (),
         "Obrigado",
         """Boa tarde,

Queria só agradecer à equipa da vossa loja de Jette. Depois do incêndio no nosso prédio em janeiro, organizaram uma recolha de roupa e de coisas para a casa para as famílias afetadas, e ainda puseram um aviso no vosso quadro comunitário. Ajudou-nos muito.

Não precisam de responder. Só queria que soubessem.

Um abraço de toda a família,
Teresa e António Rocha""",
         "Teresa Rocha"),
    ],
}

"""Eighteenth set, letters people copy from elsewhere and adapt. Written apart from the rules (see make_eighteenth.py)."""

PEOPLE_D = {}

PEOPLE_D["en"] = [
    ("access", (), "Request for Access to Personal Data \u2013 Article 15 GDPR",
"""Dear Data Protection Officer,

I hope this message finds you well.

I am writing to formally request access to the personal data that [Company Name] holds about me, pursuant to Article 15 of the General Data Protection Regulation (GDPR).

**Details of the Request**

Please provide me with the following:
- A copy of all personal data you hold about me
- The purposes for which my data is processed
- The recipients or categories of recipients to whom my data has been disclosed
- The period for which my data will be stored
- The source of the data, if it was not collected from me directly

**Identification**

To help you locate my information, here are my details:
- Full Name: Priya Raman
- Email Address: [Your Email Address]
- Customer/Account Number: [if applicable]

I understand that you are required to respond within one month of receiving this request. Please let me know if you require any additional information to verify my identity.

Thank you for your time and assistance.

Best regards,

Priya Raman
[Your Address]
[Phone Number]""",
     "Priya Raman"),

    ("access", (), "info request",
"""Hello,

I'm a customer of yours (account under this address, loyalty card ending 4471). I spent six years in data protection compliance, so I'll keep this precise and save us both some back and forth.

This is a subject access request under Article 15 GDPR. (I live in the UK, where I'd normally cite the Data Protection Act 2018 and the UK GDPR, but you're a Belgian controller so the EU text is the one that binds you.)

Please confirm whether you process my personal data and, if so, provide:

(a) the purposes of the processing;
(b) the categories of personal data concerned;
(c) the recipients or categories of recipient, in particular recipients in third countries. Named marketing partners please, not "carefully selected partners";
(d) the envisaged retention period, or the criteria used to determine it;
(e) the existence of my rights to rectification, erasure, restriction and to object;
(f) the right to lodge a complaint with a supervisory authority;
(g) where the data were not collected from me, any available information as to their source (I'm thinking of data enrichment or lookalike-audience providers);
(h) the existence of automated decision-making, including profiling, referred to in Art. 22(1) and (4), and meaningful information about the logic involved.

Plus a copy of the data itself under Art. 15(3). Electronic form is fine.

Please don't ask me for a passport scan; you already have the email address and card number, which is proportionate verification. The one-month clock starts on receipt of this email.

Thanks,
Tom Ashworth""",
     "Tom Ashworth"),

    ("correction", ("access",), "",
"""hi, got this wording off a forum so excuse the formality

"I am writing to request that you rectify inaccurate personal data you hold about me, in accordance with Article 16 of the GDPR. The data that is inaccurate is as follows: my surname is recorded as 'Mcdonagh' and should read 'McDonagh'. My delivery address is also out of date. The correct address is 22 Avenue des Tilleuls, 1180 Uccle."

(moved in January, your system keeps putting the old flat as default)

also while you're at it could you send me a copy of whatever else you have on file for me? right of access or whatever it's called, just so i can check nothing else is wrong

cheers
Siobhan""",
     "Siobhan McDonagh"),

    ("deletion", ("objection",), "Right to erasure \u2013 Article 17 GDPR",
"""Dear Sir/Madam,

RE: RIGHT TO ERASURE (ARTICLE 17 GDPR) \u2013 MR DANIEL OKAFOR

I am writing to request that you erase all personal data you hold about me. I am a former customer and the data is no longer necessary in relation to the purposes for which it was collected / processed (Article 17(1)(a)).

For the avoidance of doubt, this request extends to:
1. my customer account and login details;
2. my order history, save where you are under a statutory obligation to retain it (in which case please tell me which obligation and for how long);
3. loyalty card records;
4. any copies of my data held by processors or shared with third parties, whom you should notify of this request in accordance with Article 19.

Further, and without prejudice to the above, I object under Article 21(2) to any processing of my personal data for direct marketing purposes, including profiling to the extent that it is related to such direct marketing. Should you, for whatever reason, retain any of my data, it must not be used for marketing.

Please confirm in writing once the above has been actioned. I expect a response within one calendar month of the date of this letter.

Yours faithfully,

Daniel Okafor""",
     "Daniel Okafor"),

    ("portability", (), "Re: Your loyalty points statement for March",
"""Hi,

Rather than the monthly statement I'd like the actual data please. Everything I've given you plus my purchase history, in a machine readable format (CSV or JSON is fine, not a PDF). I'm told this is my right under Art 20 - the "data portability" one.

I use one of those household budgeting apps and want to import it there.

Thanks
Graham

> Dear Graham,
> Your points balance on 31 March is 1,240 points.
> Spend 260 more points before 30 April to unlock a EUR 10 voucher!""",
     "Graham Wilkes"),

    ("restriction", (), "Request to restrict processing (Art. 18 GDPR)",
"""Dear Sir or Madam,

I contest the accuracy of personal data you hold about me. Specifically, the purchase history linked to my loyalty card (no. 6203 0012 8840) includes at least seven orders from 2024 that neither I nor anyone in my household placed. I suspect another customer has been mistyping a card number at checkout.

Under Article 18(1)(a) GDPR I ask that you restrict the processing of this data for a period enabling you to verify its accuracy. In practice: do not use this purchase history for personalised offers, recommendations, customer scoring or any other purpose, and do not pass it on to anyone. Please do not delete anything in the meantime; I would like the record kept as it is until this is sorted out.

Please inform me before any restriction is lifted, as required by Article 18(3).

Yours faithfully,

Alan Whitfield""",
     "Alan Whitfield"),

    ("objection", (), "Objection to processing",
"""To whom it may concern at [Company Name],

I object to the processing of my personal data for the purposes of profiling, personalised advertising, and the sharing of my data with advertising partners (including "custom audience" or "matched audience" uploads to social media platforms). I make this objection under Article 21 of the GDPR.

Where my data is processed for direct marketing purposes, my right to object is absolute and you must stop such processing (Article 21(3)). You do not need to ask me for reasons.

Name: Ewan Fraser
Email used for my account: the one I am writing from

Kind regards""",
     "ewan.fraser"),

    ("withdraw_consent", (), "consent",
"""Hello,

As per Article 7(3) GDPR I withdraw all the consents I ticked when signing up: the newsletter, "personalised offers by email" and the SMS one that came with the loyalty card. I couldn't find where to change this in my account settings, hence the email.

Please keep the account itself open, I still shop with you.

Lucy""",
     "Lucy Brennan"),

    ("complaint", ("access",), "SECOND REQUEST - Subject Access Request dated 4 February - now overdue",
"""Dear Data Protection Officer,

On 4 February I made a subject access request under Article 15 GDPR (copy below). The statutory deadline of one month has passed and I have received nothing, not even an acknowledgement.

I therefore ask you again to provide the information and the copy of my data requested in my original letter, within 7 days of today.

If I do not hear from you by then, I will lodge a complaint with the Belgian Data Protection Authority (Autorit\u00e9 de protection des donn\u00e9es / Gegevensbeschermingsautoriteit) without further notice.

Regards,
Rebecca Hollis

-------- Original Message --------
Subject: Subject Access Request
Date: 4 February

Dear Sir or Madam,
Please supply the personal data you hold about me, which I am entitled to receive under the General Data Protection Regulation, together with the information listed in Article 15(1)...""",
     "Rebecca Hollis"),

    ("other", (), "Are you ready for your next DSAR?",
"""Dear Privacy Team,

Under Article 12(3) GDPR, controllers must respond to data subject requests "without undue delay and in any event within one month of receipt". For a web shop with a loyalty programme, a newsletter and several marketing partners, a single access or erasure request can touch a dozen systems.

PrivaFlow helps mid-sized retailers in Belgium and the Netherlands:
- log and track every data subject request in one place
- locate personal data across your CRM, e-commerce platform and email tools
- generate compliant response letters in EN, NL, FR and DE
- keep an audit trail ready for the Data Protection Authority

Would you have 20 minutes next week for a short demo? Simply reply to this email with a time that suits you.

Best regards,

Marcus Lee
Business Development, PrivaFlow
Rue de la Loi 42, 1040 Brussels""",
     "Marcus Lee | PrivaFlow"),

    ("automated", (), "Automatic reply: Your request \u2013 ref. PRV-20931",
"""Thank you for your email.

I am out of the office with limited access to email until Monday 14 April. I will respond as soon as possible on my return.

For urgent matters please contact reception on 01632 960 214.

Kind regards

Helen Price
Practice Manager | Ridgeway Family Dental""",
     "Helen Price"),
]

PEOPLE_D["nl"] = [
    ("access", (), "Inzage persoonsgegevens",
"""Geachte heer, mevrouw,

Ik ben klant bij uw webwinkel (klantnummer 10048213). Op basis van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) en de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens, wens ik inzage te krijgen in de persoonsgegevens die u over mij verwerkt.

Concreet vraag ik:
- een kopie van mijn persoonsgegevens;
- de doeleinden waarvoor u deze gegevens gebruikt;
- aan wie u ze hebt doorgegeven;
- hoe lang u ze bijhoudt.

U beschikt hiervoor over een termijn van \u00e9\u00e9n maand vanaf de ontvangst van deze brief. In bijlage vindt u een kopie van de voorzijde van mijn identiteitskaart (rijksregisternummer en foto heb ik afgedekt).

Met vriendelijke groeten,

Kristof Van Damme
Kerkstraat 41
9050 Gentbrugge""",
     "Kristof Van Damme"),

    ("access", (), "",
"""Geachte heer/mevrouw,

Ik verzoek u mij op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) te laten weten of u mijn persoonsgegevens verwerkt. Als dat zo is, wil ik graag een overzicht (kopie) van die persoonsgegevens ontvangen. Daarnaast wil ik weten:
- voor welk doel u mijn gegevens verwerkt;
- om welke gegevens het gaat;
- aan wie u mijn gegevens heeft verstrekt;
- hoe lang u mijn gegevens bewaart;
- waar u mijn gegevens vandaan heeft, als u ze niet van mij zelf heeft gekregen.

U moet binnen \u00e9\u00e9n maand reageren op mijn verzoek.

Met vriendelijke groet,

[naam]
Sanne de Wit
[datum]

PS in de voorbeeldbrief stond ook nog een stukje over de UAVG, maar volgens mij geldt die niet voor een Belgisch bedrijf dus dat heb ik eruit gehaald.""",
     "Sanne de Wit"),

    ("correction", (), "adres klopt niet",
"""Dag,

Mijn naam staat verkeerd in jullie systeem (Joris Vanhoutte i.p.v. Joris Van Houtte, wij schrijven dat los) en op mijn klantenkaart staat nog het adres van voor de verhuis. Kunnen jullie dat aanpassen naar Molenstraat 8 bus 3, 2800 Mechelen?

Een vriend zei dat ik naar art. 16 AVG moest verwijzen, bij deze dus :)

Groetjes
Joris""",
     "Joris Van Houtte"),

    ("deletion", ("withdraw_consent",), "Verzoek tot verwijdering persoonsgegevens",
"""Geachte heer/mevrouw,

Hierbij verzoek ik u om op grond van artikel 17 AVG alle persoonsgegevens die u van mij verwerkt te verwijderen. Het gaat om mijn klantaccount dat gekoppeld is aan het e-mailadres waarmee ik deze mail verstuur.

Geachte heer/mevrouw,

Hierbij trek ik mijn toestemming in voor het verwerken van mijn persoonsgegevens voor het toesturen van [nieuwsbrieven / aanbiedingen]. Dit doe ik op grond van artikel 7 lid 3 AVG.

Ik verzoek u binnen een maand schriftelijk te bevestigen dat u aan mijn verzoek hebt voldaan.

Met vriendelijke groet,

Marco Bakker""",
     "M. Bakker"),

    ("portability", (), "Verzoek tot gegevensoverdraagbaarheid (Artikel 20 AVG)",
"""Beste [Naam van de ontvanger],

Ik hoop dat deze e-mail u goed bereikt.

Hierbij dien ik een formeel verzoek in tot gegevensoverdraagbaarheid op grond van artikel 20 van de Algemene Verordening Gegevensbescherming (AVG).

**Wat ik vraag:**
1. Alle persoonsgegevens die ik aan u heb verstrekt, waaronder accountgegevens, bestelgeschiedenis en gegevens van mijn klantenkaart.
2. Deze gegevens in een gestructureerd, gangbaar en machineleesbaar formaat (bijvoorbeeld CSV of JSON).
3. Indien technisch mogelijk: rechtstreekse overdracht van deze gegevens aan [naam nieuwe organisatie].

**Mijn gegevens:**
- Naam: Fatima El Amrani
- E-mailadres: het adres waarmee ik deze e-mail verstuur
- Klantnummer: [indien van toepassing]

Ik zie uw reactie graag binnen de wettelijke termijn van \u00e9\u00e9n maand tegemoet.

Met vriendelijke groet,

Fatima El Amrani""",
     "Fatima El Amrani"),

    ("restriction", (), "Re: uw bericht van 12/03",
"""Goedemiddag,

Dank voor uw bericht waarin u meldt dat mijn account wegens inactiviteit op 31 maart automatisch wordt opgeruimd.

Ik verzoek u dat niet te doen. Ik heb de gegevens (bestelgeschiedenis, factuur en de correspondentie met uw klantenservice over de tuinset van juni 2023) nodig in een lopend geschil met de fabrikant over de garantie. U heeft ze zelf misschien niet meer nodig, maar ik wel, voor de instelling of onderbouwing van een rechtsvordering.

Ik verzoek daarom om beperking van de verwerking op grond van art. 18 lid 1 sub c AVG: bewaren, maar verder niet gebruiken, totdat ik u laat weten dat het geschil is afgerond.

Graag een korte bevestiging.

Met vriendelijke groet,
Hans Verbeek""",
     "Hans Verbeek"),

    ("objection", (), "Bezwaar",
"""Geachte heer, mevrouw,

Hierbij maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing, als bedoeld in artikel 21 lid 2 van de AVG (zie ook de Uitvoeringswet AVG). Mijn bezwaar geldt ook voor profilering die met direct marketing verband houdt, zoals het opbouwen van een klantprofiel op basis van mijn aankopen met de klantenkaart, en voor het doorgeven van mijn gegevens aan uw zogenaamde marketingpartners.

Ik verzoek u het gebruik van mijn gegevens voor deze doeleinden per direct te staken en mij dit binnen een maand te bevestigen.

Met vriendelijke groet,

Ineke Hoogland
Zwolle""",
     "Ineke Hoogland"),

    ("withdraw_consent", (), "nieuwsbrief",
"""hallo

ik wil die nieuwsbrief niet meer ontvangen en ook geen mails meer met "persoonlijke aanbiedingen" via de klantenkaart. mijn ja daarvoor trek ik dus in. de kaart zelf mag blijven, die gebruik ik wel.

mvg
Ilse

Verzonden vanaf mijn iPhone""",
     "Ilse Wouters"),

    ("complaint", ("access",), "datalek??",
"""Beste,

Ik gebruik voor elke webwinkel een apart e-mailadres. Het adres dat ik enkel bij jullie heb opgegeven, krijgt sinds vorige week phishingmails die mijn volledige naam en mijn laatste bestelling vermelden (een parasolvoet, bestelnummer 558120). Dat kan alleen via jullie of via een van jullie partners gelekt zijn.

Ik vind het ongehoord dat ik dit zelf moet ontdekken. Ik verwacht uitleg over wat er gebeurd is en of het incident gemeld is bij de Gegevensbeschermingsautoriteit, zoals artikel 33 AVG voorschrijft.

Daarnaast wil ik op basis van artikel 15 AVG een kopie van alle gegevens die jullie over mij hebben, en een lijst van alle partijen aan wie jullie die hebben doorgegeven.

Pieter-Jan Claes""",
     "Pieter-Jan Claes"),

    ("other", (), "Uw privacyverklaring",
"""Geachte,

Bij het doornemen van uw privacyverklaring viel me op dat die nog verwijst naar de "wet van 8 december 1992 tot bescherming van de persoonlijke levenssfeer ten opzichte van de verwerking van persoonsgegevens". Die wet is in 2018 opgeheven en vervangen door de AVG en de wet van 30 juli 2018. Ook de "Commissie voor de bescherming van de persoonlijke levenssfeer" bestaat niet meer; dat is nu de Gegevensbeschermingsautoriteit.

Ik ben geen klant; ik adviseer kmo's over gegevensbescherming en kwam uw site tegen bij een vergelijkend onderzoek. Misschien nuttig om die tekst eens te laten nakijken. Mocht u daarbij hulp willen, dan vindt u mijn gegevens hieronder.

Met vriendelijke groeten,

mr. Evelien Maes
Advocaat \u2013 Maes Legal
Leuven""",
     "Evelien Maes"),

    ("automated", (), "Wij hebben uw bericht ontvangen [#48213]",
"""Beste,

Bedankt voor uw e-mail. Dit is een automatische bevestiging dat wij uw bericht goed ontvangen hebben. Uw vraag kreeg referentienummer 48213.

Wij behandelen berichten in volgorde van binnenkomst, doorgaans binnen twee werkdagen. U hoeft niet opnieuw te mailen: antwoorden op dit bericht worden automatisch aan hetzelfde dossier gekoppeld.

Met vriendelijke groeten,
Klantendienst Boekhoudkantoor Peeters & Co

Dit bericht werd automatisch verzonden.""",
     "Boekhoudkantoor Peeters & Co"),
]

PEOPLE_D["fr"] = [
    ("access", (), "Demande de droit d'acc\u00e8s",
"""Madame, Monsieur,

En application de l'article 15 du r\u00e8glement g\u00e9n\u00e9ral sur la protection des donn\u00e9es (RGPD), je vous prie de bien vouloir m'indiquer si des donn\u00e9es me concernant figurent dans vos fichiers et, dans l'affirmative, de m'en adresser une copie.

Je souhaiterais \u00e9galement conna\u00eetre les finalit\u00e9s du traitement, les destinataires de ces donn\u00e9es, leur dur\u00e9e de conservation ainsi que leur source, si elles n'ont pas \u00e9t\u00e9 collect\u00e9es aupr\u00e8s de moi.

Je vous rappelle que vous disposez d'un d\u00e9lai d'un mois \u00e0 compter de la r\u00e9ception de ma demande pour y r\u00e9pondre (article 12.3 du RGPD).

Je vous prie d'agr\u00e9er, Madame, Monsieur, l'expression de mes salutations distingu\u00e9es.

Nathalie Rousseau
12, rue des Lilas
59800 Lille
N\u00b0 client : 2093381""",
     "Nathalie Rousseau"),

    ("access", ("portability",), "Art. 15 et 20 RGPD",
"""Bonjour,

Ancien DPO adjoint dans une mutualit\u00e9, je sais ce que ce genre de demande repr\u00e9sente pour vous ; je vais donc \u00eatre pr\u00e9cis pour vous faciliter la t\u00e2che.

1. Droit d'acc\u00e8s (art. 15 RGPD ; loi du 30 juillet 2018)
Confirmation que vous traitez mes donn\u00e9es et, le cas \u00e9ch\u00e9ant :
a) les finalit\u00e9s ;
b) les cat\u00e9gories de donn\u00e9es ;
c) les destinataires, nomm\u00e9ment (pas \u00ab nos partenaires \u00bb) ;
d) la dur\u00e9e de conservation ou les crit\u00e8res qui la d\u00e9terminent ;
e) l'existence des droits de rectification, d'effacement, de limitation et d'opposition ;
f) le droit d'introduire une r\u00e9clamation aupr\u00e8s de l'APD ;
g) la source des donn\u00e9es qui n'ont pas \u00e9t\u00e9 collect\u00e9es aupr\u00e8s de moi ;
h) l'existence d'une prise de d\u00e9cision automatis\u00e9e, y compris un profilage (art. 22), et la logique sous-jacente.
Ainsi qu'une copie des donn\u00e9es (art. 15.3).

2. Portabilit\u00e9 (art. 20)
Les donn\u00e9es que je vous ai fournies et celles g\u00e9n\u00e9r\u00e9es par l'utilisation de mon compte et de ma carte de fid\u00e9lit\u00e9, dans un format structur\u00e9, couramment utilis\u00e9 et lisible par machine (CSV ou JSON). Un PDF ne r\u00e9pond pas \u00e0 cette exigence.

Identification : compte ouvert avec la pr\u00e9sente adresse, carte de fid\u00e9lit\u00e9 n\u00b0 6203 0044 1187.

Cordialement,
Olivier Lambert
Namur""",
     "Olivier Lambert"),

    ("correction", (), "Erreur sur mon compte",
"""Bonjour,

Mon nom est mal orthographi\u00e9 sur mon compte client et sur les \u00e9tiquettes de livraison : vous avez \u00ab Aurelie Lejeunne \u00bb alors que c'est Aur\u00e9lie Lejeune (un seul n, et un accent sur le e). J'ai lu sur un forum qu'il fallait invoquer l'article 16 du RGPD, \u00ab droit de rectification \u00bb, alors voil\u00e0, je l'invoque ;-)

Tant que vous y \u00eates, mon num\u00e9ro de portable a chang\u00e9 : 06 71 28 43 90.

Merci d'avance et bonne journ\u00e9e,
Aur\u00e9lie""",
     "Aur\u00e9lie Lejeune"),

    ("deletion", (), "Demande d'effacement de mes donn\u00e9es personnelles",
"""Objet : Demande d'effacement de donn\u00e9es personnelles conform\u00e9ment \u00e0 l'article 17 du RGPD

Madame, Monsieur,

J'esp\u00e8re que ce message vous trouve bien.

Je me permets de vous contacter afin d'exercer mon droit \u00e0 l'effacement (\u00ab droit \u00e0 l'oubli \u00bb) tel que pr\u00e9vu par l'article 17 du R\u00e8glement g\u00e9n\u00e9ral sur la protection des donn\u00e9es (RGPD).

**Donn\u00e9es concern\u00e9es :**
- Mon compte client et toutes les informations associ\u00e9es
- Mon historique de commandes (sous r\u00e9serve de vos obligations l\u00e9gales de conservation)
- Les donn\u00e9es li\u00e9es \u00e0 ma carte de fid\u00e9lit\u00e9

**Motif :**
Les donn\u00e9es ne sont plus n\u00e9cessaires au regard des finalit\u00e9s pour lesquelles elles ont \u00e9t\u00e9 collect\u00e9es (article 17, paragraphe 1, point a).

Je vous serais reconnaissant(e) de bien vouloir me confirmer l'effacement dans un d\u00e9lai d'un mois \u00e0 compter de la r\u00e9ception de la pr\u00e9sente demande.

N'h\u00e9sitez pas \u00e0 me contacter si vous avez besoin d'informations suppl\u00e9mentaires pour v\u00e9rifier mon identit\u00e9.

Cordialement,

[Votre nom]
Bastien Girard""",
     "Bastien Girard"),

    ("portability", (), "Re: Votre commande 771204 a \u00e9t\u00e9 exp\u00e9di\u00e9e",
"""Bonjour,

Je profite de ce mail pour une autre demande : je voudrais r\u00e9cup\u00e9rer toutes mes commandes chez vous depuis 2019 (articles, prix, dates), mes adresses et mes points fid\u00e9lit\u00e9 dans un fichier que je peux retravailler, genre Excel ou CSV. Mon assureur me demande un inventaire du mobilier de jardin et de la v\u00e9randa et je n'ai pas envie de tout retaper. D'apr\u00e8s ce que j'ai lu c'est l'article 20 du RGPD (portabilit\u00e9).

Merci !
St\u00e9phane

Le 14/05, \u00e0 09:12, service-client a \u00e9crit :
> Bonne nouvelle ! Votre commande 771204 a \u00e9t\u00e9 exp\u00e9di\u00e9e.""",
     "St\u00e9phane Collard"),

    ("restriction", ("access",), "Contestation \u2013 mention \u00ab incident de paiement \u00bb",
"""Madame, Monsieur,

Lors de ma derni\u00e8re commande, le paiement \u00e0 la livraison m'a \u00e9t\u00e9 refus\u00e9 et votre service client m'a expliqu\u00e9 que mon compte portait la mention \u00ab incident de paiement \u00bb. Je conteste l'exactitude de cette information : toutes mes factures ont \u00e9t\u00e9 r\u00e9gl\u00e9es, j'en conserve les preuves.

Conform\u00e9ment \u00e0 l'article 18, paragraphe 1, point a), du RGPD, je vous demande de limiter le traitement de cette donn\u00e9e pendant la dur\u00e9e n\u00e9cessaire \u00e0 sa v\u00e9rification : elle ne doit plus \u00eatre utilis\u00e9e pour me refuser un mode de paiement, ni \u00eatre communiqu\u00e9e \u00e0 des tiers, tant que vous n'avez pas termin\u00e9 cette v\u00e9rification.

Je vous demande en outre, sur le fondement de l'article 15 du RGPD, de me communiquer l'ensemble des informations enregistr\u00e9es sur mon compte au sujet de ce pr\u00e9tendu incident (date, montant, origine de l'information).

Veuillez agr\u00e9er, Madame, Monsieur, mes salutations distingu\u00e9es.

Karim Benali""",
     "Karim Benali"),

    ("objection", (), "opposition",
"""Madame, Monsieur,

Je m'oppose, en application de l'article 21 du RGPD et de l'article 56 de la loi n\u00b0 78-17 du 6 janvier 1978 relative \u00e0 l'informatique, aux fichiers et aux libert\u00e9s, \u00e0 l'utilisation de mes donn\u00e9es \u00e0 des fins de prospection commerciale, y compris par voie postale (votre catalogue papier arrive chez moi deux fois par an), ainsi qu'\u00e0 leur transmission \u00e0 vos partenaires commerciaux.

Je vous remercie de me confirmer la prise en compte de mon opposition.

Michel Fabre
Villeneuve-d'Ascq""",
     "Michel Fabre"),

    ("withdraw_consent", (), "",
"""Bonjour, je ne trouve pas le lien pour me d\u00e9sabonner de votre newsletter. Je ne souhaite plus la recevoir, merci de me retirer de la liste. Pareil pour les SMS promo.
Bonne journ\u00e9e

Envoy\u00e9 de mon Galaxy""",
     "Christine Lemaire"),

    ("complaint", ("deletion",), "Re: Demande d'effacement - 2e rappel",
"""Madame, Monsieur,

Le 8 janvier dernier, je vous ai demand\u00e9 par courriel l'effacement de mon compte et de toutes mes donn\u00e9es (art. 17 RGPD). Je vous ai relanc\u00e9s le 15 f\u00e9vrier. \u00c0 ce jour : aucune r\u00e9ponse, et je re\u00e7ois toujours vos promotions \u00e0 mon nom.

Le d\u00e9lai d'un mois pr\u00e9vu \u00e0 l'article 12.3 du RGPD est largement d\u00e9pass\u00e9. Je vous mets en demeure de proc\u00e9der \u00e0 l'effacement dans les huit jours. \u00c0 d\u00e9faut, je d\u00e9poserai plainte aupr\u00e8s de l'Autorit\u00e9 de protection des donn\u00e9es (rue de la Presse 35, 1000 Bruxelles) sans autre avis.

Sylvie Thonon
Li\u00e8ge""",
     "Sylvie Thonon"),

    ("other", (), "Conformit\u00e9 RGPD : votre registre des traitements est-il \u00e0 jour ?",
"""Madame, Monsieur,

L'article 30 du RGPD impose \u00e0 tout responsable du traitement de tenir un registre des activit\u00e9s de traitement. Depuis 2018, l'Autorit\u00e9 de protection des donn\u00e9es a prononc\u00e9 plusieurs sanctions \u00e0 l'encontre d'entreprises de l'e-commerce pour des manquements \u00e0 cette obligation, ou pour des r\u00e9ponses tardives aux demandes d'exercice de droits (acc\u00e8s, effacement, opposition).

Notre cabinet accompagne les PME belges de la vente en ligne : audit de conformit\u00e9, tenue du registre, DPO externalis\u00e9, proc\u00e9dures de traitement des demandes des personnes concern\u00e9es, formation de vos \u00e9quipes.

Pourrions-nous convenir d'un bref entretien t\u00e9l\u00e9phonique dans les prochains jours ?

Bien \u00e0 vous,

Julien Mertens
Associ\u00e9 \u2013 Lexconform SRL
Avenue Louise 231, 1050 Bruxelles""",
     "Julien Mertens"),

    ("automated", (), "Accus\u00e9 de r\u00e9ception",
"""Madame, Monsieur,

Nous accusons bonne r\u00e9ception de votre courriel, qui sera trait\u00e9 dans les meilleurs d\u00e9lais.

Le cabinet est ferm\u00e9 du 22 d\u00e9cembre au 3 janvier inclus. En cas d'urgence, vous pouvez joindre Ma\u00eetre Delvaux au +32 2 512 00 00.

Ce message est g\u00e9n\u00e9r\u00e9 automatiquement, merci de ne pas y r\u00e9pondre.

Cabinet Delvaux & Associ\u00e9s
Avocats""",
     "Cabinet Delvaux & Associ\u00e9s"),
]

PEOPLE_D["de"] = [
    ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

hiermit mache ich von meinem Recht auf Auskunft gemäß Art. 15 DSGVO Gebrauch. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten. Ist dies der Fall, bitte ich um Auskunft über

1. die Verarbeitungszwecke,
2. die Kategorien personenbezogener Daten, die verarbeitet werden,
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere bei Empfängern in Drittländern,
4. die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
5. die Herkunft der Daten, soweit diese nicht bei mir erhoben wurden,
6. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling sowie aussagekräftige Informationen über die involvierte Logik.

Ferner bitte ich um eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO.

Für den Eingang Ihrer Antwort habe ich mir eine Frist von einem Monat ab Zugang dieses Schreibens notiert (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen

Stefan Krämer
Kundennummer: 3318842""",
     "Stefan Krämer"),

    ("access", (), "Re: Ihre Bestellung Nr. 4471203",
"""Hallo,

bei meiner Bestellung gestern wurde mir der Kauf auf Rechnung nicht angeboten, obwohl ich seit Jahren bei Ihnen bestelle und immer pünktlich bezahlt habe. Ich würde gern verstehen, wie das zustande kommt.

Welche Daten haben Sie über mich gespeichert, wurden Daten an eine Auskunftei (Schufa, Creditreform, Boniversum o. ä.) weitergegeben, und welcher Score bzw. Wert kam dabei heraus? Soweit ich weiß, müssen Sie mir nach Art. 15 Abs. 1 lit. h DSGVO auch die Logik hinter so einer automatisierten Entscheidung erklären.

Viele Grüße
Anja Vogel""",
     "Anja Vogel"),

    ("correction", (), "",
"""Guten Tag,

in meinem Kundenkonto ist als Geburtsdatum der 01.01.1970 hinterlegt, das ist offensichtlich ein Platzhalter. Richtig ist der 17.09.1984. Bitte berichtigen Sie das gemäß Art. 16 DSGVO, im Kundenkonto selbst ist das Feld leider gesperrt.

Danke und Gruß
Markus Lehmann""",
     "Markus Lehmann"),

    ("deletion", ("withdraw_consent", "objection"), "Löschung meiner Daten / Widerruf / Widerspruch",
"""Sehr geehrte Damen und Herren,

ich fordere Sie hiermit auf, sämtliche zu meiner Person gespeicherten Daten gemäß § 35 Abs. 2 BDSG unverzüglich zu löschen.

Gleichzeitig widerrufe ich alle von mir erteilten Einwilligungen zur Nutzung meiner Daten, insbesondere für den Newsletter und für Gewinnspiele.

Der Nutzung und Übermittlung meiner Daten für Zwecke der Werbung sowie der Markt- und Meinungsforschung widerspreche ich gemäß § 28 Abs. 4 BDSG.

Bitte bestätigen Sie mir die Löschung schriftlich bis zum 30.04.

Mit freundlichen Grüßen

Renate Schubert""",
     "Renate Schubert"),

    ("portability", (), "Antrag auf Datenübertragbarkeit gemäß Art. 20 DSGVO",
"""Sehr geehrte Damen und Herren,

ich hoffe, diese Nachricht erreicht Sie wohlbehalten.

Hiermit beantrage ich gemäß Art. 20 der Datenschutz-Grundverordnung (DSGVO) die Herausgabe der mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe.

**Umfang des Antrags:**
- Stammdaten meines Kundenkontos
- Bestellhistorie
- Daten aus dem Treueprogramm (Punktestand, Einlösungen)

**Gewünschtes Format:**
Ein strukturiertes, gängiges und maschinenlesbares Format (z. B. CSV, JSON oder XML).

**Identifikation:**
- Name: [Ihr vollständiger Name]
- E-Mail-Adresse: die Absenderadresse dieser Nachricht
- Kundennummer: [falls vorhanden]

Ich bedanke mich im Voraus für Ihre Unterstützung und freue mich auf Ihre Rückmeldung innerhalb der gesetzlichen Frist.

Mit freundlichen Grüßen
Jonas Hartmann""",
     "Jonas Hartmann"),

    ("restriction", (), "AW: Datenbereinigung",
"""Sehr geehrte Damen und Herren,

Sie haben angekündigt, Bestelldaten, die älter als drei Jahre sind, im Rahmen einer „Datenbereinigung“ zu löschen. Betroffen wäre auch meine Bestellung eines Sichtschutzzauns samt Montageservice vom Mai 2022.

Wegen dieser Montage läuft derzeit ein Rechtsstreit mit meinem Nachbarn. Ich benötige die Auftragsdaten, das Montageprotokoll und den Schriftverkehr zur Geltendmachung bzw. Verteidigung von Rechtsansprüchen. Ich verlange daher nach Art. 18 Abs. 1 lit. c DSGVO die Einschränkung der Verarbeitung dieser Daten (nach altem Recht hieß das „Sperrung“): bitte nicht löschen, aber auch zu keinem anderen Zweck mehr verwenden, bis ich Ihnen den Abschluss des Verfahrens mitteile.

Mit freundlichen Grüßen
Dr. Claudia Neumann""",
     "Dr. Claudia Neumann"),

    ("objection", (), "Widerspruch",
"""Sehr geehrte Damen und Herren,

ich widerspreche gemäß Art. 21 Abs. 2 und 3 DSGVO der Auswertung meines Nutzungsverhaltens zu Werbezwecken, insbesondere dem Tracking von Öffnungen und Klicks in Ihren Newslettern (Zählpixel, personalisierte Links) und der darauf aufbauenden Profilbildung.

Zur Klarstellung: Den Newsletter selbst möchte ich weiterhin erhalten, nur eben ohne personenbezogene Erfolgsmessung.

Hilfsweise widerspreche ich nach Art. 21 Abs. 1 DSGVO jeder auf Art. 6 Abs. 1 lit. f gestützten Verarbeitung, die nicht für die Abwicklung meiner Bestellungen erforderlich ist.

Mit freundlichen Grüßen
T. Brandt""",
     "T. Brandt"),

    ("withdraw_consent", (), "Widerruf Einwilligung",
"""Grüß Gott,

ich widerrufe hiermit meine Einwilligung in die Zusendung von Werbung per E-Mail und SMS (Newsletter, dazu die Anmeldung über das Gewinnspiel vom letzten Sommer). Rechtsgrundlage: Art. 7 Abs. 3 DSGVO bzw. § 107 TKG, so wurde es mir jedenfalls von der Arbeiterkammer empfohlen.

Mfg
Gerhard Pichler
Wien""",
     "Gerhard Pichler"),

    ("complaint", ("access",), "Erinnerung: Auskunftsersuchen vom 03.02. – letzte Frist",
"""Sehr geehrte Damen und Herren,

am 03.02. habe ich Sie um Auskunft nach Art. 15 DSGVO gebeten. Die Monatsfrist ist abgelaufen; eine Antwort habe ich nicht erhalten, weder eine Eingangsbestätigung noch eine Mitteilung über eine Fristverlängerung nach Art. 12 Abs. 3 Satz 2 DSGVO.

Ich setze Ihnen hiermit eine letzte Frist bis zum 28.03. für die vollständige Auskunft. Sollte diese Frist fruchtlos verstreichen, werde ich Beschwerde bei der für mich zuständigen Aufsichtsbehörde (LfDI Baden-Württemberg) einlegen und behalte mir die Geltendmachung von Schadensersatz nach Art. 82 DSGVO vor.

Mit freundlichen Grüßen
Felix Wagner""",
     "Felix Wagner"),

    ("other", (), "Frage vor Bestellung",
"""Guten Tag,

bevor ich bei Ihnen ein Kundenkonto anlege, eine Frage zu Ihrer Datenschutzerklärung: Dort steht, dass Zahlungs- und Analysedaten „gegebenenfalls“ an Dienstleister in den USA übermittelt werden. Stützen Sie sich dafür auf das EU-US Data Privacy Framework oder auf Standardvertragsklauseln nach Art. 46 DSGVO? Und lässt sich Google Analytics nur über den Cookie-Banner abwählen oder auch später im Konto?

Ich frage aus Interesse, nicht um Ärger zu machen – ich arbeite selbst im Datenschutz.

Beste Grüße
Lena Schwarz""",
     "Lena Schwarz"),

    ("automated", (), "Abwesenheitsnotiz: AW: Ihre Anfrage",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22.04. nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Weber, Tel. 0711 123456-20.

Mit freundlichen Grüßen
Thomas Richter""",
     "Thomas Richter"),
]

PEOPLE_D["es"] = [
    ("access", (), "Ejercicio del derecho de acceso",
"""A la atención del Delegado de Protección de Datos

D. Javier Morales Ortega, mayor de edad, con domicilio en la C/ Alcalá 214, 3.º B, 28028 Madrid, con D.N.I. n.º ..........., del que se acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos (RGPD), y en el artículo 13 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD), y en consecuencia,

SOLICITA

Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se le remita, a la dirección de correo electrónico desde la que escribe, la siguiente información:

- Copia de sus datos personales que son objeto de tratamiento por ese responsable.
- Los fines del tratamiento, así como las categorías de datos personales que se traten.
- Los destinatarios o categorías de destinatarios a los que se han comunicado o serán comunicados sus datos personales, incluyendo, en su caso, destinatarios en terceros países u organizaciones internacionales.
- El plazo previsto de conservación o, de no ser posible, los criterios utilizados para determinar este plazo.
- Si existen decisiones automatizadas, incluida la elaboración de perfiles, información significativa sobre la lógica aplicada.

En Madrid, a 11 de marzo de 2025

Fdo.: Javier Morales Ortega""",
     "Javier Morales"),

    ("access", (), "Solicitud de acceso a mis datos personales",
"""Estimado/a [Nombre del responsable]:

Espero que este mensaje le encuentre bien.

Me dirijo a ustedes para solicitar formalmente el acceso a los datos personales que su empresa conserva sobre mí, en virtud del artículo 15 del Reglamento General de Protección de Datos (RGPD).

**Contexto:** Desde hace unos meses recibo recomendaciones de productos muy concretas y me gustaría entender qué información tienen sobre mí y de dónde procede.

**Información solicitada:**
1. Una copia de todos mis datos personales
2. Las finalidades para las que se utilizan
3. Con qué terceros los han compartido
4. El origen de los datos que no les haya facilitado yo

Quedo a la espera de su respuesta en el plazo legal de un mes.

Atentamente,
Lucía Herrera Sanz

---
¿Quieres que adapte esta carta a un tono más formal o que añada una referencia a la LOPDGDD?""",
     "Lucía Herrera"),

    ("correction", (), "rectificación",
"""Buenas tardes,

Les escribo para ejercer mi derecho de rectificación (art. 16 RGPD y art. 14 LOPDGDD). En mi cuenta figura como dirección de entrega «Avda. de la Constitución 45, 41001 Sevilla», pero el número correcto es el 54 y además falta el piso.

Dato erróneo: Avda. de la Constitución 45
Dato correcto: Avda. de la Constitución 54, 2.º izda., 41001 Sevilla

Adjunto un recibo de la luz como justificante.

Un saludo,
Rocío Jiménez""",
     "Rocío Jiménez"),

    ("deletion", (), "",
"""Hola, ya no voy a comprar más en vuestra tienda y no quiero que sigáis teniendo mis cosas: nombre, dirección, teléfono, lo que sea. Quitad mi cuenta del todo, por favor, y confirmadme cuando esté hecho. (Me han dicho que ponga que es por el artículo 17, así que eso.)

Gracias
Álvaro""",
     "Álvaro Domínguez"),

    ("portability", ("deletion",), "RE: Tu pedido 99812 ha sido entregado",
"""Hola:

Aprovecho para pediros una cosa. Antes de irme quiero que me enviéis mis datos (pedidos, direcciones, puntos de la tarjeta) en un formato que pueda abrir y reutilizar, tipo CSV o Excel, como dice el artículo 20 del RGPD sobre portabilidad. Una vez me lo hayáis mandado, borrad la cuenta y todo lo que tengáis mío.

Saludos,
Marta Vidal

-----Mensaje original-----
Asunto: Tu pedido 99812 ha sido entregado
¡Esperamos que disfrutes de tu compra! Valora los productos y gana 50 puntos.""",
     "Marta Vidal"),

    ("restriction", ("access",), "Solicitud de limitación del tratamiento",
"""Muy señores míos:

Al intentar canjear mis puntos, su atención al cliente me informó de que mi tarjeta de fidelización está bloqueada por «uso fraudulento». Impugno la exactitud de ese dato: la tarjeta solo la uso yo y nunca he hecho nada irregular con ella.

Por ello, al amparo del artículo 18.1.a) del RGPD y del artículo 16 de la LOPDGDD, solicito la limitación del tratamiento de dicho dato durante el plazo que necesiten para verificar su exactitud, de modo que no se utilice para tomar decisiones sobre mi cuenta ni se comunique a terceros.

Asimismo, conforme al artículo 15 del RGPD, solicito copia de los datos en los que se basa esa marca (fechas, operaciones y origen de la información).

Atentamente,
Sergio Navarro Gil""",
     "Sergio Navarro Gil"),

    ("objection", (), "Oposición a publicidad",
"""Buenos días,

Me inscribí en la Lista Robinson, pero me dicen que eso no sirve con empresas de las que ya soy cliente, así que les escribo directamente.

Conforme al artículo 21 del RGPD y al artículo 23 de la LOPDGDD, me opongo al tratamiento de mis datos con fines de mercadotecnia directa, incluida la elaboración de perfiles, y a su cesión a terceros con esa finalidad. Esto incluye los folletos en papel y las llamadas.

Les ruego que me confirmen que han anotado mi oposición.

Fernando Ruiz""",
     "Fernando Ruiz"),

    ("withdraw_consent", (), "baja",
"""Por favor, dadme de baja de la newsletter y de los SMS de ofertas. Retiro el consentimiento que di al registrarme.

Enviado desde mi móvil""",
     "Pilar"),

    ("complaint", (), "¿Han tenido una brecha de seguridad?",
"""Buenas,

Hace dos días recibí un SMS que decía venir de su tienda, con mi nombre completo y el número de mi último pedido, pidiéndome pagar 1,99 € de «gastos de aduana» a través de un enlace. Evidentemente es un fraude, pero lo grave es que tenían datos que solo ustedes conocen.

Considero que no han protegido mis datos como exige el artículo 32 del RGPD, y no me han avisado de nada. Ya he visto en redes que a otros clientes les ha pasado lo mismo. Pienso presentar una reclamación ante la Agencia Española de Protección de Datos.

Un saludo,
Cristina Ortega""",
     "Cristina Ortega"),

    ("other", (), "Entrevista para TFG sobre cookies",
"""Hola,

Soy estudiante de cuarto de Derecho en la Universidad de Salamanca y estoy haciendo mi TFG sobre el cumplimiento de la Guía sobre el uso de las cookies de la AEPD (y sus equivalentes en otros países) en tiendas online europeas. Su web es uno de los casos que analizo.

¿Sería posible hacerle unas preguntas, 15-20 minutos por videollamada o por escrito, a la persona responsable de protección de datos? Las respuestas se tratarían de forma anónima.

Muchas gracias de antemano,
Irene Castaño""",
     "Irene Castaño"),

    ("automated", (), "Hemos recibido tu mensaje",
"""Hola,

Gracias por escribirnos. Este es un mensaje automático para confirmarte que hemos recibido tu correo. Te responderemos en un plazo máximo de 48 horas laborables.

Por favor, no respondas a este mensaje.

Un saludo,
El equipo de Reformas Iglesias""",
     "Reformas Iglesias"),
]

PEOPLE_D["it"] = [
    ("access", (), "Esercizio diritti art. 15 Regolamento UE 2016/679",
"""ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Il sottoscritto Giuseppe Ferraro, nato a Bari il 14/06/1979, esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15 del Regolamento (UE) 2016/679)
Il sottoscritto (barrare solo le caselle che interessano):
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare:
[X] le finalità del trattamento;
[X] le categorie di dati personali trattati;
[X] i destinatari o le categorie di destinatari a cui i dati personali sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
[ ] il periodo di conservazione dei dati previsto o, se non è possibile, i criteri utilizzati per determinare tale periodo;
[X] l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
[ ] l'esistenza di un processo decisionale automatizzato, compresa la profilazione.

Recapito per la risposta:
[X] Indirizzo di posta elettronica: quello da cui scrivo

Eventuali precisazioni: sono cliente dal 2021, tessera fedeltà n. 6203 0091 5521.

Bari, 3 aprile 2025
Giuseppe Ferraro""",
     "Giuseppe Ferraro"),

    ("access", (), "richiesta",
"""Spett.le Società,

con la presente il sottoscritto Alessandro Greco, ai sensi dell'art. 15 del Reg. UE 2016/679 e del D.Lgs. 196/2003 (Codice in materia di protezione dei dati personali) come modificato dal D.Lgs. 101/2018, chiede di conoscere quali dati personali che lo riguardano siano in Vostro possesso, da quale fonte siano stati ottenuti e a quali soggetti siano stati comunicati, e di riceverne copia.

Resto in attesa di un Vostro cortese riscontro nei termini di legge.

Distinti saluti

Alessandro Greco

(testo preso dal sito di un'associazione consumatori, scusate la formalità)""",
     "Alessandro Greco"),

    ("correction", (), "Rettifica dati anagrafici",
"""Buongiorno,

chiedo la rettifica dei miei dati ai sensi dell'art. 16 GDPR: nel mio profilo il cognome risulta "Dellacqua" invece di "Dell'Acqua", e il numero di cellulare è ancora quello vecchio. Quello giusto è 347 123 4567.

Grazie, cordiali saluti
Chiara Dell'Acqua""",
     "Chiara Dell'Acqua"),

    ("deletion", ("objection",), "Richiesta di cancellazione dei dati personali e opposizione al trattamento",
"""Spett.le [RAGIONE SOCIALE],

il/la sottoscritto/a Marco Rinaldi, in qualità di interessato/a, ai sensi dell'art. 17 del Regolamento (UE) 2016/679, chiede la cancellazione senza ingiustificato ritardo di tutti i dati personali che lo/la riguardano, in quanto non più necessari rispetto alle finalità per le quali sono stati raccolti.

Il/la sottoscritto/a si oppone altresì, ai sensi dell'art. 21 del medesimo Regolamento, a qualsiasi trattamento dei propri dati per finalità di marketing diretto e di profilazione, anche per il tempo eventualmente necessario alla cancellazione.

Si chiede di comunicare l'avvenuta cancellazione anche agli eventuali destinatari cui i dati siano stati trasmessi (art. 19).

In mancanza di riscontro entro 30 giorni, il/la sottoscritto/a si riserva di proporre reclamo al Garante per la protezione dei dati personali ai sensi dell'art. 77 del Regolamento.

Distinti saluti.
Marco Rinaldi""",
     "Marco Rinaldi"),

    ("portability", (), "Richiesta di portabilità dei dati",
"""**Oggetto: Richiesta di portabilità dei dati personali ai sensi dell'art. 20 del GDPR**

Gentile Responsabile della Protezione dei Dati,

spero che questo messaggio La trovi bene.

Con la presente desidero esercitare il mio diritto alla portabilità dei dati ai sensi dell'articolo 20 del Regolamento (UE) 2016/679 (GDPR).

### Dati richiesti
- Dati anagrafici e di contatto forniti al momento della registrazione
- Storico degli ordini
- Dati relativi al programma fedeltà [numero tessera]

### Formato
Chiedo che i dati mi siano forniti in un formato strutturato, di uso comune e leggibile da dispositivo automatico (ad esempio CSV o JSON).

Resto a disposizione per eventuali verifiche della mia identità.

Cordiali saluti,
Valentina Russo

*Nota: sostituisci le informazioni tra parentesi quadre con i tuoi dati prima dell'invio.*""",
     "Valentina Russo"),

    ("restriction", (), "Re: Vs. riscontro del 4 aprile",
"""Gentili Signori,

il 2 aprile mi sono opposta, ai sensi dell'art. 21, par. 1, GDPR, al trattamento dei miei dati per finalità di "analisi statistiche e miglioramento dell'offerta" basato sul Vostro legittimo interesse. Nel Vostro riscontro del 4 aprile mi comunicate che state valutando la richiesta e che mi risponderete entro i termini.

Ne prendo atto. Nel frattempo, ai sensi dell'art. 18, par. 1, lett. d), GDPR, chiedo la limitazione del trattamento dei miei dati per tali finalità, in attesa della verifica in merito all'eventuale prevalenza dei Vostri motivi legittimi rispetto ai miei.

Cordiali saluti
Avv. Laura Esposito""",
     "Laura Esposito"),

    ("objection", (), "telefonate",
"""Buonasera,

ricevo regolarmente telefonate dal vostro call center per propormi contratti di manutenzione del giardino e offerte sulla tessera. Mi oppongo, ai sensi dell'art. 21 del GDPR, all'uso dei miei dati per marketing telefonico e, più in generale, per qualsiasi forma di promozione commerciale e di profilazione delle mie abitudini di acquisto.

Per gli ordini e le consegne potete naturalmente continuare a contattarmi.

Saluti
Paolo Marchetti""",
     "Paolo Marchetti"),

    ("withdraw_consent", (), "",
"""Salve, revoco il consenso al trattamento dei miei dati per l'invio della newsletter e delle comunicazioni commerciali via email (art. 7 par. 3 GDPR). Non trovo il link per disiscrivermi.
Grazie
Federica""",
     "Federica Lombardi"),

    ("complaint", ("portability",), "SOLLECITO - richiesta di portabilità del 10 gennaio",
"""Spett.le società,

in data 10 gennaio Vi ho inviato, a questo stesso indirizzo, una richiesta di portabilità dei miei dati ai sensi dell'art. 20 GDPR. Sono trascorsi oltre due mesi senza alcun riscontro, nemmeno una conferma di ricezione, in violazione dell'art. 12, par. 3.

Vi sollecito pertanto a evadere la richiesta entro 10 giorni, fornendomi i dati in formato CSV o JSON. Decorso inutilmente tale termine, presenterò reclamo al Garante per la protezione dei dati personali, che provvederà a interessare l'autorità belga competente.

Distinti saluti
Roberto Conti""",
     "Roberto Conti"),

    ("other", (), "Informativa privacy – domanda",
"""Buongiorno,

sto valutando di iscrivermi al vostro programma fedeltà. Nell'informativa non trovo i dati di contatto del DPO, né l'indicazione della base giuridica per l'invio di offerte personalizzate. Avete nominato un Responsabile della protezione dei dati? Potete indicarmi dove trovo queste informazioni prima che mi iscriva?

Grazie
Elena Bruno""",
     "Elena Bruno"),

    ("automated", (), "Risposta automatica",
"""Gentile mittente,

lo Studio resterà chiuso per ferie dal 9 al 25 agosto compresi. Le e-mail ricevute in questo periodo saranno lette alla riapertura.

Per comunicazioni urgenti si prega di telefonare al numero 080 000 0000.

Cordiali saluti
Studio Legale Avv. Francesca Moretti""",
     "Studio Legale Moretti"),
]

PEOPLE_D["pt"] = [
    ("access", (), "Pedido de acesso a dados pessoais",
"""Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD) e da Lei n.º 58/2019, de 8 de agosto, venho solicitar que me informem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem uma cópia dos mesmos, bem como informação sobre:

a) as finalidades do tratamento;
b) as categorias de dados tratados;
c) os destinatários a quem os dados foram ou serão comunicados;
d) o prazo de conservação;
e) a origem dos dados, caso não tenham sido recolhidos junto de mim.

Agradeço resposta no prazo de um mês, nos termos do n.º 3 do artigo 12.º do RGPD.

Com os melhores cumprimentos,

Rui Manuel Teixeira
Cliente n.º 4410927""",
     "Rui Teixeira"),

    ("access", ("portability",), "Solicitação de dados - LGPD / GDPR",
"""Prezados,

Moro na Bélgica há dois anos e faço compras no site de vocês. Gostaria de exercer meus direitos como titular de dados. No Brasil isso estaria no art. 18 da LGPD (Lei 13.709/2018), mas me disseram que aqui vale o GDPR, então cito os dois:

1) confirmação de que vocês tratam meus dados e acesso a eles (art. 15 GDPR / art. 18, I e II, LGPD);
2) uma cópia dos dados que eu forneci num formato estruturado, que eu possa levar para outro serviço (portabilidade, art. 20 GDPR / art. 18, V, LGPD).

Fico no aguardo.

Atenciosamente,
Thiago Albuquerque""",
     "Thiago Albuquerque"),

    ("correction", (), "apelido errado",
"""Boa tarde,

O meu apelido está mal escrito na conta e nas faturas: aparece "Gonçalvez", com z, e o correto é Gonçalves. Podem corrigir? (direito de retificação, art. 16.º do RGPD, segundo li)

Obrigada,
Inês Gonçalves""",
     "Inês Gonçalves"),

    ("deletion", ("withdraw_consent",), "Pedido de apagamento de dados pessoais",
"""Assunto: Pedido de Apagamento de Dados Pessoais e Retirada de Consentimento

Exmos. Senhores,

Espero que esta mensagem os encontre bem.

Venho, por este meio, exercer o meu direito ao apagamento dos dados («direito a ser esquecido»), nos termos do artigo 17.º do RGPD.

**1. Apagamento dos dados**
Solicito o apagamento de todos os dados pessoais que me digam respeito, incluindo:
- Dados da conta de cliente
- Histórico de compras
- Dados do cartão de fidelização

**2. Retirada do consentimento**
Retiro, com efeitos imediatos, o consentimento anteriormente prestado para o envio de newsletters e comunicações de marketing, nos termos do artigo 7.º, n.º 3, do RGPD.

Agradeço que me confirmem por escrito a conclusão deste pedido no prazo de um mês.

Com os melhores cumprimentos,

[O seu nome]
Ana Sofia Ribeiro""",
     "Ana Sofia Ribeiro"),

    ("portability", (), "Portabilidade - art. 20.º",
"""Bom dia,

Trabalhei vários anos em compliance, por isso vou directo ao assunto. Ao abrigo do artigo 20.º do RGPD, solicito:

1. os dados pessoais que vos forneci (conta, moradas, preferências) e os dados observados através da utilização do cartão de fidelização (compras, pontos acumulados e descontados);
2. em formato estruturado, de uso corrente e de leitura automática (CSV ou JSON; um PDF não cumpre este requisito);
3. nos termos do n.º 2, a transmissão directa desses dados à Casa & Jardim Online, Lda., se tal for tecnicamente possível; não sendo, enviem-mos a mim.

Chamo a atenção para o considerando 68: o direito abrange os dados fornecidos pelo titular, não os dados inferidos (segmentos, pontuações), que não peço aqui.

Cumprimentos,
Nuno Carvalho""",
     "Nuno Carvalho"),

    ("restriction", (), "Re: Atualização da nossa política de privacidade",
"""Boa tarde,

Na vossa nova política de privacidade leio que o histórico de compras passa a ser apagado ao fim de dois anos. Preciso das faturas e dos dados da encomenda da pérgola que comprei em 2023 para a participação ao seguro, depois da tempestade de janeiro, e o processo ainda está em curso.

Assim, nos termos do artigo 18.º, n.º 1, alínea c), do RGPD, peço a limitação do tratamento desses dados: não os apaguem, mas também não os usem para mais nada, até eu vos avisar que o processo com a seguradora terminou.

Obrigada,
Helena Martins""",
     "Helena Martins"),

    ("objection", (), "Oposição",
"""Exmos. Senhores,

Nos termos do artigo 21.º do RGPD, oponho-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis, e à sua comunicação a parceiros para fins publicitários.

Continuo a querer ser vosso cliente; apenas não aceito que os meus dados sejam usados desta forma.

Maria do Carmo Sousa""",
     "Maria do Carmo Sousa"),

    ("withdraw_consent", (), "",
"""olá, quero deixar de receber a newsletter e as promoções por email. retiro o consentimento que dei quando criei a conta. obg""",
     "Beatriz"),

    ("complaint", ("correction",), "Reclamação - pedido de retificação sem resposta",
"""Exmos. Senhores,

A 5 de fevereiro pedi-vos a retificação da minha morada de faturação (art. 16.º do RGPD). Passados mais de dois meses, continua errada: a última fatura voltou a sair com a morada antiga, o que me causou problemas com a contabilidade da minha empresa.

Reitero o pedido: a morada correta é Rua do Almada 312, 4050-032 Porto.

Se não for corrigida até ao final do mês, apresentarei queixa à Comissão Nacional de Proteção de Dados (CNPD).

Paulo Mendes""",
     "Paulo Mendes"),

    ("other", (), "Dúvida sobre a vossa política de privacidade",
"""Boa tarde,

Sou jurista e estou a preparar um artigo para um blogue sobre compras online transfronteiriças. A vossa política de privacidade só refere a lei belga de 30 de julho de 2018. Quando vendem a clientes em Portugal, consideram-se também sujeitos à Lei n.º 58/2019 (por exemplo, quanto à idade de consentimento de 13 anos), ou aplicam apenas a lei belga?

Não se trata de nenhum pedido sobre dados meus, é apenas uma questão de interpretação. Se preferirem não responder, compreendo.

Cumprimentos,
Joana Pires""",
     "Joana Pires"),

    ("automated", (), "Ausência do escritório",
"""Obrigado pela sua mensagem.

Estarei ausente do escritório até dia 2 de junho, com acesso limitado ao correio eletrónico. Responderei logo que possível após o meu regresso.

Para assuntos urgentes, contacte a Dra. Marta Lopes através do 21 000 0000.

Cumprimentos,
Ricardo Fonseca""",
     "Ricardo Fonseca"),
]

"""Sixth set, people: formal and template letters. Written apart from the rules (see make_sixth.py)."""

PEOPLE_N = {}

PEOPLE_N["en"] = [
    ("access", (), "Subject access request",
     """[Your full address]
14 Bramble Close
Leamington Spa CV31 2QT

07700 914382

3 March 2025

Dear Sir or Madam

Subject access request

Gareth Llewellyn, 14 Bramble Close, Leamington Spa CV31 2QT. My customer account is registered to gareth.llewellyn@btinternet.com. I ordered a garden bench and a parasol from you last spring (order no. 40018832).

Please supply the personal data you hold about me, which I am entitled to receive under data protection law, held in: [give specific details of where to search for the personal data you want, if known]
- my customer account
- your mailing / marketing lists
- any recordings of phone calls with your customer service, if you keep them

If you need any more information, please let me know as soon as possible.

It may be helpful for you to know that data protection law requires you to respond to a request for personal data within one calendar month.

If you do not normally deal with these requests, please pass this letter to your data protection officer, or relevant staff member.

If you need advice on dealing with this request, the Information Commissioner's Office can assist you. Its website is ico.org.uk, or it can be contacted on 0303 123 1113.

Yours faithfully

[Signature]
Gareth Llewellyn
""", "Gareth Llewellyn"),

    ("deletion", (), "Personal data",
     """Dear Sir/Madam,

I am writing to ask you to delete the following personal information about me: everything linked to my account with you (name, addresses, phone number, order history, loyalty card no. 2291 0043 7781) and the email address hannah.okafor@outlook.com.

I want my personal data deleted because I no longer use your shop and I never expected my details to be kept this long. I moved back to Manchester last year and have no need for an account in Belgium any more.

Please let me know when this has been done, and if you passed my details to anybody else please tell them too.

I understand you have one calendar month to respond.

Kind regards
Hannah Okafor
""", "Hannah Okafor"),

    ("correction", (), "Rectification of inaccurate personal data - Art. 16 GDPR",
     """Dear Data Protection Officer,

I am writing under Article 16 of the GDPR to ask you to rectify personal data you hold about me which is inaccurate.

Account email: siobhan.osullivan@eircom.net
Loyalty card: 2291 0187 5520

The inaccurate data is:
1. Surname - recorded as "Osulivan". It should read "O'Sullivan".
2. Date of birth - recorded as 11/04/1986. The correct date is 4 November 1986. I suspect it was entered in US format at some point.
3. Delivery address - "Rue de la Station 12" should be "Rue de la Station 21, 1410 Waterloo". Two parcels have already ended up at my neighbour's.

I would be grateful if you would confirm in writing once the corrections have been made, and notify any third parties to whom the data was disclosed (Article 19).

Yours sincerely,
Siobhán O'Sullivan
""", "Siobhan O'Sullivan"),

    ("portability", (), "Request for data portability according to Art. 20 GDPR",
     """Dear Sir or Madam,

I am hereby requesting to receive the personal data concerning me, which I have provided to you, in a structured, commonly used and machine-readable format according to Art. 20(1) GDPR. This includes in particular my order history, my wishlist, the addresses stored in my account and the points history of my loyalty card.

Please provide the data as CSV or JSON files. Please note that a PDF or screenshots are not a machine-readable format in the sense of the GDPR.

I am including the following information that will help you identify me:

Name: Priya Raman
Email address used for the account: priya.raman@proton.me
Customer number: 30071124

Please note that you have to respond within one month (Art. 12(3) GDPR) and that this request is free of charge (Art. 12(5) GDPR).

Kind regards,
Priya Raman
""", "Priya Raman"),

    ("restriction", (), "Request",
     """Hello,

Last month a note was added to my account saying I had "abused the returns policy", and since then I can no longer pay by invoice or use click & collect. That note is wrong. I returned two items in total, both arrived damaged, and I have the photos and your own emails accepting the returns.

Until you have looked into this properly, I am asking you under Article 18(1)(a) GDPR to restrict the processing of that note and of any risk score or flag attached to my account. In plain terms: keep it if you must, but don't use it, don't pass it on, and don't base any decision about me on it while you check. Please tell me before you lift the restriction.

Account: d.mensah@gmail.com
Name: Daniel Mensah

Thanks,
Daniel
""", "Daniel Mensah"),

    ("objection", (), "Objection to processing - profiling and marketing partners",
     """Dear Sir or Madam,

I object, under Article 21 of the GDPR, to the processing of my personal data for the following purposes:

- profiling of my purchases and of my browsing on your website in order to show me "personalised" offers;
- passing my details (including a hashed version of my email address) to your advertising and marketing partners, for instance for custom audiences on social media;
- direct marketing of any kind, by post, email or phone.

As you will know, under Article 21(3) once I object to direct marketing you must stop; there is no balancing test. I am happy to keep my account for actual orders.

Name: Margaret Healy
Email: mags.healy56@yahoo.co.uk
Postcode on the account: BT9 6FJ

Regards,
Margaret Healy
""", "Margaret Healy"),

    ("withdraw_consent", (), "Re: Spring is here! 20% off garden furniture",
     """I ticked the box for this when I signed up for the loyalty card but I'm taking it back now. I withdraw my consent to receiving your newsletter and any other marketing emails or texts, on this address and on my mobile 0470 55 21 08.

Alan Fitzgerald

-----Original Message-----
From: Shop <news@shop.example.be>
Sent: 12 March 2025 07:02
To: alan.fitz@gmail.com
Subject: Spring is here! 20% off garden furniture

Can't see this email? View it in your browser.
""", "Alan Fitzgerald"),

    ("complaint", ("access",), "RE: Subject access request - Ref SAR/2025/0193",
     """Dear Sir or Madam,

On 6 January 2025 I sent you a subject access request (copy below). Your system acknowledged it the same day under reference SAR/2025/0193. I have heard nothing since.

The one-month deadline under Article 12(3) GDPR expired on 6 February. You have not asked for an extension and have given no reason for the delay.

Please provide the information and a copy of my data within 14 days of this email. If I have not received it by 3 March I will lodge a complaint with the Belgian Data Protection Authority without further notice.

Yours faithfully,
Rebecca Thornton

> From: Rebecca Thornton
> Sent: 06 January 2025 21:14
> Subject: Subject access request
>
> Dear Sir or Madam,
> I am writing to make a subject access request under Article 15 GDPR for all personal data you hold about me ...
""", "Rebecca Thornton"),

    ("deletion", ("withdraw_consent", "objection", "restriction"), "",
     """Dear Sir/Madam,

I am writing to request the erasure of all personal data you hold about me, in accordance with Article 17 of the General Data Protection Regulation (GDPR).

To the extent that you process any of my personal data on the basis of my consent, I hereby withdraw that consent (Article 7(3) GDPR). To the extent that you rely on your legitimate interests, I object to the processing (Article 21 GDPR), as there are no overriding legitimate grounds for it.

Pending the erasure, please restrict the processing of my personal data (Article 18 GDPR) so that it is only stored and not used for any other purpose.

Please also inform any third parties to whom my data has been disclosed of this request, as required by Article 19 GDPR.

The following information should help you to identify me:
Full name: [NAME] Joanna Pike
Email address: jo.pike@fastmail.com
Customer number: [if known]

I look forward to your confirmation within one month.

Yours faithfully,
Joanna Pike
""", "Jo Pike"),

    ("access", ("portability",), "data request",
     """hi,

two things please.

first, I'd like a copy of everything you've got on me - orders, whatever you track on the website and the app, the loyalty card stuff, notes from customer service calls, and who you've shared any of it with. GDPR article 15.

second, the stuff I gave you plus my order history, can you send that as a csv or json or whatever so I can load it into my own spreadsheet / move it somewhere else. art 20.

account is under ben.harcourt@gmail.com, number on the back of my loyalty card is 2291 0099 1146.

cheers
Ben
""", "Ben Harcourt"),

    ("other", (), "Security vulnerability report - order tracking page",
     """Hello,

I am an independent security researcher. While testing the order tracking feature on shop.example.be I noticed that the endpoint /api/orders/track?id= returns the delivery address and phone number for a given order ID without checking that the request comes from the account that placed the order. Order IDs appear to be sequential.

To confirm the issue I only requested two orders, both placed by me from two test accounts. I have not accessed or kept anyone else's data and I have not shared this with anybody.

I am writing to this address because I could not find a security.txt or a vulnerability disclosure policy on your site. Could you forward this to your security team and confirm receipt? I am happy to share the full technical details through a channel of your choice. I would propose the usual 90-day disclosure timeline, starting today.

Best regards,
Mateusz Kowal
PGP fingerprint: 7A3E 91C2 44D0 B81F 0C6A  2E19 55F3 A0D7 8B21 C4E6
""", "Mateusz Kowal"),

    ("other", (), "Project Hawthorn - data protection due diligence questions",
     """Dear Sir or Madam,

We act for a prospective investor in your company in connection with a potential transaction (Project Hawthorn). As part of our legal due diligence we have reviewed the privacy notice published on your website (version dated 14 May 2024) and would be grateful for clarification of the following points:

1. The privacy notice refers to "selected marketing partners". Could you provide a list of these partners and the legal basis relied upon for sharing customer data with them?
2. Has a data protection officer been formally appointed and notified to the Belgian Data Protection Authority?
3. Are any personal data transferred outside the EEA (e.g. to hosting or email service providers) and, if so, under which transfer mechanism?
4. Have any personal data breaches been notified to the supervisory authority in the last three years?

We appreciate that this mailbox may not be the usual channel for such questions; please feel free to forward this email to your legal counsel. Responses would ideally be received by 21 March.

Kind regards,

Eleanor Whitcombe
Senior Associate
Harrow & Lyle LLP
1 Paternoster Lane, London EC4M 7AZ
This email is confidential and may be legally privileged.
""", "Eleanor Whitcombe"),
]

PEOPLE_N["nl"] = [
    ("access", (), "Verzoek om inzage",
     """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u om mij inzage te geven in de persoonsgegevens die u van mij verwerkt.

Ik wil graag een overzicht ontvangen van:
- de persoonsgegevens die u van mij verwerkt;
- het doel waarvoor u deze persoonsgegevens gebruikt;
- de ontvangers aan wie u mijn persoonsgegevens heeft verstrekt of zult verstrekken;
- hoe lang u mijn persoonsgegevens bewaart;
- waar u mijn persoonsgegevens vandaan heeft, als u ze niet van mij zelf heeft gekregen;
- of u gebruikmaakt van geautomatiseerde besluitvorming, waaronder profilering.

Ik verzoek u om binnen een maand na ontvangst van deze brief op mijn verzoek te reageren. Dit is de termijn die in de AVG staat.

Met vriendelijke groet,

[handtekening]
M. de Groot-Visser
Oudegracht 211-bis
3511 NJ Utrecht
klantnummer 30044817
""", "Marieke de Groot"),

    ("deletion", (), "",
     """Goeiemiddag,

Ik heb een paar jaar geleden een account bij jullie aangemaakt voor een tuinset en sindsdien nooit meer iets besteld. Ik wil eigenlijk niet dat jullie nog iets van mij bijhouden: naam, adres, gsm-nummer, die oude bestellingen, alles.

Op de site van Test Aankoop lees ik dat ik daar recht op heb (artikel 17 van de GDPR, het "recht op vergetelheid"). Dus bij deze: gelieve mijn account op te heffen en alles wat van mij in jullie systemen zit weg te doen, en me te laten weten wanneer dat gebeurd is.

Mijn e-mailadres bij jullie is hetzelfde als dit.

Met vriendelijke groeten,
Kristien Van Damme
Zottegem
""", "Kristien Van Damme"),

    ("correction", (), "Verzoek tot verbetering van mijn persoonsgegevens (art. 16 AVG)",
     """Mevrouw, Mijnheer,

Ondergetekende, Jan Peeters, wonende te [adres] Kerkstraat 14, 2260 Westerlo, verzoekt u hierbij, overeenkomstig artikel 16 van de Algemene Verordening Gegevensbescherming, de volgende onjuiste persoonsgegevens die u over mij verwerkt te verbeteren:

- Onjuist gegeven: e-mailadres jan.peeters@telenet.be (dit adres gebruik ik niet meer)
- Juist gegeven: janpeeters.westerlo@gmail.com

- Onjuist gegeven: adres Kerkstraat 41
- Juist gegeven: Kerkstraat 14

Als bewijs voeg ik een kopie van [document] mijn identiteitskaart (voorzijde) toe.

Ik verzoek u mij binnen de termijn van één maand te bevestigen dat de verbetering werd doorgevoerd.

Met de meeste hoogachting,

Jan Peeters
[datum] 4/3/2025
""", "Jan Peeters"),

    ("portability", (), "Data portability request",
     """Beste,

Ik wil graag gebruikmaken van mijn recht op overdraagbaarheid van gegevens (artikel 20 AVG).

Concreet vraag ik jullie om de gegevens die ik zelf heb aangeleverd en die door mijn gebruik van jullie webshop zijn ontstaan (bestelgeschiedenis, verlanglijstjes, leveradressen, de projecten die ik in jullie tuinplanner heb opgeslagen) te bezorgen in een gestructureerd, gangbaar en machineleesbaar formaat, bij voorkeur CSV of JSON. Een pdf of screenshots volstaan dus niet, ik wil ze kunnen inladen in een andere toepassing.

Account: wout.claes@hotmail.be

Groet,
Wout Claes
""", "Wout Claes"),

    ("restriction", (), "Dossier 2024/118",
     """Geachte,

In het kader van het lopende geschil over de levering van de terrasoverkapping (uw referentie 2024/118; mijn advocaat heeft u hierover op 12 december aangeschreven) vraag ik u uitdrukkelijk om de gegevens die op deze bestelling betrekking hebben NIET te wissen: de bestelgegevens, de briefwisseling met uw klantendienst, de foto's die ik heb doorgestuurd en de track & trace-gegevens van de vervoerder.

Ik heb deze gegevens nodig om mijn rechten in rechte te kunnen laten gelden. Tegelijk wens ik niet dat ze voor iets anders worden gebruikt. Ik verzoek u daarom, op grond van artikel 18, lid 1, c) AVG, de verwerking ervan te beperken: bewaren, maar verder niet gebruiken, tot het geschil is afgesloten.

Hoogachtend,
Geert Wuyts
""", "Geert Wuyts"),

    ("objection", (), "Bezwaar",
     """Geachte heer, mevrouw,

Ik maak bezwaar tegen het gebruik van mijn persoonsgegevens voor profilering en voor het tonen van gepersonaliseerde advertenties, ook via uw zogenaamde marketingpartners (Meta, Google en wie er verder in uw privacyverklaring genoemd wordt). Uit uw privacyverklaring begrijp ik dat u zich daarvoor beroept op een gerechtvaardigd belang. Ik ben het daar niet mee eens en maak daarom bezwaar op grond van artikel 21 AVG.

Concreet: stop met het koppelen van mijn klantgegevens aan advertentienetwerken en deel mijn e-mailadres (ook niet "gehasht") niet meer voor doelgroepen.

Mijn account: r.bakker@xs4all.nl

Met vriendelijke groet,
Ruben Bakker
""", "Ruben Bakker"),

    ("withdraw_consent", (), "nieuwsbrief",
     """hallo
ik wil geen nieuwsbrief meer krijgen en ook geen mails met aanbiedingen van de klantenkaart. de knop onderaan werkt niet, ik krijg een foutmelding. ik trek mijn toestemming daarvoor bij deze in.
mvg
Martine
""", "Martine Devos"),

    ("complaint", ("deletion",), "Ingebrekestelling - verzoek tot wissing van 2 januari 2025",
     """Aangetekend en per e-mail

Mevrouw, Mijnheer,

Op 2 januari 2025 heb ik u per e-mail verzocht al mijn persoonsgegevens te wissen (artikel 17 AVG). U stuurde mij op 3 januari een automatische ontvangstbevestiging (ticket #88213), maar sindsdien heb ik niets meer van u vernomen. Bovendien ontving ik op 10 en 24 februari nog reclamemails van u.

De termijn van één maand uit artikel 12, lid 3 AVG is ruimschoots verstreken. Bij deze stel ik u formeel in gebreke.

Ik verzoek u alsnog binnen 10 dagen mijn gegevens te wissen en mij dat schriftelijk te bevestigen. Blijft een antwoord uit, dan dien ik zonder verdere verwittiging klacht in bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel.

Hoogachtend,

Filip Maes
Lindelaan 7
3500 Hasselt
""", "Filip Maes"),

    ("deletion", ("objection", "withdraw_consent", "restriction"), "Verzoek op grond van de AVG",
     """Geachte heer/mevrouw,

Met deze brief doe ik een beroep op mijn rechten onder de Algemene verordening gegevensbescherming:

1. Ik verzoek u om al mijn persoonsgegevens te verwijderen (artikel 17 AVG).
2. Voor zover u mijn gegevens verwerkt op basis van een gerechtvaardigd belang, maak ik bezwaar tegen die verwerking (artikel 21 AVG).
3. Voor zover u mijn gegevens verwerkt op basis van toestemming, trek ik die toestemming in (artikel 7, lid 3 AVG).
4. Zolang de verwijdering niet is afgerond, verzoek ik u de verwerking van mijn gegevens te beperken (artikel 18 AVG).

Mijn gegevens: [naam] Sanne Hoekstra, [e-mailadres] sanne.hoekstra@ziggo.nl, [klantnummer] weet ik niet

Ik ontvang graag binnen een maand een bevestiging.

Met vriendelijke groet,
Sanne Hoekstra
""", "Sanne Hoekstra"),

    ("correction", ("access",), "klantenkaart",
     """Dag,

In mijn account zie ik dat mijn klantenkaart op naam staat van "Dirk Janssen-Claes". Claes is de naam van mijn ex-vrouw, ik heet gewoon Dirk Janssens (met s). Kunnen jullie dat aanpassen? De geboortedatum klopt ook niet, dat moet 17/08/1971 zijn.

En ik zou ook wel eens willen weten wat jullie allemaal over mij bijhouden, want er komt reclame van jullie toe op adressen waar ik al jaren niet meer woon. Stuur me aub een kopie van al mijn gegevens en van waar jullie die vandaan hebben (AVG art. 15).

Groeten
Dirk Janssens
klantenkaart 2291 0032 8870
""", "Dirk Janssens"),

    ("other", (), "Verwerkersovereenkomst - ter ondertekening",
     """Geachte heer, mevrouw,

Naar aanleiding van de verlenging van ons contract voor de verzending van uw nieuwsbrieven en transactionele e-mails (contractnummer MB-2023-0457) bezorgen wij u in bijlage onze herziene verwerkersovereenkomst (versie 3.2, februari 2025).

De belangrijkste wijzigingen ten opzichte van de vorige versie:
- bijlage 2 (lijst van subverwerkers) werd aangevuld met onze nieuwe hostingpartner in Frankfurt;
- de termijn voor de melding van een inbreuk in verband met persoonsgegevens werd ingekort van 72 naar 48 uur;
- de bepalingen over audits werden verduidelijkt.

Mogen wij u vragen de overeenkomst na nazicht te ondertekenen en uiterlijk op 31 maart aan ons terug te bezorgen? Voor juridische vragen kan u terecht bij Mr. Els Vermeulen (legal@mailbird.example).

Met vriendelijke groeten,

Tom Aerts
Account Manager
Mailbird BV - Gent
""", "Tom Aerts | Mailbird"),

    ("other", (), "Enquête bachelorproef AVG-naleving webshops",
     """Beste,

Ik ben Lotte, laatstejaarsstudente Rechtspraktijk aan een hogeschool in Kortrijk. Voor mijn bachelorproef onderzoek ik hoe Belgische webshops omgaan met de AVG, en meer bepaald met verzoeken van klanten.

Zou iemand van jullie privacyteam een korte vragenlijst willen invullen (ongeveer 10 minuten)? Enkele voorbeeldvragen:
- Hoeveel verzoeken van klanten (inzage, verwijdering, ...) ontvangen jullie gemiddeld per maand?
- Hebben jullie een DPO, intern of extern?
- Gebruiken jullie software om die verzoeken op te volgen?

De antwoorden worden anoniem verwerkt en enkel voor mijn bachelorproef gebruikt. De link naar de vragenlijst: https://forms.example/avg-webshops

Alvast heel erg bedankt!

Lotte Vercruysse
""", "Lotte Vercruysse"),
]

PEOPLE_N["fr"] = [
    ("access", (), "Demande de droit d'accès",
     """Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers.

Dans l'affirmative, je souhaiterais obtenir une copie, en langage clair, de l'ensemble de ces données (y compris celles provenant de cookies ou autres traceurs).

Je souhaiterais également connaître :
- les finalités du traitement ;
- les destinataires ou catégories de destinataires de ces données ;
- leur durée de conservation ;
- leur source, si elles n'ont pas été collectées auprès de moi.

Mes références client : n° 30078412 / adresse e-mail du compte : c.lefebvre59@orange.fr

Je vous remercie de me faire parvenir votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Lefebvre
Lille
""", "Claire Lefebvre"),

    ("deletion", (), "Demande d'effacement de données personnelles",
     """Madame, Monsieur,

En application de l'article 17.1 du règlement général sur la protection des données (RGPD), je vous prie d'effacer de vos fichiers les données personnelles suivantes me concernant : [précisez quelles données] mon compte client, mes adresses de livraison et l'historique de mes commandes.

[Si possible, précisez le motif de la demande, par ex. : je ne suis plus client de votre société.] Je n'ai plus rien commandé chez vous depuis 2021.

Dans l'hypothèse où ces données auraient été transmises à d'autres organismes, je vous remercie de leur notifier ma demande d'effacement conformément à l'article 19 du RGPD.

Vous voudrez bien me faire part de votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

[Prénom Nom]
Nathalie Dubois
rue des Tanneurs 8, 5000 Namur
""", "Nathalie Dubois"),

    ("correction", (), "Erreur dans mon nom",
     """Bonjour,

Depuis que j'ai votre carte de fidélité, vous écrivez mon nom "Hamid Ben Ali" alors que c'est "Hamid Benali", en un seul mot, comme sur ma carte d'identité. Ça pose problème quand je vais chercher un colis au point relais parce que le nom ne correspond pas, on m'en a déjà refusé un.

Merci de mettre mon nom comme il faut dans votre système (nom : BENALI, prénom : Hamid) et sur la carte elle-même si c'est possible.

Mon numéro de carte est le 2291 0155 6023.

Bien à vous,
Hamid Benali
Anderlecht
""", "Hamid Benali"),

    ("portability", (), "Portabilité",
     """Madame, Monsieur,

Conformément à l'article 20 du RGPD, je souhaite exercer mon droit à la portabilité des données que je vous ai fournies : coordonnées, historique de mes commandes (avec références des articles) et liste d'envies.

Je vous demande de transmettre directement ces données, dans un format structuré, couramment utilisé et lisible par machine, à la société Garantia SRL, qui gère désormais les garanties de mes appareils de jardin et de maison (contact : dpo@garantia.example), comme le prévoit l'article 20.2.

Si cette transmission directe n'est pas techniquement possible, merci de me les envoyer à moi-même (fichier CSV ou JSON) à l'adresse de ce courriel.

Références : compte client au nom de Sophie Marchal, sophie.marchal@skynet.be

Cordialement,
Sophie Marchal
""", "Sophie Marchal"),

    ("restriction", (), "Limitation du traitement - facture n° F2024-118734",
     """Madame, Monsieur,

Vous m'avez classé comme « client à risque » à la suite d'une prétendue facture impayée (n° F2024-118734) que j'ai pourtant réglée le 14 novembre par virement (preuve en annexe). Depuis, le paiement après livraison m'est refusé.

Je conteste l'exactitude de ces données. Sur la base de l'article 18.1.a du RGPD, je vous demande de limiter le traitement de ces informations pendant la durée nécessaire à leur vérification : elles ne doivent être ni utilisées pour prendre une décision me concernant, ni communiquées à une société de recouvrement ou à un autre tiers.

Je vous saurais gré de m'informer avant la levée de cette limitation, comme le prévoit l'article 18.3.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Lambert
""", "Olivier Lambert"),

    ("objection", (), "Opposition",
     """Madame, Monsieur,

Je m'oppose, sur le fondement de l'article 21.2 du RGPD, à ce que mes données personnelles soient utilisées à des fins de prospection commerciale, par quelque moyen que ce soit (courrier postal, téléphone, SMS, courrier électronique), ainsi qu'à leur cession, leur location ou leur mise à disposition à vos partenaires commerciaux.

Je vous remercie de prendre en compte cette opposition dans les meilleurs délais et de la répercuter auprès des partenaires à qui vous auriez déjà communiqué mes coordonnées.

Nom : GIRAUD Bernard
Adresse : 17, avenue Foch - 59700 Marcq-en-Barœul
N° client (si connu) : 

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

B. Giraud
""", "Bernard Giraud"),

    ("withdraw_consent", (), "Re: Votre newsletter",
     """Bonjour,
Merci de ne plus m'envoyer cette newsletter ni vos SMS promotionnels. Je retire le consentement que j'avais donné lors de la création de mon compte.
Cdlt
J. Moreau
""", "Julien Moreau"),

    ("complaint", ("deletion",), "Plainte - non-respect de ma demande de suppression",
     """Madame, Monsieur,

Le 15 octobre 2024, vous m'avez confirmé par écrit (votre réf. DPO-2024-771) la suppression de mon compte et de toutes mes données. Or, j'ai reçu le 3 février et le 27 février 2025 votre catalogue papier à mon nom et à mon adresse, ainsi qu'un courriel promotionnel à l'adresse qui était liée à mon compte.

Soit mes données n'ont pas été supprimées, soit elles ont été conservées ailleurs ou transmises à un tiers. Dans les deux cas, c'est contraire à ce que vous m'avez affirmé et au RGPD.

Je vous informe que j'ai déposé ce jour une plainte auprès de l'Autorité de protection des données. Je vous demande à nouveau de procéder à l'effacement complet de mes données, y compris chez vos sous-traitants et partenaires.

Isabelle Renard
Wavre
""", "Isabelle Renard"),

    ("deletion", ("withdraw_consent", "objection"), "",
     """Bonjour,

Par la présente, et en vertu du RGPD :
- je vous demande l'effacement de l'ensemble des données me concernant, dans vos systèmes comme chez vos sous-traitants (article 17) ;
- je retire mon consentement à tout traitement fondé sur celui-ci : newsletter, offres personnalisées, cookies publicitaires (article 7.3) ;
- je m'oppose à tout traitement fondé sur votre intérêt légitime, et notamment au profilage à des fins publicitaires (article 21).

Merci de me confirmer la prise en compte de ces demandes dans le délai légal d'un mois.

Cordialement,
Léa Fontaine
lea.fontaine@laposte.net
""", "Léa Fontaine"),

    ("access", ("portability",), "Demande d'accès et de portabilité (RGPD)",
     """Madame, Monsieur,

Je suis client(e) de votre société sous le numéro [numéro de client] 30051190.

Sur la base de l'article 15 du RGPD, je souhaite recevoir une copie de toutes les données à caractère personnel que vous traitez à mon sujet, ainsi que les informations relatives aux finalités, aux destinataires et à la durée de conservation de ces données.

Sur la base de l'article 20 du RGPD, je vous demande également de me fournir les données que je vous ai moi-même communiquées dans un format structuré, couramment utilisé et lisible par machine.

Conformément à l'article 12 du RGPD, vous disposez d'un mois pour répondre à ma demande.

Avec mes remerciements anticipés,

Marc Delvaux

(lettre type Test-Achats)
""", "Marc Delvaux"),

    ("other", (), "Réquisition - notice LI.43.L7.012345/2025",
     """ZONE DE POLICE DE LIÈGE
Service de Recherche locale - Section Escroqueries

Madame, Monsieur,

Dans le cadre d'une information judiciaire menée sous l'autorité du Procureur du Roi de Liège (notice LI.43.L7.012345/2025) pour des faits d'escroquerie, nous vous prions de bien vouloir nous communiquer, pour la commande n° 40031566 passée sur votre site le 22 janvier 2025, les renseignements suivants :
- nom, adresses de facturation et de livraison, adresse e-mail et numéro de téléphone renseignés ;
- adresse(s) IP et date/heure de création du compte et de passation de la commande ;
- moyen de paiement utilisé (sans le numéro complet de la carte).

Nous vous rappelons que la présente demande est confidentielle et ne peut être portée à la connaissance du titulaire du compte.

Merci d'adresser votre réponse à l'adresse fonctionnelle de notre service, en mentionnant la référence de la notice.

INP Laurent Gérard
Zone de police de Liège
""", "ZP Liège - SRL"),

    ("other", (), "Question",
     """Bonjour,

Je compte ouvrir un compte chez vous pour profiter de la carte de fidélité, mais avant cela j'ai lu votre politique de confidentialité et deux points ne sont pas clairs pour moi :

1) Vous parlez de « partenaires marketing soigneusement sélectionnés ». De quel type de sociétés s'agit-il ? Les données de la carte de fidélité leur sont-elles transmises ?
2) Combien de temps gardez-vous l'historique d'achats une fois qu'on n'utilise plus la carte ?

Je ne suis pas encore client, c'est simplement pour savoir à quoi je m'engage.

Merci d'avance et bonne journée,
Pierre-Yves Collignon
""", "Pierre-Yves Collignon"),
]

PEOPLE_N["de"] = [
    ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO",
     """Sehr geehrte Damen und Herren,

hiermit bitte ich Sie um Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten (Art. 15 Abs. 1 DSGVO). Sofern dies der Fall ist, bitte ich um Auskunft über

- diese personenbezogenen Daten sowie eine Kopie dieser Daten (Art. 15 Abs. 3 DSGVO),
- die Verarbeitungszwecke,
- die Kategorien personenbezogener Daten, die verarbeitet werden,
- die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere bei Empfängern in Drittländern,
- die geplante Dauer der Speicherung oder, falls das nicht möglich ist, die Kriterien für die Festlegung dieser Dauer,
- die Herkunft der Daten, soweit diese nicht bei mir erhoben wurden,
- das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling sowie aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung für mich.

Ich habe mir für den Eingang Ihrer Antwort eine Frist von einem Monat ab Zugang dieses Schreibens notiert [Datum: 14.04.2025]. Sollten Sie meiner Anfrage nicht fristgerecht nachkommen, behalte ich mir vor, mich an die zuständige Datenschutzaufsichtsbehörde zu wenden.

Mit freundlichen Grüßen

Sabine Hoffmann
Kundennummer: 30069924
""", "Sabine Hoffmann"),

    ("deletion", (), "Kundenkonto",
     """Guten Tag,

ich möchte mein Kundenkonto bei Ihnen auflösen und bitte Sie, dabei nichts von mir aufzubewahren, was Sie nicht gesetzlich aufbewahren müssen, also Name, Adressen, Telefonnummer, Bestellhistorie, Merkliste, die Kundenkarte (Nr. 2291 0210 4457) und was sonst noch dazugehört. Rechnungen, die Sie aus steuerlichen Gründen noch aufheben müssen, sind natürlich ausgenommen.

Eine kurze Bestätigung per Mail, wenn alles weg ist, wäre nett.

Freundliche Grüße aus Eupen
Rainer Kessler
""", "Rainer Kessler"),

    ("correction", (), "Berichtigung meiner Daten",
     """Sehr geehrte Damen und Herren,

in Ihrem System bin ich seit der Kontoeröffnung mit falschen Angaben gespeichert. Ich bitte Sie gemäß Art. 16 DSGVO um unverzügliche Berichtigung:

Anrede: gespeichert „Frau", richtig „Herr"
Nachname: gespeichert „Mueller", richtig „Müller"
Straße: gespeichert „Hauptstr. 4", richtig „Hauptstraße 4a"

Die falsche Anrede steht auf jeder Rechnung und in jeder E-Mail, das ist mittlerweile etwas lästig.

Kundennummer: 30012058

Mit freundlichen Grüßen
Jürgen Müller
Aachen
""", "Juergen Mueller"),

    ("portability", (), "Antrag auf Datenübertragung gem. Art. 20 DSGVO",
     """Sehr geehrte Damen und Herren,

unter Berufung auf Art. 20 Abs. 1 DSGVO bitte ich Sie, mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln. Dazu gehören aus meiner Sicht mindestens: Stammdaten, Lieferadressen, die Bestellhistorie mit Artikelnummern und Preisen, die Bewertungen, die ich geschrieben habe, sowie die Punktehistorie der Kundenkarte.

Als Format bitte ich um JSON oder CSV (UTF-8). Bitte senden Sie die Dateien verschlüsselt oder stellen Sie sie über einen zeitlich begrenzten Download-Link bereit.

Zur Identifikation: Konto-E-Mail t.brandt@posteo.de, Bestellung vom 02.09.2024 (Nr. 40017733).

Mit freundlichen Grüßen
Tobias Brandt
""", "Tobias Brandt"),

    ("restriction", (), "Sperrung",
     """Sehr geehrte Damen und Herren,

ich bitte um Sperrung meines Kundenkontos und der dazu gespeicherten Daten im Sinne von Art. 18 DSGVO (Einschränkung der Verarbeitung).

Ausdrücklich: bitte NICHT löschen. Ich bin für längere Zeit beruflich im Ausland und möchte das Konto samt Kundenkarte und Punkten später wieder nutzen. Bis ich mich wieder melde, sollen die Daten aber nur gespeichert und in keiner Weise verwendet oder ausgewertet werden.

Kundenkarte 2291 0301 7786

Mit freundlichen Grüßen
Ursula Becker-Nagel
""", "Ursula Becker-Nagel"),

    ("objection", (), "Widerspruch gegen die Verwendung meiner Daten zu Werbezwecken",
     """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 und 3 DSGVO der Verarbeitung meiner personenbezogenen Daten für Zwecke der Direktwerbung sowie dem damit verbundenen Profiling. Dies gilt für Werbung per Post, Telefon, E-Mail und SMS.

Ebenso widerspreche ich der Weitergabe meiner Daten an Dritte zu Werbezwecken.

Bitte bestätigen Sie mir schriftlich, dass Sie meinen Widerspruch umgesetzt haben.

Mit freundlichen Grüßen

[Vorname Name] Helga Schröder
[Straße, Hausnummer] Mühlenweg 3
[PLZ Ort] 52066 Aachen
""", "Helga Schröder"),

    ("withdraw_consent", (), "Widerruf",
     """Hallo,

hiermit widerrufe ich meine Einwilligung in den Empfang Ihres Newsletters mit sofortiger Wirkung. Der Abmeldelink führt bei mir nur auf eine leere Seite.

E-Mail: k.weber84@web.de

Gruß
Katrin Weber
""", "Katrin Weber"),

    ("complaint", ("access",), "Zweite Erinnerung: Auskunftsersuchen vom 09.01.2025",
     """Sehr geehrte Damen und Herren,

mit Schreiben vom 09.01.2025 habe ich Auskunft nach Art. 15 DSGVO verlangt. Auf meine erste Erinnerung vom 12.02.2025 haben Sie ebenfalls nicht reagiert.

Die Monatsfrist des Art. 12 Abs. 3 DSGVO ist seit Wochen abgelaufen. Ich habe deshalb heute Beschwerde bei der belgischen Datenschutzbehörde eingereicht. Eine Kopie dieser E-Mail geht an meinen Rechtsanwalt.

Unabhängig davon fordere ich Sie erneut auf, mir die Auskunft und die Datenkopie unverzüglich zu erteilen.

Mit freundlichen Grüßen
Dr. Michael Franke
""", "Dr. Michael Franke"),

    ("deletion", ("withdraw_consent", "objection", "restriction"), "Löschung meiner Daten nach Art. 17 DSGVO",
     """Sehr geehrte Damen und Herren,

ich fordere Sie hiermit auf, alle mich betreffenden personenbezogenen Daten unverzüglich zu löschen (Art. 17 Abs. 1 DSGVO).

Soweit Sie Daten auf Grundlage meiner Einwilligung verarbeiten, widerrufe ich diese hiermit (Art. 7 Abs. 3 DSGVO). Soweit Sie sich auf berechtigte Interessen stützen, lege ich Widerspruch ein (Art. 21 DSGVO).

Sollten einzelne Daten wegen gesetzlicher Aufbewahrungspflichten nicht sofort gelöscht werden dürfen, sind sie bis zum Ablauf der Frist zu sperren, d. h. ihre Verarbeitung ist einzuschränken (Art. 18 DSGVO).

Bitte informieren Sie alle Empfänger, denen Sie meine Daten offengelegt haben, über die Löschung (Art. 19 DSGVO), und bestätigen Sie mir die Umsetzung innerhalb eines Monats.

Mit freundlichen Grüßen
Anja Vogt
anja.vogt@gmx.de
""", "Anja Vogt"),

    ("complaint", ("access", "deletion"), "Weitergabe meiner Telefonnummer?!",
     """Guten Tag,

gestern Abend hat mich ein Callcenter im Auftrag eines „Partners" Ihres Shops angerufen und mir Solaranlagen angeboten. Auf meine Frage, woher die meine Nummer haben, hieß es: von Ihnen, ich hätte bei der Bestellung zugestimmt. Das habe ich definitiv nicht. Meine Handynummer habe ich ausschließlich Ihnen gegeben, und zwar für den Lieferdienst.

Ich finde das unmöglich. Ich will wissen, an wen genau Sie meine Daten weitergegeben haben und wann (Art. 15 DSGVO). Danach löschen Sie bitte meine Telefonnummer und alles andere, was Sie nicht zwingend brauchen.

Sollte sich bestätigen, dass Sie meine Daten ohne Einwilligung verkauft haben, gehe ich zur Datenschutzbehörde.

Stefan Krämer
Kundennr. 30044102
""", "Stefan Krämer"),

    ("other", (), "Auskunftsersuchen Polizeipräsidium Aachen - Az. 512000-012345-25/4",
     """Polizeipräsidium Aachen
Direktion Kriminalität - KK 25

Sehr geehrte Damen und Herren,

im Rahmen eines Ermittlungsverfahrens wegen Warenbetrugs (Az. s. o.) bitte ich Sie um Mitteilung folgender Daten zu der Bestellung Nr. 40029981 vom 17.02.2025, die an eine Packstation in Aachen geliefert wurde:

- Name und Anschrift des Bestellers, hinterlegte E-Mail-Adresse und Telefonnummer,
- IP-Adresse(n) bei Kontoerstellung und Bestellung jeweils mit Zeitstempel,
- gewählte Zahlungsart.

Die Anfrage erfolgt auf Grundlage der §§ 161, 163 StPO. Ich bitte Sie, den Kontoinhaber über diese Anfrage nicht zu informieren.

Für Rückfragen stehe ich Ihnen unter der unten angegebenen Rufnummer zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Hartmann, KHK
""", "Hartmann, KHK (PP Aachen)"),

    ("other", (), "Ihr Datenschutz - sind Sie wirklich DSGVO-konform?",
     """Sehr geehrte Damen und Herren,

seit Inkrafttreten der DSGVO sind Bußgelder gegen Onlinehändler keine Seltenheit mehr, und auch Abmahnungen wegen fehlerhafter Cookie-Banner nehmen zu.

Die DataSafe Consulting GmbH übernimmt für Sie die Rolle des externen Datenschutzbeauftragten, zum Pauschalpreis ab 149 EUR im Monat. Darin enthalten sind:

- Erstellung und Pflege des Verzeichnisses von Verarbeitungstätigkeiten
- Prüfung Ihrer Auftragsverarbeitungsverträge
- Bearbeitung von Betroffenenanfragen innerhalb der gesetzlichen Fristen
- jährliche Mitarbeiterschulung

Gerne führen wir einen kostenlosen Erstcheck Ihres Webshops durch. Antworten Sie einfach auf diese E-Mail oder buchen Sie direkt einen Termin.

Herzliche Grüße
Florian Weidner
DataSafe Consulting GmbH, Köln
""", "Florian Weidner | DataSafe Consulting"),
]

PEOPLE_N["es"] = [
    ("access", (), "EJERCICIO DEL DERECHO DE ACCESO",
     """EJERCICIO DEL DERECHO DE ACCESO

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: [.................] la tienda online
Dirección de la Oficina / Servicio ante el que se ejercita el derecho de acceso: privacy@shop.example.be
C/Plaza ........................ nº ...... C. Postal ........ Localidad ................

DATOS DEL AFECTADO O REPRESENTANTE LEGAL
D./Dª. Alejandro Ruiz Cabello, mayor de edad, con domicilio en la C/Plaza Avenue Louise nº 231, Localidad Bruselas, Provincia ................ C.P. 1050, Comunidad Autónoma ................, con D.N.I. 48******L, del que acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos (RGPD).

SOLICITA,
Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se remita por correo electrónico la siguiente información:
- Copia de mis datos personales que son objeto de tratamiento por ese responsable.
- Los fines del tratamiento, así como las categorías de datos personales que se traten.
- Los destinatarios o categorías de destinatarios a los que se han comunicado o serán comunicados mis datos personales, en particular los destinatarios en terceros países u organizaciones internacionales.
- El plazo previsto de conservación, o de no ser posible, los criterios para determinar este plazo.
- Si mis datos personales no se han obtenido directamente de mí, cualquier información disponible sobre su origen.
- La existencia de decisiones automatizadas, incluida la elaboración de perfiles, y la información significativa sobre la lógica aplicada.

En Bruselas, a 10 de marzo de 2025

Firmado: Alejandro Ruiz Cabello
""", "Alejandro Ruiz"),

    ("deletion", (), "Solicitud",
     """Buenas tardes:

Les pego en el cuerpo del correo el formulario de la AEPD para el derecho de supresión. Era clienta suya cuando vivía en Gante; ahora he vuelto a Valencia y no voy a seguir comprando.

D./Dª. Marta Gil Ferrer, mayor de edad, con domicilio en la C/Plaza [..........] Calle de Cirilo Amorós nº 54, Localidad Valencia, C.P. 46004, con D.N.I. [..........], del que acompaña copia, por medio del presente escrito ejerce el derecho de supresión, de conformidad con lo previsto en el artículo 17 del RGPD.

SOLICITA,
Que se proceda a acordar la supresión de sus datos personales en el plazo de un mes a contar desde la recepción de esta solicitud, y que se me notifique de forma escrita el resultado de la supresión practicada.
Que en caso de que se acuerde que no procede practicar total o parcialmente la supresión solicitada, se me comunique motivadamente a fin de, en su caso, reclamar ante la Autoridad de control que corresponda.

En ............ a ..... de ............ de 20.....

Un saludo,
Marta
""", "Marta Gil"),

    ("correction", (), "Rectificación de datos",
     """Estimados señores:

Me dirijo a ustedes para ejercer mi derecho de rectificación (art. 16 RGPD). En mi ficha de cliente figura un número de teléfono que no es el mío (0475 12 34 56) y que, según me han dicho en su servicio de atención al cliente, pertenece a otra persona que también se llama Javier García. El correcto es el 0486 77 90 12.

Les ruego que corrijan ese dato y que se aseguren de que no se han mezclado con los míos otros datos de esa persona (pedidos, direcciones).

Atentamente,
Javier García Montes
N.º de cliente 30088015
""", "Javier García"),

    ("portability", (), "descargar mis datos",
     """Hola,

¿Me podéis mandar en un archivo (Excel, CSV o algo así) todos los pedidos que he hecho con vosotros, con fecha, producto y precio, y los datos de mi cuenta? Lo necesito para pasarlo a otra aplicación que uso para controlar las garantías de todo lo de casa, y en la web solo se pueden ver los pedidos de uno en uno en pantalla. Tengo entendido que por el RGPD tengo derecho a recibirlos en un formato que se pueda reutilizar.

Gracias de antemano,
Lucía Navarro
lucia.navarro.b@gmail.com
""", "Lucía Navarro"),

    ("restriction", (), "Ejercicio del derecho de limitación del tratamiento",
     """Muy señores míos:

Por medio del presente escrito ejerzo el derecho a la limitación del tratamiento previsto en el artículo 18 del RGPD.

El pasado 4 de febrero mantuve una conversación por chat con su servicio de atención al cliente en relación con el pedido n.º 40025510 (un cenador que llegó con la estructura doblada). Tengo abierta una reclamación de consumo por ese pedido y necesito que dicha conversación, las fotografías que les envié y los datos del pedido se conserven, aunque su política de privacidad indique que los chats se borran a los 90 días.

Solicito, por tanto, que no se supriman esos datos y que, hasta que se resuelva la reclamación, únicamente se conserven, sin ser utilizados para ninguna otra finalidad (art. 18.1.c RGPD).

Atentamente,
Ramón Ortega Vidal
""", "Ramón Ortega"),

    ("objection", (), "Oposición al tratamiento",
     """Muy señores míos:

De acuerdo con los artículos 21.2 y 21.3 del RGPD, me opongo al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con dicha mercadotecnia. Esto incluye el envío de publicidad por correo postal, las llamadas comerciales y la comunicación de mis datos a terceras empresas con fines publicitarios.

Les informo asimismo de que estoy inscrito en la Lista Robinson.

Sin otro particular, les saluda atentamente,

D. Fernando Salas Iglesias
DNI ********Q
""", "Fernando Salas"),

    ("withdraw_consent", (), "Baja newsletter",
     """Hola, quiero darme de baja de la newsletter y de los SMS promocionales. Retiro el consentimiento que di al registrarme. La cuenta la quiero mantener, es solo lo de los correos y los mensajes.
Saludos
Carmen
""", "Carmen Vidal"),

    ("complaint", ("deletion",), "RE: Solicitud de supresión de datos - sin respuesta",
     """Buenos días:

El 20 de diciembre de 2024 les envié una solicitud de supresión de mis datos personales (les reenvío el correo original más abajo). Ha pasado más de un mes, que es el plazo que fija el artículo 12.3 del RGPD, y no he recibido ninguna respuesta, ni siquiera un acuse de recibo.

Les reitero la solicitud. Si en el plazo de diez días no recibo confirmación de que mis datos han sido suprimidos, presentaré una reclamación ante la Agencia Española de Protección de Datos, que la trasladará a la autoridad belga competente.

Un saludo,
Pilar Domínguez

---------- Mensaje reenviado ---------
De: Pilar Domínguez <pilidominguez@hotmail.es>
Fecha: vie, 20 dic 2024 a las 18:42
Asunto: Solicitud de supresión de datos
Para: <privacy@shop.example.be>

Buenas tardes, solicito la supresión de todos mis datos personales de su base de datos ...
""", "Pilar Domínguez"),

    ("deletion", ("withdraw_consent", "objection", "restriction"), "",
     """Estimados/as:

Por la presente solicito:

1) La supresión de todos los datos personales que me conciernen (art. 17 RGPD).
2) En la medida en que el tratamiento se base en mi consentimiento, lo retiro con efectos inmediatos (art. 7.3 RGPD).
3) En la medida en que se base en el interés legítimo, me opongo a él (art. 21 RGPD), en particular a la elaboración de perfiles con fines publicitarios.
4) Mientras se tramita la supresión, la limitación del tratamiento de mis datos (art. 18 RGPD).

Datos identificativos: Nombre: [NOMBRE Y APELLIDOS] Iker Etxeberria / Correo electrónico: iker.etx@gmail.com

Ruego confirmación por escrito.

Iker Etxeberria
""", "Iker Etxeberria"),

    ("access", ("portability",), "Derecho de acceso y portabilidad",
     """Cordial saludo,

Por medio de la presente quisiera solicitar una copia de toda la información personal que ustedes tienen registrada sobre mí (datos de la cuenta, historial de compras, puntos de la tarjeta de fidelización, registros de navegación si los tienen y con quién la han compartido), conforme al artículo 15 del RGPD.

Adicionalmente, solicito que los datos que yo misma les suministré me sean entregados en un formato estructurado y legible por máquina (por ejemplo JSON o CSV), según el artículo 20.

Quedo atenta a su amable respuesta.

Valentina Ospina Restrepo
Cliente n.º 30073356
""", "Valentina Ospina"),

    ("other", (), "Encuesta para TFG sobre cumplimiento del RGPD",
     """Estimado/a responsable de protección de datos:

Me llamo Pablo Herrero y soy estudiante de 4.º de Derecho en la Universidad de Salamanca. Estoy haciendo mi Trabajo de Fin de Grado sobre el cumplimiento del RGPD en el comercio electrónico europeo y, en concreto, sobre cómo gestionan las tiendas online las solicitudes de los interesados.

¿Podrían dedicar unos diez minutos a responder un breve cuestionario? Los resultados se tratarán de forma agregada y anónima, y con mucho gusto les enviaré el trabajo terminado si les interesa.

Enlace al cuestionario: https://encuestas.example/tfg-rgpd

Muchas gracias por su tiempo.
Un saludo cordial,
Pablo Herrero Sanz
""", "Pablo Herrero Sanz"),

    ("other", (), "Consulta de prensa - tarjetas de fidelización y datos de compra",
     """Buenos días:

Soy periodista de la sección de consumo de un diario digital y estoy preparando un reportaje sobre las tarjetas de fidelización de las tiendas online europeas y el uso que se hace de los datos de compra.

Me gustaría plantearles algunas preguntas:
- ¿Comparten los datos de compra de los titulares de la tarjeta con terceros? ¿Con qué fines?
- ¿Durante cuánto tiempo los conservan?
- ¿Ofrecen descuentos personalizados en función del historial de compras?

Cerramos el texto el jueves 20, así que les agradecería una respuesta antes del miércoles. Si prefieren contestar por teléfono, mi número es +34 612 448 901.

Un saludo,
Nerea Castaño
""", "Nerea Castaño"),
]

PEOPLE_N["it"] = [
    ("access", (), "Esercizio di diritti in materia di protezione dei dati personali",
     """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Il/La sottoscritto/a Giovanni Esposito nato/a a Napoli il 12/05/1979 esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15 del Regolamento (UE) 2016/679)
Il sottoscritto (barrare solo le caselle che interessano):
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare;
[X] le finalità del trattamento;
[X] le categorie di dati personali trattate;
[X] i destinatari o categorie di destinatari a cui i dati personali sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
[ ] il periodo di conservazione dei dati previsto o, se non è possibile, i criteri utilizzati per determinare tale periodo;
[X] l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
[ ] l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e le informazioni significative sulla logica utilizzata, nonché l'importanza e le conseguenze previste di tale trattamento per l'interessato.

Recapito per la risposta:
[X] Indirizzo di posta elettronica: g.esposito79@libero.it

Eventuali precisazioni
Il sottoscritto precisa (fornire eventuali spiegazioni utili o indicare eventuali documenti allegati): sono cliente con tessera fedeltà n. 2291 0422 1903.

Napoli, 7 marzo 2025
Giovanni Esposito
""", "Giovanni Esposito"),

    ("deletion", (), "Dati personali",
     """Spett.le [nome azienda],

con la presente io sottoscritta Francesca Romano, titolare dell'account registrato con l'indirizzo francesca.romano@gmail.com, chiedo la cancellazione di tutti i dati personali che mi riguardano ai sensi dell'art. 17 del Regolamento UE 2016/679 (GDPR), compresa la chiusura dell'account e della carta fedeltà.

Vi chiedo inoltre di comunicare la cancellazione agli eventuali destinatari ai quali i miei dati sono stati trasmessi (art. 19 GDPR) e di darmene conferma per iscritto entro un mese dal ricevimento della presente.

Distinti saluti
Francesca Romano
""", "Francesca Romano"),

    ("correction", (), "nome sbagliato",
     """Buongiorno,
sulla carta fedeltà e nelle vostre mail il mio nome è scritto "Nicolo Dell Acqua". Quello giusto è Nicolò Dell'Acqua, con l'accento e l'apostrofo. Lo so che sembra una sciocchezza ma il corriere non trova mai il citofono... ah, e anche il numero civico è sbagliato: è 27/B, non 27.
Potete sistemare per favore?
Grazie
Nicolò
""", "Nicolò Dell'Acqua"),

    ("portability", (), "Richiesta di portabilità dei dati (art. 20 GDPR)",
     """Spettabile Titolare del trattamento,

il sottoscritto Andrea Colombo, cliente registrato con l'indirizzo e-mail andrea.colombo@fastwebnet.it, con la presente esercita il diritto alla portabilità dei dati di cui all'art. 20 del Regolamento (UE) 2016/679 e chiede di ricevere, in un formato strutturato, di uso comune e leggibile da dispositivo automatico (ad es. CSV o JSON), i dati personali che lo riguardano da lui forniti, ivi compreso lo storico degli ordini e dei resi.

Si resta in attesa di riscontro entro il termine di un mese previsto dall'art. 12, par. 3, del Regolamento.

Distinti saluti
Andrea Colombo
""", "Andrea Colombo"),

    ("restriction", (), "Limitazione del trattamento - carta fedeltà",
     """Gentili Signori,

da qualche mese nello storico della mia carta fedeltà (n. 2291 0388 4410) compaiono acquisti che non ho mai fatto, e di conseguenza ricevo offerte del tutto estranee alle mie abitudini. Contesto l'esattezza di questi dati.

Ai sensi dell'art. 18, par. 1, lett. a), del Regolamento (UE) 2016/679, vi chiedo di limitare il trattamento dello storico acquisti associato alla mia carta per il periodo necessario a verificarne l'esattezza: i dati potranno essere conservati, ma non utilizzati per alcuna finalità fino al termine della verifica. Vi prego di informarmi prima di revocare la limitazione.

Cordiali saluti,
Elena Marchetti
""", "Elena Marchetti"),

    ("objection", (), "",
     """Il sottoscritto Roberto Ferri, nato a Bologna il 03/02/1965, esercita con la presente il diritto di opposizione di cui all'art. 21 del Regolamento (UE) 2016/679:

[X] si oppone al trattamento dei dati personali che lo riguardano effettuato per finalità di marketing diretto, compresa la profilazione connessa a tale marketing (art. 21, par. 2);
[X] si oppone al trattamento dei dati personali ai sensi dell'art. 6, paragrafo 1, lettera f) del Regolamento (UE) 2016/679, consistente nella comunicazione dei suoi dati a "partner commerciali", per i seguenti motivi legati alla sua situazione particolare: ricevo telefonate pubblicitarie di aziende terze che dichiarano di aver avuto il mio numero da voi.

Recapito per la risposta: roberto.ferri@alice.it

Bologna, 2 marzo 2025
Roberto Ferri
""", "Roberto Ferri"),

    ("withdraw_consent", (), "Revoca consenso newsletter",
     """Salve, con la presente revoco il consenso al trattamento dei miei dati per l'invio della newsletter e di comunicazioni promozionali via email e sms. Vi prego di non mandarmi piu nulla di questo tipo. L'account invece resta attivo.
Cordiali saluti
Paola Greco
""", "Paola Greco"),

    ("complaint", ("access",), "Sollecito - richiesta di accesso del 10 gennaio 2025",
     """Spett.le Titolare del trattamento,

in data 10 gennaio 2025 Vi ho inviato una richiesta di accesso ai miei dati personali ai sensi dell'art. 15 GDPR, alla quale non è seguito alcun riscontro. Il termine di un mese previsto dall'art. 12, par. 3, è ampiamente scaduto.

Vi sollecito pertanto a fornirmi quanto richiesto entro e non oltre 15 giorni dalla presente. In mancanza, proporrò reclamo al Garante per la protezione dei dati personali ai sensi dell'art. 77 del Regolamento, che provvederà a trasmetterlo all'autorità di controllo belga.

Distinti saluti
Luca Bianchi
""", "Luca Bianchi"),

    ("deletion", ("withdraw_consent", "objection"), "Richiesta ai sensi del GDPR - [nome cognome]",
     """Buonasera,

scrivo per esercitare i seguenti diritti previsti dal Regolamento (UE) 2016/679:
- cancellazione di tutti i miei dati personali (art. 17);
- revoca di tutti i consensi eventualmente prestati, compresi quelli per newsletter e profilazione (art. 7, par. 3);
- opposizione a qualsiasi ulteriore trattamento basato sul legittimo interesse (art. 21).

Nome e cognome: Simona Galli
Email dell'account: simo.galli@yahoo.it

In attesa di riscontro nei termini di legge, porgo distinti saluti.

Simona Galli
""", "Simona Galli"),

    ("access", ("deletion",), "Account",
     """Buongiorno,
vorrei chiudere il mio account, ma prima mi servirebbe una copia di tutti i dati che avete su di me (ordini, indirizzi, punti della carta, eventuali note del servizio clienti). Quando me li avete mandati potete pure cancellare tutto quanto.
Grazie mille,
Marco Rinaldi
(account: marco.rinaldi.mr@gmail.com)
""", "Marco Rinaldi"),

    ("other", (), "Questionario privacy fornitori - scadenza 31/03",
     """Gentile Fornitore,

nell'ambito del processo di qualifica e monitoraggio dei fornitori previsto dal nostro sistema di gestione privacy, Vi chiediamo di compilare il questionario allegato relativo alle misure tecniche e organizzative adottate per la protezione dei dati personali.

Ricordiamo che la Vostra società è stata designata responsabile del trattamento ai sensi dell'art. 28 GDPR per la gestione del catalogo premi del nostro programma di welfare aziendale (buoni acquisto per i dipendenti).

Il questionario dovrà essere restituito, firmato dal legale rappresentante o dal DPO, entro il 31 marzo p.v. all'indirizzo privacy.fornitori@ferramentaitalia.example. In caso di mancata risposta saremo costretti a sospendere la procedura di rinnovo del contratto.

Cordiali saluti
Ufficio Privacy & Compliance
Ferramenta Italia S.p.A.
""", "Ufficio Privacy - Ferramenta Italia S.p.A."),

    ("other", (), "Indagine sulle informative privacy degli e-commerce",
     """Gentile Responsabile,

l'Ufficio studi di un'associazione di consumatori sta svolgendo un'indagine comparativa sulle informative privacy di trenta negozi online attivi sul mercato italiano, tra cui il vostro.

Vi scriviamo per chiedere alcuni chiarimenti sulla vostra informativa (versione pubblicata sul sito a gennaio 2025):
1. quali sono le categorie di "partner" a cui vengono comunicati i dati dei clienti;
2. se i dati di navigazione vengono utilizzati per finalità di profilazione anche in assenza di acquisto;
3. per quanto tempo vengono conservati i dati degli account inattivi.

I risultati dell'indagine saranno pubblicati sulla nostra rivista; le vostre risposte, se pervenute entro il 28 marzo, saranno riportate nell'articolo.

Cordiali saluti
Dott.ssa Chiara Benedetti
Ufficio studi
""", "Chiara Benedetti"),
]

PEOPLE_N["pt"] = [
    ("access", (), "Pedido de acesso a dados pessoais",
     """Exmos. Senhores,

Eu, Ana Rita Carvalho Sousa, portadora do Cartão de Cidadão n.º [..........], residente na Rue Haute 112, 1000 Bruxelas, venho, ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD), solicitar que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me seja facultado o acesso aos mesmos, bem como às seguintes informações:

a) finalidades do tratamento;
b) categorias de dados pessoais em questão;
c) destinatários a quem os dados foram ou serão divulgados;
d) prazo de conservação previsto;
e) origem dos dados, caso não tenham sido recolhidos junto de mim;
f) existência de decisões automatizadas, incluindo a definição de perfis.

Solicito que a resposta me seja enviada por correio eletrónico, no prazo de um mês, nos termos do n.º 3 do artigo 12.º do RGPD.

Com os melhores cumprimentos,
Ana Rita Sousa
""", "Ana Rita Sousa"),

    ("deletion", (), "Conta",
     """Bom dia,

Já não uso a vossa loja e não quero que continuem a guardar as minhas coisas: nome, morada, telefone, encomendas antigas, tudo. Peço que fechem a minha conta e apaguem os meus dados (artigo 17.º do RGPD, o chamado "direito a ser esquecido") e que me confirmem por escrito quando estiver feito.

Obrigado
Rui Figueiredo
""", "Rui Figueiredo"),

    ("correction", (), "Retificação de dados - NIF",
     """Boa tarde,

Reparei que nas últimas faturas o meu número de contribuinte aparece errado: está 213 456 780, quando o correto é 213 456 870 (trocaram o 7 com o 8). Como preciso das faturas para o IRS, agradeço que retifiquem o NIF na minha ficha de cliente e, se possível, que voltem a emitir as faturas de janeiro e fevereiro com o número certo.

Cumprimentos,
Hélder Matos
Cliente n.º 30090217
""", "Hélder Matos"),

    ("portability", (), "Portabilidade dos meus dados",
     """Prezados,

Moro na Bélgica há 3 anos e sou cliente de vocês. Gostaria de exercer meu direito à portabilidade (art. 20 do GDPR; no Brasil seria o art. 18 da LGPD, rs). Peço que me enviem os dados que eu forneci e o histórico de pedidos em formato estruturado e legível por máquina (CSV ou JSON), para eu poder importar em outro serviço.

Meu e-mail de cadastro é este mesmo.

Atenciosamente,
Thiago Albuquerque
""", "Thiago Albuquerque"),

    ("restriction", (), "Pedido",
     """Exmos. Senhores,

Vou estar ausente cerca de um ano, em missão de cooperação em Moçambique. Não pretendo encerrar a minha conta nem perder os pontos do cartão de cliente, mas também não quero que, durante esse período, os meus dados sejam utilizados para o que quer que seja.

Assim, ao abrigo do artigo 18.º do RGPD, solicito a limitação do tratamento dos meus dados pessoais: que sejam apenas conservados, sem qualquer outra utilização, até voltar a contactar-vos.

Cartão de cliente n.º 2291 0467 3318

Com os melhores cumprimentos,
Joana Pereira Lopes
""", "Joana Lopes"),

    ("objection", (), "Publicidade personalizada",
     """Boa noite,

Desde que comprei um grelhador no vosso site, vejo anúncios vossos em todo o lado: Facebook, Instagram, até no site do jornal. Li a vossa política de privacidade e percebi que partilham os dados dos clientes com "parceiros de marketing" com base no vosso interesse legítimo.

Oponho-me a isso, nos termos do artigo 21.º do RGPD. Não quero que os meus dados de compras sejam usados para definir o meu perfil nem enviados a redes de publicidade.

Cumprimentos,
Sérgio Nunes
""", "Sérgio Nunes"),

    ("withdraw_consent", (), "Newsletter",
     """Olá,
Retiro o consentimento que dei para receber a newsletter e promoções por email. Não encontro o link para cancelar a subscrição, por isso escrevo para aqui.
Obg
Inês
""", "Inês Correia"),

    ("complaint", ("access",), "Re: Pedido de acesso a dados pessoais",
     """Exmos. Senhores,

Em 7 de janeiro enviei-vos um pedido de acesso aos meus dados pessoais, nos termos do artigo 15.º do RGPD. Passaram mais de dois meses e não obtive qualquer resposta, apesar de o n.º 3 do artigo 12.º fixar o prazo de um mês.

Informo que nesta data apresentei queixa junto da Comissão Nacional de Proteção de Dados (CNPD), que a encaminhará para a autoridade belga. Continuo a aguardar que me facultem os dados pedidos.

Com os melhores cumprimentos,
Manuel Teixeira
""", "Manuel Teixeira"),

    ("deletion", ("withdraw_consent", "objection"), "Exercício de direitos - RGPD",
     """Exmos. Senhores,

Nos termos do RGPD, venho por este meio:

1. Solicitar o apagamento de todos os dados pessoais que me dizem respeito (artigo 17.º);
2. Retirar o consentimento que tenha dado para qualquer tratamento, nomeadamente o envio de newsletter e de comunicações de marketing (artigo 7.º, n.º 3);
3. Opor-me a qualquer tratamento baseado em interesses legítimos, incluindo a definição de perfis (artigo 21.º).

Peço ainda que informem os destinatários a quem os dados tenham sido comunicados (artigo 19.º).

Identificação: [nome completo] Carla Sofia Mendes | e-mail: carlamendes@sapo.pt

Com os melhores cumprimentos,
Carla Mendes
""", "Carla Mendes"),

    ("correction", ("restriction",), "Morada errada",
     """Boa tarde,

A morada que têm associada à minha conta não é a minha: é a de um antigo colega de casa, e já lá foram parar duas encomendas e o cartão de cliente. A minha morada correta é Avenue de la Couronne 201, 1050 Ixelles.

Peço que corrijam a morada. E, até confirmarem a alteração, peço que não usem a morada antiga para nada (envios, publicidade, nada), mantendo-a apenas guardada, ao abrigo do artigo 18.º do RGPD.

Obrigado,
Paulo Ribeiro
""", "Paulo Ribeiro"),

    ("other", (), "Questionário - dissertação de mestrado",
     """Exmos. Senhores,

Chamo-me Beatriz Faria e sou estudante do Mestrado em Direito e Informática da Universidade do Minho. A minha dissertação incide sobre a forma como as lojas online europeias cumprem o RGPD na gestão dos pedidos dos titulares dos dados.

Gostaria de saber se alguém da vossa equipa de proteção de dados estaria disponível para responder a um questionário curto (cerca de 15 minutos), ou para uma breve entrevista por videochamada. As respostas serão tratadas de forma anónima e utilizadas exclusivamente para fins académicos.

Link: https://inqueritos.example/rgpd-ecommerce

Desde já agradeço a atenção.

Com os melhores cumprimentos,
Beatriz Faria
""", "Beatriz Faria"),

    ("other", (), "Esclarecimento sobre a política de cookies",
     """Exmos. Senhores,

Ao consultar o vosso site reparei que a política de cookies refere cookies "de análise" e "de terceiros", mas não indica quais os fornecedores nem durante quanto tempo ficam guardados no navegador.

Podem esclarecer-me quais são esses terceiros e se algum deles transfere dados para fora da União Europeia? Pergunto apenas por curiosidade profissional: trabalho em conformidade numa empresa de retalho em Lisboa e estamos a rever a nossa própria política.

Obrigado pela atenção.

Cumprimentos,
Nuno Vasconcelos
""", "Nuno Vasconcelos"),
]

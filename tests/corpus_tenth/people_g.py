"""Tenth set, people: letters made with tools and templates. Written apart from the rules (see make_tenth.py)."""

PEOPLE_G = {
    "en": [
        ("access", ("portability",),
         "Data Subject Access Request - Article 15 and 20 GDPR - Ref. 4471-KD",
         """To: Data Protection Officer
Shop Example NV
privacy@shop.example.be

Date: 14 March

Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (EU) 2016/679 ("GDPR").

Please confirm whether or not you process personal data concerning me and, where that is the case, provide me with:

1. a copy of all personal data you hold about me;
2. the purposes of the processing;
3. the categories of personal data concerned;
4. the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries;
5. the envisaged period for which the data will be stored, or the criteria used to determine that period;
6. the source of the data, where they were not collected from me;
7. the existence of automated decision-making, including profiling, and meaningful information about the logic involved.

In addition, under Article 20 GDPR, I request that the personal data I have provided to you (account details, order history, loyalty card transactions) be supplied in a structured, commonly used and machine-readable format such as CSV or JSON.

To help you locate my data:
Name: Kieran Doyle
Email used for account: k.doyle1987@mailbox.example
Loyalty card no.: 6300 0412 7789
Postal address: 22 Rue des Tanneurs, 1000 Brussels

You have one month from receipt of this request to respond (Article 12(3) GDPR). If you need further information to verify my identity, please let me know promptly.

This letter was generated with the help of a free online tool. Please reply to the email address above.

Yours faithfully,
Kieran Doyle""",
         "Kieran Doyle"),
        ("deletion", ("withdraw_consent", "objection"),
         "Erasure request on behalf of our client - Case #RM-2291847",
         """Hello,

OptOutNow acts as authorised agent for the individual named below. A signed mandate and a copy of the client's ID (with the photo and national number redacted) are attached to this message.

Client: Mrs. Anneliese Verhoeven
Email addresses: anneliese.v@webmail.example, a.verhoeven@work.example
Phone: +32 470 55 81 20

On behalf of our client we request that you:

- erase all personal data relating to her without undue delay (Art. 17(1) GDPR), including data held by processors acting for you;
- treat any consent she may have given (newsletter, partner offers, loyalty programme communications) as withdrawn with immediate effect (Art. 7(3) GDPR);
- stop any processing of her data for direct marketing purposes, including profiling related to such marketing (Art. 21(2) and (3) GDPR);
- inform every recipient to whom her data were disclosed of the erasure, as required by Art. 19 GDPR.

Where you are legally obliged to retain certain records (e.g. invoices), please specify which records and the legal basis, and delete everything else.

Please send your confirmation to this address, quoting the case number. Do not contact our client directly about this request unless strictly necessary.

Kind regards,

Requests Team
OptOutNow - your data, your call
This message relates to case RM-2291847. Attachments: mandate_RM-2291847.pdf, id_redacted.pdf""",
         "OptOutNow Requests"),
        ("objection", (),
         "",
         """hi

your privacy page says you "may share customer data with selected marketing partners" and use purchase history "to personalise offers". I'd rather you didn't, at least not with mine.

I found this line online and I'm using it: "I object, pursuant to Article 21 GDPR, to the processing of my personal data for marketing purposes, including profiling and any disclosure to third parties for their own marketing."

In plain words: don't pass my stuff on to anyone for ads anymore and don't build a profile on me for that. I'm happy to keep my account and keep ordering.

Martin Kowalczyk-Reed
account: mkreed@postbox.example""",
         "Martin Reed"),
        ("complaint", ("access",),
         "FW: Data Subject Access Request - Article 15 GDPR - SECOND REQUEST",
         """Dear Data Protection Officer,

On 3 January I sent you the request below (copied at the end of this email). Today is 17 February. I have received no acknowledgement, no answer and no request for further identification.

Article 12(3) GDPR requires you to respond within one month of receipt. That deadline has passed.

I therefore again request the information and copy of my personal data set out in my original letter. If I do not receive a complete response within 14 days, I will lodge a complaint with the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données) without further notice, and I will attach this correspondence.

Regards,
Priya Raman

---------- Forwarded message ----------
From: Priya Raman
Date: 3 Jan
Subject: Data Subject Access Request - Article 15 GDPR
To: privacy@shop.example.be

Dear Sir or Madam,
Please supply the personal data you hold about me, as I am entitled to under Article 15 GDPR, together with the information listed in Art. 15(1)(a)-(h)...
[generated by mydatarequest tool]""",
         "Priya Raman"),
        ("restriction", (),
         "Request to restrict processing (Article 18(1)(c) GDPR) - please do NOT delete",
         """Dear privacy team,

I am in a dispute with your company about a greenhouse that arrived broken (order 20231187-BE). My solicitor advises me to keep evidence, and I understand that you may soon delete inactive accounts under your retention policy.

I am therefore using the template my legal insurer gave me:

"I request the restriction of processing of my personal data under Article 18(1)(c) GDPR. You no longer need the data for your purposes, but I require them for the establishment, exercise or defence of legal claims."

Concretely: please keep my account, order history, the photos I uploaded and all chat/email exchanges with customer service, but do not use them for anything else in the meantime (no marketing, no analytics). Please do not erase them until I tell you the dispute is over.

Please confirm that the restriction is in place.

Thank you,
Gwen Halloran
Flat 3, 41 Chaussée de Wavre, 1050 Ixelles""",
         "Gwen Halloran"),
        ("portability", (),
         "my order history as a file",
         """Hello,

I'm moving my household inventory to a spreadsheet app (for insurance), and I'd like all my orders from your shop in a file I can import, CSV or Excel is fine. Product names, dates, prices, delivery address. Ideally everything since I opened the account in 2019.

Somebody on a forum said I have a right to this under "data portability" so I'm asking here rather than copy-pasting 60 orders by hand.

Account email: theo.brandt@fastmail.example

Cheers
Theo""",
         "Theo Brandt"),
        ("other", (),
         "Consumer guide 2025: how do online retailers handle data requests? (reply by 30 April)",
         """Dear Sir or Madam,

Every year our association publishes a free guide for consumers on exercising their privacy rights with online retailers. For the 2025 edition we are listing, for each retailer, the address people should write to and how requests are handled.

We would be grateful if you could answer these short questions:

1. Is privacy@shop.example.be the correct address for data protection requests, or is there a web form?
2. Do you ask for proof of identity, and if so which documents?
3. What is your usual response time?
4. May we link to your privacy notice from the guide?

You are of course free not to answer; in that case we will mention "no reply received".

With kind regards,

Helen McAllister
Research & Campaigns
European Shoppers' Rights Network""",
         "Helen McAllister"),
        ("automated", (),
         "Re: Erasure request on behalf of our client - Case #RM-2291847 [auto-reply]",
         """Thank you for your message.

This is an automated confirmation that your reply has been attached to case RM-2291847. A member of our Requests Team will review it within 5 business days.

Please do not change the subject line, as it contains the case reference.

This mailbox does not accept attachments larger than 10 MB.

OptOutNow - your data, your call
This is an automated message. Replies to this address are processed by our ticketing system.""",
         "OptOutNow Requests"),
    ],
    "nl": [
        ("deletion", (),
         "Verzoek tot verwijdering van persoonsgegevens (artikel 17 AVG)",
         """Aan: Shop Example NV
t.a.v. de functionaris voor gegevensbescherming
privacy@shop.example.be

Betreft: verzoek tot verwijdering van persoonsgegevens

Geachte heer, mevrouw,

Op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u alle persoonsgegevens die u over mij verwerkt te wissen.

Ik doe dit verzoek omdat de gegevens niet langer nodig zijn voor de doeleinden waarvoor zij zijn verzameld. Mijn laatste bestelling dateert van 2021 en ik wens geen klant meer te zijn.

Mijn gegevens:
Naam: Hilde Van Damme
Adres: Kerkstraat 14, 9300 Aalst
E-mailadres: hilde.vandamme@telenet.example
Klantnummer: 00817734

Ik verzoek u mij binnen een maand na ontvangst van deze brief schriftelijk te bevestigen dat mijn gegevens zijn gewist, zoals voorzien in artikel 12, lid 3 AVG. Indien u niet (tijdig) reageert, kan ik een klacht indienen bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groet,

Hilde Van Damme

(voorbeeldbrief van een consumentenorganisatie)""",
         "Hilde Van Damme"),
        ("access", (),
         "inzageverzoek",
         """Geachte,

Graag wens ik gebruik te maken van mijn recht op inzage zoals bepaald in artikel 15 van de AVG.

Ik verzoek u mij mee te delen of u persoonsgegevens van mij verwerkt. Indien dat het geval is, wil ik graag een kopie ontvangen van die gegevens, en daarnaast informatie over:
- de verwerkingsdoeleinden;
- de betrokken categorieën van persoonsgegevens;
- de ontvangers aan wie mijn gegevens zijn of worden verstrekt;
- hoe lang mijn gegevens worden bewaard;
- de bron van de gegevens, als u ze niet bij mij hebt verkregen;
- of er sprake is van geautomatiseerde besluitvorming of profilering.

Ter identificatie: ik ben klant met de getrouwheidskaart nummer 6300 0198 2210, geregistreerd op het e-mailadres waarmee ik deze mail verstuur.

Ik heb deze brief opgesteld aan de hand van het model op de website van de Gegevensbeschermingsautoriteit.

Hoogachtend,
Jef Peeters
Molenstraat 3 bus 2
2800 Mechelen""",
         "Jef Peeters"),
        ("correction", (),
         "Re: uw bestelling is onderweg",
         """Goedemiddag,

Telkens ik iets bestel komt het op het verkeerde adres toe, want in mijn account staat nog ons oude adres en dat kan ik blijkbaar zelf niet wijzigen (de knop doet niks). En mijn achternaam is ook fout geschreven: het is Verbeeck met ck, niet Verbeek.

Ik heb op internet gelezen dat ik op basis van art. 16 AVG mag vragen dat onjuiste gegevens "onverwijld worden gerectificeerd". Bij deze dus:

Juiste naam: Annelies Verbeeck
Juist adres: Beukenlaan 27, 3000 Leuven (vroeger: Tiensesteenweg 112, 3001 Heverlee)

Kunnen jullie dat aanpassen in het klantenbestand en ook op mijn klantenkaart?

Bedankt!
Annelies""",
         "Annelies Verbeeck"),
        ("withdraw_consent", (),
         "Intrekking toestemming",
         """Geachte heer/mevrouw,

Hierbij trek ik mijn toestemming in voor het ontvangen van uw nieuwsbrief en andere commerciële e-mails en sms'jes (artikel 7, lid 3 AVG).

De afmeldlink onderaan uw mails werkt bij mij niet ("pagina niet gevonden").

E-mail: rudi.claes@skynet.example
GSM: 0478 12 34 56

Met vriendelijke groeten,
Rudi Claes

Verstuurd vanaf mijn iPhone""",
         "Rudi Claes"),
        ("objection", ("restriction",),
         "Bezwaar tegen verwerking - art. 21 AVG - dossier PRV-NL-55810",
         """Geachte functionaris voor gegevensbescherming,

Privacyhulp Vlaanderen treedt op namens onze cliënt, de heer Bart Wouters (geboren 12/05/1979, e-mail b.wouters@proximus.example). De door hem ondertekende volmacht vindt u in bijlage.

Namens onze cliënt maken wij bezwaar tegen:
1. het gebruik van zijn persoonsgegevens voor direct marketing, waaronder het opstellen van een koopprofiel op basis van zijn bestelgeschiedenis en surfgedrag (art. 21, lid 2 AVG);
2. het delen van zijn gegevens met uw "marketingpartners" zoals vermeld in uw privacyverklaring.

Voor zover u zich voor bepaalde verwerkingen op uw gerechtvaardigd belang beroept, verzoeken wij u die verwerkingen te beperken zolang u nog niet hebt beoordeeld of uw belangen zwaarder wegen dan die van onze cliënt (art. 18, lid 1, d AVG).

Uw antwoord ontvangen wij graag op dit adres, met vermelding van het dossiernummer.

Met vriendelijke groet,

Lotte Jacobs
Dossierbeheerder
Privacyhulp Vlaanderen vzw
Bijlage: volmacht_Wouters.pdf""",
         "Privacyhulp Vlaanderen - Lotte Jacobs"),
        ("complaint", ("deletion",),
         "TWEEDE VERZOEK - verwijdering gegevens - geen reactie ontvangen",
         """Geachte,

Op 9 september heb ik u per e-mail gevraagd al mijn gegevens te verwijderen (brief gemaakt via de website van een consumentenorganisatie). Ik heb tot op vandaag niets gehoord, geen ontvangstbevestiging, niks. Ondertussen krijg ik wel nog steeds jullie reclame.

Dat is niet in orde. De termijn van één maand uit de AVG is ruimschoots verstreken.

Ik vraag u dan ook nogmaals mijn account en al mijn gegevens te wissen. Gebeurt dat niet binnen de 14 dagen, dan dien ik klacht in bij de Gegevensbeschermingsautoriteit. Een kopie van deze mail bewaar ik.

Sofie De Smet""",
         "Sofie De Smet"),
        ("other", (),
         "sorry, verkeerde bestemmeling",
         """Beste,

Ik heb daarnet een brief naar jullie gemaild met als onderwerp "Verzoek om inzage art. 15 AVG", maar die was eigenlijk bedoeld voor mijn energieleverancier. Ik heb een tool gebruikt die de adressen invult en ik heb het verkeerde bedrijf aangeklikt.

Jullie mogen die mail dus gewoon negeren, er moet niets mee gebeuren.

Excuses voor het ongemak!
Gr,
Koen Maes""",
         "Koen Maes"),
        ("deletion", ("restriction",),
         "verwijdering account + gegevens",
         """Dag,

Ik wil dat mijn account bij jullie verdwijnt, met alles erop en eraan: mijn adres, mijn bestellingen voor zover jullie die niet wettelijk moeten bijhouden, mijn klantenkaart, mijn voorkeuren.

Ik heb een standaardbrief gevonden waar dit in stond en dat wil ik er ook bij: "In afwachting van de wissing verzoek ik u de verwerking van mijn gegevens te beperken overeenkomstig artikel 18 AVG." Dus tot het gewist is, niks meer mee doen aub.

Laat maar weten wanneer het gedaan is.

Groeten,
Wim Janssens
wim.janssens78@gmail.example""",
         "Wim Janssens"),
    ],
    "fr": [
        ("access", (),
         "Demande de droit d'accès",
         """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données personnelles me concernant figurent dans vos fichiers et, le cas échéant, de m'en adresser une copie.

Je vous remercie de me préciser également :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires auxquels ces données ont été ou seront communiquées ;
- la durée de conservation envisagée ;
- l'origine des données si elles n'ont pas été collectées auprès de moi ;
- l'existence éventuelle d'une prise de décision automatisée, y compris un profilage.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre (article 12.3 du RGPD).

Vous trouverez ci-joint une copie de ma carte d'identité.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Fontaine
17, rue du Marché
5000 Namur
N° client : BE-2284410""",
         "Claire Fontaine"),
        ("deletion", ("withdraw_consent", "objection"),
         "Effacement de mes données + retrait consentement",
         """Bonjour,

Je ne souhaite plus que votre société conserve quoi que ce soit me concernant. J'ai repris les phrases d'un modèle trouvé sur le site d'une association de consommateurs, je les colle ci-dessous :

« Je vous demande l'effacement de l'ensemble de mes données personnelles dans les meilleurs délais (article 17 du RGPD) et de notifier cet effacement à chaque destinataire auquel elles ont été communiquées (article 19 du RGPD).
Je retire par ailleurs mon consentement au traitement de mes données à des fins de prospection (article 7.3 du RGPD).
Enfin, je m'oppose à tout traitement de mes données à des fins de prospection commerciale, y compris le profilage (article 21.2 du RGPD), jusqu'à l'effacement effectif. »

Mon compte est au nom de Thierry Lambert, adresse mail thierry.lambert@voo.example. Fermez-le aussi svp.

Merci de me confirmer par écrit quand c'est fait.

Thierry Lambert""",
         "Thierry Lambert"),
        ("portability", (),
         "Portabilité - transmission directe à un autre responsable du traitement",
         """Madame, Monsieur,

Conformément à l'article 20 du RGPD, je souhaite que les données personnelles que je vous ai fournies (coordonnées, historique de commandes, points de fidélité et préférences) soient transmises directement à la société Maison & Jardin Direct SRL, dans un format structuré, couramment utilisé et lisible par machine.

Contact chez le destinataire : dpo@maisonjardin-direct.example

Si une transmission directe n'est pas techniquement possible, je vous demande de me les envoyer à moi-même dans ce format (CSV ou JSON).

Références de mon compte : Nadia Benali - nadia.benali@outlook.example - carte fidélité 6300 0551 0847.

Cordialement,
Nadia Benali""",
         "Nadia Benali"),
        ("restriction", (),
         "Limitation du traitement (art. 18 RGPD) - gel de mon compte",
         """Madame, Monsieur,

Je pars travailler deux ans à l'étranger et je ne souhaite ni supprimer mon compte client ni perdre mes points de fidélité (environ 4.300 points).

En revanche, pendant cette période, je demande la limitation du traitement de mes données au sens de l'article 18 du RGPD : vous pouvez les conserver, mais elles ne doivent plus être utilisées à aucune autre fin (pas d'analyse, pas de segmentation, pas d'envoi) jusqu'à ce que je vous recontacte. Je ne demande pas leur effacement.

Je vous remercie de m'informer avant toute levée de cette limitation, comme le prévoit l'article 18.3.

Salutations distinguées,

Julien Dubois
Avenue Louise 210, 1050 Bruxelles
julien.dubois@skynet.example""",
         "Julien Dubois"),
        ("complaint", ("access",),
         "Relance - demande d'accès du 2 février restée sans réponse",
         """LETTRE RECOMMANDÉE AVEC ACCUSÉ DE RÉCEPTION - copie par courriel

Objet : Relance - exercice du droit d'accès

Madame, Monsieur,

Par courrier du 2 février dernier, dont vous trouverez copie en annexe, je vous ai demandé, sur le fondement de l'article 15 du RGPD, de me communiquer l'ensemble des données me concernant.

À ce jour, soit plus de deux mois plus tard, je n'ai obtenu aucune réponse, ce qui constitue un manquement à vos obligations au titre de l'article 12 du RGPD.

Je réitère donc ma demande. À défaut de réponse sous quinze jours, je saisirai l'Autorité de protection des données d'une plainte, sans autre avis.

Veuillez agréer, Madame, Monsieur, mes salutations.

Sandrine Mertens
PJ : courrier du 2 février""",
         "Sandrine Mertens"),
        ("objection", (),
         "Opposition à la prospection commerciale - mandat ci-joint - réf. DEF-78421",
         """Bonjour,

Le cabinet Effacéo intervient en qualité de mandataire de Mme Élodie Rousseau (elodie.rousseau@free.example, 06 12 45 78 90), conformément au mandat signé joint au présent message.

Notre mandante s'oppose, sur le fondement de l'article 21.2 du RGPD, à l'utilisation de ses données à des fins de prospection commerciale, par quelque canal que ce soit (courrier postal, e-mail, SMS, téléphone, publicité ciblée), ainsi qu'à la cession ou la location de ses données à vos partenaires.

Ce droit d'opposition est absolu et ne requiert aucune justification. Nous vous remercions de confirmer sa prise en compte à l'adresse reponses@effaceo.example en rappelant notre référence.

Cordialement,

Service Demandes
Effacéo - Reprenez la main sur vos données""",
         "Effacéo - Service Demandes"),
        ("other", (),
         "Enquête : le respect des droits RGPD dans le commerce en ligne",
         """Madame, Monsieur,

Notre association mène actuellement une enquête sur la manière dont les enseignes de vente en ligne répondent aux demandes de leurs clients concernant leurs données personnelles. Les résultats seront publiés dans notre magazine de juin.

Dans ce cadre, nous aimerions vous poser quelques questions :
- combien de demandes (accès, effacement, opposition…) recevez-vous environ par an ?
- disposez-vous d'un délégué à la protection des données ?
- quel est votre délai moyen de réponse ?

Nous vous serions reconnaissants de nous répondre avant le 15 mai. Une absence de réponse sera mentionnée comme telle.

Bien à vous,

Catherine Leroy
Service Études
Association belge de défense des consommateurs""",
         "Catherine Leroy"),
        ("automated", (),
         "Réponse automatique : Re: Demande de droit d'accès",
         """Bonjour,

Je suis absente du bureau jusqu'au 22 avril inclus, avec un accès limité à mes e-mails.

Pour toute urgence, vous pouvez contacter mon collègue Marc au 02 555 01 23.

Bien cordialement,
Claire Fontaine""",
         "Claire Fontaine"),
    ],
    "de": [
        ("access", ("portability",),
         "Anfrage nach Art. 15 DSGVO (Auskunft und Datenkopie) - meine Referenz: 2024-0611-7QX",
         """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 15 DSGVO Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall, verlange ich Auskunft über

- die Verarbeitungszwecke,
- die Kategorien personenbezogener Daten, die verarbeitet werden,
- die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere bei Empfängern in Drittländern,
- die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
- die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,
- das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling (Art. 22 DSGVO) sowie aussagekräftige Informationen über die involvierte Logik.

Ich bitte zudem um eine Kopie der Daten gemäß Art. 15 Abs. 3 DSGVO. Die Daten, die ich Ihnen selbst bereitgestellt habe, stellen Sie mir bitte nach Art. 20 DSGVO zusätzlich in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. JSON oder CSV) zur Verfügung.

Zur Identifikation habe ich unten die Daten angegeben, die Sie voraussichtlich über mich gespeichert haben. Ich weise darauf hin, dass Sie nach Art. 12 Abs. 3 DSGVO unverzüglich, spätestens aber innerhalb eines Monats antworten müssen.

Mit freundlichen Grüßen

Lena Hoffmann
Name: Lena Hoffmann
E-Mail: lena.hoffmann@posteo.example
Kundennummer: 4410392
Adresse: Rue de la Loi 155, 1040 Etterbeek

-- 
Diese Anfrage wurde mit einem Online-Generator für Datenschutzanfragen erstellt. Antworten Sie bitte an die oben genannte E-Mail-Adresse.""",
         "Lena Hoffmann"),
        ("deletion", ("withdraw_consent",),
         "Löschung meiner Daten",
         """Guten Tag,

ich habe mein Kundenkonto seit Jahren nicht mehr genutzt und möchte, dass Sie alles über mich löschen. Ich habe mir dazu Textbausteine aus einem Musterschreiben kopiert:

„Ich fordere Sie auf, sämtliche mich betreffenden personenbezogenen Daten unverzüglich zu löschen (Art. 17 Abs. 1 DSGVO) und alle Empfänger, denen Sie diese Daten offengelegt haben, über die Löschung zu informieren (Art. 19 DSGVO).
Zugleich widerrufe ich alle Einwilligungen, die ich Ihnen gegenüber erteilt habe, mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO).“

Soweit Sie Rechnungen aus steuerlichen Gründen noch aufbewahren müssen, ist das in Ordnung, aber dann bitte nur dafür.

Eine kurze Bestätigung wäre nett.

Viele Grüße
Stefan Brückner
stefan.brueckner@gmx.example""",
         "Stefan Brückner"),
        ("correction", (),
         "Berichtigung falscher Daten gem. Art. 16 DSGVO",
         """Sehr geehrte Damen und Herren,

bei der Kontrolle meines Kundenkontos ist mir aufgefallen, dass dort folgende Angaben unrichtig sind:

bisher gespeichert: Geburtsdatum 03.11.1986 / Name: Jürgen Schaefer
richtig ist: Geburtsdatum 11.03.1986 / Name: Jürgen Schäfer

Ich bitte Sie, diese Daten gemäß Art. 16 DSGVO unverzüglich zu berichtigen und mir die Berichtigung kurz zu bestätigen. Das falsche Geburtsdatum führt übrigens dazu, dass mein Geburtstagsgutschein immer im falschen Monat kommt.

Mit freundlichen Grüßen
Jürgen Schäfer
Kundennr. 3320188""",
         "Juergen Schaefer"),
        ("withdraw_consent", (),
         "Widerruf",
         """Hallo,

ich widerrufe meine Einwilligung in den Erhalt Ihres Newsletters und sonstiger Werbung per E-Mail, mit sofortiger Wirkung.

Bitte nicht noch eine Bestätigungsmail „Schade, dass du gehst“ mit Gutschein schicken.

M. Krüger""",
         "Monika Krüger"),
        ("objection", (),
         "Widerspruch gegen die Weitergabe meiner Daten zu Werbezwecken",
         """Absender:
Karl-Heinz Vogt
Hauptstraße 8
4700 Eupen

An
Shop Example NV
Datenschutz
per E-Mail an privacy@shop.example.be

Eupen, den 4. Juni

Widerspruch nach Art. 21 DSGVO

Sehr geehrte Damen und Herren,

ich bin Kunde bei Ihnen (Kundennummer 2290017). In Ihrer Datenschutzerklärung heißt es, dass Sie Kundendaten an „ausgewählte Marketingpartner“ weitergeben und für personalisierte Werbung auswerten.

Dieser Verarbeitung meiner Daten zu Zwecken der Direktwerbung, einschließlich eines damit verbundenen Profilings, widerspreche ich hiermit. Meine Daten dürfen ab sofort nicht mehr an Dritte zu Werbezwecken weitergegeben werden.

Bitte bestätigen Sie mir schriftlich, dass Sie meinen Widerspruch umgesetzt haben.

Mit freundlichen Grüßen

Karl-Heinz Vogt

(Musterbrief der Verbraucherberatung, ergänzt)""",
         "Karl-Heinz Vogt"),
        ("complaint", ("deletion",),
         "Erinnerung: Löschantrag vom 12.08. - Frist abgelaufen",
         """Sehr geehrte Damen und Herren,

am 12. August habe ich Sie aufgefordert, meine personenbezogenen Daten nach Art. 17 DSGVO zu löschen. Eine Antwort habe ich bis heute nicht erhalten, obwohl die Monatsfrist des Art. 12 Abs. 3 DSGVO seit dem 12. September abgelaufen ist. Stattdessen haben Sie mir letzte Woche einen Katalog geschickt.

Ich fordere Sie hiermit letztmalig auf, meine Daten zu löschen und mir dies bis zum 10. Oktober zu bestätigen.

Nach fruchtlosem Ablauf dieser Frist werde ich mich ohne weitere Ankündigung bei der zuständigen Datenschutzaufsichtsbehörde beschweren.

Mit freundlichen Grüßen
Dr. Andrea Lindner""",
         "Andrea Lindner"),
        ("other", (),
         "Betroffenenanfragen in 3 Minuten statt 3 Stunden beantworten?",
         """Sehr geehrte Damen und Herren,

Auskunfts- und Löschanfragen nach DSGVO nehmen zu - gerade im Online-Handel, seit Verbraucher Anfragen mit Generatoren und Musterbriefen in Sekunden verschicken können.

Mit PrivDesk erfassen Sie alle Anfragen aus Ihrem Datenschutz-Postfach automatisch, prüfen die Identität und erstellen die Antwort fristgerecht - inklusive Dokumentation für die Aufsichtsbehörde.

Hätten Sie nächste Woche 20 Minuten Zeit für eine kurze Demo? Ich passe mich gerne Ihrem Kalender an.

Beste Grüße

Tobias Reinhardt
Senior Account Executive DACH/Benelux
PrivDesk GmbH | Berlin""",
         "Tobias Reinhardt | PrivDesk"),
        ("access", (),
         "Auskunftsbegehren gemäß Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren!

Ich ersuche Sie hiermit um Auskunft gemäß Art. 15 DSGVO, ob und welche personenbezogenen Daten Sie über mich verarbeiten.

Ich verwende hierfür das Musterformular der österreichischen Datenschutzbehörde, das ich für Sie ausgefüllt habe:

Auskunftswerber/in: Mag. Theresa Gruber
Anschrift: Mariahilfer Straße 45/12, 1060 Wien
E-Mail: theresa.gruber@aon.example
Kundenkonto bei Ihnen seit: ca. 2020 (Bestellungen nach Österreich)

Beigelegt finden Sie eine Kopie meines Reisepasses zum Nachweis meiner Identität.

Ich ersuche um Beantwortung binnen eines Monats.

Mit freundlichen Grüßen
Theresa Gruber""",
         "Theresa Gruber"),
    ],
    "es": [
        ("access", (),
         "EJERCICIO DEL DERECHO DE ACCESO",
         """DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: Shop Example NV
Dirección de la oficina / servicio ante el que se ejercita el derecho de acceso: privacy@shop.example.be

DATOS DEL INTERESADO
D./Dª. Marta Giménez Ruiz, mayor de edad, con domicilio en la C/ Alcalá 214, 3º B, 28028 Madrid, con D.N.I. 50.XXX.XXX-K, del que acompaño copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, y en consecuencia,

SOLICITA,

Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se remita por correo electrónico la siguiente información:
- Copia de mis datos personales que son objeto de tratamiento por ese responsable.
- Los fines del tratamiento, así como las categorías de datos personales que se traten.
- Los destinatarios o categorías de destinatarios a los que se han comunicado o serán comunicados mis datos personales.
- El plazo previsto de conservación, o de no ser posible, los criterios utilizados para determinar este plazo.
- Si mis datos no se han obtenido directamente de mí, cualquier información disponible sobre su origen.
- La existencia de decisiones automatizadas, incluida la elaboración de perfiles.

En Madrid, a 7 de marzo

Firmado: Marta Giménez Ruiz""",
         "Marta Giménez"),
        ("deletion", ("withdraw_consent", "objection"),
         "Solicitud de supresión en nombre de cliente - Ref. BD-ES-30417 (autorización adjunta)",
         """Estimados señores:

BorraDatos actúa como representante de D. Javier Ortega Navarro (javi.ortega@telefonica.example, tel. 612 334 908), según la autorización firmada que adjuntamos.

En nombre de nuestro cliente les solicitamos:

1. La supresión de todos sus datos personales (art. 17 RGPD), incluidos los que obren en poder de sus encargados del tratamiento.
2. Que consideren retirado cualquier consentimiento otorgado por nuestro cliente, en particular para el envío de comunicaciones comerciales (art. 7.3 RGPD).
3. Que, hasta que la supresión sea efectiva, cesen en el uso de sus datos con fines de mercadotecnia directa, oponiéndose nuestro cliente expresamente a dicho tratamiento (art. 21.2 RGPD).
4. Que comuniquen la supresión a los destinatarios a los que se hayan comunicado los datos (art. 19 RGPD).

Les rogamos nos remitan la confirmación a esta dirección indicando nuestra referencia.

Atentamente,

Equipo de Solicitudes
BorraDatos - Tu privacidad, sin papeleo""",
         "BorraDatos Solicitudes"),
        ("objection", (),
         "no quiero que me perfiléis",
         """Hola,

Vivo en Bélgica desde hace unos años y compro en vuestra web de vez en cuando. He visto en vuestra política de privacidad que analizáis lo que miro y lo que compro para "personalizar ofertas" y que compartís esa info con partners publicitarios.

Pues no. Me opongo a eso, art. 21 del RGPD según me han dicho. No quiero que uséis mis datos para perfiles ni publicidad personalizada, ni que se los paséis a nadie para anuncios. Lo demás (pedidos, entregas) perfecto, sigo siendo cliente.

Un saludo
Lucía Herrera
lucia.herrera.b@gmail.example""",
         "Lucía Herrera"),
        ("complaint", ("access",),
         "Re: EJERCICIO DEL DERECHO DE ACCESO - sin respuesta",
         """Buenos días:

El pasado 7 de marzo les envié mi solicitud de acceso (la tienen más abajo en este mismo hilo). Ha pasado más de un mes y no he recibido contestación alguna, ni siquiera un acuse de recibo.

Les recuerdo que el artículo 12.3 del RGPD les obliga a responder en el plazo de un mes. Les reitero mi solicitud de acceso.

Si en diez días no tengo respuesta presentaré una reclamación ante la autoridad de control, la Agencia Española de Protección de Datos o la autoridad belga, la que corresponda.

Marta Giménez Ruiz

> EJERCICIO DEL DERECHO DE ACCESO
> DATOS DEL RESPONSABLE DEL TRATAMIENTO
> Nombre / razón social: Shop Example NV
> ...""",
         "Marta Giménez"),
        ("restriction", (),
         "Solicitud de limitación del tratamiento (art. 18.1.c RGPD)",
         """Estimados/as:

Tengo abierta una reclamación con mi aseguradora por un pedido suyo que nunca llegó (n.º de pedido 20240917-5531) y que según su sistema fue "entregado". Necesito que conserven todos los datos de ese pedido: seguimiento, confirmaciones de entrega, fotos del repartidor, mis mensajes con atención al cliente.

Por eso, y aunque ustedes ya no los necesiten, les solicito la limitación del tratamiento conforme al artículo 18.1.c) del RGPD: guárdenlos, no los borren, pero no los utilicen para nada más hasta que termine la reclamación.

Gracias de antemano,
Raúl Domínguez
raul.dominguez@yahoo.example""",
         "Raúl Domínguez"),
        ("portability", (),
         "derecho a la portabilidad",
         """Hola buenas,

Quisiera ejercer mi derecho a la portabilidad (artículo 20 RGPD). Me gustaría recibir los datos que os he proporcionado y los generados por mi actividad como cliente (historial de pedidos, direcciones, puntos de la tarjeta de fidelidad) en un formato estructurado y legible por máquina, tipo CSV o JSON, para poder cargarlos en otra tienda.

Mi cuenta está a nombre de Alba Serrano, con este mismo correo.

Gracias!!
Alba""",
         "Alba Serrano"),
        ("other", (),
         "Campaña informativa: derechos de los consumidores y datos personales",
         """Estimados señores:

Desde nuestra organización de consumidores estamos preparando una campaña para informar a los compradores españoles que adquieren productos en tiendas online de otros países de la UE.

Nos gustaría incluir a su tienda en una lista de comercios que facilitan un canal claro para las solicitudes de protección de datos. ¿Podrían confirmarnos que privacy@shop.example.be es el canal adecuado y si atienden solicitudes en castellano?

Quedamos a su disposición para cualquier aclaración.

Reciban un cordial saludo,

Pilar Castillo Medina
Departamento de Estudios
Asociación de Consumidores y Usuarios""",
         "Pilar Castillo"),
        ("automated", (),
         "Undelivered Mail Returned to Sender",
         """This is the mail system at host mx2.borradatos.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<no-reply@borradatos.example>: host mx2.borradatos.example[198.51.100.24] said:
    550 5.1.1 <no-reply@borradatos.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--- Original message headers ---
From: privacy@shop.example.be
To: no-reply@borradatos.example
Subject: Re: Solicitud de supresión en nombre de cliente - Ref. BD-ES-30417""",
         "Mail Delivery System"),
    ],
    "it": [
        ("access", ("portability",),
         "Esercizio di diritti in materia di protezione dei dati personali",
         """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Spett.le Shop Example NV
privacy@shop.example.be

Il/La sottoscritto/a Francesca Romano, nata a Bari il 14/02/1983, residente in Bruxelles, Rue Haute 88, esercita con la presente richiesta i seguenti diritti:

1. Accesso ai dati personali (art. 15 del Regolamento (UE) 2016/679)
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo/la riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento.

2. Richiesta di intervento sui dati (artt. 16-18)
[ ] rettificazione  [ ] cancellazione  [ ] limitazione del trattamento

3. Portabilità dei dati (art. 20)
[X] chiede di ricevere i dati personali forniti in un formato strutturato, di uso comune e leggibile da dispositivo automatico.

4. Opposizione al trattamento (art. 21)
[ ] per motivi connessi alla situazione particolare  [ ] per finalità di marketing diretto

Recapito per la risposta: francesca.romano@libero.example

Estremi di un documento di riconoscimento: carta d'identità n. CA12345XY (copia allegata)

Bruxelles, 21/05

Francesca Romano""",
         "Francesca Romano"),
        ("deletion", (),
         "richiesta cancellazione account",
         """Buongiorno,

vorrei che cancellaste il mio account e tutti i dati che avete su di me. Non uso più il vostro sito da quando mi sono trasferita e non voglio che restino in giro mie informazioni.

Ho letto che posso chiederlo in base all'art. 17 del GDPR ("diritto all'oblio"). Se per legge dovete tenere le fatture va bene, il resto però eliminatelo per favore.

Email dell'account: giulia.marchetti@virgilio.example

Grazie mille e buona giornata
Giulia Marchetti""",
         "Giulia Marchetti"),
        ("correction", (),
         "Richiesta di rettifica dati personali ex art. 16 GDPR",
         """Gentili Signori,

con la presente, ai sensi dell'art. 16 del Regolamento (UE) 2016/679, chiedo la rettifica dei seguenti dati personali inesatti che mi riguardano, presenti nel mio profilo cliente:

- indirizzo di consegna: da "Via Garibaldi 12" a "Viale Garibaldi 12/A, 10122 Torino";
- numero di telefono: da 347 118 2290 a 347 118 2209.

Vi chiedo inoltre di integrare il profilo con il mio secondo nome (Maria Luisa), che al momento manca e che compare sul mio documento.

Resto in attesa di conferma dell'avvenuta rettifica.

Distinti saluti,
Maria Luisa Bianchi""",
         "Maria Luisa Bianchi"),
        ("withdraw_consent", (),
         "revoca consenso marketing",
         """Salve,

revoco il consenso al trattamento dei miei dati per finalità di marketing (newsletter, sms promozionali, offerte via whatsapp). Art. 7 par. 3 GDPR.

Ho già provato a cliccare "disiscriviti" due volte ma continuo a ricevere le vostre offerte sul giardinaggio.

Cordialmente
Davide Conti
333 456 7812""",
         "Davide Conti"),
        ("objection", (),
         "Opposizione al trattamento per finalità di marketing e profilazione - Pratica n. PR-IT-0922 - delega in allegato",
         """Spettabile Titolare del trattamento,

Privacy Tutela S.r.l., in qualità di delegato del Sig. Alessandro Ferri (codice cliente 7710254, e-mail a.ferri@fastwebnet.example), come da delega sottoscritta che si allega unitamente a copia del documento d'identità del delegante, comunica quanto segue.

Il Sig. Ferri si oppone, ai sensi dell'art. 21, par. 2 e 3, del Regolamento (UE) 2016/679, al trattamento dei propri dati personali per finalità di marketing diretto, ivi compresa la profilazione connessa a tale marketing, nonché alla comunicazione dei propri dati a terzi per loro autonome finalità promozionali.

Si chiede di dare riscontro alla presente entro i termini di cui all'art. 12, par. 3, del Regolamento, indicando il numero di pratica in oggetto.

Distinti saluti

Avv. Chiara Galli
Privacy Tutela S.r.l.
Allegati: delega_Ferri.pdf; CI_Ferri.pdf""",
         "Privacy Tutela - Avv. Chiara Galli"),
        ("complaint", ("access",),
         "SOLLECITO - istanza ex art. 15 GDPR del 3 aprile",
         """Spett.le Società,

in data 3 aprile u.s. ho trasmesso a questo indirizzo un'istanza di accesso ai miei dati personali ai sensi dell'art. 15 del GDPR, utilizzando il modello predisposto dal Garante.

Ad oggi, decorso ampiamente il termine di un mese previsto dall'art. 12, par. 3, non ho ricevuto alcun riscontro.

Con la presente rinnovo integralmente la richiesta di accesso e Vi diffido dal protrarre ulteriormente l'inadempimento. In mancanza di riscontro entro 15 giorni, proporrò reclamo all'autorità di controllo competente.

Distinti saluti
Roberto Esposito""",
         "Roberto Esposito"),
        ("other", (),
         "Osservatorio e-commerce e privacy: richiesta di collaborazione",
         """Gentile Responsabile della protezione dei dati,

sono una dottoranda in diritto dell'Unione europea presso l'Università di Bologna. Sto svolgendo una ricerca su come i negozi online europei gestiscono le richieste degli interessati inviate tramite moduli e generatori automatici.

Le chiederei la disponibilità per un'intervista anonima di circa 30 minuti (anche via videochiamata), oppure per la compilazione di un breve questionario. Non mi servono dati di clienti, solo informazioni generali sulle procedure.

La ringrazio per l'attenzione.

Cordiali saluti,
Dott.ssa Elena Moretti
Dipartimento di Scienze Giuridiche""",
         "Elena Moretti"),
        ("deletion", ("withdraw_consent", "restriction"),
         "R: cancellazione dati + revoca consensi",
         """Buonasera,

riprendo il testo che mi ha dato lo sportello dell'associazione consumatori:

"Il/la sottoscritto/a chiede la cancellazione di tutti i dati personali che lo/la riguardano ai sensi dell'art. 17 del Regolamento (UE) 2016/679 e revoca ogni consenso prestato. Chiede altresì che, nelle more della cancellazione, il trattamento sia limitato alla sola conservazione (art. 18)."

Nome: Antonio Greco
Tessera fedeltà: 6300 0773 1182
Indirizzo: Chaussée d'Ixelles 301, 1050 Bruxelles

Grazie
Antonio Greco""",
         "Antonio Greco"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso aos dados pessoais - art.º 15.º do RGPD",
         """Exmos. Senhores,

Ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD), venho solicitar que me informem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem:

a) cópia dos dados pessoais em fase de tratamento;
b) as finalidades do tratamento;
c) as categorias de dados pessoais em questão;
d) os destinatários ou categorias de destinatários a quem os dados foram ou serão divulgados;
e) o prazo previsto de conservação dos dados;
f) a origem dos dados, caso não tenham sido recolhidos junto de mim;
g) a existência de decisões automatizadas, incluindo a definição de perfis.

Identificação:
Nome: Rui Manuel Carvalho Sousa
E-mail associado à conta: rui.m.sousa@sapo.example
Morada: Rue Gray 112, 1040 Etterbeek

Solicito resposta no prazo de um mês, conforme o n.º 3 do artigo 12.º do RGPD.

Com os melhores cumprimentos,
Rui Sousa

Minuta elaborada com base no modelo disponibilizado por uma associação de defesa do consumidor.""",
         "Rui Sousa"),
        ("deletion", ("withdraw_consent", "objection"),
         "apagamento dos meus dados",
         """Boa tarde,

Quero que apaguem tudo o que têm sobre mim. Já não compro convosco há muito tempo e continuo a receber emails e até cartas em casa.

Copiei isto de uma minuta que encontrei:
"Solicito o apagamento dos meus dados pessoais, nos termos do artigo 17.º do RGPD, bem como a comunicação desse apagamento a cada destinatário a quem os dados tenham sido transmitidos (artigo 19.º). Retiro o consentimento eventualmente prestado para o envio de comunicações de marketing e oponho-me ao tratamento dos meus dados para fins de marketing direto."

Conta: Ana Beatriz Ferreira, anabia.ferreira@hotmail.example

Obrigada
Ana""",
         "Ana Beatriz Ferreira"),
        ("objection", (),
         "Oposição - art. 21.º RGPD",
         """Exmos. Senhores,

Na vossa política de privacidade consta que os dados dos clientes do programa de fidelização são analisados para "segmentação e publicidade personalizada", incluindo através de parceiros de publicidade em redes sociais (públicos personalizados).

Venho opor-me a esse tratamento dos meus dados, nos termos do artigo 21.º, n.º 2, do RGPD. Não autorizo que o meu e-mail ou telefone sejam carregados em plataformas de publicidade nem que seja criado um perfil de consumo meu para esse fim.

Pretendo manter o cartão de cliente e a conta.

Cumprimentos,
Joaquim Pereira
Cartão n.º 6300 0902 4418""",
         "Joaquim Pereira"),
        ("complaint", ("deletion",),
         "2º pedido - ainda sem resposta!!",
         """Bom dia

Em janeiro pedi por este email a eliminação da minha conta e dos meus dados (usei aquele site que gera as cartas automaticamente). Passaram quase dois meses e nada, nem um "recebemos o seu pedido".

Ainda por cima ontem recebi um sms vosso com promoções de jardim, o que quer dizer que continuam a usar o meu número.

Volto a pedir: apaguem os meus dados. Se não tiver resposta vou apresentar queixa à autoridade de proteção de dados, à CNPD ou à belga.

Cátia Almeida
912 345 670""",
         "Cátia Almeida"),
        ("restriction", (),
         "Limitação do tratamento dos meus dados pessoais",
         """Exmos. Senhores,

Enviei-vos na semana passada uma oposição ao tratamento dos meus dados para publicidade personalizada, que já foi confirmada por escrito pelo vosso serviço (ref. interna 55-1183). Agradeço.

Escrevo agora por outro motivo: tenho um litígio pendente convosco relativamente à garantia de um corta-relva, e receio que, com a vossa política de conservação, os registos das minhas reclamações sejam eliminados. Solicito, ao abrigo do artigo 18.º, n.º 1, alínea c), do RGPD, a limitação do tratamento: os dados devem ser conservados e não utilizados para outros fins até à resolução do litígio.

Com os melhores cumprimentos,
Sérgio Nunes""",
         "Sérgio Nunes"),
        ("portability", (),
         "Pedido de portabilidade dos dados (Art. 20 GDPR)",
         """Olá, tudo bem?

Sou brasileira e moro na Bélgica há 3 anos. Gostaria de receber todos os dados que forneci a vocês (cadastro, endereços, histórico de pedidos e pontos do programa de fidelidade) em formato estruturado e legível por máquina, pode ser planilha CSV ou JSON, conforme o artigo 20 do GDPR. Vou passar a usar outra loja e quero levar meu histórico.

Meu cadastro está neste mesmo e-mail.

Obrigada desde já!
Fernanda Oliveira""",
         "Fernanda Oliveira"),
        ("other", (),
         "Pedido de informação - guia de direitos do consumidor",
         """Exmos. Senhores,

A nossa associação está a atualizar o guia prático destinado aos consumidores portugueses que fazem compras em lojas online de outros Estados-Membros. Uma das secções explica como exercer os direitos previstos no RGPD.

Agradecíamos que nos indicassem:
1. se aceitam pedidos de titulares de dados escritos em português;
2. se disponibilizam algum formulário próprio para esse efeito.

Esta mensagem não se refere a nenhum cliente em particular.

Com os melhores cumprimentos,
Inês Rodrigues
Departamento Jurídico""",
         "Inês Rodrigues"),
        ("automated", (),
         "Resposta automática: apagamento dos meus dados",
         """Olá!

Estou de férias até dia 2 de setembro e não vou consultar o email com regularidade. Responderei à sua mensagem assim que regressar.

Obrigada,
Ana""",
         "Ana Beatriz Ferreira"),
    ],
    "pl": [
        ("access", (),
         "Wniosek o dostęp do danych osobowych (art. 15 RODO)",
         """Imię i nazwisko: Katarzyna Wiśniewska
Adres: ul. Kwiatowa 7/15, 02-123 Warszawa
E-mail: k.wisniewska@wp.example

Shop Example NV
privacy@shop.example.be

WNIOSEK O DOSTĘP DO DANYCH OSOBOWYCH

Na podstawie art. 15 ust. 1 i 3 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) wnoszę o:
1) potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2) przekazanie kopii moich danych osobowych;
3) udzielenie informacji o celach przetwarzania, kategoriach danych, odbiorcach, okresie przechowywania, źródle danych oraz o zautomatyzowanym podejmowaniu decyzji, w tym profilowaniu.

Odpowiedź proszę przesłać na adres e-mail podany powyżej.

Z poważaniem
Katarzyna Wiśniewska

Warszawa, 11 października""",
         "Katarzyna Wiśniewska"),
        ("deletion", ("withdraw_consent",),
         "Żądanie usunięcia danych w imieniu Mocodawcy - sygn. WD/2024/1187 - pełnomocnictwo w załączeniu",
         """Szanowni Państwo,

działając w imieniu Pana Tomasza Zielińskiego (e-mail: tomek.zielinski@onet.example, tel. +48 601 223 554), na podstawie pełnomocnictwa, którego skan przesyłamy w załączeniu, żądamy:

- niezwłocznego usunięcia wszystkich danych osobowych Mocodawcy (art. 17 ust. 1 RODO) oraz poinformowania o tym odbiorców, którym dane zostały ujawnione (art. 19 RODO);
- uwzględnienia cofnięcia wszelkich zgód udzielonych przez Mocodawcę, w szczególności na otrzymywanie informacji handlowych (art. 7 ust. 3 RODO).

Prosimy o potwierdzenie realizacji żądania na niniejszy adres, z podaniem sygnatury sprawy.

Z wyrazami szacunku
Zespół Wymaż Dane
Wymaż Dane sp. z o.o.""",
         "Wymaż Dane - Zespół"),
        ("correction", (),
         "sprostowanie danych",
         """Dzień dobry,

w moim koncie klienta jest błędnie wpisany numer NIP firmy (faktury przychodzą z błędem, księgowa mi je odrzuca) oraz literówka w nazwisku - Szymańska, a nie Szymanska.

Proszę o sprostowanie danych zgodnie z art. 16 RODO:
NIP: 525-27-11-904
Nazwisko: Szymańska

Przy okazji proszę o wystawienie korekt do faktur nr FV/BE/2024/08812 i FV/BE/2024/09107.

Pozdrawiam
Agnieszka Szymańska""",
         "Agnieszka Szymanska"),
        ("withdraw_consent", (),
         "Cofnięcie zgody",
         """Szanowni Państwo,

niniejszym cofam zgodę na przetwarzanie moich danych osobowych w celach marketingowych, w tym na przesyłanie newslettera i informacji handlowych drogą elektroniczną.

Proszę o niewysyłanie mi więcej wiadomości tego typu.

Z poważaniem
Paweł Kamiński""",
         "Paweł Kamiński"),
        ("objection", (),
         "",
         """Dzień dobry,

dostaję od Was reklamy na Facebooku i Instagramie z produktami, które oglądałem w sklepie, a nawet takimi, które kupiłem. Czytałem, że sklepy wgrywają maile klientów do Facebooka.

Zgodnie z art. 21 RODO wnoszę sprzeciw wobec przetwarzania moich danych w celu marketingu bezpośredniego i profilowania, w tym przekazywania ich platformom reklamowym. Konto chcę zachować, tylko bez tego.

Michał Lewandowski""",
         "Michał Lewandowski"),
        ("complaint", ("access",),
         "PONAGLENIE - wniosek z art. 15 RODO pozostaje bez odpowiedzi",
         """Szanowni Państwo,

w dniu 11 października przesłałam Państwu wniosek o dostęp do moich danych osobowych na podstawie art. 15 RODO. Termin na udzielenie odpowiedzi, wynikający z art. 12 ust. 3 RODO, upłynął 11 listopada. Do dziś nie otrzymałam żadnej odpowiedzi.

Ponawiam wniosek w całości. Informuję, że w przypadku braku odpowiedzi w terminie 7 dni złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych, względnie do belgijskiego organu nadzorczego.

Z poważaniem
Katarzyna Wiśniewska""",
         "Katarzyna Wiśniewska"),
        ("other", (),
         "Zapytanie redakcji - automatyczne generatory wniosków RODO",
         """Dzień dobry,

przygotowuję artykuł do portalu o prawach konsumenta na temat narzędzi, które pozwalają jednym kliknięciem wysłać wniosek RODO do dziesiątek sklepów naraz.

Czy mogliby Państwo odpowiedzieć na dwa pytania:
- czy zauważyli Państwo wzrost liczby takich wniosków w ostatnim roku?
- czy wnioski wysyłane przez pełnomocników (firmy usuwające dane) sprawiają jakieś trudności?

Termin: piątek. Mogę zacytować anonimowo jako "belgijski sklep internetowy".

Pozdrawiam serdecznie
Joanna Dąbrowska
dziennikarka""",
         "Joanna Dąbrowska"),
        ("portability", ("access",),
         "Wniosek o przeniesienie danych",
         """Szanowni Państwo,

na podstawie art. 20 RODO proszę o przesłanie mi danych osobowych, które Państwu dostarczyłem (dane konta, adresy dostaw, historia zamówień, punkty lojalnościowe), w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV).

Dodatkowo proszę o informację, komu Państwo te dane udostępnili (art. 15 ust. 1 lit. c RODO).

Login: piotr.nowak88
E-mail: p.nowak88@interia.example

Z poważaniem
Piotr Nowak""",
         "Piotr Nowak"),
    ],
    "cs": [
        ("access", ("portability",),
         "Žádost o přístup k osobním údajům a jejich přenositelnost",
         """Vážení,

podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o poskytnutí:
- kopie zpracovávaných osobních údajů,
- informace o účelech zpracování, kategoriích údajů, příjemcích, době uložení a zdroji údajů,
- informace o tom, zda dochází k automatizovanému rozhodování včetně profilování.

Dále Vás podle čl. 20 GDPR žádám o předání údajů, které jsem Vám poskytl, ve strukturovaném, běžně používaném a strojově čitelném formátu.

Identifikační údaje:
Jméno a příjmení: Ondřej Novotný
Datum narození: 2. 4. 1990
E-mail: ondrej.novotny@seznam.example
Číslo zákaznické karty: 6300 0314 5526

Odpověď zašlete prosím na uvedený e-mail. Děkuji.

S pozdravem
Ondřej Novotný

(Vzor žádosti převzat a upraven podle webu spotřebitelské organizace.)""",
         "Ondřej Novotný"),
        ("deletion", ("withdraw_consent", "objection"),
         "vymazání údajů",
         """Dobrý den,

chtěla bych, abyste mě úplně smazali z vaší databáze - účet, adresy, historii nákupů, všechno co nemusíte ze zákona držet.

Text mám z nějakého vzoru na internetu:
„Žádám o výmaz veškerých mých osobních údajů dle čl. 17 GDPR a o oznámení výmazu všem příjemcům dle čl. 19 GDPR. Současně odvolávám veškeré udělené souhlasy a vznáším námitku proti zpracování svých údajů pro účely přímého marketingu.“

Účet: jana.dvorakova77@email.example

Díky, Jana Dvořáková""",
         "Jana Dvořáková"),
        ("objection", (),
         "Námitka proti zpracování osobních údajů - zmocnění v příloze - č. j. SU-CZ-4471",
         """Vážení,

společnost SmažÚdaje s.r.o. jedná na základě plné moci (v příloze) jménem pana Lukáše Procházky, e-mail l.prochazka@centrum.example.

Jménem klienta vznášíme podle čl. 21 odst. 2 GDPR námitku proti zpracování jeho osobních údajů pro účely přímého marketingu, včetně profilování, a proti jejich předávání obchodním partnerům pro jejich marketingové účely.

Žádáme o potvrzení, že zpracování bylo ukončeno, a to na tuto adresu s uvedením čísla jednacího.

S pozdravem
Tým žádostí
SmažÚdaje s.r.o.""",
         "SmažÚdaje s.r.o."),
        ("complaint", (),
         "stížnost - únik údajů?",
         """Dobrý den,

včera mi přišel e-mail, který vypadal jako od vás: oslovení jménem, číslo mé poslední objednávky (20240611-8812), přesná adresa doručení a odkaz na "doplatek za dopravu". Byl to podvod, banka mi to naštěstí zablokovala.

Tyto údaje jsem nikomu jinému nedával. Buď došlo k úniku dat od vás, nebo od vašeho dopravce. Chci vědět, co se stalo, a stěžuji si na to, jak s mými údaji zacházíte. Pokud se nedozvím vysvětlení, obrátím se na Úřad pro ochranu osobních údajů.

Petr Kučera""",
         "Petr Kučera"),
        ("restriction", (),
         "Žádost o omezení zpracování podle čl. 18 GDPR",
         """Vážení,

podle čl. 18 odst. 1 písm. c) GDPR Vás žádám o omezení zpracování mých osobních údajů. Údaje již nepotřebujete, ale já je potřebuji pro uplatnění právního nároku - vedu spor s dopravcem o poškozený nábytek objednaný u vás (obj. č. 20231002-4410).

Údaje tedy prosím uchovejte (nemazat!), ale jinak je nijak nezpracovávejte, dokud Vám nesdělím, že spor skončil.

S pozdravem
Mgr. Veronika Horáková""",
         "Veronika Horáková"),
        ("portability", (),
         "export dat",
         """Zdravím,

dá se od vás dostat export všech mých objednávek a údajů z věrnostního programu v nějakém souboru (csv, json, xml je jedno)? Přecházím na jiný e-shop a chtěl bych si historii vzít s sebou. Pokud to jde, rovnou to prosím pošlete na tenhle mail.

Díky
Jakub Marek""",
         "Jakub Marek"),
        ("other", (),
         "Dotaz k zásadám ochrany osobních údajů pro srovnávací test",
         """Dobrý den,

spotřebitelská organizace, pro kterou pracuji, připravuje srovnávací test e-shopů s potřebami pro dům a zahradu dostupných českým zákazníkům. Jedním z hodnocených kritérií jsou zásady ochrany osobních údajů.

Mohli byste nám potvrdit, zda máte české znění zásad a zda je aktuální verze ta z ledna tohoto roku, která je na vašem webu? Jde nám jen o obecné informace, ne o údaje konkrétního zákazníka.

Děkuji a přeji hezký den,
Hana Pokorná
analytička testů""",
         "Hana Pokorná"),
        ("automated", (),
         "[SU-CZ-4471] Potvrzení přijetí Vaší zprávy",
         """Dobrý den,

děkujeme za Vaši zprávu. Byla přiřazena k případu SU-CZ-4471 a zpracuje ji náš tým do 5 pracovních dnů.

Na tento e-mail prosím neodpovídejte, jde o automaticky generovanou zprávu.

SmažÚdaje s.r.o. - systém správy požadavků""",
         "SmažÚdaje s.r.o."),
    ],
    "hr": [
        ("access", (),
         "Zahtjev za pristup osobnim podacima",
         """ZAHTJEV ZA OSTVARIVANJE PRAVA NA PRISTUP OSOBNIM PODACIMA
(članak 15. Opće uredbe o zaštiti podataka)

Voditelj obrade: Shop Example NV, privacy@shop.example.be

Podnositelj zahtjeva:
Ime i prezime: Ivana Horvat
Adresa: Ilica 145, 10000 Zagreb
E-adresa: ivana.horvat@net.example

Temeljem članka 15. Opće uredbe o zaštiti podataka (EU) 2016/679 molim da mi potvrdite obrađujete li moje osobne podatke te, ako ih obrađujete, da mi dostavite:
1. presliku osobnih podataka koje obrađujete;
2. informacije o svrsi obrade, kategorijama podataka i primateljima;
3. predviđeno razdoblje pohrane;
4. izvor podataka, ako nisu prikupljeni od mene;
5. informaciju o postojanju automatiziranog donošenja odluka, uključujući izradu profila.

Odgovor molim dostaviti elektroničkim putem u roku od mjesec dana.

U Zagrebu, 5. svibnja

Ivana Horvat""",
         "Ivana Horvat"),
        ("deletion", (),
         "Zahtjev za brisanje osobnih podataka - punomoć u privitku - predmet OB-HR-2290",
         """Poštovani,

agencija ObrišiMe d.o.o. postupa u ime i za račun gospodina Marka Babića (e-adresa: marko.babic@gmail.example, mob. 091 555 2310) na temelju punomoći koju dostavljamo u privitku.

U ime našeg klijenta zahtijevamo brisanje svih njegovih osobnih podataka u skladu s člankom 17. Opće uredbe o zaštiti podataka, uključujući podatke kod vaših izvršitelja obrade, te obavještavanje primatelja o brisanju sukladno članku 19.

Molimo potvrdu na ovu adresu uz navođenje broja predmeta.

S poštovanjem,
Tim za zahtjeve
ObrišiMe d.o.o.""",
         "ObrišiMe d.o.o."),
        ("correction", (),
         "ispravak podataka",
         """Pozdrav,

u vašem sustavu mi piše pogrešan email (ivan.kovacic@... umjesto ivan.kovacic1@...) pa mi ne stižu potvrde narudžbi, a ime mi je napisano bez kvačica - Kovacic umjesto Kovačić.

Molim ispravak podataka (čl. 16 GDPR):
- e-mail: ivan.kovacic1@tportal.example
- prezime: Kovačić

Hvala,
Ivan""",
         "Ivan Kovačić"),
        ("withdraw_consent", (),
         "Povlačenje privole za marketing",
         """Poštovani,

ovim putem povlačim privolu koju sam dala za primanje newslettera i promotivnih poruka (e-mail i SMS), sukladno članku 7. stavku 3. Opće uredbe o zaštiti podataka.

Molim vas da mi ubuduće ne šaljete promotivne sadržaje.

Lijep pozdrav,
Maja Jurić""",
         "Maja Jurić"),
        ("objection", (),
         "Prigovor na obradu osobnih podataka (čl. 21. GDPR)",
         """Poštovani,

sukladno članku 21. stavku 2. Opće uredbe o zaštiti podataka ulažem prigovor na obradu mojih osobnih podataka u svrhu izravnog marketinga, uključujući izradu profila na temelju mojih kupnji i pregledavanja vaše stranice, te na ustupanje mojih podataka marketinškim partnerima.

Račun kupca i kartica vjernosti neka ostanu aktivni.

Broj kartice vjernosti: 6300 0660 1934

S poštovanjem,
Tomislav Knežević""",
         "Tomislav Knežević"),
        ("complaint", ("deletion",),
         "Požurnica - zahtjev za brisanje od 3. ožujka",
         """Poštovani,

3. ožujka poslao sam vam zahtjev za brisanje mojih osobnih podataka (predložak s internetske stranice udruge potrošača). Rok od mjesec dana iz članka 12. GDPR-a je istekao, a od vas nisam dobio nikakav odgovor.

Ponavljam zahtjev za brisanje. Ako u roku od 15 dana ne dobijem odgovor, podnijet ću pritužbu Agenciji za zaštitu osobnih podataka i belgijskom nadzornom tijelu.

Dario Perić""",
         "Dario Perić"),
        ("other", (),
         "Poziv na sudjelovanje - okrugli stol o pravima potrošača u e-trgovini",
         """Poštovani,

udruga za zaštitu potrošača organizira 14. lipnja u Zagrebu okrugli stol na temu "Zaštita osobnih podataka u prekograničnoj e-trgovini". Budući da mnogi hrvatski potrošači kupuju u vašoj trgovini, bilo bi nam drago da sudjeluje netko iz vašeg tima za zaštitu podataka (uživo ili online).

Molimo povratnu informaciju do kraja svibnja.

Srdačan pozdrav,
Petra Matić
koordinatorica projekata""",
         "Petra Matić"),
        ("deletion", ("objection",),
         "Re: Vaša narudžba je isporučena",
         """bok,

zatvorite mi račun molim vas i obrišite moje podatke, ne trebam ga više. i nemojte mi više slati one personalizirane reklame na temelju mojih kupnji, protivim se tome dok god ste još u posjedu mojih podataka.

hvala
Lana Vuković""",
         "Lana Vuković"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen",
         """Hej,

Jag vill ta del av de personuppgifter som ni behandlar om mig, i enlighet med artikel 15 i dataskyddsförordningen (GDPR).

Jag begär
- bekräftelse på om ni behandlar personuppgifter om mig,
- en kopia av personuppgifterna,
- information om ändamålen med behandlingen, vilka kategorier av uppgifter det gäller, vilka mottagare uppgifterna har lämnats ut till, hur länge uppgifterna kommer att lagras, varifrån uppgifterna kommer om de inte har samlats in från mig, samt om automatiserat beslutsfattande eller profilering förekommer.

Mina uppgifter:
Namn: Erik Lindqvist
Personnummer: 850314-XXXX
E-post: erik.lindqvist@telia.example
Kundnummer: 3318842

Jag ber om svar inom en månad. Skicka gärna svaret krypterat eller via en säker länk.

Med vänliga hälsningar
Erik Lindqvist

Mall hämtad från en konsumentorganisations webbplats.""",
         "Erik Lindqvist"),
        ("deletion", ("withdraw_consent", "objection"),
         "Radering av personuppgifter - fullmakt bifogas - ärende RS-SE-08812",
         """Hej,

RaderaMig AB företräder härmed Karin Johansson (karin.johansson@bredband.example, 070-123 45 67) enligt bifogad fullmakt.

På uppdrag av vår klient begär vi att ni
1. raderar samtliga personuppgifter om henne enligt artikel 17 GDPR och underrättar alla mottagare om raderingen enligt artikel 19,
2. betraktar alla samtycken hon lämnat som återkallade (artikel 7.3),
3. omedelbart upphör med all behandling för direktmarknadsföring, inklusive profilering (artikel 21.2).

Vänligen bekräfta till denna adress och ange vårt ärendenummer.

Med vänlig hälsning
Förfrågningsteamet
RaderaMig AB""",
         "RaderaMig AB"),
        ("objection", (),
         "Invändning",
         """Hej!

Jag har sett att ni delar kunddata med "utvalda partner" för annonsering. Jag invänder mot att mina uppgifter används till direktmarknadsföring och profilering och mot att de lämnas ut till andra för deras reklam (art. 21 GDPR).

Mitt konto och mina beställningar får vara kvar som vanligt.

/Sara Nilsson""",
         "Sara Nilsson"),
        ("complaint", ("access",),
         "Påminnelse: begäran om registerutdrag",
         """Hej igen,

Jag skickade en begäran om registerutdrag till er den 14 januari. Nu har det gått mer än en månad och jag har inte fått något svar alls.

Enligt dataskyddsförordningen ska ni svara inom en månad. Jag upprepar därför min begäran om att få ta del av mina personuppgifter. Om jag inte får svar inom två veckor kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Erik Lindqvist""",
         "Erik Lindqvist"),
        ("restriction", (),
         "Begäran om begränsning av behandling",
         """Hej,

Jag begär att ni begränsar behandlingen av mina personuppgifter enligt artikel 18.1 c i dataskyddsförordningen. Jag behöver uppgifterna om min beställning (ordernr 20240503-7720, trädgårdsmöbler som levererades skadade) för att kunna driva ett ärende hos Allmänna reklamationsnämnden.

Radera alltså ingenting, men använd inte uppgifterna till något annat än att lagra dem tills ärendet är avslutat.

Tack på förhand
Anders Berg""",
         "Anders Berg"),
        ("portability", (),
         "Dataportabilitet - överföring till annan butik",
         """Hej,

Med stöd av artikel 20 GDPR vill jag att ni överför de personuppgifter jag har lämnat till er (kontouppgifter, adresser, orderhistorik, bonuspoäng) direkt till Hem & Trädgård Nord AB i ett strukturerat, allmänt använt och maskinläsbart format. Kontaktadress hos dem: dataskydd@hemtradgardnord.example.

Om direkt överföring inte går, skicka filen till mig.

Vänliga hälsningar
Linnea Ekström""",
         "Linnea Ekström"),
        ("other", (),
         "Fråga från Konsumentvägledningen",
         """Hej,

Vi på kommunens konsumentvägledning får ibland frågor från invånare som handlat hos er. Vi håller på att uppdatera vår lista med kontaktvägar till utländska e-handlare.

Stämmer det att privacy@shop.example.be är rätt adress för frågor om personuppgifter, och har ni någon kundtjänst som svarar på engelska eller svenska för vanliga reklamationer?

Tack för hjälpen!

Vänliga hälsningar
Maria Holm
Konsumentvägledare""",
         "Maria Holm"),
        ("automated", (),
         "Automatiskt svar: Påminnelse: begäran om registerutdrag",
         """Tack för ditt mejl. Jag är föräldraledig till och med 31 augusti och läser inte min e-post.

Vid brådskande ärenden, kontakta växeln på 08-123 456 00.

Erik Lindqvist""",
         "Erik Lindqvist"),
    ],
    "ro": [
        ("access", (),
         "Cerere de acces la datele cu caracter personal",
         """Către: Shop Example NV - Responsabilul cu protecția datelor

Subsemnatul/a Andreea Popescu, cu domiciliul în Bd. Unirii nr. 21, bl. 4, ap. 12, București, sector 3, adresă de e-mail andreea.popescu@yahoo.example, în temeiul art. 15 din Regulamentul (UE) 2016/679 (GDPR), vă solicit:

1. să îmi confirmați dacă prelucrați date cu caracter personal care mă privesc;
2. să îmi furnizați o copie a acestor date;
3. să îmi comunicați scopurile prelucrării, categoriile de date, destinatarii cărora le-au fost sau le vor fi divulgate, perioada de stocare, sursa datelor și dacă există un proces decizional automatizat, inclusiv crearea de profiluri.

Vă rog să îmi transmiteți răspunsul în format electronic, la adresa de e-mail de mai sus, în termenul de o lună prevăzut de art. 12 alin. (3) din GDPR.

Data: 18.09
Semnătura: Andreea Popescu""",
         "Andreea Popescu"),
        ("deletion", (),
         "stergere cont",
         """Buna ziua,

va rog sa imi stergeti contul si toate datele mele personale de la voi, nu mai vreau sa fiu clienta. Am citit ca am dreptul asta conform art. 17 GDPR.

contul e pe adresa asta de mail

Multumesc,
Elena Dumitrescu""",
         "Elena Dumitrescu"),
        ("correction", (),
         "Cerere de rectificare a datelor personale",
         """Stimată doamnă / Stimate domn,

În conformitate cu art. 16 din Regulamentul (UE) 2016/679, vă solicit rectificarea următoarelor date inexacte din contul meu de client:

- numele: „Ionut Stanescu" -> corect: „Ionuț Stănescu";
- adresa de livrare: Avenue de Tervueren 12, 1040 Etterbeek -> corect: Avenue de Tervueren 121, 1040 Etterbeek.

Vă rog să îmi confirmați efectuarea rectificării.

Cu stimă,
Ionuț Stănescu""",
         "Ionut Stanescu"),
        ("withdraw_consent", (),
         "Retragerea consimțământului - newsletter și SMS",
         """Bună ziua,

Prin prezenta îmi retrag consimțământul acordat pentru primirea de comunicări comerciale (newsletter pe e-mail și mesaje SMS promoționale), conform art. 7 alin. (3) din GDPR.

Telefon: +32 465 11 22 33

Mulțumesc,
Cristina Munteanu""",
         "Cristina Munteanu"),
        ("objection", (),
         "Opoziție la prelucrarea datelor în scop de marketing - împuternicire atașată - dosar SD-RO-1093",
         """Stimate domn/Stimată doamnă,

ȘtergeDate SRL acționează în numele domnului Mihai Constantinescu (mihai.constantinescu@gmail.example), în baza împuternicirii semnate pe care o atașăm.

În numele clientului nostru, ne opunem, în temeiul art. 21 alin. (2) GDPR, prelucrării datelor sale cu caracter personal în scop de marketing direct, inclusiv creării de profiluri, precum și transmiterii acestora către parteneri în scop publicitar.

Vă rugăm să confirmați la această adresă, menționând numărul dosarului.

Cu stimă,
Echipa Cereri
ȘtergeDate SRL""",
         "ȘtergeDate SRL"),
        ("complaint", ("access",),
         "Revenire - cererea din 18.09 nu a primit răspuns",
         """Bună ziua,

Pe 18 septembrie v-am trimis o cerere de acces la datele mele, în baza art. 15 GDPR. Termenul legal de o lună a expirat și nu am primit niciun răspuns, nici măcar o confirmare de primire.

Vă solicit din nou să îmi furnizați datele, conform cererii inițiale. În lipsa unui răspuns în 10 zile, voi depune plângere la ANSPDCP și la autoritatea belgiană de protecție a datelor.

Andreea Popescu""",
         "Andreea Popescu"),
        ("other", (),
         "Propunere de parteneriat - traducere politica de confidentialitate in limba romana",
         """Bună ziua,

Suntem o agenție de traduceri juridice specializată în documente GDPR (politici de confidențialitate, politici de cookies, termeni și condiții). Am observat că site-ul dumneavoastră are clienți din România, dar informarea privind protecția datelor nu este disponibilă în limba română.

Vă putem oferi o traducere certificată în 5 zile lucrătoare. Ne puteți răspunde la acest e-mail pentru o ofertă.

Cu stimă,
Radu Georgescu
Lexis Traduceri""",
         "Radu Georgescu"),
        ("deletion", ("restriction",),
         "Cerere de ștergere + restricționare până la ștergere",
         """Bună ziua,

Solicit ștergerea tuturor datelor mele personale (art. 17 GDPR). Până la finalizarea ștergerii, vă rog să restricționați prelucrarea lor, adică să le păstrați fără să le mai folosiți în niciun alt scop (art. 18 GDPR).

Am luat textul dintr-un model de pe internet, dar pe scurt: nu mai vreau să aveți nimic despre mine.

Nume: Gabriel Ionescu
Card de fidelitate: 6300 0887 2201

Mulțumesc,
Gabriel""",
         "Gabriel Ionescu"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης σε προσωπικά δεδομένα (άρθρο 15 ΓΚΠΔ)",
         """Προς: Shop Example NV
Υπεύθυνο Προστασίας Δεδομένων
privacy@shop.example.be

ΑΙΤΗΣΗ ΑΣΚΗΣΗΣ ΔΙΚΑΙΩΜΑΤΟΣ ΠΡΟΣΒΑΣΗΣ

Ο/Η κάτωθι υπογεγραμμένος/η Γεώργιος Παπαδόπουλος, κάτοικος Βρυξελλών (Rue de la Victoire 40, 1060 Saint-Gilles), με e-mail g.papadopoulos@otenet.example, ασκώ το δικαίωμα πρόσβασης του άρθρου 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 και ζητώ:

α) να μου επιβεβαιώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν·
β) να μου χορηγήσετε αντίγραφο των δεδομένων αυτών·
γ) να με ενημερώσετε για τους σκοπούς της επεξεργασίας, τις κατηγορίες δεδομένων, τους αποδέκτες, το χρονικό διάστημα αποθήκευσης, την πηγή των δεδομένων και την ύπαρξη αυτοματοποιημένης λήψης αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Παρακαλώ να μου απαντήσετε εντός μηνός, σύμφωνα με το άρθρο 12 παρ. 3 ΓΚΠΔ.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος""",
         "Georgios Papadopoulos"),
        ("deletion", ("withdraw_consent", "objection"),
         "Διαγραφή",
         """Καλησπέρα σας,

Θέλω να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου. Βρήκα ένα υπόδειγμα στο ίντερνετ και αντιγράφω:

«Ζητώ τη διαγραφή όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν (άρθρο 17 ΓΚΠΔ) και την ενημέρωση κάθε αποδέκτη στον οποίο κοινοποιήθηκαν (άρθρο 19 ΓΚΠΔ). Ανακαλώ κάθε συγκατάθεση που έχω δώσει και αντιτίθεμαι στην επεξεργασία των δεδομένων μου για σκοπούς απευθείας εμπορικής προώθησης.»

Email λογαριασμού: eleni.k@gmail.example

Ευχαριστώ,
Ελένη Κωνσταντίνου""",
         "Eleni Konstantinou"),
        ("objection", (),
         "Εναντίωση στην επεξεργασία - εξουσιοδότηση συνημμένη - υπόθεση DG-GR-5521",
         """Αξιότιμοι κύριοι/κυρίες,

Η εταιρεία ΔιαγραφήΔεδομένων Ι.Κ.Ε. ενεργεί για λογαριασμό του κ. Νικόλαου Αντωνίου (n.antoniou@yahoo.example), σύμφωνα με τη συνημμένη υπογεγραμμένη εξουσιοδότηση.

Εκ μέρους του πελάτη μας, ασκούμε το δικαίωμα εναντίωσης του άρθρου 21 παρ. 2 ΓΚΠΔ στην επεξεργασία των δεδομένων του για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ, καθώς και στη διαβίβασή τους σε συνεργάτες για διαφημιστικούς σκοπούς.

Παρακαλούμε για επιβεβαίωση στην παρούσα διεύθυνση, με αναφορά στον αριθμό υπόθεσης.

Με εκτίμηση,
Ομάδα Αιτημάτων""",
         "ΔιαγραφήΔεδομένων Ι.Κ.Ε."),
        ("complaint", ("access",),
         "Υπενθύμιση: αίτημα πρόσβασης χωρίς απάντηση",
         """Αξιότιμοι κύριοι,

Στις 2 Μαρτίου σας απέστειλα αίτηση άσκησης του δικαιώματος πρόσβασης (άρθρο 15 ΓΚΠΔ). Η προθεσμία του ενός μηνός έχει παρέλθει και δεν έχω λάβει καμία απάντηση.

Επαναλαμβάνω το αίτημά μου. Σε περίπτωση που δεν λάβω απάντηση εντός δέκα ημερών, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα και στη βελγική εποπτική αρχή.

Γεώργιος Παπαδόπουλος""",
         "Georgios Papadopoulos"),
        ("restriction", (),
         "Περιορισμός επεξεργασίας - ΜΗΝ διαγράψετε",
         """Γεια σας,

Έχω διαφορά με την εταιρεία σας για μια ψησταριά που ήρθε χαλασμένη (παραγγελία 20240715-3390) και ετοιμάζω προσφυγή σε φορέα εξωδικαστικής επίλυσης. Διάβασα ότι μετά από κάποιο διάστημα σβήνετε τα παλιά δεδομένα.

Σύμφωνα με το άρθρο 18 παρ. 1 στοιχ. γ ΓΚΠΔ ζητώ περιορισμό της επεξεργασίας: κρατήστε τα στοιχεία της παραγγελίας, τις φωτογραφίες και την αλληλογραφία με την εξυπηρέτηση πελατών, αλλά μην τα χρησιμοποιείτε για τίποτε άλλο μέχρι να κλείσει η υπόθεση.

Ευχαριστώ,
Δημήτρης Γεωργίου""",
         "Dimitris Georgiou"),
        ("portability", (),
         "φορητότητα δεδομένων",
         """Καλημέρα,

μπορείτε να μου στείλετε όλα τα δεδομένα μου (στοιχεία λογαριασμού, διευθύνσεις, ιστορικό παραγγελιών, πόντους) σε αρχείο csv ή json; Το ζητάω με βάση το δικαίωμα φορητότητας του άρθρου 20, θέλω να τα μεταφέρω σε άλλο κατάστημα.

Μαρία Νικολάου""",
         "Maria Nikolaou"),
        ("other", (),
         "Ερώτηση για την πολιτική cookies - έρευνα ένωσης καταναλωτών",
         """Αγαπητοί κύριοι,

Η ένωση καταναλωτών μας εξετάζει πώς οι ευρωπαϊκές ηλεκτρονικές επιχειρήσεις ενημερώνουν τους επισκέπτες για τα cookies. Στην ιστοσελίδα σας το banner εμφανίζεται μόνο στα αγγλικά και γαλλικά.

Σκοπεύετε να προσθέσετε ελληνική μετάφραση; Θα θέλαμε επίσης να μάθουμε ποιοι από τους συνεργάτες σας που αναφέρονται στην πολιτική cookies χρησιμοποιούνται σήμερα. Η ερώτηση είναι γενική και δεν αφορά συγκεκριμένο πελάτη.

Με εκτίμηση,
Σοφία Αλεξίου
Τμήμα Ερευνών""",
         "Sofia Alexiou"),
        ("automated", (),
         "Ανεπίδοτο: Re: Εναντίωση στην επεξεργασία - υπόθεση DG-GR-5521",
         """Η παράδοση απέτυχε σε αυτούς τους παραλήπτες ή ομάδες:

noreply@diagrafi-dedomenon.example
Η διεύθυνση ηλεκτρονικού ταχυδρομείου που εισαγάγατε δεν βρέθηκε. Ελέγξτε τη διεύθυνση ηλεκτρονικού ταχυδρομείου του παραλήπτη και δοκιμάστε να στείλετε ξανά το μήνυμα.

Διαγνωστικές πληροφορίες για διαχειριστές:

Διακομιστής δημιουργίας: AM6PR02MB4470.eurprd02.prod.outlook.example

noreply@diagrafi-dedomenon.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Αρχικές κεφαλίδες μηνύματος:
From: privacy@shop.example.be
Subject: Re: Εναντίωση στην επεξεργασία - υπόθεση DG-GR-5521""",
         "Microsoft Outlook"),
    ],
    "bg": [
        ("access", (),
         "Заявление за достъп до лични данни",
         """ДО
Shop Example NV
Длъжностно лице по защита на данните
privacy@shop.example.be

ЗАЯВЛЕНИЕ
за упражняване на право на достъп до лични данни
(чл. 15 от Регламент (ЕС) 2016/679)

От: Мария Иванова Петрова
Адрес: гр. София, ж.к. „Младост 1“, бл. 25, вх. Б, ап. 14
Електронна поща: maria.petrova@abv.example

Уважаеми госпожи и господа,

На основание чл. 15 от Общия регламент относно защитата на данните моля да ми потвърдите дали обработвате лични данни, свързани с мен, и ако е така, да ми предоставите:
1. копие от личните ми данни;
2. информация за целите на обработването, категориите данни, получателите, срока на съхранение и източника на данните;
3. информация дали се извършва автоматизирано вземане на решения, включително профилиране.

Предпочитам отговорът да бъде изпратен по електронна поща.

Дата: 03.06
С уважение,
Мария Петрова""",
         "Мария Петрова"),
        ("deletion", (),
         "изтриване на профила",
         """Здравейте,

искам да ми изтриете профила и всички данни, които имате за мен. Вече не пазарувам при вас и не искам да ми пазите адреса и телефона.

имейл на профила: georgi.dimitrov@mail.example

Благодаря,
Георги Димитров""",
         "Георги Димитров"),
        ("correction", (),
         "Искане за коригиране на лични данни (чл. 16 от ОРЗД)",
         """Уважаеми господа,

В профила ми при вас е записан грешен адрес за доставка и телефонен номер. Моля, на основание чл. 16 от Регламент (ЕС) 2016/679, да коригирате данните както следва:

Адрес: Rue de Namur 59, 1000 Bruxelles (вместо Rue de Namur 95)
Телефон: +32 488 90 12 34 (вместо +32 488 90 12 43)

Моля, потвърдете извършената корекция.

С уважение,
Николай Стоянов""",
         "Nikolay Stoyanov"),
        ("withdraw_consent", (),
         "Оттегляне на съгласие",
         """Здравейте,

Оттеглям съгласието си да получавам вашия бюлетин и рекламни съобщения по имейл и SMS (чл. 7, пар. 3 от ОРЗД).

Поздрави,
Десислава Колева""",
         "Десислава Колева"),
        ("objection", (),
         "Възражение срещу обработването на лични данни за директен маркетинг",
         """Уважаеми госпожи и господа,

На основание чл. 21, пар. 2 от Общия регламент относно защитата на данните възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително профилирането, свързано с него, както и срещу предоставянето им на ваши партньори за рекламни цели.

Желая профилът и картата ми за лоялност да останат активни.

Карта за лоялност №: 6300 0711 5528

С уважение,
Стефан Николов""",
         "Стефан Николов"),
        ("complaint", ("deletion",),
         "Повторно искане - изтриване на данни (без отговор)",
         """Уважаеми господа,

На 10 януари ви изпратих искане за изтриване на личните ми данни по чл. 17 от ОРЗД, изготвено по образец от сайта на потребителска организация. Едномесечният срок е изтекъл, а отговор няма. Нещо повече - продължавам да получавам рекламни имейли от вас.

Повтарям искането си за изтриване. Ако в срок от 14 дни не получа отговор, ще подам жалба до Комисията за защита на личните данни и до белгийския надзорен орган.

Иван Георгиев""",
         "Иван Георгиев"),
        ("other", (),
         "Покана за участие в проучване",
         """Уважаеми колеги,

Българската асоциация на потребителите провежда проучване сред онлайн търговците, обслужващи клиенти от България, относно прилагането на правилата за защита на личните данни.

Бихме искали да ви зададем няколко кратки въпроса за обема и вида на получаваните искания от субекти на данни. Въпросникът се попълва за около 10 минути и е анонимен.

Ако сте съгласни, ще ви изпратим линк.

С уважение,
Петя Ангелова
координатор на проучването""",
         "Петя Ангелова"),
        ("access", ("portability",),
         "Искане за достъп и преносимост на данни от името на клиент - пълномощно в прикачения файл - реф. ID-BG-7734",
         """Уважаеми господа,

„ИзтрийМе“ ЕООД действа от името на г-жа Виктория Тодорова (v.todorova@dir.example) въз основа на приложеното нотариално заверено пълномощно.

От името на нашата клиентка ви молим:
1. да предоставите копие от всички лични данни, които обработвате за нея, заедно с информацията по чл. 15, пар. 1 от ОРЗД;
2. да предоставите данните, които тя ви е предоставила, в структуриран, широко използван и пригоден за машинно четене формат (чл. 20 от ОРЗД).

Моля, изпратете отговора на този адрес с посочване на референтния номер.

С уважение,
Екип „Искания“
„ИзтрийМе“ ЕООД""",
         "ИзтрийМе ЕООД"),
    ],
}

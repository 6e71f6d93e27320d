"""Blind set, people: en, nl, fr, de (see people_a.py).

An entry may carry a fifth element: extra headers (e.g. a web form that sends from a
no-reply address with the person in Reply-To).
"""

PEOPLE_C = {
    "en": [
        ("access", (), "Data Subject Access Request",
         """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data
Protection Regulation (GDPR). Please provide me with:

1. A copy of all personal data you hold about me;
2. The purposes for which it is processed;
3. The recipients or categories of recipients to whom it has been disclosed;
4. The period for which it will be stored;
5. The source of the data, where not collected from me;
6. Whether automated decision-making, including profiling, takes place.

I look forward to your response within one month, as required by Article 12(3).

Yours faithfully,
Oliver Bennett"""),
        ("deletion", ("withdraw_consent", "objection", "restriction"), "Erasure request (Article 17 GDPR)",
         """Dear Data Protection Officer,

I request that you erase all personal data concerning me without undue delay, pursuant to
Article 17 GDPR. I also withdraw any consent I have given (Article 7(3)) and object to the
processing of my data for direct marketing (Article 21(2)).

Pending erasure, please restrict the processing of my data (Article 18), and notify any
recipients to whom my data has been disclosed (Article 19).

Please confirm in writing once this has been done.

Kind regards,
Hannah Clarke"""),
        ("withdraw_consent", (), "Re: This week's deals",
         """stop emailing me. unsubscribe"""),
        ("complaint", ("access",), "Complaint - no response to my SAR",
         """Hello,

I sent you a subject access request on 2 April. The statutory deadline of one month has
passed and I have received nothing. I have now lodged a complaint with the Belgian Data
Protection Authority.

Oliver Bennett"""),
        ("correction", (), "Wrong address",
         """Hi, you still have my old address on my account. I moved - it's 14 Elm Road, Leeds LS6 2AB
now. Can you fix that please?

Thanks, Tom"""),
        ("other", (), "Question about my order",
         """Hi, I ordered a jacket (order 100245) but received the wrong size. Can I exchange it for
a medium?

Cheers, Amy"""),
        ("portability", (), "Request for my data in a machine-readable format",
         """Hello,

Under Article 20 GDPR I would like to receive the personal data I provided to you in a
structured, commonly used and machine-readable format, so that I can move it to another
service.

Regards,
Priya Shah"""),
        ("access", (), "New message from the contact form",
         """Name: Daniel Walsh
Email: daniel.walsh@gmail.com
Topic: Privacy

Message:
Can you tell me what personal information you hold on me? I got a letter from you but never
signed up.""",
         {"From": "Website <no-reply@shop.example.be>", "Reply-To": "daniel.walsh@gmail.com",
          "X-Mailer": "PHPMailer 6.8.0 (https://github.com/PHPMailer/PHPMailer)"}),
        ("other", (), "Partnership opportunity",
         """Hi there,

I run a small agency that helps e-commerce brands grow their email list. We have helped 40+
Belgian shops double their revenue. Would you be open to a quick 15-minute call next week?

Best,
Jake"""),
    ],
    "nl": [
        ("access", (), "Inzageverzoek AVG",
         """Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u
mij mee te delen of u persoonsgegevens van mij verwerkt. Als dat zo is, wil ik graag een
kopie van die gegevens ontvangen, en informatie over de doeleinden, de ontvangers, de
bewaartermijn en de herkomst van de gegevens.

Met vriendelijke groet,
Pieter de Vries"""),
        ("deletion", ("withdraw_consent",), "Verzoek tot verwijdering persoonsgegevens (art. 17 AVG)",
         """Geachte heer/mevrouw,

Hierbij verzoek ik u op grond van artikel 17 AVG al mijn persoonsgegevens te wissen. Tevens
trek ik mijn toestemming voor het verwerken van mijn gegevens in.

Met vriendelijke groet,
Sanne Jansen"""),
        ("objection", (), "Bezwaar tegen verwerking",
         """Beste,

Ik maak bezwaar tegen het gebruik van mijn gegevens voor profilering (artikel 21 AVG).

Groeten,
Kees Bakker"""),
        ("complaint", ("deletion",), "Herinnering: geen reactie op mijn verzoek",
         """Geachte heer/mevrouw,

Op 4 maart heb ik u gevraagd mijn gegevens te verwijderen. Ik heb nog steeds geen antwoord
ontvangen, terwijl de wettelijke termijn van een maand is verstreken. Ik heb daarom een
klacht ingediend bij de Gegevensbeschermingsautoriteit.

Sanne Jansen"""),
        ("correction", (), "adres gewijzigd",
         """Hallo, mijn adres is gewijzigd, het is nu Kerkstraat 12, 9000 Gent. Willen jullie dat
aanpassen in mijn account? Groetjes, Lotte"""),
        ("other", (), "Retour",
         """Goedemiddag, ik wil graag mijn bestelling 77120 retourneren, de schoenen zijn te klein.
Hoe gaat dat? Mvg, Bram"""),
        ("withdraw_consent", (), "Afmelden",
         """Graag wil ik geen mails meer van jullie ontvangen. Haal mij uit het bestand aub."""),
        ("restriction", (), "Verzoek beperking verwerking",
         """Geachte heer/mevrouw,

Ik betwist de juistheid van de gegevens die u over mij heeft. Ik verzoek u op grond van
artikel 18 AVG de verwerking van mijn persoonsgegevens te beperken totdat dit is
rechtgezet.

Met vriendelijke groet,
Fleur Visser"""),
        ("other", (), "Sollicitatie magazijnmedewerker",
         """Geachte heer/mevrouw,

Hierbij solliciteer ik naar de functie van magazijnmedewerker. In de bijlage vindt u mijn cv.

Met vriendelijke groet,
Ruben Smits"""),
    ],
    "fr": [
        ("access", (), "Demande de droit d'accès (article 15 du RGPD)",
         """Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD),
je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos
fichiers. Dans l'affirmative, je souhaiterais obtenir une copie, en langage clair, de
l'ensemble de ces données, ainsi que toute information disponible sur leur origine.

Je vous remercie de me faire parvenir votre réponse dans les meilleurs délais et au plus
tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
Camille Martin"""),
        ("deletion", (), "Demande d'effacement de données personnelles",
         """Madame, Monsieur,

En application de l'article 17.1 du RGPD, je vous prie d'effacer de vos fichiers les données
personnelles me concernant (nom, prénom, adresse électronique, historique d'achats).

Je vous remercie de me confirmer l'effacement dans un délai d'un mois.

Salutations distinguées,
Julien Bernard"""),
        ("withdraw_consent", (), "Désabonnement",
         """Bonjour, merci de ne plus m'envoyer vos newsletters, je souhaite me désinscrire.
Cordialement"""),
        ("objection", (), "Opposition au traitement de mes données",
         """Madame, Monsieur,

Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données personnelles
à des fins de profilage.

Salutations,
Nathalie Petit"""),
        ("complaint", ("access",), "Relance : demande d'accès restée sans réponse",
         """Madame, Monsieur,

Le 15 janvier, je vous ai adressé une demande d'accès à mes données personnelles. Malgré
l'expiration du délai d'un mois, je n'ai reçu aucune réponse. Sans réponse de votre part
sous huit jours, je saisirai l'Autorité de protection des données.

Camille Martin"""),
        ("other", (), "Candidature spontanée",
         """Madame, Monsieur,

Je me permets de vous adresser ma candidature spontanée pour un poste de conseiller de
vente. Vous trouverez ci-joint mon CV et ma lettre de motivation.

Cordialement,
Thomas Durand"""),
        ("restriction", (), "Demande de limitation du traitement",
         """Madame, Monsieur,

Je conteste l'exactitude des données que vous détenez à mon sujet. En application de
l'article 18 du RGPD, je vous demande de limiter le traitement de mes données le temps de
la vérification.

Cordialement,
Sophie Leroy"""),
        ("correction", (), "Modification de mon adresse",
         """Bonjour, j'ai déménagé, ma nouvelle adresse est 12 rue des Lilas, 1050 Ixelles. Pouvez-vous
la mettre à jour ? Merci, Léa"""),
        ("other", (), "Problème de livraison",
         """Bonjour, mon colis (commande 55214) est marqué livré mais je ne l'ai jamais reçu. Que
faire ? Merci"""),
    ],
    "de": [
        ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Auskunft gemäß Art. 15 DSGVO geltend. Bitte teilen Sie mir
mit, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall,
verlange ich Auskunft über die Verarbeitungszwecke, die Kategorien der Daten, die
Empfänger, die geplante Speicherdauer und die Herkunft der Daten sowie eine Kopie der Daten
(Art. 15 Abs. 3 DSGVO).

Ich erwarte Ihre Antwort innerhalb eines Monats.

Mit freundlichen Grüßen
Stefan Müller"""),
        ("deletion", ("withdraw_consent", "objection"), "Antrag auf Löschung personenbezogener Daten gemäß Art. 17 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten
unverzüglich zu löschen (Art. 17 DSGVO). Zugleich widerrufe ich meine Einwilligung (Art. 7
Abs. 3 DSGVO) und widerspreche der Verarbeitung meiner Daten zu Werbezwecken (Art. 21
DSGVO).

Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
Julia Schneider"""),
        ("withdraw_consent", (), "Abmelden",
         """Bitte keine Werbung mehr an diese Adresse. Danke"""),
        ("complaint", ("access",), "Erinnerung: Auskunftsersuchen vom 12.02.",
         """Sehr geehrte Damen und Herren,

mein Auskunftsersuchen vom 12.02. ist bis heute unbeantwortet. Die Frist nach Art. 12 Abs. 3
DSGVO ist abgelaufen. Ich werde mich bei der zuständigen Aufsichtsbehörde beschweren.

Stefan Müller"""),
        ("correction", (), "Berichtigung meiner Daten (Art. 16 DSGVO)",
         """Guten Tag,

mein Nachname ist in Ihrem System falsch geschrieben (Meier statt Maier). Ich bitte um
Berichtigung gemäß Art. 16 DSGVO.

Viele Grüße
Thomas Maier"""),
        ("other", (), "Rechnung 2024-551",
         """Sehr geehrte Damen und Herren,

auf der Rechnung 2024-551 fehlt unsere USt-IdNr. Könnten Sie uns bitte eine korrigierte
Rechnung schicken?

Mit freundlichen Grüßen
Buchhaltung, Weber GmbH"""),
        ("portability", (), "Datenübertragbarkeit",
         """Hallo,

ich möchte mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO wahrnehmen. Bitte senden
Sie mir meine Daten in einem strukturierten, gängigen und maschinenlesbaren Format.

Gruß
Lena Fischer"""),
        ("deletion", (), "Konto löschen",
         """Hallo, bitte löscht mein Kundenkonto und alle Daten von mir. Danke, Jonas""",
         {"From": "Kontaktformular <noreply@shop.example.be>", "Reply-To": "jonas.k@web.de"}),
        ("other", (), "Lieferzeit",
         """Guten Tag, wie lange dauert die Lieferung nach Österreich? Vielen Dank"""),
    ],
}

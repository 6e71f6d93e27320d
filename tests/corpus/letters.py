"""Hand-written letters for the corpus: formal templates, multi-requests, reminders,
and people whose mail looks like something else. Each: (category, categories, lang,
name, subject, body); "{name}" is replaced by the sender's name."""

from __future__ import annotations

from collections.abc import Iterator

ART15_EN = """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR).

Please confirm whether or not you process personal data concerning me and, if so, provide me with a copy of that data together with the following information:
- the purposes of the processing;
- the categories of personal data concerned;
- the recipients or categories of recipients to whom the personal data have been or will be disclosed;
- the envisaged period for which the personal data will be stored;
- the existence of the right to request from the controller rectification or erasure of personal data or restriction of processing of personal data concerning me or to object to such processing;
- the right to lodge a complaint with a supervisory authority;
- where the personal data are not collected from me, any available information as to their source;
- the existence of automated decision-making, including profiling.

Please reply within one month as required by Article 12(3) GDPR.

Yours faithfully,
{name}"""

ART15_DE = """Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich Sie um Auskunft, ob Sie mich betreffende personenbezogene Daten verarbeiten. Falls ja, bitte ich um Auskunft über:
1. die Verarbeitungszwecke;
2. die Kategorien personenbezogener Daten, die verarbeitet werden;
3. die Empfänger, gegenüber denen die Daten offengelegt worden sind;
4. die geplante Speicherdauer;
5. das Bestehen eines Rechts auf Berichtigung oder Löschung der mich betreffenden personenbezogenen Daten oder auf Einschränkung der Verarbeitung oder eines Widerspruchsrechts gegen diese Verarbeitung;
6. das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde;
7. die Herkunft der Daten.

Außerdem bitte ich um eine Kopie meiner Daten gemäß Art. 15 Abs. 3 DSGVO.

Mit freundlichen Grüßen
{name}"""

ART15_NL = """Geachte heer, mevrouw,

Met een beroep op artikel 15 van de Algemene verordening gegevensbescherming (AVG) verzoek ik u mij inzage te geven in de persoonsgegevens die u van mij verwerkt. Ik ontvang graag:
- een kopie van de persoonsgegevens;
- de doeleinden van de verwerking;
- de ontvangers aan wie de gegevens zijn verstrekt;
- hoe lang de gegevens worden bewaard;
- het recht om rectificatie of wissing van persoonsgegevens of beperking van de verwerking te vragen, en het recht om bezwaar te maken;
- de bron van de gegevens.

U dient binnen een maand te reageren.

Met vriendelijke groet,
{name}"""

ART15_FR = """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, le cas échéant, de m'en communiquer une copie, ainsi que :
- les finalités du traitement ;
- les destinataires ;
- la durée de conservation ;
- l'existence du droit de demander la rectification ou l'effacement de mes données, la limitation du traitement ou du droit de m'opposer à ce traitement ;
- l'origine des données.

Je vous remercie de me répondre dans le délai d'un mois prévu par l'article 12.3 du RGPD.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
{name}"""

MULTI_EN = """Dear Data Protection Officer,

I hereby request the erasure of all personal data you hold about me under Article 17 GDPR.

In addition, I withdraw any consent I may have given (Article 7(3) GDPR) and I object to any further processing of my data, including for direct marketing (Article 21 GDPR). Until the erasure is complete, please restrict the processing of my data (Article 18).

Please also inform any third parties to whom you disclosed my data of this request (Article 19) and confirm in writing once you have done so.

Sincerely,
{name}"""

MULTI_DE = """Sehr geehrte Damen und Herren,

hiermit fordere ich Sie auf, sämtliche meine Person betreffenden Daten gemäß Art. 17 DSGVO unverzüglich zu löschen.

Gleichzeitig widerrufe ich alle erteilten Einwilligungen und widerspreche der Verarbeitung meiner Daten zu Werbezwecken.

Bitte bestätigen Sie mir die Löschung schriftlich.

Mit freundlichen Grüßen
{name}"""

MULTI_NL = """Geachte heer/mevrouw,

Hierbij verzoek ik u om al mijn persoonsgegevens te verwijderen (artikel 17 AVG). Tevens trek ik mijn toestemming voor het ontvangen van marketing in en maak ik bezwaar tegen elke verdere verwerking van mijn gegevens.

Graag ontvang ik een bevestiging.

Met vriendelijke groet,
{name}"""

MULTI_FR = """Madame, Monsieur,

Je vous demande d'effacer l'ensemble de mes données personnelles conformément à l'article 17 du RGPD. Je retire également mon consentement à recevoir vos communications commerciales et je m'oppose au traitement de mes données à des fins de prospection.

Cordialement,
{name}"""

REMINDER_EN = """Hello,

On 2 April I asked you to delete my account and all my data. More than a month has passed and I have not received any reply, not even an acknowledgement.

If I do not hear from you within 7 days I will lodge a complaint with the Data Protection Authority.

{name}

-----Original Message-----
From: {name}
Sent: Tuesday, April 2, 2024 10:14
To: privacy@shop.example.be
Subject: Delete my account

Please delete my account and all personal data you hold about me."""

REMINDER_NL = """Beste,

Op 5 maart heb ik u gevraagd om inzage in mijn persoonsgegevens. Ik heb tot op heden nog geen reactie ontvangen, terwijl de termijn van een maand ruim verstreken is.

Groet,
{name}

Op 5 mrt. 2024 om 09:12 schreef {name}:
> Graag ontvang ik een kopie van alle persoonsgegevens die u van mij verwerkt."""

REMINDER_DE = """Sehr geehrte Damen und Herren,

mein Löschantrag vom 10. Januar ist bis heute unbeantwortet. Die Frist nach Art. 12 Abs. 3 DSGVO ist abgelaufen. Ich habe daher Beschwerde beim Landesbeauftragten für den Datenschutz eingereicht.

{name}"""

REMINDER_FR = """Bonjour,

Deuxième relance : ma demande de suppression de mon compte envoyée le 4 février est restée sans réponse. Le délai légal d'un mois est dépassé.

{name}"""

TRICKY = [
    # people whose mail mentions robots, forwards, disclaimers
    ("deletion", ["deletion"], "en", "out-of-office-mention-but-asks-deletion", "Re: confirm your address",
     "Sorry, I was out of office last week so I only saw your mail now. Yes, this is my address, please go ahead and delete my account.\n\n{name}"),
    ("access", ["access"], "en", "forwarded-bounce-and-asks-access", "Fwd: Undelivered Mail Returned to Sender",
     "Hi, my first mail to you bounced (see below). What personal data do you have about me?\n\n{name}\n\n---------- Forwarded message ---------\nFrom: Mail Delivery System <MAILER-DAEMON@mail.example.org>\nSubject: Undelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.org.\nI'm sorry to have to inform you that your message could not be delivered."),
    ("withdraw_consent", ["withdraw_consent"], "en", "company-disclaimer-unsubscribe", "unsubscribe",
     "Please take me off your marketing list.\n\n{name}\nSales Director\n\nThis e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender and delete this e-mail."),
    ("other", ["other"], "en", "disclaimer-only-order-question", "Order 1182",
     "Hi, can you tell me when order 1182 will ship?\n\n{name}\n\nCONFIDENTIALITY NOTICE: This email is intended solely for the addressee. If you are not the intended recipient, please delete it and notify us."),
    ("deletion", ["deletion"], "nl", "afwezig-vermeld-maar-wil-verwijderen", "Re: uw verzoek",
     "Ik was afwezig de voorbije weken. Ik wil nog steeds dat jullie mijn account verwijderen.\n\n{name}"),
    ("other", ["other"], "en", "cannot-access-account", "Can't access my account",
     "Hi, I can't access my account since your update yesterday. The app just shows a blank screen. Can you help?\n\n{name}"),
    ("other", ["other"], "de", "kann-nicht-einloggen", "Login geht nicht",
     "Hallo, ich kann mich seit gestern nicht mehr einloggen. Passwort zurücksetzen funktioniert auch nicht.\n\n{name}"),
    ("access", ["access"], "en", "short-what-do-you-know", "", "what do you know about me"),
    ("deletion", ["deletion"], "en", "short-delete-me", "delete me", "delete me pls"),
    ("withdraw_consent", ["withdraw_consent"], "en", "short-stop", "STOP", "stop sending me this crap"),
    ("correction", ["correction"], "en", "short-married-name", "name change", "Hi, I got married so my surname is now Peeters-Janssens. Could you change it on my account?"),
    ("deletion", ["deletion"], "fr", "informel-virez-moi", "", "bonjour, virez-moi de votre fichier client svp, je veux que mes données soient supprimées. merci"),
    ("access", ["access"], "de", "kurz-was-wissen-sie", "Frage", "Hallo, was wissen Sie alles über mich? Woher haben Sie meine Adresse?"),
    ("withdraw_consent", ["withdraw_consent"], "nl", "kort-geen-mails-meer", "", "Ik wil geen mails meer van jullie. Bedankt."),
]


def letters() -> Iterator[tuple[str, list[str], str, str, str, str]]:
    yield "access", ["access"], "en", "formal-art15-template-with-rights-list", "Subject Access Request", ART15_EN
    yield "access", ["access"], "en", "formal-art15-template-vague-subject", "Personal data", ART15_EN.replace("Article 15", "Art. 15")
    yield "access", ["access"], "de", "formal-art15-template-with-rights-list", "Auskunftsersuchen", ART15_DE
    yield "access", ["access"], "de", "formal-art15-template-empty-subject", "", ART15_DE
    yield "access", ["access"], "nl", "formal-art15-template-with-rights-list", "Inzageverzoek AVG", ART15_NL
    yield "access", ["access"], "nl", "formal-art15-template-vague-subject", "Vraag", ART15_NL
    yield "access", ["access"], "fr", "formal-art15-template-with-rights-list", "Demande de droit d'accès", ART15_FR
    yield "access", ["access"], "fr", "formal-art15-template-empty-subject", "", ART15_FR
    multi = ["deletion", "withdraw_consent", "objection", "restriction"]
    yield "deletion", multi, "en", "formal-multi-erasure-consent-objection-restriction", "Request for erasure", MULTI_EN
    yield "deletion", multi, "en", "formal-multi-erasure-empty-subject", "", MULTI_EN
    yield "deletion", ["deletion", "withdraw_consent", "objection"], "de", "formal-multi-loschung-widerruf-widerspruch", "Löschung meiner Daten", MULTI_DE
    yield "deletion", ["deletion", "withdraw_consent", "objection"], "nl", "formal-multi-verwijdering-toestemming-bezwaar", "Verzoek AVG", MULTI_NL
    yield "deletion", ["deletion", "withdraw_consent", "objection"], "fr", "formal-multi-effacement-retrait-opposition", "Demande RGPD", MULTI_FR
    yield "complaint", ["complaint", "deletion"], "en", "reminder-month-passed-quotes-deletion", "Re: Delete my account", REMINDER_EN
    yield "complaint", ["complaint", "access"], "nl", "herinnering-termijn-verstreken-inzage", "Re: inzage", REMINDER_NL
    yield "complaint", ["complaint", "deletion"], "de", "beschwerde-eingereicht-loschantrag", "Mein Löschantrag", REMINDER_DE
    yield "complaint", ["complaint", "deletion"], "fr", "deuxieme-relance-suppression", "Relance", REMINDER_FR
    for item in TRICKY:
        yield item

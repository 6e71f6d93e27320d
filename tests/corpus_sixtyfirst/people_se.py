"""Set sixtyfirst, person mail in en nl fr de es it pt: replies to the privacy team's own mails. Written apart from the rules (see make_sixtyfirst.py)."""

PEOPLE_SE = {
    "en": [
        ("access", (),
         "Re: Your request 2026-0412 - copy of your personal data",
         """Hi,

Thanks for the zip file. I've gone through it and it isn't complete though. I've been a customer since 2017 and the order list only starts in March 2021 - where are my orders from 2019 and 2020? I bought a washing machine and a laptop from you back then, so they must be on file somewhere.

Also, I rang your customer service at least three times about that washing machine and every time the recording said the call may be recorded. None of those recordings are in there either.

Could you send me the rest please, calls included, or tell me straight if they've been deleted?

Cheers,
Gareth Pryce

> Dear Mr Pryce,
>
> Following your request of 3 March, please find attached a copy of the
> personal data we hold about you. The password for the file will be sent
> to you by text message.
>
> Kind regards,
> Privacy Team""",
         "Gareth Pryce"),
        ("correction", (),
         "Re: Your data export is ready",
         """Hiya,

Got the file, thanks a million. Two things in it are wrong though. My date of birth is down as 12/07/1986 and it's actually 07/12/1986, looks like someone swapped the day and month. And you still have me at 14 Rue des Champs in Namur, I moved to Tiensestraat 88, 3000 Leuven well over a year ago.

Could you fix both on your end? I'd rather my loyalty vouchers stopped going to the old place.

Siobhan Kearney

> Hello,
>
> Your data export is ready. You can download it for 14 days using the
> link below. For your security, the link only works once.""",
         "Siobhan Kearney"),
        ("deletion", ("withdraw_consent",),
         "Re: Your account has been deleted",
         """You wrote on the 2nd that my account "has been deleted". This morning I opened the app and logged straight in. My loyalty points are there, my saved card is there, my wish list is there. And last night I got the Friday newsletter again, addressed to me by name.

So what exactly did you delete?

I asked for the account to be deleted, all of it, and I'm asking again. And take my address off the newsletter list while you're at it, I don't want it anymore whatever happens with the account. I'd like a confirmation that actually means something this time.

Paul Brennan

> Dear Mr Brennan,
>
> We confirm that your account and the associated personal data have been
> deleted, with the exception of data we are legally required to keep.
>
> Privacy Team""",
         "Paul Brennan"),
        ("restriction", (),
         "Re: Your request 2026-0388",
         """Dear Privacy Team,

Thank you for the explanation. I understand you can't delete my invoices because you have to keep them for seven years for the tax authorities. Fine, I won't argue with the law.

But then I'd like them kept aside and used for that purpose only. No marketing, no "customers like you bought", no analysis, nothing. Just locked away until the seven years are up and then deleted. Could you confirm that's what will happen with them?

Kind regards,
Helen Marsh

> Dear Ms Marsh,
>
> We have deleted your account. Please note that we are legally obliged to
> keep your invoices for seven years (accounting legislation). These
> will be deleted at the end of that period.""",
         "Helen Marsh"),
        ("objection", (),
         "Re: Your question about personalised offers",
         """So if I read your mail right, you go through everything I buy with the loyalty card to decide which offers I get, and because it's "legitimate interest" nobody ever had to ask me. Right.

I object to that. Keep the card, keep my points, but stop profiling my shopping.

Tom

> We use your purchase history to personalise the offers you see in the
> app and in our mailings. This processing is based on our legitimate
> interest in offering you relevant promotions.""",
         "Tom Ashworth"),
        ("withdraw_consent", (),
         "Re: Your request 2026-0455",
         """got ur mail about the account thx. keep the account but no more texts pls, getting 3 a week

Sent from my phone""",
         "Dan Whitlock"),
        ("complaint", ("access",),
         "Re: Your data export is ready - WRONG PERSON",
         """I have just opened the export you sent me and a good part of it isn't me.

The order history includes orders from a "Mrs J. Verbeke" in Mechelen, with her delivery address, her mobile number, the last four digits of her card and every single thing she bought since 2022. There are also two customer service chats of hers in there.

This is a data breach, plain and simple. And if someone else's data ended up in my file, I have to assume mine has ended up in someone else's. I want to know who else received my data and what exactly they got.

I am not impressed. I asked for a copy of my data, I sent you my ID when you asked, and this is what comes back. I'm reporting this to the Belgian Data Protection Authority (GBA/APD) today and I'm keeping the file as evidence until they tell me what to do with it.

Richard Lowe
Waterloo

> Dear Mr Lowe,
>
> Your data export is ready. You can download it for 14 days using the
> link below.""",
         "Richard Lowe"),
        ("other", (),
         "Re: Your data export is ready",
         """Received, opened fine, all there. Thanks for sorting it so quickly!

Mark

> Your data export is ready. You can download it for 14 days using the
> link below.""",
         "Mark Fenwick"),
        ("other", (),
         "Re: Your request 2026-0391",
         """Hello,

Thanks for confirming, all good on that front.

Sorry, this probably isn't for you but I don't know who else to write to and your address was the last one in my inbox: order 5521907 (the air fryer) was marked "delivered" yesterday but it never came. The address on the order is right, I checked, the courier just seems to have left it somewhere else. Could you pass this on to whoever deals with deliveries?

Many thanks,
Priya Nair

> Dear Ms Nair,
>
> We confirm that your request has been handled.
>
> Privacy Team""",
         "Priya Nair"),
        ("other", (),
         "Re: Please confirm it is you",
         """Hi,

My request was sorted last week, so nothing to do on my side, this is just a question out of interest. Is it actually normal (or even allowed) in Belgium for a shop to ask for a copy of someone's ID for this sort of thing? Back home in the UK I don't remember ever being asked. Not a complaint, I'm just curious how it works here.

Best,
Ruth Ellison

> Before we can handle your request, we need to make sure it is really you.
> Please reply to this e-mail with a copy of an identity document.""",
         "Ruth Ellison"),
    ],
    "nl": [
        ("access", (),
         "Re: Uw verzoek 2026-0412",
         """Goeiemiddag,

Ik heb uw mail gekregen maar eerlijk gezegd versta ik er niet veel van, met al die artikels en "verwerkingsgronden". Ik wil gewoon weten: wat hebben jullie allemaal over mij? Mijn adres, wat ik gekocht heb, mijn gsm-nummer?? En van waar hebben jullie dat, want ik heb volgens mij nooit een klantenkaart aangevraagd.

Mvg
Rita Claes

> Geachte mevrouw Claes,
>
> Wij hebben uw vraag goed ontvangen. Graag verwijzen wij u naar onze
> privacyverklaring, waarin de verwerkingsgronden (art. 6 AVG) uitgebreid
> worden toegelicht.
>
> Met vriendelijke groeten,
> Het privacyteam""",
         "Rita Claes"),
        ("correction", (),
         "Re: Gelieve te bevestigen dat u het bent",
         """Dag,

In bijlage een kopie van mijn identiteitskaart (foto en rijksregisternummer heb ik zwart gemaakt zoals gevraagd).

Zoals u kan zien is mijn naam "Van der Straeten", met spaties, en niet "Vanderstraeten" zoals het bij jullie overal staat. Ik denk dat mijn pakje daarom ook bij de verkeerde buren in Gentbrugge is beland. Gelieve dat aan te passen in mijn account en op mijn klantenkaart.

Met vriendelijke groeten,
Pieter Van der Straeten

> Beste klant,
>
> Om uw verzoek tot rechtzetting te kunnen behandelen, vragen wij u
> om uw identiteit te bevestigen.""",
         "Pieter Van der Straeten"),
        ("deletion", (),
         "Re: Gelieve te bevestigen dat u het bent",
         """Nee.

Ik ga jullie geen kopie van mijn identiteitskaart sturen om een account bij een webshop te laten verwijderen. Toen ik me inschreef moest ik ook geen identiteitskaart tonen, een e-mailadres was genoeg. Ik stuur deze mail van precies datzelfde adres, dat moet volstaan.

Verwijder dus gewoon mijn account en alles wat erbij hoort, zoals ik op 2 maart gevraagd heb.

Johan Mertens

> Beste heer Mertens,
>
> Voor we uw account kunnen verwijderen, vragen we u een kopie van uw
> identiteitskaart (voor- en achterkant) te bezorgen.""",
         "Johan Mertens"),
        ("portability", (),
         "Re: Uw gegevensexport is klaar",
         """Hallo,

Bedankt, maar ik kan daar niks mee. Het is een bestand "export_data.json" en als ik dat open in Kladblok zie ik alleen haakjes en aanhalingstekens.

Ik wil mijn aankoopgeschiedenis en garantiebewijzen overzetten naar de app van een andere winkel, en die vraagt een CSV-bestand. Kunnen jullie het in CSV sturen? Of nog beter: rechtstreeks naar hen doorsturen, als dat kan?

Groetjes,
Sofie Peeters

> Beste Sofie,
>
> Je gegevensexport is klaar. Je vindt je gegevens in een gestructureerd,
> machineleesbaar formaat (JSON) via de onderstaande link.""",
         "Sofie Peeters"),
        ("objection", ("withdraw_consent",),
         "Re: Antwoord op uw vraag over partners",
         """Als ik het goed begrijp geven jullie de gegevens van mijn klantenkaart door aan "geselecteerde partners" voor reclame, en moest ik daar nooit ja op zeggen omdat het "gerechtvaardigd belang" is.

Wel, ik maak daar bezwaar tegen. Stop ermee.

En die sms'jes met promoties wil ik ook niet meer, daar trek ik mijn toestemming voor in.

Marc Wouters
Hasselt

> Wij delen beperkte gegevens (postcode, aankoopcategorie) met
> geselecteerde partners om u relevante aanbiedingen te kunnen doen.
> Dit gebeurt op basis van ons gerechtvaardigd belang.""",
         "Marc Wouters"),
        ("withdraw_consent", ("complaint",),
         "Re: Uw account werd verwijderd",
         """Dag,

Jullie schreven op 12 februari dat mijn account verwijderd is. Prima. Waarom krijg ik dan vanmorgen wéér de nieuwsbrief met de krokusdeals? Dat is al de derde sinds jullie bevestiging.

Haal mij van die lijst, ik wil geen enkele reclamemail meer van jullie.

Ik vind het eerlijk gezegd vrij amateuristisch voor een winkel van jullie grootte.

An Maes

> Beste mevrouw Maes,
>
> Wij bevestigen dat uw account werd verwijderd.
>
> Het privacyteam""",
         "An Maes"),
        ("complaint", (),
         "Re: We hebben een maand extra nodig",
         """Geachte,

Een maand extra?? Ik heb mijn vraag op 2 januari gestuurd. Op 30 januari kreeg ik een mail dat jullie mijn identiteit moesten controleren, die heb ik dezelfde dag beantwoord met een kopie van mijn identiteitskaart. Daarna hoorde ik niks meer, en nu, op de laatste dag, krijg ik te horen dat het "wegens het grote aantal verzoeken" nog een maand langer duurt.

Ik vroeg alleen welke gegevens jullie over mij bijhouden. Dat is geen ingewikkelde vraag voor een bedrijf dat mij elke week perfect weet te vinden met zijn folders.

Dit is niet aanvaardbaar. Ik heb vandaag een klacht ingediend bij de Gegevensbeschermingsautoriteit in Brussel, met al onze mails als bijlage.

Hoogachtend,
Dirk Janssens
Mortsel

> Beste heer Janssens,
>
> Wegens het grote aantal verzoeken dat wij momenteel ontvangen, hebben
> wij een maand extra nodig om uw verzoek te behandelen (art. 12.3 AVG).
> Wij danken u voor uw begrip.""",
         "Dirk Janssens"),
        ("other", (),
         "Re: Uw verzoek 2026-0398",
         """Alles goed ontvangen, het bestand opent zonder problemen. Bedankt voor de vlotte afhandeling!

Groeten,
Lotte

> Beste Lotte,
>
> In bijlage vind je een kopie van de gegevens die wij over jou bewaren.""",
         "Lotte De Smet"),
        ("other", (),
         "Re: Gelieve te bevestigen dat u het bent",
         """Dag,

Laat maar zitten, ik heb mijn oude facturen intussen zelf gevonden in de app onder "Mijn aankopen". Daar ging het mij eigenlijk om. Jullie hoeven dus niks meer te doen en ik stuur ook geen identiteitskaart.

Sorry voor de moeite!
Koen

> Om uw verzoek te kunnen behandelen, vragen wij u om uw identiteit te
> bevestigen.""",
         "Koen Verhoeven"),
        ("other", (),
         "Re: Uw verzoek 2026-0420",
         """Bedankt voor uw antwoord.

Ik weet niet of dit bij u hoort, maar mijn bestelling 8812345 (een koffiezet) is gisteren aangekomen met een gebarsten glazen kan. De doos was ook ingedeukt. Hoe kan ik die terugsturen of een nieuwe kan krijgen?

Mvg,
Els Vermeulen

> Beste mevrouw Vermeulen,
>
> Uw verzoek is afgehandeld. U ontvangt geen reclame per post meer.""",
         "Els Vermeulen"),
    ],
    "fr": [
        ("access", (),
         "Re: Votre demande 2026-0412",
         """Bonjour,

Merci pour le fichier. Par contre il manque quelque chose d'important : les enregistrements de mes appels au service clientèle. En décembre j'ai téléphoné au moins quatre fois pour mon lave-vaisselle et à chaque fois on m'a dit « cet appel peut être enregistré ». Dans votre export il n'y a que mes commandes et mon adresse.

Je voudrais recevoir aussi ces enregistrements, ou au minimum savoir s'ils existent encore et combien de temps vous les gardez.

Bien à vous,
Nathalie Lemaire

> Madame,
>
> Suite à votre demande d'accès, vous trouverez en pièce jointe une copie
> des données personnelles que nous conservons à votre sujet.
>
> L'équipe Vie privée""",
         "Nathalie Lemaire"),
        ("correction", (),
         "Re: Copie de vos données personnelles",
         """Bonjour,

Bien reçu, merci. Et pendant que vous y êtes : il y a deux erreurs dans ce que vous avez sur moi. Mon nom c'est Dethier, pas Dethiers. Et mon numéro de GSM a changé, c'est maintenant le 0478 93 41 07 (l'ancien n'est plus à moi, c'est quelqu'un d'autre qui reçoit vos SMS !).

Merci de corriger.

Luc Dethier
Liège

> Monsieur Dethiers,
>
> Veuillez trouver ci-joint une copie de vos données personnelles.""",
         "Luc Dethier"),
        ("deletion", ("withdraw_consent",),
         "Re: Votre compte a été supprimé",
         """Bonjour,

Vous m'avez confirmé le 4 mars que mon compte était supprimé. Or ce matin j'ai encore reçu la newsletter « Spécial printemps » à mon nom, et mon mari a essayé de se connecter à l'application avec mon adresse et mon mot de passe pour voir : tout y est encore, les commandes, les points, l'adresse de livraison.

Supprimez vraiment mon compte s'il vous plaît, et retirez mon adresse de vos listes de newsletter une bonne fois pour toutes.

Merci d'avance,
Martine Collignon

> Madame,
>
> Nous vous confirmons que votre compte a été supprimé.
>
> L'équipe Vie privée""",
         "Martine Collignon"),
        ("portability", (),
         "Re: Votre export de données est prêt",
         """Bonjour,

Je n'ai pas pu télécharger le fichier à temps, j'étais en vacances et le lien a expiré. Pouvez-vous me le renvoyer ?

Si possible en CSV plutôt qu'en JSON : je veux importer mes achats dans mon appli de gestion de budget et elle n'accepte que le CSV.

Merci,
Kevin Hubert

> Bonjour,
>
> Votre export de données est prêt. Le lien de téléchargement est
> valable 7 jours.""",
         "Kevin Hubert"),
        ("restriction", ("correction",),
         "Re: Nous avons besoin d'un mois supplémentaire",
         """Madame, Monsieur,

Je prends acte du délai supplémentaire que vous demandez pour vérifier ma demande de rectification.

Dans l'intervalle, je vous demande de ne plus utiliser l'adresse que vous avez enregistrée à mon nom (rue de la Station 12 à Wavre), qui n'est pas la mienne et à laquelle vous continuez d'envoyer vos dépliants et mes bons de fidélité. Conservez-la si vous le devez, mais n'en faites plus rien tant que la vérification n'est pas terminée (article 18, paragraphe 1, a) du RGPD).

Je rappelle que mon adresse correcte est celle indiquée dans ma première demande : avenue des Tilleuls 5, 1300 Wavre.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Bernard Gillet

> Monsieur,
>
> Nous devons encore vérifier certains éléments de votre demande. Nous
> avons dès lors besoin d'un mois supplémentaire pour y répondre.""",
         "Bernard Gillet"),
        ("withdraw_consent", (),
         "Re: votre mail",
         """ok bien reçu. et arrêtez les sms de pub svp j'en ai marre

JP""",
         "Jean-Pierre Lambert"),
        ("complaint", ("access",),
         "Re: Votre demande 2026-0440 - données envoyées à la mauvaise personne",
         """Madame, Monsieur,

Hier soir, une dame de Charleroi que je ne connais pas m'a téléphoné. Elle a reçu par mail VOTRE message « Votre export de données est prêt », avec le lien, et en l'ouvrant elle est tombée sur mes données à moi : mon adresse, mon numéro de GSM, toutes mes commandes depuis 2020. C'est d'ailleurs comme ça qu'elle a trouvé mon numéro.

C'est inadmissible. Je vous ai envoyé ma carte d'identité quand vous l'avez demandée, pour être sûrs que c'était bien moi, et vous envoyez ensuite tout à une inconnue.

Je veux savoir exactement ce qui lui a été envoyé, et si d'autres personnes ont reçu mes données. J'introduis aujourd'hui une plainte auprès de l'Autorité de protection des données.

Sandrine Delvaux
Namur

> Bonjour,
>
> Votre export de données est prêt. Le lien de téléchargement est
> valable 7 jours.""",
         "Sandrine Delvaux"),
        ("other", (),
         "Re: Votre compte a été supprimé",
         """Bonjour,

Merci pour la confirmation.

Petite question qui n'a rien à voir avec la vie privée : j'avais encore un bon d'achat de 15 euros (reçu pour le retour d'un grille-pain) que je comptais utiliser en magasin à Mons. Est-ce qu'il est perdu maintenant, ou est-ce que je peux encore l'utiliser avec le code papier ? Sinon pas grave.

Bonne journée,
Isabelle Renard

> Madame,
>
> Nous vous confirmons que votre compte a été supprimé.""",
         "Isabelle Renard"),
        ("other", (),
         "Re: Confirmez votre identité",
         """Bonjour,

J'ai envoyé ma carte d'identité hier, c'est en ordre pour moi.

Une question générale, ce n'est pas une demande : mon mari a aussi un compte chez vous. S'il veut un jour faire la même chose, est-ce qu'il doit vous écrire lui-même, ou est-ce qu'un conjoint peut le faire pour l'autre ? Juste pour savoir comment ça se passe.

Merci et bonne fin de journée,
Véronique Masson

> Afin de traiter votre demande, nous devons vérifier votre identité.""",
         "Véronique Masson"),
        ("other", (),
         "Re: Votre demande 2026-0412",
         """Bien reçu, tout est en ordre. Merci beaucoup pour votre rapidité et bonne journée !

Cédric

> Monsieur,
>
> Votre demande a été traitée. Vous trouverez le détail ci-dessous.""",
         "Cédric Poncelet"),
    ],
    "de": [
        ("access", (),
         "Re: Bitte bestätigen Sie Ihre Identität",
         """Sehr geehrte Damen und Herren,

anbei wie gewünscht eine Kopie meines Personalausweises. Geschwärzt ist alles außer Name, Geburtsdatum und Anschrift, mehr brauchen Sie ja nicht.

Ich bitte nun darum, meine Anfrage vom 14. Februar zügig zu bearbeiten: welche Daten Sie über mich gespeichert haben, woher Sie diese haben, an wen sie weitergegeben wurden und wie lange sie gespeichert bleiben.

Mit freundlichen Grüßen
Andrea Schmitz
Eupen

> Sehr geehrte Frau Schmitz,
>
> bevor wir Ihre Anfrage bearbeiten können, müssen wir sicherstellen, dass
> es sich wirklich um Sie handelt. Bitte senden Sie uns eine Kopie eines
> Ausweisdokuments.""",
         "Andrea Schmitz"),
        ("deletion", (),
         "Re: Bitte bestätigen Sie Ihre Identität",
         """Hallo,

ich schicke Ihnen ganz sicher keine Ausweiskopie. Für das Kundenkonto musste ich damals auch nur eine E-Mail-Adresse angeben, und genau von dieser Adresse schreibe ich Ihnen. Das ist Nachweis genug.

Bitte löschen Sie jetzt mein Konto samt Bestellhistorie, so wie am 3. März beantragt.

Gruß
Jürgen Kessler""",
         "Jürgen Kessler"),
        ("portability", (),
         "Re: Ihr Datenexport ist fertig",
         """Guten Tag,

danke für den Export. Leider fehlen sämtliche Bestellungen vor 2021 - ich kaufe seit 2018 bei Ihnen, unter anderem 2019 die komplette Küchenausstattung. Außerdem ist das Ganze ein PDF. Ich möchte die Kaufdaten und Garantiezeiten in meine Haushalts-App übernehmen und brauche dafür eine Datei, die sich einlesen lässt (CSV o.ä.).

Könnten Sie mir bitte den vollständigen Export noch einmal in diesem Format zuschicken?

Viele Grüße
Stefan Brandt
Aachen

> Sehr geehrter Herr Brandt,
>
> Ihr Datenexport ist fertig. Sie finden die Datei im Anhang.""",
         "Stefan Brandt"),
        ("restriction", (),
         "Re: Wir benötigen einen weiteren Monat",
         """Hallo,

kein Problem mit der Verlängerung - bitte löschen Sie vorerst sogar gar nichts!

Ich habe inzwischen Ärger mit dem Geschirrspüler (Bestellung 40-771-2291): der Hersteller lehnt die Garantie ab und ich brauche die Rechnung, den Lieferschein und den Chatverlauf mit Ihrem Kundendienst womöglich vor Gericht.

Also bitte alles aufbewahren, aber nicht mehr für irgendetwas anderes verwenden, bis ich mich wieder melde. Dann können Sie das Konto löschen.

Viele Grüße
Katrin Vogel

> Sehr geehrte Frau Vogel,
>
> aufgrund der hohen Zahl an Anfragen benötigen wir einen weiteren Monat,
> um Ihren Löschantrag zu bearbeiten.""",
         "Katrin Vogel"),
        ("objection", (),
         "Re: Ihre Anfrage 2026-0412",
         """Sehr geehrte Damen und Herren,

danke für die Auskunft. Sie schreiben, dass Sie meine Kaufdaten "zur Verbesserung unserer Angebote" auswerten und die Nutzungsdaten der App an einen externen Analysedienst weitergeben, beides gestützt auf Ihr berechtigtes Interesse.

Dem widerspreche ich hiermit nach Art. 21 DSGVO, und zwar beidem. Das Kundenkonto möchte ich behalten.

Mit freundlichen Grüßen
Dr. Monika Albers

> Zwecke der Verarbeitung: Vertragsabwicklung; Analyse des Kaufverhaltens
> zur Verbesserung unserer Angebote (berechtigtes Interesse);
> App-Analyse durch einen Dienstleister (berechtigtes Interesse).""",
         "Monika Albers"),
        ("withdraw_consent", ("deletion",),
         "Re: Ihr Konto wurde gelöscht",
         """Guten Tag,

der Newsletter kommt seit der Löschung tatsächlich nicht mehr, danke. Dafür hat mich gestern jemand von Ihrem Haus auf dem Handy angerufen und mir ein Angebot für eine Küchenmaschine gemacht.

Ich will keine Werbeanrufe mehr, falls ich da irgendwann mal ein Häkchen gesetzt habe, widerrufe ich das hiermit. Und wenn mein Konto doch gelöscht ist, wieso haben Sie meine Handynummer noch? Löschen Sie die bitte auch.

Thomas Krüger

> Sehr geehrter Herr Krüger,
>
> wir bestätigen Ihnen, dass Ihr Kundenkonto gelöscht wurde.""",
         "Thomas Krüger"),
        ("complaint", ("access",),
         "Re: Wir benötigen einen weiteren Monat",
         """Sehr geehrte Damen und Herren,

das ist nicht akzeptabel.

Meine Auskunftsanfrage ging am 8. Januar bei Ihnen ein, die Ausweiskopie habe ich Ihnen am 10. Januar geschickt. Eine Verlängerung nach Art. 12 Abs. 3 DSGVO ist nur möglich, wenn die Anfrage komplex ist. Eine Auskunft über ein einziges Kundenkonto mit ein paar Bestellungen ist nicht komplex. Dass Sie "viele Anfragen" bekommen, ist Ihr organisatorisches Problem, nicht meins.

Ich erwarte die vollständige Auskunft bis spätestens Freitag. Parallel habe ich heute Beschwerde bei der Landesbeauftragten für Datenschutz und Informationsfreiheit NRW eingelegt.

Mit freundlichen Grüßen
Wolfgang Heinemann
Düren

> Sehr geehrter Herr Heinemann,
>
> aufgrund der hohen Zahl an Anfragen benötigen wir einen weiteren Monat,
> um Ihre Anfrage zu bearbeiten. Wir bitten um Ihr Verständnis.""",
         "Wolfgang Heinemann"),
        ("other", (),
         "Re: Ihr Datenexport ist fertig",
         """Alles angekommen, vielen Dank! Hat super geklappt.

Lg Jana

> Ihr Datenexport ist fertig. Der Download-Link ist 14 Tage gültig.""",
         "Jana Lorenz"),
        ("other", (),
         "Re: Ihr Konto wurde gelöscht",
         """Hallo,

danke für die Bestätigung. Eine Frage noch, die eher an die Buchhaltung geht: ich habe letzte Woche einen Bluetooth-Lautsprecher zurückgeschickt (Retoure R-220391). Wird mir der Betrag trotzdem noch auf mein Bankkonto erstattet, obwohl das Kundenkonto jetzt weg ist? Oder muss ich mich dafür irgendwo melden?

Gruß
Markus Hoffmann

> Sehr geehrter Herr Hoffmann,
>
> wir bestätigen Ihnen, dass Ihr Kundenkonto gelöscht wurde.""",
         "Markus Hoffmann"),
        ("other", (),
         "Re: Ihre Anfrage 2026-0412",
         """Guten Tag,

danke für die ausführliche Antwort, damit ist für mich alles erledigt.

Nur aus Interesse, weil wir im Sportverein gerade unsere Datenschutzerklärung überarbeiten: Gilt für Sie als belgisches Unternehmen bei deutschen Kunden eigentlich auch das deutsche BDSG, oder nur die DSGVO und das belgische Recht? Sie müssen mit meinen Daten nichts machen, es ist wirklich nur eine Frage.

Beste Grüße
Claudia Becker

> Sehr geehrte Frau Becker,
>
> anbei erhalten Sie die Auskunft über die bei uns gespeicherten Daten.""",
         "Claudia Becker"),
    ],
    "es": [
        ("correction", (),
         "Re: Confirme que es usted",
         """Hola, buenas tardes:

Les adjunto el DNI como me pidieron (he tapado la foto y el número de soporte).

Aprovecho para decirles que mi nombre está mal en su sistema: pone "Ortega, María" y soy María García Ortega, con los dos apellidos. Aquí en Bélgica siempre me pasa lo mismo, pero por eso el repartidor no me encontraba en el buzón. ¿Pueden corregirlo, por favor?

Un saludo,
María García Ortega

> Estimada clienta:
>
> Para poder tramitar su solicitud, necesitamos confirmar su identidad.
> Le rogamos que nos envíe una copia de un documento de identidad.""",
         "María García Ortega"),
        ("deletion", (),
         "Re: Su solicitud 2026-0412",
         """Buenos días:

Me dicen que han eliminado mi cuenta "salvo los datos que la ley nos obliga a conservar". Vale. Pero la tarjeta de fidelidad sigue funcionando en la tienda de la Rue Neuve: el sábado la pasé en caja y me sumó puntos, y en el tique salía mi nombre.

Eso no es una factura. Borren también la tarjeta y todo lo que tenga que ver con ella, por favor.

Atentamente,
Javier Morales

> Estimado Sr. Morales:
>
> Le confirmamos que hemos eliminado su cuenta, salvo los datos que la ley
> nos obliga a conservar.""",
         "Javier Morales"),
        ("portability", ("correction",),
         "Re: Su exportación de datos está lista",
         """Hola:

Me ha llegado este aviso reenviado por mi hermana, porque el enlace lo han mandado a mi antiguo correo de Hotmail, que ya no uso y al que solo ella tiene acceso desde hace años. No lo he abierto.

¿Me pueden mandar el archivo otra vez, pero a esta dirección? Lo necesito para pasar mi historial de compras a otra tienda.

Y ya que estamos, cambien el correo de mi cuenta por este, que el otro no lo miro nunca.

Gracias,
Lucía Fernández

> Hola:
>
> Su exportación de datos está lista. Puede descargarla durante 14 días
> desde el enlace siguiente.""",
         "Lucía Fernández"),
        ("restriction", (),
         "Re: Respuesta a su oposición",
         """Estimados señores:

Entiendo que necesitan "analizar si sus intereses legítimos prevalecen" sobre mi oposición al uso de mis compras para publicidad personalizada.

Mientras lo analizan, les pido que dejen de usar mis datos para cualquier fin que no sea gestionar mis pedidos (art. 18.1.d del RGPD). No hace falta que borren nada; simplemente, que no se usen hasta que me den una respuesta.

Un saludo,
Alberto Ruiz Sanz

> Estimado Sr. Ruiz:
>
> Hemos recibido su oposición. Estamos analizando si nuestros intereses
> legítimos prevalecen sobre sus derechos y le responderemos en el
> plazo previsto.""",
         "Alberto Ruiz Sanz"),
        ("objection", (),
         "Re: Información sobre sus datos",
         """Hola,

Gracias por la explicación. O sea que cuando compro algo en el marketplace, ustedes pasan mis datos a los "socios comerciales" para que me manden ofertas. Pues no, no quiero. Que el vendedor tenga mi dirección para mandarme el paquete vale, pero nada más.

Me opongo a que cedan mis datos a terceros para publicidad.

Carmen López

> Los datos de contacto pueden compartirse con nuestros socios
> comerciales del marketplace con fines de marketing, sobre la base de
> nuestro interés legítimo.""",
         "Carmen López"),
        ("withdraw_consent", (),
         "Re: Su solicitud 2026-0450",
         """Que dejen de llamarme para ofertas por favor. Ya lo dije por teléfono la semana pasada. Gracias

Enviado desde mi iPhone""",
         "Pablo Jiménez"),
        ("complaint", ("deletion",),
         "Re: Confirme que es usted",
         """Buenas tardes:

Me piden el DNI por las dos caras, una factura de la luz Y una foto mía sosteniendo el DNI. Todo esto para borrar una cuenta en una tienda online donde compré dos veces unos auriculares. ¿Estamos locos? Ni mi banco me pide tanto.

Me parece completamente desproporcionado y ya he presentado una reclamación ante la AEPD con copia de este correo.

Les escribo desde el mismo correo con el que me registré. Exijo que borren mi cuenta sin más trámites.

Raúl Domínguez

> Estimado cliente:
>
> Para su seguridad, le rogamos que nos envíe una copia de su documento
> de identidad (ambas caras), un justificante de domicilio reciente y una
> fotografía en la que sostenga dicho documento.""",
         "Raúl Domínguez"),
        ("other", (),
         "Re: Su cuenta ha sido eliminada",
         """Recibido, muchas gracias por la rapidez. Todo correcto.

Saludos,
Elena

> Le confirmamos que su cuenta ha sido eliminada.""",
         "Elena Navarro"),
        ("other", (),
         "Re: Su solicitud 2026-0419",
         """Gracias por la respuesta.

Otra cosa, no sé si es con ustedes: el pedido 7734102 (una lámpara de pie) lo han dejado en el portal de al lado, en Ixelles. La dirección del pedido está bien, lo he comprobado, el repartidor se equivocó de número. ¿Pueden reclamarlo ustedes al transportista o tengo que llamar yo?

Un saludo,
Sergio Castro

> Estimado Sr. Castro:
>
> Su solicitud ha sido tramitada. Ya no recibirá publicidad por correo
> postal.""",
         "Sergio Castro"),
        ("other", (),
         "Re: Su solicitud 2026-0412",
         """Hola de nuevo,

Gracias por la explicación, con eso me basta y lo doy por cerrado.

Solo una curiosidad: ¿en Bélgica las facturas se guardan 7 años? Creo que en España son 6 años para Hacienda, por eso me sorprendió. No les pido nada, es por saberlo.

Un saludo,
Ana Martín

> Le informamos de que estamos legalmente obligados a conservar sus
> facturas durante siete años.""",
         "Ana Martín"),
    ],
    "it": [
        ("access", (),
         "Re: Ecco una copia dei suoi dati",
         """Buongiorno,

grazie per il file. Vedo l'elenco degli ordini e i miei dati anagrafici, ma non c'è scritto da nessuna parte a chi li avete comunicati. Il corriere immagino, ma il mese scorso mi ha chiamato una società di energia che sapeva che avevo appena comprato un condizionatore da voi. Strano, no?

Vorrei sapere a chi avete dato i miei dati e per quanto tempo li conserverete.

Cordiali saluti
Francesca Bellini

> Gentile Signora Bellini,
>
> in allegato trova una copia dei dati personali che la riguardano.""",
         "Francesca Bellini"),
        ("correction", (),
         "Re: La preghiamo di confermare la sua identità",
         """Buongiorno,

allego la carta d'identità come richiesto.

Già che ci siamo: nel vostro sistema risulto come "Sig.ra Andrea Romano", ma sono un uomo. In Italia Andrea è un nome maschile! Ogni vostra mail comincia con "Gentile signora" e anche sulla carta fedeltà c'è scritto "Mme". Correggete per favore.

Saluti
Andrea Romano

> Gentile Signora Romano,
>
> per poter dare seguito alla sua richiesta, la preghiamo di confermare la
> sua identità inviandoci una copia di un documento.""",
         "Andrea Romano"),
        ("deletion", (),
         "Re: Il suo account è stato eliminato",
         """Salve,

grazie, ma avevo chiesto di cancellare tutto, e le mie recensioni sul marketplace sono ancora lì, con il mio nome e cognome e la foto del profilo. Ne ho scritte una decina, anche sul televisore che poi ho reso.

Per favore cancellate anche quelle, o almeno togliete nome e foto.

Grazie,
Giulia Ferrara

> Gentile Signora Ferrara,
>
> le confermiamo che il suo account è stato eliminato.""",
         "Giulia Ferrara"),
        ("portability", (),
         "Re: Il suo export dei dati è pronto",
         """Buongiorno,

grazie. Invece di scaricarlo io, sarebbe possibile trasmetterlo direttamente a ElettroCasa Bruxelles? Mi hanno detto che possono importare lo storico degli acquisti e delle garanzie se ricevono il file da voi. Il loro indirizzo per questo è dati@elettrocasa.example.be.

Cordialmente,
Marco Esposito

> Gentile Signor Esposito,
>
> il suo export dei dati è pronto. Può scaricarlo entro 14 giorni dal
> link qui sotto.""",
         "Marco Esposito"),
        ("restriction", (),
         "Re: La sua richiesta 2026-0412",
         """Gentili signori,

prendo atto che il mio numero di cellulare è finito "per errore" nella lista delle chiamate promozionali e che vi offrite di cancellarlo.

Per ora no: non cancellatelo, perché mi serve come prova. Vi chiedo però di bloccarlo, cioè di non usarlo più per nulla, e di cancellarlo solo quando ve lo dirò io.

Distinti saluti
Roberto Galli

> Gentile Signor Galli,
>
> a seguito di un errore, il suo numero è stato inserito nella lista delle
> chiamate promozionali. Ci scusiamo. Se lo desidera, possiamo
> cancellarlo immediatamente.""",
         "Roberto Galli"),
        ("objection", ("deletion",),
         "Re: Risposta alla sua domanda sulla carta fedeltà",
         """Buonasera,

quindi, se ho capito bene, con la carta fedeltà analizzate tutto quello che compro per crearmi un "profilo di preferenze" e mandarmi offerte su misura, e per questo non serve il mio consenso perché è "interesse legittimo".

Mi oppongo. Uso la carta per i punti, non per essere profilato. E il profilo che avete già creato cancellatelo, grazie.

Paola Conti

> Con la carta fedeltà analizziamo i suoi acquisti per creare un profilo
> di preferenze e proporle offerte personalizzate, sulla base del nostro
> legittimo interesse.""",
         "Paola Conti"),
        ("complaint", ("access",),
         "Re: Abbiamo bisogno di un altro mese",
         """Gentili signori,

non è accettabile. Ho fatto la richiesta di accesso il 5 gennaio, vi ho mandato il documento il giorno stesso, e all'ultimo giorno utile mi scrivete che vi serve "un altro mese" senza nessuna spiegazione concreta.

Si tratta dei dati di un normale cliente, non di un'indagine. Vi chiedo di mandarmi subito quello che avete, e vi informo che ho già presentato reclamo al Garante per la protezione dei dati personali.

Alessandro Moretti

> Gentile Signor Moretti,
>
> a causa dell'elevato numero di richieste, abbiamo bisogno di un altro
> mese per rispondere alla sua richiesta.""",
         "Alessandro Moretti"),
        ("other", (),
         "Re: Il suo account è stato eliminato",
         """Ricevuto, grazie mille per la rapidità. Tutto a posto.

Chiara

> Le confermiamo che il suo account è stato eliminato.""",
         "Chiara Ricci"),
        ("other", (),
         "Re: La preghiamo di confermare la sua identità",
         """Buongiorno,

lasciate stare, ho trovato tutto nell'app sotto "Il mio profilo", era quello che mi serviva. Quindi non vi mando il documento e non dovete fare niente.

Scusate il disturbo!
Luca Mancini

> Per poter dare seguito alla sua richiesta, la preghiamo di confermare
> la sua identità.""",
         "Luca Mancini"),
        ("other", (),
         "Re: La sua richiesta 2026-0433",
         """Mi scusi, ho risposto alla mail sbagliata, volevo scrivere al servizio clienti.

Il frullatore che ho ordinato (ordine 66120945) si è rotto dopo due settimane, il motore fa fumo. Come faccio il reso? Devo portarlo in negozio a Liegi o lo viene a prendere il corriere?

Grazie,
Silvia Marino

> Gentile Signora Marino,
>
> la sua richiesta è stata evasa.""",
         "Silvia Marino"),
    ],
    "pt": [
        ("access", (),
         "Re: Confirme que é você",
         """Boa tarde,

Já enviei a cópia do cartão de cidadão na semana passada. E agora??

Afinal o que é que vocês têm sobre mim? Recebo publicidade vossa em casa, em papel, e nunca vos dei a minha morada. Quero saber de onde veio.

Fernando Sousa

> Para podermos tratar o seu pedido, precisamos de confirmar a sua
> identidade.""",
         "Fernando Sousa"),
        ("correction", (),
         "Re: O seu pedido 2026-0412",
         """Bom dia,

Obrigado pela resposta. Aproveito para pedir uma correção: o meu nome aparece em todas as faturas e e-mails como "JoÃ£o Gonçalves" (com uns caracteres esquisitos) e a data de nascimento está 03/11/1979, quando é 11/03/1979. Podem corrigir as duas coisas na minha conta?

Cumprimentos,
João Gonçalves

> Caro JoÃ£o,
>
> O seu pedido foi tratado.""",
         "João Gonçalves"),
        ("deletion", ("withdraw_consent",),
         "Re: Precisamos de mais um mês",
         """Boa tarde,

Compreendo que precisem de mais tempo para apagar a conta toda. Mas entretanto apaguem já, pelo menos, o meu número de telemóvel e as moradas antigas, isso não deve ser difícil.

E deixem de me mandar SMS com promoções a partir de hoje, não quero receber mais nenhum.

Obrigada,
Ana Rodrigues

> Cara Sra. Rodrigues,
>
> Devido ao elevado número de pedidos, precisamos de mais um mês para
> tratar o seu pedido de eliminação.""",
         "Ana Rodrigues"),
        ("portability", (),
         "Re: A sua exportação de dados está pronta",
         """Olá,

Recebi o ficheiro ZIP mas está protegido com palavra-passe e o SMS com a palavra-passe nunca chegou. Já esperei três dias.

Podem enviar de novo? E se for possível em CSV em vez de JSON, melhor, porque quero passar o histórico de compras para outra aplicação.

Obrigado,
Rui Pereira

> Olá,
>
> A sua exportação de dados está pronta. A palavra-passe para abrir o
> ficheiro ser-lhe-á enviada por SMS.""",
         "Rui Pereira"),
        ("restriction", (),
         "Re: Recebemos o seu pedido de eliminação",
         """Bom dia,

Afinal peço-vos que não apaguem já os meus dados. Roubaram-me o telemóvel que comprei na vossa loja em Antuérpia e a seguradora está a levantar problemas, por isso posso precisar da fatura, do número de série e do registo da compra.

Guardem tudo mas não usem os meus dados para mais nada até eu vos dizer que o assunto está resolvido. Depois sim, podem apagar.

Cumprimentos,
Carla Martins

> Cara Sra. Martins,
>
> Recebemos o seu pedido de eliminação. Os seus dados serão eliminados
> no prazo de 30 dias.""",
         "Carla Martins"),
        ("objection", ("withdraw_consent",),
         "Re: Resposta ao seu pedido de informação",
         """Boa tarde,

Obrigado pela explicação. Então a aplicação regista por onde ando dentro das lojas para fazer "estatísticas de circulação", com base no vosso interesse legítimo. Oponho-me a isso, não quero que usem a minha localização para essas estatísticas.

E já agora, também não quero mais notificações com promoções no telemóvel, retiro o consentimento.

Miguel Ferreira

> A aplicação utiliza a localização do dispositivo nas nossas lojas para
> fins estatísticos (interesse legítimo).""",
         "Miguel Ferreira"),
        ("withdraw_consent", (),
         "Re: O seu pedido 2026-0447",
         """Obrigada pela resposta rápida.

Já agora, deixem de me enviar a newsletter, por favor. Já não tenho interesse.

Beatriz Almeida

> Cara Sra. Almeida,
>
> Junto enviamos as informações solicitadas.""",
         "Beatriz Almeida"),
        ("other", (),
         "Re: A sua exportação de dados está pronta",
         """Recebido, está tudo certo. Muito obrigada!

Inês

> A sua exportação de dados está pronta.""",
         "Inês Carvalho"),
        ("other", (),
         "Re: O seu pedido 2026-0415",
         """Olá,

Esqueçam, já encontrei o que queria na aplicação, na parte "As minhas encomendas". Não precisam de fazer nada.

Desculpem o incómodo,
Tiago Lopes

> Caro Sr. Lopes,
>
> Recebemos o seu pedido e iremos responder no prazo de um mês.""",
         "Tiago Lopes"),
        ("other", (),
         "Re: A sua conta foi eliminada",
         """Obrigado pela confirmação.

Só uma dúvida: a garantia da máquina de café que comprei em outubro continua válida mesmo sem conta? Guardei a fatura em papel. Se ela avariar, basta levá-la à loja com a fatura?

Cumprimentos,
Paulo Ribeiro

> Confirmamos que a sua conta foi eliminada.""",
         "Paulo Ribeiro"),
    ],
}

"""Person mail for the seventieth set (en nl fr de es it pt): the shop's optician, hearing-care and pharmacy-products corner (eye tests, prescriptions, lens subscriptions, virtual mirror, hearing aids, insurer forms, children's glasses) and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventieth.py)."""

PEOPLE_CE = {
    "en": [
        ("access", (),
         "Hearing test last month",
         """Hi,

I did the free hearing test at your Waterloo shop on 12 February, the one in the little booth at the back of the optician corner. The audiologist was lovely. At the end she printed a graph, said my left ear was "a bit lazy" and told me it was all "in the system now" in case I wanted to come back for a hearing-aid trial.

I didn't think much of it at the time, but my husband asked me what "the system" is and I couldn't tell him. Is it your shop's system or the hearing-aid brand's? Is the graph linked to my loyalty card? Could you send me whatever you have on me from that test, and tell me who else gets to see it?

Many thanks,
Helen Marsh
Loyalty card 4410 2093 7716""",
         "Helen Marsh"),
        ("correction", (),
         "Wrong lenses again",
         """Hi,

For the second month running my contact lens subscription has sent me -3.25 lenses for the right eye. My prescription from the eye test at your Etterbeek store on 9 January says R -2.75 / L -3.25. Somebody swapped left and right when they typed it into my account, because on the website the left eye shows -2.75.

Can you please fix the prescription in my account so that the next box (due 2 April) is right? I have the paper copy signed by your optometrist, I can send a photo if you need it.

Subscription no. LS-0048213

Thanks,
Tom Whitfield""",
         "Tom Whitfield"),
        ("deletion", ("withdraw_consent",),
         "Virtual mirror",
         """Hello,

Last Saturday at your Louvain-la-Neuve store my daughter talked me into trying frames on the "virtual mirror" screen. It was fun until I read the small print that came up at the end: the 3D scan of my face "may be kept to improve the fitting experience" and shared with the company that provides the mirror.

I'm not comfortable with that at all, a face scan is not something I hand out for a pair of frames. Please delete the scan and any pictures taken of me that day, and make sure the mirror company deletes its copy as well. If pressing "Start" on that screen counted as consent, consider it withdrawn.

I did buy the frames in the end (the real ones), so the order itself can stay.

Regards,
Priya Raman""",
         "Priya Raman"),
        ("portability", (),
         "Moving to Utrecht - my eye records",
         """Dear all,

After eleven years in Brussels we are moving to Utrecht in May. I have had my eyes tested at your Schuman shop every year since 2019 and I wear monthly lenses from your subscription.

My new optician in Utrecht would like my history so they don't have to start from zero. Could you give me my prescriptions, the lens parameters (brand, base curve, diameter, powers) and the results of the eye pressure and field tests in a file they can actually load, CSV or XML rather than scanned PDFs? If it's easier you may send it straight to them: Optiek Van Dam, Biltstraat 141, Utrecht, info address on their website.

Date of birth 03/08/1980, customer no. 7719-0422.

Kind regards,
Ingrid Sorensen""",
         "Ingrid Sorensen"),
        ("restriction", (),
         "Request under Article 18 GDPR - hearing aid fitting report",
         """Dear Data Protection Officer,

I have been a customer of the hearing-care department of your Anderlecht store since October 2025, when I was fitted with two behind-the-ear hearing aids. I am currently in a dispute with your audiologist about that fitting, which I believe was not carried out correctly, and I have raised the matter with the manufacturer.

I have now learned that your store intends to send the fitting report to my health insurer (Partenamut) in order to close the reimbursement file. That report states that I "reported full satisfaction at the control visit of 14 January 2026". This is inaccurate and I contest it.

Under Article 18(1)(a) GDPR I ask you to restrict the processing of the fitting report and of the measurements it is based on while its accuracy is being checked. In practice: do not send it to Partenamut or anyone else, do not alter it, and do not delete it either, as I may need it as evidence.

Please confirm in writing, within the period set by Article 12(3), that the restriction is in place, and inform me before it is lifted.

Yours faithfully,

Malcolm Greaves
Rue Wayez 188, 1070 Anderlecht
Customer no. HC-55310""",
         "Malcolm Greaves"),
        ("objection", (),
         "Account",
         """Hi,

To be clear from the start: I do NOT want you to close my account or delete my prescription. I'm happy for the optician to keep it and I'll be back for my eye test next year.

What I don't want are the emails I now get almost every week since my last test: "Your eyes deserve better sunglasses", "Over 45? Time to think about varifocals". They are obviously based on my age and on my prescription. Please stop using my eye test results to target me with adverts. The one reminder a year for the actual eye test is fine, keep that.

Cheers,
Gareth Llewellyn""",
         "Gareth Llewellyn"),
        ("withdraw_consent", (),
         "",
         """hi, when I signed up for the lens subscription I ticked a box to let you share my prescription with the lens maker for "product research". I take that back as of today. nothing else needs to change, keep sending the lenses.

Aisha Bello""",
         "Aisha Bello"),
        ("complaint", ("access",),
         "Re: my son's glasses - STILL no answer",
         """Hello,

On 4 February I wrote to this address asking what you keep about my son Leo (7) since he got his first glasses at your Uccle shop last year: the eye test, the measurements, the photo the optician took of him in the frames, and the name of his school, which somebody put on the form for our insurer. I got an automatic acknowledgement and nothing since. That is more than six weeks.

I find this frankly unacceptable when it's about a child's health. If I don't have a full answer by 31 March I will file a complaint with the Belgian Data Protection Authority.

So, once more: please send me everything you hold about Leo Hartley (born 19/05/2018) and tell me who you have shared it with.

Rebecca Hartley""",
         "Rebecca Hartley"),
        ("other", (),
         "Glasses not ready?",
         """Hi,

I ordered new varifocals at your Wavre store on 28 February and was told 10 days. It's now 20 March and nobody has called me. The app just says "in production at the lab".

Order number W-26-11873. Could somebody check when I can pick them up? I need them to drive.

Thanks,
Daniel Okafor
0478 22 61 09""",
         "Daniel Okafor"),
        ("other", (),
         "Form for the mutuality",
         """Hello,

My health insurer (CM) has sent me the reimbursement form for the hearing aids I bought from you in January. Part 2 has to be filled in by the "provider": the nomenclature code, the delivery date and your INAMI number.

Can I just drop it off at the shop for the audiologist to fill in, or do I need an appointment? It has my medical details on it so I'd rather not put it in the post.

Thank you,
Jonathan Pryce""",
         "Jonathan Pryce"),
    ],
    "nl": [
        ("complaint", ("deletion",),
         "Klacht over de kassa in uw winkel in Mechelen",
         """Geachte heer, mevrouw,

Op zaterdag 14 maart 2026 kocht ik in de parafarmaciehoek van uw winkel in Mechelen oogdruppels die enkel op voorschrift worden meegegeven. Ik moest het voorschrift van mijn oogarts aan de kassa tonen. De kassierster heeft het luidop voorgelezen, inclusief de diagnose (glaucoom), terwijl er minstens zes mensen achter mij in de rij stonden. Een van hen was een buurvrouw. Daarna maakte ze een kopie van het voorschrift "voor de boekhouding", zonder het mij te vragen.

Ik vind dit een ernstige inbreuk op mijn privacy. Het gaat om gezondheidsgegevens, die volgens artikel 9 van de AVG extra bescherming verdienen. Ik verwacht een schriftelijke uitleg over hoe dit kon gebeuren en wat u doet om het in de toekomst te vermijden. Ik overweeg een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Daarnaast vraag ik u de kopie van mijn voorschrift te vernietigen en mij te bevestigen dat dit gebeurd is.

Hoogachtend,
Hilde Wouters
Lange Schipstraat 31, 2800 Mechelen""",
         "Hilde Wouters"),
        ("access", (),
         "Verzoek tot inzage - artikel 15 AVG",
         """Geachte functionaris voor gegevensbescherming,

Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming en de wet van 30 juli 2018 verzoek ik u mij inzage te geven in alle persoonsgegevens die u over mij verwerkt.

Ik ben sinds 2021 klant bij de optiek- en hoorafdeling van uw vestiging in Gent (Veldstraat). Ik denk in het bijzonder aan:
- de resultaten van mijn oogmetingen en de brilvoorschriften;
- het audiogram van de hoortest van 22 januari 2026;
- de formulieren die u in mijn naam naar mijn ziekenfonds (CM) hebt gestuurd;
- notities van de opticien of audioloog in mijn dossier.

Graag ontvang ik ook de doeleinden van de verwerking, de ontvangers aan wie u mijn gegevens hebt doorgegeven, de bewaartermijn en de bron van gegevens die u niet bij mij zelf hebt verkregen.

Klantnummer: 301-77-4480. Een kopie van mijn identiteitskaart bezorg ik u op eenvoudig verzoek.

Met vriendelijke groeten,
Pieter De Smet
Kortrijksesteenweg 412, 9000 Gent""",
         "Pieter De Smet"),
        ("correction", (),
         "fout in dossier",
         """hallo

de geboortedatum van mijn dochter Lotte staat fout in haar brillendossier bij jullie, 21/06/2018 ipv 12/06/2018. het ziekefonds stuurt het terugbetalingsformulier voor haar glazen terug omdat het niet klopt met het rijksregister. kunnen jullie dat aub aanpassen? ze is 7 en draagt sinds januari een bril, gekocht in jullie winkel in Aalst

groetjes
Sofie Claes""",
         "Sofie Claes"),
        ("deletion", (),
         "Hoorapparaat op proef",
         """Dag,

In januari heb ik in jullie winkel in Hasselt een hoortest gedaan en daarna twee weken een hoorapparaat op proef gedragen. Uiteindelijk heb ik er geen gekocht, ik ga via mijn NKO-arts naar een andere audicien.

Ik wil mijn klantenkaart NIET opzeggen, ik kom nog altijd naar jullie voor mijn lenzen en voor de batterijen van mijn vrouw. Maar alles wat met die hoortest en de proef te maken heeft (het audiogram, de instellingen van het toestel, de notities van de audioloog) mag weg. Daar hebben jullie niets meer aan.

Met vriendelijke groeten,
Marc Peeters""",
         "Marc Peeters"),
        ("portability", (),
         "Gegevens lenzenabonnement",
         """Goedemiddag,

Ik heb mijn lenzenabonnement via de app opgezegd (laatste levering in april), dus daarvoor schrijf ik niet.

Ik stap over naar een webshop en zou mijn gegevens graag in een bestand krijgen dat ik daar kan inladen: mijn lensparameters (merk, basiscurve, diameter, sterkte per oog), de datum van mijn laatste contactlenscontrole en de leveringen van de voorbije twee jaar. Liefst als CSV of JSON, een scan van een papiertje helpt mij niet.

Abonnementsnummer: LS-0071562

Dank u,
Ruben Jacobs""",
         "Ruben Jacobs"),
        ("restriction", (),
         "Re: uw mail van 10 maart",
         """Beste,

Dank voor uw antwoord. U schrijft dat de resultaten van mijn hoortest "nooit" naar mijn ziekenfonds (Helan) zijn gestuurd. Helan zegt mij aan de telefoon dat ze wel degelijk iets van jullie ontvangen hebben, met mijn rijksregisternummer erop.

Zolang niet duidelijk is wie gelijk heeft, vraag ik u de gegevens van die hoortest niet meer te gebruiken of door te sturen. Wis ze ook niet, want ik wil dat dit eerst uitgezocht wordt en ik wil kunnen zien wat er precies verstuurd is.

Kunt u mij bevestigen dat u dat zo doet?

Greet Van den Broeck""",
         "Greet Van den Broeck"),
        ("objection", (),
         "Reclame voor progressieve glazen",
         """Goedendag,

Sinds mijn oogmeting in uw winkel in Leuven in februari krijg ik om de paar dagen mails als "Vanaf 45 wordt lezen moeilijker" en "Uw ogen verdienen progressieve glazen". Ik ben inderdaad 46, maar ik heb mijn leeftijd en mijn oogmeting niet gegeven om een reclameprofiel van mij te maken.

Ik maak bezwaar tegen het gebruik van mijn gegevens, en zeker mijn oogmeting, voor direct marketing en profilering (artikel 21 AVG). De herinnering voor de volgende oogmeting mag wel blijven komen.

Vriendelijke groet,
Katrien Lambrechts""",
         "Katrien Lambrechts"),
        ("withdraw_consent", (),
         "toestemming",
         """Bij mijn oogmeting in Brugge vorige week heb ik op de tablet aangevinkt dat mijn meetgegevens "gepseudonimiseerd" gebruikt mogen worden voor onderzoek van de lenzenfabrikant. Bij nader inzien wil ik dat toch niet. Ik trek die toestemming in.

Mvg,
Jan Vermeulen""",
         "Jan Vermeulen"),
        ("other", (),
         "Afspraak oogmeting",
         """Hallo,

Ik heb een afspraak voor een oogmeting op dinsdag 24 maart om 14u30 in jullie winkel in Kortrijk, maar ik moet die dag onverwacht werken. Kan ik die verzetten naar zaterdag 28 maart, liefst in de voormiddag? Ik kreeg de herinnering via sms maar daar kan ik niet op antwoorden.

Klantennummer 220-481-93.

Dank u,
Els Maes""",
         "Els Maes"),
        ("other", (),
         "",
         """Goeiedag,

Drie weken geleden heb ik in jullie winkel in Turnhout een nieuwe bril besteld voor mijn zoon Wout (8), hij had zijn oude op de speelplaats gebroken. Er werd gezegd dat hij na 10 dagen klaar zou zijn. Toen ik gisteren ging vragen zei de verkoopster dat ze "zijn gegevens niet terugvonden in het systeem" en dat ik de centrale moest mailen.

Kunnen jullie nagaan waar die bril zit? Hij zit nu in de klas met een bril met plakband. Ik heb het bonnetje nog: bestelling 2026-TU-0388, betaald op 27 februari.

Bedankt,
Nele Verhoeven""",
         "Nele Verhoeven"),
    ],
    "fr": [
        ("access", (),
         "Question",
         """Bonjour,

Je suis passée la semaine dernière dans votre magasin de Namur pour un test de vue gratuit. À la fin, l'opticien m'a dit qu'il gardait ma correction « dans mon compte ». Je ne savais même pas que j'avais un compte chez vous !

Est-ce que vous pourriez me dire ce qu'il y a dedans exactement, depuis quand il existe et qui peut le consulter ? J'aimerais bien en avoir une copie.

Merci d'avance,
Nathalie Dufour""",
         "Nathalie Dufour"),
        ("correction", (),
         "Erreur de numéro de registre national",
         """Bonjour,

Ma mutuelle (Solidaris) m'a renvoyé l'attestation pour mes nouveaux verres parce que le numéro de registre national qui y figure n'est pas le mien. Après vérification avec la vendeuse du magasin de Charleroi, c'est bien celui qui est enregistré dans ma fiche client chez vous : 78.03.15-214.62 au lieu de 78.05.13-214.62 (le jour et le mois ont été inversés).

Pourriez-vous corriger ma fiche pour que les prochains documents soient justes ?

Cordialement,
Jean-Marc Lejeune""",
         "Jean-Marc Lejeune"),
        ("deletion", (),
         "Photos de ma fille",
         """Madame, Monsieur,

Lors de l'achat des premières lunettes de ma fille Camille (6 ans) dans votre magasin de Liège, le 7 mars, la vendeuse a pris plusieurs photos d'elle avec une tablette pour « comparer les montures », puis a utilisé l'appareil pour mesurer l'écart entre ses pupilles.

Sur le moment je n'ai rien dit, mais je ne vois pas pourquoi ces photos d'une enfant resteraient chez vous. Je vous demande de supprimer les photos et les mesures du visage prises ce jour-là. Nous gardons évidemment la fiche avec sa correction pour le suivi chez vous.

Bien à vous,
Aurélie Mathieu""",
         "Aurélie Mathieu"),
        ("portability", (),
         "Demande de portabilité - article 20 du RGPD",
         """Madame, Monsieur,

Je suis appareillé depuis 2023 par le service audition de votre magasin de Wavre (deux aides auditives intra-auriculaires). Je souhaite désormais être suivi par un audioprothésiste plus proche de mon domicile.

Conformément à l'article 20 du Règlement général sur la protection des données, je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par machine, les données que je vous ai fournies ou qui ont été générées par mon suivi : audiogrammes successifs, réglages de mes appareils (fichier de programmation) et historique des contrôles. Si c'est techniquement possible, je vous prie de les transmettre directement à Audition Meuse, rue Grande 54, 5500 Dinant.

Je reste bien entendu client du rayon optique.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Bernard Collignon
Chaussée de Bruxelles 9, 1300 Wavre""",
         "Bernard Collignon"),
        ("restriction", (),
         "Compte",
         """Bonjour,

Dans mon compte en ligne, ma prescription indique -2,50 pour l'œil droit. Mon ophtalmologue m'a prescrit -1,75 en janvier et je pense qu'il y a eu une erreur lors de l'encodage au magasin d'Ottignies. Je lui ai demandé de vous envoyer une copie de l'ordonnance, mais il est en congé jusqu'au 6 avril.

En attendant qu'on vérifie, je vous demande de ne plus utiliser cette prescription : pas d'envoi de lentilles sur cette base, pas de transmission à ma mutuelle. Ne l'effacez pas non plus, je veux qu'on puisse comparer.

Merci,
Sophie Renard""",
         "Sophie Renard"),
        ("withdraw_consent", (),
         "",
         """bonjour je retire mon consentement pour les rappels par sms du controle de la vue et pour l utilisation de mes donnees de sante dans vos offres. merci
Francis Gilson

Envoyé de mon téléphone""",
         "Francis Gilson"),
        ("complaint", (),
         "Plainte - absence de réponse et divulgation de ma perte auditive",
         """Madame, Monsieur,

Le 2 février 2026, je vous ai adressé à cette adresse une demande concernant les données de mon test auditif réalisé dans votre magasin de Mons. Je n'ai reçu aucune réponse, malgré un rappel le 3 mars.

Entre-temps, lors de mon rendez-vous de contrôle du 20 février, l'audioprothésiste a commenté ma perte auditive à voix haute, au comptoir, devant d'autres clients, en précisant qu'elle était « sévère pour mon âge ». Je trouve inacceptable qu'une donnée de santé, protégée par l'article 9 du RGPD, soit traitée de cette manière, et tout aussi inacceptable qu'on ne réponde pas à mes courriers dans le délai d'un mois prévu par l'article 12.

Je dépose ce jour une plainte auprès de l'Autorité de protection des données. Je vous demande de désigner enfin une personne responsable de mon dossier.

Veuillez agréer mes salutations.

Monique Delvaux
Rue de Nimy 73, 7000 Mons""",
         "Monique Delvaux"),
        ("other", (),
         "Prix verres progressifs",
         """Bonjour,

J'ai fait mon examen de vue chez vous en février (magasin de Tournai), vous avez donc déjà toutes mes données de correction.

Combien coûteraient des verres progressifs avec traitement anti-reflet, dans une monture à moins de 100 € ? Et est-ce que la mutuelle intervient pour un adulte ?

Merci,
Didier Lambert""",
         "Didier Lambert"),
        ("other", (),
         "Optique & RGPD : vos dossiers clients sont-ils en règle ?",
         """Bonjour,

Les données de santé de vos clients (prescriptions, audiogrammes, ordonnances) sont des données sensibles au sens de l'article 9 du RGPD, et l'Autorité de protection des données multiplie les contrôles dans le secteur de l'optique.

OptiDossier est un logiciel de gestion conçu pour les opticiens et audioprothésistes belges : hébergement des données en Belgique, gestion des consentements, registre des traitements, réponse aux demandes d'accès en un clic, envoi électronique des attestations aux mutuelles.

Seriez-vous disponible pour une démonstration de 20 minutes en visio la semaine prochaine ?

Cordialement,
Julien Hennebert
Responsable commercial, OptiDossier SRL""",
         "Julien Hennebert"),
        ("other", (),
         "Attestation pour la mutuelle",
         """Bonjour,

Ma mutuelle (Mutualité chrétienne) me demande une « attestation de délivrance » pour les lunettes de mon fils Noah, achetées le 12 février au magasin de Louvain-la-Neuve, pour le remboursement des verres. La vendeuse m'avait dit qu'elle l'envoyait directement, mais la mutuelle n'a rien reçu.

Pouvez-vous me l'envoyer par mail, ou dois-je repasser au magasin pour la faire remplir ?

Merci beaucoup,
Caroline Dubois""",
         "Caroline Dubois"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

ich bin seit mehreren Jahren Kunde der Optik- und Hörakustikabteilung Ihrer Filiale in Eupen. Gemäß Art. 15 DSGVO bitte ich um Auskunft darüber, ob und welche personenbezogenen Daten Sie über mich verarbeiten, insbesondere:

- die Ergebnisse meiner Sehtests und die gespeicherten Brillenwerte,
- das Ergebnis meines Hörtests vom 3. Februar 2026,
- Kopien der Formulare, die Sie in meinem Namen an meine Krankenkasse (Christliche Krankenkasse) übermittelt haben.

Bitte teilen Sie mir außerdem die Zwecke der Verarbeitung, die Empfänger, die geplante Speicherdauer und die Herkunft der Daten mit. Ich bitte um Antwort innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO).

Mit freundlichen Grüßen
Dieter Kessler
Herbesthaler Straße 27, 4700 Eupen
Kundennummer 88-1032""",
         "Dieter Kessler"),
        ("correction", (),
         "Falsche Krankenkasse im Kundenkonto",
         """Hallo,

in meinem Kundenkonto steht noch die Freie Krankenkasse, ich bin aber seit dem 1. Januar bei der CKK. Deshalb ist das Rückerstattungsformular für meine Hörgeräte an die falsche Kasse gegangen und liegt dort seit drei Wochen herum.

Außerdem ist mein Nachname falsch geschrieben: richtig ist "Schmitz-Lennartz", nicht "Schmidt-Lenartz".

Können Sie beides bitte im Konto korrigieren?

Danke und Gruß
Renate Schmitz-Lennartz""",
         "Renate Schmitz-Lennartz"),
        ("deletion", (),
         "Hörgerät zurückgegeben",
         """Guten Tag,

nach zwei Wochen Probetragen habe ich das Hörgerät am 6. März in Ihrer Filiale in St. Vith zurückgegeben, es war einfach nichts für mich. Die Akustikerin hat damals auch eine App des Herstellers auf meinem Handy eingerichtet, die habe ich schon gelöscht.

Bitte löschen Sie jetzt auch bei sich das Audiogramm, die Anpassdaten und alles andere, was zu diesem Probetragen gespeichert wurde. Ich brauche davon nichts mehr.

Mit freundlichen Grüssen
Werner Hilgers""",
         "Werner Hilgers"),
        ("portability", (),
         "Daten Kontaktlinsen-Abo",
         """Moin,

ich ziehe Ende April zurück nach Hamburg und habe mein Kontaktlinsen-Abo deshalb schon gekündigt.

Könnten Sie mir meine Linsendaten (Marke, Radius, Durchmesser, Stärken), die Werte der letzten Kontaktlinsenkontrolle und die Bestellhistorie als Datei schicken, CSV oder Excel? Mein neuer Anbieter hat ein Upload-Formular, da würde ich das gern einfach einspielen statt alles abzutippen.

Abo-Nr. LS-0063190

Viele Grüße
Jonas Petersen""",
         "Jonas Petersen"),
        ("restriction", (),
         "",
         """Sehr geehrte Damen und Herren,

bei einem Besuch in Ihrer Filiale in Kelmis hat mir die Verkäuferin ihren Bildschirm gezeigt, weil sie meine Brillenwerte suchte. In meinem Kundenkonto steht als Notiz "V.a. Katarakt li. - Kontrolle Augenarzt". Ich hatte nie einen grauen Star, und kein Augenarzt hat je so etwas festgestellt.

Ich bestreite die Richtigkeit dieses Eintrags. Bis geklärt ist, wer das eingetragen hat und warum, dürfen Sie diese Notiz nicht verwenden und nicht weitergeben, auch nicht an meine Krankenkasse. Löschen Sie sie bitte vorerst nicht, ich möchte wissen, woher sie stammt.

Bitte bestätigen Sie mir die Einschränkung schriftlich.

Mit freundlichen Grüßen
Elisabeth Kohnen""",
         "Elisabeth Kohnen"),
        ("objection", (),
         "Werbung nach Kauf in der Apothekenecke",
         """Guten Tag,

im Februar habe ich in Ihrer Filiale in Eupen in der Apothekenecke Lutein-Kapseln für die Augen und Batterien für das Hörgerät meiner Mutter gekauft, mit meiner Kundenkarte. Seitdem bekomme ich personalisierte Werbung: "Für Ihre Augengesundheit", "Hörgeräte der neuesten Generation jetzt testen".

Ich widerspreche der Nutzung meiner Einkaufsdaten für Werbung und für die Erstellung eines Profils (Art. 21 Abs. 2 DSGVO). Aus meinen Einkäufen lassen sich Rückschlüsse auf meine Gesundheit ziehen, und das möchte ich nicht.

Die Kundenkarte will ich aber behalten.

Mit freundlichen Grüßen
Andrea Mertens""",
         "Andrea Mertens"),
        ("withdraw_consent", ("deletion",),
         "Virtueller Spiegel - Einwilligung",
         """Hallo,

ich habe am Samstag in Ihrem Geschäft in Brüssel (Louise) den virtuellen Spiegel benutzt und dabei auf dem Bildschirm "Ich stimme zu" gedrückt, damit mein Gesichtsscan gespeichert wird und ich meine Favoriten später online anprobieren kann.

Das war eine spontane Entscheidung, die ich bereue. Ich widerrufe diese Einwilligung hiermit. Bitte löschen Sie den Scan und sagen Sie mir kurz Bescheid, wenn das erledigt ist.

Gruß
Katharina Vogt""",
         "Katharina Vogt"),
        ("complaint", ("deletion",),
         "2. Erinnerung - keine Antwort",
         """Sehr geehrte Damen und Herren,

am 16. Februar habe ich Sie gebeten, die Daten meiner Tochter Mia (10) zu löschen: Sehtest, Brillenwerte und die Fotos aus der Anprobe in Ihrer Filiale in Eupen im Jahr 2024. Wir gehen inzwischen zu einem anderen Optiker. Am 5. März habe ich nachgefragt. Bis heute habe ich keine Antwort erhalten, nicht einmal eine Eingangsbestätigung.

Ich bin sehr verärgert darüber, wie Sie mit Anfragen zu Gesundheitsdaten eines Kindes umgehen. Wenn ich bis zum 31. März keine Bestätigung der Löschung habe, werde ich mich an die Datenschutzbehörde in Brüssel wenden.

Löschen Sie bitte endlich Mias Daten.

Mit freundlichen Grüßen
Stefan Heinen""",
         "Stefan Heinen"),
        ("other", (),
         "Termin",
         """Guten Tag,

ich möchte einen Termin für einen Hörtest und eine Hörgeräteberatung für meinen Vater (82) vereinbaren. Er hat eine Verordnung vom HNO-Arzt. Geht das auch an einem Samstagvormittag in Ihrer Filiale in St. Vith? Ich würde ihn begleiten.

Und gibt es in der Nähe einen Parkplatz? Er kann nicht weit laufen.

Vielen Dank
Monika Thelen""",
         "Monika Thelen"),
        ("other", (),
         "Formular Krankenkasse",
         """Hallo,

meine Krankenkasse braucht für die Rückerstattung der Brillengläser meines Sohnes eine Lieferbescheinigung, die vom Optiker ausgefüllt wird. Meine Daten und die von Lukas habe ich schon eingetragen, es fehlen nur noch Ihr Stempel und die Unterschrift.

Kann ich Ihnen das Formular per Post schicken oder muss ich damit in die Filiale kommen? Ist das per Post datenschutzrechtlich überhaupt in Ordnung?

Danke
Sabine Krings""",
         "Sabine Krings"),
    ],
    "es": [
        ("access", (),
         "Datos de mi hijo",
         """Hola,

Mi hijo Mateo (9 años) lleva gafas desde el año pasado y siempre las compramos en vuestra tienda de Ixelles. En la última revisión la optometrista me dijo que tenéis "todo su historial" y que así podéis ver cómo evoluciona su miopía.

Me parece bien, pero quiero saber qué es exactamente ese historial. ¿Me podéis mandar una copia de todo lo que tenéis sobre Mateo (graduaciones, pruebas, fotos si las hay) y decirme si se lo habéis pasado a alguien, por ejemplo a la mutualidad? Soy su madre y la titular de la cuenta.

Gracias,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("correction", (),
         "Graduación mal apuntada",
         """Buenas tardes:

En mi ficha de cliente (tienda de Etterbeek) pone que en el ojo izquierdo tengo un astigmatismo de -0,75 a 180º. El oftalmólogo del hospital me ha hecho una revisión este mes y es -0,75 a 90º; le he preguntado y dice que es casi seguro un error al copiarlo.

Como quiero encargar gafas nuevas en abril, ¿podéis corregir la graduación en mi ficha? Os adjunto el informe del oftalmólogo.

Un saludo,
Alberto Navarro""",
         "Alberto Navarro"),
        ("deletion", (),
         "Foto de la receta",
         """Hola:

En enero subí a vuestra web una foto de la receta de mi oftalmólogo para pedir lentillas. Al final las compré en otro sitio y no llegué a terminar el pedido. En esa foto aparecen mi diagnóstico (queratocono) y mi número de la seguridad social española.

Quiero que borréis la foto y la cuenta que se creó con mi correo. No quiero que quede nada.

Gracias,
Marta Gil Serrano""",
         "Marta Gil Serrano"),
        ("portability", ("deletion",),
         "Ejercicio del derecho a la portabilidad (art. 20 RGPD)",
         """Muy señores míos:

Desde 2022 soy cliente de su suscripción de lentillas y me he hecho las revisiones de la vista en su tienda de Woluwe. En junio regreso definitivamente a Valencia.

Al amparo del artículo 20 del Reglamento General de Protección de Datos, les solicito que me faciliten, en un formato estructurado, de uso común y lectura mecánica, los datos de mis revisiones (graduaciones, presión ocular), los parámetros de mis lentillas y el historial de pedidos, para poder entregárselos a mi nueva óptica.

Una vez me los hayan enviado, les ruego que supriman mi cuenta y el resto de mis datos, salvo lo que estén obligados a conservar por ley.

Atentamente,
Javier Moreno Ruiz
Avenue de Broqueville 112, 1200 Woluwe-Saint-Lambert""",
         "Javier Moreno Ruiz"),
        ("restriction", (),
         "",
         """hola, hay un error en mi historial de lentillas y lo estoy reclamando con la tienda de Schaerbeek. mientras se aclara no mandeis nada a mi mutualidad ni useis esos datos para los pedidos, pero tampoco los borreis que los necesito para la reclamacion. gracias

Pilar Castro

Enviado desde mi iPhone""",
         "Pilar Castro"),
        ("objection", (),
         "Llamadas",
         """Buenos días:

Que quede claro: no quiero darme de baja ni que borréis mi cuenta, estoy contento con mis gafas y volveré.

Pero desde que cumplí 60 me llaman de vuestro departamento de audición cada dos o tres semanas para ofrecerme una "prueba de audición gratuita". Yo oigo perfectamente. Me opongo a que uséis mis datos (y mi edad) para llamarme con ofertas. Que no me llamen más.

Saludos,
Fernando Iglesias""",
         "Fernando Iglesias"),
        ("withdraw_consent", (),
         "App audífonos",
         """Hola,

Cuando me adaptaron los audífonos en vuestra tienda de Uccle, la audióloga me instaló la app y me pidió aceptar que los datos de uso (horas al día, volumen, tipo de ambientes) se compartieran con la tienda para hacerme un "seguimiento a distancia".

Ya no quiero que me sigan a distancia. Retiro mi consentimiento desde hoy. Los audífonos me van bien y seguiré viniendo a las revisiones en persona.

Carmen López""",
         "Carmen López"),
        ("complaint", ("access",),
         "Re: Re: Solicitud de acceso",
         """Buenas tardes:

Hace dos meses les pedí una copia de mis datos. Me contestaron pidiéndome una copia del DNI por correo electrónico, se la mandé el 20 de enero y desde entonces nada. He llamado dos veces a la tienda de Anderlecht y me dicen que "eso lo lleva la central".

Me parece una falta de seriedad, y más tratándose de datos de salud. Voy a presentar una reclamación ante la Autoridad de Protección de Datos de Bélgica.

Mientras tanto sigo esperando la copia: las revisiones de la vista, la prueba de audición de noviembre y lo que hayan enviado a mi mutua.

Raúl Domínguez""",
         "Raúl Domínguez"),
        ("other", (),
         "¿Están mis gafas?",
         """Hola,

Encargué unas gafas graduadas en vuestra tienda de la Rue Neuve el 2 de marzo. Me dijeron que me avisarían por SMS cuando estuvieran listas y no me ha llegado nada. ¿Ya están? Pedido n.º BXL-26-04417.

Gracias,
Elena Ruiz""",
         "Elena Ruiz"),
        ("other", (),
         "Candidatura - óptica-optometrista",
         """Buenos días:

Me llamo Claudia Herrera y soy óptica-optometrista, titulada por la Universidad Complutense de Madrid, con el título reconocido en Bélgica desde 2025. Tengo cuatro años de experiencia en gabinete (refracción, adaptación de lentes de contacto, control de miopía infantil) y hablo español, francés e inglés.

Les adjunto mi CV por si tienen algún puesto en sus tiendas de Bruselas o alrededores.

De acuerdo con el RGPD, autorizo el tratamiento de mis datos personales para este proceso de selección.

Un cordial saludo,
Claudia Herrera
0487 31 20 56""",
         "Claudia Herrera"),
    ],
    "it": [
        ("access", (),
         "Informazioni",
         """Buongiorno,

a gennaio ho fatto applicare un apparecchio acustico nel vostro negozio di Bruxelles (Porte de Namur). Durante l'ultima visita di controllo l'audioprotesista ha collegato l'apparecchio al computer e mi ha detto che i dati "vanno anche al produttore", per gli aggiornamenti.

Vorrei sapere quali dati su di me avete, sia voi sia, se lo sapete, il produttore, e a chi altro li avete comunicati. Potete mandarmene una copia?

Grazie e cordiali saluti,
Giuseppe Romano""",
         "Giuseppe Romano"),
        ("correction", (),
         "Indirizzo sbagliato",
         """Salve,

i promemoria per il controllo della vista continuano ad arrivare al mio vecchio indirizzo (Rue Gray 45, Etterbeek), dove adesso abita un'altra famiglia. La vicina me li ha riportati: sulla lettera c'è la data del mio ultimo esame e il tipo di lenti che porto.

Il mio indirizzo nuovo è Avenue de Tervueren 210, 1150 Woluwe-Saint-Pierre, dal 1° dicembre. Per favore aggiornatelo nella mia scheda.

Grazie,
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("deletion", (),
         "Cancellazione scansione del viso",
         """Buonasera,

sabato scorso, nel vostro negozio di Liegi, ho provato delle montature con lo specchio virtuale. Solo dopo ho capito che lo specchio fa una scansione 3D del viso e che la conserva.

Non ho comprato niente e non intendo tornare per quelle montature. Vi chiedo di cancellare la scansione del mio viso e qualsiasi foto fatta dallo specchio, anche presso la ditta che lo gestisce.

Distinti saluti,
Alessandro Conti""",
         "Alessandro Conti"),
        ("restriction", (),
         "Limitazione del trattamento",
         """Gentili signori,

il modulo per il rimborso del mio apparecchio acustico che avete inviato alla mia mutua indica come data di consegna il 15 dicembre 2025. In realtà l'apparecchio mi è stato consegnato il 9 gennaio 2026, e la differenza cambia l'importo del rimborso.

Contesto l'esattezza di questi dati. Finché la cosa non sarà verificata, vi chiedo di limitarne il trattamento: non inviate altro alla mutua e non modificate né cancellate il fascicolo senza avvisarmi.

Attendo conferma.

Paola Ricci
Rue Vanderkindere 301, 1180 Uccle""",
         "Paola Ricci"),
        ("objection", (),
         "Opposizione",
         """Buongiorno,

da quando ho l'abbonamento per le lenti a contatto ricevo SMS pubblicitari quasi ogni settimana ("Scopri le nuove giornaliere colorate", "-20% sugli occhiali da sole graduati"). Mi oppongo al trattamento dei miei dati a fini di marketing diretto, ai sensi dell'art. 21 del GDPR.

L'abbonamento resta attivo, non annullatelo.

Stefano Galli""",
         "Stefano Galli"),
        ("withdraw_consent", (),
         "Foto di mia figlia",
         """Ciao,

quando abbiamo preso gli occhiali nuovi per mia figlia Giulia (5 anni) nel negozio di Waterloo, l'ottica ci ha chiesto se potevano farle una foto con gli occhiali per il "Kids Corner" e per la vostra pagina Instagram. Io ho firmato il foglio, lì per lì mi sembrava carino.

Ci ho ripensato: revoco il consenso. Vi chiedo di non usare la foto da adesso in poi.

Valentina Moretti""",
         "Valentina Moretti"),
        ("complaint", ("access",),
         "Reclamo",
         """Gentili signori,

il 18 febbraio i risultati del mio esame dell'udito, con il grafico e il commento dell'audioprotesista, sono stati mandati per e-mail all'indirizzo di mio marito invece che al mio. Non è un dettaglio: sono dati sulla mia salute e non avevo ancora deciso di parlargliene.

Quando ho chiamato il negozio di Ixelles, il commesso si è messo a ridere e ha detto che "tanto è di famiglia". Trovo questo comportamento inaccettabile. Se non ricevo una risposta seria entro due settimane, presenterò un reclamo all'Autorità per la protezione dei dati belga.

Voglio inoltre sapere quali altri dati miei sono stati mandati a quell'indirizzo o ad altri.

Chiara Marino""",
         "Chiara Marino"),
        ("other", (),
         "Prezzo lenti progressive",
         """Buongiorno,

quanto costa più o meno un paio di lenti progressive con antiriflesso? Ho già la prescrizione dell'oculista e i vostri dati della visita di febbraio. La mutua rimborsa qualcosa per un adulto?

Grazie,
Marco Esposito""",
         "Marco Esposito"),
        ("other", (),
         "Appuntamento controllo vista",
         """Buongiorno,

vorrei prenotare un controllo della vista per mio figlio Tommaso (11 anni) nel negozio di Etterbeek, possibilmente un mercoledì pomeriggio dopo la scuola. A scuola dice che non vede bene la lavagna. Sul sito non trovo posti liberi prima di maggio, si può fare prima?

Cordiali saluti,
Roberta Greco""",
         "Roberta Greco"),
        ("other", (),
         "Addebito doppio abbonamento lenti",
         """Salve,

questo mese sul mio conto ci sono due addebiti di 34,90 euro per l'abbonamento alle lenti a contatto, il 3 e il 5 marzo. Ho ricevuto una sola scatola. Avete forse registrato due volte i miei dati bancari? Potete rimborsarmi uno dei due addebiti?

Abbonamento n. LS-0059927

Luca De Angelis""",
         "Luca De Angelis"),
    ],
    "pt": [
        ("access", (),
         "dúvida",
         """oi, fiz o teste de audição grátis na loja de vocês em Anderlecht mês passado e agora recebo cartas em casa sobre aparelhos auditivos. queria saber que dados vcs tem de mim e de onde veio meu endereço pq eu não lembro de ter dado na loja

obrigada
Juliana Alves""",
         "Juliana Alves"),
        ("correction", (),
         "Nome do meu filho",
         """Boa tarde,

O nome do meu filho aparece como "Joao Pedro Silva" na ficha da loja de Saint-Gilles e no formulário que vocês enviaram à mutualidade para os óculos dele. O nome correto é João Pedro Sousa Silva, como no cartão de identidade. A mutualidade recusou o reembolso porque o nome não corresponde.

Podem corrigir a ficha, por favor?

Obrigada,
Ana Sousa""",
         "Ana Sousa"),
        ("deletion", ("objection",),
         "",
         """Bom dia,

Fiz um exame à vista na vossa loja de Antuérpia em janeiro, só por curiosidade, e não comprei nada. Desde então recebo newsletters e SMS com promoções de óculos e lentes.

Peço que apaguem os meus dados, o exame incluído, e que deixem de me enviar publicidade.

Cumprimentos,
Rui Ferreira""",
         "Rui Ferreira"),
        ("portability", (),
         "Pedido de portabilidade dos dados (artigo 20.º do RGPD)",
         """Exmos. Senhores,

Sou cliente da vossa secção de ótica desde 2020 (loja de Bruxelas-Louise) e tenho uma assinatura de lentes de contacto. Vou regressar a Portugal em julho.

Nos termos do artigo 20.º do Regulamento Geral sobre a Proteção de Dados, solicito que me enviem, em formato estruturado, de uso corrente e de leitura automática, os dados relativos às minhas graduações, aos parâmetros das lentes de contacto e ao histórico de encomendas. Sempre que seja tecnicamente possível, peço que os transmitam diretamente à Óptica Rodrigues, Rua Augusta 88, Lisboa.

Com os melhores cumprimentos,
Teresa Carvalho Mendes""",
         "Teresa Carvalho Mendes"),
        ("restriction", (),
         "Re: o vosso email",
         """Olá,

Obrigado pela resposta. Continuo a dizer que nunca autorizei o envio dos dados do meu teste de audição ao meu seguro de saúde, e vocês dizem que sim. Enquanto isto não estiver esclarecido, não usem nem enviem esses dados a ninguém. Também não os apaguem, quero ver o documento que dizem que assinei.

Paulo Martins""",
         "Paulo Martins"),
        ("objection", (),
         "Publicidade",
         """Boa noite,

Comprei colírio e vitaminas para os olhos na vossa parafarmácia com o cartão de cliente e agora só recebo anúncios de "saúde ocular". Não quero que usem as minhas compras para me fazer perfil nem para publicidade. Oponho-me a isso. O cartão podem manter.

Marcos Oliveira""",
         "Marcos Oliveira"),
        ("withdraw_consent", (),
         "Autorização mutualidade",
         """Bom dia,

Quando comprei os óculos na loja de Ixelles assinei uma autorização para vocês enviarem os meus dados diretamente à mutualidade (Partenamut) de forma eletrónica. Prefiro tratar disso eu mesma daqui para a frente, por isso retiro essa autorização.

Os óculos deste ano já foram reembolsados, está tudo certo com isso.

Obrigada,
Beatriz Lopes""",
         "Beatriz Lopes"),
        ("complaint", ("deletion",),
         "Reclamação",
         """Exmos. Senhores,

No dia 7 de março estive na vossa loja de Namur com a minha mulher. Enquanto ela escolhia armações, um funcionário pôs-me em frente ao espelho virtual "só para experimentar", sem explicar nada. Dois dias depois recebi um email "Veja outra vez os óculos que experimentou" com fotografias da minha cara.

Ninguém me pediu autorização para digitalizar o meu rosto nem para guardar fotos. Acho isto muito grave e vou apresentar queixa à Autoridade de Proteção de Dados.

Exijo que apaguem imediatamente a digitalização e as fotografias.

Henrique Pinto""",
         "Henrique Pinto"),
        ("other", (),
         "Marcação adaptação aparelho",
         """Olá, boa tarde,

Tenho marcada a adaptação do aparelho auditivo da minha mãe para quinta-feira, 26 de março, às 10h, na loja de Woluwe. Ela vai ter uma consulta no hospital nesse dia. Será possível passar para a semana seguinte, de preferência também de manhã?

Obrigado,
Ricardo Gomes
0495 18 77 40""",
         "Ricardo Gomes"),
        ("other", (),
         "Formulário da mutualidade",
         """Boa tarde,

A mutualidade (Solidaris) enviou-me um formulário de reembolso para as lentes de contacto. Já preenchi a minha parte com os meus dados pessoais, mas há uma parte "a preencher pelo ótico" com a graduação e a data de entrega. Posso deixá-lo na loja de Schaerbeek e vir buscá-lo depois? Quanto tempo demora?

Obrigada,
Fernanda Costa""",
         "Fernanda Costa"),
    ],
}

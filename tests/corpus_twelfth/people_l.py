"""Twelfth set, people: requests about specific kinds of data, from all kinds of writers. Written apart from the rules (see make_twelfth.py)."""

PEOPLE_L = {
    "en": [
        ("access", (), "Call recording 11/03",
"""Please send me a copy of the recording of my call to your helpdesk on Tue 11 March, approx. 16:30 (re order 88213, damaged parasol). Thanks.

D. Okafor
Sent from my iPhone""",
         "Daniel Okafor"),

        ("correction", (), "Incorrect information concerning my creditworthiness",
"""Dear Sir or Madam,

I am writing to you with some reluctance, as I have been a satisfied customer of yours for several years and have never before had any reason to trouble you.

Last week I attempted to purchase the 'Lindholm' garden shed through your website, choosing the option to pay in three instalments. My order was refused. When I telephoned your customer service, a very courteous young man explained that the refusal was the result of a credit check carried out on your behalf, and that he could not tell me more than that.

I have since obtained my file from the credit agency myself. It shows an address in Charleroi where I have never lived, and a date of birth of 4 June 1951, whereas I was born on 4 June 1957. It seems clear that I have been confused with another lady of the same name. I then looked at my customer account with you and found the very same wrong date of birth there, which I certainly never entered, so I can only assume it came back from the agency.

I should therefore be grateful if you would put right the date of birth in my customer account (4 June 1957), and make sure that my correct address, 12 Avenue des Tilleuls, 1410 Waterloo, is the one you hold and pass on for any future check. I have written separately to the agency.

I enclose nothing, as I understand one should not send copies of identity documents by e-mail, but I am of course happy to confirm who I am in any way you think proper.

Yours faithfully,

Margaret Havelock (Mrs)""",
         "Margaret Havelock"),

        ("deletion", ("objection",), "photo of my house",
"""Hello,

Yesterday I receive my package (the garden chairs) and on the tracking page I see a photo what the courier made of my front door. On the photo you can see clear my house number and also my daughter, she was standing behind the glass of the door. I am not happy with this.

Please remove this photo from your system, and also other photos of my house if you have more from earlier deliveries.

And I am against that the couriers make more photos at my adress. Next time they can give to neighbour or I sign, no problem, but no photos please.

Thank you
Tomasz Wróbel""",
         "Tomasz Wróbel"),

        ("portability", (), "",
"""Hey,

I'm moving most of my household shopping to another retailer and would like to take my loyalty history with me (they say they'll match points if I can show it). Could you export my points history plus the purchases linked to my card, no. 6001 4420 1187, as a CSV or JSON file? A PDF statement or screenshots are no good to me, I need something I can load straight into a spreadsheet.

If it's easier you can also send it directly to them, but a file to me is simplest.

Cheers,
Raj""",
         "Raj Patel"),

        ("restriction", (), "Re: Pick-up point Mechelen - stolen bag",
"""Hi Annelies,

Thanks for getting back to me so quickly yesterday.

Just to be clear about what I'm asking, because I think there was a misunderstanding: I don't need you to send me the footage. The police will ask for it themselves (my report number is ME.44.L1.012345/2025).

What I need is that the camera images from Saturday 3 May, roughly 10:00 to 11:00, where you can see me and the guy who walked off with my bag, do NOT get wiped after your usual 30 days. Please keep them aside until the police have collected them, and don't use them for anything else in the meantime.

Can you confirm that's been done?

Best,
Chloe Brennan

On Tue, 6 May 2025 at 17:12, Customer Service wrote:
> Dear Ms Brennan, thank you for your message. Camera images at our pick-up points are kept for 30 days...""",
         "Chloe Brennan"),

        ("objection", (), "ur emails spy on me??",
"""ok so my brother showed me that your newsletter has these tracking links that tell you what i click and when i open it?? thats lowkey creepy ngl

i still want the emails bc of the discount codes but stop tracking what i click and making some profile of me out of it. like just dont

thx
jay""",
         "jay.m2009"),

        ("withdraw_consent", (), "Withdrawal of consent",
"""Dear Data Protection Officer,

I hereby withdraw the consent I gave to [name of organisation] for the processing of my personal data for the following purpose(s): receiving marketing communications by e-mail and by SMS (newsletter, loyalty card offers).

Under Article 7(3) of the General Data Protection Regulation, I have the right to withdraw my consent at any time, and it must be as easy to withdraw consent as to give it.

Please confirm in writing that you have stopped processing my personal data for the purposes listed above.

Name: Siobhan Kearney
Email address: the address I am writing from
Customer / loyalty card number (if applicable): 6001 4420 9921

Yours faithfully,
Siobhan Kearney""",
         "Siobhan Kearney"),

        ("complaint", ("deletion",), "SECOND REQUEST - saved card details",
"""To whom it may concern,

On 2 April I wrote to this address asking you to remove my credit card from my customer account. I never ticked anything to have it saved, I paid once for a lawnmower and the next time I logged in the card was just there.

Today is 19 May. I have had no reply, not even an automatic acknowledgement, and the card (Visa ending 4471) is still listed under 'Payment methods'. That is well past the one month you are allowed.

I expect the card details to be deleted today and a written confirmation. If I don't have it by the end of the week I am filing a complaint with the Data Protection Authority, I have already found the form.

G. Fitzgerald""",
         "Gerard Fitzgerald"),

        ("other", (), "Question for my master's thesis (buy now, pay later)",
"""Dear privacy team,

I'm a master's student in law at KU Leuven, writing my thesis on how Belgian webshops use credit checks when customers choose to pay in instalments. I'm not a customer of yours and this isn't about any data of mine, I'm just interested in how it works on your side.

Would you be willing to tell me which credit bureau (if any) you work with, and whether the decision is fully automated or looked at by a person? A short answer by e-mail would already help me a lot, or a 15-minute call if someone has the time. I can of course keep your company anonymous in the thesis.

Many thanks in advance,
Elif Demir""",
         "Elif Demir"),

        ("automated", (), "Automatic reply: Your request regarding your personal data",
"""Thank you for your email.

I am out of the office from Monday 19 May until Friday 30 May inclusive, with no access to email. Your message will not be forwarded.

For anything urgent, please call the office on +32 2 555 01 90.

Kind regards,
Peter Hanlon""",
         "Peter Hanlon"),
    ],
    "nl": [
        ("access", ("deletion",), "Waar hebben jullie mijn gegevens vandaan?",
"""Goedemiddag,

Vandaag kreeg ik een brief van jullie met een 'welkomstkorting van 15%'. Ik heb nog nooit iets bij jullie besteld en ook nooit een account aangemaakt. In de kleine lettertjes staat dat mijn gegevens 'via een partner' zijn verkregen.

Ik wil dus weten: van welke partner hebben jullie mijn naam en adres gekregen, wanneer, en wat hebben jullie nog meer over mij binnengekregen (e-mail, telefoonnummer, geboortedatum?).

Als ik dat antwoord heb, wil ik dat jullie alles wat jullie over mij hebben weggooien. Ik heb niets met jullie te maken.

Met vriendelijke groet,
Jeroen Bakker
Dorpsstraat 41, Bergen op Zoom""",
         "Jeroen Bakker"),

        ("correction", (), "naam fout",
"""Mijn achternaam staat verkeerd in jullie systeem: Verhaegen i.p.v. Verhaeghe. Ook zo op mijn klantenkaart en bij mijn reviews. Graag overal aanpassen, dank.

Pieter Verhaeghe
Verzonden vanaf mijn Samsung Galaxy-smartphone.""",
         "Pieter Verhaeghe"),

        ("deletion", (), "review weg aub",
"""hallo

ik heb een paar jaar geleden een review geschreven over zo'n opblaasbaar zwembad en daar staat mijn volledige naam bij + mijn woonplaats. nu als ge mij googlet is da het eerste wa ge ziet en mijn klas vindt da echt grappig 💀

kunnen jullie die review gewoon weghalen? en mijn naam ook nergens meer laten staan aub

merci
lotte""",
         "Lotte V."),

        ("portability", (), "Verzoek tot overdraagbaarheid van persoonsgegevens",
"""Geachte heer/mevrouw,

Overeenkomstig artikel 20 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u mij de persoonsgegevens die mij betreffen en die ik aan u heb verstrekt, te bezorgen in een gestructureerde, gangbare en machineleesbare vorm.

Het gaat in het bijzonder om:
- de gegevens van mijn klantenkaart, inclusief de historiek van de gespaarde en gebruikte punten;
- mijn bestelgeschiedenis.

Ik verzoek u deze gegevens binnen de wettelijke termijn van één maand na ontvangst van dit verzoek te bezorgen.

Met vriendelijke groeten,

An Claes
Kerkstraat 8
2800 Mechelen""",
         "An Claes"),

        ("restriction", (), "kredietcheck",
"""Goeiedag,

Ik heb vorige week een grasmaaier willen kopen met betalen in 3 keer, maar dat ging niet, er staat dat de kredietcheck is negatief. Ik begrijp dat niet, ik heb altijd alles betaald.

Ik heb nu gevraagd aan dat bureau om na te kijken of de informatie klopt. Dat duurt misschien paar weken. Tot dan wil ik dat jullie die resultaat van de check niet meer gebruiken voor iets, ook niet bij volgende bestelling. Niet weggooien, gewoon laten staan en niet gebruiken tot het is uitgeklaard.

Mijn klantnummer is 5520193.

Dank u
Radu Popescu""",
         "Radu Popescu"),

        ("objection", (), "Facebook",
"""Dag,

Ik heb gisteren op jullie site naar tuinmeubelen gekeken, zonder iets te kopen, en vandaag krijg ik op Facebook en Instagram niets anders te zien dan jullie loungesets.

Ik vind het niet oké dat mijn klikgedrag en mijn aankopen gebruikt worden om mij overal achterna te zitten. Ik wil niet dat jullie mijn gegevens nog doorgeven aan Facebook of andere advertentiebedrijven, en ook niet dat jullie een profiel van mij bijhouden om reclame op af te stemmen.

De nieuwsbrief mag ik gewoon blijven krijgen, daar gaat het niet om.

Groeten,
Sofie Mertens""",
         "Sofie Mertens"),

        ("withdraw_consent", (), "Re: 🌷 Lentekriebels: tot -30% op alle plantenbakken",
"""Ik wil deze mails niet meer ontvangen. De link 'uitschrijven' onderaan geeft een foutmelding (pagina niet gevonden), vandaar dat ik het zo probeer.

Schrijf mij aub uit voor alles, ook de sms'jes.

Marc""",
         "Marc Dierickx"),

        ("complaint", ("access",), "Tweede brief – overzicht spaarpunten",
"""Geachte mevrouw, mijnheer,

Op 14 februari jongstleden heb ik u per e-mail gevraagd mij een overzicht te bezorgen van de gegevens die u bijhoudt over mijn klantenkaart (nummer 6001 3307 5582), meer bepaald welke aankopen erop geregistreerd staan en wanneer er punten werden toegekend of afgeschreven. Mijn saldo bedraagt namelijk 212 punten, terwijl ik volgens mijn eigen boekhouding ruim 600 punten zou moeten hebben.

Tot op heden heb ik van u geen enkel antwoord mogen ontvangen, zelfs geen ontvangstbevestiging. Mijn kleinzoon, die mij met deze e-mail helpt, vertelt mij dat u daarvoor één maand de tijd had. Die termijn is ruim verstreken.

Ik vind het bijzonder jammer dat een trouwe klant op deze manier behandeld wordt. Ik herhaal hierbij mijn vraag en verzoek u mij dat overzicht alsnog te bezorgen, bij voorkeur op papier, op het adres hieronder. Indien ik binnen de veertien dagen niets ontvang, zal ik mij tot de Gegevensbeschermingsautoriteit wenden.

Met de meeste hoogachting,

Godelieve Van den Bossche
Sint-Pietersnieuwstraat 112
9000 Gent""",
         "Godelieve Van den Bossche"),

        ("other", (), "vraagje",
"""Hallo,

Ik zag jullie vacature voor een medewerker in het afhaalpunt in Aalst en denk erover om te solliciteren. Mag ik vragen of er daar camera's hangen die ook het personeel filmen, en hoe lang die beelden bijgehouden worden? Ik ben daar een beetje gevoelig voor, vandaar.

Ik ben geen klant bij jullie, dus het gaat niet over mijn gegevens, gewoon uit interesse voor ik mijn cv stuur.

Alvast bedankt!
Yasmine""",
         "Yasmine Haddou"),

        ("automated", (), "Automatisch antwoord: Re: Uw vraag over uw persoonsgegevens",
"""Beste,

Bedankt voor uw bericht. Ik ben met verlof tot en met 18 augustus en lees mijn mails niet. Na mijn terugkeer neem ik zo snel mogelijk contact met u op.

Voor dringende zaken kunt u terecht bij mijn collega Wim Peeters (wim.peeters@bouwbedrijf-peeters.be).

Met vriendelijke groeten,
Kristof Janssens
Projectleider""",
         "Kristof Janssens"),
    ],
    "fr": [
        ("access", (), "Demande",
"""Madame, Monsieur,

Je me permets de vous écrire au sujet de la livraison d'un salon de jardin que j'ai reçue le 22 avril dernier à mon domicile.

Ma petite-fille, qui suit mes commandes sur son téléphone, m'a montré que votre livreur avait pris une photographie de ma porte d'entrée au moment de déposer le colis, alors que j'étais absent. On y distingue, paraît-il, le numéro de la maison et une partie du salon par la fenêtre.

Je ne vous cache pas que cela m'a quelque peu surpris. Avant de me faire une opinion, je souhaiterais savoir exactement quelles photographies de mon domicile vous détenez, depuis quand, à qui elles ont été transmises (le transporteur, d'autres sociétés ?) et combien de temps vous comptez les conserver. Je vous saurais gré de m'en faire parvenir une copie, de préférence par la poste, car je ne suis guère à l'aise avec l'ordinateur.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Pierre Lambotte
Rue de Fer 27
5000 Namur""",
         "Jean-Pierre Lambotte"),

        ("correction", (), "geboortedatum",
"""Bonjour,

Excusez mon français, je suis néerlandophone.

Hier j'ai voulu payer en 3 fois sur votre site et c'était refusé. Au service client on m'a dit que dans mon compte ma date de naissance est 12/03/2007, donc je suis mineur pour vous. Mais c'est faux, je suis né le 12/03/1997. Je pense que j'ai fait une faute quand j'ai créé le compte.

Est ce que vous pouvez changer ma date de naissance svp ? Je peux envoyer une copie de ma carte d'identité si c'est nécessaire.

Merci beaucoup et bonne journée
Jens Vermeulen""",
         "Jens Vermeulen"),

        ("deletion", ("withdraw_consent",), "",
"""Bonjour,

Veuillez fermer mon compte client et effacer toutes les données que vous avez sur moi, y compris les deux avis que j'ai laissés sur le site (sur le barbecue et la tondeuse), qui apparaissent encore avec mon nom complet.

Et je ne veux plus recevoir votre newsletter ni vos promos non plus.

Cordialement,
Nathalie Dubois""",
         "Nathalie Dubois"),

        ("portability", (), "Art. 20 RGPD",
"""Bonjour,

Sur base de l'article 20 du RGPD, merci de me transmettre l'historique de mes commandes et de mon compte fidélité dans un format structuré et lisible par machine (CSV ou XML, pas de PDF).

Client n° 7741025.

Bien à vous,
Olivier Lemaire
Directeur financier — Lemaire & Fils SRL
+32 475 12 34 56""",
         "Olivier Lemaire"),

        ("restriction", (), "Re: Votre demande n° 45872",
"""Bonjour Madame Leroy,

Merci pour votre réponse. Je comprends que vous ne pouvez pas me rembourser tant que le transporteur n'a pas terminé son enquête.

J'ai par contre une demande précise. Lors de mon appel du 12 mars vers 10 h, votre collègue m'a clairement promis le remboursement intégral de la tondeuse. Vous m'avez écrit que les appels sont enregistrés et effacés après 60 jours. Je vous demande de NE PAS effacer cet enregistrement, car j'en aurai peut-être besoin devant le juge de paix si l'affaire n'aboutit pas. En attendant, je ne veux pas qu'il serve à autre chose (formation, évaluation du personnel, etc.) : qu'il soit simplement mis de côté.

Merci de me le confirmer par écrit.

Salutations,
Karim Benali""",
         "Karim Benali"),

        ("objection", (), "les pubs",
"""slt

jsp comment vous faites mais depuis que j'ai regardé un hamac sur votre site je vois vos pubs PARTOUT sur insta et tiktok, c trop chelou 😭 genre vous me suivez ou quoi

arrêtez de me traquer avec vos cookies et de filer mes infos aux réseaux pour les pubs svp. j'ai pas envie

merci
inès""",
         "Ines B."),

        ("withdraw_consent", (), "Re: -20% sur tout le jardin ce week-end !",
"""Bonjour,

Je ne souhaite plus recevoir vos SMS publicitaires, ni vos e-mails d'ailleurs. Au moment de prendre la carte de fidélité, j'avais coché la case pour les offres, mais je reviens sur mon accord : c'est beaucoup trop fréquent, presque tous les deux jours.

Je garde la carte pour les points, bien sûr.

Bien cordialement,
Françoise Collard""",
         "Françoise Collard"),

        ("complaint", ("access",), "Fuite de données ???",
"""Madame, Monsieur,

Ce matin j'ai reçu un SMS soi-disant envoyé par votre société, me demandant de payer 1,99 € de « frais de douane » pour ma commande. Le message contenait mon nom complet, mon numéro de commande exact (CMD-2025-118734) et le nom du produit que j'ai acheté chez vous il y a dix jours (un abri de jardin). Évidemment je n'ai pas payé, mais il est clair que ces informations ne peuvent venir que de chez vous ou de votre transporteur.

Je trouve inadmissible de ne pas avoir été prévenu. Vous avez manifestement perdu le contrôle de mes données, et je compte bien signaler ces faits à l'Autorité de protection des données.

Je vous demande également de m'indiquer précisément quelles données me concernant ont été exposées (adresse ? téléphone ? données de paiement ?) et à qui elles ont été communiquées.

Thierry Wauters""",
         "Thierry Wauters"),

        ("other", (), "paiement par carte",
"""Bonjour,

Je voudrais commander une serre chez vous mais avant, j'aimerais savoir : si je paie par Bancontact ou par carte Visa, est-ce que vous gardez mon numéro de carte quelque part ou c'est seulement la banque qui l'a ? Je n'ai pas encore de compte chez vous.

Merci d'avance pour votre réponse.
Martine""",
         "Martine Gilson"),

        ("automated", (), "Réponse automatique : Re: Votre demande d'accès",
"""Bonjour,

Je suis absente jusqu'au lundi 4 novembre inclus et je n'aurai qu'un accès limité à ma messagerie.

Pour toute demande urgente, vous pouvez contacter le secrétariat au 081 23 45 67.

Bien à vous,

Céline Renard
Cabinet de kinésithérapie Renard""",
         "Céline Renard"),
    ],
    "de": [
        ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO",
"""Sehr geehrte Damen und Herren,

hiermit bitte ich Sie gemäß Art. 15 DSGVO um Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. Falls ja, bitte ich um

1. eine Kopie dieser Daten,
2. Angaben zu den Verarbeitungszwecken,
3. die Empfänger oder Kategorien von Empfängern, denen die Daten offengelegt wurden,
4. die geplante Speicherdauer,
5. alle verfügbaren Informationen über die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden.

Insbesondere interessiert mich, ob und welche Daten Sie beim Versand Ihres Newsletters über mein Öffnungs- und Klickverhalten erfassen (Zählpixel, personalisierte Links) und wofür Sie diese auswerten.

Bitte beachten Sie die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO.

Mit freundlichen Grüßen
Katrin Hoffmann
Aachener Str. 17
52062 Aachen""",
         "Katrin Hoffmann"),

        ("correction", ("restriction",), "Falsche Angaben bei Bonitätsprüfung – Kundennummer 4418830",
"""Sehr geehrte Damen und Herren,

bei meiner Bestellung vom 2. Juni (Gartenbank „Ravenna“, Kauf auf Rechnung) wurde mir mitgeteilt, diese Zahlungsart könne aufgrund einer Bonitätsprüfung nicht angeboten werden.

Ich bin 74 Jahre alt, habe zeitlebens meine Rechnungen pünktlich beglichen und war über diese Auskunft einigermaßen bestürzt. Nach Rücksprache mit der Auskunftei stellte sich heraus, dass in Ihrem Kundenkonto noch meine frühere Anschrift in Köln-Kalk hinterlegt ist, unter der inzwischen eine andere Person mit Zahlungsrückständen gemeldet ist. Seit 2019 wohne ich jedoch in Eupen, Hookstraße 9.

Ich bitte Sie daher, meine Anschrift in Ihrem System zu berichtigen. Bis dies geschehen und die Angelegenheit geklärt ist, möchte ich ferner, dass Sie das Ergebnis dieser Bonitätsprüfung nicht weiter verwenden, weder für künftige Bestellungen noch zur Weitergabe an Dritte.

Für Ihre Bemühungen danke ich Ihnen im Voraus.

Hochachtungsvoll
Dr. Heinrich Brandt""",
         "Dr. Heinrich Brandt"),

        ("deletion", (), "Telefon aufnahme",
"""Guten Tag,

ich habe am Montag bei Ihre Kundenservice angerufen wegen die Rückgabe von Liegestuhl. Am Anfang die Stimme hat gesagt das Gespräch wird aufgenommen. Ich habe in diese Gespräch erzählt, warum ich zurückgeben muss, wegen meine Operation am Rücken und so weiter, sehr privat.

Ich möchte das diese Aufnahme gelöscht wird. Bitte nicht behalten.

Vielen Dank
Ayşe Yılmaz""",
         "Ayşe Yılmaz"),

        ("portability", (), "Meine Bewertungen",
"""Hallo zusammen,

ich habe bei Ihnen in den letzten Jahren rund 40 Produktbewertungen geschrieben (Benutzername „Gartenzwerg_Uwe“), teilweise mit Fotos. Die möchte ich jetzt auf meinem eigenen Gartenblog weiterverwenden.

Könnten Sie mir alle meine Bewertungen mit Datum, Produkt, Sternen und Text als Datei in einem maschinenlesbaren Format (CSV oder JSON) schicken? Das Abtippen von der Website wäre bei der Menge doch etwas mühsam. Die Fotos gerne als Zip dazu.

Besten Dank und grüne Grüße
Uwe Scholz""",
         "Uwe Scholz"),

        ("restriction", (), "Konto",
"""Bitte mein Kundenkonto bis auf Weiteres einfrieren: nicht löschen (brauche die Rechnungen evtl. noch für einen Garantiefall an der Markise), aber auch sonst nichts mehr damit machen. Danke.

M. Krüger

--
Dipl.-Ing. Matthias Krüger
Krüger Haustechnik GmbH""",
         "Matthias Krüger"),

        ("objection", (), "Ihre „Partner“",
"""Guten Tag,

in Ihrer Datenschutzerklärung habe ich gelesen, dass Sie Kundendaten an „ausgewählte Partner“ für Werbezwecke weitergeben und meine Einkäufe auswerten, um mir „relevante Angebote“ zu machen.

Das möchte ich für meine Person nicht. Meine Adresse und meine Einkäufe gehen niemanden etwas an außer Ihnen, und auch Sie sollen daraus bitte kein Werbeprofil über mich basteln. Bestellungen und Kundenkonto sollen aber bleiben, wie sie sind.

Freundliche Grüße
Sabine Lehmann""",
         "Sabine Lehmann"),

        ("withdraw_consent", (), "mails",
"""hey

ich bekomm von euch seit nem jahr jeden zweiten tag so ne werbemail, hab mich mal für so ein gewinnspiel angemeldet glaub ich. voll nervig digga

will die nicht mehr, bitte austragen. danke

leon""",
         "Leon K."),

        ("complaint", ("deletion",), "",
"""Sehr geehrte Damen und Herren,

Ihr Paketdienst hat bei der Zustellung am Dienstag ein „Zustellfoto“ gemacht, auf dem nicht nur meine Haustür, sondern auch mein zehnjähriger Sohn zu sehen ist, der die Tür geöffnet hat. Dieses Foto kann jeder abrufen, der den Link aus Ihrer Versandbestätigung hat, ganz ohne Anmeldung. Ich habe den Link testweise meiner Schwester geschickt, sie konnte das Bild problemlos öffnen.

Niemand hat mich oder meinen Sohn gefragt. Ich halte das für einen klaren Verstoß gegen den Datenschutz und erwarte, dass Sie dieses Foto umgehend löschen – bei Ihnen und bei Ihrem Paketdienst – und mir das bestätigen.

Ich behalte mir vor, die Datenschutzbehörde einzuschalten.

Mit freundlichen Grüßen
Julia Weber""",
         "Julia Weber"),

        ("other", (), "Zustellnachweise DSGVO-konform – 15 Minuten?",
"""Sehr geehrte Damen und Herren,

viele Onlinehändler setzen inzwischen Fotos als Zustellnachweis ein – und stehen dann vor der Frage, wie man Gesichter, Hausnummern und Kennzeichen datenschutzkonform behandelt.

Mit PODsafe werden Personen und Kennzeichen auf Zustellfotos automatisch verpixelt, bevor die Bilder in Ihrem System landen. Zwei der fünf größten Gartenversender in Deutschland nutzen das bereits.

Hätten Sie nächste Woche 15 Minuten für ein kurzes Gespräch? Ich zeige Ihnen gern eine Demo.

Beste Grüße
Tobias Richter
Senior Account Executive DACH & Benelux
PODsafe GmbH | Berlin""",
         "Tobias Richter"),

        ("automated", (), "Abwesenheitsnotiz: Re: Ihre Anfrage vom 3. März",
"""Vielen Dank für Ihre Nachricht.

Ich befinde mich bis einschließlich 21. März in Elternzeit. Ihre E-Mail wird nicht weitergeleitet und erst nach meiner Rückkehr gelesen.

In dringenden Fällen wenden Sie sich bitte an info@steuerkanzlei-vogt.de.

Mit freundlichen Grüßen
Anna Vogt""",
         "Anna Vogt"),
    ],
    "es": [
        ("access", (), "Imágenes de la cámara del punto de recogida",
"""Hola,

El viernes 16 fui a recoger un pedido (una lámpara de pie, pedido 2025-77812) al punto de recogida de Ixelles. La chica del mostrador me dio la caja y al llegar a casa la lámpara estaba rota. Ahora me decís que "el paquete salió en perfecto estado".

Sé que allí hay cámaras porque hay un cartel en la entrada. Quiero una copia de las imágenes en las que salgo yo, del viernes 16 entre las 18:00 y las 18:30 más o menos, para que se vea cómo me entregaron la caja.

Gracias,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),

        ("correction", (), "Actualización de datos tarjeta de cliente",
"""Muy señores míos:

Me dirijo a ustedes para comunicarles que los datos de contacto asociados a mi tarjeta de cliente número 6001 2278 4410 no están actualizados. Desde hace unos meses ya no utilizo la dirección de correo electrónico que figura en su sistema (antonio.ruiz52@telefonica.net), que fue dada de baja, ni el número de teléfono fijo que les facilité en su día.

Les ruego que procedan a sustituirlos por los siguientes:
- correo electrónico: el de este mensaje
- teléfono móvil: +32 478 55 12 90

Asimismo, les agradecería que corrigieran el segundo apellido, que aparece como «Martines» cuando lo correcto es «Martínez».

Sin otro particular, les saluda atentamente,

Antonio Ruiz Martínez""",
         "Antonio Ruiz Martínez"),

        ("deletion", (), "tarjeta",
"""Buenas, borrad por favor los datos de mi tarjeta de la cuenta, nunca marqué lo de guardarla. Gracias.

Enviado desde mi móvil""",
         "Pablo Sanz"),

        ("portability", (), "Data export request",
"""Hola,

Perdón por mi español, no es mi lengua materna.

Uso una aplicación para guardar las facturas y garantías de todas las cosas de mi casa. Quiero poner allí todas mis compras en su tienda de los últimos años (muebles de jardín, barbacoa, etc.). ¿Pueden enviarme mis datos de compras en un formato que se puede importar, por ejemplo CSV o JSON? Un PDF no sirve porque la aplicación no puede leerlo.

Mi número de cliente es 3319042.

Muchas gracias,
Hannah Clarke""",
         "Hannah Clarke"),

        ("restriction", (), "Re: ¡Bienvenida a nuestra comunidad!",
"""Hola,

Recibí vuestro correo de bienvenida, en el que decís que mis datos os los ha cedido "nuestro socio Ofertas Hogar Plus". Yo nunca he autorizado eso y estoy reclamando a esa empresa por mi cuenta.

Os pido que no borréis todavía lo que os mandaron (nombre, correo, teléfono y la fecha en que os lo pasaron), porque puede que lo necesite como prueba. Pero mientras tanto no hagáis nada con esos datos: ni usarlos, ni pasarlos a nadie. Simplemente guardadlos bloqueados hasta que esto se aclare.

Un saludo,
Marta Gil""",
         "Marta Gil"),

        ("objection", ("withdraw_consent",), "Seguimiento en vuestros correos",
"""Hola:

He visto que los enlaces de vuestros correos llevan un identificador personal y que luego me llegan ofertas "personalizadas" según lo que he pinchado. No quiero que analicéis mis clics ni que me hagáis un perfil con eso.

Y ya puestos, dadme de baja de la newsletter, que al final no la leo.

Saludos,
Iker Etxeberria""",
         "Iker Etxeberria"),

        ("withdraw_consent", (), "",
"""holaa

me apunté a vuestra newsletter para el descuento del 10% y literal me llegan correos todos los días 😩 no quiero recibir más, quitadme porfa

graciass""",
         "Carla G."),

        ("complaint", ("access",), "Sin respuesta – grabación de llamada (segunda vez)",
"""Buenos días:

El 3 de marzo les escribí a esta misma dirección pidiendo una copia de la grabación de la llamada que hice a su servicio de atención al cliente el 27 de febrero. Han pasado más de seis semanas y no he recibido nada, ni siquiera un acuse de recibo.

Vuelvo a pedirles esa grabación. Si no la recibo en los próximos diez días, presentaré una reclamación ante la Autoridad de Protección de Datos belga.

Atentamente,
Rosa María Delgado""",
         "Rosa María Delgado"),

        ("other", (), "Colaboración: analítica de newsletters",
"""Hola equipo,

Soy Álvaro, de Métrica Digital, una agencia de Madrid especializada en email marketing para tiendas online de hogar y jardín. Hemos echado un vistazo a vuestra newsletter y creemos que podríais sacarle mucho más partido a los datos de aperturas y clics.

¿Os encajaría una llamada de 20 minutos la semana que viene para contaros cómo trabajamos? Si queréis, os mando antes un caso de éxito con una tienda de muebles de exterior.

Un saludo,
Álvaro Méndez
Business Development – Métrica Digital""",
         "Álvaro Méndez"),

        ("automated", (), "Re: Su solicitud de acceso a datos personales",
"""Hola, gracias por tu mensaje.

Estoy de vacaciones hasta el 1 de septiembre y no voy a mirar el correo. A la vuelta te contesto.

Si es algo urgente, llámame al 600 12 34 56.

Un abrazo,
Nuria""",
         "Nuria Serrano"),
    ],
    "it": [
        ("access", (), "Rifiuto pagamento a rate – quali dati avete usato?",
"""Buongiorno,

ieri il pagamento in tre rate mi è stato rifiutato "in base a una verifica di solvibilità". Vorrei sapere quali dati che mi riguardano avete utilizzato per questa verifica, da quale agenzia li avete ottenuti e se la decisione è stata presa in automatico. Vi prego di inviarmi copia di quanto avete.

Cordiali saluti
Stefano Ricci""",
         "Stefano Ricci"),

        ("correction", (), "Indirizzo errato",
"""Gentili Signori,

mi permetto di scrivervi in merito alle ultime due consegne effettuate dal vostro corriere. In entrambi i casi il pacco è stato lasciato davanti alla casa dei miei vicini, e nella fotografia di consegna che compare nella mia area clienti si vede chiaramente il loro portone, con il numero 17.

Ho controllato i dati del mio profilo: il mio indirizzo risulta registrato come "Rue de la Station 17", mentre io abito al numero 71 da più di vent'anni. Probabilmente le cifre sono state invertite al momento della registrazione, forse per un mio errore di battitura.

Vi sarei grata se voleste correggere il numero civico nella mia scheda cliente, in modo che le prossime consegne arrivino a destinazione.

Ringraziando per la cortese attenzione, porgo distinti saluti.

Giuseppina Marino
Rue de la Station 71
4020 Liège""",
         "Giuseppina Marino"),

        ("withdraw_consent", ("deletion",), "newsletter",
"""ciao raga

mi ero iscritta alla vostra newsletter tipo un anno fa per lo sconto e cmq da allora mi arrivano mail tutti i giorni, basta 😅 toglietemi dalla lista

e già che ci siete cancellate pure il mio account, nn lo uso più

grazie""",
         "giuli.esposito"),

        ("portability", (), "Richiesta di portabilità dei dati",
"""Spett.le Titolare del trattamento,

il/la sottoscritto/a Francesca Bruno, ai sensi dell'art. 20 del Regolamento (UE) 2016/679, chiede di ricevere in un formato strutturato, di uso comune e leggibile da dispositivo automatico i dati personali che lo/la riguardano forniti al titolare, con particolare riferimento allo storico della carta fedeltà (punti accumulati e utilizzati) e agli ordini effettuati.

Si chiede inoltre, ove tecnicamente fattibile, la trasmissione diretta di tali dati al seguente titolare: Verde Casa S.r.l., privacy@verdecasa.example.it.

Recapito per la risposta: il presente indirizzo e-mail.

Distinti saluti
Francesca Bruno""",
         "Francesca Bruno"),

        ("restriction", (), "Re: Richiesta immagini videosorveglianza",
"""Buongiorno,

grazie della risposta. Capisco che non potete darmi le immagini direttamente e che dovrà chiederle la mia assicurazione.

Però nella vostra mail scrivete che le registrazioni del parcheggio del punto di ritiro di Anderlecht vengono cancellate automaticamente dopo 30 giorni. La mia auto è stata urtata lì il 9 ottobre tra le 17 e le 17:30 e la pratica con l'assicurazione andrà sicuramente per le lunghe.

Vi chiedo quindi di non cancellare le registrazioni di quel pomeriggio e di conservarle, senza usarle per altro, finché l'assicurazione o l'avvocato non le richiederanno.

Cordiali saluti,
Marco Colombo""",
         "Marco Colombo"),

        ("objection", (), "cookie",
"""Buongiorno,

scusate per il mio italiano. Ho guardato con il browser e ho visto che il vostro sito mi mette un codice identificativo e lo manda a Meta e Criteo, cosi dopo vedo vostra pubblicità dappertutto.

Io non voglio che con questo codice mi seguite su altri siti e fate profilo di me per la pubblicità. Vi chiedo di fermare questo per me, anche quando sono entrata nel mio account.

Grazie
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),

        ("deletion", ("access",), "Non sono vostra cliente",
"""Buonasera,

ricevo da settimane le vostre e-mail promozionali e oggi anche un catalogo per posta, indirizzato a me con nome e cognome. Non ho mai comprato nulla da voi. Immagino abbiate avuto i miei dati da qualche "partner".

Cancellate tutto quello che avete su di me. E ditemi da chi avete avuto i miei dati, perché voglio sapere chi li sta vendendo in giro.

Laura Conti""",
         "Laura Conti"),

        ("complaint", (), "Grave episodio al telefono con il vostro servizio clienti",
"""Buongiorno,

vi scrivo per segnalare un fatto che trovo molto grave. Martedì ho chiamato il vostro servizio clienti per un problema con un ordine. L'operatore, cercando il mio nome, ha aperto la scheda di un'altra cliente che si chiama come me e mi ha letto ad alta voce il suo indirizzo, il numero di telefono e gli ultimi ordini, prima di accorgersi dell'errore.

Se è successo con i dati di quella signora, può succedere anche con i miei. Non è accettabile che chiunque al telefono possa farsi leggere i dati di altre persone solo dicendo un nome e cognome. Mi aspetto che prendiate provvedimenti e che rivediate le vostre procedure.

Distinti saluti
Chiara Romano""",
         "Chiara Romano"),

        ("other", (), "domanda sulle recensioni",
"""Salve,

vorrei lasciare una recensione sul tavolo da giardino che ho comprato, ma prima volevo capire come funziona: il nome che appare è quello completo o solo il nome di battesimo? Si può usare uno pseudonimo?

Grazie mille
Paolo""",
         "Paolo Greco"),

        ("automated", (), "Risposta automatica: Re: Richiesta di portabilità dei dati",
"""Gentile mittente,

sono fuori ufficio fino a lunedì 7 gennaio con accesso limitato alla posta elettronica. Risponderò al più presto al mio rientro.

Per questioni urgenti potete rivolgervi a segreteria@studiolegalemancini.it.

Cordiali saluti
Avv. Elena Mancini""",
         "Elena Mancini"),
    ],
    "pt": [
        ("access", ("portability",), "Histórico de pontos",
"""Boa tarde,

Tenho o cartão de cliente desde 2020 e gostava de ver todo o histórico dos meus pontos: quando ganhei, quando usei e que compras estão associadas ao cartão. No site só aparece o saldo atual.

Se possível enviem-me também esse histórico num ficheiro Excel ou CSV, para eu poder fazer as contas com calma.

Cartão n.º 6001 5512 0087.

Obrigada,
Ana Sofia Pereira""",
         "Ana Sofia Pereira"),

        ("correction", (), "Re: A sua reclamação n.º 20931",
"""Boa tarde,

Na vossa resposta dizem que "segundo a chamada registada no dia 5 de maio, o cliente recusou a entrega". Isto não é verdade. O que eu disse ao telefone foi que não estava em casa nesse dia e pedi para entregarem no dia seguinte. Podem ouvir a gravação.

Peço que corrijam essa informação na minha ficha de cliente, porque é por causa disso que me querem cobrar os portes de devolução.

Cumprimentos,
Rui Almeida""",
         "Rui Almeida"),

        ("deletion", (), "Cartão bancário",
"""Exmos. Senhores,

Chamo-me Maria da Conceição Rodrigues, tenho 79 anos e vivo em Bruxelas há mais de quarenta anos. Foi o meu neto que me ajudou a fazer a primeira encomenda no vosso site, no Natal passado, e pagámos com o meu cartão de crédito.

Agora, ao entrar na minha conta, vejo que o cartão ficou lá gravado, com os últimos números à vista. Não me sinto nada descansada com isso, hoje em dia ouve-se falar de tantas burlas.

Venho por isso pedir que apaguem os dados do meu cartão da vossa loja. Quando quiser comprar alguma coisa, volto a pôr o cartão, não me importo.

Agradeço desde já a vossa atenção e peço desculpa por algum erro.

Com os melhores cumprimentos,
Maria da Conceição Rodrigues""",
         "Maria da Conceição Rodrigues"),

        ("portability", (), "Transferência de dados",
"""Bom dia,

Ao abrigo do art. 20.º do RGPD, peço que transmitam diretamente à Jardim & Lar, Lda. (dados@jardimelar.example.pt) os dados que vos forneci: encomendas, moradas de entrega e lista de desejos, em formato estruturado.

Obrigado,
Tiago Martins
Enviado do meu iPhone""",
         "Tiago Martins"),

        ("restriction", (), "",
"""Olá,

A encomenda de 14 de março (cadeiras de exterior) foi deixada à porta do prédio e desapareceu. No site aparece uma foto do estafeta com a caixa encostada à porta.

Essa foto é a única prova que tenho para a seguradora. Por favor não a apaguem, mas também não a usem para mais nada, fica só guardada até a seguradora resolver o assunto.

Obrigada
Beatriz Costa""",
         "Beatriz Costa"),

        ("objection", (), "Verificação de crédito",
"""Bom dia,

Reparei que sempre que escolho pagar em prestações o vosso site faz automaticamente uma consulta de crédito em meu nome e, pelo que percebi na política de privacidade, guardam uma "pontuação" para decidir que formas de pagamento me mostram.

Não concordo com isso e oponho-me a que façam uma avaliação ou um perfil de mim com base nesses dados. Prefiro pagar tudo de uma vez.

Cumprimentos,
Eduardo Sousa""",
         "Eduardo Sousa"),

        ("withdraw_consent", ("objection",), "para de me mandar email",
"""oi

vcs podem tirar meu email dessa newsletter? eu nem lembro de ter me cadastrado kkkk

e outra coisa, para de me mostrar anúncio de vcs no insta toda hora pq eu olhei UMA churrasqueira no site de vcs. nao quero q vcs fiquem me rastreando pra propaganda

vlw""",
         "Gabi Souza"),

        ("complaint", (), "Chamadas de um 'parceiro' vosso",
"""Exmos. Senhores,

Nas últimas duas semanas recebi quatro chamadas de uma empresa de painéis solares, a SolarMax, que me disse expressamente ter recebido o meu contacto "através da loja onde comprei o meu barbecue", ou seja, de vocês. Nunca autorizei que o meu número de telemóvel fosse passado a ninguém, dei-o apenas para a entrega.

Isto é um uso abusivo dos meus dados pessoais e considero-o inaceitável. Vou apresentar queixa à autoridade de proteção de dados.

Helena Ferreira""",
         "Helena Ferreira"),

        ("other", (), "Cartão de cliente",
"""Olá, boa tarde.

Estou a pensar aderir ao vosso cartão de cliente, mas no formulário pedem a data de nascimento e o número de telemóvel. É obrigatório preencher isso? E para que é que usam esses dados? Ainda não dei nada, só queria perceber antes de me inscrever.

Obrigado,
Nuno""",
         "Nuno Carvalho"),

        ("automated", (), "Resposta automática: Re: Histórico de pontos",
"""Obrigada pela sua mensagem.

Este endereço de e-mail deixou de ser utilizado. Por favor, envie as suas mensagens para o meu novo endereço: anasofia.pereira@novomail.example.pt

As mensagens enviadas para este endereço não serão lidas.

Ana Sofia Pereira""",
         "Ana Sofia Pereira"),
    ],
}

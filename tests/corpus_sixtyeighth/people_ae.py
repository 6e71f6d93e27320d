"""Person mail for the sixtyeighth set (en nl fr de es it pt): phone plans, SIM cards, home internet and energy contracts sold at the shop's counters for partner operators. Written apart from the rules (see make_sixtyeighth.py)."""

PEOPLE_AE = {
    "en": [
        ("access", ("objection",),
         "Man at my door said he was from your store",
         """Hello,

On Saturday 7 March a young man in a fleece with your logo on it rang at my door in Wezembeek. He said he came "from the store in Zaventem, about your energy contract". He knew my name, he knew I'd signed with Helios Energie at the stand in your shop last spring, and he knew my fixed-price period ends in June. He wanted me to sign a new three-year contract on his tablet there and then. I said no and he left, a bit annoyed.

I never gave my address to anyone at that stand except to put it on the contract. So either he really works for you or for Helios, or somebody passed my file on.

I would like to know:
- what personal data you hold about me in connection with that energy contract,
- who you have shared it with (Helios, a sales agency, anybody else), and when,
- whether this doorstep seller was acting for you.

And please make sure my details are not used for any more visits or calls to sell me things. One contract is enough.

Best regards,
Deborah Ellison
Avenue des Erables 12, 1970 Wezembeek-Oppem""",
         "Deborah Ellison"),
        ("correction", (),
         "Prepaid SIM registered with the wrong date of birth",
         """Hi there,

I bought a Zapp Mobile prepaid SIM at your Leuven store on 3 February. The lady at the counter scanned my residence card and typed in the rest by hand. I now see in the Zapp app that the card is registered to "Owen Farrel", born 14/11/1991.

My name is Owen Farrell (two Ls) and I was born on 11/04/1991, she swapped day and month. It matters because Zapp now won't let me verify my account online, the dates don't match my card.

Zapp told me on the chat that the registration was done by the shop, so the shop has to fix it. Could you please correct my name and date of birth in the registration and pass it on to them?

Number: 0470 31 88 26

Thanks a lot,
Owen Farrell""",
         "Owen Farrell"),
        ("deletion", (),
         "",
         """Hello,

In December my mother came over from Cork for three weeks and I bought her a prepaid SIM at your Ghent Zuid store. Because she doesn't live here the staff member photocopied her Irish passport and kept the copy "for the registration".

She has gone home, the SIM was never topped up again and has expired. There is no reason for you to keep a copy of her passport any more. Please delete it, and anything else you kept on her (Margaret Quinlan, born 1952). She has asked me to write on her behalf and is copied in.

Regards,
Siobhan Quinlan-De Wilde""",
         "Siobhan Quinlan-De Wilde"),
        ("portability", (),
         "Call and data records - file please",
         """Hello,

I'm switching operator next month (the new one is handling the number porting, so that's not what I'm asking you about).

Before I go, I'd like a copy of my usage history for the Brabo Telecom plan I took out at your Antwerp Meir counter in 2024: calls, texts and mobile data per day, for as far back as you keep it. I want to load it into a comparison site to see which plan really fits me. The "My plan" page in your app only shows a graph of the current month.

A CSV or Excel file would be ideal, a PDF is no use to me.

Customer number 55-204-7781.

Thanks,
Rajesh Menon""",
         "Rajesh Menon"),
        ("restriction", (),
         "Credit check for phone on instalments",
         """Dear Sir or Madam,

On 19 March I tried to buy a phone on 24 monthly instalments at your Brussels Toison d'Or store together with a Brabo Telecom plan. After the credit check the salesman told me it was "refused because of a negative registration", without any more detail.

I have no debts. I have asked the National Bank for my file and I'm waiting for it. Until this is cleared up, I ask you not to use that credit check result for anything: don't pass it on, don't use it to refuse me other offers, and don't put a flag on my customer account. Please do not delete it either, I may need it as proof if the registration turns out to be someone else's mistake.

Could you confirm that the result has been put on hold in this way?

Yours faithfully,
Kwame Asante
Rue de la Brasserie 77, 1050 Ixelles""",
         "Kwame Asante"),
        ("objection", (),
         "calls",
         """pls stop giving my number to people who sell electricity. third call this week from someone "on behalf of" your shop. not interested. 0486 55 21 09

sent from my phone""",
         "Liam Cartwright"),
        ("withdraw_consent", (),
         "Smart meter data - personalised offers",
         """Hello,

When I signed my electricity and gas contract with Helios at the stand in your Hasselt store, the seller had me tick a few boxes on the tablet. One of them, I now realise, allowed Helios and the shop to use the quarter-hourly readings from my digital meter for "personalised energy offers and product recommendations".

I do NOT want to cancel the energy contract, I'm happy with the price. But I withdraw that permission: from now on my meter data should only be used to bill me, not to suggest heat pumps or send me offers.

EAN: 541448820047193355
Contract: HE-2025-118842

Kind regards,
Gemma Ruiz-Thompson""",
         "Gemma Ruiz-Thompson"),
        ("complaint", ("access", "deletion"),
         "Re: Re: Contract opened in my name - SECOND REMINDER",
         """To whoever reads this mailbox,

On 2 February I wrote to you that a mobile contract with a phone on instalments had been opened in my name at your Mechelen store on 24 January. I have never been in that store. I found out because Brabo Telecom sent me a reminder for 389 euros. I filed a police report (PV attached again).

I got an automatic acknowledgement and then nothing. On 20 February I sent a reminder. Nothing. It is now the 30th of March.

Meanwhile Brabo are threatening me with a debt collector and I can't even tell them what was used to open this contract, because you won't tell me.

I'm giving you ten more days. If I don't have a full answer by then I will lodge a complaint with the Data Protection Authority in Brussels. What I want:
1. a copy of everything you hold under my name for this contract, including the copy of the identity document that was used and the name of the staff member who opened it;
2. once the fraud is established, erase my details from that contract and from anything you sent to Brabo.

This has been handled very badly.

Eleanor Baptiste""",
         "Eleanor Baptiste"),
        ("other", (),
         "SIM not working after registration",
         """Hi,

I got a new SIM from you yesterday for my daughter (Zapp, prepaid, 15 euro). The girl at the counter read my eID in the little machine, took all my details, took a photo of my ID as well, so I assume the registration is fine.

But the phone still says "No service" / "SIM not provisioned" 24 hours later. We tried it in two different phones. The number is 0468 20 47 13.

Is there something else we need to do to activate it? Or should I come back to the store?

Thanks,
Paul Hendry""",
         "Paul Hendry"),
        ("other", (),
         "meter reading",
         """Hello,

I'm not sure this is the right address, but it's the only e-mail on the contract I signed at your Helios stand (it says "privacy questions: privacy@..."), and the Helios phone line has a 40 minute wait.

They asked me for my annual meter reading. Could you pass this on to them please?

Contract HE-2025-097310, Ms A. Brennan, Kerkstraat 8, 3000 Leuven
Electricity day: 018 442
Electricity night: 011 907
Gas: 04 215,338 m3
Read on 28 March 2026.

Many thanks,
Aoife Brennan""",
         "Aoife Brennan"),
    ],
    "nl": [
        ("access", ("restriction",),
         "Abonnement op mijn naam dat ik nooit afgesloten heb",
         """Goedemiddag,

Vorige week kreeg ik een brief van Brabo Telecom: een herinnering voor een gsm-abonnement met een toestel op afbetaling (een telefoon van 1.099 euro, 24 maanden). Volgens Brabo werd dat contract op 9 januari 2026 afgesloten in jullie winkel in Genk, Shopping 1. Ik woon in Lommel, ben nooit in die winkel geweest en heb geen nieuwe telefoon.

Ik heb aangifte gedaan bij de politie (PV LI.55.L3.004417/2026).

Ik vraag u mij te laten weten welke persoonsgegevens er op mijn naam bij jullie geregistreerd zijn voor dat contract: welk identiteitsbewijs werd er gebruikt (graag een kopie), welk adres, welk e-mailadres en gsm-nummer, wie van uw personeel het contract heeft ingegeven en of er een kredietcontrole op mijn naam werd gedaan.

Wis alstublieft niets van dat dossier en ook niet de camerabeelden van die dag als die er nog zijn: de politie zal ze willen zien. Gebruik mijn gegevens in tussentijd ook niet verder voor dat contract.

Met vriendelijke groeten,
Wim Vanhoudt
Kapelstraat 23, 3920 Lommel""",
         "Wim Vanhoudt"),
        ("correction", (),
         "Verkeerd adres op energiecontract",
         """Beste,

Op 14 februari heb ik aan de stand van Helios in jullie winkel in Aalst een contract voor elektriciteit getekend. De verkoper heeft mijn adres ingetikt als Leopoldlaan 41 in plaats van Leopoldlaan 14. Gevolg: het contract hangt aan de EAN-code van mijn buurvrouw en zij heeft nu een brief gekregen met mijn naam erop en een voorschotfactuur.

Kunnen jullie mijn adres aanpassen naar Leopoldlaan 14, 9300 Aalst, en ervoor zorgen dat Helios de juiste EAN gebruikt? Mijn EAN-code staat op de factuur van mijn vorige leverancier: 541449500000388214.

Alvast bedankt,
Sofie De Clercq""",
         "Sofie De Clercq"),
        ("deletion", (),
         "Installateur internet",
         """Dag,

Op 3 maart kwam een installateur van Kyma Internet bij mij thuis om de modem te installeren (besteld in jullie winkel in Kortrijk). Alles werkte, prima.

Maar sindsdien krijg ik berichtjes van die man op WhatsApp. Eerst "alles ok met het internet? ;)" en daarna vragen of ik eens iets wil gaan drinken. Hij had mijn gsm-nummer van de werkbon.

Ik wil dat mijn gsm-nummer en mijn adres verwijderd worden uit het systeem waar die installateurs in kunnen kijken. Voor de facturatie mogen jullie mijn e-mailadres gebruiken, meer niet.

Groeten,
Lien Vermeersch""",
         "Lien Vermeersch"),
        ("restriction", (),
         "Beperking van de verwerking - kredietcontrole (art. 18 AVG)",
         """Geachte heer, mevrouw,

Op 21 februari 2026 wilde ik in uw filiaal te Roeselare een smartphone kopen op afbetaling, samen met een abonnement bij Zapp Mobile. Na de kredietcontrole werd mijn aanvraag geweigerd. Uw medewerker toonde mij op het scherm de vermelding "Preventel: negatief".

Die vermelding betreft een oude factuur van 2019 die ik in 2021 volledig heb betaald; ik beschik over het betalingsbewijs. De gegevens waarop uw weigering steunt, zijn dus onjuist.

Op grond van artikel 18, lid 1, a) van de Algemene Verordening Gegevensbescherming verzoek ik u de verwerking van het resultaat van die kredietcontrole te beperken zolang de juistheid ervan niet is nagegaan. Concreet: het resultaat niet verder gebruiken bij latere aanvragen, niet doorgeven aan partners, en niet wissen, zodat ik het kan gebruiken in mijn betwisting.

Graag ontvang ik binnen de termijn van artikel 12 AVG een bevestiging.

Hoogachtend,
Filip Maes
Zuidstraat 102, 8800 Roeselare""",
         "Filip Maes"),
        ("objection", (),
         "",
         """stop met mijn gegevens door te geven aan die energieverkopers aub. ik wil niet meer gebeld worden, ook niet door jullie zelf. ze zeggen altijd dat ze van jullie winkel komen

jan""",
         "Jan Peeters"),
        ("withdraw_consent", (),
         "Toestemming digitale meter intrekken",
         """Hallo,

Bij het afsluiten van mijn energiecontract aan jullie stand in Sint-Niklaas (december 2025) heb ik toestemming gegeven dat Helios via Fluvius mijn kwartierwaarden van de digitale meter mag opvragen, "om u gerichte besparingstips te geven". Ik heb daar eens over nagedacht en ik wil dat toch niet: ik trek die toestemming in.

Voor alle duidelijkheid: mijn contract moet gewoon blijven lopen, gefactureerd op basis van de maandelijkse meterstanden zoals voordien.

Contractnummer HE-2025-204417.

Vriendelijke groet,
Annelies Goossens""",
         "Annelies Goossens"),
        ("complaint", ("access",),
         "Derde keer: nog steeds geen antwoord",
         """Goedendag,

Dit is mijn derde mail. Op 8 januari vroeg ik u welke gegevens u van mij hebt doorgestuurd voor de kredietcontrole toen ik in uw winkel in Turnhout een tablet op afbetaling wilde kopen. Op 5 februari stuurde ik een herinnering. Het enige wat ik terugkreeg, was een automatisch bericht "wij behandelen uw vraag zo snel mogelijk".

De wettelijke termijn van een maand is ruim voorbij. Ik vind het eerlijk gezegd onbeschoft om klanten zo te laten wachten.

Als ik binnen de week niets hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit. Stuur mij nu eindelijk wat ik gevraagd heb: welke gegevens naar wie zijn gegaan en wat het resultaat van die controle was.

Karel Wouters
Klantnummer 7741-0092""",
         "Karel Wouters"),
        ("other", (),
         "Vraag",
         """Hoeveel kost het abonnement van 20 GB bij Zapp als ik al een klantenkaart heb bij jullie? Op de website staat 17 euro maar in de folder 15. En is dat met of zonder toestel?

Mvg
Tom""",
         "Tom Claes"),
        ("other", (),
         "Re: Uw nummeroverdracht is voltooid",
         """Hallo,

Ik kreeg gisteren dit bericht dat de overdracht van mijn nummer naar Zapp voltooid is, maar ik heb sindsdien geen bereik. Mijn oude simkaart werkt niet meer en de nieuwe geeft "Geen service". Ik heb in de winkel in Brugge nochtans mijn identiteitskaart laten inlezen en alles ondertekend.

Het gaat om 0495 61 72 30. Ik ben zelfstandige en heb mijn telefoon nodig voor mijn werk. Wat moet ik doen?

Dank u,
Marc Dewulf""",
         "Marc Dewulf"),
        ("other", (),
         "GDPR-conforme registratie van prepaidkaarten - demo?",
         """Geachte,

Sinds de identificatieplicht voor prepaidkaarten moeten uw medewerkers aan de balie identiteitskaarten inlezen, kopieën bijhouden en de gegevens doorsturen naar de operatoren. Dat is tijdrovend en een reëel risico voor de gegevensbescherming.

IDentiQ biedt een kiosk waarmee de klant zelf zijn eID of itsme gebruikt: geen kopieën meer van identiteitsbewijzen in uw winkels, automatische bewaartermijnen, volledige AVG-logboeken en verwerking binnen de EU.

Mag ik u volgende week een demo van 20 minuten voorstellen? Ik kan langskomen of via Teams.

Met vriendelijke groeten,
Bart Segers
Account Manager Retail, IDentiQ bv
+32 3 808 44 10""",
         "Bart Segers"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - article 15 RGPD - refus d'achat à tempérament",
         """Madame, Monsieur,

Le 6 mars 2026, dans votre magasin de Liège (Médiacité), j'ai souhaité acquérir un smartphone payable en 24 mensualités, couplé à un abonnement Brabo Telecom. Après une « vérification de solvabilité » effectuée sur la tablette du vendeur, ma demande a été refusée. Aucune explication ne m'a été donnée, si ce n'est que « le système a dit non ».

En application de l'article 15 du Règlement général sur la protection des données et de la loi du 30 juillet 2018, je vous prie de me communiquer :
- l'ensemble des données à caractère personnel me concernant traitées dans le cadre de cette demande ;
- les sources consultées (Centrale des Crédits aux Particuliers de la Banque nationale, Preventel, fichier interne, autre) et les informations obtenues ;
- le résultat de la vérification, le score éventuel et la logique sous-jacente, ainsi que l'importance et les conséquences de ce traitement (article 15, 1, h) ;
- les destinataires à qui ces données ont été transmises, notamment l'opérateur ;
- la durée de conservation prévue.

Je vous remercie de me répondre dans le délai d'un mois prévu à l'article 12, 3 du RGPD. À défaut, je me réserve le droit de saisir l'Autorité de protection des données.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Lejeune
Rue Saint-Gilles 218
4000 Liège""",
         "Nathalie Lejeune"),
        ("correction", (),
         "Courrier envoyé à mon ancienne adresse",
         """Bonjour,

J'ai acheté une carte SIM prépayée Zapp dans votre magasin de Namur en janvier. Au moment de l'enregistrement, le vendeur a lu ma carte d'identité électronique, mais la puce contenait encore mon ancienne adresse (j'ai déménagé en novembre et la commune n'avait pas encore mis la carte à jour).

Résultat : mon code PUK et la lettre de bienvenue sont partis rue des Brasseurs, où habitent maintenant d'autres gens, qui ont ouvert le courrier...

Ma nouvelle adresse est : Chaussée de Louvain 561, 5020 Vedrin. Pourriez-vous la corriger dans votre fichier et auprès de Zapp pour que cela n'arrive plus ?

Merci d'avance,
Julien Collard
0472 18 90 44""",
         "Julien Collard"),
        ("deletion", (),
         "Photos prises au stand énergie",
         """Bonjour,

Samedi dernier, au stand Helios de votre magasin de Charleroi (Ville 2), un vendeur m'a proposé de comparer mon contrat d'électricité. Pour « faire la simulation », il a photographié avec son propre téléphone ma carte d'identité et ma dernière facture de mon fournisseur actuel, avec mon code EAN et ma consommation.

Finalement l'offre ne m'intéressait pas et je n'ai rien signé.

Je ne trouve pas normal qu'un vendeur garde des photos de ma carte d'identité sur son GSM personnel. Je vous demande de faire supprimer ces photos, ainsi que toute donnée qu'il aurait encodée sur moi pour cette simulation, chez vous comme chez Helios.

Cordialement,
Isabelle Dufour""",
         "Isabelle Dufour"),
        ("portability", (),
         "Données de mon compteur intelligent",
         """Bonjour,

Je fais installer des panneaux solaires et une batterie en mai. L'installateur me demande mon historique de consommation par quart d'heure pour dimensionner la batterie.

Depuis le contrat signé à votre stand de Wavre en 2025, l'application « Mon énergie » de votre magasin affiche mes courbes de consommation, mais on ne peut rien télécharger.

Pouvez-vous m'envoyer ces données (relevés quart-horaires de mon compteur, depuis le début du contrat) dans un fichier CSV ou Excel, que je puisse transmettre directement à l'installateur ?

Numéro de contrat : HE-2025-066128
Merci,
Thomas Piron""",
         "Thomas Piron"),
        ("restriction", (),
         "Abonnement internet à mon nom - contestation",
         """Bonjour,

Mon ex-compagnon a souscrit en octobre 2025, dans votre magasin d'Anderlecht, un abonnement internet Kyma à mon nom, pour son appartement à lui. Il avait une copie de ma carte d'identité. Nous sommes séparés depuis septembre.

Je reçois maintenant les rappels de paiement. J'ai porté plainte et j'ai écrit à Kyma, qui me dit que l'enquête prendra « quelques semaines ».

En attendant, je vous demande de geler mes données liées à ce contrat : ne les envoyez pas à une société de recouvrement, ne les utilisez pas pour une nouvelle vérification de crédit, et ne les effacez pas non plus, j'en aurai besoin pour prouver la fraude.

Merci de me confirmer que c'est fait.

Samira El Amrani""",
         "Samira El Amrani"),
        ("objection", ("access",),
         "Démarchage à domicile",
         """Bonjour,

Deux vendeurs se sont présentés chez moi à Mons le 12 mars, avec un badge à votre nom, en disant qu'ils venaient « de la part du magasin » pour vérifier mon contrat d'énergie. Ma mère de 84 ans, qui habite avec moi, a failli signer.

Je m'oppose à toute utilisation de nos données (nom, adresse, téléphone, contrat) pour de la prospection commerciale, que ce soit par téléphone, par courrier ou à domicile.

Et j'aimerais savoir comment ces personnes ont obtenu notre adresse et notre fournisseur actuel : est-ce vous qui leur avez donné ?

Christine Lambert""",
         "Christine Lambert"),
        ("complaint", ("deletion",),
         "Re: Suppression copie carte d'identité - sans réponse",
         """Bonjour,

Le 4 février, je vous ai demandé de supprimer la copie de ma carte d'identité prise lors de l'achat d'une carte SIM prépayée pour mon fils, dans votre magasin de Louvain-la-Neuve. Je n'ai jamais eu de réponse. Le 3 mars, j'ai réécrit. Toujours rien.

Quand j'ai demandé au magasin, on m'a répondu de m'adresser « au service privacy ». C'est ce que je fais depuis deux mois.

Je considère que vous ne respectez pas vos obligations. Sans réponse de votre part d'ici le 15 avril, je saisirai l'Autorité de protection des données. Je répète ma demande : supprimez la copie de ma carte d'identité et confirmez-le moi par écrit.

Laurent Gobert""",
         "Laurent Gobert"),
        ("withdraw_consent", (),
         "sms",
         """bonjour, je retire mon accord pour les sms et mails promo de Zapp et de vos partenaires, j'avais dit oui au comptoir quand j'ai pris ma carte sim mais je recois 3 sms par semaine. merci

Kevin (0491 27 63 05)""",
         "Kevin Delvaux"),
        ("other", (),
         "Installation internet",
         """Bonjour,

Combien coûte l'installation si je prends le pack internet + télé Kyma chez vous ? Sur le site c'est écrit « installation offerte » mais le vendeur m'a parlé de 60 €. Et est-ce qu'un technicien doit venir chez moi ou je peux brancher le modem moi-même ?

Merci,
Martine""",
         "Martine Renard"),
        ("other", (),
         "Question facture - « données »",
         """Bonjour,

Sur ma facture Brabo de mars il y a une ligne « Données hors forfait : 14,90 € ». Je ne comprends pas, mon abonnement souscrit chez vous comprend 10 Go de données et je n'ai quasiment pas utilisé mon téléphone en mars (j'étais à l'hôpital).

Pouvez-vous me dire à quoi correspondent ces données et si c'est une erreur ? Je ne veux pas payer pour rien.

Bien à vous,
Georges Mathy
N° client 55-118-3302""",
         "Georges Mathy"),
    ],
    "de": [
        ("access", ("objection",),
         "Anruf angeblich von Ihrem Geschäft",
         """Guten Tag,

am Dienstag, 10. März, rief mich eine Frau an und sagte, sie rufe "im Auftrag Ihres Geschäfts in Eupen" an, wegen meines Stromvertrags. Sie kannte meinen Namen, meine Adresse, wusste, dass ich den Vertrag mit Helios letztes Jahr an Ihrem Stand unterschrieben habe, und sogar ungefähr meinen Jahresverbrauch ("um die 3.500 kWh, richtig?").

Ich möchte bitte wissen, welche Daten Sie über mich und diesen Vertrag gespeichert haben, an wen Sie diese weitergegeben haben und ob diese Anruferin wirklich für Sie oder für Helios arbeitet.

Außerdem möchte ich keine Werbeanrufe mehr, weder von Ihnen noch von Ihren Partnern. Meine Nummer ist nicht dafür da.

Mit freundlichen Grüßen
Gerd Schmitz
Herbesthaler Straße 48, 4700 Eupen""",
         "Gerd Schmitz"),
        ("deletion", (),
         "Ausweiskopie",
         """Hallo,

ich hatte 2023 bei Ihnen in St. Vith eine Prepaid-Karte gekauft, die Verkäuferin hat damals eine Kopie meines Personalausweises gemacht. Die Karte habe ich seit über einem Jahr nicht mehr, der Vertrag mit dem Betreiber ist beendet.

Dürfen Sie die Kopie meines Ausweises dann überhaupt noch aufbewahren? Wenn nicht, dann möchte ich, dass sie gelöscht wird. Und die anderen Daten von damals eigentlich auch.

Danke und Gruß
Monika Kessler""",
         "Monika Kessler"),
        ("portability", (),
         "Einzelverbindungsnachweise als Datei",
         """Sehr geehrte Damen und Herren,

ich bin selbständiger Übersetzer und nutze den Mobilfunkvertrag von Brabo Telecom, den ich im Januar 2025 in Ihrer Filiale in Eupen abgeschlossen habe, überwiegend beruflich. Für meine Buchhaltung benötige ich die Einzelverbindungsnachweise (Anrufe, SMS, mobile Daten) von Januar 2025 bis heute.

Ich bitte Sie, mir diese Daten in einem strukturierten, maschinenlesbaren Format (CSV) zu übermitteln, damit ich sie in meine Buchhaltungssoftware einlesen kann. Die monatlichen PDF-Rechnungen helfen mir dabei leider nicht.

Kundennummer: 55-377-1906
Rufnummer: 0475 40 12 88

Mit freundlichen Grüßen
Andreas Hilgers""",
         "Andreas Hilgers"),
        ("restriction", (),
         "Fotos des Technikers - bitte NICHT löschen",
         """Guten Tag,

am 25. Februar hat ein Techniker von Kyma Internet (Auftrag über Ihr Geschäft in Kelmis) bei mir den Glasfaseranschluss installiert. Dabei hat er beim Bohren ein Wasserrohr in der Wand beschädigt. Er hat vor und nach der Arbeit Fotos vom Flur und vom Wohnzimmer gemacht und in seine App hochgeladen.

Ich habe gehört, dass diese Fotos nach Abschluss des Auftrags automatisch gelöscht werden. Bitte löschen Sie sie NICHT: ich brauche sie für meine Versicherung und für die Schadensmeldung bei Kyma. Sie sollen aber auch für nichts anderes verwendet oder an andere weitergegeben werden (keine Werbung, keine "Beispielfotos"), nur aufbewahrt werden, bis die Sache geklärt ist.

Mit freundlichen Grüßen
Sabine Mertes
Lütticher Straße 115, 4720 Kelmis""",
         "Sabine Mertes"),
        ("objection", (),
         "Widerspruch gemäß Art. 21 DSGVO",
         """Sehr geehrte Damen und Herren,

in Ihrer App erhalte ich seit Januar "persönliche Tarifempfehlungen", die offensichtlich auf meinem Telefon- und Datenverbrauch beruhen ("Sie haben im Februar 14 GB verbraucht, wechseln Sie jetzt zu Zapp Unlimited").

Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten, insbesondere meiner Verbrauchsdaten, für Zwecke der Direktwerbung einschließlich des damit verbundenen Profilings.

Bitte bestätigen Sie mir die Umsetzung.

Mit freundlichen Grüßen
Dr. Helmut Kreusch
Bergstraße 7, 4780 St. Vith""",
         "Helmut Kreusch"),
        ("withdraw_consent", ("deletion",),
         "Energiespar-App",
         """Hallo zusammen,

ich habe beim Abschluss meines Gasvertrags an Ihrem Stand zugestimmt, dass meine Smart-Meter-Daten an Ihre App "Energie-Coach" übermittelt werden. Das nehme ich hiermit zurück, ich will das nicht mehr.

Bitte auch die bisher gesammelten Zählerdaten in der App löschen. Den Vertrag selbst behalte ich.

Viele Grüße
Lukas Brandt""",
         "Lukas Brandt"),
        ("complaint", ("access",),
         "Beschwerde über Ihre Filiale Eupen",
         """Sehr geehrte Damen und Herren,

am Samstag, 14. März, wollte ich in Ihrer Filiale in Eupen ein Handy auf Raten kaufen. Nach der Bonitätsprüfung hat die Verkäuferin laut, vor mindestens fünf anderen Kunden, gesagt: "Das geht leider nicht, Sie stehen auf der schwarzen Liste." Darunter waren zwei Nachbarn von mir.

Ich finde das unmöglich. Solche Informationen gehen niemanden etwas an, und ich wurde wie ein Betrüger behandelt. Im Laden hat man mir gesagt, ich solle mich "an den Datenschutz wenden".

Ich erwarte eine Entschuldigung und eine Erklärung, wie so etwas passieren kann. Außerdem möchte ich wissen, was genau bei dieser Prüfung über mich herausgekommen ist und wer bei Ihnen Zugriff auf dieses Ergebnis hat.

Sollte ich keine Antwort erhalten, wende ich mich an die Datenschutzbehörde.

Josef Radermacher""",
         "Josef Radermacher"),
        ("other", (),
         "SIM gesperrt",
         """Hallo, meine neue SIM von Zapp zeigt "SIM gesperrt, PUK eingeben". Ich habe die Karte letzte Woche bei Ihnen in Eupen gekauft, den Brief mit dem PUK finde ich nicht. Wo bekomme ich den PUK? Nummer 0468 77 30 15. Danke, Elke""",
         "Elke Jousten"),
        ("other", (),
         "Zählerstand",
         """Guten Tag,

ich finde leider keine andere E-Mail-Adresse, auf dem Vertrag vom Helios-Stand steht nur die Adresse vom Datenschutz. Könnten Sie bitte meinen Zählerstand an Helios weiterleiten?

Vertrag HE-2025-150293, Familie Heinen, Aachener Straße 30, 4700 Eupen
Strom: 027 615 kWh
Abgelesen am 31.03.2026

Vielen Dank!
Rita Heinen""",
         "Rita Heinen"),
        ("other", (),
         "Bewerbung Verkäufer Energiestand",
         """Sehr geehrte Damen und Herren,

auf Ihrer Website habe ich gesehen, dass Sie für Ihre Filiale in Eupen Verkäufer/innen für den Energie- und Telekomstand suchen. Ich habe drei Jahre Erfahrung im Verkauf von Mobilfunkverträgen und spreche Deutsch, Französisch und Niederländisch.

Meinen Lebenslauf habe ich an diese Mail angehängt. Ich willige ein, dass Sie meine Daten für dieses und künftige Bewerbungsverfahren verarbeiten und bis zu zwölf Monate speichern.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Nadine Küpper""",
         "Nadine Küpper"),
    ],
    "es": [
        ("access", ("deletion",),
         "Línea abierta a mi nombre",
         """Buenos días:

Ayer recibí un SMS de Zapp Mobile dándome la bienvenida como nuevo cliente y un correo con un contrato de una línea con un móvil a plazos. Yo no he contratado nada. Según el contrato, se firmó el 11 de marzo en su tienda de Bruselas, en la Rue Neuve, y yo ese día estaba trabajando en Lovaina, puedo demostrarlo.

Necesito saber qué datos míos tienen ustedes relacionados con esa línea: qué documento de identidad se presentó (¿una copia del mío? ¿de dónde la sacaron?), qué dirección, teléfono y correo se dieron, y quién hizo la venta.

Cuando se aclare que es un fraude, quiero que borren mis datos de ese contrato.

Atentamente,
Alejandro Navarro Ruiz
Avenue Brugmann 305, 1180 Uccle""",
         "Alejandro Navarro Ruiz"),
        ("correction", (),
         "IBAN equivocado en el contrato de luz",
         """Hola,

Firmé un contrato de luz y gas con Helios en el stand de su tienda de Woluwe el mes pasado. Me acaba de llegar una carta diciendo que la domiciliación ha sido rechazada.

He mirado la copia del contrato y el vendedor escribió mal el IBAN (BE71 0631 2345 6769 en vez de BE71 0631 2345 6796) y además mi segundo apellido aparece como "Garcai". Es Isabel Moreno García.

¿Pueden corregirlo ustedes o tengo que ir a la tienda? No quiero que me cobren recargos por un error que no es mío.

Gracias,
Isabel Moreno García""",
         "Isabel Moreno García"),
        ("deletion", (),
         "",
         """Borrad todos mis datos por favor, ya no tengo la tarjeta prepago desde 2024 y me seguís mandando cosas. Pablo Ortega, 0487 92 14 60""",
         "Pablo Ortega"),
        ("portability", (),
         "Solicitud art. 20 RGPD",
         """Estimados señores:

Voy a cambiar de compañía de telefonía e internet. Aclaro desde el principio que NO me refiero a la portabilidad del número: de eso ya se encarga el nuevo operador con el Easy Switch.

Lo que solicito, en virtud del artículo 20 del Reglamento General de Protección de Datos, es que me faciliten en un formato estructurado, de uso común y lectura mecánica (CSV o JSON) los datos personales que proporcioné al contratar en su tienda de Gante el pack de fibra y móvil de Kyma, así como los datos de consumo generados desde entonces (llamadas, datos móviles y tráfico de internet por mes).

Atentamente,
Javier Domínguez Lara
Coupure Links 88, 9000 Gent""",
         "Javier Domínguez Lara"),
        ("objection", (),
         "Llamadas de la luz",
         """Hola,

Me están llamando cada semana desde un número belga diciendo que son "de la tienda" y que me pueden bajar la factura de la luz si cambio a Helios. Ya les dije dos veces que no.

No quiero que usen mis datos para publicidad ni para llamadas comerciales. Ni ustedes ni nadie a quien se los hayan pasado.

Un saludo,
Carmen Vidal""",
         "Carmen Vidal"),
        ("withdraw_consent", (),
         "Ofertas de socios",
         """Buenas tardes:

Cuando compré el móvil a plazos en su tienda de Amberes, la dependienta me dijo que marcara "sí" en la pantalla para recibir ofertas de los socios (operadores y compañías de energía) porque "así sale más barato". Retiro ese consentimiento.

Ojo, NO quiero que borren mi cuenta de cliente ni la tarjeta de fidelidad, que tengo puntos acumulados. Solo que dejen de mandarme ofertas de terceros.

Gracias,
Lucía Herrera""",
         "Lucía Herrera"),
        ("complaint", ("access",),
         "Dos meses esperando respuesta",
         """Buenos días:

El 20 de enero les pedí por escrito que me dijeran qué información usaron para rechazar mi compra de un portátil a plazos en su tienda de Lieja. Me contestaron el mismo día con un mensaje automático y desde entonces, silencio absoluto. He vuelto a escribir el 18 de febrero y el 10 de marzo.

Me parece una falta de respeto. La ley les da un mes para contestar, no tres.

Les informo de que voy a presentar una reclamación ante la Autoridad de Protección de Datos de Bélgica si no recibo respuesta en los próximos diez días. Y sigo queriendo lo mismo: qué datos consultaron, de dónde los sacaron y qué resultado dio la comprobación.

Miguel Ángel Serrano""",
         "Miguel Ángel Serrano"),
        ("restriction", (),
         "Cobro de una línea que ya di de baja",
         """Hola,

En diciembre porté mi número de Brabo a otro operador. La portabilidad se hizo bien y la línea antigua quedó dada de baja. Ahora me llega una carta de una empresa de cobros reclamándome tres meses de la línea antigua, y en la carta dice que los datos se los ha pasado "el punto de venta", o sea su tienda de Mechelen.

No debo nada y lo estoy reclamando con Brabo. Mientras esto se aclara, les pido que no usen ni pasen mis datos a nadie más para este cobro. Tampoco los borren, que los necesito para demostrar la fecha de la portabilidad.

Rosa Jiménez Pardo
0484 33 70 21""",
         "Rosa Jiménez Pardo"),
        ("other", (),
         "Tarifa",
         """Hola! Tenéis alguna tarifa con llamadas ilimitadas a España? Mis padres viven en Valencia y les llamo todos los días. Cuánto cuesta al mes? Gracias!!

Sergio""",
         "Sergio Castillo"),
        ("other", (),
         "Factura de la luz muy alta",
         """Buenas:

Desde que firmé con Helios en su tienda me ha llegado una factura de regularización de 612 €. En mi casa vivimos dos personas y no ha cambiado nada. ¿Es posible que el contador inteligente esté enviando mal los datos de consumo? ¿Alguien puede revisarlo o decirme a quién tengo que llamar?

Les adjunto una foto del contador y la factura.

Saludos,
Francisco Gil""",
         "Francisco Gil"),
    ],
    "it": [
        ("access", (),
         "SIM prepagata",
         """Buongiorno,

a febbraio ho comprato una SIM prepagata Zapp nel vostro negozio di La Louvière. Il commesso ha letto la mia carta d'identità con un lettore, poi mi ha fatto anche una foto con il tablet e ha scritto qualcosa a mano.

È possibile sapere esattamente quali dati avete registrato su di me in quell'occasione, se avete tenuto la foto e a chi li avete mandati? Non ho problemi con la SIM, vorrei solo capire.

Grazie e buona giornata,
Giuseppe Russo""",
         "Giuseppe Russo"),
        ("correction", (),
         "Numero di telefono sbagliato per l'appuntamento del tecnico",
         """Buongiorno,

ho ordinato nel vostro negozio di Genk l'internet a casa con Kyma e l'installazione era prevista per il 17 marzo. Il tecnico non si è presentato. Oggi ho scoperto che nella vostra scheda il mio numero è 0471 56 23 98 invece di 0471 56 32 98: il tecnico ha chiamato un'altra persona per confermare.

Vi chiedo di correggere il mio numero di telefono nei vostri dati e in quelli inviati a Kyma, così posso avere un nuovo appuntamento.

Cordiali saluti,
Francesca Lombardi
Hoogstraat 61, 3600 Genk""",
         "Francesca Lombardi"),
        ("portability", (),
         "dati ricariche",
         """Salve, vorrei avere tutti i dati delle mie ricariche e dei consumi della SIM prepagata (quella presa da voi a Charleroi nel 2022) in un file excel o csv, mi servono per passare tutto sul nuovo programma di gestione delle spese. grazie

Antonio Esposito""",
         "Antonio Esposito"),
        ("restriction", ("access",),
         "Contratto a mio nome",
         """Buongiorno,

vi scrivo per una situazione delicata. Ho scoperto che mio fratello ha aperto a dicembre, nel vostro negozio di Seraing, un abbonamento telefonico con un telefono a rate a mio nome, usando la fotocopia della mia carta d'identità che aveva per altri motivi. Le rate non vengono pagate e ora Brabo chiede i soldi a me.

Ho fatto denuncia alla polizia. Vi chiedo di non cancellare niente di quello che riguarda questo contratto (firma, copia del documento, dati inseriti, eventuali video), perché servirà per l'indagine, ma nello stesso tempo di non usare più i miei dati per questo contratto finché la cosa non è chiarita.

Vorrei anche ricevere una copia di quello che è stato firmato e del documento presentato.

Cordialmente,
Elena Ferraro""",
         "Elena Ferraro"),
        ("objection", (),
         "Venditore porta a porta",
         """Gentili signori,

mercoledì 18 marzo un signore con un badge del vostro negozio è venuto a casa mia ad Anversa, ha detto che veniva "da parte del negozio" per un controllo del contatore e poi ha cercato di farmi firmare un nuovo contratto del gas.

Mi oppongo al trattamento dei miei dati per marketing diretto, in qualsiasi forma: visite a domicilio, telefonate, SMS, posta. Vi prego di comunicarlo anche ai vostri partner.

Distinti saluti,
Roberto Marchetti""",
         "Roberto Marchetti"),
        ("complaint", ("access", "deletion"),
         "Reclamo formale - verifica del credito senza informazione",
         """Spettabile negozio,

il 2 marzo 2026, nel vostro punto vendita di Bruxelles (Woluwe Shopping), ho chiesto semplicemente un preventivo per uno smartphone a rate. Senza chiedermi nulla, il venditore ha preso la mia carta d'identità e ha avviato una verifica del credito. Solo dopo mi ha detto che "era già stata fatta". Nessuno mi ha informato di chi tratta i dati, per quale scopo e presso quale banca dati.

Ritengo questo comportamento inaccettabile e contrario agli articoli 13 e 14 del GDPR. Vi informo che presenterò un reclamo presso l'Autorità per la protezione dei dati belga (APD/GBA).

Chiedo inoltre: 1) copia di tutti i dati che mi riguardano trattati in questa occasione e del risultato della verifica; 2) la cancellazione di tali dati, dato che non ho acquistato nulla.

Distinti saluti,
Dott.ssa Chiara Bellini
Avenue de Tervueren 190, 1150 Woluwe-Saint-Pierre""",
         "Chiara Bellini"),
        ("deletion", ("withdraw_consent",),
         "",
         """Buonasera,

l'anno scorso ho accompagnato mia madre nel vostro negozio di Liegi per comprare una SIM prepagata; la SIM era per lei ma l'hanno registrata a mio nome con la foto della mia carta d'identità, perché lei aveva dimenticato il documento. Mia madre è tornata in Italia a gennaio e la SIM è stata disattivata.

Per favore cancellate la foto della mia carta d'identità e i dati di quella registrazione. Già che ci sono: quel giorno ho detto sì alle newsletter, adesso non le voglio più.

Grazie,
Marco Greco""",
         "Marco Greco"),
        ("other", (),
         "SIM non funziona in Italia",
         """Buongiorno, sono in Puglia per Pasqua e la SIM Zapp comprata da voi non prende, dice "solo chiamate di emergenza". Il roaming è compreso nel mio abbonamento? Devo attivare qualcosa? Numero 0470 88 14 37. Grazie, Anna""",
         "Anna Caruso"),
        ("other", (),
         "lettura contatore",
         """Buongiorno,

Helios mi ha chiesto la lettura del contatore del gas per il conguaglio annuale. Il contratto l'ho firmato allo stand nel vostro negozio e sul foglio c'è solo questo indirizzo email (scritto "per le questioni sulla privacy"), quindi lo mando a voi:

Contratto HE-2025-071948 - Salvatore Rizzo, Rue de Mons 27, 7100 La Louvière
Gas: 06 884,102 m3 letto il 30/03/2026

Vi ringrazio se potete inoltrarlo.
Salvatore Rizzo""",
         "Salvatore Rizzo"),
        ("other", (),
         "Proposta di collaborazione - team vendita porta a porta",
         """Gentile responsabile,

siamo un'agenzia di vendita specializzata in contratti energia e telefonia per conto della grande distribuzione. Per i vostri partner operatori possiamo mettere a disposizione squadre di venditori porta a porta e di telemarketing in tutta la Vallonia e a Bruxelles.

Lavoriamo nel pieno rispetto del GDPR: liste di contatti con consenso documentato, controllo del registro "Ne m'appelez plus", informativa privacy consegnata a ogni cliente, registrazione delle chiamate con consenso.

Sarei lieto di presentarvi la nostra offerta in una breve chiamata.

Cordiali saluti,
Davide Moretti
Business Developer, VendiPiù Benelux srl""",
         "Davide Moretti"),
    ],
    "pt": [
        ("access", (),
         "verificação de crédito",
         """Boa tarde, fui na vossa loja de Schaerbeek comprar um telemovel a prestações e disseram que a verificação de crédito não passou. Queria saber que dados meus vocês enviaram e para quem, e o que veio de resposta. Obrigado

Rui Fernandes
0489 15 62 37""",
         "Rui Fernandes"),
        ("correction", (),
         "Número de telefone trocado",
         """Olá,

Em fevereiro fizemos na vossa loja de Etterbeek o pack família da Zapp, com duas linhas, uma para mim e outra para o meu marido. Na minha ficha de cliente ficou o número de telemóvel dele e na dele o meu. Resultado: os códigos de confirmação e as mensagens sobre a minha conta vão para o telemóvel dele.

O meu número é 0478 20 93 51 e o do Paulo é 0478 20 93 15. Podem corrigir isto nas duas fichas, por favor?

Obrigada,
Ana Sofia Pereira""",
         "Ana Sofia Pereira"),
        ("deletion", (),
         "Contrato que não assinei",
         """Bom dia,

No sábado passado parei no stand da Helios na vossa loja de Anderlecht. O vendedor preencheu um contrato de eletricidade com o meu nome, morada, data de nascimento e número de conta, mas no fim eu decidi não assinar porque quero pensar e comparar.

Ele disse que "fica guardado para quando eu quiser". Eu não quero. Peço que apaguem todos os dados que ele registou nesse contrato por assinar, na vossa loja e na Helios.

Cumprimentos,
Manuel Sousa""",
         "Manuel Sousa"),
        ("portability", (),
         "Dados do contador inteligente",
         """Boa tarde,

Tenho contrato de eletricidade com a Helios, feito no vosso stand de Molenbeek. Vou mudar para outro fornecedor em maio e gostaria de levar comigo o histórico de consumos que está na vossa aplicação (leituras do contador digital, por dia e por hora, desde setembro de 2025).

Podem enviar-me esses dados num ficheiro CSV ou Excel? Em PDF não me serve, quero poder importá-los.

Contrato HE-2025-093517

Obrigado,
Tiago Oliveira""",
         "Tiago Oliveira"),
        ("restriction", (),
         "Consumo de dados que não é meu",
         """Bom dia,

A minha fatura de março da Brabo diz que gastei 38 GB de dados em roaming na Suíça. Nunca estive na Suíça, em março não saí de Bruxelas. Já abri reclamação na Brabo.

Entretanto a loja onde fiz o contrato (Ixelles) disse-me que estes registos de consumo vão ser usados para "rever a minha classificação de cliente" e para a cobrança.

Até verificarem se estes registos estão certos, peço que não os usem para nada: nem para a cobrança, nem para a classificação, nem para os enviar à empresa de cobranças. Mas também não os apaguem, preciso deles para a reclamação.

Helena Carvalho
Cliente 55-401-2274""",
         "Helena Carvalho"),
        ("objection", (),
         "Chamadas",
         """Boa tarde

Deixem de me ligar para vender contratos de luz e gás. Ligam quase todos os dias, dizem que são da vossa loja. Não quero publicidade nenhuma, nem por telefone nem por sms nem por email. Tirem o meu número dessas listas.

Joaquim Martins
0497 40 81 26""",
         "Joaquim Martins"),
        ("withdraw_consent", (),
         "Localização e dados de utilização",
         """Olá,

Quando ativei a minha linha Zapp na vossa loja aceitei, sem ler com muita atenção, que os meus dados de utilização e de localização fossem usados para "ofertas de parceiros adaptadas a si". Agora recebo anúncios de lojas perto do sítio onde estou. Isto assusta-me um bocado.

Retiro esse consentimento. A linha e o tarifário ficam iguais, não quero cancelar nada, só isto.

Beatriz Lopes""",
         "Beatriz Lopes"),
        ("complaint", ("access", "deletion"),
         "Vendedor porta a porta - queixa",
         """Exmos. Senhores,

Venho apresentar uma queixa. No dia 5 de março um vendedor bateu à porta da minha mãe, de 79 anos, em Saint-Gilles, e disse que vinha "da vossa loja" para fazer uma atualização do contrato de energia. Mostrou um crachá com o vosso logótipo. A minha mãe, que não lê bem francês, assinou no tablet. Afinal era um contrato novo com a Helios, com um preço mais alto.

Quando fomos à loja de Saint-Gilles, disseram-nos que "não tinham nada a ver com isso" e mandaram-nos escrever para este endereço. Fomos tratados com total desprezo.

Exijo uma explicação sobre como esse vendedor tinha os dados da minha mãe e o vosso logótipo. Se não tivermos resposta, apresentaremos queixa à Autoridade de Proteção de Dados da Bélgica. Entretanto peço que apaguem os dados dela recolhidos nessa visita.

Fernanda Rocha, em nome de Maria da Conceição Rocha
Rue de la Victoire 96, 1060 Saint-Gilles""",
         "Fernanda Rocha"),
        ("other", (),
         "Preço",
         """Bom dia, quanto custa o tarifario de 50 GB da Brabo se eu trouxer o meu numero de outra operadora? Há alguma promoção em abril? Obrigado, Carlos""",
         "Carlos Mendes"),
        ("other", (),
         "Re: O seu cartão SIM",
         """Olá,

Recebi o novo cartão SIM que pedi na loja para substituir o que se partiu, mas quando o meto no telemóvel pede o código PIN e o código que está na carta não funciona. Já tentei duas vezes e tenho medo de bloquear.

Não quero dar outra vez os meus dados todos na loja, já dei a cópia do cartão de identidade quando fiz o contrato. Podem ajudar por email?

Obrigada,
Mariana Costa
0466 12 58 03""",
         "Mariana Costa"),
    ],
}

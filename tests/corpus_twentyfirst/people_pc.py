"""Twenty-first set, requests sent on someone's behalf: agents, services, family, lawyers (en nl fr de es it pt). Written apart from the rules (see make_twentyfirst.py)."""

PEOPLE_PC = {
    "en": [
        ("deletion", ("objection",),
         "Data Deletion Request on behalf of our client - Ref. ERS-2024-118-40722",
         """To the Data Protection Officer,

Erasio Ltd acts as the authorised agent of the individual named below ("our client"). A copy of the signed letter of authority and a redacted copy of our client's ID are attached to this email.

On behalf of our client we hereby request that you:

1. Erase all personal data you hold about our client, in accordance with Article 17 of the General Data Protection Regulation (GDPR);
2. Cease any sale, sharing or disclosure of our client's personal data to third parties for advertising or marketing purposes. Our client objects to this processing under Article 21(2) GDPR.

Client identifiers:
  Full name:        Rebecca Anne Whitfield
  Email addresses:  rebecca.whitfield@gmail.com, r.whitfield77@outlook.com
  Phone:            +32 477 61 20 93
  Postal address:   Rue de la Station 14, 1410 Waterloo, Belgium
  Previous address: 22 Elmstead Road, Leeds LS8 2PL, United Kingdom

Please send your confirmation of erasure to requests@erasio-privacy.com, quoting the reference number above. Please do not contact our client directly regarding this request.

Kind regards,

Privacy Requests Team
Erasio Ltd
This message was sent automatically on behalf of our client by the Erasio platform. Replies to this address are monitored.""",
         "Erasio Privacy Requests"),

        ("complaint", ("deletion",),
         "ERS-2024-118-40722",
         """Dear Sir or Madam,

On 3 September we sent you a request on behalf of our client, Ms Rebecca Anne Whitfield, asking you to erase her personal data under Article 17 GDPR (reference ERS-2024-118-40722, letter of authority attached again).

More than 30 days have now passed and we have not received any response or confirmation. Under Article 12(3) GDPR you are required to act on a request without undue delay and in any event within one month of receipt.

We therefore ask you once again to erase all data relating to our client and to confirm this in writing within 7 days. If we do not hear from you, our client has instructed us to lodge a complaint with the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données).

Client identifiers:
  Rebecca Anne Whitfield
  rebecca.whitfield@gmail.com / r.whitfield77@outlook.com
  +32 477 61 20 93

Regards,
Escalations Team - Erasio Ltd""",
         "Erasio Escalations"),

        ("access", (),
         "my son's account",
         """Hello,

My son Thomas (he's 15) made an account on your site last year to get the loyalty card, apparently with his school email thomas.verhaegen@student.sintjozef.be. I'm his mother and I'd like to know what information you actually have about him - name, birthday, what he bought, whether you track what he looks at, and who you have passed it on to.

Could you send me a copy of everything you hold on him? I can send a copy of my ID and his if you need proof that I'm his parent.

Thanks,
Karen Verhaegen
0495 33 81 02""",
         "Karen Verhaegen"),

        ("deletion", ("withdraw_consent",),
         "",
         """Good afternoon,

I am writing as executor of the estate of my father, Mr Derek John Holloway, who passed away on 12 July this year. A copy of the death certificate and the letter of administration is attached.

Dad had an account with you under derek.holloway@btinternet.com and a loyalty card (number ending 4471). Please close the account and delete his details, and please stop the newsletters and offers that keep arriving in his inbox - we are still checking his mail and it is quite upsetting to keep getting "Derek, we miss you!" emails.

If there are any loyalty points left, they can simply be cancelled.

With thanks,
Susan Holloway-Pryce""",
         "Susan Holloway-Pryce"),

        ("correction", (),
         "Mrs Dubois - change of address",
         """Hi there

I'm helping my neighbour Mrs Madeleine Dubois (she's 86 and doesn't use email herself, I set the account up for her). She moved into the Residentie Hof ter Linden care home last month so her address on your site is wrong now, and her name is spelled "Madelaine" on the account which has always annoyed her.

Could you please update her details to:
Madeleine Dubois
Residentie Hof ter Linden, kamer 112
Lindenlaan 5
2610 Wilrijk

Account email is madeleine.dubois1938@telenet.be. She's given me permission to write to you, she's sitting next to me as I type this :)

Many thanks
Jan (Peeters), neighbour""",
         "Jan Peeters"),

        ("portability", (),
         "Request for data export - Mr. O. Mensah",
         """Dear Privacy Team,

I am the executive assistant to Mr. Oliver Mensah, Managing Director of Mensah & Partners BV, who holds a personal customer account with you (oliver.mensah@mensahpartners.be). Mr. Mensah is copied on this email and has asked me to handle this on his behalf.

Under Article 20 of the GDPR, Mr. Mensah requests a copy of the personal data he has provided to you, in particular his order history, saved addresses and loyalty card transactions, in a structured, commonly used and machine-readable format (CSV or JSON is fine). He intends to import this into a new home-inventory application.

Please send the file to him directly at the address above, or to me if that is easier.

Best regards,

Priya Raman
Executive Assistant to the Managing Director
Mensah & Partners BV | Kunstlaan 44, 1000 Brussels
T +32 2 511 70 30""",
         "Priya Raman"),

        ("restriction", (),
         "Our client: Mr Alan Brooks - restriction of processing (Art. 18 GDPR)",
         """Dear Sirs,

We act for Mr Alan Brooks of Avenue Louise 231, 1050 Ixelles, in connection with a dispute concerning order no. 2024-558-1193 and the associated customer record held by you under alan.brooks@skynet.be. Our client's signed mandate is enclosed.

Our client contests the accuracy of the personal data recorded in relation to that order, including the delivery address and the record of a return which he states was never made. Pending verification of the accuracy of that data, our client requires you to restrict the processing of his personal data pursuant to Article 18(1)(a) GDPR. In particular, the data should be stored only and must not be used, shared with any collection agency, or otherwise processed without his consent.

Please confirm within one month that the restriction has been applied.

Yours faithfully,

Helen Gardiner
Solicitor
Gardiner Vos Legal | Brussels
Our ref: HG/BRO/0412""",
         "Helen Gardiner"),

        ("other", (),
         "Partnership: automate the DSAR requests you receive from removal services",
         """Hi team,

If your privacy inbox looks anything like our other retail clients', a growing share of it now comes from data-removal services (Incogni, DeleteMe, Optery and the like) sending requests on behalf of their users. Each one has its own format, its own authorisation letter and its own follow-up schedule.

We built ClearDesk to take that load off your team: we verify the agent's authorisation, match the identifiers against your CRM and prepare the response for one click approval. Retailers your size typically save 15-20 hours a month.

Would you be open to a 20-minute call next week? Here's my calendar: cleardesk.io/meet/tom

Cheers,
Tom Whitaker
Partnerships, ClearDesk
P.S. If privacy requests aren't your area, could you point me to the right person?""",
         "Tom Whitaker"),
    ],
    "nl": [
        ("access", (),
         "Inzageverzoek AVG via Mijnrechten.be - dossier MR-88214",
         """Geachte heer, mevrouw,

Via het platform Mijnrechten.be, een dienst van een Belgische consumentenorganisatie, dient onderstaande persoon een verzoek in tot inzage in zijn persoonsgegevens (artikel 15 AVG). De betrokkene heeft het platform uitdrukkelijk gemachtigd om dit verzoek in zijn naam te versturen; de volmacht vindt u in bijlage.

Gegevens van de betrokkene:
Naam: Wouter De Smedt
E-mailadres: wouter.desmedt@proximus.be
Adres: Kerkstraat 87 bus 2, 9000 Gent
Klantenkaartnummer: 2100 4837 1192

De betrokkene wenst te weten:
- welke persoonsgegevens u over hem verwerkt en voor welke doeleinden;
- aan welke ontvangers of categorieën van ontvangers deze gegevens werden doorgegeven;
- hoe lang de gegevens worden bewaard;
- van welke bron de gegevens afkomstig zijn, indien niet van hemzelf;

en wenst een kopie van deze gegevens te ontvangen.

Gelieve uw antwoord rechtstreeks aan de betrokkene te bezorgen, met vermelding van het dossiernummer MR-88214.

Met vriendelijke groeten,
Het team van Mijnrechten.be
Dit bericht werd opgesteld via het platform en verzonden namens de betrokkene.""",
         "Mijnrechten.be namens Wouter De Smedt"),

        ("deletion", ("withdraw_consent",),
         "account van mijn overleden moeder",
         """Goeiedag,

Mijn moeder, Rita Van den Broeck, is op 2 oktober overleden. Ze had bij jullie een account met het adres rita.vandenbroeck@telenet.be en een klantenkaart.

Zouden jullie haar account willen afsluiten en haar gegevens verwijderen? En ook de nieuwsbrief en de reclamemails stoppen aub, die komen nog altijd binnen en dat is niet zo leuk om elke keer te zien.

Een kopie van de overlijdensakte zit in bijlage. Ik ben haar dochter en regel de administratie.

Alvast bedankt,
Els Claes-Van den Broeck""",
         "Els Claes"),

        ("objection", ("withdraw_consent",),
         "Bezwaar namens cliënt - ref. PVB-NL-30517",
         """Geachte Functionaris voor Gegevensbescherming,

PrivaVeilig B.V. treedt op als gemachtigde van de hieronder genoemde persoon ("onze cliënt"). De ondertekende machtiging is bijgevoegd.

Namens onze cliënt maken wij bezwaar, op grond van artikel 21 AVG, tegen iedere verwerking van zijn persoonsgegevens voor direct marketing, inclusief profilering en het delen van gegevens met advertentiepartners of datamakelaars. Daarnaast trekt onze cliënt hierbij alle eerder gegeven toestemming in voor het ontvangen van nieuwsbrieven en commerciële e-mails (artikel 7 lid 3 AVG).

Gegevens cliënt:
- Naam: Sven Mulder
- E-mail: s.mulder@ziggo.nl, sven.mulder.1985@gmail.com
- Telefoon: +31 6 41 27 88 05
- Adres: Vondellaan 19, 3521 GD Utrecht

Wij verzoeken u de verwerking binnen een maand te bevestigen aan requests@privaveilig.nl onder vermelding van bovenstaand kenmerk.

Met vriendelijke groet,
Team Verzoeken
PrivaVeilig B.V.""",
         "PrivaVeilig Verzoeken"),

        ("complaint", ("access",),
         "Re: Inzageverzoek AVG via Mijnrechten.be - dossier MR-88214",
         """Geachte heer, mevrouw,

Op 14 augustus hebben wij u namens de heer Wouter De Smedt een verzoek tot inzage (artikel 15 AVG) bezorgd, met dossiernummer MR-88214. De wettelijke termijn van één maand is inmiddels verstreken en de betrokkene heeft tot op heden geen antwoord, noch een ontvangstbevestiging ontvangen.

Wij herinneren u eraan dat u verplicht bent binnen deze termijn te antwoorden. Wij vragen u dan ook nogmaals om de betrokkene zo snel mogelijk een kopie van zijn persoonsgegevens en de bijhorende informatie te bezorgen.

Zonder reactie binnen 10 dagen zal de betrokkene, met onze ondersteuning, een klacht indienen bij de Gegevensbeschermingsautoriteit (GBA).

Met vriendelijke groeten,
Het team van Mijnrechten.be""",
         "Mijnrechten.be namens Wouter De Smedt"),

        ("correction", (),
         "foute geboortedatum dochter",
         """Dag,

Ik heb vorig jaar voor mijn dochter Noor Wuyts een klantenkaart aangevraagd (op haar naam, maar met mijn emailadres sarah.wuyts@hotmail.com omdat ze toen nog geen eigen had). Nu zie ik dat haar geboortedatum verkeerd staat: er staat 14/03/2001 maar dat moet 14/03/2011 zijn. Ze is dus 13 en geen 23 haha, en ze krijgt nu kortingsbonnen voor wijn...

Kunnen jullie dat aanpassen aub? En de achternaam is Wuyts met uy, niet Wuyst.

Groetjes
Sarah (mama van Noor)""",
         "Sarah Wuyts"),

        ("portability", (),
         "",
         """Beste,

Ik schrijf u namens mijn vader, Jozef Lambrechts (jozef.lambrechts@skynet.be), die zelf niet zo handig is met de computer. Hij heeft mij gevraagd om dit te regelen, zijn schriftelijke toestemming en een kopie van zijn identiteitskaart zitten in bijlage.

Hij wil graag al zijn gegevens die hij bij u heeft ingegeven (bestelgeschiedenis, adressen, klantenkaart en punten) ontvangen in een bestand dat je op een computer kan inlezen, zoals Excel of CSV, zodat we die kunnen overzetten naar een ander tuincentrum waar hij nu klant wordt. Volgens mij heet dat het recht op overdraagbaarheid.

Het bestand mag naar zijn eigen mailadres gestuurd worden.

Vriendelijke groeten,
Pieter Lambrechts""",
         "Pieter Lambrechts"),

        ("restriction", (),
         "Bewindvoering dhr. Marcel Goossens",
         """Geachte,

Bij beschikking van de vrederechter van het kanton Mechelen van 9 september werd ik aangesteld als bewindvoerder over de goederen van de heer Marcel Goossens, Brusselsesteenweg 212, 2800 Mechelen. Een kopie van de beschikking gaat als bijlage.

De heer Goossens heeft bij u een klantenaccount (marcel.goossens@telenet.be). Ik verzoek u om de verwerking van zijn persoonsgegevens te beperken: gelieve zijn gegevens te bewaren maar ze voorlopig niet meer te gebruiken, geen bestellingen of betalingen meer via zijn account te laten verlopen en geen gegevens door te geven aan derden, tot ik u anders bericht. Gelieve de gegevens niet te wissen, omdat ik de facturen van de voorbije maanden nog nodig kan hebben voor het verslag aan de vrederechter.

Met vriendelijke groeten,

Mr. An Verbist
Advocaat - gerechtelijk bewindvoerder
Frederik de Merodestraat 30, 2800 Mechelen""",
         "An Verbist"),

        ("other", (),
         "Ingebrekestelling factuur 2024/0877 - ons dossier INC/45190",
         """Geachte heer, mevrouw,

Wij werden door onze opdrachtgever, Tuinhout Vanhove BV, belast met de invordering van onderstaande openstaande factuur ten laste van uw vennootschap:

Factuur 2024/0877 van 28/06/2024 - vervallen op 28/07/2024
Hoofdsom: EUR 3.412,50
Verwijlintresten: EUR 61,20
Forfaitaire schadevergoeding: EUR 341,25

Wij verzoeken u het totale bedrag van EUR 3.814,95 binnen 15 dagen over te schrijven op rekening BE71 0961 2345 6769 met vermelding van ons dossiernummer INC/45190. Bij gebrek aan betaling zullen wij ons dossier overmaken aan de gerechtsdeurwaarder.

Indien u meent dat deze factuur reeds werd betaald, gelieve ons dan het betalingsbewijs te bezorgen.

Met vriendelijke groeten,
Incasso Vlaanderen NV
Afdeling minnelijke invordering""",
         "Incasso Vlaanderen - dossierbeheer"),
    ],
    "fr": [
        ("deletion", ("withdraw_consent",),
         "Notre client : M. Julien Marchal - demande d'effacement",
         """Madame, Monsieur,

Nous intervenons en qualité de conseil de Monsieur Julien Marchal, domicilié rue des Wallons 41 à 1348 Louvain-la-Neuve, dont vous trouverez le mandat signé en annexe.

Notre client dispose auprès de votre société d'un compte client ouvert sous l'adresse julien.marchal@gmail.com. Il ne souhaite plus entretenir aucune relation avec votre enseigne.

En conséquence, et conformément à l'article 17 du Règlement (UE) 2016/679, nous vous demandons de procéder à l'effacement de l'ensemble des données à caractère personnel le concernant, sous réserve de celles que vous seriez légalement tenus de conserver, dont vous voudrez bien nous indiquer la nature et la durée de conservation.

Notre client retire par ailleurs, pour autant que de besoin, le consentement qu'il avait donné à la réception de votre lettre d'information et de vos offres commerciales par e-mail.

Nous vous remercions de nous adresser confirmation de ces démarches dans le délai d'un mois prévu par l'article 12 du RGPD.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Maître Claire Dethier
Avocate au barreau du Brabant wallon
Cabinet Dethier & Associés""",
         "Me Claire Dethier"),

        ("access", ("portability",),
         "Demande RGPD - réf. DPX-FR-2024-093311",
         """Bonjour,

La société Donnéo agit en qualité de mandataire de la personne identifiée ci-dessous (« notre utilisateur »), qui nous a donné mandat exprès pour exercer ses droits en son nom. Le mandat signé ainsi qu'une copie de pièce d'identité sont joints à ce message.

Au nom de notre utilisateur, nous vous demandons :
1) de lui communiquer une copie de l'ensemble des données personnelles le concernant que vous traitez, ainsi que les finalités, destinataires et durées de conservation (article 15 RGPD) ;
2) de lui transmettre les données qu'il vous a fournies dans un format structuré, couramment utilisé et lisible par machine (article 20 RGPD).

Identifiants de notre utilisateur :
- Nom : Nathalie Lefèvre
- Adresses e-mail : nathalie.lefevre@orange.fr ; nat.lefevre@free.fr
- Téléphone : +33 6 72 18 40 55
- Adresse : 8 rue Jean-Jaurès, 59000 Lille, France

Merci d'adresser votre réponse à demandes@donneo.fr en rappelant la référence ci-dessus.

Cordialement,
L'équipe Donnéo
Message envoyé au nom de notre utilisateur via la plateforme Donnéo.""",
         "Donnéo - Demandes RGPD"),

        ("complaint", ("deletion",),
         "Relance : réf. RMV-7730-BE",
         """Madame, Monsieur,

Nous revenons vers vous concernant la demande de suppression de données envoyé le 05/08/2024 pour le compte de notre client Monsieur Karim Benali (karim.benali@hotmail.be), référence RMV-7730-BE.

A ce jour nous n'avons reçu de votre part aucune réponse, ni un accusé de réception. Le délai légal de un mois prévu par le Règlement Général sur la Protection des Données est donc dépassé.

Nous vous demandons à nouveau de procéder sans délai à la suppression de toutes les données personnelles de notre client et de nous confirmer cette suppression. À défaut de réponse sous 14 jours, nous déposerons une plainte en son nom auprès de l'Autorité de protection des données (APD).

Meilleures salutations,
L'équipe de Removia
Service des relances automatiques""",
         "Removia Support"),

        ("withdraw_consent", (),
         "pour ma maman",
         """Bonjour,

Je vous écris pour ma maman, Mme Josiane Collard, qui a 84 ans. Elle a une carte de fidélité chez vous et elle s'est inscrite (ou quelqu'un l'a inscrite...) à la newsletter et aux SMS promotionnels. Elle reçoit maintenant des mails presque tous les jours et des SMS le week-end et ça la perturbe beaucoup, elle croit à chaque fois qu'elle doit payer quelque chose.

Elle ne veut plus rien recevoir : ni la newsletter, ni les SMS, ni les offres. Elle retire son accord pour tout ça. Son adresse mail est josiane.collard@skynet.be et son numéro 0472 18 55 03.

Elle garde sa carte de fidélité par contre, elle l'utilise en magasin.

Merci beaucoup
Véronique Collard (sa fille)""",
         "Véronique Collard"),

        ("correction", (),
         "",
         """Bonjour,

Je suis l'administrateur des biens de Monsieur Roger Dumont (ordonnance du juge de paix de Namur jointe). Monsieur Dumont réside désormais à la maison de repos « Les Tilleuls » et tout son courrier doit m'être adressé.

Pouvez-vous modifier l'adresse de facturation et de livraison enregistrée sur son compte (roger.dumont@scarlet.be) comme suit :

M. Roger Dumont
c/o Maître Benoît Hallet, administrateur
Rue de Fer 26
5000 Namur

Le numéro de téléphone 081 22 47 19 n'est plus attribué, merci de le remplacer par celui de mon étude : 081 24 60 00.

Bien à vous,
Benoît Hallet
Avocat - administrateur de biens""",
         "Benoît Hallet"),

        ("restriction", (),
         "compte de ma soeur - ne rien supprimer",
         """Bonjour,

Ma soeur, Aurélie Masson, est hospitalisée depuis plusieurs semaines et ne peut pas gérer ses affaires, je m'en occupe avec son accord (procuration en pièce jointe).

Vous lui réclamez le paiement d'une commande d'août (compte aurelie.masson@live.be) alors qu'elle a renvoyé l'article dans les délais, nous avons le bon de retour. Nous réglons ça avec votre service clientèle et nous aurons besoin de l'historique.

Je vous demande donc de NE PAS supprimer ses données, mais d'en limiter l'utilisation : bloquez le compte, ne vous en servez plus pour quoi que ce soit (pubs, relances, etc.) et gardez tout tel quel jusqu'à ce que le litige soit réglé.

Merci de me confirmer
Cordialement
Damien Masson""",
         "Damien Masson"),

        ("objection", (),
         "Opposition au profilage - plateforme MesDroitsConso",
         """Madame, Monsieur,

Ce courrier vous est adressé via la plateforme MesDroitsConso, mise à disposition par une association de défense des consommateurs, au nom de la personne suivante, qui l'a rédigé et validé elle-même :

Nom : Thierry Renard
E-mail : thierry.renard@gmail.com
Adresse : Avenue de la Couronne 122, 1050 Ixelles

Conformément à l'article 21 du RGPD, je m'oppose au traitement de mes données personnelles à des fins de prospection commerciale, y compris au profilage lié à cette prospection, ainsi qu'à la transmission de mes données à vos partenaires publicitaires et régies.

Je vous remercie de me confirmer la prise en compte de mon opposition dans un délai d'un mois.

Thierry Renard
(Envoyé via MesDroitsConso - numéro de dossier MDC-24-55107)""",
         "MesDroitsConso pour Thierry Renard"),

        ("other", (),
         "Proposition : supprimez vos données personnelles de 200+ courtiers en données",
         """Bonjour,

Saviez-vous que les adresses, numéros de téléphone et e-mails de vos dirigeants et employés sont en vente chez des centaines de courtiers en données ? C'est la porte d'entrée n°1 des arnaques au président et du phishing ciblé.

Effacia propose aux entreprises belges un abonnement « Dirigeants protégés » : nous retirons en continu les données de vos collaborateurs chez plus de 200 courtiers, avec un rapport mensuel. Tarif de lancement : 9 € par personne et par mois.

Seriez-vous disponible pour un échange de 15 minutes cette semaine ?

Bien cordialement,
Mathilde Roussel
Responsable grands comptes - Effacia
+32 2 808 41 17""",
         "Mathilde Roussel"),
    ],
    "de": [
        ("deletion", ("objection",),
         "Antrag auf Löschung personenbezogener Daten im Auftrag unseres Kunden (Az. DLT-DE-562091)",
         """Sehr geehrte Damen und Herren,

die Datenlotse GmbH handelt als bevollmächtigte Vertreterin der unten genannten Person (im Folgenden „unser Kunde“). Die unterzeichnete Vollmacht ist dieser E-Mail als PDF beigefügt.

Im Namen unseres Kunden fordern wir Sie auf,

1. sämtliche bei Ihnen gespeicherten personenbezogenen Daten unseres Kunden gemäß Art. 17 DSGVO unverzüglich zu löschen und
2. die Weitergabe seiner Daten an Dritte zu Werbezwecken einzustellen. Unser Kunde widerspricht hiermit gemäß Art. 21 Abs. 2 DSGVO jeglicher Verarbeitung seiner Daten für Zwecke der Direktwerbung.

Identifikationsdaten unseres Kunden:
Name: Markus Brandt
E-Mail: markus.brandt@web.de, m.brandt@gmx.net
Telefon: +49 171 5528 904
Anschrift: Lindenstraße 7, 52066 Aachen

Bitte bestätigen Sie die Löschung innerhalb eines Monats an anfragen@datenlotse.de unter Angabe des oben genannten Aktenzeichens. Sollten wir innerhalb dieser Frist keine Antwort erhalten, behält sich unser Kunde vor, Beschwerde bei der zuständigen Aufsichtsbehörde einzulegen.

Mit freundlichen Grüßen
Ihr Datenlotse-Team
Datenlotse GmbH · Friedrichstraße 68 · 10117 Berlin""",
         "Datenlotse Anfragen"),

        ("complaint", ("access",),
         "Erinnerung: Auskunftsersuchen nach Art. 15 DSGVO – Frist abgelaufen",
         """Sehr geehrte Damen und Herren,

mit Schreiben vom 22.07.2024 hatten wir Sie im Namen und mit Vollmacht von Frau Sabine Krüger (sabine.krueger@t-online.de) um Auskunft nach Art. 15 DSGVO gebeten. Die Monatsfrist des Art. 12 Abs. 3 DSGVO ist seit über drei Wochen verstrichen, ohne dass eine Antwort oder auch nur eine Eingangsbestätigung bei uns eingegangen ist.

Wir fordern Sie hiermit letztmalig auf, Frau Krüger die vollständige Auskunft einschließlich einer Kopie der Daten bis zum 30.09.2024 zu erteilen.

Frau Krüger hat uns beauftragt, nach Ablauf dieser Frist Beschwerde bei der belgischen Datenschutzbehörde einzureichen.

Mit freundlichen Grüßen
Datenlotse GmbH
– Team Eskalation –""",
         "Datenlotse Eskalation"),

        ("access", (),
         "Auskunft für meinen Betreuten, Herrn Heinz Vogel",
         """Sehr geehrte Damen und Herren,

ich bin durch Beschluss des Amtsgerichts Aachen als rechtlicher Betreuer für Herrn Heinz Vogel (geb. 04.11.1941) bestellt, u. a. mit dem Aufgabenkreis Vermögenssorge und Vertretung gegenüber Behörden und Vertragspartnern. Den Betreuerausweis füge ich in Kopie bei.

Herr Vogel ist offenbar seit längerem Kunde bei Ihnen (E-Mail heinz.vogel41@gmx.de) und hat in den letzten Monaten mehrfach bestellt. Um mir einen Überblick zu verschaffen, bitte ich um Auskunft nach Art. 15 DSGVO, welche Daten Sie über Herrn Vogel gespeichert haben, insbesondere Bestellungen, hinterlegte Zahlungsmittel, Kundenkarte und eventuelle Weitergaben an Dritte, sowie um eine Kopie dieser Daten.

Bitte senden Sie die Auskunft an meine Büroanschrift.

Mit freundlichen Grüßen

Stefan Reuter
Berufsbetreuer
Theaterstraße 15, 52062 Aachen""",
         "Stefan Reuter"),

        ("correction", (),
         "",
         """Hallo,

ich schreibe für meinen Vater, Günter Schäfer, der seit einem Schlaganfall nicht mehr selbst am PC sitzen kann. Er hat bei Ihnen ein Kundenkonto (guenter.schaefer@freenet.de).

Zwei Sachen stimmen da nicht:
- sein Name steht als "Gunter Schafer" drin, ohne Umlaute. Richtig ist Günter Schäfer.
- die Lieferadresse ist noch die alte in Eupen. Er wohnt jetzt bei uns: Hauptstraße 58, 4780 Sankt Vith.

Könnten Sie das bitte korrigieren? Er hat mir erlaubt, das für ihn zu erledigen.

Danke und Gruß
Melanie Schäfer-Jost""",
         "Melanie Schäfer-Jost"),

        ("withdraw_consent", ("deletion",),
         "Konto meiner verstorbenen Mutter",
         """Sehr geehrte Damen und Herren,

meine Mutter, Ingrid Weber, ist am 18. August verstorben. Sie bekommt immer noch fast täglich Ihren Newsletter an ingrid.weber@arcor.de, und ich kümmere mich gerade um ihr Postfach.

Bitte melden Sie sie von sämtlichen Newslettern und Werbe-Mails ab, und löschen Sie danach bitte auch ihr Kundenkonto vollständig. Eine Kopie der Sterbeurkunde hänge ich an.

Vielen Dank für Ihr Verständnis.

Mit freundlichen Grüßen
Thomas Weber""",
         "Thomas Weber"),

        ("portability", (),
         "Datenexport für Mandantin Frau Dr. Lena Hoffmann",
         """Sehr geehrte Damen und Herren,

in Vollmacht unserer Mandantin, Frau Dr. Lena Hoffmann (lena.hoffmann@posteo.de), deren schriftliche Vollmacht anliegt, bitten wir Sie um Übermittlung der von ihr bereitgestellten personenbezogenen Daten gemäß Art. 20 DSGVO.

Benötigt werden insbesondere die Bestellhistorie der Jahre 2022 bis 2024 mit Datum, Artikeln und Beträgen sowie die Bewegungen auf ihrem Kundenkonto, und zwar in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder XLSX), damit wir sie direkt in unsere Buchhaltungssoftware übernehmen können.

Bitte senden Sie die Datei an kanzlei@stb-kessler.de.

Mit freundlichen Grüßen

i. A. Julia Meier
Steuerberatungskanzlei Kessler & Partner
Rathausplatz 3, 52062 Aachen""",
         "Julia Meier | Kessler & Partner"),

        ("restriction", (),
         "Unser Zeichen: 233/24 RB",
         """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir die rechtlichen Interessen von Herrn Robert Bauer, Am Stadtgraben 12, 4700 Eupen, vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Zwischen unserem Mandanten und Ihrem Unternehmen besteht Streit über die Rückabwicklung der Bestellung Nr. 2024-04417. Unser Mandant benötigt die hierzu bei Ihnen gespeicherten Daten zur Geltendmachung seiner Rechtsansprüche.

Wir fordern Sie daher auf, die personenbezogenen Daten unseres Mandanten nicht zu löschen, sondern deren Verarbeitung gemäß Art. 18 Abs. 1 lit. c DSGVO einzuschränken. Die Daten dürfen bis zum Abschluss des Verfahrens lediglich gespeichert und nicht anderweitig verwendet werden.

Wir bitten um schriftliche Bestätigung bis zum 15.10.2024.

Mit freundlichen Grüßen

Dr. Frank Lehmann
Rechtsanwalt""",
         "RA Dr. Frank Lehmann"),

        ("other", (),
         "Re: Kündigung Rahmenvertrag Logistik",
         """Sehr geehrte Damen und Herren,

wir vertreten die Spedition Hollmann GmbH & Co. KG. Bezugnehmend auf Ihr Schreiben vom 2. September teilen wir Ihnen mit, dass unsere Mandantin die Kündigung des Rahmenvertrages über Lagerlogistik vom 01.03.2021 nicht zum 31.12.2024 akzeptiert. Nach § 14.2 des Vertrages beträgt die Kündigungsfrist zwölf Monate zum Jahresende.

Wir bitten um Mitteilung, ob Sie an der Kündigung zum genannten Termin festhalten, und regen ein Gespräch über eine einvernehmliche Lösung an.

Sollte diese Adresse nicht zuständig sein, bitten wir um Weiterleitung an Ihre Rechtsabteilung.

Mit freundlichen Grüßen
Kanzlei Brenner Rechtsanwälte
i. A. Sandra Kolb, Rechtsanwältin""",
         "Sandra Kolb"),
    ],
    "es": [
        ("access", (),
         "Solicitud de acceso RGPD en nombre de nuestro cliente - Ref. BRR-ES-774120",
         """Estimados señores:

Borrame.es actúa como representante autorizado de la persona indicada a continuación (en adelante, "nuestro cliente"), quien nos ha otorgado autorización expresa y por escrito para ejercer en su nombre los derechos que le reconoce el Reglamento General de Protección de Datos. Adjuntamos la autorización firmada.

En nombre de nuestro cliente, solicitamos que nos confirmen si tratan datos personales suyos y, en tal caso, que le faciliten una copia de los mismos, junto con la información sobre los fines del tratamiento, los destinatarios a los que se hayan comunicado, el plazo de conservación y el origen de los datos (artículo 15 del RGPD).

Datos identificativos de nuestro cliente:
- Nombre y apellidos: Javier Morales Gutiérrez
- Correo electrónico: javier.morales.g@gmail.com / jmorales@telefonica.net
- Teléfono: +34 612 48 90 37
- Dirección: Calle de Alcalá 215, 4ºB, 28028 Madrid

Les rogamos que remitan su respuesta a solicitudes@borrame.es indicando la referencia arriba mencionada.

Atentamente,
Equipo de Solicitudes de Borrame.es""",
         "Borrame.es Solicitudes"),

        ("deletion", ("withdraw_consent",),
         "mi madre falleció",
         """Hola buenas,

Les escribo porque mi madre, Carmen Ruiz Navarro, falleció el mes pasado. Tenía una cuenta con ustedes con el correo carmenruiz1950@hotmail.es y siguen llegando correos de ofertas y la newsletter casi todos los dias.

Por favor, den de baja la cuenta y borren sus datos, y que dejen de mandar publicidad a ese correo. Les adjunto el certificado de defunción. Soy su hija.

Gracias,
Lucía Fernández Ruiz""",
         "Lucía Fernández Ruiz"),

        ("complaint", ("deletion",),
         "RE: Ref. BRR-ES-771893",
         """Estimados señores:

El pasado 29 de julio les remitimos, en nombre de nuestra clienta Dña. Marta Sánchez Ortega (marta.sanchez.ortega@yahoo.es), una solicitud de supresión de sus datos personales conforme al artículo 17 del RGPD.

Ha transcurrido más de un mes sin que hayamos recibido respuesta alguna, lo que incumple el plazo establecido en el artículo 12.3 del RGPD.

Les reiteramos la solicitud de supresión de todos los datos de nuestra clienta y les pedimos confirmación por escrito en un plazo de 10 días. En caso contrario, presentaremos en su nombre una reclamación ante la autoridad de control competente.

Atentamente,
Equipo de Seguimiento - Borrame.es""",
         "Borrame.es Seguimiento"),

        ("objection", (),
         "Publicidad personalizada a mi hijo menor",
         """Buenos días:

Mi hijo Daniel, de 14 años, tiene una cuenta en su tienda (daniel.ortiz.pe@gmail.com) que abrió para comprar un regalo. Desde entonces le salen anuncios de su tienda en Instagram y le llegan "recomendaciones para ti" basadas en lo que mira.

Como padre, me opongo a que utilicen los datos de mi hijo para elaborar perfiles y para publicidad personalizada, y a que los compartan con Meta, Google o cualquier otro socio publicitario. Es menor de edad.

Puedo enviar el libro de familia si necesitan comprobar que soy su padre.

Un saludo,
Alberto Ortiz Peña""",
         "Alberto Ortiz Peña"),

        ("correction", (),
         "",
         """Hola, buenas tardes

Soy vecina de Doña Pilar Gómez, una señora mayor que vive en el piso de al lado y a la que ayudo con las compras por internet. Me ha pedido que les escriba porque en su cuenta (pilar.gomez.bxl@gmail.com) el telefono está mal, pone 0486 12 44 70 y el bueno es 0486 12 47 40, y por eso el repartidor no la localiza. Tambien falta el numero del piso en la direccion: es Chaussée de Wavre 310, 3er piso, 1050 Ixelles.

¿Pueden corregirlo por favor? Ella está de acuerdo, si quieren la llamo y se la paso.

Muchas gracias
Rosa Jiménez""",
         "Rosa Jiménez"),

        ("portability", ("deletion",),
         "Portabilidad y supresión - Sr. Ignacio Herrera",
         """Estimados señores:

Me dirijo a ustedes en nombre de mi representado, D. Ignacio Herrera Campos, con correo ignacio.herrera@outlook.es, según poder notarial que adjunto.

En primer lugar, solicito que le entreguen los datos personales que él les ha facilitado (datos de la cuenta, historial de pedidos y puntos de la tarjeta de fidelización) en un formato estructurado, de uso común y lectura mecánica, conforme al artículo 20 del RGPD.

Una vez entregados, solicito la supresión de todos sus datos personales y el cierre de su cuenta, conforme al artículo 17 del RGPD.

Quedo a la espera de su confirmación.

Atentamente,
Elena Castillo Vidal
Abogada - Colegiada n.º 84.211 ICAM""",
         "Elena Castillo Vidal"),

        ("restriction", (),
         "Limitación del tratamiento - mi padre",
         """Buenas tardes:

Soy el curador de mi padre, D. Manuel Prieto Alonso, al que se le establecieron medidas de apoyo por sentencia del Juzgado de Primera Instancia n.º 5 de Valencia (adjunto copia). Su cuenta es manuel.prieto41@telefonica.net.

Les pido que limiten el tratamiento de sus datos: que conserven los datos tal y como están pero que no los usen para nada más, que bloqueen la cuenta para que no se puedan hacer pedidos ni se le envíe nada, hasta que yo les indique otra cosa. No quiero que los borren todavía porque puedo necesitar las facturas.

Gracias de antemano,
Sergio Prieto Lozano""",
         "Sergio Prieto Lozano"),

        ("other", (),
         "Expediente 2024/RC/33871 - factura pendiente",
         """Estimados señores:

Nos ponemos en contacto con ustedes en nombre de nuestro cliente, Cerámicas Levante S.L., en relación con la factura n.º FV-2024-0612, de fecha 14/05/2024, por importe de 2.870,00 EUR, que a día de hoy sigue pendiente de pago.

Les rogamos que procedan al abono en el plazo de 10 días hábiles en la cuenta ES21 2100 0813 6102 0045 9931, indicando el número de expediente. Si ya han realizado el pago, les agradeceríamos que nos enviaran el justificante para regularizar el expediente.

Quedamos a su disposición para acordar un calendario de pagos si lo necesitan.

Un cordial saludo,
Departamento de Recobro
Gestiones Mediterráneo Cobros S.L.""",
         "Gestiones Mediterráneo - Recobro"),
    ],
    "it": [
        ("objection", ("deletion",),
         "Richiesta di esercizio dei diritti per conto del nostro utente - Rif. CNC-IT-40918",
         """Gentile Titolare del trattamento,

noi siamo Cancellami S.r.l. e agiamo come rappresentante autorizzato della persona sotto indicata ("il nostro utente"), secondo delega firmata che trovate in allegato.

Per conto del nostro utente vi chiediamo di:
1. cessare immediatamente ogni trattamento dei suoi dati personali a fini di marketing diretto e profilazione, nonché la comunicazione dei suoi dati a partner pubblicitari, ai sensi dell'articolo 21 del GDPR;
2. procedere alla cancellazione di tutti i dati personali del nostro utente in vostro possesso, ai sensi dell'articolo 17 del GDPR.

Dati identificativi del nostro utente:
- Nome: Francesca Rinaldi
- E-mail: francesca.rinaldi@libero.it, f.rinaldi84@gmail.com
- Telefono: +39 347 882 1046
- Indirizzo: Via Po 18, 10124 Torino

Vi preghiamo di inviare la conferma a richieste@cancellami.it citando il riferimento sopra indicato.

Cordiali saluti,
Il Team Richieste di Cancellami""",
         "Cancellami - Richieste"),

        ("complaint", ("access",),
         "CNC-IT-39577",
         """Gentile Titolare,

Questo è un sollecito riguardo la richiesta di accesso ai dati che noi abbiamo inviato in data 11/07/2024 per conto del nostro utente Sig. Paolo Esposito (paolo.esposito@tiscali.it). Fino ad oggi noi non abbiamo ricevuto nessuna risposta da voi, anche il termine di un mese previsto dal Regolamento è già scaduto.

Noi chiediamo di nuovo di fornire al nostro utente la copia di tutti i suoi dati personali trattati e le informazioni richieste dall'articolo 15 del GDPR, entro 10 giorni dalla presente.

Se non riceviamo risposta noi presenteremo un reclamo per conto del nostro utente all'Autorità per la protezione dei dati competente.

Distinti saluti,
Team Solleciti Cancellami""",
         "Cancellami - Solleciti"),

        ("access", ("portability",),
         "",
         """Spettabile Società,

scrivo in qualità di legale della Sig.ra Giulia Conti, residente in Rue Américaine 54, 1060 Saint-Gilles, titolare di un account presso di voi con indirizzo giulia.conti@fastwebnet.it. Allego procura firmata e copia del documento d'identità della mia assistita.

Per conto della mia assistita chiedo:
- l'accesso ai dati personali che la riguardano e una copia degli stessi, con le informazioni di cui all'art. 15 GDPR;
- la trasmissione dei dati da lei forniti (ordini, indirizzi, dati della carta fedeltà) in un formato strutturato, di uso comune e leggibile da dispositivo automatico, ai sensi dell'art. 20 GDPR.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti
Avv. Marco Ferri
Studio Legale Ferri - Bruxelles / Milano""",
         "Avv. Marco Ferri"),

        ("withdraw_consent", (),
         "newsletter nonna",
         """Buongiorno,

scrivo per mia nonna, Rosa Bianchi, che ha 89 anni. Tempo fa si è iscritta alla vostra newsletter quando ha fatto la tessera fedeltà e adesso le arrivano mail tutti i giorni, lei non sa come fare per toglierle e si agita.

Per favore potete cancellarla dalla newsletter e da tutte le mail pubblicitarie? Non vuole più riceverle, revoca il consenso. La mail è rosabianchi35@virgilio.it

La tessera fedeltà la tiene, le serve per i punti quando andiamo in negozio.

Grazie mille
Chiara (la nipote)""",
         "Chiara Bianchi"),

        ("correction", (),
         "Aggiornamento dati - Sig. Luigi Romano (amministrazione di sostegno)",
         """Spett.le Ufficio Privacy,

sono l'amministratore di sostegno del Sig. Luigi Romano, nominato con decreto del Giudice Tutelare del Tribunale di Bologna (copia in allegato).

Vi chiedo di rettificare i dati del suo account (luigi.romano@alice.it) come segue:
- indirizzo di residenza e di consegna: Via Saragozza 97, 40135 Bologna (non più Via Emilia Levante 12);
- indirizzo e-mail di contatto: da sostituire con amministrazione.romano@pec-studiomartini.it, poiché il Sig. Romano non gestisce più la casella precedente.

Ringrazio per la collaborazione.

Dott.ssa Elisa Martini
Amministratore di sostegno""",
         "Elisa Martini"),

        ("deletion", (),
         "Re: account di mio padre",
         """Buonasera,

vi riscrivo come mi avete detto al telefono l'altro giorno con il vostro servizio clienti. Mio padre, Giuseppe Ricci, è mancato a giugno. Sono il figlio ed erede, allego il certificato di morte e la dichiarazione di successione.

Vi chiedo di chiudere il suo account (giuseppe.ricci@libero.it) e di cancellare tutti i suoi dati, compreso l'indirizzo e i dati della carta fedeltà. I punti rimasti non ci interessano.

Cordiali saluti
Andrea Ricci""",
         "Andrea Ricci"),

        ("restriction", (),
         "Richiesta di limitazione del trattamento - figlio minore",
         """Buongiorno,

sono la madre di Matteo Galli, 16 anni. Ho scoperto che ha aperto un account sul vostro sito (matteo.galli07@gmail.com) con una data di nascita falsa per risultare maggiorenne e ha fatto degli acquisti con la mia carta.

Sto contestando questi pagamenti con la banca, quindi per ora NON cancellate nulla. Vi chiedo però di limitare il trattamento dei suoi dati: conservateli ma non usateli per nessun'altra finalità, e bloccate l'account in modo che non si possano fare altri ordini, finché la contestazione non sarà chiusa.

Posso mandarvi un documento che dimostra che sono sua madre.

Saluti
Laura Galli""",
         "Laura Galli"),

        ("other", (),
         "Richiesta informazioni contratto di affiliazione",
         """Spettabile Società,

lo scrivente studio assiste la società Verde Casa S.r.l., con sede a Verona, che sta valutando l'adesione al vostro programma di affiliazione per rivenditori (marketplace partner).

Prima di sottoporre la bozza di contratto alla mia cliente, avrei bisogno di alcuni chiarimenti: la legge applicabile e il foro competente previsti, la durata minima dell'accordo e le condizioni di recesso, e se la clausola di esclusiva territoriale di cui all'art. 9 sia negoziabile.

Vi ringrazio se potrete inoltrare la presente all'ufficio competente.

Cordiali saluti
Avv. Silvia Moretti
Studio Legale Moretti & Lodi - Verona""",
         "Avv. Silvia Moretti"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso a dados pessoais em nome do nosso cliente - Ref. APG-PT-20815",
         """Exmos. Senhores,

A Apagar.pt atua como representante autorizado do titular dos dados identificado abaixo ("o nosso cliente"), conforme autorização assinada que segue em anexo.

Em nome do nosso cliente, solicitamos, ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD), que confirmem se tratam dados pessoais que lhe digam respeito e, em caso afirmativo, que lhe forneçam uma cópia desses dados, bem como informação sobre as finalidades do tratamento, os destinatários, o prazo de conservação e a origem dos dados.

Dados de identificação do nosso cliente:
- Nome: Ricardo Manuel Sousa Pinto
- E-mail: ricardo.pinto@sapo.pt ; rmspinto@gmail.com
- Telemóvel: +351 912 334 870
- Morada: Rua de Cedofeita 402, 2.º Esq., 4050-174 Porto

Agradecemos que a resposta seja enviada para pedidos@apagar.pt, indicando a referência acima.

Com os melhores cumprimentos,
Equipa de Pedidos Apagar.pt""",
         "Apagar.pt Pedidos"),

        ("complaint", ("deletion",),
         "Re: Re: Ref. APG-PT-19902",
         """Exmos. Senhores,

Voltamos a contactar V. Exas. relativamente ao pedido de apagamento de dados enviado no dia 02/08/2024 em nome da nossa cliente, Sra. Ana Cristina Lopes (anacristina.lopes@hotmail.com).

Até à data não obtivemos qualquer resposta, e o prazo de um mês previsto no artigo 12.º, n.º 3, do RGPD já foi ultrapassado.

Reiteramos o pedido de apagamento de todos os dados pessoais da nossa cliente e solicitamos confirmação por escrito no prazo de 10 dias. Caso contrário, apresentaremos em nome da nossa cliente uma reclamação junto da autoridade de proteção de dados belga.

Com os melhores cumprimentos,
Equipa de Acompanhamento - Apagar.pt""",
         "Apagar.pt Acompanhamento"),

        ("deletion", ("withdraw_consent",),
         "",
         """Bom dia,

O meu pai, José Carlos Ferreira, faleceu no passado mês de julho. Ele tinha conta no vosso site com o email josecferreira@sapo.pt e ainda recebe as vossas newsletters e promoções.

Peço-vos que encerrem a conta dele e apaguem os dados, e que deixem de enviar emails de publicidade para esse endereço. Sou o filho e cabeça de casal da herança, envio em anexo a certidão de óbito e a habilitação de herdeiros.

Obrigado
Nuno Ferreira""",
         "Nuno Ferreira"),

        ("portability", (),
         "Pedido em nome da Dra. Helena Marques",
         """Boa tarde,

Sou assistente da Dra. Helena Marques, diretora-geral da Marques & Vieira Consultores, que tem uma conta pessoal no vosso site (helena.marques@mvconsultores.pt). A Dra. Helena está em cópia e pediu-me para tratar deste assunto em nome dela.

Ela gostaria de receber os dados pessoais que vos forneceu, em particular o histórico de encomendas, as moradas guardadas e os movimentos do cartão de cliente, num formato estruturado e de leitura automática (CSV ou Excel), ao abrigo do direito de portabilidade (artigo 20.º do RGPD). Se for possível, pode enviar diretamente para o email dela.

Muito obrigada,
Sofia Ribeiro
Assistente de Direção
Marques & Vieira Consultores, Lda.""",
         "Sofia Ribeiro"),

        ("correction", (),
         "cartão de cliente da minha filha",
         """Olá,

A minha filha Beatriz tem o cartão de cliente desde o ano passado, fui eu que fiz a inscrição. Reparei agora que o nome ficou "Beatris Almeida Costa" com s e a data de nascimento ficou 07/09/2019 em vez de 07/09/2009. Podem corrigir para Beatriz Almeida Costa, nascida a 07/09/2009?

O email associado é o meu, marta.almeida.costa@gmail.com.

Obrigada!
Marta Almeida (mãe da Beatriz)""",
         "Marta Almeida"),

        ("objection", ("withdraw_consent",),
         "Oposição ao tratamento - cliente Sr. Tiago Martins",
         """Exmos. Senhores,

Na qualidade de mandatário do Sr. Tiago Martins (tiago.martins@outlook.pt), cuja procuração se junta, venho, em nome do meu constituinte, opor-me, nos termos do artigo 21.º do RGPD, ao tratamento dos seus dados pessoais para fins de marketing direto, incluindo a definição de perfis, e à partilha desses dados com parceiros publicitários.

Mais informo que o meu constituinte retira o consentimento anteriormente prestado para o envio de newsletters e comunicações comerciais por correio eletrónico e SMS.

Solicito confirmação no prazo legal.

Com os melhores cumprimentos,
Dr. Rui Carvalho
Advogado - Cédula Profissional n.º 51204L
Lisboa""",
         "Rui Carvalho"),

        ("restriction", (),
         "pedido",
         """Boa tarde

Sou vizinho da D. Fernanda Santos, uma senhora de 82 anos que mora sozinha e que eu ajudo com estas coisas da internet. Ela pediu-me para escrever.

Ela vai ser internada num lar durante uns meses e não quer que a conta dela (fernandasantos40@gmail.com) seja usada para nada enquanto lá estiver. Não quer apagar nada porque depois quer voltar a usar, só quer que a conta fique bloqueada e que não usem os dados dela para nenhuma finalidade até ela dizer o contrário.

Se for preciso ela assina um papel a autorizar.

Cumprimentos
Manuel Gonçalves""",
         "Manuel Gonçalves"),

        ("other", (),
         "Parceria: remoção de dados pessoais para os colaboradores da vossa empresa",
         """Bom dia,

Hoje em dia os dados pessoais dos seus colaboradores (moradas, telefones, emails) circulam em centenas de sites de corretores de dados e são usados em fraudes e phishing.

A LimpaDados oferece às empresas um serviço de remoção contínua desses dados, como benefício para os colaboradores, com relatórios mensais e preços a partir de 6 € por pessoa/mês. Já trabalhamos com várias empresas de retalho em Portugal e na Bélgica.

Teria disponibilidade para uma chamada de 15 minutos esta semana?

Cumprimentos,
Pedro Antunes
Business Development - LimpaDados""",
         "Pedro Antunes"),
    ],
}

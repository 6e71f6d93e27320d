"""Fourth set, people: formal letters in the 14 languages. Written apart from the rules (see make_fourth.py)."""

PEOPLE_H = {
    "en": [
        ("access", (), "Subject access request", """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (GDPR).

Please supply the personal data you hold about me, to which I am entitled, together with the following information:

1. the purposes for which my personal data are processed;
2. the categories of personal data concerned;
3. the recipients or categories of recipient to whom my data have been or will be disclosed, in particular recipients in third countries, and the safeguards that apply to any such transfer;
4. the period for which the data will be stored, or the criteria used to determine that period;
5. the existence of the right to request rectification or erasure of personal data, restriction of processing or to object to such processing;
6. the right to lodge a complaint with a supervisory authority;
7. where the data were not collected from me, any available information as to their source;
8. the existence of automated decision-making, including profiling, and meaningful information about the logic involved.

To help you locate my data: I have held a customer account with you since 2019 under the e-mail address m.hartley@mailbox.example (customer number 40-118273), and I am a member of your loyalty scheme (card ending 7731).

I enclose a copy of my passport as proof of identity; the passport number has been partly redacted. You have one calendar month from receipt of this request to respond. If you need any further information to locate my data, please let me know as soon as possible.

Yours faithfully,

Margaret Hartley
14 Rosebank Terrace
Leeds LS6 2QJ
United Kingdom""", "Margaret Hartley"),
        ("deletion", ("withdraw_consent", "objection"), "Request for erasure of personal data (Article 17 GDPR)", """Dear Data Protection Officer,

I am writing to request that you erase all personal data you hold about me, pursuant to Article 17(1) of the General Data Protection Regulation.

My details:
Name: Thomas Gallagher
E-mail address used for my account: tgallagher84@post.example
Customer number: 2207719
Mobile number: +353 87 555 0142

The grounds for erasure are as follows:

(a) the personal data are no longer necessary in relation to the purposes for which they were collected (Art. 17(1)(a)). My last order was delivered in 2021 and I do not intend to buy from you again;
(b) I hereby withdraw any consent I have given for the processing of my data, including for your e-mail newsletter and SMS promotions (Art. 7(3) and Art. 17(1)(b));
(c) I object to any processing of my data for direct marketing purposes, including profiling related to such marketing, under Article 21(2) (Art. 17(1)(c)).

Where you have disclosed my personal data to others, such as marketing partners or the provider of your CRM system, please communicate the erasure to each recipient as required by Article 19 GDPR and let me know who they are.

If you consider that you are legally obliged to retain part of my data, for example invoices for tax purposes, please tell me precisely which data, on which legal basis and until when.

Please confirm in writing, without undue delay and in any event within one month of receipt, that my data have been erased.

Yours sincerely,

Thomas Gallagher
Apt 3, 27 Grove Road
Rathmines, Dublin 6
Ireland""", "Thomas Gallagher"),
        ("complaint", ("access",), "Second reminder: unanswered subject access request of 3 February 2025", """Dear Sir or Madam,

On 3 February 2025 I sent a subject access request under Article 15 GDPR to this address; a copy is set out below. I sent a first reminder on 10 March 2025. To date I have received neither my data, nor any explanation, nor notice that you are extending the time limit under Article 12(3).

The one-month time limit expired on 3 March 2025. You are therefore in breach of Articles 12 and 15 GDPR.

I am giving you a final period of 14 days from the date of this letter to respond in full to my original request, that is, to provide a copy of my personal data and the information listed in Article 15(1)(a) to (h). If I have not received a complete answer by 7 April 2025, I will lodge a complaint with the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données, Rue de la Presse 35, 1000 Brussels) without further notice, and I reserve my right to claim compensation under Article 82 GDPR.

For your reference: account e-mail s.okafor@inbox.example, loyalty card no. 6002 4410 9981.

Yours faithfully,

Samuel Okafor

----- Original message -----
Date: 3 February 2025
Subject: Subject access request

Dear Sir or Madam,
Please provide me with a copy of all personal data you hold about me under Article 15 GDPR, together with the purposes of the processing, the recipients, the retention periods and the source of the data. ...""", "Samuel Okafor"),
        ("portability", (), "Data portability request under Article 20 GDPR", """To whom it may concern,

I am writing to exercise my right to data portability under Article 20 of the General Data Protection Regulation.

Please provide me with the personal data concerning me which I have provided to you, in a structured, commonly used and machine-readable format such as CSV or JSON. This includes, at a minimum:

- my account and profile details;
- my complete order history, including products, dates, prices and delivery addresses;
- all transactions recorded on my loyalty card and my current points balance;
- my saved wish lists and product reviews;
- my communication preferences.

A PDF or a printout is not a machine-readable format within the meaning of Article 20 and would not satisfy this request.

Please make the file available through a secure download link sent to the e-mail address registered on my account (aidan.price@webmail.example). Under Article 12(5) GDPR this must be provided free of charge, and under Article 12(3) within one month of receipt of this request.

Account details:
Name: Aidan Price
Customer ID: C-0093317
Loyalty card: 6002 4410 2275

Thank you in advance for your cooperation.

Kind regards,

Aidan Price""", "Aidan Price"),
        ("restriction", (), "Request to restrict processing - Article 18(1)(c) GDPR - please do not delete my account", """Dear Data Protection Officer,

I have received your e-mail of 12 May 2025 informing me that my customer account (no. 5510-2283) will be deleted on 1 June 2025 because it has been inactive for 24 months.

I am in an ongoing dispute concerning order 1147-889203, a dishwasher delivered in a damaged condition in March 2023. I have instructed a solicitor and intend to issue proceedings. The order records, the delivery confirmation, the photographs I uploaded via your customer service chat and our correspondence are needed for the establishment, exercise or defence of my legal claims.

Under Article 18(1)(c) GDPR I therefore ask you not to erase these data but to restrict their processing until 31 December 2026, or until I inform you in writing that the matter has been concluded, whichever is earlier. During that period the data should only be stored and should not be used for any other purpose without my consent.

I would be grateful if you would:

1. confirm in writing that the scheduled deletion of the records listed above has been suspended and that the processing has been restricted;
2. inform me before the restriction is lifted, as required by Article 18(3) GDPR.

Yours sincerely,

Robert Ellison
9 Carlton Avenue
Bristol BS7 8PL""", "Robert Ellison"),
        ("objection", ("restriction",), "Objection to processing under Article 21 GDPR", """Dear Sir or Madam,

Your privacy notice states that you analyse the purchasing behaviour of loyalty card holders in order to create customer segments, and that you share purchase data with "selected partners", on the basis of your legitimate interests (Article 6(1)(f) GDPR).

I object to this processing under Article 21(1) GDPR on grounds relating to my particular situation. A large part of my purchases consists of mobility aids and incontinence products for my son, who is disabled. Segmenting me on the basis of these purchases, or passing them on to third parties, reveals sensitive information about my family's health, which I find unacceptable. Insofar as the processing serves direct marketing, including profiling, I also object under Article 21(2) GDPR, which you must respect without any balancing of interests.

Pending verification of whether your legitimate grounds override mine, I request that you restrict the processing of my personal data for these purposes in accordance with Article 18(1)(d) GDPR.

Please confirm in writing, within one month, that you have stopped the processing described above and which partners, if any, have already received my data.

Name: Priya Raman
E-mail: priya.raman@home.example
Loyalty card: 6002 4410 5518

Yours faithfully,

Priya Raman""", "Priya Raman"),
        ("withdraw_consent", (), "Withdrawal of consent - newsletter and SMS marketing", """Dear Sir or Madam,

Please accept this letter as formal notice that I withdraw, with immediate effect, my consent to receive marketing communications from you, in accordance with Article 7(3) of the GDPR.

This applies to:
- your e-mail newsletter sent to helen.brooks@mailhub.example;
- promotional text messages sent to +44 7700 900318;
- personalised offers linked to my loyalty card.

I have twice used the "unsubscribe" link at the bottom of your newsletter, on 4 and 19 April, but I continue to receive your e-mails. I would point out that withdrawing consent must be as easy as giving it.

I do not wish to close my customer account, which I continue to use for orders, and I am happy to keep receiving order confirmations and delivery notifications.

I should be grateful if you would confirm in writing that my preferences have been updated.

Yours faithfully,

Helen Brooks""", "Helen Brooks"),
        ("other", (), "Letter before action - unpaid invoice INV-2024-0917 - Castlegate Packaging Ltd", """Dear Sirs,

We act for Castlegate Packaging Ltd ("our client") in connection with the above invoice.

Under purchase order PO-88231 our client supplied you with 40,000 corrugated shipping boxes, delivered to your warehouse in Mechelen on 10 September 2024. Our client's invoice INV-2024-0917 dated 17 September 2024 for EUR 18,420.00 (incl. VAT) was payable within 30 days. Despite reminders dated 28 October and 2 December 2024, the invoice remains unpaid. No complaint about the goods has ever been raised.

Our client is entitled to statutory interest on late payment and to a fixed compensation for recovery costs under Directive 2011/7/EU, as implemented in Belgium by the Act of 2 August 2002 on combating late payment in commercial transactions.

We therefore demand payment of EUR 18,420.00, together with accrued interest and the fixed compensation of EUR 40, within 14 days of the date of this letter, to the account stated on the invoice. If payment is not received within that period, we are instructed to commence proceedings against you without further notice, which is likely to increase your liability for costs.

We are sending this letter to this address because it is the only e-mail address published on your website. Please forward it to your accounts department or management without delay.

Yours faithfully,

Daniel Harrow
Harrow & Lyle Solicitors
52 King Street, Manchester M2 4LQ""", "Daniel Harrow (Harrow & Lyle Solicitors)"),
    ],
    "nl": [
        ("access", (), "Inzageverzoek op grond van artikel 15 AVG", """Geachte heer, mevrouw,

Ik maak gebruik van mijn recht op inzage op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG). Ik wil graag weten of u persoonsgegevens van mij verwerkt. Als dat zo is, verzoek ik u mij een kopie van deze gegevens te bezorgen en mij daarnaast de volgende informatie te verstrekken:

- de doeleinden waarvoor u mijn gegevens verwerkt;
- de categorieën van persoonsgegevens die u verwerkt;
- de ontvangers of categorieën van ontvangers aan wie u mijn gegevens hebt verstrekt of zult verstrekken, in het bijzonder ontvangers buiten de Europese Economische Ruimte;
- hoe lang u mijn gegevens bewaart, of de criteria om die termijn te bepalen;
- de bron van de gegevens, als u ze niet bij mij hebt verzameld;
- of u geautomatiseerde besluitvorming, waaronder profilering, toepast, en zo ja, nuttige informatie over de onderliggende logica en de verwachte gevolgen daarvan voor mij.

Ik verzoek u mij tevens te wijzen op mijn recht om u te vragen mijn gegevens te rectificeren of te wissen of de verwerking ervan te beperken, op mijn recht van bezwaar en op mijn recht om een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Om u te helpen mijn gegevens terug te vinden: ik ben klant sinds 2018, klantnummer 1003-55821, e-mailadres jeroen.vandamme@telenet.example, klantenkaart nr. 6002 3310 8842.

Volgens artikel 12, lid 3 AVG dient u binnen een maand na ontvangst van dit verzoek te reageren. Mocht u aanvullende informatie nodig hebben om mijn identiteit vast te stellen, dan verneem ik dat graag zo spoedig mogelijk.

Met vriendelijke groet,

Jeroen Van Damme
Kerkstraat 112
9000 Gent""", "Jeroen Van Damme"),
        ("deletion", ("withdraw_consent",), "Verzoek tot wissing van persoonsgegevens (art. 17 AVG) en intrekking van mijn toestemming", """Geachte,

Hierbij verzoek ik u, overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming, alle persoonsgegevens die u over mij bewaart onverwijld te wissen. Tegelijk trek ik mijn toestemming in voor het ontvangen van uw nieuwsbrief en van sms-berichten met promoties (artikel 7, lid 3 AVG).

Mijn gegevens:
Naam: Lies Peeters
Adres: Diestsesteenweg 41, 3010 Kessel-Lo
E-mailadres: lies.peeters@skynet.example
Klantnummer: 2204-11873
Klantenkaart: 6002 3310 1290

Ik heb sinds 2020 niets meer bij u besteld en wens geen klant meer te zijn. Gelieve mijn klantenaccount, mijn klantenkaart met de opgebouwde punten en alle gegevens in uw klantenbestand (CRM) te verwijderen, en de ontvangers aan wie u mijn gegevens hebt doorgegeven, zoals uw e-mailmarketingdienst, hiervan op de hoogte te brengen overeenkomstig artikel 19 AVG.

Indien u bepaalde gegevens wettelijk moet bewaren, bijvoorbeeld facturen voor de boekhouding, verneem ik graag welke gegevens dat zijn en hoe lang u ze bewaart.

Ik verzoek u mij binnen een maand na ontvangst van deze brief schriftelijk te bevestigen dat mijn gegevens gewist zijn. In bijlage vindt u een kopie van de voorzijde van mijn identiteitskaart; de foto en het rijksregisternummer heb ik afgeschermd.

Met vriendelijke groeten,

Lies Peeters""", "Lies Peeters"),
        ("complaint", ("deletion",), "Ingebrekestelling - onbeantwoord verzoek tot wissing van 14 januari 2025", """Aangetekend en per e-mail

Geachte heer, mevrouw,

Op 14 januari 2025 heb ik u per e-mail verzocht al mijn persoonsgegevens te wissen op grond van artikel 17 AVG (klantnummer BE-772104). Ondanks mijn herinnering van 20 februari 2025 heb ik tot op heden geen antwoord ontvangen. Bovendien ontvang ik nog steeds wekelijks uw nieuwsbrief.

De termijn van één maand uit artikel 12, lid 3 AVG is ruimschoots verstreken. Bij deze stel ik u formeel in gebreke.

Ik verzoek u uiterlijk binnen tien werkdagen na dagtekening van deze brief:

1. mijn verzoek tot wissing alsnog volledig uit te voeren;
2. mij schriftelijk te bevestigen welke gegevens gewist zijn en aan welke ontvangers u mijn verzoek hebt doorgegeven (artikel 19 AVG);
3. mij, indien u bepaalde gegevens meent te moeten bewaren, de rechtsgrond en de bewaartermijn mee te delen.

Indien ik binnen deze termijn geen bevredigend antwoord ontvang, zal ik zonder verdere aankondiging een klacht indienen bij de Gegevensbeschermingsautoriteit, Drukpersstraat 35, 1000 Brussel, op grond van artikel 77 AVG. Ik behoud mij daarnaast alle rechten voor, waaronder het recht op schadevergoeding op grond van artikel 82 AVG.

Hoogachtend,

Koen Verstraete
Molenstraat 8
8500 Kortrijk""", "Koen Verstraete"),
        ("correction", (), "Verzoek tot rectificatie van mijn persoonsgegevens (artikel 16 AVG)", """Geachte heer, mevrouw,

Bij het nakijken van mijn klantenprofiel heb ik vastgesteld dat een aantal van mijn gegevens onjuist is. Op grond van artikel 16 van de AVG verzoek ik u deze gegevens onverwijld te rectificeren:

1. Naam: in uw systeem sta ik geregistreerd als "Marleen Jansens". De juiste schrijfwijze is "Marleen Janssens".
2. Geboortedatum: u vermeldt 03/11/1979; de juiste datum is 11/03/1979. Dag en maand zijn verwisseld, waardoor ik mijn verjaardagskorting in de verkeerde maand ontvang.
3. Adres: sinds 1 september 2024 woon ik niet langer in de Lange Leemstraat 14 te Antwerpen. Mijn nieuwe adres is Boomsesteenweg 230, 2610 Wilrijk.

Ik vraag u deze wijzigingen door te voeren in al uw systemen, dus zowel in mijn webshopaccount als in de gegevens van mijn klantenkaart (nr. 6002 3310 4417) en in uw klantenbestand, en de ontvangers aan wie u mijn adres hebt verstrekt, zoals uw vervoerder, hiervan op de hoogte te brengen (artikel 19 AVG).

Als bewijs voeg ik een recent attest van woonst toe.

Graag ontvang ik binnen een maand een schriftelijke bevestiging dat de rectificatie is uitgevoerd.

Met vriendelijke groet,

Marleen Janssens
klantnummer 1187-30021""", "Marleen Janssens"),
        ("restriction", (), "Verzoek om beperking van de verwerking (art. 18, lid 1, b) AVG)", """Geachte heer, mevrouw,

Sinds maart 2025 ontvang ik op mijn gsm-nummer 0470 12 34 56 regelmatig sms-berichten met promoties van uw webshop. Ik heb u dit nummer uitsluitend opgegeven om een melding te krijgen bij de levering van mijn bestelling nr. 7781-20114, en ik heb nooit toestemming gegeven om het voor reclame te gebruiken. Naar mijn oordeel is deze verwerking dan ook onrechtmatig.

Ik wens op dit ogenblik niet dat u deze gegevens wist, omdat ik ze nodig heb om aan te tonen welke berichten ik van u heb ontvangen en op welke basis u mijn nummer hebt geregistreerd. Daarom verzoek ik u op grond van artikel 18, lid 1, b) AVG de verwerking van mijn gsm-nummer en van de bijbehorende verzendlogs te beperken. Dat betekent dat u deze gegevens wel mag bewaren, maar ze niet langer mag gebruiken, behalve met mijn toestemming of voor de instelling, uitoefening of onderbouwing van een rechtsvordering.

Ik verzoek u:
- mij schriftelijk te bevestigen dat de verwerking beperkt is;
- mij vooraf te informeren indien u de beperking wenst op te heffen (artikel 18, lid 3 AVG).

Mijn klantnummer is 3390-11247.

Met vriendelijke groeten,

Sofie Wouters
Stationsstraat 77
3500 Hasselt""", "Sofie Wouters"),
        ("objection", (), "Bezwaar tegen direct marketing en profilering (artikel 21 AVG)", """Geachte heer/mevrouw,

Ik maak hierbij bezwaar tegen het gebruik van mijn persoonsgegevens voor direct marketing, zoals bedoeld in artikel 21, lid 2 van de Algemene Verordening Gegevensbescherming. Mijn bezwaar geldt ook voor profilering die met direct marketing verband houdt.

Ik ontvang sinds enige tijd uw papieren folder met 'persoonlijke aanbiedingen' op mijn huisadres, en in de webshop krijg ik aanbevelingen die duidelijk gebaseerd zijn op de aankopen die ik met mijn klantenkaart heb gedaan. Ik wil dat niet langer.

Op grond van artikel 21, lid 3 AVG mag u mijn persoonsgegevens na ontvangst van dit bezwaar niet meer voor deze doeleinden verwerken. Een belangenafweging is daarbij niet aan de orde. Ik verzoek u daarom:

1. geen reclame meer naar mijn huisadres te sturen;
2. te stoppen met het opstellen van een klantprofiel op basis van mijn aankoopgeschiedenis;
3. mij schriftelijk te bevestigen dat u aan mijn bezwaar gevolg hebt gegeven.

Mijn klantenaccount en klantenkaart wil ik wel behouden voor mijn gewone bestellingen.

Ik woon in Nederland; ik wijs u er volledigheidshalve op dat ik, indien nodig, ook bij de Autoriteit Persoonsgegevens terechtkan.

Met vriendelijke groet,

Bart de Groot
Vondellaan 19
3521 GE Utrecht
Klantnummer: NL-44012""", "Bart de Groot"),
        ("withdraw_consent", (), "Intrekking van mijn toestemming - nieuwsbrief, sms en gepersonaliseerde aanbiedingen", """Geachte,

Bij het aanmaken van mijn klantenaccount heb ik toestemming gegeven voor het ontvangen van uw nieuwsbrief, van promoties per sms en van gepersonaliseerde aanbiedingen via de klantenkaart.

Met toepassing van artikel 7, lid 3 van de AVG trek ik deze toestemming hierbij in, met onmiddellijke ingang, voor:
[X] de e-mailnieuwsbrief (an.mertens@proximus.example)
[X] promoties per sms (0486 55 21 09)
[X] gepersonaliseerde aanbiedingen op basis van mijn klantenkaart (nr. 6002 3310 7765)

Mijn account zelf wens ik te behouden. Bevestigingen van bestellingen en leveringsberichten mag u mij uiteraard blijven sturen.

Ik verzoek u mij per kerende te bevestigen dat mijn voorkeuren werden aangepast.

Met vriendelijke groeten,

An Mertens
Klantnummer 5512-09934""", "An Mertens"),
        ("other", (), "Vraag om inlichtingen - dossier 2025/00418 - dhr. Pieter De Smet", """Geachte heer, mevrouw,

Als gerechtsdeurwaarder ben ik belast met de tenuitvoerlegging van een vonnis van het vredegerecht van het kanton Mechelen van 12 november 2024, uitgesproken ten laste van de heer Pieter De Smet, geboren op 4 juni 1986, laatst gekende woonplaats Bruul 54, 2800 Mechelen.

Betrokkene blijkt niet langer op dit adres te verblijven en is niet ingeschreven op een nieuw adres. Uit de stukken van het dossier blijkt dat hij recent bestellingen heeft geplaatst in uw webshop.

Met het oog op de uitvoering van voormeld vonnis verzoek ik u mij binnen vijftien dagen mee te delen:
1. het leveringsadres dat in uw klantenbestand voor betrokkene is geregistreerd;
2. het telefoonnummer en het e-mailadres waarover u beschikt;
3. of u betrokkene bedragen verschuldigd bent, zoals terugbetalingen of tegoedbonnen.

Een kopie van de uitvoerbare titel gaat als bijlage. Uw antwoord kan per e-mail of per post aan mijn kantoor worden bezorgd, met vermelding van het dossiernummer.

Met de meeste hoogachting,

Meester An Claes
Gerechtsdeurwaarder
Frederik de Merodestraat 15, 2800 Mechelen""", "Mr. An Claes, gerechtsdeurwaarder"),
    ],
    "fr": [
        ("access", (), "Demande d'accès à mes données personnelles (article 15 du RGPD)", """Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir me faire savoir si des données me concernant figurent dans vos fichiers et, dans l'affirmative, de m'en adresser une copie.

Je vous saurais gré de me communiquer également :
- les finalités du traitement ;
- les catégories de données concernées ;
- les destinataires ou catégories de destinataires auxquels ces données ont été ou seront communiquées, en particulier s'ils sont établis en dehors de l'Union européenne ;
- la durée de conservation envisagée ou, à défaut, les critères utilisés pour la déterminer ;
- l'origine des données lorsqu'elles n'ont pas été collectées auprès de moi ;
- l'existence d'une prise de décision automatisée, y compris un profilage, et des informations utiles sur la logique sous-jacente.

Afin de faciliter vos recherches, je vous précise que je suis cliente de votre boutique en ligne depuis 2020 (n° client 3318-0476, adresse électronique elodie.marchand@courriel.example) et titulaire de votre carte de fidélité.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Élodie Marchand
Rue des Tanneurs 48
1000 Bruxelles""", "Élodie Marchand"),
        ("deletion", ("objection",), "Demande d'effacement de mes données personnelles - article 17 du RGPD", """Lettre recommandée avec accusé de réception
Copie par courriel à privacy@shop.example.be

Madame, Monsieur,

Conformément à l'article 17 du règlement général sur la protection des données (RGPD), je vous demande d'effacer l'ensemble des données personnelles me concernant que vous détenez, et notamment celles liées à mon compte client n° 5560-2218, à ma carte de fidélité et à mon abonnement à votre lettre d'information.

Par ailleurs, je m'oppose, sur le fondement de l'article 21.2 du RGPD, à toute utilisation de mes données à des fins de prospection commerciale, y compris au profilage lié à cette prospection, pour le cas où certaines données seraient conservées.

Je vous demande également de notifier cet effacement à chacun des destinataires auxquels mes données ont été communiquées, conformément à l'article 19 du RGPD.

Si vous estimez devoir conserver certaines données en vertu d'une obligation légale, notamment comptable, je vous remercie de m'indiquer lesquelles, sur quel fondement et pour quelle durée.

Vous voudrez bien me confirmer l'effacement de mes données dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ce courrier (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Lambert
Avenue de la Libération 12
4000 Liège""", "Philippe Lambert"),
        ("complaint", ("correction",), "Mise en demeure - demande de rectification du 6 mars 2025 restée sans réponse", """Madame, Monsieur,

Par courriel du 6 mars 2025, je vous ai demandé, en application de l'article 16 du RGPD, de rectifier mon nom de famille (« Dubois-Renard » et non « Dubois Renard ») ainsi que mon adresse de livraison, devenue inexacte depuis mon déménagement. Ces erreurs ont déjà entraîné le retour à l'expéditeur de deux colis.

Cette demande est restée sans réponse à ce jour, malgré une relance téléphonique auprès de votre service clientèle le 14 avril 2025.

Or, l'article 12.3 du RGPD vous impose de répondre aux demandes des personnes concernées dans un délai d'un mois à compter de leur réception.

Par la présente, je vous mets en demeure :
1. de procéder à la rectification demandée dans un délai de quinze jours à compter de la réception du présent courrier ;
2. de m'en confirmer l'exécution par écrit.

À défaut, je saisirai l'Autorité de protection des données (rue de la Presse 35, 1000 Bruxelles) d'une plainte, sans préjudice de toute autre action que je me réserve d'engager.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Claire Dubois-Renard
Nouvelle adresse : Chaussée de Waterloo 1120, 1180 Uccle
N° client : 7710-3354""", "Claire Dubois-Renard"),
        ("correction", ("restriction",), "Demande de rectification et de limitation du traitement (articles 16 et 18.1.a du RGPD)", """Madame, Monsieur,

Lors de ma dernière commande (n° 2025-04-55812), le paiement différé m'a été refusé au motif que mon compte présenterait un « incident de paiement ». Après contact avec votre service clientèle, il apparaît que votre fichier client mentionne une facture impayée de 189,90 EUR relative à la commande n° 2024-11-30417.

Cette mention est inexacte : la facture en question a été réglée par virement le 2 décembre 2024, comme en atteste l'extrait bancaire joint.

En application de l'article 16 du RGPD, je vous demande de rectifier mes données en supprimant cette mention d'incident de paiement de mon dossier client.

En application de l'article 18.1.a du RGPD, je vous demande en outre de limiter le traitement de cette donnée pendant la durée nécessaire à la vérification de son exactitude. Durant cette période, elle ne doit être ni utilisée pour refuser mes commandes, ni communiquée à votre prestataire de paiement ou à une société de recouvrement.

Si cette information a été transmise à des tiers, je vous prie de leur notifier la rectification (article 19 du RGPD).

Je vous remercie de me confirmer par écrit les mesures prises, dans un délai d'un mois.

Veuillez agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Nadia Benali
Rue Saint-Gilles 19, 4000 Liège
N° client : 4402-7781""", "Nadia Benali"),
        ("portability", (), "Exercice du droit à la portabilité (article 20 du RGPD)", """Madame, Monsieur,

En application de l'article 20 du règlement général sur la protection des données, je souhaite exercer mon droit à la portabilité des données personnelles me concernant que je vous ai fournies dans le cadre de mon compte client (n° 9023-1145).

Je vous demande en conséquence de me transmettre, dans un format structuré, couramment utilisé et lisible par machine (CSV, JSON ou XML) :
1. les données de mon profil (identité, coordonnées, adresses de livraison) ;
2. l'historique complet de mes commandes, avec le détail des articles, des dates et des montants ;
3. les opérations enregistrées sur ma carte de fidélité.

Je souhaite en outre, conformément à l'article 20.2 du RGPD et lorsque cela est techniquement possible, que ces données soient transmises directement à la société MesGaranties SRL, qui gère pour mon compte mes factures et garanties (contact : dpo@mesgaranties.example).

Je vous rappelle que cette demande doit être traitée gratuitement et dans un délai d'un mois à compter de sa réception.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Julien Masson
Rue de Bruxelles 67
5000 Namur""", "Julien Masson"),
        ("objection", ("withdraw_consent",), "Opposition à la prospection commerciale et au profilage", """Madame, Monsieur,

Je reçois régulièrement de votre part des courriers publicitaires à mon domicile ainsi que des offres « personnalisées » qui résultent manifestement de l'analyse de mes achats.

En application de l'article 21.2 du règlement général sur la protection des données et de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, je m'oppose à l'utilisation de mes données personnelles à des fins de prospection commerciale, y compris au profilage lié à cette prospection. Je vous rappelle que ce droit d'opposition est absolu et n'a pas à être motivé.

Par ailleurs, je retire le consentement que j'avais donné lors de la création de mon compte à la réception de vos SMS promotionnels.

Je vous demande donc :
- de cesser tout envoi de publicité par courrier et par SMS ;
- de ne plus établir de profil commercial à partir de mon historique d'achats ;
- de ne pas transmettre mes coordonnées à vos partenaires commerciaux ;
- de me confirmer par écrit la prise en compte de ma demande.

Mon compte client (n° 6109-0038) doit en revanche être maintenu pour mes commandes.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sylvie Garnier
12, rue Nationale
59800 Lille
France""", "Sylvie Garnier"),
        ("withdraw_consent", (), "Retrait de mon consentement - lettre d'information et offres partenaires", """Madame, Monsieur,

Lors de mon inscription sur votre site, j'ai coché les cases permettant de recevoir votre lettre d'information et les offres de vos partenaires.

Conformément à l'article 7.3 du RGPD, je vous informe que je retire ce consentement, avec effet immédiat, pour :
[X] la lettre d'information envoyée à l'adresse marc.dupuis@boitemail.example ;
[X] les offres commerciales de vos partenaires ;
[ ] les notifications relatives à mes commandes (que je souhaite continuer à recevoir).

Le lien de désinscription figurant dans vos courriels renvoie vers une page d'erreur, raison pour laquelle je vous adresse cette demande par écrit. Je vous rappelle qu'il doit être aussi simple de retirer son consentement que de le donner.

Je vous saurais gré de bien vouloir me confirmer la prise en compte de ce retrait.

Recevez, Madame, Monsieur, mes salutations distinguées.

Marc Dupuis
N° client : 3387-5520""", "Marc Dupuis"),
        ("other", (), "Mise en demeure - défaut de conformité - commande n° 2024-118-3390", """Lettre recommandée

Madame, Monsieur,

Le 18 octobre 2024, j'ai acheté sur votre site un aspirateur robot de marque Cleanix, modèle R-700, pour un montant de 349,00 EUR (commande n° 2024-118-3390, facture jointe).

Depuis le 20 mai 2025, l'appareil ne se recharge plus et s'arrête au bout de quelques minutes. Il s'agit manifestement d'un défaut de conformité. Ma demande de réparation adressée à votre service clientèle le 22 mai 2025 est restée sans suite.

En vertu des articles 1649bis et suivants de l'ancien Code civil, qui instaurent une garantie légale de deux ans pour les biens de consommation, vous êtes tenu, en tant que vendeur, de remédier à ce défaut. Le défaut étant apparu moins d'un an après la livraison, il est présumé avoir existé au moment de celle-ci.

Par la présente, je vous mets en demeure de procéder, à votre choix, à la réparation ou au remplacement de l'appareil dans un délai de quinze jours à compter de la réception du présent courrier, sans frais pour moi. À défaut, je solliciterai la résolution de la vente et le remboursement intégral du prix, et je saisirai le Service de médiation pour le consommateur.

Je vous adresse ce courrier à cette adresse, la seule que j'ai trouvée sur votre site ; je vous remercie de le transmettre au service compétent.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Vincent Leroy
Rue du Château 5, 7000 Mons""", "Vincent Leroy"),
    ],
    "de": [
        ("access", ("portability",), "Anfrage nach Art. 15 DSGVO", """Sehr geehrte Damen und Herren,

hiermit verlange ich Auskunft gemäß Art. 15 DSGVO darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. Sollte dies der Fall sein, verlange ich Auskunft über diese personenbezogenen Daten sowie die folgenden Informationen:

1. die Verarbeitungszwecke;
2. die Kategorien personenbezogener Daten, die verarbeitet werden;
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden, insbesondere bei Empfängern in Drittländern oder bei internationalen Organisationen;
4. falls möglich die geplante Dauer, für die die personenbezogenen Daten gespeichert werden, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer;
5. das Bestehen eines Rechts auf Berichtigung oder Löschung der mich betreffenden personenbezogenen Daten oder auf Einschränkung der Verarbeitung durch den Verantwortlichen oder eines Widerspruchsrechts gegen diese Verarbeitung;
6. das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde;
7. wenn die personenbezogenen Daten nicht bei mir erhoben werden, alle verfügbaren Informationen über die Herkunft der Daten;
8. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 Abs. 1 und 4 DSGVO und aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen.

Ebenfalls verlange ich gemäß Art. 15 Abs. 3 DSGVO eine Kopie meiner Daten. Darüber hinaus bitte ich Sie, mir die Daten, die ich Ihnen bereitgestellt habe, gemäß Art. 20 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. JSON oder CSV) zur Verfügung zu stellen.

Die Informationen sind mir gemäß Art. 12 Abs. 3 DSGVO unverzüglich, in jedem Fall aber innerhalb eines Monats nach Eingang dieser Anfrage zur Verfügung zu stellen.

Zur Identifikation: Kundennummer 8801-4427, E-Mail-Adresse lukas.bergmann@postfach.example.

Mit freundlichen Grüßen

Lukas Bergmann
Goethestraße 21
52064 Aachen""", "Lukas Bergmann"),
        ("deletion", ("withdraw_consent", "objection"), "Antrag auf Löschung nach Art. 17 DSGVO", """Sehr geehrte Damen und Herren,

hiermit verlange ich die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten gemäß Art. 17 DSGVO.

Sofern ich Ihnen eine Einwilligung zur Verarbeitung meiner Daten erteilt habe, insbesondere für den Newsletter und für Werbung per SMS, widerrufe ich diese hiermit gemäß Art. 7 Abs. 3 DSGVO. Zudem widerspreche ich gemäß Art. 21 Abs. 2 DSGVO jeglicher Verarbeitung meiner Daten zum Zwecke der Direktwerbung, einschließlich des damit verbundenen Profilings.

Sollten Sie meine personenbezogenen Daten an Dritte weitergegeben haben, sind Sie gemäß Art. 19 DSGVO verpflichtet, diese über meine Löschaufforderung zu unterrichten. Ich bitte Sie, mir diese Empfänger zu nennen.

Sollten Sie aufgrund gesetzlicher Aufbewahrungspflichten an der vollständigen Löschung gehindert sein, teilen Sie mir bitte mit, welche Daten betroffen sind, auf welche Rechtsgrundlage Sie sich stützen und wann die Löschung erfolgen wird.

Bitte bestätigen Sie mir die Löschung unverzüglich, spätestens jedoch innerhalb eines Monats nach Eingang dieses Schreibens (Art. 12 Abs. 3 DSGVO), in Textform.

Meine Daten zur Identifikation:
Name: Sabine Krüger
Kundennummer: 3312-8870
E-Mail: s.krueger@netzpost.example
Bonuskarte: 6002 1100 4471

Mit freundlichen Grüßen

Sabine Krüger""", "Sabine Krüger"),
        ("complaint", ("access",), "Erinnerung: Meine Anfrage nach Art. 15 DSGVO vom 2. Januar 2025", """Sehr geehrte Damen und Herren,

am 2. Januar 2025 habe ich Ihnen eine Anfrage nach Art. 15 DSGVO geschickt, in der ich Auskunft über die von Ihnen zu meiner Person gespeicherten Daten sowie eine Kopie dieser Daten verlangt habe. Eine Kopie meiner Anfrage finden Sie unten.

Die gesetzliche Frist von einem Monat (Art. 12 Abs. 3 DSGVO) ist inzwischen abgelaufen, ohne dass ich eine Antwort oder eine Mitteilung über eine Fristverlängerung erhalten habe.

Ich setze Ihnen hiermit eine letzte Frist bis zum 28. Februar 2025. Sollte ich bis dahin keine vollständige Auskunft erhalten, werde ich Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einlegen. Gemäß Art. 77 Abs. 1 DSGVO kann ich mich dafür sowohl an die belgische Datenschutzbehörde (Gegevensbeschermingsautoriteit / Autorité de protection des données) als auch an die Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen an meinem Wohnort wenden.

Mit freundlichen Grüßen

Markus Vogel
Kundennummer 4410-9263
Rüttenscheider Straße 88, 45131 Essen

-------- Ursprüngliche Nachricht --------
Datum: 02.01.2025
Betreff: Anfrage nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,
hiermit verlange ich Auskunft gemäß Art. 15 DSGVO darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. ...""", "Markus Vogel"),
        ("correction", (), "Berichtigung meiner personenbezogenen Daten gemäß Art. 16 DSGVO", """Sehr geehrte Damen und Herren,

gemäß Art. 16 DSGVO habe ich das Recht, von Ihnen unverzüglich die Berichtigung mich betreffender unrichtiger personenbezogener Daten zu verlangen.

In meinem Kundenkonto (Kundennummer 2207-5519) sind folgende Angaben unrichtig:

1. Nachname: Nach meiner Eheschließung lautet mein Name nicht mehr „Albers“, sondern „Schulte“. Eine Kopie der Eheurkunde liegt bei.
2. Anschrift: Ich bin umgezogen. Die richtige Anschrift lautet: Am Stadtgarten 5, 48143 Münster.
3. Im Feld „Firma“ ist ein Unternehmen eingetragen, für das ich nie gearbeitet habe. Dieser Eintrag erscheint auf meinen Rechnungen und ist zu entfernen.

Bitte berichtigen Sie diese Daten in allen Systemen, also im Onlineshop, bei der Bonuskarte und in Ihrem Kundenmanagementsystem, und unterrichten Sie gemäß Art. 19 DSGVO alle Empfänger, denen Sie meine Daten offengelegt haben.

Ich bitte um schriftliche Bestätigung der Berichtigung innerhalb eines Monats.

Mit freundlichen Grüßen

Katharina Schulte (geb. Albers)""", "Katharina Schulte"),
        ("portability", (), "Datenübertragbarkeit nach Art. 20 DSGVO - Bonuskarte und Bestellhistorie", """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Datenübertragbarkeit gemäß Art. 20 DSGVO geltend.

Ich bitte Sie, mir sämtliche personenbezogenen Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln. Dies umfasst insbesondere:

- meine Stammdaten und Lieferadressen;
- meine vollständige Bestellhistorie seit 2017 mit Artikeln, Preisen und Bestelldatum;
- alle über meine Bonuskarte (Nr. 6002 1100 8832) erfassten Einkäufe und Punktebuchungen;
- meine gespeicherten Merklisten.

Als Format bitte ich um JSON oder CSV. Ein PDF-Dokument genügt den Anforderungen des Art. 20 Abs. 1 DSGVO nicht.

Bitte stellen Sie mir die Daten über einen verschlüsselten Download-Link an die in meinem Kundenkonto hinterlegte E-Mail-Adresse (j.hoffmann@mailfach.example) zur Verfügung. Die Bereitstellung hat unentgeltlich und innerhalb eines Monats zu erfolgen (Art. 12 Abs. 3 und 5 DSGVO).

Mit freundlichen Grüßen

Jan Hoffmann
Kundennummer 1029-6634""", "Jan Hoffmann"),
        ("restriction", (), "Einschränkung der Verarbeitung gemäß Art. 18 Abs. 1 lit. c DSGVO", """Sehr geehrte Damen und Herren,

mit E-Mail vom 3. März 2025 haben Sie mir mitgeteilt, dass mein seit zwei Jahren nicht genutztes Kundenkonto (Kundennummer 6650-1184) einschließlich der Bestellhistorie zum 31. März 2025 gelöscht wird.

In meine Wohnung wurde im Januar eingebrochen. Für die Regulierung des Schadens verlangt meine Hausratversicherung Nachweise über den Erwerb mehrerer bei Ihnen gekaufter Geräte (unter anderem Bestellungen Nr. 2021-77120 und 2022-10458). Da die Versicherung die Zahlung bislang verweigert, werde ich meine Ansprüche voraussichtlich gerichtlich geltend machen müssen.

Ich widerspreche daher der Löschung und verlange gemäß Art. 18 Abs. 1 lit. c DSGVO die Einschränkung der Verarbeitung meiner Bestell- und Rechnungsdaten. Sie benötigen diese Daten zwar für Ihre Zwecke nicht länger, ich benötige sie jedoch zur Geltendmachung von Rechtsansprüchen. Die Daten sollen bis zum Abschluss des Verfahrens, längstens bis zum 31. Dezember 2026, lediglich gespeichert und nicht anderweitig verwendet werden. Kopien der Rechnungen liegen mir bereits vor.

Bitte bestätigen Sie mir schriftlich, dass die Löschung ausgesetzt und die Verarbeitung eingeschränkt wurde, und unterrichten Sie mich gemäß Art. 18 Abs. 3 DSGVO, bevor die Einschränkung aufgehoben wird.

Mit freundlichen Grüßen

Thomas Weber
Lindenallee 14
50968 Köln""", "Thomas Weber"),
        ("withdraw_consent", (), "Widerruf meiner Einwilligung - Newsletter und SMS-Werbung", """Sehr geehrte Damen und Herren,

hiermit widerrufe ich gemäß Art. 7 Abs. 3 DSGVO mit sofortiger Wirkung meine Einwilligung in

- den Empfang Ihres E-Mail-Newsletters an die Adresse claudia.neumann@webpost.example sowie
- die Zusendung von Werbung per SMS an die Rufnummer +49 151 5550 2231.

Ich weise darauf hin, dass die Zusendung von Werbung per E-Mail oder SMS ohne Einwilligung eine unzumutbare Belästigung im Sinne von § 7 Abs. 2 UWG darstellen kann.

Mein Kundenkonto (Kundennummer 7781-0026) möchte ich behalten; transaktionsbezogene Nachrichten wie Bestell- und Versandbestätigungen sind von diesem Widerruf nicht betroffen.

Bitte bestätigen Sie mir den Eingang dieses Widerrufs und die Umsetzung kurz schriftlich.

Mit freundlichen Grüßen

Claudia Neumann""", "Claudia Neumann"),
        ("other", (), "Auftragsverarbeitungsvertrag gemäß Art. 28 DSGVO - Bitte um Gegenzeichnung bis 30.06.2025", """Sehr geehrte Damen und Herren,

als Ihr Dienstleister für den Versand von E-Mail-Kampagnen verarbeiten wir in Ihrem Auftrag personenbezogene Daten Ihrer Newsletter-Abonnenten. Gemäß Art. 28 Abs. 3 DSGVO ist hierfür ein Vertrag zur Auftragsverarbeitung erforderlich.

Aufgrund der Aufnahme eines neuen Unterauftragsverarbeiters (Rechenzentrumsbetreiber in Frankfurt am Main) und der Aktualisierung unserer technischen und organisatorischen Maßnahmen haben wir unseren Auftragsverarbeitungsvertrag überarbeitet. Im Anhang erhalten Sie:

1. den Auftragsverarbeitungsvertrag in der Fassung vom 1. Mai 2025;
2. Anlage 1: Beschreibung der technischen und organisatorischen Maßnahmen (TOM);
3. Anlage 2: Liste der genehmigten Unterauftragsverarbeiter.

Wir bitten Sie, den Vertrag zu prüfen und bis spätestens 30. Juni 2025 gegengezeichnet an uns zurückzusenden. Einwände gegen den neuen Unterauftragsverarbeiter können Sie gemäß § 6 des Vertrags innerhalb von 30 Tagen erheben.

Da uns keine andere Kontaktadresse für Datenschutzangelegenheiten vorliegt, senden wir dieses Schreiben an Ihr Datenschutzpostfach. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Dr. Stefan Lorenz
Datenschutzbeauftragter
MailWerk GmbH
Hafenstraße 9, 20359 Hamburg""", "Dr. Stefan Lorenz (MailWerk GmbH)"),
    ],
    "es": [
        ("access", (), "Ejercicio del derecho de acceso", """EJERCICIO DEL DERECHO DE ACCESO

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: tienda online shop.example.be
Dirección ante la que se ejercita el derecho de acceso: privacy@shop.example.be

DATOS DEL INTERESADO
Dña. María del Carmen Ruiz Ortega, mayor de edad, con domicilio en la C/ Alcalá n.º 214, 3.º B, localidad Madrid, provincia Madrid, C.P. 28028, con D.N.I. 50.123.456-X, del que acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos (RGPD), y en el artículo 13 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD), y en consecuencia,

SOLICITA

Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se le remita por correo electrónico (mcruiz@correo.example) la siguiente información:

- Copia de sus datos personales que son objeto de tratamiento por ese responsable.
- Los fines del tratamiento, así como las categorías de datos personales que se traten.
- Los destinatarios o categorías de destinatarios a los que se han comunicado o serán comunicados sus datos personales, incluyendo, en su caso, destinatarios en terceros países u organizaciones internacionales.
- El plazo previsto de conservación o, de no ser posible, los criterios para determinar este plazo.
- La existencia del derecho a solicitar la rectificación o supresión de sus datos personales, la limitación de su tratamiento, o a oponerse a dicho tratamiento.
- El derecho a presentar una reclamación ante una autoridad de control.
- Si los datos no se han obtenido directamente de la interesada, la información disponible sobre su origen.
- La existencia de decisiones automatizadas, incluida la elaboración de perfiles, e información significativa sobre la lógica aplicada.

Número de cliente: ES-20871.

En Madrid, a 12 de mayo de 2025.

Fdo.: María del Carmen Ruiz Ortega""", "María del Carmen Ruiz Ortega"),
        ("deletion", (), "Ejercicio del derecho de supresión", """EJERCICIO DEL DERECHO DE SUPRESIÓN

DATOS DEL RESPONSABLE DEL TRATAMIENTO
shop.example.be - Delegado de Protección de Datos (privacy@shop.example.be)

DATOS DEL INTERESADO
D. Javier Moreno Castillo, mayor de edad, con domicilio en Avda. del Puerto 45, 4.º 2.ª, 46023 Valencia, con D.N.I. 24.876.531-M, del que acompaña copia, por medio del presente escrito ejerce el derecho de supresión, de conformidad con lo previsto en el artículo 17 del RGPD y en el artículo 15 de la LOPDGDD, y en consecuencia,

EXPONE

Que fue cliente de su tienda online entre 2019 y 2022 (n.º de cliente 6620-1187) y que, habiendo dado de baja su interés en la relación comercial, sus datos personales han dejado de ser necesarios en relación con los fines para los que fueron recogidos.

SOLICITA

1. Que se proceda a acordar la supresión de sus datos personales en el plazo de un mes a contar desde la recepción de esta solicitud, y que se le notifique por escrito el resultado de la supresión practicada.
2. Que, en caso de que se acuerde que no procede practicar total o parcialmente la supresión solicitada, se le comunique motivadamente, a fin de, en su caso, reclamar ante la autoridad de control que corresponda.
3. Que, en caso de que sus datos personales hayan sido comunicados por ese responsable a otros responsables del tratamiento, se comunique esta supresión conforme al artículo 19 del RGPD.

En Valencia, a 3 de febrero de 2025.

Fdo.: Javier Moreno Castillo""", "Javier Moreno Castillo"),
        ("complaint", ("objection",), "Requerimiento previo - falta de respuesta al ejercicio del derecho de oposición de 4 de febrero de 2025", """Muy señores míos:

Con fecha 4 de febrero de 2025 ejercí ante ustedes, a través de esta misma dirección de correo electrónico, el derecho de oposición al tratamiento de mis datos personales con fines de mercadotecnia directa, al amparo del artículo 21.2 del RGPD y del artículo 18 de la LOPDGDD.

Ha transcurrido con creces el plazo de un mes previsto en el artículo 12.3 del RGPD sin que haya recibido respuesta alguna. Es más, siguen llegando a mi teléfono móvil (+34 612 555 087) mensajes SMS publicitarios de su tienda, el último de ellos el pasado 28 de marzo.

Por medio del presente les requiero para que, en el plazo improrrogable de diez días hábiles desde su recepción:

1. Atiendan mi solicitud de oposición y cesen en cualquier envío de comunicaciones comerciales a mi nombre.
2. Me confirmen por escrito haber dado cumplimiento a lo anterior.

En caso contrario, presentaré sin más aviso la correspondiente reclamación ante la Agencia Española de Protección de Datos, que la trasladará a la autoridad de control belga competente conforme al procedimiento de ventanilla única, sin perjuicio de las demás acciones que me correspondan.

Atentamente,

Lucía Fernández Gil
N.º de cliente: 3105-4478
C/ Mayor 18, 2.º izda., 50001 Zaragoza""", "Lucía Fernández Gil"),
        ("correction", ("restriction",), "Ejercicio del derecho de rectificación", """EJERCICIO DEL DERECHO DE RECTIFICACIÓN

DATOS DEL RESPONSABLE DEL TRATAMIENTO
shop.example.be (privacy@shop.example.be)

DATOS DEL INTERESADO
D. Andrés Navarro Prieto, mayor de edad, con domicilio en C/ Sierpes 33, 41004 Sevilla, con D.N.I. 28.765.109-L, del que acompaña copia, por medio del presente escrito ejerce el derecho de rectificación sobre los datos anexos, aportando los correspondientes justificantes, de conformidad con lo previsto en el artículo 16 del RGPD y en el artículo 14 de la LOPDGDD, y en consecuencia,

SOLICITA

1. Que se proceda a acordar la rectificación de los datos personales sobre los cuales se ejercita el derecho, en el plazo de un mes a contar desde la recepción de esta solicitud, y que se le notifique por escrito el resultado de la rectificación practicada.
2. Que, en caso de que se acuerde que no procede practicar total o parcialmente la rectificación, se le comunique motivadamente.
3. Que, al amparo del artículo 18.1.a) del RGPD, se limite el tratamiento de los datos impugnados durante el plazo que permita al responsable verificar su exactitud.
4. Que, si los datos han sido comunicados a terceros, se les notifique la rectificación.

ANEXO - DATOS QUE DEBEN RECTIFICARSE
- Primer apellido: figura "Nabarro"; debe figurar "Navarro".
- NIF que consta en las facturas: figura 28.765.190-L; el correcto es 28.765.109-L (se adjunta copia del D.N.I.).
- Dirección de facturación: figura C/ Feria 12; la correcta es C/ Sierpes 33, 41004 Sevilla (se adjunta certificado de empadronamiento).

En Sevilla, a 20 de enero de 2025.

Fdo.: Andrés Navarro Prieto""", "Andrés Navarro Prieto"),
        ("portability", (), "Ejercicio del derecho a la portabilidad de los datos", """EJERCICIO DEL DERECHO A LA PORTABILIDAD

DATOS DEL RESPONSABLE DEL TRATAMIENTO
shop.example.be (privacy@shop.example.be)

DATOS DEL INTERESADO
Dña. Elena Sánchez Romero, mayor de edad, con domicilio en Rambla de Catalunya 90, 08008 Barcelona, con D.N.I. 46.321.870-Q, por medio del presente escrito ejerce el derecho a la portabilidad, de conformidad con lo previsto en el artículo 20 del RGPD y en el artículo 17 de la LOPDGDD, y en consecuencia,

SOLICITA

Que se le faciliten, en el plazo de un mes a contar desde la recepción de esta solicitud, los datos personales que le incumban y que haya facilitado a ese responsable, en un formato estructurado, de uso común y de lectura mecánica (preferentemente CSV o JSON), y en particular:

a) los datos de su cuenta de cliente (n.º 7740-2291) y direcciones de entrega;
b) el historial completo de pedidos;
c) el historial de puntos de su tarjeta de fidelización.

Los datos deberán remitirse a la dirección de correo electrónico elena.sanchez@buzon.example, que es la registrada en la cuenta.

En Barcelona, a 7 de abril de 2025.

Fdo.: Elena Sánchez Romero""", "Elena Sánchez Romero"),
        ("restriction", (), "Ejercicio del derecho a la limitación del tratamiento", """EJERCICIO DEL DERECHO A LA LIMITACIÓN DEL TRATAMIENTO

DATOS DEL RESPONSABLE DEL TRATAMIENTO
shop.example.be (privacy@shop.example.be)

DATOS DEL INTERESADO
D. Pablo Jiménez Herrera, mayor de edad, con domicilio en C/ Uría 27, 33003 Oviedo, con D.N.I. 10.987.654-R, por medio del presente escrito ejerce el derecho a la limitación del tratamiento, de conformidad con lo previsto en el artículo 18 del RGPD y en el artículo 16 de la LOPDGDD, y en consecuencia,

EXPONE

Que, con ocasión de la devolución de un pedido (n.º 2024-66120), su servicio de atención al cliente le exigió remitir una copia completa de su D.N.I. por ambas caras, lo que a su juicio es contrario al principio de minimización de datos (artículo 5.1.c) del RGPD), por lo que considera que el tratamiento de dicha copia es ilícito.

Que no desea, sin embargo, que la copia sea suprimida, ya que la necesita conservar como prueba de lo ocurrido.

SOLICITA

Que, conforme al artículo 18.1.b) del RGPD, se limite el tratamiento de la copia de su D.N.I. y de los datos extraídos de ella, de modo que únicamente se conserven y no sean objeto de ninguna otra operación de tratamiento sin su consentimiento, y que se le informe antes del levantamiento de dicha limitación.

En Oviedo, a 15 de marzo de 2025.

Fdo.: Pablo Jiménez Herrera""", "Pablo Jiménez Herrera"),
        ("objection", (), "Ejercicio del derecho de oposición", """EJERCICIO DEL DERECHO DE OPOSICIÓN

DATOS DEL RESPONSABLE DEL TRATAMIENTO
shop.example.be (privacy@shop.example.be)

DATOS DEL INTERESADO
Dña. Carmen López Vidal, mayor de edad, con domicilio en C/ Larios 6, 29005 Málaga, con D.N.I. 74.852.963-K, por medio del presente escrito ejerce el derecho de oposición, de conformidad con lo previsto en el artículo 21 del RGPD y en el artículo 18 de la LOPDGDD, y en consecuencia,

EXPONE

Que viene recibiendo en su domicilio catálogos y cartas comerciales de su empresa, así como correos electrónicos con ofertas "pensadas para usted" elaboradas a partir de su historial de compras.

Que su tarjeta de fidelización es la n.º 6002 4480 1123.

SOLICITA

Que sea atendido su ejercicio del derecho de oposición al tratamiento de sus datos con fines de mercadotecnia directa, incluida la elaboración de perfiles relacionada con dicha mercadotecnia, en el plazo de un mes a contar desde la recepción de esta solicitud, y que se le notifique por escrito el resultado.

Asimismo, pone en su conocimiento que sus datos figuran inscritos en la Lista Robinson.

En Málaga, a 9 de junio de 2025.

Fdo.: Carmen López Vidal""", "Carmen López Vidal"),
        ("other", (), "Candidatura - Responsable de Atención al Cliente para el mercado español (ref. CS-ES-2025)", """Estimados señores:

Me dirijo a ustedes con motivo de la oferta de empleo publicada en su página web para el puesto de Responsable de Atención al Cliente para el mercado español (ref. CS-ES-2025).

Soy licenciada en Administración y Dirección de Empresas por la Universidad de Granada y cuento con seis años de experiencia en atención al cliente en comercio electrónico, los tres últimos coordinando un equipo de ocho personas. Hablo español (lengua materna), inglés (C1) y francés (B2), y resido en Bruselas desde 2021.

Adjunto mi currículum vítae y dos cartas de recomendación. Quedo a su disposición para mantener una entrevista en la fecha que les resulte más conveniente.

Les envío mi candidatura a esta dirección porque no he encontrado otra en su web; les ruego que la reenvíen al departamento de Recursos Humanos.

Cláusula de consentimiento: de conformidad con el Reglamento (UE) 2016/679 y la Ley Orgánica 3/2018, autorizo expresamente el tratamiento de los datos personales contenidos en mi currículum con la única finalidad de participar en este y en futuros procesos de selección de su empresa, durante un plazo máximo de doce meses.

Atentamente,

Inés Castro Molina
Rue Belliard 140, 1040 Bruxelles
+32 478 55 90 12""", "Inés Castro Molina"),
    ],
    "it": [
        ("access", (), "Esercizio di diritti in materia di protezione dei dati personali", """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Al titolare del trattamento: shop.example.be - privacy@shop.example.be

La sottoscritta Giulia Romano, nata a Bologna il 14/06/1985, esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15 del Regolamento (UE) 2016/679)
La sottoscritta (barrare solo le caselle che interessano):
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che la riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare:
  [X] le finalità del trattamento;
  [X] le categorie di dati personali trattate;
  [X] i destinatari o le categorie di destinatari a cui i dati sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
  [X] il periodo di conservazione dei dati o i criteri utilizzati per determinare tale periodo;
  [X] l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
  [X] l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e le informazioni significative sulla logica utilizzata.

La presente richiesta riguarda: i dati relativi al mio account cliente (n. IT-58820), alla carta fedeltà n. 6002 5510 0387 e alle comunicazioni promozionali ricevute.

Recapito per la risposta:
[X] Indirizzo di posta elettronica: giulia.romano@posta.example
[ ] Indirizzo postale

Estremi di un documento di riconoscimento: carta d'identità n. CA12345XY rilasciata dal Comune di Bologna (copia allegata).

Bologna, 3 marzo 2025

Giulia Romano""", "Giulia Romano"),
        ("deletion", ("objection",), "Esercizio di diritti - cancellazione dei dati e opposizione al marketing", """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Il sottoscritto Francesco Esposito, nato a Napoli il 22/09/1978, esercita con la presente richiesta i seguenti diritti:

2. Richiesta di intervento sui dati (artt. 16-18 del Regolamento (UE) 2016/679)
Il sottoscritto chiede di effettuare le seguenti operazioni:
[ ] rettificazione e/o aggiornamento dei dati (art. 16);
[X] cancellazione dei dati (art. 17, paragrafo 1), per i seguenti motivi:
  [X] a) i dati non sono più necessari rispetto alle finalità per le quali sono stati raccolti;
  [ ] b) revoca del consenso;
  [X] c) opposizione al trattamento;
  [ ] d) trattamento illecito;
[ ] limitazione del trattamento (art. 18).

Il sottoscritto chiede inoltre di essere informato, ai sensi dell'art. 19, dei destinatari cui siano state comunicate le operazioni di cancellazione.

3. Opposizione al trattamento per fini di marketing diretto (art. 21, paragrafo 2, del Regolamento (UE) 2016/679)
[X] Il sottoscritto si oppone al trattamento dei propri dati personali ai fini di invio di materiale pubblicitario o di vendita diretta o per il compimento di ricerche di mercato o di comunicazione commerciale, inclusa la profilazione connessa.

La presente richiesta riguarda: account cliente n. 4471-0926, e-mail f.esposito@mailbox.example, numero di cellulare +39 333 555 1820.

Recapito per la risposta: [X] posta elettronica: f.esposito@mailbox.example

Estremi del documento di riconoscimento: patente di guida n. NA5501234K (copia allegata).

Napoli, 18 febbraio 2025

Francesco Esposito""", "Francesco Esposito"),
        ("complaint", ("deletion",), "Sollecito e diffida - istanza di cancellazione del 10 gennaio 2025 rimasta priva di riscontro", """Spett.le shop.example.be
alla c.a. del Responsabile della protezione dei dati

Oggetto: Sollecito e diffida ad adempiere - istanza ex art. 17 del Regolamento (UE) 2016/679 del 10 gennaio 2025

Con istanza trasmessa a mezzo e-mail in data 10 gennaio 2025 la sottoscritta ha chiesto la cancellazione di tutti i dati personali che la riguardano, ai sensi dell'art. 17 del Regolamento (UE) 2016/679, con riferimento all'account cliente n. 8830-1156.

Ad oggi, decorso ampiamente il termine di un mese previsto dall'art. 12, paragrafo 3, del Regolamento, nessun riscontro è pervenuto, né mi è stata comunicata alcuna proroga. Continuo peraltro a ricevere la Vostra newsletter.

Con la presente Vi diffido formalmente a dare integrale riscontro alla suddetta istanza entro e non oltre 15 (quindici) giorni dal ricevimento della presente, con avvertenza che, in difetto, proporrò reclamo al Garante per la protezione dei dati personali ai sensi dell'art. 77 del Regolamento e dell'art. 141 del Codice in materia di protezione dei dati personali (d.lgs. 196/2003), che provvederà a trasmetterlo all'autorità di controllo belga, fatta salva ogni ulteriore azione a tutela dei miei diritti, compresa la richiesta di risarcimento del danno ex art. 82 del Regolamento.

Distinti saluti.

Roberta Marchetti
Via Garibaldi 41, 10122 Torino

Allegato: copia dell'istanza del 10 gennaio 2025""", "Roberta Marchetti"),
        ("correction", (), "Richiesta di rettifica dei dati personali ai sensi dell'art. 16 del Regolamento (UE) 2016/679", """Spett.le Titolare del trattamento,

il sottoscritto Alessandro Ferri, cliente del Vostro negozio online con account n. 2290-7714, con la presente esercita il diritto di rettifica di cui all'art. 16 del Regolamento (UE) 2016/679.

Nelle fatture emesse a mio nome a partire da novembre 2024 risultano i seguenti dati inesatti:

1. codice fiscale: è riportato FRRLSN80A01H501Z anziché quello corretto FRRLSN80A01H501X;
2. indirizzo di fatturazione: è riportato "Via Nazionale 10", mentre il mio indirizzo è Via Nazionale 110, 00184 Roma.

Vi chiedo pertanto di rettificare senza ingiustificato ritardo i dati sopra indicati nel mio profilo cliente e nella Vostra anagrafica, di emettere nuovamente le fatture n. 2024/11/4410 e n. 2025/01/0523 con i dati corretti e di comunicare la rettifica agli eventuali destinatari ai quali i dati siano stati trasmessi (art. 19 del Regolamento).

Allego copia della tessera sanitaria a comprova del codice fiscale.

Resto in attesa di un cortese riscontro entro il termine di un mese previsto dall'art. 12 del Regolamento.

Distinti saluti,

Alessandro Ferri""", "Alessandro Ferri"),
        ("portability", (), "Esercizio del diritto alla portabilità dei dati (art. 20 del Regolamento (UE) 2016/679)", """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

La sottoscritta Chiara Colombo, nata a Milano il 02/02/1990, esercita con la presente richiesta il seguente diritto:

3. Portabilità dei dati (art. 20 del Regolamento (UE) 2016/679)
Con riferimento ai dati personali forniti al titolare, la sottoscritta chiede di:
[X] ricevere tali dati in un formato strutturato, di uso comune e leggibile da dispositivo automatico;
[ ] trasmettere direttamente al seguente diverso titolare del trattamento: ____________
  [X] tutti i dati personali forniti al titolare;
  [ ] un sottoinsieme di tali dati.

La presente richiesta riguarda: account cliente n. 6618-3002 (dati anagrafici, indirizzi di consegna, storico completo degli ordini, movimenti della carta fedeltà n. 6002 5510 9914).

Formato preferito: CSV o JSON.

Recapito per la risposta:
[X] Indirizzo di posta elettronica: chiara.colombo@email.example

Estremi del documento di riconoscimento: carta d'identità elettronica n. CA98765ZZ.

Milano, 5 maggio 2025

Chiara Colombo""", "Chiara Colombo"),
        ("restriction", ("correction",), "Richiesta di limitazione del trattamento (art. 18, par. 1, lett. a), del Regolamento (UE) 2016/679)", """Spett.le shop.example.be,

il sottoscritto Matteo Gallo, titolare dell'account cliente n. 5501-8820, ha appreso dal Vostro servizio clienti che il proprio profilo è stato contrassegnato come "reso sospetto" e che, per tale motivo, la funzione di reso online è stata bloccata.

Secondo quanto riferitomi, il Vostro sistema registra due richieste di rimborso per lo stesso ordine (n. 2025-02-7713). Tale dato è inesatto: la seconda richiesta riguardava un ordine diverso (n. 2025-02-7731), come risulta dalle ricevute di spedizione che allego.

Contesto pertanto l'esattezza dei dati e chiedo, ai sensi dell'art. 18, paragrafo 1, lettera a), del Regolamento, la limitazione del trattamento di tale contrassegno per il periodo necessario a verificarne l'esattezza: nel frattempo esso non dovrà essere utilizzato per limitare i miei ordini o i miei resi, né comunicato a terzi.

Una volta effettuata la verifica, chiedo che il dato errato sia rettificato ai sensi dell'art. 16 del Regolamento e che il contrassegno venga rimosso.

Vi prego di informarmi per iscritto dell'esito e, in ogni caso, prima della revoca della limitazione (art. 18, par. 3).

Distinti saluti,

Matteo Gallo
Via Roma 8, 37121 Verona""", "Matteo Gallo"),
        ("objection", (), "Opposizione al trattamento per finalità di marketing e profilazione - art. 21 GDPR e art. 130 Codice privacy", """Spett.le Titolare del trattamento,

la sottoscritta Valentina Greco, cliente con account n. 3307-6641, negli ultimi mesi ha ricevuto telefonate promozionali sul proprio numero fisso (+39 06 5550 4412) da parte di operatori che si presentavano per conto del Vostro negozio online, oltre a cataloghi cartacei all'indirizzo di residenza.

Con la presente, ai sensi dell'art. 21, paragrafi 2 e 3, del Regolamento (UE) 2016/679 e dell'art. 130 del d.lgs. 196/2003 (Codice in materia di protezione dei dati personali), mi oppongo al trattamento dei miei dati personali per finalità di marketing diretto, con qualsiasi mezzo (telefono, posta cartacea, e-mail, SMS), nonché alla profilazione connessa a tali finalità.

Vi chiedo pertanto:
a) di cessare immediatamente ogni contatto promozionale;
b) di comunicare l'opposizione alle società di telemarketing eventualmente incaricate;
c) di confermarmi per iscritto l'avvenuta presa in carico della presente entro un mese.

Desidero invece mantenere attivo il mio account per effettuare acquisti.

Distinti saluti,

Valentina Greco
Viale Marconi 204, 00146 Roma""", "Valentina Greco"),
        ("withdraw_consent", (), "Revoca del consenso al trattamento dei dati per finalità di marketing", """Spett.le shop.example.be,

il sottoscritto Davide Rinaldi, titolare dell'account cliente n. 1198-4053, con la presente revoca, ai sensi dell'art. 7, paragrafo 3, del Regolamento (UE) 2016/679, i consensi prestati al momento della registrazione, e precisamente:

[X] consenso all'invio della newsletter e di comunicazioni commerciali via e-mail (d.rinaldi@posta.example);
[X] consenso all'invio di offerte via SMS e WhatsApp (+39 347 555 2096);
[X] consenso alla profilazione per l'invio di offerte personalizzate sulla base degli acquisti effettuati con la carta fedeltà.

La revoca ha effetto immediato e non pregiudica la liceità del trattamento basato sul consenso prima della revoca. Resta inteso che continuerò a ricevere le comunicazioni strettamente necessarie all'esecuzione dei miei ordini.

Vi prego di confermarmi l'aggiornamento delle mie preferenze.

Distinti saluti,

Davide Rinaldi
Firenze, 11 aprile 2025""", "Davide Rinaldi"),
    ],
    "pt": [
        ("access", (), "Pedido de acesso aos dados pessoais - artigo 15.º do RGPD", """Exmos. Senhores,

Eu, Ana Sofia Ferreira Martins, portadora do Cartão de Cidadão n.º 12345678 9ZX1, residente na Rua de Santa Catarina, n.º 210, 4000-447 Porto, venho, ao abrigo do artigo 15.º do Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados - RGPD) e da Lei n.º 58/2019, de 8 de agosto, exercer o meu direito de acesso aos dados pessoais que me dizem respeito.

Solicito, assim, que me confirmem se tratam ou não dados pessoais que me digam respeito e, em caso afirmativo, que me facultem uma cópia dos mesmos, bem como as seguintes informações:

a) as finalidades do tratamento;
b) as categorias dos dados pessoais em questão;
c) os destinatários ou categorias de destinatários a quem os dados foram ou serão divulgados, nomeadamente destinatários estabelecidos em países terceiros;
d) o prazo previsto de conservação dos dados ou, se tal não for possível, os critérios usados para fixar esse prazo;
e) a origem dos dados, caso não tenham sido recolhidos junto de mim;
f) a existência de decisões automatizadas, incluindo a definição de perfis, e informações úteis relativas à lógica subjacente.

Para facilitar a identificação: conta de cliente n.º PT-30917, e-mail anasofia.martins@correio.example.

Agradeço que a resposta me seja enviada por via eletrónica, no prazo de um mês a contar da receção deste pedido, nos termos do artigo 12.º, n.º 3, do RGPD.

Com os melhores cumprimentos,

Ana Sofia Ferreira Martins
Porto, 14 de março de 2025""", "Ana Sofia Ferreira Martins"),
        ("deletion", ("withdraw_consent",), "Exercício do direito ao apagamento dos dados («direito a ser esquecido»)", """Exmos. Senhores,

Na qualidade de titular dos dados, e ao abrigo do artigo 17.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar o apagamento, sem demora injustificada, de todos os dados pessoais que me dizem respeito e que se encontrem na vossa posse, designadamente os associados à conta de cliente n.º 4420-1985 e ao cartão de fidelização n.º 6002 6610 3321.

Fundamento o meu pedido no facto de os dados deixarem de ser necessários para a finalidade que motivou a sua recolha, uma vez que não pretendo voltar a efetuar compras na vossa loja online.

Retiro igualmente, nos termos do artigo 7.º, n.º 3, do RGPD, o consentimento que prestei para o envio de newsletters e de mensagens promocionais por SMS.

Solicito ainda que comuniquem o apagamento a cada destinatário a quem os meus dados tenham sido transmitidos, conforme previsto no artigo 19.º do RGPD.

Caso considerem estar legalmente obrigados a conservar alguns dados (por exemplo, faturas para efeitos fiscais), agradeço que me indiquem quais, com que fundamento e por quanto tempo.

Aguardo confirmação escrita do apagamento no prazo de um mês.

Com os melhores cumprimentos,

Rui Pedro Almeida
Avenida da República, 88, 3.º Esq.
1050-196 Lisboa""", "Rui Pedro Almeida"),
        ("complaint", ("portability",), "Interpelação - pedido de portabilidade de 20 de janeiro de 2025 sem resposta", """Exmos. Senhores,

Em 20 de janeiro de 2025 enviei para este endereço de correio eletrónico um pedido de portabilidade dos meus dados pessoais, ao abrigo do artigo 20.º do RGPD, solicitando a entrega, em formato estruturado, de uso corrente e de leitura automática, dos dados que vos forneci (conta de cliente n.º 5530-2047).

Até à presente data não obtive qualquer resposta, nem me foi comunicada qualquer prorrogação do prazo, apesar de o artigo 12.º, n.º 3, do RGPD fixar o prazo de um mês para o efeito.

Pela presente, interpelo V. Exas. para, no prazo de 10 (dez) dias úteis a contar da receção desta comunicação, darem integral cumprimento ao meu pedido.

Findo esse prazo sem resposta, apresentarei reclamação junto da Comissão Nacional de Proteção de Dados (CNPD), nos termos do artigo 77.º do RGPD e da Lei n.º 58/2019, a qual a remeterá à autoridade de controlo belga competente, sem prejuízo de outros meios de tutela dos meus direitos.

Com os melhores cumprimentos,

Marta Carvalho Sousa
Rua do Sol, 14
3000-390 Coimbra""", "Marta Carvalho Sousa"),
        ("portability", (), "Pedido de portabilidade dos dados com transmissão direta a outro responsável", """Exmos. Senhores,

Ao abrigo do artigo 20.º do Regulamento (UE) 2016/679, venho exercer o meu direito de portabilidade relativamente aos dados pessoais que vos forneci enquanto cliente da vossa loja online (conta n.º 7712-4480).

Solicito que os dados abaixo indicados sejam transmitidos diretamente, nos termos do n.º 2 do mesmo artigo, à empresa Carteira+ Soluções Digitais, Lda., com sede na Rua Augusta, 100, 1100-053 Lisboa (endereço de contacto: dados@carteiramais.example), onde centralizo as minhas faturas e garantias:

1. histórico completo de encomendas, incluindo artigos, datas e valores;
2. faturas emitidas em meu nome;
3. movimentos e saldo do cartão de fidelização n.º 6002 6610 8870.

Caso a transmissão direta não seja tecnicamente possível, peço que os dados me sejam enviados a mim, em formato CSV ou JSON, para o endereço tiago.nunes@correio.example.

Agradeço resposta no prazo de um mês.

Com os melhores cumprimentos,

Tiago Nunes
Braga, 2 de junho de 2025""", "Tiago Nunes"),
        ("restriction", (), "Pedido de limitação do tratamento - artigo 18.º, n.º 1, alínea c), do RGPD", """Exmos. Senhores,

Fui informada pelo vosso serviço de apoio ao cliente de que as gravações e o histórico das conversas de chat relativas à encomenda n.º 2024-09-33018 (máquina de café entregue com defeito) serão eliminados no final do mês, por ter expirado o prazo de conservação.

Encontro-me em litígio com o fabricante do aparelho, tendo já apresentado requerimento no Julgado de Paz de Lisboa. Os referidos registos são necessários para a declaração, o exercício e a defesa de um direito num processo judicial.

Assim, ao abrigo do artigo 18.º, n.º 1, alínea c), do RGPD, solicito que, em vez de os apagarem, limitem o tratamento destes dados, conservando-os sem os utilizar para qualquer outra finalidade até à conclusão do processo, o que vos comunicarei por escrito.

Peço ainda que me informem antes de ser levantada a limitação, nos termos do n.º 3 do mesmo artigo, e que me confirmem por escrito a receção e o acolhimento deste pedido.

Com os melhores cumprimentos,

Beatriz Lopes Pinto
Conta de cliente n.º 2231-9956
Rua Morais Soares, 45, 1900-341 Lisboa""", "Beatriz Lopes Pinto"),
        ("objection", ("restriction",), "Oposição ao tratamento dos meus dados pessoais - artigo 21.º do RGPD", """Exmos. Senhores,

De acordo com a vossa política de privacidade, os dados de compra dos titulares do cartão de fidelização são utilizados para a criação de perfis de consumo e partilhados com «parceiros publicitários», com fundamento no vosso interesse legítimo.

Ao abrigo do artigo 21.º, n.º 1, do RGPD, oponho-me a este tratamento por motivos relacionados com a minha situação particular: sou profissional de saúde e uma parte significativa das minhas compras diz respeito a material destinado a pacientes, pelo que o perfil resultante é inexato e pode revelar informação sensível sobre terceiros. Na medida em que o tratamento se destine a marketing direto, oponho-me igualmente nos termos do n.º 2 do mesmo artigo.

Enquanto verificam se os vossos motivos legítimos prevalecem sobre os meus, solicito a limitação do tratamento dos meus dados para estas finalidades, nos termos do artigo 18.º, n.º 1, alínea d), do RGPD.

Agradeço confirmação escrita, no prazo de um mês, e a indicação dos parceiros a quem os meus dados já tenham sido transmitidos.

Com os melhores cumprimentos,

Joana Ribeiro
Cartão de fidelização n.º 6002 6610 2254
Faro, 20 de fevereiro de 2025""", "Joana Ribeiro"),
        ("withdraw_consent", (), "Retirada do consentimento - mensagens SMS e newsletter", """Exmos. Senhores,

Nos termos do artigo 7.º, n.º 3, do Regulamento Geral sobre a Proteção de Dados, venho por este meio retirar, com efeitos imediatos, o consentimento que prestei aquando da criação da minha conta de cliente (n.º 6650-7742) para:

- o envio de mensagens promocionais por SMS para o número +351 912 555 347;
- o envio da newsletter para o endereço carlos.mendes@correio.example.

Não pretendo encerrar a minha conta, pelo que continuo a aceitar as comunicações relativas às minhas encomendas.

Solicito que me confirmem a alteração das minhas preferências.

Com os melhores cumprimentos,

Carlos Mendes
Setúbal, 8 de maio de 2025""", "Carlos Mendes"),
        ("other", (), "Notificação para penhora de créditos - Processo executivo n.º 4521/24.0T8LSB", """Exmos. Senhores,

Na qualidade de agente de execução nomeado no processo executivo n.º 4521/24.0T8LSB, que corre termos no Juízo de Execução de Lisboa, em que é exequente Fidelcrédito - Instituição Financeira, S.A., e executado Nuno Miguel Costa Fonseca, NIF 212 345 678, com última residência conhecida na Rua da Prata, 77, 2.º, 1100-414 Lisboa, venho, nos termos do artigo 773.º do Código de Processo Civil, notificar V. Exas. de que se consideram penhorados à ordem deste processo quaisquer créditos de que o executado seja titular perante a vossa empresa, nomeadamente reembolsos pendentes, vales de compra e saldos de cartão-presente.

Ficam V. Exas. notificados para, no prazo de 10 dias, declararem se o crédito existe, qual o seu montante e quais as garantias que o acompanham, com a advertência de que, nada dizendo, se entende que reconhecem a existência da obrigação nos termos estabelecidos na nomeação do crédito à penhora.

A resposta deverá ser remetida para o endereço abaixo indicado, com menção do número do processo.

Com os melhores cumprimentos,

Dra. Helena Vaz
Agente de Execução, Cédula Profissional n.º 5521
Avenida Almirante Reis, 120, 1150-023 Lisboa""", "Helena Vaz, agente de execução"),
    ],
    "pl": [
        ("access", (), "Wniosek o udzielenie dostępu do danych osobowych (art. 15 RODO)", """Szanowni Państwo,

na podstawie art. 15 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) zwracam się z prośbą o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak – o udostępnienie mi ich kopii oraz przekazanie następujących informacji:

1) w jakich celach przetwarzane są moje dane;
2) jakie kategorie moich danych osobowych są przetwarzane;
3) jakim odbiorcom lub kategoriom odbiorców moje dane zostały lub zostaną ujawnione, w szczególności odbiorcom w państwach trzecich;
4) przez jaki okres moje dane będą przechowywane, a gdy nie jest to możliwe – jakie są kryteria ustalania tego okresu;
5) skąd pozyskano moje dane, jeżeli nie zostały zebrane ode mnie;
6) czy wobec moich danych stosowane jest zautomatyzowane podejmowanie decyzji, w tym profilowanie, a jeśli tak – jakie są zasady ich podejmowania.

Dane identyfikujące: konto klienta nr PL-77310, adres e-mail katarzyna.nowak@poczta.example, karta lojalnościowa nr 6002 7710 5542.

Proszę o udzielenie odpowiedzi w formie elektronicznej na wskazany wyżej adres e-mail, bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania wniosku (art. 12 ust. 3 RODO).

Z poważaniem

Katarzyna Nowak
ul. Piotrkowska 112/5
90-006 Łódź""", "Katarzyna Nowak"),
        ("deletion", ("withdraw_consent", "objection"), "Żądanie usunięcia danych osobowych", """Szanowni Państwo,

działając na podstawie art. 17 ust. 1 RODO, żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa, w szczególności danych związanych z kontem klienta nr 3390-1174 oraz kartą lojalnościową nr 6002 7710 2283.

Jednocześnie:
1) cofam wszystkie udzielone zgody na przetwarzanie moich danych, w tym zgodę na otrzymywanie newslettera i wiadomości SMS z ofertami (art. 7 ust. 3 RODO);
2) wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingu bezpośredniego, w tym profilowania (art. 21 ust. 2 RODO);
3) proszę o poinformowanie o usunięciu danych wszystkich odbiorców, którym moje dane zostały ujawnione (art. 19 RODO), oraz o wskazanie mi tych odbiorców.

Jeżeli przepisy prawa zobowiązują Państwa do dalszego przechowywania części danych (np. faktur), proszę o wskazanie, których danych to dotyczy, na jakiej podstawie prawnej i do kiedy będą przechowywane.

Proszę o pisemne potwierdzenie wykonania żądania w terminie miesiąca od jego otrzymania.

Z poważaniem

Michał Wiśniewski
ul. Długa 14/3
80-827 Gdańsk""", "Michał Wiśniewski"),
        ("complaint", ("correction",), "Ponaglenie - brak odpowiedzi na wniosek o sprostowanie danych z dnia 3 lutego 2025 r.", """Szanowni Państwo,

w dniu 3 lutego 2025 r. złożyłam drogą elektroniczną wniosek o sprostowanie moich danych osobowych na podstawie art. 16 RODO, dotyczący błędnego adresu dostawy i nazwiska przypisanych do konta klienta nr 5520-6613.

Pomimo upływu miesięcznego terminu określonego w art. 12 ust. 3 RODO nie otrzymałam żadnej odpowiedzi, a kolejne przesyłki nadal są kierowane na nieaktualny adres.

Niniejszym wzywam Państwa do wykonania mojego wniosku oraz do pisemnego potwierdzenia dokonania sprostowania w terminie 14 dni od dnia otrzymania niniejszego pisma.

W przypadku bezskutecznego upływu tego terminu wniosę skargę do Prezesa Urzędu Ochrony Danych Osobowych na podstawie art. 77 RODO oraz ustawy z dnia 10 maja 2018 r. o ochronie danych osobowych; skarga zostanie przekazana właściwemu belgijskiemu organowi nadzorczemu. Zastrzegam sobie również prawo dochodzenia odszkodowania na podstawie art. 82 RODO.

Z poważaniem

Agnieszka Kowalczyk-Lis
ul. Wrocławska 40/12
30-011 Kraków""", "Agnieszka Kowalczyk-Lis"),
        ("correction", ("restriction",), "Wniosek o sprostowanie danych osobowych oraz ograniczenie przetwarzania", """Szanowni Państwo,

w moim koncie klienta (nr 4471-0039) zapisany jest błędny numer telefonu: +48 601 555 413 zamiast prawidłowego +48 601 555 431. W efekcie wiadomości SMS dotyczące moich zamówień, zawierające moje imię, nazwisko i adres dostawy, trafiają do osoby trzeciej, która mnie o tym poinformowała.

Na podstawie art. 16 RODO żądam niezwłocznego sprostowania mojego numeru telefonu na +48 601 555 431.

Ponadto, na podstawie art. 18 ust. 1 lit. a RODO, kwestionuję prawidłowość zapisanego numeru i żądam ograniczenia jego przetwarzania do czasu sprawdzenia przez Państwa prawidłowości danych – w tym czasie proszę nie wysyłać na ten numer żadnych wiadomości.

Proszę o pisemne potwierdzenie dokonania sprostowania oraz o poinformowanie o nim odbiorców danych, w tym firmy kurierskiej (art. 19 RODO).

Z poważaniem

Paweł Zieliński
ul. Mickiewicza 9
60-833 Poznań""", "Paweł Zieliński"),
        ("restriction", (), "Żądanie ograniczenia przetwarzania danych (art. 18 ust. 1 lit. b RODO)", """Szanowni Państwo,

w dniu 12 marca 2025 r. złożyłem w Państwa sklepie internetowym zamówienie nr 2025-03-20814 jako gość, bez zakładania konta. Kilka dni później otrzymałem wiadomość powitalną, z której wynika, że bez mojej wiedzy utworzono dla mnie konto klienta i zapisano mnie do programu lojalnościowego.

Uważam, że takie przetwarzanie moich danych jest niezgodne z prawem. Nie żądam jednak na tym etapie usunięcia danych, ponieważ są mi one potrzebne jako dowód w ewentualnym postępowaniu.

W związku z tym, na podstawie art. 18 ust. 1 lit. b RODO, żądam ograniczenia przetwarzania moich danych związanych z tym kontem i programem lojalnościowym. Oznacza to, że mogą je Państwo wyłącznie przechowywać, bez wykorzystywania ich w jakimkolwiek innym celu bez mojej zgody.

Proszę o potwierdzenie wykonania żądania oraz o uprzedzenie mnie przed ewentualnym uchyleniem ograniczenia (art. 18 ust. 3 RODO).

Z poważaniem

Tomasz Lewandowski
adres e-mail: t.lewandowski@skrzynka.example""", "Tomasz Lewandowski"),
        ("objection", (), "Sprzeciw wobec przetwarzania danych w celach marketingowych i profilowania", """Szanowni Państwo,

na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym wobec profilowania w zakresie, w jakim jest ono związane z takim marketingiem.

Z Państwa polityki prywatności wynika, że na podstawie historii zakupów rejestrowanych na karcie lojalnościowej tworzą Państwo profile klientów i kierują do nich spersonalizowane oferty. Nie wyrażam na to zgody.

Przypominam, że zgodnie z art. 21 ust. 3 RODO po wniesieniu sprzeciwu moje dane nie mogą już być przetwarzane do takich celów.

Proszę o:
1. zaprzestanie tworzenia mojego profilu zakupowego;
2. zaprzestanie wysyłania mi spersonalizowanych ofert w jakiejkolwiek formie;
3. pisemne potwierdzenie uwzględnienia sprzeciwu.

Konto klienta nr 6620-8812, karta lojalnościowa nr 6002 7710 9005.

Z poważaniem

Joanna Wójcik
Warszawa, 4 czerwca 2025 r.""", "Joanna Wójcik"),
        ("withdraw_consent", (), "Cofnięcie zgody na otrzymywanie informacji handlowych", """Szanowni Państwo,

niniejszym cofam, ze skutkiem natychmiastowym, zgodę na otrzymywanie informacji handlowych drogą elektroniczną oraz na przetwarzanie moich danych w tym celu, udzieloną podczas rejestracji w Państwa sklepie internetowym.

Cofnięcie zgody dotyczy:
[X] newslettera wysyłanego na adres marek.kaminski@poczta.example;
[X] wiadomości SMS z ofertami na numer +48 512 555 760.

Podstawą cofnięcia zgody jest art. 7 ust. 3 RODO, a także przepisy ustawy o świadczeniu usług drogą elektroniczną oraz ustawy – Prawo komunikacji elektronicznej.

Proszę o potwierdzenie usunięcia moich danych kontaktowych z list wysyłkowych. Konto klienta (nr 2209-3374) pozostaje aktywne.

Z poważaniem

Marek Kamiński""", "Marek Kamiński"),
        ("other", (), "Reklamacja - niezgodność towaru z umową (zamówienie nr 2025-01-44120)", """Szanowni Państwo,

w dniu 14 stycznia 2025 r. zakupiłam w Państwa sklepie internetowym blender kielichowy marki Mixora, model BX-900, w cenie 429,00 zł (zamówienie nr 2025-01-44120, dowód zakupu w załączeniu).

Po niespełna czterech miesiącach użytkowania zgodnego z instrukcją urządzenie przestało działać – silnik nie uruchamia się, a z obudowy wydobywa się zapach spalenizny.

Na podstawie przepisów ustawy z dnia 30 maja 2014 r. o prawach konsumenta dotyczących niezgodności towaru z umową (art. 43a i nast.) żądam wymiany towaru na nowy, wolny od wad. Zgodnie z art. 7a ustawy mają Państwo 14 dni na ustosunkowanie się do reklamacji; brak odpowiedzi w tym terminie oznacza jej uznanie.

Wadliwe urządzenie mogę odesłać na Państwa koszt – proszę o przesłanie etykiety zwrotnej.

Przesyłam reklamację na ten adres, ponieważ formularz kontaktowy na stronie nie działa. Proszę o przekazanie jej do działu obsługi klienta.

Z poważaniem

Ewa Dąbrowska
ul. Narutowicza 31/7
20-016 Lublin""", "Ewa Dąbrowska"),
    ],
    "cs": [
        ("access", (), "Žádost o přístup k osobním údajům podle čl. 15 GDPR", """Vážení,

jako subjekt údajů Vás tímto žádám podle čl. 15 Nařízení Evropského parlamentu a Rady (EU) 2016/679 (obecné nařízení o ochraně osobních údajů, GDPR) o potvrzení, zda zpracováváte mé osobní údaje. Pokud ano, žádám o poskytnutí kopie zpracovávaných osobních údajů a dále o tyto informace:

a) účely zpracování;
b) kategorie dotčených osobních údajů;
c) příjemci nebo kategorie příjemců, kterým osobní údaje byly nebo budou zpřístupněny, zejména příjemci ve třetích zemích;
d) plánovaná doba, po kterou budou osobní údaje uloženy, nebo kritéria použitá ke stanovení této doby;
e) veškeré dostupné informace o zdroji osobních údajů, pokud nebyly získány ode mne;
f) skutečnost, zda dochází k automatizovanému rozhodování včetně profilování, a smysluplné informace o použitém postupu.

Pro snazší dohledání uvádím: zákaznický účet č. CZ-40218, e-mail jana.novakova@posta.example, věrnostní karta č. 6002 8810 3317.

Odpověď prosím zašlete elektronicky na výše uvedený e-mail bez zbytečného odkladu, nejpozději do jednoho měsíce od obdržení této žádosti (čl. 12 odst. 3 GDPR).

S pozdravem

Ing. Jana Nováková
Vinohradská 1520/44
120 00 Praha 2""", "Jana Nováková"),
        ("deletion", (), "Žádost o výmaz osobních údajů (čl. 17 GDPR)", """Vážení,

na základě čl. 17 odst. 1 písm. a) obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o výmaz veškerých mých osobních údajů, které zpracováváte, neboť již nejsou potřebné pro účely, pro které byly shromážděny. Váš internetový obchod jsem naposledy využil v roce 2021 a svůj zákaznický účet již nehodlám používat.

Žádost se týká zejména:
1. zákaznického účtu č. 7730-1192 (e-mail petr.svoboda@email.example);
2. historie objednávek, pokud ji nejste povinni uchovávat podle zvláštních předpisů;
3. údajů vedených ve Vašem systému pro řízení vztahů se zákazníky (CRM).

Pokud jste mé osobní údaje zpřístupnili dalším příjemcům, žádám, abyste je o výmazu informovali v souladu s čl. 19 GDPR.

Pokud některé údaje vymazat nemůžete, sdělte mi prosím, o které údaje jde, na jakém právním základě je uchováváte a jak dlouho.

O provedení výmazu mne prosím písemně informujte bez zbytečného odkladu, nejpozději do jednoho měsíce.

S pozdravem

Petr Svoboda
Masarykova 12
602 00 Brno""", "Petr Svoboda"),
        ("complaint", ("deletion",), "Urgence - nevyřízená žádost o výmaz osobních údajů ze dne 8. ledna 2025", """Vážení,

dne 8. ledna 2025 jsem Vám na tuto adresu zaslala žádost o výmaz svých osobních údajů podle čl. 17 GDPR (zákaznický účet č. 5501-2836). Do dnešního dne jsem od Vás neobdržela žádnou odpověď ani informaci o prodloužení lhůty, přestože čl. 12 odst. 3 GDPR stanoví lhůtu jednoho měsíce. Nadále mi navíc chodí Váš newsletter.

Tímto Vás vyzývám, abyste mou žádost vyřídili a výmaz mi písemně potvrdili nejpozději do 15 dnů od doručení této urgence.

Pokud tak neučiníte, podám stížnost u Úřadu pro ochranu osobních údajů podle čl. 77 GDPR a zákona č. 110/2019 Sb., o zpracování osobních údajů. Úřad stížnost postoupí příslušnému belgickému dozorovému úřadu. Vyhrazuji si rovněž právo domáhat se náhrady újmy podle čl. 82 GDPR.

S pozdravem

Lucie Dvořáková
Nádražní 7
702 00 Ostrava

Příloha: kopie původní žádosti ze dne 8. 1. 2025""", "Lucie Dvořáková"),
        ("correction", (), "Žádost o opravu nepřesných osobních údajů (čl. 16 GDPR)", """Vážení,

podle čl. 16 obecného nařízení o ochraně osobních údajů Vás žádám o opravu nepřesných osobních údajů, které o mně vedete v zákaznickém účtu č. 3318-6604:

- příjmení: uvedeno „Černy“, správně „Černý“;
- doručovací adresa: uvedeno „Husova 15, Plzeň“, správně „Husova 51, 301 00 Plzeň“;
- datum narození: uvedeno 12. 7. 1988, správně 21. 7. 1988.

Chybná adresa již způsobila, že se mi jedna zásilka vrátila zpět odesílateli.

Prosím o opravu údajů ve všech Vašich systémech, včetně údajů k věrnostní kartě, a o informování příjemců, kterým byly údaje zpřístupněny, zejména přepravce (čl. 19 GDPR). O provedení opravy mne prosím informujte e-mailem.

S pozdravem

Martin Černý
martin.cerny@schranka.example""", "Martin Černý"),
        ("portability", ("access",), "Žádost o přenositelnost osobních údajů (čl. 20 GDPR)", """Vážení,

v souladu s čl. 20 obecného nařízení o ochraně osobních údajů (GDPR) uplatňuji své právo na přenositelnost údajů. Žádám Vás o poskytnutí osobních údajů, které se mne týkají a které jsem Vám poskytla, ve strukturovaném, běžně používaném a strojově čitelném formátu (CSV nebo JSON), a to zejména:

1. údajů zákaznického účtu č. 8840-2219 včetně doručovacích adres;
2. úplné historie objednávek;
3. záznamů o nákupech a bodech na věrnostní kartě č. 6002 8810 7720.

Zároveň Vás podle čl. 15 odst. 1 písm. c) GDPR žádám o sdělení, kterým příjemcům byly mé osobní údaje zpřístupněny.

Údaje prosím zašlete zabezpečeným odkazem na e-mail tereza.prochazkova@posta.example do jednoho měsíce od obdržení žádosti.

S pozdravem

Tereza Procházková
Olomouc, 17. března 2025""", "Tereza Procházková"),
        ("objection", (), "Námitka proti zpracování osobních údajů pro účely přímého marketingu", """Vážení,

podle čl. 21 odst. 2 obecného nařízení o ochraně osobních údajů vznáším námitku proti zpracování svých osobních údajů pro účely přímého marketingu, včetně profilování, které s tímto přímým marketingem souvisí.

Opakovaně dostávám na svou adresu tištěné katalogy a na e-mail nabídky „na míru“, sestavené zjevně na základě mé historie nákupů. Podle čl. 21 odst. 3 GDPR nesmíte po vznesení této námitky mé osobní údaje pro tyto účely dále zpracovávat.

Žádám Vás proto:
1. o ukončení zasílání veškeré reklamy, a to poštou i elektronicky;
2. o ukončení profilování na základě mých nákupů;
3. o písemné potvrzení, že jste námitce vyhověli.

Svůj zákaznický účet (č. 6120-9930) si ponechávám pro běžné objednávky.

S pozdravem

Jiří Veselý
Palackého 220
500 02 Hradec Králové""", "Jiří Veselý"),
        ("withdraw_consent", (), "Odvolání souhlasu se zasíláním obchodních sdělení", """Vážení,

tímto s okamžitou účinností odvolávám svůj souhlas se zasíláním obchodních sdělení, který jsem udělila při registraci ve Vašem e-shopu, a to v souladu s čl. 7 odst. 3 GDPR a zákonem č. 480/2004 Sb., o některých službách informační společnosti.

Odvolání se týká:
[X] newsletteru na e-mail eva.horakova@email.example;
[X] SMS s nabídkami na číslo +420 731 555 218.

Upozorňuji, že odkaz pro odhlášení v patičce newsletteru nefunguje, proto Vám píšu touto cestou.

Zprávy týkající se mých objednávek mi zasílejte i nadále. Prosím o potvrzení.

S pozdravem

Eva Horáková
zákaznický účet č. 2241-7786""", "Eva Horáková"),
        ("other", (), "Žádost o poskytnutí informací - č. j. KRPA-118822/TČ-2025-001171", """Policie České republiky
Krajské ředitelství policie hl. m. Prahy
Služba kriminální policie a vyšetřování, 1. oddělení hospodářské kriminality

Vážení,

Policie České republiky prověřuje podezření ze spáchání přečinu podvodu podle § 209 trestního zákoníku, kterého se měla dopustit dosud neustanovená osoba tím, že ve Vašem internetovém obchodě objednala zboží v celkové hodnotě 48 600 Kč (objednávky č. 2025-02-11804 a 2025-02-11809) s využitím platební karty poškozené bez jejího vědomí.

Na základě § 8 odst. 1 zákona č. 141/1961 Sb., trestního řádu, Vás žádáme o poskytnutí těchto informací:
1. jméno, e-mailová adresa a telefonní číslo uvedené u výše uvedených objednávek;
2. doručovací adresa, případně výdejní místo;
3. IP adresy, ze kterých byly objednávky učiněny, s přesným časem;
4. informace o tom, zda byl k objednávkám použit zákaznický účet, a údaje o jeho registraci.

Informace prosím zašlete do 15 dnů na níže uvedenou adresu s uvedením čísla jednacího.

S pozdravem

por. Mgr. Ondřej Kučera
vrchní komisař
Kongresová 2, 140 21 Praha 4""", "por. Mgr. Ondřej Kučera, Policie ČR"),
    ],
    "hr": [
        ("access", (), "Zahtjev za pristup osobnim podacima", """Poštovani,

kao ispitanik, na temelju članka 15. Opće uredbe o zaštiti podataka (Uredba (EU) 2016/679) podnosim zahtjev za pristup osobnim podacima.

Molim Vas da mi potvrdite obrađujete li moje osobne podatke te, ako ih obrađujete, da mi dostavite presliku tih podataka i sljedeće informacije:

1. svrhe obrade;
2. kategorije osobnih podataka o kojima je riječ;
3. primatelje ili kategorije primatelja kojima su osobni podaci otkriveni ili će im biti otkriveni, osobito primatelje u trećim zemljama;
4. predviđeno razdoblje pohrane osobnih podataka ili kriterije za utvrđivanje tog razdoblja;
5. izvor podataka, ako podaci nisu prikupljeni od mene;
6. postojanje automatiziranog donošenja odluka, uključujući izradu profila, te smislene informacije o logici koja se pritom koristi.

Podaci za identifikaciju:
Ime i prezime: Ivana Horvat
Adresa: Ilica 145, 10000 Zagreb
Broj korisničkog računa: HR-22871
E-mail: ivana.horvat@posta.example

Odgovor molim dostaviti elektroničkim putem, bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja zahtjeva, sukladno članku 12. stavku 3. Opće uredbe o zaštiti podataka.

S poštovanjem,

Ivana Horvat
U Zagrebu, 6. svibnja 2025.""", "Ivana Horvat"),
        ("deletion", ("withdraw_consent",), "Zahtjev za brisanje osobnih podataka", """Poštovani,

temeljem članka 17. Opće uredbe o zaštiti podataka zahtijevam da bez nepotrebnog odgađanja izbrišete sve moje osobne podatke koje obrađujete, uključujući podatke povezane s korisničkim računom br. 4409-2281 i karticom vjernosti br. 6002 9910 1148.

Ujedno, sukladno članku 7. stavku 3. Opće uredbe, povlačim privolu za primanje newslettera i promotivnih SMS poruka.

Molim Vas da o brisanju obavijestite sve primatelje kojima ste otkrili moje osobne podatke (članak 19. Opće uredbe) te da mi navedete tko su ti primatelji.

Ako ste zakonom obvezni čuvati dio podataka (primjerice račune), molim da mi navedete o kojim je podacima riječ, na kojoj pravnoj osnovi i do kada ih čuvate.

Molim pisanu potvrdu o izvršenom brisanju u roku od mjesec dana od zaprimanja ovog zahtjeva.

S poštovanjem,

Marko Kovačević
Riva 16, 21000 Split""", "Marko Kovačević"),
        ("complaint", ("access",), "Požurnica - neodgovoreni zahtjev za pristup osobnim podacima od 15. siječnja 2025.", """Poštovani,

dana 15. siječnja 2025. uputila sam Vam na ovu adresu zahtjev za pristup osobnim podacima temeljem članka 15. Opće uredbe o zaštiti podataka (korisnički račun br. 3381-7704). Do danas nisam primila nikakav odgovor, iako je rok od mjesec dana iz članka 12. stavka 3. Opće uredbe odavno istekao.

Ovim putem Vas požurujem i pozivam da mi u roku od 8 dana od primitka ove požurnice dostavite presliku mojih osobnih podataka i sve informacije iz članka 15. stavka 1. Opće uredbe.

Ukoliko u navedenom roku ne postupite po mom zahtjevu, podnijet ću zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka (AZOP), sukladno članku 77. Opće uredbe i Zakonu o provedbi Opće uredbe o zaštiti podataka (NN 42/2018), koja će ga proslijediti nadležnom belgijskom nadzornom tijelu.

S poštovanjem,

Petra Babić
Korzo 22, 51000 Rijeka""", "Petra Babić"),
        ("correction", ("restriction",), "Zahtjev za ispravak i ograničenje obrade osobnih podataka", """Poštovani,

uvidom u svoj korisnički račun (br. 5520-3319) utvrdio sam da su sljedeći podaci netočni:

- prezime: upisano je „Juric“, a ispravno je „Jurić“;
- adresa za dostavu: upisano je „Vukovarska 8“, a ispravno je „Vukovarska 88, 31000 Osijek“;
- broj mobitela: upisan je 091 555 2037, a ispravan je 091 555 2073.

Temeljem članka 16. Opće uredbe o zaštiti podataka zahtijevam ispravak navedenih podataka bez nepotrebnog odgađanja.

Budući da osporavam točnost navedenih podataka, temeljem članka 18. stavka 1. točke (a) Opće uredbe zahtijevam i ograničenje njihove obrade do provjere njihove točnosti, odnosno da se na netočnu adresu i broj telefona do tada ne šalju nikakve pošiljke ni poruke.

Molim Vas da o ispravku obavijestite i dostavnu službu (članak 19. Opće uredbe) te da mi pisanim putem potvrdite izvršenje.

S poštovanjem,

Ante Jurić""", "Ante Jurić"),
        ("portability", (), "Zahtjev za prenosivost podataka (članak 20. Opće uredbe o zaštiti podataka)", """Poštovani,

temeljem članka 20. Opće uredbe o zaštiti podataka zahtijevam da mi osobne podatke koje sam Vam pružila kao korisnica Vaše internetske trgovine dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV ili JSON).

Zahtjev se odnosi na:
1. podatke korisničkog računa br. 7719-0524 i adrese za dostavu;
2. potpunu povijest narudžbi;
3. transakcije i stanje bodova na kartici vjernosti br. 6002 9910 6631.

Datoteku molim dostaviti putem sigurne poveznice na e-adresu maja.novak@posta.example u roku od mjesec dana.

S poštovanjem,

Maja Novak
Zadar, 21. ožujka 2025.""", "Maja Novak"),
        ("restriction", (), "Zahtjev za ograničenje obrade - članak 18. stavak 1. točka (c) Opće uredbe", """Poštovani,

Vašom e-porukom od 2. lipnja 2025. obaviješten sam da će moj neaktivni korisnički račun (br. 2290-4417), zajedno s poviješću narudžbi i računima, biti izbrisan 30. lipnja 2025.

Protiv proizvođača perilice rublja kupljene u Vašoj trgovini (narudžba br. 2023-05-18840) vodim sudski postupak pred Općinskim sudom u Varaždinu radi naknade štete nastale poplavom u stanu. Podaci o narudžbi, isporuci i reklamaciji potrebni su mi za ostvarivanje i obranu pravnih zahtjeva.

Stoga temeljem članka 18. stavka 1. točke (c) Opće uredbe o zaštiti podataka zahtijevam da navedene podatke ne brišete, nego da ograničite njihovu obradu na pohranu do pravomoćnog okončanja postupka, o čemu ću Vas pisano obavijestiti.

Molim pisanu potvrdu te obavijest prije eventualnog ukidanja ograničenja.

S poštovanjem,

Tomislav Knežević
Kapucinska 10, 42000 Varaždin""", "Tomislav Knežević"),
        ("withdraw_consent", (), "Povlačenje privole za primanje marketinških poruka", """Poštovani,

sukladno članku 7. stavku 3. Opće uredbe o zaštiti podataka, ovim putem s trenutačnim učinkom povlačim privolu koju sam dala prilikom registracije u Vašoj internetskoj trgovini za:

[X] primanje newslettera na adresu lana.peric@posta.example;
[X] primanje promotivnih SMS poruka na broj +385 98 555 4410;
[X] personalizirane ponude na temelju kupnji karticom vjernosti.

Korisnički račun (br. 6640-1183) želim zadržati te i dalje primati obavijesti o svojim narudžbama.

Molim potvrdu da su moje postavke izmijenjene.

S poštovanjem,

Lana Perić""", "Lana Perić"),
        ("other", (), "Prijava na natječaj - Specijalist/ica za korisničku podršku (hrvatsko tržište)", """Poštovani,

ovim putem prijavljujem se na Vaš oglas za radno mjesto specijalista/ice za korisničku podršku za hrvatsko tržište, objavljen 10. travnja 2025. na Vašim mrežnim stranicama.

Diplomirala sam ekonomiju na Ekonomskom fakultetu u Zagrebu, a posljednje četiri godine radim u korisničkoj podršci internetske trgovine elektronikom, gdje sam odgovorna za reklamacije i komunikaciju s kupcima. Aktivno se služim engleskim i njemačkim jezikom, a trenutačno učim nizozemski.

U privitku Vam dostavljam životopis, presliku diplome i preporuku prethodnog poslodavca. Rado ću Vam pobliže predstaviti svoje iskustvo na razgovoru.

Budući da u oglasu nije naveden kontakt odjela za ljudske potencijale, prijavu šaljem na ovu adresu te Vas molim da je proslijedite nadležnoj osobi.

Privola za obradu osobnih podataka: sukladno Općoj uredbi o zaštiti podataka i Zakonu o provedbi Opće uredbe o zaštiti podataka, dajem privolu za obradu osobnih podataka navedenih u ovoj prijavi i životopisu isključivo u svrhu provedbe ovog postupka zapošljavanja.

S poštovanjem,

Nikolina Matić
Savska cesta 41, 10000 Zagreb
+385 91 555 7720""", "Nikolina Matić"),
    ],
    "sv": [
        ("access", (), "Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen", """Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill få bekräftat om ni behandlar personuppgifter om mig och, om så är fallet, få en kopia av de personuppgifter som behandlas samt information om:

1. ändamålen med behandlingen;
2. vilka kategorier av personuppgifter som behandlas;
3. de mottagare eller kategorier av mottagare som uppgifterna har lämnats ut eller ska lämnas ut till, särskilt mottagare i tredjeländer;
4. hur länge uppgifterna kommer att lagras, eller de kriterier som används för att fastställa denna period;
5. varifrån uppgifterna kommer, om de inte har samlats in från mig;
6. förekomsten av automatiserat beslutsfattande, inklusive profilering, och meningsfull information om logiken bakom.

Uppgifter för identifiering:
Namn: Anna Lindqvist
Kundnummer: SE-55021
E-post: anna.lindqvist@post.example
Adress: Storgatan 14, 252 23 Helsingborg

Jag vill få svaret elektroniskt till ovanstående e-postadress. Enligt artikel 12.3 ska svaret lämnas utan onödigt dröjsmål och senast inom en månad från att ni mottagit begäran.

Med vänliga hälsningar

Anna Lindqvist""", "Anna Lindqvist"),
        ("deletion", ("objection",), "Begäran om radering av personuppgifter (artikel 17 GDPR)", """Hej,

Med stöd av artikel 17 i dataskyddsförordningen begär jag att ni utan onödigt dröjsmål raderar samtliga personuppgifter som ni behandlar om mig. Uppgifterna behövs inte längre för de ändamål för vilka de samlades in, eftersom jag inte har handlat hos er sedan 2021.

Begäran avser bland annat:
- mitt kundkonto (kundnummer 3120-8847, e-post erik.johansson@mejl.example);
- mitt medlemskap i ert lojalitetsprogram (kort nr 6002 1210 4456);
- uppgifter om mig i ert kundregister.

Jag invänder samtidigt enligt artikel 21.2 mot all behandling av mina personuppgifter för direktmarknadsföring, inklusive profilering, om ni av någon anledning skulle behålla vissa uppgifter.

Om ni har lämnat ut mina uppgifter till andra mottagare ber jag er att underrätta dem om raderingen enligt artikel 19.

Om ni anser att ni är skyldiga att spara vissa uppgifter enligt lag, till exempel bokföringsunderlag, vill jag veta vilka uppgifter det gäller, med stöd av vilken bestämmelse och hur länge.

Jag vill ha en skriftlig bekräftelse på att raderingen har genomförts.

Med vänliga hälsningar

Erik Johansson
Vasagatan 8
411 24 Göteborg""", "Erik Johansson"),
        ("complaint", ("access",), "Påminnelse - obesvarad begäran om registerutdrag från den 10 februari 2025", """Hej,

Den 10 februari 2025 skickade jag en begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen till denna adress (kundnummer 4471-2208). Jag har ännu inte fått något svar, trots att tidsfristen på en månad enligt artikel 12.3 har löpt ut. Jag har inte heller fått besked om att ni förlänger tidsfristen.

Jag påminner er därför om min begäran och ber er att lämna ett fullständigt registerutdrag, det vill säga en kopia av mina personuppgifter och den information som anges i artikel 15.1, senast inom två veckor från dagens datum.

Om jag inte får något svar inom den tiden kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY) enligt artikel 77 i dataskyddsförordningen och dataskyddslagen (2018:218). IMY kommer att överlämna ärendet till den ansvariga belgiska tillsynsmyndigheten.

Med vänliga hälsningar

Karin Nilsson
Drottninggatan 52
111 21 Stockholm""", "Karin Nilsson"),
        ("correction", (), "Begäran om rättelse av felaktiga personuppgifter (artikel 16 GDPR)", """Hej,

Jag har upptäckt att ni har registrerat felaktiga uppgifter om mig i mitt kundkonto (kundnummer 6630-1975). Med stöd av artikel 16 i dataskyddsförordningen begär jag att ni utan onödigt dröjsmål rättar följande:

1. Efternamn: registrerat som "Bergstrom", korrekt stavning är "Bergström".
2. Leveransadress: registrerad som "Kungsgatan 3", korrekt adress är Kungsgatan 33, 753 21 Uppsala.
3. Telefonnummer: registrerat som 070-555 12 98, korrekt nummer är 070-555 21 98.

Den felaktiga adressen har redan lett till att ett paket returnerades till er.

Jag ber er rätta uppgifterna i alla era system, även för mitt lojalitetskort, och underrätta eventuella mottagare, exempelvis ert fraktbolag, om rättelsen enligt artikel 19. Bekräfta gärna skriftligen när rättelsen är gjord.

Med vänliga hälsningar

Sara Bergström""", "Sara Bergström"),
        ("portability", (), "Begäran om dataportabilitet enligt artikel 20 GDPR", """Hej,

Jag utövar härmed min rätt till dataportabilitet enligt artikel 20 i dataskyddsförordningen och begär att få ut de personuppgifter om mig som jag har tillhandahållit er, i ett strukturerat, allmänt använt och maskinläsbart format.

Begäran omfattar:
- uppgifter i mitt kundkonto (kundnummer 1187-5530) inklusive leveransadresser;
- hela min orderhistorik;
- transaktioner och poängsaldo på mitt lojalitetskort (nr 6002 1210 8812).

Jag önskar få uppgifterna i CSV- eller JSON-format via en säker nedladdningslänk till e-postadressen johan.andersson@mejl.example. En PDF-fil uppfyller inte kraven i artikel 20.

Tack på förhand.

Med vänliga hälsningar

Johan Andersson
Malmö den 12 maj 2025""", "Johan Andersson"),
        ("restriction", ("correction",), "Begäran om begränsning av behandling (artikel 18.1 a GDPR)", """Hej,

När jag försökte betala min senaste beställning mot faktura nekades jag, och er kundtjänst har upplyst mig om att mitt konto (kundnummer 2290-6617) är markerat med "obetald faktura". Enligt ert system gäller det faktura nr 2024-10-5512 på 1 249 kr.

Denna uppgift är felaktig. Fakturan betalades den 28 oktober 2024, vilket framgår av bifogat kontoutdrag.

Eftersom jag bestrider uppgiftens riktighet begär jag med stöd av artikel 18.1 a i dataskyddsförordningen att ni begränsar behandlingen av uppgiften under den tid som krävs för att kontrollera om den är korrekt. Under den tiden får uppgiften inte användas för att neka mig betalning mot faktura eller lämnas ut till inkassobolag eller kreditupplysningsföretag.

När kontrollen är genomförd begär jag att uppgiften rättas enligt artikel 16 och att markeringen tas bort.

Jag vill bli informerad innan begränsningen hävs, i enlighet med artikel 18.3.

Med vänliga hälsningar

Lars Eriksson
Östra Storgatan 21
553 21 Jönköping""", "Lars Eriksson"),
        ("objection", (), "Invändning mot direktmarknadsföring och profilering", """Hej,

Jag invänder härmed, med stöd av artikel 21.2 i dataskyddsförordningen, mot att ni behandlar mina personuppgifter för direktmarknadsföring. Invändningen omfattar även profilering i den utsträckning den har samband med sådan direktmarknadsföring.

Jag får regelbundet reklamutskick per post och personliga erbjudanden som uppenbart bygger på mina köp med lojalitetskortet (nr 6002 1210 3390). Enligt artikel 21.3 får mina personuppgifter inte längre behandlas för sådana ändamål när jag har invänt.

Jag begär därför att ni:
1. upphör med alla reklamutskick till mig, per post såväl som elektroniskt;
2. upphör med att analysera min köphistorik för marknadsföringsändamål;
3. skriftligen bekräftar att invändningen har verkställts.

Mitt kundkonto (kundnummer 7702-1149) vill jag behålla.

Med vänliga hälsningar

Maria Olsson
Umeå den 3 april 2025""", "Maria Olsson"),
        ("other", (), "Reklamation - fel på vara, order 2025-02-30771", """Hej,

Jag vill härmed reklamera en vara som jag köpte i er webbutik den 2 februari 2025: en kaffemaskin av märket Bryggo, modell CM-450, för 2 390 kr (ordernummer 2025-02-30771, kvitto bifogat).

Sedan början av maj läcker maskinen vatten från undersidan vid varje användning, trots att jag har använt och avkalkat den enligt bruksanvisningen. Felet har alltså visat sig inom tre månader från leveransen.

Enligt EU:s regler om konsumentköp, som gäller även vid köp från en näringsidkare i Belgien som riktar sig till svenska konsumenter, har jag rätt att reklamera fel som visar sig inom två år. Fel som visar sig inom ett år från leveransen presumeras ha funnits vid leveransen. Jag begär i första hand att ni reparerar eller byter ut maskinen utan kostnad för mig.

Jag skickar reklamationen till denna adress eftersom jag inte har fått något svar via kontaktformuläret. Vänligen vidarebefordra den till er kundtjänst. Jag ber om svar inom 14 dagar; annars kommer jag att vända mig till Konsumentverket och ECC Sverige.

Med vänliga hälsningar

Per Gustafsson
Ringvägen 5
118 60 Stockholm""", "Per Gustafsson"),
    ],
    "ro": [
        ("access", (), "Cerere privind exercitarea dreptului de acces (art. 15 din Regulamentul (UE) 2016/679)", """Stimată doamnă / Stimate domn,

Subsemnata Elena Popescu, domiciliată în București, Str. Victoriei nr. 42, bl. B3, ap. 17, sector 1, identificată cu CI seria RX nr. 123456, în calitate de persoană vizată, în temeiul art. 15 din Regulamentul (UE) 2016/679 (Regulamentul general privind protecția datelor), vă solicit să îmi confirmați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi comunicați o copie a acestor date, precum și următoarele informații:

a) scopurile prelucrării;
b) categoriile de date cu caracter personal vizate;
c) destinatarii sau categoriile de destinatari cărora le-au fost sau le vor fi divulgate datele, în special destinatarii din țări terțe;
d) perioada pentru care se preconizează că vor fi stocate datele sau criteriile utilizate pentru a stabili această perioadă;
e) sursa datelor, în cazul în care acestea nu au fost colectate de la mine;
f) existența unui proces decizional automatizat, inclusiv crearea de profiluri, și informații pertinente privind logica utilizată.

Date de identificare a contului: număr client RO-40917, adresă de e-mail elena.popescu@posta.example.

Vă rog să îmi transmiteți răspunsul în format electronic, fără întârzieri nejustificate și în cel mult o lună de la primirea cererii, conform art. 12 alin. (3) din Regulament.

Cu stimă,

Elena Popescu
București, 10 martie 2025""", "Elena Popescu"),
        ("deletion", (), "Cerere de ștergere a datelor cu caracter personal („dreptul de a fi uitat”)", """Stimată doamnă / Stimate domn,

Subsemnatul Andrei Ionescu, client al magazinului dumneavoastră online (număr client 5520-1184, e-mail andrei.ionescu@email.example), în temeiul art. 17 alin. (1) lit. a) din Regulamentul (UE) 2016/679, vă solicit ștergerea fără întârzieri nejustificate a tuturor datelor cu caracter personal care mă privesc, întrucât acestea nu mai sunt necesare pentru scopurile în care au fost colectate. Nu am mai efectuat comenzi din anul 2021 și nu mai doresc să am cont la dumneavoastră.

Vă rog:
1. să ștergeți contul de client, istoricul comenzilor (în măsura în care nu aveți o obligație legală de păstrare) și datele din sistemul CRM;
2. să informați despre ștergere toți destinatarii cărora le-ați dezvăluit datele mele, conform art. 19 din Regulament;
3. să îmi comunicați în scris, în termen de o lună, confirmarea ștergerii sau, după caz, motivele pentru care anumite date nu pot fi șterse și temeiul legal al păstrării lor.

Cu stimă,

Andrei Ionescu
Str. Memorandumului nr. 9, Cluj-Napoca""", "Andrei Ionescu"),
        ("complaint", ("access", "portability"), "Notificare - punere în întârziere privind cererea din 5 februarie 2025", """Stimată doamnă / Stimate domn,

La data de 5 februarie 2025 v-am transmis, prin e-mail la această adresă, o cerere întemeiată pe art. 15 și art. 20 din Regulamentul (UE) 2016/679, prin care solicitam o copie a datelor mele cu caracter personal, informațiile prevăzute la art. 15 alin. (1), precum și transmiterea datelor furnizate de mine într-un format structurat și care poate fi citit automat (număr client 6610-2759).

Până la data prezentei nu am primit niciun răspuns și nici vreo informare privind prelungirea termenului, deși art. 12 alin. (3) din Regulament prevede un termen de o lună.

Prin prezenta vă pun în întârziere și vă solicit să dați curs integral cererii mele în termen de 15 zile de la primirea acestei notificări.

În cazul în care nu veți răspunde în acest termen, voi depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), în temeiul art. 77 din Regulament și al Legii nr. 190/2018, care o va transmite autorității belgiene competente, și îmi rezerv dreptul de a solicita despăgubiri conform art. 82 din Regulament.

Cu stimă,

Mihaela Dumitrescu
Bd. Independenței nr. 15, Iași""", "Mihaela Dumitrescu"),
        ("correction", (), "Cerere de rectificare a datelor cu caracter personal (art. 16 GDPR)", """Stimată doamnă / Stimate domn,

Subsemnatul Cristian Stan, titular al contului de client nr. 3380-4472, în temeiul art. 16 din Regulamentul (UE) 2016/679, vă solicit rectificarea următoarelor date inexacte:

1. numele de familie este înregistrat „Stam” în loc de „Stan”;
2. adresa de livrare este înregistrată „Str. Republicii nr. 4” în loc de „Str. Republicii nr. 44, Brașov”;
3. data nașterii este înregistrată 03.08.1985 în loc de 08.03.1985.

Vă rog să efectuați rectificarea în toate sistemele dumneavoastră, inclusiv pentru cardul de fidelitate, și să informați destinatarii cărora le-au fost comunicate datele, în special firma de curierat (art. 19 din Regulament).

Vă rog să îmi confirmați în scris efectuarea rectificării.

Cu stimă,

Cristian Stan
cristian.stan@posta.example""", "Cristian Stan"),
        ("portability", (), "Cerere privind dreptul la portabilitatea datelor (art. 20 GDPR)", """Stimată doamnă / Stimate domn,

În temeiul art. 20 din Regulamentul (UE) 2016/679, vă solicit să îmi transmiteți datele cu caracter personal care mă privesc și pe care vi le-am furnizat, într-un format structurat, utilizat în mod curent și care poate fi citit automat (CSV sau JSON).

Cererea privește:
- datele contului de client nr. 7740-5580 și adresele de livrare;
- istoricul complet al comenzilor;
- tranzacțiile și punctele de pe cardul de fidelitate nr. 6002 4010 2217.

În măsura în care este fezabil din punct de vedere tehnic, vă rog ca, suplimentar, să transmiteți aceste date direct operatorului PortofelDigital SRL (adresă de contact: dpo@portofeldigital.example), conform art. 20 alin. (2).

Vă rog să îmi transmiteți datele prin link securizat la adresa ioana.marin@email.example, în termen de o lună.

Cu stimă,

Ioana Marin
Timișoara, 28 aprilie 2025""", "Ioana Marin"),
        ("restriction", (), "Cerere de restricționare a prelucrării (art. 18 alin. (1) lit. c) GDPR)", """Stimată doamnă / Stimate domn,

Prin e-mailul din 15 mai 2025 am fost informat că datele aferente contului meu de client nr. 2218-9904, inclusiv istoricul comenzilor și corespondența cu serviciul clienți, vor fi șterse la 1 iunie 2025 din cauza inactivității.

Mă aflu în litigiu cu firma de curierat care a livrat deteriorat televizorul comandat la 12 decembrie 2023 (comanda nr. 2023-12-40871), iar cauza se află pe rolul Judecătoriei Constanța. Datele menționate îmi sunt necesare pentru constatarea, exercitarea și apărarea unui drept în instanță.

Prin urmare, în temeiul art. 18 alin. (1) lit. c) din Regulamentul (UE) 2016/679, vă solicit să nu ștergeți aceste date, ci să restricționați prelucrarea lor la simpla stocare până la soluționarea definitivă a litigiului, despre care vă voi informa în scris.

Vă rog să îmi confirmați în scris restricționarea și să mă informați înainte de ridicarea acesteia (art. 18 alin. (3)).

Cu stimă,

Gabriel Radu
Str. Mircea cel Bătrân nr. 30, Constanța""", "Gabriel Radu"),
        ("objection", ("restriction",), "Opoziție la prelucrarea datelor (art. 21 GDPR) și cerere de restricționare", """Stimată doamnă / Stimate domn,

Conform politicii dumneavoastră de confidențialitate, datele privind cumpărăturile efectuate cu cardul de fidelitate sunt folosite, în temeiul interesului legitim, pentru crearea de profiluri de consum și pentru „analize de piață” realizate împreună cu parteneri.

În temeiul art. 21 alin. (1) din Regulamentul (UE) 2016/679, mă opun acestei prelucrări din motive legate de situația mea particulară: cardul este folosit de întreaga familie, inclusiv de fiica mea minoră, astfel încât profilul creat pe numele meu este inexact și cuprinde informații despre o altă persoană. În măsura în care prelucrarea servește marketingului direct, mă opun și în temeiul art. 21 alin. (2).

Până la verificarea faptului că motivele dumneavoastră legitime prevalează asupra celor ale mele, vă solicit restricționarea prelucrării, conform art. 18 alin. (1) lit. d) din Regulament.

Vă rog să îmi confirmați în scris măsurile luate, în termen de o lună.

Cu stimă,

Alina Georgescu
Card de fidelitate nr. 6002 4010 7731
Craiova""", "Alina Georgescu"),
        ("withdraw_consent", ("objection",), "Retragerea consimțământului și opoziție la marketing direct", """Stimată doamnă / Stimate domn,

Subsemnatul Florin Matei, titular al contului de client nr. 4490-3316, vă informez că, în temeiul art. 7 alin. (3) din Regulamentul (UE) 2016/679, îmi retrag cu efect imediat consimțământul acordat pentru:

[X] primirea newsletterului la adresa florin.matei@posta.example;
[X] primirea de mesaje SMS promoționale la numărul +40 722 555 913;
[X] transmiterea datelor mele către partenerii dumneavoastră comerciali.

Totodată, în temeiul art. 21 alin. (2), mă opun oricărei prelucrări a datelor mele în scop de marketing direct, inclusiv prin cataloage tipărite trimise prin poștă.

Doresc să păstrez contul de client pentru comenzi și să primesc în continuare notificările privind livrarea.

Vă rog să îmi confirmați în scris actualizarea preferințelor.

Cu stimă,

Florin Matei
Ploiești, 19 mai 2025""", "Florin Matei"),
    ],
    "el": [
        ("access", (), "Αίτηση άσκησης δικαιώματος πρόσβασης (άρθρο 15 ΓΚΠΔ)", """Αξιότιμοι κύριοι / κυρίες,

Με την παρούσα, και σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ) και τον ν. 4624/2019, ασκώ το δικαίωμα πρόσβασης στα προσωπικά μου δεδομένα.

Παρακαλώ να μου επιβεβαιώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ισχύει, να μου χορηγήσετε αντίγραφο των δεδομένων αυτών καθώς και τις ακόλουθες πληροφορίες:

1. τους σκοπούς της επεξεργασίας·
2. τις κατηγορίες των δεδομένων που με αφορούν·
3. τους αποδέκτες ή τις κατηγορίες αποδεκτών στους οποίους κοινολογήθηκαν ή πρόκειται να κοινολογηθούν τα δεδομένα, ιδίως αποδέκτες σε τρίτες χώρες·
4. το χρονικό διάστημα για το οποίο θα αποθηκευτούν τα δεδομένα ή τα κριτήρια καθορισμού του·
5. την πηγή των δεδομένων, εφόσον δεν συλλέχθηκαν από εμένα·
6. την ύπαρξη αυτοματοποιημένης λήψης αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ, και σημαντικές πληροφορίες σχετικά με τη λογική που ακολουθείται.

Στοιχεία ταυτοποίησης: αριθμός πελάτη GR-31184, e-mail g.papadopoulou@mail.example, κάρτα επιβράβευσης αρ. 6002 3010 5590.

Παρακαλώ για την απάντησή σας ηλεκτρονικά, χωρίς αδικαιολόγητη καθυστέρηση και σε κάθε περίπτωση εντός μηνός από την παραλαβή της παρούσας (άρθρο 12 παρ. 3 ΓΚΠΔ).

Με εκτίμηση,

Γεωργία Παπαδοπούλου
Λεωφ. Κηφισίας 120, 115 26 Αθήνα""", "Γεωργία Παπαδοπούλου"),
        ("deletion", ("objection",), "Αίτηση διαγραφής προσωπικών δεδομένων (άρθρο 17 ΓΚΠΔ)", """Αξιότιμοι κύριοι / κυρίες,

Δυνάμει του άρθρου 17 παρ. 1 του Γενικού Κανονισμού για την Προστασία Δεδομένων, ζητώ τη διαγραφή, χωρίς αδικαιολόγητη καθυστέρηση, όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν και τηρούνται από την εταιρεία σας, και ιδίως των δεδομένων του λογαριασμού πελάτη αρ. 5530-2291 και της κάρτας επιβράβευσης αρ. 6002 3010 1177.

Τα δεδομένα δεν είναι πλέον απαραίτητα για τους σκοπούς για τους οποίους συλλέχθηκαν, καθώς δεν έχω πραγματοποιήσει αγορές από το 2021.

Παράλληλα, ασκώ το δικαίωμα εναντίωσης του άρθρου 21 παρ. 2 ΓΚΠΔ σε κάθε επεξεργασία των δεδομένων μου για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Παρακαλώ να ενημερώσετε για τη διαγραφή κάθε αποδέκτη στον οποίο έχουν κοινολογηθεί τα δεδομένα μου (άρθρο 19 ΓΚΠΔ) και να μου επιβεβαιώσετε εγγράφως τη διαγραφή εντός μηνός. Εάν υποχρεούστε εκ του νόμου να διατηρήσετε ορισμένα δεδομένα, παρακαλώ να μου γνωστοποιήσετε ποια, με ποια νομική βάση και για πόσο χρόνο.

Με εκτίμηση,

Δημήτριος Αντωνίου
Τσιμισκή 45, 546 23 Θεσσαλονίκη""", "Δημήτριος Αντωνίου"),
        ("complaint", ("access",), "Εξώδικη όχληση - αναπάντητο αίτημα πρόσβασης της 20ής Ιανουαρίου 2025", """ΕΞΩΔΙΚΗ ΟΧΛΗΣΗ

Της Αικατερίνης Νικολάου, κατοίκου Πάτρας, οδός Μαιζώνος 88

ΠΡΟΣ
την εταιρεία που διαχειρίζεται το ηλεκτρονικό κατάστημα shop.example.be (privacy@shop.example.be)

Στις 20 Ιανουαρίου 2025 σας απέστειλα με ηλεκτρονικό ταχυδρομείο αίτημα πρόσβασης στα προσωπικά μου δεδομένα, σύμφωνα με το άρθρο 15 του Κανονισμού (ΕΕ) 2016/679, ζητώντας αντίγραφο των δεδομένων μου και τις πληροφορίες της παρ. 1 του ίδιου άρθρου (αριθμός πελάτη 4420-8861).

Μέχρι σήμερα δεν έχω λάβει καμία απάντηση ούτε ενημέρωση για παράταση της προθεσμίας, παρότι το άρθρο 12 παρ. 3 ΓΚΠΔ προβλέπει προθεσμία ενός μηνός.

Για τους λόγους αυτούς σας καλώ όπως, εντός δέκα (10) ημερών από την επίδοση της παρούσας, ικανοποιήσετε πλήρως το αίτημά μου.

Σε αντίθετη περίπτωση θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, σύμφωνα με το άρθρο 77 ΓΚΠΔ και τον ν. 4624/2019, η οποία θα τη διαβιβάσει στην αρμόδια βελγική εποπτική αρχή, επιφυλασσόμενη παντός νομίμου δικαιώματός μου, συμπεριλαμβανομένης της αξίωσης αποζημίωσης κατά το άρθρο 82 ΓΚΠΔ.

Πάτρα, 3 Μαρτίου 2025

Η δηλούσα
Αικατερίνη Νικολάου""", "Αικατερίνη Νικολάου"),
        ("portability", (), "Αίτημα φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)", """Αξιότιμοι κύριοι / κυρίες,

Σύμφωνα με το άρθρο 20 του Γενικού Κανονισμού για την Προστασία Δεδομένων, ασκώ το δικαίωμα στη φορητότητα των δεδομένων και ζητώ να μου χορηγήσετε τα δεδομένα προσωπικού χαρακτήρα που με αφορούν και τα οποία σας έχω παράσχει, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο (CSV ή JSON).

Το αίτημα αφορά:
α) τα στοιχεία του λογαριασμού πελάτη αρ. 6640-1029 και τις διευθύνσεις αποστολής·
β) το πλήρες ιστορικό παραγγελιών·
γ) τις συναλλαγές και τους πόντους της κάρτας επιβράβευσης αρ. 6002 3010 8846.

Παρακαλώ να μου αποστείλετε το αρχείο μέσω ασφαλούς συνδέσμου στη διεύθυνση nikos.georgiou@mail.example εντός μηνός από την παραλαβή του αιτήματος.

Με εκτίμηση,

Νικόλαος Γεωργίου
Ηράκλειο, 15 Απριλίου 2025""", "Νικόλαος Γεωργίου"),
        ("restriction", (), "Αίτημα περιορισμού της επεξεργασίας (άρθρο 18 παρ. 1 στοιχ. γ΄ ΓΚΠΔ)", """Αξιότιμοι κύριοι / κυρίες,

Με μήνυμά σας της 10ης Μαΐου 2025 με ενημερώσατε ότι ο ανενεργός λογαριασμός μου (αρ. πελάτη 2271-5540), μαζί με το ιστορικό παραγγελιών και την αλληλογραφία με την εξυπηρέτηση πελατών, θα διαγραφεί στις 31 Μαΐου 2025.

Βρίσκομαι σε δικαστική διαφορά με την ασφαλιστική μου εταιρεία σχετικά με την αποζημίωση για ηλεκτρικές συσκευές που αγόρασα από το κατάστημά σας (παραγγελίες αρ. 2022-06-11820 και 2022-11-30455) και καταστράφηκαν σε πυρκαγιά. Τα σχετικά δεδομένα μού είναι απαραίτητα για τη θεμελίωση, άσκηση ή υποστήριξη νομικών αξιώσεων.

Ως εκ τούτου, σύμφωνα με το άρθρο 18 παρ. 1 στοιχ. γ΄ ΓΚΠΔ, ζητώ να μη διαγράψετε τα δεδομένα αυτά, αλλά να περιορίσετε την επεξεργασία τους στην αποθήκευση, έως την αμετάκλητη περάτωση της δίκης, για την οποία θα σας ενημερώσω εγγράφως.

Παρακαλώ για έγγραφη επιβεβαίωση και για ενημέρωσή μου πριν από την άρση του περιορισμού (άρθρο 18 παρ. 3 ΓΚΠΔ).

Με εκτίμηση,

Ιωάννης Κωνσταντίνου
Λάρισα""", "Ιωάννης Κωνσταντίνου"),
        ("objection", (), "Εναντίωση στην επεξεργασία για σκοπούς απευθείας εμπορικής προώθησης και κατάρτισης προφίλ", """Αξιότιμοι κύριοι / κυρίες,

Σύμφωνα με το άρθρο 21 παρ. 2 και 3 του Γενικού Κανονισμού για την Προστασία Δεδομένων, αντιτίθεμαι στην επεξεργασία των δεδομένων προσωπικού χαρακτήρα που με αφορούν για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ στον βαθμό που σχετίζεται με αυτήν.

Λαμβάνω τακτικά έντυπα διαφημιστικά στη διεύθυνση κατοικίας μου και «εξατομικευμένες προσφορές» που βασίζονται προφανώς στο ιστορικό αγορών μου με την κάρτα επιβράβευσης (αρ. 6002 3010 4412).

Παρακαλώ:
1. να διακόψετε κάθε αποστολή διαφημιστικού υλικού προς εμένα, ταχυδρομικά ή ηλεκτρονικά·
2. να πάψετε να αναλύετε τις αγορές μου για διαφημιστικούς σκοπούς·
3. να μου επιβεβαιώσετε εγγράφως ότι ικανοποιήσατε το αίτημά μου.

Επιθυμώ να διατηρήσω τον λογαριασμό μου (αρ. πελάτη 3390-7718) για τις αγορές μου.

Με εκτίμηση,

Ελένη Βασιλείου
Ιωάννινα, 7 Ιουνίου 2025""", "Ελένη Βασιλείου"),
        ("withdraw_consent", (), "Ανάκληση συγκατάθεσης - ενημερωτικό δελτίο και SMS", """Αξιότιμοι κύριοι / κυρίες,

Σύμφωνα με το άρθρο 7 παρ. 3 του Γενικού Κανονισμού για την Προστασία Δεδομένων, ανακαλώ με άμεση ισχύ τη συγκατάθεση που είχα δώσει κατά την εγγραφή μου στο ηλεκτρονικό σας κατάστημα για:

[X] την αποστολή ενημερωτικού δελτίου (newsletter) στη διεύθυνση k.dimitriou@mail.example·
[X] την αποστολή διαφημιστικών μηνυμάτων SMS στον αριθμό +30 694 555 2871.

Ο λογαριασμός μου (αρ. πελάτη 1184-6620) παραμένει ενεργός και επιθυμώ να λαμβάνω κανονικά τις ενημερώσεις για τις παραγγελίες μου.

Παρακαλώ να μου επιβεβαιώσετε την ενημέρωση των προτιμήσεών μου.

Με εκτίμηση,

Κωνσταντίνος Δημητρίου""", "Κωνσταντίνος Δημητρίου"),
        ("other", (), "Εξώδικη δήλωση - όχληση για απλήρωτο τιμολόγιο αρ. 2024/1187", """ΕΞΩΔΙΚΗ ΔΗΛΩΣΗ - ΟΧΛΗΣΗ

Της ανώνυμης εταιρείας «ΕΛΛΗΝΙΚΑ ΚΕΡΑΜΙΚΑ ΑΕ», που εδρεύει στον Βόλο, οδός Ιάσονος 12, νομίμως εκπροσωπούμενης

ΠΡΟΣ
την εταιρεία που εκμεταλλεύεται το ηλεκτρονικό κατάστημα shop.example.be

Δυνάμει της από 5 Ιουνίου 2024 εμπορικής συμφωνίας, η εντολέας μας σας προμήθευσε 1.200 χειροποίητα κεραμικά σερβίτσια, τα οποία παραλάβατε χωρίς επιφύλαξη στις 2 Σεπτεμβρίου 2024. Για την πώληση αυτή εκδόθηκε το τιμολόγιο αρ. 2024/1187 ποσού 27.600,00 ευρώ, πληρωτέο εντός 60 ημερών. Παρά τις επανειλημμένες υπενθυμίσεις, το ποσό παραμένει ανεξόφλητο.

Κατόπιν τούτου, σας καλούμε όπως εντός δέκα (10) ημερών από την επίδοση της παρούσας καταβάλετε το ανωτέρω ποσό, πλέον τόκων υπερημερίας σύμφωνα με την Οδηγία 2011/7/ΕΕ, άλλως θα προβούμε σε όλες τις νόμιμες ενέργειες για τη δικαστική είσπραξη της απαίτησης, επιφυλασσόμενοι παντός δικαιώματος.

Επειδή η μόνη δημοσιευμένη ηλεκτρονική διεύθυνση της εταιρείας σας είναι η παρούσα, παρακαλούμε να διαβιβάσετε την όχληση στη διοίκηση και στο λογιστήριό σας.

Αθήνα, 14 Ιανουαρίου 2025

Για την εντολέα
Μαρία Σταθοπούλου, Δικηγόρος
Ακαδημίας 60, 106 79 Αθήνα""", "Μαρία Σταθοπούλου, Δικηγόρος"),
    ],
    "bg": [
        ("access", (), "Заявление за достъп до лични данни", """ДО
администратора на лични данни на онлайн магазин shop.example.be
privacy@shop.example.be

ЗАЯВЛЕНИЕ
за достъп до лични данни

от Мария Иванова Петрова, адрес: гр. София, ул. „Граф Игнатиев“ № 24, ет. 3, ап. 7, e-mail: maria.petrova@poshta.example, клиентски номер BG-20553

Уважаеми госпожи и господа,

На основание чл. 15 от Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) и Закона за защита на личните данни (ЗЗЛД) моля да ми потвърдите дали обработвате лични данни, свързани с мен, и ако е така, да ми предоставите копие от тях, както и следната информация:

1. целите на обработването;
2. категориите лични данни;
3. получателите или категориите получатели, пред които са или ще бъдат разкрити данните, по-специално получатели в трети държави;
4. предвидения срок на съхранение или критериите за определянето му;
5. източника на данните, когато не са събрани от мен;
6. наличието на автоматизирано вземане на решения, включително профилиране, и съществена информация относно използваната логика.

Предпочитам информацията да ми бъде предоставена по електронен път на посочения e-mail.

Дата: 12.03.2025 г.
гр. София

Подпис: Мария Петрова""", "Мария Петрова"),
        ("deletion", ("withdraw_consent",), "Заявление за изтриване на лични данни („право да бъдеш забравен“)", """ДО
администратора на лични данни на shop.example.be

ЗАЯВЛЕНИЕ
за изтриване на лични данни

от Георги Димитров Стоянов, гр. Пловдив, бул. „Марица“ № 112, клиентски номер 4481-2206

Уважаеми госпожи и господа,

На основание чл. 17, пар. 1 от Регламент (ЕС) 2016/679 моля да изтриете без ненужно забавяне всички мои лични данни, които обработвате, включително данните от клиентския ми профил и картата за лоялност № 6002 5210 3348, тъй като те вече не са необходими за целите, за които са били събрани.

Едновременно с това, на основание чл. 7, пар. 3 от Регламента, оттеглям съгласието си за получаване на бюлетин и рекламни SMS съобщения.

Моля да уведомите за изтриването всички получатели, на които са били разкрити личните ми данни (чл. 19 от Регламента).

Ако съгласно закона сте длъжни да съхранявате част от данните (например счетоводни документи), моля да ми посочите кои са те, на какво основание и за какъв срок се съхраняват.

Моля за писмено потвърждение в срок от един месец.

Дата: 20.02.2025 г.
Подпис: Георги Стоянов""", "Георги Стоянов"),
        ("complaint", ("correction",), "Напомняне и покана - неизпълнено искане за коригиране от 10.01.2025 г.", """Уважаеми госпожи и господа,

На 10.01.2025 г. изпратих до Вас по електронна поща искане по чл. 16 от Регламент (ЕС) 2016/679 за коригиране на неточни лични данни в клиентския ми профил № 3370-9912 (грешно изписано фамилно име и неактуален адрес за доставка). До днес не съм получила отговор, а поръчките ми продължават да се изпращат на стария адрес.

Напомням, че съгласно чл. 12, пар. 3 от Регламента сте длъжни да отговорите в срок от един месец, който отдавна е изтекъл.

С настоящото Ви каня в 14-дневен срок от получаването на това писмо да извършите исканото коригиране и да ми го потвърдите писмено.

В случай че не сторите това, ще подам жалба до Комисията за защита на личните данни (КЗЛД) на основание чл. 77 от Регламента и чл. 38 от Закона за защита на личните данни, която ще я препрати на компетентния белгийски надзорен орган. Запазвам си и правото да търся обезщетение по чл. 82 от Регламента.

С уважение,

Надежда Николова
гр. Варна, ул. „Цар Симеон I“ № 15""", "Надежда Николова"),
        ("correction", ("restriction",), "Заявление за коригиране и ограничаване на обработването на лични данни", """ДО
администратора на лични данни на shop.example.be

ЗАЯВЛЕНИЕ
за коригиране на лични данни

от Иван Георгиев Тодоров, клиентски номер 5590-1123

Уважаеми госпожи и господа,

В клиентския ми профил са записани следните неточни данни:
- име: „Иван Тодороф“ вместо „Иван Тодоров“;
- адрес за доставка: „гр. Бургас, ул. „Александровска“ № 10“ вместо „гр. Бургас, ул. „Александровска“ № 101“;
- телефон: 0888 555 213 вместо 0888 555 231.

На основание чл. 16 от Регламент (ЕС) 2016/679 моля да коригирате тези данни без ненужно забавяне.

Тъй като оспорвам точността на посочените данни, на основание чл. 18, пар. 1, буква „а“ от Регламента моля също да ограничите обработването им за срока, необходим за проверка на точността им – до тогава да не се изпращат пратки и съобщения на неточните адрес и телефон.

Моля да уведомите за коригирането куриерската фирма (чл. 19 от Регламента) и да ми потвърдите писмено извършените действия.

Дата: 05.05.2025 г.
Подпис: Иван Тодоров""", "Иван Тодоров"),
        ("restriction", (), "Искане за ограничаване на обработването (чл. 18, пар. 1, буква „б“ от Регламент (ЕС) 2016/679)", """Уважаеми госпожи и господа,

При връщане на стока по поръчка № 2025-01-22014 служител от Вашия отдел за обслужване на клиенти ме задължи да изпратя снимка на двете страни на личната си карта, без да ми бъде обяснено на какво основание. Считам, че това обработване е незаконосъобразно и противоречи на принципа за свеждане на данните до минимум.

Не желая обаче данните да бъдат изтрити, тъй като ми са необходими като доказателство.

Поради това, на основание чл. 18, пар. 1, буква „б“ от Регламент (ЕС) 2016/679, искам да ограничите обработването на копието на личната ми карта и на извлечените от него данни, като те да бъдат единствено съхранявани и да не се използват за никакви други цели без моето съгласие.

Моля да ми потвърдите писмено ограничаването и да ме уведомите преди неговата отмяна (чл. 18, пар. 3 от Регламента).

С уважение,

Стефан Колев
клиентски номер 6612-0487
гр. Русе""", "Стефан Колев"),
        ("objection", (), "Възражение срещу обработването на лични данни за целите на директния маркетинг", """Уважаеми госпожи и господа,

На основание чл. 21, пар. 2 и 3 от Регламент (ЕС) 2016/679 възразявам срещу обработването на моите лични данни за целите на директния маркетинг, включително срещу профилирането, доколкото то е свързано с директния маркетинг.

Получавам редовно рекламни брошури на домашния си адрес, както и „персонални оферти“ по електронна поща, които очевидно се основават на покупките ми с картата за лоялност № 6002 5210 7790.

Моля:
1. да преустановите изпращането на всякакви рекламни материали до мен;
2. да престанете да анализирате покупките ми за маркетингови цели;
3. да ми потвърдите писмено, че възражението ми е уважено.

Желая да запазя клиентския си профил (№ 2287-4410) за поръчки.

С уважение,

Десислава Ангелова
гр. Стара Загора, 11.06.2025 г.""", "Десислава Ангелова"),
        ("withdraw_consent", (), "Оттегляне на съгласие за получаване на търговски съобщения", """Уважаеми госпожи и господа,

На основание чл. 7, пар. 3 от Регламент (ЕС) 2016/679 оттеглям, считано от днес, съгласието си за:

[X] получаване на бюлетин на адрес petar.iliev@poshta.example;
[X] получаване на рекламни SMS съобщения на телефон +359 887 555 402;
[X] персонализирани предложения въз основа на картата ми за лоялност.

Клиентският ми профил (№ 7730-1186) остава активен и желая да продължа да получавам съобщенията, свързани с поръчките ми.

Моля да потвърдите промяната на настройките ми.

С уважение,

Петър Илиев""", "Петър Илиев"),
        ("other", (), "Запорно съобщение и искане за сведения - изп. дело № 20258850400217", """ЧАСТЕН СЪДЕБЕН ИЗПЪЛНИТЕЛ
Рег. № 885 на КЧСИ, район на действие Софийски градски съд

ДО
дружеството, стопанисващо онлайн магазин shop.example.be

ЗАПОРНО СЪОБЩЕНИЕ

Уважаеми госпожи и господа,

По изпълнително дело № 20258850400217 по описа на моята кантора, образувано по молба на взискателя „Кредит Експрес БГ“ ЕАД срещу длъжника Васил Петров Маринов, ЕГН 8501***, с адрес гр. София, ж.к. „Младост 1“, бл. 12, на основание чл. 507 и сл. от Гражданския процесуален кодекс Ви съобщавам, че е наложен запор върху всички вземания на длъжника към Вашето дружество, включително суми за възстановяване по върнати поръчки, ваучери и салда по подаръчни карти, до размера на 3 842,17 лв.

На основание чл. 508 от ГПК следва в едноседмичен срок да ми съобщите:
1. признавате ли вземането и готови ли сте да го изплатите;
2. дали някой друг претендира права върху вземането;
3. дали върху вземането има наложен друг запор.

Считано от получаването на настоящото съобщение нямате право да изплащате сумите на длъжника.

С уважение,

Калин Методиев
Частен съдебен изпълнител
гр. София, ул. „Алабин“ № 36""", "ЧСИ Калин Методиев"),
    ],
}

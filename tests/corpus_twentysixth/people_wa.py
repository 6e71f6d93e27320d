"""Twenty-sixth set, letters made with request generators and organisations' templates, as the tools output them (en nl fr de es it pt). Written apart from the rules (see make_twentysixth.py)."""

PEOPLE_WA = {
    "en": [
        ("access", (),
         "Request for access to personal data according to Art. 15 GDPR",
         """Daniel Okafor
Rue des Tanneurs 58
1000 Brussels
Belgium

shop.example.be
privacy@shop.example.be

Date: 2025-03-14
My reference: 2025-03-4HK2PQ9T

Request for access to personal data according to Art. 15 GDPR

Dear Sir or Madam,

I hereby request access according to Art. 15 GDPR. Please confirm whether you are processing personal data concerning me (Art. 4(1) and (2) GDPR). If this is the case, I request access to the following information:

1. all personal data concerning me that you have stored (if the data was not collected from me, please also provide all available information as to their source),
2. the purposes of the processing,
3. the recipients or categories of recipients to whom the personal data have been or will be disclosed, in particular recipients in third countries or international organisations,
4. the envisaged period for which the personal data will be stored, or, if not possible, the criteria used to determine that period,
5. the existence of automated decision-making, including profiling, referred to in Art. 22(1) and (4) GDPR and, at least in those cases, meaningful information about the logic involved, as well as the significance and the envisaged consequences of such processing for me,
6. in case of a transfer to a third country, the appropriate safeguards pursuant to Art. 46 GDPR.

Please also provide me with a copy of my personal data undergoing processing (Art. 15(3) GDPR).

I request you to answer within one month, as required by Art. 12(3) GDPR. For this purpose, I have set myself a deadline of:
2025-04-14

Should you not respond in the prescribed time, I reserve the right to take legal action and to lodge a complaint with the competent supervisory authority.

To identify myself, I am providing the following information that you might have stored about me:
Name: Daniel Okafor
Email address: d.okafor@mailbox.example
Customer number: 30918475
Loyalty card number: 2200 4471 0938

Please include my reference (2025-03-4HK2PQ9T) in your reply.

Kind regards,
Daniel Okafor

--
This request was generated using datarequests.org, a free tool that helps you exercise your rights under the GDPR. https://www.datarequests.org
""",
         "Daniel Okafor"),

        ("access", (),
         "Subject access request",
         """Hello,

I moved to Belgium from Manchester last year and couldn't find a form on your website, so I've used the template from the ICO website (sorry, I know it mentions UK law). Hope that's OK!

Sarah

------

Flat 3, Avenue Louise 212
1050 Ixelles
+32 470 55 81 20

9 January 2025

Example Home & Garden
privacy@shop.example.be

Dear Sir or Madam

Subject access request

Sarah Whitfield, Flat 3, Avenue Louise 212, 1050 Ixelles. Online customer account registered to sarah.whitfield@post.example; I also have one of your loyalty cards (no. 2200 3915 6624).

Please supply the personal data you hold about me, which I am entitled to receive under data protection law, held in:

- my online customer account and my order history (2023 to date);
- your loyalty programme records;
- any notes your customer service team made about my phone call in November 2024 about a delayed garden furniture delivery.

If you need any more information, please let me know as soon as possible.

It may be helpful for you to know that data protection law requires you to respond to a request for personal data within one calendar month.

If you do not normally deal with these requests, please pass this letter to your data protection officer or relevant staff member.

If you need advice on dealing with this request, the Information Commissioner's Office can assist you. Its website is ico.org.uk or it can be contacted on 0303 123 1113.

Yours faithfully
Sarah Whitfield
""",
         "Sarah Whitfield"),

        ("deletion", ("withdraw_consent", "objection"),
         "Account 77120934",
         """To whom it may concern,

This is a request for erasure of personal data under Article 17 of the General Data Protection Regulation (GDPR).

I request that you erase all personal data you hold about me without undue delay. I withdraw any consent on which your processing of my personal data is based (Article 7(3) GDPR), and I object to the processing of my personal data for direct marketing purposes under Article 21(2) GDPR. You therefore no longer have a lawful basis for keeping my data (Article 17(1)(b) and (c) GDPR).

Where you have disclosed my personal data to others, including your marketing and advertising partners, please communicate my request for erasure to each of them, as required by Article 19 GDPR.

Please confirm in writing once my data has been erased. Under Article 12(3) GDPR you must respond to this request within one month of receiving it.

To help you find my data:
Full name: Priya Raman
Email address: priya.raman@inbox.example
Customer number: 77120934
Postal address: Kapucijnenvoer 14, 3000 Leuven

Kind regards,
Priya Raman

This email was sent via YourDigitalRights.org
""",
         "Priya Raman"),

        ("objection", (),
         "Objection under Article 21(1) GDPR",
         """Dear Data Protection Officer,

I hereby object, pursuant to Article 21(1) GDPR, to the processing of my personal data which you carry out on the basis of your legitimate interests (Article 6(1)(f) GDPR), in particular:

(a) the analysis of the purchases I make with my loyalty card and of my browsing on shop.example.be in order to build a customer profile of me;
(b) the use of that profile to place me in marketing segments and to personalise offers, prices or advertising shown to me, on your website and through your advertising partners.

I am a private individual and I have never agreed to being profiled. My situation is that I share a household account with my elderly mother, and the profile you build mixes her purchases with mine, which leads to inferences about health and mobility products that I consider intrusive.

Under Article 21(1) GDPR you shall no longer process my personal data for these purposes unless you demonstrate compelling legitimate grounds which override my interests, rights and freedoms. To the extent the profiling is carried out for direct marketing, my objection is absolute (Article 21(2) and (3) GDPR).

Please confirm within one month (Article 12(3) GDPR) that the processing described above has stopped.

Identification:
Mark O'Connell
Customer no. 51230687
Loyalty card 2200 8812 4470

Yours sincerely,
Mark O'Connell
""",
         "Mark O'Connell"),

        ("withdraw_consent", (),
         "Withdrawal of consent - Article 7(3) GDPR",
         """Dear Sir/Madam,

I am writing to withdraw my consent, with immediate effect, to the processing of my personal data for the following purposes:

•	sending me your e-mail newsletter and promotional e-mails;
•	sending me marketing text messages (SMS) to my mobile number +32 486 12 40 77.

Article 7(3) of the General Data Protection Regulation gives me the right to withdraw my consent at any time, and it must be as easy to withdraw consent as it was to give it. The "unsubscribe" link at the bottom of your e-mails leads to a login page I can no longer access, so I am using this address instead.

Please confirm that you have recorded the withdrawal of my consent.

Name: Ben Hughes
E-mail: ben.hughes77@webmail.example

Yours faithfully,
Ben Hughes
""",
         "Ben Hughes"),

        ("portability", ("deletion",),
         "Data portability request (Article 20 GDPR)",
         """Dear Sir or Madam,

I am a customer of shop.example.be (customer number 60441872, e-mail lena.kowalczyk@mail.example).

Pursuant to Article 20(1) and (2) of the General Data Protection Regulation, I request that you transmit the personal data concerning me that I have provided to you, namely:
- my account details (name, addresses, phone number);
- my complete order history, including the products bought and the dates;
- my saved garden plans and wish lists,

in a structured, commonly used and machine-readable format, directly to the following controller:

Tuinplan BV
Data Protection Officer
Dorpsstraat 9, 2800 Mechelen
dpo@tuinplan.example

If direct transmission is not technically feasible, please send the data to me instead, in CSV or JSON format.

Once the transfer has been completed, I also ask you to close my customer account and erase my personal data under Article 17 GDPR.

I look forward to your reply within one month, as provided for in Article 12(3) GDPR.

Kind regards,
Lena Kowalczyk
""",
         "Lena Kowalczyk"),

        ("correction", (),
         "Please correct my details",
         """Hi,

I found this letter on a consumer website, filled it in below. The address problem has made two deliveries go to my old flat already.

---

Request for rectification of personal data (Article 16 GDPR)

Dear Sir or Madam,

Under Article 16 of the General Data Protection Regulation I have the right to obtain without undue delay the rectification of inaccurate personal data concerning me. The following personal data that you hold about me are inaccurate:

1. Name: you hold "Jonh Smyth". The correct name is "John Smyth".
2. Delivery and billing address: you hold "Rue Haute 301, 1000 Brussels". The correct address is "Chaussée de Waterloo 1120, 1180 Uccle" (since 1 October 2024).
3. Telephone number: you hold +32 475 00 11 98. The correct number is +32 475 00 19 88.

Please correct these data and, in accordance with Article 19 GDPR, inform any recipients to whom they have been disclosed (for example your delivery partners) of the correction.

Please confirm in writing that the corrections have been made, within one month of receiving this letter.

Customer number: 22058713

Yours faithfully,
John Smyth
""",
         "John Smyth"),

        ("restriction", (),
         "Request to restrict processing (Article 18 GDPR)",
         """Dear Sir or Madam,

Order 2024-118402 / customer number 70031558

I am currently in dispute with you about the refund for order 2024-118402 (a parasol returned on 12 December 2024, which your system records as "not received"). Since then my account carries a note "suspected return abuse" and I can no longer order.

I contest the accuracy of this note and of the record "return not received". Pursuant to Article 18(1)(a) GDPR I request that you restrict the processing of these data for the period needed to verify their accuracy. I also need the order, return and tracking data for the establishment of a legal claim, so I ask you not to erase them but to keep them under restriction (Article 18(1)(c) GDPR).

To be clear: I am not asking you to change or delete anything at this stage. I ask that the data be stored only and not otherwise used, in particular not for scoring, blocking my account or sharing with any collection agency, until the dispute is resolved.

Please inform me before any restriction is lifted, as required by Article 18(3) GDPR, and confirm receipt of this request.

Regards,
Tom Gallagher
Rue de l'Église 4, 1380 Lasne
""",
         "Tom Gallagher"),

        ("complaint", ("access",),
         "Reminder: my request under Art. 15 GDPR of 2025-01-20",
         """Tom Reyes
Sint-Pietersnieuwstraat 71
9000 Gent

shop.example.be
privacy@shop.example.be

Date: 2025-03-03
My reference: 2025-01-7TQX2M

Reminder: my request under Art. 15 GDPR of 2025-01-20

Dear Sir or Madam,

On 2025-01-20, I sent you a request for access according to Art. 15 GDPR under the reference 2025-01-7TQX2M. A copy of my request is included below.

You were obligated to answer my request within one month (Art. 12(3) GDPR). This deadline has expired, yet I have not received any response from you, not even an acknowledgement.

I hereby again request that you provide me with the confirmation whether you process personal data concerning me, the information listed in Art. 15(1) GDPR and a copy of my data (Art. 15(3) GDPR), and I set you a final deadline of 14 days from today. Should you fail to comply by then, I will lodge a complaint with the competent supervisory authority, the Belgian Data Protection Authority, without further notice.

Kind regards,
Tom Reyes

--- Original request of 2025-01-20 ---

Request for access to personal data according to Art. 15 GDPR

Dear Sir or Madam,

I hereby request access according to Art. 15 GDPR. Please confirm whether you are processing personal data concerning me (Art. 4(1) and (2) GDPR). If this is the case, I request access to the following information: [...]

To identify myself, I am providing the following information that you might have stored about me:
Name: Tom Reyes
Email address: tomreyes@mailbox.example

--
This request was generated using datarequests.org
""",
         "Tom Reyes"),

        ("other", (),
         "Complaint - order 2024-093317 - faulty hedge trimmer",
         """Sorry if this is the wrong address, your contact form keeps showing an error and this was the only e-mail I could find on the website. I used the model letter from the European Consumer Centre.

Dear Sir or Madam,

Subject: Non-conformity of goods - request for repair or replacement

On 2 August 2024 I bought from your website an electric hedge trimmer (article 554120, order number 2024-093317) for EUR 129.99. The goods were delivered on 6 August 2024.

On 20 February 2025 the product stopped working: the motor starts but the blades do not move.

Under the legal guarantee of conformity (Directive (EU) 2019/771 and Articles 1649bis to 1649octies of the Belgian Civil Code) the seller is liable for any lack of conformity that becomes apparent within two years of delivery. I therefore ask you to repair or replace the product free of charge within a reasonable time, and in any case within 14 days of this letter.

If I do not receive a satisfactory answer, I will seek assistance from the European Consumer Centre.

I attach a copy of the invoice and a photo of the product.

Yours faithfully,
Oliver Grant
Avenue de Tervueren 88, 1040 Etterbeek
""",
         "Oliver Grant"),
    ],
    "nl": [
        ("access", (),
         "Verzoek om inzage (art. 15 AVG)",
         """Geachte heer, mevrouw,

Met deze brief doe ik een verzoek om inzage op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG).

Ik verzoek u mij te laten weten of u persoonsgegevens van mij verwerkt. Als dat het geval is, ontvang ik graag een kopie van deze persoonsgegevens en daarnaast de volgende informatie:

a. de verwerkingsdoeleinden;
b. de betrokken categorieën van persoonsgegevens;
c. de ontvangers of categorieën van ontvangers aan wie de persoonsgegevens zijn of worden verstrekt, met name ontvangers in derde landen of internationale organisaties;
d. indien mogelijk, de periode gedurende welke de persoonsgegevens zullen worden opgeslagen, of indien dat niet mogelijk is, de criteria om die termijn te bepalen;
e. dat ik het recht heb u te verzoeken dat persoonsgegevens worden gerectificeerd of gewist, of dat de verwerking van mijn persoonsgegevens wordt beperkt, alsmede het recht tegen die verwerking bezwaar te maken;
f. dat ik het recht heb een klacht in te dienen bij een toezichthoudende autoriteit;
g. wanneer de persoonsgegevens niet bij mij zijn verzameld, alle beschikbare informatie over de bron van die gegevens;
h. het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, en, ten minste in die gevallen, nuttige informatie over de onderliggende logica, alsmede het belang en de verwachte gevolgen van die verwerking voor mij.

Ik verzoek u binnen een maand na ontvangst van dit verzoek te reageren, zoals de AVG voorschrijft (artikel 12 lid 3 AVG).

Om mijn verzoek te kunnen behandelen, kunt u de volgende gegevens gebruiken:
Naam: Femke de Wit
E-mailadres: femke.dewit@postvak.example
Klantnummer: 41873306
Adres: Nieuwe Binnenweg 140B, 3015 BJ Rotterdam

Met vriendelijke groet,

Femke de Wit

Deze brief is gemaakt met My Data Done Right, een project van Bits of Freedom.
""",
         "Femke de Wit"),

        ("access", (),
         "inzage",
         """Goeiemiddag,

Ik heb de modelbrief van de Gegevensbeschermingsautoriteit gebruikt, hopelijk is het zo duidelijk. Ik wil vooral weten wat er allemaal met mijn klantenkaart bijgehouden wordt.

Wim

-----

Betreft: uitoefening van mijn recht van inzage (artikel 15 AVG)

Geachte,

Ik ben klant bij uw webwinkel en houder van uw klantenkaart. Op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG) wens ik van u te vernemen of u persoonsgegevens over mij verwerkt en, zo ja, wens ik inzage in die gegevens.

Ik verzoek u mij in het bijzonder mee te delen:
- welke persoonsgegevens u over mij verwerkt (ook de aankopen die met mijn klantenkaart geregistreerd zijn);
- voor welke doeleinden u die gegevens verwerkt;
- aan welke ontvangers of categorieën van ontvangers u mijn gegevens doorgeeft;
- hoe lang u mijn gegevens bewaart;
- van wie u mijn gegevens verkregen heeft, als u ze niet bij mij zelf verzameld heeft;
- of u mijn gegevens gebruikt voor geautomatiseerde besluitvorming of profilering.

Graag ontving ik ook een kopie van de persoonsgegevens die u over mij verwerkt.

U beschikt over een termijn van één maand om op mijn verzoek te antwoorden. Om mijn identiteit aan te tonen voeg ik een kopie van de voorzijde van mijn identiteitskaart toe.

Met vriendelijke groeten,

Wim Claes
Kortrijksesteenweg 412
9000 Gent
Klantenkaart nr. 2200 1187 5530
""",
         "Wim Claes"),

        ("deletion", ("objection", "withdraw_consent"),
         "Verzoek tot gegevenswissing (art. 17 AVG)",
         """Geachte mevrouw, geachte heer,

Ik ben geregistreerd als klant bij uw onderneming onder klantnummer 33091725.

Hierbij verzoek ik u, op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (AVG), alle persoonsgegevens die u over mij verwerkt onverwijld te wissen en mijn klantenaccount af te sluiten.

Voor zover u mijn gegevens verwerkt op basis van uw gerechtvaardigd belang, teken ik daartegen bezwaar aan op grond van artikel 21 AVG, in het bijzonder tegen het gebruik van mijn gegevens voor direct marketing en tegen het doorgeven ervan aan uw commerciële partners. Daarnaast trek ik mijn toestemming voor het ontvangen van uw nieuwsbrief en gepersonaliseerde aanbiedingen in (artikel 7, lid 3 AVG).

Overeenkomstig artikel 19 AVG verzoek ik u de ontvangers aan wie u mijn persoonsgegevens heeft verstrekt van deze wissing in kennis te stellen.

Ik verwacht binnen een maand na ontvangst van deze brief een schriftelijke bevestiging dat mijn gegevens gewist zijn (artikel 12, lid 3 AVG).

Met vriendelijke groeten,

An Vermeulen
Bosstraat 27
2440 Geel
an.vermeulen@telenet-mail.example

(modelbrief Test-Aankoop)
""",
         "An Vermeulen"),

        ("objection", (),
         "Bezwaar tegen gebruik van mijn gegevens voor direct marketing",
         """Geachte heer/mevrouw,

Ik maak hierbij bezwaar tegen het gebruik van mijn persoonsgegevens voor direct marketing, op grond van artikel 21 lid 2 van de Algemene Verordening Gegevensbescherming (AVG).

Dit bezwaar geldt voor alle vormen van direct marketing: reclame per post, telefoon, e-mail en sms, en ook voor het opstellen van een profiel van mij voor marketingdoeleinden. Ook wil ik niet dat u mijn gegevens voor deze doeleinden aan andere bedrijven verstrekt.

Na ontvangst van dit bezwaar mag u mijn persoonsgegevens niet langer voor direct marketing verwerken (artikel 21 lid 3 AVG). Ik verzoek u mij binnen vier weken te bevestigen dat u mijn bezwaar heeft verwerkt.

Mijn gegevens:
Naam: Joost Bakker
Adres: Vondelstraat 18-2, 1054 GE Amsterdam
Klantnummer: 58820413

Met vriendelijke groet,

J. Bakker

Deze brief is een voorbeeldbrief van de Consumentenbond.
""",
         "Joost Bakker"),

        ("withdraw_consent", (),
         "nieuwsbrief",
         """Dag,

Ik wil geen nieuwsbrief en geen sms'en met promoties meer ontvangen. In de sms'en vind ik geen uitschrijflink, daarom nu maar zo, met een tekstje van de GBA-site:

"Hierbij trek ik, overeenkomstig artikel 7, lid 3 van de Algemene Verordening Gegevensbescherming, mijn toestemming in voor de verwerking van mijn persoonsgegevens voor het versturen van nieuwsbrieven en commerciële berichten per e-mail en sms. Ik verzoek u deze verwerking onmiddellijk stop te zetten en mij te bevestigen dat mijn intrekking geregistreerd werd."

E-mailadres: kdesmet.home@provider.example
Gsm: 0472 31 88 05

Groetjes,
Katrien De Smet
""",
         "Katrien De Smet"),

        ("portability", (),
         "Verzoek om overdracht van mijn gegevens (artikel 20 AVG)",
         """Geachte heer/mevrouw,

Hierbij doe ik een beroep op mijn recht op overdraagbaarheid van gegevens, zoals bedoeld in artikel 20 van de Algemene Verordening Gegevensbescherming (AVG).

Ik verzoek u de persoonsgegevens die ik zelf aan u heb verstrekt, en de gegevens die door mijn gebruik van uw diensten zijn gegenereerd (bestelgeschiedenis, klantenkaartaankopen, verlanglijstjes), in een gestructureerde, gangbare en machineleesbare vorm rechtstreeks over te dragen aan:

DataNest BV (mijn persoonlijke datakluis)
t.a.v. de functionaris voor gegevensbescherming
Kerkstraat 5, 9050 Gentbrugge
import@datanest.example

Mocht rechtstreekse overdracht technisch niet mogelijk zijn, stuur de gegevens dan naar mij, bij voorkeur als JSON- of CSV-bestand.

Ik verzoek u binnen een maand na ontvangst op mijn verzoek te reageren (artikel 12 lid 3 AVG).

Met vriendelijke groet,

Pieter Janssens
Klantnummer 12904877
pieter.janssens@mailbox.example
""",
         "Pieter Janssens"),

        ("correction", ("restriction",),
         "Verzoek tot verbetering van mijn persoonsgegevens",
         """Geachte,

Op grond van artikel 16 van de Algemene Verordening Gegevensbescherming (AVG) verzoek ik u de volgende onjuiste persoonsgegevens die u over mij verwerkt te verbeteren:

- mijn naam staat bij u als "Sofie Van Damne"; dit moet zijn "Sofie Van Damme";
- mijn adres staat bij u als "Lange Leemstraat 12, 2018 Antwerpen"; sinds 15 januari 2025 is dit "Grote Markt 3 bus 2, 2200 Herentals";
- mijn geboortedatum staat bij u als 03/08/1985; dit moet zijn 08/03/1985.

Zolang deze gegevens niet verbeterd zijn, verzoek ik u op grond van artikel 18, lid 1, a) AVG de verwerking ervan te beperken, zodat er geen pakjes en facturen meer naar het oude adres vertrekken.

Gelieve mij binnen een maand te bevestigen dat de verbeteringen uitgevoerd zijn en de ontvangers aan wie u deze gegevens heeft doorgegeven hiervan op de hoogte te brengen (artikel 19 AVG).

Met vriendelijke groeten,

Sofie Van Damme
Klantnummer: 80356142
""",
         "Sofie Van Damme"),

        ("restriction", (),
         "klantnr 66104298",
         """Geachte heer, mevrouw,

Betreft: verzoek om beperking van de verwerking (artikel 18 AVG)

Sinds november 2024 ben ik met u in geschil over de terugbetaling van bestelling 2024-201557 (tuinset, teruggestuurd op 4 november 2024). Mijn klantenaccount is intussen geblokkeerd en ik kreeg een bericht dat mijn account 'binnenkort opgeschoond' wordt.

Ik heb de gegevens over deze bestelling, de retour en de communicatie met uw klantendienst nodig voor de instelling, uitoefening of onderbouwing van een rechtsvordering. Op grond van artikel 18, lid 1, c) AVG verzoek ik u deze gegevens niet te wissen, maar de verwerking ervan te beperken: bewaar ze, maar gebruik ze voor niets anders totdat het geschil is beëindigd.

Ik vraag u op dit moment niet om inzage, verbetering of wissing. Wel verzoek ik u mij vooraf te informeren als u de beperking wilt opheffen (artikel 18, lid 3 AVG).

Met vriendelijke groet,

Mohamed El Amrani
Turnhoutsebaan 201, 2140 Borgerhout
""",
         "Mohamed El Amrani"),

        ("complaint", ("access",),
         "Herinnering: verzoek om inzage van 3 februari 2025",
         """Geachte heer, mevrouw,

Op 3 februari 2025 heb ik u een verzoek om inzage gestuurd op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG). Tot op heden heb ik geen reactie van u ontvangen.

Volgens artikel 12 lid 3 AVG had u binnen een maand na ontvangst van mijn verzoek moeten reageren. Die termijn is verstreken.

Ik verzoek u daarom opnieuw mij binnen veertien dagen na dagtekening van deze brief te laten weten of u persoonsgegevens van mij verwerkt, en mij een kopie van die gegevens en de informatie uit artikel 15 lid 1 AVG te sturen. Als ik binnen die termijn geen reactie ontvang, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Voor de volledigheid stuur ik mijn oorspronkelijke verzoek hieronder nogmaals mee.

Met vriendelijke groet,

Lotte Hermans
Klantnummer 29944018

----- Oorspronkelijk verzoek (3 februari 2025) -----
Geachte heer, mevrouw,

Met deze brief doe ik een verzoek om inzage op grond van artikel 15 van de Algemene Verordening Gegevensbescherming (AVG). Ik verzoek u mij te laten weten of u persoonsgegevens van mij verwerkt. [...]

Deze brief is gemaakt met My Data Done Right, een project van Bits of Freedom.
""",
         "Lotte Hermans"),

        ("other", (),
         "Ingebrekestelling - wettelijke garantie - bestelling 2024-077812",
         """Geachte heer, mevrouw,

Op 14 mei 2024 kocht ik in uw webwinkel een benzinegrasmaaier (artikelnummer 310588, bestelling 2024-077812) voor de prijs van 349 euro. Het toestel werd geleverd op 17 mei 2024.

Sinds 10 februari 2025 vertoont de grasmaaier het volgende gebrek: de motor slaat af na enkele seconden. Het toestel werd normaal gebruikt en onderhouden.

Overeenkomstig de artikelen 1649bis en volgende van het Burgerlijk Wetboek geniet ik als consument een wettelijke garantie van twee jaar. Ik verzoek u dan ook het toestel kosteloos te herstellen of te vervangen binnen een redelijke termijn, en uiterlijk binnen vijftien dagen na ontvangst van deze brief.

Bij gebrek aan een bevredigend antwoord binnen deze termijn behoud ik mij het recht voor de nodige stappen te ondernemen.

Een kopie van mijn factuur en foto's van het gebrek zijn bijgevoegd.

Met vriendelijke groeten,

Dirk Peeters
Stationsstraat 60, 3500 Hasselt

(modelbrief Test-Aankoop: wettelijke garantie)
""",
         "dirk peeters"),
    ],
    "fr": [
        ("access", (),
         "Demande de droit d'accès (article 15 du RGPD)",
         """Céline Marchand
14, rue des Carmes
59000 Lille

Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers.

Dans l'affirmative, je souhaiterais obtenir une copie, en langage clair, de l'ensemble de ces données, y compris celles figurant dans vos bases de données commerciales et celles liées à ma carte de fidélité.

Je vous remercie de bien vouloir également m'indiquer :
- les finalités du traitement ;
- les catégories de données personnelles concernées ;
- les destinataires ou catégories de destinataires auxquels les données ont été ou seront communiquées ;
- lorsque cela est possible, la durée de conservation des données envisagée ou, lorsque ce n'est pas possible, les critères utilisés pour déterminer cette durée ;
- lorsque les données n'ont pas été collectées auprès de moi, toute information disponible quant à leur source ;
- l'existence d'une prise de décision automatisée, y compris un profilage, et les informations concernant la logique sous-jacente.

Je vous remercie de me faire parvenir votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

Numéro client : 47720159
Adresse électronique utilisée pour mon compte : celine.marchand@courriel.example

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Céline Marchand
""",
         "Céline Marchand"),

        ("access", (),
         "Réf. client 55201947",
         """Bonjour,

J'ai utilisé le modèle de lettre de l'Autorité de protection des données, j'espère que c'est la bonne adresse. Surtout, j'aimerais savoir si mes coordonnées sont communiquées à des partenaires.

-----------------------------------------

Objet : Exercice de mon droit d'accès (article 15 du RGPD)

Madame, Monsieur,

Je soussigné, Jean-Luc Dubois, domicilié Rue de Fer 22 à 5000 Namur, vous prie, conformément à l'article 15 du Règlement général sur la protection des données, de me faire savoir si vous traitez des données à caractère personnel me concernant.

Si tel est le cas, je vous demande de me communiquer :
1. une copie des données à caractère personnel me concernant que vous traitez ;
2. les finalités pour lesquelles ces données sont traitées ;
3. les catégories de données concernées ;
4. les destinataires ou catégories de destinataires auxquels ces données ont été communiquées, en particulier les partenaires commerciaux ;
5. la durée pendant laquelle ces données seront conservées ;
6. l'origine des données, si elles n'ont pas été collectées auprès de moi ;
7. l'existence éventuelle d'une prise de décision automatisée, y compris un profilage.

Vous disposez d'un délai d'un mois à compter de la réception de la présente pour me répondre. Je joins à ce courrier une copie recto de ma carte d'identité afin de vous permettre de vérifier mon identité.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Luc Dubois
""",
         "Jean-Luc Dubois"),

        ("deletion", ("withdraw_consent", "objection"),
         "Demande d'effacement de données personnelles",
         """Madame, Monsieur,

En application de l'article 17.1 du règlement général sur la protection des données (RGPD), je vous prie d'effacer de vos fichiers l'ensemble des données personnelles me concernant et de clôturer mon compte client.

Je retire par ailleurs mon consentement à la réception de votre newsletter et de vos offres promotionnelles par courriel (article 7.3 du RGPD), et je m'oppose, sur le fondement de l'article 21.2 du RGPD, à toute utilisation de mes données à des fins de prospection commerciale ainsi qu'à leur transmission à vos partenaires commerciaux.

Conformément à l'article 19 du RGPD, je vous remercie de notifier cet effacement à chacun des destinataires auxquels mes données ont été communiquées.

Vous voudrez bien me faire parvenir votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

Pour faciliter vos recherches :
Nom : Nathalie Lambert
Courriel : nathalie.lambert@fournisseur.example
Numéro client : 19350772

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Nathalie Lambert
""",
         "Nathalie Lambert"),

        ("objection", (),
         "Opposition - article 21 RGPD",
         """Madame, Monsieur,

Je suis titulaire de votre carte de fidélité (n° 2200 6630 1175) depuis 2021.

Par la présente, je m'oppose, en application de l'article 21 du règlement général sur la protection des données, au traitement de mes données à caractère personnel à des fins de profilage et de ciblage publicitaire, notamment :
- à l'analyse de mes achats en ligne et en magasin pour établir un profil de consommation ;
- au partage de mes données (adresse électronique « hachée », identifiants publicitaires) avec des régies et réseaux sociaux afin de m'afficher des publicités personnalisées.

S'agissant de prospection commerciale, mon opposition n'a pas à être motivée et vous devez y donner suite sans délai (article 21.2 et 21.3 du RGPD).

Je vous remercie de me confirmer, dans un délai d'un mois, que ces traitements ont cessé.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Olivier Renard
Avenue Churchill 45, 4020 Liège

Lettre type Test-Achats
""",
         "Olivier Renard"),

        ("withdraw_consent", (),
         "Retrait de mon consentement (article 7.3 RGPD)",
         """Madame, Monsieur,

Lors de la création de mon compte sur votre site, j'ai accepté de recevoir votre lettre d'information ainsi que des offres de vos partenaires par courrier électronique.

Conformément à l'article 7, paragraphe 3, du règlement général sur la protection des données, je retire mon consentement à ces traitements, avec effet immédiat. Je vous demande donc de ne plus m'adresser ni votre lettre d'information ni les offres de vos partenaires, et de me confirmer la prise en compte de ce retrait.

Adresse électronique concernée : m.fontaine62@messagerie.example

Je vous prie de recevoir, Madame, Monsieur, mes salutations distinguées.

Martine Fontaine
""",
         "FONTAINE Martine"),

        ("portability", (),
         "Demande de portabilité de mes données (article 20 du RGPD)",
         """Madame, Monsieur,

Sur le fondement de l'article 20 du règlement général sur la protection des données, je vous demande de transmettre directement les données personnelles me concernant que je vous ai fournies, ainsi que celles générées par l'utilisation de mon compte (historique de commandes, listes d'envies, points de fidélité), dans un format structuré, couramment utilisé et lisible par machine, au responsable de traitement suivant :

Jardinerie Moderne SPRL
Délégué à la protection des données
Chaussée de Bruxelles 310, 1410 Waterloo
dpo@jardinerie-moderne.example

Si cette transmission directe n'est pas techniquement possible, je vous remercie de m'adresser ces données dans un fichier au format CSV ou JSON.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre (article 12.3 du RGPD).

Numéro client : 90217346

Bien cordialement,

Amandine Leroy
""",
         "Amandine Leroy"),

        ("correction", (),
         "",
         """Bonjour,

Modèle CNIL, rempli ci-dessous.

Madame, Monsieur,

En application de l'article 16 du règlement général sur la protection des données, je vous prie de bien vouloir procéder à la rectification des données me concernant :

- nom de famille : vous avez enregistré « Gerard », l'orthographe exacte est « Gérard » ;
- adresse postale : vous avez enregistré « 8 rue Saint-Gilles, 4000 Liège » ; ma nouvelle adresse est « 17 rue Sainte-Marguerite, 4000 Liège » depuis le 1er décembre 2024 ;
- adresse électronique : remplacer « p.gerard@ancienfai.example » par « philippe.gerard@messagerie.example ».

Vous trouverez ci-joint une copie d'une facture d'électricité justifiant de ma nouvelle adresse.

Je vous remercie de me faire parvenir votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Gérard
N° client 63308821
""",
         "Philippe Gérard"),

        ("restriction", (),
         "Demande de limitation du traitement (article 18 du RGPD)",
         """Madame, Monsieur,

Votre service clientèle m'a informée le 27 janvier 2025 que mon compte portait la mention « impayé » et qu'un dossier allait être transmis à une société de recouvrement, au sujet de la commande 2024-188460. Or cette commande a été payée par carte le 3 décembre 2024 (preuve de paiement jointe), et la facture est contestée auprès de votre service comptable.

Je conteste donc l'exactitude de ces données. En application de l'article 18.1 a) du RGPD, je vous demande de limiter le traitement des données relatives à cette commande et à ce prétendu impayé pendant la durée nécessaire à la vérification de leur exactitude : les données peuvent être conservées, mais ne doivent faire l'objet d'aucun autre traitement, et en particulier ne doivent pas être transmises à une société de recouvrement.

Conformément à l'article 18.3 du RGPD, je vous remercie de m'informer avant que la limitation du traitement ne soit levée.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Moreau
Rue du Midi 77, 1000 Bruxelles
N° client 15584903
""",
         "Isabelle Moreau"),

        ("complaint", ("deletion",),
         "Relance - demande d'effacement du 7 janvier 2025 restée sans réponse",
         """Lettre recommandée avec accusé de réception (copie par courriel)

Madame, Monsieur,

Par courriel du 7 janvier 2025, je vous ai demandé, sur le fondement de l'article 17 du RGPD, l'effacement de l'ensemble des données personnelles me concernant (numéro client 38217740). À ce jour, et malgré l'expiration du délai d'un mois prévu à l'article 12.3 du RGPD, je n'ai reçu aucune réponse de votre part, et je continue de recevoir vos courriels commerciaux.

Par la présente, je vous mets en demeure de procéder à l'effacement de mes données et de me le confirmer par écrit dans un délai de quinze jours à compter de la réception de ce courrier.

À défaut, je saisirai l'Autorité de protection des données d'une plainte, sans autre préavis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

François Dupuis
Rue de la Station 9, 7000 Mons

(Modèle de lettre UFC-Que Choisir adapté)
""",
         "François Dupuis"),

        ("other", (),
         "Rétractation commande 2025-010394",
         """Bonjour, ci-dessous le formulaire de rétractation pour ma commande. Merci de m'envoyer l'étiquette de retour.

Formulaire de rétractation

(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)

À l'attention de shop.example.be, service clients :

Je vous notifie par la présente ma rétractation du contrat portant sur la vente du bien ci-dessous :
Salon de jardin 4 places « Lisbonne », référence 771203, commande 2025-010394

Commandé le : 19/01/2025 / reçu le : 24/01/2025

Nom du consommateur : Aurélie Lemaire

Adresse du consommateur : Rue Saint-Jean 3, 1300 Wavre

Date : 30/01/2025
""",
         "Aurélie Lemaire"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO",
         """Jonas Hartmann
Hauptstraße 41
4700 Eupen
Belgien

shop.example.be
privacy@shop.example.be

Datum: 10.03.2025
Meine Referenz: 2025-03-WX8K4R

Anfrage nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

hiermit verlange ich Auskunft gemäß Art. 15 DSGVO. Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten (vgl. Art. 4 Nr. 1 und 2 DSGVO). In diesem Fall bitte ich Sie, mir Auskunft über folgende Informationen zu erteilen:

1. alle mich betreffenden personenbezogenen Daten, die Sie gespeichert haben (sofern diese nicht bei mir erhoben wurden, auch alle verfügbaren Informationen über die Herkunft der Daten),
2. die Verarbeitungszwecke,
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die personenbezogenen Daten offengelegt worden sind oder noch offengelegt werden, insbesondere bei Empfängern in Drittländern oder bei internationalen Organisationen,
4. falls möglich, die geplante Dauer, für die die personenbezogenen Daten gespeichert werden, oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer,
5. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 Abs. 1 und 4 DSGVO und – zumindest in diesen Fällen – aussagekräftige Informationen über die involvierte Logik sowie die Tragweite und die angestrebten Auswirkungen einer derartigen Verarbeitung für mich,
6. im Falle einer Übermittlung in ein Drittland die geeigneten Garantien gemäß Art. 46 DSGVO.

Bitte stellen Sie mir außerdem gemäß Art. 15 Abs. 3 DSGVO eine Kopie meiner personenbezogenen Daten, die Gegenstand der Verarbeitung sind, zur Verfügung.

Ich bitte Sie, mir die Auskunft innerhalb eines Monats nach Eingang dieses Schreibens zu erteilen, wie es Art. 12 Abs. 3 DSGVO vorsieht. Ich habe mir dafür die folgende Frist notiert:
10.04.2025

Sollten Sie nicht innerhalb dieser Frist antworten, behalte ich mir vor, rechtliche Schritte einzuleiten und Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einzulegen.

Um mich zu identifizieren, gebe ich Ihnen die folgenden Daten an, die Sie möglicherweise über mich gespeichert haben:
Name: Jonas Hartmann
E-Mail-Adresse: jonas.hartmann@postfach.example
Kundennummer: 84420197

Bitte geben Sie in Ihrer Antwort meine Referenz 2025-03-WX8K4R an.

Mit freundlichen Grüßen
Jonas Hartmann

--
Diese Anfrage wurde mit dem kostenlosen Generator von Datenanfragen.de erstellt. Datenanfragen.de e. V. hilft Betroffenen, ihre Rechte aus der DSGVO wahrzunehmen: https://www.datenanfragen.de
""",
         "Jonas Hartmann"),

        ("access", (),
         "Kundennummer 100482337",
         """Guten Tag,

anbei mein Schreiben nach dem Musterbrief der Verbraucherzentrale. Ich möchte einfach wissen, was Sie alles über mich gespeichert haben, bevor ich die Kundenkarte weiter nutze.

Auskunft über meine bei Ihnen gespeicherten personenbezogenen Daten

Sehr geehrte Damen und Herren,

ich bitte Sie um Auskunft nach Art. 15 Datenschutz-Grundverordnung (DSGVO) darüber, ob Sie personenbezogene Daten über mich verarbeiten.

Sollte dies der Fall sein, bitte ich um Auskunft über
- die Daten selbst sowie deren Herkunft,
- die Zwecke der Verarbeitung,
- die Empfänger oder Kategorien von Empfängern, an die Daten weitergegeben wurden oder werden,
- die geplante Speicherdauer bzw. die Kriterien für deren Festlegung,
- das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.

Bitte stellen Sie mir zudem unentgeltlich eine Kopie meiner personenbezogenen Daten zur Verfügung (Art. 15 Abs. 3 DSGVO).

Für die Beantwortung habe ich mir eine Frist von einem Monat ab Eingang dieses Schreibens notiert.

Mit freundlichen Grüßen

Sabine Krämer
Kirchstraße 12
4780 St. Vith
""",
         "Sabine Krämer"),

        ("deletion", ("withdraw_consent",),
         "Antrag auf Löschung nach Art. 17 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 17 DSGVO die unverzügliche Löschung aller mich betreffenden personenbezogenen Daten, die Sie verarbeiten.

Gleichzeitig widerrufe ich gemäß Art. 7 Abs. 3 DSGVO alle Einwilligungen, die ich Ihnen gegenüber erteilt habe, insbesondere die Einwilligung in den Erhalt Ihres Newsletters und in die Auswertung meiner Einkäufe mit der Kundenkarte. Damit entfällt die Rechtsgrundlage der Verarbeitung (Art. 17 Abs. 1 lit. b DSGVO).

Sofern Sie meine personenbezogenen Daten an Dritte weitergegeben haben, verlange ich, dass Sie diesen Empfängern die Löschung gemäß Art. 19 DSGVO mitteilen.

Bitte bestätigen Sie mir die Löschung innerhalb eines Monats nach Eingang dieses Schreibens (Art. 12 Abs. 3 DSGVO).

Um mich zu identifizieren, gebe ich Ihnen die folgenden Daten an, die Sie möglicherweise über mich gespeichert haben:
Name: Markus Weber
E-Mail-Adresse: m.weber1979@mailbox.example
Kundennummer: 53317920
Kundenkarte: 2200 9014 3386

Mit freundlichen Grüßen
Markus Weber

--
Erstellt mit Datenanfragen.de
""",
         "Markus Weber"),

        ("objection", (),
         "Widerspruch gegen die Verarbeitung meiner Daten zu Werbezwecken",
         """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung. Dies schließt ein etwaiges Profiling ein, soweit es mit solcher Direktwerbung in Verbindung steht.

Gemäß Art. 21 Abs. 3 DSGVO dürfen Sie meine personenbezogenen Daten nach Eingang dieses Widerspruchs nicht mehr für diese Zwecke verarbeiten. Das gilt auch für die Weitergabe meiner Daten an Werbepartner und für die Nutzung meiner E-Mail-Adresse für sogenannte Custom Audiences in sozialen Netzwerken.

Bitte bestätigen Sie mir innerhalb eines Monats (Art. 12 Abs. 3 DSGVO), dass Sie meinem Widerspruch nachgekommen sind.

Um mich zu identifizieren, gebe ich Ihnen die folgenden Daten an:
Name: Claudia Neumann
E-Mail-Adresse: claudia.neumann@netzpost.example
Anschrift: Aachener Straße 7, 4700 Eupen

Mit freundlichen Grüßen
Claudia Neumann
""",
         "Claudia Neumann"),

        ("withdraw_consent", (),
         "Widerruf meiner Einwilligung gemäß Art. 7 Abs. 3 DSGVO",
         """Sehr geehrte Damen und Herren,

im Rahmen Ihres Frühlings-Gewinnspiels im April 2024 habe ich eingewilligt, dass Sie mir Werbung per E-Mail schicken und meine Kontaktdaten für Angebote Ihrer Partnerunternehmen nutzen.

Diese Einwilligung widerrufe ich hiermit gemäß Art. 7 Abs. 3 DSGVO mit Wirkung für die Zukunft, ebenso meine Einwilligung in den Bezug Ihres Newsletters.

Bitte bestätigen Sie mir den Widerruf kurz per E-Mail.

Mit freundlichen Grüßen
Thomas Becker
t.becker@webpost.example
""",
         "Becker, Thomas"),

        ("portability", (),
         "Antrag auf Datenübertragung nach Art. 20 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit mache ich mein Recht auf Datenübertragbarkeit nach Art. 20 DSGVO geltend.

Ich bitte Sie, mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe (Kundenkonto, Lieferadressen, Bestellhistorie, Merkzettel und die über die Kundenkarte erfassten Einkäufe), in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln.

Soweit technisch machbar, übermitteln Sie die Daten bitte direkt an folgenden Verantwortlichen (Art. 20 Abs. 2 DSGVO):
GartenWelt Online GmbH
Datenschutzbeauftragter
Industriestraße 22, 52070 Aachen, Deutschland
datenschutz@gartenwelt.example

Ich bitte um Erledigung innerhalb eines Monats nach Eingang dieses Schreibens (Art. 12 Abs. 3 DSGVO).

Kundennummer: 71165408
E-Mail: katharina.vogel@postfach.example

Mit freundlichen Grüßen
Katharina Vogel
""",
         "Katharina Vogel"),

        ("correction", (),
         "Berichtigung nach Art. 16 DSGVO",
         """Sehr geehrte Damen und Herren,

gemäß Art. 16 DSGVO verlange ich die unverzügliche Berichtigung folgender mich betreffender unrichtiger personenbezogener Daten:

Gespeichert: Name "JÃ¼rgen MÃ¼ller"
Richtig: Name "Jürgen Müller"

Gespeichert: Anschrift "Bergstr. 5, 4730 Raeren"
Richtig: Anschrift "Bergstraße 15, 4730 Raeren"

Seit Monaten kommen Ihre Rechnungen und Pakete mit dem falsch geschriebenen Namen an, und der Paketdienst findet die Hausnummer nicht.

Bitte teilen Sie die Berichtigung gemäß Art. 19 DSGVO auch allen Empfängern mit, denen Sie die Daten offengelegt haben, insbesondere Ihrem Versanddienstleister, und bestätigen Sie mir die Berichtigung innerhalb eines Monats.

Kundennummer: 40928851

Mit freundlichen Grüßen
Jürgen Müller
""",
         "Jürgen Müller"),

        ("restriction", (),
         "Einschränkung der Verarbeitung nach Art. 18 DSGVO - Kd.-Nr. 37740216",
         """Sehr geehrte Damen und Herren,

Sie führen für mein Kundenkonto eine offene Forderung über 214,90 EUR aus der Bestellung 2024-166302. Diese Forderung bestreite ich: Die Ware (ein Hochbeet) wurde am 9. Dezember 2024 vollständig zurückgeschickt, der Rückgabebeleg liegt mir vor. Der Streit ist derzeit bei Ihrer Buchhaltung anhängig.

Ich bestreite damit die Richtigkeit der bei Ihnen gespeicherten Daten über diese Forderung und verlange gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung dieser Daten für die Dauer der Klärung. Die Daten dürfen bis dahin nur gespeichert werden. Insbesondere dürfen sie nicht an ein Inkassounternehmen oder eine Auskunftei übermittelt und nicht für eine Sperrung meines Kundenkontos verwendet werden.

Bitte unterrichten Sie mich, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO), und bestätigen Sie mir den Eingang dieses Schreibens.

Mit freundlichen Grüßen
Andreas Schmitz
Herbesthaler Straße 30
4700 Eupen
""",
         "Andreas Schmitz"),

        ("complaint", ("access",),
         "Erinnerung: Auskunftsersuchen nach Art. 15 DSGVO vom 03.02.2025",
         """Sehr geehrte Damen und Herren,

am 03.02.2025 habe ich Ihnen eine Anfrage nach Art. 15 DSGVO mit der Referenz 2025-02-HN3P7Z geschickt. Nach Art. 12 Abs. 3 DSGVO hätten Sie mir innerhalb eines Monats antworten müssen. Diese Frist ist abgelaufen, ohne dass ich eine Antwort von Ihnen erhalten habe.

Ich fordere Sie hiermit erneut auf, mir die verlangte Auskunft über die zu meiner Person gespeicherten Daten sowie eine Kopie dieser Daten zu erteilen. Hierfür setze ich Ihnen eine letzte Frist von 14 Tagen ab Eingang dieses Schreibens.

Sollte ich bis dahin keine vollständige Antwort erhalten, werde ich ohne weitere Ankündigung Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einlegen.

Meine ursprüngliche Anfrage finden Sie unten.

Mit freundlichen Grüßen
Lukas Brandt

----- Meine Anfrage vom 03.02.2025 -----

Anfrage nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

hiermit verlange ich Auskunft gemäß Art. 15 DSGVO. Bitte bestätigen Sie mir, ob Sie mich betreffende personenbezogene Daten verarbeiten (vgl. Art. 4 Nr. 1 und 2 DSGVO). [...]

Um mich zu identifizieren, gebe ich Ihnen die folgenden Daten an, die Sie möglicherweise über mich gespeichert haben:
Name: Lukas Brandt
E-Mail-Adresse: lukas.brandt@postfach.example

--
Diese Erinnerung wurde mit Datenanfragen.de erstellt.
""",
         "Lukas Brandt"),

        ("other", (),
         "Widerruf",
         """Muster-Widerrufsformular

(Wenn Sie den Vertrag widerrufen wollen, dann füllen Sie bitte dieses Formular aus und senden Sie es zurück.)

An shop.example.be, Kundenservice, privacy@shop.example.be:

Hiermit widerrufe(n) ich/wir (*) den von mir/uns (*) abgeschlossenen Vertrag über den Kauf der folgenden Waren (*)/die Erbringung der folgenden Dienstleistung (*)

1 x Gartenpavillon "Toskana" 3x4 m, Art.-Nr. 880421, Bestellnummer 2025-004417

Bestellt am (*)/erhalten am (*): 21.01.2025 / 27.01.2025

Name des/der Verbraucher(s): Petra Lang

Anschrift des/der Verbraucher(s): Neustraße 88, 4700 Eupen

Datum: 02.02.2025

(*) Unzutreffendes streichen.
""",
         "Petra Lang"),
    ],
    "es": [
        ("access", (),
         "Ejercicio del derecho de acceso",
         """EJERCICIO DEL DERECHO DE ACCESO

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: shop.example.be
Dirección de la Oficina / Servicio ante el que se ejercita el derecho de acceso: privacy@shop.example.be

DATOS DEL INTERESADO O REPRESENTANTE LEGAL
D./Dª. Carmen Ruiz Ortega, mayor de edad, con domicilio en la C/ Calle del Pez nº 23, 3º B, Localidad Madrid, Provincia Madrid, C.P. 28004, Comunidad Autónoma Madrid, con D.N.I. 50.912.347-K, del que acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento UE 2016/679, General de Protección de Datos (RGPD), y en consecuencia,

SOLICITA

Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se remita por correo electrónico la información a la dirección indicada más abajo, conteniendo:

- Copia de mis datos personales que son objeto del tratamiento.
- Los fines del tratamiento, así como las categorías de datos personales que se traten.
- Los destinatarios o categorías de destinatarios a los que se han comunicado mis datos personales, o serán comunicados, incluyendo, en su caso, destinatarios en terceros u organizaciones internacionales.
- Información sobre las garantías adecuadas relativas a la transferencia de mis datos a un tercer país o a una organización internacional, en su caso.
- El plazo previsto de conservación, o de no ser posible, los criterios para determinar este plazo.
- Si existen decisiones automatizadas, incluyendo la elaboración de perfiles, información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento.
- Si mis datos personales no se han obtenido directamente de mí, la información disponible sobre su origen.

Dirección de correo electrónico para la respuesta: carmen.ruiz.ortega@correo.example
Número de cliente: 27733094

En Madrid, a 11 de marzo de 2025

Firmado: Carmen Ruiz Ortega
""",
         "Carmen Ruiz Ortega"),

        ("access", (),
         "Solicitud",
         """Hola, buenas tardes.

Vivo en Bruselas desde hace tres años y compro en vuestra web a menudo. He usado la carta modelo de la OCU porque no sé muy bien cómo pedir esto. Gracias.

Muy señores míos:

Por medio de la presente, y al amparo del artículo 15 del Reglamento (UE) 2016/679 (RGPD) y del artículo 13 de la Ley Orgánica 3/2018, de Protección de Datos Personales y garantía de los derechos digitales, solicito que me informen de si están tratando datos personales que me conciernen y, en caso afirmativo, que me faciliten acceso a dichos datos, así como la siguiente información: finalidades del tratamiento, categorías de datos, destinatarios a los que se han comunicado o se comunicarán, plazo de conservación, origen de los datos y existencia de decisiones automatizadas, incluida la elaboración de perfiles.

Les recuerdo que disponen de un plazo de un mes desde la recepción de esta solicitud para contestarme.

Atentamente,

Javier Moreno Díaz
Rue Belliard 150, 1040 Etterbeek (Bélgica)
Correo de mi cuenta: javi.moreno.d@correo.example
""",
         "Javier Moreno"),

        ("deletion", ("objection",),
         "Derecho de supresión y de oposición",
         """Buenos días,

Les envío los dos formularios de la AEPD rellenados (supresión y oposición).

EJERCICIO DEL DERECHO DE SUPRESIÓN

DATOS DEL INTERESADO
D./Dª. Lucía Fernández Gil, mayor de edad, con domicilio en Avenue de la Couronne 310, 1050 Ixelles (Bélgica), con NIE/pasaporte del que acompaña copia, por medio del presente escrito ejerce el derecho de supresión, de conformidad con lo previsto en el artículo 17 del Reglamento UE 2016/679, General de Protección de Datos (RGPD), y en consecuencia,

SOLICITA

Que se proceda a acordar la supresión de sus datos personales en el plazo de un mes a contar desde la recepción de esta solicitud, y que se me notifique de forma escrita el resultado de la supresión practicada.

Que en caso de que se acuerde que no procede practicar total o parcialmente la supresión solicitada, se me comunique motivadamente a fin de, en su caso, reclamar ante la Autoridad de control que corresponda.

Que en caso de que mis datos hayan sido comunicados por ese responsable a otros responsables del tratamiento, se comunique esta supresión.

EJERCICIO DEL DERECHO DE OPOSICIÓN

D./Dª. Lucía Fernández Gil, por medio del presente escrito ejerce el derecho de oposición, de conformidad con lo previsto en el artículo 21 del RGPD, y en consecuencia,

SOLICITA

Que sea atendido el ejercicio del derecho de oposición y que, en particular, no se traten mis datos con fines de mercadotecnia directa ni para la elaboración de perfiles, ni se cedan a terceros con esos fines.

Cliente nº 81406652 - lucia.fgil@correo.example

En Bruselas, a 4 de febrero de 2025

Firmado: Lucía Fernández Gil
""",
         "Lucía Fernández Gil"),

        ("objection", (),
         "Ejercicio del derecho de oposición (art. 21 RGPD)",
         """Muy señores míos:

Por medio de la presente ejerzo el derecho de oposición previsto en el artículo 21 del Reglamento (UE) 2016/679 y en el artículo 18 de la Ley Orgánica 3/2018 al tratamiento de mis datos personales con fines de mercadotecnia directa, incluida la elaboración de perfiles basada en mi historial de compras y en el uso de mi tarjeta de fidelización.

En consecuencia, solicito que dejen de tratar mis datos con esa finalidad y que no los comuniquen a empresas colaboradoras ni a plataformas publicitarias.

Les ruego me confirmen por escrito, en el plazo de un mes, que han atendido mi solicitud.

Datos para identificarme:
Nombre: Alberto Sánchez Prieto
Tarjeta de fidelización: 2200 5512 9087
Correo electrónico: a.sanchez.prieto@correo.example

Atentamente,
Alberto Sánchez Prieto
""",
         "Alberto Sánchez Prieto"),

        ("withdraw_consent", (),
         "Revocación del consentimiento",
         """Estimados señores:

Al registrarme en su tienda online di mi consentimiento para recibir su boletín de noticias y comunicaciones comerciales por correo electrónico y por WhatsApp.

Mediante este escrito, y conforme al artículo 7.3 del Reglamento General de Protección de Datos, retiro dicho consentimiento con efecto inmediato. Les ruego que dejen de enviarme el boletín y cualquier comunicación comercial por estas vías y que me confirmen la retirada.

Correo electrónico: elena.castro.v@correo.example
Teléfono (WhatsApp): +32 493 70 25 11

Un saludo,
Elena Castro Vidal
""",
         "Elena Castro"),

        ("portability", (),
         "Ejercicio del derecho a la portabilidad de los datos",
         """EJERCICIO DEL DERECHO A LA PORTABILIDAD DE LOS DATOS

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: shop.example.be
Dirección: privacy@shop.example.be

DATOS DEL INTERESADO
D. Pablo Martín Herrera, mayor de edad, con domicilio en la Chaussée de Charleroi 77, 1060 Saint-Gilles (Bélgica), con pasaporte del que acompaña copia, por medio del presente escrito ejerce el derecho a la portabilidad, de conformidad con lo previsto en el artículo 20 del Reglamento UE 2016/679, General de Protección de Datos (RGPD), y en consecuencia,

SOLICITA

Que se le faciliten los datos personales que ha facilitado a ese responsable del tratamiento, en un formato estructurado, de uso común y lectura mecánica, y que sean transmitidos directamente al responsable del tratamiento que se indica a continuación, en el plazo de un mes a contar desde la recepción de esta solicitud:

Responsable destinatario: Verde Hogar Online S.L., Delegado de Protección de Datos, Calle Mayor 12, 46001 Valencia (España), dpd@verdehogar.example

Número de cliente: 64419023

En Bruselas, a 17 de febrero de 2025

Firmado: Pablo Martín Herrera
""",
         "Pablo Martín"),

        ("correction", (),
         "cliente 35520781",
         """EJERCICIO DEL DERECHO DE RECTIFICACIÓN

D./Dª. Marta López Navarro, mayor de edad, con domicilio en Rue de la Loi 44, 1000 Bruselas, por medio del presente escrito ejerce el derecho de rectificación sobre los datos inexactos o incompletos, de conformidad con lo previsto en el artículo 16 del Reglamento UE 2016/679, General de Protección de Datos (RGPD), y en consecuencia,

SOLICITA

Que se proceda a acordar la rectificación de los datos personales sobre los cuales se ejercita el derecho, en el plazo de un mes a contar desde la recepción de esta solicitud, y que se me notifique de forma escrita el resultado de la rectificación practicada.

Datos que deben rectificarse:
- Apellidos: consta "Lopez Navaro"; debe constar "López Navarro".
- Dirección de entrega: consta "Rue de la Loi 4"; debe constar "Rue de la Loi 44, buzón 3".

Que en caso de que se acuerde que no procede practicar total o parcialmente la rectificación solicitada, se me comunique motivadamente a fin de, en su caso, reclamar ante la Autoridad de control que corresponda.

Que en caso de que los datos inexactos hayan sido comunicados por ese responsable a otros responsables del tratamiento, se comunique esta rectificación.

En Bruselas, a 20 de enero de 2025

Firmado: Marta López Navarro
""",
         "Marta López Navarro"),

        ("restriction", (),
         "Solicitud de limitación del tratamiento (art. 18 RGPD)",
         """Muy señores míos:

Tengo abierta con ustedes una reclamación sobre el pedido 2024-174219 (una barbacoa de gas que llegó dañada y que devolví el 28 de noviembre de 2024). Su servicio de atención al cliente me ha comunicado que, al no haber recibido la devolución, mi cuenta figura como "cliente con incidencia de pago".

Impugno la exactitud de esos datos. Por ello, al amparo del artículo 18.1.a) del Reglamento General de Protección de Datos, solicito la limitación del tratamiento de los datos relativos a este pedido y a dicha incidencia mientras se verifica su exactitud. Asimismo, puesto que necesito esos datos para el ejercicio de una reclamación, les pido que no los supriman (artículo 18.1.c).

Mientras dure la limitación, los datos solo podrán conservarse y no podrán utilizarse para bloquear mi cuenta ni comunicarse a empresas de recobro. Les ruego que me informen antes de levantar la limitación.

Atentamente,

Sergio Gómez Romero
Cliente nº 52208349
""",
         "Sergio Gómez Romero"),

        ("complaint", ("deletion", "objection"),
         "Requerimiento previo a reclamación ante la autoridad de control",
         """Muy señores míos:

El pasado 4 de febrero de 2025 les remití por correo electrónico el ejercicio de mis derechos de supresión y de oposición (artículos 17 y 21 del RGPD), con número de cliente 81406652. Ha transcurrido el plazo de un mes previsto en el artículo 12.3 del RGPD sin que haya recibido respuesta alguna, y sigo recibiendo sus correos publicitarios.

Por medio del presente les requiero de nuevo para que procedan a la supresión de mis datos personales y dejen de tratarlos con fines de mercadotecnia directa, y me lo confirmen por escrito en el plazo de diez días.

En caso contrario, presentaré una reclamación ante la Autoridad de Protección de Datos de Bélgica y ante la Agencia Española de Protección de Datos, aportando copia de este requerimiento.

Atentamente,

Lucía Fernández Gil
""",
         "Lucía Fernández Gil"),

        ("other", (),
         "Consulta sobre su política de privacidad",
         """Estimado Delegado de Protección de Datos:

Todavía no soy cliente de su tienda; estoy pensando en abrir una cuenta y solicitar la tarjeta de fidelización, pero antes me gustaría aclarar algunas dudas sobre su política de privacidad, que solo está disponible en francés, neerlandés e inglés:

1. ¿Con qué empresas de publicidad comparten los datos de los clientes de la tarjeta de fidelización?
2. ¿Realizan transferencias de datos fuera del Espacio Económico Europeo (por ejemplo, a proveedores de servicios en la nube en EE. UU.)? En tal caso, ¿qué garantías utilizan?
3. ¿Tienen previsto publicar la política de privacidad en español?

No solicito nada sobre datos míos, ya que no tienen ninguno; se trata solo de una consulta general.

Muchas gracias de antemano.

Un cordial saludo,
Raúl Iglesias
""",
         "Raúl Iglesias"),
    ],
    "it": [
        ("access", (),
         "Esercizio di diritti in materia di protezione dei dati personali",
         """Spett.le shop.example.be
privacy@shop.example.be

ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Il/La sottoscritto/a Giulia Ferrari nato/a a Bologna il 12/03/1988 esercita con la presente richiesta il seguente diritto di cui all'art. 15 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali
(art. 15 del Regolamento (UE) 2016/679)

Il sottoscritto (barrare solo le caselle che interessano):
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare:
[X] le finalità del trattamento;
[X] le categorie di dati personali trattate;
[X] i destinatari o le categorie di destinatari a cui i dati personali sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
[X] il periodo di conservazione dei dati o i criteri utilizzati per determinare tale periodo;
[X] l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
[X] l'esistenza di un processo decisionale automatizzato, compresa la profilazione.

La presente richiesta riguarda (indicare i dati personali, le categorie di dati o il trattamento cui si fa riferimento):
i dati del mio account cliente (n. 44871023), gli acquisti registrati con la carta fedeltà e i dati usati per l'invio di offerte personalizzate.

Recapito per la risposta:
[X] Indirizzo e-mail: giulia.ferrari88@posta.example

Estremi di un documento di riconoscimento: carta d'identità n. CA12345XY

Bruxelles, 05/03/2025

Giulia Ferrari
""",
         "Giulia Ferrari"),

        ("access", (),
         "richiesta dati",
         """Buongiorno,

ho preso il fac-simile di lettera dal sito di Altroconsumo, spero vada bene così. Vorrei capire soprattutto perché ricevo offerte su prodotti che ho solo guardato sul vostro sito.

Oggetto: richiesta di accesso ai dati personali ai sensi dell'art. 15 del Regolamento UE 2016/679

Spettabile Società,

il sottoscritto Marco Colombo, nato a Milano il 22/07/1979, residente in Rue Gray 101, 1040 Etterbeek (Belgio), titolare dell'account cliente registrato con l'indirizzo marco.colombo@posta.example,

CHIEDE

ai sensi dell'art. 15 del Regolamento (UE) 2016/679, di conoscere se sono in corso trattamenti di dati personali che lo riguardano e, in caso affermativo, di ottenere l'accesso ai dati stessi e copia dei medesimi, nonché le informazioni relative a: finalità del trattamento, categorie di dati trattati, destinatari a cui i dati sono stati o saranno comunicati, periodo di conservazione, origine dei dati, esistenza di processi decisionali automatizzati, compresa la profilazione.

Si chiede di ricevere riscontro entro un mese dal ricevimento della presente, come previsto dall'art. 12, par. 3, del Regolamento.

Distinti saluti

Marco Colombo
""",
         "Marco Colombo"),

        ("deletion", ("objection",),
         "Esercizio di diritti in materia di protezione dei dati personali (artt. 15-22 GDPR)",
         """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Il/La sottoscritto/a Francesca Romano nato/a a Napoli il 30/11/1991 esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

2. Richiesta di intervento sui dati
(artt. 16-18 del Regolamento (UE) 2016/679)

Il sottoscritto chiede di effettuare le seguenti operazioni (barrare solo le caselle che interessano):
[ ] rettificazione e/o aggiornamento dei dati (art. 16 del Regolamento (UE) 2016/679);
[X] cancellazione dei dati (art. 17, paragrafo 1, del Regolamento (UE) 2016/679), per i seguenti motivi (specificare quali): i dati non sono più necessari, non sono più vostra cliente e mi oppongo al loro uso per finalità di marketing;
[ ] limitazione del trattamento (art. 18) per i seguenti motivi (barrare le caselle che interessano):

Nel caso di comunicazione a terzi dei dati, il sottoscritto chiede di essere informato dell'avvenuta cancellazione da parte dei destinatari, salvo che ciò si riveli impossibile o comporti uno sforzo sproporzionato (art. 19 del Regolamento (UE) 2016/679).

4. Opposizione al trattamento
(art. 21, paragrafo 1 e 2, del Regolamento (UE) 2016/679)

[X] Il sottoscritto si oppone al trattamento dei suoi dati personali effettuato per finalità di marketing diretto, compresa la profilazione connessa a tale finalità.

Recapito per la risposta:
[X] Indirizzo e-mail: francesca.romano91@posta.example

Eventuali precisazioni: numero cliente 60027715

Liegi, 18/02/2025

Francesca Romano
""",
         "Francesca Romano"),

        ("objection", (),
         "Opposizione al trattamento dei dati per finalità di marketing e profilazione",
         """Spettabile Società,

il sottoscritto Alessandro Ricci, titolare della carta fedeltà n. 2200 7731 0452, con la presente si oppone, ai sensi dell'art. 21, paragrafi 2 e 3, del Regolamento (UE) 2016/679, al trattamento dei propri dati personali per finalità di marketing diretto, ivi compresa la profilazione basata sugli acquisti effettuati con la carta fedeltà e sulla navigazione nel Vostro sito.

Si oppone inoltre alla comunicazione dei propri dati a società partner per finalità promozionali.

Chiede pertanto che i propri dati non siano più trattati per tali finalità e di ricevere conferma scritta entro un mese dal ricevimento della presente.

Distinti saluti

Alessandro Ricci
alessandro.ricci@posta.example

(modello di lettera Altroconsumo)
""",
         "Alessandro Ricci"),

        ("withdraw_consent", (),
         "Revoca del consenso al trattamento per finalità promozionali",
         """Spett.le Titolare del trattamento,

la sottoscritta Chiara Esposito, registrata sul Vostro sito con l'indirizzo chiara.esposito@posta.example, con la presente revoca, ai sensi dell'art. 7, paragrafo 3, del Regolamento (UE) 2016/679, il consenso precedentemente prestato al trattamento dei propri dati personali per l'invio della newsletter e di comunicazioni commerciali via e-mail e SMS.

Chiede pertanto di interrompere tali invii e di ricevere conferma dell'avvenuta registrazione della revoca.

Cordiali saluti

Chiara Esposito
""",
         "Chiara Esposito"),

        ("portability", (),
         "Portabilità dei dati - art. 20 GDPR",
         """ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. 15-22 del Regolamento (UE) 2016/679)

Il/La sottoscritto/a Davide Greco nato/a a Torino il 04/06/1983 esercita con la presente richiesta il seguente diritto:

3. Portabilità dei dati
(art. 20 del Regolamento (UE) 2016/679)

Con riferimento a tutti i dati personali forniti al titolare, il sottoscritto chiede di:
[ ] ricevere tali dati in un formato strutturato, di uso comune e leggibile da dispositivo automatico;
[X] trasmettere direttamente al seguente diverso titolare del trattamento (specificare i riferimenti identificativi e di contatto del titolare: Casa & Giardino Online S.r.l., Responsabile della protezione dei dati, Via Roma 18, 10121 Torino, dpo@casagiardino.example):
[X] tutti i dati personali forniti al titolare;
[ ] un sottoinsieme di tali dati.

La presente richiesta riguarda: account cliente n. 73390418, storico ordini e punti della carta fedeltà.

Recapito per la risposta:
[X] Indirizzo e-mail: davide.greco@posta.example

Anversa, 24/02/2025

Davide Greco
""",
         "Davide Greco"),

        ("correction", (),
         "cod. cliente 40017755",
         """Buongiorno,

allego il testo della richiesta.

Oggetto: richiesta di rettifica dei dati personali (art. 16 del Regolamento UE 2016/679)

La sottoscritta Valentina Bruno chiede, ai sensi dell'art. 16 del Regolamento (UE) 2016/679, la rettifica dei seguenti dati personali inesatti che la riguardano:
- cognome: risulta "Bruni", il dato corretto è "Bruno";
- indirizzo di consegna: risulta "Rue de Namur 12, 1000 Bruxelles", l'indirizzo corretto è "Rue de Namur 112, 1000 Bruxelles";
- numero di cellulare: risulta +32 489 10 22 33, il numero corretto è +32 489 10 22 38.

Chiede inoltre che la rettifica sia comunicata ai destinatari cui i dati sono stati trasmessi (art. 19) e di ricevere conferma entro un mese.

Distinti saluti
Valentina Bruno
""",
         "Valentina Bruno"),

        ("restriction", (),
         "Richiesta di limitazione del trattamento (art. 18 GDPR)",
         """Spettabile Società,

il sottoscritto Roberto Marino, cliente n. 28861540, ha contestato in data 15/01/2025 l'addebito di 189,00 euro relativo all'ordine 2024-190077 (set di sedie da giardino mai consegnato). La contestazione è tuttora in corso.

Ai sensi dell'art. 18, paragrafo 1, lettere a) e c), del Regolamento (UE) 2016/679, il sottoscritto chiede la limitazione del trattamento dei dati relativi a tale ordine e al presunto debito per il periodo necessario a verificarne l'esattezza, e comunque fino alla definizione della contestazione. I dati devono essere conservati, in quanto necessari per l'eventuale esercizio di un diritto in sede giudiziaria, ma non possono essere utilizzati per altre finalità, né comunicati a società di recupero crediti.

Chiede di essere informato prima che la limitazione venga revocata (art. 18, paragrafo 3).

Distinti saluti

Roberto Marino
""",
         "Roberto Marino"),

        ("complaint", ("access",),
         "Sollecito - richiesta di accesso del 10/01/2025 senza riscontro",
         """Spettabile Società,

in data 10/01/2025 il sottoscritto Stefano Gallo ha inviato a questo indirizzo una richiesta di accesso ai propri dati personali ai sensi dell'art. 15 del Regolamento (UE) 2016/679, utilizzando il modello predisposto dal Garante per la protezione dei dati personali.

Ad oggi, decorso il termine di un mese previsto dall'art. 12, paragrafo 3, del Regolamento, non è pervenuto alcun riscontro.

Con la presente si sollecita nuovamente il riscontro alla richiesta, e in particolare la conferma dell'esistenza di trattamenti, la copia dei dati e le informazioni di cui all'art. 15, paragrafo 1, entro e non oltre 15 giorni dal ricevimento della presente.

In mancanza, il sottoscritto si riserva di proporre reclamo all'autorità di controllo competente ai sensi dell'art. 77 del Regolamento, senza ulteriore preavviso.

Distinti saluti

Stefano Gallo
Cliente n. 50914426
""",
         "Stefano Gallo"),

        ("other", (),
         "Recesso ordine 2025-012655",
         """Modulo di recesso tipo

(compilare e restituire il presente modulo solo se si desidera recedere dal contratto)

Destinatario: shop.example.be - Servizio clienti

Con la presente io notifico il recesso dal mio contratto di vendita dei seguenti beni:
n. 2 vasi in terracotta "Siena" 60 cm, cod. art. 120977, ordine n. 2025-012655

Ordinato il 11/02/2025 / ricevuto il 14/02/2025

Nome del consumatore: Elisa Fontana

Indirizzo del consumatore: Boulevard d'Avroy 54, 4000 Liège

Data: 18/02/2025

Vi chiedo di indicarmi come restituire la merce. Grazie.
""",
         "Elisa Fontana"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso aos dados pessoais (artigo 15.º do RGPD)",
         """Exmos. Senhores,

Eu, Ana Rita Ferreira, cliente n.º 39902174, venho, ao abrigo do artigo 15.º do Regulamento (UE) 2016/679 (Regulamento Geral sobre a Proteção de Dados - RGPD), solicitar a confirmação de que os meus dados pessoais são ou não objeto de tratamento por parte de V. Exas. e, em caso afirmativo, o acesso aos mesmos, bem como às seguintes informações:

a) As finalidades do tratamento;
b) As categorias dos dados pessoais em questão;
c) Os destinatários ou categorias de destinatários a quem os dados pessoais foram ou serão divulgados, nomeadamente os destinatários estabelecidos em países terceiros;
d) O prazo previsto de conservação dos dados pessoais ou, se não for possível, os critérios usados para fixar esse prazo;
e) Se os dados não tiverem sido recolhidos junto de mim, as informações disponíveis sobre a sua origem;
f) A existência de decisões automatizadas, incluindo a definição de perfis, e informações úteis relativas à lógica subjacente.

Solicito ainda que me seja facultada uma cópia dos dados pessoais em fase de tratamento (artigo 15.º, n.º 3, do RGPD).

Nos termos do artigo 12.º, n.º 3, do RGPD, V. Exas. dispõem de um prazo de um mês a contar da receção do presente pedido para lhe dar resposta.

Com os melhores cumprimentos,

Ana Rita Ferreira
Avenue Brugmann 190, 1190 Forest, Bélgica
ana.rita.ferreira@correio.example

(minuta DECO PROteste)
""",
         "Ana Rita Ferreira"),

        ("access", (),
         "Meus dados",
         """Olá, tudo bem?

Sou brasileira e moro em Bruxelas. Achei esse modelo de carta na internet, só adaptei. Queria saber quais dados vocês têm de mim e como funciona o cartão de cliente.

Prezados,

Venho, com base no artigo 15 do Regulamento Geral de Proteção de Dados (GDPR), solicitar a confirmação da existência de tratamento dos meus dados pessoais e o acesso a eles, incluindo:

- cópia de todos os dados pessoais que vocês têm sobre mim;
- para que finalidades esses dados são usados;
- com quais empresas eles foram compartilhados;
- por quanto tempo serão guardados;
- de onde vieram, caso não tenham sido coletados diretamente comigo;
- se há decisões automatizadas ou criação de perfil.

Fico no aguardo da resposta no prazo de um mês.

Atenciosamente,
Juliana Souza Lima
E-mail da conta: ju.souzalima@correio.example
""",
         "Juliana Souza"),

        ("deletion", ("withdraw_consent", "objection"),
         "Pedido de apagamento dos dados pessoais (direito a ser esquecido)",
         """Exmos. Senhores,

Eu, Rui Manuel Costa, cliente n.º 58130927, titular do endereço de correio eletrónico rui.m.costa@correio.example, venho, ao abrigo do artigo 17.º do Regulamento Geral sobre a Proteção de Dados (RGPD), solicitar o apagamento de todos os dados pessoais que me digam respeito e o encerramento da minha conta de cliente.

Mais informo que retiro, nos termos do artigo 7.º, n.º 3, do RGPD, o consentimento prestado para o envio de newsletters e comunicações promocionais, e que me oponho, ao abrigo do artigo 21.º, n.º 2, do RGPD, ao tratamento dos meus dados para efeitos de comercialização direta, incluindo a definição de perfis.

Solicito igualmente que, nos termos do artigo 19.º do RGPD, comuniquem o apagamento a cada destinatário a quem os meus dados pessoais tenham sido transmitidos.

Aguardo confirmação escrita do apagamento no prazo de um mês a contar da receção do presente pedido.

Com os melhores cumprimentos,

Rui Manuel Costa
""",
         "Rui Costa"),

        ("objection", (),
         "Oposição ao tratamento para marketing direto (art. 21.º RGPD)",
         """Exmos. Senhores,

Ao abrigo do artigo 21.º, n.os 2 e 3, do Regulamento Geral sobre a Proteção de Dados, venho opor-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis com base nas compras efetuadas com o meu cartão de cliente (n.º 2200 4418 6093), bem como à transmissão dos meus dados a parceiros comerciais para fins publicitários.

Solicito que deixem de tratar os meus dados para estas finalidades e que me confirmem por escrito, no prazo de um mês, que a minha oposição foi respeitada.

Com os melhores cumprimentos,

Helena Martins
helena.martins@correio.example
""",
         "Helena Martins"),

        ("withdraw_consent", (),
         "",
         """Boa tarde,

Envio o texto abaixo, retirado de uma minuta da DECO:

"Nos termos do artigo 7.º, n.º 3, do Regulamento Geral sobre a Proteção de Dados, venho retirar o consentimento que prestei para o tratamento dos meus dados pessoais para efeitos de envio da newsletter e de campanhas promocionais por correio eletrónico e SMS. Solicito que cessem de imediato esse tratamento e que me confirmem a receção do presente pedido."

Email: tiago.almeida77@correio.example
Telemóvel: +32 467 20 51 90

Obrigado,
Tiago Almeida
""",
         "tiago almeida"),

        ("portability", (),
         "Pedido de portabilidade dos dados - art. 20.º RGPD",
         """Exmos. Senhores,

Ao abrigo do artigo 20.º do Regulamento Geral sobre a Proteção de Dados, venho exercer o meu direito de portabilidade dos dados e solicitar que os dados pessoais que vos forneci (dados de conta, moradas, histórico de encomendas e listas de favoritos) sejam transmitidos diretamente, num formato estruturado, de uso corrente e de leitura automática, ao seguinte responsável pelo tratamento:

Casa Verde Online, Lda.
Encarregado da Proteção de Dados
Rua de Santa Catarina 250, 4000-443 Porto, Portugal
epd@casaverde.example

Caso a transmissão direta não seja tecnicamente possível, solicito que me enviem os dados, em ficheiro CSV ou JSON, para o endereço de email indicado abaixo.

Cliente n.º 47702586
Email: sofia.carvalho@correio.example

Com os melhores cumprimentos,
Sofia Carvalho
""",
         "Sofia Carvalho"),

        ("correction", (),
         "Pedido de retificação de dados pessoais",
         """Exmos. Senhores,

Nos termos do artigo 16.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar a retificação dos seguintes dados pessoais inexatos que me dizem respeito:

- Nome: consta "Joao Pereira Silva"; deve constar "João Pereira da Silva";
- Morada: consta "Rue Royale 20, 1000 Bruxelas"; a morada correta é "Rue Royale 202, 1000 Bruxelas";
- Email: consta "joao.silva@antigo.example"; o endereço correto é "joao.pereiradasilva@correio.example".

Solicito que a retificação seja comunicada aos destinatários a quem os dados tenham sido transmitidos (artigo 19.º) e que me seja confirmada por escrito no prazo de um mês.

Com os melhores cumprimentos,
João Pereira da Silva
Cliente n.º 30015847
""",
         "João Pereira da Silva"),

        ("restriction", (),
         "cliente 62284019",
         """Exmos. Senhores,

Assunto: Pedido de limitação do tratamento (artigo 18.º do RGPD)

Encontra-se pendente um litígio entre mim e V. Exas. relativo à encomenda n.º 2024-182254 (conjunto de mobiliário de jardim devolvido a 2 de dezembro de 2024), cujo reembolso ainda não foi efetuado. Fui informada de que a minha conta foi marcada como "devolução não recebida" e de que os dados da encomenda serão eliminados no âmbito de uma limpeza de contas inativas.

Contesto a exatidão desse registo e preciso dos dados da encomenda, da devolução e da correspondência trocada para efeitos de declaração, exercício ou defesa de um direito num processo judicial. Assim, nos termos do artigo 18.º, n.º 1, alíneas a) e c), do RGPD, solicito a limitação do tratamento desses dados: devem ser conservados, mas não podem ser apagados nem utilizados para qualquer outra finalidade até à resolução do litígio.

Solicito que me informem antes de a limitação ser levantada (artigo 18.º, n.º 3).

Com os melhores cumprimentos,
Catarina Rodrigues
""",
         "Catarina Rodrigues"),

        ("complaint", ("portability",),
         "Insistência - pedido de portabilidade de 15/01/2025 sem resposta",
         """Exmos. Senhores,

Em 15 de janeiro de 2025 enviei a este endereço um pedido de portabilidade dos meus dados pessoais, ao abrigo do artigo 20.º do RGPD, solicitando a transmissão direta dos dados da minha conta (cliente n.º 47702586) para a Casa Verde Online, Lda.

Decorrido o prazo de um mês previsto no artigo 12.º, n.º 3, do RGPD, não recebi qualquer resposta, nem sequer um aviso de receção.

Venho, por isso, insistir no referido pedido e solicitar que procedam à transmissão dos dados no prazo de 10 dias úteis. Caso contrário, apresentarei queixa junto da autoridade de controlo (Autoridade de Proteção de Dados belga e Comissão Nacional de Proteção de Dados), sem mais aviso.

Com os melhores cumprimentos,
Sofia Carvalho
""",
         "Sofia Carvalho"),

        ("other", (),
         "Reclamação ao abrigo da garantia legal - encomenda 2024-140382",
         """Exmos. Senhores,

No dia 3 de julho de 2024 adquiri no vosso site um grelhador a gás (referência 662014, encomenda n.º 2024-140382), pelo preço de 279,00 euros, entregue a 8 de julho de 2024.

Sucede que o bem apresenta a seguinte falta de conformidade: o queimador lateral deixou de acender e a válvula de gás apresenta fuga.

Uma vez que a falta de conformidade se manifestou dentro do prazo da garantia legal, venho solicitar a reparação ou a substituição do bem, sem quaisquer encargos, no prazo de 30 dias, nos termos da legislação aplicável à venda de bens de consumo.

Junto cópia da fatura e fotografias do defeito.

Sem outro assunto de momento, apresento os meus cumprimentos,

Manuel Gonçalves
Rua do Comércio 15, 1000 Bruxelas

(minuta DECO PROteste: garantia)
""",
         "Manuel Gonçalves"),
    ],
}

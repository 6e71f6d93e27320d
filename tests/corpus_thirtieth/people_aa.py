"""Thirtieth set, every kind of request as native speakers write it, with each country's own templates and idiom (en nl fr de). Written apart from the rules (see make_thirtieth.py)."""

PEOPLE_AA = {
    "en": [
        ("access", (), "Subject access request", """\
Mrs Helen Ashworth
14 Cranbrook Road
Harrogate
HG2 0PL
07700 900461

3 March 2025

Privacy Team
shop.example.be

Dear Sir or Madam

Subject access request

My name is Helen Margaret Ashworth and I have had a customer account with you since 2021 under this email address (helen.ashworth@example.co.uk). My loyalty card number is 6290 1144 0381.

Please supply the information about me I am entitled to under data protection law relating to:
- my customer account and order history;
- my loyalty card and the points and offers linked to it;
- any notes made about me by your customer service team, including notes of my phone call of 17 January 2025;
- any information about me you have passed to or received from your marketing partners.

If you need any more information, please let me know as soon as possible.

It may be helpful for you to know that data protection law requires you to respond to a request for information within one calendar month.

If you do not normally deal with these requests, please pass this letter to your Data Protection Officer, or relevant staff member.

If you need advice on dealing with this request, the Information Commissioner's Office can assist you. Its website is ico.org.uk, or it can be contacted on 0303 123 1113.

Yours faithfully

Helen Ashworth
""", "Helen Ashworth"),

        ("deletion", ("withdraw_consent", "objection"), "Request for erasure of personal data - Article 17 GDPR", """\
Dear Data Protection Officer,

I am writing to request that you erase all personal data you hold about me, in accordance with Article 17 of the General Data Protection Regulation and the Data Protection Act 2018.

My details are:
Name: Cormac Ó Súilleabháin
Email address on my account: cormac.osullivan@example.ie
Delivery address: 22 Ard na Gréine, Ballincollig, Co. Cork, P31 X2Y4

I no longer wish to be a customer and the data is no longer necessary for the purpose for which it was collected.

I also withdraw any consent I have given you to process my data, including for your newsletter and for offers by text message. In addition, I object under Article 21(2) GDPR to any use of my data for direct marketing, by you or by any of your partners, for as long as you hold any of it.

If there is data you believe you are legally obliged to retain (for example invoices for tax purposes), please tell me what it is, the legal basis, and for how long it will be kept.

Please confirm in writing once the erasure has been carried out. I look forward to your response within one month of receipt, as required by Article 12(3). I am aware of my right to lodge a complaint with the Data Protection Commission should that not happen.

Is mise le meas,

Cormac Ó Súilleabháin
""", "Cormac Ó Súilleabháin"),

        ("objection", (), "Objection to profiling and to disclosure to third parties (Art. 21 GDPR)", """\
Dear Sir/Madam,

Re: Customer account - Ms Maria Camilleri, 41, Triq il-Kbira, Mosta MST 1012, Malta

I refer to your privacy notice, which states that you use customers' purchase and browsing history to build "interest profiles" and that you share customer contact details with selected marketing partners.

Pursuant to Article 21 of the GDPR, I hereby object to:
1. the processing of my personal data for the purpose of profiling, including the personalised recommendations and targeted advertising based on my purchases and browsing on your website;
2. the disclosure of my name, email address and postal address to your marketing partners or to any other third party for their own marketing purposes.

Kindly confirm that you have ceased the above processing and that you have informed any partners to whom my data was already disclosed. I would appreciate your reply within one month, as provided in Article 12(3) GDPR.

Thank you for your attention.

Yours faithfully,
Maria Camilleri
""", "Maria Camilleri"),

        ("complaint", ("access",), "SECOND REQUEST - Subject access request dated 6 January 2025 - no response", """\
Dear Sir or Madam,

Your ref: none received
My ref: DSAR/DW/01-2025

On 6 January 2025 I sent you a subject access request by email to this address (copy below). I have received neither the information nor any acknowledgement.

The GDPR required you to respond within one calendar month, i.e. by 6 February 2025. That deadline has now passed and you have not told me of any extension.

I therefore ask again that you provide, without further delay, a copy of all personal data you hold about me together with the supplementary information required by Article 15.

If I do not receive a full response within 14 days of this letter, I will lodge a complaint with the Belgian Data Protection Authority without further notice to you.

Yours faithfully,

David Whitfield

-----Original Message-----
From: David Whitfield
Sent: 06 January 2025 19:42
To: privacy@shop.example.be
Subject: Subject access request

Dear Sir or Madam

Please supply the information about me I am entitled to under data protection law relating to my customer account, my orders and my loyalty card.

It may be helpful for you to know that data protection law requires you to respond to a request for information within one calendar month.

Yours faithfully
David Whitfield
""", "David Whitfield"),

        ("portability", (), "Data portability request - article 20 GDPR", """\
Dear Sir or Madam,

I am customer of your shop since 2020 (account e-mail: k.wisniewska@example.com, customer number 448 120 73).

According to article 20 of GDPR I would like to receive the personal data which I provided to you, in structured, commonly used and machine-readable format (CSV or JSON is fine for me). Especially I mean:
- my account data (name, addresses, phone number),
- full history of my orders with products and prices,
- history of my loyalty card points.

I want to move to another shop which can import this data, so PDF or screenshots will not help me, it must be a file.

Thank you in advance for your help.

Best regards,
Katarzyna Wiśniewska
Dublin 7
""", "Katarzyna Wiśniewska"),

        ("correction", (), "Wrong name and address on my account", """\
Hi,

Could you please update my details? I got married last summer and my surname is now Okafor (it was Bennett), and we've moved from 9 Elm Close to 27 Barnfield Way, Stockport SK3 8QT. I tried doing it in my account settings but it keeps saying "an error occurred" when I save the address.

The loyalty card is still showing my old name too, if you could change that as well that'd be great.

Thanks,
Chloe Okafor (formerly Bennett)
""", "Chloe Okafor"),

        ("deletion", (), "delete account", """\
hi can u delete my account and all my details please, dont use it anymore and dont want my card details sitting there. its this email. ta

Sent from my iPhone""", "Jay Patel"),

        ("access", (), "What info do ye have on me?", """\
Hi there,

Just wondering what personal info ye actually have stored about me? I've been buying off ye for a few years now and the "recommended for you" stuff is getting very accurate, so I'm curious what's in there. Could you send me a copy of whatever you have on me please?

Thanks a million,
Siobhán""", "Siobhán Murphy"),

        ("restriction", (), "Please don't delete my account yet", """\
Hello,

I received your email that my account will be deleted in 30 days because it is inactive since two years. Please don't delete it yet. I have a warranty problem with the lawn mower I bought from you in 2023 and I need my order data and invoice for the claim against the manufacturer.

So I ask you to restrict the processing of my data (article 18 GDPR): please keep it stored, but don't use it for anything else until my claim is finished. I will tell you when.

Kind regards from Sliema
Jürgen Hoffmann""", "Jürgen Hoffmann"),

        ("objection", (), "Sharing my details with partners", """\
Hello,

I was reading your privacy policy after placing an order and noticed that you pass customer details on to "carefully selected partners" for their own offers. I'm not having that. Please take this email as my objection to you sharing any of my data with partners for advertising, and to you using my order history to profile me for targeted ads.

My account is under this email address.

Many thanks,
Rob Fenwick
Dundee""", "Rob Fenwick"),

        ("withdraw_consent", (), "Stop the text messages", """\
Hi,

When I signed up for your loyalty card I must have ticked the box for offers by text, and now I get two or three texts a week. Please take me off the SMS list, I withdraw my consent for marketing texts. Number is 087 123 4567 (card no. 6290 1187 5520).

Happy to keep getting my receipts by email, just not the promos.

Regards,
Aoife Brennan""", "Aoife Brennan"),

        ("complaint", (), "Data breach - your newsletter exposed all our email addresses", """\
To whoever is responsible for data protection,

This morning (Tuesday 11 March, 08:14) I received your "Spring Garden Sale" email. Instead of BCC, all the recipients are visible in the To: field - I count well over 300 email addresses, many of them clearly people's full names, and of course mine is in there for all of them to see.

That is a personal data breach, plain and simple. I'm frankly appalled that a company that stores our payment details can make such a basic mistake. I expect you to notify the Data Protection Authority as the law requires, and to tell your customers what you are doing about it.

Mark Devlin
Belfast""", "Mark Devlin"),

        ("complaint", ("deletion",), "Re: delete my account - 3rd time asking", """\
This is the third time I'm writing. I asked you on 2 January to delete my account and all my data, and again on 3 February. No reply, no confirmation, and I'm still getting your emails every few days.

It's now well over a month. Delete my account NOW please, or I'm reporting you to the data protection authority. I've kept copies of all my emails.

Sandra Kelly

On Mon, 3 Feb 2025 at 21:07, Sandra Kelly <sandra.kelly@example.com> wrote:
> Hello, I emailed you on 2 Jan asking you to close my account and delete my data. Can you confirm this has been done?
> Thanks, Sandra
""", "Sandra Kelly"),

        ("other", (), "Cancellation of order 100482937 (within 14 days)", """\
Hello,

Apologies if this is the wrong address, I couldn't find a returns email on the website.

I would like to withdraw from the contract for order 100482937 (2 x rattan lounge chairs, delivered on 4 March). I'm within the 14-day cancellation period. The chairs are unused and still in the original packaging. Could you tell me how to send them back and arrange the refund to my card?

Kind regards,
Eleanor Marsh""", "Eleanor Marsh"),

        ("other", (), "Invoice 2025-004417 - incorrect VAT number", """\
Good afternoon,

Please could you reissue invoice 2025-004417 dated 14/02/2025? The VAT number shown for our company is incorrect: it reads IE 6388047V but ours is IE 6388047W. Our accountant can't reclaim the VAT with the wrong number on it.

The company name and address are correct (Greenway Landscaping Ltd, Unit 4, Ballymount Industrial Estate, Dublin 12).

Many thanks,
Niamh Gallagher
Accounts | Greenway Landscaping Ltd""", "Niamh Gallagher"),

        ("other", (), "Application: Privacy & Data Protection Officer (ref. DPO-2025-02)", """\
Dear Hiring Manager,

Please find attached my CV and cover letter for the Privacy & Data Protection Officer position advertised on LinkedIn.

I am currently a data protection analyst at an e-commerce retailer in Valletta, where I handle around 40 data subject requests a month (access, erasure, objections to direct marketing and withdrawals of consent) and coordinate our responses to the Maltese IDPC. I hold the CIPP/E certification and I am fluent in English, Maltese and Italian, with working French.

I would welcome the opportunity to discuss how I could support your team.

Yours sincerely,
Luke Vella""", "Luke Vella"),
    ],
    "nl": [
        ("access", (), "Inzageverzoek AVG", """\
Geachte heer/mevrouw,

Met deze brief doe ik een beroep op mijn recht op inzage zoals bedoeld in artikel 15 van de Algemene verordening gegevensbescherming (AVG).

Ik wil graag weten of u mijn persoonsgegevens verwerkt. Als dat zo is, wil ik graag een kopie van de persoonsgegevens die u van mij verwerkt. Daarnaast wil ik de volgende informatie ontvangen:
- de verwerkingsdoeleinden;
- de betrokken categorieën van persoonsgegevens;
- de ontvangers of categorieën van ontvangers aan wie mijn persoonsgegevens zijn verstrekt;
- hoe lang mijn persoonsgegevens worden opgeslagen, of als dat niet mogelijk is, de criteria om die termijn te bepalen;
- dat ik het recht heb u te verzoeken om mijn persoonsgegevens te laten rectificeren of wissen, of de verwerking te beperken, en dat ik het recht heb om bezwaar te maken tegen de verwerking;
- dat ik een klacht kan indienen bij de Autoriteit Persoonsgegevens;
- de bron van de gegevens, als u die niet van mij heeft verkregen;
- of er sprake is van geautomatiseerde besluitvorming, waaronder profilering.

Ter identificatie: mijn klantaccount staat op het e-mailadres jw.degraaf@example.nl, klantnummer 300 219 447.

Ik verzoek u binnen één maand na ontvangst van deze brief te reageren, zoals bepaald in artikel 12 lid 3 van de AVG.

Met vriendelijke groet,

J.W. de Graaf
Amstelveen
""", "Jan-Willem de Graaf"),

        ("deletion", ("withdraw_consent",), "Verzoek tot wissing van mijn persoonsgegevens (art. 17 AVG)", """\
Geachte mevrouw, geachte heer,

Betreft: verzoek tot gegevenswissing - klantnummer 300 551 278

Ondergetekende, Annelies Van Damme, wonende te Kerkstraat 41, 9270 Laarne, verzoekt u hierbij om overeenkomstig artikel 17 van de Algemene Verordening Gegevensbescherming (AVG) alle persoonsgegevens die u over mij bewaart onverwijld te wissen, met inbegrip van mijn klantenaccount en mijn klantenkaart.

Tegelijk trek ik de toestemming in die ik gegeven heb voor het ontvangen van uw nieuwsbrief en van gepersonaliseerde aanbiedingen.

Indien u bepaalde gegevens wettelijk moet bijhouden (bv. facturen), gelieve mij dan mee te delen om welke gegevens het gaat en hoelang u ze nog bewaart.

Ik verwacht uw antwoord binnen de maand na ontvangst van dit schrijven, zoals bepaald in artikel 12.3 AVG. Zonder antwoord binnen die termijn zie ik mij genoodzaakt een klacht in te dienen bij de Gegevensbeschermingsautoriteit (GBA).

Met vriendelijke groeten,

Annelies Van Damme
""", "Annelies Van Damme"),

        ("objection", (), "Bezwaar tegen gebruik persoonsgegevens voor direct marketing", """\
Geachte heer/mevrouw,

Onderwerp: bezwaar op grond van artikel 21 AVG

Ik ben klant bij uw webwinkel (e-mailadres: m.bakker1978@example.nl, postcode 3581 KL, huisnummer 12).

Op grond van artikel 21 lid 2 AVG maak ik bezwaar tegen de verwerking van mijn persoonsgegevens voor direct marketing, inclusief profilering voor zover die met direct marketing verband houdt. Dit betekent dat ik geen gepersonaliseerde aanbiedingen, reclamefolders of telefonische benadering meer wil ontvangen, en dat u mijn gegevens niet meer aan partners verstrekt voor hun marketing.

Volgens artikel 21 lid 3 AVG mag u mijn gegevens na dit bezwaar niet langer voor deze doeleinden verwerken. Ik verzoek u mij binnen vier weken schriftelijk te bevestigen dat u hieraan gevolg heeft gegeven.

Met vriendelijke groet,

Marloes Bakker
""", "Marloes Bakker"),

        ("complaint", ("correction",), "Herinnering: verzoek tot verbetering van 6 januari - nog steeds geen antwoord", """\
Geachte,

Op 6 januari vroeg ik u per e-mail om mijn gegevens te verbeteren: mijn geboortedatum staat verkeerd in uw systeem (14/07/1986 in plaats van 17/04/1986) en mijn adres is nog steeds dat van vóór mijn verhuis. Ik kreeg een automatische ontvangstbevestiging, maar verder niets.

De termijn van één maand uit artikel 12.3 AVG is ondertussen ruim verstreken. Ik vraag u daarom nogmaals om deze gegevens onmiddellijk recht te zetten en mij dit te bevestigen. Mijn juiste adres is Mechelsesteenweg 212, 2018 Antwerpen.

Indien ik binnen tien dagen niets van u verneem, dien ik een klacht in bij de Gegevensbeschermingsautoriteit. Ik heb ook Test Aankoop al om advies gevraagd.

Hoogachtend,

Koen Claeys
""", "Koen Claeys"),

        ("restriction", (), "Verzoek om beperking van de verwerking (art. 18 AVG)", """\
Geachte heer/mevrouw,

Op 21 februari jl. heb ik met uw klantenservice gebeld over een beschadigde levering (ordernummer 7730019). Dat gesprek is, zoals bij het begin van het gesprek werd aangekondigd, opgenomen. Over die levering loopt inmiddels een geschil tussen ons. Volgens uw privacyverklaring worden opnames na dertig dagen automatisch verwijderd.

Ik verzoek u op grond van artikel 18 lid 1 onder c AVG de verwerking van deze opname en de bijbehorende notities te beperken. Ik wil uitdrukkelijk niet dat u deze gegevens wist, omdat ik ze nodig heb als bewijs in het geschil. U mag ze dus bewaren, maar verder niet gebruiken, zolang het geschil loopt.

Mocht u menen dat de Uitvoeringswet AVG u toestaat hiervan af te wijken, dan verneem ik graag op welke bepaling u zich beroept.

Ik zie uw reactie binnen een maand tegemoet.

Met vriendelijke groet,

mr. P.H. Verhoeven
Utrecht
""", "Pieter Verhoeven"),

        ("correction", (), "naam verkeerd geschreven", """\
Dag,

Op mijn klantenkaart en in al jullie mails staat mijn naam als "Lieve Vandenbusche" maar het is Vandenbussche, met dubbel s. Kunnen jullie dat aanpassen aub? Mijn gsm-nummer is ook veranderd, het nieuwe is 0478 12 34 56.

Merci!
Groetjes,
Lieve""", "Lieve Vandenbussche"),

        ("deletion", (), "Account verwijderen", """\
Hoi,
Wil graag dat jullie mijn account verwijderen en al mijn gegevens wissen, heb t niet meer nodig. Gaat om dit mailadres.
Bvd

Verstuurd vanaf mijn iPhone""", "Dennis"),

        ("portability", (), "Mijn bestelgeschiedenis in een bestand?", """\
Goedemiddag,

Ik wil graag al mijn gegevens bij jullie (bestellingen, bedragen, spaarpunten van de klantenkaart) ontvangen in een bestand dat ik kan importeren, bijv. CSV. Ik stap over naar een andere webwinkel die dat kan inlezen. Volgens mij heet dat 'recht op dataportabiliteit'. Als jullie het rechtstreeks naar die winkel kunnen sturen is dat ook prima.

Alvast bedankt!
Groet,
Fleur Jansen""", "Fleur Jansen"),

        ("access", (), "Welke gegevens hebben jullie van mij?", """\
Goeiedag,

Ik zou graag weten welke gegevens jullie allemaal over mij bijhouden, en of jullie die ooit aan andere firma's doorgegeven hebben. Kunnen jullie mij daar een overzicht van bezorgen?

Vriendelijke groeten,
Marc Peeters
Hasselt""", "Marc Peeters"),

        ("objection", (), "Bezwaar gerichte advertenties", """\
Hallo,

Sinds ik op jullie site naar tuinmeubels heb gekeken zie ik op Instagram en Facebook alleen nog maar advertenties van jullie, precies van die producten. Ik wil niet dat jullie mijn klikgedrag en aankopen gebruiken om een profiel van mij te maken en mij daarmee te targeten, en ik maak daar bezwaar tegen. Ook wil ik niet dat mijn e-mailadres naar Facebook gaat voor die 'custom audiences'.

Account: sanne.devries@example.nl

Groetjes,
Sanne de Vries""", "Sanne de Vries"),

        ("withdraw_consent", (), "Toestemming intrekken sms en mail klantenkaart", """\
Beste medewerker,

Bij het aanvragen van mijn klantenkaart (nummer 6290 2201 7734) heb ik toestemming gegeven voor aanbiedingen per sms en e-mail. Die toestemming trek ik bij dezen in. De klantenkaart zelf wil ik wel houden om te sparen.

Met vriendelijke groet,
H. Mulder""", "Hanneke Mulder"),

        ("complaint", (), "Ik krijg de bestelgegevens van iemand anders!!", """\
Goedemorgen,

Vanochtend kreeg ik van jullie een orderbevestiging, maar het is niet mijn bestelling: er staan de naam, het adres, het telefoonnummer en de bestelde artikelen van een andere klant in (een mevrouw uit Zwolle). Dat is gewoon een datalek. En dan vraag ik me af of mijn gegevens ook bij een vreemde terecht zijn gekomen.

Ik vind dit echt ontzettend slordig. Volgens mij zijn jullie verplicht dit te melden bij de toezichthouder, ik hoop dat jullie dat ook doen.

Groet,
Wouter Smit""", "Wouter Smit"),

        ("restriction", (), "mijn gegevens nog niet wissen aub", """\
Hallo,

Ik kreeg een mail dat mijn account binnen 30 dagen verwijderd wordt omdat ik al twee jaar niets besteld heb. Gelieve dat nog niet te doen: ik heb een garantieprobleem met de grasmaaier die ik in 2023 bij jullie kocht en ik heb mijn factuur en bestelgegevens nodig voor de fabrikant. Bewaar de gegevens dus aub, maar gebruik ze verder nergens voor tot dat geregeld is.

Mvg,
Bart Wouters""", "Bart Wouters"),

        ("other", (), "Herroeping bestelling 100488213", """\
Aan: shop.example.be

Ik deel u hierbij mede dat ik onze overeenkomst betreffende de verkoop van de volgende producten herroep:
- 1x Parasol 3 m, antraciet (art.nr. 55120)

Besteld op: 2 april 2025 / ontvangen op: 5 april 2025
Naam consument: Gerrit Hoekstra
Adres consument: Zuiderstraat 8, 8921 AB Leeuwarden
Datum: 9 april 2025

Ik stuur dit naar dit adres omdat ik geen ander mailadres kon vinden. Wilt u het doorsturen naar de juiste afdeling en mij laten weten hoe ik de parasol kan terugsturen?

Groet,
Gerrit Hoekstra""", "Gerrit Hoekstra"),

        ("other", (), "Foutief btw-nummer op factuur F2025-01877", """\
Goeiemiddag,

Op factuur F2025-01877 van 12/03 staat ons btw-nummer fout: BE 0712.345.689 in plaats van BE 0712.345.698. Gelieve een creditnota op te maken en een nieuwe factuur met het juiste nummer te bezorgen, anders kan onze boekhouder de btw niet recupereren.

Alvast bedankt.

Met vriendelijke groeten,
Els Goossens
Boekhouding - Tuinaanleg Goossens BV
Industrieweg 14, 3550 Heusden-Zolder""", "Els Goossens"),

        ("other", (), "Vraag over jullie cookiebanner", """\
Hallo,

Ik ben student Communicatie en schrijf een scriptie over cookiebanners bij webwinkels. Bij jullie site viel me op dat de knop 'Alles weigeren' meteen op de eerste laag staat, dat zie je niet vaak. Mag ik vragen welk cookiebeheerplatform jullie gebruiken en waarom jullie voor deze opzet gekozen hebben? En is het goed als ik een screenshot van jullie banner in mijn scriptie opneem?

Alvast heel erg bedankt!
Met vriendelijke groet,
Noor el Amrani""", "Noor el Amrani"),
    ],
    "fr": [
        ("access", (), "Demande d'accès à mes données personnelles", """\
Sophie Lefèvre
12, rue des Capucins
69001 Lyon

Lyon, le 4 mars 2025

Objet : exercice du droit d'accès (article 15 du RGPD)

Madame, Monsieur,

En application de l'article 15 du règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers. Dans l'affirmative, je souhaiterais obtenir une copie, en langage clair, de l'ensemble de ces données (y compris celles figurant dans les zones « bloc-notes » ou « commentaires »).

Pour faciliter vos recherches, je vous précise que mon compte client est ouvert à l'adresse électronique sophie.lefevre@example.fr et que mon numéro de carte de fidélité est le 6290 3318 4402.

Je vous remercie de bien vouloir me faire parvenir votre réponse dans les meilleurs délais et au plus tard dans un délai d'un mois à compter de la réception de ma demande (article 12.3 du RGPD).

À défaut de réponse de votre part dans les délais impartis ou en cas de réponse incomplète, je me réserve la possibilité de saisir la Commission nationale de l'informatique et des libertés (CNIL) d'une réclamation.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Sophie Lefèvre
""", "Sophie Lefèvre"),

        ("deletion", ("withdraw_consent", "objection"), "Demande d'effacement de mes données - art. 17 RGPD", """\
Madame, Monsieur,

Objet : demande d'effacement de données à caractère personnel

Je soussigné, Jean-Philippe Dubois, domicilié rue de la Station 27 à 5000 Namur, vous demande, en vertu de l'article 17 du Règlement général sur la protection des données, d'effacer sans délai l'ensemble des données à caractère personnel me concernant que vous détenez, en ce compris mon compte client et ma carte de fidélité.

Par la même occasion, je retire mon consentement à l'envoi de votre newsletter et de vos offres par SMS, et je m'oppose à toute transmission de mes données à vos partenaires commerciaux à des fins publicitaires (article 21 du RGPD).

Si certaines données doivent être conservées en vertu d'une obligation légale (factures, par exemple), je vous saurais gré de m'indiquer lesquelles et pour quelle durée.

Conformément à l'article 12.3 du RGPD, je vous remercie de me répondre dans le mois suivant la réception de la présente. À défaut, je m'adresserai à l'Autorité de protection des données (APD).

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Jean-Philippe Dubois
""", "Jean-Philippe Dubois"),

        ("objection", (), "Opposition à la prospection commerciale et au profilage", """\
Madame, Monsieur,

Je suis client de votre boutique en ligne (compte : a.moreau@example.fr, 7 avenue Jean-Jaurès, 31000 Toulouse).

Conformément à l'article 21 du RGPD et à la loi n° 78-17 du 6 janvier 1978 modifiée, dite « Informatique et Libertés », je m'oppose à ce que les données me concernant soient utilisées à des fins de prospection commerciale, y compris le profilage lié à cette prospection, ainsi qu'à ce qu'elles soient cédées, louées ou transmises à des partenaires commerciaux.

Je vous demande en conséquence de ne plus m'adresser de sollicitations commerciales, par quelque canal que ce soit, et d'en informer les partenaires auxquels vous auriez déjà communiqué mes coordonnées.

Je vous remercie de m'informer des suites données à ma demande dans un délai d'un mois à compter de sa réception.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Alain Moreau
""", "Alain Moreau"),

        ("complaint", ("portability",), "Rappel - demande de portabilité du 10 janvier 2025 restée sans réponse", """\
Madame, Monsieur,

Le 10 janvier 2025, je vous ai adressé par courriel une demande de remise de mes données personnelles dans un format électronique courant (historique de commandes, données de compte, points de fidélité), au sens de l'article 28 de la loi fédérale sur la protection des données (nLPD) et de l'article 20 du RGPD. Ce courriel est reproduit ci-dessous.

À ce jour, soit plus de deux mois plus tard, je n'ai reçu ni les données ni la moindre réponse, alors que le délai est de 30 jours selon le droit suisse et d'un mois selon le RGPD.

Je vous prie donc de me transmettre ces données sans plus tarder. Sans nouvelles de votre part d'ici au 31 mars 2025, je déposerai une plainte auprès de l'Autorité de protection des données belge et j'informerai le Préposé fédéral à la protection des données et à la transparence (PFPDT).

Meilleures salutations

Nicolas Rochat
Chemin des Vignes 5
1009 Pully

----- Message d'origine -----
De : Nicolas Rochat
Envoyé : vendredi 10 janvier 2025 18:22
À : privacy@shop.example.be
Objet : Demande de portabilité de mes données

Bonjour,
Je souhaite recevoir l'ensemble des données que je vous ai fournies dans un format structuré et lisible par machine (CSV ou JSON), afin de pouvoir les transférer à un autre commerçant.
Meilleures salutations
N. Rochat
""", "Nicolas Rochat"),

        ("restriction", (), "Demande de limitation du traitement (article 18 RGPD)", """\
Madame, Monsieur,

Objet : demande de limitation du traitement - compte client n° 300 774 912

Lors de mon dernier appel à votre service clientèle, il m'a été indiqué que mon compte portait la mention « retours abusifs », ce qui m'empêche désormais de payer sur facture. Je conteste l'exactitude de cette mention : je n'ai retourné que deux articles en trois ans, tous deux défectueux.

En application de l'article 18, paragraphe 1, point a) du règlement (UE) 2016/679, je vous demande de limiter le traitement de cette donnée pendant la durée nécessaire à la vérification de son exactitude. Pendant cette période, elle ne doit plus être utilisée pour décider des moyens de paiement qui me sont proposés, ni être communiquée à des tiers.

Je vous remercie de m'informer avant toute levée de cette limitation, conformément à l'article 18, paragraphe 3. Je me réserve par ailleurs le droit de saisir la Commission nationale pour la protection des données (CNPD) si nécessaire.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Weber
12, rue de la Gare
L-3510 Dudelange
""", "Claire Weber"),

        ("access", (), "Mes données", """\
Bonjour,

Je voudrais savoir quelles informations vous avez sur moi exactement (adresse, commandes, ce que je regarde sur le site, etc.) et si vous les partagez avec d'autres sociétés. Est-ce que vous pouvez m'envoyer tout ça ?

Merci d'avance,
Camille""", "Camille Roux"),

        ("correction", (), "Erreur dans mes coordonnées", """\
Bonjour,

Mon prénom est mal orthographié dans mon compte et sur ma carte de fidélité : c'est Frédérique, pas Frédéric. Ça fait bizarre de recevoir « Cher Monsieur » à chaque mail... Pourriez-vous corriger, et mettre « Madame » ? Mon numéro de GSM a aussi changé : 0471 98 76 54.

Merci beaucoup et bonne journée,
Frédérique Lambert
Liège""", "Frédérique Lambert"),

        ("deletion", (), "supression compte", """\
Bonjour je veux que vous supprimiez mon compte et toute mes données svp j'en ai plus besoin
merci

Envoyé de mon iPhone""", "Kevin M."),

        ("portability", (), "Récupérer mes données en fichier", """\
Bonjour,

Je passe chez un autre magasin de jardinage qui propose d'importer l'historique d'achats dans son programme de fidélité. Est-ce que vous pourriez m'envoyer mes données (commandes, adresses, points de fidélité) dans un fichier CSV ou JSON, ou les leur transmettre directement si c'est possible ?

D'avance merci et meilleures salutations,
Laurent Favre
Neuchâtel""", "Laurent Favre"),

        ("objection", (), "Pas de pub ciblée svp", """\
Bonjour,

Je ne souhaite pas que mes achats et ce que je consulte sur votre site servent à me faire un profil pour des publicités ciblées (je vois vos pubs partout sur Facebook depuis que j'ai regardé un barbecue...). Je m'oppose à ce traitement, et aussi à ce que vous transmettiez mes coordonnées à vos partenaires.

Bien à vous,
Nathalie Renard
Charleroi""", "Nathalie Renard"),

        ("withdraw_consent", (), "Désinscription newsletter et SMS", """\
Bonjour,

Merci de me désinscrire de votre newsletter et de ne plus m'envoyer de SMS promotionnels, je retire mon consentement pour les deux. Le lien de désinscription en bas du mail m'affiche une page blanche, d'où ce message.

Cordialement,
Thomas Girard""", "Thomas Girard"),

        ("complaint", (), "Réclamation - utilisation de mon numéro par votre livreur", """\
Madame, Monsieur,

J'ai été livrée le 3 mars (commande n° 100512284). Le soir même, le livreur m'a envoyé des messages sur WhatsApp, à titre personnel, en utilisant le numéro de téléphone que j'avais donné uniquement pour la livraison. Je trouve cela inadmissible et assez inquiétant.

Mon numéro vous a été confié pour une finalité précise. Je souhaite savoir quelles mesures vous comptez prendre vis-à-vis de votre prestataire pour que cela ne se reproduise pas.

Cordialement,
Léa Fontaine""", "Léa Fontaine"),

        ("complaint", ("withdraw_consent",), "TOUJOURS des SMS malgré ma demande !!", """\
Bonjour,

Le 14 janvier je vous ai demandé par mail de ne plus m'envoyer de SMS publicitaires, je vous ai écrit noir sur blanc que je retirais mon consentement. Nous sommes le 18 mars, je n'ai jamais eu de réponse et je reçois toujours vos SMS, encore un ce matin.

Ça fait plus de deux mois. Arrêtez ces SMS maintenant. Si je n'ai pas de confirmation cette semaine, je porte plainte auprès de l'Autorité de protection des données.

Sébastien Collard
0485 22 33 44""", "Sébastien Collard"),

        ("other", (), "Rétractation commande n° 100517730", """\
À l'attention de shop.example.be - service clients :

Je vous notifie par la présente ma rétractation du contrat portant sur la vente du bien ci-dessous :
- 1 salon de jardin 4 places « Lisbonne », réf. 61044

Commandé le : 02/04/2025 / reçu le : 07/04/2025
Nom du consommateur : Mme Isabelle Garnier
Adresse du consommateur : 8, allée des Tilleuls, 44300 Nantes
Date : 10/04/2025

Merci de m'indiquer les modalités de retour.
Isabelle Garnier""", "Isabelle Garnier"),

        ("other", (), "Annuler ma commande", """\
Bonjour,

J'ai passé une commande hier soir (n° 100518092) et je me suis trompé de couleur pour les coussins. Est-ce que vous pouvez annuler la commande avant l'expédition ? Je repasserai commande avec la bonne couleur.

Désolé d'écrire à cette adresse, je n'ai pas trouvé d'autre contact.

Merci,
Hugo Marchand""", "Hugo Marchand"),

        ("other", (), "Demande d'information - article sur les programmes de fidélité", """\
Madame, Monsieur,

Journaliste indépendant basé à Luxembourg, je prépare un article sur l'utilisation des données dans les programmes de fidélité des enseignes en ligne. Votre politique de confidentialité mentionne des « partenaires sélectionnés » : pourriez-vous me préciser, de manière générale, quels types de partenaires reçoivent des données de vos clients, et si votre entreprise a désigné un délégué à la protection des données que je pourrais interroger ?

Je boucle le 25 avril. Merci d'avance pour votre retour.

Bien cordialement,
Marc Schmit
Journaliste - économie et consommation""", "Marc Schmit"),
    ],
    "de": [
        ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO", """\
Sabine Krüger
Lindenstraße 17
50674 Köln

Köln, 05.03.2025

Auskunftsersuchen nach Art. 15 DSGVO

Sehr geehrte Damen und Herren,

hiermit bitte ich Sie um Auskunft gemäß Art. 15 DSGVO, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall, bitte ich um Auskunft über

1. die Verarbeitungszwecke,
2. die Kategorien personenbezogener Daten, die verarbeitet werden,
3. die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden,
4. die geplante Dauer der Speicherung oder, falls dies nicht möglich ist, die Kriterien für die Festlegung dieser Dauer,
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden,
6. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling sowie aussagekräftige Informationen über die involvierte Logik.

Außerdem bitte ich um eine Kopie meiner personenbezogenen Daten gemäß Art. 15 Abs. 3 DSGVO.

Zur Identifizierung: Mein Kundenkonto läuft unter der E-Mail-Adresse s.krueger@example.de, Kundennummer 300 118 554.

Bitte beachten Sie, dass Sie die Auskunft unverzüglich, spätestens aber innerhalb eines Monats nach Eingang dieses Schreibens zu erteilen haben (Art. 12 Abs. 3 DSGVO). Ich habe mir hierfür den 07.04.2025 notiert. Sollte ich bis dahin keine vollständige Auskunft erhalten haben, werde ich mich an die zuständige Datenschutzaufsichtsbehörde wenden.

Mit freundlichen Grüßen

Sabine Krüger
""", "Sabine Krüger"),

        ("deletion", ("withdraw_consent",), "Antrag auf Löschung meiner Daten und Widerruf der Einwilligung", """\
Sehr geehrte Damen und Herren!

Betreff: Löschung gemäß Art. 17 DSGVO / Widerruf meiner Einwilligung gemäß Art. 7 Abs. 3 DSGVO

Ich, Mag. Elisabeth Hofbauer, wohnhaft in 1180 Wien, Gersthofer Straße 52/3, ersuche Sie, sämtliche zu meiner Person gespeicherten Daten, insbesondere mein Kundenkonto und die Daten meiner Kundenkarte, unverzüglich zu löschen.

Gleichzeitig widerrufe ich alle erteilten Einwilligungen, insbesondere jene zum Erhalt Ihres Newsletters und zur Zusendung personalisierter Angebote.

Ich ersuche um schriftliche Bestätigung der Löschung binnen eines Monats. Sollten Sie Daten aufgrund gesetzlicher Aufbewahrungspflichten nicht löschen können, teilen Sie mir bitte mit, um welche Daten es sich handelt und wie lange diese aufbewahrt werden.

Für den Fall, dass ich innerhalb dieser Frist keine Antwort erhalte, behalte ich mir eine Beschwerde bei der Datenschutzbehörde vor.

Mit freundlichen Grüßen

Mag. Elisabeth Hofbauer
""", "Elisabeth Hofbauer"),

        ("objection", ("access",), "Widerspruch gegen Werbung und Datenweitergabe", """\
Sehr geehrte Damen und Herren,

ich widerspreche hiermit gemäß Art. 21 Abs. 2 und 3 DSGVO der Verarbeitung meiner personenbezogenen Daten für Zwecke der Werbung sowie des Profilings, soweit es mit Direktwerbung in Verbindung steht. Ebenso widerspreche ich der Übermittlung meiner Daten an Dritte, insbesondere an Ihre Werbepartner.

Zugleich verlange ich Auskunft nach Art. 15 DSGVO darüber, an welche Empfänger Sie meine Daten bisher weitergegeben haben.

Meine Daten: Thomas Schröder, Am Gries 9, 80331 München, Kundennummer 300 662 081.

Bitte bestätigen Sie mir den Eingang und die Umsetzung dieses Widerspruchs schriftlich.

Mit freundlichen Grüßen
Thomas Schröder
""", "Thomas Schröder"),

        ("complaint", ("access",), "Mahnung: Auskunftsbegehren vom 14. Januar 2025", """\
Sehr geehrte Damen und Herren

Am 14. Januar 2025 habe ich Sie per E-Mail um Auskunft über meine Personendaten gebeten (Art. 25 DSG bzw. Art. 15 DSGVO). Bis heute habe ich weder eine Auskunft noch eine Eingangsbestätigung erhalten.

Die Frist von 30 Tagen nach Schweizer Recht und von einem Monat nach DSGVO ist damit deutlich abgelaufen. Ich fordere Sie auf, mir die verlangte Auskunft innert 10 Tagen zuzustellen.

Andernfalls werde ich mich an den Eidgenössischen Datenschutz- und Öffentlichkeitsbeauftragten (EDÖB) wenden und bei der belgischen Datenschutzbehörde Beschwerde einreichen.

Freundliche Grüsse

Reto Baumgartner
Seefeldstrasse 88
8008 Zürich

-----Ursprüngliche Nachricht-----
Von: Reto Baumgartner
Gesendet: Dienstag, 14. Januar 2025 08:47
An: privacy@shop.example.be
Betreff: Auskunftsbegehren

Sehr geehrte Damen und Herren
Gestützt auf Art. 25 DSG ersuche ich Sie um Auskunft, ob und welche Personendaten Sie über mich bearbeiten, zu welchem Zweck und an wen Sie diese bekannt gegeben haben.
Freundliche Grüsse
Reto Baumgartner
""", "Reto Baumgartner"),

        ("restriction", (), "Antrag auf Einschränkung der Verarbeitung gem. Art. 18 DSGVO", """\
Sehr geehrte Damen und Herren,

Betreff: Ihre Zahlungserinnerung vom 03.02.2025, Rechnung Nr. 2025-004219

laut Ihrer Zahlungserinnerung soll eine Forderung über 349,90 EUR offen sein. Ich bestreite die Richtigkeit dieser Angabe: Der Betrag wurde am 12.01.2025 per PayPal beglichen (Transaktionsnachweis anbei).

Für die Dauer der Überprüfung verlange ich gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung der betreffenden Daten. Insbesondere dürfen die Daten in dieser Zeit nicht an Inkassounternehmen oder Auskunfteien übermittelt werden; eine Einmeldung wäre bei einer bestrittenen Forderung auch nach § 31 BDSG unzulässig.

Bitte unterrichten Sie mich, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO).

Mit freundlichen Grüßen

Dr. Andreas Vogel
Hauptstraße 45
69117 Heidelberg
""", "Andreas Vogel"),

        ("access", (), "Welche Daten habts ihr von mir?", """\
Servus,

ich hätt gern gewusst, welche Daten ihr über mich gespeichert habts. Ich bestell seit Jahren bei euch und frag mich langsam, was da alles zusammenkommt. Könnts ihr mir bitte eine Kopie schicken?

Danke und liebe Grüße aus Graz
Stefan""", "Stefan Pichler"),

        ("correction", (), "Falsche Adresse + Geburtsdatum im Kundenkonto", """\
Hallo zusammen,

ich bin umgezogen, neue Adresse: Bergstraße 3, 01069 Dresden. Im Kundenkonto kann ich die Rechnungsadresse nicht selbst ändern, könnt ihr das bitte machen?

Und wo ich schon dabei bin: mein Geburtsdatum ist bei euch falsch hinterlegt (21.03. statt 12.03.), deswegen kam der Geburtstagsgutschein schon wieder zur falschen Zeit. Bitte auch korrigieren.

Danke & Gruß
Julia Neumann""", "Julia Neumann"),

        ("deletion", (), "konto löschen", """\
hallo, bitte mein kundenkonto löschen mit allen daten, brauch ich nicht mehr. danke

Von meinem iPhone gesendet""", "Marcel B."),

        ("portability", (), "Export meiner Daten", """\
Grüezi

Ich möchte meine Bestellhistorie und die Punkte der Kundenkarte in einem maschinenlesbaren Format (CSV oder JSON) erhalten, damit ich sie zu einem anderen Anbieter mitnehmen kann. Falls das geht, dürfen Sie die Daten auch direkt dorthin übermitteln, ich schicke Ihnen dann die Angaben.

Freundliche Grüsse
Martina Keller
Winterthur""", "Martina Keller"),

        ("objection", (), "Keine Weitergabe an Werbepartner, kein Profiling", """\
Guten Tag,

in Ihrer Datenschutzerklärung steht, dass Sie Kundendaten für personalisierte Werbung auswerten und an Werbepartner weitergeben. Dem widerspreche ich für mein Konto (l.hartmann@example.de) ausdrücklich. Ich möchte keine auf mich zugeschnittene Werbung aufgrund meines Kaufverhaltens.

Viele Grüße
Lena Hartmann""", "Lena Hartmann"),

        ("withdraw_consent", (), "Newsletter und SMS abbestellen", """\
Hallo,

bitte streichen Sie mich aus dem Newsletter-Verteiler. Außerdem widerrufe ich meine Einwilligung in Werbung per SMS, die ich bei der Anmeldung zur Kundenkarte gegeben habe (Kartennummer 6290 4410 2276). Die Kundenkarte selbst möchte ich behalten.

Danke und Gruß
Heike Schulz""", "Heike Schulz"),

        ("complaint", (), "Fremde Rechnung in meinem Paket - Datenschutzverstoß", """\
Sehr geehrte Damen und Herren,

heute kam meine Lieferung (Bestellung 100520117) an. Im Karton lag allerdings nicht meine Rechnung, sondern die einer anderen Kundin aus Bremen - mit vollem Namen, Anschrift, Telefonnummer und allen bestellten Artikeln.

Das ist eine Datenpanne, und ich gehe davon aus, dass dann meine Rechnung bei jemand anderem liegt. Ich finde das ehrlich gesagt ziemlich schlampig und erwarte, dass Sie das ernst nehmen und prüfen, ob der Vorfall der Aufsichtsbehörde zu melden ist. Die fremde Rechnung habe ich nicht weitergegeben; sagen Sie mir bitte, was ich damit machen soll.

Mit freundlichen Grüßen
Petra Lange""", "Petra Lange"),

        ("complaint", ("objection",), "Immer noch Werbung trotz Widerspruch!", """\
Hallo,

ich habe am 20. Januar per Mail der Nutzung meiner Daten für Werbung widersprochen. Eine Antwort kam nie, und Ihr Katalog liegt trotzdem jede zweite Woche in meinem Briefkasten, zuletzt gestern.

Jetzt sind über sechs Wochen vergangen. Ich setze Ihnen eine letzte Frist bis Freitag, die Werbung einzustellen und mir das zu bestätigen. Danach reiche ich Beschwerde bei der Landesbeauftragten für den Datenschutz ein.

Gruß
Uwe Brandt
Hannover""", "Uwe Brandt"),

        ("other", (), "Widerruf Bestellung 100519874", """\
An shop.example.be

Hiermit widerrufe ich den von mir abgeschlossenen Vertrag über den Kauf der folgenden Waren:
1x Hochbeet Lärche 200 x 80 cm, Art.-Nr. 70233

Bestellt am: 28.03.2025 / erhalten am: 02.04.2025
Name des Verbrauchers: Klaus Wagner
Anschrift des Verbrauchers: Talweg 4, 34117 Kassel
Datum: 06.04.2025

Bitte schicken Sie mir ein Rücksendeetikett.

Klaus Wagner""", "Klaus Wagner"),

        ("other", (), "Kündigung Abo Saison-Pflanzenbox", """\
Sehr geehrte Damen und Herren,

hiermit kündige ich mein Abonnement der Saison-Pflanzenbox (Abo-Nr. AB-22871) fristgerecht zum nächstmöglichen Termin.

Bitte bestätigen Sie mir die Kündigung und das Vertragsende schriftlich.

Mit freundlichen Grüßen
Monika Berger
Linz""", "Monika Berger"),

        ("other", (), "Rechnungskorrektur - falsche USt-IdNr. auf Rechnung 2025-005102", """\
Guten Tag,

auf Ihrer Rechnung 2025-005102 vom 19.03.2025 ist unsere Umsatzsteuer-Identifikationsnummer falsch angegeben (LU 26543187 statt LU 26543178). Da die Lieferung als innergemeinschaftliche Lieferung abgerechnet wurde, benötigen wir eine korrigierte Rechnung mit der richtigen USt-IdNr.

Vielen Dank im Voraus.

Mit freundlichen Grüßen
Carole Hoffmann
Buchhaltung
Gaart & Bléien S.à r.l., Ettelbruck""", "Carole Hoffmann"),
    ],
}

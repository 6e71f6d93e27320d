"""Fresh set, people: en, nl, fr, de. Written apart from the rules (see make_fresh.py)."""

PEOPLE_E = {
    "en": [
        # ---------------------------------------------------------------- access
        ("access", (), "Request for access to personal data pursuant to Art. 15 GDPR", """Dear Sir or Madam,

I hereby request access pursuant to Art. 15 GDPR. Please confirm whether or not you are processing personal data concerning me. If so, I request the following information:

1. all personal data concerning me that you have stored;
2. the purposes of the processing;
3. the categories of personal data being processed;
4. the recipients or categories of recipients to whom the data have been or will be disclosed, in particular recipients in third countries or international organisations;
5. the envisaged period for which the data will be stored or, if not possible, the criteria used to determine that period;
6. the existence of the right to request rectification or erasure of personal data or restriction of processing, or to object to such processing;
7. the right to lodge a complaint with a supervisory authority;
8. where the data were not collected from me, any available information as to their source;
9. the existence of automated decision-making, including profiling, referred to in Art. 22(1) and (4) GDPR, and meaningful information about the logic involved.

In addition, please provide me with a copy of the personal data undergoing processing in accordance with Art. 15(3) GDPR.

I look forward to receiving the information without undue delay and in any event within one month of receipt of this request (Art. 12(3) GDPR).

To help you locate my data: I have used the email address jonathan.pryce@mailbox.example and the customer number 300-448-217.

Yours faithfully,

Jonathan Pryce
27 Ashdown Road
Leeds LS6 2HT
United Kingdom""", "Jonathan Pryce"),
        ("access", (), "", """hi, what info do u actually have on me? got a mail from you today about a sale and i dont even remember making an account. where did you get my email from??

sent from my phone""", "kayla m"),
        ("access", (), "Re: Your order 10045821 has shipped", """Hi,

Unrelated to the delivery, but while I have you: could you send me everything you keep on file about me? Order history, addresses, whatever your customer service wrote down when I called in January, any marketing profile - the lot. A PDF or a plain email is fine.

Thanks,
Priya Raman

On 14 March 2024, Shop Customer Service <service@shop.example.be> wrote:
> Dear Ms Raman,
>
> Good news! Your order 10045821 has left our warehouse and should reach you within 2 working days.
> Track your parcel with bpost using the code 3232 0000 1144 5521.
>
> Kind regards,
> Shop Customer Service""", "Priya Raman"),
        # -------------------------------------------------------------- deletion
        ("deletion", ("withdraw_consent", "objection"), "Erasure request under Article 17 GDPR", """Dear Data Protection Officer,

I am writing to request that you erase all personal data concerning me, in accordance with Article 17 of the General Data Protection Regulation (GDPR).

Specifically, I request that you:

(a) erase all personal data you hold about me without undue delay, as I withdraw the consent on which the processing is based (Article 17(1)(b)) and the data are no longer necessary for the purposes for which they were collected (Article 17(1)(a));
(b) treat this letter as withdrawal of any consent I have given you, including consent to receive your newsletter and promotional emails (Article 7(3));
(c) treat this letter as an objection to any processing of my personal data for direct marketing purposes, including profiling related to such marketing (Article 21(2) and (3));
(d) inform any recipients to whom my data have been disclosed of this erasure, as required by Article 19.

Where you are legally obliged to retain certain data (for example invoices for tax purposes), please tell me which data you are keeping, under which legal provision and for how long.

Please confirm in writing once the erasure has been carried out. You must respond within one month of receiving this request.

Details to identify me:
Name: Eleanor Whitcombe
Email used for my account: e.whitcombe@postbox.example
Customer number: 7781203

Yours sincerely,
Eleanor Whitcombe""", "Eleanor Whitcombe"),
        ("deletion", (), "account", """pls close my account and delete all my stuff, dont use it anymore. email is tomvdb88@webmail.example

thx""", "Tom"),
        ("deletion", (), "Moving abroad", """Hello,

I'm relocating to Vancouver next month and won't be ordering from you any more, since you don't ship to Canada. Rather than leave an old account lying around, I'd like you to get rid of it - account, saved addresses, payment card, wish list, all of it. I'd prefer that nothing of mine stays in your systems once I'm gone.

Could you drop me a line when it's been done?

Many thanks,
Grace O'Donnell
+32 486 55 21 07""", "Grace O'Donnell"),
        # ------------------------------------------------------------ correction
        ("correction", (), "Request for rectification of personal data", """Dear Sir or Madam,

Right to rectification - Article 16 GDPR

I am writing to ask you to rectify personal data you hold about me which is inaccurate.

The information that is wrong is as follows:

1. My surname is recorded as "Mcallister". The correct spelling is "MacAllister", with a capital A.
2. My date of birth is shown as 03/11/1985. The correct date is 11/03/1985 - it appears the day and month have been swapped.
3. My billing address still shows my previous address, 4 Glebe Terrace, Stirling. My current address is 19 Cowane Street, Stirling FK8 1JP.

I enclose a copy of my driving licence as evidence of the correct details (please delete the copy once you have checked it).

Please correct this information and confirm to me in writing that you have done so. If you have disclosed the inaccurate data to others, please let them know of the correction as required by Article 19.

I understand you should respond within one calendar month.

Yours faithfully,

Fiona MacAllister
Customer account: fiona.macallister@mailhub.example""", "Fiona MacAllister"),
        ("correction", (), "", """hi can u update my address in my account, moved last month. new one is:
Kerkstraat 112 bus 3
2060 Antwerpen

old one is still showing in my profile. ta""", "Dries Wouters"),
        ("correction", (), "Name change after marriage", """Good afternoon,

I got married in June and have changed my surname. Could you please update my customer profile so that it shows Laura Bennett-Okafor instead of Laura Bennett? I'd also like the email address on the account changed to laura.bennettokafor@freemail.example, as I'll be closing the old one soon.

My customer number is 55120934, in case that helps.

Kind regards,
Laura Bennett-Okafor""", "Laura Bennett-Okafor"),
        # ----------------------------------------------------------- portability
        ("portability", (), "Data portability request - Article 20 GDPR", """Dear Sir/Madam,

Under Article 20 of the GDPR I have the right to receive the personal data concerning me which I have provided to you, in a structured, commonly used and machine-readable format, and to have those data transmitted to another controller.

I therefore ask you to provide me with the following in CSV or JSON format:

- my account and contact details;
- my complete order history, including items, quantities, prices and dates;
- my saved delivery addresses;
- my wish lists and product reviews;
- my newsletter and communication preferences.

Please send the file(s) to this email address, or make them available via a secure download link. A PDF or a screenshot of my account page would not meet the requirements of Article 20.

I would be grateful if you could do this within one month, as required by Article 12(3).

Yours faithfully,
Samuel Adeyemi
Account email: s.adeyemi@inbox.example""", "Samuel Adeyemi"),
        ("portability", (), "export?", """hey - is there a way to get all my account data + orders as a csv or json file? want to move it over to another service. couldn't find any export button in the account settings

cheers
Ben""", "Ben Hargreaves"),
        # ----------------------------------------------------------- restriction
        ("restriction", (), "Request to restrict processing - Article 18(1)(a) GDPR", """Dear Data Protection Officer,

I am writing regarding my customer account (customer no. 6690412).

Your customer service has informed me that my account carries a note stating that I have "3 unpaid orders" and that I am therefore only allowed to pay in advance. I contest the accuracy of this information: all three orders (nos. 1098876, 1101245 and 1103390) were paid by bank transfer and I have the bank statements to prove it.

Under Article 18(1)(a) GDPR, I am entitled to have the processing of the contested data restricted for the period you need to verify its accuracy. I therefore request that, until the verification is complete, you:

1. do not use this data for any purpose, including credit checks, payment-method decisions or risk scoring;
2. do not pass it on to any third party, including debt collection agencies or credit reference bureaus;
3. only store it, clearly marked as restricted.

Please also inform me before any restriction is lifted, as required by Article 18(3).

Yours sincerely,

Martin Kowalczyk
Boulevard Anspach 88
1000 Brussels""", "Martin Kowalczyk"),
        ("restriction", (), "Please don't delete - but stop using", """Hello,

Your last email said accounts that have been inactive for 3 years will be deleted soon. Please don't erase mine yet. I'm in a dispute with the courier over a parcel that arrived smashed (order 88120045) and I may need the order records and our correspondence as evidence in the small claims court.

That said, I don't want my details used for anything else in the meantime - no marketing, no analysis, nothing. Just keep them stored until the case is over and I'll let you know when it is.

Regards,
Hannah Liddell""", "Hannah Liddell"),
        # ------------------------------------------------------------- objection
        ("objection", (), "Objection to processing - Article 21 GDPR", """Dear Sir or Madam,

According to your privacy notice, you process my personal data on the basis of your legitimate interests (Article 6(1)(f) GDPR) in order to analyse my purchasing behaviour, build a customer profile and show me personalised product recommendations on the website and in emails.

I hereby object to this processing under Article 21(1) GDPR, on grounds relating to my particular situation: I share a household computer and do not want my purchases to be inferred or displayed to others through recommendations. I also object, under Article 21(2), to any processing of my data for direct marketing purposes, including profiling to the extent that it is related to such marketing.

Please:
1. stop the processing described above without delay;
2. confirm that my customer profile and any segments I have been assigned to are no longer used;
3. confirm in writing within one month that my objection has been implemented.

Yours faithfully,
Rebecca Thornhill
Customer number 40038821""", "Rebecca Thornhill"),
        ("objection", (), "tracking", """dont want you tracking what i click on your site and building some profile of me for the 'recommended for you' stuff. switch all that off for my account please. i still want to keep my account and orders tho

- J. Hale""", "James Hale"),
        ("objection", (), "Question about your partners", """Hi there,

I read in your privacy policy that you share customer details with "selected advertising partners" for retargeting, and that you rely on legitimate interest for this. I'm not comfortable with that at all. Please take this as my objection: I don't want my email address (hashed or otherwise) or my browsing behaviour passed to Facebook, Google or anyone else for advertising.

I'm happy to keep shopping with you, I just don't want to be followed around the internet.

Best,
Oliver Quentin""", "Oliver Quentin"),
        # ------------------------------------------------------ withdraw_consent
        ("withdraw_consent", (), "Re: your newsletter", """stop emailing me.

On Tue, 9 Apr 2024 at 08:02, Shop <newsletter@shop.example.be> wrote:
> Spring deals are here! Up to 40% off garden furniture
> Shop now >""", "Derek Wallis"),
        ("withdraw_consent", (), "Fwd: Last chance: free shipping this weekend", """Hi, the unsubscribe link at the bottom of this goes to an error page. Can you just take me off the mailing list manually? Thanks. Ahmed

---------- Forwarded message ---------
From: Shop <newsletter@shop.example.be>
Date: Fri, 17 May 2024 at 18:30
Subject: Last chance: free shipping this weekend
To: <ahmed.selim@mailpost.example>

Free shipping on every order until Sunday midnight.
Don't want these emails? Unsubscribe here.""", "Ahmed Selim"),
        ("withdraw_consent", (), "Marketing preferences", """Dear team,

When I opened my account two years ago I ticked the boxes to receive offers by email and text message. I'd like to take that back now - please stop sending me promotional emails and SMS, and record that I no longer agree to being contacted for marketing.

Order confirmations and delivery updates are still fine, of course.

Kind regards,
Margaret Ellison
07700 900412""", "Margaret Ellison"),
        # ------------------------------------------------------------- complaint
        ("complaint", ("access",), "SECOND REQUEST: Subject access request dated 2 April 2024 - no response", """Dear Sir or Madam,

On 2 April 2024 I sent you a subject access request under Article 15 GDPR (copy below). I received an automatic acknowledgement, but no substantive reply. The one-month deadline set by Article 12(3) GDPR expired on 2 May 2024, and you have not informed me of any extension.

I therefore repeat my request: please provide a copy of all personal data you hold about me, together with the information listed in Article 15(1)(a)-(h).

If I do not receive a full response within 14 days, I will lodge a complaint with the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorite de protection des donnees) without further notice.

Yours faithfully,
Daniel Ferreira

-----Original Message-----
From: Daniel Ferreira <d.ferreira@netmail.example>
Sent: 02 April 2024 10:14
To: privacy@shop.example.be
Subject: Subject access request

Dear Sir or Madam,
Please supply the personal data you hold about me, which I am entitled to receive under Article 15 GDPR, together with the purposes of processing, recipients, retention period and source of the data.
My account email is d.ferreira@netmail.example.
Daniel Ferreira""", "Daniel Ferreira"),
        ("complaint", ("withdraw_consent",), "STILL getting your emails", """This is the fourth time I'm asking. I unsubscribed in February, again in March, and I emailed you in April. I'm still getting your "deals" 3 times a week. Take me OFF your list. Now.

If I get one more I'm reporting you to the data protection authority. This is exactly what GDPR is supposed to stop.

Carl Jennings""", "Carl Jennings"),
        ("complaint", (), "Your email exposed my address to hundreds of people", """To whoever is responsible for privacy at your company,

This morning I received your "order update" email, and in the To: field I can see the email addresses of what looks like 300+ other customers - and they can obviously all see mine. Several of the addresses contain people's full names. This is a basic, careless data breach.

I want to know how this happened, whether you have reported it to the Data Protection Authority within the 72 hours you are required to, and what you are doing to stop it happening again. I am extremely unhappy that my personal email address has been handed to hundreds of strangers, and I am considering filing a complaint myself.

Sophie Marchetti""", "Sophie Marchetti"),
        # ----------------------------------------------------------------- other
        ("other", (), "Order 10061234 - wrong delivery address", """Hi,

I've just placed order 10061234 and realised it's going to my old flat. Can you please change the delivery address for this order only to:

Nadia Laurent
Rue de la Loi 27, box 4
1040 Etterbeek

The address in my account is fine otherwise, I just picked the wrong one at checkout. According to the tracking page it hasn't shipped yet.

Thanks!
Nadia""", "Nadia Laurent"),
        ("other", (), "Application - Junior Data Analyst (ref. JDA-2024-07)", """Dear Hiring Team,

Please find attached my CV and cover letter for the Junior Data Analyst position advertised on your careers page.

I recently completed an MSc in Business Analytics at KU Leuven, where my thesis looked at demand forecasting for online retailers. During a six-month internship at a logistics company in Mechelen I built Power BI dashboards and automated weekly reporting with SQL and Python. I am fluent in English and Dutch and have a good working knowledge of French.

I would welcome the opportunity to discuss my application with you.

Kind regards,
Arjun Mehta
+32 470 98 76 54
linkedin.com/in/arjun-mehta-example

I consent to the processing of my personal data for recruitment purposes in accordance with the General Data Protection Regulation (GDPR).""", "Arjun Mehta"),
        ("other", (), "Automate your DSARs in 2 clicks", """Hi there,

Are you still handling data subject access requests by hand? Most online retailers we speak to spend 4-6 hours on every single DSAR - finding the customer in the CRM, exporting orders, redacting, and chasing the one-month deadline.

PrivaFlow connects to your shop platform, CRM and newsletter tool, finds every record linked to a requester and generates a ready-to-send response pack. Deletion and unsubscribe requests are handled from the same dashboard, with a full audit trail for your regulator.

Companies like yours cut their DSAR handling time by 80% in the first month.

Would you be open to a 20-minute demo next week? Just reply with a time that suits you.

Best regards,
Mark Delaney
Account Executive, PrivaFlow Ltd
+44 20 7946 0321
privaflow.example

If you'd rather not hear from me again, just let me know.""", "Mark Delaney"),
        ("other", (), "hello", """hi i cant log into my account, i reset the password twice but the link in the email always says expired. my email is rita.gomes@postmail.example. can someone help, i need to check an order that hasnt arrived""", "Rita Gomes"),
    ],
    "nl": [
        # ---------------------------------------------------------------- access
        ("access", (), "Verzoek om inzage in mijn persoonsgegevens (art. 15 AVG)", """Geachte heer, mevrouw,

Ik maak gebruik van mijn recht op inzage zoals bepaald in artikel 15 van de Algemene Verordening Gegevensbescherming (AVG).

Graag ontvang ik van u een bevestiging of u al dan niet persoonsgegevens over mij verwerkt. Indien dat het geval is, verzoek ik u mij een kopie te bezorgen van die persoonsgegevens, samen met de volgende informatie:

1. de verwerkingsdoeleinden;
2. de betrokken categorieën van persoonsgegevens;
3. de ontvangers of categorieën van ontvangers aan wie de gegevens zijn of worden verstrekt, in het bijzonder ontvangers in derde landen;
4. hoe lang de gegevens worden bewaard, of de criteria om die termijn te bepalen;
5. het bestaan van het recht om rectificatie, wissing of beperking van de verwerking te vragen, en van het recht om bezwaar te maken;
6. het recht om klacht in te dienen bij de Gegevensbeschermingsautoriteit;
7. de herkomst van de gegevens, indien u ze niet bij mij hebt verzameld;
8. het bestaan van geautomatiseerde besluitvorming, met inbegrip van profilering, en nuttige informatie over de onderliggende logica.

Overeenkomstig artikel 12, lid 3 AVG verwacht ik uw antwoord binnen een maand na ontvangst van dit verzoek. Een kopie van mijn identiteitskaart voeg ik toe; mijn foto en rijksregisternummer heb ik onleesbaar gemaakt.

Met vriendelijke groeten,

Annelies Verbruggen
Stationsstraat 41
3000 Leuven
Klantnummer: 20045577""", "Annelies Verbruggen"),
        ("access", (), "vraagje", """hoi, welke gegevens hebben jullie eigenlijk allemaal van mij? en hoe komen jullie aan mijn gsm-nummer, dat heb ik volgens mij nooit opgegeven

groetjes
Lotte""", "Lotte Janssens"),
        ("access", (), "Ons telefoongesprek van vanmorgen", """Beste,

Zoals vanmorgen telefonisch besproken met uw collega Karen van de klantendienst, stuur ik mijn vraag ook nog even schriftelijk door.

Ik had graag een overzicht gekregen van alles wat jullie over mij bijhouden: mijn klantgegevens, bestellingen, de notities van de klantendienst en, als die bestaan, de opnames van mijn telefoongesprekken met jullie. Ik wil ook graag weten of jullie mijn gegevens aan andere bedrijven hebben doorgegeven, en zo ja aan welke.

Mijn klantnummer is 20311908.

Alvast bedankt,
Koen Desmet
0479 33 12 80""", "Koen Desmet"),
        # -------------------------------------------------------------- deletion
        ("deletion", ("withdraw_consent", "objection", "restriction"), "Verzoek tot wissing van persoonsgegevens - artikel 17 AVG", """Geachte heer, mevrouw,

Hierbij verzoek ik u, op grond van artikel 17 van de Algemene Verordening Gegevensbescherming (AVG), alle persoonsgegevens die u over mij verwerkt onverwijld te wissen.

Concreet vraag ik u:

1. al mijn persoonsgegevens te wissen, met inbegrip van mijn klantenaccount, adresgegevens, bestelgeschiedenis voor zover u die niet wettelijk moet bewaren, en de gegevens in uw CRM- en e-mailmarketingsystemen;
2. dit schrijven te beschouwen als intrekking van elke toestemming die ik u ooit heb gegeven, onder meer voor de nieuwsbrief en commerciële e-mails (artikel 7, lid 3 AVG);
3. dit schrijven eveneens te beschouwen als bezwaar tegen elke verwerking van mijn gegevens voor direct marketing, met inbegrip van profilering (artikel 21, lid 2 AVG);
4. in afwachting van de wissing de verwerking van mijn gegevens te beperken (artikel 18 AVG), zodat ze enkel nog worden opgeslagen;
5. de ontvangers aan wie u mijn gegevens hebt verstrekt op de hoogte te brengen van deze wissing (artikel 19 AVG).

Gegevens die u op grond van een wettelijke verplichting moet bijhouden (bv. facturen), mag u uiteraard bewaren, maar dan verneem ik graag welke gegevens dat zijn, op welke rechtsgrond en hoe lang.

Ik verwacht binnen een maand een schriftelijke bevestiging van de uitvoering van dit verzoek.

Met vriendelijke groet,

Bart Van den Broeck
Diestsesteenweg 210
3010 Kessel-Lo
E-mailadres gekoppeld aan mijn account: bart.vdbroeck@telemail.example""", "Bart Van den Broeck"),
        ("deletion", (), "", """mag mijn account weg aub? gebruik het nooit meer. alles verwijderen graag, ook mijn adres en zo

jeroen""", "Jeroen Peeters"),
        ("deletion", (), "Re: Uw vraag over uw klantenaccount", """Dag Sarah,

Bedankt voor je snelle antwoord, maar dat is niet helemaal wat ik bedoelde. Ik wil mijn account niet gewoon op inactief laten zetten, ik wil dat jullie al mijn gegevens definitief wissen. Naam, adres, telefoonnummer, bestellingen, alles. Kunnen jullie dat doen en mij laten weten wanneer het gebeurd is?

Groeten,
Inge Claes

Op 22 mei 2024 om 11:47 schreef Shop Klantendienst <klantendienst@shop.example.be>:
> Beste mevrouw Claes,
>
> Bedankt voor uw bericht. U kunt uw account deactiveren via Mijn account > Instellingen > Account deactiveren.
> Na deactivering ontvangt u geen e-mails meer en kunt u niet meer inloggen.
>
> Met vriendelijke groeten,
> Sarah
> Klantendienst""", "Inge Claes"),
        # ------------------------------------------------------------ correction
        ("correction", (), "Verzoek tot rectificatie - artikel 16 AVG", """Geachte heer, mevrouw,

Op grond van artikel 16 van de AVG verzoek ik u de onjuiste persoonsgegevens die u over mij bijhoudt onverwijld te verbeteren.

Het gaat om de volgende gegevens:

- Naam: u vermeldt "Wim Vandevelde". Mijn correcte naam is "Willem Van de Velde" (met spaties).
- Geboortedatum: u vermeldt 12/07/1972, dit moet 21/07/1972 zijn.
- Telefoonnummer: 0496 11 22 33 is niet meer in gebruik; mijn huidige nummer is 0497 45 67 89.

Ik verzoek u bovendien, overeenkomstig artikel 19 AVG, de ontvangers aan wie u deze gegevens hebt doorgegeven op de hoogte te brengen van de rectificatie.

Gelieve mij binnen een maand te bevestigen dat de wijzigingen zijn doorgevoerd.

Hoogachtend,

Willem Van de Velde
Klantnummer 20188734""", "Willem Van de Velde"),
        ("correction", (), "nieuw adres", """nieuw adres: Kapelstraat 8, 9000 Gent. graag aanpassen in mijn profiel want jullie sturen nog altijd alles naar het oude. thx
Yasmine""", "Yasmine El Amrani"),
        ("correction", (), "E-mailadres wijzigen", """Goedemiddag,

Mijn oude e-mailadres (m.dekker@oudprovider.example) wordt binnenkort opgeheven omdat ik van internetprovider ben gewisseld. Wilt u in mijn klantgegevens het e-mailadres vervangen door marloes.dekker@nieuwmail.example?

Ik zie ook dat mijn postcode niet klopt: het moet 3512 JK zijn in plaats van 3521 JK.

Met vriendelijke groet,
Marloes Dekker
Utrecht""", "Marloes Dekker"),
        # ----------------------------------------------------------- portability
        ("portability", (), "Verzoek om gegevensoverdraagbaarheid (artikel 20 AVG)", """Geachte heer, mevrouw,

Hierbij doe ik een beroep op mijn recht op overdraagbaarheid van gegevens, zoals vastgelegd in artikel 20 van de Algemene Verordening Gegevensbescherming.

Ik verzoek u mij de persoonsgegevens die ik aan u heb verstrekt en die u in het kader van onze overeenkomst verwerkt, te bezorgen in een gestructureerde, gangbare en machineleesbare vorm, bij voorkeur CSV of JSON. Het gaat in het bijzonder om:

a) mijn identificatie- en contactgegevens;
b) mijn volledige bestelgeschiedenis (artikelen, datums, bedragen);
c) mijn opgeslagen leveringsadressen;
d) mijn verlanglijstjes en productbeoordelingen.

Indien technisch mogelijk, verzoek ik u deze gegevens rechtstreeks over te dragen aan de webwinkel Huisenhaard BV (privacy@huisenhaard.example), waar ik een nieuw account heb aangemaakt.

Graag ontvang ik binnen de wettelijke termijn van een maand een reactie.

Met vriendelijke groeten,
Sander Peeters
Klantnummer: 20402210""", "Sander Peeters"),
        ("portability", (), "Gegevens exporteren?", """Hallo,

Kunnen jullie mijn accountgegevens en aankoopgeschiedenis exporteren naar een bestand dat ik in Excel kan openen (csv of zoiets)? Ik hou mijn uitgaven bij in een app en wil alles in een keer kunnen importeren in plaats van alles over te typen.

Bedankt!
Femke""", "Femke Willems"),
        # ----------------------------------------------------------- restriction
        ("restriction", ("correction",), "Verzoek tot beperking van de verwerking - artikel 18.1.a AVG", """Geachte,

In mijn klantendossier staat vermeld dat ik in 2023 een pakket zou hebben geweigerd en daardoor een "verhoogd risico" vorm, waardoor ik niet meer achteraf kan betalen. Ik betwist de juistheid van dit gegeven: het pakket (bestelling 1077345) werd door de koerier nooit aangeboden, zoals blijkt uit de bijgevoegde track-and-trace-gegevens.

Op grond van artikel 18, lid 1, a) AVG verzoek ik u de verwerking van dit gegeven te beperken gedurende de periode die u nodig hebt om de juistheid ervan te controleren. Dat betekent dat u het gegeven in die periode enkel mag opslaan en het niet mag gebruiken voor beslissingen over betaalmethoden, risicoscores of andere doeleinden, en het niet mag doorgeven aan derden.

Zodra uw controle is afgerond, verzoek ik u het gegeven te corrigeren overeenkomstig artikel 16 AVG.

Met vriendelijke groeten,
Nathalie Goossens
Klantnummer 20277631""", "Nathalie Goossens"),
        ("restriction", (), "mijn gegevens", """hallo, ik werd vorige week gebeld door een marktonderzoeksbureau dat zei dat ze mijn nummer via jullie hadden gekregen. ik wil nog niet dat jullie alles wissen, want ik wil eerst uitzoeken wat er precies gebeurd is en misschien heb ik het nog nodig als bewijs. maar gebruik mijn gegevens tot nader order voor niks meer en geef ze aan niemand door. gewoon laten staan en niet aankomen aub.

Wendy Aerts""", "Wendy Aerts"),
        # ------------------------------------------------------------- objection
        ("objection", (), "Bezwaar tegen de verwerking van mijn persoonsgegevens (art. 21 AVG)", """Geachte heer, mevrouw,

Uit uw privacyverklaring blijkt dat u mijn persoonsgegevens op basis van uw gerechtvaardigd belang (artikel 6, lid 1, f) AVG) gebruikt voor:
- het opstellen van een klantprofiel op basis van mijn aankopen en surfgedrag;
- het indelen van klanten in marketingsegmenten;
- het versturen van gerichte reclame per post.

Ik maak hierbij bezwaar tegen deze verwerkingen, overeenkomstig artikel 21, leden 1 en 2 AVG. Voor zover de verwerking gebeurt voor direct marketing, dient u ze onmiddellijk stop te zetten zonder dat ik mijn bezwaar hoef te motiveren.

Ik verzoek u mij binnen een maand schriftelijk te bevestigen dat u aan mijn bezwaar gevolg hebt gegeven.

Met vriendelijke groet,
Hilde Jacobs
Lange Nieuwstraat 17
2000 Antwerpen""", "Hilde Jacobs"),
        ("objection", (), "", """ik wil niet dat jullie bijhouden wat ik allemaal bekijk op de site om mij dan 'aanbevolen voor jou' te tonen. kan dat uitgezet worden voor mij? account mag blijven
mvg Tim""", "Tim Mertens"),
        ("objection", (), "Reclamefolders", """Goedendag,

Sinds een paar maanden vind ik elke maand een folder van jullie in mijn brievenbus, met mijn naam en adres erop. Ik heb daar nooit om gevraagd. Volgens jullie privacyverklaring gebeurt dat op basis van "gerechtvaardigd belang". Wel, daar ga ik niet mee akkoord en ik maak er bezwaar tegen. Gelieve mijn adres niet meer te gebruiken voor reclame per post. Voor leveringen mag het natuurlijk wel.

Met vriendelijke groeten,
Rita Vermeulen
Klant sinds 2019""", "Rita Vermeulen"),
        # ------------------------------------------------------ withdraw_consent
        ("withdraw_consent", (), "Re: Nieuwsbrief week 12 - Lentekriebels!", """afmelden aub

> Van: Shop <nieuwsbrief@shop.example.be>
> Verzonden: dinsdag 19 maart 2024 07:30
> Onderwerp: Nieuwsbrief week 12 - Lentekriebels!
>
> Ontdek onze nieuwe tuincollectie met tot 30% korting.""", "Gert Bosmans"),
        ("withdraw_consent", (), "sms", """stop aub met die sms'en, elke week een promo is echt te veel. wil enkel nog berichten over mijn bestellingen
0472 18 90 55""", "Sofie"),
        ("withdraw_consent", (), "Intrekking toestemming", """Geachte,

Bij het aanmaken van mijn account heb ik toestemming gegeven om gepersonaliseerde aanbiedingen per e-mail te ontvangen. Ik trek die toestemming hierbij in. Ik wil dus geen nieuwsbrieven, promoties of 'speciaal voor jou'-mails meer ontvangen.

Mijn account wil ik wel houden.

Met vriendelijke groeten,
Pieter-Jan Hermans
pj.hermans@postvak.example""", "Pieter-Jan Hermans"),
        # ------------------------------------------------------------- complaint
        ("complaint", ("deletion",), "Herinnering: verzoek tot verwijdering van 5 februari - nog steeds geen antwoord", """Geachte,

Op 5 februari 2024 heb ik u gevraagd al mijn persoonsgegevens te wissen (zie mijn mail hieronder). Vandaag, meer dan twee maanden later, heb ik nog altijd geen antwoord ontvangen, terwijl u volgens artikel 12, lid 3 AVG binnen een maand moet reageren. Mijn account bestaat bovendien nog steeds.

Ik herhaal mijn verzoek: wis al mijn gegevens en bevestig mij dat schriftelijk. Als ik binnen tien dagen niets hoor, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Els Wuyts

---------- Doorgestuurd bericht ---------
Van: Els Wuyts <els.wuyts@brievenbus.example>
Datum: ma 5 feb 2024 om 20:12
Onderwerp: Account verwijderen
Aan: privacy@shop.example.be

Goedenavond,
Graag had ik mijn account en alle bijhorende gegevens laten verwijderen.
Klantnummer 20099812.
Dank u,
Els Wuyts""", "Els Wuyts"),
        ("complaint", (), "Klacht bij de GBA", """Geachte heer, mevrouw,

Ik laat u weten dat ik vandaag bij de Gegevensbeschermingsautoriteit een klacht heb ingediend tegen uw bedrijf.

Na mijn aankoop van een babyfoon in januari kreeg ik plots reclame van een verzekeraar en van een luierleverancier, die allebei verklaarden mijn gegevens "via een partner" te hebben verkregen. Toen ik uw klantendienst daarover aansprak, werd ik van het kastje naar de muur gestuurd. Ik vind het onaanvaardbaar dat mijn gegevens zonder mijn medeweten aan derden worden doorverkocht.

Het dossiernummer van mijn klacht bij de GBA is DOS-2024-01873. U zult wellicht van hen horen.

Sofie De Smet""", "Sofie De Smet"),
        ("complaint", (), "datalek??", """wat is dit?? ik kreeg net een mail van jullie met de factuur van iemand anders erbij. naam, adres, telefoonnummer, wat die persoon gekocht heeft, alles. als ik die van iemand anders krijg, krijgt iemand anders dan de mijne?? dit is toch niet normaal. ik verwacht uitleg en ik ga dit melden bij de privacycommissie

Kevin""", "Kevin Wouters"),
        # ----------------------------------------------------------------- other
        ("other", (), "Terugbetaling retour 1088321", """Hallo,

Op 2 april heb ik een stofzuiger teruggestuurd (bestelling 1088321). Volgens de track & trace is het pakket op 4 april bij jullie aangekomen, maar ik heb nog steeds geen terugbetaling ontvangen. Het ging om EUR 189,99. Mijn rekeningnummer is BE71 0961 2345 6769, op naam van Ann Lemmens.

Kunnen jullie eens nakijken waar het blijft?

Groetjes,
Ann Lemmens
Hasselt""", "Ann Lemmens"),
        ("other", (), "Vragen voor mijn bachelorproef over AVG in e-commerce", """Beste,

Ik ben laatstejaarsstudent Toegepaste Informatica aan HOGENT en schrijf mijn bachelorproef over hoe kleine en middelgrote webshops in Vlaanderen omgaan met de AVG.

Zou iemand van jullie privacyteam bereid zijn om een korte vragenlijst in te vullen (ongeveer 15 minuten)? Ik ben onder andere benieuwd naar:
- hoeveel verzoeken van klanten jullie gemiddeld per maand ontvangen;
- of jullie een interne of externe DPO hebben;
- welke tools jullie gebruiken om die verzoeken op te volgen.

Alle antwoorden worden anoniem verwerkt.

Alvast hartelijk bedankt!
Lisa Van Hoof
Student Toegepaste Informatica, HOGENT""", "Lisa Van Hoof"),
        ("other", (), "Verwerkersovereenkomst ter ondertekening - LogiPakket BV", """Geachte heer, mevrouw,

In het kader van onze samenwerking voor de opslag en verzending van uw bestellingen vanuit ons magazijn in Willebroek, vindt u in bijlage de verwerkersovereenkomst conform artikel 28 AVG.

Wij vragen u vriendelijk het document na te lezen, te laten ondertekenen door een gemachtigde vertegenwoordiger en uiterlijk tegen 30 juni aan ons terug te bezorgen. Voor vragen over de technische en organisatorische maatregelen (bijlage 2) kunt u terecht bij onze DPO, mevrouw Vandamme.

Met vriendelijke groeten,

Geert Hendrickx
Juridische dienst
LogiPakket BV
Industrieweg 14, 2830 Willebroek""", "Geert Hendrickx"),
        ("other", (), "kapotte airfryer", """goeiemiddag, de airfryer die ik vorige maand bij jullie kocht doet het niet meer, het scherm blijft zwart. bestelnummer 1093456. kan ik die omruilen of moet ik naar de fabrikant? mijn adres staat in mijn account. groetjes, marleen""", "Marleen Smets"),
    ],
    "fr": [
        # ---------------------------------------------------------------- access
        ("access", (), "Demande de droit d'accès (article 15 du RGPD)", """Madame, Monsieur,

En application de l'article 15 du Règlement général sur la protection des données (RGPD), je vous prie de bien vouloir m'indiquer si des données me concernant figurent dans vos fichiers et, le cas échéant, de m'en adresser une copie.

Je vous remercie de me communiquer également :
- les finalités du ou des traitements ;
- les catégories de données concernées ;
- les destinataires ou catégories de destinataires auxquels ces données ont été communiquées ;
- la durée de conservation envisagée ;
- la source des données, si elles n'ont pas été collectées auprès de moi ;
- l'existence éventuelle d'une prise de décision automatisée, y compris un profilage.

Conformément à l'article 12.3 du RGPD, vous disposez d'un délai d'un mois à compter de la réception de ma demande pour y répondre.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Isabelle Lambert
Rue des Déportés 12
5000 Namur
N° client : 30021458""", "Isabelle Lambert"),
        ("access", (), "", """bjr, vous avez quoi comme infos sur moi exactement?? merci de m'envoyer tout ça
mehdi b.""", "Mehdi Benali"),
        ("access", (), "Publicité reçue - d'où viennent mes coordonnées ?", """Bonjour,

J'ai reçu la semaine dernière un courrier publicitaire d'une société de cuisines équipées qui affirme avoir obtenu mes coordonnées « auprès d'un de ses partenaires ». Le seul endroit où j'ai récemment donné mon adresse est votre site, lors d'une commande d'électroménager.

Pouvez-vous me dire quelles données vous détenez à mon sujet, d'où elles proviennent, et surtout à qui vous les avez transmises ?

Merci d'avance,
Véronique Dubois
0478 22 61 93""", "Véronique Dubois"),
        # -------------------------------------------------------------- deletion
        ("deletion", ("withdraw_consent", "objection"), "Demande d'effacement de mes données personnelles - art. 17 RGPD", """Madame, Monsieur,

Sur le fondement de l'article 17 du Règlement (UE) 2016/679 (RGPD), je vous demande d'effacer l'ensemble des données à caractère personnel me concernant que vous détenez, y compris mon compte client, mes adresses de livraison, mon historique de navigation et toute donnée figurant dans vos outils de gestion de la relation client.

Par la présente, je vous informe également :
- que je retire mon consentement à recevoir votre lettre d'information et toute sollicitation commerciale (article 7.3 du RGPD) ;
- que je m'oppose à l'utilisation de mes données à des fins de prospection commerciale, y compris au profilage lié à cette prospection (article 21.2 du RGPD).

Je vous saurais gré de notifier cet effacement à tout destinataire à qui mes données auraient été communiquées (article 19 du RGPD).

Pour les données dont la conservation vous serait imposée par une obligation légale, je vous remercie de m'indiquer lesquelles, sur quelle base et pour quelle durée.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de ce courrier pour y répondre.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Claire Fontaine
Avenue Louise 331
1050 Ixelles
Adresse e-mail du compte : claire.fontaine@courriel.example""", "Claire Fontaine"),
        ("deletion", (), "compte", """supprimez mon compte svp je commande plus chez vous depuis longtemps. et effacez mes données aussi merci""", "Julien Renard"),
        ("deletion", (), "Droit à l'oubli", """Bonjour,

J'avais créé un compte chez vous en 2019 uniquement pour une commande de cadeaux de Noël, et je ne m'en suis plus jamais servi. Je souhaite exercer mon droit à l'oubli : merci de supprimer définitivement ce compte ainsi que toutes les informations qui s'y rattachent (nom, adresse, téléphone, historique).

Une petite confirmation une fois que c'est fait serait appréciée.

Bien cordialement,
Aurélie Masson""", "Aurélie Masson"),
        # ------------------------------------------------------------ correction
        ("correction", (), "Demande de rectification de données personnelles", """Madame, Monsieur,

Conformément à l'article 16 du RGPD, je vous demande de procéder à la rectification des données inexactes me concernant qui figurent dans votre fichier clients.

Données erronées :
1. Nom : « Dupond » au lieu de « Dupont » ;
2. Adresse : Rue Saint-Gilles 45, 4000 Liège, au lieu de mon adresse actuelle : Rue Hors-Château 7, 4000 Liège ;
3. Date de naissance : 01/09/1990 au lieu de 09/01/1990.

Je vous remercie de me confirmer par écrit que ces modifications ont été effectuées, dans le délai d'un mois prévu par l'article 12.3 du RGPD.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Marc Dupont
N° client 30098127""", "Marc Dupont"),
        ("correction", (), "changement num", """nouveau num de gsm : 0475 12 34 56 (l'ancien n'existe plus). pouvez-vous le changer dans mon compte merci
Sarah""", "Sarah Lemoine"),
        ("correction", (), "Re: Votre adresse de facturation", """Bonjour,

Oui, c'est bien mon ancienne adresse qui figure sur votre fiche. Voici la bonne, à enregistrer dans mon compte pour de bon :

Thomas Lejeune
Chaussée de Charleroi 154, bte 2
1060 Saint-Gilles

Merci !
Thomas

Le 3 juin 2024 à 09:15, Service clients Shop <service@shop.example.be> a écrit :
> Bonjour Monsieur Lejeune,
>
> Votre dernière facture nous est revenue avec la mention « n'habite plus à l'adresse indiquée ».
> Pourriez-vous nous communiquer votre adresse actuelle afin que nous mettions votre fiche client à jour ?
>
> Cordialement,
> Service clients""", "Thomas Lejeune"),
        # ----------------------------------------------------------- portability
        ("portability", (), "Exercice du droit à la portabilité (article 20 RGPD)", """Madame, Monsieur,

Je souhaite exercer mon droit à la portabilité des données, prévu par l'article 20 du RGPD.

Je vous demande de me transmettre, dans un format structuré, couramment utilisé et lisible par machine (CSV, JSON ou XML), l'ensemble des données personnelles que je vous ai fournies ou qui ont été générées par mon activité sur votre site, notamment :
- mes données d'identification et de contact ;
- l'historique complet de mes commandes ;
- mes listes de souhaits et mes avis produits ;
- mes préférences de communication.

Si cela est techniquement possible, je vous saurais gré de transmettre directement ces données à la société Maison&Co SRL (dpo@maisonco.example), conformément à l'article 20.2 du RGPD.

Dans l'attente de votre réponse dans le délai légal d'un mois, je vous prie d'agréer mes salutations distinguées.

Nicolas Gérard
N° client : 30155402""", "Nicolas Gérard"),
        ("portability", (), "Récupérer mes données", """Bonjour,

Je voudrais récupérer toutes mes données (commandes, adresses, liste d'envies) dans un fichier réutilisable, type JSON ou CSV. Un simple PDF ne me servira à rien, c'est pour les importer ailleurs.

C'est possible ?

Merci,
Camille Hubert""", "Camille Hubert"),
        # ----------------------------------------------------------- restriction
        ("restriction", (), "Demande de limitation du traitement (article 18 RGPD)", """Madame, Monsieur,

Vous m'avez informé que mon compte client, inactif depuis plus de trois ans, serait prochainement supprimé ainsi que les données qui y sont liées. Je comprends que ces données ne vous soient plus nécessaires ; elles me sont toutefois encore indispensables pour la constatation et l'exercice de droits en justice, dans le cadre d'un litige qui m'oppose au fabricant d'un téléviseur acheté chez vous (commande n° 1003321).

Sur le fondement de l'article 18.1 c) du RGPD, je vous demande donc :
1. de ne pas effacer ces données ;
2. d'en limiter le traitement à leur seule conservation ;
3. de ne les utiliser à aucune autre fin, notamment commerciale, et de ne pas les communiquer à des tiers sans mon accord ;
4. de m'informer avant toute levée de cette limitation, conformément à l'article 18.3 du RGPD.

Je vous remercie de me confirmer par écrit la mise en œuvre de ma demande.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Pascale Renier
N° client 30077716""", "Pascale Renier"),
        ("restriction", (), "Erreur dans mon dossier", """Bonjour,

Votre service clients m'a dit que mon compte était marqué « fraude suspectée » à cause de plusieurs retours. Je conteste totalement cette information : les retours concernaient des articles défectueux et vous les avez acceptés.

En attendant que vous vérifiiez, je vous demande de geler l'utilisation de cette information : qu'elle ne serve à rien (ni pour bloquer mes moyens de paiement, ni pour être transmise à qui que ce soit) tant que la vérification n'est pas terminée.

Cordialement,
Stéphane Collard""", "Stéphane Collard"),
        # ------------------------------------------------------------- objection
        ("objection", (), "Opposition au traitement de mes données - article 21 RGPD", """Madame, Monsieur,

Je m'oppose, en vertu de l'article 21 du RGPD, au traitement de mes données personnelles à des fins de prospection commerciale, y compris au profilage lié à cette prospection. Je rappelle que, conformément à l'article 21.3, lorsque la personne concernée s'oppose au traitement à des fins de prospection, les données ne peuvent plus être traitées à ces fins.

Je m'oppose également, pour des raisons tenant à ma situation particulière, à l'analyse de mon comportement d'achat et de navigation que vous réalisez sur la base de votre intérêt légitime.

Je vous demande de me confirmer, dans un délai d'un mois, la prise en compte de mon opposition, et de la répercuter auprès de vos éventuels sous-traitants et partenaires.

Veuillez recevoir, Madame, Monsieur, mes salutations distinguées.

Bernard Leclercq
N° client 30044381""", "Bernard Leclercq"),
        ("objection", (), "pistage", """je ne veux plus être pisté quand je navigue sur votre site (stats, analyse de ce que je regarde etc). mettez moi hors de tout ça svp, je veux juste commander tranquille
Hélène""", "Hélène Marchal"),
        ("objection", (), "Vos suggestions « rien que pour vous »", """Bonjour,

Je constate que vos e-mails et votre site me proposent des produits de plus en plus ciblés en fonction de ce que j'achète (y compris des produits de santé, ce que je trouve particulièrement intrusif). Votre politique de confidentialité indique que ce profilage repose sur votre « intérêt légitime ».

Je m'y oppose. Merci de cesser d'analyser mes achats et de me classer dans des segments de clientèle. Je souhaite garder mon compte et continuer à recevoir les confirmations de commande.

Bien à vous,
Frédéric Wauters""", "Frédéric Wauters"),
        # ------------------------------------------------------ withdraw_consent
        ("withdraw_consent", (), "Re: Vos offres de la semaine", """désabonnez moi svp, merci

> De : Shop <newsletter@shop.example.be>
> Envoyé : jeudi 11 avril 2024 08:00
> Objet : Vos offres de la semaine
>
> -20 % sur toute la literie jusqu'à dimanche !""", "Patrick Dumont"),
        ("withdraw_consent", (), "Retrait de consentement", """Madame, Monsieur,

Conformément à l'article 7.3 du RGPD, je retire par la présente le consentement que j'avais donné lors de mon inscription pour recevoir vos communications commerciales par e-mail et par SMS.

Je vous prie d'en tenir compte sans délai et de ne plus m'adresser de messages promotionnels.

Cordialement,
Anne-Sophie Delvaux
anne-sophie.delvaux@boitemail.example""", "Anne-Sophie Delvaux"),
        ("withdraw_consent", (), "", """svp arretez de m'envoyer des sms de promo, c'est tous les 2 jours. merci""", "Luc Gilson"),
        # ------------------------------------------------------------- complaint
        ("complaint", ("access",), "Relance - demande d'accès du 15 janvier restée sans réponse", """Madame, Monsieur,

Par courriel du 15 janvier 2024, je vous ai adressé une demande d'accès à mes données personnelles sur le fondement de l'article 15 du RGPD. À ce jour, soit près de deux mois plus tard, je n'ai reçu aucune réponse, pas même un accusé de réception.

Je vous rappelle que l'article 12.3 du RGPD vous impose de répondre dans un délai d'un mois. Je vous demande donc une nouvelle fois de me communiquer une copie de l'ensemble des données me concernant ainsi que les informations prévues à l'article 15.

À défaut de réponse sous quinze jours, je saisirai l'Autorité de protection des données.

Salutations,
Olivier Mertens

-------- Message transféré --------
Sujet : Demande d'accès à mes données
Date : Mon, 15 Jan 2024 21:03:11 +0100
De : Olivier Mertens <o.mertens@fournisseur.example>
Pour : privacy@shop.example.be

Bonjour,
Je souhaiterais obtenir une copie de toutes les données personnelles que vous conservez à mon sujet.
Merci,
Olivier Mertens""", "Olivier Mertens"),
        ("complaint", (), "Plainte auprès de l'APD", """Madame, Monsieur,

Je vous informe que j'ai déposé ce jour une plainte auprès de l'Autorité de protection des données contre votre société.

Le 20 mars, j'ai demandé la suppression de mon compte. Votre service clients m'a répondu que c'était fait. Or hier, j'ai pu me reconnecter avec mes anciens identifiants et toutes mes informations étaient toujours là, y compris ma carte bancaire enregistrée. On m'a donc menti.

Vos réponses seront jointes à mon dossier auprès de l'APD.

Christine Halleux""", "Christine Halleux"),
        ("complaint", ("withdraw_consent",), "INADMISSIBLE", """Ça fait trois fois que je me désinscris de votre newsletter et je continue à recevoir vos pubs tous les deux jours. Vous vous moquez de qui ? Retirez mon adresse de vos listes IMMÉDIATEMENT. Si je reçois encore un seul mail, je porte plainte auprès de l'APD.

G. Lemaire""", "Gaëtan Lemaire"),
        # ----------------------------------------------------------------- other
        ("other", (), "Commande 1104587", """Bonjour,

Je viens de passer la commande 1104587 et je me suis trompée d'adresse : elle part chez mes parents alors que je voudrais la recevoir à mon bureau cette fois-ci. Est-il possible de modifier l'adresse de livraison uniquement pour cette commande ?

Nouvelle adresse : Sophie Henrard, c/o Bureau comptable Henrard, Rue de Bruxelles 61, 1300 Wavre.

D'après le suivi, elle n'est pas encore expédiée.

Merci beaucoup,
Sophie Henrard""", "Sophie Henrard"),
        ("other", (), "Demande d'interview - RGPD et e-commerce", """Bonjour,

Je suis journaliste au magazine « Le Commerce Connecté » et je prépare un dossier sur la manière dont les boutiques en ligne belges gèrent les demandes des consommateurs liées au RGPD, six ans après son entrée en application.

Accepteriez-vous de répondre à quelques questions générales ? Par exemple : combien de demandes recevez-vous par mois environ, quels sont vos délais de traitement moyens, avez-vous désigné un délégué à la protection des données, et quelles sont les demandes les plus fréquentes ?

Un échange téléphonique d'un quart d'heure me suffirait. Mon bouclage est prévu le 14 juin.

Bien cordialement,
Élodie Marchand
Journaliste - Le Commerce Connecté
0489 44 10 27""", "Élodie Marchand"),
        ("other", (), "Facture débitée deux fois", """Bonjour,

Ma carte a été débitée deux fois de 64,50 EUR pour la même commande (n° 1099012, facture F-2024-118734). Pouvez-vous vérifier et me rembourser le doublon ?

Mon compte client est au nom de Jean-Marc Piron, adresse e-mail jm.piron@fournisseur.example.

Bien à vous,
Jean-Marc Piron""", "Jean-Marc Piron"),
        ("other", (), "Candidature spontanée - service clients", """Madame, Monsieur,

Actuellement à la recherche d'un emploi dans le service à la clientèle, je me permets de vous adresser ma candidature spontanée. Bilingue français-néerlandais, j'ai travaillé trois ans au call center d'un opérateur télécom, où je traitais les demandes des clients par téléphone, e-mail et chat.

Vous trouverez mon CV en pièce jointe. Je reste à votre disposition pour un entretien.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Manon Lefèvre
0494 56 78 12

J'autorise le traitement de mes données personnelles dans le cadre de la procédure de recrutement, conformément au RGPD.""", "Manon Lefèvre"),
    ],
    "de": [
        # ---------------------------------------------------------------- access
        ("access", (), "Auskunftsersuchen nach Art. 15 DSGVO", """Sehr geehrte Damen und Herren,

hiermit verlange ich gemäß Art. 15 DSGVO Auskunft darüber, ob Sie mich betreffende personenbezogene Daten verarbeiten. Ist dies der Fall, bitte ich um Auskunft über:

1. die verarbeiteten personenbezogenen Daten (Kopie gemäß Art. 15 Abs. 3 DSGVO);
2. die Verarbeitungszwecke;
3. die Kategorien personenbezogener Daten, die verarbeitet werden;
4. die Empfänger oder Kategorien von Empfängern, gegenüber denen die Daten offengelegt worden sind oder noch offengelegt werden, insbesondere bei Empfängern in Drittländern;
5. falls möglich die geplante Dauer der Speicherung oder die Kriterien für die Festlegung dieser Dauer;
6. das Bestehen eines Rechts auf Berichtigung oder Löschung oder auf Einschränkung der Verarbeitung oder eines Widerspruchsrechts gegen diese Verarbeitung;
7. das Bestehen eines Beschwerderechts bei einer Aufsichtsbehörde;
8. wenn die Daten nicht bei mir erhoben wurden, alle verfügbaren Informationen über die Herkunft der Daten;
9. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling gemäß Art. 22 DSGVO und aussagekräftige Informationen über die involvierte Logik.

Bitte erteilen Sie mir die Auskunft innerhalb der Frist von einem Monat (Art. 12 Abs. 3 DSGVO). Bei elektronischer Übermittlung bitte ich um ein gängiges Format.

Zur Identifikation: Mein Kundenkonto ist unter der E-Mail-Adresse s.brandt@postfach.example registriert.

Mit freundlichen Grüßen

Stefan Brandt
Lindenallee 23
52062 Aachen""", "Stefan Brandt"),
        ("access", (), "Frage", """grüezi, was habt ihr eigentlich alles über mich gespeichert? möchte das gern mal sehen. merci
Reto""", "Reto Häfliger"),
        ("access", (), "Ersuchen um Auskunft", """Sehr geehrte Damen und Herren,

ich ersuche Sie höflich um Auskunft, welche Daten Sie über mich gespeichert haben. Ich habe vor zwei Jahren einmal in Ihrem Shop bestellt und bekomme seitdem immer wieder Werbepost, auch von anderen Firmen. Mich interessiert vor allem, an wen Sie meine Daten weitergegeben haben und zu welchem Zweck.

Bitte übermitteln Sie mir eine Kopie der Daten per E-Mail.

Mit freundlichen Grüßen
Ing. Herbert Pichler
Mariahilfer Straße 101/7
1060 Wien
Tel. +43 664 123 45 67""", "Herbert Pichler"),
        # -------------------------------------------------------------- deletion
        ("deletion", ("withdraw_consent", "objection", "restriction"), "Löschung meiner personenbezogenen Daten gemäß Art. 17 DSGVO", """Sehr geehrte Damen und Herren,

hiermit fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten gemäß Art. 17 Abs. 1 DSGVO unverzüglich zu löschen.

Zugleich
- widerrufe ich gemäß Art. 7 Abs. 3 DSGVO sämtliche Einwilligungen, die ich Ihnen erteilt habe, insbesondere die Einwilligung in den Erhalt Ihres Newsletters;
- widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner Daten zum Zwecke der Direktwerbung;
- verlange ich, dass die Verarbeitung meiner Daten bis zur vollständigen Löschung gemäß Art. 18 DSGVO eingeschränkt wird.

Soweit Sie meine Daten an Dritte weitergegeben haben, fordere ich Sie auf, diese gemäß Art. 17 Abs. 2 und Art. 19 DSGVO über mein Löschverlangen zu informieren.

Sollten gesetzliche Aufbewahrungspflichten (z. B. nach Handels- oder Steuerrecht) einer Löschung entgegenstehen, bitte ich um Mitteilung, welche Daten betroffen sind und wie lange sie aufbewahrt werden.

Bitte bestätigen Sie mir die Löschung innerhalb eines Monats schriftlich.

Mit freundlichen Grüßen

Claudia Vogel
Kundennummer: 40812239
Hauptstraße 5
66111 Saarbrücken""", "Claudia Vogel"),
        ("deletion", (), "", """bitte mein konto löschen + alle daten. brauch ich nicht mehr. danke

Von meinem iPhone gesendet""", "Lukas Brenner"),
        ("deletion", (), "Kündigung", """Guten Tag,

hiermit kündige ich mein Kundenkonto bei Ihnen. Bitte entfernen Sie dabei nicht nur den Zugang, sondern auch alle meine Daten aus Ihren Systemen: Adresse, Telefonnummer, Bestellhistorie (soweit Sie diese nicht aufbewahren müssen) und hinterlegte Zahlungsdaten.

Eine kurze Bestätigung wäre nett.

Freundliche Grüße
Monika Schreiber
Kundennr. 40556710""", "Monika Schreiber"),
        # ------------------------------------------------------------ correction
        ("correction", (), "Antrag auf Berichtigung gemäß Art. 16 DSGVO", """Sehr geehrte Damen und Herren,

gemäß Art. 16 DSGVO habe ich das Recht, von Ihnen unverzüglich die Berichtigung mich betreffender unrichtiger personenbezogener Daten zu verlangen.

Folgende bei Ihnen gespeicherte Daten sind unrichtig:

1. Vorname: gespeichert ist „Jürgen", richtig ist „Jörg".
2. Anschrift: gespeichert ist „Bahnhofstr. 12, 4700 Eupen", richtig ist „Bergstraße 12, 4700 Eupen".
3. Geburtsdatum: gespeichert ist der 14.02.1968, richtig ist der 14.12.1968.

Ich bitte Sie, diese Angaben zu berichtigen und mir die Berichtigung schriftlich zu bestätigen. Sofern Sie die unrichtigen Daten an Dritte übermittelt haben, bitte ich Sie, diese gemäß Art. 19 DSGVO über die Berichtigung zu unterrichten.

Mit freundlichen Grüßen

Jörg Kessler
Kundennummer 40233981""", "Jörg Kessler"),
        ("correction", (), "neue handynr", """hallo, hab ne neue handynummer: 0171 2345678. die alte gibts nicht mehr, bitte im konto ändern. lg anna""", "Anna Krüger"),
        ("correction", (), "Re: Ihr Geburtstagsgutschein", """Hallo,

danke für den Gutschein, sehr nett! Allerdings habe ich nicht im April Geburtstag, sondern im Oktober. In meinem Konto steht offenbar der 10.03.1979, richtig wäre der 03.10.1979. Können Sie das bitte korrigieren?

Viele Grüße
Sabine Hartmann

Am 03.04.2024 um 07:00 schrieb Shop <newsletter@shop.example.be>:
> Alles Gute zum Geburtstag, Sabine!
> Als kleines Geschenk erhalten Sie 10 % Rabatt auf Ihre nächste Bestellung.
> Ihr Code: HAPPY-4G7K""", "Sabine Hartmann"),
        # ----------------------------------------------------------- portability
        ("portability", (), "Antrag auf Datenübertragung gemäß Art. 20 DSGVO", """Sehr geehrte Damen und Herren,

gemäß Art. 20 Abs. 1 DSGVO bitte ich Sie, mir die mich betreffenden personenbezogenen Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. CSV oder JSON) zu übermitteln.

Darüber hinaus bitte ich Sie, diese Daten gemäß Art. 20 Abs. 2 DSGVO direkt an folgenden Verantwortlichen zu übermitteln, soweit dies technisch machbar ist:

Wohnwelt Online GmbH
Datenschutz
Am Markt 3
79098 Freiburg
datenschutz@wohnwelt.example

Dies umfasst insbesondere meine Stammdaten, meine Bestellhistorie, meine gespeicherten Lieferadressen sowie meine Merkzettel.

Ich bitte um Erledigung innerhalb eines Monats.

Mit freundlichen Grüßen
Tobias Lange
Kundennummer 40390045""", "Tobias Lange"),
        ("portability", (), "daten export", """hi, kann ich meine daten (bestellungen, adressen usw.) irgendwie als csv oder json bekommen? will das in ein anderes system übernehmen. danke, Felix""", "Felix Baumann"),
        # ----------------------------------------------------------- restriction
        ("restriction", (), "Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. a DSGVO", """Sehr geehrte Damen und Herren,

Ihr Kundenservice hat mir mitgeteilt, dass mein Kundenkonto intern als „gewerblicher Wiederverkäufer" eingestuft ist und meine Bestellungen deshalb mengenmäßig begrenzt werden. Die Richtigkeit dieser Einstufung bestreite ich: Ich bin Privatperson und habe ausschließlich für meinen eigenen Haushalt bestellt.

Ich verlange daher gemäß Art. 18 Abs. 1 lit. a DSGVO die Einschränkung der Verarbeitung dieser Angabe für die Dauer, die Sie zur Überprüfung ihrer Richtigkeit benötigen. Während dieses Zeitraums darf die Angabe lediglich gespeichert, aber weder für Entscheidungen über meine Bestellungen oder Zahlungsarten verwendet noch an Dritte übermittelt werden.

Bitte unterrichten Sie mich, bevor die Einschränkung aufgehoben wird (Art. 18 Abs. 3 DSGVO).

Mit freundlichen Grüßen
Markus Zimmermann
Kundennummer 40615590""", "Markus Zimmermann"),
        ("restriction", (), "Re: Ihr Widerspruch - Ticket 2024-05-3381", """Hallo,

danke für die Eingangsbestätigung. Sie schreiben, Sie müssten erst prüfen, ob Ihre berechtigten Interessen an der Auswertung meiner Kaufdaten überwiegen. Gut, aber solange diese Prüfung läuft, möchte ich, dass meine Daten für diese Auswertung nicht verwendet werden. Bitte sperren Sie sie für diesen Zweck bis zu Ihrer Entscheidung (Art. 18 Abs. 1 lit. d DSGVO).

Viele Grüße
Heike Roth

Am 21.05.2024 um 14:02 schrieb Shop Datenschutz <privacy@shop.example.be>:
> Sehr geehrte Frau Roth,
>
> vielen Dank für Ihre Nachricht vom 20.05.2024. Wir prüfen derzeit, ob unsere berechtigten Interessen an der Analyse Ihrer Kaufdaten Ihre Interessen überwiegen, und melden uns innerhalb der gesetzlichen Frist bei Ihnen.
>
> Mit freundlichen Grüßen
> Ihr Datenschutz-Team""", "Heike Roth"),
        # ------------------------------------------------------------- objection
        ("objection", (), "Widerspruch gemäß Art. 21 DSGVO", """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung, einschließlich des damit verbundenen Profilings. Dies betrifft insbesondere Werbung per Post sowie die Auswertung meines Kauf- und Klickverhaltens zu Werbezwecken.

Ferner widerspreche ich gemäß Art. 21 Abs. 1 DSGVO der Weitergabe meiner Daten an Werbepartner, die Sie in Ihrer Datenschutzerklärung auf Ihr berechtigtes Interesse stützen.

Ich bitte um schriftliche Bestätigung, dass Sie meinem Widerspruch nachgekommen sind.

Mit freundlichen Grüßen
Dr. Petra Neumann
Kundennummer 40127754""", "Petra Neumann"),
        ("objection", (), "tracking", """moin, will nicht dass ihr mein kaufverhalten auswertet und mir dann angeblich passende produkte vorschlagt. bitte für mein konto abschalten, bestellen will ich trotzdem weiter. gruß jan""", "Jan Petersen"),
        ("objection", (), "Bewertungsanfragen", """Grüß Gott,

nach jeder Bestellung bekomme ich eine E-Mail von einem Bewertungsportal, das mich bittet, Ihren Shop zu bewerten. Laut Ihrer Datenschutzerklärung geben Sie dafür meinen Namen, meine E-Mail-Adresse und die Bestellnummer aufgrund Ihres „berechtigten Interesses" an diesen Dienstleister weiter.

Dem widerspreche ich hiermit. Bitte übermitteln Sie meine Daten künftig nicht mehr zu diesem Zweck.

Mit freundlichen Grüßen
Elisabeth Huber
Salzburg""", "Elisabeth Huber"),
        # ------------------------------------------------------ withdraw_consent
        ("withdraw_consent", (), "Re: Ihr Newsletter im Juni", """Bitte austragen. Danke.

Am 04.06.2024 um 09:00 schrieb Shop Newsletter <newsletter@shop.example.be>:
> Sommerzeit ist Grillzeit! Jetzt bis zu 25 % auf Gasgrills sparen.""", "Werner Koch"),
        ("withdraw_consent", (), "Widerruf meiner Einwilligung", """Sehr geehrte Damen und Herren,

hiermit widerrufe ich meine Einwilligung zum Erhalt von Werbung per E-Mail und SMS, die ich bei der Registrierung erteilt habe. Bitte bestätigen Sie mir kurz den Eingang.

Mails zu meinen Bestellungen und zum Versand möchte ich weiterhin erhalten.

Mit freundlichen Grüßen
Karin Böhm""", "Karin Böhm"),
        ("withdraw_consent", (), "WG: Nur heute: Gratisversand!", """Bitte nehmen Sie mich aus Ihrem Verteiler. Der Abmeldelink führt bei mir ins Leere.

Gruß
R. Schulte

-----Ursprüngliche Nachricht-----
Von: Shop <newsletter@shop.example.be>
Gesendet: Samstag, 18. Mai 2024 10:15
An: r.schulte@webpost.example
Betreff: Nur heute: Gratisversand!

Nur heute: kostenloser Versand auf alles. Jetzt zuschlagen!""", "Ralf Schulte"),
        # ------------------------------------------------------------- complaint
        ("complaint", ("deletion",), "Zweite Aufforderung: Löschantrag vom 12.02.2024 unbeantwortet", """Sehr geehrte Damen und Herren,

mit E-Mail vom 12.02.2024 habe ich Sie aufgefordert, meine personenbezogenen Daten gemäß Art. 17 DSGVO zu löschen. Die Monatsfrist nach Art. 12 Abs. 3 DSGVO ist inzwischen abgelaufen, ohne dass ich eine Antwort erhalten habe. Stattdessen erhalte ich weiterhin Ihren Newsletter.

Ich fordere Sie hiermit letztmalig auf, meine Daten zu löschen und mir dies bis zum 15.04.2024 schriftlich zu bestätigen. Nach fruchtlosem Ablauf dieser Frist werde ich Beschwerde bei der zuständigen Datenschutzaufsichtsbehörde einlegen.

Mit freundlichen Grüßen
Thomas Richter

Am 12.02.2024 um 19:41 schrieb Thomas Richter <t.richter@mailbox.example>:
> Sehr geehrte Damen und Herren,
> bitte löschen Sie mein Kundenkonto und alle dazugehörigen Daten gemäß Art. 17 DSGVO.
> Kundennummer: 40288110
> Mit freundlichen Grüßen
> Thomas Richter""", "Thomas Richter"),
        ("complaint", (), "Beschwerde - Weitergabe meiner Telefonnummer", """Sehr geehrte Damen und Herren,

ich habe heute einen Anruf von einem Callcenter erhalten, das mir einen Stromvertrag verkaufen wollte. Auf meine Nachfrage hin wurde mir Ihr Shop als Quelle meiner Telefonnummer genannt. Diese Nummer habe ich ausschließlich für die Zustellung einer Bestellung bei Ihnen angegeben.

Ich halte das für einen klaren Verstoß gegen die DSGVO. Ich werde den Vorfall der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen melden und behalte mir weitere Schritte vor.

Verärgert,
Andreas Becker""", "Andreas Becker"),
        ("complaint", (), "passwort im klartext??", """ernsthaft? ich hab grad auf "passwort vergessen" geklickt und ihr schickt mir mein altes passwort im KLARTEXT per mail. d.h. ihr speichert passwörter unverschlüsselt?! ich benutze das passwort (leider) auch woanders. das ist ein riesen sicherheitsproblem mit meinen daten und ich werde das der datenschutzbehörde melden. ich erwarte eine erklärung.
mfg
Nina Schäfer""", "Nina Schäfer"),
        # ----------------------------------------------------------------- other
        ("other", (), "Rückerstattung fehlt", """Hallo,

ich habe am 03.05. eine Jacke (Bestellung 40-991203) zurückgeschickt. Laut Sendungsverfolgung ist die Retoure am 06.05. bei Ihnen eingegangen, aber das Geld ist noch nicht auf meinem Konto. Können Sie bitte nachsehen?

Meine Kundendaten: Miriam Hofmann, Kundennr. 40744501.

Viele Grüße
Miriam Hofmann""", "Miriam Hofmann"),
        ("other", (), "DSGVO-Anfragen automatisiert bearbeiten - 30 Tage kostenlos testen", """Sehr geehrte Damen und Herren,

wie viel Zeit verbringt Ihr Team mit Auskunftsersuchen, Löschanträgen und Widerrufen? Mit DataPilot Compliance erfassen, prüfen und beantworten Sie Betroffenenanfragen aus einer zentralen Oberfläche heraus: Identitätsprüfung, Fristenüberwachung und revisionssichere Dokumentation inklusive.

Unsere Kunden aus dem Onlinehandel reduzieren ihren Aufwand pro Anfrage im Schnitt um 75 %. Die Anbindung an gängige Shopsysteme und CRMs ist in wenigen Tagen erledigt.

Testen Sie DataPilot 30 Tage kostenlos und unverbindlich, oder vereinbaren Sie direkt eine persönliche Demo.

Mit freundlichen Grüßen
Julia Sommer
Senior Sales Manager
DataPilot Compliance GmbH
Tel. +49 89 2180 4411""", "Julia Sommer"),
        ("other", (), "Bestellung 40-998877 - andere Lieferadresse", """Guten Tag,

bei meiner heutigen Bestellung 40-998877 habe ich versehentlich meine Büroadresse angegeben. Da ich nächste Woche Urlaub habe, würde ich das Paket gern nach Hause geliefert bekommen:

Christian Wagner
Lütticher Straße 28
4780 St. Vith

Bitte nur für diese eine Bestellung ändern, in meinem Konto soll alles so bleiben, wie es ist. Laut Statusseite ist sie noch nicht versendet.

Danke!
Christian Wagner""", "Christian Wagner"),
        ("other", (), "Umfrage für meine Masterarbeit", """Sehr geehrte Damen und Herren,

ich studiere Wirtschaftsinformatik an der Universität Innsbruck und schreibe meine Masterarbeit zum Thema „Umsetzung der DSGVO im europäischen Onlinehandel".

Dürfte ich Sie bitten, an einer kurzen Online-Umfrage (ca. 10 Minuten) teilzunehmen? Es geht um allgemeine Fragen, etwa wie Sie Betroffenenanfragen organisieren, ob Sie einen externen Datenschutzbeauftragten haben und welche Herausforderungen Sie seit 2018 sehen. Die Auswertung erfolgt selbstverständlich anonym.

Über eine Rückmeldung würde ich mich sehr freuen.

Mit freundlichen Grüßen
Lena Moser
Universität Innsbruck""", "Lena Moser"),
    ],
}

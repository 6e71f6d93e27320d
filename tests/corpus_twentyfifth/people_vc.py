"""Twenty-fifth set, letters as they really arrive: templates half-filled, pasted and damaged, in threads (sv ro el bg). Written apart from the rules (see make_twentyfifth.py)."""

PEOPLE_VC = {
"sv": [
# 1 access: IMY-style template, placeholders left
("access", (), "Begäran om registerutdrag enligt artikel 15 dataskyddsförordningen",
"""Till: [Företagets namn]
Från: Karin Lindqvist
[Adress]
[Postnummer och ort]
Datum: [ÅÅÅÅ-MM-DD]

Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR)

Jag begär härmed att få veta om ni behandlar personuppgifter om mig. Om så är fallet vill jag få en kopia av de personuppgifter ni behandlar samt information om:
- ändamålen med behandlingen
- vilka kategorier av personuppgifter som behandlas
- vilka mottagare som har fått eller ska få uppgifterna
- hur länge uppgifterna kommer att lagras
- varifrån uppgifterna har hämtats, om de inte har samlats in från mig

(Fyll i de uppgifter som behövs för att företaget ska kunna identifiera dig, t.ex. kundnummer eller e-postadress)
Kundnummer: [kundnummer]
E-post: karin.lindqvist71@telia.com

Enligt dataskyddsförordningen ska ni svara utan onödigt dröjsmål och senast inom en månad.

Med vänlig hälsning

[Namnteckning]
Karin Lindqvist
""", "Karin Lindqvist"),

# 2 access: pasted from PDF, broken lines, lost bullets, "se nedan"
("access", (), "",
"""Hej, se nedan.
/Anders

Hej!
Jag vill ta del av de personuppgif-
ter som ni behandlar om mig. Jag ber er
därför att skicka mig ett registerutdrag enligt artikel 15 i
dataskyddsförordningen. Utdraget bör innehålla bl.a.
 vilka  uppgifter ni har om
mig
 varför ni behandlar dem och
 vilka ni har lämnat ut
dem till (t.ex. marknadsförings-
partner).
Jag har handlat hos er med e-postadressen anders.b@hotmail.se och
har ert kundkort (nr 6001 2288 4410).
Vänliga hälsningar
Anders Bergström
""", "Anders Bergström"),

# 3 deletion: letter written for another company, re-sent to us
("deletion", (), "Begäran om radering av personuppgifter – Trädgårdsgiganten AB",
"""Till: Trädgårdsgiganten AB
Att: Dataskyddsombudet

Begäran om radering av personuppgifter (artikel 17 GDPR)

Jag har tidigare varit kund hos Trädgårdsgiganten AB och begär nu att ni raderar samtliga personuppgifter som ni behandlar om mig, inklusive mitt kundkonto, mina sparade adresser och min köphistorik, i enlighet med artikel 17 i dataskyddsförordningen.

Bekräfta skriftligen när raderingen är genomförd.

Namn: Sofia Nyberg
E-post: sofia.nyberg@gmail.com

Med vänlig hälsning
Sofia Nyberg
""", "Sofia Nyberg"),

# 4 deletion + withdraw + objection, Word paste with doubled spaces, replying to an old order mail
("deletion", ("withdraw_consent", "objection"), "Re:",
"""Hej,

Jag  vill  härmed  att  ni  raderar  alla  mina  personuppgifter  och  avslutar  mitt  konto  (kundnr  5531907).
Jag  återkallar  också  mitt  samtycke  till  nyhetsbrev  och  sms-utskick.
Vidare  motsätter  jag  mig  att  mina  uppgifter  används  för  direktmarknadsföring  eller  profilering,  och  att  de  lämnas  ut  till  era  marknadsföringspartner.

Tacksam  för  en  bekräftelse.

Mvh
Lars-Göran Holm

> Tack för din beställning!
> Ordernummer: 100234117
> Vi skickar ett nytt mejl när paketet har lämnat vårt lager.
""", "Lars-Göran Holm"),

# 5 objection to profiling / ad sharing, replying to a personalised mail
("objection", (), "SV: Dina personliga tips för trädgården, Maria",
"""Nyhetsbrevet får ni gärna fortsätta skicka, men jag invänder mot att ni analyserar mina köp för att ta fram sådana här "personliga tips" och att ni delar min e-postadress med Meta och Google för riktad reklam. Jag motsätter mig den behandlingen enligt artikel 21 GDPR.

Maria

Från: shop.example.be <nyheter@shop.example.be>
Skickat: den 3 mars 2025 09:12
Till: maria.ek@outlook.com
Ämne: Dina personliga tips för trädgården, Maria

Hej Maria!
Baserat på dina senaste köp tror vi att du kommer att gilla de här:
[Bild] Upphöjd odlingslåda i lärk
[Bild] Droppbevattning startkit
Avregistrera dig | Hantera inställningar
""", "Maria Ek"),

# 6 withdraw consent, typed on a phone
("withdraw_consent", (), "avreg",
"""hej! vill inte ha era nyhetsbrev längre o inga sms heller. tar tillbaka mitt samtycke. avregistreringslänken funkar inte (får "något gick fel") så skriver här istället

/Jonna

Skickat från min iPhone
""", "jonna"),

# 7 portability: template with instructions left in
("portability", (), "Begäran om dataportabilitet (artikel 20)",
"""[Skriv ditt namn och din adress här]
Henrik Sjöberg
Ringvägen 8
118 60 Stockholm

Till [företagets namn]

Begäran om att få ut personuppgifter (dataportabilitet)

Jag begär med stöd av artikel 20 i dataskyddsförordningen att få ut de personuppgifter om mig som jag själv har lämnat till er, i ett strukturerat, allmänt använt och maskinläsbart format (till exempel CSV eller JSON).

[Om du vill att uppgifterna ska skickas direkt till ett annat företag, skriv det här. Annars stryker du stycket.]
Jag vill i första hand att uppgifterna överförs direkt till [mottagande företag].

Det gäller särskilt min orderhistorik och mina uppgifter i kundklubben.

Datum: [ÅÅÅÅ-MM-DD]
Underskrift: ____________________
""", "Henrik Sjöberg"),

# 8 correction: new line on top of our quoted reply
("correction", (), "SV: Ditt ärende 2025-0412 – avregistrering genomförd",
"""Tack! En sak till när jag ändå har er: adressen i mitt konto är fel sedan flytten, det står fortfarande Lilla Torg 3 i Malmö. Ändra den till Storgatan 14 B, 252 24 Helsingborg. Och mitt efternamn stavas med Å, inte "Akesson".

Hälsningar Birgitta

> Hej Birgitta,
>
> Vi har nu avregistrerat dig från vårt nyhetsbrev. Det kan ta upp till 48 timmar innan ändringen syns i alla system.
>
> Vänliga hälsningar
> Dataskydd | shop.example.be
""", "Birgitta Åkesson"),

# 9 restriction
("restriction", (), "Radera inte – begränsa behandlingen",
"""Hej,

Jag har läst att ni raderar konton som varit inaktiva i två år. Jag vill att ni INTE raderar mina uppgifter utan i stället begränsar behandlingen av dem enligt artikel 18 i dataskyddsförordningen. Jag behöver orderhistoriken (framför allt order 100198830, en gräsklippare) för en tvist med mitt försäkringsbolag. Spara alltså uppgifterna men använd dem inte till något annat under tiden.

Med vänlig hälsning
Per Lindgren
""", "Per Lindgren"),

# 10 complaint: forward of own earlier mail, one line on top
("complaint", ("deletion",), "Fwd: Radera mitt konto",
"""fortfarande inget svar?? det har gått sex veckor nu.

---------- Vidarebefordrat meddelande ---------
Från: Emma Karlsson <emma.k92@gmail.com>
Date: tis 14 jan. 2025 kl 21:37
Subject: Radera mitt konto
To: <privacy@shop.example.be>


Hej,
jag vill att ni raderar mitt konto och alla uppgifter ni har om mig. E-post: emma.k92@gmail.com.
Tack
Emma
""", "Emma Karlsson"),

# 11 complaint about delay above our ticket acknowledgement, repeats access
("complaint", ("access",), "SV: Ditt ärende #48213 har tagits emot",
"""Det har nu gått sju veckor sedan ni skrev det här och jag har fortfarande inte fått något registerutdrag. Skicka det omgående. Har jag inte fått det inom en vecka anmäler jag er till IMY.

Erik Johansson

> Hej Erik,
>
> Tack för ditt mejl. Vi har tagit emot din begäran och återkommer inom 30 dagar.
>
> Ärendenummer: 48213
>
> Med vänliga hälsningar
> Kundservice, shop.example.be
""", "Erik Johansson"),

# 12 access + correction, consumer-site template with instruction kept
("access", ("correction",), "",
"""Hej, brevet nedan är mallen från Hallå konsument, fick inte till bilagan så jag klistrar in det.

Begäran om tillgång och rättelse av personuppgifter
Instruktion: Skicka brevet till företagets dataskyddsombud eller kundtjänst. Spara en kopia.

Jag begär att få en kopia av alla personuppgifter som ni behandlar om mig (artikel 15 GDPR).

Jag begär också att följande felaktiga uppgifter rättas (artikel 16 GDPR):
[Beskriv vilka uppgifter som är fel och vad som är rätt]
Mitt mobilnummer är 070-123 45 67, inte 070-123 45 76 som det står i mitt konto.

Ort och datum: Uppsala, [datum]
Namn: Oskar Vikström
E-post: oskar.vikstrom@live.se
""", "Oskar Vikström"),

# 13 other: general question about the privacy policy, no account yet
("other", (), "Fråga om integritetspolicyn",
"""Hej!

Jag funderar på att skapa ett konto hos er men har några frågor om er integritetspolicy först. Där står att ni delar uppgifter med "utvalda partner" – vilka typer av företag är det? Och lagras uppgifterna inom EU?

Jag har alltså inget konto ännu, vill bara förstå innan jag registrerar mig.

Tack på förhand!
Lena Mattsson
""", "Lena Mattsson"),

# 14 other: warranty claim on a consumer-agency template, half filled
("other", (), "Reklamation",
"""Hittade ingen annan adress än den här, skicka gärna vidare till rätt avdelning.

REKLAMATION

Säljare: [Företagets namn]  shop.example.be
Köpare: Mikael Strand, Bäckvägen 2, 433 31 Partille
Ordernummer: 100482211
Vara: Grillgaller rostfritt 54 cm
Köpdatum: [datum] 12 maj 2024

Jag reklamerar varan eftersom den har ett fel. Felet består i: [beskriv felet] handtaget har lossnat och svetsfogen har spruckit efter några få användningar.

Jag kräver att ni [avhjälper felet / levererar en ny vara] levererar en ny vara.

Jag har enligt konsumentköplagen rätt att reklamera en vara inom tre år från köpet.

Med vänlig hälsning
Mikael Strand
070-998 12 34
""", "Mikael Strand"),
],

"ro": [
# 1 access: authority-style model, placeholders left, cedilla forms
("access", (), "Cerere privind dreptul de acces (art. 15 GDPR)",
"""Către: <denumirea operatorului>
În atenţia: Responsabilului cu protecţia datelor

Subsemnatul Andrei Dumitrescu, domiciliat în <adresa completă>, CNP <CNP>, adresa de e-mail andrei.dumitrescu@yahoo.com, în temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi confirmaţi dacă prelucraţi date cu caracter personal care mă privesc şi, în caz afirmativ, să îmi furnizaţi o copie a acestora, împreună cu următoarele informaţii:
a) scopurile prelucrării;
b) categoriile de date cu caracter personal vizate;
c) destinatarii sau categoriile de destinatari cărora le-au fost sau le vor fi divulgate datele;
d) perioada pentru care se preconizează că vor fi stocate datele;
e) sursa datelor, în cazul în care acestea nu au fost colectate de la mine.

Vă rog să îmi transmiteţi răspunsul în termen de o lună de la primirea prezentei cereri, la adresa de e-mail menţionată mai sus.

Data: <zz.ll.aaaa>
Semnătura: <semnătura>
""", "Andrei Dumitrescu"),

# 2 deletion: "vezi mai jos", pasted from PDF, no diacritics
("deletion", (), "cerere",
"""Buna ziua,
vezi mai jos.
Maria

CERERE DE STERGERE A DATELOR CU CARACTER PERSONAL
(art. 17 din Regulamentul
UE 2016/679)
Subsemnata Ionescu Maria, client al magazinului dumneavoastra online, va
solicit stergerea tuturor datelor mele cu caracter per-
sonal pe care le detineti, inclusiv a contului de client si a
cardului de fidelitate, si sa
imi confirmati in scris ca stergerea a fost efectuata.
Adresa de e-mail folosita la cont: maria.ionescu78@gmail.com
Telefon: 0722 xxx xxx

Data: 03.02.2025                                Semnatura,
""", "Maria Ionescu"),

# 3 objection: letter written for another shop, re-sent to us
("objection", (), "Exercitarea dreptului la opoziţie",
"""Către: Electro Mobila SRL (magazinul online electromobila.ro)
Departamentul protecţia datelor

Subiect: Exercitarea dreptului la opoziţie (art. 21 GDPR)

Prin prezenta, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, inclusiv creării de profiluri în legătură cu acesta, precum şi transmiterii datelor mele către partenerii dumneavoastră de marketing şi publicitate. Vă rog să încetaţi orice astfel de prelucrare şi să îmi confirmaţi acest lucru în scris.

Cu stimă,
Cristina Popa
cristina.popa@gmail.com
""", "Cristina Popa"),

# 4 withdraw consent, no diacritics, phone
("withdraw_consent", (), "dezabonare",
"""buna ziua va rog sa ma scoateti din lista de newsletter si sms uri, nu mai doresc sa primesc oferte. imi retrag acordul dat la inregistrare. am incercat din link dar imi zice ca a aparut o eroare
multumesc
Gabriela Radu
""", "Gabi R."),

# 5 portability: consumer-association model with instructions left
("portability", (), "Cerere portabilitate date",
"""[MODEL - completaţi câmpurile marcate şi ştergeţi instrucţiunile înainte de trimitere]

Către: [Denumirea operatorului]
De la: Bogdan Stanciu, [adresa], bogdan.stanciu@outlook.com

Solicit, în temeiul art. 20 din Regulamentul general privind protecţia datelor, să îmi furnizaţi datele cu caracter personal pe care vi le-am furnizat, într-un format structurat, utilizat în mod curent şi care poate fi citit automat (de exemplu CSV sau JSON).
[Dacă doriţi transmiterea directă către alt operator, indicaţi-l aici]

Vă rog să includeţi istoricul comenzilor şi datele din contul de fidelitate.

Data: [data]
Semnătura: [semnătura]

Model de cerere pus la dispoziţie de APC România
""", "Bogdan Stanciu"),

# 6 correction, doubled spaces
("correction", (), "date gresite in cont",
"""Buna  ziua,

Numele  meu  este  scris  gresit  in  contul  de  client  si  pe  cardul  de  fidelitate:  apare  "Elena  Popesku",  corect  este  "Elena  Popescu".  De  asemenea  data  nasterii  e  gresita  (corect  14.07.1985,  nu  17.04.1985).  Va  rog  sa  le  corectati.

Multumesc,
Elena
""", "Elena Popescu"),

# 7 restriction
("restriction", (), "Restrictionarea prelucrarii datelor",
"""Buna ziua,

Am aflat ca stergeti automat conturile inactive dupa 2 ani. Va rog sa NU stergeti datele mele, ci sa restrictionati prelucrarea lor conform art. 18 din GDPR: pastrati-le, dar nu le mai folositi in niciun alt scop. Am nevoie de istoricul comenzilor (in special comanda 2023-88412, o drujba returnata) pentru un litigiu cu firma de curierat.

Cu stima,
Mihai Georgescu
""", "Mihai Georgescu"),

# 8 complaint: reminder above our quoted acknowledgement, repeats deletion
("complaint", ("deletion",), "Re: Solicitarea dvs. a fost inregistrata [#RO-20931]",
"""Au trecut aproape doua luni de la mesajul de mai jos si contul meu tot nu a fost sters, ba chiar am primit ieri alt newsletter. Va cer inca o data sa stergeti contul si toate datele mele. Daca nu primesc confirmarea in 7 zile, depun plangere la ANSPDCP.

Ioana Marinescu

În lun., 9 dec. 2024 la 10:14, Protectia datelor <privacy@shop.example.be> a scris:
> Buna ziua,
>
> Va confirmam primirea solicitarii dumneavoastra. Aceasta a fost inregistrata cu numarul #RO-20931 si va fi solutionata in termen de 30 de zile.
>
> Cu stima,
> Echipa Protectia Datelor
""", "Ioana Marinescu"),

# 9 complaint: data passed to a third party, plus objection to sharing
("complaint", ("objection",), "Datele mele au ajuns la o alta firma",
"""Bună ziua,

Săptămâna trecută am fost sunat de o firmă de montaj de piscine care știa că am cumpărat de la dumneavoastră o pompă de piscină în mai. Singurul loc unde am dat numărul meu de telefon a fost contul meu la voi. Nu v-am dat niciodată acordul să transmiteți datele mele altor firme. Consider că ați încălcat GDPR și voi sesiza ANSPDCP.

Vă cer să nu mai transmiteți datele mele niciunui partener.

Florin Dobre
""", "Florin Dobre"),

# 10 access + deletion, empty subject
("access", ("deletion",), "",
"""Bună ziua,

Aş dori să ştiu ce date personale aveţi despre mine (cont, comenzi, card de fidelitate, eventual ce aţi transmis partenerilor) şi să primesc o copie a lor. După ce le primesc, vă rog să ştergeţi contul şi toate datele.

Mulţumesc,
Alexandra Vasile
tel. 0745 ...
""", "Alexandra Vasile"),

# 11 withdraw consent + objection, forwarding the newsletter with a line on top
("withdraw_consent", ("objection",), "Fwd: Oferte de primavara - pana la -40%",
"""Nu mai vreau asa ceva. Imi retrag consimtamantul pentru newsletter. Si ma opun ca istoricul meu de cumparaturi sa fie folosit pentru profilare si reclame personalizate pe Facebook.

---------- Forwarded message ---------
De la: shop.example.be <noutati@shop.example.be>
Date: joi, 6 mar. 2025, 08:00
Subject: Oferte de primavara - pana la -40%
To: <radu.c@gmail.com>


Oferte de primavara pentru gradina ta!
Mobilier de gradina, ghivece si unelte - pana la -40% doar in weekend.
[Vezi ofertele]
Dezabonare
""", "Radu Constantinescu"),

# 12 access: new question above our quoted confirmation
("access", (), "Re: Contul dumneavoastra a fost sters",
"""Multumesc. Totusi as vrea sa stiu catre ce parteneri au fost transmise datele mele inainte de stergere (numele firmelor) si in ce scop. Va rog sa-mi trimiteti aceasta informatie.

Daniela

În mie., 12 feb. 2025 la 15:02, Protectia datelor <privacy@shop.example.be> a scris:
> Stimata doamna Stoica,
>
> Va confirmam ca, in urma solicitarii dumneavoastra, contul si datele asociate au fost sterse.
>
> Cu stima,
> Echipa Protectia Datelor
""", "Daniela Stoica"),

# 13 other: a courier partner's counsel about the processing agreement
("other", (), "Actualizare acord de prelucrare a datelor - FastCurier SRL",
"""Stimate doamne și stimați domni,

În calitate de consilier juridic al FastCurier SRL, vă transmitem atașat versiunea actualizată a Acordului de prelucrare a datelor (Anexa 3 la contractul de servicii de curierat nr. 118/2022), care intră în vigoare la 1 aprilie 2025. Modificările privesc în principal lista subîmputerniciților și măsurile tehnice de securitate.

Vă rugăm să semnați anexa și să ne-o returnați până la 31 martie 2025. Pentru orice întrebări, mă puteți contacta la numărul de mai jos.

Cu stimă,
Av. Laura Munteanu
Consilier juridic, FastCurier SRL
Tel. 021 310 44 52
""", "Laura Munteanu"),

# 14 other: warranty claim on a half-filled complaint form
("other", (), "Reclamatie produs defect comanda 100391",
"""RECLAMAȚIE

Subsemnatul Vasile Nistor, domiciliat în ____________________, am achiziționat de la dumneavoastră produsul trimmer electric 1200W, comanda nr. 100391, la data de ______.
Produsul prezintă următoarele defecte: motorul se oprește după 1-2 minute de funcționare și miroase a ars.

Solicit: [înlocuirea produsului / repararea / restituirea contravalorii] înlocuirea produsului.

Data: 20.02.2025
Semnătura: ______

Nu am gasit alta adresa de email pe site, va rog sa transmiteti la service.
""", "Vasile Nistor"),
],

"el": [
# 1 access: authority-style model, placeholders left
("access", (), "Αίτηση πρόσβασης σε προσωπικά δεδομένα (άρθρο 15 ΓΚΠΔ)",
"""Προς: [Επωνυμία υπευθύνου επεξεργασίας]
Υπόψη: Υπεύθυνου Προστασίας Δεδομένων (DPO)

Ημερομηνία: ΧΧ/ΧΧ/ΧΧΧΧ

ΘΕΜΑ: Άσκηση δικαιώματος πρόσβασης (άρθρο 15 του Κανονισμού (ΕΕ) 2016/679)

Η υπογράφουσα Ελένη Παπαδοπούλου, κάτοικος [διεύθυνση], με ΑΔΤ [αριθμός ταυτότητας], ασκώ με την παρούσα το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του ΓΚΠΔ και ζητώ να με ενημερώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου χορηγήσετε αντίγραφο αυτών, καθώς και πληροφορίες για:
- τους σκοπούς της επεξεργασίας,
- τις κατηγορίες των δεδομένων,
- τους αποδέκτες στους οποίους κοινοποιήθηκαν,
- το χρονικό διάστημα αποθήκευσης,
- την πηγή από την οποία προέρχονται.

Παρακαλώ να μου απαντήσετε εντός μηνός από την παραλαβή της παρούσας, στο email elpapad@yahoo.gr.

Με εκτίμηση,
[Υπογραφή]
""", "Ελένη Παπαδοπούλου"),

# 2 access in Greeklish
("access", (), "dedomena",
"""Kalispera sas,
eimai pelatis sas edw kai 3 xronia (exw kai tin karta pistotitas) kai thelw na mou steilete ena antigrafo me ola ta proswpika dedomena pou exete gia mena, ti agores exw kanei, ti stoixeia krateite klp (arthro 15 GDPR).
To email tou logariasmou einai g.papadakis@gmail.com
Eyxaristw
Giorgos

Stalthike apo to kinito mou
""", "Giorgos Papadakis"),

# 3 deletion: "βλ. παρακάτω", pasted from PDF, no accents, hyphenation split
("deletion", (), "",
"""Καλησπερα, βλ. παρακατω.

ΑΙΤΗΣΗ ΔΙΑΓΡΑΦΗΣ ΔΕΔΟΜΕΝΩΝ
ΠΡΟΣΩΠΙΚΟΥ ΧΑΡΑΚΤΗΡΑ (αρθρο 17 ΓΚΠΔ)
Ο κατωθι υπογεγραμμενος Νικολαος Καραγιαννης, πελατης του ηλεκτρονι-
κου σας καταστηματος, ζητω τη διαγραφη ολων των προσωπικων
μου δεδομενων που τηρειτε, καθως και το κλεισιμο του λογαρια-
σμου μου και της καρτας πιστοτητας. Παρακαλω να με ενημερωσετε
εγγραφως για την ολοκληρωση της  διαγραφης.
Email λογαριασμου: nkaragiannis@otenet.gr
Αθηνα, 11/02/2025
                                          Ο αιτων
""", "ΝΙΚΟΛΑΟΣ ΚΑΡΑΓΙΑΝΝΗΣ"),

# 4 deletion + withdraw + objection, replying to an old shipping mail
("deletion", ("withdraw_consent", "objection"), "Re:",
"""Καλημέρα σας,

Με το παρόν:
1. ζητώ τη διαγραφή του λογαριασμού μου και όλων των δεδομένων μου (άρθρο 17 ΓΚΠΔ),
2. ανακαλώ τη συγκατάθεσή μου για την αποστολή newsletter και SMS,
3. αντιτίθεμαι στη χρήση των δεδομένων μου για απευθείας εμπορική προώθηση και για τη δημιουργία προφίλ, καθώς και στη διαβίβασή τους σε συνεργάτες σας για διαφήμιση (άρθρο 21 ΓΚΠΔ).

Σε περίπτωση που δεν λάβω απάντηση εντός μηνός, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Μαρία Οικονόμου

Στις Τρί, 14 Ιαν 2025 στις 11:20, shop.example.be <orders@shop.example.be> έγραψε:
> Η παραγγελία σας #100567 απεστάλη!
> Μπορείτε να παρακολουθήσετε την αποστολή σας εδώ.
""", "Μαρία Οικονόμου"),

# 5 objection: letter written for another company, re-sent to us
("objection", (), "Άσκηση δικαιώματος εναντίωσης",
"""Προς: ΗλεκτροΚόσμος Α.Ε.
Τμήμα Προστασίας Δεδομένων

Θέμα: Άσκηση δικαιώματος εναντίωσης (άρθρο 21 ΓΚΠΔ)

Με την παρούσα εναντιώνομαι στην επεξεργασία των προσωπικών μου δεδομένων για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ, καθώς και στην κοινοποίησή τους σε τρίτους για διαφημιστικούς σκοπούς. Παρακαλώ να σταματήσετε άμεσα κάθε τέτοια επεξεργασία και να μου το επιβεβαιώσετε εγγράφως.

Δημήτρης Αλεξίου
Τηλ. 69XXXXXXXX
""", "Dimitris Alexiou"),

# 6 withdraw consent, replying to the newsletter (Outlook quote header)
("withdraw_consent", (), "ΑΠ: Νέες αφίξεις για τη βεράντα σας 🌿",
"""Σταματήστε να μου στέλνετε αυτά τα email, ανακαλώ τη συγκατάθεση που είχα δώσει για το newsletter. Το link διαγραφής δεν δουλεύει.

Κατερίνα

Από: shop.example.be <news@shop.example.be>
Στάλθηκε: Πέμπτη, 6 Μαρτίου 2025 8:00 πμ
Προς: katerina.v@hotmail.com
Θέμα: Νέες αφίξεις για τη βεράντα σας 🌿

Καλοκαίρι στη βεράντα!
Ανακαλύψτε τις νέες ζαρντινιέρες, φωτιστικά και έπιπλα εξωτερικού χώρου.
[Δείτε τη συλλογή]
Διαγραφή από τη λίστα
""", "Κατερίνα Β."),

# 7 portability, Greeklish with Greek legal reference
("portability", (), "metafora dedomenwn",
"""Geia sas,
thelw na parw ta dedomena mou (paraggelies, stoixeia logariasmou, pontous kartas) se arxeio CSV h JSON, dhladh se morfh pou diavazetai apo ypologisth, gia na ta metaferw se allo katasthma. Άρθρο 20 ΓΚΠΔ (φορητότητα).
An ginetai steilte ta kateytheian sto allo katasthma, alliws sto email mou.
Kostas
""", "Kostas Nikolaidis"),

# 8 correction, no accents, typo
("correction", (), "Λαθος στοιχεια",
"""Καλησπερα σας
Στον λογαριασμο μου το κινητο ειναι λαθος (γραφει 6971234567 ενω το σωστο ειναι 6971234576) και η διευθυνση ειναι η παλια. Νεα διευθυνση: Εγνατιας 112, 54630 Θεσσαλονικη. Παρακαλω διορθωστε τα γιατι οι κουριερ παινε στην παλια.
Ευχαριστω
Σοφια Μαυριδου
""", "Σοφια Μαυριδου"),

# 9 restriction, doubled spaces from a Word paste
("restriction", (), "Αίτημα περιορισμού επεξεργασίας",
"""Αξιότιμοι  κύριοι,

Σας  ζητώ  να  περιορίσετε  την  επεξεργασία  των  προσωπικών  μου  δεδομένων  σύμφωνα  με  το  άρθρο  18  του  ΓΚΠΔ.  Μην  τα  διαγράψετε,  γιατί  τα  χρειάζομαι  (ιστορικό  παραγγελιών  και  τιμολόγια)  για  μια  διαφορά  με  την  ασφαλιστική  μου  εταιρεία,  αλλά  μην  τα  χρησιμοποιείτε  για  τίποτε  άλλο  μέχρι  να  σας  ενημερώσω.

Με  εκτίμηση,
Αντώνης  Λαμπρόπουλος
""", "Αντώνης Λαμπρόπουλος"),

# 10 complaint: forward of own earlier request, Greeklish line on top
("complaint", ("access",), "Fwd: Αίτημα πρόσβασης",
"""Kamia apantisi akoma?? Exei perasei panw apo mhnas.

---------- Προωθημένο μήνυμα ---------
Από: Vasiliki Tsakiri <vtsakiri@gmail.com>
Date: Δευ, 13 Ιαν 2025 στις 7:45 μ.μ.
Subject: Αίτημα πρόσβασης
To: <privacy@shop.example.be>


Καλησπέρα,
Θα ήθελα να λάβω αντίγραφο των προσωπικών δεδομένων που διατηρείτε για μένα, σύμφωνα με το άρθρο 15 του ΓΚΠΔ.
Βασιλική Τσακίρη
""", "Vasiliki Tsakiri"),

# 11 complaint: invoice sent to another customer
("complaint", (), "Στείλατε τα στοιχεία μου σε άλλον πελάτη!",
"""Κύριοι,

Σήμερα με πήρε τηλέφωνο ένας άγνωστος κύριος από την Πάτρα και μου είπε ότι έλαβε από εσάς email με το τιμολόγιο της δικής μου παραγγελίας (#100812), με το ονοματεπώνυμό μου, τη διεύθυνσή μου και το τηλέφωνό μου. Αυτό είναι σοβαρή παραβίαση δεδομένων. Θεωρώ ότι δεν προστατεύετε τα δεδομένα των πελατών σας και θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Παναγιώτης Ρήγας
""", "Παναγιώτης Ρήγας"),

# 12 access + correction: form pasted, instruction kept, date placeholder left
("access", ("correction",), "",
"""Βλ. παρακάτω το έντυπο που βρήκα στο ίντερνετ, δεν μπορούσα να το επισυνάψω.

ΑΙΤΗΣΗ ΠΡΟΣΒΑΣΗΣ ΚΑΙ ΔΙΟΡΘΩΣΗΣ ΔΕΔΟΜΕΝΩΝ
(συμπληρώνεται από τον καταναλωτή – σημειώστε με Χ ό,τι ζητάτε)

Ονοματεπώνυμο: Ιωάννα Δήμου
Διεύθυνση: [οδός, αριθμός, Τ.Κ.]
Email: idimou@gmail.com
Ημερομηνία: ΧΧ/ΧΧ/ΧΧΧΧ

Ζητώ:
[Χ] να λάβω αντίγραφο των δεδομένων που τηρείτε για μένα (άρθρο 15)
[Χ] να διορθωθούν τα παρακάτω ανακριβή δεδομένα (άρθρο 16):
το επώνυμό μου γράφεται «Δήμου» και όχι «Δίμου», και η ημερομηνία γέννησης είναι 03/09/1990.

Υπογραφή
""", "Ioanna Dimou"),

# 13 other: general question about cookies, for a student paper
("other", (), "Ερώτηση για cookies",
"""Γεια σας,

Στο banner των cookies στη σελίδα σας υπάρχουν οι επιλογές «Στατιστικά» και «Marketing». Τι ακριβώς κάνουν τα cookies marketing και για πόσο καιρό αποθηκεύονται; Το ρωτάω γενικά, για μια εργασία που γράφω στη σχολή για τα ηλεκτρονικά καταστήματα.

Ευχαριστώ!
Θάνος Κ.
""", "Thanos K."),

# 14 other: warranty claim on a consumer-association model ("καταγγελία" about a product)
("other", (), "Καταγγελία - ελαττωματικό προϊόν παραγγελία 100733",
"""ΟΧΛΗΣΗ – ΔΙΑΜΑΡΤΥΡΙΑ
(υπόδειγμα ΕΚΠΟΙΖΩ)

Προς: [επωνυμία εταιρείας]

Ο υπογράφων Χρήστος Αναγνώστου, κάτοικος Λάρισας, αγόρασα στις ΧΧ/ΧΧ/ΧΧΧΧ από το ηλεκτρονικό σας κατάστημα ένα βενζινοκίνητο χλοοκοπτικό (παραγγελία 100733). Μετά από δύο εβδομάδες χρήσης ο κινητήρας σταμάτησε να λειτουργεί και δεν παίρνει μπρος.

Σύμφωνα με τον ν. 2251/1994 για την προστασία των καταναλωτών, ζητώ την αντικατάσταση του προϊόντος ή την επιστροφή των χρημάτων μου.

Χρήστος Αναγνώστου
Τηλ. 6944 556 778
""", "Χρήστος Αναγνώστου"),
],

"bg": [
# 1 access: authority-style model, placeholders and instructions left
("access", (), "Заявление за достъп до лични данни",
"""ДО
[наименование на администратора]
[адрес на администратора]

ЗАЯВЛЕНИЕ
за упражняване на право на достъп до лични данни
(по чл. 15 от Регламент (ЕС) 2016/679)

От: Иван Петров Петров
ЕГН: [ЕГН]
Адрес за кореспонденция: [адрес]
Електронна поща: ivan.petrov@abv.bg
(попълва се от заявителя)

Уважаеми госпожи и господа,

С настоящото заявление моля да ми предоставите информация дали обработвате мои лични данни и, ако това е така, да ми предоставите копие от тях, както и информация относно целите на обработването, категориите данни, получателите, на които са разкрити, срока на съхранение и източника, от който са събрани.

Желая информацията да ми бъде предоставена:  [ ] на хартия   [ ] по електронен път   [ ] на място

Дата: [дата]                                   Подпис: ...........
""", "Иван Петров"),

# 2 access, Bulgarian in Latin letters
("access", (), "lichni danni",
"""Zdraveite,
iskam da mi izpratite kopie na vsichki lichni danni, koito pazite za men - profil, poruchki, kartata za loyalnost i na koi partnyori ste gi davali. Imeilat na profila mi e g.dimitrov85@abv.bg.
Blagodarya
Georgi
""", "Georgi Dimitrov"),

# 3 deletion: letter written for another company, re-sent to us
("deletion", (), "Искане за изтриване на лични данни",
"""До: Техно Свят ООД
Длъжностно лице по защита на данните

ИСКАНЕ
за изтриване на лични данни (чл. 17 от ОРЗД)

Моля да изтриете всички лични данни, които обработвате за мен, да закриете клиентския ми профил и да ми потвърдите писмено, че това е направено.

Десислава Николова
d.nikolova@gmail.com
""", "Десислава Николова"),

# 4 access: "вижте по-долу" typed in Latin, letter pasted from PDF with lost bullets
("access", (), "",
"""Zdraveite, vijte po-dolu.

Уважаеми дами и господа,
На основание чл. 15 от Общия регламент относно защи-
тата на данните моля да ми бъде предоставено копие на
личните ми данни, които обработвате, както и информация
за  целите  на  обработването  и  получателите,  на
които сте ги разкрили.
 Клиентски номер: 4410982
 Имейл: p.ivanov@mail.bg
С уважение,
Петър Иванов
""", "Petar Ivanov"),

# 5 objection to direct marketing, consumer-organisation model with hints left
("objection", (), "Възражение срещу директен маркетинг",
"""Уважаеми дами и господа,

На основание чл. 21, пар. 2 от Регламент (ЕС) 2016/679 възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително профилиране, свързано с директния маркетинг, както и срещу предоставянето им на ваши партньори за рекламни цели.

Моля да преустановите това обработване и да ме уведомите писмено.

[Име, фамилия]
Мария Стоянова
[Имейл/телефон, с който сте регистрирани]
maria.stoyanova@abv.bg

(Образец: Активни потребители)
""", "Мария Стоянова"),

# 6 withdraw consent, Latin letters, phone signature
("withdraw_consent", (), "otpisvane",
"""zdr, iskam da se otpisha ot buletina i ot sms-ite, ottegliam si saglasieto. linkat v imeila ne raboti. mersi

Изпратено от моя Samsung Galaxy
""", "Ники"),

# 7 portability, placeholder for the new shop left unfilled
("portability", (), "Преносимост на данни (чл. 20 ОРЗД)",
"""Здравейте,

Моля да ми предоставите личните данни, които съм ви предоставил (профил, адреси за доставка, история на поръчките, точки по картата за лоялност), в структуриран, широко използван и машинно четим формат – CSV или JSON. Ако е възможно, прехвърлете ги директно на [име на новия търговец].

Поздрави,
Христо Георгиев
""", "Христо Георгиев"),

# 8 correction: new request above our quoted reply
("correction", (), "Отг: Вашето искане е изпълнено",
"""Благодаря. Забелязах обаче, че в профила ми фамилията все още е старата (Иванова). Моля да я промените на Тодорова – омъжих се и смених името си. Също телефонът ми е 0888 123 456, а не 0887 123 456.

Елена

-------- Оригинално съобщение --------
От: Защита на данните <privacy@shop.example.be>
Дата: 10.02.2025 14:33
До: e.todorova@abv.bg
Тема: Вашето искане е изпълнено

> Здравейте,
> Отписахме Ви от нашия бюлетин.
> Поздрави,
> Екипът по защита на данните
""", "Елена Тодорова"),

# 9 restriction
("restriction", (), "Ограничаване на обработването",
"""Здравейте,

Моля до приключване на спора по рекламацията ми (поръчка 100455) да ограничите обработването на личните ми данни съгласно чл. 18 от ОРЗД – да не ги изтривате, но и да не ги използвате за нищо друго освен за този спор.

С уважение,
Стефан Колев
""", "Стефан Колев"),

# 10 complaint: forward of own earlier request (deletion + withdrawal), line on top
("complaint", ("deletion", "withdraw_consent"), "Fwd: Изтриване на профил",
"""Все още няма отговор?! Пиша ви за втори път.

---------- Препратено писмо ---------
От: Radoslav Petkov <r.petkov@gmail.com>
Date: пт, 10.01.2025 г. в 9:12
Subject: Изтриване на профил
To: <privacy@shop.example.be>


Здравейте,
моля изтрийте профила ми и всички мои данни. Също така оттеглям съгласието си за получаване на бюлетина.
Радослав Петков
""", "Radoslav Petkov"),

# 11 complaint: mass mail with all recipients visible
("complaint", (), "Изпратихте имейла с видими адреси на всички клиенти",
"""Здравейте,

Днес получих от вас имейл „Томбола за рождения ден на картата“, в който в полето „До“ се виждат имейл адресите на над 200 ваши клиенти, а моят адрес е видим за всички тях. Това е нарушение на сигурността на личните данни. Ще подам жалба до Комисията за защита на личните данни (КЗЛД).

Виктория Илиева
""", "Виктория Илиева"),

# 12 deletion + withdraw consent, Cyrillic then Latin, replying to an old order mail
("deletion", ("withdraw_consent",), "Re:",
"""Здравейте, моля изтрийте профила ми и всички данни за мен. I ne mi prashtaite poveche buletini, ottegliam saglasieto si. Blagodarya
Ralitsa

> На 12.11.2024 г. в 10:03, shop.example.be <orders@shop.example.be> написа:
> Благодарим Ви за поръчката #100388!
> Ще Ви уведомим, когато пратката бъде изпратена.
""", "Ralitsa Angelova"),

# 13 other: general question about the privacy policy, not a customer
("other", (), "Въпрос относно политиката за поверителност",
"""Здравейте,

Пиша дипломна работа за GDPR в електронната търговия. В политиката ви за поверителност пише, че данните се съхраняват „за срока, предвиден в закона“. Кой закон имате предвид и колко години е този срок за фактурите? Не съм ваш клиент, въпросът е общ.

Благодаря предварително,
Мартин Василев
""", "Мартин Василев"),

# 14 other: warranty claim in Latin letters
("other", (), "Рекламация поръчка 100621",
"""Zdraveite, kupih ot vas gradinska kosachka (porachka 100621) predi 3 meseca i veche ne se vklyuchva. Iskam da ya zamenite ili remontirate po garanciya. Kakvo tryabva da napravya? Pisha tuk, zashtoto na drugiya adres nikoy ne otgovarya.
Tsvetan
""", "Tsvetan Borisov"),
],
}

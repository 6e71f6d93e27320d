"""Twenty-ninth set, every kind of request as native speakers write it, with each country's own templates and idiom (ro el bg). Written apart from the rules (see make_twentyninth.py)."""

PEOPLE_ZB = {
    "ro": [
        # 1. formal access, ANSPDCP model; the first letter mentions the deadline only
        ("access", (),
         "Cerere privind exercitarea dreptului de acces (art. 15 din Regulamentul (UE) 2016/679)",
         """Către: shop.example.be
În atenția: Responsabilului cu protecția datelor (DPO)

CERERE
privind exercitarea dreptului de acces

Subsemnata Ionescu Maria-Cristina, cu domiciliul în București, str. Dristorului nr. 14, bl. 5, sc. B, ap. 22, sector 3, adresa de e-mail m.ionescu78@yahoo.com, în temeiul art. 15 din Regulamentul (UE) 2016/679 privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu caracter personal și privind libera circulație a acestor date (RGPD), precum și al Legii nr. 190/2018 privind măsuri de punere în aplicare a acestuia, vă rog să îmi comunicați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi furnizați:

a) o copie a datelor cu caracter personal pe care le dețineți despre mine;
b) scopurile prelucrării;
c) categoriile de date cu caracter personal vizate;
d) destinatarii sau categoriile de destinatari cărora le-au fost sau le vor fi divulgate datele, în special destinatarii din țări terțe;
e) perioada pentru care se preconizează că vor fi stocate datele sau criteriile utilizate pentru stabilirea acestei perioade;
f) sursa datelor, în cazul în care acestea nu au fost colectate de la mine;
g) existența unui proces decizional automatizat, inclusiv crearea de profiluri.

Date de identificare: cont client nr. 3309127, card de fidelitate nr. 7700 4411 2093.

Vă rog ca răspunsul să îmi fie comunicat în format electronic, la adresa de e-mail de mai sus, în termenul de o lună prevăzut de art. 12 alin. (3) din RGPD. În lipsa unui răspuns în acest termen, îmi rezerv dreptul de a mă adresa ANSPDCP.

Data: 14.10.2024
Semnătura,
Maria-Cristina Ionescu""",
         "Maria-Cristina Ionescu"),

        # 2. formal deletion + withdrawal of consent + objection
        ("deletion", ("withdraw_consent", "objection"),
         "Cerere de ștergere a datelor cu caracter personal („dreptul de a fi uitat”)",
         """Stimate domn/Stimată doamnă,

Subsemnatul Popescu Andrei-Florin, titular al contului de client înregistrat cu adresa de e-mail andrei.popescu84@gmail.com, vă adresez prezenta cerere în temeiul art. 17 din Regulamentul (UE) 2016/679 (RGPD) și vă solicit ștergerea fără întârzieri nejustificate a tuturor datelor cu caracter personal care mă privesc, inclusiv a datelor din programul de fidelitate, precum și închiderea contului meu de client.

Totodată, îmi retrag consimțământul dat pentru primirea newsletterului și a comunicărilor comerciale prin e-mail și SMS, conform art. 7 alin. (3) din RGPD.

De asemenea, în temeiul art. 21 alin. (2) din RGPD, mă opun prelucrării datelor mele în scop de marketing direct, inclusiv creării de profiluri în legătură cu acesta, pe toată durata până la finalizarea ștergerii.

Vă rog să îmi confirmați în scris efectuarea ștergerii.

Cu stimă,
Andrei-Florin Popescu
Cluj-Napoca, 3 martie 2025""",
         "Andrei Popescu"),

        # 3. formal portability, with transfer to another company
        ("portability", (),
         "Cerere privind dreptul la portabilitatea datelor - art. 20 RGPD",
         """Stimată doamnă/Stimate domn,

Subsemnata Dumitrescu Elena, clientă a magazinului dumneavoastră online din anul 2019 (cont înregistrat cu adresa elena.dumitrescu@outlook.com), în temeiul art. 20 din Regulamentul (UE) 2016/679, vă solicit să îmi transmiteți datele cu caracter personal pe care vi le-am furnizat (datele contului, adresele de livrare, istoricul comenzilor și punctele acumulate pe cardul de fidelitate) într-un format structurat, utilizat în mod curent și care poate fi citit automat, de exemplu CSV sau JSON.

În măsura în care acest lucru este fezabil din punct de vedere tehnic, vă rog să transmiteți aceste date direct către noul operator, Casa & Grădina Online SRL, la adresa dpo@casagradina-online.ro.

Vă mulțumesc anticipat.

Cu considerație,
Elena Dumitrescu
Timișoara, 18.11.2024""",
         "Elena Dumitrescu"),

        # 4. formal restriction while accuracy is checked + rectification
        ("restriction", ("correction",),
         "Cerere de restricționare a prelucrării datelor (art. 18 din Regulamentul UE 2016/679)",
         """Stimate domn/Stimată doamnă,

Subsemnatul Stan Gheorghe, client înregistrat cu adresa de e-mail stan.gheorghe61@yahoo.com, am constatat că în contul meu figurează o dată de naştere şi o adresă de domiciliu greşite.

Contest exactitatea acestor date şi, în temeiul art. 18 alin. (1) lit. a) din Regulamentul (UE) 2016/679, vă solicit restricţionarea prelucrării datelor mele cu caracter personal pe perioada în care verificaţi exactitatea acestora: vă rog să le păstraţi, dar să nu le utilizaţi în niciun alt scop.

Totodată, în temeiul art. 16 din acelaşi regulament, vă rog să rectificaţi:
- adresa de domiciliu: Str. Mihai Viteazu nr. 7, Braşov, jud. Braşov, cod poştal 500183;
- data naşterii: 12.05.1961.

Vă rog să mă informaţi înainte de ridicarea restricţiei, conform art. 18 alin. (3).

Cu stimă,
Gheorghe Stan""",
         "Gheorghe Stan"),

        # 5. formal reminder past the deadline + threat to go to ANSPDCP and ANPC
        ("complaint", ("access",),
         "Revenire - cererea de acces din 02.09.2024 a rămas fără răspuns",
         """Stimate domn/Stimată doamnă,

La data de 02.09.2024 v-am transmis, la această adresă de e-mail, o cerere de acces la datele cu caracter personal, în temeiul art. 15 din Regulamentul (UE) 2016/679. Până în prezent, deși termenul de o lună prevăzut de art. 12 alin. (3) din regulament a expirat, nu am primit niciun răspuns și nicio notificare privind prelungirea termenului.

Vă reamintesc obligația de a-mi furniza o copie a datelor pe care le prelucrați despre mine, precum și informațiile prevăzute la art. 15 alin. (1).

Vă aduc la cunoștință că, în lipsa unui răspuns în termen de 7 zile, voi depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), conform art. 77 din RGPD și Legii nr. 190/2018, și voi sesiza totodată ANPC.

Cu stimă,
Radu Constantinescu
tel. 0723 418 556""",
         "Radu Constantinescu"),

        # 6. everyday access, no diacritics, from a phone
        ("access", (),
         "date personale",
         """Buna ziua,

Va rog frumos sa imi spuneti ce date aveti despre mine. Am cont la voi de vreo 3 ani si as vrea sa vad ce ati strans, adrese, comenzi, tot. Puteti sa mi le trimiteti pe mail?

Multumesc,
Ioana

Trimis de pe iPhone-ul meu""",
         "Ioana Radulescu"),

        # 7. everyday correction after marriage
        ("correction", (),
         "schimbare nume in cont",
         """Buna ziua, m-am casatorit si mi-am schimbat numele din Vasilescu in Marinescu. Puteti va rog sa-mi modificati numele in cont si pe cardul de fidelitate? Si nr de telefon e gresit acolo, lipseste o cifra, cel corect e 0744 512 309.
Mersi frumos!
Alina Marinescu (fosta Vasilescu)""",
         "Alina Marinescu"),

        # 8. blunt deletion
        ("deletion", (),
         "STERGERE CONT",
         """Vreau sa-mi stergeti contul si toate datele mele din baza voastra de date. Nu mai cumpar de la voi. Confirmati cand ati facut.
Cristi""",
         "Cristian Dobre"),

        # 9. newsletter unsubscribe
        ("withdraw_consent", (),
         "Dezabonare",
         """Bună ziua,

vă rog să mă dezabonați de la newsletter, primesc câte 2-3 mailuri pe zi și nu mai vreau. Am încercat linkul de dezabonare de jos dar dă eroare.

Mulțumesc,
Daniela P.""",
         "Daniela Pavel"),

        # 10. loyalty-card SMS consent withdrawn, card kept
        ("withdraw_consent", (),
         "nu mai vreau sms-uri",
         """salut, am cardul vostru de fidelitate si cand l-am facut am bifat sa primesc oferte pe sms. acum imi retrag acordul, nu mai vreau sms-uri cu promotii pe nr 0722 903 114. cardul vreau sa-l pastrez ca am puncte pe el.
mersi""",
         "Sorin Lazar"),

        # 11. objection to sharing with marketing partners
        ("objection", (),
         "nu sunt de acord cu transmiterea datelor la parteneri",
         """Buna ziua,

Am citit in politica voastra de confidentialitate ca transmiteti datele clientilor catre parteneri de marketing. Nu sunt de acord ca datele mele (email, telefon, ce cumpar) sa ajunga la alte firme pentru reclame. Va rog sa nu le mai transmiteti. Contul vreau sa ramana activ.

O zi buna,
Mihai Georgescu""",
         "Mihai Georgescu"),

        # 12. objection to profiling and ad tracking
        ("objection", (),
         "profilare si reclame personalizate",
         """Buna ziua. Observ ca imi apar peste tot reclame cu produsele pe care le-am cautat la voi, pe Facebook, pe Google, peste tot. Nu vreau sa-mi faceti profil dupa ce cumpar si nici sa ma urmariti pentru reclame. Ma opun la asa ceva.
Multam,
Vlad""",
         "Vlad Cojocaru"),

        # 13. complaint: misuse, data apparently sold
        ("complaint", (),
         "De unde are firma de credite datele mele??",
         """Bună ziua,

Săptămâna trecută am cumpărat de la voi un set de mobilier de grădină, iar de atunci mă sună zilnic o firmă de credite care știe exact ce am comandat și la ce adresă. Numărul de telefon l-am dat DOAR vouă, pentru livrare.

Consider că mi-ați vândut datele sau le-ați scăpat, și este inadmisibil. Aștept o explicație.

Florin Neagu""",
         "Florin Neagu"),

        # 14. complaint: breach, someone else's invoice received
        ("complaint", (),
         "am primit factura altui client",
         """Buna ziua, in mailul de confirmare a comenzii mele 88231 era atasata factura altei persoane, cu nume, adresa si telefon (o doamna din Iasi). Deci si datele mele pot ajunge la altii la fel. Mi se pare grav, e o bresa de securitate si ar trebui s-o raportati. Am deschis-o doar ca sa vad ce e.
Sorina""",
         "Sorina Munteanu"),

        # 15. complaint: third mail, past the deadline, threat to the authority
        ("complaint", ("deletion",),
         "A 3-a oara - stergeti-mi datele",
         """Va scriu a treia oara. Pe 10 ianuarie am cerut stergerea contului si a datelor mele, a trecut mai mult de o luna si n-a raspuns nimeni. Daca pana vineri nu primesc confirmarea ca s-a sters tot, fac plangere la ANSPDCP si la Protectia Consumatorului. Nu glumesc.

Bogdan Iordache""",
         "Bogdan Iordache"),

        # 16. other: order cancellation
        ("other", (),
         "Anulați comanda nr. 45821",
         """Bună ziua,

vă rog să anulați comanda nr. 45821 din 12.11, am comandat din greșeală de două ori același grătar. Dacă a plecat deja, o refuz la curier. Banii vă rog să îi returnați pe card.

Mulțumesc,
Adriana Toma""",
         "Adriana Toma"),

        # 17. other: "reclamatie" about a product + return
        ("other", (),
         "RECLAMATIE - furtun gradina defect",
         """Buna ziua,
fac reclamatie pentru furtunul de gradina de 25 m comandat pe 3 mai (comanda 51120). S-a fisurat la prima folosire si pierde apa la conector. Vreau retur si banii inapoi sau inlocuire. Atasez poze. Datele mele pentru curier sunt cele din comanda.
Ilie Matei""",
         "Ilie Matei"),

        # 18. other: invoice correction, company VAT code
        ("other", (),
         "Corectare factura - CUI gresit",
         """Bună ziua,

Pe factura nr. SHP-2024-118833 emisă pentru comanda noastră apare un CUI greșit: RO3841726 în loc de RO38417262. Vă rugăm să stornați factura și să emiteți una nouă cu datele corecte ale firmei:

SC Verde Grădina SRL
CUI: RO38417262
Nr. Reg. Com.: J40/1234/2018
Sediul: Șos. Pantelimon nr. 255, sector 2, București

Cu stimă,
Laura Ene
Contabil, SC Verde Grădina SRL""",
         "Laura Ene"),
    ],

    "el": [
        # 1. formal access + portability; first letter mentions the authority only conditionally
        ("access", ("portability",),
         "Αίτηση άσκησης δικαιώματος πρόσβασης (άρθρο 15 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

Ο υπογράφων Γεώργιος Παπαδόπουλος του Δημητρίου, κάτοικος Θεσσαλονίκης, οδός Εγνατίας 112, Τ.Κ. 54630, πελάτης του ηλεκτρονικού σας καταστήματος με λογαριασμό στη διεύθυνση g.papadopoulos@gmail.com, σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (Κανονισμός (ΕΕ) 2016/679, ΓΚΠΔ) και τον ν. 4624/2019, σας παρακαλώ να με ενημερώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου χορηγήσετε:

α) αντίγραφο των δεδομένων μου,
β) τους σκοπούς της επεξεργασίας,
γ) τους αποδέκτες στους οποίους κοινολογήθηκαν τα δεδομένα, ιδίως αποδέκτες σε τρίτες χώρες,
δ) το προβλεπόμενο χρονικό διάστημα αποθήκευσης,
ε) την πηγή προέλευσης, εφόσον δεν συλλέχθηκαν από εμένα,
στ) την ύπαρξη αυτοματοποιημένης λήψης αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Επιπλέον, σύμφωνα με το άρθρο 20 ΓΚΠΔ, ζητώ να μου διαβιβάσετε τα δεδομένα που σας έχω παράσχει σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο.

Σε περίπτωση μη απάντησης εντός της προθεσμίας ενός μηνός (άρθρο 12 παρ. 3 ΓΚΠΔ), επιφυλάσσομαι να προσφύγω στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Θεσσαλονίκη, 21/10/2024""",
         "Γεώργιος Παπαδόπουλος"),

        # 2. formal deletion, right to be forgotten
        ("deletion", (),
         "Αίτηση διαγραφής δεδομένων προσωπικού χαρακτήρα - δικαίωμα στη λήθη (άρθρο 17 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι/κυρίες,

Με την παρούσα, η κάτωθι υπογεγραμμένη Αικατερίνη Νικολάου, κάτοικος Αθηνών, με λογαριασμό πελάτη στη διεύθυνση katerina.nikolaou@yahoo.gr, ζητώ, σύμφωνα με το άρθρο 17 του Κανονισμού (ΕΕ) 2016/679 (ΓΚΠΔ), τη διαγραφή όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν και τηρούνται στα αρχεία σας, καθώς και το κλείσιμο του λογαριασμού μου και της κάρτας μέλους με αριθμό 4401 2288 7713.

Τα δεδομένα αυτά δεν είναι πλέον απαραίτητα για τους σκοπούς για τους οποίους συλλέχθηκαν, καθώς δεν προτίθεμαι να πραγματοποιήσω άλλες αγορές.

Παρακαλώ να με ενημερώσετε εγγράφως για την ολοκλήρωση της διαγραφής.

Με εκτίμηση,
Αικατερίνη Νικολάου""",
         "Αικατερίνη Νικολάου"),

        # 3. formal objection to direct marketing/profiling/partners + withdrawal of consent
        ("objection", ("withdraw_consent",),
         "Εναντίωση στην επεξεργασία για σκοπούς απευθείας εμπορικής προώθησης (άρθρο 21 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 21 παρ. 2 και 3 του ΓΚΠΔ, προβάλλω αντίρρηση στην επεξεργασία των δεδομένων προσωπικού χαρακτήρα που με αφορούν για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ, καθώς και στη διαβίβασή τους σε συνεργάτες σας για διαφημιστικούς σκοπούς.

Παράλληλα ανακαλώ, σύμφωνα με το άρθρο 7 παρ. 3 ΓΚΠΔ, τη συγκατάθεση που είχα δώσει για την αποστολή ενημερωτικού δελτίου (newsletter) και διαφημιστικών SMS.

Επιθυμώ ο λογαριασμός μου να παραμείνει ενεργός για τις παραγγελίες μου.

Με εκτίμηση,
Δημήτρης Αντωνίου
Ηράκλειο Κρήτης""",
         "Δημήτρης Αντωνίου"),

        # 4. formal correction
        ("correction", (),
         "Αίτηση διόρθωσης ανακριβών δεδομένων (άρθρο 16 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

Με την παρούσα, σύμφωνα με το άρθρο 16 του Κανονισμού (ΕΕ) 2016/679 και τον ν. 4624/2019, ζητώ τη διόρθωση των ανακριβών δεδομένων που τηρείτε για εμένα στον λογαριασμό πελάτη μου (s.karamanli@otenet.gr).

Συγκεκριμένα, το επώνυμό μου αναγράφεται «Karamanli» αντί του ορθού «Καραμανλή», ενώ ως διεύθυνση αποστολής εμφανίζεται η παλαιά μου κατοικία.

Ορθά στοιχεία:
Ονοματεπώνυμο: Σοφία Καραμανλή
Διεύθυνση: Λεωφ. Κηφισίας 210, 15231 Χαλάνδρι

Παρακαλώ για την επιβεβαίωση της διόρθωσης.

Με τιμή,
Σοφία Καραμανλή""",
         "Sofia Karamanli"),

        # 5. formal complaint about a breach (recipients visible in CC)
        ("complaint", (),
         "Καταγγελία για παραβίαση προσωπικών δεδομένων - φανερές διευθύνσεις email πελατών",
         """Αξιότιμοι κύριοι,

Στις 5/2/2025 έλαβα από το κατάστημά σας ηλεκτρονικό μήνυμα για τις εκπτώσεις ειδών κήπου, στο οποίο όλες οι διευθύνσεις ηλεκτρονικού ταχυδρομείου των παραληπτών (πάνω από 300) ήταν ορατές στο πεδίο «Κοιν.». Η διεύθυνσή μου, η οποία περιέχει το ονοματεπώνυμό μου, έγινε έτσι γνωστή σε αγνώστους, και ήδη λαμβάνω ανεπιθύμητα μηνύματα.

Πρόκειται για παραβίαση δεδομένων προσωπικού χαρακτήρα κατά την έννοια του άρθρου 4 αρ. 12 ΓΚΠΔ, την οποία οφείλατε να γνωστοποιήσετε στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα εντός 72 ωρών (άρθρο 33 ΓΚΠΔ). Διαμαρτύρομαι έντονα για την ελλιπή προστασία των δεδομένων μου και σας γνωρίζω ότι έχω ήδη απευθυνθεί στην ΕΚΠΟΙΖΩ.

Με εκτίμηση,
Ιωάννης Μαυρίδης
Πάτρα""",
         "Ιωάννης Μαυρίδης"),

        # 6. everyday access
        ("access", (),
         "Τι στοιχεία μου έχετε;",
         """Καλησπέρα σας,

θα ήθελα να μάθω ποια προσωπικά μου στοιχεία έχετε αποθηκευμένα. Έχω κάνει 2-3 παραγγελίες και έχω και την κάρτα πόντων. Μπορείτε να μου στείλετε ένα αντίγραφο;

Ευχαριστώ πολύ,
Μαρία Κ.

Στάλθηκε από το iPhone μου""",
         "Μαρία Κωνσταντινίδου"),

        # 7. deletion, Greeklish
        ("deletion", (),
         "diagrafi logariasmou",
         """Kalhspera, 8elw na diagrapsete ton logariasmo mou kai ola ta stoixeia mou apo to site sas. To email einai nikos.k1985@hotmail.com
Euxaristw
Nikos""",
         "Nikos K"),

        # 8. newsletter, Greeklish
        ("withdraw_consent", (),
         "newsletter",
         """Geia sas, parakalw na mhn mou ksanasteilete newsletter, den to 8elw pleon. Ton logariasmo na ton krathsete, mono ta mail me tis prosfores na stamathsoun. Pathsa to link "apeggrafh" sto telos alla synexizoun na erxontai..
Eleni""",
         "Eleni Papadaki"),

        # 9. SMS consent on the loyalty card
        ("withdraw_consent", (),
         "SMS προσφορών",
         """Γεια σας. Όταν έβγαλα την κάρτα μέλους είχα τσεκάρει να παίρνω μηνύματα με προσφορές. Ανακαλώ αυτή τη συγκατάθεση, δεν θέλω άλλα SMS στο 6944 123456. Την κάρτα την κρατάω.
Ευχαριστώ,
Κώστας Ζ.""",
         "Κώστας Ζαχαρίου"),

        # 10. restriction, Greeklish: keep for a legal claim but don't use
        ("restriction", (),
         "ta stoixeia mou - na min ta sbhsete",
         """Kalhmera. Exw mia diafwnia mazi sas gia th xrewsh ths paraggelias 7781 (xrew8hka 2 fores) kai isws paw kai se dikhgoro. Gi auto SAS PARAKALW na mhn diagrapsete tipota apo ta stoixeia kai to istoriko mou, ta xreiazomai san apodeiksh. Omws mexri na lu8ei to 8ema na mhn ta xrhsimopoieite gia tipota allo. Apla na menoun ekei "pagwmena".
Stelios Dhmhtriou""",
         "Stelios Dimitriou"),

        # 11. objection to sharing with partners
        ("objection", (),
         "Κοινοποίηση στοιχείων σε συνεργάτες",
         """Καλημέρα,

διάβασα στους όρους σας ότι δίνετε στοιχεία πελατών σε «επιλεγμένους συνεργάτες» για διαφήμιση. Δεν συμφωνώ με αυτό για τα δικά μου στοιχεία. Σας παρακαλώ να μην τα μοιράζεστε με κανέναν για διαφημιστικούς σκοπούς. Κατά τα άλλα είμαι ευχαριστημένη από το μαγαζί.

Β. Οικονόμου""",
         "Βασιλική Οικονόμου"),

        # 12. portability, Greeklish
        ("portability", (),
         "dedomena se arxeio",
         """Geia, mporeite na mou steilete ola ta dedomena tou logariasmou mou (paraggelies, dieu8ynseis, pontous) se ena arxeio excel h csv? Ta 8elw gia na ta perasw sto kainourgio e-shop pou 8a pswnizw. An ginetai na ta steilete kateu8eian se autous akoma kalytera.
Thx
Panos""",
         "Panos Georgiou"),

        # 13. complaint: second reminder, past the month, threat to the authority
        ("complaint", ("deletion",),
         "2η υπενθύμιση - αίτημα διαγραφής χωρίς απάντηση",
         """Κύριοι,

Στις 3 Μαρτίου σας έστειλα αίτημα διαγραφής του λογαριασμού μου και όλων των στοιχείων μου. Έχουν περάσει πάνω από δύο μήνες και δεν έχω λάβει καμία απάντηση, ενώ ο νόμος σας δίνει έναν μήνα. Εξακολουθώ μάλιστα να λαμβάνω emails από εσάς.

Αν δεν διαγραφώ μέσα στην εβδομάδα, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων.

Αθανασία Λαμπροπούλου""",
         "Αθανασία Λαμπροπούλου"),

        # 14. complaint: misuse, number given to another company, Greeklish
        ("complaint", (),
         "pws exoun ta stoixeia mou???",
         """Kalhspera. Meta thn paraggelia pou ekana apo sas (kouzina khpou) me pairnei thlefwno mia etaireia me pergoles kai mou leei oti "h shop.example mas edwse ta stoixeia sas". Den edwsa pote adeia gia kati tetoio! Einai paranomo na dinete to kinhto mou se opoion 8elete. Poly asxhmo ap th meria sas.
Vasilis""",
         "Vasilis Tsakalos"),

        # 15. other: order cancellation
        ("other", (),
         "Ακύρωση παραγγελίας #60231",
         """Καλησπέρα σας,

θα ήθελα να ακυρώσω την παραγγελία #60231 (ομπρέλα βεράντας), βρήκα κάτι άλλο. Αν έχει ήδη αποσταλεί, ενημερώστε με πώς γίνεται η επιστροφή.

Ευχαριστώ,
Χριστίνα Παππά""",
         "Χριστίνα Παππά"),

        # 16. other: product return, Greeklish
        ("other", (),
         "epistrofh proiontos",
         """Kalhmera, phra to skoupaki sthkhs (paraggelia 59870) alla den fortizei h mpataria. Pws kanw epistrofh? Na to steilw me ACS h 8a er8ei courier na to parei? 8elw ta xrhmata pisw.
Giannhs""",
         "Giannis M."),

        # 17. other: invoice correction, company VAT number
        ("other", (),
         "Διόρθωση τιμολογίου - λάθος ΑΦΜ",
         """Καλημέρα σας,

στο τιμολόγιο που εκδώσατε για την παραγγελία 58114 ο ΑΦΜ της εταιρείας μας είναι λάθος (γράφει 099887766 αντί 099887765) και λείπει η ΔΟΥ. Παρακαλούμε για έκδοση πιστωτικού και νέου τιμολογίου με τα σωστά στοιχεία:

ΚΗΠΟΤΕΧΝΙΚΗ ΑΤΤΙΚΗΣ Ι.Κ.Ε.
ΑΦΜ: 099887765
ΔΟΥ: ΦΑΕ Αθηνών
Λ. Μαραθώνος 44, 15344 Γέρακας

Ευχαριστούμε,
Λογιστήριο""",
         "Κηποτεχνική Αττικής - Λογιστήριο"),

        # 18. other: general question about the privacy policy, not a customer yet
        ("other", (),
         "Ερώτηση για την πολιτική απορρήτου",
         """Καλησπέρα,

σκέφτομαι να φτιάξω λογαριασμό στο κατάστημά σας. Πριν το κάνω, θα ήθελα να ρωτήσω γενικά: τα cookies που χρησιμοποιείτε είναι μόνο δικά σας ή και τρίτων; Και οι διακομιστές σας βρίσκονται εντός ΕΕ; Δεν βρήκα κάτι σχετικό στην πολιτική απορρήτου.

Ευχαριστώ,
Ελευθερία""",
         "Ελευθερία Σταματίου"),
    ],

    "bg": [
        # 1. formal access, КЗЛД model layout
        ("access", (),
         "Искане за достъп до лични данни по чл. 15 от Регламент (ЕС) 2016/679",
         """ДО: shop.example.be
Длъжностно лице по защита на данните

ИСКАНЕ
за упражняване на право на достъп до лични данни

От: Петя Иванова Георгиева
Адрес за кореспонденция: гр. Пловдив, ул. „Капитан Райчо“ № 56, ет. 3, ап. 9
Ел. поща: petya.georgieva@abv.bg
Телефон: 0888 123 456

Уважаеми госпожи и господа,

На основание чл. 15 от Общия регламент относно защитата на данните (Регламент (ЕС) 2016/679) и Закона за защита на личните данни (ЗЗЛД) моля да ми предоставите информация дали обработвате мои лични данни и, ако е така:
1. копие от личните ми данни, които обработвате;
2. целите на обработването;
3. получателите, пред които са разкрити данните;
4. предвидения срок на съхранение;
5. източника, от който са получени данните, ако не са събрани от мен;
6. дали се извършва автоматизирано вземане на решения, включително профилиране.

Желая информацията да ми бъде предоставена по електронен път на посочения имейл адрес.

Дата: 15.01.2025 г.
гр. Пловдив
Подпис: П. Георгиева""",
         "Петя Георгиева"),

        # 2. formal deletion + withdrawal of consent
        ("deletion", ("withdraw_consent",),
         "Искане за изтриване на лични данни („право да бъдеш забравен“)",
         """Уважаеми госпожи и господа,

Аз, долуподписаният Димитър Стоянов Петров, на основание чл. 17 от Общия регламент относно защитата на данните, моля да изтриете всички мои лични данни, свързани с клиентския ми профил (регистриран с имейл dimitar.petrov@gmail.com), да закриете профила ми, както и картата ми за лоялност № 5512 0098 3341.

Също така оттеглям съгласието си за получаване на търговски съобщения и бюлетин, дадено при регистрацията (чл. 7, пар. 3 от Регламента).

Моля да ме уведомите писмено за предприетите действия в едномесечния срок по чл. 12, пар. 3 от Регламента.

С уважение,
Димитър Петров
гр. София""",
         "Димитър Петров"),

        # 3. formal restriction: keep for a legal claim, do not use
        ("restriction", (),
         "Искане за ограничаване на обработването на лични данни (чл. 18 от ОРЗД)",
         """Уважаеми госпожи и господа,

Във връзка с предстоящ съдебен спор относно доставката по поръчка № 70233 (повредена градинска люлка, за която не ми бяха възстановени парите), на основание чл. 18, пар. 1, буква „в“ от Регламент (ЕС) 2016/679 Ви моля да не изтривате личните ми данни и историята на поръчките ми, тъй като са ми необходими за установяването и защитата на правни претенции.

Същевременно Ви моля да ограничите обработването им – да ги съхранявате, но да не ги използвате за каквито и да е други цели до приключване на спора.

С уважение,
Стефан Колев
гр. Русе""",
         "Стефан Колев"),

        # 4. formal portability + deletion afterwards
        ("portability", ("deletion",),
         "Искане за преносимост на данните по чл. 20 от Общия регламент",
         """Уважаеми госпожи и господа,

На основание чл. 20 от Общия регламент относно защитата на данните моля да ми предоставите личните данни, които съм Ви предоставила (данни от профила, адреси за доставка, история на поръчките и точки по картата за лоялност), в структуриран, широко използван и пригоден за машинно четене формат (CSV или JSON). Ако е технически осъществимо, моля да ги прехвърлите директно на „Дом и градина онлайн“ ООД на адрес privacy@domigradina.bg.

След като ми ги предоставите, моля профилът ми при Вас да бъде изтрит.

С уважение,
Надежда Славова
nadya.slavova@mail.bg""",
         "Надежда Славова"),

        # 5. formal reminder after the deadline + threat to КЗЛД, repeats the correction
        ("complaint", ("correction",),
         "Повторно искане – липса на отговор в законовия срок",
         """Уважаеми госпожи и господа,

На 02.12.2024 г. Ви изпратих искане по чл. 16 от Общия регламент относно защитата на данните за коригиране на неточни лични данни в профила ми (грешно изписано име и стар адрес за доставка). Едномесечният срок по чл. 12, пар. 3 от Регламента изтече на 02.01.2025 г., а до момента не съм получила нито отговор, нито уведомление за удължаване на срока. Данните все още не са коригирани и последната ми пратка беше изпратена на стария адрес.

Настоятелно Ви моля в 7-дневен срок да коригирате данните, както следва:
Име: Радостина Маринова Петкова
Адрес: гр. Стара Загора, ул. „Цар Симеон Велики“ № 102, ап. 7

В противен случай ще подам жалба до Комисията за защита на личните данни (КЗЛД) съгласно ЗЗЛД.

С уважение,
Радостина Петкова""",
         "Радостина Петкова"),

        # 6. everyday access, Latin letters
        ("access", (),
         "lichni danni",
         """Zdraveite, iskam da razbera kakvi danni pazite za men. Imam profil pri vas ot 2021 i karta za loyalnost. Mozhe li da mi gi izpratite na maila?
Blagodarq
Ivelina""",
         "Ivelina Stoyanova"),

        # 7. everyday correction
        ("correction", (),
         "Смяна на телефон и адрес",
         """Здравейте, смених си телефона и адреса. Моля да ги коригирате в профила ми:
нов телефон 0899 456 781
нов адрес гр. Варна, ж.к. „Младост“ бл. 118, вх. 2, ап. 14
Благодаря!
Галина Тодорова""",
         "Галина Тодорова"),

        # 8. blunt deletion, Latin letters
        ("deletion", (),
         "iztrivane na profil",
         """Iztriite mi profila i vsi4ki danni za men. Ne iskam pove4e da imam nishto obshto s vas. Potvardete kato e gotovo.
Georgi""",
         "Georgi Hristov"),

        # 9. newsletter
        ("withdraw_consent", (),
         "Отписване от бюлетина",
         """Здравейте,
моля, отпишете ме от бюлетина ви. Получавам имейли почти всеки ден и вече не ми е интересно. Линкът за отписване най-долу не работи.
Поздрави,
Мария Д.""",
         "Мария Димитрова"),

        # 10. loyalty-card SMS consent, Latin letters
        ("withdraw_consent", (),
         "SMS reklami",
         """Zdr, kogato si vadih kartata za loyalnost sam se saglasila da poluchavam reklamni SMS-i. Ottegliam si saglasieto, ne iskam poveche reklami na telefona. Kartata si q ostavqm.
Mersi, Desi""",
         "Desislava Ilieva"),

        # 11. objection to profiling
        ("objection", (),
         "Възражение срещу профилиране",
         """Здравейте,
забелязах, че ми показвате „препоръчани за вас“ продукти и реклами навсякъде по интернет според това какво съм разглеждал при вас. Възразявам срещу профилирането и срещу използването на данните ми за персонализирана реклама. Профила искам да си го запазя.
Христо Ангелов""",
         "Христо Ангелов"),

        # 12. objection to sharing with partners, Latin letters
        ("objection", (),
         "ne davaite dannite mi na partnyori",
         """Zdraveite, v usloviqta vi pishe 4e spodelqte danni s partnyori za marketing. Ne sam saglasen moite danni da hodqt pri drugi firmi za reklama. Molq spreti tova za men.
Pozdravi, Nikolay""",
         "Nikolay Vasilev"),

        # 13. complaint: breach, another customer's data visible in the account
        ("complaint", (),
         "Виждам чужди данни в профила си!",
         """Здравейте,
днес влязох в профила си и вместо моите поръчки видях поръчките на друг човек – име, адрес, телефон, дори последните цифри на картата му. След като излязох и влязох отново, пак същото. Това е сериозен пробив в сигурността и значи някой може да вижда и моите данни. Много съм възмутена. Проверете веднага какво става.
Силвия Кирилова""",
         "Силвия Кирилова"),

        # 14. complaint: unanswered past the deadline + threat to КЗЛД, Latin letters
        ("complaint", ("deletion",),
         "2-ro pismo - iztrivane na danni",
         """Pisah vi na 5 fevruari da mi iztriete profila i dannite. Minaha poveche ot 40 dni i nikoi ne mi otgovori, a prodaljavam da poluchavam vashi mailove. Ako do kraq na sedmicata ne go napravite, podavam zhalba v KZLD.
Petar Ivanov""",
         "Petar Ivanov"),

        # 15. other: "рекламация" is a product complaint
        ("other", (),
         "Рекламация – счупен градински стол",
         """Здравейте,
искам да направя рекламация на градински стол от поръчка № 77120. Пристигна със счупен крак. Прилагам снимки. Моля за замяна или връщане на парите.
Тел. за връзка 0877 222 333
Светлана Николова""",
         "Светлана Николова"),

        # 16. other: order withdrawal, Latin letters
        ("other", (),
         "otkaz ot porachka 78231",
         """Zdraveite, iskam da se otkaja ot porachka 78231, porachah greshniq razmer saksii. Oshte ne e izpratena, molq anulirajte q.
Blagodarq, Vesela""",
         "Vesela Koleva"),

        # 17. other: invoice correction, company ID / VAT number
        ("other", (),
         "Корекция на фактура – грешен ЕИК",
         """Здравейте,
във фактура № 0000041877 по поръчка № 76544 е изписан грешен ЕИК на фирмата ни: 20412345 вместо 204123456. Моля да издадете кредитно известие и нова фактура с правилните данни:

„Зелен двор“ ЕООД
ЕИК 204123456, ДДС № BG204123456
гр. Бургас, ул. „Александровска“ 45
МОЛ: Илия Христов

Поздрави,
Илия Христов""",
         "Илия Христов"),

        # 18. other: job application with the usual consent clause
        ("other", (),
         "Кандидатура за позиция „Специалист обслужване на клиенти с български език“",
         """Уважаеми госпожи и господа,

Кандидатствам за обявената от Вас позиция „Специалист обслужване на клиенти с български език“. Имам четиригодишен опит в обслужване на клиенти в онлайн търговията и владея английски и френски език. Прилагам автобиография и мотивационно писмо.

Съгласен съм личните ми данни, съдържащи се в приложените документи, да бъдат обработвани за целите на настоящия подбор съгласно Регламент (ЕС) 2016/679 и ЗЗЛД.

С уважение,
Калоян Борисов
тел. 0898 765 432""",
         "Калоян Борисов"),
    ],
}

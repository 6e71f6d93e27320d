"""Thirty-fourth set, mail typed in a hurry or by people who write with difficulty (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtyfourth.py)."""

PEOPLE_EB = {
    "pl": [
        ("access", (),
         "jakie dane o mnie macie??",
         """dzien dobry

chcialabym sie dowiedziec jakie moje dane osobowe macie w systemie, skad je macie i komu je przekazywaliscie. mam u was karte stalego klienta chyba od 2019 i juz nie pamietam co tam wpisywalam przy zakladaniu, a w apce widac tylko punkty.
ile czasu to w ogole trzymacie?

pzdr
Agnieszka""",
         "Agnieszka Wróbel"),
        ("correction", (),
         "zmiana nazwska",
         """Dzien dobry, po slubie zmienilam nazwisko a na koncie i na karcie dalej mam stare (Kowalczyk). Prosze zmienic na Nowicka. I adres tez juz niaktualny, teraz mieszkam Rue de la Station 14 bus 3, 1070 Anderlecht.
Z gory dziekje
Ewa Nowicka""",
         "Ewa Nowicka"),
        ("deletion", ("withdraw_consent",),
         "USUNAC KONTO",
         """PROSZE USUNAC MOJE KONTO I WSZYSTKIE MOJE DANE Z WASZEGO KOMPUTERA. WNUCZKA MI TO ZALOZYLA JAK KUPOWALISMY TELEWIZOR A JA Z TEGO NIE KORZYSTAM. I ZEBY NIE PRZYCHODZILY JUZ TE MAILE Z REKLAMAMI BO CORKA MUSI MI JE CIAGLE KASOWAC.
STANISLAW ZIELINSKI""",
         "Stanisław Zieliński"),
        ("portability", (),
         "dane w plik",
         """Dzien dobry,
ja prosze wyslac mnie moje dane w plik csv albo excel, historia zakupow i punkty z karta. Ja chce przenosic to do inny sklep ktory ma tez program z punkty. Czy to jest mozliwe zrobic?
Dziekuje bardzo
Olena Kovalenko""",
         "Olena Kovalenko"),
        ("objection", (),
         "",
         """Dzień dobry piszę bo nie chcę żeby moje dane z karty lojalnościowej były używane do profilowania i do tych reklam dopasowanych pode mnie kropka nie zgadzam się też na przekazywanie ich waszym partnerom kropka proszę o potwierdzenie że przestaliście pozdrawiam Marek Dąbrowski

Wysłane z iPhone'a""",
         "Marek Dąbrowski"),
        ("withdraw_consent", (),
         "wypisac mnie z newslatera",
         """jak w temacie, nie moge znalesc tego linku na dole maila zeby sie wypisac. nie chce juz tych gazetek na maila

dzieki""",
         "Kamil Lewandowski"),
        ("complaint", ("deletion",),
         "DRUGA PROSBA - usuniecie danych",
         """Dzien dobry
12.10 wyslalem prosbe o usuniecie mojego konta i danych (nr karty 2604 1187 3390). Minal prawie miesiac i zadnej odpowiedzi, nawet automatycznej, a sms-y z promocjami dalej przychodza. Tak sie nie robi. Jak do konca tygodnia nic nie dostane to pisze skarge do belgijskiego urzedu ochrony danych.
Prosze w koncu usunac te dane.
Tomasz Jankowski""",
         "Tomasz Jankowski"),
        ("other", (),
         "nie moge usunac z koszyka",
         """hej w apce nie da sie usunac produktu z koszyka, klikam w kosz i on dalej tam jest (te buty do biegania 43). iphone, apka aktualna. przez to nie moge zaplacic za reszte. co robic??""",
         "Paulina Kaczmarek"),
        ("other", (),
         "zmiana adresu dostawy zam. 4471209",
         """Dzien dobry, prosze o zmiane adresu dostawy TYLKO dla zamowienia nr 4471209, bo w tym tygodniu jestem u siostry: Kerkstraat 8, 9000 Gent. Na koncie niech zostanie stary adres, to tylko ten jeden raz.
Dziekuje, Beata""",
         "Beata Szymańska"),
        ("other", (),
         "nie moge sie zalogowac",
         """dzien dobry moje konto mnie nie wpuszcza, pisze ze zle haslo a mail z resetem hasla nie przychodzi (sprawdzalem spam). chce wykorzystac punkty zanim wygasna koncem miesiaca wiec prosze o szybka pomoc
pozdr
Grzegorz""",
         "Grzegorz Wójcik"),
    ],
    "cs": [
        ("access", (),
         "co o me vite",
         """dobrej den,
muzete mi poslat co vsechno o me mate v systemu? jmeno, adresu, nakupy, body z karty... proste vsechno. a taky komu to predavate a jak dlouho to drzite.
dik
Jirka Novak""",
         "Jiří Novák"),
        ("deletion", ("withdraw_consent",),
         "Karta",
         """Dobry den,
nechci uz byt ve vasem pocitaci. Dcera mi zalozila tu kartu na body kdyz jsme kupovali pracku, ale ja to nepouzivam a nerozumim tomu. At mi uz nechodi ty emaily s akcema a zruste me tam to vsechno, i ty udaje o me.
Dekuji
Bozena Kralova""",
         "Božena Králová"),
        ("portability", (),
         "export dat do jiny apky",
         """ahoj, potrebuju vsechny svoje data od vas (objednavky, uctenky, body z vernostni karty) v nejakym souboru - csv nebo jsno, chci to nahrat do jiny aplikace na sledovani vydaju. da se to nekde stahnout nebo mi to poslete? diky Tomas""",
         "Tomáš Dvořák"),
        ("restriction", (),
         "zneuziti mych udaju - nemazat",
         """Dobry den,
vcera mi prisla upominka na zaplaceni objednavky c. 2026-553901 kterou jsem nedelal, nekdo asi pouzil moje jmeno a adresu. Uz jsem to nahlasil na policii.
Dokud to neproverite, prosim moje udaje nijak nepouzivejte (zadny reklamy, nic), ale taky je NEMAZTE, policie je bude chtit videt.
Dekuji
Petr Svoboda""",
         "Petr Svoboda"),
        ("objection", ("withdraw_consent",),
         "reklama",
         """Dobry den, ja nechci ze vy pouzivat moje data pro reklama a pro profil co ja kupuju. Ja nesouhlasim s tim. Taky prosim uz neposilat newsletter na muj email. Dekuju moc.
Nguyen Van Minh""",
         "Nguyen Van Minh"),
        ("withdraw_consent", (),
         "odhlasit newsleter + sms",
         """prosim odhlaste me z newsleteru a taky z tech sms se slevama, chodi mi to skoro kazdej den. dik

Odeslano z mobilu""",
         "Lucie Procházková"),
        ("complaint", (),
         "Faktura jine zakaznice!!!",
         """Dobry den,
dnes mi od vas prisel email s fakturou uplne cizi pani - jmeno, adresa, telefon, co si objednala, vsechno. To snad neni mozny. Jestli jste tohle poslali mne, tak moje faktura asi taky odesla nekomu cizimu?? Tohle je teda pruser a chci vysvetleni jak se to mohlo stat. Jeji email jsem smazala.
Hana Vesela""",
         "Hana Veselá"),
        ("other", (),
         "obj. 2026-118934",
         """dobrej, smazte prosim z objednavky 2026-118934 ty druhy boty (vel. 42), objednal jsem omylem dvoje. jedny staci. zbytek at jde normalne. diky""",
         "Martin Černý"),
        ("other", (),
         "vraceni bundy",
         """Dobry den, chci vratit bundu co jsem koupila na eshopu, je mala. Musim ji posilat postou nebo ji muzu vratit v prodejne v Antverpach? Ucet mam jeste v emailu.
Dekuju""",
         "Kateřina Pokorná"),
        ("other", (),
         "aplikace - ucet neexistuje??",
         """android, aplikace mi pri prihlaseni pise ze ucet s timhle emailem neexistuje. vcera jsem v ni normalne nakupovala a body tam byly. neni to nejaka chyba u vas? nechci prijit o body""",
         "Veronika Marková"),
    ],
    "hr": [
        ("correction", (),
         "krivo prezime i datum rodjenja",
         """Pozdrav,
u profilu i na kartici vjernosti mi pise krivo prezime - Kovacevic, a ja sam Kovacic. I datum rodjenja je 12.3.1958 a treba biti 12.3.1985 :) nisam bas toliko stara. Molim ispravite.
Hvala, Ivana""",
         "Ivana Kovačić"),
        ("deletion", ("withdraw_consent",),
         "brisanje",
         """bok, mozete mi obrisat racun i sve podatke sta imate o meni? vise ne kupujem kod vas a app sam vec obriso sa mobitela. i ne saljite mi vise mailove. tnx""",
         "Ante Perić"),
        ("restriction", (),
         "NEMOJTE brisati - spor",
         """Dobar dan,
prije tjedan dana sam trazio brisanje svojih podataka, ali sad vas molim da podatke o kupnji perilice (narudzba 3390127, ozujak 2025) ipak NE brisete jer mi trebju za sudski spor sa serviserom. Samo ih cuvajte i nemojte ih koristiti ni za sta drugo dok vam ne javim da je gotovo.
Lp
Zoran Babic""",
         "Zoran Babić"),
        ("objection", (),
         "moji podaci",
         """Dobar dan,
ja ne zelim da vi koristite moji podaci za reklame i za profil sta ja kupim. Isto ne zelim da dajete moji podaci vasi partneri. Ja sam protiv toga.
Hvala lijepa
Klaus Becker""",
         "Klaus Becker"),
        ("withdraw_consent", (),
         "PORUKE",
         """NE ZELIM VISE PRIMATI PORUKE OD VAS NA MOBITEL. SVAKI DAN NEKA AKCIJA I POPUST. HVALA. MARIJA HORVAT""",
         "Marija Horvat"),
        ("complaint", ("access",),
         "DRUGI PUT PISEM - nema odgovora",
         """Postovani,
2.10. sam vam poslala zahtjev da mi posaljete koje podatke imate o meni. Proslo je vise od mjesec dana i nista, ni odgovor da ste primili. To nije u redu, imate rok od mjesec dana.
I dalje trazim taj popis podataka. Ako ne dobijem odgovor do petka zalit cu se agenciji za zastitu podataka.
Snjezana Maric""",
         "Snježana Marić"),
        ("access", (),
         "podaci",
         """dobar dan zanima me koje sve podatke o meni imate i kome ste ih dali upitnik imam vašu karticu već par godina i nikad nisam vidio što je sve tamo zapisano hvala lijep pozdrav Dragan""",
         "Dragan Jurić"),
        ("other", (),
         "adresa za dostavu narudzba 88231",
         """Bok, mozete li promijeniti adresu dostave samo za narudzbu 88231? Neka ide na posao: Avenue Louise 120, 1050 Ixelles, 3. kat. Hvala!""",
         "Petra Knežević"),
        ("other", (),
         "zaboravila lozinku",
         """pozdrav zaboravila sam lozinku i kad stisnem zaboravljena lozinka ne dodje nikakav mail. kako da udjem u profil? trebam racun od usisavaca za garanciju""",
         "Ljiljana Tomić"),
        ("other", (),
         "odjava dostave kapsula",
         """kako da se odjavim od mjesecne dostave kapsula za kavu? ne trebam vise, imam jos dvije pune kutije doma. da mi ne naplatite iduci mjesec. hvala""",
         "Damir Novak"),
    ],
    "sv": [
        ("access", (),
         "vad har ni om mej",
         """hej
vill veta vad ni har sparat for uppgifter om mej. har haft medlemskortet sen 2019 nan gang. skicka garna en kopia pa allt. och vart har ni fatt mitt mobilnr ifran? har aldrig gett er det vad jag vet

mvh Lars""",
         "Lars Johansson"),
        ("correction", (),
         "fel namn",
         """Hej! Mitt efternamn är felstavat på kontot och på kortet, det står Lindkvist men det ska vara Lindqvist med q. (telefonen ändrar det till Lindkvist hela tiden så det är kanske mitt fel från början haha). Kan ni rätta det?
Tack!
Sara Lindqvist""",
         "Sara Lindqvist"),
        ("deletion", ("withdraw_consent", "objection"),
         "ta bort min konto",
         """Hej,
jag vill att ni tar bort min konto och all min information. Jag vill inte få reklam mer på mail och inte att ni ger min information till andra företag.
Tack
Ahmed Hassan""",
         "Ahmed Hassan"),
        ("portability", (),
         "min data som fil?",
         """hej kan jag fa ut min data som fil? typ csv eller excel eller vad ni har. ska byta till en annan butik och vill ta med mig kophistoriken dit. tack /Johan""",
         "Johan Berg"),
        ("restriction", ("correction",),
         "pausa mina uppgifter tills ni rattat",
         """Hej
Kan ni pausa all användning av mina uppgifter tills vidare? Ni har fel födelsedatum på mig (står 1971-04-03, ska vara 1971-03-04, nån har blandat ihop dag o månad) och tills ni har kollat och rättat det vill jag inte att ni använder nåt av det, inga erbjudanden, inga grattis-utskick, ingenting.
Mvh Birgitta""",
         "Birgitta Nilsson"),
        ("withdraw_consent", (),
         "Nyhetsbrev",
         """hej jag vill inte ha några fler mejl från er punkt ta bort mig från utskicket tack och hej hälsningar Bengt Karlsson

Skickat från min iPhone""",
         "Bengt Karlsson"),
        ("complaint", ("withdraw_consent",),
         "SLUTA SKICKA",
         """jag avregistrerade mig fran nyhetsbrevet for tre veckor sen (fick t.o.m. bekraftelse) och ni fortsatter skicka!!! tva mejl bara idag. det ar inte ok. ta bort mig fran listan NU annars anmaler jag er till datainspektionen eller vad det nu heter i belgien.
Emma""",
         "Emma Andersson"),
        ("other", (),
         "order 5520187",
         """hej kan ni ta bort det andra paret skor fran min order 5520187? bestallde tva par av misstag, behaller bara ett. tack""",
         "Oskar Persson"),
        ("other", (),
         "appen krachar",
         """appen stänger ner sig varje gång jag ska visa medlemskortet i kassan. android 14, har avinstallerat och installerat om. va ska jag göra? kassörskan fick slå in numret för hand""",
         "Maria Eriksson"),
        ("other", (),
         "",
         """paketet har inte kommit. sparningen sager levererat sen i tisdags men ingenting i brevladan eller hos grannarna. ordernr 5519022. vad gor jag nu""",
         "Anders Olsson"),
    ],
    "ro": [
        ("correction", (),
         "nume gresit in cont",
         """Buna ziua,
in contul meu si pe cardul de fidelitate numele e scris gresit: Popesu in loc de Popescu. Va rog sa-l corectati.
Multumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("deletion", ("withdraw_consent",),
         "stergere cont",
         """buna, va rog sterge-ti contul meu si toate datele pe care le aveti despre mine. si nu mai vreau mailuri de la voi. mss""",
         "Bogdan Ionescu"),
        ("portability", (),
         "cumparaturile intr-un fisier",
         """Buna ziua,
baiatul meu zice ca am dreptul sa cer toate cumparaturile mele si punctele intr-un fisier de calculator (el zice csv sau cum ii spune) ca sa le pot duce la alt magazin unde vreau sa-mi fac card. Puteti sa mi-l trimiteti pe email? Eu nu ma pricep la astea.
Cu stima,
Elena Dumitrescu""",
         "Elena Dumitrescu"),
        ("restriction", (),
         "NU stergeti istoricul!",
         """Buna ziua, am vazut in conditii ca stergeti conturile inactive dupa 3 ani. Contul meu e inactiv de ceva timp dar va rog NU stergeti istoricul comenzilor, am nevoie de factura la frigider (comanda 5512880, din 2023) pt garantie si un eventual proces cu service-ul. Nu-l mai folositi la nimic altceva, doar pastrati-l.
Multumesc
Radu Stanciu""",
         "Radu Stanciu"),
        ("objection", ("withdraw_consent",),
         "datele mele",
         """Buna ziua,
eu nu vreau ca voi folositi datele mele pentru profilare si pentru reclama personalizata. Sunt contra la asta. Si va rog nu mai trimite mie newsletter.
Multumesc mult
Giulia Ferraro""",
         "Giulia Ferraro"),
        ("withdraw_consent", (),
         "DEZABONARE",
         """VA ROG SA MA SCOATETI DE LA NEWSLETTER SI DE LA SMS-URI. NU MAI VREAU NIMIC DE LA VOI. MULTUMESC. MARIN""",
         "Marin Constantin"),
        ("access", (),
         "date personale",
         """Bună ziua aș vrea să știu ce date personale aveți despre mine virgulă de unde le aveți și cât timp le păstrați punct am cardul vostru de fidelitate de vreo 5 ani punct mulțumesc Ioana""",
         "Ioana Georgescu"),
        ("other", (),
         "comanda dubla",
         """buna ziua, va rog anulati comanda 6630415, am dat comanda de 2 ori din greseala (aia buna e 6630416). multumesc""",
         "Cristina Munteanu"),
        ("other", (),
         "nu primesc codul pe sms",
         """buna, cand vreau sa intru in cont imi zice ca trimite cod pe sms dar nu vine nimic. numarul e bun. am incercat de 5 ori. ce sa fac?""",
         "Mihai Stoica"),
        ("other", (),
         "marimea 38",
         """Buna ziua aveti marimea 38 la ghetele maro din catalogul de toamna? in magazinul din Bruxelles (Rue Neuve) nu mai era. pot sa le comand online si sa le ridic din magazin?
mersi""",
         "Alina Rusu"),
    ],
    "el": [
        ("access", (),
         "στοιχεια",
         """καλησπερα
θελω να μαθω τι προσωπκα στοιχεια μου εχετε, απο που τα πηρατε και σε ποιους τα δωσατε. εχω την καρτα σας 3-4 χρονια.
ευχαριστω
Νικος""",
         "Νίκος Παπαδόπουλος"),
        ("deletion", ("withdraw_consent",),
         "diagrafi logariasmou",
         """Kalispera, thelo na diagrapsete ton logariasmo mou kai ola ta stoixeia mou. Kai stamatiste na mou stelnete email me prosfores. Efxaristo
Giorgos""",
         "Giorgos Antoniou"),
        ("restriction", (),
         "Καρτα - μην τα σβησετε",
         """Καλημέρα σας,
κάποιος χρησιμοποιησε την κάρτα πόντων μου σε καταστημα στη Λιέγη (εγώ μένω Βρυξέλλες και δεν έχω πάει ποτέ εκεί). Μέχρι να το ελέγξετε σας παρακαλω να μη χρησιμοποιείτε καθόλου τα στοιχεία μου, ούτε για διαφημίσεις ούτε για τίποτα. Μην τα σβήσετε όμως, απλα παγώστε τα γιατί θα χρειαστούν.
Ευχαριστώ
Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),
        ("objection", (),
         "dedomena",
         """geia sas den thelw na xrisimopoieite ta dedomena mou gia diafimiseis kai gia na mou kanete profil me ti agorazw. episis den thelw na ta dinete se synergates sas. thx""",
         "Kostas Dimitriou"),
        ("withdraw_consent", (),
         "ΜΗΝΥΜΑΤΑ",
         """ΠΑΡΑΚΑΛΩ ΝΑ ΜΗ ΜΟΥ ΣΤΕΛΝΕΤΕ ΑΛΛΑ ΜΗΝΥΜΑΤΑ ΣΤΟ ΚΙΝΗΤΟ ΜΕ ΤΙΣ ΠΡΟΣΦΟΡΕΣ. ΔΕΝ ΤΑ ΘΕΛΩ. ΕΥΧΑΡΙΣΤΩ
ΚΑΤΕΡΙΝΑ ΓΕΩΡΓΙΟΥ""",
         "Κατερίνα Γεωργίου"),
        ("complaint", ("deletion",),
         "2ο μηνυμα!! αιτημα διαγραφης",
         """Καλησπερα,
στις 28/9 σας εστειλα αιτημα να διαγραψετε τον λογαριασμο και τα στοιχεια μου. Εχει περασει πανω απο μηνας και δεν εχω παρει καμια απαντηση, ουτε καν οτι το λαβατε. Αυτο δεν ειναι σοβαρο. Αν δεν γινει η διαγραφη αυτη την εβδομαδα θα κανω καταγγελια στην αρχη προστασιας δεδομενων.
Δημητρης Λαμπρου""",
         "Δημήτρης Λάμπρου"),
        ("portability", ("access",),
         "αρχειο με τα δεδομενα μου",
         """Γεια σας,
θελω ολα δεδομενα μου απο σας σε αρχειο, csv η excel, για να παω σε αλλο καταστημα με κάρτα. Και θελω να ξερω τι αλλο εχετε για μενα. Ευχαριστω πολυ.
Arben Hoxha""",
         "Arben Hoxha"),
        ("other", (),
         "paraggelia 7781230",
         """kalimera, i paraggelia mou 7781230 den exei erthei akoma, to tracking leei oti einai stin apothiki edw kai 5 meres. pote tha erthei? efxaristw""",
         "Eleni Vasileiou"),
        ("other", (),
         "κωδικος",
         """ξεχασα τον κωδικο του λογαριασμου και το email για επαναφορα δεν ερχεται ουτε στα ανεπιθυμητα. τι να κανω?""",
         "Σοφία Μιχαηλίδου"),
        ("other", (),
         "πολιτικη απορρητου",
         """Καλησπερα, ειδα στο app οτι αλλαξατε την πολιτικη απορρητου. Τι αλλαξε δηλαδη με λιγα λογια? Απλα ρωταω γιατι δεν εχω χρονο να διαβασω 15 σελιδες.""",
         "Παναγιώτης Ιωάννου"),
    ],
    "bg": [
        ("correction", ("withdraw_consent",),
         "грешен имейл и телефон",
         """Здравейте,
в профила ми имейла е стар (m.ivanova@abv.bg, вече не го ползвам), моля сменете го с mariya.ivanova88@gmail.com. И телефона е грешен, последните цифри са 47 а не 74.
И моля без СМС-и с реклами, не ги искам.
Благодаря
Мария Иванова""",
         "Мария Иванова"),
        ("deletion", ("withdraw_consent",),
         "iztrivane na profil",
         """zdraveite, iskam da mi iztriete profila i vsi4ki danni za men. i da ne mi prashtate pove4e imeili. mersi""",
         "Georgi Petrov"),
        ("portability", (),
         "данни във файл",
         """Здр, може ли да ми пратите данните ми - покупки, точки от картата - във файл (csv или ексел), да ги прехвърля в друго приложение/магазин? Благодаря
Петър""",
         "Петър Георгиев"),
        ("restriction", (),
         "до решаване на възражението",
         """Здравейте,
вчера ви писах, че възразявам срещу профилирането на покупките ми. Докато го разглеждате, моля да спрете изобщо да използвате данните ми - само ги пазете, не ги триите, но и не ги ползвайте за нищо.
Поздрави
Николай Димитров""",
         "Николай Димитров"),
        ("objection", (),
         "profilirane",
         """ne sam saglasna da si pravite profil na pokupkite mi i da gi davate na partnyori za reklami. spreete tova. blagodarya
Desislava""",
         "Desislava Todorova"),
        ("complaint", (),
         "ДАННИТЕ МИ ПРИ ДРУГ ЧОВЕК",
         """Здравейте,
днес съседката ми донесе плик от вас - на етикета е нейния адрес, а вътре е моята поръчка и фактура с трите ми имена, адреса и телефона ми. Как е възможно такова нещо?! Това са лични данни. Очаквам обяснение какво се е случило.
Стоянка Колева""",
         "Стоянка Колева"),
        ("withdraw_consent", (),
         "писмата",
         """Здравейте не искам да ми идват повече тези писма с намаленията на пощата в компютъра. Внучката каза да ви пиша вие да ги спрете. Благодаря
Иван Стоянов""",
         "Иван Стоянов"),
        ("other", (),
         "porachka 9912047",
         """zdr, porachka 9912047 oshte ne e pristignala, kurierat kaza 4e e vurnata pri vas. zashto? adresa e veren""",
         "Kalin Nikolov"),
        ("other", (),
         "количката в приложението",
         """Здравейте, не мога да изтрия един продукт от количката в приложението, стои си там и като платя ще ми го таксувате. Може ли вие да го махнете? Профила е на моето име, имейла е същия.""",
         "Ралица Ангелова"),
        ("other", (),
         "изгубих картата",
         """Изгубих картата с точките. Как да си направя нова без да изгубя точките? Имам около 800. Благодаря.""",
         "Веселин Маринов"),
    ],
}

"""Forty-fifth set, business customers, their staff and suppliers' people writing to the privacy mailbox (pl cs hr sv ro el bg). Written apart from the rules (see make_fortyfifth.py)."""

PEOPLE_PB = {
    "pl": [
        ("access", (),
         "Dane osobowe – osoba kontaktowa firmy Mebtech sp. z o.o.",
         """Dzień dobry,

od kilku lat jestem osobą kontaktową naszej firmy (Mebtech sp. z o.o., konto firmowe nr B-20417) w Państwa sklepie. Zamówienia składam ja, faktury też chyba idą na mój adres e-mail.

Chciałbym się dowiedzieć, jakie dane na mój temat, jako osoby fizycznej, macie zapisane w związku z tym kontem – imię i nazwisko, telefon, może coś jeszcze? Interesuje mnie też, skąd je macie (część wpisywał mój poprzednik) i czy przekazywaliście je komuś dalej, np. firmie kurierskiej albo partnerom.

Z góry dziękuję za odpowiedź.

Pozdrawiam
Tomasz Wróblewski
kierownik zaopatrzenia, Mebtech""",
         "Tomasz Wróblewski"),
        ("correction", (),
         "Błędne nazwisko i adres na fakturach",
         """Dzień dobry,
prowadzę jednoosobową działalność (Pracownia Krawiecka Anna Zielińska-Mróz) i od lipca, po ślubie, noszę nazwisko dwuczłonowe. Na Państwa fakturach i na koncie firmowym nadal jest samo „Zielińska”, a jako adres figuruje moje stare mieszkanie przy ul. Kościuszki 14/3. Od września mieszkam i prowadzę firmę przy ul. Lipowej 7, 60-123 Poznań.

Proszę o poprawienie nazwiska i adresu w moich danych, bo księgowa odsyła mi faktury.

Anna Zielińska-Mróz""",
         "Anna Zielińska-Mróz"),
        ("deletion", ("withdraw_consent",),
         "Już nie pracuję w firmie Dombud",
         """Witam,

od 30 września nie jestem pracownikiem firmy Dombud s.c., a nadal figuruję u Państwa jako osoba kontaktowa na ich koncie i dostaję newsletter dla klientów biznesowych na prywatnego maila (tak, niestety kiedyś podałem prywatny).

Proszę usunąć moje dane z tego konta – imię, nazwisko, numer telefonu i ten adres e-mail – i wypisać mnie z newslettera. Nową osobę kontaktową niech Państwu poda już Dombud.

Marek Kubiak""",
         "Marek Kubiak"),
        ("portability", ("deletion",),
         "Eksport historii zamówień przed zamknięciem konta",
         """Szanowni Państwo,

z końcem roku zamykam działalność gospodarczą (FHU Pawlak Grzegorz, konto firmowe 88310). Przez cztery lata wszystkie zakupy do firmy robiłem u Państwa i teraz potrzebuję całej historii zamówień – daty, pozycje, kwoty, numery faktur – w pliku, który da się wczytać do programu księgowego, najlepiej CSV. Zrzuty ekranu z panelu klienta niestety się nie nadają.

Kiedy już dostanę plik, proszę o usunięcie konta razem z moimi danymi (adres domowy, PESEL, który podałem przy wniosku o limit kupiecki).

Z poważaniem
Grzegorz Pawlak""",
         "Grzegorz Pawlak"),
        ("restriction", (),
         "Faktura FV/2026/10/4471 – reklamacja w toku",
         """Dzień dobry,

złożyłem reklamację faktury FV/2026/10/4471 (naliczono nam dwa razy transport), sprawa leży w Państwa dziale rozliczeń od 14 października. Tymczasem dostałem pismo, że moje dane mogą zostać przekazane firmie windykacyjnej.

Dopóki reklamacja nie zostanie rozpatrzona, proszę nikomu nie przekazywać moich danych i nie wykorzystywać ich do windykacji – niech po prostu zostaną u Państwa tak, jak są. Nie proszę o usunięcie, konto będzie nam jeszcze potrzebne.

Krzysztof Lis
właściciel, Lis-Trans""",
         "Krzysztof Lis"),
        ("objection", (),
         "Sprawdzanie mnie w BIK",
         """Dzień dobry,
przy wniosku o limit kupiecki dla mojej spółki dowiedziałem się od Państwa handlowca, że „standardowo” sprawdzacie też właściciela prywatnie w Biurze Informacji Kredytowej. Nie zgadzam się na to. Sprzeciwiam się sprawdzaniu mojej prywatnej historii kredytowej – spółka ma własne sprawozdania finansowe i mogę je przesłać.

Wojciech Sadowski
Prezes Zarządu, Sado-Tech sp. z o.o.""",
         "Wojciech Sadowski"),
        ("complaint", ("deletion",),
         "Faktury firmy na mój prywatny adres!!",
         """Dzień dobry,

to już trzecia przesyłka w tym miesiącu. Od maja nie pracuję w firmie Ogrody Nowak, a Państwo dalej wysyłacie ich faktury i dokumenty dostawy na MÓJ prywatny adres, z moim nazwiskiem jako odbiorcy. Zgłaszałam to telefonicznie w październiku i nic się nie zmieniło.

Jestem bardzo niezadowolona z tego, jak obchodzicie się z moimi danymi. Proszę natychmiast usunąć mój adres i nazwisko z ich konta. Jeśli to się powtórzy, złożę skargę do organu ochrony danych.

Magdalena Wilk""",
         "Magdalena Wilk"),
        ("other", (),
         "Zapytanie ofertowe – 40 krzeseł konferencyjnych",
         """Dzień dobry,

prosimy o ofertę na 40 krzeseł konferencyjnych, model Rondo w kolorze grafitowym (ewentualnie podobny, sztaplowany). Dostawa do biura w Gdańsku, najlepiej przed 20 listopada. Prosimy o cenę netto z transportem i informację o terminie realizacji.

Dane do oferty:
Kancelaria Rachunkowa Bilans sp. z o.o.
ul. Grunwaldzka 102, 80-244 Gdańsk
NIP 584-27-19-330

Pozdrawiam
Joanna Borkowska
asystentka zarządu""",
         "Joanna Borkowska"),
        ("other", (),
         "Aktualizacja NIP na fakturach",
         """Dzień dobry,
w związku z przekształceniem naszej firmy ze spółki cywilnej w spółkę z o.o. zmienił się nam NIP. Proszę zaktualizować dane na naszym koncie firmowym, żeby od listopada faktury były wystawiane na:

Eko-Dach sp. z o.o.
NIP 779-24-88-512
(adres bez zmian)

Starego NIP-u proszę już nie używać. Dziękuję!
Paweł Jankowski""",
         "Paweł Jankowski"),
        ("other", (),
         "Nowy adres dostaw",
         """Hej,
przeprowadzamy biuro – od 1 grudnia prosimy o dostawy na ul. Fabryczną 21, 90-344 Łódź (wejście od podwórza, II piętro). Stary adres na Piotrkowskiej można usunąć z listy adresów dostaw na naszym koncie. Zamówienie 2026-118842, które jest już w realizacji, jeszcze na stary adres.

Dzięki,
Karolina z biura Studio Forma""",
         "Karolina Szymańska"),
    ],
    "cs": [
        ("access", (),
         "Nákupy na firemní kartu",
         """Dobrý den,

mám od zaměstnavatele (Stavby Kroupa s.r.o.) nákupní kartu k jejich firemnímu účtu u vás, číslo karty končí na 5521. Občas jsem na ni po dohodě se šéfem koupila i něco pro sebe a pak mi to strhli ze mzdy.

Chtěla bych vědět, které moje nákupy na tu kartu u vás evidujete, jak dlouho je uchováváte a kdo všechno se k nim dostane – jestli jen firma jako celek, nebo i konkrétní lidé.

Děkuji,
Lucie Marešová""",
         "Lucie Marešová"),
        ("correction", (),
         "oprava mých údajů u firemního účtu",
         """Dobrý den,
jsem vedená jako kontaktní osoba u účtu firmy Účetnictví Beneš (zákaznické číslo 30-77812). Po svatbě se jmenuji Petra Hájková, ne Petra Svobodová, a telefon 603 118 402 už nepoužívám – platný je 731 552 960. Prosím o opravu obojího.

S pozdravem
Petra Hájková""",
         "Petra Hájková"),
        ("deletion", (),
         "Ukončení pracovního poměru – p. Dvořák",
         """Dobrý den,

pan Jiří Dvořák u nás k 31. 10. skončil. Na našem firemním účtu (Elektro Vala s.r.o., IČO 27185412) má pořád svůj uživatelský přístup, nákupní kartu a u objednávek je uvedený jeho soukromý mobil a e-mail.

Prosím, jeho osobní údaje z našeho účtu smažte a kartu zrušte. Pan Dvořák o tom ví a souhlasí. Kontaktní osobou budu zatím já.

Děkuji a zdravím
Ing. Radka Valová
jednatelka""",
         "Radka Valová"),
        ("withdraw_consent", ("objection",),
         "Odhlášení",
         """Dobrý den, jsem OSVČ (grafik), firemní účet u vás mám kvůli kancelářským potřebám. Odhlaste mě prosím z newsletteru pro firemní zákazníky, nechci ho už dostávat.

A ještě jedna věc: minulý týden mi dvakrát volal váš obchodník s nabídkou nábytku. Nechci, abyste moje číslo používali k telefonickým nabídkám, proti tomu se ohrazuji.

Díky
Ondřej Kratochvíl""",
         "Ondřej Kratochvíl"),
        ("objection", (),
         "Veletrh FOR ARCH – použití mých údajů",
         """Dobrý den,

na veletrhu FOR ARCH v září mi u vašeho stánku naskenovali visačku. Od té doby mi na pracovní e-mail chodí nabídky „na míru“ podle toho, o jaké výrobky jsem se tam údajně zajímal, a předevčírem se ozval i nějaký váš partner, o kterém jsem nikdy neslyšel.

Nesouhlasím s tím, abyste údaje z mé visačky používali k marketingu, dělali si z nich můj profil a předávali je partnerům. Tímto proti tomu podávám námitku.

Mgr. Vojtěch Šimek
nákupčí, Interiéry Kolář a syn""",
         "Vojtěch Šimek"),
        ("restriction", (),
         "Prosím zatím nemazat údaje z mého zrušeného účtu",
         """Dobrý den,

v září jsem zrušil živnost a s ní i firemní účet u vás. Přišel mi e-mail, že data z účtu budou do 60 dnů smazána. Finanční úřad u mě ale teď dělá kontrolu za roky 2024 a 2025 a je možné, že budu muset doložit nákupy od vás (objednávky, dodací listy).

Můžete prosím záznamy o mých objednávkách nemazat, dokud kontrola neskončí? Nijak je nepoužívejte, jen je uchovejte. Ozvu se, až bude hotovo.

Děkuji
Pavel Horák""",
         "Pavel Horák"),
        ("complaint", ("access",),
         "Šéf vidí moje soukromé nákupy??",
         """Dobrý den,

včera mi vedoucí ukázal výpis z vašeho portálu pro firemní zákazníky, kde byly mezi firemními objednávkami i moje SOUKROMÉ nákupy – věci domů, které jsem si kupovala přes svůj osobní účet s věrnostní kartou a platila vlastní kartou. Nějak jste můj soukromý účet propojili s firemním, asi přes stejný e-mail.

Tohle je naprosto nepřijatelné, zaměstnavateli nic není do toho, co si kupuju domů. Chci vědět, odkdy jsou ty účty takhle propojené a kdo všechno k mým soukromým nákupům měl přístup.

Jana Urbanová""",
         "Jana Urbanová"),
        ("other", (),
         "Založení firemního účtu",
         """Dobrý den,
rádi bychom si u vás otevřeli firemní účet s fakturací na 30 dní. Jsme menší architektonické studio (8 lidí) a nakupovali bychom hlavně kancelářský nábytek a osvětlení. Jaké údaje a dokumenty od nás budete potřebovat – stačí výpis z obchodního rejstříku a IČO/DIČ? A je nějaký minimální roční odběr?

Děkuji za informace
Kristýna Němcová
Studio Linie, s.r.o.""",
         "Kristýna Němcová"),
        ("other", (),
         "Faktura 2026-55102 - splatnost",
         """Dobrý den, obdrželi jsme fakturu č. 2026-55102 se splatností 3. 11., ale zboží z ní (2 regály) ještě nedorazilo. Můžeme ji zaplatit až po dodání, případně posunout splatnost? Nechceme, aby nám to na účtu naskočilo jako dluh.

Díky, Martin Procházka, účtárna Pekárna U Mlýna""",
         "Martin Procházka"),
        ("other", (),
         "Úprava objednávky 448193",
         """Dobrý den,

v objednávce č. 448193 (firemní účet Autoservis Beneš) prosím smažte položku „kancelářská židle Ergo, 3 ks“ – nakonec je nepotřebujeme. Zbytek objednávky platí, dodání na stejnou adresu.

Můžete mi pak poslat upravenou zálohovou fakturu?

Děkuji,
Tereza Benešová""",
         "Tereza Benešová"),
    ],
    "hr": [
        ("deletion", ("withdraw_consent",),
         "Zatvaranje obrta - brisanje računa",
         """Poštovani,

krajem rujna zatvorio sam obrt (Stolarija Babić, vl. Ivan Babić) i poslovni korisnički račun kod vas mi više ne treba. Molim da ga ugasite i izbrišete sve moje podatke koje ste uz njega vodili – OIB, kućnu adresu (na kojoj je obrt bio registriran) i broj mobitela.

Također više ne želim primati vaše ponude ni newsletter za poslovne kupce.

Lijep pozdrav,
Ivan Babić""",
         "Ivan Babić"),
        ("access", (),
         "Zahtjev za pristup osobnim podacima",
         """Poštovani,

u skladu s člankom 15. Opće uredbe o zaštiti podataka molim da mi dostavite informacije o tome koje osobne podatke o meni obrađujete kao o kontakt osobi tvrtke Adriatik Projekt d.o.o., u koju svrhu, od koga ste ih dobili, kome ste ih eventualno proslijedili te koliko ih dugo namjeravate čuvati.

Molim i kopiju tih podataka.

S poštovanjem,
Maja Jurić
voditeljica nabave, Adriatik Projekt d.o.o.""",
         "Maja Jurić"),
        ("correction", (),
         "krivo prezime na računima",
         """Dobar dan,
na svim vašim računima za našu firmu piše „n/p Dario Kovačević“, a ja se prezivam Kovačić. Ja sam osoba za kontakt pa bi bilo dobro da je barem ime točno :) Može se ispraviti? I broj mobitela uz moje ime je zastario, novi je 091 482 3307.

Hvala,
Dario Kovačić""",
         "Dario Kovačić"),
        ("portability", (),
         "Povijest narudžbi u CSV formatu",
         """Poštovani,

vodim obrt za čišćenje (Sjaj, vl. Sanja Perić) i sve što sam za posao kupovala, kupovala sam kod vas preko poslovnog računa. Prelazim kod novog knjigovođe i na novi program, pa bih trebala cijelu svoju povijest narudžbi od 2022. naovamo u strojno čitljivom obliku (CSV ili XML).

Ako je moguće, datoteku pošaljite izravno mom knjigovodstvenom servisu na ured@brojka-knjigovodstvo.hr, s tim sam suglasna.

Srdačno,
Sanja Perić""",
         "Sanja Perić"),
        ("objection", ("deletion",),
         "Moja fotografija u vašem newsletteru",
         """Poštovani,

radim kao monter za vašeg podizvođača Monta-Servis i montiram kuhinje vašim kupcima. U zadnjem newsletteru vidio sam svoju sliku s imenom, a ispod piše „Naši majstori na terenu“. Nitko me ništa nije pitao.

Protivim se tome da moju sliku i ime koristite za reklamu. Molim da fotografiju uklonite iz newslettera, s web stranice i iz vaše baze fotografija.

Goran Matić""",
         "Goran Matić"),
        ("restriction", (),
         "Sporni račun br. 2026-R-10293",
         """Poštovani,

osporila sam račun br. 2026-R-10293 jer naplaćuje robu koja nikad nije isporučena; reklamacija je predana 20. 10. Vaša služba naplate u međuvremenu mi šalje opomene na osobni mail i prijeti ustupanjem agenciji za naplatu.

Dok se spor ne riješi, molim da ograničite obradu mojih osobnih podataka: nemojte ih prosljeđivati agenciji niti ih koristiti za opomene. Podatke ne morate brisati, samo ih zasad ne upotrebljavajte.

Ana Knežević
direktorica, Knežević i partneri d.o.o.""",
         "Ana Knežević"),
        ("complaint", ("deletion",),
         "DRUGI ZAHTJEV - brisanje podataka bivšeg zaposlenika",
         """Poštovani,

28. rujna pisao sam vam da više ne radim u tvrtki Gradnja Plus i zamolio da me uklonite kao kontakt osobu s njihovog računa. Prošlo je više od mjesec dana, nisam dobio nikakav odgovor, a obavijesti o njihovim narudžbama i dalje stižu na moj mail i mobitel.

Ponovno tražim da izbrišete moje podatke s tog računa. Ako u roku od nekoliko dana ne dobijem odgovor, obratit ću se Agenciji za zaštitu osobnih podataka.

Zoran Vuković""",
         "Zoran Vuković"),
        ("other", (),
         "Upit za ponudu - 40 stolica",
         """Dobar dan,

trebali bismo 40 stolica za novu blagovaonicu za zaposlenike, po mogućnosti drvenih ili s tapeciranim sjedištem, i da se mogu slagati jedna na drugu. Možete li nam poslati ponudu s cijenom dostave do Rijeke i rokom isporuke?

Hvala unaprijed,
Ivana Horvat
administracija, Lučki servis d.o.o.""",
         "Ivana Horvat"),
        ("other", (),
         "PDV ID na računima",
         """Poštovani,
molimo da na naš poslovni račun dodate PDV identifikacijski broj HR48213377015. Od 1. studenog smo u sustavu PDV-a pa nam to mora pisati na računima. Naziv i adresa tvrtke ostaju isti.

Lp,
Nikola Šarić
Šarić & Co. j.d.o.o.""",
         "Nikola Šarić"),
        ("other", (),
         "promjena adrese dostave",
         """Bok,
selimo ured pa vas molim da od sljedeće narudžbe sve šaljete na: Ulica grada Vukovara 269, 10000 Zagreb, 3. kat. Staru adresu u Ilici možete maknuti s našeg računa, tamo više nikoga nema.

Hvala!
Petra iz Studija Kvadrat""",
         "Petra Tomić"),
    ],
    "sv": [
        ("portability", (),
         "Export av orderhistorik – enskild firma",
         """Hej,

Jag driver enskild firma (Nyström Måleri) och har köpt allt material via mitt företagskonto hos er sedan 2021. Nu byter jag bokföringsprogram och skulle vilja få ut hela min orderhistorik – datum, artiklar, belopp, fakturanummer – som en CSV-fil eller liknande som går att importera. PDF-fakturorna en och en funkar tyvärr inte.

Tack på förhand!
Mvh Henrik Nyström""",
         "Henrik Nyström"),
        ("withdraw_consent", ("deletion",),
         "Slutat på företaget – sluta skicka nyhetsbrev",
         """Hej!

Jag slutade på Bergs Bygg & Snickeri AB i augusti men får fortfarande ert nyhetsbrev för företagskunder till min privata mejl. Vill inte ha det längre, avregistrera mig tack.

Ta också bort mig som kontaktperson på deras konto, jag har inget med dem att göra längre.

/Emma Sjöberg""",
         "Emma Sjöberg"),
        ("objection", ("access", "deletion"),
         "Kreditupplysning på mig privat",
         """Hej,

Jag fick i dag ett brev från UC om att ni har tagit en kreditupplysning på mig personligen, i samband med att mitt aktiebolag ansökte om kredit hos er. Bolaget har egen ekonomi och jag har inte gått i personlig borgen.

Jag motsätter mig att ni kreditprövar mig som privatperson för bolagets räkning och ber er att inte göra det igen. Jag vill också veta vilka uppgifter om mig ni fick från UC, och att ni sedan raderar dem.

Med vänlig hälsning
Karin Holmberg
VD, Holmberg Konsult AB""",
         "Karin Holmberg"),
        ("access", (),
         "Vad sparar ni om mina köp med företagskortet?",
         """Hej,

Jag har ett inköpskort kopplat till min arbetsgivares företagskonto hos er (Fastighetsservice Norr AB, kortet slutar på 0392). Vilka av mina köp med det kortet sparar ni med mitt namn kopplat till dem? Och hur länge?

Frågar eftersom jag slutar där vid årsskiftet och vill veta vad som finns kvar om mig.

Hälsningar
Johan Lundgren""",
         "Johan Lundgren"),
        ("correction", (),
         "",
         """Hej, ni har stavat mitt efternamn fel i ert system – det är Lindqvist med q, inte Lindkvist. Det står fel på fakturorna till företaget där jag är kontaktperson (Solberga Trädgård AB). Mejladressen ni har till mig är också gammal, den rätta är maria.lindqvist@solbergatradgard.se.

Tack!
Maria Lindqvist""",
         "Maria Lindqvist"),
        ("deletion", (),
         "Radering av mitt CV efter upphandlingen",
         """Hej,

I våras lämnade jag som frilansande inredningsarkitekt ett anbud i er upphandling av butiksinredning till de nya butikerna. Jag fick inte uppdraget, vilket är helt i sin ordning, men jag skickade med mitt CV, referenser och ett foto.

Eftersom upphandlingen är avslutad vill jag att ni raderar mitt CV och övriga personuppgifter från anbudet. Bekräfta gärna när det är gjort.

Vänliga hälsningar
Sofia Ekström""",
         "Sofia Ekström"),
        ("complaint", (),
         "Våra fakturor hamnar hos en före detta anställd",
         """Hej,

Jag är ekonomiansvarig på Almqvist Elteknik AB. I förra veckan ringde vår tidigare medarbetare Peter och berättade att han har fått tre av våra fakturor hemskickade till sin privata adress – med namn, telefonnummer och inköp för flera av våra anställda. Peter slutade hos oss i juni och vi bad er redan då att byta fakturaadress.

Att våra anställdas uppgifter skickas till någon som inte längre jobbar här är inte okej. Jag vill ha en förklaring till hur det här har kunnat hända och vad ni gör för att det inte ska hända igen.

Med vänliga hälsningar
Linnea Almqvist
Ekonomiansvarig""",
         "Linnea Almqvist"),
        ("other", (),
         "Fel OCR på faktura?",
         """Hej!
Vi försökte betala faktura 7730218 via internetbanken men OCR-numret godkänns inte. Kan ni kolla och skicka ett korrekt OCR-nummer eller bankgironummer? Vill inte att den går till påminnelse.

Tack,
Anders Berg
Berg & Dotter Bageri AB""",
         "Anders Berg"),
        ("other", (),
         "Öppna företagskonto",
         """Hej,

Vi är en förskola i Uppsala som vill öppna ett företagskonto hos er för att kunna handla mot faktura. Vilka uppgifter behöver ni från oss? Organisationsnumret är 802477-1234. Kan flera i personalen ha egna inloggningar på samma konto?

Mvh
Helena Forsberg
förskolechef, Förskolan Lärkan""",
         "Helena Forsberg"),
        ("other", (),
         "Ta bort artikel från order 551902",
         """Hej,

kan ni ta bort skrivbordslamporna (4 st) från vår order 551902? Vi hittade några i förrådet. Resten av ordern ska levereras som vanligt till kontoret på Storgatan. Skicka gärna en uppdaterad orderbekräftelse.

Tack!
Oskar Wikström
Wikström Redovisning""",
         "Oskar Wikström"),
    ],
    "ro": [
        ("access", ("correction",),
         "Solicitare acces la date personale - PFA",
         """Bună ziua,

Sunt persoană fizică autorizată (PFA Ionescu Mihai – instalații sanitare) și am cont de firmă la dumneavoastră din 2023. La deschiderea contului mi s-au cerut CNP-ul și adresa de domiciliu.

Vă rog să-mi comunicați ce date personale dețineți despre mine în legătură cu acest cont, de unde le aveți și cui le-ați transmis (curier, firme de recuperare a creanțelor, parteneri).

De asemenea, am observat că în cont apare încă vechea mea adresă din Ploiești; între timp m-am mutat pe Str. Mărășești nr. 40, Brașov. Vă rog să o actualizați.

Cu stimă,
Mihai Ionescu""",
         "Mihai Ionescu"),
        ("deletion", (),
         "Ștergerea numelui meu din contul fostului angajator",
         """Bună ziua,

Am lucrat până în august la Dental Art Clinic SRL și eram trecută la voi ca persoană de contact pe contul firmei, cu numele meu, telefonul personal și un card de achiziții pe numele meu. Nu mai am nicio legătură cu ei.

Vă rog să-mi ștergeți datele din contul lor. Fosta mea șefă zice că „nu se poate din sistem”, așa că vă scriu direct.

Mulțumesc,
Alina Dumitrescu""",
         "Alina Dumitrescu"),
        ("restriction", (),
         "Verificarea de credit – date eronate",
         """Stimată echipă,

Mi s-a refuzat creditul comercial pentru firmă pe motiv că verificarea făcută pe numele meu ar arăta „restanțe”. Nu am nicio restanță; cred că e o confuzie cu o altă persoană cu același nume.

Până lămuriți lucrurile, vă rog să nu mai folosiți rezultatul acestei verificări în nicio decizie și să nu-l transmiteți mai departe. Nu-l ștergeți însă, am nevoie de el ca să pot face contestație la Biroul de Credit.

Vă pot trimite la cerere copia actului de identitate.

Cu respect,
Cristian Popa
administrator, Popa Logistic SRL""",
         "Cristian Popa"),
        ("objection", (),
         "Mă opun profilării",
         """Bună ziua,

Am observat că ofertele B2B pe care le primesc de la voi sunt din ce în ce mai „personalizate” după ce am cumpărat pe contul firmei, iar agentul vostru de vânzări m-a sunat de două ori pe mobilul personal știind exact ce am comandat luna trecută.

Nu sunt de acord cu așa ceva. Mă opun folosirii datelor mele pentru profilare și pentru marketing direct, inclusiv telefonic.

Daniel Stan""",
         "Daniel Stan"),
        ("portability", (),
         "Export comenzi în format CSV",
         """Bună ziua,

Am cont de firmă ca întreprindere individuală (II Georgescu Elena) și vreau să-mi mut evidența pe o platformă nouă de gestiune. Puteți să-mi trimiteți istoricul complet al comenzilor mele într-un fișier CSV sau JSON, pe care să-l pot importa? Dacă vă e mai simplu, îl puteți trimite direct noului furnizor de software, la import@gestiunepro.ro.

Mulțumesc frumos,
Elena Georgescu""",
         "Elena Georgescu"),
        ("withdraw_consent", (),
         "dezabonare newsletter firme",
         """Bună,
vă rog să mă scoateți de pe lista newsletterului pentru clienți business și să nu-mi mai trimiteți SMS-uri cu promoții. Am bifat atunci la înregistrare, dar nu le mai vreau.
Contul firmei rămâne activ, doar reclamele nu le mai vreau.

Mulțumesc,
Ioana Marin""",
         "Ioana Marin"),
        ("complaint", ("deletion",),
         "Numărul meu personal pe avizele de livrare",
         """Bună ziua,

Sunt șofer la firma de transport cu care colaborați pentru livrările mari. Pe avizele de livrare pe care le primesc clienții voștri apare numărul meu de mobil PERSONAL, nu cel de serviciu. Aseară m-a sunat un client la 11 noaptea să se plângă de o întârziere, și nu e prima dată.

Nu m-a întrebat nimeni dacă sunt de acord ca numărul meu să fie tipărit pe documente și sunt foarte nemulțumit de felul în care vă purtați cu datele mele. Vă rog să-l scoateți imediat din sistem și de pe avize.

Florin Dinu""",
         "Florin Dinu"),
        ("other", (),
         "Cerere de ofertă scaune",
         """Bună ziua,
Vă rog să ne trimiteți o ofertă pentru 40 de scaune de birou ergonomice, cu brațe reglabile, pentru noul nostru sediu din Cluj. Avem nevoie de ele până la jumătatea lui decembrie. Prețul să includă transportul și, dacă e cazul, montajul.

Mulțumim,
Raluca Pop
office manager, Nord Software SRL""",
         "Raluca Pop"),
        ("other", (),
         "Actualizare date firmă pe facturi",
         """Bună ziua,

Începând cu 1 noiembrie firma noastră a devenit plătitoare de TVA. Vă rog să actualizați datele de facturare din contul nostru: codul de TVA este acum RO45120378 (înainte era doar CUI 45120378). Restul datelor rămân neschimbate.

Toate cele bune,
Andrei Mocanu
contabil, Verde Peisaj SRL""",
         "Andrei Mocanu"),
        ("other", (),
         "Adresă nouă de livrare",
         """Salut,
ne-am mutat biroul. De acum încolo livrările vă rog să le trimiteți la: Bd. Iuliu Maniu 7, corp B, etaj 2, București, sector 6. Vechea adresă de pe Calea Victoriei o puteți șterge din cont.

Mersi,
Bianca Enache
Atelier 9 Design""",
         "Bianca Enache"),
    ],
    "el": [
        ("correction", (),
         "Αλλαγή διεύθυνσης στον επαγγελματικό λογαριασμό",
         """Καλησπέρα σας,

Είμαι ελεύθερη επαγγελματίας (λογίστρια) και έχω επαγγελματικό λογαριασμό στο κατάστημά σας. Ως έδρα έχω δηλώσει το σπίτι μου και τον Οκτώβριο μετακόμισα. Η νέα διεύθυνση είναι Αγίου Δημητρίου 58, 546 30 Θεσσαλονίκη.

Επίσης, το επώνυμό μου είναι γραμμένο λάθος στα τιμολόγια (Παπαδοπούλου, όχι Παπαδοπούλο). Παρακαλώ διορθώστε τα.

Ευχαριστώ,
Ελένη Παπαδοπούλου""",
         "Ελένη Παπαδοπούλου"),
        ("deletion", ("withdraw_consent",),
         "Διαγραφή στοιχείων μου - πρώην υπάλληλος",
         """Γεια σας,

Μέχρι τον Σεπτέμβριο δούλευα στην εταιρεία Ψηφίδα Κατασκευαστική Α.Ε. και ήμουν καταχωρημένος σε εσάς ως υπεύθυνος επικοινωνίας του λογαριασμού τους. Πλέον δεν έχω καμία σχέση με την εταιρεία.

Παρακαλώ να διαγράψετε το όνομά μου, το κινητό μου και το email μου από τον λογαριασμό τους και να σταματήσετε να μου στέλνετε το ενημερωτικό δελτίο για επαγγελματίες.

Με εκτίμηση,
Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),
        ("access", (),
         "Τι στοιχεία μου έχετε στη βάση προμηθευτών;",
         """Καλημέρα,

Είμαι πωλητής της Olympia Foods και εδώ και δύο χρόνια είμαι ο εκπρόσωπος της εταιρείας μας για τα καταστήματά σας. Ένας συνάδελφος μου είπε ότι στη βάση προμηθευτών σας κρατάτε και σημειώσεις για κάθε πωλητή, ακόμα και «αξιολογήσεις».

Θα ήθελα να μάθω ποια προσωπικά μου δεδομένα τηρείτε (και τι γράφουν αυτές οι σημειώσεις), για ποιο σκοπό και για πόσο καιρό θα τα κρατήσετε. Αν γίνεται, στείλτε μου και ένα αντίγραφο.

Ευχαριστώ εκ των προτέρων,
Γιώργος Καραγιάννης""",
         "Γιώργος Καραγιάννης"),
        ("objection", (),
         "Κοινοποίηση των στοιχείων μου σε συνεργάτες",
         """Καλησπέρα σας,

Πριν λίγες μέρες με πήρε τηλέφωνο μια εταιρεία leasing εξοπλισμού και μου είπε ότι τα στοιχεία μου τα πήρε «από συνεργάτη της», δηλαδή από εσάς, ως πελάτη με επαγγελματικό λογαριασμό. Είδα και στην πολιτική απορρήτου σας ότι μοιράζεστε στοιχεία επαγγελματιών πελατών με «επιλεγμένους συνεργάτες».

Αντιτίθεμαι σε αυτό. Δεν θέλω να δίνετε το όνομα, το τηλέφωνο ή οποιοδήποτε άλλο στοιχείο μου σε τρίτες εταιρείες για δικούς τους σκοπούς.

Σταύρος Μιχαηλίδης
Φαρμακείο Μιχαηλίδη""",
         "Σταύρος Μιχαηλίδης"),
        ("restriction", (),
         "Αμφισβήτηση τιμολογίου 2026/ΤΠ/8831",
         """Αξιότιμοι κύριοι,

Έχω αμφισβητήσει γραπτώς το τιμολόγιο 2026/ΤΠ/8831, καθώς χρεώνει εμπορεύματα που έχουν επιστραφεί. Η υπόθεση εξετάζεται από το λογιστήριό σας από τις 22 Οκτωβρίου.

Μέχρι να ολοκληρωθεί η εξέταση, σας ζητώ να περιορίσετε την επεξεργασία των προσωπικών μου δεδομένων σε σχέση με αυτή την οφειλή: να μην τα διαβιβάσετε σε εταιρεία ενημέρωσης οφειλετών και να μη με καταχωρίσετε σε κανένα αρχείο οφειλετών. Δεν ζητώ διαγραφή τους.

Με τιμή,
Δημήτρης Βλάχος
Ατομική επιχείρηση «Βλάχος Ηλεκτρολογικά»""",
         "Δημήτρης Βλάχος"),
        ("withdraw_consent", (),
         "Διαγραφή από newsletter",
         """Γεια σας, παρακαλώ αφαιρέστε το email μου από τη λίστα με τις προσφορές για επαγγελματίες πελάτες. Δεν θέλω να λαμβάνω πια ούτε email ούτε SMS με προσφορές. Ο λογαριασμός του κομμωτηρίου να μείνει κανονικά ενεργός.

Ευχαριστώ,
Κατερίνα Γεωργίου""",
         "Κατερίνα Γεωργίου"),
        ("complaint", ("access",),
         "Δεύτερη υπενθύμιση – αίτημα πρόσβασης χωρίς απάντηση",
         """Κύριοι,

Στις 25 Σεπτεμβρίου σας έστειλα αίτημα να μάθω ποια στοιχεία μου κρατάτε ως ιδιοκτήτριας του επαγγελματικού λογαριασμού «Ζαχαροπλαστείο Ρόδι» και με ποιους τα έχετε μοιραστεί. Έχει περάσει πάνω από ένας μήνας και δεν έχω λάβει ούτε καν επιβεβαίωση παραλαβής.

Σας υπενθυμίζω ότι η προθεσμία είναι ένας μήνας. Επαναλαμβάνω το αίτημά μου, και αν δεν λάβω πλήρη απάντηση μέσα στην εβδομάδα, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),
        ("other", (),
         "Άνοιγμα επαγγελματικού λογαριασμού",
         """Καλημέρα σας,
Θα θέλαμε να ανοίξουμε επαγγελματικό λογαριασμό για την καφετέρια μας, ώστε να παίρνουμε τιμολόγιο και όχι απόδειξη. Τι στοιχεία χρειάζεστε; Αρκούν ΑΦΜ, ΔΟΥ και καταστατικό; Υπάρχει και κάποια έκπτωση για επαγγελματίες;

Ευχαριστώ,
Χρήστος Παπαδάκης
Café Αυλή""",
         "Χρήστος Παπαδάκης"),
        ("other", (),
         "Τιμολόγιο 4471 – εξόφληση",
         """Καλησπέρα,
Λάβαμε το τιμολόγιο 4471 για τα ράφια της αποθήκης. Μπορείτε να μου στείλετε το IBAN για την κατάθεση; Στο PDF δεν φαίνεται. Θα το εξοφλήσουμε μέχρι την Παρασκευή.

Ευχαριστώ,
Άννα Σταθοπούλου, λογιστήριο""",
         "Άννα Σταθοπούλου"),
        ("other", (),
         "Ενημέρωση στοιχείων τιμολόγησης",
         """Καλημέρα,
παρακαλούμε να ενημερώσετε τα στοιχεία τιμολόγησης στον λογαριασμό μας. Μετά τη μετατροπή της εταιρείας από Ο.Ε. σε Ι.Κ.Ε., η επωνυμία είναι πλέον «Τεχνοδομή Ι.Κ.Ε.», ΑΦΜ 801234567, ΔΟΥ Αμαρουσίου. Τα υπόλοιπα στοιχεία παραμένουν ίδια.

Με εκτίμηση,
Βασίλης Ρήγας""",
         "Βασίλης Ρήγας"),
    ],
    "bg": [
        ("access", (),
         "Искане за достъп до личните ми данни",
         """Здравейте,

От три години съм лице за контакт на „Техно Строй“ ЕООД във вашия магазин – аз правя поръчките и получавам фактурите. Бих искал да знам какви лични данни съхранявате за мен в тази връзка (име, телефон, имейл, може би и нещо друго), откъде сте ги получили, на кого сте ги предоставяли и колко време ще ги пазите.

Поздрави,
Стоян Петров""",
         "Стоян Петров"),
        ("correction", (),
         "Грешно ЕГН и стар адрес",
         """Добър ден,

Регистриран съм при вас като едноличен търговец (ЕТ „Ники – Николай Димитров“). На последната фактура видях, че ЕГН-то ми е въведено грешно – последните две цифри са разменени, – а адресът е старият, в Пловдив. Сега живея на ул. „Цар Симеон“ 112, София.

Моля да коригирате данните.

Николай Димитров""",
         "Николай Димитров"),
        ("deletion", ("withdraw_consent",),
         "Напуснал служител – премахване на данни",
         """Здравейте,

Колежката ни Десислава Иванова напусна фирмата на 15 октомври. В профила на „Зелен Парк“ ООД при вас тя все още е записана като служител с достъп, с мобилния си номер и карта за покупки на нейно име, а бюлетинът за фирмени клиенти продължава да идва на личния ѝ имейл.

Моля, изтрийте личните ѝ данни от нашия фирмен профил, анулирайте картата и спрете бюлетина към нея. Говорих с нея, тя е съгласна.

С уважение,
Радостина Колева
управител""",
         "Радостина Колева"),
        ("objection", (),
         "Рекламни оферти",
         """Здравейте,
Като търговски представител на доставчик („Балкан Опаковки“ ООД) съм във вашата база с доставчици, което е нормално. Но от септември на служебния ми имейл идват и вашите рекламни оферти за фирмени клиенти, а никога не съм се абонирал за тях.

Възразявам срещу използването на данните ми за директен маркетинг. Като контакт на доставчика могат да си останат при вас, но само за работата ни с вас.

Поздрави,
Веселин Тодоров""",
         "Веселин Тодоров"),
        ("restriction", (),
         "Моля, не изтривайте протоколите от монтажа",
         """Здравейте,

До юли работих за вас като външен монтажник. Разбрах, че след прекратяване на договора изтривате данните на външните изпълнители след три месеца. Един клиент обаче ме съди заради монтаж на кухня от май, а протоколите с подписите и снимките от обекта, на които е и моето име, са във вашата система.

Моля, запазете тези данни до приключване на делото – не ги използвайте за нищо друго, просто да не бъдат изтрити. Адвокатът ми ще ги поиска официално.

Благодаря,
Калоян Стоянов""",
         "Калоян Стоянов"),
        ("portability", (),
         "Експорт на поръчките ми",
         """Здравейте,

Имам фирмен профил като ЕТ („Мария Илиева – Ателие Илиева“). Сменям счетоводната програма и ми трябва цялата история на поръчките ми при вас – дати, артикули, суми, номера на фактури – във файл CSV или друг формат, който мога да импортирам в новата програма.

Благодаря предварително!
Мария Илиева""",
         "Мария Илиева"),
        ("complaint", ("withdraw_consent",),
         "Отново получавам бюлетина!",
         """Здравейте,

Още на 2 октомври се отписах от бюлетина за фирмени клиенти чрез линка в имейла и получих потвърждение. Оттогава съм получил още четири ваши бюлетина, последния вчера. Това е неприемливо – явно отписването при вас не работи.

Спрете да ми изпращате каквото и да е рекламно съдържание. Ако продължи, ще подам жалба до Комисията за защита на личните данни.

Иван Маринов""",
         "Иван Маринов"),
        ("other", (),
         "Запитване за 40 стола",
         """Добър ден,
Моля за оферта за 40 стола за конферентна зала – тапицирани, с метална рамка, за предпочитане в сив или черен цвят. Доставка до Варна. Бихте ли посочили и срок на доставка и дали давате отстъпка при такова количество?

Благодаря,
Гергана Христова
офис мениджър, „Морски бриз“ АД""",
         "Гергана Христова"),
        ("other", (),
         "ДДС номер за фактурите",
         """Здравейте, моля добавете към данните за фактуриране в нашия профил и ДДС номера ни: BG204567891. Регистрирахме се по ДДС от 1 ноември, така че всички фактури оттук нататък трябва да са с него.

Поздрави,
Васил Ангелов, счетоводител на „Ангелов и синове“ ООД""",
         "Васил Ангелов"),
        ("other", (),
         "Моля, изтрийте дублираната поръчка",
         """Здравейте,
Колегата по погрешка е пуснал два пъти една и съща поръчка за тонер касети – № 660412 и № 660413. Моля, изтрийте втората (660413) и не я фактурирайте. Първата остава.

Благодаря,
Милена Павлова
„Прима Принт“ ЕООД""",
         "Милена Павлова"),
    ],
}

"""Person mail for the eightieth set (pl cs hr sv ro el bg): gifts and the festive season (wish lists and gift registries, gift messages, gift recipients, spoiled surprises, the advent-calendar contest, Secret Santa, Christmas cards, gift cards, returns of gifts, engraved gifts), and mail that asks nothing of the privacy team. Written apart from the rules (see make_eightieth.py)."""

PEOPLE_GJ = {
    "pl": [
        ("access", ("objection",),
         "skąd macie mój adres?",
         """Dzień dobry,

na początku grudnia dostałam od Państwa paczkę – prezent od cioci, która mieszka w Antwerpii (zestaw do fondue, bardzo ładny, nie o to chodzi). Nie mam u Państwa konta i nigdy nic u Was nie kupowałam.

Od tamtej pory co kilka dni przychodzą do mnie e-maile ze „świątecznymi okazjami”, a w zeszłym tygodniu przyszedł jeszcze papierowy katalog, zaadresowany do mnie imiennie. Ciocia przysięga, że podała przy zamówieniu tylko mój adres do wysyłki, żadnego maila.

W związku z tym chciałabym się dowiedzieć, jakie dane na mój temat Państwo przechowują, skąd je macie (szczególnie adres e-mail) i czy przekazaliście je komuś dalej. Przy okazji proszę nie wysyłać mi więcej żadnych reklam – nigdy się na nie nie zgadzałam.

Z poważaniem
Marta Kowalczyk
Kortrijksesteenweg 112, 9000 Gent""",
         "Marta Kowalczyk"),
        ("correction", (),
         "Kartka świąteczna - błąd w nazwisku i adresie",
         """Szanowni Państwo,

dziękuję za kartkę świąteczną, którą dostałem jako posiadacz karty stałego klienta – miły gest, naprawdę. Niestety była zaadresowana do „Pana Grzegorza Sczepanczyka”, a w aplikacji widzę to samo. Moje nazwisko to Szczepańczyk (z „Szcz” na początku i z „ń”). Do tego numer domu: mieszkam pod 14A, nie 14 – kartka dotarła tylko dlatego, że listonosz nas zna.

Proszę o poprawienie nazwiska i adresu we wszystkich Państwa systemach, żeby ewentualne przesyłki i faktury trafiały tam, gdzie trzeba.

Numer karty: 2290 4471 0386

Pozdrawiam serdecznie i wesołych świąt
Grzegorz Szczepańczyk
Rue des Alliés 14A, 1190 Forest""",
         "Grzegorz Szczepańczyk"),
        ("deletion", (),
         "Lista prezentów ślubnych – prośba o usunięcie",
         """Dzień dobry,

we wrześniu wzięliśmy ślub i korzystaliśmy z Waszej listy prezentów (lista „Ola i Bartek – 13.09”). Wszystko zadziałało bez zarzutu, goście kupili prawie wszystko, za co dziękujemy.

Teraz chcielibyśmy, żeby ta lista zniknęła całkowicie – razem z naszym zdjęciem, datą ślubu, adresem dostawy i listą gości, którą zaimportowałam z arkusza Excela, żeby wysłać im link. Konto, na którym była założona lista (ola.wrona@poczta.example), też proszę usunąć w całości. Na co dzień używamy z mężem innego konta, to może zostać.

Dziękuję i pozdrawiam
Aleksandra Wrona-Pietrzak""",
         "Aleksandra Wrona-Pietrzak"),
        ("portability", (),
         "eksport list życzeń",
         """Hej,

mam u Was cztery listy życzeń (urodziny, święta, nowe mieszkanie i „dla dzieci”) – razem jakieś 140 pozycji z linkami, cenami i moimi notatkami. Przenoszę się do aplikacji, w której cała rodzina prowadzi listy, i ona umie zaimportować plik CSV albo JSON.

Możecie mi wysłać wszystkie moje listy w takim pliku? W koncie jest tylko opcja „drukuj”, a przepisywanie 140 pozycji ręcznie odpada.

Konto: kuba.lis@poczta.example

Dzięki!
Kuba Lis""",
         "Kuba Lis"),
        ("restriction", (),
         "Konkurs „Kalendarz adwentowy” – dyskwalifikacja, proszę o zablokowanie danych",
         """Szanowni Państwo,

od 1 grudnia codziennie brałem udział w konkursie „Kalendarz adwentowy” w Państwa aplikacji. 18 grudnia dostałem wiadomość, że zostałem zdyskwalifikowany za „korzystanie z wielu kont”, a nagroda z 15 grudnia (bon 100 EUR) została mi odebrana.

Nie korzystałem z wielu kont. Z tej samej sieci Wi-Fi gra moja żona, na swoim własnym koncie, co chyba nie jest zabronione. Złożyłem reklamację przez formularz konkursowy (nr zgłoszenia ADV-25-3318) i jeśli nie zostanie uwzględniona, zamierzam sprawę przekazać prawnikowi.

Do czasu rozstrzygnięcia sprawy proszę, na podstawie art. 18 RODO, o ograniczenie przetwarzania moich danych związanych z konkursem: nie usuwajcie moich zgłoszeń, logów z adresami IP ani korespondencji, bo będą potrzebne jako dowód, ale też nie wykorzystujcie ich do niczego innego, w szczególności do dalszych „weryfikacji” czy do marketingu. Proszę o potwierdzenie na piśmie.

Z poważaniem
Dariusz Mazur
Adres do korespondencji: Avenue de Tervueren 201, 1150 Woluwe-Saint-Pierre
tel. +32 485 31 07 62""",
         "Dariusz Mazur"),
        ("objection", (),
         "nie jestem w ciąży",
         """Dzień dobry,

w listopadzie kupiłam u Was trzy prezenty na baby shower koleżanki z pracy: body, kocyk i karuzelę do łóżeczka. I od tej pory Wasza aplikacja pokazuje mi głównie pieluchy, wózki i „propozycje dla przyszłej mamy”, a w mailach dostaję „Twoje dziecko w 7. miesiącu”. Mam 52 lata i dwóch dorosłych synów.

To było śmieszne przez tydzień, teraz jest już po prostu irytujące. Nie chcę, żebyście na podstawie tego, co kupuję (zwłaszcza na prezenty), układali mi jakiś profil i dobierali pod niego reklamy. Proszę to u mnie wyłączyć.

Pozdrawiam
Bożena Adamczyk""",
         "Bożena Adamczyk"),
        ("withdraw_consent", (),
         "wypisz mnie",
         """dzien dobry, zapisalam sie na newsletter tylko po to zeby grac w kalendarz adwentowy w aplikacji. konkurs sie skonczyl wiec prosze mnie wypisac z newslettera i z smsow z ofertami. adres ewa.gajewska@skrzynka.example

dziekuje
Ewa G.

Wysłane z iPhone'a""",
         "Ewa Gajewska"),
        ("complaint", ("deletion",),
         "Zepsuta niespodzianka - SMS z numerem śledzenia poszedł do męża",
         """Dzień dobry,

piszę, bo jestem naprawdę zła. 20 grudnia zamówiłam w Waszym sklepie internetowym zegarek dla męża na jego 40. urodziny (27.12). Zamówienie z MOJEGO konta, zapłacone MOJĄ kartą, dostawa do punktu odbioru, żeby się nie zorientował.

Następnego dnia mąż dostaje SMS: „Twoja paczka z zamówienia 5520-88134 (Tissot PRX, 1 szt.) jest w drodze, śledź ją tutaj”. Okazuje się, że jego numer telefonu jest zapisany w moim koncie, bo dwa lata temu raz odbierał za mnie paczkę i wpisałam go jako kontakt do tamtej jednej dostawy. Nikt mnie nigdy nie zapytał, czy ten numer ma być używany do wszystkich kolejnych zamówień, a tym bardziej czy ma dostawać informację, CO zamówiłam.

Niespodzianka zepsuta, prezent, na który odkładałam pół roku, już nie jest żadnym prezentem. Uważam, że tak nie powinno się obchodzić z danymi klientów – treść zamówienia to moja sprawa, a nie kogoś, kto kiedyś odebrał jedną paczkę. Jeśli nie dostanę sensownej odpowiedzi, złożę skargę do belgijskiego urzędu ochrony danych.

I proszę natychmiast usunąć numer męża (+32 472 18 40 95) z mojego konta.

Joanna Kubiak
Leuven""",
         "Joanna Kubiak"),
        ("other", (),
         "Zamówienie 200 koszy świątecznych dla pracowników",
         """Dzień dobry,

jesteśmy firmą logistyczną z Antwerpii, zatrudniamy ok. 200 osób, w tym sporo Polaków. W tym roku chcielibyśmy zamówić dla wszystkich pracowników kosze świąteczne (wersja ok. 40-50 EUR netto za kosz, najlepiej z jedną wersją bezalkoholową dla części zespołu).

Mam kilka pytań:
- czy macie ofertę dla firm na takie ilości i jaki byłby rabat?
- czy możliwa jest dostawa wszystkiego na jeden adres (nasz magazyn w Zwijndrecht) do 15 grudnia?
- czy do każdego kosza można dołączyć kartkę z życzeniami od zarządu?
- faktura VAT na firmę: TransKrak Logistics BV, BE 0734.551.208.

Będę wdzięczny za ofertę lub kontakt do działu sprzedaży dla firm, jeśli to nie jest właściwy adres.

Z pozdrowieniami
Piotr Zieliński
Office Manager
TransKrak Logistics BV
Haven 1207, Scheldelaan 410, 2040 Antwerpen
tel. +32 3 218 44 90""",
         "Piotr Zieliński"),
        ("other", (),
         "Wigilia",
         """Dzień dobry, czy sklep w Liège (Médiacité) będzie otwarty 24 grudnia i do której? I czy 31.12 też krócej? Mam do odebrania zamówienie click & collect i nie chcę pocałować klamki.

Pozdrawiam
Tomasz Wójcik""",
         "Tomasz Wójcik"),
    ],
    "cs": [
        ("access", (),
         "Tajný Santa v práci – kdo vidí moje údaje?",
         """Dobrý den,

naše firma letos pořádala Tajného Santu přes váš nástroj „Secret Santa by Shop Example“, který podle podmínek provozujete společně s firmou DrawJoy. Při registraci jsem musela vyplnit jméno, e-mail, domácí adresu (aby mi dárek mohl přijít poštou), velikost oblečení a seznam přání.

Včera mi kolegyně z jiného oddělení řekla, že viděla celý můj seznam přání i s poznámkou, kterou jsem psala jen pro „svého“ Santu. A podle všeho vidí organizátorka (naše personalistka) i adresy všech účastníků.

Chtěla bych proto vědět:
- jaké údaje o mně v tom nástroji máte vy a jaké má DrawJoy,
- kdo k nim měl a má přístup (organizátor? ostatní účastníci? vaše marketingové oddělení?),
- jak dlouho je budete uchovávat.

Děkuji za odpověď.

S pozdravem
Lucie Horáková""",
         "Lucie Horáková"),
        ("correction", (),
         "Stará e-mailová adresa v účtu - dárkové poukazy chodí jinam",
         """Dobrý den,

v mém zákaznickém účtu je pořád uvedena moje stará pracovní adresa jiri.prochazka@logitrans.example. Z té firmy jsem odešel v říjnu a adresa je zrušená. Všiml jsem si toho teprve teď, když jsem koupil dva elektronické dárkové poukazy (2 x 50 EUR) pro synovce a kopie s kódy i faktura mi vůbec nepřišly – nejspíš skončily v nějakém koši bývalého zaměstnavatele.

Prosím opravte e-mail v účtu na jiri.prochazka@seznam.example. A když už jsme u toho, moje jméno je tam napsané bez diakritiky (Jiri Prochazka), mělo by být Jiří Procházka.

Číslo objednávky s poukazy: 5519-20761.

Děkuji
Jiří Procházka
+32 476 55 01 38""",
         "Jiří Procházka"),
        ("deletion", (),
         "Vánoční přání pro mého zesnulého otce",
         """Dobrý den,

minulý týden přišlo na adresu mých rodičů v Uccle vánoční přání od vaší firmy, adresované mému otci, Ing. Karlu Benešovi, s textem „Děkujeme, že jste s námi už 15 let!“. Otec zemřel letos v březnu. Maminka přání otevřela sama a dost ji to vzalo.

Nevyčítám vám to, nemohli jste to vědět. Ale prosím, zrušte otcův zákaznický účet i věrnostní kartu (č. 2290 1187 5520) a smažte jeho údaje, ať už na jeho jméno nic nechodí. Pokud potřebujete úmrtní list, pošlu ho.

Děkuji za pochopení.

Petra Benešová (dcera)
Avenue Brugmann 389, 1180 Uccle""",
         "Petra Benešová"),
        ("portability", (),
         "Seznam dárků k narození – export",
         """Dobrý den,

v srpnu se nám narodil syn a přes váš web jsme měli seznam dárků k narození („Miminko Dvořákovi“). Chtěla bych si celý seznam stáhnout jako soubor – položky, co bylo koupeno a kdy, a vzkazy, které lidé k dárkům napsali – ideálně Excel nebo CSV. Chci to nahrát do aplikace na děkovné kartičky a mít to uložené i pro sebe.

V účtu jde jen vytisknout PDF, a to se nikam importovat nedá.

Děkuji a hezký den
Kateřina Dvořáková
k.dvorakova@email.example""",
         "Kateřina Dvořáková"),
        ("restriction", (),
         "Zneužitá dárková karta - prosím údaje zablokovat, ne mazat",
         """Dobrý den,

10. prosince jsem ve vaší prodejně v Lovani koupil dárkovou kartu v hodnotě 150 EUR pro švagrovou a nechal ji poslat elektronicky na její e-mail. Když ji chtěla 28. 12. použít, byla už vyčerpaná – někdo ji uplatnil ve vašem e-shopu 22. 12. Švagrová tvrdí, že e-mail nikomu nepřeposílala.

Podal jsem trestní oznámení na policii v Lovani (PV LE.55.L1.004417/2025). Vaše zákaznická linka mi řekla, že záznamy se po určité době mažou. Proto vás žádám: záznamy k té kartě (komu a kam byla odeslána, kdy, odkud a na jaký účet byla uplatněna) a moje údaje z nákupu prosím nemažte, policie je bude potřebovat. Zároveň je ale do vyřešení věci nepoužívejte k ničemu jinému a nikomu kromě policie je nepředávejte.

Účtenka z prodejny: 0412-07-20251210-1184

S pozdravem
Martin Kučera""",
         "Martin Kučera"),
        ("objection", ("access",),
         "Nejsem váš zákazník",
         """Dobrý den,

kamarád mi k narozeninám v listopadu poslal přes váš e-shop dárek. Fajn. Jenže od té doby mi domů chodí vaše reklamní letáky a do e-mailu „vánoční tipy pro vás“.

Nejsem váš zákazník, žádný účet u vás nemám a nic jsem nepodepisoval. Nesouhlasím s tím, abyste moji adresu a e-mail používali k reklamě, tak s tím prosím přestaňte.

A ještě by mě zajímalo, odkud vůbec máte můj e-mail. Kamarád tvrdí, že zadal jen poštovní adresu.

Tomáš Novotný
Rue Royale 77, 1000 Bruxelles""",
         "Tomáš Novotný"),
        ("withdraw_consent", (),
         "SMS",
         """Dobrý den,

prosím odhlaste mě z odběru SMS s nabídkami. Souhlas jsem dala kdysi při registraci věrnostní karty, ale teď před Vánoci mi chodí skoro každý den a to už je opravdu moc. E-maily mi nevadí, jen ty SMS.

Tel.: +32 470 92 16 33

Děkuji
K. Marešová""",
         "Klára Marešová"),
        ("complaint", ("deletion",),
         "Můj seznam přání byl veřejně na Googlu!!",
         """Dobrý den,

dnes jsem zadala své jméno do Googlu (kvůli práci, hledala jsem svůj profil na LinkedIn) a třetí výsledek byl můj vánoční seznam přání u vás. Veřejně. S mým celým jménem, fotkou, městem a položkami, které tam rozhodně nechci mít vystavené pro budoucí zaměstnavatele (nebudu rozvádět).

Když jsem seznam zakládala, nikde nebylo napsáno, že bude veřejný. Nastavení „sdílet odkazem“ jsem chápala tak, že ho uvidí jen ten, komu pošlu odkaz, ne celý internet. Pokud je výchozí nastavení „veřejné a indexované vyhledávači“, je to podle mě v rozporu s GDPR – ochrana osobních údajů má být nastavená standardně, ne až když si toho člověk všimne sám.

Tímto si stěžuji. Seznam a všechno, co k němu patří, okamžitě smažte a zařiďte, aby zmizel i z Googlu. Zvažuji podání stížnosti u belgického úřadu pro ochranu osobních údajů, případně u ÚOOÚ.

Ing. Veronika Šťastná
v.stastna@email.example""",
         "Veronika Šťastná"),
        ("other", (),
         "Dárek dorazil až 27.12.",
         """Dobrý den,

objednávka č. 5520-41907, objednaná 19. 12., doprava EXPRES za 9,95 EUR s „garancí doručení do Štědrého dne“. Dorazila 27. 12. Dárek pro tchyni jsme tedy předávali bez dárku, jen s fotkou z mobilu.

Zboží samotné je v pořádku a vracet ho nechci, ale prosím o vrácení poplatku za expresní dopravu, protože služba, za kterou jsem platil, nebyla poskytnuta.

Děkuji
Ondřej Pokorný""",
         "Ondřej Pokorný"),
        ("other", (),
         "balení dárků",
         """dobry den, nabizite baleni darku i pri objednavce pres e-shop? A slo by, aby kazda vec byla zabalena zvlast a v baliku nebyla uctenka s cenou? Posilam to rovnou babicce do Namuru. Diky, Hanka Krejci""",
         "Hana Krejčí"),
    ],
    "hr": [
        ("access", (),
         "Popis dobitnika adventskog kalendara",
         """Poštovani,

sudjelovala sam u vašoj nagradnoj igri „Adventski kalendar“ u aplikaciji i 9. prosinca osvojila poklon-bon od 50 €. Hvala, lijepo iznenađenje.

Međutim, na vašoj Facebook i Instagram stranici objavljen je popis dobitnika s mojim punim imenom i prezimenom i mjestom stanovanja (Ninove). U pravilima igre piše da se objavljuje samo „ime i početno slovo prezimena“. Osim toga, dan nakon dobitka javila mi se tvrtka koja je sponzorirala nagrade i znala je moj broj mobitela.

Molim vas da mi javite koje sve podatke o meni imate iz te nagradne igre, gdje ste ih sve objavili i kome ste ih proslijedili.

Lijep pozdrav,
Ivana Babić
Ninove""",
         "Ivana Babić"),
        ("correction", (),
         "rođendanski bon stiže u krivo vrijeme",
         """Bok,

već treću godinu zaredom mi vaš rođendanski bon stiže 3. studenog, a rođena sam 11. ožujka. Pretpostavljam da je netko na blagajni upisao datum naopako (11/03 umjesto 03/11). Ove godine je bon istekao prije nego što sam shvatila da je „za rođendan“.

Molim vas da mi ispravite datum rođenja u profilu: 11. 3. 1987.

Kartica vjernosti: 2290 6603 1174

Hvala!
Maja Kovačević""",
         "Maja Kovačević"),
        ("deletion", (),
         "Moja adresa u tuđem korisničkom računu",
         """Dobar dan,

moj bivši partner je prošle godine preko vašeg webshopa naručivao poklone za mene i spremio moju adresu i broj telefona u adresar svog korisničkog računa. Rastali smo se u veljači. Ovaj tjedan mi je na kućnu adresu opet stigao paket od njega, „božićni poklon“, i to s vašom obavijesti o dostavi na moj mobitel.

Ne želim da on preko vas ima pristup mojoj adresi ni da mi šalje pakete. Molim vas da moje ime, adresu (Kerkstraat 18, 9200 Dendermonde) i broj telefona (+32 488 61 20 47) izbrišete iz njegovog adresara i iz vaših sustava, osim onoga što po zakonu morate čuvati za račune.

Razumijem da mu ne možete zabraniti da naruči nešto, ali barem neka moji podaci ne stoje spremljeni kod vas u njegovom računu. Molim vas da mu ne javljate da sam se ja obratila.

Hvala unaprijed,
Petra Marić""",
         "Petra Marić"),
        ("portability", (),
         "Izvoz podataka - Tajni Djed Božićnjak",
         """Pozdrav,

već tri godine organiziram Tajnog Djeda Božićnjaka za našu obitelj (22 osobe, pola u Belgiji, pola u Hrvatskoj) preko vašeg alata. Od iduće godine prelazimo na drugu aplikaciju jer nam je jednostavnija za bake i djedove.

Možete li mi poslati moje podatke iz alata – grupu, članove koje sam ja upisao, liste želja i rezultate izvlačenja iz prošlih godina (da ne ispadne opet isti par) – u nekoj datoteci koju druga aplikacija može učitati, CSV ili JSON?

Korisnički račun: tomislav.juric@posta.example

Hvala i sretni blagdani!
Tomislav Jurić""",
         "Tomislav Jurić"),
        ("restriction", (),
         "Povrat poklona – molim da se podaci ne brišu, ali ni ne koriste",
         """Poštovani,

za Božić sam od tete dobila zimsku jaknu naručenu u vašem webshopu, ali veličina nije odgovarala. Nemam kod vas račun, a vaš portal za povrat me natjerao da ga otvorim jer drugačije nije išlo. Jaknu sam vratila 29. prosinca preko DHL-a (imam potvrdu o predaji, broj pošiljke JD0146 2278 1193).

Sad mi vaša služba za kupce piše da povrat „nije zaprimljen“, a novac teti nije vraćen. Predala sam prigovor i, ako se ne riješi, obratit ću se europskom potrošačkom centru.

Dok se to ne riješi, molim vas: nemojte brisati moj račun ni podatke o povratu, jer su mi potrebni kao dokaz. Ali ih i ne koristite ni za što drugo – nikakav newsletter, nikakve ponude, nikakvo profiliranje. Kad sve bude gotovo, račun se slobodno može ukinuti.

Broj povrata: RET-25-88412

S poštovanjem,
Ana Šimić""",
         "Ana Šimić"),
        ("objection", ("withdraw_consent",),
         "Preporuke",
         """Kupio sam supruzi za Božić parfem i torbicu i od tada mi aplikacija i mailovi nude isključivo ženske stvari, „za nju“, „trendovi za žene“ itd. Nije problem u tome što su ženske stvari, nego što me ne zanima da pratite svaku moju kupnju i na temelju toga slažete moj profil. Molim vas da to isključite.

I odjavite me s newslettera, dosta mi je.

Zoran Perić""",
         "Zoran Perić"),
        ("withdraw_consent", (),
         "katalog",
         """postovani,
molim vas da mi vise ne saljete bozicni katalog ni druge reklame postom. prije nekoliko godina sam na blagajni potpisala da zelim primati, sad vise ne zelim. Adresa: Ruzica Vukovic, Rue de la Station 4, 6000 Charleroi.
hvala
Ružica""",
         "Ružica Vuković"),
        ("complaint", ("access",),
         "Poruka uz poklon otisnuta na dostavnici",
         """Poštovani,

13. prosinca sam naručio poklon za svoju djevojku (narudžba 5520-27718) i u polje „poruka uz poklon“ napisao nekoliko osobnih rečenica. Pretpostavio sam da će poruka biti na kartici unutar paketa.

Umjesto toga, poruka je bila otisnuta na dostavnici, a dostavnica je bila izvana zalijepljena na kutiju u prozirnoj vrećici. Paket je stigao na adresu njezinih roditelja, gdje ga je preuzeo njezin otac. Zajedno s porukom na dostavnici je pisala i cijena i moj broj telefona. Ne moram vam objašnjavati kako je to bilo neugodno.

Ovo smatram ozbiljnim propustom u postupanju s osobnim podacima i molim da se to ispravi za ubuduće. Također želim znati tko sve kod vas i kod vaših dostavnih partnera vidi tekst tih poruka i koliko ih dugo čuvate.

Marko Horvat
Chaussée de Wavre 512, 1040 Etterbeek
+32 479 30 88 12""",
         "Marko Horvat"),
        ("other", (),
         "Zamjena bez računa?",
         """Dobar dan,

za Božić sam dobila aparat za kavu (DeLonghi, crni), ali već imamo jedan. Paket je poslan iz vašeg webshopa, ali računa u paketu nema jer je bio poklon. Mogu li ga zamijeniti za nešto drugo u vašoj trgovini u Gentu bez računa? Kutija je neotvorena.

Hvala,
Sanja Knežević""",
         "Sanja Knežević"),
        ("other", (),
         "Re: Vaša narudžba 5520-31164 je poslana",
         """Dobar dan,

je li moguće vratiti graviranu narukvicu? Ime je ispravno ugravirano i lijepo izgleda, ali veličina je premala, ne može se zakopčati. Ako se ne može vratiti, može li se barem zamijeniti za veću s istim natpisom?

Lp, Dino Radić

-----Izvorna poruka-----
Od: Shop Example <noreply@shop.example.be>
Poslano: 18. prosinca 2025. 14:02
Za: dino.radic@gmail.com
Predmet: Vaša narudžba 5520-31164 je poslana

Pozdrav Dino,
tvoja narudžba je na putu!
1 x Narukvica od nehrđajućeg čelika s gravurom („Lea 14.02.“) – 39,95 €
Personalizirani proizvodi ne mogu se vratiti, osim u slučaju greške.""",
         "Dino Radić"),
    ],
    "sv": [
        ("access", ("correction",),
         "Vilka kontaktuppgifter har ni på mig?",
         """Hej!

Jag beställde en julklapp till min man i er webbutik (en espressomaskin, order 5520-60233) och orderbekräftelsen hamnade i vår gemensamma familjemejl, som han läser varje morgon. Så den överraskningen var förstörd. Jag trodde att jag hade bytt till min egen adress för länge sedan, men uppenbarligen inte överallt.

Kan ni berätta vilka e-postadresser och telefonnummer ni har registrerade på mig, och vart ni skickar vad (orderbekräftelser, spårnings-sms, nyhetsbrev, kvitton)?

Och ändra gärna så att allt går till min egen adress, karin.holmqvist@telia.example, och bara till den.

Tack på förhand och god fortsättning!
Karin Holmqvist""",
         "Karin Holmqvist"),
        ("correction", (),
         "Mitt namn på julkortet",
         """Hej,

tack för julkortet! Det var adresserat till ”Kära Ã…sa Ã–berg”, vilket fick hela familjen att skratta, men det är nog inte meningen. Jag ser att namnet ser likadant ut på mitt konto i appen och på kvittona.

Kan ni rätta till det så att det står Åsa Öberg, med riktiga å och ö?

Vänliga hälsningar
Åsa Öberg
Sint-Annaplein 9, 2000 Antwerpen""",
         "Åsa Öberg"),
        ("deletion", (),
         "radera",
         """hej. vill att ni raderar min önskelista och hela mitt konto, jag använder det inte längre. mejladressen är jonas.berg88@gmail.com

mvh Jonas""",
         "Jonas Berg"),
        ("portability", (),
         "Flytta vår bröllopslista",
         """Hej,

vi har en bröllopslista hos er inför vårt bröllop den 6 juni 2026 (”Elin & Oskar”). Vi har märkt att många av våra gäster bor i Sverige och har svårt att beställa från en belgisk butik, så vi vill flytta listan till en svensk tjänst som kan importera listor.

Kan ni skicka oss hela listan som fil (CSV eller Excel): alla önskningar med antal och pris, vad som redan är köpt och de hälsningar som gästerna skrivit? Den svenska tjänsten tar emot CSV.

Konto: elin.sandberg@outlook.example

Tack!
Elin Sandberg""",
         "Elin Sandberg"),
        ("restriction", (),
         "Min avlidna mammas kundkonto",
         """Hej,

min mamma, Birgitta Lind, gick bort i november. Hon handlade mycket hos er och hade ert kundkort. I december kom ett julkort från er till henne, och nu kommer erbjudanden i hennes mejl som jag har tillgång till.

Vi håller på med bouppteckningen och behöver kunna gå igenom hennes köp under de senaste månaderna, bland annat ett par presentkort som hon köpte till barnbarnen och som kanske inte har lösts in. Radera därför inte kontot ännu. Men sluta skicka utskick till henne och använd inte hennes uppgifter till något annat tills bouppteckningen är klar, så hör jag av mig igen.

Jag kan skicka dödsfallsintyg och släktutredning om ni behöver det.

Med vänlig hälsning
Anders Lind
dödsbodelägare
+46 70 318 22 57""",
         "Anders Lind"),
        ("objection", (),
         "Reklam efter en julklapp",
         """Hej,

min svärmor skickade en julklapp till oss via er webbutik i december. Sedan dess får jag reklam från er, både mejl och en broschyr i brevlådan med mitt namn på. Jag har inget konto hos er och har aldrig handlat hos er själv.

Jag motsätter mig att ni använder mitt namn, min adress och min mejladress för marknadsföring. Sluta med utskicken, tack.

Per Lundgren
Rue du Trône 140, 1050 Ixelles""",
         "Per Lundgren"),
        ("withdraw_consent", (),
         "Återkallelse av samtycke",
         """Hej,

I december deltog jag i er adventskalendertävling i appen och kryssade då i rutan för att ta emot nyhetsbrev och personliga erbjudanden via e-post och sms. Jag återkallar härmed det samtycket med omedelbar verkan.

Mitt konto är registrerat på sofia.nystrom@bredband.example, mobil +32 491 27 66 04.

Med vänliga hälsningar
Sofia Nyström""",
         "Sofia Nyström"),
        ("complaint", ("deletion",),
         "Vår babylista gick att hitta för vem som helst",
         """Hej,

i oktober skapade vi en babylista hos er. Vi valde inställningen ”bara för inbjudna” – trodde vi. Förra veckan ringde min mamma och sa att hon hittat listan genom att söka på vårt efternamn på er webbplats, utan någon inbjudan. På listan står vårt fullständiga namn, beräknat födelsedatum, att det är en flicka, och leveransadressen. Alltså vår hemadress.

Vi testade själva: listan syns i sökfunktionen för alla som skriver in ”Ekström”. Det är inte acceptabelt. Vi har ett hotfullt ex i bilden och det här är precis den sortens uppgifter vi har försökt hålla borta från internet.

Jag vill härmed klaga på hur ni hanterat våra personuppgifter. Ta bort listan och allt som hör till den omedelbart. Jag förbehåller mig rätten att anmäla detta till den belgiska dataskyddsmyndigheten (och vid behov till IMY).

Linnea Ekström""",
         "Linnea Ekström"),
        ("other", (),
         "Fråga innan jag köper presentkort",
         """Hej!

Jag funderar på att köpa ett digitalt presentkort till min systerson som fyller 15 i januari. Om han skulle vilja att ni raderar hans uppgifter efteråt, kan han be om det själv eller måste det gå via mig som köpare? Jag undrar bara hur det fungerar, det är inget jag vill göra nu.

Hälsningar
Eva Sjöberg""",
         "Eva Sjöberg"),
        ("other", (),
         "presentkort gått ut",
         """Hej! Jag fick ett presentkort från er i julklapp förra året (100 euro) och nu ser jag att det gick ut 1 december. Jag har inte använt något av det. Går det att förlänga eller få ett nytt? Kortnummer 6371 0045 8812 2209.

Tack, Mikael Holm""",
         "Mikael Holm"),
    ],
    "ro": [
        ("access", (),
         "Ce date a colectat calendarul de Advent din aplicație?",
         """Bună ziua,

în decembrie am jucat zilnic calendarul de Advent din aplicația dumneavoastră. Am observat că la unele zile aplicația îmi cerea acces la locație și îmi spunea că „ușița zilei” se deschide doar dacă sunt lângă un magazin Shop Example. Am acceptat, fără să mă gândesc prea mult.

Acum aș vrea să știu exact ce date ați colectat despre mine prin acest joc: locațiile și orele, ce am „deschis” și ce am câștigat, dacă ați legat totul de cardul meu de fidelitate, și dacă le-ați transmis cuiva (sponsori, agenții de publicitate etc.).

Cont: andreea.popescu@yahoo.example

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("correction", (),
         "Numele greșit pe lista de nuntă",
         """Bună ziua,

am creat la dumneavoastră o listă de nuntă pentru 23 mai. În contul meu și pe lista publică numele soțului apare „Mihai Dumitrescu”, dar corect este Mihail Dumitrașcu. Câțiva invitați ne-au spus că nu găsesc lista când caută după numele nostru.

Vă rog să corectați numele în cont și pe listă. Numele meu (Ioana Dumitrașcu, fostă Ene) este scris corect.

Mulțumim frumos,
Ioana Dumitrașcu""",
         "Ioana Dumitrașcu"),
        ("deletion", (),
         "Ștergere date Secret Santa",
         """Bună ziua,

am participat la Secret Santa de la birou, organizat prin instrumentul dumneavoastră „Secret Santa”. Schimbul de cadouri a avut loc pe 19 decembrie și totul s-a încheiat.

Vă rog să ștergeți toate datele mele din acest instrument: adresa de acasă, numărul de telefon, lista de dorințe, mărimea la haine și rezultatul tragerii la sorți. Nu mai am nevoie de ele și nu vreau să rămână undeva stocate până la anul.

E-mailul cu care m-am înscris: radu.ionescu@firma-ro.example

Cu stimă,
Radu Ionescu""",
         "Radu Ionescu"),
        ("portability", (),
         "Export comenzi cadou + agenda de adrese",
         """Bună ziua,

în ultimii trei ani am comandat de la dumneavoastră o grămadă de cadouri pentru familie și prieteni, trimise direct la ei acasă, iar adresele lor sunt salvate în agenda contului meu (cam 35 de adrese).

Aș vrea să primesc toate comenzile mele de cadouri, împreună cu adresele din agendă, într-un fișier Excel sau CSV, ca să le pot importa într-o aplicație de organizat cadouri și felicitări. Nu vreau să închid contul, doar să am datele la mine într-un format utilizabil.

Mulțumesc,
Cristina Marinescu
cristina.marinescu@gmail.com""",
         "Cristina Marinescu"),
        ("restriction", (),
         "Comanda gravată cu fotografie – contestație în curs",
         """Stimată doamnă, stimate domn,

pe 2 decembrie am comandat o tăbliță din lemn gravată cu fotografia copiilor mei și textul „Pentru bunica, de Crăciun” (comanda 5520-18842). Gravura a ieșit neclară, fețele copiilor abia se văd. Am făcut reclamație, mi s-a răspuns că „așa arată gravura pe lemn”, nu sunt de acord și am depus o plângere la Centrul European al Consumatorilor.

Până se rezolvă plângerea, vă rog să nu ștergeți fotografia încărcată, textul și corespondența legată de comandă, pentru că am nevoie de ele ca probă. În același timp, vă rog să nu le folosiți în niciun alt scop – am văzut că partenerul vostru de gravură publică „exemple de lucrări” pe Instagram și nu vreau ca fotografia copiilor mei să ajungă acolo.

Vă rog să îmi confirmați în scris.

Cu stimă,
Elena Munteanu
Rue Vanderkindere 88, 1180 Uccle
Tel. +32 484 22 19 70""",
         "Elena Munteanu"),
        ("objection", ("deletion",),
         "Datele câștigătorilor date partenerilor?",
         """Bună ziua,

am câștigat la calendarul de Advent din 12 decembrie un set de cosmetice oferit de partenerul vostru BeautyLab. Frumos, mulțumesc. Dar de atunci BeautyLab îmi trimite aproape zilnic reclame pe e-mail și SMS, deși eu nu m-am înscris niciodată la ei.

Nu sunt de acord să transmiteți datele mele partenerilor pentru ca ei să-mi facă reclamă. Vă rog să nu mai faceți asta. Și scoateți-mi numele de pe lista câștigătorilor de pe site, unde apare cu nume complet și oraș.

Gabriela Stan""",
         "Gabriela Stan"),
        ("withdraw_consent", (),
         "sms",
         """buna ziua nu mai vreau sms-uri cu oferte de craciun si reduceri, va rog scoateti-ma de pe lista. nr 0485 77 31 20. multumesc

Sent from my Galaxy""",
         "Florin Dobre"),
        ("complaint", ("access",),
         "Lista de nuntă trimisă la toată agenda mea!",
         """Bună ziua,

sunt furioasă. Pe 6 ianuarie am folosit butonul „Partajează lista cu prietenii” de pe lista noastră de nuntă. Aplicația mi-a cerut acces la contactele Gmail „ca să vă fie mai ușor să alegeți”. Am bifat vreo 40 de invitați. A doua zi am aflat că invitația cu lista a plecat către TOATE contactele mele, peste 600 de adrese: foști colegi, fostul meu soț, fostul șef, clienți de la serviciu, medicul meu.

Niciodată nu am fost de acord ca lista să fie trimisă la toată lumea. Consider că ați prelucrat contactele mele fără temei și fără să mă întrebați, iar consecințele sunt foarte neplăcute (am primit deja mesaje pe care nu le doream).

Depun prin prezenta o reclamație formală. Vreau să știu exact cui a fost trimisă lista (lista completă a adreselor), ce ați păstrat din agenda mea de contacte și dacă datele au ajuns și la altcineva decât la destinatari. Dacă nu primesc un răspuns serios, mă adresez Autorității belgiene pentru protecția datelor.

Roxana Georgescu
roxana.georgescu@gmail.com
+32 489 10 44 71""",
         "Roxana Georgescu"),
        ("other", (),
         "livrare in Romania de Craciun?",
         """Buna ziua, livrati si in Romania? Vreau sa trimit un cadou parintilor la Cluj. Pana cand trebuie sa comand ca sa ajunga inainte de 24 decembrie si cat costa transportul?

Multumesc,
Sorin Vasile""",
         "Sorin Vasile"),
        ("other", (),
         "Propunere de colaborare – cutii cadou personalizate",
         """Bună ziua,

vă scriu din partea WoodCraft Design SRL, un atelier din Brașov specializat în cutii cadou din lemn gravate cu laser și obiecte personalizate (tocătoare, rame, ornamente de brad cu nume). Lucrăm deja cu câteva lanțuri de magazine din Austria și Germania.

Am văzut că oferiți produse gravate în magazinul online și ne-am gândi că am putea fi un furnizor potrivit pentru sezonul de sărbători 2026: producție de până la 5.000 de bucăți pe lună, termen de livrare în Belgia 5-7 zile.

Vă pot trimite catalogul și prețurile. Dacă nu sunteți persoana potrivită, vă rog să îmi indicați cui să mă adresez (achiziții / category management).

Cu stimă,
Bogdan Niculescu
Sales Manager Export
WoodCraft Design SRL
Str. Lungă 214, 500051 Brașov, România
+40 745 218 330""",
         "Bogdan Niculescu"),
    ],
    "el": [
        ("access", (),
         "Ποιος είδε τη λίστα επιθυμιών μου;",
         """Καλησπέρα σας,

πριν από τα γενέθλιά μου (15 Δεκεμβρίου) έφτιαξα μια λίστα επιθυμιών στο site σας και έστειλα το link μόνο στην αδελφή μου και σε δύο φίλες. Σήμερα στο γραφείο μια συνάδελφος μου είπε χαμογελώντας ότι «είδε τι θέλω για τα γενέθλια». Της είχε εμφανιστεί στην εφαρμογή σας, στις «Προτάσεις από φίλους», προφανώς επειδή έχει το κινητό μου στις επαφές της.

Θα ήθελα να μάθω:
- σε ποιους χρήστες έχει εμφανιστεί ή ποιοι έχουν ανοίξει τη λίστα μου,
- αν χρησιμοποιείτε τις επαφές άλλων χρηστών για να με «βρίσκουν» και τι στοιχεία μου έχετε από εκεί,
- και γενικά ποια προσωπικά δεδομένα μου τηρείτε και για ποιο σκοπό.

Ευχαριστώ εκ των προτέρων,
Δήμητρα Αλεξίου""",
         "Δήμητρα Αλεξίου"),
        ("correction", (),
         "Λάθος όνομα και προσφώνηση",
         """Καλημέρα σας,

στη χριστουγεννιάτικη κάρτα που μου στείλατε έγραφε «Cher Monsieur Papadopoulos», και το ίδιο βλέπω και στον λογαριασμό μου στην εφαρμογή. Είμαι γυναίκα και το επώνυμό μου, όπως γράφει και η ταυτότητά μου, είναι Papadopoulou.

Παρακαλώ διορθώστε την προσφώνηση (Madame) και το επώνυμο σε όλα τα στοιχεία μου.

Αριθμός κάρτας πελάτη: 2290 3318 6604

Με εκτίμηση,
Ελένη Παπαδοπούλου""",
         "Ελένη Παπαδοπούλου"),
        ("deletion", ("withdraw_consent",),
         "Επιστροφή δώρου χωρίς λογαριασμό",
         """Γεια σας,

ο θείος μου μού έστειλε για τα Χριστούγεννα ένα πουλόβερ από το κατάστημά σας, που δυστυχώς δεν μου έκανε. Το επέστρεψα μέσω της φόρμας «επιστροφή δώρου» χωρίς λογαριασμό, όπου συμπλήρωσα όνομα, email, τηλέφωνο και IBAN για την επιστροφή των χρημάτων. Η επιστροφή ολοκληρώθηκε στις 9 Ιανουαρίου, όλα εντάξει.

Από τότε όμως λαμβάνω το newsletter σας. Φαίνεται ότι στη φόρμα υπήρχε ένα κουτάκι για ενημερώσεις που το τσέκαρα χωρίς να το προσέξω. Ανακαλώ αυτή τη συγκατάθεση.

Επίσης, αφού η επιστροφή έκλεισε, παρακαλώ διαγράψτε τα στοιχεία μου από το σύστημα επιστροφών (ιδίως τον IBAN), εκτός αν είστε υποχρεωμένοι να κρατήσετε κάτι για λογιστικούς λόγους.

Αριθμός επιστροφής: RET-26-00917

Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),
        ("portability", (),
         "export listas",
         """Kalispera,

tha ithela na paro oles tis listes epithimion mou (exo 3, gia Xristougenna, genethlia kai to neo spiti) se arxeio CSV i Excel gia na tis metaferw se allo site pou xrisimopoioume me tin oikogeneia. Iparxei tropos? Sto account vlepo mono "ektyposi".

To account einai sta.karras@gmail.com

Euxaristo,
Stavros Karras""",
         "Σταύρος Καρράς"),
        ("restriction", (),
         "Αίτημα περιορισμού επεξεργασίας – ιστορικό παραγγελιών",
         """Αξιότιμοι κύριοι,

βρίσκομαι σε διαδικασία διαζυγίου. Ο σύζυγός μου ισχυρίζεται ενώπιον του δικαστηρίου ότι ξόδευα χρήματα της κοινής περιουσίας για δώρα σε τρίτους. Το ιστορικό παραγγελιών στον λογαριασμό μου (2022-2025), με τους παραλήπτες και τα μηνύματα των δώρων, αποδεικνύει ότι τα δώρα ήταν για τα παιδιά μας και για τους δικούς του γονείς. Ο δικηγόρος μου θα το ζητήσει επίσημα.

Σύμφωνα με το άρθρο 18 του ΓΚΠΔ, σας ζητώ:
1. να μην διαγράψετε το ιστορικό παραγγελιών, τις διευθύνσεις παραληπτών και τα μηνύματα δώρων μέχρι την έκδοση απόφασης·
2. να μην τα χρησιμοποιείτε στο μεταξύ για κανέναν άλλο σκοπό (προτάσεις προϊόντων, διαφήμιση, κ.λπ.)·
3. να μην δώσετε πρόσβαση σε αυτά σε κανέναν τρίτο χωρίς δικαστική εντολή ή δική μου γραπτή συγκατάθεση.

Παρακαλώ επιβεβαιώστε εγγράφως.

Με εκτίμηση,
Αγγελική Μαυρίδου
Avenue Louise 287, 1050 Bruxelles
Τηλ. +32 478 05 63 19""",
         "Αγγελική Μαυρίδου"),
        ("objection", (),
         "Υπενθυμίσεις για τη λίστα της φίλης μου",
         """Καλημέρα,

πέρσι αγόρασα ένα δώρο από τη λίστα γάμου μιας φίλης μέσω του site σας. Από τότε λαμβάνω συνέχεια email του τύπου «Τα γενέθλια της Μαρίας πλησιάζουν! Δείτε τη λίστα της» και «Η Μαρία πρόσθεσε 3 νέα προϊόντα στη λίστα της».

Ούτε η Μαρία το ζήτησε ούτε εγώ. Δεν θέλω να χρησιμοποιείτε τα στοιχεία μου και το ότι αγόρασα κάτι μία φορά για να με σπρώχνετε να αγοράζω δώρα σε άλλους. Σταματήστε αυτή την επεξεργασία.

Κώστας Μιχαηλίδης""",
         "Κώστας Μιχαηλίδης"),
        ("withdraw_consent", (),
         "Διαγραφή από newsletter",
         """Καλησπέρα,

πριν τα Χριστούγεννα έστειλα μια ηλεκτρονική κάρτα από το site σας στην οικογένειά μου στην Αθήνα και τότε τσέκαρα και να λαμβάνω ενημερώσεις. Δεν θέλω πλέον να λαμβάνω email με προσφορές, παρακαλώ αφαιρέστε με από τη λίστα.

Ευχαριστώ,
Ε. Παππά""",
         "Ευαγγελία Παππά"),
        ("complaint", ("deletion",),
         "Re: Κάρτα στη μητέρα μου - ΧΩΡΙΣ ΑΠΑΝΤΗΣΗ",
         """Κύριοι,

σας έγραψα στις 2 Δεκεμβρίου (βλ. παρακάτω) και δεν έχω λάβει καμία απάντηση, ούτε καν αυτόματη επιβεβαίωση. Στο μεταξύ ήρθε στη μητέρα μου, που πέθανε τον Σεπτέμβριο, και δεύτερη κάρτα «Καλές γιορτές» και ένας κατάλογος με το όνομά της. Ο πατέρας μου τα βρήκε στο γραμματοκιβώτιο.

Έχει περάσει πάνω από ένας μήνας, που είναι η προθεσμία του ΓΚΠΔ. Αν δεν διαγράψετε τα στοιχεία της μέσα σε αυτή την εβδομάδα, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων, και στην ελληνική και στη βελγική.

Γιάννης Κωνσταντίνου

> Στις Τρί, 2 Δεκ 2025 στις 7:41 μ.μ., ο/η Γιάννης Κωνσταντίνου <g.konstantinou@otenet.example> έγραψε:
> Καλησπέρα σας,
> η μητέρα μου, Αικατερίνη Κωνσταντίνου, πέθανε τον Σεπτέμβριο. Σήμερα ήρθε στο σπίτι της χριστουγεννιάτικη κάρτα από εσάς. Παρακαλώ διαγράψτε τον λογαριασμό της και όλα τα στοιχεία της, για να μη λαμβάνει τίποτα άλλο.
> Αριθμός κάρτας πελάτη: 2290 0934 7751
> Ευχαριστώ""",
         "Γιάννης Κωνσταντίνου"),
        ("other", (),
         "Ωράριο 24/12",
         """Γεια σας, τι ώρα κλείνει το κατάστημα στην Chaussée d'Ixelles στις 24 και στις 31 Δεκεμβρίου; Και είστε ανοιχτά στις 26/12; Ευχαριστώ πολύ, Άννα""",
         "Άννα Σταματοπούλου"),
        ("other", (),
         "Λάθος χάραξη στο μενταγιόν",
         """Καλησπέρα,

παρήγγειλα μενταγιόν με χάραξη «Katerina 2025» (παραγγελία 5520-44170) για δώρο στην κόρη μου. Ήρθε χαραγμένο «Katrina 2025». Στη φόρμα το έγραψα σωστά, το έχω και σε screenshot, το επισυνάπτω.

Μπορείτε να το αντικαταστήσετε με σωστή χάραξη πριν την Πρωτοχρονιά; Το παλιό να το στείλω πίσω ή να το φέρω στο κατάστημα του Waterloo;

Ευχαριστώ,
Παναγιώτης Οικονόμου
+32 471 84 20 56""",
         "Παναγιώτης Οικονόμου"),
    ],
    "bg": [
        ("access", (),
         "SMS за пратка, която не съм поръчвала",
         """Здравейте,

вчера получих SMS: „Shop Example: Вашата пратка с подарък е на път, проследете я тук: ...“. Не бях поръчвала нищо и първо помислих, че е измама. После се оказа, че колежка ми е изпратила подарък за имения ден.

Добре, благодаря на нея, но откъде имате моя телефонен номер? Тя казва, че е въвела само името и адреса ми. Искам да знам какви данни за мен пазите, откъде сте ги получили и на кого сте ги предали (куриер и т.н.).

Поздрави,
Десислава Петрова""",
         "Десислава Петрова"),
        ("correction", (),
         "нов адрес",
         """Здравейте,

от 1 декември живея на нов адрес: Rue Gallait 65, ап. 3, 1030 Schaerbeek. В профила ми все още е старият (Rue Josaphat 12). Моля, сменете го, защото тези дни ще поръчвам коледни подаръци и не искам да отидат на стария адрес.

Благодаря,
Иван Димитров
тел. 0487 55 21 90""",
         "Иван Димитров"),
        ("deletion", ("withdraw_consent",),
         "Моля, изтрийте списъка за бебе",
         """Здравейте.

През октомври направихме при вас списък с подаръци за бебе. Бременността не завърши добре.

Моля, изтрийте списъка и всичко свързано с него – датата на термина, името, което бяхме избрали, снимката. И спрете имейлите „Вашето бебе в 30-а седмица“ и изобщо бюлетина ви, не искам да получавам нищо повече от вас.

Не е нужно да ми отговаряте с дълго писмо, само потвърдете, че е направено.

Мария Тодорова""",
         "Мария Тодорова"),
        ("portability", (),
         "История на покупките във файл",
         """Добър ден,

бихте ли ми изпратили цялата история на покупките ми с картата за лоялност (2023–2025) във файл – CSV, Excel или JSON, – за да я заредя в приложение за личен бюджет? PDF-ите от профила не вършат работа. Искам най-после да видя колко харча за подаръци всяка Коледа :)

Номер на картата: 2290 7781 0462

Поздрави,
Георги Стоянов""",
         "Георги Стоянов"),
        ("restriction", ("correction",),
         "Адвент календар – отказана награда заради грешна дата на раждане",
         """Уважаеми дами и господа,

на 14 декември спечелих в играта „Адвент календар“ уикенд за двама (стойност 450 €). На 20 декември ми писахте, че наградата ми се отказва, защото „според профила Ви сте непълнолетна“.

В профила ми наистина е записана дата на раждане 12.05.2008. Истинската ми дата на раждане е 12.05.1988 – очевидно грешка при въвеждането, вероятно когато ми издадоха картата в магазина. Мога да изпратя копие от личната си карта.

Моля, поправете датата на раждане. А докато проверявате и решавате въпроса с наградата, не изтривайте участията ми в играта и кореспонденцията за наградата, но и не ги използвайте за нищо друго.

С уважение,
Цветелина Генова
Boulevard Anspach 120, 1000 Bruxelles""",
         "Цветелина Генова"),
        ("objection", (),
         "Името ми в списъка с победители",
         """Здравейте,

видях, че на сайта ви и във Facebook е публикуван списъкът с печелившите от адвент календара – с трите ми имена и града, в който живея. Не съм съгласна името ми да стои публично там. Възразявам срещу публикуването и ви моля да го махнете или да оставите само инициали.

Наградата я получих, благодаря.

Надежда Илиева""",
         "Надежда Илиева"),
        ("withdraw_consent", (),
         "buletin",
         """Zdraveite, molia otpishete me ot buletina i ot reklamnite sms-i. Blagodaria.
Kalin Marinov""",
         "Калин Маринов"),
        ("complaint", (),
         "Обединихте профила ми с този на съпругата ми без да питате",
         """Здравейте,

пиша ви с много неприятно чувство. На 8 декември поръчах през профила си пръстен за годишнината ни със съпругата ми. Потвърждението за поръчката, със снимка на пръстена и цената, е отишло на нейния имейл.

Оказа се, че когато тя е регистрирала карта за лоялност на същия домашен адрес, вашата система е „обединила“ профилите ни, без да пита никого от двама ни. Сега тя вижда всичките ми поръчки, а аз – нейните. Включително неща, които никой не би искал да вижда партньорът му, преди да са му подарени.

Това е недопустимо. Никой не ни е питал дали искаме общ профил, а историята на покупките е лична информация. Очаквам обяснение как е станало това и гаранция, че няма да се повтори. В противен случай ще подам жалба до белгийския орган за защита на данните.

Стефан Николов
Chaussée de Louvain 431, 1030 Schaerbeek""",
         "Стефан Николов"),
        ("other", (),
         "Замяна без касова бележка",
         """Здравейте, получих за Коледа блендер от вашия магазин, но имаме вече такъв. Нямам касова бележка, защото е подарък. Може ли да го заменя в магазина в Anderlecht само с кутията? Не е отварян.

Благодаря,
Росица Петкова""",
         "Росица Петкова"),
        ("other", (),
         "Подаръчна карта",
         """Добър ден,

получих подаръчна карта от вас за Коледа (пластмасова, 75 €). Мога ли да я използвам и в онлайн магазина, или само в магазините? И може ли да платя с нея само част от покупката, а остатъкът да си остане за следващия път?

Благодаря предварително,
Виктор Ангелов""",
         "Виктор Ангелов"),
    ],
}

"""Person mail for the seventyseventh set (pl cs hr sv ro el bg): staff and in-store incidents (till look-ups and private contact, cashiers' remarks, staff photos on social media, bag searches, shoplifting suspicions and store bans, incident registers and insurers, lost and found, complaints and reviews naming employees, ex-partners on the staff), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyseventh.py)."""

PEOPLE_DJ = {
    "pl": [
        ("access", (),
         "Raport z kontroli plecaka - sklep Antwerpia Meir, 14.03",
         """Dzień dobry,

w sobotę 14 marca około 16:30, przy wyjściu z Państwa sklepu na Meir w Antwerpii, zatrzymał mnie ochroniarz i poprosił o pokazanie zawartości plecaka. Bramka nie piszczała, a w plecaku nie było niczego poza tym, co miałem na paragonie (chleb, kawa, płyn do naczyń). Pokazałem, bo nie chciałem robić scen przy dzieciach.

Ochroniarz przepisał moje dane z dowodu osobistego do tabletu i powiedział, że „musi to wpisać do raportu”. Kolega z pracy twierdzi, że takie raporty trafiają potem do firmy ochroniarskiej i zostają w jakiejś bazie na lata.

Proszę o przesłanie mi kopii tego raportu oraz o informację:
- jakie dokładnie dane o mnie w nim zapisano (czy również numer dowodu, zdjęcie, opis wyglądu?),
- komu raport przekazano (firma ochroniarska, centrala, policja?),
- jak długo zamierzają go Państwo przechowywać.

Proszę o odpowiedź w terminie przewidzianym w art. 15 RODO.

Z poważaniem
Marek Zawadzki
Lange Kievitstraat 88 bus 3, 2018 Antwerpen
tel. 0489 31 77 02""",
         "Marek Zawadzki"),
        ("correction", ("complaint",),
         "Upadek w sklepie w Liège - nieprawdziwy opis w rejestrze",
         """Szanowni Państwo,

8 lutego przewróciłam się w Państwa sklepie w Liège (rue Saint-Gilles) przy stoisku z warzywami. Podłoga była mokra po myciu i nie stała tam żadna tabliczka ostrzegawcza. Skończyło się złamanym nadgarstkiem i sześcioma tygodniami w gipsie.

Kierownik zmiany spisał wtedy zdarzenie do „rejestru incydentów”. Dopiero teraz, z pisma ubezpieczyciela (Assurix, nr szkody 26-BE-004417), dowiedziałam się, co tam zapisano: „klientka szła szybko, patrząc w telefon, podłoga sucha”. To nieprawda. Telefon miałam w torebce, a podłoga była mokra – widziała to pani z kasy nr 4, która przyniosła mi potem krzesło i wodę.

Proszę o sprostowanie tego wpisu zgodnie z tym, co się faktycznie wydarzyło, i o przesłanie poprawionej wersji ubezpieczycielowi.

Chcę też wyraźnie napisać, że jestem bardzo zawiedziona sposobem, w jaki potraktowano moje dane. Nikt mnie nie zapytał o moją wersję, zanim taki opis wysłano firmie ubezpieczeniowej, a na tej podstawie odmówiono mi odszkodowania. Tak nie powinno się postępować.

Agnieszka Wróbel
rue des Vennes 142, 4020 Liège
0472 15 60 93""",
         "Agnieszka Wróbel"),
        ("deletion", (),
         "zdjecie / zakaz wstepu",
         """dzien dobry

w styczniu w sklepie w Gent (Kouter) zapiszczala bramka jak wychodzilam, bo kasjerka nie zdjela zabezpieczenia z kurtki. ochroniarz zrobil mi zdjecie telefonem a potem dostalam list ze mam zakaz wstepu na rok do wszystkich sklepow. pokazalam paragon kierownikowi i on mi odpisal ze to byla pomylka i zakaz anulowany, mam tego maila

tylko ze to zdjecie i moje dane dalej gdzies u was sa. prosze to wszystko usunac, zdjecie i cala te teczke z zakazem. nie chce zeby ktos mnie kiedys znowu zatrzymal przez jakas stara fotke

Kasia Domanska
wyslane z telefonu""",
         "Katarzyna Domańska"),
        ("portability", (),
         "Historia zakupów w pliku",
         """Dzień dobry,

po ośmiu latach w Leuven wracamy z rodziną do Wrocławia. Mam Państwa kartę stałego klienta od 2019 roku (nr 6280 0147 3392). Szczerze mówiąc, od pół roku i tak prawie nie robię zakupów w sklepie przy Bondgenotenlaan, bo pracuje tam mój były partner i wolę go nie spotykać.

Prowadzę budżet domowy w aplikacji, która potrafi wczytać historię wydatków z pliku. Czy mogą mi Państwo przesłać całą historię zakupów z tej karty (daty, sklepy, produkty, kwoty) w pliku CSV albo Excel? Z wydrukowanymi paragonami w PDF nic nie zrobię.

Pozdrawiam serdecznie
Joanna Krawczyk
joanna.krawczyk@poczta.example""",
         "Joanna Krawczyk"),
        ("restriction", (),
         "Nagranie z monitoringu - proszę NIE usuwać",
         """Dzień dobry,

10 kwietnia byłam z synem (9 lat, ma autyzm) w Państwa sklepie w Waterloo. Przy kasach syn dostał ataku paniki, krzyczał i leżał na podłodze, uspokajałam go dobre dziesięć minut. Tego samego wieczoru znajoma przysłała mi zrzut ekranu: jeden z Państwa pracowników wrzucił na Instagram relację z filmikiem mojego dziecka i podpisem „kolejny piątek w pracy”. Relacja już zniknęła, ale zrzut mam.

Kierowniczka sklepu powiedziała mi, że „sprawa jest wyjaśniana”. Złożyłam też zawiadomienie na policji (PV nr BR.55.L3.018744/26).

Wiem, że nagrania z kamer są zwykle kasowane po kilku tygodniach. Proszę, żeby tym razem nagranie z 10 kwietnia (godz. 17:00–17:30, kasy 1–6) i wszystko, co Państwo mają w tej sprawie, zostało zachowane, dopóki policja tego nie obejrzy. Jednocześnie proszę, żeby do tego czasu nikt z tego nagrania nie korzystał i nikomu go nie pokazywano poza policją. Chodzi o moje dziecko.

Proszę o potwierdzenie.

Ewelina Sikora
Chaussée de Bruxelles 301, 1410 Waterloo""",
         "Ewelina Sikora"),
        ("objection", ("access",),
         "lista obserwowanych klientów?",
         """Dzień dobry,

w lutym pokłóciłem się w Państwa sklepie w Mons z obsługą, bo nie chcieli przyjąć zwrotu czajnika, który przestał działać po tygodniu. Przyznaję, podniosłem głos. Zwrot w końcu przyjęli.

W zeszłym tygodniu jedna z kasjerek, miła starsza pani, powiedziała mi po cichu, że moje zdjęcie wisi w pokoju socjalnym z dopiskiem „uważać, awanturnik” i że jestem na jakiejś liście klientów pod obserwacją, którą dostaje też ochrona.

Nie zgadzam się na to. Nikogo nie okradłem ani nie uderzyłem, jedna kłótnia o czajnik to nie powód, żeby mnie śledzić w sklepie. Proszę zdjąć moje zdjęcie i wykreślić mnie z tej listy. I chciałbym wiedzieć, co dokładnie tam o mnie napisano.

Paweł Lis
Mons""",
         "Paweł Lis"),
        ("withdraw_consent", (),
         "Rezygnacja z SMS-ów i maili",
         """Dzień dobry,

przy kasie w Namur pani kasjerka przeczytała na głos moje nazwisko z karty (cała kolejka słyszała) i zapytała, czy chcę dostawać promocje SMS-em i mailem. Powiedziałam „tak”, żeby było szybciej.

Nie chcę już tych wiadomości. Proszę wyłączyć SMS-y i maile reklamowe na numer 0496 22 81 40 i adres m.nowakowska@skrzynka.example.

Dziękuję
Monika Nowakowska""",
         "Monika Nowakowska"),
        ("complaint", (),
         "SKARGA - pracownik użył mojego numeru telefonu (piszę już trzeci raz)",
         """Szanowni Państwo,

piszę w tej sprawie już trzeci raz (maile z 2 i 16 marca pozostały bez odpowiedzi, nie dostałam nawet automatycznego potwierdzenia).

1 marca oddawałam sukienkę w punkcie obsługi klienta w Państwa sklepie przy Chaussée d'Ixelles. Do zwrotu pieniędzy na kartę musiałam podać numer telefonu. Tego samego wieczoru dostałam wiadomość na WhatsAppie: „Hej, to ja, Kevin z obsługi klienta, może kawa? :)”. Dwa dni później ten sam pan wysłał mi zaproszenie do znajomych na Facebooku, a w sobotę czekał przy wyjściu ze sklepu i zapytał, czemu nie odpisuję.

Mój numer znał wyłącznie z Państwa systemu. Czuję się zastraszona i nie robię już zakupów w tym sklepie.

Oczekuję pisemnej informacji, jakie kroki Państwo podjęli wobec tego pracownika i jak zabezpieczają dane klientów przed takim wykorzystaniem. Jeżeli nie dostanę odpowiedzi w ciągu 14 dni, złożę skargę do belgijskiego organu ochrony danych (Autorité de protection des données / GBA).

Natalia Pietrzak
Rue du Trône 57, 1050 Ixelles
0477 84 19 26""",
         "Natalia Pietrzak"),
        ("other", (),
         "Podziękowanie dla pani z kasy - Charleroi Ville 2",
         """Dzień dobry,

wiem, że to adres do spraw prywatności, ale na stronie nie znalazłam innego, a bardzo chcę, żeby to dotarło do właściwej osoby.

W czwartek 19 marca moja mama (82 lata) zasłabła przy kasie nr 3 w Państwa sklepie w centrum Ville 2 w Charleroi. Pani kasjerka – ma na plakietce „Fatima” – od razu zamknęła kasę, posadziła mamę, dała jej wody i coś słodkiego, zadzwoniła do mnie z jej telefonu i czekała z nią, aż przyjechałam. Mama do dziś o niej opowiada.

Proszę przekazać pani Fatimie ogromne podziękowania od nas obu. I może jej szefowi też.

Serdecznie pozdrawiam
Barbara Mazur""",
         "Barbara Mazur"),
        ("other", (),
         "Re: Zgubiony parasol",
         """Dzień dobry,

dziękuję za szybką odpowiedź, ale to na pewno nie ten czarny. Nasz jest mały, dziecięcy, zielony w żółte kaczki, z rączką w kształcie głowy żaby. Zostawiliśmy go chyba przy wózkach albo przy automacie na butelki, w niedzielę koło 11.

Czy mogliby Państwo sprawdzić jeszcze raz? Córka płacze od dwóch dni :)

Tomasz Baran

> Dzień dobry,
> w naszym sklepie w Anderlechcie znaleziono w ostatnim tygodniu jeden parasol (czarny, składany).
> Można go odebrać w punkcie informacji.
> Pozdrawiamy, Obsługa Klienta Shop Example""",
         "Tomasz Baran"),
    ],
    "cs": [
        ("access", (),
         "Ztracená peněženka - co jste si o mně zapsali?",
         """Dobrý den,

3. dubna jsem v prodejně v Schaerbeeku (Chaussée de Haecht) ztratila peněženku. Někdo ji naštěstí odevzdal na informacích a ještě týž den mi od vás volali. Za to děkuji.

Když jsem si ji ale vyzvedávala, všimla jsem si, že paní na informacích má před sebou formulář „Registr nalezených věcí“, kde bylo vypsané moje jméno, adresa z občanského průkazu, číslo průkazu, poslední čtyři číslice obou platebních karet a přesná částka hotovosti. Ve stejných deskách ležela i kopie mého průkazu.

Ráda bych věděla:
- co přesně jste si o mně a o obsahu peněženky zaznamenali a jestli si mohu dostat kopii toho záznamu i té kopie průkazu,
- kdo k tomu má přístup a jestli se to posílalo dál (policii, nějaké platformě na ztráty a nálezy?),
- jak dlouho to budete uchovávat.

S pozdravem
Lucie Kratochvílová
Avenue Rogier 212, 1030 Schaerbeek""",
         "Lucie Kratochvílová"),
        ("correction", ("deletion",),
         "Zákaz vstupu ze dne 20. 3. 2026 - záměna osoby",
         """Vážení,

dne 24. března jsem poštou obdržel Váš dopis „Zákaz vstupu do prodejen Shop Example“ ze dne 20. 3. 2026. Uvádí se v něm, že jsem 11. března v prodejně v Hasseltu odcizil zboží v hodnotě 86,40 EUR a že mám na dva roky zakázán vstup do všech Vašich prodejen.

V Hasseltu jsem v životě nebyl. Bydlím a pracuji v Bruselu a 11. března jsem byl celý den v kanceláři, což mi zaměstnavatel rád potvrdí. Z telefonického rozhovoru s vedoucím prodejny vyplynulo, že zadržená osoba se představila jako „T. Novák“ a někdo ve Vaší prodejně podle toho dohledal v systému věrnostních karet mě. Jméno Tomáš Novák je v Česku asi tak časté jako u vás Jan Peeters.

Žádám o opravu Vašich záznamů: osoba z incidentu z 11. 3. nejsem já. Zároveň žádám, aby moje jméno, adresa a číslo věrnostní karty byly z celé složky k tomuto zákazu vstupu odstraněny a abych dostal písemné potvrzení, že zákaz se mě netýká.

S pozdravem
Ing. Tomáš Novák
Rue Belliard 40, 1040 Etterbeek
věrnostní karta č. 6280 0311 5729""",
         "Tomáš Novák"),
        ("deletion", (),
         "zruseni karty a smazani udaju",
         """dobry den

muj byvaly partner pracuje jako zastupce vedouciho ve vasi prodejne v Etterbeeku. pred mesicem jsem se od nej odstehovala a nechci aby vedel kde ted bydlim. minuly tyden jsem si v aplikaci zmenila adresu a az pak mi doslo ze on se k tomu v systemu mozna dostane

prosim zrusste moji vernostni kartu a smazte ucet a vsechny moje udaje, hlavne adresu a telefon. prosim co nejdriv

Petra Svobodova
p.svobodova88@seznam.example""",
         "Petra Svobodová"),
        ("portability", (),
         "Export nákupů z věrnostní karty",
         """Dobrý den,

nakupuji u Vás přes věrnostní kartu asi pět let, většinou v Mechelenu. Minulý týden mi pokladní před celou frontou zvesela řekla „zase ty prášky na spaní, pane Dvořák?“ – jméno měla z karty. Stížnost řešit nechci, prostě budu chodit jinam.

Nový obchod má aplikaci, do které se dá nahrát historie nákupů, a já si ji zároveň vedu v tabulce kvůli rodinnému rozpočtu. Můžete mi prosím poslat všechny moje nákupy z karty (datum, prodejna, položky, ceny) jako soubor CSV nebo JSON?

Číslo karty 6280 0552 0918.

Děkuji
Jiří Dvořák""",
         "Jiří Dvořák"),
        ("restriction", (),
         "Podezření z krádeže 28. 3. - žádost o omezení zpracování",
         """Dobrý den,

dne 28. března mě ve Vaší prodejně v Lovani (Diestsestraat) zadržela ostraha s tím, že jsem nezaplatila kosmetiku v tašce. Kosmetiku jsem koupila o hodinu dřív v jiném obchodě, účtenku jsem ale v tu chvíli neměla. Ostraha mě vyfotila, sepsala protokol a přivolala policii. Případ teď řeší policie (PV LE.21.L5.006302/26), můj advokát už předložil účtenku.

Dokud policie věc neuzavře, žádám podle čl. 18 GDPR, abyste moji fotografii a protokol nepoužívali: neposílali je jiným prodejnám ani bezpečnostní agentuře, nevyvěšovali a nezařazovali mě do žádného seznamu. Zároveň je prosím nemažte, včetně kamerového záznamu z toho odpoledne – advokát je bude potřebovat jako důkaz.

Prosím o potvrzení, že je to zařízeno.

S pozdravem
Mgr. Kateřina Procházková
Naamsestraat 77, 3000 Leuven""",
         "Kateřina Procházková"),
        ("objection", (),
         "Video z mého pádu ve školení zaměstnanců",
         """Dobrý den,

v prosinci jsem uklouzl ve Vaší prodejně v Mechelenu na rozbité lahvi s olejem. Nic vážného, naražené koleno, sepsali jsme to na místě a bylo to vyřízeno.

Teď mi kamarádka, která u Vás pracuje v jiné prodejně, řekla, že na školení bezpečnosti práce jim promítali záznam z kamery, na kterém padám – bez rozmazání, celý obličej, dokonce i s poznámkou „zákazník nedával pozor“. Pár lidí mě prý poznalo.

S tím nesouhlasím. Nechci, aby se můj pád promítal jako odstrašující příklad na školeních. Žádám, abyste ten záznam přestali k tomuto účelu používat.

Martin Pokorný
Mechelen""",
         "Martin Pokorný"),
        ("withdraw_consent", ("complaint",),
         "Odvolání souhlasu se zasíláním SMS",
         """Dobrý den,

při registraci věrnostní karty jsem zaškrtla souhlas se zasíláním SMS nabídek. Minulou sobotu jsem platila v prodejně ve Waterloo a o hodinu později mi z neznámého čísla přišla SMS: „Dobrý den, jsem ten z pokladny 5, jste moc hezká, dáte si se mnou drink?“

Odvolávám souhlas se SMS a s jakýmkoli dalším používáním mého telefonního čísla k marketingu nebo kontaktu. A zároveň si stěžuji: je nepřijatelné, aby pokladní viděli telefonní čísla zákazníků a mohli je takto zneužít. Očekávám, že se tím budete zabývat.

Veronika Marešová
0470 66 13 58""",
         "Veronika Marešová"),
        ("complaint", (),
         "Stížnost - předali jste moji stížnost zaměstnanci i s mým jménem",
         """Dobrý den,

15. února jsem přes formulář na Vašem webu napsala stížnost na prodavače u pultu s uzeninami v prodejně Anderlecht (Westland Shopping), který byl ke mně opakovaně nepříjemný. Odpověď od zákaznického servisu byla zdvořilá, slíbili „předat to prodejně“.

Předali to zřejmě celé, i s mým jménem a e-mailem. O dva týdny později mě ten prodavač oslovil u pultu: „Tak vy jste ta paní Horáková, co si na mě stěžuje?“ a nahlas to komentoval před ostatními zákazníky. Od té doby se tam bojím chodit.

Nechápu, proč musel dotyčný znát moje jméno. Stížnost se dala prošetřit i bez toho. Chci vědět, komu všemu byla moje stížnost s mými údaji poslána, a očekávám omluvu. Pokud to budete bagatelizovat, obrátím se na belgický úřad pro ochranu osobních údajů.

Jana Horáková
jana.horakova@email.example""",
         "Jana Horáková"),
        ("other", (),
         "Náhrada škody - rozbité brýle (pád v prodejně Namur)",
         """Dobrý den,

dne 2. dubna kolem 18:15 jsem v prodejně v Namuru (Rue de Fer) uklouzla na rozlitém jogurtu v uličce s mléčnými výrobky. Nic jsem si nezlomila, ale rozbily se mi brýle a roztrhly kalhoty. Zaměstnanci byli velmi ochotní, vše zapsali a dali mi číslo incidentu 2604-NAM-017.

Prosím o náhradu škody:
- brýle (obruba + dioptrická skla): 289,00 EUR, faktura optika v příloze,
- kalhoty: 59,95 EUR, účtenka v příloze.

Číslo účtu: BE71 0635 4418 2269, na jméno Alena Kučerová.

Děkuji a přeji hezký den
Alena Kučerová
Rue de Bomel 18, 5000 Namur""",
         "Alena Kučerová"),
        ("other", (),
         "Brigáda na pokladně?",
         """Dobrý den,

jsem studentka z Brna, od září na Erasmu v Louvain-la-Neuve. Hledám brigádu na víkendy, klidně na pokladně nebo doplňování zboží. Francouzsky zatím mluvím jen trochu, anglicky dobře. Má smysl se u Vás hlásit? A kam mám poslat životopis? Na webu jsem našla jen tuhle adresu.

Díky moc!
Tereza Šimková""",
         "Tereza Šimková"),
    ],
    "hr": [
        ("access", (),
         "Zapisnik o padu 10.2. - molim kopiju",
         """Poštovani,

10. veljače pala sam na stepenicama prema garaži u vašoj trgovini u Namuru. Ozlijedila sam koljeno, a vaša djelatnica mi je pomogla i ispunila obrazac o nezgodi. Dok smo čekale, spomenula sam joj da sam prije dvije godine operirala baš to koljeno.

Tjedan dana kasnije nazvao me netko iz osiguravajućeg društva i već je znao za tu staru operaciju, iako ja osiguravatelju nikad ništa nisam poslala.

Molim vas:
1. kopiju zapisnika o nezgodi, točno onako kako je upisan u vaš registar,
2. informaciju što ste sve i kojem osiguravatelju proslijedili te kada,
3. tko je još imao uvid u taj zapisnik.

Unaprijed hvala.

Srdačan pozdrav,
Ivana Jurić
Rue de Gembloux 56, 5002 Namur
+32 471 90 22 57""",
         "Ivana Jurić"),
        ("correction", (),
         "Netočan izvještaj zaštitara - trgovina Liège Médiacité",
         """Poštovani,

dana 21. ožujka zaštitar me zaustavio na izlazu iz vaše trgovine u Médiacitéu u Liègeu i zatražio da otvorim torbu. Odmah sam je otvorila i samo pitala zašto baš ja. Ništa nije pronađeno.

Prošli tjedan dobila sam od vas pismo „upozorenja“, a voditelj trgovine mi je telefonom pročitao dio izvještaja zaštitara: da sam „postala agresivna, vikala i odbila otvoriti torbu“. To jednostavno nije istina – ima svjedoka, a imate i kamere na izlazu.

Tražim da se taj izvještaj ispravi tako da odgovara stvarnom tijeku događaja, odnosno da se uz njega barem upiše moja izjava: torbu sam otvorila bez odgađanja, nisam vikala niti bila agresivna. Također molim da se u skladu s tim ispravi ili povuče pismo upozorenja.

S poštovanjem,
Marina Kovačević
Boulevard de la Sauvenière 3, 4000 Liège""",
         "Marina Kovačević"),
        ("deletion", ("complaint",),
         "Video na TikToku",
         """Dobar dan,

kći (15) mi je sinoć pokazala TikTok video jednog vašeg zaposlenika iz trgovine u Basilixu (Berchem-Sainte-Agathe). Snimio je mene na samoposlužnoj blagajni dok sam se mučila s vagom za voće, s natpisom „kad Balkanka plaća 🤣“ i nekakvom glazbom. Video ima preko 3000 pregleda, a vidi mi se lice i moja kartica vjernosti.

Tražim da se video odmah ukloni, da se obrišu sve kopije koje taj zaposlenik ili bilo tko drugi kod vas ima, i snimka s kamere ako ju je tamo pribavio.

I da bude jasno: smatram potpuno nedopustivim da vaši zaposlenici snimaju kupce mobitelom i ismijavaju ih na internetu. Očekujem da mi javite što ste poduzeli.

Snježana Babić
Berchem-Sainte-Agathe""",
         "Snježana Babić"),
        ("portability", (),
         "Povijest kupnji u Excelu - za osiguranje",
         """Poštovani,

pišem iz Splita, gdje sam se vratila prošle jeseni nakon šest godina u Antwerpenu.

Zadnjeg dana prije selidbe ukradena mi je torba u vašoj trgovini na Groenplaatsu dok sam pakirala stvari na blagajni. Krađa je prijavljena policiji i vašem osoblju. Moje kućno osiguranje ovdje sada traži popis ukradenih stvari i dokaz kupnje, a dio stvari (slušalice, mali blender, kozmetika) kupila sam upravo kod vas karticom vjernosti.

Možete li mi poslati cijelu povijest kupnji s moje kartice vjernosti za 2024. i 2025. u Excel ili CSV datoteci? Osiguravatelj ima obrazac u koji se može učitati takva tablica, a skenirani računi im ne odgovaraju.

Broj kartice: 6280 0274 6610

Lijep pozdrav,
Maja Perić
Put Supavla 14, 21000 Split, Hrvatska""",
         "Maja Perić"),
        ("restriction", ("access",),
         "Zabrana ulaska - molim da se ne koristi dok se ne provjeri",
         """Poštovani,

prije deset dana u trgovini u Liègeu (Rue Neuve) optužili su me da sam zamijenila naljepnicu s cijenom na pakiranju kave. Nisam. Naljepnica je već bila takva na polici, što sam i rekla. Ipak su me fotografirali i dali mi obavijest o zabrani ulaska na šest mjeseci.

Voditelj trgovine g. Lambert obećao je da će pregledati snimke s kamera i javiti mi se. Dok to traje, molim da se moja fotografija i podaci iz te zabrane nigdje ne koriste: da se ne šalju drugim trgovinama ni zaštitarskoj službi i da me se ne zaustavlja na ulazu. Ne tražim da se išta briše dok provjera ne završi.

Također bih htjela vidjeti što je točno zapisano o meni u tom dosjeu i koja je fotografija spremljena.

Hvala,
Dragana Marković
0488 52 07 31""",
         "Dragana Marković"),
        ("objection", (),
         "Ne želim da mi profilirate kupnje",
         """Dobar dan,

na blagajni u Kortrijku prodavačica mi je glasno, pred punim redom, rekla: „Čestitam! Vidim da vam aplikacija stalno nudi stvari za bebu!“ Nisam trudna, kupujem pelene i hranu za sestrinu bebu jer joj pomažem.

Nakon toga sam pogledala aplikaciju i zaista: cijela početna stranica mi je „za buduće mame“.

Ne želim da se moje kupnje analiziraju i da mi se na temelju njih slažu ponude i „profil“. Molim vas da prestanete s tim za moj račun (kartica 6280 0190 4475). Karticu želim i dalje koristiti za bodove.

Ana Horvat""",
         "Ana Horvat"),
        ("withdraw_consent", (),
         "Povlačim privolu - fotografije s uskrsne radionice",
         """Poštovani,

na dječjoj uskrsnoj radionici u vašoj trgovini u Kortrijku 28. ožujka potpisala sam obrazac kojim dopuštam da se fotografije s radionice objave na vašim društvenim mrežama.

Jučer sam vidjela da je na Facebook stranici trgovine objavljena fotografija na kojoj smo moja kći i ja, i to s punim imenom i prezimenom djeteta u opisu. O imenu nitko nije ništa govorio.

Povlačim privolu za objavu fotografija i molim da se naše slike uklone sa svih vaših stranica.

Lijepi pozdrav,
Ivona Matić""",
         "Ivona Matić"),
        ("complaint", (),
         "Prijava - vaš zaposlenik pojavio se na mojim vratima",
         """Poštovani,

ovim putem podnosim službenu pritužbu.

Dana 6. travnja platila sam kupnju u vašoj trgovini u Gentu (Overpoort) uz karticu vjernosti. Blagajnik, mladić od dvadesetak godina, bio je vrlo razgovorljiv, ali nisam tome pridavala važnost. U subotu 11. travnja pozvonio je na moja vrata s buketom cvijeća i rekao da je „našao adresu u sustavu“.

Slučaj sam prijavila policiji. Od vas očekujem pisano objašnjenje: kako je moguće da blagajnik ima pristup adresama kupaca, što ste poduzeli prema tom zaposleniku i kako ćete spriječiti da se to ponovi. Ako u razumnom roku ne dobijem odgovor, obratit ću se belgijskoj Agenciji za zaštitu podataka (GBA/APD).

S poštovanjem,
Tea Knežević
Sint-Pietersnieuwstraat 120, 9000 Gent""",
         "Tea Knežević"),
        ("other", (),
         "nepristojan prodavac",
         """dobar dan

u petak oko 10h u trgovini u Wavreu prodavac na pultu s kruhom vikao je na mog oca (84) jer je sporo brojao kovanice, rekao mu je pred svima da „ne drzi red“. otac se jako uzrujao i ne zeli se vise vratiti tamo

ne trazim nista posebno, samo da netko razgovara s tim prodavacem. visok, tamne kose, oko 30 godina

Goran Pavlovic""",
         "Goran Pavlović"),
        ("other", (),
         "Smije li zaštitar pregledati torbu?",
         """Pozdrav,

samo kratko pitanje, ništa se nije dogodilo. Prijateljica je neki dan u jednoj trgovini (ne vašoj) morala pokazati zaštitaru što ima u torbi. Pa me zanima: smije li zaštitar kod vas u Belgiji to tražiti i moram li mu pokazati torbu ako nisam ništa ukrala? Kako je to kod vas uređeno?

Hvala!
Lucija Tomić""",
         "Lucija Tomić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag - tillträdesförbud 2026-02-27",
         """Hej,

Den 27 februari stoppades jag av en väktare vid utgången i er butik på Rue Neuve i Bryssel, misstänkt för att ha tagit ett par hörlurar. Hörlurarna låg kvar i hyllan, vilket väktaren själv konstaterade efter att ha tittat på kamerorna. Jag blev ändå fotograferad och fick några veckor senare ett brev om tillträdesförbud till alla era butiker i tolv månader.

Med stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag att få:
- en kopia av alla personuppgifter ni har om mig i samband med händelsen: förbudsärendet, fotografiet, eventuella stillbilder från kamerorna och väktarens rapport,
- uppgift om vilka som har fått del av uppgifterna (väktarbolaget, andra butiker, polisen),
- uppgift om hur länge ni tänker spara dem och varifrån ni fått min hemadress, som jag inte uppgav på plats.

Svaret kan skickas per e-post till denna adress.

Med vänlig hälsning
Oskar Bergström
Rue de la Victoire 91, 1060 Saint-Gilles""",
         "Oskar Bergström"),
        ("correction", (),
         "Fel telefonnummer i kundregistret",
         """Hej!

Jag tappade min plånbok i er butik i Leuven (Tiensestraat) förra tisdagen och den lämnades in, tack för det. Men ni ringde till numret som står i mitt kundkonto, och det numret har sedan i höstas min ex-pojkvän (vi hade abonnemang ihop och han behöll det). Han ringde mig sedan och var väldigt nöjd med att veta att jag ”fortfarande handlar i Leuven”. Inte jättekul.

Mitt nya nummer är +32 468 03 55 91. Kan ni ändra det i kundkontot och överallt där det gamla står, även i det ni för om hittegods? Jag har försökt ändra det själv i appen, men där står fortfarande det gamla.

Tack på förhand
Frida Holm""",
         "Frida Holm"),
        ("deletion", (),
         "Radera mitt konto",
         """Hej.

Kassörskan i er butik i Uccle läste högt mitt fullständiga namn från kundkortet. Två timmar senare fick jag en vänförfrågan på Instagram från en av era anställda med meddelandet ”såg ditt namn på kortet 😊”.

Jag vill inte ha något kundkonto hos er längre. Radera kontot, kortet och alla uppgifter ni har om mig.

Hanna Sjöberg""",
         "Hanna Sjöberg"),
        ("portability", (),
         "export",
         """hej! flyttar hem till göteborg i juni efter sex år i bryssel. kan ni skicka all min köphistorik från stamkundskortet som csv eller json? vill lägga in det i min budgetapp så jag har allt samlat. kortnr 6280 0418 2205, samma mejl som här

tack!
elin

Skickat från min iPhone""",
         "Elin Nyström"),
        ("restriction", ("correction",),
         "Incidentrapport efter fallet 2 mars - spärra tills vidare",
         """Hej,

Den 2 mars snubblade jag över en lastpall som stod kvar mitt i gången med konserver i er butik i Waterloo och slog upp ett sår i pannan. Personalen var vänlig och skrev en incidentrapport.

Nu har jag fått se rapporten via ert försäkringsbolag, och där står att jag ”klev över avspärrningen”. Det fanns ingen avspärrning. Butikschefen har lovat att gå igenom kamerabilderna.

Tills detta är utrett vill jag att rapporten spärras: skicka den inte vidare till försäkringsbolaget eller någon annan och använd den inte i handläggningen. Radera den inte heller. När ni har sett filmen ber jag att beskrivningen rättas så att den stämmer med vad som hände.

Vänliga hälsningar
Anders Lundqvist
Avenue Reine Astrid 12, 1410 Waterloo""",
         "Anders Lundqvist"),
        ("objection", (),
         "Mitt namn i personalbladet och på anslagstavlan",
         """Hej,

Jag arbetar som kassörska i butiken i Uccle sedan 2022. I mars skrev en kund en recension på Google där hon nämner mig med för- och efternamn och skriver att jag var otrevlig. Det är hennes sak.

Men huvudkontoret har sedan kopierat hela recensionen, med mitt namn, i personalbladet som går ut till alla butiker, under rubriken ”Exempel att lära av”. Den sitter också uppsatt på anslagstavlan i fikarummet. Nu frågar kollegor i andra butiker vad jag har gjort.

Jag motsätter mig att mitt namn används på det sättet. Ni kan gärna använda recensionen i utbildningen, men utan mitt namn, och jag vill att den tas ner från anslagstavlan.

Sara Lindqvist
personalnummer 40 218""",
         "Sara Lindqvist"),
        ("withdraw_consent", (),
         "Återkallar samtycke - utbildningsfilmen",
         """Hej,

I januari ställde jag upp som ”kund” i en utbildningsfilm om kundbemötande som spelades in i er butik i Etterbeek. Jag skrev under ett samtyckesformulär om att ni fick använda filmen internt och i sociala medier.

Jag har ångrat mig och återkallar härmed mitt samtycke. Jag vill inte att filmen där jag syns används längre, varken internt eller externt.

Med vänlig hälsning
Johanna Ek
0479 44 12 08""",
         "Johanna Ek"),
        ("complaint", ("access",),
         "Ert svar på min recension",
         """Hej,

Jag skrev i förra veckan en recension på Google (två stjärnor) om er butik i Auderghem, eftersom en väktare krävde att få se i min ryggsäck trots att larmet inte gått.

Ni svarade offentligt: ”Hej Johan, enligt vårt kundregister handlar du hos oss nästan varje vecka, senast den 12 april för 184,30 euro, så vi hoppas att du fortsätter att trivas hos oss!” Vad jag handlar och när har ni ingen rätt att lägga ut på internet. Svaret kan läsas av vem som helst, inklusive min arbetsgivare och mina grannar.

Jag anser att ni har brutit mot GDPR och jag överväger att anmäla det till den belgiska dataskyddsmyndigheten. Jag vill också veta vem som skrev svaret, vilka uppgifter om mig den personen tittade på och vilka andra som har tillgång till min köphistorik för sådana syften.

Johan Andersson""",
         "Johan Andersson"),
        ("other", (),
         "Sommarjobb?",
         """Hej!

Jag är 19 år, svensk men bor med min familj i Tervuren, och letar efter sommarjobb i juli–augusti. Jag talar svenska, engelska och okej franska. Söker ni extrapersonal i butikerna i Bryssel-området över sommaren, och i så fall hur söker man?

Mvh
Wilma Karlsson""",
         "Wilma Karlsson"),
        ("other", (),
         "Bortglömd gosekanin",
         """Hej,

Vi glömde vår sons gosekanin i en kundvagn i er butik i Waterloo i lördags eftermiddag (ljusgrå, ganska sliten, ena örat lagat med blå tråd). Har någon lämnat in den? Han sover väldigt dåligt utan den...

Vi kan hämta när som helst.

Tack!
Karin och Mattias Wallin
0485 71 09 36""",
         "Karin Wallin"),
    ],
    "ro": [
        ("access", (),
         "Cine a accesat datele mele?",
         """Bună ziua,

Fostul meu soț lucrează la casă în magazinul dumneavoastră din Anderlecht (Chaussée de Mons). După divorț m-am mutat, iar pe 3 martie mi-am actualizat adresa în contul de fidelitate din aplicație. Pe 19 martie el a apărut în fața blocului meu nou din Forest. Nimeni din familie sau dintre prieteni nu i-a dat adresa.

Bănuiesc că s-a uitat în sistemul de la casă. Vă rog să-mi comunicați:
- cine (ce utilizatori sau angajați) a accesat contul meu de fidelitate și datele mele între 1 și 19 martie, și când;
- ce date despre clienți poate vedea un casier în sistem (nume, adresă, telefon?);
- dacă datele mele au fost transmise cuiva.

Cardul de fidelitate: 6280 0633 1874.

Cu stimă,
Andreea Munteanu
Forest, Bruxelles
0465 20 88 14""",
         "Andreea Munteanu"),
        ("correction", (),
         "Corectarea dosarului privind incidentul din 17 ianuarie",
         """Stimată doamnă, stimate domn,

La 17 ianuarie 2026 am fost oprită la ieșirea din magazinul dumneavoastră din Charleroi (Rive Gauche), fiind suspectată că am sustras trei sticle de vin. În realitate, sticlele fuseseră scanate și plătite la casa de autoservire, doar că bonul nu s-a tipărit. Poliția a verificat tranzacția bancară și a clasat cazul în aceeași săptămână (PV nr. CH.55.L1.000913/26).

Cu toate acestea, scrisoarea de interdicție primită de la dumneavoastră la 2 februarie și, din câte mi-a spus managerul magazinului, dosarul intern, mențin formularea „a sustras 3 sticle de vin”.

Vă solicit să corectați dosarul astfel încât să reflecte faptele reale: plata a fost efectuată, cazul a fost clasat de poliție, iar acuzația s-a dovedit nefondată. Atașez dovada plății (extras de cont) și adeverința poliției.

Cu stimă,
Elena Dumitrescu
Rue de Marcinelle 45, 6000 Charleroi""",
         "Elena Dumitrescu"),
        ("deletion", ("access",),
         "Copie după buletin la obiecte pierdute",
         """Bună ziua,

Mi-am pierdut portofelul în magazinul din Ixelles (Place Flagey) pe 9 aprilie și l-am recuperat a doua zi de la punctul de informații. Mulțumesc celui care l-a predat.

Când l-am ridicat, am văzut că angajata a scos dintr-un biblioraft o fotocopie după cartea mea de identitate românească și după cardul de rezidență belgian, făcută „ca să știm al cui e portofelul”. În biblioraft erau și copiile altor oameni.

Vă rog să distrugeți aceste copii și să ștergeți orice alte date despre mine din registrul de obiecte pierdute. Aș vrea să știu și dacă au fost scanate sau trimise undeva (poliție, alt sistem) și cine le-a văzut.

Mulțumesc,
Raluca Ionescu""",
         "Raluca Ionescu"),
        ("portability", (),
         "Istoric cumparaturi in format electronic",
         """Buna ziua,

Am o mica firma de curatenie in Bruxelles si cumpar de la dumneavoastra detergenti si consumabile, toate pe cardul de fidelitate 6280 0720 4431. Contabila mea vrea sa importe toate cumparaturile din 2025 in programul de contabilitate si mi-a cerut un fisier CSV sau Excel, nu bonuri scanate.

Puteti sa-mi trimiteti istoricul complet al cumparaturilor de pe card pentru 2025 (data, magazin, produse, sume, TVA daca se poate) intr-un astfel de fisier?

Multumesc frumos,
Mihai Stanciu
Curatenie Stanciu SRL""",
         "Mihai Stanciu"),
        ("restriction", (),
         "Reclamația mea despre un angajat - vă rog să nu o transmiteți",
         """Bună ziua,

Săptămâna trecută am depus la serviciul clienți o reclamație despre un angajat de la raionul de legume din magazinul din Schaerbeek, care îmi face de luni de zile comentarii despre aspectul meu și mă urmărește prin magazin. Mi s-a răspuns că „se investighează”.

Am aflat de la o prietenă că, în alte cazuri, reclamațiile au fost trimise direct angajatului vizat. Vă rog ca, până la încheierea investigației, reclamația mea și datele mele (nume, telefon, descrierea mea fizică) să nu fie transmise acestui angajat și să nu fie folosite în alt scop. Nu le ștergeți, s-ar putea să am nevoie de ele dacă merg la poliție.

Vă rog să-mi confirmați în scris.

Ioana Georgescu
0492 37 15 60""",
         "Ioana Georgescu"),
        ("objection", (),
         "Opoziție - datele din raportul de accident folosite pentru reclame",
         """Stimați domni,

În decembrie am căzut în magazinul dumneavoastră din Mechelen, s-a completat un raport în registrul de incidente și acesta a fost trimis asigurătorului dumneavoastră, Assurix, pentru despăgubire. Până aici, de acord.

De o lună însă Assurix mă sună și îmi trimite scrisori cu oferte de „asigurare de accidente personale” și „asigurare de sănătate”, cu referire la „incidentul din magazinul Shop Example”. Nu am cerut așa ceva.

Mă opun ca datele mele din raportul de accident să fie folosite sau transmise pentru oferte comerciale, de către dumneavoastră sau de către asigurător. Vă rog să le comunicați și lor acest lucru.

Cu respect,
Cristian Popa
Mechelen""",
         "Cristian Popa"),
        ("withdraw_consent", (),
         "retragere consimtamant oferte personalizate",
         """buna ziua,

sambata la casa din Leuven casiera mi-a zis cu voce tare: „iar vin, doamna Popescu? vad in aplicatie ca va plac vinurile rosii de Bordeaux” si a rasucit tot randul capul spre mine.

cand mi-am facut cardul am bifat ca sunt de acord cu oferte personalizate pe baza cumparaturilor. nu mai sunt de acord. va rog sa opriti ofertele personalizate si emailurile cu reclame.

Daniela Popescu""",
         "Daniela Popescu"),
        ("complaint", ("deletion",),
         "Plângere - agentul de pază mi-a fotografiat buletinul cu telefonul personal",
         """Bună ziua,

Pe 4 aprilie, la ieșirea din magazinul dumneavoastră de pe Meir din Anvers, agentul de pază mi-a cerut să-mi deschid geanta. Nu se găsise nimic, dar mi-a cerut buletinul și l-a fotografiat cu telefonul lui personal (un telefon cu husă roz, nu un aparat al firmei), „pentru raport”.

Consider că acest lucru este complet inacceptabil. Nu știu unde a ajuns poza, cine o mai are și ce se poate face cu ea. Depun prin prezenta o plângere oficială și solicit ca fotografia să fie ștearsă de pe telefonul lui și de oriunde a mai fost trimisă, cu confirmare scrisă.

Dacă nu primesc un răspuns serios, mă voi adresa Autorității belgiene pentru protecția datelor și ANSPDCP.

Alexandra Radu
Kipdorp 19, 2000 Antwerpen""",
         "Alexandra Radu"),
        ("other", (),
         "Cerere de despagubire - raft cazut pe piciorul fiului meu",
         """Buna ziua,

Pe 22 martie, in magazinul din Braine-l'Alleud, un raft de la sectiunea de bauturi s-a desprins si a cazut pe piciorul fiului meu (11 ani). Colegii dumneavoastra au chemat ambulanta si au scris un raport. Fiul meu are o fractura la degetul mare si a purtat ghips trei saptamani.

Va rog sa-mi rambursati cheltuielile: urgenta si radiografii 146,20 EUR, ortoped 65 EUR, medicamente 23,80 EUR. Atasez facturile si raportul de la spital.

IBAN: BE29 0017 8833 4464, titular Florin Constantin.

Cu stima,
Florin Constantin""",
         "Florin Constantin"),
        ("other", (),
         "Angajat nepoliticos",
         """Bună ziua,

Vreau să vă semnalez comportamentul unui angajat de la magazinul din Evere, de joi seara, în jur de ora 20. L-am rugat să-mi spună unde găsesc făina fără gluten și mi-a răspuns „citiți și dumneavoastră indicatoarele” și a plecat. Nu era aglomerat deloc.

Nu e un capăt de lume, dar nu așa se vorbește cu clienții. Poate îi transmiteți managerului.

O seară bună,
Gabriela Matei""",
         "Gabriela Matei"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης - επιστολή απαγόρευσης εισόδου",
         """Αξιότιμοι κύριοι,

Στις 5 Μαρτίου 2026 με σταμάτησε ο φύλακας στην έξοδο του καταστήματός σας στη Γάνδη (Zuid), με την υποψία ότι είχα κρύψει ξυραφάκια στο μπουφάν μου. Δεν βρέθηκε τίποτα. Παρ' όλα αυτά με φωτογράφισαν και στις 18 Μαρτίου έλαβα στο σπίτι επιστολή απαγόρευσης εισόδου σε όλα τα καταστήματα Shop Example για ένα έτος.

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου αποστείλετε:
- αντίγραφο όλου του φακέλου που τηρείτε για μένα σχετικά με το περιστατικό (αναφορά του φύλακα, φωτογραφία, στιγμιότυπα από τις κάμερες, σημειώσεις),
- σε ποιους κοινοποιήθηκαν τα στοιχεία μου (εταιρεία φύλαξης, άλλα καταστήματα, αστυνομία),
- πόσο καιρό σκοπεύετε να τα κρατήσετε και πώς βρήκατε τη διεύθυνσή μου.

Με εκτίμηση,
Δημήτρης Αλεξίου
Kortrijksesteenweg 210, 9000 Gent""",
         "Δημήτρης Αλεξίου"),
        ("correction", (),
         "Λάθη στο βιβλίο συμβάντων - πτώση του πατέρα μου στις 14/3",
         """Καλησπέρα σας,

Γράφω εκ μέρους του πατέρα μου, Γεώργιου Παπαδάκη (78 ετών), ο οποίος δεν χρησιμοποιεί email. Στις 14 Μαρτίου έπεσε στο κατάστημά σας στην Ixelles (Chaussée de Wavre) κοντά στα ψυγεία και χτύπησε στο κεφάλι.

Ο ασφαλιστής σας μας έστειλε αντίγραφο της καταγραφής από το βιβλίο συμβάντων και εκεί υπάρχουν τρία λάθη:
1. Το όνομα γράφεται «Γεώργιος Παπαδόπουλος» – το σωστό είναι Παπαδάκης.
2. Ημερομηνία «13/03» – ήταν Σάββατο 14/03.
3. Γράφει ότι ο πελάτης «φαινόταν υπό την επήρεια αλκοόλ». Ο πατέρας μου δεν πίνει καθόλου. Παίρνει φάρμακα για την πίεση που του προκαλούν ζαλάδες, κάτι που είπα και στον υπάλληλο εκείνη τη μέρα.

Παρακαλώ διορθώστε την καταγραφή και στείλτε τη διορθωμένη εκδοχή και στον ασφαλιστή.

Ευχαριστώ,
Κωνσταντίνος Παπαδάκης
0476 58 31 20""",
         "Κωνσταντίνος Παπαδάκης"),
        ("deletion", (),
         "Η φωτογραφία μου σε ομάδα στο Facebook",
         """Γεια σας,

Μια φίλη μου έστειλε χθες στιγμιότυπο από μια κλειστή ομάδα στο Facebook με τίτλο «Πελάτες που δεν θα πιστέψετε». Εκεί ένας υπάλληλος του καταστήματός σας στο Schaerbeek είχε ανεβάσει φωτογραφία μου στο ταμείο, αργά το βράδυ, με πιτζάμες και παντόφλες (ναι, πήγα να πάρω φάρμακο για το παιδί). Τα σχόλια δεν τα επαναλαμβάνω.

Ο διευθυντής του καταστήματος μου είπε στο τηλέφωνο ότι ο υπάλληλος «την κατέβασε». Θέλω να διαγραφούν όλα τα αντίγραφα αυτής της φωτογραφίας, από το κινητό του, από την ομάδα και από οπουδήποτε αλλού, και να μου το επιβεβαιώσετε γραπτώς.

Ελένη Σταματοπούλου""",
         "Ελένη Σταματοπούλου"),
        ("portability", (),
         "arxeio agorwn",
         """Kalhspera sas,

fevgw apo tis Vryxelles ton Iounio kai gyrnaw Athina. Tha ithela olo to istoriko agorwn apo thn karta pistotitas (6280 0859 2307) se arxeio csv h excel, gia na to perasw se mia efarmogh pou kanw ta oikonomika mou. Ta pdf apo thn efarmogh sas den mou xrhsimevoun.

Efxaristw poly
Nikos Karagiannis""",
         "Νίκος Καραγιάννης"),
        ("restriction", ("objection",),
         "Λίστα παρακολούθησης - αναστολή μέχρι να ελεγχθεί",
         """Καλημέρα,

Στις 27 Μαρτίου, μετά από έλεγχο τσάντας στο κατάστημα του Μονς, ο φύλακας μού είπε ότι «είστε πλέον στη λίστα» και ότι την επόμενη φορά θα με ελέγξουν πάλι. Ο έλεγχος δεν βρήκε τίποτα. Όταν ρώτησα στο κατάστημα, μου είπαν ότι «θα το εξετάσουν».

Μέχρι να ολοκληρωθεί αυτός ο έλεγχος, ζητώ να μη χρησιμοποιείται καθόλου η καταχώρισή μου σε αυτή τη λίστα: να μη διαβιβάζεται σε άλλα καταστήματα ή στην εταιρεία φύλαξης και να μη με σταματούν με βάση αυτήν.

Και γενικά: αντιτίθεμαι στο να βρίσκομαι σε οποιαδήποτε λίστα «ύποπτων πελατών» χωρίς να έχω κάνει τίποτα.

Σπύρος Οικονόμου
Rue de Nimy 33, 7000 Mons""",
         "Σπύρος Οικονόμου"),
        ("objection", (),
         "Αντίρρηση - βάση δεδομένων της εταιρείας φύλαξης",
         """Αξιότιμοι,

Μετά από έναν έλεγχο τσάντας στο κατάστημά σας στην Αμβέρσα (Meir) τον Φεβρουάριο, έμαθα από τον ίδιο τον φύλακα ότι η εταιρεία του (SecurNord) κρατά «μητρώο ελεγχθέντων προσώπων» με ονόματα και στοιχεία ταυτότητας, το οποίο βλέπουν και φύλακες σε άλλα καταστήματα πελατών της.

Δεν είχα κάνει τίποτα παράνομο και δεν έδωσα καμία συγκατάθεση. Προβάλλω αντίρρηση στη διαβίβαση των στοιχείων μου από εσάς στην εταιρεία φύλαξης για τέτοιους σκοπούς και στην καταχώρισή μου σε οποιοδήποτε τέτοιο μητρώο που τηρείται για λογαριασμό σας.

Με τιμή,
Αθανάσιος Βλάχος""",
         "Αθανάσιος Βλάχος"),
        ("withdraw_consent", (),
         "Ανάκληση συγκατάθεσης",
         """Καλησπέρα,

Όταν παρέλαβα το χαμένο μου πορτοφόλι από το κατάστημα της Λουβέν τον Ιανουάριο, υπέγραψα ένα έντυπο ότι συμφωνώ να κρατήσετε το κινητό μου «για ενημέρωση σχετικά με ευρεθέντα αντικείμενα και νέα του καταστήματος». Από τότε μου έρχονται SMS με προσφορές κάθε εβδομάδα.

Ανακαλώ τη συγκατάθεσή μου. Δεν θέλω να λαμβάνω τίποτα πια στο 0497 61 22 85.

Ευχαριστώ,
Γιάννης Μιχαηλίδης""",
         "Γιάννης Μιχαηλίδης"),
        ("complaint", ("access",),
         "Καταγγελία - η πρώην σύντροφός μου εργάζεται στο ταμείο σας",
         """Καλησπέρα,

Η πρώην σύντροφός μου εργάζεται ως ταμίας στο κατάστημά σας στο Etterbeek, όπου ψωνίζω εδώ και χρόνια με την κάρτα πιστότητας. Χωρίσαμε τον Ιανουάριο. Τις τελευταίες εβδομάδες κοινοί φίλοι μου λένε ότι τους διηγείται τι αγοράζω, πότε και πόσα ξοδεύω, ακόμη και πράγματα που αγόρασα σε άλλο κατάστημά σας, όπου εκείνη δεν δουλεύει.

Αυτό σημαίνει ότι μπαίνει στο ιστορικό αγορών μου στο σύστημά σας. Είναι απαράδεκτο και καταγγέλλω τον τρόπο που προστατεύετε (ή δεν προστατεύετε) τα δεδομένα των πελατών σας.

Ζητώ επίσης να μάθω ποιοι υπάλληλοι έχουν ανοίξει τον λογαριασμό μου από τον Ιανουάριο και μετά και τι είδαν. Αν δεν λάβω σοβαρή απάντηση, θα απευθυνθώ στη βελγική Αρχή Προστασίας Δεδομένων.

Παναγιώτης Ζαχαρίου
κάρτα 6280 0305 7712""",
         "Παναγιώτης Ζαχαρίου"),
        ("other", (),
         "Ξέχασα το πορτοφόλι μου",
         """Γεια σας,

Νομίζω ότι ξέχασα το πορτοφόλι μου χθες (Τρίτη) γύρω στις 7 το απόγευμα στο ταμείο αυτοεξυπηρέτησης του καταστήματος στο Woluwe. Είναι καφέ δερμάτινο, μέσα έχει την ταυτότητά μου, μια κάρτα τράπεζας και μια φωτογραφία της κόρης μου. Το έχει παραδώσει κανείς;

Πού πρέπει να πάω για να το παραλάβω;

Ευχαριστώ πολύ,
Μαρία Κωνσταντίνου
0484 19 70 53""",
         "Μαρία Κωνσταντίνου"),
        ("other", (),
         "Ένα μεγάλο ευχαριστώ",
         """Καλημέρα σας,

Ήθελα απλώς να πω ένα μεγάλο ευχαριστώ στον νεαρό ταμία στο κατάστημα του Ottignies (νομίζω ότι τον λένε Ilyas). Την περασμένη Παρασκευή η κάρτα μου απορρίφθηκε και είχα μαζί μου δύο μικρά παιδιά και ένα καρότσι γεμάτο. Με βοήθησε να κρατήσω τα πράγματα στην άκρη, μου έδειξε πού είναι το ATM και όταν γύρισα τα είχε όλα έτοιμα σε σακούλες. Τέτοιους ανθρώπους σπάνια συναντάς.

Αν μπορείτε, πείτε το και στον προϊστάμενό του.

Με εκτίμηση,
Σοφία Νικολάου""",
         "Σοφία Νικολάου"),
    ],
    "bg": [
        ("access", ("complaint",),
         "Служител ми писа във Viber",
         """Здравейте,

На 7 април пазарувах в магазина ви в Андерлехт (Westland) и платих с картата за лоялност. Същата вечер получих съобщение във Viber от непознат номер: „Здравей, аз съм момчето от каса 2, видях името ти, много си сладка 😉“. После ме добави и във Facebook.

Моля да ми отговорите:
- какви мои данни вижда касиерът, когато сканира картата – само името или и телефона, адреса?
- кой от вашите служители е отварял профила ми през април;
- дали данните ми са били давани на някого.

И отделно искам да знаете, че съм много недоволна. Даваме ви данните си за отстъпки, а не за да ни пишат служители вечерно време. Това не е нормално.

Поздрави,
Десислава Петрова
0487 60 14 39""",
         "Десислава Петрова"),
        ("correction", (),
         "Неточен доклад за проверката на чантата ми",
         """Уважаеми господа,

На 16 март алармената рамка на изхода на магазина ви в Брюге (Steenstraat) изпищя, когато излизах. Охранителят ме помоли да се върна, проверихме чантата и се оказа, че на една риза е останал етикет, който касиерката не беше махнала. Касовата бележка беше у мен.

В писмото, което получих след това, се цитира докладът на охранителя: „алармата се задейства два пъти, лицето се опита да избяга към паркинга“. Не съм бягал. Излязох до колата за портфейла си, след като вече бях показал чантата, и се върнах сам след две минути. Охранителят беше до мен през цялото време.

Моля докладът да бъде коригиран така, че да отразява действително случилото се, и да ми изпратите потвърждение.

С уважение,
Стефан Георгиев
Langestraat 61, 8000 Brugge""",
         "Стефан Георгиев"),
        ("deletion", (),
         "snimka",
         """Zdraveite,

predi 2 meseca me obviniha v krajba v magazina vi v Leuven (Diestsestraat). posle se razbra che e greshka – kasierkata ne beshe skenirala edin produkt, a az si platih vsichko. menijarat mi se izvini.

no ohranata mi napravi snimka togava i mi vzeha danni ot lichnata karta. iskam da iztriete snimkata i vsichko za tozi sluchai, ne iskam da stoi nikade.

Blagodarya
Ivan Dimitrov""",
         "Иван Димитров"),
        ("portability", (),
         "Данни от картата за лоялност във файл",
         """Здравейте,

Пиша ви от Пловдив. До миналия месец живеех в Лиеж и пазарувах при вас с карта за лоялност почти четири години. Сега си водя семейния бюджет в приложение, което може да зареди стари разходи от файл.

Бихте ли ми изпратили цялата история на покупките по картата (дата, магазин, продукти, суми) във формат CSV или JSON? Номер на картата 6280 0967 1152, имейлът е същият като този.

Благодаря предварително!
Мариана Колева""",
         "Мариана Колева"),
        ("restriction", (),
         "Регистърът на инцидентите - случаят с дъщеря ми",
         """Уважаеми дами и господа,

На 29 март дъщеря ми (7 г.) си поряза ръката на счупено стъкло на витрина в магазина ви в Namur. Служителите реагираха бързо и случаят е записан в регистъра на инцидентите. Зашиха я в болница с 6 шева.

Сега вашият застраховател иска от магазина медицинската документация и снимки на раната, за да „оцени случая“. Консултирам се с адвокат и все още не съм решила как да продължа.

Докато не се изясни, моля да не изпращате нищо повече за дъщеря ми на застрахователя и да не използвате данните ѝ по друг начин. Не ги изтривайте – адвокатът може да има нужда от записа в регистъра и от видеото.

Моля за писмено потвърждение.

Гергана Илиева
Avenue de la Plante 8, 5000 Namur""",
         "Гергана Илиева"),
        ("objection", (),
         "Възражение - снимката ми на таблото в служебното помещение",
         """Здравейте,

Приятелка, която работи в магазина ви в Schaerbeek, ми каза, че в стаята за почивка на персонала има табло „Внимание – проблемни клиенти“ със снимки от камерите. Моята снимка е там от февруари, след като се скарах на касата заради върнат уред, за който не искаха да ми възстановят парите.

Не съм крала, не съм заплашвала никого. Възразявам снимката ми да се използва по този начин и искам да бъде свалена от таблото и от всички подобни списъци.

Цветелина Николова""",
         "Цветелина Николова"),
        ("withdraw_consent", ("deletion",),
         "Оттеглям съгласието си за снимките от дегустацията",
         """Здравейте,

На 14 март бях на дегустацията на вино в магазина ви в Woluwe и подписах, че съм съгласна да ме снимате за Instagram. Не очаквах обаче, че служителят ще публикува снимката с отбелязан мой личен профил – сега непознати ми пишат.

Оттеглям съгласието си за снимките и моля да изтриете всички снимки с мен, както публикуваните, така и тези, които пазите.

Радина Атанасова""",
         "Радина Атанасова"),
        ("complaint", (),
         "Жалба - касиерката прочете името ми на глас и коментира покупките ми",
         """Уважаеми господа,

На 2 април на каса 4 в магазина ви в Етербек касиерката взе картата ми за лоялност, прочете на глас цялото ми име и каза, така че да чуе цялата опашка: „О, госпожо Василева, пак ли кремове против хемороиди?“. На опашката бяха двама мои съседи.

Това беше унизително. Здравословни неща, които купувам, и името ми не са тема за публичен коментар. Подавам жалба за начина, по който вашата служителка се е отнесла с моите данни.

Очаквам отговор какво сте предприели. Ако не получа такъв до края на месеца, ще подам жалба до белгийския орган за защита на данните.

Светлана Василева
Rue des Champs 22, 1040 Etterbeek""",
         "Светлана Василева"),
        ("other", (),
         "Работа като охранител?",
         """Здравейте,

Казвам се Пламен, живея в Антверпен от 3 години и имам опит като охранител в България. Интересува ме дали наемате охранители директно, или работите само с фирма. Ако е чрез фирма, коя е тя? Говоря английски и малко нидерландски.

Благодаря!
Пламен Тодоров
0466 30 58 21""",
         "Пламен Тодоров"),
        ("other", (),
         "",
         """Здравейте, в неделя забравих черен чадър с дървена дръжка до касите в магазина в Hasselt. Оставен ли е някъде? Мога да мина в събота.

Валентин""",
         "Валентин Стоянов"),
    ],
}

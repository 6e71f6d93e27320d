"""Person mail for the seventyeighth set (pl cs hr sv ro el bg): food at the shop (the in-store café and restaurant corner, bakery and deli pre-orders, party catering with allergy and diet notes, the recipe and meal-planner app, the surprise-bag partner app, click & collect substitutions, tastings and the wine club with its age check), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyeighth.py)."""

PEOPLE_EJ = {
    "pl": [
        ("access", (),
         "Wynik odżywiania w aplikacji – skąd te dane?",
         """Dzień dobry,

od lutego korzystam z planera posiłków w aplikacji Shop Example Kitchen. Zapisuję tam przepisy, a przy rejestracji podałam wagę i cel („minus 5 kg do wakacji”). Do tej pory wszystko było w porządku i nawet mi się podobało.

W zeszłym tygodniu na ekranie głównym pojawił się nagle „wynik odżywiania”: 54/100, z komentarzem, że kupuję „za dużo żywności wysoko przetworzonej i słodyczy”. Nie przypominam sobie, żebym łączyła cokolwiek z paragonami. Wygląda na to, że aplikacja sama pobrała moje zakupy z karty stałego klienta, łącznie z tym, co kupowałam dzieciom do szkoły i na urodziny teściowej (stąd te słodycze...).

Chciałabym się dowiedzieć:
– jakie dane o mnie są brane pod uwagę przy liczeniu tego wyniku (paragony, waga, zapisane przepisy, coś jeszcze?),
– od kiedy aplikacja ma dostęp do moich zakupów i skąd się to wzięło,
– czy ktoś poza Państwem widzi ten wynik albo moją wagę – jakiś partner, ubezpieczyciel, firma reklamowa.

Proszę też o przesłanie kopii danych, które Państwo o mnie przechowują w związku z aplikacją i kartą.

Z poważaniem
Agnieszka Wróblewska
Avenue Brugmann 118, 1190 Forest
karta Shop Example nr 2104 5567 3310""",
         "Agnieszka Wróblewska"),
        ("correction", (),
         "zły numer telefonu przy Click & Collect",
         """Dzień dobry,

w moim koncie jest zapisany numer 0470 12 38 95, a mój prawidłowy to 0470 12 83 95 – dwie cyfry się zamieniły, pewnie przy zakładaniu konta w sklepie.

Wyszło to dopiero teraz, bo w sobotę pani kompletująca zamówienie dzwoniła zapytać o zamiennik (nie było mleka bez laktozy) i trafiła do jakiegoś pana z Liège. Ten pan był na tyle miły, że oddzwonił do sklepu, a sklep do mnie przez żonę. Zabawne, ale wolałbym, żeby obcy ludzie nie wiedzieli, co zamawiam.

Sam tego nie zmienię, bo aplikacja wysyła kod weryfikacyjny na stary numer. Proszę o poprawienie.

Pozdrawiam
Tomasz Kędzior
konto: t.kedzior@interia.pl""",
         "Tomasz Kędzior"),
        ("deletion", (),
         "Degustacja win 14.03 – skan dowodu",
         """Szanowni Państwo,

14 marca byłem z żoną na degustacji win portugalskich w Państwa sklepie w Waterloo. Przy wejściu hostessa zeskanowała mój dowód osobisty tabletem, „do weryfikacji wieku dla klubu winiarskiego”. Mam 46 lat i trochę siwych włosów, naprawdę nie wyglądam na nieletniego, ale nie chciałem robić zamieszania przy kolejce.

Do klubu się nie zapisywałem i nie zamierzam, przyszedłem tylko na degustację. Proszę więc o usunięcie tego skanu oraz wszystkiego, co przy tej okazji zostało zapisane (imię i nazwisko, data urodzenia, numer dokumentu, zdjęcie z dowodu), zarówno u Państwa, jak i u firmy, która tę weryfikację robi.

Proszę o potwierdzenie mailowe, kiedy to zostanie zrobione.

Z wyrazami szacunku
Krzysztof Malinowski
Chaussée de Bruxelles 57, 1410 Waterloo""",
         "Krzysztof Malinowski"),
        ("portability", (),
         "Eksport historii zamówień",
         """Witam,

prowadzę domowy budżet w programie, który potrafi importować pliki CSV, i chciałbym w końcu zobaczyć, ile naprawdę wydajemy na jedzenie.

Czy mogą Państwo przesłać mi historię wszystkich moich zamówień Click & Collect od początku 2024 roku – z pozycjami, ilościami, cenami, zamiennikami i datą odbioru – w pliku CSV albo Excel? W koncie są tylko pojedyncze PDF-y do każdego zamówienia, a tych jest ponad setka, więc przepisywanie odpada.

Konto: bartek.zielinski@gmail.com

Dziękuję i pozdrawiam
Bartłomiej Zieliński""",
         "Bartłomiej Zieliński"),
        ("restriction", ("access",),
         "Zamówienie cateringowe CT-2026-0412 – reakcja alergiczna syna",
         """Szanowni Państwo,

na Pierwszą Komunię naszego syna Jakuba (26 kwietnia) zamówiliśmy u Państwa catering dla 30 osób (zamówienie CT-2026-0412, sklep Anderlecht). W formularzu zamówienia wyraźnie zaznaczyłam, że Jakub ma ciężką alergię na orzechy laskowe i arachidowe, a pani przyjmująca zamówienie powtórzyła to i zapisała w uwagach.

Mimo to w tarcie z owocami, podpisanej jako „bez orzechów”, był krem z orzechów laskowych. Jakub dostał wstrząsu anafilaktycznego, musieliśmy wezwać karetkę, spędził noc w szpitalu Saint-Pierre. Dziś jest już dobrze, ale sprawą zajmuje się nasz prawnik i ubezpieczyciel.

W związku z tym, na podstawie art. 18 RODO, proszę:
1. nie usuwać zamówienia, formularza z uwagami o alergii, korespondencji ani nagrań rozmów telefonicznych, jeśli istnieją – są nam potrzebne jako dowód;
2. jednocześnie nie wykorzystywać tych danych, w szczególności informacji o zdrowiu mojego syna, do żadnych innych celów i nie przekazywać ich nikomu poza osobami zajmującymi się tą sprawą.

Proszę także o przesłanie kopii formularza zamówienia wraz z uwagami o alergii, dokładnie w takiej formie, w jakiej zostały zapisane w Państwa systemie, oraz informacji, komu to zamówienie zostało przekazane do realizacji (kuchnia, zewnętrzna cukiernia?).

Z poważaniem
Magdalena Nowicka
Rue de Veeweyde 14, 1070 Anderlecht
tel. 0493 41 27 60""",
         "Magdalena Nowicka"),
        ("objection", (),
         "LastBite",
         """Dzień dobry,

od kilku miesięcy kupuję wieczorem paczki-niespodzianki z Państwa piekarni przez aplikację LastBite. Sama idea bardzo mi się podoba, mniej jedzenia w koszu.

Od niedawna w aplikacji Shop Example widzę jednak sekcję „Oferty dopasowane do Twoich paczek LastBite”, a LastBite z kolei wysyła mi powiadomienia o Waszych promocjach na pieczywo, z moim imieniem i nazwą „mojego” sklepu. Czyli wymieniacie się moimi danymi do reklamy.

Nie zgadzam się na to. Proszę nie przekazywać moich danych LastBite do celów marketingowych, nie pobierać od nich informacji o moich paczkach i nie budować na tej podstawie żadnego profilu. Paczki chcę kupować dalej, po prostu bez tego wszystkiego.

Pozdrawiam
Joanna Kaczmarek""",
         "Joanna Kaczmarek"),
        ("withdraw_consent", (),
         "",
         """dzien dobry prosze juz nie wysylac mi smsow z promocjami z kawiarni (karta kawowa, co 10 kawa gratis, happy hour itd). kiedys przy zakladaniu karty zaznaczylam zgode ale juz nie chce, przychodzi to codziennie rano
karte zostawiam bo mam juz 7 pieczatek :)
nr tel 0486 552 901
Ewa Lis""",
         "Ewa Lis"),
        ("complaint", ("deletion",),
         "Lista zamówień wielkanocnych na ladzie – ponownie",
         """Dzień dobry,

piszę drugi raz, bo na maila z 18 marca nikt nie odpowiedział.

Przed Wielkanocą zamówiłam w piekarni w sklepie w Schaerbeek babkę i mazurek. Pani za ladą zapisała moje imię, nazwisko i numer telefonu na wydrukowanej liście zamówień. Ta lista przez kilka dni leżała na ladzie przy kasie, odwrócona w stronę klientów, w przezroczystej koszulce: kilkadziesiąt nazwisk, numerów telefonów i co kto zamówił. Widziałam, jak jeden pan robił jej zdjęcie telefonem. Moja sąsiadka też ją przeczytała i potem mnie zapytała, czy „znowu robię mazurek dla całej rodziny”.

Uważam, że tak nie wolno obchodzić się z danymi klientów. Oczekuję:
– wyjaśnienia, co zrobiono z tą listą i kto miał do niej dostęp,
– usunięcia mojego numeru telefonu i nazwiska z listy i z Państwa systemu zamówień – babkę odebrałam, więc nie ma już powodu ich trzymać.

Jeżeli tym razem nie dostanę odpowiedzi w ciągu dwóch tygodni, złożę skargę do belgijskiego urzędu ochrony danych (APD/GBA).

Barbara Michalska
0477 86 15 32""",
         "Barbara Michalska"),
        ("other", (),
         "Tort na urodziny – zły napis i rozmazane zdjęcie",
         """Dzień dobry,

w sobotę odebrałem tort zamówiony na 5. urodziny córki (zamówienie BK-58812, piekarnia w sklepie Auderghem). Na torcie miał być napis „Sto lat, Zuzia!” i zdjęcie córki z kotem, które wysłałem przez formularz na stronie.

Na torcie było „Sto lat, Zosia!”, a zdjęcie tak rozmazane, że kota nie dało się odróżnić od poduszki. Córka była trochę smutna, goście się śmiali. Smak za to bardzo dobry, nie ma co narzekać.

Pani w sklepie powiedziała, żebym napisał maila, więc piszę na pierwszy adres, jaki znalazłem na stronie. Czy mogę liczyć na zwrot przynajmniej części kwoty (tort kosztował 39,90 EUR)? Paragon i zdjęcia tortu mogę przesłać.

Pozdrawiam
Paweł Sikora
0468 20 71 49""",
         "Paweł Sikora"),
        ("other", (),
         "Oferta współpracy – pierogi i uszka ręcznie lepione",
         """Szanowni Państwo,

nazywam się Renata Górecka i reprezentuję firmę Pierogarnia Pod Lipami z Nowego Sącza. Od 18 lat produkujemy ręcznie lepione pierogi, uszka i krokiety według tradycyjnych receptur, bez konserwantów, mrożone szokowo. Nasze produkty są już dostępne w sklepach polskich w Niemczech, Holandii i Irlandii.

Wiemy, że w Belgii mieszka duża Polonia, a w Państwa sklepach działa lada garmażeryjna z daniami na wynos. Chętnie zaproponowalibyśmy Państwu współpracę: dostawy pierogów (ruskie, z kapustą i grzybami, z mięsem) w opakowaniach 500 g lub luzem w kartonach 5 kg dla lady, a przed świętami także uszka do barszczu.

W załączeniu przesyłam katalog i cennik hurtowy. Z przyjemnością wyślę też próbki do wybranego sklepu lub działu zakupów. Przepraszam, jeśli ten adres nie jest właściwy – będę wdzięczna za przekazanie wiadomości osobie odpowiedzialnej za zakupy.

Z poważaniem
Renata Górecka
Kierownik ds. eksportu
Pierogarnia Pod Lipami sp. z o.o.
ul. Lwowska 112, 33-300 Nowy Sącz
tel. +48 18 443 21 70
NIP 734-318-22-09""",
         "Renata Górecka"),
    ],
    "cs": [
        ("access", (),
         "Odkud máte moje číslo?",
         """Dobrý den,

minulý měsíc jsem přes Tablify rezervovala stůl v kavárně ve vaší prodejně v Ixelles, slavily jsme s holkama narozeniny kamarádky (6 osob, 7. března). Rezervace proběhla v pohodě, to jen na úvod.

Od té doby mi ale chodí SMS od Shop Example s nabídkami typu „Víkendový brunch za 19 €“ a minulý týden mi dokonce volal někdo z nějaké cateringové firmy, jestli neplánuju další oslavu. Do vašeho věrnostního programu jsem se nikdy nepřihlásila a číslo jsem zadávala jen do té rezervace.

Chtěla bych proto vědět:
– jaké údaje o mně máte,
– odkud je máte (od Tablify? z rezervace?),
– komu jste je předali, hlavně té cateringové firmě.

Děkuju,
Lucie Horáková
+32 471 55 09 38""",
         "Lucie Horáková"),
        ("correction", (),
         "Vinný klub – špatné datum narození",
         """Dobrý den,

pokoušel jsem se přihlásit do vašeho Vinného klubu a ověření věku mi neprošlo. Důvod jsem našel až po chvíli: v mém zákaznickém účtu mám datum narození 12. 7. 2009 místo 12. 7. 1990. Asi překlep z doby, kdy jsem si před lety zakládal věrnostní kartu na pokladně.

Aplikace mi teď tvrdí, že mi „není 18 let“, takže si nemůžu objednat ani lístky na degustaci, ani víno v e-shopu. Prosím o opravu data narození v účtu na 12. 7. 1990. Ověření přes tu jejich službu s fotkou občanky jsem už jednou absolvoval, podruhé se mi do toho nechce.

Karta č. 2207 1148 9023.

S pozdravem
Ing. Martin Dvořák""",
         "Martin Dvořák"),
        ("deletion", (),
         "Zrušení účtu v aplikaci s recepty",
         """Dobrý den,

prosím o zrušení mého účtu v plánovači jídel Shop Example Kitchen a smazání všeho, co v něm je: uložené recepty, jídelníčky, nákupní seznamy, moje váha, výška, cíl a to „skóre výživy“ počítané z nákupů.

Aplikaci jsem používala během těhotenství, protože jsem měla těhotenskou cukrovku a potřebovala jsem hlídat sacharidy. Už ji nepotřebuju a nechci, aby tyhle údaje někde zůstaly. Věrnostní kartu si ale chci nechat, tu prosím nerušte.

E-mail k účtu: k.novotna@seznam.cz

Děkuji
Kateřina Novotná""",
         "Kateřina Novotná"),
        ("portability", (),
         "Export hodnocení vín",
         """Dobrý den,

jsem členem vašeho Vinného klubu od roku 2022. V aplikaci klubu si ke každé láhvi zapisuju hodnocení a poznámky z degustací, za ty roky se toho nasbíralo přes dvě stě záznamů. Teď si chci vést sklep v jiné aplikaci, která umí import ze souboru.

Mohli byste mi poslat všechny moje nákupy z klubu (víno, ročník, datum, cena) a moje hodnocení a poznámky jako CSV, případně JSON? V aplikaci je jen možnost sdílet jednotlivé láhve jako obrázek, to mi nepomůže.

Členské číslo WC-30417.

Díky a hezký den
Jan Procházka""",
         "Jan Procházka"),
        ("restriction", (),
         "Poznámka u mého účtu Click & Collect",
         """Dobrý den,

ve čtvrtek jsem si vyzvedával objednávku Click & Collect v prodejně ve Woluwe. Místo bezlepkového chleba, který jsem objednal, byl v tašce obyčejný žitný jako „náhrada“. Mám celiakii, takže jsem ho vrátil a chtěl peníze zpět. Zaměstnanec u výdeje pak natočil monitor a řekl mi, ať si to přečtu: u mého účtu je poznámka „Zákazník agresivní, neustále reklamuje náhrady – nevyhovět“.

Nikdy jsem na nikoho nekřičel. Náhrady reklamuju, protože mi nemůžete dávat lepek, to je celé.

Podal jsem stížnost vedoucímu prodejny a čekám na výsledek. Do té doby žádám, aby se ta poznámka nepoužívala – aby se podle ní nerozhodovalo o mých reklamacích ani objednávkách a aby ji neviděli další lidé u výdeje. Nemažte ji ale zatím, potřebuju ji jako důkaz, kdyby to došlo dál.

S pozdravem
Radek Veselý
radek.vesely@email.cz""",
         "Radek Veselý"),
        ("objection", ("withdraw_consent",),
         "Ramadánové nabídky??",
         """Dobrý den,

v lednu jsem si u vás objednal catering na firemní oslavu (40 lidí) a do formuláře jsem uvedl, že pro část hostů má být jídlo halal a pro dva lidi bez vepřového. Od března mi chodí e-maily „Ramadán Mubarak – speciální nabídky pro vás“ a v aplikaci mám najednou sekci „Halal pro vás“.

Muslim nejsem, halal bylo pro kolegy. Ale i kdybych byl, je to údaj o náboženství a nemáte z něj co vyvozovat pro reklamu. Nesouhlasím s tím, abyste z mých objednávek cateringu skládali můj profil a posílali mi podle něj nabídky. Chci, abyste to přestali dělat.

A když už píšu: odhlaste mě prosím i ze všech newsletterů e-mailem, souhlas s nimi beru zpět.

Petr Kučera
Rue de la Loi 212, 1040 Bruxelles""",
         "Petr Kučera"),
        ("withdraw_consent", (),
         "odhlášení",
         """Dobrý den, prosím odhlaste mě z pozvánek na degustace (víno, sýry, whisky, teď nově i čokoláda). Chodí to skoro každý týden a stejně nestíhám. Děkuji.
Pavel Šimek""",
         "Pavel Šimek"),
        ("complaint", ("deletion",),
         "Stížnost – zneužití telefonního čísla vaším číšníkem",
         """Vážení,

dne 28. 2. 2026 jsem měla rezervovaný stůl v restauraci ve vaší prodejně ve Woluwe-Saint-Lambert (rezervace přes Tablify na jméno Nováková, 2 osoby). Číšník se k nám choval velmi nezdvořile a hostovi u vedlejšího stolu dokonce vylil kávu na bundu. Druhý den jsem to slušně popsala ve formuláři zpětné vazby na vašem webu.

O dva dny později mi na WhatsApp přišla zpráva ze soukromého čísla: „Příště si stěžujte jinde. Víme, kde vás najít.“ Z profilové fotky a dalších zpráv je jasné, že jde o toho číšníka. Své číslo jsem uvedla pouze při rezervaci.

Považuji za naprosto nepřijatelné, že zaměstnanec má přístup k rezervačním údajům a zjevně i ke stížnostem zákazníků a může je použít k zastrašování. Žádám o písemné vysvětlení, jak k tomu mohlo dojít a jaká opatření jste přijali, a dále o výmaz mého telefonního čísla z vašeho rezervačního systému.

Pokud nedostanu odpověď do 30 dnů, podám stížnost u belgického úřadu pro ochranu osobních údajů (Autorité de protection des données) a zvážím i trestní oznámení.

S pozdravem
Mgr. Jana Nováková
Avenue Georges Henri 301, 1200 Woluwe-Saint-Lambert""",
         "Jana Nováková"),
        ("other", (),
         "Káva",
         """Dobrý den,

nevím, jestli píšu správně, ale jiný e-mail jsem na webu nenašla.

Včera (v sobotu) jsem v kavárně ve vaší prodejně v Namuru čekala na cappuccino 25 minut, a když konečně přišlo, bylo studené. Číšník se ani neomluvil, jen řekl, že mají málo lidí. Zaplatila jsem 4,20 €. Nejde mi o peníze, jen ať to někdo ví – dřív tam bylo moc fajn.

Ale kdybyste mi poslali poukaz na kávu, nezlobila bych se :)

Zdraví
Hana Krejčí""",
         "Hana Krejčí"),
        ("other", (),
         "Otevírací doba o Velikonocích",
         """Dobrý den,

bude mít pekárna a kavárna v prodejně na Avenue Louise otevřeno na Velikonoční pondělí (6. 4.)? Mám tam předobjednaného beránka a mazanec a nevím, jestli si je můžu vyzvednout až v pondělí, nebo musím v sobotu. A do kolika hodin se dají předobjednávky vyzvedávat?

Děkuji za odpověď
Alena Černá""",
         "Alena Černá"),
    ],
    "hr": [
        ("access", (),
         "Klub vina – što čuvate od moje osobne iskaznice?",
         """Poštovani,

prošli mjesec učlanio sam se u vaš Klub vina. Pri registraciji aplikacija je tražila da fotografiram osobnu iskaznicu s obje strane i da napravim selfie, „radi provjere dobi“, koju očito obavlja neka vanjska tvrtka (na ekranu je pisalo „powered by VeriNox“).

Razumijem da morate provjeriti jesam li punoljetan, ali zanima me sljedeće:
– što se od toga točno čuva: cijela slika iskaznice, selfie, OIB i broj dokumenta, ili samo podatak da sam stariji od 18?
– tko sve ima pristup tim podacima, vi, VeriNox, još netko?
– koliko dugo se to čuva i nalazi li se ta tvrtka izvan EU?

Molim vas i za kopiju svih podataka koje o meni imate u vezi s Klubom vina.

Lijep pozdrav,
Davor Kovačević
Rue Gray 86, 1040 Etterbeek
član br. WC-41190""",
         "Davor Kovačević"),
        ("correction", (),
         "Pogrešna napomena o alergiji u mom profilu",
         """Pozdrav,

kod vas redovito naručujem catering za obiteljska slavlja (krstitke, rođendani). U zadnjoj ponudi koju sam dobila primijetila sam da u mom profilu pod „Prehrambene napomene“ piše „alergija na orašaste plodove“.

To nije točno. Ja imam celijakiju, dakle sve mora biti strogo bez glutena, a orašasti plodovi mi uopće ne smetaju. Zbog te krive napomene su mi na zadnjem slavlju umjesto bezglutenskih sendviča stavili obične, samo „bez oraha“, pa nisam mogla jesti ništa osim salate.

Molim vas da ispravite napomenu u profilu: celijakija, strogo bez glutena (i bez tragova), bez alergije na orašaste plodove.

Hvala,
Ivana Perić
0479 63 12 85""",
         "Ivana Perić"),
        ("deletion", (),
         "Fotografija za tortu",
         """Poštovani,

za kćerin sedmi rođendan naručila sam tortu s otisnutom fotografijom (narudžba BK-60233, preuzeta 21. 3. u trgovini u Ixellesu). Torta je bila odlična i svi su bili oduševljeni, hvala!

Fotografiju sam poslala preko vaše stranice za narudžbe iz pekarnice. Molim vas da je sada obrišete iz sustava, zajedno s imenom i godinama djeteta koje sam upisala za natpis. Ne želim da slike moje djece stoje na nekom serveru kad više nisu potrebne.

Unaprijed hvala,
Jasmina Babić""",
         "Jasmina Babić"),
        ("portability", (),
         "Izvoz recepata i jelovnika",
         """Bok,

prelazim na drugu aplikaciju za planiranje obroka pa bih htio sve što imam u Shop Example Kitchen dobiti u jednoj datoteci: spremljene recepte (ima ih oko 140, dosta sam ih sam unio), tjedne jelovnike i povijest težine od prošle godine naovamo.

JSON, CSV, svejedno, samo da se može uvesti. U aplikaciji postoji samo „Podijeli recept“, jedan po jedan, a to mi nije opcija za 140 recepata.

Račun: marko.vukovic@gmail.com

Hvala unaprijed,
Marko Vuković""",
         "Marko Vuković"),
        ("restriction", (),
         "Naknada za nedolazak – rezervacija 14. 2.",
         """Poštovani,

za Valentinovo smo supruga i ja preko Tablifyja rezervirali stol u restoranu u vašoj trgovini u Uccleu, za 20:00. Došli smo u 19:55, ali konobar nam je rekao da rezervacije nema i da je stol dan drugima. Otišli smo na večeru drugdje.

Nekoliko dana kasnije na kartici mi je naplaćena „naknada za nedolazak“ od 40 EUR. Osporio sam tu naplatu kod svoje banke i postupak je u tijeku.

Dok se to ne riješi, molim vas da podatke o toj rezervaciji (vrijeme rezervacije, moj broj telefona, podatke o kartici, bilješke osoblja) ne brišete jer su mi potrebni kao dokaz, ali ih ni za što drugo ne koristite i ne prosljeđujete nikome osim banci ako to zatraži.

S poštovanjem,
Tomislav Jurić
Avenue de Fré 40, 1180 Uccle
+32 485 27 66 19""",
         "Tomislav Jurić"),
        ("objection", ("deletion",),
         "zamjene i „personalizirane“ preporuke",
         """Dobar dan,

u zadnjoj Click & Collect narudžbi na računu je pisalo „Zamjena odabrana prema vašim navikama kupnje“ i umjesto običnog piva dobio sam bezalkoholno, jer ga navodno „često kupujem“. Kupio sam ga dvaput, za šogora. Uz to mi aplikacija od tada nudi bezalkoholna pića, čips „koji volite“ i slično.

Ne želim da analizirate moje kupnje i od toga radite profil za zamjene, preporuke i reklame. Ako proizvoda nema, neka ga nema ili me nazovite. Protivim se toj obradi, a profil navika koji ste već složili molim obrišite.

Pozdrav,
Goran Šimić""",
         "Goran Šimić"),
        ("withdraw_consent", ("deletion",),
         "Suglasnost za račune – povlačim",
         """Poštovani,

kad sam instalirala aplikaciju s receptima i jelovnicima, kliknula sam „Da“ na pitanje smije li aplikacija koristiti račune s moje kartice vjernosti za „ocjenu prehrane“. Tada mi se to činilo zgodno.

Predomislila sam se i povlačim tu privolu – aplikacija više ne smije čitati moje račune. Molim i da obrišete sve ocjene prehrane koje su dosad izračunate iz mojih kupnji. Recepte i jelovnike i dalje koristim, njih ostavite.

Lijepi pozdrav,
Maja Horvat""",
         "Maja Horvat"),
        ("complaint", (),
         "Re: Zahtjev – podaci koje dijelite s LastBite",
         """Poštovani,

prošlo je pet tjedana od moje poruke (dolje) i nisam dobio nikakav odgovor, čak ni automatsku potvrdu. Koliko znam, rok za odgovor je mjesec dana.

Ako do kraja mjeseca ne dobijem odgovor, podnijet ću pritužbu belgijskom nadzornom tijelu za zaštitu podataka (APD/GBA).

Ante Knežević

-----Izvorna poruka-----
Od: Ante Knežević <ante.knezevic@gmail.com>
Poslano: ponedjeljak, 9. ožujka 2026. 21:14
Prima: privacy@shop.example.be
Predmet: Zahtjev – podaci koje dijelite s LastBite

Poštovani,

preko aplikacije LastBite povremeno kupujem vrećice iznenađenja iz vaše pekarnice u Saint-Gillesu. Nedavno mi je LastBite poslao e-mail s mojim brojem kartice vjernosti Shop Example, koji im nikad nisam dao.

Molim vas da mi javite koje podatke o meni razmjenjujete s LastBiteom i na temelju čega.

Ante Knežević""",
         "Ante Knežević"),
        ("other", (),
         "Nedostaje vrećica",
         """Pozdrav,

jučer sam preuzeo Click & Collect narudžbu br. CC-771204 u Anderlechtu. Kad sam došao doma skužio sam da nedostaje jedna vrećica: na računu piše 3 vrećice, a ja sam dobio 2. Fali meso (pileća prsa, mljeveno) i sir, ukupno oko 27 EUR.

Molim povrat novca na karticu ili da mi to pripremite uz sljedeću narudžbu, kako vam je lakše.

Hvala,
Nikola Marić
0466 18 40 72""",
         "Nikola Marić"),
        ("other", (),
         "Ekstra djevičansko maslinovo ulje iz Istre – ponuda",
         """Poštovani,

obraćam vam se u ime obiteljskog gospodarstva Oliveto Radolović iz Vodnjana u Istri. Već tri generacije uzgajamo masline (istarska bjelica, buža, leccino) i proizvodimo ekstra djevičansko maslinovo ulje, nagrađivano na natjecanjima Flos Olei i NYIOOC.

Primijetili smo da u vašim trgovinama imate delikatesni kutak i degustacije vina i sireva. Vjerujemo da bi naše ulje, u bocama od 250 i 500 ml, odlično pristajalo uz vašu ponudu, a rado bismo organizirali i degustaciju u nekoj od vaših trgovina.

U privitku šaljem katalog s cijenama za veleprodaju (franko Bruxelles, min. 1 paleta). Ako ovo nije prava adresa, bio bih zahvalan da poruku proslijedite odjelu nabave.

Srdačan pozdrav,
Luka Radolović
OPG Oliveto Radolović
Stancija Bembo 3, 52215 Vodnjan, Hrvatska
+385 98 441 2073""",
         "Luka Radolović"),
    ],
    "sv": [
        ("access", (),
         "Vad får LastBite veta om mig?",
         """Hej!

Jag hämtar ofta överraskningspåsar från ert bageri i Schaerbeek via LastBite, oftast på torsdagar. Nu har jag märkt att LastBite-appen plötsligt visar ”Dina favoriter hos Shop Example” med varor som jag har köpt i butiken med mitt kundkort, alltså inte via LastBite. Ni delar uppenbarligen uppgifter med dem.

Jag vill veta vilka uppgifter om mig ni lämnar till LastBite, vilka ni får tillbaka från dem och sedan när det här pågår. Har de också fått mina köp från caféet?

Mvh
Johanna Lindqvist
Rue Royale Sainte-Marie 52, 1030 Schaerbeek""",
         "Johanna Lindqvist"),
        ("correction", (),
         "Fel namn på bordsbokningarna",
         """Hej,

varje gång jag bokar bord i restaurangdelen i er butik i Woluwe kommer bekräftelsen till ”Eric Söderbergg”, och påminnelse-sms:et går till mitt gamla nummer som jag inte har haft sedan 2023. Förra veckan fick personalen ringa runt och leta efter mig när jag var fem minuter sen.

Rätt är Erik Söderberg och 0472 31 08 44. Kan ni rätta det i mitt konto? Jag hittar ingenstans där jag kan ändra det själv.

Tack på förhand!
Erik""",
         "Erik Söderberg"),
        ("deletion", ("withdraw_consent",),
         "Uppsägning av vinklubben",
         """Hej,

Jag har sagt upp mitt medlemskap i vinklubben från och med april. Inget fel på vinerna, vi dricker bara mindre nuförtiden.

Jag vill att ni raderar allt ni har om mig kopplat till klubben: medlemsuppgifterna, köphistoriken, provningsanteckningarna och framför allt kopian av mitt pass och selfien från åldersverifieringen. Det känns inte bra att de ligger kvar någonstans.

Sluta också skicka nyhetsbrevet och inbjudningar till provningar, jag vill inte ha dem längre.

Med vänliga hälsningar
Gunilla Berg
Medlemsnummer WC-22871""",
         "Gunilla Berg"),
        ("portability", (),
         "Export av kvitton och näringspoäng",
         """Hej,

Jag har börjat gå till en dietist som vill se vad jag faktiskt handlar. I er app finns ju en ”näringspoäng” per vecka som räknas ut från mina kvitton.

Kan ni skicka alla mina kvitton sedan januari 2025 (vara, antal, datum) tillsammans med näringspoängen per vecka som en CSV-fil eller liknande, så att dietisten kan läsa in det i sitt program? Skärmdumpar ur appen fungerar inte, det blir hundratals.

Kundkort 2101 7730 4456.

Mvh
Anders Holm""",
         "Anders Holm"),
        ("restriction", (),
         "Catering 6 mars – glutenfritt – spara uppgifterna",
         """Hej,

Den 6 mars firade jag min 40-årsdag med en buffé som jag beställt hos er (order CT-2026-0306, butiken i Etterbeek). Jag har celiaki och skrev tydligt i beställningen att allt skulle vara glutenfritt. Ändå innehöll pajerna vanligt vetemjöl, vilket personalen bekräftade dagen efter. Jag var sjuk i nästan en vecka.

Jag har anmält skadan till mitt försäkringsbolag och de kommer troligen att kontakta er. Jag ber er därför att inte radera beställningen, mina anteckningar om celiakin, mejlväxlingen och kvittona – men heller inte använda uppgifterna om min sjukdom till något annat, t.ex. reklam för ”glutenfria nyheter”, förrän ärendet är avslutat.

Vänliga hälsningar
Karin Eklund
Avenue d'Auderghem 77, 1040 Etterbeek
0498 12 55 73""",
         "Karin Eklund"),
        ("objection", (),
         "Kaffekortet",
         """Hej.

Sedan jag skaffade ert digitala kaffekort får jag pushnotiser i stil med ”Du brukar ta en havrelatte runt 8.15 – här är 20 % på havredryck i butiken”. Ärligt talat lite obehagligt, det känns som att någon står och tittar på mig i kön.

Jag vill inte att ni analyserar när och vad jag dricker för att skicka riktad reklam. Stämpla kortet och ge mig den tionde koppen gratis, det räcker gott. Jag motsätter mig den här profileringen.

/Sara Nyström""",
         "Sara Nyström"),
        ("withdraw_consent", (),
         "avsluta",
         """hej, vill inte ha fler mejl om veckans erbjudanden och recepttips. jag handlar bara click and collect ibland, det räcker med orderbekräftelserna. tack

skickat från min mobil""",
         "Linnea Åberg"),
        ("complaint", ("deletion",),
         "Ni la ut min sons tårta med foto på Instagram",
         """Hej,

Jag beställde en födelsedagstårta till min son Elias som fyllde 6 (order BK-61402, bageriet i Jette). På tårtan trycktes ett foto av honom och texten ”Grattis Elias 6 år!”. Fotot laddade jag upp via er beställningssida, bara för tårtan.

I går fick jag ett meddelande av en annan förälder på förskolan: tårtan, med Elias ansikte och namn, ligger ute på butikens Instagramkonto som ”Veckans tårta”, med hashtaggen för stadsdelen. Ingen har frågat mig om lov. Den har flera hundra gillningar och kommentarer.

Det här är helt oacceptabelt. Jag vill att inlägget tas bort omedelbart, och att fotot av Elias raderas från alla era system och konton, även beställningssystemet. Jag vill också ha en förklaring till hur det kunde hända.

Om inlägget inte är borta inom 48 timmar anmäler jag det till den belgiska dataskyddsmyndigheten.

Maria Sjöberg
0489 70 26 11""",
         "Maria Sjöberg"),
        ("other", (),
         "Servitören i Uccle",
         """Hej,

Vill bara säga till om servitören i caféet i er butik i Uccle i lördags förmiddag (lång, mörkt skägg). Han var riktigt otrevlig mot min mamma som är 82 och tog tid på sig att välja. Han himlade med ögonen och sa ”vi har inte hela dagen”. Hon blev ledsen och vi gick därifrån utan att äta upp.

Jag vill inget ha, men tycker att någon borde prata med honom.

Hälsningar
Mikael Forsberg""",
         "Mikael Forsberg"),
        ("other", (),
         "Job application – barista",
         """Hej!

Jag såg på er hemsida att caféet i butiken vid Place Flagey söker en barista på deltid. Jag är 24 år, bor i Ixelles sedan två år och har jobbat tre år som barista på ett kafé i Göteborg, bland annat med latteart och kassaansvar. Jag pratar svenska, engelska och franska (B2), och lär mig nederländska.

Jag bifogar mitt CV. Jag kan börja redan i maj och jobba både helger och kvällar.

Vänliga hälsningar
Ebba Lund
0465 39 82 04""",
         "Ebba Lund"),
    ],
    "ro": [
        ("access", (),
         "Lista de precomenzi de la brutărie",
         """Bună ziua,

De Paște am precomandat un cozonac și o pască la brutăria din magazinul dumneavoastră din Evere. Vânzătoarea mi-a trecut numele și numărul de telefon pe o listă de hârtie care stătea lângă casă, unde erau toate precomenzile. Am ridicat comanda fără probleme.

După vreo două săptămâni am primit un SMS de la „Shop Example Traiteur” cu oferte pentru „mesele de sărbătoare”. Nu am dat niciodată numărul meu pentru reclame și nu am card de fidelitate.

Aș vrea să știu ce date ați păstrat despre mine din acea precomandă, dacă lista de hârtie a fost introdusă în vreun sistem, de unde are serviciul de catering numărul meu și cui l-ați mai dat.

Vă mulțumesc,
Elena Popescu
Avenue Henri Conscience 140, 1140 Evere""",
         "Elena Popescu"),
        ("correction", (),
         "Cardul de cafea e pe numele altcuiva",
         """Bună ziua,

Am de câțiva ani card de fidelitate la cafeneaua din magazinul din Ixelles. De vreo lună, când îl scanez, pe ecran și pe bon apare „Bine ați revenit, Mihaela!”, iar chitanțele electronice îmi vin pe o adresă de e-mail care nu e a mea (mihaela.stoica@...). Eu sunt Mihai Stoica. Probabil cineva de la casă a greșit când a actualizat contul sau a legat cardul de alt client cu același nume de familie.

Vă rog să corectați numele și adresa de e-mail pe card: Mihai Stoica, mihai.stoica84@yahoo.com. Ștampilele adunate (8 din 10) sunt ale mele, sper să nu se piardă.

Numărul cardului: 2209 6613 0087

Mulțumesc,
Mihai Stoica""",
         "Mihai Stoica"),
        ("deletion", (),
         "Ștergere date rezervare",
         """Bună ziua,

Vă rog să ștergeți datele mele din sistemul de rezervări al restaurantului din magazinul din Anderlecht: numele, telefonul și observația pe care am lăsat-o („masă lungă pentru 14 persoane, meniu de post, fără alcool”).

Am rezervat o singură dată, în ianuarie, pentru parastasul tatălui meu. Contul din Tablify l-am șters deja, dar vreau să fiu sigur că nici la dumneavoastră nu rămâne nimic.

Vă mulțumesc pentru înțelegere,
Cristian Dumitrescu""",
         "Cristian Dumitrescu"),
        ("portability", (),
         "istoric comenzi torturi si platouri",
         """Buna ziua,

organizez de cativa ani petrecerile de la gradinita copiilor si comand aproape tot de la voi: torturi, briose, platouri de la catering. Vreau sa am toata evidenta intr-un tabel, ca sa vad ce am comandat si cat a costat si sa le pot trimite celorlalti parinti.

Puteti sa-mi trimiteti istoricul tuturor comenzilor mele de la brutarie si catering din 2023 incoace (data, produs, cantitate, pret) intr-un fisier Excel sau CSV? In cont vad doar facturi PDF una cate una.

Contul e pe adresa andreea.marin@gmail.com

Multumesc frumos,
Andreea Marin""",
         "Andreea Marin"),
        ("restriction", (),
         "Contestație verificare vârstă – Clubul de vinuri",
         """Stimată doamnă / Stimate domn,

La înscrierea în Clubul de vinuri Shop Example, serviciul de verificare a vârstei a respins cartea mea de identitate românească, cu mențiunea „document posibil falsificat”. Documentul este autentic, emis în 2022 de SPCLEP Sector 3, și îl folosesc zilnic. Am depus deja o contestație prin formularul din aplicație și voi prezenta documentul în original la magazin dacă este nevoie.

Până la soluționarea contestației vă rog:
– să nu folosiți această decizie sau scanarea documentului în niciun alt scop și să nu le transmiteți altor parteneri;
– să nu îmi blocați contul de fidelitate sau comenzile pe baza acestei mențiuni;
– să nu ștergeți totuși scanarea și rezultatul verificării, deoarece am nevoie de ele pentru contestație.

Cu stimă,
Ioana Constantinescu
Rue du Trône 129, 1050 Ixelles""",
         "Ioana Constantinescu"),
        ("objection", ("access",),
         "Reclame de la asigurări în aplicația de rețete",
         """Bună ziua,

Folosesc aplicația Shop Example Kitchen pentru planificarea meselor și am introdus acolo greutatea mea și obiectivul („slăbire 8 kg”). De vreo două săptămâni, în aplicație apar reclame de la „VitaSure Asigurări” cu „reducere la asigurarea de sănătate pentru un IMC sănătos”, iar azi am primit și un e-mail de la ei.

Nu sunt de acord ca greutatea mea, obiectivele de dietă sau orice altceva din aplicație să fie folosite pentru reclame personalizate ori transmise vreunui partener, cu atât mai puțin unei firme de asigurări. Vă rog să opriți asta.

Și aș vrea să știu dacă i-ați trimis deja firmei VitaSure date despre mine și, dacă da, ce anume.

Gabriela Ionescu""",
         "Gabriela Ionescu"),
        ("withdraw_consent", (),
         "Dezabonare",
         """Bună,

Vă rog să mă scoateți de pe lista pentru newsletterul „Salvează mâncarea” și pentru notificările despre pungile surpriză. Când am instalat aplicația am bifat că vreau, dar acum îmi vin prea multe. Pungi o să mai iau din când în când direct din LastBite.

Mersi,
Alexandru Radu""",
         "Alexandru Radu"),
        ("complaint", ("objection",),
         "Plângere – mențiunea religioasă pe comanda de catering",
         """Stimate domn / Stimată doamnă,

În decembrie am comandat la dumneavoastră un catering pentru o ședință de lucru la biroul unde lucrez (comanda CT-2025-1219). Fiind în Postul Crăciunului, am cerut ca porția mea să fie „de post”, iar în formular am scris, la rubrica indicată, că țin postul ortodox.

Livrarea a sosit cu o etichetă mare pe fiecare cutie: numele meu complet și, cu litere îngroșate, „RELIGIE: ORTODOX – POST”. Cutiile au fost deschise de colegi la recepție și eticheta a stat toată ziua pe masa din sala de ședințe. Nu era nevoie ca informația despre religia mea să fie scrisă pe ambalaj, era suficient „meniu vegan”.

În plus, în ianuarie am fost sunată de firma parteneră care a gătit meniul, cu oferte pentru „mesele de Crăciun pe stil vechi”. Nu v-am dat acordul să le transmiteți datele mele pentru reclame.

Consider că ați tratat în mod necorespunzător date sensibile despre mine. Vă rog să îmi explicați cum s-a ajuns la această etichetă și să nu mai transmiteți datele mele partenerilor pentru marketing. Dacă nu primesc un răspuns satisfăcător, mă voi adresa Autorității pentru protecția datelor din Belgia.

Cu stimă,
Diana Georgescu
Chaussée de Wavre 310, 1050 Ixelles
0484 92 30 57""",
         "Diana Georgescu"),
        ("other", (),
         "Punga LastBite care nu a existat",
         """Bună seara,

Astăzi am plătit prin LastBite o pungă surpriză de la brutăria dumneavoastră din Jette (4,99 €, ridicare între 19:30 și 20:00). Am ajuns la 19:40 și mi s-a spus la casă că „nu mai sunt pungi, s-au terminat”. Nimeni nu a știut să-mi spună ce să fac, doar să scriu un e-mail.

Vă rog să-mi returnați banii. Codul comenzii din aplicație: LB-8841-2207.

Mulțumesc,
Florin Vasilescu""",
         "Florin Vasilescu"),
        ("other", (),
         "Gâteau anniversaire – commande BK-59930",
         """Bună ziua,

Sâmbătă am ridicat tortul comandat pentru ziua de naștere a soțului meu (comanda BK-59930, magazinul din Forest). Am cerut explicit tort cu cremă de ciocolată și zmeură, iar în bon și pe confirmare scria corect. Tortul era însă cu cremă de vanilie și căpșuni. Soțul meu nu suportă vanilia, așa că practic nu a mâncat din propriul tort.

Înțeleg că se mai întâmplă greșeli, dar vă rog să-mi returnați măcar o parte din preț (45 €). Pot trimite poza cu tortul tăiat și confirmarea comenzii.

Cu mulțumiri,
Roxana Stan
0472 15 68 30""",
         "Roxana Stan"),
    ],
    "el": [
        ("access", (),
         "Σημειώσεις για μένα στο Click & Collect",
         """Καλησπέρα σας,

την περασμένη Τετάρτη παρέλαβα μια παραγγελία Click & Collect από το κατάστημα στο Woluwe. Ο υπάλληλος στο σημείο παραλαβής, ψάχνοντας τη σακούλα μου, διάβασε δυνατά από την οθόνη: «Πελάτισσα δύσκολη – μόνο ώριμες μπανάνες, όχι υποκατάστατα, ελέγχει τα αυγά». Γελάσαμε και οι δύο, αλλά μετά το σκέφτηκα περισσότερο.

Θα ήθελα να μάθω τι σημειώσεις έχουν γράψει για μένα οι υπάλληλοι που ετοιμάζουν τις παραγγελίες, από πότε, ποιος μπορεί να τις δει και για πόσο καιρό κρατούνται. Παρακαλώ στείλτε μου αντίγραφο όλων αυτών των σημειώσεων, καθώς και των υπόλοιπων στοιχείων που έχετε για μένα στον λογαριασμό μου.

Ευχαριστώ,
Ελένη Παπαδοπούλου
Avenue de Tervueren 205, 1150 Woluwe-Saint-Pierre""",
         "Ελένη Παπαδοπούλου"),
        ("correction", (),
         "Λάθος ύψος στην εφαρμογή συνταγών",
         """Γεια σας,

η εφαρμογή Shop Example Kitchen έχει καταχωρημένο ύψος 1,58 m, ενώ είμαι 1,85 m. Μάλλον αντιστράφηκαν τα ψηφία όταν μεταφέρθηκε το προφίλ μου από την παλιά εφαρμογή τον Ιανουάριο. Το αποτέλεσμα είναι ότι η εφαρμογή με θεωρεί υπέρβαρο και μου προτείνει δίαιτα 1.400 θερμίδων τη μέρα, που για άντρα που τρέχει τρεις φορές την εβδομάδα είναι για γέλια.

Το πεδίο είναι κλειδωμένο και δεν μπορώ να το αλλάξω ο ίδιος. Μπορείτε να το διορθώσετε σε 1,85 m;

Email λογαριασμού: n.athanasiou@yahoo.gr

Ευχαριστώ,
Νίκος Αθανασίου""",
         "Νίκος Αθανασίου"),
        ("deletion", (),
         "καρτα καφε",
         """καλησπερα, θελω να διαγραψετε την καρτα καφε μου και ολο τον λογαριασμο μου στο καφε του καταστηματος (Ixelles). μετακομιζω μονιμα στη θεσσαλονικη τον μαιο και δεν θα τη ξαναχρησιμοποιησω. τις σφραγιδες που εχω δεν τις θελω, δωστε τις σε κανεναν φοιτητη :)
ευχαριστω
Δημητρης Κ.
0471 30 58 26""",
         "Δημήτρης Καραγιάννης"),
        ("portability", (),
         "Ιστορικό αγορών σε αρχείο",
         """Καλημέρα σας,

χρησιμοποιώ μια εφαρμογή προσωπικών οικονομικών που μπορεί να εισάγει αρχεία CSV ή JSON. Θα ήθελα να λάβω ολόκληρο το ιστορικό αγορών μου με την κάρτα πιστότητας από το 2024 και μετά: αγορές στο κατάστημα, στο καφέ και παραγγελίες Click & Collect, με ημερομηνία, προϊόν, ποσότητα και τιμή.

Στον λογαριασμό μου βλέπω μόνο τις αποδείξεις μία μία σε PDF, κάτι που δεν με βοηθάει. Αν γίνεται, σε ένα ενιαίο αρχείο.

Αριθμός κάρτας: 2103 4490 1172

Με εκτίμηση,
Σοφία Γεωργίου""",
         "Σοφία Γεωργίου"),
        ("restriction", ("complaint",),
         "Τούρτα με λάθος φωτογραφία – παραγγελία BK-60871",
         """Αξιότιμοι κύριοι,

για τα 80ά γενέθλια της μητέρας μου παρήγγειλα τούρτα με τυπωμένη φωτογραφία της (παραγγελία BK-60871, φούρνος του καταστήματος στο Uccle, παραλαβή 4 Απριλίου). Τη φωτογραφία την ανέβασα μέσω της σελίδας παραγγελιών.

Όταν ανοίξαμε το κουτί στο τραπέζι, πάνω στην τούρτα ήταν τυπωμένη η φωτογραφία ενός άγνωστου αγοριού με μπλούζα ποδοσφαίρου. Αυτό σημαίνει ότι η φωτογραφία ενός ξένου παιδιού έφτασε σε εμάς και πολύ πιθανόν η φωτογραφία της μητέρας μου να τυπώθηκε στην τούρτα κάποιας άλλης οικογένειας. Στο κατάστημα μου είπαν ότι «θα το ερευνήσουν».

Μέχρι να ολοκληρωθεί η έρευνα και να μάθω τι ακριβώς έγινε, σας ζητώ να μη διαγράψετε την παραγγελία μου, τη φωτογραφία που ανέβασα και τα αρχεία καταγραφής του συστήματος, γιατί θα τα χρειαστώ, αλλά και να μην τα χρησιμοποιήσετε ή να τα στείλετε πουθενά αλλού.

Θεωρώ επίσης απαράδεκτο τον τρόπο με τον οποίο διαχειριστήκατε τις φωτογραφίες των πελατών σας και περιμένω γραπτή εξήγηση.

Με εκτίμηση,
Αικατερίνη Βλάχου
Rue Vanderkindere 318, 1180 Uccle
0497 64 21 08""",
         "Αικατερίνη Βλάχου"),
        ("objection", (),
         "Προτάσεις «για σας» μετά από κρατήσεις",
         """Καλησπέρα,

κάνω συχνά κράτηση τραπεζιού στο εστιατόριο του καταστήματος στο Etterbeek μέσω Tablify, κυρίως για επαγγελματικά γεύματα. Εδώ και λίγο καιρό λαμβάνω email «Οι προτάσεις μας για εσάς» από τη Shop Example με κρασιά, catering για γραφεία και «επιχειρηματικά μενού», που προφανώς βασίζονται στις κρατήσεις μου (ώρες, αριθμός ατόμων, τι παραγγείλαμε).

Δεν έχω εγγραφεί σε κανένα newsletter. Αντιτίθεμαι στη χρήση των στοιχείων των κρατήσεών μου για διαφήμιση και για τη δημιουργία προφίλ. Τις επιβεβαιώσεις και τις υπενθυμίσεις κρατήσεων, βεβαίως, να συνεχίσετε να τις στέλνετε.

Γιώργος Μαυρίδης""",
         "Γιώργος Μαυρίδης"),
        ("withdraw_consent", (),
         "Re: Νέο μενού catering για το Πάσχα!",
         """Παρακαλώ, βγάλτε με από αυτή τη λίστα. Είχα δώσει τη συγκατάθεσή μου όταν παρήγγειλα catering για τη βάπτιση του γιου μου πέρσι, αλλά δεν τη θέλω πια. Ευχαριστώ.

Μαρία Ιωάννου

> Από: Shop Example Traiteur <news@traiteur.shop.example.be>
> Θέμα: Νέο μενού catering για το Πάσχα!
> Αγαπητή Μαρία, το πασχαλινό μας μενού είναι εδώ: αρνί, κοκορέτσι, τσουρέκια...""",
         "Μαρία Ιωάννου"),
        ("complaint", ("deletion",),
         "Καταγγελία – φωτογράφιση ταυτότητας με προσωπικό κινητό",
         """Αξιότιμοι κύριοι,

στις 20 Μαρτίου 2026 παρευρέθηκα σε γευσιγνωσία κρασιών στο κατάστημά σας στο Uccle. Στην είσοδο, για τον έλεγχο ηλικίας, ένας υπάλληλος φωτογράφισε την αστυνομική μου ταυτότητα με το προσωπικό του κινητό, επειδή, όπως είπε, «το tablet δεν δουλεύει σήμερα». Όταν διαμαρτυρήθηκα, μου απάντησε ότι «τη σβήνουμε μετά». Το ίδιο έγινε με τουλάχιστον δέκα ακόμη επισκέπτες.

Η ταυτότητά μου περιέχει τη φωτογραφία μου, την ημερομηνία γέννησης, τον αριθμό της και το όνομα των γονιών μου. Δεν έχω καμία ένδειξη ότι διαγράφηκε, ούτε γνωρίζω αν στάλθηκε κάπου (WhatsApp, cloud).

Καταγγέλλω τον τρόπο αυτό χειρισμού των δεδομένων μου και ζητώ:
1. να διαγραφεί η φωτογραφία της ταυτότητάς μου από το κινητό του υπαλλήλου και από οποιοδήποτε άλλο σημείο έχει αποθηκευτεί,
2. γραπτή επιβεβαίωση της διαγραφής και εξήγηση για το τι συνέβη.

Εάν δεν λάβω απάντηση εντός ενός μηνός, θα προσφύγω στη βελγική Αρχή Προστασίας Δεδομένων (APD/GBA).

Με εκτίμηση,
Κωνσταντίνος Παππάς
Chaussée d'Alsemberg 812, 1180 Uccle""",
         "Κωνσταντίνος Παππάς"),
        ("other", (),
         "Freddo espresso... ζεστός",
         """Γεια σας!

Ξέρω ότι δεν είναι το σωστό email, αλλά δεν βρήκα άλλο. Χθες το απόγευμα στο καφέ του καταστήματος στο Ixelles παρήγγειλα freddo espresso και μου ήρθε… ζεστός εσπρέσο με δύο παγάκια που είχαν λιώσει πριν φτάσει στο τραπέζι. Όταν το είπα στον σερβιτόρο, μου εξήγησε ότι «έτσι γίνεται ο freddo». Όχι, δεν γίνεται έτσι :)

Πλήρωσα 3,80 €. Δεν ζητάω κάτι τρομερό, ίσως να δείξει κάποιος στο προσωπικό πώς φτιάχνεται. Κι αν υπάρχει κουπόνι για έναν σωστό, ακόμα καλύτερα.

Φιλικά,
Αλέξανδρος Νικολάου""",
         "Αλέξανδρος Νικολάου"),
        ("other", (),
         "Πρόταση συνεργασίας – φέτα ΠΟΠ και ελιές Καλαμών",
         """Αξιότιμοι κύριοι,

ονομάζομαι Βασίλειος Τσακίρης και είμαι υπεύθυνος εξαγωγών του Αγροτικού Συνεταιρισμού Ελασσόνας. Παράγουμε φέτα ΠΟΠ από αιγοπρόβειο γάλα, ωριμασμένη σε βαρέλι, καθώς και ελιές Καλαμών και πράσινες τσακιστές, τις οποίες ήδη προμηθεύουμε σε αλυσίδες στη Γερμανία και την Ολλανδία.

Γνωρίζουμε ότι στα καταστήματά σας λειτουργεί πάγκος delicatessen και διοργανώνετε γευσιγνωσίες. Θα θέλαμε να σας προτείνουμε φέτα σε δοχεία των 400 g και 2 kg για τον πάγκο, καθώς και ελιές σε βάζα, με δυνατότητα παράδοσης στις Βρυξέλλες κάθε δεκαπέντε ημέρες.

Επισυνάπτω τον τιμοκατάλογο χονδρικής και τα πιστοποιητικά. Εάν η διεύθυνση αυτή δεν είναι η κατάλληλη, θα σας ήμουν ευγνώμων αν προωθούσατε το μήνυμα στο τμήμα προμηθειών.

Με εκτίμηση,
Βασίλειος Τσακίρης
Αγροτικός Συνεταιρισμός Ελασσόνας
Οδός Σαράντα Εκκλησιών 14, 402 00 Ελασσόνα
+30 24930 2 33 18""",
         "Βασίλειος Τσακίρης"),
    ],
    "bg": [
        ("access", (),
         "Кой е получил информацията за алергията на дъщеря ми?",
         """Здравейте,

през февруари поръчах при вас кетъринг за шестия рожден ден на дъщеря ми (поръчка CT-2026-0219, магазинът в Schaerbeek). Във формуляра отбелязах, че тя има алергия към ядки и фъстъци, и всичко мина чудесно – храната беше без ядки, благодаря.

Миналата седмица обаче получих имейл от някаква сладкарница „NutFree Bakes“, която ми предлага „торти, безопасни за деца с алергия към ядки“ и се обръща към мен по име. Не съм давала данните си на никого освен на вас.

Бих искала да знам какви данни за мен и за дъщеря ми пазите от тази поръчка, на кого сте ги предали (включително информацията за алергията) и на какво основание.

Благодаря предварително,
Десислава Петрова
Rue Josaphat 144, 1030 Schaerbeek
0488 27 51 64""",
         "Десислава Петрова"),
        ("correction", (),
         "Грешен телефон в профила",
         """Здравейте,

преди Великден предварително поръчах два козунака в пекарната на магазина в Ixelles. Продавачката записа телефона ми в списъка за предварителни поръчки, а явно оттам и в профила ми: 0489 16 37 20. Правилният е 0489 16 73 20.

Затова не ми се обадиха, че козунаците са готови, и ги взех чак в понеделник, когато вече бяха доста сухи. Моля, поправете номера в профила ми, за да не се повтаря.

Поздрави,
Стефан Иванов""",
         "Стефан Иванов"),
        ("deletion", (),
         "Изтриване на акаунт Click & Collect",
         """Здравейте,

Моля, изтрийте акаунта ми за Click & Collect и всички данни в него: адресите, историята на поръчките, запазените списъци и бележките на служителите, които събират поръчките (при последната поръчка видях, че пише „звъни на входа – куче“).

Местим се и вече ще пазаруваме в друг магазин.

Благодаря,
Мартина Георгиева
martina.georgieva@abv.bg""",
         "Мартина Георгиева"),
        ("portability", (),
         "Карта за кафе – история в CSV",
         """Здравейте,

от три години пия кафето си всяка сутрин в кафенето във вашия магазин до офиса (Rue de la Loi) и плащам с дигиталната карта за кафе. Сега сменям работата си и искам да си направя сметката колко съм харчил и да пренеса историята си в приложението за разходи, което ползвам.

Може ли да ми изпратите цялата история на картата – дата, час, какво съм взел, цена, печати – във файл CSV или Excel? В приложението виждам само последните 30 покупки.

Карта № 2211 0493 7785

Благодаря,
Николай Тодоров""",
         "Николай Тодоров"),
        ("restriction", ("correction",),
         "Блокиран профил в LastBite заради вашия магазин",
         """Здравейте,

LastBite ми блокира профила за „злоупотреба“, защото според вашия магазин в Anderlecht съм резервирал и не съм взел три торбички с изненада през март. Това не е вярно – взех и трите, последната на 27 март около 20:10, имам и снимка на торбичката с етикета. Служителката просто не ги е маркирала като взети в таблета.

Писах на LastBite, те казват, че информацията идва от вас. Докато проверявате, моля, не използвайте тези записи за „неявяване“ и не ги изпращайте повторно на LastBite или на някой друг. Не ги изтривайте обаче, защото са ми нужни за спора. След проверката, моля, поправете ги като „взета“.

Поздрави,
Васил Димитров
0475 81 09 36""",
         "Васил Димитров"),
        ("objection", (),
         "Оферти „за вашата възрастова група“",
         """Здравейте,

откакто минах проверката на възрастта за винения клуб (със снимка на личната карта), получавам имейли „Избрани вина за мъже на възраст 35–44 години“ и „Специално за вашата възрастова група“.

Дадох личната си карта само за да докажа, че съм пълнолетен, не за да ми правите профил. Възразявам срещу използването на данните от проверката – дата на раждане, пол, каквото и да е друго – за профилиране и реклама. Клубът ми харесва, просто ме оставете без тези „персонализации“.

Поздрави,
Христо Ангелов""",
         "Христо Ангелов"),
        ("withdraw_consent", (),
         "",
         """Здравейте, моля спрете SMS-ите с промоции от ресторанта (вечери, брънч и т.н.). При резервацията съм сложил отметка, но вече не искам – оттеглям съгласието си. Напомнянията за резервации са ок, тях ги оставете.
Тел. 0470 44 26 19
Иван""",
         "Иван Колев"),
        ("complaint", ("access",),
         "Оплакване – касовите ми бележки в приложението за рецепти",
         """Уважаеми дами и господа,

миналия месец инсталирах приложението Shop Example Kitchen само за да разглеждам рецепти. Не съм давал съгласие приложението да има достъп до покупките ми. Въпреки това, след като влязох с профила си от картата за лоялност, приложението започна да ми показва „хранителна оценка“ на базата на касовите ми бележки от последните две години, включително покупки на лекарства без рецепта от аптечния щанд и алкохол.

Смятам, че това е сериозно нарушение: данни за здравето и навиците ми са обработвани и свързани без мое знание. Такава функция трябва да се включва само с изрично съгласие, а не автоматично.

Моля за писмено обяснение на какво основание е направено това, и искам да получа копие на данните, които приложението е използвало за изчисляването на оценката ми, както и информация дали някой друг ги е виждал.

Ако не получа отговор в законовия срок, ще подам жалба до белгийския орган за защита на данните.

С уважение,
Петър Стоянов
Avenue de la Couronne 233, 1050 Ixelles""",
         "Петър Стоянов"),
        ("other", (),
         "Торта за събота",
         """Здравейте,

до кога най-късно мога да поръчам торта с надпис за събота, 16 май? И може ли да е без глутен, или само по поръчка няколко дни по-рано? Пекарната в магазина в Woluwe ли работи и в неделя сутрин, ако реша да я взема тогава?

Благодаря,
Радостина Маринова""",
         "Радостина Маринова"),
        ("other", (),
         "Предложение – българска лютеница и кисело мляко за деликатесния щанд",
         """Уважаеми господа,

казвам се Калин Методиев и съм търговски директор на „Родопски вкус“ ООД от Смолян. Произвеждаме традиционна лютеница, кьопоолу и кисело мляко от краве и овче мляко по българска рецепта, с натурална закваска и без консерванти. Продуктите ни вече се предлагат в Германия, Австрия и Испания.

Знаем, че в Белгия има голяма българска общност, а във вашите магазини има деликатесен щанд и отдел с храни от света. Ще се радваме да ви предложим постоянни доставки, а за начало и дегустация в един от магазините ви.

Прилагам каталог и ценова листа (EXW Смолян или DAP Брюксел). Ако този адрес не е правилният, ще съм благодарен да препратите писмото на отдел „Покупки“.

С уважение,
Калин Методиев
Търговски директор
„Родопски вкус“ ООД
ул. „Търговска“ 19, 4700 Смолян, България
+359 301 6 22 48""",
         "Калин Методиев"),
    ],
}

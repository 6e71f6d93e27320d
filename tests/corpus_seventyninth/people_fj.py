"""Person mail for the seventyninth set (pl cs hr sv ro el bg): pets, the garden centre and bulky home deliveries (pet club profiles with the animal's name, breed and birthday, vet bookings and their notes, partner pet insurance, microchip registration at the pet corner, the photo contest, the plant-care and garden-planner apps, robot mowers linked to the account, pond and greenhouse home visits, delivery slots, doorstep photos, neighbours who signed, subcontracted carriers who kept a phone number), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyninth.py)."""

PEOPLE_FJ = {
    "pl": [
        ("access", (),
         "Skąd kierowca ma mój numer?",
         """Dzień dobry,

28 marca zamówiłam przez Wasz sklep internetowy drewniany domek ogrodowy 2,4 x 1,8 m (zamówienie nr SE-2603-448172). Dostawa była 9 kwietnia, przywiózł go kierowca z firmy, która chyba jeździ dla Was jako podwykonawca – na aucie było napisane „DMK Transport”, a nie Wasze logo. Wszystko dotarło w całości, nie o to chodzi.

W zeszły czwartek ten sam kierowca zadzwonił do mnie z prywatnego numeru. Pamiętał mnie, pamiętał, że mam duży ogród za domem, i zaproponował, że „po godzinach” może mi przywieźć ziemię albo kostkę brukową taniej niż u Was. Grzecznie odmówiłam, ale zrobiło mi się nieswojo.

Chciałabym wiedzieć:
– jakie moje dane przekazaliście tej firmie przewozowej (tylko telefon i adres, czy coś więcej?),
– czy oprócz DMK Transport ktoś jeszcze dostał je od Was i jak długo mogą je trzymać,
– co w ogóle macie o mnie zapisane w związku z tym zamówieniem i na moim koncie.

Pozdrawiam
Agnieszka Wróblewska
Chaussée de Mons 612, 1070 Anderlecht
tel. 0486 31 77 20""",
         "Agnieszka Wróblewska"),
        ("correction", (),
         "Borys – zła data urodzenia w Pet Club",
         """Dzień dobry,
w aplikacji, w zakładce Pet Club, mój pies ma wpisaną datę urodzenia 14.05.2021 i rasę „mieszaniec”. To pomyłka pani przy kasie w Waterloo, która zakładała mu profil. Borys urodził się 14.05.2019 i jest owczarkiem podhalańskim (mam rodowód, mogę przesłać zdjęcie). Przez tę datę ciągle dostaję kupony na karmę dla szczeniąt, a on waży 52 kilo :)
Proszę o poprawienie obu rzeczy. Numer karty: 2044 7719 0583.

Dziękuję,
Tomasz Rutkowski""",
         "Tomasz Rutkowski"),
        ("deletion", (),
         "szklarnia – rezygnacja",
         """Szanowni Państwo,

w lutym umówiłem przez Wasze centrum ogrodnicze w Wavre wizytę doradcy w sprawie montażu szklarni z poliwęglanu. Pan przyjechał 3 marca, obszedł ogród, zrobił kilkanaście zdjęć (ogród, tył domu, ogrodzenie od strony sąsiada), zmierzył działkę i zapisał na tablecie wszystko, łącznie z tym, gdzie jest kran i gdzie mamy czujkę alarmu przy garażu.

Wycena przyszła, ale zdecydowaliśmy się na szklarnię innej firmy. Nie widzę więc powodu, żebyście przechowywali te zdjęcia i notatki z wizyty, tym bardziej że dokładnie widać na nich, jak dostać się na tył domu. Proszę o usunięcie wszystkich danych z tej wizyty i z wyceny (oferta nr GC-WAV-2602-0193), a także numeru telefonu, który podałem doradcy.

Z poważaniem
Krzysztof Zawadzki
Rue des Combattants 18, 1301 Bierges""",
         "Krzysztof Zawadzki"),
        ("portability", (),
         "eksport roślin z aplikacji",
         """Hej, od dwóch lat korzystam z Waszej apki do przypominania o podlewaniu (Plant Care). Mam tam 64 rośliny z notatkami, kiedy przesadzane, kiedy nawożone, plus zdjęcia. Przesiadam się na inną aplikację, która umie importować CSV, a u Was widzę tylko „udostępnij listę” jako obrazek.
Da się dostać całość w pliku CSV albo JSON? Zdjęcia mogą być osobno w zipie.
Konto: ola.pietrzak@gmail.com
Dzięki!
Ola Pietrzak""",
         "Ola Pietrzak"),
        ("restriction", ("access",),
         "Reklamacja narożnika – proszę nie kasować zdjęcia z dostawy",
         """Dzień dobry,

22 kwietnia miała być dostawa narożnika (zam. SE-2604-102935) w oknie 13–17. Byłem w domu od 12:30. Nikt nie zadzwonił. Wieczorem okazało się, że kurier zostawił paczki u sąsiadki z parteru, pani Lambert, która podpisała odbiór na jego telefonie. Jeden karton był rozdarty z boku, a jeden z modułów ma pękniętą ramę.

Firma przewozowa twierdzi, że ma zdjęcie „nieuszkodzonej przesyłki pod drzwiami” i podpis odbiorcy, więc to nie ich sprawa. Zgłosiłem reklamację w sklepie, sprawa jest w toku, a jeśli się nie dogadamy, pójdę z tym do rzecznika konsumentów.

Dlatego proszę:
1. nie usuwajcie zdjęcia z dostawy, podpisu ani danych GPS z aplikacji kierowcy, dopóki reklamacja nie zostanie zamknięta – to jest dowód;
2. do tego czasu nie wykorzystujcie ich do niczego innego;
3. prześlijcie mi kopię tego zdjęcia i podpisu, bo chcę zobaczyć, co właściwie podpisała sąsiadka.

Marek Nowicki
Avenue de la Couronne 233/4, 1050 Ixelles
0471 58 02 64""",
         "Marek Nowicki"),
        ("objection", (),
         "oferty",
         """dzien dobry, od kiedy zapisalam psa do Pet Club dostaje maile typu "Twoj jamnik ma juz 8 lat, czas na karme senior i badanie stawow" plus oferty ubezpieczenia od jakiejs firmy partnerskiej. nie zycze sobie zeby ktos analizowal moje zakupy i wiek psa i na tej podstawie mi cos podsuwal. karte chce zachowac, punkty tez, ale bez tego profilowania i bez ofert partnerow

Ewa Sikora

Wysłane z iPhone'a""",
         "Ewa Sikora"),
        ("withdraw_consent", (),
         "Rezygnacja z SMS",
         """Dzień dobry,
przy zakupie kosiarki w Waszym centrum ogrodniczym zaznaczyłem zgodę na SMS-y z promocjami. Teraz dostaję trzy, cztery tygodniowo (nawozy, grille, ziemia, znowu nawozy). Wycofuję tę zgodę, proszę już nic nie wysyłać na numer +32 478 66 91 03. Maile mogą zostać.
Pozdrawiam
Paweł Jabłoński""",
         "Paweł Jabłoński"),
        ("complaint", ("deletion",),
         "Ponaglenie – brak odpowiedzi na wniosek z 12 marca (kosiarka automatyczna)",
         """Szanowni Państwo,

12 marca 2026 r. zwróciłem się do Państwa e-mailem (kopia poniżej) w sprawie aplikacji kosiarki automatycznej, którą kupiłem w Państwa sklepie i którą przy konfiguracji trzeba było połączyć z kontem klienta Shop Example. Aplikacja przesyła mapę mojego ogrodu z dokładną lokalizacją GPS oraz harmonogram koszenia, z którego łatwo wyczytać, kiedy nikogo nie ma w domu. Poprosiłem o usunięcie tych danych z Państwa systemów i o odłączenie aplikacji od mojego konta.

Minął ponad miesiąc (art. 12 ust. 3 RODO), a ja nie dostałem nawet potwierdzenia otrzymania wiadomości. W aplikacji nadal widnieje „konto połączone z Shop Example”.

Ponawiam żądanie usunięcia danych. Jeżeli w ciągu 14 dni nie otrzymam odpowiedzi, złożę skargę do belgijskiego organu nadzorczego (Autorité de protection des données / Gegevensbeschermingsautoriteit).

Z poważaniem
dr Andrzej Kamiński
Rue du Bois Sauvage 7, 1420 Braine-l'Alleud

----- Wiadomość oryginalna -----
Od: Andrzej Kamiński
Do: privacy@shop.example.be
Data: 12.03.2026 21:14
Temat: Kosiarka – dane ogrodu

Dzień dobry, proszę o usunięcie mapy ogrodu i lokalizacji z mojego konta oraz odłączenie aplikacji kosiarki. Dziękuję. A. Kamiński""",
         "Andrzej Kamiński"),
        ("other", (),
         "Gdzie jest moja ziemia??",
         """Dzień dobry,
zamówiłam paletę ziemi do warzywnika (40 worków, zam. SE-2604-220718), dostawa miała być w sobotę 18.04 między 8 a 12. Nikt nie przyjechał, nikt nie zadzwonił, a w śledzeniu przesyłki od tygodnia stoi „w przygotowaniu”. Rozsada pomidorów przerasta mi na parapecie.
Kiedy realnie mogę się spodziewać dostawy? Jeśli nie w tym tygodniu, to wolę zwrot pieniędzy.
Katarzyna Dąbrowska, Mechelen""",
         "Katarzyna Dąbrowska"),
        ("other", (),
         "zła karma",
         """Dzień dobry,
w zamówieniu SE-2604-339001 zamówiłem Vetline Sensitive z łososiem 12 kg (pies ma alergię na kurczaka), a przyszła zwykła z kurczakiem. Worek nieotwarty. Jak to wymienić? Mogę oddać w sklepie w Liège, czy musi przyjechać kurier?
Grzegorz Wilk""",
         "Grzegorz Wilk"),
    ],
    "cs": [
        ("access", (),
         "Veterinář přes Pet Club – kdo vidí záznamy?",
         """Dobrý den,

v březnu jsem přes aplikaci Pet Club objednala naši kočku Mimi k veterináři, se kterým spolupracujete (klinika VetPoint v Uccle). Při rezervaci jsem do formuláře psala, proč jdeme – opakované zvracení a hubnutí. Po návštěvě mi v aplikaci přišlo shrnutí s diagnózou a doporučenou dietou a o dva dny později e-mail od vás s nabídkou právě tohoto dietního krmiva.

Z toho usuzuji, že vidíte lékařské poznámky z kliniky. Prosím o sdělení, jaké údaje o mně a o Mimi máte z rezervace a z návštěvy, odkud přesně pocházejí a komu dalšímu jste je předali (výrobci krmiva?). Ráda bych dostala i jejich kopii.

Děkuji,
Lucie Horáková
Avenue Brugmann 140, 1180 Uccle""",
         "Lucie Horáková"),
        ("correction", (),
         "špatná adresa zahrady",
         """Dobrý den,
v plánovači zahrady mám pořád starou adresu (Rue de la Station 12, Rixensart). Od února bydlíme v Genvalu, Avenue des Sorbiers 5, 1332 Genval, a tam je i ta zahrada, kterou mám v plánovači nakreslenou. Technik na jezírko kvůli tomu v úterý jel na starou adresu a hodinu jsme na něj čekali.
Opravte mi to prosím v plánovači i v zákaznickém účtu, ať se to neopakuje – v pátek má přijet znovu.
Díky, Jan Procházka
0494 22 81 16""",
         "Jan Procházka"),
        ("deletion", (),
         "Smazání dat z robotické sekačky",
         """Dobrý den,

robotickou sekačku RoboMow X5, kterou jsem u vás koupil v roce 2024, jsem minulý měsíc prodal sousedovi. Aplikace ale pořád běží pod mým zákaznickým účtem u vás a je v ní mapa naší zahrady, poloha domu a historie sekání.

Prosím o smazání všech těchto údajů a zrušení propojení sekačky s mým účtem. Zákaznický účet jako takový si chci nechat.

Sériové číslo sekačky: RMX5-24-0071893

S pozdravem
Petr Dvořák""",
         "Petr Dvořák"),
        ("portability", (),
         "Export plánu zahrady",
         """Dobrý den,

tři roky používám váš Plánovač zahrady – mám v něm nakreslené záhony, seznam všech rostlin s daty výsadby, asi 200 fotek po sezónách a poznámky, co kde jak rostlo. Teď jsem si pořídila placenou aplikaci na plánování zahrady od jiné firmy a chtěla bych tam všechno převést.

Tlačítko „Exportovat“ ve vašem plánovači dělá jen PDF k tisku a to se do jiného programu nahrát nedá. Můžete mi prosím poslat moje data ve strojově čitelném formátu (JSON, CSV, klidně i GeoJSON pro ty záhony) a fotky v původním rozlišení? Podle článku 20 GDPR bych na to měla mít nárok.

Děkuji a přeji hezký den
Ing. Markéta Veselá""",
         "Markéta Veselá"),
        ("restriction", (),
         "Pojistná událost Bert – čip",
         """Dobrý den,

v květnu loňského roku jsem u vás v prodejně v Gentu, v Pet koutku, nechala psovi Bertovi zaregistrovat čip a zároveň jsem tam sjednala pojištění u vašeho partnera PetSure. V březnu si Bert zlomil přední tlapu, operace stála 2 340 EUR.

PetSure teď plnění odmítá s tím, že číslo čipu v registraci, kterou poslal váš Pet koutek, se neshoduje s číslem ve veterinární zprávě (liší se jedna číslice). Podle mě je chyba ve vaší registraci, veterinář čip přečetl čtečkou. Spor s pojišťovnou řeším přes právní ochranu.

Dokud se to nevyřeší, žádám vás, abyste registrační záznam ani další údaje o Bertovi a o mně nijak nepoužívali a nikomu dalšímu nepředávali. Zároveň je ale prosím nemažte, budou potřeba jako důkaz.

Děkuji za potvrzení.
Tereza Kučerová
Kortrijksesteenweg 88, 9000 Gent
pojistná smlouva PS-BE-25-771204""",
         "Tereza Kučerová"),
        ("objection", (),
         "Re: Ronja si zaslouží tu nejlepší péči – 3 měsíce pojištění zdarma",
         """Dobrý den,

tohle mi přišlo od PetSure, na adresu, kterou máte jen vy, a se jménem našeho psa, které znáte jen vy z Pet Clubu. Pojištění jsem u nich nikdy nechtěl. Nepřeji si, abyste moje údaje a údaje o psovi dávali partnerům na jejich nabídky. Věrnostní kartu si nechám.

Jiří Svoboda

> Od: PetSure <hello@petsure.example>
> Datum: 14. 4. 2026 9:02
> Předmět: Ronja si zaslouží tu nejlepší péči – 3 měsíce pojištění zdarma
>
> Milý pane Svobodo,
> Ronje budou v červnu 4 roky! Jako člen Pet Clubu Shop Example
> získáváte první 3 měsíce pojištění PetSure Komfort zdarma...""",
         "Jiří Svoboda"),
        ("withdraw_consent", ("deletion",),
         "fotosoutěž",
         """Dobrý den,
v dubnu jsem do vaší soutěže „Nejhezčí mazlíček jara“ poslala fotku naší fenky Bely, i s dcerou (8 let), která ji drží v náručí. Při nahrávání jsem zaškrtla souhlas se zveřejněním v galerii a na vašich sociálních sítích. Teď ji dcera uviděla na vašem Instagramu a spolužáci se jí smějí.
Souhlas odvolávám. Fotku prosím stáhněte a úplně smažte, i z přihlášky do soutěže.
Hana Marešová""",
         "Hana Marešová"),
        ("complaint", ("deletion",),
         "Fotka z doručení je veřejně na internetu",
         """Dobrý den,

7. dubna nám kurýr přivezl zahradní nábytek (stůl a šest židlí). Nikdo nebyl doma, tak ho nechal u vchodových dveří a vyfotil. Fotka je v odkazu na sledování zásilky, který přišel SMS.

Problém je, že ten odkaz se otevře komukoli bez přihlášení. Na fotce je naše číslo domu, dveře, okno do obýváku a ve dveřích naše dcera, která zrovna přišla ze školy. Manžel navíc zjistil, že stačí v odkazu změnit posledních pár číslic a člověk vidí doručení jiných lidí, s adresou a fotkou.

To je podle mě vážné porušení ochrany osobních údajů, a nejen našich. Chci, abyste fotku naší dcery a domu smazali a ten odkaz zrušili, a čekám vysvětlení, jak je možné, že jsou fotky vašich zákazníků takhle přístupné. Pokud to nevyřešíte, obrátím se na belgický úřad pro ochranu osobních údajů.

Kateřina Němcová
Rue Émile Vandervelde 41, 1400 Nivelles""",
         "Kateřina Němcová"),
        ("other", (),
         "tuje hnědnou",
         """Dobrý den,
koncem března jsem u vás v zahradním centru v Zaventemu koupil 15 tújí Smaragd na živý plot (účtenku mám). Po třech týdnech hnědnou zevnitř a dvě už jsou úplně rezavé. Zaléváme obden. Je to nějaká choroba, nebo děláme chybu my? A dáváte na rostliny nějakou záruku? Můžu poslat fotky.
Díky
Ondřej Beneš""",
         "Ondřej Beneš"),
        ("other", (),
         "dodání na balkon?",
         """Dobrý den,
zvažuju objednat vyvýšený záhon z modřínu (180 × 80 cm) a 12 pytlů substrátu na balkon. Bydlíme ve 4. patře bez výtahu a schodiště je úzké. Vynese to kurýr až do bytu, nebo to nechá dole u vchodu? A platí se za vynesení příplatek?
Děkuji, Eva Pokorná""",
         "Eva Pokorná"),
    ],
    "hr": [
        ("access", (),
         "Čipiranje u Pet kutku – gdje su završili moji podaci?",
         """Poštovani,

u veljači sam u vašoj trgovini u Antwerpenu, u Pet kutku, dala čipirati mačku Lunu (čip je stavio veterinar koji tamo radi subotom) i ondje su mi ispunili obrazac za registraciju. Dala sam ime, adresu, broj mobitela i broj osobne iskaznice.

Prošli tjedan stiglo mi je pismo od neke tvrtke za osiguranje kućnih ljubimaca koja zna da imam mačku, kako se zove i da je čipirana.

Molim vas da mi javite koje ste moje podatke i podatke o Luni zabilježili, u koji ste registar poslali obrazac i je li još netko (osiguravatelj, veterinar, proizvođač hrane) dobio te podatke od vas.

Lijep pozdrav,
Ivana Babić
Lange Leemstraat 301, 2018 Antwerpen""",
         "Ivana Babić"),
        ("correction", (),
         "krivi broj telefona kod dostave",
         """Pozdrav,

kod zadnje dvije dostave (vrtna kućica i paleta zemlje) vozač me nije mogao dobiti jer u mom profilu piše 0477 12 48 95 umjesto 0477 12 48 59. Ne znam čiji je to broj, ali moj sigurno nije. Uz to mi na naljepnici piše prezime "Durdevic", pa u depou jedva dokažem da je paket moj.

Molim ispravak: Marko Đurđević, tel. 0477 12 48 59.

Hvala,
Marko Đurđević""",
         "Marko Đurđević"),
        ("deletion", (),
         "brisanje računa u aplikaciji za biljke",
         """Bok, molim da mi obrišete račun u aplikaciji Plant Care (prijava preko niko.peric@gmail.com) sa svim fotkama i lokacijom balkona. Aplikaciju sam maknuo s mobitela, ali račun je očito ostao jer mi i dalje stižu podsjetnici za zalijevanje bosiljka koji je uvenuo još prošlog ljeta :)
Niko Perić""",
         "Niko Perić"),
        ("portability", (),
         "Podaci iz Planera vrta – izvoz",
         """Poštovani,

pet godina vodim svoj vrt u vašem Planeru vrta: tlocrt parcele, gredice, raspored navodnjavanja, popis sadnica s datumima sadnje i fotografije. Sada sam angažirala krajobraznu arhitekticu za preuređenje, a ona radi u programu koji učitava DXF, GeoJSON ili barem CSV.

Molim vas da mi sve moje podatke iz planera pošaljete u jednom od tih formata (fotografije mogu biti u ZIP-u), ili još bolje izravno njoj na ured@zelenilo.example, ako je to moguće.

Srdačno,
Vesna Kovačević
Ter Heidelaan 9, 3080 Tervuren""",
         "Vesna Kovačević"),
        ("restriction", ("access",),
         "Ribnjak – reklamacija, molim da sačuvate fotografije",
         """Poštovani,

u travnju je vaš partner AquaGarden kod nas postavljao ribnjak s folijom (narudžba GC-2603-55012). Prije radova tehničar je došao u kućni posjet, obišao vrt, fotografirao teren i napravio skicu s mjerama. Nakon dva tjedna folija je počela propuštati, a AquaGarden tvrdi da teren nije bio poravnat i da je to naša krivnja, iako se na fotografijama s njegovog posjeta lijepo vidi da jest.

Reklamaciju smo predali, a ako se ne dogovorimo, ići ćemo na sud. Zato vas molim da te fotografije, skicu i bilješke s posjeta ne brišete, ali ih dok traje spor ne koristite ni za što drugo i ne dajete nikome osim meni ili sudu. Molim vas i da mi pošaljete kopiju fotografija i skice.

S poštovanjem,
Dragan Matić
Kerkstraat 15, 9050 Gentbrugge
tel. 0485 60 13 72""",
         "Dragan Matić"),
        ("objection", (),
         "prigovor – podaci s robotske kosilice",
         """Poštovani,

u aplikaciji za robotsku kosilicu (povezana je s mojim Shop Example računom) pojavila se nova obavijest o privatnosti: podaci o košnji, karta vrta i lokalni podaci o vremenu "koriste se za poboljšanje proizvoda i personalizirane ponude na temelju legitimnog interesa".

S time se ne slažem i prigovaram obradi tih podataka u te svrhe. Kosilica neka kosi, aplikacija neka mi javi kad zapne, i to je sve što od nje trebam.

Zoran Jurić""",
         "Zoran Jurić"),
        ("withdraw_consent", (),
         "newsletter",
         """pozdrav, molim vas da me maknete s newslettera vrtnog centra, vise ne zelim primati te mailove. hvala

Sanja Pavlović""",
         "Sanja Pavlović"),
        ("complaint", ("access",),
         "Pritužba – susjeda je dobila SMS s mojim podacima",
         """Poštovani,

prošli petak kupila sam kod vas namještaj za spavaću sobu (krevet i dva noćna ormarića), dostava je bila u terminu 10–14 h. Nisam bila kod kuće, pa je vozač paket ostavio kod susjede s kata ispod, koja je potpisala preuzimanje. Do tu u redu.

Ali susjeda je nakon toga dobila SMS od prijevoznika s mojim punim imenom, brojem narudžbe, opisom "krevet 160x200 + madrac Ortho Firm" i iznosom. A vozač joj je usput rekao da sam "naručila nešto skupo". Sad cijela zgrada zna što sam kupila i koliko sam platila.

Smatram da to nije u redu i da prijevoznik nije smio na njezin broj slati moje podatke. Želim znati koje je sve moje podatke prijevoznik dobio od vas i što je točno poslano susjedi.

Mirjana Novak
Rue Gray 77, 1040 Etterbeek""",
         "Mirjana Novak"),
        ("other", (),
         "povrat novca – vrtne stolice",
         """Poštovani,
2. travnja vratio sam u trgovinu u Namuru četiri vrtne stolice (narudžba SE-2603-77120). Zaposlenik je rekao da će novac sjesti na karticu za 5 do 7 dana. Prošla su tri tjedna i još ništa. Možete li provjeriti? Imam potvrdu o povratu.
Lp, Tomislav Horvat""",
         "Tomislav Horvat"),
        ("other", (),
         "nagrada iz foto natječaja",
         """Dobar dan!

Naš pas Medo osvojio je 2. mjesto u vašem natječaju "Ljubimac mjeseca" za ožujak (e-mail s čestitkom dobila sam 3. travnja). Pisalo je da ću nagradu, bon od 50 € i paket poslastica, dobiti u roku od dva tjedna. Još ništa nije stiglo. Možete li provjeriti je li poslano? Adresa je ista kao u Pet Clubu.

Hvala puno,
Petra Knežević""",
         "Petra Knežević"),
    ],
    "sv": [
        ("access", (),
         "Vilka uppgifter får ni från min robotgräsklippare?",
         """Hej!

Jag köpte en robotgräsklippare hos er i fjol och när jag installerade appen fick jag logga in med mitt Shop Example-konto. Nu ser jag att appen har min trädgård som en karta med exakta koordinater, vet när klipparen kör och var laddstationen står.

Jag skulle vilja veta vad ni som butik faktiskt får ta del av från appen. Får ni kartan och positionen? Klipphistoriken? Delas något vidare till tillverkaren eller någon annan, och i så fall vad? Och vad har ni mer sparat om mig på kontot?

Tack på förhand,
Johan Lindqvist
Hoogstraat 12, 3080 Tervuren""",
         "Johan Lindqvist"),
        ("correction", (),
         "Adress – bus-nummer saknas",
         """Hej,

i mitt kundkonto står min adress som Rue Vergote 19, 1030 Schaerbeek, men jag bor i lägenhet bus 12 på femte våningen. Nu har två leveranser (en bokhylla och jord till balkongen) hamnat hos fel granne eftersom chauffören inte visste vilken ringklocka det var.

Kan ni ändra adressen till Rue Vergote 19 bus 12, 1030 Schaerbeek, och lägga till att portkoden är 4471?

Mvh
Sara Nyström""",
         "Sara Nyström"),
        ("deletion", (),
         "Sixten",
         """Hej.

Idag kom ett födelsedagskort från Pet Club till Sixten, han skulle ha fyllt 9. Sixten dog i januari. Det var säkert fint tänkt, men det var tungt att öppna.

Jag vill att ni tar bort hans profil i Pet Club, med födelsedag, ras, bild och allt. Mitt eget medlemskap kan vara kvar, vi kanske skaffar hund igen någon gång.

Ingrid Sandberg""",
         "Ingrid Sandberg"),
        ("portability", ("deletion",),
         "Export av Pet Club-data + avsluta",
         """Hej,

Vi flyttar tillbaka till Göteborg i sommar och kommer inte handla hos er längre. Innan jag avslutar vill jag ha ut det som finns om våra två katter i Pet Club: vikthistorik, vaccinationspåminnelser, köpen av foder (de äter specialfoder som vi ska fortsätta med) och veterinärbokningarna. Gärna som CSV eller JSON, jag vill lägga in det i en app för djurägare.

När ni har skickat filen får ni gärna radera mitt konto och katternas profiler.

Tack!
Emma Bergström""",
         "Emma Bergström"),
        ("restriction", (),
         "Journalanteckning från VetPoint – tvist med försäkringsbolaget",
         """Hej,

Jag har en tvist med PetSure, djurförsäkringen som ni erbjuder via Pet Club. Min hund Alfons opererades för en korsbandsskada i mars. PetSure påstår nu att skadan fanns innan försäkringen tecknades och hänvisar till en anteckning från ett besök hos er partnerveterinär VetPoint, som jag bokade via er app: "haltar lätt på höger bak". Det gällde en tagg i tassen, inte knät.

Jag har tagit ärendet till Ombudsman van de Verzekeringen. Tills det är avgjort vill jag att ni varken använder eller lämnar ut den anteckningen eller andra uppgifter från bokningen till någon. Men radera ingenting, jag kan behöva det som bevis.

Vänliga hälsningar
Per Holmgren
Avenue des Érables 3, 1640 Rhode-Saint-Genèse""",
         "Per Holmgren"),
        ("objection", (),
         "Sluta analysera mina köp",
         """Hej, sedan jag köpte ett växthus och tomatplantor i er trädgårdsavdelning får jag "personliga tips" i appen, mejl om tomatgödsel och annonser på Instagram om odlingslampor. Jag har förstått att ni bygger en profil av det jag handlar med kundkortet. Jag motsätter mig den profileringen. Använd inte mina köp för att räkna ut vilken reklam jag ska få.
/Lars Ek""",
         "Lars Ek"),
        ("withdraw_consent", (),
         "påminnelser ok, reklam nej",
         """Hej! I växtappen kryssade jag i att jag ville ha "erbjudanden och inspiration" när jag registrerade mig. Det ångrar jag nu, det kommer två–tre mejl i veckan. Jag tar tillbaka det samtycket. Påminnelserna om vattning får gärna fortsätta, de är bra.

Malin Åkesson""",
         "Malin Åkesson"),
        ("complaint", ("deletion",),
         "Er chaufför ringde mig privat",
         """Hej,

Den 2 april fick jag ett trädgårdsförråd levererat som jag beställt i er webbutik (order SE-2603-612044). Leveransen gjordes av en underleverantör, inte av er själva. Chauffören fick mitt mobilnummer för att ringa innan han kom, vilket är helt okej.

Två veckor senare ringde samma chaufför från sitt privata nummer. Han undrade om jag "behövde hjälp med något mer i trädgården" och sa att han kunde komma förbi en kväll. Dagen efter kom ett sms: "Hej det är Dries från leveransen, hör av dig ;)". Jag bor ensam och det här kändes verkligen obehagligt.

Jag gav mitt nummer till er för en leverans, inte för att en chaufför ska spara det och använda det privat. Hur kan en underleverantör få behålla kundernas nummer efter leveransen? Jag vill att mitt nummer och min adress raderas hos transportfirman, och jag vill veta vad ni gör åt det här. Jag överväger att anmäla det till Gegevensbeschermingsautoriteit.

Annika Forsberg
Rue Kelle 88, 1200 Woluwe-Saint-Lambert""",
         "Annika Forsberg"),
        ("other", (),
         "Ändra leveranstid förråd",
         """Hej, jag har fått leveranstid för trädgårdsförrådet (order SE-2604-551903) tisdag 5/5 kl 7–11, men då är jag i Stockholm på jobb. Går det att flytta till fredagen eller veckan efter? Det ska till Kraainem, uppfarten är bred så lastbilen kommer in.
Mvh Anders Lund""",
         "Anders Lund"),
        ("other", (),
         "fråga om hunddata",
         """Hej, en kanske lite konstig fråga. Min sambo jobbar med GDPR och påstår att min hunds uppgifter i Pet Club (namn, ras, födelsedag) inte räknas som personuppgifter eftersom hunden inte är en person. Jag tycker att de borde räknas, det är ju mitt konto. Vem har rätt?

Jag vill inte ändra något, vi har bara slagit vad om en middag :)

Hälsningar
Karin Sjöberg""",
         "Karin Sjöberg"),
    ],
    "ro": [
        ("access", ("withdraw_consent",),
         "Fotografia cu Bruno din concurs",
         """Bună ziua,

În martie am participat la concursul foto „Prietenul meu cu blană” din aplicația Pet Club, cu o poză cu câinele meu Bruno pe canapea. N-am câștigat nimic, ceea ce e în regulă.

Acum însă am văzut poza lui Bruno într-o reclamă pe Facebook pentru hrana VitaPet, cu textul „Bruno adoră noul meniu cu miel”. Bruno n-a mâncat în viața lui VitaPet.

Vă rog să-mi spuneți unde ați mai folosit fotografia, cui ați dat-o (VitaPet? o agenție?) și ce alte date de-ale mele au primit odată cu ea. Și ca să fie clar: de acum nu mai sunt de acord să folosiți fotografia în niciun fel.

Cu stimă,
Alexandra Popescu
Chaussée de Louvain 502, 1030 Schaerbeek""",
         "Alexandra Popescu"),
        ("correction", (),
         "greșeală în profilul pisicii",
         """Bună,
în Pet Club pisica mea apare ca „Mitzu, mascul, născut 2020”. E Mița, femelă, născută în 2018 :) Nu e grav, dar primesc oferte de hrană pentru pisoi și de sterilizare, deși e sterilizată de mult. Vă rog să corectați.
Card de fidelitate 2044 3301 7712.
Mulțumesc, Ioana Stan""",
         "Ioana Stan"),
        ("deletion", (),
         "Ștergere date – cerere ofertă asigurare câine",
         """Bună ziua,

Pe 20 martie am cerut pe site-ul dumneavoastră o ofertă de asigurare pentru câinele meu (Max, labrador, 6 ani) de la partenerul PetSure. Am completat formularul cu datele mele, data nașterii, adresa, plus istoricul medical al lui Max (are displazie de șold). Prețul a fost prea mare și n-am încheiat nimic.

Vă rog să ștergeți toate datele din acea cerere de la dumneavoastră și să-i cereți și partenerului să le șteargă. Nu vreau ca istoricul medical al câinelui să rămână la o firmă de asigurări al cărei client nu am devenit.

Mulțumesc,
Radu Ionescu""",
         "Radu Ionescu"),
        ("portability", (),
         "Export date robot de tuns iarba",
         """Salut,

Am robotul de tuns iarba cumpărat de la voi în 2023 (GreenBot 700), conectat prin aplicație la contul meu Shop Example. Acum îl schimb cu altă marcă și n-aș vrea să pierd ce am strâns: harta grădinii cu zonele și limitele, programul de tuns și istoricul din ultimele două sezoane.

Puteți să-mi trimiteți datele astea într-un fișier pe care să-l pot importa în altă aplicație (JSON, GPX, CSV, ce aveți)?

Mersi,
Mihai Dumitrescu""",
         "Mihai Dumitrescu"),
        ("restriction", (),
         "Cerere de restricționare – date microcip Luna",
         """Stimată doamnă, stimate domn,

În octombrie 2024 am înregistrat microcipul cățelușei mele Luna la Pet Corner-ul magazinului dumneavoastră din Anderlecht, pe numele meu. În februarie m-am despărțit de fostul partener, care a luat-o pe Luna și susține că e a lui. Am aflat că ar fi venit la magazin să ceară „schimbarea proprietarului” în înregistrare.

Cazul este acum pe rolul judecătoriei (Justice de paix d'Anderlecht). Până la decizie, vă rog să nu modificați, să nu ștergeți și să nu comunicați nimănui, în afară de instanță, datele din înregistrarea microcipului și din profilul Pet Club. Vă rog să-mi confirmați în scris.

Cu stimă,
Elena Marinescu
Rue Wayez 140, 1070 Anderlecht""",
         "Elena Marinescu"),
        ("objection", (),
         "nu folosiți programările la veterinar pentru reclame",
         """Bună ziua,
după fiecare programare la veterinarul partener făcută prin aplicație primesc a doua zi mailuri cu hrană „recomandată după vizita lui Rocky”. Mă opun folosirii datelor despre vizitele la veterinar pentru reclame. Programările vreau să le fac în continuare prin aplicație, doar fără asta.
Cristian Georgescu""",
         "Cristian Georgescu"),
        ("withdraw_consent", (),
         "fara sms",
         """buna ziua, va rog sa nu imi mai trimiteti sms si whatsapp de la pet club cu promotii. cand m-am inscris am bifat, acum nu mai vreau. nr meu e 0489 11 20 56
multumesc
Gabriela Munteanu""",
         "Gabriela Munteanu"),
        ("complaint", ("deletion",),
         "Plângere – poze din curtea mea pe Facebook-ul instalatorului",
         """Bună ziua,

La începutul lui aprilie ați trimis la mine acasă, pentru montajul unei sere, o echipă de la firma parteneră SerraPro. Înainte de montaj au venit pentru o vizită de evaluare și au făcut poze în curte. Nu mi s-a spus la ce le folosesc.

Săptămâna trecută vecina mi-a arătat pagina de Facebook a SerraPro: sunt acolo patru poze din curtea mea, cu casa, numărul de pe poartă, mașina cu numărul de înmatriculare și chiar copiii mei pe trambulină. Descrierea: „Încă un client Shop Example mulțumit în Uccle!”.

Nu mi-a cerut nimeni acordul. Contractul l-am încheiat cu dumneavoastră, deci vă consider responsabili. Vreau ca pozele să fie scoase imediat și șterse, atât la SerraPro, cât și la dumneavoastră, și aștept o explicație. Dacă nu se rezolvă în câteva zile, depun plângere la Autoritatea belgiană pentru protecția datelor.

Florin Constantinescu
Uccle, 0478 09 55 31""",
         "Florin Constantinescu"),
        ("other", (),
         "robotul nu mai încarcă",
         """Bună ziua, robotul de tuns cumpărat la voi în mai 2025 nu mai intră în stația de încărcare, se învârte în fața ei și se oprește cu eroarea E-17. Am curățat contactele. E încă în garanție? Îl pot aduce la magazinul din Waterloo sau trebuie trimis undeva?
Sorin Vasilescu""",
         "Sorin Vasilescu"),
        ("other", (),
         "Re: Comanda SE-2604-118832 a fost expediată",
         """Bună ziua,

am primit ieri lămâiul comandat online, dar ghiveciul era spart și pomul aproape fără frunze, pare înghețat pe drum. Vă trimit 3 poze. Aș vrea banii înapoi (89,90 €), nu alt pom, pentru că nu mai am încredere că ajunge întreg.

Laura Petrescu

> Comanda dumneavoastră SE-2604-118832 a fost expediată și va fi livrată
> în 2-3 zile lucrătoare. Urmăriți coletul: ...""",
         "Laura Petrescu"),
    ],
    "el": [
        ("access", ("objection",),
         "Σχεδιαστής κήπου – ποιος βλέπει τις φωτογραφίες μου;",
         """Καλησπέρα σας,

εδώ και έναν χρόνο χρησιμοποιώ τον Σχεδιαστή Κήπου στην εφαρμογή σας. Ανέβασα φωτογραφίες από όλο τον κήπο και την πίσω αυλή, έβαλα τη διεύθυνση για να μου προτείνει φυτά ανάλογα με το κλίμα, και πρόσφατα ζήτησα μέσα από την εφαρμογή και προσφορά για πέργκολα.

Την περασμένη εβδομάδα με πήρε τηλέφωνο μια εταιρεία που φτιάχνει πισίνες και μου είπε ότι «είδε πως έχω αρκετό χώρο στον κήπο». Δεν τους έχω δώσει ποτέ τίποτα.

Θα ήθελα να μάθω ποια δεδομένα μου κρατάτε από τον Σχεδιαστή (φωτογραφίες, διεύθυνση, σχέδια), ποιος έχει πρόσβαση σε αυτά και σε ποιους τα έχετε δώσει, ειδικά αν πήγαν σε τέτοια εταιρεία. Και δεν επιθυμώ να δίνονται τα στοιχεία μου σε συνεργάτες για να μου πουλάνε πράγματα.

Ευχαριστώ,
Νίκος Παπαδόπουλος
Avenue de Tervueren 188, 1150 Woluwe-Saint-Pierre""",
         "Νίκος Παπαδόπουλος"),
        ("correction", (),
         "Διόρθωση διεύθυνσης στην καταχώριση του τσιπ",
         """Γεια σας,

πριν από δύο χρόνια, στο Pet Corner του καταστήματός σας στη Λιέγη, κάνατε την καταχώριση του μικροτσίπ του σκύλου μας, του Άρη. Το Σάββατο ο Άρης το έσκασε από τον κήπο. Τον βρήκε ένας κύριος και τον πήγε σε κτηνίατρο, διάβασαν το τσιπ και βγήκε η παλιά μας διεύθυνση στο Seraing και ένα κινητό που δεν ισχύει πια. Ευτυχώς τελικά μας βρήκαν από το Facebook.

Παρακαλώ διορθώστε τα στοιχεία στην καταχώριση και στο προφίλ του Pet Club:
Rue Saint-Gilles 245, 4000 Liège, κινητό 0498 73 40 12.
Αριθμός τσιπ: 967000012345678

Ευχαριστούμε πολύ,
Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("deletion", (),
         "Ακύρωση λιμνούλας – διαγραφή στοιχείων",
         """Καλημέρα,

τον Μάρτιο κλείσαμε μέσω του καταστήματός σας επίσκεψη για εγκατάσταση διακοσμητικής λιμνούλας. Ο τεχνικός ήρθε, μέτρησε, φωτογράφισε τον κήπο και το πίσω μέρος του σπιτιού και έφτιαξε ένα σκαρίφημα. Τελικά ακυρώσαμε (πήραμε πίσω την προκαταβολή, όλα εντάξει).

Αφού δεν θα γίνει τίποτα, δεν θέλω να μένουν σε εσάς ή στον συνεργάτη σας οι φωτογραφίες, το σχέδιο και οι σημειώσεις από την επίσκεψη. Παρακαλώ διαγράψτε τα.

Με εκτίμηση,
Γιάννης Αθανασίου""",
         "Γιάννης Αθανασίου"),
        ("portability", (),
         "Τα στοιχεία της Λούνας σε αρχείο",
         """Καλησπέρα,

επιστρέφουμε στη Θεσσαλονίκη τον Ιούνιο μαζί με τη γάτα μας, τη Λούνα. Στην εφαρμογή Pet Club έχετε όλο το ιστορικό της: εμβόλια, ραντεβού στον κτηνίατρο VetPoint, βάρος, τι τροφή παίρνει. Ο νέος κτηνίατρος εκεί δουλεύει με πρόγραμμα που διαβάζει αρχεία CSV ή JSON.

Μπορείτε να μου στείλετε όλα αυτά σε τέτοιο αρχείο; Τα PDF της εφαρμογής βγαίνουν ένα ένα και δεν βγάζει κανείς άκρη.

Ευχαριστώ πολύ,
Ελένη Κωνσταντίνου""",
         "Ελένη Κωνσταντίνου"),
        ("restriction", (),
         "Οδηγός της μεταφορικής – μήνυση, μην σβήσετε τα στοιχεία",
         """Αξιότιμοι κύριοι,

στις 14 Απριλίου μού παραδόθηκε μια ντουλάπα (παραγγελία SE-2604-090114) από την υπεργολαβική μεταφορική σας. Από τότε ο οδηγός μού έχει τηλεφωνήσει έξι φορές και μου έχει στείλει μηνύματα στο WhatsApp, ανάμεσα σε άλλα ότι «θυμάται πού μένω». Υπέβαλα μήνυση στο αστυνομικό τμήμα της Ixelles (αρ. φακέλου BR.21.L3.041882/2026).

Η αστυνομία θα χρειαστεί να μάθει ποιος οδηγός έκανε την παράδοση και πότε. Σας ζητώ λοιπόν να μη διαγραφούν τα στοιχεία της παράδοσης (δρομολόγιο, οδηγός, ώρα, το τηλέφωνο που του δόθηκε), ούτε από εσάς ούτε από τη μεταφορική, αλλά και να μη χρησιμοποιηθούν για τίποτε άλλο μέχρι να κλείσει η υπόθεση. Το τηλέφωνό μου να μη δοθεί σε κανέναν άλλον.

Με εκτίμηση,
Σοφία Δημητρίου
Rue de la Brasserie 31, 1050 Ixelles""",
         "Σοφία Δημητρίου"),
        ("objection", (),
         "Κατάλογοι στο ταχυδρομείο",
         """Καλημέρα. Κάθε μήνα μου έρχεται στο γραμματοκιβώτιο ο έντυπος κατάλογος «Κήπος & Βεράντα» με το όνομά μου. Δεν θέλω καμία διαφήμιση από εσάς, ούτε στο ταχυδρομείο ούτε πουθενά αλλού. Σταματήστε να χρησιμοποιείτε τη διεύθυνσή μου για διαφημίσεις. Τον λογαριασμό τον κρατάω για τις παραγγελίες.

Κ. Οικονόμου""",
         "Κώστας Οικονόμου"),
        ("withdraw_consent", (),
         "viber prosfores",
         """kalispera sas. otan ekleisa to rantevou gia ton Rex ston ktiniatro mesa apo tin efarmogi, eixa patisei oti symfono na pairno prosfores apo synergates sto Viber. Den to thelo pleon, anakalo ti synainesi mou. Oi ypenthymiseis gia ta emvolia as erxontai kanonika.

Thanasis Lampropoulos""",
         "Θανάσης Λαμπρόπουλος"),
        ("complaint", ("deletion",),
         "Κάρτα γενεθλίων για τον Μπόμπο",
         """Κύριοι,

στις 2 Φεβρουαρίου σάς έγραψα μέσω της φόρμας επικοινωνίας ότι ο σκύλος μας, ο Μπόμπος, πέθανε στις 19 Ιανουαρίου, και ζήτησα να αφαιρεθεί από το Pet Club. Μου απαντήσατε «Θερμά συλλυπητήρια, το αίτημά σας καταχωρίστηκε».

Χθες ήρθε στο σπίτι έντυπη κάρτα «Χρόνια πολλά, Μπόμπο! 10 χρόνια αγάπης» με κουπόνι για λιχουδιές. Την άνοιξε η κόρη μου, που είναι οκτώ χρονών, και έκλαιγε όλο το βράδυ.

Δεν ξέρω αν φταίει κάποιο σύστημα ή κάποιος υπάλληλος, αλλά είναι απαράδεκτο να αγνοείται έτσι ένα αίτημα. Θέλω να διαγραφούν επιτέλους όλα τα στοιχεία του Μπόμπο και να μάθω γιατί δεν έγινε την πρώτη φορά.

Ευάγγελος Παπαδάκης
Chaussée de Waterloo 920, 1180 Uccle""",
         "Ευάγγελος Παπαδάκης"),
        ("other", (),
         "Αίτηση για εποχική θέση – κέντρο κήπου Wavre",
         """Καλησπέρα σας,

είδα στη σελίδα σας ότι ζητάτε εποχικό προσωπικό για το κέντρο κήπου στο Wavre. Είμαι γεωπόνος (ΑΠΘ, 2019), ζω στο Βέλγιο από το 2023 και μιλάω γαλλικά (B2) και αγγλικά. Επισυνάπτω το βιογραφικό μου. Αν η αίτηση πρέπει να σταλεί κάπου αλλού, θα σας ήμουν ευγνώμων αν μου λέγατε πού.

Με εκτίμηση,
Δημήτρης Καραγιάννης
0466 21 90 37""",
         "Δημήτρης Καραγιάννης"),
        ("other", (),
         "Λάθος χρώμα αποθήκης κήπου",
         """Γεια σας, σήμερα ήρθε η ξύλινη αποθήκη κήπου που παρήγγειλα (SE-2604-301557). Παρήγγειλα ανθρακί και ήρθε πράσινη. Ο οδηγός έφυγε πριν προλάβω να ανοίξω τα κουτιά. Τι κάνουμε τώρα; Θα έρθουν να την πάρουν πίσω; Δεν έχω χώρο να τη φυλάω πολλές μέρες, είναι 11 δέματα στην είσοδο.

Στέλλα Μιχαηλίδου""",
         "Στέλλα Μιχαηλίδου"),
    ],
    "bg": [
        ("access", ("objection",),
         "Откъде застрахователят има данните ми?",
         """Здравейте,

Преди месец получих писмо (на хартия!) от PetSure – „специална оферта за Рекс, вашата немска овчарка на 7 години“. Никога не съм им давал нищо. Единственото място, където съм записвал името, породата и рождената дата на кучето, е вашият Pet Club.

Искам да знам какви мои данни и данни за Рекс сте предали на PetSure, кога, на какво основание и на кого още. Също така не желая оттук нататък да им подавате каквото и да е за мен за техните реклами.

Поздрави,
Георги Иванов
Brusselsesteenweg 410, 3090 Overijse""",
         "Георги Иванов"),
        ("correction", (),
         "грешен адрес в приложението за косачката",
         """Здравейте,
миналата есен се преместихме и взехме роботизираната косачка с нас. В приложението (свързано е с акаунта ми при вас) градината още е на стария адрес в Хале и прогнозата за времето, по която косачката решава дали да коси, е за там. Новият адрес е Stationsstraat 57, 1540 Herne.
Освен това имейлът в акаунта е стар служебен, сменете го, моля, на petya.stoyanova@abv.bg.
Благодаря,
Петя Стоянова""",
         "Петя Стоянова"),
        ("deletion", (),
         "изтриване на профила",
         """Здравейте, моля изтрийте профила ми в Pet Club и изобщо клиентската ми регистрация при вас. Котката вече живее при майка ми в България, а аз не пазарувам от вас. Картата за лоялност ще я изрежа.
Десислава Петрова""",
         "Десислава Петрова"),
        ("portability", (),
         "Покупки от градинския център – във файл",
         """Здравейте,

От 2021 г. пазарувам почти всичко за градината от вас – разсад, дръвчета, торове, препарати. В приложението за грижа за растенията пък имам списък на всичко, което съм засадил, с датите.

Искам да си водя дневник на градината в Excel и да не преписвам всичко на ръка. Може ли да ми изпратите покупките ми от градинския център и списъка с растенията от приложението като Excel или CSV файл?

Благодаря предварително,
Стоян Димитров""",
         "Стоян Димитров"),
        ("restriction", ("access",),
         "Изгубена пратка, „подписана от съсед“ – не трийте доказателствата",
         """Здравейте,

На 23 април трябваше да ми доставят два палета плочки за тераса (поръчка SE-2604-410073). В системата пише „доставено, подписано от съсед: Д. Янсенс, №14“. На №14 живее семейство Вермеулен, там няма никакъв Янсенс и никой не е подписвал нищо. Плочките ги няма.

Подадох жалба в полицията и рекламация при вас. Докато това не се изясни, моля не изтривайте подписа, снимката от доставката и GPS данните на шофьора, но и не ги използвайте за нищо друго и не ги давайте на трети лица, освен на полицията. Изпратете ми, моля, и копие от подписа и снимката.

Мартин Колев
Rue du Moulin 12, 1310 La Hulpe
0476 38 21 09""",
         "Мартин Колев"),
        ("objection", ("deletion",),
         "Споделяне на данни от косачката – възразявам",
         """Здравейте,

Приложението на косачката ми показа съобщение, че от 1 май „данни за градината и използването“ ще се споделят с „партньори за подобряване на услугите и подходящи оферти“ и че ако не съм съгласен, трябва да пиша до вас.

Пиша: не съм съгласен. Възразявам срещу споделянето на картата на градината ми и данните за косенето с когото и да е за каквито и да е оферти. А ако вече сте изпратили нещо, искам да бъде изтрито.

Валентин Николов""",
         "Валентин Николов"),
        ("withdraw_consent", (),
         "SMS за рождения ден на Бела",
         """Здравейте! Когато записах Бела в Pet Club, се съгласих да получавам SMS-и с поздравления и оферти. Оттеглям съгласието си – не искам повече SMS-и, нито за рождения ѝ ден, нито за промоции.
Благодаря, Мария Тодорова""",
         "Мария Тодорова"),
        ("complaint", (),
         "Жалба – служителка в Pet Corner коментира диагнозата на кучето ми",
         """Здравейте,

В събота бях в магазина ви в Льовен да купя храна. Служителката в Pet Corner сканира картата ми и каза на висок глас, пред другите клиенти: „А, това е Балу с епилепсията, виждам, че миналата седмица е бил при ветеринаря, значи вече сте на лекарства.“

Значи служителите в магазина виждат бележките от ветеринарния преглед, който записах през приложението. Никой не ми е казвал, че резултатите ще са видими за продавачите. Това е здравна информация и не бива да е достъпна за всеки на касата.

Настоявам да проверите кой има достъп до тези данни и защо. Ако не получа обяснение, ще подам жалба до белгийския орган за защита на данните.

Снежана Атанасова""",
         "Снежана Атанасова"),
        ("other", (),
         "Предложение за фотосесии на домашни любимци в магазините ви",
         """Здравейте,

Казвам се Калоян Христов и съм фотограф на домашни любимци в Брюксел (kaloyan-pets.example). Видях, че организирате фотоконкурс в Pet Club, и искам да ви предложа съвместна акция: мини фотосесии в събота в зоните Pet Corner на 2–3 ваши магазина, с безплатна снимка за членовете на клуба и отстъпка за пълна сесия.

Имам опит с подобни събития в зоомагазини в Гент и Льовен и мога да изпратя портфолио и цени. Ако това не е правилният адрес, ще съм благодарен да го препратите към отдел „Маркетинг“.

Поздрави,
Калоян Христов
+32 489 54 07 16""",
         "Калоян Христов"),
        ("other", (),
         "палетът пръст е оставен на улицата",
         """Здравейте, днес доставиха палета с пръст (40 торби), но шофьорът го остави на тротоара пред къщата, а не в алеята, както пише в поръчката (платих 39 € за доставка „до посочено място“). Пренасяхме торбите с количка два часа. Искам да ми върнете поне таксата за доставка. Поръчка SE-2604-227190.

Иван Георгиев, Sint-Genesius-Rode""",
         "Иван Георгиев"),
    ],
}

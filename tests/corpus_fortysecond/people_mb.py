"""Forty-second set, mail about households, shared accounts and gifts (pl cs hr sv ro el bg). Written apart from the rules (see make_fortysecond.py)."""

PEOPLE_MB = {
    "pl": [
        ("access", (),
         "Jakie moje dane są na karcie męża?",
         """Dzień dobry,

razem z mężem od 2019 roku korzystaliśmy z jednej karty stałego klienta (nr 6012 4471 0093), zarejestrowanej na jego nazwisko. Jesteśmy w trakcie rozwodu i chciałabym wiedzieć, jakie moje dane osobowe są powiązane z tą kartą i z jego kontem w sklepie internetowym – mój numer telefonu, adres e-mail, zakupy, które robiłam na tę kartę w sklepie w Antwerpii, i co jeszcze. Proszę również o informację, kto ma do tych danych wgląd i czy były one przekazywane jakimkolwiek innym firmom.

Na razie nie proszę o usunięcie niczego, chcę tylko wiedzieć, na czym stoję.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("deletion", ("withdraw_consent",),
         "usuńcie mnie z konta mamy",
         """Cześć,

mam 20 lat i do tej pory zamawiałem wszystko przez konto mamy – kiedyś dodała mnie jako drugą osobę w domu, więc jest tam mój mail, numer telefonu i data urodzenia. Wyprowadziłem się do Brukseli i nie chcę, żeby moje dane dalej tam wisiały. Proszę je z tego konta usunąć (samo konto mamy niech zostanie, to jej sprawa).

I przy okazji wypiszcie mnie z newslettera, nigdy się na niego świadomie nie zapisywałem, a przychodzi prawie codziennie.

Konto jest na Beatę Kowalczyk.

Pozdrawiam
Kuba Kowalczyk""",
         "Jakub Kowalczyk"),
        ("correction", (),
         "Zmiana właściciela karty po śmierci męża",
         """Szanowni Państwo,

w sierpniu zmarł mój mąż, Henryk Zieliński. Nasza wspólna karta klienta nadal jest wystawiona na jego imię i nazwisko, więc na każdym paragonie widnieje jego nazwisko, a każdy mail od Państwa zaczyna się od „Beste Henryk”. Jest to dla mnie bardzo przykre.

Proszę o zmianę posiadacza karty na mnie: Halina Zielińska, adres bez zmian (Rue de la Station 14, 4020 Liège), mój numer telefonu: 0471 22 58 90. Punkty mogą zostać na karcie. Jeśli potrzebny jest akt zgonu, prześlę skan.

Z wyrazami szacunku
Halina Zielińska""",
         "Halina Zielińska"),
        ("restriction", (),
         "Proszę niczego nie usuwać z naszego konta do końca sprawy rozwodowej",
         """Dzień dobry,

mamy z żoną wspólne konto i kartę rodzinną (nr 6012 3380 5521), na której jest historia zakupów z kilku lat – między innymi meble i sprzęt AGD, o których podział toczy się teraz sprawa w sądzie. Dowiedziałem się, że żona chce zamknąć konto i skasować całą historię.

Proszę, żeby do zakończenia sprawy niczego z tego konta nie usuwać, ale też nie wykorzystywać tych danych do niczego innego – niech po prostu leżą zablokowane. Faktury mogą być potrzebne jako dowód. Jeśli trzeba, prześlę sygnaturę akt.

Tomasz Nowicki""",
         "Tomasz Nowicki"),
        ("objection", (),
         "„Może Cię zainteresować” – nie, dziękuję",
         """Witam,

mamy w domu jedną kartę na trzy osoby: ja, mąż i nasza 16-letnia córka. Od jakiegoś czasu dostaję maile z „propozycjami dla Ciebie”, które są ewidentnie układane na podstawie tego, co kupuje cała rodzina. W zeszłym tygodniu córka zobaczyła w moim telefonie polecane kosmetyki, które sama kupiła kilka dni wcześniej, i dla niej był to koniec świata.

Nie zgadzam się na to, żebyście analizowali zakupy z naszej karty i tworzyli na ich podstawie jakieś profile czy rekomendacje. Zwykłe gazetki z promocjami mogą przychodzić, tylko bez tego „dopasowywania”.

Ewa Mazur""",
         "Ewa Mazur"),
        ("complaint", ("deletion",),
         "Lista prezentów ślubnych widoczna dla wszystkich!!",
         """Dzień dobry,

w czerwcu założyliśmy u Państwa listę prezentów ślubnych. Ślub dawno za nami, a wczoraj znajoma przysłała mi link, który wyskoczył jej w Google – lista nadal jest publiczna. Widać na niej nasz adres domowy, kto co kupił i wszystkie życzenia od gości, podpisane imieniem i nazwiskiem. Nikt nas nie uprzedził, że taka strona zostaje w internecie na zawsze i że wyszukiwarka ją indeksuje. Goście pisali te życzenia do nas, a nie do całego świata.

Uważam to za poważne zaniedbanie i proszę o wyjaśnienie, jak długo lista była tak widoczna i dlaczego nie została wyłączona po dacie ślubu. Proszę też natychmiast usunąć listę razem z naszym adresem i wiadomościami gości.

Marta i Paweł Dąbrowscy
lista nr WL-18840""",
         "Marta Dąbrowska"),
        ("portability", (),
         "eksport moich zamówień do pliku",
         """Dzień dobry,

przez pięć lat razem z partnerem robiliśmy zakupy z jednego konta – jego. Rozstaliśmy się i teraz zakładam własne. Czy mogę dostać w pliku (CSV albo Excel, cokolwiek, co da się otworzyć w arkuszu) moją część tej historii, czyli zamówienia z dostawą na mój adres w Gandawie, opłacone moją kartą kończącą się na 4410? Chcę je mieć u siebie i zaimportować do aplikacji, w której prowadzę domowy budżet.

Dziękuję,
Natalia Szymańska""",
         "Natalia Szymańska"),
        ("other", (),
         "Lista ślubna WL-20931 – dodanie ekspresu",
         """Dzień dobry,

mamy u Was listę prezentów na ślub (WL-20931, ślub 21 listopada). Chcieliśmy dodać jeszcze ekspres do kawy – ten ciśnieniowy za 349 euro – ale po kliknięciu „Dodaj do listy” strona wyświetla błąd i wylogowuje z konta. Próbowaliśmy z dwóch komputerów. Czy możecie dodać go za nas?

I jeszcze jedno: jak usunąć z listy komplet ręczników? Dostaliśmy już taki od cioci i szkoda, żeby ktoś kupił drugi.

Dzięki!
Ola i Michał""",
         "Aleksandra Lewandowska"),
        ("other", (),
         "Saldo karty podarunkowej",
         """Dzień dobry,

na urodziny dostałam od siostry Waszą kartę podarunkową (z bardzo ładną kartką z życzeniami w środku). Część wydałam w sklepie w Leuven, ale nie wiem, ile jeszcze na niej zostało. Żeby sprawdzić saldo na stronie, trzeba się zalogować, a nie mam u Was konta i nie chcę go zakładać tylko po to. Czy jest jakiś inny sposób?

Numer karty: 7700 1243 8861 0025

Pozdrawiam
Iwona Kamińska""",
         "Iwona Kamińska"),
        ("other", (),
         "Jedna karta dla dwóch osób?",
         """Dzień dobry,

z narzeczonym właśnie zamieszkaliśmy razem i zastanawiamy się, czy możemy mieć jedną wspólną kartę stałego klienta, żeby punkty się sumowały. Czy każde z nas może mieć wtedy swoją fizyczną kartę albo aplikację na swoim telefonie? I czy on może dołączyć do mojego konta, czy musimy założyć nowe?

Z góry dziękuję
Karolina Wójcik""",
         "Karolina Wójcik"),
    ],
    "cs": [
        ("deletion", (),
         "Odebrat bývalého přítele z naší karty",
         """Dobrý den,

s bývalým přítelem jsme měli společnou věrnostní kartu, vedenou na mě (č. 6012 7719 2045). V září jsme se rozešli, ale on na ni pořád nakupuje a hlavně v aplikaci vidí všechno, co si koupím já. Prosím, odeberte ho z karty a smažte jeho e-mail a telefonní číslo, které jsou k ní přidané. Na kartě chci být jen já.

Děkuji a prosím o potvrzení, až to bude hotové.
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("access", ("portability",),
         "Žádost podle čl. 15 a 20 GDPR",
         """Vážení,

v letech 2021–2025 jsem u Vás nakupoval převážně přes účet své matky, paní Jany Horákové, ke kterému jsem byl přidán jako další člen domácnosti. Nyní mám vlastní účet.

Žádám Vás tímto:
1. o informaci, jaké osobní údaje o mně zpracováváte – ať už v rámci mého účtu, nebo účtu mé matky –, k jakým účelům, komu byly předány a jak dlouho je budete uchovávat;
2. o poskytnutí mých údajů, zejména historie objednávek, které jsem zadal, ve strojově čitelném formátu (CSV nebo JSON), abych je mohl převést do svého nového účtu nebo jinam.

Děkuji za vyřízení v zákonné lhůtě.

S pozdravem
Ondřej Horák""",
         "Ondřej Horák"),
        ("withdraw_consent", (),
         "Už nechci připomínky ke svatebnímu seznamu",
         """Dobrý den,

svatba byla v květnu, seznam darů už dávno nepotřebujeme, ale každý týden mi chodí e-mail „Vašemu seznamu ještě chybí 4 dárky!“. Prosím, přestaňte mi tyhle připomínky posílat a rovnou mi vypněte i všechny ostatní reklamní e-maily.

Díky,
Kateřina Nováková""",
         "Kateřina Nováková"),
        ("complaint", (),
         "Moje nová adresa odešla bývalé manželce",
         """Dobrý den,

3. listopadu jsem si u Vás objednal pračku. Potvrzení objednávky, včetně mé nové adresy a telefonu, přišlo kromě mě i mé bývalé manželce, protože její e-mail byl kdysi zadán jako druhý kontakt u našeho účtu. V dubnu jsem Vám přitom psal a žádal, abyste její e-mail z účtu odstranili – a dostal jsem odpověď, že je to vyřízeno.

V naší situaci (platí soudní předběžné opatření) je to velmi vážná věc. Chci vědět, jak se to mohlo stát, když byl můj požadavek údajně vyřízen. Pokud nedostanu rozumné vysvětlení, podám stížnost u belgického úřadu pro ochranu osobních údajů.

Petr Svoboda
objednávka 2026-114853""",
         "Petr Svoboda"),
        ("correction", (),
         "faktury na jméno tchyně",
         """Dobrý den,

u našeho účtu se jako fakturační jméno nějak uložila moje tchyně, Věra Kučerová – jednou jsme jí posílali dárek a asi jsem při tom něco špatně zaklikla. Od té doby jsou všechny faktury vystavené na ni, i když platím já. V profilu to změnit nejde, pole je šedé.

Opravte prosím fakturační údaje na: Barbora Kučerová, Kortrijksesteenweg 212, 9000 Gent.

Díky moc
Bára Kučerová""",
         "Barbora Kučerová"),
        ("objection", ("withdraw_consent",),
         "Doporučení „pro celou rodinu“",
         """Dobrý den,

v aplikaci mi teď naskakuje sekce „Pro vaši rodinu“ a podle toho, co v ní je, je jasné, že míchá dohromady moje nákupy a nákupy mého syna, který má kartu přidanou k mé. Nesouhlasím s tím, abyste naše nákupy takhle spojovali a dělali z nich nějaký rodinný profil pro doporučení. Prosím, přestaňte k tomu moje údaje používat.

A ještě mě odhlaste z SMS s akcemi, chodí i v neděli večer.

Milan Beneš""",
         "Milan Beneš"),
        ("restriction", (),
         "Účet zesnulé matky – prosím zatím nemazat",
         """Dobrý den,

moje maminka, paní Alena Marešová, zemřela v červenci. Od Vás teď přišel e-mail, že její účet bude pro neaktivitu za 30 dní smazán. Prosíme, zatím ho nemažte: dědické řízení ještě neskončilo a potřebujeme z něj faktury (mimo jiné kvůli záruce na lednici a sedací soupravu, které se teď dělí mezi nás sourozence).

Zároveň ale nechceme, aby se účet k něčemu dál používal – žádné e-maily, nabídky ani přání k narozeninám na její jméno. Nechte ho prosím jen tak ležet, zablokovaný, dokud se neozveme.

Úmrtní list přikládám.

S pozdravem
Jiří Mareš (syn)""",
         "Jiří Mareš"),
        ("other", (),
         "výměna dárku bez účtenky",
         """Dobrý den,

k narozeninám jsem od kolegů dostala Váš tyčový mixér, jenže úplně stejný už doma mám. Účtenku nemám a shánět ji po kolezích se mi nechce, byl to přece dárek. Krabice je neotevřená. Můžu ho v prodejně v Bruselu vyměnit za něco jiného, případně za dárkovou kartu?

Děkuji
Simona Veselá""",
         "Simona Veselá"),
        ("other", (),
         "Dárek pro babičku – doručení na jinou adresu",
         """Dobrý den, chtěl bych poslat babičce k osmdesátinám deku a hrnek. Dá se při objednávce zadat jiná doručovací adresa (babička bydlí v Antverpách), než je ta fakturační? A jde to zabalit jako dárek, aby v balíku nebyla faktura s cenou? Pokud ano, rád bych tam přidal i krátké přání.

Díky, Vojta""",
         "Vojtěch Černý"),
        ("other", (),
         "sdílený seznam přání",
         """Ahoj,

s manželkou máme každý svůj účet a chtěli bychom jeden společný seznam přání na Vánoce, který uvidíme oba. Dá se to nějak nasdílet? Zkoušel jsem to přes tlačítko „Sdílet seznam“, ale manželka pak vidí jen prázdný seznam. Navíc jsem si při tom omylem smazal tři položky, takže teď nevím, jestli nedělám chybu já.

Díky za radu
Radek Pokorný""",
         "Radek Pokorný"),
    ],
    "hr": [
        ("portability", (),
         "Izvoz moje povijesti kupnje",
         """Poštovani,

sa suprugom sam godinama koristila zajednički korisnički račun i obiteljsku karticu. Razvodimo se i otvorila sam vlastiti račun. Molim vas da mi pošaljete moje podatke – narudžbe koje sam ja napravila i platila svojom karticom (završava na 0431) te bodove koje sam skupila – u nekom strojno čitljivom obliku, CSV ili Excel, kako bih ih mogla prenijeti na novi račun ili u drugu trgovinu.

Hvala unaprijed,
Ivana Babić""",
         "Ivana Babić"),
        ("complaint", ("deletion",),
         "Moja poruka na listi darova vidljiva je svima",
         """Dobar dan,

prijateljica me zamolila da kupim nešto s njezine liste darova za bebu i uz poklon sam joj napisala dosta osobnu poruku (o tome koliko smo se godinama nadale i kroz što je sve prošla s postupcima potpomognute oplodnje). Tek sam sada shvatila da se ta poruka, s mojim punim imenom, prikazuje javno na stranici liste, koju svatko s linkom može otvoriti – a ona je link podijelila u jednoj Facebook grupi.

Nigdje nije pisalo da će poruka biti javna. Iskreno, jako sam uznemirena, a vjerujem da će biti i ona kad to vidi. Tražim da se moja poruka i moje ime odmah uklone s te stranice i očekujem objašnjenje zašto to nigdje nije bilo jasno napisano.

Maja Kovačević""",
         "Maja Kovačević"),
        ("deletion", (),
         "Molim obrišite našu listu za bebu",
         """Poštovani,

prije nekoliko mjeseci otvorili smo kod vas listu darova za bebu (broj BL-5527). Trudnoća je nažalost završila i ne želimo da ta lista i dalje postoji. Molim vas da je u potpunosti obrišete, zajedno sa svim podacima uz nju – termin poroda, našu adresu, poruke i popis onih koji su već nešto kupili. Darove koji su već kupljeni riješit ćemo sami s rodbinom.

Hvala na razumijevanju.
Ana Jurić""",
         "Ana Jurić"),
        ("access", (),
         "Tko vidi moje kupnje na obiteljskoj kartici?",
         """Pozdrav,

imam 17 godina i na obiteljskoj sam kartici s roditeljima, ali imam svoju aplikaciju. Zanima me koje podatke o meni imate (ime, broj mobitela, što sam kupila i gdje) i tko od članova kartice može vidjeti što. Vide li mama i tata moje kupnje, s datumom i trgovinom, ili samo bodove?

Hvala,
Lana""",
         "Lana Horvat"),
        ("withdraw_consent", ("access",),
         "Nikad nisam kupovao kod vas",
         """Dobar dan,

nikad nisam ništa kupio u vašoj trgovini. U kolovozu mi je prijatelj preko vaše web trgovine poslao poklon za rođendan i od tada mi gotovo svaki dan stiže vaš newsletter, a sad i SMS-ovi. Odjavite me sa svega toga, molim.

I zanima me odakle vam moja e-mail adresa i broj mobitela – prijatelj kaže da je upisao samo adresu za dostavu.

Lp, Dario Perić""",
         "Dario Perić"),
        ("correction", (),
         "Promjena prezimena i adrese na kartici",
         """Poštovani,

udala sam se u rujnu i promijenila prezime, a u međuvremenu smo se suprug i ja preselili. Na kartici vjernosti i u profilu i dalje piše moje djevojačko prezime i stara adresa, pa mi je zadnji paket otišao u stari stan, gdje sada živi bivša cimerica.

Ispravni podaci:
Petra Marković (ranije Tomić)
Avenue Louise 301, 1050 Ixelles

Broj kartice: 6012 5506 8813

Hvala,
Petra Marković""",
         "Petra Marković"),
        ("restriction", ("access",),
         "Sporna adresa na zajedničkom računu",
         """Poštovani,

bivši suprug i ja još uvijek imamo zajednički račun kod vas. Prije dva tjedna netko je na računu promijenio adresu i broj telefona za dostavu na njegove nove, a ja tu promjenu nisam odobrila – račun je otvoren na moje ime i plaćam ga ja. Smatram da ti podaci nisu točni.

Dok to ne provjerite, molim vas da te nove podatke ne koristite ni za što – ništa ne šaljite na tu adresu i ne šaljite obavijesti na taj broj. Također vas molim da mi javite kada je i s čije prijave ta promjena napravljena.

S poštovanjem,
Sanja Knežević""",
         "Sanja Knežević"),
        ("other", (),
         "Lista za vjenčanje – zamjena proizvoda",
         """Bok,

imamo listu za vjenčanje kod vas (VL-30112). Molim vas da s liste maknete set lonaca Tefal jer je u međuvremenu povučen iz prodaje pa gosti dobiju grešku, a umjesto njega dodajte onaj set od 10 komada iz nove kolekcije. Ja to sama ne mogu jer mi se račun zaključa kad pokušam urediti listu.

Hvala vam!
Mia i Luka""",
         "Mia Pavlović"),
        ("other", (),
         "Može li dvoje ljudi imati jednu karticu?",
         """Dobar dan,

zanima me možemo li djevojka i ja skupljati bodove na istoj kartici vjernosti ili svatko mora imati svoju. Ako može, kako da je dodam? I ako se kasnije predomislimo, može li se kartica podijeliti na dvije ili bodovi ostaju samo jednome od nas?

Hvala,
Filip Radić""",
         "Filip Radić"),
        ("other", (),
         "Promjena poruke na poklon-kartici",
         """Dobar dan,

jučer sam naručila poklon-karticu od 50 € za mamu (narudžba 2026-120447), s porukom koja se tiska na karticu. Tek sam sad vidjela da sam joj krivo napisala ime („Dragoj Snježni” umjesto „Snježani” :( ). Narudžba još uvijek piše „u obradi”. Možete li promijeniti tekst prije nego što se kartica pošalje? Ako ne, možete li je stornirati pa ću naručiti ponovno?

Hvala!
Nikolina Šarić""",
         "Nikolina Šarić"),
    ],
    "sv": [
        ("objection", (),
         "Sluta använda mina köp till rekommendationer",
         """Hej,

jag köpte en klocka till min mans 50-årsdag via vårt gemensamma konto. Två dagar senare fick han ett mejl från er, ”Du kanske också gillar …”, med exakt samma klocka och tre armband som passar till. Överraskningen var förstörd.

Jag vill inte att ni använder mina köp för att ta fram rekommendationer eller ”personliga erbjudanden”, varken till mig eller till någon annan på kontot. Vanliga nyhetsbrev går bra, men sluta analysera vad jag handlar.

Mvh
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("deletion", ("withdraw_consent",),
         "Min frus konto",
         """Hej,

min fru Birgitta gick bort i april. Hennes konto hos er och kundkortet i hennes namn finns kvar, och i förra veckan kom det ett födelsedagsmejl till henne: ”Grattis Birgitta, här är 15 % rabatt!”. Det var tungt att läsa.

Jag vill att ni raderar hennes konto och kundkort. Och jag vill inte ha fler reklamutskick till vår adress i hennes namn – inga mejl, inga brev.

Jag kan skicka dödsbevis om det behövs.

Hälsningar
Gunnar Eklund""",
         "Gunnar Eklund"),
        ("access", (),
         "Vad kan min före detta se?",
         """Hej!

Jag och min ex-sambo hade ett gemensamt konto hos er i fyra år, det står på honom. I somras flyttade vi isär och jag skaffade ett eget konto. Nu undrar jag:

- vilka uppgifter om mig finns kvar på hans konto (namn, mobilnummer, leveransadresser, mina gamla beställningar)?
- kan han fortfarande se mina köp, även de jag gör på mitt nya konto, om jag betalar med samma kort?
- har ni lämnat ut mina uppgifter till någon annan?

Tack på förhand
Elin Sandberg""",
         "Elin Sandberg"),
        ("complaint", ("deletion",),
         "Andra gången jag skriver – inget svar",
         """Hej igen,

den 14 september mejlade jag hit och bad er ta bort min exman från vårt gemensamma kundkort. Nu har det gått sju veckor utan ett enda svar, inte ens en bekräftelse, och han kan fortfarande se varenda sak jag köper och var jag handlar. Med tanke på vår situation är det faktiskt obehagligt.

Ta bort honom från kortet nu (kortnummer 6012 8834 1170). Jag förväntar mig svar inom en vecka, annars anmäler jag er till dataskyddsmyndigheten.

Sara Holm""",
         "Sara Holm"),
        ("portability", (),
         "Min köphistorik som fil",
         """Hej,

min sambo och jag har handlat via hennes konto i flera år, men en del av köpen är mina – de som är betalda med mitt kort och levererade till min jobbadress. Nu har jag ett eget konto. Kan ni skicka min del av köphistoriken som en fil, CSV eller JSON, så att jag kan föra över den till mitt nya konto och till min egen budgetapp?

Vänliga hälsningar
Johan Nyberg""",
         "Johan Nyberg"),
        ("withdraw_consent", (),
         "babylistan",
         """Hej, bebisen föddes för tre veckor sedan och vi behöver inte listan längre. Snälla sluta skicka påminnelser om den, både mejlen och pushnotiserna i appen. Tack!
/Linnea""",
         "Linnea Ström"),
        ("restriction", (),
         "Radera inte vårt gemensamma konto än",
         """Hej,

min fru säger att hon har bett er radera vårt gemensamma konto. Vi håller på med bodelningen, och orderhistoriken och fakturorna på kontot (bland annat soffan, kylskåpet och cykeln) behövs för att visa vem som har betalat vad.

Jag ber därför att ni inte raderar något förrän bodelningen är klar, men att ni inte heller använder uppgifterna till något annat under tiden. Jag hör av mig när vi är klara, och jag kan visa papper från vår advokat om ni vill.

Mvh
Anders Berg""",
         "Anders Berg"),
        ("other", (),
         "Byta bröllopspresent utan kvitto",
         """Hej!

Vi fick en kaffebryggare från vår bröllopslista hos er, men eftersom två gäster köpte samma fick vi två likadana. Vi har inget kvitto, det var ju gästerna som betalade. Kan vi byta den ena i butiken i Gent, och behöver vi visa något? Listan står på mitt namn om det hjälper.

Hälsningar
Emma & Oskar""",
         "Emma Lundgren"),
        ("other", (),
         "Dela kundkort med sambon?",
         """Hej,

kan man vara två på samma kundkort? Jag och min sambo handlar mest tillsammans och vill samla poäng på samma ställe. Får vi i så fall varsitt kort, eller delar vi på ett? Och om vi någon gång vill ta bort en av oss från kortet, hur går det till?

Tack!
Viktor Åberg""",
         "Viktor Åberg"),
        ("other", (),
         "Presentinslagning och leverans till annan adress",
         """Hej,

jag ska skicka en julklapp till min svärmor i Brygge och undrar om det går att välja presentinslagning och leverera direkt till henne, utan att fakturan ligger i paketet. Måste jag lägga in hennes uppgifter som en ny adress i mitt konto, eller kan jag skriva in den bara för den här beställningen?

Mvh
Helena Kraft""",
         "Helena Kraft"),
    ],
    "ro": [
        ("correction", ("deletion",),
         "Numele și telefonul din contul meu au fost schimbate",
         """Bună ziua,

Soțul meu a făcut câteva comenzi de pe contul meu și la un moment dat a înlocuit numele de facturare și numărul de telefon cu ale lui. De atunci toate facturile ies pe numele lui, deși contul este al meu și plătesc eu. Vă rog să corectați numele înapoi la Andreea Popescu și telefonul la 0488 31 27 64, și să ștergeți numărul lui din cont – are contul lui.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("access", (),
         "Datele mamei mele",
         """Bună ziua,

Mă ocup de mama mea, care are 84 de ani și nu mai folosește singură calculatorul; de câțiva ani comand eu pentru ea, de pe contul ei. Am procură notarială, pe care v-o pot trimite.

Am observat că primește de la dumneavoastră oferte foarte „personalizate”, așa că aș vrea să știu exact ce date aveți despre ea: ce informații sunt în cont, ce istoric, de unde le aveți pe cele pe care nu le-am introdus eu, dacă le-ați dat altor firme și cât timp le păstrați.

Vă mulțumesc anticipat.
Cu stimă,
Mihaela Ionescu""",
         "Mihaela Ionescu"),
        ("complaint", ("deletion",),
         "A doua solicitare – lista de nuntă e tot publică",
         """Bună ziua,

Pe 29 septembrie v-am scris să ștergeți lista noastră de nuntă (nr. WL-17265), pe care apar adresa noastră, numele invitaților și mesajele lor. Au trecut peste cinci săptămâni, n-am primit niciun răspuns, iar lista e în continuare online – am verificat azi-dimineață.

Vă cer încă o dată s-o ștergeți. Dacă nu rezolvați în șapte zile, depun plângere la autoritatea pentru protecția datelor.

Radu și Ioana Stan""",
         "Radu Stan"),
        ("withdraw_consent", (),
         "Scoateți-mă din lista de e-mailuri",
         """Bună,

N-am cumpărat niciodată nimic de la voi. Vara trecută o prietenă mi-a trimis un cadou prin magazinul vostru și de atunci primesc newsletterul vostru de două-trei ori pe săptămână. Vă rog să mă scoateți din lista de e-mailuri, nu vreau să mai primesc nimic.

Ciprian Dumitru""",
         "Ciprian Dumitru"),
        ("objection", (),
         "Opoziție la transmiterea datelor către parteneri",
         """Bună ziua,

Am citit în politica dumneavoastră de confidențialitate că datele de pe cardul de fidelitate „pentru familie” pot fi transmise unor „parteneri selectați” pentru oferte, pe baza interesului legitim. Pe cardul nostru suntem eu, soțul și cei doi copii ai noștri, dintre care unul e minor.

Mă opun acestei transmiteri și nu doresc ca datele sau cumpărăturile noastre să ajungă la alte firme. Vă rog să-mi confirmați.

Cu stimă,
Elena Georgescu
card nr. 6012 2290 4437""",
         "Elena Georgescu"),
        ("portability", ("deletion",),
         "Export istoric și închidere cont comun",
         """Salut,

Eu și fostul meu partener am avut un cont comun la voi. Ne-am despărțit și am convenit să-l închidem. Înainte de asta, vreau istoricul comenzilor mele într-un fișier (CSV sau JSON, ce aveți), ca să-l pot importa în contul meu nou de la alt magazin. După ce îl primesc, vă rog să ștergeți contul cu totul. El e de acord, vă poate scrie și el dacă e nevoie.

Mulțumesc,
Alina Matei""",
         "Alina Matei"),
        ("restriction", (),
         "Nu folosiți adresa mea până se clarifică",
         """Bună ziua,

Pe 12 octombrie, de pe cardul nostru comun (încă figurăm amândoi pe el, eu și fostul meu soț), s-a plasat o comandă cu livrare la adresa mea nouă, pe care el n-ar trebui s-o cunoască. Am contestat comanda la serviciul clienți și aștept să aflu cine a făcut-o.

Până se lămurește, vă rog să nu mai folosiți adresa și telefonul meu pentru nimic – nici livrări, nici notificări, nici reclame –, dar nici să nu le ștergeți, pentru că s-ar putea să fie nevoie de ele ca dovadă în dosarul de divorț.

Cu stimă,
Cristina Vasilescu""",
         "Cristina Vasilescu"),
        ("other", (),
         "Sold card cadou",
         """Bună ziua, am primit de ziua mea un card cadou de la voi, cu un mesaj tare drăguț de la nașa mea. Aș vrea să știu cât mai am pe el, pentru că am cumpărat deja niște prosoape în magazinul din Bruxelles. Numărul e 7700 5512 0938 4411. Se poate folosi și online?

Mulțumesc,
Diana""",
         "Diana Moldovan"),
        ("other", (),
         "Cum șterg un produs de pe lista pentru bebe?",
         """Bună,

Am făcut o listă pentru nașterea bebelușului pe contul meu și vreau să șterg căruciorul, pentru că ni-l dau socrii, și să adaug în loc un scaun auto. În aplicație nu găsesc butonul de ștergere, doar pe cel de „Distribuie lista”. Mă puteți ajuta? Lista e pe numele Roxana Pop.

Mersi!
Roxana""",
         "Roxana Pop"),
        ("other", (),
         "Cadou trimis direct surorii mele",
         """Bună ziua,

Vreau să-i trimit surorii mele, care locuiește în Namur, un set de pahare de ziua ei. Trebuie să-i fac cont la voi sau e suficient să introduc datele ei doar pentru livrare? Și se poate pune un bilețel cu urări, fără bonul cu prețul în colet?

Mulțumesc frumos,
Sorin Lazăr""",
         "Sorin Lazăr"),
    ],
    "el": [
        ("deletion", ("withdraw_consent",),
         "Διαγραφή λίστας γάμου",
         """Καλησπέρα σας,

παντρευτήκαμε τον Σεπτέμβριο και η λίστα γάμου μας στο κατάστημά σας (αρ. WL-19902) δεν χρειάζεται πια. Θα θέλαμε να διαγραφεί εντελώς, μαζί με τη διεύθυνσή μας, τα ονόματα των καλεσμένων και τα μηνύματά τους. Επίσης, σταματήστε να μας στέλνετε τα email «Ολοκληρώστε τη λίστα σας» και γενικά τα διαφημιστικά.

Ευχαριστούμε,
Δέσποινα και Νίκος""",
         "Δέσποινα Παπαδοπούλου"),
        ("complaint", ("access", "deletion"),
         "Ο πρώην σύζυγός μου βλέπει ακόμα τις αγορές μου",
         """Κύριοι,

τον Ιούλιο, μετά τον χωρισμό μας, ζήτησα στο κατάστημα της Λουβέν να αφαιρεθεί ο πρώην σύζυγός μου από την κάρτα πιστότητας, που είναι στο όνομά μου. Η υπάλληλος μου είπε ότι έγινε. Χθες εκείνος μου έστειλε μήνυμα με ειρωνικά σχόλια για κάτι που αγόρασα το Σάββατο – το είδε στην εφαρμογή του.

Αυτό είναι απαράδεκτο. Θέλω να μάθω ποιοι έχουν σήμερα πρόσβαση στην κάρτα μου, τι ακριβώς μπορούν να δουν και από πότε. Και ζητώ να αφαιρεθεί επιτέλους από την κάρτα, αυτή τη φορά στ' αλήθεια, μαζί με τα στοιχεία του. Αν δεν πάρω σοβαρή απάντηση, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Ελένη Γεωργίου
Κάρτα: 6012 9917 3306""",
         "Ελένη Γεωργίου"),
        ("access", (),
         "Οικογενειακή κάρτα – ποιος βλέπει τι;",
         """Γεια σας,

έχουμε οικογενειακή κάρτα με τον άντρα μου και την πεθερά μου, που μένει μαζί μας. Θα ήθελα να ξέρω τι στοιχεία έχετε για μένα σε αυτή την κάρτα (αγορές, σε ποια καταστήματα, τηλέφωνο κ.λπ.) και τι από αυτά μπορούν να δουν οι άλλοι δύο στην εφαρμογή τους. Δεν θέλω να αλλάξω κάτι ακόμα, απλώς να ξέρω.

Ευχαριστώ,
Κατερίνα Αντωνίου""",
         "Κατερίνα Αντωνίου"),
        ("restriction", (),
         "Κοινός λογαριασμός – καμία αλλαγή μέχρι το διαζύγιο",
         """Αξιότιμοι κύριοι,

η σύζυγός μου και εγώ βρισκόμαστε σε διαδικασία διαζυγίου. Ο λογαριασμός και η κάρτα που χρησιμοποιούσαμε είναι κοινά, και το ποιος θα τα κρατήσει (μαζί με τους πόντους) θα κριθεί στη συμφωνία που θα υπογράψουμε. Μέχρι τότε σας παρακαλώ να μην προχωρήσετε σε καμία διαγραφή ή αλλαγή κατόχου, ακόμα κι αν σας το ζητήσει ένας από τους δύο μας, και να μη χρησιμοποιείτε τα δεδομένα μας για προωθητικούς σκοπούς. Απλώς κρατήστε τα όπως είναι.

Μόλις υπογραφεί η συμφωνία, θα σας ενημερώσουμε.

Με εκτίμηση,
Γιώργος Δημητρίου""",
         "Γιώργος Δημητρίου"),
        ("portability", (),
         "Τα δεδομένα μου σε αρχείο",
         """Καλημέρα,

θα ήθελα να μου στείλετε το ιστορικό αγορών μου (online και από τα καταστήματα με την κάρτα) σε αρχείο CSV ή JSON. Τώρα που μένω με τη σύντροφό μου, φτιάχνουμε ένα κοινό πρόγραμμα για τα έξοδα του σπιτιού και θέλω να περάσω εκεί τα δικά μου. Αν γίνεται, σε μορφή που ανοίγει στο Excel.

Ευχαριστώ πολύ,
Σταύρος Κωνσταντίνου""",
         "Σταύρος Κωνσταντίνου"),
        ("objection", ("withdraw_consent",),
         "Μου χαλάσατε την έκπληξη",
         """Καλησπέρα,

αγόρασα από εσάς ένα δαχτυλίδι για να κάνω πρόταση γάμου στη σύντροφό μου. Δύο μέρες μετά, στο κοινό μας email ήρθε μήνυμα από εσάς, «Μπορεί να σας αρέσουν επίσης», με… κοσμηματοθήκες και βέρες. Το είδε εκείνη πρώτη.

Δεν θέλω να χρησιμοποιείτε τις αγορές μου για να φτιάχνετε προτάσεις και «εξατομικευμένες» προσφορές. Και σταματήστε να στέλνετε διαφημιστικά email σε αυτή τη διεύθυνση.

Άρης Μιχαηλίδης""",
         "Άρης Μιχαηλίδης"),
        ("withdraw_consent", (),
         "Όχι άλλα SMS",
         """Παρακαλώ σταματήστε να μου στέλνετε SMS για τη λίστα δώρων γέννησης. Το μωρό γεννήθηκε, δεν χρειάζομαι άλλες υπενθυμίσεις. Ευχαριστώ.

Βάσω Νικολάου""",
         "Βάσω Νικολάου"),
        ("other", (),
         "Αλλαγή δώρου χωρίς απόδειξη",
         """Καλησπέρα,

μας έκαναν δώρο για το καινούργιο σπίτι ένα σετ σεντόνια από το κατάστημά σας, αλλά είναι για διπλό κρεβάτι και το δικό μας είναι king size. Απόδειξη δεν έχω, μόνο το καρτελάκι δώρου που ήταν μέσα στη σακούλα. Μπορώ να τα αλλάξω στο κατάστημα των Βρυξελλών με το ίδιο σετ σε μεγαλύτερο μέγεθος;

Ευχαριστώ,
Μαρία Σταματίου""",
         "Μαρία Σταματίου"),
        ("other", (),
         "Κοινή κάρτα με τον αδερφό μου;",
         """Γεια σας,

μένω με τον αδερφό μου και ψωνίζουμε μαζί. Μπορούμε να μοιραζόμαστε μία κάρτα πιστότητας και έναν λογαριασμό ή πρέπει ο καθένας να έχει τον δικό του; Αν γίνεται, μαζεύονται οι πόντοι όλοι μαζί; Και αν κάποια στιγμή φύγει από το σπίτι, μπορεί να πάρει τους δικούς του πόντους μαζί του;

Ευχαριστώ,
Δημήτρης Λαμπράκης""",
         "Δημήτρης Λαμπράκης"),
        ("other", (),
         "Δωροκάρτα για τη νονά μου",
         """Καλημέρα,

θέλω να στείλω μια δωροκάρτα των 100 € στη νονά μου στη Λιέγη για τα Χριστούγεννα, με ένα σύντομο μήνυμα. Πρέπει να περάσω τα στοιχεία της στον λογαριασμό μου ως νέα διεύθυνση ή μπορώ να τα γράψω μόνο για αυτή την παραγγελία; Και μπορεί να φτάσει σε κουτί δώρου, χωρίς τιμή επάνω;

Ευχαριστώ πολύ,
Ιωάννα Καραγιάννη""",
         "Ιωάννα Καραγιάννη"),
    ],
    "bg": [
        ("complaint", ("withdraw_consent", "deletion"),
         "Отписах се, а продължавате да пишете",
         """Здравейте,

На 2 октомври се отписах от имейлите за сватбения ни списък и от бюлетина ви (имам потвърждението ви). Оттогава съм получила още поне седем писма – „Гостите ви още избират!“, „Остават 3 подаръка“ и т.н. Сватбата беше през август.

Това е неприемливо. Спрете всички рекламни имейли и изтрийте адреса ми от пощенските си списъци. Ако продължат, ще подам жалба до органа за защита на данните.

Десислава Петрова""",
         "Десислава Петрова"),
        ("access", ("correction",),
         "Картата на свекърва ми",
         """Добър ден,

От години пазаруваме със семейната карта на свекърва ми, г-жа Радка Иванова, която ме е добавила като член. Искам да знам какви мои лични данни пазите във връзка с тази карта – телефон, имейл, покупки – и кой от семейството може да ги вижда.

Освен това в приложението името ми е изписано „Мария Георгиева“, а е „Мария Иванова“ – Георгиева ми е моминската фамилия. Моля, поправете го.

Благодаря,
Мария Иванова""",
         "Мария Иванова"),
        ("deletion", (),
         "Изтрийте данните ми от профила на бившия ми съквартирант",
         """Здравейте,

Миналата година живеех с един колега в Схарбек и той ме беше добавил в профила си като втори получател за доставки – с име, телефон и имейл. Вече не живеем заедно, а аз продължавам да получавам SMS-и за неговите пратки. Моля, изтрийте моите данни от профила му. Той е съгласен, просто не знае как става.

Поздрави,
Калоян Стоянов""",
         "Калоян Стоянов"),
        ("correction", (),
         "Смяна на фамилия след развод",
         """Добър ден,

След развода си върнах моминската фамилия. Моля, поправете името в профила и на картата ми за лоялност от „Елена Колева“ на „Елена Маринова“. Адресът също е стар – новият е Rue Royale 78, 1000 Bruxelles. Не мога да го сменя сама, защото кодът за потвърждение се праща на стария ни домашен номер.

Благодаря предварително,
Елена Маринова""",
         "Елена Маринова"),
        ("withdraw_consent", (),
         "push известия",
         """Здравейте, моля, спрете push известията и рекламните имейли от приложението. Телефонът ни е общ с мъжа ми и той вижда всяка „лична оферта“ за мен. Благодаря.

Надя Тодорова""",
         "Надя Тодорова"),
        ("objection", (),
         "Възражение срещу споделянето с партньори",
         """Здравейте,

Купих подарък от бебешкия списък на една приятелка и няколко дни по-късно започнах да получавам реклами от фирма за бебешки храни, която се оказа ваш „партньор“. Нямам деца и никога не съм давала данните си на тази фирма.

Възразявам срещу предаването на моите данни на ваши партньори за каквито и да било рекламни цели. Моля, потвърдете, че сте го спрели.

Веселина Димитрова""",
         "Веселина Димитрова"),
        ("portability", (),
         "Искане за преносимост на данни",
         """Уважаеми госпожи и господа,

На основание чл. 20 от Общия регламент относно защитата на данните моля да ми предоставите личните данни, които съм ви предоставил, включително историята на поръчките ми от общия ни профил със съпругата ми (поръчките, платени с моята карта), в структуриран, машинночетим формат – CSV или JSON. Ще ги пренеса в собствен профил.

С уважение,
Георги Петков""",
         "Георги Петков"),
        ("other", (),
         "Подарък за мама – опаковане и доставка",
         """Здравейте,

Искам да изпратя на майка ми в Мехелен кафемашина за рождения ѝ ден. Може ли да я опаковате като подарък и да я доставите направо на нейния адрес, без фактурата да е в пакета? Трябва ли да ѝ правя профил, или е достатъчно да въведа адреса ѝ при поръчката?

Благодаря!
Ивайло Николов""",
         "Ивайло Николов"),
        ("other", (),
         "Сватбен списък – добавяне и премахване",
         """Здрасти,

Имаме сватбен списък при вас (WL-22418). Искаме да премахнем от него тенджерите, защото кумовете ни ги подариха предварително, и да добавим прахосмукачката робот. Когато натисна „Изтрий“ в приложението, продуктът изчезва, но после пак се появява. Какво правя грешно?

Поздрави,
Теодора и Иван""",
         "Теодора Костова"),
        ("other", (),
         "Ваучер за подарък",
         """Добър ден,

Колегите ми подариха ваучер за 75 € от вашия магазин, с много мила картичка. Може ли да го използвам онлайн или само в магазина? И мога ли да го добавя към акаунта си, за да не го загубя, и после да платя с него част от поръчка?

Благодаря,
Силвия Атанасова""",
         "Силвия Атанасова"),
    ],
}

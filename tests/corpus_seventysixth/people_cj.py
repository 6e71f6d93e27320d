"""Person mail for the seventysixth set (pl cs hr sv ro el bg): parking, vehicles and mobility around the shop (number-plate cameras and the parking operator's fines, the car-park app, EV chargers and their charging app, the drive pick-up, bike and cargo-bike rental, delivery vans with dashcams, damage in the car park, leased cars linked to the wrong loyalty account), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventysixth.py)."""

PEOPLE_CJ = {
    "pl": [
        ("access", (),
         "Wezwanie ParkWise – skąd mają Państwo mój adres?",
         """Dzień dobry,

w zeszłym tygodniu dostałem na adres domowy w Poznaniu list od firmy ParkWise Belgium z „opłatą dodatkową” w wysokości 45 euro za przekroczenie czasu postoju na parkingu Państwa sklepu w Hasselt, 14 marca. W liście jest zdjęcie tablicy rejestracyjnej PO 7K214 oraz godziny wjazdu i wyjazdu.

Samochód jest zarejestrowany na mnie, ale tego dnia jeździł nim mój syn, który studiuje w Leuven. Sprawę samej opłaty wyjaśnię z nim. Nie rozumiem natomiast jednego: jak belgijska firma parkingowa ustaliła mój adres w Polsce na podstawie samej tablicy? Nigdy nie byłem Państwa klientem i nikomu w Belgii swoich danych nie podawałem.

Proszę o informację, jakie dane o mnie i o tym samochodzie przechowują Państwo i ParkWise, skąd dokładnie pochodzi mój adres (z CEPiK? od jakiegoś pośrednika?), komu te dane zostały przekazane i jak długo będą trzymane zdjęcia z kamer.

Z poważaniem
Andrzej Kowalczyk
ul. Grunwaldzka 118/4
60-313 Poznań""",
         "Andrzej Kowalczyk"),
        ("correction", (),
         "Zła rejestracja w aplikacji parkingowej",
         """Dzień dobry,

od października płacę za parking przez aplikację Shop Example Park, zwykle przy sklepie w Wilrijk. W ostatnich tygodniach dostałam dwa pisma od ParkWise, że parkowałam bez opłaty – a przecież płaciłam, mam potwierdzenia w aplikacji.

Po długim szukaniu znalazłam przyczynę: w moim profilu zapisany jest numer 1-GHO-807 (z literą O), a mój samochód ma 1-GH0-807 (z zerem). Kamera przy wjeździe odczytuje zero, więc płatność nie łączy się z wjazdem. Pola z numerem nie da się edytować w aplikacji, a czat odsyła mnie do Państwa.

Proszę o poprawienie numeru rejestracyjnego w moim koncie (login: magda.zielinska@gmail.com). Odwołania od tych dwóch opłat złożę w ParkWise osobno.

Pozdrawiam
Magdalena Zielińska
Boomsesteenweg 512, 2610 Wilrijk
0486 31 72 09""",
         "Magdalena Zielińska"),
        ("deletion", (),
         "konto Electra Loop / ładowarki",
         """Dzień dobry,

przez dwa lata ładowałem auto na Państwa ładowarkach w Zaventem i miałem do tego konto w aplikacji Electra Loop, które założyłem przez link na Państwa stronie. Pod koniec maja wracam na stałe do Krakowa, a auto jest już sprzedane.

Proszę o usunięcie mojego konta razem z zapisaną kartą płatniczą (Visa kończąca się na 4471), numerem rejestracyjnym i całą historią sesji ładowania. Jeśli faktury muszą Państwo przechowywać dla księgowości – rozumiem, ale reszta niech zniknie.

Konto: tomasz.wrobel.krk@wp.pl

Dziękuję i pozdrawiam
Tomasz Wróbel""",
         "Tomasz Wróbel"),
        ("portability", (),
         "Eksport sesji ładowania – auto służbowe",
         """Szanowni Państwo,

jeżdżę samochodem służbowym w leasingu (1-TWN-554) i od września 2025 ładuję go prawie wyłącznie na parkingu Państwa sklepu w Wavre, płacąc przez aplikację Electra Loop. Pracodawca zwraca mi koszty ładowania, ale od maja przechodzi na nowy system flotowy, który przyjmuje dane tylko w pliku.

Czy mogą mi Państwo przesłać pełną historię moich sesji ładowania od 1 września 2025 w formacie CSV lub XLSX (data, godzina rozpoczęcia i zakończenia, kWh, cena, numer ładowarki)? W aplikacji widzę tylko pojedyncze paragony w PDF, a przepisywanie ręcznie 140 sesji nie wchodzi w grę.

Z góry dziękuję.

Z poważaniem
Piotr Mazur
Chaussée de Bruxelles 77, 1300 Wavre""",
         "Piotr Mazur"),
        ("restriction", ("access",),
         "Sprawa PW-2026-118447 – proszę niczego nie przekazywać windykacji",
         """Dzień dobry,

ParkWise naliczył mi 60 euro za rzekome przekroczenie 90 minut bezpłatnego postoju na parkingu w Mechelen 21 lutego. Odwołałem się 3 marca, bo byłem tam 74 minuty – mam paragon z kasy z godziną 11:52, a wyjechałem kilka minut później. Do dziś nie dostałem odpowiedzi na odwołanie, za to wczoraj przyszło „ostateczne wezwanie” z informacją, że sprawa trafi do firmy windykacyjnej.

Dopóki odwołanie nie zostanie rozpatrzone, proszę, żeby moje dane (nazwisko, adres, numer rejestracyjny 1-PRK-230) nie były przekazywane do windykacji ani wykorzystywane do niczego innego. Jednocześnie proszę NIE kasować nagrań z kamer przy wjeździe i wyjeździe z tego dnia – to mój jedyny dowód.

Proszę też o przesłanie mi kopii tych zdjęć z godzinami wjazdu i wyjazdu.

Łukasz Nowicki
Leopoldstraat 19, 2800 Mechelen""",
         "Łukasz Nowicki"),
        ("objection", ("withdraw_consent",),
         "„Twoje auto odwiedziło nas 9 razy”???",
         """Witam,

właśnie dostałem od Państwa maila z tytułem „Twoje auto odwiedziło nas 9 razy w marcu – mamy dla Ciebie kupon na myjnię”. Serio? Liczycie, ile razy mój samochód wjechał na parking, i na tej podstawie wysyłacie mi reklamy?

Kamery do pilnowania czasu postoju jeszcze rozumiem. Ale wykorzystywanie tablicy rejestracyjnej do śledzenia moich wizyt i do marketingu to już za dużo. Nie zgadzam się na to – proszę przestać łączyć moje wjazdy na parking z kontem klienta i profilować mnie w ten sposób.

I przy okazji wypiszcie mnie z newslettera, skoro takie rzeczy w nim przychodzą.

Karta stałego klienta: 2604 1188 0392
Grzegorz Lis""",
         "Grzegorz Lis"),
        ("withdraw_consent", (),
         "sms",
         """dzien dobry, prosze wylaczyc mi smsy z promocjami ktore przychodza jak tylko wjade na parking w Genk. jak instalowalam apke to klikalam zgode na lokalizacje i oferty sms ale juz nie chce, troche to straszne ze telefon wie gdzie jestem a po 2 minutach przychodzi reklama. nr tel 0471 55 83 20
Ewa

Wysłane z iPhone'a""",
         "Ewa Pawlak"),
        ("complaint", (),
         "Nagranie z parkingu dla ubezpieczyciela – brak odpowiedzi od 5 tygodni",
         """Szanowni Państwo,

28 lutego ktoś uderzył w mój zaparkowany samochód na Państwa parkingu w Anderlechcie (Boulevard Industriel) i odjechał. Tego samego dnia zgłosiłam to w punkcie obsługi klienta i poproszono mnie o wysłanie maila na ten adres, co zrobiłam 1 marca, podając dokładną godzinę, miejsce i numer rejestracyjny. Prosiłam o nagranie z kamer dla mojego ubezpieczyciela (AG Insurance, szkoda nr 26-0338127).

Przez pięć tygodni nie dostałam żadnej odpowiedzi, mimo dwóch przypomnień. Wczoraj pracownik przy kasie powiedział mi, że nagrania są kasowane po 30 dniach, więc „pewnie już ich nie ma”. Jeżeli tak jest, to straciłam dowód tylko dlatego, że nikt nie odpisał na mojego maila.

Uważam, że mój wniosek został po prostu zignorowany. Jeśli w ciągu tygodnia nie dostanę rzetelnej odpowiedzi, złożę skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit).

Anna Kamińska
Rue Wayez 102, 1070 Anderlecht
0489 60 14 77""",
         "Anna Kamińska"),
        ("other", (),
         "porysowane drzwi",
         """Dzień dobry, w sobotę na parkingu w Genk wózek sklepowy, który ktoś zostawił między miejscami, przy silnym wietrze uderzył w moje auto i porysował tylne drzwi. Mam zdjęcia rys i tego wózka. Do kogo mam się zgłosić o odszkodowanie – czy sklep ma ubezpieczenie na takie sytuacje? Nie wiem, czy dobrze trafiłem z tym adresem, jeśli nie, proszę przekazać dalej.
Pozdrawiam, Marek Dąbrowski""",
         "Marek Dąbrowski"),
        ("other", (),
         "Rower cargo na weekend",
         """Dzień dobry,

chcielibyśmy w sobotę 9 maja wypożyczyć u Państwa w Leuven rower cargo (ten ze skrzynią na dwoje dzieci), żeby przewieźć rzeczy na działkę. Ile kosztuje wypożyczenie na cały dzień, a ile na weekend? Czy można zarezerwować wcześniej przez internet, czy tylko na miejscu? I czy kaski dla dzieci są w cenie?

Dziękuję
Karolina Wójcik""",
         "Karolina Wójcik"),
    ],
    "cs": [
        ("access", (),
         "Fotky auta při výdeji Drive",
         """Dobrý den,

ve čtvrtek jsem si vyzvedával objednávku na výdejním místě Drive ve vaší prodejně v Anderlechtu. Zaměstnanec mi před naložením nákupu vyfotil tabletem zadní část auta i s registrační značkou a pak ještě jednou zepředu, takže na fotce jsem nejspíš i já za volantem. Na můj dotaz řekl jen, že „to systém vyžaduje“.

Chtěl bych vědět, jaké údaje o mně a o autě při výdeji ukládáte, k čemu ty fotky slouží, jak dlouho je máte a kdo k nim má přístup. Pošlete mi prosím i ty fotografie, ať vím, co na nich je.

Číslo objednávky: DR-5512094

S pozdravem
Jiří Novotný
Avenue Clemenceau 48, 1070 Anderlecht""",
         "Jiří Novotný"),
        ("correction", (),
         "SPZ přiřazená k cizímu věrnostnímu účtu",
         """Dobrý den,

od března jezdím služebním autem na leasing (1-XKP-392). Když vjíždím na parkoviště u vaší prodejny v Namuru, na displeji u závory se objeví „Bienvenue, Patrick !“ – já se ale jmenuji Lenka. A když chci SPZ přidat do svého účtu v aplikaci, napíše mi to „Tato registrační značka je již zaregistrována“.

Zřejmě je SPZ pořád navázaná na věrnostní účet předchozího uživatele toho auta. Prosím odpojte ji od jeho účtu a přiřaďte ji k mému (karta 2604 3310 8745, lenka.horakova@seznam.cz). Osvědčení o registraci i potvrzení od leasingové firmy vám můžu poslat.

Děkuji
Lenka Horáková""",
         "Lenka Horáková"),
        ("deletion", (),
         "Kopie občanky – půjčovna kol",
         """Dobrý den,

v sobotu 11. dubna jsme si ve vaší prodejně v Leuvenu půjčili nákladní kolo na odpoledne. Paní u pultu si oboustranně naskenovala můj občanský průkaz, prý „kvůli kauci a pojištění“. Je na něm všechno – rodné číslo, adresa, podpis, fotka.

Kolo jsme vrátili týž den v pořádku a kauci 100 € jsem dostal zpátky na kartu. Nevidím tedy důvod, proč byste měli sken mého průkazu dál uchovávat. Prosím o jeho vymazání a pokud možno i o krátké potvrzení, že se tak stalo.

Martin Procházka
tel. +32 471 20 88 31""",
         "Martin Procházka"),
        ("portability", (),
         "Export parkování do CSV",
         """Dobrý den,

parkovné u vašich prodejen platím přes aplikaci Shop Example Park, většinou služebně. Naše firma teď přechází na nový systém cestovních náhrad, který umí načíst soubor CSV nebo XLSX, a já bych tam chtěl nahrát celou historii parkování za rok 2025 a za letošek.

V aplikaci jde stáhnout jen každá účtenka zvlášť jako PDF. Můžete mi poslat všechna moje parkování (datum, místo, čas příjezdu a odjezdu, SPZ, zaplacená částka) v jednom strojově čitelném souboru?

Účet: ondrej.kral@kral-partners.example

Díky,
Ondřej Král
Technical Sales | Král & Partners BV""",
         "Ondřej Král"),
        ("restriction", (),
         "Záznam z kamer 3. 4. – nemazat, ale ani nikomu nedávat",
         """Dobrý den,

3. dubna kolem 17:40 došlo na parkovišti vaší prodejny v Zaventemu k drobné nehodě při couvání: druhý řidič tvrdí, že jsem do něj narazila já, já tvrdím opak. Obě pojišťovny se teď přou a pojišťovna protistrany mi dnes napsala, že si „vyžádá záznamy z kamer přímo od obchodu“.

Prosím vás: záznam z toho dne a místa (řada D, u vchodu do zahradního centra) zatím nemažte, dokud se věc nevyřeší. Zároveň ho ale nikomu nevydávejte a nepoužívejte k ničemu jinému – ani pro pojišťovnu protistrany – dokud spor není uzavřen. Výjimkou je policie nebo moje vlastní pojišťovna, pokud o něj písemně požádají.

Moje SPZ: 2-BFT-118. Číslo pojistné události u mé pojišťovny: ETH-26-04471.

S pozdravem
Kateřina Veselá""",
         "Kateřina Veselá"),
        ("objection", ("deletion",),
         "Dodávka s kamerou před naším domem",
         """Dobrý den,

vaše rozvozové dodávky zásobují sousedy v naší ulici skoro každý den a řidiči parkují přímo naproti našemu domu. Na čelním skle mají kameru, která podle všeho nahrává nepřetržitě – a míří přímo na naše vchodové dveře a na zahradu, kde si hrají naše děti.

Nesouhlasím s tím, aby nás vaše kamery takhle natáčely. Záznam při nehodě chápu, ale ne nahrávání naší zahrady, zatímco dodávka stojí čtvrt hodiny s běžícím motorem. Žádám, abyste s tímto nahráváním u našeho domu přestali a abyste záznamy, na kterých je náš dům, zahrada nebo děti, smazali.

Tereza Marešová
Rue des Mésanges 7, 1340 Ottignies""",
         "Tereza Marešová"),
        ("withdraw_consent", (),
         "Odhlášení z novinek Electra Loop",
         """Dobrý den, při registraci účtu k nabíječkám u vašeho obchodu jsem zaškrtla souhlas se zasíláním novinek a nabídek. Už je nechci – odhlaste mě prosím ze všech e-mailů i push notifikací s nabídkami. Samotný účet chci dál používat na nabíjení.
Díky, Alena Benešová (alena.benesova@email.cz)""",
         "Alena Benešová"),
        ("complaint", ("access",),
         "Řidič rozvozu mi píše na WhatsApp",
         """Dobrý den,

minulý týden mi přivezli objednávku domů. Řidič mi předtím volal ze svého soukromého mobilu, že nemůže najít vjezd – to budiž. Jenže od té doby mi z toho čísla chodí zprávy na WhatsApp: „Hezký večer, sousedko 😊“, „Kdy zase objednáte?“ a včera fotka mého domu.

Je to pro mě velmi nepříjemné. Telefonní číslo jsem vám dala kvůli doručení, ne aby ho měl v telefonu cizí řidič a psal mi. Jak je možné, že řidiči vidí čísla zákazníků na svých soukromých telefonech? Chci vědět, komu všemu jste moje číslo a adresu předali (dopravce? subdodavatel?). Pokud se to nevyřeší, obrátím se na belgický úřad pro ochranu osobních údajů.

Objednávka: WEB-26-1180442

Jana Kučerová""",
         "Jana Kučerová"),
        ("other", (),
         "Nabíječky v Gentu",
         """Dobrý den, nabíjecí stanice č. 3 a 4 na parkovišti u vaší prodejny v Gentu nefungují už asi dva týdny – displej je černý a aplikace ukazuje „offline“. Funguje jen jedna, před kterou je pak fronta. Můžete to předat technikům? Vím, že píšu na adresu pro ochranu údajů, ale jinou jsem nenašel.
Pavel Šťastný""",
         "Pavel Šťastný"),
        ("other", (),
         "dotaz",
         """Dobrý den,

mám u vás měsíční předplatné parkování (parkoviště u prodejny v Evere), které se obnovuje automaticky. Jen pro informaci, zatím nic nežádám: kdybych si někdy nechala smazat historii parkování z aplikace, zrušilo by se tím i předplatné, nebo to jde oddělit? A platí se u vás něco za vydání přehledu údajů, nebo je to zdarma?

Hezký den
Veronika Pokorná""",
         "Veronika Pokorná"),
    ],
    "hr": [
        ("access", (),
         "Kako ste dobili moju adresu?",
         """Poštovani,

prošli tjedan na kućnu adresu u Zagrebu stiglo mi je pismo tvrtke ParkWise Belgium s računom od 55 eura za „prekoračenje vremena parkiranja“ na parkiralištu vaše trgovine u Bruggeu, 2. ožujka. Na pismu je fotografija moje registracijske oznake ZG 4417-HB.

Točno je da sam tada bio kod brata u Belgiji. Ali ne razumijem kako je privatna belgijska tvrtka iz same registracijske oznake hrvatskog auta došla do mog imena i adrese u Zagrebu. Nisam vaš kupac i nikome nisam dao svoje podatke.

Molim vas da mi odgovorite koje podatke o meni i mom vozilu imate vi i ParkWise, odakle točno potječe moja adresa (od MUP-a, nekog posrednika, agencije za naplatu?), kome su još podaci proslijeđeni i koliko dugo čuvate snimke s kamera.

S poštovanjem,
Dražen Babić
Ilica 211, 10000 Zagreb""",
         "Dražen Babić"),
        ("correction", (),
         "Drive – pogrešna registracija",
         """Dobar dan,

u siječnju sam promijenila auto, a u profilu za Drive (preuzimanje narudžbi na parkiralištu) i dalje stoji stara registracija 1-FRD-662. Jučer u Waterloou djelatnik mi nije htio predati narudžbu jer se tablica na autu ne slaže s onom u sustavu – morala sam pokazivati osobnu i čekati voditelja smjene 20 minuta.

Nova registracija je 2-MJL-905. Molim da je ispravite u mom profilu, jer u aplikaciji to ne mogu promijeniti sama (polje je zaključano).

Hvala,
Ivana Perić
ivana.peric@gmail.com""",
         "Ivana Perić"),
        ("deletion", (),
         "Brisanje računa i tablice",
         """Poštovani,

u veljači sam prodao svoj auto (1-KLZ-208) kolegi s posla. Tek sam sad shvatio da je registracija i dalje vezana uz moj račun u aplikaciji Shop Example Park i da mi dolaze obavijesti „Vaše parkiranje je započelo“ kad on dođe u vaš dućan u Kortrijku.

Ne želim da se njegova parkiranja vode pod mojim imenom. Molim vas da izbrišete tu registraciju i kompletnu povijest parkiranja iz mog računa, a zatim i sam račun – drugi auto nemam i aplikaciju više ne trebam.

Lijep pozdrav,
Tomislav Jurić""",
         "Tomislav Jurić"),
        ("portability", (),
         "Povijest punjenja – izvoz podataka",
         """Poštovani,

električni auto punim kod kuće i na vašim punjačima u Lokerenu (aplikacija Electra Loop). Upravo sam ugradio kućni sustav za upravljanje energijom koji može uvesti povijest javnog punjenja i usporediti troškove.

Možete li mi poslati sve moje sesije punjenja od početka (otprilike lipanj 2024.) u CSV ili JSON datoteci – datum, vrijeme, kWh, cijena, lokacija punjača? U aplikaciji postoje samo PDF računi, jedan po jedan.

Korisnički račun: marko.kovacevic@outlook.com

Hvala unaprijed,
Marko Kovačević""",
         "Marko Kovačević"),
        ("restriction", (),
         "Pogrešno spojeni ulazak i izlazak – molim da zaustavite postupak",
         """Poštovani,

ParkWise mi je poslao račun od 70 eura jer sam navodno 18. ožujka bila na parkiralištu vaše trgovine u Aalstu od 8:12 do 19:40. To nije točno: ujutro sam bila tridesetak minuta, otišla na posao i vratila se navečer još na pola sata. Kamera je očito spojila prvi ulazak s drugim izlaskom.

Dok se to ne provjeri, tražim da se moji podaci (registracija 1-AVN-417, ime i adresa) ne koriste za naplatu, opomene niti prosljeđivanje agenciji za naplatu. Isto tako, molim da snimke tog dana sačuvate, jer dokazuju da sam dvaput ulazila i izlazila.

Broj predmeta: PW-2026-131905

Srdačan pozdrav,
Maja Knežević
Kerkstraat 14, 9300 Aalst""",
         "Maja Knežević"),
        ("objection", ("deletion",),
         "„Nedostajete nam!“",
         """Dobar dan,

dobio sam od vas e-mail „Nedostajete nam! Vaš auto nije bio kod nas već 6 tjedana“ s kuponom od 5 eura. Dakle, preko kamera na parkiralištu pratite koliko često moj auto dolazi i na temelju toga mi šaljete reklame.

Protivim se tome. Kamere za naplatu parkiranja – u redu, ali ne želim da se moja registracija povezuje s karticom vjernosti i da se na temelju mojih dolazaka radi ikakav profil. Prestanite s tim i izbrišite povijest mojih dolazaka koju ste u tu svrhu skupili.

Kartica vjernosti: 2604 5512 0076
Goran Pavlović""",
         "Goran Pavlović"),
        ("withdraw_consent", (),
         "",
         """bok, ne zelim vise primati sms ponude svaki put kad udem na parking u Monsu. dala sam dozvolu za lokaciju u aplikaciji i pristala na ponude ali sad to povlacim. broj 0468 22 19 40. hvala
Sanja""",
         "Sanja Vuković"),
        ("complaint", ("access",),
         "Snimke za osiguranje – „zbog GDPR-a“?!",
         """Poštovani,

12. ožujka netko mi je na vašem parkiralištu u Hasseltu udario parkirani auto i pobjegao. Osiguranje traži snimke s kamera kako bi pronašlo drugo vozilo. Kad sam ih zatražio na info pultu, rečeno mi je da „zbog GDPR-a ne smiju dati snimke nikome“. Poslao sam i e-mail službi za kupce i dobio isti odgovor, bez ikakvog objašnjenja.

Smatram da je to neprihvatljivo: tražim snimke vlastitog auta, na mjestu gdje sam ja parkirao, u vrijeme kad sam tamo bio. GDPR se ovdje koristi kao izgovor da se ništa ne napravi. Ovo je službena pritužba na način na koji ste postupili s mojim zahtjevom.

I dalje tražim kopiju snimki: 12. 3. 2026., između 10:30 i 11:45, red C, registracija 1-DZB-771. Broj štete kod osiguranja: 0093-26-448120.

Zoran Horvat
Grote Markt 3, 3500 Hasselt""",
         "Zoran Horvat"),
        ("other", (),
         "Drive nedjeljom?",
         """Pozdrav, radi li Drive u Schaerbeeku nedjeljom i na praznik 1. svibnja? Na stranici piše samo pon–sub. Hvala, Ante""",
         "Ante Marić"),
        ("other", (),
         "Cijena teretnog bicikla",
         """Dobar dan,

koliko košta najam električnog teretnog bicikla na tjedan dana? Trebam ga za vožnju djece u vrtić dok nam je auto na servisu. Imate li sjedalicu za dijete od 2 godine i je li uključena u cijenu? Najam bi bio u Gentu, od 18. svibnja.

Lijep pozdrav,
Petra Šimić""",
         "Petra Šimić"),
    ],
    "sv": [
        ("access", (),
         "Er leveransbil filmade oss",
         """Hej,

i tisdags backade en av era hemleveransbilar in på vår uppfart i Tervuren för att vända. Min dotter (8 år) och jag stod vid garaget och fick hoppa undan. Grannen sa efteråt att era bilar har en kamera i vindrutan som spelar in hela tiden.

Jag vill veta vad kameran har spelat in av oss den dagen, vad ni gör med sådana inspelningar, hur länge de sparas och vem som får titta på dem. Om det finns bilder eller film där vi syns vill jag gärna få en kopia.

Det var tisdag 7 april, ungefär kl. 16.15, Kastanjelaan 22.

Hälsningar
Johan Lindqvist""",
         "Johan Lindqvist"),
        ("correction", (),
         "Fel födelsedatum – kan inte boka lådcykel",
         """Hej!

Jag försöker boka en lådcykel via er uthyrning i Etterbeek men får hela tiden meddelandet ”Du måste vara minst 18 år för att hyra”. Det visar sig att mitt födelsedatum i kontot står som 12/04/2009. Rätt datum är 12/04/1990 – det måste ha blivit fel när personalen skrev in uppgifterna från mitt id-kort första gången jag hyrde.

Kan ni ändra det? Jag kan skicka en bild på id-kortet om det behövs.

Tack!
Sara Holm
sara.holm@hotmail.com""",
         "Sara Holm"),
        ("deletion", (),
         "Leasingbil återlämnad – ta bort regnumret",
         """Hej,

jag hade en leasad tjänstebil (1-VDR-384) fram till februari och kopplade då registreringsnumret till mitt kundkonto för att få gratis parkering med lojalitetskortet. Bilen är nu återlämnad och körs av någon annan, men jag får fortfarande notiser ”Välkommen till Shop Example Waterloo” när den bilen kör in på er parkering.

Ta bort registreringsnumret och all parkeringshistorik som hör till det från mitt konto. Jag vill inte ha någon annans bilresor i mitt namn.

Mvh
Emma Berg""",
         "Emma Berg"),
        ("portability", (),
         "Mina cykelturer som fil?",
         """Hej,

sedan i höstas hyr jag en elektrisk lådcykel hos er i Leuven nästan varje vecka och appen loggar alla turer med GPS, sträcka och tid. Jag skulle vilja flytta hela historiken till min träningsapp, som kan importera GPX- eller CSV-filer.

Kan ni skicka alla mina hyrningar och turer (datum, tid, sträcka, rutt) i en sådan fil? I appen går det bara att se en tur i taget.

Konto: henrik.sandberg@gmail.com

Tack på förhand
Henrik Sandberg""",
         "Henrik Sandberg"),
        ("restriction", (),
         "Parkeringsavgift – min bil var i Uppsala",
         """Hej,

Jag har fått ett brev från ParkWise Belgium om en ”kontrollavgift” på 50 euro för att min bil ABC 12D ska ha stått på er parkering i Gent den 3 april. Bilen stod i garaget i Uppsala hela påskveckan, det kan både grannar och vår bostadsrättsförening intyga. Antingen har kameran läst fel eller så kör någon omkring med falska skyltar.

Jag bestrider uppgiften och vill att ni, tills det är utrett, inte använder mina personuppgifter till något – inga påminnelser, ingen inkasso, ingen vidarebefordran. Radera dem inte heller förrän saken är klar, eftersom jag kan behöva dem för en polisanmälan.

Ärendenummer: PW-2026-140213

Med vänlig hälsning
Karin Nyström
Svartbäcksgatan 41, 753 33 Uppsala""",
         "Karin Nyström"),
        ("objection", (),
         "Sluta känna igen min bil",
         """Hej,

sist jag hämtade en beställning på Drive i Zaventem möttes jag av en skärm med ”Hej Mikael! Din beställning är på väg ut” innan jag ens hade skannat min QR-kod. Personalen förklarade att kameran känner igen registreringsskylten och kopplar den till mitt konto.

Det har jag aldrig bett om och jag vill inte ha det. Jag motsätter mig att ni använder min registreringsskylt för att identifiera mig när jag kör in på parkeringen. Jag skannar gärna koden som förut.

Mikael Forsberg
Kundnummer 88104327""",
         "Mikael Forsberg"),
        ("withdraw_consent", ("deletion",),
         "Platsdelning i laddappen",
         """Hej, när jag skapade kontot i Electra Loop-appen för era laddstolpar gick jag med på att dela min plats ”för att hitta närmaste laddare och få erbjudanden på vägen”. Det samtycket drar jag tillbaka nu. Radera också den platshistorik ni har sparat om mig. Själva laddkontot vill jag behålla.

/Linnea Ek

Skickat från min iPhone""",
         "Linnea Ek"),
        ("complaint", ("access",),
         "Påminnelse: obesvarad begäran från 2 mars",
         """Hej igen,

Den 2 mars skickade jag en begäran till er om att få veta vilka uppgifter ni och ParkWise har om mig och min bil efter en parkeringsavgift vid er butik i Brugge (se nedan). Nu har det gått fem veckor utan något svar, inte ens en bekräftelse.

Enligt GDPR ska ni svara inom en månad. Jag vill fortfarande få ut uppgifterna, men om jag inte får svar inom tio dagar anmäler jag er till den belgiska dataskyddsmyndigheten (och informerar IMY).

Mvh
Olof Hedlund

> Från: Olof Hedlund
> Skickat: den 2 mars 2026 19:02
> Till: privacy@shop.example.be
> Ämne: Vilka uppgifter har ni om mig?
>
> Hej, jag har fått en avgift från ParkWise (ärende PW-2026-109377) för er parkering
> i Brugge. Jag vill ha en kopia av alla uppgifter ni och ParkWise har om mig och
> bilen PLX 45C: bilder, tider, adress och varifrån adressen kommer.
> Olof Hedlund""",
         "Olof Hedlund"),
        ("other", (),
         "Överklagan av avgift PW-2026-122870",
         """Hej,

Jag har fått en avgift på 45 euro för att ha stått längre än 90 minuter på er parkering i Mechelen den 16 mars. Men jag stod på en handikapplats och hade mitt europeiska parkeringstillstånd för rörelsehindrade väl synligt i vindrutan – enligt skylten vid infarten gäller ingen tidsgräns på de platserna. Jag bifogar en bild på tillståndet.

Jag ber er därför att stryka avgiften. Om det här ska till ParkWise direkt får ni gärna skicka det vidare.

Vänliga hälsningar
Birgitta Åkesson""",
         "Birgitta Åkesson"),
        ("other", (),
         "Fel belopp på laddning?",
         """Hej!

Jag laddade på er snabbladdare i Wilrijk den 28 mars och kvittot säger 61,4 kWh, 36,84 euro. Min bil har ett batteri på 58 kWh och jag började på ungefär 30 %, så det kan inte stämma. Kan ni kolla sessionen och betala tillbaka mellanskillnaden?

Sessions-ID: EL-BE-WIL-0328-77120

Tack,
Anders Lund""",
         "Anders Lund"),
    ],
    "ro": [
        ("access", (),
         "Cerere de acces – aplicația de parcare",
         """Stimată doamnă, stimate domn,

Folosesc de aproximativ un an aplicația Shop Example Park pentru parcarea de la magazinul dumneavoastră din Ixelles. Am observat că aplicația cere acces la locație „întotdeauna”, are salvat numărul meu de înmatriculare și cardul bancar.

În temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să-mi comunicați ce date cu caracter personal prelucrați despre mine prin această aplicație (inclusiv istoricul locațiilor și al parcărilor), în ce scopuri, cui le transmiteți (operatorul ParkWise, procesatorul de plăți, alți parteneri) și cât timp le păstrați. Vă rog să-mi trimiteți și o copie a acestor date.

Cu stimă,
Adrian Stoica
Rue du Trône 88, 1050 Ixelles
Cont: adrian.stoica@yahoo.com""",
         "Adrian Stoica"),
        ("correction", (),
         "Actualizare date cont încărcare",
         """Bună ziua,

în contul meu din aplicația Electra Loop (pentru stațiile de încărcare de la magazinele dumneavoastră) apar încă numele meu de fată, Ioana Marinescu, și numărul vechii mașini, 1-RZT-540. Între timp m-am căsătorit și am schimbat mașina. Facturile de încărcare le depun la firmă, iar contabila mi le respinge pentru că numele nu corespunde.

Vă rog să corectați datele: nume Ioana Dumitrescu, număr de înmatriculare 2-HEV-213. Din aplicație nu le pot modifica.

Mulțumesc,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),
        ("deletion", ("objection",),
         "Fotografiile de la Drive",
         """Bună ziua,

săptămâna trecută, la ridicarea comenzii de la Drive în Jette, un angajat m-a fotografiat cu tableta lângă mașină, „ca dovadă a predării”. Pe poză se vede clar fața mea, numărul mașinii și fetița mea pe bancheta din spate.

Vă rog să ștergeți aceste fotografii. Și nu doresc să mai fiu fotografiată la următoarele ridicări – pot semna pe tabletă ca dovadă, nu e nevoie de poze cu mine și cu copilul meu.

Comanda: DR-5538817
Cristina Ene""",
         "Cristina Ene"),
        ("portability", (),
         "Export istoric abonament parcare",
         """Bună ziua,

Am abonament lunar de parcare la magazinul din Evere din 2023. Din iunie mă mut cu biroul și voi folosi parcarea unui alt operator, care îmi cere istoricul abonamentului ca să-mi aplice reducerea pentru clienți fideli și să-l încarce în sistemul lor.

Îmi puteți trimite tot istoricul abonamentului și al intrărilor (date, ore, numărul mașinii, plăți) într-un fișier CSV sau Excel? Din aplicație pot descărca doar facturile PDF, lună de lună.

Mulțumesc anticipat,
Mihai Georgescu
0477 34 90 12""",
         "Mihai Georgescu"),
        ("restriction", ("complaint",),
         "Amenda contestată trimisă la recuperatori – opriți!",
         """Bună ziua,

Pe 9 martie am contestat în scris la ParkWise amenda de 60 EUR (dosar PW-2026-127754) pentru parcarea de la magazinul din Liège, pentru că aveam bonul de plată. Nu am primit niciun răspuns la contestație, în schimb ieri am primit o scrisoare de la o firmă de recuperare a creanțelor din Olanda care îmi cere 92 EUR.

Mi se pare inadmisibil să trimiteți datele mele unei firme de recuperare cât timp contestația nu a fost soluționată. Vă cer ca, până la soluționarea contestației, să nu mai folosiți datele mele (nume, adresă, număr de înmatriculare 1-BLR-906) în niciun scop, să le retrageți de la recuperatori și să nu le mai transmiteți nimănui. Nu le ștergeți însă, am nevoie de ele pentru contestație.

Andreea Munteanu
Rue Saint-Gilles 140, 4000 Liège""",
         "Andreea Munteanu"),
        ("objection", (),
         "Reclame la leasing de mașini electrice",
         """Bună ziua,

De când încarc mașina la stațiile din parcarea dumneavoastră din Mons primesc e-mailuri cu oferte de leasing pentru mașini electrice „de la partenerul nostru VoltLease”, adaptate „în funcție de obiceiurile dumneavoastră de încărcare”.

Nu sunt de acord ca istoricul sesiunilor mele de încărcare să fie folosit pentru reclame personalizate sau trimis partenerilor. Vă rog să încetați această prelucrare. Contul de încărcare vreau să-l păstrez.

Radu Ionescu""",
         "Radu Ionescu"),
        ("withdraw_consent", (),
         "stop sms",
         """buna ziua, va rog sa nu imi mai trimiteti sms-uri cu oferte din aplicatia de parcare. am bifat la inceput ca sunt de acord dar nu mai vreau. numarul e 0485 61 22 07. multumesc
Elena P.""",
         "Elena Popa"),
        ("complaint", (),
         "Plângere – fotografia cu mine și copilul, trimisă fostului soț",
         """Bună ziua,

Mașina pe care o conduc este încă înmatriculată pe numele fostului meu soț. Pe 20 martie am parcat-o la magazinul dumneavoastră din Charleroi și am depășit timpul gratuit. Până aici, e vina mea.

Problema este că ParkWise i-a trimis fostului soț o scrisoare cu „dovada foto”, iar pe fotografie nu se vede doar numărul, ci și eu la volan și fiul nostru pe scaunul din față, cu ora și locul exact. Suntem în proces de divorț și el folosește acum fotografia ca să demonstreze pe unde „umblu cu copilul”.

Nu pot accepta ca imagini cu mine și cu copilul meu să fie trimise altei persoane, când pentru o amendă de parcare era suficient numărul mașinii. Depun plângere la dumneavoastră și, dacă nu primesc o explicație, mă voi adresa Autorității belgiene pentru protecția datelor.

Roxana Vasilescu
Charleroi""",
         "Roxana Vasilescu"),
        ("other", (),
         "Zgârietură pe mașină în parcare",
         """Bună, sâmbătă dimineață am găsit o zgârietură lungă pe ușa șoferului după ce am parcat la voi în Anderlecht. Nu știu cine a făcut-o. Are magazinul vreo asigurare pentru astfel de situații sau trebuie să merg la asigurarea mea? Mulțumesc, Bogdan""",
         "Bogdan Stan"),
        ("other", (),
         "Ridicare comandă Drive de altă persoană",
         """Bună ziua,

am o comandă Drive pentru mâine la ora 18:00 în Waterloo, dar nu pot ajunge. Poate s-o ridice soțul meu cu mașina lui? Are alt număr de înmatriculare decât cel din contul meu. Ce trebuie să arate la ridicare?

Mulțumesc,
Simona Radu
comanda DR-5541290""",
         "Simona Radu"),
    ],
    "el": [
        ("access", (),
         "Δεδομένα από τις κάμερες του πάρκινγκ",
         """Καλησπέρα σας,

Κάθε εβδομάδα παρκάρω στο πάρκινγκ του καταστήματός σας στο Auderghem και πρόσφατα πρόσεξα τις πινακίδες για «αυτόματη αναγνώριση πινακίδων κυκλοφορίας».

Θα ήθελα να μάθω ποια στοιχεία έχετε αποθηκεύσει για το αυτοκίνητό μου (1-GRK-551) και για μένα: ποιες είσοδοι και έξοδοι είναι καταγεγραμμένες, αν υπάρχουν φωτογραφίες, αν τα συνδέετε με την κάρτα μέλους μου, με ποιους τα μοιράζεστε και για πόσο καιρό τα κρατάτε. Παρακαλώ στείλτε μου και αντίγραφο.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Boulevard du Souverain 210, 1160 Auderghem""",
         "Νίκος Παπαδόπουλος"),
        ("correction", ("access",),
         "Λάθος διεύθυνση – πρόστιμο στάθμευσης",
         """Καλημέρα,

Έμαθα από τον παλιό μου σπιτονοικοκύρη ότι στην παλιά μου διεύθυνση (Rue Royale 45, Saint-Josse) έφτασε επιστολή της ParkWise με πρόστιμο στάθμευσης στο όνομά μου. Έχω μετακομίσει από τον Οκτώβριο και έχω αλλάξει τη διεύθυνση στον δήμο και στη DIV, αλλά όχι στον λογαριασμό της κάρτας πιστότητάς σας.

Παρακαλώ διορθώστε τη διεύθυνση στον λογαριασμό μου: Avenue Brugmann 302, 1180 Uccle. Και εξηγήστε μου, σας παρακαλώ: πήρε η ParkWise τη διεύθυνσή μου από εσάς; Αν ναι, ποια άλλα στοιχεία μου τούς δώσατε;

Ευχαριστώ,
Ελένη Γεωργίου
κάρτα 2604 7781 2230""",
         "Ελένη Γεωργίου"),
        ("deletion", (),
         "fototypia taftotitas",
         """Geia sas, to Savvato noikiasa ena cargo podilato apo to katastima sas sto Leuven kai i kyria sto tameio evgale fotografia tin taftotita mou mprosta kai pisw. To podilato to epestrepsa idi kai pira pisw tin egguisi. Parakalw na diagrapsete tin fotografia tis taftotitas mou, den thelw na einai apothikeumeni kapou. Eyxaristw
Kostas Dimitriou

Sent from my Galaxy""",
         "Kostas Dimitriou"),
        ("portability", (),
         "Ιστορικό φορτίσεων σε αρχείο",
         """Καλησπέρα,

Φορτίζω το ηλεκτρικό μου αυτοκίνητο στους φορτιστές του πάρκινγκ σας στη Wavre μέσω της εφαρμογής Electra Loop από τον Ιανουάριο του 2025. Από τον Ιούνιο η εταιρεία μου μάς δίνει κάρτα φόρτισης άλλου παρόχου και θέλω να περάσω εκεί όλο το ιστορικό μου, για να βγαίνουν σωστά οι μηνιαίες αναφορές.

Μπορείτε να μου στείλετε όλες τις συνεδρίες φόρτισης (ημερομηνία, διάρκεια, kWh, κόστος, σταθμός) σε αρχείο CSV ή JSON;

Λογαριασμός: a.konstantinou@gmail.com

Ευχαριστώ πολύ,
Αντώνης Κωνσταντίνου""",
         "Αντώνης Κωνσταντίνου"),
        ("restriction", (),
         "Βίντεο από το πάρκινγκ – ατύχημα 25/3",
         """Αξιότιμοι κύριοι,

Στις 25 Μαρτίου, γύρω στις 18:10, ένα όχημα με χτύπησε στην έξοδο του πάρκινγκ σας στη Namur. Ο άλλος οδηγός ισχυρίζεται ότι έφταιγα εγώ και η υπόθεση πιθανότατα θα καταλήξει στο δικαστήριο.

Σας παρακαλώ να μη διαγράψετε το υλικό από τις κάμερες της εξόδου εκείνης της ώρας, αλλά ούτε να το χρησιμοποιήσετε ή να το δώσετε σε κανέναν μέχρι να λυθεί η διαφορά, εκτός αν το ζητήσει δικαστήριο ή ο δικηγόρος μου με γραπτή εξουσιοδότησή μου.

Αριθμός κυκλοφορίας: 1-HLS-702
Αριθμός ζημιάς στην ασφαλιστική μου: 26/AUT/09914

Με τιμή,
Δημήτρης Αλεξίου
Rue de Fer 60, 5000 Namur""",
         "Δημήτρης Αλεξίου"),
        ("objection", (),
         "Χρήση εικόνων dashcam για εκπαίδευση AI",
         """Καλησπέρα,

Διάβασα στην ενημερωμένη πολιτική απορρήτου σας ότι οι εικόνες από τις κάμερες ταμπλό των βαν διανομής σας θα χρησιμοποιούνται πλέον «για την εκπαίδευση συστημάτων τεχνητής νοημοσύνης για ασφαλή οδήγηση, σε συνεργασία με εξωτερικό πάροχο», με βάση το «έννομο συμφέρον».

Μένω σε στενό δρόμο όπου τα βανάκια σας περνούν καθημερινά και ξέρω ότι καταγράφομαι συνέχεια, εγώ, τα παιδιά μου, το σπίτι μου. Αντιτίθεμαι στη χρήση εικόνων όπου εμφανιζόμαστε εγώ ή η οικογένειά μου για αυτόν τον σκοπό. Η ασφάλεια στον δρόμο είναι ένα πράγμα, η εκπαίδευση μοντέλων από τρίτη εταιρεία είναι άλλο.

Γιώργος Νικολάου
Rue du Moulin 9, 1300 Wavre""",
         "Γιώργος Νικολάου"),
        ("withdraw_consent", (),
         "Τοποθεσία στην εφαρμογή Drive",
         """Γεια σας, όταν έκανα την πρώτη μου παραγγελία Drive είχα δεχτεί να βλέπει η εφαρμογή την τοποθεσία μου, ώστε να ετοιμάζετε την παραγγελία όταν είμαι 2 χλμ. μακριά. Δεν το θέλω πια, ανακαλώ αυτή τη συγκατάθεση. Θα πατάω «Έφτασα» όπως παλιά.
Μαρία Ιωάννου""",
         "Μαρία Ιωάννου"),
        ("complaint", ("deletion",),
         "Εισπρακτική εταιρεία για πρόστιμο που έχω ήδη πληρώσει",
         """Κύριοι,

Τον Φεβρουάριο πλήρωσα το πρόστιμο της ParkWise για το πάρκινγκ σας στο Leuven (έχω το αποδεικτικό της τράπεζας). Χθες μού τηλεφώνησε εισπρακτική εταιρεία, ήξερε όνομα, διεύθυνση, αριθμό κυκλοφορίας και μετά μου έστειλε με email και φωτογραφία του αυτοκινήτου μου στο πάρκινγκ σας!

Πώς βρέθηκαν τα στοιχεία μου σε εισπρακτική για μια υπόθεση που έχει κλείσει; Αυτός είναι απαράδεκτος χειρισμός των προσωπικών μου δεδομένων και θα κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων του Βελγίου. Απαιτώ επίσης να διαγραφούν τα στοιχεία μου από την εισπρακτική και από όποιον άλλον τα δώσατε.

Στέλιος Μαυρίδης
0472 88 31 05""",
         "Στέλιος Μαυρίδης"),
        ("other", (),
         "Φορτιστής εκτός λειτουργίας",
         """Καλησπέρα, ο ταχυφορτιστής στο πάρκινγκ σας στο Kortrijk δεν λειτουργεί από την Παρασκευή – ξεκινά η φόρτιση και μετά από ένα λεπτό σταματά με «Error 47». Χθες πλήρωσα δύο φορές το τέλος έναρξης χωρίς να φορτίσω. Μπορεί κάποιος να το κοιτάξει και να μου επιστραφούν τα 2 x 1 ευρώ;
Βασίλης Τσολάκης""",
         "Βασίλης Τσολάκης"),
        ("other", (),
         "Drive orario",
         """Kalimera, ti ores leitourgei to Drive stin Anderlecht to Savvato? Thelw na paralavw paraggelia meta tis 19:00. Efxaristw, Dimitra""",
         "Dimitra Karra"),
    ],
    "bg": [
        ("access", ("deletion",),
         "Откъде имате адреса ми?",
         """Здравейте,

Преди седмица на адреса ми в Пловдив получих писмо от фирма ParkWise Belgium с „такса за неразрешено паркиране“ от 40 евро за паркинга на ваш магазин в Антверпен на 28 февруари. В писмото има снимка на регистрационния ми номер РВ 8812 КМ.

Бях на почивка в Белгия, това е вярно. Но как белгийска частна фирма е разбрала името и адреса ми в България само от номера на колата? Никога не съм бил ваш клиент.

Моля, кажете ми какви данни за мен и за колата пазите вие и ParkWise, откъде точно е взет адресът ми (от КАТ? от посредник?) и на кого още са предадени. След като таксата бъде уредена, искам всички тези данни да бъдат изтрити.

Поздрави,
Стоян Георгиев
ул. „Капитан Райчо“ 56, 4000 Пловдив""",
         "Стоян Георгиев"),
        ("correction", (),
         "Нов регистрационен номер",
         """Здравейте,

Миналия месец пререгистрирах колата си в Белгия и вече е с белгийски номер 2-BGR-419 вместо българския СА 4471 РВ. В профила ми за Drive все още стои старият номер и вчера в Хале служителят не искаше да ми даде поръчката, докато не показах документите на колата.

Моля, сменете номера в профила ми. Имейл на профила: d.ivanova@abv.bg

Благодаря,
Десислава Иванова""",
         "Десислава Иванова"),
        ("deletion", (),
         "Изтриване на акаунт за зареждане",
         """Здравейте,

Моля, изтрийте акаунта ми в приложението Electra Loop, който използвах за зарядните станции на паркинга ви в Льовен. Вече нямам електрическа кола. Искам да бъдат изтрити и запазената банкова карта, номерът на колата и цялата история на зарежданията.

Акаунт: nikolay.petrov@gmail.com

Николай Петров""",
         "Николай Петров"),
        ("portability", (),
         "Данни за мобилен бюджет",
         """Здравейте,

От тази година работодателят ми ми дава мобилен бюджет (mobiliteitsbudget) и трябва да качвам в платформата им всичките си разходи за мобилност. Наемам карго колело от вашия магазин в Гент почти всяка седмица и паркирам с приложението Shop Example Park.

Можете ли да ми изпратите историята на наемите на колело и на паркиранията ми от 1 януари 2026 г. във файл CSV или Excel? Платформата приема само такива файлове, а в приложението виждам само отделни PDF разписки.

Благодаря предварително,
Мартин Димитров
martin.dimitrov@kontora.example""",
         "Мартин Димитров"),
        ("restriction", (),
         "globa parking - obzhalvane",
         """Zdraveite,

poluchih pismo ot ParkWise za 50 evro globa za parkinga vi v Brugge na 14 mart. Ne sam bil tam, kolata tozi den beshe na servis v Gent, imam fakturata ot servisa. Podadoh obzhalvane do ParkWise na 2 april.

Dokato ne reshat obzhalvaneto, molya ne izpolzvaite moite danni za nishto – ne prashtaite napomniania i ne gi davaite na firmi za sabirane na vzemania. No ne triite snimkite ot kamerite, shte mi triabvat za dokazatelstvo.

Nomer na sluchaia: PW-2026-135518
Kolata: 1-SVN-683

Ivan Stoyanov""",
         "Ivan Stoyanov"),
        ("objection", (),
         "Реклами според колата ми",
         """Здравейте,

Днес получих имейл „Специално за собственици на Dacia Duster: 20% отстъпка за гуми и аксесоари“. Никога не съм ви казвал каква кола карам. Явно камерите на паркинга разпознават номера и марката и ги свързвате с клиентската ми карта.

Възразявам срещу това. Не искам данните от паркинга да се използват за реклама или за профилиране. Спрете да свързвате номера на колата ми с профила ми.

Галина Тодорова
клиентска карта 2604 9920 1184""",
         "Галина Тодорова"),
        ("withdraw_consent", (),
         "SMS",
         """Здравейте, моля спрете SMS-ите с оферти, които идват, когато влизам в паркинга в Шарлероа. Навремето се съгласих в приложението, но вече не искам. Телефон 0493 11 52 74.
Поздрави, Петя""",
         "Петя Маринова"),
        ("complaint", ("deletion",),
         "Видео с мен от камера на ваш бус в TikTok",
         """Здравейте,

Вчера приятелка ми изпрати видео в TikTok, заснето явно с камерата на таблото на ваш бус за доставки: вижда се как на 2 април излизам от вкъщи по пижама, за да взема пратката, и се подхлъзвам на стълбите. Видеото е със смешна музика и има над 30 000 гледания. Вижда се логото ви на капака, а в ъгъла – номерът на буса и датата.

Това е унизително. Шофьорът очевидно е взел записа от камерата и го е публикувал. Подавам жалба и ще се обърна и към белгийския орган за защита на данните. Настоявам видеото да бъде свалено веднага и записът да бъде изтрит от всички места, където е копиран. Скрийншот с линка прилагам.

Мария Костова
Rue des Tanneurs 33, 1000 Bruxelles""",
         "Мария Костова"),
        ("other", (),
         "Несправедлива глоба",
         """Здравейте, получих глоба 45 евро от ParkWise за паркинга ви в Мехелен, защото съм стоял почти 2 часа. Стоях 1 час и 50 минути, защото опашката на касата беше огромна – в събота следобед работеше само една каса. Не е честно да плащам за вашата опашка. Моля, анулирайте глобата. Прилагам касовата бележка.
Калоян Андреев, случай PW-2026-129904""",
         "Калоян Андреев"),
        ("other", (),
         "Кемпер на паркинга?",
         """Здравейте, може ли да паркираме кемпер (7,2 м, 3,5 т) на паркинга ви в Арлон за една нощ, преди да продължим към Люксембург? Има ли ограничение за височината на входа или бариера? Благодаря, Христо""",
         "Христо Ангелов"),
    ],
}

"""Twenty-ninth set, every kind of request as native speakers write it, with each country's own templates and idiom (pl cs hr sv). Written apart from the rules (see make_twentyninth.py)."""

PEOPLE_ZA = {
    "pl": [
        ("access", ("correction",),
         "Wniosek o dostęp do danych osobowych (art. 15 RODO)",
         """Poznań, 14 kwietnia 2025 r.

Anna Wiśniewska
ul. Grunwaldzka 118/4
60-307 Poznań
e-mail: anna.wisniewska@onet.pl

Szanowni Państwo,

działając na podstawie art. 15 ust. 1 i 3 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (ogólne rozporządzenie o ochronie danych, dalej: RODO), zwracam się z wnioskiem o:

1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2. udostępnienie kopii moich danych osobowych, w tym danych powiązanych z kontem klienta i kartą stałego klienta;
3. podanie informacji o celach przetwarzania, kategoriach przetwarzanych danych, odbiorcach lub kategoriach odbiorców, którym dane zostały lub zostaną ujawnione, planowanym okresie przechowywania danych, a także o źródle danych, jeżeli nie zostały zebrane ode mnie;
4. poinformowanie, czy podejmują Państwo wobec mnie zautomatyzowane decyzje, w tym profilowanie.

Ponadto, na podstawie art. 16 RODO, wnoszę o sprostowanie mojego adresu korespondencyjnego – od stycznia mieszkam pod adresem wskazanym powyżej, a w koncie nadal widnieje ul. Głogowska 27/2.

Odpowiedź proszę przesłać na wskazany adres e-mail w terminie miesiąca od dnia otrzymania niniejszego wniosku (art. 12 ust. 3 RODO).

Z poważaniem
Anna Wiśniewska
""",
         "Anna Wiśniewska"),
        ("deletion", ("withdraw_consent", "objection"),
         "ŻĄDANIE USUNIĘCIA DANYCH OSOBOWYCH",
         """Szanowni Państwo,

na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa sklep, w tym danych konta klienta zarejestrowanego na adres e-mail m.zielinski82@wp.pl.

Jednocześnie oświadczam, że cofam wszystkie udzielone wcześniej zgody na przetwarzanie moich danych osobowych, w szczególności zgodę na otrzymywanie informacji handlowych drogą elektroniczną (newsletter) oraz zgodę na kontakt telefoniczny w celach marketingowych.

Niezależnie od powyższego, na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania.

Proszę o potwierdzenie wykonania powyższych żądań.

Z poważaniem
Marek Zieliński
""",
         "Marek Zieliński"),
        ("restriction", (),
         "Wniosek o ograniczenie przetwarzania danych osobowych – art. 18 RODO",
         """Szanowni Państwo,

w związku z toczącym się sporem dotyczącym zamówienia nr 2025/03/18841 (uszkodzona pergola, nieuznana reklamacja), na podstawie art. 18 ust. 1 lit. c RODO wnoszę o ograniczenie przetwarzania moich danych osobowych.

Zaznaczam, że nie żądam usunięcia danych – dane dotyczące zamówienia, płatności i naszej korespondencji są mi potrzebne do ustalenia i dochodzenia roszczeń przed sądem. Proszę zatem o ich przechowywanie, bez wykorzystywania w jakimkolwiek innym celu, do czasu zakończenia sprawy.

Z poważaniem
Tomasz Wójcik
tel. 604 118 392
""",
         "Tomasz Wójcik"),
        ("complaint", ("access",),
         "Ponowne wezwanie – brak odpowiedzi na wniosek z dnia 2 marca 2025 r.",
         """Szanowni Państwo,

w dniu 2 marca 2025 r. przesłałem na adres privacy@shop.example.be wniosek o dostęp do moich danych osobowych na podstawie art. 15 RODO. Do dnia dzisiejszego nie otrzymałem żadnej odpowiedzi ani informacji o przedłużeniu terminu, choć zgodnie z art. 12 ust. 3 RODO mieli Państwo na to miesiąc.

Ponownie wzywam do udostępnienia kopii moich danych osobowych wraz z informacjami, o których mowa w art. 15 ust. 1 RODO.

Informuję, że jeżeli w terminie 7 dni od otrzymania niniejszego pisma nie otrzymam odpowiedzi, złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych na podstawie art. 77 RODO w związku z ustawą z dnia 10 maja 2018 r. o ochronie danych osobowych.

Z poważaniem
Krzysztof Lewandowski
""",
         "Krzysztof Lewandowski"),
        ("portability", (),
         "Żądanie przeniesienia danych osobowych",
         """Szanowni Państwo,

na podstawie art. 20 ust. 1 RODO proszę o przekazanie mi danych osobowych, które Państwu dostarczyłam, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (CSV, JSON lub XML). Chodzi w szczególności o:
- dane mojego konta (imię, nazwisko, adresy dostaw, numer telefonu),
- historię zamówień z ostatnich trzech lat,
- saldo i historię punktów w programie lojalnościowym.

Jeżeli jest to technicznie możliwe, proszę o przesłanie tych danych bezpośrednio innemu administratorowi (art. 20 ust. 2 RODO) – jego dane kontaktowe podam po Państwa potwierdzeniu.

Konto jest zarejestrowane na adres e-mail: j.kaminska@gmail.com.

Z poważaniem
Joanna Kamińska
""",
         "Joanna Kamińska"),
        ("correction", (),
         "zmiana nazwiska na koncie",
         """Dzień dobry,
w sierpniu wyszłam za mąż i zmieniłam nazwisko z Kowalczyk na Mazur. W panelu klienta nie da się edytować nazwiska (pole jest wyszarzone), a na karcie stałego klienta też mam stare. Czy mogą Państwo to poprawić? Adres mailowy zostaje ten sam.

Pozdrawiam serdecznie
Katarzyna Mazur (z d. Kowalczyk)
""",
         "Katarzyna Mazur"),
        ("objection", (),
         "Telefony z ofertami",
         """Po raz trzeci w tym miesiącu dzwoni do mnie jakaś pani z Waszego sklepu z "wyjątkową ofertą" na meble ogrodowe. Nie życzę sobie tego. Sprzeciwiam się wykorzystywaniu mojego numeru telefonu i adresu do jakiegokolwiek marketingu. Kupuję u Was towar, a nie telefony od konsultantów.

Ryszard Dąbrowski
tel. 501 224 310
""",
         "Ryszard Dąbrowski"),
        ("objection", (),
         "Nie przekazujcie moich danych partnerom",
         """Dzień dobry,

w polityce prywatności przeczytałem, że udostępniają Państwo dane klientów "zaufanym partnerom" do celów reklamowych i tworzą profile na podstawie historii zakupów. W moim przypadku się na to nie godzę – wnoszę sprzeciw wobec profilowania mnie i przekazywania moich danych partnerom reklamowym.
Konto: pawel.szymanski@interia.pl

Pozdrawiam
Paweł Szymański
""",
         "Paweł Szymański"),
        ("withdraw_consent", (),
         "wypisanie z newslettera",
         """dzien dobry, prosze o wypisanie mnie z newslettera bo link "wypisz sie" na dole maila prowadzi do strony z bledem 404. juz 2 razy probowalam. adres: ewa.krol1975@o2.pl
dziekuje
""",
         "Ewa Król"),
        ("withdraw_consent", (),
         "Karta Stałego Klienta - zgoda na SMS",
         """Dzień dobry,
przy wyrabianiu karty stałego klienta zaznaczyłam zgodę na SMS-y z promocjami. Chciałabym tę zgodę cofnąć, bo SMS-y przychodzą nawet w niedzielę o 8 rano. Kartę i punkty chcę oczywiście zachować.
Numer karty: 7700 1234 5581
Pozdrawiam, Agnieszka Pawlak
""",
         "Agnieszka Pawlak"),
        ("complaint", (),
         "Czy był u Was wyciek danych??",
         """Witam,
dziś dostałem SMS-a i maila niby od Was, że paczka z zamówieniem nr 2025/04/20117 czeka na dopłatę 1,99 zł, z linkiem do płatności. Numer zamówienia jest PRAWDZIWY, zgadza się też imię, nazwisko i adres. Ktoś ma moje dane z Waszego sklepu, innej możliwości nie ma. Jestem tym bardzo zbulwersowany, bo gdybym nie sprawdził nadawcy, to dałbym się nabrać. Oczekuję wyjaśnień, jak do tego doszło i czy zgłosili Państwo naruszenie do UODO.
Grzegorz Nowakowski
""",
         "Grzegorz Nowakowski"),
        ("access", (),
         "jakie dane o mnie macie",
         """Hej, chcialbym dostac kopie wszystkich danych jakie o mnie macie w systemie, razem z historia zamowien i tym co zbieracie z aplikacji. Mam konto od 2019 na ten adres maila.
Dzieki
Kuba
""",
         "kuba w"),
        ("deletion", (),
         "Usunięcie konta",
         """Dzień dobry,
proszę o usunięcie mojego konta w sklepie wraz ze wszystkimi danymi. Nie będę już z niego korzystać, a nie znalazłam takiej opcji w ustawieniach.
Login: hanna.jablonska
Z góry dziękuję
Hanna Jabłońska
""",
         "Hanna Jabłońska"),
        ("other", (),
         "Anuluj zamówienie nr 2025/05/31277",
         """Dzień dobry,
proszę o anulowanie zamówienia nr 2025/05/31277 (parasol ogrodowy 3 m, kolor antracyt). Zamówiłam przez pomyłkę zły rozmiar. Płaciłam BLIK-iem, więc proszę o zwrot pieniędzy tą samą drogą. Jeśli paczka już wyszła, to odeślę ją po odbiorze.
Pozdrawiam
Beata Kozłowska
""",
         "Beata Kozłowska"),
        ("other", (),
         "Reklamacja - pęknięta donica",
         """Dzień dobry,

składam reklamację donicy ceramicznej "Terra 40 cm" z zamówienia nr 2025/04/19903. Donica przyszła pęknięta na całej wysokości, karton był cały, więc to raczej wada fabryczna. Zdjęcia w załączniku.

Proszę o wymianę na nową sztukę, a jeśli nie ma na stanie – o zwrot pieniędzy. Moje dane do zwrotu: PKO BP, nr konta 12 1020 1026 0000 0102 0345 6789, Adam Kowalski.

Z poważaniem
Adam Kowalski
""",
         "Adam Kowalski"),
        ("other", (),
         "Korekta faktury - błędny NIP",
         """Dzień dobry,
na fakturze FV/2025/04/08812 do zamówienia nr 2025/04/18455 wpisano błędny NIP nabywcy. Prawidłowe dane firmy:
OGRÓD-SERWIS Sp. z o.o.
ul. Przemysłowa 7, 41-200 Sosnowiec
NIP 644-352-18-90
Proszę o wystawienie faktury korygującej i przesłanie jej na ten adres, bo księgowa nie przyjmie faktury w obecnej postaci.
Pozdrawiam
Dorota Michalska
OGRÓD-SERWIS Sp. z o.o.
""",
         "Dorota Michalska"),
    ],
    "cs": [
        ("access", (),
         "Žádost o přístup k osobním údajům dle čl. 15 GDPR",
         """Vážení,

jako subjekt údajů Vás tímto v souladu s čl. 15 Nařízení Evropského parlamentu a Rady (EU) 2016/679 o ochraně fyzických osob v souvislosti se zpracováním osobních údajů a o volném pohybu těchto údajů (obecné nařízení o ochraně osobních údajů, dále jen „GDPR“) a se zákonem č. 110/2019 Sb., o zpracování osobních údajů, žádám o sdělení, zda zpracováváte mé osobní údaje.

Pokud ano, žádám o poskytnutí kopie zpracovávaných osobních údajů a dále o informace o:
a) účelech zpracování,
b) kategoriích dotčených osobních údajů,
c) příjemcích, kterým byly nebo budou osobní údaje zpřístupněny,
d) plánované době uložení osobních údajů,
e) zdroji osobních údajů, pokud nebyly získány ode mne,
f) skutečnosti, zda dochází k automatizovanému rozhodování včetně profilování.

Odpověď mi prosím zašlete bez zbytečného odkladu, nejpozději do jednoho měsíce od obdržení této žádosti, na e-mailovou adresu, ze které Vám píšu.

Identifikační údaje: Petr Novotný, nar. 12. 3. 1978, Lidická 45, 602 00 Brno, zákaznický účet petr.novotny@seznam.cz

S pozdravem
Petr Novotný
""",
         "Petr Novotný"),
        ("deletion", ("withdraw_consent",),
         "Žádost o výmaz osobních údajů",
         """Vážení,

na základě čl. 17 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o výmaz veškerých mých osobních údajů, které zpracováváte, včetně zrušení mého zákaznického účtu a věrnostní karty.

Současně odvolávám veškeré souhlasy se zpracováním osobních údajů, které jsem Vám v minulosti udělila, zejména souhlas se zasíláním obchodních sdělení a newsletteru.

Žádám o písemné potvrzení provedení výmazu.

S pozdravem
Mgr. Lenka Dvořáková
Na Příkopě 12, 110 00 Praha 1
""",
         "Lenka Dvořáková"),
        ("objection", ("access",),
         "Námitka proti zpracování osobních údajů pro účely přímého marketingu",
         """Vážení,

podle čl. 21 odst. 2 GDPR vznáším námitku proti zpracování svých osobních údajů pro účely přímého marketingu, včetně profilování, a proti jejich předávání Vašim obchodním partnerům za účelem cílené reklamy. Žádám, abyste mé údaje k těmto účelům dále nezpracovávali.

Zároveň Vás podle čl. 15 odst. 1 písm. c) GDPR žádám o sdělení, kterým příjemcům jste mé osobní údaje dosud předali.

S pozdravem
Ing. Martin Procházka
zákaznické číslo 4471093
""",
         "Ing. Martin Procházka"),
        ("complaint", ("deletion",),
         "Stížnost – zasílání obchodních sdělení po výmazu údajů",
         """Vážení,

dne 10. února 2025 jsem Vás požádal o výmaz svých osobních údajů a 14. února jsem od Vás obdržel potvrzení, že byl výmaz proveden. Přesto mi od té doby přišlo již pět e-mailů s nabídkami (naposledy 6. května) a minulý týden i tištěný katalog na mou adresu.

Je zřejmé, že mé údaje nadále zpracováváte bez právního základu, a to v rozporu s GDPR i s Vaším vlastním potvrzením. Znovu žádám o okamžitý a úplný výmaz mých osobních údajů ze všech Vašich systémů, včetně marketingových databází.

Pokud do 15 dnů neobdržím potvrzení a obchodní sdělení nepřestanou, podám stížnost u Úřadu pro ochranu osobních údajů.

S pozdravem
Jiří Svoboda
""",
         "Jiří Svoboda"),
        ("portability", (),
         "Žádost o přenositelnost údajů dle čl. 20 GDPR",
         """Vážení,

v souladu s čl. 20 GDPR Vás žádám o poskytnutí osobních údajů, které se mne týkají a které jsem Vám poskytla, ve strukturovaném, běžně používaném a strojově čitelném formátu (nejlépe CSV nebo JSON). Jedná se zejména o údaje z mého zákaznického účtu, historii objednávek a přehled bodů na věrnostní kartě.

Údaje mi prosím zašlete na tuto e-mailovou adresu.

Děkuji a s pozdravem
Veronika Horáková
""",
         "Veronika Horáková"),
        ("correction", (),
         "spatna adresa v uctu",
         """Dobry den,
prestehovali jsme se a v uctu mam porad starou adresu. Kdyz to chci zmenit v nastaveni, tak to po ulozeni hodi chybu a zustane tam ta stara. Muzete mi to prosim opravit?
Nova adresa: Tomas Kucera, Husova 1182, 530 02 Pardubice
Diky, Tomas
""",
         "Tomas Kucera"),
        ("restriction", (),
         "Nemazat, ale nepoužívat",
         """Dobrý den,
s vaším zákaznickým oddělením teď řeším spor kvůli vrácení peněz za vadnou sekačku a asi to skončí u ČOI nebo u soudu. Prosím NEMAŽTE nic – objednávky, faktury ani naše e-maily, budu je potřebovat jako důkaz. Jen chci, abyste moje údaje do té doby nepoužívali na nic jiného, tedy žádám o omezení zpracování.
Díky
Aleš Černý
""",
         "Aleš Černý"),
        ("objection", (),
         "Předávání údajů partnerům",
         """Dobrý den,
od té doby, co jsem si u vás koupila zahradní nábytek, mi na Facebooku a Instagramu pořád vyskakují reklamy vašich „partnerů“ na stejné zboží. Nechci, abyste moje údaje (e-mail, telefon, co kupuji) posílali reklamním partnerům ani sociálním sítím. Proti tomuto zpracování tímto vznáším námitku.
Kateřina Veselá
""",
         "Kateřina Veselá"),
        ("withdraw_consent", (),
         "odhlášení z newsletteru",
         """Dobrý den, prosím odhlaste mě z odběru newsletteru, chodí mi 3x týdně a nestíhám to číst. Díky. Hana
""",
         "Hana Marková"),
        ("withdraw_consent", (),
         "Věrnostní program – odvolání souhlasu",
         """Dobrý den,
jsem členem vašeho věrnostního programu (karta č. 2200 3381 9907). Při registraci jsem udělil souhlas se zasíláním personalizovaných nabídek SMS a e-mailem. Tento souhlas tímto odvolávám. Členství v programu a nasbírané body si chci ponechat.
S pozdravem
Zdeněk Pokorný
""",
         "Zdeněk Pokorný"),
        ("complaint", (),
         "Jak se k mému číslu dostala pojišťovna?",
         """Dobrý den,
včera mi volala paní z nějaké pojišťovny a nabízela pojištění domácnosti, „protože jste si nedávno koupil bazén“. Telefonní číslo jsem dával jen vám, k objednávce bazénu. Souhlas s předáváním údajů třetím stranám jsem nikdy nedával, to vím jistě. Tohle je hrubé porušení ochrany osobních údajů a jsem z toho dost naštvaný. Očekávám vysvětlení.
Radek Marek
""",
         "Radek Marek"),
        ("access", (),
         "Jaké údaje o mně máte?",
         """Dobrý den,
chtěla bych vědět, jaké všechny údaje o mně u vás vedete – kromě jména a adresy třeba i to, jestli si ukládáte, co jsem si na webu prohlížela nebo co jsem nakoupila s věrnostní kartou. Pošlete mi prosím kopii.
Děkuji
Jana Králová
""",
         "Jana Králová"),
        ("deletion", (),
         "zrušení účtu",
         """Dobrý den, chci zrušit svůj účet u vás a smazat všechny údaje, co o mně máte. Už u vás nakupovat nebudu. Email je stejnej jako tenhle. Díky
Ondra Beneš
""",
         "Ondřej Beneš"),
        ("other", (),
         "Zrušení objednávky č. 250412877",
         """Dobrý den,
prosím o zrušení objednávky č. 250412877 (vysokotlaký čistič). Stejný jsem mezitím sehnal levněji jinde. Platil jsem kartou předem, takže prosím o vrácení peněz.
Děkuji
Lukáš Fiala
""",
         "Lukáš Fiala"),
        ("other", (),
         "Reklamace – zahradní stolek",
         """Dobrý den,
uplatňuji reklamaci zahradního stolku z objednávky č. 250398104. Po dvou týdnech používání se odlomila noha v místě sváru a stolek se nedá používat. Fotky přikládám.
Požaduji výměnu za nový kus, případně vrácení kupní ceny. Moje kontaktní údaje jsou stejné jako v objednávce.
S pozdravem
Ivana Němcová
""",
         "Ivana Němcová"),
        ("other", (),
         "Dotaz k zásadám ochrany osobních údajů",
         """Dobrý den,
zatím jsem u vás nic nekupoval a účet nemám. Než si ho založím, chtěl bych se zeptat: ve vašich zásadách ochrany osobních údajů píšete, že platby zpracovává externí platební brána. Ukládáte si u sebe číslo platební karty, nebo ho vidí jen ta brána? A platí stejné zásady i pro mobilní aplikaci?
Díky za odpověď
Vojtěch Kříž
""",
         "Vojtěch Kříž"),
    ],
    "hr": [
        ("access", (),
         "Zahtjev za pristup osobnim podacima",
         """Poštovani,

temeljem članka 15. Uredbe (EU) 2016/679 Europskog parlamenta i Vijeća od 27. travnja 2016. o zaštiti pojedinaca u vezi s obradom osobnih podataka i o slobodnom kretanju takvih podataka (Opća uredba o zaštiti podataka) te Zakona o provedbi Opće uredbe o zaštiti podataka (NN 42/18), kao ispitanik podnosim zahtjev za pristup osobnim podacima.

Molim da mi dostavite:
1. potvrdu obrađujete li moje osobne podatke,
2. presliku osobnih podataka koje obrađujete,
3. informacije o svrsi obrade, kategorijama podataka, primateljima kojima su podaci otkriveni, razdoblju pohrane te izvoru podataka.

Odgovor molim dostaviti elektroničkim putem na adresu s koje šaljem ovaj zahtjev, u roku od mjesec dana od zaprimanja zahtjeva.

S poštovanjem,
Marija Horvat
Ilica 212, 10000 Zagreb
""",
         "Marija Horvat"),
        ("deletion", ("portability",),
         "Zahtjev za brisanje osobnih podataka (pravo na zaborav)",
         """Poštovani,

na temelju članka 17. Opće uredbe o zaštiti podataka zahtijevam brisanje svih mojih osobnih podataka te zatvaranje korisničkog računa registriranog na adresu e-pošte ivan.babic@net.hr.

Prije brisanja molim da mi, sukladno članku 20. Opće uredbe, dostavite podatke iz korisničkog računa i povijest narudžbi u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV ili JSON).

Molim pisanu potvrdu o izvršenom brisanju.

S poštovanjem,
Ivan Babić
""",
         "Ivan Babić"),
        ("restriction", (),
         "Zahtjev za ograničenje obrade osobnih podataka",
         """Poštovani,

pozivajući se na članak 18. stavak 1. točku (c) Opće uredbe o zaštiti podataka, tražim ograničenje obrade mojih osobnih podataka.

Protiv vaše tvrtke pokrenuo sam postupak radi naknade štete zbog neispravne vrtne ljuljačke (narudžba br. HR-2024-117654). Podaci o narudžbi, plaćanju i dostavi, kao i naša prepiska, potrebni su mi za postavljanje i ostvarivanje pravnih zahtjeva. Stoga molim da te podatke ne brišete, nego da ih do okončanja postupka samo pohranite i ne obrađujete ni u koju drugu svrhu.

S poštovanjem,
Davor Jurić
""",
         "Davor Jurić"),
        ("complaint", ("correction",),
         "Požurnica – zahtjev za ispravak od 3. ožujka 2025. bez odgovora",
         """Poštovani,

dana 3. ožujka 2025. uputio sam vam zahtjev za ispravak netočnih osobnih podataka (pogrešno prezime i adresa u korisničkom računu i na kartici vjernosti). Do danas nisam dobio nikakav odgovor, iako ste prema članku 12. stavku 3. Opće uredbe o zaštiti podataka bili dužni odgovoriti u roku od mjesec dana.

Ponovno tražim da ispravite moje podatke: ispravno prezime je Kovačević (ne Kovačić), a adresa Vukovarska 58, 21000 Split.

Ako u roku od 8 dana ne dobijem odgovor, podnijet ću zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka (AZOP).

S poštovanjem,
Stjepan Kovačević
""",
         "Stjepan Kovačević"),
        ("objection", (),
         "Prigovor na obradu osobnih podataka u svrhu izravnog marketinga",
         """Poštovani,

sukladno članku 21. Opće uredbe o zaštiti podataka ulažem prigovor na obradu mojih osobnih podataka u svrhe izravnog marketinga, uključujući izradu profila na temelju mojih kupnji, kao i na njihovo dijeljenje s vašim marketinškim partnerima.

Molim da obradu u navedene svrhe odmah prekinete i da mi to potvrdite.

S poštovanjem,
Ana Marić
""",
         "Ana Marić"),
        ("correction", (),
         "krivo ime na kartici vjernosti",
         """Bok,
na kartici vjernosti i u profilu mi piše "Ivica Perić", a zovem se Ivan. Netko je krivo upisao kad sam je dobio uz narudžbu. Možete to ispraviti? U profilu mi ne da promijeniti ime.
Hvala, Ivan Perić
""",
         "Ivan Perić"),
        ("portability", (),
         "izvoz podataka",
         """Pozdrav,
možete li mi poslati sve podatke iz mog korisničkog računa i povijest narudžbi u nekom formatu koji mogu uvesti negdje drugdje, npr. CSV ili Excel? Prebacujem se na drugu trgovinu i htjela bih tamo uvesti svoju povijest kupnje, da ne prepisujem sve ručno.
Lp, Petra Knežević
""",
         "Petra Knežević"),
        ("objection", (),
         "dijeljenje podataka s partnerima",
         """Poštovani,
u vašim pravilima privatnosti piše da podatke kupaca dijelite s marketinškim partnerima. Što se mene tiče, ne želim da se moji podaci dijele s partnerima niti da se koriste za ciljane reklame. Ovime ulažem prigovor na takvu obradu.
Zoran Pavlović
""",
         "Zoran Pavlović"),
        ("withdraw_consent", (),
         "odjava s newslettera",
         """Postovani, molim odjavu s newslettera, ne zelim vise primati vase mailove s akcijama. Link za odjavu ne radi.
Lp
Snjezana
""",
         "Snježana Vuković"),
        ("withdraw_consent", (),
         "SMS poruke - povlačim privolu",
         """Dobar dan,
kod izrade kartice vjernosti dao sam privolu za primanje SMS obavijesti o akcijama. Tu privolu povlačim, molim da mi više ne šaljete SMS-ove. Kartica neka ostane aktivna.
Broj mobitela: 091 234 5678
Hvala,
Mladen Tomić
""",
         "Mladen Tomić"),
        ("complaint", (),
         "U paketu tuđi račun s osobnim podacima!",
         """Poštovani,
danas sam dobio paket (narudžba HR-2025-220315), a unutra je bio račun na ime druge osobe – ime, prezime, adresa, broj mobitela i popis što je kupila. Mojeg računa nema, što znači da je moj račun s mojim podacima vjerojatno završio kod nekog drugog. Ovo je ozbiljna povreda osobnih podataka i jako sam nezadovoljan. Očekujem objašnjenje kako se ovo dogodilo.
Tuđi račun vam mogu vratiti poštom.
Goran Šimić
""",
         "Goran Šimić"),
        ("access", (),
         "koje podatke imate o meni",
         """Pozdrav,
zanima me koje sve podatke imate o meni i kome ste ih dali. Kod vas imam račun već par godina. Pošaljite mi molim vas popis ili kopiju.
Hvala
Martina Jukić
""",
         "Martina Jukić"),
        ("deletion", (),
         "brisanje racuna",
         """Dobar dan, molim vas da mi obrisete korisnicki racun i sve moje podatke, vise necu kupovati kod vas. Hvala
Damir
""",
         "Damir Kovač"),
        ("other", (),
         "Povrat robe - narudžba HR-2025-219874",
         """Poštovani,
želim vratiti vrtnu garnituru iz narudžbe HR-2025-219874, još sam u roku od 14 dana za jednostrani raskid ugovora. Garnitura je nekorištena i u originalnoj ambalaži. Molim upute kako organizirati povrat. Novac mi vratite na IBAN HR12 2340 0093 1234 5678 9.
Lijep pozdrav,
Nikolina Brkić
""",
         "Nikolina Brkić"),
        ("other", (),
         "R1 račun - pogrešan OIB",
         """Poštovani,
na R1 računu br. 2025-04-10552 upisan je pogrešan OIB tvrtke. Ispravni podaci su:
Zeleni kut d.o.o., Radnička cesta 80, 10000 Zagreb, OIB 12345678903
Molim ispravak računa i ponovno slanje na ovu adresu, trebamo ga za knjigovodstvo.
Lijep pozdrav,
Sanja Matić
Zeleni kut d.o.o.
""",
         "Sanja Matić"),
        ("other", (),
         "Prijava na oglas - skladišni radnik (Zagreb)",
         """Poštovani,

javljam se na vaš oglas za radno mjesto skladišnog radnika objavljen na MojPosao. Imam četiri godine iskustva u skladištu građevinskog materijala, položen ispit za viličarista i vozačku B kategorije.

U privitku šaljem životopis. Suglasan sam da moje osobne podatke iz životopisa obrađujete u svrhu ovog natječaja za zapošljavanje.

Srdačan pozdrav,
Hrvoje Vidović
098 765 4321
""",
         "Hrvoje Vidović"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen",
         """Hej!

Jag begär härmed, med stöd av artikel 15 i dataskyddsförordningen (GDPR), ett registerutdrag över de personuppgifter om mig som ni behandlar.

Jag vill få:
- en kopia av personuppgifterna,
- information om ändamålen med behandlingen och den rättsliga grunden,
- vilka mottagare uppgifterna har lämnats ut till,
- hur länge uppgifterna kommer att sparas,
- varifrån uppgifterna kommer, om de inte har samlats in från mig,
- om ni använder automatiserat beslutsfattande eller profilering.

Mina uppgifter för identifiering:
Namn: Karin Lindqvist
Födelsedatum: 1983-04-12
E-post kopplad till mitt kundkonto: karin.lindqvist@telia.com

Enligt artikel 12.3 ska ni svara utan onödigt dröjsmål och senast inom en månad.

Med vänliga hälsningar
Karin Lindqvist
""",
         "Karin Lindqvist"),
        ("deletion", ("withdraw_consent",),
         "Begäran om radering av personuppgifter (artikel 17 GDPR)",
         """Hej,

Jag begär att ni raderar samtliga personuppgifter om mig som ni behandlar, i enlighet med artikel 17 i dataskyddsförordningen. Det gäller även mitt kundkonto och mitt medlemskap i er kundklubb.

Jag återkallar samtidigt alla samtycken jag har lämnat, bland annat till nyhetsbrev och sms-utskick.

Vänligen bekräfta skriftligen när raderingen är genomförd.

Med vänlig hälsning
Anders Johansson
Storgatan 14 B
852 30 Sundsvall
""",
         "Anders Johansson"),
        ("correction", ("access",),
         "Begäran om rättelse av felaktiga personuppgifter",
         """Hej!

Med stöd av artikel 16 i dataskyddsförordningen begär jag att ni rättar felaktiga uppgifter om mig. I mitt kundkonto och på kundklubbskortet står efternamnet "Eriksson", men jag heter Eriksdotter sedan namnbytet i fjol. Adressen är också fel – rätt adress är Vasagatan 22, 411 24 Göteborg.

Jag begär även ett registerutdrag enligt artikel 15 så att jag kan kontrollera att inga andra felaktiga uppgifter finns kvar hos er.

Med vänliga hälsningar
Sofia Eriksdotter
""",
         "Sofia Eriksdotter"),
        ("complaint", ("access",),
         "Påminnelse: obesvarad begäran om registerutdrag",
         """Hej,

Den 3 mars 2025 begärde jag ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag har inte fått något svar, inte ens en bekräftelse, trots att tidsfristen på en månad enligt artikel 12.3 har gått ut för länge sedan.

Jag upprepar min begäran om en kopia av alla personuppgifter ni behandlar om mig.

Om jag inte har fått svar inom två veckor kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Med vänlig hälsning
Erik Nilsson
""",
         "Erik Nilsson"),
        ("restriction", (),
         "Begäran om begränsning av behandling enligt artikel 18 GDPR",
         """Hej,

Jag har en pågående tvist med er om en reklamation av en robotgräsklippare (order 5531902), och ärendet ligger nu hos Allmänna reklamationsnämnden (ARN).

Med stöd av artikel 18.1 c i dataskyddsförordningen begär jag att ni begränsar behandlingen av mina personuppgifter. Radera inte uppgifterna om ordern, betalningen och vår korrespondens – jag behöver dem för att kunna göra gällande mina rättsliga anspråk. Uppgifterna får alltså sparas men inte användas till något annat förrän tvisten är avgjord.

Med vänliga hälsningar
Lars Persson
""",
         "Lars Persson"),
        ("objection", (),
         "Sluta skicka reklam hem",
         """Hej!
Jag får er trädgårdskatalog i brevlådan varannan vecka fast jag aldrig har bett om den. Jag motsätter mig att ni använder min adress för direktreklam, oavsett kanal. Sluta skicka.
/Birgitta Holm
""",
         "Birgitta Holm"),
        ("objection", (),
         "Profilering av mina köp",
         """Hej,
Jag märker att era mejl och appen visar "rekommenderat för dig" utifrån allt jag har köpt och tittat på. Jag vill inte bli profilerad på det sättet och motsätter mig att ni analyserar min köphistorik för riktad marknadsföring. Kontot och köpen i övrigt får vara kvar som vanligt.
Mvh Johan Berg
""",
         "Johan Berg"),
        ("withdraw_consent", (),
         "avsluta nyhetsbrev",
         """hej, kan ni avsluta min prenumeration på nyhetsbrevet? avregistreringslänken ger bara ett felmeddelande. tack
mvh Emma
""",
         "Emma Sjöberg"),
        ("withdraw_consent", (),
         "Kundklubben – vill inte ha sms längre",
         """Hej!
När jag gick med i kundklubben kryssade jag i att jag ville ha erbjudanden via sms. Det samtycket tar jag tillbaka nu, det blir för mycket. Jag vill fortfarande vara medlem och samla poäng.
Tack på förhand!
Maria Gustafsson
""",
         "Maria Gustafsson"),
        ("complaint", (),
         "Har ni läckt min mejladress?",
         """Hej,
Jag använder en unik e-postadress för varje butik jag handlar i, och den här adressen (tradgard.butiken@mittnamn.se) har jag bara gett till er. Sedan två veckor tillbaka kommer det massor av spam och nätfiske till just den adressen. Antingen har ni haft ett dataintrång eller så har ni sålt den vidare. Båda är lika illa. Jag vill veta vad som har hänt och om ni har anmält det till IMY.
Fredrik Lundgren
""",
         "Fredrik Lundgren"),
        ("access", (),
         "vad har ni sparat om mig?",
         """Tjena! Kan ni skicka allt ni har sparat om mig? Köp, adresser, vad jag klickat på, typ allt. Har haft konto hos er några år.
/Micke
""",
         "Mikael Sandberg"),
        ("deletion", (),
         "Ta bort mitt konto",
         """Hej, jag vill att ni tar bort mitt konto och alla uppgifter om mig. Hittar inget sätt att göra det själv på hemsidan. Kontot är registrerat på den här mejladressen.
Mvh Linnea Åberg
""",
         "Linnea Åberg"),
        ("portability", (),
         "Export av min köphistorik",
         """Hej!
Går det att få ut min köphistorik och mina kontouppgifter som en fil (csv eller json) som jag kan läsa in någon annanstans? Jag byter till en annan butik och vill ha med mig historiken dit, t.ex. för garantierna.
Tack!
Oskar Lindberg
""",
         "Oskar Lindberg"),
        ("other", (),
         "Reklamation – trasig trädgårdsslang",
         """Hej,
Jag vill reklamera en trädgårdsslang (25 m) från order 5540218. Kopplingen läcker redan efter en vecka. Enligt konsumentköplagen har jag rätt att reklamera fel i tre år, så jag vill ha en ny slang eller pengarna tillbaka. Bild bifogad.
Mvh
Gunilla Axelsson
""",
         "Gunilla Axelsson"),
        ("other", (),
         "Avbeställning order 5541777",
         """Hej!
Jag vill avbeställa order 5541777 (2 st terrasstolar). Har inte fått någon leveransavisering än, så den har väl inte skickats? Betalade med Klarna faktura.
Tack
Peter Holmberg
""",
         "Peter Holmberg"),
        ("other", (),
         "Fråga om er integritetspolicy",
         """Hej!
Jag läser ekonomi vid Umeå universitet och skriver en C-uppsats om hur e-handelsföretag informerar om cookies och personuppgifter. Jag har läst er integritetspolicy och undrar på ett allmänt plan: hur ofta uppdaterar ni den, och är det juristerna eller marknadsavdelningen som skriver texten? Jag är inte kund hos er, så det gäller inte mina egna uppgifter.
Vänliga hälsningar
Elin Forsberg
""",
         "Elin Forsberg"),
    ],
}

"""Person mail for the eightyfirst set (pl cs hr sv ro el bg): sports and the body (the running club, race results and photos, bike and shoe fitting, fitness watch data, ski and bike rental, the employer's sports benefit, the sponsored kids' team, injury insurance at the till, the gym partner's check-ins), and mail that asks nothing of the privacy team. Written apart from the rules (see make_eightyfirst.py)."""

PEOPLE_HJ = {
    "pl": [
        ("access", (),
         "SE Pulse 3 – jakie dane z zegarka trafiają do Was?",
         """Dzień dobry,

w listopadzie kupiłem w Waszym sklepie w Leuven zegarek SE Pulse 3. Żeby zaktualizować oprogramowanie, musiałem go połączyć z aplikacją Shop Example i od tego czasu aplikacja pokazuje mi wszystko: tętno spoczynkowe, kroki, fazy snu, jakiś „wskaźnik regeneracji”. Na początku mi się to podobało, ale ostatnio żona zapytała przy kolacji, czy sklep wie, o której chodzę spać – i nie umiałem jej odpowiedzieć.

Chciałbym więc wiedzieć, na czym stoję:
– które z tych danych zapisujecie u siebie na serwerach, a które zostają tylko w telefonie,
– czy przekazujecie je komuś dalej (producentowi zegarka, firmom reklamowym, partnerom),
– jak długo je przechowujecie.

Najprościej będzie, jeśli prześlecie mi po prostu kopię wszystkiego, co macie na mój temat, razem z danymi z zegarka.

Karta lojalnościowa: 6001 4420 7781
Konto w aplikacji: t.lewandowski@poczta.example

Pozdrawiam
Tomasz Lewandowski
Kessel-Lo""",
         "Tomasz Lewandowski"),
        ("correction", (),
         "wyniki 10 km Gent",
         """dzien dobry, w wynikach biegu 10 km van Gent (15 marca) jestem jako Kaminska Agnieszka, rocznik 1967, kategoria K55. urodzilam sie w 1976 a nie 67!! przez to jestem w zlej kategorii i wypadlam z podium K45 (bylam 3 w kategorii). prosze poprawic rok urodzenia w wynikach i w moim profilu w klubie biegowym, nr startowy 1184.
dzieki
Agnieszka Kamińska""",
         "Agnieszka Kamińska"),
        ("deletion", (),
         "Zdjęcia z Antwerp Night Run",
         """Szanowni Państwo,

w marcu biegłam w Antwerp Night Run, na który zapisałam się przez Państwa klub biegowy. Po biegu dostałam maila, że „moje zdjęcia są gotowe” w serwisie RunPix. Zajrzałam z ciekawości i zdębiałam: wystarczy wpisać moje nazwisko albo numer startowy 2207, żeby zobaczyć 43 zdjęcia, w tym kilka, na których wyglądam, delikatnie mówiąc, jak po ciężkiej chorobie, i jedno, na którym wymiotuję za metą. Galeria jest publiczna, kolega z pracy znalazł ją w pięć minut.

Świadomie się na to nie zgadzałam, a jeśli gdzieś był na to checkbox, to go nie zauważyłam. Proszę o usunięcie wszystkich moich zdjęć z tego biegu – zarówno u Państwa, jak i w RunPix – oraz o usunięcie powiązania mojego nazwiska z numerem 2207. Wynik w tabeli może zostać, to mi nie przeszkadza.

Proszę o potwierdzenie, kiedy to zostanie zrobione.

Z poważaniem
Ewa Szymańska
Lange Lozanastraat 118, 2018 Antwerpen
tel. 0486 31 77 02""",
         "Ewa Szymańska"),
        ("portability", (),
         "bike fitting + skan stóp – prośba o plik",
         """Dzień dobry,

we wrześniu zrobiłem u Was w Gandawie pełny bike fitting (pomiar długości nóg, zasięgu, elastyczności, ustawienie siodła i kierownicy) oraz skan stóp do wkładek. Kosztowało to sporo, ale było warte swojej ceny, rower jeździ jak marzenie.

Latem wracam do Krakowa i chciałbym kontynuować u tamtejszego fittera, żeby nie zaczynać od zera. Jego studio pracuje na programie, który wczytuje pomiary z plików (CSV albo XML, ewentualnie JSON), a PDF z raportem, który dostałem po wizycie, musiałby przepisywać ręcznie.

Czy mogą mi Państwo przesłać wszystkie moje dane z fittingu i ze skanu stóp w takim formacie? Chodzi o surowe wartości pomiarów, nie tylko o obrazki. Jeśli tak będzie prościej, mogą je Państwo wysłać od razu do niego (studio@rowerfit-krakow.example), ale wolałbym też dostać kopię.

Data wizyty: 22.09.2025, sklep Gent-Zuid, fitter Jens.

Dziękuję i pozdrawiam
Marek Zieliński""",
         "Marek Zieliński"),
        ("restriction", ("correction",),
         "Wniosek o ograniczenie przetwarzania – wypożyczenie nart, umowa SR-2026-04417",
         """Szanowni Państwo,

na podstawie art. 18 ust. 1 lit. a i c RODO wnoszę o ograniczenie przetwarzania moich danych osobowych związanych z wypożyczeniem nart w Państwa sklepie w Liège w dniach 7–14 lutego 2026 r. (umowa SR-2026-04417).

Przy wypożyczeniu pracownik wprowadził do systemu moją wagę jako 85 kg, podczas gdy ważę 58 kg (wzrost 164 cm, rozmiar buta 38). Na tej podstawie ustawiono wiązania. Trzeciego dnia pobytu w Val Thorens, przy niegroźnym upadku, wiązanie się nie wypięło, co skończyło się skręceniem kolana i zerwaniem więzadła pobocznego. Dokumentację medyczną ma mój ubezpieczyciel, który prowadzi postępowanie wyjaśniające.

W związku z powyższym proszę:
1. o nieusuwanie karty wypożyczenia ani historii zmian w systemie – będą one dowodem w sprawie;
2. o niewykorzystywanie tych danych w żadnym innym celu i nieudostępnianie ich nikomu poza moim ubezpieczycielem i pełnomocnikiem do czasu zakończenia postępowania;
3. po zakończeniu sprawy – o poprawienie mojej wagi w profilu klienta na prawidłową (58 kg), żeby przy następnym wypożyczeniu błąd się nie powtórzył.

Proszę o pisemne potwierdzenie.

Z poważaniem
Joanna Dąbrowska
Rue Vivegnis 45, 4000 Liège""",
         "Joanna Dąbrowska"),
        ("objection", (),
         "Sprzeciw – raporty dla mojego pracodawcy",
         """Dzień dobry,

mój pracodawca (Vandermeulen Logistics, Mechelen) ma z Państwem umowę „Sport & Benefits”: pokazujemy kartę pracowniczą i dostajemy 15% rabatu w dziale sportowym. Fajna sprawa, korzystałem kilka razy.

W zeszłym tygodniu kierowniczka HR rzuciła do mnie na korytarzu: „widzę, że sporo pan kupuje na rower, może zorganizowałby pan firmowy wyjazd rowerowy?”. Zapytałem, skąd to wie. Okazuje się, że co miesiąc dostaje od Was zestawienie z nazwiskami pracowników, datami i kwotami zakupów.

Nie życzę sobie tego. Nie widzę powodu, dla którego mój szef ma wiedzieć, co i kiedy kupuję za własne pieniądze. Sprzeciwiam się przekazywaniu pracodawcy mojego imienia i nazwiska oraz informacji o moich zakupach w tych raportach. Jeśli firma potrzebuje liczb do rozliczenia umowy, niech dostaje sumy bez nazwisk.

Paweł Kaczmarek
nr pracownika VML-0392""",
         "Paweł Kaczmarek"),
        ("withdraw_consent", (),
         "newsletter klubu",
         """Dzien dobry, przy rejestracji na bieg w Leuven zapisalam sie tez do klubu biegowego i zaznaczylam zgode na maile. Teraz dostaje po 3 maile w tygodniu plus smsy z promocjami. Prosze mnie wypisac z newslettera i z sms. Na wspolne treningi dalej chce chodzic.
Monika Krawczyk""",
         "Monika Krawczyk"),
        ("complaint", ("deletion",),
         "Re: Zdjęcia dzieci z drużyny U10 – brak odpowiedzi",
         """Szanowni Państwo,

12 lutego napisałem do Państwa w sprawie zdjęć drużyny piłkarskiej U10 z Heverlee, którą Państwo sponsorują. Do dziś, czyli po prawie dwóch miesiącach, nie dostałem żadnej odpowiedzi, nawet automatycznego potwierdzenia.

Przypomnę: na Państwa profilu na Facebooku i w aplikacji wisi post „Nasi mali mistrzowie!” ze zdjęciem całej drużyny w koszulkach z Państwa logo, a pod spodem lista imion i nazwisk dzieci z datami urodzenia. Mój syn Kuba ma 9 lat. Nikt nas, rodziców, nie pytał o zgodę na publikację dat urodzenia, a trener twierdzi, że „sklep dostał listę do ubezpieczenia i sam to wrzucił”.

Jest to dla mnie niedopuszczalne. Żądam natychmiastowego usunięcia danych mojego syna (zdjęcia i daty urodzenia) z tego posta i ze wszystkich innych miejsc, w których je Państwo opublikowali. Jeżeli w ciągu 14 dni nie otrzymam odpowiedzi, złożę skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit).

Grzegorz Mazur
Naamsesteenweg 301, 3001 Heverlee

-------- Wiadomość oryginalna --------
Od: Grzegorz Mazur <g.mazur@wp.example>
Data: 12.02.2026 21:14
Do: privacy@shop.example.be
Temat: Zdjęcia dzieci z drużyny U10

> Dzień dobry,
> proszę o wyjaśnienie, dlaczego na Państwa stronie na Facebooku są daty
> urodzenia dzieci z drużyny U10 KFC Heverlee, w tym mojego syna. Kto
> wyraził na to zgodę?
> G. Mazur""",
         "Grzegorz Mazur"),
        ("other", (),
         "Zamówienie 5520178 – za małe buty",
         """Dzień dobry,

zamówiłem przez sklep internetowy buty do biegania Asfalt Pro 2 w rozmiarze 44. Przyszły dziś: na pudełku jest 44, ale na metce w środku 42,5 i faktycznie są za małe, palce opierają mi się o czubek. Chciałbym je wymienić na prawdziwe 44. Mogę je oddać w sklepie w Anderlechcie, czy muszę odsyłać pocztą? Paragon i numer zamówienia mam.

Pozdrawiam
Piotr Nowicki""",
         "Piotr Nowicki"),
        ("other", (),
         "Odwołany bieg – zwrot wpisowego",
         """Dzień dobry,

zapisałam się przez Państwa stronę na Trail des Fagnes (26 kwietnia, dystans 21 km) i zapłaciłam 38 euro. Wczoraj przyszedł mail od organizatora, że bieg jest odwołany, bo gmina nie wydała pozwolenia. Organizator pisze, że zwrotami zajmuje się „partner rejestracyjny”, czyli chyba Państwo. Kiedy i jak dostanę zwrot? Płaciłam kartą Bancontact.

Numer rejestracji: TDF26-0913

Dziękuję
Katarzyna Wójcik

Wysłane z iPhone’a""",
         "Katarzyna Wójcik"),
    ],
    "cs": [
        ("access", (),
         "Benefit přes zaměstnavatele – co o mně vidí?",
         """Dobrý den,

náš zaměstnavatel (BioPharm Wavre) nám letos dal benefitní kartu ActiveWork, se kterou máme slevu 20 % ve vašem sportovním oddělení a vstupy do posilovny PulseGym. Při registraci na portálu jsem musela zadat jméno, osobní číslo a číslo vaší věrnostní karty.

Kolegyně teď tvrdí, že personální oddělení „vidí všechno“ – kdy a kolikrát jsme byli v posilovně a co jsme si u vás koupili. Chtěla bych vědět, jak to doopravdy je:
- jaké údaje o mně máte v souvislosti s tímto benefitem,
- co z toho posíláte platformě ActiveWork nebo přímo mému zaměstnavateli a jak často,
- odkud máte moje osobní číslo zaměstnance (u vás jsem ho nikdy nezadávala).

Prosím o přehled, případně o kopii těchto údajů.

Děkuji
Lucie Černá
věrnostní karta 6001 2295 0348""",
         "Lucie Černá"),
        ("correction", (),
         "Oprava údajů v profilu půjčovny",
         """Dobrý den,

v sobotu jsem si ve vaší prodejně v Namuru půjčil horské kolo na víkend. Dali mi rám velikosti S a divil jsem se proč – až doma jsem v potvrzení viděl, že v profilu mám výšku 158 cm. Mám 185 cm, asi se prohodily číslice. Navíc tam mám jméno „Jan Prochazka“ bez diakritiky a starý e-mail.

Prosím opravte:
výška: 185 cm (ne 158)
jméno: Jan Procházka
e-mail: jan.prochazka@seznam.cz

Váhu a velikost bot tam mám správně.

Díky
Jan Procházka""",
         "Jan Procházka"),
        ("deletion", ("withdraw_consent",),
         "zrušení účtu",
         """Dobrý den, chci zrušit svůj účet v aplikaci a smazat všechna data z náramku – spánek, tep, kroky, všechno. Náramek jsem dala sestře a nechci, aby u vás zůstala historie toho, jak spím. Prosím o potvrzení, že je to opravdu smazané, ne jen „deaktivované“. A už mi neposílejte ani ty newslettery.

Tereza Veselá
tereza.vesela@email.example""",
         "Tereza Veselá"),
        ("portability", (),
         "Export dat z aplikace (SE Pulse) – CSV/GPX",
         """Dobrý den,

dva roky používám hodinky SE Pulse 2 s vaší aplikací. Teď jsem přešel na jiné hodinky a rád bych si celou historii přenesl do Garmin Connect, abych nepřišel o záznamy tréninků a vývoj klidového tepu.

V aplikaci najdu jen export jednotlivých aktivit jako obrázek pro sociální sítě, což je k ničemu. Můžete mi prosím poslat všechna moje data – aktivity (ideálně GPX nebo FIT), denní kroky, tepovou frekvenci a spánek – v nějakém strojově čitelném formátu (CSV, JSON)? Podle GDPR na to mám, myslím, nárok.

Účet: martin.kucera@post.example

Předem díky
Martin Kučera""",
         "Martin Kučera"),
        ("restriction", (),
         "Pojistná událost SportSafe – prosím neposílat moje údaje dál",
         """Vážení,

v prosinci jsem si ve vaší prodejně v Lovani koupil lyže a u pokladny mi nabídli úrazové pojištění SportSafe na zimní sezónu, které jsem uzavřel. V lednu jsem si v Rakousku zlomil zápěstí. Pojišťovna plnění zamítla s tím, že k úrazu došlo „mimo vyznačenou sjezdovku“, což není pravda, a věc teď řeší pojišťovací ombudsman.

Pojišťovna mi napsala, že si od vás vyžádá „podklady z prodeje“, tedy údaje, které jsem vyplňoval u pokladny, a také údaje o koupi lyží. Dokud spor neskončí, nechci, aby s nimi kdokoli dál nakládal. Žádám vás proto, abyste tyto údaje nemazali (mohou být důležité), ale zároveň je až do rozhodnutí ombudsmana nepoužívali k ničemu jinému a bez mého písemného souhlasu je nikomu nepředávali.

Číslo pojistky: SS-BE-2025-771903

S pozdravem
Ondřej Horák
Tiensestraat 88, 3000 Leuven
+32 471 55 20 16""",
         "Ondřej Horák"),
        ("objection", (),
         "Reklamy podle mého tepu?",
         """Dobrý den,

tento týden mi ve vaší aplikaci vyskočilo: „Váš klidový tep se za poslední měsíc zvýšil. Vyzkoušejte náš hořčík a elektrolyty – nyní se slevou 25 %.“ O den později přišel e-mail s nabídkou matrace, protože „spím v průměru jen 5 h 40 min“.

To už je opravdu moc. Hodinky jsem si spárovala kvůli tréninku, ne proto, aby mi obchod podle mého srdce a spánku prodával doplňky stravy. Nesouhlasím s tím, abyste data z hodinek používali k vytváření mého profilu a k cíleným nabídkám. Aplikaci chci dál používat na sledování běhu, ale tohle vypněte.

Kateřina Marková""",
         "Kateřina Marková"),
        ("withdraw_consent", (),
         "Souhlas s použitím fotek",
         """Dobrý den,

při registraci na Leuven Urban Trail jsem zaškrtl, že souhlasím s použitím fotografií ze závodu pro propagační účely. Minulý týden jsem přišel do vaší prodejny v Gentu a visím tam na plakátu dva metry vysoký, celý od bahna. Kamarádi se baví, já méně.

Ten souhlas tímto odvolávám. Do budoucna nechci, aby se moje fotky objevovaly ve vašich reklamách, na webu ani na sociálních sítích.

Jakub Pokorný
startovní číslo 517""",
         "Jakub Pokorný"),
        ("complaint", ("objection",),
         "Stížnost – jak víte, kdy chodím do posilovny?",
         """Dobrý den,

jsem členkou posilovny PulseGym v Antverpách, se kterou spolupracujete. Včera mi od vás přišel e-mail: „Veroniko, chybíte nám! Už 3 týdny jste nebyla na tréninku. Tady máte 15 % na proteinové tyčinky.“

Netušila jsem, že vám PulseGym posílá, kdy projdu turniketem. Nic takového jsem nikde nepodepsala, nebo o tom aspoň nevím. Navíc jsem tři týdny nechodila, protože jsem ležela v nemocnici, a ten e-mail mě opravdu naštval.

Považuji to za hrubé porušení ochrany mých osobních údajů a stěžuji si. Chci, abyste okamžitě přestali od PulseGym přebírat údaje o mých návštěvách a používat je k reklamě. Pokud to nevyřešíte, obrátím se na belgický úřad pro ochranu osobních údajů.

Veronika Němcová""",
         "Veronika Němcová"),
        ("other", (),
         "Půjčené lyže – prasklé vázání",
         """Dobrý den,

vracím se z Alp, kde jsme měli lyže z vaší půjčovny (smlouva SR-2026-03122, prodejna Mechelen). Druhý den prasklo na levé lyži zadní vázání, naštěstí jsem se nezranila. V místní půjčovně jsem si musela na pět dní půjčit náhradní za 140 €.

Lyže vracím zítra, prasklé vázání mám vyfocené. Uhradíte mi ty náklady, nebo to mám řešit jinde? A prosím, ať mi to nikdo nenaúčtuje jako poškození.

Díky
Petra Dvořáková""",
         "Petra Dvořáková"),
        ("other", (),
         "servis kola",
         """Dobrý den, kolo jsem nechal 2. 4. v servisu v Leuvenu (výměna řetězu a kazety + seřízení brzd), měli mi napsat, až bude hotové, ale nic nepřišlo. Je už hotové? Zakázka č. 88412. A platí se na místě, nebo to jde přes věrnostní kartu?

Lukáš Svoboda

Odesláno z iPhonu""",
         "Lukáš Svoboda"),
    ],
    "hr": [
        ("access", (),
         "Podaci o mom sinu – U10 Heverlee",
         """Poštovani,

moj sin Luka (9 godina) igra u ekipi U10 KFC Heverlee koju vaša trgovina sponzorira. Na početku sezone trener je od roditelja skupio obrazac s imenom djeteta, datumom rođenja, kontaktom roditelja i liječničkom potvrdom, uz objašnjenje da to „sponzor treba zbog osiguranja i dresova“. Također su snimljene fotografije ekipe za vaš katalog.

Htio bih znati:
- koje točno podatke o mom sinu imate vi, a koje samo klub,
- tko je sve te podatke dobio (osiguravatelj, tiskara, fotograf?),
- koliko ih dugo čuvate i imate li kod sebe i liječničku potvrdu.

Molim vas da mi pošaljete pregled ili kopiju tih podataka.

Lijep pozdrav,
Davor Perić
Tervuursesteenweg 15, 3001 Heverlee
+32 485 90 12 44""",
         "Davor Perić"),
        ("correction", (),
         "krivi datum rođenja",
         """Bok,

u članskom profilu trkačkog kluba piše mi datum rođenja 03.08.1991, a točan je 08.03.1991 – valjda su zamijenili dan i mjesec. Zato mi je aplikacija čestitala rođendan u kolovozu :) Molim i da promijenite e-mail u maja.tomic@gmail.com, stari više ne koristim.

Hvala!
Maja Tomić""",
         "Maja Tomić"),
        ("deletion", (),
         "Brisanje skena stopala",
         """Poštovani,

u siječnju sam u vašoj trgovini u Bruxellesu (Woluwe) kupovala tenisice za trčanje i prodavač mi je napravio 3D sken stopala i analizu koraka na traci, „za bolju preporuku“. Tenisice su super, ali nisam znala da će sken ostati spremljen u mom korisničkom profilu zajedno s mjerama (duljina, širina, visina svoda) i videom trčanja.

To mi više ne treba i ne želim da se čuva. Molim da obrišete sken, mjere i video iz mog profila i iz vašeg sustava. Ostatak računa (kartica vjernosti, bodovi) može ostati.

Ivana Kovačević
kartica vjernosti 6001 8830 1125""",
         "Ivana Kovačević"),
        ("portability", (),
         "Izvoz podataka iz klupske aplikacije",
         """Dobar dan,

tri godine sam član vašeg trkačkog kluba i sve treninge i utrke bilježio sam u klupskoj aplikaciji (oko 600 treninga i 14 utrka s vremenima). Od rujna prelazim u atletski klub u Gentu koji koristi drugu platformu, a ona može uvesti podatke iz CSV ili GPX datoteka.

Možete li mi poslati cijelu moju povijest – treninge s udaljenostima, vremenima i pulsom te rezultate utrka – u jednom od tih formata? Snimke zaslona mi ne pomažu.

Unaprijed hvala,
Tomislav Knežević
član br. SER-1187""",
         "Tomislav Knežević"),
        ("restriction", (),
         "Izvještaj za poslodavca – sporni podaci, molim privremeno blokiranje",
         """Poštovani,

preko programa sportskih pogodnosti svog poslodavca (Delcourt Engineering, Charleroi) kupujem kod vas s popustom. Poslodavac sada na temelju vašeg mjesečnog izvještaja tvrdi da sam u veljači kroz program potrošila 1.240 €, što prelazi godišnji limit, pa mi razliku želi odbiti od plaće. Ja sam u veljači kupila samo jaknu za skijanje za 189 €. Pretpostavljam da je netko drugi koristio moj broj zaposlenika ili je došlo do greške pri povezivanju kartica.

Dok se to ne razjasni, molim vas da podatke o mojim kupnjama u sklopu tog programa ne šaljete poslodavcu i ne koristite ih ni za što drugo. Nemojte ih ni brisati, trebat će mi kao dokaz u razgovoru s poslodavcem.

S poštovanjem,
Petra Marić
broj zaposlenika DE-4471""",
         "Petra Marić"),
        ("objection", ("deletion",),
         "Ne želim biti na javnoj listi rezultata",
         """Poštovani,

u ožujku sam preko vašeg kluba trčao polumaraton u Bruggeu. Rezultati su objavljeni na vašoj stranici i na stranici tvrtke za mjerenje vremena s imenom, prezimenom, godinom rođenja, klubom i vremenom, a sve se to pojavi na Googleu čim netko upiše moje ime. Radim kao odvjetnik i ne želim da klijenti umjesto mog ureda prvo nađu koliko sam spor na 21 km.

Razumijem da rezultati moraju postojati, ali protivim se javnom objavljivanju mog imena. Molim da me uklonite s objavljenih lista (ili me navedete samo pod startnim brojem) za sve utrke na kojima se pojavljujem, uključujući one iz prošlih godina.

S poštovanjem,
Hrvoje Matić""",
         "Hrvoje Matić"),
        ("withdraw_consent", (),
         "odjava",
         """pozdrav, molim vas da me odjavite sa svih mailova i push obavijesti s ponudama iz aplikacije. aplikaciju koristim samo za sat, akcije me ne zanimaju. hvala

Nikolina Pavlović

Poslano s mog iPhonea""",
         "Nikolina Pavlović"),
        ("complaint", ("deletion",),
         "Pritužba – osiguranje na blagajni",
         """Poštovani,

pišem jer sam jako nezadovoljan načinom na koji je blagajnica u vašoj trgovini u Antwerpenu (Meir) postupila s mojim podacima. Kupovao sam bicikl, a na blagajni mi je ponudila osiguranje od sportskih ozljeda. Rekao sam da ću razmisliti, ali ona je već počela ispunjavati obrazac i naglas, pred redom od desetak ljudi, pitala: „Imate li kroničnih bolesti? Jeste li imali operacija? Uzimate li lijekove?“ Odgovorio sam tiho, a ona je moj odgovor o operaciji srca ponovila naglas dok ga je upisivala.

Osiguranje na kraju nisam uzeo. Zdravstveni podaci su osjetljivi i ne smiju se tako prikupljati, pred svima. Očekujem objašnjenje i ispriku, a ako je taj obrazac negdje ostao spremljen, neka se obriše. Zadržavam pravo podnijeti pritužbu belgijskom tijelu za zaštitu podataka.

Marko Babić
Kroonstraat 7, 2140 Borgerhout""",
         "Marko Babić"),
        ("other", (),
         "Povrat startnine – Night Run Liège",
         """Poštovani,

Night Run Liège 18. 4. otkazan je zbog radova na ruti. Prijavila sam se preko vaše stranice i platila 25 € + 3 € naknade. Organizator kaže da startninu vraća, ali naknadu ne. Vraćate li vi tih 3 €? I hoće li povrat automatski sjesti na karticu?

Hvala,
Ana Jurić""",
         "Ana Jurić"),
        ("other", (),
         "Zamjena pancerica",
         """Dobar dan,

naručio sam za sina pancerice Nordica veličine 24.5 (mondo), a stigle su 25.5 – na kutiji piše 24.5, a na samim cipelama 25.5. Sin za deset dana ide s razredom na skijanje pa bih ih trebao što prije zamijeniti. Mogu li ih donijeti u trgovinu u Mechelenu i odmah dobiti pravu veličinu?

Narudžba: W-2026-118830

Josip Vuković""",
         "Josip Vuković"),
    ],
    "sv": [
        ("access", (),
         "Vad har ni sparat från skiduthyrningen?",
         """Hej,

Vi hyrde skidor och pjäxor för hela familjen (två vuxna, två barn) i er butik i Leuven inför sportlovet. I butiken fick vi uppge längd, vikt, skostorlek och ”åkartyp” för alla fyra, och personalen sa att uppgifterna ”sparas till nästa gång så går det snabbare”.

Jag skulle vilja veta exakt vad ni har sparat om mig och om barnen (Alva 11 år och Nils 8 år), hur länge ni tänker spara det och om något har lämnats vidare, till exempel till tillverkaren av bindningarna eller till ett försäkringsbolag. Skicka gärna en kopia.

Mvh
Anna Lindqvist
Bondgenotenlaan 62, 3000 Leuven""",
         "Anna Lindqvist"),
        ("correction", (),
         "Fel mått i min bike fit-rapport",
         """Hej!

Jag gjorde en bike fit hos er i Gent för en månad sedan. När jag läste rapporten hemma såg jag att innerbenslängden står som 78 cm. Jag är 188 cm lång och har 89 cm – vi mätte två gånger i studion. Den uträknade sadelhöjden verkar ändå rimlig, så jag tror att det bara är fel inskrivet.

Kan ni rätta innerbensmåttet i rapporten och i min kundprofil? Jag ska beställa en ny ram via er i vår och vill inte att den räknas fram på fel mått.

Tack på förhand,
Erik Johansson
0472 18 93 40""",
         "Erik Johansson"),
        ("deletion", (),
         "PulseGym-koppling",
         """Hej,

Jag kopplade mitt PulseGym-medlemskap till er app förra året för att få bonuspoäng när jag tränar. Nu har jag sett att appen har en lång lista med alla mina incheckningar sedan dess – datum, klockslag, vilket gym. Det vill jag inte att ni har.

Ta bort kopplingen och radera hela incheckningshistoriken hos er. Bonuspoängen bryr jag mig inte om.

Sofia Bergström""",
         "Sofia Bergström"),
        ("portability", (),
         "Export av klockdata",
         """Hej, jag vill ha ut all data från min SE Pulse-klocka som ligger i mitt konto hos er (pass, puls, steg, sömn) som fil, JSON eller CSV, så att jag kan flytta den till Strava och Apple Hälsa. Hittar ingen exportknapp i appen. Kontot är magnus.nilsson@telia.example.

/Magnus""",
         "Magnus Nilsson"),
        ("restriction", (),
         "Felaktigt resultat i Leuven Urban Trail – dölj tills det är utrett",
         """Hej,

I resultatlistan från Leuven Urban Trail (22 mars) står jag med tiden 2:58:41 på 25 km, plats 412 av 418. Jag sprang aldrig i mål – jag bröt vid 12 km med kramp och lämnade nummerlappen vid vätskestationen. Antingen har någon annan sprungit med min nummerlapp (1456) eller så har chipet registrerats fel.

Jag har mejlat tidtagningsfirman men inte fått något svar. Tills det är utrett vill jag att ni döljer mitt namn och resultatet på er webbplats och i klubbens resultatlista och inte använder det till något, inte heller i klubbens statistik. Radera det inte än, det kan behövas för att ta reda på vem som faktiskt sprang.

Karin Holm""",
         "Karin Holm"),
        ("objection", ("withdraw_consent",),
         "Sluta använda mina loppresultat till reklam",
         """Hej,

Efter varje lopp jag springer får jag numera mejl från er i stil med ”Grattis till 47:12 på 10 km! Dags att slå ditt rekord – här är skorna som tar dig under 45”. Ni har uppenbarligen kopplat ihop resultatlistorna med mitt kundkonto. Det känns obehagligt och jag har aldrig bett om det.

Jag motsätter mig att ni använder mina resultat (tider, lopp, placeringar) för att rikta reklam till mig. Och stryk mig gärna från nyhetsbrevet helt, jag hittar till butiken själv när jag behöver skor.

Johan Sandberg""",
         "Johan Sandberg"),
        ("withdraw_consent", (),
         "STOPP",
         """sluta skicka sms om erbjudanden tack. sa ja vid kassan men har ångrat mig. 0471 22 58 19
Elin""",
         "Elin Åkesson"),
        ("complaint", ("access",),
         "Re: Begäran om registerutdrag – fortfarande inget svar",
         """Hej igen,

Den 24 februari bad jag om ett registerutdrag över de uppgifter ni har om mig från appen och klockan (se mejlet nedan). Den 26 februari svarade ni att ärendet var ”mottaget och under behandling”. Sedan dess har det varit helt tyst, trots att det nu gått mer än en månad, vilket är tidsgränsen i dataskyddsförordningen.

Jag vill fortfarande ha utdraget. Har jag inte fått det inom två veckor lämnar jag in ett klagomål till den belgiska dataskyddsmyndigheten.

Oskar Lundgren

Den 24 feb. 2026 kl. 20:41 skrev Oskar Lundgren <oskar.lundgren@bredband.example>:
> Hej!
> Enligt artikel 15 i GDPR vill jag få ett utdrag över alla personuppgifter
> ni behandlar om mig, inklusive puls- och sömndata från min SE Pulse-klocka
> och vilka ni har delat dem med.
> Mvh Oskar Lundgren""",
         "Oskar Lundgren"),
        ("other", (),
         "Söndagslöpning?",
         """Hej! Jag är ny i löparklubben och undrar var söndagens klubbrunda startar – vid butiken i Gent-Zuid eller vid Citadelpark som det stod i appen förra veckan? Finns det en grupp även för oss som springer runt 6 min/km?

Tack!
Maria Eklund""",
         "Maria Eklund"),
        ("other", (),
         "Service av elcykel – pris?",
         """Hej,

Min elcykel (Stromer, köpt hos er 2023) behöver årsservice. Vad kostar en fullservice inklusive kontroll av motor och batteri, och hur lång är väntetiden i Antwerpen just nu? Kan jag boka via appen eller måste jag ringa?

Mvh
Fredrik Dahl""",
         "Fredrik Dahl"),
    ],
    "ro": [
        ("access", (),
         "Asigurarea SportSafe – ce date ați trimis asigurătorului?",
         """Bună ziua,

În ianuarie am cumpărat de la magazinul dumneavoastră din Liège o pereche de schiuri, iar la casă mi s-a oferit asigurarea SportSafe împotriva accidentărilor sportive. Casiera mi-a pus câteva întrebări (dacă am avut operații, dacă fac sport de performanță, ce sporturi practic) și a completat totul pe ecran. Am semnat pe tabletă, dar nu am primit nicio copie a formularului.

Acum asigurătorul mă sună ca să-mi vândă și o asigurare de viață, deși nu am cerut așa ceva. Vă rog să-mi spuneți:
– ce date personale de-ale mele au fost înregistrate la casă și ce ați păstrat dumneavoastră;
– ce anume ați transmis asigurătorului și dacă au mai primit aceste date și alte firme;
– și vă rog să-mi trimiteți o copie a formularului completat.

Cu stimă,
Cristian Dumitru
Boulevard d'Avroy 12, 4000 Liège""",
         "Cristian Dumitru"),
        ("correction", (),
         "Data de naștere greșită – echipa U10",
         """Bună ziua,

Fiul meu, David Radu, joacă la echipa U10 sponsorizată de dumneavoastră. Pe lista pe care ați întocmit-o pentru tricouri și asigurare apare cu data nașterii 14.11.2015 în loc de 14.11.2016, așa că acum figurează la U11, iar antrenorul spune că nu mai poate juca în campionat până nu se rezolvă. Și numele e scris „Rady” în loc de „Radu”.

Vă rog să corectați data nașterii și numele în evidențele dumneavoastră și să anunțați și asigurătorul, dacă i-ați trimis lista. Pot trimite copia certificatului de naștere, dacă e nevoie.

Mulțumesc,
Ioana Radu
0489 44 12 07""",
         "Ioana Radu"),
        ("deletion", (),
         "Ieșire din clubul de alergare",
         """Salut,

am ieșit din clubul de alergare la sfârșitul anului trecut (m-am mutat și alerg acum cu alt grup). Aș vrea să-mi ștergeți profilul de membru cu tot ce e în el: datele de contact, data nașterii, mărimea tricoului, persoana de contact pentru urgențe (soția mea, care nici nu știe că e acolo) și istoricul antrenamentelor. Contul de client pentru cumpărături îl păstrez.

Mersi,
Bogdan Marin""",
         "Bogdan Marin"),
        ("portability", (),
         "Datele de la bike fitting în format electronic",
         """Bună ziua,

Anul trecut am făcut bike fitting la dumneavoastră (Bruxelles, Woluwe) și de atunci am cumpărat mai multe piese și accesorii pentru bicicletă prin aplicație. În iunie mă mut la Cluj și vreau să continui cu un atelier de acolo.

Vă rog să-mi trimiteți, într-un fișier care se poate deschide pe calculator (CSV, Excel sau JSON), toate măsurătorile de la fitting (înălțimea șeii, reach, stack, unghiuri, lungimea piciorului, lățimea umerilor) și lista pieselor cumpărate (denumire, cod produs, dată). Raportul PDF îl am deja, dar atelierul îmi cere datele brute.

Mulțumesc anticipat,
Radu Georgescu""",
         "Radu Georgescu"),
        ("restriction", (),
         "Dosar daune bicicletă închiriată – vă rog să nu-l trimiteți la recuperare",
         """Bună ziua,

Pe 8 martie am închiriat o bicicletă electrică de la magazinul din Brugge. La returnare, angajatul a notat o zgârietură pe cadru și mi-a spus că „se va analiza”. Zgârietura exista dinainte – am poze făcute la preluare, cu ora pe ele. Ieri am primit un e-mail automat că „dosarul a fost transmis partenerului de recuperare a creanțelor” pentru 320 €.

Contest suma și am trimis pozele la serviciul clienți. Până se clarifică, vă rog să blocați datele mele din dosarul de închiriere: să nu le trimiteți firmei de recuperare și să nu le folosiți în alt scop. Nu le ștergeți, sunt și dovada mea.

Contract: BR-E-2026-0388

Florin Munteanu
+32 470 61 38 22""",
         "Florin Munteanu"),
        ("objection", (),
         "Nu sunt de acord cu reclamele pe baza vizitelor la sală",
         """Bună ziua,

Sunt membră la PulseGym în Gent și se pare că sala vă transmite când vin la antrenament, pentru că primesc de la dumneavoastră oferte imediat după fiecare antrenament („Ai terminat antrenamentul? Reîncarcă-te cu 20% reducere la shake-uri!”). Nu-mi amintesc să fi fost de acord cu așa ceva, dar chiar dacă am bifat ceva undeva, mă opun folosirii datelor despre vizitele mele la sală pentru reclame și profilare. Vă rog să încetați.

Alina Constantinescu""",
         "Alina Constantinescu"),
        ("withdraw_consent", ("deletion",),
         "retrag acordul pt pozele fetei",
         """buna ziua, la inceputul sezonului am semnat acordul ca pozele echipei de fotbal a copiilor (U8 fete) sa apara pe paginile voastre de facebook si instagram. nu mai sunt de acord, fiica mea nu vrea sa apara. va rog sa stergeti si pozele deja publicate in care apare ea, Sara Tudor, nr 7 pe tricou.
multumesc, Simona Tudor""",
         "Simona Tudor"),
        ("complaint", ("deletion",),
         "Reclamație – scanarea picioarelor în magazinul din Antwerpen",
         """Bună ziua,

Sâmbătă am fost în magazinul de pe Meir să-mi cumpăr pantofi de alergare. Vânzătorul mi-a propus gratuit scanarea picioarelor și analiza pasului. Am acceptat, dar nu mă așteptam ca rezultatele să apară pe un ecran mare, întors spre magazin: numele meu, greutatea (pe care mi-au cerut-o pentru „recomandarea de amortizare”), o imagine 3D a picioarelor și mesajul „pronație excesivă – posibil din cauza greutății”. Doi clienți s-au uitat, iar vânzătorul a mai și glumit pe tema asta.

M-am simțit umilită. Nu e normal ca date despre corpul meu să fie afișate așa, în public. Vreau să știu cine răspunde de asta și vă cer să ștergeți scanarea și greutatea mea din sistem. Dacă nu primesc un răspuns serios, fac plângere la autoritatea belgiană pentru protecția datelor.

Andreea Popescu""",
         "Andreea Popescu"),
        ("other", (),
         "Mărime greșită – tricou ciclism",
         """Bună, am comandat un tricou de ciclism mărimea M și mi-a venit XL. Comanda W-2026-120447. Cum fac returul sau schimbul? Mulțumesc, Elena Stan""",
         "Elena Stan"),
        ("other", (),
         "Anulare Ardennes Trail – rambursare?",
         """Bună ziua,

M-am înscris prin site-ul dumneavoastră la Ardennes Trail (42 km, 10 mai), taxa a fost 65 €. Organizatorul a anunțat azi pe Facebook că anulează cursa din cauza unor probleme cu asigurarea, dar pe site-ul vostru cursa apare tot cu „Înscrieri deschise”. Primesc banii înapoi automat sau trebuie să fac o cerere? Am folosit la înscriere și un voucher de 10 € – îl recuperez și pe acesta?

Mulțumesc,
Mihai Ionescu""",
         "Mihai Ionescu"),
    ],
    "el": [
        ("access", ("objection",),
         "Πού πήγαν τα στοιχεία μου από την εγγραφή στο Ghent Run;",
         """Καλησπέρα σας,

Τον Φεβρουάριο γράφτηκα μέσω της ιστοσελίδας σας στα 10 χλμ. του Ghent Run. Στη φόρμα έδωσα ονοματεπώνυμο, ημερομηνία γέννησης, τηλέφωνο, email, μέγεθος μπλούζας και επαφή έκτακτης ανάγκης.

Από τότε λαμβάνω email από μια εταιρεία αθλητικών συμπληρωμάτων (NutriRace) και μου ήρθε και SMS από ένα γυμναστήριο στη Γάνδη, ενώ δεν έχω δώσει ποτέ τα στοιχεία μου σε κανέναν από τους δύο.

Θα ήθελα να μάθω ποια στοιχεία μου έχετε, σε ποιους τα δώσατε (χρονομέτρηση, χορηγούς, άλλους) και από πού πήραν το τηλέφωνό μου αυτές οι εταιρείες. Και σας παρακαλώ να σταματήσετε να τα δίνετε σε χορηγούς για διαφήμιση.

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Kortrijksesteenweg 540, 9000 Gent""",
         "Γιώργος Παπαδόπουλος"),
        ("correction", (),
         "Ενημέρωση στοιχείων για ενοικίαση σκι",
         """Γεια σας,

έχω προφίλ στην υπηρεσία ενοικίασης σκι από πέρσι. Από τότε έχω χάσει αρκετά κιλά, αλλά το προφίλ μου γράφει ακόμα 82 κιλά – τώρα είμαι 67. Επίσης το νούμερο παπουτσιού είναι 39 αντί για 40 (πέρσι οι μπότες με πονούσαν). Επειδή το βάρος επηρεάζει τη ρύθμιση των δεσίμων, σας παρακαλώ να διορθώσετε το προφίλ πριν από την κράτηση του Μαρτίου (κωδικός κράτησης SR-2026-05521).

Το ύψος, 168, είναι σωστό.

Ευχαριστώ,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("deletion", (),
         "Διαγραφή στοιχείων του γιου μου – ομάδα U12",
         """Καλημέρα,

ο γιος μου ο Άρης έπαιζε στην ομάδα U12 που χορηγείτε στο Μέχελεν, αλλά από τον Ιανουάριο σταμάτησε. Μου είπαν ότι έχετε ακόμα στο σύστημά σας το όνομά του, την ημερομηνία γέννησης, το μέγεθος φανέλας και φωτογραφίες από την ομαδική φωτογράφιση. Αφού δεν είναι πια στην ομάδα, σας ζητώ να τα διαγράψετε όλα, μαζί και τις φωτογραφίες όπου εμφανίζεται.

Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),
        ("portability", (),
         "Ιστορικό αγώνων σε αρχείο",
         """Καλησπέρα,

τα τελευταία τέσσερα χρόνια έχω γραφτεί μέσω του συλλόγου δρομέων σας σε περίπου 20 αγώνες. Θέλω να μεταφέρω όλο το ιστορικό μου (αγώνες, ημερομηνίες, αποστάσεις, χρόνους, αριθμούς συμμετοχής) σε μια εφαρμογή καταγραφής αγώνων που χρησιμοποιώ. Μπορείτε να μου το στείλετε σε αρχείο CSV ή Excel; Στον λογαριασμό μου βλέπω μόνο τις πέντε τελευταίες εγγραφές.

Ευχαριστώ πολύ,
Κατερίνα Ιωάννου
μέλος αρ. SER-0774""",
         "Κατερίνα Ιωάννου"),
        ("restriction", (),
         "Αίτημα περιορισμού επεξεργασίας – ασφάλεια SportSafe / δεδομένα ρολογιού",
         """Αξιότιμοι κύριοι,

Τον Νοέμβριο αγόρασα από το κατάστημά σας στη Ναμύρ ένα ρολόι SE Pulse 3 και στο ταμείο υπέγραψα και την ασφάλεια αθλητικών τραυματισμών SportSafe. Τον Ιανουάριο τραυματίστηκα στον αστράγαλο σε αγώνα ποδοσφαίρου σάλας. Η ασφαλιστική αμφισβητεί ότι ο τραυματισμός έγινε κατά τη διάρκεια αθλητικής δραστηριότητας και μου ζητά «δεδομένα δραστηριότητας» από το ρολόι, λέγοντας ότι μπορεί να τα ζητήσει και απευθείας από εσάς.

Ο δικηγόρος μου εξετάζει την υπόθεση. Μέχρι να ολοκληρωθεί, σας ζητώ, σύμφωνα με το άρθρο 18 του ΓΚΠΔ, να μη χρησιμοποιείτε και να μη διαβιβάζετε σε κανέναν (και ειδικά στην ασφαλιστική) τα δεδομένα του ρολογιού μου – παλμούς, βήματα, δραστηριότητες, ύπνο – για το διάστημα Δεκεμβρίου–Φεβρουαρίου, αλλά και να μην τα διαγράψετε, γιατί ενδέχεται να χρειαστούν ως αποδεικτικό στοιχείο.

Παρακαλώ επιβεβαιώστε εγγράφως.

Με εκτίμηση,
Κώστας Δημητρίου
Αρ. συμβολαίου SS-BE-2025-804411""",
         "Κώστας Δημητρίου"),
        ("objection", (),
         "Αναφορές στον εργοδότη μου",
         """Καλημέρα,

η εταιρεία όπου εργάζομαι συμμετέχει στο πρόγραμμα αθλητικών παροχών ActiveWork και με την κάρτα έχω έκπτωση σε εσάς. Ο προϊστάμενός μου μού είπε χθες ότι «βλέπει πως το πρόγραμμα το χρησιμοποιώ πολύ» και ότι «ίσως να μην είναι για όλους». Έμαθα ότι κάθε μήνα του πηγαίνει λίστα με ονόματα και ποσά.

Αντιτίθεμαι στο να στέλνονται τα στοιχεία μου ονομαστικά στον εργοδότη μου. Αν χρειάζονται στατιστικά, ας είναι ανώνυμα.

Σοφία Αλεξίου""",
         "Σοφία Αλεξίου"),
        ("withdraw_consent", (),
         "sygkatathesi",
         """Kalispera, otan syndesa to roloi me tin efarmogi sas patisa "symfono" na moirazeste ta dedomena ygeias mou (palmous, ypno) me synergates gia "exatomikevmenes prosfores". Den symfono pleon, parakalo stamatiste na ta moirazeste. To roloi to kratao.
Panagiotis Vasileiou""",
         "Παναγιώτης Βασιλείου"),
        ("complaint", ("deletion",),
         "Καταγγελία – φωτογραφίες μου με αριθμό συμμετοχής στο Google",
         """Κύριοι,

Έτρεξα στον νυχτερινό αγώνα της Αμβέρσας τον Μάρτιο με τον σύλλογό σας. Χθες ένας συνάδελφος μού έστειλε ένα link: αν γράψεις το όνομά μου στο Google, η πρώτη εικόνα είναι φωτογραφία μου από τον αγώνα με τον αριθμό 3318, από τη σελίδα της RunPix με την οποία συνεργάζεστε. Στην ίδια σελίδα, με τον αριθμό, βρίσκει κανείς το πλήρες όνομά μου, την ηλικιακή κατηγορία και τον χρόνο μου.

Δεν έδωσα ποτέ συγκατάθεση να είναι οι φωτογραφίες μου δημόσιες και να εμφανίζονται σε μηχανές αναζήτησης. Το θεωρώ σοβαρή παραβίαση και θα το καταγγείλω στην Αρχή Προστασίας Δεδομένων του Βελγίου αν δεν λυθεί άμεσα. Ζητώ να αφαιρεθούν όλες οι φωτογραφίες μου και η σύνδεση του ονόματός μου με τον αριθμό.

Αγγελική Μιχαηλίδου""",
         "Αγγελική Μιχαηλίδου"),
        ("other", (),
         "Ποδήλατο μετά το σέρβις – οι ταχύτητες πηδάνε",
         """Γεια σας,

παρέλαβα την Πέμπτη το ποδήλατό μου από το σέρβις στη Λουβέν (αλλαγή καλωδίων και ρύθμιση ταχυτήτων, 65 €). Από την πρώτη μέρα οι ταχύτητες πηδάνε πίσω στο 4ο και 5ο γρανάζι. Μπορώ να το ξαναφέρω χωρίς χρέωση; Πότε έχετε διαθεσιμότητα;

Δημήτρης Νικολάου
αρ. σέρβις 88519""",
         "Δημήτρης Νικολάου"),
        ("other", (),
         "Κυριακάτικο τρέξιμο + χορηγία",
         """Καλησπέρα!

Δύο ερωτήσεις:
1) Το κυριακάτικο τρέξιμο του συλλόγου γίνεται και με βροχή; Η πρόγνωση για την Κυριακή λέει καταιγίδες.
2) Προπονώ μια παιδική ομάδα ποδοσφαίρου (U9) στο Ζάβεντεμ και ψάχνουμε χορηγό για φανέλες. Σε ποιον πρέπει να απευθυνθώ;

Ευχαριστώ,
Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),
    ],
    "bg": [
        ("access", (),
         "Какво ви изпраща PulseGym за мен?",
         """Здравейте,

Членувам в PulseGym в Льовен и миналия месец свързах членството си с вашето приложение заради точките за лоялност. Сега в приложението виждам „Тренировки този месец: 14“ и дори часовете, в които съм влизала.

Искам да знам какви точно данни получавате от PulseGym за мен – само посещенията или и нещо друго (тегло и мерки от InBody измерването, което правих там, абонаментния ми план?), откога ги имате и дали ги давате на някого. Моля, изпратете ми копие.

Благодаря,
Мария Иванова""",
         "Мария Иванова"),
        ("correction", (),
         "Грешно име и категория в резултатите",
         """Здравейте,

в резултатите от Leuven Urban Trail съм записана като „Desislava Nikolov, M35“. Аз съм жена и фамилията ми е Nikolova – предполагам, че системата е отрязала последната буква и е сложила категория по подразбиране. Заради това изобщо не фигурирам в класирането при жените W35.

Моля, поправете името и пола в профила ми в клуба и в регистрацията и, ако може, коригирайте и резултатите. Стартов номер 2089.

Десислава Николова""",
         "Десислава Николова"),
        ("deletion", ("withdraw_consent",),
         "Изтриване на профила ми за наем на ски",
         """Здравейте,

преди две години наех ски от вас и оттогава имам „профил за наем“ с ръст, тегло, номер обувки и ниво на каране. Вече не карам ски (след операция на коляното) и не виждам смисъл да пазите тези неща. Моля, изтрийте профила. И спрете да ми пращате имейли със зимни оферти всеки октомври.

Иван Стоянов""",
         "Иван Стоянов"),
        ("portability", (),
         "Експорт на данните от часовника",
         """Здравейте,

използвам SE Pulse 2 с вашето приложение от 2023 г. Купих си Garmin и искам да прехвърля историята си – тренировки, пулс, сън, стъпки. Може ли да ми изпратите всичко във файл, който Garmin Connect или друго приложение може да прочете (FIT, GPX, CSV)? В приложението няма такава опция.

Поздрави,
Николай Георгиев""",
         "Николай Георгиев"),
        ("restriction", (),
         "Членски внос – спор, моля не предавайте на колекторска фирма",
         """Здравейте,

клубната система ми изпрати напомняне, че дължа членски внос за 2026 г. (60 €) и че „при неплащане данните ще бъдат предадени на партньор за събиране на вземания“. Платих на 14 януари с банков превод, имам извлечение. Явно плащането не е отразено заради грешно основание.

Докато проверите, моля не използвайте данните ми за събиране на вземането и не ги предавайте на никого. Не ги изтривайте обаче, защото ще ми трябват, ако се стигне дотам. Прилагам извлечението.

Стефан Костов
член № SER-1502""",
         "Стефан Костов"),
        ("objection", (),
         "Възражение – използване на данните за съня ми",
         """Здравейте,

в приложението ви се появи раздел „Препоръчано за вас“ с текст „Спите по-малко от 6 часа – разгледайте нашите възглавници и добавки за сън“. Не съм съгласна данните от часовника ми (сън, пулс) да се анализират, за да ми се продават неща. Възразявам срещу това профилиране на основание чл. 21 от ОРЗД. Часовника го ползвам само за бягане.

Светла Тодорова""",
         "Светла Тодорова"),
        ("withdraw_consent", (),
         "",
         """Здравейте, при записването за полумаратона сложих отметка да получавам имейли от вас и от фото услугата. Вече не искам. Махнете ме от списъците, линкът за отписване най-долу в имейла не работи.
Радостина Ангелова""",
         "Радостина Ангелова"),
        ("complaint", ("access",),
         "Жалба – работодателят ми знае колко пъти ходя на фитнес",
         """Здравейте,

на годишния ми разговор за оценка шефката ми каза: „Виждам, че ходиш на фитнес по 12 пъти в месеца, сигурно имаш енергия и за още задачи“. Оказа се, че по програмата за спортни придобивки, която работодателят ни има с вас и PulseGym, всеки месец отдел „Човешки ресурси“ получава справка с имената на служителите, посещенията и покупките.

Никой не ми е казал това, когато се регистрирах. Смятам, че данните ми са разкрити неправомерно, и подавам оплакване. Искам също да ми изпратите всичко, което сте изпратили на работодателя ми за мен от началото на годината. Ако не получа отговор, ще сезирам белгийския орган за защита на данните.

Елена Димитрова""",
         "Елена Димитрова"),
        ("other", (),
         "Поръчка W-2026-121905 – грешен размер",
         """Здравейте, поръчах футболни обувки за сина ми номер 35, получихме 38. Как да ги върна? Може ли в магазина в Антверпен?
Петър Христов""",
         "Петър Христов"),
        ("other", (),
         "въпрос",
         """Здравейте, мисля да се запиша в клуба ви по бягане. Приятел ми каза, че след всяко състезание резултатите се публикуват с името и годината на раждане. Така ли е за всички състезания, или може да се избере да не се публикуват? Още не съм член, просто питам предварително.
Георги Петров""",
         "Георги Петров"),
    ],
}

"""Fifty-fourth set, store mail about cameras, incidents, tills and bans (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftyfourth.py)."""

PEOPLE_NF = {
    "pl": [
        ("access", (),
         "Nagranie z kasy samoobsługowej – prośba o kopię",
         """Dzień dobry,

w sobotę 17 października 2026 r. około 15:40 robiłam zakupy w Państwa sklepie w Antwerpii (Meir). Przy kasie samoobsługowej nr 3 podeszła do mnie pracownica i powiedziała, że „kamera pokazała”, że nie zeskanowałam jednego produktu. Po sprawdzeniu okazało się, że wszystko było w porządku, ale chciałabym zobaczyć, co dokładnie zostało nagrane.

Na podstawie art. 15 RODO proszę o kopię nagrania z kamery nad tą kasą z tego dnia (mniej więcej 15:30–16:00) oraz o informację, jak długo takie nagrania są przechowywane i kto ma do nich dostęp.

Paragon mam – transakcja nr 4471-0093, płaciłam kartą.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("deletion", ("access",),
         "fałszywe oskarżenie o kradzież – usunięcie wpisu",
         """Dzień dobry,

we wrześniu zatrzymała mnie ochrona przy wyjściu ze sklepu w Gandawie, bo bramka zapiszczała. Przeszukali mi plecak, nic nie znaleźli – okazało się, że kasjerka nie zdjęła zabezpieczenia z kurtki, którą kupiłem i za którą zapłaciłem (paragon mam do dziś). Ochroniarz spisał moje dane z dowodu i powiedział, że „to zostaje w systemie”.

Nie zrobiłem nic złego i nie chcę figurować w żadnym rejestrze jako złodziej. Proszę o usunięcie tego wpisu i wszystkich moich danych związanych z tym zdarzeniem, także z raportu firmy ochroniarskiej. Przy okazji proszę mi napisać, co dokładnie tam o mnie zapisano.

Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("restriction", (),
         "Proszę NIE kasować nagrania z parkingu",
         """Dzień dobry,

5 listopada ok. 11:15 na parkingu przed Państwa sklepem w Leuven ktoś uderzył w mój samochód (szara skoda octavia, nr rej. 1-ABC-234) i odjechał. Sprawa jest zgłoszona na policję i u mojego ubezpieczyciela, ale wycena i decyzja trochę potrwają.

Bardzo proszę o zabezpieczenie nagrań z kamer parkingowych z tego dnia (10:45–11:45) i nieusuwanie ich, dopóki sprawa się nie zakończy – wiem, że normalnie są kasowane po kilku tygodniach. Ubezpieczyciel albo policja zwrócą się do Państwa oficjalnie o kopię.

Dziękuję
Marek Zieliński
tel. 0470 12 34 56""",
         "Marek Zieliński"),
        ("objection", (),
         "Sprzeciw – kamera „licząca twarze” przy wejściu",
         """Szanowni Państwo,

przy wejściu do sklepu w Brukseli (Rue Neuve) wisi od niedawna tabliczka, że kamera „analizuje ruch klientów”. Pracownik powiedział mi, że system rozpoznaje, ile razy dana osoba wchodzi do sklepu i jak długo w nim zostaje.

Na podstawie art. 21 RODO wnoszę sprzeciw wobec przetwarzania mojego wizerunku do celów takich analiz. Nie zgadzam się, żeby moja twarz była w jakikolwiek sposób analizowana, zliczana czy porównywana przy kolejnych wizytach. Proszę o potwierdzenie, że moje dane nie będą w ten sposób wykorzystywane.

Z wyrazami szacunku
Katarzyna Nowicka""",
         "Katarzyna Nowicka"),
        ("complaint", ("deletion",),
         "Ksero dowodu przy zwrocie??",
         """Dzień dobry,

chcę złożyć skargę. 2 listopada oddawałam w punkcie zwrotów w sklepie w Mechelen odkurzacz (zamówienie 58812204). Pani przy ladzie wzięła mój dowód osobisty i bez pytania zrobiła ksero – obu stron, ze zdjęciem i numerem PESEL – po czym wrzuciła kartkę do segregatora. Jak zapytałam po co, usłyszałam, że „tak się robi”.

Uważam, że to zupełnie niepotrzebne przy zwrocie towaru z paragonem, a takie kartki leżą potem nie wiadomo gdzie i kto je ogląda. Proszę o zniszczenie tej kopii i potwierdzenie tego na piśmie.

Beata Lewandowska""",
         "Beata Lewandowska"),
        ("withdraw_consent", ("objection",),
         "wifi w sklepie – koniec z ofertami",
         """Dzień dobry,
kiedyś podłączyłem się do waszego darmowego wifi w sklepie w Gandawie i trzeba było podać maila. Od tamtej pory co tydzień dostaję jakieś promocje. Nie chcę ich więcej, proszę wypisać mój adres z tych wysyłek.

I jeszcze jedno – kolega mówi, że to wifi rejestruje, gdzie się chodzi po sklepie z telefonem. Nie życzę sobie, żeby mój telefon był w ten sposób śledzony.

Pozdrawiam
Paweł Dąbrowski""",
         "Paweł Dąbrowski"),
        ("portability", (),
         "Historia zakupów z kasy w pliku",
         """Dzień dobry,

robię zakupy w Państwa sklepach stacjonarnych z kartą lojalnościową (nr 6034 1122 7789 0412). Chciałbym otrzymać historię wszystkich zakupów zarejestrowanych na kasach na tę kartę – najlepiej w pliku CSV albo Excel, z datą, sklepem, produktami i kwotami – bo chcę ją zaimportować do aplikacji do budżetu domowego. W Państwa aplikacji widać tylko ostatnie trzy miesiące, a potrzebuję całości.

Dziękuję z góry
Jakub Mazur""",
         "Jakub Mazur"),
        ("other", (),
         "Zostawiona torba przy kasie",
         """Dzień dobry,

wczoraj (czwartek, 12.11) po południu zostawiłam przy kasie nr 2 w sklepie w Hasselt papierową torbę z dwoma swetrami dla dzieci – zapłaciłam, potem zajęłam się młodszym synem i wyszłam bez niej. Czy ktoś ją może odłożył? Paragon mam w aplikacji, mogę pokazać. Kiedy mogłabym przyjść ją odebrać?

Pozdrawiam serdecznie
Ewa Kowalczyk""",
         "Ewa Kowalczyk"),
        ("other", (),
         "Skarga na zachowanie ochroniarza",
         """Dzień dobry,

piszę, bo to, co mnie spotkało w sobotę w sklepie przy Meir, bardzo mi się nie podobało. Ochroniarz przy wejściu krzyknął do mnie przez pół sklepu, żebym „zostawił plecak albo wyszedł”, a kiedy spokojnie zapytałem, gdzie mam go zostawić, odpowiedział, że to nie jego problem. Przy innych klientach, jakbym był jakimś złodziejem.

Rozumiem, że macie swoje zasady, ale da się to powiedzieć normalnie. Proszę przekazać to kierownikowi sklepu albo firmie ochroniarskiej. Nie oczekuję niczego poza tym, żeby ktoś z nim porozmawiał.

Łukasz Wójcik""",
         "Łukasz Wójcik"),
        ("other", (),
         "terminal pobrał dwa razy",
         """Dzień dobry, w sobotę 7 listopada płaciłam kartą w sklepie w Brugii, terminal się zawiesił, kasjer kazał przyłożyć kartę jeszcze raz i teraz w banku widzę dwa razy 64,90 €. Proszę usunąć to podwójne obciążenie i zwrócić jedną kwotę. Zdjęcie paragonu (nr 0215-7781) w załączniku.

Dziękuję
Magdalena Szymańska""",
         "Magdalena Szymańska"),
    ],
    "cs": [
        ("access", (),
         "Žádost o kopii záznamu z incidentu u východu",
         """Dobrý den,

dne 24. října 2026 kolem 18:10 jsem v prodejně v Bruselu (Rue Neuve) při odchodu prošla bránou, která začala pípat. Ochranka mě zastavila, prohlédla mi tašku a nakonec se ukázalo, že na tričku, které jsem řádně zaplatila, zůstal bezpečnostní štítek. Pan od bezpečnostní agentury si přitom něco zapisoval do tabletu a vyfotil si můj občanský průkaz.

Podle čl. 15 GDPR Vás žádám o:
- kopii záznamu (protokolu) o tomto incidentu, který sepsala bezpečnostní agentura,
- kopii kamerového záznamu, na kterém jsem zachycena,
- informaci, komu byly tyto údaje předány a jak dlouho je budete uchovávat.

Účtenku z toho dne přikládám.

S pozdravem
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("correction", (),
         "Oprava zápisu o incidentu – prodejna Gent",
         """Dobrý den,

minulý týden mi vedoucí prodejny v Gentu ukázal zápis o tom, co se stalo 30. října u pokladny (šlo o spor o cenu na regálu a na účtence). V zápisu je uvedeno, že jsem byl „agresivní a vulgární vůči personálu“. To není pravda – zvýšil jsem hlas, to přiznávám, ale nikomu jsem nenadával ani nevyhrožoval. Navíc je tam špatně moje adresa (bydlím na Kortrijksesteenweg 112, ne 12) a příjmení je napsané „Horák“ místo „Horáček“.

Prosím o opravu těchto údajů, případně o doplnění mého vyjádření k zápisu. Svědkem celé situace byla i moje manželka.

Děkuji
Jan Horáček""",
         "Jan Horáček"),
        ("deletion", ("withdraw_consent",),
         "Wi-Fi v prodejně – smazat registraci",
         """Dobrý den,

v létě jsem se v prodejně v Antverpách připojila na Wi-Fi pro zákazníky a musela jsem zadat e-mail. Od té doby mi každý týden chodí nabídky. Prosím, smažte mou registraci k Wi-Fi i všechno, co k ní máte uložené, a přestaňte mi ty e-maily posílat.

Jde o adresu, ze které píšu.

Díky
Tereza Novotná""",
         "Tereza Novotná"),
        ("restriction", (),
         "Záznam z kamery – pád v prodejně, prosím neodstraňovat",
         """Vážení,

dne 3. listopadu 2026 jsem v prodejně v Lutychu uklouzla na mokré podlaze u oddělení s nápoji (nebyla tam žádná výstražná cedulka) a zlomila jsem si zápěstí. Událost jsem nahlásila na místě a pokladní o ní sepsala krátký záznam.

Moje pojišťovna a právník teď škodu řeší a budou potřebovat kamerový záznam. Žádám Vás proto, abyste záznam z kamer v tomto oddělení z 3. 11. mezi 9:30 a 10:30 po uplynutí běžné lhůty neodstraňovali, ale uchovali ho, dokud nebude věc uzavřena (čl. 18 GDPR). O kopii zatím nežádám, jde mi jen o to, aby nebyl smazán.

Prosím o potvrzení.

S pozdravem
Ing. Marie Procházková""",
         "Marie Procházková"),
        ("objection", ("access",),
         "skenování občanky u pokladny",
         """Dobrý den,

kupoval jsem v sobotu u Vás víno a pokladní mi naskenovala občanku do čtečky, prý kvůli kontrole věku. Je mi 41, ale budiž. Vadí mi ale, že se občanka skenuje, místo aby se na ni prostě podívala.

Nesouhlasím s tím, aby se údaje z mého průkazu takhle zpracovávaly a ukládaly, a vznáším proti tomu námitku. A chci vědět, co přesně se při tom skenování uložilo (jméno, rodné číslo, fotka?) a kde to je.

Petr Svoboda""",
         "Petr Svoboda"),
        ("complaint", ("access",),
         "Kamera namířená do zkušebních kabinek!!",
         """Dobrý den,

včera jsem si v prodejně v Namuru zkoušela kalhoty a všimla jsem si, že kamera na stropě míří přímo do uličky se zkušebními kabinkami, a když je závěs trochu pootevřený, je vidět dovnitř. Upozornila jsem na to prodavačku a ta jen pokrčila rameny, že kamery nejsou její věc.

Tohle je podle mě naprosto nepřípustné a jestli se to nevyřeší, obrátím se na belgický úřad pro ochranu osobních údajů. Zároveň chci vědět, jestli existuje záznam, na kterém jsem v kabince (byla jsem tam asi v 16:20), a kdo ho viděl.

Kateřina Veselá""",
         "Kateřina Veselá"),
        ("withdraw_consent", (),
         "odhlášení",
         """Dobrý den,
u pokladny jsem chtěl účtenku e-mailem, tak mi ho pokladní zadala do systému. Netušil jsem, že mi pak budou chodit i reklamní maily a slevové kupony. Účtenky klidně posílejte dál, ale reklamu ne, prosím odhlaste mě.

Martin Černý""",
         "Martin Černý"),
        ("other", (),
         "Ztracená šála",
         """Dobrý den,

v pátek 13. listopadu jsem někde ve Vaší prodejně v Bruselu (Louise) ztratila šálu – tmavě zelenou, vlněnou, s třásněmi. Mám ji po babičce, takže mi na ní dost záleží. Nemáte ji náhodou ve ztrátách a nálezech? Možná ji viděly vaše kamery, jestli jsem ji nechala u pokladny nebo v kabince, ale hlavně bych ji ráda dostala zpátky :)

Moc děkuji
Jana Králová""",
         "Jana Králová"),
        ("other", (),
         "otevírací doba 11. listopadu",
         """Dobrý den, bude prodejna v Leuvenu otevřená 11. listopadu (státní svátek)? Na webu jsem to nenašel a v aplikaci svítí normální otevírací doba, tak nevím, jestli jsou ta data aktuální. Díky, Ondřej Pokorný""",
         "Ondřej Pokorný"),
        ("other", (),
         "Nefunkční terminál na pokladně 4",
         """Dobrý den,

jen pro informaci: v prodejně v Monsu na samoobslužné pokladně č. 4 už druhý týden nefunguje platební terminál – kartu nenačte, člověk všechno naskenuje a pak stejně musí jít k obsluhované pokladně a skenovat znovu. Dnes to tam takhle vzdalo asi pět lidí. Možná by bylo dobré ho opravit, nebo tam aspoň dát ceduli.

Hezký den
Pavel Marek""",
         "Pavel Marek"),
    ],
    "hr": [
        ("access", (),
         "Što spremate kad mi blagajnica upiše broj mobitela?",
         """Poštovani,

u vašoj trgovini u Antwerpenu blagajnica me pri plaćanju pitala za poštanski broj i broj mobitela. Dao sam ih bez razmišljanja, ali poslije mi je palo na pamet da zapravo ne znam zašto vam to treba.

Molim vas da mi u skladu s člankom 15. GDPR-a javite koje podatke o meni imate s blagajne (kupnje, broj mobitela, poštanski broj, kartica vjernosti?), u koju ih svrhu koristite, s kim ih dijelite i koliko ih dugo čuvate. Ako je moguće, pošaljite mi i kopiju tih podataka.

Lijep pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),
        ("correction", (),
         "krivi mail za račun",
         """Bok,

kod zadnje kupnje (Gent, 9.11.) blagajnik je krivo utipkao moju e-mail adresu za e-račun – umjesto marija.babic@gmail.com napisao je marija.babis@gmail.com, pa mi račun nije ni stigao. A sad vidim da je ta kriva adresa očito spremljena uz moju karticu vjernosti, jer ni danas račun nije došao.

Molim vas ispravite adresu na ovu s koje pišem, da mi računi opet stižu normalno. Broj kartice: 6034 5590 1187 2231.

Hvala!
Marija Babić""",
         "Marija Babić"),
        ("portability", (),
         "Povijest kupnji s blagajne u CSV ili JSON formatu",
         """Poštovani,

imam obrt i dio materijala kupujem u vašim trgovinama, uvijek uz karticu vjernosti (br. 6034 2210 4478 9015). Knjigovođi treba popis svih mojih kupnji na blagajnama u 2026. godini, a ručno prepisivanje računa nije opcija.

Možete li mi na temelju čl. 20. GDPR-a poslati povijest kupnji u strojno čitljivom obliku (CSV, Excel ili JSON), s datumom, trgovinom, artiklima i iznosima? Idealno bi bilo kad biste datoteku mogli poslati izravno knjigovodstvenom servisu (ured@knjigovodstvo-kovac.be), ali može i meni.

Srdačno,
Zoran Petrić""",
         "Zoran Petrić"),
        ("restriction", ("access",),
         "Snimka s parkirališta – molim da se ne briše",
         """Poštovani,

u subotu 31. listopada oko 10:20 netko mi je na parkiralištu ispred vaše trgovine u Mechelenu udario auto (bijeli VW Golf, reg. 2-XYZ-881) i otišao bez ostavljanja podataka. Oštećen je stražnji lijevi blatobran.

Molim vas da snimke s kamera na parkiralištu za taj dan ne brišete dok osiguranje ne riješi slučaj, jer su to vjerojatno jedini dokaz. Također bih htjela vidjeti ili dobiti kopiju dijela snimke na kojem se vidi moj auto, između 10:00 i 10:45.

Unaprijed hvala,
Ana Kovačević
0486 55 21 09""",
         "Ana Kovačević"),
        ("objection", (),
         "Ne želim profiliranje kupnji u trgovini",
         """Poštovani,

primijetila sam da blagajnice u trgovini u Leuvenu skeniraju moju karticu vjernosti iz aplikacije čim platim mobitelom, čak i kad to ne tražim. Nakon toga mi u aplikaciji iskaču „osobne preporuke” prema onome što sam kupila u trgovini.

Protivim se tome da se moje kupnje u fizičkim trgovinama koriste za profiliranje i personalizirane ponude. Karticu želim zadržati zbog bodova, ali bez analize mojih kupnji u te svrhe.

S poštovanjem,
Petra Jurić""",
         "Petra Jurić"),
        ("complaint", ("access",),
         "Pritužba – snimka pokazana mojoj susjedi",
         """Poštovani,

prije dva tjedna imala sam manju raspravu s blagajnikom u vašoj trgovini u Hasseltu oko povrata novca. Ništa strašno. Međutim, jučer mi je susjeda, koja kod vas radi na odjelu s odjećom, rekla da je „vidjela snimku” i da sam „baš bila ljuta”. Očito su je kolege pustili u pauzi kao zabavu.

Smatram da je to ozbiljno kršenje moje privatnosti – snimke s kamera valjda nisu za zabavu zaposlenika. Želim znati tko je sve gledao tu snimku i zašto, a očekujem i vaše objašnjenje što ćete poduzeti.

Vesna Marković""",
         "Vesna Marković"),
        ("deletion", (),
         "Zabrana ulaska – istekla, molim brisanje",
         """Poštovani,

u listopadu 2025. dobio sam od vaše trgovine u Bruxellesu (Anderlecht) pismo o zabrani ulaska na godinu dana zbog incidenta s kojim se ni danas ne slažem, ali to sad nije bitno. Godina je prošla.

Molim vas da izbrišete sve podatke o toj zabrani i tom incidentu – pismo, izvještaj zaštitara i moju fotografiju koju, koliko znam, imaju zaposlenici na blagajni – te da mi potvrdite da je sve obrisano.

Hvala,
Dario Šimić""",
         "Dario Šimić"),
        ("other", (),
         "Zaboravljen mobitel kod blagajne",
         """Dobar dan,

danas oko 17 h ostavio sam mobitel (crni Samsung u smeđoj futroli) na pultu kod blagajne 3 u trgovini u Gentu. Jeste li ga našli? Ne mogu vas nazvati jer mi je to jedini telefon, pa pišem sa ženinog maila.

Hvala puno,
Krešimir Tomić""",
         "Krešimir Tomić"),
        ("other", (),
         "Nepristojan zaštitar",
         """Poštovani,

htjela bih se požaliti na zaštitara u vašoj trgovini na Meiru. Ušla sam s dječjim kolicima, a on mi je bez „dobar dan” rekao da „s tim ne mogu unutra” i da ih ostavim vani. Kad sam pitala gdje to piše, okrenuo mi je leđa. Kasnije mi je jedna prodavačica rekla da s kolicima smijem ući bez problema.

Ne tražim ništa posebno, samo da netko s njim porazgovara o ophođenju s kupcima.

Ivana Knežević""",
         "Ivana Knežević"),
        ("other", (),
         "radno vrijeme Namur",
         """Pozdrav, na vašoj stranici piše da trgovina u Namuru subotom radi do 20 h, a na vratima trgovine piše 18 h. Danas sam došao u 18:15 i bilo je zatvoreno. Koji je podatak točan? Ako je stranica kriva, možda da to netko ispravi, da se drugi ne voze uzalud.
Tomislav Vuković""",
         "Tomislav Vuković"),
    ],
    "sv": [
        ("access", (),
         "Film från när jag ramlade",
         """Hej,

Jag halkade och ramlade vid ingången i er butik i Antwerpen (Meir) tisdagen den 20 oktober vid halv fyra, det hade regnat och golvet var blött. Personalen hjälpte mig upp och sa att allt fanns på kameran.

Jag vill gärna få en kopia av filmen där jag syns. Hur gör jag för att få ut den? Och hur länge sparar ni sånt?

Mvh
Birgitta Lindqvist""",
         "Birgitta Lindqvist"),
        ("correction", (),
         "Felaktig incidentrapport – begäran om rättelse",
         """Hej,

Den 6 november blev jag stoppad av en väktare i er butik i Bryssel när larmbågen pep. Det visade sig att larmet kom från en bok jag köpt i en annan affär. Efteråt fick jag se väktarbolagets rapport, och där står det att jag ”verkade påverkad av alkohol” och ”vägrade visa kvitto”.

Båda påståendena är felaktiga. Jag hade inte druckit något, och jag visade kvittot direkt när jag blev ombedd. Jag begär att rapporten rättas enligt artikel 16 i dataskyddsförordningen, så att de uppgifterna stryks eller ändras, och att min egen redogörelse läggs till.

Med vänliga hälsningar
Anders Bergström""",
         "Anders Bergström"),
        ("deletion", ("objection",),
         "Kopia på mitt id-kort vid köp av knivar",
         """Hej!

När jag köpte en uppsättning köksknivar hos er i Gent förra veckan skannade kassören mitt id-kort i en läsare ”för ålderskontroll”. Jag förstår att ni måste kontrollera åldern, men det räcker väl att titta på kortet?

Radera den skannade kopian och alla uppgifter från den. Jag motsätter mig också att ni skannar mitt id i fortsättningen – jag visar det gärna, men vill inte att det sparas.

Hälsningar
Erik Johansson""",
         "Erik Johansson"),
        ("objection", (),
         "Spårning via wifi i butiken",
         """Hej,

Jag läste i er integritetspolicy att butikernas wifi registrerar mobiltelefoner som rör sig i butiken, även om man inte är inloggad, för att ”analysera kundflöden”. Jag handlar i er butik i Leuven ett par gånger i veckan.

Jag invänder mot att min telefon registreras och följs på det sättet. Jag vill inte ingå i era analyser av hur kunderna rör sig i butiken. Bekräfta gärna att ni slutar med det när det gäller mig.

Mvh
Karin Nilsson""",
         "Karin Nilsson"),
        ("withdraw_consent", (),
         "Sluta skicka sms",
         """Hej. Kassan tog mitt mobilnummer i somras så att jag skulle få kvittot digitalt, och sedan dess får jag sms med erbjudanden flera gånger i veckan. Jag vill inte ha dem. Stryk mig från era sms-utskick tack.
/Johan Persson""",
         "Johan Persson"),
        ("complaint", ("access",),
         "Påminnelse: inget svar på begäran om kameramaterial",
         """Hej igen,

Den 28 september skickade jag ett mejl hit och bad om en kopia av kamerainspelningen från självutcheckningen i er butik i Mechelen den 26 september, där jag felaktigt pekades ut för att inte ha skannat en vara. Jag har inte fått något svar alls, inte ens en bekräftelse.

Nu har det gått mer än en månad, vilket är den tidsfrist ni har enligt GDPR. Jag upprepar min begäran om tillgång till inspelningen och till de uppgifter ni har om händelsen. Får jag inget svar inom två veckor kommer jag att lämna in ett klagomål till den belgiska dataskyddsmyndigheten.

Med vänlig hälsning
Sofia Håkansson""",
         "Sofia Håkansson"),
        ("restriction", (),
         "Radera inte filmen från 14 november",
         """Hej,

I lördags (14/11) anklagades min son, 16 år, för snatteri i er butik i Hasselt. Det visade sig att hörlurarna han hade i fickan var hans egna, men butiksledningen säger att ärendet ”ligger kvar” tills vidare, och vi har bestridit det.

Vi vill därför att filmerna från den eftermiddagen inte raderas när den vanliga lagringstiden går ut, utan sparas tills ärendet är utrett. Det är de som visar att han aldrig tog något från hyllan. Ni behöver inte skicka dem till oss nu, bara se till att de finns kvar.

Hälsningar
Maria Ekström""",
         "Maria Ekström"),
        ("other", (),
         "Tappad halsduk",
         """Hej!
Jag tror att jag tappade min halsduk i er butik i Brygge i fredags, antingen vid kassorna eller vid skohyllorna. Den är grå, stickad och ganska lång. Har någon lämnat in den? Ni kanske kan se på kamerorna var jag lade ifrån mig den, haha, men egentligen vill jag bara ha tillbaka den.
Tack!
Elin Sandberg""",
         "Elin Sandberg"),
        ("other", (),
         "Självscanningskassan i Liège",
         """Hej,
Självscanningskassa 2 i er butik i Liège säger ”oväntad vara i packområdet” varje gång man lägger ner en påse, och då måste man vänta på personal. I onsdags stod jag där i tio minuter. Vågen verkar vara trasig. Kan någon titta på den, eller stänga av den tills den är lagad?
Vänliga hälsningar
Lars Holm""",
         "Lars Holm"),
        ("other", (),
         "Tack till personalen i Namur",
         """Hej,
Ville bara säga tack till kassörskan (jag tror hon hette Sarah) i er butik i Namur som sprang efter mig ut på parkeringen med plånboken jag glömt på bandet. Alla mina kort, id-handlingar och pengar låg i den, så det hade varit en mardröm. Ge henne en extra fikapaus!
Hälsningar
Gunilla Åberg""",
         "Gunilla Åberg"),
    ],
    "ro": [
        ("access", (),
         "Cerere de acces – raport incident magazin Charleroi",
         """Bună ziua,

Pe 23 octombrie 2026 am fost oprită la ieșirea din magazinul dumneavoastră din Charleroi, suspectată că aș fi furat o cremă. Am fost ținută aproape o oră în biroul pazei până a venit poliția, apoi totul s-a lămurit: crema o cumpărasem cu o zi înainte, din alt magazin al dumneavoastră. În procesul-verbal al poliției scrie că magazinul a furnizat „raportul agentului de pază și imaginile video”.

În temeiul art. 15 din GDPR vă rog să îmi comunicați ce date personale dețineți despre mine în legătură cu acest incident – raportul firmei de pază, imaginile video, orice notă internă –, cui le-ați transmis (poliție, firma de pază, altcineva) și cât timp le veți păstra. Vă rog să îmi trimiteți și o copie a acestora.

Cu stimă,
Andreea Popescu""",
         "Andreea Popescu"),
        ("correction", ("restriction",),
         "Rectificare fișă de incident",
         """Bună ziua,

În fișa de incident întocmită în magazinul din Anvers pe 2 noiembrie scrie că „clientul a încercat să iasă cu marfă neplătită”. În realitate, bonul arăta clar că am plătit totul; casiera uitase doar să scoată eticheta antifurt, lucru recunoscut chiar de șefa de tură.

Vă rog să corectați fișa astfel încât să reflecte ce s-a întâmplat de fapt (alarmă declanșată din cauza unei etichete neîndepărtate, marfă plătită). Până la corectare, vă rog să nu folosiți această fișă în niciun fel și să nu o transmiteți nimănui.

Mulțumesc,
Mihai Ionescu""",
         "Mihai Ionescu"),
        ("portability", (),
         "Istoric cumpărături în format CSV",
         """Bună ziua,
aș dori să primesc istoricul tuturor cumpărăturilor mele din magazine (la casă, cu cardul de fidelitate 6034 7781 0023 4456) într-un fișier CSV sau Excel, ca să îl pot importa în aplicația mea de buget. Dacă se poate, pentru toată perioada de când am cardul (din 2022).
Mulțumesc frumos,
Elena Stan""",
         "Elena Stan"),
        ("restriction", (),
         "Vă rog să păstrați înregistrarea video – accident în magazin",
         """Stimată doamnă, stimate domn,

Mama mea, Maria Dumitrescu, a căzut pe 9 noiembrie în jurul orei 11:00 în magazinul dumneavoastră din Bruxelles (Ixelles), lângă raionul de fructe, unde podeaua era udă. Are fractură de șold și este internată.

Asigurătorul nostru a deschis un dosar și ne-a cerut să ne asigurăm că înregistrările camerelor de supraveghere nu sunt șterse. Vă rugăm, așadar, să nu ștergeți înregistrările din acea zonă din 9 noiembrie, între 10:30 și 11:30, până la închiderea dosarului. Asigurătorul vă va contacta direct pentru a le obține.

Cu mulțumiri,
Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("objection", ("withdraw_consent",),
         "Wi-Fi-ul din magazin",
         """Salut,
m-am conectat o dată la Wi-Fi-ul gratuit din magazinul din Gent și de atunci primesc oferte pe mail. Am citit și că rețeaua „recunoaște” telefonul la fiecare vizită și urmărește pe unde umbli prin magazin. Nu sunt de acord cu așa ceva: nu vreau să-mi fie urmărit telefonul în magazin și nici să mai primesc ofertele alea pe mail.
Radu Marin""",
         "Radu Marin"),
        ("complaint", (),
         "Reclamație – cameră îndreptată spre toaleta personalului",
         """Bună ziua,

Lucrez ca student în weekend la magazinul din Liège. De vreo două săptămâni a fost montată o cameră nouă pe holul din spate, îndreptată direct spre ușa toaletei personalului. Când ușa se deschide, se vede chiuveta și o parte din interior. I-am spus asta responsabilului de magazin, dar mi-a răspuns că „e pentru furturile din depozit” și că nu e treaba mea.

Nu mi se pare normal, și nici colegele mele nu se simt în largul lor. Vă rog să verificați această cameră. Dacă nu se schimbă nimic, voi depune o plângere la autoritatea belgiană pentru protecția datelor.

Ioana Georgescu""",
         "Ioana Georgescu"),
        ("deletion", (),
         "Ștergerea copiei după buletin",
         """Bună ziua,

Săptămâna trecută am ridicat o comandă click & collect (nr. 70044518) din magazinul din Leuven. Angajatul mi-a cerut buletinul și l-a scanat cu un telefon, „ca dovadă a ridicării”. Comanda era deja plătită online și aveam codul de ridicare.

Vă rog să ștergeți scanarea actului meu de identitate și orice date copiate de pe el și să-mi confirmați ștergerea.

Cu respect,
Florin Constantinescu""",
         "Florin Constantinescu"),
        ("other", (),
         "Am uitat o pungă la casă",
         """Bună ziua, ieri seară am uitat o pungă cu niște cadouri pentru copii la casa 4 din magazinul din Anvers (Meir). Ați găsit-o cumva? Pot trece mâine după-amiază să o iau. Mulțumesc mult! Simona Radu""",
         "Simona Radu"),
        ("other", (),
         "Plată dublă – terminalul de card",
         """Bună ziua,
Pe 4 noiembrie am plătit cu cardul în magazinul din Namur, terminalul a dat eroare, așa că am mai plătit o dată. Acum în aplicația băncii văd ambele plăți de 52,30 €. Vă rog să eliminați plata dublă și să-mi returnați suma. Am bonul și extrasul, vi le pot trimite dacă e nevoie.
O zi bună,
Gabriel Stoica""",
         "Gabriel Stoica"),
        ("other", (),
         "Comportamentul agentului de pază",
         """Bună ziua,

Vreau să semnalez comportamentul unui agent de pază de la magazinul din Bruges. Sâmbătă, 7 noiembrie, fiul meu de 14 ani a intrat singur să-și cumpere un încărcător. Agentul l-a urmărit pas cu pas prin tot magazinul și i-a vorbit urât când copilul a întrebat unde găsește cablurile. Băiatul a ieșit plângând.

Nu cer nimic altceva decât să discutați cu firma de pază despre felul în care vorbesc cu clienții, mai ales cu copiii.

Laura Munteanu""",
         "Laura Munteanu"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης – βίντεο και αναφορά συμβάντος",
         """Καλησπέρα σας,

Στις 16 Οκτωβρίου 2026 το απόγευμα, στο κατάστημά σας στη Λιέγη, χτύπησε ο συναγερμός στην έξοδο την ώρα που έβγαινα. Ο φύλακας μου ζήτησε να ανοίξω την τσάντα μου μπροστά σε όλους, δεν βρέθηκε τίποτα και τελικά αποδείχτηκε ότι ο συναγερμός χτύπησε λόγω του αντικλεπτικού σε ένα παντελόνι που είχα πληρώσει. Ο φύλακας κατέγραψε τα στοιχεία μου από την ταυτότητα.

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να μου αποστείλετε:
- αντίγραφο του βίντεο από τις κάμερες της εξόδου όπου εμφανίζομαι,
- αντίγραφο της αναφοράς συμβάντος που συνέταξε η εταιρεία φύλαξης,
- πληροφορίες για το ποιος έχει πρόσβαση σε αυτά και για πόσο καιρό θα διατηρηθούν.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος""",
         "Γεώργιος Παπαδόπουλος"),
        ("deletion", ("withdraw_consent", "objection"),
         "Wi-Fi καταστήματος – διαγραφή στοιχείων",
         """Γεια σας,

πριν από μερικούς μήνες συνδέθηκα στο δωρεάν Wi-Fi του καταστήματός σας στη Γάνδη και έδωσα το email μου. Από τότε:
1) μου στέλνετε προσφορές σχεδόν κάθε μέρα – δεν τις θέλω άλλο,
2) διάβασα ότι το δίκτυο αναγνωρίζει το κινητό μου κάθε φορά που μπαίνω και καταγράφει πού κινούμαι – αυτό δεν το δέχομαι.

Θέλω να διαγράψετε την εγγραφή μου στο Wi-Fi και όλα τα δεδομένα που έχουν συλλεχθεί μέσω αυτής, να σταματήσετε τα email και να μην παρακολουθείτε το κινητό μου μέσα στο κατάστημα.

Ευχαριστώ,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("withdraw_consent", (),
         "Όχι άλλα διαφημιστικά",
         """Καλημέρα. Στο ταμείο μου ζήτησαν το email για την ηλεκτρονική απόδειξη και από τότε έρχονται και διαφημιστικά. Δεν έδωσα το email μου γι' αυτό. Σταματήστε τα παρακαλώ – τις αποδείξεις μπορείτε να τις στέλνετε κανονικά.
Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),
        ("objection", (),
         "Αντίρρηση στη σάρωση ταυτότητας στο ταμείο",
         """Αξιότιμοι κύριοι,

Κατά την αγορά ενός μπουκαλιού ουίσκι στο κατάστημα των Βρυξελλών (Rue Neuve) στις 10 Νοεμβρίου, η ταμίας σάρωσε την ταυτότητά μου σε συσκευή για έλεγχο ηλικίας. Δεν έχω αντίρρηση να δείχνω την ταυτότητά μου, αλλά δεν βλέπω γιατί πρέπει να σαρώνεται και να αποθηκεύονται τα στοιχεία της.

Με βάση το άρθρο 21 του ΓΚΠΔ, προβάλλω αντίρρηση στην επεξεργασία των στοιχείων της ταυτότητάς μου με αυτόν τον τρόπο και ζητώ στο εξής ο έλεγχος να γίνεται μόνο οπτικά.

Με τιμή,
Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),
        ("complaint", ("deletion",),
         "Η φωτογραφία μου πίσω από το ταμείο!",
         """Καλησπέρα,

μια φίλη μου ψώνισε χθες στο κατάστημά σας στην Αμβέρσα και μου έστειλε φωτογραφία: πίσω από το ταμείο, δίπλα στα τσιγάρα, είναι κολλημένη μια φωτογραφία μου από κάμερα ασφαλείας με τη λέξη «LET OP». Πριν από δύο μήνες είχα μια παρεξήγηση με έναν υπάλληλο για μια επιστροφή, αυτό ήταν όλο. Δεν κατηγορήθηκα ποτέ για κλοπή.

Είναι απαράδεκτο να εκτίθεμαι έτσι μπροστά σε κάθε πελάτη και γείτονα. Ζητώ να κατέβει αμέσως η φωτογραφία και να διαγραφεί από όπου αλλού την έχετε, και περιμένω εξηγήσεις.

Σοφία Δημητρίου""",
         "Σοφία Δημητρίου"),
        ("restriction", (),
         "Απαγόρευση εισόδου – αναστολή μέχρι να ελεγχθεί",
         """Αξιότιμοι κύριοι/κυρίες,

Στις 5 Νοεμβρίου έλαβα επιστολή ότι μου απαγορεύεται η είσοδος στο κατάστημα της Λουβέν για έναν χρόνο, επειδή δήθεν «απείλησα υπάλληλο» στις 28 Οκτωβρίου. Εκείνη την ημέρα βρισκόμουν στην Αθήνα, κάτι που μπορώ να αποδείξω με τις κάρτες επιβίβασης. Προφανώς πρόκειται για λάθος πρόσωπο.

Επειδή αμφισβητώ την ακρίβεια αυτών των στοιχείων, ζητώ σύμφωνα με το άρθρο 18 του ΓΚΠΔ να περιοριστεί η επεξεργασία τους: μέχρι να ελεγχθεί η υπόθεση, η απαγόρευση να μην εφαρμόζεται και τα στοιχεία μου να μη διαβιβάζονται στην εταιρεία φύλαξης ή σε άλλα καταστήματα. Επισυνάπτω αντίγραφα των καρτών επιβίβασης.

Με εκτίμηση,
Αικατερίνη Νικολάου""",
         "Αικατερίνη Νικολάου"),
        ("portability", (),
         "Ιστορικό αγορών σε αρχείο",
         """Γεια σας,
θα ήθελα το ιστορικό των αγορών μου από τα ταμεία των καταστημάτων σας (κάρτα μέλους 6034 9902 3317 5540) σε αρχείο CSV ή JSON, για να το περάσω σε άλλη εφαρμογή διαχείρισης οικονομικών. Ένα αρχείο που να ανοίγει σε Excel είναι μια χαρά, όχι PDF.
Ευχαριστώ πολύ,
Κώστας Ιωάννου""",
         "Κώστας Ιωάννου"),
        ("other", (),
         "Ξέχασα το κασκόλ μου",
         """Καλησπέρα σας,
το Σάββατο 21/11 νομίζω ότι άφησα ένα μπλε μάλλινο κασκόλ στο κατάστημα του Σαρλερουά, μάλλον στα αυτόματα ταμεία. Μήπως το βρήκε κάποιος; Αν χρειαστεί, μπορείτε να κοιτάξετε και στις κάμερες πού το άφησα :) – εμένα πάντως με ενδιαφέρει μόνο να το πάρω πίσω.
Ευχαριστώ,
Μαρία Παπαγεωργίου""",
         "Μαρία Παπαγεωργίου"),
        ("other", (),
         "Χαλασμένο τερματικό καρτών",
         """Γεια σας, απλώς να σας ενημερώσω ότι το τερματικό καρτών στο ταμείο 1 του καταστήματος στη Γάνδη δεν δέχεται ανέπαφες πληρωμές εδώ και μέρες. Οι υπάλληλοι λένε «το ξέρουμε», αλλά κανείς δεν το φτιάχνει και η ουρά φτάνει ως τα ράφια. Καλό θα ήταν να το δείτε.
Θανάσης Μιχαηλίδης""",
         "Θανάσης Μιχαηλίδης"),
        ("other", (),
         "Ωράριο 11 Νοεμβρίου",
         """Καλημέρα σας,
θα είναι ανοιχτό το κατάστημα στην Μπρυζ στις 11 Νοεμβρίου (αργία); Στην εφαρμογή δεν αναφέρεται τίποτα. Επίσης, αν γίνεται, αφαιρέστε από την εφαρμογή το κατάστημα της Οστάνδης, που έχει κλείσει εδώ και μήνες και ακόμα εμφανίζεται.
Ευχαριστώ,
Ευάγγελος Σταματίου""",
         "Ευάγγελος Σταματίου"),
    ],
    "bg": [
        ("access", (),
         "Искане за достъп до лични данни по чл. 15 от ОРЗД",
         """Уважаеми госпожи и господа,

На основание чл. 15 от Общия регламент относно защитата на данните (ОРЗД) моля да ми потвърдите дали обработвате мои лични данни във връзка с посещенията ми във Вашите физически магазини и, ако да, да ми предоставите копие от тях. Интересуват ме по-специално:

1. данните, записани на касата при покупките ми (със и без карта за лоялност № 6034 4471 2208 6613);
2. записи от видеонаблюдението, на които фигурирам, от последните 30 дни, ако все още се съхраняват;
3. всякакви доклади за инциденти, бележки на охраната или други вътрешни записи, свързани с мен;
4. целите на обработването, получателите (напр. охранителна фирма, полиция) и сроковете за съхранение.

Пазарувам основно в магазина в Брюксел (Ixelles).

С уважение,
Милена Иванова""",
         "Милена Иванова"),
        ("correction", (),
         "Грешка в доклада за инцидент",
         """Здравейте,

На 27 октомври бях в магазина ви в Антверпен, когато охраната задържа един мъж за кражба. Дадох показания като свидетел и оставих името и телефона си. Днес ми се обадиха от полицията и се оказа, че в доклада на охранителната фирма, който сте им изпратили, съм записан като „заподозрян“, а не като свидетел.

Моля да коригирате доклада и всички ваши записи за този инцидент, така че да е ясно, че съм свидетел, и да уведомите полицията и охранителната фирма за поправката.

Благодаря,
Стефан Петров
0489 44 12 76""",
         "Стефан Петров"),
        ("deletion", ("withdraw_consent",),
         "Закриване на картата за лоялност",
         """Здравейте,
искам да закрия картата си за лоялност (№ 6034 1180 5562 9047) и да изтриете всички данни, свързани с нея – включително историята на покупките от касите. И моля, спрете SMS-ите с промоции на телефона ми.
Поздрави,
Десислава Георгиева""",
         "Десислава Георгиева"),
        ("restriction", ("access",),
         "Откраднато колело пред магазина – запазете записа",
         """Добър ден,

В четвъртък, 19 ноември, между 14:00 и 14:40 ми откраднаха колелото от стойката пред вашия магазин в Льовен, докато пазарувах. Подадох сигнал в полицията (номер на преписката LE.55.L1.045612/2026).

Моля да не изтривате записите от камерата над входа за този период, докато полицията не ги изиска – ще ви пишат официално. Също така бих искал да ги видя и аз, ако е възможно, за да разпозная крадеца.

Благодаря предварително,
Николай Димитров""",
         "Николай Димитров"),
        ("objection", (),
         "Камерата, която „брои лица“",
         """Здравейте,

Видях на входа на магазина в Гент табела, че камерата там „брои посетителите чрез анализ на лицето“. Не съм съгласна лицето ми да се анализира всеки път, когато вляза да си купя нещо. Възразявам срещу това обработване на моите данни и искам да ме изключите от него. Ако системата не може да изключи отделен човек, значи не бива да се използва така.

Весела Тодорова""",
         "Весела Тодорова"),
        ("complaint", (),
         "Оплакване – личните ми данни прочетени на глас на гишето",
         """Здравейте,

Вчера взимах поръчка click & collect от магазина в Шарлероа. Служителят на гишето прочете на висок глас цялото ми име, адреса, телефона и какво точно съм поръчала – пред опашка от десетина души, сред които и познати от квартала. Когато го помолих да говори по-тихо, каза, че „трябва да провери данните“.

Смятам, че това е грубо нарушение на поверителността ми. Настоявам да ми отговорите какви мерки ще вземете, за да не се повтаря. Ако не получа отговор, ще подам жалба до белгийския орган за защита на данните.

Радостина Колева""",
         "Радостина Колева"),
        ("withdraw_consent", (),
         "",
         """Здравейте, регистрирах се в безплатния wifi в магазина ви в Монс и оттогава ми идват оферти по имейла. Не ги искам, махнете ме от списъка.
Иван""",
         "Иван Стоянов"),
        ("other", (),
         "Забравени ключове на касата",
         """Добър ден,
днес около обяд си забравих ключовете (с червен ключодържател с надпис „Пловдив“) на лентата на каса 3 в магазина в Брюксел, Ixelles. Намерени ли са? Мога да мина утре сутринта.
Благодаря!
Мария Стоянова""",
         "Мария Стоянова"),
        ("other", (),
         "Грубо отношение от охранител",
         """Здравейте,
искам да се оплача от охранителя в магазина в Антверпен (Meir). В събота, докато плащах, ми каза с много груб тон да „махна“ раницата от лентата, защото „пречи“, а после продължи да ме коментира пред колегата си на нидерландски, мислейки, че не разбирам. Разбирам.
Не е нужно да ми се извинявате лично, но моля, поговорете с него или с фирмата.
Христо Маринов""",
         "Христо Маринов"),
        ("other", (),
         "Различна цена на рафта и на касата",
         """Здравейте, в магазина в Намюр на рафта с кафето пише 4,99 €, а на касата ме таксуваха 6,49 €. Касиерката каза, че „в системата е друга цена“ и да ви пиша. Моля, върнете ми разликата и оправете етикета. Бележката е № 1187-0456.
Поздрави, Борислав Атанасов""",
         "Борислав Атанасов"),
    ],
}

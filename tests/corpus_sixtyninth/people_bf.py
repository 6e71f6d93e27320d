"""Person mail for the sixtyninth set (pl cs hr sv ro el bg): the shop floor and its technology (guest Wi-Fi and footfall counting, beacons, self-checkout cameras and age checks, smart carts and shelf labels, face recognition, body cameras, shoplifting accusations, store bans, number-plate cameras, lost property) and mail that asks nothing of the privacy team. Written apart from the rules (see make_sixtyninth.py)."""

PEOPLE_BF = {
    "pl": [
        ("access", (),
         "Powiadomienia w aplikacji – skąd wiecie, gdzie stoję?",
         """Dzień dobry,

w sobotę 7 marca byłam w Waszym sklepie przy Chaussée de Wavre w Etterbeek. Miałam w telefonie Waszą aplikację (karta stałego klienta jest na to samo konto). Kiedy podeszłam do regału z winami, telefon wyświetlił powiadomienie „Witaj w dziale win! -20% na wina z Portugalii”, a przy kasach kolejne – o kawie, którą kupuję co tydzień.

Rozumiem, że w sklepie są jakieś nadajniki Bluetooth (beacony?), ale nie przypominam sobie, żebym się na coś takiego zgadzała.

Chciałabym więc wiedzieć:
– jakie dane o mojej lokalizacji w sklepie zapisujecie (które działy, o której godzinie, jak długo tam stałam?),
– od kiedy to robicie i jak długo je przechowujecie,
– czy te informacje trafiają do kogoś poza Wami, np. do producentów wina albo do firmy od beaconów,
– na jakiej podstawie to się odbywa i gdzie rzekomo wyraziłam zgodę.

Proszę też o kopię tych danych. Numer karty: 2604 1187 3320 5, e-mail jak w nadawcy.

Z poważaniem
Marta Kowalczyk""",
         "Marta Kowalczyk"),
        ("restriction", (),
         "Kasa samoobsługowa 21.03 – proszę NIE kasować nagrania",
         """Dzień dobry,

21 marca w sklepie w Leuven (Diestsesteenweg) przy kasie samoobsługowej podeszła do mnie pracownica i powiedziała, że kamera nad kasą „wykryła”, że nie zeskanowałam maślanki. Zeskanowałam, mam paragon, ale kierownik uznał, że „system się nie myli”, spisał moje dane z karty lojalnościowej i powiedział, że sprawa trafi do rejestru incydentów.

Nie proszę o usunięcie czegokolwiek – wręcz przeciwnie. Nagranie z tej kasy i wpis w rejestrze są mi potrzebne, bo sprawą zajmuje się mój prawnik. Proszę, żeby:
– nagranie z 21.03 (ok. 17:10–17:25, kasa nr 4) nie zostało skasowane po upływie zwykłego okresu przechowywania,
– ale żeby do czasu wyjaśnienia sprawy nie było wykorzystywane do niczego innego, w szczególności do zakazu wstępu ani do przekazania innym sklepom sieci.

Czyli ograniczenie przetwarzania z art. 18 RODO. Proszę o potwierdzenie.

Katarzyna Lewandowska""",
         "Katarzyna Lewandowska"),
        ("other", (),
         "Nie działa Wi-Fi dla klientów",
         """Dzień dobry,

od tygodnia nie mogę się połączyć z siecią „Guest-Free-WiFi” w sklepie w Schaerbeek. Strona logowania się otwiera, wpisuję e-mail, zaznaczam zgodę na przetwarzanie danych osobowych i regulamin, klikam „Połącz” – i strona ładuje się w kółko. Na dwóch telefonach to samo (Android i iPhone).

W sklepie prawie nie ma zasięgu komórkowego, a płacę aplikacją banku, więc Wi-Fi jest mi naprawdę potrzebne. Czy możecie przekazać to do działu technicznego?

Pozdrawiam
Joanna Mazur""",
         "Joanna Mazur"),
        ("objection", ("deletion",),
         "Sprzeciw – liczenie telefonów przy wejściu (art. 21 RODO)",
         """Szanowni Państwo,

przy wejściu do sklepu w Anderlechcie (Boulevard Sylvain Dupuis) wisi niewielka tablica z informacją, że „w celach statystycznych rejestrowane są sygnały Wi-Fi i Bluetooth urządzeń mobilnych”. Rozumiem, że oznacza to, iż mój telefon jest rozpoznawany po adresie MAC za każdym razem, gdy wchodzę do sklepu – a bywam tam kilka razy w tygodniu, bo mieszkam obok.

Na podstawie art. 21 ust. 1 RODO wnoszę sprzeciw wobec przetwarzania danych mojego urządzenia do pomiaru ruchu klientów (tzw. footfall), opartego na Państwa prawnie uzasadnionym interesie. Nie widzę powodu, dla którego Państwa statystyka miałaby przeważać nad moim prawem do tego, by nie być śledzonym w drodze po chleb.

Jednocześnie żądam usunięcia wszystkich danych już zebranych na temat mojego urządzenia (art. 17 ust. 1 lit. c RODO). Adres MAC mojego telefonu (wyłączyłem losowy adres, żeby to sprawdzić): 3C:22:FB:91:0E:47.

Proszę o pisemne potwierdzenie w terminie, o którym mowa w art. 12 ust. 3 RODO.

Z poważaniem
Tomasz Wiśniewski
Rue Wayez 112, 1070 Anderlecht""",
         "Tomasz Wiśniewski"),
        ("correction", (),
         "Rejestr incydentów",
         """Dzień dobry,

po zdarzeniu z 28 lutego w sklepie w Mechelen dostałem list, w którym zacytowano wpis z Państwa rejestru incydentów: „klient odmówił okazania zawartości torby i zachowywał się agresywnie wobec ochrony”.

To nieprawda. Ochroniarz poprosił mnie o pokazanie plecaka, pokazałem go od razu i bez dyskusji, w środku był tylko laptop i drugie śniadanie. Po dwóch minutach przeprosił i wyszedłem. Żadnej agresji nie było, świadkiem była kasjerka z kasy nr 2.

Proszę o sprostowanie tego wpisu (art. 16 RODO): wykreślenie zdań o odmowie i agresji oraz dopisanie, że kontrola niczego nie wykazała. Jeżeli nie możecie zmienić samego wpisu, proszę przynajmniej dołączyć do niego moje oświadczenie powyżej.

Paweł Zieliński
Brusselsesteenweg 9, 2800 Mechelen""",
         "Paweł Zieliński"),
        ("deletion", ("withdraw_consent",),
         "wifi",
         """dzien dobry
zalogowalam sie kiedys do waszego darmowego wifi w sklepie w Ixelles podajac maila i od tej pory dostaje reklamy 2x w tygodniu. prosze usunac moj mail i wszystko co zapisaliscie przy logowaniu i nie wysylac mi juz nic
dzieki
Ola Nowak""",
         "Aleksandra Nowak"),
        ("complaint", ("access",),
         "Re: Nagranie z kamery nasobnej – brak odpowiedzi",
         """Dzień dobry,

13 lutego napisałam do Państwa z prośbą o kopię nagrania z kamery, którą ochroniarz miał przypiętą do kamizelki 9 lutego ok. 18:30 w sklepie w Gandawie (Dampoort). Był wtedy spór o to, czy zapłaciłam za torbę, ochroniarz zatrzymał mnie przy wyjściu i powiedział wprost: „wszystko jest nagrywane”.

Minął ponad miesiąc. Nie dostałam nic – ani nagrania, ani potwierdzenia, nawet automatycznej odpowiedzi. Dzwoniłam do sklepu dwa razy i za każdym razem odsyłano mnie do „działu prywatności”, czyli na ten adres.

Uważam to za lekceważenie. RODO daje Wam miesiąc, a nie „kiedyś”. Jeśli w ciągu 7 dni nie dostanę nagrania (albo przynajmniej informacji, co się z nim stało i czy w ogóle zostało zachowane), złożę skargę do belgijskiego organu ochrony danych (APD/GBA).

Agnieszka Dąbrowska
tel. +32 470 18 44 63""",
         "Agnieszka Dąbrowska"),
        ("portability", (),
         "Pytanie",
         """Dzień dobry,

od zeszłego roku robię zakupy Waszym inteligentnym wózkiem (ten z ekranem i skanerem, logowanie kartą klienta). Wózek zapisuje każdą listę zakupów i każdy paragon na moim koncie.

Przechodzę na inną aplikację do domowego budżetu i chciałbym zabrać te dane ze sobą. Czy możecie mi przesłać historię zakupów z wózka i z aplikacji (data, sklep, produkty, ceny) w pliku CSV albo JSON? W aplikacji nie ma żadnego przycisku eksportu.

Karta: 2604 5512 0098 1

Pozdrawiam
Michał Kamiński""",
         "Michał Kamiński"),
        ("withdraw_consent", (),
         "Konto",
         """Dzień dobry,

przy instalacji aplikacji zaznaczyłem zgodę na „spersonalizowane oferty na podstawie mojej lokalizacji w sklepie”. Wycofuję tę zgodę.

Uwaga: NIE chcę usuwać konta ani karty, zbieram punkty i chcę dalej korzystać z aplikacji. Chodzi tylko o to, żeby aplikacja przestała sprawdzać, przy którym regale stoję, i przestała wysyłać mi z tego powodu oferty. Bluetooth wyłączyłem sam, ale nie chcę, żeby po jego włączeniu wszystko wracało.

Dziękuję,
Krzysztof Wójcik""",
         "Krzysztof Wójcik"),
        ("other", (),
         "Mandat z parkingu – jak zapłacić?",
         """Dzień dobry,
dostałem pocztą wezwanie do zapłaty 35 euro od firmy, która zarządza Waszym parkingiem w Zaventem – kamera zarejestrowała moją tablicę 1-KPW-382, wjazd 10:02, wyjazd 12:14, a darmowe jest 90 minut. Zgadza się, byłem dłużej, nie kwestionuję.

Problem w tym, że w liście nie ma numeru konta, jest tylko kod QR, który nie działa. Gdzie i jak mogę to zapłacić, żeby nie doszły dodatkowe koszty? Numer sprawy: PV-2026-0417-8831.

Dziękuję
Grzegorz Szymański""",
         "Grzegorz Szymański"),
    ],
    "cs": [
        ("complaint", ("deletion",),
         "Stížnost – ověření věku u samoobslužné pokladny",
         """Dobrý den,

chci si stěžovat na to, co se mi stalo 18. března ve Vaší prodejně v Namuru.

Kupovala jsem u samoobslužné pokladny láhev vína a pokladna se zablokovala kvůli ověření věku (je mi 34 let, ale budiž). Přišel mladý zaměstnanec, vzal si můj občanský průkaz a vyfotil si ho svým soukromým mobilem. Když jsem se ptala proč, řekl, že „to tak dělají, kdyby přišla kontrola“. Celé to probíhalo před frontou lidí.

Připadá mi to naprosto nepřijatelné. Zaměstnanec má teď v soukromém telefonu fotku mého průkazu včetně rodného čísla, adresy a podpisu a nikdo mi neumí říct, kam ta fotka putuje dál.

Žádám, abyste zajistili smazání té fotografie z jeho telefonu i odkudkoli, kam ji případně poslal, a písemně mi to potvrdili. Pokud se mi do dvou týdnů neozvete, podám stížnost u belgického úřadu pro ochranu osobních údajů (APD).

Tereza Černá""",
         "Tereza Černá"),
        ("access", (),
         "Kamery na parkovišti – žádost o informace",
         """Dobrý den,

dne 2. dubna 2026 mi přišla výzva k úhradě „parkovacího poplatku“ 45 EUR od společnosti, která provozuje parkoviště u Vaší prodejny ve Waterloo. Podle dopisu kamera na vjezdu přečetla registrační značku mého vozu (1-GTR-556) a spočítala, že jsem parkoval 3 hodiny 12 minut.

Samotnou pokutu teď řešit nechci, chci ale vědět, co se o mně a o mém autě ukládá. Podle čl. 15 GDPR Vás proto žádám o:
1. kopii všech fotografií a záznamů pořízených při mém vjezdu a výjezdu,
2. informaci, jak dlouho tyto údaje uchováváte a kdo je jejich správcem – Vy, nebo provozovatel parkoviště,
3. informaci, zda registrační značku propojujete s mou věrnostní kartou nebo účtem v aplikaci,
4. seznam příjemců (provozovatel, inkasní agentura?) a odkud jste vzali mou adresu.

Děkuji a zdravím
Jan Novák
Avenue de la Fermette 14, 1410 Waterloo""",
         "Jan Novák"),
        ("other", (),
         "Zapomenutý deštník",
         """Dobrý den,

ve čtvrtek 16. dubna odpoledne jsem ve Vaší prodejně v Lovani (Bondgenotenlaan) zapomněla u samoobslužných pokladen deštník – dlouhý, tmavě modrý, s dřevěnou rukojetí, na rukojeti je nálepka se jménem „K. Marešová“. Nevíte, jestli se našel? Kdy a kde si ho můžu vyzvednout?

Omlouvám se, jestli píšu na špatnou adresu, na webu jsem jinou nenašla.

Kateřina Marešová""",
         "Kateřina Marešová"),
        ("deletion", (),
         "Konec zákazu vstupu",
         """Dobrý den,

v říjnu 2025 jsem po incidentu v prodejně v Antverpách (Berchem) dostal zákaz vstupu na šest měsíců. Uznávám, že jsem se tehdy nezachoval správně, a zákaz jsem dodržel.

Zákaz skončil 14. dubna 2026. Žádám proto, abyste vymazali mé údaje z registru incidentů, včetně fotografie, kterou má ochranka u vchodu na seznamu osob se zákazem vstupu, a kopie mého občanského průkazu, kterou si tehdy pořídili. Po skončení zákazu už nemáte důvod je uchovávat (čl. 17 GDPR).

Prosím o potvrzení, že se tak stalo.

Petr Svoboda""",
         "Petr Svoboda"),
        ("objection", (),
         "Dotaz k elektronickým cenovkám",
         """Dobrý den,

kamarád, který pracuje v IT, mi tvrdil, že nové elektronické cenovky ve Vaší prodejně v Ixelles mají v sobě malé kamery a měří, kdo se na které zboží dívá a jak dlouho, a prý odhadují i věk a pohlaví. Je to pravda?

Pokud ano, tak s tím nesouhlasím a vznáším námitku proti jakémukoli zpracování mého obličeje nebo mého chování u regálů pro marketingové či analytické účely. Nakupuji u Vás kvůli cenám, ne proto, abych byla součástí průzkumu.

S pozdravem
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("correction", (),
         "špatné datum narození v aplikaci",
         """Dobrý den,
v aplikaci mám jako datum narození 03.07.2009 místo 03.07.1990 – asi jsem se při registraci překlepl. Kvůli tomu mi chytrý vozík i samoobslužná pokladna pokaždé zablokují pivo a musím čekat na obsluhu. Můžete to prosím opravit? Občanku klidně ukážu na prodejně.
Díky
Ondřej Procházka
karta 2604 7730 1145 8""",
         "Ondřej Procházka"),
        ("withdraw_consent", (),
         "",
         """dobry den, odvolavam souhlas se sledovanim me polohy v prodejne pres bluetooth a s notifikacemi podle toho kde zrovna stojim. ucet v aplikaci si chci nechat. diky, Hana Pokorna""",
         "Hana Pokorná"),
        ("restriction", (),
         "Pokuta z parkoviště – značka není moje",
         """Dobrý den,

dostal jsem výzvu k zaplacení 60 EUR za parkování na parkovišti u Vaší prodejny v Evere dne 11. března. Na fotografii v dopise je ale jasně vidět jiné auto (bílá dodávka Renault) s jinou značkou, 1-HBR-731; já mám 1-HBR-781 a šedou Škodu Octavii. Kamera zřejmě přečetla 3 jako 8. Celý ten den jsem byl v práci v Lovani, můžu to doložit.

Dokud se to nevyjasní, žádám o omezení zpracování mých údajů (čl. 18 odst. 1 písm. a) GDPR): nepředávejte je prosím inkasní agentuře ani nikomu dalšímu a neposílejte mi další upomínky. Námitku proti samotné pokutě jsem poslal i provozovateli parkoviště.

S pozdravem
Jiří Veselý""",
         "Jiří Veselý"),
        ("portability", ("access",),
         "Export dat z aplikace",
         """Dobrý den,

rád bych využil své právo na přenositelnost údajů podle čl. 20 GDPR. Prosím o zaslání údajů z mého účtu ve Vaší aplikaci ve strojově čitelném formátu (JSON nebo CSV): elektronické účtenky, nákupní seznamy, body z věrnostního programu.

Zároveň bych chtěl vědět, jaké údaje o mém pohybu po prodejně aplikace zaznamenala přes beacony – pokud nějaké existují, pošlete mi prosím i jejich kopii. V nastavení telefonu vidím, že aplikace měla přístup k Bluetooth i k poloze.

Účet: martin.kucera84@seznam.cz

Děkuji
Martin Kučera""",
         "Martin Kučera"),
        ("other", (),
         "Otevírací doba",
         """Dobrý den, máte v pondělí 6. dubna (Velikonoční pondělí) otevřeno? A platí na parkovišti i ten den 90 minut zdarma? Děkuji, Veronika Králová""",
         "Veronika Králová"),
    ],
    "hr": [
        ("objection", (),
         "Prepoznavanje lica?",
         """Poštovani,

u jednim belgijskim novinama pročitao sam da neki trgovački lanci testiraju kamere s prepoznavanjem lica kako bi odmah prepoznali osobe koje su već ranije uhvaćene u krađi. Spominjala se i Vaša trgovina u Antwerpenu kod Groenplaatsa.

Ne znam je li to za Vas točno, ali ako jest – protivim se tome da se moje lice na bilo koji način analizira, uspoređuje ili pohranjuje u takvom sustavu. Kupujem kod Vas gotovo svaki dan i ne želim biti „skeniran“ svaki put kad uđem.

Molim da to uvažite.

Luka Jurić""",
         "Luka Jurić"),
        ("other", (),
         "Wi-Fi",
         """Dobar dan, wifi za kupce u trgovini u Etterbeeku ne radi vec tri dana, stranica za prijavu javlja "error 503". Mozete li to popraviti? Hvala, Ivan Pavlovic""",
         "Ivan Pavlović"),
        ("access", (),
         "Zahtjev za pristup snimci kamere na tijelu zaštitara",
         """Poštovani,

dana 6. ožujka 2026. oko 19:40 h, na izlazu iz Vaše trgovine u Bruxellesu (Rue Neuve), zaustavio me zaštitar jer se oglasio alarm na vratima. Tijekom razgovora uključio je kameru koju je nosio na prsima i rekao da „sve snima“. Na kraju se pokazalo da je alarm aktivirala zaštitna naljepnica na jakni koju sam prošli tjedan kupila kod Vas.

Na temelju članka 15. Opće uredbe o zaštiti podataka (GDPR) molim:
1. presliku snimke s kamere na tijelu zaštitara od navedenog datuma i vremena (slika i zvuk),
2. informaciju tko je snimku pregledao i je li proslijeđena nekome (npr. zaštitarskoj tvrtki ili policiji),
3. informaciju koliko se dugo takve snimke čuvaju.

Očekujem odgovor u roku od mjesec dana, kako propisuje članak 12. Uredbe.

S poštovanjem,
Ivana Horvat
Rue du Midi 87, 1000 Bruxelles""",
         "Ivana Horvat"),
        ("complaint", ("deletion",),
         "Pritužba – neopravdana optužba za krađu",
         """Poštovani,

pišem Vam jer sam još uvijek ljut i ponižen zbog onoga što mi se dogodilo u subotu, 11. travnja 2026., u Vašoj trgovini u Liègeu.

Platio sam na samoposlužnoj blagajni, uzeo račun i krenuo prema izlazu. Zaštitar me zaustavio pred svima, rekao da me „kamera vidjela kako stavljam nešto u džep“ i tražio da ispraznim džepove i ruksak nasred trgovine. Nije našao ništa. Umjesto isprike uzeo je moju osobnu iskaznicu, prepisao podatke i rekao da ću „ionako biti upisan u registar, za svaki slučaj“.

Dakle: ništa nisam ukrao, pretražen sam javno, a sada sam još i u nekakvom registru incidenata kao da jesam. To je sramotno ponašanje prema meni i prema mojoj djeci, koja su sve to gledala.

Zahtijevam da se moji podaci odmah izbrišu iz registra incidenata i da mi to pisano potvrdite. Ako ne dobijem odgovor, obratit ću se belgijskom tijelu za zaštitu podataka.

Nikola Kovačević
Rue Saint-Gilles 140, 4000 Liège""",
         "Nikola Kovačević"),
        ("withdraw_consent", ("objection",),
         "wifi reklame",
         """bok, spojila sam se na vas wifi preko facebooka i sad mi stalno iskacu vase reklame na instagramu i fejsu. povlacim privolu za to i ne zelim da koristite moje podatke za marketing. hvala
Petra""",
         "Petra Knežević"),
        ("deletion", ("access",),
         "Izgubljeni novčanik",
         """Pozdrav,

prošli tjedan izgubio sam novčanik u Vašoj trgovini u Gentu i, na sreću, netko ga je predao na blagajnu. Hvala na tome!

Kad sam ga došao preuzeti, djelatnica je fotografirala moju osobnu iskaznicu i vozačku dozvolu iz novčanika „za evidenciju izgubljenih stvari“, upisala moj broj mobitela i adresu u neki sustav, a fotografirala je i mene dok sam potpisivao preuzimanje.

Novčanik sam dobio, stvar je zatvorena. Molim Vas da izbrišete sve te fotografije i podatke iz evidencije izgubljenih stvari. Također bih molio da mi javite što ste sve točno spremili i tko još tome ima pristup, jer na osobnoj mi je i OIB.

Lijep pozdrav,
Marko Babić""",
         "Marko Babić"),
        ("other", (),
         "Kazna za parkiranje – plaćanje",
         """Poštovani,

na vjetrobranskom staklu našao sam obavijest o kazni od 35 € jer sam prekoračio besplatno vrijeme parkiranja kod Vaše trgovine u Mechelenu (piše da je kamera na ulazu snimila moje vozilo, ZG 4471-HK, hrvatske tablice). Sve u redu, zaboravio sam na vrijeme.

Mogu li kaznu platiti na blagajni u trgovini ili mora ići preko banke? Ako preko banke, trebam IBAN i poziv na broj, jer ih na obavijesti nema. Ništa drugo mi ne treba.

Hvala,
Tomislav Perić""",
         "Tomislav Perić"),
        ("restriction", (),
         "Snimka s parkirališta – molim da je sačuvate",
         """Poštovani,

20. ožujka, dok sam bila u kupovini u Vašoj trgovini u Zaventemu, netko mi je na parkiralištu udario auto (lijevi stražnji branik) i otišao. Prijavila sam to osiguranju, a osiguranje traži dokaze.

Na parkiralištu imate kamere koje na ulazu i izlazu čitaju registarske oznake, a vjerojatno i obične nadzorne kamere. Molim Vas da snimke i zapise od 20. ožujka između 10:30 i 12:00 ne izbrišete nakon uobičajenog roka, nego da ih sačuvate dok ih moje osiguranje ili policija ne zatraže – ali da ih u međuvremenu ne koristite ni za što drugo. Moja registracija: 1-FZK-209.

Broj štete kod osiguranja: 2026/33918.

Unaprijed hvala,
Sanja Marić""",
         "Sanja Marić"),
        ("correction", (),
         "Ime u aplikaciji",
         """Dobar dan,
u aplikaciji i na e-računima piše mi ime „Ana Durdevic“, a ispravno je „Ana Đurđević“. Znam da Vaš sustav možda ne voli slovo „Đ“, ali stavite barem „Ana Djurdjevic“, jer kod provjere dobi na blagajni traže da se ime podudara s osobnom. Molim ispravak.
Hvala,
Ana Đurđević""",
         "Ana Đurđević"),
        ("other", (),
         "Suradnja – anonimno brojanje posjetitelja, 100 % u skladu s GDPR-om",
         """Poštovani,

ja sam Dario Vuković, voditelj prodaje u tvrtki Brojilo d.o.o. iz Zagreba, a od ove godine živim u Bruxellesu i vodim naš ured za Beneluks. Razvijamo senzore za brojanje posjetitelja i toplinske karte kretanja kupaca u trgovinama koji rade isključivo s anonimiziranim podacima: ne spremamo MAC adrese, ne snimamo lica, nema obrade osobnih podataka ni potrebe za privolom kupaca. Sustav je prošao procjenu učinka na zaštitu podataka (DPIA).

Već radimo s trgovačkim lancima u Hrvatskoj, Sloveniji i Austriji. Bi li Vam odgovarao kratak online sastanak od 20 minuta sljedeći tjedan? Rado ću Vam poslati i studiju slučaja.

Srdačan pozdrav,
Dario Vuković
Brojilo d.o.o., Radnička cesta 52, 10000 Zagreb
+32 470 55 28 41""",
         "Dario Vuković"),
    ],
    "sv": [
        ("access", ("objection",),
         "Begäran om registerutdrag – mätning av besökare via Wi-Fi",
         """Hej,

Vid entrén till er butik i Gent (Korenmarkt) sitter en skylt om att ”anonyma signaler från mobiltelefoner” registreras för att mäta antalet besökare och hur länge de stannar. Jag handlar där nästan varje dag på väg hem från jobbet och har alltid Wi-Fi påslaget.

Med stöd av artikel 15 i dataskyddsförordningen (GDPR) begär jag att få veta:
– om ni eller er leverantör har registrerat min telefons MAC-adress eller någon annan identifierare (min MAC-adress: A4:83:E7:2C:19:5B),
– i så fall vilka uppgifter (tidpunkter, vistelsetid, position i butiken) och hur länge de sparas,
– vilket företag som sköter mätningen,
– hur ”anonymt” det egentligen är om samma telefon känns igen varje dag.

Oavsett svaret invänder jag mot att min telefon används för den här typen av mätning framöver (artikel 21).

Vänliga hälsningar
Anna Bergström
Sint-Pietersnieuwstraat 120, 9000 Gent""",
         "Anna Bergström"),
        ("other", (),
         "Dubbeldragning självutcheckning",
         """Hej,

Jag vet att det här är adressen för personuppgiftsfrågor, men formuläret hos kundtjänst ger bara felmeddelande, så jag försöker här.

Den 10 april betalade jag 47,85 € med kort i självutcheckningen i er butik i Gent-Dampoort. Beloppet har dragits två gånger från mitt konto, men e-kvittot i appen visar bara ett köp. Ni behöver inte skicka mig några uppgifter om mig eller så – jag vill bara ha tillbaka de 47,85 € som drogs en gång för mycket.

Kvittonummer: SCO-0410-88371-2026

Tack,
Emma Wallin""",
         "Emma Wallin"),
        ("restriction", (),
         "Ang. ert brev om tillträdesförbud",
         """Hej,

Jag har fått ert brev daterat 2 april 2026 om att jag har tillträdesförbud till alla era butiker i Bryssel i ett år, på grund av en händelse den 24 mars där jag enligt er incidentrapport ska ha ”hotat personal”.

Det stämmer inte, och jag har överklagat beslutet skriftligen till butikschefen. Tills saken är utredd begär jag att ni begränsar behandlingen av mina uppgifter i incidentregistret (artikel 18.1 a och d GDPR), det vill säga att ni inte delar mitt namn eller foto med andra butiker, väktarbolaget eller någon annan, och inte använder uppgifterna för att neka mig inträde medan utredningen pågår. Radera ingenting – jag vill att allt finns kvar till utredningen.

Med vänliga hälsningar
Niklas Sjöberg
Avenue Louise 331, 1050 Ixelles""",
         "Niklas Sjöberg"),
        ("portability", (),
         "Exportera mina köp",
         """Hej!

Jag har använt er smarta kundvagn (den med skärm där man skannar själv och loggar in med kundkortet) sedan i höstas, och allt sparas i appen: inköpslistor, kvitton, vilka erbjudanden jag har använt.

Kan ni skicka mig allt det där i en fil som jag kan läsa in i ett annat program, helst CSV eller JSON? Jag vill föra in det i min hushållsbudget och det finns ingen exportfunktion i appen.

Kundkort: 2604 3318 7742 0

Tack på förhand!
Erik Lindqvist""",
         "Erik Lindqvist"),
        ("withdraw_consent", (),
         "samtycke",
         """hej! jag kryssa i rutan för erbjudanden när jag loggade in på gäst-wifit i er butik i Etterbeek. vill dra tillbaka det samtycket, vill inte ha fler mejl. tack /Lina""",
         "Lina Åberg"),
        ("complaint", ("deletion",),
         "Klagomål på väktare med kroppskamera",
         """Hej,

Jag vill framföra ett klagomål på det som hände i er butik i Leuven lördagen den 18 april runt kl. 11.

Min son (9 år) hade tagit en godisbit ur en öppen påse vid kassan – dumt, och jag betalade direkt för hela påsen. Trots det kom en väktare fram, satte igång kroppskameran på sin väst och filmade min son på nära håll medan han frågade honom om namn och skola. Min son grät. När jag bad väktaren sluta filma och prata med mig i stället svarade han att ”regler är regler”.

Jag tycker att det är helt oproportionerligt att filma ett barn på det sättet för en godisbit som redan var betald, och jag förväntar mig en ursäkt från butiken.

Jag kräver också att filmen på min son raderas och att ni bekräftar det. Får jag inget svar kommer jag att vända mig till den belgiska dataskyddsmyndigheten.

Maria Holm""",
         "Maria Holm"),
        ("deletion", (),
         "Borttappad anteckningsbok",
         """Hej,

Tack för att ni tog hand om anteckningsboken som jag glömde vid kassan i butiken i Brugge den 2 april – den är tillbaka hos mig nu.

En sak störde mig dock. När jag hämtade den berättade personalen att de hade fotograferat första sidan (med mitt namn, adress och telefonnummer) och ”några sidor till för att kunna identifiera ägaren” och lagt in bilderna i ert system för hittegods. Det är en privat dagbok, och de sidorna innehåller saker som ingen annan ska läsa.

Jag vill att ni raderar de bilderna och min registrering i hittegodssystemet nu när boken är återlämnad.

Mvh
Karin Nyström""",
         "Karin Nyström"),
        ("objection", (),
         "Appen – jag vill INTE avsluta kontot",
         """Hej,

Jag har förstått av er integritetspolicy att appen använder beacons i butiken för att se vilka avdelningar jag går till, och att ni använder det för att bygga en profil och skicka ”relevanta erbjudanden”.

Jag invänder mot den profileringen enligt artikel 21 GDPR. Däremot vill jag INTE avsluta mitt konto eller få min bonushistorik raderad – jag vill fortsätta använda appen för digitala kvitton och bonus, bara utan att ni följer mina steg mellan hyllorna.

Tack,
Johan Ek""",
         "Johan Ek"),
        ("correction", (),
         "Fel registreringsnummer kopplat till mitt konto",
         """Hej,

I appen kan man registrera sin bil för att få parkera längre gratis när man handlar (kamerorna vid infarten läser av skylten). Jag registrerade min bil i januari, men nu ser jag att det står 1-JXP-442 i mitt konto – min bil har 1-JXP-424. Antagligen skrev jag fel själv, men det går inte att ändra i appen.

Följden blev att jag fick en parkeringsavgift för besöket den 9 april, eftersom systemet inte kände igen bilen. Kan ni rätta registreringsnumret i mitt konto? Avgiften tar jag upp med parkeringsbolaget separat.

Sara Lundgren""",
         "Sara Lundgren"),
        ("other", (),
         "Fråga",
         """Hej, har ni öppet torsdagen den 14 maj (Kristi himmelsfärd)? Och är självutcheckningen öppen då eller bara de bemannade kassorna? Tack! /Per Sandberg""",
         "Per Sandberg"),
    ],
    "ro": [
        ("deletion", ("objection",),
         "Cerere de ștergere a datelor – rețeaua Wi-Fi pentru clienți și numărarea vizitatorilor",
         """Stimată doamnă, stimate domn,

Subsemnatul Andrei Ionescu, cu domiciliul în Chaussée de Louvain 402, 1030 Schaerbeek, client al magazinului dumneavoastră de pe aceeași stradă, vă adresez prezenta cerere.

În temeiul art. 17 din Regulamentul (UE) 2016/679 (GDPR), vă solicit ștergerea tuturor datelor cu caracter personal care mă privesc, colectate prin rețeaua Wi-Fi pentru clienți a magazinului, în special:
– adresa de e-mail și numărul de telefon introduse la autentificare,
– istoricul conexiunilor și adresele MAC ale dispozitivelor mele,
– orice date folosite pentru „numărarea vizitatorilor” sau pentru statistici privind timpul petrecut în magazin.

Totodată, în temeiul art. 21, mă opun oricărei prelucrări ulterioare a semnalelor emise de telefonul meu în scopul măsurării traficului din magazin.

Vă rog să-mi confirmați în scris îndeplinirea cererii, în termenul de o lună prevăzut la art. 12 alin. (3). În lipsa unui răspuns, mă voi adresa Autorității belgiene pentru protecția datelor.

Cu deosebită considerație,
Andrei Ionescu""",
         "Andrei Ionescu"),
        ("other", (),
         "wifi nu merge",
         """salut, in magazinul din Waterloo wifi-ul pt clienti nu merge, accept termenii si conditiile si politica de protectia datelor si apoi imi zice "sesiune expirata". am incercat de 3 ori azi. puteti sa va uitati? mersi, Bogdan""",
         "Bogdan Preda"),
        ("access", (),
         "Camerele din parcare",
         """Bună ziua,

Parchez aproape zilnic în parcarea magazinului dumneavoastră din Anderlecht (sunt clientă fidelă, locuiesc la două străzi). Am observat că la intrare și la ieșire sunt camere care citesc numerele de înmatriculare.

Aș vrea să știu ce date aveți despre mașina mea (1-DKL-905): de când le păstrați, câte înregistrări există cu intrările și ieșirile mele, dacă le asociați cu cardul meu de fidelitate și dacă le transmiteți firmei care administrează parcarea. Vă rog să-mi trimiteți și o copie a acestor date, conform art. 15 din GDPR.

Cu stimă,
Elena Popescu""",
         "Elena Popescu"),
        ("restriction", ("correction",),
         "Verificarea vârstei la casa de autoservire",
         """Bună ziua,

Am 27 de ani. De câteva săptămâni, de fiecare dată când cumpăr vin sau bere la casa de autoservire din magazinul din Ixelles, camera de deasupra casei „estimează” că sunt minoră și blochează plata până vine cineva să-mi verifice buletinul. Data trecută, casiera mi-a spus că „sistemul v-a marcat deja pe cardul de fidelitate ca posibil minor”.

Dacă există un astfel de marcaj legat de cardul meu, datele sunt inexacte. Până când verificați și corectați situația, vă rog să restricționați utilizarea acestui marcaj (art. 18 alin. (1) lit. a) GDPR), adică să nu mai fie folosit la casele de autoservire și să nu fie transmis altor magazine.

Pot veni oricând cu buletinul ca să verificați vârsta.

Card de fidelitate: 2604 9921 4406 3

Ioana Dumitrescu""",
         "Ioana Dumitrescu"),
        ("other", (),
         "Amendă parcare – link-ul de plată nu merge",
         """Bună ziua,

Am primit acasă o notificare de plată de 40 € pentru parcarea de la magazinul din Brugge (am depășit timpul gratuit pe 28 martie, numărul de înmatriculare 1-RTV-617). Vreau s-o plătesc, dar link-ul din scrisoare îmi dă eroarea „pagină inexistentă”, iar codul QR duce tot acolo.

Cum pot plăti? Prin transfer bancar? Îmi puteți da un IBAN și comunicarea structurată (+++…+++)? Nu vreau să mă trezesc cu penalități de întârziere.

Mulțumesc,
Florin Dobre""",
         "Florin Dobre"),
        ("complaint", ("deletion",),
         "Plângere",
         """Bună ziua,

Vă scriu foarte supărată. Pe 3 martie am avut o discuție cu agentul de pază de la magazinul din Charleroi (Ville 2), pentru că alarma de la ieșire a sunat și am refuzat să-mi golesc geanta în fața tuturor. Până la urmă a venit responsabilul, s-a verificat bonul și am plecat.

Ieri, vecina mea, care lucrează acolo ca și casieră, mi-a spus că în camera personalului, lângă pontaj, e lipită o foaie cu „persoane de supravegheat”, cu poze scoase din camerele de supraveghere, iar eu sunt pe ea, cu numele scris de mână dedesubt. Tot cartierul o să afle.

Nu am furat nimic și nu am fost niciodată acuzată oficial. Consider că e un abuz și o umilință. Cer să dați jos imediat foaia aceea, să ștergeți poza și orice mențiune despre mine din registrul de incidente și să-mi confirmați în scris. Dacă nu primesc răspuns în 10 zile, depun plângere la Autoritatea pentru protecția datelor.

Gabriela Constantin""",
         "Gabriela Constantin"),
        ("portability", (),
         "date din aplicatie",
         """Buna ziua,
as vrea toate datele mele din aplicatie (bonurile electronice, punctele, listele de cumparaturi de pe caruciorul inteligent) intr-un fisier csv sau json ca sa le pot muta in alta aplicatie. contul e pe adresa asta de mail.
Multumesc,
Radu Georgescu""",
         "Radu Georgescu"),
        ("objection", (),
         "Prețuri personalizate?",
         """Bună ziua,

De când ați pus etichetele electronice la raft, am impresia că prețurile se schimbă în timpul zilei. Iar în aplicație primesc „prețuri doar pentru tine” care diferă de ce vede soția mea în aplicația ei, pentru aceleași produse.

Din politica de confidențialitate înțeleg că folosiți istoricul cumpărăturilor și traseul meu prin magazin (prin aplicație) ca să calculați aceste oferte. Nu sunt de acord cu așa ceva: mă opun folosirii datelor mele pentru profilare și pentru stabilirea de prețuri sau oferte personalizate. Vreau să văd aceleași prețuri ca toată lumea.

Cristian Marin""",
         "Cristian Marin"),
        ("withdraw_consent", (),
         "Notificări Bluetooth",
         """Bună ziua,
îmi retrag consimțământul pentru localizarea prin Bluetooth în magazin și pentru notificările pe care mi le trimiteți în funcție de raionul în care mă aflu. NU vreau să-mi ștergeți contul sau punctele, doar să nu mai fiu urmărită.
Mulțumesc,
Alina Munteanu""",
         "Alina Munteanu"),
        ("other", (),
         "Geacă pierdută",
         """Bună ziua, sâmbătă (25 aprilie) fiica mea și-a uitat geaca în căruciorul de cumpărături sau lângă casele de autoservire, în magazinul din Mechelen. E o geacă roz, mărimea 128, și are pe etichetă numele „Sofia Lazăr” scris cu markerul. S-a găsit cumva? Unde o putem ridica? Mulțumesc, Daniela Lazăr""",
         "Daniela Lazăr"),
    ],
    "el": [
        ("withdraw_consent", ("deletion",),
         "Πληρωμή με αναγνώριση προσώπου",
         """Γεια σας,

τον Φεβρουάριο, στο κατάστημά σας στο Etterbeek, γράφτηκα στο πιλοτικό πρόγραμμα «Pay with a smile», όπου πληρώνεις στο αυτόματο ταμείο με αναγνώριση προσώπου. Τότε έδωσα γραπτή συγκατάθεση στο τάμπλετ.

Ανακαλώ αυτή τη συγκατάθεση. Παρακαλώ διαγράψτε το «προφίλ προσώπου» μου (το βιομετρικό πρότυπο) και τις φωτογραφίες που τραβήχτηκαν κατά την εγγραφή, και επιβεβαιώστε μου ότι διαγράφηκαν και από την εταιρεία που παρέχει το σύστημα.

Ευχαριστώ,
Στέλιος Καραγιάννης""",
         "Στέλιος Καραγιάννης"),
        ("access", (),
         "Αίτημα πρόσβασης – εγγραφή από κάμερα σώματος φύλακα",
         """Αξιότιμοι κύριοι/κυρίες,

Στις 27 Μαρτίου 2026, περίπου στις 20:15, κατά την έξοδό μου από το κατάστημά σας στη Λουβέν (Tiensestraat), ο φύλακας ασφαλείας με σταμάτησε και με ρώτησε αν είχα πληρώσει μια συσκευασία μπαταρίες που είχα στην τσέπη μου. Την είχα πληρώσει και του έδειξα την απόδειξη. Σε όλη τη διάρκεια της συζήτησης η κάμερα που φορούσε στο στήθος ήταν αναμμένη (κόκκινη λυχνία).

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ), ζητώ:
α) αντίγραφο της εγγραφής (εικόνα και ήχος) που με αφορά,
β) ενημέρωση για το ποιος είναι ο υπεύθυνος επεξεργασίας – το κατάστημα ή η εταιρεία security,
γ) το χρονικό διάστημα τήρησης της εγγραφής και αν έχει διαβιβαστεί σε τρίτους (π.χ. στην αστυνομία),
δ) αν έχει γίνει καταχώριση με τα στοιχεία μου στο μητρώο συμβάντων σας.

Παρακαλώ για απάντηση εντός της προθεσμίας ενός μηνός του άρθρου 12 παρ. 3 ΓΚΠΔ.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Naamsestraat 58, 3000 Leuven""",
         "Γιώργος Παπαδόπουλος"),
        ("other", (),
         "Κωδικός Wi-Fi",
         """Καλησπέρα, στο κατάστημα στη Λιέγη ο κωδικός Wi-Fi που τυπώνεται στην απόδειξη δεν δουλεύει, μου βγάζει «ο κωδικός έχει λήξει» μόλις τον βάλω. Συμβαίνει και σε άλλους; Ευχαριστώ, Βασίλης Οικονόμου""",
         "Βασίλης Οικονόμου"),
        ("correction", ("restriction",),
         "Λάθος στοιχεία στο μητρώο συμβάντων",
         """Καλησπέρα σας,

Χθες έλαβα επιστολή από το κατάστημά σας στο Ixelles ότι μου απαγορεύεται η είσοδος για έξι μήνες λόγω «κλοπής στις 12 Απριλίου». Στις 12 Απριλίου ήμουν στη Θεσσαλονίκη για το Πάσχα – έχω τις κάρτες επιβίβασης.

Φαίνεται ότι έχετε μπερδέψει τα στοιχεία μου με κάποιο άλλο άτομο: η περιγραφή στην επιστολή μιλάει για «άνδρα περίπου 40 ετών», ενώ εγώ είμαι γυναίκα 58 ετών. Ίσως κάποιος έδωσε το όνομά μου ή χρησιμοποίησε την κάρτα πελάτη μου.

Ζητώ να διορθωθεί το μητρώο ώστε να μην εμφανίζεται το όνομά μου σε αυτό το συμβάν, και μέχρι να γίνει αυτό να μη χρησιμοποιούνται τα στοιχεία μου για την απαγόρευση εισόδου.

Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),
        ("complaint", (),
         "Καμία απάντηση εδώ και 6 εβδομάδες",
         """Κύριοι,

Στις 9 Μαρτίου σας έστειλα email για το περιστατικό στο αυτόματο ταμείο του καταστήματος στη Ναμύρ: για να αγοράσω ένα μπουκάλι ούζο, η υπάλληλος πήρε την ταυτότητά μου και τη σκάναρε σε μια συσκευή, χωρίς να μου πει τι αποθηκεύεται. Όταν ρώτησα τον υπεύθυνο, γέλασε και μου είπε «αυτό είναι το σύστημα».

Έξι εβδομάδες μετά, καμία απάντηση. Ούτε καν επιβεβαίωση παραλαβής. Είναι απαράδεκτο μια εταιρεία του μεγέθους σας να αγνοεί έτσι τους πελάτες της.

Σας ενημερώνω ότι σήμερα υποβάλλω καταγγελία στην Αρχή Προστασίας Δεδομένων του Βελγίου (APD) και στέλνω αντίγραφο και στην ελληνική Αρχή. Αν θέλετε να το αποφύγετε, απαντήστε μου επιτέλους.

Αθανασία Μαυρίδου""",
         "Αθανασία Μαυρίδου"),
        ("portability", (),
         "Αρχείο με τις αγορές μου",
         """Γεια σας,

μπορείτε να μου στείλετε όλες τις ηλεκτρονικές αποδείξεις από τα αυτόματα ταμεία και το ιστορικό αγορών της κάρτας πελάτη σε αρχείο CSV ή JSON; Θέλω να τα περάσω σε μια εφαρμογή διαχείρισης οικονομικών. Στην εφαρμογή σας βλέπω μόνο τους τελευταίους 3 μήνες και μόνο σε PDF, μία μία.

Ευχαριστώ,
Δήμητρα Αλεξίου""",
         "Δήμητρα Αλεξίου"),
        ("restriction", (),
         "Μην διαγράψετε τα αρχεία σύνδεσης Wi-Fi",
         """Καλησπέρα,

Η περίπτωσή μου είναι λίγο περίεργη. Έχω δικαστική διαφορά με τον πρώην εργοδότη μου, ο οποίος ισχυρίζεται ότι στις 31 Μαρτίου, μεταξύ 14:00 και 16:00, βρισκόμουν στο γραφείο. Εκείνη την ώρα ψώνιζα στο κατάστημά σας στο Schaerbeek και το κινητό μου συνδέθηκε αυτόματα στο Wi-Fi επισκεπτών (έχω λογαριασμό με αυτό το email).

Διάβασα ότι τα αρχεία σύνδεσης τηρούνται μόνο 30 ημέρες. Σας ζητώ, βάσει του άρθρου 18 παρ. 1 στοιχ. γ ΓΚΠΔ, να ΜΗΝ διαγράψετε τα δεδομένα σύνδεσης της συσκευής μου για εκείνη την ημέρα, αλλά να τα κρατήσετε χωρίς καμία άλλη χρήση, μέχρι να σας τα ζητήσει ο δικηγόρος μου ή το δικαστήριο.

Νίκος Αντωνίου
+32 486 22 71 90""",
         "Νίκος Αντωνίου"),
        ("deletion", (),
         "διαγραφη λογαριασμου",
         """Καλημερα, θελω να διαγραψετε τον λογαριασμο μου απο την εφαρμογη και το εξυπνο καροτσι και ολα τα δεδομενα μου (αγορες, λιστες, τοποθεσιες μεσα στο καταστημα). Η καρτα πελατη ειναι 2604 6610 2297 4. Ευχαριστω""",
         "Κώστας Δημητρίου"),
        ("objection", (),
         "Χάρτες θερμότητας",
         """Καλησπέρα σας,

στην είσοδο του καταστήματος στην Αμβέρσα υπάρχει πινακίδα που λέει ότι οι κάμερες στην οροφή χρησιμοποιούνται και για «ανάλυση ροής επισκεπτών και χάρτες θερμότητας». Δηλαδή καταγράφετε πού περπατάω, πού σταματάω και για πόση ώρα.

Αντιτίθεμαι σε αυτή την επεξεργασία (άρθρο 21 ΓΚΠΔ). Οι κάμερες για την ασφάλεια είναι άλλο πράγμα – αυτό το καταλαβαίνω. Η παρακολούθηση της συμπεριφοράς μου για μάρκετινγκ όμως όχι.

Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("other", (),
         "",
         """Καλημέρα σας,

Την Παρασκευή 17 Απριλίου ξέχασα μια μαύρη ομπρέλα σε ένα καρότσι στο πάρκινγκ του καταστήματος στη Γάνδη. Έχει ένα μικρό αυτοκόλλητο με το όνομά μου, «Ε. Σταυροπούλου», και ένα τηλέφωνο. Μήπως τη βρήκε κάποιος; Δεν χρειάζομαι τίποτε άλλο, μόνο να μου πείτε αν μπορώ να περάσω να την πάρω.

Ευχαριστώ πολύ,
Ευαγγελία Σταυροπούλου""",
         "Ευαγγελία Σταυροπούλου"),
    ],
    "bg": [
        ("complaint", ("access",),
         "Жалба – обвинение в кражба",
         """Здравейте,

Пиша ви, защото начинът, по който се отнесоха с мен в магазина ви в Остенде, е недопустим.

В събота, 18 април, платих на каса за самообслужване и на излизане една служителка ме спря и каза високо, пред всички, че „камерата показва, че не сте сканирали две неща“. Показах касовата бележка – всичко беше сканирано. Въпреки това ме накараха да чакам 25 минути в една малка стая, докато дойде охраната, и преписаха данните от личната ми карта. Никой не ми се извини.

Беше унизително. Искам официално да подам оплакване от отношението към мен и от това, че данните ми бяха записани без никакво основание.

Освен това искам копие от записа на камерата над касата и от всичко, което е записано за мен във връзка със случая – включително в регистъра на инцидентите, ако има такъв.

Ако не получа отговор в законовия срок, ще се обърна към белгийския орган за защита на данните.

Десислава Николова""",
         "Десислава Николова"),
        ("other", (),
         "Работно време",
         """Здравейте, отворено ли ще бъде на 1 май в магазина в Етербек? Благодаря! Нели""",
         "Нели Атанасова"),
        ("access", (),
         "Въпрос за умните колички",
         """Здравейте,

От няколко седмици в магазина ви в Льовен има нови „умни колички“ с екран и камера отпред, които сами разпознават продуктите. Пазарувам с тях, като влизам с клиентската си карта.

Имам няколко въпроса. Снима ли ме камерата на количката, или само продуктите? Записва ли количката откъде минавам из магазина? Какви данни от тези колички се пазят в профила ми и за колко време? И бихте ли ми изпратили копие от всичко, което е записано за мен?

Клиентска карта: 2604 1456 8870 2

Поздрави,
Георги Иванов""",
         "Георги Иванов"),
        ("deletion", ("withdraw_consent",),
         "wifi",
         """Zdraveite, registrirah se vednaj v wifi-to za klienti v magazina v Ixelles s imeila si i ottogava mi prashtate reklami vseki den. Iztriite mi imeila i vsichko ot tazi registraciq i ne iskam poveche reklami. Blagodarq
Ivo Dimitrov""",
         "Ivo Dimitrov"),
        ("restriction", (),
         "Забрана за влизане – възражение",
         """Уважаеми господа,

На 8 април 2026 г. получих писмо, че ми е наложена забрана за влизане във вашите магазини в Антверпен за 12 месеца заради „инцидент на касите за самообслужване“ на 30 март. Подадох писмено възражение до управителя на магазина и се консултирам с адвокат.

Докато възражението ми се разглежда, моля да ограничите обработването на личните ми данни, свързани с този инцидент (чл. 18 от ОРЗД): да не изпращате снимката и данните ми на други магазини от веригата или на охранителната фирма и да не ги използвате, за да ми отказвате достъп. Моля, НЕ изтривайте записите от камерите и доклада – те са ми нужни като доказателство.

С уважение,
Христо Георгиев
Turnhoutsebaan 210, 2140 Borgerhout""",
         "Христо Георгиев"),
        ("other", (),
         "Глоба за паркинг",
         """Здравейте,

Получих по пощата глоба от 35 евро от фирмата, която управлява паркинга на магазина ви в Хаселт – камерата е снимала номера ми (1-BGM-774) и съм стоял 2 часа и 40 минути вместо 90 минути. Искам да я платя, но до кога е срокът? В писмото пише „14 дни от датата на писмото“, писмото е с дата 3 април, а го получих чак на 20 април. Ако платя сега, ще има ли допълнителна такса?

Благодаря,
Пламен Колев""",
         "Пламен Колев"),
        ("correction", (),
         "Грешен телефон в профила",
         """Здравейте,

Миналата седмица забравих чантата си с документите в магазина ви в Андерлехт. Когато отидох да питам за нея, колежката ви каза, че са ме търсили, но телефонът в клиентския ми профил е грешен – вместо +32 478 31 05 62 е записано +32 478 31 50 62. Затова не са успели да ми се обадят.

Чантата си я взех, благодаря ви. Моля да поправите номера в профила ми, за да не се повтаря.

Силвия Петрова""",
         "Силвия Петрова"),
        ("portability", (),
         "Данни от приложението",
         """Здравейте,

Моля, изпратете ми данните от профила ми в приложението ви – електронните касови бележки, историята на покупките и точките от програмата за лоялност – в машинночетим формат (CSV или JSON), съгласно чл. 20 от ОРЗД. Искам да ги прехвърля в друго приложение.

Профилът ми е регистриран с този имейл.

С уважение,
Мартин Стоянов""",
         "Мартин Стоянов"),
        ("withdraw_consent", (),
         "Bluetooth / местоположение",
         """Здравейте, оттеглям съгласието си приложението ви да следи къде се намирам в магазина чрез Bluetooth (маячетата). Профилът и картата да си останат, само спрете проследяването. Благодаря, Веселина Тодорова""",
         "Веселина Тодорова"),
        ("other", (),
         "Нагръдни камери за вашата охрана – предложение",
         """Уважаеми господа,

Казвам се Стефан Маринов и съм представител за Бенелюкс на „Стражар Тех“ ЕООД, български производител на нагръдни камери за охранители. Нашите камери са изцяло съобразени с ОРЗД: автоматично замъгляване на лицата на странични хора, криптиране на записите, автоматично изтриване след 30 дни и пълен журнал на достъпа с оглед на отчетността.

Видях, че охраната във вашите магазини вече използва нагръдни камери. Бих искал да ви предложа безплатен тестов период от един месец за два магазина по ваш избор. Удобно ли ви е да се чуем за 15 минути следващата седмица?

С уважение,
Стефан Маринов
+32 2 555 18 90""",
         "Стефан Маринов"),
    ],
}

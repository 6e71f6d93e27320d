"""Thirty-sixth set, mistaken identity, other people's data and whose account is it (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtysixth.py)."""

PEOPLE_GB = {
    # ------------------------------------------------------------------ Polish
    "pl": [
        ("deletion", ("access",),
         "Konto, którego nie zakładałam",
         """Dzień dobry,

wczoraj wieczorem przyszedł do mnie mail „Witamy w Shop Example!” z linkiem do aktywacji konta. Tyle że ja u Państwa żadnego konta nie zakładałam – nigdy nic u Państwa nie kupowałam, ani przez internet, ani w sklepie.

Nie wiem, czy ktoś pomylił się przy wpisywaniu adresu, czy podał mój e-mail celowo. Proszę o usunięcie tego konta razem ze wszystkimi danymi, które są do niego przypięte. Chciałabym też wiedzieć, jakie dane na mój temat Państwo przechowują i skąd macie mój adres – jeśli przy rejestracji ktoś podał imię, telefon albo adres domowy, proszę mi to napisać.

Z poważaniem
Katarzyna Wróblewska""",
         "Katarzyna Wróblewska"),

        ("access", (),
         "Karta klienta – zakupy, których nie robiłem",
         """Dzień dobry,

mam Państwa kartę stałego klienta (nr 2044 0178 3321) od mniej więcej dwóch lat. Od września widzę w aplikacji zakupy ze sklepu w Hasselt, w którym nigdy nie byłem – mieszkam w Gandawie i robię zakupy tylko tutaj albo online. Podejrzewam, że ktoś przy kasie podał nazwisko, a kasjer wybrał z listy nie tę osobę. Nowak to niestety nie jest rzadkie nazwisko :)

Na razie chcę po prostu wiedzieć, co jest zapisane na moim koncie. Proszę o przesłanie wszystkich danych, jakie Państwo o mnie mają: dane osobowe, pełną historię transakcji na karcie (data, sklep, kwota) oraz informację, czy i komu te dane były przekazywane.

Pozdrawiam
Tomasz Nowak""",
         "Tomasz Nowak"),

        ("correction", (),
         "Były partner zmienił dane na moim koncie",
         """Dzień dobry,

w sierpniu rozstałam się z partnerem. Dopiero teraz zauważyłam, że on nadal znał hasło do mojego konta i zmienił w nim adres dostawy na swój (w Leuven) oraz numer telefonu. Hasło już zmieniłam.

Sama nie mogę tego cofnąć, bo zmiana numeru telefonu wymaga kodu SMS, a ten przychodzi na jego komórkę. Proszę o wpisanie z powrotem moich danych:

adres: Rue de la Victoire 14, 1060 Saint-Gilles
telefon: +32 470 18 22 91

Dziękuję i pozdrawiam
Monika Szymańska""",
         "Monika Szymańska"),

        ("restriction", (),
         "Zamówienie na moje nazwisko, którego nie składałem",
         """Szanowni Państwo,

3 listopada otrzymałem pocztą wezwanie do zapłaty za zamówienie nr SE-2026-118734 (laptop i dwa telefony, razem 2 389,00 EUR). Niczego takiego nie zamawiałem. Z tego, co udało mi się ustalić przez infolinię, konto założono na moje imię, nazwisko i adres, ale z cudzym adresem e-mail i numerem telefonu.

Sprawę zgłosiłem na policji w Brukseli (numer protokołu BR.21.L3.045312/2026). Policjant prosił, żeby niczego nie kasować, bo dane z konta mogą być potrzebne w dochodzeniu.

Dlatego proszę: nie usuwajcie na razie tego konta, tylko je zablokujcie – tak, żeby nikt nie mógł się na nie zalogować, składać zamówień ani w jakikolwiek sposób korzystać z moich danych, dopóki sprawa się nie wyjaśni.

Z poważaniem
Paweł Jankowski""",
         "Paweł Jankowski"),

        ("objection", (),
         "Rekomendacje w aplikacji",
         """Witam,

razem z żoną korzystamy z jednej karty klienta, bo tak było wygodniej przy kasie. Efekt jest taki, że aplikacja na moim telefonie podsuwa mi kremy pod oczy i promocje na rajstopy, bo najwyraźniej „wie”, co kupuje żona.

Nie życzę sobie, żeby na podstawie zakupów z tej karty tworzono mój profil i dobierano mi oferty. Proszę wyłączyć to profilowanie na moim koncie.

Marek Zieliński""",
         "Marek Zieliński"),

        ("withdraw_consent", (),
         "wypisanie z newslettera i SMS",
         """Dzień dobry,
nasza córka (14 lat) zapisała się do Państwa newslettera na naszym wspólnym, rodzinnym adresie – chodziło o kod rabatowy 10%. Od tamtej pory codziennie przychodzą maile, a do tego SMS-y na numer męża, który też gdzieś tam wpisała.

Proszę wypisać ten adres i numer +32 485 66 02 17 ze wszystkich wysyłek reklamowych. Link „wypisz się” w mailu prowadzi do strony logowania, a hasła do tego konta nikt z nas nie pamięta.

Pozdrawiam
Agnieszka Kowalczyk""",
         "Agnieszka Kowalczyk"),

        ("complaint", ("deletion",),
         "PO RAZ DRUGI: cudze faktury na moim mailu",
         """Pisałem do Was 6 października i do dziś nie dostałem żadnej odpowiedzi.

Przypominam: od lipca na mój adres przychodzą potwierdzenia zamówień i faktury pani Jadwigi Lis z Mechelen. Z jej adresem, numerem telefonu i listą wszystkiego, co kupuje. Ktoś przy rejestracji pomylił się w adresie o jedną literę i teraz ja czytam cudze faktury. Ostatnia przyszła wczoraj.

To jest wyciek danych tej pani, a Wy go od miesiąca ignorujecie. Jeżeli w ciągu tygodnia nic się nie zmieni, składam skargę do belgijskiego organu ochrony danych.

I przy okazji: mój adres e-mail i wszystko, co macie zapisane na mój temat, macie usunąć.

Grzegorz Lewandowski""",
         "Grzegorz Lewandowski"),

        ("other", (),
         "Paczka sąsiadki u mnie",
         """Dzień dobry,

kurier zostawił wczoraj u mnie paczkę od Państwa zaadresowaną do sąsiadki z mieszkania nr 12 (na etykiecie numer zamówienia SE-2026-120455). Sąsiadka wyjechała i wraca dopiero pod koniec miesiąca.

Mogę przechować paczkę do jej powrotu, to żaden problem – pytam tylko, czy nie wolą Państwo, żebym ją odesłała. Oczywiście jej nie otwierałam.

Ewa Mazur""",
         "Ewa Mazur"),

        ("other", (),
         "Fałszywy SMS w Waszym imieniu",
         """Tak tylko dla informacji: dostałam dziś SMS-a rzekomo od Shop Example, że moja przesyłka czeka w magazynie i trzeba dopłacić 1,99 € za doręczenie. Link prowadził do strony shop-example-dostawa.com, która wygląda prawie jak Wasza i prosi o dane karty płatniczej oraz login i hasło do konta.

Niczego nie wpisywałam, niczego też nie zamawiałam. Piszę, bo ktoś się pod Was podszywa i pewnie nie ja jedna to dostałam.

Pozdrawiam
Alicja Pawlak""",
         "Alicja Pawlak"),

        ("other", (),
         "Karta podarunkowa kupiona przez teściową",
         """Dzień dobry,

dostałam na urodziny kartę podarunkową na 50 € – kupiła ją teściowa w Państwa sklepie w Antwerpii, przy kasie zeskanowała też swoją kartę klienta. Czy mogę ją wykorzystać w sklepie internetowym, na swoim koncie? Czy musi to zrobić teściowa, skoro to ona ją kupiła? Na odwrocie jest tylko kod i data ważności 31.12.2027.

Z góry dziękuję
Natalia Krawczyk""",
         "Natalia Krawczyk"),
    ],

    # ------------------------------------------------------------------- Czech
    "cs": [
        ("access", ("deletion",),
         "Účtenka z prodejny, kde jsem nikdy nebyl",
         """Dobrý den,

v pátek 16. 10. mi přišla e-mailem účtenka z vaší prodejny v Lutychu – nákup za 43,80 € na věrnostní kartu, o které nic nevím. V Lutychu jsem nikdy nebyl a žádnou kartu jsem si nezakládal. Zjevně někdo u pokladny nadiktoval můj e-mail, ať už omylem, nebo schválně.

Chtěl bych vědět, jaké údaje máte k té kartě uložené, a hlavně odkud máte moji e-mailovou adresu – kdo a kdy ji zadal. Jakmile mi to pošlete, moji adresu z té karty (i odkudkoli jinde ve vašem systému) prosím smažte.

Děkuji
Ondřej Procházka""",
         "Ondřej Procházka"),

        ("correction", (),
         "Sloučený účet s tchyní – prosím o opravu",
         """Dobrý den,

po zářijové aktualizaci aplikace se můj účet spojil s účtem mojí tchyně. Jmenujeme se úplně stejně, Jana Horáková, asi proto. V aplikaci teď vidím její adresu v Namuru, její datum narození a její nákupy.

Prosím, opravte mi údaje zpátky:
Jana Horáková, nar. 14. 2. 1991
Chaussée de Wavre 211, 1050 Ixelles
tel. +32 472 30 55 18

Nákupy, které nejsou moje (všechno z Namuru), patří k jejímu účtu. Tchyně o tom ví a souhlasí.

S pozdravem
Jana Horáková""",
         "Jana Horáková"),

        ("portability", (),
         "Export mých nákupů",
         """Dobrý den,

s bývalým spolubydlícím jsme tři roky používali jeden společný účet (založený na jeho e-mail, ale každý platil za svoje). Teď se stěhuju zpátky do Brna a účet si nechává on – to je v pořádku, ale svoje nákupy si chci odnést.

Můžete mi poslat moje údaje a historii mých objednávek v nějakém strojově čitelném formátu, ideálně CSV nebo JSON? Chci si to nahrát do aplikace na domácí rozpočet. Moje objednávky poznáte podle platební karty končící na 4417.

Díky
Lukáš Černý""",
         "Lukáš Černý"),

        ("restriction", (),
         "Někdo změnil e-mail u mého účtu – zablokujte ho prosím",
         """Dobrý den,

dnes ráno mi přišlo upozornění, že e-mail u mého zákaznického účtu byl změněn na adresu, kterou vůbec neznám (nějaké m.kral88@...). Přihlásit se už nemůžu, heslo nefunguje. Na účtu mám uloženou adresu, telefon a asi i platební kartu.

Prosím, účet okamžitě zmrazte – ať se na něj nikdo nemůže přihlásit ani přes něj objednávat – dokud si neověříte, že je můj. Nic ale nemažte, chci ho pak zpátky i s historií a body.

Číslo věrnostní karty: 2044 5530 1187

Martina Veselá""",
         "Martina Veselá"),

        ("objection", ("withdraw_consent",),
         "Nabídky podle nákupů někoho jiného",
         """Dobrý den,

evidentně máte v systému ještě jednoho Petra Svobodu, protože mi v aplikaci i v e-mailech chodí „doporučení pro vás“ na rybářské potřeby a granule pro psy. Nerybařím a psa nemám. Kdo ví, čí nákupy se mi k profilu přiřadily.

Nesouhlasím s tím, abyste z mých nákupů (ani z cizích) skládali můj profil a podle něj mi cílili nabídky – vznáším proti tomu námitku. A když už jsme u toho: reklamní SMS mi také posílat nechci, souhlas s nimi tímto odvolávám.

Petr Svoboda""",
         "Petr Svoboda"),

        ("complaint", (),
         "Stížnost – prodavačka ukázala moje údaje cizímu člověku",
         """Dobrý den,

minulou sobotu (7. 11.) jsem byla na vaší prodejně v Antverpách na Meiru. Paní přede mnou u pokladny nevěděla číslo své karty, tak ji prodavačka hledala podle příjmení – jmenuje se stejně jako já, Kučerová. Prodavačka otočila monitor k ní a ptala se „Jste to vy?“ – a na obrazovce bylo moje celé jméno, adresa, telefon i datum narození. Stála jsem hned za ní a viděla jsem to taky.

Tohle je naprosto nepřijatelné. Ta paní teď zná moji adresu jen proto, že u vás hledáte zákazníky podle příjmení a údaje ukazujete komukoli u pokladny. Žádám vysvětlení, co s tím uděláte, a chci vědět, jestli to budete hlásit jako únik dat.

Kateřina Kučerová""",
         "Kateřina Kučerová"),

        ("withdraw_consent", (),
         "Newsletter na adresu bývalého kolegy",
         """Dobrý den,

ve firmě jsem po kolegovi, který v září odešel, převzal jeho pracovní schránku (nakup@brabanttrading.be). Chodí do ní váš newsletter, zhruba dvakrát týdně. Odkaz na odhlášení v patičce vrací chybu 404.

Prosím, odhlaste tuto adresu ze všech vašich rozesílek.

S pozdravem
Jiří Pokorný
nákup, Brabant Trading BV""",
         "Jiří Pokorný"),

        ("other", (),
         "Ohledně účtu mojí manželky",
         """Dobrý den,

manželka vám minulý týden psala kvůli účtu, který prý nezakládala, a vy jste jí odpověděli, že potřebujete ověřit totožnost. Jen dávám vědět, že je teď do konce listopadu na služební cestě v Kanadě a ozve se vám sama, až bude zpátky. Já za ni nic vyřizovat nebudu, jen ať zbytečně nečekáte.

Hezký den
Tomáš Marek""",
         "Tomáš Marek"),

        ("other", (),
         "Druhá doručovací adresa",
         """Dobrý den, jak si do svého účtu přidám druhou doručovací adresu? Chtěla bych si některé balíky posílat do práce, ale v aplikaci vidím jen jednu adresu, a když kliknu na „Upravit“, přepíše se mi ta domácí. Domácí adresa je správně, tu měnit nechci.

Děkuji
Lenka Novotná""",
         "Lenka Novotná"),

        ("other", (),
         "Vrácení dárku objednaného přes bráchův účet",
         """Dobrý den,

brácha mi k narozeninám objednal bundu přes svůj účet (objednávka SE-2026-121907), jenže mi je malá. Můžu ji vrátit na prodejně v Gentu sám, bez něj? Mail se štítkem na vrácení omylem smazal a do účtu se mu teď nechce lézt, je na horách.

Díky moc
Filip Dušek""",
         "Filip Dušek"),
    ],

    # ---------------------------------------------------------------- Croatian
    "hr": [
        ("deletion", (),
         "Korisnički račun koji je otvorio moj sin",
         """Poštovani,

moj sin (11 godina) otvorio je kod vas korisnički račun na moju e-mail adresu, bez mog znanja – vidjela sam to tek kad je stigla potvrda narudžbe za slušalice (koju sam, srećom, stigla otkazati). Nije on trebao sam otvarati račun, a ja taj račun ne želim.

Molim vas da taj korisnički račun obrišete zajedno sa svim podacima koje je on tamo upisao.

Lijep pozdrav,
Maja Horvat""",
         "Maja Horvat"),

        ("access", ("correction",),
         "Tuđi bodovi na mojoj kartici?",
         """Dobar dan,

na kartici vjernosti (broj 2044 9102 6645) odjednom imam 1.340 bodova više nego prošli mjesec, a u povijesti kupnje vidim kupnje iz trgovine u Bruggeu, gdje nikad nisam bila. Osim toga, u profilu mi piše ime „Ivana Marić“ umjesto „Ivona Marić“ – pretpostavljam da ste me spojili s nekom drugom osobom sličnog imena.

Molim vas da mi pošaljete sve podatke koje imate o meni (osobne podatke i povijest kupnje na kartici), da vidim što je moje, a što nije. I molim vas, ispravite ime u profilu u Ivona.

Hvala,
Ivona Marić""",
         "Ivona Marić"),

        ("portability", (),
         "Izvoz mojih podataka",
         """Poštovani,

suprug i ja smo se razveli i gasimo naš zajednički račun kod vas, koji je bio otvoren na njegovu e-mail adresu. Prije toga bih htjela svoj dio podataka – svoje narudžbe, adrese dostave i povijest bodova – u datoteci koju mogu učitati u drugi program (CSV bi bio idealan), jer sve troškove kućanstva sad vodim sama u aplikaciji za budžet.

Ako možete, pošaljite mi to na ovu adresu, a ne na njegovu.

Srdačno,
Tena Kovačević""",
         "Tena Kovačević"),

        ("restriction", ("access",),
         "Narudžbe na moje ime – molim zamrzavanje računa",
         """Poštovani,

prošli tjedan stigle su mi dvije opomene za plaćanje narudžbi SE-2026-117602 i SE-2026-118011, koje nisam napravio. Netko je otvorio račun na moje ime i adresu i naručivao s odgodom plaćanja. Prijavio sam to policiji u Antwerpenu.

Molim vas:
1. da račun odmah zamrznete – da se više ništa ne može naručiti niti promijeniti – ali da ga ne brišete, jer policija traži podatke;
2. da mi pošaljete koje sve podatke o meni imate uz taj račun (što je upisano, kad je otvoren, na koju su adresu paketi išli).

Unaprijed hvala,
Dario Babić""",
         "Dario Babić"),

        ("objection", (),
         "Dijeljenje podataka s partnerima",
         """Dobar dan,

jučer sam dobio reklamni e-mail od osiguravajuće kuće s kojom nikad nisam imao posla, a u njemu piše da me „kao kupca Shop Example“ čeka popust. U vašim pravilima privatnosti vidim da podatke dijelite s „odabranim partnerima“.

S tim se ne slažem. Protivim se tome da moje podatke prosljeđujete bilo kojem partneru, za reklame ili za bilo što drugo.

Pozdrav,
Krešimir Jurić""",
         "Krešimir Jurić"),

        ("withdraw_consent", (),
         "SMS poruke za prethodnog vlasnika broja",
         """Pozdrav,

prije dva mjeseca dobio sam novi broj mobitela i otad mi skoro svaki tjedan stižu vaši SMS-ovi s akcijama, naslovljeni na „Dragana“. Ja nisam Dragan, broj je očito prije bio njegov.

Maknite, molim vas, ovaj broj (+32 468 21 47 09) s popisa za SMS obavijesti. Kad odgovorim STOP, ništa se ne dogodi.

Ante""",
         "Ante Perić"),

        ("complaint", (),
         "Već pet tjedana bez odgovora",
         """Poštovani,

30. rujna sam vam javila da je netko na moju e-mail adresu otvorio račun kod vas i da mi stižu potvrde narudžbi koje nisu moje. Tražila sam da to provjerite. Dobila sam samo automatsku poruku s brojem prijave #48213 i od tada ništa. U međuvremenu su stigle još dvije potvrde narudžbi.

Ovo je u najmanju ruku neozbiljno. Rok za odgovor je mjesec dana i odavno je prošao. Ako se ne javite do kraja tjedna, podnosim prigovor nadzornom tijelu za zaštitu podataka.

Sanja Knežević""",
         "Sanja Knežević"),

        ("other", (),
         "Paket za bivšu stanarku",
         """Dobar dan,

danas je na moju adresu (Rue du Midi 8, Bruxelles) stigao vaš paket naslovljen na gospođu Lindu Peeters. Ona je ovdje stanovala prije mene, odselila se u lipnju i nemam njezinu novu adresu. Paket nisam otvarala.

Što da napravim s njim? Mogu ga predati kuriru ako mi pošaljete naljepnicu za povrat.

Pozdrav,
Petra Vuković""",
         "Petra Vuković"),

        ("other", (),
         "Pitanje za seminarski rad",
         """Poštovani,

studentica sam prava u Zagrebu i pišem seminarski rad o primjeni GDPR-a u internetskoj trgovini; vaša je trgovina jedna od onih koje uspoređujem. Zanima me općenito: kako postupate kad kupac prijavi da je netko otvorio račun na njegovo ime? Imate li za to poseban postupak i koliko obično traje?

Ne radi se o mojim podacima, samo o postupku. Bila bih vam jako zahvalna na bilo kakvom odgovoru.

Srdačan pozdrav,
Lucija Pavić""",
         "Lucija Pavić"),

        ("other", (),
         "Kako se ponovno prijaviti na newsletter?",
         """Bok,

supruga i ja koristimo zajedničku e-mail adresu i ona me prošli mjesec odjavila s vašeg newslettera, misleći da su to neki njezini mailovi koji joj smetaju. A meni su baš trebali zbog kupona :) Kako se mogu ponovno prijaviti? Na stranici mi piše da je adresa već registrirana.

Hvala,
Nikola Matić""",
         "Nikola Matić"),
    ],

    # ----------------------------------------------------------------- Swedish
    "sv": [
        ("deletion", ("withdraw_consent",),
         "Konto som mitt ex skapade",
         """Hej,

2024 skapade min dåvarande sambo ett konto hos er med mitt namn och min mejladress för att beställa en soffa till vår gemensamma lägenhet. Vi har inte bott ihop på länge, men kontot finns tydligen kvar – jag får fortfarande ert nyhetsbrev och ibland mejl om ”dina favoriter”.

Jag vill att kontot raderas helt och att ni slutar skicka nyhetsbrev och reklam till min adress.

Tack på förhand
Sara Lindqvist""",
         "Sara Lindqvist"),

        ("correction", ("restriction",),
         "Ni har blandat ihop mig med min pappa",
         """Hej,

jag och min pappa heter båda Lars Eriksson och bor bara några kvarter från varandra. När jag loggar in på mitt konto står det nu födelsedatum 1958-04-02 (hans) i stället för 1989-11-23 (mitt), och adressen är hans på Avenue Brugmann. Jag misstänker att någon i butiken har slagit ihop våra kundkort.

Rätta mina uppgifter:
Lars Eriksson, född 1989-11-23
Rue Vanderkindere 310, 1180 Uccle

Och tills det är rättat vill jag att ni låter bli att använda uppgifterna på kontot över huvud taget – de är ju till hälften fel.

Mvh
Lars Eriksson""",
         "Lars Eriksson"),

        ("portability", ("correction",),
         "Byter mejladress – vill ha ut mina uppgifter först",
         """Hej!

Jag har av bekvämlighet haft mitt privata konto hos er på min jobbmejl. Nu slutar jag på företaget vid månadsskiftet och adressen tas över av min efterträdare, så jag vill inte att något mer hamnar där.

Två saker:
1. Kan ni skicka mig en export av mina uppgifter och min orderhistorik i ett maskinläsbart format, t.ex. JSON eller CSV? Jag vill kunna ta med mig den.
2. Byt mejladressen på kontot till den privata adress jag skriver ifrån nu.

Hälsningar
Anna Berg""",
         "Anna Berg"),

        ("objection", (),
         "Anpassade erbjudanden",
         """Hej,

min granne lånar ibland mitt kundkort när hon handlar hos er, så att jag får poängen (snällt av henne). Men det betyder att appen nu tror att jag har en bebis och visar mig erbjudanden på blöjor och välling.

Jag invänder mot att ni använder köphistoriken på mitt kort till att bygga en profil och anpassa erbjudanden till mig. Poängen får gärna vara kvar, men sluta analysera vad som köps på kortet.

/Karin Holm""",
         "Karin Holm"),

        ("complaint", ("access",),
         "Min orderbekräftelse hamnade hos en annan kund",
         """Hej,

i går ringde en kvinna från Mechelen till mig. Hon hade fått MIN orderbekräftelse (order SE-2026-119380) i sin mejl – med mitt namn, min adress, mitt telefonnummer och allt jag beställt. Det var därifrån hon hade mitt nummer. Hon var väldigt trevlig, men jag tycker att det här är allvarligt och förväntar mig att ni tar det på allvar.

Hur kan något sådant hända? Jag vill också veta exakt vilka uppgifter om mig som har skickats till henne, och om samma sak har hänt med fler av mina beställningar.

Med vänlig hälsning
Johan Nyström""",
         "Johan Nyström"),

        ("withdraw_consent", (),
         "",
         """Sluta skicka reklam till den här adressen. Det är vår gemensamma familjeadress och någon i familjen har anmält den till ert nyhetsbrev utan att fråga oss andra.

Per""",
         "Per Sandberg"),

        ("access", (),
         "Var har ni fått min adress ifrån?",
         """Hej,

jag flyttade till Gent i augusti och har aldrig handlat hos er. Ändå fick jag förra veckan er julkatalog hemskickad med mitt fullständiga namn och min nya adress. Den adressen har jag inte gett till särskilt många.

Jag vill gärna veta vilka uppgifter ni har om mig, var ni har fått dem ifrån och om ni har delat dem med någon.

Vänliga hälsningar
Emma Lundgren""",
         "Emma Lundgren"),

        ("other", (),
         "Bara så ni vet – falskt mejl i ert namn",
         """Hej,

bara så ni vet: i morse fick jag ett mejl som ser ut att komma från er, med er logga, där det står att ”ditt konto kommer att raderas inom 24 timmar” om jag inte bekräftar mina uppgifter via en länk. Avsändaren var support@shop-example-kundservice.net, så det är uppenbart bluff. Jag har inte klickat på något.

Inget ni behöver göra för min del, tänkte bara att ni vill veta.

Mvh
Oskar Wallin""",
         "Oskar Wallin"),

        ("other", (),
         "Paket till grannen",
         """Hej! Budet lämnade ett paket från er hos mig i dag, men det ska till min granne en trappa ner (Elin Strand, lägenhet 2B). Hon är bortrest över helgen så jag tar hand om det tills hon kommer hem. Skriver bara så att ni inte tror att det har försvunnit om hon hör av sig. Ha det bra!

Mikael Åberg""",
         "Mikael Åberg"),

        ("other", (),
         "Presentkort",
         """Hej,

jag fick ett presentkort på 75 euro av min svärmor. Hon köpte det i er butik i Bryssel och det står hennes namn på kvittot. Kan jag använda det i webbshoppen på mitt eget konto, eller måste hon lösa in det?

Tack!
Linnea Hedlund""",
         "Linnea Hedlund"),
    ],

    # ---------------------------------------------------------------- Romanian
    "ro": [
        ("deletion", (),
         "Cont deschis de fostul soț pe adresa mea",
         """Bună ziua,

am aflat abia acum că fostul meu soț a deschis anul trecut un cont la dumneavoastră folosind numele și adresa mea de e-mail – probabil ca să strângă puncte de fidelitate pentru cumpărăturile lui. Nu am fost niciodată de acord și nu folosesc acest cont.

Vă rog să ștergeți contul și toate datele mele asociate cu el.

Cu stimă,
Elena Dumitrescu""",
         "Elena Dumitrescu"),

        ("access", (),
         "Comenzi pe numele meu pe care nu le-am făcut",
         """Bună ziua,

luna aceasta am primit două colete de la Shop Example pe care nu le-am comandat (un aspirator și o pereche de căști), iar după câteva zile o scrisoare de la o firmă de recuperare a creanțelor pentru „factura neplătită” SE-2026-116540. Cineva a făcut comenzi pe numele meu.

Ca să pot depune plângere la poliție, am nevoie să știu ce date personale aveți despre mine: ce cont există pe numele meu, ce adresă de e-mail și ce număr de telefon au fost folosite, pe ce adrese s-au livrat comenzile și cui i-ați transmis datele mele (curier, firma de recuperare etc.).

Vă mulțumesc,
Andrei Stoica""",
         "Andrei Stoica"),

        ("correction", (),
         "Număr de apartament greșit – coletele ajung la vecina",
         """Bună,

de vreo două luni coletele mele ajung la vecina de la apartamentul 21, pentru că în contul meu apare apartamentul 21 în loc de 12. Nu știu dacă am greșit eu la înregistrare sau s-a inversat ceva la voi, dar în aplicație nu pot modifica adresa, pentru că e „legată de cardul de fidelitate”.

Vă rog să corectați adresa: Avenue de la Couronne 157, ap. 12, 1050 Ixelles.

Mersi,
Cristina Moldovan""",
         "Cristina Moldovan"),

        ("restriction", (),
         "Vă rog să NU ștergeți contul comun",
         """Bună ziua,

fosta mea parteneră și cu mine am avut un cont comun la dumneavoastră, pe numele meu, dar cu adresa ei de e-mail. Am aflat că v-a cerut săptămâna trecută să îl ștergeți. Suntem în proces pentru împărțirea bunurilor, iar facturile din acel cont (mobila, electrocasnicele) sunt dovezi de care avocatul meu are nevoie.

Vă rog să nu ștergeți datele din cont până la finalul procesului. Între timp nu le folosiți la nimic și blocați accesul în cont, să nu mai umble nimeni în el – doar să rămână păstrate.

Cu respect,
Mihai Ionescu""",
         "Mihai Ionescu"),

        ("objection", ("deletion",),
         "Recomandări pe baza cumpărăturilor altcuiva",
         """Bună ziua,

în aplicație și pe site îmi apar de câteva săptămâni „recomandări pentru tine” care n-au nicio legătură cu mine – produse pentru bebeluși, vopsea de păr etc. Bănuiesc că mi s-au atribuit cumpărăturile altei Ioana Popescu, nume deloc rar.

Mă opun profilării pe baza datelor mele de cumpărare; nu vreau să-mi mai faceți recomandări personalizate. Iar profilul ăsta de preferințe pe care l-ați construit, oricum greșit, vă rog să îl ștergeți.

Ioana Popescu""",
         "Ioana Popescu"),

        ("withdraw_consent", (),
         "dezabonare",
         """Buna ziua, sotia mea s-a abonat la newsletterul vostru cu adresa mea de mail, nu cu a ei, si acum primesc zilnic oferte. Va rog sa ma scoateti de pe lista de mailuri.
Multumesc,
Radu""",
         "Radu Georgescu"),

        ("complaint", ("restriction",),
         "Nimeni nu mi-a răspuns – contul meu e folosit de fostul partener",
         """Bună ziua,

pe 19 octombrie v-am scris (și am sunat de două ori) că fostul meu partener încă are parola contului meu, că mi-a schimbat adresa de livrare pe a lui și că a comandat cu cardul meu salvat. La telefon mi s-a spus că „se rezolvă în 48 de ore”. Au trecut trei săptămâni. Nimeni nu m-a mai contactat, iar ieri a mai apărut o comandă.

Sunt foarte supărată. Este vorba de datele mele, de adresa mea, de cardul meu, și nimeni nu face nimic. Blocați contul IMEDIAT, până lămurim situația – să nu se mai poată loga nimeni și să nu se mai poată comanda nimic de pe el.

Dacă nu primesc un răspuns în scris până vineri, fac plângere la autoritatea de protecție a datelor.

Alina Marinescu""",
         "Alina Marinescu"),

        ("other", (),
         "Adresă de livrare în plus",
         """Bună ziua,

aș vrea să trimit cadourile de Crăciun direct la mama, în Liège, dar în contul meu nu găsesc cum să adaug a doua adresă de livrare. Trebuie să o schimb pe a mea de fiecare dată și apoi să o pun la loc? Adresa mea actuală e bună, nu vreau s-o modific definitiv.

Mulțumesc frumos,
Simona Constantin""",
         "Simona Constantin"),

        ("other", (),
         "Mail fals cu logo-ul vostru",
         """Salut,

vă anunț doar: am primit un mail „de la Shop Example” în care scrie că am câștigat un card cadou de 500 € și că trebuie să-mi introduc datele cardului bancar ca să-l „activez”. Evident e țeapă – expeditorul e ceva de genul promo@shopexample-gift.top. N-am completat nimic.

Nu trebuie să faceți nimic pentru mine, doar să știți că circulă.

Vlad Petrescu""",
         "Vlad Petrescu"),

        ("other", (),
         "Pe ce adresă e contul meu?",
         """Bună ziua,

nu mai reușesc să mă loghez. Cred că mi-am făcut contul acum doi ani cu adresa soțului, pentru că pe a mea nu primeam mailurile, dar nu sunt sigură. Am încercat „am uitat parola” pe ambele adrese și nu vine nimic, nici în spam. Ce altceva pot încerca? Am o comandă de Black Friday în coș și nu vreau s-o pierd.

Mersi,
Gabriela Stan""",
         "Gabriela Stan"),
    ],

    # ------------------------------------------------------------------- Greek
    "el": [
        ("access", ("deletion",),
         "Κάρτα πελάτη με τον αριθμό του κινητού μου",
         """Καλησπέρα σας,

εδώ και δύο εβδομάδες μού έρχονται SMS από το κατάστημά σας στη Γάνδη, με «ευχαριστούμε για την αγορά σας» και πόντους κάρτας. Δεν έχω κάρτα πελάτη σε εσάς· προφανώς κάποιος στο ταμείο έδωσε τον δικό μου αριθμό κινητού όταν έβγαζε κάρτα.

Θα ήθελα να μάθω ποια στοιχεία έχετε καταχωρισμένα μαζί με τον αριθμό μου (όνομα, διεύθυνση, αγορές) και από πότε. Στη συνέχεια, παρακαλώ διαγράψτε τον αριθμό μου από αυτή την κάρτα και από οπουδήποτε αλλού τον έχετε.

Με εκτίμηση,
Δημήτρης Αντωνίου""",
         "Δημήτρης Αντωνίου"),

        ("correction", (),
         "Λάθος επώνυμο και διεύθυνση στον λογαριασμό μου",
         """Καλημέρα,

μετά το διαζύγιο επανήλθα στο πατρικό μου επώνυμο, αλλά στον λογαριασμό μου εξακολουθεί να εμφανίζεται το επώνυμο του πρώην συζύγου μου και η παλιά μας διεύθυνση στην Αμβέρσα, όπου μένει ακόμα εκείνος. Αυτό σημαίνει ότι ό,τι μου στέλνετε ταχυδρομικά φτάνει σε αυτόν.

Παρακαλώ διορθώστε τα στοιχεία μου ως εξής:
Ονοματεπώνυμο: Ελένη Κωνσταντίνου
Διεύθυνση: Rue Royale 76, 1000 Bruxelles

Μέσα από την εφαρμογή η αλλαγή δεν περνάει, μου βγάζει «σφάλμα επαλήθευσης».

Ευχαριστώ,
Ελένη Κωνσταντίνου""",
         "Ελένη Κωνσταντίνου"),

        ("portability", (),
         "Αίτημα για αρχείο με τα δεδομένα μου",
         """Γεια σας,

τον λογαριασμό μου τον είχε ανοίξει πριν από χρόνια η μητέρα μου στο οικογενειακό μας e-mail, αλλά ουσιαστικά τον χρησιμοποιώ μόνο εγώ. Τώρα που μετακομίζω, το οικογενειακό e-mail θα κλείσει.

Πριν γίνει αυτό, θα ήθελα να μου στείλετε τα δεδομένα μου – ιστορικό παραγγελιών, διευθύνσεις, πόντους – σε μορφή που διαβάζεται από υπολογιστή (CSV ή JSON), ώστε να τα περάσω στην εφαρμογή διαχείρισης εξόδων που χρησιμοποιώ. Στείλτε τα στο e-mail από το οποίο σας γράφω, όχι στο οικογενειακό.

Ευχαριστώ πολύ,
Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),

        ("restriction", (),
         "Αμφισβητούμενες αγορές – παγώστε την κάρτα",
         """Καλησπέρα,

στην κάρτα πελάτη μου (2044 3381 0092) εμφανίζονται αγορές από το κατάστημα της Λιέγης που δεν έκανα εγώ, και κάποιος εξαργύρωσε 2.000 πόντους τον Οκτώβριο. Από την εξυπηρέτηση πελατών μού είπαν ότι «θα το ελέγξουν», κάτι που μπορεί να πάρει εβδομάδες.

Μέχρι να ξεκαθαρίσει σε ποιον ανήκουν αυτές οι αγορές, σας παρακαλώ να παγώσετε την κάρτα: να μην μπορεί να χρησιμοποιηθεί ούτε να εξαργυρωθούν πόντοι, και να μη χρησιμοποιούνται τα στοιχεία της για τίποτα. Μη σβήσετε όμως το ιστορικό, το χρειάζομαι για να αποδείξω ποιες αγορές είναι δικές μου.

Σοφία Παπαδάκη""",
         "Σοφία Παπαδάκη"),

        ("objection", (),
         "Εξατομικευμένες προτάσεις στο κοινό tablet",
         """Γεια σας,

στο σπίτι έχουμε ένα tablet που το χρησιμοποιούμε όλοι, και σε αυτό είναι συνδεδεμένος ο λογαριασμός μου. Χθες η κόρη μου (12 ετών) άνοιξε την εφαρμογή σας και στην αρχική σελίδα εμφανίστηκαν «Προτάσεις για εσάς» με βάση όσα είχα αγοράσει εγώ – ανάμεσά τους και το δώρο γενεθλίων της. Η έκπληξη πήγε χαμένη.

Δεν θέλω να αναλύετε τις αγορές και την περιήγησή μου για να μου κάνετε εξατομικευμένες προτάσεις. Αντιτίθεμαι σε αυτή τη χρήση των δεδομένων μου και σας ζητώ να τη σταματήσετε για τον λογαριασμό μου.

Κώστας Μιχαηλίδης""",
         "Κώστας Μιχαηλίδης"),

        ("withdraw_consent", ("objection",),
         "Διαγραφή από το newsletter",
         """Καλησπέρα,

ο άντρας μου με έγραψε στο newsletter σας με το δικό μου e-mail όταν μου έφτιαχνε λογαριασμό, χωρίς να με ρωτήσει. Παρακαλώ αφαιρέστε με από τη λίστα αποστολών και σταματήστε και τις ειδοποιήσεις push στο κινητό μου.

Επίσης δεν θέλω να χρησιμοποιείτε τις αγορές μου για προφίλ και στοχευμένες προσφορές.

Αθηνά Βλάχου""",
         "Αθηνά Βλάχου"),

        ("complaint", (),
         "Η εφαρμογή σας μου έδειξε τα στοιχεία άλλου πελάτη!!",
         """Σήμερα το πρωί μπήκα στην εφαρμογή για να δω πού βρίσκεται η παραγγελία μου, και αντί για τον δικό μου λογαριασμό είδα κάποιον άλλον: όνομα Μαρία Γ., διεύθυνση στη Λουβέν, τηλέφωνο, τελευταίες παραγγελίες, ακόμα και τα τελευταία ψηφία της κάρτας της. Έκανα αποσύνδεση και ξανασύνδεση και εμφανίστηκε ο δικός μου. Έχω κρατήσει στιγμιότυπα οθόνης.

Αν εγώ είδα τα δικά της, ποιος είδε τα δικά μου; Πρόκειται για σοβαρή παραβίαση δεδομένων και περιμένω εξηγήσεις, όχι αυτοματοποιημένη απάντηση. Αλλιώς θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Γιάννης Σταματόπουλος""",
         "Γιάννης Σταματόπουλος"),

        ("other", (),
         "Δωροκάρτα από τη θεία μου",
         """Καλησπέρα, η θεία μου μού έκανε δώρο μια δωροκάρτα 40 €, που την αγόρασε online από τον δικό της λογαριασμό. Μπορώ να τη χρησιμοποιήσω εγώ στον δικό μου λογαριασμό ή μόνο στο κατάστημα; Ο κωδικός είναι στο e-mail που της ήρθε και μου το προώθησε.

Ευχαριστώ!
Χριστίνα Αλεξίου""",
         "Χριστίνα Αλεξίου"),

        ("other", (),
         "Η γυναίκα μου θα επικοινωνήσει μαζί σας",
         """Καλημέρα σας,

η σύζυγός μου, η Ευαγγελία, μου είπε ότι σας έστειλε μήνυμα για τον λογαριασμό της από το δικό μου e-mail, γιατί είχε κλειδωθεί έξω από το δικό της. Θα σας ξαναγράψει η ίδια από τη δική της διεύθυνση μόλις ξαναμπεί, για να μη γίνει μπέρδεμα. Εγώ δεν ζητάω τίποτα, απλώς σας ενημερώνω.

Με εκτίμηση,
Παναγιώτης Ρήγας""",
         "Παναγιώτης Ρήγας"),

        ("other", (),
         "Ψεύτικο SMS εκ μέρους σας",
         """Καλησπέρα,

απλώς για ενημέρωση: πήρα σήμερα SMS, δήθεν από εσάς, ότι «ο λογαριασμός σας θα απενεργοποιηθεί» αν δεν επιβεβαιώσω τα στοιχεία μου σε έναν σύνδεσμο (shop-example-verify.info ή κάτι τέτοιο). Δεν πάτησα τίποτα. Το αναφέρω μήπως θέλετε να προειδοποιήσετε και τους άλλους πελάτες.

Καλή συνέχεια,
Μαρίνα Ζαχαρίου""",
         "Μαρίνα Ζαχαρίου"),
    ],

    # --------------------------------------------------------------- Bulgarian
    "bg": [
        ("deletion", ("access",),
         "Профил на мое име, който не съм създавала",
         """Здравейте,

вчера получих имейл „Потвърдете своя профил в Shop Example“. Никога не съм си правила профил при вас. Опитах „забравена парола“ и се оказа, че профилът е с моите имена, но с телефонен номер и адрес в Шарлероа, които не са мои.

Моля да изтриете този профил. Също така искам да ми кажете какви данни за мен се съдържат в него и откъде имате имейла ми.

Поздрави,
Десислава Петрова""",
         "Десислава Петрова"),

        ("correction", (),
         "Стар адрес в профила – колетът отиде при новите наематели",
         """Здравейте,

през лятото се преместих, но явно не съм сменила адреса в профила си и приложението го е взело по подразбиране. В резултат последната ми поръчка (SE-2026-120118) е доставена в старото ми жилище, където вече живеят други хора. Те любезно ми я донесоха, но не искам да се повтаря.

Моля, поправете адреса ми на: Rue de Flandre 45, 1000 Bruxelles. В приложението полето е заключено и не мога да го редактирам сама.

Благодаря,
Гергана Николова""",
         "Гергана Николова"),

        ("portability", ("deletion",),
         "Данните ми във файл, после изтрийте профила",
         """Здравейте,

профилът ми при вас е на семейния имейл, който ползваме с брат ми, и част от поръчките в него са негови. Искам да се отделя.

Моля, изпратете ми моите данни и поръчки в машинночетим формат (CSV или JSON), за да си ги прехвърля в приложението за лични финанси, което ползвам. След като ги получа, изтрийте моите данни от този профил – неговите да си останат.

Благодаря предварително,
Стоян Димитров""",
         "Стоян Димитров"),

        ("restriction", (),
         "Оспорвам покупки по картата ми",
         """Здравейте,

в историята на картата ми за лоялност (№ 2044 7719 4460) има три покупки от магазина ви в Антверпен от 2 и 9 октомври. Не съм стъпвал в Антверпен от години. Вчера подадох сигнал и ми казаха, че ще проверят.

Докато проверявате, моля не използвайте данните от картата ми за нищо – нито за оферти, нито за точки, нито за статистики. Не ги трийте обаче, искам да се изясни чии са тези покупки. Просто да стоят замразени, докато не ми отговорите.

Иван Тодоров""",
         "Иван Тодоров"),

        ("objection", (),
         "Профилиране по общата карта",
         """Здравейте,

с тъща ми ползваме една карта за лоялност, регистрирана на мое име – тя пазарува и ми трупа точки. Сега в приложението ми излизат оферти „специално за вас“ за крем за ставите и ортопедични обувки. Смешно е, но не ми харесва.

Възразявам срещу използването на покупките ми за профилиране и персонализирани оферти. Спрете го за моя профил. Картата и точките искам да си останат.

Поздрави,
Владимир Стоянов""",
         "Владимир Стоянов"),

        ("withdraw_consent", (),
         "Известия на детския таблет",
         """Здравейте,

инсталирах приложението ви на таблета на сина ми, за да си избере подарък, и влязох с моя профил. Оттогава на таблета непрекъснато излизат известия „Мария, виж новите намаления!“. Моля, спрете ми всички push известия и рекламните SMS-и. Имейлите може да си останат.

Мария Георгиева""",
         "Мария Георгиева"),

        ("complaint", ("correction",),
         "Оплакване: ваш служител е дал данните ми на бившия ми съпруг",
         """Здравейте,

пиша с голямо възмущение. На 28 октомври бившият ми съпруг е отишъл в магазина ви в Брюксел (Rue Neuve) и е казал на касата, че е „забравил картата на жена си“. Служителят му е показал на екрана моите данни и му е разпечатал списък с последните ми покупки, включително от магазина до новия ми адрес. Знам го, защото той сам ми се похвали, за да ме сплаши.

Разведени сме от година и той няма никакво право да получава информация за мен. Искам да знам как е възможно това и какви мерки ще вземете.

И още нещо: към картата все още стои неговият телефонен номер като втори контакт. Махнете го веднага и оставете само моя: +32 478 90 12 35.

Анелия Маринова""",
         "Анелия Маринова"),

        ("other", (),
         "Пратка за съседа",
         """Здравейте,
куриерът остави при мен пакет от вас, адресиран до съседа ми от № 17 (г-н Янсенс). Той се връща утре и ще му го дам. Пиша ви само защото в проследяването пише „доставено на получателя“, а не е точно така – за да няма объркване, ако той ви потърси.

Хубав ден,
Красимир Илиев""",
         "Красимир Илиев"),

        ("other", (),
         "Как да добавя втори адрес за доставка?",
         """Здравейте, искам да добавя в профила си и адреса на майка ми в Лиеж, за да ѝ пращам поръчки директно. Моят адрес си е верен, не го сменям – просто ми трябва още един. Как става това? Не виждам такава опция в приложението.

Благодаря!
Цветелина Атанасова""",
         "Цветелина Атанасова"),

        ("other", (),
         "Жена ми ще ви пише сама",
         """Здравейте,

съпругата ми има профил при вас и иска да изтрие от него стария ни адрес. Предложих да ви пиша аз, но тя предпочита да се свърже с вас сама от своя имейл, за да нямате съмнения, че е тя. Просто ви предупреждавам да очаквате писмо от нея тези дни.

Поздрави,
Борислав Костов""",
         "Борислав Костов"),
    ],
}

"""Set sixtyseventh, person mail in pl cs hr sv ro el bg, theme: donations, charity and the local community. Written apart from the rules (see make_sixtyseventh.py)."""

PEOPLE_PF = {
    "pl": [
        ("access", (),
         "Zaokrąglenie przy kasie - skąd fundacja ma mój adres?",
         """Dzień dobry,

we wrześniu w Waszym sklepie przy Chaussée d'Ixelles kasjerka zapytała, czy chcę zaokrąglić rachunek na rzecz fundacji pomagającej dzieciom w szpitalu. Zgodziłam się, dałam 0,70 euro i zeskanowałam kartę lojalnościową, bo zawsze ją skanuję.

Od października dostaję do domu listy od tej fundacji z prośbą o stałe zlecenie, z moim imieniem i nazwiskiem, i to poprawnie napisanym z "ó" i "ł", czyli na pewno wzięte z Waszego systemu, bo nigdzie indziej tego nie podawałam w Belgii w tej formie.

Chciałabym wiedzieć, jakie dokładnie moje dane przekazaliście tej fundacji, kiedy, na jakiej podstawie i komu jeszcze. Proszę też o kopię wszystkich danych, jakie macie o mnie w związku z tymi darowiznami.

Z poważaniem
Agnieszka Wróblewska
Rue Gray 118, 1050 Ixelles""",
         "Agnieszka Wróblewska"),
        ("correction", (),
         "",
         """na zaświadczeniu o darowiźnie do podatku macie zły numer krajowy, powinno być 84.03.17-251.66 a nie 84.03.71. popraw prosze zanim pojdzie do urzedu

Tomasz K.""",
         "Tomasz Kowalczyk"),
        ("deletion", ("withdraw_consent",),
         "Re: Zbiórka żywności 23-24 listopada - dziękujemy!",
         """Dzień dobry,

pomagałem przy zbiórce i było bardzo fajnie, ale nie zgadzałem się na to, żeby mój numer telefonu i nazwisko zostały na jakiejś Waszej liście na stałe. Proszę mnie usunąć z listy wolontariuszy i z całej tej bazy. I żadnych SMS-ów "zapisz się na następną akcję", dziękuję, sam się zgłoszę jak będę chciał.

Paweł Zieliński

> Drogi Wolontariuszu,
> dziękujemy za pomoc podczas naszej zbiórki na rzecz Banku Żywności Brukseli!
> Zebraliśmy ponad 2 tony produktów. Zachowamy Twoje dane kontaktowe,
> żeby zaprosić Cię na kolejne akcje. Do zobaczenia wiosną!
> Zespół Sklepu Lokalnego""",
         "Paweł Zieliński"),
        ("portability", (),
         "Wniosek o przeniesienie danych - historia darowizn w aplikacji",
         """Szanowni Państwo,

na podstawie art. 20 RODO proszę o przekazanie mi w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (CSV lub JSON) wszystkich danych dotyczących moich darowizn dokonanych przez aplikację sklepu w latach 2023-2024: daty, kwoty, organizacje, numer transakcji.

Dane te chcę zaimportować do programu mojego księgowego, który przygotowuje moje zeznanie podatkowe. Ręczne przepisywanie z ekranu aplikacji jest niemożliwe, bo jest tego ponad sto pozycji z zaokrągleń.

Numer karty lojalnościowej: 6270 0041 8832 115.

Z wyrazami szacunku
Marek Dąbrowski""",
         "Marek Dąbrowski"),
        ("restriction", (),
         "Loteria charytatywna - proszę NIE usuwać moich danych",
         """Dzień dobry,

w grudniu kupiłem 5 losów w Waszej loterii na rzecz schroniska dla zwierząt w Leuven. Mój los nr 0417 został wylosowany (jest na zdjęciu z losowania na Waszym Facebooku), ale nagrody do dzisiaj nie dostałem, a obsługa klienta twierdzi, że "nie ma mnie w systemie".

Ponieważ sprawę zgłaszam do rzecznika konsumentów, bardzo proszę, żeby moje dane z tej loterii (zakup losów, numery, e-mail, lista uczestników) nie zostały usunięte, dopóki sprawa się nie wyjaśni. Nie chcę ich na razie do niczego innego używać, tylko muszą zostać zachowane jako dowód.

Pozdrawiam
Krzysztof Lewandowski""",
         "Krzysztof Lewandowski"),
        ("objection", ("deletion",),
         "moje zdjęcie na Facebooku",
         """Hej,

byłam na dniu wolontariatu w parku w Schaerbeek (sprzątanie) jako pracownica sklepu w Evere. Teraz widzę swoje zdjęcie w Waszym poście i na plakacie w sklepie "Razem dla dzielnicy". Nikt mnie nie pytał.

Nie chcę, żeby moja twarz była używana w Waszej reklamie ani na Facebooku, ani na plakatach. Proszę przestać to wykorzystywać i zdjąć to zdjęcie.

Justyna""",
         "Justyna Mazur"),
        ("withdraw_consent", (),
         "głosowanie",
         """Głosowałam w tej ankiecie "który lokalny projekt dostanie grant" i podałam mail, a teraz dostaję od Was newslettery co tydzień. Proszę mnie wypisać ze wszystkich maili reklamowych.

Ewa Nowicka""",
         "Ewa Nowicka"),
        ("other", (),
         "Prośba o udział w głosowaniu na lokalny grant",
         """Szanowni Państwo,

piszę w imieniu Stowarzyszenia Polskich Rodzin w Brukseli "Most". Od 12 lat prowadzimy sobotnią szkołę i bezpłatne zajęcia dla seniorów w Etterbeek. Dowiedzieliśmy się, że Wasz sklep co roku wybiera w głosowaniu klientów lokalną inicjatywę, która dostaje grant.

Czy moglibyśmy zgłosić nasze stowarzyszenie do przyszłorocznej edycji? Jakie dokumenty są potrzebne i do kiedy trzeba je przesłać? Przepraszam, jeżeli piszę na zły adres, ale tylko ten znalazłam na stronie przy regulaminie akcji.

Z poważaniem
Barbara Wiśniewska
prezes stowarzyszenia""",
         "Barbara Wiśniewska"),
        ("other", (),
         "Gdzie zostawić jedzenie?",
         """Dzień dobry, chciałabym oddać kilka kartonów makaronu i konserw na zbiórkę dla banku żywności, ale w sklepie w Anderlechcie nie widziałam kosza. Czy zbiórka jeszcze trwa i gdzie mogę to zostawić? Nie chcę się zapisywać na wolontariat, tylko oddać produkty.

Dziękuję
Halina""",
         "Halina Kamińska"),
        ("other", (),
         "Pytanie ogólne - lista członków klubu",
         """Dzień dobry,

jestem skarbnikiem klubu piłkarskiego juniorów FC Jette 2010. Wasz sklep zaproponował nam sponsoring i 10% zniżki dla członków klubu, jeżeli przekażemy listę członków z adresami e-mail.

Zanim cokolwiek wyślemy, chciałbym zapytać: czy w ogóle wolno nam, jako klubowi, przekazać taką listę, skoro to w większości dzieci i ich rodzice? Czy musimy najpierw zapytać każdego rodzica o zgodę? Nie chcemy mieć potem problemów. Na razie nic nie przesłaliśmy.

Pozdrawiam
Grzegorz Wójcik""",
         "Grzegorz Wójcik"),
    ],
    "cs": [
        ("correction", (),
         "Potvrzení o daru - chyba ve jméně a adrese",
         """Dobrý den,

dostala jsem od Vás potvrzení o daru pro daňové účely (sbírka pro hospic, 150 EUR). Je tam ale špatně napsané jméno, "Dvorakova Lenka" bez háčků a čárek, a hlavně stará adresa v Gentu, ze které jsem se před rokem odstěhovala.

Správně je:
Lenka Dvořáková
Avenue Brugmann 214, 1180 Uccle

Prosím o opravu v systému a o vystavení nového potvrzení se správnými údaji, jinak mi ho finanční úřad neuzná.

Děkuji a přeji hezký den
Lenka Dvořáková""",
         "Lenka Dvořáková"),
        ("deletion", (),
         "Ztracená kočka - nástěnka",
         """Dobrý den,

před třemi týdny jsem na Vaší sousedské nástěnce v aplikaci dala inzerát, že se nám ztratila kočka Micka, a napsala jsem tam naši adresu a telefon. Kočka se naštěstí vrátila.

Inzerát tam ale pořád visí i s naší adresou a chodí mi divné zprávy. Prosím smažte ten příspěvek úplně a zároveň i můj účet na nástěnce se všemi údaji, už ji nechci používat.

Díky,
Jana Procházková""",
         "Jana Procházková"),
        ("portability", (),
         "Export darů",
         """Dobrý den, potřeboval bych všechny svoje příspěvky ze zaokrouhlování v e-shopu za rok 2024 jako soubor (CSV nebo Excel), abych je mohl nahrát do aplikace, ve které si vedu daně. V aplikaci je vidím jen jeden po druhém. Zákaznické číslo 4471902.

Petr Novotný""",
         "Petr Novotný"),
        ("restriction", ("objection",),
         "Seznam členů TJ Sokol a Vaše slevy",
         """Vážení,

jsem členem tenisového oddílu, který od Vás má sponzorský příspěvek. Dozvěděl jsem se, že předseda oddílu Vám předal seznam členů s e-maily a daty narození kvůli slevové kartě. Já jsem k tomu souhlas nikdy nedal a v oddíle se o tom vede spor.

Dokud se nevyjasní, jestli byl ten seznam předán oprávněně, žádám, abyste moje údaje z toho seznamu nijak nepoužívali (žádné e-maily, žádná sleva na mé jméno, nic), ale zatím je nemažte, budeme je potřebovat k posouzení. Zároveň nesouhlasím s tím, abyste mi na základě toho seznamu posílali jakékoli nabídky.

S pozdravem
Ing. Martin Kučera""",
         "Martin Kučera"),
        ("objection", (),
         "reklamy podle darů??",
         """Dobrý den,

všimla jsem si, že od té doby, co jsem přes Vaši aplikaci přispěla na útulek pro psy, mi chodí reklamy výhradně na krmivo a pelíšky, a teď i nabídka "adoptujte si pejska s naší kartou". Nechci, abyste si z mých darů dělali profil a cílili na mě podle toho. Tohle prosím vypněte.

Věra Pokorná""",
         "Věra Pokorná"),
        ("withdraw_consent", (),
         "",
         """při koupi losů do tomboly jsem zaškrtla že chci novinky sms. nechci, odhlaste mě prosím, číslo +32 478 21 90 44

Hana""",
         "Hana Veselá"),
        ("complaint", ("deletion",),
         "Re: Re: Dary na památku mého otce - ŽÁDOST Z 12. ÚNORA",
         """Dobrý den,

píšu potřetí. 12. února jsem Vás žádal, abyste z Vaší stránky "Dary na památku" odstranili jméno mého zesnulého otce, moje jméno, moji adresu a seznam lidí, kteří na jeho památku přispěli. Na stránku jsem ho nedal já, ale jeho kolega, bez vědomí rodiny.

Dostal jsem jen automatickou odpověď. Je to přes měsíc, stránka je pořád veřejná a lidé mi volají, proč tam vidí naši adresu. Připadá mi to naprosto bezohledné, zvlášť v takové situaci.

Pokud do 7 dnů vše nesmažete, podám stížnost u belgického úřadu GBA/APD a dám vědět i českému ÚOOÚ.

Tomáš Černý

> Děkujeme za Vaši zprávu. Vaši žádost jsme přijali a budeme se jí věnovat
> v zákonné lhůtě.
> Tým ochrany osobních údajů""",
         "Tomáš Černý"),
        ("other", (),
         "Žádost o sponzoring - dětský florbalový turnaj",
         """Dobrý den,

jsme malý florbalový klub v Bruselu, který založili čeští a slovenští rodiče. V květnu pořádáme turnaj pro děti do 12 let a hledáme sponzora na ceny a občerstvení.

Viděli jsme, že podporujete místní sportovní kluby. Můžeme Vám poslat nabídku? Logo bychom dali na dresy a na plakát. Omlouvám se, pokud píšu na nesprávnou adresu.

Děkuji,
Radek Marek
FBC Česko-Slovenský Brusel""",
         "Radek Marek"),
        ("other", (),
         "Den dobrovolníků - datum?",
         """Ahoj, kdy přesně bude ten jarní den dobrovolníků u řeky v Anderlechtu? Na letáku je jen "duben". Chtěla bych si vzít dovolenou.

Klára""",
         "Klára Horáková"),
        ("other", (),
         "Účtenka - zaokrouhlení",
         """Dobrý den,

včera (objednávka v prodejně Woluwe, účtenka č. 0562-118904) jsem souhlasila se zaokrouhlením pro charitu na 45,00 EUR. Na účtence je ale zaokrouhlení 1,60 EUR dvakrát, takže jsem zaplatila 46,60. Myslím, že pokladna to zadala dvakrát. Můžete mi rozdíl vrátit? Jde jen o tu platbu, nic víc.

Děkuji
Alena Kratochvílová""",
         "Alena Kratochvílová"),
    ],
    "hr": [
        ("access", (),
         "što imate o meni?",
         """Poštovani,

dobila sam pismo od neke udruge za borbu protiv raka s mojim imenom i adresom i zahvalom "za vašu donaciju u trgovini". Ja sam kod vas samo jednom dala euro na blagajni. Odakle njima moja adresa??

Što sve vi imate o meni i kome ste to dali? Hoću znati.

Ivana Horvat""",
         "Ivana Horvat"),
        ("deletion", ("withdraw_consent",),
         "Peticija za park - brisanje",
         """Dobar dan,

prošli mjesec sam u vašoj trgovini u Etterbeeku potpisao peticiju da se park iza trgovine ne pretvori u parking, i upisao sam e-mail. Peticija je gotova, općina je odlučila.

Molim vas da izbrišete moje ime, potpis i e-mail iz te peticije i iz vaše baze. I ne šaljite mi više newsletter "Naša četvrt", za to se nisam prijavio, a ako ste mislili da jesam, povlačim pristanak.

Lijep pozdrav,
Davor Babić""",
         "Davor Babić"),
        ("portability", (),
         "Prijenos podataka o donacijama knjigovodstvenom uredu",
         """Poštovani,

temeljem članka 20. Opće uredbe o zaštiti podataka molim da podatke o svim mojim donacijama putem vaše web trgovine i kartice vjernosti (datum, iznos, primatelj) za 2023. i 2024. izravno pošaljete u strojno čitljivom obliku mom knjigovodstvenom uredu:

Fiduciaire Lambert & Fils, Rue de Namur 45, 5000 Namur
e-mail: dossiers@lambert-fiduciaire.example.be

Oni pripremaju moju poreznu prijavu. Prilažem punomoć.

S poštovanjem,
Marija Kovačević
broj kartice: 6270 0093 1145 802""",
         "Marija Kovačević"),
        ("restriction", (),
         "Potvrda o donaciji - krivi iznos, ne slati porezni!",
         """Dobar dan,

na potvrdi o donaciji za 2024. piše da sam donirala 40 eura, a ja sam donirala 400 eura za obnovu igrališta (imam izvod iz banke). Vidim da potvrde šaljete i direktno SPF Finances.

Molim vas da dok se iznos ne provjeri NE šaljete moje podatke i taj iznos poreznoj upravi i da ih ne koristite ni za što drugo. Kad provjerite, onda neka ide ispravna potvrda. Izvod banke mogu poslati.

Hvala,
Snježana Jurić""",
         "Snježana Jurić"),
        ("objection", (),
         "Moj broj mobitela - banka hrane",
         """Poštovani,

bio sam volonter na vašem skupljanju hrane u studenom. Sada me zovu iz neke partnerske organizacije za pomoć beskućnicima i traže da se upišem kod njih, kažu da su dobili listu volontera od vas.

Nemam ništa protiv da me vi kontaktirate za sljedeće akcije, ali prestanite dijeliti moj broj i ime s drugim organizacijama i partnerima.

Hrvoje Marić""",
         "Hrvoje Marić"),
        ("withdraw_consent", (),
         "",
         """odjavite me sa mailova o dobrotvornim akcijama, hvala. ana.petrovic.gent@example.com

Ana""",
         "Ana Petrović"),
        ("complaint", ("access",),
         "Fotografije s dana volontiranja - ovo nije u redu",
         """Poštovani,

17. svibnja sam s kćerkom (9 godina) sudjelovala na vašem "danu zajednice" u Molenbeeku, sadili smo drveće. Danas sam na vašoj Instagram stranici i na vašoj web stranici vidjela fotografiju na kojoj se jasno vidi lice moje kćeri, s opisom "naši mali heroji iz Molenbeeka". Nitko me nije pitao za dozvolu, nisam potpisala nikakav obrazac, a vaši ljudi su na licu mjesta rekli da se fotografira "samo za internu upotrebu".

Ovo je neprihvatljivo i smatram da ste postupili protivno propisima o zaštiti podataka, posebno kad je riječ o djetetu. Podnijet ću prijavu belgijskom nadzornom tijelu (GBA/APD), a kopiju šaljem i AZOP-u.

Također tražim da mi napišete gdje se sve ta fotografija koristila i tko ju je još dobio (agencija, partneri?).

Martina Šarić""",
         "Martina Šarić"),
        ("other", (),
         "Prijava udruge za lokalni grant",
         """Poštovani,

mi smo udruga "Zajedno" koja u Schaerbeeku vodi besplatne radionice šivanja za žene iz raznih zemalja. Čuli smo da svake godine birate jednu lokalnu inicijativu za grant i da kupci glasaju.

Kako se možemo prijaviti i koji su rokovi? Bili bismo jako sretni da nas uvrstite u izbor.

Srdačan pozdrav,
Jelena Tomić""",
         "Jelena Tomić"),
        ("other", (),
         "Hvala!",
         """Samo da vam zahvalim. Naš mali rukometni klub dobio je vašu donaciju za dresove i djeca su presretna. Šaljem fotku za vas, slobodno je stavite na oglasnu ploču u trgovini, svi roditelji su se složili.

Pozdrav od trenera,
Zoran Knežević""",
         "Zoran Knežević"),
        ("other", (),
         "kutija za hranu",
         """Pozdrav, je li kutija za skupljanje hrane za banku hrane još uvijek kod ulaza u trgovini na Boulevard Anspach ili ste je maknuli? Imam par vrećica riže i tjestenine. Hvala, Mirjana""",
         "Mirjana Pavlović"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag - minnesgåva",
         """Hej,

i mars gav jag en minnesgåva via er webbshop till en cancerfond till minne av min mamma, Birgitta Lindqvist. Några veckor senare fick min moster ett brev från fonden där det stod vilket belopp jag hade gett och min hemadress.

Jag begär med stöd av artikel 15 i dataskyddsförordningen att få veta:
- vilka uppgifter om mig ni har sparat i samband med gåvan,
- vilka uppgifter ni lämnat till fonden eller andra och varför,
- hur länge ni sparar dem.

Jag vill också ha en kopia av uppgifterna.

Med vänlig hälsning
Karin Lindqvist
Avenue de Tervueren 301, 1150 Woluwe-Saint-Pierre""",
         "Karin Lindqvist"),
        ("correction", (),
         "Re: Välkommen, medlem i Stockel Hockey Club!",
         """Hej,

fick det här mejlet men ni har fel e-post och fel namn på min son, det är Oskar (med k) och det är min adress ni har, inte hans. Han är 11 år. Klubben har skrivit fel i listan de skickade er. Rätta så att det står:

Oskar Berg, förälder: Anna Berg, anna.berg.bxl@example.com

Tack!
Anna

> Hej Oscar!
> Som medlem i Stockel Hockey Club får du nu 10 % rabatt i alla våra butiker.
> Visa bara ditt lojalitetskort i kassan.""",
         "Anna Berg"),
        ("portability", ("access",),
         "Mina volontärtimmar",
         """Hej!

Jag har varit med på era volontärdagar i två år (matbanken, städning av parken, julinsamlingen) och ni har registrerat mina timmar i er volontärportal. Jag söker nu ett jobb på en ideell organisation och vill kunna visa det.

Kan ni skicka alla mina uppgifter från portalen som en fil (helst Excel eller CSV) som jag kan ladda upp? Och säg gärna också vilka andra uppgifter om mig ni har i portalen, jag minns inte vad jag fyllde i.

Tack på förhand,
Erik Johansson""",
         "Erik Johansson"),
        ("restriction", (),
         "Lotteriet - radera inte",
         """Hej. Jag såg att ni ska radera alla deltagare i julens välgörenhetslotteri vid månadsskiftet. Gör inte det med mina uppgifter, vänta. Jag har anmält till FOD Economie (belgiska Konsumentverket) att vinsten aldrig levererades och behöver att ni sparar mitt deltagande och lottnumret tills det är klart. Använd dem inte till annat.

/Lars Nilsson""",
         "Lars Nilsson"),
        ("objection", (),
         "Sluta dela mina uppgifter med välgörenhetspartnern",
         """Hej,

jag rundar upp ofta i kassan och tycker det är bra. Men nu får jag tiggarbrev och samtal från organisationen ni samarbetar med, och de säger att de fick mina uppgifter "via ert kundprogram".

Jag vill fortsätta handla och runda upp, men ni ska sluta lämna över mitt namn, adress och telefonnummer till dem och till andra partner. Det har jag inte bett om.

Mvh
Sofia Andersson""",
         "Sofia Andersson"),
        ("withdraw_consent", ("objection",),
         "Nyhetsbrev och sms",
         """Hej,

när jag röstade i "Vilken lokal förening ska få bidraget?" kryssade jag visst i att jag vill få nyheter. Jag återkallar det samtycket, vill inte ha nyhetsbrev eller sms längre.

Jag vill inte heller att ni använder min röst och min e-post för att analysera vad jag "bryr mig om" och skicka riktad reklam. Det får ni sluta med.

Hälsningar
Maria Eriksson""",
         "Maria Eriksson"),
        ("complaint", (),
         "Obesvarad begäran + anmälan",
         """Hej,

den 4 januari skrev jag till er och bad att få veta varför mitt personnummer (belgiskt rijksregisternummer) står på en lista som min pingisklubb fick av er i samband med sponsringen. Jag har inte fått något svar alls, nu har det gått över två månader.

Det är inte okej att ni både hanterar ett så känsligt nummer slarvigt och sedan ignorerar mig. Jag kommer att anmäla er till Gegevensbeschermingsautoriteit här i Belgien, och jag har redan pratat med IMY hemma i Sverige som sa att jag ska vända mig dit.

Johan Persson""",
         "Johan Persson"),
        ("other", (),
         "Sponsring - scoutkår",
         """Hej!

Vi är en svensk-finsk scoutkår i Bryssel med ca 40 barn. Vi undrar om er butik kan tänka sig att sponsra vårt sommarläger, t.ex. med tält eller presentkort. Vi kan sätta upp er logga på vår hemsida.

Vem ska vi kontakta om det? Jag hittade bara den här adressen.

Vänliga hälsningar
Ingrid Karlsson
kårordförande""",
         "Ingrid Karlsson"),
        ("other", (),
         "Fråga om avrundningen",
         """Hej,

en allmän fråga bara: när jag rundar upp i kassan till välgörenhet, får organisationen veta vem jag är? Eller går bara pengarna dit? Jag undrar mest av nyfikenhet, jag har inga problem, vill bara förstå hur det fungerar innan jag säger ja nästa gång.

Gustav Olsson""",
         "Gustav Olsson"),
        ("other", (),
         "",
         """Hej, när är nästa volontärdag vid matbanken i Forest? Jag och min kollega vill gärna hjälpa till en lördag. /Elin""",
         "Elin Svensson"),
    ],
    "ro": [
        ("access", (),
         "SMS cu reducere pentru membrii clubului",
         """Bună ziua,

am primit ieri un SMS de la dumneavoastră: "Ca membru al KFC Heverlee beneficiezi de 10% reducere". Eu nu am card de fidelitate la voi și nu v-am dat niciodată numărul meu. Am înțeles de la antrenor că clubul v-a trimis lista cu membrii pentru sponsorizare.

Vă rog să-mi spuneți ce date aveți despre mine, de unde le aveți exact, de când și dacă le-ați mai dat cuiva. Aș dori și o copie.

Mulțumesc,
Andrei Popescu""",
         "Andrei Popescu"),
        ("correction", (),
         "Re: Atestatul dumneavoastră fiscal pentru donații 2024",
         """Bună ziua,

numărul național de pe atestat este greșit, ați pus 79.11.04-362.18 dar al meu este 79.11.04-326.18 (cifrele inversate). Și numele este Constantinescu, nu Constantinesco. Vă rog să corectați și să-mi trimiteți un atestat nou, altfel nu pot deduce donația.

Cu stimă,
Ioana Constantinescu

> Stimată doamnă Constantinescu,
> găsiți atașat atestatul fiscal pentru donațiile făcute în 2024 prin programul
> nostru "Rotunjește pentru bine". Atestatul a fost transmis și către SPF Finances.""",
         "Ioana Constantinescu"),
        ("deletion", ("objection",),
         "Anunț pe panoul de cartier - adresa mea",
         """Bună ziua,

am pus acum două luni pe panoul de anunțuri din aplicația voastră de cartier un anunț că donez haine de copii, cu adresa de acasă ca să vină lumea să le ia. S-au dat toate. Anunțul e tot acolo, și acum îmi sună oameni la ușă la 10 seara.

Vă rog să ștergeți anunțul și tot ce ați păstrat din el. Și am văzut că anunțurile de donații le dați și "asociației partenere" ca să le publice pe pagina lor, vă rog să nu mai faceți asta cu datele mele.

Elena Dumitru""",
         "Elena Dumitru"),
        ("restriction", (),
         "Ziua de voluntariat 8 iunie - păstrați datele mele",
         """Stimată echipă,

la ziua de voluntariat organizată de magazinul din Liège pe 8 iunie (curățenie pe malul Meusei) am căzut și mi-am rupt încheietura. Am depus dosar la asigurare și s-ar putea să ajungem și în instanță.

Am aflat că lista voluntarilor, fișa de înscriere și pozele din ziua respectivă se șterg după 6 luni. Vă rog să nu ștergeți nimic din ce mă privește până se termină dosarul: am nevoie de ele ca dovadă. Nu vreau să fie folosite în alt scop între timp, doar păstrate.

Cu respect,
Mihai Stoica
tel. 0485 33 17 62""",
         "Mihai Stoica"),
        ("objection", (),
         "Panoul donatorilor din magazin",
         """Bună ziua,

am donat 200 de euro pentru noul teren de joacă din Saint-Gilles și acum numele meu întreg apare pe "panoul donatorilor" de la intrarea în magazin, și pe site. Nu vreau să fie afișat public că am donat și cât. Vă rog să mă scoateți de acolo, donația rămâne, bineînțeles.

Radu Ionescu""",
         "Radu Ionescu"),
        ("withdraw_consent", (),
         "",
         """nu mai vreau telefoane de la voi cu campanii de strângere de fonduri, am zis da la casă o dată dar gata. mulțumesc
Florina""",
         "Florina Munteanu"),
        ("complaint", ("deletion",),
         "Am dat un euro, nu adresa mea!!!",
         """Bună ziua,

sunt foarte supărată. În decembrie, la casa din magazinul din Ixelles, am fost de acord să rotunjesc suma pentru o organizație care ajută bătrânii. UN EURO. Nimeni nu mi-a zis că numele, adresa și emailul meu vor ajunge la acea organizație.

De atunci primesc scrisori, emailuri și chiar un telefon în care mi se cere să fac donație lunară. Am sunat la serviciul clienți de două ori, mi s-a spus "vă sunăm înapoi". Nimeni nu m-a sunat.

Consider că ați încălcat legea, nu aveați niciun drept să dați datele mele mai departe pentru un euro. Voi depune plângere la Autoritatea belgiană (APD) și la ANSPDCP în România, unde am încă adresa în buletin.

Și vreau să ștergeți datele mele legate de aceste donații și să cereți și organizației să le șteargă.

Gabriela Neagu""",
         "Gabriela Neagu"),
        ("other", (),
         "Cerere de participare la votul pentru grant",
         """Stimate doamne și domni,

parohia ortodoxă română Sf. Nicolae din Bruxelles are o cantină socială care servește în fiecare sâmbătă peste 80 de mese calde, pentru oricine are nevoie, indiferent de religie sau naționalitate.

Am văzut afișul din magazin "Alegeți cauza locală care primește grantul". Am dori să ne înscriem pentru anul viitor. Ne puteți spune care sunt condițiile și termenul?

Cu mulțumiri și binecuvântări,
pr. Vasile Rusu""",
         "Vasile Rusu"),
        ("other", (),
         "bon greșit tombolă",
         """Bună ziua, am cumpărat 3 bilete la tombola pentru adăpostul de animale, câte 2 euro, dar pe bon scrie 3 x 5 euro = 15 euro. Cred că s-a greșit la casă. Se poate returna diferența? Bon nr 2231-00987, magazinul Schaerbeek, 14.12.

Mulțumesc, Cristina Marin""",
         "Cristina Marin"),
        ("other", (),
         "Mulțumiri",
         """Bună ziua,

voiam doar să vă mulțumesc pentru colecta de alimente de sâmbătă. Am fost voluntară cu fiica mea, a fost foarte bine organizat și oamenii au fost generoși. Spuneți-le și colegilor de la magazinul din Etterbeek că au fost minunați. Ne vedem la următoarea!

Cu drag,
Laura Matei""",
         "Laura Matei"),
    ],
    "el": [
        ("access", (),
         "Λαχειοφόρος - τι στοιχεία μου κρατάτε;",
         """Καλησπέρα σας,

τον Δεκέμβριο αγόρασα λαχνούς από τη λαχειοφόρο σας για το ορφανοτροφείο και μου ζητήσατε ονοματεπώνυμο, τηλέφωνο, email και διεύθυνση. Τώρα βλέπω ότι τα ονόματα των νικητών ανέβηκαν στο Facebook και μου έρχονται και email από έναν "συνεργάτη".

Θα ήθελα να μάθω ποια ακριβώς στοιχεία μου έχετε, για ποιο λόγο, σε ποιους τα δώσατε και για πόσο καιρό θα τα κρατήσετε.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("correction", (),
         "Βεβαίωση δωρεάς - λάθος όνομα",
         """Καλημέρα,

στη φορολογική βεβαίωση δωρεάς που μου στείλατε το όνομα είναι γραμμένο "Papadopoulos Eleni" αντί για "Papadopoulou Eleni" (όπως στο διαβατήριο και στο εθνικό μητρώο). Οι βελγικές φορολογικές αρχές δεν θα το δεχτούν. Παρακαλώ διορθώστε το στα αρχεία σας και στείλτε νέα βεβαίωση.

Με εκτίμηση,
Ελένη Παπαδοπούλου""",
         "Ελένη Παπαδοπούλου"),
        ("deletion", (),
         "",
         """Γεια σας, είχα βάλει στον πίνακα ανακοινώσεων της γειτονιάς ότι χάθηκε ο σκύλος μου με το κινητό και τη διεύθυνσή μου. Τον βρήκαμε. Σβήστε την ανακοίνωση και τα στοιχεία μου, δεν θέλω να μείνουν πουθενά. Ευχαριστώ, Νίκος""",
         "Νίκος Αντωνίου"),
        ("portability", (),
         "Αίτημα φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

δυνάμει του άρθρου 20 του Γενικού Κανονισμού Προστασίας Δεδομένων, παρακαλώ να μου διαβιβάσετε σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο (CSV) το ιστορικό όλων των δωρεών μου μέσω της εφαρμογής σας (στρογγυλοποιήσεις και εφάπαξ δωρεές), με ημερομηνία, ποσό και φορέα.

Σκοπεύω να το εισαγάγω στο πρόγραμμα οικονομικής διαχείρισης που χρησιμοποιώ.

Αριθμός κάρτας πελάτη: 6270 0112 4470 391

Με τιμή,
Δημήτρης Κωνσταντίνου
Avenue Louise 402, 1050 Bruxelles""",
         "Δημήτρης Κωνσταντίνου"),
        ("objection", ("withdraw_consent",),
         "Λίστα μελών του συλλόγου μπάσκετ",
         """Καλησπέρα,

ο ελληνικός σύλλογος μπάσκετ όπου παίζει ο γιος μου σας έδωσε τη λίστα με τα μέλη για την έκπτωση της χορηγίας. Εντάξει για την έκπτωση. Αλλά από τότε μου στέλνετε διαφημιστικά για αθλητικά είδη με βάση αυτή τη λίστα, με το όνομα του παιδιού μου.

Δεν θέλω να χρησιμοποιείτε τα στοιχεία από τη λίστα του συλλόγου για διαφήμιση. Επίσης, σταματήστε το newsletter, αποσύρω τη συγκατάθεσή μου.

Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("withdraw_consent", (),
         "Διαγραφή από newsletter",
         """Καλημέρα, ψήφισα στην ψηφοφορία για το τοπικό πρόγραμμα και από τότε μου έρχονται τα newsletter σας. Δεν τα θέλω πια, διαγράψτε με από τη λίστα αλληλογραφίας.

Κατερίνα""",
         "Κατερίνα Δημητρίου"),
        ("complaint", ("deletion",),
         "ΠΑΡΑΠΟΝΟ - τηλέφωνα εθελοντών σε δημόσια θέα",
         """Κύριοι,

ήμουν εθελόντρια στη συλλογή τροφίμων για την τράπεζα τροφίμων στο κατάστημα του Anderlecht. Προχθές είδα ότι η λίστα με τα ονόματα και τα κινητά όλων των εθελοντών ήταν κολλημένη στον πίνακα ανακοινώσεων δίπλα στα ταμεία, για να "συντονιζόμαστε". Τη φωτογράφισα.

Από τότε έχω δεχτεί δύο ανώνυμα μηνύματα. Είναι απαράδεκτο. Κανείς δεν μας ρώτησε. Θα κάνω καταγγελία στη βελγική Αρχή (APD) και ενημερώνω και την Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα στην Αθήνα.

Θέλω να σβηστεί αμέσως ο αριθμός μου από οποιαδήποτε λίστα εθελοντών έχετε.

Αναστασία Βασιλείου""",
         "Αναστασία Βασιλείου"),
        ("other", (),
         "Πρόταση χορηγίας - σχολική γιορτή",
         """Καλησπέρα σας,

είμαι στον σύλλογο γονέων του ελληνικού σχολείου των Βρυξελλών. Τον Μάιο κάνουμε φιλανθρωπικό παζάρι και λαχειοφόρο για μια οικογένεια που χρειάζεται βοήθεια. Θα μπορούσε το κατάστημά σας να προσφέρει κάποια δώρα για τα λαχεία; Θα γράψουμε το όνομά σας στην αφίσα.

Σε ποιον να απευθυνθώ;

Ευχαριστώ πολύ,
Σοφία Ιωάννου""",
         "Σοφία Ιωάννου"),
        ("other", (),
         "Ερώτηση για τις φωτογραφίες",
         """Καλησπέρα,

θα έρθω στην ημέρα εθελοντισμού τον Απρίλιο. Μια γενική ερώτηση: τραβάτε φωτογραφίες εκεί; Δεν έχω πρόβλημα, απλώς θέλω να ξέρω αν πρέπει να υπογράψουμε κάτι ή πώς γίνεται συνήθως. Ευχαριστώ!

Πέτρος""",
         "Πέτρος Μιχαηλίδης"),
        ("other", (),
         "Ευχαριστώ",
         """Ήθελα απλώς να σας ευχαριστήσω για τη σελίδα δωρεών στη μνήμη του πατέρα μου. Μαζεύτηκαν πάνω από 1.200 ευρώ για το νοσοκομείο και ο οργανισμός μάς έστειλε ευχαριστήριο, ήταν πολύ συγκινητικό. Να είστε καλά.

Χριστίνα Λαμπράκη""",
         "Χριστίνα Λαμπράκη"),
    ],
    "bg": [
        ("access", (),
         "Защо ви е националният ми номер?",
         """Здравейте,

при дарението за детската болница онлайн ме накарахте да въведа националния си номер (рийксрегистър номер), за да получа данъчна бележка. Направих го, но сега се чудя: къде го пазите, кой има достъп до него, на кого го изпращате и докога ще стои у вас? Какви други данни имате за мен във връзка с даренията?

Моля, изпратете ми тази информация и копие от данните.

Поздрави,
Мария Иванова""",
         "Мария Иванова"),
        ("correction", (),
         "Грешен телефон в списъка на доброволците",
         """Здравейте,

записах се за доброволец за събирането на храна в магазина в Schaerbeek, но някой е сбъркал номера ми. Една жена ми писа във Facebook, че ѝ звънят от вас и я питат за смени - значи сте записали нейния номер под моето име.

Правилният ми номер е +32 486 57 12 03. Моля, поправете го.

Благодаря,
Стефан Георгиев""",
         "Стефан Георгиев"),
        ("deletion", ("withdraw_consent",),
         "Томбола - изтрийте ме",
         """Здравейте, участвах в благотворителната томбола през декември, не спечелих, няма проблем. Но защо още пазите имейла и адреса ми? Моля, изтрийте всичко за мен от томболата. И не ми пращайте повече имейли за "следващата кауза", не съм се записвала за такива.

Десислава Петрова""",
         "Десислава Петрова"),
        ("portability", (),
         "",
         """Добър ден, искам всички мои дарения чрез закръгляне от картата за лоялност за 2023 и 2024 в един файл (Excel или CSV), за да ги прехвърля в програмата на моя счетоводител. В приложението ги виждам само по един. Карта 6270 0087 6612 540.

Николай Димитров""",
         "Николай Димитров"),
        ("restriction", (),
         "Гласуване за местна кауза - някой е гласувал с моя имейл",
         """Здравейте,

получих имейл "Благодарим ви, че гласувахте за ФК Черно море Брюксел в конкурса за грант". Аз не съм гласувала и нямам нищо общо с този клуб. Някой е използвал моя имейл.

Докато проверите какво е станало, моля, не използвайте данните ми изобщо - нито за гласуването, нито за имейли. Не ги изтривайте обаче, защото искам да се разбере кой го е направил и може да подам сигнал в полицията.

С уважение,
Веселина Николова""",
         "Веселина Николова"),
        ("withdraw_consent", (),
         "стоп смс",
         """Спрете смс-ите за дарителски кампании, вече не искам да ги получавам. Благодаря. Петър""",
         "Петър Тодоров"),
        ("complaint", ("deletion",),
         "Жалба - списък на членовете на спортен клуб",
         """Уважаеми господа,

синът ми тренира борба в клуб в Антверпен, който има спонсорски договор с вашия магазин. Треньорът е предал на вас списък с имената, датите на раждане, адресите и телефоните на всички деца и родители, за да получат "карта с отстъпка". Никой от родителите не е давал съгласие за това.

Преди месец ви писах по този въпрос и не получих никакъв отговор. Освен това вече получаваме рекламни писма на името на детето, на 10 години е!

Това е недопустимо. Ще подам жалба до белгийския надзорен орган (APD/GBA), а също и до Комисията за защита на личните данни (КЗЛД) в София, тъй като сме български граждани.

Настоявам да изтриете незабавно всички данни за мен и сина ми, получени от клуба.

Иван Стоянов""",
         "Иван Стоянов"),
        ("other", (),
         "Кандидатстване за грант - българско неделно училище",
         """Здравейте,

пиша от името на българското неделно училище "Паисий Хилендарски" в Брюксел. Видяхме, че всяка година клиентите ви избират местна кауза, която получава грант. Бихме искали да кандидатстваме - събираме средства за учебници и за детско тържество за 3 март.

Какви са условията и до кога трябва да подадем заявка?

С уважение,
Радостина Костова
директор""",
         "Радостина Костова"),
        ("other", (),
         "Грешна сума на бележката",
         """Здравейте, вчера пазарувах в Ixelles и закръглих за благотворителност. На касата казаха 0,35 евро, а на бележката излизат 3,50. Мисля, че е грешка на касиерката. Може ли да ми върнете разликата? Бележка № 0419-22761.

Благодаря, Гергана""",
         "Гергана Илиева"),
        ("other", (),
         "Къде да оставя храна",
         """Здравейте, до кога продължава събирането на храна и има ли кашон и в магазина в Forest? Имам олио, ориз и консерви. Не искам да се записвам, само да ги оставя.

Поздрави,
Цветелина""",
         "Цветелина Маринова"),
    ],
}

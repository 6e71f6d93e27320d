"""Person mail for sixtythird: pl cs hr sv ro el bg; vouchers, gift cards, cashback and referral schemes. Written apart from the rules (see make_sixtythird.py)."""

PEOPLE_HF = {
    "pl": [
        ("access", ("deletion",),
         "Skąd macie mój adres e-mail?",
         """Dzień dobry,

wczoraj dostałam od Państwa maila z tytułem „Magda zaprasza Cię – odbierz 15 € na pierwsze zakupy”. Nigdy nie zakładałam u Was konta ani nie zapisywałam się do żadnego programu, a Magd znam co najmniej trzy, więc nie mam pojęcia, o którą chodzi.

Proszę mi napisać:
- kto dokładnie podał Wam mój adres (imię i nazwisko osoby polecającej),
- jakie jeszcze dane na mój temat macie poza samym mailem,
- jak długo zamierzacie je trzymać.

Jak już to będę wiedziała, proszę wszystko usunąć. Nie chcę być w żadnym programie poleceń.

Pozdrawiam
Joanna Kubiak""",
         "Joanna Kubiak"),
        ("correction", (),
         "data urodzenia",
         """W karcie stałego klienta mam źle wpisaną datę urodzenia: jest 03.09.1987, a powinno być 09.03.1987. Przez to bon urodzinowy przychodzi mi we wrześniu zamiast w marcu. Poprawcie to proszę.
Karta nr 2400 1187 5521

Piotr Zieliński

Wysłane z iPhone'a""",
         "Piotr Zieliński"),
        ("deletion", (),
         "Wniosek o usunięcie danych – promocja cashback „Zwrot 50 € na ekspres”",
         """Szanowni Państwo,

w lutym br. wziąłem udział w Państwa promocji cashback na ekspresy do kawy (zakup w sklepie internetowym, zamówienie nr BE-24-771903). Zgłoszenie obsługiwała zewnętrzna agencja, której przez formularz musiałem przesłać skan dowodu osobistego, numer rachunku bankowego (IBAN) oraz zdjęcie paragonu.

Zwrot w kwocie 50 € wpłynął na moje konto 14 marca, a więc cel, dla którego zebrano te dane, został osiągnięty. Na podstawie art. 17 ust. 1 lit. a RODO wnoszę o niezwłoczne usunięcie skanu mojego dowodu osobistego oraz numeru rachunku – zarówno z Państwa systemów, jak i u agencji, która obsługiwała promocję w Państwa imieniu.

Proszę o pisemne potwierdzenie usunięcia danych, łącznie z informacją, że agencja również je skasowała.

Z poważaniem
Marek Jasiński
ul. Ogrodowa 27/4
90-432 Łódź""",
         "Marek Jasiński"),
        ("portability", (),
         "Eksport danych",
         """Hej,

korzystam z aplikacji do budżetu domowego i chciałabym tam zaimportować wszystko, co kupiłam u Was przez ostatnie dwa lata – zamówienia, karty podarunkowe (kupione i wykorzystane), punkty i kupony z karty lojalnościowej.

Czy możecie mi wysłać moje dane w pliku CSV albo JSON? PDF-y z fakturami nic mi nie dadzą, apka ich nie czyta. Konto zakładałam na ten adres mailowy.

Dzięki z góry!
Ola Grabowska""",
         "Aleksandra Grabowska"),
        ("objection", (),
         "Re: Twoje zamówienie zostało zarejestrowane w programie partnerskim",
         """Nie bardzo rozumiem, po co portal cashbackowy ma dostawać informacje o tym, co u Was kupuję. Kliknąłem raz link z tej strony, bo był tam kupon na 10%, i tyle. Nie życzę sobie, żebyście im dalej przekazywali dane o moich zamówieniach ani żeby mnie śledzono między stronami. Proszę to wyłączyć dla mojego konta.

Paweł Dąbrowski

> Dzień dobry,
>
> dziękujemy za zakupy! Twoje zamówienie nr BE-24-803311 zostało
> przekazane naszemu partnerowi w programie cashback. Zwrot pojawi
> się na Twoim koncie u partnera w ciągu 60 dni.
>
> Zespół Obsługi Klienta""",
         "Paweł Dąbrowski"),
        ("withdraw_consent", (),
         "",
         """Proszę wypisać mnie z newslettera. Zapisałam się tylko dla kodu -10% i już go wykorzystałam. Ani maili, ani SMS-ów już nie chcę.
E. Wójcik""",
         "Ewa Wójcik"),
        ("complaint", ("access",),
         "TRZECI raz piszę w sprawie karty podarunkowej!!!",
         """Szanowni Państwo,

piszę już trzeci raz i chyba ostatni, bo najwyraźniej nikt u Was tych maili nie czyta.

Przypomnę: 2 października kupiłam w Waszym sklepie internetowym e-kartę podarunkową na 100 € dla teściowej (zamówienie BE-24-650217). Wpisałam jej imię i nazwisko, jej adres e-mail i krótkie życzenia. Teściowa karty nie dostała. Za to tydzień później zadzwoniła do mnie zupełnie obca pani z Gdyni, że dostała od Was maila z MOIM imieniem i nazwiskiem, moim numerem telefonu, życzeniami dla teściowej i kodem karty. Kodu na szczęście nie wykorzystała, uczciwa osoba, ale równie dobrze mogła.

Napisałam do Was 9 października i 23 października. Zero odpowiedzi, nawet automatycznego potwierdzenia nie było. Minęło ponad sześć tygodni, a art. 12 RODO daje Wam miesiąc.

To, jak potraktowaliście moje dane, jest po prostu skandaliczne, dlatego składam skargę do Prezesa UODO. I nadal chcę się w końcu dowiedzieć, do kogo jeszcze poszedł ten mail i jakie dokładnie dane w nim były.

Agnieszka Lewandowska
tel. 600 418 273""",
         "Agnieszka Lewandowska"),
        ("other", (),
         "Bon nie działa w sklepie",
         """Dzień dobry,

byłem wczoraj w Waszym sklepie w Brukseli przy Rue Neuve i kasjerka nie mogła przyjąć mojego e-bonu na 25 €, system cały czas pokazywał „kod nieważny”. Bon dostałem od Was mailem jako rekompensatę za spóźnioną dostawę, ważny do końca grudnia.

Co mam zrobić, żeby go wykorzystać? Wiem, że to adres od danych osobowych, ale na infolinii nikt nie odbiera od dwóch dni.

Pozdrawiam
Krzysztof Mazur""",
         "Krzysztof Mazur"),
        ("other", (),
         "Cashback – nadal brak zwrotu",
         """Dzień dobry,

w maju wysłałem formularz do promocji „Zwrot do 100 € na laptopy” razem z kopią dowodu, numerem konta i paragonem. Agencja potwierdziła przyjęcie zgłoszenia (nr CB-58821), minęło już 10 tygodni, a pieniędzy dalej nie ma. W regulaminie jest mowa o 8 tygodniach.

Kiedy mogę się spodziewać przelewu? Czy coś jest nie tak z moim zgłoszeniem?

Tomasz Nowicki""",
         "Tomasz Nowicki"),
        ("other", (),
         "Propozycja współpracy – kody rabatowe i cashback",
         """Dzień dobry,

nazywam się Bartosz Kwiatkowski i reprezentuję serwis z kodami rabatowymi i cashbackiem, z którego co miesiąc korzysta ponad 400 tys. użytkowników w Polsce i Belgii.

Chcielibyśmy zaproponować Państwu współpracę w modelu afiliacyjnym (prowizja od sprzedaży, bez opłat stałych). Publikowalibyśmy ekskluzywne kody na Państwa asortyment RTV/AGD, a rozliczenia odbywałyby się przez sieć afiliacyjną. Jesteśmy oczywiście w pełni zgodni z RODO.

Nie udało mi się znaleźć adresu działu marketingu, dlatego piszę tutaj – będę wdzięczny za przekazanie wiadomości właściwej osobie lub podanie kontaktu.

Z pozdrowieniami
Bartosz Kwiatkowski
Partnership Manager""",
         "Bartosz Kwiatkowski"),
    ],
    "cs": [
        ("access", (),
         "Dotaz",
         """Dobrý den,

včera mi od vás přišel mail „Všechno nejlepší, Lucie! Tady je váš narozeninový poukaz na 10 €“. Datum narození jsem vám ale nikdy nedávala, aspoň si to nepamatuju. Kartu mám jen kvůli bodům.

Co všechno o mně vlastně máte?? A odkud?

Lucie Procházková""",
         "Lucie Procházková"),
        ("correction", (),
         "Špatný e-mail u účtu – poukázky chodí jinam",
         """Dobrý den,

v zákaznickém účtu mám pořád uvedený starý pracovní e-mail, kde už rok nepracuju. Poukázky a potvrzení k dárkovým kartám mi tak chodí na adresu, ke které nemám přístup. Prosím o změnu na tuto adresu, ze které píšu.

A když už, změnila se mi i adresa: místo Lidická 14, Plzeň je to teď Korunní 58, 120 00 Praha 2. Ostatní údaje sedí.

Děkuji,
Lukáš Novák""",
         "Lukáš Novák"),
        ("deletion", (),
         "Pozvánka od „kamaráda“",
         """Dobrý den,

přišel mi od vás e-mail, že mě „Martin pozval do vašeho programu a mám u vás 15 € na první nákup“. U vás jsem nikdy nic nekupoval a žádný souhlas jsem nedával.

Ať už mi to udělal kterýkoli Martin, žádám o vymazání mé e-mailové adresy ze všech vašich seznamů a databází. Další pozvánky nechci.

S pozdravem
Jiří Svoboda""",
         "Jiří Svoboda"),
        ("restriction", (),
         "Cashback – zamítnutá žádost, NEMAZAT podklady",
         """Dobrý den,

agentura, která pro vás vyřizuje cashback na televizory, mi zamítla žádost s tím, že účtenka je nečitelná. Není, originál mám doma v šuplíku. Podal jsem proti tomu reklamaci, a pokud to nepůjde po dobrém, obrátím se na ČOI, případně na soud.

V potvrzení od agentury stojí, že zamítnuté žádosti se i s přílohami mažou po 30 dnech. Žádám vás, abyste moje údaje k této žádosti (formulář, kopii OP, účtenku a veškerou komunikaci) do vyřešení sporu nemazali, ale ani je nepoužívali k ničemu jinému. Potřebuju je jako důkaz.

Číslo žádosti: CB-CZ-20931

Ing. Radek Dvořák""",
         "Radek Dvořák"),
        ("objection", ("withdraw_consent",),
         "Námitka proti profilování – čl. 21 GDPR",
         """Vážení,

podle informací na vašem webu používáte historii mých nákupů a chování v aplikaci k tomu, abyste mi „na míru“ generovali slevové kupóny, a to na základě oprávněného zájmu. S tímto zpracováním nesouhlasím a vznáším proti němu námitku podle čl. 21 odst. 2 GDPR. Žádám, abyste profilování mé osoby pro účely přímého marketingu ukončili.

Zároveň odvolávám souhlas se zasíláním obchodních sdělení e-mailem i SMS.

Věrnostní kartu si chci ponechat, body sbírat budu dál.

S pozdravem
Mgr. Hana Kučerová
Brno""",
         "Hana Kučerová"),
        ("withdraw_consent", (),
         "",
         """odhlaste me prosim z newsletteru, kod na slevu jsem uz pouzila. diky

Odesláno z mobilu""",
         "Tereza Marková"),
        ("complaint", ("deletion",),
         "Re: Omluva za zpožděnou objednávku – kompenzační poukázka",
         """Tak tohle snad nemyslíte vážně. Jako omluvu za zpoždění mi nabídnete poukázku na 20 € a chcete po mně kvůli ní číslo účtu, číslo občanky a datum narození, a to ještě poslat obyčejným e-mailem? K čemu proboha potřebujete k poukázce číslo OP? Já vám to v dobré víře poslal a až pak mi došlo, co jsem vlastně udělal.

Takže: stěžuju si, že po lidech chcete údaje, které k tomu vůbec nepotřebujete, a pokud mi nikdo rozumně neodpoví, napíšu na ÚOOÚ. A to, co jsem vám poslal (číslo účtu a OP), okamžitě smažte.

Petr Horák

> Dobrý den, pane Horáku,
>
> omlouváme se za zpoždění Vaší objednávky č. BE-24-559102.
> Jako kompenzaci Vám rádi zašleme poukázku v hodnotě 20 €.
> Pro její vystavení nám prosím odpovězte na tento e-mail a uveďte
> číslo bankovního účtu, číslo občanského průkazu a datum narození.
>
> S pozdravem
> Zákaznický servis""",
         "Petr Horák"),
        ("other", (),
         "Kombinace slevových kódů",
         """Dobrý den,

mám slevový kód za přihlášení k newsletteru (10 %) a k tomu narozeninovou poukázku na 10 €. Dají se při jednom nákupu použít obě? V košíku mi to pokaždé vezme jen jednu a tu druhou smaže.

Děkuji
Veronika Černá""",
         "Veronika Černá"),
        ("other", (),
         "Propadlá dárková karta",
         """Dobrý den,

k Vánocům jsem od dcery dostala vaši dárkovou kartu na 50 €, zapomněla jsem na ni v šuplíku a teď vidím, že platnost skončila minulý měsíc. Dá se s tím ještě něco dělat, prodloužit ji nebo vyměnit za novou? Číslo karty končí na 4417. Dcera ji kupovala u vás na prodejně, na žádném účtu ji nemám.

Děkuji
Jaroslava Pokorná""",
         "Jaroslava Pokorná"),
        ("other", (),
         "Kopie občanky k cashbacku?",
         """Dobrý den,

chci si zažádat o cashback na pračku, ale formulář po mně chce kopii občanky. Než ji pošlu: je to opravdu nutné? Můžu začernit fotku a rodné číslo, nebo mi pak žádost neuznáte? Zatím jsem nic neposílal, chci to mít vyjasněné předem.

Díky,
Martin Veselý""",
         "Martin Veselý"),
    ],
    "hr": [
        ("access", (),
         "Podaci poslani cashback portalu",
         """Poštovani,

prošli mjesec kupila sam kod vas usisavač preko linka s jednog cashback portala. Danas mi je portal poslao obavijest s točnim iznosom kupnje, nazivom proizvoda i datumom, dakle od vas su dobili podatke o mojoj narudžbi.

Molim vas da mi javite koje ste točno podatke o meni i mojoj kupnji proslijedili tom portalu (i eventualno još nekome), na temelju čega i koliko ih dugo čuvate.

Lijep pozdrav,
Ivana Horvat
Zagreb""",
         "Ivana Horvat"),
        ("correction", (),
         "Promjena prezimena",
         """Pozdrav,

udala sam se u lipnju i promijenila prezime, a vaši rođendanski vaučeri i dalje stižu na ime Ana Babić i na staru adresu u Splitu. Molim da na računu za karticu vjernosti ispravite:

prezime: Marić (prije Babić)
adresa: Vukovarska 88, 10000 Zagreb

Hvala!
Ana Marić""",
         "Ana Marić"),
        ("deletion", (),
         "Moja majka je preminula",
         """Poštovani,

danas je na majčinu e-mail adresu stigla vaša poruka „Sretan rođendan, Marija! Vaš poklon bon čeka vas“. Moja majka Marija Kovačević preminula je u veljači ove godine i iskreno, nije bilo ugodno to pročitati.

Molim vas da zatvorite i obrišete njezin korisnički račun i karticu vjernosti te da prestanete slati bilo kakve poruke na njezino ime. Ako vam treba smrtni list ili nešto drugo, javite pa ću poslati.

Hvala na razumijevanju.
Dario Kovačević""",
         "Dario Kovačević"),
        ("portability", ("deletion",),
         "Izvoz podataka i zatvaranje računa",
         """Bok,

prije nego što zatvorim račun, htio bih dobiti sve svoje podatke u obliku koji mogu dalje koristiti: povijest narudžbi, kupljene i iskorištene poklon kartice, bodove i kupone. Najbolje CSV ili JSON, nikako PDF.

Kad mi to pošaljete, račun slobodno obrišite.

Luka Jurić""",
         "Luka Jurić"),
        ("restriction", (),
         "Ne brišite račun – preostali iznos na poklon kartici",
         """Poštovani,

dobio sam od vas obavijest da će moj račun biti obrisan zbog neaktivnosti 30. studenoga. Uz račun je vezana poklon kartica na kojoj je po mojim računicama ostalo još 80 €, a u aplikaciji sada piše 0,00 €. Nikome nisam davao karticu. Podnio sam reklamaciju (broj 44871) i još čekam odgovor.

Dok se to ne riješi, molim vas da račun i sve podatke o toj kartici i transakcijama NE brišete. Možete ih zaključati i ne koristiti ni za što, ali ih sačuvajte jer mi trebaju kao dokaz.

S poštovanjem,
Zoran Pavlović""",
         "Zoran Pavlović"),
        ("objection", ("withdraw_consent",),
         "Preporuči prijatelja",
         """Dobar dan,

prije nekoliko mjeseci sam preko vašeg programa „Preporuči prijatelja“ poslala pozivnicu sestri. Sad saznajem da moje ime i prezime stoji u svakom podsjetniku koji joj šaljete („Petra Novak te i dalje čeka!“), a ona ih dobiva jedan za drugim i misli da je ja gnjavim.

Ne želim da se moje ime i dalje koristi u tim porukama. Molim da ga prestanete koristiti u bilo kakvim marketinškim porukama koje šaljete drugim ljudima.

I usput, odjavite me s newslettera, ne treba mi više.

Petra Novak""",
         "Petra Novak"),
        ("withdraw_consent", (),
         "",
         """Ne želim više primati SMS poruke s kuponima. Molim odjavu za broj 091 555 2740.
Hvala, T. Knežević""",
         "Tomislav Knežević"),
        ("other", (),
         "Hvala",
         """Poštovani,

samo da vam zahvalim. Prošli tjedan sam vam pisala jer je poklon bon za kumu otišao na krivu adresu, a vi ste ga u dva dana poništili i izdali novi. Kuma je sretna, ja isto. Svaka čast na brzini, rijetko se to danas vidi.

Lijep pozdrav iz Rijeke,
Sanja Božić""",
         "Sanja Božić"),
        ("other", (),
         "Suradnja – platforma za kupone i povrat novca",
         """Poštovani,

javljam se ispred hrvatske platforme za kupone i povrat novca s preko 150.000 registriranih korisnika. Vaš webshop bismo rado uvrstili u našu ponudu: korisnici bi kod vas kupovali preko našeg linka, a vi biste plaćali proviziju samo na ostvarenu prodaju.

Uz to nudimo i ekskluzivne kodove za popust koje bismo zajedno osmislili za blagdansku sezonu. Podatke naših korisnika ne dijelimo s trećima, sve ide preko affiliate mreže.

Ako ovo nije prava adresa, molim vas da poruku proslijedite osobi zaduženoj za affiliate marketing.

Srdačan pozdrav,
Marko Radić
voditelj partnerstava""",
         "Marko Radić"),
        ("other", (),
         "Kod poklon kartice ne radi",
         """Pozdrav,

pokušavam u webshopu iskoristiti poklon karticu koju sam dobila od kolegica za rođendan i stalno mi izbacuje „Kod nije valjan“. Na kartici piše da vrijedi do 2026. Jesam li nešto krivo upisala ili je problem kod vas? Probala sam i na mobitelu i na laptopu, isto je.

Mia Perić""",
         "Mia Perić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag enligt artikel 15 GDPR",
         """Hej,

Jag deltog i er cashbackkampanj för hörlurar i våras och skickade då in en kopia på mitt körkort, mitt kontonummer och kvittot via ett formulär som sköttes av en extern byrå.

Jag vill nu ha ett registerutdrag, det vill säga:
- vilka personuppgifter ni (och byrån) har om mig,
- varifrån ni har fått dem,
- vilka ni har lämnat ut dem till,
- hur länge ni sparar dem, särskilt kopian på körkortet.

Jag vill också ha en kopia av uppgifterna.

Med vänliga hälsningar
Anders Lindqvist
Storgatan 14 B
753 20 Uppsala""",
         "Anders Lindqvist"),
        ("deletion", (),
         "ID-kopia",
         """Hej! Cashbacken på diskmaskinen är utbetald (tack), så nu vill jag att ni raderar kopian på mitt pass och mitt kontonummer. Det finns ju ingen anledning att ha kvar dem.

/Emma Berg""",
         "Emma Berg"),
        ("portability", (),
         "Min data",
         """Hej,

Jag håller på att samla alla mina köp och garantier i en app och vill därför få ut allt ni har från mitt kundkonto – ordrar, presentkort jag köpt och fått, saldo, poäng och kuponger – i en maskinläsbar fil (CSV, JSON eller liknande).

Om det går att skicka den direkt till appen är det ännu bättre, annars räcker det att den kommer hit till den här adressen.

Tack på förhand!
Johan Nilsson""",
         "Johan Nilsson"),
        ("restriction", (),
         "Ärende hos ARN – radera inte mina uppgifter",
         """Hej,

Jag har anmält er cashbackkampanj till Allmänna reklamationsnämnden, eftersom min ansökan avslogs trots att jag uppfyllde villkoren. I avslaget stod det att ansökan och bilagorna raderas efter 30 dagar.

Jag behöver underlagen (formuläret, kvittot och mejlväxlingen med byrån) som bevis i ärendet. Spärra gärna uppgifterna så att de inte används till något annat, men radera dem inte förrän ARN har fattat beslut.

Ansökningsnummer: CB-SE-11402

Mvh
Karin Ekström""",
         "Karin Ekström"),
        ("objection", ("access",),
         "Spårning via prisjämförelsesajter",
         """Hej.

Efter att jag klickade mig in till er från en prisjämförelsesajt har jag fått era annonser precis överallt, på Facebook, i nyhetsappar, i mejlen. Det verkar som att ni och sajten delar uppgifter om vad jag tittar på och köper.

Jag motsätter mig att mina köp och min surfning används för att följa mig mellan sajter och för riktad reklam. Sluta med det. Berätta också vilka ni faktiskt har delat mina uppgifter med.

Mikael Holm""",
         "Mikael Holm"),
        ("withdraw_consent", ("deletion",),
         "födelsedagsklubben",
         """Vill inte vara med i födelsedagsklubben längre och vill inte ha fler mejl med erbjudanden. Ta bort mitt födelsedatum också, tack.

Skickat från min iPhone""",
         "Linnea Sjöberg"),
        ("complaint", ("access",),
         "Presentkortet – fortfarande inget svar",
         """Hej igen.

Jag skrev till er den 3 september och den 17 september och har inte fått ett enda svar, inte ens ett automatiskt.

För er som inte har läst: jag köpte ett digitalt presentkort på 50 euro till en kollega som skulle gå i pension. Mejlet med kortkoden och min hälsning, undertecknad med mitt fullständiga namn och min mejladress, skickades till en helt annan person med nästan samma namn som min kollega. Hon hörde sedan av sig till mig på LinkedIn. Hon har alltså fått mitt namn, min mejladress, min hälsning och koden.

Att det blir fel kan hända. Att ingen svarar på sex veckor är inte okej, ni har en månad på er enligt GDPR. Hör jag inget inom en vecka anmäler jag er till IMY. Och jag vill fortfarande veta exakt vilka uppgifter om mig som skickades och till vem.

Sofia Lundgren""",
         "Sofia Lundgren"),
        ("other", (),
         "Fråga om värvningsprogrammet",
         """Hej!

Jag funderar på att tipsa några vänner via er ”Värva en vän”-kampanj. Får de se mitt namn i inbjudan? Och sparar ni deras mejladresser om de inte handlar? Vill bara veta innan jag skickar något, vill inte att de ska få massa spam på grund av mig.

Ha det gott,
Elin Persson""",
         "Elin Persson"),
        ("other", (),
         "Ordernr 24-7719033",
         """Hej, jag skickade in cashbackformuläret för kaffemaskinen i juni och fick bekräftelse från byrån, men pengarna har inte kommit in på kontot än. Har det hänt något? Vet inte vart jag annars ska vända mig, kundtjänst hänvisade hit.

Mvh Oskar Hedlund""",
         "Oskar Hedlund"),
        ("other", (),
         "Tack!",
         """Hej,

Tack för det snabba och tydliga svaret om hur ni hanterar ID-kopiorna i cashbackkampanjen och när de raderas. Nu känns det tryggt att skicka in ansökan.

Hälsningar
Maria Wikström""",
         "Maria Wikström"),
    ],
    "ro": [
        ("access", ("deletion",),
         "Cont vechi legat de cardul cadou",
         """Bună ziua,

Am primit de la fiica mea un card cadou de la dumneavoastră și când am vrut să-l folosesc în magazinul din Anvers, casiera mi-a spus că soldul e legat de un cont pe numele meu, deschis în 2019, cu o adresă de e-mail și un număr de telefon pe care nu le recunosc. Eu nu-mi amintesc să fi deschis vreun cont.

Vă rog să-mi spuneți ce date aveți în acel cont (adresă, telefon, e-mail, cumpărături), de unde le aveți și de când. După ce primesc răspunsul, vreau ca acel cont vechi să fie șters. Soldul cardului l-am folosit deja, nu mai am nevoie de el.

Cu stimă,
Doina Vasilescu""",
         "Doina Vasilescu"),
        ("correction", (),
         "Număr de telefon schimbat",
         """Bună ziua,

Mi-am schimbat numărul de telefon în vară, iar codurile de voucher pe care mi le trimiteți prin SMS ajung în continuare la numărul vechi, care între timp a fost dat altcuiva. Omul m-a găsit pe Facebook să-mi spună că primește „voucherele mele”.

Vă rog să actualizați numărul în contul meu de fidelitate: noul număr este 0742 318 905.

Mulțumesc,
Gabriela Dumitrescu""",
         "Gabriela Dumitrescu"),
        ("deletion", (),
         "Cerere de ștergere a datelor – campania cashback",
         """Stimată doamnă / Stimate domn,

Subsemnatul, Mihai Ionescu, am participat la campania dumneavoastră de cashback „Până la 100 € înapoi” pentru un televizor, cererea fiind gestionată de o agenție externă. Pentru înscriere mi s-au cerut copia cărții de identitate (care conține și CNP-ul), codul IBAN și bonul fiscal.

Suma de 100 € mi-a fost virată la data de 12.04.2024. Întrucât scopul pentru care datele au fost colectate a fost îndeplinit, în temeiul art. 17 din Regulamentul (UE) 2016/679 vă solicit ștergerea copiei actului de identitate și a codului IBAN, atât din evidențele dumneavoastră, cât și din cele ale agenției.

Vă rog să-mi confirmați în scris efectuarea ștergerii.

Cu stimă,
Mihai Ionescu
Str. Zizinului nr. 7, bl. 3, ap. 12
Brașov""",
         "Mihai Ionescu"),
        ("portability", (),
         "export date",
         """Buna ziua, puteti sa-mi trimiteti toate datele din contul meu (comenzi, carduri cadou cumparate si folosite, puncte de fidelitate, vouchere) intr-un fisier CSV sau Excel? Vreau sa le import in alta aplicatie. Multumesc, Adrian Stoica""",
         "Adrian Stoica"),
        ("restriction", (),
         "Card cadou folosit de altcineva – NU ștergeți nimic",
         """Bună ziua,

Pe cardul cadou primit de Crăciun (legat de contul meu) apare că s-au cheltuit 150 € online în noiembrie, dar nu eu am făcut acele cumpărături. Am depus plângere la poliție și am deschis și la dumneavoastră o reclamație (nr. 51277).

Vă rog ca, până se lămurește situația, să blocați datele contului meu și ale tranzacțiilor făcute cu acest card: să nu le ștergeți și să nu le folosiți pentru altceva. Am nevoie de ele pentru dosarul de la poliție.

Mulțumesc,
Elena Marinescu""",
         "Elena Marinescu"),
        ("withdraw_consent", (),
         "",
         """Nu mai vreau mesaje cu cupoane si reduceri, nici pe mail nici pe SMS. Va rog dezabonati-ma.
Florin""",
         "Florin Georgescu"),
        ("complaint", ("objection",),
         "Re: Solicitarea dumneavoastră #88213",
         """Nu ați răspuns deloc la ce v-am întrebat. V-am scris că prietena mea a primit de la voi un e-mail în care apare numele meu complet, „Raluca Munteanu îți recomandă magazinul nostru”, deși eu doar i-am dat codul de recomandare pe WhatsApp. Nu am fost de acord să-mi folosiți numele în mailurile voastre către alți oameni.

Răspunsul vostru de mai jos nu are nicio legătură cu asta. Dacă nu primesc un răspuns serios, fac plângere la ANSPDCP. Și nu mai folosiți numele meu în niciun mesaj trimis altcuiva.

Raluca Munteanu

> Bună ziua,
>
> Vă mulțumim pentru mesaj. Programul „Recomandă un prieten” vă oferă
> 10 € pentru fiecare prieten care plasează o primă comandă.
> Mai multe detalii găsiți în secțiunea Întrebări frecvente.
>
> Echipa Relații Clienți""",
         "Raluca Munteanu"),
        ("other", (),
         "Voucher refuzat la casă",
         """Bună ziua,

Sâmbătă am fost în magazinul dumneavoastră din Bruxelles și voucherul de 20 € primit ca despăgubire pentru coletul întârziat nu a fost acceptat la casă. Pe ecran apărea „voucher valabil doar online”, dar în e-mail nu scria asta nicăieri.

Se poate folosi în magazin sau nu? Dacă nu, îl pot folosi online și pentru produse deja reduse?

Mulțumesc,
Cosmin Radu""",
         "Cosmin Radu"),
        ("other", (),
         "Voucherul de bun venit",
         """M-am abonat la newsletter acum două săptămâni pentru voucherul de 10% și nu l-am primit. Am verificat și în spam. Newsletterele vin, voucherul nu. Puteți să mi-l trimiteți? Mersi!
Diana Lazăr""",
         "Diana Lazăr"),
        ("other", (),
         "Întrebare card cadou",
         """Bună ziua,

Am primit cadou un card de 50 € de la dumneavoastră. Se poate folosi și pentru produsele de pe marketplace, cele vândute de alți comercianți, sau doar pentru produsele vândute direct de magazin? Și dacă produsul costă mai mult, pot plăti diferența cu cardul bancar?

Vă mulțumesc,
Ioana Constantin""",
         "Ioana Constantin"),
    ],
    "el": [
        ("access", (),
         "Ερώτηση",
         """Καλησπέρα σας.

Η κόρη μου μού έκανε δώρο μια δωροκάρτα σας και όταν πήγα στο κατάστημα να την ενεργοποιήσω, η κοπέλα στο ταμείο μου είπε ότι υπάρχει ήδη λογαριασμός στο όνομά μου από το 2019, με άλλο κινητό. Εγώ δεν θυμάμαι να έχω ανοίξει τίποτα τέτοιο.

Τι στοιχεία μου έχετε;; Και από πού τα πήρατε;

Ευχαριστώ
Σταυρούλα Αντωνίου""",
         "Σταυρούλα Αντωνίου"),
        ("correction", (),
         "Λάθος email στον λογαριασμό",
         """Γεια σας,

στο τηλέφωνο μου είπαν ότι το κουπόνι αποζημίωσης των 15€ για την καθυστερημένη παράδοση μου έχει σταλεί, αλλά δεν το πήρα ποτέ. Κοίταξα τώρα τον λογαριασμό μου και είδα ότι το email είναι γραμμένο λάθος, λείπει ένα «i» από το επώνυμο. Μάλλον το κουπόνι πήγε σε κάποιον άλλον.

Παρακαλώ διορθώστε το email στον λογαριασμό μου σε αυτό από το οποίο σας γράφω τώρα.

Ευχαριστώ πολύ,
Νίκος Δημητρίου""",
         "Νίκος Δημητρίου"),
        ("deletion", (),
         "Διαγραφή λογαριασμού",
         """Καλημέρα σας,

παρακαλώ να κλείσετε και να διαγράψετε οριστικά τον λογαριασμό μου και την κάρτα μέλους που είναι συνδεδεμένη μ' αυτόν. Πέρσι σας είχα στείλει και τον IBAN μου για την επιστροφή χρημάτων από την προσφορά cashback στις φριτέζες αέρος. Θέλω να σβηστεί κι αυτός, τα χρήματα τα έχω πάρει εδώ και καιρό.

Το υπόλοιπο της δωροκάρτας είναι 0€, οπότε δεν χάνω τίποτα.

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("portability", (),
         "Αίτημα φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι/κυρίες,

με το παρόν ασκώ το δικαίωμα στη φορητότητα των δεδομένων σύμφωνα με το άρθρο 20 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679.

Παρακαλώ να μου αποστείλετε, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο (π.χ. CSV ή JSON), τα δεδομένα που σας έχω παράσχει και αφορούν τον λογαριασμό μου: το ιστορικό παραγγελιών, τις δωροκάρτες που έχω αγοράσει και εξαργυρώσει, καθώς και τους πόντους και τα κουπόνια της κάρτας μέλους.

Στοιχεία λογαριασμού: το email αποστολέα, αρ. κάρτας μέλους 7700 4412 0913.

Με εκτίμηση,
Κωνσταντίνος Βλάχος
Λεωφ. Αλεξάνδρας 112, 114 72 Αθήνα""",
         "Κωνσταντίνος Βλάχος"),
        ("restriction", (),
         "Ακύρωση μπόνους παραπομπής",
         """Καλησπέρα,

μου ακυρώσατε τα 60€ από το πρόγραμμα «Σύστησε έναν φίλο» με την αιτιολογία ότι οι λογαριασμοί των φίλων μου είναι «ψεύτικοι» και ότι ο λογαριασμός μου σημειώθηκε για κατάχρηση. Είναι τελείως λάθος: πρόκειται για τα ξαδέρφια μου και τη γυναίκα μου, αληθινοί άνθρωποι με αληθινές παραγγελίες.

Αμφισβητώ αυτή την καταχώριση. Μέχρι να γίνει ο έλεγχος, ζητώ να μη χρησιμοποιείτε τα δεδομένα μου με βάση αυτή τη σήμανση (ούτε μπλοκάρισμα, ούτε να τα στείλετε πουθενά), αλλά και να μη διαγράψετε τίποτα από το ιστορικό των παραπομπών, γιατί θα το χρειαστώ αν το πάω στον Συνήγορο του Καταναλωτή.

Δημήτρης Καραγιάννης""",
         "Δημήτρης Καραγιάννης"),
        ("objection", ("access",),
         "Εναντίωση στην επεξεργασία – πλατφόρμα cashback",
         """Αξιότιμοι κύριοι,

διαπίστωσα ότι κάθε φορά που αγοράζω από το ηλεκτρονικό σας κατάστημα, η πλατφόρμα cashback στην οποία είχα γραφτεί πριν από χρόνια λαμβάνει στοιχεία για τις αγορές μου (ποσό, προϊόντα, ημερομηνία), ακόμη κι όταν δεν μπαίνω από τον δικό της σύνδεσμο.

Ασκώ το δικαίωμα εναντίωσης του άρθρου 21 ΓΚΠΔ και ζητώ να σταματήσετε να διαβιβάζετε δεδομένα των αγορών μου στην πλατφόρμα αυτή και σε οποιονδήποτε άλλο συνεργάτη affiliate. Παρακαλώ επίσης να με ενημερώσετε ποια ακριβώς δεδομένα έχουν διαβιβαστεί μέχρι σήμερα και σε ποιους.

Με εκτίμηση,
Αικατερίνη Μιχαηλίδου
Θεσσαλονίκη""",
         "Αικατερίνη Μιχαηλίδου"),
        ("complaint", ("deletion",),
         "ΑΠΑΡΑΔΕΚΤΟ",
         """Κύριοι,

κάποια «φίλη» έδωσε το email μου στο πρόγραμμά σας «Σύστησε έναν φίλο» και από τότε έχω φάει πέντε mail «Η Μαρία σε περιμένει! Πάρε 15€ δώρο». Δεν σας έδωσα ποτέ καμία συγκατάθεση για τίποτα. Σας έγραψα στις 4 Μαρτίου να σταματήσετε και να με σβήσετε. Καμία απάντηση, και χθες ήρθε και έκτο.

Αυτό δεν είναι σοβαρή εταιρεία. Θα κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα και θα το ανεβάσω και στα social να το δει ο κόσμος.

Σβήστε το email μου ΤΩΡΑ.

Βασίλης Οικονόμου""",
         "Βασίλης Οικονόμου"),
        ("other", (),
         "Δωροκάρτα",
         """Γεια σας, βρήκα μια δωροκάρτα σας των 30€ που μου είχαν κάνει δώρο στη γιορτή μου και βλέπω ότι έληξε τον Ιούνιο. Γίνεται να την παρατείνετε ή να την αλλάξω με καινούργια; Ευχαριστώ πολύ!
Άννα Παππά""",
         "Άννα Παππά"),
        ("other", (),
         "Κουπόνι γενεθλίων – απορία",
         """Καλησπέρα,

σκέφτομαι να γραφτώ για κάρτα μέλους, αλλά στη φόρμα ζητάτε ημερομηνία γέννησης. Είναι υποχρεωτικό; Αν δεν τη συμπληρώσω, απλώς δεν παίρνω το κουπόνι γενεθλίων ή δεν μπορώ να γραφτώ καθόλου;

Ευχαριστώ,
Μαρίνα Σπυροπούλου""",
         "Μαρίνα Σπυροπούλου"),
        ("other", (),
         "Πρόταση συνεργασίας – πλατφόρμα κουπονιών",
         """Καλημέρα σας,

ονομάζομαι Γιάννης Ζαχαρίου και είμαι υπεύθυνος συνεργασιών σε ελληνική πλατφόρμα κουπονιών και προσφορών με περισσότερους από 200.000 μηνιαίους επισκέπτες.

Θα θέλαμε να σας προτείνουμε συνεργασία με αποκλειστικούς κωδικούς έκπτωσης για τα ηλεκτρικά είδη και τα είδη σπιτιού σας, με αμοιβή μόνο επί των πωλήσεων (affiliate). Η παρακολούθηση γίνεται μέσω του δικτύου συνεργατών, χωρίς να χρειάζεται να μας διαβιβάσετε στοιχεία πελατών.

Αν δεν είναι η σωστή διεύθυνση, θα σας ήμουν ευγνώμων αν προωθούσατε το μήνυμα στο τμήμα marketing.

Με εκτίμηση,
Γιάννης Ζαχαρίου""",
         "Γιάννης Ζαχαρίου"),
    ],
    "bg": [
        ("correction", (),
         "Смяна на адрес",
         """Здравейте,

моля, актуализирайте адреса в профила ми. Поръчах физическа подаръчна карта за рождения ден на брат ми и тя е заминала на стария ми адрес в Пловдив, където не живея от година.

Новият адрес е: ул. „Цар Симеон“ 45, ет. 3, ап. 7, 1000 София.

Благодаря,
Десислава Иванова""",
         "Десислава Иванова"),
        ("deletion", (),
         "",
         """Някой ваш клиент ви е дал имейла ми за „Покани приятел“. Не съм се регистрирал при вас и не искам. Изтрийте го.
Стоян Петров""",
         "Стоян Петров"),
        ("portability", ("deletion",),
         "Данните ми в машинночетим формат",
         """Здравейте,

искам да получа всички мои данни от профила – поръчки, закупени и използвани подаръчни карти, ваучери, точки – във файл CSV или JSON, за да ги прехвърля в друго приложение. След като ги получа, моля закрийте и изтрийте профила ми.

Благодаря,
Николай Георгиев""",
         "Николай Георгиев"),
        ("restriction", (),
         "Спор с банката за подаръчна карта – не трийте данните",
         """Здравейте,

при покупката на електронна подаръчна карта за 100 € на 3 октомври сумата ми беше изтеглена два пъти. Подадох спор в банката си и там казаха, че ще го разгледат до 45 дни.

Миналата седмица ви писах да закриете профила ми. Моля, засега не изтривайте данните за поръчката, плащанията и самата карта, докато спорът с банката не приключи – ще ми трябват. Просто ги блокирайте и не ги използвайте за нищо друго.

Поздрави,
Мартин Христов""",
         "Мартин Христов"),
        ("objection", ("withdraw_consent",),
         "Данни към партньори",
         """Добър ден,

миналия месец получих ваучер от фитнес, с който имате „съвместна промоция“, и в писмото им пишеше „като клиент на …“ и точно какво съм купувал при вас последно. Значи сте им дали данни за мен и покупките ми.

Не съм съгласна данните ми да се предават на партньори за такива съвместни промоции и настоявам да спрете. Освен това оттеглям съгласието си за бюлетина и за SMS-ите с оферти.

Росица Димитрова""",
         "Росица Димитрова"),
        ("withdraw_consent", (),
         "Отписване",
         """Моля, отпишете ме от бюлетина. Записах се само заради ваучера за 5 €, който така и не дойде, а писмата ви идват всеки ден.

Ивелина Колева""",
         "Ивелина Колева"),
        ("complaint", ("deletion",),
         "Re: Кампания „Върни до 50 €“ – забавяне на изплащането",
         """Здравейте,

писмото по-долу е изпратено до около 40 души и всички адреси стоят в полето „До“. Виждам имената и имейлите на всички участници в кампанията, а значи и те виждат моя. Агенцията ви очевидно не знае какво е „Скрито копие“.

Това е сериозно нарушение и подавам жалба до Комисията за защита на личните данни. Освен това искам веднага след изплащането на сумата да изтриете копието на личната ми карта и IBAN-а, които изпратих за кампанията.

Светослав Ангелов

> Уважаеми участници в кампанията,
>
> Уведомяваме ви, че поради технически проблем изплащането на сумите
> по кампанията „Върни до 50 €“ ще се забави с около две седмици.
>
> Благодарим за разбирането!
> Екипът на кампанията""",
         "Светослав Ангелов"),
        ("other", (),
         "Два кода",
         """Здравейте, може ли да използвам едновременно ваучера за рожден ден и код за отстъпка от сайт за купони? При мен в кошницата приема само единия. Благодаря!
Гергана Стоянова""",
         "Гергана Стоянова"),
        ("other", (),
         "Подаръчна карта не минава на касата",
         """Добър ден,

вчера в магазина ви в Лиеж касата не прие подаръчната ми карта – пишеше „картата не е активирана“. Купих я от същия магазин преди седмица и имам касовата бележка. Какво трябва да направя, за да я активирате? Не искам да губя 50 евро.

Поздрави,
Петър Маринов""",
         "Петър Маринов"),
        ("other", (),
         "Въпрос за електронна подаръчна карта",
         """Здравейте,

искам да купя електронна подаръчна карта на приятелка за рождения ѝ ден. Задължително ли е да въведа нейния имейл, или мога да получа кода на моя и да ѝ го дам лично? Не ми се иска да ви давам данните ѝ, без да съм я питала, а и искам да е изненада.

Благодаря предварително,
Мария Тодорова""",
         "Мария Тодорова"),
    ],
}

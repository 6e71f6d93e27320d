"""Forty-ninth set, mail about the data behind subscriptions, memberships and recurring orders (pl cs hr sv ro el bg). Written apart from the rules (see make_fortyninth.py)."""

PEOPLE_MF = {
    "pl": [
        ("access", (),
         "Profil kawowy – jakie dane przechowujecie?",
         """Dzień dobry,

od marca mam u Państwa abonament na comiesięczny box z kawą. Przy zakładaniu wypełniłam dość długi kwestionariusz: ulubione smaki, sposób parzenia, ile kaw dziennie piję, a nawet pytanie, czy jestem w ciąży lub karmię – co mnie wtedy trochę zdziwiło.

Chciałabym się dowiedzieć, jakie dokładnie dane o mnie są zapisane w tym „profilu smakowym", do czego je Państwo wykorzystują i czy ktoś poza sklepem ma do nich dostęp (np. palarnia, która przygotowuje kawę). Proszę też o informację, jak długo te odpowiedzi są przechowywane.

Z góry dziękuję.

Pozdrawiam
Magdalena Kowalczyk""",
         "Magdalena Kowalczyk"),
        ("deletion", ("withdraw_consent",),
         "Rezygnacja z karmy dla psa + usunięcie danych",
         """Witam,

nasz pies Bruno odszedł w zeszłym tygodniu, więc abonament na karmę nie jest nam już potrzebny. Wypowiedzenie złożyłem w aplikacji i dostałem potwierdzenie.

Proszę jednak o usunięcie wszystkich danych, które Państwo mają o nim i o mnie w związku z tym abonamentem – ankiety o jego zdrowiu, alergiach, wadze itd. Nie chcę też dostawać żadnych maili w stylu „wróć do nas" ani newslettera dla właścicieli zwierząt.

Piotr Zieliński""",
         "Piotr Zieliński"),
        ("portability", (),
         "Eksport zdjęć z planu „Foto co miesiąc”",
         """Dzień dobry,

przenoszę się do innej firmy z wydrukami zdjęć i chciałabym zabrać ze sobą wszystko, co przez dwa lata wgrałam do Państwa planu „Foto co miesiąc" (ok. 1400 zdjęć) razem z albumami i podpisami.

Czy mogą mi Państwo przesłać te pliki w oryginalnej rozdzielczości, a listę moich zamówień w formacie CSV albo JSON? Jeśli jest taka możliwość, najwygodniej byłoby wysłać to od razu do nowego dostawcy – podam adres.

Pozdrawiam serdecznie
Agnieszka Wróbel""",
         "Agnieszka Wróbel"),
        ("restriction", (),
         "Podwójne obciążenie – proszę nie usuwać danych",
         """Szanowni Państwo,

w październiku z mojej karty dwukrotnie pobrano opłatę za członkostwo Premium (2 × 59,99 €, 3 i 4 października). Złożyłem reklamację w banku, sprawa jest w toku.

Wiem, że w przyszłym tygodniu kończy mi się członkostwo i konto może zostać automatycznie wyczyszczone. Proszę, aby do czasu wyjaśnienia sprawy nie usuwać historii płatności ani danych mojego konta, bo mogą być potrzebne jako dowód. Jednocześnie proszę, żeby w tym czasie nie wykorzystywać ich do niczego innego.

Z poważaniem
Tomasz Mazur""",
         "Tomasz Mazur"),
        ("objection", ("withdraw_consent",),
         "ulotki partnerów w paczce",
         """Cześć,

w każdym boxie z kawą znajduję ulotki jakiejś firmy od ekspresów, a ostatnio nawet banku – i to z moim imieniem nadrukowanym na kartce. Jeśli to znaczy, że przekazujecie im moje dane, to sprzeciwiam się temu. Nie chcę, żeby mój adres ani profil smakowy były udostępniane partnerom czy wykorzystywane do ich reklam. Kawa ma przychodzić, reszta nie.

I przy okazji wypiszcie mnie z newslettera, już go nie chcę.

Paweł Jankowski""",
         "Paweł Jankowski"),
        ("withdraw_consent", (),
         "SMS-y",
         """Dzień dobry, proszę o wyłączenie SMS-ów z przypomnieniem o „zbliżającej się dostawie boxa" i SMS-ów z promocjami. Nie zgadzam się już na kontakt SMS-owy. Abonament zostaje bez zmian.

Nr telefonu: +32 470 12 34 87

Dziękuję,
Ewa Lis""",
         "Ewa Lis"),
        ("complaint", ("deletion",),
         "Re: Twoje członkostwo Premium zostało odnowione",
         """Szanowni Państwo,

to już przesada. 12 września zadzwoniłam na infolinię i zrezygnowałam z Premium – konsultant potwierdził rezygnację. Mimo to 1 października pobrano z mojej karty 59,99 €, a dziś dostałam maila „Twoje członkostwo zostało odnowione". Co więcej, nadal trzymacie dane mojej karty, chociaż przez telefon prosiłam o ich usunięcie, i co tydzień przychodzą oferty „tylko dla członków".

Żądam usunięcia danych karty i całego mojego konta. Jeżeli w ciągu dwóch tygodni nie dostanę odpowiedzi, złożę skargę do belgijskiego organu ochrony danych.

Joanna Kamińska""",
         "Joanna Kamińska"),
        ("other", (),
         "Wypisanie z boxa kawowego",
         """Dzień dobry,

proszę o wypisanie mnie z subskrypcji boxa kawowego od grudnia – listopadowa paczka może jeszcze przyjść. Kawa była dobra, ale po prostu piję jej teraz mniej.

Numer klienta: 4471203

Dziękuję i pozdrawiam
Krzysztof Nowak""",
         "Krzysztof Nowak"),
        ("other", (),
         "rozdarta paczka z karmą",
         """Hej, dzisiejsza paczka z karmą dla kota przyszła rozdarta, jedna saszetka pękła i wszystko się posklejało. Zdjęcia w załączniku. Możecie dosłać nową albo odliczyć to od następnego miesiąca? Zamówienie 2026-10-88413.

Dzięki,
Ola Szymańska""",
         "Aleksandra Szymańska"),
        ("other", (),
         "Pauza na święta",
         """Dzień dobry,

wyjeżdżamy do Polski na całe święta (od 15 grudnia do 10 stycznia). Czy da się wstrzymać dostawy boxa na ten czas? Nie chcę rezygnować ani usuwać konta, chodzi tylko o to, żeby paczka nie leżała trzy tygodnie pod drzwiami.

Pozdrawiam,
Marek Wójcik""",
         "Marek Wójcik"),
    ],
    "cs": [
        ("access", ("objection",),
         "Komu jste poskytli moji adresu?",
         """Dobrý den,

od té doby, co mám u vás předplatné krmiva pro kočky, mi poštou chodí letáky od nějakého pojištění domácích mazlíčků a od e-shopu s kočkolitem, vždy adresované přímo na mě. Tuhle adresu jsem nikde jinde nepoužívala.

Prosím o sdělení, jaké osobní údaje o mně vedete, komu všemu jste moji adresu předali a odkdy. Pokud to jde, pošlete mi kopii. A dál prosím moji adresu nikomu nepředávejte.

Děkuji
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("correction", (),
         "Oprava údajů v profilu psa",
         """Dobrý den,

v profilu našeho psa u předplatného krmiva máte chybné údaje: Rex není štěně, je mu 7 let, a neváží 4 kg, ale 31 kg. Asi se to spletlo při registraci, když jsem dotazník vyplňoval za manželku. Kvůli tomu nám chodí granule pro štěňata malých plemen.

Zároveň prosím opravit doručovací adresu, od listopadu bydlíme jinde: Avenue de Tervueren 142, 1150 Woluwe-Saint-Pierre.

Díky
Martin Procházka""",
         "Martin Procházka"),
        ("deletion", (),
         "Smazání fotek z fototarifu",
         """Dobrý den,

fototarif (měsíční tisk fotek) jsem už zrušila v aplikaci. Prosím vás ale ještě o trvalé smazání všech fotografií, které jsem k vám nahrála, včetně záloh. Jsou na nich hlavně děti a nechci, aby u vás zůstaly. Účet a věrnostní kartu si ponechám.

Potvrďte mi prosím, až budou fotky smazané.

S pozdravem
Tereza Horáková""",
         "Tereza Horáková"),
        ("objection", ("withdraw_consent",),
         "Využití mého chuťového profilu",
         """Dobrý den,

všiml jsem si, že mi podle mého kávového dotazníku začaly chodit nabídky na čaj, čokoládu a dokonce na víno. Dotazník jsem vyplnil, abych dostával kávu, která mi chutná, ne kvůli reklamě. Nesouhlasím s tím, aby se můj chuťový profil používal k cíleným nabídkám nebo k profilování, a žádám, abyste to přestali dělat.

A když už píšu: odhlaste mě prosím i z newsletteru pro členy Premium.

Jakub Novotný""",
         "Jakub Novotný"),
        ("restriction", (),
         "Pronájem pračky – sporné údaje o používání",
         """Vážení,

pronajímám si od vás pračku (smlouva č. RENT-20931). Teď mi účtujete poplatek za „nadměrné používání" podle dat, která pračka posílá přes aplikaci. Ta data podle mě nesedí – v srpnu jsme byli tři týdny na dovolené, a pračka podle vás běžela každý den.

Dokud se to nevyjasní, žádám, abyste údaje o používání pračky nemazali, ale zároveň je nepoužívali k dalšímu vyúčtování ani k ničemu jinému. Chci, aby zůstaly uložené tak, jak jsou, kvůli reklamaci.

S pozdravem
Ing. Pavel Svoboda""",
         "Pavel Svoboda"),
        ("complaint", ("deletion",),
         "Stížnost – obdarovaná dostává vaši reklamu",
         """Dobrý den,

v září jsem mamince koupila dárkové předplatné časopisu na tři měsíce. Její adresu a e-mail jsem vám dala jen kvůli doručení. Maminka teď dostává vaše e-maily i katalogy a volala mi, jestli jsem ji někam nepřihlásila. Ona s ničím nikdy nesouhlasila, ty údaje jste si vzali z mé objednávky. Takhle se s cizími údaji nezachází.

Předplatné skončilo v listopadu, takže její adresu a e-mail ze svého systému smažte.

Jana Marešová""",
         "Jana Marešová"),
        ("withdraw_consent", (),
         "Už mi nepište",
         """Předplatné kávy jsem zrušil před měsícem a od té doby mi každý týden chodí mail „Chybíte nám – první box zdarma". Nechci od vás žádné marketingové e-maily, souhlas odvolávám. Díky.

Ondřej Beneš""",
         "Ondřej Beneš"),
        ("other", (),
         "Zrušení předplatného",
         """Dobrý den,

tímto ruším předplatné kávového boxu k 30. 11. 2026. Prosím o potvrzení, že mi v prosinci už nebude stržena platba.

Zákaznické číslo: 30882

S pozdravem
Zdeněk Král""",
         "Zdeněk Král"),
        ("other", (),
         "",
         """Ahoj, šlo by od příští dodávky místo kuřecích granulí posílat lososové? Kočka ty kuřecí poslední dobou odmítá. Díky, Kristýna""",
         "Kristýna Veselá"),
        ("other", (),
         "Dvakrát stržená platba",
         """Dobrý den,

za říjnovou krabici mi z účtu odešla platba dvakrát (2× 34,90 € dne 3. 10.). Výpis přikládám. Prosím o vrácení jedné platby na kartu. Tu druhou objednávku, která se v aplikaci ukazuje jako duplicitní, klidně smažte.

Děkuji
Veronika Pokorná""",
         "Veronika Pokorná"),
    ],
    "hr": [
        ("access", (),
         "Obiteljsko članstvo – koje podatke imate o nama",
         """Poštovani,

imamo obiteljski Premium paket s četiri člana (ja, supruga i dvoje djece od 14 i 17 godina, svatko sa svojim računom u aplikaciji). Zanima me koje sve osobne podatke vodite o svakome od nas, posebno o djeci – povijest kupnje, lokaciju iz aplikacije i slično – te vidi li netko od članova što naručuju ostali.

Molim vas da mi pošaljete kopiju tih podataka i informaciju koliko ih dugo čuvate.

Srdačan pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),
        ("correction", (),
         "Krivo ime i adresa",
         """Bok,

na svakoj kutiji s hranom za mačke piše „Marjana Babič", a ja sam Marijana Babić. Sitnica, ali eto. I molim vas da u profilu promijenite adresu dostave jer sam se preselila: Chaussée de Waterloo 412, 1060 Saint-Gilles. Adresu sam promijenila i u aplikaciji, ali u računu je ostala stara, ne znam zašto se nije spremilo.

Hvala!
Marijana""",
         "Marijana Babić"),
        ("deletion", ("withdraw_consent",),
         "Otkazivanje i brisanje računa",
         """Poštovani,

otkazao sam pretplatu na kavu (zadnja isporuka bila je u listopadu). Molim da obrišete moj korisnički račun i sve podatke koje imate o meni – upitnik o okusima, povijest narudžbi, spremljenu karticu, sve. Ne želim više primati ni newsletter ni SMS poruke.

Molim potvrdu kad to bude gotovo.

Lijep pozdrav,
Davor Kovačević""",
         "Davor Kovačević"),
        ("portability", (),
         "Izvoz povijesti narudžbi i ocjena",
         """Pozdrav,

tri godine primam vašu kavu i svaku sam vrstu ocijenio u aplikaciji (zvjezdice + bilješke). Prelazim na pretplatu izravno kod jedne pržionice i htio bih im dati te ocjene da ne moramo ispočetka slagati profil.

Možete li mi poslati povijest narudžbi i moje ocjene u nekom strojno čitljivom obliku (CSV, JSON, Excel – svejedno)?

Hvala unaprijed,
Luka Marić""",
         "Luka Marić"),
        ("objection", (),
         "Praćenje korištenja članstva",
         """Poštovani,

svaki mjesec dobivam poruke tipa „Ovaj mjesec iskoristili ste samo 1 od 4 besplatne dostave" i „Niste nas posjetili već 3 tjedna". Očito pratite i analizirate kako koristim članstvo.

Protivim se tome da se moji podaci o kupnji i korištenju aplikacije upotrebljavaju za takve analize i profiliranje. Članstvo plaćam i želim ga zadržati, ali bez praćenja.

S poštovanjem,
Ana Jurić""",
         "Ana Jurić"),
        ("complaint", ("deletion",),
         "Moje fotografije vidi netko drugi!!",
         """Dobar dan,

jučer mi je kolegica s posla rekla da u vašoj aplikaciji za ispis fotografija, u dijelu „Prijedlozi za album", vidi MOJE slike – s mog vjenčanja i s plaže. Ona nema nikakve veze s mojim računom, nismo u istom obiteljskom planu i ništa ne dijelimo. Poslala mi je screenshot.

Ovo je ozbiljna povreda privatnosti. Očekujem objašnjenje kako se to dogodilo, tko je još mogao vidjeti moje fotografije i što ćete poduzeti. Nakon toga želim da obrišete sve moje fotografije i zatvorite račun. Ako ne dobijem odgovor ovaj tjedan, obraćam se nadzornom tijelu za zaštitu podataka.

Petra Knežević""",
         "Petra Knežević"),
        ("restriction", (),
         "Pretplata otvorena na moje ime",
         """Poštovani,

dobio sam od vas račun za „Premium članstvo" koje nikad nisam otvorio. Izgleda da je netko iskoristio moje ime, adresu i e-mail. Slučaj sam prijavio policiji.

Molim da taj račun zamrznete – da se ne šalju paketi, da se ništa ne naplaćuje i da se podaci ne koriste – ali ga zasad NEMOJTE brisati, jer će policiji možda trebati podaci o tome s koje je adrese i kartice otvoren.

Hvala,
Goran Pavlović""",
         "Goran Pavlović"),
        ("other", (),
         "Odjava s pretplate na časopis",
         """Poštovani,

molim vas da me odjavite s pretplate na časopis od siječanjskog broja, ne želim automatsko produljenje. Prosinački broj neka još stigne.

Hvala,
Mirela Tomić""",
         "Mirela Tomić"),
        ("other", (),
         "pauza preko blagdana",
         """Bok, možemo li pauzirati kutiju s kavom za prosinac? Cijeli mjesec smo u Dalmaciji kod roditelja. U siječnju neka se nastavi normalno.

Pozdrav, Tomislav""",
         "Tomislav Grgić"),
        ("other", (),
         "Oštećena kutija",
         """Dobar dan,

današnja isporuka hrane za psa stigla je potpuno razmočena – kutija je očito stajala na kiši, a dvije vrećice su probušene. Šaljem fotografije u privitku. Molim zamjenu ili povrat novca.

Narudžba: SUB-771204

Lijep pozdrav,
Dario Vuković""",
         "Dario Vuković"),
    ],
    "sv": [
        ("access", ("objection",),
         "Hundens hälsoprofil – vilka uppgifter har ni?",
         """Hej,

När jag startade prenumerationen på hundmat fyllde jag i en ganska detaljerad enkät om Sixtens hälsa – allergier, vikt, att han opererats i knät osv. Nu låg det ett erbjudande om djurförsäkring "anpassad för hundar med ledproblem" i senaste lådan.

Jag vill därför veta exakt vilka uppgifter ni har om mig och Sixten, vilka ni har delat dem med och hur länge de sparas. Dessutom motsätter jag mig att hälsouppgifterna används för att rikta erbjudanden från försäkringsbolag eller andra samarbetspartner.

Vänliga hälsningar
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("correction", (),
         "Fel födelsedatum på min dotter",
         """Hej!

Vi har en prenumeration på barntidningen till vår dotter Alva. I hennes profil står födelsedatum 2022-03-14, men hon är född 2020-03-14, så ni skickar tidningen för fel åldersgrupp. Kan ni rätta det? Och stava gärna efternamnet rätt också – Sjöberg med ö, inte Sjoberg.

Tack på förhand!
/Emma Sjöberg""",
         "Emma Sjöberg"),
        ("deletion", (),
         "Radera sparade kortuppgifter",
         """Hej,

Jag har sagt upp kaffeprenumerationen från och med november, men i appen ligger mitt Visakort (slutar på 4417) fortfarande sparat. Jag vill att ni raderar kortuppgifterna helt ur era system, jag kommer inte att handla något på ett tag. Kontot och bonuspoängen vill jag däremot behålla.

Mvh
Johan Berg""",
         "Johan Berg"),
        ("portability", (),
         "Flytta våra uppgifter till ny leverantör",
         """Hej,

Vi byter till en annan leverantör av hundmat. De har frågat om vi kan ta med oss foderplanen, hundens uppgifter och beställningshistoriken från er, så att de slipper börja om från noll.

Kan ni skicka det direkt till dem i en maskinläsbar fil (CSV eller JSON)? Deras adress för sådant är data@vovvebox.example. Annars går det bra att skicka filen till mig, så vidarebefordrar jag den.

Tack,
Mikael Nyström""",
         "Mikael Nyström"),
        ("withdraw_consent", (),
         "Nyhetsbrev och notiser",
         """Hej! Kan ni avregistrera mig från Premium-nyhetsbrevet och stänga av push-notiserna om "veckans medlemserbjudanden"? Jag vill inte ha dem längre. Medlemskapet behåller jag.

Tack
Sara""",
         "Sara Lundgren"),
        ("complaint", ("deletion",),
         "Andra påminnelsen – fortfarande inget svar",
         """Hej igen,

Den 2 oktober skrev jag hit och bad er radera mina uppgifter eftersom jag sagt upp fotoplanen. Jag har inte fått något svar, inte ens en bekräftelse, och nu har ni dessutom dragit 9,99 € för november och skickat ett mejl om "månadens foton". Det har snart gått en månad.

Radera mitt konto, mina bilder och mina kortuppgifter. Om jag inte hör något inom en vecka anmäler jag er till den belgiska dataskyddsmyndigheten.

Lars Ekström""",
         "Lars Ekström"),
        ("restriction", (),
         "Spara min leveranshistorik tills vidare",
         """Hej,

Jag avslutade mitt Premium-medlemskap i oktober och fick ett mejl om att kontot och all historik raderas efter 30 dagar. Jag ber er att INTE radera leveranshistoriken ännu: jag har ett pågående ärende hos mitt hemförsäkringsbolag om tre paket som aldrig kom fram, och jag kan behöva underlaget.

Använd inte uppgifterna till något annat, spara dem bara tills ärendet är klart. Jag hör av mig när det är det.

Med vänlig hälsning
Annika Holm""",
         "Annika Holm"),
        ("other", (),
         "Ta bort mig från kaffeprenumerationen",
         """Hej,

Kan ni ta bort mig från kaffeprenumerationen från och med december? Vi har köpt en ny maskin som bara tar kapslar. Tack för kaffet hittills!

Mvh Peter Andersson""",
         "Peter Andersson"),
        ("other", (),
         "byta rostning",
         """Hej! Går det att byta från mörkrost till mellanrost från nästa leverans? Hittar inte var man ändrar det i appen. /Linnea""",
         "Linnea Karlsson"),
        ("other", (),
         "Dubbeldragning oktober",
         """Hej,

Ni har dragit 29 € två gånger för oktoberlådan (den 1 och den 2 oktober). Jag vill ha tillbaka den ena dragningen. Kontoutdrag bifogat.

Hälsningar
Olof Gustafsson""",
         "Olof Gustafsson"),
    ],
    "ro": [
        ("access", (),
         "Ce date trimite espressorul închiriat?",
         """Bună ziua,

Am închiriat de la dumneavoastră un espressor (contract din aprilie 2026) care este conectat la aplicație. Aș dori să știu ce date colectează aparatul despre mine: câte cafele fac, la ce ore, unde se află, dacă are vreo legătură cu telefonul meu etc.

Vă rog să-mi trimiteți o copie a datelor pe care le aveți despre mine și despre utilizarea aparatului și să-mi spuneți cu cine le împărțiți.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("correction", ("withdraw_consent",),
         "Schimbare adresă + SMS-uri",
         """Bună ziua,

M-am mutat la începutul lunii și cutia cu hrană pentru pisici a ajuns la vechea adresă (de două ori!). Vă rog să corectați adresa de livrare din contul meu: Rue Vanderkindere 203, bt. 4, 1180 Uccle. Și dacă tot sunteți acolo: în profilul pisicii scrie că e mascul, dar e femelă, o cheamă Mitzi.

Încă ceva: nu mai vreau SMS-urile de reamintire dinaintea fiecărei livrări, vă rog să le opriți.

Vă mulțumesc frumos,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),
        ("deletion", (),
         "ștergere chestionar",
         """Salut,

Când m-am abonat la cutia de cafea am completat un chestionar în care am scris și lucruri despre sănătate (tensiune, că nu am voie multă cofeină). Acum îmi pare rău că le-am pus acolo. Puteți să ștergeți răspunsurile la chestionar? Abonamentul îl păstrez, trimiteți-mi în continuare decafeinizată, cum e acum.

Mersi,
Radu""",
         "Radu Constantin"),
        ("portability", ("deletion",),
         "Cerere export fotografii și ștergere cont",
         """Stimată echipă,

Renunț la planul de printare foto la sfârșitul lunii noiembrie. Înainte de asta, vă rog să-mi puneți la dispoziție toate fotografiile încărcate (aproximativ 600) la rezoluția originală, împreună cu istoricul comenzilor într-un fișier CSV sau JSON, ca să le pot importa la alt serviciu.

După ce vă confirm că am primit totul, vă rog să ștergeți contul și toate fotografiile de pe serverele dumneavoastră.

Cu stimă,
Mihaela Stan""",
         "Mihaela Stan"),
        ("objection", (),
         "Opoziție – date transmise partenerilor",
         """Bună ziua,

Săptămâna trecută am primit acasă o cutie „cadou" de la o firmă de ceaiuri, cu o scrisoare: „Ca membru Premium Shop Example, vă oferim...". Eu nu le-am dat niciodată adresa mea.

Mă opun prelucrării datelor mele în scop de marketing direct și transmiterii lor către orice partener. Vă rog să-mi confirmați că nu le veți mai transmite.

Cu respect,
Cristian Ionescu""",
         "Cristian Ionescu"),
        ("withdraw_consent", (),
         "dezabonare newsletter",
         """Vă rog să mă scoateți de pe lista de e-mail pentru newsletterul membrilor. Mulțumesc.

Elena Georgescu""",
         "Elena Georgescu"),
        ("complaint", (),
         "Reclamație – datele mele trimise altcuiva",
         """Bună ziua,

Ieri m-a sunat un domn pe care nu-l cunosc și mi-a spus că a primit pe e-mail confirmarea abonamentului MEU la cutia de cafea: cu numele meu complet, adresa, numărul de telefon și ultimele cifre ale cardului. Mi-a trimis și o captură de ecran. Se pare că ați încurcat adresele de e-mail la înregistrare.

Mi se pare foarte grav. Aștept o explicație cum s-a putut întâmpla așa ceva și ce măsuri luați. Dacă nu primesc un răspuns serios, voi depune plângere la autoritatea belgiană pentru protecția datelor.

Florin Munteanu""",
         "Florin Munteanu"),
        ("other", (),
         "Dezabonare revistă",
         """Bună ziua,

Vă rog să mă dezabonați de la revista lunară începând cu numărul din ianuarie și să nu-mi reînnoiți abonamentul automat. Nu mai am timp s-o citesc, din păcate.

Mulțumesc,
Sorin Marinescu""",
         "Sorin Marinescu"),
        ("other", (),
         "",
         """Salut! Se poate ca de luna viitoare să primesc cafeaua din Etiopia în loc de cea din Brazilia? Varianta cu note de caramel nu prea îmi place. Mersi! Alina""",
         "Alina Dobre"),
        ("other", (),
         "Cutie deteriorată",
         """Bună ziua,

Cutia din noiembrie a ajuns cu punga de cafea ruptă, jumătate din boabe erau împrăștiate prin colet. Atașez poze. Puteți să-mi trimiteți o pungă nouă? Comanda nr. 2026-11-55021.

Cu stimă,
Gabriel Stoica""",
         "Gabriel Stoica"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης στα δεδομένα μου",
         """Καλησπέρα σας,

Ακύρωσα πριν από δύο μήνες τη συνδρομή μου στο κουτί καφέ, αλλά εξακολουθώ να βλέπω στην εφαρμογή το ιστορικό μου, τις προτιμήσεις μου κ.λπ. Θα ήθελα να μάθω ποια προσωπικά δεδομένα μου διατηρείτε ακόμα μετά την ακύρωση, για ποιον σκοπό και για πόσο καιρό. Παρακαλώ στείλτε μου και ένα αντίγραφό τους.

Ευχαριστώ,
Κατερίνα Παπαδοπούλου""",
         "Κατερίνα Παπαδοπούλου"),
        ("correction", (),
         "Λάθος διεύθυνση στη συνδρομή δώρου",
         """Γεια σας,

Έκανα δώρο στον πατέρα μου συνδρομή έξι μηνών στο περιοδικό, αλλά στη φόρμα έγραψα λάθος αριθμό: Avenue Brugmann 51 αντί για 15. Το πρώτο τεύχος δεν έφτασε ποτέ. Μπορείτε να διορθώσετε τη διεύθυνση στα στοιχεία του;

Σωστά στοιχεία: Γιώργος Αντωνίου, Avenue Brugmann 15, 1190 Forest.

Ευχαριστώ πολύ,
Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),
        ("deletion", ("objection",),
         "Διαγραφή ερωτηματολογίου υγείας",
         """Καλημέρα,

Παρακαλώ διαγράψτε όλες τις απαντήσεις που έδωσα στο ερωτηματολόγιο υγείας για τη σκυλίτσα μου, τη Λούνα – δεν θέλω να κρατάτε πληροφορίες για τις παθήσεις της. Τη συνδρομή για τις τροφές τη συνεχίζω κανονικά.

Επίσης, δεν επιθυμώ να χρησιμοποιείτε το ιστορικό των αγορών μου για «εξατομικευμένες προτάσεις» στην εφαρμογή. Αντιτίθεμαι σε αυτή την επεξεργασία.

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("restriction", (),
         "Περιορισμός επεξεργασίας μέχρι να λυθεί η διαφορά",
         """Αξιότιμοι κύριοι,

Σύμφωνα με τον λογαριασμό μου, η συνδρομή μου στο πρόγραμμα εκτύπωσης φωτογραφιών ήταν σε παύση από τον Ιούλιο έως τον Σεπτέμβριο. Το σύστημά σας όμως καταγράφει ότι παρέλαβα τρεις αποστολές εκείνους τους μήνες και μου τις χρέωσε. Αμφισβητώ την ακρίβεια αυτών των στοιχείων και έχω ήδη υποβάλει αμφισβήτηση χρέωσης στην τράπεζά μου.

Μέχρι να ελεγχθεί το θέμα, ζητώ να περιοριστεί η επεξεργασία των δεδομένων του λογαριασμού μου: να μη διαγραφούν, αλλά και να μη χρησιμοποιηθούν για νέες χρεώσεις ή για οτιδήποτε άλλο.

Με εκτίμηση,
Δημήτρης Νικολάου""",
         "Δημήτρης Νικολάου"),
        ("objection", (),
         "Δεν θέλω να με «αναλύετε»",
         """Γεια σας,

Μόλις μου ήρθε μήνυμα στην εφαρμογή: «Παρατηρήσαμε ότι δεν χρησιμοποιείτε πολύ τη συνδρομή Premium – μήπως θέλετε έκπτωση για να μείνετε;». Δηλαδή παρακολουθείτε πόσο συχνά παραγγέλνω και βγάζετε συμπεράσματα για το αν θα φύγω. Δεν μου αρέσει καθόλου.

Αντιτίθεμαι στη χρήση των δεδομένων μου για τέτοιου είδους προφίλ και αναλύσεις.

Σταύρος Παππάς""",
         "Σταύρος Παππάς"),
        ("withdraw_consent", (),
         "Βγάλτε με από τη λίστα",
         """Καλησπέρα. Σταμάτησα τη συνδρομή στο κουτί καφέ τον Σεπτέμβριο, αλλά ακόμα μου έρχονται τα «Σας λείψαμε! -30% για να επιστρέψετε». Βγάλτε με από τη λίστα σας, δεν θέλω άλλα διαφημιστικά email. Ευχαριστώ.

Β. Αλεξίου""",
         "Βασίλης Αλεξίου"),
        ("complaint", ("access",),
         "Καταγγελία – χρέωση μετά την ακύρωση",
         """Κύριοι,

Στις 15 Σεπτεμβρίου ακύρωσα τηλεφωνικά την ενοικίαση του πλυντηρίου πιάτων και το επέστρεψα στις 30/9 (έχω την απόδειξη του courier). Παρ' όλα αυτά, στις 5 Οκτωβρίου και στις 5 Νοεμβρίου χρεώσατε ξανά την κάρτα μου, την οποία προφανώς κρατάτε ακόμα αποθηκευμένη, και μου στέλνετε ειδοποιήσεις ότι «η συσκευή σας χρειάζεται καθαρισμό». Η ακύρωσή μου δεν καταχωρήθηκε ποτέ.

Αυτό είναι απαράδεκτο. Ζητώ να μου πείτε ποια δεδομένα μου εξακολουθείτε να επεξεργάζεστε και με ποια νομική βάση. Διαφορετικά θα απευθυνθώ στην αρμόδια Αρχή Προστασίας Δεδομένων.

Ηλίας Μαυρίδης""",
         "Ηλίας Μαυρίδης"),
        ("other", (),
         "Ακύρωση συνδρομής περιοδικού",
         """Καλησπέρα σας,

Θα ήθελα να ακυρώσω τη συνδρομή μου στο περιοδικό από τον Δεκέμβριο και να μην ανανεωθεί αυτόματα. Αριθμός πελάτη: 60417.

Ευχαριστώ,
Σοφία Καραγιάννη""",
         "Σοφία Καραγιάννη"),
        ("other", (),
         "Παύση για τα Χριστούγεννα",
         """Γεια σας, μπορώ να παγώσω τη συνδρομή στο κουτί με τις τροφές για Δεκέμβριο και Ιανουάριο; Θα λείπουμε στην Ελλάδα και η γάτα θα μείνει με τη γιαγιά. Δεν θέλω να κλείσω τον λογαριασμό ούτε να χάσω τους πόντους μου, απλώς να σταματήσουν οι αποστολές για δύο μήνες. Ευχαριστώ!

Άννα""",
         "Άννα Βλάχου"),
        ("other", (),
         "Σκισμένο κουτί",
         """Καλημέρα,

Το σημερινό κουτί ήρθε σκισμένο και η μία από τις δύο συσκευασίες καφέ ήταν ανοιγμένη, οπότε δεν τη χρησιμοποίησα. Μπορείτε να μου στείλετε καινούργια; Παραγγελία 2026-11-60112.

Ευχαριστώ,
Πέτρος Οικονόμου""",
         "Πέτρος Οικονόμου"),
    ],
    "bg": [
        ("access", (),
         "Какви данни извличате от снимките ми?",
         """Здравейте,

От година ползвам плана ви за печат на снимки. Наскоро приложението започна да ми предлага албуми „Мама", „Плаж", „Рожден ден" – явно разпознава лица и места.

Искам да знам какви лични данни събирате и съхранявате от качените от мен снимки (лица, местоположение, дати), за какво ги използвате, споделяте ли ги с някого и колко време ги пазите. Моля, изпратете ми и копие от тези данни.

Поздрави,
Мария Петрова""",
         "Мария Петрова"),
        ("correction", ("withdraw_consent",),
         "Смяна на фамилия и имейл",
         """Здравейте,

Омъжих се и смених фамилията си от Иванова на Стоянова. Моля, коригирайте името в профила ми за Премиум членството и на картата за лоялност. Сменете също имейла ми на desislava.stoyanova@mail.example – старият скоро ще бъде закрит.

И спрете, моля, SMS-ите с оферти, вече не искам да ги получавам.

Благодаря!
Десислава Стоянова""",
         "Десислава Стоянова"),
        ("deletion", (),
         "Изтриване на данните на получателя на подаръка",
         """Здравейте,

Миналата зима подарих на приятелка абонамент за кафе за три месеца – вече е изтекъл. При поръчката дадох нейното име, адрес и телефон. Моля, изтрийте данните ѝ от профила ми и от системата ви. Тя не е ваш клиент и не искам те да остават при вас.

Благодаря,
Николай Димитров""",
         "Николай Димитров"),
        ("portability", (),
         "Експорт на поръчките ми",
         """Здравейте,

Може ли да ми изпратите цялата история на поръчките ми (абонамента за храна за котки плюс покупките с картата за лоялност) във файл, който мога да заредя в друга програма – CSV, JSON или Excel? Искам да ги прехвърля в приложението си за бюджет, а PDF-ите от профила не стават за това.

Благодаря предварително,
Георги Колев""",
         "Георги Колев"),
        ("restriction", ("access",),
         "Моля, не изтривайте историята на доставките",
         """Здравейте,

През септември кучето ми се разболя сериозно след нова партида храна от абонамента ви; ветеринарят подозира храната. Прекратих абонамента, но в условията ви видях, че данните се изтриват 60 дни след прекратяване.

Моля, запазете историята на доставките, номерата на партидите и въпросника за здравето на кучето – ще ми трябват при евентуален спор с производителя. Не ги използвайте за нищо друго, просто ги пазете. Бих искал и копие от тях.

С уважение,
Стефан Христов""",
         "Стефан Христов"),
        ("objection", (),
         "Рекламите в кутията",
         """Здравейте,

Във всяка кутия с кафе вече има по две-три брошури от други фирми – шоколад, чаши, сега и винарна, и то явно подбрани според въпросника, който попълних. Възразявам срещу използването на вкусовия ми профил и на данните ми за реклама на трети страни. Искам си кафето, без да бъда „таргетиран".

Поздрави,
Веселин Тодоров""",
         "Веселин Тодоров"),
        ("complaint", (),
         "Второ запитване – без отговор повече от месец",
         """Здравейте,

На 28 септември изпратих на този адрес искане за достъп до личните ми данни, свързани с абонамента за списанието (клиентски номер 55102). Минаха повече от 30 дни, а не съм получил нито отговор, нито дори потвърждение, че сте го получили.

Напомням ви, че според GDPR сте длъжни да отговорите в срок от един месец. Ако до края на седмицата не получа отговор, ще подам жалба до белгийския орган за защита на данните.

Пламен Василев""",
         "Пламен Василев"),
        ("other", (),
         "Абонамент за кафе",
         """Здравейте, моля премахнете ме от абонамента за кафе от декември. Последната кутия да е ноемврийската. Благодаря!

Ивана Николова""",
         "Ивана Николова"),
        ("other", (),
         "Смяна на вкуса",
         """Здравейте,

Котката ни вече не яде храната с пилешко. Може ли от следващата доставка да минем на пуешко или риба? Ако има разлика в цената, няма проблем.

Поздрави,
Калина Попова""",
         "Калина Попова"),
        ("other", (),
         "Двойно плащане за октомври",
         """Здравейте,

За октомврийската кутия от картата ми са изтеглени два пъти по 34,90 € (на 1 и на 2 октомври). Прилагам извлечение. Моля, възстановете едната сума.

Благодаря,
Борис Ангелов""",
         "Борис Ангелов"),
    ],
}

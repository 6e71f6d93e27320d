"""Thirty-fifth set, rights asked as questions vs. questions about rights, and writers who are not ordinary customers (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtyfifth.py)."""

PEOPLE_FB = {
    "pl": [
        ("access", (),
         "Rekrutacja - kierownik sklepu Gandawa - moje dane",
         """Dzień dobry,

w sierpniu brałam udział w rekrutacji na stanowisko kierowniczki sklepu w Gandawie (rozmowa odbyła się 28.08 z p. Van Damme). Ostatecznie nie zostałam wybrana, co oczywiście rozumiem.

Czy mogłabym jednak otrzymać kopię danych, które Państwo o mnie przechowują w związku z tą rekrutacją? Chodzi mi o CV, list motywacyjny, ale też notatki i ocenę z rozmowy kwalifikacyjnej. Chciałabym też wiedzieć, jak długo zamierzają Państwo te dokumenty trzymać i czy ktoś spoza firmy (np. agencja rekrutacyjna) miał do nich dostęp.

Z góry dziękuję.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("deletion", ("withdraw_consent",),
         "",
         """Dzień dobry,
kilka lat temu miałem u Państwa kartę stałego klienta, ale od dawna z niej nie korzystam i nawet nie pamiętam hasła do konta. Jeśli nadal macie jakieś moje dane, proszę je po prostu usunąć. I przy okazji - proszę przestać przysyłać mi newsletter, dalej przychodzi co tydzień.

Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("correction", (),
         "zmiana nazwiska na karcie",
         """Dzień dobry,

czy da się zmienić nazwisko na mojej karcie lojalnościowej i w koncie w aplikacji? We wrześniu wyszłam za mąż i teraz nazywam się Nowak-Zielińska (wcześniej Nowak). Numer karty 6402 1187 3390.

Przy odbiorze zamówień w sklepie pani przy kasie zawsze sprawdza dowód i robi się niezręcznie, jak nazwisko się nie zgadza :)

Pozdrawiam
Katarzyna Nowak-Zielińska""",
         "Katarzyna Nowak-Zielińska"),
        ("portability", (),
         "Historia zakupów w pliku?",
         """Hej,
czy mógłbym dostać swoje dane - głównie historię zakupów z ostatnich 3 lat i punkty z karty - w jakimś pliku, CSV albo JSON? Robię sobie budżet domowy w aplikacji, która potrafi takie pliki zaimportować, a przepisywanie paragonów ręcznie to koszmar.

Login: m.lewandowski85@...
dzięki!
Michał""",
         "Michał Lewandowski"),
        ("restriction", ("access",),
         "Pani Anna Kowalska - wniosek o ograniczenie przetwarzania danych",
         """Szanowni Państwo,

działając w imieniu i na rzecz mojej Mocodawczyni, Pani Anny Kowalskiej (pełnomocnictwo w załączeniu), informuję, że Mocodawczyni kwestionuje zasadność naliczonej przez Państwa należności z tytułu zamówienia nr SE-2026-448120 oraz przekazania sprawy firmie windykacyjnej.

Na podstawie art. 18 RODO wnoszę o ograniczenie przetwarzania danych osobowych Mocodawczyni - w szczególności o wstrzymanie jakiegokolwiek przekazywania ich podmiotom zewnętrznym - do czasu wyjaśnienia sporu. Jednocześnie wnoszę o przesłanie kopii danych osobowych Mocodawczyni oraz informacji, komu zostały one dotychczas udostępnione.

Z wyrazami szacunku
adw. Piotr Szymański
Kancelaria Adwokacka, ul. Mickiewicza 12, Kraków""",
         "Piotr Szymański"),
        ("objection", ("withdraw_consent",),
         "syn 15 lat - aplikacja",
         """Dzień dobry,

mój syn Kuba (15 lat) założył konto w Państwa aplikacji, żeby zbierać punkty. Nie mam nic przeciwko punktom, ale zauważyłam, że aplikacja na podstawie tego, co ogląda, podsuwa mu "spersonalizowane" oferty i reklamy. Jako jego matka sprzeciwiam się takiemu profilowaniu - proszę to u niego wyłączyć.

Poza tym proszę nie wysyłać mu powiadomień push z promocjami, przychodzą nawet w nocy.

Konto jest na adres kuba.mazur2011@...

Joanna Mazur""",
         "Joanna Mazur"),
        ("complaint", (),
         "PONOWNIE: wniosek z 24 września",
         """Dzień dobry,

piszę już drugi raz. 24 września wysłałem na ten adres prośbę o informację, jakie dane o mnie przetwarzacie. Minęło ponad półtora miesiąca i nie dostałem żadnej odpowiedzi, nawet automatycznego potwierdzenia. Miesiąc na odpowiedź to chyba nie jest wygórowane oczekiwanie.

Jeżeli w ciągu tygodnia nic się nie wydarzy, złożę skargę do belgijskiego organu ochrony danych.

Krzysztof Wójcik""",
         "Krzysztof Wójcik"),
        ("other", (),
         "Pytanie zanim usunę konto",
         """Dzień dobry,

zastanawiam się nad usunięciem konta, ale zanim się zdecyduję, chciałabym zapytać: co stanie się z moimi punktami (mam ich ok. 2300) i z bonem na 10 euro, który ważny jest do grudnia? Przepadają od razu czy można je jeszcze wykorzystać? I czy po usunięciu konta zniknie też historia zamówień, gdybym potrzebowała zareklamować pralkę kupioną w maju?

Dziękuję za odpowiedź
Ewa Kowalczyk""",
         "Ewa Kowalczyk"),
        ("other", (),
         "Praca magisterska - programy lojalnościowe w handlu",
         """Szanowni Państwo,

jestem studentką Uniwersytetu Ekonomicznego w Poznaniu, piszę pracę magisterską o programach lojalnościowych w handlu detalicznym w krajach Beneluksu i ochronie danych klientów.

Czy byliby Państwo gotowi odpowiedzieć na kilka pytań? Np. ile mniej więcej wniosków o dostęp lub usunięcie danych otrzymujecie miesięcznie, czy obsługujecie je ręcznie, czy automatycznie, i jakie dane z karty lojalnościowej są wykorzystywane do personalizacji ofert. Wystarczy krótka odpowiedź mailowa albo 20 minut rozmowy online.

Z wyrazami szacunku
Paulina Dąbrowska""",
         "Paulina Dąbrowska"),
        ("other", (),
         "Komenda Miejska Policji w Poznaniu - zapytanie, sygn. RSD-1432/26",
         """Szanowni Państwo,

w związku z prowadzonym postępowaniem przygotowawczym w sprawie oszustwa internetowego (sygn. RSD-1432/26) zwracam się z prośbą o udostępnienie danych dotyczących konta klienta zarejestrowanego na adres e-mail p.gorski.sklep@... - w szczególności danych rejestracyjnych, adresów dostaw, adresów IP logowań oraz historii zamówień z okresu 01.07-30.09.2026.

Postanowienie prokuratora w załączeniu. Proszę o informację, czy zapytanie powinno zostać skierowane za pośrednictwem belgijskich organów.

asp. Marek Jankowski
Wydział dw. z Cyberprzestępczością
KMP Poznań""",
         "Marek Jankowski"),
    ],
    "cs": [
        ("deletion", ("withdraw_consent",),
         "Účet mého zesnulého otce",
         """Dobrý den,

můj otec Josef Horák zemřel letos v srpnu. Vím, že u Vás měl věrnostní kartu a účet v e-shopu, protože mu pořád chodí e-maily a tištěné katalogy na adresu, kde teď vyřizuji pozůstalost.

Prosím, zrušte jeho účet a smažte jeho údaje a přestaňte mu posílat jakoukoli reklamu - e-maily i katalogy. Kopii úmrtního listu mohu poslat, pokud ji potřebujete.

Děkuji za pochopení.
Jana Horáková""",
         "Jana Horáková"),
        ("access", (),
         "Bývalý zaměstnanec - žádost o kopii údajů",
         """Dobrý den,

do dubna 2025 jsem pracoval jako skladník ve Vaší prodejně v Antverpách. Mohl bych Vás požádat o kopii všech osobních údajů, které o mně stále vedete? Zajímají mě hlavně záznamy o docházce, hodnocení od vedoucího a jestli máte ještě nějaké záznamy z kamer nebo přístupových karet. A také jak dlouho je budete uchovávat.

Děkuji,
Petr Novotný""",
         "Petr Novotný"),
        ("portability", (),
         "Přechod k jinému obchodu",
         """Dobrý den,
dalo by se moje nákupní historii a body z karty vyexportovat ve strojově čitelném formátu a poslat přímo jinému obchodu? Přecházím k jejich věrnostnímu programu a oni říkali, že podle GDPR to jde. Jestli to přímo nejde, stačí mi to poslat v souboru a předám jim to sám.

Lukáš Svoboda
karta č. 6402 5531 0078""",
         "Lukáš Svoboda"),
        ("restriction", (),
         "Prosím nemazat - reklamace u banky",
         """Dobrý den,

před týdnem jsem požádala o zrušení účtu, ale teď jsem zjistila, že u banky běží reklamace platby za objednávku č. 2026-310877 (zboží nedorazilo, peníze odešly dvakrát). Můžete prosím s tím mazáním počkat a údaje k objednávce a platbě zatím ponechat, dokud se to s bankou nevyřeší? Nechci je pak nikde dohledávat. Jinak je ale nepoužívejte.

Až to bude uzavřené, dám vědět.

Tereza Dvořáková""",
         "Tereza Dvořáková"),
        ("objection", ("withdraw_consent",),
         "",
         """Dobrý den, nechci, aby Vaše aplikace sledovala, co si prohlížím a kupuji, a podle toho mi vybírala "doporučené produkty" a slevy. S tímhle nesouhlasím, používejte moje údaje jen na vyřízení objednávek. A odhlaste mě prosím z SMS s akcemi.

Díky
Martin Procházka""",
         "Martin Procházka"),
        ("withdraw_consent", (),
         "odhlášení",
         """Dobrý den, můžete mě prosím vyřadit z mailing listu? Odkaz dole v e-mailu mi hází chybu.
Děkuji
V. Černá""",
         "Veronika Černá"),
        ("complaint", ("deletion",),
         "Moje faktura přišla cizímu člověku!!",
         """Dobrý den,

včera mi volal nějaký pan z Bruselu, že mu od Vás e-mailem přišla MOJE faktura - s mým jménem, adresou, telefonem a seznamem toho, co jsem si objednala. Prý ji našel ve své schránce místo své. To je naprosto nepřijatelné, takhle se s osobními údaji zacházet nedá.

Chci vědět, jak se to mohlo stát, a po tomhle už u Vás nechci mít účet - zrušte ho a smažte moje údaje.

Jiří Kučera
obj. č. 2026-402215""",
         "Jiří Kučera"),
        ("other", (),
         "Smlouva o zpracování osobních údajů - doprava zásilek",
         """Dobrý den,

jsem pověřenkyně pro ochranu osobních údajů společnosti CargoLine s.r.o., která pro Vás od listopadu zajišťuje doručování zásilek do ČR a na Slovensko. Naše obchodní oddělení mi předalo rámcovou smlouvu, ale chybí k ní smlouva o zpracování osobních údajů podle čl. 28 GDPR.

Můžete mi prosím sdělit, kdo u Vás má tuto agendu na starosti, případně poslat Váš vzor? Rádi bychom ji měli podepsanou před spuštěním provozu.

S pozdravem
Mgr. Hana Veselá
DPO, CargoLine s.r.o.""",
         "Hana Veselá"),
        ("other", (),
         "Dotaz pro článek o věrnostních kartách",
         """Dobrý den,

jsem redaktor ekonomického týdeníku a připravuji článek o tom, jak obchodníci využívají data z věrnostních karet. Mohl bych Vám položit pár otázek? Třeba kolik žádostí o výmaz údajů ročně dostáváte, jestli data z karet sdílíte s dalšími firmami a jak dlouho údaje o nákupech uchováváte.

Uzávěrka je 20. listopadu. Stačí odpovědět e-mailem.

Ondřej Marek""",
         "Ondřej Marek"),
        ("other", (),
         "Námitka proti profilování - jak to funguje?",
         """Dobrý den,

četla jsem Vaše zásady ochrany osobních údajů a nejsem si jistá jednou věcí. Mám vlastně právo vznést námitku proti tomu, že mi podle nákupů posíláte personalizované nabídky? A kdybych to udělala, přijdu tím o slevy na kartě nebo o body?

Zatím nic nežádám, jen bych to chtěla vědět, než se rozhodnu.

Lenka Pokorná""",
         "Lenka Pokorná"),
    ],
    "hr": [
        ("correction", (),
         "Promjena adrese - stan koji iznajmljujem",
         """Poštovani,

na mom računu kod vas još uvijek stoji adresa Vukovarska 18, Zagreb, a to je stan koji sada iznajmljujem. Podstanari mi javljaju da im stalno dolaze vaši katalozi i pisma na moje ime, što nije baš ugodno ni meni ni njima.

Molim vas da adresu ispravite na: Ulica Ivana Gorana Kovačića 5, 10000 Zagreb.

Lijep pozdrav,
Ante Babić""",
         "Ante Babić"),
        ("deletion", (),
         "Prijava za posao - životopis",
         """Poštovani,

u rujnu sam se prijavio na oglas za skladištara u Mechelenu i obavio razgovor, ali javili ste mi da ste izabrali drugog kandidata. Ako više nemate razloga čuvati moj životopis i bilješke s razgovora, molim vas da ih izbrišete. Ne bih htio da mi podaci godinama stoje u nekoj bazi.

Hvala i sretno s novim kolegom.
Ivan Horvat""",
         "Ivan Horvat"),
        ("portability", (),
         "Podaci u datoteci",
         """Bok,
bi li bilo moguće dobiti moje podatke (povijest kupnje, adrese, bodove s kartice) u nekoj datoteci, JSON ili Excel, nije bitno? Želim ih prebaciti u drugu aplikaciju.

Marina Kovačević""",
         "Marina Kovačević"),
        ("restriction", (),
         "Račun moje kćeri (14 god.)",
         """Poštovani,

saznala sam da je moja kći Lana (14 godina) otvorila račun u vašoj trgovini i aplikaciji, pri čemu je upisala lažni datum rođenja da bi izgledala punoljetno. Još nismo odlučili hoćemo li račun obrisati ili ga prebaciti na mene, pa vas molim da ga zasad zamrznete i ne koristite njezine podatke ni za što, dok vam se ne javim.

Račun je na e-mail lana.maric.lm@...

Srdačno,
Snježana Marić""",
         "Snježana Marić"),
        ("objection", (),
         "partneri",
         """Poštovani,
u vašim uvjetima piše da podatke o kupcima dijelite s "odabranim partnerima" u marketinške svrhe. Ne želim da se moji podaci dijele s bilo kim. Molim da to za moj račun prestane.

D. Jurić""",
         "Dario Jurić"),
        ("withdraw_consent", ("deletion",),
         "Dosta je mailova",
         """Pozdrav,

dobivam od vas newsletter skoro svaki dan, plus SMS-ove vikendom. Molim vas odjavite me s oboje. Ako vam je jednostavnije, samo me maknite iz baze skroz, ionako već dugo ništa ne kupujem.

Petra Novak""",
         "Petra Novak"),
        ("access", (),
         "Bivši zaposlenik - kopija podataka",
         """Poštovani,

radio sam u vašem skladištu u Gentu od 2022. do ožujka 2026. Trebam za spor oko prekovremenih sati sve podatke koje o meni imate: evidenciju radnog vremena, obračune, zapise s kartica za ulaz i bilješke nadređenih. Možete li mi poslati kopiju toga?

Lijep pozdrav
Goran Perić
tel. +32 470 55 12 90""",
         "Goran Perić"),
        ("other", (),
         "Općinski građanski sud u Zagrebu, posl. br. P-2214/2026",
         """Poštovani,

u predmetu posl. br. P-2214/2026 koji se vodi pred ovim sudom, po nalogu suca, molimo da dostavite podatke o narudžbama i adresama dostave za kupca Zorana Tomića (OIB i datum rođenja u privitku) za razdoblje od 1. siječnja do 30. lipnja 2026., najkasnije u roku od 15 dana.

Dopis suda s potpisom i pečatom nalazi se u privitku.

S poštovanjem,
Maja Radić, sudska savjetnica""",
         "Maja Radić"),
        ("other", (),
         "Koliko čuvate podatke?",
         """Dobar dan,

općenito pitanje: koliko dugo čuvate podatke kupaca nakon što netko zatvori račun? I čuvate li račune/fakture duže zbog zakona? Pitam jer razmišljam o tome da se registriram, a ne volim kad mi podaci ostanu negdje zauvijek.

Hvala,
Luka Matić""",
         "Luka Matić"),
        ("other", (),
         "Automatsko brisanje duplih kupaca iz CRM-a",
         """Poštovani,

javljam se iz tvrtke DataClean d.o.o. Bavimo se čišćenjem i usklađivanjem podataka o kupcima za trgovce - naše rješenje pronalazi duplikate, briše zastarjele zapise i automatski obrađuje odjave s newslettera kroz sve sustave.

Rado bih vam pokazao demo od 20 minuta. Odgovara li vam neki termin sljedeći tjedan?

Ako ne želite primati ovakve poruke, samo odgovorite i više vam se neću javljati.

Nikola Pavlović
Voditelj prodaje, DataClean d.o.o.""",
         "Nikola Pavlović"),
    ],
    "sv": [
        ("access", (),
         "Varifrån har ni mina uppgifter?",
         """Hej,

jag har fått två brev och ett sms från er de senaste veckorna med erbjudanden om ert kundkort. Konstigt, eftersom jag aldrig har handlat hos er eller registrerat mig någonstans.

Kan jag få veta vilka uppgifter ni har om mig, varifrån ni har fått dem och om ni har lämnat dem vidare till någon annan?

Mvh
Erik Lindqvist""",
         "Erik Lindqvist"),
        ("correction", (),
         "Fel uppgifter på vårt företagskonto",
         """Hej,

jag är inköpschef på Bergström Kontorsmöbler AB och kontaktperson för vårt företagskonto (kundnr B-20418). På kontot är mitt namn felstavat (Anika Bergstöm) och mobilnumret går till en kollega som slutade i våras.

Kan ni rätta till det? Det ska vara Annika Bergström, 070-318 44 27.

Tack på förhand!
Annika Bergström
Inköpschef""",
         "Annika Bergström"),
        ("portability", (),
         "Export av köphistorik?",
         """Hej!
Går det att få ut min köphistorik som fil, typ CSV? Vill föra över den till en budgetapp. Hittar ingen exportknapp i appen.
/Oskar""",
         "Oskar Nilsson"),
        ("restriction", ("access",),
         "Begäran om begränsning av behandling - klient Lena Ahlgren",
         """Till dataskyddsansvarig,

Jag företräder Lena Ahlgren (fullmakt bifogas) i en tvist med er avseende en faktura för order nr 2026-377561, som min klient bestrider. Jag har förstått att fordran har lämnats över till ett inkassobolag.

Med stöd av artikel 18 i dataskyddsförordningen begär jag att ni begränsar behandlingen av min klients personuppgifter i denna del, och att ni inte lämnar ut dem till ytterligare tredje parter, till dess att tvisten är avgjord. Uppgifterna ska inte heller raderas under tiden. Jag begär vidare en kopia av de personuppgifter ni behandlar om min klient samt uppgift om vilka mottagare de har lämnats till.

Med vänliga hälsningar
Johan Ekström
Advokat, Ekström & Partners Advokatbyrå""",
         "Johan Ekström"),
        ("objection", (),
         "Riktade erbjudanden",
         """Hej,

jag har märkt att ni skickar erbjudanden som uppenbarligen bygger på vad jag har köpt (babyprodukter en vecka efter att jag köpt ett graviditetstest...). Jag vill inte att ni analyserar mina köp på det sättet. Kundkortet vill jag ha kvar för bonusen, men sluta använda min köphistorik till profilering och riktad reklam.

Maria Sjöberg""",
         "Maria Sjöberg"),
        ("withdraw_consent", ("deletion",),
         "Min son, 13 år",
         """Hej,

min son Elias, 13 år, har tydligen anmält sig till ert nyhetsbrev (elias.holm.2013@...). Jag vill att han tas bort från alla utskick. Om han har skapat ett konto också vill jag att det raderas, han är för ung för att handla på nätet själv.

Hälsningar
Karin Holm""",
         "Karin Holm"),
        ("complaint", ("withdraw_consent",),
         "Tredje gången jag skriver",
         """Hej.

Jag avregistrerade mig från era mejl den 12 september, både via länken och genom att mejla hit. Ändå får jag fortfarande erbjudanden 3-4 gånger i veckan. Det här är tredje gången jag hör av mig.

Ta bort mig från utskicken NU. Annars anmäler jag er till dataskyddsmyndigheten, både här och i Belgien.

Anders Gustafsson""",
         "Anders Gustafsson"),
        ("other", (),
         "Personuppgiftsbiträdesavtal - ny leverantör av kundtjänstsystem",
         """Hej,

jag är dataskyddsombud på Supportly AB. Vi har fått i uppdrag att leverera kundtjänstsystem till er från januari, och i samband med det behöver vi teckna ett personuppgiftsbiträdesavtal.

Vill ni använda ert eget avtal eller ska vi skicka vår mall? Jag behöver också veta vilka kategorier av personuppgifter som kommer att hanteras i systemet och om ni har några krav på lagring inom EU.

Vänliga hälsningar
Sofia Lundgren
Dataskyddsombud, Supportly AB""",
         "Sofia Lundgren"),
        ("other", (),
         "Fråga om profilering och bonuspoäng",
         """Hej!

Två frågor innan jag bestämmer mig för något:
1. Har jag rätt att invända mot att ni använder mina köp för att ta fram personliga erbjudanden, och påverkar det i så fall bonusen?
2. Om jag en dag skulle radera kontot - vad händer med de poäng jag har samlat?

Jag vill inte göra något just nu, vill bara förstå hur det funkar.

Tack!
Linnea Ek""",
         "Linnea Ek"),
        ("other", (),
         "Intervjuförfrågan - kunddata i detaljhandeln",
         """Hej,

jag är reporter på tidningen Handelsnytt och skriver en granskning om hur stora detaljhandelskedjor använder data från lojalitetsprogram. Skulle någon hos er kunna svara på några frågor? Bland annat hur länge ni sparar köphistorik, om ni säljer eller delar data med annonsörer och hur många som begär att få sina uppgifter raderade.

Jag har deadline fredag 20 november.

Fredrik Wallin
Handelsnytt""",
         "Fredrik Wallin"),
    ],
    "ro": [
        ("access", (),
         "Cerere copie date personale - fostă angajată",
         """Bună ziua,

Am lucrat ca vânzătoare în magazinul dumneavoastră din Bruxelles (Rue Neuve) între 2021 și iunie 2026. Aș dori să primesc o copie a tuturor datelor personale pe care le mai păstrați despre mine: dosarul de personal, pontajele, evaluările și eventualele înregistrări video în care apar. De asemenea, aș vrea să știu cât timp le veți mai păstra.

Vă mulțumesc,
Elena Popescu""",
         "Elena Popescu"),
        ("correction", (),
         "Data nașterii greșită pe card",
         """Bună ziua,

Pe cardul meu de fidelitate (nr. 6402 7720 1145) data nașterii apare 03.11.1990, dar corect este 11.03.1990 - probabil s-a inversat ziua cu luna la înregistrare. Din cauza asta am primit voucherul de ziua mea în noiembrie, în loc de martie :)

Puteți s-o corectați, vă rog?

Mulțumesc,
Andrei Ionescu""",
         "Andrei Ionescu"),
        ("deletion", ("withdraw_consent",),
         "Contul mamei mele, decedată",
         """Bună ziua,

Mama mea, Rodica Dumitru, a decedat în august. Avea cont la dumneavoastră și card de fidelitate, iar acum îi vin în continuare e-mailuri și cataloage pe numele ei, ceea ce e destul de dureros pentru noi.

Vă rog să închideți contul și să ștergeți datele ei și să nu mai trimiteți nimic pe numele ei. Vă pot trimite certificatul de deces dacă este nevoie.

Cu stimă,
Mihaela Dumitru""",
         "Mihaela Dumitru"),
        ("restriction", (),
         "Numărul de telefon din cont nu e al meu",
         """Bună ziua,

Am observat că în contul meu apare un număr de telefon care nu este al meu (+32 486 ...), nu știu de unde a apărut. Până verificați despre ce e vorba, vă rog să nu-l folosiți pentru nimic - nici SMS-uri, nici confirmări de livrare, nimic. Nu vreau ca altcineva să primească mesaje cu comenzile mele.

Mulțumesc,
Cristian Stan""",
         "Cristian Stan"),
        ("objection", ("withdraw_consent",),
         "Reclame personalizate",
         """Bună,

nu sunt de acord să-mi folosiți datele de cumpărare ca să-mi afișați reclame personalizate pe Facebook și Instagram. Vă rog să încetați să faceți asta cu datele mele. Și nu mai vreau nici SMS-urile cu promoții.

Ioana Constantin""",
         "Ioana Constantin"),
        ("withdraw_consent", (),
         "Alerte locuri de muncă",
         """Bună ziua,
m-am abonat anul trecut la alertele dumneavoastră pentru locuri de muncă, dar între timp mi-am găsit job. Puteți să mă scoateți de pe listă? Nu mai vreau să primesc aceste e-mailuri.
Mulțumesc frumos,
Vlad Georgescu""",
         "Vlad Georgescu"),
        ("complaint", ("deletion",),
         "Fără răspuns de o lună - cererea de ștergere din 2 octombrie",
         """Bună ziua,

Pe 2 octombrie v-am scris la această adresă și am cerut ștergerea contului meu. A trecut mai mult de o lună și nu am primit niciun răspuns, iar contul este în continuare activ - am verificat ieri.

Vă rog să-l ștergeți acum și să-mi confirmați în scris. Dacă nu primesc răspuns până la sfârșitul lunii, depun o plângere la autoritatea belgiană pentru protecția datelor.

Gabriela Munteanu""",
         "Gabriela Munteanu"),
        ("other", (),
         "Solicitare informații debitor - dosar executare nr. 812/2026",
         """Stimată doamnă / Stimate domn,

În calitate de executor judecătoresc, în dosarul de executare nr. 812/2026, vă rog să îmi comunicați adresa de domiciliu sau de livrare cunoscută pentru debitorul Marian Enache, client al magazinului dumneavoastră, precum și orice alte date de contact de care dispuneți.

Anexez încheierea de încuviințare a executării.

Cu stimă,
Radu Marinescu
Executor judecătoresc, Camera Executorilor Judecătorești București""",
         "Radu Marinescu"),
        ("other", (),
         "Ce se întâmplă cu voucherele dacă îmi șterg contul?",
         """Bună ziua,

Mă gândesc să-mi șterg contul, dar înainte aș vrea să știu: ce se întâmplă cu voucherele și punctele pe care le am? Le pierd imediat? Și dacă am nevoie de factură pentru garanție după aceea, o mai pot obține?

Mulțumesc,
Alina Radu""",
         "Alina Radu"),
        ("other", (),
         "Lucrare de master - GDPR în retail",
         """Bună ziua,

Sunt studentă la master la ASE București și scriu lucrarea de disertație despre modul în care comercianții online din UE aplică GDPR. Aș fi foarte recunoscătoare dacă cineva din echipa dumneavoastră ar putea răspunde la un scurt chestionar (10 întrebări, aprox. 15 minute) despre cum gestionați cererile clienților privind datele lor.

Răspunsurile vor fi anonimizate.

Cu stimă,
Bianca Lungu""",
         "Bianca Lungu"),
    ],
    "el": [
        ("access", ("portability",),
         "Αίτημα για τα δεδομένα μου",
         """Καλησπέρα σας,

θα μπορούσατε να μου πείτε ποια προσωπικά δεδομένα έχετε για μένα, από πού τα πήρατε και αν τα έχετε δώσει σε τρίτους; Επίσης, αν γίνεται, θα ήθελα το ιστορικό αγορών μου σε αρχείο CSV ή Excel, ώστε να το περάσω σε μια εφαρμογή που χρησιμοποιώ.

Ευχαριστώ πολύ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("correction", (),
         "Λάθος email στον λογαριασμό",
         """Γεια σας,

στον λογαριασμό μου έχει περαστεί λάθος email: maria.konstantinou@gmial.com αντί για @gmail.com. Γι' αυτό δεν μου έρχονται οι επιβεβαιώσεις παραγγελιών. Μπορείτε να το διορθώσετε;

Ευχαριστώ,
Μαρία Κωνσταντίνου
κάρτα 6402 3319 8806""",
         "Μαρία Κωνσταντίνου"),
        ("deletion", (),
         "Βιογραφικό - θέση υπαλλήλου πωλήσεων",
         """Καλημέρα,

τον Σεπτέμβριο έκανα αίτηση για τη θέση υπαλλήλου πωλήσεων στο κατάστημα της Λιέγης και πέρασα από συνέντευξη, αλλά τελικά δεν επιλέχθηκα. Εκτός αν ο νόμος σας υποχρεώνει να τα κρατήσετε, παρακαλώ διαγράψτε το βιογραφικό μου και τις σημειώσεις από τη συνέντευξη.

Με εκτίμηση,
Νίκος Αλεξίου""",
         "Νίκος Αλεξίου"),
        ("portability", (),
         "",
         """Γεια σας, μπορώ να πάρω το ιστορικό αγορών και τους πόντους μου σε μορφή JSON ή CSV; Θέλω να τα μεταφέρω σε άλλη υπηρεσία. Αν μπορείτε να τα στείλετε απευθείας σε αυτούς ακόμα καλύτερα.

Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("objection", (),
         "Τηλεφωνήματα στο προσωπικό μου κινητό",
         """Καλησπέρα,

είμαι υπεύθυνη προμηθειών στην εταιρεία Vlachou Hotels και έχουμε εταιρικό λογαριασμό μαζί σας. Τον τελευταίο μήνα με παίρνουν τηλέφωνο από το τμήμα πωλήσεών σας στο προσωπικό μου κινητό, ακόμα και Σάββατο, για προσφορές.

Δεν επιθυμώ να χρησιμοποιείτε το προσωπικό μου κινητό για προωθητικούς σκοπούς. Για παραγγελίες μπορείτε να επικοινωνείτε στο εταιρικό email.

Κατερίνα Βλάχου""",
         "Κατερίνα Βλάχου"),
        ("withdraw_consent", ("objection",),
         "Newsletter και συνεργάτες",
         """Καλησπέρα,

σταματήστε παρακαλώ να μου στέλνετε newsletter. Επίσης δεν θέλω να δίνετε τα στοιχεία μου στους "συνεργάτες" σας - από τότε που έβγαλα την κάρτα μου έρχονται διαφημίσεις από εταιρείες που δεν έχω ακούσει ποτέ.

Δημήτρης Ιωάννου""",
         "Δημήτρης Ιωάννου"),
        ("complaint", ("access",),
         "Η παραγγελία μου στάλθηκε σε άλλη πελάτισσα",
         """Καλησπέρα σας,

μια άγνωστη κυρία μου έστειλε μήνυμα στο Facebook ότι έλαβε από εσάς email με τη δική μου παραγγελία: όνομα, διεύθυνση, τηλέφωνο, ακόμα και τα τελευταία ψηφία της κάρτας μου. Αυτό είναι απαράδεκτο.

Θέλω να μου εξηγήσετε πώς έγινε αυτό, και να μου πείτε ακριβώς ποια στοιχεία μου είδε και σε ποιους άλλους μπορεί να έχουν σταλεί.

Σοφία Μιχαηλίδου
Παραγγελία 2026-415590""",
         "Σοφία Μιχαηλίδου"),
        ("other", (),
         "Σύμβαση επεξεργασίας δεδομένων - υπηρεσίες πληρωμών",
         """Αξιότιμοι κύριοι,

είμαι ο Υπεύθυνος Προστασίας Δεδομένων της PayBridge A.E., η οποία από τον Δεκέμβριο θα σας παρέχει υπηρεσίες πληρωμών για τις ελληνικές παραγγελίες σας. Σας στέλνουμε συνημμένα το σχέδιο σύμβασης επεξεργασίας δεδομένων (άρθρο 28 ΓΚΠΔ).

Θα μπορούσατε να μου υποδείξετε ποιος είναι αρμόδιος να το ελέγξει και να το υπογράψει;

Με εκτίμηση,
Αντώνης Καραγιάννης
DPO, PayBridge A.E.""",
         "Αντώνης Καραγιάννης"),
        ("other", (),
         "Πόσο καιρό κρατάτε τα δεδομένα;",
         """Καλημέρα,

μια γενική ερώτηση: πόσο καιρό κρατάτε γενικά τα στοιχεία των πελατών; Και αν κάποιος κλείσει τον λογαριασμό του, σβήνονται όλα ή κρατάτε κάποια για λόγους φορολογίας; Δεν είμαι ακόμα πελάτισσα, το σκέφτομαι.

Ευχαριστώ,
Βασιλική Νικολάου""",
         "Βασιλική Νικολάου"),
        ("other", (),
         "Ερωτήσεις για άρθρο σχετικά με κάρτες πιστότητας",
         """Καλησπέρα σας,

είμαι δημοσιογράφος και ετοιμάζω άρθρο για το πώς τα καταστήματα λιανικής στην Ευρώπη αξιοποιούν τα δεδομένα από τις κάρτες πιστότητας. Θα μπορούσατε να απαντήσετε σε μερικές ερωτήσεις; Για παράδειγμα, αν χρησιμοποιείτε τα δεδομένα για εξατομικευμένες προσφορές, αν τα μοιράζεστε με διαφημιστές και πόσα αιτήματα διαγραφής λαμβάνετε τον χρόνο.

Χρήστος Σταθόπουλος""",
         "Χρήστος Σταθόπουλος"),
    ],
    "bg": [
        ("correction", (),
         "Грешна рождена дата на сина ми",
         """Здравейте,

миналата година регистрирах сина си Борис (12 г.) за детската карта за лоялност. Сега забелязах, че рождената му дата е записана 14.06.2016, а трябва да е 14.06.2014. Моля, поправете я, защото заради това му предлагат играчки за 8-годишни :)

Номер на картата: 6402 9910 2257

Поздрави,
Десислава Петрова""",
         "Десислава Петрова"),
        ("deletion", (),
         "Бивш служител - лични данни",
         """Здравейте,

до юли 2026 работих като шофьор за доставки във вашия склад в Антверпен. Вече не съм служител и не виждам защо да пазите данните ми. Освен ако законът не ви задължава да ги пазите, моля изтрийте ги - включително снимката ми от служебната карта и личния ми телефон.

Благодаря,
Стоян Иванов""",
         "Стоян Иванов"),
        ("portability", ("deletion",),
         "Може ли да получа данните си?",
         """Здравейте,
може ли да получа данните си (историята на покупките и точките) в CSV или друг файл, който мога да отворя на компютъра? След като ги получа, искам да изтриете профила ми.
Мерси,
Мария Георгиева""",
         "Мария Георгиева"),
        ("restriction", (),
         "Моля, не изтривайте записите",
         """Здравейте,

на 24 октомври паднах в магазина ви в Брюксел (ул. Ньов) заради разлята течност на пода и си счупих китката. Адвокатът ми казва, че ще ми трябват записите от камерите и данните от тогавашната ми покупка с картата.

Моля, не ги изтривайте след обичайния срок, а ги запазете, докато не приключи случаят. Не искам да ги използвате за нищо друго.

Николай Димитров""",
         "Николай Димитров"),
        ("objection", (),
         "Възражение срещу обработване за директен маркетинг - доверител Елена Василева",
         """Уважаеми госпожи и господа,

Пиша Ви в качеството си на пълномощник на г-жа Елена Василева (пълномощното е приложено). От името на моята доверителка възразявам срещу обработването на личните ѝ данни за целите на директния маркетинг, включително профилиране, както и срещу предоставянето им на Ваши партньори за рекламни цели.

Моля, потвърдете писмено, че сте преустановили тази обработка.

С уважение,
адв. Петър Тодоров
Адвокатска колегия - София""",
         "Петър Тодоров"),
        ("withdraw_consent", (),
         "SMS-и",
         """Как да се отпиша от SMS-ите ви? Не намирам никъде. Моля, спрете ги, идват по 2-3 на ден.
Гергана Колева""",
         "Гергана Колева"),
        ("complaint", ("access",),
         "Втори път пиша - без отговор вече месец",
         """Здравейте,

Пиша ви за втори път. На 5 октомври поисках копие от личните данни, които имате за мен, и досега нямам никакъв отговор. Законът ви дава един месец, той изтече.

Очаквам да ми изпратите данните веднага. Ако не получа отговор до края на седмицата, ще подам жалба до органа за защита на данните.

Иван Стоянов""",
         "Иван Стоянов"),
        ("other", (),
         "Искане за информация - досъдебно производство № 1187/2026",
         """Уважаеми господа,

Във връзка с досъдебно производство № 1187/2026 по описа на ОДМВР - Пловдив, водено за измама с банкови карти, моля да ни предоставите информация за поръчките, направени с карта за лоялност № 6402 4415 7731, както и данните на лицето, на чието име е регистрирана картата, и адресите за доставка за периода август-септември 2026 г.

Прилагам разрешение от съда.

С уважение,
инсп. Калин Николов
ОДМВР - Пловдив""",
         "Калин Николов"),
        ("other", (),
         "Какво става с данните ми, ако закрия профила?",
         """Здравейте,

Имам въпрос, преди да реша каквото и да било: ако закрия профила си при вас, какво става с личните ми данни? Изтриват ли се веднага или ги пазите някакво време? И какво става с ваучера ми за 15 евро?

Благодаря предварително,
Росица Ангелова""",
         "Росица Ангелова"),
        ("other", (),
         "Софтуер за управление на GDPR заявки",
         """Здравейте,

Казвам се Виктор Маринов и съм търговски представител на GDPRdesk. Нашата платформа помага на онлайн магазини да обработват автоматично искания за достъп и изтриване на данни, отписвания от бюлетини и съгласия - всичко на едно място.

Бихте ли имали 20 минути следващата седмица за кратко онлайн демо? Мога да ви изпратя и ценова оферта.

Ако не ви е интересно, просто ми отговорете и няма да ви пиша повече.

Поздрави,
Виктор Маринов
GDPRdesk""",
         "Виктор Маринов"),
    ],
}

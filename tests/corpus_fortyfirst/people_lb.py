"""Forty-first set, mail after the shop's take-over of Maison Dupont, migration and new partners (pl cs hr sv ro el bg). Written apart from the rules (see make_fortyfirst.py)."""

PEOPLE_LB = {
    "pl": [
        ("access", ("restriction",),
         "Dane przejęte od Maison Dupont - wniosek",
         """Dzień dobry,

przez kilka lat byłam klientką Maison Dupont (karta klubowa nr MD-00482913). W zeszłym tygodniu dostałam od Państwa maila, że Maison Dupont „dołącza do rodziny Shop Example” i że moje dane zostały przeniesione do nowego systemu. Nikt mnie wcześniej o to nie pytał.

Na podstawie art. 15 RODO proszę o informację:
- jakie dokładnie moje dane przejęliście od Maison Dupont,
- skąd je macie i kiedy je otrzymaliście,
- komu je przekazujecie (w tym czy trafiają do tej chmury w USA, o której jest mowa w nowej polityce prywatności),
- jak długo zamierzacie je przechowywać.

Do czasu udzielenia odpowiedzi proszę o ograniczenie przetwarzania moich danych - mogą Państwo je przechowywać, ale nie wykorzystywać do niczego innego.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),

        ("deletion", (),
         "reset hasła?? przecież usunąłem konto",
         """Cześć,

dziś rano przyszedł mail „Ustaw hasło do nowego sklepu Shop Example”. Problem w tym, że konto u Was skasowałem w 2019 roku, mam nawet jeszcze maila z potwierdzeniem. Jakim cudem ono dalej istnieje?

Usuńcie je tym razem porządnie, razem ze wszystkim, co było do niego podpięte (adresy, zamówienia, karta), i dajcie znać, jak będzie zrobione.

Tomek Kaczmarek""",
         "Tomasz Kaczmarek"),

        ("portability", (),
         "Punkty i historia zakupów z klubu Maison Dupont",
         """Dzień dobry,

mam kartę klubu Maison Dupont od 2016 r. Po przejęciu moje punkty zostały „przeliczone” na nowy program, ale nie zamierzam z niego korzystać.

Proszę o przesłanie całej historii moich zakupów i stanu punktów w pliku, który da się otworzyć w Excelu (CSV albo coś podobnego) - chcę to zabrać ze sobą do innego programu lojalnościowego. Zależy mi na pełnym eksporcie, nie na zrzucie ekranu z aplikacji.

Numer karty: 7712 0045 8831

Pozdrawiam
Ewa Nowicka""",
         "Ewa Nowicka"),

        ("objection", (),
         "Sprzeciw - przekazywanie danych do USA",
         """Szanowni Państwo,

w nowej informacji o prywatności piszą Państwo, że dane klientów będą przechowywane u dostawcy chmury w Stanach Zjednoczonych na podstawie standardowych klauzul umownych.

Nie zgadzam się na to. Wnoszę sprzeciw wobec przekazywania moich danych osobowych (konto klienta nr 30211876) poza Europejski Obszar Gospodarczy. Proszę o pisemne potwierdzenie, że moje dane nie będą tam wysyłane.

Marek Zieliński""",
         "Marek Zieliński"),

        ("complaint", ("deletion",),
         "Ktoś z Maroka dzwoni do mnie z moimi zamówieniami",
         """Wczoraj wieczorem zadzwonił do mnie jakiś pan z numeru +212, przedstawił się jako „obsługa klienta Shop Example”. Znał moje imię i nazwisko, adres i wiedział, co zamawiałam w październiku. Nie dzwoniłam do Was i nie prosiłam o żaden kontakt. Nikt mnie też nie uprzedził, że moje dane lądują w jakimś call center w Maroku.

Uważam, że to skandal i poważnie zastanawiam się nad skargą do organu ochrony danych.

Proszę natychmiast usunąć mój numer telefonu z Waszej bazy.

Katarzyna Lis""",
         "Katarzyna Lis"),

        ("correction", (),
         "Błędne nazwisko i adres po migracji",
         """Dzień dobry,

od kiedy przenieśli Państwo konta do nowego sklepu, na wszystkich mailach i na ostatniej fakturze mam „Ma?gorzata W?odarczyk” zamiast „Małgorzata Włodarczyk” - polskie znaki gdzieś po drodze zniknęły. Do tego w koncie wrócił mój stary adres (Mechelen, Bruul 14), a od 2023 r. mieszkam w Gandawie, Kortrijksesteenweg 112, 9000 Gent.

Bardzo proszę o poprawienie imienia, nazwiska i adresu.

Dziękuję,
Małgorzata Włodarczyk""",
         "Małgorzata Włodarczyk"),

        ("withdraw_consent", ("deletion",),
         "dwa newslettery",
         """Teraz dostaję od Was ten sam newsletter dwa razy - raz na stary adres, który miałem w Maison Dupont, i raz na nowy. Nie chcę żadnego z nich. Wypiszcie mnie z obu list, a ten stary adres (pdudek77@poczta.example) usuńcie w ogóle, bo go już prawie nie używam.

P. Dudek""",
         "Paweł Dudek"),

        ("other", (),
         "Karta podarunkowa Maison Dupont - czy nadal ważna?",
         """Dzień dobry,

dostałam na urodziny kartę podarunkową Maison Dupont na 50 euro, ważną do marca 2027. Sklep Maison Dupont w Leuven, w którym miałam ją wykorzystać, jest już zamknięty.

Czy mogę nią zapłacić w Państwa sklepie stacjonarnym albo online? Jeśli tak, to jak - czy trzeba ją najpierw na coś wymienić?

Pozdrawiam
Joanna Mazur""",
         "Joanna Mazur"),

        ("other", (),
         "Dane do faktur po przejęciu Maison Dupont",
         """Dzień dobry,

od 2018 r. jesteśmy dostawcą opakowań dla Maison Dupont. Po przejęciu nie wiemy, na kogo mamy teraz wystawiać faktury - dwie ostatnie wróciły do nas z adnotacją „adresat nieznany”.

Czy mogą Państwo przesłać aktualne dane do faktury (nazwa spółki, numer VAT, adres) oraz kontakt do działu zakupów? Nasze konto dostawcy w starym portalu Maison Dupont zostało usunięte, więc nie mamy jak tego sprawdzić sami.

Będę wdzięczny za przekazanie tego maila do właściwego działu.

Z poważaniem
Krzysztof Baran
Pakmar Sp. z o.o.""",
         "Krzysztof Baran"),

        ("other", (),
         "Reklamacja - ekspres kupiony w Maison Dupont",
         """Dzień dobry,

w maju 2025 kupiłem w Maison Dupont w Brukseli ekspres do kawy (model Barista 300). Od tygodnia nie grzeje wody. Mam paragon, gwarancja jest na 2 lata.

Strona Maison Dupont przekierowuje teraz do Państwa sklepu i nie mogę znaleźć formularza reklamacyjnego. Gdzie mam zgłosić usterkę i czy mogę oddać ekspres w którymś z Państwa sklepów?

Pozdrawiam
Michał Sikora""",
         "Michał Sikora"),
    ],

    "cs": [
        ("restriction", ("access",),
         "Omezení zpracování - údaje převzaté od Maison Dupont",
         """Dobrý den,

z Vašeho e-mailu z 12. října jsem se dozvěděla, že moje údaje jako bývalé zákaznice Maison Dupont teď zpracovává Shop Example. Vůbec si nejsem jistá, že jsem kdy Maison Dupont dala souhlas k jejich předání někomu dalšímu.

Dokud se to nevyjasní, žádám o omezení zpracování mých osobních údajů podle čl. 18 GDPR - tedy abyste je zatím jen uchovávali a nijak je nepoužívali, ani k marketingu, ani k profilování.

Zároveň Vás prosím o sdělení, jaké údaje o mně máte a odkud přesně jste je získali.

S pozdravem
Lenka Horáková""",
         "Lenka Horáková"),

        ("deletion", ("withdraw_consent",),
         "Zrušení účtu z e-shopu Nordline",
         """Dobrý den,

měl jsem účet v e-shopu Nordline, který jste zavřeli. Podle Vašeho e-mailu byl převeden pod Shop Example. O účet u Vás nestojím, prosím o jeho zrušení a smazání všech mých údajů.

A přestaňte mi prosím posílat newsletter, chodí mi od převodu každý týden.

Díky,
Jakub Dvořák""",
         "Jakub Dvořák"),

        ("correction", (),
         "Jméno mého zesnulého manžela na účtu",
         """Dobrý den,

po přechodu na nový věrnostní systém mi přišla nová karta a dopis adresovaný „Josef a Marie Novákovi“. Můj manžel zemřel před třemi lety a jeho jméno jsem tehdy nechala z účtu odstranit. Teď se tam najednou znovu objevilo, což je pro mě dost nepříjemné.

Opravte prosím účet tak, aby byl veden jen na mé jméno - Marie Nováková, adresa zůstává stejná.

Děkuji
Marie Nováková""",
         "Marie Nováková"),

        ("portability", (),
         "Žádost o přenositelnost údajů - věrnostní klub Maison Dupont",
         """Dobrý den,

podle čl. 20 GDPR žádám o poskytnutí mých údajů z věrnostního klubu Maison Dupont (historie nákupů, nasbírané body, kupony) ve strukturovaném, strojově čitelném formátu, ideálně CSV nebo JSON. Chci je převést do jiného věrnostního programu.

Číslo karty MD: 4410 2288 0193

Děkuji a zdravím
Ondřej Procházka""",
         "Ondřej Procházka"),

        ("objection", (),
         "nechci, aby mě kontaktoval nový majitel",
         """Dobrý den,

byl jsem zákazníkem Maison Dupont, ne Vaším. Od převzetí mi chodí SMS a volají mi z Vašeho call centra s nabídkami. Nepřeji si, aby mě Shop Example jakkoli kontaktoval kvůli reklamě, a nesouhlasím s tím, abyste moje údaje používali k marketingu.

Petr Svoboda""",
         "Petr Svoboda"),

        ("complaint", ("deletion",),
         "Únik dat v Maison Dupont - proč se to dozvídám z novin?",
         """Dobrý den,

v novinách jsem četl, že Maison Dupont měl loni únik dat zákazníků a že to vyšlo najevo až při převzetí. Byl jsem členem jejich klubu od roku 2015. Nikdo mi nic neoznámil - ani Maison Dupont, ani Vy jako nový vlastník. To považuji za hrubé porušení Vašich povinností.

Pokud se mi do 14 dnů neozvete s vysvětlením, obrátím se na belgický úřad pro ochranu osobních údajů. A všechny moje údaje, které jste od Maison Dupont převzali, smažte.

Tomáš Marek""",
         "Tomáš Marek"),

        ("access", (),
         "",
         """Dobrý den,
byla jsem zákaznicí Maison Dupont. Máte teď moje údaje? Pokud ano, jaké?
Děkuji
Veronika Kučerová""",
         "Veronika Kučerová"),

        ("other", (),
         "Která prodejna nahradí tu v Mechelenu?",
         """Dobrý den,

prodejna Maison Dupont v Mechelenu je od listopadu zavřená. Kam teď mám chodit nejblíž? A platí u Vás v obchodech ještě moje stará klubová karta, nebo si musím udělat novou?

Děkuji
Jana Veselá""",
         "Jana Veselá"),

        ("other", (),
         "Žádost o práci - bývalá zaměstnankyně Maison Dupont",
         """Dobrý den,

šest let jsem pracovala jako vedoucí směny v prodejně Maison Dupont v Antverpách. Po převzetí byla prodejna zavřena a já jsem teď bez práce.

Chtěla bych se zeptat, jestli nehledáte lidi do prodejen nebo do skladu. Mluvím česky, nizozemsky a anglicky. Životopis posílám v příloze.

S pozdravem
Kateřina Pokorná""",
         "Kateřina Pokorná"),

        ("other", (),
         "Po migraci na nový e-shop se nemůžu přihlásit",
         """Dobrý den,

psali jste, že můj účet byl převeden do nového e-shopu a že stačí nastavit nové heslo. To jsem udělal, ale při přihlášení mi stránka pořád hlásí „Neočekávaná chyba“. V košíku mám dárek k Vánocům, který bych potřeboval objednat do konce týdne.

Je nějaký problém s migrací účtů? Zkoušel jsem Chrome i Firefox.

Díky
Martin Kratochvíl""",
         "Martin Kratochvíl"),
    ],

    "hr": [
        ("objection", ("deletion",),
         "Prigovor na prijenos podataka u SAD",
         """Poštovani,

u novoj obavijesti o privatnosti navodite da ćete podatke kupaca pohranjivati kod pružatelja usluga u oblaku u SAD-u, uz standardne ugovorne klauzule.

Ulažem prigovor na takvu obradu svojih osobnih podataka i ne želim da se moji podaci iznose izvan EU-a. Također tražim da obrišete moj stari račun iz Maison Dupont kluba, ne trebam ga i nikad ga više neću koristiti.

S poštovanjem,
Ivan Horvat""",
         "Ivan Horvat"),

        ("access", (),
         "Tko su vaši izvršitelji obrade i gdje su?",
         """Pozdrav,

nakon preuzimanja Maison Duponta više ne znam tko sve ima moje podatke. Molim vas popis svih izvršitelja obrade i primatelja kojima ste dali moje podatke (pozivni centar, cloud, dostava, plaćanje) te u kojim se državama nalaze.

Broj moje kartice vjernosti: 2200 8841 3370

Hvala,
Ana Kovačević""",
         "Ana Kovačević"),

        ("withdraw_consent", (),
         "odjava",
         """Molim da me maknete s mailing liste. Sad mi stižu i vaš newsletter i onaj "Maison Dupont by Shop Example", a ne želim ni jedan.

Hvala.
Marija""",
         "Marija Babić"),

        ("complaint", (),
         "Moji podaci poslani drugoj osobi",
         """Poštovani,

prošli tjedan zvala sam vašu korisničku službu (sad se javljaju iz Portugala) zbog povrata jedne jakne. Dva dana kasnije javila mi se preko Facebooka gospođa iz Leuvena koja je od vas dobila e-mail s mojim imenom, adresom, brojem mobitela i popisom mojih narudžbi - poslan njoj umjesto meni.

Ovo je ozbiljan propust. Očekujem objašnjenje kako se to dogodilo i što ste poduzeli. Nije ni prvi problem otkad ste korisničku službu predali vanjskoj firmi.

Lidija Jurić""",
         "Lidija Jurić"),

        ("restriction", ("access",),
         "Ne koristite moje podatke dok se ne razjasni",
         """Dobar dan,

dobio sam vaš mail da sam "sada član Example+ kluba". Nikad se nisam učlanio. Vjerojatno ste podatke preuzeli od Maison Duponta, ali ni tamo se ne sjećam da sam bio u klubu.

Molim vas da mi kažete odakle vam moji podaci. Dok se to ne provjeri, nemojte ih koristiti ni za što - neka samo stoje. Nemojte ih još ni brisati, možda će mi trebati kao dokaz.

Pozdrav,
Goran Marić""",
         "Goran Marić"),

        ("correction", (),
         "Pogrešno ime i adresa nakon prelaska na novi web shop",
         """Poštovani,

nakon prelaska na novi web shop u računu mi piše "Zeljka Saric", bez dijakritičkih znakova, a opet mi stoji i stara adresa u Zagrebu, iako već dvije godine živim u Bruxellesu. Zadnji paket je zbog toga otišao u Hrvatsku.

Molim ispravak:
Željka Šarić
Rue du Trône 45
1050 Ixelles

Hvala unaprijed,
Željka Šarić""",
         "Željka Šarić"),

        ("portability", (),
         "Bodovi iz Maison Dupont kluba",
         """Poštovani,

nemam namjeru prelaziti u vaš program vjernosti. Molim da mi podatke iz Maison Dupont kluba (stanje bodova i povijest kupnje od 2017.) pošaljete u strojno čitljivom obliku, npr. CSV datoteci, kako bih ih mogla predati drugom trgovcu.

Broj kartice: MD 6620 1187

Lijep pozdrav,
Ivana Perić""",
         "Ivana Perić"),

        ("other", (),
         "Vrijede li poklon bonovi Maison Dupont?",
         """Dobar dan,

imam dva poklon bona Maison Dupont po 25 eura. Mogu li ih iskoristiti u vašim trgovinama ili na web shopu? Na bonu piše da vrijedi do 31.12.2026.

Hvala,
Nikola Knežević""",
         "Nikola Knežević"),

        ("other", (),
         "Kome sada slati račune?",
         """Poštovani,

naša tvrtka već godinama dostavlja svijeće i dekoracije za trgovine Maison Dupont. Nakon prijenosa poslovanja na Shop Example nije nam jasno kome trebamo slati račune i tko nam je novi kontakt u nabavi. Prošlomjesečni račun još nije plaćen.

Molim vas da ovaj mail proslijedite nadležnoj osobi.

Srdačan pozdrav,
Damir Vuković
Lumen d.o.o.""",
         "Damir Vuković"),

        ("other", (),
         "Jamstvo za usisavač marke Nordline",
         """Pozdrav,

prošle godine kupio sam usisavač Nordline (model NV-20) u vašoj trgovini u Liègeu. Sad je prestao puniti bateriju. Čuo sam da ste Nordline ugasili i obrisali njihovu web stranicu, pa ne znam tko je sada odgovoran za jamstvo.

Mogu li ga donijeti u bilo koju vašu trgovinu? Račun imam.

Tomislav Novak""",
         "Tomislav Novak"),
    ],

    "sv": [
        ("complaint", ("access",),
         "Ingen information innan ni tog över mina uppgifter",
         """Hej,

jag var medlem i Maison Duponts kundklubb och fick förra veckan ett mejl om att "dina uppgifter har nu flyttats till Shop Example". Det var första gången jag hörde talas om det.

Enligt artikel 14 i dataskyddsförordningen skulle jag ha informerats i tid, inte i efterhand via ett reklammejl. Jag vill härmed framföra ett klagomål över hur det här har skötts.

Jag vill också veta exakt vilka uppgifter om mig ni har fått från Maison Dupont och vad ni använder dem till.

Mvh
Karin Lindqvist""",
         "Karin Lindqvist"),

        ("objection", (),
         "Profilering",
         """Hej!

I den nya integritetspolicyn står det att ni "sammanställer köphistorik från alla våra kanaler för att anpassa erbjudanden". Jag motsätter mig att min köphistorik, även den från Maison Dupont-tiden, används till profilering eller anpassade erbjudanden.

Tack,
Erik Johansson""",
         "Erik Johansson"),

        ("deletion", (),
         "Radera det ni tog över från Maison Dupont",
         """Jag har aldrig valt att bli kund hos er. Jag var kund hos Maison Dupont, punkt. Radera alla uppgifter om mig som ni fick i samband med uppköpet och skicka en bekräftelse när det är gjort.

/Lars Berg""",
         "Lars Berg"),

        ("withdraw_consent", (),
         "Två nyhetsbrev varje fredag",
         """Hej,

sedan ni slog ihop era nyhetsbrev får jag två likadana varje fredag. Avregistrera mig från båda, tack - jag vill inte ha några utskick alls längre. Sms:en med erbjudanden kan ni också sluta skicka.

Hälsningar
Sofia Nyström""",
         "Sofia Nyström"),

        ("correction", ("deletion",),
         "Två konton efter flytten",
         """Hej,

efter flytten till nya webbshoppen har jag plötsligt två konton: ett med min nuvarande mejl och ett med en gammal Hotmail-adress från Maison Dupont-tiden. På det kontot jag faktiskt använder står dessutom min gamla adress i Antwerpen.

Kan ni ändra adressen till Avenue Louise 231, 1050 Bryssel, på kontot med den här mejladressen, och radera det gamla Hotmail-kontot helt?

Tack på förhand!
Anna Ek""",
         "Anna Ek"),

        ("portability", (),
         "Export av poäng och köphistorik (artikel 20)",
         """Hej,

jag vill få ut mina uppgifter från gamla Maison Dupont-klubben i ett maskinläsbart format (csv eller json går bra), med stöd av artikel 20 GDPR. Gärna både poängsaldo och all köphistorik sedan 2018 - jag tänker ta med dem till en annan kedja.

Medlemsnummer: MD-551902

Vänliga hälsningar
Johan Sandberg""",
         "Johan Sandberg"),

        ("restriction", (),
         "Använd inte mina uppgifter tills födelsedatumet är utrett",
         """Hej,

i nya kundsystemet står det att jag är född 1958. Det stämmer inte, jag är född 1985 - siffrorna har uppenbarligen kastats om vid flytten. Jag har redan skickat in en rättelse via formuläret i appen i går.

Medan ni kontrollerar det vill jag att ni inte använder mina uppgifter till något alls - inga erbjudanden, ingen "seniorrabatt", ingenting. Spara dem bara tills det är rättat.

Mvh
Maria Holm""",
         "Maria Holm"),

        ("other", (),
         "Vilken butik ersätter den i Gent?",
         """Hej!

Maison Dupont-butiken på Veldstraat i Gent stängde förra månaden. Vilken av era butiker ligger närmast nu? Och kan jag lämna tillbaka en tröja som jag köpte där i oktober, jag har kvittot kvar.

Tack!
Emma Lund""",
         "Emma Lund"),

        ("other", (),
         "Presentkort från Nordline",
         """Hej,

jag har ett presentkort på 40 euro från Nordline, som ni ju har lagt ner. I er FAQ står det att "saldot migreras automatiskt till ditt Shop Example-konto", men jag hittar inget saldo när jag loggar in. Presentkortsnumret är NL-7731-0042.

Hur gör jag för att använda det?

Hälsningar
Oskar Wikström""",
         "Oskar Wikström"),

        ("other", (),
         "Jobbansökan - tidigare anställd på Maison Dupont",
         """Hej,

jag jobbade i fyra år på Maison Duponts lager i Vilvoorde tills det stängdes i samband med uppköpet. Nu undrar jag om ni har några lediga tjänster inom lager eller logistik. Jag har truckkort och pratar svenska, engelska och hyfsad nederländska.

CV bifogas. Hör gärna av er!

Med vänliga hälsningar
Henrik Åberg""",
         "Henrik Åberg"),
    ],

    "ro": [
        ("access", (),
         "Cerere de acces conform art. 15 GDPR",
         """Bună ziua,

Am fost clientă Maison Dupont până în 2024. Vă rog să-mi comunicați dacă prelucrați date cu caracter personal care mă privesc și, dacă da, să-mi trimiteți o copie a acestora, împreună cu informații despre sursa lor, scopurile prelucrării, destinatarii (inclusiv cei din afara UE) și perioada de stocare.

Cu stimă,
Elena Popescu""",
         "Elena Popescu"),

        ("deletion", ("objection",),
         "Vă rog să-mi ștergeți contul",
         """Bună ziua,

vă rog să-mi ștergeți contul și toate datele mele. De o săptămână mă sună cineva de la un call center din Maroc în numele dumneavoastră, cu tot felul de oferte, și chiar nu vreau așa ceva. Până se rezolvă ștergerea, nu mai vreau să fiu sunat și nu sunt de acord să-mi folosiți numărul pentru reclame.

Andrei Ionescu""",
         "Andrei Ionescu"),

        ("complaint", (),
         "A doua cerere - niciun răspuns",
         """Bună ziua,

pe 2 octombrie v-am scris pe această adresă ca să aflu ce date ați preluat despre mine de la Maison Dupont. A trecut mai bine de o lună și n-am primit niciun răspuns, nici măcar o confirmare de primire.

Vă reamintesc că aveți la dispoziție o lună. Dacă nu primesc răspuns în zilele următoare, depun plângere la autoritatea belgiană pentru protecția datelor.

Mihai Dumitrescu""",
         "Mihai Dumitrescu"),

        ("restriction", (),
         "Cont închis în 2019 - nu-l folosiți",
         """Bună ziua,

am primit un e-mail de resetare a parolei pentru un cont Shop Example pe care l-am închis în 2019. Vreau să înțeleg cum de a reapărut și o să vă scriu separat despre asta.

Până atunci, vă rog să nu folosiți datele din acest cont în niciun fel - nici newsletter, nici oferte, nimic. Nu le ștergeți încă, păstrați-le doar, pentru că s-ar putea să am nevoie de ele ca dovadă.

Mulțumesc,
Cristina Stan""",
         "Cristina Stan"),

        ("portability", ("deletion",),
         "Punctele și istoricul din clubul Maison Dupont",
         """Bună ziua,

aș vrea să primesc istoricul cumpărăturilor și punctele din clubul Maison Dupont într-un fișier CSV sau Excel, ca să le pot duce la alt magazin. După ce mi-l trimiteți, vă rog să ștergeți contul de fidelitate, nu mă interesează noul program.

Nr. card: 3300 1287 6541

Mulțumesc,
Ioana Rusu""",
         "Ioana Rusu"),

        ("withdraw_consent", (),
         "dezabonare",
         """Nu mai vreau newsletterul ăsta comun Shop Example / Maison Dupont. Dezabonați-mă vă rog, și de la SMS-uri.
Mersi!
Radu""",
         "Radu Constantin"),

        ("objection", (),
         "Opoziție la transferul datelor în SUA",
         """Stimată doamnă, stimate domn,

Am citit noua notă de informare privind protecția datelor. Înțeleg că datele clienților vor fi găzduite de un furnizor de cloud din Statele Unite, pe baza clauzelor contractuale standard (art. 46 GDPR).

Mă opun transferului datelor mele cu caracter personal în afara Spațiului Economic European. Vă rog să-mi confirmați în scris că datele mele nu vor fi transferate.

Cu stimă,
Gabriel Munteanu""",
         "Gabriel Munteanu"),

        ("other", (),
         "Carduri cadou Maison Dupont",
         """Bună ziua,

am două carduri cadou Maison Dupont primite de Crăciun, de 30 și 50 de euro. Mai sunt valabile după preluare? Le pot folosi în magazinul dumneavoastră din Bruxelles sau online?

Mulțumesc frumos,
Alina Marin""",
         "Alina Marin"),

        ("other", (),
         "Date de facturare după preluarea Maison Dupont",
         """Bună ziua,

suntem furnizor de ambalaje pentru Maison Dupont din 2019. După preluare nu mai știm pe ce entitate să emitem facturile. Vă rog să ne transmiteți noile date de facturare (denumire, cod TVA, adresă) și o persoană de contact la achiziții, ca să putem actualiza contul clientului în sistemul nostru.

Cu stimă,
Florin Stoica
Ambalaje Nord SRL""",
         "Florin Stoica"),

        ("other", (),
         "Garanție mixer Nordline",
         """Bună ziua,

în martie am cumpărat un mixer Nordline din magazinul dumneavoastră din Anvers. S-a stricat motorul. Știu că ați închis marca Nordline și ați șters site-ul lor, așa că nu știu unde să-l trimit în garanție. Am bonul și certificatul de garanție.

Unde îl pot duce?

Vlad Enache""",
         "Vlad Enache"),
    ],

    "el": [
        ("correction", (),
         "Λάθος στοιχεία μετά τη μεταφορά στο νέο σύστημα",
         """Καλησπέρα σας,

από τότε που μεταφέρατε τους λογαριασμούς στο νέο ηλεκτρονικό κατάστημα, το όνομά μου εμφανίζεται ως «Aikaterini Papadopoylou» αντί για «Aikaterini Papadopoulou» και η ημερομηνία γέννησης έχει γίνει 01/01/1900.

Παρακαλώ διορθώστε τα:
Aikaterini Papadopoulou, ημ. γέννησης 14/03/1979.

Ευχαριστώ,
Κατερίνα Παπαδοπούλου""",
         "Κατερίνα Παπαδοπούλου"),

        ("complaint", ("deletion",),
         "Διαρροή δεδομένων στο Maison Dupont",
         """Κύριοι,

έλαβα χθες ενημέρωση ότι στη βάση του Maison Dupont υπήρξε παραβίαση δεδομένων πριν από την εξαγορά και ότι «ενδέχεται» να διέρρευσαν email και διευθύνσεις πελατών. Το μαθαίνω τρεις μήνες μετά. Είναι απαράδεκτο και θεωρώ ότι και οι δύο εταιρείες παραβήκατε τις υποχρεώσεις σας.

Ζητώ να διαγράψετε αμέσως όλα τα δεδομένα μου που πήρατε από το Maison Dupont. Επιφυλάσσομαι να απευθυνθώ στην αρμόδια αρχή προστασίας δεδομένων.

Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),

        ("access", (),
         "Από πού βρήκατε τα στοιχεία μου;",
         """Γεια σας,

μου ήρθε στο σπίτι κάρτα μέλους Example+. Δεν έχω γραφτεί ποτέ σε κάτι τέτοιο. Μπορείτε να μου πείτε τι στοιχεία έχετε για μένα και από πού τα πήρατε;

Ευχαριστώ,
Δήμητρα Αλεξίου""",
         "Δήμητρα Αλεξίου"),

        ("objection", ("withdraw_consent",),
         "Δεν επιθυμώ επικοινωνία από τον νέο ιδιοκτήτη",
         """Καλημέρα,

ήμουν πελάτης του Maison Dupont, όχι του Shop Example. Αντιτίθεμαι στη χρήση των στοιχείων μου για να επικοινωνείτε μαζί μου για προωθητικούς σκοπούς και στη χρήση του ιστορικού αγορών μου για «εξατομικευμένες προσφορές».

Επίσης, διαγράψτε με από το ενιαίο newsletter - είχα εγγραφεί μόνο στο δικό τους και δεν θέλω πλέον κανένα.

Γιώργος Βασιλείου""",
         "Γιώργος Βασιλείου"),

        ("portability", (),
         "Αίτημα φορητότητας - πόντοι Maison Dupont",
         """Αξιότιμοι κύριοι,

σύμφωνα με το άρθρο 20 του ΓΚΠΔ, ζητώ να μου χορηγήσετε τα δεδομένα που έχω παράσχει στο πρόγραμμα επιβράβευσης του Maison Dupont (ιστορικό αγορών, υπόλοιπο πόντων) σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχάνημα μορφότυπο (π.χ. CSV ή JSON).

Αριθμός κάρτας: MD 2039 4471 88

Με εκτίμηση,
Ελένη Κωνσταντίνου""",
         "Ελένη Κωνσταντίνου"),

        ("restriction", (),
         "Παρακαλώ μη διαγράψετε τον λογαριασμό μου στο Nordline",
         """Καλησπέρα,

στο email για το κλείσιμο του Nordline γράφετε ότι όλοι οι λογαριασμοί θα διαγραφούν στις 30 Νοεμβρίου. Έχω ανοιχτή διαφορά με την τράπεζά μου για μια χρέωση από παραγγελία στο Nordline και χρειάζομαι τα στοιχεία της παραγγελίας ως αποδεικτικό.

Μπορείτε να κρατήσετε τον λογαριασμό και τα δεδομένα μου μέχρι να λυθεί το θέμα, χωρίς να τα χρησιμοποιείτε για τίποτε άλλο;

Ευχαριστώ,
Παναγιώτης Δημητρίου""",
         "Παναγιώτης Δημητρίου"),

        ("deletion", (),
         "διαγραφή",
         """Γεια. Αν έχω ακόμα λογαριασμό στο Nordline που κλείσατε, σβήστε τον μαζί με ό,τι δεδομένα μου έχετε από εκεί.
Μαρία""",
         "Μαρία Νικολάου"),

        ("other", (),
         "Ποιο κατάστημα αντικαθιστά αυτό στο Ixelles;",
         """Καλημέρα σας,

το κατάστημα Maison Dupont στην Chaussée d'Ixelles έκλεισε. Ποιο είναι το πλησιέστερο δικό σας κατάστημα; Θα ήθελα να παραλάβω εκεί μια παραγγελία αντί για παράδοση στο σπίτι.

Ευχαριστώ πολύ,
Σοφία Μαυρίδου""",
         "Σοφία Μαυρίδου"),

        ("other", (),
         "Αίτηση εργασίας - πρώην υπάλληλος Maison Dupont",
         """Καλησπέρα σας,

εργάστηκα τέσσερα χρόνια ως πωλήτρια στο Maison Dupont στη Λιέγη, μέχρι να κλείσει το κατάστημα μετά την εξαγορά. Θα ήθελα να μάθω αν υπάρχουν θέσεις στα καταστήματά σας. Μιλάω ελληνικά, γαλλικά και αγγλικά.

Επισυνάπτω το βιογραφικό μου.

Με εκτίμηση,
Χριστίνα Οικονόμου""",
         "Χριστίνα Οικονόμου"),

        ("other", (),
         "Δωροκάρτα Maison Dupont",
         """Γεια σας,

έχω δωροκάρτα Maison Dupont των 60 ευρώ. Στο site γράφει ότι το υπόλοιπο «μεταφέρθηκε» στο νέο σύστημα, αλλά στο ταμείο του καταστήματός σας στην Αμβέρσα δεν μπορούσαν να τη διαβάσουν. Ισχύει ακόμα; Πώς μπορώ να τη χρησιμοποιήσω;

Ευχαριστώ,
Αντώνης Σταθόπουλος""",
         "Αντώνης Σταθόπουλος"),
    ],

    "bg": [
        ("deletion", (),
         "Изтрийте профила ми от Maison Dupont",
         """Здравейте,

все още имам старата карта на Maison Dupont и видях, че в магазина ви я приемат. Само че аз не искам да имате данните ми. Моля, изтрийте профила ми от клуба и всичко, свързано с него - картата ще я изхвърля.

Номер на картата: MD 5501 3320 17

Благодаря,
Стоян Петров""",
         "Стоян Петров"),

        ("access", ("portability",),
         "Искане за достъп до лични данни",
         """Здравейте,

моля да ми предоставите копие от всички лични данни, които обработвате за мен, включително получените от Maison Dupont при придобиването, както и информация откъде са получени и на кого са предадени.

Историята на покупките ми и точките от клуба моля да ми изпратите и като CSV файл, за да мога да ги прехвърля в друга програма за лоялност.

С уважение,
Десислава Иванова""",
         "Десислава Иванова"),

        ("withdraw_consent", (),
         "Отписване от бюлетина",
         """Здравейте,

след обединяването получавам бюлетина ви на два имейл адреса. Моля, отпишете ме и от двата - не желая да получавам повече рекламни имейли от вас.

Поздрави,
Мартин Георгиев""",
         "Мартин Георгиев"),

        ("objection", (),
         "Възражение - споделяне с партньори",
         """Здравейте,

в новата политика за поверителност пише, че споделяте данни с „избрани партньори“, включително новата куриерска фирма, за маркетингови цели. Възразявам срещу използването на моите данни за такива цели и срещу предаването им на партньори за реклама.

Николай Димитров""",
         "Николай Димитров"),

        ("complaint", (),
         "Обаждане от кол център, който знае всичко за мен",
         """Вчера ми се обади жена от ваш кол център в Португалия и ми прочете цялата история на поръчките ми, адреса и телефона - за да ми предложи „персонална оферта“. Никой не ме е уведомил, че данните ми се обработват от външна фирма в друга държава, а в имейла за новата политика нямаше и дума за обаждания.

Много съм недоволна от начина, по който се отнасяте с личните данни на клиентите си. Ако това продължи, ще подам жалба до надзорния орган за защита на данните.

Радослава Колева""",
         "Радослава Колева"),

        ("correction", ("access",),
         "Грешен адрес след миграцията",
         """Здравейте,

след преминаването към новата система за лоялност в профила ми се появи старият ми адрес в Шарлероа, където не живея от 2021 г. Две пратки вече отидоха там.

Моля, коригирайте адреса на:
Rue Saint-Gilles 88, 4000 Liège

И ми кажете, моля, какви други мои данни сте прехвърлили от стария профил - ако адресът е бил объркан, не знам какво още може да е сгрешено.

Благодаря,
Весела Атанасова""",
         "Весела Атанасова"),

        ("restriction", (),
         "Ограничаване на обработването до решение по възражението ми",
         """Здравейте,

на 3 ноември ви изпратих възражение срещу прехвърлянето на данните ми към облачния доставчик в САЩ. Докато разглеждате възражението, моля да ограничите обработването на личните ми данни съгласно чл. 18 от ОРЗД - да ги съхранявате, но да не ги използвате и да не ги прехвърляте никъде.

С уважение,
Калоян Стоянов""",
         "Калоян Стоянов"),

        ("other", (),
         "Валидни ли са ваучерите на Maison Dupont?",
         """Здравейте,

имам ваучер за подарък от Maison Dupont за 40 евро, валиден до юни 2027 г. Мога ли да го използвам във вашите магазини или онлайн след придобиването?

Благодаря предварително,
Гергана Николова""",
         "Гергана Николова"),

        ("other", (),
         "Нови данни за фактуриране",
         """Здравейте,

ние сме доставчик на текстил за Maison Dupont от 2020 г. След придобиването не знаем на кое юридическо лице да издаваме фактурите. Моля, изпратете ни актуалните данни за фактуриране и контакт в отдел „Покупки“. Акаунтът ни в портала за доставчици на Maison Dupont вече не работи.

С уважение,
Иван Тодоров
Текстил Трейд ООД""",
         "Иван Тодоров"),

        ("other", (),
         "Работа - бивш служител на Maison Dupont",
         """Здравейте,

работих три години като касиер в Maison Dupont в Брюксел. При прехвърлянето на магазина казаха, че част от служителите ще бъдат преместени при вас, но на мен никой не ми се обади. Бих искала да кандидатствам за работа в някой от вашите магазини. Прилагам автобиографията си.

Поздрави,
Милена Христова""",
         "Милена Христова"),
    ],
}

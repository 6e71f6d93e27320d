"""Tenth set, people: a representative month of a privacy mailbox. Written apart from the rules (see make_tenth.py)."""

PEOPLE_F = {
    "pl": [
        ("access", (),
         "Wniosek o udostępnienie danych osobowych",
         """Szanowni Państwo,

działając na podstawie art. 15 ust. 1 i 3 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO), ja, [imię i nazwisko], zwracam się z wnioskiem o:
1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe,
2. udostępnienie kopii tych danych,
3. informację o celach przetwarzania, odbiorcach danych, okresie ich przechowywania oraz źródle, z którego dane zostały pozyskane.

Dane identyfikujące: Tomasz Grabowski, e-mail: t.grabowski84@wp.pl, nr karty lojalnościowej: [numer karty]

Odpowiedź proszę przesłać na powyższy adres e-mail.

Z poważaniem
[podpis]
Tomasz Grabowski""",
         "Tomasz Grabowski"),

        ("correction", (),
         "zmiana nazwiska",
         """Dzien dobry, po slubie nazywam sie Kowalczyk-Nowak a nie Kowalczyk. Na koncie i na karcie stalego klienta dalej mam stare nazwisko, faktury tez przychodza na stare. Mozna to zmienic? Bo w ustawieniach konta nie widze gdzie.

Pozdrawiam
Agnieszka

Wysłane z iPhone'a""",
         "Agnieszka Kowalczyk"),

        ("deletion", (),
         "",
         """Proszę o usunięcie mojego konta i wszystkiego, co macie na mój temat. Od dwóch lat nic u Was nie kupuję i nie zamierzam.
J. Kaczmarek""",
         "Jolanta Kaczmarek"),

        ("portability", (),
         "historia zamówień w pliku?",
         """Cześć,

prowadzę domowy budżet w aplikacji, która umie zaimportować dane z pliku CSV albo JSON. Czy moglibyście mi wyeksportować wszystko z mojego konta – zamówienia, kwoty, daty, punkty z karty – właśnie w takim pliku? PDF-a ani zrzutów ekranu aplikacja nie wczyta, więc to mi nic nie da.

Dzięki z góry
Paweł""",
         "Paweł Mazur"),

        ("restriction", (),
         "Re: Reklamacja 2024/05/3381 – zestaw mebli ogrodowych",
         """Dzień dobry,

ponieważ sprawa reklamacji najpewniej trafi do sądu, proszę o niekasowanie moich danych, zdjęć i korespondencji dotyczącej tego zamówienia – będą mi potrzebne jako dowód. Jednocześnie do czasu zakończenia sprawy proszę te dane zablokować i nie wykorzystywać ich do niczego innego (art. 18 RODO).

Krzysztof Lis""",
         "Krzysztof Lis"),

        ("objection", ("withdraw_consent",),
         "Profilowanie",
         """Dzień dobry,

zauważyłam, że po każdym zakupie dostaję „spersonalizowane” propozycje, które pasują co do joty do tego, co oglądałam na stronie. Nie życzę sobie, żebyście analizowali moje zachowanie i budowali na tej podstawie mój profil – wnoszę sprzeciw wobec takiego przetwarzania. Przy okazji proszę też wypisać mnie z newslettera, i tak go nie czytam.

Magdalena Zielińska""",
         "Magdalena Zielińska"),

        ("withdraw_consent", (),
         "Re: Wiosenne porządki w ogrodzie? -20% na wszystko 🌷",
         """wypiszcie mnie prosze z tej listy, link "wypisz sie" na dole wywala blad

> Wiosna w pełni! Tylko do niedzieli -20% na cały asortyment ogrodowy.
> Nie chcesz otrzymywać wiadomości? Wypisz się""",
         "Ewa Pawlak"),

        ("complaint", ("access",),
         "Re: Wniosek o udostępnienie danych osobowych",
         """Szanowni Państwo,

12 marca wysłałem wniosek o kopię moich danych (treść poniżej). Minęło ponad sześć tygodni, a ja nie dostałem nawet potwierdzenia odbioru. Przypominam, że na odpowiedź mają Państwo miesiąc. Jeżeli w ciągu 7 dni nie otrzymam kopii danych, złożę skargę do belgijskiego organu ochrony danych i powiadomię PUODO.

Tomasz Grabowski

> Szanowni Państwo,
> działając na podstawie art. 15 ust. 1 i 3 Rozporządzenia (UE) 2016/679 (RODO), ja, [imię i nazwisko], zwracam się z wnioskiem o...""",
         "Tomasz Grabowski"),

        ("other", (),
         "paczka",
         """Dzień dobry, zamówienie nr 558204 miało dojść we wtorek, dziś jest piątek a w śledzeniu cały czas „przygotowywane do wysyłki”. Nie wiem gdzie pisać, więc piszę tutaj. Proszę o informację kiedy dotrze.
Bożena Wójcik""",
         "Bożena Wójcik"),

        ("other", (),
         "Aplikacja – Inspektor Ochrony Danych / Data Protection Officer",
         """Szanowni Państwo,

nie wiem, czy prowadzą Państwo obecnie rekrutację, ale chciałbym zaproponować swoją kandydaturę na stanowisko inspektora ochrony danych. Od sześciu lat pełnię tę funkcję w sieci sklepów wyposażenia wnętrz, mam certyfikat CIPP/E, pracuję po polsku, angielsku i – komunikatywnie – po niderlandzku. Chętnie dołączyłbym do zespołu w Belgii, również w trybie zdalnym.

W załączeniu przesyłam CV oraz list motywacyjny.

Wyrażam zgodę na przetwarzanie moich danych osobowych zawartych w CV na potrzeby obecnego i przyszłych procesów rekrutacyjnych.

Z wyrazami szacunku
Michał Dudek""",
         "Michał Dudek"),

        ("automated", (),
         "Automatyczna odpowiedź: Odpowiedź na Pana wniosek – sprawa PRIV-2291",
         """Dzień dobry,

dziękuję za wiadomość. Do 19 maja przebywam na urlopie bez dostępu do poczty. W sprawach pilnych proszę o kontakt z biurem: biuro@grabowski-inwest.pl, tel. 22 412 08 80.

Tomasz Grabowski""",
         "Tomasz Grabowski"),

        ("deletion", ("withdraw_consent",),
         "huśtawka ogrodowa",
         """Dzień dobry,

chciałam opisać, jak wyglądał mój zakup, bo może komuś to pomoże coś poprawić. W kwietniu zamówiłam huśtawkę ogrodową trzyosobową. Przyszła po dwóch tygodniach, w kartonie, który wyglądał, jakby ktoś po nim jeździł wózkiem widłowym. Jedna z rur stelaża była wgnieciona, brakowało też woreczka ze śrubami. Zgłosiłam to od razu, ze zdjęciami. Na odpowiedź czekałam dziewięć dni, potem kazano mi wysłać zdjęcia jeszcze raz, bo „nie dotarły”. Ostatecznie kurier odebrał huśtawkę i pieniądze wróciły na konto, za co dziękuję, ale całość trwała ponad miesiąc i kosztowała mnie sporo nerwów.

Nie mam już ochoty robić u Was zakupów. Proszę więc usunąć moje konto razem z danymi, a od dziś przestańcie wysyłać mi SMS-y z promocjami.

Halina Sikora""",
         "Halina Sikora"),
    ],

    "cs": [
        ("access", (),
         "Odkud máte moje číslo?",
         """Dobrý den,

včera mi volala nějaká paní z vašeho obchodu, že jsem prý věrný zákazník a mám nárok na slevu na zahradní nábytek. Nevadí mi to, jen si nevzpomínám, že bych vám telefon dával. Rád bych proto věděl, co všechno o mně máte uložené a odkud jste to číslo vzali.

S pozdravem
Jiří Novotný""",
         "Jiří Novotný"),

        ("correction", (),
         "Žádost o opravu osobních údajů",
         """Vážení,

v souladu s čl. 16 obecného nařízení o ochraně osobních údajů Vás žádám o opravu nepřesných údajů, které o mně vedete. Ve Vašem systému je uvedena doručovací adresa Na Výsluní 12, Brno; správně má být Na Výsluní 21, 612 00 Brno. Kvůli této chybě se mi již dvakrát vrátila zásilka.

Prosím o potvrzení, že byla oprava provedena.

S pozdravem
Ing. Lenka Marešová""",
         "Lenka Marešová"),

        ("deletion", (),
         "zruseni uctu",
         """dobry den chci zrusit ucet u vas a at tam po me nic nezustane, zadny adresy ani nic. diky Petr""",
         "Petr Vlček"),

        ("portability", ("deletion",),
         "Přechod jinam",
         """Dobrý den,

rozhodl jsem se nakupovat jinde. Než to udělám, pošlete mi prosím všechny své údaje – tedy moje objednávky, adresy a body z věrnostní karty – v nějakém strojově čitelném formátu (CSV, XML, cokoli, co se dá nahrát do jiného systému). Jakmile je budu mít, prosím o zrušení účtu a smazání dat.

Děkuji
Martin Svoboda""",
         "Martin Svoboda"),

        ("restriction", (),
         "nepoužívat moje údaje do vyřešení",
         """Dobrý den,

v mém účtu jsou dvě objednávky, které jsem nedělala – asi někdo zneužil moji platební kartu, řeší to teď banka i policie. Vím, že vy za to nemůžete. Dokud se to nevyjasní, nechci, abyste s mými údaji cokoli dělali: nic nemažte, budou potřeba jako důkaz, ale ani je nepoužívejte. Prosím o potvrzení.

Hana Dvořáková""",
         "Hana Dvořáková"),

        ("objection", (),
         "Facebook",
         """Dobrý den,

všimla jsem si, že mi na Facebooku naskakují reklamy přesně na ty květináče, které jsem si u vás koupila. Nepřeji si, abyste moje nákupy nebo e-mail předávali Facebooku, Googlu ani jiným reklamním partnerům, a proti takovému zpracování tímto vznáším námitku.

Klára Procházková""",
         "Klára Procházková"),

        ("withdraw_consent", (),
         "",
         """Odhlaste mě prosím z newsletteru, odkaz v patičce nefunguje (hází 404).
Dík
V. Horák""",
         "Vojtěch Horák"),

        ("complaint", ("withdraw_consent",),
         "PODRUHÉ!!! pořád mi chodí reklama",
         """Před měsícem jsem vás žádala, abyste mi přestali posílat reklamní e-maily. Odpověděli jste, že je to vyřízené. Dneska mi přišly DALŠÍ DVA. To jako vážně? Okamžitě mě vyřaďte ze všech rozesílek, jinak to dám na Úřad pro ochranu osobních údajů a ať si to vyřeší s vámi.

Marie Kučerová""",
         "Marie Kučerová"),

        ("other", (),
         "dotaz k cookies – bakalářská práce",
         """Dobrý den,

píšu bakalářskou práci o cookie lištách v e-shopech a váš obchod mě zaujal tím, že máte tlačítko „Odmítnout vše“ hned na první úrovni, což u většiny obchodů není. Mohla bych se zeptat, jakou platformu pro správu souhlasů používáte? A byli byste ochotni vyplnit krátký dotazník (cca 10 minut)?

Děkuji a přeji hezký den
Tereza Benešová
VŠE Praha, Fakulta informatiky a statistiky""",
         "Tereza Benešová"),

        ("other", (),
         "GDPR audit for your e-shop",
         """Dobrý den,

jsme poradenská společnost zaměřená na ochranu osobních údajů v e-commerce. Pro e-shopy nabízíme kompletní GDPR audit, pověřence (DPO) jako službu a školení zaměstnanců, a to i pro firmy působící v Belgii a Nizozemsku. Do konce měsíce platí sleva 20 % na první audit.

Našel by se ve vašem kalendáři čas na krátký 15minutový hovor?

S pozdravem
Ondřej Kratochvíl
obchodní ředitel | GDPR Partner s.r.o.
+420 603 118 442""",
         "Ondřej Kratochvíl"),

        ("automated", (),
         "Nepodařilo se doručit zprávu",
         """Toto je automaticky generovaná zpráva poštovního serveru email.seznam.cz.

Vaši zprávu se nepodařilo doručit následujícímu příjemci:

    petr.vlcek1979@seznam.cz
    Důvod: schránka příjemce neexistuje (550 5.1.1 User unknown)

Původní zpráva:
Předmět: Vaše žádost o výmaz osobních údajů
Datum: 14. 5. 2024 09:12""",
         "Seznam.cz Mailer-Daemon"),

        ("access", ("deletion",),
         "Re: Vaše objednávka č. 771043 byla odeslána",
         """Dobrý den,

sekačka dorazila v pořádku, děkuju. Jen pro zajímavost – kurýr ji nechal u sousedů, aniž by mi dal vědět, ale to už je spíš věc dopravce. Sekačka funguje skvěle, manželka je nadšená, že konečně nemusí tahat tu starou.

Bohužel je to asi poslední nákup, v létě se stěhujeme do Rakouska a tam budeme nakupovat jinde.

P.S. Ještě než to u vás úplně uzavřu: pošlete mi prosím přehled, co všechno o mně evidujete, a potom to celé smažte.

Zdraví
Radek Pospíšil""",
         "Radek Pospíšil"),
    ],

    "hr": [
        ("access", (),
         "Zahtjev za pristup osobnim podacima",
         """Poštovani,

sukladno članku 15. Opće uredbe o zaštiti podataka (EU) 2016/679 podnosim zahtjev za pristup osobnim podacima koje obrađujete o meni.

Podnositelj zahtjeva: [ime i prezime]
Adresa: Ulica grada Vukovara 118, 10000 Zagreb
E-mail: d.babic@gmail.com
OIB: [upisati OIB]

Molim da mi dostavite:
- presliku osobnih podataka koje obrađujete,
- svrhe obrade,
- primatelje kojima su podaci otkriveni,
- razdoblje pohrane.

U Zagrebu, [datum]

Davor Babić""",
         "Davor Babić"),

        ("correction", ("withdraw_consent",),
         "ime na kartici",
         """Pozdrav, na kartici vjernosti i u profilu mi pise Ivona a zovem se Ivana, molim ispravite. I jos nesto, nemojte mi vise slati sms poruke s akcijama, nisam ni znala da sam to ukljucila.
Ivana P.""",
         "Ivana Pavlović"),

        ("deletion", (),
         "Brisanje",
         """Poštovani, temeljem čl. 17. GDPR-a tražim da bez odgađanja izbrišete sve moje osobne podatke, uključujući korisnički račun i povijest narudžbi, te da mi potvrdite kada je brisanje izvršeno. Lijep pozdrav, Marko Jurić""",
         "Marko Jurić"),

        ("portability", (),
         "podaci za novi webshop",
         """Dobar dan,

prelazim kod drugog trgovca pa me zanima možete li moje podatke (narudžbe, adrese dostave, bodove s kartice) poslati izravno njima, u nekom standardnom formatu koji mogu učitati. Ako to ne ide, pošaljite datoteku meni pa ću je ja proslijediti. Nova trgovina je Vrtni centar Zelenko d.o.o.

Hvala,
Tomislav Kovačević""",
         "Tomislav Kovačević"),

        ("restriction", (),
         "Osporavam podatke u profilu",
         """Poštovani,

u svom profilu vidim kupnje koje nisu moje (vjerojatno ste me zamijenili s nekom osobom istog imena). Osporavam točnost tih podataka. Dok to ne provjerite, molim da ograničite obradu – podatke nemojte brisati, ali ih ni na koji način nemojte koristiti.

S poštovanjem,
Sanja Horvat""",
         "Sanja Horvat"),

        ("objection", (),
         "praćenje",
         """Bok, ne želim da pratite što sve gledam na stranici i da mi onda prema tome šaljete "preporuke". To profiliranje mi se ne sviđa i protivim se tome. Kupujem kad mi nešto treba, ne trebate me vi na to podsjećati.
Luka""",
         "Luka Marić"),

        ("withdraw_consent", (),
         "Re: Vrtni namještaj do -30% samo ovaj vikend!",
         """Odjavite me. Hvala.""",
         "Dubravka Knežević"),

        ("complaint", ("access",),
         "Dobio sam tuđi račun!",
         """Poštovani,

u privitku vašeg e-maila s potvrdom narudžbe nije bio moj račun, nego račun nekog gospodina iz Splita – s njegovim imenom, adresom, brojem mobitela i popisom svega što je kupio. To je ozbiljan propust. Ako je meni došao njegov račun, pretpostavljam da je netko treći dobio moj. Tražim da mi kažete točno koji su moji podaci poslani i kome.

Ante Perić""",
         "Ante Perić"),

        ("other", (),
         "narudzba 66120",
         """Postovani, narudzba 66120 jos nije stigla a prosla su dva tjedna. Kurir kaze da paket nije kod njih. Mozete li provjeriti sto se dogada? Hvala, Mirjana""",
         "Mirjana Vuković"),

        ("other", (),
         "pitanje prije registracije",
         """Dobar dan,

razmišljam o otvaranju računa i kartici vjernosti, ali u pravilima privatnosti piše da podatke dijelite s "pouzdanim partnerima". Koji su to partneri, otprilike – kuriri, banke, marketinške agencije? Samo bih htio znati u što se upuštam prije nego što se registriram.

Lp, Goran""",
         "Goran Šimić"),

        ("automated", (),
         "Automatski odgovor: Potvrda primitka zahtjeva",
         """Poštovani,

na godišnjem sam odmoru do 2. lipnja. Vaša poruka neće biti proslijeđena. Za hitne stvari obratite se kolegici Marini Šarić (marina.saric@babic-projekt.hr).

Lijep pozdrav,
Davor Babić""",
         "Davor Babić"),

        ("complaint", ("deletion",),
         "Re: Re: Brisanje",
         """Ovo vam je treći mail. U veljači sam tražio da zatvorite račun i obrišete moje podatke. Ništa. I dalje se mogu ulogirati, i dalje mi stižu vaši mailovi. Imate tjedan dana, a onda ide prijava AZOP-u i belgijskoj agenciji za zaštitu podataka. Zatvorite račun i obrišite sve.

Marko Jurić""",
         "Marko Jurić"),
    ],

    "sv": [
        ("access", (),
         "Begäran om registerutdrag",
         """Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill veta vilka personuppgifter ni behandlar om mig, för vilka ändamål, vilka ni lämnar ut uppgifterna till och hur länge ni sparar dem.

Mina uppgifter: Anna Lindqvist, anna.lindqvist@telia.com, kundnummer 2204118.

Med vänliga hälsningar
Anna Lindqvist""",
         "Anna Lindqvist"),

        ("correction", (),
         "Fel adress",
         """Hej! Jag har flyttat men på mitt konto står fortfarande den gamla adressen, och jag hittar inte var man ändrar den. Nya är Storgatan 14B, 753 30 Uppsala. Kan ni fixa det? Tack! /Erik""",
         "Erik Sandberg"),

        ("deletion", (),
         "konto",
         """hej vill inte ha nagot konto hos er langre. ta bort allt ni har om mig tack

Skickat från min iPhone""",
         "Johanna Berg"),

        ("portability", (),
         "Dataportabilitet – överföring till annan leverantör",
         """Hej,

Med stöd av artikel 20 GDPR begär jag att få ut de personuppgifter som jag själv har lämnat till er, i ett strukturerat, allmänt använt och maskinläsbart format. Om det är tekniskt möjligt vill jag att ni överför uppgifterna direkt till [NAMN PÅ NY LEVERANTÖR].

Vänliga hälsningar,
Per Nilsson""",
         "Per Nilsson"),

        ("restriction", (),
         "Ang. ärende 48817",
         """Hej,

Jag har en pågående tvist med er om en returnerad trädgårdsgrill. Jag vill inte att mina uppgifter raderas – jag kan behöva dem om det blir ett ärende hos ARN – men fram till att tvisten är avgjord ska de inte användas till något annat. Jag begär alltså begränsning av behandlingen enligt artikel 18.

/Mats Ekström""",
         "Mats Ekström"),

        ("objection", (),
         "annonspartner",
         """Hej,
Jag motsätter mig att ni lämnar ut min e-postadress och mina köp till Meta, Google eller andra partner för riktad reklam. Ni får gärna ha uppgifterna för att kunna leverera mina beställningar, men de ska inte användas till annonsering.
Mvh Sara Holm""",
         "Sara Holm"),

        ("withdraw_consent", ("objection",),
         "",
         """Hej

jag återkallar mitt samtycke till nyhetsbrev och sms-utskick från och med nu. och jag vill inte heller att ni profilerar mig utifrån vad jag köper, det motsätter jag mig.

Karin""",
         "Karin Åberg"),

        ("complaint", ("access",),
         "Påminnelse: registerutdrag – fortfarande inget svar",
         """Hej,

Jag begärde ett registerutdrag den 3 april (se nedan). Nu har det gått över en månad utan att jag fått något svar, inte ens en bekräftelse på att ni tagit emot begäran. Det är inte acceptabelt. Får jag inte utdraget inom en vecka anmäler jag er till IMY.

Anna Lindqvist

> Hej,
> Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR)...""",
         "Anna Lindqvist"),

        ("other", (),
         "Fråga från Market.se",
         """Hej!

Jag är reporter på en branschtidning för e-handel och skriver en artikel om hur e-handlare i Norden och Benelux hanterar kunddata efter de senaste årens dataläckor. Skulle någon hos er ha möjlighet att svara på tre korta frågor per mejl före fredag? Det går också bra med ett kort telefonsamtal.

Vänliga hälsningar
Linnea Forsberg
070-412 88 31""",
         "Linnea Forsberg"),

        ("other", (),
         "fråga innan jag skaffar kundkort",
         """Hej, funderar på att skaffa ert kundkort men vill först veta en sak: säljer ni vidare kunduppgifter till andra företag? Det står lite luddigt i integritetspolicyn. Mvh Lars""",
         "Lars Johansson"),

        ("automated", (),
         "Automatiskt svar: Svar på din begäran om dataportabilitet",
         """Tack för ditt mejl.

Jag är föräldraledig till och med 30 augusti och läser inte min e-post. Vid brådskande ärenden, kontakta växeln på 08-123 45 00.

Per Nilsson""",
         "Per Nilsson"),

        ("deletion", ("withdraw_consent",),
         "Parasollet",
         """Hej.

Jag köpte ett frihängande parasoll hos er i maj förra året. Redan efter en sommar gick veven sönder och tyget hade blekts så att det såg ut att vara tio år gammalt. Jag skrev till kundtjänst, fick svar efter tre veckor, fick skicka bilder två gånger, och till slut fick jag tillbaka pengarna. Så själva ärendet är löst och det ska ni ha tack för.

Men jag tänker inte handla mer hos er. Radera mitt konto och allt ni har om mig, och sluta skicka erbjudanden till min mejl.

Birgitta Lund""",
         "Birgitta Lund"),
    ],

    "ro": [
        ("access", (),
         "Cerere de acces la datele cu caracter personal – art. 15 GDPR",
         """Stimată doamnă / Stimate domn,

Subsemnata Ioana Popescu, client al magazinului dumneavoastră online (cont asociat adresei ioana.popescu@yahoo.com), vă solicit, în temeiul art. 15 din Regulamentul (UE) 2016/679, să îmi comunicați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi transmiteți o copie a acestora, împreună cu informații privind scopurile prelucrării, destinatarii, perioada de stocare și sursa datelor.

Vă rog să îmi răspundeți în termenul legal de o lună. În lipsa unui răspuns, mă voi adresa autorității de supraveghere competente.

Cu stimă,
Ioana Popescu""",
         "Ioana Popescu"),

        ("correction", ("access",),
         "data nasterii",
         """Buna ziua, am vazut ca in cont am data nasterii 03.11 in loc de 11.03, de aia probabil mi-a venit voucherul de ziua mea in noiembrie :) Va rog sa o corectati. Si daca se poate trimiteti-mi si ce alte date mai aveti despre mine, sa verific si restul. Multumesc, Andreea""",
         "Andreea Constantin"),

        ("deletion", (),
         "Nu mai vreau",
         """Bună ziua,

nu mai vreau să existe nimic despre mine la dumneavoastră: nici cont, nici adrese, nici istoricul comenzilor. Vă rog să ștergeți tot și să-mi confirmați când ați terminat.

Mihai Dumitrescu""",
         "Mihai Dumitrescu"),

        ("portability", (),
         "export date cont",
         """Salut, există vreo opțiune să descarc toate datele din contul meu într-un fișier (Excel/CSV)? Vreau să le import în altă platformă de cumpărături. Mersi! Radu""",
         "Radu Georgescu"),

        ("restriction", (),
         "Vă rog să nu mai folosiți datele mele până la clarificare",
         """Bună ziua,

am primit de la dumneavoastră o factură pe numele meu, dar cu o adresă la care nu am locuit niciodată. Contest exactitatea datelor pe care le aveți despre mine. Până verificați de unde provine această adresă, vă cer să restricționați prelucrarea datelor mele (art. 18 GDPR): nu le ștergeți, dar nici nu le mai folosiți în niciun fel.

Cu respect,
Elena Stan""",
         "Elena Stan"),

        ("objection", (),
         "Opoziție – marketing direct",
         """Stimați domni,

În temeiul art. 21 alin. (2) și (3) din Regulamentul (UE) 2016/679, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, inclusiv creării de profiluri în legătură cu acesta. Vă rog să încetați orice astfel de prelucrare și să îmi confirmați acest lucru în scris.

Cu stimă,
av. Cristian Ionescu""",
         "Cristian Ionescu"),

        ("withdraw_consent", (),
         "Re: Newsletter mai – Noutăți pentru grădina ta",
         """Dezabonați-mă, vă rog. Primesc prea multe mailuri de la voi.""",
         "Daniela Moldovan"),

        ("complaint", ("objection",),
         "Cum a ajuns numărul meu la o firmă de asigurări?",
         """Bună ziua,

ieri m-a sunat o firmă de asigurări care, după ce am insistat, mi-a spus că numărul meu de telefon l-a primit de la „un partener, magazinul shop.example.be”. Numărul ăsta vi l-am dat doar vouă, pentru livrare. Consider că mi-ați folosit datele abuziv și aștept o explicație. Și nu mai transmiteți datele mele nimănui în scopuri publicitare!

Gabriel Munteanu""",
         "Gabriel Munteanu"),

        ("other", (),
         "Partnership proposal – GDPR compliance",
         """Bună ziua,

Mă numesc Alina Voicu și reprezint DataSafe Consulting SRL. Lucrăm cu magazine online din România și din Benelux și oferim audit GDPR complet, serviciu de DPO externalizat, redactarea politicilor de confidențialitate și de cookies, precum și instruirea personalului.

Vă pot trimite o ofertă personalizată pentru magazinul dumneavoastră? Prima consultanță este gratuită.

Cu stimă,
Alina Voicu
Business Development | DataSafe Consulting""",
         "Alina Voicu"),

        ("other", (),
         "livrare",
         """Buna ziua, livrati si in Romania? Am gasit pe site un set de scaune de gradina care imi place mult dar nu vad tara in lista. Multumesc""",
         "Cornelia Rusu"),

        ("automated", (),
         "Răspuns automat: Confirmare cerere nr. PRIV-3107",
         """Vă mulțumim pentru mesaj!

Acesta este un răspuns automat. Biroul nostru este închis în perioada 1–5 mai. Vom reveni cu un răspuns după data de 6 mai.

Echipa Ionescu & Asociații
Societate civilă de avocați""",
         "Cristian Ionescu"),

        ("deletion", ("withdraw_consent", "objection"),
         "Cerere ștergere date [numele magazinului]",
         """Către: [Numele operatorului]

Subsemnatul/Subsemnata Florin Vasilescu, domiciliat(ă) în [adresa completă], vă solicit:

1. ștergerea tuturor datelor mele cu caracter personal, conform art. 17 din Regulamentul (UE) 2016/679;
2. retragerea consimțământului dat pentru primirea de comunicări comerciale;
3. încetarea oricărei prelucrări în scop de marketing direct, la care mă opun conform art. 21 din același regulament.

Vă rog să îmi comunicați măsurile luate în termen de cel mult o lună de la primirea prezentei.

Data: [zz.ll.aaaa]
Semnătura: ____________

(Model pus la dispoziție gratuit de Asociația pentru Protecția Consumatorilor)""",
         "Florin Vasilescu"),
    ],

    "el": [
        ("access", (),
         "Αίτημα πρόσβασης σε προσωπικά δεδομένα",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΕΕ) 2016/679, παρακαλώ να μου γνωστοποιήσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου χορηγήσετε αντίγραφο αυτών, καθώς και πληροφορίες για τους σκοπούς της επεξεργασίας, τους αποδέκτες και το χρονικό διάστημα αποθήκευσης.

Στοιχεία ταυτοποίησης: Γεώργιος Παπαδόπουλος, e-mail: g.papadopoulos@otenet.gr

Με εκτίμηση,
Γεώργιος Παπαδόπουλος""",
         "Γεώργιος Παπαδόπουλος"),

        ("correction", (),
         "lathos email",
         """Kalispera sas, sto logariasmo mou exei perastei lathos to email, leei nikos.karras@gmial.com anti gia gmail, gi' auto den mou erxontai oi apodeixeis. Mporeite na to diorthosete? To swsto einai nikos.karras@gmail.com (apo edw sas grafw). Eyxaristw, Nikos""",
         "Nikos Karras"),

        ("deletion", ("withdraw_consent",),
         "",
         """Καλησπέρα. Σβήστε τον λογαριασμό μου και ό,τι στοιχεία μου έχετε κρατήσει. Και σταματήστε να μου στέλνετε SMS με προσφορές, παρακαλώ.
Μαρία""",
         "Μαρία Κωνσταντίνου"),

        ("portability", (),
         "Τα δεδομένα μου σε αρχείο",
         """Γεια σας,

θα ήθελα να πάρω όλα τα στοιχεία του λογαριασμού μου (παραγγελίες, διευθύνσεις, πόντους της κάρτας) σε αρχείο που διαβάζεται από υπολογιστή, π.χ. CSV ή JSON, ώστε να τα περάσω σε άλλο κατάστημα. Όχι PDF αν γίνεται, γιατί δεν μπορώ να το ανεβάσω πουθενά.

Ευχαριστώ,
Δημήτρης Αντωνίου""",
         "Δημήτρης Αντωνίου"),

        ("restriction", (),
         "Αίτημα περιορισμού επεξεργασίας (άρθρο 18 ΓΚΠΔ)",
         """Κύριοι,

Αμφισβητώ την ακρίβεια των στοιχείων που τηρείτε για εμένα, και συγκεκριμένα της διεύθυνσης κατοικίας και της ημερομηνίας γέννησης που εμφανίζονται στον λογαριασμό μου. Μέχρι να ολοκληρωθεί ο έλεγχος εκ μέρους σας, ζητώ τον περιορισμό της επεξεργασίας: τα δεδομένα να μη διαγραφούν, αλλά και να μη χρησιμοποιούνται για κανέναν σκοπό.

Με τιμή,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),

        ("objection", (),
         "προφίλ",
         """Γεια σας. Δεν θέλω να καταγράφετε τι κοιτάω στο site σας και να μου φτιάχνετε προφίλ με το τι μου αρέσει για να μου πλασάρετε πράγματα. Αντιτίθεμαι σε αυτή την επεξεργασία.
Κ. Βλάχος""",
         "Κώστας Βλάχος"),

        ("withdraw_consent", (),
         "Ανάκληση συγκατάθεσης",
         """Καλημέρα σας,

ανακαλώ τη συγκατάθεση που είχα δώσει κατά την εγγραφή μου για την αποστολή ενημερωτικών δελτίων. Παρακαλώ να μη λαμβάνω άλλα.

Σοφία Νικολάου""",
         "Σοφία Νικολάου"),

        ("complaint", ("deletion",),
         "Re: Διαγραφή λογαριασμού",
         """Σας έστειλα στις 2 Μαρτίου αίτημα διαγραφής. Δεν πήρα καμία απάντηση και ο λογαριασμός είναι ακόμη ενεργός. Είναι απαράδεκτο. Αν δεν τον διαγράψετε μέσα σε μία εβδομάδα, θα κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων.

Αθανάσιος Ρήγας""",
         "Αθανάσιος Ρήγας"),

        ("other", (),
         "Ερώτηση για την πολιτική απορρήτου",
         """Καλησπέρα,

διάβασα την πολιτική απορρήτου σας και δεν κατάλαβα σε ποια χώρα βρίσκονται οι servers σας. Μεταφέρονται δεδομένα πελατών εκτός ΕΕ; Ρωτάω γενικά – δουλεύω σε μια μικρή εταιρεία και συγκρίνουμε ηλεκτρονικά καταστήματα για πιθανή συνεργασία.

Ευχαριστώ,
Π. Σταυρόπουλος""",
         "Παναγιώτης Σταυρόπουλος"),

        ("other", (),
         "CV – Customer Service",
         """Καλησπέρα σας,

σας στέλνω το βιογραφικό μου για οποιαδήποτε θέση στην εξυπηρέτηση πελατών. Μένω στις Βρυξέλλες εδώ και τρία χρόνια, μιλάω ελληνικά, αγγλικά και γαλλικά και μαθαίνω ολλανδικά. Βρήκα αυτό το email στο site σας και δεν είδα κάποιο άλλο για αιτήσεις, γι' αυτό σας γράφω εδώ.

Ευχαριστώ για τον χρόνο σας,
Ιωάννα Μαυρίδη""",
         "Ιωάννα Μαυρίδη"),

        ("automated", (),
         "Αυτόματη απάντηση: Σχετικά με το αίτημά σας",
         """Σας ευχαριστώ για το μήνυμά σας.

Θα απουσιάζω από το γραφείο έως τις 15/8 με περιορισμένη πρόσβαση στο email. Για επείγοντα θέματα παρακαλώ επικοινωνήστε με τη γραμματεία στο 210 6123 400.

Γεώργιος Παπαδόπουλος""",
         "Γεώργιος Παπαδόπουλος"),

        ("access", ("objection",),
         "Μια παρατήρηση για την τελευταία μου παραγγελία",
         """Καλησπέρα σας,

θέλω πρώτα να πω ότι η παραγγελία με τις γλάστρες ήρθε γρήγορα και καλά συσκευασμένη, μπράβο. Η μία είχε μια μικρή ρωγμή, αλλά δεν πειράζει, τη χρησιμοποιώ κανονικά.

Αυτό που με παραξένεψε είναι ότι δύο μέρες μετά άρχισα να βλέπω διαφημίσεις για ακριβώς τις ίδιες γλάστρες στο Instagram, ενώ δεν τις είχα ψάξει πουθενά αλλού. Η γυναίκα μου λέει ότι «έτσι γίνεται πια παντού», αλλά εμένα δεν μου αρέσει.

Λοιπόν: θα ήθελα να μου πείτε ποια στοιχεία μου έχετε και σε ποιους τα έχετε δώσει. Και δεν θέλω να χρησιμοποιούνται για διαφημίσεις σε άλλες πλατφόρμες.

Χαιρετώ,
Στέλιος Μιχαηλίδης""",
         "Στέλιος Μιχαηλίδης"),
    ],

    "bg": [
        ("access", ("portability",),
         "Искане за достъп до лични данни",
         """ДО: [наименование на администратора]

ИСКАНЕ
за упражняване на права по чл. 15 и чл. 20 от Регламент (ЕС) 2016/679

От: Стефан Иванов Петров
ЕГН: [..........]
Адрес за кореспонденция: гр. София, ж.к. Младост 1, бл. 12, вх. Б
Ел. поща: s.petrov@abv.bg

Уважаеми господа,

Моля да ми потвърдите дали обработвате лични данни, които се отнасят до мен, и ако е така – да ми предоставите копие от тях. Моля също данните, които съм ви предоставил, да бъдат прехвърлени директно на друг администратор – [име на новия търговец], в структуриран, широко използван и машинночетим формат.

Дата: [дата]
Подпис: ..........""",
         "Стефан Петров"),

        ("correction", (),
         "нов телефон",
         """Здравейте, смених си номера. Новият е 0888 412 365, моля оправете го в профила ми, че куриерите ми звънят на стария и пратката се върна.
Поздрави, Виктория""",
         "Виктория Димитрова"),

        ("deletion", (),
         "profil",
         """zdraveite, iskam da mi iztriete profila i vsichko, koeto imate za men. ne iskam poveche da sam vav vashata baza. blagodarya
Georgi""",
         "Georgi Stoyanov"),

        ("portability", (),
         "",
         """Здравейте, има ли начин да си изтегля всичко от профила – поръчки, суми, точки – в Excel или CSV файл? Искам да го кача в приложението, в което си водя разходите. Благодаря!""",
         "Мартин Николов"),

        ("restriction", (),
         "Моля, замразете данните ми",
         """Здравейте,

миналата седмица (писмо от 14 май) ви подадох възражение срещу използването на данните ми за реклама. Докато го разглеждате, моля да ограничите обработването им – не трийте нищо, просто не ги използвайте. Основание: чл. 18, пар. 1, буква „г“ от Регламента.

Любомир Тодоров""",
         "Любомир Тодоров"),

        ("objection", (),
         "профилиране",
         """Възразявам срещу профилирането ми за маркетингови цели. Не искам да анализирате покупките ми, за да ми предлагате „персонализирани“ оферти.

Д-р Петя Ангелова""",
         "Петя Ангелова"),

        ("withdraw_consent", ("objection",),
         "Отписване",
         """Здравейте, отпишете ме от бюлетина, моля. И не искам имейлът ми да се дава на партньорите ви за реклами.
Благодаря,
Надя""",
         "Надежда Иванова"),

        ("complaint", (),
         "Всички имейли се виждат!",
         """Здравейте,

днес получих ваш имейл за лятната разпродажба, изпратен до стотици хора наведнъж – всички адреси се виждат в полето „До“, включително моят. Така всеки от тези хора вече знае, че съм ваш клиент, и има имейла ми. Това си е изтичане на данни и очаквам обяснение как се е случило.

Иван Колев""",
         "Иван Колев"),

        ("other", (),
         "База данни с 50 000 активни потребители",
         """Здравейте,

предлагаме актуална база данни с над 50 000 имейла на потребители от България, интересуващи се от дом и градина, сегментирани по град и възраст. Идеално за имейл кампании! Цена 390 евро, при поръчка до петък – 290 евро.

Пишете ни за мостра от 100 контакта.

Поздрави,
Екипът на LeadBox""",
         "LeadBox"),

        ("other", (),
         "бисквитки и количката",
         """Здравейте, когато откажа всички бисквитки, количката не запазва продуктите и не мога да поръчам. Нормално ли е това, или е грешка на сайта? Използвам Firefox.""",
         "Десислава Маринова"),

        ("automated", (),
         "[Тикет #48213] Получихме вашето запитване",
         """Здравейте,

Вашето запитване е регистрирано под номер #48213. Ще отговорим в рамките на 3 работни дни.

Моля, не отговаряйте на този имейл – съобщението е генерирано автоматично.

Бърз Куриер ООД
Отдел „Обслужване на клиенти“""",
         "Бърз Куриер – Поддръжка"),

        ("complaint", ("access",),
         "Re: искане за копие от данните ми",
         """Уважаеми господа,

на 2 април ви изпратих искане за копие от личните ми данни. Днес е 20 май, а отговор няма – нито дори потвърждение, че сте го получили. Напомням ви, че срокът е един месец. Ако до края на седмицата не получа копието, подавам жалба до КЗЛД и до белгийския надзорен орган.

Симеон Христов""",
         "Симеон Христов"),
    ],
}

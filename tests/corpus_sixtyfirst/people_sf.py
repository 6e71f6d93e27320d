"""Set sixtyfirst, person mail in pl cs hr sv ro el bg: replies to the privacy team's own mails. Written apart from the rules (see make_sixtyfirst.py)."""

PEOPLE_SF = {
    "pl": [
        ("access", (),
         "Re: Prosimy o potwierdzenie tożsamości",
         """Dzień dobry,

nie, nie wyślę Państwu skanu dowodu osobistego. Zamawiam u Was z tego samego adresu e-mail od 2018 roku i z niego teraz piszę, więc chyba wiadomo, że to ja. Dowodu sklepom internetowym nie wysyłam i tyle.

Jeśli potrzebujecie czegoś więcej, mogę podać numer karty lojalnościowej (końcówka 4471) i numer ostatniego zamówienia (80417233).

Nadal chcę wiedzieć, jakie dane o mnie macie, skąd je macie i komu je przekazaliście. Proszę o odpowiedź bez kolejnych utrudnień.

Tomasz Kowalczyk

> Szanowny Panie,
> w celu ochrony Pana danych prosimy o przesłanie kopii dokumentu
> tożsamości (zdjęcie i numer dokumentu mogą zostać zakryte).
> Z poważaniem
> Zespół ds. ochrony danych osobowych""",
         "Tomasz Kowalczyk"),
        ("portability", ("correction",),
         "Re: Twoje dane są gotowe do pobrania",
         """Dzień dobry,
pobrałam plik, ale to jakiś .json i nic mi się nie otwiera, ani w Excelu ani na telefonie. Czy mogę dostać to samo w CSV? Chcę to przenieść do innego sklepu (mają tam zakładać konto z historią zakupów z poprzedniego sklepu, tak mi powiedzieli na infolinii), więc to musi być plik, który da się wczytać.

Druga sprawa: w pliku brakuje zamówień z 2019, a wtedy kupowałam u Was najwięcej (pralka, lodówka, cały komplet garnków). To jest specjalnie czy ktoś zapomniał?

I jeszcze jedno skoro już piszę - wszędzie jest "Wisniewska" bez ś. Proszę to poprawić na Wiśniewska, w koncie też, nie tylko w pliku.

Pozdrawiam
Agnieszka Wiśniewska

> Dzień dobry,
> Pani dane są gotowe. Link do pobrania jest ważny przez 14 dni:
> https://shop.example.be/privacy/export/...
> Zespół ds. ochrony danych""",
         "Agnieszka Wiśniewska"),
        ("deletion", (),
         "Re: Twoje konto zostało usunięte",
         """konto usunięte?? przed chwilą zalogowałem się w aplikacji i wszystko jest, adresy, zamówienia, nawet karta zapisana. proszę to usunąć naprawdę a nie tylko napisać że usunięte

M. Zieliński

Wysłane z iPhone'a

> Potwierdzamy, że Pana konto oraz powiązane z nim dane zostały usunięte
> w dniu 03.04.2026.""",
         "Marek Zieliński"),
        ("restriction", (),
         "Re: Pani wniosek 2026-0412",
         """Szanowni Państwo,

dziękuję za odpowiedź. Rozumiem, że faktur nie możecie usunąć przez 7 lat, bo wymagają tego przepisy podatkowe w Belgii. Przyjmuję to do wiadomości.

Skoro jednak te dane mają u Was leżeć jeszcze tyle lat, to wnoszę o ograniczenie ich przetwarzania (art. 18 RODO): niech sobie leżą w archiwum dla księgowości i urzędu skarbowego, ale nic poza tym. Żadnych analiz, żadnych statystyk klientów, żadnych "rekomendacji", i nie chcę, żeby ktoś z obsługi klienta miał do nich wgląd bez potrzeby.

Proszę o potwierdzenie, że tak to zostało oznaczone w systemie.

Z poważaniem
Katarzyna Dąbrowska
ul. Ogrodowa 17/4
61-820 Poznań

> Szanowna Pani,
> Pani konto zostało usunięte. Informujemy jednak, że faktury dotyczące
> Pani zamówień musimy przechowywać przez 7 lat ze względu na obowiązki
> księgowe i podatkowe.
> Z poważaniem
> Zespół ds. ochrony danych osobowych""",
         "Katarzyna Dąbrowska"),
        ("objection", (),
         "Re: Odpowiedź na Pana pytanie",
         """Dzień dobry,

dzięki za wyjaśnienie, przynajmniej wiem o co chodzi. Czyli to nie był przypadek, że po kupnie wózka zalała mnie reklama pieluch, fotelików i łóżeczek.

No to w takim razie tak, sprzeciwiam się. Nie chcę, żebyście z moich zakupów na karcie robili mi profil i pod to dobierali oferty. Kartę chcę mieć dalej, punkty się przydają, ale bez tego śledzenia.

Piotr Lewandowski

> (...) Historię zakupów z karty lojalnościowej wykorzystujemy do
> dopasowania ofert, na podstawie naszego prawnie uzasadnionego interesu.
> Ma Pan prawo w każdej chwili wnieść sprzeciw wobec takiego przetwarzania.""",
         "Piotr Lewandowski"),
        ("withdraw_consent", ("objection",),
         "Re: Informacja o Pani danych - wniosek 2026-0398",
         """Dziękuję za informację, teraz już wszystko jasne.

Przy okazji: nie chcę już newslettera ani SMS-ów z promocjami, cofam zgodę na jedno i drugie. I proszę nie sprawdzać, które maile otwieram i w co klikam, to też mi się nie podoba, a z tego co piszecie, robicie to "w ramach uzasadnionego interesu".

Ewa Mazur

> W załączniku przesyłamy informację o danych, które przetwarzamy,
> o celach przetwarzania oraz o odbiorcach danych.""",
         "Ewa Mazur"),
        ("correction", (),
         "Re: Prosimy o potwierdzenie tożsamości - wniosek 2026-0420",
         """Dzień dobry,

w załączniku przesyłam zdjęcie dowodu osobistego (zakryłam numer i zdjęcie, tak jak Państwo pisali).

Przypominam, o co chodzi: po ślubie zmieniłam nazwisko z Wójcik na Wójcik-Nowak, a od lutego mam nowy adres: ul. Kalwaryjska 58/12, 30-504 Kraków. Na koncie i na karcie lojalnościowej cały czas jest stare nazwisko i stary adres na Bronowicach, przez co ostatnia paczka pojechała tam i wróciła do Was.

Proszę o zmianę w obu miejscach.

Joanna Wójcik-Nowak""",
         "Joanna Wójcik-Nowak"),
        ("other", (),
         "Re: Pani dane są gotowe do pobrania",
         """Dzień dobry,
pobrałam, otworzyłam, wszystko się zgadza. Dziękuję za szybką odpowiedź, nie spodziewałam się, że pójdzie tak sprawnie.
Pozdrawiam serdecznie
Magdalena Nowicka""",
         "Magdalena Nowicka"),
        ("other", (),
         "Re: Pana wniosek 2026-0430",
         """Dzień dobry,

przepraszam, pewnie piszę nie tam gdzie trzeba, ale odpowiadam na Wasz ostatni mail, bo innego adresu nie mam, a na czacie nikt nie odpisuje.

Zamówienie 88231407 (ekspres do kawy). Adres w zamówieniu jest dobry, Gdynia, ul. Morska, ale kurier zostawił paczkę w paczkomacie w Gdańsku-Oliwie i kod mi przyszedł dopiero po dwóch dniach. Teraz paczka wraca do nadawcy. Kiedy dostanę ten ekspres i czy muszę zamawiać jeszcze raz?

Paweł Szymański""",
         "Paweł Szymański"),
        ("other", (),
         "Re: Potrzebujemy jeszcze jednego miesiąca",
         """Dzień dobry,
nie trzeba już nic robić, znalazłem wszystko sam w aplikacji (Konto > Moje dane > Pobierz). Można zamknąć to zgłoszenie.
Pozdrawiam
Krzysztof Kaczmarek""",
         "Krzysztof Kaczmarek"),
    ],
    "cs": [
        ("complaint", ("access",),
         "Re: Potřebujeme ještě jeden měsíc",
         """Dobrý den,

tak to teda ne. O kopii svých údajů jsem žádal 2. března, teď je skoro konec dubna a vy mi napíšete, že potřebujete "ještě jeden měsíc vzhledem ke složitosti žádosti". Jaké složitosti? Jsem jeden zákazník s věrnostní kartou a pár objednávkami.

Mimochodem, podle čl. 12 odst. 3 GDPR jste mě o prodloužení měli informovat do měsíce od žádosti, ne po sedmi týdnech. Tohle považuju za porušení a pokud do konce týdne nedostanu aspoň tu kopii, podám stížnost na Úřad pro ochranu osobních údajů, případně rovnou u belgického úřadu.

Pořád tedy žádám: kopii všech údajů, odkud je máte a komu jste je předali.

Jan Procházka
Brno

> Vážený pane Procházko,
> z důvodu složitosti a počtu žádostí prodlužujeme lhůtu pro vyřízení
> Vaší žádosti o další měsíc, v souladu s čl. 12 odst. 3 GDPR.
> Děkujeme za pochopení.""",
         "Jan Procházka"),
        ("access", (),
         "Re: Vaše data jsou připravena ke stažení",
         """Dobrý den,
děkuji za zaslání, ale chybí tam nahrávky hovorů. Volala jsem na vaši zákaznickou linku nejméně třikrát kvůli reklamaci pračky a pokaždé mi automat řekl, že se hovor nahrává. V exportu nic takového není, jen objednávky a adresy.
Pošlete mi prosím i ty nahrávky (nebo aspoň přepis), případně mi napište, že jste je už smazali a kdy.
S pozdravem
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("deletion", ("withdraw_consent",),
         "Re: Váš účet byl smazán",
         """Dobrý den,

píšete, že účet byl smazán 8. 4. Jenže v sobotu jsem platil v prodejně a prodavačka mi normálně řekla, kolik mám na kartě bodů, i s mým jménem. A v úterý mi přišel newsletter se slevou na zahradní nábytek.

Takže znovu a pořádně: smažte všechno, účet, kartu, body mě nezajímají. A ten newsletter mi už neposílejte, souhlas jsem s ním nedával a jestli jo, tak ho odvolávám.

Martin Horák""",
         "Martin Horák"),
        ("restriction", (),
         "Re: Vaše žádost 2026-0407",
         """Dobrý den,

beru na vědomí, že to "prověřujete". Jenže mezitím mi už volala nějaká vymáhací agentura a mají moje telefonní číslo i adresu. Ten poplatek za vrácení 24,90 EUR jsem nezaplatila, protože jsem zboží vrátila v pořádku a včas, mám podací lístek.

Dokud to neprověříte, žádám, abyste moje údaje pro tuhle věc nijak dál nepoužívali a nepředávali, a té agentuře řekněte, ať to pozastaví. Mazat nic nechci, naopak ať je všechno zachované, budu to možná potřebovat.

Petra Kučerová

> Vaši námitku ohledně poplatku prověřujeme. Pohledávka je zatím
> evidována u našeho partnera pro správu pohledávek.""",
         "Petra Kučerová"),
        ("objection", (),
         "Re: Odpověď na Váš dotaz",
         """K vaší odpovědi: s tím profilováním podle nákupů nesouhlasím, vznáším námitku. Přestaňte s tím.
Novák

> Údaje z věrnostní karty analyzujeme za účelem personalizace nabídek
> na základě oprávněného zájmu.""",
         "Pavel Novák"),
        ("withdraw_consent", (),
         "Re: Vaše žádost 2026-0388",
         """Díky za vysvětlení, teď už chápu, proč mi chodí ty SMS. Souhlas jsem asi dala při registraci karty v prodejně, už si to nepamatuju. Tak ho tímto odvolávám, žádné SMS ani e-maily s akcemi už nechci.
Hezký den
Tereza Veselá""",
         "Tereza Veselá"),
        ("correction", (),
         "Re: Potvrďte prosím, že jste to vy",
         """Dobrý den,
nevím přesně, co po mně chcete, tak posílám fakturu za elektřinu s mojí novou adresou a snímek z aplikace, kde je vidět moje objednávka. Snad to stačí.
Jde o to, že v účtu mám pořád starou adresu Klatovská 112, Plzeň, a v aplikaci to nejde změnit (hlásí chybu). Správně je: Husova 9, 301 00 Plzeň. A telefon prosím taky změňte na 605 218 447, to staré číslo už nemám.
Děkuji
Jiří Svoboda""",
         "Jiří Svoboda"),
        ("other", (),
         "Re: Vaše data jsou připravena ke stažení",
         """Přijato, všechno v pořádku, děkuji.
Z. Marek""",
         "Zdeněk Marek"),
        ("other", (),
         "Re: Vaše žádost 2026-0442",
         """Dobrý den,
omlouvám se, že to píšu sem, ale z reklamačního oddělení mi nikdo neodpovídá a tahle adresa je jediná, odkud mi od vás někdo kdy odepsal.
Vysavač (obj. 77120593) se od vás vrátil z opravy už podruhé a zase skoro netáhne. Chci ho vyměnit nebo vrátit peníze. Kdo to u vás řeší?
Hana Pokorná""",
         "Hana Pokorná"),
        ("other", (),
         "Re: Vaše žádost 2026-0412",
         """Dobrý den,
díky za odpověď, se smazáním účtu je to v pohodě. Jen mě zajímá, jestli je opravdu normální, že faktury musíte držet 7 let. U nás v Česku je to myslím u DPH 10 let? Nic po vás nechci, jen jsem zvědavý, jak to v Belgii chodí.
Ondřej Černý""",
         "Ondřej Černý"),
    ],
    "hr": [
        ("portability", (),
         "Re: Vaš izvoz podataka je spreman",
         """Poštovani,

skinuo sam datoteku, ali to je neki .json koji mi se otvara kao hrpa zagrada i navodnika. Nije mi jasno što da radim s tim. Možete li mi poslati isto to kao CSV ili Excel tablicu?

Treba mi da prebacim povijest kupnji na drugu trgovinu, oni kažu da primaju CSV. Ako vam je jednostavnije, možete im to i direktno poslati, javite što vam treba od njih.

Lijep pozdrav,
Ivan Horvat
Zagreb""",
         "Ivan Horvat"),
        ("complaint", ("deletion",),
         "Re: Vaš zahtjev 2026-0415",
         """Poštovani,

vaš odgovor mi nije prihvatljiv. Pišete da moje recenzije ne možete izbrisati jer su "anonimizirane". Danas sam otvorila vašu stranicu i ispod miksera i usisavača i dalje piše "Marija K., Split", a tu je i moja fotografija kuhinje. To nije anonimno, to sam ja.

Brisanje sam zatražila prije pet tjedana. Ako se ovo ne riješi, podnosim prigovor Agenciji za zaštitu osobnih podataka. Molim da izbrišete te recenzije i fotografiju i da mi to potvrdite pisanim putem.

Marija Kovačević

> Vaš korisnički račun je izbrisan. Recenzije proizvoda ostaju objavljene
> u anonimiziranom obliku.""",
         "Marija Kovačević"),
        ("access", (),
         "Re: Vaš upit",
         """ok ali sta vi zapravo imate o meni?? napisite konkretno, ne linkove na politiku privatnosti

Dario

> Hvala na upitu. Više informacija o tome kako obrađujemo osobne podatke
> pronaći ćete u našoj Politici privatnosti: https://shop.example.be/privacy""",
         "Dario Babić"),
        ("deletion", (),
         "Re: Vaš račun je izbrisan",
         """Dobar dan,

dobila sam vaš mail da je račun izbrisan. Međutim, jučer sam se iz znatiželje pokušala prijaviti i - uspjelo je. Lozinka ista, sve adrese i kartica su tamo, lista želja isto.

Molim da račun zaista izbrišete, zajedno sa spremljenom karticom i adresama. Ne želim da išta od toga ostane kod vas.

Hvala,
Ana Jurić""",
         "Ana Jurić"),
        ("objection", ("withdraw_consent",),
         "Re: Odgovor na vaš zahtjev 2026-0409",
         """Poštovani,

hvala na iskrenom odgovoru, iako me nije baš oduševio. Dakle, moj e-mail, makar "hashiran", ide Facebooku i Googleu da bi mi tamo prikazivali vaše oglase. To ne želim. Prestanite slati moje podatke partnerima za oglašavanje.

Također se odjavljujem s newslettera, više mi ne treba.

S poštovanjem,
Tomislav Perić

> Vašu e-mail adresu u hashiranom obliku dijelimo s oglašivačkim
> partnerima (npr. Meta, Google) radi prikazivanja relevantnih oglasa.""",
         "Tomislav Perić"),
        ("withdraw_consent", (),
         "",
         """Račun ste izbrisali, ali newsletter i dalje stiže, zadnji jutros. Odjavite me molim vas, link na dnu ne radi.
Nikolina""",
         "Nikolina Marić"),
        ("correction", (),
         "Re: Molimo potvrdite svoj identitet",
         """Poštovani,

u privitku vam šaljem presliku osobne iskaznice (OIB i broj sam prekrila).

Kako vidite, ime mi je Đurđica, a ne Durdica, a prezime Šimunović, ne Simunovic. Na svim računima i na kartici vjernosti stoji krivo pa svaki put na blagajni moram objašnjavati. Molim ispravak.

Lijep pozdrav,
Đurđica Šimunović""",
         "Đurđica Šimunović"),
        ("other", (),
         "Re: Vaš zahtjev 2026-0427",
         """Dobar dan,

oprostite što pišem ovdje, ne znam kome drugome. Narudžba 55098312 (stalak za bicikl) je prema praćenju "dostavljena", ali nije kod mene. Susjed s broja 14 ju je našao pred svojim vratima, ja sam na broju 41. Adresa na narudžbi je točna, samo je dostavljač pogriješio.

Paket je sad kod mene, ali kutija je poderana i fali jedan vijak. Kome se obratiti za to?

Hrvoje Knežević""",
         "Hrvoje Knežević"),
        ("other", (),
         "Re: Vaš izvoz podataka je spreman",
         """Sve stiglo i otvorilo se bez problema. Hvala puno i ugodan vikend!
Luka""",
         "Luka Vuković"),
        ("other", (),
         "Re: Vaš zahtjev 2026-0433",
         """Poštovani,

dobio sam vaš odgovor na moj zahtjev, sve je riješeno, hvala. Primijetio sam međutim da je hrvatski tekst vaših obavijesti prilično nespretan ("Vaša zahtjeva je primljen", "podatci će biti obrisane"), vjerojatno strojni prijevod.

Bavim se prijevodima pravnih i marketinških tekstova (sudski tumač za engleski i njemački) i rado bih vam ponudio suradnju za hrvatske verzije vaših obavijesti i politike privatnosti. Ako vas zanima, mogu poslati ponudu i reference.

Srdačan pozdrav,
Zoran Pavlović
Prijevodi Pavlović, Rijeka""",
         "Zoran Pavlović"),
    ],
    "sv": [
        ("access", (),
         "Re: Ditt registerutdrag är klart",
         """Hej!

Tack, jag har laddat ner filen. Men var är mina beställningar från 2019? Jag har varit kund sedan 2017 och köpte bl.a. en tv och en diskmaskin hos er 2019, men i utdraget börjar orderhistoriken först 2021.

Antingen har ni raderat det äldre (då vill jag veta det, och när) eller så har det fallit bort. Skicka gärna ett komplett utdrag, och skriv också vilka ni har delat mina uppgifter med, det står ingenting om det heller.

Mvh
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("complaint", ("deletion",),
         "Re: Vi behöver en månad till",
         """Hej,

Nej, det är inte acceptabelt. Jag begärde att mitt konto skulle raderas den 14 mars. Nu, sex veckor senare, får jag ett standardmejl om att ni behöver "ytterligare en månad". Ett konto med fyra beställningar kan inte vara så komplicerat att radera.

Radera kontot nu. Jag har sparat hela mejlväxlingen och anmäler er till IMY om kontot inte är borta inom en vecka.

Henrik Johansson

> Hej Henrik,
> På grund av ett stort antal ärenden behöver vi förlänga svarstiden
> med ytterligare en månad. Tack för ditt tålamod.""",
         "Henrik Johansson"),
        ("deletion", (),
         "Re: Bekräfta din identitet",
         """Hej.
Jag tänker inte skicka en kopia av mitt pass för att ni ska radera ett konto. Jag skriver från samma mejladress som kontot är registrerat på, det borde räcka. Ni krävde ingen legitimation när jag skapade kontot heller.
Radera det, tack.
/Erik""",
         "Erik Nilsson"),
        ("restriction", (),
         "Re: Din begäran om radering 2026-0419",
         """Hej igen,

Vänta lite med raderingen! Jag har precis fått veta av försäkringsbolaget att de behöver orderbekräftelsen och kvittot för kaffemaskinen som orsakade vattenskadan i köket. Ärendet är inte avslutat.

Så: radera inte mina orderuppgifter än, men använd dem inte heller till något annat. Bara spara dem tills försäkringsärendet är klart, jag hör av mig då.

Tack på förhand
Sofia Berg

> Hej Sofia,
> Vi har tagit emot din begäran om radering. Ditt konto och dina
> uppgifter kommer att raderas inom 7 dagar.""",
         "Sofia Berg"),
        ("portability", (),
         "Re: Din dataexport är klar",
         """Hej!

Tack för filen. Jag ska gå över till en annan kedja som låter en ta med sig köphistoriken in i deras kundklubb. Kan ni skicka exporten direkt till dem i stället för att jag laddar ner och upp den? De har angett privacy@hemmahandel.example.se som adress för sånt.

Om det inte går, skicka den åtminstone som CSV, deras system tar inte json.

Hälsningar
Anders Eriksson""",
         "Anders Eriksson"),
        ("withdraw_consent", (),
         "Re: Ditt konto har raderats",
         """Fick ändå ett sms om vårrean igår kväll. Sluta skicka. Jag vill inte ha några utskick alls.
Maria""",
         "Maria Persson"),
        ("correction", ("access",),
         "Re: Ärende 2026-0403",
         """Hej,

Tack för svaret. Jag ser nu i utdraget att ni har kvar min gamla adress i Uppsala (Svartbäcksgatan) fast jag flyttade för två år sedan och har ändrat i appen. Det förklarar varför mitt senaste paket hamnade där. Ändra till: Storgatan 21 B, 852 30 Sundsvall.

Och när paketet nu åkte till fel adress: vilka har fått mina uppgifter med den gamla adressen? Bara transportören eller fler?

/Johan Gustafsson""",
         "Johan Gustafsson"),
        ("other", (),
         "Re: Ditt registerutdrag är klart",
         """Tack, allt mottaget och det ser bra ut. Trevlig helg!
Lena""",
         "Lena Karlsson"),
        ("other", (),
         "Re: Ärende 2026-0438",
         """Hej, jag svarar på ert mejl eftersom jag inte hittar någon annan adress. Jackan jag beställde (order 6630215) kom i fel storlek, M i stället för L, fast det står L på följesedeln. Hur gör jag en retur eller ett byte?
Ärendet om mina uppgifter är redan klart, så det är inget med det.
Mvh Ulf Andersson""",
         "Ulf Andersson"),
        ("other", (),
         "Re: Bekräfta din identitet",
         """Hej,

Jag har laddat upp legitimationen via ert formulär nu, så det är ordnat och ni behöver inte göra något mer med det här mejlet.

Men en fråga rent allmänt, av nyfikenhet: får ett företag verkligen kräva legitimation för sådant här? Jag trodde att man bara skulle behöva bekräfta via mejlen. Det är inget klagomål, jag undrar bara hur reglerna ser ut.

Vänliga hälsningar
Ingrid Svensson""",
         "Ingrid Svensson"),
    ],
    "ro": [
        ("complaint", ("access",),
         "Re: Cererea dvs. 2026-0402 - datele dvs. sunt gata",
         """Bună ziua,

Vecinul meu de la etajul 3, care e și el client la dvs., m-a sunat aseară să-mi spună că a primit pe mail un fișier cu datele MELE: numele, adresa, telefonul, toate comenzile și ultimele cifre de la card. Eu n-am primit nimic, doar mesajul ăsta că "datele sunt gata".

Este inadmisibil. V-am cerut o copie a datelor mele, nu să le trimiteți altcuiva. Vreau să știu exact ce s-a trimis, cui și când, și dacă s-a mai întâmplat și cu alți clienți. Fac plângere la ANSPDCP dacă nu primesc o explicație serioasă în câteva zile.

Cristina Popescu
Str. Lalelelor nr. 8, bl. C2, ap. 14, București

> Stimată doamnă Popescu,
> Datele dvs. sunt gata. Le-am trimis la adresa de e-mail asociată
> contului.""",
         "Cristina Popescu"),
        ("access", (),
         "Re: Vă rugăm să vă confirmați identitatea",
         """Bună ziua,
Nu am înțeles exact ce document vreți, așa că v-am atașat o poză cu cardul de fidelitate (față-verso) și factura de la ultima comandă. Buletinul nu vreau să-l trimit pe mail.
Revin la cererea mea: vreau să știu ce date aveți despre mine și de unde le aveți, pentru că primesc oferte de la dvs. pe un număr de telefon pe care nu vi l-am dat niciodată.
Mulțumesc,
Gheorghe Stan""",
         "Gheorghe Stan"),
        ("deletion", (),
         "Re: Cererea dvs. 2026-0431",
         """Bună ziua,

Am înțeles că facturile trebuie păstrate 7 ani din motive fiscale, n-am nimic împotrivă. Dar în mailul dvs. scrie că "restul datelor" rămân în cont până la "închiderea definitivă". Păi exact asta am cerut, închiderea definitivă!

Vă rog să ștergeți tot ce nu e factură: adresele de livrare salvate, lista de dorințe, recenziile, istoricul din aplicație, numărul de telefon. Și confirmați-mi când e gata.

Cu stimă,
Elena Dumitrescu

> Vă informăm că facturile se păstrează timp de 7 ani conform obligațiilor
> legale. Restul datelor rămân asociate contului până la închiderea
> definitivă a acestuia.""",
         "Elena Dumitrescu"),
        ("portability", (),
         "Re: Exportul datelor dvs.",
         """Salut,

Am primit arhiva dar fișierul e .json și pe laptop mi se deschide ca text, nu înțeleg nimic din el. Se poate și în CSV? Vreau să import istoricul comenzilor în aplicația de buget pe care o folosesc și acolo merge doar CSV sau Excel.

Mersi,
Andrei Munteanu""",
         "Andrei Munteanu"),
        ("restriction", (),
         "Re: Sesizarea dvs. privind comenzile necunoscute",
         """Bună ziua,

Vă mulțumesc că verificați. Între timp vă rog să blocați contul și să nu folosiți datele mele pentru nimic, nici pentru facturare, nici pentru recuperare de creanțe, nici pentru oferte, până nu stabiliți dacă cele trei comenzi din martie sunt ale mele. Nu sunt, mi-a fost spart contul, am depus deja plângere la poliție.

Nu ștergeți nimic, am nevoie de istoric (IP-uri, adrese de livrare) pentru dosarul de la poliție.

Mihai Constantin

> Am primit sesizarea dvs. conform căreia comenzile 90112417, 90113588
> și 90118002 nu au fost plasate de dvs. Verificăm situația și revenim
> în cel mult 30 de zile.""",
         "Mihai Constantin"),
        ("objection", ("withdraw_consent",),
         "Re: Răspuns la întrebarea dvs.",
         """Bună ziua,
Mulțumesc pentru explicații. Deci folosiți ce cumpăr cu cardul de fidelitate ca să-mi faceți un "profil de client" și să-mi trimiteți oferte personalizate. Nu sunt de acord cu asta, mă opun. Vreau să folosesc cardul pentru puncte în continuare, dar fără profil.
Și dezabonați-mă de la newsletter, vă rog.
Ioana Radu""",
         "Ioana Radu"),
        ("withdraw_consent", (),
         "Re: Contul dvs. a fost șters",
         """Mi-ați confirmat ștergerea acum două săptămâni dar primesc în continuare newsletterul. Nu mai vreau niciun mail publicitar de la voi.
Adrian Ilie""",
         "Adrian Ilie"),
        ("other", (),
         "Re: Datele dvs. sunt gata",
         """Am primit, totul e în regulă. Mulțumesc frumos pentru promptitudine!
Cu drag,
Simona""",
         "Simona Marin"),
        ("other", (),
         "Re: Avem nevoie de încă o lună",
         """Bună ziua,
Nu mai e nevoie, am găsit tot în aplicație, la Contul meu > Datele mele. Puteți închide cererea.
O zi bună,
Florin Georgescu""",
         "Florin Georgescu"),
        ("other", (),
         "Re: Cererea dvs. 2026-0444",
         """Bună ziua,

Scuze că scriu aici, știu că e adresa pentru date personale, dar la serviciul clienți sun de trei zile și nu răspunde nimeni.

Am primit comanda 63320981 (set de 4 scaune de bucătărie) dar în colet erau doar trei. Pe factură scrie 4 bucăți. Cine se ocupă de asta? Aștept scaunul lipsă sau banii pe el.

Mulțumesc,
Lavinia Stoica""",
         "Lavinia Stoica"),
    ],
    "el": [
        ("complaint", (),
         "Re: Χρειαζόμαστε έναν ακόμη μήνα",
         """Καλησπέρα σας,

Με συγχωρείτε, αλλά αυτό δεν είναι σοβαρό. Στις 10 Μαρτίου σάς ζήτησα αντίγραφο των δεδομένων μου. Δεν πήρα καμία απάντηση, σας έστειλα υπενθύμιση, και σήμερα μου λέτε ότι χρειάζεστε "άλλον έναν μήνα λόγω φόρτου εργασίας".

Ο Κανονισμός λέει έναν μήνα, και η παράταση προβλέπεται για πολύπλοκα αιτήματα, όχι επειδή δεν έχετε αρκετό προσωπικό. Επιπλέον, για την παράταση έπρεπε να με ενημερώσετε μέσα στον πρώτο μήνα (άρθρο 12 παρ. 3 ΓΚΠΔ), όχι μετά από έξι εβδομάδες.

Έχω ήδη ετοιμάσει καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα και θα την υποβάλω τη Δευτέρα αν δεν έχω λάβει τα δεδομένα μου.

Γιώργος Παπαδάκης
Ηράκλειο Κρήτης

> Αγαπητέ κύριε Παπαδάκη,
> λόγω αυξημένου φόρτου εργασίας, η προθεσμία απάντησης στο αίτημά σας
> παρατείνεται κατά έναν μήνα. Σας ευχαριστούμε για την κατανόηση.""",
         "Γιώργος Παπαδάκης"),
        ("access", (),
         "Re: Τα δεδομένα σας είναι έτοιμα",
         """Καλημέρα,
ευχαριστώ για το αρχείο. Λείπουν όμως οι ηχογραφήσεις των τηλεφωνικών κλήσεων. Πήρα τηλέφωνο στην εξυπηρέτηση πελατών τουλάχιστον δύο φορές τον Φεβρουάριο για την επιστροφή ενός ψυγείου και το μήνυμα έλεγε ότι η κλήση καταγράφεται. Θα ήθελα κι αυτές, ή τουλάχιστον να μου πείτε αν υπάρχουν ακόμα και για πόσο καιρό τις κρατάτε.
Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("deletion", ("withdraw_consent",),
         "Re: Ο λογαριασμός σας διαγράφηκε",
         """Γεια σας,
μου γράψατε ότι ο λογαριασμός διαγράφηκε, αλλά μπαίνω κανονικά στην εφαρμογή με τον ίδιο κωδικό!! Και τα newsletter συνεχίζουν να έρχονται. Διαγράψτε τον στ' αλήθεια παρακαλώ, και σταματήστε τα mail.
Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),
        ("portability", ("complaint",),
         "Re: Η εξαγωγή των δεδομένων σας είναι έτοιμη",
         """Καλησπέρα,

Άνοιξα το αρχείο που μου στείλατε και δεν είναι δικό μου! Είναι κάποιας κυρίας από τη Λιέγη, με τη διεύθυνσή της, το τηλέφωνό της και όλες τις παραγγελίες της. Δεν το κοίταξα παραπάνω και το έσβησα.

Αυτό είναι πολύ σοβαρό, να ξέρετε, και φυσικά αναρωτιέμαι αν το δικό μου αρχείο το πήρε κάποιος άλλος. Περιμένω εξήγηση.

Στείλτε μου παρακαλώ το σωστό αρχείο με τα δικά μου δεδομένα, σε CSV όπως το είχα ζητήσει, για να τα μεταφέρω στο καινούργιο κατάστημα.

Δημήτρης Οικονόμου""",
         "Δημήτρης Οικονόμου"),
        ("restriction", (),
         "Re: Το αίτημά σας 2026-0417",
         """Καλησπέρα,
εντάξει, καταλαβαίνω ότι τα τιμολόγια πρέπει να τα κρατήσετε 7 χρόνια για την εφορία. Τότε όμως τουλάχιστον μην τα χρησιμοποιείτε για τίποτα άλλο. Να μένουν κλειδωμένα για το λογιστήριο και μόνο. Όχι στατιστικές, όχι προτάσεις προϊόντων, τίποτα.
Παρακαλώ επιβεβαιώστε μου ότι έτσι θα γίνει.
Μαρία Κωνσταντίνου

> Ο λογαριασμός σας έχει διαγραφεί. Τα τιμολόγιά σας θα διατηρηθούν για
> 7 έτη, σύμφωνα με τις φορολογικές μας υποχρεώσεις.""",
         "Μαρία Κωνσταντίνου"),
        ("objection", (),
         "",
         """Όχι, δεν θέλω profiling από τις αγορές μου. Σταματήστε το.
Κώστας Βλάχος

Στάλθηκε από το κινητό μου

> ...αναλύουμε το ιστορικό αγορών σας για να σας προτείνουμε προϊόντα
> (έννομο συμφέρον). Μπορείτε να αντιταχθείτε οποιαδήποτε στιγμή.""",
         "Κώστας Βλάχος"),
        ("correction", (),
         "Re: Παρακαλούμε επιβεβαιώστε την ταυτότητά σας",
         """Καλημέρα σας,
σας επισυνάπτω φωτογραφία της ταυτότητάς μου (έχω καλύψει τον αριθμό). Όπως βλέπετε, με λατινικούς χαρακτήρες το επώνυμό μου γράφεται PAPADOPOULOU και όχι PAPADOPOULU, όπως το έχετε στον λογαριασμό και στην κάρτα. Επίσης η ημερομηνία γέννησης είναι 14/06/1979 και όχι 1997. Παρακαλώ διορθώστε τα.
Ευχαριστώ,
Αικατερίνη Παπαδοπούλου""",
         "Αικατερίνη Παπαδοπούλου"),
        ("other", (),
         "Re: Τα δεδομένα σας είναι έτοιμα",
         """Ελήφθη, όλα εντάξει. Ευχαριστώ πολύ!
Σοφία""",
         "Σοφία Μαυρίδου"),
        ("other", (),
         "Re: Η εξαγωγή των δεδομένων σας είναι έτοιμη",
         """Καλησπέρα,
μια ερώτηση μόνο: ο σύνδεσμος για πόσες μέρες ισχύει; Είμαι σε ταξίδι και θα το κατεβάσω όταν γυρίσω την άλλη εβδομάδα.
Ευχαριστώ,
Παναγιώτης Ζαχαρίου""",
         "Παναγιώτης Ζαχαρίου"),
        ("other", (),
         "Re: Το αίτημά σας 2026-0429",
         """Καλησπέρα,

συγγνώμη που γράφω εδώ, ξέρω ότι είναι για τα προσωπικά δεδομένα, αλλά δεν βρίσκω άλλο email και στο τηλέφωνο περιμένω μισή ώρα κάθε φορά.

Η καφετιέρα (παραγγελία 71250884) ήρθε με σπασμένη γυάλινη κανάτα. Έχω φωτογραφίες από το κουτί και την κανάτα. Πώς κάνω επιστροφή ή αντικατάσταση;

Ευχαριστώ,
Αναστασία Λαμπράκη""",
         "Αναστασία Λαμπράκη"),
    ],
    "bg": [
        ("complaint", ("deletion",),
         "Re: Re: Вашето искане 2026-0391",
         """Здравейте,

Пиша ви за трети път. На 12 март поисках да изтриете профила ми, на 20 март получих отговора по-долу и оттогава нищо. Мина повече от месец.

Изтрийте профила ми. Ако до края на седмицата не получа потвърждение, подавам жалба в Комисията за защита на личните данни. И моля не ми пращайте пак шаблонни отговори.

Стоян Петров

> Здравейте, г-н Петров,
> получихме Вашето искане и ще се свържем с Вас възможно най-скоро.""",
         "Стоян Петров"),
        ("deletion", (),
         "Re: Моля, потвърдете самоличността си",
         """Здравейте,
Няма да ви изпращам копие от личната си карта. Пиша ви от същия имейл, с който съм регистрирана, и мога да ви дам номера на последната си поръчка (48830217). Това е достатъчно.
Изтрийте профила ми, моля.
Десислава Иванова""",
         "Десислава Иванова"),
        ("correction", (),
         "Re: Вашите данни са готови за изтегляне",
         """Здравейте,

Благодаря, получих файла. Като го разгледах, видях нещо, което ме дразни от години: фамилията ми навсякъде е записана като "Стоянов", а не "Стоянова", и затова всичките ви писма започват с "Уважаеми господин". Моля, поправете я.

И докато сте на това, телефонът ми също е стар, новият е 0887 412 309.

Поздрави,
Радослава Стоянова""",
         "Радослава Стоянова"),
        ("portability", (),
         "Re: Вашите данни са готови",
         """Здравейте,
Свалих архива, но в него няма поръчките ми от 2019 и 2020 г. (а тогава купувах най-много - пералня, телевизор, прахосмукачка). Освен това файлът е .json и не мога да го отворя. Може ли да ми го пратите пълен и в CSV? Искам да го прехвърля при друг търговец.
Благодаря,
Иван Колев""",
         "Иван Колев"),
        ("restriction", (),
         "Re: Отговор на Вашето възражение",
         """Здравейте,

Разбрах, че проверявате. Докато не приключите, моля, не използвайте данните ми за нищо - особено за оценката при покупка на изплащане. Заради грешния адрес ми отказаха покупката и не искам това да се повтаря или данните да се подават на когото и да било. Не ги изтривайте, само ги замразете до края на проверката.

Веселин Ангелов

> Получихме Вашето съобщение, че адресът и датата Ви на раждане в
> профила са неточни. Ще проверим данните и ще се свържем с Вас.""",
         "Веселин Ангелов"),
        ("objection", ("withdraw_consent",),
         "Re: Вашият въпрос относно партньорите",
         """Добър ден,
Значи давате данните ми на "рекламни партньори". Не съм съгласна. Спрете да ги предавате на когото и да било за реклама. Картата за лоялност ще си я ползвам, но без това.
И ме отпишете от бюлетина, моля.
Мария Николова""",
         "Мария Николова"),
        ("withdraw_consent", (),
         "Re: Профилът Ви е изтрит",
         """Профилът бил изтрит, а днес пак SMS за промоции. Не искам никакви SMS-и и имейли с реклами от вас.
Г. Христов""",
         "Георги Христов"),
        ("other", (),
         "Re: Вашите данни са готови за изтегляне",
         """Получих всичко, благодаря за бързия отговор!
Поздрави,
Цветелина""",
         "Цветелина Маринова"),
        ("other", (),
         "",
         """Здравейте, за искането ми от миналата седмица - няма нужда вече, намерих всичко в приложението. Може да го затворите.
Николай Димитров""",
         "Николай Димитров"),
        ("other", (),
         "Re: Вашето искане 2026-0440",
         """Здравейте,

Получих отговора ви на моето искане, всичко е наред, благодаря. Видях обаче, че отговорът е дошъл почти след месец и е бил попълван ръчно.

Работя във фирма от София, която разработва софтуер за автоматизирана обработка на искания по GDPR (проверка на самоличност, експорт, срокове, шаблони на всички езици на ЕС). Ако ви е интересно, с удоволствие ще ви направя кратка демонстрация онлайн.

С уважение,
Борислав Тодоров
Бизнес развитие""",
         "Борислав Тодоров"),
    ],
}

"""Fifty-second set, life changes (moves, names, separations, births, deaths, retirement) in the privacy mailbox (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftysecond.py)."""

PEOPLE_LF = {
    "pl": [
        ("correction", (),
         "Nowe nazwisko",
         """Dzień dobry,

we wrześniu wzięłam ślub i przyjęłam nazwisko męża. Na koncie i na karcie stałego klienta nadal figuruję jako Agnieszka Nowicka – proszę o zmianę na Agnieszka Kowalczyk. Numer karty: 6021 4478 9031, adres e-mail bez zmian.

Jeśli potrzebują Państwo odpisu aktu małżeństwa, mogę go przesłać.

Pozdrawiam serdecznie
Agnieszka Kowalczyk""",
         "Agnieszka Kowalczyk"),

        ("other", (),
         "Zamówienie 2026-48117 – dostawa na inny adres",
         """Dzień dobry,

jesteśmy w trakcie przeprowadzki i w przyszłym tygodniu nikogo nie będzie pod starym adresem. Czy mogą Państwo zmienić adres dostawy dla zamówienia 2026-48117, tylko dla tej jednej paczki, na: Rue des Guillemins 58, 4000 Liège?

Adres na koncie proszę zostawić bez zmian, sam go zaktualizuję, kiedy już się urządzimy.

Z góry dziękuję
Marek Szymański""",
         "Marek Szymański"),

        ("deletion", ("withdraw_consent",),
         "Konto mojej zmarłej mamy – Halina Wróbel",
         """Szanowni Państwo,

moja mama, Halina Wróbel, zmarła 2 października. Miała u Państwa konto i kartę klubową (nr 6021 3390 1175).

Jako syn i spadkobierca proszę o zamknięcie jej konta i usunięcie jej danych. Proszę też, żeby do mamy nie przychodziły już żadne newslettery ani kartki urodzinowe. Wciąż zaglądam do jej skrzynki i co kilka dni widzę tam Państwa maile zaczynające się od „Droga Pani Halino” – naprawdę ciężko to znieść.

W załączniku przesyłam skan aktu zgonu. Gdyby potrzebne było coś jeszcze, proszę o informację.

Z poważaniem
Tomasz Wróbel""",
         "Tomasz Wróbel"),

        ("portability", (),
         "Eksport historii zamówień",
         """Dzień dobry,

po sześciu latach w Gandawie wracam na stałe do Krakowa i zamykam tu wszystkie sprawy. Zanim to zrobię, chciałbym dostać swoje dane z konta – historię zamówień, zapisane listy zakupów i punkty z karty – w pliku, który da się normalnie otworzyć w komputerze, najlepiej CSV albo JSON. Prowadzę domowy budżet w arkuszu i chcę to tam zaimportować, a PDF-y z fakturami niewiele mi dadzą.

Czy to w ogóle możliwe? Konto jest założone na ten adres mailowy.

Dzięki,
Paweł Dąbrowski""",
         "Paweł Dąbrowski"),

        ("withdraw_consent", (),
         "Klub Maluszka",
         """Dzień dobry,

proszę wypisać mnie z Klubu Maluszka i nie przysyłać już żadnych maili ani SMS-ów z nim związanych. W październiku straciłam ciążę.

Dziękuję.
Magdalena Zielińska""",
         "Magdalena Zielińska"),

        ("restriction", (),
         "Re: Zmiana nazwiska – dokumenty",
         """Dzień dobry,

dziękuję za odpowiedź. Rozumiem, że do zmiany nazwiska na koncie potrzebują Państwo dokumentu, ale po rozwodzie urząd stanu cywilnego wyda mi odpis najwcześniej za trzy, cztery tygodnie.

Do tego czasu proszę o ograniczenie przetwarzania moich danych. Niech one po prostu leżą – proszę ich nie kasować, bo mam w historii zamówienia, które są jeszcze na gwarancji – ale nie używajcie ich do niczego i nie wysyłajcie niczego na nazwisko Jabłońska. Gdy tylko dostanę odpis, od razu go prześlę.

Z poważaniem
Monika Sikora (w Państwa systemie wciąż Jabłońska)""",
         "Monika Sikora"),

        ("other", (),
         "Lista prezentów ślubnych – usunięcie pozycji",
         """Dzień dobry,

mamy u Państwa listę prezentów ślubnych (nr WL-20931, ślub 24 października). Ciocia kupiła nam ekspres do kawy gdzie indziej i nie wiem, jak usunąć go z listy – w aplikacji nie widzę przycisku „usuń”, a nie chcemy dostać dwóch ekspresów. Czy mogą Państwo zrobić to za nas?

Dziękujemy!
Karolina i Bartek""",
         "Karolina Wójcik"),

        ("objection", ("access",),
         "Dlaczego dostaję oferty dla młodych rodziców?",
         """Dzień dobry,

w sierpniu kupiłam u Państwa wózek i kilka body – na prezent dla siostry, która urodziła bliźniaki. Od tamtej pory w aplikacji i w mailach widzę wyłącznie pieluchy, laktatory i „Pierwszy rok z maluszkiem”. Nie mam dzieci i nie planuję.

Sprzeciwiam się profilowaniu mnie na podstawie tego, co kupuję, i dobieraniu mi na tej podstawie ofert. Proszę też o informację, do jakich grup czy segmentów klientów zostałam przypisana i na jakiej podstawie.

Joanna Lewandowska""",
         "Joanna Lewandowska"),

        ("complaint", ("deletion",),
         "Po raz trzeci: mój ojciec nie żyje",
         """Szanowni Państwo,

14 września przesłałem Państwu akt zgonu mojego ojca, Stanisława Mazura, z prośbą o usunięcie jego konta. Dostałem automatyczne potwierdzenie i na tym się skończyło. W październiku pisałem ponownie – bez odpowiedzi.

Tymczasem do domu rodziców dalej przychodzi katalog zaadresowany do „Pana Stanisława Mazura”, a 3 listopada na jego numer, z którego teraz korzysta mama, przyszedł SMS: „Wszystkiego najlepszego z okazji urodzin, Panie Stanisławie! Mamy dla Pana prezent”. Nie muszę chyba tłumaczyć, jak się poczuła.

Jestem bardzo rozczarowany tym, jak Państwo traktują takie sprawy. Jeszcze raz proszę o usunięcie wszystkich danych ojca. Jeżeli w ciągu dwóch tygodni nic się nie zmieni, złożę skargę do organu ochrony danych osobowych.

Krzysztof Mazur""",
         "Krzysztof Mazur"),

        ("other", (),
         "Zgubiona karta",
         """Dzień dobry, przy przeprowadzce zginęła mi karta stałego klienta (końcówka numeru 5521). Czy mogę dostać nową z tymi samymi punktami? Dane na koncie są aktualne, nic nie trzeba zmieniać. Najchętniej odbiorę ją w sklepie w Antwerpii.

Pozdrawiam
Ewa Kamińska""",
         "Ewa Kamińska"),
    ],

    "cs": [
        ("access", ("correction",),
         "Můj vlastní účet",
         """Dobrý den,

je mi teď 18. Když mi bylo asi dvanáct, založila mi máma u vás dětský věrnostní účet (karta Junior) a od té doby na něj nakupuju, ale všechno chodí pořád na její e-mail.

Chtěl bych vědět, jaké osobní údaje o mně vlastně máte, odkud je máte (jestli jen od mámy, nebo i odjinud) a jestli jste je někomu předávali. A prosím změňte u mého profilu e-mail na tenhle, ze kterého píšu, ať to chodí mně a ne mámě.

Díky,
Jakub Novák""",
         "Jakub Novák"),

        ("correction", (),
         "Oprava jména a oslovení",
         """Dobrý den,

v srpnu mi bylo úředně změněno jméno i příjmení. Dříve jsem u vás byla vedená jako Tomáš Horák, nyní se jmenuji Eliška Horáková. V e-mailech a na účtenkách mě ale pořád oslovujete „Vážený pane Horáku“.

Prosím o opravu jména na Eliška Horáková a oslovení na „paní“. Pokud potřebujete kopii nového občanského průkazu, pošlu ji.

Děkuji
Eliška Horáková""",
         "Eliška Horáková"),

        ("other", (),
         "Změna dne rozvozu",
         """Dobrý den,

přestěhovali jsme se do Wavre a adresu v účtu jsem si už změnil. Máme předplacený rozvoz nákupu každý čtvrtek – dá se den změnit na úterý? Ve čtvrtek jsme teď oba v práci až do večera.

Děkuji
Pavel Marek""",
         "Pavel Marek"),

        ("deletion", (),
         "staré adresy",
         """Dobrý den, při placení mi e-shop pořád nabízí tři adresy, na kterých už roky nebydlím (Brno, Mechelen a kolej v Lovani). Smažte mi je prosím všechny, nechte jen tu současnou v Gentu. Sama je odebrat neumím, v aplikaci to nejde.

Díky, Petra Dvořáková""",
         "Petra Dvořáková"),

        ("restriction", (),
         "Údaje mého otce – prosím nemazat",
         """Dobrý den,

můj otec, pan Jiří Svoboda (věrnostní karta 4410 2287), se minulý měsíc přestěhoval do domova pro seniory. Vzhledem k jeho zdravotnímu stavu probíhá řízení o ustanovení opatrovníka, kterým mám být já; rozhodnutí soudu čekáme v prosinci.

Do té doby vás prosím, abyste jeho údaje nemazali ani neměnili, ale zároveň je nijak nepoužívali – žádné nabídky, žádné hovory z call centra, nic. Ať jen zůstanou uložené, historii nákupů budu potřebovat kvůli reklamacím. Jakmile budu mít rozhodnutí soudu, ozvu se a doložím ho.

S pozdravem
Ing. Martin Svoboda""",
         "Martin Svoboda"),

        ("objection", (),
         "Nabídky „Pro váš nový domov“",
         """Dobrý den,

od té doby, co jsem si u vás v září změnil adresu, mi chodí e-maily „Stěhujete se? Vybavte nový domov!“ a v aplikaci vidím jen nábytek, závěsy a vrtačky. Evidentně jste mě zařadili do nějaké skupiny „stěhující se“.

Nesouhlasím s tím, abyste moje údaje (adresu, změny v profilu, nákupy) používali k profilování a k cíleným nabídkám, a vznáším proti tomu námitku. Newsletter si klidně nechám, ale ať je stejný jako pro všechny ostatní.

Ondřej Procházka""",
         "Ondřej Procházka"),

        ("other", (),
         "Poděkování za projevenou soustrast – dotaz",
         """Dobrý den,

po pohřbu maminky bych u vás chtěla objednat 30 kusů děkovných karet (ty bílé s levandulí z kategorie Papírnictví). Dá se do nich natisknout vlastní text? A stihli byste to do 14. listopadu?

Děkuji
Jana Veselá""",
         "Jana Veselá"),

        ("withdraw_consent", ("deletion",),
         "Katalog na starou adresu",
         """Dobrý den,

napsal mi nový nájemník z mého bývalého bytu v Antverpách, že mu tam pořád chodí váš tištěný katalog na moje jméno. Katalog už nechci ani na novou adresu, takže mi prosím zasílání zrušte úplně a tu starou adresu (Lange Leemstraat 140) z mých údajů smažte.

Děkuji,
Lucie Černá""",
         "Lucie Černá"),

        ("complaint", ("deletion",),
         "Pořád bez odpovědi – společný účet",
         """Dobrý den,

už 10. září jsem vám psala, že jsme se s partnerem rozešli a že chci, abyste moje jméno, telefon a adresu odstranili z našeho společného účtu, který je veden na něj. Do dnešního dne mi nikdo neodpověděl.

Bývalý partner mezitím v aplikaci pořád vidí moje objednávky i adresu, kam jsem se odstěhovala. To je pro mě velmi nepříjemné a z vaší strany naprosto nepřijatelné. Znovu vás žádám o okamžité odstranění mých údajů z toho účtu. Pokud se tak nestane, obrátím se na úřad pro ochranu osobních údajů.

Veronika Kučerová""",
         "Veronika Kučerová"),

        ("other", (),
         "objednávka 58812 – jiná prodejna",
         """Dobrý den, u objednávky 58812 jsem jako výdejní místo zvolila prodejnu v Lovani, ale minulý týden jsme se přestěhovali do Namuru. Můžete mi ji prosím přesměrovat do prodejny v Namuru? Kdyby to nešlo, objednávku klidně zrušte a objednám si to znovu.

Hana Pokorná""",
         "Hana Pokorná"),
    ],

    "hr": [
        ("access", (),
         "Odakle vam moja nova adresa?",
         """Poštovani,

preselila sam se u listopadu i novu adresu nisam dala nikome osim pošti i poslodavcu. Jučer mi je ipak na novu adresu stigao vaš katalog, s mojim imenom i prezimenom.

Molim vas da mi kažete odakle vam ta adresa, koje sve moje podatke imate i kome ste ih eventualno proslijedili. Željela bih i kopiju tih podataka.

Lijep pozdrav,
Ivana Kovačević""",
         "Ivana Kovačević"),

        ("correction", (),
         "Prezime mi je Horvat-Babić",
         """Dobar dan,

moje prezime je Horvat-Babić, s crticom. Na kartici vjernosti piše „HORVAT-BA“, a u mailovima „Poštovana gđo Babić“. Očito vam polje za prezime nije dovoljno dugo ili je netko krivo prepisao.

Molim da ispravite prezime u cijelosti, i na kartici i u profilu.

Hvala,
Snježana Horvat-Babić""",
         "Snježana Horvat-Babić"),

        ("other", (),
         "Lista za vjenčanje – promjena datuma",
         """Pozdrav!

Otvorili smo kod vas listu darova za vjenčanje (br. WL-31877), ali vjenčanje se pomiče sa 7. na 28. studenoga. Možete li promijeniti datum na listi i datum dostave poklona? Sve ostalo ostaje isto.

Hvala,
Martina i Ivan""",
         "Martina Knežević"),

        ("deletion", ("correction",),
         "umirovljenje – stara službena adresa",
         """Poštovani,

od 1. studenoga sam u mirovini. Na mom računu još stoji adresa tvrtke (Avenue des Arts 40, Bruxelles) kao adresa za dostavu i račune, a i moj službeni e-mail, koji se gasi krajem mjeseca.

Molim vas da obrišete i tu adresu i službeni e-mail, a kao kontakt ubuduće upišete ovu adresu s koje vam pišem.

Srdačan pozdrav,
Dragutin Perić""",
         "Dragutin Perić"),

        ("portability", (),
         "Podaci o kupnjama u CSV-u",
         """Bok,

dečko i ja smo se uselili zajedno i sad sve troškove kućanstva vodimo u jednoj aplikaciji za budžet. Možete li mi poslati cijelu povijest mojih kupnji (datum, artikl, cijena, trgovina) i stanje bodova u nekom strojno čitljivom formatu, CSV ili JSON? Da mogu samo uvesti datoteku u aplikaciju, a ne prepisivati račune jedan po jedan.

Hvala puno!
Petra Marić""",
         "Petra Marić"),

        ("objection", ("access",),
         "Prosljeđivanje mojih podataka partnerima",
         """Poštovani,

otkako sam vam javio novu adresu, zovu me jedna selidbena firma i jedan internetski operater, oboje s „ponudom za novi dom“. I jedni i drugi rekli su mi da su moj kontakt dobili preko vašeg partnerskog programa.

Ne želim da se moji podaci daju partnerima ni u kakve marketinške svrhe i protivim se tome. Također molim popis svih tvrtki kojima ste moje podatke proslijedili.

S poštovanjem,
Zoran Radić""",
         "Zoran Radić"),

        ("other", (),
         "Narudžba 77120 – kurir",
         """Dobar dan,

ovaj tjedan sam kod roditelja zbog selidbe pa molim da kurir za narudžbu 77120 nazove moju mamu na 0470 55 12 90 i ostavi paket kod nje (ista ulica, kućni broj 14). Samo za ovu dostavu, na računu ništa ne mijenjajte.

Hvala,
Tomislav Jukić""",
         "Tomislav Jukić"),

        ("withdraw_consent", ("deletion",),
         "Dječji klub – Luka",
         """Poštovani,

prije dvije godine upisali smo sina Luku u vaš Dječji klub. Luka je umro u ožujku. Ovih dana opet je stigla čestitka „Sretan 4. rođendan, Luka!“ s kuponom.

Molim vas da nam više ne šaljete nikakve čestitke ni ponude Dječjeg kluba i da izbrišete Lukine podatke iz našeg profila.

Ana Pavlović""",
         "Ana Pavlović"),

        ("complaint", (),
         "Još uvijek staro prezime – treći put",
         """Poštovani,

u srpnju sam vam poslala pravomoćnu presudu o razvodu i zamolila da mi na računu vratite djevojačko prezime. U kolovozu ste mi javili da je promijenjeno. U profilu doista piše Marija Šimić, ali newsletter, SMS-ovi, pa čak i račun od prošlog tjedna i dalje glase na „Marija Jurić“ – prezime bivšeg supruga, kojeg se pokušavam riješiti.

Dvaput sam to prijavila vašoj službi za korisnike i nitko mi se nije javio. Ovo nije sitnica. Ako se ništa ne promijeni, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka.

Marija Šimić""",
         "Marija Šimić"),

        ("other", (),
         "Kartica vjernosti u Nizozemskoj?",
         """Dobar dan,

u siječnju se selim u Nizozemsku. Vrijedi li vaša kartica vjernosti i tamo, i dostavljate li narudžbe iz web trgovine u Nizozemsku? Ne bih htio izgubiti skupljene bodove.

Lijep pozdrav,
Davor Šarić""",
         "Davor Šarić"),
    ],

    "sv": [
        ("access", ("withdraw_consent",),
         "Min mammas uppgifter – god man",
         """Hej,

sedan september är jag god man för min mamma, Birgitta Holm, som har flyttat till ett äldreboende. Hon har haft kundkort hos er i många år.

Jag vill veta vilka personuppgifter ni har om henne och vilka köp som är registrerade på kortet de senaste två åren. Jag bifogar beslutet om godmanskap och en kopia på min legitimation.

Dessutom skickas katalogen och reklamen fortfarande till hennes gamla lägenhet, som nu är såld. Den vill hon inte ha längre, varken där eller på boendet, så stoppa utskicken, tack.

Vänliga hälsningar
Per Holm""",
         "Per Holm"),

        ("other", (),
         "Order 40712 – annan adress bara denna gång",
         """Hej,

kan ni ändra leveransadressen för order 40712 till min svärmors adress, Rue Haute 17, 1301 Bierges? Vi håller på att flytta och vet inte säkert att vi är på plats i den nya lägenheten när paketet kommer. Det gäller bara den här ordern – adressen på kontot ska vara som den är.

Tack!
Maria Karlsson""",
         "Maria Karlsson"),

        ("correction", (),
         "Fel stavning på mitt namn",
         """Hej!

Mitt namn är Åsa Lindqvist – med Å och q. Ända sedan jag skaffade konto 2019 har ni skrivit ”Asa Lindkvist”, både på kundkortet och i alla mejl. Det har inte stört mig jättemycket, men nu när paket ska hämtas ut mot legitimation blir det krångel.

Kan ni rätta det?

/Åsa""",
         "Åsa Lindqvist"),

        ("deletion", (),
         "Ta bort mig från gemensamt konto",
         """Hej,

jag och min sambo har gått isär. Vi har haft ett gemensamt konto hos er som står på honom, Erik Nyström, men där finns också mitt namn, mitt mobilnummer och min mejladress.

Jag vill att ni tar bort alla mina uppgifter från det kontot. Själva kontot är hans, så det ska inte stängas.

Mvh
Sara Berg""",
         "Sara Berg"),

        ("portability", ("deletion",),
         "Flyttar hem – export av mina uppgifter",
         """Hej,

efter åtta år i Bryssel flyttar jag hem till Göteborg i december. Innan jag avslutar mitt konto skulle jag vilja få ut min köphistorik, mina sparade listor och bonuspoängen i en fil som går att läsa in i andra program, helst CSV eller JSON. Jag har läst att man har rätt till dataportabilitet, och jag vill kunna ta med mig uppgifterna.

När jag har fått filen får ni gärna radera kontot och allt som hör till det.

Tack på förhand,
Johan Eriksson""",
         "Johan Eriksson"),

        ("other", (),
         "Kondoleanskort och blommor",
         """Hej, jag skulle vilja beställa en bukett och ett kondoleanskort till en kollega vars pappa har gått bort. Kan ni leverera till hennes hemadress på fredag, och kan jag skriva en egen hälsning på kortet när jag beställer? Jag hittar inget fält för det på sidan.

/Anders Nilsson""",
         "Anders Nilsson"),

        ("restriction", (),
         "Felaktigt födelsedatum – vänta med att använda det",
         """Hej,

i mitt konto står födelsedatumet 1983-04-12, men jag är född 1988. Er kundtjänst har svarat att ni behöver en kopia på id-handling för att ändra det. Mitt gamla pass gick ut när jag bytte efternamn och det nya kommer först om ett par veckor.

Tills ni har kunnat kontrollera uppgiften ber jag er att begränsa behandlingen av mina personuppgifter: spara dem, men använd dem inte till någonting förrän det här är utrett. Jag skickar passkopian så fort jag har den.

Hälsningar
Linnea Sjöberg""",
         "Linnea Sjöberg"),

        ("withdraw_consent", (),
         "avregistrering",
         """Hej. Jag har gått i pension och flyttat till Spanien för gott, så jag kommer inte att handla hos er längre. Avregistrera mig från nyhetsbrevet och sms-utskicken, tack.

Mvh Lars-Göran Andersson""",
         "Lars-Göran Andersson"),

        ("complaint", (),
         "Post till min avlidna fru",
         """Till er som ansvarar för kunduppgifter.

Min fru Karin gick bort i juli. I augusti skickade jag dödsbeviset till er och bad att hennes konto skulle avslutas. Jag fick ett svar om att ”ärendet är registrerat”.

I förra veckan kom ett kort: ”Grattis på födelsedagen, Karin! Här är 20 % rabatt till dig.” Och i går ännu ett mejl till henne. Jag förstår att det är ett datorsystem, men någon hos er har uppenbarligen inte gjort det jag bad om, och det är inte roligt att öppna sådant när man sitter ensam vid köksbordet.

Jag förväntar mig en förklaring.

Bengt Olsson""",
         "Bengt Olsson"),

        ("other", (),
         "Byta leveransdag",
         """Hej!

Vi har flyttat till Waterloo och adressen har jag redan ändrat på kontot. Går det att byta dag för matkassen från torsdag till tisdag? Ni verkar inte köra till vårt nya område på torsdagar.

Tack!
Emma Lund""",
         "Emma Lund"),
    ],

    "ro": [
        ("access", (),
         "Cerere de acces la date",
         """Bună ziua,

la sfârșitul lunii mă mut înapoi în România și vreau să fac puțină ordine în conturile pe care le am în Belgia. Vă rog să-mi trimiteți o copie a tuturor datelor personale pe care le aveți despre mine și să-mi spuneți cât timp le păstrați după ce nu mai cumpăr nimic de la dumneavoastră.

Numărul cardului de fidelitate: 6021 7789 0042.

Mulțumesc,
Andreea Stan""",
         "Andreea Stan"),

        ("other", (),
         "Lista de nuntă – livrarea cadourilor",
         """Bună ziua!

Avem o listă de nuntă la voi (nr. WL-40215). Între timp ne-am mutat într-un apartament nou. Cum facem ca toate cadourile de pe listă să fie livrate acolo și nu la adresa pe care am dat-o când am creat lista? Se poate schimba de la voi sau trebuie să o modificăm noi din aplicație?

Mulțumim,
Alina și Vlad""",
         "Alina Radu"),

        ("correction", (),
         "Revenire la numele de fată",
         """Bună ziua,

în urma divorțului, pronunțat în septembrie, am revenit la numele de fată. Vă rog să modificați numele din contul meu din Elena Munteanu în Elena Popescu, inclusiv pe cardul de fidelitate. Pot trimite o copie a sentinței sau a noului buletin, dacă este nevoie.

Cu stimă,
Elena Popescu""",
         "Elena Popescu"),

        ("portability", (),
         "Istoricul comenzilor din contul comun",
         """Bună,

eu și fostul meu partener am avut un cont comun la voi, pe adresa lui de e-mail. Ne-am despărțit și mi-am făcut cont nou, pe numele meu. Se poate să primesc istoricul comenzilor pe care le-am făcut eu din contul comun, într-un fișier CSV sau Excel, ca să-l încarc în noul cont sau măcar să-l am eu? Mă interesează mai ales garanțiile la electrocasnice.

Mersi,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),

        ("restriction", (),
         "Contul mamei – vă rog să nu-l ștergeți încă",
         """Bună ziua,

luna trecută v-am cerut să închideți contul mamei mele, Maria Ionescu, care a decedat în august. Între timp, notarul care se ocupă de succesiune ne-a cerut facturile pentru câteva electrocasnice cumpărate anul acesta.

Vă rog deci să nu ștergeți încă datele din cont. Blocați-l, nu trimiteți nimic pe numele ei și nu folosiți datele, dar păstrați-le până se încheie succesiunea (estimăm februarie). Vă anunț eu când se pot șterge definitiv.

Cu mulțumiri,
Mihai Ionescu""",
         "Mihai Ionescu"),

        ("other", (),
         "Card de fidelitate nou",
         """Bună ziua, la mutare mi s-a rupt cardul de fidelitate (nr. 6021 5512 8870). Îmi puteți face unul nou? Datele mele sunt aceleași, doar cardul fizic e distrus. Aș prefera să-l ridic din magazinul din Ixelles.

Mulțumesc,
Gabriela Toma""",
         "Gabriela Toma"),

        ("objection", ("withdraw_consent",),
         "Localizare și notificări în aplicație",
         """Bună ziua,

de când m-am mutat la Charleroi, aplicația voastră îmi arată oferte „pentru noul tău cartier” și magazinul cel mai apropiat de noua locuință. Înseamnă că folosiți localizarea și adresa mea ca să-mi faceți un profil.

Mă opun folosirii datelor mele de localizare și a istoricului de cumpărături pentru profilare și oferte personalizate. Și vă rog să opriți notificările push cu reclame, nu le mai vreau.

Radu Georgescu""",
         "Radu Georgescu"),

        ("withdraw_consent", (),
         "Catalog tipărit",
         """Bună ziua, vă rog să nu-mi mai trimiteți catalogul tipărit. M-am mutat înapoi la părinți și nu mai am nevoie de el. E-mailurile pot să rămână.

Mulțumesc, Cristina Marin""",
         "Cristina Marin"),

        ("complaint", ("access",),
         "Factură trimisă la adresa veche",
         """Bună ziua,

pe 2 octombrie mi-am schimbat adresa în cont. Cu toate acestea, factura pentru comanda 30981, cu numele meu complet, adresa nouă, numărul de telefon și ultimele cifre ale cardului, a fost trimisă prin poștă la vechea adresă. Noul chiriaș a deschis-o și mi-a adus-o – din fericire e un om de treabă.

Consider că este o încălcare a protecției datelor mele și vreau să știu cum s-a putut întâmpla. Vă rog, de asemenea, să-mi spuneți ce alte documente sau scrisori ați mai trimis la adresa veche după 2 octombrie.

Dacă nu primesc un răspuns clar, voi depune o plângere la autoritatea belgiană pentru protecția datelor.

Florin Constantin""",
         "Florin Constantin"),

        ("other", (),
         "Cadou de pensionare",
         """Bună ziua,

colegul nostru iese la pensie pe 28 noiembrie și vrem să-i facem un cadou din partea echipei: espressorul X-200 și un set de căni. Puteți face un ambalaj de cadou și adăuga o felicitare cu textul nostru? Și se poate livra la birou, cu factura pe firmă?

Mulțumesc,
Sorin Vasile""",
         "Sorin Vasile"),
    ],

    "el": [
        ("access", (),
         "Ποια στοιχεία μου έχετε;",
         """Καλησπέρα σας,

πρόσφατα χώρισα και μετακόμισα. Για χρόνια ψωνίζαμε με τον πρώην σύζυγό μου από τον ίδιο λογαριασμό, που είναι στο δικό του email, αλλά κάποια στιγμή είχα προσθέσει και δική μου κάρτα μέλους.

Θα ήθελα να μου στείλετε αντίγραφο όλων των προσωπικών δεδομένων που έχετε για μένα και να μου πείτε ποιος άλλος έχει πρόσβαση σε αυτά – δηλαδή αν ο πρώην σύζυγός μου μπορεί να δει τις αγορές που κάνω με τη δική μου κάρτα.

Ευχαριστώ,
Κατερίνα Παπαδοπούλου""",
         "Κατερίνα Παπαδοπούλου"),

        ("deletion", ("correction",),
         "Παλιές διευθύνσεις και τηλέφωνο",
         """Γεια σας,

μετακόμισα από τις Βρυξέλλες στη Θεσσαλονίκη και βλέπω ότι στον λογαριασμό μου υπάρχουν ακόμα δύο παλιές διευθύνσεις και το βελγικό μου κινητό, που δεν ισχύει πια. Παρακαλώ διαγράψτε τις παλιές διευθύνσεις και τον παλιό αριθμό και βάλτε το καινούργιο μου κινητό: +30 694 123 4567.

Ευχαριστώ,
Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),

        ("other", (),
         "Κάρτα συλλυπητηρίων με την παραγγελία",
         """Καλημέρα,

θέλω να στείλω ένα καλάθι με τσάι και μπισκότα σε μια φίλη που έχασε τον πατέρα της. Μπορώ να προσθέσω μια κάρτα συλλυπητηρίων με δικό μου μήνυμα, και να μη φαίνεται η τιμή μέσα στο δέμα;

Ευχαριστώ,
Μαρία Ζαχαρίου""",
         "Μαρία Ζαχαρίου"),

        ("portability", (),
         "Ιστορικό αγορών της μητέρας μου για την κληρονομιά",
         """Αξιότιμοι κύριοι,

η μητέρα μου, Ελένη Αντωνίου, απεβίωσε τον Σεπτέμβριο. Ο λογιστής που χειρίζεται την κληρονομιά μάς ζήτησε το πλήρες ιστορικό των αγορών της από το κατάστημά σας τα τελευταία τρία χρόνια, σε αρχείο που ανοίγει στο Excel (CSV ή κάτι παρόμοιο), όχι σε μεμονωμένα PDF.

Μπορείτε να μου το στείλετε σε αυτό το email ή απευθείας στον λογιστή (γραφείο Verbeke & Co); Επισυνάπτω τη ληξιαρχική πράξη θανάτου και το πιστοποιητικό πλησιεστέρων συγγενών.

Με εκτίμηση,
Δημήτρης Αντωνίου""",
         "Δημήτρης Αντωνίου"),

        ("restriction", (),
         "Μη διαγράψετε τον λογαριασμό μου",
         """Καλημέρα,

έλαβα email ότι ο λογαριασμός μου θα διαγραφεί σε 30 ημέρες λόγω αδράνειας. Δεν ψωνίζω εδώ και δύο χρόνια γιατί δουλεύω στο Λουξεμβούργο, αλλά του χρόνου επιστρέφω στις Βρυξέλλες.

Σας παρακαλώ να μην τον διαγράψετε. Στο ιστορικό έχω τις αγορές για το πλυντήριο και την τηλεόραση, που είναι ακόμα στην εγγύηση. Κρατήστε τα δεδομένα μου όπως είναι, αλλά μη τα χρησιμοποιείτε για τίποτα – «παγώστε» τον λογαριασμό μέχρι να σας ξαναγράψω.

Ευχαριστώ,
Σοφία Μιχαηλίδου""",
         "Σοφία Μιχαηλίδου"),

        ("objection", (),
         "Δεν είμαι νέα μητέρα",
         """Καλησπέρα,

τον Σεπτέμβριο αγόρασα από εσάς ένα καρότσι και ένα κρεβατάκι για το πρώτο μου εγγόνι. Από τότε κάθε email σας ξεκινά με «Συγχαρητήρια για το μωρό σας!» και η εφαρμογή μού προτείνει θήλαστρα. Είμαι 63 χρονών.

Την πρώτη φορά χαμογέλασα, αλλά τώρα πια με ενοχλεί. Δεν θέλω να με κατατάσσετε σε κατηγορίες με βάση τις αγορές μου και αντιτίθεμαι στη χρήση των δεδομένων μου για τέτοια «εξατομικευμένη» διαφήμιση.

Βασιλική Κωνσταντίνου""",
         "Βασιλική Κωνσταντίνου"),

        ("withdraw_consent", (),
         "Συνταξιοδότηση – newsletter",
         """Καλημέρα σας. Από 1η Δεκεμβρίου βγαίνω στη σύνταξη και το εταιρικό μου email καταργείται. Δεν χρειάζεται να μεταφέρετε το newsletter κάπου αλλού – απλώς σταματήστε να μου το στέλνετε, όπως και τα SMS με τις προσφορές.

Ευχαριστώ,
Γιάννης Παπαδάκης""",
         "Γιάννης Παπαδάκης"),

        ("other", (),
         "Παραγγελία 61204 – άλλη διεύθυνση μόνο αυτή τη φορά",
         """Γεια σας,

είμαστε στη μέση της μετακόμισης και το παλιό σπίτι θα είναι άδειο από την Παρασκευή. Μπορείτε να στείλετε την παραγγελία 61204 στο σπίτι των γονιών μου (Chaussée de Wavre 210, 1050 Ixelles); Μόνο γι' αυτή την παραγγελία – τη διεύθυνση στον λογαριασμό θα την ενημερώσω μόνος μου όταν τακτοποιηθούμε.

Ευχαριστώ,
Κώστας Βλάχος""",
         "Κώστας Βλάχος"),

        ("complaint", ("correction",),
         "Για τρίτη φορά: δεν είμαι «κύριος»",
         """Καλησπέρα,

τον Ιούλιο σας ενημέρωσα ότι άλλαξα το όνομά μου μετά τη μετάβασή μου και σας έστειλα τη νέα μου ταυτότητα. Το όνομα στον λογαριασμό άλλαξε σε Δάφνη Αλεξίου, αλλά κάθε email σας εξακολουθεί να ξεκινά με «Αγαπητέ κύριε Αλεξίου». Το ανέφερα ξανά τον Σεπτέμβριο στην εξυπηρέτηση πελατών και δεν πήρα καμία απάντηση.

Είναι κουραστικό και πληγωτικό να το βλέπω κάθε εβδομάδα. Ζητώ να διορθωθεί επιτέλους η προσφώνηση σε «κυρία» σε όλα τα συστήματά σας. Αν δεν γίνει, θα απευθυνθώ στην αρχή προστασίας δεδομένων.

Δάφνη Αλεξίου""",
         "Δάφνη Αλεξίου"),

        ("other", (),
         "Λίστα γάμου",
         """Καλησπέρα!

Ο γάμος μας μεταφέρθηκε από τις 14 στις 28 Νοεμβρίου. Μπορείτε να αλλάξετε την ημερομηνία στη λίστα γάμου μας (αρ. WL-52290), ώστε τα δώρα να παραδοθούν μετά τον γάμο; Επίσης, πώς αφαιρούμε ένα προϊόν από τη λίστα; Δεν βρίσκω αυτή τη δυνατότητα στην εφαρμογή.

Ευχαριστούμε,
Ελένη και Στέφανος""",
         "Ελένη Καραγιάννη"),
    ],

    "bg": [
        ("access", (),
         "Какви данни имате за мен?",
         """Здравейте,

докато бяхме женени, бившият ми съпруг ме беше добавил като втори титуляр към своята карта за лоялност. Сега сме разведени и не знам какво точно се пази при вас за мен.

Моля, изпратете ми копие на личните данни, които обработвате за мен, откъде сте ги получили (от мен или от него) и дали сте ги предоставяли на трети лица.

Поздрави,
Десислава Петрова""",
         "Десислава Петрова"),

        ("correction", (),
         "Грешна дата на раждане",
         """Здравейте,

вчера получих имейл „Честит рожден ден, Иване!“ с ваучер. Благодаря, но рожденият ми ден е на 11 март, а не на 3 ноември. Явно при регистрацията някой е объркал датата (03.11 вместо 11.03).

Моля, коригирайте датата на раждане в профила ми на 11.03.1979.

Иван Георгиев""",
         "Иван Георгиев"),

        ("other", (),
         "Поръчка 88213 – друг адрес само този път",
         """Здравейте,

може ли поръчка 88213 да бъде доставена у сестра ми (Avenue Brugmann 88, 1190 Forest) вместо на адреса в профила? Местим се тази седмица и няма кой да я приеме. Само за тази поръчка – адресът в профила си остава същият.

Благодаря,
Николай Стоянов""",
         "Николай Стоянов"),

        ("deletion", ("withdraw_consent",),
         "Моля, изтрийте ме от профила на бившия ми",
         """Здравейте,

с бившия ми приятел се разделихме през лятото. Имахме общ профил при вас, регистриран на неговия имейл, в който са записани трите ми имена, телефонът ми и адресът, на който живея сега – поръчвах през него и след като се изнесох. Той продължава да получава на своя имейл оферти, адресирани до мен.

Моля, изтрийте всички мои данни от този профил и спрете бюлетина и SMS-ите, които идват на мое име.

Благодаря,
Гергана Николова""",
         "Гергана Николова"),

        ("portability", ("correction",),
         "Нов имейл и експорт на данните",
         """Здравейте,

смених работата си и служебният имейл, с който съм регистриран при вас, ще бъде закрит в края на месеца. Моля, сменете имейла в профила ми с този, от който пиша.

Освен това бих искал да получа историята на покупките си и точките по картата във формат, който мога да отворя и обработя – CSV или JSON. Искам да ги прехвърля в приложението, с което следя разходите на домакинството.

Поздрави,
Стефан Димитров""",
         "Стефан Димитров"),

        ("restriction", (),
         "Спорен профил – моля, замразете го",
         """Здравейте,

в процес на развод сме и бившият ми съпруг твърди, че профилът и картата за лоялност (№ 6021 8830 4417) са негови, въпреки че са регистрирани на моето име и аз съм ги открила. Иска да ги прехвърлите на него.

Докато въпросът се изясни, моля да ограничите обработването на данните в профила: нищо да не се изтрива и променя и данните да не се използват, докато не ви предоставя решение на съда или споразумение. Историята на покупките ми трябва за делото.

С уважение,
Радостина Тодорова""",
         "Радостина Тодорова"),

        ("other", (),
         "Венец и съболезнователна картичка",
         """Здравейте, почина бащата на наш колега и искаме от името на отдела да изпратим цветя и съболезнователна картичка. Доставяте ли в събота и може ли на картичката да се отпечата текст на български? Ако не може, ще я напишем на ръка и ще я донесем в магазина.

Благодаря,
Веселина Христова""",
         "Веселина Христова"),

        ("objection", (),
         "Оферти за пенсионери",
         """Здравейте,

откакто в профила си посочих, че съм пенсионер (заради отстъпката в сряда), ми изпращате само оферти за слухови апарати, ортопедични възглавници и лупи. Личи си, че сте ме сложили в някаква категория „възрастни“.

Възразявам срещу това да използвате данните ми за профилиране и насочена реклама. Отстъпката в сряда искам да си остане, но без тези „персонализирани“ предложения.

Петър Иванов""",
         "Петър Иванов"),

        ("complaint", ("deletion",),
         "Писма до починалия ми съпруг",
         """Уважаеми господа,

съпругът ми Христо Атанасов почина през юни. В началото на юли ви изпратих акта за смърт и помолих профилът му да бъде закрит. Получих отговор, че „всичко е наред“.

Въпреки това в понеделник пристигна каталог на негово име, а вчера – картичка „Честит рожден ден, г-н Атанасов!“. Не мога да ви опиша какво изпитах, когато я отворих.

Настоявам данните му да бъдат изтрити веднага и искам да разбера защо молбата ми не е изпълнена. Ако това се повтори, ще подам жалба до органа за защита на данните.

Мария Атанасова""",
         "Мария Атанасова"),

        ("other", (),
         "Подарък за бебе – без цена",
         """Здравейте,

поръчах комплект за новородено като подарък за приятелка (поръчка 88460). Може ли да махнете цената от касовата бележка в пакета или да сложите подаръчна бележка? И ако може, изтрийте съобщението ми в полето за бележки, написах го грешно – да е само „Честито, Мила и Дани!“.

Благодаря,
Цветелина Илиева""",
         "Цветелина Илиева"),
    ],
}

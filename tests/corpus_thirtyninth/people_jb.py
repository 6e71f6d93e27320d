"""Thirty-ninth set, worried parents, patients and customers writing about children, health and other sensitive data (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtyninth.py)."""

PEOPLE_JB = {
    "pl": [
        ("access", (),
         "Jakie dane o moim zdrowiu Państwo przechowują?",
         """Dzień dobry,

od kilku lat korzystam z Państwa aplikacji z przepisami i w profilu zaznaczyłam kiedyś, że mam nietolerancję laktozy i uczulenie na orzechy. Kupuję też regularnie w dziale apteczno-parafarmaceutycznym w sklepie w Antwerpii i zawsze płacę z kartą lojalnościową.

Na podstawie art. 15 RODO proszę o informację, jakie dane dotyczące mojego zdrowia (albo takie, z których można coś o moim zdrowiu wywnioskować) są u Państwa zapisane, skąd pochodzą, komu zostały przekazane i jak długo będą przechowywane. Proszę również o kopię tych danych.

Numer karty: 6301 4478 2290

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("deletion", ("access",),
         "konto córki (14 lat)",
         """Dzień dobry,

przed chwilą dowiedziałem się, że nasza córka Zuzia (ma 14 lat) sama założyła konto w Państwa sklepie internetowym i w aplikacji, bez naszej wiedzy. Podała prawdziwe imię i nazwisko, datę urodzenia, adres i swój numer telefonu.

Proszę o usunięcie tego konta i wszystkich danych Zuzi. Chciałbym też wiedzieć, co dokładnie zdążyli Państwo o niej zebrać i czy cokolwiek zostało przekazane dalej, np. partnerom reklamowym.

Konto jest założone na adres zuzia.kowalczyk12@wp.pl.
Jestem jej ojcem, w razie potrzeby prześlę skan aktu urodzenia.

Pozdrawiam
Tomasz Kowalczyk""",
         "Tomasz Kowalczyk"),
        ("objection", ("withdraw_consent",),
         "Nie zgadzam się na takie „rekomendacje”",
         """Witam,

od dwóch tygodni aplikacja pokazuje mi w sekcji „Polecane dla Ciebie” testy ciążowe, kwas foliowy i body dla niemowląt. Kupiłam u Państwa jeden test, raz. Nikomu jeszcze nie mówiłam, a telefon często leży na stole przy całej rodzinie.

Nie zgadzam się, żeby na podstawie moich zakupów ktokolwiek wyciągał wnioski o moim zdrowiu czy o tym, czy jestem w ciąży. Proszę wyłączyć takie profilowanie na moim koncie. Maili z promocjami też już nie chcę dostawać.

Karolina N.""",
         "Karolina Nowicka"),
        ("portability", (),
         "Eksport danych z aplikacji z przepisami",
         """Dzień dobry,

razem z żoną przechodzimy na inną aplikację do planowania posiłków, bo syn ma celiakię, a tam jest lepsza baza przepisów bezglutenowych. Czy mogę dostać wszystko, co zapisałem w Państwa aplikacji – ustawienia diety, listę alergenów, ulubione przepisy i listy zakupów – w pliku, który da się zaimportować gdzie indziej (CSV, JSON, cokolwiek czytelnego maszynowo)? O ile wiem, art. 20 RODO daje mi takie prawo.

Konto: m.zielinski@onet.pl

Dziękuję i pozdrawiam
Marek Zieliński""",
         "Marek Zieliński"),
        ("complaint", ("deletion",),
         "Zdjęcie mojego syna w internecie – bez naszej zgody",
         """Szanowni Państwo,

w październiku mój syn Kuba (7 lat) brał udział w konkursie rysunkowym w Państwa sklepie w Gandawie. Zgodziliśmy się na to, żeby jego rysunek wisiał w sklepie. NIE zgadzaliśmy się na publikowanie zdjęć dziecka. Tymczasem na Państwa profilu na Facebooku i na Instagramie jest zdjęcie Kuby z rysunkiem, a w podpisie jego imię, nazwisko i wiek.

Nikt nas o nic nie pytał. Jestem naprawdę wściekła. Żądam natychmiastowego usunięcia tego zdjęcia oraz wszystkich innych zdjęć mojego syna, które Państwo posiadają. Jeśli w ciągu kilku dni nic się nie zmieni, złożę skargę do belgijskiego organu ochrony danych.

Anna Lewandowska""",
         "Anna Lewandowska"),
        ("withdraw_consent", (),
         "wypisanie z Kids Club",
         """Dzień dobry, proszę już nie wysyłać nam maili ani SMS-ów z Kids Club, dzieci z tego wyrosły :)

Dziękuję
Ewa Kamińska""",
         "Ewa Kamińska"),
        ("restriction", (),
         "Dane córki – proszę o wstrzymanie",
         """Dzień dobry,

jestem w trakcie rozwodu. Córka (Hania, 9 lat) ma u Państwa kartę klubu urodzinowego, którą założył jej ojciec na swój adres e-mail. Wiem, że chce teraz zmienić w niej dane, m.in. adres, a sprawa o władzę rodzicielską toczy się w sądzie.

Bardzo proszę, żeby do czasu rozstrzygnięcia nie zmieniać, nie usuwać i nie wykorzystywać danych Hani – niech zostaną tak, jak są, zablokowane. Mogę przesłać postanowienie sądu.

Numer karty: 4410 0093 1178

Z poważaniem
Joanna Mazur""",
         "Joanna Mazur"),
        ("other", (),
         "Alergeny – batoniki owsiane",
         """Dzień dobry,

syn ma silną alergię na orzeszki ziemne. Czy batoniki owsiane Państwa marki własnej (te z żurawiną, 6 szt.) mogą zawierać śladowe ilości orzechów? W danych produktu na stronie jest tylko skład, bez ostrzeżeń, a na opakowaniu druk jest tak mały, że nie umiem się doczytać.

Dziękuję za odpowiedź
Magdalena Szymańska""",
         "Magdalena Szymańska"),
        ("other", (),
         "Podziękowanie",
         """Dzień dobry,

w sobotę 7 listopada w sklepie w Leuven moja córka nagle zasłabła przy kasie (ma cukrzycę, spadł jej cukier). Pani kasjerka i pan z ochrony bardzo szybko zareagowali, przynieśli sok i krzesło, posiedzieli z nami. Z córką już wszystko dobrze.

Nie wiem, do kogo napisać, więc piszę tutaj – proszę przekazać im ogromne podziękowania.

Beata Wójcik""",
         "Beata Wójcik"),
        ("other", (),
         "Wymiana rozmiaru – zamówienie 2026-884213",
         """Dzień dobry,

zamówiłam dla syna kalosze w rozmiarze 31, okazały się za małe. Chciałabym je wymienić na 32. Na moim koncie przy zamówieniu nie ma przycisku wymiany, jest tylko zwrot. Czy muszę je zwrócić i zamówić jeszcze raz?

Pozdrawiam
Katarzyna Dąbrowska""",
         "Katarzyna Dąbrowska"),
    ],
    "cs": [
        ("correction", (),
         "Špatné datum narození v účtu",
         """Dobrý den,

při registraci jsem zřejmě špatně napsala rok narození a v účtu mám teď 12. 3. 2012 místo 12. 3. 1992. E-shop mi proto nedovolí koupit víno (prý jsem nezletilá) a v aplikaci mi chodí nabídky na školní potřeby :)

Můžete mi prosím datum narození opravit na 12. 3. 1992? Sama to v nastavení změnit nemůžu, to pole je zašedlé.

Děkuji
Lucie Horáková""",
         "Lucie Horáková"),
        ("deletion", ("withdraw_consent",),
         "Smazání receptu z aplikace",
         """Dobrý den,

v září jsem přes vaši aplikaci nahrál fotku receptu od lékaře, abych si mohl vyzvednout léky v lékárenském koutku vaší prodejny v Bruselu. Léky mám dávno vyzvednuté, ale recept (i s diagnózou) je v aplikaci pořád vidět.

Žádám o jeho výmaz a o smazání všech údajů o mých lécích, které k tomu máte uložené. A prosím, přestaňte mi posílat push notifikace s nabídkami z lékárny, ty už nechci.

S pozdravem
Jan Procházka""",
         "Jan Procházka"),
        ("access", (),
         "Narozeninový klub – jaké údaje o synovi máte",
         """Dobrý den,

syna Matěje jsme před třemi lety přihlásili do vašeho narozeninového klubu. Teď mu k narozeninám chodí přání s doporučením hraček „pro jeho věk“ a mě by zajímalo, co všechno o něm vlastně evidujete.

Prosím o přehled všech osobních údajů, které o Matějovi máte (jméno, datum narození, nákupy, fotky?), k čemu je používáte, jestli jste je získali i odjinud a komu je předáváte. Případně i o jejich kopii.

Jsem jeho otec a zákonný zástupce.

Děkuji,
Petr Dvořák""",
         "Petr Dvořák"),
        ("objection", ("access",),
         "Kamery v prodejně – námitka",
         """Dobrý den,

u vchodu do vaší prodejny v Lovani visí cedulka, že kamery „analyzují pohyb zákazníků za účelem zlepšení služeb“. Kolegyně mi říkala, že systém odhaduje i věk a pohlaví lidí.

S tím nesouhlasím. Podle čl. 21 GDPR vznáším námitku proti jakékoli analýze mého obličeje a mého chování v prodejně. Zároveň mi prosím sdělte, jestli o mně takové údaje máte a jestli je propojujete s mou věrnostní kartou (č. 6301 8830 2214).

Karel Novotný""",
         "Karel Novotný"),
        ("complaint", ("deletion",),
         "",
         """Dobrý den,

v létě jsem si ve vaší aplikaci zapnula „Těhotenského průvodce“ a zadala termín porodu. V srpnu jsem o miminko přišla. Průvodce jsem hned vypnula a odhlásila jsem se i z newsletteru pro maminky.

Dnes mi přesto přišel e-mail „Vaše miminko je na světě! Gratulujeme“ se slevou na pleny. Nedokážu popsat, jak mi bylo. Odhlásila jsem se, a vy mi stejně dál posíláte takové věci – a ještě na základě údaje o mém zdraví.

Chci vědět, jak se to mohlo stát. A chci, abyste ten termín porodu a všechno, co s tím souvisí, z mého účtu smazali.

Tereza Králová""",
         "Tereza Králová"),
        ("portability", (),
         "Export nákupů – CSV",
         """Dobrý den,

starám se o tátu a kupuju u vás pro něj inkontinenční pomůcky. Pojišťovna (mutualita) mi na ně přispívá a nově má aplikaci, do které se dají doklady nahrát ze souboru.

Můžete mi prosím poslat všechny nákupy z mé věrnostní karty za rok 2026 ve strojově čitelné podobě (CSV nebo Excel), podle čl. 20 GDPR? Opisovat to ručně z účtenek fakt nejde.

Karta: 6301 2201 7745

Děkuji,
Veronika Černá""",
         "Veronika Černá"),
        ("withdraw_consent", (),
         "Odhlášení – dětský klub",
         """Dobrý den, prosím odhlaste nás z e-mailů a SMS dětského klubu (Eliška Marešová, 11 let), už o ně nestojíme.

Děkuji. J. Marešová""",
         "Jana Marešová"),
        ("other", (),
         "Od kolika let je ta stavebnice?",
         """Dobrý den,

chci synovci k narozeninám koupit magnetickou stavebnici (kód 40017, 62 dílků). Na webu u produktu máte „od 3 let“, ale na fotce krabice je „8+“ a varování, že obsahuje malé magnety. Synovci budou teprve čtyři, tak nevím. Které údaje platí?

Díky,
Ondřej Veselý""",
         "Ondřej Veselý"),
        ("other", (),
         "Mikulášská besídka dětského klubu",
         """Dobrý den,

kdy letos bude mikulášská besídka dětského klubu v prodejně v Gentu? Dcera se moc těší, loni jsme to prošvihli, protože byla nemocná. Je potřeba děti předem přihlásit, nebo stačí přijít?

Děkuji,
Hana Pokorná""",
         "Hana Pokorná"),
        ("other", (),
         "Prosba o příspěvek do tomboly",
         """Vážení,

jsme spolek rodičů při české sobotní škole v Bruselu. Každý rok v prosinci pořádáme pro děti vánoční jarmark s tombolou a výtěžek jde na učebnice a výlety.

Chtěli bychom vás poprosit o drobný věcný dar do tomboly (hračky, výtvarné potřeby, poukázka…). Pokud byste souhlasili, pošlete nám prosím údaje vaší firmy, abychom vám mohli poděkovat na plakátu a ve zpravodaji.

S pozdravem za výbor spolku
Martina Kučerová""",
         "Martina Kučerová"),
    ],
    "hr": [
        ("restriction", ("correction",),
         "Netočan podatak o dijabetesu – molim ograničenje obrade",
         """Poštovani,

u aplikaciji mi se pod „Moj profil prehrane“ pojavila oznaka „dijabetičar“ i sad mi stalno nudite proizvode bez šećera i glukometre. Ja nisam dijabetičar – te stvari kupujem za svoju majku.

Dok ne provjerite odakle vam taj podatak, tražim da ga ne koristite ni za što (čl. 18. Opće uredbe o zaštiti podataka) – ni za preporuke, ni za oglase, ni za partnere. Nakon provjere molim da se oznaka ispravi.

Lijep pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),
        ("access", (),
         "Pitanje o mojim podacima",
         """Bok,

zanima me što sve o meni imate. Kupujem kod vas i u ljekarničkom kutku (vitamini, testovi, kreme za ekcem) i uvijek plaćam karticom vjernosti. Možete li mi poslati popis svih podataka koje o meni čuvate, posebno onih koji govore nešto o mom zdravlju? I koliko dugo ih čuvate?

Hvala,
Maja""",
         "Maja Kovačević"),
        ("deletion", (),
         "Profil mog sina (13 g.) – molim brisanje",
         """Dobar dan,

moj sin Luka ima 13 godina i otvorio je kod vas korisnički račun da bi naručio slušalice (narudžbu smo otkazali). Nije imao naše dopuštenje. Molim vas da taj račun zatvorite i obrišete sve podatke o njemu, uključujući broj mobitela i adresu.

Račun je otvoren na e-mail luka.babic2013@gmail.com.

Hvala,
Marina Babić""",
         "Marina Babić"),
        ("correction", (),
         "Ažuriranje napomene za dostavu",
         """Poštovani,

prošle godine nakon operacije kuka zamolio sam da se u mom profilu za dostavu zabilježi da sam u invalidskim kolicima te da dostavljač pozvoni i pričeka. To više ne vrijedi, hodam normalno.

Molim vas da napomenu za dostavu promijenite u: „Dostava na vrata, 2. kat, nema lifta“ i da maknete podatak o kolicima. Usput sam vidio da mi je adresa još stara – nova je Avenue des Saisons 87, 1050 Ixelles.

Hvala unaprijed,
Zoran Marić""",
         "Zoran Marić"),
        ("objection", (),
         "Zašto mi šaljete Pride ponude?",
         """Pozdrav,

u lipnju sam kupio nekoliko majica iz vaše Pride kolekcije kao poklon prijatelju. Od tada mi aplikacija i webshop pod „Za tebe“ stalno preporučuju Pride stvari, a dobio sam i e-mail „Ponosni s tobom“. Mojim mobitelom se služi i moja obitelj.

Ne želim da iz mojih kupnji izvlačite zaključke o meni i mom privatnom životu. Protivim se tom profiliranju i tražim da ga za moj račun isključite.

Davor Jurić""",
         "Davor Jurić"),
        ("complaint", (),
         "Moja narudžba iz ljekarne poslana drugoj osobi",
         """Poštovani,

jučer mi je susjeda donijela e-mail koji je greškom dobila od vas: potvrdu MOJE narudžbe iz ljekarničkog dijela webshopa, s mojim imenom, adresom i popisom proizvoda (među ostalim lijek za štitnjaču i test za trudnoću). Kako je moguće da se tako nešto pošalje na tuđu adresu?

Ovo je ozbiljna povreda mojih podataka. Očekujem objašnjenje što se dogodilo, je li još netko to dobio i što ćete poduzeti da se ne ponovi. Ako u roku od tjedan dana ne dobijem odgovor, podnijet ću pritužbu nadzornom tijelu.

Ana Perić""",
         "Ana Perić"),
        ("withdraw_consent", ("deletion",),
         "Odjava – Baby klub",
         """Dobar dan,

molim da me odjavite s e-mailova, SMS-ova i push obavijesti Baby kluba. Beba je stigla, više mi ne treba. Ujedno obrišite i termin poroda koji sam upisala u aplikaciju.

Hvala,
Sanja Knežević""",
         "Sanja Knežević"),
        ("other", (),
         "Rođendanska torta – alergeni",
         """Dobar dan,

htjela bih naručiti dječju rođendansku tortu iz vaše ponude (onu s dinosaurom, za 12 osoba). Sin je alergičan na jaja. Postoji li varijanta bez jaja ili barem točan popis alergena? Rođendan je 21. studenoga, pa bih trebala znati do kraja tjedna.

Hvala,
Ivana Pavlović""",
         "Ivana Pavlović"),
        ("other", (),
         "Radionica lampiona 31.10.",
         """Pozdrav,

kći (8 g.) je članica vašeg dječjeg kluba i pozvani smo na radionicu izrade lampiona u subotu 31. listopada u trgovini u Namuru. Smije li doći i njezin mlađi brat (4 g.), koji nije član? Platit ću materijal ako treba.

Lijep pozdrav,
Tomislav Šarić""",
         "Tomislav Šarić"),
        ("other", (),
         "Zamjena ortopedskih uložaka",
         """Dobar dan,

prošli tjedan sam u webshopu kupila ortopedske uloške za kćer, broj 36, a trebao je 35. Mogu li ih zamijeniti u trgovini u Bruxellesu ili samo poštom? Papirnati račun sam bacila, a e-mail s računom sam slučajno izbrisala – narudžba je broj 2026-812907, ako to pomaže.

Hvala,
Mirjana Vuković""",
         "Mirjana Vuković"),
    ],
    "sv": [
        ("deletion", (),
         "Ta bort allergiuppgifter ur min profil",
         """Hej!

För ett par år sedan fyllde jag i i receptappen att min dotter har nötallergi och att jag äter laktosfritt. Vi använder inte appen längre och jag vill inte att ni sparar sådant om oss. Kan ni radera alla uppgifter om allergier och kost i min profil? Själva kontot får gärna finnas kvar, jag handlar fortfarande hos er.

Tack på förhand
Sara Lindqvist""",
         "Sara Lindqvist"),
        ("access", (),
         "Begäran om registerutdrag",
         """Hej,

jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen.

Jag vill särskilt veta om ni har några uppgifter som rör min hälsa – jag har köpt graviditetstester, inkontinensskydd och liknande både i webbshoppen och på apotekshyllan i butiken i Bryssel – och om ni har dragit några slutsatser av mina köp (profiler, kundsegment eller liknande). Ange också vilka ni har delat uppgifterna med och hur länge de sparas.

Med vänliga hälsningar
Johanna Berg""",
         "Johanna Berg"),
        ("portability", (),
         "Mina och min sons uppgifter i en fil",
         """Hej,

vi flyttar hem till Sverige i december. Min son har specialskor och i mitt konto har ni sparat hans fotmått, storlekar och alla beställningar av ortopediska inlägg. Kan ni skicka alla uppgifter i mitt konto, även hans, i en maskinläsbar fil (CSV eller JSON går bra) så att jag kan ta med dem till en ny butik? Om ni kan skicka dem direkt till butiken där hemma är det ännu bättre, jag kan ge er adressen.

Hälsningar
Erik Nyström""",
         "Erik Nyström"),
        ("objection", ("withdraw_consent",),
         "Ramadankampanjen",
         """Hej,

i våras fick jag ett mejl från er med rubriken ”Ramadan Mubarak! Erbjudanden just för dig”, antagligen för att jag brukar beställa halalkött hos er. Jag tycker inte om att ni sorterar kunder efter religion utifrån vad de köper.

Jag motsätter mig att ni använder mina köp för att dra slutsatser om min tro eller om något annat känsligt. Och stryk mig gärna från era reklamutskick också.

Amina Hassan""",
         "Amina Hassan"),
        ("correction", (),
         "Fel födelsedag på min dotter",
         """Hej!

Vår dotter Ella är med i er födelsedagsklubb, men ni har registrerat henne som född 14 november 2019. Hon är född 11 april 2019 – jag måste ha skrivit fel när jag anmälde henne i butiken. Hon fick ett grattiskort idag och blev väldigt förvirrad :) Kan ni ändra till 11/4 2019?

Medlemsnummer: KC-558201

Tack!
Linnea Ekström""",
         "Linnea Ekström"),
        ("complaint", ("deletion",),
         "Påminnelse – inget svar sedan 2 oktober",
         """Hej igen,

den 2 oktober bad jag er radera min sons konto (han var 12 när han skapade det). Jag fick ett automatiskt svar med ärendenummer 26-10-0471 men sedan ingenting. Nu har det gått mer än en månad, kontot finns kvar och han får fortfarande mejl från er.

Det här är andra gången jag skriver. Radera kontot nu. Om det inte är gjort inom en vecka anmäler jag er till den belgiska dataskyddsmyndigheten.

Mikael Sandberg""",
         "Mikael Sandberg"),
        ("restriction", (),
         "Spara videoinspelningen från 24 oktober",
         """Hej,

lördagen den 24 oktober runt kl. 15 stoppades min son (16 år) av en väktare i er butik på Meir i Antwerpen och anklagades för snatteri. Han hade inte tagit något, och vi kommer att bestrida anklagelsen.

Jag vet att kamerainspelningar brukar raderas efter en viss tid. Jag ber er att INTE radera inspelningarna från den eftermiddagen, utan spara dem – men inte använda dem till något annat – tills saken är utredd. Vi kan behöva dem som bevis.

Vänligen bekräfta att ni har fått detta.

Per Holmgren""",
         "Per Holmgren"),
        ("other", (),
         "Åldersgräns springcykel",
         """Hej!

Vilken ålder passar er springcykel i trä (art.nr 55120) för? På produktsidan står det 2–5 år, men min son är 22 månader och ganska lång för sin ålder. Sadeln verkar inte gå att sänka under 30 cm. Finns det en kortare sadelstolpe att köpa till?

Mvh
Oskar Lundgren""",
         "Oskar Lundgren"),
        ("other", (),
         "Förfrågan om bidrag till julmarknad",
         """Hej,

jag skriver från föräldraföreningen på den svenska förskolan i Waterloo. Den 5 december har vi julmarknad med lotteri för barnen och pengarna går till nya leksaker på gården.

Skulle ni kunna tänka er att skänka något till lotteriet, t.ex. ett presentkort eller några pyssellådor? Vi sätter gärna upp er logga på affischen – säg bara till om ni hellre vill vara anonyma.

Vänliga hälsningar
Karin Åberg""",
         "Karin Åberg"),
        ("other", (),
         "Raderade appen – kommer inte åt kundkortet",
         """Hej,

jag raderade er app av misstag när jag rensade telefonen, och nu när jag har laddat ner den igen kommer jag inte in. Den säger att kontot redan finns, men jag har glömt lösenordet och återställningsmejlet kommer aldrig. Jag behöver kundkortet i appen för att få barnrabatten på lördag. Hur gör jag?

Tack
Fredrik Wallin""",
         "Fredrik Wallin"),
    ],
    "ro": [
        ("complaint", (),
         "Noua mea adresă a ajuns la fostul soț",
         """Bună ziua,

Sunt furioasă și vă scriu cu toată seriozitatea. După divorț mi-am schimbat adresa în cont și am cerut explicit la magazinul din Charleroi ca noua adresă să nu fie comunicată nimănui. Fostul meu soț mai are acces la cardul de fidelitate comun pe care îl făcusem pentru copii (clubul copiilor), iar săptămâna trecută a primit de la dumneavoastră un e-mail cu confirmarea unei comenzi de-ale mele – cu noua adresă de livrare.

Există un ordin de protecție împotriva lui. Nu vă dați seama ce pericol ați creat. Vreau să știu cum s-a putut întâmpla așa ceva și cer să separați imediat contul meu și al copiilor de contul lui. Dacă nu primesc un răspuns în 48 de ore, depun plângere la autoritatea pentru protecția datelor.

Cristina Popescu""",
         "Cristina Popescu"),
        ("withdraw_consent", ("objection",),
         "dezabonare",
         """Bună ziua,

vă rog să mă scoateți de pe lista newsletterului „Bebe & Mami” și să nu mai primesc nici SMS-uri cu oferte. Și nu mai vreau nici recomandările alea „pentru tine” făcute după ce cumpăr, nu sunt de acord să-mi analizați cumpărăturile.

Mulțumesc,
Ioana""",
         "Ioana Dumitrescu"),
        ("deletion", ("access",),
         "Copia cărții de identitate",
         """Bună ziua,

la o livrare de vin din octombrie, curierul mi-a cerut buletinul și i-a făcut o poză cu telefonul, spunând că „așa e procedura pentru alcool”. Nu văd de ce ați păstra o copie a actului meu de identitate, cu CNP și tot.

Vă rog să ștergeți această copie și orice altă imagine a actului meu și să-mi confirmați în scris că ați făcut-o. Aș vrea să știu și dacă poza a fost trimisă cuiva (firma de curierat, vreo firmă de verificare etc.).

Comanda nr. 2026-771045

Cu stimă,
Andrei Ionescu""",
         "Andrei Ionescu"),
        ("access", (),
         "Ce date aveți despre fiica mea?",
         """Bună ziua,

am aflat că fiica noastră, Maria (15 ani), și-a făcut singură cont la dumneavoastră și în aplicație și a cumpărat deja de câteva ori, inclusiv cosmetice și produse din zona de farmacie. Înainte să hotărâm ce facem cu contul, aș vrea să știu exact ce date personale ați colectat despre ea, de unde le aveți, în ce scop le folosiți și dacă le-ați dat cuiva (parteneri de publicitate etc.).

Sunt mama ei și pot dovedi acest lucru.

Mulțumesc,
Elena Stan""",
         "Elena Stan"),
        ("restriction", (),
         "Nu ștergeți contul – am nevoie de istoricul comenzilor",
         """Bună ziua,

am primit un e-mail că mi se va șterge contul pe 30 noiembrie pentru că nu l-am mai folosit de doi ani. Vă rog să NU îl ștergeți încă: în 2024 am cumpărat de la dumneavoastră un scaun rulant și alte echipamente medicale pentru tatăl meu, iar mutualitatea îmi cere facturile pentru o rambursare care e încă în litigiu.

Puteți păstra datele, dar blocate – să nu le mai folosiți pentru nimic altceva, nici pentru reclame – până se încheie dosarul?

Cu respect,
Mihai Georgescu""",
         "Mihai Georgescu"),
        ("objection", (),
         "Opoziție – transmiterea datelor către parteneri",
         """Stimată doamnă, stimate domn,

Citind politica dumneavoastră de confidențialitate, am observat că datele de cumpărare ale clienților cu card de fidelitate sunt transmise unor „parteneri selectați” pentru publicitate personalizată. Eu cumpăr frecvent din secțiunea de parafarmacie produse pentru o afecțiune cronică a pielii.

În temeiul art. 21 din GDPR, mă opun transmiterii datelor mele către parteneri și utilizării lor pentru publicitate țintită. Vă rog să-mi confirmați că ați dat curs acestei cereri.

Cu stimă,
Dr. Radu Constantinescu""",
         "Radu Constantinescu"),
        ("correction", (),
         "Greșeală la numele fiului în clubul copiilor",
         """Bună,

fiul meu e înscris în clubul copiilor cu numele „Ștefania” în loc de „Ștefan” (probabil s-a completat greșit la casă) și de atunci primește numai recomandări cu păpuși și rochițe :) Vă rog să corectați numele în Ștefan și genul în băiat. Data nașterii e corectă (03.05.2018).

Card club: 7702 1145 0098

Mulțumesc frumos,
Alina Marin""",
         "Alina Marin"),
        ("other", (),
         "Alergeni – biscuiți pentru copii",
         """Bună ziua,

băiețelul meu are alergie la proteina din laptele de vacă. Biscuiții pentru copii de la marca dumneavoastră (cei cu morcov și banană, 12 luni+) conțin lapte sau urme de lapte? Pe etichetă scrie doar „poate conține”, fără să spună ce anume.

Mulțumesc,
Roxana Lungu""",
         "Roxana Lungu"),
        ("other", (),
         "Petrecerea de Moș Nicolae",
         """Bună ziua,

Anul trecut clubul copiilor a organizat în magazinul din Liège o petrecere de Moș Nicolae și copiilor mei le-a plăcut enorm. Se face și anul acesta? Dacă da, în ce zi și la ce oră, și trebuie să ne înscriem dinainte?

Vă mulțumesc,
Gabriela Stoica""",
         "Gabriela Stoica"),
        ("other", (),
         "Sponsorizare – serbarea de Crăciun a școlii",
         """Bună ziua,

Sunt învățătoare la școala românească de sâmbătă „Mihai Eminescu” din Bruxelles. Pe 12 decembrie organizăm serbarea de Crăciun pentru cei 40 de copii ai noștri și am vrea să le pregătim câte un mic pachețel.

V-ați gândi să ne sprijiniți cu câteva dulciuri sau rechizite? Dacă da, vă rog să ne trimiteți datele firmei, ca să vă putem mulțumi oficial și pe pagina școlii.

Cu drag,
Adriana Vasile""",
         "Adriana Vasile"),
    ],
    "el": [
        ("access", (),
         "Αναγνώριση προσώπου στα καταστήματα;",
         """Καλησπέρα σας,

Στο κατάστημά σας στη Λεωφόρο Λουίζ είδα μια ταμπέλα για «έξυπνες κάμερες». Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, θα ήθελα να μάθω αν επεξεργάζεστε εικόνες ή βιομετρικά δεδομένα μου (αναγνώριση προσώπου, εκτίμηση ηλικίας κ.λπ.) και αν τα συνδέετε με την κάρτα πιστότητάς μου. Αν ναι, παρακαλώ στείλτε μου αντίγραφο όλων των δεδομένων που έχετε για μένα και πείτε μου για πόσο καιρό τα κρατάτε.

Αριθμός κάρτας: 6301 5562 0417

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("deletion", ("withdraw_consent",),
         "Διαγραφή των παιδιών μου από το Kids Club",
         """Γεια σας,

Παρακαλώ να διαγράψετε τα στοιχεία των δύο παιδιών μου (Νίκος και Ελένη Αντωνίου) από το Kids Club – ονόματα, ημερομηνίες γέννησης, ό,τι έχετε. Τα είχαμε γράψει πριν από χρόνια σε μια εκδήλωση στο κατάστημα και δεν θυμάμαι καν να συμφωνήσαμε σε κάτι. Επίσης σταματήστε να μου στέλνετε τα email με τις προσφορές για παιδικά.

Ευχαριστώ,
Κατερίνα Αντωνίου""",
         "Κατερίνα Αντωνίου"),
        ("portability", (),
         "Εξαγωγή λίστας μωρού",
         """Καλημέρα,

Έχω φτιάξει στο site σας λίστα δώρων για το μωρό (γεννάω τον Ιανουάριο), αλλά τελικά θα τη μεταφέρω σε άλλο κατάστημα, πιο κοντά στους γονείς μου. Μπορείτε να μου στείλετε τη λίστα και τα στοιχεία του λογαριασμού μου σε αρχείο (CSV, Excel ή JSON) για να τα ανεβάσω εκεί; Αν γίνεται να τα στείλετε απευθείας στο άλλο κατάστημα, ακόμη καλύτερα.

Ευχαριστώ πολύ,
Δήμητρα Γεωργίου""",
         "Δήμητρα Γεωργίου"),
        ("complaint", (),
         "Απαράδεκτη συσκευασία",
         """Κύριοι,

Η τελευταία μου παραγγελία (αρ. 2026-790332) παραδόθηκε σε κουτί με αυτοκόλλητο απέξω: «Προϊόντα ακράτειας – Ευαίσθητο». Ο κούριερ το άφησε στη θυρωρό της πολυκατοικίας και την επόμενη μέρα το ήξερε όλο το κτίριο. Είμαι 58 ετών και ντρέπομαι αφάνταστα.

Θεωρώ ότι αποκαλύψατε δεδομένα για την υγεία μου σε τρίτους χωρίς κανέναν λόγο. Απαιτώ εξηγήσεις και διαβεβαίωση ότι δεν θα ξανασυμβεί. Σκέφτομαι σοβαρά να απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Βασίλης Νικολάου""",
         "Βασίλης Νικολάου"),
        ("objection", ("withdraw_consent",),
         "Προτάσεις παιχνιδιών για τα παιδιά μου",
         """Γεια σας,

Κάθε μήνα λαμβάνω email «Παιχνίδια για τον 6χρονο γιο σας» και «Η κόρη σας γίνεται 9 – δείτε τι θα της αρέσει!». Δεν σας έδωσα ποτέ τις ηλικίες τους· προφανώς τις βγάλατε από τις αγορές μου.

Δεν θέλω να χρησιμοποιείτε τα δεδομένα μου για να φτιάχνετε προφίλ για τα παιδιά μου και αντιτίθεμαι σε αυτή την επεξεργασία. Και σταματήστε, παρακαλώ, αυτά τα email.

Σοφία Κωνσταντίνου""",
         "Σοφία Κωνσταντίνου"),
        ("withdraw_consent", (),
         "Baby Club",
         """Καλησπέρα, παρακαλώ να με βγάλετε από τη λίστα για το newsletter και τα SMS του Baby Club. Το μωρό μεγάλωσε και δεν τα χρειάζομαι πια.

Ευχαριστώ,
Μαρία Ιωάννου""",
         "Μαρία Ιωάννου"),
        ("correction", (),
         "Αλλαγή επωνύμου και διεύθυνσης",
         """Καλησπέρα σας,

Μετά το διαζύγιό μου επανήλθα στο πατρικό μου επώνυμο. Παρακαλώ διορθώστε στον λογαριασμό μου το όνομα σε «Ευαγγελία Μαυρίδου» (αντί για Ευαγγελία Σταθοπούλου) και τη διεύθυνση σε: Rue Vanderkindere 212, 1180 Uccle.

Ο λογαριασμός ήταν παλιά κοινός με τον πρώην σύζυγό μου· παρακαλώ αφαιρέστε το δικό του email από τα στοιχεία επικοινωνίας, ώστε να μη βλέπει τη νέα μου διεύθυνση.

Ευχαριστώ,
Ευαγγελία Μαυρίδου""",
         "Ευαγγελία Μαυρίδου"),
        ("other", (),
         "Μπισκότα χωρίς γλουτένη",
         """Καλησπέρα,

Η κόρη μου έχει κοιλιοκάκη. Τα μπισκότα βρώμης «χωρίς γλουτένη» της δικής σας μάρκας είναι πιστοποιημένα (με το σήμα με το στάχυ) ή απλώς δεν έχουν γλουτένη στη συνταγή; Παρασκευάζονται σε χώρο όπου υπάρχει και σιτάρι;

Ευχαριστώ,
Αθηνά Παππά""",
         "Αθηνά Παππά"),
        ("other", (),
         "Αλλαγή μεγέθους – παιδικά παπούτσια",
         """Γεια σας,

Παρήγγειλα για τον γιο μου αθλητικά παπούτσια νούμερο 30 (παραγγελία 2026-803561), αλλά του είναι μικρά. Στον λογαριασμό μου βλέπω μόνο επιστροφή χρημάτων, όχι αλλαγή. Μπορώ να τα φέρω στο κατάστημα στο Ixelles και να πάρω το 31;

Ευχαριστώ,
Χρήστος Δημητρίου""",
         "Χρήστος Δημητρίου"),
        ("other", (),
         "Χριστουγεννιάτικο πάρτι Kids Club",
         """Καλημέρα,

Στο site γράφει ότι το χριστουγεννιάτικο πάρτι του Kids Club στο κατάστημα της Λουίζ είναι στις 12 Δεκεμβρίου, αλλά στο φυλλάδιο που πήραμε από το ταμείο γράφει 13. Ποια ημερομηνία ισχύει; Θέλω να το πω και στη γιαγιά, που θα φέρει τα παιδιά.

Ευχαριστώ!
Ελένη Καραγιάννη""",
         "Ελένη Καραγιάννη"),
    ],
    "bg": [
        ("deletion", (),
         "Закриване на профил",
         """Здравейте,

Моля да закриете профила ми в онлайн магазина и в приложението и да изтриете всичките ми лични данни – включително историята на покупките от аптечния щанд, мерките ми и рецептата от лекаря, която бях качила. Не искам да остава нищо.

Благодаря,
Десислава Петрова""",
         "Десислава Петрова"),
        ("restriction", (),
         "Моля, замразете профила на дъщеря ми",
         """Здравейте,

Дъщеря ми Габриела (17 г.) има профил при вас, свързан с моята кредитна карта. Вчера видяхме две поръчки, които тя не е правила, с доставка на непознат адрес в Лиеж. Подадохме сигнал в полицията.

Моля, замразете профила – да не може да се пазарува от него и да не се обработват данните ѝ, – но НЕ изтривайте нищо, защото полицията може да поиска историята на поръчките и влизанията. Ще ви изпратя номера на преписката.

Поздрави,
Николай Димитров""",
         "Николай Димитров"),
        ("access", ("objection",),
         "Искане за достъп до лични данни",
         """Уважаеми господа,

На основание чл. 15 от Общия регламент относно защитата на данните моля да ми предоставите копие от всички лични данни, които обработвате за мен, както и информация за целите, получателите и срока на съхранение.

Особено ме интересува дали от поръчките ми на кашерни продукти сте извели или записали някаква информация за вероизповеданието ми – например в клиентски сегменти за празнични кампании. Ако е така, възразявам срещу подобна обработка занапред.

С уважение,
Давид Аврамов""",
         "Давид Аврамов"),
        ("complaint", (),
         "Покупките ми за диабет се виждат от счетоводството",
         """Здравейте,

Имам служебен профил при вас, през който фирмата плаща канцеларски материали. Без да ме питате, сте го обединили с личния ми профил (защото са на един и същи имейл), и сега поръчките ми на тест-ленти и сензори за кръвна захар се виждат в общата история на поръчките, която преглежда счетоводителката ни.

Вече половината офис знае, че съм диабетик. Това са здравни данни и смятам, че сте нарушили закона. Искам обяснение и профилите да бъдат разделени веднага. Ако не получа отговор, ще подам жалба до органа за защита на данните.

Станимир Колев""",
         "Станимир Колев"),
        ("objection", (),
         "Не съм съгласен с „здравните съвети“ в приложението",
         """Здравейте,

От последното обновяване приложението ми показва „Вашият здравен профил“ и съвети от типа „Забелязахме, че често купувате продукти против киселини – опитайте...“. Не помня да съм искал подобно нещо.

Възразявам срещу това да анализирате покупките ми, за да правите изводи за здравето ми, и срещу използването им за персонализирана реклама. Моля, изключете това за профила ми.

Стоян Иванов""",
         "Стоян Иванов"),
        ("portability", (),
         "Прехвърляне на данните от детската карта",
         """Здравейте,

Синът ми Борис (10 г.) има детска карта за лоялност при вас от 4 години. Местим се в Нидерландия и искам да му направя карта в друга верига. Може ли да ми изпратите всички данни, свързани с картата му – покупки, рождена дата, спечелени награди – във файл в машинночетим формат (CSV или JSON), за да ги предам на новия магазин? Аз съм негова майка и законен представител.

Благодаря предварително,
Мария Тодорова""",
         "Мария Тодорова"),
        ("withdraw_consent", ("deletion",),
         "Отписване от клуба за рождени дни",
         """Здрасти,

Моля, отпишете дъщеря ми от имейлите на Birthday Club – вече е на 13 и поздравленията с балончета ѝ се струват голям срам :) Можете да изтриете и рождената ѝ дата, не ви трябва.

Поздрави,
Веселина Колева""",
         "Веселина Колева"),
        ("other", (),
         "За каква възраст е куклената къща?",
         """Здравейте,

Искам да подаря на племенницата си дървената куклена къща с мебелите (арт. 71204). На сайта пише 3+, но вътре има много дребни части. Тя е на две години и половина – подходяща ли е, или да изчакам?

Благодаря,
Милена Стоянова""",
         "Милена Стоянова"),
        ("other", (),
         "Смяна на размер – компресивни чорапи",
         """Здравейте,

Купих от онлайн аптеката ви компресивни чорапи, клас 2, размер M, за майка ми след операцията. Измерихме я отново по таблицата с мерките и се оказа, че ѝ трябва L. Може ли да ги сменим, ако пакетът е неотворен? Поръчка № 2026-795518.

Поздрави,
Петя Георгиева""",
         "Петя Георгиева"),
        ("other", (),
         "Молба за дарение – неделно училище",
         """Уважаеми дами и господа,

Пиша ви от името на българското неделно училище „Христо Ботев“ в Брюксел. На 19 декември организираме коледен благотворителен базар, а събраните средства ще отидат за учебници и за детско отделение на болница в България.

Ще бъдем много благодарни за дарение на играчки или книжки за томболата. Ако сте съгласни, изпратете ни данните на фирмата, за да ви благодарим в програмата.

С уважение,
Радка Илиева""",
         "Радка Илиева"),
    ],
}

"""Ninth set, people: mixed concerns and requests for someone else. Written apart from the rules (see make_ninth.py)."""

PEOPLE_B = {
    "pl": [
        ("other", (), "zamowienie 4481207 gdzie jest??",
         """dzien dobry
zamowilam 2 donice i konewke 10 dni temu, w koncie caly czas status "wyslane" a kurier nic. numer sledzenia tez nie dziala, pokazuje ze nie ma takiej przesylki. Czy mozecie sprawdzic co sie dzieje? Potrzebuje tego na weekend bo sadzimy z dziecmi pomidory

Pozdrawiam
Ela Wójcik

Wysłane z iPhone'a""",
         "Ela Wójcik"),
        ("deletion", (), "Re: Twoje zamówienie zostało wysłane",
         """Szanowni Państwo,

trzeci raz w tym roku paczka przychodzi z tygodniowym opóźnieniem, a tym razem parasol ogrodowy był do tego połamany. Reklamację złożyłem już przez formularz, pieniądze mam dostać z powrotem – i na tym kończę współpracę.

Proszę zamknąć moje konto i wyrzucić z systemu wszystko, co macie na mój temat: adres, telefon, historię zakupów, kartę stałego klienta też. Nie chcę figurować u Was w żadnej bazie.

Proszę o potwierdzenie mailem, kiedy to będzie zrobione.

Marek Zieliński""",
         "Marek Zieliński"),
        ("correction", ("access",), "Faktura na złe nazwisko",
         """Dzień dobry,

w marcu wyszłam za mąż i zmieniłam nazwisko z Nowak na Lewandowska. Na fakturze do ostatniego zamówienia (nr 4466012) nadal jest stare nazwisko, a potrzebuję jej do rozliczenia z pracodawcą. Proszę o wystawienie korekty i przy okazji o poprawienie nazwiska wszędzie u Państwa w systemie – w koncie, w programie lojalnościowym, w adresie dostawy – żeby to się już nie powtarzało.

I jeszcze jedno: chciałabym dostać zestawienie, jakie moje dane w ogóle macie zapisane, bo nie jestem pewna, czy stare nazwisko nie siedzi jeszcze gdzieś indziej.

Dziękuję i pozdrawiam
Karolina Lewandowska (z d. Nowak)""",
         "Karolina Lewandowska"),
        ("access", (), "pytanie o mój numer telefonu",
         """Dzień dobry,

wczoraj zadzwoniła do mnie pani z firmy od fotowoltaiki i powiedziała, że numer ma „od partnera sklepu” – i wymieniła Państwa nazwę. Nie robię z tego afery, może gdzieś kiedyś coś zaznaczyłem, ale chciałbym wiedzieć, jak to wygląda: jakie moje dane u Państwa są, komu zostały przekazane i kiedy. Jeżeli była jakaś zgoda, to też poproszę o info, kiedy i gdzie ją dałem.

Pozdrawiam,
Paweł Krawczyk""",
         "Paweł Krawczyk"),
        ("complaint", ("objection",), "SKANDAL - sprzedajecie dane klientów?!",
         """To już jest przesada. Od tygodnia wydzwaniają do mnie firmy z ofertami okien, ubezpieczeń i kredytów, a dwie z nich powiedziały wprost, że mają mój numer od Was. Nigdy się nie zgadzałam na przekazywanie moich danych komukolwiek. Telefon podałam WYŁĄCZNIE dla kuriera!!

Żądam, żebyście natychmiast przestali udostępniać moje dane partnerom w celach reklamowych. Jeśli nie dostanę porządnej odpowiedzi, sprawa idzie do UODO, nie żartuję.

A. Mazur""",
         "Agnieszka Mazur"),
        ("deletion", ("withdraw_consent",), "konto syna",
         """Dzień dobry,

mój syn Kuba (15 lat) założył sobie u Państwa konto, żeby kupić mi prezent na Dzień Matki – zapłacił moją kartą, więc tak się o tym dowiedziałam :) Prezent dotarł, wszystko w porządku. Natomiast nie życzę sobie, żeby niepełnoletnie dziecko miało konto w sklepie internetowym bez mojej wiedzy. Proszę je usunąć razem z danymi, które tam wpisał (mail jakub.pietrzak2009@wp.pl, adres jest nasz wspólny).

Zapisał się też chyba na newsletter, bo przychodzą mu maile z promocjami – to również proszę wyłączyć, jako matka nie wyrażam na to zgody.

W razie potrzeby mogę przesłać skan aktu urodzenia albo inny dokument.

Pozdrawiam
Joanna Pietrzak""",
         "Joanna Pietrzak"),
        ("restriction", (), "Prośba – sytuacja rodzinna",
         """Szanowni Państwo,

piszę w dość nietypowej sprawie. Jestem w trakcie rozwodu, od dwóch miesięcy mieszkam z dziećmi pod nowym adresem i bardzo mi zależy, żeby mąż go nie poznał (sąd wydał wobec niego zakaz zbliżania się). Mamy u Państwa wspólne konto – założone na mój e-mail, ale on zna hasło, a przy ostatnim zamówieniu podałam już nowy adres dostawy.

Nie chcę usuwać konta, bo są na nim dwie gwarancje (kosiarka i myjka ciśnieniowa), które mogą mi być jeszcze potrzebne. Proszę natomiast, żeby do odwołania moje dane były tylko przechowywane i nie były do niczego używane ani nikomu pokazywane – zwłaszcza nowy adres. Jeśli się da, proszę też zablokować logowanie do konta.

Z poważaniem
Anna K.""",
         "Anna Kowalczyk"),
        ("portability", (), "Export",
         """Cześć,

z partnerem mieliśmy przez kilka lat jedno konto u Was (na jego nazwisko, Michał Dudek), ale większość zamówień robiłam ja i ja płaciłam. Rozstajemy się i zakładam własne konto – Michał jest w kopii i nie ma nic przeciwko.

Czy możecie mi przesłać historię zamówień i dane z tego konta w pliku, który da się otworzyć w Excelu albo zaimportować gdzie indziej (CSV byłby idealny)? Nie chodzi mi o PDF-y faktur, tylko o normalną tabelkę. Chcę to mieć u siebie, bo część rzeczy jest jeszcze na gwarancji.

Dzięki!
Natalia Górska""",
         "Natalia Górska"),
        ("objection", (), "reklamy",
         """Witam. Kupiłem u was grilla w zeszłym miesiącu i od tego czasu na fb i w każdej apce wyskakują mi wasze reklamy grilli, węgla, rusztów itd. Rozumiem jak to działa, ale sobie tego nie życzę – nie chcę, żebyście na podstawie moich zakupów robili mi profil i pokazywali reklamy, ani żebyście przekazywali moje dane do facebooka czy innych sieci reklamowych. Proszę to u mnie wyłączyć.
Grzegorz""",
         "Grzegorz Wróbel"),
        ("withdraw_consent", (), "punkty",
         """dzien dobry, mam pytanie czy punkty z karty stalego klienta przepadaja na koniec roku? mam ich ok 800 i szkoda zeby sie zmarnowaly.
a i przy okazji prosze mnie wypisac z tych mailowych promocji, przychodzi tego po 3-4 tygodniowo, za duzo. Karte chce zachowac.
dziekuje
Halina Sikora""",
         "Halina Sikora"),
        ("other", (), "Zwrot węża ogrodowego",
         """Dzień dobry,

kupiłem wąż ogrodowy 25 m (zamówienie 4479930), niestety cieknie przy złączce już po pierwszym użyciu. Chciałem go zwrócić, ale po zalogowaniu na konto nie widzę nigdzie przycisku „Zwrot” – jest tylko historia zamówień. Jak mam to zrobić? Czy etykietę muszę wydrukować sam, czy kurier przyjedzie z własną?

Z góry dziękuję,
Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("automated", (), "Automatyczna odpowiedź: Re: Państwa wniosek dotyczący danych osobowych [#20931]",
         """Dzień dobry,

dziękuję za wiadomość. Do 18.08 przebywam na urlopie z ograniczonym dostępem do poczty. W pilnych sprawach proszę kontaktować się z biurem: biuro@baran-instalacje.pl, tel. 22 615 40 18.

Pozdrawiam
Wojciech Baran
Baran Instalacje Sp. z o.o.""",
         "Wojciech Baran"),
    ],

    "cs": [
        ("other", (), "rozbity kvetinac",
         """Dobry den,
dnes mi prisel balik s objednavkou 1209384 a ten velky terakotovy kvetinac je prasknuty skrz naskrz, krabice byla uz od pohledu zmackla. Fotky prikladam. Adresa i telefon v uctu sedi, takze doruceni kuryr zvladl, jen to asi cestou nekdo upustil :) Muzete mi poslat novy nebo vratit penize? Radsi teda novy.
Diky
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("access", ("restriction",), "Žádost o přístup k osobním údajům – klient Ing. Martin Svoboda",
         """Vážení,

v zastoupení našeho klienta, pana Ing. Martina Svobody, nar. 14. 3. 1979, bytem Kounicova 12, Brno (plnou moc přikládáme), se na Vás obracíme ve věci jeho osobních údajů.

Náš klient je s Vaší společností ve sporu ohledně reklamace zahradního traktoru (obj. č. 1188420). V této souvislosti Vás žádáme o:

1. poskytnutí kopie veškerých osobních údajů, které o našem klientovi zpracováváte, včetně záznamů komunikace se zákaznickým centrem, spolu s informací o účelech zpracování a příjemcích;
2. omezení zpracování těchto údajů do doby vyřešení sporu – údaje prosím nemažte ani neupravujte a nepoužívejte je k ničemu jinému než k jejich uložení.

Odpověď zašlete prosím na adresu naší kanceláře.

S pozdravem

Mgr. Petra Horáková, advokátka
Advokátní kancelář Horáková & Beneš, s.r.o.
Husova 5, 602 00 Brno""",
         "Mgr. Petra Horáková"),
        ("deletion", (), "Účet po zesnulém otci",
         """Dobrý den,

můj otec, Josef Novotný, letos v březnu zemřel. Měl u vás zákaznický účet a věrnostní kartu (objednával si hlavně semínka a hnojiva, zahrádka byl jeho koníček). Na jeho e-mail, který teď spravuji, pořád chodí vaše nabídky a maminku to pokaždé rozhodí.

Prosím o zrušení jeho účtu a vymazání všeho, co o něm máte. Pokud budete potřebovat úmrtní list nebo usnesení z dědického řízení, pošlu.

Děkuji za pochopení.
Pavel Novotný""",
         "Pavel Novotný"),
        ("correction", (), "spatna adresa",
         """dobry den, v mem uctu mam spatne cislo domu, 1245/8 misto 1254/8, kuryr to uz 2x vratil jako nedorucitelne. sam to v profilu zmenit nemuzu, hazi to chybu pri ulozeni. opravte mi to prosim, a kdyz uz, tak i u vernostni karty, tam je to stejne spatne.
dekuju Radek Marek""",
         "Radek Marek"),
        ("restriction", (), "",
         """Dobrý den,

omlouvám se za delší e-mail. Loni jsem se odstěhovala od bývalého partnera, který mě dlouhodobě obtěžoval, a věc teď řeší policie. Minulý týden mi od vás přišlo upozornění na změnu hesla, kterou jsem nedělala – myslím, že se mi pokusil dostat do účtu. Heslo jsem už změnila.

Účet rušit nechci, mám tam rozjetou reklamaci a historii nákupů kvůli záruce. Chci ale, aby se s mými údaji, hlavně s adresou a telefonem, až do odvolání nic nedělalo – jen je mějte uložené, nepoužívejte je a nikomu je nesdělujte, ani kdyby volal někdo, kdo se bude vydávat za mě nebo za mého příbuzného.

Moc děkuji.
Veronika Šimková""",
         "Veronika Šimková"),
        ("portability", (), "Export dat – stěhování do Kanady",
         """Dobrý den,

na konci měsíce se s rodinou stěhujeme do Kanady a u vás nakupuju už asi osm let. Ráda bych si s sebou odvezla kompletní historii objednávek a údaje z účtu ve strojově čitelné podobě – ideálně CSV nebo JSON, ať si to můžu nahrát do tabulky nebo jinam. Faktury v PDF mám, ty nepotřebuju.

Vyřídíte to vy, nebo se mám obrátit jinam?

Díky, Hana Kučerová""",
         "Hana Kučerová"),
        ("objection", (), "doporučení",
         """Dobrý den, všiml jsem si, že mi na webu i v e-mailech vyskakuje „Vybrali jsme pro vás“ podle toho, co jsem kupoval a na co jsem klikal. Nechci, abyste moje nákupy a klikání takhle vyhodnocovali a skládali si o mně profil. Účet si nechám a nakupovat budu dál, jen tohle prosím vypněte. Díky. Ondřej Veselý""",
         "Ondřej Veselý"),
        ("other", (), "Košík se sám vyprazdňuje",
         """Dobrý den,

snažím se u vás objednat zahradní nábytek (stůl Lund + 4 židle), ale pokaždé, když se přihlásím ke svému účtu a jdu k platbě, je košík najednou prázdný. Zkoušel jsem Chrome i Firefox, v mobilu taky. Je to chyba u vás, nebo dělám něco špatně? Akce končí v neděli, tak bych to rád stihl.

S pozdravem
Jiří Procházka""",
         "Jiří Procházka"),
        ("withdraw_consent", (), "odhlaseni",
         """odhlaste me prosim z newsletteru, ten odkaz dole v mailu hazi 404. uz me nebavi kazdy den 3 maily o slevach na grily

Zdenek""",
         "Zdeněk Hájek"),
        ("complaint", ("deletion",), "Re: Žádost o výmaz – 2. urgence",
         """Dobrý den,

3. června jsem vám poslala žádost o výmaz svých údajů a zrušení účtu (viz níže). Od té doby nic – žádné potvrzení, žádná odpověď, a mezitím mi přišly dva další reklamní e-maily a katalog poštou. Měsíční lhůta už dávno uplynula.

Znovu tedy žádám o smazání mých údajů. Pokud se do týdne neozvete, podávám stížnost na Úřad pro ochranu osobních údajů.

Jana Pokorná

> Dobrý den, prosím o zrušení mého účtu a smazání všech mých osobních údajů.
> Jana Pokorná""",
         "Jana Pokorná"),
        ("deletion", ("withdraw_consent",), "spolecny ucet - rozvod",
         """Dobry den,
s byvalym manzelem jsme meli u vas spolecny ucet, je vedeny na nej (Tomas Kral), ale je tam ulozena moje platebni karta, moje telefonni cislo a jako druha dorucovaci adresa moje nova adresa v Olomouci. Jsme rozvedeni a nechci, aby tam moje udaje zustavaly. Prosim smazte z toho uctu vsechno co je moje (kartu, telefon a tu adresu).
A odhlaste me taky z newsletteru, chodi mi na muj mail.
Dekuji
Kristyna Kralova""",
         "Kristýna Králová"),
        ("automated", (), "Nedoručitelná zpráva: Re: Vaše žádost o výmaz osobních údajů",
         """Toto je automaticky generovaná zpráva od poštovního serveru.

Vaši zprávu se nepodařilo doručit jednomu nebo více příjemcům:

<m.stastny1961@seznam.cz>: adresa příjemce neexistuje
    (host mx1.seznam.cz[77.75.78.42] odpověděl: 550 5.1.1 <m.stastny1961@seznam.cz>: Recipient address rejected: User unknown)

--- Hlavičky původní zprávy ---
From: privacy@shop.example.be
To: m.stastny1961@seznam.cz
Subject: Re: Vaše žádost o výmaz osobních údajů""",
         "Mail Delivery System"),
    ],

    "hr": [
        ("other", (), "Krivi proizvod u paketu",
         """Poštovani,

naručila sam vrtnu klupu (narudžba 77120345), a stigle su dvije plastične stolice. U korisničkom računu mi i dalje piše da je narudžba „isporučena” i ne mogu otvoriti reklamaciju jer mi javlja grešku. Molim vas da mi javite kako da vratim stolice i kad mogu očekivati klupu.

Lijep pozdrav,
Ivana Horvat""",
         "Ivana Horvat"),
        ("correction", (), "Promjena adrese – majka Marija Kovačević",
         """Poštovani,

ja sam skrbnica svoje majke Marije Kovačević (rješenje Centra za socijalnu skrb mogu poslati na zahtjev). Mama je od rujna smještena u dom za starije osobe u Zagrebu, a kod vas joj u profilu još uvijek stoji stara adresa u Sisku, gdje više nitko ne živi. Zadnja dva paketa (narudžbe je radila uz moju pomoć) vratila su se natrag.

Molim da joj u računu ispravite adresu na: Dom za starije osobe Sveti Josip, Vinogradska 29, 10000 Zagreb, soba 214, a broj telefona na moj: 091 555 3321.

Hvala unaprijed,
Snježana Kovačević Perić""",
         "Snježana Kovačević Perić"),
        ("deletion", (), "Re: Vasa narudzba je na putu",
         """3 tjedna cekam jebeni paket (sorry) i nista. "Na putu" my ass. Ne zelim vise imat posla s vama, vratite mi lovu i izbrisite mi racun i sve podatke koje imate o meni. Gotov sam s vama.
Luka""",
         "Luka Pranjić"),
        ("access", ("objection",), "Odakle osiguravajućem društvu moj broj?",
         """Dobar dan,

prošli tjedan nazvala me agentica jednog osiguravajućeg društva i nudila mi osiguranje kućanstva. Kad sam pitao odakle im moj broj, rekla je da su „partneri web trgovine” od koje sam kupio roštilj – dakle vi.

Molim vas da mi pošaljete popis svih mojih podataka koje imate i kome ste ih sve proslijedili, s datumima. Također ne želim da se moji podaci ubuduće daju bilo kojem partneru u reklamne svrhe.

Srdačno,
Krešimir Jurić""",
         "Krešimir Jurić"),
        ("restriction", (), "Odlazak u inozemstvo – račun",
         """Poštovani,

od listopada idem na dvije godine raditi u Irsku i za to vrijeme neću kupovati kod vas. Ne bih htjela gasiti račun jer imam skupljenih oko 2.000 bodova na kartici i jamstvo za kosilicu. Može li se račun nekako „zamrznuti”? Znači, da podaci ostanu spremljeni, ali da ih ne koristite ni za što – ni za ponude, ni za analize, ni za slanje partnerima – dok se ne javim da sam se vratila.

Hvala!
Maja Pavlović""",
         "Maja Pavlović"),
        ("portability", (), "",
         """Bok,

treba mi popis svih mojih narudžbi od 2019. do danas s datumima, artiklima i cijenama, radim adaptaciju kuće pa vodim troškove. Ali ne kao PDF račune jedan po jedan – nego u nekom formatu koji mogu otvoriti u Excelu i dalje obrađivati, csv ili xlsx. Ako može i podatke iz profila u isti file, super.

Hvala, Ante Matić""",
         "Ante Matić"),
        ("objection", (), "Partneri",
         """Poštovani, u vašim pravilima privatnosti piše da podatke kupaca dijelite s „odabranim marketinškim partnerima” na temelju legitimnog interesa. Ja se tome protivim i molim da moje podatke (ime, e-mail, adresu, kupnje) ne dijelite ni s kim u marketinške svrhe.

Tomislav Knežević""",
         "Tomislav Knežević"),
        ("other", (), "kartica vjernosti",
         """Pozdrav, izgubio sam karticu vjernosti (mislim da mi je ispala u shopping centru). Mogu li dobit novu a da mi ostanu bodovi? Broj kartice nemam ali sve je valjda na mom racunu kod vas. Hvala
Dario""",
         "Dario Babić"),
        ("withdraw_consent", ("deletion",), "sin 14 god - newsletter i nagradna igra",
         """Dobar dan,

moj sin Filip (14) prijavio se preko vaše stranice na nagradnu igru za trampolin i pritom je, kako vidim, stavio kvačicu da prima vaše novosti i ponude partnera. Nisam znala za to i kao roditelj se s tim ne slažem – povlačim tu privolu, molim da mu više ništa ne šaljete.

Također molim da izbrišete podatke koje je tada upisao (ime, e-mail filip.b.2010@gmail.com, datum rođenja, adresu).

Lp, Sanja Barić""",
         "Sanja Barić"),
        ("complaint", (), "Tuđi račun u mom paketu!!!",
         """Poštovani,

u paketu koji sam danas primila, osim mojih stvari, bio je i račun druge kupkinje – s njezinim punim imenom, adresom, brojem mobitela i popisom što je sve kupila. Gdje je onda MOJ račun? Vjerojatno u njezinom paketu, s mojom adresom i brojem.

Ovo je nedopustivo. Očekujem objašnjenje kako se to dogodilo i što ćete poduzeti. Ako se ovo ozbiljno ne riješi, prijavljujem slučaj AZOP-u.

Račun te gospođe vraćam vam poštom, ne želim ga kod sebe.

Nikolina Šarić""",
         "Nikolina Šarić"),
        ("complaint", ("access",), "Urgencija – zahtjev za pristup podacima, naš član g. Zoran Vuković",
         """Poštovani,

Potrošački savjet Rijeka, udruga za zaštitu potrošača, obraća Vam se u ime svog člana, g. Zorana Vukovića iz Rijeke (punomoć u privitku).

G. Vuković je 12. ožujka ove godine e-poštom zatražio kopiju osobnih podataka koje o njemu obrađujete. Do danas, dakle više od dva mjeseca kasnije, nije dobio nikakav odgovor, pa ni potvrdu primitka, iako je rok za odgovor mjesec dana.

Ponovno tražimo da mu u roku od 8 dana dostavite kopiju svih njegovih osobnih podataka. U protivnom ćemo mu pomoći podnijeti pritužbu Agenciji za zaštitu osobnih podataka.

S poštovanjem,

Dubravka Lončar
savjetnica za prava potrošača
Potrošački savjet Rijeka""",
         "Dubravka Lončar"),
        ("automated", (), "Automatski odgovor: Vaš zahtjev",
         """Poštovani,

trenutačno sam na godišnjem odmoru do 2. rujna i nemam pristup e-pošti. Vaša poruka neće biti proslijeđena. Za hitne slučajeve obratite se kolegici Ani Grgić (ana.grgic@tomic-gradnja.hr).

Srdačan pozdrav,
Hrvoje Tomić""",
         "Hrvoje Tomić"),
    ],

    "sv": [
        ("other", (), "Leverans till Sverige?",
         """Hej!

Jag bor i Bryssel sedan några år och har ett konto hos er. Nu vill jag beställa ett parasoll och två solstolar till vårt sommarhus i Dalarna. Går det att skicka till en adress i Sverige, och vad kostar frakten i så fall? Hittar inget om det på sidan.

Tack på förhand!
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("deletion", (), "Mammas konto",
         """Hej,

min mamma Birgitta Holm gick bort i våras. Jag håller på att avveckla dödsboet och går igenom hennes olika konton. Hon hade ett kundkonto och bonuskort hos er, och jag vill att ni avslutar det och tar bort hennes uppgifter. Det finns inga öppna beställningar vad jag vet.

Dödsfallsintyg och bouppteckning kan jag skicka om ni behöver.

Vänliga hälsningar
Eva Holm Sandberg""",
         "Eva Holm Sandberg"),
        ("access", ("correction",), "vad har ni om mig?",
         """Hej hej

Blev lite nyfiken efter att ha läst om GDPR i tidningen – vad har ni egentligen sparat om mig? Skicka gärna över allt ni har, köp, adresser, vad ni nu loggar.

Och en sak till: mitt mobilnummer ändrades i vintras, det nya är 070-412 88 19. Byt gärna det så ni inte ringer till nån annan 🙂

Mvh Linnea""",
         "Linnea Åberg"),
        ("correction", (), "Fel namn",
         """Hej!

Vi är två som använder samma konto hos er, jag och min sambo Mikael (det står i hans namn). När jag lades till som mottagare blev mitt namn fel – det står "Sarah Nystrom" på både fakturan och bonuskortet. Det ska vara Sara, utan h, och Nyström med ö. Kan ni rätta det? Mikael vet om att jag skriver.

Tack!
Sara""",
         "Sara Nyström"),
        ("restriction", (), "Skyddade personuppgifter – viktigt",
         """Hej,

Jag har nyligen fått skyddade personuppgifter hos Skatteverket av säkerhetsskäl, och min nya adress får inte komma ut till någon.

Jag har ett konto hos er med leveransadress och telefonnummer. Jag vill INTE att kontot raderas – jag har en reklamation på gång och behöver kvittona för garantin. Men från och med nu ber jag att ni inte använder mina uppgifter till något annat än att ha dem sparade: inga utskick, ingen analys, inget delande med partner eller transportörer. Jag hör av mig när jag vill beställa igen.

Ring mig inte, svara bara på den här mejladressen.

Mvh
E. Andersson""",
         "E Andersson"),
        ("portability", (), "Min köphistorik som fil",
         """Hej,

jag håller på att flytta över hela hushållsekonomin till ett nytt budgetprogram. Går det att få ut min köphistorik och kontouppgifterna från er som CSV eller något annat format som går att importera? PDF-kvitton fungerar tyvärr inte i programmet.

Tack,
Per-Olof Ek""",
         "Per-Olof Ek"),
        ("objection", (), "Tracking",
         """Jag tittade på en kompostkvarn hos er EN gång och sen dess har den följt efter mig på varenda sajt jag går in på. Jag vill inte att ni använder min surfning eller mina köp för att rikta reklam mot mig, och jag vill inte att ni skickar mina uppgifter till Meta/Google för sånt. Vet inte om det räcker att klicka nej i kakrutan när man är inloggad, så jag skriver hellre.

/Anders""",
         "Anders Lund"),
        ("withdraw_consent", (), "Re: Höstens nyheter är här! 🍂",
         """Avregistrera mig tack. Och sms:en också.

Gunilla

Skickat från min iPad""",
         "Gunilla Strand"),
        ("other", (), "Rabattkoden funkar inte",
         """Hej, fick ert nyhetsbrev i morse med koden TRADGARD20 men kassan säger att den är ogiltig. Är inloggad med samma mejl som den kom till. Har testat tre gånger. Kan ni kolla? Vill gärna beställa gräsklipparen innan erbjudandet går ut.

/Johan""",
         "Johan Eriksson"),
        ("complaint", ("access",), "Påminnelse: begäran om registerutdrag från 2 april",
         """Hej,

Den 2 april bad jag om ett registerutdrag, alltså en kopia av de personuppgifter ni har om mig. Jag fick ett automatiskt svar med ärendenummer 58213 och sedan ingenting. Nu har det gått över två månader.

Jag vill fortfarande ha utdraget. Om jag inte hör något inom två veckor anmäler jag er till Integritetsskyddsmyndigheten.

Mvh
Lars Öberg""",
         "Lars Öberg"),
        ("deletion", ("withdraw_consent",), "Beställning 6620119",
         """Hej.

Beställde en studsmatta till dotterns födelsedag, utlovad leverans 3–5 dagar. Den kom efter 16 dagar, kalaset var redan över. Kundtjänst svarade med en standardtext. Jag orkar inte mer.

Ta bort mitt konto och allt ni har om mig. Och sluta skicka sms-erbjudanden till mig, dem vill jag inte ha längre.

/Malin Johansson""",
         "Malin Johansson"),
        ("automated", (), "Automatiskt svar: Ang. din begäran",
         """Hej,

Tack för ditt mejl. Jag är föräldraledig till och med 30 september och läser inte min e-post. Vid brådskande ärenden, kontakta växeln på 08-123 456 00.

Med vänlig hälsning
Fredrik Sjöberg
Ekonomiansvarig | Sjöberg Bygg AB""",
         "Fredrik Sjöberg"),
    ],

    "ro": [
        ("other", (), "colet nelivrat",
         """Buna ziua,
am comandat un set de mobilier de gradina (comanda 5530912) si curierul a trecut ca "destinatar absent", desi eu am stat toata ziua acasa. Acum in cont imi apare "returnat la expeditor". Puteti sa-l trimiteti din nou? Adresa e corecta, am verificat.
Multumesc,
Mihai Popescu""",
         "Mihai Popescu"),
        ("deletion", (), "Cont creat de fiica mea (13 ani)",
         """Bună ziua,

am descoperit că fiica mea, Ioana, care are 13 ani, și-a făcut cont pe site-ul vostru cu adresa ei de e-mail (ioana.dumitru2011@yahoo.com) și și-a trecut acolo numele complet, data nașterii și adresa noastră. N-a cumpărat nimic, voia doar să-și facă o listă de dorințe pentru ziua ei :)

Ca părinte, vă rog să-i închideți contul și să scoateți toate datele ei din baza voastră. Dacă aveți nevoie de vreo dovadă că sunt mama ei, spuneți-mi ce să trimit.

Mulțumesc frumos,
Gabriela Dumitru""",
         "Gabriela Dumitru"),
        ("correction", (), "nume gresit pe factura",
         """Buna ziua, m-am casatorit in mai si mi-am schimbat numele din Ionescu in Georgescu. Pe factura de la ultima comanda (5528740) apare tot numele vechi si imi trebuie pe numele nou pt garantie. Va rog sa refaceti factura si sa schimbati numele si in contul meu si pe cardul de fidelitate, sa nu mai apara vechiul nume nicaieri.
Multumesc, Andreea Georgescu""",
         "Andreea Georgescu"),
        ("access", ("deletion",), "Solicitare în numele tatălui meu, dl. Vasile Marin",
         """Stimată doamnă, stimate domn,

Vă scriu în calitate de împuternicit al tatălui meu, domnul Vasile Marin (atașez procura notarială). Tatăl meu are 82 de ani și nu mai folosește internetul, iar de câteva luni e sunat de diverse firme care îi oferă produse „pe baza cumpărăturilor de la magazinul dumneavoastră”.

Vă rog, în primul rând, să ne comunicați ce date personale ale tatălui meu dețineți și cui le-ați transmis. După ce primim răspunsul, vă rog să-i ștergeți contul și toate datele.

Cu mulțumiri,
Sorin Marin""",
         "Sorin Marin"),
        ("restriction", (), "Vă rog să nu ștergeți contul, dar...",
         """Bună ziua,

sunt în proces de divorț, iar fostul meu soț știe parola contului nostru comun de la voi (contul e pe numele meu). Am aflat că a intrat în cont și s-a uitat la adresa de livrare de la ultima comandă – adresa unde locuiesc acum cu copiii. Am schimbat parola, dar vreau mai mult de atât.

Nu vreau să ștergeți contul, am acolo facturile pentru câteva produse aflate în garanție și s-ar putea să-mi trebuiască la partaj. Vă rog însă să blocați contul și să nu mai folosiți datele mele în niciun fel până vă anunț eu – doar să le păstrați.

Mulțumesc,
Roxana I.""",
         "Roxana Ilie"),
        ("portability", (), "data export",
         """Salut, ma mut in Spania luna viitoare si as vrea sa-mi trimiteti datele din cont si istoricul comenzilor intr-un fisier structurat (excel, csv, json, ce aveti), nu poze sau pdf-uri, ca sa le pot pastra si folosi in alta parte. Multumesc. Bogdan""",
         "Bogdan Ene"),
        ("objection", ("withdraw_consent",), "Partenerii dumneavoastră",
         """Bună ziua,

Vă rog să nu mai transmiteți datele mele partenerilor de marketing și să nu le mai folosiți pentru reclame personalizate. Nu sunt de acord cu asta, indiferent ce scrie în politica de confidențialitate.

De asemenea, vă rog să mă dezabonați de la newsletter.

Daniela Moldovan""",
         "Daniela Moldovan"),
        ("withdraw_consent", (), "Re: Reduceri de vară până la -50%",
         """nu mai vreau mailuri de la voi. am primit coletul, totul ok, dar ajunge cu reclamele zilnic. scoateti-ma de pe lista va rog. mersi""",
         "Alexandru Rusu"),
        ("complaint", (), "Ați trimis e-mailul cu toți clienții în CC!!!",
         """Bună ziua,

Azi-dimineață am primit de la voi un e-mail despre „modificarea regulamentului programului de fidelitate” în care la CC apăreau vreo 200 de adrese de e-mail ale altor clienți – inclusiv a mea, vizibilă pentru toți ceilalți. Unii au dat deja „Reply all”, așa că acum primesc mesaje de la necunoscuți.

Este o încălcare gravă a protecției datelor. Vreau să știu ce măsuri luați și dacă ați anunțat ANSPDCP. Dacă nu, o fac eu.

Laura Constantinescu""",
         "Laura Constantinescu"),
        ("other", (), "Garanție mașină de tuns iarba",
         """Bună ziua,

anul trecut am cumpărat de la dumneavoastră o mașină de tuns iarba electrică (comanda a fost făcută din contul soției, Elena Stan). De o săptămână nu mai pornește deloc, motorul nici nu scoate vreun sunet. Mai este în garanție? Cum procedăm – o duc la un service autorizat sau v-o trimit?

Cu stimă,
Cristian Stan""",
         "Cristian Stan"),
        ("complaint", ("deletion",), "A doua oară: ștergerea contului",
         """Bună ziua,

v-am scris pe 10 aprilie să-mi ștergeți contul și datele. N-am primit niciun răspuns, iar contul încă există – m-am logat ieri fără nicio problemă. Vă rog să rezolvați cererea acum. Dacă nici de data asta nu primesc răspuns, fac plângere la ANSPDCP.

Florin Radu""",
         "Florin Radu"),
        ("automated", (), "[Tichet #48213] Am primit mesajul dumneavoastră",
         """Bună ziua,

Vă mulțumim că ne-ați contactat. Solicitarea dumneavoastră a fost înregistrată cu numărul #48213 și va fi preluată de un coleg în cel mai scurt timp, de regulă în 1–2 zile lucrătoare.

Vă rugăm să nu răspundeți la acest mesaj. Pentru a adăuga informații, răspundeți păstrând numărul tichetului în subiect.

Echipa de Suport
Verde Construct SRL""",
         "Verde Construct Suport"),
    ],

    "el": [
        ("other", (), "paraggelia",
         """kalhspera sas, h paraggelia mou 88123045 leei sto logariasmo oti paradothike alla egw den exw parei tipota. rwthsa kai sth geitonia, tipota. mporeite na to elenksete me thn courier? euxaristw
Giorgos Papadopoulos""",
         "Giorgos Papadopoulos"),
        ("deletion", (), "Λογαριασμός της αείμνηστης μητέρας μου",
         """Αξιότιμοι κύριοι,

η μητέρα μου, Ελένη Βασιλείου, απεβίωσε τον Ιανουάριο. Διατηρούσε λογαριασμό πελάτη και κάρτα επιβράβευσης στο κατάστημά σας. Ως κληρονόμος της, σας παρακαλώ να κλείσετε τον λογαριασμό της και να διαγράψετε όλα τα στοιχεία της από τα αρχεία σας.

Αν χρειάζεστε ληξιαρχική πράξη θανάτου ή πιστοποιητικό εγγυτέρων συγγενών, ενημερώστε με.

Με εκτίμηση,
Δημήτρης Βασιλείου""",
         "Δημήτρης Βασιλείου"),
        ("correction", (), "lathos dieuthinsi",
         """geia sas, sto profil mou exei lathos ari8mo, grafei Ermou 14 enw einai Ermou 41 (Thessaloniki). o courier gyrnaei pisw ka8e fora. mporeite na to diorthwsete? apo to site den mporw, den apo8hkeuei tis allages.
eyxaristw, Nikos""",
         "Nikos Karamanlis"),
        ("access", ("objection",), "Τηλεφώνημα από «συνεργάτη» σας",
         """Καλημέρα,

χθες με πήρε τηλέφωνο μια εταιρεία με ηλιακούς θερμοσίφωνες και μου είπε ότι το κινητό μου το έχει από εσάς, ως «συνεργάτης». Θα ήθελα να μου πείτε τι στοιχεία μου έχετε και σε ποιους τα έχετε δώσει. Και από εδώ και πέρα δεν θέλω να δίνονται σε κανέναν για διαφημίσεις.

Ευχαριστώ,
Σταύρος Ιωάννου""",
         "Σταύρος Ιωάννου"),
        ("restriction", (), "Επείγον – προσωπικό θέμα",
         """Καλησπέρα,

θα προσπαθήσω να είμαι σύντομη. Έφυγα από το σπίτι μου λόγω ενδοοικογενειακής βίας και μένω προσωρινά σε άλλη διεύθυνση, την οποία έδωσα στην τελευταία μου παραγγελία. Ο σύζυγός μου έχει ήδη τηλεφωνήσει σε υπηρεσίες παριστάνοντας ότι μιλάει εκ μέρους μου.

Δεν θέλω να διαγραφεί ο λογαριασμός μου (εκκρεμεί μια επιστροφή χρημάτων). Θέλω όμως, μέχρι νεωτέρας, τα στοιχεία μου απλώς να φυλάσσονται και να μη χρησιμοποιούνται ούτε να γνωστοποιούνται σε κανέναν, ιδιαίτερα η διεύθυνση. Παρακαλώ μη δίνετε καμία πληροφορία από το τηλέφωνο.

Σας ευχαριστώ,
Μ.Κ.""",
         "M.K."),
        ("portability", (), "Αρχείο με τις παραγγελίες",
         """Γεια σας,

ο λογαριασμός είναι στο όνομά μου αλλά τον χρησιμοποιούσαμε και οι δύο με τον σύντροφό μου. Χωρίζουμε και πρέπει να μοιράσουμε τα πράγματα και τις εγγυήσεις. Μπορείτε να μου στείλετε όλα τα δεδομένα του λογαριασμού και το ιστορικό παραγγελιών σε αρχείο csv ή excel; Όχι pdf, θέλω να μπορώ να το επεξεργαστώ και να το περάσω αλλού.

Ευχαριστώ,
Άννα Γεωργίου""",
         "Άννα Γεωργίου"),
        ("objection", (), "Εξατομικευμένες προτάσεις",
         """Καλησπέρα. Δεν επιθυμώ να αναλύετε τις αγορές και την περιήγησή μου για να μου κάνετε «εξατομικευμένες προτάσεις» και στοχευμένες διαφημίσεις. Παρακαλώ σταματήστε κάθε τέτοια επεξεργασία για τον λογαριασμό μου. Το newsletter μπορώ να το κρατήσω, αυτό δεν με ενοχλεί.
Π. Αλεξίου""",
         "Παναγιώτης Αλεξίου"),
        ("withdraw_consent", (), "newsletter",
         """stamathste na mou stelnete newsletter kai prosfores sto email, den ta thelw pleon. euxaristw""",
         "Kostas M."),
        ("complaint", ("deletion",), "Καταγγελία – διαρροή των στοιχείων μου",
         """Κύριοι,

Τις τελευταίες δύο εβδομάδες δέχομαι καθημερινά email και SMS από εταιρείες που δεν γνωρίζω, όλα με αναφορά στο «ιστορικό αγορών σας σε είδη κήπου». Το email που χρησιμοποιούν το έχω δώσει ΜΟΝΟ σε εσάς – το έχω φτιάξει ειδικά για τις αγορές μου στο site σας. Άρα ή πουλήσατε τα στοιχεία μου ή είχατε διαρροή.

Απαιτώ να διαγράψετε αμέσως όλα τα δεδομένα μου. Θα υποβάλω επίσης καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Χ. Σπυρόπουλος""",
         "Χρήστος Σπυρόπουλος"),
        ("other", (), "Ερώτηση για ψησταριά",
         """Καλησπέρα σας,

έχω ψωνίσει και παλιότερα από εσάς (έχω λογαριασμό στο site) και θα ήθελα να ρωτήσω αν η ψησταριά υγραερίου Delta 3 έρχεται με ρυθμιστή πίεσης ή πρέπει να τον πάρω ξεχωριστά. Επίσης, κάνει με φιάλη των 10 κιλών;

Ευχαριστώ πολύ,
Κατερίνα Νικολάου""",
         "Κατερίνα Νικολάου"),
        ("complaint", ("access",), "Υπενθύμιση – αίτημα πρόσβασης εντολέα μου κ. Ι. Αντωνίου",
         """Αξιότιμοι κύριοι,

Ως πληρεξούσια δικηγόρος του κ. Ιωάννη Αντωνίου, σας απέστειλα στις 14.02 αίτημα πρόσβασης στα προσωπικά δεδομένα του εντολέα μου (άρθρο 15 ΓΚΠΔ), μαζί με το σχετικό πληρεξούσιο. Μέχρι σήμερα δεν έχω λάβει ούτε απάντηση ούτε καν βεβαίωση παραλαβής, παρότι η προθεσμία του ενός μηνός έχει παρέλθει.

Σας καλώ να ικανοποιήσετε το αίτημα εντός επτά (7) ημερών. Διαφορετικά θα προσφύγουμε στην Αρχή Προστασίας Δεδομένων χωρίς άλλη ειδοποίηση.

Με τιμή,
Ευαγγελία Μαυρίδου
Δικηγόρος Αθηνών""",
         "Ευαγγελία Μαυρίδου"),
        ("automated", (), "Αυτόματη απάντηση: Re: Το αίτημά σας",
         """Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω από το γραφείο έως τις 26/8 με περιορισμένη πρόσβαση στο email. Για επείγοντα θέματα καλέστε στο 210 6543 210.

Thank you for your email. I am out of the office until 26/8 with limited access to email.

Γιάννης Κωνσταντίνου""",
         "Γιάννης Κωνσταντίνου"),
    ],

    "bg": [
        ("other", (), "Пратката не е пристигнала",
         """Здравейте,

Поръчах градински маркуч и пръскачка (поръчка № 9912034) преди 12 дни. В профила ми пише „изпратена“, но номерът за проследяване не дава никаква информация. Може ли да проверите какво става?

Благодаря,
Десислава Петрова""",
         "Десислава Петрова"),
        ("deletion", (), "Закриване на профил",
         """Здравейте,

След шест години в Белгия се връщам окончателно в България и затварям всичко, което имам тук – банка, телефон, абонаменти. Вашият магазин е последен в списъка :) Бях доволна, но вече няма да пазарувам от вас, а и не доставяте до България.

Моля, закрийте профила ми и изтрийте всички лични данни, които пазите за мен. Картата за лоялност също може да се анулира, точките не ми трябват.

Поздрави,
Мария Стоянова""",
         "Мария Стоянова"),
        ("correction", ("withdraw_consent",), "Телефонът в профила",
         """Здравейте, в профила ми е записан телефонът на бившия ми съпруг (0487 61 20 95) – явно той го е въвел навремето. Моля сменете го с моя: 0471 22 33 48. И спрете да ми пращате SMS-и с промоции, не ги искам, на който и номер да е.

Благодаря, Светла Иванова""",
         "Светла Иванова"),
        ("access", (), "danni",
         """Zdraveite, iskam da znam kakvi lichni danni imate za men – ime, adres, telefon, kakvo sam kupuval, vsichko. Izpratete mi kopie na tozi email. Mersi
Ivan Georgiev""",
         "Ivan Georgiev"),
        ("restriction", (), "Спор по поръчка № 9901123 – данните ми",
         """Уважаеми госпожи и господа,

Във връзка с предстоящото съдебно дело срещу вашата фирма заради дефектна косачка, която отказахте да ремонтирате по гаранция, ви уведомявам, че данните ми и историята на профила ми ще ми бъдат нужни като доказателство.

Затова моля НЕ изтривайте нищо – нито профила, нито кореспонденцията. Но до приключване на делото не желая да ги използвате за каквото и да било друго освен да ги съхранявате.

С уважение,
инж. Петър Николов""",
         "Петър Николов"),
        ("portability", (), "GDPR request",
         """Здравейте,

Съгласно чл. 20 от Общия регламент относно защитата на данните моля да ми предоставите личните данни, които съм ви дал (профил, адреси, история на поръчките), в структуриран, широко използван и машинночетим формат, за да мога да ги използвам при друг търговец.

С уважение,
Калоян Димитров""",
         "Калоян Димитров"),
        ("objection", (), "Не давайте данните ми на рекламодатели",
         """Здравейте,

Забелязах, че след всяка покупка при вас ми излизат реклами за същите неща във Фейсбук и Инстаграм. Не съм съгласна данните за покупките ми да се подават на Meta или на други рекламни мрежи и да ми се правят профили. Моля, спрете това за моя профил.

Поздрави,
Гергана""",
         "Гергана Маринова"),
        ("other", (), "karta za loyalnost na baba mi",
         """Zdraveite, pisha vmesto baba mi, tia ne polzva kompiutar. Ima vasha karta za loyalnost i iska da znae mozhe li da si polzva tochkite ako porucha po telefona, ili triabva da ima profil v saita? Blagodarya!
Viktor""",
         "Viktor Kolev"),
        ("withdraw_consent", (), "Бюлетин – дъщеря ми",
         """Здравейте, дъщеря ми е на 16 и преди време се е записала за бюлетина ви заради някаква игра с награди. Сега получава по няколко имейла седмично. Моля, отпишете я – адресът е niki.todorova08@abv.bg. Тя е съгласна :)

Благодаря, Ралица Тодорова""",
         "Ралица Тодорова"),
        ("complaint", ("deletion",), "Re: Искане за изтриване на данни",
         """Пиша ви за трети път. На 5 май и на 28 май поисках да изтриете профила ми и всички мои данни. Нито отговор, нищо, а бюлетинът продължава да идва. Ако до края на седмицата не получа потвърждение, че данните ми са изтрити, подавам жалба в Комисията за защита на личните данни.

Николай Христов""",
         "Николай Христов"),
        ("complaint", ("access", "objection"), "Кой ви позволи?!",
         """Здравейте,

Днес ми звъня някаква фирма за соларни панели, нарече ме по име и знаеше адреса ми. Когато попитах откъде имат данните ми, казаха „от партньор – онлайн магазин за дом и градина“. Това сте вие. Никога не съм давала съгласие да продавате или да давате данните ми на когото и да било!

Искам да знам какви мои данни сте предали, на кого и кога. И веднага спрете да ги споделяте с партньори за реклама.

Ако това се повтори, ще сигнализирам където трябва.

Теодора Илиева""",
         "Теодора Илиева"),
        ("automated", (), "Недоставено съобщение: Re: Вашето искане",
         """Съобщението ви не можа да бъде доставено до следните получатели:

    hristov.n77@abv.bg
    Пощенската кутия на получателя е пълна.
    Remote server returned: 552 5.2.2 Mailbox full

Това е автоматично генерирано съобщение. Моля, не отговаряйте.

----- Оригинално съобщение -----
From: privacy@shop.example.be
To: hristov.n77@abv.bg
Subject: Re: Вашето искане""",
         "MAILER-DAEMON"),
    ],
}

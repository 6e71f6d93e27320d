"""Person mail for fiftyeighth, in pl cs hr sv ro el bg: where the shop got the data, and paper/partner mail. Written apart from the rules (see make_fiftyeighth.py)."""

PEOPLE_XF = {
    "pl": [
        ("access", (),
         "Skąd macie mój adres?",
         """Dzień dobry,

wczoraj w skrzynce znalazłam Państwa katalog zimowy zaadresowany imiennie do mnie: "Pani Agnieszka Wróblewska, Rue Vandenpeereboom 27, 1080 Molenbeek-Saint-Jean". Nigdy nic u Państwa nie kupowałam, nie mam karty stałego klienta ani konta w sklepie internetowym, nie zapisywałam się też na żaden newsletter. Mieszkam w Belgii od dwóch lat i naprawdę nie mam pojęcia, kto mógł Państwu przekazać moje dane.

Proszę o informację, skąd macie Państwo moje imię, nazwisko i adres (art. 15 ust. 1 lit. g RODO), jakie jeszcze dane na mój temat przechowujecie i czy przekazaliście je komuś dalej.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("objection", ("access",),
         "Profilowanie - sprzeciw",
         """Szanowni Państwo,

po rozmowie z konsultantką na infolinii (dzwoniłem w sprawie punktów na karcie) dowiedziałem się przy okazji, że w Państwa systemie figuruję jako "gospodarstwo domowe z dziećmi, przedział dochodowy B, wiek 35-44". Sam nigdy takich danych nie podawałem. Konsultantka powiedziała, że to "wzbogacenie bazy" od zewnętrznej firmy i że na tej podstawie dobieracie, który katalog do kogo idzie.

Na podstawie art. 21 RODO wnoszę sprzeciw wobec profilowania mnie w celach marketingowych i wobec wykorzystywania takich dokupionych informacji o mnie. Przy okazji proszę o podanie nazwy firmy, od której te dane kupiliście.

Pozdrawiam
Tomasz Kaczmarek
nr karty 6032 1187 4410""",
         "Tomasz Kaczmarek"),
        ("deletion", (),
         "katalog dla zmarłego ojca",
         """Dzień dobry,

mój tata, Stanisław Zieliński, zmarł w lutym. Od tamtej pory co miesiąc przychodzi na jego nazwisko Wasza gazetka i katalog, a ostatnio nawet list "Panie Stanisławie, tęsknimy za Panem!". Mama za każdym razem płacze jak to wyjmuje ze skrzynki.

Bardzo proszę usunąć jego dane z Waszej bazy i nic więcej na jego nazwisko nie wysyłać. Adres: ul. Słowackiego 14/3, 62-800 Kalisz (zamawiał od Was przez internet z wysyłką do Polski, chyba od 2019).

Magdalena Zielińska-Kos""",
         "Magdalena Zielińska-Kos"),
        ("correction", (),
         "Re: Confirmation of your address change",
         """To już drugi raz. Adres zmieniłam w koncie w czerwcu, dostałam od Was potwierdzenie (poniżej), a jesienny katalog i tak poszedł na stary adres przy Sint-Pietersnieuwstraat - nowy lokator przyniósł mi go wczoraj do pracy. Pewnie znowu wzięliście go z jakiejś starej listy do wysyłek.

Proszę poprawić adres WSZĘDZIE, także w bazie do wysyłek papierowych, nie tylko w sklepie internetowym. Aktualny: Brugsesteenweg 140, 9030 Mariakerke.

Joanna Pietrzak

> Dear Ms Pietrzak,
>
> We confirm that the address in your customer account has been updated to:
> Brugsesteenweg 140, 9030 Mariakerke
>
> Kind regards,
> Customer Service""",
         "Joanna Pietrzak"),
        ("restriction", ("access",),
         "Konkurs na portalu / NIE usuwajcie moich danych",
         """Dzień dobry,

opiszę sytuację od początku, bo jest trochę zawiła. W sierpniu wzięłam udział w konkursie "Wygraj robot kuchenny" na jednym portalu z przepisami. Przy formularzu było pole "zgadzam się na otrzymywanie ofert od partnerów" - jestem prawie pewna, że było już zaznaczone, ja go nie klikałam. Od września dostaję od Was SMS-y, maile i raz przyszedł papierowy katalog z moim imieniem.

Złożyłam reklamację do tego portalu i jeśli nic nie zrobią, pójdę z tym do UODO. Dlatego proszę, żebyście NA RAZIE NIE KASOWALI moich danych, bo potrzebuję dowodu kiedy i od kogo je dostaliście. Ale do czasu wyjaśnienia sprawy nie używajcie ich do niczego - żadnych SMS-ów, maili ani katalogów.

Proszę też o przesłanie kopii tej "zgody", którą od nich dostaliście (data, godzina, treść checkboxa, adres IP jeśli jest).

Dziękuję
Ewa Mazur
tel. 512 874 309""",
         "Ewa Mazur"),
        ("withdraw_consent", (),
         "",
         """prosze wypisac mnie z newslettera i smsow, katalogu papierowego tez juz nie chce. zgody cofam

K. Nowak
Wysłane z iPhone'a""",
         "Krzysztof Nowak"),
        ("complaint", ("deletion",),
         "SKARGA - katalog zabawek dla mojego 7-letniego syna",
         """Szanowni Państwo,

14 października napisałam do Was, że mój syn Kuba (7 lat!) dostaje pocztą katalog zabawek zaadresowany na niego: "Kuba Lewandowski, Naamsestraat 61, 3000 Leuven". Nigdy nie podawaliśmy Wam jego danych, nie ma u Was żadnego konta, a ja kupuję u Was może dwa razy w roku i to na swoje nazwisko. Poprosiłam o wyjaśnienie i o usunięcie danych dziecka.

Minęło siedem tygodni. Dostałam tylko automatyczną odpowiedź "Twoja wiadomość jest dla nas ważna". Ważna?? Wczoraj przyszedł kolejny katalog na Kubę, tym razem świąteczny, z kartką "Napisz list do Mikołaja!". Dziecko oczywiście zachwycone, ja mniej.

Uważam, że to jest zupełnie nie w porządku: przetwarzacie dane dziecka, nie wiadomo skąd, i ignorujecie moje pismo. Składam skargę do UODO, a ponieważ mieszkamy w Belgii, również do Gegevensbeschermingsautoriteit. Kopię tej wiadomości zachowuję.

Jeszcze raz: natychmiast usuńcie wszystkie dane mojego syna.

Katarzyna Lewandowska""",
         "Katarzyna Lewandowska"),
        ("other", (),
         "Naklejka na skrzynce",
         """Dzień dobry,

mam takie ogólne pytanie. Na skrzynce mam naklejkę "Geen reclame / Pas de publicité", a mimo to co tydzień dostaję Waszą gazetkę "Aan de bewoner". Sąsiad twierdzi, że gazetki sklepowe się nie liczą, bo to "informacja", a nie reklama. Czy to w ogóle zgodne z przepisami w Belgii? Gazetka nie jest na moje nazwisko, więc nie chodzi mi o moje dane, po prostu jestem ciekawy jak to jest.

Pozdrawiam
Paweł Sikora""",
         "Paweł Sikora"),
        ("other", (),
         "Oferta druku katalogów i mailingów adresowanych",
         """Szanowni Państwo,

nazywam się Marta Olszewska i reprezentuję drukarnię offsetową z Poznania. Od 15 lat drukujemy katalogi, gazetki i mailingi adresowane dla sieci handlowych w Polsce, Niemczech i krajach Beneluksu.

Oferujemy m.in.:
- druk katalogów do 200 stron w nakładach od 10 000 egz.,
- personalizację (imię i nazwisko, kod rabatowy) i kopertowanie,
- przygotowanie wysyłki przez bpost,
- przetwarzanie list adresowych zgodnie z RODO (umowa powierzenia w standardzie).

Czy mogłabym przesłać próbki i cennik osobie odpowiedzialnej za marketing? Przepraszam, jeśli ten adres nie jest właściwy - nie znalazłam innego na stronie.

Z poważaniem
Marta Olszewska
Dział Eksportu""",
         "Marta Olszewska"),
        ("other", (),
         "Katalog świąteczny",
         """Dzień dobry, 3 tygodnie temu zamówiłam przez formularz na stronie papierowy katalog świąteczny i dalej go nie ma. Czy wysyłacie go też do Polski, czy tylko w Belgii? Chciałam wybrać prezenty z mamą, która nie korzysta z internetu.
Pozdrawiam, Beata Wójcik""",
         "Beata Wójcik"),
    ],
    "cs": [
        ("access", (),
         "dotaz",
         """Dobrý den, přišel mi od vás katalog na moje jméno a adresu, přitom jsem u vás v životě nic nekoupil. Co o mně všechno máte a odkud??

J. Dvořák""",
         "Jan Dvořák"),
        ("objection", (),
         "Leták ve vyúčtování od dodavatele elektřiny",
         """Dobrý den,

v obálce s ročním vyúčtováním od mého dodavatele elektřiny byl leták s vaší nabídkou a se slevovým kódem vytištěným přímo na mé jméno ("Pro paní Hanu Benešovou – 15 % na vše"). Dodavateli jsem psala a odpověděl mi, že adresy nikomu nepředává, ale že "personalizaci dodává partner". Předpokládám tedy, že jste si moje údaje s ním nějak spárovali.

Nepřeji si, aby moje údaje byly takto používány pro přímý marketing, ani aby se sdílely nebo párovaly s vašimi partnery (energetika, banky, časopisy, kdokoli). Vznáším tímto námitku podle čl. 21 odst. 2 GDPR.

S pozdravem
Hana Benešová
Palackého 18, 779 00 Olomouc""",
         "Hana Benešová"),
        ("deletion", (),
         "Pan Procházka tu nebydlí",
         """Dobrý den,

už asi rok nám do schránky chodí vaše katalogy pro pana Miroslava Procházku. Ten tu nebydlí minimálně od roku 2021, byt jsme koupili od úplně jiného majitele a pana Procházku ani neznáme. Vymažte prosím jeho jméno s naší adresou z vašeho seznamu, ať to nemusím pořád nosit zpátky na poštu.

Adresa: Lidická 52, 602 00 Brno

Díky
Veronika Malá""",
         "Veronika Malá"),
        ("correction", ("access",),
         "Špatné jméno a oslovení v katalogu",
         """Dobrý den,

katalog mi chodí na jméno „Pan Petr Svobodová". Jsem paní Petra Svobodová. Navíc je tam špatně číslo domu (Husova 1184 místo 1148), takže to pošťačka pokaždé nosí sousedům. Prosím opravte to.

A taky by mě zajímalo, odkud ty údaje vůbec máte – u vás jsem se registrovala jen v e-shopu a tam mám všechno správně. Tohle muselo přijít odjinud.

Děkuji
Petra Svobodová""",
         "Petra Svobodová"),
        ("portability", (),
         "Export dat z věrnostního programu",
         """Dobrý den,

ráda bych využila právo na přenositelnost údajů podle čl. 20 GDPR. Pošlete mi prosím data z mého zákaznického účtu a věrnostní karty – nákupy, body, adresy doručení, odběr katalogu – ve strojově čitelném formátu (CSV nebo JSON, prosím ne naskenované PDF). Chci si je nahrát do aplikace na domácí rozpočet.

Číslo karty: 4410 2298 0017
E-mail u účtu: lucie.kralova@example.cz

Děkuji
Lucie Králová""",
         "Lucie Králová"),
        ("withdraw_consent", ("objection",),
         "Odhlášení + lookalike",
         """Dobrý den,

odvolávám souhlas se zasíláním newsletteru, SMS i tištěného katalogu.

Zároveň nechci, abyste moje údaje (e-mail, telefon, nákupy) používali k vytváření „podobných publik" na Facebooku nebo u partnerů, ani k ničemu podobnému. S tím nesouhlasím.

Děkuji
Ondřej Kratochvíl""",
         "Ondřej Kratochvíl"),
        ("complaint", ("access",),
         "Stížnost – porušení informační povinnosti dle čl. 14 GDPR",
         """Vážení,

dne 3. září 2024 jsem obdržel adresovaný reklamní dopis Vaší společnosti na adresu Na Pankráci 1620/7, 140 00 Praha 4. Tuto adresu jsem Vám nikdy nesdělil, nejsem Vaším zákazníkem a nemám u Vás účet.

Podle čl. 14 odst. 3 písm. b) GDPR jste mne měli nejpozději při první komunikaci informovat o tom, z jakého zdroje mé osobní údaje pocházejí. To jste neučinili. Dne 12. září jsem Vám proto napsal a o tuto informaci požádal. Do dnešního dne, tj. po více než dvou měsících, jsem neobdržel žádnou odpověď.

Považuji to za porušení nařízení a podávám stížnost u Úřadu pro ochranu osobních údajů. Současně Vás znovu žádám o sdělení zdroje mých údajů a rozsahu údajů, které o mně zpracováváte.

S pozdravem
Ing. Radek Havel""",
         "Radek Havel"),
        ("other", (),
         "Katalog v angličtině?",
         """Dobrý den,

bydlím krátce v Bruselu a ve schránce jsem našla váš leták (bez jména, „pro obyvatele domu"). Je jen ve francouzštině a nizozemštině. Existuje i anglická verze, nebo aspoň online verze katalogu, kterou si můžu přeložit? Líbí se mi ty lampy na straně 12.

Děkuji
Tereza Černá""",
         "Tereza Černá"),
        ("other", (),
         "Nabídka: čištění a obohacení adresní databáze",
         """Dobrý den,

jsme česká společnost specializující se na správu zákaznických dat pro e-commerce a retail. Pro vaše tištěné katalogy a direct mail nabízíme:

- validaci adres a opravu překlepů v reálném čase,
- službu „přestěhoval se" – aktualizaci adres zákazníků po stěhování,
- obohacení databáze o segmenty domácností (věk, typ domácnosti, kupní síla),
- lookalike modely pro akvizici nových zákazníků.

Vše samozřejmě v souladu s GDPR. Rádi bychom vám naši službu představili na krátkém online hovoru. Vyhovoval by vám příští týden?

S pozdravem
Martin Veselý
Business Development""",
         "Martin Veselý"),
        ("other", (),
         "Re: Vaše žádost o výmaz",
         """Děkuji za rychlé vyřízení, katalogy opravdu přestaly chodit. Přeji hezký den.

Pavel Novotný

> Dobrý den, pane Novotný,
>
> Vaše údaje jsme odstranili z našeho seznamu pro zasílání katalogů.
> Je možné, že jeden již vytištěný katalog ještě dorazí.
>
> S pozdravem
> Tým ochrany osobních údajů""",
         "Pavel Novotný"),
    ],
    "hr": [
        ("access", (),
         "Zahtjev za informacijom o izvoru osobnih podataka",
         """Poštovani,

dana 14. listopada na kućnu adresu (Ulica Ivana Gorana Kovačića 9, 10000 Zagreb) zaprimio sam Vaš katalog naslovljen osobno na mene. Nikada nisam kupovao u Vašoj trgovini niti sam se registrirao na Vašoj stranici ili u aplikaciji.

Temeljem članka 15. stavka 1. točke (g) i članka 14. Opće uredbe o zaštiti podataka molim da mi dostavite:
– izvor iz kojeg ste dobili moje osobne podatke,
– popis podataka koje o meni obrađujete,
– svrhe obrade i pravnu osnovu,
– primatelje kojima su podaci otkriveni,
– razdoblje čuvanja.

Odgovor molim na ovu e-mail adresu.

S poštovanjem,
Dario Jurić""",
         "Dario Jurić"),
        ("deletion", ("withdraw_consent",),
         "nagradna igra",
         """Bok,

prije par mjeseci sam se prijavila na nagradnu igru na jednom portalu o putovanjima (nikad više) i očito sam negdje kliknula da se slažem s "ponudama partnera". Sad mi stižu vaši mailovi, a prošli tjedan i katalog poštom na moje ime.

Povlačim tu privolu i molim da obrišete sve moje podatke koje imate.

Hvala,
Ivana Babić""",
         "Ivana Babić"),
        ("restriction", (),
         "Re: Vaš upit – izvor podataka",
         """Poštovani,

hvala na odgovoru, ali molim da moje podatke NE brišete. Podnio sam prigovor AZOP-u protiv te agencije koja vam je iznajmila moju adresu i trebaju mi dokazi da je adresa od njih došla do vas, i kada.

Do završetka postupka molim da ograničite obradu: nemojte mi ništa slati, nemojte ih koristiti ni za što, samo ih čuvajte.

Lp,
Marko Perić

> Poštovani gospodine Periću,
>
> Vaša adresa dio je adresne liste koju smo u svibnju unajmili od
> vanjskog pružatelja usluga za jednokratnu kampanju kataloga.
> Ukoliko želite, Vaše podatke možemo jednostavno obrisati.
>
> Srdačan pozdrav,
> Služba za zaštitu podataka""",
         "Marko Perić"),
        ("objection", (),
         "Prigovor na profiliranje",
         """Dobar dan,

ne želim da me svrstavate u "tip kućanstva" i "razred prihoda" na temelju podataka kupljenih od trećih strana, niti da mi na temelju toga šaljete ciljane ponude i kataloge. Prigovaram takvoj obradi (čl. 21. GDPR).

Nikola Horvat
kartica vjernosti 7712 0043 5561""",
         "Nikola Horvat"),
        ("portability", (),
         "Podaci s kartice vjernosti",
         """Pozdrav,

nakon šest godina u Belgiji selim se natrag u Split. Molim vas da mi pošaljete podatke s mog korisničkog računa i kartice vjernosti (povijest kupnji, bodove, adrese) u strojno čitljivom formatu, CSV ili Excel, kako bih ih mogla prenijeti u drugi program vjernosti. Znam da na to imam pravo po čl. 20.

Račun je na ovu e-mail adresu.

Hvala unaprijed,
Marija Kovačević""",
         "Marija Kovačević"),
        ("withdraw_consent", (),
         "",
         """odjavite me molim vas s kataloga i sms obavijesti, ne želim više ništa primati

Sent from my iPhone""",
         "Tomislav Knežević"),
        ("complaint", ("deletion",),
         "Treći put pišem!!!",
         """Poštovani,

ovo je treći put da vam pišem i ne dobivam nikakav odgovor.

Moja majka, Ana Matić, preminula je prošle godine. Od tada na njezino ime stižu vaši katalozi, a zadnja dva mjeseca i pisma nekog vašeg "partnera" s velikim naslovom "ČESTITAMO, OSVOJILI STE!" i vašim logotipom na dnu. Moj otac ima 82 godine, ne vidi dobro i skoro je nazvao onaj broj s pisma misleći da je mama nešto osvojila. Znate li vi kako je to njemu?

Pisala sam vam 2. rujna i 7. listopada, oba puta s osmrtnicom u prilogu. Ništa. Nikakav odgovor, a pisma i dalje stižu.

Ovo je krajnje neprofesionalno i neljudski. Ako do kraja tjedna ne dobijem odgovor, podnosim prigovor Agenciji za zaštitu osobnih podataka (AZOP). Odmah obrišite mamine podatke i prestanite ih davati bilo kome.

Sanja Matić
Vukovarska 112, 31000 Osijek""",
         "Sanja Matić"),
        ("other", (),
         "Prijava – grafička dizajnerica za kataloge i letke",
         """Poštovani,

ovim putem šaljem otvorenu prijavu za posao grafičke dizajnerice. Imam sedam godina iskustva u pripremi kataloga, letaka i adresiranih mailinga za trgovački lanac u Hrvatskoj, od prijeloma do pripreme za tisak. Od siječnja se selim u Gent pa tražim posao u Belgiji.

Znam da ovo vjerojatno nije prava adresa, ali na stranici nisam našla kontakt za zapošljavanje. Bila bih vam zahvalna da proslijedite moj mail odjelu ljudskih resursa. Životopis i portfolio su u prilogu.

Srdačan pozdrav,
Lucija Pavlović""",
         "Lucija Pavlović"),
        ("other", (),
         "Cijena u letku",
         """Dobar dan, u vašem letku koji je došao "Aan de bewoner" televizor 55" stoji 499 €, a u trgovini u Antwerpenu na polici piše 549 €. Koja cijena vrijedi? Prodavač nije znao. Hvala, Goran Vuković""",
         "Goran Vuković"),
        ("other", (),
         "Upit za članak o adresnim listama",
         """Poštovani,

pišem članak za jedan hrvatski potrošački portal o tome kako trgovci dolaze do adresa za tiskane kataloge. Zanima me općenito:

1. Kupujete li ili iznajmljujete adrese od brokera ili koristite samo vlastitu bazu kupaca?
2. Poštujete li belgijsku Robinson listu i slične registre u drugim državama?
3. Koliko posto vaših kataloga ide adresirano, a koliko kao neadresirani letak?

Ne tražim ništa vezano uz svoje podatke, samo opće informacije za tekst. Ako mi možete dati izjavu ili kontakt osobe za medije, bila bih zahvalna.

Lijep pozdrav,
Petra Radić, novinarka""",
         "Petra Radić"),
    ],
    "sv": [
        ("access", (),
         "Var har ni fått min adress ifrån?",
         """Hej!

Idag kom en katalog från er, adresserad till mig med fullständigt namn. Jag har aldrig handlat hos er, inte ens på nätet, och jag har dessutom varit registrerad i NIX-Adresserat i flera år just för att slippa sånt här.

Jag vill veta var ni har fått min adress ifrån, vilka uppgifter ni har om mig och om ni har lämnat dem vidare till någon annan.

Mvh
Karin Lindqvist
Storgatan 12 B, 852 30 Sundsvall""",
         "Karin Lindqvist"),
        ("correction", (),
         "Felaktiga uppgifter om mig",
         """Hej,

Jag fick er kampanj "för hela familjen" med en bilaga med leksaker och skolväskor. När jag ringde kundtjänst för att fråga varför, sa de att jag ligger i systemet som "barnfamilj, 35–44 år, villa" enligt uppgifter ni har köpt in.

Jag är 61, bor i lägenhet och har inga barn hemma sedan länge. Rätta det där, tack, det är helt fel.

Gunilla Åberg
kundnummer 30-448 217""",
         "Gunilla Åberg"),
        ("deletion", (),
         "Re: Ärende 20931 – avliden kund",
         """Hej igen,

här kommer dödsbeviset som ni bad om (bifogat som PDF). Pappa dog i april och katalogerna fortsätter komma till hans adress i Västerås, där jag nu håller på att tömma lägenheten. Radera honom ur ert register, både kundklubben och katalogutskicken.

/Eva Sjöberg

> Dear Ms Sjöberg,
>
> We are sorry for your loss. In order to remove your father's data
> from our systems, we kindly ask you to send us a copy of the death
> certificate or another document showing that you act for the estate.
>
> Kind regards,
> Privacy Team""",
         "Eva Sjöberg"),
        ("portability", (),
         "Dataportabilitet",
         """Hej,

enligt artikel 20 i dataskyddsförordningen vill jag få ut de uppgifter jag själv har lämnat till er – kundkontot, köphistoriken i appen och bonuskortet – i ett maskinläsbart format (CSV eller JSON). Skicka gärna direkt till den här mejladressen.

Tack på förhand!
Johan Berg""",
         "Johan Berg"),
        ("restriction", ("access",),
         "Radera INTE mina uppgifter ännu",
         """Hej,

ni skrev förra veckan att min adress kom från ett "adressbolag" och att ni kan radera den om jag vill. Gör inte det än. Jag har anmält adressbolaget till IMY och behöver underlaget, så det är viktigt att det finns kvar vad ni fått och när.

Spara alltså uppgifterna men använd dem inte till något under tiden, inga utskick, ingen katalog. Behandla dem som spärrade tills ärendet är klart.

Skicka också gärna en kopia på exakt vad ni har fått om mig från dem.

Vänliga hälsningar
Mikael Holmberg""",
         "Mikael Holmberg"),
        ("objection", ("withdraw_consent",),
         "Sluta lämna ut min adress",
         """Hej,

min bank skickade ett brev med ett "exklusivt partnererbjudande" från er, och en vecka senare kom även er egen katalog hem till mig. Jag har aldrig bett om det.

Jag vill inte att ni lämnar ut, samkör eller matchar mina uppgifter med partnerföretag för reklam, varken bank, elbolag eller tidningar. Och samtycket till nyhetsbrevet tar jag tillbaka.

Mvh
Anders Nyström""",
         "Anders Nyström"),
        ("withdraw_consent", (),
         "",
         """avregistrera mig från nyhetsbrevet o sms tack
/Lisa Ek""",
         "Lisa Ek"),
        ("other", (),
         "Frågor till en uppsats om direktreklam",
         """Hej!

Jag läser marknadsföring vid Lunds universitet och skriver en C-uppsats om hur europeiska detaljhandelskedjor använder adresserad direktreklam jämfört med oadresserade reklamblad. Jag har några allmänna frågor:

– Hur stor del av era kataloger skickas adresserat?
– Använder ni köpta adresslistor eller bara egna kunder?
– Hur hanterar ni spärregister som NIX eller den belgiska Robinsonlistan?

Det gäller alltså inte mina egna uppgifter, jag är inte ens kund hos er. Jag skulle bli jätteglad för ett kort svar eller namnet på någon jag kan intervjua.

Tack!
Elin Sandberg""",
         "Elin Sandberg"),
        ("other", (),
         "Trasig lampa, order 7730152",
         """Hej,

jag beställde taklampan "Nordlys" från er katalog (sidan 34) och den kom idag med en spricka i glaskupan. Kartongen såg hel ut så det måste ha hänt innan. Hur gör jag för att få en ny? Bilder bifogade.

Hälsningar
Per Gustafsson""",
         "Per Gustafsson"),
        ("other", (),
         "Är detta bluff?",
         """Hej, jag fick ett brev där det står att jag har "vunnit en surfplatta" i en tävling med er logga längst ner, och att jag ska ringa ett nummer för att hämta ut vinsten. Jag minns inte att jag har tävlat. Är det verkligen ni som ligger bakom det eller är det bluff? Vill inte ringa om det är fejk.
Birgitta Olsson""",
         "Birgitta Olsson"),
    ],
    "ro": [
        ("access", (),
         "De unde aveți datele mele?",
         """Bună ziua,

ieri am primit prin poștă un pliant pe numele meu, cu un cod de reducere „special pentru dumneavoastră, doamna Popescu". Nu am cumpărat niciodată nimic de la dumneavoastră și nu am card de fidelitate.

Vă rog să-mi spuneți de unde aveți numele și adresa mea, ce alte date mai dețineți despre mine și cui le-ați mai dat.

Mulțumesc,
Elena Popescu
Chaussée de Mons 455, 1070 Anderlecht""",
         "Elena Popescu"),
        ("correction", (),
         "Re: Confirmation de votre changement d'adresse",
         """Bună ziua,

m-am mutat în martie, v-am anunțat și mi-ați confirmat (vedeți mai jos). Cu toate astea, catalogul de toamnă a ajuns tot la adresa veche din Liège, noul chiriaș mi-a trimis poza pe WhatsApp. Se pare că adresa veche a fost readăugată din altă listă.

Vă rog corectați adresa peste tot, inclusiv în lista pentru trimiterea catalogului pe hârtie. Adresa corectă este: Rue Saint-Gilles 212, 4000 Liège.

Cu stimă,
Cristian Stan

> Bonjour Monsieur Stan,
>
> Nous vous confirmons que votre adresse a bien été modifiée dans votre
> compte client.
>
> Cordialement,
> Le service clientèle""",
         "Cristian Stan"),
        ("deletion", ("access",),
         "Catalog de jucării pe numele fiicei mele",
         """Bună ziua,

fiica mea are 6 ani și azi a primit un catalog de jucării pe numele ei, „Domnișoara Ana Ionescu", la adresa noastră din Schaerbeek. Noi nu v-am dat niciodată numele ei, eu cumpăr de la voi pe contul meu și atât. Cum e posibil așa ceva?!

Vreau să știu de unde ați luat numele copilului și vreau să ștergeți imediat orice date aveți despre ea.

Raluca Ionescu""",
         "Raluca Ionescu"),
        ("portability", (),
         "Export date card fidelitate",
         """Bună,

aș vrea să primesc datele mele (istoricul cumpărăturilor de pe cardul de fidelitate și din aplicație) într-un fișier CSV sau Excel, conform art. 20 GDPR, ca să le pot importa în aplicația mea de buget. Nu un PDF, vă rog, ceva ce se poate citi de calculator.

Card: 5120 7734 0091

Mersi,
Andrei Marinescu""",
         "Andrei Marinescu"),
        ("restriction", ("access",),
         "Comanda 88310472 respinsă – verificare de credit",
         """Bună ziua,

săptămâna trecută am vrut să cumpăr de la voi o mașină de spălat în rate. Comanda a fost respinsă, iar la telefon mi s-a spus că „verificarea externă" a dat un risc ridicat. Eu n-am avut niciodată datorii sau credite neplătite, lucrez de 8 ani la aceeași firmă. Cred că agenția m-a confundat cu altcineva care are același nume – Ion Constantin nu e chiar un nume rar.

Până se lămurește asta, vă rog să nu mai folosiți rezultatul acestei verificări pentru nicio decizie despre mine. Dar nici să nu-l ștergeți, am nevoie de el pentru contestație.

Vă rog să-mi spuneți și ce agenție ați folosit și ce date despre mine le-ați trimis.

Cu stimă,
Ion Constantin
tel. +32 471 22 90 18""",
         "Ion Constantin"),
        ("withdraw_consent", (),
         "dezabonare",
         """nu mai vreau newsletter, sms-uri si nici catalogul pe hartie. retrag acordul.
Mihai""",
         "Mihai Dumitru"),
        ("complaint", (),
         "Plângere – cerere fără răspuns de 45 de zile",
         """Stimate doamne și stimați domni,

la data de 2 septembrie 2024 v-am transmis, la această adresă de e-mail, o cerere prin care vă solicitam să-mi comunicați sursa din care ați obținut adresa mea poștală, pe care ați folosit-o pentru trimiterea unui catalog adresat nominal. Nu sunt și nu am fost niciodată clientul dumneavoastră.

Termenul de o lună prevăzut de art. 12 alin. (3) din Regulamentul (UE) 2016/679 a expirat de mult. Nu am primit nici răspuns, nici o notificare privind prelungirea termenului, nici măcar o confirmare de primire.

Consider această atitudine inacceptabilă. Vă informez că am depus o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP) și că voi sesiza, de asemenea, autoritatea belgiană (APD/GBA).

Cu stimă,
Adriana Georgescu
Str. Mihai Eminescu nr. 47, ap. 12, 400000 Cluj-Napoca""",
         "Adriana Georgescu"),
        ("other", (),
         "Preț greșit în pliant?",
         """Bună ziua, în pliantul de săptămâna asta aspiratorul de pe pagina 3 e la 149 €, iar în magazinul din Bruxelles (Rue Neuve) e 189 €. Casiera a zis că pliantul e doar pentru online. Pe pliant nu scrie asta nicăieri. Care e prețul corect?
Mulțumesc, Gabriela Stoica""",
         "Gabriela Stoica"),
        ("other", (),
         "Ofertă distribuție flyere și cataloage",
         """Bună ziua,

suntem o firmă din Iași care se ocupă de distribuția de materiale publicitare: flyere „cutie cu cutie", cataloage și mostre, în toată România. Am văzut că livrați și în România și ne-ar face plăcere să vă ajutăm dacă doriți să faceți campanii de promovare aici.

Lucrăm doar cu distribuție neadresată, deci nu aveți nevoie de baze de date cu adrese. Vă pot trimite o ofertă de preț pe zone.

Cu stimă,
Florin Moldovan
Director vânzări""",
         "Florin Moldovan"),
        ("other", (),
         "Livrare în România",
         """Bună ziua,

am primit de la o prietenă din Belgia catalogul vostru și aș vrea să comand câteva lucruri (lenjerie de pat și două lămpi). Livrați și în România, la Timișoara? Cât costă transportul și în cât timp ajunge?

Mulțumesc frumos,
Diana Lazăr""",
         "Diana Lazăr"),
    ],
    "el": [
        ("access", (),
         "Ερώτηση",
         """Καλησπέρα, μου ήρθε κατάλογός σας με το ονοματεπώνυμό μου. Δεν σας έχω δώσει ποτέ τη διεύθυνσή μου. Τι στοιχεία έχετε για μένα;;

Γ. Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("correction", (),
         "Λάθος στοιχεία στον κατάλογο",
         """Γεια σας,

ο κατάλογός σας έρχεται με παραλήπτη «Mr Dimitra Georgiou». Είμαι γυναίκα, ευχαριστώ πολύ. Επίσης ο ταχυδρομικός κώδικας είναι λάθος (1050 αντί για 1060), γι' αυτό ο τελευταίος έφτασε με τρεις εβδομάδες καθυστέρηση, αφού πρώτα γύρισε όλο τον Άγιο Γίλη.

Παρακαλώ διορθώστε τα στοιχεία μου.

Δήμητρα Γεωργίου
Rue de la Victoire 112, 1060 Saint-Gilles""",
         "Δήμητρα Γεωργίου"),
        ("deletion", ("objection",),
         "Δεν είμαι πελάτης σας",
         """Καλημέρα σας,

δεν έχω αγοράσει ποτέ τίποτα από το κατάστημά σας, κι όμως λαμβάνω εδώ και μήνες προσωποποιημένη διαφήμιση στο σπίτι μου. Από ό,τι κατάλαβα από τον υπάλληλο στο τηλέφωνο, η διεύθυνσή μου προήλθε από «νοικιασμένη λίστα» κάποιας εταιρείας.

Διαγράψτε με από κάθε βάση δεδομένων σας και μη χρησιμοποιήσετε ποτέ ξανά τη διεύθυνσή μου για διαφήμιση.

Νίκος Αθανασίου""",
         "Νίκος Αθανασίου"),
        ("portability", (),
         "Μεταφορά δεδομένων",
         """Καλησπέρα,

μετά από πέντε χρόνια στις Βρυξέλλες επιστρέφω στη Θεσσαλονίκη. Θα ήθελα, σύμφωνα με το άρθρο 20 του ΓΚΠΔ, να μου στείλετε τα δεδομένα του λογαριασμού μου και της κάρτας μέλους (αγορές, πόντους, διευθύνσεις) σε αρχείο CSV ή JSON, ώστε να τα μεταφέρω σε άλλο πρόγραμμα επιβράβευσης.

Ευχαριστώ,
Ελένη Κωνσταντίνου""",
         "Ελένη Κωνσταντίνου"),
        ("restriction", (),
         "Re: Το αίτημά σας #55120",
         """Καλησπέρα,

δεν έδωσα ποτέ τέτοια συγκατάθεση στην τράπεζα. Το έχω θέσει ήδη στην τράπεζα γραπτώς και περιμένω απάντηση.

Μέχρι να ξεκαθαρίσει το θέμα, παρακαλώ να μη χρησιμοποιείτε τα στοιχεία μου για τίποτα, ούτε καταλόγους ούτε email. Μην τα διαγράψετε όμως ακόμη, γιατί θα τα χρειαστώ ως απόδειξη.

Κώστας Μιχαηλίδης

> Αγαπητέ κύριε Μιχαηλίδη,
>
> Τα στοιχεία σας μας διαβιβάστηκαν από τη συνεργαζόμενη τράπεζα
> στο πλαίσιο κοινής προωθητικής ενέργειας, βάσει της συγκατάθεσης
> που δώσατε κατά το άνοιγμα του λογαριασμού σας.
>
> Με εκτίμηση,
> Ομάδα Προστασίας Δεδομένων""",
         "Κώστας Μιχαηλίδης"),
        ("objection", (),
         "Εναντίωση στην επεξεργασία – άρθρο 21 ΓΚΠΔ",
         """Αξιότιμοι κύριοι,

με την παρούσα ασκώ το δικαίωμα εναντίωσης του άρθρου 21 παρ. 2 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΕΕ) 2016/679 όσον αφορά:

α) την επεξεργασία των δεδομένων μου για σκοπούς απευθείας εμπορικής προώθησης μέσω ταχυδρομείου (έντυποι κατάλογοι, επιστολές),
β) τη διαβίβαση ή αντιστοίχιση των δεδομένων μου με συνεργάτες σας (τράπεζες, παρόχους ενέργειας, περιοδικά) για κοινές προωθητικές ενέργειες,
γ) τη χρήση τους για τη δημιουργία «παρόμοιων κοινών» (lookalike).

Παρακαλώ να με ενημερώσετε γραπτώς για την ικανοποίηση του αιτήματός μου.

Με εκτίμηση,
Αικατερίνη Βλάχου
Λεωφ. Κηφισίας 214, 115 26 Αθήνα""",
         "Αικατερίνη Βλάχου"),
        ("complaint", ("access",),
         "ΑΠΑΡΑΔΕΚΤΟ",
         """Κύριοι,

ο πατέρας μου, 79 χρονών, έλαβε τον Σεπτέμβριο επιστολή με μεγάλα γράμματα «ΣΥΓΧΑΡΗΤΗΡΙΑ! ΚΕΡΔΙΣΑΤΕ ΜΙΑ ΤΗΛΕΟΡΑΣΗ!» και το λογότυπό σας στο κάτω μέρος, από κάποιον «συνεργάτη» σας. Για να «παραλάβει το δώρο» έπρεπε να καλέσει έναν αριθμό υψηλής χρέωσης. Τον κάλεσε τρεις φορές. Τηλεόραση φυσικά δεν είδε ποτέ, μόνο έναν λογαριασμό τηλεφώνου 64 ευρώ.

Σας έγραψα στις 20 Σεπτεμβρίου και στις 15 Οκτωβρίου. Καμία απάντηση. Ο πατέρας μου δεν ήταν ποτέ πελάτης σας, αγόρασε μια φορά ένα ραδιόφωνο όταν ήρθε να μας επισκεφτεί στη Γάνδη, και αυτό ήταν όλο.

Θεωρώ απαράδεκτο να δίνεται η διεύθυνση ενός ηλικιωμένου σε τέτοιες εταιρείες και να μην απαντάτε καν. Υποβάλλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα. Και θέλω να μάθω επιτέλους πώς πήρε ο «συνεργάτης» σας τη διεύθυνσή του.

Μαρία Σταματοπούλου""",
         "Μαρία Σταματοπούλου"),
        ("other", (),
         "Λίστα Robinson",
         """Γεια σας,

μια γενική ερώτηση: άκουσα ότι στο Βέλγιο υπάρχει η «λίστα Robinson» για να μη λαμβάνει κανείς διαφημιστικά με το ταχυδρομείο. Ισχύει και για τα φυλλάδια που έρχονται χωρίς όνομα, «Aan de bewoner», ή μόνο για τα ονομαστικά; Και πώς γράφεται κανείς, είναι δωρεάν; Ρωτάω για τη μητέρα μου που μένει στη Λιέγη.

Ευχαριστώ,
Σοφία Ιωάννου""",
         "Σοφία Ιωάννου"),
        ("other", (),
         "Πρόταση συνεργασίας – εκτυπώσεις καταλόγων",
         """Αξιότιμοι κύριοι,

η εταιρεία μας είναι γραφικές τέχνες με έδρα τον Ασπρόπυργο και εξάγει εδώ και 20 χρόνια έντυπο υλικό σε Βέλγιο, Ολλανδία και Γερμανία: καταλόγους, φυλλάδια, προσωποποιημένες επιστολές και φακέλους.

Θα θέλαμε να σας παρουσιάσουμε τις τιμές μας για τον χριστουγεννιάτικο κατάλογο του επόμενου έτους. Μπορούμε να στείλουμε δείγματα στα γραφεία σας.

Με εκτίμηση,
Θανάσης Δημητρίου
Τμήμα Πωλήσεων Εξωτερικού""",
         "Θανάσης Δημητρίου"),
        ("other", (),
         "Κουπόνι καταλόγου δεν δουλεύει",
         """Καλησπέρα, στο πίσω μέρος του καταλόγου που μου ήρθε υπάρχει κουπόνι 10 € (κωδικός WINTER10) αλλά στο ηλεκτρονικό κατάστημα μου βγάζει «μη έγκυρος κωδικός». Λήγει στις 30/11. Τι κάνω λάθος;
Στέλιος Καραγιάννης""",
         "Στέλιος Καραγιάννης"),
    ],
    "bg": [
        ("access", (),
         "Искане по чл. 15 от ОРЗД",
         """Уважаеми госпожи и господа,

На 2 ноември получих по пощата каталог на Вашия магазин, адресиран лично до мен. Никога не съм пазарувал при Вас и не съм Ви предоставял своите данни – нито онлайн, нито в магазин.

На основание чл. 14 и чл. 15 от Общия регламент относно защитата на данните Ви моля да ми предоставите:
– източника, от който сте получили личните ми данни (чл. 15, пар. 1, буква „ж");
– копие от данните, които обработвате за мен;
– получателите, на които са разкрити;
– срока, за който ще бъдат съхранявани.

С уважение,
Петър Георгиев
бул. „Витоша" 88, 1463 София""",
         "Петър Георгиев"),
        ("correction", (),
         "Re: Your request",
         """Здравейте,

благодаря за отговора, но проблемът не е решен. В каталога името ми е изписано „Jivko Dimitrov", а на картата ми за лоялност е „Zhivko Dimitrov". И каталогът продължава да идва на стария ми адрес в Мехелен, въпреки че от година живея в Льовен и съм сменил адреса в профила си.

Моля коригирайте данните навсякъде, и в системата за изпращане на каталози. Правилният адрес е: Tiensestraat 203, 3000 Leuven.

Поздрави,
Живко Димитров

> Dear Mr Dimitrov,
>
> Thank you for your message. Your customer profile shows your current
> address in Leuven. If you keep receiving mail at another address,
> please let us know.
>
> Kind regards,
> Customer Service""",
         "Живко Димитров"),
        ("portability", (),
         "Преносимост на данни",
         """Здравейте,

искам да ми изпратите данните, които съм Ви предоставил (профил, история на покупките, точки по картата за лоялност), в машинночетим формат – CSV или JSON, по чл. 20 от ОРЗД. Ако е възможно, предпочитам да ги прехвърлите директно към новата ми верига за лоялност, ще Ви пратя контакта им.

Благодаря,
Стоян Николов""",
         "Стоян Николов"),
        ("restriction", ("correction",),
         "Оспорвам данните за „тип домакинство“",
         """Здравейте,

от служител в магазина в Брюксел разбрах, че в системата Ви съм класифицирана като „самотен пенсионер, нисък доход" – по данни, купени от външна фирма. Това не е вярно: на 42 години съм, омъжена съм и работя на пълен работен ден. Заради това получавам каталози за слухови апарати и столове за баня.

Оспорвам точността на тези данни. Докато ги проверявате, Ви моля да ограничите обработването им и да не ги използвате за нищо. След това ги поправете.

Поздрави,
Десислава Тодорова""",
         "Десислава Тодорова"),
        ("objection", ("withdraw_consent",),
         "Спрете",
         """Здравейте,

не желая данните ми да се използват за „подобни аудитории" в социалните мрежи, нито да се дават или съпоставят с Ваши партньори (банки, телефонни оператори, списания). Възразявам срещу това.

Освен това оттеглям съгласието си за бюлетина по имейл.

Калин Петров""",
         "Калин Петров"),
        ("withdraw_consent", (),
         "",
         """Здравейте, не искам повече вашия каталог и имейлите. Отпишете ме моля. Благодаря
М. Иванова""",
         "Мария Иванова"),
        ("complaint", ("access",),
         "Жалба – проверка за кредитоспособност без мое знание",
         """Здравейте,

пиша Ви вече ядосан, защото никой не ми отговаря от месец.

През октомври поръчах от Вашия онлайн магазин лаптоп на изплащане. Поръчката беше отказана. Няколко дни по-късно получих писмо от агенция за кредитна информация, в което пише, че Вашата фирма е направила справка за мен. Никъде при поръчката не беше ясно написано, че ще правите такава проверка, нито кой ще я прави. Сега тази справка стои в досието ми и може да ми навреди, когато кандидатствам за ипотека.

На 28 октомври Ви писах и поисках обяснение. Получих само автоматичен отговор. На 12 ноември писах отново. Нищо.

Това е неприемливо. Подавам жалба в Комисията за защита на личните данни (КЗЛД), а ако трябва – и в белгийския орган. Настоявам да ми кажете коя агенция сте питали, какви данни за мен сте им изпратили и какъв резултат сте получили.

Георги Стоянов
ул. „Цар Симеон" 14, 4000 Пловдив""",
         "Георги Стоянов"),
        ("other", (),
         "Каталогът на нидерландски или френски?",
         """Здравейте, живеем в Брюксел и ни идва вашата брошура без име, „за живущите". Идва само на нидерландски. Има ли и френска версия, и къде мога да я видя онлайн? Там поне разбирам нещо :)
Поздрави, Анелия Костова""",
         "Анелия Костова"),
        ("other", (),
         "Re: Вашето искане за изтриване",
         """Благодаря, всичко е наред, каталогът вече не идва. Хубав ден!

Ралица Маринова

> Dear Ms Marinova,
>
> We have removed your details from our catalogue mailing list.
> Please note that one catalogue already printed may still arrive.
>
> Kind regards,
> Privacy Team""",
         "Ралица Маринова"),
        ("other", (),
         "Предложение: рекламни кампании с „подобни аудитории“",
         """Уважаеми колеги,

ние сме дигитална агенция от София с клиенти в Белгия и Нидерландия. Помагаме на търговци да достигат до нови клиенти чрез кампании с „подобни аудитории" в социалните мрежи и чрез комбиниране на онлайн реклама с адресирани пощенски пратки.

Ще се радваме да Ви представим казуси от наши клиенти в сектора на електрониката и дома. Удобен ли би бил кратък онлайн разговор следващата седмица?

С уважение,
Виктор Ангелов
Агенция за дигитален маркетинг""",
         "Виктор Ангелов"),
    ],
}

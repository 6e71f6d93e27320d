"""Person mail for the seventythird set (pl cs hr sv ro el bg): the brands and manufacturers whose products the shop sells (warranty registration, safety recalls, cashback and test panels, reviews passed to brands, smart appliance apps, brand service-centre repairs, brand marketing), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventythird.py)."""

PEOPLE_FF = {
    "pl": [
        ("access", (),
         "Cashback Brisa – skąd ta firma ma mój adres?",
         """Dzień dobry,

w listopadzie kupiłam w Państwa sklepie w Anderlechcie frytkownicę Brisa AirCrisp XL (paragon z 14.11.2025). Kasjerka powiedziała, że trwa akcja cashback 30 euro i że mogę się zgłosić od razu przy kasie na tablecie. Podałam imię, nazwisko, e-mail i numer konta, a zdjęcie paragonu zrobiła ona sama. Pieniądze przyszły po trzech tygodniach, więc tu wszystko w porządku.

Natomiast od stycznia dostaję papierowe listy od firmy „PromoHandling BV" z Holandii, z ofertami różnych marek AGD. Adresu domowego przy kasie nie podawałam. Mam u Państwa kartę stałego klienta, może stamtąd?

Chciałabym się dowiedzieć, jakie moje dane przekazali Państwo firmie Brisa albo tej agencji, kiedy, i skąd oni w ogóle mają mój adres. Przy okazji proszę też o informację, co Państwo sami o mnie przechowują.

Z poważaniem
Agnieszka Wróblewska
Chaussée de Mons 212, 1070 Anderlecht""",
         "Agnieszka Wróblewska"),
        ("withdraw_consent", (),
         "zgoda na oferty marek",
         """Hej,

przy zakładaniu konta w aplikacji zaznaczyłam chyba „Chcę otrzymywać oferty od marek partnerskich Shop Example". Teraz co tydzień mam maila od jakiejś Hydry, Kovry czy innej Sonvii. Odwołuję tę zgodę.

Wasz zwykły newsletter może zostać, chodzi mi tylko o te od producentów.

Dzięki
Ola Szymańska""",
         "Aleksandra Szymańska"),
        ("correction", (),
         "zmiana adresu - fotelik Kidsy",
         """Witam,

teściowa dała mi znać, że na jej adres (nasze stare mieszkanie w Antwerpii, Lange Kievitstraat 19) przyszedł list od Państwa w sprawie wycofania fotelika samochodowego Kidsy Orbit 360 – podobno pękają zaczepy isofix. Fotelik kupiliśmy u Państwa w 2024 r., a od roku mieszkamy w Gandawie, tylko nigdy nie zmieniłem adresu w koncie.

Bardzo proszę o zmianę adresu w moim koncie klienta na:
Kortrijksesteenweg 88 bus 3, 9000 Gent

Jeśli przyjdą jeszcze jakieś komunikaty bezpieczeństwa, to niech trafiają do nas, a nie do teściowej :)

Nr karty klienta: 2200 4471 0932

Pozdrawiam
Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("other", (),
         "pokrywka zastępcza nie przyszła",
         """Dzień dobry,

po wycofaniu szybkowaru Kovra PressoMax zgłosiłam się na stronie producenta po nową pokrywkę z poprawionym zaworem. Minęło sześć tygodni i nic nie przyszło. W sklepie przy Anspach powiedzieli, żebym napisała maila, to piszę.

Kiedy ta pokrywka dotrze? I czy do tego czasu mogę w ogóle gotować w tym garnku bez ciśnienia, jak zwykły garnek?

Numer zgłoszenia: KV-RC-118204

Pozdrawiam serdecznie
Joanna Mazur""",
         "Joanna Mazur"),
        ("deletion", (),
         "Panel testowy Nordhem - zakończony",
         """Dzień dobry,

w zeszłym roku zgłosiłem się przez Państwa stronę do panelu testowego odkurzaczy Nordhem (model R9 z kamerą). W formularzu trzeba było wgrać zdjęcia mieszkania, narysować plan pomieszczeń, podać, czy są zwierzęta i dzieci, jakie podłogi itd.

Test skończył się w lutym, odkurzacz oddałem kurierowi, wszystkie ankiety wypełniłem. Nie widzę powodu, żeby zdjęcia i plan mojego mieszkania dalej u Państwa leżały. Proszę je usunąć razem z całym zgłoszeniem do panelu i potwierdzić to mailem.

Konto klienta zostawiam, chodzi tylko o panel.

Michał Zieliński""",
         "Michał Zieliński"),
        ("objection", (),
         "Telefony od Hydry",
         """Dzień dobry.

W marcu kupiłem przez sklep internetowy zmywarkę Hydra (zamówienie WEB-2026-0312-77410). Od tego czasu dzwonią do mnie z Hydry z ofertą przedłużonej gwarancji i tabletek do zmywarki, do tego maile co kilka dni. Na infolinii Hydry usłyszałem, że moje dane dostali od Państwa „w ramach rejestracji produktu i prawnie uzasadnionego interesu".

Nie życzę sobie, żeby Państwo przekazywali moje dane producentom do celów reklamowych, ani teraz, ani przy kolejnych zakupach. Gwarancję mam ustawową, do niczego ich rejestracja nie jest mi potrzebna. Proszę o zaprzestanie.

Paweł Dąbrowski""",
         "Paweł Dąbrowski"),
        ("portability", (),
         "eksport danych z aplikacji Shop Home",
         """Cześć,

mam pralkę i suszarkę Hydra podpięte przez Waszą aplikację Shop Home (ta, co pokazuje zużycie prądu i wody przy każdym praniu). Przechodzę na Home Assistanta i chciałbym przenieść tam historię z ostatnich dwóch lat, żeby nie zaczynać od zera.

W aplikacji są tylko wykresy, nie ma żadnego przycisku „pobierz". Czy możecie mi wysłać te dane (data, program, kWh, litry, czas) w pliku JSON albo CSV? Konto w aplikacji jest na k.nowicki@poczta.example.pl.

Dzięki wielkie!
Krzysiek Nowicki""",
         "Krzysztof Nowicki"),
        ("complaint", (),
         "SKANDAL – mail o wycofaniu czajnika",
         """Dziś rano dostałem od Was maila „Ważne: wycofanie czajnika Kovra KT-200".

W polu DO było około 80 adresów e-mail innych klientów, a w załączniku plik Excel z imionami, nazwiskami, adresami i numerami telefonów wszystkich, którzy kupili ten czajnik. W tym moje. Każdy z tych 80 osób ma teraz mój adres domowy i telefon.

To jest zwyczajny wyciek danych. Oczekuję wyjaśnienia, jak do tego doszło, czy zgłosiliście to do belgijskiego urzędu ochrony danych (GBA/APD) i co zamierzacie zrobić. Jeżeli w ciągu tygodnia nie dostanę sensownej odpowiedzi, sam złożę skargę.

Marek Jankowski""",
         "Marek Jankowski"),
        ("restriction", (),
         "Zlecenie SR-26-008813 – prośba o zabezpieczenie dokumentacji",
         """Szanowni Państwo,

w dniu 3 lutego 2026 r. oddałam w Państwa sklepie w Liège laptop Optivo 14 Pro do naprawy gwarancyjnej (zlecenie SR-26-008813). Laptop został przesłany do serwisu producenta i odebrałam go 24 lutego.

Po odbiorze stwierdziłam, że w czasie, gdy komputer był w serwisie, otwierano folder z moimi prywatnymi zdjęciami oraz skany dokumentów. Sprawę zgłosiłam na policję (PV nr LI.55.L1.004512/2026). Nie piszę teraz ze skargą – wyjaśnieniem zajmie się policja.

W związku z tym, na podstawie art. 18 RODO, proszę o ograniczenie przetwarzania moich danych związanych z tym zleceniem: proszę nie usuwać dokumentacji zlecenia, protokołów serwisu ani korespondencji z serwisem Optivo, ponieważ mogą być potrzebne jako dowód, ale jednocześnie nie wykorzystywać ich do żadnych innych celów do czasu zakończenia postępowania.

Proszę o pisemne potwierdzenie.

Z poważaniem
Katarzyna Lewandowska
Rue Saint-Gilles 57, 4000 Liège""",
         "Katarzyna Lewandowska"),
        ("other", (),
         "rejestracja gwarancji TV",
         """Witam,

kupiłem u Was telewizor Sonvia 65" w promocji „5 lat gwarancji". Na ulotce w pudełku jest napisane, że trzeba zarejestrować produkt na stronie Sonvii w ciągu 30 dni, inaczej obowiązuje tylko 2 lata.

Czy to naprawdę konieczne, czy wystarczy Wasz paragon? Nie bardzo mi się chce zakładać kolejne konto i podawać wszystkiego od nowa. Jak trzeba, to trudno, ale wolę zapytać.

Pozdrawiam
Piotr Wójcik""",
         "Piotr Wójcik"),
    ],
    "cs": [
        ("other", (),
         "Je moje baterie v té svolávací akci?",
         """Dobrý den,

četl jsem na webu, že Velto svolává baterie k elektrokolům kvůli přehřívání. Kolo mám od Vás z dubna 2024 (prodejna Leuven), baterie má sériové číslo VB36-2404-118733.

Týká se to i mé baterie? A mám kolo do té doby nechat stát? Jezdím na něm denně do práce, tak bych to potřeboval vědět.

Díky
Tomáš Pospíšil""",
         "Tomáš Pospíšil"),
        ("access", (),
         "Termostat Termalux – jaké údaje máte",
         """Dobrý den,

v prosinci mi Váš technik instaloval chytrý termostat Termalux Sense (zakázka INST-25-12-0456). Při instalaci mi na svém tabletu založil účet v aplikaci Termalux, zadal tam můj e-mail, adresu a tuším i plánek bytu s radiátory. Nikdo mi to pořádně nevysvětlil, spěchal na další zakázku.

Rád bych věděl, jaké údaje o mně u Vás k té instalaci vedete, co z toho šlo výrobci a jestli Vám Termalux naopak posílá nějaká data o tom, jak a kdy topím.

Děkuji
Jiří Procházka
Rue Vanderkindere 150, 1180 Uccle""",
         "Jiří Procházka"),
        ("withdraw_consent", (),
         "Testovací panely",
         """Dobrý den,

před časem jsem Vám dala souhlas, že mě můžete oslovovat s nabídkami do testovacích panelů značek (naposledy kávovar Pekar, ten byl fajn). Teď už ale nechci, nemám na to čas. Souhlas tímto odvolávám.

Děkuji
Eva Dvořáková""",
         "Eva Dvořáková"),
        ("deletion", ("withdraw_consent",),
         "Cashback Sonvia",
         """Dobrý den,

v lednu jsem přes Váš web žádal o cashback 100 € na televizor Sonvia QX55. Formulář chtěl kopii občanky (!), číslo účtu a fotku výrobního štítku. Peníze přišly 20. 2., díky.

Teď bych prosil všechno z té žádosti smazat, hlavně tu kopii dokladu a číslo účtu, nevidím důvod, aby to někde zůstávalo.

A ještě: zaškrtl jsem tam tehdy, že chci dostávat novinky od Sonvie e-mailem. To už taky nechci, ruším to.

Ondřej Svoboda""",
         "Ondřej Svoboda"),
        ("other", (),
         "filtr",
         """Dobry den, potrebuju nahradni HEPA filtr do robotickeho vysavace Nordhem R7. V e-shopu ho nemuzu najit, jen ten na R9. Budete ho mit nebo kde ho sehnat? Diky

Radek Krejci""",
         "Radek Krejčí"),
        ("correction", (),
         "Špatné příjmení – recenze i účet",
         """Dobrý den,

napsala jsem u Vás recenzi na mixér Brisa a teď ji vidím i na stránkách Brisy, podepsanou „Lenka Kučerová". Jenže od loňského léta jsem vdaná a jmenuji se Horáková. V zákaznickém účtu mám pořád staré příjmení a na webu ho změnit nejde, políčko je šedé.

Prosím o změnu příjmení v mém účtu na Horáková. E-mail a adresa jsou správně.

Děkuji a hezký den
Lenka Horáková""",
         "Lenka Horáková"),
        ("portability", (),
         "Nákupy a registrace – ve strojově čitelné podobě",
         """Dobrý den,

jsem OSVČ (tady v Belgii zelfstandige) a u Vás nakupuji vybavení do dílny – nářadí Kraftvolt, kompresor, vysavač na prach. Část věcí jste při nákupu rovnou registrovali u výrobce kvůli prodloužené záruce.

Potřeboval bych všechna svoje data o nákupech za roky 2024 a 2025 (datum, položky, ceny, DPH, sériová čísla registrovaných výrobků) v souboru, který jde načíst do účetního programu a do tabulky – CSV, XML, cokoliv takového. V aplikaci jsou jen jednotlivé účtenky v PDF, to je k ničemu. Pokud vím, podle GDPR mám na svoje data v takové podobě nárok.

Zákaznická karta 2200 8812 5541

S pozdravem
Martin Černý""",
         "Martin Černý"),
        ("objection", (),
         "Moje recenze na webu výrobce",
         """Dobrý den,

všiml jsem si, že moje recenze na vysavač Nordhem, kterou jsem psal u Vás v e-shopu, je i na stránkách Nordhemu a na jednom srovnávači cen, i s mým jménem a městem.

Recenzi jsem psal pro Vaše zákazníky, ne pro výrobce. U Vás ať klidně zůstane, ale nepřeji si, abyste moje recenze (tuhle ani další) předávali výrobcům nebo jiným webům. Prosím, přestaňte s tím.

Petr Veselý""",
         "Petr Veselý"),
        ("complaint", (),
         "Stížnost – oprava telefonu, zakázka RP-26-03-2291",
         """Dobrý den,

10. března jsem v prodejně Gent Zuid odevzdal telefon Sonvia X5 k záruční opravě displeje. Prodavačka trvala na tom, že musím na servisní list napsat PIN k odemčení, „jinak to servis nevezme".

Telefon se vrátil po třech týdnech. V galerii jsem pak v koši našel smazané screenshoty mé bankovní aplikace a fotek, které jsem nedělal, pořízené 17. 3., kdy byl telefon v servisu. Servisní list s PINem navíc přišel zpátky přilepený izolepou zvenku na krabici, takže ho viděl každý kurýr a každý na prodejně.

Považuji to za hrubé porušení ochrany mých osobních údajů. Žádám vysvětlení, kdo měl telefon v rukou a proč po zákaznících chcete PIN. Zvažuji podání stížnosti u belgického úřadu pro ochranu osobních údajů.

Jakub Marek""",
         "Jakub Marek"),
        ("other", (),
         "Reklamace rychlovarné konvice",
         """Dobrý den,

konvice Kovra, kterou jsem koupila u Vás v Antverpách v lednu 2025, přestala hřát. Výrobce mi na lince řekl, že reklamaci musím řešit přes prodejce. V obchodě mi řekli, ať napíšu na tenhle e-mail, tak píšu :)

Jak mám postupovat? Účtenku mám, krabici už ne.

Děkuji
Hana Novotná""",
         "Hana Novotná"),
    ],
    "hr": [
        ("access", ("objection",),
         "Kako je Kovra dobila moju adresu?",
         """Poštovani,

prije mjesec dana kupila sam pećnicu Kovra u vašoj trgovini u Woluweu. Prošli tjedan na kućnu adresu stiglo mi je pismo od Kovre, naslovljeno na moje ime, s katalogom i pozivnicom na „kuharsku radionicu za vlasnike Kovra pećnica".

Kovri svoje podatke nikad nisam dala. Molim vas da mi kažete koje ste moje podatke dali Kovri i na temelju čega, te što sve općenito o meni čuvate.

I molim vas da ubuduće ne prosljeđujete moje podatke proizvođačima za reklame.

Lijep pozdrav,
Ivana Horvat
Avenue de Broqueville 12, 1200 Woluwe-Saint-Lambert""",
         "Ivana Horvat"),
        ("other", (),
         "Reklamacija perilice posuđa - status?",
         """Dobar dan,

prijavila sam kvar perilice posuđa Hydra 3. ožujka (broj reklamacije RK-26-4471). Serviser je trebao doći u roku od 10 dana, a još se nitko nije javio. Pisala sam i službi za kupce, bez odgovora, pa pokušavam ovdje.

Imam dvoje male djece i već mjesec dana perem sve ručno... Kada će netko doći?

Lucija Marić""",
         "Lucija Marić"),
        ("correction", (),
         "Krivi email u aplikaciji Hydra Connect",
         """Bok,

vaš monter je 2.4. kod mene spajao perilicu-sušilicu Hydra na wifi i napravio mi račun u aplikaciji Hydra Connect. Upisao je email marko.bapic@net.example.be umjesto marko.babic@net.example.be (p umjesto b). Sad ne mogu resetirati lozinku jer mail nikad ne stigne.

U Hydri kažu da su podatke dobili od vas i da vi to morate ispraviti. Molim ispravite email kod sebe (nalog za ugradnju INST-26-04-0212) i javite Hydri ispravnu adresu.

Hvala,
Marko Babić""",
         "Marko Babić"),
        ("withdraw_consent", (),
         "Povlačenje privole - dijeljenje podataka s proizvođačem",
         """Pozdrav,

u aplikaciji Shop Home, kad sam spajala hladnjak Kovra FrostLine, iskočilo je „Dijeli podatke o korištenju s proizvođačem radi poboljšanja proizvoda" i ja sam kliknula DA, bez puno razmišljanja. Sad ne nalazim gdje se to isključuje u postavkama.

Povlačim tu privolu, molim vas isključite to. Račun u aplikaciji glasi na ana.tomic@mail.example.be.

Ana Tomić""",
         "Ana Tomić"),
        ("deletion", (),
         "Brisanje recenzija",
         """Poštovani,

prije dvije godine napisala sam nekoliko recenzija na vašoj stranici (usisavač, blender, sušilo za kosu), pod pravim imenom i sa slikom. Sad sam ih pronašla i na stranicama proizvođača, a jedna mi se pojavljuje među prvim rezultatima kad netko pretraži moje ime. Radim kao odvjetnica i to mi stvarno ne treba.

Molim da obrišete sve moje recenzije i moj profil recenzenta, i da javite proizvođačima kojima ste ih poslali da ih i oni maknu. Korisnički račun za kupnju neka ostane.

S poštovanjem,
Petra Kovačević""",
         "Petra Kovačević"),
        ("restriction", ("correction",),
         "Opoziv grijalice - nisam je kupio",
         """Poštovani,

dobio sam SMS da ćete moje podatke „zbog sigurnosnog opoziva" proslijediti tvrtki Termalux i da će me kontaktirati radi zamjene grijalice TX-2000.

Tu grijalicu nikad nisam kupio. Možda je netko kupovao na moju karticu vjernosti ili je greška u sustavu. Dok to ne provjerite, molim vas da moje podatke ne dajete Termaluxu ni nikome drugome i da ih ne koristite ni za što osim za tu provjeru. Ako se pokaže da je greška, maknite tu kupnju iz moje povijesti.

Kartica: 2200 6631 0458

Ante Perić""",
         "Ante Perić"),
        ("portability", (),
         "Prijenos podataka o kupnjama Veltu",
         """Dobar dan,

Velto je pokrenuo program „Velto Care" (produženo jamstvo na 5 godina za sve njihove proizvode), ali za svaki proizvod traže dokaz kupnje i serijski broj. Kod vas sam kupio e-bicikl, dva punjača, kacigu i dodatnu bateriju, sve 2024. i 2025., na karticu vjernosti.

Možete li te podatke o mojim kupnjama (datum, artikl, serijski broj, cijena) poslati direktno Veltu u elektroničkom obliku, da ne moram skenirati sve račune? Ovim mailom vas za to ovlašćujem. Velto kaže da prima podatke od trgovaca u CSV-u.

Kartica vjernosti 2200 3310 8876

Hvala,
Davor Jurić""",
         "Davor Jurić"),
        ("complaint", (),
         "Prigovor - servis prijenosnog računala, nalog SR-26-001207",
         """Poštovani,

dana 15. siječnja 2026. predao sam u vašoj trgovini u Namuru prijenosno računalo Optivo na jamstveni popravak (nalog SR-26-001207). Računalo je poslano u ovlašteni servis proizvođača i vraćeno mi je 2. veljače.

Pregledom sam utvrdio da su u tom razdoblju otvarane moje porezne prijave i skenovi osobnih dokumenata, a u pregledniku je zabilježena prijava na moj e-mail s nepoznatog uređaja. Nitko me pri predaji nije upozorio da napravim sigurnosnu kopiju i uklonim osobne podatke, niti je itko tražio moj pristanak za pristup datotekama.

Smatram da ste kao prodavatelj koji je računalo zaprimio i poslao u servis odgovorni za to kako se postupalo s mojim podacima. Tražim pisano objašnjenje u roku od 30 dana. U suprotnom ću podnijeti pritužbu belgijskom tijelu za zaštitu podataka (APD/GBA).

S poštovanjem,
Tomislav Knežević
Rue de Fer 8, 5000 Namur""",
         "Tomislav Knežević"),
        ("objection", (),
         "ne želim biti u nikakvom 'segmentu'",
         """Poštovani,

dobila sam e-mail: „Odabrani ste jer često kupujete kućanske aparate – prijavite se za test panel Pekar!". Dakle analizirate moje kupnje i svrstavate me u skupine za proizvođače.

To ne želim. Protivim se tome da moje podatke o kupnji koristite za profiliranje i za odabir za ponude proizvođača. Karticu i dalje želim koristiti za popuste na blagajni, samo to.

S poštovanjem,
Maja Novak""",
         "Maja Novak"),
        ("other", (),
         "zamjenski dio",
         """Poštovani,

stigao je zamjenski poklopac za blender Brisa (nakon opoziva), ali je za model 600, a ja imam 800 Pro. Ne paše uopće. Što sad? Da pošaljem sliku?

Hvala,
Zoran Vuković""",
         "Zoran Vuković"),
    ],
    "sv": [
        ("deletion", (),
         "Jag vill inte radera mitt konto, men...",
         """Hej,

jag vill inte radera mitt kundkonto hos er, men jag har sålt min robotdammsugare Nordhem R9 begagnad. Den ligger fortfarande kvar på mitt konto under ”Mina produkter”, med produktregistreringen och serienumret, och i Shop Home-appen finns kartorna över hela min lägenhet som den skannade.

Kan ni ta bort produkten, registreringen och kartorna från mitt konto? Köparen ska registrera den själv.

Tack!
/Sara Johansson""",
         "Sara Johansson"),
        ("other", (),
         "Reservdel glaskanna",
         """Hej!

Finns det en ersättningskanna i glas till kaffebryggaren Pekar Classic 10? Min gick i golvet i morse. Köpt hos er i Gent 2023.

Tack,
Anna Karlsson""",
         "Anna Karlsson"),
        ("access", (),
         "Fråga om GPS-data från elcykeln",
         """Hej!

Jag köpte en Velto City elcykel i er butik i Leuven i höstas. Säljaren hjälpte mig att koppla den till appen Velto Ride och registrera den ”för stöldskyddet”. Nu har jag läst att appen loggar alla turer med GPS.

Jag undrar: får ni som butik någon del av den datan från Velto? Och vad sparar ni om mig i samband med köpet och registreringen, och vad skickade ni till Velto? Jag vill gärna få en kopia av det ni har om mig.

Mvh
Erik Lindqvist""",
         "Erik Lindqvist"),
        ("withdraw_consent", (),
         "STOPP sms",
         """hej, sluta skicka sms om ”Märkesveckan”. jag kryssade väl i nåt när jag registrerade diskmaskinen hos er men jag vill inte ha det längre. tar tillbaka mitt ok för sms.

/Mikael

Skickat från min iPhone""",
         "Mikael Holm"),
        ("complaint", ("deletion",),
         "Klagomål – panelföretag kom hem till mig",
         """Hej,

i mars fyllde jag i en intresseanmälan på er webbplats för en testpanel för ”smarta hem”. Jag skrev uttryckligen i kommentarsfältet att jag bara ville bli kontaktad via e-post.

I förra veckan ringde en man från ”HomeTest Research” på min dörr med min adress och mitt mobilnummer på en utskrift och sa att han hade fått dem från Shop Example. Min adress och mitt nummer har ni bara från mina beställningar, inte från anmälan.

Jag tycker att det här är helt oacceptabelt och ärligt talat obehagligt. Jag vill ha en förklaring till varför mina uppgifter lämnades ut, och jag kräver att både ni och HomeTest raderar allt om mig som har med panelen att göra.

Ingrid Bergström""",
         "Ingrid Bergström"),
        ("portability", (),
         "Överföring av köphistorik till Fixly",
         """Hej,

jag använder appen Fixly för att hålla koll på garantier och kvitton hemma. Fixly kan ta emot data direkt från butiker, de har skickat mig instruktionerna för sitt API (kan vidarebefordra dem till rätt person hos er).

Kan ni föra över min köphistorik från kundkortet, framför allt vitvaror och elektronik med serienummer, köpdatum och garantitid, direkt till Fixly? Går det inte att skicka direkt så skicka gärna en CSV till mig så importerar jag själv.

Kundkort 2200 9014 3327

Med vänlig hälsning
Johan Nilsson""",
         "Johan Nilsson"),
        ("other", (),
         "Återkallelse vattenkokare – lämna i butik?",
         """Hej,

jag fick ett brev från Kovra om att vattenkokaren KT-200 återkallas. Där står att man kan lämna in den ”hos återförsäljaren”. Kan jag bara gå in i er butik vid Toison d'Or med den, eller måste jag skicka den någonstans? Och får jag pengarna tillbaka eller en ny?

Mvh
Per Gustafsson""",
         "Per Gustafsson"),
        ("restriction", (),
         "Radera inte min beställning än!",
         """Hej,

för två veckor sedan bad jag er stänga mitt konto. Nu har det blivit strul: Brisa har avslagit min cashback för airfryern eftersom deras system säger att köpet gjordes 3 februari, men jag beställde den 30 januari (kampanjen gällde t.o.m. 31/1) och hämtade den i butiken 3/2. Jag har överklagat hos Brisa och går vidare till Konsumentombudsmannen om det behövs.

Snälla, radera INTE beställningen och orderhistoriken än, jag behöver dem som bevis i tvisten. Ni får gärna låsa dem, men använd dem inte till något annat under tiden. Kontot kan ni stänga när tvisten är löst.

Order WEB-2026-0130-55218

Linnea Berg""",
         "Linnea Berg"),
        ("objection", (),
         "Återkallelse → reklam?",
         """Hej.

Förra året lämnade jag min adress och mitt telefonnummer till er för återkallelsen av Kidsy-barnvagnen (bromsen som släppte). Helt okej, säkerheten går först.

Men nu får jag sms och brev om ”Babyveckan hos Shop Example – 20 % på Kidsy”. Det var inte därför jag gav er uppgifterna. Jag motsätter mig att ni använder dem för marknadsföring. Sluta med det, tack.

Oskar Andersson""",
         "Oskar Andersson"),
        ("other", (),
         "Är detta äkta?",
         """Hej, jag fick ett mejl om ”Brisa Cashback 40 €” med en länk till brisa-cashback-promo.example. Gäller den kampanjen för köp i era butiker? Det ser lite skumt ut och jag vill inte skriva in mitt kvitto på fel ställe.

/Emma Lind""",
         "Emma Lind"),
    ],
    "ro": [
        ("withdraw_consent", (),
         "Retragere consimțământ Hydra",
         """Bună ziua,

când am înregistrat garanția pentru uscătorul de rufe Hydra prin formularul de pe site-ul dumneavoastră, am bifat căsuța „Accept să primesc noutăți de la Hydra și partenerii săi". Îmi retrag acest consimțământ.

Garanția rămâne, evident, vreau doar să nu mai primesc noutățile.

Cu stimă,
Diana Marinescu""",
         "Diana Marinescu"),
        ("access", (),
         "Ce date are service-ul Hydra despre mine?",
         """Bună ziua,

în martie a venit la mine acasă un tehnician de la service-ul autorizat Hydra, trimis de dumneavoastră pentru mașina de spălat (reparația RP-26-03-0918). A făcut poze cu mașina, dar și cu baia, cu buletinul meu („pentru identificare") și cu factura.

Aș vrea să știu ce date despre mine aveți dumneavoastră și ce a primit service-ul pentru această reparație, inclusiv pozele, și cât timp le păstrați. Vă rog să-mi trimiteți o copie.

Mulțumesc,
Andreea Popescu
Rue des Palais 40, 1030 Schaerbeek""",
         "Andreea Popescu"),
        ("other", (),
         "Garnitura",
         """Buna ziua, aveti garnitura de cauciuc pentru usa masinii de spalat Hydra WM-8? s-a rupt. e cumparata de la voi in 2022. multumesc

Florin""",
         "Florin Munteanu"),
        ("correction", (),
         "Nume greșit la înregistrarea frigiderului",
         """Salut,

în februarie am cumpărat de la voi (magazinul din Liège) un frigider Kovra și casiera mi-a făcut pe loc înregistrarea pentru garanția extinsă. Acum am primit certificatul de la Kovra pe numele „Mihai Ionescu", cu un număr de telefon care nu e al meu. Probabil a rămas ceva de la clientul dinainte.

Numele meu corect este Mihai Ionașcu, telefon 0485 12 34 56. Vă rog să corectați datele în fișa mea de client și în înregistrarea trimisă la Kovra, altfel nu pot folosi garanția.

Bon: 4021-0226-0117

Mersi,
Mihai Ionașcu""",
         "Mihai Ionașcu"),
        ("objection", (),
         "Nu vreau să fiu „audiență\" pentru branduri",
         """Am citit în politica voastră de confidențialitate că folosiți istoricul de cumpărături de pe cardul de fidelitate ca să creați „audiențe" pentru producători, care apoi îmi arată reclame pe Facebook și Instagram. Asta explică de ce, după ce am cumpărat un espressor Pekar, am fost bombardat două luni cu reclame Pekar.

Mă opun acestei prelucrări. Folosiți datele mele pentru card și pentru puncte, dar nu pentru publicitatea altora.

Vlad Georgescu
card 2200 7745 1109""",
         "Vlad Georgescu"),
        ("deletion", ("withdraw_consent",),
         "Ștergerea datelor – campania cashback Sonvia",
         """Bună ziua,

în decembrie am participat la campania cashback Sonvia prin site-ul vostru (căști, 25 € înapoi). Banii au venit, mulțumesc.

Vă rog să ștergeți toate datele mele din această campanie (IBAN, copia bonului, adresa). Tot atunci am bifat că accept ofertele Sonvia pe e-mail, îmi retrag și acordul acesta.

O zi bună,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),
        ("restriction", (),
         "Recenzia mea a fost modificată",
         """Bună ziua,

în februarie am scris pe site-ul vostru o recenzie de 3 stele la aspiratorul Nordhem R7. Acum apare pe site-ul Nordhem și pe alte două site-uri cu 1 stea și un text mult mai dur, cu numele meu complet. Eu nu am scris asta.

Până lămuriți ce s-a întâmplat, vă rog să nu mai trimiteți recenzia nicăieri și să o suspendați, dar să nu o ștergeți – vreau să se poată verifica ce am scris eu de fapt și ce a ajuns la Nordhem.

Alina Constantin""",
         "Alina Constantin"),
        ("portability", (),
         "Lista aparatelor pentru asigurare",
         """Bună ziua,

îmi fac o asigurare de locuință la Belvia Assurances și îmi cer lista bunurilor de valoare. Aproape toate electrocasnicele și electronicele le-am cumpărat de la voi și sunt pe cardul de fidelitate.

Puteți să trimiteți direct la Belvia, în format electronic (au un portal care acceptă fișiere CSV), lista cumpărăturilor mele de electronice și electrocasnice din ultimii 5 ani, cu dată, produs, serie și preț? Îmi dau acordul prin acest e-mail. Dacă nu se poate direct, trimiteți-mi fișierul mie și îl încarc eu.

Card 2200 1187 4420

Cu mulțumiri,
Cristian Radu""",
         "Cristian Radu"),
        ("complaint", ("access",),
         "Plângere – fără răspuns de două luni",
         """Stimată echipă,

pe 12 ianuarie v-am scris la această adresă ca să aflu ce date ale mele ați transmis firmei Kidsy în legătură cu rechemarea scaunului auto Orbit 360. Am fost sunată de ei pe numărul meu personal, pe care nu li l-am dat niciodată.

Nu am primit nici măcar o confirmare de primire. Au trecut două luni, iar termenul de o lună a expirat demult.

Vă retrimit cererea: ce date ale mele ați transmis către Kidsy, când și în ce scop. Totodată vă informez că, dacă nu primesc un răspuns în 10 zile, voi depune plângere la Autoritatea pentru Protecția Datelor din Belgia.

Gabriela Ene""",
         "Gabriela Ene"),
        ("other", (),
         "Cuptor cu microunde – e la service de 5 săptămâni",
         """Bună ziua,

cuptorul cu microunde Kovra e la service-ul producătorului de cinci săptămâni (fișa SR-26-02-3355, predat la magazinul din Charleroi). Nu mă sună nimeni, nu știe nimeni nimic la magazin.

Dacă nu se poate repara, aș vrea banii înapoi sau unul nou. Îmi puteți spune măcar unde e?

Mulțumesc,
Elena Stoica""",
         "Elena Stoica"),
    ],
    "el": [
        ("access", (),
         "Εγγραφές προϊόντων στο όνομά μου",
         """Καλησπέρα σας,

τα τελευταία χρόνια έχω αγοράσει από τα καταστήματά σας αρκετές συσκευές (ψυγείο, πλυντήριο, τηλεόραση, σκούπα) και κάθε φορά στο ταμείο μου έλεγαν «σας κάνουμε και την εγγραφή στον κατασκευαστή για την εγγύηση».

Θα ήθελα να μάθω ποια προϊόντα έχουν καταχωριστεί στο όνομά μου και σε ποιους κατασκευαστές, και ποια ακριβώς στοιχεία μου έλαβε ο καθένας (διεύθυνση; τηλέφωνο; email; ημερομηνία γέννησης;).

Ευχαριστώ,
Γιώργος Παπαδόπουλος
Avenue Rogier 95, 1030 Schaerbeek""",
         "Γιώργος Παπαδόπουλος"),
        ("other", (),
         "antallaktiko",
         """Kalimera, mou irthe to kainourio kapaki gia ti xytra Kovra PressoMax meta tin anaklisi alla einai spasmeno sti gonia. Ti kanw? Na to ferw sto magazi stis Vryxelles i na to steilw kapou?

Eyxaristw
Christos""",
         "Christos Papadakis"),
        ("correction", (),
         "Λάθος κινητό στον λογαριασμό μου",
         """Γεια σας,

η γειτόνισσά μου (!) μου έδειξε ένα SMS που της ήρθε από εσάς: «Σημαντικό: ανάκληση θερμάστρας Termalux TX-2000 που αγοράσατε...». Τη θερμάστρα όμως την αγόρασα εγώ.

Φαίνεται ότι στον λογαριασμό μου έχετε λάθος κινητό. Το σωστό είναι 0471 55 82 19, όχι 0471 55 82 91. Παρακαλώ διορθώστε το, και στείλτε μου και μένα τις οδηγίες για την ανάκληση.

Δήμητρα Ιωάννου""",
         "Δήμητρα Ιωάννου"),
        ("objection", (),
         "Τηλεφωνήματα για «έρευνες ικανοποίησης»",
         """Γεια σας.

Κάθε φορά που αγοράζω κάτι από εσάς, σε δυο-τρεις μέρες με παίρνει τηλέφωνο κάποιο call center «εκ μέρους της Sonvia» ή «εκ μέρους της Hydra» για να με ρωτήσει αν είμαι ευχαριστημένη. Στο τελευταίο μού είπαν ότι το τηλέφωνό μου το έχουν από το κατάστημα.

Δεν θέλω να με παίρνουν. Μη δίνετε το τηλέφωνό μου για τέτοια πράγματα και μη με καλείτε ούτε εσείς για έρευνες.

Βασιλική Αντωνίου""",
         "Βασιλική Αντωνίου"),
        ("deletion", (),
         "Λογαριασμός Kovra Connect μετά την επιστροφή του ψυγείου",
         """Καλημέρα.

Τον Φεβρουάριο επέστρεψα το «έξυπνο» ψυγείο Kovra που είχα πάρει από εσάς (πήρα τα χρήματα πίσω, όλα εντάξει). Ο τεχνικός σας στην εγκατάσταση μού είχε ανοίξει λογαριασμό στην εφαρμογή Kovra Connect και τον είχε συνδέσει με την κάρτα πελάτη μου.

Αφού δεν έχω πια το ψυγείο, θέλω να διαγραφεί αυτός ο λογαριασμός και ό,τι δεδομένα μαζεύτηκαν (θερμοκρασίες, πόσες φορές ανοίγω την πόρτα, φωτογραφίες από την κάμερα του ψυγείου...), και από εσάς και από την Kovra.

Νίκος Κωνσταντίνου""",
         "Νίκος Κωνσταντίνου"),
        ("restriction", ("objection",),
         "Περιορισμός επεξεργασίας έως την εξέταση της αντίρρησής μου",
         """Αξιότιμοι κύριοι,

με το από 2 Μαρτίου 2026 μήνυμά μου προέβαλα αντίρρηση (άρθρο 21 ΓΚΠΔ) στη διαβίβαση των στοιχείων μου σε κατασκευαστές για «έρευνες ικανοποίησης» μετά από αγορές. Μου απαντήσατε ότι εξετάζετε αν υπερισχύουν τα έννομα συμφέροντά σας.

Μέχρι να ολοκληρωθεί η εξέταση αυτή, ζητώ τον περιορισμό της επεξεργασίας σύμφωνα με το άρθρο 18 παρ. 1 στοιχ. δ΄ ΓΚΠΔ, δηλαδή να μη διαβιβάζετε τα στοιχεία μου σε κανέναν κατασκευαστή. Το ζήτημα είναι επείγον, διότι μόλις αγόρασα φούρνο Kovra (παραγγελία WEB-2026-0318-20554). Εμμένω βεβαίως στην αντίρρησή μου.

Με εκτίμηση,
Αθανάσιος Μιχαηλίδης
Δικηγόρος
Rue Defacqz 22, 1050 Ixelles""",
         "Αθανάσιος Μιχαηλίδης"),
        ("withdraw_consent", (),
         "δείγματα από μάρκες",
         """Καλησπέρα,

πέρσι είχα δηλώσει στην εφαρμογή σας ότι θέλω να λαμβάνω δωρεάν δείγματα και προϊόντα για δοκιμή από μάρκες (είχα πάρει τότε κάψουλες Pekar). Δεν το θέλω πια, ανακαλώ τη συγκατάθεσή μου.

Ευχαριστώ,
Σοφία Νικολάου""",
         "Σοφία Νικολάου"),
        ("portability", (),
         "Αρχείο με τις αγορές μου",
         """Καλησπέρα,

φτιάχνω ένα excel με όλες τις συσκευές του σπιτιού και πότε λήγουν οι εγγυήσεις τους. Μπορείτε να μου στείλετε σε αρχείο (csv ή excel) όλες τις αγορές μου με την κάρτα πελάτη, με ημερομηνία, προϊόν και σειριακό αριθμό όπου υπάρχει; Τα PDF των αποδείξεων στην εφαρμογή δεν μου κάνουν, δεν ξαναγράφω πενήντα αποδείξεις με το χέρι.

Κάρτα 2200 4459 7312

Ευχαριστώ πολύ,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("complaint", (),
         "Καταγγελία – δώσατε τα στοιχεία μου στη Hydra παρά την άρνησή μου",
         """Κύριοι,

όταν αγόρασα το πλυντήριο στο κατάστημα της Αμβέρσας (14 Φεβρουαρίου), ξεκαθάρισα στον πωλητή ότι ΔΕΝ θέλω εγγραφή στον κατασκευαστή, και μου έδειξε στην οθόνη ότι ξετσέκαρε το κουτάκι.

Δύο εβδομάδες αργότερα η Hydra μού στέλνει email «Καλώς ήρθατε στην οικογένεια Hydra» με το ονοματεπώνυμό μου, τη διεύθυνσή μου και το μοντέλο του πλυντηρίου. Δηλαδή τα στοιχεία μου δόθηκαν παρά τη ρητή άρνησή μου.

Απαιτώ εξηγήσεις για το πώς έγινε αυτό. Αν δεν λάβω σοβαρή απάντηση, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων του Βελγίου.

Κώστας Δημητρίου""",
         "Κώστας Δημητρίου"),
        ("other", (),
         "Service Optivo",
         """Καλησπέρα,

το laptop Optivo που πήρα από εσάς πέρσι τον Σεπτέμβριο έχει πρόβλημα με την μπαταρία, κρατάει μισή ώρα. Ποιο είναι το εξουσιοδοτημένο service της Optivo στο Βέλγιο; Να το φέρω σε εσάς ή να πάω κατευθείαν εκεί;

Ευχαριστώ,
Μαρία Παππά""",
         "Μαρία Παππά"),
    ],
    "bg": [
        ("complaint", (),
         "Видях чужди касови бележки!!!",
         """Влязох в профила си, в раздел „Моите cashback заявки", за да видя докъде е заявката ми за кафемашината Pekar. Вместо моите документи виждах касовите бележки и IBAN-ите на поне петима други хора, с имена и адреси. Направих скрийншоти.

Това значи, че и моите данни може да се виждат от чужди хора. Крайно недопустимо!

Искам да знам какво ще направите и дали сте уведомили органа за защита на данните. Ако не сте, ще подам жалба сам.

Димитър Тодоров""",
         "Димитър Тодоров"),
        ("access", (),
         "Защо не бях избрана за тестовия панел?",
         """Здравейте,

кандидатствах през сайта ви за тестовия панел на прахосмукачките Nordhem и получих автоматичен имейл, че „не отговарям на профила".

Искам да разбера какви мои данни използвахте за този избор – покупките ми? възрастта? адреса? – и дали решението е взето от програма или от човек. Бих искала и копие от данните, които пазите за мен във връзка с панела.

Поздрави,
Радостина Георгиева""",
         "Радостина Георгиева"),
        ("other", (),
         "rezervna chetka",
         """Zdraveite, tarsya rezervna stranichna chetka za robot prahosmukachka Nordhem R7. Imate li ya v magazina v Antverpen ili samo online?

Pozdravi
Petya Angelova""",
         "Petya Angelova"),
        ("correction", (),
         "Грешно изписано име",
         """Здравейте,

името ми в клиентския профил е изписано „Cvetelina Dimitrova", а в личната ми карта е „Tsvetelina Dimitrova". Заради това гаранционната карта, която Sonvia издаде след регистрацията, направена от вас при покупката на телевизора, не съвпада с документите ми и в сервиза ми създадоха проблеми.

Моля, поправете името в профила ми и, ако е възможно, и в регистрацията при Sonvia.

Поздрави,
Цветелина Димитрова""",
         "Цветелина Димитрова"),
        ("withdraw_consent", (),
         "Оттеглям съгласието за снимките от прахосмукачката",
         """Здравейте,

при настройката на робота Nordhem R9 в приложението Shop Home се съгласих „изображения от камерата да се използват анонимно за подобряване на продукта". Чак после разбрах, че става дума за снимки от вътрешността на дома ми.

Оттеглям това съгласие от днес нататък. Прахосмукачката си я ползвам, просто без това.

Иван Колев""",
         "Иван Колев"),
        ("deletion", (),
         "Копие от диска ми в сервиза",
         """Добър ден,

при предаването на лаптопа ми Optivo за ремонт в магазина ви в Брюж служителят каза, че сервизът „прави резервно копие на диска за всеки случай". Лаптопът ми беше върнат ремонтиран на 9 март.

Искам това копие да бъде изтрито – и при вас, и в сервиза – и да получа писмено потвърждение. На диска има лични и служебни документи.

Номер на поръчката: SR-26-02-0774

Стефан Петров""",
         "Стефан Петров"),
        ("objection", (),
         "Възражение – пазарни проучвания",
         """Здравейте,

от политиката ви за поверителност разбрах, че предавате данни за покупките на клиентите (псевдонимизирани, но все пак) на производителите за „пазарни проучвания" на основание легитимен интерес.

Възразявам срещу използването на моите данни за тази цел.

Карта № 2200 5120 6643
Георги Василев""",
         "Георги Василев"),
        ("restriction", (),
         "Не триите още профила ми",
         """Здравейте,

миналата седмица поисках да закриете профила ми и да изтриете данните ми. Междувременно получих писмо, че бебефонът Kidsy Watch, който купих от вас, се изтегля заради прегряване на батерията и че замяната ще мине през вас.

Затова моля: засега не триите данните, които са нужни за тази замяна (покупката, адреса ми), но и не ги използвайте за нищо друго – никакви реклами, никакво предаване на други фирми. След като получа новия бебефон, изтрийте всичко, както поисках.

Благодаря,
Мария Стоянова""",
         "Мария Стоянова"),
        ("portability", (),
         "Моите ревюта",
         """Здрасти,

за четири години съм написал над 60 ревюта на сайта ви (най-вече за инструменти и електроника), с много снимки. Правя си блог и искам да ги пренеса там.

Може ли да ми изпратите всичките – текст, оценка, дата, продукт и снимките – в някакъв файл (JSON или CSV плюс zip със снимките)? Копирането едно по едно е мъка.

Благодаря,
Николай Иванов""",
         "Николай Иванов"),
        ("other", (),
         "Sonvia отказва гаранция",
         """Здравейте,

слушалките Sonvia, които купих от вас преди 11 месеца, спряха да работят. Sonvia отказва гаранция с аргумента, че „продуктът не е регистриран в срок от 30 дни".

Нали имам две години законова гаранция от вас като продавач? Какво да направя – да ги донеса в магазина? Касовата бележка я пазя.

Благодаря,
Кристиян Николов""",
         "Кристиян Николов"),
    ],
}

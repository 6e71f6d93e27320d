"""Set sixtysecond, languages pl cs hr sv ro el bg: mail on someone else's behalf (carers, representatives, vulnerable customers). Written apart from the rules (see make_sixtysecond.py)."""

PEOPLE_GF = {
    "pl": [
        ("access", (),
         "Dane mojej mamy – pełnomocnictwo",
         """Dzień dobry,

piszę w imieniu mojej mamy, Krystyny Wawrzyniak (ur. 14.03.1941), która od dwóch lat ma zdiagnozowaną chorobę Alzheimera. Mam od niej pełnomocnictwo notarialne (Rep. A nr 2871/2021, Kancelaria Notarialna w Poznaniu), skan przesyłam w załączniku.

Mama ma u Państwa kartę stałego klienta i konto w sklepie internetowym, ale sama już nie pamięta, co i komu podawała. Chciałabym wiedzieć, jakie dane mamy Państwo przechowują, skąd je macie (czy wszystko podała sama, czy coś dostaliście od innych firm), komu je przekazywaliście i jak długo zamierzacie je trzymać. Jeżeli to możliwe, proszę też o kopię tych danych.

Odpowiedź proszę kierować na mój adres e-mail, mama nie obsługuje już poczty.

Z poważaniem
Agnieszka Wawrzyniak-Lis
tel. 601 448 219""",
         "Agnieszka Wawrzyniak-Lis"),
        ("withdraw_consent", ("objection",),
         "tata w szpitalu - telefony",
         """Dzien dobry
Moj tata Henryk Kubiak lezy od 3 tygodni w szpitalu na kardiologii a wasi konsultanci dzwonia do domu prawie codziennie z ofertami, odbiera mama i sie za kazdym razem denerwuje ze to ze szpitala. Prosze go wypisac ze wszystkich telefonow, smsow i maili reklamowych, kiedys sie na to zgodzil przy kasie ale teraz nie chce.
I prosze nie dawac jego numeru zadnym waszym partnerom, bo dzwonia tez jacys od ubezpieczen sprzetu i mowia ze maja numer od was.
numer 512 903 774, karta klienta na Henryk Kubiak
Tomek Kubiak (syn)""",
         "Tomasz Kubiak"),
        ("deletion", (),
         "Żądanie usunięcia danych – opiekun prawny",
         """Szanowni Państwo,

działając jako opiekun prawny pana Edwarda Malinowskiego, ustanowiony postanowieniem Sądu Rejonowego Gdańsk-Południe w Gdańsku, III Wydział Rodzinny i Nieletnich, z dnia 9 lutego 2024 r. (sygn. akt III RNs 412/23), wnoszę na podstawie art. 17 ust. 1 RODO o usunięcie konta klienta pana Malinowskiego w Państwa sklepie internetowym i aplikacji mobilnej oraz wszystkich powiązanych z nim danych osobowych, których dalsze przechowywanie nie jest wymagane przepisami prawa.

Pan Malinowski został całkowicie ubezwłasnowolniony i nie jest w stanie samodzielnie korzystać z konta. W ostatnich miesiącach dokonywał zakupów, których znaczenia nie rozumiał. Konto zarejestrowane jest na adres e.malinowski1952@poczta.example.pl.

W załączeniu przesyłam odpis postanowienia oraz skan mojego dowodu osobistego (z zakrytymi danymi zbędnymi do identyfikacji). Proszę o pisemne potwierdzenie wykonania żądania na adres kancelarii.

Z wyrazami szacunku
r.pr. Joanna Pietrzak-Domańska
Kancelaria Radcy Prawnego
ul. Długa 18/3, 80-827 Gdańsk""",
         "Joanna Pietrzak-Domańska"),
        ("correction", (),
         "",
         """Dzień dobry, piszę to za panią Zofię Grabowską, moją sąsiadkę, ona siedzi obok i dyktuje, bo sama już nie widzi liter na ekranie.
Pani Zofia od 1 czerwca mieszka w domu opieki i prosi, żeby gazetki i listy od Państwa nie szły już na stary adres w Anderlechcie. Nowy adres: Résidence Les Glycines, pokój 14, Avenue Brugmann 212, 1180 Uccle.
Nazwisko też macie źle zapisane, jest „Grabowka”, a ma być Grabowska.
Dziękujemy
Zofia Grabowska (pisała Halina Sowa)""",
         "Halina Sowa"),
        ("restriction", ("access",),
         "oszustwo telefoniczne – proszę nic nie kasować",
         """Dzień dobry,

mój ojciec, Ryszard Zieliński (78 lat), dwa tygodnie temu odebrał telefon od mężczyzny, który przedstawił się jako „pracownik działu bezpieczeństwa banku”. Namówił tatę do zainstalowania jakiejś aplikacji na telefonie. Tata nic z tego nie rozumiał, robił, co mu kazano. Kilka dni później w jego koncie u Państwa ktoś zmienił adres dostawy i zamówił dwa telefony i laptopa na paczkomat w Łodzi. Tata nigdy w Łodzi nie był.

Zgłosiliśmy to na policję (KMP w Łodzi, nr sprawy RSD-1187/24), policjant powiedział, że trzeba zabezpieczyć wszystko, co się da.

Dlatego bardzo proszę: zablokujcie konto taty, żeby nikt nie mógł z niego nic zamawiać, i nie używajcie go do niczego, ale NIE usuwajcie ani danych, ani historii zamówień, ani logowań, bo prokuratura może o nie wystąpić.

Proszę też o informację, kiedy i z jakiego urządzenia/adresu IP zmieniono adres dostawy i kto się wtedy logował.

Tata podpisał upoważnienie dla mnie, przesyłam w załączniku.

Paweł Zieliński""",
         "Paweł Zieliński"),
        ("objection", (),
         "Sprzeciw wobec profilowania – podopieczny OPS",
         """Dzień dobry,

jestem pracownikiem socjalnym Ośrodka Pomocy Społecznej Wrocław-Krzyki i piszę w imieniu mojego podopiecznego, pana Waldemara Nowickiego, na podstawie jego pisemnego upoważnienia (w załączniku). Pan Nowicki ma lekką niepełnosprawność intelektualną i zmaga się z kompulsywnym kupowaniem, jest w trakcie terapii.

W Państwa aplikacji codziennie widzi komunikaty „wybrane specjalnie dla Ciebie” i „inni kupili też…”, przygotowane na podstawie jego historii zakupów i wyszukiwań. Za każdym razem kończy się to zakupem, na który go nie stać.

W jego imieniu wnoszę sprzeciw wobec profilowania go i analizowania jego zachowań zakupowych w celu wyświetlania spersonalizowanych ofert. Konto ma pozostać aktywne, bo zamawia przez nie podstawowe rzeczy.

Z poważaniem
Beata Kaczmarek
starszy pracownik socjalny""",
         "Beata Kaczmarek"),
        ("complaint", ("access",),
         "Skarga – od dwóch miesięcy nikt nie odpowiada",
         """Szanowni Państwo,

piszę do Państwa już trzeci raz i jestem naprawdę rozgoryczona. Mam 81 lat i bardzo słaby wzrok (zwyrodnienie plamki żółtej). W marcu wysłałam do Państwa zwykły list, w którym poprosiłam, żeby mi napisać, jakie dane o mnie macie, i żeby odpowiedź przysłać LISTEM, DUŻĄ CZCIONKĄ, bo z komputera nie korzystam.

Co dostałam? Maila z linkiem. Wnuczka otworzyła ten link: trzeba wypełnić formularz na stronie i wgrać zdjęcie dowodu. Nie jestem w stanie tego zrobić. Zadzwoniłam na infolinię – pani powiedziała, że „system nie obsługuje listów” i żebym „poprosiła kogoś młodszego”. W kwietniu wysłałam drugi list, polecony. Do dziś cisza.

Proszę potraktować to jako skargę. Nie zgadzam się, żeby mnie tak traktowano tylko dlatego, że jestem stara i nie mam smartfona. Proszę wreszcie przysłać mi te informacje o moich danych, pocztą, dużymi literami. Jeżeli do końca miesiąca nic nie dostanę, zgłaszam sprawę do UODO i do belgijskiego urzędu ochrony danych.

Pisze wnuczka, Ola, tak jak jej dyktuję.

Leokadia Szymańska
ul. Kościuszki 41 m. 5
15-420 Białystok""",
         "Aleksandra Szymańska"),
        ("other", (),
         "druga osoba na karcie",
         """Dzień dobry,
mam Państwa kartę stałego klienta od wielu lat. Teraz żona jest po udarze i nie wychodzi sama, a zakupy w sklepie robi często nasza córka albo ja. Czy da się dopisać drugą osobę do jednej karty, żeby punkty szły na jedno konto? Czy córka musi założyć swoją kartę? I czy w sklepie trzeba coś podpisać?
Pozdrawiam
Stanisław Mazur""",
         "Stanisław Mazur"),
        ("other", (),
         "Odbiór zamówienia 2024-558120",
         """Dzień dobry,

mama zamówiła przez internet pralkę z odbiorem w Państwa sklepie w Anderlechcie, ale od tygodnia leży w domu z połamaną nogą i nie da rady przyjechać. Czy mogę odebrać pralkę za nią? Czy wystarczy zwykłe upoważnienie napisane ręcznie i podpisane przez mamę, czy musi być pełnomocnictwo notarialne? Jaki dokument mam pokazać przy kasie – swój dowód czy jej?

Numer zamówienia: 2024-558120.

Dziękuję i pozdrawiam
Katarzyna Wróbel""",
         "Katarzyna Wróbel"),
        ("other", (),
         "Re: Państwa zgłoszenie nr PRV-20931",
         """Dzień dobry,

chciałam tylko bardzo podziękować za tak szybkie załatwienie sprawy mojej babci, a szczególnie za to, że pani z Państwa działu zadzwoniła do niej i wszystko spokojnie wytłumaczyła po polsku, zamiast przysyłać kolejne maile. Babcia była wzruszona i prosiła, żeby przekazać pozdrowienia.

Niczego więcej nie potrzebujemy.

Serdecznie pozdrawiam
Marta Olszewska

> Szanowna Pani,
> informujemy, że żądanie złożone w imieniu Pani Genowefy Olszewskiej zostało zrealizowane.
> W razie pytań pozostajemy do dyspozycji.
> Z poważaniem
> Zespół ds. Ochrony Danych""",
         "Marta Olszewska"),
    ],
    "cs": [
        ("access", (),
         "Žádost opatrovníka o informace o zpracování údajů",
         """Vážení,

jsem opatrovnicí paní Marie Dvořákové, nar. 2. 5. 1944, ustanovenou rozsudkem Okresního soudu v Olomouci ze dne 12. 10. 2023, č. j. 0 P 187/2023-54, který nabyl právní moci dne 3. 11. 2023 (kopie v příloze). Paní Dvořáková trpí pokročilou demencí a o svých záležitostech sama nerozhoduje.

Paní Dvořáková má u Vás zákaznický účet a věrnostní kartu. Žádám ve smyslu čl. 15 obecného nařízení o ochraně osobních údajů o sdělení:
– jaké osobní údaje o ní zpracováváte,
– z jakého zdroje jste je získali,
– komu jste je předali (včetně prodejců na Vašem marketplace),
– jak dlouho je budete uchovávat,
a o poskytnutí kopie těchto údajů.

Odpověď prosím zašlete poštou na moji adresu: Ing. Hana Vlčková, Wellnerova 18, 779 00 Olomouc.

S pozdravem
Ing. Hana Vlčková
opatrovnice""",
         "Hana Vlčková"),
        ("deletion", ("withdraw_consent",),
         "maminka pořád objednává",
         """Dobrý den,

nevím jestli píšu na správnou adresu, ale zkusím to. Moje maminka (83) má demenci a poslední půlrok u vás objednává pořád dokola – hrnce, deky, zase hrnce, dva stejné mixéry. Ona nerozumí těm nabídkám „jen dnes -40 %“ a „poslední kusy“, myslí si, že to musí koupit, jinak o něco přijde. Už jsme vraceli zboží za přes 600 eur a brácha na to jezdí z Brna.

Prosím zrušte jí ten účet úplně, smažte ho, ať se tam už nepřihlásí, a přestaňte jí posílat newslettery a akční nabídky na email. Účet je na jana.sedlackova44@seznam.example.cz.

Kdybyste potřebovali zprávu od lékaře, pošlu.

Děkuju moc
Petra Sedláčková, dcera""",
         "Petra Sedláčková"),
        ("portability", (),
         "Export dat – nečitelné pro odečítač obrazovky",
         """Dobrý den,

jsem nevidomý a na počítači i v telefonu používám odečítač obrazovky (NVDA, na telefonu TalkBack). V aplikaci jsem si přes „Můj účet > Moje data“ stáhl export, ale je to PDF složené z obrázků, odečítač z toho přečte jen „obrázek, obrázek, obrázek“.

Potřebuju svoje údaje – hlavně historii nákupů, účtenky a záruky – ve strojově čitelném souboru (CSV nebo JSON), abych si je mohl převést do svého programu na evidenci a část i do účtu u jiného obchodu, se kterým teď nakupuju, protože jejich aplikace je přístupná.

Pošlete to prosím jako přílohu e-mailem, ne jako odkaz na stránku s obrázkovou CAPTCHA, tu taky nepřečtu.

Děkuji
Martin Kolář""",
         "Martin Kolář"),
        ("correction", (),
         "Změna adresy – klientka DS Slunečnice",
         """Dobrý den,

paní Ludmila Horáková (nar. 1938) je od března naší klientkou a trvale bydlí u nás. Prosím opravte její doručovací adresu na: Domov pro seniory Slunečnice, Zahradní 12, 301 00 Plzeň, a telefon na naši recepci 377 123 456 místo jejího starého mobilu, který už nemá (to číslo teď patří někomu jinému). Podepsaný souhlas paní Horákové přikládám.

Bc. Radka Šimková
vedoucí sociálního úseku""",
         "Radka Šimková"),
        ("objection", ("access",),
         "Komu jste dali číslo mojí tchyně?",
         """Dobrý den,

moje tchyně, paní Jarmila Procházková (79), mi dala plnou moc, abych za ni tohle vyřídil, protože je z toho celá vyděšená.

Od ledna jí volají různí „vaši partneři“ – prodloužená záruka, pojištění spotřebičů, jednou dokonce nějaká půjčka. Jeden z nich věděl přesně, že si u vás v prosinci koupila pračku a kolik stála. Málem mu nadiktovala číslo karty, zastavila ji až sousedka.

Chci vědět, komu všemu jste její telefon a údaje o nákupech předali a proč. A hlavně: okamžitě přestaňte její údaje předávat jakýmkoliv partnerům, ať si nabízejí cokoliv.

Zákaznické číslo 40017762, tel. 604 221 987.

Tomáš Vondra""",
         "Tomáš Vondra"),
        ("withdraw_consent", (),
         "Nemůžu na ověřovací hovor – jsem neslyšící",
         """Dobrý den,

chtěla jsem se odhlásit z reklamních SMS a telefonních nabídek. Ve formuláři na webu mi po odeslání napsali, že mi kvůli ověření zavolá operátor. Jsem neslyšící, telefonovat nemůžu.

Prosím odhlaste mě ze všech SMS, hovorů i reklamních e-mailů jen na základě tohoto e-mailu – píšu z té samé adresy, kterou mám u vás v účtu. Jestli potřebujete ověření, můžete mi poslat SMS kód nebo odkaz, nebo přijdu osobně do prodejny s občankou. Hlavně ne telefonát.

Děkuji
Veronika Pokorná""",
         "Veronika Pokorná"),
        ("complaint", (),
         "Re: Vaše žádost – plná moc nebyla přijata",
         """Tak tohle je fakt vrchol.

Plnou moc mám úředně ověřenou na Czech POINTu, tatínek je po mrtvici, nemůže mluvit ani psát, a vy mi po pěti týdnech pošlete tuhle šablonu, že „z bezpečnostních důvodů“ musí žádost podat on sám. Jak asi? Mám mu vést ruku?

Za pět týdnů jsem od vás nedostal jedinou konkrétní odpověď, jen tohle. Nikdo mi nenapsal, jaký jiný doklad byste přijali, nikdo se neozval na dvě urgence. Pokud do 14 dnů nevyřídíte žádost o výpis údajů mého otce, podávám stížnost na ÚOOÚ a nechám to poslat i belgickému úřadu.

Jiří Beneš

> Vážený pane Beneši,
> děkujeme za Vaši zprávu. Z bezpečnostních důvodů můžeme žádost o přístup
> k osobním údajům vyřídit pouze na základě žádosti samotného subjektu údajů,
> podané z e-mailové adresy registrované v jeho účtu.
> S pozdravem
> Tým ochrany osobních údajů""",
         "Jiří Beneš"),
        ("other", (),
         "Doručení pro babičku – obj. 7004418823",
         """Dobrý den,

starám se o babičku, která bydlí sama ve 3. patře bez výtahu. Objednali jsme jí novou lednici (obj. č. 7004418823) s dopravou domů. Dá se zvolit doručení v sobotu dopoledne, kdy tam budu já? A vynesou to řidiči nahoru a odvezou tu starou? Babička sama dveře neotevře, neslyší zvonek.

Díky
Šárka Musilová""",
         "Šárka Musilová"),
        ("other", (),
         "Bezbariérovost prodejny",
         """Dobrý den,

včera jsem byla s manželem, který je na vozíku, ve vaší prodejně v Bruselu na Rue Neuve. Ke vchodu vedou jen schody, rampa vzadu byla zamčená a zvonek pro vozíčkáře nefungoval. Stáli jsme tam dvacet minut v dešti, než nás někdo zaslechl. Uvnitř jsou navíc uličky tak úzké, že jsme se mezi paletami nedostali k pokladně.

Píšu sem, protože na zákaznickou linku se nedá dovolat a formulář na webu mi hodil chybu. Prosím předejte to někomu, kdo má na starosti prodejny.

Zdraví
Alena Černá""",
         "Alena Černá"),
        ("other", (),
         "Otázka",
         """Dobrý den, mám dotaz. Táta (78) má u vás účet, ale sám na počítači neumí, tak mi dal heslo a nakupuju za něj. Je to podle vašich podmínek v pořádku, nebo tím něco porušujeme? Nechci nic měnit ani rušit, jen vědět, jestli to tak můžeme dělat dál.
Díky, Lukáš Marek""",
         "Lukáš Marek"),
    ],
    "hr": [
        ("access", (),
         "Zahtjev za pristup podacima – štićenik Ante Perić",
         """Poštovani,

rješenjem Hrvatskog zavoda za socijalni rad, Područni ured Split (KLASA: UP/I-551-03/23-01/1187, URBROJ: 2181-24-3-23-4), imenovana sam skrbnicom g. Anti Periću, rođenom 11. 7. 1950., koji je lišen poslovne sposobnosti u dijelu raspolaganja imovinom i sklapanja pravnih poslova.

G. Perić kod Vas ima korisnički račun i karticu vjernosti. Na temelju članka 15. Opće uredbe o zaštiti podataka molim da mi dostavite:
– popis osobnih podataka koje o njemu obrađujete,
– izvor tih podataka ako ih niste prikupili od njega samoga,
– primatelje kojima ste podatke otkrili (uključujući prodavače na Vašoj platformi),
– predviđeno razdoblje čuvanja,
– presliku podataka.

U privitku dostavljam presliku rješenja i svoje osobne iskaznice. Odgovor molim poslati poštom na adresu: Mirjana Bilić, Put Brodarice 14, 21000 Split.

S poštovanjem,
Mirjana Bilić""",
         "Mirjana Bilić"),
        ("deletion", ("withdraw_consent",),
         "Račun mog supruga",
         """Dobar dan,

moj suprug Zdravko Horvat (72) je u siječnju imao težak moždani udar. Od tada teško govori i ne može koristiti ni mobitel ni računalo, a liječnici kažu da se to vjerojatno neće vratiti. Ja sada vodim sve naše stvari.

Na njegovu mail adresu i dalje svaki dan stižu vaši newsletteri i akcije, a u aplikaciji ima i karticu vjernosti koju više nikad neće koristiti. Molim vas da mu ugasite račun i karticu i obrišete njegove podatke, i da mu više ništa ne šaljete.

Njegov mail je zdravko.horvat@t-com.example.hr, kartica br. 6300 1187 4420.
Ako trebate neki dokument od liječnika, javite.

Lijep pozdrav,
Snježana Horvat""",
         "Snježana Horvat"),
        ("correction", (),
         "krivo ime na kartici",
         """Pozdrav,
pisem u ime bake, ona sjedi pored mene pa mi diktira :)
Na kartici vjernosti i na racunu joj pise DURA KOVACEVIC, a ona je Đurđa Kovačević. I datum rodjenja vam je krivo, pise 1974, a baka je rodjena 1947 (zamijenjene znamenke). Zbog toga joj na blagajni nisu htjeli priznati popust za umirovljenike, jer po kartici ispada da ima 50 godina, a baka se jako naljutila.
Molim vas ispravite ime i datum rodjenja.
Kartica 6300 2254 9013.

Hvala,
Luka (unuk), za baku Đurđu""",
         "Luka Kovačević"),
        ("portability", (),
         "Podaci moje majke u Excel/CSV obliku",
         """Poštovani,

imam punomoć ovjerenu kod javnog bilježnika u Osijeku (preslika u privitku) za sve poslove svoje majke Ljubice Marić, koja zbog demencije više ne može sama voditi svoje financije. Od ove godine financije joj vodi knjigovodstveni servis „Brojka d.o.o.” iz Osijeka.

Trebali bismo sve njezine narudžbe, račune i jamstvene listove iz vašeg webshopa u strojno čitljivom obliku (CSV ili Excel, nikako skenirani PDF), da ih servis može uvesti u svoj program. Ako je moguće, pošaljite datoteku izravno njima na racuni@brojka.example.hr, a meni samo potvrdu da je poslano.

Hvala unaprijed,
Dario Marić""",
         "Dario Marić"),
        ("restriction", ("access",),
         "prevara",
         """Postovani, ja sam Milka Jurić iz Karlovca, imam 79 godina i kod vas kupujem vec dugo preko interneta. Prosli tjedan me nazvao neki muskarac, rekao je da je iz vase trgovine i da mi vracate novac za usisavac, znao je tocno sto sam kupila i kada. Dala sam mu broj kartice jer sam mislila da je od vas. Poslije su mi skinuli 900 eura.
Bila sam na policiji u Karlovcu, rekli su da nista ne smije nestati sto bi moglo pomoci. Zato vas molim da NE brisete moje podatke ni narudzbe, ali da mi zakljucate racun da nitko ne moze nista narucivati dok policija ne zavrsi.
I molim vas recite mi jeste li vi nekome dali moje podatke, kako je taj covjek znao sto sam kupila?
Milka Jurić
tel 047 611 298""",
         "Milka Jurić"),
        ("objection", (),
         "",
         """Dobar dan, tata (Stjepan Matić, kartica 6300 3391 0057) ima demenciju. Molim da prestanete pratiti sto kupuje i gleda u aplikaciji i slati mu "preporuceno samo za vas" na temelju toga, on to ne razumije i kupi sve sto mu iskoci. Racun neka ostane, samo bez tog profiliranja.
Ivana Matić""",
         "Ivana Matić"),
        ("withdraw_consent", (),
         "pozivi",
         """Tata je već mjesec dana u bolnici na Rebru. Prestanite ga zvati s ponudama i slati mu SMS-ove, mama se svaki put prepadne da zovu iz bolnice. Broj 091 234 5678, Josip Babić.
Marko""",
         "Marko Babić"),
        ("other", (),
         "Povrat robe uz punomoć?",
         """Poštovani,
mama je prije 10 dana kupila u vašoj trgovini televizor koji joj ne treba (ne zna ga ni upaliti). Ona je nepokretna pa ga ne može sama vratiti. Mogu li ja doći s računom i njezinom punomoći? Mora li punomoć biti ovjerena kod bilježnika ili je dovoljna obična potpisana izjava? Trebam li donijeti i njezinu osobnu?
Hvala,
Kristina Šarić""",
         "Kristina Šarić"),
        ("other", (),
         "Hvala",
         """Poštovani,

samo sam htio zahvaliti gospođi koja me jučer nazvala u vezi tate i sve mi polako i strpljivo objasnila. Sve je riješeno kako smo htjeli, tata više ne dobiva pozive. Ne trebam ništa više, samo sam htio reći hvala, to se danas rijetko vidi.

Lijep pozdrav,
Marko Babić""",
         "Marko Babić"),
        ("other", (),
         "CAPTCHA na prijavi – nemoguće za slijepe",
         """Dobar dan,

slijep sam i koristim čitač zaslona (JAWS). Od prošlog mjeseca na vašoj web stranici kod prijave i plaćanja iskače slikovna CAPTCHA bez zvučne alternative, tako da ne mogu ništa kupiti bez tuđe pomoći. Prije je sve radilo odlično, bili ste mi jedna od rijetkih trgovina gdje sam mogao sam naručiti.

Pišem ovdje jer je na kontakt obrascu ista CAPTCHA. Molim da to proslijedite ljudima koji rade stranicu.

Pozdrav,
Nenad Tomić""",
         "Nenad Tomić"),
    ],
    "sv": [
        ("access", ("correction",),
         "Begäran om registerutdrag – huvudman Gunnel Ek",
         """Hej,

Jag är god man för Gunnel Ek (f. 1939) enligt beslut av Uppsala tingsrätt den 4 september 2023 (mål nr Ä 3318-23). Förordnandet omfattar att bevaka hennes rätt, förvalta hennes egendom och sörja för hennes person. Kopia på förordnandet från överförmyndarnämnden bifogas.

Gunnel har ett konto hos er och ett kundkort. Jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen: vilka uppgifter ni har om henne, varifrån ni har fått dem, vilka ni har lämnat ut dem till och hur länge ni sparar dem.

Samtidigt: adressen ni har är fel sedan i våras. Hon bor nu på Lindens vård- och omsorgsboende, Kungsgatan 52, 753 18 Uppsala. Rätta gärna det så att utskicken inte fortsätter till den gamla lägenheten, som är såld.

Svar skickas helst till mig per post: Lars-Erik Holm, Sysslomansgatan 9, 753 11 Uppsala.

Vänliga hälsningar
Lars-Erik Holm
God man""",
         "Lars-Erik Holm"),
        ("deletion", ("withdraw_consent",),
         "Pappas konto",
         """Hej!

Min pappa Sven Lundqvist har Alzheimer och har den senaste tiden beställt massor från er app – tre dammsugare på två veckor, jackor i fel storlek, en elgrill fast han bor i lägenhet. Han förstår inte erbjudandena ("bara idag!", "sista chansen") utan tror att han måste köpa. Vi har returnerat det mesta men nu orkar vi inte mer.

Kan ni stänga och ta bort hans konto helt? Och sluta skicka reklammejl och pushnotiser till honom. Kontot är på sven.lundqvist@telia.example.se.

Jag och min syster sköter hans ekonomi, vi kan skicka läkarintyg om det behövs.

Tack på förhand
Johan Lundqvist""",
         "Johan Lundqvist"),
        ("correction", (),
         "Fel telefonnummer",
         """Hej, jag skriver det här åt min granne Berit Nyström, hon sitter bredvid mig. Hon ser dåligt och har ingen dator.

Ni har fel telefonnummer till henne i kundregistret – det står 070-455 81 23 men hennes nummer är 070-455 81 32. En annan kvinna här i Göteborg har fått sms om Berits leveranser i flera månader och ringde till slut till Berit och berättade. Snälla ändra numret.

Berit säger tack så länge.

Hälsningar Margareta Falk (granne)
för Berit Nyström, Bangatan 14, 414 64 Göteborg""",
         "Margareta Falk"),
        ("portability", (),
         "Mammas köphistorik i maskinläsbar fil",
         """Hej,

Jag har en framtidsfullmakt för min mamma Inger Sandberg som har trätt i kraft efter att hon fick en demensdiagnos i höstas. Kopia av fullmakten och läkarintyget bifogas.

Vi håller på att samla alla hennes kvitton och garantier för hushållsapparater i ett och samma program, eftersom det är jag som sköter allt nu. Kan ni skicka hennes köphistorik, kvitton och garantiuppgifter som en CSV- eller JSON-fil? Att ta skärmdumpar i appen funkar inte, det blir hundratals bilder.

Mvh
Karin Sandberg Öhman""",
         "Karin Sandberg Öhman"),
        ("restriction", (),
         "Bestridda beställningar – spärra men radera inte",
         """Hej,

Min mamma Elsy Karlsson (86) blev i maj uppringd av en man som sa att han ringde från er kundtjänst och att hennes konto var "hackat". Han fick henne att läsa upp koderna hon fick i sms. Därefter har det lagts fyra beställningar från hennes konto med leverans till ett ombud i Malmö, totalt ca 2 300 euro. Mamma har aldrig bott i Malmö.

Jag har bestridit beställningarna hos er kundtjänst (ärende 88412) och vi har polisanmält (K-412233-24). Medan ni utreder vill jag att ni spärrar hennes konto och inte använder hennes uppgifter till något annat, men radera ingenting – inte kontot, inte orderhistoriken, inte inloggningarna. Polisen kan behöva dem och vi behöver dem för att få tillbaka pengarna.

Mamma har gett mig fullmakt, bifogad.

Tack,
Annika Karlsson""",
         "Annika Karlsson"),
        ("withdraw_consent", (),
         "",
         """Mamma (Ulla Berg) har flyttat till ett demensboende. Avsluta nyhetsbrevet och sluta sms:a och ringa henne med erbjudanden, hon blir bara orolig. 070-312 45 67.
/Anna""",
         "Anna Berg"),
        ("complaint", (),
         "Klagomål: ni kräver telefonsamtal fast jag är döv",
         """Hej.

Jag är döv sedan födseln och mitt förstaspråk är svenskt teckenspråk. Sedan den 3 mars har jag tre gånger begärt ut mina personuppgifter. Varje gång svarar ni att jag "för att verifiera min identitet" måste ta emot ett samtal från er kundtjänst. Jag har förklarat varje gång att jag inte kan prata i telefon. Jag har föreslagit BankID, bildtelefon med tolk, eller att jag kommer till en butik med legitimation. Inget svar på det, bara samma standardmejl igen.

Nu har det gått över två månader. Det är inte okej att ni bara har en väg som stänger ute döva. Jag vill att det här behandlas som ett klagomål och att någon ansvarig svarar mig skriftligt.

Om jag inte har fått svar inom 14 dagar anmäler jag er till IMY, så får de skicka det vidare till den belgiska dataskyddsmyndigheten.

Sofia Lindgren""",
         "Sofia Lindgren"),
        ("other", (),
         "Hörslinga i kassan",
         """Hej!

Jag har hörapparat och var i er butik vid Avenue Louise i Bryssel i lördags. Vid kassorna sitter en skylt om hörslinga, men den fungerade inte och personalen visste inte ens att den fanns. Jag hörde inte vad de sa om garantin och fick be dem upprepa flera gånger med kö bakom mig. Lite förnedrande, ärligt talat.

Kan ni skicka det här vidare till den som har hand om butikerna? Jag hittade ingen annan mejladress än den här.

Hälsningar
Bengt Åkesson""",
         "Bengt Åkesson"),
        ("other", (),
         "Kan hemtjänsten handla på mammas kort?",
         """Hej,
en fråga bara: min mamma har ert kundkort och hemtjänstpersonalen handlar ibland åt henne i er butik. Får de använda hennes kundkort i kassan så att hon får bonuspoängen, eller måste hon vara med själv? Och kan man lägga till en extra person, typ ett andra kort på samma konto?
Tack för svar!
Eva Hedlund""",
         "Eva Hedlund"),
        ("other", (),
         "Leveranstid order 7003958211",
         """Hej,
jag är anhörigvårdare åt min pappa som sitter i rullstol. Vi har beställt en ny tvättmaskin (order 7003958211) med hemleverans. Går det att välja en tid efter kl. 16 när jag är där, och kan chauffören bära in den och ta med den gamla? Pappa kan inte öppna dörren själv.
Mvh
Peter Nordin""",
         "Peter Nordin"),
    ],
    "ro": [
        ("access", ("withdraw_consent",),
         "ce date aveti despre mama?",
         """Buna ziua,
Mama mea, Elena Popescu, are 81 de ani si Alzheimer. Am procura notariala de la ea (o atasez). Am gasit in telefonul ei o gramada de mailuri de la voi si nu inteleg de unde aveti atatea informatii despre ea – stiti ziua ei de nastere, ce marime poarta, ce a cumparat acum 3 ani.
Ce aveti exact despre ea? De unde? Si cui le-ati mai dat?
Si va rog nu-i mai trimiteti reclame pe mail, oricum nu le intelege.
Multumesc,
Cristina Ionescu""",
         "Cristina Ionescu"),
        ("deletion", (),
         "Cerere de ștergere a datelor – persoană aflată sub tutelă",
         """Stimată doamnă, stimate domn,

Subsemnatul Radu-Mihai Stanciu, în calitate de tutore al domnului Gheorghe Stanciu, născut la 3.11.1946, numit prin Sentința civilă nr. 4512 din 14.06.2023 a Judecătoriei Sectorului 3 București, definitivă, vă solicit, în temeiul art. 17 din Regulamentul (UE) 2016/679, ștergerea contului de client al domnului Gheorghe Stanciu de pe site-ul și din aplicația dumneavoastră, precum și a tuturor datelor cu caracter personal asociate, în măsura în care păstrarea lor nu este impusă de lege.

Tatăl meu nu mai este în măsură să își administreze contul, iar comenzile plasate în ultimele luni nu corespund nevoilor și voinței sale reale.

Anexez copia sentinței și copia actului meu de identitate. Vă rog să îmi confirmați în scris efectuarea ștergerii, în termenul prevăzut de art. 12 alin. (3) din Regulament.

Cu stimă,
Radu-Mihai Stanciu
Str. Baba Novac nr. 21, bl. G5, ap. 34, sector 3, București""",
         "Radu-Mihai Stanciu"),
        ("portability", (),
         "Istoricul comenzilor tatălui meu într-un fișier",
         """Bună ziua,

Am procură notarială de la tatăl meu, Vasile Dumitru, care are Parkinson avansat și nu mai poate folosi calculatorul. Eu mă ocup acum de toate cheltuielile și garanțiile lui și le țin într-un tabel.

Vă rog să-mi trimiteți datele din contul lui – istoricul comenzilor, facturile, garanțiile – într-un fișier pe care îl pot importa (CSV sau Excel). Din aplicație se poate descărca doar câte o factură PDF, iar el are peste 200 de comenzi în ultimii 6 ani.

Procura e atașată.

Mulțumesc frumos,
Andrei Dumitru""",
         "Andrei Dumitru"),
        ("restriction", (),
         "NU stergeti contul mamei - plangere penala",
         """Buna ziua,
Mama mea (Maria Constantinescu, 77 ani) a fost sunata acum doua saptamani de cineva care a zis ca e de la banca si a convins-o sa-i spuna codurile primite pe SMS. Apoi de pe contul ei de la voi s-au facut 3 comenzi de telefoane cu livrare la un easybox din Ploiesti. Am facut plangere penala la Sectia 21 Politie.
Avocatul ne-a spus sa va cerem asa: contul sa fie blocat si datele sa nu mai fie folosite la nimic, dar sa NU stergeti nimic (comenzi, adrese, loginuri, IP-uri), pentru ca avem nevoie de ele la dosar si ca sa recuperam banii.
Va rog confirmati-mi ca ati facut asta.
Multumesc,
Bogdan Constantinescu
(am imputernicire de la mama, o atasez)""",
         "Bogdan Constantinescu"),
        ("objection", (),
         "Obiecție privind profilarea – beneficiar DGASPC",
         """Bună ziua,

Sunt asistent social la DGASPC Cluj și lucrez cu domnul Ioan Moldovan, beneficiar al serviciilor noastre, care are o dizabilitate intelectuală ușoară. Domnul Moldovan a semnat împuternicirea anexată și este de acord cu acest mesaj.

Am observat că aplicația dumneavoastră îi afișează zilnic oferte „alese special pentru tine”, calculate pe baza a ce a cumpărat și a ce a căutat. Dânsul are dificultăți în a-și gestiona banii, iar aceste oferte îl împing să cumpere lucruri de care nu are nevoie. Vă rugăm să încetați profilarea și analiza comportamentului său de cumpărare în scopul ofertelor personalizate. Contul poate rămâne activ, îl folosește pentru comenzile obișnuite.

Cu mulțumiri,
Loredana Pop
Asistent social principal""",
         "Loredana Pop"),
        ("withdraw_consent", (),
         "",
         """Tata (Nicolae Marin) e internat la Spitalul Judetean Suceava de 3 saptamani. Nu il mai sunati cu oferte si nu-i mai trimiteti SMS-uri, telefonul lui e la mine si ma suna toata ziua. 0722 481 903.
Ana Marin""",
         "Ana Marin"),
        ("complaint", ("access",),
         "A TREIA oară – răspuns prin poștă, cu litere mari!",
         """Domnilor,

Vă scriu a treia oară. Am 84 de ani și văd foarte slab (degenerescență maculară). În februarie v-am trimis o scrisoare prin poștă, pe hârtie, în care v-am cerut să-mi spuneți ce date aveți despre mine și să-mi răspundeți TOT PRIN POȘTĂ, CU LITERE MARI. Mi-ați răspuns pe e-mail, cu un link. Nepotul a deschis linkul: trebuia să completez un formular și să încarc buletinul. Nu pot face asta.

În martie am sunat. Mi s-a spus că „sistemul nu permite scrisori”. În aprilie am mai trimis o scrisoare recomandată. Nimic.

Nu accept să fiu tratată așa doar pentru că nu folosesc calculatorul. Legea vă obligă să răspundeți și să țineți cont de situația omului. Trimiteți-mi, în sfârșit, prin poștă și cu litere mari, ce date aveți despre mine. Dacă nu primesc răspuns până la sfârșitul lunii, fac plângere la ANSPDCP și la autoritatea belgiană.

Scrie nepotul meu, Tudor, după cum îi dictez eu.

Aurelia Vasilescu
Str. Mitropoliei nr. 8, ap. 2, 550179 Sibiu""",
         "Tudor Vasilescu"),
        ("other", (),
         "Procura la casa de marcat?",
         """Buna ziua, o intrebare: mama are card de fidelitate la voi si acum nu mai poate iesi din casa. Daca merg eu la magazin cu procura ei, pot sa folosesc cardul ei de fidelitate si voucherele ei? Sau cei de la casa nu accepta procura? E procura notariala generala, facuta anul trecut.
Multumesc,
Simona Georgescu""",
         "Simona Georgescu"),
        ("other", (),
         "Mulțumiri pentru colegii din magazinul din Anderlecht",
         """Bună ziua,

Nu știu dacă e adresa potrivită, dar n-am găsit alta. Vreau doar să le mulțumesc colegilor dumneavoastră din magazinul din Anderlecht. Tata e surd și nu vorbește bine franceza; sâmbătă a venit singur să cumpere un radiator, iar vânzătorul i-a scris totul pe hârtie, cu răbdare, și l-a ajutat să-l ducă până la taxi. Tata a venit acasă foarte fericit.

Transmiteți-le, vă rog, mulțumirile noastre. Nu avem nevoie de nimic altceva.

Cu drag,
Irina Munteanu""",
         "Irina Munteanu"),
        ("other", (),
         "Propunere de colaborare – asistență digitală pentru seniori",
         """Bună ziua,

Reprezint SeniorConnect SRL, un start-up din Timișoara care oferă asistență telefonică și video pentru persoanele vârstnice care cumpără online: îi ajutăm să-și creeze cont, să plaseze comenzi, să înțeleagă ofertele și să-și aleagă setările de confidențialitate.

Am observat că aveți mulți clienți români în Belgia și ne-ar plăcea să discutăm un parteneriat – de exemplu o linie dedicată seniorilor sau materiale explicative tipărite cu litere mari. Ne puteți îndruma către persoana potrivită?

Cu stimă,
Ovidiu Lazăr
Business Development, SeniorConnect SRL
+40 745 210 998""",
         "Ovidiu Lazăr"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης – δικαστική συμπαράσταση",
         """Αξιότιμοι κύριοι,

Με την υπ' αριθμ. 1187/2023 απόφαση του Ειρηνοδικείου Θεσσαλονίκης διορίστηκα δικαστική συμπαραστάτρια της μητέρας μου, Αικατερίνης Παπαδοπούλου του Γεωργίου, γεν. 1942, η οποία τέθηκε σε πλήρη στερητική δικαστική συμπαράσταση. Αντίγραφο της απόφασης και της ταυτότητάς μου επισυνάπτονται.

Η μητέρα μου διατηρεί λογαριασμό στο ηλεκτρονικό σας κατάστημα και κάρτα πιστότητας. Παρακαλώ, σύμφωνα με το άρθρο 15 του ΓΚΠΔ, να με ενημερώσετε ποια προσωπικά της δεδομένα επεξεργάζεστε, από πού τα συλλέξατε, σε ποιους τα έχετε διαβιβάσει και για πόσο χρόνο θα τα διατηρήσετε, καθώς και να μου χορηγήσετε αντίγραφό τους.

Με εκτίμηση,
Ευαγγελία Παπαδοπούλου
Δικηγόρος
Τσιμισκή 45, 546 23 Θεσσαλονίκη""",
         "Ευαγγελία Παπαδοπούλου"),
        ("deletion", ("withdraw_consent",),
         "μαμά μου - λογαριασμός",
         """Καλησπέρα σας,

Η μητέρα μου, Σοφία Νικολάου, είναι 80 χρονών και έχει άνοια. Τους τελευταίους μήνες παραγγέλνει συνέχεια από την εφαρμογή σας, δεν καταλαβαίνει τις προσφορές («μόνο σήμερα», «τελευταία κομμάτια») και νομίζει ότι πρέπει να τα πάρει. Έχουμε γυρίσει πίσω σκούπες, κατσαρόλες, δύο τάμπλετ...

Σας παρακαλώ κλείστε και διαγράψτε εντελώς τον λογαριασμό της και σταματήστε να της στέλνετε newsletter και ειδοποιήσεις. Email λογαριασμού: sofia.nikolaou41@example.gr

Μπορώ να στείλω βεβαίωση γιατρού αν χρειάζεται.

Ευχαριστώ,
Δήμητρα Νικολάου""",
         "Δήμητρα Νικολάου"),
        ("correction", (),
         "",
         """Καλημέρα σας. Γράφω εκ μέρους της κυρίας Ελένης Γεωργίου, γειτόνισσά μου, κάθεται εδώ δίπλα μου γιατί δεν ξέρει από υπολογιστές.
Η κυρία Ελένη μετακόμισε από τον Σεπτέμβριο στην κόρη της και τα φυλλάδια και οι αποδείξεις σας πάνε ακόμα στο παλιό σπίτι. Η νέα διεύθυνση είναι: Αγίου Δημητρίου 17, 2ος όροφος, 412 22 Λάρισα. Επίσης σε κάποια γράμματα έχετε το επώνυμο «Γεωργιάδου» αντί για «Γεωργίου». Παρακαλούμε διορθώστε τα.
Ευχαριστούμε πολύ,
Ελένη Γεωργίου (έγραψε ο Κώστας Λάμπρου, γείτονας)""",
         "Κώστας Λάμπρου"),
        ("portability", (),
         "Μεταφορά δεδομένων του πατέρα μου",
         """Καλησπέρα,

Ο πατέρας μου, Ιωάννης Σταύρου, έχει πλέον μετακομίσει στη Μονάδα Φροντίδας Ηλικιωμένων «Αγία Σκέπη» στη Γλυφάδα, και το προσωπικό αναλαμβάνει τις αγορές του μέσα από τη δική τους πλατφόρμα παραγγελιών. Έχω γενικό συμβολαιογραφικό πληρεξούσιο από αυτόν (επισυνάπτεται).

Θα ήθελα τα δεδομένα του λογαριασμού του – ιστορικό αγορών, αποθηκευμένα μεγέθη ρούχων και παπουτσιών, αγαπημένα προϊόντα – σε αρχείο που διαβάζεται από υπολογιστή (CSV ή Excel). Αν γίνεται, στείλτε το απευθείας στη μονάδα, στο info@agiaskepi.example.gr, για να μην τα περνάνε ένα-ένα με το χέρι.

Ευχαριστώ,
Νίκος Σταύρου""",
         "Νίκος Σταύρου"),
        ("restriction", (),
         "Αμφισβήτηση παραγγελιών – πάγωμα λογαριασμού",
         """Καλησπέρα,

Ο πατέρας μου, Χαράλαμπος Βλάχος (83), πάσχει από άνοια. Τον Μάρτιο, μέσω του marketplace σας, «αγόρασε» από έναν πωλητή τρεις «επεκτάσεις εγγύησης» και ένα πακέτο συντήρησης που δεν χρειαζόταν. Ο πωλητής ισχυρίζεται ότι ο πατέρας μου συναίνεσε σε όλα μέσα από τον λογαριασμό του. Έχουμε ανοίξει διαφορά μαζί σας (αριθμός υπόθεσης MP-55182).

Μέχρι να εξεταστεί η υπόθεση, σας ζητώ να περιορίσετε την επεξεργασία των δεδομένων του: να μη χρησιμοποιούνται για τίποτα άλλο και να μην τα βλέπει ο πωλητής, αλλά και να ΜΗ διαγραφούν, γιατί ίσως τα χρειαστούμε αν πάμε στα δικαστήρια.

Είμαι ο γιος του και έχω συμβολαιογραφικό πληρεξούσιο (συνημμένο).

Με εκτίμηση,
Θανάσης Βλάχος""",
         "Θανάσης Βλάχος"),
        ("objection", ("access",),
         "Ποιοι «συνεργάτες» έχουν το τηλέφωνο της μητέρας μου;",
         """Καλησπέρα.

Η μητέρα μου (Μαρία Κωνσταντίνου, 76) δέχεται τον τελευταίο μήνα τηλεφωνήματα από «συνεργάτες σας» για ασφάλειες συσκευών και δάνεια. Ένας από αυτούς ήξερε ότι πήρε ψυγείο από εσάς τον Ιανουάριο και πόσο το πλήρωσε. Παραλίγο να του δώσει τα στοιχεία της κάρτας της, ευτυχώς ήμουν εκεί.

Θέλω να μάθω σε ποιους ακριβώς έχετε δώσει τα στοιχεία της. Και σταματήστε ΑΜΕΣΑ να δίνετε το τηλέφωνο και τα στοιχεία της σε οποιονδήποτε «συνεργάτη».

Αριθμός κάρτας πιστότητας 6300 4471 2209.
Γιώργος Κωνσταντίνου (γιος), για λογαριασμό της""",
         "Γιώργος Κωνσταντίνου"),
        ("complaint", (),
         "Re: Το αίτημά σας #DP-20418",
         """Έχουν περάσει σχεδόν δύο μήνες από τότε που σας έστειλα, ως δικαστικός συμπαραστάτης του θείου μου, Παναγιώτη Ζαχαρίου, την απόφαση του Ειρηνοδικείου Πειραιά και σας ζήτησα να μου πείτε τι δεδομένα έχετε γι' αυτόν. Λάβαμε μόνο το παρακάτω αυτόματο μήνυμα και μετά τίποτα. Δύο υπενθυμίσεις, καμία απάντηση.

Σας ενημερώνω ότι, αν δεν λάβω ουσιαστική απάντηση μέσα σε δέκα ημέρες, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα και στη βελγική αρχή (APD/GBA).

Στέλιος Ζαχαρίου

> Αγαπητέ κύριε Ζαχαρίου,
> Λάβαμε το αίτημά σας και θα σας απαντήσουμε το συντομότερο δυνατό
> και σε κάθε περίπτωση εντός ενός μηνός.
> Με εκτίμηση,
> Ομάδα Προστασίας Δεδομένων""",
         "Στέλιος Ζαχαρίου"),
        ("other", (),
         "Προσβασιμότητα ιστοσελίδας",
         """Καλησπέρα σας,

Έχω μειωμένη όραση και χρησιμοποιώ μεγέθυνση 200% στον υπολογιστή. Στη νέα σας ιστοσελίδα, όταν μεγαλώνω τη σελίδα, το κουμπί «Ολοκλήρωση παραγγελίας» κρύβεται πίσω από το μπάνερ των cookies και δεν μπορώ να ολοκληρώσω την αγορά. Επίσης οι τιμές είναι γκρι πάνω σε γκρι και δεν διαβάζονται.

Δεν ξέρω σε ποιον να το στείλω, ελπίζω να το προωθήσετε στους υπεύθυνους της σελίδας.

Ευχαριστώ,
Αλεξάνδρα Μαυρίδου""",
         "Αλεξάνδρα Μαυρίδου"),
        ("other", (),
         "Παράδοση στο σπίτι – παραγγελία 7005123409",
         """Γεια σας,
φροντίζω τη γιαγιά μου που μένει μόνη της στο Ixelles, 4ος όροφος χωρίς ασανσέρ. Της παραγγείλαμε καινούργιο φούρνο (αρ. παραγγελίας 7005123409). Μπορεί να γίνει η παράδοση Σάββατο πρωί που θα είμαι εκεί; Και την ανεβάζουν οι μεταφορείς πάνω ή πρέπει να βρω κάποιον; Η γιαγιά δεν ακούει καλά το κουδούνι, γι' αυτό θέλω να είμαι παρών.
Ευχαριστώ,
Άρης Παπαναστασίου""",
         "Άρης Παπαναστασίου"),
        ("other", (),
         "Ερώτηση από μονάδα φροντίδας ηλικιωμένων",
         """Καλησπέρα σας,

Είμαι διευθύντρια μιας μικρής μονάδας φροντίδας ηλικιωμένων στην Κηφισιά (22 φιλοξενούμενοι). Αρκετοί ένοικοι θέλουν να παραγγέλνουν από το ηλεκτρονικό σας κατάστημα ρούχα και μικροσυσκευές. Επιτρέπεται να χρησιμοποιούμε έναν κοινό λογαριασμό της μονάδας για όλους, με παράδοση σε εμάς, ή πρέπει ο καθένας να έχει δικό του λογαριασμό; Υπάρχει κάποιος επαγγελματικός λογαριασμός για τέτοιες περιπτώσεις;

Με εκτίμηση,
Ρένα Αλεξίου""",
         "Ρένα Αλεξίου"),
    ],
    "bg": [
        ("deletion", ("withdraw_consent",),
         "Профилът на баща ми",
         """Здравейте,

Баща ми, Иван Стоилов, е на 84 години и има деменция. Живее при нас, но денем, докато сме на работа, седи с телефона и постоянно поръчва от приложението ви – вече имаме четири чайника и две прахосмукачки. Не разбира офертите („само днес“, „последни бройки“), мисли, че ако не купи, губи пари. Всеки месец връщаме стоки.

Моля, закрийте и изтрийте профила му напълно и спрете да му пращате рекламни имейли и известия. Имейлът на профила е ivan.stoilov40@abv.example.bg.

Ако трябва епикриза или документ от лекаря, ще ви изпратя.

Благодаря,
Десислава Стоилова""",
         "Десислава Стоилова"),
        ("correction", (),
         "Корекция на данни за контакт – лице под запрещение",
         """Уважаеми госпожи и господа,

С решение на Окръжен съд – Пловдив по гр. д. № 1127/2023 г. баща ми, Стефан Николов Ангелов, роден през 1940 г., е поставен под пълно запрещение. Със заповед на кмета на район „Централен“ – Пловдив съм назначена за негов настойник. Копия на двата документа са приложени.

В профила на баща ми при вас са посочени телефонът и имейлът на бившата му домашна помощница, която вече не работи при нас, но продължава да получава съобщенията за поръчките му и кодовете за вход. Моля, коригирайте данните за контакт, както следва:
– телефон: 0899 310 442 (моят);
– имейл: m.angelova.nastoinik@example.bg;
– адрес за доставка: гр. Пловдив, ул. „Капитан Райчо“ № 56, ет. 3, ап. 9 (баща ми вече живее при мен).

С уважение,
Мария Ангелова""",
         "Мария Ангелова"),
        ("portability", (),
         "Файл с поръчките на баща ми",
         """Здравейте,
Имам нотариално заверено пълномощно от баща ми Петко Димов (прилагам го) – той е след инсулт и вече не може да си служи с компютър. Аз поддържам всичките му гаранции и сметки.
Можете ли да ми изпратите данните от профила му – всички поръчки, фактури и гаранционни срокове – в един файл, който мога да отворя и обработвам в Excel (CSV или XLSX)? В приложението има само отделни PDF-и за всяка поръчка, а те са над 150.
Благодаря предварително,
Калоян Димов""",
         "Калоян Димов"),
        ("restriction", ("access",),
         "измама по телефона",
         """Здравейте, казвам се Цветана Стоянова, на 78 години съм, от Русе. Миналия месец ми се обади един човек, каза че е от вашия магазин и че съм спечелила награда, знаеше какво съм купувала от вас. Казах му кода от SMS-а, защото мислех, че е за наградата. После от профила ми са поръчани два телефона, аз такива не съм поръчвала.
Подадох сигнал в полицията, казаха ми да пазя всичко.
Моля ви, блокирайте профила ми, да не може никой да поръчва, но НЕ триите нищо, трябва ми за прокуратурата. И ми кажете откъде този човек е знаел какво съм купувала – давали ли сте данните ми на някого?
Цветана Стоянова
тел. 0888 213 457""",
         "Цветана Стоянова"),
        ("objection", (),
         "Възражение – предаване на данни на рекламни партньори",
         """Здравейте,

Работя като социален работник в Център за социална рехабилитация и интеграция – Варна. Пиша от името на г-н Илия Тодоров, наш потребител с лека интелектуална затрудненост, който подписа приложеното пълномощно и е запознат с писмото.

След като разгледа нещо при вас, г-н Тодоров вижда вашите реклами навсякъде – във Facebook, в YouTube, в игрите на телефона си. Разбрахме от политиката ви за поверителност, че предавате данни за разглежданите продукти на рекламни партньори. Той трудно управлява парите си и тези реклами го подтикват към покупки, които не може да си позволи.

От негово име възразяваме срещу предаването на данните му на рекламни партньори и използването им за насочена реклама. Моля, прекратете го. Профилът му да остане активен.

С уважение,
Надежда Колева
социален работник""",
         "Надежда Колева"),
        ("withdraw_consent", (),
         "",
         """Майка ми (Стойна Радева) вече е в дом за стари хора и аз съм ѝ настойник. Спрете да ѝ пращате SMS-и и имейли с промоции, тя ги чете и се обърква, после звъни на всички ни. Тел. 0887 554 120.
Георги Радев""",
         "Георги Радев"),
        ("complaint", (),
         "Жалба – формулярът за самоличност е недостъпен",
         """Здравейте,

Незрящ съм и ползвам екранен четец (NVDA). На 12 март поисках изтриване на профила си. Отговорихте ми, че трябва да потвърдя самоличността си чрез онлайн формуляр. Формулярът е напълно недостъпен: полетата нямат етикети, бутонът за качване на лична карта не се чете, а накрая има CAPTCHA само с картинка. Писах ви това два пъти и предложих да дойда с лична карта в магазина ви или да потвърдя чрез имейла, с който е регистриран профилът. Никакъв отговор.

Минаха почти три месеца, а профилът ми още е активен. Това е недопустимо. Ако до 14 дни не получа отговор и не бъде намерено достъпно решение, ще подам жалба до Комисията за защита на личните данни (КЗЛД), която ще я препрати на белгийския орган.

Емил Русев""",
         "Емил Русев"),
        ("other", (),
         "Втора карта към същия профил?",
         """Здравейте,
Съпругът ми е с Паркинсон и вече не излиза, аз пазарувам и за двамата. Картата за лоялност е на негово име. Може ли да ми издадете втора карта към неговия профил, за да се събират точките на едно място, или трябва да си направя собствена? Какво трябва да нося в магазина?
Поздрави,
Гергана Маринова""",
         "Гергана Маринова"),
        ("other", (),
         "Пълномощно на касата",
         """Добър ден,
Майка ми поръча онлайн прахосмукачка с вземане от магазина ви в Шарлероа. Тя е на легло след операция и не може да я вземе. Мога ли аз да я получа на касата с пълномощно от нея? Трябва ли да е нотариално заверено или стига обикновено с подпис? И нейната лична карта ли да нося или само моята?
Поръчка № 7006627715.
Благодаря,
Валентина Пенева""",
         "Валентина Пенева"),
        ("other", (),
         "Re: Вашето запитване DP-31077",
         """Благодаря ви много! Писмото с едър шрифт пристигна вчера и баба успя да го прочете сама, с лупата. Всичко е наред, нямаме нужда от нищо повече.
Поздрави,
Вяра Христова

> Уважаема г-жо Христова,
> Потвърждаваме, че отговорът до г-жа Стойна Христова беше изпратен по пощата,
> отпечатан с увеличен шрифт, както поискахте.
> С уважение,
> Екип по защита на данните""",
         "Вяра Христова"),
    ],
}

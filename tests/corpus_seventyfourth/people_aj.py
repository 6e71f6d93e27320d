"""Person mail for the seventyfourth set (pl cs hr sv ro el bg): others who ask about a customer (police, bailiffs, debt collectors, tax office, lawyers, insurers, employers, an ex-partner) and customers who ask who was told, plus mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyfourth.py)."""

PEOPLE_AJ = {
    "pl": [
        ("access", (),
         "Pytanie o moje dane i policję",
         """Dzień dobry,

w zeszłym tygodniu zadzwonił do mnie policjant z komisariatu w Anderlechcie (strefa Bruksela-Południe) i poprosił, żebym przyszedł złożyć zeznania jako świadek w sprawie oszustwa z kartą płatniczą. Poszedłem, nic złego nie zrobiłem, chodziło o kogoś, kto płacił cudzą kartą w Waszym sklepie przy Chaussée de Mons.

Zdziwiło mnie jednak, że policjant miał przed sobą wydruk moich zakupów z tego sklepu z lutego, z godzinami i numerem mojej karty lojalnościowej. Nie mam pretensji, rozumiem, że policja może o coś takiego prosić. Chciałbym po prostu wiedzieć, co dokładnie zostało im przekazane na mój temat, kiedy i na jakiej podstawie, oraz czy ktoś jeszcze poza policją pytał Was o moje dane w ostatnim roku.

Przy okazji proszę o kopię wszystkich danych, które o mnie przechowujecie.

Numer karty: 2204 7718 3305
Z poważaniem,
Tomasz Wiśniewski
Rue Wayez 57, 1070 Anderlecht""",
         "Tomasz Wiśniewski"),
        ("correction", (),
         "Błędny NIP na fakturach",
         """Dzień dobry,

prowadzę jednoosobową działalność (usługi remontowe) i od dwóch lat kupuję u Was przez sklep internetowy narzędzia i materiały na fakturę. Urząd skarbowy w Gdańsku wezwał mnie właśnie do wyjaśnień, bo na fakturach z Waszego sklepu jest NIP 584-271-33-90, a mój to 584-271-39-30. Ktoś przy zakładaniu konta firmowego przestawił cyfry, a ja tego nie zauważyłem.

Proszę o poprawienie NIP-u w moim koncie klienta (konto: remonty.kowalczyk@poczta.example.pl), tak żeby kolejne faktury wychodziły już z prawidłowym numerem. Co do faktur korygujących za 2024 i 2025 napiszę osobno do księgowości, tu chodzi mi o dane w koncie.

Pozdrawiam
Marek Kowalczyk
ul. Kartuska 114/6, 80-136 Gdańsk""",
         "Marek Kowalczyk"),
        ("deletion", (),
         "windykacja zakończona - proszę o usunięcie konta",
         """Dzień dobry,

sprawa z firmą windykacyjną, której przekazaliście moją niezapłaconą fakturę za pralkę z 2023 roku, jest zamknięta. Dług spłaciłem w marcu, mam potwierdzenie od nich, że postępowanie zakończone.

Nie zamierzam już u Was kupować. Proszę usunąć moje konto w sklepie internetowym i wszystkie moje dane, których nie musicie trzymać z mocy prawa. Jeśli czegoś nie możecie usunąć (np. faktur), proszę napisać czego i do kiedy.

Paweł Zieliński
pawel.zielinski82@poczta.example.pl""",
         "Paweł Zieliński"),
        ("portability", (),
         "eksport historii zamówień do kancelarii",
         """Szanowni Państwo,

jestem w sporze sądowym z firmą kurierską, która zgubiła albo zniszczyła kilka moich przesyłek z Waszego sklepu (2024-2025). Mój pełnomocnik, mec. Agnieszka Borowska, potrzebuje pełnej listy moich zamówień z datami, numerami przesyłek, wartością i statusem doręczenia.

Czy możecie przygotować moje dane zamówień w formacie CSV albo Excel i wysłać je bezpośrednio do kancelarii na adres sekretariat@borowska-kancelaria.example.pl? Oczywiście mogę też dostać plik sam i przesłać dalej, ale byłoby szybciej bezpośrednio. PDF-y z konta nie wystarczą, jest ich ponad czterdzieści.

Z wyrazami szacunku,
Krzysztof Nowicki
ul. Piotrkowska 201/14, 90-451 Łódź
nr klienta 88-402-117""",
         "Krzysztof Nowicki"),
        ("restriction", (),
         "Re: Wezwanie do zapłaty KR/2026/04417",
         """Dzień dobry,

dostałam wezwanie od firmy Inkaso Partner w sprawie rzekomo niezapłaconego zamówienia 1450-33871 (odkurzacz, 349 zł). Tego odkurzacza nie mam - odesłałam go w terminie 14 dni, mam potwierdzenie nadania paczkomatowego z 9 stycznia, a reklamację zwrotu złożyłam u Was 2 tygodnie temu i nadal jest rozpatrywana.

Dopóki nie wyjaśnicie sprawy tego zwrotu, proszę nie przekazywać windykatorowi żadnych dalszych moich danych i nie używać ich w tej sprawie. Nie usuwajcie niczego - historia zamówienia i zwrotu jest mi potrzebna jako dowód, gdyby sprawa trafiła do sądu.

Proszę o potwierdzenie.

Joanna Lewandowska
tel. 601 448 902""",
         "Joanna Lewandowska"),
        ("objection", (),
         "sprzeciw - ocena ryzyka płatności",
         """Dzień dobry,

przy próbie zakupu telewizora na raty w sklepie w Liège usłyszałam od sprzedawcy, że "system oznaczył mnie jako klienta o podwyższonym ryzyku" na podstawie historii zakupów i dwóch zwrotów. Nie chodzi mi teraz o ten zakup, kupiłam gdzie indziej.

Nie zgadzam się, żebyście na podstawie moich zakupów i zwrotów budowali jakiś profil ryzyka i przekazywali go partnerom finansującym raty. Wnoszę sprzeciw wobec takiego przetwarzania moich danych. Konto chcę zachować, normalne zakupy też.

Ewa Dąbrowska
Rue Saint-Gilles 18, 4000 Liège""",
         "Ewa Dąbrowska"),
        ("withdraw_consent", (),
         "Kopia dowodu osobistego",
         """Dzień dobry,

przy zakładaniu karty stałego klienta w sklepie w Antwerpii zgodziłam się na "przechowywanie skanu dokumentu tożsamości w celu szybszych zwrotów bez paragonu". Wtedy wydawało mi się to wygodne.

Teraz po rozstaniu z partnerem, który zna hasło do mojego konta, wolę żeby tego nie było. Wycofuję tę zgodę. Zwroty mogę robić z paragonem, tak jak wszyscy.

Dziękuję,
Natalia Wójcik""",
         "Natalia Wójcik"),
        ("complaint", ("access",),
         "Skarga - podaliście mój nowy adres byłemu partnerowi",
         """Szanowni Państwo,

w styczniu przeprowadziłam się z Gandawy do Brugii, uciekając od byłego partnera. Adres zmieniłam tylko u kilku firm, w tym u Was, bo zamawiam przez internet.

W ubiegły piątek ten człowiek pojawił się pod moimi drzwiami. Sam mi powiedział, z satysfakcją, że "wystarczyło zadzwonić do Waszej infolinii i podać się za mojego męża". Konsultant miał mu podać adres dostawy "żeby sprawdzić, czy paczka dojdzie". Nigdy nie byliśmy małżeństwem, nie ma żadnego upoważnienia do mojego konta.

To jest skandal i zagrożenie dla mojego bezpieczeństwa. Sprawę zgłosiłam już na policję i zamierzam złożyć skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit). Żądam też informacji, jakie jeszcze moje dane zostały mu przekazane w tej rozmowie lub wcześniejszych i kiedy te rozmowy miały miejsce.

Magdalena Szymańska
konto: m.szymanska@poczta.example.pl""",
         "Magdalena Szymańska"),
        ("other", (),
         "Duplikat faktury - klient Jan Majewski",
         """Szanowni Państwo,

reprezentuję Pana Jana Majewskiego w sprawie przeciwko producentowi ekspresu do kawy, zakupionego w Państwa sklepie internetowym w październiku 2024 r. (zamówienie 1450-20981). Mój klient zgubił oryginał faktury, a sąd wymaga dowodu zakupu.

W załączeniu przesyłam pełnomocnictwo oraz upoważnienie klienta do wydania mi duplikatu faktury. Uprzejmie proszę o przesłanie duplikatu na niniejszy adres e-mail.

Z poważaniem,
adw. Piotr Kamiński
Kancelaria Adwokacka, ul. Długa 8, 31-147 Kraków""",
         "Piotr Kamiński"),
        ("other", (),
         "kradzież portfela w sklepie",
         """Dzień dobry, w sobotę ok. 15:00 w Waszym sklepie w Schaerbeek ktoś ukradł mi portfel z wózka. Zgłosiłam na policji (PV BR.41.L3.019884/2026), policjant mówił że sam się zwróci do sklepu o nagrania, więc w tej sprawie nic od Was nie chcę.

Pytam tylko czy ktoś nie oddał portfela albo samych dokumentów (dowód, prawo jazdy) do punktu obsługi klienta? Czarny, skórzany, na nazwisko Katarzyna Grabowska.

Dziękuję
Katarzyna Grabowska
0487 22 51 09""",
         "Katarzyna Grabowska"),
    ],
    "cs": [
        ("access", (),
         "Exekuce - co jste o mně předali?",
         """Dobrý den,

běží proti mně exekuce (exekutorský úřad Brno-město, sp. zn. 128 EX 4412/25), se kterou nesouhlasím, ale to je jiná věc. Ve vyrozumění, které mi přišlo minulý týden, exekutor uvádí, že zjistil "pohledávku povinného vůči Shop Example", konkrétně zůstatek na mém věrnostním účtu a nevyčerpanou dárkovou kartu.

Chápu, že exekutorovi musíte odpovědět. Chci ale vědět, co přesně jste mu o mně sdělili, kdy a jestli jste mu poslali i historii nákupů nebo adresu. A jestli se na mě ptal ještě někdo jiný.

Děkuji,
Jiří Procházka
věrnostní karta 2207 5503 1184""",
         "Jiří Procházka"),
        ("correction", (),
         "změna příjmení po rozvodu",
         """Dobrý den,

po rozvodu (pravomocný od 2. 2. 2026) jsem se vrátila k rodnému příjmení. V zákaznickém účtu u Vás ale mám pořád Nováková a jako fakturační adresu byt bývalého manžela v Olomouci, takže mu tam chodí moje faktury. To opravdu nechci.

Prosím opravte:
příjmení: Nováková -> Horáková
adresa: Pekařská 12, 779 00 Olomouc -> Wolkerova 31, 602 00 Brno
telefon zůstává stejný.

Účet: lucie.horakova@posta.example.cz (e-mail jsem si už změnila sama).

Díky,
Lucie Horáková""",
         "Lucie Horáková"),
        ("deletion", (),
         "Účet, který jsem nezakládala",
         """Dobrý den,

zjistila jsem, že můj bývalý přítel si u Vás před půl rokem založil účet na moje jméno a s mým datem narození, používal na něj e-mail, který kdysi založil pro nás oba, a objednával si věci na fakturu s dodáním k němu domů. Věci zaplatil, takže dluh nevznikl, naštěstí.

Je to nahlášené na policii. Vám to nevyčítám, nemohli jste to poznat. Ale chci, aby ten účet i všechno, co je v něm o mně, bylo smazáno. Já sama u Vás žádný účet nemám a mít nechci.

Číslo účtu z e-mailu, který mi přeposlal kamarád: 77-310-4420.

Kateřina Dvořáková
Slezská 44, 120 00 Praha 2""",
         "Kateřina Dvořáková"),
        ("restriction", (),
         "Nákupy během pracovní neschopnosti - soudní spor",
         """Dobrý den,

byl jsem propuštěn, protože podle zaměstnavatele jsem během pracovní neschopnosti (březen 2026) "chodil nakupovat po obchodech". Propuštění napadám u soudu. Advokát zaměstnavatele mi v dopise naznačil, že si u Vás vyžádá záznamy o mých nákupech přes věrnostní kartu.

Moje nákupy z té doby jsou naopak důkaz pro mě - kupoval jsem jen léky a jídlo, vždy na pár minut a v době povolených vycházek. Proto prosím, tyto záznamy nemažte, ale do skončení sporu je neupravujte a nepoužívejte k ničemu dalšímu, jen je uchovejte. Pokud by přišel soudní příkaz, je to samozřejmě věc soudu.

Martin Černý
karta 2207 9912 0067""",
         "Martin Černý"),
        ("objection", (),
         "reklamy",
         """Dobrý den,

vedl jsem s Vámi loni spor kvůli vadné myčce, skončilo to u soudu smírem. Od té doby mi chodí e-maily a letáky "Chybíte nám, vraťte se k nám se slevou 15 %".

Nepřeji si, abyste moje údaje dál používali pro reklamu a jakékoli marketingové vyhodnocování. Faktury a to, co musíte mít kvůli tomu sporu, si klidně nechte.

Petr Veselý""",
         "Petr Veselý"),
        ("withdraw_consent", (),
         "",
         """Dobrý den, odvolávám souhlas se zasíláním SMS a newsletteru. Číslo 776 310 228, e-mail jana.kucerova@posta.example.cz. Děkuju

Jana Kučerová

Odesláno z mobilu""",
         "Jana Kučerová"),
        ("complaint", (),
         "Stížnost - předání mých údajů advokátovi sousedky",
         """Vážení,

vedu se sousedkou spor o poškození společné zdi při montáži kuchyňské linky, kterou jsem koupil u Vás (včetně montáže Vaší firmou). Na posledním jednání předložil advokát sousedky výpis mých objednávek z Vašeho e-shopu za tři roky, s mou doručovací adresou, telefonem a seznamem všeho, co jsem kupoval, včetně věcí, které se sporem vůbec nesouvisí.

Na můj dotaz mi Vaše zákaznická linka potvrdila, že výpis byl zaslán "na žádost advokátní kanceláře". Žádný soudní příkaz ani můj souhlas neexistuje.

Považuji to za hrubé porušení ochrany mých osobních údajů. Podávám tímto stížnost a současně se obracím na belgický dozorový úřad pro ochranu osobních údajů; kopii podám i na ÚOOÚ.

Ing. Ondřej Marek
Nádražní 118, 586 01 Jihlava""",
         "Ondřej Marek"),
        ("other", (),
         "Ověření nákupu - zaměstnankyně",
         """Dobrý den,

jsem personalistka ve firmě Tekla Logistics s.r.o. Naše zaměstnankyně paní R. Pokorná tvrdí, že 3. 4. 2026 mezi 10. a 11. hodinou byla ve Vaší prodejně v Bruselu (Rue Neuve) vracet zboží, a proto se zpozdila na směnu. Mohli byste nám potvrdit, zda u Vás v tu dobu opravdu byla vrácena nějaká položka na její jméno?

Děkuji za spolupráci,
Simona Benešová
HR oddělení, Tekla Logistics s.r.o.""",
         "Simona Benešová"),
        ("other", (),
         "faktura na IČO",
         """Dobrý den,

objednával jsem u Vás notebook (obj. 1450-38802), ale zapomněl jsem zaškrtnout nákup na firmu. Účetní potřebuje fakturu s IČO kvůli daňovému přiznání, finanční úřad by mi to jinak neuznal.

IČO 07112345, Adam Kolář - stavební práce, Lipová 6, 370 01 České Budějovice.

Jde to ještě přefakturovat?

Adam Kolář""",
         "Adam Kolář"),
        ("other", (),
         "Pojistná událost č. 4420918 - dotaz na nákup",
         """Dobrý den,

jsem likvidátor pojistných událostí pojišťovny Aurora Pojišťovna a.s. Řešíme pojistnou událost - vloupání do bytu našeho klienta, pana Zdeňka Růžičky, který uvádí, že u Vás v prosinci 2025 koupil televizor Samsung 65" a herní konzoli.

Klient nám dal písemný souhlas, abychom si nákup ověřili (přikládám). Můžete nám prosím potvrdit, zda nákup proběhl, a případně datum a cenu?

S pozdravem,
Radek Šimek
likvidátor, Aurora Pojišťovna a.s.
tel. +420 541 220 318""",
         "Radek Šimek"),
    ],
    "hr": [
        ("access", (),
         "Tko je tražio moje podatke?",
         """Poštovani,

prošli mjesec mi je FINA blokirala račun zbog ovrhe (javni bilježnik iz Splita, predmet OVRV-1187/2025). U rješenju piše da je utvrđeno i "potraživanje prema trgovačkom društvu Shop Example" - pretpostavljam da je riječ o poklon-kartici koju sam dobila za rođendan.

Ne tvrdim da niste smjeli odgovoriti, ali želim znati tko je sve od vas tražio podatke o meni u zadnjih godinu dana (sud, bilježnik, ovršitelj, netko treći), što ste kome dali i kada. I molim kopiju svih podataka koje o meni imate.

Lijep pozdrav,
Ivana Babić
Poljička cesta 22, 21000 Split""",
         "Ivana Babić"),
        ("correction", (),
         "Krivi datum kupnje u mom računu",
         """Pozdrav,

osiguranje mi je odbilo dio štete za televizor koji je izgorio u udaru groma, jer je "uređaj stariji od 3 godine". Televizor sam kupio u vašem webshopu 14. 11. 2023., a u mom korisničkom računu i na računu koji sam skinuo iz aplikacije piše 14. 11. 2021. Očito je kod prijenosa starih narudžbi na novi sustav nešto pošlo krivo, jer ni 2021. nisam imao račun kod vas.

Molim ispravite datum te narudžbe (br. 1450-19077) u mom računu da mogu poslati točan dokument osiguranju.

Hvala,
Goran Horvat""",
         "Goran Horvat"),
        ("deletion", (),
         "slučaj zatvoren - obrišite prijavu",
         """Poštovani,

u siječnju me zaštitar u vašoj trgovini u Bruxellesu (Anderlecht) zadržao jer je alarm na izlazu zazvonio, a ja sam navodno "nešto uzeo". Pozvana je policija, pregledali su mi torbu i nisu našli ništa, alarm je zvonio zbog jakne kupljene negdje drugdje. Policija je predmet zatvorila, imam to i pismeno.

Zaštitar je tada slikao moju osobnu iskaznicu i mene mobitelom i ispunio nekakav obrazac o incidentu. Ne želim da to stoji kod vas. Molim da se izbrišu fotografije, kopija osobne i izvještaj o meni.

Marko Kovačević""",
         "Marko Kovačević"),
        ("portability", (),
         "Porezni nadzor - trebam podatke u Excelu",
         """Dobar dan,

imam obrt (frizerski salon) i Porezna uprava mi radi nadzor za 2024. i 2025. Knjigovođa traži popis svega što sam kupovala kod vas za salon - datum, artikl, iznos, PDV - i to u tablici, ne kao hrpu PDF računa.

Možete li mi izvesti sve moje kupnje s kartice vjernosti i iz webshopa za te dvije godine u CSV ili Excel datoteku? Knjigovođa će to onda ubaciti u svoj program.

Hvala unaprijed,
Snježana Marić
kartica vjernosti 2209 0041 7716""",
         "Snježana Marić"),
        ("restriction", (),
         "HITNO - zamrznite račun dok ne provjerite",
         """Poštovani,

bivši suprug i ja smo imali zajednički račun kod vas na moje ime. Nakon razvoda on tvrdi da je račun njegov, zvao je vašu službu za korisnike, i jučer sam vidjela da je na računu promijenjena lozinka i dodan njegov broj telefona. Ja sam vlasnica računa, imam ugovor o kartici vjernosti potpisan na svoje ime.

Dok ne provjerite tko je stvarni vlasnik, molim da blokirate račun: nikakve promjene podataka, nikakve narudžbe, ništa ne šaljite ni meni ni njemu. Ništa nemojte brisati, jer u brakorazvodnoj parnici trebamo dokazati tko je što kupio.

Sanja Jurić
OIB mogu dostaviti na zahtjev
tel. 091 552 3014""",
         "Sanja Jurić"),
        ("objection", (),
         "pozivi partnera",
         """Dobar dan, već tri puta me zvala nekakva kreditna kuća s kojom ste "u partnerstvu" i nudila mi kredit za namještaj jer sam "vaš vjerni kupac". Ne želim da moje podatke dajete partnerima niti da ih koristite za takve ponude. Karticu zadržavam.

D. Knežević""",
         "Damir Knežević"),
        ("withdraw_consent", (),
         "Lokacija u aplikaciji",
         """Poštovani,

kad sam instalirala vašu aplikaciju, dopustila sam joj pristup lokaciji i pristala na "personalizirane ponude na temelju lokacije". Bivši partner je, kako sam saznala, ulazio u moj račun i po obavijestima o ponudama znao u kojoj sam trgovini.

Lozinku sam promijenila. Povlačim privolu za korištenje lokacije i za te ponude. Aplikaciju i karticu i dalje koristim normalno.

Hvala,
Petra Novak""",
         "Petra Novak"),
        ("complaint", ("deletion",),
         "Agencija za naplatu ima moj broj od vas",
         """Poštovani,

već dva mjeseca me svaki tjedan zove agencija za naplatu potraživanja zbog duga neke Marije Vuković iz Zagreba. Ja se zovem Marija Vuković, ali sam iz Osijeka i nikad vam ništa nisam dugovala. Kad sam ih pitala odakle im moj broj, rekli su da su ga dobili od vas, "iz baze kupaca".

Znači da ste nekome tko vam duguje pridružili moj broj telefona, ili ste agenciji dali moj broj bez ikakve provjere. To je neprihvatljivo. Ovo je pritužba, i ako se pozivi ne prestanu, obratit ću se AZOP-u i belgijskom nadzornom tijelu. Molim da se moj broj odmah izbriše iz svega što ste dali toj agenciji i iz tuđeg dosjea.

Marija Vuković
Europska avenija 9, 31000 Osijek
tel. 098 774 120""",
         "Marija Vuković"),
        ("other", (),
         "Zahtjev za podacima - paket, kazneno djelo prijevare",
         """Poštovani,

Policijska uprava zagrebačka, Služba gospodarskog kriminaliteta, vodi izvid zbog prijevare na štetu oštećenika I. P. Njegovom karticom je 2. 3. 2026. plaćena narudžba u vašem webshopu (broj 1450-41127) s dostavom na adresu Ilica 210, Zagreb.

Molim vas da nam dostavite podatke o osobi koja je izvršila narudžbu: ime, e-mail, telefon, IP adresu i podatke o dostavi. Ako vam je potreban službeni zahtjev putem belgijskih nadležnih tijela ili nalog suda, molim da mi javite kojim putem.

S poštovanjem,
Tomislav Grgić, policijski službenik
PU zagrebačka, Petrinjska 30, Zagreb
tel. 01 4563 711""",
         "Tomislav Grgić"),
        ("other", (),
         "hvala vašoj kolegici",
         """Dobar dan,

samo želim zahvaliti vašoj kolegici Ani sa službe za korisnike. Prošli tjedan me zvala da provjeri jesam li ja zvala i tražila promjenu adrese dostave, jer je netko tko se predstavljao kao ja zvučao čudno. Nisam bila ja, nego (vjerujem) bivši muž. Ona nije ništa promijenila niti mu išta rekla.

Bravo za to, stvarno. Nije potrebno ništa dalje, sve je u redu.

Lijep pozdrav,
Jelena Pavić""",
         "Jelena Pavić"),
    ],
    "sv": [
        ("access", (),
         "Har ni lämnat ut mina köp till mitt försäkringsbolag?",
         """Hej,

Min cykel stals i februari och jag gjorde en anmälan till försäkringsbolaget. Under utredningen ringde en handläggare och frågade varför jag köpt ett nytt cykellås hos er i Bryssel "två dagar efter" stölden, och inte före. Hon visste datum, butik och pris.

Jag är inte arg, men jag vill förstå. Har ni lämnat ut uppgifter om mina köp till försäkringsbolaget (Nordvik Försäkring)? I så fall vilka, när, och på vilken grund? Jag vill också ha en sammanställning av alla uppgifter ni har om mig och vilka andra som har fått ta del av dem.

Vänliga hälsningar
Johan Lindqvist
Avenue Louise 240, 1050 Ixelles
kundnummer 41-0092-77""",
         "Johan Lindqvist"),
        ("correction", (),
         "Fel personnummer - inkassokrav som inte är mitt",
         """Hej!

Jag fick i förra veckan ett inkassokrav från Collecta AB för en obetald faktura från er webbutik (beställning 1450-36611) på 2 480 kr. Jag har aldrig gjort den beställningen. När jag ringde Collecta visade det sig att de sökt fram mig via personnumret, och att personnumret i ert kundregister är 19870412-XXXX, vilket är mitt, men namnet på kontot är en annan Anna Karlsson.

Jag har ett eget konto hos er med rätt uppgifter. Kan ni rätta så att mitt personnummer inte ligger kopplat till den andra Anna Karlssons konto? Inkassobolaget säger att de stoppar ärendet så fort ni bekräftat att uppgifterna varit fel.

Anna Karlsson (f. 1987-04-12)
Storgatan 17, 582 23 Linköping""",
         "Anna Karlsson"),
        ("deletion", (),
         "Ta bort mig ur det gemensamma kontot",
         """Hej,

Jag och mitt ex-sambo hade ett gemensamt hushållskonto hos er med båda våra namn, mejl och telefonnummer, och min adress som faktureringsadress. Vi har gått isär och han behåller kontot.

Jag vill att ni tar bort mina uppgifter ur kontot: namn, mejl, telefon, min adress och mitt kort. Han får ha kvar sitt, det rör inte mig. Jag vill inte att han kan se vart mina paket går eller vad jag köper.

Tack,
Elin Sjöberg""",
         "Elin Sjöberg"),
        ("portability", (),
         "köphistorik som fil",
         """Hej!

Jag har fått hjälp av kommunens budget- och skuldrådgivare efter att Kronofogden kommit in i bilden. Rådgivaren vill att jag visar vad jag faktiskt handlat för de senaste 12 månaderna, och vi använder ett budgetverktyg där man kan importera transaktioner från en fil.

Kan ni skicka mina köp med kundkortet (datum, butik, vara, belopp) som en CSV-fil eller liknande? Kvittona i appen går inte att exportera.

Mvh
Mikael Berg
kundkort 2211 4408 0093""",
         "Mikael Berg"),
        ("restriction", (),
         "Identitetsstöld - spärra kontot men radera inget",
         """Hej,

Någon har använt mina uppgifter för att öppna ett konto hos er och handla på faktura för ca 9 000 kr i mars. Jag har polisanmält (K-ärende 5500-K118422-26) och polisen bad mig se till att ingenting försvinner innan de begär ut uppgifterna.

Jag ber er därför att spärra kontot: inga fler köp, inga fakturor eller påminnelser i mitt namn, och inget vidare till inkasso, men radera ingenting förrän polisens utredning är klar.

Sara Holm
Vasagatan 3, 411 24 Göteborg
070-418 22 61""",
         "Sara Holm"),
        ("objection", (),
         "Delning med era partners",
         """Hej,

En inkassohandläggare som ringde mig om en helt annan sak (en gammal mobilräkning) råkade nämna att "ni finns ju hos Shop Example:s partnernätverk också". Jag hade ingen aning om att ni har ett partnernätverk.

Jag motsätter mig att ni delar mina uppgifter med era samarbetspartner, oavsett för vad. Kundkontot vill jag ha kvar.

Lars Nyström""",
         "Lars Nyström"),
        ("withdraw_consent", (),
         "sms",
         """vill inte längre ha era sms-erbjudanden, jag drar tillbaka mitt ok till det. 073-551 20 88

/Linnea""",
         "Linnea Ek"),
        ("complaint", (),
         "Min bild på er Facebooksida",
         """Till dataskyddsansvarig

Den 28 mars publicerade er butik i Waterloo en bild från övervakningskameran på sin Facebooksida med texten "Känner du igen den här mannen? Han lämnade butiken utan att betala". Mannen på bilden är jag. Jag hade betalat - kvittot har jag kvar - och jag lämnade tillbaka en vara i kassan samma dag. Ingen kontaktade mig först.

Bilden låg uppe i fyra dagar och delades över 300 gånger. Min chef och flera grannar har sett den. Att en butik på eget initiativ lägger ut kamerabilder av kunder på sociala medier, i stället för att gå till polisen, är helt oacceptabelt.

Jag vill att ni förklarar hur det kunde hända. Jag kommer att anmäla detta till den belgiska dataskyddsmyndigheten och till IMY.

Erik Johansson
Chaussée de Bruxelles 91, 1410 Waterloo""",
         "Erik Johansson"),
        ("other", (),
         "Förfrågan angående er kund Per Axelsson",
         """Hej,

Jag är ombud för Maria Olofsson i en tvist med hennes tidigare hyresgäst Per Axelsson om skador i lägenheten. Axelsson påstår att han köpte och lät installera en ny diskmaskin hos er i september 2025.

Kan ni bekräfta om Per Axelsson köpt en diskmaskin med installation hos er under 2025? Om ni inte kan lämna ut det utan domstolsbeslut, meddela gärna det, så begär vi föreläggande från tingsrätten.

Med vänlig hälsning
Advokat Karin Strand
Strand & Wik Advokatbyrå, Kungsgatan 44, 111 35 Stockholm""",
         "Karin Strand"),
        ("other", (),
         "Kopia på kvitto",
         """Hej, det var inbrott hos oss och min laptop försvann. Försäkringsbolaget vill ha kvitto men jag hittar det inte. Köpt i er butik i Gent i augusti förra året, betalat med kort, kundkort 2211 9080 3345. Går det att få en kopia på mejl?

Tack!
Oskar Lund""",
         "Oskar Lund"),
    ],
    "ro": [
        ("access", (),
         "Control ANAF - ce date ați transmis despre mine?",
         """Bună ziua,

Sunt PFA (instalații sanitare) și am în derulare o inspecție fiscală de la ANAF. Inspectorul mi-a arătat o listă cu cumpărăturile mele din magazinul dumneavoastră online pe 2024, cu sumele și adresa de livrare, și mi-a spus că "au venit de la magazin".

Nu am nimic de ascuns, dar aș vrea să știu exact: ce date despre mine ați transmis către ANAF sau altă autoritate, când și la cererea cui? Și vă rog să-mi trimiteți o copie a tuturor datelor pe care le aveți despre mine.

Cu stimă,
Adrian Popescu
Str. Fabricii 17, Cluj-Napoca
cont client: adrian.popescu.instal@posta.example.ro""",
         "Adrian Popescu"),
        ("correction", (),
         "adresa gresita in cont",
         """Buna ziua,

Am aflat de la vecina de la ap. 14 ca a primit de doua ori plicuri pe numele meu, inclusiv o notificare de la avocatul vostru legata de reclamatia mea pentru masina de spalat (dosar litigiu garantie). Eu stau la ap. 41, nu 14. In contul meu de client e trecut gresit.

Va rog corectati: Bd. Iuliu Maniu 7, bl. C, ap. 41, sector 6, Bucuresti.

Multumesc,
Elena Dumitrescu""",
         "Elena Dumitrescu"),
        ("deletion", ("access",),
         "Ștergeți contul meu",
         """Bună ziua,

Un recuperator de creanțe m-a sunat săptămâna trecută în legătură cu o factură restantă de la voi de acum trei ani, pe care am plătit-o de mult (am dovada). Le-am trimis dovada și au închis dosarul, dar m-a deranjat enorm că le-ați dat numărul meu de telefon și adresa pentru o datorie care nu exista.

Nu mai vreau să fiu clientul vostru. Vă rog să ștergeți contul meu și toate datele mele. Și spuneți-mi, vă rog, cui altcuiva ați mai dat datele mele în afară de acest recuperator.

Cristian Stan
tel. 0744 218 930""",
         "Cristian Stan"),
        ("portability", (),
         "Istoricul cumpărăturilor - partaj",
         """Bună ziua,

Sunt în proces de partaj cu fostul soț. El susține că mobila de bucătărie, electrocasnicele și televizorul au fost cumpărate din banii lui. Eu le-am plătit de pe cardul meu, prin contul meu de client la voi.

Vă rog să îmi exportați istoricul comenzilor din contul meu (2019-2025) într-un fișier Excel sau CSV, cu dată, produs, preț și modalitate de plată, și să îl trimiteți direct avocatei mele, av. Mihaela Ionescu, la adresa birou@ionescu-avocat.example.ro. Am nevoie de un fișier pe care avocata să-l poată prelucra, nu de 60 de facturi PDF.

Mulțumesc,
Alina Constantin
Rue de la Loi 88, 1040 Etterbeek""",
         "Alina Constantin"),
        ("restriction", (),
         "Dosar daună frigider - contest data de cumpărare",
         """Bună ziua,

Asigurătorul meu de locuință (dosar daună 2026-11872) refuză să plătească frigiderul stricat la inundația din ianuarie, susținând că "conform informațiilor primite de la vânzător" frigiderul a fost cumpărat după inundație. E fals: l-am cumpărat în noiembrie 2025, am bonul. În contul meu apare însă o comandă din februarie 2026 - aceea este a doua livrare, după ce primul frigider a venit zgâriat și l-ați înlocuit.

Contest exactitatea datelor pe care le-ați dat asigurătorului. Până verificați și lămuriți lucrurile, vă rog să nu mai transmiteți și să nu mai folosiți aceste date de comandă în niciun fel. Nu le ștergeți, îmi trebuie pentru dosar.

Florin Georgescu
comanda inițială 1450-31190""",
         "Florin Georgescu"),
        ("objection", (),
         "oferte de credit",
         """Bună ziua, primesc de o lună telefoane și mailuri de la o bancă "partener Shop Example" cu oferte de credit de nevoi personale, pe motiv că "am cumpărat electrocasnice în rate". Mă opun folosirii datelor mele pentru astfel de oferte și pentru orice profilare în scop de marketing, atât de către voi cât și de partenerii voștri.

Ioana Radu""",
         "Ioana Radu"),
        ("complaint", (),
         "Plângere - angajatul vostru i-a spus șefului meu ce am cumpărat",
         """Stimate domn/doamnă,

În martie am fost în concediu medical două săptămâni după o operație. În acest timp am trecut o singură dată prin magazinul vostru din Anderlecht să cumpăr un fotoliu reclinabil, recomandat de medic.

Un angajat al magazinului, cumnatul șefului meu, i-a povestit acestuia că m-a văzut și ce am cumpărat, și i-a arătat chiar o poză cu bonul din sistem. Șeful meu m-a acuzat apoi că "mă plimb prin magazine" în concediu medical și mi-a dat avertisment.

Consider inacceptabil ca un angajat de-al vostru să folosească datele clienților în interes personal. Vă rog să îmi comunicați ce măsuri luați. Depun plângere și la autoritatea belgiană pentru protecția datelor.

Gabriela Mocanu
Rue Wayez 112, 1070 Anderlecht""",
         "Gabriela Mocanu"),
        ("other", (),
         "Adresă executor judecătoresc - debitor Sorin Matei",
         """Stimată doamnă / Stimate domn,

În calitate de executor judecătoresc, în dosarul de executare nr. 442/2025, vă rog să îmi comunicați dacă debitorul Sorin Matei, CNP 1780913XXXXXX, deține la societatea dumneavoastră sume de bani, carduri cadou sau solduri de puncte de fidelitate care pot fi urmărite, precum și valoarea acestora.

Atașez încheierea de încuviințare a executării.

Cu stimă,
Executor judecătoresc Dan Marinescu
Biroul Executorului Judecătoresc Marinescu, Str. Horea 5, Timișoara""",
         "Dan Marinescu"),
        ("other", (),
         "copie factură pentru instanță",
         """Bună ziua,

Am un proces cu firma de curierat care mi-a livrat distrus televizorul comandat de la voi în decembrie (comanda 1450-37204). Judecătoria îmi cere factura originală sau o copie conformă. Nu o mai găsesc în cont, a dispărut după ce ați schimbat aplicația.

Îmi puteți trimite o copie pe mail sau prin poștă?

Mulțumesc,
Vlad Ene""",
         "Vlad Ene"),
        ("other", (),
         "E real acest mesaj?",
         """Bună,

Am primit azi o scrisoare de la "Recuperări Creanțe Nord SRL" cu sigla voastră pe ea, că aș avea de plătit 214 lei pentru o comandă din 2024 plus 90 lei penalități. Nu-mi amintesc nicio comandă neplătită, dar nici nu sunt sigur, am comandat multe.

Nu vreau să fac plângere sau ceva, vreau doar să știu dacă scrisoarea e reală sau e vreo țeapă, și dacă e reală, ce comandă e și cum plătesc direct la voi.

Mersi,
George Tudor
cont: george.tudor92@posta.example.ro""",
         "George Tudor"),
    ],
    "el": [
        ("access", (),
         "Εκτύπωση των αγορών μου στο δικαστήριο",
         """Καλησπέρα σας,

Βρίσκομαι σε διαδικασία διαζυγίου. Στην τελευταία συνεδρίαση για την επιμέλεια του παιδιού μας, ο δικηγόρος του πρώην συζύγου μου κατέθεσε εκτύπωση με όλες τις αγορές μου με την κάρτα πιστότητας από το κατάστημά σας στο Ixelles τους τελευταίους έξι μήνες (ώρες, ποσά, προϊόντα), για να «αποδείξει» ότι ξοδεύω υπερβολικά.

Πριν αποφασίσω τι θα κάνω, θέλω να ξέρω: δώσατε εσείς αυτά τα στοιχεία; Σε ποιον, πότε και με ποια αιτιολογία; Υπήρχε δικαστική εντολή; Θα ήθελα επίσης αντίγραφο όλων των δεδομένων που τηρείτε για μένα.

Ευχαριστώ,
Κατερίνα Παπαδοπούλου
Chaussée d'Ixelles 190, 1050 Ixelles
Κάρτα: 2213 6600 4187""",
         "Κατερίνα Παπαδοπούλου"),
        ("correction", (),
         "Λάθος αριθμός στη διεύθυνσή μου",
         """Γεια σας,

Ένα δέμα μου (παραγγελία 1450-40015, ηλεκτρικό πατίνι) «χάθηκε» και όταν έκανα δήλωση στην αστυνομία για κλοπή, ο αστυνομικός μού έδειξε ότι η ετικέτα αποστολής έγραφε Rue Gray 112 αντί για 121. Το δέμα παραδόθηκε στον λάθος αριθμό και κάποιος το πήρε.

Κοίταξα τον λογαριασμό μου και πράγματι η διεύθυνση εκεί είναι 112. Παρακαλώ διορθώστε τη σε:
Rue Gray 121, 1040 Etterbeek

Για την επιστροφή χρημάτων θα μιλήσω με την εξυπηρέτηση πελατών.

Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),
        ("deletion", (),
         "Στοιχεία μάρτυρα - υπόθεση κλοπής",
         """Καλημέρα,

Τον Ιανουάριο ήμουν μάρτυρας σε κλοπή στο ταμείο του καταστήματός σας στη Λιέγη και έδωσα στον υπεύθυνο ασφαλείας το όνομά μου, το τηλέφωνό μου και τη διεύθυνσή μου για την αναφορά προς την αστυνομία. Η αστυνομία με πήρε τηλέφωνο, κατέθεσα, και μου είπαν ότι η υπόθεση έκλεισε.

Δεν είμαι πελάτισσα σας και δεν θέλω να μείνουν τα στοιχεία μου στην αναφορά του συμβάντος ή πουθενά αλλού σε εσάς. Σας παρακαλώ να τα διαγράψετε.

Ελένη Αντωνίου
0471 33 20 58""",
         "Ελένη Αντωνίου"),
        ("portability", (),
         "Λίστα αγορών για την ασφαλιστική",
         """Καλησπέρα,

Μας έκλεψαν το σπίτι τον Μάρτιο και η ασφαλιστική ζητάει λίστα με όλα τα ηλεκτρονικά και τις συσκευές που είχαμε, με ημερομηνία και τιμή αγοράς. Τα περισσότερα τα έχω πάρει από εσάς από το 2021 και μετά.

Μπορείτε να μου στείλετε όλες τις αγορές μου (κάρτα πιστότητας και e-shop) σε αρχείο Excel ή CSV; Από την εφαρμογή μπορώ να κατεβάσω μόνο μία απόδειξη τη φορά σε PDF, και είναι πάνω από 150.

Ευχαριστώ πολύ,
Δημήτρης Οικονόμου
λογαριασμός: d.oikonomou@mail.example.gr""",
         "Δημήτρης Οικονόμου"),
        ("restriction", (),
         "Αίτημα περιορισμού μέχρι να απαντήσετε στην εναντίωσή μου",
         """Αξιότιμοι κύριοι,

Στις 3 Μαρτίου 2026 σας έστειλα εναντίωση (άρθρο 21 ΓΚΠΔ) στη «βαθμολόγηση πιστοληπτικού κινδύνου» που κάνετε στους πελάτες σας με βάση το ιστορικό αγορών και επιστροφών, και την οποία, όπως μου είπε το εισπρακτικό γραφείο που συνεργάζεται μαζί σας, χρησιμοποιείτε για να αποφασίσετε ποιους θα «ενημερώνει» πρώτους. Μου απαντήσατε ότι εξετάζετε αν τα έννομα συμφέροντά σας υπερισχύουν.

Μέχρι να ολοκληρωθεί αυτή η εξέταση, ζητώ τον περιορισμό της επεξεργασίας των δεδομένων μου για τον σκοπό αυτό, σύμφωνα με το άρθρο 18 παρ. 1 στοιχ. δ΄ ΓΚΠΔ: να μη χρησιμοποιούνται για βαθμολόγηση και να μη διαβιβάζονται στο εισπρακτικό γραφείο. Δεν ζητώ διαγραφή.

Με εκτίμηση,
Γιάννης Κωνσταντίνου
Αρ. πελάτη 50-2217-09""",
         "Γιάννης Κωνσταντίνου"),
        ("objection", (),
         "diafimiseis",
         """Kalimera, stamatiste na xrisimopoieite ta stoixeia mou gia diafimiseis, email, sms, gramata, tipota. Apo tote pou egine i klopi sto katastima kai edosa ta stoixeia mou stin astynomia mesw sas, mou erxontai prosfores kathe mera. Ton logariasmo ton kratao.

Kostas Vlachos""",
         "Κώστας Βλάχος"),
        ("withdraw_consent", (),
         "Πρόγραμμα «Υγιεινή ζωή» με την ασφαλιστική",
         """Γεια σας,

Πέρσι γράφτηκα στο πρόγραμμα «Υγιεινή ζωή» της κάρτας σας και έδωσα τη συγκατάθεσή μου να μοιράζεστε τις αγορές μου τροφίμων με τη συνεργαζόμενη ασφαλιστική, για έκπτωση στο ασφάλιστρο υγείας.

Τώρα που έκανα αίτηση αποζημίωσης για νοσηλεία, ο πραγματογνώμονας της ασφαλιστικής με ρωτούσε για τα «γλυκά και τα τσιγάρα» που αγοράζω. Δεν μου αρέσει καθόλου αυτό. Ανακαλώ τη συγκατάθεσή μου, δεν θέλω να πηγαίνει τίποτα πια στην ασφαλιστική. Την κάρτα την κρατάω.

Σοφία Μιχαηλίδου""",
         "Σοφία Μιχαηλίδου"),
        ("complaint", ("access",),
         "Καταγγελία - δώσατε τον νέο μου αριθμό σε εισπρακτική",
         """Προς τον Υπεύθυνο Προστασίας Δεδομένων

Τον Φεβρουάριο άλλαξα αριθμό κινητού και τον νέο αριθμό τον έδωσα μόνο σε λίγους, ανάμεσά τους στο τηλεφωνικό σας κέντρο, για τις ειδοποιήσεις παράδοσης. Μία εβδομάδα μετά, με πήρε εισπρακτική εταιρεία για μια διαφορά 60 ευρώ που έχω μαζί σας και για την οποία έχω ήδη κάνει παράπονο ως ελαττωματικό προϊόν.

Δεν σας επέτρεψα ποτέ να δώσετε τον αριθμό μου σε τρίτους, και μάλιστα για χρέος που αμφισβητώ. Υποβάλλω καταγγελία και θα απευθυνθώ στη βελγική Αρχή Προστασίας Δεδομένων. Θέλω επίσης να μου πείτε ποια ακριβώς στοιχεία μου δώσατε στην εισπρακτική και πότε.

Αναστασία Ρήγα
Avenue de la Couronne 305, 1050 Ixelles""",
         "Αναστασία Ρήγα"),
        ("other", (),
         "Επιβεβαίωση αγοράς για εταιρικά έξοδα",
         """Καλημέρα σας,

Είμαι λογίστρια στην εταιρεία Aegean Trade Services. Ένας συνάδελφος ζητάει επιστροφή εξόδων για οθόνη υπολογιστή που λέει ότι αγόρασε από το κατάστημά σας στη Βρυξέλλες (Rue Neuve) στις 12/03 για το γραφείο, αλλά έχασε την απόδειξη.

Μπορείτε να μας επιβεβαιώσετε αν έγινε αυτή η αγορά και το ποσό; Ο συνάδελφος λέγεται Π. Σταύρου.

Ευχαριστώ,
Μαρία Λαμπράκη""",
         "Μαρία Λαμπράκη"),
        ("other", (),
         "Η τσάντα μου από την ληστεία",
         """Καλησπέρα,

Ήμουν στο κατάστημά σας στη Βρυξέλλες (Anderlecht) το Σάββατο όταν έγινε η ληστεία στα ταμεία. Μέσα στον πανικό άφησα την τσάντα μου (μπεζ, δερμάτινη) δίπλα στο ταμείο 4. Η αστυνομία πήρε την κατάθεσή μου εκεί και μου είπε ότι τα αντικείμενα που έμειναν τα κράτησε το κατάστημα.

Πού και πότε μπορώ να την παραλάβω; Μέσα είναι η ταυτότητα και τα κλειδιά μου.

Ευχαριστώ,
Χριστίνα Παππά
0489 61 04 22""",
         "Χριστίνα Παππά"),
    ],
    "bg": [
        ("access", (),
         "Кой е питал за мен?",
         """Здравейте,

Преди две седмици бившият ми съпруг ми изпрати съобщение, в което изброяваше в кои дни и по кое време съм пазарувала в магазина ви в Антверпен през март. После разбрах, че е наел частен детектив.

Искам да знам дали някой (детектив, адвокат, той самият) е искал от вас информация за мен и какво сте предоставили, на кого и кога. Моля и за копие на всички лични данни, които пазите за мен, включително записите от картата за лоялност.

Благодаря,
Десислава Петрова
Lange Kievitstraat 52, 2018 Antwerpen
карта 2215 3081 7720""",
         "Десислава Петрова"),
        ("correction", (),
         "Сменен имейл в профила ми",
         """Здравейте,

Бившият ми приятел се е обадил на вашата линия, казал е моите имена, дата на раждане и адрес и е сменил имейла в профила ми на своя - разбрах, защото спрях да получавам потвърждения за поръчки. Паролата вече я смених, но в профила все още стоят неговият имейл и неговият телефон.

Моля коригирайте:
имейл -> nadia.ivanova@poshta.example.bg
телефон -> +32 486 30 77 19

Надя Иванова""",
         "Надя Иванова"),
        ("deletion", (),
         "Делото приключи",
         """Здравейте,

Съдебното дело, което водих срещу вас заради дефектна пералня (Мирови съд Шарлероа, решение от 18.02.2026), приключи, обезщетението е платено и нямаме повече вземания един към друг.

Не искам повече да съм ваш клиент. Моля изтрийте профила ми и всички данни за мен, които не сте длъжни да пазите по закон.

Поздрави,
Георги Димитров""",
         "Георги Димитров"),
        ("portability", (),
         "Файл с покупките ми - бракоразводно дело",
         """Здравейте,

В бракоразводното дело трябва да докажа кои вещи в жилището съм купувала аз. Почти всичко е купено от вас, с моята карта и от моя онлайн профил.

Моля да ми изпратите историята на покупките ми от 2018 г. досега във файл (CSV или Excel) с дата, артикул, цена и начин на плащане. Адвокатката ми ще ги подреди в таблица за съда, затова ми трябва файл, а не отделни касови бележки.

Благодаря предварително,
Мария Николова
профил: maria.nikolova@poshta.example.bg""",
         "Мария Николова"),
        ("restriction", ("correction",),
         "Отбелязана съм като \"съмнение за измама\"",
         """Здравейте,

При опит да върна якето, купено преди 5 дни в магазина в Брюксел, касиерката ми каза, че не може, защото профилът ми е отбелязан със "съмнение за измама при връщане". Нямам представа защо - за три години съм върнала две неща.

Оспорвам тази отметка. Не искам да трием нищо, но докато проверите откъде идва, моля не я използвайте за нищо и не я предавайте на никого. Ако се окаже грешка (а е), трябва да бъде махната.

Вяра Стоянова
карта 2215 6604 1138""",
         "Вяра Стоянова"),
        ("objection", (),
         "Кредитни партньори",
         """Добър ден,

В общите ви условия прочетох, че историята на покупките ми може да се предоставя на "партньори за оценка на кредитоспособност" на основание легитимен интерес. Не съм съгласен. Възразявам срещу това данните ми да се използват и предоставят за такава оценка. Не пазарувам на изплащане и нямам намерение.

Стефан Колев""",
         "Стефан Колев"),
        ("withdraw_consent", (),
         "отписване",
         """Здравейте, моля отпишете ме от бюлетина и от персоналните оферти, вече не съм съгласна да ги получавам. Благодаря. Росица Ангелова""",
         "Росица Ангелова"),
        ("complaint", ("access",),
         "Повторно: искане от 10 февруари - непълен отговор",
         """До длъжностното лице по защита на данните

На 10 февруари 2026 г. ви попитах дали сте предоставяли мои лични данни на адвоката на бившия ми работодател, тъй като в трудовото дело той представи моите покупки от ваш магазин в дните на болничния ми. Поисках и копие на данните си.

Отговорихте ми чак на 14 април - повече от два месеца по-късно - с общо писмо, че "не споделяте данни без правно основание" и с копие само на профила ми. Нищо за това дали и кому сте дали данните и нищо от историята на картата.

Това не е отговор. Подавам жалба срещу начина, по който беше обработено искането ми, и ще се обърна към белгийския орган за защита на данните, ако до 14 дни не получа пълен отговор на въпросите си.

Пламен Тодоров
Rue de Mérode 40, 1060 Saint-Gilles""",
         "Пламен Тодоров"),
        ("other", (),
         "Дубликат на касова бележка",
         """Здравейте, работодателят ми възстановява разходите за работни обувки, но трябва касова бележка, а аз съм я загубила. Купих ги на 28 март в магазина в Гент, платих с карта. Може ли дубликат по имейл?

Благодаря,
Елена Христова""",
         "Елена Христова"),
        ("other", (),
         "Запитване за адрес на длъжник",
         """Уважаеми госпожи и господа,

Пиша от колекторска агенция "Балкан Събиране" ЕООД по възложено ни вземане на кредитор, различен от вас. Длъжникът Иван Костов е сменил адреса си и не отговаря. Знаем, че е ваш клиент с доставки до дома.

Бихте ли ни предоставили актуалния му адрес за доставка и телефон? Готови сме да платим такса за справката.

С уважение,
Калоян Русев
"Балкан Събиране" ЕООД, София""",
         "Калоян Русев"),
    ],
}

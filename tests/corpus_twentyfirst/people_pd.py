"""Twenty-first set, requests sent on someone's behalf: agents, services, family, lawyers (pl cs hr sv ro el bg). Written apart from the rules (see make_twentyfirst.py)."""

PEOPLE_PD = {
    "pl": [
        ("deletion", ("objection",),
         "Żądanie usunięcia danych osobowych – sprawa nr WZ-24-118734",
         """\
Szanowni Państwo,

działamy w imieniu naszego klienta wskazanego poniżej, na podstawie udzielonego nam pełnomocnictwa. Podpisane upoważnienie znajduje się w załączniku do niniejszej wiadomości.

Na podstawie art. 17 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) nasz klient żąda niezwłocznego usunięcia wszystkich danych osobowych, które go dotyczą i które są przetwarzane przez Państwa firmę.

Ponadto, na podstawie art. 21 ust. 2 RODO, nasz klient wnosi sprzeciw wobec przetwarzania jego danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania.

Dane identyfikacyjne klienta:
Imię i nazwisko: Tomasz Wierzbicki
Adresy e-mail: t.wierzbicki@poczta.example.pl, tomek.w82@example.com
Numer telefonu: +48 601 234 587
Adres: ul. Kasztanowa 14/3, 60-321 Poznań

Prosimy o potwierdzenie wykonania żądania w terminie jednego miesiąca od otrzymania niniejszej wiadomości (art. 12 ust. 3 RODO). Jeżeli Państwa firma nie przetwarza danych naszego klienta, prosimy również o taką informację.

Odpowiedź prosimy kierować bezpośrednio na ten adres, z zachowaniem numeru sprawy w temacie.

Z poważaniem
Zespół Ochrony Danych
Wymazuj.pl
""",
         "Wymazuj.pl – Zespół Ochrony Danych"),

        ("complaint", ("deletion", "objection"),
         "WZ-24-120455",
         """\
Szanowni Państwo,

w dniu 14 października 2024 r. skierowaliśmy do Państwa, w imieniu naszej klientki Pani Anny Kowalczyk, żądanie usunięcia danych osobowych (art. 17 RODO) oraz sprzeciw wobec przetwarzania jej danych w celach marketingu bezpośredniego (art. 21 ust. 2 RODO).

Do dnia dzisiejszego nie otrzymaliśmy żadnej odpowiedzi ani informacji o przedłużeniu terminu, mimo że termin jednego miesiąca przewidziany w art. 12 ust. 3 RODO już upłynął. Nasza klientka nadal otrzymuje od Państwa wiadomości reklamowe.

Ponownie wzywamy do niezwłocznego usunięcia danych naszej klientki oraz do zaprzestania ich wykorzystywania w celach marketingowych. W przypadku braku odpowiedzi w ciągu 14 dni nasza klientka złoży skargę do belgijskiego organu nadzorczego (Gegevensbeschermingsautoriteit / Autorité de protection des données).

Dane klientki:
Imię i nazwisko: Anna Kowalczyk
E-mail: anka.kowalczyk@example.pl
Telefon: +32 478 55 10 92
Adres: Rue des Tanneurs 58, 1000 Bruxelles

Z poważaniem
Dział Wniosków RODO
Wymazuj.pl

-------- Wiadomość pierwotna --------
Od: Wymazuj.pl – Zespół Ochrony Danych
Data: 14.10.2024 09:12
Temat: Żądanie usunięcia danych osobowych – sprawa nr WZ-24-120455

Szanowni Państwo,
działamy w imieniu naszej klientki wskazanej poniżej (...)
""",
         "Wymazuj.pl – Zespół Ochrony Danych"),

        ("access", (),
         "dane syna",
         """\
Dzien dobry,

pisze w imieniu mojego syna Kacpra Lisa (13 lat). Okazalo sie ze zalozyl u Panstwa konto na adres kacperlis2011@example.pl i zamawial rzeczy moja karta. Chcialabym wiedziec jakie dane o nim Panstwo przechowuja, skad je macie i czy przekazujecie je komus np. firmom reklamowym. Prosze o przeslanie kopii tych danych na moj adres.

Jestem jego matka i opiekunem prawnym, jak trzeba to moge przeslac skan aktu urodzenia.

Pozdrawiam
Joanna Lis
""",
         "Joanna Lis"),

        ("deletion", ("withdraw_consent",),
         "Konto zmarłego taty",
         """\
Dzień dobry,

mój tata, Henryk Nowak, zmarł 3 stycznia. Miał u Państwa konto klienta i kartę stałego klienta zarejestrowane na adres h.nowak1951@example.pl.

Bardzo proszę o zamknięcie jego konta i usunięcie jego danych. Proszę też wypisać go z newslettera – co tydzień przychodzą oferty mebli ogrodowych, a to mama czyta jego pocztę i jest jej z tym bardzo ciężko.

W załączniku przesyłam skan skróconego odpisu aktu zgonu. Jestem jego córką.

Z wyrazami szacunku
Magdalena Nowak-Pietras
""",
         "Magdalena Nowak-Pietras"),

        ("correction", (),
         "",
         """\
Dzień dobry,

piszę w imieniu mojej sąsiadki, pani Haliny Zielińskiej (84 lata), która nie korzysta z internetu. Od kilku lat składam dla niej zamówienia przez jej konto u Państwa (e-mail konta: halina.zielinska@example.pl – to ja go obsługuję).

Pani Halina przeprowadziła się do córki i paczki trafiają pod stary adres. Proszę o zmianę adresu w jej koncie na:
ul. Lipowa 7, 05-500 Piaseczno
oraz numeru telefonu na 512 407 330.

Przy okazji: w koncie jest błędnie wpisane nazwisko „Zielinska” zamiast „Zielińska”, proszę też to poprawić.

Upoważnienie podpisane przez panią Halinę przesyłam w załączniku (zdjęcie).

Pozdrawiam serdecznie
Krzysztof Bąk
""",
         "Krzysztof Bąk"),

        ("restriction", (),
         "Sprawa p. Marka Dąbrowskiego",
         """\
Szanowni Państwo,

działając w imieniu i na rzecz Pana Marka Dąbrowskiego, zam. ul. Polna 22, 87-100 Toruń (pełnomocnictwo w załączeniu), niniejszym wnoszę o ograniczenie przetwarzania jego danych osobowych na podstawie art. 18 ust. 1 lit. c RODO.

Mój Mocodawca prowadzi spór z ubezpieczycielem dotyczący szkody spowodowanej przez zakupioną w Państwa sklepie kosiarkę spalinową (zamówienie nr 2023-441870). Dane przechowywane przez Państwa – w szczególności historia zamówień, faktury oraz korespondencja z działem obsługi klienta – są mu niezbędne do ustalenia i dochodzenia roszczeń.

Wnoszę zatem, aby powyższych danych nie usuwać, lecz do czasu prawomocnego zakończenia sprawy ograniczyć ich przetwarzanie wyłącznie do przechowywania.

Proszę o pisemne potwierdzenie na adres kancelarii.

Z poważaniem
r.pr. Ewa Grabowska
Kancelaria Radcy Prawnego Ewa Grabowska
ul. Szeroka 5/2, 87-100 Toruń
""",
         "Kancelaria Radcy Prawnego Ewa Grabowska"),

        ("portability", (),
         "Przeniesienie danych – p. Stanisław Wójcik",
         """\
Dzień dobry,

jestem opiekunem prawnym mojego brata, Stanisława Wójcika (postanowienie Sądu Rejonowego w Lublinie, sygn. akt III RNs 214/21 – kopia w załączniku). Brat od kilku lat kupuje u Państwa artykuły ogrodnicze, konto założone jest na adres s.wojcik@example.pl.

Przenosimy zakupy brata do innego sklepu internetowego. Na podstawie art. 20 RODO proszę o przekazanie danych, które brat Państwu dostarczył, wraz z historią zamówień, w ustrukturyzowanym formacie nadającym się do odczytu maszynowego (np. CSV lub XLSX). Dane proszę przesłać na mój adres e-mail.

Z góry dziękuję.
Barbara Wójcik
""",
         "Barbara Wójcik"),

        ("other", (),
         "Wnioski RODO od serwisów typu „usuń moje dane” – jak je obsłużyć szybciej?",
         """\
Dzień dobry,

sklepy internetowe, z którymi współpracujemy, dostają dziś nawet kilkadziesiąt wniosków miesięcznie od serwisów działających jako pełnomocnicy klientów („usuń moje dane”, „wyślij mi kopię danych” itp.). Każdy taki wniosek trzeba zweryfikować, odszukać klienta w kilku systemach i odpowiedzieć w terminie.

Privyo to narzędzie, które automatycznie weryfikuje pełnomocnictwa, wyszukuje dane klienta w Państwa sklepie, CRM i systemie newslettera oraz przygotowuje gotową odpowiedź. Średnio skraca to obsługę jednego wniosku z 40 do 5 minut.

Czy znalazłby Pan/Pani 15 minut w przyszłym tygodniu na krótką prezentację online? Mogę przesłać kilka terminów do wyboru.

Pozdrawiam
Michał Sadowski
Key Account Manager | Privyo
tel. +48 22 100 47 31
""",
         "Michał Sadowski | Privyo"),
    ],

    "cs": [
        ("access", ("portability",),
         "Žádost o přístup k osobním údajům (čl. 15 GDPR) – č. j. FS-2024-03371",
         """\
Vážená paní, vážený pane,

prostřednictvím online platformy Férový spotřebitel Vám zasíláme žádost naší uživatelky, paní Lucie Horákové, která nás k jejímu podání zmocnila. Plná moc s jejím podpisem je přiložena k této zprávě.

Paní Horáková žádá o potvrzení, zda zpracováváte její osobní údaje, a pokud ano, o poskytnutí kopie těchto údajů a informací podle čl. 15 odst. 1 GDPR (účely zpracování, kategorie údajů, příjemci, doba uložení a zdroj údajů).

Současně žádá, aby jí údaje, které Vám sama poskytla, byly předány ve strukturovaném, běžně používaném a strojově čitelném formátu podle čl. 20 GDPR.

Identifikační údaje:
Jméno a příjmení: Lucie Horáková
E-mail: lucie.horakova@example.cz
Telefon: +420 737 201 559
Adresa: Husova 1180/12, 602 00 Brno
Číslo věrnostní karty: 2200 4417 8820

Odpověď prosím zašlete na adresu zadosti@ferovyspotrebitel.example.cz s uvedením čísla jednacího. Zákonná lhůta pro vyřízení činí jeden měsíc od doručení.

S pozdravem
tým Férový spotřebitel
""",
         "Férový spotřebitel – online žádosti"),

        ("objection", (),
         "za kolegyni",
         """\
Dobrý den,

píšu za svou kolegyni Ing. Petru Svobodovou, která je momentálně na mateřské dovolené a požádala mě, abych to za ni vyřídila (je v kopii tohoto e-mailu a může to potvrdit).

Paní Svobodová u Vás nakupuje a poslední dobou jí na soukromý i pracovní e-mail (petra.svobodova@example.cz, p.svobodova@firma-example.cz) chodí nabídky sestavené podle toho, co si u Vás prohlížela. Jejím jménem proto vznáším námitku podle čl. 21 GDPR proti zpracování jejích osobních údajů pro účely přímého marketingu, včetně profilování. Účet jí prosím nerušte, nakupovat u Vás chce dál.

Prosím o potvrzení na obě adresy.

Děkuji
Jana Marková
asistentka vedení
""",
         "Jana Marková"),

        ("deletion", ("withdraw_consent",),
         "ucet po mamince",
         """\
Dobry den,

moje maminka Vera Dvorakova zemrela v srpnu. Mela u vas zakaznicky ucet a vernostni kartu na email vera.dvorakova@example.cz.

Prosim zruste ten ucet a smazte jeji udaje. A prestante ji posilat newsletter a ty akcni letaky, porad to chodi a tata to cte, je to pro nej dost tezke.

Jsem jeji syn a dedic, umrtni list muzu poslat kdyz bude potreba.

Dekuji
Pavel Dvorak
""",
         "Pavel Dvorak"),

        ("complaint", ("deletion",),
         "Re: Žádost o výmaz osobních údajů – ref. 55-CZ-88121",
         """\
Vážený správce údajů,

tento e-mail je následným krokem k naší předchozí žádosti ze dne 3. září 2024, kterou jsme Vám zaslali jménem našeho uživatele, pana Tomáše Kratochvíla. Naše záznamy ukazují, že jsme na tuto žádost dosud neobdrželi žádnou odpověď.

Podle článku 12 odst. 3 obecného nařízení o ochraně osobních údajů (GDPR) jste povinni na žádost subjektu údajů odpovědět bez zbytečného odkladu, v každém případě do jednoho měsíce od jejího obdržení. Tato lhůta již uplynula.

Opětovně Vás žádáme o vymazání všech osobních údajů našeho uživatele a o písemné potvrzení, že k vymazání došlo. Pokud odpověď neobdržíme do 10 dnů, budeme nuceni podat stížnost u příslušného dozorového úřadu.

Údaje uživatele:
Celé jméno: Tomáš Kratochvíl
E-mailová adresa: t.kratochvil@example.cz
Telefonní číslo: +420 604 552 871
Poštovní adresa: Nádražní 44, 370 01 České Budějovice

Děkujeme za Vaši spolupráci.

S pozdravem,
Tým pro ochranu soukromí Erasio
Tato zpráva byla odeslána jménem našeho uživatele. Pro odpověď stačí odpovědět na tento e-mail.
""",
         "Erasio Privacy Team"),

        ("correction", (),
         "Oprava údajů na věrnostní kartě dcery",
         """\
Dobrý den,

moje dcera Eliška (16 let) má u Vás věrnostní kartu č. 2200 3095 1146, kterou jsme zakládali spolu na prodejně partnera. Při přepisu z papírové přihlášky se ale stala chyba – v systému je uvedeno příjmení „Šťasná“ místo „Šťastná“ a datum narození 12. 7. 2006 místo 12. 7. 2008.

Jako její matka Vás prosím o opravu obou údajů. Kdybyste potřebovali doklad, pošlu kopii rodného listu.

S pozdravem
Martina Šťastná
""",
         "Martina Šťastná"),

        ("restriction", (),
         "",
         """\
Dobrý den,

jsem opatrovníkem pana Jiřího Bláhy, nar. 14. 2. 1941, ustanoveným rozsudkem Okresního soudu v Kolíně (kopii přikládám). Pan Bláha má u Vás zákaznický účet vedený na adresu jiri.blaha41@example.cz.

Do doby, než soud rozhodne o tom, kdo bude jeho záležitosti dlouhodobě spravovat, potřebuji, aby se s jeho údaji nic nedělo. Žádám proto jeho jménem o omezení zpracování osobních údajů podle čl. 18 GDPR: údaje prosím nemažte ani neměňte, ale až do odvolání je nepoužívejte k ničemu jinému než k jejich uložení.

Prosím o potvrzení e-mailem.

S pozdravem
Mgr. Roman Kučera
opatrovník
""",
         "Mgr. Roman Kučera"),

        ("withdraw_consent", (),
         "paní Nováková – odhlášení",
         """\
Dobrý den,

píšu za svou sousedku paní Boženu Novákovou (87 let), která nemá e-mail ani počítač. Objednávky jsem jí dělala já přes svůj počítač, ale účet je na její jméno a její telefon.

Paní Nováková mě požádala, abych za ni odvolala souhlas se zasíláním obchodních sdělení – už nechce dostávat Váš newsletter ani SMS s akcemi na číslo 602 118 443. Plnou moc s jejím podpisem přikládám jako fotku.

Děkuji a přeji hezký den
Ilona Procházková
""",
         "Ilona Procházková"),

        ("other", (),
         "Výzva k úhradě – faktura č. 2024-0917",
         """\
Vážení,

Inkasní kancelář Vltava s.r.o. zastupuje na základě plné moci společnost Obaly Morava s.r.o., IČO 27745120 (dále jen „věřitel“).

Podle podkladů věřitele evidujeme za Vaší společností neuhrazenou fakturu č. 2024-0917 za dodávku kartonových obalů ve výši 38 420 Kč se splatností 30. 9. 2024. Vyzýváme Vás tímto k úhradě dlužné částky do 10 dnů na účet věřitele č. 2801447731/2010, VS 20240917.

Pokud jste fakturu již uhradili, považujte prosím tuto výzvu za bezpředmětnou a zašlete nám doklad o platbě. V případě nejasností mě kontaktujte na níže uvedeném telefonu.

S pozdravem
Hana Veselá
referentka vymáhání
Inkasní kancelář Vltava s.r.o.
tel. +420 222 517 904
""",
         "Inkasní kancelář Vltava s.r.o."),
    ],

    "hr": [
        ("deletion", ("withdraw_consent",),
         "Zahtjev za brisanje osobnih podataka (čl. 17. GDPR) – predmet BR-2024-7719",
         """\
Poštovani,

obraćamo Vam se u ime naše klijentice, gđe Ivane Babić, koja nas je ovlastila da u njezino ime ostvarujemo prava iz Opće uredbe o zaštiti podataka. Potpisana punomoć nalazi se u privitku ove poruke.

Sukladno članku 17. Opće uredbe o zaštiti podataka (GDPR), naša klijentica zahtijeva da bez nepotrebnog odgađanja izbrišete sve njezine osobne podatke koje obrađujete. Ujedno povlači sve privole koje Vam je dala, uključujući privolu za primanje newslettera i drugih marketinških poruka.

Podaci za identifikaciju:
Ime i prezime: Ivana Babić
E-pošta: ivana.babic@example.hr, ivanab.88@example.com
Telefon: +385 91 552 3017
Adresa: Vukovarska 118, 21000 Split

Molimo Vas da nam potvrdu o izvršenom brisanju pošaljete u roku od mjesec dana od primitka zahtjeva, kako propisuje članak 12. stavak 3. GDPR-a. Na ovu poruku možete odgovoriti izravno.

S poštovanjem,
Tim za privatnost
Izbriši.me
""",
         "Izbriši.me – tim za privatnost"),

        ("complaint", ("access",),
         "Re: Zahtjev za pristup osobnim podacima – naš klijent g. Darko Perić",
         """\
Poštovani,

dana 2. listopada 2024. uputili smo Vam, u ime i za račun našeg klijenta g. Darka Perića iz Rijeke, zahtjev za pristup osobnim podacima na temelju članka 15. Opće uredbe o zaštiti podataka, zajedno s punomoći.

Rok od mjesec dana iz članka 12. stavka 3. Uredbe istekao je, a do danas nismo primili nikakav odgovor niti obavijest o produljenju roka.

Ovim Vas putem požurujemo da našem klijentu bez daljnjeg odgađanja dostavite kopiju svih osobnih podataka koje o njemu obrađujete, zajedno s informacijama o svrhama obrade i primateljima. Upozoravamo da ćemo, ne primimo li odgovor u roku od 8 dana, u ime klijenta podnijeti pritužbu belgijskom nadzornom tijelu (Autorité de protection des données) i Agenciji za zaštitu osobnih podataka (AZOP).

S poštovanjem,

Maja Jurić, odvjetnica
Odvjetničko društvo Kovač & Jurić d.o.o.
Korzo 16, 51000 Rijeka
""",
         "Odvjetničko društvo Kovač & Jurić"),

        ("access", (),
         "Pravna klinika – zahtjev stranke za pristup podacima",
         """\
Poštovani,

Pravna klinika udruge „Pravo za sve“ pruža besplatnu pravnu pomoć građanima. Obraćamo Vam se u ime naše stranke, gđe Marije Tomić (Ulica Matice hrvatske 9, 31000 Osijek, e-pošta marija.tomic@example.hr), koja nam je dala pisanu suglasnost i punomoć (u privitku).

Gđa Tomić, na temelju članka 15. GDPR-a, traži:
– potvrdu obrađujete li njezine osobne podatke,
– kopiju svih osobnih podataka koje o njoj imate, uključujući snimke telefonskih razgovora s Vašom korisničkom službom iz ožujka 2024.,
– informaciju kojim ste primateljima njezine podatke proslijedili.

Odgovor molimo dostaviti na adresu klinike ili izravno stranci.

Srdačan pozdrav,
Ana Šimić, koordinatorica
Pravna klinika – Udruga „Pravo za sve“
""",
         "Pravna klinika – Udruga Pravo za sve"),

        ("portability", (),
         "podaci od tate",
         """\
Postovani,

pisem u ime svog oca Ante Jurica (78 god.) koji nema email pa sam mu ja otvorio racun kod vas na svoju adresu marko.juric@example.hr. Tata sad zeli kupovati kod drugog ducana pa vas molim da mi posaljete sve njegove podatke sa racuna i povijest narudzbi u nekom formatu koji se moze ucitati, csv ili excel, po clanku 20 GDPR.

Ovlastenje potpisano od tate saljem u prilogu.

Hvala unaprijed,
Marko Juric
""",
         "Marko Juric"),

        ("objection", (),
         "Prigovor na profiliranje – moj sin",
         """\
Poštovani,

moj sin Luka Vuković (15 godina) ima kod Vas korisnički račun koji je otvorio uz moju suglasnost (luka.vukovic@example.hr).

Primijetila sam da mu na stranici i u e-mailovima nudite „preporuke samo za tebe“ na temelju onoga što pregledava, a na društvenim mrežama mu se prikazuju Vaši oglasi za proizvode koje je gledao kod Vas. Kao roditelj ulažem prigovor na obradu njegovih osobnih podataka u svrhu profiliranja i ciljanog oglašavanja te na dijeljenje njegovih podataka s oglašivačkim partnerima (članak 21. GDPR-a).

Račun neka ostane aktivan, samo bez toga.

Lijep pozdrav,
Tanja Vuković
""",
         "Tanja Vuković"),

        ("restriction", (),
         "",
         """\
Poštovani,

imenovan sam izvršiteljem oporuke pok. Vesne Horvat iz Varaždina, preminule 11. rujna 2024. (rješenje suda u privitku). Pokojnica je kod Vas imala korisnički račun na adresu vesna.horvat@example.hr.

Ostavinski postupak je u tijeku i za njega su nam potrebni računi i podaci o plaćenim narudžbama. Molim Vas stoga da njezine podatke zasad ne brišete, ali da ih do okončanja postupka ne koristite ni u koju drugu svrhu osim čuvanja (ograničenje obrade prema članku 18. GDPR-a). O daljnjoj sudbini računa odlučit ćemo kad postupak završi.

Molim potvrdu primitka.

S poštovanjem,
Željko Horvat
""",
         "Željko Horvat"),

        ("correction", ("withdraw_consent",),
         "Promjena adrese za gđu Katić",
         """\
Poštovani,

radim kao njegovateljica kod gospođe Zdenke Katić (91 god.) i ja joj naručujem stvari preko njezinog računa kod Vas (zdenka.katic@example.hr). Gospođa se prošli mjesec preselila kod kćeri.

Molim Vas da joj na računu promijenite adresu dostave u: Ilica 210, 10000 Zagreb, a broj telefona u 098 441 207.

Također Vas molim da je odjavite s newslettera, ona ga ionako ne čita, a kćer kaže da više ne žele primati reklame.

Kćer gđe Katić, koja joj je skrbnica, stavila sam u kopiju pa može potvrditi.

Hvala,
Snježana Radić
""",
         "Snježana Radić"),

        ("other", (),
         "Opomena pred ovrhu – račun 118/2024",
         """\
Poštovani,

društvo Naplata Plus d.o.o. po ovlaštenju vjerovnika Transport Zagorje d.o.o. (OIB 58120447391) obavještava Vas da iz Vaše poslovne evidencije prema navedenom vjerovniku proizlazi nepodmiren dug po računu br. 118/2024 za usluge prijevoza robe u iznosu od 1.284,50 EUR, dospio 15. kolovoza 2024.

Pozivamo Vas da dug podmirite u roku od 8 dana od primitka ove opomene na IBAN HR12 2340 0091 1104 4712 8, poziv na broj 118-2024. U protivnom će vjerovnik pokrenuti ovršni postupak, čime će Vam nastati dodatni troškovi.

Ako ste dug u međuvremenu podmirili, molimo da nam dostavite dokaz o uplati.

S poštovanjem,
Ivan Knežević
odjel naplate
Naplata Plus d.o.o.
""",
         "Naplata Plus d.o.o. – odjel naplate"),
    ],

    "sv": [
        ("deletion", ("objection",),
         "Ärende #SE-447120",
         """\
Hej,

Vi skriver till dig på uppdrag av vår användare, som har gett oss fullmakt att agera för deras räkning när det gäller deras personuppgifter. En kopia av den undertecknade fullmakten bifogas detta meddelande.

I enlighet med artikel 17 i den allmänna dataskyddsförordningen (GDPR) begär vår användare att du raderar alla personuppgifter som du innehar om dem.

Vår användare invänder också, i enlighet med artikel 21 i GDPR, mot all behandling av deras personuppgifter för direktmarknadsföring, inklusive profilering.

Användarens uppgifter:
Fullständigt namn: Johanna Lindqvist
E-postadress: johanna.lindqvist@example.se
Telefonnummer: +46 70 318 42 96
Adress: Storgatan 41, 903 26 Umeå

Vi ber dig att bekräfta att begäran har utförts inom 30 dagar, som krävs enligt artikel 12.3 i GDPR. Om du inte behandlar några personuppgifter om vår användare, vänligen meddela oss detta.

Du kan svara direkt på detta e-postmeddelande.

Med vänliga hälsningar,
Raderio integritetsteam
""",
         "Raderio Privacy Team"),

        ("complaint", ("deletion", "objection"),
         "Påminnelse: obesvarad begäran om radering – ärende #SE-441983",
         """\
Hej,

Detta är en påminnelse angående begäran som vi skickade till dig den 19 augusti 2024 på uppdrag av vår användare Peter Nilsson, om radering av hans personuppgifter (artikel 17 GDPR) och invändning mot behandling för direktmarknadsföring (artikel 21 GDPR).

Vi har inte fått något svar från dig. Den lagstadgade tidsfristen på en månad enligt artikel 12.3 i GDPR har löpt ut.

Vi ber dig därför återigen att radera vår användares personuppgifter och att sluta använda dem för marknadsföring, samt att bekräfta detta skriftligen. Om vi inte får något svar inom 7 dagar kommer vi att lämna in ett klagomål till den behöriga tillsynsmyndigheten för vår användares räkning.

Användarens uppgifter:
Fullständigt namn: Peter Nilsson
E-postadress: peter.nilsson77@example.se
Telefonnummer: +46 73 902 11 58
Adress: Kvarnvägen 3, 432 44 Varberg

Med vänliga hälsningar,
Raderio integritetsteam
""",
         "Raderio Privacy Team"),

        ("portability", (),
         "Begäran om dataportabilitet – huvudman Gunnar Ek",
         """\
Hej,

Jag är god man för Gunnar Ek, född 1939 (förordnande från överförmyndarnämnden i Uppsala kommun bifogas). Gunnar har ett kundkonto hos er med e-postadressen gunnar.ek39@example.se.

Vi håller på att flytta hans beställningar till en annan webbutik. För hans räkning begär jag därför att ni lämnar ut de personuppgifter han själv har lämnat till er, inklusive orderhistorik, i ett strukturerat, allmänt använt och maskinläsbart format, till exempel CSV, enligt artikel 20 i dataskyddsförordningen. Skicka gärna filen till mig på den här adressen.

Tack på förhand.

Vänliga hälsningar
Birgitta Sjöberg
god man
""",
         "Birgitta Sjöberg"),

        ("access", (),
         "Hej",
         """\
Hej!

Min son Elias är 14 år och har tydligen skapat ett konto hos er med sin mejl elias.nystrom09@example.se för att köpa en present till sin pappa. Nu får han mejl från er nästan varje dag.

Jag vill veta vilka uppgifter ni har om honom, var ni har fått dem ifrån och om ni har delat dem med någon annan. Skicka gärna en kopia av allt ni har sparat. Jag är hans vårdnadshavare.

Mvh
Sara Nyström
""",
         "Sara Nyström"),

        ("withdraw_consent", (),
         "",
         """\
Hej.

Min man Lennart Holm gick bort i mars. Han får fortfarande ert nyhetsbrev och erbjudanden om trädgårdsmöbler till sin mejladress lennart.holm@example.se, som jag nu läser.

Var snälla och avsluta prenumerationen på nyhetsbrevet. Det känns tungt att se hans namn i varje utskick.

Vänliga hälsningar
Margareta Holm
""",
         "Margareta Holm"),

        ("restriction", (),
         "Begäran om begränsning av behandling – vår klient Ahmed Karimi",
         """\
Hej,

Advokatfirman Berg & Lund företräder Ahmed Karimi, Tallvägen 9, 181 43 Lidingö (fullmakt bifogas).

Vår klient skadades i maj 2024 när en stege som han köpt hos er (order 7781004523) gick sönder, och han för nu en tvist med tillverkaren om skadestånd. De uppgifter ni har om honom – orderhistorik, fakturor, chattloggar och korrespondens med er kundtjänst – behövs för att han ska kunna fastställa och göra gällande sina rättsliga anspråk.

Vi begär därför, med stöd av artikel 18.1 c i dataskyddsförordningen, att ni inte raderar dessa uppgifter utan begränsar behandlingen av dem till enbart lagring tills tvisten är avgjord.

Vänligen bekräfta skriftligen till undertecknad.

Med vänlig hälsning
Jonas Berg, advokat
Advokatfirman Berg & Lund AB
""",
         "Advokatfirman Berg & Lund"),

        ("correction", ("access",),
         "Uppdatering av kunduppgifter",
         """\
Hej,

Jag är assistent till vår vd Karin Åberg och skriver på hennes uppdrag – hon står på kopia och kan bekräfta.

Karin har gift sig och heter nu Karin Åberg Strand, och hon har även bytt privat e-postadress. Kan ni ändra namnet på hennes kundkonto och kundkort till Karin Åberg Strand och e-postadressen från karin.aberg@example.se till karin.abergstrand@example.se?

Hon vill också få en kopia av de uppgifter ni har registrerade om henne, så att hon kan se att allt annat stämmer.

Tack på förhand!

Elin Forsberg
Assistent till vd
""",
         "Elin Forsberg"),

        ("other", (),
         "Snabbare hantering av GDPR-förfrågningar från raderingstjänster?",
         """\
Hej,

Vi ser att e-handlare i Norden och Benelux får allt fler förfrågningar från tjänster som agerar ombud för konsumenter – ”radera mina uppgifter”, ”skicka en kopia” och så vidare. Varje ärende måste kontrolleras mot fullmakt, sökas fram i flera system och besvaras inom en månad.

Vi på Dataskydd Norden AB har byggt en plattform som automatiskt verifierar fullmakter, hittar kunden i er webbutik, ert CRM och ert nyhetsbrevsverktyg och föreslår ett färdigt svar. Våra kunder har i snitt minskat handläggningstiden med 80 procent.

Har du 20 minuter nästa vecka för en kort demo? Svara gärna med en tid som passar.

Vänliga hälsningar
Oskar Lind
Säljansvarig, Dataskydd Norden AB
+46 8 120 447 15
""",
         "Oskar Lind – Dataskydd Norden"),
    ],

    "ro": [
        ("deletion", ("withdraw_consent", "objection"),
         "Cerere de stergere a datelor cu caracter personal - Ref. RO-2024-55102",
         """\
Stimate operator de date,

Va contactam in numele clientului nostru, dl. Andrei Popescu, care ne-a imputernicit sa actionam in numele sau in ceea ce priveste datele sale cu caracter personal. Imputernicirea semnata este atasata acestui mesaj.

In temeiul art. 17 din Regulamentul (UE) 2016/679 (GDPR), clientul nostru solicita stergerea tuturor datelor cu caracter personal care il privesc si pe care le detineti.

De asemenea, clientul nostru isi retrage orice consimtamant acordat anterior, inclusiv pentru newsletter si mesaje comerciale, si se opune prelucrarii datelor sale in scop de marketing direct, inclusiv profilarii (art. 21 GDPR).

Datele de identificare ale clientului:
Nume complet: Andrei Popescu
E-mail: andrei.popescu@example.ro
Telefon: +40 722 481 306
Adresa: Str. Zorilor nr. 17, ap. 4, 400335 Cluj-Napoca

Va rugam sa confirmati indeplinirea cererii in termen de o luna de la primire, conform art. 12 alin. (3) GDPR. Puteti raspunde direct la acest e-mail.

Cu stima,
Echipa de confidentialitate
Sterge-Ma.ro
""",
         "Sterge-Ma.ro - Echipa Confidentialitate"),

        ("complaint", ("deletion",),
         "Re: Ref. RO-2024-51877",
         """\
Stimate operator de date,

Revenim la cererea transmisă la data de 9 septembrie 2024 în numele clientei noastre, dna. Elena Stan, prin care am solicitat ștergerea datelor sale cu caracter personal în temeiul art. 17 GDPR.

Până la această dată nu am primit niciun răspuns, deși termenul de o lună prevăzut de art. 12 alin. (3) GDPR a expirat. Clienta noastră primește în continuare e-mailuri de la dumneavoastră.

Vă solicităm din nou să ștergeți fără întârziere toate datele clientei noastre și să ne confirmați acest lucru în scris. În lipsa unui răspuns în termen de 10 zile, vom depune în numele ei o plângere la autoritatea de supraveghere competentă.

Date de identificare:
Nume complet: Elena Stan
E-mail: elena.stan84@example.ro
Telefon: +40 745 902 114
Adresa: Bd. Unirii nr. 56, bl. B2, sc. 1, ap. 12, 030167 București

Cu stimă,
Echipa de confidențialitate
Sterge-Ma.ro
""",
         "Sterge-Ma.ro - Echipa Confidentialitate"),

        ("access", (),
         "Solicitare acces la date – client Mihai Georgescu",
         """\
Stimată doamnă, stimate domn,

În calitate de avocat al dlui Mihai Georgescu, domiciliat în Iași, str. Lăpușneanu nr. 23, conform împuternicirii avocațiale atașate, vă solicit, în temeiul art. 15 din Regulamentul (UE) 2016/679, următoarele:

1. confirmarea faptului că prelucrați date cu caracter personal care îl privesc pe clientul meu;
2. o copie a acestor date;
3. scopurile prelucrării, destinatarii cărora le-au fost comunicate datele (inclusiv eventualii parteneri de marketing), perioada de stocare și sursa datelor.

Adresa de e-mail a clientului utilizată în contul dumneavoastră este mihai.georgescu@example.ro.

Vă rog să transmiteți răspunsul la adresa cabinetului.

Cu stimă,
Av. Ioana Marinescu
Cabinet de avocat Ioana Marinescu, Baroul Iași
""",
         "Cabinet de avocat Ioana Marinescu"),

        ("correction", (),
         "cont fiica",
         """\
Buna ziua,

fiica mea Ana Dumitru (15 ani) are un cont la dvs si card de fidelitate, facut pe adresa ana.dumitru09@example.ro. Numele e scris gresit "Dumitrescu" in loc de "Dumitru" si data nasterii e gresita, trebuie 14.03.2009 nu 14.03.2006.

Va rog sa corectati. Eu sunt mama ei, daca trebuie va trimit certificatul de nastere.

Multumesc,
Cristina Dumitru
""",
         "Cristina Dumitru"),

        ("objection", ("restriction",),
         "Opoziție la prelucrarea datelor – dl. Vasile Ionescu",
         """\
Bună ziua,

Sunt curatorul tatălui meu, dl. Vasile Ionescu (82 de ani), numită prin hotărâre judecătorească (copia este atașată). Tatăl meu are cont la dumneavoastră pe adresa vasile.ionescu@example.ro.

În numele său, mă opun prelucrării datelor sale cu caracter personal în scop de profilare și transmiterii acestora către partenerii dumneavoastră de publicitate (art. 21 GDPR).

Până la soluționarea acestei opoziții, vă rog să restricționați prelucrarea datelor sale, conform art. 18 alin. (1) lit. d) GDPR.

Vă mulțumesc,
Gabriela Ionescu
""",
         "Gabriela Ionescu"),

        ("portability", (),
         "Transfer date mama",
         """\
Bună ziua,

Mama mea, Maria Constantin (79 de ani), are cont la dumneavoastră de câțiva ani (maria.constantin@example.ro), dar de acum vrea să comande de la alt magazin online, unde o ajut eu.

Vă rog să îmi trimiteți datele ei (datele contului, adresele de livrare și istoricul comenzilor) într-un format structurat, care poate fi citit automat, de exemplu CSV sau JSON, conform art. 20 GDPR. Mama este de acord, împuternicirea semnată de ea este atașată.

Mulțumesc frumos,
Radu Constantin
""",
         "Radu Constantin"),

        ("withdraw_consent", (),
         "",
         """\
Bună ziua,

Bunicul meu, Gheorghe Vasilescu, a decedat luna trecută. Pe adresa lui de e-mail (gheorghe.vasilescu@example.ro) și prin SMS la numărul 0744 215 380 primește în continuare newsletterul și ofertele dumneavoastră.

Vă rog să-l dezabonați de la toate comunicările comerciale, atât pe e-mail cât și prin SMS. Eu am acces la e-mailul lui și mă ocup acum de lucrurile lui.

Mulțumesc,
Ioana Vasilescu
""",
         "Ioana Vasilescu"),

        ("other", (),
         "Notificare – grătar defect, comanda nr. 100458822",
         """\
Stimată doamnă, stimate domn,

Subscrisul cabinet, în calitate de reprezentant al clientului nostru, dl. Florin Radu, vă notifică în legătură cu grătarul pe gaz model „Garden Pro 3” achiziționat de clientul nostru de pe site-ul dumneavoastră la data de 12.06.2024 (comanda nr. 100458822).

Produsul prezintă o scurgere de gaz la racordul arzătorului, constatată de un tehnician autorizat (raportul este atașat). Clientul nostru a semnalat problema serviciului clienți la 2 iulie, fără a primi o soluție.

În temeiul garanției legale de conformitate, vă solicităm înlocuirea produsului sau restituirea prețului de 2.349 lei în termen de 15 zile de la primirea prezentei.

Cu stimă,
Av. Dan Moldovan
Cabinet de avocat Dan Moldovan, Baroul Timiș
""",
         "Cabinet Avocat Dan Moldovan"),
    ],

    "el": [
        ("deletion", ("objection",),
         "Data Deletion Request / Αίτημα διαγραφής δεδομένων – Ref #GR-30917",
         """\
Αξιότιμε/η υπεύθυνε επεξεργασίας,

Σας γράφουμε εκ μέρους του πελάτη μας, ο οποίος μας έχει εξουσιοδοτήσει να ενεργούμε για λογαριασμό του σε θέματα που αφορούν τα προσωπικά του δεδομένα. Η υπογεγραμμένη εξουσιοδότηση επισυνάπτεται.

Σύμφωνα με το άρθρο 17 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ), ο πελάτης μας ζητά τη διαγραφή όλων των δεδομένων προσωπικού χαρακτήρα που τον αφορούν και τα οποία διατηρείτε.

Επιπλέον, σύμφωνα με το άρθρο 21 του ΓΚΠΔ, ο πελάτης μας αντιτίθεται σε κάθε επεξεργασία των δεδομένων του για σκοπούς άμεσης εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Client details / Στοιχεία πελάτη:
Full name: Nikolaos Papadakis
Email: n.papadakis@example.gr
Phone: +30 694 123 4567
Address: Ermou 112, 10554 Athina, Greece

Please confirm completion within 30 days, as required by Art. 12(3) GDPR. Παρακαλούμε επιβεβαιώστε την ολοκλήρωση του αιτήματος εντός 30 ημερών.

This request is sent on behalf of our client by Erasio. To respond, simply reply to this email; your answer will be added to case #GR-30917.

Με εκτίμηση / Kind regards,
Erasio Privacy Team
""",
         "Erasio Privacy Team"),

        ("complaint", ("deletion", "objection"),
         "Re: Ref #GR-29544",
         """\
Αξιότιμε/η υπεύθυνε επεξεργασίας,

Το παρόν μήνυμα αποτελεί υπενθύμιση του αιτήματος που σας αποστείλαμε στις 28 Αυγούστου 2024 εκ μέρους της πελάτισσάς μας, κας Μαρίας Οικονόμου, για τη διαγραφή των προσωπικών της δεδομένων (άρθρο 17 ΓΚΠΔ) και την εναντίωσή της στην επεξεργασία τους για σκοπούς άμεσης εμπορικής προώθησης (άρθρο 21 ΓΚΠΔ).

Μέχρι σήμερα δεν έχουμε λάβει καμία απάντηση, παρότι η προθεσμία του ενός μηνός του άρθρου 12 παρ. 3 ΓΚΠΔ έχει παρέλθει.

Σας καλούμε εκ νέου να διαγράψετε τα δεδομένα της πελάτισσάς μας και να σταματήσετε τη χρήση τους για διαφημιστικούς σκοπούς. Εάν δεν λάβουμε απάντηση εντός 10 ημερών, θα υποβάλουμε καταγγελία στην αρμόδια εποπτική αρχή.

Στοιχεία πελάτισσας:
Ονοματεπώνυμο: Μαρία Οικονόμου
Email: maria.oikonomou@example.gr
Τηλέφωνο: +30 697 552 0814
Διεύθυνση: Τσιμισκή 45, 54623 Θεσσαλονίκη

Με εκτίμηση,
Erasio Privacy Team
""",
         "Erasio Privacy Team"),

        ("access", (),
         "Αίτημα πρόσβασης – εντολέας μου κ. Γεώργιος Αντωνίου",
         """\
Κύριοι,

Ενεργώντας ως πληρεξούσια δικηγόρος του κ. Γεωργίου Αντωνίου, κατοίκου Πάτρας, οδός Μαιζώνος 88 (το πληρεξούσιο επισυνάπτεται), σας ζητώ, σύμφωνα με το άρθρο 15 του ΓΚΠΔ:

α) να επιβεβαιώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα του εντολέα μου,
β) να μου χορηγήσετε αντίγραφο των δεδομένων αυτών,
γ) να με ενημερώσετε για τους σκοπούς της επεξεργασίας, τους αποδέκτες στους οποίους κοινοποιήθηκαν τα δεδομένα, το χρονικό διάστημα αποθήκευσης και την πηγή τους.

Ο λογαριασμός του εντολέα μου είναι καταχωρισμένος στη διεύθυνση g.antoniou@example.gr.

Με τιμή,
Ελένη Καραγιάννη
Δικηγόρος – Δ.Σ. Πατρών
""",
         "Δικηγορικό Γραφείο Ελένης Καραγιάννη"),

        ("withdraw_consent", ("deletion",),
         "Η μητέρα μου",
         """\
Καλησπέρα σας,

Η μητέρα μου, Σοφία Μιχαηλίδου, έφυγε από τη ζωή τον Ιούλιο. Στο email της (sofia.michailidou@example.gr) συνεχίζουν να έρχονται το newsletter σας και μηνύματα για την κάρτα πόντων, και κάθε φορά που τα βλέπω στενοχωριέμαι.

Σας παρακαλώ σταματήστε να της στέλνετε newsletter και διαφημιστικά μηνύματα. Επίσης κλείστε τον λογαριασμό της και διαγράψτε τα στοιχεία της.

Μπορώ να σας στείλω τη ληξιαρχική πράξη θανάτου αν χρειάζεται.

Ευχαριστώ,
Κατερίνα Μιχαηλίδου
""",
         "Κατερίνα Μιχαηλίδου"),

        ("correction", (),
         "διορθωση στοιχειων",
         """\
Καλημερα σας,

ο γιος μου Αλεξανδρος (12 ετων) εχει καρτα μελους στο προγραμμα πιστοτητας σας, συνδεδεμενη με τον δικο μου λογαριασμο (d.kostopoulos@example.gr). Στο προφιλ του η ημερομηνια γεννησης ειναι λαθος (γραφει 05/11/2010 ενω ειναι 05/11/2012) και το επωνυμο ειναι γραμμενο Kostopulos αντι για Kostopoulos.

Σας παρακαλω διορθωστε τα. Ειμαι ο πατερας του.

Ευχαριστω,
Δημητρης Κωστοπουλος
""",
         "Dimitris Kostopoulos"),

        ("restriction", (),
         "",
         """\
Καλημέρα σας,

Είμαι δικαστικός συμπαραστάτης του θείου μου, κ. Παναγιώτη Ρήγα (γεν. 1938), με απόφαση του Ειρηνοδικείου Θεσσαλονίκης που σας επισυνάπτω. Ο θείος μου έχει λογαριασμό στο κατάστημά σας με το email p.rigas38@example.gr.

Μέχρι να τακτοποιηθούν οι υποθέσεις του, σας ζητώ τον περιορισμό της επεξεργασίας των δεδομένων του σύμφωνα με το άρθρο 18 του ΓΚΠΔ: να μη διαγραφούν και να μην αλλάξουν, αλλά να μη χρησιμοποιούνται για κανέναν άλλο σκοπό πέρα από την αποθήκευσή τους.

Παρακαλώ επιβεβαιώστε μου ότι έγινε.

Με εκτίμηση,
Ευάγγελος Ρήγας
""",
         "Ευάγγελος Ρήγας"),

        ("portability", (),
         "Μεταφορά δεδομένων πατέρα μου",
         """\
Γεια σας,

Ο πατέρας μου, Κωνσταντίνος Λάμπρου, έχει λογαριασμό σε εσάς (k.lamprou@example.gr) αλλά δεν χειρίζεται υπολογιστή, οπότε σας γράφω εγώ με τη σύμφωνη γνώμη του (υπογεγραμμένη εξουσιοδότηση στο συνημμένο).

Θέλει να μεταφέρει τις αγορές του σε άλλο ηλεκτρονικό κατάστημα. Σας παρακαλώ να μας στείλετε τα δεδομένα του λογαριασμού του και το ιστορικό παραγγελιών σε δομημένη, μηχαναγνώσιμη μορφή (π.χ. CSV ή JSON), σύμφωνα με το δικαίωμα στη φορητότητα (άρθρο 20 ΓΚΠΔ).

Ευχαριστώ πολύ,
Γιώργος Λάμπρου
""",
         "Giorgos Lamprou"),

        ("other", (),
         "Σύμβαση διανομής – ερώτημα για λογαριασμό εντολέα μας",
         """\
Αξιότιμοι κύριοι,

Το γραφείο μας εκπροσωπεί την εταιρεία «Κεραμικά Αιγαίου Α.Ε.», η οποία συζητά μαζί σας τη διάθεση των πήλινων γλαστρών της μέσω του ηλεκτρονικού σας καταστήματος.

Πριν από την υπογραφή του σχεδίου σύμβασης που μας αποστείλατε στις 4 Οκτωβρίου, θα θέλαμε διευκρινίσεις για τα εξής:
1. Αν η αποκλειστικότητα του άρθρου 5 αφορά μόνο το Βέλγιο ή και τις λοιπές αγορές της Benelux.
2. Ποιος φέρει τον κίνδυνο θραύσης κατά τη μεταφορά μέχρι την αποθήκη σας.
3. Αν είναι δυνατή η παράταση της προθεσμίας πληρωμής από 60 σε 30 ημέρες.

Παρακαλούμε να μας υποδείξετε και τον αρμόδιο για τις εμπορικές συμβάσεις, εάν το παρόν δεν απευθύνεται στο σωστό τμήμα.

Με εκτίμηση,
Αλέξανδρος Βλάχος
Δικηγόρος
""",
         "Αλέξανδρος Βλάχος – Δικηγορικό Γραφείο"),
    ],

    "bg": [
        ("portability", ("deletion",),
         "Искане за преносимост и изтриване на лични данни – реф. BG-2024-00871",
         """\
Уважаеми администраторе на лични данни,

Пишем Ви от името на нашия клиент г-н Иван Петров, който ни е упълномощил да действаме от негово име по отношение на неговите лични данни. Подписаното пълномощно е приложено към това съобщение.

Съгласно член 20 от Общия регламент относно защитата на данните (ОРЗД) нашият клиент иска да получи личните данни, които е предоставил на Вашата компания, в структуриран, широко използван и машинночетим формат.

След като данните бъдат предоставени, нашият клиент иска всички негови лични данни да бъдат изтрити съгласно член 17 от ОРЗД.

Данни за идентификация на клиента:
Пълно име: Иван Петров
Имейл: ivan.petrov@example.bg
Телефон: +359 888 412 075
Адрес: ул. „Шипка“ 34, вх. Б, ап. 7, 1504 София

Моля, потвърдете изпълнението на искането в срок от един месец съгласно член 12, параграф 3 от ОРЗД. Можете да отговорите директно на този имейл.

С уважение,
Екип за поверителност
Изтрий.ме
""",
         "Изтрий.ме – екип за поверителност"),

        ("complaint", ("deletion",),
         "Re: реф. BG-2024-00544",
         """\
Уважаеми администраторе на лични данни,

Това е напомняне относно искането за изтриване на лични данни, което Ви изпратихме на 5 септември 2024 г. от името на нашата клиентка г-жа Мария Димитрова.

До момента не сме получили отговор от Вас, въпреки че срокът от един месец по член 12, параграф 3 от ОРЗД е изтекъл.

Отново настояваме всички лични данни на нашата клиентка да бъдат изтрити и да ни бъде изпратено писмено потвърждение. Ако не получим отговор в срок от 7 дни, ще подадем жалба до компетентния надзорен орган.

Данни на клиентката:
Пълно име: Мария Димитрова
Имейл: maria.dimitrova@example.bg
Телефон: +359 878 301 662
Адрес: бул. „Княгиня Мария Луиза“ 12, 4000 Пловдив

С уважение,
Екип за поверителност
Изтрий.ме
""",
         "Изтрий.ме – екип за поверителност"),

        ("access", (),
         "danni za dashteria mi",
         """\
Zdraveite,

pisha vi za dashteria mi Viktoria Georgieva (14 g.), koyato si e napravila profil pri vas s imeil viki.georgieva10@example.bg. Iskam da znam kakvi danni imate za neya, otkade ste gi vzeli i dali gi davate na niakoi drug, naprimer na reklamni firmi. Molya izpratete mi kopie na vsichko koeto pazite za neya.

Az sam i maika i zakonen predstavitel.

Blagodarya,
Desislava Georgieva
""",
         "Desislava Georgieva"),

        ("objection", ("withdraw_consent",),
         "От името на г-н Стоянов",
         """\
Здравейте,

Аз съм асистент на управителя на нашата фирма, г-н Борислав Стоянов, и Ви пиша по негова молба (той е в копие на писмото и може да потвърди).

Г-н Стоянов има профил във Вашия онлайн магазин с имейл b.stoyanov@example.bg. Той възразява срещу обработването на личните му данни за профилиране и срещу предоставянето им на Ваши рекламни партньори (чл. 21 от ОРЗД). Освен това оттегля съгласието си за получаване на Вашия бюлетин.

Моля, потвърдете на двата адреса.

Поздрави,
Милена Костова
офис мениджър
""",
         "Милена Костова"),

        ("deletion", (),
         "Закриване на профил на починал",
         """\
Здравейте,

Брат ми, Пламен Илиев, почина през май. Той имаше профил във Вашия магазин с имейл plamen.iliev@example.bg и карта за лоялност.

Моля, закрийте профила му и изтрийте личните му данни. Прилагам копие от акта за смърт и удостоверение за наследници.

С уважение,
Радка Илиева
""",
         "Радка Илиева"),

        ("correction", (),
         "",
         """\
Здравейте,

Аз съм социален асистент на г-жа Цветана Добрева (88 г.) и поръчвам от нейно име през профила ѝ при Вас (tsvetana.dobreva@example.bg). Тя се премести да живее при дъщеря си.

Моля, поправете адреса за доставка в профила ѝ на: гр. Варна, ул. „Охрид“ 15, ет. 3, и телефона на 0887 554 210. В профила също е сгрешено фамилното ѝ име – пише „Доброва“, а трябва да е „Добрева“.

Прилагам пълномощно, подписано от г-жа Добрева.

Благодаря,
Веселина Маринова
""",
         "Веселина Маринова"),

        ("restriction", (),
         "Искане за ограничаване на обработването на лични данни",
         """\
Уважаеми господа,

В качеството си на пълномощник на г-н Николай Тодоров (пълномощното е приложено) Ви уведомявам, че моят доверител води спор с куриерска фирма за повредена при доставката пратка – градинска пейка, поръчка № 5521870.

Данните, които съхранявате за г-н Тодоров – история на поръчките, фактури и кореспонденция с отдел „Обслужване на клиенти“ – са му необходими за установяването и защитата на правните му претенции. Поради това на основание чл. 18, параграф 1, буква „в“ от ОРЗД искам да не изтривате тези данни, но да ограничите обработването им единствено до тяхното съхранение до приключване на спора.

Моля, потвърдете писмено.

С уважение,
адв. Стефан Николов
Софийска адвокатска колегия
""",
         "Адвокат Стефан Николов"),

        ("other", (),
         "Въпрос за контакт за искания по ОРЗД",
         """\
Здравейте,

Ние сме Изтрий.ме – услуга, която помага на потребители в България да упражняват правата си по ОРЗД, като изпраща искания от тяхно име до компании.

През следващите месеци очакваме да Ви изпращаме искания от наши клиенти и искаме да сме сигурни, че те стигат до правилното място. Затова имаме два въпроса:
1. Този имейл адрес ли е правилният за искания, свързани с лични данни, или предпочитате уеб формуляр?
2. Приемате ли пълномощно, подписано с електронен подпис, или изисквате саморъчно подписано и сканирано?

В момента нямаме конкретно искане към Вас – благодарим предварително за информацията.

Поздрави,
Николета Христова
Отдел „Партньорства“, Изтрий.ме
""",
         "Николета Христова – Изтрий.ме"),
    ],
}

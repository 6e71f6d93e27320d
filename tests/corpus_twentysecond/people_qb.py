"""Twenty-second set, formal letters people write themselves (pl cs hr sv ro el bg). Written apart from the rules (see make_twentysecond.py)."""

PEOPLE_QB = {
    "pl": [
        ("access", (), "Wniosek – art. 15 RODO", """\
Szanowni Państwo,

działając na podstawie art. 15 ust. 1 i 3 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO), wnoszę o:
1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2. przekazanie kopii tych danych;
3. wskazanie celów przetwarzania oraz jego podstawy prawnej;
4. wskazanie odbiorców, którym dane zostały lub zostaną ujawnione – z nazwy, a nie jedynie kategorii (por. wyrok TSUE z 12 stycznia 2023 r., C-154/21);
5. wskazanie okresu przechowywania danych lub kryteriów jego ustalania;
6. informację o źródle danych, jeżeli nie zostały zebrane ode mnie.

Konto w Państwa sklepie założyłem na adres e-mail, z którego piszę. Numer karty lojalnościowej: 4410 2291 0087.

Odpowiedź proszę przesłać na ten adres e-mail w terminie określonym w art. 12 ust. 3 RODO.

Z poważaniem
Tomasz Wierzbicki
ul. Kościuszki 14/3
61-717 Poznań
""", "Tomasz Wierzbicki"),

        ("deletion", (), "Konto klienta", """\
Dzień dobry,

w nawiązaniu do mojej rozmowy telefonicznej z Państwa konsultantką w dniu 14 lutego br. przesyłam żądanie w formie pisemnej, o co zostałam poproszona.

Na podstawie art. 17 ust. 1 lit. a) RODO żądam zastosowania tego przepisu wobec wszystkich moich danych osobowych przetwarzanych przez Państwa, tj.:
1) danych konta klienta (login: m.zajac.krk),
2) danych karty lojalnościowej wraz z historią punktów,
3) adresów dostaw zapisanych w koncie,
4) danych wykorzystywanych w celach marketingowych.

Rozumiem, że faktury muszą Państwo przechowywać przez okres wynikający z przepisów podatkowych – w tym zakresie żądanie nie obejmuje dokumentów księgowych.

Zgodnie z art. 19 RODO proszę również o poinformowanie podmiotów, którym moje dane zostały ujawnione.

Proszę o pisemne potwierdzenie wykonania żądania.

Z poważaniem
Magdalena Zając
os. Oświecenia 22/41
31-636 Kraków
""", "Magdalena Zając"),

        ("objection", ("access",), "Telefon z ofertą – 3.06.2025", """\
Szanowni Państwo,

w dniu 3 czerwca 2025 r. ok. godz. 18:40 zadzwonił do mnie konsultant przedstawiający się jako pracownik Państwa sklepu, z ofertą „rabatu dla stałych klientów” na meble ogrodowe. Nie życzę sobie tego rodzaju kontaktów. Zwracam przy tym uwagę, że zgodnie z art. 172 ustawy – Prawo telekomunikacyjne (obecnie art. 398 ustawy – Prawo komunikacji elektronicznej) marketing telefoniczny wymaga uprzedniej zgody abonenta, a takiej zgody nie udzielałem.

W związku z powyższym:
1. na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania – w jakimkolwiek kanale (telefon, SMS, e-mail, poczta tradycyjna);
2. proszę o wskazanie, z jakiego źródła pozyskali Państwo mój numer telefonu (art. 15 ust. 1 lit. g RODO).

Numer ten podałem wyłącznie na potrzeby dostawy zamówienia nr 2024/118873.

Z poważaniem
Krzysztof Mazur
""", "Krzysztof Mazur"),

        ("withdraw_consent", (), "Re: Wiosenna wyprzedaż -30% na grille i akcesoria", """\
Szanowni Panstwo,

oswiadczam, ze z dniem dzisiejszym cofam zgode na otrzymywanie newslettera oraz innych informacji handlowych droga elektroniczna, ktorej udzielilam przy zakladaniu konta (art. 7 ust. 3 RODO w zw. z art. 10 ustawy o swiadczeniu uslug droga elektroniczna).

Konto prosze pozostawic bez zmian - nadal bede u Panstwa kupowac, po prostu nie chce dostawac tych maili.

Z powazaniem
Ewa Kaczmarek
""", "ewa.kaczmarek"),

        ("portability", (), "Przeniesienie danych (art. 20 RODO)", """\
Szanowni Państwo,

jako zarejestrowany klient Państwa sklepu (konto od 2019 r., e-mail jak w nagłówku) zwracam się na podstawie art. 20 ust. 1 RODO o wydanie mi danych osobowych, które sam Państwu dostarczyłem, w szczególności:
- danych konta (imię, nazwisko, adresy, telefon),
- historii zamówień,
- listy ulubionych produktów,
- zapisanych preferencji i ustawień konta.

Dane proszę przekazać w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (CSV lub JSON, XLSX również będzie w porządku). Nie potrzebuję wydruku ani PDF-a; zależy mi na pliku, który mogę zaimportować w innym serwisie.

Z góry dziękuję.

Z wyrazami szacunku
Paweł Dąbrowski
ul. Grunwaldzka 210/5
80-266 Gdańsk
""", "Paweł Dąbrowski"),

        ("correction", (), "Prośba", """\
Dzień dobry,

uprzejmie proszę o sprostowanie moich danych osobowych w Państwa systemie (art. 16 RODO). Po ślubie zmieniłam nazwisko, a przy okazji zauważyłam błąd w adresie, którego nie mogę sama poprawić w ustawieniach konta (pole jest zablokowane).

Obecnie jest:
1. nazwisko: Nowicka
2. adres: ul. Piotrkowska 12 m. 4, 90-406 Łódź
3. karta lojalnościowa wystawiona na: Anna Nowicka

Powinno być:
1. nazwisko: Nowicka-Sobczak
2. adres: ul. Piotrkowska 121 m. 4, 90-406 Łódź
3. karta lojalnościowa na nazwisko Anna Nowicka-Sobczak (jeśli to konieczne, proszę o wydanie nowej karty).

Z poważaniem
Anna Nowicka-Sobczak
""", "Anna Nowicka-Sobczak"),

        ("restriction", (), "art. 18 RODO – konto nr 77120456", """\
Szanowni Państwo,

otrzymałem od Państwa wiadomość, że moje konto zostanie usunięte z powodu braku aktywności przez 36 miesięcy. Tymczasem toczy się postępowanie reklamacyjne (a być może wkrótce sądowe) dotyczące wadliwej kosiarki zakupionej u Państwa w 2022 r. (zamówienie 2022/044512), a dane z konta – w tym korespondencja i historia zamówienia – są mi potrzebne do dochodzenia roszczeń.

Dlatego na podstawie art. 18 ust. 1 lit. c RODO żądam ograniczenia przetwarzania moich danych: proszę ich nie usuwać, ale też nie wykorzystywać do żadnych innych celów (w szczególności marketingowych) do czasu zakończenia sprawy. O jej zakończeniu poinformuję Państwa odrębnym pismem.

Z poważaniem
Jerzy Wróbel
ul. Lipowa 7
15-424 Białystok
""", "Jerzy Wróbel"),

        ("complaint", ("access",), "Re: Wniosek o dostęp do danych", """\
Szanowni Państwo,

w dniu 2 kwietnia 2025 r. przesłałem na ten adres wniosek o dostęp do danych osobowych na podstawie art. 15 RODO (treść poniżej). Termin na udzielenie odpowiedzi, o którym mowa w art. 12 ust. 3 RODO, upłynął 2 maja 2025 r. Do dnia dzisiejszego nie otrzymałem ani odpowiedzi, ani informacji o przedłużeniu terminu wraz z podaniem przyczyn.

Ponownie wnoszę o realizację wniosku. Brak odpowiedzi w ciągu 7 dni potraktuję jako odmowę i złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych (art. 77 RODO w zw. z ustawą z dnia 10 maja 2018 r. o ochronie danych osobowych).

Z poważaniem
Marek Sikora

W dniu 2.04.2025 o 21:14 Marek Sikora pisze:
> Szanowni Państwo,
> na podstawie art. 15 RODO proszę o kopię moich danych osobowych oraz informację o celach przetwarzania, odbiorcach i okresie przechowywania.
> Z poważaniem
> Marek Sikora
""", "Marek Sikora"),

        ("access", ("deletion",), "", """\
Szanowni Państwo,

w marcu br. zamknęłam konto w Państwa sklepie. W ubiegłym tygodniu otrzymałam od Państwa katalog na adres, którego używałam wyłącznie przy zamówieniach, z czego wnioskuję, że nadal go Państwo przechowują.

Proszę o odpowiedź na następujące pytania:
1. Jakie moje dane osobowe nadal Państwo przechowują?
2. Na jakiej podstawie prawnej i w jakim celu?
3. Czy moje dane zostały przekazane partnerom marketingowym, a jeśli tak – którym?

Jeżeli nie są Państwo w stanie wskazać podstawy prawnej dalszego przetwarzania, wnoszę o usunięcie tych danych (art. 17 ust. 1 lit. d RODO) i potwierdzenie tego na piśmie.

Z poważaniem
Barbara Lis
ul. Słoneczna 3
05-500 Piaseczno
""", "Barbara Lis"),

        ("other", (), "Pytanie dotyczące polityki prywatności", """\
Szanowni Państwo,

rozważam założenie konta w Państwa sklepie i przed rejestracją przeczytałem politykę prywatności (wersja z 1 stycznia 2025 r.). Mam do niej dwa pytania:

1. W pkt 6.3 wskazują Państwo, że dane mogą być przekazywane „podmiotom spoza Europejskiego Obszaru Gospodarczego”. O jakie państwa chodzi i na jakiej podstawie odbywa się transfer (decyzja stwierdzająca odpowiedni stopień ochrony, standardowe klauzule umowne)?
2. Czy przystąpienie do programu lojalnościowego jest możliwe bez zgody na profilowanie, czy jest ona warunkiem uczestnictwa?

Nie mam jeszcze u Państwa konta – chcę po prostu wiedzieć, na co się zgadzam.

Z poważaniem
Michał Górski
""", "Michał Górski"),
    ],

    "cs": [
        ("access", (), "Žádost o informace o zpracování osobních údajů", """\
Vážení,

dne 2. dubna jsem prostřednictvím chatu na Vašem webu požádala o informaci, jaké údaje o mně evidujete. Operátorka mi sdělila, že žádost je nutné poslat e-mailem na tuto adresu, činím tak tedy.

Podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) a zákona č. 110/2019 Sb., o zpracování osobních údajů, Vás žádám o sdělení:
a) zda a jaké mé osobní údaje zpracováváte,
b) za jakým účelem a na jakém právním základě,
c) komu jste je předali (konkrétní příjemce, nikoli jen kategorie – viz rozsudek SDEU ve věci C-154/21),
d) jak dlouho je budete uchovávat,
e) odkud jste je získali, pokud ne přímo ode mě.

Zároveň prosím o kopii těchto údajů. Podle rozsudku SDEU ve věci C-307/22 má být první kopie poskytnuta bezplatně.

Odpověď prosím zašlete na tuto e-mailovou adresu, případně poštou na níže uvedenou adresu.

S pozdravem
Ing. Lenka Dvořáková
Údolní 48
602 00 Brno
""", "Lenka Dvořáková"),

        ("deletion", ("withdraw_consent", "objection"), "", """\
Dobrý den,

jako Váš dlouholetý zákazník (zákaznický účet od r. 2017, věrnostní karta č. 3300 1845 22) se na Vás obracím s následujícími požadavky:

1. Žádám o výmaz veškerých osobních údajů, které o mně zpracováváte, a o zrušení mého zákaznického účtu i věrnostní karty (čl. 17 odst. 1 GDPR). Zbývající body na kartě mohou propadnout.
2. Pro případ, že by některé údaje musely být z důvodu zákonných povinností uchovány, odvolávám veškeré souhlasy, které jsem Vám kdy udělil (newsletter, personalizované nabídky), a
3. vznáším námitku proti jakémukoli dalšímu zpracování pro účely přímého marketingu, a to i ze strany Vašich marketingových partnerů.

Provedení prosím potvrďte písemně, nejpozději do 30 dnů.

S pozdravem
Petr Novotný
Husova 1120
530 02 Pardubice
""", "Petr Novotný"),

        ("objection", (), "Personalizovaná reklama", """\
Dobrý den,

od nákupu zahradního nábytku u Vás mě na Facebooku i na dalších webech „pronásleduje“ reklama na Vaše zboží. Z Vašich zásad ochrany osobních údajů vyplývá, že údaje o mých nákupech a chování na webu sdílíte s reklamními partnery a odvoláváte se přitom na oprávněný zájem.

S tím podle čl. 21 GDPR nesouhlasím a žádám, abyste:
1. přestali vytvářet můj profil pro účely cílené reklamy,
2. nepředávali moje údaje (e-mail, hashovaný e-mail, identifikátory zařízení) společnostem Meta, Google ani jiným reklamním sítím,
3. mi potvrdili, že se tak stalo.

Připomínám, že podle čl. 21 odst. 3 GDPR již po vznesení námitky nelze osobní údaje pro účely přímého marketingu zpracovávat.

S pozdravem
Jakub Beneš
""", "Jakub Beneš"),

        ("withdraw_consent", (), "odhlaseni", """\
Dobry den,

timto odvolavam svuj souhlas se zasilanim obchodnich sdeleni (newsletter, akcni nabidky e-mailem i SMS), ktery jsem udelila pri registraci. Odkaz "odhlasit" v paticce mailu mi nefunguje, hazi chybu 404.

Souhlas odvolavam ve smyslu cl. 7 odst. 3 GDPR a § 7 zakona c. 480/2004 Sb.

Dekuji
Marie Kolarova
""", "Marie Kolarova"),

        ("portability", (), "Přenositelnost údajů – čl. 20 GDPR", """\
Vážení,

na základě čl. 20 odst. 1 a 2 obecného nařízení o ochraně osobních údajů Vás žádám o poskytnutí osobních údajů, které jsem Vám poskytl v souvislosti se svým zákaznickým účtem (kontaktní údaje, doručovací adresy, historie objednávek, nákupní seznamy), ve strukturovaném, běžně používaném a strojově čitelném formátu.

Je-li to technicky proveditelné, prosím o jejich přímé předání společnosti Domov a zahrada s.r.o., IČO 27081234, kontaktní e-mail dpo@domovazahrada.example.cz, u které si zakládám nový účet. Pokud to proveditelné není, zašlete prosím soubor (CSV, JSON nebo XML) přímo mně.

S pozdravem
Martin Procházka
Sokolovská 87
186 00 Praha 8
""", "Martin Procházka"),

        ("correction", (), "Oprava údajů v účtu", """\
Dobrý den,

při posledním nákupu jsem si všimla, že v mém účtu a na fakturách je chybně uvedeno mé datum narození a příjmení bez diakritiky. Tyto údaje si v nastavení účtu sama upravit nemohu.

Podle čl. 16 GDPR Vás žádám o opravu:
1. příjmení: místo „Cerna“ správně „Černá“,
2. datum narození: místo 12. 7. 1986 správně 21. 7. 1986 (údaj je důležitý pro narozeninový bonus věrnostního programu).

Děkuji a prosím o krátké potvrzení.

Hana Černá
""", "Hana Cerna"),

        ("restriction", (), "Re: Vaše objednávka č. 5512093 – upomínka", """\
Vážení,

na Vaši upomínku odpovídám, že objednávku č. 5512093 jsem neučinil. Objednávku zřejmě vytvořil někdo, kdo zneužil mou e-mailovou adresu; věc jsem oznámil Policii ČR (č. j. KRPA-118820/TČ-2025).

Do doby, než bude věc vyjasněna, žádám podle čl. 18 odst. 1 písm. a) GDPR o omezení zpracování mých osobních údajů v souvislosti s touto objednávkou. Konkrétně:
- údaje nepředávejte inkasní agentuře ani jiným třetím osobám,
- nezasílejte další upomínky,
- údaje pouze uchovávejte.

Výmaz ani opravu zatím nežádám – údaje mohou být potřebné pro policejní šetření.

S pozdravem
Radek Kučera
""", "Radek Kučera"),

        ("complaint", ("access",), "Únik dat?", """\
Dobrý den,

včera mi přišla SMS, která se tvářila jako zpráva od Vás: obsahovala moje jméno, číslo mé poslední objednávky (5498110) a odkaz na „doplacení dopravy“. Odkaz vedl na podvodnou stránku. Tyto údaje jsem nikde jinde nezveřejnil, takže je zřejmé, že unikly od Vás nebo od Vašeho dopravce.

Jsem velmi nespokojen s tím, jak s údaji zákazníků zacházíte, a touto cestou si stěžuji. Zároveň požaduji:
1. vysvětlení, zda došlo k porušení zabezpečení osobních údajů a zda jste je ohlásili Úřadu pro ochranu osobních údajů (čl. 33 GDPR),
2. kopii všech osobních údajů, které o mně vedete, a seznam příjemců, kterým jste je předali (čl. 15 GDPR).

Pokud do 14 dnů neobdržím uspokojivou odpověď, podám stížnost u ÚOOÚ.

Ondřej Pospíšil
""", "Ondřej Pospíšil"),

        ("access", ("portability",), "GDPR", """\
Dobrý den,
podle čl. 15 odst. 3 a čl. 20 GDPR žádám o kopii svých osobních údajů a o jejich zaslání v elektronické podobě ve strojově čitelném formátu (ideálně JSON), abych je mohl nahrát jinam. Účet je registrovaný na tento e-mail.
Díky
T. Horák
""", ""),

        ("other", (), "Výzva k plnění – smlouva o dodávkách ze dne 15. 3. 2024", """\
Vážení,

v zastoupení naší klientky, společnosti ZAHRADNÍ TECHNIKA HOLUB s.r.o., IČO 04512877, se sídlem Lidická 14, 370 01 České Budějovice, Vás tímto vyzýváme ke splnění povinností vyplývajících z rámcové smlouvy o dodávkách zboží ze dne 15. 3. 2024.

Naše klientka Vám na základě objednávek č. 24-0311 a 24-0347 dodala zboží (zahradní postřikovače a příslušenství) v celkové hodnotě 18 420,00 EUR. Faktury č. 2024000187 a 2024000201 nebyly dosud uhrazeny, ačkoli jejich splatnost uplynula dne 30. 9. 2024.

Vyzýváme Vás proto k úhradě dlužné částky včetně zákonného úroku z prodlení do 10 dnů od doručení této výzvy na účet naší klientky uvedený na fakturách. V opačném případě budeme nuceni věc předložit soudu.

Tuto výzvu zasíláme na všechny kontaktní adresy uvedené na Vašich webových stránkách, neboť na předchozí korespondenci zaslanou obchodnímu oddělení nebylo reagováno.

S pozdravem
Mgr. Jan Vlček, advokát
Advokátní kancelář Vlček & partneři
Pernerova 35, 186 00 Praha 8
""", "Mgr. Jan Vlček"),
    ],

    "hr": [
        ("access", (), "Zahtjev za pristup osobnim podacima", """\
Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka (EU) 2016/679 te Zakona o provedbi Opće uredbe o zaštiti podataka (NN 42/18) molim da mi dostavite:

1. potvrdu obrađujete li moje osobne podatke,
2. kopiju svih osobnih podataka koje o meni imate, uključujući podatke vezane uz karticu vjernosti i povijest kupnje,
3. informaciju o svrsi i pravnoj osnovi obrade,
4. popis primatelja kojima su podaci otkriveni, osobito marketinških partnera,
5. razdoblje čuvanja podataka.

Korisnički račun otvoren je na adresu e-pošte s koje šaljem ovaj zahtjev. Odgovor očekujem u roku od mjesec dana, kako propisuje članak 12. stavak 3. Uredbe.

S poštovanjem,
Ivana Horvat
Ilica 145
10000 Zagreb
""", "Ivana Horvat"),

        ("deletion", (), "molba", """\
Poštovani,

budući da Vašu trgovinu više ne koristim, tražim da obrišete sve moje osobne podatke – korisnički račun, adrese, broj mobitela i podatke s kartice vjernosti (čl. 17. st. 1. GDPR-a).

Ako neke podatke morate zadržati zbog zakonske obveze (npr. račune), to razumijem – sve ostalo molim uklonite.

Unaprijed zahvaljujem.

Lijep pozdrav,
Marko Babić
""", "Marko Babić"),

        ("objection", (), "Katalog poštom", """\
Poštovani,

već treći put na kućnu adresu primam Vaš tiskani katalog i letke s ponudama. Adresu sam Vam dala isključivo radi dostave narudžbe.

Na temelju članka 21. stavka 2. Opće uredbe o zaštiti podataka ulažem prigovor na obradu mojih osobnih podataka u svrhe izravnog marketinga. Molim da moju adresu i ostale podatke više ne koristite za slanje promotivnih materijala, ni poštom ni elektronički, te da ih u te svrhe ne ustupate partnerima.

S poštovanjem,
Snježana Kovačević
Ulica kralja Zvonimira 22
21000 Split
""", "Snježana Kovačević"),

        ("withdraw_consent", (), "Re: Ljetna akcija - do -40% na vrtni namjestaj", """\
Postovani,

povlacim privolu za primanje newslettera i ostalih promotivnih mailova koju sam dao kod registracije. Molim da me maknete s mailing liste.

Privolu povlacim u skladu s cl. 7. st. 3. Opce uredbe o zastiti podataka.

Pozdrav,
Ante Juric
""", "Ante Juric"),

        ("portability", ("deletion",), "Zahtjev – čl. 20. i 17. GDPR", """\
Poštovani,

molim da mi, sukladno članku 20. Opće uredbe o zaštiti podataka, dostavite osobne podatke koje sam Vam pružio (podaci o računu, adrese dostave, povijest narudžbi i lista želja) u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV ili JSON).

Nakon što mi podatke dostavite, molim da moj korisnički račun zatvorite i podatke izbrišete u skladu s člankom 17. Uredbe, osim onih koje ste zakonski dužni čuvati.

Rok: 30 dana od primitka ovog zahtjeva.

S poštovanjem,
Davor Perić
Vukovarska 58
31000 Osijek
""", "Davor Perić"),

        ("correction", (), "", """\
Poštovani,

u Vašoj evidenciji moje je ime pogrešno upisano kao „Mateja Knezevic“, a ispravno je „Mateja Knežević“. Zbog toga mi paketi stižu s krivim imenom, a dostavljač mi jednom nije htio predati pošiljku.

Također molim da ažurirate broj mobitela: stari broj 091 234 5678 više ne koristim, novi je 098 765 4321.

Pozivam se na pravo na ispravak iz čl. 16. GDPR-a.

Hvala,
Mateja Knežević
""", "Mateja Knezevic"),

        ("restriction", (), "Ograničenje obrade – čl. 18. Opće uredbe", """\
Poštovani,

u Vašim pravilima privatnosti navodite da podatke o kupnji koristite i za procjenu rizika kod plaćanja na rate. Ja tu mogućnost nikad nisam koristila pa ne vidim osnovu za takvu obradu mojih podataka.

Ipak, ne želim da se podaci brišu, jer mi je povijest narudžbi potrebna zbog jamstva na kupljene proizvode. Stoga na temelju članka 18. stavka 1. točke (b) Opće uredbe tražim da obradu ograničite: podatke samo čuvajte, ali ih ne koristite ni u kakvu drugu svrhu niti ih prosljeđujte, dok Vas ne obavijestim drukčije.

S poštovanjem,
Tena Vuković
Trg bana Jelačića 3
42000 Varaždin
""", "Tena Vuković"),

        ("complaint", ("access",), "Pritužba – tuđi podaci u mom e-mailu", """\
Poštovani,

jučer sam od Vas dobila potvrdu narudžbe koja nije moja: u njoj su ime, adresa, broj telefona i popis kupljenih artikala druge kupice iz Rijeke. Ako je njezina potvrda završila kod mene, pretpostavljam da su i moji podaci mogli završiti kod nekoga drugog.

Riječ je o ozbiljnom propustu i ovim putem ulažem pritužbu na način na koji postupate s osobnim podacima kupaca. Ujedno tražim:
1. da mi u skladu s čl. 15. GDPR-a dostavite popis svih osoba i tvrtki kojima su moji podaci bili poslani ili dostupni u posljednjih šest mjeseci,
2. da mi potvrdite jeste li incident prijavili Agenciji za zaštitu osobnih podataka (AZOP).

Tuđu potvrdu nisam nikome prosljeđivala.

Ako ne dobijem odgovor u razumnom roku, obratit ću se AZOP-u.

Martina Božić
""", "Martina Božić"),

        ("access", ("objection",), "Profiliranje", """\
Poštovani,

u Vašim pravilima privatnosti stoji da na temelju kupovnih navika članova programa vjernosti izrađujete „segmente“ za personalizirane ponude. Kao član programa (kartica br. 7700 2145 09) molim Vas da mi odgovorite:

1. U koje ste me segmente svrstali i na temelju kojih podataka?
2. Koristite li pritom automatizirano donošenje odluka u smislu čl. 22. GDPR-a?

Osim toga, na temelju čl. 21. GDPR-a protivim se daljnjem profiliranju mojih podataka u marketinške svrhe. Karticu vjernosti želim i dalje koristiti za skupljanje bodova.

S poštovanjem,
Zoran Marić
""", "Zoran Marić"),

        ("other", (), "Upitnik za diplomski rad – GDPR u e-trgovini", """\
Poštovani,

studentica sam diplomskog studija na Pravnom fakultetu Sveučilišta u Zagrebu i pišem diplomski rad o primjeni Opće uredbe o zaštiti podataka u europskim web-trgovinama. Budući da poslujete i s kupcima iz Hrvatske, bila bih Vam iznimno zahvalna ako biste odgovorili na nekoliko općenitih pitanja:

1. Imate li imenovanog službenika za zaštitu podataka?
2. Koliko zahtjeva ispitanika otprilike zaprimite godišnje?
3. Koristite li vanjski alat za upravljanje privolama za kolačiće?

Odgovori će se koristiti isključivo anonimizirano. Upitnik možete ispuniti i online: https://forms.example.org/gdpr-etrgovina

Srdačan pozdrav,
Lucija Pavlović
""", "Lucija Pavlović"),
    ],

    "sv": [
        ("access", (), "Begäran om registerutdrag", """\
Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill veta vilka personuppgifter ni behandlar om mig, för vilka ändamål, till vilka ni har lämnat ut uppgifterna och hur länge ni sparar dem.

Jag har ett kundkonto hos er kopplat till den här e-postadressen och är med i ert lojalitetsprogram sedan 2021.

Utdraget kan skickas elektroniskt till denna adress. Observera att begäran ska besvaras utan onödigt dröjsmål och senast inom en månad (artikel 12.3).

Med vänliga hälsningar
Karin Lindqvist
Storgatan 14 B
752 31 Uppsala
""", "Karin Lindqvist"),

        ("deletion", (), "Artikel 17", """\
Till personuppgiftsansvarig

Jag åberopar artikel 17.1 a i dataskyddsförordningen avseende samtliga personuppgifter som ni behandlar om mig, inklusive kundkonto, lojalitetskort och eventuella uppgifter hos era marknadsföringspartner (jfr artikel 19).

Jag har inte längre något behov av ett konto hos er och har inga pågående beställningar eller returer. Bekräfta gärna skriftligen när åtgärden är vidtagen.

Mvh
Johan Ek
Vasagatan 3
411 24 Göteborg
""", "Johan Ek"),

        ("objection", ("withdraw_consent",), "Sluta skicka reklam", """\
Hej!

Sedan några månader får jag både mejl och sms med erbjudanden från er, trots att jag bara har handlat en gång (en trädgårdsslang, 2023).

1. Jag motsätter mig all behandling av mina personuppgifter för direktmarknadsföring, inklusive profilering, enligt artikel 21.2 och 21.3 GDPR.
2. Om jag någon gång har lämnat samtycke till nyhetsbrev eller sms-utskick så återkallar jag det härmed.

Jag vill också påminna om att marknadsföring via e-post och sms till privatpersoner enligt 19 § marknadsföringslagen (2008:486) kräver förhandssamtycke.

Vänliga hälsningar
Emma Sjöberg
""", "Emma Sjöberg"),

        ("withdraw_consent", (), "", """\
Hej,
jag återkallar härmed mitt samtycke till att få ert nyhetsbrev (GDPR art. 7.3). Avregistreringslänken i mejlen leder bara till en inloggningssida och jag har glömt lösenordet.
Kontot kan ni låta vara.
/Lars
""", "Lars Nyberg"),

        ("portability", (), "Dataportabilitet – kundnummer 100458821", """\
Hej,

Med stöd av artikel 20 i dataskyddsförordningen begär jag att få ut de personuppgifter som jag själv har lämnat till er, i ett strukturerat, allmänt använt och maskinläsbart format. Det gäller främst:

- kontouppgifter och leveransadresser
- orderhistorik med artikelnummer och datum
- mina sparade önskelistor

En CSV- eller JSON-fil räcker gott. Skäl 68 i förordningen talar om interoperabla format, och en PDF uppfyller enligt min mening inte det kravet.

Tack på förhand.

Med vänlig hälsning
Anders Holm
Kungsgatan 40
903 26 Umeå
""", "Anders Holm"),

        ("correction", (), "Fel namn och adress", """\
Hej,

I mitt kundkonto och på lojalitetskortet står mitt namn som "Asa Strom", och adressen är fortfarande min gamla. Jag ber er rätta uppgifterna enligt artikel 16 GDPR:

Namn: Åsa Ström
Adress: Bergsgatan 9, 211 54 Malmö (tidigare Östra Förstadsgatan 30)

Jag har försökt ändra själv, men namnfältet går inte att redigera och er chatt hänvisade mig hit.

Tack!
Åsa Ström
""", "Asa Strom"),

        ("restriction", (), "Re: Ditt konto – saldo på lojalitetspoäng", """\
Hej,

Tack för ert svar. Jag bestrider fortfarande att de tre köp som registrerats på mitt lojalitetskort i mars är mina. De gjordes via appen från en enhet som jag inte känner igen.

Till dess att ni har utrett saken begär jag att behandlingen av de aktuella uppgifterna begränsas enligt artikel 18.1 a i dataskyddsförordningen. Det innebär att uppgifterna inte får användas för erbjudanden eller poängberäkning och inte delas med era partner, men att de ska sparas tills utredningen är klar.

Med vänliga hälsningar
Peter Lundgren
""", "Peter Lundgren"),

        ("complaint", ("deletion",), "Påminnelse – min begäran från 12 mars", """\
Hej,

Den 12 mars skickade jag en begäran till den här adressen om att ni skulle radera mitt konto och alla mina personuppgifter. Jag fick ett automatiskt svar med ärendenummer 88213, men sedan har ingenting hänt och jag får fortfarande era nyhetsbrev.

Tidsfristen på en månad enligt artikel 12.3 GDPR har nu löpt ut. Jag är mycket missnöjd med hur ni har hanterat min begäran och kräver att raderingen genomförs omgående. Om jag inte har fått en bekräftelse inom tio dagar lämnar jag in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Mvh
Sofia Bergström
""", "Sofia Bergström"),

        ("access", ("correction",), "Fråga om mina uppgifter", """\
Hej,

Kan ni tala om vilka uppgifter ni har om mig och varifrån ni har fått dem? Jag blev nyligen uppringd av en av era samarbetspartner som kände till både mitt telefonnummer och min födelsedag, och jag minns inte att jag någonsin har lämnat min födelsedag till er.

Jag begär alltså ett registerutdrag enligt artikel 15 GDPR. Om det visar sig att ni har fel födelsedatum registrerat (rätt är 1979-04-02) ber jag er samtidigt att rätta det.

Med vänlig hälsning
Gunilla Forsberg
Skolgatan 5
722 15 Västerås
""", "Gunilla Forsberg"),

        ("other", (), "Integritetspolicy på svenska?", """\
Hej,

Jag funderar på att beställa en gräsklippare från er men hittar bara er integritetspolicy på nederländska, franska och engelska. Finns det en version på svenska? Enligt artikel 12 i dataskyddsförordningen ska informationen vara lättbegriplig, och jag är osäker på om jag förstår det engelska avsnittet om överföring till tredje land rätt.

Jag har inget konto hos er ännu, utan vill bara veta vad som gäller innan jag handlar.

Vänliga hälsningar
Bengt Olofsson
""", "Bengt Olofsson"),
    ],

    "ro": [
        ("access", (), "Cerere de acces la datele cu caracter personal", """\
Stimate doamne, stimați domni,

Subsemnatul Andrei Popescu, client al magazinului dumneavoastră online (cont înregistrat pe această adresă de e-mail), în temeiul art. 15 din Regulamentul (UE) 2016/679 și al Legii nr. 190/2018 privind măsuri de punere în aplicare a acestuia, vă rog să-mi comunicați:

1. dacă prelucrați date cu caracter personal care mă privesc;
2. o copie a acestor date;
3. scopurile prelucrării și temeiul juridic;
4. destinatarii cărora le-au fost sau le vor fi dezvăluite datele, inclusiv partenerii de marketing;
5. perioada de stocare;
6. sursa datelor, dacă nu au fost colectate de la mine.

Vă rog să transmiteți răspunsul în termenul de o lună prevăzut la art. 12 alin. (3) din Regulament, prin e-mail sau prin poștă la adresa de mai jos.

Cu stimă,
Andrei Popescu
Str. Mihai Eminescu nr. 17, bl. A3, sc. 2, ap. 14
400097 Cluj-Napoca
""", "Andrei Popescu"),

        ("deletion", (), "cont", """\
Buna ziua,

Va scriu in legatura cu contul meu de client (adresa de e-mail de la care va scriu). Nu mai doresc sa am nicio legatura cu magazinul dumneavoastra si va rog sa nu mai pastrati nimic despre mine: contul, adresele, numarul de telefon, istoricul comenzilor, cardul de fidelitate - tot.

Stiu ca am acest drept conform art. 17 din GDPR. Daca exista date pe care legea va obliga sa le pastrati (facturi), le puteti pastra doar pe acelea.

Astept confirmarea ca s-a rezolvat.

Multumesc,
Ioana Dumitrescu
""", "Ioana Dumitrescu"),

        ("objection", (), "Opoziție – marketing direct", """\
Stimată echipă,

Prin prezenta, în temeiul art. 21 alin. (2) din Regulamentul general privind protecția datelor, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, inclusiv creării de profiluri legate de acest scop.

Menționez că, potrivit art. 12 din Legea nr. 506/2004, comunicările comerciale prin e-mail sau SMS sunt permise doar cu acordul prealabil al destinatarului. Vă solicit, așadar, să încetați orice comunicare de acest tip către adresa mea de e-mail și către numărul de telefon 0722 418 903 și să nu transmiteți datele mele partenerilor dumneavoastră în scop publicitar.

Cu considerație,
Cristina Marinescu
""", "Cristina Marinescu"),

        ("withdraw_consent", (), "Re: Noutăți de sezon: totul pentru grădina ta", """\
Bună ziua,

Vă rog să luați act că îmi retrag consimțământul pentru primirea newsletterului și a oricăror mesaje promoționale (art. 7 alin. (3) GDPR). L-am dat la crearea contului, în 2022, dar între timp nu mai sunt interesată.

Contul de client poate rămâne activ.

Mulțumesc,
Elena Stan
""", "Elena Stan"),

        ("portability", (), "Solicitare – art. 20 GDPR", """\
Stimate doamne și domni,

În temeiul art. 20 din Regulamentul (UE) 2016/679, vă solicit să îmi furnizați datele cu caracter personal pe care vi le-am pus la dispoziție în legătură cu contul meu de client (date de identificare și de contact, adrese de livrare, istoricul comenzilor), într-un format structurat, utilizat în mod curent și care poate fi citit automat (de exemplu CSV sau JSON).

În măsura în care este fezabil din punct de vedere tehnic, vă rog să transmiteți datele direct operatorului indicat mai jos, la care îmi deschid un cont nou:

CasaVerde Online SRL, CUI RO38812045, e-mail: protectiadatelor@casaverde.example.ro

Vă mulțumesc.

Cu stimă,
Mihai Georgescu
Bd. Independenței nr. 41, ap. 7
700102 Iași
""", "Mihai Georgescu"),

        ("correction", (), "", """\
Bună ziua,

Am observat că pe facturile emise de dumneavoastră numele meu apare greșit („Radu Constantinescu” în loc de „Radu-Ștefan Constantinescu”) și că adresa de livrare salvată este cea veche. Vă rog, conform art. 16 GDPR, să faceți următoarele corecturi:

1. nume complet: Radu-Ștefan Constantinescu;
2. adresă: Str. Lipscani nr. 55, ap. 3, sector 3, București, cod 030033;
3. număr de telefon: 0744 102 558 (în loc de 0744 102 585, care este greșit).

Vă rog să mă anunțați dacă trebuie să trimit vreun document doveditor.

Cu stimă,
Radu-Ștefan Constantinescu
""", "Radu Constantinescu"),

        ("restriction", (), "Restricționarea prelucrării – art. 18 GDPR", """\
Stimate doamne, stimați domni,

Am observat că în contul meu figurează data nașterii 14.03.1990. Nu v-am comunicat niciodată această dată și nici nu este corectă; nu știu de unde o aveți.

Până când verificați proveniența și exactitatea acestei informații, vă solicit, în temeiul art. 18 alin. (1) lit. a) din Regulamentul (UE) 2016/679, restricționarea prelucrării ei: vă rog să nu o folosiți în scopuri de marketing („oferte aniversare”) și să nu o transmiteți terților, ci doar să o păstrați până la clarificare.

Cu stimă,
Daniela Ionescu
""", "Daniela Ionescu"),

        ("complaint", ("withdraw_consent",), "Reclamație – mesaje comerciale după dezabonare", """\
Stimată echipă,

Pe 10 ianuarie și din nou pe 2 martie m-am dezabonat de la newsletterul dumneavoastră, folosind linkul din e-mail; de fiecare dată am primit confirmarea „Ați fost dezabonat”. Cu toate acestea, continui să primesc zilnic e-mailuri promoționale, iar de o lună și SMS-uri.

Consider că datele mele sunt prelucrate abuziv și vă adresez prezenta reclamație. Vă solicit în mod expres:
1. să luați act, încă o dată, de retragerea consimțământului meu pentru orice comunicare comercială;
2. să îmi explicați de ce dezabonarea nu a fost respectată.

Dacă nu primesc un răspuns în 15 zile, voi depune plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP), în temeiul art. 77 GDPR și al Legii nr. 190/2018.

Alexandra Pop
""", "Alexandra Pop"),

        ("access", ("deletion",), "Întrebare", """\
Bună ziua,

Am primit recent un apel de la o firmă de asigurări, care mi-a spus că datele mele de contact provin „de la un partener, un magazin online” – adică de la dumneavoastră. Vă rog să îmi răspundeți la următoarele întrebări:

1. Ce date personale dețineți despre mine?
2. Cui le-ați transmis și pe ce temei juridic?
3. Mi-am dat acordul pentru acest lucru? Dacă da, când și cum?

Dacă nu puteți demonstra că v-am dat acordul pentru transmiterea datelor către terți, vă cer să ștergeți toate datele mele și să îi informați pe cei cărora le-ați transmis (art. 17 și 19 GDPR).

Cu stimă,
Gabriel Munteanu
""", "Gabriel Munteanu"),

        ("other", (), "Notificare – Contractul de colaborare nr. 14/2023", """\
Stimate domnule Director,

Subscrisa, Cabinet de avocat Irina Vasilescu, în calitate de reprezentant al societății GrădinaMea Distribuție SRL, vă notificăm că, în conformitate cu art. 11.2 din Contractul de colaborare nr. 14/2023 privind distribuția produselor pentru grădină, clienta noastră înțelege să denunțe unilateral contractul, cu respectarea termenului de preaviz de 60 de zile.

Totodată, vă rugăm să ne comunicați, în termen de 10 zile, situația stocurilor aflate în consignație și modalitatea de returnare a acestora.

Precizăm că notificarea este transmisă la toate adresele de contact disponibile, inclusiv la cea a departamentului de protecția datelor, întrucât adresa de corespondență indicată în contract nu mai este funcțională.

Cu deosebită considerație,
Av. Irina Vasilescu
Cabinet de avocat Irina Vasilescu
Calea Victoriei nr. 88, sector 1, București
""", "Av. Irina Vasilescu"),
    ],

    "el": [
        ("access", (), "Αίτημα πρόσβασης – άρθρο 15 ΓΚΠΔ", """\
Αξιότιμοι κύριοι/κυρίες,

Με την παρούσα και δυνάμει του άρθρου 15 του Κανονισμού (ΕΕ) 2016/679 (ΓΚΠΔ), σε συνδυασμό με τις διατάξεις του ν. 4624/2019, ζητώ:

1. να μου επιβεβαιώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν·
2. να μου χορηγήσετε αντίγραφο των δεδομένων αυτών·
3. να με ενημερώσετε για τους σκοπούς της επεξεργασίας, τους αποδέκτες (ονομαστικά, σύμφωνα με την απόφαση του ΔΕΕ στην υπόθεση C-154/21) και το χρονικό διάστημα αποθήκευσης.

Ο λογαριασμός μου στο ηλεκτρονικό σας κατάστημα είναι συνδεδεμένος με τη διεύθυνση ηλεκτρονικού ταχυδρομείου από την οποία αποστέλλεται το παρόν.

Παρακαλώ για την απάντησή σας εντός της προθεσμίας ενός μηνός (άρθρο 12 παρ. 3 ΓΚΠΔ).

Με εκτίμηση,
Νικόλαος Παπαδόπουλος
Λεωφ. Αλεξάνδρας 112
114 71 Αθήνα
""", "Νικόλαος Παπαδόπουλος"),

        ("deletion", (), "Λογαριασμός πελάτη", """\
Καλησπέρα σας,

Σας ενημερώνω ότι ασκώ το δικαίωμα του άρθρου 17 παρ. 1 στοιχ. α΄ ΓΚΠΔ για το σύνολο των προσωπικών μου δεδομένων που τηρείτε (λογαριασμός, κάρτα πιστότητας, διευθύνσεις αποστολής, ιστορικό αγορών), καθώς δεν είναι πλέον απαραίτητα για τον σκοπό για τον οποίο συλλέχθηκαν. Δεν έχω εκκρεμείς παραγγελίες ή επιστροφές.

Παρακαλώ επιβεβαιώστε μου εγγράφως την ικανοποίηση του αιτήματος και ενημερώστε σχετικά τους αποδέκτες στους οποίους έχουν κοινολογηθεί (άρθρο 19).

Ευχαριστώ,
Ελένη Γεωργίου
""", "Ελένη Γεωργίου"),

        ("objection", (), "Διαφημιστικά μηνύματα", """\
Κύριοι,

Τους τελευταίους μήνες λαμβάνω διαφημιστικά SMS από την εταιρεία σας. Τον αριθμό του κινητού μου τον είχα δώσει μόνο για την παράδοση μιας παραγγελίας.

Δηλώνω ότι αντιτίθεμαι, σύμφωνα με το άρθρο 21 παρ. 2 ΓΚΠΔ, σε κάθε επεξεργασία των δεδομένων μου για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ. Υπενθυμίζω επίσης ότι κατά το άρθρο 11 του ν. 3471/2006 η αποστολή μη ζητηθέντων εμπορικών μηνυμάτων επιτρέπεται μόνο με προηγούμενη συγκατάθεση.

Παρακαλώ να μη χρησιμοποιείτε πλέον τον αριθμό μου ή άλλα στοιχεία μου για διαφημιστικούς σκοπούς.

Γιώργος Αντωνίου
""", "Γιώργος Αντωνίου"),

        ("withdraw_consent", (), "", """\
Καλημερα σας,

ανακαλω τη συγκαταθεση που ειχα δωσει κατα την εγγραφη μου για την αποστολη newsletter και προωθητικων email (αρθρο 7 παρ. 3 ΓΚΠΔ). Τον λογαριασμο μου θελω να τον κρατησω.

Ευχαριστω πολυ,
Κατερινα Μιχαηλιδου
""", "Katerina Michailidou"),

        ("portability", (), "Φορητότητα δεδομένων", """\
Αξιότιμοι,

Δυνάμει του άρθρου 20 ΓΚΠΔ, παρακαλώ να μου παράσχετε τα δεδομένα προσωπικού χαρακτήρα που σας έχω παράσχει ο ίδιος (στοιχεία λογαριασμού, διευθύνσεις αποστολής, ιστορικό παραγγελιών, λίστα επιθυμιών) σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο, π.χ. CSV ή JSON.

Σημειώνω ότι, σύμφωνα με την αιτιολογική σκέψη 68 του Κανονισμού, το δικαίωμα αυτό αποσκοπεί στο να μπορώ να μεταφέρω τα δεδομένα μου σε άλλον πάροχο· ένα αρχείο PDF ή ένα στιγμιότυπο οθόνης δεν επαρκεί.

Με εκτίμηση,
Δημήτρης Κωνσταντίνου
Εγνατίας 45
546 30 Θεσσαλονίκη
""", "Δημήτρης Κωνσταντίνου"),

        ("correction", (), "Διόρθωση στοιχείων", """\
Καλησπέρα,

Στα στοιχεία του λογαριασμού μου το μικρό μου όνομα εμφανίζεται λανθασμένα ως «Maria» αντί «Marina», και η διεύθυνση αποστολής είναι ακόμη η παλιά μου στην Αθήνα. Επειδή τα δέματα αποστέλλονται με αυτά τα στοιχεία, η εταιρεία courier δυσκολεύεται να με εντοπίσει.

Σύμφωνα με το άρθρο 16 ΓΚΠΔ, παρακαλώ να διορθώσετε τα στοιχεία ως εξής:
– Όνομα: Marina
– Επώνυμο: Papadaki
– Διεύθυνση: Κουντουριώτου 18, 712 02 Ηράκλειο Κρήτης

Ευχαριστώ εκ των προτέρων,
Μαρίνα Παπαδάκη
""", "Μαρίνα Παπαδάκη"),

        ("restriction", (), "Να μη διαγραφεί ο λογαριασμός μου", """\
Αξιότιμοι κύριοι/κυρίες,

Σε τηλεφωνική επικοινωνία που είχα στις 4 Απριλίου με την εξυπηρέτηση πελατών σας, ενημερώθηκα ότι ο λογαριασμός μου θα διαγραφεί αυτόματα σε 30 ημέρες λόγω αδράνειας. Ωστόσο, έχω υποβάλει αναφορά στον Συνήγορο του Καταναλωτή για επιστροφή χρημάτων που δεν έλαβα ποτέ (παραγγελία 2023-77841), και τα στοιχεία του λογαριασμού (παραγγελία, αλληλογραφία, αποδείξεις πληρωμής) μου είναι απαραίτητα ως αποδεικτικά.

Για τον λόγο αυτό ζητώ, βάσει του άρθρου 18 παρ. 1 στοιχ. γ΄ ΓΚΠΔ, τον περιορισμό της επεξεργασίας: να διατηρήσετε τα δεδομένα, χωρίς όμως να τα χρησιμοποιείτε για οποιονδήποτε άλλο σκοπό, μέχρι να ολοκληρωθεί η υπόθεση. Θα σας ενημερώσω εγγράφως όταν συμβεί αυτό.

Με εκτίμηση,
Ευάγγελος Σταματόπουλος
""", "Ευάγγελος Σταματόπουλος"),

        ("complaint", ("access",), "Re: Αίτημα πρόσβασης στα προσωπικά μου δεδομένα", """\
Αξιότιμοι κύριοι/κυρίες,

Στις 18 Φεβρουαρίου απέστειλα στην παρούσα διεύθυνση αίτημα πρόσβασης στα προσωπικά μου δεδομένα (βλ. παρακάτω). Η προθεσμία του ενός μηνός έχει παρέλθει χωρίς να λάβω οποιαδήποτε απάντηση, ούτε καν ενημέρωση για παράταση.

Η σιωπή σας αποτελεί παράβαση του άρθρου 12 παρ. 3 ΓΚΠΔ. Σας καλώ να ικανοποιήσετε το αίτημά μου εντός 10 ημερών· διαφορετικά θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, σύμφωνα με το άρθρο 77 ΓΚΠΔ και τον ν. 4624/2019.

Με εκτίμηση,
Σταύρος Δημητρίου

-----Αρχικό μήνυμα-----
Από: Σταύρος Δημητρίου
Ημερομηνία: 18/2/2025
Θέμα: Αίτημα πρόσβασης στα προσωπικά μου δεδομένα

Παρακαλώ να μου αποστείλετε αντίγραφο όλων των προσωπικών δεδομένων που τηρείτε για μένα, σύμφωνα με το άρθρο 15 ΓΚΠΔ.
""", "Σταύρος Δημητρίου"),

        ("deletion", ("objection", "access"), "GDPR request", """\
Αξιότιμοι,

Σας απευθύνω το παρόν ως πελάτισσα του καταστήματός σας και σας ζητώ:

1. Να κλείσετε τον λογαριασμό μου και να διαγράψετε όλα τα δεδομένα που συνδέονται με αυτόν (άρθρο 17 ΓΚΠΔ).
2. Να σταματήσετε να κοινοποιείτε τα δεδομένα μου στους διαφημιστικούς σας συνεργάτες· αντιτίθεμαι σε αυτή την επεξεργασία (άρθρο 21 ΓΚΠΔ).
3. Να μου γνωστοποιήσετε σε ποιους συνεργάτες έχουν ήδη διαβιβαστεί, ώστε να απευθυνθώ και σε αυτούς (άρθρο 15 παρ. 1 στοιχ. γ΄).

Για τυχόν έγγραφη απάντηση: Σοφία Αλεξίου, Ερμού 27, 262 21 Πάτρα.

Σοφία Αλεξίου
""", "Sofia Alexiou"),

        ("other", (), "Ερώτηση σχετικά με την πολιτική απορρήτου", """\
Καλησπέρα σας,

Είμαι δικηγόρος και μελετώ τις πολιτικές απορρήτου διαφόρων ηλεκτρονικών καταστημάτων για λογαριασμό πελάτη μου, ο οποίος σχεδιάζει να ανοίξει δικό του e-shop. Στην πολιτική σας αναφέρεται ότι έχετε ορίσει Υπεύθυνο Προστασίας Δεδομένων, χωρίς όμως να δίνονται τα στοιχεία επικοινωνίας του. Θα μπορούσατε να μου πείτε αν ο ΥΠΔ σας είναι υπάλληλος της εταιρείας ή εξωτερικός συνεργάτης, και αν καλύπτει και τους πελάτες σας στην Ελλάδα;

Σας ευχαριστώ εκ των προτέρων.

Με εκτίμηση,
Αθανάσιος Ρήγας
Δικηγόρος – ΔΣΑ
""", "Αθανάσιος Ρήγας"),
    ],

    "bg": [
        ("access", (), "Искане за достъп до лични данни", """\
Уважаеми госпожи и господа,

На основание чл. 15 от Регламент (ЕС) 2016/679 (ОРЗД) и Закона за защита на личните данни (ЗЗЛД) моля да ми предоставите следната информация:

1. обработвате ли мои лични данни и ако да – кои;
2. за какви цели и на какво правно основание;
3. на кои получатели са били разкрити данните (моля, посочете конкретните дружества, а не само категории);
4. за какъв срок ще бъдат съхранявани;
5. от какъв източник сте ги получили, ако не са събрани от мен.

Моля също за копие на данните в електронен вид.

Профилът ми е регистриран с имейл адреса, от който изпращам това писмо. Очаквам отговор в едномесечния срок по чл. 12, пар. 3 от ОРЗД.

С уважение,
Георги Иванов
ул. „Граф Игнатиев“ 34, ет. 3
1000 София
""", "Георги Иванов"),

        ("deletion", (), "Профил", """\
Здравейте,

Във връзка с разговора ми с ваш служител по телефона на 11 март (той ме посъветва да пиша тук) упражнявам правото си по чл. 17 от ОРЗД по отношение на всички мои лични данни, които обработвате – профил, адреси, телефон, карта за лоялност и история на поръчките, доколкото нямате законово задължение да ги пазите.

Моля, потвърдете писмено, когато приключите.

Поздрави,
Мария Петрова
""", "Мария Петрова"),

        ("objection", (), "Възражение срещу директен маркетинг", """\
Уважаеми,

С настоящото, на основание чл. 21, пар. 2 и 3 от Общия регламент относно защитата на данните, възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително профилиране. Моля да не ми изпращате повече рекламни съобщения по никакъв канал и да не предоставяте данните ми на рекламни партньори.

Съгласно съображение 70 от Регламента това право може да се упражни безплатно и по всяко време.

С уважение,
Стефан Димитров
гр. Пловдив, ул. „Капитан Райчо“ 56
""", "Стефан Димитров"),

        ("withdraw_consent", (), "Re: Пролетни намаления до -50%", """\
Здравейте,

Оттеглям съгласието си за получаване на бюлетин и рекламни имейли, което дадох при регистрацията си (чл. 7, пар. 3 ОРЗД). Линкът за отписване в писмата ви отваря празна страница.

Профилът ми може да остане.

Благодаря,
Десислава Колева
""", "Десислава Колева"),

        ("portability", (), "Искане по чл. 20 ОРЗД", """\
Уважаеми госпожи и господа,

На основание чл. 20 от ОРЗД моля да ми предоставите личните данни, които съм ви предоставил във връзка с клиентския си профил – данни за контакт, адреси за доставка, история на поръчките и списък с любими продукти – в структуриран, широко използван и пригоден за машинно четене формат (CSV, JSON или XML).

Ако е технически осъществимо, предпочитам данните да бъдат прехвърлени директно на „Дом и Градина Онлайн“ ЕООД, ЕИК 206114578, имейл: dpo@domigradina.example.bg.

С уважение,
Иван Христов
ул. „Цар Симеон I“ 15
9000 Варна
""", "Иван Христов"),

        ("correction", (), "", """\
Здравейте,

Моля да коригирате данните в профила ми съгласно чл. 16 от ОРЗД:
– фамилия: Ангелова (сега е изписано „Ангелоа“);
– адрес за доставка: гр. Бургас, ж.к. „Лазур“, бл. 28, вх. 2, ап. 15 (старият адрес в Стара Загора вече не е актуален);
– телефон: 0888 123 456.

Не успявам да ги променя сама в профила – при запазване излиза грешка.

Благодаря предварително,
Радостина Ангелова
""", "Радостина Ангелова"),

        ("restriction", (), "Моля, не анонимизирайте профила ми", """\
Уважаеми,

Получих известие, че профилът ми ще бъде анонимизиран поради неактивност след 30 дни. В момента водя съдебен спор с куриерската фирма за повредена пратка от ваша поръчка № 1102245 от юли 2023 г. и данните от профила (поръчка, кореспонденция, снимки към рекламацията) са ми необходими като доказателство.

Затова на основание чл. 18, пар. 1, буква „в“ от ОРЗД искам ограничаване на обработването: моля, съхранявайте данните, но не ги използвайте за никакви други цели до приключване на делото. Ще ви уведомя, когато това стане.

С уважение,
Валентин Костов
""", "Валентин Костов"),

        ("complaint", ("deletion",), "Second reminder / Второ напомняне – request from 03.02", """\
Hello,

I am writing in English and Bulgarian because my first two e-mails seem to have been ignored.

On 3 February I asked you to delete my account and all my personal data (Art. 17 GDPR). On 10 March I sent a reminder. I have received no answer at all, and your newsletter keeps coming.

Здравейте,

На 3 февруари поисках да изтриете профила ми и всички мои лични данни, а на 10 март изпратих напомняне. Отговор няма, а бюлетинът продължава да идва. Това е нарушение на чл. 12, пар. 3 от ОРЗД.

Ако в срок от 7 дни не получа потвърждение, ще подам жалба до Комисията за защита на личните данни (КЗЛД) по реда на ЗЗЛД.

Regards / Поздрави,
Nikolay Todorov / Николай Тодоров
""", "Nikolay Todorov"),

        ("withdraw_consent", ("deletion",), "Програма за лоялност", """\
Здравейте,

При регистрацията в програмата ви за лоялност съм дала съгласие за „персонализирани оферти въз основа на покупателското поведение“. Реших, че не желая това:

1. Оттеглям съгласието си за профилиране и персонализирани оферти (чл. 7, пар. 3 ОРЗД).
2. Моля да изтриете профила/сегментите, които сте изградили за мен въз основа на това съгласие (чл. 17, пар. 1, б. „б“).

Картата за лоялност искам да продължа да ползвам – само за събиране на точки.

Поздрави,
Елица Николова
""", "Елица Николова"),

        ("other", (), "Предложение за сътрудничество – аутсорсинг на длъжностно лице по защита на данните", """\
Уважаеми господин/госпожо,

Казвам се Петър Маринов и съм управител на „Дейта Комплайънс БГ“ ООД – консултантска компания, специализирана в прилагането на ОРЗД и ЗЗЛД. Забелязахме, че обслужвате клиенти и от България, и бихме искали да Ви предложим:

1. аутсорсинг на длъжностно лице по защита на данните (ДЛЗД) с познания по българското законодателство;
2. превод и адаптиране на политиката за поверителност на български език;
3. обработка на искания от субекти на данни на български език.

Ще се радвам на кратък разговор в удобно за Вас време. Прилагам презентация на компанията.

С уважение,
Петър Маринов
Управител, „Дейта Комплайънс БГ“ ООД
тел. +359 2 981 44 20
""", "Петър Маринов"),
    ],
}

"""Sixth set, people: formal and template letters. Written apart from the rules (see make_sixth.py)."""

PEOPLE_Q = {
    "pl": [
        ("access", (), "Wniosek o dostęp do danych (art. 15 RODO)",
         """Szanowni Państwo,

działając na podstawie art. 15 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO), zwracam się z prośbą o potwierdzenie, czy przetwarzają Państwo moje dane osobowe, a jeżeli tak – o przekazanie mi następujących informacji:

1. jakie dane osobowe na mój temat Państwo przetwarzają;
2. w jakich celach i na jakiej podstawie prawnej;
3. komu dane zostały lub zostaną ujawnione (w szczególności odbiorcom w państwach trzecich lub organizacjom międzynarodowym);
4. przez jaki okres dane będą przechowywane, a gdy nie jest to możliwe – jakie są kryteria ustalania tego okresu;
5. skąd Państwo pozyskali moje dane, jeżeli nie zostały zebrane ode mnie;
6. czy wobec moich danych stosowane jest zautomatyzowane podejmowanie decyzji, w tym profilowanie, a jeżeli tak – jakie są zasady tego podejmowania decyzji oraz znaczenie i przewidywane konsekwencje takiego przetwarzania dla mnie.

Proszę również o przekazanie kopii moich danych osobowych, o której mowa w art. 15 ust. 3 RODO.

Przypominam, że zgodnie z art. 12 ust. 3 RODO odpowiedź powinna zostać udzielona bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania żądania.

Dane umożliwiające identyfikację:
Imię i nazwisko: Katarzyna Wróbel
Adres e-mail powiązany z kontem: ten, z którego wysyłam wiadomość
Numer karty lojalnościowej: [numer karty, jeśli dotyczy]

Z poważaniem
Katarzyna Wróbel""",
         "Katarzyna Wróbel"),

        ("deletion", ("withdraw_consent", "objection", "restriction"), "Dane osobowe",
         """Dzień dobry,

kilka lat temu założyłem u Państwa konto przy zakupie kosiarki i od tamtej pory co chwilę dostaję jakieś maile i SMS-y z promocjami. Mam tego dość, dlatego korzystam z gotowego wzoru, który znalazłem w internecie:

Na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa, w tym danych konta klienta i historii zakupów, w zakresie, w jakim ich dalsze przechowywanie nie jest wymagane przepisami prawa (np. podatkowymi).

Jednocześnie cofam wszystkie udzielone wcześniej zgody na przetwarzanie moich danych osobowych (art. 7 ust. 3 RODO), w tym zgodę na otrzymywanie informacji handlowych drogą elektroniczną.

Wnoszę również sprzeciw wobec przetwarzania moich danych w celach marketingu bezpośredniego, w tym profilowania (art. 21 ust. 2 RODO).

Do czasu usunięcia danych żądam ograniczenia ich przetwarzania (art. 18 RODO).

Proszę o pisemne potwierdzenie wykonania powyższych żądań na adres e-mail, z którego piszę.

Pozdrawiam
Tomasz Zieliński
tel. 601 *** *** (ten sam co w koncie)""",
         "Tomasz Zieliński"),

        ("correction", (), "zmiana nazwiska i adresu",
         """Dzień dobry,

w lipcu wyszłam za mąż i zmieniłam nazwisko z Nowak na Lewandowska-Nowak. Na koncie w sklepie i na karcie stałego klienta (nr 4411 2093 77) nadal figuruje stare nazwisko, przez co faktury wystawiane są na nieaktualne dane i mąż ma problem z ich rozliczeniem. Przy okazji adres też jest już nieaktualny, obecny to:

ul. Słowackiego 14/3
30-018 Kraków

Bardzo proszę o poprawienie tych danych. Czy potrzebujecie Państwo ode mnie jakiegoś dokumentu (np. skanu odpisu aktu małżeństwa)?

Pozdrawiam serdecznie
Magdalena Lewandowska-Nowak""",
         "Magdalena Lewandowska-Nowak"),

        ("portability", (), "",
         """Szanowni Państwo,

w związku z art. 20 RODO proszę o przesłanie mi danych osobowych, które Państwu dostarczyłem (dane konta, adresy dostaw, historia zamówień, punkty w programie lojalnościowym), w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego – najlepiej CSV albo JSON. Plik wystarczy wysłać na ten adres e-mail, nie potrzebuję wydruku ani listu poleconego.

Dziękuję
Paweł Mazur
nr klienta 00318842""",
         "pawel.mazur84"),

        ("restriction", (), "Zapytanie",
         """Dzień dobry,

obecnie toczy się spór między mną a firmą kurierską o uszkodzoną przesyłkę (zamówienie nr 2023-114578, zestaw mebli ogrodowych). Potrzebuję danych z mojego konta – historii zamówienia, korespondencji z Państwa działem obsługi i zdjęć dołączonych do reklamacji – jako dowodu w tej sprawie, dlatego proszę ich nie usuwać.

Jednocześnie nie życzę sobie, aby w tym czasie były one wykorzystywane do jakichkolwiek innych celów. Na podstawie art. 18 ust. 1 lit. c RODO wnoszę o ograniczenie przetwarzania moich danych osobowych wyłącznie do ich przechowywania, do czasu zakończenia postępowania. O zakończeniu sprawy poinformuję Państwa osobno.

Z poważaniem
Grzegorz Kaczmarek""",
         "Grzegorz Kaczmarek"),

        ("objection", (), "Sprzeciw – art. 21 RODO",
         """Szanowni Państwo,

na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem.

Niezależnie od powyższego, na podstawie art. 21 ust. 1 RODO wnoszę sprzeciw wobec przekazywania moich danych (w tym adresu e-mail w postaci zahaszowanej) Państwa partnerom reklamowym, np. w ramach list remarketingowych typu „Custom Audiences”, o ile odbywa się to na podstawie Państwa prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO). Moja szczególna sytuacja polega na tym, że nie korzystam z serwisów społecznościowych pod własnym nazwiskiem ze względów zawodowych i nie chcę być z nimi łączona.

Proszę o potwierdzenie uwzględnienia sprzeciwu.

Z wyrazami szacunku
dr Agnieszka Pawlak""",
         "Agnieszka Pawlak"),

        ("withdraw_consent", (), "Re: 🌷 Wiosenna wyprzedaż – do -40% na meble ogrodowe",
         """Proszę mnie wypisać z tego newslettera. Zapisałam się kiedyś dla kodu rabatowego, a teraz dostaję po 3 maile dziennie. Odznaczyłam w ustawieniach konta i dalej przychodzą.

Beata

-----Wiadomość oryginalna-----
Od: Shop.example.be <news@shop.example.be>
Temat: 🌷 Wiosenna wyprzedaż – do -40% na meble ogrodowe

Nie chcesz otrzymywać naszych wiadomości? Kliknij tutaj.""",
         "Beata K."),

        ("complaint", ("access",), "Ponaglenie – wniosek z 4.03.2024 r.",
         """Szanowni Państwo,

w dniu 4 marca 2024 r. przesłałem na adres privacy@shop.example.be wniosek o dostęp do moich danych osobowych na podstawie art. 15 RODO. Do dnia dzisiejszego nie otrzymałem żadnej odpowiedzi ani nawet potwierdzenia otrzymania wniosku, mimo że termin wynikający z art. 12 ust. 3 RODO upłynął 4 kwietnia 2024 r.

Niniejszym wzywam Państwa do udzielenia odpowiedzi na mój wniosek oraz przekazania kopii moich danych w terminie 7 dni od otrzymania niniejszego pisma. W przeciwnym razie złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych oraz do belgijskiego organu nadzorczego (Autorité de protection des données / Gegevensbeschermingsautoriteit).

W załączeniu przesyłam kopię pierwotnego wniosku.

Z poważaniem
mgr inż. Robert Wiśniewski""",
         "Robert Wiśniewski"),

        ("complaint", (), "cudze dane w potwierdzeniu zamówienia!!",
         """Dzień dobry,

wczoraj dostałam od Was maila z potwierdzeniem zamówienia, ale to nie było moje zamówienie, tylko jakiejś Pani z Gdańska – imię, nazwisko, adres, telefon, wszystko widać. Ja nic nie zamawiałam od miesięcy. Skoro mnie wysłaliście cudze dane, to nie mam żadnej pewności, że moich nie wysłaliście komuś obcemu.

To jest naruszenie ochrony danych osobowych i tak to się nie powinno odbywać. Zgłosiłam to już do UODO przez formularz na ich stronie (skarga z 12.05), a Was informuję, żebyście nie udawali, że nic się nie stało. Ta Pani też powinna się dowiedzieć, że jej dane poszły do obcej osoby.

Maila z tamtym zamówieniem usunęłam, zrobiłam tylko zrzut ekranu dla UODO.

Ewa Szymańska""",
         "Ewa Szymańska"),

        ("access", ("portability",), "Żądanie",
         """Szanowni Państwo,

proszę o:

1) przekazanie kopii wszystkich moich danych osobowych, które Państwo przetwarzają, wraz z informacjami, o których mowa w art. 15 ust. 1 lit. a–h RODO (cele, kategorie danych, odbiorcy, okres przechowywania, źródło danych, profilowanie);

2) w odniesieniu do danych, które sam Państwu dostarczyłem lub które powstały w wyniku korzystania przeze mnie z konta (zamówienia, lista życzeń, oceny produktów), przekazanie ich w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego zgodnie z art. 20 ust. 1 RODO.

Konto zarejestrowane jest na adres e-mail, z którego wysyłam tę wiadomość. W razie wątpliwości co do mojej tożsamości proszę o kontakt – nie wysyłam skanu dowodu osobistego bez wyraźnej potrzeby.

Michał Dąbrowski""",
         "Michał Dąbrowski"),

        ("other", (), "Pismo KPP w Pruszkowie – sygn. RSD-412/24",
         """KOMENDA POWIATOWA POLICJI W PRUSZKOWIE
Wydział Kryminalny
ul. Kraszewskiego 6, 05-800 Pruszków

Pruszków, dnia 18 czerwca 2024 r.
L.dz. RSD-412/24

Shop.example.be
Inspektor Ochrony Danych

Na podstawie art. 15 § 1 oraz art. 217 § 1 Kodeksu postępowania karnego, w związku z prowadzonym postępowaniem przygotowawczym w sprawie o przestępstwo z art. 286 § 1 kk, zwracam się z uprzejmą prośbą o udzielenie informacji dotyczących zamówienia złożonego w Państwa sklepie internetowym w dniu 2 maja 2024 r. z wykorzystaniem danych osobowych pokrzywdzonej Anny K., tj.:

– danych podanych przy rejestracji konta i składaniu zamówienia,
– adresu IP oraz daty i godziny złożenia zamówienia,
– adresu dostawy i sposobu płatności,
– numeru telefonu podanego do kontaktu z kurierem.

Odpowiedź proszę przesłać na adres e-mail nadawcy lub pocztą na adres jednostki, z powołaniem się na powyższą sygnaturę.

z up. Komendanta
asp. szt. Piotr Górecki
tel. 47 724 12 xx""",
         "KPP Pruszków – Wydział Kryminalny"),

        ("deletion", (), "konto",
         """nie chce miec z wami juz nic wspolnego. zamknijcie mi konto i wyrzuccie wszystko co macie na moj temat, nie kupuje u was od 2019 a dalej jestem w waszym systemie

Jan""",
         "Jan Olszewski"),
    ],
    "cs": [
        ("access", (), "Žádost o přístup k osobním údajům",
         """Vážená paní, vážený pane,

jako subjekt údajů si Vás dovoluji požádat o poskytnutí informací o zpracování mých osobních údajů podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR). Žádám o potvrzení, zda mé osobní údaje zpracováváte, a pokud ano, o sdělení:

– účelů zpracování,
– kategorií dotčených osobních údajů,
– příjemců nebo kategorií příjemců, kterým osobní údaje byly nebo budou zpřístupněny,
– plánované doby, po kterou budou osobní údaje uloženy,
– zdroje osobních údajů, pokud nebyly získány ode mne,
– skutečnosti, zda dochází k automatizovanému rozhodování včetně profilování.

Zároveň žádám o poskytnutí kopie zpracovávaných osobních údajů. Odpověď prosím zašlete na tuto e-mailovou adresu ve lhůtě jednoho měsíce od doručení žádosti.

Jméno a příjmení: Lucie Procházková
Datum narození: [DD.MM.RRRR]
Zákaznické číslo / č. věrnostní karty: 

S pozdravem
Lucie Procházková""",
         "Lucie Procházková"),

        ("deletion", (), "zruseni uctu",
         """Dobry den,
chtela bych u vas zrusit ucet a at o me uz nemate vubec nic, ani adresu ani telefon. Nakupovala jsem jen jednou kvuli darku pro tchana a od te doby mi porad neco chodi.
Dekuji
Jana Kolarova""",
         "jana.kolarova"),

        ("correction", (), "Osobní údaje",
         """Dobrý den,

na mé věrnostní kartě máte špatně datum narození – uvádíte 3. 11., ale narozeniny mám 11. 3. (asi někdo prohodil den a měsíc při zakládání karty na prodejně v Bruselu, kde jsem tehdy pracovala). Narozeninová sleva mi proto chodí v listopadu místo v březnu. Prosím o opravu na 11. 3. 1987.

Číslo karty: 2200 4471 0938

Díky a hezký den
Veronika Marešová""",
         "Veronika Marešová"),

        ("portability", (), "Žádost o přenositelnost údajů dle čl. 20 GDPR",
         """Vážení,

v souladu s čl. 20 Nařízení Evropského parlamentu a Rady (EU) 2016/679 (GDPR) Vás žádám o poskytnutí osobních údajů, které se mne týkají a které jsem Vám poskytl, ve strukturovaném, běžně používaném a strojově čitelném formátu. Jde zejména o údaje zákaznického účtu, doručovací adresy, historii objednávek a nasbírané body věrnostního programu.

Preferuji formát CSV nebo JSON zaslaný na tuto e-mailovou adresu. Tištěný výpis ani PDF prosím nezasílejte, nejsou pro můj účel použitelné.

Identifikační údaje:
Ing. Martin Dvořák
e-mail účtu: tento
zákaznické číslo: BE-CZ 771042

S pozdravem
Martin Dvořák""",
         "Ing. Martin Dvořák"),

        ("restriction", (), "Objednávka 2024-03312 – prosím NEMAZAT",
         """Dobrý den,

řeším s pojišťovnou pojistnou událost – při dodání zahradního domku (objednávka 2024-03312) došlo k poškození fasády domu a pojišťovna po mně chce doklady. Potřebuji proto, aby údaje k objednávce, fotky z reklamace a naše e-mailová komunikace zůstaly zachované, i když jsem před časem psal, že účet už nebudu používat.

Zároveň si nepřeji, abyste moje údaje do té doby používali k čemukoli jinému (nabídky, personalizace apod.). Žádám tedy o omezení zpracování podle čl. 18 odst. 1 písm. c) GDPR – údaje jen uložit a nic víc, dokud vám nedám vědět, že je věc uzavřená.

S pozdravem
Petr Holub""",
         "Petr Holub"),

        ("objection", (), "Námitka proti zpracování osobních údajů",
         """Vážení,

podle čl. 21 odst. 2 GDPR vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu, včetně profilování, které s takovým přímým marketingem souvisí.

Dále nesouhlasím s tím, abyste údaje o mém nákupním chování předávali reklamním partnerům (Meta, Google a další) pro cílení reklamy, ať už prostřednictvím pixelů na webu nebo nahráváním seznamů zákazníků. Pokud se toto zpracování opírá o oprávněný zájem, vznáším námitku i podle čl. 21 odst. 1 GDPR.

Prosím o písemné potvrzení, že jste námitce vyhověli.

Mgr. Tereza Šimková""",
         "Tereza Šimková"),

        ("withdraw_consent", (), "Re: Newsletter",
         """Odhlaste mě prosím, odkaz „odhlásit se“ v patičce nefunguje (hází chybu 404). Zkoušela jsem to už dvakrát.

Díky
K. Benešová

> Dne st 15. 5. 2024 v 10:02 Shop.example.be <news@shop.example.be> napsal(a):
> Zahradní sezóna je tady! Objevte novinky v naší nabídce…""",
         "Kateřina Benešová"),

        ("complaint", ("deletion",), "URGENCE – žádost o výmaz ze dne 12. 2. 2024 (bez odpovědi)",
         """Vážení,

dne 12. 2. 2024 jsem Vám na tuto adresu zaslal žádost o výmaz osobních údajů podle čl. 17 GDPR a o zrušení zákaznického účtu. Lhůta jednoho měsíce podle čl. 12 odst. 3 GDPR uplynula, aniž bych obdržel jakoukoli odpověď. Účet je navíc stále aktivní a stále mi chodí obchodní sdělení.

Opakovaně Vás tímto žádám o provedení výmazu a o písemné potvrzení. Pokud žádost nevyřídíte do 10 dnů, podám stížnost u Úřadu pro ochranu osobních údajů, případně u belgického dozorového úřadu.

Původní e-mail přikládám níže.

S pozdravem
Jiří Novotný

---------- Přeposlaná zpráva ----------
Od: Jiří Novotný
Datum: po 12. 2. 2024 19:44
Předmět: Žádost o výmaz osobních údajů
Dobrý den, žádám o výmaz všech mých osobních údajů a zrušení účtu…""",
         "Jiří Novotný"),

        ("complaint", (), "Stížnost – předání mých údajů třetí osobě",
         """Dobrý den,

od března mi chodí SMS od společnosti, o které jsem nikdy neslyšela a která se prezentuje jako Váš „partner“. V SMS mě oslovuje jménem a zmiňuje zahradní nábytek, který jsem si u Vás koupila. Nikdy jsem nesouhlasila s tím, abyste moje telefonní číslo komukoli předávali, a při nákupu jsem žádné takové políčko nezaškrtla.

Považuji to za hrubé porušení ochrany mých osobních údajů. Informuji Vás, že jsem dnes podala stížnost u Úřadu pro ochranu osobních údajů (přes jejich webový formulář) a přiložila jsem snímky obrazovky těchto zpráv.

Hana Černá""",
         "Hana Černá"),

        ("deletion", ("withdraw_consent", "objection"), "Ochrana osobních údajů – žádost",
         """Dobrý den,

pomocí vzoru ze stránek spotřebitelské organizace Vám zasílám následující:

1. Podle čl. 17 odst. 1 GDPR žádám o bezodkladný výmaz všech osobních údajů, které o mně zpracováváte, včetně zákaznického účtu a věrnostní karty.
2. Odvolávám veškeré souhlasy se zpracováním osobních údajů, které jsem Vám kdy udělil (čl. 7 odst. 3 GDPR), zejména souhlas se zasíláním newsletteru a SMS.
3. Vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu a profilování (čl. 21 GDPR).

Pokud Vám právní předpis ukládá některé údaje uchovávat (např. účetní doklady), žádám o sdělení, o které údaje jde a po jakou dobu.

Děkuji za vyřízení.

Tomáš Kučera
[adresa]
zákaznické č.: 55120983""",
         "Tomáš Kučera"),

        ("other", (), "Security issue – faktury dostupné bez přihlášení",
         """Dobrý den,

jsem bezpečnostní výzkumník (pentester na volné noze) a při běžném nákupu jsem si všiml, že odkaz na fakturu v potvrzovacím e-mailu má tvar https://shop.example.be/account/invoice?id=… s postupně rostoucím číselným ID. Po změně ID se zobrazí PDF faktury jiných zákazníků, a to i bez přihlášení (jméno, adresa, telefon, obsah objednávky). Ověřil jsem to pouze na dvou sousedních ID a žádná data jsem si neukládal.

Jedná se o klasickou zranitelnost typu IDOR. Doporučuji ověřovat vlastnictví dokumentu na straně serveru a používat nepředvídatelné identifikátory.

Postupuji podle principů responsible disclosure: nic nezveřejním po dobu 90 dnů nebo do opravy. O odměnu nežádám, uvítal bych jen krátké potvrzení, že se zpráva dostala ke správnému týmu. Pokud máte security.txt nebo jiný kanál, rád to přepošlu tam.

S pozdravem
Ondřej Veselý
PGP: 0x7C1E 92AB …""",
         "Ondřej Veselý"),

        ("access", ("portability",), "Žádost",
         """Dobrý den,

prosím o zaslání kopie všech osobních údajů, které o mně vedete (čl. 15 GDPR), včetně informace, komu jste je předali.

A pokud to jde, údaje, které jsem vám sám zadal (účet, adresy, objednávky), mi pošlete i v nějakém strojově čitelném formátu, např. CSV nebo JSON, ať si je můžu nahrát jinam (čl. 20).

Účet je na tento e-mail.

Díky
David Pospíšil""",
         "David Pospíšil"),
    ],
    "hr": [
        ("access", (), "Zahtjev za pristup osobnim podacima",
         """Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka (Uredba (EU) 2016/679) podnosim zahtjev za pristup osobnim podacima koje o meni obrađujete kao voditelj obrade.

Molim Vas da mi dostavite:
a) potvrdu obrađujete li moje osobne podatke;
b) presliku osobnih podataka koji se obrađuju;
c) informacije o svrhama obrade, kategorijama osobnih podataka, primateljima kojima su podaci otkriveni ili će im biti otkriveni, razdoblju pohrane, izvoru podataka ako nisu prikupljeni od mene te o postojanju automatiziranog donošenja odluka, uključujući izradu profila.

Podaci podnositelja zahtjeva:
Ime i prezime: Ivana Horvat
Adresa: [ulica i kućni broj, poštanski broj, mjesto]
E-mail: adresa s koje šaljem ovaj zahtjev
Broj kartice vjernosti: [ako postoji]

Odgovor molim dostaviti elektroničkim putem u roku od mjesec dana od zaprimanja zahtjeva, sukladno članku 12. stavku 3. Uredbe.

S poštovanjem,
Ivana Horvat""",
         "Ivana Horvat"),

        ("deletion", (), "Molba",
         """Poštovani,

molim Vas da me maknete iz svih svojih baza, ugasite mi korisnički račun i karticu vjernosti. Ne želim više da itko kod vas ima moje ime, adresu i broj mobitela. Zadnju narudžbu sam imao prije tri godine i ne planiram više kupovati.

Hvala unaprijed,
Marko Babić""",
         "Marko Babić"),

        ("correction", (), "Ispravak imena – R1 računi",
         """Dobar dan,

na mom korisničkom računu ime i prezime su upisani bez dijakritičkih znakova („Djurdja Kovacevic“), a ispravno je Đurđa Kovačević. Zbog toga mi računi za tvrtku (R1) stižu s pogrešnim imenom i knjigovodstvo ih vraća. Također molim da se kao naziv tvrtke upiše „Kovačević savjetovanje j.d.o.o.“, OIB tvrtke vam mogu poslati ako treba.

Molim ispravak što prije jer imam još dvije narudžbe u tijeku.

Lp,
Đurđa Kovačević""",
         "Djurdja Kovacevic"),

        ("portability", (), "Zahtjev",
         """Poštovani,

sukladno članku 20. Opće uredbe o zaštiti podataka tražim da mi osobne podatke koje sam Vam pružio (podaci s korisničkog računa, adrese dostave, povijest narudžbi, bodovi programa vjernosti) dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV, JSON ili XML).

Datoteku molim poslati na ovu e-mail adresu.

S poštovanjem,
Goran Jurić
broj kupca: 10029431""",
         "Goran Jurić"),

        ("restriction", (), "",
         """Dobar dan,

odlazim na godinu dana raditi u inozemstvo i još nisam odlučila hoću li nakon toga zadržati račun kod vas. Ne želim da ga brišete, ali molim da ga za to vrijeme „zamrznete“: da se moji podaci ne koriste ni za što (ponude, personalizacija, analitika, partneri), nego da samo stoje pohranjeni. Koliko sam shvatila, to je pravo na ograničenje obrade iz čl. 18.

Javit ću se kad se vratim.

Srdačan pozdrav,
Petra Knežević""",
         "Petra Knežević"),

        ("objection", (), "Prigovor na obradu osobnih podataka",
         """Poštovani,

na temelju članka 21. Opće uredbe o zaštiti podataka ulažem prigovor na obradu mojih osobnih podataka u svrhu izravnog marketinga, uključujući izradu profila na temelju povijesti kupnje i ponašanja na web-stranici.

Također se protivim tome da moje podatke (e-mail adresu, broj telefona, podatke o kupnjama) dijelite s Facebookom, Googleom ili drugim oglašivačkim partnerima radi prikazivanja ciljanih oglasa.

Molim potvrdu da ste prigovor uvažili.

S poštovanjem,
Tomislav Marić""",
         "Tomislav Marić"),

        ("withdraw_consent", (), "Re: Vaš newsletter",
         """Poštovani,

ovim putem povlačim privolu za primanje newslettera i SMS poruka s ponudama. Molim da me uklonite s popisa primatelja.

Lijep pozdrav,
Sanja Pavlović

-----Original Message-----
From: shop.example.be <news@shop.example.be>
Subject: Vaš newsletter – vikend akcija na vrtni namještaj""",
         "Sanja Pavlović"),

        ("complaint", ("correction",), "Podsjetnik – zahtjev za ispravak od 8. siječnja",
         """Poštovani,

8. siječnja 2024. poslala sam Vam zahtjev za ispravak adrese i prezimena na korisničkom računu (novo prezime: Matić, nova adresa: Vukovarska 112, 21000 Split). Od tada je prošlo više od mjesec dana, a nisam dobila nikakav odgovor. Paket mi je u međuvremenu opet poslan na staru adresu i vraćen vama.

Ponovno tražim da se podaci isprave. Ukoliko u roku od 8 dana ne dobijem odgovor, podnijet ću zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka.

Nikolina Matić (ranije Perić)""",
         "Nikolina Matić"),

        ("complaint", (), "Obavijest o podnesenom zahtjevu AZOP-u",
         """Poštovani,

obavještavam Vas da sam dana 3. lipnja 2024. Agenciji za zaštitu osobnih podataka (AZOP) podnio zahtjev za utvrđivanje povrede prava na zaštitu osobnih podataka.

U travnju ste mi pisano potvrdili da je moj korisnički račun obrisan i da su moji podaci uklonjeni, a i dalje mi svaki tjedan stižu Vaši promotivni e-mailovi na istu adresu, uz oslovljavanje imenom. To znači da podaci nisu obrisani, odnosno da ste mi dali netočnu informaciju.

Preslike Vaše potvrde i primljenih e-mailova priložio sam zahtjevu Agenciji.

Davor Šarić""",
         "Davor Šarić"),

        ("deletion", ("withdraw_consent", "objection", "restriction"), "Zahtjev ispitanika",
         """Poštovani,

kao ispitanik u smislu Opće uredbe o zaštiti podataka, ovim putem:

1. zahtijevam brisanje svih mojih osobnih podataka bez nepotrebnog odgađanja (čl. 17.);
2. povlačim sve privole koje sam Vam dao/la (čl. 7. st. 3.);
3. ulažem prigovor na svaku obradu mojih podataka koja se temelji na legitimnom interesu, kao i na obradu u svrhu izravnog marketinga (čl. 21.);
4. do izvršenja brisanja zahtijevam ograničenje obrade (čl. 18.).

Molim da o poduzetim radnjama obavijestite i sve primatelje kojima ste moje podatke otkrili (čl. 19.) te da mi potvrdite izvršenje u roku od mjesec dana.

[Ime i prezime] Ante Vuković
[Adresa]
[Datum] 14.5.2024.""",
         "Ante Vuković"),

        ("other", (), "Anketa – diplomski rad o primjeni GDPR-a u e-trgovini",
         """Poštovani,

moje ime je Lucija Tomić, studentica sam diplomskog studija na Ekonomskom fakultetu Sveučilišta u Zagrebu. U sklopu diplomskog rada pod mentorstvom izv. prof. dr. sc. Maje Grgić istražujem kako se web-trgovine u EU prilagodile Općoj uredbi o zaštiti podataka.

Bila bih Vam iznimno zahvalna kada bi osoba zadužena za zaštitu podataka mogla ispuniti kratku anketu (10-ak minuta):
https://forms.example.org/gdpr-etrgovina

Pitanja se odnose na to imate li imenovanog službenika za zaštitu podataka, koliko zahtjeva ispitanika zaprimate godišnje, koliko prosječno traje njihovo rješavanje i slično. Odgovori su anonimni i koristit će se isključivo u znanstvene svrhe.

Unaprijed hvala!

Srdačan pozdrav,
Lucija Tomić
Ekonomski fakultet Zagreb""",
         "Lucija Tomić"),

        ("objection", ("restriction",), "Profiliranje – prigovor",
         """Poštovani,

primijetio sam da mi na temelju kupnji u vašoj trgovini prikazujete drukčije cijene i „personalizirane“ ponude nego supruzi na njezinom računu. Ulažem prigovor na izradu profila i bilo kakvu obradu mojih podataka u tu svrhu (čl. 21. st. 1. Opće uredbe), jer za nju nemate moju privolu, a moja situacija je takva da ne želim da se moje navike kupnje analiziraju.

Dok ne odlučite o prigovoru, tražim da ograničite obradu mojih podataka sukladno čl. 18. st. 1. t. (d) Uredbe.

Hrvoje Blažević
Osijek""",
         "Hrvoje Blažević"),
    ],
    "sv": [
        ("access", (), "Begäran om registerutdrag enligt artikel 15 GDPR",
         """Hej,

Jag vill veta om ni behandlar personuppgifter om mig. Om ni gör det vill jag få en kopia av personuppgifterna och information om

– varför ni behandlar uppgifterna (ändamålen),
– vilka kategorier av personuppgifter det gäller,
– vilka mottagare uppgifterna har lämnats ut eller ska lämnas ut till,
– hur länge uppgifterna kommer att sparas eller kriterierna för hur den tiden bestäms,
– varifrån uppgifterna kommer, om de inte har samlats in från mig,
– om det förekommer automatiserat beslutsfattande, inklusive profilering.

Mina uppgifter:
Namn: Anna Lindqvist
Personnummer: [ÅÅMMDD-XXXX]
E-postadress kopplad till kontot: den här

Jag vill ha svaret via e-post.

Med vänliga hälsningar
Anna Lindqvist""",
         "Anna Lindqvist"),

        ("deletion", (), "Konto",
         """Hej!

Jag vill inte ha kvar mitt konto hos er längre. Ta bort det och allt ni har sparat om mig, adress, telefonnummer, köphistorik, allt.

Mvh Erik

Skickat från min iPhone""",
         "Erik Johansson"),

        ("correction", (), "Fel i mina kunduppgifter",
         """Hej,

Mitt förnamn står som "Asa" i stället för Åsa på både kontot och kundklubbskortet, och gatunumret är fel: det ska vara Storgatan 21, inte 12. Två paket har hamnat hos grannen på grund av det. Kan ni rätta till det?

Tack på förhand!
Åsa Berg
Kundnummer 300 441 87""",
         "Asa Berg"),

        ("portability", (), "GDPR",
         """Hej,

Med stöd av artikel 20 i dataskyddsförordningen begär jag att få ut de personuppgifter om mig som jag själv har lämnat till er – kontouppgifter, leveransadresser, orderhistorik och poäng i kundklubben – i ett strukturerat, allmänt använt och maskinläsbart format (helst CSV eller JSON).

Filen kan skickas till den här e-postadressen.

Vänliga hälsningar
Johan Nilsson""",
         "Johan Nilsson"),

        ("restriction", (), "Fråga om mina uppgifter",
         """Hej,

Jag har en pågående tvist hos Allmänna reklamationsnämnden (ARN) som gäller en växthusbeställning från er förra sommaren, ordernummer 23-88 1402. Jag vill därför inte att ni raderar något som rör mig, eftersom jag kan behöva underlaget.

Däremot vill jag att ni begränsar behandlingen av mina personuppgifter enligt artikel 18.1 c i GDPR: spara dem, men använd dem inte till något annat (utskick, analys, partners osv.) tills ärendet är avgjort. Jag hör av mig när ARN har fattat beslut.

Med vänlig hälsning
Karin Eriksson""",
         "Karin Eriksson"),

        ("objection", (), "Invändning mot behandling – artikel 21",
         """Hej,

Jag invänder härmed mot att ni delar mina personuppgifter (e-postadress, telefonnummer, köpbeteende) med Meta, Google eller andra annonspartners för riktad annonsering och s.k. anpassade målgrupper. Jag invänder även mot profilering av mig för direktmarknadsföring (artikel 21.2 GDPR).

Vänligen bekräfta att invändningen har registrerats och att delningen har upphört.

Hälsningar
Mikael Andersson""",
         "Mikael Andersson"),

        ("withdraw_consent", (), "Re: Veckans erbjudanden i trädgården 🌱",
         """Jag återkallar mitt samtycke till att få nyhetsbrev och erbjudanden från er via e-post och sms. Avregistreringslänken leder bara till en inloggningssida.

/Lena

Från: Shop.example.be <news@shop.example.be>
Skickat: den 6 maj 2024 08:00
Ämne: Veckans erbjudanden i trädgården 🌱""",
         "Lena Persson"),

        ("complaint", ("access",), "Påminnelse: begäran om registerutdrag 2024-02-05",
         """Hej,

Den 5 februari 2024 skickade jag en begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen till den här adressen. Enligt artikel 12.3 ska ni svara utan onödigt dröjsmål och senast inom en månad. Den tiden har nu gått ut och jag har inte fått något svar, inte ens en bekräftelse på att ni tagit emot begäran.

Jag begär på nytt att få ett registerutdrag med kopia av mina personuppgifter. Om jag inte har fått svar inom två veckor kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Med vänliga hälsningar
Fredrik Olsson""",
         "Fredrik Olsson"),

        ("complaint", (), "Anmälan till IMY",
         """Hej,

Jag vill informera er om att jag i dag har lämnat in ett klagomål till Integritetsskyddsmyndigheten.

Bakgrunden: den 2 april fick jag min beställning levererad. Två dagar senare fick jag sms till mitt privata nummer från en person som presenterade sig som "killen från leveransen" och ville bjuda ut mig. Numret hade han bara kunnat få från leveransuppgifterna som ni lämnat ut till transportören. Jag kontaktade kundtjänst via chatten samma dag men fick bara ett standardsvar.

Jag tycker det är allvarligt att mina uppgifter hanteras så slarvigt och att ingen tar det på allvar. Sms:en och chattloggen har jag bifogat till IMY.

Sara Holm""",
         "Sara Holm"),

        ("deletion", ("withdraw_consent", "objection", "restriction"), "Begäran enligt GDPR",
         """Hej,

Jag har använt en mall från en konsumentorganisation men lagt till mina egna uppgifter.

1. Jag begär att ni raderar samtliga personuppgifter som ni behandlar om mig (artikel 17 GDPR). Om ni är skyldiga att spara vissa uppgifter enligt bokföringslagen vill jag veta vilka och hur länge.
2. Jag återkallar alla samtycken som jag har lämnat till er (artikel 7.3).
3. Jag invänder mot all behandling av mina uppgifter för direktmarknadsföring, inklusive profilering (artikel 21.2).
4. Fram till dess att uppgifterna har raderats begär jag att behandlingen begränsas (artikel 18).

Namn: Oskar Lund
Kundnummer: [finns inte, handlade som gäst]
E-post: samma som avsändaren
Datum: 2024-05-20

Med vänliga hälsningar
Oskar Lund""",
         "Oskar Lund"),

        ("other", (), "Due diligence – frågor om personuppgiftsbehandling",
         """Hej,

Vi företräder en klient i samband med en potentiell investering i er koncern och genomför för närvarande en legal due diligence. Vi har gått igenom den integritetspolicy som finns publicerad på er webbplats (version daterad 2023-09-01) och har några kompletterande frågor:

1. Vilka personuppgiftsbiträden anlitas för nyhetsbrev och kundklubb, och finns biträdesavtal med samtliga?
2. Sker någon överföring av kunddata till tredjeland, och i så fall med stöd av vilken överföringsmekanism?
3. Har ni haft några personuppgiftsincidenter som anmälts till en tillsynsmyndighet under de senaste tre åren?
4. Finns det ett utsett dataskyddsombud och i så fall vem?

Svaren kan gärna lämnas via datarummet eller till undertecknad. Vi är tacksamma för återkoppling senast den 14 juni.

Med vänlig hälsning
Emma Wallin
Biträdande jurist
Advokatfirman Norrsken KB
Stockholm""",
         "Emma Wallin | Advokatfirman Norrsken"),

        ("access", ("portability",), "",
         """Hej

Jag vill ha en kopia av alla uppgifter ni har om mig och vad ni använder dem till (art. 15). Och de uppgifter jag själv har lagt in, alltså konto, adresser och ordrar, vill jag också ha som en fil jag kan öppna i Excel eller liknande (art. 20 dataportabilitet).

Tack
Linnea Ek""",
         "Linnea Ek"),
    ],
    "ro": [
        ("access", (), "Cerere de acces la datele cu caracter personal",
         """Stimate domnule/Stimată doamnă,

Subsemnata Ioana Popescu, domiciliată în [localitatea, strada, nr., bl., ap.], în calitate de persoană vizată, în temeiul art. 15 din Regulamentul (UE) 2016/679 privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu caracter personal și privind libera circulație a acestor date (GDPR), vă rog să îmi comunicați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi furnizați următoarele informații:

a) scopurile prelucrării;
b) categoriile de date cu caracter personal vizate;
c) destinatarii sau categoriile de destinatari cărora datele le-au fost sau urmează să le fie divulgate;
d) perioada pentru care se preconizează că vor fi stocate datele sau criteriile utilizate pentru a stabili această perioadă;
e) sursa datelor, în cazul în care acestea nu au fost colectate de la mine;
f) existența unui proces decizional automatizat, inclusiv crearea de profiluri.

De asemenea, vă solicit o copie a datelor cu caracter personal care fac obiectul prelucrării.

Vă rog să îmi transmiteți răspunsul la adresa de e-mail de pe care vă scriu, în termenul de o lună prevăzut de art. 12 alin. (3) din Regulament.

Data: [ziua/luna/anul]
Semnătura: Ioana Popescu""",
         "Ioana Popescu"),

        ("deletion", (), "cont",
         """Buna ziua,
nu mai vreau sa figurez nicaieri la voi, nici cont, nici card de fidelitate, nici in lista de mailuri. Va rog sa scapati de tot ce aveti despre mine si sa imi confirmati cand e gata.
Multumesc,
Adrian Dumitru""",
         "adrian.dumitru77"),

        ("correction", (), "Număr de telefon greșit în cont",
         """Bună ziua,

În contul meu apare un număr de telefon greșit (0745 118 302), care nu îmi aparține – probabil am greșit o cifră când m-am înregistrat. Din cauza asta curierul sună pe altcineva la fiecare livrare. Numărul corect este 0745 118 320.

Vă rog să îl modificați, din setările contului nu mă lasă să schimb telefonul, doar adresa.

Mulțumesc frumos,
Cristina Stan""",
         "Cristina Stan"),

        ("portability", (), "Solicitare",
         """Bună ziua,

În temeiul art. 20 din Regulamentul general privind protecția datelor, vă solicit să îmi transmiteți datele cu caracter personal pe care vi le-am furnizat (datele contului, adresele de livrare, istoricul comenzilor și punctele de fidelitate) într-un format structurat, utilizat în mod curent și care poate fi citit automat, de exemplu CSV sau JSON.

Numărul de client: RO-20418837

Cu stimă,
Andrei Ionescu""",
         "Andrei Ionescu"),

        ("restriction", (), "Înghețare cont – NU ștergeți datele",
         """Bună ziua,

Din motive personale nu voi mai folosi o perioadă contul de la dumneavoastră, dar nu vreau să fie șters – s-ar putea să revin. Vă rog totuși ca, până vă anunț eu, să nu mai folosiți datele mele pentru nimic: fără oferte personalizate, fără analize, fără transmitere către parteneri. Doar să rămână stocate.

Am înțeles că aceasta se numește restricționarea prelucrării (art. 18 GDPR). Vă rog să îmi confirmați.

O zi bună,
Mihaela Radu""",
         "Mihaela Radu"),

        ("objection", (), "Opoziție la prelucrarea datelor în scop de marketing",
         """Stimați domni,

În temeiul art. 21 alin. (2) din Regulamentul (UE) 2016/679, îmi exercit dreptul de opoziție și mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, inclusiv creării de profiluri în măsura în care este legată de marketingul direct.

Mă opun, de asemenea, transmiterii datelor mele (adresă de e-mail, număr de telefon, istoric de cumpărături) către partenerii dumneavoastră de publicitate, inclusiv prin pixeli de urmărire sau liste de audiență personalizată.

Vă rog să îmi confirmați în scris că ați dat curs opoziției mele.

Cu stimă,
Bogdan Constantinescu""",
         "Bogdan Constantinescu"),

        ("withdraw_consent", (), "Re: Reduceri de weekend la mobilier de grădină",
         """Bună ziua,

Vă rog să mă dezabonați de la newsletter. Îmi retrag acordul pentru primirea de mesaje comerciale atât pe e-mail, cât și prin SMS.

Mulțumesc,
Elena Marin

________________________________
De la: Shop.example.be <news@shop.example.be>
Trimis: vineri, 10 mai 2024 09:15
Subiect: Reduceri de weekend la mobilier de grădină""",
         "Elena Marin"),

        ("complaint", ("deletion",), "Revenire – cerere de ștergere fără răspuns",
         """Bună ziua,

Revin la cererea mea din data de 18.01.2024, prin care am solicitat ștergerea tuturor datelor mele cu caracter personal și închiderea contului, în temeiul art. 17 GDPR. Au trecut mai mult de două luni și nu am primit niciun răspuns; contul este în continuare activ și primesc în continuare e-mailuri promoționale.

Vă solicit încă o dată să dați curs cererii mele și să îmi confirmați în scris. În cazul în care nu primesc un răspuns în termen de 15 zile, voi depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).

Cu stimă,
Gheorghe Munteanu""",
         "Gheorghe Munteanu"),

        ("complaint", (), "Plângere ANSPDCP – e-mail trimis cu toți destinatarii la vedere",
         """Stimați domni,

Vă aduc la cunoștință că am depus astăzi o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal.

Motivul: în data de 22 aprilie am primit de la dumneavoastră un e-mail despre „modificarea termenelor de livrare” în care toți destinatarii erau trecuți la vedere, în câmpul „Către”. Am numărat peste 300 de adrese de e-mail, multe dintre ele conținând nume complete. Adresa mea a ajuns astfel la sute de persoane străine, iar de atunci primesc spam în mod constant.

Consider că nu ați luat măsurile tehnice și organizatorice minime pentru protecția datelor clienților. Nu am primit nicio notificare sau scuză din partea dumneavoastră.

Laura Niculescu""",
         "Laura Niculescu"),

        ("access", ("portability",), "Date personale",
         """Bună ziua,

Vă rog să îmi trimiteți o copie a tuturor datelor personale pe care le dețineți despre mine, împreună cu informații despre scopul prelucrării și cui le-ați transmis (art. 15 GDPR).

În plus, pentru datele pe care vi le-am furnizat eu (cont, adrese, comenzi), aș dori să le primesc și într-un fișier structurat, lizibil automat (CSV/JSON), conform dreptului la portabilitate (art. 20).

Contul este asociat adresei de e-mail de pe care vă scriu.

Mulțumesc,
Sorin Georgescu""",
         "Sorin Georgescu"),

        ("other", (), "Acord de prelucrare a datelor (DPA) – propuneri de modificare",
         """Bună ziua,

Ca urmare a discuției cu colegii dumneavoastră din departamentul de marketing privind migrarea campaniilor de e-mail pe platforma noastră, vă transmitem atașat proiectul de Acord de prelucrare a datelor (DPA) în temeiul art. 28 GDPR, cu propunerile de modificare aduse variantei dumneavoastră standard:

– clauza 7 (subîmputerniciți): propunem notificare prealabilă cu 30 de zile în loc de aprobare scrisă pentru fiecare subîmputernicit;
– clauza 9 (audit): un audit pe an, pe baza rapoartelor ISO 27001 existente, cu audit la fața locului doar în caz de incident;
– anexa 2 (măsuri tehnice și organizatorice): actualizată cu locațiile centrelor de date (Frankfurt și Amsterdam).

Vă rugăm să ne transmiteți observațiile sau, dacă sunteți de acord, varianta semnată până la data de 31 mai, pentru a putea începe configurarea contului.

Cu stimă,
Alexandra Dobre
Legal & Compliance Manager
MailNova Solutions S.R.L., București""",
         "Alexandra Dobre – MailNova Solutions"),

        ("deletion", ("withdraw_consent", "objection"), "",
         """Stimată echipă,

Folosind modelul de pe site-ul unei asociații de protecția consumatorilor:

1. Solicit ștergerea fără întârzieri nejustificate a tuturor datelor mele cu caracter personal, în conformitate cu art. 17 din GDPR.
2. Îmi retrag toate consimțămintele acordate anterior pentru prelucrarea datelor mele (art. 7 alin. 3).
3. Mă opun oricărei prelucrări a datelor mele în scop de marketing direct și profilare (art. 21).

Vă rog să informați despre ștergere și destinatarii cărora le-ați comunicat datele mele (art. 19) și să îmi confirmați îndeplinirea cererii.

Nume: Răzvan Petrescu
Nr. card fidelitate: [.....]
Data: 27.05.2024""",
         "Răzvan Petrescu"),
    ],
    "el": [
        ("access", (), "Άσκηση δικαιώματος πρόσβασης (άρθρο 15 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι/κυρίες,

Με την παρούσα, και ως υποκείμενο των δεδομένων, ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 και παρακαλώ να μου επιβεβαιώσετε εάν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν. Σε περίπτωση που ισχύει κάτι τέτοιο, ζητώ να μου γνωστοποιήσετε:

1. τους σκοπούς της επεξεργασίας·
2. τις κατηγορίες των δεδομένων που με αφορούν·
3. τους αποδέκτες ή τις κατηγορίες αποδεκτών στους οποίους κοινολογήθηκαν ή πρόκειται να κοινολογηθούν τα δεδομένα·
4. το χρονικό διάστημα για το οποίο θα αποθηκευτούν τα δεδομένα·
5. την πηγή από την οποία προέρχονται, εφόσον δεν συλλέχθηκαν από εμένα·
6. την ύπαρξη αυτοματοποιημένης λήψης αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Παρακαλώ επίσης να μου χορηγήσετε αντίγραφο των δεδομένων προσωπικού χαρακτήρα που υποβάλλονται σε επεξεργασία.

Στοιχεία αιτούντος:
Ονοματεπώνυμο: Μαρία Παπαδοπούλου
Διεύθυνση: [οδός, αριθμός, Τ.Κ., πόλη]
Email λογαριασμού: το παρόν

Με εκτίμηση,
Μαρία Παπαδοπούλου""",
         "Μαρία Παπαδοπούλου"),

        ("deletion", (), "λογαριασμος",
         """Καλησπερα σας,
θελω να κλεισετε τον λογαριασμο μου και να μην κρατησετε τιποτα δικο μου, ουτε email ουτε διευθυνση ουτε τηλεφωνο. Δεν ψωνιζω πια απο εσας.
Ευχαριστω
Γιωργος""",
         "Giorgos Nikolaou"),

        ("correction", (), "Λάθος στοιχεία στον λογαριασμό μου",
         """Καλημέρα σας,

Στον λογαριασμό μου το επώνυμό μου εμφανίζεται ως «Papadakis» με λατινικούς χαρακτήρες και η διεύθυνση είναι λανθασμένη (γράφει Ερμού 14 αντί για Ερμού 41, Θεσσαλονίκη 546 24). Τα δέματα καθυστερούν συνέχεια γιατί ο courier δεν βρίσκει τη διεύθυνση.

Θα σας παρακαλούσα να διορθώσετε τα στοιχεία ως εξής:
Επώνυμο: Παπαδάκης
Διεύθυνση: Ερμού 41, 546 24 Θεσσαλονίκη

Ευχαριστώ πολύ,
Νίκος Παπαδάκης""",
         "Nikos Papadakis"),

        ("portability", (), "Αίτημα",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 20 του ΓΚΠΔ, παρακαλώ να μου αποστείλετε τα δεδομένα προσωπικού χαρακτήρα που σας έχω παράσχει (στοιχεία λογαριασμού, διευθύνσεις αποστολής, ιστορικό παραγγελιών, πόντους προγράμματος επιβράβευσης) σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο, κατά προτίμηση CSV ή JSON, στη διεύθυνση ηλεκτρονικού ταχυδρομείου από την οποία σας γράφω.

Με εκτίμηση,
Δημήτρης Αντωνίου
Αρ. πελάτη: 88120457""",
         "Δημήτρης Αντωνίου"),

        ("restriction", (), "Αίτημα περιορισμού επεξεργασίας",
         """Κύριοι,

Έχω προσφύγει στον Συνήγορο του Καταναλωτή για διαφορά που αφορά την παραγγελία μου αρ. 2024-10773 (ηλεκτρικό χλοοκοπτικό που παραδόθηκε ελαττωματικό). Τα στοιχεία της παραγγελίας και η αλληλογραφία μας μου είναι απαραίτητα για την υπόθεση, γι' αυτό σας παρακαλώ να μην τα διαγράψετε.

Ταυτόχρονα, ζητώ, βάσει του άρθρου 18 παρ. 1 στοιχ. γ΄ ΓΚΠΔ, τον περιορισμό της επεξεργασίας των δεδομένων μου: να παραμείνουν μόνο αποθηκευμένα και να μη χρησιμοποιούνται για κανέναν άλλο σκοπό (προωθητικές ενέργειες, εξατομίκευση, διαβίβαση σε συνεργάτες) μέχρι να ολοκληρωθεί η διαδικασία.

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),

        ("objection", (), "Εναντίωση στην επεξεργασία – άρθρο 21 ΓΚΠΔ",
         """Αξιότιμοι κύριοι,

Δυνάμει του άρθρου 21 παρ. 2 του ΓΚΠΔ, αντιτίθεμαι στην επεξεργασία των δεδομένων προσωπικού χαρακτήρα που με αφορούν για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Επιπλέον αντιτίθεμαι στη διαβίβαση των δεδομένων μου (email, τηλέφωνο, ιστορικό αγορών) σε διαφημιστικούς συνεργάτες σας, όπως η Meta και η Google, για στοχευμένη διαφήμιση, είτε μέσω pixel είτε μέσω λιστών πελατών.

Παρακαλώ να μου επιβεβαιώσετε εγγράφως ότι η εναντίωσή μου έγινε δεκτή.

Με εκτίμηση,
Κωνσταντίνος Δημητρίου
Δικηγόρος""",
         "Κωνσταντίνος Δημητρίου"),

        ("withdraw_consent", (), "Re: Νέες προσφορές για τον κήπο σας!",
         """Καλησπέρα,

Ανακαλώ τη συγκατάθεσή μου για την αποστολή ενημερωτικών δελτίων και διαφημιστικών μηνυμάτων (email και SMS). Παρακαλώ διαγράψτε με από τη λίστα αποστολών. Ο λογαριασμός μου μπορεί να μείνει, απλώς δεν θέλω άλλα μηνύματα.

Ευχαριστώ,
Σοφία Καραγιάννη

Στις Τρί, 14 Μαΐ 2024 στις 10:00, ο/η Shop.example.be <news@shop.example.be> έγραψε:
> Νέες προσφορές για τον κήπο σας!""",
         "Σοφία Καραγιάννη"),

        ("complaint", ("access",), "Υπενθύμιση – εκκρεμές αίτημα πρόσβασης από 12/02/2024",
         """Αξιότιμοι κύριοι,

Στις 12 Φεβρουαρίου 2024 σας απέστειλα αίτημα πρόσβασης στα προσωπικά μου δεδομένα σύμφωνα με το άρθρο 15 ΓΚΠΔ. Η προθεσμία ενός μηνός του άρθρου 12 παρ. 3 ΓΚΠΔ έχει παρέλθει άπρακτη, χωρίς να λάβω καμία απάντηση ή έστω επιβεβαίωση παραλαβής.

Σας καλώ εκ νέου να ικανοποιήσετε το αίτημά μου και να μου χορηγήσετε αντίγραφο των δεδομένων μου εντός δέκα (10) ημερών. Σε διαφορετική περίπτωση θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Με εκτίμηση,
Αθανάσιος Οικονόμου""",
         "Αθανάσιος Οικονόμου"),

        ("complaint", (), "Ο κωδικός μου σε απλό κείμενο;;",
         """Καλησπέρα,

Πάτησα «Ξέχασα τον κωδικό» και μου ήρθε email με τον ΠΑΛΙΟ μου κωδικό γραμμένο καθαρά μέσα στο μήνυμα. Αυτό σημαίνει ότι αποθηκεύετε τους κωδικούς των πελατών χωρίς κρυπτογράφηση, ενώ στον λογαριασμό υπάρχουν η διεύθυνσή μου, το τηλέφωνό μου και αποθηκευμένη κάρτα.

Είναι απαράδεκτο για ηλεκτρονικό κατάστημα το 2024. Έχω ήδη υποβάλει καταγγελία στην Αρχή Προστασίας Δεδομένων (επισυνάπτω τον αριθμό πρωτοκόλλου που μου έδωσαν) και έχω αλλάξει τον κωδικό σε όσες υπηρεσίες τον χρησιμοποιούσα.

Βασίλης Μακρής""",
         "Βασίλης Μακρής"),

        ("deletion", ("withdraw_consent", "objection", "restriction"), "Προσωπικά δεδομένα",
         """Αξιότιμοι κύριοι,

Χρησιμοποιώ υπόδειγμα από τον ιστότοπο ένωσης καταναλωτών, με τα δικά μου στοιχεία:

α) Ζητώ τη διαγραφή όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν, χωρίς αδικαιολόγητη καθυστέρηση (άρθρο 17 ΓΚΠΔ).
β) Ανακαλώ κάθε συγκατάθεση που σας έχω δώσει για την επεξεργασία των δεδομένων μου (άρθρο 7 παρ. 3 ΓΚΠΔ).
γ) Αντιτίθεμαι σε κάθε επεξεργασία των δεδομένων μου για σκοπούς απευθείας εμπορικής προώθησης και κατάρτισης προφίλ (άρθρο 21 ΓΚΠΔ).
δ) Μέχρι την ολοκλήρωση της διαγραφής, ζητώ τον περιορισμό της επεξεργασίας (άρθρο 18 ΓΚΠΔ).

Ονοματεπώνυμο: Χριστίνα Βλάχου
Αριθμός κάρτας μέλους: [ ]
Ημερομηνία: 21/05/2024

Με εκτίμηση,
Χ. Βλάχου""",
         "Χριστίνα Βλάχου"),

        ("other", (), "Πρόσκληση συμμετοχής σε ερευνητικό ερωτηματολόγιο – ΓΚΠΔ και ηλεκτρονικό εμπόριο",
         """Αξιότιμοι κύριοι/κυρίες,

Ονομάζομαι Ειρήνη Σταθοπούλου και είμαι υποψήφια διδάκτορας στο Τμήμα Πληροφορικής του Οικονομικού Πανεπιστημίου Αθηνών. Στο πλαίσιο της διδακτορικής μου διατριβής μελετώ τον τρόπο με τον οποίο τα ηλεκτρονικά καταστήματα στην ΕΕ διαχειρίζονται τα αιτήματα των υποκειμένων των δεδομένων.

Θα ήμουν ιδιαίτερα ευγνώμων εάν ο Υπεύθυνος Προστασίας Δεδομένων της εταιρείας σας μπορούσε να συμπληρώσει ένα σύντομο ανώνυμο ερωτηματολόγιο (περίπου 15 λεπτά) στον σύνδεσμο:
https://survey.example.org/gdpr-ecommerce

Οι ερωτήσεις αφορούν τις διαδικασίες και τα εργαλεία που χρησιμοποιείτε, όχι συγκεκριμένους πελάτες. Η έρευνα έχει εγκριθεί από την Επιτροπή Ηθικής και Δεοντολογίας της Έρευνας του Πανεπιστημίου.

Με εκτίμηση,
Ειρήνη Σταθοπούλου
Υποψήφια Διδάκτορας, ΟΠΑ""",
         "Ειρήνη Σταθοπούλου"),

        ("access", ("portability",), "",
         """Γεια σας,

Θα ήθελα αντίγραφο όλων των δεδομένων που έχετε για μένα και να μου πείτε σε ποιους τα έχετε δώσει (άρθρο 15). Επίσης, τα στοιχεία που έχω καταχωρίσει εγώ (λογαριασμός, διευθύνσεις, παραγγελίες) τα θέλω και σε αρχείο που να ανοίγει σε υπολογιστή, π.χ. CSV, για να τα μεταφέρω αλλού (άρθρο 20).

Ο λογαριασμός είναι σε αυτό το email.

Ευχαριστώ,
Άννα Λαμπράκη""",
         "Anna Lamprakis"),
    ],
    "bg": [
        ("access", (), "Заявление за достъп до лични данни",
         """ДО
Shop.example.be
Администратор на лични данни

З А Я В Л Е Н И Е
за упражняване на право на достъп до лични данни
по чл. 15 от Регламент (ЕС) 2016/679

От: Десислава Петрова Иванова
ЕГН: [..........]
Адрес за кореспонденция: [гр./с., ул., №]
Електронна поща: адресът, от който изпращам заявлението

Уважаеми дами и господа,

На основание чл. 15 от Общия регламент относно защитата на данните моля да ми потвърдите дали обработвате лични данни, свързани с мен, и ако това е така, да ми предоставите достъп до тях, както и информация относно:
1. целите на обработването;
2. категориите лични данни;
3. получателите или категориите получатели, пред които са разкрити или предстои да бъдат разкрити данните;
4. срока, за който ще се съхраняват данните;
5. източника на данните, когато не са събрани от мен;
6. наличието на автоматизирано вземане на решения, включително профилиране.

Желая информацията и копие от данните да ми бъдат предоставени по електронен път.

Дата: ............
Подпис: Д. Иванова""",
         "Десислава Иванова"),

        ("deletion", (), "Профил",
         """Здравейте,
искам да ми закриете профила и да не пазите нищо за мен – имейл, телефон, адрес, нищо. Повече няма да пазарувам при вас.
Благодаря
Стоян""",
         "Stoyan Georgiev"),

        ("correction", (), "грешен имейл и адрес в картата за лоялност",
         """Здравейте,

при регистрацията на картата за лоялност (№ 5510 2287 004) явно е станала грешка – имейлът ми е записан като ivelina.todorova@abv.bg, а правилният е ivelina.todorova1@abv.bg. Затова не получавам нищо за точките и ваучерите. Адресът също е стар, сега живея на ул. „Шипка“ 18, ет. 3, 1504 София.

Моля да ги коригирате.

Поздрави,
Ивелина Тодорова""",
         "Ивелина Тодорова"),

        ("portability", (), "Искане по чл. 20 от ОРЗД",
         """Уважаеми господа,

На основание чл. 20 от Общия регламент относно защитата на данните (ОРЗД) моля да ми предоставите личните данни, които съм ви предоставил – данни от профила, адреси за доставка, история на поръчките и точки по програмата за лоялност – в структуриран, широко използван и пригоден за машинно четене формат (CSV или JSON), на електронната поща, от която пиша.

С уважение,
Николай Стоянов
Клиентски номер: 40021876""",
         "Николай Стоянов"),

        ("restriction", (), "Запитване",
         """Здравейте,

Заминавам за дълго в чужбина и засега не искам да закривам профила си при вас, нито да изтривате данните ми. Искам обаче до мое ново уведомление да не ги използвате за нищо – без промоции, без персонализирани оферти, без предаване на партньори. Само да си стоят съхранени.

Доколкото разбирам, това е ограничаване на обработването по чл. 18 от Регламента. Моля да ми потвърдите.

С уважение,
Радостина Колева""",
         "Радостина Колева"),

        ("objection", (), "Възражение срещу обработването на лични данни",
         """Уважаеми дами и господа,

На основание чл. 21, пар. 2 от Регламент (ЕС) 2016/679 възразявам срещу обработването на моите лични данни за целите на директния маркетинг, включително профилирането, доколкото то е свързано с директния маркетинг.

Възразявам и срещу предоставянето на моите данни (имейл, телефон, история на покупките) на ваши рекламни партньори, включително чрез проследяващи пиксели и т.нар. „персонализирани аудитории“ в социалните мрежи.

Моля да ме уведомите писмено, че възражението ми е уважено.

С уважение,
адв. Петър Василев""",
         "Петър Василев"),

        ("withdraw_consent", (), "Re: Градински сезон – до -40%",
         """Оттеглям съгласието си да получавам бюлетин и рекламни съобщения от вас по имейл и SMS. Моля, махнете ме от списъка.

М. Димитрова

-------- Оригинално писмо --------
От: Shop.example.be <news@shop.example.be>
Относно: Градински сезон – до -40%""",
         "Мария Димитрова"),

        ("complaint", ("deletion",), "Повторно искане – изтриване на лични данни (без отговор)",
         """Уважаеми дами и господа,

На 05.02.2024 г. ви изпратих искане за изтриване на всички мои лични данни и закриване на профила ми на основание чл. 17 от ОРЗД. Към днешна дата, повече от два месеца по-късно, не съм получил никакъв отговор, а профилът ми е все още активен.

Настоявам отново искането ми да бъде изпълнено и да получа писмено потвърждение. В случай че не получа отговор в 14-дневен срок, ще подам жалба до Комисията за защита на личните данни.

С уважение,
Красимир Атанасов""",
         "Красимир Атанасов"),

        ("complaint", (), "Жалба до КЗЛД",
         """Уважаеми господа,

Уведомявам ви, че днес подадох жалба до Комисията за защита на личните данни срещу вашето дружество.

Преди месец помолих по телефона служител от обслужването на клиенти да ми изпрати копие на фактура. Вместо това получих на имейла си експорт от вашата система с данните на десетки други клиенти – имена, телефони, адреси и поръчки. Уведомих ви веднага, а единственият отговор беше „моля, изтрийте файла“. Никой не ми обясни дали моите данни също са били изпращани на други хора по този начин.

Файла съм изтрил, но към жалбата съм приложил екранна снимка на писмото.

Цветелина Христова""",
         "Цветелина Христова"),

        ("deletion", ("objection", "withdraw_consent"), "Лични данни",
         """Здравейте,

По образец от сайт за защита на потребителите:

1. Искам изтриване на всички мои лични данни, които обработвате (чл. 17 от ОРЗД), включително профила и картата за лоялност.
2. Възразявам срещу обработването на данните ми за директен маркетинг и профилиране (чл. 21 от ОРЗД).
3. Оттеглям всички съгласия, които съм давал (чл. 7, пар. 3 от ОРЗД).

Моля да ми потвърдите изпълнението в срока по чл. 12, пар. 3.

Име: Георги Илиев
Клиентски номер: [..........]""",
         "Георги Илиев"),

        ("other", (), "Запорно съобщение / искане за информация – изп. дело № 20247890400512",
         """ЧАСТЕН СЪДЕБЕН ИЗПЪЛНИТЕЛ
Иван Маринов, рег. № 789 на КЧСИ
район на действие: Софийски градски съд

ДО: Shop.example.be

Изх. № 18834 / 12.06.2024 г.

На основание чл. 431 и чл. 508 от Гражданския процесуален кодекс, във връзка с изпълнително дело № 20247890400512, моля в 7-дневен срок от получаване на настоящото да ми предоставите информация дали длъжникът ВАЛЕНТИН ПЕТКОВ ЙОРДАНОВ, ЕГН **********, има регистриран клиентски профил при вас, натрупани точки, ваучери или суми по сметка, подлежащи на възстановяване, както и последния известен адрес за доставка и телефон за контакт.

Отговорът може да бъде изпратен на електронния адрес на кантората или по пощата с обратна разписка.

С уважение,
ЧСИ Иван Маринов""",
         "Кантора ЧСИ Иван Маринов"),

        ("access", ("portability",), "",
         """Здравейте,

Моля, изпратете ми копие от всички лични данни, които имате за мен, и информация на кого сте ги предоставяли (чл. 15 ОРЗД).

Данните, които аз съм въвел – профил, адреси, поръчки – ги искам и във файл, който може да се обработва машинно (CSV или JSON), за да ги прехвърля при друг търговец (чл. 20).

Профилът е към този имейл.

Благодаря,
Мартин Павлов""",
         "Martin Pavlov"),
    ],
}

"""Fresh set, people: pl, cs, hr, sv, el, bg. Written apart from the rules (see make_fresh.py)."""

PEOPLE_G = {
    "pl": [
        ("access", (), "Wniosek o udzielenie informacji i dostęp do danych osobowych – art. 15 RODO", """Szanowni Państwo,

działając na podstawie art. 15 ust. 1 i 3 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO), zwracam się z wnioskiem o:

1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2. udzielenie informacji o celach przetwarzania oraz kategoriach przetwarzanych danych;
3. wskazanie odbiorców lub kategorii odbiorców, którym moje dane zostały lub zostaną ujawnione, w szczególności odbiorców w państwach trzecich;
4. wskazanie planowanego okresu przechowywania danych, a gdy nie jest to możliwe – kryteriów ustalania tego okresu;
5. podanie informacji o źródle danych, jeżeli nie zostały zebrane ode mnie;
6. informację, czy dane są wykorzystywane do zautomatyzowanego podejmowania decyzji, w tym profilowania;
7. przekazanie kopii moich danych osobowych podlegających przetwarzaniu.

Proszę również o informację o przysługujących mi prawach do żądania sprostowania, usunięcia lub ograniczenia przetwarzania oraz o prawie wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.

Odpowiedź proszę przesłać na adres e-mail, z którego wysyłam niniejszy wniosek, w terminie miesiąca od jego otrzymania (art. 12 ust. 3 RODO).

Dane identyfikacyjne:
Katarzyna Wiśniewska
ul. Mickiewicza 14/7, 31-120 Kraków
e-mail: k.wisniewska84@poczta.example.pl
nr klienta: PL-0048213

Z poważaniem
Katarzyna Wiśniewska""", "Katarzyna Wiśniewska"),
        ("access", (), "Pytanie", """hej
jakie macie o mnie dane? chodzi o konto na ten adres. chcialbym zobaczyc co tam jest u was zapisane i czy komus to przekazywaliscie, np. kurierom albo jakims firmom reklamowym
dzieki
Tomek

Wysłane z mojego iPhone'a""", "Tomasz Lis"),
        ("deletion", ("withdraw_consent",), "Żądanie usunięcia danych osobowych", """Dzień dobry,

na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa sklep, w tym danych konta klienta, historii zamówień (w zakresie, w jakim nie muszą Państwo jej przechowywać na podstawie przepisów podatkowych), adresów dostawy oraz danych w systemie CRM.

Jednocześnie oświadczam, że cofam wszystkie udzielone wcześniej zgody na przetwarzanie moich danych, w tym zgodę na otrzymywanie newslettera i informacji handlowych drogą elektroniczną.

Proszę o:
a) potwierdzenie usunięcia danych w terminie przewidzianym w art. 12 ust. 3 RODO,
b) poinformowanie odbiorców, którym moje dane zostały ujawnione, o konieczności ich usunięcia (art. 19 RODO),
c) wskazanie, jakie dane i na jakiej podstawie prawnej ewentualnie pozostaną przechowywane.

Konto zarejestrowane jest na adres: marek.zielinski@skrzynka.example.pl

Marek Zieliński
Gdańsk""", "Marek Zieliński"),
        ("deletion", (), "", """prosze usunac moje konto i wszystkie dane jakie macie. nie korzystam juz z waszego sklepu
ania nowak""", "Ania Nowak"),
        ("correction", (), "Zmiana nazwiska w koncie", """Dzień dobry,

w lipcu wyszłam za mąż i zmieniłam nazwisko z Kowalczyk na Lewandowska. W moim koncie klienta (nr 552019) nadal widnieje stare nazwisko, również w danych do faktur. Proszę o zaktualizowanie nazwiska na: Magdalena Lewandowska.

Adres i numer telefonu pozostają bez zmian.

Pozdrawiam serdecznie
Magdalena Lewandowska (d. Kowalczyk)""", "Magdalena Lewandowska"),
        ("correction", (), "zly numer", """w profilu mam stary numer telefonu 512 338 901, juz go nie uzywam. nowy to 698 204 117, prosze poprawic w koncie bo potem kurier dzwoni na stary

Piotr""", "Piotr Grabowski"),
        ("portability", (), "Wniosek o przeniesienie danych – art. 20 RODO", """Szanowni Państwo,

na podstawie art. 20 ust. 1 RODO proszę o wydanie mi danych osobowych, które Państwu dostarczyłem, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (preferowany format: JSON, ewentualnie CSV).

Wniosek obejmuje w szczególności:
– dane podane przy rejestracji konta (imię, nazwisko, adres e-mail, telefon),
– zapisane adresy dostawy,
– pełną historię zamówień wraz z listą produktów i datami,
– listę produktów zapisanych w „Ulubionych”,
– wystawione przeze mnie opinie o produktach.

Plik proszę przesłać na adres e-mail powiązany z kontem albo udostępnić do pobrania za pomocą bezpiecznego linku.

Z poważaniem
Jakub Wójcik
nr klienta 300871""", "Jakub Wójcik"),
        ("restriction", (), "Proszę nie usuwać moich danych", """Dzień dobry,

dostałem od Państwa informację, że konta nieaktywne dłużej niż 3 lata będą usuwane. Proszę, żeby mojego konta i historii zamówień NIE usuwać – prowadzę obecnie spór z producentem ekspresu, który kupiłem u Państwa w 2021 r. (zamówienie 2021/11/04587), i te dane mogą być mi potrzebne jako dowód w sądzie.

Jednocześnie nie chcę, żeby były one w tym czasie do czegokolwiek wykorzystywane – żadnych analiz, kampanii, przekazywania partnerom. Mają zostać po prostu zachowane i zablokowane do czasu zakończenia sprawy, o czym dam znać.

Pozdrawiam
Grzegorz Kamiński""", "Grzegorz Kamiński"),
        ("objection", (), "Sprzeciw wobec przetwarzania danych osobowych", """Szanowni Państwo,

zgodnie z art. 21 ust. 2 i 3 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem.

Niezależnie od powyższego, na podstawie art. 21 ust. 1 RODO wnoszę sprzeciw wobec przetwarzania moich danych w oparciu o Państwa prawnie uzasadniony interes (art. 6 ust. 1 lit. f RODO), w szczególności w celu:
1) analizy mojej historii zakupów i zachowania na stronie,
2) tworzenia segmentów klientów i „rekomendacji”,
3) mierzenia otwarć wiadomości i kliknięć.

Moja szczególna sytuacja polega na tym, że ze względów osobistych nie życzę sobie tworzenia jakiegokolwiek profilu moich zainteresowań zakupowych.

Proszę o potwierdzenie zaprzestania powyższego przetwarzania.

Z poważaniem
Ewa Szymańska
e-mail konta: ewa.szymanska@poczta.example.pl""", "Ewa Szymańska"),
        ("objection", (), "", """nie zycze sobie zeby wasz system analizowal co kupuje i ogladam na stronie a potem mi podsuwal 'polecane dla ciebie'. wylaczcie to dla mojego konta. dane niech zostana, zamowienia dalej normalnie robie

Pawel D.""", "Paweł Duda"),
        ("withdraw_consent", (), "Re: Majówka -20% na wszystko!", """Proszę mnie wypisać z tej listy mailingowej. Kiedyś zaznaczyłam zgodę przy zakupach, ale już nie chcę dostawać takich wiadomości.

Barbara Kaczmarek

W dniu pon., 29.04.2024 o 10:02 Shop Newsletter <newsletter@shop.example.be> napisał(a):
> Majówka w Shop! Rabat -20% na cały asortyment tylko do 5 maja.
> Sprawdź nowości w kategorii Ogród i Grill.
>
> Nie chcesz otrzymywać naszych wiadomości? Zarządzaj subskrypcją w ustawieniach konta.""", "Barbara Kaczmarek"),
        ("withdraw_consent", (), "sms", """Dzien dobry, prosze juz nie wysylac mi smsow z promocjami, wycofuje zgode na smsy. tel 604 119 552
Krystyna""", "Krystyna Pawlak"),
        ("complaint", ("deletion",), "Ponowne wezwanie – brak odpowiedzi na żądanie usunięcia danych z dnia 12.03.2024", """Szanowni Państwo,

w dniu 12 marca 2024 r. przesłałem na adres privacy@shop.example.be żądanie usunięcia moich danych osobowych na podstawie art. 17 RODO (treść poniżej). Do dnia dzisiejszego, tj. po upływie ponad miesiąca, nie otrzymałem żadnej odpowiedzi, a na moją skrzynkę nadal przychodzą Państwa wiadomości.

Przypominam, że zgodnie z art. 12 ust. 3 RODO administrator ma obowiązek udzielić informacji o działaniach podjętych w związku z żądaniem bez zbędnej zwłoki, w każdym razie w terminie miesiąca od otrzymania żądania.

Ponownie wzywam do usunięcia moich danych i potwierdzenia tego na piśmie w terminie 7 dni. W przypadku braku odpowiedzi złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych.

Andrzej Jankowski

---------- Wiadomość przekazana dalej ----------
Od: Andrzej Jankowski <a.jankowski@skrzynka.example.pl>
Data: 12 mar 2024, 18:47
Temat: Usunięcie danych
Do: privacy@shop.example.be

Dzień dobry, proszę o usunięcie mojego konta i wszystkich moich danych osobowych zgodnie z art. 17 RODO.
Andrzej Jankowski""", "Andrzej Jankowski"),
        ("other", (), "Aplikacja – Specjalista ds. obsługi klienta (j. polski)", """Dzień dobry,

w odpowiedzi na ogłoszenie opublikowane na portalu pracy przesyłam w załączeniu swoje CV oraz list motywacyjny na stanowisko Specjalisty ds. obsługi klienta z językiem polskim. Od czterech lat pracuję w dziale obsługi klienta sklepu internetowego i chętnie przeprowadzę się do Belgii.

Nie byłam pewna, na jaki adres wysłać zgłoszenie – jeśli to nie ten, bardzo proszę o przekazanie do działu HR.

Z pozdrowieniami
Joanna Mazur
tel. +48 501 772 340

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji procesu rekrutacji (zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (RODO)).""", "Joanna Mazur"),
        ("other", (), "Zamówienie 100234 – zmiana adresu dostawy", """Dzień dobry,

złożyłem wczoraj zamówienie nr 100234 i dopiero teraz zauważyłem, że wybrał się domyślny adres (ul. Lipowa 3, Poznań), a paczka ma iść do mojej mamy: ul. Słoneczna 18, 62-020 Swarzędz. Czy da się to jeszcze zmienić dla tego jednego zamówienia? Adres w koncie proszę zostawić bez zmian.

Dziękuję
Łukasz Dąbrowski""", "Łukasz Dąbrowski"),
    ],
    "cs": [
        ("access", (), "Žádost o přístup k osobním údajům podle čl. 15 GDPR", """Vážení,

v souladu s čl. 15 nařízení Evropského parlamentu a Rady (EU) 2016/679 (obecné nařízení o ochraně osobních údajů, GDPR) Vás žádám o sdělení, zda zpracováváte mé osobní údaje, a pokud ano, o poskytnutí následujících informací:

a) účely zpracování;
b) kategorie dotčených osobních údajů;
c) příjemci nebo kategorie příjemců, kterým osobní údaje byly nebo budou zpřístupněny, zejména příjemci ve třetích zemích;
d) plánovaná doba uložení osobních údajů, nebo není-li ji možné určit, kritéria použitá ke stanovení této doby;
e) veškeré dostupné informace o zdroji osobních údajů, pokud nebyly získány ode mne;
f) skutečnost, zda dochází k automatizovanému rozhodování, včetně profilování.

Zároveň žádám o poskytnutí kopie zpracovávaných osobních údajů podle čl. 15 odst. 3 GDPR, a to v elektronické podobě.

Pro účely ověření mé totožnosti uvádím:
jméno a příjmení: Jana Dvořáková
datum narození: 14. 6. 1979
e-mail uvedený v zákaznickém účtu: jana.dvorakova@posta.example.cz

Děkuji za vyřízení ve lhůtě stanovené v čl. 12 odst. 3 GDPR.

S pozdravem
Jana Dvořáková
Brno""", "Jana Dvořáková"),
        ("access", (), "Dotaz", """dobry den, co vsechno o mne mate ulozeno? ucet mam u vas asi od 2019. a jestli to nekomu predavate. dekuji Novak""", "Petr Novák"),
        ("deletion", (), "Zrušení účtu", """Dobrý den,

prosím o zrušení mého zákaznického účtu (registrován na e-mail m.svobodova@seznam.example.cz) a o výmaz všech osobních údajů, které ke mně evidujete – adresy, telefonní číslo, historie nákupů, prostě všechno, co nemusíte uchovávat ze zákona.

Poslední objednávku mám vyřízenou a žádné reklamace neběží, takže by to neměl být problém.

Prosím o krátké potvrzení, až to bude hotové.

Děkuji
Markéta Svobodová""", "Markéta Svobodová"),
        ("deletion", ("withdraw_consent",), "", """smazte muj ucet a prestante mi posilat ty maily s akcemi, uz me to fakt nebavi
L. Černý""", "Lukáš Černý"),
        ("correction", (), "Žádost o opravu nepřesných osobních údajů (čl. 16 GDPR)", """Vážení,

podle čl. 16 obecného nařízení o ochraně osobních údajů Vás žádám o bezodkladnou opravu nepřesných osobních údajů, které o mně vedete ve svém zákaznickém systému:

1. datum narození – evidujete 3. 11. 1990, správně je 3. 1. 1990;
2. adresa bydliště – evidujete Štefánikova 21, Praha 5, správně je Na Hřebenkách 48, 150 00 Praha 5;
3. příjmení – v e-mailech od Vás se objevuje „Prochazka“ bez diakritiky, správně je „Procházka“.

Prosím o potvrzení provedení opravy a o informování případných příjemců, kterým byly nepřesné údaje předány (čl. 19 GDPR).

S pozdravem
Ing. Tomáš Procházka
zákaznické číslo: CZ-771204""", "Tomáš Procházka"),
        ("correction", (), "Re: Potvrzení objednávky č. 2024-30917", """Dobrý den,

objednávka dorazila v pořádku (ještě na starou adresu, kde ji převzala sestra), děkuji. Všimla jsem si ale, že v mém účtu je pořád uvedená ta stará adresa v Olomouci. Od března bydlím v Ostravě, tak to prosím přepište natrvalo v profilu:

Zdeňka Horáková
Nádražní 112
702 00 Ostrava

Díky!
Zdeňka Horáková

Dne čt 18. 4. 2024 9:15 uživatel Shop <objednavky@shop.example.be> napsal:
> Dobrý den, paní Horáková,
> děkujeme za Vaši objednávku č. 2024-30917.
> Doručovací adresa: Zahradní 7, 779 00 Olomouc
> Váš tým Shop""", "Zdeňka Horáková"),
        ("portability", (), "Export mých dat", """Dobrý den,

přecházím k jinému obchodu a rád bych si vzal s sebou svoje data – historii objednávek, uložené adresy a seznam oblíbených produktů. Šlo by mi to poslat ve strojově čitelném formátu, ideálně CSV nebo JSON? PDF s výpisem mi nepomůže, potřebuju to naimportovat jinam.

Pokud je to možné, klidně to můžete předat rovnou tomu novému obchodu, ale stačí mi i soubor e-mailem.

S pozdravem
Ondřej Kučera""", "Ondřej Kučera"),
        ("restriction", (), "Žádost o omezení zpracování osobních údajů", """Vážení,

ve Vašem zákaznickém systému je u mého účtu (č. 448120) uvedeno, že jsem v letech 2022–2023 uskutečnil 14 objednávek a mám status „rizikový zákazník – časté vratky“. Přesnost těchto údajů popírám; ve skutečnosti jsem u Vás nakoupil pouze třikrát a nic jsem nevracel. Domnívám se, že došlo k záměně s jiným zákazníkem.

Na základě čl. 18 odst. 1 písm. a) GDPR proto žádám o omezení zpracování mých osobních údajů po dobu, během níž ověříte jejich přesnost. Po tuto dobu prosím údaje pouze uložte a nepoužívejte je zejména pro hodnocení zákazníků, nastavení platebních metod ani marketing.

Prosím o informaci předtím, než bude omezení zpracování zrušeno (čl. 18 odst. 3 GDPR).

S pozdravem
Radek Veselý""", "Radek Veselý"),
        ("objection", (), "Námitka proti zpracování osobních údajů pro účely přímého marketingu", """Vážení,

podle čl. 21 odst. 2 GDPR vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu, včetně profilování, které s tímto marketingem souvisí. Dále podle čl. 21 odst. 1 GDPR vznáším námitku proti zpracování mých údajů na základě Vašeho oprávněného zájmu, konkrétně proti:

– vyhodnocování mého nákupního chování a chování na webu,
– zařazování do marketingových segmentů,
– zasílání tištěných katalogů na mou adresu.

Žádám, abyste mé osobní údaje pro tyto účely dále nezpracovávali, a o písemné potvrzení.

S pozdravem
Mgr. Lucie Marková
Plzeň""", "Lucie Marková"),
        ("objection", (), "sledovani", """nesouhlasim s tim ze sledujete co si u vas na webu prohlizim a podle toho mi pak ukazujete reklamy vsude po internetu. u meho uctu at se to neprovadi.
david""", "David Král"),
        ("withdraw_consent", (), "Re: newsletter", """odhlaste me prosim z newsletteru, odkaz dole v mailu hazi chybu 404. diky""", "Klára Němcová"),
        ("withdraw_consent", (), "Odvolání souhlasu", """Dobrý den,

při registraci jsem zaškrtl souhlas se zasíláním obchodních sdělení e-mailem i SMS. Tento souhlas tímto odvolávám v plném rozsahu. Účet si chci ponechat, jen už nechci dostávat žádné nabídky ani slevové kódy.

Děkuji
Jiří Pospíšil
tel. 777 412 905""", "Jiří Pospíšil"),
        ("complaint", ("withdraw_consent",), "Stále mi chodí reklamní e-maily – stížnost", """Dobrý den,

už potřetí píšu, že si nepřeji dostávat Vaše reklamní e-maily. Naposledy jsem se 2. února odhlásil přes odkaz v e-mailu a dostal potvrzení „Byli jste úspěšně odhlášeni“. Od té doby mi přišlo dalších sedm newsletterů, včera dokonce dva.

Tohle je přesně to, co GDPR i zákon o některých službách informační společnosti zakazuje. Pokud mi do týdne nepřestanou chodit, podám stížnost na Úřad pro ochranu osobních údajů a přiložím všechny ty e-maily.

Okamžitě mě vyřaďte ze všech seznamů.

Vladimír Kříž""", "Vladimír Kříž"),
        ("other", (), "Dotaz k bakalářské práci – GDPR v e-commerce", """Dobrý den,

jsem studentka 3. ročníku Vysoké školy ekonomické v Praze a píšu bakalářskou práci na téma implementace GDPR v menších e-shopech. Chtěla bych se zeptat, zda byste mi mohli zodpovědět několik obecných otázek:

1. Máte jmenovaného pověřence pro ochranu osobních údajů?
2. Jak dlouho Vám obvykle trvá vyřízení žádosti zákazníka o výmaz nebo o přístup k údajům?
3. Používáte pro správu souhlasů nějaký specializovaný nástroj?

Nejde mi o žádné konkrétní osobní údaje, odpovědi použiji anonymně. Předem děkuji za Váš čas.

S pozdravem
Tereza Malá
VŠE Praha""", "Tereza Malá"),
        ("other", (), "Faktura k objednávce", """Dobrý den, k objednávce 2024-41188 mi nepřišla faktura, jen potvrzení platby. Potřebuju ji do účetnictví (nakupoval jsem na firmu, IČO 08812345 jsem zadával v košíku). Můžete mi ji prosím poslat? Díky, Martin Beneš""", "Martin Beneš"),
    ],
    "hr": [
        ("access", (), "Zahtjev za pristup osobnim podacima", """Poštovani,

temeljem članka 15. Uredbe (EU) 2016/679 Europskog parlamenta i Vijeća (Opća uredba o zaštiti podataka) molim Vas da mi potvrdite obrađujete li moje osobne podatke te, ako ih obrađujete, da mi omogućite pristup tim podacima i sljedećim informacijama:

1. svrhe obrade;
2. kategorije osobnih podataka koji se obrađuju;
3. primatelji ili kategorije primatelja kojima su osobni podaci otkriveni ili će im biti otkriveni;
4. predviđeno razdoblje u kojem će osobni podaci biti pohranjeni;
5. izvor podataka, ako podaci nisu prikupljeni od mene;
6. postojanje automatiziranog donošenja odluka, uključujući izradu profila.

Molim da mi dostavite i kopiju osobnih podataka koje obrađujete, u elektroničkom obliku, na adresu e-pošte s koje šaljem ovaj zahtjev.

Podaci za identifikaciju:
Ime i prezime: Marija Horvat
Adresa: Vukovarska 58, 10000 Zagreb
Broj korisničkog računa: HR-220457

Unaprijed zahvaljujem.

S poštovanjem,
Marija Horvat""", "Marija Horvat"),
        ("access", (), "Upit", """bok, dobio sam sms od vas s kodom za popust. zanima me odakle vam moj broj mobitela, ne sjecam se da sam vam ga davao. i koje jos podatke imate o meni?
Dario""", "Dario Božić"),
        ("deletion", (), "Zahtjev za brisanje osobnih podataka („pravo na zaborav“)", """Poštovani,

pozivajući se na članak 17. Opće uredbe o zaštiti podataka (GDPR), zahtijevam brisanje svih mojih osobnih podataka koje obrađujete, budući da više nisu nužni u odnosu na svrhe za koje su prikupljeni.

Zahtjev se odnosi na:
– korisnički račun registriran na adresu ana.babic@posta.example.hr,
– sve spremljene adrese za dostavu i brojeve telefona,
– podatke u Vašem CRM sustavu i bazama za slanje obavijesti,
– podatke koje ste eventualno proslijedili partnerima i izvršiteljima obrade.

Ukoliko neke podatke morate čuvati zbog zakonskih obveza (npr. račune), molim da me o tome obavijestite uz navođenje pravne osnove i roka čuvanja.

Molim pisanu potvrdu o provedenom brisanju u roku od mjesec dana.

S poštovanjem,
Ana Babić
Split""", "Ana Babić"),
        ("deletion", (), "Re: Vaš korisnički račun uskoro postaje neaktivan", """Slobodno ga obrišite. I ne samo račun, nego sve što imate o meni, ne planiram više kupovati kod vas.

Goran

Dana uto, 7. svi 2024. u 08:30 Shop <noreply@shop.example.be> je napisao/la:
> Poštovani Gorane,
> primijetili smo da se u Vaš korisnički račun niste prijavili više od 24 mjeseca.
> Prijavite se u sljedećih 30 dana kako biste zadržali svoj račun i skupljene bodove.
> Vaš Shop tim""", "Goran Kovačević"),
        ("correction", (), "", """bok, u profilu mi pise Ivan Jurić a ja sam Ivana Jurić 🙂 mozete ispraviti ime? na racunima isto krivo pise. hvala""", "Ivana Jurić"),
        ("correction", (), "Promjena e-mail adrese na računu", """Poštovani,

moja stara e-mail adresa (t.novak@stari-mail.example.hr) više ne postoji jer sam promijenio pružatelja usluge. Molim da u mom korisničkom računu (broj kupca 310882) staru adresu zamijenite novom: tomislav.novak@posta.example.hr – s koje Vam i pišem.

Preko web stranice to ne mogu sam promijeniti jer sustav traži potvrdu na staru adresu, kojoj više nemam pristup.

Lijep pozdrav,
Tomislav Novak""", "Tomislav Novak"),
        ("portability", ("deletion",), "Zahtjev za prijenos podataka – čl. 20. GDPR", """Poštovani,

sukladno članku 20. Opće uredbe o zaštiti podataka tražim da mi osobne podatke koje sam Vam pružio dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (JSON ili CSV).

To se posebno odnosi na:
1. podatke iz korisničkog profila;
2. povijest narudžbi s popisom artikala, cijenama i datumima;
3. listu želja i spremljene košarice;
4. recenzije koje sam objavio.

Ako je tehnički izvedivo, molim da podatke izravno prenesete novom pružatelju usluge (čl. 20. st. 2.); u suprotnom mi ih pošaljite na ovu adresu e-pošte.

Nakon što prijenos bude dovršen, molim da moj račun i pripadajuće podatke obrišete.

S poštovanjem,
Krešimir Matić
Osijek""", "Krešimir Matić"),
        ("restriction", (), "Molim da ne brišete moje podatke", """Poštovani,

prije dva tjedna razmišljala sam o tome da zatražim brisanje računa, ali u međuvremenu mi je zatrebala dokumentacija za jamstveni spor oko perilice kupljene kod Vas (narudžba 2022-118540). Molim da zasad NE brišete moje podatke ni povijest narudžbi, nego da ih samo sačuvate i ne koristite ni za što drugo – bez analiza, kampanja ili slanja partnerima – dok se spor ne riješi.

Javit ću Vam kad bude gotovo.

Hvala,
Snježana Pavić""", "Snježana Pavić"),
        ("objection", (), "Prigovor na obradu osobnih podataka", """Poštovani,

na temelju članka 21. stavka 1. Opće uredbe o zaštiti podataka podnosim prigovor na obradu mojih osobnih podataka koja se temelji na Vašem legitimnom interesu (čl. 6. st. 1. t. f), a posebno na:

a) analitiku ponašanja na web stranici i u mobilnoj aplikaciji,
b) izradu profila kupca i predviđanje mojih budućih kupnji,
c) mjerenje otvaranja i klikova u e-porukama.

Također, sukladno čl. 21. st. 2., prigovaram obradi u svrhe izravnog marketinga.

Molim da prestanete s navedenom obradom i da mi to pisano potvrdite.

S poštovanjem,
Luka Knežević""", "Luka Knežević"),
        ("objection", (), "personalizacija", """ne zelim da radite profil od mene na temelju kupovine. iskljucite te "preporuke za vas" i ne analizirajte kako se ponasam na stranici. racun ostaje.
m.""", "Mirela Šarić"),
        ("withdraw_consent", (), "Re: Tjedni popusti 🔥", """odjavite me s newslettera molim vas. hvala

Dana pet, 10. svi 2024. u 07:00 Shop <newsletter@shop.example.be> je napisao/la:
> Ovaj tjedan do -30 % na kućanske aparate!""", "Petra Vuković"),
        ("withdraw_consent", (), "Povlačenje privole", """Poštovani,

ovim putem povlačim privolu koju sam dala prilikom registracije za primanje marketinških obavijesti putem e-pošte i SMS-a. Molim da me uklonite s popisa za slanje. Korisnički račun želim zadržati.

Broj mobitela na koji stižu poruke: 091 552 7840

Lijep pozdrav,
Ivana Perić""", "Ivana Perić"),
        ("complaint", ("access",), "Drugi podsjetnik – zahtjev za pristup podacima od 2. veljače 2024.", """Poštovani,

dana 2. veljače 2024. uputila sam Vam zahtjev za pristup osobnim podacima temeljem čl. 15. GDPR-a. Nakon toga sam 8. ožujka poslala podsjetnik. Do danas nisam dobila nikakav odgovor, čak ni potvrdu primitka, iako je rok od mjesec dana iz čl. 12. st. 3. odavno istekao.

Ponovno tražim:
– potvrdu obrađujete li moje osobne podatke,
– kopiju tih podataka,
– informacije o svrhama obrade, primateljima i roku čuvanja.

Ako u roku od 8 dana ne dobijem odgovor, podnijet ću zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka (AZOP).

S poštovanjem,
Jelena Tomić""", "Jelena Tomić"),
        ("other", (), "GDPR usklađenost za Vašu web trgovinu – besplatna demonstracija", """Poštovani,

jeste li sigurni da je Vaša web trgovina u potpunosti usklađena s GDPR-om? Kazne mogu iznositi do 20 milijuna eura ili 4 % godišnjeg prometa.

Naša platforma PrivaGuard automatski:
✔ upravlja privolama i kolačićima,
✔ vodi evidenciju aktivnosti obrade,
✔ obrađuje zahtjeve ispitanika (pristup, brisanje, prijenos) u nekoliko klikova.

Rado bismo Vam u 20 minuta pokazali kako to funkcionira. Odgovara li Vam termin sljedeći tjedan?

Srdačan pozdrav,
Nikola Radić
Voditelj prodaje | PrivaGuard d.o.o.
Ilica 242, Zagreb
+385 1 555 0192""", "Nikola Radić"),
        ("other", (), "Ne mogu se prijaviti", """Pozdrav, vec dva dana se ne mogu prijaviti u svoj racun, pise "pogresna lozinka", a kad kliknem na zaboravljenu lozinku ne stigne nikakav mail (provjerila sam i spam). email racuna je sanja.k@posta.example.hr. Mozete pomoci? Imam stvari u kosarici koje bih htjela naruciti.
Sanja Kolar""", "Sanja Kolar"),
    ],
    "sv": [
        ("access", (), "Begäran om registerutdrag enligt artikel 15 GDPR", """Hej,

Jag begär härmed, med stöd av artikel 15 i dataskyddsförordningen (GDPR), ett registerutdrag över de personuppgifter om mig som ni behandlar.

Jag vill få följande:
1. En kopia av samtliga personuppgifter om mig som ni behandlar.
2. Ändamålen med behandlingen och den rättsliga grunden för varje ändamål.
3. Vilka kategorier av personuppgifter som behandlas.
4. Vilka mottagare (eller kategorier av mottagare) som har fått ta del av uppgifterna, särskilt mottagare utanför EU/EES.
5. Hur länge uppgifterna kommer att lagras.
6. Varifrån uppgifterna har hämtats, om de inte har samlats in från mig.
7. Om automatiserat beslutsfattande, inklusive profilering, förekommer, och i så fall information om logiken bakom.

Mina uppgifter för identifiering:
Namn: Anna Lindqvist
E-post kopplad till kundkontot: anna.lindqvist@post.example.se
Kundnummer: SE-104492

Jag ser fram emot ert svar inom en månad enligt artikel 12.3.

Med vänliga hälsningar
Anna Lindqvist
Uppsala""", "Anna Lindqvist"),
        ("access", (), "Fråga", """hej! vad har ni sparat om mig egentligen? och har ni delat det med nån, typ facebook eller google? mitt konto är på den här mejlen
/Johan""", "Johan Berg"),
        ("deletion", (), "", """radera mitt konto tack. och allt ni har om mig.

Skickat från min Android""", "Erik Nilsson"),
        ("deletion", ("objection",), "Begäran om radering av personuppgifter (artikel 17 GDPR)", """Till personuppgiftsansvarig,

Med stöd av artikel 17 i dataskyddsförordningen begär jag att ni utan onödigt dröjsmål raderar samtliga personuppgifter som ni behandlar om mig. Uppgifterna är inte längre nödvändiga för de ändamål för vilka de samlades in, eftersom jag inte längre är kund hos er.

Begäran omfattar bland annat:
- mitt kundkonto och tillhörande profiluppgifter,
- sparade leveransadresser och telefonnummer,
- köphistorik i den mån ni inte är skyldiga att spara den enligt bokföringslagen,
- uppgifter i ert CRM-system och i utskickslistor.

Jag invänder dessutom enligt artikel 21 mot all behandling som ni utför med stöd av berättigat intresse, inklusive analys av min köphistorik, fram till dess att raderingen är genomförd.

Vänligen bekräfta skriftligen när raderingen är utförd och informera eventuella mottagare enligt artikel 19.

Med vänlig hälsning
Karin Sjöberg
Göteborg""", "Karin Sjöberg"),
        ("correction", (), "Ny adress", """Hej,

Jag har flyttat och vill att ni uppdaterar adressen i mitt kundkonto. Den gamla adressen (Storgatan 12, Västerås) stämmer inte längre.

Ny adress:
Mats Eriksson
Björkvägen 5B
722 14 Västerås

Det går inte att ändra själv på Mina sidor, fältet är gråat.

Tack på förhand!
Mats Eriksson
Kundnr 208115""", "Mats Eriksson"),
        ("correction", (), "Re: Grattis på födelsedagen från Shop! 🎂", """Tack, men jag fyller faktiskt inte år idag. Ni har registrerat fel födelsedatum, 1987-03-12, det ska vara 1978-12-03. Kan ni rätta det i mitt konto?

Hälsningar
Lena Holm

Den 12 mars 2024 09:00 skrev Shop <nyhetsbrev@shop.example.be>:
> Grattis på födelsedagen, Lena!
> Som present får du 15 % rabatt på hela sortimentet i sju dagar.
> Använd koden GRATTIS15 i kassan.""", "Lena Holm"),
        ("portability", (), "Kan jag få ut min data?", """Hej!

Jag håller på att samla all min köphistorik från olika butiker i ett eget budgetprogram. Kan ni skicka mina uppgifter – alltså beställningar, datum, produkter och belopp plus mina kontouppgifter – i ett maskinläsbart format, typ CSV eller JSON? En PDF går tyvärr inte att läsa in.

Jag vet att man har rätt till dataportabilitet enligt GDPR, så jag hoppas att det inte är något konstigt.

Tack!
Sara Andersson""", "Sara Andersson"),
        ("restriction", (), "Begäran om begränsning av behandling enligt artikel 18 GDPR", """Hej,

I ert system står det att jag har en obetald faktura (order 2023-55812), och därför har ni spärrat betalning mot faktura på mitt konto. Jag bestrider att uppgiften stämmer – fakturan betalades den 2 oktober 2023 och jag har kvitto från banken.

Med stöd av artikel 18.1 a i dataskyddsförordningen begär jag därför att ni begränsar behandlingen av mina personuppgifter under den tid det tar för er att kontrollera uppgifternas riktighet. Under den tiden ska uppgifterna endast lagras och inte användas för kreditbedömning, marknadsföring eller överföring till tredje part, till exempel inkassobolag.

Meddela mig innan begränsningen hävs, i enlighet med artikel 18.3.

Med vänliga hälsningar
Per Gustafsson""", "Per Gustafsson"),
        ("objection", (), "Invändning mot profilering", """Hej,

Jag har märkt att erbjudandena jag får från er, både på sajten och i mejlen, är väldigt tydligt anpassade efter vad jag köpt och tittat på. Jag vill inte att ni bygger en profil på mig på det sättet och motsätter mig att min köphistorik och mitt surfbeteende används för personalisering och riktad marknadsföring.

Kontot vill jag behålla och jag handlar gärna hos er även i fortsättningen – bara utan profileringen.

Mvh
Helena Larsson""", "Helena Larsson"),
        ("objection", (), "spårning i mejlen", """ni har spårningspixlar i era mejl och mäter när jag öppnar dem och vad jag klickar på. det vill jag inte, sluta med det för min del. orderbekräftelser osv vill jag fortfarande ha
/oskar""", "Oskar Lund"),
        ("withdraw_consent", (), "avregistrering", """avregistrera mig från nyhetsbrevet tack, får alldeles för många mejl""", "Maria Johansson"),
        ("withdraw_consent", (), "Re: Veckans erbjudanden – upp till 40 % rabatt", """Hej,

Jag vill inte längre få era utskick, varken nyhetsbrev eller erbjudanden. Jag återkallar mitt samtycke till marknadsföring. Kontot får ligga kvar.

Hälsningar
Gunnar Axelsson

-----Ursprungligt meddelande-----
Från: Shop <nyhetsbrev@shop.example.be>
Skickat: den 6 maj 2024 07:45
Till: gunnar.axelsson@post.example.se
Ämne: Veckans erbjudanden – upp till 40 % rabatt

Hej Gunnar!
Den här veckan har vi sänkt priserna på hela köksavdelningen.
Avregistrera dig här om du inte vill ha fler nyhetsbrev.""", "Gunnar Axelsson"),
        ("complaint", (), "Har ni läckt mina uppgifter??", """Hej,

Igår fick jag ett bluffmejl där avsändaren låtsades vara er kundtjänst. De hade mitt fullständiga namn, min adress OCH ordernumret på min senaste beställning hos er (2024-77310). Den informationen finns bara hos er.

Det här är helt oacceptabelt. Antingen har ni haft ett dataintrång eller så har ni lämnat ut uppgifterna till någon som inte kan hantera dem. Ni har inte informerat mig om någonting.

Jag kommer att anmäla detta till Integritetsskyddsmyndigheten (IMY) om jag inte får en ordentlig förklaring inom kort.

Ingrid Persson""", "Ingrid Persson"),
        ("other", (), "Återbetalning har inte kommit", """Hej,

Jag returnerade en jacka (order 2024-65021) för tre veckor sedan och fick bekräftelse på att returen togs emot den 15 april. Pengarna har fortfarande inte kommit tillbaka till mitt konto. Jag betalade med kort. Kan ni kolla vad som hänt?

Mitt kundkonto är registrerat på den här mejladressen.

Tack
Linnea Ström""", "Linnea Ström"),
        ("other", (), "Trasig vattenkokare", """Hej, vattenkokaren jag köpte i mars (Kettle Pro 1,7 l) har slutat fungera, lampan tänds men den värmer inte. Hur gör jag för att reklamera? Har kvittot kvar. /Björn Hedlund""", "Björn Hedlund"),
    ],
    "el": [
        ("access", (), "Αίτημα πρόσβασης σε προσωπικά δεδομένα (άρθρο 15 ΓΚΠΔ)", """Αξιότιμοι κύριοι/κυρίες,

Με την παρούσα και σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ), καθώς και τον ν. 4624/2019, ασκώ το δικαίωμα πρόσβασης στα προσωπικά μου δεδομένα και ζητώ:

1. Επιβεβαίωση για το αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν.
2. Αντίγραφο όλων των δεδομένων μου που τηρείτε.
3. Τους σκοπούς της επεξεργασίας και τη νομική βάση για τον καθένα.
4. Τους αποδέκτες ή τις κατηγορίες αποδεκτών στους οποίους κοινολογήθηκαν τα δεδομένα, ιδίως σε τρίτες χώρες.
5. Το χρονικό διάστημα για το οποίο θα αποθηκευτούν τα δεδομένα.
6. Την πηγή από την οποία προέρχονται, εφόσον δεν συλλέχθηκαν από εμένα.
7. Αν λαμβάνει χώρα αυτοματοποιημένη λήψη αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Στοιχεία ταυτοποίησης:
Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος
Email λογαριασμού: g.papadopoulos@mail.example.gr
Αριθμός πελάτη: GR-331208

Παρακαλώ να απαντήσετε εντός της προθεσμίας ενός μηνός που προβλέπει το άρθρο 12 παρ. 3 ΓΚΠΔ.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Θεσσαλονίκη""", "Γεώργιος Παπαδόπουλος"),
        ("access", (), "Ερώτηση", """Καλησπέρα, θα ήθελα να μάθω ποια στοιχεία μου έχετε κρατημένα και αν γίνεται να μου στείλετε ένα αντίγραφο. Ευχαριστώ.
Ελένη""", "Ελένη Κωνσταντίνου"),
        ("deletion", (), "", """διαγραψτε τον λογαριασμο μου και ολα τα στοιχεια μου παρακαλω. δεν θελω να εχω πια καμια σχεση με το καταστημα
νικος""", "Νίκος Γεωργίου"),
        ("deletion", ("withdraw_consent",), "Κλείσιμο λογαριασμού", """Καλημέρα σας,

Θα ήθελα να κλείσετε οριστικά τον λογαριασμό μου στο κατάστημά σας και να σβήσετε όλα τα προσωπικά μου δεδομένα (διευθύνσεις, τηλέφωνα, ιστορικό παραγγελιών, εφόσον δεν το χρειάζεστε για φορολογικούς λόγους). Μέχρι να γίνει αυτό, σας παρακαλώ να σταματήσετε άμεσα και την αποστολή του newsletter.

Ο λογαριασμός είναι με το email από το οποίο σας γράφω.

Ευχαριστώ,
Μαρία Αντωνίου""", "Μαρία Αντωνίου"),
        ("correction", (), "Αίτημα διόρθωσης προσωπικών δεδομένων – άρθρο 16 ΓΚΠΔ", """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 16 του ΓΚΠΔ, ζητώ τη διόρθωση των ανακριβών προσωπικών δεδομένων που τηρείτε για εμένα στο σύστημά σας:

α) Επώνυμο: εμφανίζεται ως «Dimitriou», ενώ το σωστό, όπως στο διαβατήριό μου, είναι «Dimitriadis».
β) Τηλέφωνο επικοινωνίας: εμφανίζεται 6944 112233, το σωστό είναι 6977 458 210.
γ) Διεύθυνση: Εγνατίας 45 αντί του σωστού Εγνατίας 145, 546 30 Θεσσαλονίκη.

Παρακαλώ να με ενημερώσετε εγγράφως για την ολοκλήρωση της διόρθωσης, καθώς και να ενημερώσετε τους αποδέκτες στους οποίους έχουν διαβιβαστεί τα ανακριβή στοιχεία (άρθρο 19 ΓΚΠΔ).

Με τιμή,
Κωνσταντίνος Δημητριάδης
Αριθμός πελάτη: GR-118734""", "Κωνσταντίνος Δημητριάδης"),
        ("correction", (), "νεο κινητο", """αλλαξα κινητο, το νεο ειναι 6981 234 567. περαστε το στο προφιλ μου γιατι το παλιο δεν υπαρχει πια. ευχαριστω
Σοφία Μ.""", "Σοφία Μιχαηλίδου"),
        ("portability", (), "Άσκηση δικαιώματος φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)", """Αξιότιμοι κύριοι/κυρίες,

Δυνάμει του άρθρου 20 του Κανονισμού (ΕΕ) 2016/679, ζητώ να λάβω τα δεδομένα προσωπικού χαρακτήρα που με αφορούν και τα οποία σας έχω παράσχει, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο, κατά προτίμηση JSON ή CSV.

Το αίτημα αφορά ιδίως:
- τα στοιχεία του λογαριασμού μου (ονοματεπώνυμο, email, τηλέφωνο),
- τις αποθηκευμένες διευθύνσεις αποστολής,
- το πλήρες ιστορικό παραγγελιών με προϊόντα, ποσά και ημερομηνίες,
- τη λίστα επιθυμιών μου.

Παρακαλώ να μου αποστείλετε το αρχείο στη διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού μου ή μέσω ασφαλούς συνδέσμου λήψης.

Με εκτίμηση,
Αθανάσιος Βασιλείου
Αριθμός πελάτη: GR-240519""", "Αθανάσιος Βασιλείου"),
        ("restriction", (), "Περιορισμός επεξεργασίας – όχι διαγραφή", """Καλησπέρα σας,

Είχα σκεφτεί να ζητήσω διαγραφή του λογαριασμού μου, αλλά τελικά δεν θέλω να σβηστούν τα στοιχεία μου, γιατί βρίσκομαι σε δικαστική διαφορά με την εταιρεία courier για ένα δέμα που δεν παραδόθηκε ποτέ (παραγγελία 2023-90412) και ίσως χρειαστώ το ιστορικό ως αποδεικτικό.

Ζητώ λοιπόν να περιορίσετε την επεξεργασία: να κρατήσετε τα δεδομένα, αλλά να μην τα χρησιμοποιείτε για τίποτα άλλο (διαφημίσεις, αναλύσεις, κοινοποίηση σε συνεργάτες) μέχρι να σας ενημερώσω ότι έκλεισε η υπόθεση.

Με εκτίμηση,
Δημήτρης Οικονόμου""", "Δημήτρης Οικονόμου"),
        ("objection", (), "Εναντίωση στην επεξεργασία προσωπικών δεδομένων (άρθρο 21 ΓΚΠΔ)", """Αξιότιμοι κύριοι,

Με την παρούσα ασκώ το δικαίωμα εναντίωσης του άρθρου 21 ΓΚΠΔ και δηλώνω ότι αντιτίθεμαι:

1. στην επεξεργασία των δεδομένων μου για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ (άρθρο 21 παρ. 2)·
2. στην επεξεργασία που βασίζεται στο έννομο συμφέρον σας (άρθρο 6 παρ. 1 στ΄), ιδίως στην ανάλυση του ιστορικού αγορών και της περιήγησής μου στον ιστότοπο (άρθρο 21 παρ. 1).

Παρακαλώ να παύσετε άμεσα τις ανωτέρω επεξεργασίες και να μου το επιβεβαιώσετε εγγράφως.

Με τιμή,
Ιωάννα Καραγιάννη
Πάτρα""", "Ιωάννα Καραγιάννη"),
        ("objection", (), "Re: Προτάσεις μόνο για εσάς, Χρήστο!", """Δεν θέλω να χρησιμοποιείτε τις αγορές μου για να μου βγάζετε «προτάσεις». Αντιτίθεμαι στην κατάρτιση προφίλ με βάση το ιστορικό μου. Οι παραγγελίες μου να συνεχίσουν κανονικά, απλώς χωρίς αυτή την παρακολούθηση.

Χρήστος Λαμπρόπουλος

Στις Τρί 14 Μαΐ 2024 στις 11:20 π.μ., ο/η Shop <newsletter@shop.example.be> έγραψε:
> Χρήστο, με βάση τις τελευταίες σου αγορές, επιλέξαμε για σένα:
> – Ασύρματα ακουστικά NoiseFree
> – Θήκη κινητού Slim
> Δες όλες τις προτάσεις στο προφίλ σου.""", "Χρήστος Λαμπρόπουλος"),
        ("withdraw_consent", (), "sms", """σταματηστε να μου στελνετε sms με προσφορες. δεν θελω αλλα.
6945 778 120""", "Παναγιώτης Ραφαηλίδης"),
        ("withdraw_consent", (), "Ανάκληση συγκατάθεσης για newsletter", """Καλημέρα,

Ανακαλώ τη συγκατάθεση που είχα δώσει κατά την εγγραφή μου για τη λήψη ενημερωτικών και διαφημιστικών email. Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τη λίστα αποστολών. Τον λογαριασμό μου θέλω να τον διατηρήσω για τις παραγγελίες.

Ευχαριστώ,
Αικατερίνη Σταύρου""", "Αικατερίνη Σταύρου"),
        ("complaint", ("deletion",), "Υπενθύμιση: αίτημα διαγραφής χωρίς απάντηση", """Κύριοι,

Στις 5 Φεβρουαρίου 2024 σας έστειλα αίτημα διαγραφής των προσωπικών μου δεδομένων σύμφωνα με το άρθρο 17 ΓΚΠΔ. Έχουν περάσει πάνω από δύο μήνες χωρίς καμία απάντηση, ενώ ο λογαριασμός μου εξακολουθεί να είναι ενεργός.

Σας υπενθυμίζω ότι η προθεσμία απάντησης είναι ένας μήνας (άρθρο 12 παρ. 3). Επαναλαμβάνω το αίτημα διαγραφής και σας ενημερώνω ότι, αν δεν λάβω απάντηση εντός 10 ημερών, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Σπύρος Αλεξίου

-------- Αρχικό μήνυμα --------
Θέμα: Διαγραφή δεδομένων
Ημερομηνία: 05.02.2024 21:14
Από: Σπύρος Αλεξίου <s.alexiou@mail.example.gr>
Προς: privacy@shop.example.be

Παρακαλώ να διαγράψετε τον λογαριασμό μου και όλα τα προσωπικά μου δεδομένα (άρθρο 17 ΓΚΠΔ).""", "Σπύρος Αλεξίου"),
        ("other", (), "Αίτηση για τη θέση Customer Service Agent (Greek speaking)", """Αξιότιμοι κύριοι/κυρίες,

Με αφορμή την αγγελία σας για τη θέση Customer Service Agent με ελληνικά, σας αποστέλλω συνημμένο το βιογραφικό μου σημείωμα. Έχω τριετή εμπειρία στην εξυπηρέτηση πελατών ηλεκτρονικού καταστήματος και μιλώ άπταιστα αγγλικά και γαλλικά.

Παραμένω στη διάθεσή σας για συνέντευξη.

Με εκτίμηση,
Ευαγγελία Παππά
τηλ. +30 697 123 4588

Συναινώ στην επεξεργασία των προσωπικών μου δεδομένων που περιέχονται στο βιογραφικό μου σημείωμα για τους σκοπούς της διαδικασίας επιλογής προσωπικού, σύμφωνα με τον Κανονισμό (ΕΕ) 2016/679 (ΓΚΠΔ).""", "Ευαγγελία Παππά"),
        ("other", (), "Πού είναι η παραγγελία μου;", """Γεια σας, έκανα παραγγελία πριν 10 μέρες (αρ. 2024-58830) και ακόμα δεν έχει έρθει. Το tracking γράφει «σε μεταφορά» εδώ και μια εβδομάδα. Η διεύθυνση στον λογαριασμό μου είναι σωστή (Αγίου Δημητρίου 22, Λάρισα), το έλεγξα. Μπορείτε να δείτε τι γίνεται;
Ευχαριστώ, Στέλιος Ζαχαρίου""", "Στέλιος Ζαχαρίου"),
    ],
    "bg": [
        ("access", (), "Искане за достъп до лични данни по чл. 15 от Регламент (ЕС) 2016/679", """Уважаеми госпожи и господа,

На основание чл. 15 от Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните, ОРЗД) и Закона за защита на личните данни, с настоящото Ви моля да ми предоставите:

1. потвърждение дали обработвате лични данни, свързани с мен;
2. копие от всички мои лични данни, които обработвате;
3. целите на обработването и правното основание за него;
4. категориите лични данни;
5. получателите или категориите получатели, пред които са разкрити данните, включително в трети държави;
6. срока, за който ще се съхраняват данните;
7. източника на данните, когато не са събрани от мен;
8. наличието на автоматизирано вземане на решения, включително профилиране.

Предпочитам информацията да ми бъде предоставена по електронен път на посочения имейл адрес.

Данни за идентификация:
Име: Иван Петров Георгиев
Имейл: ivan.georgiev@poshta.example.bg
Клиентски номер: BG-502213

С уважение,
Иван Георгиев
гр. Пловдив""", "Иван Георгиев"),
        ("access", (), "Откъде имате данните ми?", """Здравейте,

Получих от вас писмо с персонална оферта, в което се обръщате към мен по име и споменавате град Варна. Не помня да съм правил регистрация при вас. Моля, кажете ми откъде сте получили имейла и останалите ми данни, какво точно пазите за мен и дали сте ги предоставяли на други фирми.

Благодаря,
Стефан Колев""", "Стефан Колев"),
        ("deletion", (), "Искане за изтриване на лични данни („право да бъдеш забравен“)", """Уважаеми господа,

На основание чл. 17, пар. 1 от ОРЗД настоявам незабавно да изтриете всички лични данни, които обработвате за мен, тъй като те вече не са необходими за целите, за които са били събрани.

Искането обхваща:
• потребителския ми профил (имейл: desislava.ivanova@poshta.example.bg);
• запазените адреси за доставка и телефонни номера;
• данните ми в CRM системата и в списъците за изпращане на съобщения;
• данните, предоставени на ваши партньори или обработващи лични данни – моля да ги уведомите съгласно чл. 19 от ОРЗД.

Ако сте длъжни да запазите част от данните по силата на закон (напр. счетоводни документи), моля да ми посочите кои данни, на какво основание и за какъв срок.

Очаквам писмено потвърждение в срока по чл. 12, пар. 3 от ОРЗД.

С уважение,
Десислава Иванова""", "Десислава Иванова"),
        ("deletion", (), "Въпрос", """как се трие профил при вас? никъде не намирам бутон. искам да го няма изобщо, заедно с всички данни. ако може вие да го изтриете
Ники""", "Николай Стоянов"),
        ("correction", (), "Грешен адрес в профила", """Здравейте,

В профила ми все още стои старият ми адрес – ул. „Шипка“ 8, София. От няколко месеца живея на нов адрес и моля да го актуализирате:

бул. „България“ 102, вх. Б, ет. 4, ап. 12
1404 София

Телефонът и имейлът са същите. Клиентски номер: BG-417790.

Поздрави,
Милена Димитрова""", "Милена Димитрова"),
        ("correction", (), "Re: Вашата поръчка № 2024-66104 е изпратена", """Здравейте,

Благодаря, поръчката пристигна. Забелязах обаче, че в профила ми името е изписано „Цветалина“ – правилно е „Цветелина“. Моля, поправете го, за да излиза вярно и във фактурите занапред.

Цветелина Тодорова

На пн, 22.04.2024 г. в 14:05 ч. Shop <orders@shop.example.be> написа:
> Здравейте, Цветалина Тодорова,
> поръчката Ви № 2024-66104 беше предадена на куриер.
> Очаквайте доставка в рамките на 3–5 работни дни.""", "Цветелина Тодорова"),
        ("portability", (), "Данните ми в машинночетим формат", """Здравейте,

Искам да се възползвам от правото си на преносимост на данните. Моля, изпратете ми данните, които съм ви предоставил – профил, адреси, история на поръчките – в структуриран машинночетим формат (CSV или JSON), а не като PDF или скрийншот.

Ако е възможно, може да ги прехвърлите и директно към друг онлайн магазин, в който си правя регистрация – ще ви пратя данните им, ако е нужно.

Поздрави,
Васил Ангелов""", "Васил Ангелов"),
        ("restriction", (), "Искане за ограничаване на обработването (чл. 18 ОРЗД)", """Уважаеми господа,

В моя профил в програмата ви за лоялност фигурират поръчки за общо 1 240 лв., които не съм правила, както и отбелязване „клиент с отказани плащания“. Оспорвам точността на тези данни.

На основание чл. 18, пар. 1, буква „а“ от Регламент (ЕС) 2016/679 искам да ограничите обработването на личните ми данни за срока, необходим за проверка на точността им. През това време данните да се съхраняват, но да не се използват за оценка, маркетинг, профилиране или предоставяне на трети лица.

Моля да бъда уведомена преди отмяната на ограничението (чл. 18, пар. 3).

С уважение,
Росица Христова
клиентски № BG-288614""", "Росица Христова"),
        ("objection", (), "", """не съм съгласен да ме профилирате и да следите какво разглеждам в сайта. спрете го за моя акаунт. пазарувам си нормално, просто без тия неща
Калоян""", "Калоян Петков"),
        ("objection", (), "Възражение срещу обработването на лични данни (чл. 21 ОРЗД)", """Уважаеми господа,

На основание чл. 21, пар. 2 от ОРЗД възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително срещу изпращането на хартиени каталози и рекламни брошури на адреса ми и срещу свързаното с това профилиране.

Също така, на основание чл. 21, пар. 1, възразявам срещу обработването на данните ми въз основа на легитимния ви интерес за анализ на потребителското поведение и сегментиране на клиентите.

Моля да прекратите тези дейности и да ми потвърдите писмено.

С уважение,
Георги Атанасов
гр. Русе""", "Георги Атанасов"),
        ("withdraw_consent", (), "бюлетин", """отпишете ме от бюлетина, моля. получавам по 3 имейла на ден""", "Елица Маринова"),
        ("withdraw_consent", (), "Re: Промоции тази седмица – до -50%", """Здравейте,

Оттеглям съгласието си за получаване на рекламни съобщения по имейл и SMS. Моля, премахнете ме от списъците си. Профилът ми да си остане.

Поздрави,
Мартин Илиев

На пн, 13.05.2024 г. в 8:00 ч. Shop <newsletter@shop.example.be> написа:
> Тази седмица: до -50% на малки електроуреди!
> Не пропускайте – офертата е валидна до неделя.
> Ако не желаете да получавате нашия бюлетин, можете да се отпишете от профила си.""", "Мартин Илиев"),
        ("complaint", ("correction",), "Fwd: Корекция на данни – ПОВТОРНО, без отговор", """Здравейте,

На 28 февруари ви писах с искане да коригирате датата ми на раждане и адреса в профила ми (писмото е по-долу). Вече е 10 април и нямам никакъв отговор, а данните все още са грешни – тази седмица пратката ми отново отиде на стария адрес.

Законовият срок по чл. 12, пар. 3 от ОРЗД е един месец и отдавна е изтекъл. Ако до 7 дни не поправите данните и не ми отговорите, ще подам жалба до Комисията за защита на личните данни (КЗЛД).

Йорданка Василева

---------- Препратено съобщение ---------
От: Йорданка Василева <y.vasileva@poshta.example.bg>
Дата: 28 февр. 2024, 19:32
Тема: Корекция на данни
До: privacy@shop.example.be

Здравейте, в профила ми датата на раждане е 12.07.1965, а трябва да е 21.07.1956. Адресът също е стар – новият е ул. „Раковски“ 33, Стара Загора. Моля, коригирайте ги.""", "Йорданка Василева"),
        ("other", (), "Фактура на фирма", """Здравейте, направих поръчка № 2024-70215 като физическо лице, но ми трябва фактура на фирмата. Данни: „Елтех Сървис“ ЕООД, ЕИК 204815512, гр. София, ул. „Опълченска“ 46, МОЛ Петър Николов. Може ли да я издадете и да ми я пратите на този имейл? Благодаря!""", "Петър Николов"),
        ("other", (), "Връщане на продукт", """Здравейте,

Получих прахосмукачката от поръчка № 2024-71990, но не съм доволна от нея (много е шумна) и искам да я върна в 14-дневния срок. Как да процедирам – трябва ли да попълня формуляр или куриерът ще дойде на адреса ми? Как се възстановяват парите?

Благодаря предварително,
Анелия Костова""", "Анелия Костова"),
    ],
}

"""Person mail for the seventyfifth set (pl cs hr sv ro el bg): payments and money (card terminals and receipts, refunds to an IBAN, chargebacks, pay-later and instalment partners and their credit checks, direct debits, the payment provider's fraud check, saved cards, bank statements, invoices with VAT numbers), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyfifth.py)."""

PEOPLE_BJ = {
    "pl": [
        ("access", (),
         "Odmowa raty 0% - na jakiej podstawie?",
         """Dzień dobry,

w sobotę 7 marca chciałam kupić w Państwa sklepie w Anderlechcie pralkę (Bosch, 649 EUR) na raty 0% przez Waszego partnera Fenix Pay. Pani przy kasie wpisała moje dane do tabletu, po ok. 30 sekundach wyskoczyło "wniosek odrzucony" i tyle. Nikt nie umiał mi powiedzieć dlaczego. Pracuję na etacie od 6 lat, nie mam żadnych długów.

Chciałabym wiedzieć, jakie moje dane zostały wtedy przekazane do Fenix Pay, czy sprawdzano mnie w jakimś biurze kredytowym (i w którym), oraz czy tę decyzję podjął człowiek czy komputer. Proszę też o informację, co z tego wniosku zostało zapisane u Państwa w moim profilu klienta.

Z poważaniem
Agnieszka Wróblewska
Rue Wayez 118, 1070 Anderlecht
tel. 0486 31 72 09""",
         "Agnieszka Wróblewska"),
        ("correction", (),
         "nazwisko",
         """Dzien dobry

W moim koncie klienta mam nazwisko "Szczepanik" a powinno byc "Szczepaniak" (z a). Do tej pory mi to nie przeszkadzalo, ale teraz przy platnosci "kup teraz zaplac pozniej" partner odrzuca weryfikacje bo nazwisko nie zgadza sie z danymi z banku. Prosze o poprawienie w koncie, login m.szczepaniak@poczta.example.pl

Marek Szczepaniak""",
         "Marek Szczepaniak"),
        ("deletion", (),
         "Zapisana karta w aplikacji",
         """Witam,

nie chcę usuwać konta ani karty lojalnościowej, zbieram punkty i jest ok. Ale w aplikacji mam zapisaną kartę Visa, którą dodałem kiedyś przy zamówieniu, i nie ma tam żadnego przycisku "usuń kartę" (jest tylko "zmień kartę domyślną"). Karta jest nadal ważna, a ja nie chcę, żeby jej numer leżał u Was na serwerach. Proszę całkowicie skasować dane tej karty z mojego konta i od płatnika, jeżeli to on je trzyma.

Konto: Paweł Kaczmarczyk, karta lojalnościowa 2250 0913 4471

Pozdrawiam
Paweł""",
         "Paweł Kaczmarczyk"),
        ("portability", (),
         "Historia zakupów do pliku",
         """Dzień dobry,

prowadzimy z mężem domowy budżet w programie, który umie wczytać transakcje z pliku CSV. Z banku mam wyciągi, ale tam jest tylko "SHOP EXAMPLE BE 0423" i kwota, nic o tym co kupiliśmy. Czy możecie mi wysłać wszystkie moje zakupy na karcie lojalnościowej z 2025 roku (data, sklep, produkty, kwota, sposób płatności) w pliku CSV albo Excel? Paragony PDF w aplikacji nic mi nie dają, musiałabym przepisywać 200 paragonów ręcznie.

Karta: 2250 0877 1203, e-mail: kasia.nowicka@example.com

Dziękuję
Katarzyna Nowicka""",
         "Katarzyna Nowicka"),
        ("restriction", (),
         "Chargeback - transakcja z 14.02 - prośba o zachowanie danych",
         """Szanowni Państwo,

złożyłem w swoim banku (ING) reklamację transakcji kartą z 14 lutego 2026 r., terminal w sklepie w Leuven, kwota 1 289,00 EUR. Tego dnia nie byłem w Leuven, byłem w pracy w Gandawie, karta została najprawdopodobniej sklonowana. Bank prowadzi postępowanie chargeback i poinformował mnie, że poprosi Państwa o dokumenty.

W związku z tym proszę, aby dane dotyczące tej transakcji (log z terminala, kopia paragonu, ewentualne nagranie z kasy) nie zostały usunięte do czasu zakończenia sprawy, nawet jeśli standardowy okres przechowywania minie. Jednocześnie proszę, aby nie były one wykorzystywane do niczego innego, w szczególności nie chcę, żeby ta transakcja była doliczona do mojej historii zakupów czy profilu klienta, ani żeby na jej podstawie dostawał jakieś oferty. Mają po prostu leżeć zablokowane, dopóki bank albo policja ich nie zażąda.

Numer sprawy w banku: CB-2026-0318-7741.

Z wyrazami szacunku
Tomasz Lewandowski
Kortrijksesteenweg 402, 9000 Gent""",
         "Tomasz Lewandowski"),
        ("objection", (),
         "Profil wydatków",
         """Dzień dobry,

dziś dostałam od Was maila "Twoje podsumowanie wydatków 2025 - wydajesz więcej niż 80% klientów na kosmetyki, sprawdź ofertę kredytu odnawialnego Crediplan". Po pierwsze, nikt mnie nie pytał, czy chcę, żeby ktoś analizował moje paragony, a po drugie kredyt odnawialny?? Serio?

Proszę przestać tworzyć na podstawie moich zakupów i płatności jakieś profile i segmenty i wysyłać mi na tej podstawie oferty, szczególnie finansowe. Zakupy mogą sobie być na koncie, punkty też, tylko bez tego analizowania.

Joanna Dudek""",
         "Joanna Dudek"),
        ("withdraw_consent", (),
         "",
         """Przy zakupie telewizora na raty zaznaczyłem zgodę na informacje marketingowe od Crediplan i od Was SMS-em. Cofam tę zgodę, obie. Numer 0471 55 20 93.

Krzysztof Michalak""",
         "Krzysztof Michalak"),
        ("complaint", ("deletion",),
         "Paragon z pełnym numerem karty",
         """Szanowni Państwo,

wczoraj (22.03) robiłem zakupy w sklepie przy Chaussée de Louvain w Schaerbeek i zapłaciłem kartą. Dopiero w domu zauważyłem, że na paragonie dla klienta jest wydrukowany PEŁNY numer mojej karty kredytowej, wszystkie 16 cyfr, do tego data ważności. Normalnie jest tylko ostatnie 4 cyfry z gwiazdkami. Paragon leżał w torbie, którą zostawiłem na chwilę przy wózku na parkingu.

Uważam to za poważne naruszenie bezpieczeństwa danych. Kasjerka mówiła, że "od poniedziałku drukarka coś dziwnie drukuje", czyli problem trwa od kilku dni i dotyczy zapewne setek klientów. Zablokowałem już kartę w banku, co kosztuje mnie czas i opłatę za nową.

Oczekuję wyjaśnienia, czy zgłosili Państwo to naruszenie do Urzędu Ochrony Danych (Gegevensbeschermingsautoriteit) i czy klienci zostaną poinformowani. Jeśli nie dostanę odpowiedzi w ciągu dwóch tygodni, złożę skargę sam. Proszę też o usunięcie kopii tego paragonu z pełnym numerem karty z Państwa systemów, jeśli gdzieś się zapisała.

Paragon nr 0031-2203-118842, godz. 17:42, kasa 3.

Piotr Zieliński""",
         "Piotr Zieliński"),
        ("other", (),
         "Podwójne obciążenie karty",
         """Dzień dobry,

w piątek płaciłam w sklepie w Etterbeek, terminal za pierwszym razem pokazał błąd, pani kazała przyłożyć jeszcze raz i przeszło. Teraz w banku widzę dwie transakcje po 84,37 EUR z tą samą godziną. Paragon mam tylko jeden. Kiedy oddacie drugie 84,37? Piszę na ten adres, bo na infolinii nikt nie odbiera.

Ewa Sikora
0493 11 48 62""",
         "Ewa Sikora"),
        ("other", (),
         "Zwrot za odkurzacz - RODO??",
         """Dzień dobry,

20 lutego oddałem w sklepie w Ixelles odkurzacz (zamówienie WEB-7730114), przy kasie powiedzieli że zwrot pieniędzy na kartę w ciągu 5 dni roboczych. Minął miesiąc, pieniędzy nie ma. Jak dzwonię, to konsultant mówi że "ze względu na RODO nie może podać szczegółów płatności przez telefon" i mam pisać maila. No to piszę. 219 EUR, płaciłem Mastercard kończącą się na 5521. Gdzie są moje pieniądze?

Grzegorz Wójcik""",
         "Grzegorz Wójcik"),
    ],
    "cs": [
        ("access", (),
         "Zablokovaná objednávka - kontrola podvodu",
         """Dobrý den,

v úterý jsem na vašem e-shopu objednával notebook (objednávka WEB-7741902, 1 149 EUR). Platba kartou proběhla, ale po hodině mi přišel e-mail, že objednávka byla "zrušena na základě bezpečnostní kontroly platebního poskytovatele" a peníze se vrátí. Kartu mám českou (Komerční banka), ale bydlím dva roky v Bruselu, doručovací adresa byla belgická. Předpokládám, že to byl ten důvod.

Než to zkusím znovu, chtěl bych vědět, co přesně se o mně vyhodnocovalo. Kterému platebnímu poskytovateli jste předali moje údaje, jaké (IP adresa, zařízení, adresa, historie objednávek?), a jestli u vás nebo u nich teď mám někde poznámku "podezřelý" nebo něco podobného. Prosím o kopii údajů, které k té objednávce a ke mně máte.

Děkuji
Jakub Dvořák
Avenue de la Couronne 212, 1050 Ixelles""",
         "Jakub Dvořák"),
        ("correction", (),
         "Datum narození v zákaznickém účtu",
         """Dobrý den,

při žádosti o nákup na splátky (lednička, prodejna Waterloo) mi partner pro splátky žádost zamítl s tím, že "údaje neodpovídají". Zjistila jsem, že v mém zákaznickém účtu u vás je datum narození 03.11.1987, správně je ale 11.03.1987 (asi to někdo zadal v americkém formátu). Splátková společnost ta data přebírá od vás.

Prosím o opravu data narození v mém účtu. Číslo věrnostní karty 2250 1130 9874.

S pozdravem
Lucie Marešová""",
         "Lucie Marešová"),
        ("deletion", (),
         "Kopie OP a výpisu z účtu",
         """Dobrý den,

v únoru jsem čekala na vrácení peněz za vrácenou objednávku a vaše zákaznická podpora mi napsala, že kvůli "ověření vlastnictví účtu" mám poslat kopii občanského průkazu a výpis z bankovního účtu, kde je vidět IBAN. Poslala jsem obojí, peníze mezitím dorazily, takže je vše vyřízené.

Na tom výpisu ale byly vidět i všechny moje ostatní platby za celý měsíc (nájem, lékárna, atd.) a na občance rodné číslo. Nechci, aby to u vás leželo. Smažte prosím ty přílohy i celou tu e-mailovou komunikaci, kde byly, ať už je máte kdekoli.

Tiket podpory: SUP-2026-028831

Tereza Horáková""",
         "Tereza Horáková"),
        ("portability", (),
         "Přenos dat do účetní aplikace",
         """Dobrý den,

jsem OSVČ (grafik) a přes váš firemní zákaznický účet nakupuji kancelářské potřeby a techniku. Přecházím na účetní službu Ledgerly, která umí nákupy od dodavatelů stáhnout automaticky, pokud jim je dodavatel pošle nebo je mají v exportu.

Můžete prosím poslat všechny moje nákupy a faktury od roku 2024 (s DPH, čísly faktur, způsobem platby) přímo společnosti Ledgerly na adresu import@ledgerly.example.com, ve strojově čitelném formátu (XML nebo CSV)? Jestli to přímo nejde, pošlete to mně a já to nahraju sám.

Firemní účet: BE-B2B-004417, Ondřej Kučera, DIČ BE0789.554.201

Díky
Ondřej Kučera""",
         "Ondřej Kučera"),
        ("restriction", ("correction",),
         "Nesplacený nákup, který jsem neudělala",
         """Dobrý den,

dostala jsem upomínku od společnosti Fenix Pay (odložená platba), že dlužím 342,90 EUR za nákup ve vašem e-shopu z 2. února, objednávka WEB-7702238. Tento nákup jsem neudělala. Zboží bylo doručeno na výdejní místo v Charleroi, kde jsem nikdy nebyla. Někdo zřejmě použil moje jméno a e-mail. Podala jsem trestní oznámení (PV 2026/CH/04471).

Dokud se to nevyšetří, žádám, abyste tu objednávku a údaje k ní neposílali dál žádné vymáhací agentuře a nepoužívali je, ale zároveň je nemažte, policie je bude potřebovat. A až se potvrdí, že to nebyla já, ať je ta objednávka z mého účtu odstraněná a v mém profilu opravené, že jsem nic nedlužila.

Michaela Pokorná
Rue de Namur 14, 5000 Namur""",
         "Michaela Pokorná"),
        ("objection", (),
         "cashback nabídky od banky",
         """Dobrý den,

moje banka mi najednou začala ukazovat v aplikaci "personalizované cashback nabídky od Shop Example na základě vašich nákupů". Když jsem se ptal v bance, řekli mi, že si s vámi vyměňují údaje o transakcích v rámci partnerského programu. Souhlas jsem k tomu nikdy nedával a vy to podle všeho děláte z "oprávněného zájmu".

S tímto nesouhlasím. Přestaňte prosím mé nákupní a platební údaje předávat bance nebo komukoli jinému kvůli takovým nabídkám.

Petr Novotný, věrnostní karta 2250 0456 7712""",
         "Petr Novotný"),
        ("withdraw_consent", (),
         "Re: Vaše objednávka WEB-7719045",
         """Dobrý den, při placení přes "Zaplatit později" jsem zaškrtla, že chci dostávat novinky od partnera. Už nechci, odvolávám to. A od vás newsletter taky ne, díky.

Veronika Šimková""",
         "Veronika Šimková"),
        ("complaint", (),
         "Moje faktura u cizího člověka",
         """Dobrý den,

včera mi volal úplně cizí pán z Lutychu, že mu od vás e-mailem přišla MOJE faktura za nákup mobilního telefonu. Přečetl mi z ní moje jméno, adresu, telefon a posledních 4 číslice karty a k tomu i celý IBAN, protože jsem platila přes inkaso. Prý mu takhle přišly tři faktury různých lidí.

Tohle je neuvěřitelné. Žádám vysvětlení, jak se to mohlo stát, kolika zákazníků se to týká a co jste udělali, aby se to neopakovalo. Zároveň vás informuji, že pokud do 14 dnů nedostanu uspokojivou odpověď, podám stížnost u belgického Úřadu pro ochranu osobních údajů (APD/GBA).

Jana Procházková
faktura č. INV-2026-118204""",
         "Jana Procházková"),
        ("other", (),
         "Karta zamítnuta",
         """Dobrý den, už potřetí mi u vás v e-shopu neprojde platba kartou (Revolut), píše to "platba zamítnuta". V jiných obchodech karta funguje. Na kartě peníze mám. Co s tím? Můžu zaplatit jinak, třeba převodem?

Martin Beneš""",
         "Martin Beneš"),
        ("other", (),
         "Oprava faktury pro účetní",
         """Dobrý den,

na faktuře INV-2026-104477 z 5. března chybí název firmy a DIČ, je tam jen moje jméno. Moje účetní ji tak nemůže uznat do nákladů. Prosím o vystavení opravné faktury na:

Studio Kolář s.r.o.
Chaussée de Charleroi 96, 1060 Saint-Gilles
DIČ: BE0712.338.915

Vím, že to asi nepatří na tuhle adresu, ale nikde jinde jsem nenašel kontakt. Děkuji.

Radek Kolář""",
         "Radek Kolář"),
    ],
    "hr": [
        ("access", (),
         "Što točno spremate kad platim karticom?",
         """Poštovani,

zanima me nešto što mi nitko u trgovini nije znao objasniti. Kad platim karticom na vašoj blagajni, a istovremeno skeniram karticu vjernosti, vidim da mi se u aplikaciji pojavi i "način plaćanja: Mastercard **** 3318". Dakle povezujete karticu s mojim profilom.

Molim vas da mi pošaljete što sve o meni imate vezano uz plaćanja: koje podatke o mojim karticama čuvate (cijeli broj? samo zadnje 4 znamenke?), od kada, tko vam obrađuje plaćanja na terminalima i dobiva li on i podatke s kartice vjernosti, te koliko dugo to sve čuvate.

Unaprijed hvala,
Ivana Babić
Rue Vanderkindere 301, 1180 Uccle""",
         "Ivana Babić"),
        ("correction", (),
         "Promjena IBAN-a u profilu",
         """Pozdrav,

u svom korisničkom profilu imam spremljen IBAN za povrate novca (BE71 0631 2244 5669). Taj račun sam zatvorio u siječnju, sada imam novi: BE55 3631 8870 1244 (ING). Nema opcije da ga sam promijenim u aplikaciji, piše "obratite se službi za korisnike". Molim vas ispravite to prije nego što mi sljedeći povrat ode na račun koji više ne postoji.

Luka Horvat
korisnički broj 8841207""",
         "Luka Horvat"),
        ("deletion", (),
         "Otplatio sam sve rate",
         """Poštovani,

u travnju 2024. kupio sam kod vas perilicu posuđa na 12 rata preko vašeg partnera Crediplan. Za zahtjev sam morao dati kopije zadnje tri platne liste i osobne iskaznice. Zadnju ratu platio sam u ožujku 2025., kredit je zatvoren, imam potvrdu.

Ne vidim razlog da moje platne liste i dalje stoje kod vas. Molim da izbrišete sve te dokumente i podatke iz zahtjeva za kredit koje imate, a ako ih je Crediplan dobio preko vas, da im javite isto.

Lijep pozdrav,
Marko Jurić""",
         "Marko Jurić"),
        ("restriction", (),
         "Molim NE brisati moj račun",
         """Poštovani,

dobila sam e-mail da će moj korisnički račun biti izbrisan zbog neaktivnosti za 30 dana, zajedno s poviješću kupnji i računima. Molim vas da to ne radite još.

Naime, u sporu sam s proizvođačem hladnjaka koji sam kod vas kupila 2023. (račun INV-2023-221874) oko jamstva, a moguće je i da ćemo ići na sud. Trebaju mi ti računi i dokaz o plaćanju. Ne treba mi račun za ništa drugo, ne želim nikakve ponude ni newslettere, samo da podaci ostanu sačuvani dok se spor ne riješi. Javit ću vam kad bude gotovo.

Hvala,
Maja Kovačević""",
         "Maja Kovačević"),
        ("objection", (),
         "Procjena kreditne sposobnosti",
         """Dobar dan,

u aplikaciji mi je izašao banner "Unaprijed odobreno: kupujte na rate do 2.500 EUR". Nisam tražila nikakav kredit. Pretpostavljam da ste na temelju mojih kupnji i načina plaćanja procijenili koliko mogu platiti.

Ne želim da se moji podaci koriste za takvu procjenu ni za ponude financiranja. Molim da to prestanete raditi s mojim podacima.

Ana Knežević""",
         "Ana Knežević"),
        ("withdraw_consent", (),
         "odjava",
         """Molim odjavu s "Shop Example Pay" obavijesti o ponudama (e-mail i push), dala sam pristanak kad sam aktivirala plaćanje mobitelom. Plaćanje mobitelom i dalje želim koristiti.

Petra Matić""",
         "Petra Matić"),
        ("complaint", ("deletion",),
         "Drugi put pišem - spremljena kartica",
         """Poštovani,

13. veljače poslao sam vam e-mail da izbrišete moju spremljenu karticu iz web-trgovine (Visa **** 0427). Dobio sam automatski odgovor s brojem slučaja PRV-26-00981 i ništa više. Danas, 6 tjedana kasnije, kartica je još uvijek tamo i nudi mi se kao zadana kod plaćanja.

Ovo smatram ignoriranjem mog zahtjeva. Ako se ne riješi u roku od tjedan dana, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka. Još jednom: izbrišite karticu.

Ivan Perić""",
         "Ivan Perić"),
        ("other", (),
         "Dvostruka naplata",
         """Pozdrav, u web-trgovini sam platio narudžbu WEB-7760321 (56,90 EUR) i skinuto mi je dvaput s računa. Stranica se zamrznula pa sam kliknuo ponovo. Narudžba je samo jedna. Molim povrat duplog iznosa.

Hrvoje Šarić""",
         "Hrvoje Šarić"),
        ("other", (),
         "Povrat novca",
         """Poštovani,

vratila sam haljinu poštom 2. ožujka (narudžba WEB-7739914), primili ste je 5. ožujka, imam praćenje pošiljke. Povrat od 79,99 EUR još nije stigao. Platila sam s Bancontactom. Koliko obično traje povrat?

Lijep pozdrav
Sanja Pavlović""",
         "Sanja Pavlović"),
        ("other", (),
         "plaćanje na rate u trgovini?",
         """Dobar dan, mogu li u trgovini u Antwerpenu platiti televizor na rate ili to ide samo online? I trebam li nositi neke dokumente? Hvala. Nikola""",
         "Nikola Vuković"),
    ],
    "sv": [
        ("access", ("portability",),
         "Begäran om registerutdrag enligt artikel 15 GDPR",
         """Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen avseende alla personuppgifter som Shop Example behandlar om mig, med särskild tonvikt på betalningsrelaterade uppgifter:

1. vilka kort- och kontouppgifter ni har sparade (sparade kort, IBAN för återbetalningar, autogiromedgivanden),
2. underlaget i ärendet om min återkrediterade korttransaktion i december 2025 (chargeback, order WEB-7588120), inklusive vad ni skickade till min bank,
3. eventuella uppgifter från eller till era partner för delbetalning/faktura (kreditupplysningar, beslut, påminnelser),
4. ändamål, mottagare och lagringstider för ovanstående.

Jag vill gärna få kopian elektroniskt, och själva transaktionslistan i ett format som går att öppna i Excel (CSV).

Med vänliga hälsningar
Erik Lindqvist
Avenue Louise 367, 1050 Bryssel
e.lindqvist@example.se""",
         "Erik Lindqvist"),
        ("correction", (),
         "kvitton till fel mejl",
         """Hej!

Jag upptäckte idag att mina digitala kvitton från butiken går till min exmans mejladress (han ringde och undrade varför han fick mina kvitton, inte så kul). Vi skildes för två år sedan och jag har bytt adress sedan dess, men i mitt kundkonto står fortfarande hans mejl och vår gamla adress i Wemmel.

Kan ni ändra till:
mejl: karin.sjoberg@example.se
adress: Rue Franz Merjay 88, 1050 Ixelles

Kundkortsnummer 2250 0671 9420. Tack!

/Karin Sjöberg""",
         "Karin Sjöberg"),
        ("deletion", (),
         "Avslutat abonnemang - ta bort autogiro och konto",
         """Hej,

Jag har sagt upp mitt Shop Example Plus-abonnemang (gratis leverans) från och med 1 april och betalningarna gick via autogiro (SEPA-medgivande) från mitt konto i KBC. Jag vill att ni tar bort mitt kontonummer och medgivandet nu när abonnemanget är slut, och även hela mitt kundkonto med adress och orderhistorik. Jag kommer inte handla online hos er igen, jag flyttar tillbaka till Göteborg i sommar.

Om ni måste spara fakturor för bokföringen förstår jag det, men inget annat.

Mvh
Johan Berglund""",
         "Johan Berglund"),
        ("portability", (),
         "Flytta mina köpdata till Spendly",
         """Hej

Jag använder budgetappen Spendly och de har ett samarbete där butiker kan skicka kvittodata direkt till användarens konto. Kan ni skicka all min köphistorik (kvitton med artiklar, belopp, betalsätt) direkt till Spendly? Mitt användar-id där är SPD-44817-KL och deras adress för sånt är dataimport@spendly.example.com. Om det inte går direkt vill jag ha det som en fil (JSON eller CSV) så laddar jag upp själv.

Lina Holm, kundkort 2250 0338 1276""",
         "Lina Holm"),
        ("restriction", (),
         "Skimning vid er terminal - spara men använd inte",
         """Hej,

Mitt kort blev skimmat, polisen misstänker att det skedde vid en av självutcheckningskassorna i er butik i Zaventem den 28 februari runt kl. 18. Jag har gjort polisanmälan (PV BR.21.L7.004112/2026) och polisen kommer att begära ut material från er.

Jag ber därför att ni INTE raderar uppgifterna kring min betalning den dagen (transaktionsloggen från kassan och terminalen, kvittot, eventuella kamerabilder) även om er vanliga lagringstid går ut, men att ni inte heller använder dem till något annat än att lämna ut dem till polisen eller banken. Lås dem helt enkelt tills utredningen är klar.

Vänliga hälsningar
Anders Nyström
0470 98 31 55""",
         "Anders Nyström"),
        ("objection", (),
         "Erbjudanden om delbetalning",
         """Hej, jag får hela tiden mejl från er om att "dela upp betalningen på 12 månader" efter varje köp över 200 euro. Ni använder alltså mina köp för att skicka riktad marknadsföring om krediter. Det vill jag inte, jag invänder mot att mina uppgifter används för direktmarknadsföring. Vanliga orderbekräftelser är okej.

Sara Ekström""",
         "Sara Ekström"),
        ("withdraw_consent", (),
         "SMS",
         """Hej! Jag vill inte längre ha era sms med erbjudanden, jag tar tillbaka mitt samtycke. Nummer 0485 62 17 40. Tack / Oskar""",
         "Oskar Lundgren"),
        ("complaint", (),
         "Klagomål - kortbild skickad runt internt",
         """Till ansvarig för dataskydd,

När min beställning WEB-7751146 stoppades i er bedrägerikontroll bad er kundtjänst mig via chatten att skicka ett foto av mitt betalkort "fram- och baksida" för att verifiera mig. Jag gjorde det, dumt nog, eftersom jag litade på er. På baksidan står CVC-koden.

Nu har jag fått ett mejl från en anställd på er lagerenhet i Vilvoorde som svarar på min fråga om leveransen, och längst ner i tråden ligger mitt kortfoto, vidarebefordrat genom minst fyra personer. Ingen kundtjänst ska någonsin be om CVC, och absolut inte sprida det vidare.

Jag har spärrat kortet. Jag vill att ni utreder det här som en personuppgiftsincident och meddelar mig vad ni gjort. Jag har också lämnat in ett klagomål till Gegevensbeschermingsautoriteit i Bryssel och har kopierat IMY för kännedom.

Maria Forsberg""",
         "Maria Forsberg"),
        ("other", (),
         "Kortet nekat i kassan",
         """Hej, igår i butiken i Woluwe nekades mitt kort (svenskt Visa, Handelsbanken) tre gånger i terminalen, "transaction refused". Banken säger att de inte ens sett något försök. Har era terminaler problem med utländska kort? Det var pinsamt med kön bakom mig.

Fredrik""",
         "Fredrik Åberg"),
        ("other", (),
         "Faktura med momsnummer",
         """Hej,

Jag köpte en kaffemaskin för kontoret i er butik i Mechelen den 12 mars (kvitto 0118-1203-55410, 399 EUR, betalt med företagskort). Jag behöver en faktura med företagets namn och momsnummer för bokföringen:

Nordlys Consulting BV
BE0745.112.886
Brusselsesteenweg 55, 2800 Mechelen

Tack på förhand,
Emma Wikström""",
         "Emma Wikström"),
    ],
    "ro": [
        ("access", (),
         "Cerere informatii verificare credit rate",
         """Bună ziua,

Săptămâna trecută am încercat să cumpăr un laptop în rate prin partenerul dumneavoastră Crediplan, direct pe site. Am completat formularul, am încărcat buletinul și mi s-a spus după un minut că "nu îndeplinesc criteriile". Nu am nicio restanță la bancă.

Vă rog să-mi spuneți ce date personale ale mele au fost transmise de la dumneavoastră către Crediplan, dacă s-a făcut o interogare la un birou de credit și ce răspuns a venit, și dacă decizia a fost luată automat de un program. Aș vrea și o copie a datelor pe care le aveți despre mine legate de această cerere.

Mulțumesc,
Andreea Popescu
Rue de la Victoire 150, 1060 Saint-Gilles""",
         "Andreea Popescu"),
        ("correction", (),
         "adresa gresita - reminder de plata trimis in alta parte",
         """Buna ziua,

Am cumparat cu "plateste in 30 de zile" si am aflat de la fostul proprietar ca la vechea mea adresa din Anderlecht a venit o scrisoare de reamintire de plata pe numele meu. Am platit la timp, dar problema e ca in contul meu de client la voi e inca adresa veche si de acolo a luat-o si partenerul de plata.

Adresa corecta este: Rue Marconi 45, bte 3, 1190 Forest. Va rog sa o modificati in cont.

Mihai Ionescu, mihai.ionescu@example.ro""",
         "Mihai Ionescu"),
        ("deletion", ("withdraw_consent",),
         "Stergere cont",
         """Bună ziua,

Vă rog să-mi ștergeți contul de client și toate datele: cardul salvat, IBAN-ul pe care l-am dat pentru rambursări, istoricul comenzilor, cardul de fidelitate. De asemenea retrag orice consimțământ pentru newsletter și SMS-uri, nu mai vreau să primesc nimic de la voi.

Cont: elena.dumitru@example.com
Elena Dumitru""",
         "Elena Dumitru"),
        ("portability", (),
         "Export facturi si plati",
         """Buna ziua,

Am nevoie de toate facturile si platile mele de la voi din ultimii 3 ani intr-un fisier pe care il pot deschide in Excel sau importa in alt program (CSV, XML, orice, doar nu 60 de PDF-uri separate). Vreau sa-mi mut evidenta cheltuielilor intr-o aplicatie noua. Se poate?

Cont client: 7720458
Cristian Stan""",
         "Cristian Stan"),
        ("objection", (),
         "Opoziție - schimb de date pentru prevenirea fraudei",
         """Stimată doamnă, stimate domn,

În politica dumneavoastră de confidențialitate (secțiunea "Plăți") am citit că datele despre plățile mele, dispozitivul și adresa de livrare sunt transmise, în temeiul interesului legitim, unei rețele de prevenire a fraudei ("FraudShield consortium") la care participă și alți comercianți, unde sunt păstrate 5 ani.

Înțeleg verificarea la momentul plății. Dar nu sunt de acord ca datele mele să fie puse într-o bază comună folosită de zeci de alte firme. În baza art. 21 GDPR mă opun acestei prelucrări și vă rog să încetați să mai transmiteți datele mele acestui consorțiu.

Cu stimă,
Radu Georgescu""",
         "Radu Georgescu"),
        ("withdraw_consent", (),
         "cookie-uri la plata",
         """Buna, pe pagina de plata am apasat "accept toate" la cookie-uri si acum vad reclame de la firma de rate peste tot. Vreau sa retrag acordul pentru cookie-urile de marketing, dar nu gasesc de unde. Puteti sa-l retrageti voi? Contul meu e ioana.marin@example.com. Multumesc, Ioana""",
         "Ioana Marin"),
        ("complaint", ("access",),
         "Plângere - firma de recuperare mi-a sunat angajatorul",
         """Bună ziua,

Am avut o întârziere de 10 zile la o rată de 45 EUR la o cumpărătură făcută la dumneavoastră cu plata amânată. Am plătit imediat ce am văzut. Între timp însă, o firmă de recuperare a datoriilor a sunat la locul meu de muncă, la recepție, și a spus colegei că "doamna Constantin are o datorie la Shop Example". De unde au ei numărul de telefon al firmei mele? L-am dat doar la dumneavoastră, în cererea de rate, ca "telefon serviciu".

Consider că datele mele au fost folosite abuziv. Am depus deja o plângere la Autoritatea belgiană pentru protecția datelor și vă cer să-mi spuneți cui i-ați transmis datele mele.

Gabriela Constantin""",
         "Gabriela Constantin"),
        ("other", (),
         "Ramburs in IBAN gresit",
         """Buna ziua,

Cand am returnat o pereche de pantofi (comanda WEB-7745560) am scris gresit IBAN-ul in formularul de retur, am inversat doua cifre. Ati facut rambursul pe 12 martie, 89,95 EUR, dar evident nu a ajuns. Banca mea zice ca banii ar trebui sa se intoarca la voi. Imi puteti trimite banii din nou in contul corect? BE68 5390 0754 7034.

Va multumesc,
Florin Dobre""",
         "Florin Dobre"),
        ("other", (),
         "Plata dubla",
         """buna ziua, am platit cu cardul la magazinul din Liège si mi-a luat banii de doua ori (2 x 32,40). am bonul. ce trebuie sa fac ca sa primesc banii inapoi? multumesc. Alina""",
         "Alina Munteanu"),
        ("other", (),
         "Intrebare rate",
         """Bună ziua, vreau să cumpăr un frigider de 900 EUR în rate. Câte rate maxim se pot face și e nevoie de un venit minim? Sunt pensionară. Mulțumesc, Maria Tudor""",
         "Maria Tudor"),
    ],
    "el": [
        ("access", (),
         "Τηλεφωνική παραγγελία - ηχογράφηση και στοιχεία κάρτας",
         """Καλησπέρα σας,

στις 9 Μαρτίου έκανα τηλεφωνική παραγγελία στο κέντρο εξυπηρέτησής σας (ένα σετ κατσαρολικών, παραγγελία TEL-2026-03385) και η υπάλληλος μου ζήτησε να της πω τον αριθμό της κάρτας μου, την ημερομηνία λήξης και τον κωδικό CVV. Στην αρχή της κλήσης άκουσα το μήνυμα "η συνομιλία μπορεί να ηχογραφηθεί".

Θα ήθελα να μάθω αν η συνομιλία ηχογραφήθηκε και, αν ναι, να μου στείλετε αντίγραφο. Επίσης ποια στοιχεία της κάρτας μου έχουν καταγραφεί στο σύστημά σας ή στο σύστημα του παρόχου πληρωμών, ποιος έχει πρόσβαση σε αυτά και για πόσο καιρό τα κρατάτε.

Με εκτίμηση,
Ελένη Παπαδοπούλου
Rue Belliard 71, 1040 Etterbeek""",
         "Ελένη Παπαδοπούλου"),
        ("correction", (),
         "Αγορές που δεν είναι δικές μου στον λογαριασμό μου",
         """Γεια σας,

κοιτάζοντας το ιστορικό αγορών στην εφαρμογή, βλέπω από τον Ιανουάριο αγορές σε κατάστημά σας στη Γάνδη, όπου δεν έχω πάει ποτέ, όλες πληρωμένες με μια Maestro **** 8812 που δεν είναι δική μου. Φαίνεται ότι κάποιος άλλος πελάτης έχει συνδεθεί κατά λάθος με την κάρτα πιστότητάς μου ή η κάρτα του έχει "δεθεί" στο προφίλ μου.

Σας παρακαλώ να διορθώσετε το ιστορικό μου ώστε να εμφανίζονται μόνο οι δικές μου αγορές και να αφαιρέσετε αυτή την κάρτα από το προφίλ μου. Οι πόντοι δεν με ενδιαφέρουν, απλώς θέλω τα στοιχεία μου να είναι σωστά.

Κάρτα πιστότητας: 2250 0924 3317
Γιώργος Αντωνίου""",
         "Γιώργος Αντωνίου"),
        ("deletion", (),
         "Διαβατήριο και φωτογραφία κάρτας",
         """Καλημέρα,

τον Φεβρουάριο η παραγγελία μου WEB-7712980 μπλοκαρίστηκε από τον έλεγχο απάτης και για να την ξεμπλοκάρετε μου ζητήσατε φωτογραφία του διαβατηρίου μου και φωτογραφία της κάρτας μου. Τα έστειλα, η παραγγελία παραδόθηκε κανονικά.

Δεν βλέπω κανένα λόγο να κρατάτε πλέον αυτές τις φωτογραφίες. Παρακαλώ διαγράψτε τες, τόσο από εσάς όσο και από την εταιρεία πληρωμών αν τους τις στείλατε, και επιβεβαιώστε μου ότι έγινε.

Ευχαριστώ,
Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),
        ("portability", (),
         "Αποδείξεις σε αρχείο",
         """Καλησπέρα,

θα ήθελα όλες τις ηλεκτρονικές αποδείξεις μου από το 2023 μέχρι σήμερα σε μορφή που διαβάζεται από υπολογιστή (JSON ή CSV), με προϊόντα, τιμές, ΦΠΑ και τρόπο πληρωμής, για να τις περάσω σε ένα πρόγραμμα οικονομικής διαχείρισης. Στην εφαρμογή τις βλέπω μόνο μία-μία σε PDF.

Email λογαριασμού: k.vlachou@example.gr

Ευχαριστώ πολύ,
Κατερίνα Βλάχου""",
         "Κατερίνα Βλάχου"),
        ("restriction", (),
         "Σήμανση 'ύποπτος πελάτης'",
         """Κύριοι,

μετά από τρεις ακυρωμένες παραγγελίες, η εξυπηρέτηση πελατών μου είπε ότι ο λογαριασμός μου έχει "σήμανση υψηλού κινδύνου" από τον έλεγχο απάτης, επειδή πέρσι έκανα μια αμφισβήτηση χρέωσης (chargeback) στην τράπεζα. Εκείνη η αμφισβήτηση δικαιώθηκε: η τράπεζα αποφάσισε υπέρ μου γιατί το προϊόν δεν παραδόθηκε ποτέ. Άρα η σήμανση βασίζεται σε λάθος.

Έχω ήδη στείλει στην εξυπηρέτηση την επιστολή της τράπεζας. Μέχρι να το ελέγξετε, ζητώ να μην χρησιμοποιείται αυτή η σήμανση για να απορρίπτονται οι παραγγελίες μου ή για οτιδήποτε άλλο. Μην τη διαγράψετε ακόμη χωρίς έλεγχο, απλώς να "παγώσει".

Δημήτρης Καραγιάννης
Λογαριασμός: d.karagiannis@example.gr""",
         "Δημήτρης Καραγιάννης"),
        ("objection", ("withdraw_consent",),
         "Κοινοποίηση στοιχείων σε συνεργάτες",
         """Καλησπέρα,

διάβασα ότι μοιράζεστε στοιχεία για τις αγορές και τις πληρωμές των πελατών με "επιλεγμένους συνεργάτες" (τράπεζες, εταιρείες δόσεων) για διαφημιστικούς σκοπούς. Αντιτίθεμαι σε αυτό για τα δικά μου στοιχεία, σταματήστε να τα δίνετε.

Και μια και γράφω, δεν θέλω άλλο το newsletter, ανακαλώ τη συγκατάθεσή μου.

Σοφία Μιχαηλίδου""",
         "Σοφία Μιχαηλίδου"),
        ("withdraw_consent", (),
         "Διαφημίσεις από την εταιρεία δόσεων",
         """Γεια σας. Όταν αγόρασα το κινητό με δόσεις στο κατάστημα της Λουβέν, τσέκαρα να λαμβάνω προσφορές από τη Fenix Pay. Δεν το θέλω πια, ανακαλώ αυτή τη συγκατάθεση. Τα δεδομένα για τις δόσεις ας μείνουν όπως είναι, μέχρι να τις εξοφλήσω.

Παναγιώτης Οικονόμου
τηλ. 0472 40 81 26""",
         "Παναγιώτης Οικονόμου"),
        ("complaint", (),
         "Λάβαμε στοιχεία άλλου πελάτη",
         """Αξιότιμοι κύριοι,

χθες έλαβα από εσάς email "Η επιστροφή χρημάτων σας εγκρίθηκε" για μια επιστροφή που έκανα. Μόνο που το email δεν αφορούσε εμένα: περιείχε το όνομα, τη διεύθυνση και ολόκληρο τον IBAN ενός άλλου πελάτη, του κ. ... (δεν θα το επαναλάβω εδώ), και το ποσό της δικής του επιστροφής. Η δική μου επιστροφή δεν αναφέρεται πουθενά.

Αυτό είναι παραβίαση προσωπικών δεδομένων, και αν έλαβα εγώ τα δικά του, υποθέτω ότι κάποιος άλλος έλαβε τα δικά μου. Ζητώ να ερευνήσετε το περιστατικό, να ενημερώσετε όσους επηρεάστηκαν και να μου πείτε αν τα δικά μου στοιχεία στάλθηκαν σε τρίτους. Έχω κρατήσει το email και, αν δεν πάρω σοβαρή απάντηση, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Με εκτίμηση,
Χρήστος Παπανικολάου""",
         "Χρήστος Παπανικολάου"),
        ("other", (),
         "epistrofi xrimaton",
         """Kalispera sas, epestrepsa ena zeugari papoutsia sto katastima stis Vruxelles (Rue Neuve) stis 25/2 kai akoma den exo parei ta lefta piso stin karta, 64,99 eyro. Poso kairo pairnei? Efxaristo, Maria Papadaki""",
         "Maria Papadaki"),
        ("other", (),
         "Άγνωστη χρέωση στο αντίγραφο κίνησης",
         """Καλημέρα,

στο αντίγραφο κίνησης της τράπεζάς μου βλέπω μια χρέωση 27,50 EUR με περιγραφή "SHOPEX*PAYSTREAM BRU" στις 11/03. Εκείνη τη μέρα νομίζω ότι ψώνισα στο κατάστημά σας, αλλά το ποσό στην απόδειξη είναι 25,70. Είναι δική σας αυτή η χρέωση και γιατί διαφέρει το ποσό;

Ευχαριστώ,
Αθανασία Ζαχαρίου""",
         "Αθανασία Ζαχαρίου"),
    ],
    "bg": [
        ("access", (),
         "Директен дебит - кой вижда IBAN-а ми?",
         """Здравейте,

от ноември плащам абонамента Shop Example Plus с директен дебит (SEPA мандат) от сметката ми в Belfius. В последното писмо от банката видях, че кредитор по мандата не сте вие, а някаква фирма "Paystream Collections SA" в Люксембург.

Искам да знам какви лични данни за мен и сметката ми сте предали на тази фирма, на кого още се вижда моят IBAN (банка, счетоводство, външни фирми) и колко време ще пазите мандата, след като прекратя абонамента. Моля, изпратете ми и копие от данните, които имате за мен.

Поздрави,
Десислава Иванова
Chaussée de Wavre 509, 1040 Etterbeek""",
         "Десислава Иванова"),
        ("correction", (),
         "Грешно име в мандата",
         """Добър ден,

в мандата за директен дебит, който получих по имейл, като титуляр на сметката е записано "Georgi Petrov", но сметката е на съпругата ми, Мария Петрова, тя е подписала мандата. Банката ни предупреди, че при несъответствие могат да отхвърлят тегленията. Моля, поправете името на титуляря в данните ни при вас.

Клиентски номер: 6619034
Георги Петров""",
         "Георги Петров"),
        ("deletion", (),
         "Картата на приятелката ми",
         """Здравейте,

миналия месец поръчах онлайн подарък и платих с картата на една приятелка, защото моята беше блокирана. Сега виждам, че нейната карта се е запазила в моя профил като "запазена карта" и ми се предлага при всяко плащане. Не искам да стои при мен, тя също не иска. Моля, изтрийте изцяло данните на тази карта (Visa, завършва на 6604) от профила ми и от системата ви.

Профилът ми: radostina.k@example.bg
Радостина Колева""",
         "Радостина Колева"),
        ("portability", (),
         "история на плащанията",
         """Zdraveite, moje li da mi izpratite vsichki moi pokupki i plashtania (vkliuchitelno tezi po direkten debit za abonamenta) v CSV fail? Iskam da gi kacha v drugo prilojenie za biudjet. Akaunt: stoyan.d@example.bg. Blagodaria, Stoyan Dimitrov""",
         "Стоян Димитров"),
        ("restriction", (),
         "Докато разглеждате възражението ми",
         """Уважаеми господа,

на 2 март ви писах, че възразявам срещу използването на данните ми (устройство, IP адрес, история на поръчките) за "оценка на риска от измама" при всяко плащане, защото вече четири пъти поръчките ми бяха спрени без причина. Отговорихте, че разглеждате възражението и ще ми отговорите "в законовия срок".

Докато решите, моля да ограничите обработването на данните ми за тази цел, т.е. да не ме оценявате и да не спирате поръчките ми на тази база, докато не се произнесете. Не искам нищо да се изтрива.

С уважение,
Пламен Стоянов
Случай PRV-26-01144""",
         "Пламен Стоянов"),
        ("objection", (),
         "Реклами във Facebook",
         """Здравейте,

след като си купих прахосмукачка на изплащане, във Facebook и Instagram започнаха да ми излизат ваши реклами "Купи сега, плати на 4 вноски". Приятел, който работи в маркетинга, ми обясни, че вероятно качвате имейлите на клиенти, купили на изплащане, в рекламните платформи, за да им показвате такива реклами.

Не съм съгласна данните ми да се използват по този начин. Спрете да използвате имейла ми и историята на плащанията ми за реклами в социалните мрежи.

Николина Георгиева""",
         "Николина Георгиева"),
        ("withdraw_consent", (),
         "отказ",
         """Моля, махнете ме от бюлетина и от имейлите с "персонални оферти". Оттеглям съгласието си. Благодаря.
Веселин Тодоров""",
         "Веселин Тодоров"),
        ("complaint", ("access",),
         "Жалба - няма отговор на искането ми от 40 дни",
         """Уважаеми господа,

на 10 февруари 2026 г. поисках от вас по имейл копие на данните, които сте предали на партньора си за покупки на изплащане Crediplan във връзка с отказаната ми кредитна заявка (поръчка WEB-7695410). Получих автоматичен отговор, номер на случай PRV-26-00712, и оттогава нищо, въпреки едно напомняне на 3 март.

Срокът от един месец по чл. 12 от GDPR изтече. Считам, че искането ми беше пренебрегнато, и ще подам жалба до белгийския Орган за защита на данните, ако до 7 дни не получа исканите данни. Моля, изпратете ги.

Иван Христов
Bd Emile Jacqmain 120, 1000 Bruxelles""",
         "Иван Христов"),
        ("other", (),
         "Изтеглиха ми пари след прекратяване",
         """Здравейте, прекратих абонамента Plus на 28 февруари, имам потвърждение по имейл. Въпреки това на 5 март ми изтеглихте 9,99 EUR по директния дебит. Моля, върнете ги. Ако трябва, мога да ги оспоря в банката, но предпочитам да се оправим директно.

Милена Стефанова""",
         "Милена Стефанова"),
        ("other", (),
         "Спряна поръчка - кога ще ми върнете парите?",
         """Добър ден,

поръчката ми WEB-7768203 (телевизор, 599 EUR) беше отказана от "проверката за сигурност на плащането", но сумата е блокирана по картата ми вече 6 дни. Банката казва, че трябва вие да я освободите. Кога ще стане? Не ми трябват обяснения за проверката, само парите.

Благодаря,
Асен Маринов""",
         "Асен Маринов"),
    ],
}

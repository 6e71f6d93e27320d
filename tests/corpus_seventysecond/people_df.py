"""Person mail for the seventysecond set (pl cs hr sv ro el bg): the company changing hands and changing systems (a regional chain taken over and rebranded, old cards and web accounts moved over, franchise stores, new CRM / loyalty / payment / customer-service providers, store closures), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventysecond.py)."""

PEOPLE_DF = {
    "pl": [
        ("access", (),
         "Karta Lambert -> Shop Example, co zostało przeniesione?",
         """Dzień dobry,

od jakichś ośmiu lat robię zakupy w Lambert Market przy Chaussée de Gand w Molenbeek, miałam ich kartę stałego klienta (nr 6004 2281 7730). W marcu sklep zmienił szyld na Shop Example, a tydzień temu dostałam maila, że "moje konto zostało przeniesione do nowego programu lojalnościowego". Nikt mnie wcześniej o nic nie pytał.

Nie robię z tego afery, ale chciałabym wiedzieć, co konkretnie Państwo dostali od Lamberta. Czy całą historię moich zakupów z tych ośmiu lat? Datę urodzenia? Informację, że kupowałam produkty bezglutenowe (mam celiakię i nie bardzo mi się podoba, że ktoś to wie)? I czy ktoś jeszcze oprócz Państwa ma te dane, np. firma, która robi tę nową aplikację?

Proszę o kopię danych, które macie na mój temat, i informację, skąd pochodzą.

Z poważaniem
Katarzyna Dudek
Rue Vandenpeereboom 18/3, 1080 Molenbeek-Saint-Jean""",
         "Katarzyna Dudek"),
        ("correction", (),
         "błędne nazwisko po migracji",
         """Dzień dobry,

po przejściu na nową aplikację Shop Example moje nazwisko wyświetla się jako "WÄ…sowicz" zamiast "Wąsowicz". Na starej karcie Lamberta było dobrze. Niby drobiazg, ale na paragonach i w mailach wygląda to fatalnie, a przy odbiorze zamówienia click&collect pani w sklepie nie chciała mi wydać paczki, bo nazwisko "nie zgadza się z dowodem".

Proszę o poprawienie nazwiska na Wąsowicz (w - ą - s - o - w - i - c - z). Przy okazji: adres też jest stary, od lutego mieszkam na Avenue de la Couronne 212, 1050 Ixelles, a nie w Anderlechcie.

Grzegorz Wąsowicz
tel. 0485 33 71 09""",
         "Grzegorz Wąsowicz"),
        ("deletion", (),
         "Nie jestem Waszym klientem",
         """Nigdy nie zapisywałem się do Shop Example. Miałem kartę w Lambert Market, bo tam było blisko. Teraz dostaję od Was maile z "witamy w rodzinie". Żadnej rodziny.

Proszę usunąć wszystkie moje dane, zarówno to "przeniesione" konto u Was, jak i to, co zostało jeszcze w starym systemie Lamberta, jeśli Wy teraz za to odpowiadacie. Nie chcę nowej karty, nie chcę aplikacji.

Adres mailowy: t.borowiak@post.be

T. Borowiak""",
         "Tomasz Borowiak"),
        ("portability", (),
         "Eksport historii zakupów przed zamknięciem lambertmarket.be",
         """Szanowni Państwo,

na stronie lambertmarket.be wisi komunikat, że 30 czerwca sklep internetowy zostanie wyłączony, a konta "nie będą przenoszone w całości". Od 2019 roku robiłam tam zakupy online prawie co tydzień i prowadzę na tej podstawie domowy budżet (wydatki na jedzenie, chemię itd.).

Proszę o przesłanie mi całej historii zamówień z mojego konta (login: m.kaczmarczyk@gmail.com) w pliku, który da się otworzyć w Excelu lub innym programie, czyli CSV albo coś podobnego: data, produkty, ilości, ceny. PDF-y z pojedynczymi fakturami niestety mi nie wystarczą, jest ich kilkaset.

Dziękuję i pozdrawiam
Magdalena Kaczmarczyk""",
         "Magdalena Kaczmarczyk"),
        ("restriction", (),
         "punkty zniknęły - proszę niczego nie kasować",
         """Dzień dobry,

na karcie Lamberta miałem 4 820 punktów (zrzut ekranu ze starej aplikacji z 2 marca mam). Po przeniesieniu do Shop Example mam 0 punktów i informację "saldo nie zostało zweryfikowane". Złożyłem reklamację przez formularz, numer zgłoszenia CS-2026-118734, i od trzech tygodni cisza.

Teraz przeczytałem w Waszym mailu, że dane ze starego systemu lojalnościowego zostaną "trwale usunięte po zakończeniu migracji". Proszę tego nie robić w moim przypadku, dopóki reklamacja nie zostanie rozpatrzona. Te stare dane to jedyny dowód, ile miałem punktów. Niech leżą zablokowane i nieużywane, ale niech leżą.

Proszę o potwierdzenie.

Paweł Zieliński
karta 6004 1937 5521""",
         "Paweł Zieliński"),
        ("objection", (),
         "oferty \"dla Pani\"",
         """Witam,

nie chcę rezygnować z karty, bo zniżki w Shop Example są całkiem niezłe. Ale od przejęcia dostaję co tydzień "oferty dopasowane do Pani zakupów", i widać wyraźnie, że ktoś analizuje, co kupuję: testy ciążowe, potem witaminy dla kobiet w ciąży, teraz pieluchy. Przy Lambercie tego nie było, dostawałam zwykłą gazetkę jak wszyscy.

Nie życzę sobie, żeby moje zakupy były analizowane i żeby na tej podstawie tworzono mój profil. Proszę to u mnie wyłączyć. Karta może zostać, zwykłe promocje dla wszystkich też mogą przychodzić.

Joanna Lis""",
         "Joanna Lis"),
        ("withdraw_consent", (),
         "SMS",
         """Proszę o wyłączenie SMS-ów reklamowych na numer 0472 58 14 66. Zgodę dałam kiedyś w Lambercie, teraz piszecie Wy, i to po trzy razy w tygodniu. Wycofuję tę zgodę.

Wysłano z iPhone'a""",
         "Ewa Krawczyk"),
        ("complaint", ("access",),
         "Skarga - infolinia podała moje dane obcej osobie",
         """Szanowni Państwo,

składam skargę w związku z tym, co wydarzyło się 14 kwietnia 2026 r.

Mój były partner, z którym nie mieszkam od roku i z którym toczę sprawę w sądzie rodzinnym, zadzwonił na Państwa nową infolinię (jak rozumiem, obsługiwaną teraz przez zewnętrzną firmę, bo konsultantka mówiła po angielsku z wyraźnym akcentem i wspomniała, że "dopiero dostali dostęp do starego systemu Lamberta"). Podał się za mojego męża, podał moje imię i nazwisko i dostał: mój aktualny adres, informację, w którym sklepie ostatnio robiłam zakupy, oraz datę ostatniej wizyty. Wiem to, bo sam mi to potem napisał w wiadomości, z triumfem.

Mój nowy adres był czymś, co starannie przed nim ukrywałam.

Żądam:
1) informacji, komu i kiedy udostępniono moje dane z konta (lista wszystkich dostępów do mojego konta w ostatnich dwóch miesiącach, także przez firmę zewnętrzną),
2) wyjaśnienia, jak weryfikowana jest tożsamość dzwoniących.

Jednocześnie informuję, że zgłaszam sprawę do Gegevensbeschermingsautoriteit / Autorité de protection des données, a kopię tego pisma przekazuję swojemu adwokatowi.

Agnieszka Pawlak
numer karty 6004 8810 2243""",
         "Agnieszka Pawlak"),
        ("other", (),
         "bony Lambert",
         """Dzień dobry, mam jeszcze trzy bony podarunkowe z Lambert Market po 25 euro, dostałam je na urodziny w grudniu. Ważne do końca 2026 roku. Czy mogę je zrealizować w Shop Example, czy przepadły? W sklepie przy Place Bara kasjer nie wiedział.

Pozdrawiam
Halina Nowicka""",
         "Halina Nowicka"),
        ("other", (),
         "zamówienie z zamkniętego sklepu w Anderlechcie",
         """Dzień dobry,

w lutym zamówiłem w sklepie Lambert przy Boulevard Sylvain Dupuis komodę i dwie szafki nocne (zamówienie nr LM-ANDER-0021764, zapłacone 389 euro z góry). Miały przyjść na początku kwietnia. Przyszedłem je odebrać, a sklep zamknięty, na drzwiach kartka "Dziękujemy za 32 lata, zapraszamy do Shop Example Anderlecht-Westland".

W Westland nikt nic nie wie o moim zamówieniu. Gdzie są te meble i kiedy mogę je odebrać? Piszę na ten adres, bo tylko ten znalazłem na stronie, przepraszam jeśli to nie ten dział.

Krzysztof Mazur
0493 12 80 57""",
         "Krzysztof Mazur"),
    ],
    "cs": [
        ("access", (),
         "Franšízová prodejna v Lutychu - kdo má moje údaje?",
         """Dobrý den,

v únoru jsem v prodejně Shop Example na Boulevard d'Avroy v Lutychu odevzdal k reklamaci kávovar. Paní u pokladny si zapsala moje jméno, telefon, e-mail a adresu a vyfotila mi účtenku i občanský průkaz (prý kvůli záruce). Teprve pak jsem si všiml, že na dveřích je malá cedulka "Magasin franchisé exploité par SRL Delvaux Retail".

Takže teď vlastně nevím, kdo s mými údaji pracuje. Vy, nebo ta firma Delvaux? Nebo oba? A proč potřebují kopii občanky kvůli kávovaru?

Prosím o sdělení, jaké údaje o mně máte (vy i ta prodejna, pokud to víte), odkud je máte a komu jste je předali. Kávovar mi mezitím vrátili opravený, s tím problém nemám.

S pozdravem
Jiří Novotný
Rue Saint-Gilles 54, 4000 Liège""",
         "Jiří Novotný"),
        ("correction", (),
         "špatné datum narození v aplikaci",
         """Dobrý den,

v nové aplikaci mám u profilu datum narození 05. 11. 1987, ale já jsem narozená 11. 5. 1987. Asi se při převodu ze staré karty Verbeke prohodil den a měsíc. Vadí mi to hlavně proto, že narozeninový kupon mi teď přišel v listopadu místo v květnu :)

V aplikaci se datum změnit nedá (je zašedlé), tak prosím o opravu u vás.

Děkuji
Lucie Procházková""",
         "Lucie Procházková"),
        ("deletion", (),
         "dva účty",
         """Dobrý den,

nechci rušit svůj účet u Shop Example, ten normálně používám. Jenže po převzetí Lambertu mám najednou dva: jeden můj původní (petr.kral@seznam.cz) a druhý, který vznikl převodem ze starého e-shopu Lambert (na můj pracovní mail p.kral@vanmoorsel-logistics.be). Z toho druhého mi chodí účtenky a newslettery do práce, což nechci.

Ten druhý účet prosím úplně smažte i se vším, co v něm je, včetně pracovní adresy. Body z něj klidně propadnou, bylo jich asi 40.

Petr Král""",
         "Petr Král"),
        ("portability", (),
         "Předání údajů o nákupech do aplikace Účtenkovník",
         """Dobrý den,

používám aplikaci Účtenkovník (provozuje ji firma Budgetly s.r.o., Brno), která mi třídí výdaje. Dřív si uměla účtenky stáhnout přímo ze staré aplikace Lambert, ale po přechodu na váš nový věrnostní systém už to nefunguje.

Chtěl bych, abyste mé údaje o nákupech za posledních 24 měsíců (datum, prodejna, položky, cena) předali ve strojově čitelném formátu přímo firmě Budgetly, kontakt import@budgetly.cz. Pokud to přímo nejde, pošlete je prosím mně, nejlépe jako CSV nebo JSON, a já si je tam nahraju sám.

Číslo karty 2710 0083 4416.

Díky
Ondřej Dvořák""",
         "Ondřej Dvořák"),
        ("objection", (),
         "předávání údajů partnerům skupiny",
         """Dobrý den,

v novém dokumentu o ochraně osobních údajů, který jste poslali po převodu karet, stojí, že údaje zákazníků můžete předávat "společnostem ze skupiny a vybraným partnerům" (pojišťovna, energetika, cestovka) na základě oprávněného zájmu.

S tím nesouhlasím a vznáším námitku. Moje údaje nechci předávat nikomu mimo Shop Example, ani firmám z vaší skupiny. Kartu si chci ponechat.

Mgr. Hana Svobodová
karta č. 2710 0051 9932""",
         "Hana Svobodová"),
        ("withdraw_consent", ("objection",),
         "Re: Vítejte v novém věrnostním programu",
         """Dobrý den,

odvolávám souhlas se zasíláním newsletteru a obchodních sdělení e-mailem, který jsem kdysi dal Lambertu a který jste si zřejmě převzali. A v nové aplikaci jsem při instalaci odklikl "přijmout vše" u cookies a sledování, to také ruším, nešlo mi to v nastavení najít.

A ještě: ty "průzkumy spokojenosti", které mi volá nějaké call centrum, taky nechci, ať mi nevolají.

Martin Černý

> Vážený zákazníku, s radostí vám oznamujeme, že vaše karta Lambert
> byla převedena do věrnostního programu Shop Example+ ...""",
         "Martin Černý"),
        ("complaint", ("access",),
         "V e-mailu o převodu byly údaje cizího člověka",
         """Dobrý den,

dnes mi přišel e-mail "Vaše karta byla úspěšně převedena". Jenže v něm nebyly moje údaje, ale údaje nějaké paní Anny V. z Gentu: jméno, celé číslo karty, adresa, stav bodů a dokonce posledních pět nákupů. Je tedy dost pravděpodobné, že moje údaje zase přišly někomu jinému.

Tohle je únik osobních údajů a považuji za nutné, abyste to řešili vážně, ne jako chybu v šabloně. Chci vědět, zda to hlásíte dozorovému úřadu, kolika lidí se to týká a zda moje údaje odešly někomu cizímu. Ten e-mail přeposílám v příloze, pak ho smažu.

Radek Veselý""",
         "Radek Veselý"),
        ("other", (),
         "nová karta",
         """Dobrý den, v e-mailu z 3. 4. stálo, že mi fyzická karta Shop Example přijde poštou do 14 dnů. Je to už měsíc a nic. Mám si o ni říct v prodejně, nebo ji pošlete znovu? Adresa je pořád stejná: Rue des Tanneurs 9, 1000 Bruxelles.

Zdraví
Věra Marková""",
         "Věra Marková"),
        ("other", (),
         "dárková karta Verbeke",
         """Dobrý den,

omlouvám se, jestli píšu na špatnou adresu. Mám dárkovou kartu z obchodu Verbeke v Aalstu (zůstatek 60 eur). Obchod je teď Shop Example. Platí ještě? Na pokladně mi ji nevzali, že "systém ji nezná".

Děkuji
Kateřina Pokorná""",
         "Kateřina Pokorná"),
        ("other", (),
         "Re: Vaše žádost č. DP-2026-0412",
         """Dobrý den,

jen krátce děkuji. Výpis jsem dostala, všechno sedí a vysvětlení, jak to bylo s převodem dat od Lambertu, mi stačí. Další dotazy nemám, žádost můžete uzavřít.

Přeji hezký den
Eva Horáková""",
         "Eva Horáková"),
    ],
    "hr": [
        ("access", (),
         "Tko sada ima moje podatke?",
         """Poštovani,

bio sam dugogodišnji kupac Lambert Marketa u Namuru (kartica br. 6004 7712 0398). Od preuzimanja mi stižu poruke od čak tri različita pošiljatelja: od Vas, od nekakvog "Loyalto" programa vjernosti i od firme koja se predstavlja kao Vaša korisnička služba, a telefonski broj im je portugalski.

Molim Vas da mi pismeno odgovorite:
- koje osobne podatke o meni trenutno obrađujete,
- od koga ste ih dobili (samo od Lamberta ili i od nekoga drugog),
- kojim ste ih tvrtkama proslijedili (Loyalto, pozivni centar, pružatelj plaćanja, ...),
- jesu li podaci izneseni izvan EU-a,
- koliko ćete ih dugo čuvati.

Također molim kopiju tih podataka.

S poštovanjem,
Dario Kovačević
Rue de Fer 33, 5000 Namur""",
         "Dario Kovačević"),
        ("correction", (),
         "pomiješani podaci - otac i ja",
         """Dobar dan,

otac i ja se zovemo isto (Ivan Babić), živimo na istoj adresi u Kortrijku i obojica smo imali karticu Verbeke. Nakon prebacivanja u Vaš sustav izgleda da ste nas spojili u jednog kupca: u aplikaciji vidim njegove kupnje (lijekove za tlak, ribolovnu opremu), datum rođenja mi je 1956. umjesto 1989., a broj mobitela je njegov.

Molim da to ispravite i da nas opet vodite kao dvije osobe. Moji podaci: Ivan Babić, rođen 17. 3. 1989., mob. 0497 61 22 80, e-mail ivan.babic89@gmail.com. Otac će se javiti sam ako treba.

Hvala,
Ivan Babić ml.""",
         "Ivan Babić"),
        ("deletion", (),
         "kartica pokojne majke",
         """Poštovani,

moja majka Ružica Jurić preminula je u siječnju ove godine. Imala je karticu Lambert Marketa u Charleroiju i sada joj na adresu i dalje stižu pisma "Dobrodošli u Shop Example", s njenim imenom. Teško mi je to svaki put otvoriti.

Molim Vas da njezin račun i sve podatke o njoj izbrišete i da više ništa ne šaljete. Ako trebate smrtni list, mogu ga poslati.

Hvala na razumijevanju.
Mirjana Jurić-Lovrić""",
         "Mirjana Jurić-Lovrić"),
        ("portability", (),
         "Pro kartica - izvoz narudžbi za knjigovodstvo",
         """Poštovani,

imamo mali kafić u Leuvenu (BV Kavana Dalmacija, BTW BE 0712.448.903) i godinama smo nabavljali preko Lambert Pro kartice na ime vlasnice, Marije Grgić. Sada nam knjigovođa traži sve račune za 2024. i 2025., a stari Lambert portal više ne radi.

Možete li nam poslati povijest svih kupnji na tu karticu u obliku koji se može uvesti u program za knjigovodstvo (CSV, XML ili UBL)? Najbolje bi bilo poslati izravno knjigovodstvenom uredu: Boekhouding Peeters, info@peeters-boekhouding.be, oni će znati što s tim.

Lijep pozdrav,
Marija Grgić""",
         "Marija Grgić"),
        ("restriction", (),
         "Sporan dug - molim ne prosljeđivati",
         """Poštovani,

primio sam od Vašeg novog pružatelja plaćanja (Paynova) opomenu da dugujem 612,40 EUR za "preostale rate" perilice rublja kupljene na rate u Lambertu 2024. Tu sam perilicu otplatio do kraja u listopadu 2025., imam izvode iz banke.

Dok se to ne razjasni, molim da moje podatke ne koristite za naplatu, ne šaljete ih agenciji za naplatu potraživanja i ne prijavljujete me nikome kao dužnika. Ne tražim brisanje, podaci trebaju ostati jer se iz njih vidi da sam platio, ali neka stoje "zamrznuti" dok ne provjerite.

Izvode šaljem na zahtjev.

Josip Marić
ugovor br. LM-CR-24-00917""",
         "Josip Marić"),
        ("objection", (),
         "prestanite me zvati",
         """Dobar dan,

već treći put u dva tjedna zove me Vaš pozivni centar "da provjeri jesam li zadovoljna prelaskom na Shop Example". Rekli su da me zovu jer imam status "vrijednog kupca" i da to rade na temelju "legitimnog interesa".

Ne želim da mi itko zove zbog anketa, ponuda ili bilo čega sličnog. Nisam za to dala nikakav pristanak, a i ako imate legitimni interes, ja se tome protivim. Broj 0489 40 17 35 molim maknite s tih popisa.

Ana Perić""",
         "Ana Perić"),
        ("withdraw_consent", (),
         "odjava",
         """Pozdrav, povlačim privolu za sve e-mail obavijesti i newslettere (i Lambert i Shop Example). Hvala. Tea""",
         "Tea Šimić"),
        ("complaint", ("deletion",),
         "Zahtjev za brisanje iz prosinca - bez odgovora",
         """Poštovani,

16. prosinca 2025. poslao sam Lambert Marketu zahtjev za brisanje svih mojih podataka (preslika e-maila ispod). Nikad nisam dobio odgovor. Sad mi Vi, kao novi vlasnik, šaljete e-mail da je "moj račun uspješno prenesen".

Dakle, moj zahtjev ne samo da nije izvršen, nego su moji podaci preneseni drugoj tvrtki. To je upravo suprotno od onoga što sam tražio. Smatram to ozbiljnim kršenjem mojih prava i ako ne dobijem odgovor u roku od mjesec dana, obraćam se belgijskom tijelu za zaštitu podataka (APD/GBA).

Još jednom: izbrišite sve moje podatke, i kod Vas i u starom sustavu Lamberta.

Goran Tomić

---------- Proslijeđena poruka ----------
Od: Goran Tomić <goran.tomic@telenet.be>
Datum: 16. pro 2025. 21:04
Za: klantendienst@lambertmarket.be
Predmet: brisanje podataka

Poštovani, molim da izbrišete moj korisnički račun i sve moje podatke. Kartica 6004 3390 1175. G. Tomić""",
         "Goran Tomić"),
        ("other", (),
         "radno vrijeme Kortrijk",
         """Dobar dan, je li trgovina u Kortrijku (bivši Verbeke na Doorniksesteenweg) nedjeljom otvorena i nakon promjene imena? Prije je radila do 12. Na webu piše svašta. Hvala, Zoran""",
         "Zoran Pavić"),
        ("other", (),
         "Bodovi - koliko vrijede?",
         """Poštovani,

imala sam 2.300 bodova na Lambert kartici, a sada u aplikaciji piše 230 "Shop Example bodova". Je li to točno, tj. je li omjer stvarno 10:1? Kod Lamberta je 100 bodova bilo 1 euro popusta, a koliko je kod Vas? Ne žalim se, samo želim razumjeti prije nego što idem u kupovinu za pričest.

Lijep pozdrav,
Snježana Knežević""",
         "Snježana Knežević"),
    ],
    "sv": [
        ("access", (),
         "Brev om att mina uppgifter har överförts",
         """Hej,

jag fick ett brev hem (daterat 28 mars) där det står att "dina personuppgifter har överförts till Shop Example NV i samband med förvärvet av Verbeke Retail". Jag har aldrig varit medlem hos Verbeke såvitt jag vet. Jag har handlat där några gånger när vi bodde i Gent, men aldrig haft kort.

Så jag undrar helt enkelt: vilka uppgifter om mig har ni, var kommer de ifrån, och hur kunde Verbeke ha min adress? Skicka gärna en kopia på allt ni har registrerat om mig.

Mvh
Johan Lindqvist
Avenue Brugmann 140, 1190 Forest""",
         "Johan Lindqvist"),
        ("correction", (),
         "Gammal adress i nya systemet",
         """Hej!

Vi flyttade från Mechelen till Bryssel i september och jag ändrade adressen i Lamberts app redan då. Men nu när allt flyttats över till er har ni tydligen tagit en gammal version, för era brev och det nya kortet gick till Mechelen (de nya hyresgästerna var snälla och skickade vidare).

Rätt adress: Rue Américaine 77, 1060 Saint-Gilles. Kan ni ändra det? Jag hittar inget ställe i appen där adressen går att redigera.

Tack!
Sara Holm""",
         "Sara Holm"),
        ("deletion", (),
         "Radera",
         """Radera mig ur era system, tack. Både det gamla Lambert-kontot och det som ni skapade åt mig. Jag har inte bett om att bli kund hos er.

/Erik Nyberg
erik.nyberg@outlook.com""",
         "Erik Nyberg"),
        ("restriction", (),
         "Tvist om köp - behandla inte mina uppgifter under tiden",
         """Hej,

jag har bestridit en dragning på 249,90 EUR hos min bank (ING). Köpet ska ha gjorts med mitt sparade kort i er webbshop den 2 april, men jag har inte handlat något. Det hände veckan efter att ni bytte betalleverantör och jag fick mejla in mina kortuppgifter "på nytt".

Banken utreder ärendet. Under tiden vill jag att ni låter bli att använda mitt konto och mina betaluppgifter till något, inga nya dragningar, ingen marknadsföring, inget. Men radera ingenting! Banken kan behöva era loggar över köpet, inloggningar och IP-adresser.

Meddela gärna när ni har spärrat behandlingen.

Anders Bergström
ordernr. SE-W-2026-55182""",
         "Anders Bergström"),
        ("objection", (),
         "\"Personliga priser\"?",
         """Hej,

i nya appen står det "Dina personliga priser" och jag ser att min man och jag får olika pris på samma kaffe. Enligt era nya villkor beräknas erbjudandena "utifrån köpbeteende, plats och tid på dygnet".

Jag vill inte att ni använder mina köp och min position för att räkna ut vad jag ska betala. Sluta med den profileringen för min del. Vanliga kampanjer går bra.

Hälsningar
Maria Ekström""",
         "Maria Ekström"),
        ("withdraw_consent", (),
         "platsdelning i appen",
         """Hej, när jag installerade nya appen fick jag en massa rutor att klicka i och jag sa ja till "platsbaserade erbjudanden". Det ångrar jag, jag vill inte att appen vet var jag är. Jag drar tillbaka det samtycket. Jag har stängt av platsen i telefonen men vill också att ni tar bort det på er sida.

Lina""",
         "Lina Sjöberg"),
        ("complaint", (),
         "Kundtjänst bad om ID-kort via vanlig e-post",
         """Hej,

jag vill klaga på hur er nya kundtjänst (som uppenbarligen är utlagd på en annan firma, deras mejl kommer från @contactia-bpo.com) hanterar personuppgifter.

För att "verifiera" mig när jag ville flytta mina poäng från Lamberts kort bad de mig mejla en bild på båda sidorna av mitt ID-kort, plus ett foto av mig som håller kortet. Vanlig okrypterad e-post, till en adress hos en underleverantör jag aldrig hört talas om. När jag frågade varför sa de att "det är rutinen nu".

Det här är oproportionerligt och osäkert. Jag har inte skickat något, men jag undrar hur många som har gjort det. Jag kommer att anmäla detta till Gegevensbeschermingsautoriteit om ni inte ändrar rutinen.

Karin Åberg""",
         "Karin Åberg"),
        ("other", (),
         "presentkort från stängd butik",
         """Hej! Jag har ett presentkort från Lambert i Waterloo (butiken har stängt nu). Kan jag använda det hos er? Det står 50 euro på det.
Mvh Gunnel""",
         "Gunnel Forsberg"),
        ("other", (),
         "Faktura som betalsätt",
         """Hej,

förr kunde man betala på faktura i Lamberts webbshop, 30 dagar. Hos er finns bara kort och Bancontact. Kommer faktura tillbaka? Jag handlar till vår förening (ca 300 euro i månaden) och kassören vill ha faktura.

Tack på förhand
Per Lundgren""",
         "Per Lundgren"),
        ("other", (),
         "Re: Uppdaterad integritetspolicy",
         """Hej,

tack för mejlet om er nya integritetspolicy efter övertagandet. Jag har läst den (nästan) och har inga frågor om den, det verkar okej.

Däremot en sak som inte har med det att göra: nya appen är väldigt långsam på min Android (Samsung A52), det tar typ 20 sekunder innan streckkoden kommer fram och kön bakom mig blir sur. Lamberts app var snabb. Kan ni skicka det vidare till de som gör appen?

Mvh
Mikael Dahl""",
         "Mikael Dahl"),
    ],
    "ro": [
        ("access", (),
         "Înregistrările convorbirilor cu serviciul clienți",
         """Bună ziua,

în ultimele două luni am sunat de cel puțin cinci ori la noul dumneavoastră serviciu clienți (numărul 078 15 20 30) în legătură cu transferul cardului meu Lambert. De fiecare dată se spunea la început că „convorbirea poate fi înregistrată în scop de calitate”. Am impresia că mi s-au promis lucruri care apoi n-au mai fost respectate.

Vă rog să îmi trimiteți înregistrările acestor convorbiri și notițele pe care operatorii le-au făcut în dosarul meu. Aș vrea să știu și cine păstrează aceste înregistrări: dumneavoastră sau firma externă care răspunde la telefon, și cât timp.

Cu stimă,
Elena Popescu
card 6004 2255 8107
tel. 0476 93 11 42""",
         "Elena Popescu"),
        ("correction", (),
         "număr de telefon greșit",
         """Bună ziua, codurile SMS pentru noua aplicație vin pe un număr vechi pe care nu-l mai am din 2023 (0478 …). Numărul meu corect este 0465 27 80 13. Vă rog să-l schimbați, altfel nu pot intra în cont deloc. Am încercat din aplicație dar îmi cere cod pe numărul vechi :(

Mulțumesc,
Andrei Ionescu""",
         "Andrei Ionescu"),
        ("deletion", (),
         "Ștergere cont - mă mut înapoi în România",
         """Bună ziua,

după 11 ani în Belgia mă întorc acasă, la Cluj, la sfârșitul lunii. Oricum magazinul din Schaerbeek unde făceam cumpărăturile se închide în iunie, am văzut anunțul.

Vă rog să închideți contul meu și să ștergeți toate datele mele, cardul de fidelitate (fost Lambert, acum al dumneavoastră), adresele, istoricul. Nu vreau să primesc nimic nici aici, nici în România. Punctele rămase (vreo 600) le puteți anula.

Vă mulțumesc pentru toți anii ăștia, personalul din Schaerbeek a fost mereu foarte amabil.

Mihaela Stan
mihaela.stan@yahoo.com""",
         "Mihaela Stan"),
        ("portability", (),
         "transfer date către Marché Dupuis",
         """Stimate domnule / stimată doamnă,

am decis să nu rămân client după preluarea Lambert Market de către Shop Example și m-am înscris în programul de fidelitate al lanțului Marché Dupuis, care are magazin aproape de mine în Jambes. Ei oferă un „bonus de bun venit” dacă aduc istoricul cumpărăturilor de la alt lanț.

În baza dreptului la portabilitatea datelor (art. 20 GDPR), vă rog să transmiteți datele mele de cumpărături (istoricul tranzacțiilor de pe cardul 6004 9140 6623) într-un format structurat și lizibil automat direct către Marché Dupuis, la adresa portabilite@marchedupuis.be. Dacă nu este posibil tehnic, trimiteți-mi fișierul mie.

Cu considerație,
Radu Constantinescu""",
         "Radu Constantinescu"),
        ("restriction", (),
         "Nu ștergeți datele - litigiu în curs",
         """Bună ziua,

în noiembrie 2025 am căzut în magazinul Lambert din Mons (podeaua era udă, fără niciun semn) și mi-am rupt încheietura. Am un dosar deschis cu asigurătorul, prin avocat.

Acum aflu că magazinul din Mons s-a închis și că datele vechiului sistem Lambert vor fi șterse după migrare. Vă rog ca, până se termină cazul, să NU ștergeți nimic legat de mine: bonul din ziua respectivă, tranzacția cu cardul, eventualele rapoarte de incident, imaginile video dacă mai există. Nici să nu le folosiți în alt scop. Doar să fie păstrate.

Datele avocatului: Me Laurence Piron, laurence.piron@avocat.be.

Ioana Dumitrescu
card 6004 1108 3374""",
         "Ioana Dumitrescu"),
        ("objection", (),
         "reclame prin poștă",
         """Bună ziua,

de când Lambert a devenit Shop Example primesc în cutia poștală, pe numele meu, un catalog de 40 de pagini în fiecare săptămână. La Lambert nu primeam nimic pe hârtie. Nu știu dacă v-am dat vreodată vreun acord pentru asta, probabil nu.

Nu mai doresc publicitate pe adresa mea, nici catalog, nici scrisori cu oferte. Vă rog să mă scoateți din orice listă de marketing direct. Cardul vreau să-l păstrez.

Gheorghe Munteanu
Chaussée de Haecht 301, 1030 Schaerbeek""",
         "Gheorghe Munteanu"),
        ("withdraw_consent", (),
         "newsletter",
         """Bună, am fost abonată la newsletterul Lambert, dar nu v-am dat acordul vouă, Shop Example, să mi-l trimiteți pe al vostru. Îmi retrag acordul, nu mai vreau newsletterul. Mersi, Cristina""",
         "Cristina Rusu"),
        ("complaint", ("deletion",),
         "Fotografia mea pe Facebook-ul magazinului",
         """Stimată echipă,

magazinul francizat Shop Example din Charleroi (Ville 2) a publicat pe pagina lui de Facebook, pe 9 aprilie, o imagine de pe camera de supraveghere cu mine la casă, cu textul „Recunoașteți această persoană? Furt din 6 aprilie”. Eu NU am furat nimic. Am plătit cu cardul, am bonul (am atașat o poză cu el), suma a fost luată din cont.

Imaginea a fost distribuită de peste 300 de ori, m-au recunoscut colegii de serviciu și vecinii. Am sunat la magazin, responsabilul a spus că „nu e treaba lor ce face pagina de Facebook”, iar la serviciul clienți central mi s-a spus că magazinul e francizat și „nu depinde de noi”.

Cer ștergerea imediată a postării și a imaginilor cu mine din arhivele dumneavoastră și ale magazinului și vreau să știu cine răspunde pentru asta. Am depus deja plângere la poliție și voi sesiza și autoritatea belgiană pentru protecția datelor.

Florin Gheorghiu""",
         "Florin Gheorghiu"),
        ("other", (),
         "Rambursare comandă magazin închis",
         """Bună ziua,

am plătit online pe 20 martie o comandă de 74,20 EUR (nr. SE-2026-0381155) cu ridicare din magazinul din Etterbeek. Între timp magazinul s-a închis, comanda n-am mai primit-o și banii nu s-au întors. Cui mă adresez pentru rambursare?

Mulțumesc,
Adrian Matei""",
         "Adrian Matei"),
        ("other", (),
         "Garanție mașină de spălat de la Lambert",
         """Bună ziua,

am cumpărat în 2024 de la Lambert Market o mașină de spălat Bosch cu garanție extinsă de 5 ani „Lambert Care”. Acum face un zgomot ciudat la centrifugă. Garanția mai e valabilă după ce v-ați luat magazinele, sau s-a pierdut? Unde o duc?

Știu că adresa asta e pentru date personale, dar n-am găsit alta pe site. Scuze.

Vasile Niculescu""",
         "Vasile Niculescu"),
    ],
    "el": [
        ("access", (),
         "Πού βρίσκονται πλέον τα δεδομένα μου;",
         """Καλησπέρα σας,

διάβασα στη νέα πολιτική απορρήτου που μου στείλατε μετά την εξαγορά της Verbeke ότι τα στοιχεία των πελατών «μεταφέρθηκαν σε νέα πλατφόρμα CRM που φιλοξενείται στο νέφος από τρίτο πάροχο». Δεν αναφέρεται ούτε ποιος είναι ο πάροχος ούτε σε ποια χώρα βρίσκονται οι διακομιστές.

Θα ήθελα να μάθω:
1. ποια προσωπικά δεδομένα μου τηρείτε σήμερα,
2. σε ποιους παρόχους/εταιρείες τα έχετε διαβιβάσει,
3. αν έχουν μεταφερθεί εκτός ΕΕ (π.χ. ΗΠΑ) και με ποιες εγγυήσεις,
4. και να μου στείλετε αντίγραφο των δεδομένων αυτών.

Ευχαριστώ εκ των προτέρων.

Νίκος Παπαδόπουλος
Avenue de Tervueren 88, 1040 Etterbeek""",
         "Νίκος Παπαδόπουλος"),
        ("correction", (),
         "Κυρία, όχι Κύριος",
         """Γεια σας,

από τότε που η κάρτα μου από τα Lambert πέρασε σε εσάς, όλα τα email ξεκινούν με «Αγαπητέ κύριε Γεωργίου». Είμαι γυναίκα :) Στην παλιά κάρτα ήταν σωστά, κάπου στη μεταφορά μπερδεύτηκε.

Μπορείτε να το διορθώσετε σε «κυρία»; Και το μικρό μου όνομα είναι Δέσποινα, όχι Despina-Maria, δεν ξέρω από πού βγήκε αυτό.

Δέσποινα Γεωργίου""",
         "Δέσποινα Γεωργίου"),
        ("deletion", (),
         "Διαγραφή λογαριασμού",
         """Καλημέρα,

λαμβάνω email και από Lambert Market και από Shop Example, δηλαδή δύο φορές τα ίδια, και τώρα και από την εφαρμογή. Δεν ψωνίζω πια σε σας, μετακόμισα στην Αμβέρσα και δεν έχετε κατάστημα κοντά μου.

Παρακαλώ διαγράψτε τον λογαριασμό μου και όλα τα στοιχεία μου, και από το παλιό σύστημα της Lambert αν υπάρχει ακόμα.

Email: k.antoniou@skynet.be

Ευχαριστώ,
Κώστας Αντωνίου""",
         "Κώστας Αντωνίου"),
        ("portability", (),
         "Ηλεκτρονικές αποδείξεις σε αρχείο",
         """Αξιότιμοι κύριοι,

στην παλιά εφαρμογή Verbeke κρατούσα όλες τις ηλεκτρονικές αποδείξεις μου, και πολλές είναι για εγγυήσεις ηλεκτρικών συσκευών. Η παλιά εφαρμογή σταματά να λειτουργεί στις 31 Μαΐου και στη νέα σας εφαρμογή φαίνονται μόνο οι αγορές των τελευταίων 3 μηνών.

Ζητώ να μου αποσταλούν όλες οι αγορές και αποδείξεις μου από το 2021 και μετά σε ηλεκτρονική μορφή που να διαβάζεται από υπολογιστή (CSV ή JSON ή XML), όχι σκαναρισμένες εικόνες.

Κάρτα Verbeke: 3301 4478 2290

Με εκτίμηση,
Ελένη Καραγιάννη""",
         "Ελένη Καραγιάννη"),
        ("restriction", ("access",),
         "Κάποιος άνοιξε λογαριασμό με το όνομά μου",
         """Καλησπέρα,

χθες μου ήρθε email «Καλώς ήρθατε στο Shop Example+, η κάρτα σας είναι έτοιμη» για λογαριασμό που ΔΕΝ έκανα εγώ. Στο email φαίνεται διεύθυνση παράδοσης στη Λιέγη (εγώ μένω στις Βρυξέλλες) και ένα τηλέφωνο που δεν είναι δικό μου. Φοβάμαι ότι κάποιος χρησιμοποιεί τα στοιχεία μου, ίσως από τη διαρροή στη Lambert πέρσι.

Σας παρακαλώ να «παγώσετε» αμέσως αυτόν τον λογαριασμό, ώστε να μη γίνεται καμία αγορά, παραγγελία ή πληρωμή, αλλά να ΜΗΝ τον διαγράψετε ακόμα, γιατί θα κάνω καταγγελία στην αστυνομία και θα χρειαστούν τα στοιχεία. Θα ήθελα επίσης να μάθω τι ακριβώς έχει καταχωριστεί στον λογαριασμό αυτό και πότε δημιουργήθηκε.

Ευχαριστώ,
Γιάννης Μιχαηλίδης
0471 55 02 38""",
         "Γιάννης Μιχαηλίδης"),
        ("objection", (),
         "«Αγόρασε τώρα, πλήρωσε αργότερα» και πιστοληπτικός έλεγχος",
         """Καλησπέρα σας,

στους νέους όρους του προγράμματος διαβάζω ότι ο νέος πάροχος πληρωμών σας μπορεί να χρησιμοποιεί το ιστορικό αγορών μου από την κάρτα «για την αξιολόγηση της πιστοληπτικής ικανότητας» στην υπηρεσία αγορών με δόσεις, με βάση το «έννομο συμφέρον».

Δεν έχω ζητήσει ποτέ αγορά με δόσεις και δεν θέλω να χρησιμοποιούνται οι αγορές μου για να βαθμολογηθώ ως δανειολήπτρια. Αντιτίθεμαι σε αυτή την επεξεργασία. Τα υπόλοιπα της κάρτας, πόντοι, εκπτώσεις κ.λπ., μπορούν να συνεχίσουν κανονικά.

Με εκτίμηση,
Αικατερίνη Βλάχου""",
         "Αικατερίνη Βλάχου"),
        ("withdraw_consent", (),
         "newsletter",
         """kalispera, thelo na stamatisei to newsletter kai ta promotional emails, den thelo pleon na ta lamvano. eixa pei nai otan ekana tin karta sto Lambert alla tora to anaklo.
euxaristo
Thanasis""",
         "Thanasis Dimitriou"),
        ("complaint", (),
         "Η ταυτότητά μου στάλθηκε σε άλλον πελάτη",
         """Κύριοι,

στις 2 Απριλίου, κατόπιν αιτήματος του εξωτερικού σας κέντρου εξυπηρέτησης, έστειλα αντίγραφο της ταυτότητάς μου για να μεταφερθούν οι πόντοι της παλιάς μου κάρτας. Σήμερα με πήρε τηλέφωνο ένας άγνωστος κύριος από τη Γάνδη και μου είπε ότι έλαβε από εσάς απάντηση στο δικό του αίτημα με συνημμένη… τη δική μου ταυτότητα.

Αυτό είναι παραβίαση προσωπικών δεδομένων, και μάλιστα σοβαρή, γιατί πρόκειται για έγγραφο ταυτοποίησης. Απαιτώ να μου εξηγήσετε γραπτώς πώς συνέβη, αν έχει ενημερωθεί η Αρχή Προστασίας Δεδομένων του Βελγίου και τι μέτρα παίρνετε. Διαφορετικά θα υποβάλω ο ίδιος καταγγελία στην Αρχή.

Σπύρος Νικολάου""",
         "Σπύρος Νικολάου"),
        ("other", (),
         "Ενεργοποίηση νέας κάρτας",
         """Γεια σας, μου ήρθε η νέα κάρτα Shop Example αλλά στο ταμείο λένε «μη ενεργή». Στο γράμμα λέει να την ενεργοποιήσω στην εφαρμογή αλλά δεν βρίσκω πουθενά την επιλογή. Τι πρέπει να κάνω;

Μαρία Παπαδάκη""",
         "Μαρία Παπαδάκη"),
        ("other", (),
         "Ελληνικά προϊόντα μετά την αλλαγή",
         """Καλημέρα σας,

στο κατάστημα Lambert στο Ixelles (Chaussée de Wavre) υπήρχε ένα ράφι με ελληνικά προϊόντα, φέτα Dodoni, ελιές Καλαμών, γιαούρτι, μέλι. Από τότε που έγινε Shop Example έχει εξαφανιστεί. Θα ξαναέρθουν; Πολλοί Έλληνες της γειτονιάς ψωνίζαμε εκεί ακριβώς γι' αυτό.

Ξέρω ότι αυτή η διεύθυνση είναι για θέματα προσωπικών δεδομένων, αλλά δεν βρήκα άλλη.

Ευχαριστώ,
Γεωργία Σταθοπούλου""",
         "Γεωργία Σταθοπούλου"),
    ],
    "bg": [
        ("access", (),
         "Какви данни имате за мен от Lambert?",
         """Здравейте,

от 2017 г. съм клиент на Lambert Market в Мехелен. Получих писмо, че картата ми е прехвърлена към вас. Искам да разбера какво точно знаете за мен: лични данни, история на покупките, от кога, с какво съгласие. Също дали Lambert е предал данните си и на някого друг освен на вас.

Моля, изпратете ми копие на всичко, което пазите за мен.

Поздрави,
Стефан Георгиев
Bruul 27, 2800 Mechelen""",
         "Стефан Георгиев"),
        ("correction", (),
         "грешен имейл в профила",
         """Здравейте,

при прехвърлянето от старата система профилът ми е вързан към имейл адрес, който не е мой: ivanova.m@abv.bg. Моят е ivanova.mila@abv.bg. Разбрах, защото една жена ми писа във Facebook, че получава моите касови бележки и покани. Неприятно, но разбираемо, някой е объркал при въвеждане.

Моля, сменете имейла в профила ми с правилния. Карта № 6004 5521 0876.

Мила Иванова""",
         "Мила Иванова"),
        ("deletion", (),
         "Профил на непълнолетно дете",
         """Добър ден,

синът ми Мартин е на 15 години. Миналата година сам си е направил профил в онлайн магазина на Lambert, за да участва в игра с награди, без да ни пита. След поглъщането профилът му е прехвърлен при вас и сега получава реклами и предложения на телефона си.

Като родител ви моля да изтриете напълно профила му и всички данни за него. Имейлът на профила е martin.petrov2010@gmail.com. Ако трябва да докажа, че съм негова майка, кажете какъв документ ви е нужен.

Благодаря,
Десислава Петрова""",
         "Десислава Петрова"),
        ("portability", (),
         "Данните ми в машинно четим формат",
         """Здравейте,

уеб акаунтът ми в lambertmarket.be ще бъде закрит на 30 юни. Там имам профил, адреси за доставка, списъци за пазаруване и история на поръчките от няколко години. Моля, изпратете ми всички данни, които съм ви предоставил и които сте събрали от поръчките ми, в структуриран машинно четим формат (JSON или CSV), за да ги запазя за себе си.

Потребител: h.dimitrov@gmail.com

С уважение,
Христо Димитров""",
         "Христо Димитров"),
        ("restriction", (),
         "Не изтривайте, но и не използвайте",
         """Уважаеми дами и господа,

имам сериозни съмнения, че прехвърлянето на данните ми от Verbeke към вас изобщо е законно. Никой не ме е питал, а в уведомлението нямаше никакво основание. Консултирам се с юрист и в момента проверявам въпроса.

Докато това се изясни, ви моля данните ми да бъдат само съхранявани: не ги използвайте за маркетинг, анализи, за новата програма за лоялност или каквото и да било друго. И не ги изтривайте, защото ако реша да подам жалба, ще ми трябват като доказателство какво точно е било прехвърлено.

Моля за писмено потвърждение.

Владимир Тодоров
карта Verbeke 3301 2098 6654""",
         "Владимир Тодоров"),
        ("objection", (),
         "Покупките ми за \"пазарни проучвания\"?!",
         """Здравейте,

в новите ви условия пише, че анонимизирани и „псевдонимизирани“ данни за покупките на клиентите се анализират и се предоставят на доставчиците ви за „пазарни проучвания“ на основание законен интерес.

Възразявам срещу използването на моите данни по този начин. Не искам производителите да получават нищо, свързано с моите покупки, дори и псевдонимизирано. Картата искам да си я запазя.

Росица Колева""",
         "Росица Колева"),
        ("withdraw_consent", (),
         "Снимката ми в рекламата",
         """Здравейте,

през 2024 г. участвах във фотосесия на Lambert „Нашите клиенти“ и подписах съгласие снимката ми да се ползва в техните брошури и плакати. Сега виждам същата снимка на плакат на Shop Example в магазина на Chaussée de Louvain, с вашето лого.

Съгласието ми беше за Lambert, не за вас. Оттеглям го. Моля, не използвайте повече снимката ми нито в магазините, нито онлайн.

Надежда Стоянова
0494 18 62 07""",
         "Надежда Стоянова"),
        ("complaint", ("access",),
         "Жалба - два месеца ме прехвърлят от франчайза към централата",
         """Здравейте,

на 3 февруари поисках в магазина Shop Example в Гент (Overpoort), който, както разбрах по-късно, е франчайз, да ми дадат копие от данните, които пазят за мен, включително записите от камерите от 28 януари, когато имах спор с охранител. Казаха ми да пиша на централата. Писах на централата, отговориха ми, че магазинът е франчайз и да питам там. Оттогава минаха два месеца и никой не ми е дал нищо.

Това е неприемливо. Някой от вас е отговорен за данните ми и трябваше да ми отговори в срок от един месец. Подавам жалба и към Органа за защита на данните в Белгия. Все още искам копие от данните си, включително видеозаписите.

Борислав Николов
bnikolov@gmail.com""",
         "Борислав Николов"),
        ("other", (),
         "поръчка от затворен магазин",
         """Здравейте, поръчах онлайн детска количка с вземане от магазина в Берхем, но видях, че е затворен. Къде ще бъде доставена сега? Поръчка SE-2026-0419032. Благодаря, Галина""",
         "Галина Маринова"),
        ("other", (),
         "vazmozhno li e s balgarska lichna karta",
         """Zdraveyte, izvinyavam se che pisha na latinica, ot rabotniya kompyutar sam. Imam kolet za vzimane ot magazina v Anderlecht. Mozhe li da go vzeme s balgarska lichna karta ili tryabva belgiyska? Pri Lambert vinagi pitaha za belgiyska.

Blagodarya,
Petya Angelova""",
         "Петя Ангелова"),
    ],
}

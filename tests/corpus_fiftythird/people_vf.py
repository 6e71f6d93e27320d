"""Fifty-third set, personalisation, scores and automated decisions (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftythird.py)."""

PEOPLE_VF = {
    "pl": [
        ("access", (),
         "Anulowanie zamówienia nr 2026-118734 – prośba o informacje",
         """Dzień dobry,

5 listopada złożyłam zamówienie nr 2026-118734 (odkurzacz, 649 EUR). Kilka minut później dostałam maila, że zamówienie zostało anulowane „ze względów bezpieczeństwa” przez system weryfikacji płatności. Na infolinii usłyszałam tylko, że „tak zdecydował system”, a konsultant sam nie widzi powodu.

Na podstawie art. 15 RODO, w szczególności art. 15 ust. 1 lit. h, proszę o informację:
- jakie moje dane osobowe zostały użyte przy tej ocenie (adres IP, urządzenie, historia zamówień, dane z zewnętrznych baz?),
- na jakiej zasadzie działa ta weryfikacja i dlaczego moje zamówienie dostało taki wynik,
- czy te dane pochodzą od Państwa, czy od jakiejś firmy zewnętrznej.

Karta, którą płaciłam, jest moja, a pod adresem dostawy mieszkam od ośmiu lat. Chciałabym po prostu zrozumieć, co się stało.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),

        ("objection", ("access",),
         "ceny w aplikacji",
         """Witam,

siedziałyśmy wczoraj z koleżanką obok siebie i porównałyśmy ten sam ekspres do kawy w Waszej aplikacji. U niej 189,99, u mnie 214,99. Ten sam model, ta sama chwila. Rozumiem, że ceny są „personalizowane”.

Nie zgadzam się na to. Sprzeciwiam się wykorzystywaniu moich danych (historii zakupów, modelu telefonu, lokalizacji czy czegokolwiek innego) do ustalania, ile mam zapłacić. Proszę to u mnie wyłączyć.

I przy okazji proszę napisać, do jakiej „grupy klientów” zostałam przypisana i na jakiej podstawie.

Magda Kowalczyk""",
         "Magdalena Kowalczyk"),

        ("deletion", ("withdraw_consent",),
         "Proszę usunąć mój profil zakupowy",
         """Dzień dobry,

w zeszłym miesiącu kupiłam w Państwa sklepie internetowym test ciążowy. Od tamtej pory w aplikacji i w mailach widzę wyłącznie wózki, pieluchy i witaminy dla kobiet w ciąży. Problem w tym, że korzystamy z mężem z jednego tabletu i w ten sposób dowiedział się o czymś, o czym chciałam mu powiedzieć sama, w swoim czasie.

Proszę usunąć wszystkie dane, na podstawie których Państwa system „wywnioskował”, że jestem w ciąży, oraz cały profil rekomendacji powiązany z moim kontem. Konto może zostać, ale bez tej historii.

Nie chcę też więcej dostawać maili z „propozycjami dla Ciebie” – proszę mnie wypisać z tego newslettera.

Pozdrawiam
K. Nowicka""",
         "Katarzyna Nowicka"),

        ("restriction", (),
         "Konto zablokowane jako podejrzane – wniosek o ograniczenie przetwarzania",
         """Szanowni Państwo,

od 28 października moje konto (karta lojalnościowa 6001 4420 7781) jest zablokowane z adnotacją „podejrzana aktywność”. Dział obsługi klienta poinformował mnie, że sprawa została przekazana do wyjaśnienia i potrwa to „do kilku tygodni”.

Kwestionuję prawidłowość tej oceny – nie robiłem niczego nietypowego, poza tym, że zamawiałem z nowego telefonu. Dlatego na podstawie art. 18 ust. 1 lit. a RODO wnoszę o ograniczenie przetwarzania moich danych do czasu zakończenia weryfikacji: proszę, aby oznaczenie „podejrzany” nie było w tym czasie wykorzystywane ani przekazywane dalej (np. operatorom płatności czy partnerom), a jednocześnie aby moje dane i historia zamówień nie zostały usunięte.

Proszę o potwierdzenie otrzymania wniosku.

Z wyrazami szacunku
Tomasz Zieliński""",
         "Tomasz Zieliński"),

        ("correction", (),
         "zła data urodzenia w profilu",
         """Dzień dobry,

od jakiegoś czasu dostaję od Was oferty „dla seniorów 65+” – aparaty słuchowe, laski, kalendarze z dużą czcionką. Zajrzałem do ustawień konta i już rozumiem dlaczego: mam tam wpisany rok urodzenia 1947. Urodziłem się w 1974 (12.03.1974), ktoś pewnie przestawił cyfry przy zakładaniu karty w sklepie.

Proszę o poprawienie daty, bo w aplikacji nie da się jej zmienić samemu.

Dzięki,
Paweł Mazur""",
         "Paweł Mazur"),

        ("portability", (),
         "Eksport historii zakupów z karty lojalnościowej",
         """Dzień dobry,

chciałbym otrzymać wszystkie dane o moich zakupach z karty lojalnościowej (nr 6001 3390 1245) w pliku, który da się zaimportować do innego programu – CSV albo JSON. Chodzi o daty, produkty, ceny, naliczone punkty i rabaty.

Testuję aplikację do budżetu domowego, która sama analizuje wydatki, i chcę jej te dane wgrać. Jeśli da się je przesłać bezpośrednio do tej firmy (BudgetWise), to też będzie OK.

Pozdrawiam
Michał Lewandowski""",
         "Michał Lewandowski"),

        ("complaint", (),
         "PONOWNIE: odmowa płatności ratalnej – brak odpowiedzi",
         """Dzień dobry,

piszę już drugi raz. 2 października wysłałam na ten adres pytanie, dlaczego automatycznie odmówiono mi płatności w ratach przy zamówieniu 2026-097512, i poprosiłam, żeby ktoś z Państwa pracowników, a nie system, jeszcze raz przyjrzał się tej decyzji. Minął ponad miesiąc i nie dostałam żadnej odpowiedzi, nawet automatycznego potwierdzenia.

RODO daje Państwu na odpowiedź miesiąc. Jeżeli do końca tygodnia nic nie otrzymam, złożę skargę do belgijskiego organu ochrony danych (APD/GBA).

Joanna Dąbrowska""",
         "Joanna Dąbrowska"),

        ("other", (),
         "Dopasowanie ceny – blender",
         """Dzień dobry,

w sklepie konkurencji ten sam blender (Philips HR3760) kosztuje 79 EUR, a u Was 94,99. Na stronie piszecie o gwarancji najniższej ceny – czy możecie dopasować cenę? Link do oferty mogę podesłać.

Zamówienia jeszcze nie złożyłem, czekam na odpowiedź.

Pozdrawiam
Zbigniew Krawczyk""",
         "Zbigniew Krawczyk"),

        ("other", (),
         "kupon nie działa",
         """Hej,

dostałam kupon -15% na urodziny (kod BDAY15-KX82), ale przy płatności wyskakuje „kod nieprawidłowy”. Jest ważny do 30.11, więc nie rozumiem.

I druga sprawa: w moim koncie wisi jeszcze stary kupon z wakacji, który dawno wygasł, a system ciągle go podpowiada zamiast nowego. Możecie go usunąć z konta?

Dzięki,
Ola""",
         "Aleksandra Wójcik"),

        ("other", (),
         "Poziomy w programie lojalnościowym",
         """Dzień dobry,

mam ogólne pytanie: jak działa przechodzenie między poziomami Silver, Gold i Platinum? Liczą się zakupy z ostatnich 12 miesięcy czy z roku kalendarzowego? I czy zakupy w sklepie stacjonarnym liczą się tak samo jak te przez internet?

Nie mogę tego znaleźć w regulaminie.

Dziękuję,
Ewa Kamińska""",
         "Ewa Kamińska"),
    ],

    "cs": [
        ("objection", (),
         "Nesouhlas s profilováním",
         """Dobrý den,

poslední dobou mi od vás chodí e-maily typu „Chybíte nám! Speciálně pro vás −20 %“ a v aplikaci vidím sekci „Zákazníci jako vy kupují“. Předpokládám tedy, že mě váš systém někam zařadil a vyhodnocuje, jestli od vás neodejdu.

Nepřeji si, abyste moje nákupy a chování v aplikaci takto analyzovali. Podle čl. 21 GDPR vznáším námitku proti profilování své osoby pro marketingové účely, včetně zařazování do segmentů a předpovídání mého chování.

Děkuji
Jana Horáková""",
         "Jana Horáková"),

        ("access", ("correction",),
         "Zamítnutá odložená platba",
         """Dobrý den,

při objednávce č. 2026-130077 mi systém zamítl možnost „Zaplatit později“. Žádný důvod, jen hláška, že tato platební metoda pro mě „momentálně není dostupná“. Jinde s tím problém nemám.

Chtěl bych vědět, jaké údaje o mně jste při tom rozhodnutí použili, odkud je máte (nějaký registr dlužníků?) a podle čeho se o tom rozhoduje.

A ještě jedna věc: všiml jsem si, že v účtu mám pořád starou adresu v Brně, přestože od loňska bydlím v Bruselu. Prosím o opravu na Avenue Louise 231, 1050 Ixelles. Třeba i to v tom hrálo roli.

Díky
Martin Dvořák""",
         "Martin Dvořák"),

        ("withdraw_consent", (),
         "push notifikace podle polohy",
         """Dobrý den,

pokaždé, když jdu kolem vaší prodejny na Meiru, pípne mi telefon s nabídkou „jen pro vás – jste kousek od nás“. Je to dost nepříjemné.

Při instalaci aplikace jsem asi kliknul na souhlas, ale teď ho beru zpět. Nechci žádné personalizované push notifikace ani nabídky podle polohy. V nastavení jsem na to přepínač nenašel.

Petr Král""",
         "Petr Král"),

        ("deletion", (),
         "Zrušení účtu",
         """Dobrý den,

podle zákaznické podpory mám na účtu příznak „zákazník s vysokou mírou vracení“, a proto mi už nejde vrátit zboží zdarma. Za dva roky jsem vrátila tři věci, které mi nebyly. Nehodlám to dál řešit, prostě u vás už nakupovat nebudu.

Prosím o zrušení mého účtu (e-mail, ze kterého píšu) a smazání všech mých osobních údajů, včetně toho hodnocení a historie vratek.

S pozdravem
Lucie Nováková""",
         "Lucie Nováková"),

        ("portability", ("deletion",),
         "Export dat a potom smazání",
         """Dobrý den,

přecházím k jinému obchodu a rád bych si svá data vzal s sebou. Pošlete mi prosím všechny údaje, které jsem vám poskytl a které se týkají mých nákupů a věrnostní karty (č. 2250 8817 3304), ve strojově čitelném formátu – JSON nebo CSV.

Až to budu mít, smažte prosím můj účet.

Díky,
Ondřej Procházka""",
         "Ondřej Procházka"),

        ("restriction", (),
         "Podezření na podvod – žádost o omezení zpracování",
         """Dobrý den,

moje objednávka č. 2026-141902 byla zrušena s tím, že ji váš systém vyhodnotil jako možný podvod, a účet mám od té doby zablokovaný. Zákaznické oddělení mi sdělilo, že se to prověřuje.

S tímto hodnocením nesouhlasím. Zároveň řeším s bankou vrácení platby, takže potřebuji, aby záznamy zůstaly zachované. Žádám proto o omezení zpracování podle čl. 18 GDPR:
1) dokud prověřování neskončí, nepoužívejte můj „rizikový“ příznak k ničemu dalšímu a nepředávejte ho jiným firmám,
2) nemažte záznamy o té objednávce a o rozhodnutí, i kdyby je jinak vaše lhůty smazaly – budu je potřebovat pro spor s bankou.

S pozdravem
Veronika Černá""",
         "Veronika Černá"),

        ("complaint", ("access",),
         "Stížnost – jiné ceny podle bydliště",
         """Dobrý den,

se sestrou jsme zjistily, že když nakupuji se svou adresou v Molenbeeku, vidím u stejného zboží vyšší ceny a méně slev než ona se svým účtem s adresou v Uccle. Zkoušely jsme to několikrát na stejném notebooku, jen jsme se přihlásily každá ke svému účtu.

Pokud váš systém určuje ceny podle čtvrti, kde člověk bydlí, je to podle mě diskriminace a zneužití mých osobních údajů a chci si na to formálně stěžovat.

Zároveň žádám o informaci, jaké údaje o mně při stanovování cen používáte a jak to celé funguje.

Hana Svobodová""",
         "Hana Svobodová"),

        ("other", (),
         "Proč byla zrušena objednávka?",
         """Dobrý den,

dnes ráno mi přišel e-mail, že objednávka 2026-150233 (sluchátka Sony WH-1000XM5) byla zrušena. Platbu jsem už provedl. Bylo to kvůli tomu, že zboží nebylo skladem? Na webu pořád svítí „skladem“.

A kdy mi přijdou peníze zpátky?

Díky
Jakub Beneš""",
         "Jakub Beneš"),

        ("other", (),
         "Rozdílná cena na prodejně a na webu",
         """Dobrý den,

na webu stojí pračka Bosch Serie 6 549 €, ale v prodejně v Gentu mi ji chtěli prodat za 599 €. Prodavač říkal, že ceny na e-shopu jsou jiné.

Platí u vás nějaká cenová garance mezi e-shopem a prodejnami? Případně si ji můžu objednat online s vyzvednutím na prodejně za tu webovou cenu?

Děkuji
Zdeněk Pokorný""",
         "Zdeněk Pokorný"),

        ("other", (),
         "Řazení recenzí",
         """Dobrý den,

mám dotaz k recenzím na vašem webu. U vysavačů se mi vždycky jako první zobrazují ty nejlepší. Řadí je nějaký algoritmus, nebo si to můžu seřadit podle data? Filtr jsem nenašla a ráda bych viděla i ty nejnovější, včetně negativních.

Díky
Tereza Marková""",
         "Tereza Marková"),
    ],

    "hr": [
        ("access", (),
         "A/B testovi – upit",
         """Poštovani,

čitao sam na jednom tehnološkom portalu da web trgovine stalno provode A/B testove, pa kupci vide različite cijene, različit raspored stranica i različite ponude. Zanima me konkretno za mene:

- jesam li bio (ili sam još uvijek) uključen u neki takav test u vašoj aplikaciji ili web trgovini,
- u koje sam skupine bio svrstan i koje su mi se razlike prikazivale,
- koje ste moje podatke pritom koristili.

Pozivam se na pravo na pristup iz članka 15. GDPR-a.

Lijep pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),

        ("correction", ("objection",),
         "Nisam žena :)",
         """Dobar dan,

već mi mjesecima aplikacija nudi haljine, šminku i kolekcije „za nju“, a mailovi počinju s „Poštovana“. Ja sam muškarac, zovem se Andrea – mama mi je Talijanka, a u Italiji je to muško ime. Znam da to zbunjuje.

Molim vas da mi u profilu ispravite spol u muški. I općenito ne želim da mi sustav sam pogađa spol ili bilo što drugo iz imena i kupnji – protivim se takvom profiliranju.

Pozdrav,
Andrea Kovačević""",
         "Andrea Kovačević"),

        ("objection", ("withdraw_consent",),
         "Dijeljenje podataka s oglašivačima",
         """Poštovani,

nakon što sam kod vas gledala dječje autosjedalice, na Instagramu i Facebooku danima su mi iskakali oglasi za točno te modele. U vašoj politici privatnosti piše da podatke dijelite s „partnerima za oglašavanje“ na temelju legitimnog interesa.

Prigovaram takvom dijeljenju svojih podataka i njihovu korištenju za ciljano oglašavanje. Također povlačim privolu za personalizirane oglase i kolačiće za praćenje koju sam dala kad sam instalirala aplikaciju.

Srdačno,
Marija Babić""",
         "Marija Babić"),

        ("deletion", (),
         "brisanje razgovora s chatbotom",
         """Bok,

prije par tjedana sam preko vašeg AI asistenta u aplikaciji pitala za proizvode za dijabetičare i spominjala svoje nalaze i terapiju (glupo, znam). Sad mi asistent na svaki upit odgovara s „s obzirom na vaš dijabetes…“, pa to očito pamti.

Molim vas da obrišete sve moje razgovore s asistentom i sve što je iz njih zapamćeno ili zaključeno o mom zdravlju.

Hvala,
Petra Jurić""",
         "Petra Jurić"),

        ("restriction", (),
         "Zahtjev za ograničenje obrade – odbijeno plaćanje na rate",
         """Poštovani,

3. studenoga 2026. prilikom narudžbe br. 2026-155610 automatski mi je odbijeno plaćanje na rate. Javio sam se vašoj službi za korisnike i rečeno mi je da je razlog „negativna procjena kreditne sposobnosti“ te da ću dobiti detaljnije objašnjenje.

Smatram da su podaci na kojima se ta procjena temelji netočni – nikada nisam kasnio s plaćanjem. Dok se to ne provjeri, tražim ograničenje obrade na temelju članka 18. stavka 1. točke (a) GDPR-a: molim da se ta procjena ne koristi za daljnje odluke o meni i da se ne prosljeđuje trećim stranama.

S poštovanjem,
Dario Marić""",
         "Dario Marić"),

        ("portability", ("access",),
         "Moji podaci u CSV-u",
         """Pozdrav,

htio bih preuzeti svoje podatke iz vašeg programa vjernosti – kupnje, bodove, ocjene proizvoda koje sam davao – u nekom strojno čitljivom obliku (CSV, JSON, svejedno), da ih mogu prebaciti u program vjernosti druge trgovine.

I usput, napišite mi molim vas kojim ste sve tvrtkama proslijedili moje podatke u zadnje dvije godine.

Hvala,
Luka Knežević""",
         "Luka Knežević"),

        ("complaint", (),
         "Pritužba – nitko mi ne zna objasniti odluku",
         """Poštovani,

moj je status u programu vjernosti automatski spušten s „Gold“ na „Basic“ i time sam izgubila popust od 10 % i besplatnu dostavu. Od 14. listopada pokušavam doznati zašto. Korisnička služba kaže da to „radi sustav“, trgovina u Antwerpenu šalje me na e-mail, a na ovu sam adresu pisala 16. listopada i 2. studenoga – bez ikakvog odgovora.

Ovo mi je treća poruka. Smatram neprihvatljivim da o meni odlučuje algoritam, a da mi nitko ne može ili ne želi reći na temelju čega. Ako ne dobijem odgovor u roku od 8 dana, podnijet ću pritužbu belgijskom nadzornom tijelu za zaštitu podataka.

Ana Pavlović""",
         "Ana Pavlović"),

        ("other", (),
         "Kupon za vjerne kupce ne radi",
         """Dobar dan,

dobila sam mail s kuponom „samo za naše vjerne kupce“ (kod LOYAL-20), ali pri plaćanju piše da kupon ne vrijedi za proizvode na akciji. To nigdje nije pisalo.

Vrijedi li kupon za ovaj usisavač ili ne?

Hvala,
Ivana Tomić""",
         "Ivana Tomić"),

        ("other", (),
         "Usklađivanje cijene",
         """Pozdrav,

prije pet dana kupio sam kod vas televizor Samsung 55" za 699 €, a danas je na vašem webu 629 €. Mogu li dobiti razliku natrag ili moram vratiti televizor i ponovno ga naručiti?

Broj računa: 2026-R-447120

Stjepan Vuković""",
         "Stjepan Vuković"),

        ("other", (),
         "otkazana narudžba",
         """Bok,

otkazali ste mi narudžbu 2026-149870 jer „artikl više nije dostupan“. OK, ali stoji mi i dalje u košarici i svaki put kad se prijavim, stranica ga pokušava dodati u narudžbu. Možete li ga maknuti iz košarice?

I kad mogu očekivati povrat novca?

Hvala,
Nikolina Perić""",
         "Nikolina Perić"),
    ],

    "sv": [
        ("objection", (),
         "Invändning mot profilering och personaliserad prissättning (art. 21 och 22 GDPR)",
         """Hej,

Jag har förstått att Shop Example anpassar priser och erbjudanden i appen efter den enskilda kunden. Jag invänder härmed, enligt artikel 21 i dataskyddsförordningen, mot all behandling av mina personuppgifter för profilering i syfte att sätta priser, rabatter eller erbjudanden för mig. Jag vill inte heller bli föremål för beslut som enbart grundas på automatiserad behandling (artikel 22).

Jag förväntar mig att ni från och med nu visar mig samma priser som en kund som inte är inloggad. Bekräfta gärna skriftligen när detta är genomfört.

Med vänliga hälsningar
Karin Lindqvist
Kundnummer 4471 0923""",
         "Karin Lindqvist"),

        ("access", (),
         "Nedgraderad från Guld till Silver",
         """Hej!

Fick ett mejl i går om att min nivå i kundklubben automatiskt har sänkts från Guld till Silver ”baserat på din köpaktivitet”. Jag handlar ungefär lika mycket som förra året, men numera mest i butiken i Gent i stället för på nätet.

Kan ni berätta vilka uppgifter om mig som låg till grund för det här, hur beräkningen går till och om någon människa har tittat på det? Jag vill gärna att någon går igenom det manuellt.

Mvh
Erik Johansson
kortnr 7700 2214 5590""",
         "Erik Johansson"),

        ("withdraw_consent", (),
         "Sluta med ”vi saknar dig”-mejlen",
         """Hej,

sedan jag inte handlat på ett tag får jag mejl varannan dag: ”Vi saknar dig, Sara!”, ”Kom tillbaka – 15 % bara för dig”. Jag har inte försvunnit, jag har bara inte behövt något.

Jag vill inte ha fler reklammejl eller erbjudanden från er, varken personliga eller andra. Ta bort mig från utskicken, tack.

/Sara""",
         "Sara Nilsson"),

        ("correction", (),
         "Felaktig returhistorik",
         """Hej,

Kundtjänst berättade att mitt konto har flaggats som ”kund med hög returgrad” och att jag därför inte längre får göra kostnadsfria returer. Jag har gått igenom min orderhistorik och ser att en och samma retur (order 2026-088421, en jacka) är registrerad tre gånger – 12, 13 och 15 oktober. Antagligen för att jag fick skriva ut returetiketten på nytt.

Rätta gärna returhistoriken så att den bara visar en retur. Då borde väl flaggan också försvinna.

Tack på förhand,
Oskar Berg""",
         "Oskar Berg"),

        ("deletion", ("objection",),
         "Radera min profil",
         """Hej.

Ända sedan jag köpte dadlar och en bönematta hos er i våras visar appen mig ”produkter inför din högtid”, halalmärkt mat och Eid-presenter. Jag har aldrig berättat för er vilken religion jag har och vill inte att ni gissar.

Radera den profil ni har byggt upp utifrån mina köp och de slutsatser ni har dragit om mig. Jag motsätter mig också att ni fortsätter att profilera mig för rekommendationer framöver.

Leila Andersson""",
         "Leila Andersson"),

        ("portability", (),
         "Mina uppgifter i maskinläsbart format",
         """Hej,

med stöd av artikel 20 i GDPR vill jag få ut de personuppgifter jag har lämnat till er – kontouppgifter, köphistorik, sparade önskelistor och de preferenser jag fyllt i i appen – i ett strukturerat, maskinläsbart format (JSON eller CSV). Jag ska flytta dem till ett annat kundprogram.

Vänliga hälsningar
Anders Holm""",
         "Anders Holm"),

        ("complaint", ("deletion",),
         "Andra påminnelsen – fortfarande inget svar",
         """Hej igen,

Den 29 september skrev jag hit och bad om en förklaring till varför min order (2026-079310) stoppades av er ”bedrägerikontroll” och mitt konto spärrades. Jag fick ett automatsvar med ärendenummer 58812 och sedan ingenting. Jag påminde den 20 oktober. Fortfarande tyst.

Det har gått över en månad nu. Jag tycker det är under all kritik att man stämplas som misstänkt bedragare och sedan inte ens får ett svar.

Jag har ingen lust att handla hos er längre. Radera mitt konto och alla uppgifter om mig, inklusive den där flaggan.

Johan Eriksson""",
         "Johan Eriksson"),

        ("other", (),
         "Prismatchning?",
         """Hej!

Har ni prismatchning? Samma robotdammsugare (Roborock Q7) kostar 299 € hos en konkurrent och 349 € hos er. Jag handlar helst hos er eftersom jag har stamkundskort, men skillnaden är ju rätt stor.

Hälsningar
Linnea Åberg""",
         "Linnea Åberg"),

        ("other", (),
         "Hur funkar nivåerna i kundklubben?",
         """Hej,

en allmän fråga: hur många poäng behövs för att nå Guld, och hur länge gäller en nivå? Räknas poängen per kalenderår eller rullande tolv månader?

Det vore bra om ni kunde förklara det tydligare på hemsidan, jag hittar bara ”villkor gäller”.

Tack!
Maria Sjöberg""",
         "Maria Sjöberg"),

        ("other", (),
         "Ta bort gammal rabattkod",
         """Hej,

det ligger en utgången rabattkod (SOMMAR10) i mitt konto som appen hela tiden försöker använda automatiskt i kassan. Då står det ”koden är inte giltig” och jag måste backa och ta bort den manuellt varje gång. Kan ni ta bort den från kontot?

En sak till: gäller min nya kod HOST25 även på reavaror?

Tack,
Gustav Lund""",
         "Gustav Lund"),
    ],

    "ro": [
        ("access", ("objection",),
         "De ce văd prețuri mai mari pe iPhone?",
         """Bună ziua,

Am observat ceva ciudat: același aspirator apare în aplicația dumneavoastră cu 259 € pe iPhone-ul meu și cu 239 € pe telefonul Android al soțului meu, amândoi logați în conturile noastre, în aceeași seară.

Vă rog să-mi spuneți ce date despre mine (modelul telefonului, istoricul de cumpărături, localizarea etc.) folosiți ca să stabiliți prețurile și ofertele pe care le văd.

Și, ca să fie clar: nu sunt de acord să-mi fie calculate prețurile după telefonul pe care îl am. Mă opun acestei prelucrări.

Cu stimă,
Andreea Popescu""",
         "Andreea Popescu"),

        ("restriction", (),
         "Cont blocat – cerere de restricționare a prelucrării",
         """Stimată echipă,

Contul meu a fost blocat pe 21 octombrie 2026, după ce sistemul dumneavoastră antifraudă a marcat o comandă (nr. 2026-121455) drept „suspectă”. Am trimis deja dovezi (extras de cont, copie după buletin) și mi s-a spus că verificarea poate dura câteva săptămâni.

Contest exactitatea acestei marcări. Până la finalizarea verificării vă solicit, în temeiul art. 18 din GDPR, să restricționați prelucrarea datelor mele: să nu folosiți marcajul de „suspect” în alte decizii și să nu-l transmiteți procesatorilor de plăți sau altor terți. Totodată vă rog să nu ștergeți contul sau istoricul comenzilor, de care am nevoie ca dovadă.

Cu stimă,
Mihai Ionescu""",
         "Mihai Ionescu"),

        ("deletion", (),
         "ștergeți profilul meu de client",
         """Bună,

Un prieten care lucrează în marketing mi-a zis că magazinele online calculează pentru fiecare client un „scor de risc de plecare” și de-aia primesc eu de două săptămâni reduceri peste reduceri. Nu vreau să fiu un scor în tabelul nimănui.

Vă rog să ștergeți profilul pe care l-ați făcut despre mine, segmentele în care m-ați pus și orice scor de genul ăsta. Contul îl pot păstra pentru comenzi.

Mulțumesc,
Radu Stoica""",
         "Radu Stoica"),

        ("withdraw_consent", ("objection",),
         "Nu mai vreau SMS-uri",
         """Bună ziua,

Vă rog să nu-mi mai trimiteți SMS-uri cu „oferte personalizate”. Îmi retrag acordul pentru mesajele de marketing pe telefon.

De asemenea, am văzut în politica de confidențialitate că datele clienților sunt transmise „partenerilor comerciali” în scop publicitar. Nu sunt de acord ca datele mele să fie date mai departe pentru așa ceva.

Numărul meu: +32 470 55 18 92

Elena Dumitrescu""",
         "Elena Dumitrescu"),

        ("correction", (),
         "Adresă greșită și oferte care nu mă privesc",
         """Bună ziua,

În contul meu apare încă adresa veche din Charleroi, deși m-am mutat la Leuven din august. Am schimbat-o în aplicație, dar cardul de fidelitate pare să aibă în continuare adresa veche, pentru că primesc tot oferte „pentru magazinul de lângă tine” din Charleroi și cataloage acolo.

Vă rog să actualizați adresa peste tot: Naamsestraat 48, bus 3, 3000 Leuven. Card de fidelitate: 5512 0087 4431.

Mulțumesc,
Cristina Georgescu""",
         "Cristina Georgescu"),

        ("portability", (),
         "Export date în format JSON",
         """Bună ziua,

Aș dori să primesc, conform art. 20 din GDPR, datele personale pe care vi le-am furnizat și cele generate prin folosirea cardului de fidelitate și a aplicației (istoric de cumpărături, liste de dorințe, preferințe), într-un format structurat, care poate fi citit automat – JSON sau CSV. Vreau să le import în aplicația altui magazin.

Cu mulțumiri,
Bogdan Mureșan""",
         "Bogdan Mureșan"),

        ("complaint", (),
         "Plângere – decizie automată fără nicio explicație",
         """Stimate domn/Stimată doamnă,

Pe 9 octombrie mi s-a refuzat automat plata în rate pentru comanda nr. 2026-101762. Pe 12 octombrie v-am scris, invocând art. 15 alin. (1) lit. h) și art. 22 din GDPR, și am cerut să aflu logica acestei decizii și să fie reanalizată de o persoană. Am primit un răspuns-tip, care spune doar că „decizia a fost luată conform politicilor noastre interne de risc” și că „nu poate fi revizuită”.

Acesta nu este un răspuns. Refuzul de a explica o decizie automată și de a permite intervenția umană îmi încalcă drepturile. Dacă în 14 zile nu primesc un răspuns concret, voi depune plângere la Autoritatea belgiană pentru protecția datelor.

Cu stimă,
Ioana Constantinescu""",
         "Ioana Constantinescu"),

        ("other", (),
         "cuponul de fidelitate nu funcționează",
         """Bună,

Am primit cuponul de 10 € pentru clienții fideli, dar în coș apare „Cupon invalid”. Comanda minimă e 50 € și eu am produse de 64 €. Am încercat să șterg cuponul și să-l adaug din nou, degeaba.

Ce fac greșit?

Mulțumesc,
Alina Marin""",
         "Alina Marin"),

        ("other", (),
         "Comanda anulată?",
         """Bună ziua,

Azi am primit un e-mail că comanda 2026-158802 a fost anulată. E din cauză că nu mai aveți pe stoc mărimea 42? Dacă da, o pot comanda din nou când revine?

Și banii îi primesc înapoi pe card automat?

Florin Dinu""",
         "Florin Dinu"),

        ("other", (),
         "Prețul a scăzut după ce am cumpărat",
         """Bună ziua,

Am cumpărat de la dumneavoastră un espressor De'Longhi pe 2 noiembrie cu 329 €, iar acum e la promoție cu 279 €. Aveți garanție de preț? Pot primi diferența înapoi?

Factura nr. 2026-F-330914.

Mulțumesc,
Gabriela Stan""",
         "Gabriela Stan"),
    ],

    "el": [
        ("objection", (),
         "Εναντίωση στην κατάρτιση προφίλ",
         """Καλησπέρα σας,

Διαπίστωσα ότι στην εφαρμογή σας οι τιμές και οι εκπτώσεις που βλέπω δεν είναι ίδιες με αυτές που βλέπουν φίλοι μου για τα ίδια προϊόντα. Υποθέτω ότι πρόκειται για εξατομικευμένη τιμολόγηση με βάση το προφίλ μου.

Με το παρόν ασκώ το δικαίωμα εναντίωσης του άρθρου 21 του ΓΚΠΔ και σας ζητώ να σταματήσετε να επεξεργάζεστε τα δεδομένα μου για κατάρτιση προφίλ και για τον καθορισμό τιμών και προσφορών για εμένα.

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),

        ("access", (),
         "Τι ξέρει για μένα ο ψηφιακός βοηθός σας;",
         """Γεια σας,

Χθες ρώτησα τον ψηφιακό βοηθό (chatbot) στην εφαρμογή για ένα δώρο και μου απάντησε: «Αφού έχετε δύο παιδιά ηλικίας 4 και 7 ετών, σας προτείνω…». Δεν θυμάμαι να σας έχω πει ποτέ πόσα παιδιά έχω ή πόσων χρονών είναι.

Θα ήθελα να μάθω ποια δεδομένα για μένα έχει στη διάθεσή του ο βοηθός, από πού τα πήρατε και τι άλλο έχετε «συμπεράνει» για την οικογένειά μου. Αν γίνεται, στείλτε μου κι ένα αντίγραφο.

Ευχαριστώ,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),

        ("deletion", ("withdraw_consent",),
         "Διαγραφή δεδομένων υγείας",
         """Καλημέρα,

Από τότε που αγόρασα από το ηλεκτρονικό σας κατάστημα μετρητή σακχάρου και ταινίες μέτρησης, το newsletter σας είναι γεμάτο «προϊόντα για διαβητικούς» και γλυκαντικά. Δεν επιθυμώ να κρατάτε οποιοδήποτε συμπέρασμα για την υγεία μου.

Παρακαλώ διαγράψτε το προφίλ αγορών μου και οτιδήποτε σχετίζεται με αυτό. Και βγάλτε με από το newsletter, δεν θέλω να λαμβάνω πια τέτοια email.

Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),

        ("restriction", ("access",),
         "Απόρριψη πληρωμής με δόσεις – αίτημα περιορισμού",
         """Αξιότιμοι κύριοι,

Στις 30 Οκτωβρίου 2026 απορρίφθηκε αυτόματα η αγορά μου με δόσεις (παραγγελία 2026-112984). Η εξυπηρέτηση πελατών μού είπε ότι ο λόγος ήταν «αρνητική αξιολόγηση πιστοληπτικής ικανότητας» από εξωτερικό πάροχο.

Δεν έχω καμία καθυστέρηση σε δάνεια ή κάρτες και θεωρώ ότι τα στοιχεία είναι λανθασμένα – πιθανόν με έχουν μπερδέψει με συνονόματο. Μέχρι να διευκρινιστεί το θέμα, ζητώ να περιοριστεί η επεξεργασία: να μη χρησιμοποιείται αυτή η αξιολόγηση σε καμία άλλη απόφαση που με αφορά.

Επίσης, θα ήθελα να μου πείτε ποιος είναι ο πάροχος αυτός και ποια στοιχεία σάς έστειλε για μένα.

Με τιμή,
Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),

        ("correction", (),
         "Οι αγορές μου στο κατάστημα δεν μετράνε",
         """Γεια σας,

Το επίπεδό μου στο πρόγραμμα επιβράβευσης έπεσε από Gold σε Silver. Έψαξα και είδα ότι στο ιστορικό της κάρτας μου λείπουν όλες οι αγορές που έκανα στο κατάστημα της Λιέγης τον Σεπτέμβριο και τον Οκτώβριο (έχω τις αποδείξεις, σας τις επισυνάπτω). Φαίνεται ότι η κάρτα δεν σκαναρίστηκε σωστά στο ταμείο.

Παρακαλώ συμπληρώστε το ιστορικό μου με αυτές τις αγορές, ώστε να διορθωθεί και το επίπεδο.

Κάρτα: 8830 1174 2206
Μαρία Ιωάννου""",
         "Μαρία Ιωάννου"),

        ("portability", (),
         "Τα δεδομένα μου σε αρχείο",
         """Καλησπέρα,

θα ήθελα να μου στείλετε όλα τα δεδομένα του λογαριασμού και της κάρτας μέλους μου (αγορές, αξιολογήσεις, λίστες επιθυμιών) σε αρχείο CSV ή JSON, σύμφωνα με το δικαίωμα στη φορητότητα. Θέλω να τα μεταφέρω σε άλλη υπηρεσία.

Ευχαριστώ πολύ,
Κώστας Βασιλείου""",
         "Κωνσταντίνος Βασιλείου"),

        ("complaint", (),
         "2η υπενθύμιση – αίτημα χωρίς απάντηση",
         """Κύριοι,

Στις 25 Σεπτεμβρίου σάς έστειλα αίτημα να μου εξηγήσετε γιατί ο λογαριασμός μου χαρακτηρίστηκε «ύποπτος» και μπλοκαρίστηκε. Στις 19 Οκτωβρίου έστειλα υπενθύμιση. Μέχρι σήμερα, 6 Νοεμβρίου, δεν έχω λάβει καμία απάντηση.

Η προθεσμία του ενός μήνα έχει παρέλθει προ πολλού. Αν δεν λάβω απάντηση μέσα στην εβδομάδα, θα απευθυνθώ στην αρμόδια αρχή προστασίας δεδομένων.

Αικατερίνη Μιχαηλίδου""",
         "Αικατερίνη Μιχαηλίδου"),

        ("other", (),
         "Αντιστοίχιση τιμής",
         """Καλησπέρα,

βρήκα την ίδια καφετιέρα Nespresso Vertuo φθηνότερα σε άλλο κατάστημα (99 € αντί για 129 €). Κάνετε αντιστοίχιση τιμής; Αν ναι, τι χρειάζεστε από μένα;

Ευχαριστώ,
Σοφία Παππά""",
         "Σοφία Παππά"),

        ("other", (),
         "Ακύρωση παραγγελίας",
         """Γεια σας,

πήρα email ότι η παραγγελία μου 2026-147331 ακυρώθηκε. Είναι επειδή εξαντλήθηκε το προϊόν; Πότε θα γίνει η επιστροφή των χρημάτων στην κάρτα μου;

Και αν ξαναέρθει σε απόθεμα, πρέπει να το παραγγείλω από την αρχή;

Αντώνης Δημητρίου""",
         "Αντώνης Δημητρίου"),

        ("other", (),
         "Ερώτηση για το πρόγραμμα πόντων",
         """Καλημέρα,

θα ήθελα να ρωτήσω γενικά πώς λειτουργούν τα επίπεδα στο πρόγραμμα επιβράβευσης. Πόσους πόντους χρειάζομαι για το Gold και για πόσο ισχύει;

Επίσης, ένας κωδικός έκπτωσης που έχει λήξει εξακολουθεί να εμφανίζεται στον λογαριασμό μου και μπερδεύομαι στο ταμείο. Μπορείτε να τον αφαιρέσετε;

Ευχαριστώ,
Ευαγγελία Σταύρου""",
         "Ευαγγελία Σταύρου"),
    ],

    "bg": [
        ("access", (),
         "Анулирана поръчка – какви данни сте използвали?",
         """Здравейте,

Поръчката ми № 2026-133590 беше анулирана автоматично от вашата „проверка за измами“. Платих с моята карта, до моя адрес, от моя телефон. Никой в обслужването на клиенти не можа да ми каже защо.

На основание чл. 15 от GDPR ви моля да ми съобщите какви мои данни са били използвани при тази проверка, откъде са (ваши ли са или от външна фирма) и по каква логика системата е решила, че поръчката е рискова.

Поздрави,
Стоян Петров""",
         "Стоян Петров"),

        ("objection", ("deletion",),
         "Не съм съгласна данните ми да се дават на рекламодатели",
         """Здравейте,

Прочетох в политиката ви за поверителност, че споделяте данни за покупките на клиентите с „рекламни партньори“ за насочена реклама. Възразявам срещу това по отношение на моите данни – не искам да ги предоставяте на никого за рекламни цели.

Освен това ви моля да изтриете данните ми, които вече сте изпратили на тези партньори, или поне да ги уведомите да ги изтрият.

Мария Иванова""",
         "Мария Иванова"),

        ("withdraw_consent", (),
         "спрете персонализираните препоръки",
         """Здравейте,

когато инсталирах приложението, дадох съгласие за „персонализирани препоръки и реклами“. Вече не искам – оттеглям го. Моля, спрете и push известията „специално за вас“.

Благодаря,
Николай Георгиев""",
         "Николай Георгиев"),

        ("complaint", ("correction",),
         "Жалба – етикет „клиент с много върнати стоки“",
         """Здравейте,

Вчера в магазина ви в Брюксел не ми приеха връщане на обувки, защото в системата съм отбелязана като „клиент с висок процент връщания“. Служителката дори ми го прочете на глас пред цялата опашка. Беше унизително.

Тази година съм върнала две неща, като едното беше дефектно (рекламация от 14 септември, № R-55120). Рекламацията изобщо не би трябвало да се брои за връщане.

Искам официално да подам жалба за начина, по който използвате данните ми, и за това как беше разрешен случаят. Моля също да коригирате историята ми – рекламацията да не фигурира като връщане.

Десислава Тодорова""",
         "Десислава Тодорова"),

        ("portability", ("deletion",),
         "Данни в CSV и закриване на профила",
         """Добър ден,

Моля, изпратете ми всички данни, които съм ви предоставил и които сте събрали чрез картата за лоялност и приложението, в машинночетим формат (CSV или JSON). След като ги получа, закрийте профила ми и изтрийте данните.

Благодаря,
Иван Димитров""",
         "Иван Димитров"),

        ("restriction", (),
         "Моля, не изтривайте профила ми",
         """Уважаеми господа,

Получих имейл, че профилът ми ще бъде изтрит на 30 ноември поради неактивност, заедно с историята на поръчките. В момента водя спор с вас за покупката на изплащане (поръчка № 2026-091177), която системата ви отказа автоматично, и тези данни ми трябват като доказателство.

Моля, не изтривайте профила и историята ми, а само ограничете обработването им – да се пазят, но да не се използват за нищо друго, докато спорът не приключи.

С уважение,
Петя Христова""",
         "Петя Христова"),

        ("correction", (),
         "Грешна възраст",
         """Здравейте,

приложението ви явно смята, че съм на около 65 – показва ми само продукти за възрастни хора, кремове против бръчки и ортопедични възглавници. На 29 съм. В профила ми датата на раждане е 01.01.1960, което очевидно е стойност по подразбиране, защото оставих полето празно при регистрацията.

Моля, поправете я на 17.05.1997.

Поздрави,
Виктор Стефанов""",
         "Виктор Стефанов"),

        ("other", (),
         "Връщате ли разликата в цената?",
         """Здравейте,

купих прахосмукачка от вас на 28.10 за 199 €, а сега същата е 169 €. Връщате ли разликата, или трябва да я върна и да я поръчам отново?

Номер на поръчката: 2026-119045.

Благодаря,
Георги Колев""",
         "Георги Колев"),

        ("other", (),
         "Кодът за отстъпка не работи",
         """Здравейте,

опитвам се да използвам кода WELCOME10 от бюлетина, но излиза „невалиден код“. Абонирах се преди седмица. Проблемът в моя профил ли е или в кода?

Благодаря,
Елена Николова""",
         "Елена Николова"),

        ("other", (),
         "Как работят нивата?",
         """Здравейте,

обяснете ми, моля, как се изчислява нивото в програмата за лоялност – по сума на покупките, по брой посещения или по някакъв друг алгоритъм? Искам да разбера дали си струва да събираме покупките със съпруга ми на една карта.

Поздрави,
Анна Попова""",
         "Анна Попова"),
    ],
}

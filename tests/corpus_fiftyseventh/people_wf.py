"""Fifty-seventh set, people mail about data sent abroad, to suppliers and across borders (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftyseventh.py)."""

PEOPLE_WF = {
    "pl": [
        ("access", (),
         "Pytanie o przekazywanie moich danych poza UE",
         """Dzień dobry,

w zeszłym tygodniu dzwoniłam na Państwa infolinię w sprawie reklamacji (zamówienie 4471-2290). Konsultantka była bardzo miła, ale przy okazji wspomniała, że pracuje z Manili. Nie mam nic przeciwko, tylko chciałabym wiedzieć, co się dzieje z moimi danymi.

Proszę o informację:
- jakie moje dane osobowe trafiają do firm poza Unią Europejską,
- do jakich krajów i do jakich firm,
- na jakiej podstawie, tzn. jakie zabezpieczenia stosujecie (art. 15 ust. 2 RODO),
oraz o kopię standardowych klauzul umownych, jeśli na nich się Państwo opierają.

Z góry dziękuję.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),

        ("correction", (),
         "Zły adres u dostawcy – zamówienie 2026-88314",
         """Witam,

paczka z zamówienia 2026-88314 (uchwyt rowerowy na telefon) przyszła bezpośrednio od Waszego dostawcy z Chin, a na etykiecie było „Grzegorz Kowalsky, ul. Lipowa 12, Kraków”. To mój stary adres – od maja mieszkam we Wrocławiu i na koncie mam to dawno zmienione. Paczkę mam tylko dlatego, że dawny sąsiad był tak miły i mi ją przywiózł.

Proszę poprawić nazwisko (Kowalski, przez „i”) i adres na:
ul. Zielona 8/3
53-012 Wrocław
wszędzie, gdzie je macie, a przede wszystkim u tego dostawcy, żeby następne zamówienie znowu nie pojechało do Krakowa.

Grzegorz Kowalski""",
         "Grzegorz Kowalski"),

        ("deletion", ("withdraw_consent",),
         "usuniecie konta",
         """Dzien dobry
prosze o usuniecie mojego konta i wszystkich moich danych. Po ostatnim zamowieniu napisal do mnie na prywatnego maila jakis sprzedawca z Chin, wiec nie chce zeby moje dane krazyly po calym swiecie. Jesli przekazaliscie je temu dostawcy, to prosze zeby on tez je usunal.
Newslettera tez juz prosze nie wysylac.
Pozdrawiam
K. Zielinska""",
         "Katarzyna Zielińska"),

        ("restriction", (),
         "Wniosek o ograniczenie przetwarzania (art. 18 RODO)",
         """Szanowni Państwo,

z aktualizacji polityki prywatności z dnia 2 listopada 2026 r. dowiedziałem się, że obsługa programu lojalnościowego ma zostać przeniesiona do nowego podmiotu przetwarzającego z siedzibą w Stanach Zjednoczonych. Mam poważne wątpliwości, czy to przekazanie spełnia wymogi rozdziału V RODO, i zleciłem sprawdzenie tej kwestii.

Do czasu jej wyjaśnienia wnoszę o ograniczenie przetwarzania moich danych osobowych w ten sposób, aby nie były one przekazywane temu podmiotowi ani w żaden inny sposób poza Europejski Obszar Gospodarczy. Proszę natomiast nie usuwać mojego konta ani punktów zgromadzonych na karcie nr 6201 4478 0093 – zamierzam nadal z nich korzystać.

Proszę o pisemne potwierdzenie wykonania wniosku.

Z poważaniem
dr Tomasz Nowicki""",
         "Tomasz Nowicki"),

        ("objection", (),
         "Sprzeciw – reklamy od producenta",
         """Dzień dobry,

we wrześniu kupiłem u Państwa lampę biurkową (zam. SE-558201). Od tamtej pory co kilka dni dostaję na WhatsAppie oferty od producenta z Shenzhen – po angielsku, z moim imieniem i nazwiskiem. Rozumiem, że dostał mój numer do wysyłki, ale nie zgadzam się, żeby służył mu do reklam.

Wnoszę sprzeciw wobec udostępniania moich danych partnerom i dostawcom do ich celów marketingowych (art. 21 RODO). Proszę przekazać to również temu producentowi.

Paweł Mazur""",
         "Paweł Mazur"),

        ("complaint", ("deletion",),
         "SKARGA – agencja celna i mój PESEL",
         """Dzień dobry,

dzisiaj dostałam SMS-a od agencji celnej z Wielkiej Brytanii, że mam zapłacić 62,40 zł za odprawę paczki z Państwa sklepu, a w treści był mój numer PESEL! Podałam go Państwu tylko raz, przy zakupie na raty w zeszłym roku. Najpierw byłam pewna, że to oszustwo, i prawie zgłosiłam to na policję.

Przekazanie mojego PESEL-u firmie spoza Unii bez słowa informacji uważam za skandal. Żądam usunięcia tego numeru z Państwa systemów oraz zobowiązania agencji, żeby zrobiła to samo.

Jeżeli w ciągu miesiąca nie dostanę odpowiedzi, złożę skargę do Prezesa UODO.

Monika Lewandowska""",
         "Monika Lewandowska"),

        ("portability", (),
         "Historia zamówień przed przenosinami sklepu",
         """Dzień dobry,
dostałem maila, że od stycznia sklep przechodzi na nową platformę, a dane klientów będą na serwerach w Kanadzie. Zanim to nastąpi, proszę o przesłanie mi całej historii moich zamówień i danych z konta w pliku CSV albo JSON – chcę to mieć u siebie i wgrać do programu, w którym prowadzę domowy budżet.
Dzięki,
Marek Wójcik""",
         "Marek Wójcik"),

        ("other", (),
         "Cło za paczkę??",
         """Hej, kurier DHL chce ode mnie 47 zł cła i VAT-u za paczkę z zamówienia SE-2026-30918, bo podobno wyszła z magazynu w Wielkiej Brytanii. Na stronie nic o tym nie było, zamawiałam w belgijskim sklepie i myślałam, że to wszystko w UE. Możecie usunąć tę opłatę albo oddać mi pieniądze przelewem na konto? Numer konta podam.
Ola""",
         "Aleksandra Kamińska"),

        ("other", (),
         "Wysyłka do Norwegii",
         """Dzień dobry,

pracuję w Stavanger i chciałbym zamówić kilka rzeczy na adres w Norwegii. Czy w ogóle tam wysyłacie? Kto płaci cło i norweski VAT – ja przy odbiorze, czy doliczacie to od razu do zamówienia? I czy przy zamówieniu trzeba podać jakieś dodatkowe dane do odprawy?

Pozdrawiam
Krzysztof Dąbrowski""",
         "Krzysztof Dąbrowski"),

        ("other", (),
         "Kraj pochodzenia – czajnik",
         """Dzień dobry, na stronie czajnika elektrycznego (art. 7730125) w danych technicznych nie ma kraju produkcji. Czy jest produkowany w Chinach? Szukam czegoś wyprodukowanego w Europie, bo to prezent dla taty, a on jest na tym punkcie bardzo wyczulony :)
Pozdrawiam, Ewa Szymańska""",
         "Ewa Szymańska"),
    ],

    "cs": [
        ("access", (),
         "Dotaz na předávání osobních údajů do USA",
         """Dobrý den,

v zásadách ochrany osobních údajů uvádíte, že e-maily a zákaznická data máte u poskytovatele cloudu v USA. Podle čl. 15 GDPR vás proto žádám o sdělení:

1. které mé osobní údaje byly předány mimo EU/EHP a do kterých zemí,
2. seznam zpracovatelů a subzpracovatelů, kteří k nim mají přístup,
3. jaké vhodné záruky podle čl. 46 GDPR pro tato předání používáte (standardní smluvní doložky, certifikace v rámci EU-US Data Privacy Framework apod.), případně kopii těchto záruk.

Děkuji a jsem s pozdravem
Ing. Jiří Novotný
Brno""",
         "Jiří Novotný"),

        ("portability", ("deletion",),
         "Export údajů před přechodem na novou platformu",
         """Dobrý den,
psali jste, že e-shop bude od 1. 1. 2027 běžet na nové platformě a zákaznická data se přesunou k firmě v Singapuru. Já tam svoje údaje mít nechci.
Pošlete mi tedy prosím nejdřív historii objednávek a body z věrnostní karty ve strojově čitelném formátu (stačí CSV nebo JSON), ať si to můžu uložit. Potom můj účet zrušte a údaje smažte, ještě než se bude migrovat.
Díky
Martin Procházka""",
         "Martin Procházka"),

        ("withdraw_consent", (),
         "SMS s nabídkami",
         """Dobrý den,
při registraci jsem asi zaškrtla, že chci nabídky „doprava zdarma do celé Evropy“, a teď mi chodí SMS skoro každý den. Už je nechci, souhlas beru zpět. Účtenky e-mailem mi klidně posílejte dál.
Díky
Petra Svobodová""",
         "Petra Svobodová"),

        ("objection", ("deletion",),
         "Námitka – nový zpracovatel v Indii",
         """Dobrý den,

v aktualizovaných zásadách z 20. 10. 2026 uvádíte nového zpracovatele pro zákaznickou podporu se sídlem v Bengalúru. Proti předávání mých osobních údajů této společnosti vznáším námitku. Nevidím důvod, proč by měl někdo v Indii vidět moji adresu a historii nákupů, když vám píšu tak jednou za rok kvůli reklamaci.

Pokud můj účet bez tohoto zpracovatele vést nemůžete, zrušte ho prosím a všechny mé údaje vymažte.

S pozdravem
Lucie Dvořáková""",
         "Lucie Dvořáková"),

        ("restriction", (),
         "Neodstraňujte prosím údaje o zásilce",
         """Dobrý den,

vedu spor s britským dopravcem o ztracenou zásilku (objednávka CZ-20260914-077 – balík byl podle sledování „doručen“ v Manchesteru, jenže já bydlím v Olomouci). Z vaší odpovědi jsem pochopil, že záznamy o přepravě a komunikace s dopravcem se u vás po 60 dnech automaticky mažou.

Žádám vás, abyste tyto údaje nemazali, dokud reklamace neskončí – potřebuju je jako důkaz. Nemusíte s nimi nic dělat, jen je uchovejte.

Děkuji
Tomáš Černý""",
         "Tomáš Černý"),

        ("complaint", (),
         "Druhá žádost – stále bez odpovědi",
         """Dobrý den,

už 3. října 2026 jsem vám psala s dotazem, komu v Číně jste předali moji adresu a telefon, protože mi potom volal a psal přímo dodavatel ze Šen-čenu. Dostala jsem jen automatickou odpověď s číslem tiketu #58120 a od té doby nic.

Lhůta jeden měsíc už uplynula. Jestli mi do 14 dnů neodpovíte, podám stížnost u Úřadu pro ochranu osobních údajů.

Jana Veselá""",
         "Jana Veselá"),

        ("correction", (),
         "Chybné údaje v celním prohlášení",
         """Dobrý den,

u zásilky ze Švýcarska (obj. 2026-41177) jsem od celního zástupce dostal kopii celního prohlášení a je tam „Tomas Dvorak“ bez diakritiky a datum narození 12. 3. 1985. Správně je Tomáš Dvořák, narozen 21. 3. 1985. Asi to tak mám i v profilu u vás, protože jsem to kdysi při registraci věrnostní karty vyplnil ve spěchu.

Opravte to prosím v mém profilu a pošlete opravu i celnímu zástupci, ať to s celníky příště nemám složité.

Díky, T. Dvořák""",
         "Tomáš Dvořák"),

        ("other", (),
         "Balík zaseknutý na celnici",
         """Dobrý den, objednávka č. 2026-39802 je podle sledování od 28. 10. „zadržena celními orgány“ v Lipsku. Myslel jsem, že posíláte z Belgie? Máte nějaké informace, kdy to dorazí? Je to dárek k narozeninám a oslava je v sobotu...
Díky, Ondřej Kučera""",
         "Ondřej Kučera"),

        ("other", (),
         "DPH na faktuře – firemní nákup",
         """Dobrý den,

nakupoval jsem na firmu (IČO 27184529, DIČ CZ27184529) a na faktuře č. FV-2026-11873 je belgická DPH 21 %. DIČ jsem při objednávce zadával, takže mělo jít o přenesení daňové povinnosti. Můžete prosím DPH z faktury odstranit a vystavit opravný daňový doklad? Rozdíl stačí převést na účet, ze kterého jsem platil.

S pozdravem
Radek Pokorný
PROFI-TECH s.r.o.""",
         "Radek Pokorný"),

        ("other", (),
         "Doprava do Švýcarska",
         """Dobrý den,
od prosince se stěhuji za prací do Curychu. Posíláte i do Švýcarska? A jak je to s clem a švýcarskou DPH – platí se při převzetí, nebo už v ceně? Kdyby to šlo, chtěla bych si tam nechat poslat hlavně kosmetiku a pár věcí do bytu.
Díky
Veronika Marešová""",
         "Veronika Marešová"),
    ],

    "hr": [
        ("deletion", (),
         "Brisanje kopije putovnice",
         """Poštovani,

u kolovozu sam kupovao u vašoj trgovini u Antwerpenu i za tax-free povrat PDV-a djelatnica je fotokopirala moju putovnicu (živim u Mostaru, BiH). Povrat sam u međuvremenu dobio na karticu, tako da vam ta kopija više ne treba.

Molim vas da izbrišete kopiju putovnice i broj putovnice iz svih svojih sustava.

Hvala i lijep pozdrav,
Ivan Babić""",
         "Ivan Babić"),

        ("access", ("objection",),
         "Tko sve vidi moje podatke?",
         """Dobar dan,

prošli tjedan sam se žalila na oštećenu posudu i odgovor mi je stigao od „Ane iz tima podrške“, a u potpisu je bila tvrtka iz Cebua na Filipinima. Nisam znala da moje podatke obrađuje netko izvan EU.

Molim vas da mi kažete koje su moje podatke oni dobili, kojim još tvrtkama izvan Europske unije šaljete moje podatke i koliko ih dugo čuvaju.

I još nešto: u vašim pravilima privatnosti piše da za analizu ponašanja kupaca u aplikaciji koristite američki alat. Protivim se tome da se moji podaci koriste za tu analizu.

Lijep pozdrav,
Marija Kovačević""",
         "Marija Kovačević"),

        ("withdraw_consent", (),
         "odjava s liste",
         """Pozdrav,
molim maknite me s mailing liste za ponude „Kupujte bez granica“, ne zanimaju me više dostave iz inozemstva. Hvala!
Lucija""",
         "Lucija Marić"),

        ("complaint", (),
         "Povreda podataka kod vašeg partnera u Singapuru",
         """Poštovani,

jučer sam dobio e-mail od tvrtke FarEast Parcel Solutions iz Singapura u kojem piše da su im hakeri ukrali bazu podataka i da su među ukradenim podacima moje ime, adresa, broj mobitela i sadržaj pošiljke. S tom tvrtkom nikad nisam imao nikakve veze – podatke su dobili od vas, jer ste preko njih slali moju narudžbu iz azijskog skladišta.

Od vas nisam dobio nikakvu obavijest, a prema njihovom mailu od incidenta su prošla već tri tjedna. To je potpuno neprihvatljivo: šaljete podatke kupaca na drugi kraj svijeta, a kad nešto pođe po zlu, kupac to sazna od nekoga trećeg.

Ako se ovo ne razjasni, podnijet ću prijavu Agenciji za zaštitu osobnih podataka (AZOP).

Dario Jurić""",
         "Dario Jurić"),

        ("portability", (),
         "Izvoz podataka",
         """Bok,
prelazim u drugu trgovinu jer mi je dostava iz vašeg skladišta u Engleskoj s carinom postala preskupa. Možete li mi poslati povijest narudžbi i stanje bodova s kartice vjernosti u nekom formatu koji mogu učitati u Excel ili neku drugu aplikaciju (CSV, JSON, svejedno)?
Hvala,
Nikola Perić""",
         "Nikola Perić"),

        ("restriction", ("access",),
         "Ograničenje obrade – prijenos u SAD",
         """Poštovani,

u obavijesti o privatnosti navodite da se e-pošta i podaci o kupcima nalaze kod pružatelja usluga u SAD-u. Molim vas da mi dostavite informaciju na temelju kojih zaštitnih mjera iz članka 46. Opće uredbe o zaštiti podataka se ti podaci prenose.

Dok se to ne razjasni, tražim ograničenje obrade: nemojte moje podatke prenositi u SAD niti ih dalje koristiti, ali ih nemojte ni brisati, jer želim zadržati korisnički račun i jamstva za kupljene proizvode.

S poštovanjem,
Snježana Tomić""",
         "Snježana Tomić"),

        ("correction", (),
         "Krivo prezime na jamstvenom portalu",
         """Dobar dan,
kupila sam kod vas usisavač (narudžba 2026-66412), a proizvođač s Tajvana mi je poslao mail za registraciju jamstva na svom portalu. Tamo su već upisani moji podaci, ali s djevojačkim prezimenom Horvat, koje sam promijenila prije dvije godine – sada se prezivam Horvat Kos. Kod vas u profilu mi je prezime dobro, ali očito ste proizvođaču poslali stare podatke.
Molim vas ispravite prezime ako vam negdje u sustavu još stoji staro i javite proizvođaču ispravno, jer račun i jamstvo moraju glasiti na isto ime.
Hvala,
Ana Horvat Kos""",
         "Ana Horvat Kos"),

        ("other", (),
         "Carina na paketu iz UK",
         """Dobar dan,
danas mi je dostavljač naplatio 18,50 € carine i PDV-a za paket (narudžba 2026-70155) jer je poslan iz vašeg skladišta u Engleskoj. Pri naručivanju to nigdje nije pisalo. Molim vas da mi tu naknadu uklonite s računa ili mi je vratite na tekući račun, IBAN HR12 2340 0093 1100 4567 8.
Lp,
Zoran Knežević""",
         "Zoran Knežević"),

        ("other", (),
         "Je li proizvedeno u Kini?",
         """Poštovani, na stranici za tavu „Granito 28 cm“ piše „dizajnirano u Belgiji“, a u recenzijama netko kaže da na kutiji stoji Made in China. Gdje se tava zapravo proizvodi? Zanima me zbog premaza.
Hvala, Kristina Pavlović""",
         "Kristina Pavlović"),

        ("other", (),
         "Povrat novca na račun u inozemstvu",
         """Pozdrav,

vratio sam jaknu (narudžba 2026-61920) i povrat je odobren, ali kartica kojom sam platio je u međuvremenu ukinuta. Možete li mi povrat prebaciti na račun u Austriji, gdje sada radim?
IBAN: AT61 1904 3002 3457 3201, glasi na Josip Vuković.

Hvala unaprijed,
Josip""",
         "Josip Vuković"),
    ],

    "sv": [
        ("objection", (),
         "Invändning mot överföring till ny leverantör",
         """Hej,

I ert mejl den 4 november skriver ni att kundtjänsten och kundregistret flyttas till en ny leverantör med servrar i USA från januari. Jag invänder mot att mina personuppgifter överförs dit och behandlas av den leverantören. Jag har handlat hos er i många år och vill gärna fortsätta, men då vill jag att mina uppgifter stannar inom EU.

Vänliga hälsningar
Birgitta Lindqvist""",
         "Birgitta Lindqvist"),

        ("access", (),
         "Är mina uppgifter i USA?",
         """Hej!
Ligger mina uppgifter i USA eller i något annat land utanför EU? I så fall vilka länder, och vilka uppgifter?
Mvh Lars""",
         "Lars Eriksson"),

        ("deletion", ("access",),
         "Leverantör i Kina har min mejladress",
         """Hej,

efter min beställning i oktober (ordernr 2026-52881) fick jag ett mejl direkt från ”Shenzhen Brightway Trading” som ville att jag skulle betygsätta produkten och erbjöd rabatt om jag köpte direkt av dem. De hade mitt namn, min adress och min mejladress.

Jag vill att ni ser till att leverantören raderar mina uppgifter, och att ni bekräftar det för mig. Jag vill också veta exakt vilka uppgifter om mig ni har lämnat till dem.

/Johan Berg""",
         "Johan Berg"),

        ("complaint", ("objection",),
         "Spam från er leverantör – inte ok",
         """Hej

Sedan jag köpte en regnjacka hos er i september har jag fått minst tio reklammejl från ett brittiskt företag som tydligen är er leverantör. Jag har aldrig godkänt det och kan inte avregistrera mig hos dem, länken fungerar inte. Det här är inte okej, och jag är ärligt talat rätt irriterad över att ni lämnar ut kunders mejladresser sådär.

Sluta dela mina uppgifter med era leverantörer för deras marknadsföring.

Sara Nyström""",
         "Sara Nyström"),

        ("portability", (),
         "Begäran om dataportabilitet",
         """Hej,

jag flyttar till Oslo efter nyår och kommer inte att kunna använda ert bonuskort där. Jag begär därför att få ut mina uppgifter enligt artikel 20 i dataskyddsförordningen – köphistorik, bonuspoäng och kontouppgifter – i ett maskinläsbart format (CSV eller JSON), så att jag kan ta med dem till ett annat bonusprogram.

Tack på förhand
Henrik Sandberg""",
         "Henrik Sandberg"),

        ("withdraw_consent", ("deletion",),
         "Sluta skicka sms",
         """Hej, jag får sms om ”fri frakt till Norge och Schweiz” flera gånger i veckan. Jag har väl kryssat i något när jag handlade, men jag vill inte ha dem längre. Stoppa sms:en och ta bort mitt mobilnummer ur ert system helt.
/Emma""",
         "Emma Holm"),

        ("correction", (),
         "Fel adress på tulldeklarationen",
         """Hej,

Mitt paket från ert lager i Storbritannien (order 2026-47390) fastnade i tullen eftersom adressen på tulldeklarationen var Storgatan 14 i Umeå – där bodde jag för två år sedan. Rätt adress är Kungsgatan 3B, 753 21 Uppsala. Jag har ändrat den på Mina sidor, men det verkar inte ha slagit igenom överallt.

Kan ni rätta adressen i alla system, även hos speditören, så att det inte händer igen?

Tack,
Anders Öberg""",
         "Anders Öberg"),

        ("other", (),
         "Tullavgift?",
         """Hej! Postnord vill att jag betalar 125 kr i tull och moms innan jag får ut paketet, order 2026-71033. Jag trodde att ni skickade från Belgien? Vad gäller, och kan ni ta bort avgiften eller betala tillbaka den?
Hälsningar Malin Johansson""",
         "Malin Johansson"),

        ("other", (),
         "Frakt till Schweiz",
         """Hej,
min dotter bor i Basel och jag skulle vilja skicka en julklapp till henne direkt från er. Levererar ni till Schweiz, och vem betalar i så fall tullen – hon eller jag?
Vänliga hälsningar
Gunilla Persson""",
         "Gunilla Persson"),

        ("other", (),
         "Datablad för laddaren",
         """Hej, jag hittar inget datablad för USB-C-laddaren 65 W (art.nr 8841207). Var tillverkas den? Om det bara står ”Made in China” vill jag åtminstone se CE-intyget innan jag köper. Tacksam för svar.
Per Axelsson""",
         "Per Axelsson"),
    ],

    "ro": [
        ("complaint", (),
         "Reclamație – cerere fără răspuns de peste o lună",
         """Stimate doamne, stimați domni,

La data de 1 octombrie 2026 v-am transmis, la această adresă, o cerere întemeiată pe art. 15 din Regulamentul (UE) 2016/679, prin care solicitam să aflu către ce țări din afara Spațiului Economic European au fost transferate datele mele și în baza căror garanții. Nu am primit nici confirmare de primire, nici răspuns.

Termenul de o lună prevăzut la art. 12 alin. (3) din Regulament a expirat. Vă aduc la cunoștință că, dacă nu primesc un răspuns complet în termen de 10 zile, voi depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).

Cu stimă,
Mihai Constantinescu
București""",
         "Mihai Constantinescu"),

        ("access", (),
         "Lista procesatorilor",
         """Bună ziua,

aș dori lista firmelor (persoane împuternicite și subprocesatori) care primesc datele mele personale de la dumneavoastră, cu țara în care se află fiecare. Am observat că emailurile de confirmare vin printr-un serviciu american, iar plata cu cardul trece printr-o firmă din Elveția, așa că aș vrea să știu exact pe unde circulă datele mele.

Mulțumesc,
Andreea Stan""",
         "Andreea Stan"),

        ("restriction", (),
         "Vă rog să nu mai transmiteți adresa mea",
         """Bună ziua,

Adresa pe care ați trimis-o firmei de curierat din Marea Britanie pentru comanda 2026-58014 nu este corectă – e un amestec între adresa mea veche și cea nouă, iar coletul s-a întors de două ori. Am deschis o reclamație la curier și încă nu e clar de unde vine greșeala, de la dumneavoastră sau de la ei.

Până se lămurește, vă rog să nu mai transmiteți adresa mea curierului sau altor parteneri din afara UE și să nu o mai folosiți pentru livrări. Nu ștergeți contul și nu modificați nimic, doar opriți deocamdată folosirea ei.

Mulțumesc,
Radu Ionescu""",
         "Radu Ionescu"),

        ("deletion", (),
         "Ștergere copie carte de identitate",
         """Bună ziua,
pentru livrarea în Elveția (comanda 2026-60277) curierul elvețian mi-a cerut prin dumneavoastră o copie după cartea de identitate pentru vămuire și v-am trimis-o pe email. Coletul a ajuns, totul e în regulă. Vă rog acum să ștergeți copia buletinului și CNP-ul din sistemele dumneavoastră și să-mi confirmați.
Mulțumesc frumos,
Elena Dumitrescu""",
         "Elena Dumitrescu"),

        ("withdraw_consent", ("objection",),
         "nu mai vreau oferte",
         """Buna ziua, retrag acordul pentru emailurile cu oferte de transport international (le primesc de 3-4 ori pe saptamana). De asemenea, ma opun sa-mi folositi istoricul de cumparaturi ca sa-mi faceti profil si recomandari personalizate.
Multumesc,
Cristina Georgescu""",
         "Cristina Georgescu"),

        ("portability", ("access",),
         "Istoricul comenzilor în CSV",
         """Salut,
am văzut că din ianuarie vă mutați magazinul online pe o platformă nouă, cu serverele în afara UE. Înainte de asta vreau toate comenzile mele și punctele de fidelitate exportate într-un fișier CSV sau JSON, ca să le pot importa în altă parte.
Și încă ceva: spuneți-mi, vă rog, dacă datele mele sunt deja stocate în America sau în altă țară.
Mersi,
Alex Marin""",
         "Alexandru Marin"),

        ("correction", (),
         "Nume greșit pe factura de TVA la import",
         """Bună ziua,

Am primit de la comisionarul vamal factura de TVA la import pentru comanda 2026-43190 (livrată din depozitul dumneavoastră din Marea Britanie). Numele meu apare „Ioana Popesku”, iar localitatea „Cluj-Napoka”. Corect este Ioana Popescu, Cluj-Napoca. Am nevoie de o factură corectă pentru contabilitate, deoarece am cumpărat pe PFA.

Vă rog să corectați datele în contul meu, dacă acolo e greșeala, și să transmiteți datele corecte comisionarului, ca să emită o factură nouă.

Cu mulțumiri,
Ioana Popescu""",
         "Ioana Popescu"),

        ("other", (),
         "Colet blocat la vamă",
         """Bună ziua,
comanda mea 2026-69921 stă de 9 zile la vamă la Otopeni, după tracking. Trebuie să fac eu ceva, să trimit vreun document, sau vă ocupați dumneavoastră? Aveți vreo estimare când ajunge?
Mulțumesc,
Florin Vasile""",
         "Florin Vasile"),

        ("other", (),
         "Taxa vamală pe factură",
         """Bună ziua, pe factura pentru comanda 2026-72208 apare o „taxă vamală estimată” de 34 lei, deși produsele au fost livrate din Belgia. Vă rog să eliminați taxa de pe factură și să-mi returnați suma – transferul se poate face pe cardul cu care am plătit.
O zi bună,
Simona Radu""",
         "Simona Radu"),

        ("other", (),
         "Livrare în Norvegia",
         """Bună,
lucrez în Norvegia (Trondheim) și aș vrea să comand de la voi câteva lucruri pentru apartament. Livrați în Norvegia? Dacă da, TVA-ul norvegian și taxele vamale le plătesc la livrare sau sunt incluse în preț?
Mulțumesc,
Gabriel Stoica""",
         "Gabriel Stoica"),
    ],

    "el": [
        ("access", ("restriction",),
         "Διαβίβαση των δεδομένων μου στις ΗΠΑ",
         """Καλησπέρα σας,

Διάβασα στην πολιτική απορρήτου σας ότι τα δεδομένα των πελατών φιλοξενούνται σε πάροχο cloud στις Ηνωμένες Πολιτείες. Θα ήθελα να μάθω ποια ακριβώς δεδομένα μου διαβιβάζονται εκεί, σε ποιες εταιρείες και με ποιες κατάλληλες εγγυήσεις (άρθρο 46 ΓΚΠΔ). Αν βασίζεστε σε τυποποιημένες συμβατικές ρήτρες, παρακαλώ στείλτε μου αντίγραφο.

Μέχρι να λάβω απάντηση, ζητώ να περιοριστεί η επεξεργασία των δεδομένων μου, ώστε να μη διαβιβάζονται εκτός ΕΕ.

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),

        ("correction", ("deletion",),
         "Λάθος διεύθυνση στον προμηθευτή",
         """Γεια σας,
η παραγγελία μου 2026-55172 στάλθηκε κατευθείαν από τον προμηθευτή σας στην Κίνα στην παλιά μου διεύθυνση στη Θεσσαλονίκη (Εγνατία 45). Έχω μετακομίσει εδώ και έναν χρόνο στην Καλαμαριά, Κομνηνών 12, 551 31. Στον λογαριασμό μου έχω τη σωστή, αλλά ο προμηθευτής προφανώς έχει παλιά στοιχεία.
Παρακαλώ διορθώστε τη διεύθυνση παντού. Επίσης ζητήστε από τον προμηθευτή να διαγράψει το κινητό μου, δεν χρειάζεται να το έχει.
Ευχαριστώ,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),

        ("objection", (),
         "Αντίρρηση για τα analytics της εφαρμογής",
         """Καλημέρα,

Είδα στην εφαρμογή σας ότι χρησιμοποιείτε αμερικανική εταιρεία για ανάλυση της συμπεριφοράς των χρηστών και ότι η νομική βάση είναι το «έννομο συμφέρον». Αντιτίθεμαι σε αυτή την επεξεργασία σύμφωνα με το άρθρο 21 του ΓΚΠΔ. Δεν θέλω τα δεδομένα χρήσης μου από την εφαρμογή να στέλνονται σε τρίτους για στατιστικά ή διαφήμιση.

Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),

        ("withdraw_consent", (),
         "Διαγραφή από newsletter",
         """Παρακαλώ αφαιρέστε με από τη λίστα του newsletter με τις προσφορές «Δωρεάν αποστολή στο εξωτερικό». Ευχαριστώ.

Κατερίνα Δημητρίου""",
         "Κατερίνα Δημητρίου"),

        ("deletion", (),
         "διαγραφη λογαριασμου",
         """Καλησπερα. Εστειλα ενα email στα ελληνικα για μια επιστροφη και μου απαντησατε στα αγγλικα οτι το μηνυμα μου περασε απο "υπηρεσια μεταφρασης". Δεν ηξερα οτι καποιος τριτος διαβαζει τα μηνυματα μου. Θελω να διαγραψετε τον λογαριασμο μου και ολα τα στοιχεια μου, και να μην μεινει αντιγραφο του μηνυματος μου στην εταιρεια μεταφρασης.
Σπυρος Καραγιαννης""",
         "Σπύρος Καραγιάννης"),

        ("complaint", ("access",),
         "ΚΑΤΑΓΓΕΛΙΑ – τελωνειακός πράκτορας με τον ΑΦΜ μου",
         """Κύριοι,

Χθες έλαβα SMS από τελωνειακό πράκτορα στο Ηνωμένο Βασίλειο να πληρώσω 23,80 € για τον εκτελωνισμό δέματος από το κατάστημά σας, και στο μήνυμα αναφερόταν ο ΑΦΜ μου. Τον ΑΦΜ σάς τον είχα δώσει μόνο για το τιμολόγιο της επιχείρησής μου, όχι για να κυκλοφορεί σε εταιρείες εκτός ΕΕ. Ποτέ δεν με ενημερώσατε ότι τα στοιχεία μου θα διαβιβαστούν σε τρίτη χώρα, όπως απαιτεί το άρθρο 13 παρ. 1 στοιχ. στ΄ του ΓΚΠΔ.

Θεωρώ αυτή τη διαβίβαση απαράδεκτη. Ζητώ να μου πείτε σε ποιους άλλους τρίτους έχετε δώσει τον ΑΦΜ και τα υπόλοιπα στοιχεία μου. Αν δεν λάβω ικανοποιητική απάντηση, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Δημήτρης Βασιλείου""",
         "Δημήτρης Βασιλείου"),

        ("portability", (),
         "Εξαγωγή ιστορικού παραγγελιών",
         """Γεια σας,
θα ήθελα να μου στείλετε όλο το ιστορικό των παραγγελιών μου και τους πόντους της κάρτας μέλους σε αρχείο JSON ή CSV. Αν γίνεται, στείλτε το και απευθείας στην εφαρμογή διαχείρισης οικονομικών που χρησιμοποιώ (FinTrack AS, Νορβηγία, import@fintrack.example.no).
Ευχαριστώ πολύ,
Μαρία Οικονόμου""",
         "Μαρία Οικονόμου"),

        ("other", (),
         "Δασμός σε δέμα",
         """Καλησπέρα, ο κούριερ μου ζήτησε 19 € δασμό και ΦΠΑ για την παραγγελία 2026-68840. Δεν ήξερα ότι στέλνετε από την Αγγλία. Μπορείτε να μου επιστρέψετε το ποσό; Μεταφέρετέ το στον λογαριασμό μου ή στην κάρτα, ό,τι σας βολεύει.
Ευχαριστώ, Άννα Παππά""",
         "Άννα Παππά"),

        ("other", (),
         "Αποστολή στην Ελβετία",
         """Καλημέρα σας,

Ο γιος μου σπουδάζει στη Λωζάνη και θα ήθελα να του στείλω μερικά πράγματα για το σπίτι. Κάνετε αποστολές στην Ελβετία; Υπάρχουν επιπλέον χρεώσεις για τελωνείο και ποιος τις πληρώνει;

Με εκτίμηση,
Βασιλική Ζαχαρίου""",
         "Βασιλική Ζαχαρίου"),

        ("other", (),
         "Χώρα κατασκευής καφετιέρας",
         """Γεια σας, η καφετιέρα espresso «Milano 15 bar» φτιάχνεται στην Κίνα ή στην Ιταλία; Στα τεχνικά δεδομένα στη σελίδα του προϊόντος δεν αναφέρεται πουθενά. Ευχαριστώ!
Θανάσης Μιχαηλίδης""",
         "Θανάσης Μιχαηλίδης"),
    ],

    "bg": [
        ("restriction", (),
         "Искане за ограничаване на обработването",
         """Здравейте,

В променената ви политика за поверителност от 20.10.2026 г. пише, че обслужването на клиенти ще се извършва от нов обработващ в Индия. Не съм сигурна, че имате подходящи гаранции за това предаване, и съм помолила юрист да провери въпроса.

Докато това се изясни, моля да ограничите обработването на личните ми данни така, че те да не се предават на този обработващ, нито на други получатели извън ЕС. Не искам профилът ми да бъде изтрит – само данните да не излизат извън Европа.

С уважение,
Десислава Петрова""",
         "Десислава Петрова"),

        ("objection", ("withdraw_consent",),
         "Не давайте данните ми на партньори",
         """Здравейте,
възразявам срещу това да споделяте данните ми с ваши партньори извън ЕС за техния маркетинг. След поръчката ми миналия месец започнах да получавам имейли от някакъв магазин в Турция, който знаеше какво съм купил от вас.
Освен това вече не искам и вашите SMS-и с промоции – отписвам се.
Поздрави,
Стефан Иванов""",
         "Стефан Иванов"),

        ("access", (),
         "Искане по чл. 15 от ОРЗД – предаване на данни в трети държави",
         """Уважаеми дами и господа,

На основание чл. 15, пар. 1 и 2 от Общия регламент относно защитата на данните (ОРЗД) моля да ми предоставите:

1. информация кои мои лични данни са предадени на получатели в трети държави и в кои държави;
2. списък на обработващите и подобработващите, които имат достъп до тях;
3. информация за подходящите гаранции по чл. 46 от ОРЗД, както и копие от стандартните договорни клаузи и от оценката на въздействието на предаването, ако сте извършили такава.

Клиентска карта № 6201 3390 1842.

С уважение,
Красимир Георгиев
гр. София""",
         "Красимир Георгиев"),

        ("complaint", (),
         "Чужда фактура в моята пратка",
         """Здравейте,

Днес получих пратката по поръчка 2026-63307, изпратена директно от вашия доставчик в Китай. В кутията освен моя продукт имаше и фактура на друг клиент – с името, адреса в Пловдив и телефона на някаква жена. Това означава, че най-вероятно и моята фактура е стигнала до някой непознат.

Много съм недоволен. Давате данните на клиентите си на фирма на другия край на света, която не може да сложи правилния документ в правилния пакет. Очаквам да ми кажете какво ще предприемете, иначе ще подам жалба до Комисията за защита на личните данни.

Пламен Димитров""",
         "Пламен Димитров"),

        ("deletion", (),
         "изтриване на профил",
         """Здравейте, искам да изтриете профила ми и всички данни за мен. Прочетох, че пазите всичко на сървъри в Америка и това не ми харесва. Благодаря.
Мария Николова""",
         "Мария Николова"),

        ("portability", (),
         "Данните ми в CSV",
         """Здравейте,
премествам се да живея в Швейцария и няма да пазарувам повече от вас. Бихте ли ми изпратили историята на поръчките и точките от клиентската карта в машинночетим файл (CSV, JSON или XML), за да си ги запазя и да ги кача в друго приложение?
Благодаря предварително,
Виктория Стоянова""",
         "Виктория Стоянова"),

        ("correction", ("access",),
         "Грешно ЕГН в митническата декларация",
         """Добър ден,

За пратката от склада ви във Великобритания (поръчка 2026-57718) митническият агент ми изпрати декларацията за одобрение и в нея ЕГН-то ми е грешно – разменени са две цифри (пише 8570144521, а правилното е 8507144521). Доколкото помня, при вас съм го въвел само при регистрацията за клиентската карта.

Моля, коригирайте ЕГН-то в системата си и уведомете агента. Кажете ми също на кого още сте изпратили ЕГН-то ми.

Благодаря,
Георги Тодоров""",
         "Георги Тодоров"),

        ("other", (),
         "Пратка задържана в митницата",
         """Здравейте, пратката ми (поръчка 2026-70482) вече 5 дни е със статус „задържана в митница – София“. Трябва ли да предоставя някакви документи? Платих всичко при поръчката.
Поздрави, Иван Колев""",
         "Иван Колев"),

        ("other", (),
         "Превод на сумата по сметка",
         """Здравейте,
върнах обувките от поръчка 2026-66109, но картата, с която платих, вече е изтекла. Може ли да преведете сумата по банкова сметка?
IBAN: BG80 BNBG 9661 1020 3456 78, титуляр Теодора Маринова.
Благодаря!
Теодора""",
         "Теодора Маринова"),

        ("other", (),
         "Данни за гаранцията",
         """Здравейте, купих от вас прахосмукачка робот (арт. 5520913). Производителят е в Китай – към кого да се обърна, ако се повреди: към вас или към тях? И къде мога да намеря данните на гаранционния сервиз в България?
Благодаря,
Борислав Атанасов""",
         "Борислав Атанасов"),
    ],
}

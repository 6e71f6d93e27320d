"""Forty-seventh set, mail about parcels, carriers, delivery addresses and returns (pl cs hr sv ro el bg). Written apart from the rules (see make_fortyseventh.py)."""

PEOPLE_UB = {
    "pl": [
        ("access", (),
         "Komu przekazaliście mój numer telefonu?",
         """Dzień dobry,

od kilku tygodni dostaję SMS-y z reklamami od firmy kurierskiej, z której usług sam nigdy nie korzystałem. Jedyne, co przychodzi mi do głowy, to moje wrześniowe zamówienie u Państwa (nr 2026-48817) – paczkę przywiózł właśnie ten przewoźnik.

Dlatego na podstawie art. 15 RODO proszę o informację:
- jakie moje dane przekazali Państwo firmom kurierskim (imię i nazwisko, adres, telefon, e-mail?),
- którym konkretnie firmom, z nazwy,
- jak długo te dane są przechowywane u Państwa i u nich.

Z poważaniem
Tomasz Wróblewski""",
         "Tomasz Wróblewski"),
        ("deletion", (),
         "stary adres w aplikacji",
         """Hej,
przy każdym zamówieniu w aplikacji jako pierwszy wyskakuje mi adres mojego byłego (ul. Lipowa 14/3, Gdańsk). Sama nie umiem go usunąć, przycisk „Usuń” nic nie robi. Możecie go wykasować u siebie na dobre, razem z jego nazwiskiem i numerem telefonu? Nie chcę, żeby kiedyś coś tam poszło przez pomyłkę.

Dzięki
Karolina""",
         "Karolina Dąbrowska"),
        ("correction", ("deletion",),
         "Zmiana nazwiska na etykietach",
         """Dzień dobry,

w sierpniu wyszłam za mąż i zmieniłam nazwisko, a na etykietach Waszych paczek nadal widnieje „Anna Kowalczyk”. W punkcie odbioru już dwa razy nie chcieli mi wydać przesyłki, bo nazwisko nie zgadzało się z dowodem. Proszę o zmianę w koncie na: Anna Kowalczyk-Zielińska.

Przy okazji: w książce adresowej jest jeszcze moje stare mieszkanie w Łodzi (ul. Piotrkowska 201/8). Już tam nie mieszkam, proszę je całkiem usunąć.

Pozdrawiam
Anna Kowalczyk-Zielińska""",
         "Anna Kowalczyk-Zielińska"),
        ("restriction", ("access",),
         "Reklamacja zaginionej przesyłki – prośba o zachowanie danych doręczenia",
         """Szanowni Państwo,

piszę w sprawie zamówienia nr 2026-51203. Według statusu paczka została „doręczona” 14 października o 13:52, ale do mnie nigdy nie dotarła. Złożyłem reklamację u przewoźnika i zgłosiłem sprawę na policję. Przewoźnik twierdzi, że ma zdjęcie jako dowód doręczenia.

Proszę, aby do czasu zakończenia tej sprawy nie usuwali Państwo żadnych danych związanych z tym doręczeniem (zdjęcie, lokalizacja GPS, godzina, podpis, korespondencja z kurierem), nawet jeśli zgodnie z Państwa zasadami powinny już zostać skasowane. Mogą mi być potrzebne jako dowód.

Proszę również o przesłanie mi kopii tego zdjęcia.

Z poważaniem
Marek Sadowski""",
         "Marek Sadowski"),
        ("objection", (),
         "Mój numer a reklamy kuriera",
         """Dzień dobry,
rozumiem, że kurier musi mieć mój numer, żeby zadzwonić przed doręczeniem. Ale odkąd kupiłam u Państwa ekspres do kawy, ta sama firma kurierska przysyła mi oferty swoich „usług premium” i jakieś konkursy. Nie zgadzam się, żeby mój numer był przekazywany lub wykorzystywany do czegokolwiek poza samą dostawą. Proszę to u siebie odnotować i przekazać przewoźnikowi.

Ewa Nowicka""",
         "Ewa Nowicka"),
        ("withdraw_consent", (),
         "WhatsApp",
         """Dzień dobry, proszę mnie wypisać z wiadomości na WhatsAppie. Zgodziłam się przy składaniu zamówienia, bo myślałam, że to tylko o statusie paczki, a dostaję prawie codziennie promocje. Już nie chcę.
Magda""",
         "Magdalena Wójcik"),
        ("complaint", ("deletion",),
         "Lista produktów na wierzchu paczki!!!",
         """Dzień dobry,

jestem naprawdę wściekła. Wczoraj kurier zostawił moją paczkę u sąsiadki (nikt mnie o to nie pytał), a na kartonie, w przezroczystej kieszonce, był przyklejony dokument dostawy ze wszystkimi produktami i cenami. Sąsiadka bez problemu przeczytała, co zamówiłam – między innymi bieliznę i maść na łuszczycę – i pół klatki już o tym wie.

To są moje prywatne sprawy i nie rozumiem, jak można przyklejać coś takiego na zewnątrz paczki. Oczekuję wyjaśnienia, jak do tego doszło i co zrobicie, żeby się to nie powtórzyło.

Po tym wszystkim nie chcę już być Waszą klientką – proszę usunąć moje konto i wszystkie moje dane.

Joanna Mazur""",
         "Joanna Mazur"),
        ("other", (),
         "Gdzie jest moja paczka? zam. 2026-53390",
         """Dzień dobry,
28.10 zamówiłem odkurzacz i od 5 dni w śledzeniu jest tylko „Dane przesyłki przekazane do przewoźnika”, nic więcej. Adres na pewno jest dobry, bo poprzednie paczki dochodziły bez problemu. Możecie sprawdzić, co się dzieje?
Pozdrawiam
Paweł Zając""",
         "Paweł Zając"),
        ("other", (),
         "Inny adres tylko dla jednego zamówienia",
         """Dzień dobry,
zamówienie nr 2026-54012 złożyłam z adresem domowym, a w przyszłym tygodniu będę u rodziców. Czy da się zaktualizować adres dostawy tylko dla tego jednego zamówienia? Chodzi o ul. Słoneczną 5, 05-500 Piaseczno. W koncie niczego nie zmieniajcie, to tylko jednorazowo.

Dziękuję!
Beata Lis""",
         "Beata Lis"),
        ("other", (),
         "Odrzucony zwrot – słuchawki",
         """Dzień dobry,
dostałem maila, że mój zwrot (zam. 2026-49911) został odrzucony, bo „usunięto folię ochronną i plombę”. Przecież żeby sprawdzić, czy słuchawki w ogóle działają, musiałem je wyjąć z pudełka – na tym chyba polega prawo do odstąpienia od umowy. Proszę o ponowne rozpatrzenie zwrotu i oddanie mi 59,99 euro.

Łukasz Pietrzak""",
         "Łukasz Pietrzak"),
    ],
    "cs": [
        ("access", (),
         "Fotka od kurýra",
         """Dobrý den,
kurýr u včerejší zásilky (obj. č. 2026-50877) zapsal do aplikace, že balík „předal osobně“, a prý to i vyfotil. Já jsem ale byla celý den v práci, tak by mě zajímalo, komu ho vlastně předal. Pošlete mi prosím tu fotku, kterou při doručení pořídil, a napište mi taky, jaké moje údaje jste přepravci předali (jen adresu a telefon, nebo i e-mail?).

Děkuji
Lenka Svobodová""",
         "Lenka Svobodová"),
        ("deletion", ("withdraw_consent",),
         "Zrušení účtu",
         """Dobrý den,

prosím o zrušení mého zákaznického účtu a smazání všech údajů, které k němu máte – hlavně všech uložených doručovacích adres (je tam i adresa chalupy a mé bývalé práce) a telefonního čísla.

A než to vyřídíte, nechci už dostávat žádné SMS s akcemi a slevami.

S pozdravem
Jiří Dvořák""",
         "Jiří Dvořák"),
        ("portability", (),
         "Export historie objednávek",
         """Dobrý den,

rád bych od vás dostal všechna svoje data o objednávkách a doručeních (datum, zboží, cena, doručovací adresa, přepravce, stav) ve strojově čitelném formátu – ideálně CSV nebo JSON, podle článku 20 GDPR. V zákaznickém účtu se dají stáhnout jen jednotlivé faktury v PDF, což mi nestačí; chci si to naimportovat do aplikace, ve které si hlídám záruky a výdaje.

Děkuji a zdravím
Martin Kučera""",
         "Martin Kučera"),
        ("restriction", (),
         "Adresa v Brně – nepoužívat",
         """Dobrý den,

v mém účtu se objevila doručovací adresa Cejl 48, Brno, na kterou šly dvě objednávky. Tu adresu jsem nikdy nezadala a v Brně ani nebydlím – mám podezření, že se mi někdo dostal do účtu. Věc jsem už nahlásila na policii.

Dokud se to nevyjasní, prosím tu adresu ani související objednávky k ničemu nepoužívejte a nic na ni neposílejte. Zatím ji ale nemažte, policie si ty údaje bude chtít vyžádat.

Děkuji
Petra Marková""",
         "Petra Marková"),
        ("objection", ("withdraw_consent",),
         "nesouhlas s předáváním čísla přepravci",
         """Dobrý den,
po poslední objednávce mi začaly chodit SMS od PPL, že pro mě mají „exkluzivní nabídku“ na své služby. Číslo jim prý dáváte vy. S tím, abyste moje telefonní číslo dávali přepravcům pro jejich reklamu, nesouhlasím – na doručení ano, na nic jiného ne.
A když už píšu: odhlaste mě prosím i z vašeho newsletteru.

Díky
Tomáš Procházka""",
         "Tomáš Procházka"),
        ("complaint", (),
         "Opakovaně: fotky mých dveří – žádost bez odpovědi",
         """Dobrý den,

už 2. října jsem vám psala, že nechci, aby kurýr při každém doručení fotil moje vchodové dveře i se jménem na zvonku, a požádala jsem o smazání těch fotek. Dodnes jsem nedostala žádnou odpověď, ani automatické potvrzení. Mezitím přišly dvě další zásilky – a dvě další fotky.

Měsíční lhůta už uplynula. Pokud se mi do týdne neozvete, podám stížnost u Úřadu pro ochranu osobních údajů.

Veronika Němcová""",
         "Veronika Němcová"),
        ("correction", (),
         "špatné číslo popisné",
         """Dobrý den,
už potřetí mi balík jel na špatné číslo domu. Bydlím v Lipové 1245, ne 1254 – někdo to kdysi špatně opsal a v účtu to pořád naskakuje, i když to při objednávce ručně přepíšu. Můžete to prosím opravit přímo u vás v systému?
Díky
Karel Beneš""",
         "Karel Beneš"),
        ("other", (),
         "Přesun doručení na pátek",
         """Dobrý den, zásilka k obj. 2026-55120 má přijít ve čtvrtek, ale ten den nebudu doma. Dá se doručení posunout na pátek, případně ji poslat na výdejní místo Zásilkovny na Palackého? Díky, Hana Veselá""",
         "Hana Veselá"),
        ("other", (),
         "Poškozená lampa – fotky",
         """Dobrý den,

dnes mi přišla stojací lampa (obj. 2026-54433) a stínidlo je úplně promáčklé, krabice byla zvenku roztržená. Kurýrovi jsem to hned ukázal a sepsali jsme zápis o poškození. V příloze posílám fotky krabice i lampy. Chtěl bych buď výměnu, nebo vrácení peněz.

S pozdravem
David Horák""",
         "David Horák"),
        ("other", (),
         "Vrácení telefonu - mám ho vymazat?",
         """Dobrý den,
posílám zpátky mobil, který mi nevyhovuje (obj. 2026-53871), v rámci 14 dnů. Mám ho před odesláním obnovit do továrního nastavení a odhlásit z Google účtu, nebo to děláte vy? Nerad bych, aby mi vrácení zamítli kvůli zámku účtu. A stačí původní krabice, nebo ho mám ještě nějak zabalit?
Díky
Ondřej Král""",
         "Ondřej Král"),
    ],
    "hr": [
        ("access", (),
         "Tko je sve dobio moje podatke?",
         """Poštovani,

naručila sam kod vas torbu (narudžba 2026-52018) i paket je putovao preko njemačkog prijevoznika, pa austrijskog, pa tek onda GLS-a. Na svakoj naljepnici bili su moje ime, adresa i broj mobitela.

Molim vas da mi pošaljete popis svih tvrtki kojima ste proslijedili moje podatke u vezi s ovom dostavom, u kojim se državama nalaze i koliko dugo te podatke čuvaju.

Lijep pozdrav,
Ivana Babić""",
         "Ivana Babić"),
        ("deletion", (),
         "Brisanje fotografije i potpisa",
         """Poštovani,
prilikom dostave prošlog tjedna dostavljač je fotografirao moja ulazna vrata s kućnim brojem, a ja sam se morao potpisati na tabletu. Ne vidim razlog da se to čuva – paket je uredno preuzet i sve je u redu. Molim vas da obrišete tu fotografiju i moj potpis te da to isto zatražite i od dostavne službe.
Hvala,
Dario Jurić""",
         "Dario Jurić"),
        ("correction", ("deletion",),
         "prezime i stara adresa",
         """Bok,
u profilu mi još uvijek piše djevojačko prezime (Marija Perić), a sad se prezivam Novak. Na pošti mi zbog toga zadnji put nisu htjeli izdati paket jer se prezime ne slaže s osobnom. Molim da to ispravite.
I obrišite molim vas staru adresu u Splitu (Put Brodarice 6), tamo više ne živim i ne želim da mi se nudi pri plaćanju.
Hvala, Marija""",
         "Marija Novak"),
        ("portability", (),
         "Povijest narudžbi u CSV-u",
         """Poštovani,

molio bih izvoz svih mojih narudžbi i dostava iz zadnje tri godine u strojno čitljivom obliku (CSV, JSON ili XML – svejedno), s datumom, artiklima, iznosom, adresom dostave i statusom, na temelju članka 20. GDPR-a. PDF-ovi računa iz korisničkog računa mi ne pomažu jer ih ne mogu uvesti u tablicu.

S poštovanjem,
Goran Kovačević""",
         "Goran Kovačević"),
        ("objection", (),
         "Ponude na temelju adrese dostave",
         """Poštovani,

prošlog sam ljeta jednom naručio roštilj na adresu vikendice na Pagu i od tada mi stalno šaljete ponude za vrtni namještaj, bazene i „sve za vikendicu“. Očito analizirate moje adrese dostave i na temelju toga me svrstavate u neku skupinu kupaca.

Ne želim da se moje adrese dostave koriste za takvo profiliranje ni za ciljane ponude. Newsletter mi može i dalje dolaziti, ali bez toga.

Srdačno,
Krešimir Vuković""",
         "Krešimir Vuković"),
        ("withdraw_consent", (),
         "stop sms i whatsapp",
         """Dobar dan, molim vas da mi više ne šaljete SMS-ove i WhatsApp poruke s akcijama. Za praćenje paketa dovoljan mi je mail. Hvala. Sanja""",
         "Sanja Knežević"),
        ("complaint", ("access",),
         "U paketu tuđa povratnica",
         """Poštovani,

u paketu koji sam dobila 3. studenoga (narudžba 2026-53660) nalazila se unaprijed ispunjena povratnica s imenom, adresom i brojem telefona neke gospođe iz Osijeka. To znači da miješate podatke kupaca i sasvim je moguće da je i moja povratnica završila kod nekoga trećeg. Smatram to ozbiljnim propustom i očekujem objašnjenje kako se to dogodilo.

Molim vas i da mi javite je li netko na isti način dobio moje ime, adresu ili broj telefona, i tko.

Tu povratnicu nisam ni koristila ni bacila, mogu vam je poslati natrag.

Tena Matić""",
         "Tena Matić"),
        ("other", (),
         "Kod za paketomat ne radi",
         """Pozdrav,
dobila sam SMS da je paket (narudžba 2026-54102) u paketomatu kod Konzuma na Trešnjevci, ali kod ne prolazi, piše „nevažeći kod“. Probala sam tri puta. Možete li mi poslati novi kod ili provjeriti je li paket uopće tamo?
Hvala,
Lucija Pavić""",
         "Lucija Pavić"),
        ("other", (),
         "Odbijen povrat jakne",
         """Poštovani,
javljate mi da ste odbili povrat jakne jer je „uklonjena etiketa“. Etiketa se samo otkinula kad sam jaknu probao i stavio sam je u vrećicu zajedno s jaknom, pogledajte bolje. Jakna nije nošena. Molim da ponovno provjerite povrat i vratite mi novac.
Ante Šarić""",
         "Ante Šarić"),
        ("other", (),
         "Dostava na posao – samo ovaj put",
         """Dobar dan,
za narudžbu 2026-55017 molim dostavu na poslovnu adresu: Ulica grada Vukovara 269, Zagreb, 3. kat, recepcija. Samo za ovu narudžbu – inače neka u profilu sve ostane kako je. Može li se to još promijeniti ili je paket već otišao?
Hvala,
Nikola Tomić""",
         "Nikola Tomić"),
    ],
    "sv": [
        ("access", ("deletion",),
         "Vilka budfirmor har mitt nummer?",
         """Hej!

Sedan jag handlade hos er i september har jag fått sms från två olika budfirmor – med den ena har jag aldrig ens haft en leverans. Jag vill därför veta vilka transportföretag ni har lämnat ut mitt namn, min adress och mitt mobilnummer till, och när.

När jag har fått svar vill jag också att ni tar bort mitt mobilnummer från kontot. Jag vill hellre bli kontaktad via mejl.

Mvh
Johan Lindberg""",
         "Johan Lindberg"),
        ("restriction", (),
         "Försvunnet paket – radera inget",
         """Hej,

paketet till order 2026-51877 står som levererat den 21 oktober, men jag har aldrig fått det. Jag har gjort en reklamation hos transportören och en polisanmälan.

Jag ber er att spara alla uppgifter om leveransen (leveransbild, GPS-position, tidpunkt, vem som kvitterade) tills ärendet är avslutat, även om de enligt era rutiner annars skulle raderas. Använd dem inte till något annat än utredningen.

Med vänliga hälsningar
Sofia Berg""",
         "Sofia Berg"),
        ("portability", (),
         "Min orderhistorik som fil",
         """Hej!
Kan ni skicka mig hela min order- och leveranshistorik som en fil som går att läsa in i ett annat program, t.ex. CSV eller JSON? Jag vill ha med datum, produkter, priser, leveransadresser och vilken transportör som levererade. Det ska in i budgetappen jag använder. Enligt artikel 20 i GDPR ska det väl gå?
Tack på förhand!
Erik Nyström""",
         "Erik Nyström"),
        ("objection", (),
         "Leveransdata till analysföretag",
         """Hej,

jag läste i er integritetspolicy att ni delar "leverans- och adressuppgifter" med en extern partner för analys och kundinsikter, med hänvisning till berättigat intresse. Det vill jag inte vara med i. Mina uppgifter får gärna användas för att leverera mina paket, men inte för analyser, statistik eller segmentering. Jag invänder alltså mot den behandlingen och ber er att sluta med den för min del.

Vänliga hälsningar
Annika Holm""",
         "Annika Holm"),
        ("withdraw_consent", (),
         "Sluta skicka sms",
         """Hej! Kan ni sluta skicka sms till mig? Både de med spårningslänkar och erbjudandena. Jag kollar status på hemsidan själv. Tack!
/Malin""",
         "Malin Eriksson"),
        ("complaint", ("access",),
         "Bild på mig i morgonrock??",
         """Hej.

I går kväll fick jag ett mejl med "leveransbevis" för order 2026-52640. På bilden står jag själv i dörren i morgonrock – budet tog bilden utan att fråga, jag trodde att han fotade paketet. Jag tycker att det är fullständigt oacceptabelt att man fotograferar kunder i deras hem och att bilden sedan skickas runt i mejl.

Jag vill veta vem som har tillgång till bilden, var den lagras och hur länge. Och jag förväntar mig en förklaring till varför det går till så här.

Lina Sjöberg""",
         "Lina Sjöberg"),
        ("correction", (),
         "Fel namn på etiketten",
         """Hej,
på alla paket från er står det "Mattias Lindqvist", men jag heter Lindkvist med k. Det har inte spelat någon roll förrän nu – senast vägrade ombudet på ICA att lämna ut paketet eftersom namnet inte stämde med legitimationen. Kan ni rätta namnet i mitt konto? Lägg också gärna till "c/o Ek" i adressen, annars hittar brevbäraren inte fram.
Tack
Mattias Lindkvist""",
         "Mattias Lindkvist"),
        ("other", (),
         "Ändra leveransdag?",
         """Hej,
min beställning 2026-55302 ska levereras på torsdag mellan 17 och 21, men då är jag bortrest. Går det att flytta leveransen till lördag eller måndag? Adressen är samma som vanligt.
Mvh
Oskar Wikström""",
         "Oskar Wikström"),
        ("other", (),
         "Trasig lampa",
         """Hej!
Fick golvlampan i dag men glaskupan var i tusen bitar. Kartongen såg okej ut utifrån, så det måste ha hänt innan den packades eller på terminalen. Bifogar bilder. Vill helst ha en ny skickad, annars pengarna tillbaka. Ska jag slänga den trasiga eller skicka tillbaka den?
Hälsningar
Emma Lund""",
         "Emma Lund"),
        ("other", (),
         "Returen nekad – iPhone",
         """Hej,

ni skriver att min retur av iPhonen (order 2026-53118) nekades eftersom telefonen fortfarande var kopplad till mitt Apple-ID. Det var mitt misstag – jag har nu tagit bort enheten från kontot via iCloud, så den ska vara upplåst nu. Kan ni göra en ny kontroll och genomföra återbetalningen? Eller måste ni skicka tillbaka den till mig först?

Vänliga hälsningar
Henrik Åberg""",
         "Henrik Åberg"),
    ],
    "ro": [
        ("access", (),
         "Fotografia de la livrare",
         """Bună ziua,

Coletul pentru comanda 2026-50993 apare ca livrat pe 16 octombrie, „predat destinatarului”, cu mențiunea că s-a făcut o fotografie ca dovadă. Vă rog să-mi trimiteți această fotografie și să-mi spuneți ce alte date despre mine (nume, adresă, telefon, semnătură) ați transmis firmei de curierat și cât timp le păstrați.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("deletion", ("objection",),
         "Ștergere adresă veche și telefon",
         """Bună ziua,

Vă rog să ștergeți din contul meu adresa veche din Cluj (Str. Horea nr. 12, ap. 4) și numărul de telefon vechi, cel care începe cu 0744. Nu le mai folosesc de doi ani.

Și încă ceva: nu vreau ca numărul meu de telefon actual să fie dat firmelor de curierat pentru reclamele lor. Să-l folosească doar pentru livrare.

Cu stimă,
Radu Ionescu""",
         "Radu Ionescu"),
        ("correction", (),
         "Număr apartament greșit",
         """Bună,
pe etichetele coletelor voastre apare mereu „Bl. M4, Sc. B, Ap. 21”, dar eu stau la apartamentul 12. Curierul a lăsat deja de două ori coletul la vecinul de la 21. Vă rog să corectați adresa din contul meu: Str. Florilor nr. 7, Bl. M4, Sc. B, Et. 3, Ap. 12, Brașov.
Mersi,
Ioana Dumitru""",
         "Ioana Dumitru"),
        ("portability", (),
         "Export istoric comenzi (CSV/JSON)",
         """Bună ziua,

În temeiul art. 20 din GDPR, vă rog să-mi puneți la dispoziție istoricul complet al comenzilor și livrărilor mele (date, produse, prețuri, adrese de livrare, curier, stare) într-un format structurat, care poate fi citit automat, de preferat CSV sau JSON. Din cont se pot descărca doar facturile în PDF, ceea ce nu mă ajută.

Vă mulțumesc,
Mihai Stanciu""",
         "Mihai Stanciu"),
        ("restriction", (),
         "Retur contestat – vă rog păstrați datele",
         """Bună ziua,

Am returnat o pereche de ghete (comanda 2026-51440), dar rambursarea nu a ajuns nici după o lună, iar voi susțineți că banii au fost trimiși în contul IBAN pe care vi l-am dat. Am deschis o contestație la bancă.

Până se lămurește situația, vă rog să nu ștergeți datele legate de retur și de rambursare (IBAN-ul, dovada plății, fotografiile pe care vi le-am trimis), chiar dacă în mod normal le-ați șterge, și să nu le folosiți în alt scop decât pentru clarificarea acestei probleme.

Cu stimă,
Cristina Munteanu""",
         "Cristina Munteanu"),
        ("withdraw_consent", (),
         "fara mesaje pe whatsapp",
         """Buna, nu mai vreau mesaje pe WhatsApp si nici SMS-uri de la voi, nici cu promotii, nici cu urmarirea coletului. Am bifat odata ceva la o comanda, acum retrag acordul. Multumesc, Elena""",
         "Elena Radu"),
        ("complaint", ("deletion",),
         "Coletul lăsat la vecini, cu factura înăuntru",
         """Bună ziua,

Sunt foarte nemulțumit. Am comandat un ceas cadou pentru soția mea și am cerut livrare doar în mână. Curierul l-a lăsat, fără să mă întrebe, la vecina de la parter, care i l-a dat chiar soției mele. Pe etichetă scria clar ce produs e, iar în cutie era factura cu prețul. S-a dus surpriza, iar vecina știe acum ce și cât am cumpărat.

Nu înțeleg de ce pe etichetă apare conținutul și de ce se pune factura cu prețul într-un colet marcat drept cadou. Vreau o explicație.

Și vă rog să-mi ștergeți contul, nu mai comand de la voi.

Adrian Georgescu""",
         "Adrian Georgescu"),
        ("other", (),
         "Unde e coletul? AWB 4820019377",
         """Bună ziua,
Comanda mea 2026-54781 a fost expediată pe 2 noiembrie, dar de cinci zile AWB-ul arată doar „în tranzit – hub Bruxelles”. Datele de livrare sunt corecte, am mai comandat la aceeași adresă. Puteți verifica la curier ce se întâmplă?
Mulțumesc,
Bogdan Marin""",
         "Bogdan Marin"),
        ("other", (),
         "Altă adresă doar pentru comanda asta",
         """Bună,
aș vrea să schimb adresa de livrare doar pentru comanda 2026-55203 – să vină la birou, Calea Victoriei 155, et. 6, București, pentru că acasă nu e nimeni ziua. Adresa din cont rămâne cea de acum, nu o ștergeți. Se mai poate?
Mulțumesc,
Alina Constantin""",
         "Alina Constantin"),
        ("other", (),
         "Produs deteriorat la livrare",
         """Bună ziua,

Am primit azi setul de farfurii (comanda 2026-54320) și trei dintre ele erau sparte. Cutia era udă și turtită pe o parte. Atașez poze cu cutia și cu farfuriile. Ce preferați: îmi trimiteți un set nou sau returnez tot? Nu vreau să arunc cioburile până nu-mi spuneți.

O zi bună,
Florin Dobre""",
         "Florin Dobre"),
    ],
    "el": [
        ("access", (),
         "τι κρατάτε για τις παραδόσεις μου",
         """Γεια σας,
θα ήθελα να μου στείλετε ό,τι έχετε κρατήσει για μένα σχετικά με τις παραδόσεις των παραγγελιών μου: ποιες διευθύνσεις έχετε αποθηκευμένες, αν υπάρχουν φωτογραφίες από την πόρτα μου ή υπογραφές μου από το τάμπλετ του κούριερ, και τις σημειώσεις που γράφουν οι οδηγοί (π.χ. «αφήστε το στον γείτονα»). Ένα αντίγραφο με email είναι αρκετό.
Ευχαριστώ,
Κατερίνα Γεωργίου""",
         "Κατερίνα Γεωργίου"),
        ("deletion", (),
         "Διαγραφή διεύθυνσης εξοχικού",
         """Καλημέρα,
πέρσι το καλοκαίρι έστειλα μια παραγγελία στο εξοχικό μας στη Νάξο και από τότε αυτή η διεύθυνση εμφανίζεται πρώτη στο ταμείο. Το σπίτι το πουλήσαμε. Παρακαλώ διαγράψτε την εντελώς από τα στοιχεία μου, καθώς και το σταθερό τηλέφωνο που είχα δώσει τότε.
Ευχαριστώ πολύ,
Γιάννης Αλεξίου""",
         "Γιάννης Αλεξίου"),
        ("portability", ("deletion",),
         "Αρχείο παραγγελιών πριν κλείσω τον λογαριασμό",
         """Καλησπέρα,

θέλω να κλείσω τον λογαριασμό μου, αλλά πρώτα να πάρω όλο το ιστορικό των παραγγελιών και των αποστολών μου σε αρχείο που διαβάζεται από υπολογιστή (CSV ή JSON, όχι PDF), με ημερομηνίες, προϊόντα, τιμές και διευθύνσεις παράδοσης. Μόλις μου το στείλετε, διαγράψτε τον λογαριασμό και τα δεδομένα μου.

Με εκτίμηση,
Δημήτρης Καραγιάννης""",
         "Δημήτρης Καραγιάννης"),
        ("restriction", (),
         "Φωτογραφίες ζημιάς – να μη σβηστούν",
         """Καλησπέρα σας,

τον Οκτώβριο σας έστειλα φωτογραφίες από τον καναπέ που ήρθε σκισμένος (παραγγελία 2026-51076), μαζί με φωτογραφίες της συσκευασίας. Στο email σας γράφετε ότι μετά την ολοκλήρωση της επιστροφής τα συνημμένα διαγράφονται σε 30 ημέρες.

Σας παρακαλώ να μην τις διαγράψετε ακόμα: έχω κάνει αμφισβήτηση της χρέωσης στην τράπεζά μου και ίσως χρειαστεί να τις προσκομίσω. Κρατήστε τις μέχρι να σας ενημερώσω ότι η υπόθεση έκλεισε, χωρίς να τις χρησιμοποιήσετε για κάτι άλλο.

Ευχαριστώ,
Ελένη Βασιλείου""",
         "Ελένη Βασιλείου"),
        ("objection", (),
         "Ερωτηματολόγια μετά από κάθε παράδοση",
         """Καλησπέρα,
μετά από κάθε παράδοση με παίρνει τηλέφωνο μια εταιρεία ερευνών για να βαθμολογήσω τον κούριερ και την «εμπειρία αγοράς». Απ' ό,τι κατάλαβα, της δίνετε εσείς το όνομα, το τηλέφωνο και τα στοιχεία της παραγγελίας μου. Δεν συμφωνώ να διαβιβάζονται τα στοιχεία μου σε τρίτους για έρευνες και στατιστικά – παρακαλώ σταματήστε να το κάνετε για μένα.
Με εκτίμηση,
Πάνος Σταματόπουλος""",
         "Πάνος Σταματόπουλος"),
        ("withdraw_consent", ("objection",),
         "Viber",
         """Καλησπέρα, σας παρακαλώ να σταματήσετε τα μηνύματα στο Viber και τα SMS με προσφορές – κάποτε είχα τσεκάρει ότι συμφωνώ, τώρα δεν θέλω πια. Επίσης μη δίνετε το κινητό μου στις εταιρείες courier για τις δικές τους διαφημίσεις, μόνο για την παράδοση.
Ευχαριστώ,
Σοφία Αντωνίου""",
         "Σοφία Αντωνίου"),
        ("complaint", (),
         "Έλαβα φωτογραφία από την πόρτα άλλου πελάτη",
         """Καλησπέρα σας,

χθες έλαβα email «επιβεβαίωσης παράδοσης» για την παραγγελία μου 2026-53514, αλλά η φωτογραφία δείχνει μια εντελώς άγνωστη πόρτα με όνομα στο κουδούνι, και από κάτω η διεύθυνση και το τηλέφωνο κάποιου άλλου. Το δικό μου δέμα δεν έχει έρθει ακόμη.

Αν εγώ πήρα τα στοιχεία ενός ξένου, φαντάζομαι ότι κάποιος άλλος έχει πάρει τα δικά μου, μαζί με φωτογραφία από την είσοδο του σπιτιού μου. Αυτό είναι σοβαρή παραβίαση και το θεωρώ απαράδεκτο. Περιμένω εξηγήσεις και να μου πείτε τι μέτρα θα πάρετε. Αν δεν λάβω απάντηση, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Χρήστος Νικολάου""",
         "Χρήστος Νικολάου"),
        ("other", (),
         "Πού είναι το δέμα μου;",
         """Γεια σας, η παραγγελία 2026-54608 έφυγε στις 30/10 και ακόμα γράφει «σε μεταφορά». Η διεύθυνση είναι σωστή, την έχω ελέγξει. Μπορείτε να δείτε τι γίνεται; Ευχαριστώ, Μαρία Ιωάννου""",
         "Μαρία Ιωάννου"),
        ("other", (),
         "Αλλαγή ημέρας παράδοσης",
         """Καλημέρα,
το δέμα μου (παραγγελία 2026-55088) είναι προγραμματισμένο για Τετάρτη, αλλά θα λείπω όλη την εβδομάδα. Μπορεί να παραδοθεί την επόμενη Δευτέρα ή να πάει σε κάποιο locker κοντά στο σπίτι; Τα στοιχεία μου μένουν ίδια.
Ευχαριστώ,
Αλέξανδρος Πετρίδης""",
         "Αλέξανδρος Πετρίδης"),
        ("other", (),
         "Ετικέτα επιστροφής",
         """Καλησπέρα,
θέλω να επιστρέψω τα παπούτσια από την παραγγελία 2026-54177 (μου είναι μικρά), αλλά έσβησα κατά λάθος το email με την ετικέτα επιστροφής. Μπορείτε να μου τη στείλετε ξανά; Και κάτι ακόμα: πρέπει να τα πάω σε κατάστημα ACS ή έρχεται ο κούριερ να τα πάρει;
Ευχαριστώ,
Ευαγγελία Κωνσταντίνου""",
         "Ευαγγελία Κωνσταντίνου"),
    ],
    "bg": [
        ("access", (),
         "Какви данни сте дали на куриерите?",
         """Здравейте,

след последната ми поръчка при вас (№ 2026-51655) в приложението на Еконт се появиха името, адресът и телефонът ми, без изобщо да съм си правила профил там. Моля да ми кажете какви точно лични данни сте предали на куриерски фирми, на кои фирми, кога и колко време се съхраняват. Искам и копие от данните, които пазите за мен във връзка с доставките.

Поздрави,
Десислава Петрова""",
         "Десислава Петрова"),
        ("deletion", (),
         "IBAN от връщането",
         """Здравейте,
при връщането на прахосмукачката миналия месец ви дадох банковата си сметка за възстановяване на парите. Сумата я получих, благодаря. Сега ви моля да изтриете IBAN-а ми от системата си – не искам да стои някъде, където вече не е нужен.
Стефан Иванов""",
         "Стефан Иванов"),
        ("correction", (),
         "Грешно име на етикета",
         """Здравейте,
на етикетите на пратките ви името ми се изписва „Gheorghieva“, а правилно е Georgieva (Георгиева). Заради това в офиса на Спиди два пъти не искаха да ми дадат пратката, защото не съвпада с личната карта. Моля, поправете името в профила ми.
Благодаря,
Мария Георгиева""",
         "Мария Георгиева"),
        ("portability", (),
         "Историята на поръчките в CSV",
         """Добър ден,

искам да ми изпратите всички данни за моите поръчки и доставки (дати, продукти, суми, адреси, куриер) във файл, който може да се обработва машинно – CSV или JSON. Искам да си ги прехвърля в приложение за лични финанси, а от профила мога да сваля само фактури в PDF.

С уважение,
Георги Димитров""",
         "Георги Димитров"),
        ("restriction", ("access",),
         "Рекламация за изгубена пратка – моля, запазете данните",
         """Здравейте,

пратката по поръчка № 2026-52911 е отбелязана като „доставена“ на 27 октомври, но аз не съм я получавала и не съм подписвала нищо. Подадох рекламация в Еконт, която още се разглежда.

Моля, не изтривайте данните за тази доставка (подпис, снимка, час, GPS), докато рекламацията не приключи, дори ако по вашите правила трябва да бъдат изтрити. Изпратете ми и копие от подписа, с който уж съм я получила – искам да видя чий е.

С уважение,
Радостина Колева""",
         "Радостина Колева"),
        ("objection", ("withdraw_consent",),
         "Не давайте телефона ми на куриери за реклами",
         """Здравейте,
откакто пазарувам от вас, от Спиди ми пращат SMS-и с промоции и анкети. Съгласен съм да им давате номера ми, за да ми звъннат при доставка, но не и за тяхна реклама. Възразявам срещу това.
И ме отпишете от бюлетина, и без това не го чета.
Иван Тодоров""",
         "Иван Тодоров"),
        ("complaint", ("deletion",),
         "Куриерът ми пише във Viber и Instagram",
         """Здравейте,

пиша ви, защото съм много притеснена. Миналата седмица куриерът, който ми донесе пратката от вас, ми писа вечерта във Viber „здрасти, красавице, помниш ли ме“, а днес ме намери и в Instagram. Номерът ми го има само защото вие сте му го дали за доставката.

Това е недопустимо. Искам да знам какво ще направите и дали куриерската фирма ще предприеме нещо. Освен това искам номерът ми да бъде изтрит от профила ми при вас и от системата на куриера.

Николина Стоянова""",
         "Николина Стоянова"),
        ("other", (),
         "Пратката не е в офиса",
         """Здравейте, получих SMS, че пратката ми (поръчка № 2026-54470) е в офис на Еконт в Младост 1, но там ми казаха, че такава няма. Адресът и телефонът в поръчката са верни. Може ли да проверите къде е? Благодаря, Петър Николов""",
         "Петър Николов"),
        ("other", (),
         "Смяна на размер",
         """Здравейте,
якето от поръчка № 2026-54902 ми е малко. Може ли да го сменя с размер L, вместо да го връщам? Какво трябва да напиша на товарителницата? Етикетите не съм ги махал, само съм го пробвал.
Христо Маринов""",
         "Христо Маринов"),
        ("other", (),
         "Промяна на адреса само за тази поръчка",
         """Добър ден,
направих поръчка № 2026-55140 с адреса от профила, но тази седмица съм във Варна. Може ли само за тази поръчка да я пратите до офис на Спиди на ул. „Цар Симеон I“ 54, Варна? Данните в профила не ги променяйте.
Благодаря,
Виктория Атанасова""",
         "Виктория Атанасова"),
    ],
}

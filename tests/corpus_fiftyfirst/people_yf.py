"""Fifty-first set, marketplace and third-party sellers: buyers and private sellers writing to the privacy mailbox (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftyfirst.py)."""

PEOPLE_YF = {
    "pl": [
        ("access", (),
         "Którym sprzedawcom przekazaliście mój adres?",
         """Dzień dobry,

od jakiegoś czasu dostaję SMS-y od firm, o których nigdy nie słyszałam, i jedyne, co mi przychodzi do głowy, to zakupy na Waszym marketplace. Kupowałam tam kilka razy od różnych sprzedawców zewnętrznych.

Proszę o informację, którym sprzedawcom przekazaliście moje dane (imię i nazwisko, adres, numer telefonu), kiedy to było i w jakim zakresie. Chciałabym też wiedzieć, jak długo ci sprzedawcy mogą te dane przechowywać.

Konto jest założone na adres, z którego piszę.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("deletion", (),
         "Zamknięcie konta sprzedawcy + skan dowodu",
         """Witam,

w zeszłym roku założyłem u Was konto sprzedawcy, żeby sprzedać trochę rzeczy po remoncie (narzędzia, zapas płytek). Przy weryfikacji musiałem wgrać skan dowodu osobistego i podać numer konta bankowego. Sprzedaż dawno zakończyłem i nie zamierzam do niej wracać.

Proszę o zamknięcie konta sprzedawcy oraz trwałe usunięcie skanu dowodu i danych bankowych. Zwykłe konto kupującego może zostać, z niego nadal korzystam.

Pozdrawiam
Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("correction", (),
         "Błąd w nazwisku na fakturze od sprzedawcy",
         """Dzień dobry,

dostałam fakturę od sprzedawcy „DomDekor” (zamówienie MP-48213) i moje nazwisko jest na niej zapisane jako „Szymańka”. Sprawdziłam – ten sam błąd jest w moim koncie u Państwa, pewnie literówka przy zakładaniu konta, a sprzedawca po prostu dostał dane od Was.

Proszę o poprawienie nazwiska w koncie na „Szymańska” i, jeśli to możliwe, przekazanie poprawionych danych sprzedawcy, żeby mógł wystawić korektę faktury.

Dziękuję,
Katarzyna Szymańska""",
         "Katarzyna Szymańska"),
        ("portability", ("deletion",),
         "Eksport historii sprzedaży i opinii",
         """Cześć,

prowadzę mały sklep z ceramiką jako sprzedawca na Waszym marketplace (konto: Pracownia Glina). Przenoszę się na własny sklep internetowy i chciałbym zabrać ze sobą historię sprzedaży i opinie kupujących – najlepiej w pliku CSV albo JSON, żebym mógł to zaimportować u siebie. W panelu sprzedawcy są tylko miesięczne zestawienia w PDF.

Jak już dostanę plik, proszę zamknąć moje konto sprzedawcy i usunąć moje dane.

Dzięki z góry
Michał Zieliński""",
         "Michał Zieliński"),
        ("restriction", (),
         "Spór ze sprzedawcą – proszę nie usuwać korespondencji",
         """Dzień dobry,

od września mam spór ze sprzedawcą „BikePoint24” o rower, który przyszedł z pękniętą ramą. Sprawą zajmuje się teraz miejski rzecznik konsumentów. W regulaminie przeczytałem, że wiadomości między kupującym a sprzedawcą są po jakimś czasie kasowane.

Bardzo proszę, żeby cała moja korespondencja z tym sprzedawcą (zamówienie MP-51877) nie została usunięta, dopóki spór się nie zakończy – będzie mi potrzebna jako dowód. Nie chodzi mi o to, żeby ją do czegokolwiek wykorzystywać, tylko żeby została zachowana.

Pozdrawiam
Paweł Nowicki""",
         "Paweł Nowicki"),
        ("objection", ("withdraw_consent",),
         "Sprzedawcy, którzy mogą Ci się spodobać – nie, dziękuję",
         """Witam,

na stronie głównej i w mailach ciągle widzę sekcję „Sprzedawcy, którzy mogą Ci się spodobać”. Nie życzę sobie, żebyście na podstawie moich zakupów budowali mój profil i podsuwali mi sprzedawców. Sprzeciwiam się takiemu profilowaniu, a także przekazywaniu moich danych sprzedawcom w celach marketingowych.

I przy okazji: proszę wypisać mnie z newslettera z ofertami marketplace. Kiedyś się zapisałam, ale już go nie chcę.

Ewa Lis""",
         "Ewa Lis"),
        ("complaint", ("access",),
         "Sprzedawca dzwonił do mnie do domu",
         """Dzień dobry,

w zeszłym tygodniu kupiłem przez Wasz marketplace używany aparat od sprzedawcy „FotoOkazja”. Dwa dni później ktoś z tej firmy zadzwonił na mój prywatny numer – wieczorem, do domu – i zaproponował, żebym „następnym razem kupił bezpośrednio u nich, bez prowizji platformy”, przelewem na ich konto.

Jestem tym mocno zirytowany. Numer telefonu podałem Wam wyłącznie na potrzeby dostawy, a nie po to, żeby sprzedawcy wydzwaniali do mnie z ofertami poza platformą. Uważam to za naruszenie i oczekuję wyjaśnień.

Proszę też o informację, jakie dokładnie moje dane zostały temu sprzedawcy przekazane.

Z poważaniem
Krzysztof Mazur""",
         "Krzysztof Mazur"),
        ("other", (),
         "Paczka od sprzedawcy nie doszła",
         """Dzień dobry,

12 października zamówiłam lampę od sprzedawcy „ŚwiatłoDesign” (zamówienie MP-47102). Od dwóch tygodni status to „wysłane”, a numer śledzenia nic nie pokazuje. Sprawdziłam dane do wysyłki w zamówieniu – adres jest dobry. Sprzedawca nie odpisuje na wiadomości.

Co mogę zrobić? Chcę albo lampę, albo zwrot pieniędzy.

Joanna Kowalczyk""",
         "Joanna Kowalczyk"),
        ("other", (),
         "jak usunąć produkt ze strony sprzedawcy?",
         """hej, rower już sprzedany (kolega go wziął) i chcę usunąć ogłoszenie z mojej strony sprzedawcy, ale nigdzie nie widzę przycisku „usuń”, jest tylko „edytuj” i „wstrzymaj”. Jak to zrobić? Nie chcę, żeby ktoś go jeszcze kupił

dzięki
Bartek""",
         "Bartosz Wójcik"),
        ("other", (),
         "Prowizja od sprzedaży",
         """Dzień dobry,

zastanawiam się nad sprzedażą rękodzieła (biżuteria ze srebra) przez Państwa marketplace. Ile wynosi prowizja od sprzedaży i czy jest jakaś stała opłata miesięczna? Czy jeśli wysyłam sama, a nie przez Wasz magazyn, prowizja jest niższa?

Pozdrawiam
Marta Pawlak""",
         "Marta Pawlak"),
    ],
    "cs": [
        ("access", (),
         "Jaké údaje dostal prodejce z Hongkongu?",
         """Dobrý den,

na vašem marketplace jsem si koupil pouzdro na telefon od prodejce „GadgetWorld HK“ (objednávka MP-50322). Až když přišel balík, všiml jsem si, že šel z Hongkongu. Nikde jsem neviděl upozornění, že moje adresa a telefon půjdou někam mimo EU.

Prosím o sdělení, jaké moje osobní údaje jste tomuto prodejci předali, zda byly předány i dalším firmám (dopravci apod.) a na jakém základě a s jakými zárukami se údaje mimo EU předávají. Zajímá mě také, jak dlouho je prodejce smí uchovávat.

S pozdravem
Jan Dvořák""",
         "Jan Dvořák"),
        ("deletion", ("withdraw_consent",),
         "Zrušení účtu",
         """Dobrý den,

chci zrušit svůj účet u vás i se všemi údaji – historií objednávek, uloženými adresami a zprávami, které jsem si psala s prodejci na marketplace. Nakupovat u vás už nebudu.

A do té doby mi prosím už neposílejte žádné e-maily s nabídkami, ani ty od prodejců.

Děkuji
Lucie Procházková""",
         "Lucie Procházková"),
        ("withdraw_consent", (),
         "odhlášení z newsletteru prodejce",
         """Dobrý den,

po nákupu koberce od prodejce Koberce Novák přes váš web mi chodí jejich newsletter, v patičce je „zasíláno prostřednictvím Shop Example Marketplace“. Asi jsem při objednávce zaškrtla nějaký souhlas, už nevím. Každopádně ho odvolávám, ty maily nechci. Odkaz na odhlášení v e-mailu hází chybu, tak píšu vám.

Díky
Petra Horáková""",
         "Petra Horáková"),
        ("portability", (),
         "Export prodejů a hodnocení (CSV)",
         """Dobrý den,

jako malý prodejce (účet „Dřevohračky Kučera“) prodávám přes váš marketplace druhým rokem. Rád bych si svá data přenesl na jinou platformu – konkrétně přehled všech prodejů a hodnocení, která mi zákazníci napsali, ve strojově čitelném formátu (CSV, případně JSON). V administraci prodejce jdou stáhnout jen měsíční přehledy v PDF, a to mi nepomůže.

Můžete mi prosím takový export připravit?

Díky a hezký den
Ondřej Kučera""",
         "Ondřej Kučera"),
        ("restriction", (),
         "Moje adresa na stránce prodejce",
         """Dobrý den,

všimla jsem si, že na mé stránce prodejce a na fakturách, které systém posílá kupujícím, je vidět moje domácí adresa. Prodávám jen příležitostně jako soukromá osoba a nechápu, proč by ji měl vidět každý návštěvník webu.

Prosím, abyste ji do doby, než to prověříte, na stránce prodejce nezobrazovali. Účet ani údaje mazat nechci, jen ať tam zatím není veřejně.

Martina Veselá""",
         "Martina Veselá"),
        ("objection", (),
         "Nesouhlas s profilováním",
         """Dobrý den, v aplikaci mi pořád vyskakuje „Prodejci, kteří by se vám mohli líbit“. Tímto vznáším námitku proti tomu, abyste moje nákupy a prohlížení používali k takovému doporučování. Aplikaci používat chci, jen bez tohohle. Potvrďte mi prosím, že jste to u mě vypnuli.

Tomáš Černý""",
         "Tomáš Černý"),
        ("complaint", ("deletion",),
         "Už potřetí: kdo mi smaže údaje?",
         """Dobrý den,

píšu už potřetí a pomalu mi dochází trpělivost. V září jsem požádala prodejce „ModaPlus“, od kterého jsem přes váš marketplace nakupovala, o výmaz svých údajů. Odpověděl, že údaje spravujete vy a ať se obrátím na vás. Vy jste mi 2. října napsali, že za údaje předané prodejci odpovídá prodejce. Od té doby mlčí oba.

Takhle to nejde. Chci, aby moje údaje byly smazány – u vás i u prodejce – a aby mi konečně někdo odpověděl. Jestli se do konce listopadu nic nestane, podám stížnost na Úřad pro ochranu osobních údajů.

Hana Marešová""",
         "Hana Marešová"),
        ("other", (),
         "Jak se stát prodejcem?",
         """Dobrý den,

mám malou pražírnu kávy v Olomouci a zajímalo by mě, jak začít prodávat přes váš marketplace. Jaké údaje o firmě potřebujete k registraci a jak dlouho trvá schválení účtu prodejce? A můžu posílat sám, nebo musím zboží dát do vašeho skladu?

Děkuji
Vojtěch Pokorný""",
         "Vojtěch Pokorný"),
        ("other", (),
         "smazat inzerát – kolo prodáno",
         """Ahoj, kolo (Author, rám 54 cm) je prodané, smažte mi ho prosím z nabídky. V aplikaci mi to při mazání hlásí chybu „něco se pokazilo“.

Díky
Radek""",
         "Radek Král"),
        ("other", (),
         "Rozbitá váza – prodejce nereaguje",
         """Dobrý den,

3. 11. mi přišla skleněná váza od prodejce SklárnaDesign a byla rozbitá, střepy po celé krabici. Fotky jsem prodejci poslala hned ten den přes zprávy, ale vůbec nereaguje. Jak můžu reklamaci řešit přes vás? Objednávka MP-52964.

Děkuji
Zuzana Benešová""",
         "Zuzana Benešová"),
    ],
    "hr": [
        ("access", (),
         "Koje dokumente za verifikaciju čuvate?",
         """Poštovani,

prije otprilike godinu dana otvorio sam račun prodavača na vašem marketplaceu. Za verifikaciju sam morao učitati presliku osobne iskaznice, IBAN i potvrdu o prebivalištu.

Molim vas da mi javite koje od tih dokumenata i podataka još uvijek čuvate, u koju svrhu, tko im ima pristup i koliko ih dugo namjeravate čuvati. Ako je moguće, pošaljite mi i kopiju onoga što imate.

Lijep pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),
        ("correction", (),
         "Promjena prezimena na stranici prodavača",
         """Bok,

udala sam se u kolovozu i promijenila prezime. Na mojoj stranici prodavača i na računima koje dobivaju kupci još uvijek piše Marija Babić, a sada se prezivam Kovačević. U postavkama ne mogu sama promijeniti ime jer je „zaključano nakon verifikacije“.

Možete li to ispraviti? Ako trebate novu osobnu, mogu je poslati.

Hvala!
Marija Kovačević""",
         "Marija Kovačević"),
        ("deletion", (),
         "Zatvorena trgovina još uvijek vidljiva",
         """Poštovani,

svoju trgovinu „Stara škrinja“ zatvorio sam u svibnju i račun prodavača je ugašen. Unatoč tome, stranica s mojim imenom, gradom i svim ocjenama kupaca i dalje se pojavljuje na Googleu i na vašem webu.

Molim da se ta stranica i svi moji podaci kao prodavača izbrišu. Ne vidim razlog da se to i dalje čuva i prikazuje.

S poštovanjem,
Damir Jurić""",
         "Damir Jurić"),
        ("withdraw_consent", (),
         "Ne želim više ponude s marketplacea",
         """Dobar dan,

molim vas da mi više ne šaljete SMS-ove i mailove s ponudama prodavača s marketplacea („Top ponude naših partnera“ i slično). Svaki tjedan ih je sve više. Potvrde narudžbi i obavijesti o dostavi i dalje želim primati, samo reklame ne.

Hvala,
Ana Novak""",
         "Ana Novak"),
        ("objection", ("deletion",),
         "Prigovor – dijeljenje mojih podataka s prodavačima",
         """Poštovani,

nakon kupnje kod prodavača „SportZona“ počeo sam od njih dobivati reklamne letke poštom na kućnu adresu. Kad sam ih pitao odakle im adresa, rekli su da su je dobili od vas „u sklopu partnerskog programa“.

Prigovaram tome da moje podatke dijelite s prodavačima u marketinške svrhe. Adresu sam vam dao da mi dostavite paket, ništa više. Također tražim da se podaci koji su u tu svrhu već proslijeđeni izbrišu.

Tomislav Knežević""",
         "Tomislav Knežević"),
        ("restriction", ("access",),
         "Spor s prodavačem – molim sačuvajte poruke",
         """Pozdrav,

s prodavačem „ElektroPlus Shop“ vodim spor oko neispravnog usisavača (narudžba MP-49918), prodavač odbija povrat novca. Sve smo dogovarali preko poruka u aplikaciji.

Molim vas da te poruke ne brišete dok se spor ne riješi, trebat će mi ako stvar završi na sudu. Ujedno vas molim da mi pošaljete kopiju cijele prepiske s tim prodavačem.

Lp,
Petra Šarić""",
         "Petra Šarić"),
        ("complaint", (),
         "Prodavač je objavio moju adresu",
         """Poštovani,

ostavila sam negativnu recenziju prodavaču „KućaDekor“ jer mi je stigao oštećen tepih. Prodavač je na recenziju odgovorio javno, na vašoj stranici, i u odgovoru naveo moje puno ime te ulicu i kućni broj, uz komentar da „svatko može doći provjeriti kako se gospođa služi tepihom“.

Adresu je mogao znati samo od vas, jer ste mu je proslijedili radi dostave. Smatram neprihvatljivim da se to dogodilo i da je taj odgovor i danas vidljiv. Očekujem objašnjenje kako je to moguće i što ćete poduzeti. Ako ne dobijem odgovor, obratit ću se AZOP-u.

Ivana Marković""",
         "Ivana Marković"),
        ("other", (),
         "Paket od prodavača nije stigao",
         """Dobar dan,

naručio sam 20. listopada punjač za bicikl od prodavača „VeloParts“ (narudžba MP-50455). Prodavač tvrdi da je paket poslan, ali broj za praćenje koji mi je dao ne postoji kod dostavne službe. Prošla su skoro tri tjedna.

Možete li provjeriti ili mi vratiti novac?

Marko Pavlović""",
         "Marko Pavlović"),
        ("other", (),
         "Kolika je provizija?",
         """Pozdrav,

imam račun prodavača od prošlog mjeseca i prodajem rabljene knjige. Nije mi jasno kolika je točno provizija – u cjeniku piše 8 %, a s prve isplate ste mi skinuli više od 12 %. Je li to zbog skladištenja ili nečeg drugog?

Hvala,
Josip Božić""",
         "Josip Božić"),
        ("other", (),
         "Kako ukloniti artikl?",
         """Bok,

kako mogu ukloniti artikl sa svoje stranice prodavača? Prodala sam dječji bicikl, a oglas je i dalje aktivan i ljudi mi šalju poruke. Ne želim obrisati cijeli račun, samo taj jedan oglas.

Lucija Vuković""",
         "Lucija Vuković"),
    ],
    "sv": [
        ("access", (),
         "Vem har mina uppgifter – ni eller säljaren?",
         """Hej,

jag har handlat från några olika säljare på er marknadsplats under året och blir ärligt talat lite förvirrad över vem som har vad. Är det ni eller säljarna som har mina uppgifter?

Jag skulle vilja få ett utdrag över vilka personuppgifter ni har om mig, och vilka säljare ni har lämnat ut dem till (namn, adress, telefon?). Gärna också hur länge ni sparar dem.

Tack på förhand!

Hälsningar
Sara Lindqvist""",
         "Sara Lindqvist"),
        ("deletion", (),
         "Radera kopian på mitt pass",
         """Hej!

Jag registrerade mig som säljare i september för att sälja lite barnkläder. Vid verifieringen laddade jag upp en bild på mitt pass. Nu är kontot godkänt och jag ser ingen anledning till att ni ska ha kvar passkopian. Kan ni radera den? Säljarkontot vill jag behålla.

Mvh
Emma Johansson""",
         "Emma Johansson"),
        ("correction", (),
         "Fel adress skickades till säljaren",
         """Hej,

mitt paket från säljaren Nordic Home (order MP-50711) skickades till min gamla adress i Uppsala, trots att jag flyttade i våras. När jag tittade i mitt konto såg jag att den gamla adressen fortfarande står som standardadress – den nya hade jag bara lagt till som extra. Det var alltså den gamla som gick vidare till säljaren.

Kan ni ändra min adress till Rosengatan 14, 412 58 Göteborg, och ta bort den gamla? Så att det inte händer igen.

Tack,
Johan Berg""",
         "Johan Berg"),
        ("portability", ("deletion",),
         "Flytta min säljhistorik",
         """Hej,

jag har sålt vintagekläder via er marknadsplats sedan 2024 (butiksnamn: Lindas Loppis). Nu öppnar jag en egen webbutik och skulle vilja ta med mig min försäljningshistorik och alla omdömen från köpare. Kan ni skicka dem som en CSV- eller JSON-fil?

När jag har fått filen vill jag att säljarkontot stängs och att mina uppgifter raderas.

Vänliga hälsningar
Linda Karlsson""",
         "Linda Karlsson"),
        ("withdraw_consent", ("objection",),
         "avsluta säljarens nyhetsbrev",
         """Hej

Efter ett köp hos en säljare (Trädgårdsboden) får jag deras nyhetsbrev varje vecka, "via Shop Example Marketplace". Jag har aldrig medvetet sagt ja till det, men om jag har kryssat i något så tar jag tillbaka det nu. Avregistrera mig.

Och jag vill inte att ni lämnar ut min mejladress till säljare för deras marknadsföring över huvud taget.

/Per Nilsson""",
         "Per Nilsson"),
        ("objection", (),
         "”Säljare du kanske gillar”",
         """Hej, jag motsätter mig att ni använder min köphistorik för att profilera mig och föreslå ”säljare du kanske gillar”, både i appen och i mejlen. Stäng av det för mitt konto, tack.

Mvh Anders Svensson""",
         "Anders Svensson"),
        ("complaint", (),
         "Påminnelse: säljare skickade WhatsApp – inget svar från er",
         """Hej igen,

den 6 oktober skrev jag till er om att säljaren PhoneFix Pro kontaktade mig på WhatsApp efter mitt köp och bad mig ge dem fem stjärnor i utbyte mot "en liten rabatt nästa gång". Jag har aldrig gett någon säljare mitt nummer, bara er.

Nu har det gått över en månad och jag har inte fått något svar alls, inte ens en bekräftelse. Det tycker jag inte är okej. Hör jag inget snart kommer jag att anmäla det till IMY.

Karin Eriksson""",
         "Karin Eriksson"),
        ("other", (),
         "Hur blir jag säljare?",
         """Hej!

Jag gör keramik på hobbynivå och funderar på att börja sälja via er. Behöver jag ha företag eller kan man sälja som privatperson? Och hur mycket tar ni i provision om jag skickar paketen själv?

Mvh
Elin Andersson""",
         "Elin Andersson"),
        ("other", (),
         "Ta bort annons – cykeln är såld",
         """Hej, cykeln (Crescent damcykel, blå) är såld, kan ni ta bort annonsen? Jag hittar inte hur man tar bort en produkt från säljarsidan, bara hur man pausar den.

/Mikael""",
         "Mikael Olsson"),
        ("other", (),
         "Paket från säljare har inte kommit",
         """Hej,

jag beställde en kaffekvarn från säljaren BaristaShop den 21 oktober (order MP-50893). Spårningen har stått på "Försändelsen har registrerats" i två veckor och säljaren svarar inte på meddelanden. Jag har kollat i mitt konto att adressen stämmer.

Vad gör jag nu? Kan ni hjälpa till att få tillbaka pengarna?

Sofia Persson""",
         "Sofia Persson"),
    ],
    "ro": [
        ("access", (),
         "Vânzătorul și-a închis magazinul – unde sunt datele mele?",
         """Bună ziua,

am cumpărat de mai multe ori de la vânzătorul „Casa Verde” prin marketplace-ul dumneavoastră. Acum văd că magazinul lor nu mai există pe site și mă întreb ce s-a întâmplat cu datele mele (nume, adresă, telefon) pe care le aveau de la comenzi.

Vă rog să-mi spuneți ce date de-ale mele le-ați transmis, cine le mai are acum (ei, dumneavoastră sau cine le-a preluat afacerea) și cât timp vor mai fi păstrate.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("deletion", ("withdraw_consent",),
         "Ștergere cont",
         """Bună,

vreau să-mi ștergeți contul și toate datele, inclusiv mesajele schimbate cu vânzătorii de pe marketplace și adresele salvate. Și vă rog să nu-mi mai trimiteți newsletterul și ofertele, nici de la voi, nici de la vânzători.

Mersi,
Alexandru Ionescu""",
         "Alexandru Ionescu"),
        ("correction", (),
         "Date greșite pe factura de la vânzător",
         """Bună ziua,

am primit factura de la vânzătorul „TechMarket RO” pentru comanda MP-51240 și pe ea apare numele meu incomplet – „Elena Dumitrescu” în loc de „Elena Dumitrescu-Radu” – și adresa veche din Brașov. Am verificat contul la dumneavoastră și acolo sunt exact aceleași date vechi, deși credeam că le-am schimbat. Adresa corectă este: Str. Observatorului 27, ap. 8, Cluj-Napoca.

Vă rog să corectați datele din cont și să le transmiteți corect și vânzătorului, ca să pot primi o factură bună.

Cu stimă,
Elena Dumitrescu-Radu""",
         "Elena Dumitrescu-Radu"),
        ("restriction", (),
         "Adresa mea de acasă apare pe pagina de vânzător",
         """Bună ziua,

vând ocazional haine de copii prin marketplace, ca persoană fizică. Ieri o cumpărătoare mi-a scris că vede adresa mea de acasă pe pagina de vânzător, chiar lângă nume. Eu nu am bifat nicăieri să fie afișată public.

Până verificați de ce apare acolo, vă rog să nu mai afișați adresa pe pagină. Nu vreau să-mi închid contul, doar să nu mai fie vizibilă pentru toată lumea.

Mulțumesc,
Ioana Stan""",
         "Ioana Stan"),
        ("withdraw_consent", (),
         "fara sms-uri cu oferte va rog",
         """Buna, primesc aproape zilnic sms-uri cu "ofertele partenerilor din marketplace". Nu le mai vreau, va rog sa ma scoateti de pe lista. Numarul e cel din cont, 0722 614 418.

Multumesc,
Bogdan""",
         "Bogdan Munteanu"),
        ("portability", (),
         "Istoricul vânzărilor în format CSV",
         """Bună ziua,

sunt vânzător pe marketplace-ul dumneavoastră din 2025 (contul „Atelier Lemn Vechi”). Aș dori să primesc datele mele de vânzător – istoricul vânzărilor, recenziile primite și datele din profil – într-un fișier CSV sau JSON, pe care să-l pot importa pe altă platformă. Dacă se poate, aș prefera să le trimiteți direct noului furnizor; vă dau datele lor de contact.

Vă mulțumesc,
Cristian Dobre""",
         "Cristian Dobre"),
        ("complaint", ("objection",),
         "Reclamație – vânzătorul m-a sunat acasă",
         """Bună ziua,

sâmbătă seara m-a sunat pe telefonul fix un vânzător de la care cumpărasem un aspirator prin site-ul dumneavoastră, ca să-mi propună „să încheiem înțelegerea în afara platformei” pentru o garanție extinsă plătită direct lor. Numărul de fix l-am dat doar dumneavoastră, pentru livrare.

Sunt foarte nemulțumit că datele mele au ajuns să fie folosite așa. Pe viitor mă opun ca numărul meu de telefon să mai fie transmis vânzătorilor pentru altceva decât strict livrarea.

Aștept un răspuns.
Mihai Constantinescu""",
         "Mihai Constantinescu"),
        ("other", (),
         "Produs spart – vânzătorul nu răspunde",
         """Bună ziua,

pe 4 noiembrie am primit de la vânzătorul „Porțelanuri Deco” un serviciu de ceai cu două căni sparte. I-am scris prin mesaje și i-am trimis poze, dar nu mai răspunde de o săptămână. Comanda este MP-52017.

Cum pot deschide o dispută prin dumneavoastră? Vreau fie înlocuirea, fie banii înapoi.

Gabriela Marin""",
         "Gabriela Marin"),
        ("other", (),
         "Comision vânzări",
         """Salut,

am cont de vânzător de două luni și vreau să înțeleg comisionul: dacă trimit coletele eu, plătesc același procent ca atunci când marfa stă în depozitul vostru? Și taxa de depozitare se plătește lunar sau pe bucată?

Mersi,
Florin Stoica""",
         "Florin Stoica"),
        ("other", (),
         "cum șterg un produs de pe pagina mea?",
         """Bună ziua,

am vândut bicicleta în altă parte și vreau să șterg anunțul de pe pagina mea de vânzător, dar în aplicație nu găsesc opțiunea. Nu vreau să-mi șterg contul, doar produsul acela. Mă puteți ajuta?

Raluca Georgescu""",
         "Raluca Georgescu"),
    ],
    "el": [
        ("access", (),
         "Τι στοιχεία μου δώσατε στον πωλητή;",
         """Καλησπέρα σας,

πριν από δύο εβδομάδες αγόρασα μέσω του marketplace σας ένα ζευγάρι παπούτσια από τον πωλητή «StepUp Store» (παραγγελία MP-50987). Στο τιμολόγιο που μου έστειλε ο πωλητής είδα ότι έχει το κινητό μου και την ημερομηνία γέννησής μου, κάτι που δεν το περίμενα.

Θα ήθελα να μάθω ποια ακριβώς προσωπικά μου δεδομένα του διαβιβάσατε και αν τα έχετε δώσει και σε άλλους πωλητές.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("deletion", ("access",),
         "Διαγραφή λογαριασμού πωλητή και ταυτότητας",
         """Καλημέρα,

είχα ανοίξει λογαριασμό πωλητή πέρσι για να πουλήσω κάποια παλιά έπιπλα και για την επαλήθευση ανέβασα φωτογραφία της ταυτότητάς μου και το IBAN μου. Δεν πουλάω πλέον τίποτα.

Θέλω να διαγραφεί ο λογαριασμός πωλητή μαζί με τη φωτογραφία της ταυτότητας και τα τραπεζικά στοιχεία. Πριν τα σβήσετε, πείτε μου σας παρακαλώ τι ακριβώς κρατάτε ακόμη από αυτά τα έγγραφα.

Με εκτίμηση,
Ελένη Νικολάου""",
         "Ελένη Νικολάου"),
        ("objection", ("withdraw_consent",),
         "Αντίρρηση στη διαβίβαση στοιχείων σε πωλητές",
         """Κύριοι,

διάβασα στην πολιτική απορρήτου σας ότι, με βάση το «έννομο συμφέρον», διαβιβάζετε στοιχεία πελατών σε συνεργαζόμενους πωλητές του marketplace για εξατομικευμένες προσφορές. Αντιτίθεμαι στη χρήση και κοινοποίηση των δικών μου δεδομένων σε πωλητές για σκοπούς προώθησης.

Επίσης ανακαλώ τη συγκατάθεσή μου για τα email με τις προσφορές του marketplace.

Με εκτίμηση,
Δημήτρης Γεωργίου""",
         "Δημήτρης Γεωργίου"),
        ("withdraw_consent", (),
         "newsletter πωλητή",
         """Γεια σας, μετά από μια αγορά από το κατάστημα «Μελισσοκομία Κρήτης» μέσω της σελίδας σας, μου έρχεται κάθε εβδομάδα το newsletter τους μέσα από την πλατφόρμα σας. Δεν το θέλω άλλο, βγάλτε με από τη λίστα παρακαλώ.

Ευχαριστώ,
Κατερίνα""",
         "Κατερίνα Βασιλείου"),
        ("portability", (),
         "Εξαγωγή κριτικών ως πωλητής",
         """Καλησπέρα,

πουλάω χειροποίητα κοσμήματα στο marketplace σας εδώ και τρία χρόνια και έχω πάνω από 400 κριτικές από αγοραστές. Θέλω να μεταφερθώ σε άλλη πλατφόρμα και να πάρω μαζί μου τις κριτικές και το ιστορικό πωλήσεων. Μπορείτε να μου τα στείλετε σε αρχείο CSV ή JSON, ώστε να τα εισαγάγω εκεί;

Ευχαριστώ πολύ,
Σοφία Αντωνίου""",
         "Σοφία Αντωνίου"),
        ("restriction", (),
         "Διαφορά με πωλητή – να μη διαγραφούν τα μηνύματα",
         """Καλημέρα,

έχω ανοιχτή διαφορά με τον πωλητή «TechHouse GR» για ένα laptop που ήρθε με σπασμένη οθόνη (παραγγελία MP-52230). Έχω κάνει και καταγγελία στον Συνήγορο του Καταναλωτή. Όλη η επικοινωνία έγινε μέσα από τα μηνύματα της πλατφόρμας σας.

Σας ζητώ να μη διαγράψετε αυτά τα μηνύματα μέχρι να κλείσει η υπόθεση, ακόμη κι αν κανονικά θα σβήνονταν. Δεν ζητώ τίποτε άλλο, απλώς να φυλαχτούν.

Νίκος Καραγιάννης""",
         "Νίκος Καραγιάννης"),
        ("complaint", ("access",),
         "ΔΕΥΤΕΡΟ ΑΙΤΗΜΑ – καμία απάντηση",
         """Καλησπέρα,

στις 28 Σεπτεμβρίου σας έστειλα αίτημα να μάθω σε ποιους πωλητές έχετε δώσει τη διεύθυνσή μου. Έχει περάσει πάνω από ένας μήνας και δεν έχω λάβει ούτε καν αυτόματη επιβεβαίωση.

Σας υπενθυμίζω ότι η προθεσμία είναι ένας μήνας. Παρακαλώ στείλτε μου επιτέλους τη λίστα. Αν δεν λάβω απάντηση μέσα στις επόμενες δέκα μέρες, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Μαρία Ιωάννου""",
         "Μαρία Ιωάννου"),
        ("other", (),
         "Πώς γίνομαι πωλητής;",
         """Καλησπέρα,

έχουμε μικρή οικογενειακή επιχείρηση με ελαιόλαδο και σαπούνια στη Μεσσηνία και θα θέλαμε να πουλάμε μέσω του marketplace σας. Τι δικαιολογητικά χρειάζονται για τον λογαριασμό πωλητή και πόση είναι η προμήθεια; Μπορούμε να στέλνουμε εμείς τα δέματα;

Ευχαριστώ,
Αλέξανδρος Οικονόμου""",
         "Αλέξανδρος Οικονόμου"),
        ("other", (),
         "Δεν ήρθε το δέμα",
         """Γεια σας,

παρήγγειλα στις 19 Οκτωβρίου ένα φωτιστικό από τον πωλητή «LightHome» (παραγγελία MP-50612) και ακόμα δεν έχει έρθει. Ο πωλητής λέει ότι το έστειλε, η κούριερ λέει ότι δεν το παρέλαβε ποτέ. Τα στοιχεία αποστολής στην παραγγελία είναι σωστά.

Τι μπορώ να κάνω;

Βασιλική Μαυρίδου""",
         "Βασιλική Μαυρίδου"),
        ("other", (),
         "Αφαίρεση αγγελίας – πουλήθηκε το ποδήλατο",
         """Καλησπέρα, το ποδήλατο πουλήθηκε, μπορείτε να αφαιρέσετε την αγγελία από τη σελίδα πωλητή μου; Από την εφαρμογή μου βγάζει σφάλμα όταν πατάω «Διαγραφή προϊόντος».

Στέλιος""",
         "Στέλιος Πετρίδης"),
    ],
    "bg": [
        ("correction", (),
         "Грешно име на страницата на продавача",
         """Здравейте,

имам профил на продавач във вашия маркетплейс (магазин „Ръчна изработка Стояна“). При регистрацията явно е станала грешка и на страницата ми, както и на фактурите към купувачите, фамилията ми е изписана „Петрова“ вместо „Петрова-Илиева“. От настройките не мога да я променя.

Моля, коригирайте я. Ако трябва, ще изпратя копие от личната си карта.

Благодаря,
Стояна Петрова-Илиева""",
         "Стояна Петрова-Илиева"),
        ("deletion", (),
         "изтриване на профил на продавач и съобщенията",
         """Здравейте, затварям магазина си при вас (профил „Антики Варна“). Моля, изтрийте профила на продавач заедно с всички съобщения с купувачи във входящата кутия – там има и мои лични неща, телефон, адрес, снимки. Няма нужда да ги пазите.

Поздрави,
Николай Димитров""",
         "Николай Димитров"),
        ("objection", (),
         "„Продавачи, които може да харесате“",
         """Здравейте,

в приложението и в имейлите постоянно ми излиза секция „Продавачи, които може да харесате“. Възразявам срещу това да ме профилирате по покупките ми и по това какво разглеждам. Искам да продължа да пазарувам при вас, но без тези препоръки.

Поздрави,
Георги Иванов""",
         "Георги Иванов"),
        ("withdraw_consent", (),
         "Отписване от офертите на маркетплейса",
         """Добър ден,

моля, отпишете ме от имейлите „Оферти от нашите партньори“ и от известията за маркетплейса в приложението. Оттеглям съгласието си за тях. Съобщенията за поръчките ми можете да продължите да ги пращате.

Благодаря,
Десислава Тодорова""",
         "Десислава Тодорова"),
        ("restriction", (),
         "Моля, не изтривайте данните ми, докато тече спорът",
         """Здравейте,

преди месец поисках закриване на профила си. Междувременно обаче продавачът „MebelPro“ ми достави дефектен гардероб и отказва да го приеме обратно, а аз вече подадох жалба в КЗП.

Моля, не изтривайте профила ми, поръчката и кореспонденцията с продавача, докато спорът не приключи – ще ми трябват като доказателство. Не ги използвайте за нищо друго, просто ги запазете.

Мария Николова""",
         "Мария Николова"),
        ("portability", (),
         "Историята на покупките ми във файл",
         """Здравейте,

искам да получа историята на всичките си покупки при вас – включително тези от продавачите в маркетплейса – във файл CSV или JSON, за да я кача в приложението, в което си водя домашния бюджет. Справките в профила се виждат само на екран и не могат да се изтеглят.

Благодаря предварително,
Иван Стоянов""",
         "Иван Стоянов"),
        ("complaint", ("access", "deletion"),
         "Жалба – адресът ми е изпратен на продавач извън ЕС",
         """Здравейте,

поръчах лампа през вашия сайт от продавач, който изглеждаше български. Пратката дойде от Турция, а няколко дни по-късно същият продавач ми писа на имейла да „довършим следващите поръчки директно, извън платформата, с 20% отстъпка“.

Никъде не бях предупредена, че данните ми ще бъдат изпратени на фирма извън ЕС, и това изобщо не ми харесва. Искам да знам какви точно данни сте му предали и кога, и настоявам да бъдат изтрити – и при вас, и при продавача. В противен случай ще подам сигнал до КЗЛД.

Виктория Ангелова""",
         "Виктория Ангелова"),
        ("other", (),
         "Пратката от продавача не е пристигнала",
         """Здравейте,

на 22 октомври поръчах зимни гуми от продавача „ГумиПлюс“ (поръчка MP-50940). Вече почти три седмици няма нищо, а номерът за проследяване не работи. Данните ми за доставка в профила са верни, проверих.

Какво да правя? Може ли да ми върнете парите?

Петър Колев""",
         "Петър Колев"),
        ("other", (),
         "Каква е комисионната?",
         """Добър ден,

мисля да отворя профил на продавач и да продавам плетени дрехи за деца. Каква е комисионната, която удържате от всяка продажба, и има ли месечна такса? Ако реша да спра да продавам, мога ли просто да изтрия обявите си, или трябва да закрия целия профил?

Радостина Маринова""",
         "Радостина Маринова"),
        ("other", (),
         "Счупена кана – продавачът спря да отговаря",
         """Здравейте,

поръчах керамична кана от „Троянска керамика Онлайн“ и тя пристигна счупена на три парчета. Писах на продавача, първо ми отговори, че ще изпрати нова, после спря да отговаря. Поръчка MP-52411.

Можете ли да се намесите като платформа?

Калоян Георгиев""",
         "Калоян Георгиев"),
    ],
}

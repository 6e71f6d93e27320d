"""Fifty-sixth set, mail about the shop's social media presence (photos, DMs, ambassadors, social login, ads) (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftysixth.py)."""

PEOPLE_UF = {
    "pl": [
        ("access", (),
         "Logowanie przez Facebooka – jakie dane dostaliście?",
         """Dzień dobry,

w zeszłym roku założyłam konto w Państwa sklepie, klikając „Zaloguj się przez Facebooka”. Dopiero teraz zaczęłam się zastanawiać, co właściwie wtedy do Państwa trafiło.

Proszę o informację, jakie dane z mojego profilu na Facebooku otrzymaliście (imię, zdjęcie, data urodzenia, lista znajomych?), czy nadal je przechowujecie i jak długo. Chciałabym też dostać kopię wszystkich danych osobowych, które macie na mój temat, zgodnie z art. 15 RODO.

Konto jest założone na adres, z którego piszę.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),

        ("deletion", ("withdraw_consent",),
         "usunięcie konta",
         """Cześć,

proszę o usunięcie mojego konta u was. Zakładałem je przez Google, więc pewnie macie tylko maila i imię, ale nie chcę, żeby cokolwiek zostało. Wiadomości, które pisałem do was na Instagramie w sprawie rozmiaru butów, też możecie skasować.

I przy okazji wypiszcie mnie z newslettera, codziennie coś przychodzi.

Dzięki
Kuba""",
         "Jakub Zieliński"),

        ("objection", (),
         "Reklamy na Instagramie",
         """Dzień dobry,

od kilku tygodni na Instagramie co drugi post sponsorowany to Wasza reklama, i to z produktami, które oglądałem na Waszej stronie dzień wcześniej. Rozumiem, że macie na stronie piksel Mety i/lub wrzucacie maile klientów do Facebooka, żeby tworzyć grupy odbiorców.

Nie zgadzam się na to. Wnoszę sprzeciw wobec wykorzystywania moich danych (adres e-mail, historia przeglądania i zakupów) do kierowania do mnie reklam w mediach społecznościowych, w tym do tworzenia niestandardowych i podobnych grup odbiorców. Proszę usunąć mnie z tych list i potwierdzić, że to zostało zrobione.

Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),

        ("complaint", ("deletion", "access"),
         "Skandal – mój adres w komentarzu pod Waszym postem",
         """Dzień dobry,

13 października napisałam do Was prywatną wiadomość na Facebooku, że paczka z zamówienia 2026-118734 nie dotarła. Nikt nie odpisał. Więc zostawiłam krótki komentarz pod Waszym postem z nową kolekcją.

I co? Ktoś z Waszej strony odpowiedział PUBLICZNIE pod tym komentarzem, podając numer zamówienia, moje imię i nazwisko i adres dostawy „ul. Lipowa 14/3, Gdańsk” z pytaniem, czy na pewno się zgadza. Widzą to wszyscy moi znajomi i każdy obcy, który wejdzie na Wasz profil.

To jest niedopuszczalne i proszę potraktować tę wiadomość jako oficjalną skargę. Żądam natychmiastowego usunięcia tej odpowiedzi. Chcę też wiedzieć, kto ma dostęp do danych klientów przy obsłudze Waszego profilu – Wasi pracownicy czy jakaś zewnętrzna agencja.

Jeśli odpowiedź nie zniknie do końca tygodnia, zgłaszam sprawę do organu nadzorczego.

Monika Jabłońska""",
         "Monika Jabłońska"),

        ("withdraw_consent", (),
         "Messenger – proszę przestać",
         """Dzień dobry, w sierpniu brałam udział w konkursie na Waszym profilu i chyba wtedy zaznaczyłam zgodę na wiadomości, bo teraz co parę dni dostaję na Messengerze promocje od Waszego bota. Nie chcę ich więcej. Proszę wyłączyć mi wszystkie wiadomości marketingowe, na Messengerze i mailowo też.

Pozdrawiam
Ewa Pawlak""",
         "Ewa Pawlak"),

        ("portability", (),
         "Program ambasadorski – eksport moich danych",
         """Dzień dobry,

przez ostatnie półtora roku byłam Waszą ambasadorką (kod rabatowy KASIA15). Umowa skończyła się 31 października i przechodzę do innego programu partnerskiego.

Na podstawie art. 20 RODO proszę o przesłanie mi w formacie nadającym się do odczytu maszynowego (najlepiej CSV, może być też JSON) danych, które Wam przekazałam i które powstały w ramach programu: moich danych z profilu ambasadorki, listy treści (posty, rolki) zgłoszonych przez panel oraz statystyk sprzedaży z mojego kodu – miesiąc po miesiącu, z liczbą zamówień i prowizją.

Z góry dziękuję,
Katarzyna Mazur""",
         "Katarzyna Mazur"),

        ("restriction", (),
         "Proszę NIE kasować rozmowy z Instagrama",
         """Dzień dobry,

piszę w sprawie mojej rozmowy z Waszym kontem na Instagramie (od 2 do 20 października, dotyczyła zwrotu kurtki, zamówienie 2026-104552). Prowadzę teraz spór z firmą kurierską i z bankiem o zwrot pieniędzy, a ta korespondencja to jedyny dowód na to, że zgłosiłem uszkodzenie w terminie.

Słyszałem, że czyścicie stare wiadomości po 30 dniach. Proszę, żeby tej rozmowy nie usuwać, dopóki sprawa się nie zakończy – wystarczy, że ją zachowacie i nie będziecie jej do niczego używać. Dam znać, kiedy spór będzie zamknięty.

Pozdrawiam
Paweł Nowicki""",
         "Paweł Nowicki"),

        ("other", (),
         "Wygrana w konkursie – kiedy nagroda?",
         """Hej! Jestem jedną z osób, które wygrały w konkursie na Instagramie (ten z plecakami, wyniki były 28.10). Napisałam Wam swój adres w wiadomości prywatnej z mojego konta @ola.bieg, ale od tamtej pory cisza. Czy nagroda już wyszła? I czy mogę wybrać kolor, czy losujecie?

Ola""",
         "Aleksandra Biegańska"),

        ("other", (),
         "Fałszywe konto na Instagramie podszywa się pod Was",
         """Dzień dobry,

chciałem dać znać, że na Instagramie działa konto @shopexample.be.promo, które ma Wasze logo i pisze do ludzi w komentarzach, że „wygrali bon 500 euro” i mają kliknąć w link i podać dane karty. Do mnie też dziś napisali. Zgłosiłem je do Instagrama, ale może jak Wy zgłosicie, szybciej je usuną. Warto chyba też wrzucić ostrzeżenie w relacjach.

Pozdrawiam,
Marcin Lewandowski""",
         "Marcin Lewandowski"),

        ("other", (),
         "Współpraca – profil lifestyle / 62 tys. obserwujących",
         """Cześć!

Nazywam się Natalia, prowadzę profil @natalia.nacodzien (62 tys. obserwujących, głównie kobiety 25–40, Polska i Belgia, bo od 4 lat mieszkam w Antwerpii). Bardzo lubię Waszą markę i chętnie przygotowałabym dla Was serię rolek z jesienną kolekcją – unboxing, stylizacje, może konkurs dla obserwatorek.

W załączniku przesyłam media kit ze statystykami i cennikiem. Gdyby to nie był właściwy adres, będę wdzięczna za przekazanie wiadomości do działu marketingu.

Pozdrawiam serdecznie
Natalia Kowalczyk""",
         "Natalia Kowalczyk"),
    ],

    "cs": [
        ("correction", (),
         "Špatně označený účet v příspěvku",
         """Dobrý den,

ve vašem příspěvku na Instagramu z 3. listopadu (fotky ze zákaznického dne v prodejně v Bruselu) jste mě chtěli označit, ale označili jste účet @jana.novakova, což nejsem já. Můj účet je @jana_novakova_cz. Navíc máte v popisku moje příjmení napsané jako „Nowaková“.

Prosím, opravte označení i jméno v popisku. Nerada bych, aby si někdo tu fotku spojoval s úplně cizím člověkem.

Děkuji
Jana Nováková""",
         "Jana Nováková"),

        ("deletion", (),
         "Fotka s mým synem na vašem Facebooku",
         """Dobrý den,

minulou sobotu jsme byli ve vaší prodejně a dnes jsem na vaší facebookové stránce uviděl fotku z akce pro děti, na které je zřetelně vidět můj šestiletý syn, i s obličejem. Nikdo se nás neptal, jestli ji můžete zveřejnit.

Žádám, abyste tu fotku smazali z Facebooku i z Instagramu (viděl jsem ji i v uložených stories) a taky z vašeho archivu, pokud jste si ji někde uložili.

S pozdravem
Petr Svoboda""",
         "Petr Svoboda"),

        ("objection", ("access",),
         "Monitorování mých tweetů",
         """Dobrý den,

minulý týden jsem na X (Twitteru) napsal pár kritických poznámek o vašem doručování. Vás jsem neoznačil, a přesto mi za hodinu odepsal váš účet. Kamarád, který dělá v marketingu, mi vysvětlil, že firmy používají nástroje na sledování sociálních sítí, které takové příspěvky vyhledávají a ukládají i s profilem autora.

Proti takovému zpracování mých osobních údajů vznáším námitku podle čl. 21 GDPR. Nechci, abyste mé příspěvky sbírali, vyhodnocovali ani ukládali.

Zároveň prosím o sdělení, co přesně jste o mně tímto způsobem zaznamenali, od kdy a který nástroj nebo firma to pro vás dělá.

Ondřej Dvořák
@ondra_dvorak""",
         "Ondřej Dvořák"),

        ("complaint", (),
         "Druhá urgence – žádost z 25. září bez odpovědi",
         """Dobrý den,

25. září jsem vám poslala žádost o odstranění mé recenze, kterou jste bez mého svolení použili v reklamě na Facebooku – i s mým celým jménem a profilovou fotkou. Dostala jsem jen automatické potvrzení a pak nic. Reklama mi mezitím naskočila ještě dvakrát.

Od mé žádosti uběhlo víc než měsíc, což je lhůta, kterou vám dává GDPR. Pokud mi do 15. listopadu neodpovíte, podám stížnost u Úřadu pro ochranu osobních údajů, případně i u belgického dozorového úřadu.

Lucie Procházková""",
         "Lucie Procházková"),

        ("access", (),
         "WhatsApp chatbot – co se děje s mými zprávami?",
         """Dobrý den,

při řešení reklamace jsem si psal s vaším chatbotem na WhatsAppu a posílal jsem tam i fotky účtenky a poškozeného zboží. Chtěl bych vědět, jak dlouho tu konverzaci uchováváte, kdo k ní má přístup (jen vy, nebo i firma, která bota provozuje, případně Meta) a jestli ji používáte ještě k něčemu jinému, třeba k trénování bota.

A pokud můžete, pošlete mi kopii toho, co máte k mému číslu +420 604 318 227 uložené.

Díky,
Martin Černý""",
         "Martin Černý"),

        ("withdraw_consent", ("deletion",),
         "Odvolání souhlasu – unboxing video na TikToku",
         """Dobrý den,

v září jsem vám přes zprávy na TikToku dala souhlas, že můžete sdílet moje unboxing video té zelené kabelky. Tehdy mi to přišlo fajn, ale pod videem na vašem profilu je teď přes 300 komentářů, část z nich dost nepříjemných, a lidi mi píšou i do soukromých zpráv.

Tímto svůj souhlas odvolávám. Prosím, stáhněte video ze svého účtu a nepoužívejte ho ani v reklamách.

Děkuji za pochopení
Tereza Kučerová""",
         "Tereza Kučerová"),

        ("restriction", (),
         "Ambasadorský program – fotky zatím nemazat ani nepoužívat",
         """Dobrý den,

jak asi víte z mé korespondence s vaší agenturou, řešíme ukončení mé smlouvy v ambasadorském programu a neshodneme se v tom, co smíte s mými fotkami po skončení spolupráce dělat. Můj právník to teď posuzuje.

Dokud se to nevyjasní, prosím, abyste moje fotky a videa z programu nepoužívali – žádné nové příspěvky, reklamy ani sdílení. Zároveň je ale nemažte: budou potřeba jako podklad ve sporu (včetně statistik a původních popisků).

Prosím o potvrzení, že jste jejich používání pozastavili.

S pozdravem
Kateřina Veselá""",
         "Kateřina Veselá"),

        ("other", (),
         "nefunkční odkaz v bio",
         """Ahoj, jen drobnost – odkaz ve vašem bio na Instagramu (ten linktree) vede na chybu 404. Chtěla jsem se podívat na slevy na Black Friday a nešlo to. Možná byste ho měli smazat a dát tam nový :)

Bára""",
         "Barbora Marešová"),

        ("other", (),
         "Výměna velikosti – původně jsem psal na Facebook",
         """Dobrý den,

psal jsem vám už před týdnem přes Messenger, ale asi to zapadlo, tak to zkouším sem. Mám objednávku č. 2026-117209 (zimní bunda, velikost L) a potřeboval bych ji vyměnit za XL. Můžu ji poslat zpátky přes Zásilkovnu, nebo musím do prodejny? A platí se doprava?

Díky,
Jakub Pospíšil""",
         "Jakub Pospíšil"),

        ("other", (),
         "Soutěž na Instagramu – podmínky",
         """Dobrý den,

chtěla bych se zapojit do vaší soutěže o poukaz na 200 €, ale nejsem si jistá podmínkami. Musím vás sledovat i na Facebooku, nebo stačí Instagram? A když vyhraju, můžu poukaz použít i v kamenné prodejně, nebo jen v e-shopu? A poslední otázka: kamarádka se minulý měsíc odhlásila z vašeho newsletteru – může se soutěže zúčastnit i tak?

Děkuji
Veronika Krejčí""",
         "Veronika Krejčí"),
    ],

    "hr": [
        ("portability", ("deletion",),
         "Izvoz podataka iz ambasadorskog programa i brisanje profila",
         """Poštovani,

moja suradnja u vašem ambasadorskom programu završila je 30. rujna. Prije nego što se profil u vašem partnerskom portalu zatvori, molim vas da mi pošaljete sve podatke povezane sa mnom u strojno čitljivom formatu (CSV ili JSON): podatke iz profila, popis sadržaja koji sam predala kroz portal (s datumima i poveznicama) i prodaju ostvarenu preko mog koda IVANA10 po mjesecima.

Kad mi to pošaljete, molim da profil u portalu trajno obrišete, zajedno sa svim podacima koje ne morate čuvati zbog računovodstva – uključujući kućnu adresu i mjere koje sam upisala pri prijavi.

Lijep pozdrav,
Ivana Horvat""",
         "Ivana Horvat"),

        ("access", (),
         "Jesam li u vašim Facebook publikama?",
         """Pozdrav,

zanima me jeste li moju e-mail adresu (ovu s koje pišem) ili broj mobitela ikad učitali na Facebook ili Instagram za ciljane oglase, tzv. prilagođene ili slične publike. Ako jeste, kada, u koje publike i na temelju čega (kupnje, newsletter, kartica vjernosti)?

Hvala,
Marko Babić""",
         "Marko Babić"),

        ("deletion", (),
         "Uklonite objavu s mojim imenom",
         """Dobar dan,

u objavi o dobitnicima nagradne igre na vašem Instagramu i Facebooku navedena sam punim imenom i prezimenom te gradom (Ana Kovačević, Osijek). Drago mi je da sam dobila, ali ne želim da to tako javno stoji. Molim vas da te podatke izbrišete iz objave ili maknete cijelu objavu.

Hvala unaprijed,
Ana Kovačević""",
         "Ana Kovačević"),

        ("complaint", ("access",),
         "Poruka od vaše agencije s privatnog profila",
         """Poštovani,

prije dva dana javila mi se u privatne poruke na Instagramu osoba s privatnog profila (@luka_smm_zg) i napisala: „Vidim da ste kod nas kupili tenisice i ostavili loš komentar, mogu li vam pomoći?“ Kasnije se ispostavilo da radi u agenciji koja vodi vaše društvene mreže.

Nisam pristao na to da se podaci o mojim narudžbama dijele s nekim tko mi piše sa svog osobnog računa. Smatram to ozbiljnim propustom u zaštiti mojih podataka i molim da ovo zabilježite kao službenu pritužbu. Također tražim pisani odgovor o tome tko sve ima pristup podacima o mojim narudžbama, uključujući vanjske agencije, i o kojim je agencijama riječ.

Dario Jurić""",
         "Dario Jurić"),

        ("objection", (),
         "Nagradna igra s partnerima – ne dijelite moje podatke",
         """Dobar dan,

sudjelovala sam u vašoj zajedničkoj nagradnoj igri s markom Kuhinja&Co na Instagramu. Sada mi od te marke stižu mailovi, a adresu sam upisala samo u vaš obrazac za prijavu, pa pretpostavljam da ste im proslijedili popis sudionika.

Protivim se tome da moje podatke dijelite s partnerima nagradnih igara ili bilo kojim drugim tvrtkama u marketinške svrhe. Molim vas da to ubuduće ne radite i da mi potvrdite da ste to zabilježili.

Lijep pozdrav
Petra Marić""",
         "Petra Marić"),

        ("correction", (),
         "Promjena prezimena u profilu",
         """Poštovani,

račun kod vas otvorila sam prije nekoliko godina prijavom preko Facebooka, pa se iz Facebooka povuklo moje djevojačko prezime Šimić. U međuvremenu sam se udala i sada se prezivam Šimić Perić (tako piše i na kartici vjernosti koju su mi nedavno zamijenili u trgovini). Na Facebooku sam to već promijenila, ali kod vas je ostalo staro.

Molim vas da ispravite prezime u mom korisničkom računu, a ubuduće i na fakturama.

Hvala,
Marija Šimić Perić""",
         "Marija Šimić Perić"),

        ("withdraw_consent", (),
         "odjava",
         """Bok, prijavila sam se na vaš newsletter preko one nagradne igre na Instagramu u listopadu, ali ga više ne želim primati. Maknite me s liste, molim. Hvala!

Nikolina""",
         "Nikolina Tomić"),

        ("other", (),
         "Nagrada iz nagradne igre – zamjena veličine",
         """Pozdrav!

Ja sam jedna od dobitnica nagradne igre s Instagrama (objava od 21.10.). Paket je stigao jučer, hvala puno! Samo, dukserica je veličine S, a ja nosim M. Mogu li je nekako zamijeniti, poslati natrag ili odnijeti u trgovinu? Nemam broj narudžbe jer ništa nisam naručivala, pa ne znam kako to ide.

Lijepi pozdrav,
Lana Perković""",
         "Lana Perković"),

        ("other", (),
         "Zašto ste obrisali moj komentar?",
         """Dobar dan,

ispod vaše objave o novoj zimskoj kolekciji pitao sam koliko traje dostava u Hrvatsku i danas vidim da je komentar obrisan. Nikoga nisam vrijeđao niti spamao. Ako vam ne odgovara da se o dostavi piše javno, u redu, ali onda mi barem ovdje odgovorite: koliko traje dostava u Zagreb i koliko košta?

Tomislav Knežević""",
         "Tomislav Knežević"),

        ("other", (),
         "Suradnja – UGC sadržaj za vaše društvene mreže",
         """Pozdrav,

ja sam Mia, fotografkinja i kreatorica UGC sadržaja iz Zagreba. Pratim vaš profil već duže vrijeme i imam nekoliko ideja za kratke videe za TikTok i Reels (unboxing, „get ready with me“, jesenske kombinacije). Radim s brendovima iz Hrvatske i Slovenije, a portfolio šaljem u privitku.

Ako vas zanima, javite se pa se možemo dogovoriti oko cijene i formata. Ako ovo nije prava adresa, bila bih zahvalna da poruku proslijedite marketingu.

Lp,
Mia Radić""",
         "Mia Radić"),
    ],

    "sv": [
        ("restriction", (),
         "Radera inte vår chatt på Messenger",
         """Hej,

jag har en pågående tvist med Klarna om en retur (order 2026-109388, jackan som kom trasig). Hela dialogen där er kundtjänst lovade att jag skulle få tillbaka pengarna finns i vår chatt på Messenger, 6–19 oktober.

Jag läste i er integritetspolicy att chattar raderas efter 60 dagar. Kan ni se till att just den konversationen inte raderas förrän tvisten är avslutad? Ni behöver inte använda den till något, bara spara den. Jag hör av mig när ärendet är klart.

Tack på förhand,
Johan Lindqvist""",
         "Johan Lindqvist"),

        ("objection", ("deletion",),
         "Sluta reposta mina bilder",
         """Hej!

Det här är tredje gången ni delar en bild från mitt Instagramkonto i era stories och i ert flöde – senast outfitbilden från 2 november – bara för att jag taggade er. Ingen har frågat mig. Jag fattar att det är gratis innehåll för er, men jag vill inte att mitt ansikte används för att sälja era grejer.

Jag motsätter mig att ni använder mina bilder och mitt konto på det här sättet framöver. Ta också bort inlägget från 2 november.

/Elin Sjöberg""",
         "Elin Sjöberg"),

        ("deletion", ("withdraw_consent",),
         "Ta bort mitt konto (Logga in med Apple)",
         """Hej,

jag skapade ett konto hos er med ”Logga in med Apple” och nu vill jag att det tas bort helt, inklusive kopplingen till mitt Apple-ID och den dolda vidarebefordringsadressen (…@privaterelay.appleid.com) som ni fick. Jag har redan slutat använda Logga in med Apple för er app i inställningarna på telefonen, men jag antar att uppgifterna finns kvar hos er.

Och avregistrera mig från nyhetsbrevet också, det kommer fortfarande till den adressen.

Mvh
Oskar Nyström""",
         "Oskar Nyström"),

        ("access", (),
         "Vad sparar ni från mina DM?",
         """Hej,

jag har skrivit med er på Instagram i omgångar sedan förra året – frågor om storlekar, en reklamation och en gång skickade jag en bild på mitt kvitto med adressen synlig. Nu undrar jag vad ni egentligen sparar av det.

Enligt artikel 15 i GDPR vill jag veta:
- vilka av mina meddelanden och bilder ni har sparat utanför Instagram (i ert kundtjänstsystem e.d.)
- vilka personuppgifter om mig ni har kopplat till mitt Instagramkonto
- vem som har tillgång till dem (egen personal eller byrå) och hur länge ni sparar dem

Skicka gärna en kopia av allt.

Vänliga hälsningar
Sara Holmberg""",
         "Sara Holmberg"),

        ("complaint", ("deletion",),
         "Ni lade upp en skärmdump av mitt klagomål med mitt namn synligt",
         """Hej,

jag skrev ett argt men sakligt inlägg på Facebook om att min beställning kom tre veckor för sent. I går lade ert konto upp en skärmdump av mitt inlägg i en story med texten ”Vissa kunder blir aldrig nöjda 🙄” – med mitt fullständiga namn och min profilbild fullt synliga. Flera vänner och en kollega har skickat den till mig.

Det är helt oacceptabelt att ett företag hänger ut en kund på det sättet, och jag vill att det här behandlas som ett formellt klagomål. Jag kräver att storyn och eventuella höjdpunkter med den tas bort omedelbart och att ni raderar skärmdumpen från era egna system.

Får jag inget svar inom en vecka kontaktar jag IMY.

Linnea Bergström""",
         "Linnea Bergström"),

        ("correction", (),
         "Fel födelsedatum i mitt konto",
         """Hej,

när jag skapade mitt konto hos er loggade jag in med Google, och av någon anledning står det nu att jag är född 3 december 1969. Det rätta är 12 mars 1996. Det spelar roll, för jag får erbjudanden för 55+ i stället för födelsedagsrabatten.

Kan ni rätta det?

Tack,
Alva Karlsson""",
         "Alva Karlsson"),

        ("portability", (),
         "Export av mitt innehåll och min statistik",
         """Hej,

jag har varit med i ert ambassadörsprogram sedan våren 2025 och avslutar samarbetet vid årsskiftet. Jag vill ta med mig mitt material och mina siffror till ett annat varumärke.

Med stöd av artikel 20 i GDPR begär jag att få ut följande i ett maskinläsbart format (CSV eller JSON): de bilder och videor jag har laddat upp i er creator-portal, med datum och bildtexter, samt försäljningen via min affiliatelänk och rabattkod (FILIPPA20) per månad.

Om det går får ni gärna skicka filerna direkt till min agent, Maja Ek på Nordic Creators (maja@nordiccreators.example).

Hälsningar
Filippa Åberg""",
         "Filippa Åberg"),

        ("other", (),
         "Falskt konto som låtsas vara ni",
         """Hej! Ville bara tipsa om att det finns en sida på Facebook, ”Shop Example Sverige Outlet”, som använder er logga och säljer era jackor för 199 kr. Ser ut som bedrägeri. Jag har anmält den, men ni borde nog också göra det så att Facebook tar bort sidan. Och kanske varna era följare.

Mvh Anders""",
         "Anders Pettersson"),

        ("other", (),
         "Skrev till er på Instagram men inget svar",
         """Hej,

jag har försökt nå er via DM på Instagram sedan i måndags men ingen svarar. Mitt paket (order 2026-121604) har stått som ”på väg” i tolv dagar och spårningslänken visar ingenting. Kan ni kolla vad som har hänt? Jag behöver kläderna till ett bröllop den 21 november.

Tack,
Emma Lundgren""",
         "Emma Lundgren"),

        ("other", (),
         "Vill prenumerera igen",
         """Hej!

Jag avslutade prenumerationen på ert nyhetsbrev i somras när jag rensade i inkorgen, men nu ser jag på er Instagram att prenumeranter får 15 % extra på Black Friday. Hur gör jag för att komma tillbaka? Jag har försökt anmäla mig på sajten igen men får bara meddelandet att adressen redan finns.

Ha det bra,
Ingrid Forsberg""",
         "Ingrid Forsberg"),
    ],

    "ro": [
        ("withdraw_consent", (),
         "Nu mai vreau mesaje pe WhatsApp",
         """Bună ziua,

acum câteva luni m-am înscris la mesajele voastre pe WhatsApp ca să primesc codul de reducere, dar de atunci primesc oferte aproape zilnic, plus notificări push din aplicație. Vă rog să nu-mi mai trimiteți nimic promoțional, nici pe WhatsApp, nici prin notificări. Îmi retrag acordul pentru aceste mesaje.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),

        ("complaint", ("deletion",),
         "A doua solicitare – fără răspuns de peste o lună",
         """Bună ziua,

Pe 2 octombrie v-am scris (și pe această adresă, și în mesaj privat pe Instagram) și v-am cerut să ștergeți fotografia mea pe care ați repostat-o în campania „Toamna în oraș”. Nu am primit niciun răspuns, iar fotografia este în continuare pe profilul vostru, ba chiar a apărut și ca reclamă sponsorizată.

Au trecut mai mult de 30 de zile. Consider că mi-ați ignorat cererea. Vă cer din nou să ștergeți imediat fotografia, de pe profil și din reclame. Dacă nu primesc un răspuns până pe 20 noiembrie, voi depune plângere la ANSPDCP și la autoritatea belgiană pentru protecția datelor.

Cu stimă,
Cristian Ionescu""",
         "Cristian Ionescu"),

        ("access", ("deletion",),
         "Ce date ați primit prin „Continuă cu Google”?",
         """Bună ziua,

Mi-am făcut cont la voi anul trecut folosind butonul „Continuă cu Google”. Aș vrea să știu exact ce informații ați primit atunci de la Google (nume, poză, data nașterii, contacte?) și ce alte date personale mai aveți despre mine – comenzi, cardul de fidelitate, istoricul din aplicație. Vă rog să-mi trimiteți o copie, conform art. 15 din GDPR.

După ce le primesc, vreau să-mi închideți contul și să ștergeți tot ce nu sunteți obligați prin lege să păstrați.

Vă mulțumesc,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),

        ("deletion", (),
         "video TikTok",
         """Salut,

ați pus pe TikTok-ul vostru videoclipul meu de unboxing cu ghetele (l-am postat pe contul meu pe 14 octombrie). Nu-mi amintesc să vă fi dat voie și prefer să nu fie acolo. Vă rog să-l ștergeți.

Mersi,
Alexandru Stan""",
         "Alexandru Stan"),

        ("objection", (),
         "Opoziție conform art. 21 GDPR – audiențe personalizate și audiențe similare",
         """Stimată doamnă, stimate domn,

Sunt client al magazinului Shop Example și abonat la newsletter. Am aflat din politica dumneavoastră de confidențialitate că încărcați adresele de e-mail ale clienților pe platformele Meta și Google pentru a crea „audiențe personalizate” și „audiențe similare” (lookalike), invocând interesul legitim (art. 6 alin. (1) lit. f) GDPR).

În temeiul art. 21 alin. (2) GDPR, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct prin intermediul acestor audiențe, precum și oricărei creări de profiluri legate de acesta. Vă solicit să nu mai includeți adresa mea de e-mail în listele trimise către Meta, Google sau alte platforme și să o eliminați din audiențele existente.

Newsletterul doresc să îl primesc în continuare.

Vă rog să îmi confirmați în scris îndeplinirea cererii.

Cu stimă,
Mihai Georgescu
Str. Dorobanților nr. 27, Cluj-Napoca""",
         "Mihai Georgescu"),

        ("restriction", ("correction",),
         "Măsurile din profilul de ambasador – vă rog să nu le mai folosiți",
         """Bună ziua,

Sunt în programul vostru de ambasadori din primăvară. Săptămâna trecută am primit pentru ședința foto un set de haine pe cu totul altă mărime și abia atunci am văzut în portal că la mine apar alte măsuri decât cele pe care le-am trimis (talie 84 în loc de 68, înălțime 158 în loc de 168 – cred că s-au inversat cifrele la introducere).

Vă rog ca, până verificați, să suspendați folosirea acestor date: nu le mai trimiteți agenției, fotografilor sau producătorilor. După verificare, corectați-le, vă rog. Măsurile corecte sunt: înălțime 168 cm, bust 86, talie 68, șolduri 94.

Vă mulțumesc,
Bianca Matei""",
         "Bianca Matei"),

        ("correction", (),
         "Adresa de e-mail greșită în cont",
         """Bună,

contul meu la voi e legat de Facebook și a preluat de acolo adresa mea veche de Yahoo, pe care n-o mai folosesc de ani buni. Din cauza asta nu primesc confirmările de comandă. Vă rog să schimbați adresa de e-mail din cont cu cea de pe care vă scriu acum.

Cardul de fidelitate: 7001 4432 9180.

Mersi frumos,
Radu Constantin""",
         "Radu Constantin"),

        ("other", (),
         "Propunere colaborare – TikTok (35k)",
         """Bună ziua,

Mă numesc Diana și creez conținut pe TikTok despre modă accesibilă (@diana.stilzilnic, 35.000 de urmăritori, majoritatea din România și Republica Moldova). Am văzut că livrați și în România și cred că produsele voastre s-ar potrivi foarte bine cu publicul meu.

V-aș propune o serie de trei clipuri (try-on haul + un concurs), cu un cod de reducere dedicat. Vă pot trimite statisticile și tarifele dacă sunteți interesați.

Cu drag,
Diana Munteanu""",
         "Diana Munteanu"),

        ("other", (),
         "concurs Instagram",
         """Bună! Am participat la concursul vostru de pe Instagram de la începutul lunii (cel cu voucherul de 100 €). Scria că anunțați câștigătorii pe 5 noiembrie, dar n-am văzut nicio postare. S-a amânat? Sau îi anunțați doar în privat?

Mersi!
Alina""",
         "Alina Marinescu"),

        ("other", (),
         "Mi-am șters contul de Instagram – codul câștigat",
         """Bună ziua,

Luna trecută am câștigat un cod de reducere de 50 € la concursul de pe Instagram și mi l-ați trimis în mesaj privat. Între timp mi-am șters contul de Instagram (din alte motive) și odată cu el toate mesajele, așa că nu mai am codul. Mi-l puteți retrimite pe e-mail? Numele de utilizator era @vlad.t.92.

Mulțumesc,
Vlad Tudor""",
         "Vlad Tudor"),
    ],

    "el": [
        ("deletion", ("objection",),
         "Φωτογραφία με το παιδί μου στο Instagram σας",
         """Καλησπέρα σας,

Στις 25 Οκτωβρίου ήμασταν στο κατάστημά σας για το παιδικό εργαστήρι του Halloween. Σήμερα είδα ότι ανεβάσατε στο Instagram και στο Facebook φωτογραφίες από την εκδήλωση, και σε μία από αυτές φαίνεται καθαρά το πρόσωπο της κόρης μου (είναι 7 ετών, αυτή με την πορτοκαλί κολοκύθα στο χέρι). Κανείς δεν μας ζήτησε άδεια.

Σας παρακαλώ να αφαιρέσετε αμέσως τη φωτογραφία και από τις δύο πλατφόρμες, καθώς και από τυχόν διαφημίσεις ή αρχεία σας. Επίσης, δεν επιθυμώ να χρησιμοποιείτε στο μέλλον φωτογραφίες της κόρης μου ή δικές μου από εκδηλώσεις σας στα μέσα κοινωνικής δικτύωσης.

Με εκτίμηση,
Ελένη Παπαδοπούλου""",
         "Ελένη Παπαδοπούλου"),

        ("complaint", (),
         "Δημοσιεύσατε τα στοιχεία της παραγγελίας μου σε σχόλιο!",
         """Καλημέρα,

Σας έστειλα μήνυμα στη σελίδα σας στο Facebook για μια παραγγελία που δεν είχε έρθει. Αντί να μου απαντήσετε στα μηνύματα, κάποιος από την ομάδα σας έγραψε δημόσια, κάτω από ένα σχόλιό μου σε άλλη ανάρτηση: «Γιάννη, η παραγγελία σου #2026-113870 παραδόθηκε στις 4/11 στη διεύθυνση Λεωφόρος Λουίζης 212, Βρυξέλλες». Η απάντηση σβήστηκε μετά από δύο μέρες, αλλά μέχρι τότε την είχαν δει όλοι. Δηλαδή τώρα ο κόσμος ξέρει πού μένω και τι παρήγγειλα.

Θεωρώ ότι πρόκειται για σοβαρή παραβίαση των προσωπικών μου δεδομένων και θέλω η καταγγελία μου να καταγραφεί επίσημα. Περιμένω εξηγήσεις για το πώς έγινε αυτό και τι θα κάνετε ώστε να μην ξανασυμβεί.

Ιωάννης Κωνσταντίνου""",
         "Ιωάννης Κωνσταντίνου"),

        ("access", (),
         "Πρόγραμμα πρεσβευτών – ποια στοιχεία μου έχετε και σε ποιον τα δώσατε",
         """Αγαπητή ομάδα,

Συμμετέχω στο πρόγραμμα πρεσβευτών σας από τον Μάρτιο. Κατά την εγγραφή δήλωσα τη διεύθυνση του σπιτιού μου, τον αριθμό τηλεφώνου μου και σωματικές μετρήσεις (ύψος, νούμερο, περιφέρειες) για τα ρούχα που μου στέλνετε.

Πρόσφατα μου τηλεφώνησε μια εταιρεία παραγωγής βίντεο που γνώριζε τις μετρήσεις μου. Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να με ενημερώσετε:
1. ποια προσωπικά μου δεδομένα τηρείτε στο πλαίσιο του προγράμματος,
2. σε ποιους αποδέκτες (πρακτορεία, φωτογράφους, εταιρείες παραγωγής κ.λπ.) τα έχετε διαβιβάσει,
3. για πόσο διάστημα θα τα διατηρήσετε.

Θα ήθελα επίσης αντίγραφο των δεδομένων αυτών.

Με φιλικούς χαιρετισμούς,
Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),

        ("portability", (),
         "Αίτημα φορητότητας – περιεχόμενο και πωλήσεις με τον κωδικό μου",
         """Γεια σας,

Η συνεργασία μου ως influencer με το κατάστημά σας έληξε στις 31 Οκτωβρίου. Επειδή ξεκινάω συνεργασία με άλλη εταιρεία, θα ήθελα να μου στείλετε σε μηχαναγνώσιμη μορφή (CSV ή JSON) τα δεδομένα μου από την πλατφόρμα συνεργατών: το προφίλ μου, τα posts και τα reels που ανέβασα μέσω της πλατφόρμας και τις πωλήσεις ανά μήνα με τον κωδικό NIKOS15.

Αν είναι εφικτό, στείλτε τα απευθείας στην Creatorly (partners@creatorly.example), σύμφωνα με το άρθρο 20 παρ. 2 του ΓΚΠΔ.

Ευχαριστώ,
Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),

        ("objection", (),
         "Η κριτική μου σε διαφήμισή σας",
         """Καλησπέρα,

Πριν από λίγες μέρες ένας φίλος μού έστειλε screenshot από μια διαφήμισή σας στο Facebook, όπου εμφανίζεται η κριτική που είχα γράψει τον Σεπτέμβριο για το μπουφάν σας, μαζί με το ονοματεπώνυμό μου και τη φωτογραφία του προφίλ μου.

Χαίρομαι που σας άρεσε η κριτική, αλλά την έγραψα για άλλους αγοραστές στο site σας, όχι για να γίνει διαφήμιση. Αντιτίθεμαι στη χρήση του ονόματος, της φωτογραφίας και των σχολίων μου στις διαφημίσεις σας ή σε οποιοδήποτε άλλο διαφημιστικό υλικό. Η κριτική μπορεί να μείνει στη σελίδα του προϊόντος.

Δημήτρης Βασιλείου""",
         "Δημήτρης Βασιλείου"),

        ("withdraw_consent", (),
         "Διαγραφή από τα SMS",
         """Καλησπέρα, πήρα μέρος στον διαγωνισμό σας στο Instagram και έβαλα το κινητό μου στη φόρμα. Από τότε μου έρχονται SMS με προσφορές κάθε τρεις και λίγο. Δεν τα θέλω, σταματήστε να μου στέλνετε. Ευχαριστώ.

Κατερίνα Μ.""",
         "Κατερίνα Μιχαηλίδου"),

        ("correction", (),
         "Λάθος όνομα στην ανακοίνωση των νικητών και στον λογαριασμό μου",
         """Γεια σας,

Κέρδισα στον διαγωνισμό σας τον Οκτώβριο (ευχαριστώ!), αλλά στην ανάρτηση με τους νικητές γράψατε το όνομά μου «Giorgos Papadopulos» και κάνατε tag σε λάθος λογαριασμό (@g.papadopulos, δεν είμαι εγώ). Ο σωστός μου λογαριασμός είναι @giorgos.papadopoulos_ και το επώνυμο γράφεται Papadopoulos.

Το ίδιο λάθος υπάρχει και στον λογαριασμό μου στο e-shop σας, οπότε φαντάζομαι από εκεί το πήρατε. Μπορείτε να το διορθώσετε και στα δύο;

Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),

        ("other", (),
         "Ψεύτικος λογαριασμός με το όνομά σας",
         """Καλησπέρα,

Ήθελα να σας ενημερώσω ότι ένας λογαριασμός στο Instagram με όνομα @shop_example_giveaway μού έστειλε μήνυμα ότι κέρδισα δωροεπιταγή 300€ και ότι πρέπει να πληρώσω 2,99€ «για τα μεταφορικά» μέσω ενός link. Έχει το λογότυπό σας και αντιγράφει τις φωτογραφίες σας. Υποθέτω ότι δεν είναι δικός σας. Τον ανέφερα στο Instagram, αλλά καλό θα ήταν να τον αναφέρετε κι εσείς για να κατέβει πιο γρήγορα.

Χαιρετώ,
Σταύρος Ηλιόπουλος""",
         "Σταύρος Ηλιόπουλος"),

        ("other", (),
         "Δώρο διαγωνισμού – αποστολή στην Ελλάδα;",
         """Γεια σας! Είδα τον διαγωνισμό σας στο TikTok για το σετ με τα κασκόλ. Μένω στη Θεσσαλονίκη – αν κερδίσω, στέλνετε και στην Ελλάδα ή μόνο στο Βέλγιο; Στους όρους δεν βρήκα κάτι σχετικό. Ευχαριστώ πολύ!

Δέσποινα""",
         "Δέσποινα Καραγιάννη"),

        ("other", (),
         "Το link στο bio δεν λειτουργεί",
         """Καλημέρα,

Το link στο bio του Instagram σας βγάζει σφάλμα «Η σελίδα δεν βρέθηκε». Μάλλον αλλάξατε τη διεύθυνση της προσφοράς και δεν το ενημερώσατε. Σβήστε το ή βάλτε το σωστό, γιατί ήθελα να δω τα μπουφάν με την έκπτωση και δεν τα βρίσκω ούτε στο site.

Ευχαριστώ,
Αλέξανδρος Δημητρίου""",
         "Αλέξανδρος Δημητρίου"),
    ],

    "bg": [
        ("objection", ("withdraw_consent",),
         "Възражение срещу рекламните аудитории + отписване",
         """Здравейте,

Наскоро разбрах, че магазини като вашия качват имейлите на клиентите си във Facebook, за да им показват реклами и да намират „подобни“ хора. Във вашата политика за поверителност пише, че правите точно това на основание законен интерес.

Възразявам срещу използването на моя имейл и на данните за покупките ми за персонализирани и сходни аудитории във Facebook, Instagram и Google. Моля, извадете ме от тях.

И докато сме на темата – отпишете ме и от бюлетина, отдавна не го чета.

Поздрави,
Георги Петров""",
         "Георги Петров"),

        ("access", (),
         "Какво пазите от чата във Viber?",
         """Здравейте,

Миналия месец ви писах в чатбота във Viber за връщане на обувки и там изпратих имената си, телефона и снимка на касовата бележка. Бих искала да знам:
– какви данни за мен пазите от този разговор и за колко време;
– дали ботът се управлява от вас или от външна фирма;
– какви други лични данни имате за мен (профил, карта за лоялност, поръчки).

Моля, изпратете ми копие от тях съгласно чл. 15 от GDPR.

Благодаря,
Десислава Иванова""",
         "Десислава Иванова"),

        ("deletion", (),
         "Изтрийте историята на чата ми",
         """Здравейте,

писах ви няколко пъти в Instagram и в Messenger, включително с адреса и телефона си, когато имаше проблем с доставката. Проблемът е решен, благодаря. Сега искам да изтриете цялата ни кореспонденция и всичко, което сте копирали от нея в системата си за обслужване на клиенти.

Профилът ми в Instagram е @nikolay.dim.

Николай Димитров""",
         "Николай Димитров"),

        ("complaint", ("deletion",),
         "Снимката ми в ваша реклама без разрешение",
         """Здравейте,

вчера видях собствената си снимка като спонсорирана реклама в Instagram от вашия профил. Това е снимка, която публикувах при себе си през лятото с новата рокля от вас, и ви бях отбелязала. Никой не ме попита дали може да се използва, камо ли за платена реклама.

Възмутена съм. Така не се постъпва с клиенти. Искам рекламата да бъде спряна и снимката да бъде изтрита от всички ваши профили и рекламни акаунти. Ако това не стане до края на седмицата, ще подам жалба в Комисията за защита на личните данни.

Радостина Колева""",
         "Радостина Колева"),

        ("restriction", (),
         "Изчакайте с изтриването на профила ми",
         """Здравейте,

Миналата седмица ви писах да изтриете профила ми (влизах с Facebook) и съобщенията ми в Messenger. Междувременно кафемашината, която купих от вас през април, се развали и ще ми трябват историята на поръчката и кореспонденцията с вас за гаранционната рекламация пред производителя.

Затова ви моля засега да не триете нищо, а само да замразите профила – без бюлетини, реклами или каквото и да е друго използване. Щом приключа с гаранцията, ще ви пиша да продължите с изтриването.

Благодаря за разбирането,
Стефан Христов""",
         "Стефан Христов"),

        ("portability", (),
         "Данни от партньорската програма в CSV",
         """Здравейте,

От 2025 г. участвам във вашата афилиейт програма с линк и код VESI10. Мисля да се преместя в друга платформа и искам да си взема данните. Моля, изпратете ми в машинночетим файл (CSV, JSON или XLSX) профила ми в програмата, всички публикации, които съм качила в портала, и продажбите по моя код по месеци – брой поръчки, оборот и комисиона.

Благодаря предварително,
Весела Тодорова""",
         "Весела Тодорова"),

        ("withdraw_consent", (),
         "Оттеглям съгласието си – програмата за посланици",
         """Здравейте,

При записването в програмата ви за посланици на марката през март дадох съгласие да използвате снимките и видеата ми в профилите си в социалните мрежи. Оттеглям това съгласие, считано от днес. Моля, не публикувайте повече нищо с мен.

Поздрави,
Мартина Стоянова""",
         "Мартина Стоянова"),

        ("other", (),
         "Предложение за сътрудничество",
         """Здравейте!

Казвам се Симона и водя профил в Instagram и TikTok за мода и пътувания (@simona.v.puti, общо около 40 хил. последователи). Живея в Гент от три години и често пазарувам от вас. Ще се радвам да направим нещо заедно – например ревю на есенната колекция или игра с награди за моите последователи.

Мога да ви изпратя медия кит и статистика. Ако не пиша на правилния адрес, ще съм благодарна да препратите писмото на отдел „Маркетинг“.

Поздрави,
Симона Василева""",
         "Симона Василева"),

        ("other", (),
         "Грешна снимка в публикацията ви",
         """Здравейте, в последната ви публикация във Facebook за зимните якета снимката към модела в бордо всъщност е на тъмнозеленото яке. Поръчах бордо заради нея и сега се чудя кое ще дойде :) Може би е добре да махнете снимката или да я смените, за да не се объркат и други. И ако може, потвърдете ми какъв цвят е в поръчка 2026-120931.

Поздрави,
Илиана Пенева""",
         "Илиана Пенева"),

        ("other", (),
         "Какво стана с профила ви в TikTok?",
         """Здравейте,

днес исках да вляза в профила ви в TikTok, за да видя видеото с кода за отстъпка, но пише, че акаунтът не съществува. Изтрихте ли го, или е блокиран? Имате ли нов профил и как да намеря кода?

Благодаря,
Калоян Митев""",
         "Калоян Митев"),
    ],
}

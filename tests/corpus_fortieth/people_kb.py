"""Fortieth set, people mail about marketing beyond the inbox: calls, texts, post, leaflets (pl cs hr sv ro el bg). Written apart from the rules (see make_fortieth.py)."""

PEOPLE_KB = {
    "pl": [
        ("access", ("deletion",),
         "Skąd macie mój numer?",
         """Dzień dobry,

wczoraj ok. 19:30 zadzwoniła do mnie pani z Państwa działu sprzedaży z ofertą karty stałego klienta. Nigdy nie robiłem u Państwa zakupów i na pewno nie podawałem swojego numeru komórki.

Na podstawie art. 15 RODO proszę o informację:
- skąd pozyskali Państwo mój numer telefonu i ewentualnie inne moje dane,
- jakie dane na mój temat przetwarzacie,
- komu je przekazaliście.

Po udzieleniu odpowiedzi proszę o trwałe usunięcie wszystkich moich danych z Państwa baz.

Z poważaniem
Tomasz Wiśniewski
+32 470 12 34 56""",
         "Tomasz Wiśniewski"),
        ("objection", (),
         "Telefony z ofertami",
         """Szanowni Państwo,

jestem Waszą klientką od kilku lat i mam kartę stałego klienta, więc nie chodzi mi o zamykanie konta. Nie życzę sobie jednak, żeby ktoś do mnie wydzwaniał z ofertami. W ostatnim tygodniu były trzy takie telefony, ostatni w sobotę o 9 rano.

Wnoszę sprzeciw wobec wykorzystywania mojego numeru telefonu do celów marketingowych. Numer może zostać w systemie na potrzeby zamówień i dostaw, ale tylko do tego.

Pozdrawiam
Agnieszka Kowalczyk""",
         "Agnieszka Kowalczyk"),
        ("withdraw_consent", (),
         "SMS-y",
         """Dzień dobry,
od jakiegoś miesiąca dostaję od Was SMS-y z promocjami. Dwa razy odpisałam STOP, ale chyba nie zadziałało, bo dalej przychodzą. Proszę o wypisanie mojego numeru 0486 55 21 90 z wysyłki SMS. Maile mogą zostać.

Dziękuję
Ewa Nowak""",
         "Ewa Nowak"),
        ("complaint", ("deletion",),
         "Skarga - telefony mimo sprzeciwu",
         """Szanowni Państwo,

12 października 2026 r. wysłałem na ten adres sprzeciw wobec kontaktu telefonicznego w celach marketingowych. Dostałem automatyczne potwierdzenie i na tym się skończyło. Od tamtej pory Wasz konsultant dzwonił do mnie jeszcze cztery razy, w tym raz po 21:00.

Ostatnia rozmowa (5 listopada) była wręcz nieprzyjemna: pan wiedział, co kupiłem w zeszłym miesiącu i pod jakim adresem mieszkam, a kiedy poprosiłem, żeby więcej nie dzwonił, odpowiedział, że „to nie on o tym decyduje”.

Uważam to za rażące lekceważenie mojego sprzeciwu. Żądam usunięcia wszystkich moich danych. Jeżeli w ciągu miesiąca nie dostanę potwierdzenia, złożę skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit).

Marek Zieliński""",
         "Marek Zieliński"),
        ("correction", (),
         "Błąd w nazwisku na katalogu",
         """Dzień dobry,

co kwartał przychodzi do mnie Wasz katalog i co kwartał jest zaadresowany do „Katarzyny Wóljcik”. Nazywam się Katarzyna Wójcik, bez żadnego „l”. Listonosz już się przyzwyczaił, ale wolałabym, żeby było poprawnie. Przy okazji: numer mieszkania to 3B, a nie 38.

Poprawny adres: Rue des Tanneurs 14/3B, 1000 Bruxelles

Dziękuję i pozdrawiam
Katarzyna Wójcik""",
         "Katarzyna Wójcik"),
        ("restriction", (),
         "Proszę na razie nie używać mojego adresu",
         """Dzień dobry,

w zeszłym tygodniu dostałem od Państwa imienny list z kuponem na 10 euro. Jest w nim napisane, że mój adres pochodzi „z bazy partnerów”. Sprawdzam właśnie, czy nie wypełniłem kiedyś jakiegoś formularza konkursowego na targach, więc na razie nie proszę o usunięcie danych, bo mogą mi być potrzebne jako dowód.

Proszę natomiast o ograniczenie przetwarzania: do czasu wyjaśnienia sprawy nie wysyłajcie mi niczego i w żaden sposób nie korzystajcie z mojego adresu, ale też go nie kasujcie.

Z góry dziękuję
Paweł Lewandowski""",
         "Paweł Lewandowski"),
        ("deletion", (),
         "Korespondencja do zmarłej mamy",
         """Dzień dobry,

moja mama, Halina Kamińska, zmarła w czerwcu. Na jej adres nadal przychodzą Państwa gazetki, a w zeszłym tygodniu przyszła nawet kartka urodzinowa z bonem. To dla nas bardzo przykre.

Proszę o usunięcie danych mamy z Państwa bazy. Jeżeli potrzebny jest akt zgonu, mogę go przesłać.

Joanna Kamińska-Dudek""",
         "Joanna Kamińska-Dudek"),
        ("other", (),
         "Kupon z katalogu nie działa w sklepie",
         """Dzień dobry,

w najnowszym katalogu był kupon -15% na artykuły kuchenne (kod KUCH15). W sklepie w Antwerpii kasjerka powiedziała, że system go nie przyjmuje i że mam zadzwonić na infolinię. Dzwoniłam dwa razy, nikt nie odbiera. Według tego, co jest wydrukowane, kupon jest ważny do 30.11. To w końcu działa czy nie?

Pozdrawiam
Monika Szymańska""",
         "Monika Szymańska"),
        ("other", (),
         "odkurzacz z gazetki",
         """Dzień dobry,
kupiłam odkurzacz z Waszej listopadowej gazetki (str. 7), tam było napisane „z kompletem 4 końcówek”, a w pudełku jest tylko jedna. Paragon mam. Czy możecie mi dosłać brakujące końcówki, czy mam oddać cały odkurzacz do sklepu?
Pozdrawiam
Barbara Jankowska""",
         "Barbara Jankowska"),
        ("other", (),
         "Druk katalogów i ulotek - propozycja współpracy",
         """Szanowni Państwo,

nazywam się Krzysztof Grabowski i reprezentuję drukarnię PrintPol z Łodzi. Drukujemy katalogi, gazetki i ulotki dla sieci handlowych w całej Europie, również z personalizacją: imię i adres odbiorcy oraz indywidualny kod kuponu na każdym egzemplarzu, prosto z Państwa listy wysyłkowej.

Przy nakładach powyżej 50 000 egz. nasze ceny są średnio o 18% niższe niż u drukarni zachodnioeuropejskich, a transport do Belgii trwa dwa dni.

Czy mogę zadzwonić w przyszłym tygodniu i przedstawić ofertę?

Z poważaniem
Krzysztof Grabowski
PrintPol sp. z o.o.""",
         "Krzysztof Grabowski"),
    ],
    "cs": [
        ("deletion", ("objection",),
         "Katalog - už potřetí",
         """Dobrý den,

už potřetí mi od vás přišel katalog adresovaný přímo na moje jméno. U vás jsem nikdy nic nekupovala. Na schránce mám nálepku „Geen reclame / Pas de publicité“, takže mi to asi posíláte schválně jako dopis, aby to pošťák hodil dovnitř.

Vymažte prosím moje jméno a adresu ze všech svých seznamů. Nesouhlasím s tím, abyste moje údaje používali k jakékoli reklamě, ať poštou, nebo po telefonu.

Jana Dvořáková""",
         "Jana Dvořáková"),
        ("access", (),
         "Žádost o informace podle čl. 15 GDPR",
         """Vážení,

dne 20. 10. 2026 jsem obdržel váš adresný dopis s nabídkou slevy 20 % na nábytek. Drobným písmem je v něm uvedeno, že moje kontaktní údaje pocházejí „od pečlivě vybraného partnera“.

Podle čl. 15 GDPR (a s ohledem na čl. 14) vás žádám o sdělení:
1. jaké osobní údaje o mně zpracováváte,
2. z jakého konkrétního zdroje jste je získali (název firmy, případně seznam, ze kterého adresa pochází),
3. komu jste je dále předali,
4. jak dlouho je hodláte uchovávat.

Zároveň žádám o kopii těchto údajů. Odpověď prosím zašlete na tuto e-mailovou adresu.

S pozdravem
Petr Novotný
Kerkstraat 41, 9000 Gent""",
         "Petr Novotný"),
        ("complaint", (),
         "Stížnost na chování vašeho operátora",
         """Dobrý den,

včera večer (4. 11.) mi volal váš pracovník s nabídkou prodloužené záruky. Když jsem řekla, že nemám zájem, začal mi vyjmenovávat, co jsem si u vás loni koupila, a že by se mi „hodila nová matrace, protože ta stará má už tři roky“. Když jsem chtěla hovor ukončit, byl navíc drzý.

Nechápu, jak může člověk z call centra vidět moje nákupy a takhle s nimi zacházet. Tohle není v pořádku a chci, abyste se tím zabývali a dali mi vědět, co jste s tím udělali.

Lucie Procházková""",
         "Lucie Procházková"),
        ("portability", (),
         "Export dat z věrnostní karty",
         """Dobrý den,

na konci roku se stěhuji zpátky do Brna a vaši věrnostní kartu už nebudu používat. Rád bych si ale odnesl všechno, co jsem vám za ty roky dal: kontaktní údaje, historii nákupů na kartu a nastavení souhlasů. Můžete mi to prosím poslat ve strojově čitelném formátu, ideálně CSV nebo JSON? PDF se screenshoty mi nepomůže, chci to nahrát do jiné aplikace.

Číslo karty: 6012 4471 0093 88

Díky
Martin Černý""",
         "Martin Černý"),
        ("withdraw_consent", ("objection",),
         "SMS a telefonáty",
         """Dobrý den,

v září jsem se v prodejně v Antverpách registroval přes tablet u pokladny, abych dostal slevu 5 €. Nejspíš jsem tam odklikl i souhlas se zasíláním SMS, protože od té doby mi chodí skoro denně. Tento souhlas tímto odvolávám.

A ještě jedna věc: dvakrát mi volali z vašeho call centra s pojištěním ke spotřebičům. Telefonické nabídky jsem nikdy neodsouhlasil a nechci je, takže proti používání mého čísla k telefonickému marketingu vznáším námitku.

Díky
Jakub Veselý""",
         "Jakub Veselý"),
        ("objection", (),
         "Námitka - přímý marketing",
         """Dobrý den,

podle čl. 21 odst. 2 GDPR vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu, zejména proti zasílání tištěných letáků a katalogů na moji adresu (Tuinstraat 8, 2000 Antwerpen) a proti jejich personalizaci podle mých nákupů.

Zákaznický účet a věrnostní kartu si ponechávám.

S pozdravem
Tereza Kučerová""",
         "Tereza Kučerová"),
        ("correction", (),
         "Stará adresa na katalogu",
         """Dobrý den,

loni v létě jsme se přestěhovali z Lovaně do Mechelenu, ale váš katalog pořád chodí na starou adresu. Paní, která tam teď bydlí, nám ho vždycky přepošle, ale nechceme ji tím dál obtěžovat.

Nová adresa: Eva Pospíšilová, Begijnenstraat 23, 2800 Mechelen

Opravte to prosím v systému, katalog chceme dostávat i nadále.

Děkuji
Eva Pospíšilová""",
         "Eva Pospíšilová"),
        ("other", (),
         "Lampa z letáku",
         """Dobrý den,

v listopadovém letáku jste měli stojací lampu ARNE za 49,99 € s kovovým stínidlem. V prodejně ve Woluwe mají výrobek se stejným číslem, ale stínidlo je plastové a vypadá úplně jinak. Je to chyba v letáku, nebo jde o jiný model? Pokud existuje i ta kovová verze, objednal bych si ji online.

Díky
Ondřej Marek""",
         "Ondřej Marek"),
        ("other", (),
         "Platí akce z letáku i na e-shopu?",
         """Dobrý den,

do schránky nám přišel váš leták s akcí 2+1 zdarma na povlečení. Platí to i při objednávce přes e-shop, nebo jen v kamenných prodejnách? Na webu jsem to nikde nenašla.

Díky, Klára Němcová""",
         "Klára Němcová"),
        ("other", (),
         "Objednávka 558201 - jiná cena než v letáku",
         """Dobrý den,

podle letáku jsem si objednal rohovou sedačku LUND za akční cenu 599 €, ale v potvrzení objednávky č. 558201 je plná cena 749 €. Leták mám před sebou, akce platí do 15. 11.

Můžete mi prosím zavolat a vysvětlit to, případně objednávku opravit? Moje číslo je 0475 81 20 14, nejlépe po 17. hodině.

Děkuji
Radek Svoboda""",
         "Radek Svoboda"),
    ],
    "hr": [
        ("objection", ("access",),
         "Odakle vam moj broj?",
         """Poštovani,

već dva tjedna primam pozive s broja +32 2 808 41 17 u kojima mi vaša agentica nudi karticu vjernosti. Nikad nisam bio vaš kupac i nikad vam nisam dao svoj broj mobitela.

Protivim se tome da moj broj ili bilo koje druge moje podatke koristite u marketinške svrhe, pa tako i za telefonske pozive. Osim toga, molim vas da mi pisanim putem odgovorite odakle ste dobili moj broj i kome ste ga još proslijedili.

S poštovanjem,
Ivan Horvat""",
         "Ivan Horvat"),
        ("withdraw_consent", (),
         "WhatsApp poruke",
         """Bok,

dobivam od vas ponude na WhatsAppu skoro svaki drugi dan. Ne želim ih više primati, molim vas maknite me s te liste.

Hvala,
Maja""",
         "Maja Babić"),
        ("complaint", (),
         "Prigovor - pozivi unatoč upisu u registar",
         """Poštovani,

broj mog fiksnog telefona upisan je u belgijski registar „Bel-me-niet-meer / Ne-m'appelez-plus“ još od 2023. godine. Unatoč tome vaš pozivni centar zove gotovo svakodnevno, a prošle srijede zvali su u 21:40, kad je moja majka (82 godine) već spavala. Kad sam djelatniku rekao da smo u registru, odgovorio je da to „ne vrijedi za postojeće kupce“ i nastavio s ponudom.

Smatram to ozbiljnim kršenjem pravila o telefonskom marketingu i zaštiti podataka. Očekujem pisano objašnjenje kako se to moglo dogoditi. Ako se pozivi nastave, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka.

Zdravko Kovačević""",
         "Zdravko Kovačević"),
        ("deletion", (),
         "Vaši SMS-ovi na moj broj",
         """Dobar dan,

prije otprilike pola godine dobio sam novi broj mobitela i otad mi redovito stižu vaše SMS poruke naslovljene na „gđu Martens“. Ja nisam ta osoba i nikad nisam kupovao kod vas, broj je očito prije bio njezin.

Molim vas da broj +32 478 90 12 55 obrišete iz svoje baze.

Lijep pozdrav,
Dario Jukić""",
         "Dario Jukić"),
        ("restriction", ("access",),
         "Nagradna igra na sajmu",
         """Poštovani,

u veljači sam na sajmu Batibouw u Bruxellesu na vašem štandu ispunila kupon za nagradnu igru. Od tada mi stižu katalozi i povremeno pozivi, a ne sjećam se da sam pristala na išta osim sudjelovanja u igri.

Dok ne provjerim što sam točno potpisala, molim vas da ograničite obradu mojih podataka: nemojte ih koristiti ni za kakve pošiljke ni pozive, ali ih ni ne brišite. Također vas molim da mi pošaljete kopiju tog kupona (ili onoga što ste s njega unijeli u sustav) i popis podataka koje o meni imate.

Srdačan pozdrav,
Petra Marić""",
         "Petra Marić"),
        ("access", (),
         "Program „Preporuči prijatelja“",
         """Dobar dan,

prijateljica mi je rekla da me „preporučila“ u vašem programu Preporuči prijatelja i od tada mi na kućnu adresu stižu vaša pisma s kuponima. Nemam ništa protiv nje, ali me zanima što ste točno o meni dobili preko nje: samo ime i adresu ili i broj telefona, e-mail, datum rođenja? Što ste dalje radili s tim podacima i koliko ih namjeravate čuvati?

Hvala unaprijed,
Ivana Knežević""",
         "Ivana Knežević"),
        ("correction", (),
         "Ispravak imena i datuma rođenja",
         """Poštovani,

hvala na rođendanskoj čestitki s bonom od 10 €, ali stigla je mjesec dana prekasno i na ime „Ana Jurik“. Zovem se Ana Jurić, s ć na kraju, a rođendan mi je 14. rujna, ne 14. listopada. Ako vaš sustav ne podržava ć, napišite barem Juric, ali ne Jurik. Molim vas da to ispravite.

Lijep pozdrav,
Ana Jurić
broj kartice: 6012 3390 1175""",
         "Ana Jurić"),
        ("other", (),
         "Katalog poštom",
         """Dobar dan,

imam vašu karticu vjernosti već tri godine, ali katalog mi nikad nije stigao poštom, a susjedi ga dobivaju. Možete li me dodati na popis za slanje? Više volim listati na papiru nego na mobitelu.

Adresa: Nada Pavlović, Rue Royale 45, 1000 Bruxelles

Hvala!
Nada Pavlović""",
         "Nada Pavlović"),
        ("other", (),
         "Stol iz letka",
         """Poštovani,

u letku koji sam dobio poštom vidio sam blagovaonski stol od hrastovine (str. 12, 299 €). Ima li ga i u dužini od 200 cm ili samo 180? I koliko traje dostava do Liègea?

Hvala i pozdrav,
Tomislav Vuković""",
         "Tomislav Vuković"),
        ("other", (),
         "Suradnja - SMS kampanje",
         """Poštovani,

naša agencija iz Zagreba već deset godina vodi SMS i WhatsApp kampanje za trgovačke lance u EU. Nudimo kompletnu uslugu: od segmentacije vaše baze podataka do slanja personaliziranih poruka i izvještaja o rezultatima. Sve u skladu s GDPR-om, naravno.

Ako vas zanima, rado bih vas nazvao i predstavio vam naše rezultate. Kada bi vam odgovaralo?

Srdačan pozdrav,
Hrvoje Šarić
Digital Reach d.o.o.""",
         "Hrvoje Šarić"),
    ],
    "sv": [
        ("complaint", ("objection",),
         "Sluta ringa mig!!",
         """Hej,

det här är tredje gången jag hör av mig om samma sak. Er telefonförsäljning ringer mig flera gånger i veckan, senast igår kväll kl. 20.45 mitt i middagen. Varje gång säger jag nej och säljaren lovar att ”ta bort mig från listan”, men ingenting händer.

Jag motsätter mig att ni använder mitt nummer för marknadsföring överhuvudtaget, och jag vill ha ett skriftligt besked om att det är fixat. Annars går jag vidare till dataskyddsmyndigheten.

/Lars Andersson""",
         "Lars Andersson"),
        ("access", (),
         "Var har ni fått min adress ifrån?",
         """Hej,

jag flyttade till Leuven i september och har bara lämnat min nya adress till posten och till en tidning jag prenumererar på. Ändå låg det en katalog från er med mitt namn på i brevlådan förra veckan.

Har ni köpt eller hyrt en adresslista någonstans? Jag vill enligt artikel 15 i GDPR veta vilka uppgifter ni har om mig, varifrån ni har fått dem och om ni har lämnat dem vidare till någon annan.

Vänliga hälsningar
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("deletion", ("withdraw_consent",),
         "Ta bort mig",
         """Hej. Jag vill att ni tar bort mitt kundkonto och allt ni har om mig. Och sluta skicka sms om erbjudanden, jag orkar inte med dem.
Tack
Erik Johansson""",
         "Erik Johansson"),
        ("portability", (),
         "Export av min köphistorik",
         """Hej!

Jag använder en app för hushållsbudget som kan läsa in köphistorik från fil. Kan ni skicka mig all min köphistorik från kundkortet och webbshoppen, plus de personuppgifter jag har lämnat till er, i ett maskinläsbart format? CSV eller JSON går bra. Helst en fil jag kan ladda ner, inte en PDF.

Kundkortsnummer: 6012 7720 4418

Tack på förhand!
Johan Ekström""",
         "Johan Ekström"),
        ("restriction", (),
         "Pausa utskicken medan jag kollar",
         """Hej!

Jag fick ett personligt adresserat brev från er där det står att jag ”har tackat ja till erbjudanden från er partner Casa Example”. Det minns jag inte alls, och jag håller på att reda ut med Casa Example vad som egentligen gäller.

Under tiden vill jag att ni inte använder mina uppgifter till några utskick eller samtal, men radera ingenting ännu. Jag kan behöva underlaget för att förstå vad som har hänt.

Vänliga hälsningar
Sofia Berg""",
         "Sofia Berg"),
        ("correction", (),
         "Fel namn på katalogen",
         """Hej,

katalogen kommer till ”Herr Anna Nilson”. Jag heter Anna Nilsson, med två s, och är inte herr. Kan ni rätta det? Annars är det trevligt att få katalogen.

Hälsningar
Anna Nilsson""",
         "Anna Nilsson"),
        ("withdraw_consent", (),
         "Papperskatalogen",
         """Hej,

när jag skaffade kundkort i butiken i Gent kryssade jag i att jag ville ha er katalog hem med posten. Nu tittar jag på allt i appen ändå, så jag vill inte längre få papperskatalogen. Nyhetsbrevet på mejl får gärna fortsätta komma.

Mvh
Gunilla Holm""",
         "Gunilla Holm"),
        ("other", (),
         "Fel pris i katalogen?",
         """Hej,

i höstkatalogen står bokhyllan BERGA för 89 € på sidan 12, men på webben kostar den 119 €. Vilket pris gäller? Jag tänkte handla i butiken i Antwerpen på lördag och vill gärna veta innan.

Tack,
Ulla Sjöberg""",
         "Ulla Sjöberg"),
        ("other", (),
         "",
         """Hej!

I foldern som kom i veckan står det 30 % på all julbelysning ”t.o.m. söndag”. Gäller det i alla butiker eller bara i de stora? Jag bor i Namur och vill inte åka förgäves.

/Maria""",
         "Maria Lundgren"),
        ("other", (),
         "Ring mig om fåtöljen",
         """Hej,

jag såg fåtöljen OSLO i er senaste katalog (sidan 34) och undrar om den finns i mörkgrönt och hur lång leveranstiden är. Det är lättare för mig att prata i telefon, kan någon ringa mig? Mitt nummer är 0472 33 19 08, helst efter kl. 16.

Tack
Per Håkansson""",
         "Per Håkansson"),
    ],
    "ro": [
        ("withdraw_consent", (),
         "Nu mai vreau SMS-uri",
         """Bună ziua,

vă rog să nu-mi mai trimiteți SMS-uri cu promoții. La început mi s-au părut utile, dar acum primesc aproape zilnic. Numărul meu este 0471 22 33 44.

Mulțumesc,
Elena Popescu""",
         "Elena Popescu"),
        ("access", ("restriction",),
         "De unde aveți adresa mea?",
         """Bună ziua,

săptămâna trecută am primit prin poștă o broșură personalizată de la dumneavoastră, pe numele meu complet. Nu am fost niciodată clientul magazinului și nu v-am dat adresa mea.

Vă rog să-mi comunicați, conform art. 15 din GDPR, ce date personale dețineți despre mine, de unde le-ați obținut și cui le-ați transmis. Până primesc răspunsul, vă rog să nu le mai folosiți în niciun fel, dar nici să nu le ștergeți, pentru că vreau să aflu exact de unde provin.

Cu stimă,
Andrei Ionescu""",
         "Andrei Ionescu"),
        ("deletion", (),
         "Datele fiului meu",
         """Bună ziua,

fiul meu are 13 ani și de o lună primește pe telefon SMS-uri de la dumneavoastră cu oferte la console și jocuri. Am aflat că s-a înscris pe tableta din magazinul din Charleroi, când a fost acolo cu niște colegi, ca să primească un cadou.

Vă rog să ștergeți numărul lui (0489 12 77 03) și orice alte date pe care le aveți despre el. E minor și nu sunt de acord să fie în baza voastră de date.

Mulțumesc,
Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("objection", (),
         "Opoziție - marketing telefonic și prin poștă",
         """Stimată doamnă, stimate domn,

În temeiul art. 21 alin. (2) din Regulamentul (UE) 2016/679, mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, în special apelurilor telefonice promoționale și trimiterii de cataloage și pliante pe adresa mea poștală.

Rămân client al magazinului online și doresc în continuare să primesc e-mailurile legate de comenzile mele.

Cu stimă,
Mihai Constantinescu
Rue de la Station 5, 4000 Liège""",
         "Mihai Constantinescu"),
        ("complaint", ("deletion",),
         "Scrisoarea mea a ajuns la vecin",
         """Bună ziua,

ieri vecinul de la etajul doi mi-a adus un plic de la dumneavoastră care ajunsese la el. Înăuntru era catalogul, dar și o scrisoare personalizată cu numele meu, numărul cardului de fidelitate, punctele acumulate și ce am cumpărat în ultimele luni („Pentru că v-a plăcut lenjeria de pat...”). Pe plic era adresa lui, dar numele meu.

Mi se pare grav ca asemenea informații să ajungă la străini și vreau o explicație despre cum s-a întâmplat. Și, sincer, după asta nu mai am încredere în voi: vă rog să-mi ștergeți contul și toate datele.

Raluca Stan""",
         "Raluca Stan"),
        ("correction", ("withdraw_consent",),
         "Adresă nouă + SMS",
         """Bună ziua,

m-am mutat în august, vă rog să actualizați adresa pentru catalog: Gabriela Munteanu, Chaussée de Waterloo 120, 1180 Uccle. Catalogul vreau să-l primesc în continuare, îmi place.

În schimb, SMS-urile cu oferte nu le mai vreau, vă rog să mă scoateți de pe lista aceea.

Mulțumesc frumos,
Gabriela Munteanu""",
         "Gabriela Munteanu"),
        ("portability", (),
         "Datele cardului de fidelitate în format CSV/JSON",
         """Bună ziua,

aș dori să primesc toate datele pe care vi le-am furnizat (datele contului, istoricul cumpărăturilor cu cardul de fidelitate, preferințele de comunicare) într-un format structurat, care poate fi citit automat (CSV sau JSON), conform art. 20 GDPR. Vreau să le import în aplicația altui program de fidelitate.

Număr card: 6012 5503 2290

Mulțumesc,
Sorin Marinescu""",
         "Sorin Marinescu"),
        ("other", (),
         "Oferta din pliant",
         """Bună ziua,

în pliantul primit în cutia poștală e o ofertă la aspiratorul robot RX-200, 249 € în loc de 349 €. Oferta e valabilă și în magazinul din Liège sau doar online? Și mai aveți pe stoc?

Mulțumesc,
Ioana Radu""",
         "Ioana Radu"),
        ("other", (),
         "Candidatură - operator call center",
         """Bună ziua,

am văzut anunțul dumneavoastră pentru operator call center și aș dori să aplic. Vorbesc română, franceză și engleză, iar până luna trecută am lucrat doi ani într-un call center de telecomunicații din Bruxelles. Atașez CV-ul. Datele mele de contact sunt în CV, mă puteți suna oricând după ora 14.

Cu respect,
Florin Stoica""",
         "Florin Stoica"),
        ("other", (),
         "Masa din catalog e mai mică",
         """Bună ziua,

am comandat masa extensibilă din catalogul de toamnă (pagina 22), unde scrie 160 cm. Ieri a venit livrarea și am măsurat: are 140. Nu ne încăpem la ea toți șase, asta a fost toată ideea. Cum o pot returna? Comanda nr. 771045.

Mulțumesc,
Adrian Lungu""",
         "Adrian Lungu"),
    ],
    "el": [
        ("access", (),
         "Από πού έχετε τη διεύθυνσή μου;",
         """Καλησπέρα σας,

την περασμένη εβδομάδα έλαβα στο σπίτι τον κατάλογό σας με το ονοματεπώνυμό μου στον φάκελο. Δεν έχω ψωνίσει ποτέ από εσάς. Η μόνη εξήγηση που σκέφτομαι είναι το περιοδικό διακόσμησης στο οποίο είμαι συνδρομήτρια. Μήπως «νοικιάσατε» τη λίστα συνδρομητών του;

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, παρακαλώ να με ενημερώσετε ποια προσωπικά μου δεδομένα τηρείτε, από ποια πηγή ακριβώς τα αποκτήσατε, σε ποιους τα έχετε διαβιβάσει και για πόσο χρόνο σκοπεύετε να τα κρατήσετε.

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("deletion", ("withdraw_consent",),
         "Διαγραφή λογαριασμού",
         """Γεια σας,

θέλω να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου. Επίσης σταματήστε να μου στέλνετε SMS με προσφορές, δεν τα θέλω.

Ευχαριστώ,
Νίκος Αντωνίου""",
         "Nikos Antoniou"),
        ("objection", ("deletion",),
         "Εξατομικευμένα φυλλάδια",
         """Καλημέρα,

τα φυλλάδια που μου στέλνετε ταχυδρομικά είναι φανερά «φτιαγμένα» με βάση τις αγορές μου: από τότε που αγόρασα ένα καρότσι μωρού, μου έρχονται μόνο προσφορές για βρεφικά. Δεν μου αρέσει καθόλου αυτό.

Αντιτίθεμαι στη δημιουργία προφίλ με βάση τις αγορές μου και στη χρήση της διεύθυνσής μου για διαφήμιση. Θα ήθελα επίσης να διαγράψετε το προφίλ και τις κατηγορίες ενδιαφέροντος που έχετε φτιάξει για μένα. Τον λογαριασμό μου στο e-shop τον κρατάω.

Κατερίνα Βλάχου""",
         "Κατερίνα Βλάχου"),
        ("complaint", (),
         "Κλήσεις στο σταθερό του πατέρα μου που απεβίωσε",
         """Κύριοι,

τον Αύγουστο σας ενημέρωσα με email ότι ο πατέρας μου, Γεώργιος Παπαδόπουλος, απεβίωσε και ζήτησα να σταματήσουν οι κλήσεις στο σταθερό του σπιτιού του, όπου μένει τώρα η μητέρα μου. Μας απαντήσατε ότι «το αίτημα καταχωρίστηκε».

Παρ' όλα αυτά, το τηλεφωνικό σας κέντρο συνεχίζει να καλεί και να ζητά τον «κύριο Παπαδόπουλο» για προσφορές. Μόνο τον Οκτώβριο πήραν τέσσερις φορές. Η μητέρα μου αναστατώνεται κάθε φορά.

Αυτό είναι απαράδεκτο. Περιμένω εξηγήσεις για το πώς αγνοήθηκε το αίτημά μας και διαβεβαίωση ότι δεν θα ξανασυμβεί, διαφορετικά θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Δημήτρης Παπαδόπουλος""",
         "Dimitris Papadopoulos"),
        ("restriction", (),
         "Αμφισβητώ τη «συγκατάθεση» για SMS",
         """Καλησπέρα,

την Τρίτη παρέλαβα ένα δέμα από άλλο κατάστημα και την ίδια μέρα άρχισα να λαμβάνω SMS από εσάς. Όταν πήρα τηλέφωνο την εξυπηρέτηση πελατών, μου είπαν ότι στο σύστημά σας φαίνεται πως «έδωσα συγκατάθεση μέσω συνεργάτη». Δεν έδωσα ποτέ τέτοια συγκατάθεση.

Μέχρι να ελέγξετε από πού προέρχεται αυτή η καταχώριση, σας ζητώ να περιορίσετε την επεξεργασία του αριθμού μου: να μην τον χρησιμοποιείτε για τίποτα, αλλά και να μην τον διαγράψετε ακόμη, μέχρι να ξεκαθαρίσει το θέμα.

Με εκτίμηση,
Σοφία Καραλή""",
         "Sofia Karali"),
        ("withdraw_consent", (),
         "Τηλεφωνικές προσφορές",
         """Καλημέρα σας,

όταν αγόρασα το ψυγείο από το κατάστημα της Λιέγης, δέχτηκα να με παίρνετε τηλέφωνο για προσφορές. Το ξανασκέφτηκα και δεν το θέλω πια, οπότε ανακαλώ αυτή τη συγκατάθεση. Για την παράδοση και την εγγύηση μπορείτε φυσικά να με καλείτε κανονικά.

Ευχαριστώ,
Γιάννης Μαυρίδης""",
         "Γιάννης Μαυρίδης"),
        ("correction", (),
         "Λάθος όνομα στον κατάλογο",
         """Γεια σας,

στον κατάλογο που μου έρχεται γράφετε «Ntimitra Karagianni». Το σωστό είναι «Dimitra Karagianni», όπως στο διαβατήριό μου. Μπορείτε να το διορθώσετε; Καλό θα ήταν να το αλλάξετε και στην κάρτα μέλους (6012 8810 3364).

Ευχαριστώ,
Δήμητρα Καραγιάννη""",
         "Dimitra Karagianni"),
        ("other", (),
         "Ο κωδικός του φυλλαδίου δεν περνάει",
         """Καλησπέρα,

στο φυλλάδιο που ήρθε στο σπίτι υπάρχει κουπόνι -20% για λευκά είδη με κωδικό LEUKA20. Στο e-shop, όταν τον βάζω, μου βγάζει «ο κωδικός δεν είναι έγκυρος». Το δοκίμασα και από το κινητό και από τον υπολογιστή. Μήπως κάνω κάτι λάθος;

Ευχαριστώ,
Μαρία Οικονόμου""",
         "Μαρία Οικονόμου"),
        ("other", (),
         "Ατμοσίδερο από το φυλλάδιο",
         """Γεια σας,

αγόρασα το ατμοσίδερο της προσφοράς από το φυλλάδιο του Οκτωβρίου και μετά από δύο εβδομάδες άρχισε να στάζει νερό από τη βάση. Να το φέρω στο κατάστημα ή να σας το στείλω; Την απόδειξη την έχω κρατήσει.

Κώστας Δημητρίου""",
         "Kostas Dimitriou"),
        ("other", (),
         "Διανομή φυλλαδίων - πρόταση συνεργασίας",
         """Αξιότιμοι κύριοι,

η εταιρεία μας ειδικεύεται στη διανομή διαφημιστικών φυλλαδίων πόρτα-πόρτα στις Βρυξέλλες και στη Φλάνδρα, με στόχευση ανά ταχυδρομικό κώδικα και πλήρη σεβασμό των αυτοκόλλητων «όχι διαφημίσεις». Θα χαρούμε να σας στείλουμε τιμοκατάλογο ή να σας καλέσουμε για μια σύντομη παρουσίαση.

Με εκτίμηση,
Αλέξανδρος Νικολάου
Εμπορικός Διευθυντής, FlyerPro BV""",
         "Αλέξανδρος Νικολάου"),
    ],
    "bg": [
        ("complaint", ("access",),
         "Обаждания в 22 часа",
         """Здравейте,

снощи в 22:10 ми звънна ваш служител с предложение за кредитна карта към картата за лоялност. Това е третото обаждане този месец и всичките са след 21 часа. Имам малко дете и такова звънене по никое време е напълно недопустимо.

Искам да ми кажете откъде имате мобилния ми номер и на кого сте го дали. Никога не съм ви го давала за такива цели.

Десислава Петрова""",
         "Десислава Петрова"),
        ("deletion", (),
         "Изтриване на данни",
         """Здравейте,

през пролетта попълних талон за томбола на вашия щанд на панаира в Гент. Не спечелих нищо, но оттогава получавам каталози и писма. Моля, изтрийте всички мои данни от базите си: име, адрес, телефон, всичко.

Благодаря,
Георги Иванов""",
         "Georgi Ivanov"),
        ("objection", (),
         "Възражение срещу адресираната реклама",
         """Здравейте,

на пощенската ми кутия има стикер „Geen reclame / Pas de publicité“, но вашите брошури продължават да идват, вече адресирани лично до мен. Явно стикерът за тях не важи.

Възразявам срещу използването на името и адреса ми за директен маркетинг по пощата. Не искам да закривам профила си, пазарувам онлайн от вас и ще продължа.

Поздрави,
Николай Стоянов""",
         "Николай Стоянов"),
        ("portability", ("access",),
         "Данните ми в машинночетим формат",
         """Здравейте,

съгласно чл. 20 от ОРЗД ви моля да ми изпратите личните данни, които съм ви предоставила (профил, история на покупките с картата за лоялност, предпочитания за комуникация), в структуриран, машинночетим формат, CSV или JSON, за да ги прехвърля в приложението на друга верига.

Освен това искам да знам на кои партньорски фирми сте предоставяли данните ми за маркетинг.

С уважение,
Мария Димитрова""",
         "Мария Димитрова"),
        ("withdraw_consent", (),
         "Отписване от SMS и push",
         """Здравейте, моля да ме отпишете от SMS-ите и от push известията с промоции в приложението. Благодаря!
Цветелина""",
         "Цветелина Колева"),
        ("restriction", (),
         "Моля, не изтривайте записа на разговора",
         """Здравейте,

на 28 октомври ми се обади служител от вашия кол център уж за „проучване за удовлетвореността“. В началото ми казаха, че разговорът се записва. Сега в профила си виждам абонамент за списанието ви, за който служителят твърди, че съм се съгласил. Аз не съм се съгласявал.

Разбрах, че пазите записите 30 дни. Моля, не изтривайте записа на този разговор, докато не се изясни въпросът, защото ми трябва като доказателство. Същевременно не искам да го използвате за нищо друго.

Стефан Георгиев
клиентска карта 6012 9904 1187""",
         "Stefan Georgiev"),
        ("access", (),
         "Кои фирми са получили адреса ми?",
         """Здравейте,

вчера получих писмо от фирма „Casa Example“, в което пише, че ми пишат „като партньор на Shop Example“. Ваш клиент съм от години, но не помня да съм давал съгласие данните ми да се предават на други фирми.

Моля, изпратете ми копие на всички лични данни, които имате за мен, и списък на всички получатели, на които сте ги предоставили.

Благодаря,
Васил Костов""",
         "Васил Костов"),
        ("other", (),
         "Ваучер за рожден ден",
         """Здравейте,

получих по пощата картичка за рожден ден с ваучер за 10 €. Днес в магазина в Брюксел касиерката ми каза, че ваучерът важи само за покупки над 50 €, но на картичката това никъде не пише. Вярно ли е? Ако е така, добре е да го пишете.

Поздрави,
Ралица Тодорова""",
         "Ралица Тодорова"),
        ("other", (),
         "Промоцията от брошурата",
         """Здравейте,

в брошурата пише „Втори продукт -50%“ за кухненски съдове. Важи ли, ако взема два различни продукта, например тиган и тенджера, или само за два еднакви?

Благодаря предварително,
Петя Николова""",
         "Petya Nikolova"),
        ("other", (),
         "Поръчка 77812 - махнете дивана",
         """Здравейте,

моля, махнете дивана ROMA от поръчка 77812. Видях в новата брошура, че от другата седмица ще е с 30% отстъпка и ще го поръчам тогава. Останалото (масичката и лампата) да си дойде нормално. Ако трябва да се обадя, номерът ми е 0488 45 67 12.

Поздрави,
Красимир Ангелов""",
         "Красимир Ангелов"),
    ],
}

"""Twelfth set, people: requests about specific kinds of data, from all kinds of writers. Written apart from the rules (see make_twelfth.py)."""

PEOPLE_M = {
    "pl": [
        ("access", (),
         "Prośba o nagranie rozmowy telefonicznej z 12 lutego",
         """Szanowni Państwo,

zwracam się z uprzejmą prośbą, choć nie wiem, czy piszę pod właściwy adres – wnuczka znalazła go na Państwa stronie, w zakładce o danych osobowych.

Nazywam się Halina Wróblewska i od kilku lat jestem Państwa klientką, mam też kartę stałego klienta. Dnia 12 lutego bieżącego roku, około godziny 10 rano, dzwoniłam z mojego telefonu stacjonarnego na Państwa infolinię w sprawie zwrotu kosiarki elektrycznej. Na początku usłyszałam komunikat, że rozmowa jest nagrywana. Bardzo miły pan, który ze mną rozmawiał, zapewnił mnie, że odbiór kosiarki będzie bezpłatny. Tymczasem niedawno otrzymałam fakturę za transport.

Nie chcę się z nikim kłócić, ale w moim wieku pamięć bywa zawodna i chciałabym sama odsłuchać, co wtedy zostało powiedziane. Dlatego bardzo proszę o przesłanie mi nagrania tej rozmowy (może być na płycie, pocztą, albo mailem na adres wnuczki, który podaję poniżej) lub przynajmniej jej spisanej treści.

Numer, z którego dzwoniłam: 22 641 37 90
Adres: ul. Kasztanowa 8 m. 3, 02-786 Warszawa
E-mail wnuczki: a.wroblewska@poczta.example.pl

Z wyrazami szacunku
Halina Wróblewska""",
         "Halina Wróblewska"),

        ("correction", (),
         "",
         """siema
wystawilem recke na ten hamak ogrodowy co kupilem w maju i pod nia jest podpis "Jakub Kowalsky". jestem Kowalski przez i a nie y, wyglada jakbym nie umial napisac wlasnego nazwiska xd
da sie to poprawic? w profilu chyba tez mam tak samo zle
thx
Kuba""",
         "kuba_k07"),

        ("deletion", (),
         "Karta",
         """Proszę usunąć kartę płatniczą zapisaną na moim koncie (Visa, końcówka 4471), nie chcę jej u Państwa przechowywać. Proszę o krótkie potwierdzenie.

M. Nowak
Wysłane z iPhone'a""",
         "Marek Nowak"),

        ("portability", (),
         "Loyalty card history",
         """Dzień dobry,
ja mam u was karta lojalnościowa od 2021 roku (numer 5520 1184 3312). Teraz ja przeprowadzam się do Krakowa i będę robić zakupy w innym sklepie, oni mówią że mogą mi zaliczyć moja historia zakupów jak dostaną ją w pliku. Proszę wysłać mi cała historia punktów i zakupów w pliku excel albo csv, żebym mogła dać im.
Przepraszam za błędy, ja dopiero uczę się polski.
Dziękuję bardzo
Oksana Melnyk""",
         "Oksana Melnyk"),

        ("restriction", (),
         "Żądanie ograniczenia przetwarzania danych osobowych (art. 18 RODO)",
         """Szanowni Państwo,

na podstawie art. 18 ust. 1 lit. c rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) żądam ograniczenia przetwarzania moich danych osobowych utrwalonych na nagraniach z monitoringu wizyjnego punktu odbioru przy ul. Grochowskiej 212 w Warszawie z dnia 3 października 2024 r., z godzin 17:30–18:15.

W tym czasie na parkingu przed punktem odbioru doszło do uszkodzenia mojego samochodu, a nagrania te są mi niezbędne do ustalenia i dochodzenia roszczeń. Wnoszę o to, aby nagrania nie zostały usunięte po upływie standardowego okresu przechowywania, a jednocześnie nie były wykorzystywane w żadnym innym celu do czasu zakończenia sprawy. O wydanie nagrania wystąpi odrębnie policja lub ubezpieczyciel.

Proszę o pisemne potwierdzenie zastosowania ograniczenia.

Z poważaniem
Tomasz Zieliński""",
         "Tomasz Zieliński"),

        ("objection", (),
         "Re: Sezon grillowy! -20% na grille węglowe",
         """Dzień dobry,
od kiedy tydzień temu kliknęłam w ten link o grillach, dostaję od Was tylko grille, grille i grille. Rozumiem, że zapisujecie, w co klikam w newsletterze, i na tej podstawie dobieracie mi oferty. Nie życzę sobie tego. Newsletter mogę dostawać dalej, tylko bez śledzenia kliknięć i bez układania mi ofert pod to, w co kliknę.
Pozdrawiam
Agnieszka""",
         "Agnieszka Wójcik"),

        ("withdraw_consent", ("deletion",),
         "zgoda na partnerów",
         """Dzień dobry,

zakładając kartę stałego klienta zaznaczyłam zgodę na przekazywanie moich danych Państwa partnerom marketingowym. Od tamtej pory dzwonią do mnie z ofertami fotowoltaiki i ubezpieczeń, więc tę zgodę cofam.

Przy okazji proszę o usunięcie mojego numeru telefonu i daty urodzenia – podawałam je tylko dlatego, że formularz tego wymagał do tego programu partnerskiego. Z samej karty chcę dalej korzystać.

Dorota Kamińska""",
         "Dorota Kamińska"),

        ("complaint", ("access", "deletion"),
         "Zdjęcie z doręczenia – to jest niedopuszczalne",
         """Dzień dobry,

wczoraj kurier doręczający Państwa paczkę (zamówienie 4471-209) zrobił zdjęcie nie paczce, tylko mnie – w szlafroku, w drzwiach mieszkania, razem z numerem mieszkania na drzwiach. To zdjęcie pojawiło się potem pod linkiem do śledzenia przesyłki, który może otworzyć każdy, a ja ten link wysłałam wcześniej siostrze i połowie rodzinnej grupy na WhatsAppie.

Nikt mnie o nic nie pytał. Uważam, że to poważne naruszenie mojej prywatności i nie tak powinna działać firma, której powierzam swój adres.

Chcę wiedzieć, kto jeszcze ma dostęp do tego zdjęcia, gdzie jest przechowywane i jak długo, oraz jakie inne zdjęcia z moich dostaw macie w systemie. I oczywiście proszę je usunąć.

Beata Lis""",
         "Beata Lis"),

        ("other", (),
         "Punkt odbioru – współpraca",
         """Dzień dobry,

prowadzę mały sklep papierniczy w Pabianicach i chciałbym zostać punktem odbioru Waszych paczek. Czy wymagacie od partnerów monitoringu w punkcie? Jeśli tak, to czy kamery muszą być Wasze, czy mogę użyć swoich, i kto wtedy odpowiada za nagrania? Pytam, zanim złożę formularz zgłoszeniowy.

Pozdrawiam
Grzegorz Pawlak
Papiernik s.c.""",
         "Grzegorz Pawlak"),

        ("automated", (),
         "Automatyczna odpowiedź: Re: Potwierdzenie otrzymania wniosku",
         """Dzień dobry,

dziękuję za wiadomość. Do 18 sierpnia jestem na urlopie i nie mam stałego dostępu do poczty. Odpowiem po powrocie.
W sprawach pilnych proszę dzwonić do biura: 42 215 80 11.

Pozdrawiam
Anna Szymańska""",
         "Anna Szymańska"),
    ],

    "cs": [
        ("access", (),
         "Žádost dle čl. 15 GDPR – cookies a identifikátory",
         """Dobrý den,

podle čl. 15 GDPR žádám o kopii osobních údajů, které zpracováváte v souvislosti s identifikátory mého prohlížeče na vašem e-shopu. Jde mi zejména o:
- hodnotu cookie _ga (GA1.2.1843390021.1699114872) a vaše interní ID návštěvníka,
- záznamy o mých návštěvách a prohlížených produktech navázané na tyto identifikátory,
- informaci, zda jste je spárovali s mým zákaznickým účtem (registrován na tento e-mail),
- seznam příjemců, kterým jste je předali (reklamní sítě apod.), a dobu uložení.

Identifikátory jsem vyčetl z vývojářských nástrojů prohlížeče 14. 5.

Děkuji
Ondřej Beneš""",
         "Ondřej Beneš"),

        ("correction", (),
         "Re: Výsledek posouzení žádosti o nákup na splátky",
         """Vážení,

obdržel jsem od Vás sdělení, že mou žádost o nákup zahradního nábytku na splátky nelze schválit na základě ověření bonity. Tím jsem byl velmi překvapen, neboť za celý život jsem neměl jediný dluh.

Po telefonátu s Vaší kolegyní jsem zjistil, že v mém zákaznickém účtu je chybně uvedeno datum narození – 3. 11. 1984 místo správného 3. 11. 1948. Zřejmě proto bylo ověření provedeno na jinou osobu.

Žádám Vás proto, abyste mé datum narození v účtu opravili na 3. 11. 1948. Kopii občanského průkazu Vám mohu na požádání předložit.

S pozdravem
Ing. Jaroslav Dvořák
Kroměříž""",
         "Jaroslav Dvořák"),

        ("deletion", (),
         "recenze",
         """cau, potreboval bych smazat vsechny moje recenze co jsem u vas napsal. je tam videt moje cely jmeno a nekdo ze tridy to nasel a ted se mi vsichni smejou kvuli ty recenzi na svitici jednorozce do zahrady (byl to darek pro segru!!!). takze pls smazte to vsechno, diky moc
Vojta""",
         "vojta.kral"),

        ("portability", (),
         "Export",
         """Dobrý den, prosím o export historie věrnostních bodů a objednávek z mého účtu v CSV nebo JSON, ať si to můžu natáhnout do vlastní tabulky. Díky.
T. Horák
Odesláno z mobilu""",
         "Tomáš Horák"),

        ("restriction", (),
         "Nahrávka hovoru z 5. března – prosím nemazat",
         """Dobrý den,

řeším s vámi reklamaci robotické sekačky (č. reklamace R-22817) a nejspíš to skončí u soudu. Dne 5. března jsem volal na vaši zákaznickou linku a operátor mi tehdy potvrdil, že reklamace bude uznána. Vím, že hovory nahráváte a po nějaké době je mažete.

Tuto nahrávku prosím nemažte, budu ji potřebovat jako důkaz. Zároveň ale nechci, aby se s ní do té doby jakkoli pracovalo – žádné školení operátorů, hodnocení kvality a podobně. Ať prostě leží, dokud se spor nevyřeší.

Kopii zatím nepotřebuji, o tu si případně řekne můj advokát.

Martin Sýkora""",
         "Martin Sýkora"),

        ("objection", ("access",),
         "Odkud máte, že jsme se přestěhovali?",
         """Dobrý den,

minulý týden nám přišel leták s oslovením „Vítejte v novém domově, paní Vránová“ a slevou na zahradní techniku. Na novou adresu jsme se přestěhovali před měsícem a u vás jsem ji nikdy nezadávala. Podle drobného písma na konci letáku ji máte od nějakého „marketingového partnera“.

Nepřeju si, abyste údaje, které o mně dostanete od partnerů, používali k posílání reklamy, ani teď, ani příště.

A napište mi prosím, od koho přesně jste moji adresu dostali.

Lenka Vránová""",
         "Lenka Vránová"),

        ("withdraw_consent", (),
         "",
         """Dobrý den,
já nechci už dostávat váš newsletter, prosím odhlasit můj email z toho. Já zkoušel kliknout na odkaz dole v emailu ale píše chyba 404.
Děkuji
Nguyen Van Long""",
         "Nguyen Van Long"),

        ("complaint", ("access",),
         "URGENCE – žádost o záznam z kamery ze dne 2. 4.",
         """Dobrý den,

dne 8. dubna jsem vám na tuto adresu poslala žádost o kopii kamerového záznamu z výdejního místa v Brně, Cejl 48, ze dne 2. 4. mezi 16:00 a 16:30 – při vyzvedávání zásilky mi tam někdo vytáhl peněženku z tašky. Dodnes jsem nedostala žádnou odpověď, ani potvrzení, že žádost dorazila. Měsíční lhůta už uplynula.

Znovu žádám o poskytnutí toho záznamu, případně o sdělení, zda ještě vůbec existuje.

Pokud se mi do týdne neozvete, podám stížnost na Úřad pro ochranu osobních údajů.

Kristýna Havlíková""",
         "Kristýna Havlíková"),

        ("other", (),
         "cookie lišta",
         """Dobrý den,

píšu diplomovou práci o tom, jak české a zahraniční e-shopy řeší cookie lišty. U vás jsem si všimla, že v první vrstvě lišty chybí tlačítko „Odmítnout vše“ a je tam jen „Přijmout“ a „Nastavení“. Je to záměr, nebo se to chystáte měnit? Budu ráda i za odkaz na někoho, kdo by mi k tomu mohl říct víc.

Děkuji a přeji hezký den
Bc. Tereza Šimková
FSS MU""",
         "Tereza Šimková"),

        ("automated", (),
         "Automatická odpověď: Vaše žádost č. 2025-0412",
         """Dobrý den,

do 2. září čerpám dovolenou s omezeným přístupem k e-mailu. Vaší zprávě se budu věnovat po návratu.
V naléhavých případech kontaktujte prosím kolegu Pavla Šťastného, tel. 603 222 918.

S pozdravem
Ing. Petra Malá""",
         "Petra Malá"),
    ],

    "hr": [
        ("access", (),
         "Fotografije s dostave",
         """Poštovani,

u aplikaciji za praćenje pošiljke vidjela sam da je vaš dostavljač kod zadnje dostave (narudžba 88213, 14.3.) fotografirao paket ispred mojih vrata. Zanima me koliko takvih fotografija imate od mojih dostava i što se točno na njima vidi – vrata, kućni broj, ja osobno?

Molim da mi pošaljete sve fotografije povezane s mojim narudžbama i napišete koliko ih dugo čuvate i tko ih još može vidjeti (dostavna služba?).

Lijep pozdrav,
Marija Jurić""",
         "Marija Jurić"),

        ("correction", (),
         "Promjena adrese – kartica vjernosti",
         """Poštovana gospodo,

obraćam Vam se kao dugogodišnja članica Vašeg programa vjernosti. Prije dvije godine preselila sam se iz Zagreba k sinu u Samobor, ali sve Vaše obavijesti o bodovima i kuponi i dalje stižu na moju staru adresu u Dubravi, gdje ih, srećom, nova stanarka ljubazno prosljeđuje. Osim toga, moje prezime u programu pogrešno glasi „Kovačević“, a ispravno je „Kovačić“.

Molim Vas da u mojim podacima ispravite:
- adresu u: Ulica Ivana Perkovca 17, 10430 Samobor,
- prezime u: Kovačić.

Broj kartice: 7001 0034 5566.

Unaprijed zahvaljujem i srdačno Vas pozdravljam,
Ankica Kovačić""",
         "Ankica Kovačić"),

        ("deletion", (),
         "kartica",
         """bok, stavio sam maminu karticu u svoj profil da kupim onu ljuljačku za dvorište i sad je mama poludila 😅 mozete li tu karticu obrisat iz mog profila da je vise nemate spremljenu? kupnja je ok, ne trazim povrat, samo da kartica nestane
hvala
Luka""",
         "Luka P."),

        ("portability", ("deletion",),
         "Data transfer",
         """Molim da podatke iz mog programa vjernosti (stanje bodova i povijest kupnji) izravno prenesete trgovini Vrtni centar Kaktus d.o.o. (podaci@kaktus.example.hr), a nakon toga zatvorite moj korisnički račun.
Hvala,
Davor Horvat""",
         "Davor Horvat"),

        ("restriction", (),
         "Provjera kreditne sposobnosti – osporavam točnost",
         """Poštovani,

prilikom kupnje na obročnu otplatu (narudžba 90214) odbijeni smo uz obrazloženje da je provjera kreditne sposobnosti pokazala neplaćeni dug od 2.300 eura. Taj dug nije moj – najvjerojatnije se radi o zamjeni s osobom istog imena i prezimena, što sam već prijavio i HROK-u.

Dok se to ne razjasni, molim da se ti podaci o meni ne koriste, ni za ovu ni za neku buduću narudžbu. Nemojte ih ni brisati, jer će mi trebati kao dokaz.

S poštovanjem,
Ivan Babić, Split""",
         "Ivan Babić"),

        ("objection", (),
         "Re: Vaša košarica vas čeka!",
         """Ne zelim da podatke o tome sto gledam na vasem webu saljete Facebooku i Googleu za reklame. Otkad sam kod vas gledala vrtne garniture na Instagramu mi iskacu samo one. Prestanite to raditi s mojim podacima.
Sanja

Poslano s mog Huawei pametnog telefona""",
         "Sanja Tomić"),

        ("withdraw_consent", ("deletion",),
         "Snimanje razgovora",
         """Poštovani,

kad sam prošli tjedan nazvala vašu korisničku službu, na početku sam pritisnula 1 i tako pristala da se razgovor snima „radi poboljšanja kvalitete usluge“. U razgovoru sam objašnjavala svoje zdravstvene probleme (zašto mi trebaju povišene gredice – ne mogu se saginjati zbog kralježnice), pa sam se poslije pokajala.

Tu privolu povlačim i molim da snimku tog razgovora obrišete.
Zvala sam 12. lipnja oko 9:40 s broja 091 555 2190.

Hvala,
Nevenka Šarić""",
         "Nevenka Šarić"),

        ("complaint", (),
         "Nisam pristala na ovo",
         """Dobar dan,

prije mjesec dana napisala sam recenziju za vrtno crijevo i izričito označila da se prikazuje samo „Ana M.“. Danas mi je kolegica poslala link: kod recenzije piše moje puno ime i prezime i grad, a Google je izbacuje kad netko upiše moje ime. U recenziji sam usput spomenula da sam samohrana majka i da radim noćne smjene – to sad svatko može povezati sa mnom.

Ovo je ozbiljan propust s vaše strane. Ako mi ne objasnite kako se ovo dogodilo, obratit ću se AZOP-u.

Ana Marković""",
         "Ana Marković"),

        ("other", (),
         "Seminarski rad – videonadzor",
         """Poštovani,

studentica sam treće godine prava u Rijeci i pišem seminarski rad o videonadzoru u maloprodaji. Bih li vam mogla poslati nekoliko općenitih pitanja – npr. koliko dugo čuvate snimke s kamera na mjestima preuzimanja i tko im ima pristup? Ne trebaju mi nikakvi osobni podaci, samo opće informacije o praksi.

Unaprijed hvala,
Petra Knežević""",
         "Petra Knežević"),

        ("automated", (),
         "Automatski odgovor: Vaš zahtjev je zaprimljen",
         """Poštovani,

na godišnjem sam odmoru do 25.7. Vaš e-mail neće biti proslijeđen. Za hitne stvari javite se na 01 4567 890.

Lijep pozdrav,
Ivana Jurić
Knjigovodstveni servis Jurić""",
         "Ivana Jurić"),
    ],

    "sv": [
        ("access", ("objection",),
         "Vad sparar ni om mina klick?",
         """Hej,

jag märkte att länkarna i ert nyhetsbrev går via någon spårningsadress med ett långt ID i slutet. Vad har ni sparat om vilka länkar jag klickat på, när och från vilken enhet? Skicka gärna en kopia av det.

Och om ni använder det för att räkna fram vad jag ”gillar” vill jag att ni slutar med det. Nyhetsbrevet får gärna komma ändå.

Mvh
Johan Lindqvist""",
         "Johan Lindqvist"),

        ("correction", (),
         "fel adress",
         """Hej! Såg på leveransbilden i appen att budet ställde mitt paket vid Storgatan 12 – men jag bor på 12B, huset på gården bakom. Kollade mitt konto och där står bara Storgatan 12, utan B. Kan ni ändra så det blir rätt? Grannen var snäll och bar över paketet den här gången men det är inte säkert att det händer nästa gång :)
/Elin""",
         "Elin Håkansson"),

        ("deletion", ("withdraw_consent",),
         "Avslutande av kundkonto",
         """Till er som handhar kunduppgifter

Jag heter Birgitta Holm och är 81 år gammal. Under några år har min dotter hjälpt mig att beställa trädgårdsartiklar hos er via min dator, och jag har varit nöjd. Nu har jag emellertid flyttat till ett seniorboende utan egen trädgård, och jag har ingen användning för vare sig kundkontot eller bonuskortet längre.

Jag ber er därför att avsluta mitt konto och ta bort de uppgifter ni har om mig: mitt namn, min adress, mina köp och även de recensioner jag skrivit om rosor och penséer, där mitt fullständiga namn står utsatt. Likaså önskar jag inte längre få ert nyhetsbrev eller andra utskick.

Jag vore tacksam för en kort bekräftelse per brev till adressen nedan, då jag sällan läser e-post.

Med vänlig hälsning
Birgitta Holm
Solrosvägen 4, lgh 1102
702 15 Örebro""",
         "Birgitta Holm"),

        ("portability", (),
         "bonuspoäng fil",
         """Hej
Jag heter Ahmed och jag har ert bonuskort sedan 2022. Jag vill få hela min poäng historik och mina köp i en fil, csv eller excel, för jag ska flytta den till min egen program där jag räknar mina utgifter. Kan ni skicka till denna mejl?
Tack så mycket
Ahmed Yusuf""",
         "Ahmed Yusuf"),

        ("restriction", (),
         "Begäran om begränsning av behandling",
         """Hej,

Jag begär att ni begränsar behandlingen av mina personuppgifter enligt artikel 18 i dataskyddsförordningen.

De uppgifter som avses är betalningsuppgifterna (kortnummer, kortinnehavare och transaktioner) kopplade till mina köp den 3–5 maj 2025, ordernummer 556021 och 556048. Jag har anmält kortbedrägeri till min bank och uppgifterna behövs för att jag ska kunna fastställa och göra gällande rättsliga anspråk. Jag vill därför att ni sparar uppgifterna men inte använder dem för något annat ändamål, inklusive framtida köp, innan ärendet är avslutat.

Jag ber om en bekräftelse på att begränsningen har genomförts.

Med vänliga hälsningar
Karin Eklund""",
         "Karin Eklund"),

        ("objection", (),
         "Reklam",
         """Fick ert reklamblad om trädgårdsmöbler adresserat till mig, enligt texten via ”en av våra samarbetspartners”. Använd inte mina uppgifter till reklam, tack.
Per Sandberg""",
         "Per Sandberg"),

        ("withdraw_consent", (),
         "",
         """hej asså jag tryckte typ ”godkänn alla” på era cookies när jag kollade studsmattor på mobilen men jag vill inte det egentligen. kan ni ta bort att jag sa ja? vill bara ha dom nödvändiga typ
/ella""",
         "ella.sjoberg"),

        ("complaint", (),
         "Allvarlig incident – ni skickade mina uppgifter till fel person",
         """Hej,

Jag ringde er kundtjänst den 9 september om en retur. Samtalet spelades in. I samtalet berättade jag varför jag behövde lämna tillbaka sängen (jag ska genomgå en operation).

I går fick jag veta av min före detta make att han fått ett mejl från er med en ”sammanfattning av ditt samtal med kundtjänst” – med mitt namn, min nya adress och uppgiften om operationen. Hans mejladress fanns kvar på en gammal beställning från när vi var gifta.

Jag har skyddad adress av en anledning. Jag förstår inte hur det här kunde hända och överväger att anmäla det till IMY. Jag vill att ni utreder det omgående och berättar vad ni gör åt det.

Sara Nilsson""",
         "Sara Nilsson"),

        ("other", (),
         "Smartare kameraövervakning på era utlämningsställen?",
         """Hej!

Jag heter Mikael och jobbar på Vaktsam AB. Vi hjälper e-handlare att få koll på sina utlämningsställen med kameror som automatiskt maskerar ansikten – GDPR-säkrat och utan att personalen behöver hantera rörligt material.

Skulle ni ha 20 minuter nästa vecka för ett kort digitalt möte? Jag bjuder på en kostnadsfri genomgång av er nuvarande lösning.

Vänliga hälsningar
Mikael Strand
Key Account Manager, Vaktsam AB
070-123 45 67""",
         "Mikael Strand"),

        ("automated", (),
         "Automatiskt svar: Angående din begäran",
         """Hej!

Tack för ditt mejl. Jag är föräldraledig till och med 31 januari och läser inte min e-post regelbundet. Frågor som rör föreningen kan skickas till styrelsen.

Vänliga hälsningar
Lina Berg
Ordförande, Brf Lindgården""",
         "Lina Berg"),
    ],

    "ro": [
        ("access", (),
         "inregistrare camera punct ridicare",
         """Buna ziua,
am fost la punctul vostru de ridicare din Bd. Iuliu Maniu pe 14 martie pe la ora 18 si acolo mi s-a spus ca totul e filmat. Va rog sa-mi trimiteti si mie inregistrarea in care apar eu, cat am stat la coada si la ghiseu. As vrea sa stiu si cat timp pastrati filmarile astea.
Multumesc,
Cristian Popa

Trimis de pe telefon""",
         "Cristian Popa"),

        ("correction", (),
         "Solicitare actualizare nume",
         """Stimate doamne, stimați domni,

Vă scriu în legătură cu contul meu de client, deschis în anul 2019. Între timp m-am recăsătorit, iar numele meu s-a schimbat din Georgescu în Stănescu. Am observat că recenziile pe care le-am lăsat pentru mai multe produse (trandafiri urcători, un set de grădinărit) apar în continuare semnate „Elena Georgescu”, la fel și facturile.

Vă rog respectuos să actualizați numele în contul meu și peste tot unde apare în legătură cu mine, inclusiv la recenzii, în „Elena Stănescu”. Dacă aveți nevoie de o copie după certificatul de căsătorie, vă stau la dispoziție.

Cu deosebită considerație,
Elena Stănescu""",
         "Elena Stănescu"),

        ("deletion", (),
         "Newsletter tracking data",
         """Bună ziua, vă rog să ștergeți istoricul de click-uri și de deschideri asociat adresei mele din newsletter. Newsletterul în sine îl păstrez. Mulțumesc, A. Ionescu""",
         "Adrian Ionescu"),

        ("portability", (),
         "json",
         """salut, se poate sa-mi trimiteti toate datele din contul meu intr-un json sau csv? comenzile, punctele de fidelitate, tot. fac un proiect la facultate (analiza de date) si vreau sa lucrez pe istoricul meu de cumparaturi. merci mult!
Andrei""",
         "andrei.m"),

        ("restriction", (),
         "Fotografia de livrare – comanda 771204",
         """Bună ziua,

Conform aplicației, coletul meu cu comanda 771204 a fost „livrat” pe 2 iunie, iar curierul a făcut o fotografie cu el lângă ușă. Eu nu am primit nimic și am făcut sesizare la Poliție pentru furt.

Vă rog să nu ștergeți fotografia și datele de livrare (ora, coordonatele GPS) – vor fi folosite ca probă. Până la încheierea cazului, vă rog însă să nu le folosiți în niciun alt scop. Poliția vi le va cere oficial.

Mulțumesc,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),

        ("objection", (),
         "carta fidelitate",
         """Bună ziua,
sunt italian și locuiesc în Cluj de trei ani, scuzați româna mea. Am cardul de fidelitate la voi și am văzut că ofertele care primesc sunt făcute după ce eu cumpăr — de exemplu am cumpărat mâncare pentru pisică și acum primesc numai oferte pentru animale. Nu sunt de acord că voi analizați cumpărăturile mele pentru a face un profil. Vreau să păstrez cardul și punctele, dar fără acest profil.
Mulțumesc,
Marco Bellini""",
         "Marco Bellini"),

        ("withdraw_consent", ("access",),
         "Retragerea consimțământului",
         """Stimată doamnă / Stimate domn,

Subsemnatul, Mihai Constantinescu, în temeiul art. 7 alin. (3) din Regulamentul (UE) 2016/679, îmi retrag consimțământul acordat la înscrierea în programul de fidelitate pentru transmiterea datelor mele cu caracter personal către partenerii dumneavoastră în scop de marketing.

Totodată, în temeiul art. 15 din același regulament, vă solicit să îmi comunicați identitatea partenerilor cărora le-au fost deja transmise datele mele și ce date anume le-au fost transmise.

Vă rog să îmi răspundeți în termenul legal de o lună.

Cu stimă,
Mihai Constantinescu""",
         "Mihai Constantinescu"),

        ("complaint", ("deletion",),
         "Fw: Actualizați datele cardului",
         """Bună,

Azi am primit mailul de mai jos, care pare să fie de la voi și îmi cere să „reconfirm” cardul. Era corect numărul comenzii mele de săptămâna trecută, adresa mea și ultimele 4 cifre ale cardului cu care am plătit la voi. Nimeni altcineva nu avea informațiile astea împreună.

Deci ori ați avut o scurgere de date, ori cineva de la voi le-a dat mai departe. Vreau o explicație, nu un răspuns automat. Și ștergeți imediat cardul salvat din contul meu.

Raluca Matei

---------- Forwarded message ---------
De la: Serviciul Clienți <suport@verificare-cont-client.example>
Subiect: Actualizați datele cardului

Stimată Raluca, comanda dvs. #661390 nu a putut fi procesată. Cardul dvs. terminat în 3381 trebuie reconfirmat în 24 de ore: [link]""",
         "Raluca Matei"),

        ("other", (),
         "Solicitare presă – înregistrarea apelurilor",
         """Bună ziua,

Sunt jurnalistă la publicația online Cont Curent și pregătesc un material despre felul în care magazinele online folosesc înregistrările convorbirilor cu clienții. Ați putea să-mi spuneți în ce scop le folosiți, cât timp le păstrați și dacă le folosiți pentru antrenarea unor sisteme de inteligență artificială? Aș avea nevoie de un răspuns până joi, dacă se poate.

Mulțumesc,
Diana Radu
Redactor, Cont Curent""",
         "Diana Radu"),

        ("automated", (),
         "Raspuns automat: Re: Cererea dvs. a fost inregistrata",
         """Buna ziua,

Sunt in concediu medical pana pe 10 octombrie si nu am acces la email. Pentru probleme urgente legate de contabilitate va rog sa o contactati pe colega mea, Simona, la 0744 000 123.

Va multumesc,
Gabriela Neagu""",
         "Gabriela Neagu"),
    ],

    "el": [
        ("access", (),
         "Αίτημα πληροφόρησης σχετικά με έλεγχο πιστοληπτικής ικανότητας",
         """Αξιότιμοι κύριοι,

Την 20ή Ιανουαρίου επιχείρησα να αγοράσω από το ηλεκτρονικό σας κατάστημα ένα σετ επίπλων κήπου με δόσεις. Η αίτηση απορρίφθηκε, με την αιτιολογία ότι «ο έλεγχος πιστοληπτικής ικανότητας δεν ήταν θετικός».

Είμαι συνταξιούχος δημόσιος υπάλληλος, δεν έχω καθυστερήσει ποτέ καμία πληρωμή και το γεγονός αυτό με προβλημάτισε ιδιαίτερα. Σας παρακαλώ λοιπόν να μου γνωστοποιήσετε ποια στοιχεία μου χρησιμοποιήσατε για τον έλεγχο αυτό, από ποια εταιρεία ή βάση δεδομένων (π.χ. Τειρεσίας) τα αντλήσατε και ποιο ακριβώς ήταν το αποτέλεσμα, και να μου αποστείλετε αντίγραφο αυτών.

Παραμένω στη διάθεσή σας για οποιαδήποτε διευκρίνιση.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Πατησίων 112, Αθήνα""",
         "Γεώργιος Παπαδόπουλος"),

        ("correction", (),
         "karta melous",
         """Kalhspera sas, sthn karta pistothtas moy exete lathos hmeromhnia gennhshs, grafei 12/08 eno egw exw genethlia 21/08. Gi auto moy hrthe to kouponi genethliwn nwris kai elhkse prin ta genethlia moy :( Mporeite na to diorthwsete se 21/08/1990?
Eyxaristw
Katerina Nikolaou""",
         "Katerina Nikolaou"),

        ("deletion", (),
         "Φωτογραφία από τον κούριερ",
         """Καλησπέρα,

την Τρίτη ο κούριερ σας έφερε ένα δέμα στη μητέρα μου (η παραγγελία είναι στο όνομά μου, αρ. 40219) και τη φωτογράφισε στην πόρτα να το κρατάει, «για επιβεβαίωση παράδοσης». Η μητέρα μου είναι 86 χρονών και δεν θέλουμε να υπάρχει φωτογραφία της κάπου.

Παρακαλώ σβήστε αυτή τη φωτογραφία από το σύστημά σας και από της εταιρείας courier, και επιβεβαιώστε μου ότι έγινε.

Ευχαριστώ,
Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),

        ("portability", (),
         "Data export",
         """Καλημέρα, παρακαλώ στείλτε μου τα δεδομένα του λογαριασμού μου (παραγγελίες, πόντοι, διευθύνσεις) σε αρχείο CSV ή JSON. Ευχαριστώ.
Δ. Καραγιάννης

Εστάλη από κινητό""",
         "Δημήτρης Καραγιάννης"),

        ("restriction", (),
         "πάγωμα λογαριασμού",
         """Γεια σας,

φεύγω για δουλειά στη Γερμανία για περίπου έναν χρόνο. Δεν θέλω να κλείσω τον λογαριασμό και την κάρτα πόντων, γιατί έχω μαζέψει αρκετούς πόντους και θα τους χρειαστώ όταν γυρίσω.

Μπορείτε όμως στο μεταξύ να «παγώσετε» τα στοιχεία μου; Να μένουν όπως είναι, αλλά να μη χρησιμοποιούνται για τίποτα – ούτε για προσφορές, ούτε για αναλύσεις, για τίποτα – μέχρι να σας ξαναγράψω.

Ευχαριστώ πολύ,
Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),

        ("objection", ("deletion",),
         "",
         """ρε παιδιά σοβαρά τώρα; μπήκα μια φορά στο σάιτ σας να δω μια φουσκωτή πισίνα για τον κήπο και από τότε μου βγαίνει παντού, στο insta και στο youtube. δεν θέλω να δίνετε τα cookies μου και τι κοιτάω στο facebook κτλ για διαφημίσεις. κόψτε το. και σβήστε ό,τι έχετε μαζέψει για μένα από αυτά πλζ
Γιάννης""",
         "giannis_k"),

        ("withdraw_consent", (),
         "newsletter",
         """Γεια σας
Εγώ δεν θέλω άλλο να έρχεται το newsletter σας στο email μου, πολλά email κάθε μέρα. Παρακαλώ να βγάλετε εμένα από τη λίστα. Δεν θυμάμαι καν πότε γράφτηκα.
Ευχαριστώ
Ardit Hoxha""",
         "Ardit Hoxha"),

        ("complaint", ("access",),
         "Re: Από πού έχετε τα στοιχεία μου;",
         """Κύριοι,

Στις 3 Μαρτίου σας έστειλα το παρακάτω μήνυμα και μέχρι σήμερα, σχεδόν δύο μήνες μετά, δεν έχω λάβει καμία απάντηση. Επαναλαμβάνω: θέλω να μάθω από ποιον «συνεργάτη» πήρατε το κινητό μου, στο οποίο μου στέλνετε SMS με προσφορές, αφού εγώ ποτέ δεν σας το έδωσα, και τι άλλα στοιχεία μου σας έδωσε.

Αν δεν λάβω απάντηση εντός δέκα ημερών, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Σταύρος Μιχαηλίδης

> Στις 3/3/2025, ο Σταύρος Μιχαηλίδης έγραψε:
> Καλησπέρα, λαμβάνω SMS από εσάς για προσφορές σε κλιματιστικά. Το κινητό μου δεν το έχω δώσει ποτέ σε εσάς. Από πού το έχετε;""",
         "Σταύρος Μιχαηλίδης"),

        ("other", (),
         "Ερώτηση πριν την παραγγελία",
         """Καλησπέρα σας,

θέλω να παραγγείλω μια ψησταριά από το site σας χωρίς να φτιάξω λογαριασμό. Αν πληρώσω με κάρτα, κρατάτε εσείς τα στοιχεία της κάρτας ή πάνε κατευθείαν στην τράπεζα; Ρωτάω γιατί μου έχουν κλέψει την κάρτα μια φορά στο παρελθόν και προσέχω πλέον.

Ευχαριστώ,
Ελένη""",
         "Ελένη Σταματοπούλου"),

        ("automated", (),
         "Αυτόματη απάντηση: Επιβεβαίωση παραλαβής αιτήματος",
         """Καλησπέρα σας,

Σας ευχαριστώ για το μήνυμά σας. Θα απουσιάζω από το γραφείο έως και τις 28 Αυγούστου, με περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνείτε με τη γραμματεία στο 2310 555 100.

Με εκτίμηση,
Αλεξάνδρα Βλάχου
Δικηγόρος""",
         "Αλεξάνδρα Βλάχου"),
    ],

    "bg": [
        ("access", (),
         "Молба за информация относно картата ми за лоялност",
         """Уважаеми господа,

Казвам се Стефка Георгиева, пенсионерка от Пловдив, и от около четири години съм притежател на Вашата карта за лоялност. Напоследък забелязах, че точките ми са по-малко, отколкото очаквах, а и ми е любопитно какво точно записвате за мен всеки път, когато покажа картата.

Затова Ви моля да ми изпратите пълната история на точките ми – кога и за какво съм получила точки и кога са изразходвани или са изтекли – както и всички други данни, които пазите за мен във връзка с картата. Ако е възможно, предпочитам да ги получа на хартия, по пощата, на адрес: гр. Пловдив, ул. „Иван Вазов“ 21, ет. 3.

Благодаря Ви предварително.

С уважение,
Стефка Георгиева
Номер на картата: 3300 4512 7781""",
         "Стефка Георгиева"),

        ("correction", (),
         "greshen telefon",
         """Zdraveite, v profila mi e zapisan greshen telefon, 0888 123 465 vmesto 0888 123 456. Zatova kurierite zvunyat na nyakakav chovek vmesto na men. Molya opravete go.
Blagodarya
Plamen Dimitrov""",
         "Plamen Dimitrov"),

        ("deletion", (),
         "записа от камерата 😬",
         """здрасти, вчера към 5 следобед бях в пункта ви за получаване в Младост и се изложих яко – изпуснах кашона с градинските лампи, паднах върху него и всички се смяха. приятелят ми каза, че камерата над гишето е хванала всичко. може ли да изтриете записа, моля ви, не искам това да се върти някъде 🙈
Криси""",
         "krisi.ivanova"),

        ("portability", (),
         "Искане по чл. 20 от ОРЗД",
         """Уважаеми господа,

На основание чл. 20 от Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) желая да получа личните данни, които ме засягат и които съм предоставил на администратора, в структуриран, широко използван и пригоден за машинно четене формат. Искането обхваща данните от клиентския ми профил, историята на поръчките и историята на точките по картата за лоялност.

Моля данните да бъдат изпратени на електронния адрес, от който изпращам настоящото искане.

С уважение,
Веселин Христов""",
         "Веселин Христов"),

        ("restriction", (),
         "Данни, получени от партньор",
         """Здравейте,

в писмото, което получих от вас на 2 юни, пише, че данните ми (име, адрес, телефон) са ви предоставени от „Градински свят“ ООД. Никога не съм давала съгласие тази фирма да ги предава на когото и да било и смятам, че не е трябвало да ги получавате.

Не искам обаче да ги изтривате – ще ми трябват като доказателство в спора ми с „Градински свят“. Моля само да ги запазите, без да ги използвате за каквото и да е, докато не ви пиша отново.

Поздрави,
Радослава Колева""",
         "Радослава Колева"),

        ("objection", (),
         "записите",
         """Разбрах, че записите от разговорите с кол центъра ви се ползват за обучение на AI. Възразявам моите разговори да се използват за това.
Н. Петков""",
         "Николай Петков"),

        ("withdraw_consent", ("deletion",),
         "",
         """Здравейте,
аз не искам повече получавать ваш бюлетин на имейл. Моля отпишете мене от списък. Също моля изтрийте мой имейл адрес от вашата база, аз не съм клиент вече.
Благодаря
Ольга Смирнова""",
         "Ольга Смирнова"),

        ("complaint", ("access",),
         "Източена карта след покупка при вас",
         """Здравейте,

На 11 август пазарувах от вашия сайт (поръчка 20931) и платих с дебитната си карта. Два дни по-късно от нея бяха изтеглени 1200 лева в някакъв онлайн магазин в Азия. С тази карта не съм плащала никъде другаде онлайн, само при вас. От банката ми казаха, че най-вероятно данните са изтекли от търговец.

Искам да знам дали пазите данни за карти, какво точно пазите за моята карта и кой има достъп до тях. Ако се окаже, че изтичането е от вас, ще подам сигнал в КЗЛД.

Милена Иванова""",
         "Милена Иванова"),

        ("other", (),
         "работа в пункта",
         """Здравейте, видях обявата, че търсите служител за пункта за получаване в Бургас. Интересува ме дали там има камери, които снимат служителите през цялото време, защото на предишната ми работа беше така и не ми хареса. Ако няма такова нещо, ще пратя CV.
Поздрави, Деян""",
         "Деян Стоянов"),

        ("automated", (),
         "Автоматичен отговор: Потвърждение за получено искане",
         """Здравейте,

В отпуск съм до 15.09 включително и няма да проверявам пощата си. За спешни въпроси, свързани с поръчки, моля обадете се на колегата ми Иван на 0899 555 210.

Поздрави,
Мария Тодорова""",
         "Мария Тодорова"),
    ],
}

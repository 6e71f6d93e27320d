"""Forty-third set, privacy mail about repairs, warranties, recalls and the shop's own smart devices (pl cs hr sv ro el bg). Written apart from the rules (see make_fortythird.py)."""

PEOPLE_NB = {
    "pl": [
        ("access", ("deletion",),
         "Kopia moich danych zrobiona przy naprawie laptopa",
         """Dzień dobry,

we wrześniu oddałam laptopa do naprawy w Państwa sklepie w Gandawie (zlecenie serwisowe RS-2026-08814, wymiana płyty głównej). Przy odbiorze technik rzucił mimochodem, że „na wszelki wypadek zrobili kopię danych z dysku”. Nikt mnie wcześniej o to nie pytał, a na tym dysku są m.in. skany moich dokumentów i zdjęcia dzieci.

Proszę o informację:
- co dokładnie zostało skopiowane,
- gdzie ta kopia jest przechowywana i kto miał do niej dostęp (czy również producent),
- jak długo zamierzają ją Państwo trzymać.

Jeżeli kopia nadal istnieje, proszę ją trwale usunąć i potwierdzić to mailowo.

Z poważaniem
Agnieszka Wróblewska""",
         "Agnieszka Wróblewska"),
        ("deletion", (),
         "mapa mieszkania w aplikacji odkurzacza",
         """Witam,

mam od Was robota sprzątającego (CleanBot S5) i aplikację do niego. Właśnie się wyprowadziłem, odkurzacz oddałem siostrze, a ona założy sobie własne konto. W mojej aplikacji dalej wisi mapa starego mieszkania z podpisanymi pokojami („sypialnia”, „pokój Zosi”) i cała historia sprzątania.

Chcę, żeby to wszystko zniknęło z Waszych serwerów, a nie tylko z mojego telefonu. Konto też możecie od razu zamknąć, nie będzie mi już potrzebne.

Pozdrawiam
Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("portability", (),
         "Eksport pomiarów z wagi (CSV)",
         """Dzień dobry,

od 2022 roku korzystam z Państwa wagi łazienkowej SmartFit i aplikacji do niej. Przechodzę na wagę innej firmy i chciałabym zabrać ze sobą całą historię pomiarów: wagę, procent tkanki tłuszczowej, wodę, daty i godziny.

W aplikacji można wyeksportować tylko ostatnie 30 dni i to jako PDF, z którym nic nie da się zrobić. Czy mogą mi Państwo przesłać wszystkie pomiary w pliku CSV albo JSON, tak żebym mogła je zaimportować w nowej aplikacji? Konto jest założone na adres, z którego piszę.

Dziękuję i pozdrawiam
Katarzyna Nowak""",
         "Katarzyna Nowak"),
        ("restriction", (),
         "Proszę nie usuwać dokumentacji naprawy RS-2026-07731",
         """Szanowni Państwo,

w wiadomości zamykającej zlecenie serwisowe RS-2026-07731 (pralka, wyciek wody) przeczytałem, że dokumentacja naprawy, czyli zdjęcia uszkodzeń i protokół technika, zostanie usunięta po 60 dniach.

Jestem w sporze z producentem o uznanie gwarancji: twierdzą, że uszkodzenie powstało z mojej winy. Zdjęcia i protokół Państwa technika to w tej chwili mój najważniejszy dowód. Proszę zatem o wstrzymanie usunięcia tych danych do zakończenia postępowania reklamacyjnego i o nieużywanie ich w tym czasie do żadnych innych celów. Dam znać, kiedy sprawa się zakończy.

Z poważaniem
Marek Zieliński""",
         "Marek Zieliński"),
        ("objection", ("withdraw_consent",),
         "Telefony od ubezpieczyciela",
         """Dzień dobry,

w marcu kupiłam u Państwa telewizor i zarejestrowałam go na stronie, żeby mieć dłuższą gwarancję. Od tamtej pory co kilka tygodni dzwoni do mnie jakiś ubezpieczyciel z ofertą „przedłużonej ochrony”, a konsultantka za każdym razem mówi, że ma mój numer „od partnera, sklepu Shop Example”.

Nie życzę sobie, żeby mój numer telefonu był przekazywany partnerom do celów marketingowych, i wyrażam sprzeciw wobec takiego wykorzystywania moich danych.

I jeszcze jedno: proszę wypisać mnie z tych maili z „poradami do Twojego telewizora”. Nie czytam ich.

Ewa Lewandowska""",
         "Ewa Lewandowska"),
        ("complaint", (),
         "Telefon z odkupu sprzedany z MOIMI danymi",
         """Dzień dobry,

w sierpniu oddałem w Państwa sklepie w Antwerpii stary telefon w ramach programu odkupu. Sprzedawca zapewniał mnie, że telefon zostanie „profesjonalnie wyczyszczony” i że nie muszę nic robić sam. Uwierzyłem.

Wczoraj napisał do mnie na Messengerze obcy człowiek. Kupił ten telefon jako „odnowiony” w Państwa sklepie internetowym i znalazł na nim moje zdjęcia, kontakty i zalogowanego WhatsAppa. Przesłał mi zrzut ekranu na dowód.

To jest zwyczajny wyciek danych. Oczekuję wyjaśnienia, jak do tego doszło, ilu jeszcze klientów to dotyczy i czy zgłosili Państwo incydent do organu nadzorczego. Jeśli nie dostanę rzetelnej odpowiedzi w ciągu tygodnia, sam złożę skargę do belgijskiego urzędu ochrony danych.

Paweł Mazur""",
         "Paweł Mazur"),
        ("correction", (),
         "akcja serwisowa czajnika - zły adres",
         """Dzień dobry,

dostałam list w sprawie wycofania czajnika elektrycznego (ten z pękającą podstawą), ale przyszedł na mój stary adres w Leuven. Na szczęście dawna sąsiadka mi go przekazała.

Od dwóch lat mieszkam pod adresem:
Kortrijksesteenweg 112, 9000 Gent

Proszę poprawić adres w moich danych klienta, żeby kolejne pisma trafiały już tutaj. Przy okazji: nazwisko piszę się Wiśniewska, przez „ś”, a w liście było „Wisniewska”.

Dziękuję,
Joanna Wiśniewska""",
         "Joanna Wiśniewska"),
        ("other", (),
         "Status naprawy telefonu",
         """Dzień dobry,

14 października oddałem telefon do wymiany ekranu (zlecenie RS-2026-09120). Minęły prawie trzy tygodnie, a w systemie śledzenia napraw wciąż widzę status „diagnostyka”. Czy wiadomo, kiedy telefon będzie gotowy do odbioru?

Kopię zapasową mam w chmurze, więc jeśli trzeba będzie wyczyścić telefon i przywrócić ustawienia fabryczne, to nie ma problemu.

Pozdrawiam
Krzysztof Wójcik""",
         "Krzysztof Wójcik"),
        ("other", (),
         "Jak odłączyć dzwonek od konta przed sprzedażą?",
         """Hej,
sprzedaję wideodzwonek DoorView 2 (kupiony u Was w zeszłym roku), bo montujemy domofon. Jak go poprawnie zresetować i usunąć z mojego konta w aplikacji, żeby kupujący mógł go dodać u siebie? W instrukcji jest tylko o przycisku reset, nic o aplikacji.
Dzięki!
Magda""",
         "Magdalena Kowalczyk"),
        ("other", (),
         "Czy mój blender jest objęty akcją wycofania?",
         """Dzień dobry,

przeczytałam na Państwa stronie o wycofaniu blenderów ręcznych z powodu ryzyka przegrzania. Mój ma na spodzie numer partii 2411-B i został kupiony w sklepie w Brugii w lutym 2025. Czy to jest ta partia, której dotyczy akcja? Jeśli tak, to czy mogę oddać go w sklepie, czy trzeba odesłać kurierem?

Pozdrawiam serdecznie
Barbara Kamińska""",
         "Barbara Kamińska"),
    ],
    "cs": [
        ("access", (),
         "Záznamy z video zvonku - co u vás je uložené?",
         """Dobrý den,

loni jsem si u vás koupil video zvonek DoorView 2 s předplatným cloudového úložiště. Po jedné nepříjemné debatě se sousedy mi došlo, že vlastně nevím, co všechno se z něj ukládá.

Prosím o sdělení, jaké záznamy (video, zvuk, snímky obličejů?) máte k mému účtu uložené, jak dlouho je uchováváte, kde jsou fyzicky uložené a kdo další k nim má přístup – výrobce, poskytovatel cloudu, někdo jiný? Zároveň bych rád dostal kopii údajů, které o mně v souvislosti se zvonkem vedete.

Děkuji a přeji hezký den
Jiří Dvořák""",
         "Jiří Dvořák"),
        ("deletion", ("withdraw_consent",),
         "Zrušení účtu - termostat zůstal v prodaném bytě",
         """Dobrý den,

prodala jsem byt v Bruselu a chytrý termostat ThermoSmart v něm zůstal novým majitelům. Zrušte prosím můj účet v aplikaci a smažte i celou historii teplot a časových plánů, ze kterých se dá vyčíst, kdy jsme byli doma a kdy ne. Termostat ať si noví majitelé zaregistrují sami.

A už mi prosím neposílejte e-maily s „tipy na úsporu energie“ a novinkami o aktualizacích firmwaru.

Děkuji,
Lucie Procházková""",
         "Lucie Procházková"),
        ("correction", (),
         "chybné datum narození v registraci záruky",
         """Dobrý den,

při registraci prodloužené záruky na myčku (objednávka 2026-118430) mi v systému zůstalo špatné datum narození – 14. 3. 1987 místo 14. 3. 1978. Asi jsem se přepsal já, ale v profilu to změnit nejde. Opravte to prosím, ať pak při reklamaci nejsou problémy s ověřením totožnosti.

A telefon už mám nový: +32 472 55 18 09.

Díky
Petr Svoboda""",
         "Petr Svoboda"),
        ("portability", ("access",),
         "Export záznamů z dětské chůvičky",
         """Dobrý den,

máme od vás kamerovou chůvičku BabyView s cloudem. Chceme přejít na jiný systém a rádi bychom si odnesli všechno, co se za poslední rok nahrálo – videa (ideálně v MP4) a přehled událostí jako pláč, pohyb a teplota v pokoji v nějakém souboru, který jde otevřít jinde (CSV, JSON…). V aplikaci jde stahovat jen po jednom klipu, a těch jsou stovky.

Zároveň nám prosím napište, co dalšího o nás a o dítěti z chůvičky ukládáte a komu to případně předáváte.

Děkuji,
Tereza Veselá""",
         "Tereza Veselá"),
        ("restriction", (),
         "Protokol z návštěvy technika - rozporuji, nepoužívejte ho",
         """Dobrý den,

dne 21. 10. u nás byl váš technik kvůli nefunkční indukční desce (zakázka S-55102). Do protokolu zapsal, že deska byla „neodborně zapojena zákazníkem“. To není pravda, zapojení dělal elektrikář s revizí a mám na to doklad.

Než se to vyjasní, žádám, abyste tento protokol nikam nepředávali – hlavně ne výrobci ani pojišťovně jako důvod pro zamítnutí reklamace – a nijak ho nepoužívali. Revizní zprávu vám rád pošlu.

S pozdravem
Martin Černý""",
         "Martin Černý"),
        ("objection", (),
         "Nesouhlas s odesíláním dat z vysavače",
         """Dobrý den,

v nastavení aplikace k robotickému vysavači jsem si všimla, že zařízení posílá „anonymní údaje o používání za účelem zlepšování produktu“. Když se podívám podrobněji, jde o časy úklidu, velikost a rozložení místností a o to, kdy je kdo doma. To mi nepřijde moc anonymní.

Přepínač na vypnutí v aplikaci chybí. Nesouhlasím s tím, abyste tyto údaje dál shromažďovali a používali k analýzám, a vznáším proti tomu námitku. Vysavač chci dál používat normálně, jen bez toho odesílání.

Hana Novotná""",
         "Hana Novotná"),
        ("complaint", ("deletion",),
         "Stížnost: staré záznamy z kamery po zrušení účtu",
         """Dobrý den,

v červnu jsem zrušil účet ve vaší aplikaci SecureCam a dostal jsem potvrzení, že „všechny údaje byly odstraněny“. Teď jsem si koupil novou kameru, zaregistroval se znovu na stejný e-mail – a v archivu vidím záznamy z našeho obýváku z loňského léta. Včetně dětí.

Takže jste nic nesmazali, jen jste mi tvrdili opak. Považuji to za vážné porušení a chci vědět, jak je to možné. Žádám okamžité a skutečné smazání všech starých záznamů a písemné potvrzení. Pokud se to bude opakovat, obrátím se na úřad pro ochranu osobních údajů.

Ondřej Kučera""",
         "Ondřej Kučera"),
        ("other", (),
         "Reklamace - prasklý displej tabletu",
         """Dobrý den,

tablet TabOne 10 koupený u vás v dubnu (objednávka 2026-090217) má od minulého týdne prasklý displej. Nepadl mi, prasklina se objevila sama od rohu, když byl v nabíječce. Vztahuje se na to záruka? A mám ho přinést do prodejny, nebo ho poslat?

Žádná důležitá data v něm nemám, klidně ho můžete resetovat.

S pozdravem
Jana Marešová""",
         "Jana Marešová"),
        ("other", (),
         "kamera se nepřipojí k wifi",
         """Ahoj,
po výměně routeru se mi venkovní kamera nechce připojit k nové wifi. Dělal jsem reset tlačítkem asi desetkrát, dioda bliká modře a aplikace pořád píše „zařízení nenalezeno“. Záznamy z minulého týdne v aplikaci vidím, takže účet funguje. Nevíte, co s tím?
Díky, Radek""",
         "Radek Pospíšil"),
        ("other", (),
         "Smažou se mi při opravě fotky?",
         """Dobrý den,

potřebuji dát do opravy telefon (nefunguje nabíjecí konektor). Na webu píšete, že při opravě „může dojít ke ztrátě dat“. Znamená to, že telefon vždycky resetujete? Mám v něm fotky z dovolené, které nemám zálohované, a zálohu teď udělat nemůžu, když se telefon nenabíjí. Dá se nějak domluvit, aby technik telefon nemazal?

Děkuji za radu
Eva Horáková""",
         "Eva Horáková"),
    ],
    "hr": [
        ("access", (),
         "Što piše u servisnom nalogu o meni?",
         """Poštovani,

prošli mjesec predala sam mobitel na popravak u vašoj trgovini u Bruxellesu (servisni nalog SN-40712). Kod preuzimanja mi je serviser rekao da je „sve zabilježeno u sustavu“, uključujući i šifru za otključavanje koju su tražili na obrascu.

Molim vas da mi pošaljete sve podatke koje o meni i mom uređaju vodite u vezi s tim popravkom: što je serviser zapisao, je li šifra još uvijek spremljena, tko je imao uvid u nalog te koliko dugo to čuvate.

Lijep pozdrav,
Marija Horvat""",
         "Marija Horvat"),
        ("deletion", (),
         "fotografije iz kuhinje",
         """Dobar dan,

vaš serviser je 3. studenoga bio kod nas zbog perilice posuđa i fotografirao je cijelu kuhinju mobitelom, „za izvještaj“. Na fotografijama se vidi i hodnik, obiteljske slike na zidu i kalendar s našim obavezama.

Perilica je popravljena i sve je u redu, pa molim da se te fotografije obrišu iz vašeg sustava (i s mobitela servisera, ako su još tamo). Za račun vam ne trebaju.

Hvala,
Dario Kovačević""",
         "Dario Kovačević"),
        ("withdraw_consent", (),
         "Odjava",
         """Pozdrav,
molim vas da mi više ne šaljete mailove sa „savjetima za vaš uređaj“ ni obavijesti o novom firmwareu. Ažuriranja mi se ionako instaliraju sama. Isto vrijedi i za SMS-ove.
Hvala,
Ivana""",
         "Ivana Babić"),
        ("complaint", (),
         "Prigovor - serviser je pregledavao moje fotografije",
         """Poštovani,

25. listopada predala sam laptop na servis zbog tipkovnice (nalog SN-41088). Kod kuće sam primijetila da su u popisu nedavno otvorenih datoteka privatne fotografije s mog vjenčanja i nekoliko skeniranih dokumenata, otvorene 27. listopada, dok je laptop bio kod vas. Tipkovnica nema nikakve veze s mojim fotografijama.

Smatram da je to ozbiljna povreda moje privatnosti. Želim znati tko je otvarao te datoteke i zašto te koje ćete mjere poduzeti. Ako ne dobijem odgovor, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka.

S poštovanjem,
Ana Jurić""",
         "Ana Jurić"),
        ("objection", ("deletion",),
         "Ponude nakon popravka",
         """Dobar dan,

nakon što sam dao hladnjak na popravak, počeo sam dobivati ponude tipa „Vaš uređaj je star 9 godina – vrijeme je za novi!“ s popustom na nove hladnjake. Očito koristite podatke iz servisa za reklame.

Ne slažem se s tim da se podaci o mojim popravcima koriste za ciljane ponude i protivim se toj obradi. Osim toga, molim da izbrišete ono što vam od servisa više ne treba (nalog je zatvoren još u rujnu).

Pozdrav,
Stjepan Marković""",
         "Stjepan Marković"),
        ("portability", (),
         "Izvoz podataka s termostata",
         """Poštovani,

četiri godine koristimo vaš pametni termostat ThermoSmart. Sada prelazimo na dizalicu topline drugog proizvođača koja ima svoj sustav. Htio bih zadržati povijest temperatura i potrošnje jer mi pomaže usporediti potrošnju prije i poslije.

Možete li mi poslati sve te podatke u strojno čitljivom obliku (CSV ili JSON)? Ako ih možete izravno prenijeti novom proizvođaču, još bolje, ali dovoljna mi je i datoteka.

Unaprijed hvala,
Tomislav Novak""",
         "Tomislav Novak"),
        ("restriction", ("access",),
         "HITNO: ne brišite snimke kamere od 28.10.",
         """Dobar dan,

u noći s 28. na 29. listopada netko nam je provalio u garažu. Vanjska kamera (račun glasi na mene) trebala je to snimiti, ali u aplikaciji piše da se snimke automatski brišu nakon 7 dana, a policija će ih doći preuzeti tek sljedeći tjedan.

Molim vas da snimke s te kamere od 28. i 29. listopada sačuvate i ne brišete dok ih policija ne preuzme te da ih u međuvremenu ne koristite ni za što drugo. Također mi javite koje sve snimke iz te noći uopće imate, jer u aplikaciji vidim samo dvije kratke.

Hvala!
Petra Knežević""",
         "Petra Knežević"),
        ("other", (),
         "Grijalica - je li moja serija povučena?",
         """Dobar dan,
u novinama sam pročitao da povlačite uljne radijatore zbog termostata koji se pregrijava. Moj je model OH-2000, serijski broj počinje s 2309, kupljen u vašoj trgovini u Liègeu prije dvije zime. Je li i on u toj seriji? Ne bih ga palio dok ne znam.
Hvala,
Zoran Pavlović""",
         "Zoran Pavlović"),
        ("other", (),
         "Robot usisavač je izbrisao kartu",
         """Pozdrav,

nakon zadnjeg ažuriranja moj robot usisavač je „zaboravio“ kartu stana – izbrisane su sve sobe i zabranjene zone i sad uporno ulazi pod kauč, gdje zapne. Jesam li nešto krivo napravila ili je to poznata greška? Mogu li vratiti staru kartu ili moram sve ponovno snimati?

Hvala na pomoći,
Nikolina Vuković""",
         "Nikolina Vuković"),
        ("other", (),
         "Otkup starog laptopa",
         """Poštovani,

zanima me koliko biste dali za moj stari laptop (ThinkBook 14 iz 2021., ispravan, baterija malo slabija) u sklopu akcije otkupa. Moram li ga prije donošenja sam obrisati i vratiti na tvorničke postavke ili to radite vi? I trebam li donijeti originalni punjač?

Lijep pozdrav,
Goran Šimić""",
         "Goran Šimić"),
    ],
    "sv": [
        ("access", ("portability",),
         "Vilka uppgifter sparar robotdammsugaren?",
         """Hej,

Jag har haft en av era robotdammsugare (CleanBot S5) i två år. Nu när jag läst om tillverkare som säljer kartor över folks hem undrar jag vad ni faktiskt har om oss.

Kan ni berätta vilka uppgifter som sparas – kartan över lägenheten, rumsnamn, städtider, bilder från kameran? – hur länge de sparas och om de delas med någon? Jag vill också gärna få ut alltihop i en fil som går att öppna och använda (JSON eller liknande), så att jag kan ta med mig kartan om jag byter märke.

Tack på förhand!
Linnea Bergström""",
         "Linnea Bergström"),
        ("deletion", (),
         "Gamla hårddisken från min laptop",
         """Hej,

När ni bytte hårddisk i min laptop i september (serviceärende 2026-5521) fick jag veta att den gamla disken ”stannar hos er”. Den innehåller hela mitt liv: deklarationer, jobbmejl, bilder.

Jag vill att ni raderar eller fysiskt förstör den disken och att eventuella kopior från felsökningen tas bort. Skicka gärna en bekräftelse när det är gjort.

Vänliga hälsningar
Johan Lindqvist""",
         "Johan Lindqvist"),
        ("correction", (),
         "Nytt efternamn och ny mejladress - garantiregistrering",
         """Hej!

Jag har gift mig och heter numera Sara Ekström (tidigare Holm). Min garantiregistrering för diskmaskinen och kylskåpet står fortfarande på mitt gamla namn och på en gammal jobbmejl som jag inte längre kommer åt.

Kan ni uppdatera namnet och ändra mejladressen till den här, så att jag får kallelser och eventuella återkallelser? Kundkortsnummer: 6029 4411 8802.

Tack!
Sara Ekström""",
         "Sara Ekström"),
        ("restriction", (),
         "Radera inte servicerapporten - försäkringsärende pågår",
         """Hej,

Er tekniker var hemma hos oss den 12 oktober efter att diskmaskinen läckt och förstört köksgolvet. Han tog bilder och skrev en rapport om orsaken (trasig slang).

Vi har ett pågående ärende hos vårt hemförsäkringsbolag och de kan komma att begära rapporten. I kundportalen står det att servicedokument raderas 30 dagar efter avslutat ärende. Jag ber er att inte radera rapporten och bilderna så länge försäkringsärendet pågår, och att inte använda dem till något annat under tiden. Jag hör av mig när ärendet är avslutat.

Med vänlig hälsning
Anders Nyström""",
         "Anders Nyström"),
        ("objection", (),
         "Invändning mot att ni använder mina vågdata",
         """Hej,

Jag använder er smarta våg och har märkt att jag får erbjudanden på ”viktminskningsprodukter” och proteinpulver precis efter att jag gått upp några kilo. Det är alltså mina mätvärden som styr vilken reklam jag får.

Jag invänder mot att ni använder mina mätningar till profilering och riktad marknadsföring. Vågen och appen vill jag fortsätta använda, men mätvärdena ska bara användas till att visa mig min egen kurva.

Mvh
Karin Sjöberg""",
         "Karin Sjöberg"),
        ("withdraw_consent", (),
         "sluta skicka produkttips",
         """Hej. Jag vill inte ha fler mejl av typen ”Få ut mer av din termostat”. Ta bort mig från det utskicket, och stäng av pushnotiserna med erbjudanden i appen också om det går från ert håll. Själva appen använder jag fortfarande.
/Erik""",
         "Erik Johansson"),
        ("complaint", ("deletion",),
         "Min upplåsningskod satt på en lapp på telefonen",
         """Hej,

När jag lämnade in min telefon på reparation i er butik i Bryssel krävde formuläret att jag skrev upp min upplåsningskod. Jag tyckte redan då att det var konstigt, men gjorde det. När jag hämtade telefonen satt koden på en post-it-lapp på baksidan, fullt synlig för vem som helst i butiken och på verkstaden.

Det här är en helt oacceptabel hantering av personuppgifter och jag vill att det registreras som ett formellt klagomål. Jag vill också att ni raderar koden från reparationsformuläret och ur alla era system.

Maria Lundgren""",
         "Maria Lundgren"),
        ("other", (),
         "Hur går det med reparationen?",
         """Hej!
Lämnade in min kaffemaskin för drygt tre veckor sedan (serviceärende 2026-5870) och har inte hört något sedan dess. Vet ni när den kommer tillbaka? Saknar mitt morgonkaffe ;)
Hälsningar
Peter Holmberg""",
         "Peter Holmberg"),
        ("other", (),
         "Återställa babyvakten innan jag säljer den",
         """Hej,

Barnen är stora nu och jag tänkte sälja vår babyvakt (BabyView) begagnad. Hur återställer jag den helt, så att inga inspelningar eller wifi-lösenord ligger kvar i själva enheten, och hur tar jag bort den från mitt konto i appen så att köparen kan lägga till den? Finns det en guide någonstans?

Tack,
Emma Nilsson""",
         "Emma Nilsson"),
        ("other", (),
         "Garanti på sprucket klockglas?",
         """Hej,

Glaset på min smarta klocka (köpt hos er i maj, order 2026-104551) har fått en spricka tvärs över, utan att jag har slagit i den vad jag vet. Gäller garantin för det? Klockan fungerar annars, all träningsdata synkas som vanligt till appen.

Vänligen
Oskar Andersson""",
         "Oskar Andersson"),
    ],
    "ro": [
        ("access", (),
         "Ce date au ajuns la producător odată cu laptopul?",
         """Bună ziua,

Pe 2 octombrie am predat laptopul în magazinul dumneavoastră din Bruxelles pentru o reparație în garanție (fișa de service nr. SV-77314). Ulterior mi s-a spus că a fost trimis la producător, la un centru de reparații din afara UE.

Aș dori să știu ce date personale ale mele au fost transmise împreună cu laptopul (nume, adresă, telefon, parola trecută pe formular?), cui anume și în ce țară, și dacă cineva a avut acces la fișierele de pe disc. Vă rog, de asemenea, să-mi trimiteți o copie a datelor pe care le aveți despre mine în legătură cu această reparație.

Cu stimă,
Andreea Popescu""",
         "Andreea Popescu"),
        ("deletion", ("objection",),
         "Datele de utilizare trimise de cameră",
         """Bună ziua,

Am citit în politica aplicației SecureCam că „se colectează date de utilizare pentru îmbunătățirea produsului”: câte ore e pornită camera, când detectează mișcare, de câte ori deschid aplicația etc.

Vă rog să ștergeți toate datele de acest fel colectate până acum de la camera mea. Pe viitor nu sunt de acord ca ele să fie folosite pentru analize și mă opun acestei prelucrări. Camera vreau s-o folosesc în continuare, dar doar pentru înregistrări.

Mulțumesc,
Mihai Ionescu""",
         "Mihai Ionescu"),
        ("portability", (),
         "Înregistrările de la sonerie - într-un fișier, la noul furnizor",
         """Bună ziua,

Trecem de la soneria video DoorView la sistemul unei alte firme de securitate, HomeGuard. Aș vrea ca toate înregistrările salvate în contul meu (clipurile video și lista evenimentelor cu data și ora) să-mi fie date într-un format pe care îl pot folosi și în altă parte, de exemplu MP4 plus un fișier CSV. Dacă se poate, trimiteți-le direct la HomeGuard; vă pot da datele de contact ale tehnicianului lor.

Vă mulțumesc anticipat,
Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("correction", (),
         "Produs rechemat - vă rog să-l treceți pe numele meu",
         """Bună ziua,

Anul trecut am cumpărat la mâna a doua un uscător de rufe care fusese cumpărat inițial de la dumneavoastră. Zilele trecute am aflat de la fostul proprietar că ați trimis o scrisoare de rechemare pentru acest model, pe numele și adresa lui.

Vă rog să actualizați înregistrarea produsului (număr de serie DR8-2291-0457) cu datele mele, ca informările de siguranță să ajungă la mine:
Gabriel Stan
Rue de la Loi 40, 1040 Etterbeek
tel. 0486 21 33 70

Mulțumesc,
Gabriel Stan""",
         "Gabriel Stan"),
        ("withdraw_consent", (),
         "Doar rechemarea, nimic altceva",
         """Bună ziua,

Am primit scrisoarea despre rechemarea prăjitorului de pâine și vă mulțumesc că m-ați anunțat. Vreau să fiu informată în continuare despre rechemare și despre alte probleme de siguranță ale produselor mele, dar nimic altceva: fără newsletter, fără oferte, fără SMS-uri promoționale. Vă rog să mă scoateți de pe toate listele de marketing.

O zi bună,
Elena Georgescu""",
         "Elena Georgescu"),
        ("complaint", (),
         "A doua solicitare - fără niciun răspuns",
         """Bună ziua,

Pe 18 septembrie v-am scris la această adresă și am cerut ștergerea înregistrărilor din contul meu de la camera pentru bebeluși, după ce am renunțat la ea. Am primit doar un răspuns automat cu un număr de tichet (#20260918-4471) și de atunci nimic, deși au trecut mai mult de șase săptămâni, iar termenul legal este de o lună.

Vă rog să-mi spuneți în ce stadiu este cererea mea. Dacă nu primesc un răspuns concret în zilele următoare, voi depune o plângere la autoritatea belgiană pentru protecția datelor.

Alexandru Munteanu""",
         "Alexandru Munteanu"),
        ("restriction", (),
         "Măsurători care nu sunt ale mele în aplicația cântarului",
         """Bună ziua,

De vreo două săptămâni, în istoricul meu din aplicația cântarului inteligent apar măsurători care clar nu sunt ale mele (62 kg, eu am 91). Bănuiesc că un alt utilizator a fost legat greșit de contul meu sau invers.

Până lămuriți ce s-a întâmplat, vă rog să nu mai folosiți datele din contul meu pentru nimic – nici pentru recomandări, nici pentru statistici și nici să nu le trimiteți altcuiva –, dar nici să nu le ștergeți, vreau să vedem împreună de unde vin.

Mulțumesc,
Radu Constantinescu""",
         "Radu Constantinescu"),
        ("other", (),
         "Camera nu mai înregistrează",
         """Bună,
camera de exterior luată de la voi în august nu mai face înregistrări de vreo trei zile. În aplicație apare „offline”, deși wifi-ul merge. Am făcut reset de două ori, am șters-o din cont și am adăugat-o din nou, tot nimic. Ce aș mai putea încerca? Sau s-o aduc la service?
Mulțumesc,
Ioana""",
         "Ioana Marin"),
        ("other", (),
         "Garanție ecran spart telefon",
         """Bună ziua,

Telefonul cumpărat de la dumneavoastră în martie (comanda 2026-077120) are ecranul crăpat. Știu că nu e defect de fabricație, l-am scăpat pe jos, dar atunci am luat și „protecția extinsă”. Acoperă și asta? Ce documente trebuie să aduc?

Vă mulțumesc,
Florin Dinu""",
         "Florin Dinu"),
        ("other", (),
         "Adaptorul de la monitorul pentru bebeluși - rechemare",
         """Bună ziua,

Am văzut anunțul despre rechemarea adaptoarelor de alimentare pentru monitoarele BabyView. Pe adaptorul nostru scrie „Lot 25-07”. Este printre cele afectate? Dacă da, primim unul nou prin poștă sau trebuie să venim în magazin? Monitorul îl folosim în fiecare noapte, așa că nu prea putem sta fără el.

Mulțumim,
Diana Stoica""",
         "Diana Stoica"),
    ],
    "el": [
        ("access", (),
         "Ποιες εγγραφές κρατάτε από την κάμερα του μωρού;",
         """Καλησπέρα σας,

Εδώ και ενάμιση χρόνο έχουμε από το κατάστημά σας την ενδοεπικοινωνία μωρού με κάμερα BabyView. Θα ήθελα να μάθω ποιες εγγραφές (βίντεο, ήχος, ειδοποιήσεις κλάματος) αποθηκεύονται στους διακομιστές σας, για πόσο διάστημα, σε ποια χώρα και ποιος έχει πρόσβαση σε αυτές. Θα ήθελα επίσης ένα αντίγραφο των προσωπικών δεδομένων που τηρείτε για εμάς μέσω του λογαριασμού.

Ευχαριστώ εκ των προτέρων,
Ελένη Παπαδοπούλου""",
         "Ελένη Παπαδοπούλου"),
        ("deletion", (),
         "Διαγραφή λογαριασμού - πούλησα τη σκούπα",
         """Γεια σας,

Πούλησα τη ρομποτική μου σκούπα σε έναν γνωστό. Παρακαλώ διαγράψτε τον λογαριασμό μου στην εφαρμογή μαζί με τον χάρτη του σπιτιού και το ιστορικό καθαρισμού. Δεν θέλω να μείνει τίποτα από το παλιό μου διαμέρισμα στα συστήματά σας.

Ευχαριστώ,
Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),
        ("objection", (),
         "Τηλεφωνήματα από ασφαλιστική εταιρεία",
         """Καλημέρα,

Από τότε που δήλωσα την εγγύηση του πλυντηρίου στη σελίδα σας, με παίρνει τηλέφωνο σχεδόν κάθε εβδομάδα μια ασφαλιστική για «επέκταση εγγύησης». Μου είπαν ότι πήραν τα στοιχεία μου από εσάς, ως «συνεργαζόμενο κατάστημα».

Αντιτίθεμαι στη διαβίβαση των στοιχείων μου σε συνεργάτες για διαφημιστικούς σκοπούς. Τα στοιχεία τα έδωσα για την εγγύηση, όχι για να με πουλάτε.

Δημήτρης Αντωνίου""",
         "Δημήτρης Αντωνίου"),
        ("withdraw_consent", ("objection",),
         "Όχι άλλα email με «συμβουλές»",
         """Γεια σας,

Σας παρακαλώ να σταματήσετε να μου στέλνετε τα email «Συμβουλές για τον θερμοστάτη σας» και το ενημερωτικό για το firmware. Δεν τα άνοιξα ποτέ.

Επίσης, βλέπω στην εφαρμογή «προτάσεις προϊόντων βάσει της χρήσης σας». Δεν θέλω να αναλύετε πότε ανάβω τη θέρμανση για να μου προτείνετε προϊόντα. Παρακαλώ σταματήστε το.

Ευχαριστώ,
Κατερίνα Βλάχου""",
         "Κατερίνα Βλάχου"),
        ("complaint", ("access",),
         "Παράπονο για την επίσκεψη του τεχνικού",
         """Κύριοι,

Στις 16 Οκτωβρίου ήρθε στο σπίτι μας τεχνικός σας για τον φούρνο (αίτημα σέρβις 88341). Ενώ η βλάβη ήταν στην κουζίνα, τον είδα να φωτογραφίζει με το κινητό του και το σαλόνι, όπου είναι οι οικογενειακές μας φωτογραφίες και το γραφείο μου με έγγραφα πάνω. Όταν τον ρώτησα, μου είπε ότι «έτσι γίνεται πάντα».

Θεωρώ απαράδεκτη αυτή τη συμπεριφορά και υποβάλλω επίσημο παράπονο. Θέλω επίσης να μάθω ποιες φωτογραφίες και σημειώσεις από την επίσκεψη έχουν αποθηκευτεί στο σύστημά σας και ποιος τις έχει δει.

Με εκτίμηση,
Γιώργος Καραγιάννης""",
         "Γιώργος Καραγιάννης"),
        ("correction", ("withdraw_consent",),
         "Λάθος email για την ανάκληση",
         """Καλησπέρα,

Έμαθα τυχαία από μια φίλη ότι ανακαλείτε το μοντέλο αερόθερμου που έχω. Σε μένα δεν ήρθε τίποτα, γιατί στον λογαριασμό μου έχετε ακόμα το παλιό μου email στο hotmail, που δεν το χρησιμοποιώ χρόνια. Παρακαλώ αλλάξτε το με αυτό από το οποίο σας γράφω.

Και κάτι ακόμα: στο νέο email θέλω μόνο τα σημαντικά (ανακλήσεις, εγγύηση). Τα διαφημιστικά newsletter μη μου τα στέλνετε πια.

Σοφία Δημητρίου""",
         "Σοφία Δημητρίου"),
        ("portability", (),
         "Εξαγωγή μετρήσεων ζυγαριάς σε αρχείο",
         """Καλημέρα σας,

Χρησιμοποιώ την έξυπνη ζυγαριά σας από το 2021. Τώρα συνεργάζομαι με διατροφολόγο που δουλεύει με άλλη εφαρμογή και θέλω να μεταφέρω εκεί όλο το ιστορικό μου (βάρος, λίπος, μυϊκή μάζα, ημερομηνίες). Μπορείτε να μου στείλετε όλες τις μετρήσεις σε αρχείο CSV ή JSON, ώστε να τις εισαγάγω εκεί;

Ευχαριστώ πολύ,
Αλέξανδρος Μιχαηλίδης""",
         "Αλέξανδρος Μιχαηλίδης"),
        ("other", (),
         "Πότε θα είναι έτοιμο το λάπτοπ;",
         """Γεια σας,
έφερα το λάπτοπ για αλλαγή μπαταρίας στις 20/10 (δελτίο SV-78102). Μου είπαν 7-10 εργάσιμες και έχουν περάσει πάνω από δύο εβδομάδες. Υπάρχει κάποια ενημέρωση; Το χρειάζομαι για τη δουλειά.
Ευχαριστώ,
Βασίλης Οικονόμου""",
         "Βασίλης Οικονόμου"),
        ("other", (),
         "Πώς κάνω επαναφορά το κουδούνι πριν το πουλήσω;",
         """Καλησπέρα,
μετακομίζουμε και θέλω να πουλήσω το κουδούνι με κάμερα DoorView. Πώς γίνεται πλήρης επαναφορά εργοστασιακών ρυθμίσεων, ώστε να σβηστούν οι ρυθμίσεις του wifi και να μπορεί ο νέος ιδιοκτήτης να το συνδέσει στον δικό του λογαριασμό; Χρειάζεται να αφαιρέσω πρώτα τη συσκευή από την εφαρμογή;
Ευχαριστώ,
Μαρία""",
         "Μαρία Κωνσταντίνου"),
        ("other", (),
         "Εγγύηση - ραγισμένη οθόνη tablet",
         """Καλημέρα,

Το tablet που αγόρασα από το ηλεκτρονικό σας κατάστημα τον Ιούνιο (παραγγελία 2026-098803) ράγισε στη γωνία χωρίς να έχει πέσει. Καλύπτεται από την εγγύηση; Πρέπει να το φέρω σε κατάστημα ή να το στείλω;

Έχω ήδη κρατήσει αντίγραφο ασφαλείας των δεδομένων μου, οπότε αν χρειαστεί να το μηδενίσετε, δεν υπάρχει πρόβλημα.

Πέτρος Αθανασίου""",
         "Πέτρος Αθανασίου"),
    ],
    "bg": [
        ("access", ("correction",),
         "Какво пазите за мен от ремонта + грешен телефон",
         """Здравейте,

През септември пералнята ми беше ремонтирана от ваш техник у дома (сервизна поръчка SR-30418). Бих искала да знам какви лични данни имате за мен във връзка с този ремонт – какво е записал техникът, има ли снимки от жилището, на кого сте ги предали (на производителя?) и колко време ги пазите. Моля, изпратете ми копие.

Междувременно забелязах, че в профила ми телефонният номер е грешен – последните две цифри са разменени. Правилният е 0478 12 34 56. Моля, поправете го.

Поздрави,
Мария Иванова""",
         "Мария Иванова"),
        ("deletion", (),
         "Изтриване на данните от стария ми телефон",
         """Здравейте,

На 5 октомври предадох стария си телефон в магазина ви в Брюксел по програмата за изкупуване. Бързах и не успях да го нулирам сам. Служителят каза, че „после ще го изчистят“.

Моля, изтрийте всички мои данни от този телефон – снимки, контакти, акаунти – преди да бъде продаден или даден на някого, и ми потвърдете, че е направено. Ако при оценката сте направили и копие на данните, изтрийте и него.

Благодаря,
Георги Петров""",
         "Георги Петров"),
        ("restriction", (),
         "Моля, засега НЕ изтривайте профила ми",
         """Здравейте,

Миналата седмица ви писах да изтриете профила ми. Оказа се обаче, че гаранцията на хладилника е свързана с него, а тъкмо подадох рекламация (номер RC-2026-1187), защото компресорът отказа.

Затова ви моля засега да не изтривате нищо, докато рекламацията не приключи. През това време обаче не използвайте данните ми за нищо друго освен за рекламацията. Ще ви пиша, когато всичко свърши.

Поздрави,
Иван Димитров""",
         "Иван Димитров"),
        ("objection", ("deletion",),
         "Възражение срещу „данни за подобряване на продукта“",
         """Здравейте,

Смарт климатикът, който купих от вас, изпраща данни „за подобряване на продукта“ – кога го пускам, на каква температура, колко време стои включен. Не искам тези данни да се събират и анализират и възразявам срещу това обработване.

Моля, изтрийте и събраното досега.

Стефан Николов""",
         "Стефан Николов"),
        ("withdraw_consent", (),
         "спрете известията",
         """Здравейте, не искам повече push известия и SMS-и с оферти от приложението за прахосмукачката. Известията за самия уред (пълен контейнер, заседнала е и т.н.) са ок. Благодаря.
Десислава""",
         "Десислава Георгиева"),
        ("complaint", (),
         "В приложението виждам чужда детска стая!",
         """Здравейте,

Тази сутрин отворих приложението на бебефона BabyView и в списъка с камери се появи втора камера, която не е наша. Вижда се детско креватче, чуждо дете и майка му, която го приспива. Значи и някой друг може да вижда нашата камера.

Това е тежко нарушение на сигурността и на личния ни живот. Изключих камерата от контакта. Искам незабавно обяснение какво се е случило, колко семейства са засегнати и какво правите по въпроса. Ако не получа отговор днес, подавам сигнал до органа за защита на личните данни.

Виктория Стоянова""",
         "Виктория Стоянова"),
        ("portability", (),
         "Данните от гривната във файл",
         """Здравейте,

Ползвам вашата фитнес гривна FitBand от три години и сега минавам на Garmin. Искам да си взема цялата история – пулс, сън, стъпки, тренировки – във файл, който мога да импортирам в новото приложение (CSV, JSON или GPX за тренировките). В приложението ви няма такава опция. Можете ли да ми ги изпратите?

Благодаря предварително,
Николай Христов""",
         "Николай Христов"),
        ("other", (),
         "Гаранционен ремонт - мигащ екран на лаптоп",
         """Здравейте,
екранът на лаптопа ми (купен от вас през януари) започна да мига и вече има вертикална черна линия. Не е удрян. Покрива ли се от гаранцията и колко време отнема ремонтът? Трябва ли да изтрия данните си, преди да го донеса, или не е нужно?
Поздрави,
Петя Ангелова""",
         "Петя Ангелова"),
        ("other", (),
         "Звънецът не записва",
         """Здравейте, от вчера видеозвънецът спря да прави записи при движение. На живо картина има, но в историята няма нищо ново. Абонаментът ми е платен до март. Да не е от новия фърмуер? Какво да направя?
Благодаря,
Красимир Василев""",
         "Красимир Василев"),
        ("other", (),
         "Изтегляне от пазара - засегнат ли е моят сешоар?",
         """Добър ден,

Получих имейл, че изтегляте от пазара някои сешоари заради прегряване. Моят е модел HD-220, партида 2502. От засегнатите ли е? И трябва ли да го нося в магазина, или ще пратите куриер?

Благодаря,
Цветана Колева""",
         "Цветана Колева"),
    ],
}

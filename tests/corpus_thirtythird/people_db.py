"""Thirty-third set, people's mail about the shop's app, loyalty card, stores and lockers (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtythird.py)."""

PEOPLE_DB = {
    "pl": [
        ("access", (),
         "Wniosek o dostęp do danych (art. 15 RODO) – karta lojalnościowa",
         """Dzień dobry,

na podstawie art. 15 RODO zwracam się z prośbą o udostępnienie kopii moich danych osobowych przetwarzanych w związku z kartą stałego klienta nr 2400 3318 0927 oraz kontem w Państwa aplikacji mobilnej (login: m.wrobel84@gmail.com).

W szczególności proszę o:
1. pełną historię zakupów przypisanych do karty wraz z historią naliczonych i wykorzystanych punktów,
2. informację, jakie dane aplikacja przekazuje podmiotom trzecim (np. dostawcom analityki, sieciom reklamowym) i którym konkretnie firmom,
3. informację, jak długo te dane są przechowywane.

Odpowiedź proszę przesłać na ten adres e-mail.

Z poważaniem
Marta Wróbel""",
         "Marta Wróbel"),

        ("deletion", ("withdraw_consent",),
         "usuniecie konta",
         """Witam
prosze o usuniecie mojego konta w aplikacji i karty klienta, juz nie mieszkam w Belgii i nie bede z tego korzystac. Nr karty 2400 1175 6620, mail ten sam z ktorego pisze.
I prosze juz nie wysylac mi smsow z promocjami, przychodza nawet w niedziele rano.

pozdrawiam
Krzysiek Nowak""",
         "krzysiek nowak"),

        ("complaint", (),
         "Skarga – kasjerka odczytała na głos moją historię zakupów",
         """Szanowni Państwo,

chcę złożyć skargę na to, jak potraktowano moje dane w Państwa sklepie w Leuven w sobotę 8 marca ok. godz. 11.

Przy kasie zapytałam, dlaczego nie naliczyły mi się punkty. Kasjerka, zamiast sprawdzić to po cichu, zaczęła na głos czytać z ekranu, co kupowałam w ostatnich tygodniach – łącznie ze środkiem na pluskwy i trutką na szczury. Za mną stała kolejka kilku osób, w tym moja sąsiadka. Do dziś jest mi wstyd.

Uważam to za rażące naruszenie poufności moich danych. Oczekuję wyjaśnienia, jak to możliwe, że pracownik kasy w ogóle widzi całą historię zakupów klienta, i jakie kroki Państwo podejmą. Jeżeli nie dostanę rzeczowej odpowiedzi, zgłoszę sprawę do belgijskiego organu ochrony danych (APD/GBA).

Agnieszka Kowalczyk""",
         "Agnieszka Kowalczyk"),

        ("correction", (),
         "Zła data urodzenia na karcie",
         """Dzień dobry,
od dwóch lat bon urodzinowy przychodzi mi w styczniu, a urodziny mam w lipcu :) Chyba przy zakładaniu karty ktoś zamienił dzień z miesiącem. Prawidłowa data to 1 lipca 1990 (01.07.1990), a u Was jest najwyraźniej 07.01.1990. Proszę o poprawienie.
Karta nr 2400 5521 8034.
Dziękuję,
Ewa Lis""",
         "Ewa Lis"),

        ("objection", (),
         "Sprzeciw wobec profilowania",
         """Dzień dobry,
w aplikacji ciągle widzę "oferty dla Ciebie" przygotowane na podstawie moich wcześniejszych zakupów, a po wejściu do sklepu w Gandawie wyskakują mi promocje dopasowane do tego, co zwykle kupuję. Nie życzę sobie tego.

Na podstawie art. 21 RODO wnoszę sprzeciw wobec profilowania moich zakupów w celach marketingowych oraz wobec wykorzystywania tych danych do spersonalizowanych ofert w sklepie. Kartę i konto chcę zachować, punkty mają się dalej naliczać normalnie.

Tomasz Zieliński""",
         "Tomasz Zieliński"),

        ("restriction", (),
         "Nagranie z monitoringu 15.03 – proszę NIE kasować",
         """Dzień dobry,

15 marca ok. 16:40 w sklepie w Mechelen, przy regale z doniczkami, spadła na mnie źle zamocowana półka. Incydent został zgłoszony kierownikowi zmiany. Nagranie z kamer z tego momentu będzie mi potrzebne w sprawie z ubezpieczycielem.

Na podstawie art. 18 RODO proszę o ograniczenie przetwarzania tego nagrania: proszę go nie usuwać po standardowym okresie przechowywania, ale też nie wykorzystywać go do żadnych innych celów i nikomu nie udostępniać, dopóki sprawa się nie zakończy.

Z poważaniem
Grzegorz Wiśniewski
tel. +32 471 20 88 14""",
         "Grzegorz Wiśniewski"),

        ("portability", (),
         "Eksport historii zakupów do pliku",
         """Cześć,
prowadzę budżet domowy w aplikacji (YNAB) i chciałbym zaimportować tam zakupy z Waszych sklepów. Możecie mi wysłać całą historię zakupów z karty w pliku CSV albo Excel (data, sklep, produkty, kwota)? Najlepiej od 2022 roku. To chyba podpada pod prawo do przenoszenia danych z RODO, tak?
Karta: 2400 7713 4409
dzięki
Paweł""",
         "Paweł Mazur"),

        ("other", (),
         "Skrytka nie chce się otworzyć!!",
         """Dzień dobry, stoję właśnie przy skrytkach odbioru przy sklepie w Antwerpii i wpisuję kod z SMS-a 448213 i nic, wyświetla się "kod nieprawidłowy". Zamówienie nr 100482215. Próbowałam 4 razy. Co mam zrobić?? Na infolinii nikt nie odbiera.
Joanna""",
         "Joanna Kamińska"),

        ("other", (),
         "aplikacja się wysypuje przy skanowaniu",
         """Po ostatniej aktualizacji aplikacja zamyka się za każdym razem jak chce zeskanować kod kreskowy produktu w sklepie. Samsung A54, Android 14. Reinstalacja nie pomogła. Da się coś z tym zrobić?
Pozdr.
Michał""",
         "Michał Lewandowski"),

        ("other", (),
         "Brak punktów za zakupy z 22.02",
         """Dzień dobry,
22 lutego zrobiłam zakupy za 186,40 € w sklepie w Brukseli (Anderlecht), pokazałam kartę przy kasie, e-paragon przyszedł na maila, ale punkty nie zostały dopisane – w aplikacji dalej mam 1 240 pkt. Paragon w załączniku. Proszę o dopisanie punktów.
Katarzyna Dąbrowska""",
         "Katarzyna Dąbrowska"),
    ],

    "cs": [
        ("access", (),
         "Žádost o informace – poloha v aplikaci",
         """Dobrý den,
v aplikaci jsem měl povolenou polohu kvůli hledání nejbližší prodejny. Rád bych věděl, jaké údaje o mé poloze jste za tu dobu uložili – tedy kompletní historii poloh, kterou aplikace odeslala na vaše servery, i s časy, a komu dalšímu jste je případně předali. Žádám o to podle čl. 15 GDPR.
Účet v aplikaci je na tento e-mail.
Děkuji
Jan Dvořák""",
         "Jan Dvořák"),

        ("complaint", ("deletion",),
         "Stížnost – aplikace sleduje polohu i po vypnutí",
         """Dobrý den,

v nastavení aplikace jsem si před měsícem vypnula „Použít polohu pro nabídky v prodejně“ a v telefonu jsem aplikaci povolila polohu jen „při používání“. Přesto mi Android ukazuje, že aplikace v posledních dnech přistupovala k poloze na pozadí, a v pátek mi přišla notifikace „Vítejte v prodejně Hasselt!“, když jsem jen šla kolem a appku jsem vůbec neměla otevřenou.

To je v naprostém rozporu s tím, co slibujete v zásadách ochrany osobních údajů. Považuji to za vážné porušení a tímto si stěžuji.
Zároveň žádám, abyste smazali všechny údaje o mé poloze, které jste od té doby nasbírali.

Lucie Procházková""",
         "Lucie Procházková"),

        ("withdraw_consent", (),
         "odhlášení",
         """Dobrý den, odvolávám souhlas se zasíláním push notifikací z aplikace a taky s těmi reklamními nabídkami, které posíláte v e-mailu spolu s elektronickou účtenkou. Účtenky samotné mi chodit můžou, ale bez reklamy. Díky. P. Černý""",
         "Petr Černý"),

        ("correction", (),
         "Sloučené věrnostní karty – chyba",
         """Dobrý den,
minulý týden jsem na pokladně v Bruselu žádala o sloučení mých dvou karet (stará plastová a nová v aplikaci). Paní na pokladně ale asi zadala špatné číslo, protože teď v aplikaci vidím body a nákupy úplně cizího člověka (nákupy z Lutychu, kde jsem nikdy nebyla) a moje stará karta 2400 6632 1190 tam vůbec není.
Prosím opravte to – oddělte od mého účtu tu cizí kartu a připojte tu moji správnou.
Děkuji, Veronika Horáková""",
         "Veronika Horáková"),

        ("deletion", (),
         "Smazání registrace Wi-Fi",
         """Dobrý den,
při návštěvě vaší prodejny v Gentu jsem se registroval na bezplatnou Wi-Fi (e-mailem a telefonním číslem). Prosím o výmaz těchto údajů, už to nepotřebuji. Tel. +32 470 12 34 56.
S pozdravem
Martin Kučera""",
         "Martin Kučera"),

        ("objection", (),
         "Námitka proti sledování polohy v prodejnách",
         """Dobrý den,

podle vašich zásad používáte v prodejnách Wi-Fi a Bluetooth senzory, které přes aplikaci sledují, kudy se zákazník v prodejně pohybuje, a pak mi chodí nabídky podle regálu, u kterého jsem zrovna stál.

Podle čl. 21 GDPR vznáším námitku proti tomuto sledování mé polohy a proti nabídkám v prodejně založeným na mých nákupech. Aplikaci chci dál používat jako věrnostní kartu.

Ing. Tomáš Svoboda""",
         "Ing. Tomáš Svoboda"),

        ("portability", (),
         "Export nákupů ve strojově čitelném formátu",
         """Dobrý den,
chtěla bych si do aplikace na rodinný rozpočet (Spendee) nahrát historii nákupů z vaší věrnostní karty. Můžete mi ji prosím poslat ve strojově čitelném formátu (CSV nebo JSON) – datum, prodejna, položky, cena? Číslo karty 2400 8841 2276.
Děkuju moc!
Jana Veselá""",
         "Jana Veselá"),

        ("other", (),
         "Ztracená karta",
         """Dobrý den, ztratila jsem věrnostní kartu (asi mi vypadla z peněženky). Jak získám novou a zůstanou mi na ní nasbírané body? Musím kvůli tomu na prodejnu?
Děkuji, Hana Marková""",
         "Hana Marková"),

        ("other", (),
         "Dotaz – kamery v prodejně",
         """Dobrý den, chystám se k vám v sobotu s dcerou do prodejny v Antverpách. Chtěl bych se jen zeptat, jestli máte v prodejnách kamerový systém a jestli je to u vchodu označené. Díky, Ondřej""",
         "Ondřej Němec"),

        ("other", (),
         "Výdejní box – objednávka 100517734",
         """Dobrý den, objednávka měla být včera ve výdejním boxu u prodejny v Lovani, ale dodnes mi nepřišel kód. Ve sledování zásilky je pořád „připravuje se“. Kdy to tam bude? Potřebuju to na víkend.
Díky, Radek Pokorný""",
         "Radek Pokorný"),
    ],

    "hr": [
        ("access", (),
         "Zahtjev za pristup snimci video nadzora",
         """Poštovani,

u skladu s člankom 15. Opće uredbe o zaštiti podataka (GDPR) tražim kopiju snimke video nadzora na kojoj se nalazim, iz vaše trgovine u Bruxellesu (Ixelles), 4. ožujka između 17:15 i 17:45, na blagajni br. 3.
Radi lakše identifikacije: nosila sam crveni kaput i platila karticom, iznos računa 63,20 €.

Snimka mi je potrebna jer smatram da mi je na blagajni naplaćen artikl koji nisam kupila.

S poštovanjem,
Ivana Babić""",
         "Ivana Babić"),

        ("deletion", (),
         "brisanje računa i kartice",
         """Pozdrav, molim vas da obrišete moj korisnički račun u aplikaciji i karticu vjernosti zajedno sa svim podacima (povijest kupnje, bodovi - bodove ne trebam). Hvala.
Marko Horvat""",
         "Marko Horvat"),

        ("complaint", ("deletion",),
         "Pritužba: primam tuđe e-račune",
         """Poštovani,

već tri tjedna na svoju e-mail adresu dobivam e-račune za kupnje koje nisam obavio – netko je očito registrirao karticu vjernosti s mojom adresom. U računima vidim što je ta osoba kupila i u kojoj trgovini. Nitko me nikad nije pitao da potvrdim adresu.

Ovo je ozbiljan propust s vaše strane i ovim putem podnosim pritužbu. Kako je moguće da se kartica može registrirati s tuđim e-mailom bez ikakve potvrde?
Molim da odmah uklonite moju e-mail adresu s te kartice.

Luka Jurić""",
         "Luka Jurić"),

        ("withdraw_consent", (),
         "SMS poruke",
         """Dobar dan, ne želim više primati SMS poruke s ponudama i kuponima. Povlačim privolu koju sam dala kod izrade kartice. Broj: +32 486 55 21 09.
Lp, Ana Kovačević""",
         "Ana Kovačević"),

        ("restriction", (),
         "Snimka krađe – molim da je sačuvate",
         """Poštovani,

u subotu 15.3. oko 11 sati u vašoj trgovini u Namuru ukraden mi je novčanik iz torbe dok sam bio kod polica s vrtnim alatom. Krađu sam prijavio policiji (broj prijave NA.55.L1.004512/2025).

Molim vas da snimke nadzornih kamera s tog dijela trgovine i iz tog vremena ne brišete nakon uobičajenog roka, nego da ih sačuvate dok ih policija ne zatraži, ali da ih u međuvremenu ne koristite ni u koje druge svrhe i ne dajete nikome drugome (ograničenje obrade, čl. 18. GDPR-a).

Hvala,
Stjepan Marić""",
         "Stjepan Marić"),

        ("objection", (),
         "Protivim se profiliranju",
         """Bok,
za rođendan sam od vas dobila "personaliziranu" ponudu s popustom baš na one stvari koje inače kupujem. Ne sviđa mi se da analizirate što kupujem.
Na temelju članka 21. GDPR-a protivim se profiliranju mojih kupnji za rođendanske i ostale personalizirane ponude. Rođendanski bon mi i dalje možete slati, ali općeniti, ne na temelju analize mojih kupnji.
Petra Novak""",
         "Petra Novak"),

        ("complaint", ("access",),
         "PONOVNI ZAHTJEV – bez odgovora od 3. veljače",
         """Poštovani,

3. veljače poslao sam vam zahtjev za pristup podacima (povijest kupnje i bodova na kartici 2400 4490 1183 te podaci o lokaciji koje je aplikacija prikupljala). Do danas nisam dobio nikakav odgovor, čak ni potvrdu primitka, a rok od mjesec dana je istekao.

Ponovno tražim te podatke. Ako ne odgovorite u roku od 7 dana, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka (Gegevensbeschermingsautoriteit).

Davor Knežević""",
         "Davor Knežević"),

        ("other", (),
         "ne mogu se prijaviti u aplikaciju",
         """Pozdrav, pokušavam se prijaviti u aplikaciju ali stalno piše pogrešna lozinka, a kad kliknem "zaboravljena lozinka" mail nikad ne stigne (provjerila sam i spam). Kako da uđem? Trebam kupon za popust do nedjelje.
Maja""",
         "Maja Pavlović"),

        ("other", (),
         "Bodovi za online narudžbu",
         """Dobar dan,
za narudžbu br. 100498812 (preuzeta u paketomatu u Gentu) nisu mi dodani bodovi na karticu. Prijašnjih puta je bilo u redu. Možete li provjeriti?
Hvala, Tomislav Perić""",
         "Tomislav Perić"),

        ("other", (),
         "Paketomat se ne otvara",
         """Poštovani,
danas oko 18h pokušala sam preuzeti narudžbu iz paketomata kod trgovine u Bruggeu. Upisala sam kod, na zaslonu je pisalo da se otvara pretinac 14, ali vrata su ostala zaključana. Narudžba 100521190.
Molim da mi javite kada mogu doći ponovno ili da mi pošaljete paket kući.
Sanja Vuković""",
         "Sanja Vuković"),
    ],

    "sv": [
        ("access", (),
         "Begäran om registerutdrag",
         """Hej,

Jag vill begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR).
Jag är medlem i ert kundklubbsprogram (kortnummer 2400 2291 7765) och använder er app.

Jag vill särskilt veta:
- vilka köp och vilka poäng som finns registrerade på mitt kort,
- vilka uppgifter appen skickar till tredje part (analysverktyg, annonsnätverk m.m.) och till vilka företag.

Tack på förhand.

Vänliga hälsningar
Karin Lindqvist""",
         "Karin Lindqvist"),

        ("correction", (),
         "Fel födelsedatum",
         """Hej! Min födelsedagscheck kom i november men jag fyller år i maj. Ni har registrerat 1985-11-05 men det ska vara 1985-05-11. Kan ni ändra det? Kortet är kopplat till den här mejladressen.
/Erik""",
         "Erik Johansson"),

        ("deletion", ("withdraw_consent",),
         "Ta bort mitt konto",
         """Hej,

Jag vill att ni raderar mitt konto i appen och mitt kundkort, och även min registrering på gratis-wifit i era butiker (jag loggade in med samma mejl).
Sluta också skicka sms-erbjudanden till 0470 33 21 88 redan nu, även om raderingen tar tid.

Mvh
Sofia Berg""",
         "Sofia Berg"),

        ("objection", (),
         "Invändning mot positionsspårning",
         """Hej.
Med stöd av artikel 21 GDPR invänder jag mot att ni använder min position för att följa mig i butiken och mot erbjudandena i butiken som bygger på mina tidigare köp. Appen vill jag behålla för att kunna handla och samla poäng.
Mvh Anders Nilsson""",
         "Anders Nilsson"),

        ("complaint", (),
         "Klagomål: appen spårar min position trots att jag stängt av det",
         """Hej,

Jag stängde av platstjänster för er app redan i januari. Ändå fick jag förra veckan en notis "Välkommen till butiken i Kortrijk – dagens erbjudanden för dig!" när jag bara gick förbi på gatan. Telefonens integritetsrapport visar att appen har hämtat min plats flera gånger om dagen.

Det här är helt oacceptabelt och jag vill framföra ett klagomål på hur ni hanterar mina uppgifter. Jag överväger att anmäla er till den belgiska dataskyddsmyndigheten.

Linnea Sjöberg""",
         "Linnea Sjöberg"),

        ("portability", (),
         "Köphistorik som fil",
         """Hej! Går det att få ut hela min köphistorik från kundkortet som en CSV- eller Excelfil? Jag vill importera den i min budgetapp. Gärna alla köp sen jag skaffade kortet 2021.
Tack!
Johan Ek""",
         "Johan Ek"),

        ("withdraw_consent", ("objection",),
         "Återkallar samtycke",
         """Hej,

Jag återkallar härmed mitt samtycke till push-notiser från appen och till marknadsföringen i e-kvittona.
Jag motsätter mig också att ni använder min köphistorik för att profilera mig inför födelsedagserbjudanden.

Hälsningar
Maria Holm""",
         "Maria Holm"),

        ("other", (),
         "Fråga om kameraövervakning",
         """Hej, har era butiker kameraövervakning? Jag ska till butiken i Bryssel nästa vecka och undrar bara om det sitter kameror vid kassorna. Tack för svar.
Gustav""",
         "Gustav Åberg"),

        ("other", (),
         "Tappat kundkortet",
         """Hej, jag har tappat mitt kundkort. Kan jag få ett nytt, och följer poängen med? Eller räcker det att jag använder appen istället?
/Elin Ström""",
         "Elin Ström"),

        ("other", (),
         "Appen kraschar",
         """Hej, appen kraschar varje gång jag öppnar Sparade varukorgar. iPhone 13, iOS 18.3, senaste versionen av appen. Har testat att logga ut och in igen. Kan ni fixa det?
Mvh Oskar Lund""",
         "Oskar Lund"),
    ],

    "ro": [
        ("access", (),
         "Cerere de acces la date personale",
         """Buna ziua,

In temeiul art. 15 din Regulamentul (UE) 2016/679, va rog sa-mi transmiteti o copie a datelor personale pe care le detineti despre mine, in special:
- istoricul cumparaturilor si al punctelor de pe cardul de fidelitate nr. 2400 9912 3347;
- inregistrarea camerelor de supraveghere in care apar, din magazinul din Charleroi, 28 februarie, intre 14:00 si 14:30, la casa de marcat.

Multumesc,
Andrei Popescu""",
         "Andrei Popescu"),

        ("deletion", (),
         "stergere cont",
         """Buna, va rog sa stergeti contul meu din aplicatie si inregistrarea mea la Wi-Fi-ul gratuit din magazine. Nu mai folosesc nimic din astea. Mersi, Elena""",
         "Elena Dumitru"),

        ("deletion", (),
         "Primesc bonurile altcuiva",
         """Buna ziua,
De vreo doua saptamani primesc pe adresa asta bonuri electronice de la dvs. pentru cumparaturi pe care nu le-am facut eu. Probabil cineva si-a facut card de fidelitate si a gresit adresa de email (numele de pe bon e "Jan Peeters").
Va rog sa stergeti adresa mea de email de pe cardul respectiv, ca sa nu mai primesc bonurile lui.
O zi buna,
Mihai Ionescu""",
         "Mihai Ionescu"),

        ("correction", (),
         "Carduri unite greșit",
         """Bună ziua,

Eu și soțul meu aveam fiecare câte un card de fidelitate. La ultima vizită în magazinul din Liège am cerut să ni se adune punctele pe un singur card, dar angajata a unit de fapt conturile: acum tot istoricul lui apare pe numele meu, cu data lui de naștere, iar cardul lui nu mai funcționează.
Vă rog să corectați: refaceți cele două conturi separat, fiecare cu datele lui (al meu: Ioana Stan, n. 12.09.1987, cardul 2400 3356 7781).

Mulțumesc,
Ioana Stan""",
         "Ioana Stan"),

        ("restriction", (),
         "Inregistrare video incident 10 martie - va rog sa nu o folositi",
         """Buna ziua,

Pe 10 martie, in magazinul din Mons, un agent de paza m-a oprit la iesire si a sustinut ca as fi luat ceva fara sa platesc (nu era adevarat, am aratat bonul). Stiu ca totul a fost filmat.
Contest ce s-a consemnat atunci si, pana se lamureste situatia, va cer sa restrictionati prelucrarea acestor inregistrari: sa nu le stergeti, dar nici sa nu le folositi sau sa le transmiteti cuiva (art. 18 GDPR). Avocatul meu va reveni.

Cu stima,
Cristian Moldovan""",
         "Cristian Moldovan"),

        ("withdraw_consent", (),
         "Dezabonare notificari si SMS",
         """Buna ziua, nu mai vreau sa primesc notificari push din aplicatie si nici SMS-uri cu oferte. Imi retrag consimtamantul pentru amandoua. Numar de telefon: 0485 71 20 33.
Multumesc!
Alexandra Radu""",
         "Alexandra Radu"),

        ("complaint", ("deletion",),
         "Al doilea mesaj - cererea de stergere din 12 ianuarie fara raspuns",
         """Buna ziua,

Pe 12 ianuarie v-am scris sa-mi stergeti contul din aplicatie si cardul de fidelitate. N-am primit niciun raspuns, iar contul meu inca exista in aplicatie.
A trecut mai mult de o luna. Va cer inca o data sa stergeti toate datele mele. Daca nu primesc confirmarea in 10 zile, depun plangere la autoritatea belgiana pentru protectia datelor.

Gheorghe Stoica""",
         "Gheorghe Stoica"),

        ("other", (),
         "Nu se deschide lockerul",
         """Salut, am venit sa ridic comanda 100533871 de la lockerul de langa magazinul din Hasselt si codul nu merge, zice ca e expirat. Dar SMS-ul l-am primit abia ieri! Ce fac acum, mai e coletul acolo?
Andreea""",
         "Andreea Munteanu"),

        ("other", (),
         "puncte lipsa",
         """Buna ziua, la ultimele doua cumparaturi (3 si 7 martie, magazinul din Namur) nu mi s-au adaugat punctele pe card desi am scanat aplicatia la casa. Am bonurile pe email. Puteti verifica? Multumesc, Vasile Matei""",
         "Vasile Matei"),

        ("other", (),
         "scannerul din aplicatie nu merge",
         """Buna. Scannerul de coduri de bare din aplicatie nu mai porneste, ecranul ramane negru. Am dat permisiune la camera telefonului. Am Xiaomi Redmi Note 12. Aveti vreo idee?
Daniel""",
         "Daniel Florea"),
    ],

    "el": [
        ("access", (),
         "Aitima prosvasis - dedomena topothesias",
         """Kalispera sas,
8a ithela na mou steilete ola ta dedomena topothesias pou exei apothikeusei i efarmogi sas gia mena. Eixa energopoiimeni tin topothesia gia na vriskw to kontinotero katastima kai thelw na dw ti akrivws kratisate (pote, pou, gia poso kairo). To zitaw vasei tou arthrou 15 tou GDPR.
O logariasmos einai me auto to email.
Euxaristw,
Giorgos Papadopoulos""",
         "Giorgos Papadopoulos"),

        ("objection", (),
         "Εναντίωση στην κατάρτιση προφίλ",
         """Καλημέρα σας,

Σύμφωνα με το άρθρο 21 του ΓΚΠΔ, εναντιώνομαι στην επεξεργασία του ιστορικού αγορών μου για την κατάρτιση προφίλ και την αποστολή εξατομικευμένων προσφορών, είτε πρόκειται για τις «προσφορές γενεθλίων» είτε για τις προσφορές που εμφανίζονται στην εφαρμογή όταν βρίσκομαι μέσα στο κατάστημα.
Επιθυμώ να διατηρήσω την κάρτα μου και να συνεχίσω να μαζεύω πόντους.

Με εκτίμηση,
Αικατερίνη Γεωργίου""",
         "Αικατερίνη Γεωργίου"),

        ("complaint", (),
         "Καταγγελία για διαρροή προσωπικών δεδομένων μέσω του chat",
         """Αξιότιμοι κύριοι/κυρίες,

Χθες ρώτησα στο chat της εφαρμογής γιατί δεν πιστώθηκαν οι πόντοι μου. Ο υπάλληλος μού έστειλε στιγμιότυπο οθόνης από το σύστημά σας, στο οποίο φαίνονταν το ονοματεπώνυμο, η διεύθυνση και το ιστορικό αγορών άλλης πελάτισσας. Αν εγώ είδα τα δικά της στοιχεία, φαντάζομαι ότι και κάποιος άλλος μπορεί να δει τα δικά μου.

Θεωρώ το περιστατικό σοβαρή παραβίαση δεδομένων και με το παρόν υποβάλλω καταγγελία. Αναμένω να ενημερώσετε την αρμόδια αρχή προστασίας δεδομένων, όπως προβλέπει ο νόμος· διαφορετικά θα απευθυνθώ η ίδια στην Αρχή.

Δέσποινα Αντωνίου""",
         "Δέσποινα Αντωνίου"),

        ("deletion", ("withdraw_consent",),
         "diagrafi logariasmou",
         """Geia sas, parakalw diagrapste to logariasmo mou stin efarmogi kai tin karta pistotitas. Kai stamatiste na mou stelnete SMS me prosfores, ta exw vare8ei.
Nikos Dimitriou""",
         "Nikos Dimitriou"),

        ("portability", (),
         "Ιστορικό αγορών σε αρχείο",
         """Γεια σας, θα ήθελα να μου στείλετε το ιστορικό αγορών της κάρτας μου σε αρχείο CSV ή Excel, για να το περάσω σε μια εφαρμογή οικογενειακού προϋπολογισμού. Αριθμός κάρτας 2400 5508 9921.
Ευχαριστώ πολύ,
Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),

        ("correction", ("access",),
         "Λάθος ημερομηνία γέννησης",
         """Καλησπέρα,

Το κουπόνι γενεθλίων μου έρχεται κάθε χρόνο τον Μάρτιο, ενώ έχω γενέθλια τον Οκτώβριο. Παρακαλώ διορθώστε την ημερομηνία γέννησης στην κάρτα μου· η σωστή είναι 3 Οκτωβρίου 1979.
Επίσης, αφού υπάρχει τέτοιο λάθος, θα ήθελα να μου στείλετε αντίγραφο όλων των στοιχείων που έχετε για μένα, να δω αν υπάρχουν κι άλλα λάθη.

Ευχαριστώ,
Βασίλης Οικονόμου""",
         "Βασίλης Οικονόμου"),

        ("withdraw_consent", (),
         "Διαφημισεις στις ηλεκτρονικες αποδειξεις",
         """Καλημερα. Θελω να συνεχισω να παιρνω τις αποδειξεις με email αλλα χωρις τις διαφημισεις και τις προσφορες απο κατω. Ανακαλω τη συγκαταθεση μου για τα διαφημιστικα email. Ευχαριστω. Σ. Αλεξιου""",
         "Σοφία Αλεξίου"),

        ("other", (),
         "kameres sta katastimata?",
         """Kalispera, exoun kameres ta katastimata sas? 8a er8w to Savvato sto katastima stis Vrikselles kai apla rwtaw. Euxaristw""",
         "Kostas M."),

        ("other", (),
         "Απώλεια κάρτας",
         """Καλησπέρα σας, έχασα την κάρτα μέλους. Πώς μπορώ να πάρω καινούργια; Θα κρατήσω τους πόντους μου;
Ευχαριστώ,
Ελένη Παππά""",
         "Ελένη Παππά"),

        ("other", (),
         "locker den anoigei",
         """Geia, to locker sto katastima tis Gandis den anoigei, evala ton kwdiko 3 fores. Paraggelia 100529964. Ti na kanw?
Thanasis""",
         "Thanasis K"),
    ],

    "bg": [
        ("access", (),
         "Искане за достъп до лични данни",
         """Здравейте,

На основание чл. 15 от Общия регламент относно защитата на данните (GDPR) моля да ми предоставите:
1. копие от записите от видеонаблюдението, на които съм заснет, в магазина ви в Льовен на 6 март, около 18:10 ч., на каса 2;
2. информация за точките и историята на покупките по картата ми за лоялност № 2400 1123 6654.

Поздрави,
Димитър Иванов""",
         "Димитър Иванов"),

        ("deletion", (),
         "Изтриване на видеозапис",
         """Здравейте, на 2 март бях в магазина ви в Брюж заедно с децата си. Моля, изтрийте записите от камерите, на които се виждаме, не желая да се съхраняват.
Благодаря,
Мария Петрова""",
         "Мария Петрова"),

        ("objection", ("withdraw_consent",),
         "vazrazhenie sreshtu sledeneto na mestopolozhenieto",
         """Zdraveite, vazrazyavam sreshtu tova prilozhenieto da sledi kade se namiram v magazina i da mi predlaga oferti spored tova. Osven tova ne iskam poveche push izvestiya - otteglyam saglasieto si za tyah.
Blagodarya,
Georgi Stoyanov""",
         "Georgi Stoyanov"),

        ("restriction", (),
         "Запис от инцидент – да се запази, но да не се използва",
         """Здравейте,

На 11 март в магазина ви в Антверпен се подхлъзнах на мокрия под и си навехнах глезена. Служител попълни протокол.
Моля, запазете записа от камерите за този момент, тъй като ще ми трябва за застрахователя, но до приключване на случая не го използвайте за никакви други цели и не го предоставяйте на трети лица (ограничаване на обработването по чл. 18 от GDPR).

С уважение,
Светлана Николова""",
         "Светлана Николова"),

        ("complaint", ("deletion",),
         "Жалба – получавам чужди касови бележки",
         """Здравейте,

Вече месец получавам на имейла си електронни касови бележки на друг човек – някой е регистрирал карта за лоялност с моя имейл адрес. Писах ви на 20 февруари през формата на сайта, никой не ми отговори, а бележките продължават да идват.

Това е недопустимо – изпращате данните за покупките на този човек на мен, и нищо не ви пречи да изпратите моите на някой друг. Подавам жалба и искам незабавно да премахнете имейла ми от тази карта.
Ако нищо не се промени, ще сигнализирам органа за защита на данните в Белгия.

Никола Георгиев""",
         "Никола Георгиев"),

        ("portability", ("deletion",),
         "Експорт на покупките и закриване на картата",
         """Здравейте! Искам да ми изпратите цялата история на покупките по картата ми в машинно четим формат (CSV), за да я прехвърля в приложението си за бюджет. След като я получа, моля закрийте картата и изтрийте профила ми.
Благодаря!
Елица Тодорова""",
         "Елица Тодорова"),

        ("correction", (),
         "Грешни данни в профила",
         """Здравейте, в профила ми в приложението името ми е изписано грешно (Tsvetalina вместо Tsvetelina), а телефонният номер е стар. Новият е +32 489 40 17 62. Моля, коригирайте ги, аз не мога да ги сменя от приложението – полетата са заключени.
Цветелина Ангелова""",
         "Tsvetelina Angelova"),

        ("other", (),
         "Не са ми начислени точки",
         """Здравейте, при покупка на 9 март в магазина в Гент за 212 евро не ми бяха начислени точки, въпреки че сканирах картата. Прилагам бележката. Бихте ли проверили?
Иван""",
         "Иван Колев"),

        ("other", (),
         "Приложението не се отваря",
         """Здравейте, след последното обновяване приложението ви забива на началния екран и не мога да си покажа картата на касата. Телефонът е iPhone 12. Какво да направя?
Поздрави, Павел Христов""",
         "Павел Христов"),

        ("other", (),
         "shkaf4eto ne se otvarq",
         """Zdraveite, poruchka 100540018 trqbva da e v shkaf4eto do magazina v Liej, no koda ne raboti, pishe "nevaliden kod". Kakvo da pravq?? Blagodarq
Viktor""",
         "Viktor Dimitrov"),
    ],
}

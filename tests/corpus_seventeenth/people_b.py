"""Seventeenth set, mails at the borders between categories. Written apart from the rules (see make_seventeenth.py)."""

PEOPLE_B = {
    "pl": [
        ("portability", (), "Dane z konta do przeniesienia – marek.w78",
         """Dzień dobry,

od przyszłego miesiąca robię zakupy ogrodnicze w innym sklepie, który ma aplikację do planowania ogrodu i potrafi wczytać listę roślin, nawozów itp. z wcześniejszych zamówień. Dlatego proszę o przesłanie mi moich danych z konta razem z historią zamówień w pliku, który da się zaimportować (CSV, JSON, XML – obojętnie). PDF-a ani zrzutów ekranu nie potrzebuję, bo tego nie wczytam.

Jeżeli mogą Państwo wysłać taki plik od razu do nich (ZielonyKoszyk sp. z o.o., dane@zielonykoszyk.pl), będę wdzięczny.

Z pozdrowieniami
Marek Wiśniewski
tel. 601 224 918""",
         "Marek Wiśniewski"),

        ("access", (), "",
         """Witam,
dostałam wczoraj SMS-a z waszym kodem rabatowym na meble ogrodowe. Nie pamiętam, żebym kiedykolwiek podawała wam numer komórki – zakupy robię z konta męża, a swoje mam tylko do karty stałego klienta. Chcę wiedzieć, co właściwie macie o mnie zapisane, skąd to macie i czy komuś to przekazywaliście. Wystarczy zwykła odpowiedź mailem z wypisanymi danymi, nie musi być w żadnym specjalnym formacie.

Ewa Kowalczyk""",
         "Ewa Kowalczyk"),

        ("withdraw_consent", (), "pytanie",
         """dzien dobry
prosze NIE kasowac mi konta bo mam na karcie prawie 900 pkt. chodzi tylko o te maile z promocjami, przychodza prawie codziennie i mam dosc. przy zakladaniu konta zaznaczylem ze chce je dostawac, teraz juz nie chce. link "wypisz sie" w stopce przenosi mnie na strone logowania a hasla nie pamietam
Tomek (tomasz.lewandowski@o2.pl)""",
         "Tomek"),

        ("deletion", (), "Re: Twoje punkty wygasają 31 grudnia!",
         """Wypisałam się z newslettera jeszcze we wrześniu, ale to mi nie wystarcza. Nie chcę już mieć z Wami nic wspólnego: proszę usunąć moje konto, kartę lojalnościową, zapisane adresy i całą resztę, co jest do mnie przypisane. Punktów nie potrzebuję, mogą przepaść.
Proszę o krótkie potwierdzenie, jak będzie po wszystkim.

J. Mazur""",
         "Joanna Mazur"),

        ("objection", (), "Regulamin karty – pkt 7.3",
         """Szanowni Państwo,

czytając regulamin programu lojalnościowego, trafiłem na punkt 7.3, z którego wynika, że dane posiadaczy karty są udostępniane „wybranym partnerom handlowym w celach marketingowych” oraz wykorzystywane do tworzenia „profilu preferencji zakupowych”. Na nic takiego się nie zgadzałem – kartę aktywowano mi automatycznie przy pierwszym zamówieniu i nikt mnie o to nie pytał.

Nie życzę sobie ani przekazywania moich danych partnerom, ani analizowania moich zakupów pod kątem reklam. Z karty i konta chcę korzystać dalej, więc proszę ich nie usuwać.

Z poważaniem
Paweł Szymański""",
         "Paweł Szymański"),

        ("restriction", (), "Historia karty – do czasu wyjaśnienia zgłoszenia 44871",
         """Dzień dobry,
od trzech tygodni wyjaśniam z Państwa obsługą klienta (zgłoszenie nr 44871), dlaczego w historii mojej karty widnieją zakupy, których nie robiłam – moim zdaniem ktoś przypisał mi cudze transakcje. Dopóki ta sprawa się nie zakończy, proszę o dwie rzeczy: po pierwsze niczego nie usuwajcie ani nie „porządkujcie”, bo te wpisy są mi potrzebne jako dowód; po drugie nie wykorzystujcie ich w tym czasie do niczego – ani do naliczania rabatów, ani do ofert, ani do statystyk. Niech po prostu leżą zablokowane, aż będzie wiadomo, co jest prawdą.
Agnieszka Wójcik""",
         "Agnieszka Wójcik"),

        ("correction", ("withdraw_consent",), "Błędna data urodzenia w profilu klienta",
         """Dzień dobry,
w moim koncie klienta jest zapisana data urodzenia 12.03.1987, a prawidłowa to 21.03.1987 – najwyraźniej ktoś przestawił cyfry przy zakładaniu karty. Sama nie mogę tego zmienić w ustawieniach, pole jest zablokowane. Proszę o poprawienie.
I przy okazji: proszę już nie przysyłać mi SMS-ów z promocjami, zgodę na nie wycofuję. Maile mogą zostać.
Pozdrawiam serdecznie
Katarzyna Zając""",
         "Katarzyna Zając"),

        ("complaint", ("access",), "Re: Wniosek o informację o przetwarzanych danych",
         """Szanowni Państwo,

piszę po raz drugi w tej samej sprawie. 3 lutego zwróciłem się do Państwa z prośbą o informację, jakie dane osobowe na mój temat przetwarzacie i w jakim celu (wiadomość poniżej). Poza automatycznym potwierdzeniem nie otrzymałem żadnej odpowiedzi, a od tamtej pory minęły prawie trzy miesiące.

Nadal oczekuję tych informacji. Jednocześnie informuję, że jeżeli nie otrzymam ich w ciągu 7 dni, złożę skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit / APD).

Z poważaniem
Grzegorz Kamiński

> W dniu 3.02 Grzegorz Kamiński napisał:
> Proszę o informację, jakie dane osobowe mnie dotyczące przetwarzacie, w jakich celach i komu je udostępniacie.""",
         "Grzegorz Kamiński"),

        ("other", (), "Zamówienie nr 2024-118822 – zły adres dostawy",
         """Dzień dobry, piszę tutaj, bo na czacie nikt nie odpowiada.
W piątek złożyłam zamówienie nr 2024-118822 (parasol ogrodowy + podstawa) i dopiero teraz zauważyłam, że system podstawił mój stary adres: ul. Lipowa 4, Gdańsk. Od października mieszkam przy ul. Chmielnej 17/3, 80-748 Gdańsk. Według śledzenia paczka jeszcze nie została nadana – czy da się zmienić adres, zanim kurier ją zabierze? Jeśli nie, to proszę o informację, czy mogę ją anulować.
Dziękuję!
Natalia""",
         "Natalia Dąbrowska"),

        ("other", (), "reklamacja",
         """Witam
Kupiłem u Państwa wąż ogrodowy 25 m z zestawem zraszaczy (zam. 2024-097311). Po dwóch tygodniach używania pękł przy samej złączce, woda leje się wszędzie. Zdjęcia w załączniku. Jak mam go odesłać i czy dostanę nowy czy zwrot pieniędzy?
Formularz reklamacyjny na stronie wyrzuca błąd, dlatego piszę na ten adres.
A. Piotrowski""",
         "Andrzej Piotrowski"),

        ("automated", (), "Automatyczna odpowiedź: Państwa zapytanie – nr ref. PRV-2291",
         """Dzień dobry,

dziękuję za wiadomość. Od 5 do 19 sierpnia przebywam na urlopie i nie mam dostępu do poczty. Wiadomości nie są przekazywane dalej.

W pilnych sprawach proszę kontaktować się z Działem Zakupów: zakupy@ogrodex.pl, tel. 58 342 11 00.

Z poważaniem
Krzysztof Nowak
Specjalista ds. zakupów | Ogrodex Sp. z o.o.""",
         "Krzysztof Nowak"),
    ],

    "cs": [
        ("access", (), "Moje údaje",
         """Dobrý den,

rád bych věděl, co všechno o mně ve svém systému máte – jaké údaje, odkud je máte, k čemu je používáte, komu je posíláte a jak dlouho je hodláte držet. Účet u vás mám od roku 2019 na adresu martin.prochazka@seznam.cz, nakupoval jsem ale i bez přihlášení.

Upozorňuji, že pokud mi do měsíce neodpovíte, obrátím se na dozorový úřad.

S pozdravem
Ing. Martin Procházka""",
         "Ing. Martin Procházka"),

        ("other", (), "Dotaz k zásadám ochrany osobních údajů",
         """Dobrý den,
zvažuji, že si u vás založím účet a věrnostní kartu, ale předtím bych se ráda zeptala na pár věcí k vašim zásadám ochrany osobních údajů, protože jim úplně nerozumím:
– v článku 4 píšete o „oprávněném zájmu“ – o jaké zpracování konkrétně jde?
– ukládáte data zákazníků v EU, nebo i mimo ni?
– jak dlouho obecně uchováváte údaje zákazníků, kteří u vás roky nenakoupili?
Předem děkuji za odpověď.
Lucie Černá""",
         "Lucie Černá"),

        ("portability", (), "export účtu",
         """Dobrý den,
přecházím k jinému e-shopu a chtěl bych si od vás odnést svoje data – kontaktní údaje, adresy a hlavně seznam objednávek – v souboru, který se dá nahrát do jiného systému (CSV nebo XML, cokoliv strukturovaného). Nejde mi o to, si to přečíst, jde o to, aby se to dalo naimportovat. Stačí poslat na tento e-mail.
Díky, Jakub Veselý""",
         "Jakub Veselý"),

        ("withdraw_consent", (), "prosím",
         """Dobrý den, před rokem jsem při registraci zaškrtla, že chci dostávat novinky a slevy e-mailem. Už je dostávat nechci, tak to prosím zrušte. Účet i věrnostní kartu si chci nechat, o body přijít nechci, jen mi přestaňte posílat ty newslettery.
Děkuji, T. Horáková""",
         "Tereza Horáková"),

        ("objection", (), "Tištěný katalog do schránky",
         """Dobrý den,

už potřetí mi do schránky přišel váš tištěný katalog se zahradním nábytkem, adresovaný přímo na mě. Souhlas s posíláním reklamy poštou jsem vám nikdy nedala – adresu máte jen proto, že jsem si u vás loni objednala konev a hadici. Nepřeji si, aby se moje adresa používala k zasílání reklamy, a to ani poštou, ani telefonem. Pokud ji k tomu dostávají i nějací vaši partneři, platí to i pro ně.

Věra Marešová
Olomouc""",
         "Věra Marešová"),

        ("deletion", ("objection",), "",
         """Dobry den,
zruste mi prosim ucet a vsechno, co k nemu mate – adresy, objednavky, kartu. Uz u vas nakupovat nebudu.
A jeste neco: od te doby, co jsem u vas nakoupil, mi vola nejaka firma s nabidkou zavlazovacich systemu a tvrdi, ze kontakt ma "od partnera". Pokud jste jim moje cislo dali vy, tak jim ho uz dal nedavejte.
Petr Novotny""",
         "Petr Novotny"),

        ("restriction", (), "Záznam „rizikový zákazník“ – do vyřešení",
         """Dobrý den,
při poslední objednávce mi systém nedovolil platbu na fakturu a na infolince mi řekli, že jsem u vás veden jako „rizikový zákazník“ kvůli nezaplacené faktuře z roku 2022. Ta faktura ale zaplacená byla, doklad o platbě jsem v pátek poslal vašemu oddělení reklamací.
Než to prověříte, prosím, ten záznam nemažte – chci, aby se dalo dohledat, kdo a kdy ho tam dal. Zároveň ho ale do té doby k ničemu nepoužívejte, ať mi kvůli němu neblokujete další objednávky.
S pozdravem
Radek Svoboda""",
         "Radek Svoboda"),

        ("correction", (), "Jméno v účtu",
         """Dobrý den,
v účtu i na věrnostní kartě mám jméno bez háčků a čárek – „Jiri Dvorak“ – a v e-mailech mi pak píšete „Vážený pane Dvorak“. Správně je Jiří Dvořák. V nastavení účtu to sám změnit nejde, pole se jménem je šedé. Můžete to v kartotéce opravit?
Díky
Jiří Dvořák""",
         "Jiri Dvorak"),

        ("complaint", ("access",), "Dostala jsem cizí objednávku!!",
         """Dobrý den,

dnes mi do e-mailu přišlo potvrzení objednávky, která vůbec není moje. Je tam celé jméno nějaké paní z Brna, její adresa, telefon a co si objednala (trampolína a bazén). Tohle je přece naprosto nepřípustné – když posíláte cizí údaje mně, tak ty moje nejspíš taky chodí někomu cizímu.

Chci vědět, jestli se něco takového stalo i s mými údaji a komu všemu jste je kdy poslali.

Ten e-mail přikládám, ať víte, o co jde.

Kateřina Pokorná""",
         "Kateřina Pokorná"),

        ("other", (), "Spolupráce – GDPR audit pro e-shopy",
         """Dobrý den,

všiml jsem si, že váš e-shop prodává i českým zákazníkům, a rád bych vám představil naše služby. Specializujeme se na audity souladu s GDPR pro e-commerce, nastavení cookie lišt, zpracovatelské smlouvy a školení zaměstnanců. Pro nové klienty nabízíme úvodní konzultaci zdarma.

Máte-li zájem, stačí odpovědět na tento e-mail a domluvíme si krátký hovor.

S pozdravem
Tomáš Beneš
obchodní ředitel, DataSafe s.r.o.
+420 777 312 456""",
         "Tomáš Beneš | DataSafe s.r.o."),

        ("automated", (), "Přijali jsme Váš požadavek [#2024-5531]",
         """Dobrý den,

děkujeme za Vaši zprávu. Váš požadavek jsme zaevidovali pod číslem 2024-5531 a budeme se mu věnovat co nejdříve, obvykle do 3 pracovních dnů.

Tato zpráva byla odeslána automaticky, neodpovídejte na ni prosím. Pokud chcete k požadavku něco doplnit, uveďte v předmětu číslo požadavku.

S pozdravem
Zákaznická podpora
Zahradnictví Květ s.r.o.""",
         "Zákaznická podpora Zahradnictví Květ"),
    ],

    "hr": [
        ("access", (), "Upit",
         """Poštovani,
zanima me što sve o meni imate pohranjeno. Kupujem kod vas nekoliko godina, imam karticu vjernosti i primam newsletter, pa pretpostavljam da se toga nakupilo. Molim vas da mi pošaljete pregled tih podataka – kako god vam je jednostavnije, meni je dovoljno da to mogu pročitati, ne treba mi nikakav poseban format.
Lijep pozdrav,
Maja Babić""",
         "Maja Babić"),

        ("portability", (), "Kartica vjernosti → Vrtni centar Flora",
         """Poštovani,
prelazim u Vrtni centar Flora, a oni nude da preuzmu moju povijest kupnje i bodove ako im podatke dostavite vi. Molim vas da moje podatke s kartice (broj kartice 4410 2287 9913) i popis kupnji pošaljete izravno njima, u obliku koji njihov sustav može učitati (CSV ili XML), na adresu podaci@flora-vrt.hr. Njihov zahtjev s mojom suglasnošću šaljem u privitku.
S poštovanjem,
Davor Kovačević""",
         "Davor Kovačević"),

        ("deletion", (), "",
         """Dobar dan,
molim vas da zatvorite moj korisnički račun i da obrišete sve što imate o meni. Ne radi se samo o odjavi s newslettera – hoću da me uopće nema u vašem sustavu.
Hvala,
Ivana Jurić""",
         "Ivana"),

        ("withdraw_consent", (), "odjava",
         """Bok, prijavila sam se na vaš newsletter prošle godine zbog kupona od 10 € i sad mi više ne treba, dolazi prečesto. Molim da me maknete s te liste. Račun ostavite, i dalje ću naručivati.
Ana""",
         "Ana Horvat"),

        ("objection", ("withdraw_consent",), "Oglasi na Facebooku nakon kupnje",
         """Poštovani,

nakon što sam kod vas pogledao vrtne garniture, na Facebooku i Instagramu me danima prate vaši oglasi s točno tim proizvodima. Koliko shvaćam, vi Facebooku šaljete podatke o tome što gledam i kupujem. Na to nikad nisam pristao i ne želim da me se tako prati niti da se ti podaci dijele za oglašavanje.

Usput, odjavite me i s newslettera – sam sam se prijavio, ali mi više ne treba.

Pozdrav,
Marko Perić""",
         "Marko Perić"),

        ("restriction", (), "Spor oko narudžbe 77120",
         """Poštovani,

vezano uz narudžbu 77120 (vrtna kućica, nikad isporučena) pokrenuo sam postupak povrata novca preko banke, a moguće je da će stvar ići i na sud. Primio sam vašu obavijest da se neaktivni računi uskoro automatski brišu. Molim vas da moj račun i podatke o toj narudžbi ne brišete dok postupak traje, jer su mi potrebni kao dokaz. Istovremeno ne želim da ih u međuvremenu koristite za bilo što drugo – neka samo stoje.

S poštovanjem,
Zoran Knežević""",
         "Zoran Knežević"),

        ("correction", (), "Krivi broj mobitela u profilu",
         """Pozdrav,
u mom profilu kupca još uvijek stoji stari broj mobitela (091 555 2387), koji sad ima netko drugi, pa vaše poruke o statusu narudžbi dobiva taj čovjek. Novi broj je 098 731 4402. U postavkama računa ne mogu promijeniti broj jer traži potvrdu SMS-om na stari broj. Možete li ga vi ispraviti?
Hvala!
Petra Marić""",
         "Petra Marić"),

        ("complaint", ("deletion",), "Re: Re: Zahtjev za brisanje",
         """Ovo je treći put da pišem.

Brisanje računa i svih podataka zatražila sam 4. ožujka, pa ponovo 10. travnja. Nitko mi nije odgovorio, a newsletteri i dalje stižu, kao i SMS-ovi o "ekskluzivnim ponudama". Očito je da se moji zahtjevi ignoriraju.

Još jednom tražim da obrišete sve moje podatke. Ako ovaj put ne dobijem potvrdu u roku od tjedan dana, obraćam se belgijskom nadzornom tijelu za zaštitu podataka i AZOP-u.

Nikolina Tomić""",
         "Nikolina Tomić"),

        ("other", (), "Kolačići",
         """Dobar dan,
zanima me zašto mi se traka s kolačićima pojavljuje svaki put kad otvorim vašu stranicu, iako sam već kliknuo "Prihvati samo nužne". Je li to greška ili se odabir ne sprema? Koristim Firefox na Linuxu, ako to pomaže. Nije ništa strašno, samo je naporno.
Pozdrav,
Luka""",
         "Luka Pavlović"),

        ("other", (), "Reklamacija - kosilica",
         """Postovani,
prije 3 tjedna narucio sam kosilicu na baterije (narudzba 2024-66310). Baterija se ne puni, lampica samo treperi crveno. Probao sam drugi punjac, isto. Sto da radim, saljem li je natrag ili dolazi serviser? Nisam znao kome pisati pa pisem ovdje.
Josip""",
         "Josip Vuković"),

        ("automated", (), "Odsutnost: Vaša poruka",
         """Poštovani,

zahvaljujem na poruci. Trenutno sam na godišnjem odmoru do 2. rujna i nemam pristup e-pošti. Po povratku ću vam se javiti u najkraćem mogućem roku.

Za hitne upite obratite se kolegici Ireni Babić na irena.babic@vrtlarstvo-simic.hr.

Lijep pozdrav,
Tanja Šimić""",
         "Tanja Šimić"),
    ],

    "sv": [
        ("portability", (), "Export till ny butik",
         """Hej,

jag byter butik. Nya stället (Gröna Fingrar AB) säger att de kan föra över min kundnivå och mina tidigare köp om jag skickar dem en export från er. Kan ni ta fram mina kunduppgifter och min orderhistorik i en fil som deras system kan läsa in? De vill helst ha CSV. Skicka den till mig så vidarebefordrar jag den.

Tack!
Johan Lindqvist""",
         "Johan Lindqvist"),

        ("access", (), "Hur visste ni det?",
         """Hej,
i förra veckan fick jag ett mejl från er med erbjudande på robotgräsklippare "för dig som har en större tomt". Jag har aldrig köpt något till gräsmattan hos er, bara inredning. Så nu undrar jag vad ni egentligen har sparat om mig och var ni har fått det ifrån. Skicka gärna en sammanställning av allt som finns registrerat på mig.
Mvh Karin Berg""",
         "Karin Berg"),

        ("other", (), "Fråga om er integritetspolicy",
         """Hej!
Jag läser juridik vid Lunds universitet och skriver en uppsats om hur europeiska e-handlare informerar kunder om lagring av personuppgifter. Jag har läst er integritetspolicy och undrar två saker rent allmänt: hur länge sparar ni normalt uppgifter om kunder som slutat handla, och använder ni någon molntjänst utanför EU? Jag är inte kund hos er, det gäller bara policyn som sådan.
Vänliga hälsningar
Elin Sjöberg""",
         "Elin Sjöberg"),

        ("withdraw_consent", ("objection",), "Utskick",
         """Hej. Ta bort mig från nyhetsbrevet, jag anmälde mig när jag köpte utemöbler men vill inte ha det längre. Kontot ska ni INTE radera, det behöver jag för garantin.
Sen såg jag i villkoren att ni delar mejladresser med Facebook och Google för "anpassade målgrupper". Det har jag aldrig gått med på och jag vill inte att min adress används så.
/Anders""",
         "Anders Nyström"),

        ("deletion", (), "Jag vill inte finnas kvar hos er",
         """Hej,
jag har redan avregistrerat mig från alla utskick, men det räcker inte för mig. Jag vill inte att ni har kvar något om mig över huvud taget – konto, adresser, beställningar, bonuskortet, allt. Jag handlar inte hos er längre. Meddela mig när det är gjort.
Malin Ekström""",
         "Malin Ekström"),

        ("objection", (), "Telefonförsäljning",
         """God dag.

I går ringde en säljare från ett bolag som heter "TrädgårdsTrygg" och erbjöd mig en försäkring för trädgårdsmaskiner. Han sa att han fått mitt nummer "via er som samarbetspartner". Jag har uppgett mitt telefonnummer till er enbart för leveransaviseringar och har aldrig sagt ja till att bli uppringd av försäljare.

Jag vill att ni slutar lämna ut mitt nummer och mina andra uppgifter till era partners, och jag vill inte heller bli uppringd av er själva i säljsyfte.

Med vänlig hälsning
Lars-Erik Holm""",
         "Lars-Erik Holm"),

        ("restriction", (), "Re: Ditt ärende 30451",
         """Hej igen,
tack för svaret. Ni skriver att ni ska "utreda" varför faktureringsadressen i ert kundregister skiljer sig från den jag själv angav. Jag har ingen aning om var den andra adressen kommer ifrån.
Medan ni utreder det vill jag att uppgifterna låses: radera ingenting, men använd dem inte heller – inga fakturor, inga utskick, ingenting till den adressen förrän det är klarlagt vilken som stämmer.
Sofia Lund""",
         "Sofia Lund"),

        ("correction", (), "Ny adress i kundregistret",
         """Hej!
Jag har flyttat från Västerås till Uppsala. Ingen beställning på gång just nu, men jag vill att adressen i mitt kundkonto och på bonuskortet ändras så att det blir rätt framöver:

Gunnar Åberg
Kungsgatan 48 B
753 21 Uppsala

Jag hittar inget ställe på sidan där man kan ändra det själv.
Hälsningar, Gunnar""",
         "Gunnar Åberg"),

        ("complaint", ("deletion",), "Andra påminnelsen",
         """Hej,

den 2 mars bad jag er radera mitt konto och alla mina uppgifter. Jag fick ett automatiskt svar med ärendenummer (PRV-1187) och sedan ingenting. Nu har det gått över två månader och jag får fortfarande era kampanjmejl.

Jag kräver att raderingen genomförs omgående och att ni bekräftar det skriftligt. Jag har också anmält er till Integritetsskyddsmyndigheten, som sa att de skickar vidare ärendet till den belgiska tillsynsmyndigheten.

Camilla Persson""",
         "Camilla Persson"),

        ("other", (), "Order 55102",
         """Hej, jag gjorde en beställning i morse (ordernr 55102, två krukor och en säck planteringsjord) och råkade välja jobbadressen som leveransadress. Kan ni ändra till hemadressen, Björkvägen 12, 432 45 Varberg, innan den skickas? Om det inte går så går det bra att den kommer till jobbet, det är inte hela världen.
Mvh Fredrik""",
         "Fredrik Dahl"),

        ("automated", (), "Automatiskt svar: Ert meddelande",
         """Hej,

Jag är tjänstledig till och med den 30 september och läser inte min e-post under den tiden. Ditt meddelande vidarebefordras inte.

Vid frågor om fakturor, kontakta ekonomi@grontgarden.se. Övriga ärenden: växel 031-704 22 00.

Vänliga hälsningar
Helena Strand
Inköpsansvarig, Grönt & Gården AB""",
         "Helena Strand"),
    ],

    "ro": [
        ("access", ("correction",), "Cerere informații date personale",
         """Bună ziua,

vă rog să-mi comunicați ce date personale dețineți despre mine, în ce scop le folosiți, cui le-ați transmis și cât timp le păstrați. Contul meu este pe adresa andrei.popescu82@yahoo.com.

De asemenea, am observat că în cont anul nașterii apare 1983 în loc de 1982 – vă rog să îl corectați.

Dacă nu primesc un răspuns în termenul legal de o lună, voi depune plângere la autoritatea de supraveghere.

Cu stimă,
Andrei Popescu""",
         "Andrei Popescu"),

        ("portability", (), "fisier cu comenzile mele",
         """Buna ziua,
vreau sa trec la alt magazin online si ei mi-au zis ca pot sa-mi importe istoricul comenzilor si adresele daca le duc un fisier de la voi. Puteti sa-mi trimiteti datele mele intr-un format pe care il poate citi un calculator (csv, excel, ceva de genul)? Nu-mi trebuie o scrisoare sau un pdf, ci fisierul propriu-zis.
Multumesc,
Ioana D.""",
         "Ioana Dumitrescu"),

        ("deletion", (), "",
         """Bună,
nu mai am grădină, m-am mutat la bloc, așa că nu mai am ce cumpăra de la voi. Nu vreau doar să mă dezabonez de la newsletter – vreau să dispar complet din baza voastră de date: contul, cardul de fidelitate, adresele, tot.
Mersi,
Mihai Stan""",
         "Mihai Stan"),

        ("withdraw_consent", (), "Dezabonare",
         """Bună ziua,
când mi-am făcut contul am bifat că vreau să primesc oferte pe e-mail. M-am răzgândit, vă rog să nu-mi mai trimiteți. Contul îl păstrez, deci vă rog să nu-l ștergeți – am comenzi în garanție.
Mulțumesc,
Elena Constantin""",
         "Elena Constantin"),

        ("objection", (), "Re: Noutăți pentru grădina ta",
         """Bună ziua,

în secțiunea „Recomandat pentru tine” din contul meu și în mesajele voastre apar tot felul de produse alese pe baza a ce am cumpărat și a ce am căutat pe site. Nu-mi place să fiu analizat în felul ăsta. Vă rog să nu mai construiți niciun profil pe baza cumpărăturilor și a navigării mele și să nu-l mai folosiți pentru reclame. Nu vă cer să-mi ștergeți contul, doar să nu mai fiu „profilat”.

Radu Georgescu""",
         "Radu Georgescu"),

        ("restriction", (), "Tichet 7730 – până la decizia voastră",
         """Bună ziua,
săptămâna trecută v-am scris că nu sunt de acord să-mi folosiți istoricul de cumpărături pentru „analize de piață” (tichet nr. 7730). Mi-ați răspuns că verificați dacă aveți un „interes legitim” care să prevaleze. Bine, verificați. Dar până luați o decizie, vă rog să nu mai atingeți datele mele: nu le ștergeți, nu le folosiți în nicio analiză, doar să stea blocate până îmi dați răspunsul final.
Mulțumesc,
Cristina Ionescu""",
         "Cristina Ionescu"),

        ("correction", (), "Telefon greșit în cont",
         """Salut,
în contul meu figurează un număr de telefon care nu e al meu (0722 481 906) – probabil o greșeală de tastare a cuiva de la call-center când am comandat telefonic anul trecut. Numărul corect este 0744 812 906. Vă rog să îl schimbați în fișa de client; nu am nicio comandă în curs, e doar ca să fie corect pe viitor.
Florin""",
         "Florin Matei"),

        ("complaint", ("access",), "Cine a avut acces la datele mele???",
         """Bună seara,

astăzi am primit pe WhatsApp un mesaj de la un număr necunoscut, care se prezenta drept „curier al magazinului” și îmi cerea să plătesc o taxă de livrare printr-un link. Persoana știa exact ce am comandat de la voi acum două zile, numărul comenzii și adresa mea. Eu nu am spus nimănui aceste lucruri. E clar că datele mele au ajuns unde nu trebuia, de la voi sau de la firma de curierat cu care lucrați, și sunt foarte nemulțumită.

Vreau să știu cui ați transmis datele mele și cine a avut acces la ele.

Gabriela Radu""",
         "Gabriela Radu"),

        ("other", (), "Reclamatie comanda 2024-55817",
         """Bună ziua,
am primit ieri șezlongul comandat (comanda 2024-55817), dar unul dintre picioare era rupt din cutie, iar pânza are o tăietură de vreo 10 cm. Ambalajul părea în regulă. Vă rog să-mi spuneți cum procedăm – trimiteți altul sau îmi returnați banii? Atașez poze.
Cu respect,
Vasile Munteanu""",
         "Vasile Munteanu"),

        ("other", (), "Solicitare interviu – datele clienților în e-commerce",
         """Bună ziua,

sunt jurnalist la revista Comerț Digital și pregătesc un material despre modul în care magazinele online din UE gestionează datele clienților. V-aș ruga, dacă este posibil, să-mi răspundeți la câteva întrebări (prin e-mail sau telefonic, cum vă e mai comod):
1. Câte cereri de la clienți primiți lunar pe adresa privacy@?
2. Ce tip de cereri sunt cele mai frecvente?
3. Folosiți instrumente automate pentru a le gestiona?
Termenul meu de predare este 15 noiembrie.

Mulțumesc anticipat,
Diana Marinescu
redactor, Comerț Digital
0731 220 415""",
         "Diana Marinescu, Comerț Digital"),

        ("automated", (), "Răspuns automat: Re: Solicitare",
         """Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu până pe 21 august, cu acces limitat la e-mail. Pentru probleme urgente vă rog să o contactați pe colega mea, Simona Nistor, la simona.nistor@gradinaverde.ro sau la 0264 590 118.

Cu stimă,
Adrian Pavel
Manager achiziții | Grădina Verde SRL""",
         "Adrian Pavel"),
    ],

    "el": [
        ("portability", (), "Αρχείο με τις παραγγελίες μου για το νέο μου κατάστημα",
         """Καλησπέρα σας,

αλλάζω κατάστημα για τα είδη κήπου και το καινούργιο (GreenHome Α.Ε.) μού ζήτησε να τους στείλω το ιστορικό παραγγελιών μου και τα στοιχεία του λογαριασμού μου σε αρχείο που μπορούν να φορτώσουν στο σύστημά τους (CSV ή JSON). Μπορείτε να μου τα δώσετε σε τέτοια μορφή; Αν γίνεται να το στείλετε απευθείας σε εκείνους, στο data@greenhome.gr, ακόμα καλύτερα.

Ευχαριστώ,
Νίκος Παπαδόπουλος""",
         "Νίκος Παπαδόπουλος"),

        ("access", ("correction",), "Τι στοιχεία μου έχετε;",
         """Γεια σας,
θα ήθελα να μάθω τι ακριβώς στοιχεία μου κρατάτε – διευθύνσεις, τηλέφωνα, αγορές, ό,τι υπάρχει. Δεν χρειάζομαι κάποιο ειδικό αρχείο, απλώς μια λίστα να δω τι έχετε.
Επίσης, αν έχετε ακόμα το παλιό μου κινητό (697 123 4567), αντικαταστήστε το παρακαλώ με το καινούργιο: 694 765 4321.
Ευχαριστώ πολύ,
Μαρία""",
         "Μαρία Γεωργίου"),

        ("other", (), "Ερώτηση για τα cookies",
         """Καλημέρα,
στην πολιτική cookies γράφετε ότι χρησιμοποιείτε «cookies τρίτων για στατιστικούς σκοπούς». Ποιοι είναι αυτοί οι τρίτοι; Google Analytics ή κάτι άλλο; Ρωτάω γενικά, γιατί φτιάχνω το δικό μου e-shop και κοιτάζω πώς το χειρίζονται οι άλλοι.
Ευχαριστώ,
Γιώργος""",
         "Γιώργος Αντωνίου"),

        ("withdraw_consent", (), "Newsletter",
         """Καλησπέρα,
πέρσι είχα γραφτεί στο newsletter σας για να πάρω το κουπόνι έκπτωσης. Δεν θέλω πια να λαμβάνω τα email με τις προσφορές, παρακαλώ βγάλτε με από τη λίστα. Τον λογαριασμό μου θέλω να τον κρατήσω.
Ελένη""",
         "Ελένη Κωνσταντίνου"),

        ("objection", (), "Δεν έδωσα ποτέ τέτοια άδεια",
         """Κύριοι,

πριν από λίγες μέρες έλαβα στο σπίτι μου διαφημιστικό φυλλάδιο από εταιρεία πισινών, στο οποίο έγραφε ότι «ως πελάτης του καταστήματός σας δικαιούμαι ειδική τιμή». Δεν θυμάμαι να συμφώνησα ποτέ να δίνετε τα στοιχεία μου σε άλλες εταιρείες για διαφημίσεις.

Δεν επιθυμώ να χρησιμοποιείται η διεύθυνσή μου ή οποιοδήποτε άλλο στοιχείο μου για διαφήμιση, είτε από εσάς είτε από συνεργάτες σας. Ο λογαριασμός μου να παραμείνει ως έχει.

Δ. Ιωάννου""",
         "Δημήτρης Ιωάννου"),

        ("deletion", (), "",
         """Καλησπέρα σας,

μετακομίζω μόνιμα στην Αυστραλία και δεν θα ξαναψωνίσω από εσάς. Θέλω να κλείσετε τον λογαριασμό μου και να μη μείνει τίποτα δικό μου στο σύστημά σας – ούτε διευθύνσεις, ούτε κάρτα πόντων, ούτε ιστορικό. Όχι απλώς να με βγάλετε από τα newsletter, τα πάντα.

Ευχαριστώ για όλα τα χρόνια,
Κατερίνα Νικολάου""",
         "Κατερίνα Νικολάου"),

        ("restriction", (), "Μην σβήσετε ακόμα τα στοιχεία μου",
         """Καλησπέρα,

έχω διαφορά με την εταιρεία σας για μια παραγγελία ψησταριάς που χρεώθηκε δύο φορές, και η υπόθεση βρίσκεται πλέον στον Συνήγορο του Καταναλωτή. Είδα στους όρους ότι οι ανενεργοί λογαριασμοί διαγράφονται μετά από δύο χρόνια, και ο δικός μου κοντεύει.

Σας παρακαλώ να μη σβήσετε τίποτα από τον λογαριασμό και τις παραγγελίες μου όσο εκκρεμεί η υπόθεση, γιατί τα χρειάζομαι ως αποδεικτικά. Μέχρι τότε, όμως, μην τα χρησιμοποιείτε για τίποτε άλλο.

Με εκτίμηση,
Σταύρος Μιχαηλίδης""",
         "Σταύρος Μιχαηλίδης"),

        ("correction", (), "Αλλαγή επωνύμου",
         """Καλημέρα σας,

παντρεύτηκα πρόσφατα και άλλαξα επώνυμο. Στον λογαριασμό μου και στην κάρτα πόντων εμφανίζομαι ακόμα ως Σοφία Λαμπράκη. Παρακαλώ αλλάξτε το σε Σοφία Παπαδάκη. Δεν έχω καμία παραγγελία σε εξέλιξη, θέλω απλώς να είναι σωστά τα στοιχεία μου από εδώ και πέρα.

Ευχαριστώ,
Σοφία Παπαδάκη (πρώην Λαμπράκη)""",
         "Σοφία Παπαδάκη"),

        ("complaint", ("access",), "Re: Αίτημα για τα προσωπικά μου δεδομένα",
         """Αξιότιμοι κύριοι,

στις 12 Ιανουαρίου σας ζήτησα να με ενημερώσετε ποια προσωπικά μου δεδομένα επεξεργάζεστε. Έχουν περάσει σχεδόν δύο μήνες χωρίς καμία απάντηση, ούτε καν επιβεβαίωση παραλαβής, παρότι η προθεσμία είναι ένας μήνας.

Επαναλαμβάνω το αίτημά μου. Παράλληλα σας γνωστοποιώ ότι έχω ήδη υποβάλει καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα για την ολιγωρία σας.

Αλέξανδρος Βασιλείου""",
         "Αλέξανδρος Βασιλείου"),

        ("other", (), "Παράπονο για την ομπρέλα",
         """Καλησπέρα,
θέλω να κάνω ένα παράπονο. Η ομπρέλα βεράντας που παρήγγειλα (αρ. παραγγελίας 2024-73302) ξεθώριασε μέσα σε έναν μήνα και ο μηχανισμός κολλάει. Για τέτοια τιμή περίμενα κάτι καλύτερο. Μπορώ να την επιστρέψω ή να πάρω μια καινούργια στη θέση της;
Θεοδώρα""",
         "Θεοδώρα Χατζή"),

        ("automated", (), "Αυτόματη απάντηση: Εκτός γραφείου",
         """Καλησπέρα σας,

σας ευχαριστώ για το μήνυμά σας. Θα λείπω από το γραφείο έως τις 25 Αυγούστου, χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να καλέσετε στο 210 6712 340.

Με εκτίμηση,
Ευάγγελος Ρήγας
Τμήμα Προμηθειών, Κήπος & Σπίτι Α.Ε.""",
         "Ευάγγελος Ρήγας"),
    ],

    "bg": [
        ("portability", (), "Данни към друг магазин",
         """Здравейте,

премествам покупките си в друг онлайн магазин за градината – „Зелен двор“ ООД, – и те предлагат да прехвърлят историята на поръчките ми, ако им я предоставя в подходящ формат. Моля, изпратете им директно данните от профила ми и списъка с поръчките във файл, който могат да заредят в системата си (CSV или JSON), на имейл data@zelendvor.bg. Ако не може директно, пратете го на мен.

Благодаря,
Георги Иванов""",
         "Георги Иванов"),

        ("access", (), "Въпрос",
         """Здравейте,
искам да знам каква информация пазите за мен. Получавам от вас оферти за неща, които съм разглеждала в сайта, без да ги купувам, значи си записвате какво гледам. Какво точно сте събрали, от кога и на кого го давате? Не ми трябва файл за някъде, просто искам да видя.
Ако до месец не получа отговор, ще подам сигнал до Комисията за защита на личните данни.
Десислава Петрова""",
         "Десислава Петрова"),

        ("withdraw_consent", (), "Re: Седмични оферти за градината",
         """Махнете ме от този бюлетин моля. Записах се сам преди време, ама вече не ми трябва. Профила не го пипайте.
Иван Стоянов""",
         "Иван"),

        ("deletion", (), "Закриване на профил",
         """Добър ден,
моля, закрийте профила ми и изтрийте всичко, което имате за мен – адреси, телефон, поръчки, картата за лоялност. Отписването от бюлетина не ми е достатъчно, не искам изобщо да фигурирам при вас.
Поздрави,
Мария Димитрова""",
         "Мария Димитрова"),

        ("objection", (), "",
         """Здравейте,
абониран съм за бюлетина ви и искам да продължа да го получавам. Обаче забелязах, че всяко писмо съдържа проследяващи пиксели и всички връзки минават през някакъв сървър за статистика, т.е. знаете кога съм отворил писмото и на какво съм кликнал, и после ми показвате „препоръки“. За такова следене не съм се съгласявал. Моля, спрете да проследявате отварянията и кликванията ми и да ми правите профил по тях.
Петър Николов""",
         "Петър Николов"),

        ("restriction", ("access",), "Спорна поръчка 2024-40877 – моля, не изтривайте данните",
         """Здравейте,

според профила ми съм направила поръчка № 2024-40877 за 329 € (косачка), която нито съм правила, нито съм получила. Оспорвам я и съм подала сигнал в банката. Докато се изясни, моля данните по тази поръчка и профила ми да не се изтриват, но и да не се използват за нищо – нито за фактури, нито за реклами.

Освен това искам да ми изпратите какво точно е записано в профила ми – кога и от кой IP адрес/устройство е направена поръчката и какъв адрес е посочен.

Цветелина Георгиева""",
         "Цветелина Георгиева"),

        ("correction", (), "Името ми в профила",
         """Здравейте,
в клиентския ми профил и на картата за лоялност фамилията ми е изписана „Jelyazkov“, а в личната ми карта е „Zhelyazkov“. Понякога заради това куриерите отказват да ми дадат пратката, защото името не съвпада. Моля, коригирайте я в системата си – от профила не мога да го направя сам.
Благодаря,
Христо Желязков""",
         "Христо Желязков"),

        ("complaint", ("objection",), "Обаждане в 21:40 на личния ми телефон",
         """Здравейте,

вчера вечерта в 21:40 ми се обади на личния мобилен ваш служител (представи се като Стефан от „отдел лоялност“) и настоятелно ми предлагаше абонамент за градински продукти. Номерът ми ви е даден само за доставка. Намирам за недопустимо да се използва за такива обаждания, и то по това време. Вече подадох жалба до КЗЛД.

Не желая повече да ми звъните с търговски предложения.

Николай Тодоров""",
         "Николай Тодоров"),

        ("other", (), "Поръчка 2024-61290 – адрес",
         """Здрасти, направих поръчка снощи (2024-61290, саксии и почва) и сбърках входа в адреса – написала съм вх. А, а трябва да е вх. Б, бл. 214, ж.к. Младост 2, София. Може ли да го поправите в поръчката преди да тръгне? Благодаря предварително!
Радостина""",
         "Радостина Василева"),

        ("other", (), "Кандидатура – Data Protection Specialist",
         """Здравейте,

видях в LinkedIn, че търсите специалист по защита на личните данни за екипа си в Брюксел. Работя от 4 години като DPO в българска верига аптеки, имам сертификат CIPP/E и говоря английски и френски. Прилагам автобиографията си и мотивационно писмо. Ще се радвам на разговор.

С уважение,
Виктория Ангелова
+359 88 612 3347""",
         "Виктория Ангелова"),

        ("automated", (), "Автоматичен отговор: Вашето запитване",
         """Здравейте,

Благодаря за съобщението. В момента съм в отпуск до 3 септември включително и нямам достъп до пощата си. Съобщенията не се препращат.

При спешност се обърнете към колежката ми Емилия Райчева – e.raicheva@gradina-plus.bg, тел. 02 981 45 60.

Поздрави,
Борислав Костов
Отдел „Доставки“, Градина Плюс ЕООД""",
         "Борислав Костов"),
    ],
}

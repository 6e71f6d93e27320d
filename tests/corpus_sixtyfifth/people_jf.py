"""Set sixtyfifth, person mail in pl cs hr sv ro el bg, theme: at-home installation, assembly and planning services. Written apart from the rules (see make_sixtyfifth.py)."""

PEOPLE_JF = {
    "pl": [
        ("access", (),
         "Profil „Mój dom” w aplikacji",
         """Dzień dobry,

w marcu instalator od Was montował nam termostat, dwie kamery i inteligentne gniazdka. Wczoraj zajrzałem w aplikacji do zakładki "Mój dom" i trochę się zdziwiłem, ile tam jest: metraż mieszkania, liczba pokoi, nazwa naszej sieci wifi, gdzie stoi router, zdjęcia skrzynki z bezpiecznikami i szafki pod zlewem. Części z tego na pewno sam nie podawałem.

Chciałbym wiedzieć, co dokładnie macie o mnie i o moim mieszkaniu, skąd to macie (instalator? projektant?), komu to przekazaliście i jak długo zamierzacie to trzymać. Proszę też o kopię wszystkich tych danych.

Pozdrawiam
Marcin Wójcik""",
         "Marcin Wójcik"),
        ("deletion", ("withdraw_consent",),
         "usunięcie projektu kuchni",
         """Witam,
rok temu byłem u Was na spotkaniu z projektantką kuchni (sklep w Gandawie przy Kortrijksesteenweg), potem ona przyjechała do nas, zmierzyła kuchnię i salon i zrobiła sporo zdjęć. Kuchnię w końcu zrobiliśmy gdzie indziej.
W moim koncie dalej wisi ten projekt 3D, rzut mieszkania i te wszystkie zdjęcia. Proszę to usunąć, łącznie ze zdjęciami z naszego domu, nie tylko z konta ale też z tego programu projektantki jeśli to jest osobno.
I przy okazji wypiszcie mnie z newslettera "Twoja wymarzona kuchnia", bo dostaję go co tydzień a nigdy się nie zapisywałem.
Konto niech zostanie, elektronikę dalej u Was kupuję.

Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("correction", (),
         "",
         """w zleceniu montażu zmywarki macie zły numer tel, 0470 21 88 93 to nie mój. mój to 0468 55 12 07. zam. 4471-33510
Kasia Nowak""",
         "Katarzyna Nowak"),
        ("portability", (),
         "Projekt łazienki – plik",
         """Dzień dobry Państwu,

korzystałam z Państwa planera online do łazienki, a potem projektant (p. Jeroen) przygotował dla mnie projekt po pomiarze u mnie w domu. Ostatecznie łazienkę będzie robiła lokalna firma z Lier, która chce dostać wymiary i rzut.

Czy mogą Państwo wyeksportować moje dane z planera – wymiary, rzut, listę elementów – w jakimś normalnym formacie (np. CSV, DXF, cokolwiek co da się otworzyć w innym programie) i wysłać je bezpośrednio do tej firmy? Adres: info@renobad-lier.be. Jeśli nie da się bezpośrednio, to proszę do mnie.

PDF z ładnym obrazkiem już mam, chodzi mi o dane, a nie o obrazek.

Z poważaniem
Magdalena Zielińska""",
         "Magdalena Zielińska"),
        ("restriction", (),
         "Re: Your claim 88213",
         """Dzień dobry,

nie wiem czy to do Was, ale w dziale reklamacji powiedzieli żebym napisał na ten adres.

Przy montażu lodówki do zabudowy technik zalał i porysował panele w kuchni. Sprawa idzie teraz do ubezpieczyciela firmy montażowej i pewnie potrwa kilka miesięcy. Dowiedziałem się, że karty zlecenia i zdjęcia, które technik robi po montażu, po jakimś czasie kasujecie.

Proszę NIE usuwać niczego, co dotyczy tego zlecenia (karta pracy, zdjęcia, notatki technika, godzina przyjścia i wyjścia). Nie musicie tego do niczego używać, niech po prostu leży zablokowane, dopóki sprawa się nie skończy. Dam znać jak będzie po wszystkim.

Paweł Dąbrowski

> Dear customer,
> Thank you for your message. Your claim number is 88213.
> We will get back to you within 10 working days.
> Customer Service""",
         "Paweł Dąbrowski"),
        ("objection", ("deletion",),
         "Zdjęcia mojej kuchni w Waszej reklamie",
         """Dzień dobry,

koleżanka przysłała mi wczoraj link do Waszego Instagrama i do strony "Nasze realizacje – kuchnie na wymiar". Na trzecim zdjęciu jest moja kuchnia. Poznałam po kafelkach, po magnesach na lodówce i – co najgorsze – po rysunku mojej córki z jej imieniem, który wisi na szafce. Przez okno widać też kawałek naszej ulicy.

Technik po montażu faktycznie robił zdjęcia, mówił że "do dokumentacji". Nikt nie wspominał o reklamie.

Nie życzę sobie, żebyście wykorzystywali zdjęcia z mojego domu do promocji. Proszę to natychmiast zdjąć ze strony i z Instagrama i usunąć te zdjęcia z materiałów marketingowych.

Ewa Lewandowska
Leuven""",
         "Ewa Lewandowska"),
        ("withdraw_consent", (),
         "Re: Hoe tevreden bent u over uw montage? + 10% korting",
         """Montaż ok, 5 gwiazdek. Ale więcej takich maili i smsów z promocjami nie chcę, proszę mnie wypisać ze wszystkiego co marketingowe.

Jan

> Hallo Jan,
> Onze monteur Dries was op 12/03 bij u thuis. Hoe tevreden bent u over zijn werk?
> Beoordeel de montage in 30 seconden en ontvang een kortingscode van 10% op uw volgende aankoop!
> Team Thuisdiensten""",
         "Jan Szymański"),
        ("other", (),
         "Zam. 4471-29876 – uszkodzony front i brak listwy",
         """Dzień dobry,
wczoraj montażyści skręcali nam szafki kuchenne. Dziś rano przy dziennym świetle widać, że front szafki pod zlewem ma odpryśnięty róg, a listwy cokołowej przy lodówce w ogóle nie ma – panowie mówili, że "chyba nie było w paczce".
Zdjęcia w załączniku. Co dalej – wymiana frontu, czy ktoś przyjedzie to obejrzeć? Jestem w domu po 16:00, numer macie w zamówieniu.
Pozdrawiam
Joanna Mazur""",
         "Joanna Mazur"),
        ("other", (),
         "Pytanie przed montażem",
         """Dzień dobry,
w piątek przyjeżdża do nas ekipa montować garderobę. Czy to normalne, że technik po montażu robi zdjęcia? Sąsiad mówił, że u niego robili. Nie mam nic przeciwko, pytam tylko z ciekawości, żeby wiedzieć czego się spodziewać i czy mam wcześniej posprzątać :)
Dziękuję
Krzysztof Wiśniewski""",
         "Krzysztof Wiśniewski"),
        ("other", (),
         "Współpraca – montaż mebli i AGD",
         """Szanowni Państwo,

nazywam się Robert Kowalczyk i prowadzę firmę KR Montaż BV z siedzibą w Mechelen. Od 9 lat zajmujemy się montażem kuchni i zabudów oraz podłączaniem sprzętu AGD, pracujemy m.in. dla dwóch dużych sieci meblowych we Flandrii.

Wiem, że ten adres jest do spraw ochrony danych, ale nie mogę znaleźć innego kontaktu do działu usług montażowych. Chętnie zostalibyśmy Państwa partnerem/podwykonawcą. Nasi ludzie są przeszkoleni z RODO, nie zapisujemy kodów do drzwi ani miejsc z kluczami, wszystko idzie przez aplikację.

Czy mogą Państwo przekazać tę wiadomość właściwej osobie?

Z poważaniem
Robert Kowalczyk
KR Montaż BV, 0486 22 19 40""",
         "Robert Kowalczyk"),
    ],
    "cs": [
        ("access", (),
         "Dotaz",
         """Dobrý den,
v únoru u nás byl váš kuchyňský projektant, pan Verhoeven. Měřil, fotil každý kout, ptal se na všechno možné – kolik nás doma bydlí, jestli vaříme, kdy jsme v práci, dokonce i na psa. Kuchyň jsme nakonec nekoupili.
Teď mi přítel říká, že to všechno máte někde zapsané. Co o nás vlastně máte?? Pošlete mi prosím všechno, co o nás ten pán napsal, včetně fotek.
Díky
Lucie Horáková""",
         "Lucie Horáková"),
        ("correction", (),
         "Špatná adresa v zakázce – montáž pračky",
         """Dobrý den,
technik k montáži pračky dnes zazvonil u sousedů, protože v zakázce máte číslo domu 21 místo 12. Sousedka mu naštěstí řekla, kde bydlím, ale příště bych to ráda měla správně.
Správně je: Rue Vanderkindere 12, 1180 Uccle, 2. patro, zvonek "Svobodová / Peeters".
Opravte to prosím v mém účtu i u všech otevřených zakázek (ještě mám objednanou montáž sušičky na 14. 5.).
Děkuji, Jana Svobodová""",
         "Jana Svobodová"),
        ("deletion", ("access",),
         "Zpětný odběr – robotický vysavač",
         """Dobrý den,
ve čtvrtek nám vaši technici přivezli a zapojili novou myčku a v rámci zpětného odběru si odvezli i starý robotický vysavač. Až večer mi došlo, že jsem ho neuvedla do továrního nastavení. Je v něm uložená mapa celého bytu, připojení k naší wifi a je přihlášený do aplikace pod mým účtem.
Prosím, zajistěte, aby z něj byla všechna data smazána (pokud už není rozebraný), a potvrďte mi to. A zároveň mi napište, co se s takovými spotřebiči děje dál – jde to k nějaké další firmě, nebo rovnou do recyklace?
Objednávka 5529-20871.
S pozdravem
Tereza Kučerová""",
         "Tereza Kučerová"),
        ("restriction", ("correction",),
         "Žádost o omezení zpracování – protokol zaměření (zakázka 5529-31120)",
         """Vážení,

dne 3. 4. u mne proběhlo zaměření oken pro závěsy a rolety. V protokolu, který mi následně přišel e-mailem, jsou rozměry ložnice uvedeny chybně (okno 140 cm místo 180 cm, výška stropu 240 cm místo 265 cm) a je v něm poznámka „zákaznice nepřítomna, měřeno dle fotografie“. To není pravda, celou dobu jsem byla doma a pana technika jsem provázela.

Správnost údajů v protokolu tedy popírám. Podle čl. 18 odst. 1 písm. a) GDPR žádám, abyste do doby, než jejich správnost ověříte, tyto údaje nepoužívali a zejména je nepředávali výrobci k zakázkové výrobě. Po ověření (nejlépe novým zaměřením) žádám podle čl. 16 o opravu protokolu i uvedené poznámky.

S pozdravem
Ing. Alena Procházková
Chaussée de Wavre 211, 1050 Ixelles""",
         "Alena Procházková"),
        ("objection", (),
         "Předávání mých údajů montážní firmě",
         """Dobrý den,
od té doby, co nám firma InstalPro montovala kuchyň (objednanou u vás), mi od nich chodí maily s nabídkou servisních smluv a jednou mi dokonce volali kvůli "akci na klimatizace". Předpokládám, že jim dáváte kontakty zákazníků.
Pro samotnou montáž je to v pořádku, to chápu. Ale nesouhlasím s tím, aby moje údaje dostávali nebo používali pro svoji reklamu. Proti tomuto použití vznáším námitku, přestaňte jim prosím moje údaje k takovým účelům poskytovat.
Petr Veselý""",
         "Petr Veselý"),
        ("withdraw_consent", (),
         "",
         """Odhlaste mě prosím z newsletteru "Bydlení & kuchyně" a ze sms s akcemi taky. Díky
P. Novotný""",
         "Pavel Novotný"),
        ("complaint", ("access",),
         "Váš technik mi píše na Facebooku!!!",
         """Dobrý den,

jsem opravdu naštvaná. Minulé úterý u mě váš technik montoval držák na televizi a zapojoval soundbar. Všechno v pořádku, odešel. Ve čtvrtek večer mi přišla SMS z neznámého čísla: "ahoj, tady Kevin od televize :) nechceš zajít na drink?" A v pátek žádost o přátelství na Facebooku a na Instagramu od stejného člověka.

Bydlím sama. Ten člověk ví, kde bydlím, ví, jak vypadá můj byt, a v poznámce k objednávce jsem měla napsaný i kód od vchodu. Tohle je naprosto nepřípustné a od vás jako firmy bych čekala, že si lidi, které k zákazníkům posíláte, budete hlídat.

Chci vědět, jak je možné, že měl moje číslo i po skončení zakázky, kdo další z té firmy má k mým údajům (včetně toho kódu) přístup a jestli už jsou smazané. Pokud mi do týdne neodpovíte, podávám stížnost u belgického úřadu (GBA) a kopii posílám i našemu ÚOOÚ.

Veronika Marešová""",
         "Veronika Marešová"),
        ("other", (),
         "Objednávka 5529-10442 – změna termínu",
         """Dobrý den,
montáž myčky a trouby máme na pátek 7. 6. dopoledne. Bohužel mi do toho vlezla služební cesta, šlo by to přesunout na další týden, ideálně úterý nebo středu? Minule technik přišel o tři hodiny později, takže kdyby to šlo hned ráno, byl bych rád.
Děkuji
Martin Král""",
         "Martin Král"),
        ("other", (),
         "chybí šroub",
         """Dobrý den, montéři včera skládali šatní skříň a chybí jeden šroub do pantu (ten dlouhý, v návodu č. 104118). Dveře visí nakřivo. Můžete ho poslat poštou? Adresu máte v objednávce. Díky
Marek Dvořák""",
         "Marek Dvořák"),
        ("other", (),
         "Klíč pod rohožkou?",
         """Dobrý den, chtěla bych se zeptat, jak to u vás chodí, když zákazník při montáži není doma. Můžu nechat klíč u sousedky nebo pod rohožkou a napsat to do poznámky k objednávce, nebo musí být někdo doma? Máte případně nějakou schránku na klíče? Montáž ještě objednanou nemám, jen zjišťuju, jak to funguje.
Díky, Hana Němcová""",
         "Hana Němcová"),
    ],
    "hr": [
        ("access", (),
         "Zašto vanjska firma ima moje podatke?",
         """Poštovani,

prošli mjesec kupio sam kod vas perilicu posuđa s ugradnjom (narudžba 3308-77215). Jučer me nazvao neki gospodin iz firme "Vlaams Montage Team" i rekao da su oni bili kod mene na ugradnji i da mi sad mogu ponuditi i servis klime po povoljnoj cijeni. Nisam znao da vi moje podatke dajete nekoj vanjskoj firmi.

Molim vas da mi kažete kojim ste sve firmama dali moje ime, adresu i broj mobitela, što ste im točno poslali (i napomene iz narudžbe?), zašto, i koliko dugo to oni smiju čuvati.

Lijep pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),
        ("correction", (),
         "Re: Confirmation of your installation appointment",
         """Dobar dan,
u potvrdi mi je krivo napisano prezime (Kovačević, ne Kovacevic) i broj mobitela je stari, taj više ne koristim. Novi je +32 487 63 20 14. Molim ispravak u profilu da me tehničar može dobiti na dan ugradnje.
Hvala,
Marija Kovačević

> Dear Mrs Kovacevic,
> We confirm your air conditioning installation on 22/06 between 8:00 and 12:00.
> The technician will call you on +32 471 90 11 58 about 30 minutes before arrival.
> Kind regards, Home Services""",
         "Marija Kovačević"),
        ("deletion", ("withdraw_consent",),
         "brisanje",
         """Pozdrav, napravio sam račun samo da isprobam vaš online planer za sobe i ucrtao cijeli stan s mjerama. Više mi ne treba. Molim obrišite račun, sve tlocrte i projekte koje sam spremio i više mi ne šaljite newsletter. Hvala. Dario""",
         "Dario Novak"),
        ("portability", (),
         "Zahtjev za prijenos podataka – izmjera za parket",
         """Poštovani,

dana 15. svibnja vaš je djelatnik kod mene izvršio izmjeru dnevnog boravka i hodnika za polaganje parketa (narudžba 3308-80412). Od narudžbe sam odustala jer će radove izvesti stolar kojeg poznajem.

Temeljem članka 20. Opće uredbe o zaštiti podataka molim da mi izmjere, tlocrt i bilješke s izmjere dostavite u strukturiranom, strojno čitljivom obliku (npr. CSV ili DXF) te da ih, ako je moguće, izravno proslijedite na adresu stolarija.juric@telenet.be.

Unaprijed zahvaljujem.

S poštovanjem,
Ana Perić
Rue Haute 88, 1000 Bruxelles""",
         "Ana Perić"),
        ("objection", (),
         "Reklame nakon planiranja kupaonice",
         """Dobar dan,

u ožujku sam imala termin s vašim planerom za kupaonicu, napravili smo projekt, ali smo onda odlučili još malo pričekati. Od tada na vašoj stranici i u aplikaciji vidim samo kade, pločice i tuš kabine, a dobivam i obavijesti "Dovršite svoju kupaonicu iz snova" s proizvodima točno iz mog projekta.

Ne želim da moj projekt kupaonice i podatke s tog termina koristite za personalizirane reklame i profiliranje. Molim vas da to prestanete. Projekt neka ostane spremljen u računu, možda ga iskoristim kasnije.

Hvala,
Snježana Babić""",
         "Snježana Babić"),
        ("withdraw_consent", ("deletion",),
         "Fotografije moje kuhinje",
         """Poštovani,
kod montaže kuhinje u siječnju potpisala sam obrazac da vaši monteri smiju fotografirati gotovu kuhinju i da je možete koristiti kao primjer na stranici i u katalogu. Predomislila sam se, ne želim da naš dom bude u reklamama.
Povlačim tu suglasnost i molim da te fotografije obrišete.
Narudžba 3308-65019.
Lp, Ivana Marić""",
         "Ivana Marić"),
        ("complaint", (),
         "Opomena – bez odgovora na moj zahtjev od 2. ožujka",
         """Poštovani,

2. ožujka poslao sam vam na ovu adresu zahtjev u vezi s radnim nalogom za ugradnju pametnog termostata (narudžba 3308-59930). Instalater je u radni nalog upisao lozinku moje kućne wifi mreže, a taj mi je radni nalog poslije stigao e-mailom kao PDF – u kopiji je bila i adresa partnerske firme za montažu. Tražio sam da lozinku uklonite i da mi objasnite tko je sve dobio taj dokument.

Prošlo je više od mjesec dana, a nisam dobio nikakav odgovor, čak ni potvrdu primitka. To nije u skladu s člankom 12. GDPR-a.

Ako u roku od 8 dana ne dobijem odgovor, podnijet ću pritužbu belgijskom nadzornom tijelu (GBA/APD), a presliku šaljem i AZOP-u.

S poštovanjem,
Zoran Šimić""",
         "Zoran Šimić"),
        ("other", (),
         "Nitko nije došao!",
         """Poštovani, danas smo cijelo jutro čekali montere za ormar (narudžba 3308-71140), termin 8-12 h. Nitko nije došao niti nazvao. Uzela sam slobodan dan zbog toga!! Molim vas hitno novi termin i objašnjenje što se dogodilo.
Sanja Knežević""",
         "Sanja Knežević"),
        ("other", (),
         "Upit – planiranje kupaonice",
         """Dobar dan,
zanima me kako kod vas ide planiranje kupaonice. Dolazi li planer doma izmjeriti ili moram doći u trgovinu sa svojim mjerama? Koliko to košta i odbija li se od cijene ako naručimo? Kupaonica je mala, oko 5 m2, a htjeli bismo tuš umjesto kade.
Hvala unaprijed,
Tomislav Jurić""",
         "Tomislav Jurić"),
        ("other", (),
         "Pohvala monterima",
         """Pozdrav,
samo da pohvalim vaše montere Mehdija i Stijna koji su u subotu montirali našu kuhinju. Došli su na vrijeme, sve su uredno složili, odnijeli kartone i strpljivo nam objasnili kako se podešavaju vrata. U ocjeni sam im dala 5 zvjezdica, ali htjela sam da i vi to znate.
Ne znam je li ovo prava adresa, ali drugu nisam našla.
Lijep pozdrav,
Mirela i Goran Tomić""",
         "Mirela Tomić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag (art. 15 GDPR)",
         """Hej,

Jag begär härmed att få ta del av de personuppgifter ni behandlar om mig, i enlighet med artikel 15 i dataskyddsförordningen.

Jag vill särskilt veta:
1. vilka anteckningar er köksplanerare gjorde vid hembesöket hos oss den 14 januari, inklusive foton, skisser och planritningen av lägenheten,
2. vilka uppgifter ni har lämnat vidare till installationsfirman och eventuella andra mottagare,
3. hur länge ni sparar uppgifterna, och
4. varifrån ni har fått uppgifter om mig som jag inte själv har lämnat.

Jag vill ha en kopia i elektronisk form till den här mejladressen. Kundnummer: 20-558193.

Med vänliga hälsningar
Karin Lindqvist
Rue Bosquet 40, 1060 Saint-Gilles""",
         "Karin Lindqvist"),
        ("correction", (),
         "Fel portkod",
         """Hej! Vi har fått ny portkod i huset. Den som står i min profil och på ordern är den gamla (1984), nya är 7302. Soffan ska levereras och monteras på torsdag så det vore bra om det blev rätt innan dess, och ändra gärna i profilen också så det stämmer framöver. Ordernr 4620-55031.
/Johan Eriksson""",
         "Johan Eriksson"),
        ("deletion", ("access",),
         "Larmkod i kommentarsfältet",
         """Hej,
när vi beställde diskmaskin med installation skrev jag i kommentarsfältet larmkoden och att reservnyckeln ligger i fågelholken vid garaget, eftersom ingen av oss kunde vara hemma. Installationen gjordes i tisdags och allt funkar.
Nu vill jag att ni raderar de uppgifterna ur ordern och ur alla era system – och även hos installationsfirman. Jag vill också veta vilka som har kunnat se kommentaren (butiken, kundtjänst, montörerna, någon mer?).
Vi byter larmkod i alla fall, men ändå.
Mvh
Anders Nilsson""",
         "Anders Nilsson"),
        ("portability", (),
         "Export av mina rumsplaneringar",
         """Hej!
Jag har ett gäng projekt sparade i er rumsplanerare (kök, två sovrum och hallen) med alla mått. Vi flyttar tillbaka till Göteborg i höst och köket ska byggas av en snickare där.
Kan ni skicka mina projekt som fil i ett format som går att läsa in i ett annat program (t.ex. CSV med måtten eller DXF), inte bara som PDF? Om det går får ni gärna skicka dem direkt till snickaren: info@bergssnickeri.se.
Tack på förhand!
Emma Falk""",
         "Emma Falk"),
        ("restriction", ("correction",),
         "Anteckning i arbetsorder",
         """Hej.

Jag ringde er kundtjänst i går för att flytta min installationstid och fick då höra att det står i min arbetsorder att jag "uppträdde hotfullt" mot montören som var här den 2 maj och att framtida besök ska ske med två montörer.

Det stämmer inte. Jag var irriterad för att han kom fyra timmar för sent och sa det rakt ut, men jag var aldrig hotfull. Min granne var här hela tiden och kan intyga det.

Jag bestrider alltså uppgiften. Tills ni har utrett saken vill jag att anteckningen inte används, inte visas för andra montörer och inte skickas vidare till någon installationsfirma. När ni har utrett det ska den rättas eller strykas.

Sara Holm""",
         "Sara Holm"),
        ("withdraw_consent", (),
         "",
         """vill inte ha fler sms om erbjudanden efter installationen, ta bort mig från det. tack
Lars""",
         "Lars Berg"),
        ("complaint", (),
         "Min gamla TV – någon använder våra konton!",
         """Hej,

Jag är ärligt talat förbannad. När ni levererade och monterade vår nya TV i mars tog montörerna med sig den gamla smart-TV:n (återtagning). Jag frågade specifikt om den skulle nollställas och fick svaret "ja, det gör vi alltid, den fabriksåterställs innan den går vidare".

I förra veckan fick jag ett mejl från Netflix om en inloggning från en TV i Antwerpen, och på vårt YouTube-konto dök det upp historik som inte är vår. Det är alltså vår gamla TV som någon annan använder, inloggad på våra konton. Vi har loggat ut överallt och bytt lösenord, men det är inte poängen.

Ni lovade att allt skulle raderas och det gjordes inte. Ni har slarvat grovt med våra uppgifter och jag kommer att anmäla detta till IMY och till den belgiska dataskyddsmyndigheten om jag inte får en ordentlig förklaring.

Mikael Lund
Ordernr 4620-48112""",
         "Mikael Lund"),
        ("other", (),
         "Montören kom aldrig",
         """Hej, vi var hemma hela dagen i går (8-17) för installation av spishäll, ordernr 4620-61877, men ingen kom och ingen ringde. Jag har tagit ledigt från jobbet för det här. Vad händer nu? Jag vill ha en ny tid snarast och gärna någon form av ersättning.
Per Johansson""",
         "Per Johansson"),
        ("other", (),
         "Saknas en hylla",
         """Hej! Monteringen av garderoben gick fint, trevliga killar. Men det saknas ett hyllplan (det ska vara 5, vi fick 4). Kan ni skicka ett? Ni behöver inte komma ut och montera, det klarar jag själv.
Hälsningar
Maria Andersson""",
         "Maria Andersson"),
        ("other", (),
         "Tack till Youssef",
         """Hej,
ville bara säga att installatören som var här i fredags och kopplade in vår nya tvättmaskin och torktumlare (Youssef tror jag han hette) gjorde ett jättebra jobb. Han tog av sig skorna utan att vi bad om det, förklarade allt och tog med sig den gamla maskinen. Ge honom gärna beröm från oss!
Vet inte om det här är rätt adress men hittade ingen annan.
Ulla och Bengt Sjöberg""",
         "Ulla Sjöberg"),
    ],
    "ro": [
        ("correction", (),
         "Număr de telefon greșit pe fișa de lucru",
         """Bună ziua,

ieri trebuia să vină tehnicianul pentru montajul hotei (comanda 6612-88014). Am stat acasă toată dimineața și n-a venit nimeni. Am sunat la magazin și mi s-a spus că tehnicianul a sunat de trei ori, dar "nu a răspuns nimeni". Pe fișa de lucru era numărul greșit, cu două cifre inversate: 0478 12 65 39 în loc de 0478 12 56 39.

Vă rog să corectați numărul în contul meu și pe toate comenzile deschise, ca să nu se mai repete. Programarea nouă am făcut-o deja la magazin.

Mulțumesc,
Elena Popescu""",
         "Elena Popescu"),
        ("deletion", ("withdraw_consent",),
         "Ștergerea planului de bucătărie și a pozelor",
         """Bună ziua,
în toamnă am avut o programare cu un consultant pentru bucătărie, a venit la noi acasă în Anderlecht, a măsurat tot și a făcut poze în toate camerele de la parter, nu doar în bucătărie. Până la urmă nu am comandat nimic de la voi.
Vă rog să ștergeți planul bucătăriei, schița casei și toate pozele făcute la noi, din cont și de oriunde le mai aveți. Și nu-mi mai trimiteți emailuri cu oferte la bucătării, nu mai vreau.
Mersi,
Andrei Ionescu""",
         "Andrei Ionescu"),
        ("portability", (),
         "Export plan baie",
         """Bună ziua,

Am salvat în contul meu planul 3D al băii, făcut împreună cu planificatorul vostru în magazinul din Liège, plus măsurătorile. Baia o va face însă o firmă din Brașov (renovăm apartamentul de acolo).

Îmi puteți trimite datele din plan (dimensiuni, amplasarea obiectelor sanitare, lista de produse) într-un fișier pe care să-l poată deschide și altcineva în programul lor, nu doar poza în PDF? Dacă se poate, trimiteți-le direct firmei: office@renovabaie.ro.

Cu stimă,
Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("restriction", (),
         "Nu ștergeți măsurătorile bucătăriei!",
         """Bună ziua,

am primit de la voi un email că planul meu de bucătărie și măsurătorile vor fi șterse automat după 12 luni, pe 30 iunie.

Vă rog să NU le ștergeți. Dulapurile montate de firma voastră parteneră nu se potrivesc (erau cu 4 cm mai late decât nișa și au fost tăiate pe loc) și am deschis o procedură prin avocat împotriva firmei de montaj. Măsurătorile și planul sunt singura dovadă a ceea ce s-a convenit.

Nu trebuie să le mai folosiți la nimic, doar păstrați-le până se termină procesul. Vă anunț eu când.

Gheorghe Stan
comanda 6612-70251""",
         "Gheorghe Stan"),
        ("objection", (),
         "Înregistrarea programării video",
         """Bună ziua,
săptămâna trecută am avut o programare video cu planificatorul vostru pentru dormitor (dulap pe comandă). La început mi s-a spus că apelul se înregistrează "pentru calitate și instruire". N-am zis nimic atunci, dar în timpul apelului am arătat toată casa cu telefonul, inclusiv copiii.
Nu sunt de acord să folosiți înregistrarea pentru instruirea angajaților sau pentru analize. Vă rog să nu o mai folosiți în acest scop.
Mulțumesc,
Ioana Constantin""",
         "Ioana Constantin"),
        ("withdraw_consent", (),
         "Re: Montage gratuit pour votre nouvelle cuisine",
         """Vă rog să nu-mi mai trimiteți astfel de emailuri. Mi-am dat acordul acum doi ani când am cumpărat aragazul, dar acum nu mai vreau nici emailuri, nici SMS-uri cu oferte.
Mulțumesc,
Adriana Munteanu

> Bonjour Adriana,
> Profitez du montage gratuit pour toute cuisine commandée avant le 30 avril !
> Prenez rendez-vous avec un de nos planificateurs en magasin ou en ligne.
> Pour ne plus recevoir nos e-mails, cliquez ici.""",
         "Adriana Munteanu"),
        ("complaint", ("access",),
         "Instalatorul are acces la camerele mele de supraveghere",
         """Bună ziua,

acum două luni ați instalat la noi sistemul smart-home cumpărat de la voi: 3 camere, senzori la uși și termostat. Instalatorul (de la firma parteneră, nu știu exact care) a configurat aplicația pe contul lui "ca să meargă mai repede" și apoi ne-a "adăugat" pe noi ca utilizatori.

Abia acum am văzut în aplicație că el e în continuare administrator. Adică un străin poate vedea oricând ce se întâmplă în casa mea, în camera copiilor, și știe când suntem plecați. Parola de wifi a rămas și ea scrisă pe fișa de lucru.

Este inacceptabil. Nimeni nu ne-a întrebat dacă suntem de acord cu așa ceva. Vreau să știu ce firmă a făcut instalarea, cine a avut acces la aplicație și la fișa de lucru și dacă s-au salvat imagini. Dacă nu primesc un răspuns clar în 10 zile, depun plângere la autoritatea belgiană (APD) și la ANSPDCP.

Radu Georgescu""",
         "Radu Georgescu"),
        ("other", (),
         "Preț măsurare perdele",
         """Bună ziua, cât costă să vină cineva să măsoare ferestrele pentru perdele și jaluzele? Am 6 ferestre, casă în Schaerbeek. Se scade din preț dacă comand după aceea? Mulțumesc, Mihaela Radu""",
         "Mihaela Radu"),
        ("other", (),
         "Întrebare despre instalare",
         """Bună ziua,
săptămâna viitoare vine cineva de la voi să instaleze termostatul smart și prizele inteligente. Trebuie să-i dau parola de wifi sau o introduc eu? Sau e mai bine să fac eu configurarea în aplicație înainte să vină? Nu vreau să greșesc ceva și omul să vină degeaba.
Vă mulțumesc,
Florin Matei""",
         "Florin Matei"),
        ("other", (),
         "Comanda 6612-91307",
         """Bună ziua. Am așteptat instalatorul pentru mașina de spălat vase de la 8 la 13, a venit la 15:40 fără să anunțe. A montat-o, dar a lăsat cutia, folia și furtunul vechi în mijlocul bucătăriei și a zgâriat parchetul la intrare. Nu e prima dată. Aștept un răspuns de la un om, nu un mesaj automat.
Nicoleta Vasile""",
         "Nicoleta Vasile"),
    ],
    "el": [
        ("access", (),
         "Re: Uw bestelling 7730-41526 werd geleverd",
         """Καλησπέρα σας,

μετά την τοποθέτηση της ντουλάπας μου ήρθε μήνυμα στο κινητό από άγνωστο νούμερο, που ήξερε το όνομά μου και τη διεύθυνσή μου και μου πρότεινε "επισκευές σπιτιού". Τι στοιχεία έχετε για μένα και σε ποιον τα δώσατε; Θέλω να τα δω όλα.

Ευχαριστώ
Νίκος Παπαδόπουλος

> Beste klant,
> Uw bestelling 7730-41526 werd geleverd en gemonteerd.
> Hoe tevreden bent u over onze monteur? Geef uw beoordeling in de app.
> Met vriendelijke groeten,
> Team Thuisdiensten""",
         "Νίκος Παπαδόπουλος"),
        ("deletion", (),
         "Διαγραφή λογαριασμού",
         """Καλημέρα,

Σας παρακαλώ να κλείσετε τον λογαριασμό μου και να διαγράψετε όλα τα στοιχεία μου. Ειδικά την κάτοψη του διαμερίσματος και τις φωτογραφίες που τράβηξε ο σχεδιαστής κουζίνας όταν ήρθε για μέτρηση τον Νοέμβριο, καθώς και το τρισδιάστατο σχέδιο που είναι αποθηκευμένο στον λογαριασμό.

Δεν θα συνεχίσουμε μαζί σας. Παρακαλώ επιβεβαιώστε μου όταν γίνει.

Με εκτίμηση,
Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("portability", (),
         "Αρχείο σχεδίου μπάνιου",
         """Γεια σας,
έχω φτιάξει το μπάνιο μας στον online σχεδιαστή σας και μετά ήρθε ο συνεργάτης σας και πήρε μέτρα. Τελικά το μπάνιο θα το κάνει ένας μάστορας εδώ στη Λιέγη που μας σύστησαν. Μπορείτε να μου στείλετε το σχέδιο με όλες τις διαστάσεις σε αρχείο που να ανοίγει σε άλλο πρόγραμμα (όχι μόνο PDF); Αν γίνεται, στείλτε το και κατευθείαν σε αυτόν: info@renobain-liege.be
Ευχαριστώ πολύ,
Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),
        ("restriction", (),
         "Μην σβήσετε τις μετρήσεις",
         """Καλησπέρα,

Μου ήρθε e-mail ότι ο λογαριασμός μου θα διαγραφεί λόγω αδράνειας στις 15/7. Στον λογαριασμό υπάρχουν οι μετρήσεις που έκανε πέρσι ο τεχνικός σας για το πάτωμα (laminate), μαζί με τις φωτογραφίες από την υγρασία στον τοίχο του σαλονιού.

Έχω διαφορά με τον ιδιοκτήτη του σπιτιού για την υγρασία και τα χρειάζομαι ως αποδεικτικό. Σας παρακαλώ να μην τα σβήσετε. Δεν χρειάζεται να τα χρησιμοποιήσετε για τίποτα, απλώς να μείνουν κλειδωμένα μέχρι να τελειώσει η υπόθεση.

Ελένη Αντωνίου""",
         "Ελένη Αντωνίου"),
        ("objection", ("withdraw_consent",),
         "Δεδομένα από τον σχεδιαστή δωματίων",
         """Γεια σας,

παρατήρησα ότι από τότε που σχεδίασα το σαλόνι μου στον online σχεδιαστή σας, μου βγαίνουν διαφημίσεις για καναπέδες και χαλιά ακριβώς στις διαστάσεις του δωματίου μου, ακόμα και στο Instagram. Δεν μου αρέσει καθόλου.

Αντιτίθεμαι στη χρήση των δεδομένων από τα σχέδιά μου για αναλύσεις, προφίλ και στοχευμένες διαφημίσεις, καθώς και στη διαβίβασή τους σε τρίτους γι' αυτό τον σκοπό. Επίσης, βγάλτε με από το newsletter, δεν το θέλω πια.

Σοφία Βασιλείου""",
         "Σοφία Βασιλείου"),
        ("withdraw_consent", (),
         "τηλέφωνα",
         """Μη με ξαναπάρετε τηλέφωνο για προσφορές σε κουζίνες. Δεν ενδιαφέρομαι. Ευχαριστώ
Γιώργος Π.""",
         "Γιώργος Παππάς"),
        ("complaint", ("deletion",),
         "2η υπενθύμιση – αίτημα διαγραφής χωρίς απάντηση",
         """Αξιότιμοι κύριοι,

Στις 4 Μαρτίου σας ζήτησα με e-mail σε αυτή τη διεύθυνση να διαγράψετε από την παραγγελία 7730-38804 τον κωδικό του συναγερμού και τη σημείωση για το πού αφήνουμε το κλειδί, που είχα γράψει για τους τεχνικούς εγκατάστασης του κλιματιστικού. Στις 2 Απριλίου σας έστειλα υπενθύμιση. Δεν έχω λάβει καμία απάντηση, ούτε καν αυτόματη επιβεβαίωση.

Σύμφωνα με το άρθρο 12 παρ. 3 του ΓΚΠΔ έπρεπε να έχω απάντηση εντός ενός μηνός. Η προθεσμία έχει λήξει προ πολλού.

Σας ζητώ για τελευταία φορά να διαγράψετε τα παραπάνω στοιχεία και να μου το επιβεβαιώσετε γραπτώς. Διαφορετικά θα υποβάλω καταγγελία στη βελγική Αρχή Προστασίας Δεδομένων (GBA/APD), με κοινοποίηση στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα στην Αθήνα.

Με εκτίμηση,
Αθανάσιος Οικονόμου
Avenue Louise 312, 1050 Bruxelles""",
         "Αθανάσιος Οικονόμου"),
        ("other", (),
         "Καθυστέρηση τεχνικού",
         """Καλημέρα. Ο τεχνικός για το πλυντήριο πιάτων έπρεπε να έρθει 8-12 και ακόμα δεν έχει φανεί, είναι 13:30. Στο κατάστημα κανείς δεν σηκώνει το τηλέφωνο. Θα έρθει σήμερα ή όχι; Παραγγελία 7730-50219.
Κατερίνα Μιχαηλίδου""",
         "Κατερίνα Μιχαηλίδου"),
        ("other", (),
         "Ευχαριστώ!",
         """Καλησπέρα σας,
θέλω απλώς να πω ένα μεγάλο ευχαριστώ στα δύο παιδιά που ήρθαν την Παρασκευή και συναρμολόγησαν την κουζίνα μας (τον Ahmed και τον Wout). Δούλεψαν 9 ώρες χωρίς γκρίνια, καθάρισαν τα πάντα και μας εξήγησαν πώς ρυθμίζονται οι πόρτες. Τους έβαλα 5 αστέρια στην αξιολόγηση, αλλά ήθελα να το ξέρετε κι εσείς.
Με εκτίμηση,
Χρήστος και Αγγελική Σταυροπούλου""",
         "Χρήστος Σταυρόπουλος"),
        ("other", (),
         "Παλιά κουζίνα – απόσυρση",
         """Γεια σας, έχω παραγγείλει καινούργια ηλεκτρική κουζίνα με εγκατάσταση. Θα πάρετε και την παλιά μαζί σας; Πρέπει να την αποσυνδέσω εγώ πριν έρθουν ή το κάνει ο τεχνικός; Και κοστίζει κάτι παραπάνω;
Ευχαριστώ, Παναγιώτης Λαμπράκης""",
         "Παναγιώτης Λαμπράκης"),
    ],
    "bg": [
        ("access", (),
         "Кой е видял къде ни е ключът?",
         """Здравейте,

при поръчката на пералня с монтаж (поръчка № 8814-22093) написах в бележките, че резервният ключ е в саксията до задната врата, защото и двамата сме на работа. Монтажът мина, всичко е наред, но сега мъжът ми се сети, че нямаме представа кой е прочел това.

Моля да ми кажете:
– кой има достъп до бележките към поръчката (вашите служители, фирмата за монтаж, куриерите?),
– на кои фирми сте ги изпратили,
– колко време ги пазите.

И ако може, пратете ми копие от всичко, което пише за мен в тази поръчка.

Поздрави,
Десислава Петрова""",
         "Десислава Петрова"),
        ("correction", (),
         "Грешен адрес",
         """Здравейте, в профила ми и в поръчката за монтаж на кухнята е записан стария адрес – Rue de Mérode 45, Saint-Gilles. От март живеем на Chaussée de Ninove 210, 1080 Molenbeek, ет. 3. Монтажниците идват в четвъртък, моля оправете го навсякъде.
Благодаря,
Георги Иванов
0489 33 71 06""",
         "Георги Иванов"),
        ("portability", (),
         "Прехвърляне на проекта за кухня",
         """Здравейте,

проектантът ви направи при нас замерване и 3D проект на кухня (имам го в профила си). Решихме да поръчаме кухнята от местна фирма, която ще я изработи по поръчка, и те искат данните – размери, разположение на уредите, височини.

Моля, изпратете данните в машинночетим формат (CSV, DXF или каквото позволява системата ви) директно на фирмата: office@meubelatelier-gent.be, с копие до мен.

Благодаря предварително,
Мария Димитрова""",
         "Мария Димитрова"),
        ("restriction", (),
         "Снимки от спалнята",
         """Здравейте.
При монтажа на климатика в спалнята техникът снима не само уреда, а цялата стая – леглото, нощното шкафче, документите на бюрото. В магазина ми казаха, че снимките са "в досието на поръчката".
Засега не искам да ги триете, защото може да ми потрябват, ако подам сигнал срещу този техник. Но не искам и да се ползват за каквото и да било или да се пращат някъде. Нека стоят блокирани, докато реша.
Стоян Колев""",
         "Стоян Колев"),
        ("objection", (),
         "Моят отзив във ваша реклама",
         """Здравейте,

миналата година оставих отзив за монтажа на гардероба – 5 звезди и няколко думи за техниците. Сега виждам същия отзив в ваша реклама във Facebook, с името ми "Теодора от Льовен" и снимка на гардероба в спалнята ми.

Не искам отзивът ми и снимката да се използват в реклами. Моля да спрете.

Теодора Николова""",
         "Теодора Николова"),
        ("withdraw_consent", ("objection",),
         "",
         """Отпишете ме от бюлетина и от SMS-ите. И не ползвайте данните ми от монтажа за "персонални оферти", не искам такова нещо.
Ив. Тодоров""",
         "Иван Тодоров"),
        ("complaint", ("deletion",),
         "Снимка на къщата ми в сайта ви!!!",
         """Добър ден,

в раздел "Нашите реализации" на сайта ви има снимка на банята, която вашите монтажници направиха у нас през април. През прозореца на снимката се вижда номерът на къщата и улицата, а в описанието пише "баня в Брюж, семейство Г.". Никой не ме е питал дали може да се публикува.

Възмутена съм. Това е нарушение на личния ми живот и на GDPR. Ще подам жалба до белгийския орган за защита на данните и до КЗЛД. Искам веднага да махнете снимката от сайта и да я изтриете.

Галина Георгиева""",
         "Галина Георгиева"),
        ("other", (),
         "Липсва болт",
         """Здравейте, вчера сглобиха скрина и леглото, но липсва един от болтовете за таблата (М8, дългия). Техникът каза да ви пиша. Можете ли да го изпратите? Адресът е същият като в поръчката.
Благодаря, Пламен""",
         "Пламен Стоянов"),
        ("other", (),
         "Оферта за замерване",
         """Здравейте,
искам оферта за пердета и щори за целия апартамент (4 прозореца и балконска врата). Идвате ли да замервате у дома и колко струва това? Кога най-рано може? Живеем в Антверпен.
Поздрави,
Нели Христова""",
         "Нели Христова"),
        ("other", (),
         "Поръчка 8814-30517 – надраскан плот",
         """Добър ден,
в събота ни монтираха кухнята. Днес на дневна светлина видях, че на плота до мивката има две дълбоки драскотини, около 20 см. Почти сигурна съм, че е от винтоверта, който стоеше на плота през целия ден.
Прилагам снимки. Какво следва – подмяна на плота или някой ще дойде да го види? Вкъщи съм след 17 ч., телефонът ми е в поръчката.
Поздрави,
Росица Ангелова""",
         "Росица Ангелова"),
    ],
}

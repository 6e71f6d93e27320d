"""Nineteenth set, what made people write and what they write next. Written apart from the rules (see make_nineteenth.py)."""

PEOPLE_H = {
    "pl": [
        ("objection", ("access",), 'Telefon od waszego "partnera"',
         """Dzień dobry,

dziś około 11 zadzwoniła do mnie pani z firmy sprzedającej fotowoltaikę. Zapytałem, skąd ma mój numer – odpowiedziała, że „z bazy partnerów sklepu shop.example.be”. Numer telefonu podawałem Wam wyłącznie po to, żeby kurier mógł się ze mną skontaktować.

Nie życzę sobie, żeby mój numer czy jakiekolwiek inne moje dane trafiały do firm trzecich w celach reklamowych. Proszę to natychmiast zablokować.

Proszę też o informację, komu dokładnie przekazaliście moje dane i kiedy.

Tomasz Wróblewski""",
         "Tomasz Wróblewski"),
        ("complaint", ("deletion",), "Re: Potwierdzenie otrzymania zgłoszenia #48213",
         """Szanowni Państwo,

10 marca złożyłam wniosek o usunięcie konta i wszystkich moich danych. Dostałam tylko automatyczne potwierdzenie (poniżej) i na tym koniec. Dziś jest 19 kwietnia, więc miesięczny termin dawno minął.

Ponawiam wniosek o usunięcie danych. Jeżeli w ciągu 7 dni nie dostanę odpowiedzi, sprawa trafi do organu nadzorczego – belgijskiego czy polskiego, wszystko jedno.

Z poważaniem
Agnieszka Kołodziej

> Dziękujemy za wiadomość. Twoje zgłoszenie otrzymało numer #48213.
> Odpowiemy najszybciej, jak to możliwe.""",
         "Agnieszka Kołodziej"),
        ("access", (), "Re: Zmiany w naszej polityce prywatności",
         """Dzień dobry,

przeczytałem nową wersję polityki. W punkcie 4 piszecie, że „łączycie dane pochodzące z różnych źródeł, w tym od partnerów”. Brzmi to dość enigmatycznie.

Chciałbym zobaczyć czarno na białym, co konkretnie macie na mój temat, skąd to pochodzi i do czego tego używacie. Poproszę o kopię.

Pozdrawiam
Krzysztof Malinowski""",
         "Krzysztof Malinowski"),
        ("deletion", (), "Re: Weryfikacja tożsamości – zgłoszenie 51077",
         """przeciez w pierwszym mailu wyslalem skan dowodu (z zamazanym numerem i zdjeciem, tak jak pisaliscie na stronie). po co mam wysylac drugi raz?? pisze z tego samego adresu co zawsze, na ten adres jest zalozone konto.

jeszcze raz: chce zeby moje konto i wszystko co z nim zwiazane zniknelo z waszego systemu. karta stalego klienta tez.

Marek""",
         "Marek Sobczak"),
        ("correction", (), "",
         """Dzień dobry,

dostałam od Państwa wiadomość o incydencie bezpieczeństwa zaadresowaną do „Pani Katarzyny Nowak”. Od trzech lat nazywam się Nowak-Kaczmarek – na koncie zmieniłam to zaraz po ślubie, ale widać w karcie lojalnościowej i w bazie mailingowej dalej jest stare nazwisko.

Proszę to poprawić wszędzie, gdzie występuje.

Katarzyna Nowak-Kaczmarek""",
         "Katarzyna Nowak-Kaczmarek"),
        ("portability", (), "eksport historii zamówień",
         """Witam,

przenoszę się z zakupami do innego sklepu (bez urazy, po prostu mam bliżej ich magazyn) i chciałbym zabrać ze sobą to, co u Was zostawiłem: listę zamówień z ostatnich lat, adresy dostaw, listę życzeń.

Najlepiej w pliku CSV albo JSON, czyli coś, co da się wczytać gdzie indziej – nie PDF do czytania.

Pozdrawiam,
Paweł Zieliński""",
         "Paweł Zieliński"),
        ("restriction", (), "Wasz mail o usuwaniu nieaktywnych kont",
         """Dzień dobry,

dostałem wiadomość, że moje konto zostanie usunięte za 30 dni z powodu braku aktywności. Proszę tego nie robić – mam w toku spór z firmą kurierską o zniszczoną kosiarkę (zamówienie 2023-118874) i mogą mi być potrzebne faktura, dane zamówienia i historia korespondencji.

Jednocześnie nie chcę, żebyście w tym czasie wykorzystywali te dane do czegokolwiek – żadnych mailingów, analiz, niczego. Niech sobie leżą, dopóki sprawa się nie skończy.

Jan Pietrzak""",
         "Jan Pietrzak"),
        ("withdraw_consent", (), "STOP sms",
         """Dzień dobry, od tygodnia codziennie SMS z jakąś promocją. Nie chcę. Wycofuję zgodę na SMS-y i maile reklamowe, karta niech zostanie.
Ewa""",
         "Ewa Grabowska"),
        ("other", (), "Re: Twoje zgłoszenie dotyczące usunięcia konta",
         """Dzień dobry,

jednak proszę o anulowanie mojej prośby z zeszłego tygodnia. Zajrzałam na konto i okazało się, że mam na karcie 2300 punktów – szkoda mi ich. Konto zostaje tak, jak jest.

Dziękuję i przepraszam za zamieszanie,
Barbara Lis""",
         "Barbara Lis"),
        ("automated", (), "Automatyczna odpowiedź: Re: Weryfikacja tożsamości – zgłoszenie 50932",
         """Dzień dobry,

dziękuję za wiadomość. Do 26 sierpnia przebywam na urlopie z ograniczonym dostępem do poczty. W sprawach pilnych proszę o kontakt z sekretariatem: biuro@kancelaria-rudnicki.pl, tel. 22 628 14 40.

Pozdrawiam
Adam Rudnicki""",
         "Adam Rudnicki"),
    ],
    "cs": [
        ("access", (), "Článek v novinách",
         """Dobrý den,

kolega mi poslal článek z belgického webu (četla jsem ho přes překladač), že váš obchod prodával údaje zákazníků reklamním firmám. Nevím, co z toho je pravda, ale nakupuji u vás už šest let, takže mě to zajímá osobně.

Prosím o přehled, jaké osobní údaje o mně vedete, k čemu je používáte a hlavně komu jste je předali nebo prodali – konkrétní firmy, ne „kategorie příjemců“.

Děkuji,
Lenka Dvořáková""",
         "Lenka Dvořáková"),
        ("objection", ("access",), "proc mam vyssi cenu kdyz jsem prihlaseny??",
         """Dobry den,

dneska jsem si vsiml, ze zahradni lehatko stoji prihlasenemu 89 EUR a kdyz se odhlasim tak 79. To je fakt dost. Predpokladam, ze mi cenu pocitate podle toho, co jsem u vas nakupoval.

S timhle nesouhlasim. Nechci, aby se z moji historie nakupu delal nejaky profil a podle nej se mi nastavovaly ceny, at je to u me vypnute.

A chci vedet, co v tom profilu o me mate.

Jiri Novotny""",
         "Jiri Novotny"),
        ("deletion", (), "Re: Vaše žádost o výmaz – vyřízeno",
         """Dobrý den,

díky za potvrzení, do účtu se už opravdu nepřihlásím. Teď jsem si ale vzpomněla, že mám ještě věrnostní kartu, kterou jsem kdysi registrovala na starý e-mail jana.ruzickova@seznam.cz. Tu prosím zrušte taky, i s body, nepotřebuju je.

A jestli pod tou starou adresou máte ještě cokoli dalšího, tak taky pryč.

Jana Růžičková""",
         "Jana Růžičková"),
        ("complaint", ("withdraw_consent",), "Smazaný účet a newsletter chodí dál",
         """Dobrý den,

v únoru jste mi písemně potvrdili, že můj účet i všechny moje údaje byly smazány. Od té doby mi od vás přišly tři newslettery, poslední včera večer. Takže buď jste nesmazali nic, nebo máte moji adresu ještě někde jinde – ani jedno mě netěší.

Chci vysvětlení, jak se to mohlo stát. A samozřejmě okamžitě přestaňte na tuhle adresu cokoli posílat.

Petr Kratochvíl""",
         "Petr Kratochvíl"),
        ("correction", (), "Re: Žádost o výmaz – ověření totožnosti",
         """Dobrý den,

minulý týden jsem vám psala, že chci všechno smazat. Byla jsem naštvaná, protože mi už podruhé přišel balík na starou adresu do Brna. Nakonec to ale rušit nechci, jen mi prosím opravte adresu – u vás je pořád ta stará, i když jsem ji v profilu měnila.

Nová adresa: Jugoslávská 14, 120 00 Praha 2.

Takže výmaz neřešte, stačí ta adresa.

M. Šimková""",
         "Martina Šimková"),
        ("portability", (), "převod údajů k jinému obchodu",
         """Dobrý den,

přecházím k jinému e-shopu (Zahrada-Dům s.r.o.), jejichž věrnostní program umí převzít historii nákupů. Mohli byste jim moje údaje – objednávky, adresy, seznam oblíbených – poslat napřímo? Kontakt na jejich pověřence: dpo@zahrada-dum.cz.

Pokud to napřímo nejde, pošlete to mně v nějakém strojově čitelném formátu a já jim to přepošlu sám.

Tomáš Beneš""",
         "Tomáš Beneš"),
        ("restriction", (), "",
         """Dobrý den,

ve věrnostním účtu mám nákupy, které jsem nikdy neudělal – tři objednávky z listopadu na dodací adresu v Lutychu. Asi došlo k záměně s jiným zákazníkem.

Než to prověříte, prosím, ať se ty údaje nikde nepoužívají (žádné nabídky podle nich, žádné přepočty bodů apod.). Ale nemažte je, ať je co prověřovat.

Díky,
Ondřej Hájek""",
         "Ondřej Hájek"),
        ("withdraw_consent", (), "aplikace chce polohu",
         """Ahoj,

po poslední aktualizaci se mě vaše aplikace zeptala na polohu „kvůli nabídkám z okolí“ a já to ve spěchu odklikla. Ten souhlas beru zpátky, a ten s push notifikacemi taky.

Díky, Klára""",
         "Klára Marešová"),
        ("other", (), "objednávka 2024-203311",
         """Dobrý den,

díky vašemu e-mailu o bezpečnostním incidentu jsem se po dlouhé době přihlásil a změnil si heslo. Při té příležitosti jsem si všiml, že objednávka 2024-203311 (zahradní hadice a dva vozíky na hadici) má pořád stav „v přípravě“, přestože jsem ji zaplatil před dvanácti dny.

Kdy ji odešlete?

S pozdravem
Vladimír Kučera""",
         "Vladimír Kučera"),
        ("automated", (), "Automatická odpověď: Re: Vaše žádost o přístup k osobním údajům",
         """Dobrý den,

tato e-mailová adresa se již nepoužívá a zprávy na ni nikdo nečte. Pište mi prosím na novou adresu hana.vesela@email.cz.

Hana Veselá""",
         "Hana Veselá"),
    ],
    "hr": [
        ("complaint", ("access",), "Obavijest o povredi podataka - ovo je neprihvatljivo",
         """Poštovani,

Vašu obavijest o „sigurnosnom incidentu“ dobila sam danas, 24. listopada. U njoj sami pišete da ste incident otkrili 2. listopada. Tri tjedna ste šutjeli dok je netko treći imao moje ime, adresu i broj mobitela. Već tjedan dana dobivam sumnjive SMS-ove o „paketu koji čeka carinjenje“ – sad barem znam zašto.

Ovo je ozbiljan propust i prijavit ću ga AZOP-u i belgijskom nadzornom tijelu.

Također tražim da mi točno navedete koji su moji podaci bili obuhvaćeni. Ne „neki kontakt podaci“, nego točno koji.

Ivana Babić""",
         "Ivana Babić"),
        ("access", (), "zvao me call centar",
         """postovani,

jucer me zvao neki gospodin iz agencije za osiguranje i rekao da je moj broj dobio "preko partnera web shopa". ne znam je li to istina.

molim vas posaljite mi sto sve imate o meni i jeste li moje podatke ikome davali, i kome.

hvala
Zoran Kovacevic""",
         "Zoran Kovacevic"),
        ("deletion", (), "Pročitao sam članak",
         """Dobar dan,

danas je izašao tekst o belgijskim web trgovinama koje prodaju podatke o kupcima, i vaša se spominje imenom. Ne zanima me hoćete li to demantirati.

Ne želim da više imate išta moje – ni račun, ni adrese, ni povijest kupnje, ni karticu vjernosti. Maknite sve i javite mi kad bude gotovo.

Damir Jurić""",
         "Damir Jurić"),
        ("correction", (), "Re: Kopija Vaših osobnih podataka",
         """Pozdrav,

hvala na brzom odgovoru i datoteci. Prošla sam kroz nju i nešto ne štima: kao datum rođenja stoji 03.11.1989., a ja sam rođena 1998. Valjda mi zato za rođendan šaljete kupone „za 35+“ :) Molim ispravak.

I kućni broj je 17a, ne 17.

Lijep pozdrav,
Petra Horvat""",
         "Petra Horvat"),
        ("portability", (), "Re: Re: Zahtjev za kopiju podataka",
         """Poštovani,

poslali ste mi PDF od 14 stranica. Lijepo izgleda, ali meni treba nešto što mogu uvesti u drugu aplikaciju – CSV, JSON, XML, bilo što strojno čitljivo. Radi se o narudžbama i adresama koje sam sam unio.

Možete li mi to poslati u takvom obliku?

Hvala,
Luka Marić""",
         "Luka Marić"),
        ("restriction", (), "Moj prigovor od 5.3.",
         """Poštovani,

5. ožujka poslala sam Vam prigovor na korištenje mojih podataka za personalizirane ponude. Odgovorili ste da ćete ga „razmotriti“.

Dok to razmatrate, molim da se moji podaci zamrznu – da se ne obrađuju ni za što dok ne donesete odluku. Nemojte ih brisati.

Srdačno,
Marija Knežević""",
         "Marija Knežević"),
        ("objection", ("withdraw_consent",), "Nova pravila privatnosti",
         """Dobar dan,

u novoj verziji pravila privatnosti piše da ćete od 1. srpnja „dijeliti podatke o kupnji s odabranim oglašivačkim partnerima“. Tome se protivim i ne dopuštam da se moji podaci šalju bilo kojem oglašivaču.

I kad smo već kod toga, ispišite me s newslettera.

Hvala,
Ante Perić""",
         "Ante Perić"),
        ("withdraw_consent", (), "Re: Potvrda zahtjeva za brisanje računa",
         """Bok,

predomislila sam se – ne brišite račun. Zapravo me samo živciraju mailovi s akcijama svaki drugi dan. Znači: račun ostaje, newsletter i promotivni mailovi van.

Hvala!
Nina""",
         "Nina Pavlović"),
        ("other", (), "Suradnja – zaštita od curenja podataka",
         """Poštovani,

pratimo vijesti iz e-trgovine i vidjeli smo da ste nedavno imali sigurnosni incident. Naša tvrtka iz Zagreba specijalizirana je za penetracijsko testiranje i 24/7 nadzor web trgovina, a radimo s klijentima u Hrvatskoj, Sloveniji i Beneluksu.

Bi li Vam odgovarao kratki poziv od 20 minuta idući tjedan? Rado ću Vam pokazati kako smo drugim trgovinama pomogli da takve situacije spriječe.

Srdačan pozdrav,
Hrvoje Tomić
Key Account Manager
SecuraNet d.o.o.""",
         "Hrvoje Tomić"),
        ("automated", (), "Automatski odgovor: Vaš zahtjev za pristup podacima",
         """Poštovani,

trenutačno sam na rodiljnom dopustu do ožujka 2025. godine i ne pratim e-poštu. Vaša poruka neće biti proslijeđena.

Za hitne stvari obratite se kolegici Sanji Radić na sanja.radic@obrt-vukovic.hr.

Lijep pozdrav,
Tena Vuković""",
         "Tena Vuković"),
    ],
    "sv": [
        ("withdraw_consent", (), "sms",
         """Hej. Sen ni uppdaterade era villkor i maj får jag sms från er flera gånger i veckan. Har jag kryssat i något någon gång så tar jag tillbaka det nu. Inga sms, inga reklammejl.
/Göran""",
         "Göran Persson"),
        ("objection", (), "Olika priser inloggad/utloggad",
         """Hej,

jag har märkt att jag får högre priser på samma produkt när jag är inloggad än när jag surfar utan konto (testade i två webbläsare samma dag). Jag antar att ni använder min köphistorik eller liknande för att räkna fram ”mitt” pris.

Jag motsätter mig att mina uppgifter används till sådan profilering och prissättning. Sluta med det för mitt konto.

Mvh
Annika Berg""",
         "Annika Berg"),
        ("access", (), "Angående ert mejl om dataintrånget",
         """Hej,

ni skriver att ”vissa kunduppgifter kan ha exponerats”. Det säger mig ingenting. För att kunna bedöma vad som kan ha läckt vill jag veta vad ni faktiskt har om mig – skicka mig en kopia av alla uppgifter ni har sparade om mig.

Vänliga hälsningar
Erik Lundgren""",
         "Erik Lundgren"),
        ("deletion", ("withdraw_consent",), "Re: Nyhetsbrev vecka 38",
         """Läste i DN idag att ni sålt kunddata till annonsnätverk. Jag vill inte vara kund hos er längre. Stäng mitt konto och rensa bort mina uppgifter. Och sluta skicka nyhetsbrev, det här är det sista jag vill se från er.

Karin Sjöberg

Skickat från min iPhone""",
         "Karin Sjöberg"),
        ("complaint", ("deletion",), "Tredje gången jag skriver",
         """Hej igen.

Det här är tredje mejlet i samma ärende. Den 2 september bad jag er radera mitt konto. Ni svarade att ni behövde en kopia av min legitimation, och jag skickade den den 4 september. Sedan dess: ingenting. Inget svar på min påminnelse den 10 oktober heller.

Det har gått mer än två månader. Radera mina uppgifter nu och bekräfta skriftligen. Jag kommer dessutom att göra en anmälan till IMY, oavsett vad ni svarar.

Mikael Holm""",
         "Mikael Holm"),
        ("correction", (), "SV: Verifiering av din identitet",
         """Seriöst? Jag ber er rätta EN bokstav i mitt efternamn och ni vill ha en kopia på mitt pass? Det är ju jag som är inloggad på kontot. Nåja, här är den (bifogad, personnumret överstruket).

Det heter Lindqvist, inte Lindkvist. Rätta det både på kontot och på kundkortet.

Sofia Lindqvist""",
         "Sofia Lindqvist"),
        ("portability", (), "Export",
         """Hej!

Jag sköter hushållsbudgeten i ett kalkylprogram och vill gärna få in mina köp hos er där. Går det att få hela min orderhistorik (datum, artiklar, belopp) som en CSV-fil eller liknande? Alltså inte en utskrift, utan en fil jag kan importera.

Tack!
Jonas Ek""",
         "Jonas Ek"),
        ("restriction", (), "Ang. min begäran om radering",
         """Hej,

för två veckor sedan bad jag er radera mitt konto. Jag behöver ändra det: vänta med raderingen. Försäkringsbolaget vill ha underlag för en trädgårdsmöbel som gick sönder i stormen, och kvittot och leveransuppgifterna finns hos er.

Under tiden vill jag däremot inte att ni använder mina uppgifter till något alls – inga utskick, ingen analys. Låt dem bara ligga kvar tills jag hör av mig igen.

Hälsningar
Lena Bergström""",
         "Lena Bergström"),
        ("other", (), "Re: Din begäran om att avsluta ditt konto",
         """Hej, glöm det jag skrev förra veckan, jag behåller kontot ändå. Sambon har en beställning som inte kommit än och den ligger på mitt konto.

Mvh Patrik""",
         "Patrik Åberg"),
        ("automated", (), "Autosvar: Angående din begäran om registerutdrag",
         """Hej!

Tack för ditt mejl. Jag har semester vecka 28–31 och läser inte min e-post. Jag återkommer efter den 5 augusti.

Vid brådskande ärenden, ring växeln på 08-123 456 00.

Hälsningar
Maria Nyström""",
         "Maria Nyström"),
    ],
    "ro": [
        ("objection", (), "telefon de la o firma de credite",
         """Buna ziua,

azi m-a sunat o doamna de la o firma de credite rapide si cand am intrebat-o de unde are numarul meu mi-a zis ca "de la un partener", adica magazinul dvs. Singurul loc unde am dat numarul asta in ultimul an e la dvs, la comanda.

Nu sunt de acord sa dati datele mele nimanui pentru reclama. Opriti asta.

Mihai Popescu""",
         "Mihai Popescu"),
        ("access", (), "Ce profil aveți despre mine?",
         """Bună ziua,

am observat că unele prețuri sunt diferite când sunt logată în cont față de când nu sunt. Bănuiesc că aveți un fel de profil al meu, făcut pe baza cumpărăturilor.

Aș vrea să văd exact ce conține: ce date aveți despre mine, în ce categorii m-ați încadrat și de unde provin informațiile.

Vă mulțumesc,
Andreea Stan""",
         "Andreea Stan"),
        ("deletion", (), "",
         """Bună ziua,

am primit emailul despre incidentul de securitate. Mulțumesc că m-ați anunțat, dar pentru mine a fost picătura care a umplut paharul. Nu mai vreau cont la voi și nu vreau să mai rămână la voi nimic despre mine: nume, adrese, comenzi vechi, tot.

Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("complaint", ("portability",), "RE: Confirmare primire cerere – portabilitatea datelor",
         """Stimată echipă,

Pe 2 mai v-am cerut să-mi trimiteți datele mele într-un format structurat (CSV sau JSON). Pe 3 mai am primit confirmarea de mai jos, cu promisiunea că veți răspunde „în cel mult 30 de zile”. Azi e 11 iunie. Nimic.

Vă rog să-mi trimiteți fișierul fără alte întârzieri. Dacă nu primesc nimic până vineri, depun plângere la ANSPDCP, care o va transmite mai departe autorității belgiene.

Cu stimă,
Radu Ionescu""",
         "Radu Ionescu"),
        ("correction", ("withdraw_consent",), "schimbare nr telefon",
         """Buna,

am schimbat numarul de telefon, cel nou e 0745 312 908. Va rog sa-l actualizati in cont, pe cel vechi il are acum altcineva si primeste el SMS-urile de livrare.

Si daca tot il schimbati, nu mai vreau SMS-uri cu promotii, doar cele legate de comenzi.

Multumesc, Ioana""",
         "Ioana Radu"),
        ("portability", (), "Datele mele în format JSON",
         """Bună ziua,

folosesc o aplicație pentru cheltuielile casei și aș vrea să import acolo istoricul comenzilor de la dumneavoastră. Puteți să-mi trimiteți datele pe care vi le-am dat, împreună cu istoricul comenzilor, într-un fișier JSON sau CSV?

Mulțumesc anticipat,
Adrian Gheorghiu""",
         "Adrian Gheorghiu"),
        ("restriction", (), "Re: Cererea dumneavoastră de rectificare",
         """Bună ziua,

mi-ați răspuns că verificați dacă data mea de naștere din cont e greșită și că asta poate dura până la două săptămâni. E în regulă.

Până atunci însă vă rog să nu folosiți datele mele la nimic – nici pentru oferte „de ziua ta”, nici pentru altceva. Să rămână unde sunt, dar neatinse, până terminați verificarea.

Elena Marin""",
         "Elena Marin"),
        ("withdraw_consent", (), "Aplicația cere locația",
         """Salut,

după ultimul update aplicația de fidelitate îmi tot cere acces la locație ca să-mi arate „oferte din apropiere”. Am apăsat o dată „Permite” din greșeală. Îmi retrag acordul, nu vreau să-mi folosiți locația. Nici notificările push cu reduceri nu le mai vreau.

Mersi,
Vlad""",
         "Vlad Constantinescu"),
        ("other", (), "Solicitare presă – articolul despre datele clienților",
         """Bună ziua,

sunt jurnalistă la o publicație online din București și pregătesc un material despre magazinele online din UE care împart date cu rețele de publicitate. Un articol apărut săptămâna trecută în presa belgiană vă menționează și pe dumneavoastră.

Aș dori un punct de vedere oficial: confirmați sau infirmați informațiile? Aveți un purtător de cuvânt cu care aș putea vorbi? Termenul meu este joi, ora 12.

Mulțumesc,
Simona Voicu
Redactor, Cronica Digitală""",
         "Simona Voicu"),
        ("automated", (), "Răspuns automat: Actualizare politică de confidențialitate",
         """Vă mulțumesc pentru mesaj!

Acesta este un răspuns automat. Îmi citesc emailurile o singură dată pe zi, dimineața, așa că vă voi răspunde în cel mult 24 de ore lucrătoare. Pentru urgențe mă găsiți la 0722 118 340.

O zi bună,
Gabriela Niță""",
         "Gabriela Niță"),
    ],
    "el": [
        ("deletion", (), "logariasmos",
         """Kalispera sas. Diavasa sto internet oti to magazi sas poulage ta stoixeia ton pelaton se diafimistikes etaireies. Den thelo na exete tipota diko mou pleon. Sviste ton logariasmo mou kai ola ta stoixeia mou.
Efxaristo
Giorgos Papadopoulos""",
         "Giorgos Papadopoulos"),
        ("access", (), "Re: Το αντίγραφο των δεδομένων σας",
         """Καλησπέρα σας,

ευχαριστώ για το αρχείο. Το κοίταξα όμως και λείπουν πράγματα: έχει μόνο τα στοιχεία του λογαριασμού (όνομα, email, διεύθυνση). Δεν υπάρχει το ιστορικό των παραγγελιών μου, ούτε οι πόντοι της κάρτας, ούτε σε ποιους έχετε διαβιβάσει τα δεδομένα μου (courier, συνεργάτες μάρκετινγκ κ.λπ.), που το είχα ρωτήσει ρητά.

Παρακαλώ στείλτε μου και αυτά.

Με εκτίμηση,
Κατερίνα Αντωνίου""",
         "Κατερίνα Αντωνίου"),
        ("correction", (), "Λάθος προσφώνηση",
         """Γεια σας,

στο email για τη νέα πολιτική απορρήτου μου γράφετε «Αγαπητέ κύριε Χριστοδούλου». Είμαι γυναίκα — Δέσποινα Χριστοδούλου. Προφανώς στο προφίλ μου έχει περαστεί λάθος φύλο/προσφώνηση. Μπορείτε να το διορθώσετε;

Ευχαριστώ""",
         "Δέσποινα Χριστοδούλου"),
        ("complaint", ("deletion",), "Διαρροή δεδομένων – απαράδεκτο",
         """Κύριοι,

έλαβα σήμερα την ενημέρωσή σας ότι «μη εξουσιοδοτημένο τρίτο μέρος» απέκτησε πρόσβαση σε στοιχεία πελατών, ανάμεσά τους και στα δικά μου. Δεν γράφετε τίποτα για το πώς έγινε ούτε για το τι μέτρα πήρατε. Θεωρώ ότι δεν προστατεύσατε τα δεδομένα μου όπως είχατε υποχρέωση και θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Επιπλέον, ζητώ να διαγράψετε αμέσως τον λογαριασμό μου και όλα τα στοιχεία μου από τα συστήματά σας.

Νικόλαος Γεωργίου""",
         "Νικόλαος Γεωργίου"),
        ("portability", ("deletion",), "Re: Αίτημα διαγραφής λογαριασμού",
         """Καλημέρα,

πριν προχωρήσετε στη διαγραφή που ζήτησα την Τρίτη, θα ήθελα πρώτα να μου στείλετε όλες τις παραγγελίες και τις διευθύνσεις μου σε αρχείο CSV ή Excel, για να τα περάσω σε άλλο κατάστημα. Μόλις το λάβω, διαγράψτε κανονικά τον λογαριασμό, όπως είχαμε πει.

Ευχαριστώ,
Σταύρος Μιχαηλίδης""",
         "Σταύρος Μιχαηλίδης"),
        ("restriction", (), "",
         """Καλησπέρα,

σας είχα ζητήσει να σβήσετε τον λογαριασμό μου. Τελικά μην το κάνετε ακόμα: έχω ανοιχτή διαφορά με την τράπεζα για μια διπλή χρέωση σε παραγγελία σας και ίσως χρειαστώ τα στοιχεία της παραγγελίας ως απόδειξη.

Μέχρι να κλείσει η υπόθεση, θέλω τα δεδομένα μου να μείνουν όπως είναι, αλλά να μην τα χρησιμοποιείτε για τίποτα — ούτε newsletter, ούτε προσφορές, ούτε στατιστικά.

Ευχαριστώ,
Ελένη Παπαδάκη""",
         "Ελένη Παπαδάκη"),
        ("objection", (), "Η νέα έκδοση της εφαρμογής",
         """Καλησπέρα.

Μετά την τελευταία ενημέρωση η εφαρμογή της κάρτας μέλους ζητάει συνεχώς την τοποθεσία μου, και βλέπω ότι μου στέλνετε προσφορές ανάλογα με το πού βρίσκομαι και τι έχω αγοράσει. Αντιτίθεμαι σε αυτή την παρακολούθηση και στη δημιουργία προφίλ για διαφημιστικούς σκοπούς. Παρακαλώ σταματήστε το για τον λογαριασμό μου.

Π. Βλάχος""",
         "Παναγιώτης Βλάχος"),
        ("withdraw_consent", (), "Newsletter",
         """Καλημέρα. Από τότε που αλλάξατε την πολιτική απορρήτου τον Μάρτιο, το newsletter σας έρχεται σχεδόν κάθε μέρα και τώρα έχει μέσα και «προσφορές συνεργατών». Δεν το θέλω άλλο. Ανακαλώ τη συγκατάθεση που είχα δώσει για διαφημιστικά email.

Θανάσης""",
         "Θανάσης Ζαχαρίου"),
        ("other", (), "Re: Επιβεβαίωση ταυτότητας – αίτημα διαγραφής",
         """Καλησπέρα,

δεν χρειάζεται τελικά να σας στείλω ταυτότητα, ακυρώστε το αίτημα. Το ξανασκέφτηκα και θα κρατήσω τον λογαριασμό.

Καλή συνέχεια,
Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),
        ("automated", (), "Αυτόματη απάντηση: Σχετικά με το αίτημά σας",
         """Σας ευχαριστώ για το μήνυμά σας.

Θα απουσιάζω από το γραφείο έως τις 21/8 χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με τη γραμματεία στο 210 3614 220.

Θα σας απαντήσω το συντομότερο δυνατό μετά την επιστροφή μου.

Ιωάννης Δημητρίου""",
         "Ιωάννης Δημητρίου"),
    ],
    "bg": [
        ("complaint", ("access",), "Напомняне – писмо от 3 февруари, без отговор",
         """Здравейте,

на 3 февруари ви писах с молба да ми кажете какви данни пазите за мен и на кого сте ги предоставяли. Днес е 12 март. Не получих нито отговор, нито поне потвърждение, че писмото е стигнало до вас.

Законовият срок от един месец изтече. Очаквам отговор до края на седмицата, иначе подавам жалба до КЗЛД.

Още веднъж: искам копие на данните си и списък на получателите им.

Поздрави,
Стефан Иванов""",
         "Стефан Иванов"),
        ("access", (), "Въпрос относно имейла за пробива",
         """Здравейте,

получих съобщението ви за инцидента със сигурността. Може ли да ми кажете конкретно кои мои данни са засегнати? Например дали и данните на картата ми са били там, или само имейл и адрес. И изобщо бих искала да знам какво пазите за мен.

Благодаря,
Десислава Петрова""",
         "Десислава Петрова"),
        ("deletion", ("objection",), "",
         """Добър ден,

прочетох новата ви политика за поверителност. Щом ще давате данни на „рекламни партньори“, не искам повече профил при вас. Изтрийте го, заедно с всичко, което имате за мен.

А докато го изтриете, не давайте нищо мое на никакви партньори за реклама.

Красимир Тодоров""",
         "Красимир Тодоров"),
        ("correction", (), "Re: Вашите лични данни – копие",
         """Здравейте,

благодаря за файла. Вижте обаче – има грешки. Телефонът 0888 41 22 07 не е мой (моят е 0887 41 22 07), а адресът е стар, отпреди да се преместя. Правилният е ул. „Оборище“ 38, ет. 3, София.

Моля, оправете ги.

Поздрави,
Виктория Николова""",
         "Виктория Николова"),
        ("portability", (), "Прехвърляне на данни",
         """Здравейте,

ще пазарувам от друг онлайн магазин и искам да си пренеса историята на поръчките и запазените адреси. Можете ли да ми ги изпратите като файл (CSV или нещо подобно), който да може да се качи в друга система? Ако е възможно, и директно до тях – ще ви дам контакт.

Благодаря!
Георги Стоянов""",
         "Георги Стоянов"),
        ("restriction", (), "не трийте, но и не ползвайте",
         """Здравейте,

не искам да изтривате акаунта ми, защото след няколко месеца пак ще пазарувам при вас. Но дотогава искам данните ми да бъдат замразени – да не се използват за нищо: реклами, анализи, препоръки... Просто да си стоят. Може ли така?

Мария Георгиева""",
         "Мария Георгиева"),
        ("objection", (), "Рекламите във Facebook",
         """Здравейте,

откакто разгледах градинските мебели в сайта ви, реклами точно за тях ме гонят навсякъде във Facebook и Instagram. Явно предавате на тях какво разглеждам. Не съм съгласен с това проследяване – спрете да споделяте действията ми в сайта с рекламни мрежи.

Пламен""",
         "Пламен Василев"),
        ("withdraw_consent", (), "отписване",
         """Отпишете ме от всичко рекламно – имейли, SMS-и. Покрай новата ви политика за поверителност се сетих, че изобщо не ги чета.
Поздрави, Петя""",
         "Петя Димитрова"),
        ("other", (), "Re: Копие на личните ви данни",
         """Благодаря, получих файла и всичко е наред. Нямам повече въпроси.

Хубав ден,
Цветан Маринов""",
         "Цветан Маринов"),
        ("automated", (), "Out of Office: RE: Потвърждение на самоличността",
         """Здравейте,

Благодаря за съобщението. В момента съм в отпуск и ще се върна на 9 септември. Няма да имам достъп до пощата си.

При спешност, моля, обадете се на 02 981 33 45.

Поздрави,
Николай Костов""",
         "Николай Костов"),
    ],
}

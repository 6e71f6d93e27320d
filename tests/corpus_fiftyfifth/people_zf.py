"""Fifty-fifth set, mail about old data, dormant accounts and retention (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftyfifth.py)."""

PEOPLE_ZF = {
    # ------------------------------------------------------------------ Polish
    "pl": [
        ("access", (),
         "Jakie dane nadal przechowujecie?",
         """Dzień dobry,

w zeszłym tygodniu dostałam od Państwa maila „Tęsknimy za Tobą!” z kodem rabatowym. Ostatni raz kupowałam w Waszym sklepie chyba w 2014 roku, jeszcze kiedy mieszkałam w Gandawie, i szczerze mówiąc byłam przekonana, że tego konta już dawno nie ma.

Na podstawie art. 15 RODO proszę o informację, jakie moje dane osobowe nadal Państwo przechowują, skąd je macie, komu były udostępniane i do kiedy zamierzacie je trzymać. Jeśli to możliwe, proszę też o kopię tych danych.

Z poważaniem
Agnieszka Wróbel""",
         "Agnieszka Wróbel"),

        ("deletion", ("withdraw_consent",),
         "usunięcie starego konta",
         """Witam,

przez przypadek znalazłem w menedżerze haseł login do Państwa sklepu z 2016 r. Nie korzystam z tego konta od lat i nie zamierzam. Proszę je zamknąć i usunąć wszystkie moje dane, łącznie ze starymi adresami dostaw.

Przy okazji: proszę też przestać wysyłać mi newsletter, i tak go nie czytam.

Pozdrawiam
Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),

        ("portability", ("deletion",),
         "Historia zamówień przed zamknięciem konta",
         """Dzień dobry,

mam u Państwa konto od prawie dziesięciu lat i uzbierało się tam sporo zamówień (sprzęt AGD, meble ogrodowe, faktury potrzebne do gwarancji itd.). Chcę to konto zamknąć, ale wcześniej chciałabym dostać całą historię zamówień w pliku, który da się otworzyć w Excelu albo zaimportować gdzie indziej – najlepiej CSV. Chodzi o daty, produkty, ceny i numery zamówień.

Kiedy już dostanę plik, proszę o usunięcie konta i moich danych.

Dziękuję,
Magdalena Nowicka""",
         "Magdalena Nowicka"),

        ("restriction", (),
         "Proszę NIE kasować faktur",
         """Dzień dobry,

dostałem wiadomość, że moje konto zostanie dezaktywowane z powodu braku aktywności, a dane „usunięte zgodnie z polityką przechowywania”. Rozumiem, ale na tym koncie są faktury za pralkę i lodówkę kupione w 2023 r., a na lodówkę mam przedłużoną gwarancję do 2028.

Proszę, żeby tych faktur i historii zakupów nie usuwać, dopóki gwarancja trwa. Nie musicie ich do niczego wykorzystywać, mają po prostu leżeć. Samo konto może sobie być nieaktywne.

Pozdrawiam,
Krzysztof Zieliński
nr klienta 448120""",
         "Krzysztof Zieliński"),

        ("objection", (),
         "sprzeciw",
         """Dzień dobry,

od jakiegoś czasu dostaję „propozycje dopasowane do Pani zakupów”, które wyraźnie opierają się na tym, co kupowałam u Państwa dziesięć lat temu (wyprawka dla dziecka, które ma dziś 11 lat...). Nie życzę sobie, żeby moja stara historia zakupów była wykorzystywana do profilowania i tworzenia takich ofert. Wnoszę sprzeciw wobec tego przetwarzania.

Ewa Dąbrowska""",
         "Ewa Dąbrowska"),

        ("complaint", ("deletion",),
         "Przecież usunęliście moje konto w 2023!",
         """Szanowni Państwo,

w marcu 2023 r. poprosiłem o usunięcie konta i dostałem od Państwa potwierdzenie (mam je zachowane), że wszystkie moje dane zostały skasowane. Wczoraj przyszedł do mnie list z informacją, że „punkty na karcie wkrótce wygasną”. Z moim imieniem, nazwiskiem i numerem karty.

Jak to możliwe? Albo dane nigdy nie zostały usunięte, albo trzymacie je w jakiejś kopii zapasowej i z niej korzystacie. W obu przypadkach to poważne naruszenie. Oczekuję wyjaśnienia, co się stało, i skutecznego usunięcia moich danych – tym razem naprawdę. Jeżeli nie dostanę odpowiedzi, złożę skargę do organu nadzorczego.

Paweł Szymański""",
         "Paweł Szymański"),

        ("correction", (),
         "Nazwisko panieńskie na karcie klienta",
         """Dzień dobry,

od 2019 roku noszę nazwisko męża, a w Państwa systemie nadal figuruję pod nazwiskiem panieńskim (Kowalczyk) i ze starym adresem w Leuven. Proszę o poprawienie danych na:

Joanna Lewandowska
Rue des Tanneurs 14, 1000 Bruxelles

Karta lojalnościowa nr 2200 1934 7781.

Dziękuję!
Joanna""",
         "Joanna Lewandowska"),

        ("other", (),
         "Jak zalogować się na stare konto? Mam bon",
         """Dzień dobry,

mam bon na 25 euro, który dostałam od Was na urodziny (ważny do końca grudnia), ale jest przypisany do mojego starego konta na adres e-mail, którego już nie używam. Nie pamiętam hasła, a link do resetu przychodzi na tę starą skrzynkę. Czy da się jakoś zalogować albo przenieść bon na nowe konto? Szkoda by było, żeby przepadł.

Pozdrawiam
Karolina Mazur""",
         "Karolina Mazur"),

        ("other", (),
         "Czy nadal macie ten model?",
         """Dzień dobry, w 2017 kupiłem u Was ekspres do kawy DeLonghi Magnifica S (widzę go jeszcze w starych zamówieniach na koncie). Czy ten model jest jeszcze w sprzedaży albo jakiś następca? Stary właśnie padł po 9 latach, nie narzekam :)

Marek Wójcik""",
         "Marek Wójcik"),

        ("other", (),
         "stara karta w aplikacji",
         """Dzień dobry,
w aplikacji mam dwie karty lojalnościowe – starą, która wygasła, i nową. Jak usunąć tę starą z portfela? I czy punkty ze starej da się przenieść na nową? Było tam chyba ok. 1200 punktów.
Dzięki
Bartek Jankowski""",
         "Bartosz Jankowski"),
    ],

    # ------------------------------------------------------------------ Czech
    "cs": [
        ("access", (),
         "Jak dlouho u vás zůstanou moje údaje?",
         """Dobrý den,

naposledy jsem u vás nakupovala v roce 2018 a teď mi přišel e-mail, že můj účet bude „z důvodu neaktivity deaktivován“. Ráda bych věděla, co přesně o mně ještě máte – adresy, objednávky, záznamy z chatu se zákaznickou podporou, reklamace – a jak dlouho to u vás zůstane i po deaktivaci. Podle čl. 15 GDPR mám, pokud vím, právo na kopii, tak o ni prosím.

Děkuji a přeji hezký den
Lucie Procházková""",
         "Lucie Procházková"),

        ("deletion", ("access",),
         "Zrušení účtu, o kterém jsem nevěděl",
         """Dobrý den,

při kontrole na haveibeenpwned.com jsem zjistil, že můj e-mail je registrovaný i u vás. Účet jsem si zřejmě založil někdy kolem roku 2012 a úplně na něj zapomněl. Prosím o jeho zrušení a vymazání všech údajů, které k němu máte.

V potvrzení mi prosím také napište, jaké údaje jste o mně celou tu dobu měli a jestli jste je někomu předávali.

Díky
Jakub Dvořák""",
         "Jakub Dvořák"),

        ("withdraw_consent", (),
         "odvolání souhlasu z roku 2012",
         """Dobrý den,

v roce 2012 jsem ve vaší prodejně v Antverpách vyplnila papírový formulář k věrnostní kartě a zaškrtla tam, že chci dostávat nabídky e-mailem a SMS. Tento souhlas tímto odvolávám. Nechci už od vás dostávat žádné reklamní e-maily ani SMS.

Kartu si zatím nechávám, body se mi hodí.

S pozdravem
Tereza Veselá""",
         "Tereza Veselá"),

        ("restriction", ("objection",),
         "Historie nákupů – uchovat, ale nepoužívat",
         """Dobrý den,

svůj účet rušit nechci, protože v historii objednávek mám doklady, které potřebuji kvůli záruce a pojišťovně. Zároveň ale nechci, aby se s mými údaji cokoliv dělalo. Žádám proto o omezení zpracování: historii nákupů prosím uchovejte, ale k ničemu jinému ji nepoužívejte.

Zvlášť nesouhlasím s tím, abyste z mých starých nákupů sestavovali profil pro doporučení a cílenou reklamu. Proti tomu podávám námitku.

S pozdravem
Ing. Martin Novotný""",
         "Martin Novotný"),

        ("complaint", (),
         "Už podruhé: žádost z 28. září stále bez odpovědi",
         """Dobrý den,

28. září jsem vám posílal žádost týkající se mých osobních údajů, které u vás zůstaly z doby, kdy jsem nakupoval (naposledy 2015). Do dnešního dne jsem nedostal žádnou odpověď, dokonce ani automatické potvrzení o přijetí. Měsíční lhůta podle GDPR už dávno uplynula.

Pokud se mi do konce příštího týdne neozvete, podám stížnost u belgického úřadu pro ochranu osobních údajů.

Petr Černý""",
         "Petr Černý"),

        ("portability", (),
         "export dat z účtu",
         """Dobrý den,
chtěla bych si stáhnout všechna data ze svého zákaznického účtu (objednávky od roku 2015, adresy, věrnostní body) ve strojově čitelném formátu, ideálně JSON nebo CSV, abych je mohla nahrát do aplikace na hlídání domácích výdajů. Na webu jsem takovou možnost nenašla. Můžete mi je poslat?
Děkuji,
Kateřina Pokorná""",
         "Kateřina Pokorná"),

        ("objection", (),
         "Námitka – předávání údajů reklamním platformám",
         """Dobrý den,

u vás jsem naposledy nakupoval v roce 2017, a přesto mi poslední dobou na Facebooku a Instagramu vyskakuje vaše reklama „Chybíte nám!“. Předpokládám tedy, že jste můj starý e-mail nahráli do reklamní platformy jako „publikum“.

S tím nesouhlasím. Podle čl. 21 GDPR vznáším námitku proti tomu, abyste moje údaje používali k cílení reklamy nebo je k tomu účelu předávali třetím stranám.

Ondřej Marek""",
         "Ondřej Marek"),

        ("other", (),
         "Reklamace z roku 2024",
         """Dobrý den,
v listopadu 2024 jsem u vás reklamovala vysavač (číslo reklamace RMA-24-11873). Teď se porouchal znovu, se stejnou vadou. Platí na něj ještě záruka, nebo po reklamaci běží nová? Účtenku mám pořád v účtu, takže to snad dohledáte.
Děkuji
Hana Kučerová""",
         "Hana Kučerová"),

        ("other", (),
         "Věrnostní body ze staré karty",
         """Dobrý den, ztratil jsem starou věrnostní kartu a v prodejně mi vydali novou. Dají se nějak převést body ze staré karty? Číslo staré karty mám jen ze starého e-mailu z roku 2020: 2200 0457 1198. Díky, Vojtěch Horák""",
         "Vojtěch Horák"),

        ("other", (),
         "dotaz k aplikaci",
         """Dobrý den,

v aplikaci mám pořád uloženou starou platební kartu, která v září vypršela, a nedaří se mi ji odstranit – po kliknutí na „Smazat“ se nic nestane. Dělám něco špatně, nebo je to chyba aplikace? Mám Android 14.

Díky za radu
Zuzana Benešová""",
         "Zuzana Benešová"),
    ],

    # ------------------------------------------------------------------ Croatian
    "hr": [
        ("correction", ("deletion",),
         "Promjena podataka",
         """Poštovani,

u vašem sustavu još uvijek imam staru adresu i stari broj mobitela, iz vremena kad sam živjela u Liègeu. Molim vas da ispravite podatke:

nova adresa: Avenue Louise 212, 1050 Ixelles
mobitel: +32 478 55 21 09

Staru adresu i stari broj, kao i ostale stare adrese dostave koje su ostale u profilu, molim da izbrišete.

Hvala unaprijed,
Ivana Babić""",
         "Ivana Babić"),

        ("access", (),
         "Zašto još imate moju adresu?",
         """Dobar dan,

ništa nisam kupio kod vas od 2014., a jučer sam poštom dobio vaš katalog. Zanimljivo je da je stigao na moju sadašnju adresu, a preselio sam se tek 2020. Zanima me koje sve podatke o meni još čuvate, odakle vam ta adresa i koliko ih dugo namjeravate čuvati.

Pozdrav,
Marko Horvat""",
         "Marko Horvat"),

        ("deletion", (),
         "brisanje starih narudžbi",
         """Poštovani,

račun bih zadržao, ali molim da obrišete sve moje narudžbe, adrese i razgovore s korisničkom podrškom starije od tri godine. Zadržite samo ono što morate čuvati po zakonu (račune za knjigovodstvo), a sve ostalo izbrišite.

Lijep pozdrav,
Damir Kovačević""",
         "Damir Kovačević"),

        ("objection", (),
         "",
         """Poštovani,

primijetila sam da mi u aplikaciji i u e-mailovima nudite proizvode na temelju kupnji od prije skoro deset godina (dječja oprema, a djeca su mi sad tinejdžeri). Ne želim da se moja stara povijest kupnje koristi za izradu profila i personalizirane ponude. Ulažem prigovor na takvu obradu mojih podataka.

Lijep pozdrav,
Ana Marić""",
         "Ana Marić"),

        ("withdraw_consent", (),
         "Odjava",
         """Bok,

ova e-mail adresa je nekad bila tatina, ali on je već godinama ne koristi i sad je ja čitam. Stalno stižu vaši newsletteri s „posebnim ponudama za vjerne kupce“. Molim vas maknite ovu adresu s popisa za slanje, ne želimo više ništa primati.

Hvala,
Petra Jurić""",
         "Petra Jurić"),

        ("complaint", ("access",),
         "Pritužba – životopis čuvan pet godina",
         """Poštovani,

2021. sam se prijavila na vaš oglas za posao prodavačice u trgovini u Bruxellesu i nisam bila primljena. Ovaj mjesec mi je s vaše HR adrese stigao e-mail s pozivom da se „ponovno prijavim“, s mojim starim životopisom u privitku i pitanjem je li još aktualan. Dakle, i dalje čuvate moj životopis pet godina nakon odbijene prijave, a nikad nisam pristala da ga čuvate toliko dugo.

Smatram da to nije u skladu s čl. 5. st. 1. t. (e) GDPR-a i ovim putem podnosim pritužbu. Također tražim da mi javite koje sve moje podatke iz te prijave još imate i tko je sve imao pristup njima.

S poštovanjem,
Maja Knežević""",
         "Maja Knežević"),

        ("restriction", (),
         "Molim da ne brišete moje podatke",
         """Poštovani,

dobio sam obavijest da ćete moj neaktivni račun i povijest narudžbi izbrisati 30. studenoga. Trenutno imam spor s osiguravajućim društvom oko televizora kupljenog kod vas 2022. i trebaju mi ti podaci kao dokaz. Molim da ih ne brišete dok se spor ne riješi (očekujem do proljeća). Neka samo ostanu pohranjeni, ne morate ih ni za što koristiti.

Srdačan pozdrav,
Goran Pavlović""",
         "Goran Pavlović"),

        ("other", (),
         "Bodovi na kartici",
         """Dobar dan,
dobila sam obavijest da mi 31. prosinca istječe 850 bodova na kartici vjernosti. Karticu imam još od 2015., ali je ne mogu naći – mislim da je ostala u staroj novčanici koju sam bacila. Mogu li bodove iskoristiti u trgovini samo s brojem kartice ili osobnom iskaznicom?
Hvala,
Sanja Tomić""",
         "Sanja Tomić"),

        ("other", (),
         "Jamstvo za usisavač",
         """Poštovani,

2023. sam kod vas kupio robotski usisavač (narudžba 23-558901). Sad mu je otkazala baterija. Vrijedi li još jamstvo i kamo ga trebam poslati? Račun imam, srećom ga nisam izbrisao iz maila :)

Pozdrav,
Tomislav Novak""",
         "Tomislav Novak"),

        ("other", (),
         "Prodajete li još ovaj punjač?",
         """Dobar dan,
tražim punjač za električnu četkicu koju sam kod vas kupila 2016. U starim podacima o narudžbi piše model „SmileMax 300“. Imate li još taj punjač ili neki koji odgovara?
Lijep pozdrav,
Kristina Perić""",
         "Kristina Perić"),
    ],

    # ------------------------------------------------------------------ Swedish
    "sv": [
        ("access", ("deletion",),
         "Vilka uppgifter har ni om mig?",
         """Hej!

Jag hittade ett konto hos er i min lösenordshanterare, skapat 2013. Jag har inte handlat där på evigheter och hade helt glömt bort det. Jag vill veta vilka uppgifter ni har sparat om mig under alla år och om ni har delat dem med någon. När jag har fått svar vill jag att kontot och allt som hör till det raderas.

Mvh
Erik Lindqvist""",
         "Erik Lindqvist"),

        ("portability", (),
         "Export av orderhistorik",
         """Hej,

Jag har handlat hos er i över tio år och vill nu samla alla mina köp i en hushållsbudget-app. Kan ni skicka hela min orderhistorik som en CSV- eller JSON-fil? Det går också bra att skicka den direkt till appföretaget om ni kan det, men en fil till mig räcker.

Tack på förhand!
Sara Johansson""",
         "Sara Johansson"),

        ("restriction", (),
         "Radera inte mitt garantikvitto ännu",
         """Hej,

Ni har mejlat att mitt konto varit inaktivt sedan början av 2023 och att alla uppgifter raderas om jag inte loggar in före 1 december. Jag tänker inte använda kontot, men där ligger kvittot på diskmaskinen jag köpte i januari 2023 med fem års garanti.

Kan ni spara köphistoriken tills garantin går ut 2028, utan att använda den till något annat? Jag vill inte ha erbjudanden eller nåt sånt, bara att kvittot finns kvar om jag behöver det.

Tack,
Maria Eriksson""",
         "Maria Eriksson"),

        ("objection", ("withdraw_consent",),
         "Invändning mot profilering",
         """Hej,

Fick ett mejl med "Produkter vi tror att du gillar" som uppenbarligen bygger på saker jag köpte 2015. Jag invänder mot att ni använder min gamla köphistorik för profilering och riktad reklam. Och avregistrera mig från nyhetsbrevet samtidigt, tack.

Hälsningar
Johan Berg""",
         "Johan Berg"),

        ("complaint", (),
         "Klagomål – mejl trots att kontot raderats",
         """Hej,

2022 bad jag er radera mitt konto, och jag fick en bekräftelse på att det var gjort. Nu i oktober får jag plötsligt ett "Välkommen tillbaka!"-mejl där det står att mitt konto har återaktiverats och att mina gamla poäng finns kvar. Hur kan ett raderat konto återaktiveras? Det betyder ju att ni aldrig raderade någonting.

Jag är ärligt talat rätt upprörd. Jag vill ha en förklaring till hur det här har gått till, och jag överväger att anmäla er till dataskyddsmyndigheten.

Karin Nilsson""",
         "Karin Nilsson"),

        ("correction", (),
         "Fel födelsedatum",
         """Hej,

I mitt kundkonto står det fortfarande fel födelsedatum, 1978-03-12, ända sedan jag registrerade mig för länge sen. Det rätta är 1987-03-12. Kan ni ändra det? Grattiserbjudandet kommer på rätt dag men jag blir nio år äldre varje gång, haha.

/Anna Svensson""",
         "Anna Svensson"),

        ("deletion", (),
         "Begäran om radering enligt artikel 17 GDPR",
         """Till dataskyddsansvarig,

Jag begär härmed att ni raderar samtliga personuppgifter om mig enligt artikel 17 i dataskyddsförordningen. Mitt konto har inte använts sedan 2016, och ändamålet med uppgifterna har därmed upphört. Begäran gäller även uppgifter i kundklubben och gamla leveransadresser.

Uppgifter som ni enligt bokföringsreglerna måste spara får naturligtvis sparas så länge det krävs, men inte längre.

Vänligen bekräfta skriftligen när raderingen är genomförd.

Med vänlig hälsning
Lars Andersson
Kundnummer 10-558712""",
         "Lars Andersson"),

        ("other", (),
         "Tillgodohavande på gammalt konto",
         """Hej,

Jag har ett tillgodohavande på 42 euro på mitt gamla konto efter en retur 2022. Problemet är att kontot är registrerat på min gamla jobbmejl som inte finns längre, så jag kan inte återställa lösenordet. Finns det något sätt att komma åt pengarna eller flytta dem till mitt nya konto?

Mvh
Emma Karlsson""",
         "Emma Karlsson"),

        ("other", (),
         "Säljer ni fortfarande den här saxen?",
         """Hej! Köpte en sekatör hos er för typ tio år sen (Fiskars PowerGear om jag minns rätt), nu har den äntligen gått sönder. Har ni kvar den modellen eller nåt motsvarande?
/Olof Persson""",
         "Olof Persson"),

        ("other", (),
         "Flytta poäng till nytt kort",
         """Hej, jag har fått ett nytt kundkort eftersom det gamla gick av. Kan ni flytta poängen från det gamla (nr 2200 7716 0042) till det nya (2200 9931 5580)? Det gamla kan ni ta bort sen, och det vore toppen om det också försvann ur appen, där ligger båda kvar.

Tack!
Linnea Gustafsson""",
         "Linnea Gustafsson"),
    ],

    # ------------------------------------------------------------------ Romanian
    "ro": [
        ("deletion", ("portability",),
         "Închiderea contului",
         """Bună ziua,

Vreau să îmi închid contul de client, pe care îl am din 2013, și să îmi ștergeți toate datele. Înainte de asta, vă rog să îmi trimiteți istoricul comenzilor într-un fișier CSV sau Excel, ca să îl am la mine (unele facturi îmi trebuie pentru garanții).

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),

        ("withdraw_consent", (),
         "dezabonare",
         """Buna ziua, nu mai vreau sa primesc emailuri de la voi. Mi-am dat acordul acum vreo 10 ani cand mi-am facut cardul de fidelitate in magazin, dar de mult nu mai cumpar nimic. Va rog scoateti-ma din lista.
Mersi,
Mihai Ionescu""",
         "Mihai Ionescu"),

        ("access", (),
         "Cerere de acces la date (art. 15 GDPR)",
         """Stimată doamnă, stimate domn,

În temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi comunicați ce date cu caracter personal prelucrați despre mine și să îmi transmiteți o copie a acestora. Vă rog, de asemenea, să îmi precizați pentru fiecare categorie de date (comenzi, facturi, retururi, conversații cu serviciul clienți, date din aplicație) cât timp le păstrați sau după ce criterii stabiliți această durată.

Menționez că nu am mai comandat nimic de la dumneavoastră din 2017.

Cu stimă,
Cristian Radu
Număr client 77-301458""",
         "Cristian Radu"),

        ("complaint", (),
         "Reclamație – date păstrate după închiderea magazinului",
         """Bună ziua,

În 2018 am avut card de fidelitate la magazinul „Casa Verde” din Liège, care, din câte știu, făcea parte din grupul dumneavoastră și s-a închis în 2020. Săptămâna trecută am primit de la Shop Example o scrisoare pe numele meu, la adresa de atunci (mi-a trimis-o mai departe fostul proprietar), în care mi se oferă un cupon „pentru clienții fideli”.

Nu v-am dat niciodată datele mele dumneavoastră, iar magazinul căruia i le-am dat nu mai există de șase ani. Nu înțeleg cu ce drept le mai păstrați și le folosiți și doresc să depun o reclamație oficială în acest sens.

Ioana Constantinescu""",
         "Ioana Constantinescu"),

        ("correction", (),
         "Număr de telefon vechi în cont",
         """Bună ziua,

Numărul de telefon din contul meu e unul vechi, la care am renunțat în 2021. Între timp l-a primit altcineva, care probabil primește acum SMS-urile voastre despre livrări. Vă rog să îl înlocuiți cu numărul meu actual: +32 486 12 77 40.

Mulțumesc,
Vlad Georgescu""",
         "Vlad Georgescu"),

        ("objection", ("withdraw_consent",),
         "Opoziție la campaniile „Ne e dor de tine”",
         """Bună ziua,

În ultimele luni am primit prin poștă trei broșuri de tipul „Ne este dor de tine!” și „Revino și primești 15%”. Ultima mea comandă la dumneavoastră a fost în 2016. Mă opun folosirii datelor mele, mai ales a istoricului vechi de cumpărături, pentru acest gen de campanii și pentru a fi trecut în vreo listă de „clienți inactivi” care trebuie recuperați.

De asemenea, îmi retrag orice acord dat vreodată pentru emailuri promoționale.

Cu respect,
Alexandru Munteanu""",
         "Alexandru Munteanu"),

        ("restriction", (),
         "Vă rog să NU ștergeți contul deocamdată",
         """Bună ziua,

Am primit notificarea că contul meu inactiv va fi șters pe 15 decembrie. Am în curs o dispută cu banca pentru o plată dublă la o comandă din 2024 (nr. 2024-771204), iar istoricul comenzii și factura sunt dovada mea. Vă rog să păstrați datele contului până se termină disputa. Nu e nevoie să le folosiți în niciun fel, doar să nu le ștergeți. Vă anunț eu când s-a rezolvat.

Mulțumesc,
Gabriela Stoica""",
         "Gabriela Stoica"),

        ("other", (),
         "Voucher în contul vechi",
         """Bună ziua,

Am primit un voucher de 20 de euro pentru cei 10 ani de card de fidelitate (mulțumesc!), dar e legat de contul meu vechi, făcut cu adresa de Yahoo pe care nu o mai folosesc. Cum pot să intru în contul ăla sau să mut voucherul pe contul nou?

Mulțumesc,
Roxana Moldovan""",
         "Roxana Moldovan"),

        ("other", (),
         "Garanție laptop",
         """Bună ziua, am cumpărat de la voi un laptop Lenovo în martie 2024, cu garanție 3 ani, și acum are o problemă la tastatură. Nu mai găsesc factura în email, cred că am șters-o când am făcut curat în inbox. Se poate descărca de undeva din cont? Și cum trimit laptopul în service, direct la voi sau la Lenovo?
Florin Dobre""",
         "Florin Dobre"),

        ("other", (),
         "card vechi in aplicatie",
         """Salut, in aplicatie imi apar doua carduri de fidelitate, unul vechi expirat si unul nou. Cum il sterg pe cel vechi? Si se pierd punctele de pe el sau trec pe cel nou? Mersi, Bianca Lazăr""",
         "Bianca Lazăr"),
    ],

    # ------------------------------------------------------------------ Greek
    "el": [
        ("access", (),
         "Ερώτηση για τα δεδομένα μου",
         """Καλησπέρα σας,

Πριν από λίγες μέρες έλαβα email ότι οι πόντοι της κάρτας μέλους μου λήγουν στις 31 Δεκεμβρίου. Για να είμαι ειλικρινής, δεν θυμόμουν καν ότι είχα κάρτα σε εσάς – πρέπει να την έβγαλα κάπου το 2013 στο κατάστημα της Αμβέρσας.

Θα ήθελα λοιπόν να μάθω ποια προσωπικά μου δεδομένα έχετε κρατήσει όλα αυτά τα χρόνια, από πού προέρχονται, αν τα έχετε δώσει σε τρίτους και για πόσο διάστημα σκοπεύετε να τα διατηρήσετε.

Ευχαριστώ εκ των προτέρων,
Νίκος Παπαδόπουλος""",
         "Νίκος Παπαδόπουλος"),

        ("deletion", ("objection",),
         "Διαγραφή παλιού λογαριασμού",
         """Γεια σας,

έχω έναν λογαριασμό σε εσάς από το 2015 που δεν τον χρησιμοποιώ πια. Σας παρακαλώ να τον διαγράψετε μαζί με όλο το ιστορικό παραγγελιών και τις αποθηκευμένες διευθύνσεις.

Επίσης, όσα στοιχεία είστε υποχρεωμένοι να κρατήσετε για λογιστικούς λόγους δεν επιθυμώ να χρησιμοποιούνται για δημιουργία προφίλ ή για αναλύσεις πελατών. Αντιτίθεμαι σε κάθε τέτοια επεξεργασία.

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),

        ("restriction", (),
         "Αμφισβήτηση στοιχείων – παρακαλώ μην προχωρήσετε",
         """Καλημέρα,

στον λογαριασμό μου εμφανίζεται μια επιστροφή του 2019 ως «μη ολοκληρωμένη» και μου ζητάτε 89 ευρώ. Το προϊόν το επέστρεψα κανονικά στο κατάστημα της Γάνδης και έχω την απόδειξη, οπότε αυτά που έχετε καταχωρίσει για εκείνη την παραγγελία δεν ισχύουν.

Μέχρι να το ελέγξετε, σας ζητώ να «παγώσετε» αυτά τα στοιχεία: να μην τα διαγράψετε, γιατί είναι και η δική μου απόδειξη, αλλά ούτε να τα χρησιμοποιήσετε ή να τα στείλετε σε εισπρακτική εταιρεία.

Η απόδειξη επιστροφής είναι συνημμένη.

Γιώργος Αντωνίου
Παραγγελία 2019-338471""",
         "Γιώργος Αντωνίου"),

        ("portability", (),
         "Μεταφορά ιστορικού αγορών",
         """Γεια σας,
χρησιμοποιώ μια εφαρμογή για τον οικογενειακό προϋπολογισμό (BudgetNest) και θα ήθελα να μεταφέρω εκεί το ιστορικό αγορών μου από εσάς, όλες τις παραγγελίες από το 2014 μέχρι σήμερα. Μπορείτε να στείλετε τα δεδομένα απευθείας σε αυτούς, σε μορφή CSV ή JSON; Αν δεν γίνεται, στείλτε μου το αρχείο σε μένα και το ανεβάζω μόνη μου.
Ευχαριστώ,
Κατερίνα Δημητρίου""",
         "Κατερίνα Δημητρίου"),

        ("complaint", ("deletion",),
         "Καταγγελία – τα δεδομένα μου δεν διαγράφηκαν ποτέ",
         """Κύριοι,

Τον Ιούνιο του 2024 ζήτησα τη διαγραφή του λογαριασμού μου και μου απαντήσατε γραπτώς ότι «όλα τα δεδομένα σας έχουν διαγραφεί». Χθες, μέσω της επιλογής «Ξέχασα τον κωδικό», μπήκα ξανά στον λογαριασμό: το ιστορικό παραγγελιών από το 2012 είναι ακόμα εκεί, μαζί με τις παλιές μου διευθύνσεις και τα τελευταία ψηφία της κάρτας μου.

Μου δώσατε δηλαδή ψευδή βεβαίωση. Το θεωρώ απαράδεκτο και επιφυλάσσομαι να απευθυνθώ στην αρμόδια αρχή προστασίας δεδομένων. Ζητώ να διαγράψετε πραγματικά όλα τα στοιχεία μου και να μου επιβεβαιώσετε πότε έγινε.

Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),

        ("withdraw_consent", (),
         "SMS",
         """Καλησπέρα. Δεν θέλω άλλα διαφημιστικά SMS ούτε ειδοποιήσεις από την εφαρμογή σας. Ανακαλώ τη συγκατάθεση που είχα δώσει όταν έβγαλα την κάρτα, πριν από αρκετά χρόνια. Ευχαριστώ, Μαρία Ιωάννου""",
         "Μαρία Ιωάννου"),

        ("correction", (),
         "Λάθος στο όνομά μου",
         """Γεια σας,

από τότε που έφτιαξα λογαριασμό (το 2015, νομίζω) το επώνυμό μου είναι γραμμένο «Christodoulo» αντί για «Christodoulou» και η ημερομηνία γέννησης 01/07/1984 αντί για 07/01/1984. Μπορείτε να τα διορθώσετε; Μου δημιουργεί πρόβλημα όταν παραλαμβάνω από το κατάστημα και μου ζητούν ταυτότητα.

Ευχαριστώ,
Αντώνης Χριστοδούλου""",
         "Αντώνης Χριστοδούλου"),

        ("other", (),
         "Κουπόνι σε παλιό λογαριασμό",
         """Καλησπέρα,
έχω ένα κουπόνι 15€ που μου στείλατε για τα γενέθλιά μου, αλλά είναι συνδεδεμένο με τον παλιό μου λογαριασμό στο hotmail, στον οποίο δεν έχω πια πρόσβαση. Μπορώ να το χρησιμοποιήσω με τον καινούργιο λογαριασμό; Λήγει στις 30/11.
Ευχαριστώ,
Σοφία Βασιλείου""",
         "Σοφία Βασιλείου"),

        ("other", (),
         "Επισκευή υπό εγγύηση",
         """Γεια σας, το 2024 σας είχα στείλει τη φριτέζα αέρος για επισκευή (αριθμός επισκευής RMA-24-20417). Τώρα έχει πάλι το ίδιο πρόβλημα, δεν ζεσταίνει. Ισχύει ακόμα η εγγύηση; Πώς τη στέλνω ξανά;

Κώστας Μιχαηλίδης""",
         "Κώστας Μιχαηλίδης"),

        ("other", (),
         "Φίλτρα για παλιό αποχυμωτή",
         """Καλημέρα! Πουλάτε ακόμα φίλτρα για τον αποχυμωτή Philips που αγόρασα από εσάς το 2016; Έψαξα στο site αλλά δεν βρίσκω τίποτα, και στο ιστορικό παραγγελιών του λογαριασμού μου δεν φαίνεται ο ακριβής κωδικός του μοντέλου, μόνο «αποχυμωτής 800W». Ευχαριστώ, Ευαγγελία Σταύρου""",
         "Ευαγγελία Σταύρου"),
    ],

    # ------------------------------------------------------------------ Bulgarian
    "bg": [
        ("complaint", (),
         "Оплакване – защо пазите чатовете ми от 2019 г.?",
         """Здравейте,

Вчера писах в чата ви за една доставка и служителят ви, без да съм го питал, ми каза: „Виждам, че през 2019 г. сте имали проблем с пералня и ви изпратихме техник“ – и ми прочете стария адрес и телефона ми. Изобщо не очаквах, че пазите разговорите от чата седем години.

Това ми се струва прекомерно и в противоречие с принципа за ограничение на съхранението (чл. 5, пар. 1, буква „д“ от ОРЗД). Подавам оплакване и очаквам обяснение защо тези данни още съществуват. Ако не получа смислен отговор, ще се обърна към белгийския надзорен орган.

Стефан Николов""",
         "Стефан Николов"),

        ("access", (),
         "Искане за достъп до лични данни",
         """Уважаеми господа,

На основание чл. 15 от ОРЗД ви моля да ми предоставите:
– копие от всички лични данни, които обработвате за мен;
– за какви цели ги използвате;
– на кого сте ги предоставяли;
– колко дълго ще ги съхранявате, включително в архиви и резервни копия.

Последната ми покупка при вас е от 2016 г., но миналата седмица получих писмо „Липсвате ни!“, така че явно данните ми още са при вас.

С уважение,
Радослав Георгиев
Клиентска карта № 2200 3381 0925""",
         "Радослав Георгиев"),

        ("deletion", (),
         "CV от 2022 г.",
         """Здравейте,
През 2022 г. кандидатствах за позицията „Складов работник“ в Мехелен и не бях одобрен. Моля, изтрийте автобиографията ми, мотивационното писмо и всичко останало от тази кандидатура – вече работя другаде и нямам интерес.
Благодаря,
Иван Димитров""",
         "Иван Димитров"),

        ("objection", ("withdraw_consent",),
         "Не искам да бъда „реактивиран“",
         """Здравейте,

Старият ми акаунт, който не бях отварял от 2017 г., изведнъж е бил „реактивиран“ от ваша кампания – получих имейл „Добре дошли отново!“ с линк за вход. Не съм искал нищо подобно.

Възразявам срещу използването на старите ми данни за такива кампании за реактивиране и за маркетингови анализи. И ме отпишете от всички бюлетини и рекламни имейли.

Христо Илиев""",
         "Христо Илиев"),

        ("portability", (),
         "Данните от картата ми във файл",
         """Здравейте, бих искала да получа всичките си данни от картата за лоялност (покупки и точки от 2014 г. насам) в някакъв файл – CSV, Excel, каквото и да е, само да мога да го отворя на компютъра и да го прехвърля в друга програма. Може ли?
Мерси!
Мила Тодорова""",
         "Мила Тодорова"),

        ("withdraw_consent", (),
         "SMS-и",
         """Моля, спрете да ми изпращате рекламни SMS-и. Не съм пазарувал от вас от години и не искам повече да получавам оферти на този номер.

Петър Стоянов""",
         "Петър Стоянов"),

        ("correction", ("access",),
         "Стар адрес",
         """Здравейте,

Вчера разбрах от бившата си хазяйка, че на стария ми адрес в Андерлехт продължават да пристигат писма от вас на мое име. Не живея там от 2020 г. Моля, сменете адреса ми с настоящия:

Rue Royale 88, 1000 Bruxelles

Освен това ви моля да ми изпратите какви други лични данни пазите за мен, за да проверя дали и останалото не е остаряло.

Благодаря,
Гергана Василева""",
         "Гергана Василева"),

        ("other", (),
         "Точки от стара карта",
         """Здравейте, преди години имах ваша клиентска карта, но я загубих при преместването. Сега си извадих нова в магазина в Льовен. Може ли точките от старата да се прехвърлят на новата? Номерът на старата го намерих в един стар имейл: 2200 1458 6603.
Благодаря!
Веселина Маринова""",
         "Веселина Маринова"),

        ("other", (),
         "Аксесоари за стара количка",
         """Здравейте, преди около 8 години купих от вас детска количка Joie (вече за второто дете) и търся дъждобран за нея. Още ли продавате аксесоари за този модел, или поне нещо съвместимо?
Поздрави,
Николай Костов""",
         "Николай Костов"),

        ("other", (),
         "Не мога да вляза в стария си профил",
         """Здравейте,

Миналата година изтрих приложението ви от телефона и сега, като го инсталирах отново, не мога да вляза – пише, че няма такъв потребител. А в стария профил имам ваучер за 10 евро. Как мога да вляза отново? Регистрацията беше с телефонен номер, не с имейл.

Благодаря,
Даниела Атанасова""",
         "Даниела Атанасова"),
    ],
}

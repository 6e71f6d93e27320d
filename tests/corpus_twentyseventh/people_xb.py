"""Twenty-seventh set, requests buried in everyday mail, and everyday mail that only sounds like a request (pl cs hr sv ro el bg). Written apart from the rules (see make_twentyseventh.py)."""

PEOPLE_XB = {
    "pl": [
        ("access", (), "Paczka 48213 - kurier dzwonił",
         """Dzień dobry,
wczoraj przyszła paczka z zamówienia 48213 (donice i ziemia), wszystko w porządku, kurier był nawet przed czasem. Dzwonił do mnie wcześniej na komórkę i tu mam pytanie - skąd on miał mój numer? Nie pamiętam, żebym go podawała przy zamówieniu. Chciałabym się dowiedzieć, jakie w ogóle dane o mnie macie zapisane i komu je przekazujecie.
Przy okazji: czy ziemię do storczyków można trzymać zimą na balkonie?
Pozdrawiam
Agnieszka Wróbel""", "Agnieszka Wróbel"),
        ("correction", (), "punkty na karcie + przeprowadzka",
         """Hej, mam dwie sprawy.
Na karcie lojalnościowej widzę 1240 pkt, a po ostatnich zakupach powinno być ponad 1500 - czy punkty za zamówienie z 3 marca doliczą się później?
Druga rzecz: od 1 kwietnia mieszkamy gdzie indziej, nowy adres to Chaussée de Louvain 212, 1300 Wavre. Poproszę o zmianę na koncie, żeby kolejne paczki nie szły na stary adres w Brukseli.
Dzięki!
Tomek""", "Tomasz Lewandowski"),
        ("deletion", ("withdraw_consent",), "Zwrot kosiarki - zamówienie 50977",
         """Szanowni Państwo,
piszę w imieniu mojego taty, Henryka Nowickiego, który zmarł w lutym. Przyszła jeszcze zamówiona przez niego kosiarka (zamówienie 50977), nieużywana, w oryginalnym kartonie. Chciałabym ją zwrócić - proszę o informację, jak to zrobić i czy pieniądze mogą wrócić na moje konto, bo jego rachunek w banku jest już zamknięty. Akt zgonu mogę przesłać.
I jeszcze prośba: proszę zamknąć jego konto w sklepie i usunąć jego dane, a maile z promocjami, które codziennie przychodzą na jego skrzynkę, niech już nie przychodzą. Mama za każdym razem się przy tym rozkleja.
Z poważaniem
Ewa Nowicka-Lis""", "Ewa Nowicka-Lis"),
        ("portability", (), "brakuje nogi od stolika",
         """Cześć,
zamówienie 51322 dotarło, ale w komplecie brakuje jednej nogi do stolika ogrodowego :( Możecie dosłać samą nogę, zamiast żebym odsyłała cały stolik?
A tak poza tym - zaczęłam używać aplikacji do budżetu domowego i chciałabym wrzucić tam swoje zakupy u was z ostatnich dwóch lat. Dałoby się dostać historię zamówień jako plik, np. CSV albo Excel? Ręcznie przepisywać nie mam siły 😅
Marta""", "Marta Kowalczyk"),
        ("restriction", (), "Reklamacja RK/2291",
         """Dzień dobry,
w sprawie reklamacji RK/2291 (pęknięta donica ceramiczna): nie zgadzam się z waszym stanowiskiem, że pęknięcie powstało z mojej winy, i sprawa trafi do mojego prawnika.
Do czasu wyjaśnienia proszę nie ruszać moich danych. Niech zostaną, bo mogą być potrzebne jako dowód, ale nie wykorzystujcie ich do niczego, dopóki spór się nie zakończy. Konta też proszę nie usuwać.
Paweł Ostrowski""", "Paweł Ostrowski"),
        ("objection", (), "Promocja -20% na meble ogrodowe",
         """Dzień dobry,
pytanie o promocję -20% na meble ogrodowe: czy obejmuje też parasole, czy tylko krzesła i stoły? Na stronie nie jest to jasne.
Zauważyłem też, że po każdym kliknięciu w coś w waszym newsletterze widzę potem reklamy dokładnie tych produktów na Facebooku. Newsletter niech dalej przychodzi, ale nie chcę, żebyście śledzili, w co klikam, i na tej podstawie mnie profilowali. Proszę to u mnie wyłączyć.
Pozdrawiam, Krzysztof""", "Krzysztof Mazur"),
        ("complaint", (), "prezent dla siostry, zam. 52010",
         """Dzień dobry,
zamówiłam u was prezent dla siostry (zestaw narzędzi ogrodowych, zam. 52010) z wysyłką bezpośrednio do niej. Prezent doszedł, siostra zadowolona, ale na kartonie, na zewnątrz, wydrukowaliście nie tylko jej adres, ale też moje imię i nazwisko, mój adres, mój numer telefonu i do tego cenę! Paczka przeszła przez ręce kuriera, sąsiadki, która ją odebrała... Nie po to podaję dane, żeby wisiały na pudle. Jestem naprawdę zdenerwowana i oczekuję wyjaśnienia, jak to się stało.
Joanna K.""", "Joanna Kamińska"),
        ("other", (), "Proszę usunąć moje zamówienie",
         """Dzień dobry, proszę usunąć moje zamówienie nr 52377, pomyliłam kolor poduszek. Zamówię jeszcze raz w oliwkowym. Płaciłam Bancontactem - czy pieniądze wrócą automatycznie?
Dziękuję
Beata Zając""", "Beata Zając"),
        ("other", (), "Sprzeciw - opłata za dostawę",
         """Witam,
wnoszę sprzeciw wobec naliczenia opłaty za dostawę 6,95 € przy zamówieniu 52101. Wartość koszyka wynosiła 82 €, a na stronie jest informacja o darmowej dostawie od 75 €. Proszę o zwrot tej kwoty.
Robert Szymański""", "Robert Szymański"),
        ("other", (), "kopia faktury",
         """Dzień dobry, czy możecie mi przesłać kopię faktury do zamówienia 51876? Oryginał gdzieś mi zginął, a potrzebuję go do gwarancji na kosiarkę, bo silnik przestał działać po dwóch miesiącach.
Pozdrawiam, Grzegorz""", "Grzegorz Wójcik"),
    ],
    "cs": [
        ("access", (), "Reklamace hadice 47730",
         """Dobrý den,
posílám zpátky zavlažovací hadici z objednávky 47730, protéká u spojky. Číslo reklamace jsem dostal RMA-8812.
Ještě jedna věc, která mi vrtá hlavou: minulý týden mi volala nějaká firma, že prý jsem váš zákazník, a nabízeli mi pojištění domácnosti. Můžete mi poslat přehled, jaké údaje o mně máte a komu jste je poskytli?
Děkuji
Jiří Dvořák""", "Jiří Dvořák"),
        ("correction", (), "obj. 51200 porad nedorazila",
         """Ahoj, objednávka 51200 pořád nedorazila, sledování ukazuje „v přepravě“ už od pondělí. Kurýr mi prý volal, ale na starý číslo, to už nemám. Můžete mi v účtu přepsat telefon na +32 470 55 18 93? A dejte to prosím vědět i dopravci. Díky, Lucka""", "Lucie Nováková"),
        ("deletion", (), "Vrácení křesla - obj. 50433",
         """Dobrý den,
vracím zahradní křeslo (obj. 50433) - barva vůbec neodpovídá fotce, na webu vypadá béžově a ve skutečnosti je skoro růžové. Je zabalené v původní krabici, štítek jsem si vytiskla.
Prosím o vrácení peněz na kartu. A až se to vyřídí, zrušte mi prosím účet i se vším, co k němu máte uložené, už u vás nakupovat nebudu.
Hana Marková""", "Hana Marková"),
        ("portability", (), "terakotové květináče",
         """Dobrý den,
chtěl bych se zeptat, kdy budou zase skladem ty terakotové květináče 30 cm.
A druhá věc - přecházím na aplikaci na hlídání rozpočtu a potřeboval bych do ní dostat svoje nákupy od vás. Šlo by mi poslat všechny moje objednávky v nějakém souboru, třeba CSV nebo JSON, abych si je tam mohl naimportovat?
Díky, Petr Šimek""", "Petr Šimek"),
        ("objection", (), "Výměna hrnku - díky",
         """Dobrý den,
díky za rychlou výměnu rozbitého hrnku, nový dorazil v pořádku.
Jen mě trochu zarazilo, že od té doby, co jsem u vás koupila dětskou postýlku, mi v e-mailech i na webu chodí samé nabídky pro miminka. Nechci, abyste z mých nákupů vyvozovali, co se u nás doma děje, a podle toho mi sestavovali nabídky. E-maily mi chodit můžou, ale bez tohohle přizpůsobování, prosím.
Klára V.""", "Klára Veselá"),
        ("withdraw_consent", (), "body na vernostni karte",
         """Dobrý den, odhlaste me prosim z newsletteru, chodi toho moc. Kartu si ale chci nechat.
A hlavne: na vernostni karte 6024 1188 3307 mi zmizelo 300 bodu, ktere jsem mel za nakup v prosinci. Muzete to proverit? Diky. M. Benes""", "Martin Beneš"),
        ("complaint", (), "Obj. 52044 - cizí faktura v balíku",
         """Dobrý den,
dnes mi přišla objednávka 52044 (konev a rukavice), všechno v pořádku, ale v balíku byla kromě mé faktury i faktura jiné zákaznice - jméno, adresa v Gentu, telefon, co si objednala a za kolik. To se přece nesmí stát. Fakturu vám můžu poslat zpátky nebo ji skartovat, dejte vědět. Doufám, že ta moje zase neputovala k někomu cizímu.
Ondřej Kratochvíl""", "Ondřej Kratochvíl"),
        ("other", (), "Odstraňte položku z košíku",
         """Dobrý den,
v košíku mi visí sada nožů, kterou nejde odebrat - když kliknu na křížek, stránka se jen obnoví. Můžete mi ji odtamtud odstranit? Jinak nemůžu dokončit objednávku.
Děkuji, Zdeňka""", "Zdeňka Procházková"),
        ("other", (), "Zrušení dodávky na květen",
         """Dobrý den,
mám u vás pravidelnou měsíční dodávku krmiva pro ptáky. V květnu budu na dovolené, prosím zrušte mi dodávku na příští měsíc, od června může zase normálně chodit.
Děkuji
Vladimír Horák""", "Vladimír Horák"),
        ("other", (), "Dotaz k zásadám ochrany osobních údajů",
         """Dobrý den,
zvažuju, že si u vás založím účet. V zásadách ochrany osobních údajů jsem se nedočetla, jestli data ukládáte jen na serverech v EU, nebo i mimo ni. Můžete mi to prosím upřesnit?
Děkuji, Tereza Pokorná""", "Tereza Pokorná"),
    ],
    "hr": [
        ("access", (), "Dostava 49871",
         """Poštovani,
paket s narudžbom 49871 stigao je danas, hvala. Dostavljač me oslovio imenom i prezimenom i znao je da imamo psa (valjda iz napomene uz narudžbu?). Nije problem, samo me zanima koje sve podatke o meni imate i što od toga šaljete dostavnoj službi. Možete li mi to poslati?
Lijep pozdrav,
Ivana Babić""", "Ivana Babić"),
        ("correction", (), "povrat novca R-3310",
         """Bok,
čekam povrat novca za vraćenu kosilicu (povrat br. R-3310). Promijenila sam banku pa vas molim da novac uplatite na novi račun BE71 0961 2345 6769, a ne na stari koji imate u mom profilu. Molim vas ispravite to i u profilu da ubuduće ne bude zabune.
Hvala! Petra""", "Petra Knežević"),
        ("deletion", ("withdraw_consent",), "Oštećeni roštilj",
         """Dobar dan,
jučer sam zvao vašu korisničku službu zbog oštećenog roštilja i gospođa s kojom sam razgovarao bila je krajnje neljubazna, dvaput mi je prekinula poziv. Roštilj i dalje stoji razbijen u garaži, narudžba 50617.
Kad riješite zamjenu, ugasite mi račun kod vas i obrišite sve moje podatke. I ne šaljite mi više nikakve mailove s akcijama.
Marko Jurić""", "Marko Jurić"),
        ("restriction", (), "Dvostruka naplata - narudžba 51005",
         """Poštovani,
vezano uz spor oko dvostruke naplate narudžbe 51005: moj odvjetnik će vam se javiti ovaj tjedan.
Dok se to ne riješi, molim da moje podatke ne koristite ni za što, ali ih nemojte ni brisati, trebat će nam kao dokaz.
S poštovanjem,
Damir Kovačević""", "Damir Kovačević"),
        ("objection", (), "akcija 3 za 2",
         """Pozdrav,
vrijedi li akcija „3 za 2” na sadnice i za ruže u posudama?
Usput, u vašim uvjetima piše da podatke dijelite s marketinškim partnerima. Ja to ne želim - nemojte moje podatke davati nikome za reklame.
Hvala, Sanja Perić""", "Sanja Perić"),
        ("withdraw_consent", (), "narudzba 52230",
         """Pozdrav, narudzba 52230 je kasnila tri dana ali je stigla, sve ok. Nego, mozete li me maknuti s liste za newsletter? Dolaze mi po dva maila dnevno, previse je. Hvala, Tomislav""", "Tomislav Pavlović"),
        ("complaint", ("deletion", "access"), "Dostavljač fotografirao naša vrata",
         """Poštovani,
danas je vaš dostavljač ostavio paket ispred vrata dok nas nije bilo, i to je u redu. Ali susjed mi kaže da je prije toga fotografirao naša ulazna vrata, poštanski sandučić s imenima i broj stana, pa čak i kroz prozor u stan. Fotografija se navodno šalje kao „dokaz dostave”. Ne želim da se slike mog doma šalju tko zna kome i smatram da je to nedopustivo.
Tražim da se te fotografije izbrišu i da mi napišete tko ih je sve dobio.
Nikolina Horvat""", "Nikolina Horvat"),
        ("other", (), "Obrišite mi narudžbu",
         """Molim vas obrišite mi narudžbu 52411, naručila sam krivu veličinu tende. Nije još plaćeno. Hvala, Maja""", "Maja Tomić"),
        ("other", (), "gdje je moj paket",
         """Bok, mozete li me obavijestiti gdje je moj paket? Narudzba 52102, na pracenju pise da je u Bruxellesu vec pet dana. Hvala, Goran Šimić""", "Goran Šimić"),
        ("other", (), "Prigovor na troškove dostave",
         """Dobar dan,
imam prigovor na troškove dostave. Za jednu vreću zemlje naplaćeno mi je 14,90 € dostave, a u košarici je pisalo 4,90 €. Molim povrat razlike.
Zoran Marić""", "Zoran Marić"),
    ],
    "sv": [
        ("access", (), "Studsmattan",
         """Hej!
Tack för snabb leverans av studsmattan, barnen är överlyckliga. En sak bara: när jag ringde er kundtjänst om monteringen visste de direkt vad jag köpt för tre år sen, vilket förvånade mig lite. Vad har ni egentligen sparat om mig? Skulle gärna få en sammanställning.
Mvh Johan Lindqvist""", "Johan Lindqvist"),
        ("correction", (), "Bonuspoäng + namnbyte",
         """Hej,
jag har 870 bonuspoäng, räcker det till rabattchecken på 10 €?
Och en annan sak: jag har gift mig och heter nu Karlsson i efternamn i stället för Berg. Kan ni ändra namnet på mitt konto och på medlemskortet?
Tack!
Emma Karlsson""", "Emma Karlsson"),
        ("deletion", ("objection",), "Retur trädgårdsslang",
         """Hej,
returen av trädgårdsslangen har kommit fram till er enligt spårningen, så jag väntar bara på pengarna.
Efter det vill jag att ni tar bort mitt konto. Och tills det är gjort: sluta använda min köphistorik till att visa mig ”rekommenderat för dig”, det känns obehagligt.
/ Anders""", "Anders Holmberg"),
        ("portability", (), "rabattkoden funkar inte",
         """Hejsan! Kan ni kolla varför min rabattkod SOMMAR15 inte funkar i kassan? Står att den är ogiltig.
Btw håller jag på att gå över till en budgetapp och skulle vilja ha alla mina köp hos er som en fil, typ Excel eller CSV, så jag kan läsa in dem där. Går det?
Sara""", "Sara Ek"),
        ("restriction", (), "Bestriden faktura order 50321",
         """Hej,
jag har bestridit fakturan för order 50321 eftersom jag aldrig fick varan. Ärendet ligger nu hos Klarna.
Tills det är utrett vill jag att ni fryser mina uppgifter - ni får ha kvar dem, men använd dem inte till något och skicka dem inte vidare till inkasso.
Med vänlig hälsning
Per-Olof Nyström""", "Per-Olof Nyström"),
        ("withdraw_consent", (), "Tack till Lina!",
         """Hej! Vill bara säga att ni har fantastisk kundservice, Lina hjälpte mig jättebra med bytet av parasollet. Men snälla, ta bort mig från nyhetsbrevet, jag får tre mejl i veckan och hinner aldrig läsa dem. Ha en fin dag! Malin""", "Malin Johansson"),
        ("complaint", ("deletion",), "Order 51877 + obesvarad begäran",
         """Hej,
mitt paket (order 51877) står fortfarande som ”under transport” efter en vecka, kan ni kolla med DHL?
Och en sak till: den 2 mars bad jag er att radera mitt telefonnummer från kontot, och jag har inte hört ett ljud sedan dess. Det har gått över en månad. Ta bort numret nu, tack. Får jag inget svar den här gången vänder jag mig till dataskyddsmyndigheten.
Hälsningar
Björn Sjöberg""", "Björn Sjöberg"),
        ("other", (), "Invändning mot fraktavgift",
         """Hej, jag vill invända mot fraktavgiften på order 51990. Ni tog 9,95 € trots att beställningen var över gränsen för fri frakt. Kan ni betala tillbaka? /Kerstin Holm""", "Kerstin Holm"),
        ("other", (), "Kopia på kvitto",
         """Hej!
Kan ni skicka en kopia av kvittot för grillen jag köpte i juni? Behöver det för garantin, grillen har rostat sönder. Order 47002.
Tack, Lars Eriksson""", "Lars Eriksson"),
        ("other", (), "ta bort min beställning",
         """Hej, kan ni ta bort min beställning 52300? Hittade samma lampa billigare i en butik. Har inte betalat än, valde faktura. Mvh Ingrid""", "Ingrid Svensson"),
    ],
    "ro": [
        ("access", (), "comanda 50112",
         """Buna ziua,
am primit coletul cu comanda 50112, multumesc. Curierul m-a sunat pe numarul meu personal, desi eu la comanda am pus numarul de la serviciu. De unde il aveti? As vrea sa stiu ce date aveti despre mine si de unde le-ati luat.
Cu stima, Andrei Popescu""", "Andrei Popescu"),
        ("correction", (), "Set mobilier Lisa",
         """Bună ziua,
aș dori să știu dacă mai aveți pe stoc setul de mobilier de grădină „Lisa”, varianta gri. Îl vreau pentru casa nouă.
Apropo, ne-am mutat - vă rog să schimbați adresa din contul meu în Rue des Tilleuls 8, 4000 Liège. Cea veche nu mai e valabilă.
Mulțumesc,
Ioana Stan""", "Ioana Stan"),
        ("deletion", (), "retur aspirator frunze",
         """Salut, am returnat ieri aspiratorul de frunze (comanda 49550), l-am lasat la punctul bpost. Va rog sa-mi confirmati cand ajunge si cand primesc banii. Si dupa asta stergeti-mi contul, nu mai am nevoie de el. Mersi, Vlad""", "Vlad Munteanu"),
        ("portability", (), "Întrebare Black Friday",
         """Bună,
reducerea de 30% de Black Friday se aplică și la produsele care sunt deja reduse?
Și încă ceva: folosesc o aplicație de buget și aș vrea să import acolo toate cumpărăturile mele de la voi. Îmi puteți trimite istoricul comenzilor într-un fișier, CSV sau ceva similar?
Mulțumesc, Elena Dumitrescu""", "Elena Dumitrescu"),
        ("objection", (), "masa zgariata - comanda 51420",
         """Buna ziua,
va scriu in legatura cu masa de gradina care a venit zgariata (comanda 51420). Am atasat poze. Prefer inlocuire, nu banii inapoi.
Inca ceva: de cand am cumparat de la voi vad reclamele voastre peste tot pe Facebook si Instagram. Nu vreau sa dati datele mele catre Facebook pentru reclame si nici sa-mi urmariti ce fac pe site.
Multumesc,
Mihai Georgescu""", "Mihai Georgescu"),
        ("withdraw_consent", (), "bonus de ziua mea",
         """Buna ziua, am cardul de fidelitate de 2 ani si nu mi s-a adaugat niciodata bonusul de ziua mea, desi scrie pe site ca se acorda. Puteti verifica? Si va rog nu imi mai trimiteti SMS-uri cu oferte, doar astea imi mai lipseau la 7 dimineata. Raluca""", "Raluca Ene"),
        ("complaint", (), "Comanda 52210 si e-mailul cu toti in CC",
         """Bună ziua,
comanda mea 52210 încă nu a fost expediată, deși am plătit acum 6 zile. Puteți verifica?
Și vreau să vă semnalez ceva grav: azi-dimineață am primit de la voi un e-mail despre întârzierea livrărilor în care toți destinatarii erau puși în CC - vreo 200 de adrese de e-mail, inclusiv a mea, vizibile pentru toată lumea. Am primit deja un „reply all” de la un necunoscut. Este inacceptabil cum tratați datele clienților.
Cristina Ionescu""", "Cristina Ionescu"),
        ("other", (), "va rog sa stergeti comanda",
         """Buna, va rog sa stergeti comanda 52455, am comandat din greseala de doua ori acelasi lucru. Pastrati-o doar pe 52454. Mersi, Sorin""", "Sorin Lungu"),
        ("other", (), "Noutăți despre colet?",
         """Bună ziua, mă puteți ține la curent cu coletul meu? Comanda 51999, nu s-a mai mișcat din 12 mai. Mulțumesc, Adriana Matei""", "Adriana Matei"),
        ("other", (), "intrebari pentru lucrarea de licenta",
         """Buna ziua,
lucrez la o lucrare de licenta despre GDPR in comertul online. As putea sa va pun cateva intrebari despre cum folositi cookie-urile si cu ce parteneri lucrati? Nu e vorba de datele mele, ci de politica dumneavoastra in general.
Multumesc,
Bianca Radu, studenta ASE""", "Bianca Radu"),
    ],
    "el": [
        ("access", (), "Παραγγελία 50788",
         """Καλησπέρα σας,
η παραγγελία 50788 έφτασε σήμερα, όλα εντάξει, ευχαριστώ. Μια απορία μόνο: μου ήρθε SMS από μια εταιρεία συντήρησης κήπων που ήξερε ότι αγόρασα χλοοκοπτική μηχανή από εσάς. Θα ήθελα να μου πείτε τι στοιχεία μου έχετε και σε ποιους τα έχετε δώσει.
Με εκτίμηση,
Γιώργος Παπαδόπουλος""", "Γιώργος Παπαδόπουλος"),
        ("correction", (), "paraggelia 51634",
         """Kalispera, i paraggelia 51634 pote tha erthei? Exei perasei mia evdomada. Episis allaksa kinito, to neo einai 0485 22 17 90, mporeite na to allaksete ston logariasmo mou giati o courier tha pairnei sto palio. Euxaristo, Nikos""", "Nikos Vlachos"),
        ("deletion", (), "Επιστροφή φωτιστικού RT-4471",
         """Γεια σας,
επέστρεψα το φωτιστικό κήπου γιατί δεν άναβε (αριθμός επιστροφής RT-4471) και περιμένω τα χρήματα πίσω στην κάρτα.
Μόλις γίνει αυτό, θέλω να κλείσετε τον λογαριασμό μου και να σβήσετε ό,τι έχετε για μένα. Δεν θα ξαναψωνίσω.
Ελένη Γεωργίου""", "Ελένη Γεωργίου"),
        ("restriction", (), "Παραγγελία 49912",
         """Κύριοι,
έχω ανοίξει αμφισβήτηση με την τράπεζά μου για τη χρέωση της παραγγελίας 49912, την οποία δεν παρέλαβα ποτέ. Μέχρι να λυθεί το θέμα, σας ζητώ να κρατήσετε τα στοιχεία μου όπως είναι, χωρίς να τα διαγράψετε, αλλά και χωρίς να τα χρησιμοποιείτε για οτιδήποτε.
Δημήτρης Αντωνίου""", "Δημήτρης Αντωνίου"),
        ("objection", (), "prosfora -25%",
         """Geia sas, thelo na rotiso an i prosfora -25% sta epipla kipou isxyei kai gia tis omprelles. Kai kati allo, den thelo na mou vgazete diafimiseis me vasi auta pou psaxno sto site sas, stamatiste na katagrafete ti patao. Euxaristo. Katerina""", "Katerina S."),
        ("withdraw_consent", (), "Ευχαριστώ για την αντικατάσταση",
         """Καλημέρα,
ευχαριστώ πολύ για την αντικατάσταση της σπασμένης γλάστρας, ήρθε γρήγορα και καλά συσκευασμένη.
Υ.Γ. Βγάλτε με σας παρακαλώ από τη λίστα με τα newsletter, δεν τα διαβάζω ποτέ.
Σοφία Μ.""", "Σοφία Μιχαηλίδου"),
        ("complaint", (), "Παραγγελία 51210 - αλλαγή παράδοσης",
         """Καλησπέρα,
σχετικά με την παραγγελία 51210 (καρέκλες βεράντας): θα ήθελα να την παραλάβω από σημείο παραλαβής αντί για το σπίτι.
Ο λόγος είναι ότι ο πρώην σύζυγός μου τηλεφώνησε στην εξυπηρέτηση πελατών σας λέγοντας ότι είναι «ο άντρας της κυρίας», και του είπατε τη νέα μου διεύθυνση και πότε θα γίνει η παράδοση. Χωρίς κανέναν έλεγχο. Αυτό είναι πάρα πολύ σοβαρό για μένα και ζητώ εξηγήσεις.
Μαρία Κωνσταντίνου""", "Μαρία Κωνσταντίνου"),
        ("other", (), "Αντίρρηση για τα μεταφορικά",
         """Γεια σας, έχω αντίρρηση για τα μεταφορικά των 12 € στην παραγγελία 52033, αφού το καλάθι ήταν πάνω από 75 €. Παρακαλώ επιστρέψτε τη διαφορά. Στέλιος""", "Στέλιος Καραγιάννης"),
        ("other", (), "akyrwsh paraggelias",
         """Kalispera, mporeite na akyrwsete tin paraggelia 52390? Thelw na tin svisete, tin ekana dyo fores kata lathos. Krataw tin 52389. Efxaristw, Panos""", "Panos D."),
        ("other", (), "Αντίγραφο τιμολογίου",
         """Καλημέρα,
θα μπορούσατε να μου στείλετε αντίγραφο του τιμολογίου για την παραγγελία 50056; Το χρειάζομαι για το λογιστήριο.
Ευχαριστώ,
Αθανάσιος Ρήγας""", "Αθανάσιος Ρήγας"),
    ],
    "bg": [
        ("access", (), "Поръчка 50231",
         """Здравейте,
пратката с поръчка 50231 пристигна, благодаря. Куриерът обаче ми звънна на личния номер, а аз не помня да съм ви го давала - при поръчката писах служебния. Бихте ли ми изпратили какви данни пазите за мен?
Поздрави,
Десислава Петрова""", "Десислава Петрова"),
        ("correction", (), "tochki po kartata",
         """Zdraveite, imam vapros za tochkite po kartata za loyalnost - kolko tochki mi trqbvat za otstapkata ot 5 evro? I oshte neshto, smenih si familiqta sled svatbata, veche sam Ivanova, a ne Georgieva. Moje li da q promenite v profila? Blagodarq, Gergana""", "Gergana Ivanova"),
        ("deletion", ("withdraw_consent",), "Неплатена фактура - поръчка 48760",
         """Уважаеми господа,
баща ми, Стоян Маринов, почина миналия месец. Открих, че има неплатена фактура към вас за поръчка 48760 - моля, кажете ми каква е сумата и как мога да я платя.
След това ви моля да закриете профила му и да изтриете данните му, а рекламните имейли да спрат да идват на адреса му.
С уважение,
Калина Маринова""", "Калина Маринова"),
        ("portability", (), "саксии 40 см",
         """Здрасти, кога ще имате пак от теракотените саксии 40 см?
И още нещо - минавам към приложение за семеен бюджет и искам да си кача покупките от вас там. Може ли да ми пратите историята на поръчките като файл (Excel, CSV, каквото е)? Мерси, Виктор""", "Виктор Тодоров"),
        ("objection", (), "poruchka 51760",
         """Zdravei, poruchkata 51760 pristigna s 2 dni zakasnenie, no vsichko e nared. Samo edno neshto - ne iskam da polzvate pokupkite mi, za da mi pravite "personalni preporaki" i da mi puskate reklami vav Facebook. Sprete tova, molq. Nikolai""", "Nikolai Dimitrov"),
        ("restriction", (), "Рекламация № 7719",
         """Здравейте,
не съм съгласен с отказа ви по рекламация № 7719 за разпадналата се градинска люлка и съм подал сигнал в Комисията за защита на потребителите.
Докато спорът не приключи, моля не използвайте данните ми за нищо, но и не ги изтривайте - може да ми потрябват като доказателство.
Светлин Колев""", "Светлин Колев"),
        ("complaint", (), "Поръчка 52288 - чужди данни в потвърждението",
         """Здравейте,
направих поръчка 52288 (градински маркуч и пръскачка). Потвърждението, което получих по имейл, обаче е с чужди данни - име, адрес в Антверпен и телефон на някаква жена. Значи и моите данни може да са отишли при някой друг. Много съм недоволен, това е сериозен пропуск от ваша страна.
Христо Стефанов""", "Христо Стефанов"),
        ("other", (), "mahnete grila ot koshnicata",
         """Zdraveite, v koshnicata mi stoi edin gril, koito ne moga da mahna, vse se vrashta. Moje li da go iztriete ot tam? Blagodarq, Ralitsa""", "Ralitsa"),
        ("other", (), "Отказ от доставката за юли",
         """Здравейте,
имам абонамент за тор всеки месец. Моля, откажете доставката за юли, ще бъда на море. От август може пак да идва нормално.
Благодаря,
Пенка Димитрова""", "Пенка Димитрова"),
        ("other", (), "Въпрос за бисквитките",
         """Здравейте,
в политиката ви за поверителност пише, че използвате „бисквитки на трети страни“. Кои са тези трети страни? Питам по принцип, още нямам профил при вас.
Поздрави, Иво Стоянов""", "Иво Стоянов"),
    ],
}

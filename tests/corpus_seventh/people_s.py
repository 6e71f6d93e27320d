"""Seventh set, people: personal stories with copied fragments. Written apart from the rules (see make_seventh.py)."""

PEOPLE_S = {
    "pl": [
        ("access", (), "pytanie o moje dane",
         """Dzień dobry,

wczoraj zadzwonił do mnie pan, który przedstawił się jako "dział reklamacji" Państwa sklepu. Znał moje imię i nazwisko i wiedział, że w marcu zamawiałam u Was leżak ogrodowy. Chciał numer karty, żeby "zwrócić nadpłatę". Rozłączyłam się, ale nie daje mi to spokoju.

Dlatego proszę o informację, jakie dane na mój temat u Was są, skąd je macie i komu je przekazywaliście (kurierzy, partnerzy marketingowi, ktokolwiek). Zgodnie z art. 15 RODO mam prawo uzyskać kopię danych osobowych podlegających przetwarzaniu - o taką kopię też proszę.

Konto zakładałam na adres k.wojcik84@wp.pl.

Pozdrawiam
Katarzyna Wójcik""",
         "Katarzyna Wójcik"),

        ("correction", (), "Zmiana nazwiska i adresu",
         """Witam,

po rozwodzie wróciłam do nazwiska panieńskiego, a na koncie i na karcie stałego klienta dalej mam "Nowak". Powinno być: Agnieszka Kowalczyk.

Przy okazji proszę poprawić adres, bo się wyprowadziłam. Nowy:
Rue de la Station 14/3
1300 Wavre

Bardzo mi zależy, żeby nic już nie szło na stary adres, tam nadal mieszka były mąż i nie chcę, żeby dostawał moje paczki czy listy z kartą.

Dziękuję i pozdrawiam
Agnieszka Kowalczyk""",
         "Agnieszka Nowak"),

        ("deletion", ("withdraw_consent",), "",
         """Dzień dobry,
wyjeżdżam na stałe do Kanady i robię porządki ze wszystkimi kontami w necie. Proszę usunąć moje konto u Was razem ze wszystkim co jest z nim powiązane, nie będę już kupował a nie chcę żeby moje dane wisiały gdzieś latami na serwerze.
I od razu wypiszcie mnie z newslettera bo znam życie, konto zniknie a maile dalej będą przychodzić ;)

Tomasz Zieliński
tomek.zielinski@o2.pl""",
         "Tomek Zieliński"),

        ("portability", (), "Export danych - karta Zielony Klub",
         """Dzień dobry,

prowadzę budżet domowy w aplikacji i chciałbym zaimportować do niej wszystkie swoje zakupy u Was z ostatnich lat (mamy dom, kupujemy sporo do ogrodu).

W związku z tym, na podstawie art. 20 RODO, proszę o przekazanie moich danych w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego. Najlepiej CSV albo Excel - bardzo proszę nie wysyłać skanów faktur w PDF, bo z tym nic nie zrobię :)
Chodzi mi o historię zamówień (data, produkt, kwota) i historię punktów na karcie klubowej.

I jeszcze pytanie: czy w takim eksporcie będą też zwrócone produkty?

Z poważaniem
Piotr Lewandowski
nr karty 4410 2290 1187""",
         "Piotr Lewandowski"),

        ("restriction", (), "Szkoda - prośba o niekasowanie danych",
         """Dzień dobry,

w sierpniu podczas burzy przewrócił się pawilon ogrodowy, który u Was kupiłem, i uszkodził samochód sąsiada. Sprawa jest w ubezpieczalni i pewnie trochę potrwa, a oni chcą dowodów zakupu i korespondencji.

Przeczytałem w Państwa polityce prywatności, że nieaktywne konta usuwacie po 2 latach. Moje zaraz będzie nieaktywne, bo nic więcej nie planuję kupować. Proszę więc, żeby dane dotyczące tego zamówienia (nr 88120455) nie zostały usunięte do czasu zakończenia sprawy, ale żebyście ich też do niczego innego nie używali - niech po prostu sobie leżą zablokowane. Z tego co czytałem to się nazywa ograniczenie przetwarzania (art. 18 RODO).

Dam znać, jak sprawa się zakończy.

Marcin Szymański""",
         "Marcin Szymański"),

        ("objection", (), "SMS o 23:14 ???",
         """Dzień dobry,

wczoraj o 23:14 dostałem od Was SMS: "Marek, Twój grill czeka! -20% na modele, które ostatnio oglądałeś". Pomijam godzinę. Skąd wiecie co oglądałem? Nie byłem nawet zalogowany, chyba.

Żeby było jasne - nie mam nic przeciwko temu, że informujecie o promocjach, kupuję u Was od lat. Ale nie zgadzam się na to, żebyście śledzili co przeglądam na stronie i na tej podstawie budowali mój profil pod reklamy. Zgłaszam sprzeciw wobec profilowania na podstawie art. 21 RODO.

Marek Kamiński""",
         "Marek Kamiński"),

        ("withdraw_consent", (), "Re: Jesienne porządki w ogrodzie - do -30%!",
         """Proszę mnie wypisać z tej listy. Link "wypisz się" na dole maila prowadzi do strony z błędem 404, próbowałam 3 razy.
Cofam zgodę na otrzymywanie informacji handlowych.

B. Mazur

Wysłane z iPhone'a""",
         "Barbara Mazur"),

        ("complaint", ("access",), "PONOWNIE: wniosek z art. 15 RODO - brak odpowiedzi",
         """Szanowni Państwo,

12 września br. wysłałem na ten adres wniosek o dostęp do moich danych osobowych (kopia poniżej). Minął ponad miesiąc, a ja nie dostałem nawet potwierdzenia, że wiadomość do Was dotarła. Zgodnie z art. 12 ust. 3 RODO macie na odpowiedź miesiąc.

Ponawiam więc prośbę: proszę o kopię moich danych oraz informację, w jakim celu je przetwarzacie i komu je udostępniliście.

Jeżeli w ciągu 7 dni nie otrzymam odpowiedzi, złożę skargę do belgijskiego organu nadzorczego (Autorité de protection des données) i do UODO.

Jakub Wiśniewski

----- Wiadomość oryginalna -----
Od: Jakub Wiśniewski
Data: 12.09, 21:40
Temat: wniosek z art. 15 RODO

Dzień dobry, na podstawie art. 15 RODO proszę o kopię moich danych osobowych. Konto: jwisniewski@gmail.com. Pozdrawiam, J.W.""",
         "Jakub Wiśniewski"),

        ("other", (), "Fałszywy mail podszywający się pod Was",
         """Dzień dobry,

chciałam tylko dać znać, że krąży mail z Waszym logo "Twoja paczka została zatrzymana - dopłać 2,99 EUR", link prowadzi do jakiejś dziwnej domeny. Ja nigdy nie miałam u Was konta ani niczego nie zamawiałam, więc na pewno nie mają mojego adresu od Was - pewnie po prostu wysyłają na chybił trafił.

Niczego ode mnie nie potrzebujecie, po prostu może warto ostrzec klientów. Screen w załączniku.

Pozdrawiam,
Ola""",
         "Aleksandra Pawlak"),

        ("other", (), "karta podarunkowa",
         """Hej,
mam pytanie trochę nietypowe. Koleżanka ma fioła na punkcie prywatności (nie ma nawet fejsa), a właśnie kupiła dom i chciałabym jej dać kartę podarunkową od Was. Czy ona może ją wykorzystać bez zakładania konta, jako gość? I czy ja mogę kupić kartę bez rejestracji? Piszę tutaj bo pomyślałam, że Wy najlepiej wiecie jakie dane są do tego potrzebne.
Dzięki!
Justyna""",
         "Justyna Krawczyk"),

        ("access", ("deletion",), "RODO",
         """Na podstawie art. 15 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) zwracam się z prośbą o:
1) potwierdzenie, czy przetwarzają Państwo moje dane osobowe,
2) przekazanie kopii tych danych,
3) informację o celach przetwarzania, odbiorcach oraz planowanym okresie przechowywania.

Tyle z wzoru, który znalazłem w internecie. A po ludzku: chcę najpierw zobaczyć, co o mnie macie, a jak już mi to wyślecie, to proszę wszystko skasować. Kolejność jest ważna - najpierw kopia, potem usunięcie.

M. Dąbrowski
mdabrowski@interia.pl""",
         "M. Dąbrowski"),

        ("complaint", (), "Cudza faktura w mojej paczce!!!",
         """Dzień dobry,

dzisiaj odebrałam paczkę (zam. 88341207) i w środku oprócz mojej doniczki była faktura innej klientki: imię, nazwisko, adres w Gandawie, telefon i co zamawiała. To jest po prostu wyciek danych.

Jestem w szoku, że coś takiego się dzieje. Skoro jej faktura trafiła do mnie, to gdzie jest moja? Z moim adresem i numerem telefonu? Oczekuję wyjaśnienia, jak do tego doszło i co zamierzacie z tym zrobić. Uważam też, że powinniście o tym poinformować tę panią.

Zdjęcie w załączniku (zamazałam jej dane).

Monika Wróbel""",
         "Monika Wróbel"),

        ("withdraw_consent", ("objection",), "",
         """Dzień dobry,

przeczytałam na Niebezpieczniku artykuł o tym, że w newsletterach są niewidoczne piksele, które mówią sklepowi kiedy i gdzie otworzyłam maila. No to dziękuję bardzo.

Proszę mnie wypisać z newslettera - wycofuję zgodę. A niezależnie od tego sprzeciwiam się temu, żebyście przekazywali mój adres e-mail Facebookowi czy Google do "dopasowywania odbiorców" reklam. W Waszej polityce prywatności jest o tym wzmianka w punkcie 7.

Ewa M.""",
         "ewa.m"),
    ],

    "cs": [
        ("access", (), "GDPR",
         """Dobrý den,

od září pracuji v bance a na povinném školení o GDPR jsem si uvědomila, že vlastně vůbec nevím, co o mně firmy, u kterých nakupuji, všechno mají. Tak začínám u vás, nakupuji u vás dost často.

Ráda bych tedy podle čl. 15 GDPR věděla, jaké osobní údaje o mně zpracováváte, k jakým účelům, komu je předáváte a jak dlouho je budete uchovávat. A zda na mně děláte nějaké automatizované rozhodování nebo profilování. Prosím také o kopii.

Mimochodem - máte pověřence pro ochranu osobních údajů? Na webu jsem ho nenašla.

S pozdravem
Ing. Jana Procházková""",
         "Ing. Jana Procházková"),

        ("correction", (), "narozeniny",
         """Zdravím,
už třetí rok mi chodí "narozeninová sleva" v únoru, ale já mám narozeniny v září :) Asi jsem to při registraci špatně naklikal nebo se to prohodilo. Správně je 2.9.1987, ne 9.2. Můžete to opravit?
Díky
Pavel Dvořák""",
         "Pavel"),

        ("deletion", (), "Moje žádost o zaměstnání z loňska",
         """Dobrý den,

loni v listopadu jsem se u vás hlásila na brigádu do skladu v Antverpách. Neozvali jste se, což je v pořádku, ale teď mi došlo, že jsem vám poslala životopis s fotkou, rodným číslem, adresou a dokonce kopií občanky (to byla hloupost, já vím).

Nevím, jestli se tomu říká výmaz nebo námitka nebo jak, ale prostě chci, aby to u vás nikde nebylo. Prosím smažte můj životopis, ten motivační dopis i tu kopii dokladu, a pokud jste si to někam přeposílali, tak i odtamtud.

Děkuji
Lucie Veselá""",
         "Lucie Veselá"),

        ("portability", (), "Data request (GDPR art. 20)",
         """Dobrý den,

podle čl. 20 GDPR (právo na přenositelnost údajů) žádám o poskytnutí osobních údajů, které jsem vám poskytl, ve strukturovaném, běžně používaném a strojově čitelném formátu. Stačí mi JSON nebo CSV - historie objednávek a věrnostní body.

Dělám si v tom pořádek a chci to mít u sebe v tabulce, PDF mi k ničemu není. Dá se to případně stáhnout i rovnou v účtu? Nenašel jsem to tam.

Martin Kučera
martin.kucera@seznam.cz""",
         "Martin Kučera"),

        ("restriction", (), "Zablokovaný účet - prosím NEMAZAT",
         """Dobrý den,

minulý týden mi někdo přes můj účet objednal zboží za 640 EUR na cizí adresu, zaplaceno mou kartou. Účet jste mi zablokovali (za to díky) a zákaznická podpora mi napsala, že "účet bude po šetření odstraněn".

Prosím, zatím nic nemažte. Podala jsem trestní oznámení a policie bude chtít přihlašovací záznamy, IP adresy, historii objednávek atd. Zároveň ale nechci, aby se s mými údaji cokoli dělo - žádné reklamy, žádné analýzy, nic. Jen je uchovejte, dokud to nebude uzavřené. Pokud to chápu správně, je to omezení zpracování podle čl. 18.

Číslo jednací od policie vám pošlu, až ho budu mít.

Eva Šimková""",
         "Eva Šimková"),

        ("objection", (), "Facebook reklama",
         """Dobrý den,
v neděli jsem si u vás objednal zahradní hadici a za deset minut jsem měl přesně tu samou hadici v reklamě na Instagramu. Manželka se smála, že mě sledujete, a pak jsem si v zásadách ochrany soukromí přečetl, že opravdu předáváte údaje "reklamním partnerům včetně společnosti Meta".

Tímto vznáším námitku proti předávání mých údajů reklamním partnerům a proti sledování mého chování na webu pro reklamní účely. Nakupovat u vás chci dál, jen bez tohohle.

Tomáš Marek""",
         "Tomáš Marek"),

        ("withdraw_consent", (), "Odhlášení",
         """Dobrý den, včera ve 23:05 mi od vás přišla SMS s akcí na trávníková hnojiva a vzbudila mi tříměsíční dceru. Fakt díky.
Odvolávám souhlas se zasíláním obchodních sdělení, a to SMS i e-mailem. Odhlaste mě prosím ze všeho.
H. Svobodová""",
         "Hana Svobodová"),

        ("complaint", (), "Váš e-mail z 3.10. - všechny adresy viditelné",
         """Dobrý den,

3. října jste rozeslali e-mail "Pozvánka na otevření showroomu" a všechny adresy příjemců byly vidět v poli Komu. Napočítal jsem jich přes 200, mezi nimi moje jméno a příjmení v adrese. Kdokoli z těch lidí teď má můj e-mail a ví, že u vás nakupuju.

Tohle je podle mě porušení zabezpečení osobních údajů. Chci vědět, co s tím děláte, jestli jste to ohlásili dozorovému úřadu a jak zajistíte, aby se to neopakovalo. Už teď mi chodí spam.

Radek Pospíšil""",
         "Radek Pospíšil"),

        ("other", (), "Školní projekt - cookies",
         """Dobrý den,

jsem studentka 9. třídy a do informatiky děláme projekt o cookies a souhlasových lištách na e-shopech. Vybrala jsem si váš web, protože tam kupuje mamka :)

Chtěla bych se zeptat, jak u vás ta lišta funguje - co se stane, když kliknu na "Odmítnout vše", a proč je tlačítko "Přijmout" zelené a to druhé šedé? A kdo to rozhoduje, jestli to dělá nějaká firma nebo vy sami?

Moc děkuji, pokud odpovíte.
Tereza Malá""",
         "Tereza Malá"),

        ("other", (), "Objednávka č. 2024-558812",
         """Dobrý den,

omlouvám se, že píšu sem, ale v patičce e-mailu byla jen tahle adresa a na zákaznickou linku se nemůžu dovolat.

Omylem jsem dvakrát objednala stejný zahradní stolek (objednávky 2024-558812 a 2024-558813). Prosím o zrušení té první, 558812. Ta druhá ať platí.

Děkuji
Alena Kratochvílová""",
         "Alena Kratochvílová"),

        ("deletion", ("withdraw_consent", "objection"), "Výmaz osobních údajů dle čl. 17 GDPR",
         """Dobrý den,

na iDNES jsem četl článek o tom, jak firmy přeprodávají data o zákaznících, a rozhodl jsem se udělat pořádek. Použil jsem vzor z webu dTestu, tak se nedivte formulacím.

1. Podle čl. 17 odst. 1 GDPR žádám o výmaz všech osobních údajů, které se mě týkají, včetně zákaznického účtu a věrnostní karty.
2. Odvolávám veškeré udělené souhlasy, zejména souhlas se zasíláním newsletteru.
3. Podle čl. 21 GDPR vznáším námitku proti zpracování mých údajů pro účely přímého marketingu a profilování, a to i po dobu, kdy výmaz ještě neproběhne.

Prosím o potvrzení, až bude vše vyřízeno.

Jiří Novotný
Na Výsluní 12, Brno""",
         "Jiří Novotný"),

        ("complaint", ("access",), "Re: Re: Žádost o přístup k osobním údajům",
         """Dobrý den,

píšu vám už potřetí. První žádost o přístup k údajům jsem poslala 2. srpna, připomínku 5. září. Jediné, co přišlo, byla automatická odpověď "Vaši zprávu jsme obdrželi".

Lhůta jeden měsíc dávno uplynula. Ještě jednou: chci vědět, jaké údaje o mně máte, a chci jejich kopii.

Pokud do konce týdne nic nepřijde, podávám stížnost u ÚOOÚ a u belgického úřadu. Na tohle opravdu nemám nervy.

Petra Horáková

> Dne 5. 9. Petra Horáková napsala:
> Dobrý den, připomínám svou žádost z 2. 8., zatím jsem nedostala odpověď.""",
         "Petra Horáková"),

        ("correction", ("withdraw_consent",), "",
         """Dobrý den,

přestěhovali jsme se, nová adresa je:
Lange Lozanastraat 201, 2018 Antwerpen
Telefon zůstává stejný. Prosím změňte to u mého účtu (david.cerny@email.cz), dneska jsem chtěl objednat a nešlo mi to v profilu přepsat.

A ještě - ten newsletter už nechci, odhlaste mě prosím, nějak mi ho chodí čím dál víc.

D. Černý""",
         "David Černý"),
    ],

    "hr": [
        ("access", (), "Upit",
         """Poštovani,

jučer sam dobila SMS "Vaš paket iz shop.example.be čeka na carini, platite 1,99 EUR" s mojim imenom i prezimenom. Znam da je prevara, nisam ništa platila. Ali prije mjesec dana stvarno sam naručila kod vas vrtne stolice, pa me zanima otkud njima moje ime i to da kupujem baš kod vas.

Molim vas da mi pošaljete koje sve moje podatke imate i s kim ste ih dijelili (dostavne službe, partneri, bilo tko). Kopiju podataka također, to mi po članku 15. Opće uredbe o zaštiti podataka pripada.

Hvala,
Ivana Horvat""",
         "Ivana Horvat"),

        ("correction", (), "promjena prezimena i maila",
         """Dobar dan,
udala sam se u lipnju pa molim da mi promijenite prezime u računu iz Kovačević u Babić. Također sam promijenila e-mail, novi je petra.babic@gmail.com (stari s kovacevic vise ne koristim).
Hvala unaprijed!
Petra Babić""",
         "Petra Babić"),

        ("deletion", (), "Račun moje pokojne majke",
         """Poštovani,

moja majka, Marija Jurić, preminula je u kolovozu. Kod vas je imala korisnički račun i karticu vjernosti, i još joj uvijek na e-mail stižu vaše obavijesti, što mi je iskreno teško gledati kad otvaram njezinu poštu.

Molim vas da zatvorite njezin račun i izbrišete sve njezine podatke. Ako vam treba smrtni list ili neki dokaz da sam joj kći, mogu poslati.

Lijep pozdrav,
Ana Jurić""",
         "Ana Jurić"),

        ("portability", (), "Izvoz podataka",
         """Pozdrav,

renoviramo kuću već dvije godine i vodim evidenciju svih troškova. Dosta smo toga kupili kod vas (pločice za terasu, rasvjetu, vrtni namještaj).

Molim da mi dostavite moje podatke o kupnjama u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom obliku (čl. 20. GDPR-a), najbolje CSV ili Excel, da ih mogu samo ubaciti u tablicu. Ne treba mi ništa drugo osim toga.

Hvala,
Krešimir Novak""",
         "Krešimir Novak"),

        ("restriction", (), "Ograničenje obrade - čl. 18.",
         """Poštovani,

vodim spor oko jamstva za robotsku kosilicu (narudžba br. 77210934) i moj odvjetnik mi je savjetovao da vam se ovako obratim.

Tražim ograničenje obrade mojih osobnih podataka u skladu s člankom 18. stavkom 1. točkom (c) GDPR-a: podaci mi trebaju radi ostvarivanja pravnog zahtjeva. Dakle, molim da ih ne brišete, ali ni da ih koristite ni za što drugo dok spor traje.

S poštovanjem,
Dario Knežević""",
         "Dario Knežević"),

        ("objection", (), "",
         """Dobar dan,

prošle godine sam kod vas kupio rampu za invalidska kolica za mog oca. Otac je u međuvremenu preminuo, a meni vaša stranica i dalje na naslovnici prikazuje pomagala za kretanje, a na Facebooku stalno iskaču vaši oglasi za hodalice. Svaki put me to pogodi.

Ne želim da na temelju mojih kupnji radite moj profil i prilagođavate mi što vidim. Prigovaram profiliranju i personaliziranom oglašavanju. Račun i sve ostalo neka ostane kako jest.

Zoran Marić""",
         "Zoran Marić"),

        ("withdraw_consent", (), "newsletter??",
         """Bok,
odjednom mi stiže vaš newsletter svaki drugi dan. Izgleda da se moj sin (14 god.) prijavio s mojom adresom kad je tražio neki poklon za baku. Ja to nisam tražila i ne želim to primati, povlačim privolu koju je "dao" u moje ime.
Odjavite me molim vas.
Sanja""",
         "Sanja Perić"),

        ("complaint", ("deletion",), "Treći put pišem!!",
         """Poštovani,

15. srpnja sam zatražila brisanje svog računa i svih podataka. 20. kolovoza sam to ponovila. Od vas nisam dobila ni jedan jedini odgovor, a račun još uvijek postoji (danas sam se uspjela prijaviti!) i i dalje mi šaljete promotivne mailove.

Još jednom: izbrišite moj račun i moje podatke.

Ovo je zadnji mail koji šaljem vama. Sljedeći ide AZOP-u i belgijskom tijelu za zaštitu podataka, s kopijama svih mojih prethodnih poruka.

Maja Tomić""",
         "Maja Tomić"),

        ("other", (), "Job application - warehouse Antwerp",
         """Poštovani,

znam da ovo nije prava adresa, ali obrazac na vašoj stranici za karijere mi već dva dana javlja grešku kod učitavanja životopisa, a ovo je jedina adresa koju sam našao.

Možete li molim vas proslijediti moj životopis i motivacijsko pismo (u privitku) kolegama iz kadrovske? Prijavljujem se na oglas za skladištara u Antwerpenu.

Hvala i lijep pozdrav,
Luka Pavlović""",
         "Luka Pavlović"),

        ("other", (), "pitanje za blog",
         """Pozdrav!

Pišem blog o privatnosti na internetu (za hrvatsku publiku) i trenutno radim usporedbu kolačića na europskim web trgovinama. Nisam vaš kupac, samo sam prošla kroz vaš web.

U vašoj politici kolačića piše da analitički kolačići traju "do 13 mjeseci". Zanima me općenito - zašto baš 13, je li to neka preporuka belgijskog regulatora? I koristite li vlastitu analitiku ili vanjski servis?

Hvala na odgovoru, ako stignete!
Nina Vuković
privatnost-na-netu.blog""",
         "Nina Vuković"),

        ("access", ("correction",), "Kopija podataka + ispravak broja",
         """Dobar dan,

molim kopiju svih osobnih podataka koje o meni obrađujete (čl. 15.).

Drugo, imate krivi broj mobitela - zadnja znamenka je 7, a ne 1. Zbog toga me dostavljač dvaput nije mogao nazvati pa su paketi išli natrag. Ispravan broj: +32 470 12 34 57.

Hvala,
Tomislav Božić""",
         "Tomislav Božić"),

        ("deletion", ("withdraw_consent", "objection"), "Zahtjev za brisanje",
         """Poštovani,

nakon što sam na Indexu pročitala o curenju podataka iz jedne velike web trgovine, odlučila sam se maknuti iz svih trgovina gdje više ne kupujem. Našla sam obrazac na stranici AZOP-a pa vam ga šaljem, malo prilagođen:

"Temeljem članka 17. Opće uredbe o zaštiti podataka zahtijevam brisanje svih mojih osobnih podataka koje obrađujete. Ujedno povlačim sve dane privole te ulažem prigovor na obradu mojih podataka u svrhe izravnog marketinga, uključujući izradu profila."

Moj e-mail kod vas: kristina.saric@net.hr

Molim potvrdu kad bude gotovo.

Kristina Šarić""",
         "Kristina Šarić"),

        ("complaint", (), "Vaš djelatnik mi je pisao na WhatsApp",
         """Poštovani,

prošli tjedan sam preko telefona prijavila reklamaciju za oštećeni suncobran i dala broj mobitela radi dostave zamjenskog. U subotu navečer mi je s privatnog broja stigla poruka na WhatsAppu: "Bok, ja sam Marko iz službe za korisnike, htio sam samo reći da imaš jako lijep glas :)".

Nisam to nikome dala za takvo nešto. Smatram da je ovo ozbiljna zloupotreba mojih podataka i očekujem da mi objasnite kako je moguće da djelatnik uzme broj iz reklamacije i piše mi privatno, te što ćete poduzeti.

Screenshot šaljem u privitku.

Jelena Radić""",
         "Jelena Radić"),
    ],

    "sv": [
        ("access", (), "Registerutdrag enligt GDPR",
         """Hej,

läste i DN i helgen om dataläckan hos en annan stor nätbutik och insåg att jag inte har en aning om vad ni egentligen sparar om mig. Jag har handlat hos er sedan 2019.

Enligt artikel 15 i dataskyddsförordningen har jag rätt att få ett registerutdrag, dvs. en kopia av de personuppgifter ni behandlar om mig, samt information om ändamål, mottagare och lagringstid. Det vill jag gärna ha.

Och en fråga vid sidan av: använder ni samma betalleverantör som de som läckte? Det stod inte vilken det var.

Mvh
Erik Lindqvist""",
         "Erik Lindqvist"),

        ("correction", (), "Mitt namn är fel stavat",
         """Hej!

På alla era mejl och på kundkortet står det "Ã…sa Ã–berg". Jag heter Åsa Öberg. Det ser rätt märkligt ut och senast fick jag inte ut ett paket hos ombudet för att namnet inte matchade legitimationen.

Kan ni rätta det?

Tack!
/Åsa""",
         "Åsa Öberg"),

        ("deletion", (), "Konto",
         """Hej,

jag och mitt ex hade ett gemensamt konto hos er som står i mitt namn men som han fortfarande loggar in på (jag ser hans beställningar i orderhistoriken, till hans nya adress). Jag har bytt lösenord men jag vill inte att det här kontot finns kvar alls.

Ta bort det helt, med allt som finns i det. Jag kan skapa ett nytt själv om jag vill handla igen.

Hälsningar
Linnea Karlsson""",
         "Linnea Karlsson"),

        ("portability", (), "Begäran om dataportabilitet (art. 20)",
         """Hej,

Jag begär härmed att få ut de personuppgifter som jag har tillhandahållit er i ett strukturerat, allmänt använt och maskinläsbart format, i enlighet med artikel 20 GDPR.

Helst JSON. Det jag främst är ute efter är orderhistorik och bonuspoäng, jag bygger ett litet hemmaprojekt där jag samlar all min egen data på ett ställe.

Tack på förhand,
Oskar Nilsson""",
         "Oskar Nilsson"),

        ("restriction", (), "Varför får jag inte betala mot faktura?",
         """Hej,

sedan en månad får jag inte längre välja faktura i kassan. Kundtjänst sa i telefon att mitt konto är "flaggat som riskkund" efter en utebliven betalning. Men jag har aldrig missat en betalning hos er, jag har kvitton på allt.

Jag bestrider att den uppgiften stämmer. Tills ni har kontrollerat det begär jag att ni begränsar behandlingen av den, enligt artikel 18.1 a i GDPR - alltså att ni inte använder den flaggan till något, men inte heller raderar underlaget förrän det är utrett.

Och jag vill såklart gärna veta varför det blev så.

Johan Berg""",
         "Johan Berg"),

        ("objection", (), "Spårning",
         """Hej.

Körde er sajt genom ett tillägg i webbläsaren och fick se att ni laddar Meta-pixeln och Google-taggar direkt, innan jag ens hunnit svara på cookierutan. Och i era nyhetsbrev finns spårningspixlar.

Jag motsätter mig att ni spårar mitt beteende och delar uppgifter om mig med annonsnätverk. Det gäller allt som rör mig som kund, inloggad eller inte.

/Fredrik Holm""",
         "Fredrik Holm"),

        ("withdraw_consent", (), "STOPP",
         """Fick ett sms från er 23.12 igår om grillkol. Vill inte ha fler. Avregistrera mig från sms och nyhetsbrev, jag återkallar mitt samtycke.

Maria A""",
         "Maria Andersson"),

        ("complaint", (), "Fick någon annans orderbekräftelse",
         """Hej,

i morse fick jag en orderbekräftelse från er till min mejl, men den gällde inte mig. Där stod en annan kunds fullständiga namn, adress i Malmö, telefonnummer och vad hon beställt (inklusive att hon betalat med Klarna).

Jag har inte gjort något med uppgifterna och kommer radera mejlet. Men jag blir orolig: om ni skickar andras uppgifter till mig, vart skickas då mina? Det här är inte okej och jag förväntar mig att ni tar det på allvar och berättar vad som gått fel.

Karin Ek""",
         "Karin Ek"),

        ("other", (), "Presentkort?",
         """Hej!

Min bror är väldigt noga med sin integritet (han har inte ens BankID...) och har precis köpt ett radhus. Jag skulle vilja ge honom ett presentkort hos er. Går det att använda det utan att skapa konto? Och måste jag själv ha konto för att köpa ett?

Tack!
Elin""",
         "Elin Sjöberg"),

        ("other", (), "Fwd: Ditt konto har spärrats",
         """Hej, vidarebefordrar ett mejl jag fick som ser ut att komma från er, med er logga, men länken går till en konstig adress. Jag har aldrig handlat hos er så det är inte härifrån de har fått min adress, tänkte bara att ni vill veta. Inget ni behöver göra för min del.

Mvh Lars

---------- Vidarebefordrat meddelande ---------
Från: Kundservice <no-reply@shop-example-be.support>
Ämne: Ditt konto har spärrats
Bästa kund, vi har upptäckt misstänkt aktivitet. Verifiera ditt konto inom 24 timmar: http://shop-example-be.support/verify""",
         "Lars Persson"),

        ("complaint", ("deletion",), "Påminnelse: radering av konto",
         """Hej igen,

den 3 september bad jag er radera mitt konto och alla mina uppgifter. Ni svarade att ärendet var "mottaget" och att ni skulle återkomma. Nu har det gått sex veckor och kontot finns kvar, och jag får fortfarande erbjudanden.

Jag vill alltså fortfarande att ni raderar mitt konto och mina uppgifter.

Jag har läst på IMY:s sajt att man kan lämna klagomål om ett företag inte svarar inom en månad. Det kommer jag att göra om jag inte hört något till nästa vecka.

Mvh
Sofia Lund
Ärendenummer: PRIV-20931""",
         "Sofia Lund"),

        ("correction", ("objection",), "ny mejladress",
         """Hej,

jag har bytt jobb och min gamla jobbadress (anders.wallin@bygg-ab.se) slutar fungera nästa vecka. Byt gärna till anders.wallin72@outlook.com på mitt konto.

När jag ändå var inne i er integritetspolicy såg jag att ni gör "kundanalys i marknadsföringssyfte" baserat på köphistorik. Det vill jag inte vara med i, jag invänder mot det.

Anders Wallin""",
         "Anders Wallin"),

        ("withdraw_consent", ("deletion",), "",
         """Hej, vill inte längre få nyhetsbrevet, jag drar tillbaka mitt samtycke till det. Och när ni ändå håller på kan ni ta bort mitt konto också, jag har inte handlat på flera år. Tack! // Emma""",
         "Emma Gustafsson"),
    ],

    "ro": [
        ("access", (), "Cerere acces date personale",
         """Bună ziua,

ieri m-a sunat cineva care a zis că e de la „serviciul clienți” al magazinului dumneavoastră. Știa cum mă cheamă, știa că am comandat un set de mobilier de grădină în mai și voia datele cardului ca să-mi „returneze o diferență de preț”. Am închis, dar nu-mi dă pace.

De aceea vă rog să-mi spuneți ce date personale aveți despre mine și cui le-ați transmis (curieri, parteneri de marketing, oricine). Conform art. 15 din GDPR, am dreptul să obțin o copie a datelor cu caracter personal care fac obiectul prelucrării, așa că vă rog să mi-o trimiteți.

Contul meu e pe adresa andreea.popescu88@yahoo.com.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),

        ("correction", (), "Changement d'adresse",
         """Buna ziua,
ne-am mutat inapoi in Romania dupa 6 ani in Bruxelles. Va rog sa modificati adresa de livrare in contul meu:
Str. Zorilor nr. 27, ap. 4, 400335 Cluj-Napoca
si telefonul nou: +40 745 218 903 (cel belgian nu mai e activ).
Multumesc frumos,
Cristian Moldovan""",
         "Cristian Moldovan"),

        ("deletion", (), "Contul fiicei mele",
         """Bună ziua,

am descoperit că fiica mea, care are 15 ani, și-a făcut singură cont la dumneavoastră ca să comande niște ghivece pentru camera ei. A pus numele complet, data nașterii, telefonul ei și adresa noastră. Nu am fost întrebați nimic.

Vă rog să ștergeți contul ei și toate datele ei. Dacă mai vrea ceva, comand eu de pe contul meu. Adresa de e-mail cu care s-a înregistrat: ioana.dumitru2009@gmail.com.

Cu stimă,
Mihaela Dumitru (mama)""",
         "Mihaela Dumitru"),

        ("portability", (), "portabilitate",
         """Bună ziua,

În temeiul art. 20 din Regulamentul (UE) 2016/679, vă rog să îmi furnizați datele personale pe care vi le-am furnizat, într-un format structurat, utilizat în mod curent și care poate fi citit automat.

Concret: istoricul comenzilor și punctele de fidelitate, în CSV sau Excel. Le vreau pentru un tabel cu cheltuielile casei, nu vreau facturi scanate.

Mulțumesc,
Radu Stanciu""",
         "Radu Stanciu"),

        ("restriction", (), "Dosar daună - vă rog nu ștergeți datele",
         """Bună ziua,

umbrela de terasă cumpărată de la dumneavoastră în aprilie (comanda 87766012) a fost luată de vânt și a zgâriat mașina vecinului. Acum e dosar de daună la asigurare și o să dureze, iar asiguratorul vrea dovada cumpărării și corespondența cu voi.

Am citit că ștergeți conturile inactive. Vă rog să NU ștergeți datele legate de comanda asta până se termină dosarul, dar nici să nu le folosiți pentru altceva - să stea pur și simplu blocate. Din ce am înțeles, se numește restricționarea prelucrării (art. 18).

Vă anunț eu când se închide dosarul.

Gabriel Ionescu""",
         "Gabriel Ionescu"),

        ("objection", (), "politica de confidențialitate",
         """Bună ziua,

în politica voastră de confidențialitate, la punctul 6, scrie că transmiteți datele clienților către „parteneri de marketing atent selectați” pentru „oferte relevante”.

Mă opun transmiterii datelor mele către acești parteneri în scopuri publicitare. Nu vreau ca numele, e-mailul sau istoricul meu de cumpărături să ajungă la alte firme. În rest, îmi păstrez contul și continui să cumpăr.

Alexandra Munteanu""",
         "Alexandra Munteanu"),

        ("withdraw_consent", (), "Dezabonare",
         """buna seara, azi la 23:10 am primit sms cu reduceri la gratare. va rog sa nu imi mai trimiteti nimic, nici sms nici newsletter pe mail. imi retrag acordul pt mesaje comerciale. multumesc
Elena""",
         "Elena Rusu"),

        ("complaint", ("access",), "Re: Solicitare acces date - fara raspuns",
         """Bună ziua,

pe 1 septembrie v-am trimis o cerere de acces la datele mele personale. Nu am primit nimic în afară de un mesaj automat. A trecut mai mult de o lună, adică termenul din art. 12 alin. (3) GDPR.

Repet cererea: vreau o copie a datelor pe care le dețineți despre mine.

Dacă nu primesc răspuns în 10 zile, depun plângere la ANSPDCP și la autoritatea belgiană.

Florin Constantin

-----Original Message-----
From: Florin Constantin
Sent: 01 septembrie 22:14
Subject: Solicitare acces date
Bună ziua, conform art. 15 GDPR vă rog să-mi trimiteți o copie a datelor mele personale. Mulțumesc.""",
         "Florin Constantin"),

        ("other", (), "anulare comanda",
         """Buna ziua, scuze ca scriu aici, dar la nr de telefon nu raspunde nimeni si asta e singura adresa pe care am gasit-o.
Va rog sa anulati comanda 2024-771290 (o singura comanda, celelalte raman). Am gasit acelasi furtun mai ieftin la magazinul de langa casa :)
Multumesc,
Vasile Georgescu""",
         "Vasile Georgescu"),

        ("other", (), "Întrebări pentru lucrarea de licență",
         """Bună ziua,

sunt studentă în anul 3 la Drept (Universitatea din București) și scriu lucrarea de licență despre aplicarea GDPR în comerțul online. Am ales câteva magazine din mai multe țări, printre care și al dumneavoastră.

Aș vrea să vă pun câteva întrebări generale, dacă se poate: câte cereri primiți cam pe lună, cât durează în medie un răspuns și dacă folosiți vreun program pentru asta. Nu am nevoie de date despre clienți, doar cifre generale.

Vă mulțumesc anticipat!
Bianca Marinescu""",
         "Bianca Marinescu"),

        ("deletion", ("withdraw_consent", "objection"), "",
         """Bună ziua,

am găsit pe internet un model de cerere și vi-l trimit, pentru că nu mai vreau să am nicio legătură cu magazinul vostru după ultima livrare (dar asta e altă poveste).

„Subsemnatul, Ștefan Nistor, în temeiul art. 17 din GDPR, solicit ștergerea tuturor datelor mele cu caracter personal. Totodată îmi retrag consimțământul acordat pentru orice prelucrare, inclusiv newsletter, și mă opun, conform art. 21, prelucrării datelor mele în scop de marketing direct și creare de profiluri.”

Adresa de e-mail: stefan.nistor@gmail.com

Ștefan Nistor""",
         "Ștefan Nistor"),

        ("complaint", (), "De ce îmi cereți copie după buletin?",
         """Bună ziua,

am vrut să returnez un aspirator de frunze (defect) și mi s-a spus că trebuie să trimit o poză cu buletinul, față-verso, pe WhatsApp, la un număr de telefon. Pe WhatsApp!

Mi se pare total abuziv. Pentru un retur de 89 de euro nu aveți nevoie de CNP-ul meu, de adresa din buletin și de poza mea. Și nici nu scrie nicăieri cine vede poza aia și cât o păstrați. Am trimis-o, pentru că aveam nevoie de bani înapoi, dar vreau să știți că nu e în regulă și că mă gândesc serios să fac sesizare.

Cu stimă,
Daniela Preda""",
         "Daniela Preda"),

        ("access", ("correction",), "date",
         """Bună ziua,

vreau să văd ce date aveți despre mine. Am impresia că aveți greșită data nașterii, pentru că „cadoul de ziua ta” mi-a venit în noiembrie.

Deci: vă rog să-mi trimiteți datele mele, și să corectați data nașterii - corect este 12.03.1979.

Mersi,
Adrian Lazăr""",
         "Adrian Lazăr"),
    ],

    "el": [
        ("access", (), "Ερώτηση",
         """Καλησπέρα σας,

μια φίλη μου έμαθε την περασμένη εβδομάδα ότι τα στοιχεία της είχαν διαρρεύσει από ένα ηλεκτρονικό κατάστημα, και από τότε της τηλεφωνούν απατεώνες. Αυτό με έβαλε σε σκέψεις, γιατί ψωνίζω κι εγώ αρκετά online, και από εσάς κυρίως.

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, έχω δικαίωμα να λάβω επιβεβαίωση για το αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εάν ναι, πρόσβαση σε αυτά. Θα ήθελα λοιπόν ένα αντίγραφο, και να μου πείτε σε ποιους τα έχετε δώσει.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),

        ("correction", (), "Λάθος επώνυμο",
         """Γεια σας,

στον λογαριασμό μου το επώνυμο είναι γραμμένο "Papadopulos", ενώ στο διαβατήριο είναι "Papadopoulou" (είμαι γυναίκα, το λάθος είναι διπλό). Χθες στο σημείο παραλαβής δεν μου έδωσαν το δέμα γιατί δεν ταίριαζε με την ταυτότητα.

Μπορείτε να το διορθώσετε σε Eleni Papadopoulou;

Ευχαριστώ πολύ
Ελένη""",
         "Eleni P."),

        ("deletion", (), "",
         """Καλημέρα,

μετά από 8 χρόνια στις Βρυξέλλες γυρίζω μόνιμα στη Θεσσαλονίκη τον άλλο μήνα και κλείνω ό,τι λογαριασμούς είχα εδώ. Δεν ξέρω αν αυτό λέγεται διαγραφή ή εναντίωση ή κάτι άλλο, αλλά θέλω απλώς να μην υπάρχει πια τίποτα δικό μου σε εσάς: λογαριασμός, διευθύνσεις, κάρτα πιστότητας, όλα.

Ο λογαριασμός είναι στο k.dimitriou@hotmail.com.

Σας ευχαριστώ για όλα αυτά τα χρόνια, ο κήπος μου σας χρωστάει πολλά :)
Κώστας Δημητρίου""",
         "Κώστας Δημητρίου"),

        ("portability", (), "Re: Η παραγγελία σας #88213377 εστάλη",
         """Καλησπέρα,

Βάσει του άρθρου 20 του ΓΚΠΔ ζητώ να λάβω τα δεδομένα προσωπικού χαρακτήρα που σας έχω παράσχει, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο.

Με ενδιαφέρει κυρίως το ιστορικό παραγγελιών μου και οι πόντοι, σε CSV. Κρατάω ένα αρχείο με όλα τα έξοδα για το εξοχικό και βαρέθηκα να τα περνάω με το χέρι από τα PDF.

Νίκος Αλεξίου""",
         "Νίκος Αλεξίου"),

        ("restriction", (), "Το σκαναρισμένο διαβατήριό μου",
         """Καλησπέρα σας,

τον Ιούνιο, για μια επιστροφή, η εξυπηρέτηση πελατών μού ζήτησε φωτογραφία του διαβατηρίου μου. Το έστειλα. Τώρα διάβασα ότι κάτι τέτοιο μάλλον δεν επιτρεπόταν καθόλου.

Δεν θέλω όμως να το σβήσετε ακόμη, γιατί ίσως το χρειαστώ ως αποδεικτικό αν προχωρήσω παρακάτω. Ζητώ μόνο να το «κλειδώσετε»: να μην το χρησιμοποιεί κανείς και να μην το βλέπει κανείς, μέχρι να σας πω. Αν κατάλαβα καλά, αυτό είναι ο περιορισμός της επεξεργασίας (άρθρο 18 παρ. 1 β).

Με εκτίμηση,
Σοφία Γεωργίου""",
         "Σοφία Γεωργίου"),

        ("objection", (), "Κάρτα πιστότητας - ανάλυση αγορών",
         """Καλησπέρα,

στους όρους της κάρτας πιστότητας γράφει ότι «αναλύουμε τις αγορές σας για να σας προτείνουμε εξατομικευμένες προσφορές». Δεν το είχα προσέξει όταν την έβγαλα.

Εναντιώνομαι σε αυτή την κατάρτιση προφίλ. Την κάρτα θέλω να την κρατήσω για τους πόντους, αλλά χωρίς να με αναλύετε.

Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),

        ("withdraw_consent", (), "Unsubscribe",
         """Καλησπέρα, δεν θέλω άλλο το newsletter σας. Πάτησα το «διαγραφή» κάτω κάτω αλλά μου βγάζει σελίδα στα ολλανδικά που δεν καταλαβαίνω. Ανακαλώ τη συγκατάθεσή μου, σταματήστε να μου στέλνετε.
Αγγελική

Στάλθηκε από το κινητό μου""",
         "Αγγελική Μαυρίδου"),

        ("complaint", ("deletion",), "ΥΠΕΝΘΥΜΙΣΗ - αίτημα διαγραφής χωρίς απάντηση",
         """Κύριοι,

στις 28 Αυγούστου σας ζήτησα να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου. Δεν έλαβα καμία απάντηση, και ο λογαριασμός εξακολουθεί να υπάρχει, μαζί με τις προσφορές στο email μου.

Επαναλαμβάνω το αίτημα: διαγράψτε τον λογαριασμό μου και όλα τα δεδομένα μου.

Η προθεσμία του ενός μήνα έχει παρέλθει. Αν δεν λάβω απάντηση εντός εβδομάδας, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων και στη βελγική αρχή.

Παναγιώτης Βασιλείου""",
         "Παναγιώτης Βασιλείου"),

        ("other", (), "Παράδοση σε σημείο παραλαβής;",
         """Γεια σας,

ίσως ακούγεται περίεργο, αλλά έχω πρόβλημα με έναν πρώην σύντροφο που ξέρει πού μένω και παρακολουθεί τι έρχεται στο σπίτι. Θέλω να κάνω μια παραγγελία (έπιπλα μπαλκονιού) και να μην έρθει στο σπίτι.

Μπορώ να διαλέξω σημείο παραλαβής ή locker για τόσο μεγάλο δέμα; Και γράφεται το όνομα του προϊόντος απ' έξω στο κουτί;

Ευχαριστώ,
Μ.""",
         "Μαρίνα"),

        ("other", (), "Ψεύτικο email με το λογότυπό σας",
         """Καλημέρα,

σας προωθώ για ενημέρωση ένα email που έλαβα σήμερα με το λογότυπό σας, ότι «κέρδισα» μια ψησταριά και πρέπει να πληρώσω μόνο τα μεταφορικά. Το link πάει σε κάτι ύποπτο. Δεν έχω λογαριασμό σε εσάς και δεν έχω ψωνίσει ποτέ, οπότε προφανώς δεν πήραν τη διεύθυνσή μου από εσάς.

Απλώς για να το ξέρετε, δεν χρειάζεται να κάνετε κάτι για μένα.

Χρήστος""",
         "Christos K."),

        ("withdraw_consent", ("objection",), "newsletter & Facebook",
         """Καλησπέρα,

1) Δεν θέλω πλέον να λαμβάνω το newsletter, ανακαλώ τη συγκατάθεσή μου.
2) Διάβασα στην πολιτική απορρήτου σας ότι ανεβάζετε τα email των πελατών στο Facebook για «στοχευμένες διαφημίσεις». Αντιτίθεμαι σε αυτό όσον αφορά το δικό μου email.

Ευχαριστώ,
Ιωάννα Πετρίδου""",
         "Ιωάννα Πετρίδου"),

        ("access", ("deletion",), "στοιχεία μου",
         """Γεια σας. Θα ήθελα να μου στείλετε όλα τα στοιχεία που έχετε για μένα, και μόλις τα λάβω να τα σβήσετε όλα. Πρώτα όμως να τα δω. Ευχαριστώ. Θανάσης Οικονόμου, t.oikonomou@gmail.com""",
         "Θανάσης Οικονόμου"),

        ("complaint", ("access",), "Spam με το όνομα που χρησιμοποίησα ΜΟΝΟ σε εσάς",
         """Καλησπέρα,

όταν έφτιαξα λογαριασμό σε εσάς, πριν δύο χρόνια, έγραψα το όνομά μου επίτηδες λάθος: «Vaggelis Stafrou» αντί για Stavrou. Κάνω πάντα κάτι τέτοιο σε κάθε site, ακριβώς για να ξέρω ποιος δίνει τα στοιχεία μου.

Από τον Σεπτέμβριο λαμβάνω καθημερινά spam που ξεκινά με «Αγαπητέ Vaggelis Stafrou». Άρα τα στοιχεία μου βγήκαν από εσάς, είτε τα δώσατε είτε σας τα έκλεψαν. Κανείς δεν με ενημέρωσε για τίποτα.

Θέλω να μάθω ποια στοιχεία μου έχετε και σε ποιον τα δώσατε. Και περιμένω εξηγήσεις.

Ευάγγελος Σταύρου""",
         "Ευάγγελος Σταύρου"),
    ],

    "bg": [
        ("access", (), "Искане за достъп до лични данни",
         """Здравейте,

след изтичането на данни от НАП преди няколко години станах доста по-внимателна какво и къде съм дала за себе си. Сега правя „ревизия“ на всички онлайн магазини, в които имам профил.

На основание чл. 15 от Регламент (ЕС) 2016/679 моля да ми предоставите копие от личните ми данни, които обработвате, както и информация за целите, получателите и срока, за който ги съхранявате.

Профилът ми е с имейл maria.ivanova@abv.bg.

Благодаря предварително,
Мария Иванова""",
         "Мария Иванова"),

        ("correction", (), "грешен имейл",
         """Здравейте,
при регистрацията явно съм написал имейла си грешно - при вас е georgi.petrovv@gmail.com (с две v), а правилният е georgi.petrov@gmail.com, от който ви пиша. Затова не получавам нито потвърждения за поръчки, нито фактури. Моля, поправете го.
Поздрави,
Георги Петров""",
         "Георги Петров"),

        ("deletion", (), "Моите данни в профила на бившия ми съпруг",
         """Здравейте,

с бившия ми съпруг сме разведени от година, но в неговия профил при вас аз още фигурирам като второ лице за контакт при доставка - с трите ми имена, телефона ми и адреса, на който вече не живея. Миналата седмица куриерът ми звъня за негова пратка.

Профилът не е мой и не искам да го закривате, но искам моите данни да бъдат премахнати от него. Не искам да имам нищо общо с поръчките му.

Десислава Николова""",
         "Десислава Николова"),

        ("portability", (), "Data request",
         """Добър ден,

Съгласно чл. 20 от ОРЗД желая да получа личните данни, които съм ви предоставил, в структуриран, широко използван и пригоден за машинно четене формат.

По-конкретно: история на поръчките и точките по картата за лоялност, като CSV или JSON. Пиша си програмка за домашния бюджет и искам да ги заредя там.

Поздрави,
Стоян Димитров""",
         "Стоян Димитров"),

        ("restriction", (), "Моля, не изтривайте данните ми",
         """Здравейте,

в момента съм в бракоразводно дело и адвокатът ми каза, че поръчките на мебелите за градината и терасата (2022-2023 г.) ще са важно доказателство кой ги е платил. Всички са направени от моя профил.

Разбрах, че изтривате неактивни профили. Моля, не изтривайте данните за тези поръчки, докато делото не приключи, но и не ги използвайте за нищо друго. Ако правилно съм разбрала, това е ограничаване на обработването по чл. 18.

С уважение,
Елена Стоянова""",
         "Елена Стоянова"),

        ("objection", (), "",
         """Здравейте,

разгледах една люлка на сайта ви и вече две седмици ме гони навсякъде - в новинарски сайтове, в YouTube, във Facebook. Дори не съм я купила.

Възразявам срещу това да следите какво гледам на сайта ви и да предавате тази информация на рекламни мрежи. Не искам такова проследяване.

Ваня""",
         "Ваня Костова"),

        ("withdraw_consent", (), "отписване",
         """Здравейте, моля да ме отпишете от бюлетина. Оттеглям съгласието си да получавам търговски съобщения. Благодаря. Иван""",
         "Иван Георгиев"),

        ("complaint", ("withdraw_consent",), "За ТРЕТИ път се отписвам!",
         """Здравейте,

отписах се от бюлетина ви през линка на 2 септември. После пак на 20 септември. После ви писах и тук на 5 октомври. Днес пак получих „Есенни оферти за вашата градина“.

Това вече не е небрежност. Моля, спрете да ми изпращате рекламни имейли - оттеглих съгласието си три пъти.

Ако и следващата седмица получа нещо, подавам жалба в КЗЛД и до белгийския орган по защита на данните, със скрийншоти на всичко.

Николай Христов""",
         "Николай Христов"),

        ("other", (), "Въпрос от журналист",
         """Здравейте,

казвам се Петя Атанасова и пиша материал за български медии за това как европейските онлайн магазини се справят с GDPR, пет години след... всъщност повече. 

Бихте ли ми казали приблизително колко искания от клиенти получавате годишно, от кои държави най-много и какви са най-честите? Не ме интересуват конкретни хора, само общата картина. Мога да изпратя въпросите и писмено.

Поздрави,
Петя Атанасова
журналист""",
         "Петя Атанасова"),

        ("other", (), "Фалшив SMS от ваше име",
         """Здравейте, получих SMS „shop.example.be: Вашата пратка е задържана, платете такса 1,50 EUR“ с линк. Нямам профил при вас и никога не съм поръчвал, така че не от вас имат номера ми. Просто ви казвам, ако искате да предупредите клиентите. Не е нужно да ми отговаряте.
Благодаря, Калоян""",
         "Калоян Тодоров"),

        ("deletion", ("withdraw_consent", "objection"), "Изтриване на лични данни",
         """Уважаеми госпожи и господа,

намерих този образец в един блог и го копирам, защото сама нямаше да го напиша толкова гладко:

„На основание чл. 17 от ОРЗД искам незабавно изтриване на всички мои лични данни. Оттеглям всички дадени от мен съгласия за обработване. Освен това на основание чл. 21 възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително профилиране.“

А с мои думи - искам да ме няма при вас. Пазарувах веднъж, преди 4 години.

Радостина Пенева
rpeneva@mail.bg""",
         "Радостина Пенева"),

        ("correction", ("access",), "адрес",
         """Здравейте,

адресът в профила ми е стар - вече живея на ул. „Шипка“ 18, ет. 3, 9000 Варна. Моля, сменете го.

И понеже вече открих един остарял адрес, искам да видя какво друго пазите за мен - изпратете ми, моля, копие на всички данни, които имате, за да проверя дали има и други грешки.

Благодаря,
Пламен Василев""",
         "Пламен Василев"),

        ("complaint", (), "Някой влезе в профила ми и изхарчи точките ми",
         """Здравейте,

вчера видях, че от профила ми са похарчени 4 300 точки за ваучер, а адресът за доставка е сменен на някакъв в Лиеж. Не съм аз. Паролата ми очевидно е изтекла някъде, но вие дори не ми пратихте имейл, че адресът е сменен или че е влизано от ново устройство. Нямате и двуфакторна защита.

Смятам, че не сте защитили данните ми както трябва, и искам да ми обясните какво точно се е случило и защо никой от вас не е забелязал нищо.

Сменила съм паролата.

Гергана Иванова""",
         "Гергана Иванова"),
    ],
}

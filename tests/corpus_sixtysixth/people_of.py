"""Set sixtysixth, person mail in pl cs hr sv ro el bg, theme trade-in, buy-back and second-hand. Written apart from the rules (see make_sixtysixth.py)."""

PEOPLE_OF = {
    "pl": [
        ("deletion", (),
         "Kopia dowodu osobistego – skup telefonu",
         """Dzień dobry,

3 tygodnie temu sprzedałem w Waszym sklepie w Antwerpii (Meir) mój stary telefon Samsung Galaxy S20 w ramach skupu. Pracownik przy kasie zeskanował mój dowód osobisty, obie strony, razem ze zdjęciem i numerem PESEL. Nikt mnie o nic nie pytał, po prostu powiedział, że "tak musi być".

Transakcja jest zakończona, pieniądze dostałem na konto, więc nie rozumiem, po co Wam dalej skan mojego dowodu. Proszę o usunięcie tej kopii oraz pozostałych moich danych związanych z tym skupem (numer potwierdzenia BB-ANT-20931).

Proszę o potwierdzenie usunięcia mailowo.

Z poważaniem
Krzysztof Wiśniewski""",
         "Krzysztof Wiśniewski"),
        ("other", (),
         "Bon za wymianę – nr TI-2024-118472",
         """Dzień dobry,
oddałem iPhone'a 11 w ramach wymiany (trade-in) 12 dni temu w sklepie w Brukseli przy Rue Neuve. Na stronie dalej status "w weryfikacji", a bonu na 210 euro nie ma ani na mailu, ani w aplikacji. Pracownik mówił, że max 5 dni roboczych.
Kiedy mogę się spodziewać bonu? Chciałem za niego kupić nowy telefon jeszcze w tej promocji.

Pozdrawiam
Tomasz Kamiński""",
         "Tomasz Kamiński"),
        ("complaint", ("access",),
         "Moje zdjęcia i pliki na sprzedanym przez Was laptopie!!!",
         """Szanowni Państwo,

w listopadzie oddałem w Waszym sklepie w Gandawie laptopa Dell XPS w ramach wymiany na nowy. Pracownica zapewniała mnie, że dysk zostanie "profesjonalnie wyczyszczony" i że nie muszę się niczym martwić. Nie miałem czasu sam go formatować, więc Wam zaufałem.

Wczoraj wieczorem dostałem wiadomość na Messengerze od zupełnie obcego człowieka. Napisał, że kupił u Was na stronie "odnowionego" Della i na dysku znalazł folder z moim nazwiskiem: skany moich umów, PIT-y, zdjęcia moich dzieci, nawet plik z hasłami (tak, wiem, głupio). Przysłał mi zrzut ekranu, żebym uwierzył. Na szczęście to uczciwy człowiek, ale co jeśli był ktoś przed nim?

To jest po prostu skandal. Oczekuję informacji:
- komu i kiedy sprzedaliście ten laptop (i czy wcześniej nie trafił do kogoś innego),
- czy dysk w ogóle był czyszczony, a jeśli tak, to kto to robił (Wy czy jakaś firma zewnętrzna),
- jakie jeszcze moje dane macie w związku z tą wymianą.

Jeśli w ciągu tygodnia nie dostanę konkretnej odpowiedzi, składam skargę do belgijskiego organu ochrony danych (GBA) i do UODO w Polsce, a całą sprawę opiszę na grupach Polaków w Belgii.

Paweł Lewandowski""",
         "Paweł Lewandowski"),
        ("correction", (),
         "",
         """W moim ogłoszeniu na waszym marketplace (aparat Fuji X-T3) jest napisane ze jestem z Liège a od marca mieszkam w Namur. w profilu juz zmienilam a w ogloszeniu dalej stare miasto. prosze poprawic
Aneta Dąbrowska""",
         "Aneta Dąbrowska"),
        ("portability", ("deletion",),
         "Eksport moich danych z marketplace (art. 20 RODO)",
         """Dzień dobry,

od 2021 roku sprzedaję używaną elektronikę przez Wasz marketplace (konto: m.wojcik.gent). Zamierzam przenieść sprzedaż na inną platformę i chciałabym zabrać ze sobą swoją historię.

Na podstawie art. 20 RODO proszę o przekazanie mi, w formacie nadającym się do odczytu maszynowego (CSV albo JSON):
- wszystkich moich ogłoszeń (aktywnych i zakończonych) z opisami i zdjęciami,
- historii sprzedaży,
- ocen i komentarzy, które otrzymałam od kupujących.

Po otrzymaniu plików proszę o zamknięcie konta i usunięcie moich danych.

Z poważaniem
Magdalena Wójcik""",
         "Magdalena Wójcik"),
        ("other", (),
         "Jak wyczyścić telefon przed oddaniem do skupu?",
         """Dzień dobry,
w przyszłym tygodniu chcę przynieść do Was stary telefon (Xiaomi Redmi Note 10) i tablet Samsunga do skupu. Zanim to zrobię – co dokładnie powinnam zrobić, żeby nikt nie miał dostępu do moich zdjęć i WhatsAppa? Wystarczy przywrócić ustawienia fabryczne, czy trzeba wcześniej wylogować się z konta Google i Mi? A kartę SD wyjąć czy sformatować?
Pytam tutaj, bo w FAQ na stronie nic o tym nie znalazłam.
Dziękuję
Karolina Szymańska""",
         "Karolina Szymańska"),
        ("restriction", (),
         "Re: Your trade-in valuation TI-2024-097310",
         """Dzień dobry,

właśnie dlatego piszę. Proszę NIE usuwać danych z wyceny mojego aparatu Nikon D750 (zgłoszenie TI-2024-097310) – ani zdjęć, które zrobił Wasz pracownik, ani raportu z oceny stanu.

Nie zgadzam się z wyceną (w sklepie 180 euro, w narzędziu online 420 euro za "stan bardzo dobry"), złożyłem reklamację i jeśli będzie trzeba, pójdę z tym do belgijskiego rzecznika konsumentów. Te dane są mi potrzebne jako dowód. Niech zostaną zachowane, ale proszę ich nie używać do niczego innego, dopóki sprawa się nie wyjaśni.

Grzegorz Nowicki

> Dear customer,
> Thank you for using our trade-in service. Please note that the data
> collected during the valuation of your device (photos, serial number,
> condition report) is kept for 30 days and then deleted automatically.
> Kind regards,
> The Trade-in Team""",
         "Grzegorz Nowicki"),
        ("objection", (),
         "Po co Wam był mój IMEI?",
         """Dzień dobry,
w lutym sprawdzałem w Waszym narzędziu do wyceny, ile dostanę za stary telefon. Narzędzie kazało wpisać IMEI i numer seryjny, więc wpisałem. Telefonu ostatecznie nie oddałem.

Od tamtej pory co chwilę dostaję maile i telefony od firmy ubezpieczeniowej, Waszego "partnera", z ofertą ubezpieczenia dokładnie tego modelu telefonu. Zbieg okoliczności? Nie sądzę.

Nie życzę sobie, żebyście przekazywali moje dane z wyceny partnerom ani używali ich do profilowania mnie pod jakiekolwiek oferty. Proszę to zatrzymać.

Michał Jabłoński""",
         "Michał Jabłoński"),
        ("withdraw_consent", (),
         "wypisanie",
         """Proszę o wypisanie mnie z newslettera o skupie i wymianie sprzętu oraz z SMS-ów z ofertami trade-in. Dziękuję.
Marek Zając""",
         "Marek Zając"),
        ("other", (),
         "Laptop odnowiony – klasa B",
         """Witam,
kupiłem u Was odnowionego Lenovo ThinkPad T14 w klasie B (zam. BE-5581247). Na obudowie są rysy dużo większe niż na zdjęciach, a bateria trzyma ok. 2 godziny. W opisie było "lekkie ślady użytkowania, bateria min. 80%". Czy to się mieści w klasie B? Jeśli nie, jak mogę go zwrócić albo wymienić?
Piszę na ten adres, bo tylko ten znalazłem w stopce maila.
Pozdrawiam
Anna Kowalczyk""",
         "Anna Kowalczyk"),
    ],
    "cs": [
        ("access", (),
         "Výkup notebooku – co se stalo s mými daty",
         """Dobrý den,

v lednu jsem u vás v prodejně v Leuvenu odevzdal v rámci výkupu notebook Lenovo ThinkPad X1 (výkupní doklad č. BB-LEU-44120). Na disku jsem měl pracovní dokumenty a nestihl jsem ho sám smazat, kolega na prodejně mi řekl, že se o to postaráte.

Prosím o informace:
1) zda byl disk smazán, jakým způsobem a kdy – pokud máte certifikát nebo protokol o výmazu dat, pošlete mi prosím jeho kopii,
2) komu byl notebook dále předán (repasovací firma, další kupující?),
3) jaké osobní údaje o mně v souvislosti s výkupem evidujete, proč a jak dlouho je budete uchovávat.

Děkuji za odpověď.

S pozdravem
Ing. Tomáš Novotný""",
         "Tomáš Novotný"),
        ("other", (),
         "Výkupní cena je výsměch",
         """Dobrý den,
zkoušel jsem ve vašem online nástroji na výkup ocenit PS5 s mechanikou, 2 ovladače, krabice, všechno jak nové. Nabídka 140 eur?? Vždyť to na bazarech jde skoro za dvojnásobek. Na prodejně v Bruselu mi řekli, že s tím nic neudělají, že to určuje "systém".
Chtěl bych vědět, jestli se ta cena dá nějak přehodnotit, jinak to prodám jinde.
Martin Veselý""",
         "Martin Veselý"),
        ("deletion", ("withdraw_consent",),
         "Zrušení účtu na bazaru",
         """Dobrý den,

chci zrušit svůj účet na vašem bazaru (second hand marketplace), uživatelské jméno petra_dv88. Prosím smažte všechny moje inzeráty, zprávy s kupujícími i hodnocení.

Hlavní důvod: jeden kupující mi do hodnocení napsal moje celé jméno, že bydlím v Mechelenu a že "paní byla doma s dětmi sama, moc milá". To tam fakt viset nechci.

A už mi prosím neposílejte e-maily s "novými inzeráty, které by vás mohly zajímat".

Děkuji
Petra Dvořáková""",
         "Petra Dvořáková"),
        ("restriction", (),
         "Re: Vaše žádost o výmaz kopie OP",
         """Dobrý den,

beru na vědomí, že kopii občanky musíte kvůli té evidenci pro policii nějakou dobu mít. Dobře. Ale v tom případě žádám, aby byla opravdu jen uložená v té evidenci a nepoužívala se k ničemu jinému – žádné ověřování při dalších nákupech, žádné sdílení s partnery, žádné propojení s mým zákaznickým účtem nebo věrnostní kartou. Jen uschovat, dokud lhůta neuplyne.

Potvrďte mi to prosím písemně.

Jan Procházka

> Dear Mr Procházka,
> Thank you for your request of 4 March. Under Belgian law, dealers in
> second-hand goods must keep a register of purchases, including a copy of
> the seller's identity document, and make it available to the police.
> We are therefore unable to delete your ID copy before the end of the
> legal retention period.
> Kind regards,
> Privacy Team""",
         "Jan Procházka"),
        ("objection", ("withdraw_consent",),
         "profilování podle výkupu",
         """Dobrý den,
od té doby, co jsem vám v prosinci prodala PlayStation a hry, mi aplikace na hlavní stránce ukazuje jen "nabídky pro vás" na konzole, hry a herní židle, a v e-mailech totéž. Zjevně si z toho, co jsem u vás prodala, děláte nějaký profil.
Nesouhlasím s tím, aby se moje historie výkupů používala k profilování a cílení nabídek. A reklamní e-maily mi už taky neposílejte, prosím.
Lucie Černá""",
         "Lucie Černá"),
        ("other", (),
         "Dotaz – proč občanka při výkupu?",
         """Dobrý den,

chystám se vám příští týden prodat starý fotoaparát (Canon EOS 80D s objektivem). Kamarád říkal, že u vás při výkupu chtějí okopírovat občanku. Můžete mi vysvětlit, proč to potřebujete a jestli je to v Belgii opravdu povinné? A jak dlouho to pak u vás zůstává? Ptám se předem, ať vím, do čeho jdu.

Díky,
Ondřej Kučera""",
         "Ondřej Kučera"),
        ("withdraw_consent", (),
         "",
         """odhlaste me prosim ze sms o vykupu a vymene telefonu, uz nechci. dekuju
Jana Horakova""",
         "Jana Horáková"),
        ("complaint", (),
         "Repasovaný iPhone s cizím WhatsAppem – ostuda",
         """Dobrý den,

koupila jsem si u vás na e-shopu repasovaný iPhone 12, stav "A – jako nový", objednávka BE-6630918. Po zapnutí jsem zjistila, že v telefonu je pořád přihlášený WhatsApp nějaké paní, v Galerii stovky fotek jejích dětí, v kontaktech celá její rodina a dokonce vyfocený řidičák.

Volala jsem na zákaznickou linku a paní mi řekla, ať to "prostě smažu a je to". To snad nemyslíte vážně. Jsou to cizí osobní údaje, které jste měli zničit, než jste telefon prodali dál. Kdyby to byla moje data, tak šílím. A nejhorší je, že teď vůbec nevím, jak jste naložili s telefony, které jsem vám odevzdala já.

Telefon vracím. Považuji to za vážné porušení GDPR a podám podnět na ÚOOÚ i na belgický úřad pro ochranu osobních údajů. Očekávám vysvětlení, jak je možné, že vám tohle projde kontrolou.

Kateřina Marešová""",
         "Kateřina Marešová"),
        ("portability", (),
         "Pronájem s odkupem – předání dat",
         """Dobrý den,

mám u vás telefon na pronájem s možností odkupu (smlouva č. LTB-2023-08817, Samsung Galaxy S23). Smlouva mi končí v květnu a telefon odkupovat nebudu – přecházím k jinému poskytovateli pronájmu, který má lepší podmínky.

Mohli byste mi poslat údaje, které jsem vám k pronájmu poskytl (smlouvu, údaje o zařízení, historii plateb), ve strojově čitelném formátu, nejlépe CSV nebo JSON? Pokud to jde, pošlete je rovnou novému poskytovateli, kontakt vám dám.

Děkuji,
Zdeněk Pokorný""",
         "Zdeněk Pokorný"),
        ("other", (),
         "Poděkování – prodejna Gent",
         """Dobrý den,
jen chci poděkovat pánovi na prodejně v Gentu (myslím, že se jmenoval Pieter), který mi minulý týden při výměně telefonu trpělivě ukázal, jak se odhlásit z iCloudu a jak telefon celý vymazat, a počkal, než to doběhne. Voucher přišel ještě ten den. Takhle si to představuju.
Hezký den
Veronika Svobodová""",
         "Veronika Svobodová"),
    ],
    "hr": [
        ("access", (),
         "Pitanje",
         """Poštovani,

prije otprilike 3 mjeseca sam vam prodao stari mobitel u dućanu u Bruxellesu (onaj na Rue Neuve). Od tada mi stalno stižu neki SMS-ovi i mailovi o "zamjeni uređaja", a zvali su me i neki ljudi koji su znali točno koji model sam vam prodao.

Što vi sve imate o meni?? I kome ste dali moj broj?

Marko Kovačević""",
         "Marko Kovačević"),
        ("other", (),
         "Vaučer za zamjenu još nije stigao",
         """Pozdrav,
prije 9 dana sam u vašoj poslovnici u Gentu predala stari Samsung Galaxy S10 u zamjenu (broj TI-2024-129904). Rekli su mi da vaučer od 75 eura stiže mailom za 3 do 5 radnih dana, ali ništa. Provjerila sam i spam. Možete li pogledati što je s tim?
Hvala,
Petra Jurić""",
         "Petra Jurić"),
        ("correction", (),
         "Krivi podaci na potvrdi o otkupu br. BB-LIE-30577",
         """Poštovani,

17. travnja sam u vašoj poslovnici u Liègeu prodala fotoaparat Sony A6400 (potvrda o otkupu br. BB-LIE-30577). Tek sam doma vidjela da je na potvrdi krivo upisano ime – "Ivan Horvat" umjesto "Ivana Horvat" – i da se broj osobne iskaznice ne podudara s mojim (zadnje dvije znamenke su zamijenjene).

Koliko sam shvatila, ti podaci idu u registar otkupa koji može vidjeti policija, pa ne bih htjela da ispadne da je fotoaparat prodao netko drugi. Molim vas da ispravite podatke u svojoj evidenciji i pošaljete mi ispravljenu potvrdu.

Lijep pozdrav,
Ivana Horvat""",
         "Ivana Horvat"),
        ("portability", (),
         "Moji podaci s marketplacea",
         """Bok,
prodajem preko vašeg second-hand marketplacea već dvije godine (korisnik: anab_brugge), imam 140+ ocjena. Sad prelazim na drugu platformu i htjela bih ponijeti svoju povijest. Možete li mi poslati sve moje oglase, ocjene i komentare kupaca u nekom strojno čitljivom obliku (CSV, JSON, svejedno)? Koliko znam, po članku 20. GDPR-a imam na to pravo.
Hvala!
Ana Babić""",
         "Ana Babić"),
        ("restriction", (),
         "Vraćeni laptop – NE brisati podatke",
         """Poštovani,

vratio sam unajmljeni laptop (HP EliteBook, ugovor RNT-2024-02291) u poslovnicu u Hasseltu 2. svibnja. Sada tvrdite da je oštećen i tražite 350 eura. S tim se ne slažem i slučaj sam prijavio svom osiguranju.

Na disku su ostali moji podaci i fotografije koje pokazuju u kakvom je stanju laptop bio zadnjih dana, a vi imate i zapisnik pregleda s fotografijama s preuzimanja. Molim vas da do završetka spora s osiguranjem te podatke NE brišete i disk ne formatirate, ali i da ih ne koristite ni za što drugo. Trebaju mi kao dokaz.

Tomislav Marić""",
         "Tomislav Marić"),
        ("other", (),
         "Suradnja – certificirano brisanje podataka i obnova uređaja",
         """Poštovani,

javljam se u ime tvrtke Brisko d.o.o. iz Zagreba. Bavimo se certificiranim brisanjem podataka s mobitela, laptopa i diskova (prema NIST 800-88) te obnovom uređaja za prodaju iz druge ruke. Radimo s nekoliko trgovačkih lanaca u regiji, a vidjeli smo da i vi imate program otkupa i prodaje obnovljenih uređaja.

Rado bismo vam predstavili našu uslugu – za svaki uređaj izdajemo certifikat o brisanju koji možete dati prodavatelju ili kupcu. Možemo li dogovoriti kratki online sastanak? Ako nisam na pravoj adresi, molim proslijedite poruku kolegama iz nabave.

Srdačan pozdrav,
Dario Pavlović
Voditelj prodaje, Brisko d.o.o.""",
         "Dario Pavlović"),
        ("objection", (),
         "Puno ime i grad na oglasima",
         """Dobar dan,
na vašem marketplaceu se uz svaki moj oglas prikazuje puno ime i prezime i grad (Maja Knežević, Aalst). Ne želim da to vide svi koji pregledavaju oglase, dosta mi je što mi je jedan "kupac" već došao pred kuću. Molim vas da to prestanete prikazivati, kupci mogu vidjeti korisničko ime, a adresu ionako dobiju kad kupe.
Maja Knežević""",
         "Maja Knežević"),
        ("withdraw_consent", ("objection",),
         "",
         """Odjavite me s newslettera i prestanite mi slati SMS ponude za otkup mobitela. I nemojte više davati moje podatke vašim "partnerima", zvali su me iz neke firme za osiguranje mobitela.
Luka Novak""",
         "Luka Novak"),
        ("complaint", ("access",),
         "Re: Zahtjev za potvrdu o brisanju podataka – MacBook Pro",
         """Poštovani,

prije šest tjedana poslao sam vam zahtjev (vidi dolje) da mi pošaljete potvrdu, odnosno certifikat o brisanju podataka s MacBooka koji sam predao u zamjenu u poslovnici u Antwerpenu, i da mi kažete tko je brisanje proveo. Osim automatskog odgovora nisam dobio ništa. Rok od mjesec dana iz članka 12. GDPR-a odavno je istekao.

Na tom laptopu su bili podaci mojih klijenata (vodim mali knjigovodstveni servis), tako da ovo nije sitnica. Ako do petka ne dobijem odgovor i potvrdu, podnosim pritužbu belgijskom nadzornom tijelu (GBA/APD), a obavijestit ću i AZOP.

Josip Vuković

> Thank you for your message. We will answer as soon as possible.
> This is an automatic reply, please do not respond to this e-mail.
>
>> Poštovani, molim vas da mi pošaljete potvrdu o brisanju podataka s
>> uređaja MacBook Pro 2019 (zamjena TI-2024-071455) i da mi kažete tko
>> je brisanje proveo. Hvala, Josip Vuković""",
         "Josip Vuković"),
        ("other", (),
         "Što znači stanje 'B'?",
         """Pozdrav,
gledam kod vas obnovljeni iPad Air, stanje B, 329 eura, a isti u stanju A je 389. Koja je točno razlika? Piše "vidljivi tragovi korištenja", ali je li baterija ista? I dolaze li obnovljeni uređaji s punjačem? Hvala
Nikolina Blažević""",
         "Nikolina Blažević"),
    ],
    "sv": [
        ("access", (),
         "Vem fick min gamla laptop?",
         """Hej,

Jag lämnade in min gamla MacBook Air i inbyte hos er i Gent i januari (inbytesnummer TI-2024-033871) och fick ett presentkort på 260 euro. Nu såg jag en annons på er second hand-sida för en MacBook Air med exakt samma repa vid tangentbordet och samma klistermärke som jag aldrig fick bort.

Jag vill veta:
– om datorn raderades innan den såldes vidare, och i så fall när och hur (har ni ett raderingsintyg vill jag ha en kopia),
– vem ni har lämnat den till (ett externt företag för renovering?),
– vilka personuppgifter om mig ni har sparat från inbytet.

Tack på förhand,
Karin Holmström""",
         "Karin Holmström"),
        ("other", (),
         "Värderingen av min Switch",
         """Hej,
Jag testade ert värderingsverktyg för min Nintendo Switch OLED, knappt använd, med kartong och två spel. 95 euro?! Den kostade 350 för ett år sedan. Stämmer det verkligen eller har verktyget räknat fel? Kan man få en ny värdering i butiken istället?
Oskar Falk""",
         "Oskar Falk"),
        ("correction", (),
         "Fel namn i mina annonser",
         """Hej!
I mina annonser på er marknadsplats står det "Johana Lindkvist" som säljare. Jag heter Johanna Lindqvist, med två n och q. Jag har försökt ändra i profilen men fältet går inte att redigera. Kan ni rätta det? Köpare har frågat om jag är en bluff eftersom namnet inte stämmer med kontot de betalar till...
Johanna""",
         "Johanna Lindqvist"),
        ("deletion", (),
         "Re: Din begäran om radering",
         """Hej igen,

Okej, jag förstår att ni enligt belgisk lag måste spara ID-kopian i registret över inköp av begagnat i några år. Men då vill jag att allt annat raderas nu: mitt kundkonto, mina inbytesärenden, bilderna ni tog på telefonen, chatten med kundtjänst och min mejladress i era listor. Och att ID-kopian raderas direkt när lagringstiden har gått ut, inte "någon gång".

Bekräfta gärna vad ni faktiskt har raderat.

Erik Sandberg

> Dear Mr Sandberg,
> We have received your request to delete your data. Please note that,
> as a dealer in second-hand goods, we are legally required to keep a
> copy of your identity document in our purchase register for a period
> of several years. This data will be deleted at the end of that period.
> Best regards,
> Privacy Team""",
         "Erik Sandberg"),
        ("withdraw_consent", (),
         "avregistrering",
         """Hej, avregistrera mig från nyhetsbrevet om inbyte och begagnat tack. /Per Ek""",
         "Per Ek"),
        ("restriction", ("correction",),
         "Begäran om begränsning av behandling enligt artikel 18 GDPR",
         """Till personuppgiftsansvarig

Den 8 april försökte jag byta in min mobiltelefon (iPhone 13) i er butik i Leuven, efter att först ha angett IMEI och serienummer i ert värderingsverktyg. Inbytet nekades med motiveringen att telefonen är "flaggad" vid er kontroll av IMEI-numret och att uppgiften skulle föras in i inköpsregistret. Telefonen köptes ny av mig 2022, kvitto finns, och den har aldrig anmälts stulen.

Jag bestrider därmed riktigheten i de uppgifter ni behandlar om mig och telefonen. Med stöd av artikel 18.1 a i dataskyddsförordningen begär jag att ni begränsar behandlingen av dessa uppgifter – att de inte lämnas vidare till polis eller andra och inte används i era system – under den tid det tar att kontrollera deras riktighet. När kontrollen är gjord begär jag att uppgifterna rättas enligt artikel 16.

Kopia av kvittot bifogas.

Med vänlig hälsning
Anders Bergqvist
Leuven""",
         "Anders Bergqvist"),
        ("other", (),
         "Samarbete kring dataradering vid inbyte",
         """Hej,

Jag heter Sofia Hedlund och arbetar med partnerskap på Raderia AB i Göteborg. Vi utvecklar programvara för certifierad radering av mobiler och datorer, med automatiskt raderingsintyg per enhet – något som allt fler kunder efterfrågar vid inbyte och köp av begagnat.

Jag såg att ni har ett inbytesprogram och en egen marknadsplats för begagnad elektronik och tror att vi skulle kunna hjälpa er. Har du 20 minuter för ett videomöte nästa vecka? Om jag har hamnat fel får ni gärna skicka vidare till rätt person.

Vänliga hälsningar
Sofia Hedlund
Raderia AB""",
         "Sofia Hedlund"),
        ("objection", ("withdraw_consent",),
         "IMEI och serienummer till er partner?",
         """Hej,
när jag värderade min gamla Samsung i ert verktyg på webben fick jag fylla i IMEI och serienummer. I er integritetspolicy står att uppgifterna delas med "partner för analys och marknadsundersökningar". Att ni använder dem för själva värderingen är okej, men jag vill inte att de skickas vidare till någon partner för analys. Sluta med det.
Och stäng gärna av marknadsföringsmejlen till mig också medan ni ändå håller på.
Mattias Wennerberg""",
         "Mattias Wennerberg"),
        ("complaint", (),
         "Främmande människors bilder i kameran jag köpte av er",
         """Hej,

Jag köpte en begagnad Canon EOS M50 på er second hand-avdelning (order BE-7710463), "kontrollerad och återställd" enligt annonsen. Minneskortet satt kvar i kameran, med flera hundra bilder på en annan familj – barn på stranden, ett pass som någon fotat av, bilder inifrån deras hus. I kamerans wifi-inställningar fanns dessutom någons namn och mobilnummer.

Jag tittade inte mer än vad som behövdes för att förstå vad det var, och jag har raderat kortet. Men det här är inte okej. Ni skriver att ni kontrollerar och återställer allt. Uppenbarligen inte. Hur många fler har fått sina bilder sålda vidare på det här sättet?

Jag har skrivit till er kundtjänst två gånger utan svar. Hör jag inget inom en vecka anmäler jag det här till IMY och till den belgiska dataskyddsmyndigheten.

Linnea Åberg""",
         "Linnea Åberg"),
        ("other", (),
         "Tack!",
         """Hej,
ville bara säga tack till tjejen i kassan i Brygge som hjälpte mig att radera min gamla telefon innan inbytet och visade att allt verkligen var borta. Presentkortet kom samma dag. Toppenservice!
Maria Nyström""",
         "Maria Nyström"),
    ],
    "ro": [
        ("access", (),
         "Telefonul vechi dat la schimb",
         """Bună ziua,

Vreau să vă povestesc ce mi s-a întâmplat. În martie am dat la schimb telefonul meu vechi (Huawei P30) în magazinul dumneavoastră din Charleroi, prin programul de trade-in, și am primit un voucher de 90 de euro. Vânzătorul mi-a spus să nu-mi fac griji, că ei resetează telefonul și îl trimit la o firmă care îl recondiționează. Eu l-am resetat oricum acasă, dar nu știu dacă am scos și contul Google.

Săptămâna trecută mi-a scris pe Gmail cineva din Olanda că a cumpărat un telefon recondiționat și că la pornire i-a cerut „contul anterior”, cu adresa mea de e-mail. A fost foarte amabil, dar m-am speriat.

Așa că vă rog să-mi spuneți ce date aveți despre mine din acest schimb, unde a ajuns telefonul și cui i-ați dat datele mele (firma de recondiționare, altcineva?).

Mulțumesc,
Ioana Dumitrescu""",
         "Ioana Dumitrescu"),
        ("other", (),
         "Întrebare despre registrul de cumpărări",
         """Bună ziua,
am o mică afacere cu telefoane second hand în Anderlecht și am văzut că la voi, la buy-back, se face copie după buletin și se trece totul într-un registru. Întrebarea mea e simplă: e obligatoriu prin lege în Belgia pentru orice comerciant care cumpără aparate folosite, sau e regula voastră internă? Și registrul îl țineți pe hârtie sau electronic? Vreau să fac și eu la fel, ca lumea.
Mulțumesc anticipat,
Radu Constantin""",
         "Radu Constantin"),
        ("correction", (),
         "Adresă greșită – buy-back",
         """Bună ziua,
Am vândut la voi o consolă Xbox Series S pe 14 mai, la magazinul din Bruxelles. La buy-back mi-au luat datele din buletinul românesc, unde e încă adresa din Iași, dar eu locuiesc de 3 ani în Belgia, în Anderlecht, Chaussée de Mons. Vă rog să corectați adresa în evidența voastră și în contul meu de client, că altfel nu știu unde ajung scrisorile.
Mulțumesc,
Cristian Munteanu""",
         "Cristian Munteanu"),
        ("deletion", ("withdraw_consent",),
         "Ștergere cont marketplace",
         """Bună ziua,

Vă rog să-mi închideți contul de pe marketplace-ul de produse second hand (user: alina.g.liege) și să ștergeți tot: anunțurile, mesajele cu cumpărătorii, ratingurile. Nu mai vând nimic.

Și nu mai vreau newsletterul, nici SMS-urile cu „Vinde-ne vechiul tău telefon!”.

O zi bună,
Alina Georgescu""",
         "Alina Georgescu"),
        ("portability", (),
         "Cerere de portabilitate a datelor (art. 20 GDPR)",
         """Stimată doamnă, stimate domn,

În temeiul articolului 20 din Regulamentul (UE) 2016/679, vă rog să îmi transmiteți, într-un format structurat, utilizat în mod curent și care poate fi citit automat, datele cu caracter personal pe care vi le-am furnizat în calitate de vânzător pe platforma dumneavoastră de produse second hand: anunțurile publicate, istoricul vânzărilor, evaluările primite și mesajele schimbate cu cumpărătorii.

Dacă este posibil din punct de vedere tehnic, vă rog să transmiteți aceste date direct către noua platformă pe care voi vinde, conform art. 20 alin. (2). Vă pot comunica datele de contact ale acesteia.

Cu stimă,
Mihai Ionescu""",
         "Mihai Ionescu"),
        ("other", (),
         "Laptop recondiționat grad C",
         """Bună ziua,
Mă gândesc să cumpăr de pe site-ul vostru un laptop recondiționat Dell Latitude, grad C, la 279 de euro. Ce înseamnă concret „grad C”? Are zgârieturi mari, bateria e slabă? Și garanția e tot de un an ca la cele noi sau mai puțin?
Mulțumesc,
Elena Stan""",
         "Elena Stan"),
        ("objection", (),
         "Date de utilizare – tabletă închiriată",
         """Bună ziua,

Am returnat săptămâna trecută tableta Samsung din programul „închiriezi, apoi cumperi” (contract LTB-2024-01968). În e-mailul de confirmare scrie că „datele de utilizare colectate pe durata contractului sunt analizate pentru a vă propune oferte personalizate”.

Nu sunt de acord ca datele despre cum am folosit tableta să fie analizate și folosite pentru oferte personalizate. Vă rog să încetați această prelucrare în ceea ce mă privește.

Cu respect,
Diana Marin""",
         "Diana Marin"),
        ("withdraw_consent", (),
         "",
         """buna ziua, nu mai vreau sms-uri de la voi cu oferte de buy-back si trade-in. va rog scoateti-ma de pe lista. multumesc
Bogdan""",
         "Bogdan Stoica"),
        ("complaint", ("access",),
         "Laptop închiriat returnat cu datele mele – l-ați dat mai departe așa!",
         """Bună ziua,

Sunt revoltată. În ianuarie am returnat laptopul închiriat de la voi (contract RNT-2023-11874) la magazinul din Liège. Am întrebat explicit dacă trebuie să șterg ceva și mi s-a spus „nu, ne ocupăm noi de tot, se reinstalează”.

Ieri o colegă de la serviciu, care a închiriat și ea un laptop de la voi, mi-a spus că pe desktop avea un folder „Roxana – acte” cu contractul meu de muncă, copia pașaportului și extrase bancare. Vă dați seama? Noroc că ne cunoaștem, altfel nici n-aș fi aflat.

Nimeni nu m-a anunțat nimic. Și nu e prima dată când vă scriu: am trimis un mesaj prin formularul de contact pe 2 aprilie și n-am primit niciun răspuns. Vreau să știu câte persoane au avut laptopul după mine și ce s-a întâmplat cu fișierele mele.

Dacă nu primesc o explicație serioasă în 7 zile, depun plângere la autoritatea belgiană pentru protecția datelor (APD) și la ANSPDCP.

Roxana Tudor""",
         "Roxana Tudor"),
        ("other", (),
         "Voucher trade-in neprimit – TI-2024-150093",
         """Bună ziua,
Am predat consola PS4 și două controllere la trade-in acum două săptămâni, la magazinul din Gent. Mi s-a spus că voucherul de 95 € vine pe e-mail în 3-5 zile lucrătoare. N-a venit nimic, nici în spam. Puteți verifica, vă rog?
Andrei Popescu""",
         "Andrei Popescu"),
    ],
    "el": [
        ("access", (),
         "Σβήσατε το παλιό μου κινητό;",
         """Καλησπέρα σας,

τον Φεβρουάριο έδωσα το παλιό μου iPhone XR στο πρόγραμμα ανταλλαγής (trade-in) στο κατάστημα των Βρυξελλών και πήρα κουπόνι. Στη βιασύνη μου δεν είμαι σίγουρος αν έκανα σωστά επαναφορά, και είχα μέσα φωτογραφίες, WhatsApp, τα πάντα.

Θα ήθελα να μάθω:
- αν διαγράφηκαν τα δεδομένα της συσκευής και αν μπορείτε να μου στείλετε κάποιο πιστοποιητικό διαγραφής,
- σε ποιον δόθηκε μετά η συσκευή (εταιρεία ανακατασκευής, άλλος πελάτης;),
- ποια προσωπικά μου στοιχεία κρατάτε από τη συναλλαγή και για πόσο καιρό.

Ευχαριστώ εκ των προτέρων,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("other", (),
         "Πολύ χαμηλή εκτίμηση για τη φωτογραφική μου",
         """Γεια σας,
έβαλα στο εργαλείο εκτίμησης στο site σας μια Sony A7 III με 2 φακούς, σε άψογη κατάσταση, και μου βγάζει 310 ευρώ. Σοβαρά; Στα μαγαζιά μεταχειρισμένων τη δίνουν στα διπλά. Υπάρχει περίπτωση να τη δει κάποιος από κοντά στο κατάστημα και να δώσει καλύτερη τιμή ή είναι αυτόματο και τελείωσε;
Νίκος Αλεξίου""",
         "Νίκος Αλεξίου"),
        ("correction", (),
         "Λάθος πόλη στην αγγελία μου",
         """Καλημέρα,
στην αγγελία μου στο marketplace (PlayStation 4 Pro, κωδ. αγγελίας M-884120) εμφανίζεται ότι είμαι από τη Λιέγη, ενώ έχω μετακομίσει στη Ναμύρ από τον Ιανουάριο. Στο προφίλ μου την άλλαξα, αλλά στις αγγελίες μένει η παλιά. Μπορείτε να το διορθώσετε; Μου γράφουν αγοραστές από Λιέγη και χάνουμε τον χρόνο μας.
Ευχαριστώ,
Μαρία""",
         "Μαρία Κωνσταντίνου"),
        ("deletion", ("withdraw_consent",),
         "Διαγραφή στοιχείων από την εκτίμηση trade-in",
         """Καλησπέρα,

πριν από δύο εβδομάδες χρησιμοποίησα το εργαλείο εκτίμησης trade-in στην εφαρμογή σας και έδωσα IMEI, σειριακό αριθμό, email και τηλέφωνο. Τελικά δεν έδωσα τη συσκευή. Δεν βλέπω λόγο να κρατάτε αυτά τα στοιχεία, γι' αυτό σας παρακαλώ να τα διαγράψετε, μαζί με το email και το τηλέφωνό μου.

Επίσης δεν επιθυμώ να λαμβάνω πλέον τα email «Η συσκευή σας αξίζει ακόμα!».

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("portability", (),
         "Αίτημα φορητότητας – λογαριασμός πωλητή",
         """Αξιότιμοι κύριοι,

με βάση το άρθρο 20 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ), ζητώ να μου αποστείλετε σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο (π.χ. CSV ή JSON) τα δεδομένα του λογαριασμού μου ως πωλητή στην πλατφόρμα μεταχειρισμένων σας: αγγελίες, ιστορικό πωλήσεων και αξιολογήσεις από αγοραστές.

Σκοπεύω να τα μεταφέρω σε άλλη πλατφόρμα.

Με εκτίμηση,
Δημήτρης Καραγιάννης""",
         "Δημήτρης Καραγιάννης"),
        ("other", (),
         "Πώς καθαρίζω το laptop πριν το φέρω;",
         """Γεια σας,
σκέφτομαι να φέρω το παλιό μου laptop (Asus, Windows 10) για ανταλλαγή με καινούργιο την επόμενη εβδομάδα. Αρκεί να κάνω «Επαναφορά αυτού του υπολογιστή» και να διαλέξω «Κατάργηση όλων», ή πρέπει να κάνω κάτι παραπάνω για να μη μείνουν αρχεία μου; Και τι γίνεται με τον λογαριασμό Microsoft;
Ευχαριστώ,
Κατερίνα Βλάχου""",
         "Κατερίνα Βλάχου"),
        ("restriction", (),
         "Re: Κλείσιμο λογαριασμού marketplace",
         """Καλησπέρα,

ευχαριστώ για την ενημέρωση, αλλά ΜΗ διαγράψετε ακόμα τα μηνύματα. Έχω διαφορά με έναν αγοραστή (αγγελία M-771305, κάμερα GoPro Hero 10), ο οποίος ισχυρίζεται ότι του έστειλα χαλασμένη κάμερα και με απειλεί με μήνυση. Η συνομιλία μας στην πλατφόρμα σας είναι η μόνη απόδειξη ότι τη δοκίμασε και τη δέχτηκε.

Σας παρακαλώ να κρατήσετε τα μηνύματα και τα στοιχεία της συναλλαγής μέχρι να λυθεί η υπόθεση, χωρίς να τα χρησιμοποιείτε για τίποτε άλλο. Θα σας ενημερώσω όταν τελειώσει.

Κώστας Μιχαηλίδης

> Bonjour,
> Votre compte vendeur a été clôturé à votre demande. Conformément à notre
> politique, vos annonces et vos messages seront supprimés dans un délai
> de 30 jours.
> Cordialement,
> L'équipe Marketplace""",
         "Κώστας Μιχαηλίδης"),
        ("withdraw_consent", (),
         "",
         """kalispera, mporeite na me vgalete apo ta sms kai ta email me prosfores trade-in? den thelo na lamvano tipota allo. efxaristo
Sofia Antoniou""",
         "Σοφία Αντωνίου"),
        ("complaint", ("deletion",),
         "ΑΠΑΡΑΔΕΚΤΟ – ο αγοραστής του παλιού μου κινητού βλέπει τις φωτογραφίες μου",
         """Καλησπέρα,

είμαι έξαλλος. Τον Μάρτιο έδωσα το Samsung Galaxy S21 μου για ανταλλαγή στο κατάστημά σας στην Αμβέρσα και ο υπάλληλος μου είπε ότι «θα γίνει πλήρης διαγραφή». Χθες άνοιξα το Google Photos μου και βλέπω φωτογραφίες ανθρώπων που δεν ξέρω: ένα μωρό, ένα σαλόνι, ένα αυτοκίνητο με βελγικές πινακίδες. Ο λογαριασμός μου ήταν ακόμα συνδεδεμένος στο κινητό που πουλήσατε ως «ανακατασκευασμένο». Άρα ο νέος ιδιοκτήτης έχει πρόσβαση σε όλες τις φωτογραφίες μου από το 2019 και μετά, μαζί με τα έγγραφα που είχα σκανάρει.

Αυτό είναι σοβαρή παραβίαση δεδομένων και έπρεπε να το είχατε εντοπίσει στον έλεγχο. Έχω ήδη αποσυνδέσει τη συσκευή από τον λογαριασμό μου. Ζητώ να διαγράψετε ό,τι άλλο κρατάτε από την ανταλλαγή (φωτογραφίες της συσκευής, σημειώσεις, στοιχεία μου) και θα κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα και στη βελγική αρχή (APD/GBA).

Γιάννης Λαμπρόπουλος""",
         "Γιάννης Λαμπρόπουλος"),
        ("other", (),
         "Κουπόνι ανταλλαγής TI-2024-162284",
         """Καλημέρα,
έδωσα το tablet μου για ανταλλαγή πριν από 10 μέρες (αρ. TI-2024-162284) και ακόμα δεν έχω πάρει το κουπόνι των 120€. Στην εφαρμογή γράφει «σε έλεγχο». Πόσο ακόμα; Θέλω να το χρησιμοποιήσω πριν λήξει η προσφορά στα ακουστικά.
Δέσποινα Σταύρου""",
         "Δέσποινα Σταύρου"),
    ],
    "bg": [
        ("access", (),
         "Искане за достъп – регистър на изкупените стоки",
         """Здравейте,

На 3 февруари продадох на изкупуване в магазина ви в Брюксел (Rue Neuve) стар лаптоп и фотоапарат. Служителят сканира личната ми карта и каза, че данните влизат в „регистър за полицията“.

Моля да ми предоставите копие от всички лични данни, които съхранявате за мен във връзка с това изкупуване, включително записа в регистъра и копието на личната карта, както и информация дали тези данни са предоставяни на полицията или на други лица и колко време ще ги пазите.

С уважение,
Иван Петров""",
         "Иван Петров"),
        ("other", (),
         "Рефърбиш телефон – клас „Отличен“?",
         """Здравейте,
купих от вас рефърбишнат Samsung S22, клас „Отличен“ (поръчка BE-8120554). Батерията е на 84% и има малка драскотина на екрана. Това нормално ли е за този клас? В описанието пише „без видими следи от употреба“. Искам да знам дали мога да го върна или да го сменя.
Поздрави,
Елена Маринова""",
         "Елена Маринова"),
        ("correction", (),
         "Грешна оценка в профила ми",
         """Здравейте,

В профила ми на вашия marketplace (потребител stoyan_brugge) има оценка с една звезда от купувач за продажба на iPhone 13 – „телефонът беше заключен с чужд акаунт, продавачът не отговаря“. Аз никога не съм продавал iPhone през вашата платформа, продавал съм само два фотоапарата и една конзола. Явно сте ме объркали с друг продавач.

Моля, поправете профила ми, защото тази чужда оценка ми съсипва рейтинга.

Благодаря,
Стоян Димитров""",
         "Стоян Димитров"),
        ("deletion", (),
         "лична карта",
         """При изкупуването на стария ми телефон в магазина в Хаселт ми снимаха личната карта. Моля изтрийте снимката, не искам да стои при вас.
Десислава Иванова""",
         "Десислава Иванова"),
        ("portability", ("deletion",),
         "Данни от договор „наеми и после купи“",
         """Здравейте,

имам при вас договор „наеми и после купи“ за MacBook Air (договор LTB-2023-05512), който приключва следващия месец. Няма да изкупувам лаптопа – ще го върна и ще наема устройство от друга фирма.

Моля, изпратете ми данните, които съм ви предоставил във връзка с договора (лични данни, данни за устройството, история на плащанията), в структуриран машинночетим формат (CSV или JSON), за да мога да ги ползвам при новия доставчик. След като ги получа и върна лаптопа, моля да изтриете акаунта ми.

Поздрави,
Георги Колев""",
         "Георги Колев"),
        ("restriction", (),
         "Моля НЕ унищожавайте записа от изкупуването",
         """Здравейте,

през октомври 2022 г. продадох на изкупуване в магазина ви в Гент фотоапарат Canon EOS R с обектив. Тогава ми снимаха личната карта и вписаха продажбата в регистъра ви.

В момента съм в съдебен спор с бившия си съпруг, който твърди, че съм продала негов фотоапарат. Записът във вашия регистър и копието на касовата бележка, която показах тогава, доказват, че фотоапаратът беше мой. Разбрах, че пазите тези данни определен брой години и после ги унищожавате.

Моля, запазете записа и копията и не ги изтривайте, дори ако срокът изтече преди края на делото. Не искам да се използват за нищо друго – само да се пазят. Ако е нужно, адвокатът ми ще ви изпрати официално искане.

С уважение,
Петя Стоянова""",
         "Петя Стоянова"),
        ("objection", (),
         "Анализ на съобщенията между купувачи и продавачи",
         """Здравейте,
в новите условия на marketplace-а пише, че съобщенията между купувачи и продавачи „се анализират с цел подобряване на услугата и персонализиране на предложенията“. Възразявам моите съобщения да се използват за анализ и персонализирани оферти. Нямам нищо против да ги пазите заради евентуални спорове, но не и за маркетинг.
Николай Христов""",
         "Николай Христов"),
        ("other", (),
         "Въпрос за рефърбиш устройствата",
         """Здравейте,
мисля да купя рефърбишнат лаптоп от вас, но чета по форумите, че понякога в такива устройства остават снимки и файлове на предишния собственик. Как точно изтривате данните – с програма, физически? Давате ли някакъв сертификат? Просто искам да съм спокойна, че и моят стар лаптоп, ако някой ден ви го донеса, няма да стигне до някого заедно с файловете ми.
Виктория Ангелова""",
         "Виктория Ангелова"),
        ("complaint", ("deletion",),
         "Re: Изтриване на копие от лична карта – ВТОРО НАПОМНЯНЕ",
         """Здравейте,

Писах ви на 12 март (вижте по-долу) и отново на 15 април. Не получих отговор нито веднъж, дори автоматичен. Минаха почти два месеца, а законът ви дава един.

Отново настоявам да изтриете копието на личната ми карта и личните ми данни от изкупуването или поне да ми обясните писмено защо не можете. Ако до 10 дни не получа отговор, подавам жалба в Комисията за защита на личните данни (КЗЛД) и в белгийския орган (APD/GBA).

Красимир Тодоров

> На 12.03.2024 г. Красимир Тодоров написа:
> Здравейте, на 28 февруари продадох на изкупуване в магазина ви в
> Шарлероа конзола Nintendo Switch. Служителят копира личната ми карта.
> Моля, изтрийте копието и данните ми. Благодаря.""",
         "Красимир Тодоров"),
        ("other", (),
         "Благодаря!",
         """Здравейте,
искам само да благодаря на колегата ви в магазина в Льовен, който ми помогна да изтрия стария си телефон и да изляза от всички акаунти преди замяната. Отне 20 минути, но беше много търпелив. Ваучерът дойде веднага.
Поздрави,
Мария Георгиева""",
         "Мария Георгиева"),
    ],
}

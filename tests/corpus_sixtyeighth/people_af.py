"""Person mail for the sixty-eighth set (pl cs hr sv ro el bg): phone plans, SIM cards, home internet and energy contracts sold at the shop's counters for partner operators. Written apart from the rules (see make_sixtyeighth.py)."""

PEOPLE_AF = {
    "pl": [
        ("access", ("objection",),
         "Kopia dowodu przy karcie prepaid",
         """Dzień dobry,

w lutym kupiłam w Państwa sklepie przy Chaussée de Mons w Anderlechcie kartę prepaid Mobilo. Pani przy kasie poprosiła o dowód osobisty, zeskanowała go i powiedziała, że „tak musi być, bo belgijskie prawo wymaga rejestracji karty”. Rozumiem, tylko nie wiem, co dokładnie zostało zapisane i u kogo.

Chciałabym się dowiedzieć:
- czy sklep przechowuje kopię mojego dowodu (polskiego, nie belgijskiej karty pobytowej), czy trafiła ona tylko do operatora,
- jakie jeszcze dane o mnie macie w związku z tą kartą (adres, data urodzenia, numer telefonu?),
- jak długo je trzymacie i komu je przekazaliście.

Od tamtej pory dostaję też SMS-y z Waszymi promocjami na telefony na raty. Nie życzę sobie tego, proszę nie wykorzystywać mojego numeru do reklam.

Pozdrawiam
Beata Sikora
nr karty SIM: +32 466 21 84 07""",
         "Beata Sikora"),
        ("deletion", ("withdraw_consent",),
         "Przeniesienie numeru zakończone - usunięcie danych",
         """Dzień dobry,

12 marca 2026 przeniosłem swój numer z Mobilo do innego operatora. Przeniesienie się udało, numer działa, a umowa z Mobilo, którą podpisywałem u Państwa przy ladzie w sklepie w Liège (Rue de la Cathédrale), jest rozwiązana i wszystkie rachunki są zapłacone.

W związku z tym proszę o usunięcie danych, które przechowujecie w związku z tą umową: skanu dowodu osobistego, podpisanej umowy, numeru konta do polecenia zapłaty i mojego numeru telefonu.

Przy okazji odwołuję zgodę na newsletter „Mobile Deals”, którą zaznaczyłem przy podpisywaniu umowy.

Proszę o potwierdzenie mailem, kiedy to zostanie zrobione.

Tomasz Kaczmarek
Rue Saint-Gilles 54, 4000 Liège""",
         "Tomasz Kaczmarek"),
        ("complaint", ("access",),
         "Re: Re: Zgłoszenie z 3 lutego - nadal brak odpowiedzi",
         """Szanowni Państwo,

piszę w tej sprawie już trzeci raz.

3 lutego 2026 poinformowałam Państwa, że ktoś w Waszym sklepie w Charleroi (centrum handlowe Ville 2) podpisał na moje nazwisko abonament komórkowy z telefonem na raty (iPhone, 36 rat po 41,99 EUR). Nigdy w tym sklepie nie byłam, mieszkam w Gandawie. Dowiedziałam się o wszystkim dopiero z wezwania do zapłaty od firmy windykacyjnej.

Dostałam jedną automatyczną odpowiedź z numerem zgłoszenia PRV-22817 i od tego czasu cisza. Minęły ponad dwa miesiące, a art. 12 ust. 3 RODO daje Państwu na odpowiedź miesiąc. Na infolinii odesłano mnie z powrotem na ten adres. Czuję się traktowana jak oszustka, a to ja jestem ofiarą.

Nadal oczekuję odpowiedzi na pytania, które zadałam w lutym:
1. jakim dokumentem posłużono się przy zawarciu umowy (czy kopią mojego dowodu, a jeśli tak, to skąd ją mieliście),
2. jakie moje dane zostały wtedy wpisane do systemu,
3. komu je przekazaliście (operator, firma sprawdzająca zdolność kredytową, windykacja).

Jeśli do 30 kwietnia nie otrzymam odpowiedzi, złożę skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit). Zgłoszenie na policji już złożyłam (PV nr GE.55.L1.014472/2026).

Z poważaniem
Magdalena Zielińska
Brabantdam 88, 9000 Gent""",
         "Magdalena Zielińska"),
        ("correction", (),
         "Umowa na prąd - zły adres i numer licznika",
         """Dzień dobry,

w sobotę 7 marca na stoisku Lumena Energie w Waszym sklepie w Brugii podpisałem umowę na prąd i gaz. Dziś przyszło potwierdzenie i są w nim dwa błędy:

- adres: jest „Langestraat 17”, a powinno być „Langestraat 171, bus 2”,
- kod EAN licznika prądu: jest 541448820071234567, a na liczniku jest 541448820071234576 (ostatnie dwie cyfry zamienione).

Sprzedawca wpisywał wszystko na tablecie w pośpiechu, bo była kolejka. Proszę poprawić te dane u siebie i przekazać poprawkę do Lumeny, bo inaczej faktury pójdą za cudzy licznik.

Pozdrawiam
Paweł Grabowski
tel. 0477 36 51 90""",
         "Paweł Grabowski"),
        ("portability", (),
         "billingi",
         """Hej,

potrzebuję wszystkich moich billingów (połączenia, SMS-y, transmisja danych) z numeru 0488 17 62 39 od stycznia 2025 do teraz, w pliku CSV albo Excel. Prowadzę jednoosobową działalność i chcę to wrzucić do programu księgowego, a od czerwca przechodzę do innego operatora i chcę mieć całą historię u siebie.

W aplikacji Mobilo da się tylko oglądać PDF-y miesiąc po miesiącu, a abonament kupowałem u Was w sklepie na Meir w Antwerpii, więc piszę tutaj.

Dzięki
Łukasz Mazur""",
         "Łukasz Mazur"),
        ("objection", (),
         "",
         """dzien dobry
wczoraj byl u mnie w domu pan "od waszego sklepu", z identyfikatorem z waszym logo, i chcial mi zmieniac dostawce pradu. znal moje nazwisko i wiedzial ze mam u was internet fibranet. nie zycze sobie zeby moje dane byly uzywane do takich akcji, ani przez was ani przez waszych partnerow. prosze to zablokowac.
Krzysztof Lewandowski, Schaerbeek""",
         "Krzysztof Lewandowski"),
        ("restriction", (),
         "Odmowa zakupu na raty - proszę nie kasować",
         """Dzień dobry,

27 marca chciałem kupić u Państwa w Leuven telefon na raty razem z abonamentem Zenvo. Po sprawdzeniu zdolności kredytowej sprzedawca powiedział, że wniosek odrzucono, bo „jestem w rejestrze dłużników”. To nieprawda – jedyny kredyt, jaki miałem w Belgii (na samochód), spłaciłem w całości w 2024 roku, mam zaświadczenie z banku.

Złożyłem już wniosek o sprostowanie w Centrali Kredytów dla Osób Prywatnych w Narodowym Banku Belgii. Do czasu wyjaśnienia sprawy proszę, żeby ten negatywny wynik nie był w Państwa systemie wykorzystywany do niczego – ani przy kolejnych wnioskach, ani do ofert – ale też żeby go nie usuwać, bo może mi być potrzebny jako dowód.

Z poważaniem
Adam Pietrzak
ur. 14.09.1988""",
         "Adam Pietrzak"),
        ("withdraw_consent", (),
         "Licznik inteligentny - zgoda",
         """Dzień dobry,

przy podpisywaniu umowy z Lumena Energie na stoisku w Waszym sklepie w Hasselt zgodziłam się (ptaszek na tablecie), żeby dane z mojego licznika inteligentnego, czyli odczyty co 15 minut, były udostępniane Waszemu sklepowi na potrzeby „spersonalizowanych porad energetycznych” i ofert na sprzęt AGD.

Wycofuję tę zgodę.

Żeby nie było nieporozumień: NIE rezygnuję z umowy na prąd i nie chcę, żeby Lumena przestała odczytywać licznik do rozliczeń. Chodzi wyłącznie o przekazywanie tych danych Wam.

Ewa Dąbrowska
klient Lumena nr LU-6620417""",
         "Ewa Dąbrowska"),
        ("other", (),
         "Nie działają dane",
         """Dzień dobry,

kupiłem wczoraj w Waszym sklepie kartę Mobilo prepaid z pakietem 20 GB (doładowanie 15 EUR). Dzwonić mogę, SMS-y też chodzą, ale dane mobilne w ogóle nie działają – telefon pokazuje „E” i nic się nie ładuje. Restartowałem dwa razy.

Czy trzeba coś ustawić (APN?), czy karta jest uszkodzona i mam ją wymienić w sklepie? Paragon mam.

Marek Wójcik""",
         "Marek Wójcik"),
        ("other", (),
         "Stan licznika",
         """Dzień dobry,

w umowie z Lumeną, którą podpisałam u Państwa w sklepie, było napisane, że pierwszy odczyt można przekazać przez sklep. Oto stan liczników na dzień 1.04.2026:

prąd: 018734 kWh (taryfa dzienna) / 009211 kWh (taryfa nocna)
gaz: 04412,386 m³

Numer klienta: LU-7731904. Proszę o przekazanie dalej.

Pozdrawiam
Joanna Kowalczyk""",
         "Joanna Kowalczyk"),
    ],
    "cs": [
        ("access", (),
         "Žádost o přístup k osobním údajům – prověrka bonity",
         """Vážení,

dne 14. února 2026 jsem ve Vaší prodejně v Lovani (Bondgenotenlaan) chtěl koupit telefon Samsung na splátky spolu s tarifem Vašeho partnera Zenvo Mobile. Po několika minutách mi prodavač sdělil, že „systém to zamítl“, ale důvod mi říci nedokázal.

Podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o:
1. kopii všech osobních údajů, které jste o mně v souvislosti s touto žádostí zpracovali,
2. informaci, komu byly tyto údaje předány (Zenvo Mobile, Centrální registr úvěrů Národní banky Belgie, jiná úvěrová agentura),
3. smysluplné informace o logice automatizovaného rozhodování, jeho významu a předpokládaných důsledcích (čl. 15 odst. 1 písm. h)),
4. dobu, po kterou údaje uchováváte.

Pro identifikaci: Jakub Dvořák, nar. 3. 6. 1985, Tiensestraat 140, 3000 Leuven.

Děkuji za vyřízení ve lhůtě podle čl. 12 odst. 3.

S pozdravem
Ing. Jakub Dvořák""",
         "Jakub Dvořák"),
        ("deletion", (),
         "Fotky z instalace internetu",
         """Dobrý den,

9. března u nás byl technik kvůli instalaci optického internetu FibraNet, který jsme si objednali u Vás na prodejně. Během instalace si mobilem fotil skoro celý byt – chodbu, obývák, místo, kde je router – a dokonce i můj občanský průkaz, který ležel na stole, „pro protokol“.

Instalace je hotová a internet funguje, s tím problém nemám. Prosím ale o vymazání všech těch fotek a té kopie občanky, ať už jsou u Vás, nebo je technik nahrál do systému FibraNetu. Pro protokol snad stačí fotka routeru.

Děkuji
Lucie Procházková
Rue Royale 212, 1000 Bruxelles""",
         "Lucie Procházková"),
        ("objection", ("access",),
         "Telefonáty",
         """Dobrý den,

už potřetí tento měsíc mi volala paní, že volá „jménem Vašeho obchodu“, a nabízela mi výhodnější smlouvu na elektřinu. Dvakrát volala v neděli dopoledne.

Tohle číslo mám uvedené jen u Vás, u věrnostní karty. Nepřeji si, abyste moje číslo používali k marketingu nebo ho dávali jakýmkoli partnerům. A rád bych věděl, komu jste ho předali.

Petr Svoboda
0471 20 33 58""",
         "Petr Svoboda"),
        ("complaint", ("deletion",),
         "Stížnost – nevyřízená žádost ze dne 12. 1. 2026",
         """Vážení,

dne 12. ledna 2026 jsem Vám na tuto adresu zaslala žádost týkající se SIM karty, kterou si na mé jméno a s kopií mého občanského průkazu pořídila ve Vaší prodejně v Namuru jiná osoba (moje bývalá spolubydlící). Žádala jsem o výmaz všech údajů, které jste v této souvislosti o mně uložili.

Do dnešního dne jsem nedostala žádnou odpověď, pouze automatické potvrzení o přijetí. Lhůta podle čl. 12 odst. 3 GDPR uplynula 12. února. Vaše zákaznická linka mě odkázala zpět na tento e-mail. Považuji to za hrubé porušení Vašich povinností jako správce.

Svou žádost o výmaz tímto opakuji. Pokud do 10 dnů neodpovíte, podám stížnost u belgického Úřadu pro ochranu osobních údajů (Autorité de protection des données) a na vědomí ji zašlu i českému Úřadu pro ochranu osobních údajů.

S pozdravem
Mgr. Tereza Horáková
Rue de Fer 9, 5000 Namur""",
         "Tereza Horáková"),
        ("withdraw_consent", (),
         "souhlas",
         """Dobrý den, odvolávám souhlas se sdílením dat z mého chytrého elektroměru s Vaším obchodem, který jsem dal na stánku Lumena Energie ve Vaší prodejně Gent-Zuid. Smlouva s Lumenou ať běží dál.
Díky, M. Novák""",
         "Miroslav Novák"),
        ("portability", (),
         "Export odečtů a spotřeby",
         """Dobrý den,

od září 2025 mám elektřinu od Lumena Energie, smlouvu jsem podepsal na stánku ve Vaší prodejně v Mechelenu. K 1. 6. 2026 přecházím k jinému dodavateli a zároveň si nechávám dělat fotovoltaiku na střechu. Montážní firma po mně chce historii spotřeby po čtvrthodinách.

Můžete mi prosím poslat všechna data o odečtech a spotřebě z mého chytrého měřáku, která máte (Lumena je s Vámi sdílí kvůli programu „Energy Coach“ ve Vaší aplikaci), ve strojově čitelném formátu – CSV nebo JSON? Pokud to jde, klidně je pošlete rovnou novému dodavateli, adresu doplním.

EAN: 541449200004417823
Ondřej Kučera
Hanswijkstraat 63, 2800 Mechelen""",
         "Ondřej Kučera"),
        ("restriction", (),
         "Roaming – sporná faktura",
         """Dobrý den,

na faktuře od Zenvo za březen mám 312 EUR za data v roamingu „mimo EU“ (prý Švýcarsko), přitom jsem celý březen byl v Bruselu, mám to doložené i z práce. Reklamaci u Zenvo jsem podal 2. dubna.

Váš prodavač v Ixelles mi řekl, že záznamy o spotřebě „vidíte i Vy“ a že když nezaplatím, předáte to k vymáhání. Žádám proto, abyste tyto záznamy, dokud se reklamace nevyřeší, nepoužívali k ničemu dalšímu – hlavně je nepředávali inkasní agentuře a nepoužili je při hodnocení mé bonity. Zároveň je prosím nemažte, budou potřeba jako důkaz.

Vojtěch Marek
číslo smlouvy ZV-BE-0093318""",
         "Vojtěch Marek"),
        ("other", (),
         "Faktura",
         """Dobrý den,

na první faktuře za tarif Zenvo Unlimited, který jsem si koupila u Vás na prodejně v Antverpách, mám dvakrát položku „poplatek za aktivaci 25 EUR“. Je to chyba? A komu to mám reklamovat, Vám, nebo přímo Zenvu?

Číslo faktury ZV-2026-0418823.

Díky
Kateřina Veselá""",
         "Kateřina Veselá"),
        ("other", (),
         "SIM nefunguje",
         """dobry den, koupil jsem vcera u vas predplacenou simku mobilo, zaregistroval jsem ji s obcankou primo na pokladne, ale telefon pise "SIM zablokovana, zadejte PUK". PUK na karticce neni. co s tim? mam prijit na prodejnu?
diky Radek Pokorný""",
         "Radek Pokorný"),
        ("other", (),
         "Spolupráce – ověřování totožnosti při registraci SIM v souladu s GDPR",
         """Dobrý den,

jmenuji se Martin Beneš a zastupuji brněnskou společnost IDsafe s.r.o. Všimli jsme si, že ve Vašich prodejnách registrujete předplacené SIM karty a smlouvy partnerských operátorů pomocí kopie průkazu totožnosti.

Naše řešení eKYC ověří doklad i obličej zákazníka během 20 sekund přímo na tabletu u pokladny, bez ukládání kopií dokladů, s daty uloženými výhradně v EU a plně v souladu s GDPR a belgickými pravidly pro identifikaci předplatitelů. Používá ho již 14 prodejců elektroniky v ČR, na Slovensku a v Rakousku.

Rádi bychom Vám nabídli třicetiminutovou online prezentaci. Mohl bych Vás poprosit o přeposlání tohoto e-mailu osobě odpovědné za prodej telekomunikačních služeb nebo za ochranu osobních údajů?

S pozdravem
Martin Beneš
Business Development, IDsafe s.r.o.
+420 604 118 392""",
         "Martin Beneš"),
    ],
    "hr": [
        ("correction", (),
         "Pogrešno ime na registraciji SIM kartice",
         """Poštovani,

18. veljače 2026. kupio sam u vašoj trgovini u Antwerpenu (Meir) prepaid SIM karticu Mobilo i registrirao je svojom osobnom iskaznicom. Na potvrdi i u aplikaciji operatera moje ime piše kao „Dordevic Zeljko“ umjesto „Đorđević Željko“, a datum rođenja 03.11.1989. umjesto 11.03.1989. (zamijenjeni dan i mjesec).

Zbog toga mi banka ne prihvaća taj broj za potvrdu plaćanja jer se podaci ne podudaraju s mojim računom. Molim vas da ispravite ime i datum rođenja u svom sustavu i da ispravak proslijedite Mobilu.

Srdačan pozdrav,
Željko Đorđević
+32 465 90 12 77""",
         "Željko Đorđević"),
        ("access", (),
         "Pitanje",
         """Dobar dan,

prošle godine sam kod vas u Liègeu kupila prepaid karticu za mamu i na blagajni su skenirali moju osobnu iskaznicu, jer mama nema belgijske dokumente. Mama se u međuvremenu vratila u Osijek i tu karticu više ne koristi.

Zanima me imate li vi još uvijek kopiju moje osobne i što još o meni čuvate u vezi s tom karticom? I na koga se ta kartica sada zapravo vodi?

Lijep pozdrav,
Ivana Horvat""",
         "Ivana Horvat"),
        ("deletion", (),
         "Raskid ugovora i brisanje podataka",
         """Poštovani,

vratio sam se u Split i raskinuo ugovor za kućni internet FibraNet koji sam sklopio u vašoj trgovini u Mechelenu. Ruter i TV prijemnik vratio sam u trgovinu 20. ožujka, imam potvrdu, a zadnji račun je plaćen.

Molim da izbrišete sve moje podatke: ugovor, kopiju osobne iskaznice, IBAN, bilješke instalatera i broj telefona. S vama više nemam nikakav ugovorni odnos.

Lijep pozdrav,
Marko Babić""",
         "Marko Babić"),
        ("portability", (),
         "Izvoz podataka o potrošnji",
         """Pozdrav,

koristim paket Zenvo Family (tri SIM kartice – moja i od dvoje djece) koji sam kupio kod vas u trgovini u Gentu. Htio bih sve podatke o potrošnji – pozivi, SMS-ovi i mobilni podaci po kartici i po danu – za 2025. i 2026. godinu u strojno čitljivom obliku (CSV ili JSON), da ih mogu prebaciti u aplikaciju za usporedbu tarifa. PDF računi mi tu ne pomažu.

Tražim to na temelju članka 20. GDPR-a.

Hvala,
Tomislav Jurić""",
         "Tomislav Jurić"),
        ("objection", (),
         "Prigovor na praćenje potrošnje",
         """Poštovani,

primijetila sam da mi svaki mjesec, čim potrošim više od 80 % podatkovnog paketa, stigne SMS i e-mail od vaše trgovine s ponudom za „veći paket“ ili novi mobitel na rate. Očito pratite moju potrošnju koju vam šalje operater.

Ulažem prigovor na korištenje mojih podataka o potrošnji za profiliranje i izravni marketing (čl. 21. GDPR-a). Ugovor s Zenvom želim zadržati, samo ne želim da se moja potrošnja koristi za ponude.

Ana Kovačević""",
         "Ana Kovačević"),
        ("restriction", ("correction",),
         "Očitanje brojila – sporni račun",
         """Dobar dan,

Lumena Energie mi je za veljaču naplatila 4.200 kWh na temelju „procijenjenog očitanja“ za koje kažu da je preuzeto iz vašeg sustava (ugovor sam potpisao na njihovom štandu u vašoj trgovini u Genku). Stvarno stanje brojila je za 2.130 kWh manje, imam fotografiju brojila od 28.2.2026. koju prilažem.

Dok se to ne razriješi, molim da to procijenjeno očitanje ne koristite i ne prosljeđujete dalje, ali ga nemojte brisati jer mi treba za prigovor kod Lumene. I molim da u sustav unesete stvarno stanje s fotografije: 031566 kWh.

Srdačno,
Ante Matić
Broj klijenta LU-4409127""",
         "Ante Matić"),
        ("withdraw_consent", ("deletion",),
         "",
         """bok, povlacim privolu za sms i mail reklame koju sam dao kad sam kod vas kupovao mobitel na rate. i obrisite moj broj s te liste za reklame. hvala
Dario""",
         "Dario Knežević"),
        ("complaint", ("access", "objection"),
         "Prodavač na vratima u ime vaše trgovine",
         """Poštovani,

mojem ocu (78 godina, živi sam u Hasseltu) 11. ožujka na vrata je pozvonio prodavač s akreditacijom i jaknom s logom vaše trgovine. Rekao je da „dolazi iz trgovine zbog provjere brojila“ i nagovorio ga da potpiše novi ugovor za struju i plin s Lumena Energie. Prodavač je znao očevo ime, adresu i da je kod vas prošle godine kupio perilicu.

Kad sam 14. ožujka s ocem došla na pult u vašoj trgovini u Hasseltu, djelatnica se nasmijala, rekla da to „nije njihov problem“, odbila nam dati bilo kakvu informaciju i poslala nas da pišemo na ovu adresu. Takav odnos prema starijem čovjeku smatram nedopustivim.

Tražim da nam pisano odgovorite je li taj prodavač vaš partner i odakle je imao očeve podatke, te da odmah prestanete koristiti očeve podatke za bilo kakvu prodaju, osobno ili preko partnera. Ako ne dobijem odgovor u zakonskom roku, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka (Gegevensbeschermingsautoriteit).

Mirjana Pavlović (kći Stjepana Pavlovića)
Kempische Steenweg 301, 3500 Hasselt""",
         "Mirjana Pavlović"),
        ("other", (),
         "Cijena optike",
         """Dobar dan,

koliko košta FibraNet paket od 1 Gbit/s ako ga uzmem kod vas u trgovini i je li instalacija besplatna? Na webu piše 49,99 EUR mjesečno, a prodavač u Bruxellesu mi je rekao 44,99 EUR uz TV paket. Koja je cijena točna?

Hvala,
Nikola Perić""",
         "Nikola Perić"),
        ("other", (),
         "Račun za ožujak",
         """Poštovani,

na računu za ožujak imam stavku „Prijenos podataka – 6,50 EUR“. U tarifi imam neograničene podatke pa ne razumijem što je to. Je li to roaming? Bio sam krajem ožujka četiri dana u Zagrebu, ali koliko znam roaming u EU se ne naplaćuje.

Broj: 0492 55 73 10, tarif Zenvo Unlimited kupljen kod vas u Bruxellesu.

Hvala unaprijed,
Goran Tomić""",
         "Goran Tomić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag enligt artikel 15 GDPR",
         """Hej,

Den 21 februari 2026 tecknade jag ett elavtal med Lumena Energie vid deras monter i er butik i Waterloo. Säljaren registrerade mina uppgifter i en surfplatta och sa att ”butiken och Lumena delar på kunddatan”.

Jag begär härmed, med stöd av artikel 15 i dataskyddsförordningen:
1. en kopia av samtliga personuppgifter ni behandlar om mig i samband med avtalet, inklusive mätarställningar och data från min smarta elmätare (kvartsvärden) om ni tar emot sådana,
2. för vilka ändamål och med vilken rättslig grund uppgifterna behandlas,
3. vilka mottagare som fått del av uppgifterna,
4. hur länge uppgifterna sparas,
5. varifrån uppgifterna kommer, om de inte har samlats in från mig.

Om ni enbart agerar personuppgiftsbiträde åt Lumena ber jag er ange det, så att jag kan vända mig dit.

Jag ser fram emot ert svar inom en månad, enligt artikel 12.3.

Med vänliga hälsningar
Karin Lindqvist
Avenue des Églantines 27, 1410 Waterloo""",
         "Karin Lindqvist"),
        ("correction", (),
         "Fel födelsedatum i kreditprövningen",
         """Hej!

Jag fick nej på en telefon på avbetalning i er butik i Zaventem förra veckan. Efter mycket letande visade det sig att säljaren hade skrivit in mitt födelsedatum som 1996-07-14 i stället för 1969-07-14, så kreditkontrollen letade efter fel person.

Kan ni rätta födelsedatumet i mitt kundkonto och i ansökan som ligger hos er, så att jag kan göra ett nytt försök? Mitt kundnummer är 7004 2281 5.

Mvh
Anders Berg""",
         "Anders Berg"),
        ("deletion", ("objection",),
         "Min sons kontantkort",
         """Hej,

I höstas köpte jag ett kontantkort från Mobilo till min son (14 år) i er butik i Etterbeek, och det registrerades med hans ID-kort. Sedan januari har han i stället ett abonnemang som står på mig, och kontantkortet är avslutat.

Jag vill att ni raderar kopian av hans ID-kort och allt annat ni har om honom i samband med kontantkortet. Han har dessutom fått flera sms från er om ”studenterbjudanden” – det vill jag inte att ni skickar till honom, han är ett barn.

Tack på förhand,
Maria Eklund (mamma till Viktor Eklund)""",
         "Maria Eklund"),
        ("withdraw_consent", (),
         "Återkallar samtycke",
         """Hej,

När jag köpte mitt Zenvo-abonnemang hos er i Uccle kryssade jag i att ni och Zenvo fick använda min platsdata och hur jag använder appar för att ge mig ”bättre erbjudanden”. Det samtycket återkallar jag härmed.

Abonnemanget vill jag behålla som det är.

/Elin Sjöberg""",
         "Elin Sjöberg"),
        ("complaint", ("access",),
         "Påminnelse 2 – fortfarande inget svar",
         """Hej igen.

Det här är min andra påminnelse. Den 2 februari bad jag er tala om vilka uppgifter om mig ni lämnat ut till det telemarketingföretag som ringde och påstod att de ”ringde från butiken” om ett nytt elavtal (ärendenummer 2026-0211-SE). Jag har inte fått något svar, bara ett automatiskt kvitto, och nu har det gått över två månader.

Jag tycker att det är respektlöst att en kund som ställer en enkel fråga bara ignoreras. Om jag inte har fått ett svar senast den 15 april kommer jag att anmäla er till den belgiska dataskyddsmyndigheten.

Johan Nyström
0478 61 04 92""",
         "Johan Nyström"),
        ("restriction", (),
         "Abonnemang i mitt namn – radera ingenting",
         """Hej,

Någon har tecknat ett abonnemang med en telefon på avbetalning i mitt namn i er butik i Mons den 9 mars, med en kopia av mitt pass. Passet förlorade jag i januari och det är spärrat och polisanmält. Nu har även bedrägeriet polisanmälts (PV MO.21.L3.006120/2026).

Operatören har sagt att de kommer att ”städa bort” kontot. Jag ber er att INTE radera något som rör avtalet – kopian av passet som användes, signaturen, vilken säljare som tog emot det, kameror om ni har – eftersom polisen behöver det. Men sluta samtidigt använda uppgifterna: skicka inga fakturor, lämna inget till inkasso och låt det inte påverka någon kreditbedömning av mig.

Mvh
Fredrik Åberg""",
         "Fredrik Åberg"),
        ("objection", (),
         "Telefonförsäljare",
         """Sluta ringa mig om elavtal. Er ”partner” säger varje gång att de ringer från er butik. Jag motsätter mig att mitt nummer används för marknadsföring, av er eller av någon ni lämnar det till.
0472 88 19 03
/Lars Holmberg""",
         "Lars Holmberg"),
        ("other", (),
         "Nummerflytt klar men inget fungerar",
         """Hej,

Jag flyttade mitt nummer till Mobilo via er butik i Ixelles och flytten skulle vara klar i går kl. 10. Det gamla kortet är dött, men det nya SIM-kortet visar bara ”Ingen tjänst”. Jag har startat om telefonen flera gånger och provat kortet i min frus telefon, samma sak.

Vad ska jag göra? Jag behöver numret för jobbet.

Mvh
Patrik Sandberg""",
         "Patrik Sandberg"),
        ("other", (),
         "Mätarställning",
         """Hej,

Här är mätarställningen som säljaren i Lumena-montern bad mig skicka in efter flytten:

El: 003127 kWh, avläst 31/03/2026
Mätare nr: 1SAG1100029931
Kundnummer: LU-5520118

Tack!
Sofia Holm""",
         "Sofia Holm"),
        ("other", (),
         "Spontanansökan – dataskyddsombud",
         """Hej!

Jag heter Emma Lundgren och är jurist med inriktning på dataskydd och telekomrätt. Jag flyttade till Bryssel i januari och har sex års erfarenhet från ett svenskt telekombolag, där jag bland annat ansvarade för GDPR-frågor kring identifiering av kontantkortskunder, nummerportering och registerutdrag.

Jag såg att ni säljer abonnemang och energiavtal åt flera partner och gissar att ni hanterar en hel del personuppgifter. Om ni söker ett dataskyddsombud eller en privacy officer skulle jag gärna berätta mer. Skulle ni kunna vidarebefordra mitt CV (bifogat) till HR?

Vänliga hälsningar
Emma Lundgren
+32 470 14 88 26""",
         "Emma Lundgren"),
    ],
    "ro": [
        ("portability", (),
         "Date contor inteligent – export",
         """Bună ziua,

am un contract de energie cu Lumena Energie, semnat la standul lor din magazinul dumneavoastră din Anderlecht, și un contor inteligent montat de Fluvius. În aplicația magazinului văd graficele de consum din programul „Energy Coach”, dar nu pot descărca nimic.

Vă rog să-mi trimiteți datele de consum pe care le aveți (citirile la 15 minute și indexurile lunare, din septembrie 2025 până acum) într-un format structurat, CSV sau JSON, conform art. 20 din GDPR. Am nevoie de ele pentru firma care îmi montează panouri solare și pentru noul furnizor de la 1 iulie.

Mulțumesc,
Andrei Popescu
EAN 541448860003390217""",
         "Andrei Popescu"),
        ("access", ("deletion",),
         "Cartelă SIM pe numele meu",
         """Bună ziua,

săptămâna trecută am primit pe e-mail un „Bine ați venit în rețeaua Mobilo” pentru un număr pe care nu l-am cerut niciodată. La Mobilo mi s-a spus că numărul a fost activat pe 6 martie 2026 în magazinul dumneavoastră din Schaerbeek, cu o copie după buletinul meu românesc. Eu am lăsat o copie a buletinului la dumneavoastră anul trecut, când mi-am luat un telefon în rate.

Vreau să știu ce date de-ale mele au fost folosite la activare, ce copie a actului de identitate, de unde provenea și cine a făcut înregistrarea. După ce primesc răspunsul, vă rog să ștergeți numărul și toate datele mele legate de el.

Cu stimă,
Gabriela Rusu
Rue Josaphat 77, 1030 Schaerbeek""",
         "Gabriela Rusu"),
        ("correction", (),
         "Număr de telefon greșit în contract",
         """Bună ziua,

în contractul pentru internetul FibraNet, încheiat la magazinul dumneavoastră din Liège pe 24 februarie, numărul meu de telefon este trecut greșit: 0486 32 17 45 în loc de 0486 32 71 45. Din cauza asta instalatorul a sunat pe altcineva, iar codurile de confirmare prin SMS ajung la o persoană străină.

Vă rog să corectați numărul în contract și în sistemul dumneavoastră și să anunțați și FibraNet.

Mulțumesc,
Maria Ionescu""",
         "Maria Ionescu"),
        ("deletion", (),
         "stergere date",
         """buna ziua. am renuntat la abonamentul zenvo pe care l-am facut la voi in magazin la gent, am platit tot, am si dovada. va rog sa stergeti toate datele mele, inclusiv copia dupa buletin si cardul de fidelitate, nu mai vreau cont la voi. multumesc
Ionut Stan""",
         "Ionuț Stan"),
        ("objection", (),
         "Opoziție",
         """Bună ziua,

ieri m-a sunat o doamnă care a spus că e „de la magazinul dumneavoastră” și mi-a oferit un abonament de internet mai ieftin. Știa că anul trecut am cumpărat de la voi o mașină de spălat și că am abonament Zenvo luat tot la voi. Mi s-a explicat că folosiți „interesul legitim” ca să combinați ce cumpăr eu cu datele de la operatori.

Mă opun acestei prelucrări, conform art. 21 din GDPR. Nu vreau să mai fiu sunată, nici de voi, nici de partenerii voștri, și nu vreau să-mi mai combinați cumpărăturile cu datele de la operator pentru oferte.

Elena Dumitru""",
         "Elena Dumitru"),
        ("withdraw_consent", (),
         "Newsletter Lumena",
         """Bună ziua,

NU vreau să reziliez contractul de energie! Sunt mulțumită de preț. Vreau doar să-mi retrag consimțământul pentru newsletterul „Energie & Casă” și pentru ofertele pe SMS, pe care l-am bifat la stand în magazinul din Charleroi când am semnat.

Mulțumesc,
Alina Constantin""",
         "Alina Constantin"),
        ("restriction", (),
         "Verificarea de credit – vă rog nu ștergeți",
         """Bună ziua,

pe 13 martie mi s-a refuzat în magazinul din Namur un telefon în rate, după verificarea de credit. Am contestat decizia la Serviciul de Mediere pentru Telecomunicații și aștept răspuns. Colegul de la ghișeu mi-a spus că datele de la verificarea de credit se șterg automat după 30 de zile.

Vă rog să nu le ștergeți până la decizia mediatorului, pentru că am nevoie de ele ca dovadă, dar nici să nu le mai folosiți între timp pentru alte cereri sau oferte.

Cu respect,
Cristina Moldovan
data nașterii: 22.01.1991""",
         "Cristina Moldovan"),
        ("complaint", ("deletion",),
         "Reclamație – buletinul meu fotografiat cu telefonul personal al angajatului",
         """Stimată doamnă, stimate domn,

pe 19 martie 2026, la ghișeul de abonamente din magazinul dumneavoastră din Liège (Médiacité), am cumpărat o cartelă preplătită Mobilo. Pentru înregistrare, angajatul mi-a fotografiat cartea de identitate cu telefonul lui personal, pentru că „scannerul nu merge”. Când am protestat, mi-a răspuns pe un ton nepoliticos că „așa se face la toată lumea”, iar responsabilul de raion a refuzat să intervină.

Consider că această practică încalcă art. 5 alin. (1) lit. f) și art. 32 din Regulamentul (UE) 2016/679. Vă cer să-mi confirmați în scris că fotografia a fost ștearsă de pe telefonul angajatului și din orice aplicație de mesagerie sau cloud în care a ajuns.

Vă informez că voi depune o plângere la Autoritatea belgiană pentru protecția datelor (APD) și voi informa și ANSPDCP.

Cu stimă,
Mihai Georgescu
Boulevard d'Avroy 140, 4000 Liège""",
         "Mihai Georgescu"),
        ("other", (),
         "Întrebare",
         """Bună, cât costă abonamentul Zenvo cu 100 GB și apeluri nelimitate în UE dacă îl iau împreună cu un telefon? Și pot să-l fac doar cu pașaportul românesc sau trebuie neapărat carte de rezidență belgiană? Mersi, Vlad""",
         "Vlad Munteanu"),
        ("other", (),
         "Re: Programare instalare FibraNet",
         """Bună ziua,

tehnicianul FibraNet trebuia să vină azi, 8 aprilie, între 8 și 12, conform confirmării primite de la magazin. Nu a venit nimeni și nu a sunat nimeni. Mi-am luat liber de la serviciu special pentru asta.

Vă rog să reprogramați vizita, de preferat sâmbătă, și să-mi spuneți pe cine pot suna dacă se repetă.

Mulțumesc,
Daniela Preda
Chaussée de Louvain 512, 1030 Schaerbeek""",
         "Daniela Preda"),
    ],
    "el": [
        ("access", (),
         "Ποιος βλέπει τις κλήσεις μου;",
         """Καλησπέρα σας,

πέρασα την Πέμπτη από το κατάστημά σας στις Βρυξέλλες (Rue Neuve) για ένα θέμα με τον λογαριασμό του συμβολαίου Zenvo που είχα βγάλει εκεί. Ο υπάλληλος στον πάγκο άνοιξε στην οθόνη του το αναλυτικό ιστορικό των κλήσεών μου και άρχισε να το κατεβάζει με τα νούμερα και τις ώρες, ενώ δίπλα περίμενε κόσμος. Δεν ήξερα ότι το κατάστημα έχει πρόσβαση σε τέτοια στοιχεία.

Θα ήθελα λοιπόν να μάθω ποια δεδομένα μου λαμβάνετε από τον πάροχο (κλήσεις, SMS, δεδομένα, τοποθεσία;), ποιοι στο κατάστημα μπορούν να τα βλέπουν, για πόσο τα κρατάτε, και να μου στείλετε αντίγραφο όλων των δεδομένων που έχετε για μένα.

Ευχαριστώ,
Γιώργος Παπαδάκης
0493 48 21 66""",
         "Γιώργος Παπαδάκης"),
        ("deletion", (),
         "Διαγραφή αντιγράφου ταυτότητας",
         """Καλημέρα,

πριν από δύο χρόνια αγόρασα από το κατάστημά σας στη Λιέγη μια προπληρωμένη κάρτα Mobilo και μου πήραν φωτοαντίγραφο της ελληνικής μου ταυτότητας. Από τον Ιανουάριο ζω ξανά στη Θεσσαλονίκη, ο αριθμός έχει απενεργοποιηθεί και δεν έχω πια καμία σχέση ούτε με εσάς ούτε με τη Mobilo.

Παρακαλώ να διαγράψετε το αντίγραφο της ταυτότητάς μου και όλα τα στοιχεία μου που σχετίζονται με την κάρτα.

Με εκτίμηση,
Δημήτρης Καραγιάννης""",
         "Δημήτρης Καραγιάννης"),
        ("correction", (),
         "Λάθος επώνυμο στο συμβόλαιο ρεύματος",
         """Γεια σας,

στις 2 Μαρτίου υπέγραψα συμβόλαιο ρεύματος με τη Lumena Energie στο περίπτερό τους μέσα στο κατάστημά σας στο Ixelles. Στο συμβόλαιο και στον πρώτο λογαριασμό το όνομά μου γράφεται «Kiriaki Papadopoulos» ενώ στο διαβατήριο είναι «Kyriaki Papadopoulou» (το επώνυμο σε θηλυκό). Η τράπεζα απορρίπτει την πάγια εντολή επειδή το όνομα δεν ταιριάζει με τον λογαριασμό μου.

Μπορείτε να διορθώσετε το όνομα στο σύστημά σας και να ενημερώσετε τη Lumena;

Ευχαριστώ πολύ,
Κυριακή Παπαδοπούλου
Αριθμός πελάτη LU-3318840""",
         "Κυριακή Παπαδοπούλου"),
        ("objection", (),
         "Το «προφίλ κατανάλωσης» στην εφαρμογή",
         """Καλησπέρα,

από τότε που έκλεισα συμβόλαιο ρεύματος στο περίπτερο της Lumena στο κατάστημά σας, η εφαρμογή σας μου βγάζει μηνύματα του τύπου «Η κατανάλωσή σας είναι 23% υψηλότερη από παρόμοια νοικοκυριά – δείτε τα νέα μας ψυγεία Α+++». Προφανώς χρησιμοποιείτε τα δεδομένα του έξυπνου μετρητή μου για να μου πουλάτε συσκευές.

Αντιτίθεμαι στη χρήση των δεδομένων κατανάλωσής μου για κατάρτιση προφίλ και απευθείας εμπορική προώθηση, σύμφωνα με το άρθρο 21 παρ. 2 του ΓΚΠΔ. Το συμβόλαιο ρεύματος δεν θέλω να το αλλάξω.

Ελένη Μαυρίδου""",
         "Ελένη Μαυρίδου"),
        ("withdraw_consent", (),
         "Συγκατάθεση",
         """Ανακαλώ τη συγκατάθεσή μου για τα διαφημιστικά SMS που δέχτηκα όταν έβγαλα τη σύνδεση στο κατάστημα. Ευχαριστώ, Νίκος Αλεξίου, 0468 12 90 35""",
         "Νίκος Αλεξίου"),
        ("complaint", ("access",),
         "Καταγγελία – πωλητής πόρτα-πόρτα στο όνομα του καταστήματός σας",
         """Αξιότιμοι κύριοι,

στις 5 Μαρτίου 2026 επισκέφθηκε τη μητέρα μου (81 ετών, κάτοικο Anderlecht) ένας πωλητής που δήλωσε ότι «έρχεται από το κατάστημα» και φορούσε κονκάρδα με το λογότυπό σας. Γνώριζε το ονοματεπώνυμό της, το τηλέφωνό της και τον αριθμό του μετρητή της, και την έπεισε να υπογράψει σε ταμπλέτα νέο συμβόλαιο ρεύματος και αερίου. Το PDF του συμβολαίου που έλαβε φέρει το λογότυπό σας και κωδικό πωλητή «BXL-STAND-07».

Όταν σας τηλεφώνησα στις 9 Μαρτίου, μου απαντήσατε ότι «δεν είναι δικός σας πωλητής» και κλείσατε τη συζήτηση. Ως σήμερα δεν έχω λάβει καμία γραπτή απάντηση. Θεωρώ τη στάση σας απαράδεκτη.

Ζητώ να μου γνωστοποιήσετε γραπτώς αν ο κωδικός αυτός ανήκει σε συνεργάτη σας και από πού προέρχονταν τα στοιχεία της μητέρας μου (άρθρο 15 ΓΚΠΔ). Σας ενημερώνω ότι, σύμφωνα με το άρθρο 77 ΓΚΠΔ, υποβάλλω ταυτόχρονα καταγγελία στη βελγική Αρχή Προστασίας Δεδομένων (Gegevensbeschermingsautoriteit).

Με εκτίμηση,
Σταύρος Οικονόμου
για λογαριασμό της Αγλαΐας Οικονόμου (εξουσιοδότηση συνημμένη)""",
         "Σταύρος Οικονόμου"),
        ("portability", (),
         "Δεδομένα χρήσης σε αρχείο",
         """Γεια σας,

έχω συμβόλαιο κινητής Mobilo που έκλεισα στο κατάστημά σας στην Αμβέρσα. Θα ήθελα να μου στείλετε όλα τα δεδομένα χρήσης μου (κλήσεις, SMS, mobile data ανά μήνα) από την αρχή του συμβολαίου, τον Μάιο του 2024, σε μηχαναγνώσιμη μορφή, CSV ή JSON, σύμφωνα με το άρθρο 20 ΓΚΠΔ. Θέλω να τα ανεβάσω σε μια σελίδα σύγκρισης τιμολογίων πριν αλλάξω πάροχο.

Ευχαριστώ,
Άννα Χατζηγεωργίου""",
         "Άννα Χατζηγεωργίου"),
        ("other", (),
         "Φορητότητα αριθμού",
         """Καλησπέρα,

θέλω να μεταφέρω τον αριθμό μου από την Telnova στη Mobilo και μου είπαν ότι μπορώ να το κάνω στο κατάστημά σας. Τι πρέπει να φέρω μαζί μου; Χρειάζομαι τον κωδικό Easy Switch ή τον αριθμό πελάτη της Telnova; Και για πόσες ώρες θα μείνω χωρίς σήμα κατά τη μεταφορά;

Ευχαριστώ,
Παναγιώτης Λαμπρόπουλος""",
         "Παναγιώτης Λαμπρόπουλος"),
        ("other", (),
         "Λογαριασμός Απριλίου",
         """Γεια σας,

στον λογαριασμό του FibraNet για τον Απρίλιο μου χρεώσατε 89 ευρώ αντί για 44,99 που είναι το πακέτο μου. Υπάρχει μια γραμμή «Τεχνική επίσκεψη – 45 EUR», αλλά ο τεχνικός ήρθε για την πρώτη εγκατάσταση, η οποία σύμφωνα με τον πωλητή στο κατάστημα ήταν δωρεάν. Μπορείτε να το ελέγξετε;

Αριθμός συμβολαίου FN-2026-118402.

Φωτεινή Σταματοπούλου""",
         "Φωτεινή Σταματοπούλου"),
        ("other", (),
         "karta sim",
         """Kalispera, agorasa xthes apo to katastima sas sto Gent mia karta SIM Mobilo me paketo 10GB kai den douleuei, to kinito grafei "Mi egkyri karta SIM". Tin evala kai se allo kinito, to idio. Prepei na tin allaksw sto katastima? Exw tin apodeiksi. Euxaristw, Kostas""",
         "Κώστας Ζαφειρίου"),
    ],
    "bg": [
        ("complaint", ("deletion",),
         "Второ напомняне – искане за изтриване от 20.02.2026",
         """Здравейте,

на 20 февруари 2026 г. ви писах с искане да изтриете личните ми данни, свързани с предплатената SIM карта Mobilo, която закупих от магазина ви в Брюксел през 2024 г. (включително копието на личната ми карта). Получих само автоматично потвърждение. На 23 март изпратих първо напомняне – отново нищо.

Срокът от един месец по чл. 12, пар. 3 от ОРЗД отдавна е изтекъл. Не мога да разбера как голяма верига не може да отговори на едно просто писмо.

Повтарям искането си за изтриване. Ако до 20 април не получа отговор, ще подам жалба до белгийския Орган за защита на данните и ще уведомя Комисията за защита на личните данни в България.

Мария Георгиева
Avenue de la Couronne 205, 1050 Ixelles""",
         "Мария Георгиева"),
        ("access", (),
         "Въпрос относно техника",
         """Здравейте,

на 2 април при нас дойде техник на FibraNet да инсталира интернета, който поръчахме от вашия магазин в Антверпен. Докато работеше, попълваше формуляр на таблет: записа номера на личната ми карта, снима ме с документа, пита колко души живеят в апартамента и дали сме собственици или под наем.

Бих искала да знам какви точно данни за мен е записал техникът, къде отиват (при вас, при FibraNet или при фирмата на техника) и защо им е нужна снимка на лицето ми.

Благодаря,
Десислава Николова""",
         "Десислава Николова"),
        ("correction", (),
         "Грешен имейл в договора за ток",
         """Здравейте,

на 28 февруари подписах договор за ток с Lumena Energie на щанда им във вашия магазин в Льовен. Продавачът е сбъркал имейла ми – записал е ivan.petrov@mail.bg вместо ivan.petrov88@mail.bg. Така фактурите ми отиват при някой непознат човек, а аз не получавам нищо.

Моля, поправете имейла в системата си и предайте корекцията на Lumena.

Иван Петров
Клиентски номер LU-2207731""",
         "Иван Петров"),
        ("deletion", (),
         "Изтриване на данни",
         """Добър ден,

през 2023 г. купих от вас SIM карта за баща ми и тя беше регистрирана на мое име. Миналия месец баща ми я прехвърли на свое име в Mobilo, вече има собствен белгийски документ.

Моля, изтрийте моите данни, свързани с тази карта – копието на личната ми карта, адреса ми и телефона ми. Номерът на картата е +32 467 30 81 52.

Поздрави,
Стоян Димитров""",
         "Стоян Димитров"),
        ("portability", (),
         "Експорт на данни",
         """Здравейте,

моля, изпратете ми историята на потреблението по моя абонамент Zenvo (разговори, SMS и мобилни данни по месеци от 2025 г. досега) във файл CSV или Excel, съгласно чл. 20 от ОРЗД. Абонаментът е сключен във вашия магазин в Шарлероа. Искам да я кача в приложение за сравнение на тарифи, преди да сменя оператора.

Благодаря,
Елена Тодорова
0484 77 20 19""",
         "Елена Тодорова"),
        ("restriction", (),
         "Искане за ограничаване на обработването (чл. 18 ОРЗД)",
         """Уважаеми госпожи и господа,

на 16 март 2026 г. възразих писмено срещу използването на моите данни (история на покупките и плащанията при вас) за вътрешно „кредитно оценяване“ при продажба на телефони на изплащане. Към днешна дата не съм получил отговор по възражението.

На основание чл. 18, пар. 1, буква г) от Регламент (ЕС) 2016/679 искам да ограничите обработването на тези данни до произнасянето ви по възражението ми: да не ги използвате за оценяване, профилиране или каквито и да е решения, а само да ги съхранявате.

Моля да потвърдите писмено.

С уважение,
Радослав Илиев
Rue de Brabant 61, 1210 Saint-Josse-ten-Noode""",
         "Радослав Илиев"),
        ("objection", (),
         "obazhdaniya",
         """Zdraveite, postoyanno mi zvanyat ot nyakakva firma za tok i gaz i kazvat che sa ot vashiya magazin. Ne iskam da izpolzvate nomera mi za reklama i da go davate na partnyori. Molya sprete tova.
Georgi Vasilev""",
         "Георги Василев"),
        ("withdraw_consent", (),
         "Оттегляне на съгласие",
         """Здравейте,

при сключването на договора за ток на щанда на Lumena в магазина ви в Брюж дадох съгласие данните от умния ми електромер да се споделят с вас за „персонални енергийни съвети“. Оттеглям това съгласие. Договорът с Lumena остава, не искам да го прекратявам.

Поздрави,
Петя Стоянова""",
         "Петя Стоянова"),
        ("other", (),
         "Цена на плана",
         """Здравейте,

колко струва планът Zenvo 5G Max, ако го взема заедно с телефон на изплащане за 24 месеца? И какво се проверява при кредитната проверка – трябва ли да нося фиш за заплата или стига личната карта? Аз съм в Белгия от осем месеца.

Благодаря,
Николай Костов""",
         "Николай Костов"),
        ("other", (),
         "Показания на електромера",
         """Здравейте, продавачката на щанда на Lumena ми каза да изпратя показанията тук, за да ги препратите. Електромер 1SAG1100051278, дневна тарифа 024518 kWh, нощна 011903 kWh, към 31.03.2026. Клиентски номер LU-6641205. Благодаря, Т. Атанасова""",
         "Теодора Атанасова"),
    ],
}

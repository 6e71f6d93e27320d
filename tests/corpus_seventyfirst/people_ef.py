"""Person mail for the seventyfirst set (pl cs hr sv ro el bg): tickets, travel and insurance sold at the shop's counters and on its site for partners. Written apart from the rules (see make_seventyfirst.py)."""

PEOPLE_EF = {
    "pl": [
        ("access", (),
         "Rezerwacja Porto – pytanie o dane",
         """Dzień dobry,

w lutym zarezerwowałam w Waszym sklepie w Liège (stanowisko podróży przy wejściu) weekend w Porto dla siebie i męża, przez Waszego partnera Horizon Voyages. Pan przy ladzie wpisał do systemu nasze numery paszportów, daty urodzenia i mój numer telefonu. Wyjazd 17–20 kwietnia 2026.

Wczoraj dostałam SMS od portugalskiej sieci hoteli z ofertą karty lojalnościowej, zwracający się do mnie po imieniu i nazwisku. Nigdy nie miałam z nimi do czynienia, a hotel w naszej rezerwacji jest zupełnie inny.

Dlatego chciałabym wiedzieć:
– jakie dane moje i męża przechowujecie w związku z tą rezerwacją,
– komu je przekazaliście (Horizon Voyages, linia lotnicza, hotel, ktoś jeszcze?) i kiedy,
– jak długo zamierzacie trzymać nasze numery paszportów.

Mąż (Piotr Kowalczyk) jest w kopii i zgadza się na to zapytanie.

Z poważaniem
Agnieszka Kowalczyk
Rue Saint-Gilles 48, 4000 Liège""",
         "Agnieszka Kowalczyk"),
        ("objection", (),
         "",
         """prosze przestancie dawac moj numer firmie od wycieczek. od kiedy w grudniu kupilem u was bilety na mecz Standardu dzwonia prawie co tydzien z "ofertami last minute". nie zycze sobie. 0472 18 44 90

K. Wojcik""",
         "Krzysztof Wójcik"),
        ("correction", (),
         "Bilety imienne – błąd w nazwisku",
         """Dzień dobry,

12 marca kupiłem w Waszym sklepie przy Meir w Antwerpii dwa bilety imienne na koncert w Sportpaleis (13 czerwca 2026, zamówienie TN-558120). Organizator pisze wyraźnie, że przy wejściu sprawdzają dowód i nazwisko musi się zgadzać z biletem.

Mój bilet jest w porządku, ale na bilecie żony jest „Katarzyna Wisniewska-Nowak”, a ona w dowodzie ma „Katarzyna Nowak-Wiśniewska” (nazwiska w odwrotnej kolejności). Sprzedawca przepisywał to z kartki i chyba się pomylił.

Czy możecie poprawić nazwisko u siebie w systemie i przekazać poprawkę do TicketNova, żeby wystawili nowy bilet? Nie chcemy stać pod halą i tłumaczyć się ochronie.

Pozdrawiam
Grzegorz Wiśniewski
0489 31 72 05""",
         "Grzegorz Wiśniewski"),
        ("other", (),
         "Zwrot za odwołany koncert",
         """Dzień dobry,
koncert w Forest National 28 marca został odwołany. Bilety (2 x 64 €) kupiłam gotówką w Waszym sklepie w Charleroi. Organizator pisze, że zwrot idzie „przez punkt sprzedaży”. Jak mam odzyskać pieniądze? Nie mam konta na Waszej stronie.
Czy mam podać numer konta bankowego mailem – czy to bezpieczne ze względu na RODO, czy lepiej przyjść z tym do sklepu?
Paragon mam, nr 0412-22873.
Barbara Jankowska""",
         "Barbara Jankowska"),
        ("deletion", ("withdraw_consent",),
         "kopia prawa jazdy",
         """Dzien dobry,
w marcu wynajmowalem przez wasz sklep w Anderlechcie busa VanGo na przeprowadzke (umowa VG-26-03311). Pani przy kasie zrobila kopie mojego prawa jazdy i dowodu osobistego. Bus oddany 23.03, kaucja wrocila, wszystko w porzadku.
Prosze usunac te kopie i wszystkie inne moje dane z tego wynajmu, nie widze powodu zeby je dalej trzymac. I jeszcze jedno: przy podpisywaniu zaznaczylem zgode na newsletter VanGo, tej zgody juz nie chce.
Pozdrawiam
Marek Zielinski""",
         "Marek Zieliński"),
        ("portability", (),
         "Moje rezerwacje w pliku",
         """Dzień dobry,

przez ostatnie trzy lata kupowałam u Was sporo: wycieczki, bilety na koncerty, dwa razy ubezpieczenie podróżne. Wszystko na konto klienta nr 7730-118-402.

Teraz przenoszę się na aplikację do planowania podróży (Wanderbook), która umie importować historię rezerwacji. Czy możecie mi wysłać wszystkie moje rezerwacje i polisy w pliku CSV albo JSON – daty, kierunki, numery rezerwacji, kwoty? Zrzuty ekranu z konta ani PDF-y niestety się do tego nie nadają.

Dziękuję i pozdrawiam
Joanna Lewandowska""",
         "Joanna Lewandowska"),
        ("restriction", (),
         "Szkoda – kradzież telefonu, proszę wstrzymać",
         """Szanowni Państwo,

w styczniu kupiłem u Was telefon z ubezpieczeniem od kradzieży firmy Protegis. 2 marca 2026 telefon został mi skradziony w tramwaju 81 w Brukseli, zgłosiłem to na policji (protokół nr BR.21.L5.014327/2026) i złożyłem wniosek o odszkodowanie przez Wasze stanowisko w sklepie w Ixelles.

Protegis odmówił i pisze, że w zgłoszeniu jest „zgubienie”, a nie „kradzież”, i że w mojej sprawie jest adnotacja o „podejrzeniu nadużycia”. Formularz wypełniał Wasz pracownik, nie ja, a protokół policji mówi jasno o kradzieży.

Kwestionuję prawidłowość tych danych. Dopóki sprawa nie zostanie wyjaśniona, proszę nie wykorzystywać tej adnotacji ani opisu zdarzenia do żadnych celów i nie przekazywać ich dalej. Proszę też niczego nie usuwać – mogę tego potrzebować jako dowodu.

Proszę o potwierdzenie.

Z poważaniem
Paweł Szymański""",
         "Paweł Szymański"),
        ("complaint", ("access",),
         "Ponaglenie – brak odpowiedzi na wniosek z art. 15 RODO",
         """Szanowni Państwo,

2 lutego 2026 r. wysłałam na adres privacy@shop.example.be wniosek o dostęp do moich danych osobowych na podstawie art. 15 RODO. Chodziło o rezerwację wycieczki do Gdańska (nr HV-441907), której dokonała w Waszym sklepie w Gandawie moja była współlokatorka, podając moje imię, nazwisko, numer paszportu i adres – bez mojej wiedzy i zgody.

Do dziś, czyli po ponad dwóch miesiącach, nie otrzymałam żadnej odpowiedzi, nawet potwierdzenia odbioru. Zgodnie z art. 12 ust. 3 RODO mieli Państwo na to miesiąc. Zadzwoniłam też do sklepu i usłyszałam, że „to nie ich sprawa”.

Ponownie wnoszę o:
1. potwierdzenie, czy przetwarzają Państwo moje dane, oraz kopię tych danych,
2. informację, skąd je Państwo mają i komu zostały przekazane (w szczególności organizatorowi wycieczki).

Jeżeli nie otrzymam odpowiedzi w ciągu 14 dni, złożę skargę do belgijskiego organu ochrony danych (Gegevensbeschermingsautoriteit / Autorité de protection des données) i powiadomię również Prezesa UODO.

Z poważaniem
Magdalena Kamińska
Rue Van Artevelde 15/3, 1000 Bruxelles""",
         "Magdalena Kamińska"),
        ("withdraw_consent", (),
         "Ubezpieczenie podróżne – zgoda marketingowa",
         """Dzień dobry,

przy zakupie rocznego ubezpieczenia podróżnego (polisa AP-2026-884120) zaznaczyłam w Waszym sklepie w Mechelen zgodę na to, żeby ubezpieczyciel Assura Partners wysyłał mi „spersonalizowane oferty”. Cofam tę zgodę.

Żeby było jasne: NIE rezygnuję z ubezpieczenia i nie chcę go wypowiadać, polisa ma zostać. Chodzi tylko o maile i SMS-y z ofertami.

Ewa Dąbrowska""",
         "Ewa Dąbrowska"),
        ("other", (),
         "Re: Twoja rezerwacja VAN-2026-1187",
         """Dzień dobry,

oddałem busa 9 kwietnia w Waszym sklepie w Namur, bez żadnych uszkodzeń i z pełnym bakiem – pracownik to sprawdził i podpisał protokół zwrotu. Mimo to kaucja 400 € nadal jest zablokowana na mojej karcie, minęły już prawie trzy tygodnie.

Kiedy blokada zostanie zdjęta? Bank mówi, że to po Waszej stronie.

Tomasz Mazur""",
         "Tomasz Mazur"),
    ],
    "cs": [
        ("correction", (),
         "Chybné číslo pasu v rezervaci",
         """Dobrý den,

v únoru jsem si u vás v obchodě v Leuvenu zarezervovala prodloužený víkend v Lisabonu (rezervace HV-30277, odlet 30. 4. 2026). Teď se snažím udělat online check-in a letecká společnost mi ho odmítá, protože číslo pasu neodpovídá.

V rezervaci je 45821736, správně je 45821376 – asi se při přepisování přehodily dvě číslice. A moje příjmení je tam bez háčku a čárky, „Svobodova“. To by asi tolik nevadilo, ale když už to budete opravovat, tak prosím správně „Svobodová“.

Můžete to prosím opravit u sebe i u cestovky? Děkuju moc.

Petra Svobodová""",
         "Petra Svobodová"),
        ("access", (),
         "Zápas Anderlecht – proč mě nepustili?",
         """Dobrý den,

koupil jsem u vás na pobočce v Bruselu (Rue Neuve) dvě vstupenky na jméno na zápas Anderlecht – Club Brugge 15. 3. 2026. Při vstupu na stadion mě pořadatel zastavil, naskenoval můj občanský průkaz a řekl, že „systém hlásí problém s vaším profilem“. Nakonec mě pustili, ale až po půl hodině a bez jakéhokoli vysvětlení. Syn mezitím čekal venku sám.

Na žádném zápase jsem nikdy neměl problém. Proto bych rád věděl, jaké údaje o mně máte vy a jaké jste předali klubu nebo prodejci vstupenek – jméno, číslo dokladu, fotku? A je u mě ve vašem systému nějaká poznámka nebo označení? Pokud ano, od koho pochází?

Děkuji,
Jan Novák
Avenue Brugmann 201, 1180 Uccle""",
         "Jan Novák"),
        ("deletion", (),
         "Account",
         """Dobry den,
pujcoval jsem si pres vas obchod v Mechelenu dodavku na stehovani (12.-13. brezna). Kolega u pultu si ofotil muj ridicak i obcanku. Dodavka je vracena, vsechno zaplaceno.
Smazte prosim ty fotky dokladu a moje udaje z te vypujcky, uz je k nicemu nepotrebujete.
Diky
Tomas Dvorak""",
         "Tomáš Dvořák"),
        ("other", (),
         "Stav pojistné události",
         """Dobrý den,
28. února jsem přes vaši pobočku v Bruselu nahlásila ztrátu zavazadla na letu z Prahy (cestovní pojištění Assura, událost č. AP-CL-77104). Dodala jsem všechny údaje, kopii pasu, palubní vstupenku i protokol z letiště. Od té doby nic.
V jakém stavu je vyřízení a kdy můžu čekat peníze?
Zdeňka Pokorná""",
         "Zdeňka Pokorná"),
        ("portability", (),
         "Žádost podle čl. 20 GDPR – prodloužená záruka",
         """Vážení,

za poslední čtyři roky jsem u vás ke spotřebičům uzavřela několik pojištění prodloužené záruky (pračka, notebook, televize, kávovar) u vaší partnerské pojišťovny Protegis.

S odkazem na čl. 20 obecného nařízení o ochraně osobních údajů vás žádám o předání údajů, které jsem vám k těmto smlouvám poskytla, ve strukturovaném, běžně používaném a strojově čitelném formátu (CSV nebo XLSX): typ přístroje, výrobní číslo, datum nákupu, cena, číslo pojistky, doba platnosti. Pokud je to technicky proveditelné, pošlete je prosím rovnou pojišťovně Assura Partners, ke které smlouvy převádím.

S pozdravem
Lucie Černá
Rue de l'Église 9, 5000 Namur""",
         "Lucie Černá"),
        ("objection", ("withdraw_consent",),
         "Reklama po rezervaci dovolené",
         """Dobrý den,

v lednu jsem si u vás koupil zájezd na Krétu. Od té doby mi chodí e-maily od cestovky Sunny Days s reklamou na „další řecké ostrovy“ a na Facebooku vidím jejich reklamy s fotkou přesně toho hotelu, kde jsme byli. Zjevně si z mé rezervace udělali profil.

Nesouhlasím s tím, aby moje údaje z rezervace byly používány k profilování a k reklamě, ani u vás, ani u vašich partnerů. Pokud jsem někde zaškrtl souhlas se zasíláním nabídek, tímto ho odvolávám.

Martin Procházka""",
         "Martin Procházka"),
        ("complaint", ("deletion",),
         "Stížnost – lékařská zpráva na pobočce v Gentu",
         """Dobrý den,

chci si stěžovat na to, jak se mnou jednali na vaší pobočce v Gentu 20. března. Přišla jsem uplatnit pojištění storna zájezdu, protože jsem týden před odletem skončila v nemocnici. Paní u pultu si vzala moji lékařskou zprávu, nahlas před frontou lidí přečetla diagnózu a zeptala se, „jestli to není nic nakažlivého“. Pak zprávu okopírovala a kopii dala do šuplíku, ne do systému.

O deset dní později mi domů přišel leták s nabídkou „pojištění pro chronicky nemocné“. To opravdu nemůže být náhoda.

Považuji to za hrubé porušení ochrany mých údajů o zdraví. Žádám, abyste všechny kopie mé lékařské zprávy, které nejsou nutné pro vyřízení pojistné události, smazali a písemně mi to potvrdili. Pokud nedostanu uspokojivou odpověď, obrátím se na belgický úřad pro ochranu osobních údajů.

Hana Marková""",
         "Hana Marková"),
        ("withdraw_consent", (),
         "souhlas",
         """Odvolávám souhlas se zasíláním nabídek cestovního pojištění e-mailem i SMS. Účet ani pojistku rušit nechci.
K. Veselá""",
         "Kateřina Veselá"),
        ("restriction", (),
         "Rezervace na moje jméno",
         """Dobrý den,

obracím se na vás kvůli rezervaci zájezdu do Turecka (č. HV-51188), kterou u vás v obchodě v Antverpách udělal můj bývalý partner na moje jméno a s mým číslem pasu, bez mého vědomí. Zaplatil zálohu, zbytek se má strhnout z karty, kterou tam uvedl – nevím ani čí.

Celou věc řeší policie (oznámení ze 6. 4. 2026) a s cestovní kanceláří se teď přeme o to, kdo je vlastně objednatel. Do té doby vás prosím, abyste mé údaje v souvislosti s touto rezervací nepoužívali a nepředávali dál (ani cestovce, ani případně vymáhací agentuře). Nemažte je ale, policie je možná bude potřebovat.

Děkuji za potvrzení.
Jitka Horáková""",
         "Jitka Horáková"),
        ("other", (),
         "Výměna míst – koncert 6. 6.",
         """Dobrý den,

mám od vás čtyři vstupenky na koncert v Lotto Areně 6. června (objednávka TN-661052), řada 21, místa 14–17. Pojede s námi babička, která špatně chodí, a zjistili jsme, že do řady 21 se jde po dlouhých schodech.

Dalo by se to vyměnit za místa níž, ideálně u uličky? Rozdíl klidně doplatím.

Děkuji
Ondřej Kučera""",
         "Ondřej Kučera"),
    ],
    "hr": [
        ("access", (),
         "Putno osiguranje – što ste poslali osiguravatelju?",
         """Poštovani,

u siječnju sam u vašoj trgovini u Mechelenu kupila putno zdravstveno osiguranje (Assura Partners) za put kući u Split. Na tabletu sam ispunila kratki upitnik, koliko se sjećam samo jesam li trenutno bolesna i uzimam li lijekove.

U ožujku sam u Splitu završila na hitnoj zbog upale slijepog crijeva. Osiguravatelj sada odbija dio troškova uz obrazloženje da sam „prilikom ugovaranja navela kroničnu bolest štitnjače“. Toga se uopće ne sjećam.

Zanima me koje ste točno podatke o meni, posebno o zdravlju, zabilježili prilikom prodaje tog osiguranja i što ste od toga proslijedili Assuri? Možete li mi poslati kopiju ispunjenog upitnika?

Lijep pozdrav,
Ivana Horvat
Leopoldstraat 34, 2800 Mechelen""",
         "Ivana Horvat"),
        ("other", (),
         "polog",
         """bok, vratio sam kombi 3.4. u Liegeu, bez ogrebotine, ali jos nisam dobio nazad polog od 300 eura. kad ce sjest na racun? ugovor RV-77310
Dario Pavlovic""",
         "Dario Pavlović"),
        ("correction", (),
         "Promjena adrese",
         """Dobar dan,

uz mobitel koji sam kupio kod vas prošle godine imam osiguranje od loma i krađe (polica PR-2025-330981). Sva pošta od osiguravatelja još ide na moju staru adresu u Schaerbeeku, pa mi je opomena za premiju stigla tek preko susjeda.

Molim vas da ispravite adresu u vašem sustavu i javite osiguravatelju:
stara: Rue Royale Sainte-Marie 102, 1030 Schaerbeek
nova: Rue des Champs 17, 1040 Etterbeek

I e-mail je krivo upisan, treba biti marko.kovacevic@gmail.com, a ne markokovacevic@gmail.com.

Hvala,
Marko Kovačević""",
         "Marko Kovačević"),
        ("deletion", ("withdraw_consent",),
         "Otkazana rezervacija",
         """Poštovani,

krajem veljače rezervirala sam preko vaše web stranice gradsko putovanje u Beč za sebe i kćer (rezervacija HV-40552), a 10. ožujka sam ga otkazala i dobila povrat novca. Putovanje se dakle nikad nije dogodilo.

Prilikom rezervacije morala sam učitati skenove naših putovnica. Molim vas da obrišete skenove, naše datume rođenja i sve ostale podatke vezane uz tu rezervaciju. Ujedno povlačim privolu za primanje newslettera o putovanjima koju sam tada označila.

Ana Babić""",
         "Ana Babić"),
        ("portability", (),
         "Zahtjev za prenosivost podataka (čl. 20. Opće uredbe o zaštiti podataka)",
         """Poštovani,

pozivajući se na članak 20. Opće uredbe o zaštiti podataka (EU) 2016/679, tražim da mi dostavite osobne podatke koje sam vam pružio u vezi s najmovima vozila preko vaših prodajnih mjesta (partner RentVan Benelux) u razdoblju od siječnja 2024. do danas: datume najma, vrstu vozila, prijeđene kilometre, prijavljene štete i podatke o vozačkoj dozvoli.

Podatke mi molim dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV ili JSON) na ovu adresu e-pošte. Trebaju mi za novog osiguravatelja, kako bih dokazao da nisam imao šteta.

Broj klijenta: 20-5531-870.

S poštovanjem,
Tomislav Marić
Chaussée de Louvain 450, 1030 Schaerbeek""",
         "Tomislav Marić"),
        ("restriction", (),
         "Re: vaša odluka o šteti",
         """Dobar dan,

osiguravatelj mi je odbio isplatu za ukradeni laptop (produžena garancija s osiguranjem od krađe, kupljeno u vašoj trgovini u Gentu). U pismu piše da je „zahtjev označen zbog nepodudaranja podataka“ jer se datum u policijskom zapisniku ne slaže s datumom u prijavi koju je unio vaš djelatnik.

Datum u zapisniku (14. 2. 2026.) je točan, vaš djelatnik je upisao 12. 2. Dok se ne utvrdi koji je podatak točan, molim vas da tu oznaku i moju prijavu ne koristite ni za što i ne šaljete nikome dalje, osobito ne u neku bazu „sumnjivih“ klijenata. Nemojte ništa brisati dok se to ne riješi.

Petra Jurić""",
         "Petra Jurić"),
        ("objection", (),
         "pozivi",
         """postovani, od kad sam kod vas kupio karte za koncert u Antwerpenu zove me neka agencija za putovanja i kaze da ima moj broj "od partnera". ne zelim vise te pozive ni poruke, ne dajte moj broj nikome za reklame. 0468 20 73 15

poslano s mobitela
Luka Novak""",
         "Luka Novak"),
        ("other", (),
         "Suradnja – GDPR-usklađen sustav za rezervacije",
         """Poštovani,

predstavljamo vam DalmaBook, sustav za online rezervacije putovanja i ulaznica koji koristi više od 120 agencija u Hrvatskoj i Sloveniji. Sustav je u potpunosti usklađen s GDPR-om: putovnice i osobni podaci kupaca su šifrirani, automatski se brišu nakon putovanja, a kupci mogu jednim klikom preuzeti ili obrisati svoje podatke.

Budući da na svojim prodajnim mjestima prodajete putovanja partnera, vjerujemo da bi vam DalmaBook mogao uštedjeti puno vremena na šalteru. Rado bismo vam ga predstavili u kratkom video pozivu od 20 minuta. Kada bi vam odgovaralo?

Srdačan pozdrav,
Snježana Matić
Voditeljica prodaje, DalmaBook d.o.o., Zagreb""",
         "Snježana Matić"),
        ("complaint", ("deletion",),
         "Treći put – nitko ne odgovara",
         """Poštovani,

ovo je moj treći e-mail. 5. siječnja i 9. veljače tražila sam da obrišete kopiju moje vozačke dozvole i osobne iskaznice koju ste uzeli pri najmu automobila u prosincu 2025. Nisam dobila nikakav odgovor, samo automatsku poruku „Vaš zahtjev je zaprimljen“.

Kad sam pitala u trgovini u Bruxellesu, rekli su mi da „kopije čuvaju zauvijek, zbog osiguranja“ i da vam pišem mailom. Što i radim, već tri mjeseca.

Ovako se ne postupa s ljudima. Ako u roku od 15 dana ne dobijem potvrdu da su kopije obrisane, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka (APD/GBA), a o svemu ću obavijestiti i hrvatski AZOP.

Maja Knežević""",
         "Maja Knežević"),
        ("withdraw_consent", (),
         "Karte za utakmicu",
         """Dobar dan,
kod kupnje ulaznica za utakmicu u Bruggeu na vašoj stranici označio sam kućicu da TicketNova smije dijeliti moje podatke sa „sponzorima i partnerima“. Povlačim tu privolu s današnjim danom. Ulaznice su iskorištene, a korisnički račun na vašoj stranici neka ostane.
Pozdrav,
Josip Vuković""",
         "Josip Vuković"),
    ],
    "sv": [
        ("access", (),
         "Bokning åt mamma",
         """Hej,

i februari bokade jag en resa till Kraków åt min mamma via er webbplats (bokningsnummer HV-22918). Jag var inloggad på mitt eget konto, men resenären är hon och bokningen står i hennes namn, med hennes passnummer. Jag betalade med mitt kort.

Nu har det börjat komma mejl från researrangören till mig som börjar med ”Hej Gunilla”, och mamma har fått ett brev hem från ett försäkringsbolag adresserat till mig. Någonstans har våra uppgifter blandats ihop.

Kan ni tala om vilka personuppgifter ni har registrerade om mig, och i vilka bokningar jag står som kund, betalare eller resenär? Jag vill också veta vilka partner ni har lämnat ut mina uppgifter till.

Tack på förhand,
Anna Lindqvist
Rue Defacqz 61, 1060 Saint-Gilles""",
         "Anna Lindqvist"),
        ("correction", (),
         "Fel namn på biljetten",
         """Hej!

Jag köpte en namnbiljett till Club Brugge–Genk den 26 april i er butik i Brugge. På biljetten står det ”Asa Lonnqvist” och födelsedatum 1988-07-03. Jag heter Åsa Lönnqvist och är född 1988-03-07.

Klubben skriver att namn och födelsedatum kontrolleras mot legitimation vid entrén. Kan ni rätta uppgifterna hos er och se till att biljettsystemet får de rätta? Ordernummer TN-702215.

Hälsningar
Åsa Lönnqvist""",
         "Åsa Lönnqvist"),
        ("other", (),
         "Inställd konsert",
         """Hej,
konserten på Ancienne Belgique den 21 mars blev inställd och jag har inte hört något om pengarna. Jag köpte två biljetter i er butik i Bryssel och betalade med Bancontact. Får jag tillbaka pengarna automatiskt eller måste jag göra något? Ordernr TN-690033.
Maria Sandberg""",
         "Maria Sandberg"),
        ("deletion", (),
         "",
         """Hej, radera kopian av mitt körkort som ni tog när jag hyrde släpkärra i Waterloo 2 april. Hyran är slutbetald. /Erik Johansson""",
         "Erik Johansson"),
        ("objection", (),
         "Reklam från era partner",
         """Hej,

efter att jag bokade en weekendresa till Amsterdam hos er i januari har jag fått reklam från både hotellkedjan och ett flygbolag, per mejl och i brevlådan. Det står att ni är ”vår partner” och att de har fått mina uppgifter därifrån.

Jag motsätter mig att ni använder eller lämnar ut mina uppgifter för marknadsföring, både er egen och era partners. Sluta skicka dem vidare.

Mikael Nilsson""",
         "Mikael Nilsson"),
        ("portability", (),
         "Export av mina köp",
         """Hej,

jag har haft kundkonto hos er sedan 2022 och har köpt både resor, konsertbiljetter och reseförsäkringar där. Jag skulle vilja få ut allt jag har registrerat och köpt i en fil som jag kan läsa in i ett kalkylprogram, helst CSV eller JSON, med datum, belopp, bokningsnummer och resmål. Jag ska använda det i deklarationen (en del av resorna var tjänsteresor) och för att flytta över till en annan resetjänst.

PDF-kvitton ett och ett är tyvärr inget alternativ, det är över 40 stycken.

Vänliga hälsningar
Karin Berg""",
         "Karin Berg"),
        ("other", (),
         "Re: ert mejl",
         """Hej,

Jag fick ert mejl om att jag kan ”hantera mina personuppgifter” på kontot. Jag vill INTE radera mitt konto eller några uppgifter, allt är bra som det är. Jag vill bara byta plats på bussresan till Paris den 16 maj (bokning HV-38871). Vi fick plats 31 och 32 längst bak – kan vi få två platser längre fram? Jag blir lätt åksjuk.

Elin Bergström""",
         "Elin Bergström"),
        ("complaint", ("deletion",),
         "Klagomål – begäran om radering enligt artikel 17 obesvarad",
         """Till dataskyddsansvarig,

Den 12 januari 2026 begärde jag med stöd av artikel 17 i dataskyddsförordningen (EU) 2016/679 att ni skulle radera de personuppgifter ni behandlar om mig i samband med en bil som jag hyrde via er butik i Zaventem i oktober 2025, bland annat kopian av mitt körkort och mitt pass.

Sedan dess har jag bara fått två automatiska svar. Tidsfristen på en månad enligt artikel 12.3 har sedan länge löpt ut, och ni har inte meddelat någon förlängning eller angett några skäl.

Jag upprepar min begäran om radering och vill ha en skriftlig bekräftelse när den är genomförd. Jag kommer samtidigt att lämna in ett klagomål till den belgiska dataskyddsmyndigheten (Gegevensbeschermingsautoriteit) och informera Integritetsskyddsmyndigheten (IMY) i Sverige.

Med vänliga hälsningar
Lars Holm
Avenue de Tervueren 300, 1150 Woluwe-Saint-Pierre""",
         "Lars Holm"),
        ("withdraw_consent", (),
         "Platsdelning i biljettappen",
         """Hej,

När jag köpte biljetter till konserten i Gent via er app godkände jag att appen fick använda min plats ”för att visa erbjudanden nära arenan”. Jag tar tillbaka det samtycket. Appen vill jag fortfarande kunna använda för mina biljetter.

Sofia Eriksson""",
         "Sofia Eriksson"),
        ("other", (),
         "Ärende skada hyrbil",
         """Hej,

I mars fick jag en liten buckla i hyrbilen (avtal RV-65120) på en parkering i Leuven. Jag fyllde i skadeanmälan vid er disk och skickade in polisrapporten och bilder via ert formulär den 18 mars. Självrisken var 350 €.

Sedan dess har jag inte hört någonting. Hur långt har ärendet kommit, och dras självrisken från depositionen eller faktureras den separat?

Johan Ek""",
         "Johan Ek"),
    ],
    "ro": [
        ("access", (),
         "Amendă din Olanda – de unde au datele mele?",
         """Bună ziua,

în februarie am închiriat prin magazinul dumneavoastră din Hasselt o mașină de la RentVan Benelux pentru un weekend. La ghișeu mi-au scanat permisul de conducere și buletinul.

Acum am primit acasă o amendă pentru viteză din Olanda – asta e corect, am greșit. Dar pe scrisoare apar și numărul meu de telefon și data nașterii, iar câteva zile mai târziu am primit un e-mail de la o firmă de „asistență juridică pentru amenzi” care știa deja de amendă.

Aș dori să știu ce date personale dețineți despre mine în legătură cu această închiriere, cui le-ați transmis (RentVan, poliția olandeză, alte firme?) și în ce scop. Vă rog să-mi trimiteți și o copie a acestor date.

Cu stimă,
Andrei Popescu
Kempische Steenweg 88, 3500 Hasselt""",
         "Andrei Popescu"),
        ("correction", (),
         "Greșeală în rezervarea de vacanță",
         """Bună ziua,

Am rezervat la magazinul din Anderlecht o vacanță în Antalya pentru mine și soțul meu (rezervare HV-48820, plecare 7 iulie 2026). În confirmare numele meu apare „Ioana Stefanescu Popa”, iar în pașaport sunt „Ioana-Maria Ștefănescu”. Nu am luat numele soțului.

Agenția spune că la aeroport numele trebuie să fie identic cu cel din pașaport. Vă rog să corectați numele în sistemul dumneavoastră și să transmiteți corectura la Horizon Voyages. Numărul de pașaport e corect.

Mulțumesc,
Ioana-Maria Ștefănescu""",
         "Ioana-Maria Ștefănescu"),
        ("other", (),
         "Factura",
         """Bună ziua,
pe 2 aprilie am cumpărat de la voi o garanție extinsă de 3 ani pentru laptop (129 €), iar pe extras văd suma luată de două ori de pe card. Nu e nimic legat de datele personale, vreau doar banii înapoi pentru a doua plată. Atașez extrasul.
Alexandra Rusu""",
         "Alexandra Rusu"),
        ("deletion", (),
         "Dosar dauna inchis",
         """Buna ziua,
dosarul meu de dauna la asigurarea de calatorie (AP-CL-80213, anulare calatorie din motive medicale) s-a inchis luna trecuta si am primit banii, multumesc.
Va rog acum sa stergeti certificatul medical si scrisoarea medicala pe care le-am depus la ghiseul din Bruxelles, plus copia buletinului. Nu mai e nevoie de ele.
Mihaela Dumitrescu""",
         "Mihaela Dumitrescu"),
        ("portability", (),
         "Export rezervări",
         """Bună ziua,

Lucrez ca independent și în ultimii doi ani am cumpărat prin site-ul dumneavoastră mai multe pachete avion+hotel și închirieri de mașini pentru deplasări de serviciu. Contabilul meu îmi cere toate datele într-un singur fișier.

Puteți să-mi trimiteți istoricul rezervărilor mele (date, destinații, sume, numere de rezervare) în format Excel sau CSV, pe care să-l pot importa direct în programul lui de contabilitate? Din cont pot descărca doar facturi PDF, una câte una.

Cristian Ionescu
client nr. 6610-204-118""",
         "Cristian Ionescu"),
        ("restriction", (),
         "Cont blocat – bilete",
         """Bună ziua,

La începutul lui aprilie am încercat să cumpăr de pe site-ul dumneavoastră bilete la un concert la Palais 12, dar comanda a fost refuzată cu mesajul „cont suspendat pentru revânzare neautorizată”. Nu am revândut niciodată bilete. Singurul lucru pe care l-am făcut: anul trecut am cumpărat bilete pentru mine și sora mea, pe numele ei, pentru că ea nu are card.

Contest că această informație este corectă. Până când verificați, vă rog să nu folosiți acest „marcaj” împotriva mea și să nu-l transmiteți organizatorilor sau altor platforme de bilete. Vă rog să nu-l ștergeți încă, vreau să văd pe ce s-a bazat.

Elena Constantin""",
         "Elena Constantin"),
        ("objection", (),
         "Apeluri asigurare",
         """Bună ziua,
de când am făcut asigurare de călătorie la voi în martie, mă sună aproape săptămânal cineva de la Assura Partners să-mi vândă asigurare de viață și de locuință. Nu vreau așa ceva. Vă rog să nu mai folosiți numărul meu pentru reclamă și să nu-l mai dați partenerilor.
Radu Marinescu, 0485 66 10 42""",
         "Radu Marinescu"),
        ("complaint", ("access",),
         "Plângere privind tratamentul la ghișeu și cererea mea de acces",
         """Stimată doamnă, stimate domn,

Pe 14 martie 2026 m-am prezentat la ghișeul de călătorii din magazinul dumneavoastră din Charleroi și am cerut, în temeiul art. 15 din Regulamentul (UE) 2016/679, o copie a datelor mele personale legate de rezervarea unei excursii la Roma, făcută de fostul meu angajator pe numele meu. Angajatul a refuzat să-mi dea orice informație, a spus că „astea sunt prostii de GDPR” și, de față cu alți clienți, mi-a citit cu voce tare adresa și numărul de pașaport ca să „verifice că sunt eu”.

Consider acest tratament inacceptabil. Vă rog ca, în termenul prevăzut de art. 12 alin. (3), să-mi transmiteți în scris datele pe care le dețineți despre mine, sursa lor și destinatarii cărora le-au fost comunicate. În lipsa unui răspuns, voi depune plângere la Autoritatea belgiană pentru protecția datelor și voi informa și ANSPDCP.

Cu stimă,
Florin Munteanu
Rue de Marcinelle 27, 6000 Charleroi""",
         "Florin Munteanu"),
        ("withdraw_consent", ("deletion",),
         "Profil fan",
         """Bună,

Când am cumpărat bilete la festivalul din iulie, am bifat pe site „creează-mi un profil de fan pentru oferte personalizate”. Îmi retrag acest consimțământ și vă rog să ștergeți profilul și tot ce ați adunat în el (la ce concerte am fost, ce am cumpărat etc.). Biletele pentru festival le păstrez, bineînțeles.

Gabriela Stan""",
         "Gabriela Stan"),
        ("other", (),
         "Schimbare locuri zbor – pachet vacanță",
         """Bună ziua,

Am cumpărat de la dvs. un pachet Bruxelles–Lisabona pentru 3 persoane (rezervare HV-52740, 22 mai). La check-in online ne-au dat locuri separate, deși avem un copil de 6 ani. Se pot schimba locurile ca să stăm împreună? Plătim taxa de loc dacă e nevoie.

Vasile Ciobanu""",
         "Vasile Ciobanu"),
    ],
    "el": [
        ("access", (),
         "Κράτηση για Σαντορίνη",
         """Καλησπέρα σας,

τον Φεβρουάριο κλείσαμε στο κατάστημά σας στις Βρυξέλλες (Rue Neuve) διακοπές στη Σαντορίνη για όλη την οικογένεια, τέσσερα άτομα, μέσω του συνεργάτη σας Horizon Voyages. Ο υπάλληλος φωτοτύπησε και τα τέσσερα διαβατήρια, και των παιδιών.

Λίγες μέρες μετά άρχισα να δέχομαι τηλέφωνα από ένα ξενοδοχείο στη Μύκονο, που ήξερε μάλιστα ότι ταξιδεύουμε με παιδιά. Θα ήθελα λοιπόν να μάθω ποια στοιχεία μας κρατάτε, αν έχετε ακόμα τις φωτοτυπίες των διαβατηρίων και σε ποιους τα δώσατε.

Ευχαριστώ,
Γιώργος Νικολάου
Rue Gray 140, 1040 Etterbeek""",
         "Γιώργος Νικολάου"),
        ("objection", (),
         "sms",
         """kalhspera, stamathste na moy stelnete sms gia taksidia kai asfaleies. apo otan agorasa eisithria gia ton agona sto Brugge mou erxontai sxedon kathe mera. den thelw diafhmiseis oute apo esas oute apo tous synergates sas.
Nikos Alexiou""",
         "Νίκος Αλεξίου"),
        ("correction", (),
         "Λάθος όνομα στο εισιτήριο",
         """Γεια σας,

αγόρασα από το site σας ονομαστικό εισιτήριο για τη συναυλία στο Sportpaleis στις 30 Μαΐου. Στο εισιτήριο γράφει "Eleni Papadopoulos", ενώ στο διαβατήριο είμαι "ELENI PAPADOPOULOU". Φαίνεται ότι το σύστημα «διόρθωσε» μόνο του το επώνυμο.

Ο διοργανωτής λέει ότι το όνομα πρέπει να ταιριάζει με την ταυτότητα. Μπορείτε να διορθώσετε το επώνυμο στον λογαριασμό μου και στο εισιτήριο; Παραγγελία TN-715540.

Ελένη Παπαδοπούλου""",
         "Ελένη Παπαδοπούλου"),
        ("other", (),
         "Πού βρίσκεται η αποζημίωση;",
         """Γεια σας,
έσπασε η οθόνη του κινητού μου και έχω την ασφάλεια τηλεφώνου που πήρα από εσάς. Έκανα τη δήλωση στις 20 Μαρτίου στο κατάστημα της Ναμύρ και άφησα το κινητό για επισκευή. Πέρασε σχεδόν ένας μήνας. Ξέρετε πότε θα είναι έτοιμο; Αριθμός φακέλου PR-CL-60215.
Σοφία Ιωάννου""",
         "Σοφία Ιωάννου"),
        ("deletion", ("objection",),
         "Διαφημίσεις μετά την ενοικίαση",
         """Καλημέρα,

από τότε που νοίκιασα μέσω σας ένα βανάκι για μια μετακόμιση στη Γάνδη, μου έρχονται κάθε εβδομάδα email από την εταιρεία ενοικίασης με προσφορές, και τώρα και από μια εταιρεία μετακομίσεων. Δεν τους έδωσα ποτέ άδεια.

Παρακαλώ διαγράψτε τα στοιχεία μου (και το αντίγραφο του διπλώματος οδήγησης που κρατήσατε) και σταματήστε να τα δίνετε σε οποιονδήποτε για διαφήμιση.

Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),
        ("restriction", (),
         "Ζημιά στο ενοικιαζόμενο αυτοκίνητο – αμφισβήτηση",
         """Αξιότιμοι κύριοι,

στις 3 Απριλίου 2026 επέστρεψα αυτοκίνητο που είχα νοικιάσει μέσω του καταστήματός σας στη Λιέγη (σύμβαση RV-70284). Ο υπάλληλος το έλεγξε και υπογράψαμε μαζί ότι δεν υπάρχει καμία ζημιά. Δέκα μέρες μετά λαμβάνω email ότι «διαπιστώθηκε γρατζουνιά στον πίσω προφυλακτήρα» και ότι ο φάκελος διαβιβάζεται στην ασφαλιστική και ενδεχομένως σε εταιρεία είσπραξης.

Αμφισβητώ την ακρίβεια αυτής της καταχώρισης. Μέχρι να ελεγχθεί, ζητώ να μη χρησιμοποιηθούν τα στοιχεία μου για αυτή τη «ζημιά» και να μη διαβιβαστούν ούτε στην ασφαλιστική ούτε σε εισπρακτική. Μη σβήσετε όμως τίποτα, έχω κι εγώ φωτογραφίες από την παράδοση.

Με εκτίμηση,
Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("other", (),
         "Ακύρωση συναυλίας",
         """Καλησπέρα,

η συναυλία στο Cirque Royal στις 11 Απριλίου ακυρώθηκε. Είχα αγοράσει 3 εισιτήρια από το κατάστημά σας στο Ixelles. Πήρα ένα email από τον διοργανωτή ότι «τα δεδομένα σας θα χρησιμοποιηθούν μόνο για την επιστροφή χρημάτων», αλλά δεν λέει πότε και πώς. Τα χρήματα θα γυρίσουν στην κάρτα ή πρέπει να έρθω στο κατάστημα με την απόδειξη;

Χρήστος Δημητρίου""",
         "Χρήστος Δημητρίου"),
        ("withdraw_consent", (),
         "Ανάκληση συγκατάθεσης – ασφάλεια ταξιδιού",
         """Καλησπέρα,

στην αίτηση για την ασφάλεια ταξιδιού που έκανα στο κατάστημά σας στην Αμβέρσα είχα δώσει συγκατάθεση να χρησιμοποιούνται τα στοιχεία μου «για έρευνες αγοράς και βελτίωση προϊόντων» του ασφαλιστή. Την ανακαλώ από σήμερα.

Η ασφάλεια να συνεχίσει κανονικά, δεν την ακυρώνω.

Κατερίνα Βασιλείου""",
         "Κατερίνα Βασιλείου"),
        ("complaint", ("access",),
         "Καταγγελία – μη απάντηση σε αίτημα πρόσβασης",
         """Αξιότιμοι κύριοι,

Με επιστολή μου της 9ης Φεβρουαρίου 2026 ζήτησα, βάσει του άρθρου 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679, πρόσβαση στα προσωπικά δεδομένα που επεξεργάζεστε για εμένα σχετικά με την αποζημίωση ακύρωσης ταξιδιού που ζήτησα μέσω του καταστήματός σας με ιατρική βεβαίωση (φάκελος AP-CL-81730).

Μέχρι σήμερα δεν έχω λάβει καμία απάντηση, παρότι η προθεσμία του άρθρου 12 παρ. 3 έχει λήξει προ πολλού. Η ασφαλιστική μού λέει ότι «όλα τα έγγραφα τα έχει το κατάστημα».

Σας καλώ να απαντήσετε στο αίτημά μου εντός 10 ημερών. Διαφορετικά θα υποβάλω καταγγελία στη βελγική Αρχή Προστασίας Δεδομένων σύμφωνα με το άρθρο 77 ΓΚΠΔ και θα ενημερώσω και την ελληνική Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Με τιμή,
Αντώνης Μιχαηλίδης
Avenue Louise 330, 1050 Ixelles""",
         "Αντώνης Μιχαηλίδης"),
        ("other", (),
         "Αίτηση για τη θέση στο γκισέ ταξιδιών",
         """Αξιότιμοι κύριοι,

είδα την αγγελία σας για υπάλληλο στο γκισέ ταξιδιών και εισιτηρίων του καταστήματος της Αμβέρσας και θα ήθελα να υποβάλω αίτηση. Έχω δουλέψει τέσσερα χρόνια σε ταξιδιωτικό γραφείο στη Θεσσαλονίκη και μιλάω ελληνικά, αγγλικά, γαλλικά και βασικά ολλανδικά.

Επισυνάπτω το βιογραφικό μου. Συναινώ στην επεξεργασία των προσωπικών μου δεδομένων για τους σκοπούς της διαδικασίας επιλογής, σύμφωνα με τον ΓΚΠΔ.

Με εκτίμηση,
Αναστασία Παππά
0491 28 55 07""",
         "Αναστασία Παππά"),
    ],
    "bg": [
        ("access", (),
         "Въпрос",
         """Здравейте,

миналата година наех през вашия магазин в Андерлехт бус за една седмица. Тогава служителят сканира личната ми карта и шофьорската книжка. Сега кандидатствам за кола на лизинг и лизинговата компания ми каза, че „в базата на партньорите“ има запис за щета на мое име от този наем. Това не е вярно – бусът беше върнат без драскотина.

Можете ли да ми кажете какво точно пазите за мен – копия от документи, записи за щети, бележки – и на кого сте го предали? Искам копие от всичко.

Поздрави,
Мария Иванова""",
         "Мария Иванова"),
        ("correction", (),
         "Име в резервацията",
         """Добър ден,

Направих резервация за градска почивка в Лисабон на вашия сайт (HV-36120, 14–17 май 2026). В потвърждението фамилията ми е изписана „GEORGEIV“, а трябва да е „GEORGIEV“, както е в паспорта. Освен това датата ми на раждане е грешна – 12.08.1979 вместо 21.08.1979.

Моля, поправете данните при вас и уведомете туроператора, за да нямам проблем на летището.

Благодаря,
Георги Георгиев
0476 90 12 38""",
         "Георги Георгиев"),
        ("deletion", (),
         "Резервация, която не съм правила",
         """Здравейте,
приятелка е купила при вас билети за мач в Гент и е дала моя имейл и телефон, защото нейният имейл „не работел“. Аз нямам нищо общо с тази покупка и не съм ви давала никакво съгласие. Моля, изтрийте моите данни от тази поръчка (TN-680915) и от системата ви изобщо – нямам профил при вас и не искам да имам.
Елена Стоянова""",
         "Елена Стоянова"),
        ("other", (),
         "Депозит за наем",
         """Здравейте, върнах колата на 6 април в Намюр, но депозитът от 250 € още не е върнат по картата ми. Договор RV-71456. Кога да очаквам парите?
Светлана Николова""",
         "Светлана Николова"),
        ("portability", (),
         "Данни за застраховките в електронен вид",
         """Здравейте,

Имам при вас три договора за удължена гаранция (хладилник, лаптоп, телефон) и една застраховка на телефона. Искам да ги прехвърля в приложение за домашни документи, което приема CSV.

Моля, изпратете ми данните, които съм ви дал за тези договори, в машинно четим формат (CSV или JSON): номер на полица, уред, сериен номер, дата на покупка, срок. Клиентски номер 44-910-2257.

Благодаря,
Петър Димитров""",
         "Петър Димитров"),
        ("objection", (),
         "obajdaniq",
         """zdraveite, molq spete da davate nomera mi na turoperatora. ot kak si kupih pri vas pochivka v Turcia mi zvunqt pochti vseki den s oferti. ne iskam reklami nito ot tqh nito ot vas. 0488 71 20 36
Nikolay Petrov""",
         "Николай Петров"),
        ("restriction", (),
         "Медицинско свидетелство",
         """Добър ден,

Подадох през вашия щанд в Льовен искане за обезщетение по пътническата застраховка (AP-CL-79902) с медицинско свидетелство, защото отмених пътуване. Застрахователят сега твърди, че в свидетелството е записано хронично заболяване – това е грешка на лекаря, който ще издаде ново.

Докато не представя поправеното свидетелство, моля, не използвайте и не препращайте старото никъде – нито на застрахователя, нито на някой друг. Не го изтривайте засега, за да остане следа какво е подадено.

Десислава Тодорова""",
         "Десислава Тодорова"),
        ("withdraw_consent", (),
         "Оттегляне на съгласие",
         """Здравейте,
при покупката на билети за концерта в Антверпен дадох съгласие да получавам новини от организатора и от спонсорите. Оттеглям това съгласие. Билетите за концерта си остават, моля не ги анулирайте.
Иван Колев""",
         "Иван Колев"),
        ("complaint", ("deletion", "objection", "access"),
         "Жалба – предоставяне на данните ми на трети лица",
         """Уважаеми госпожи и господа,

На 11 февруари 2026 г. закупих от вашия магазин в Гент пътническа застраховка и застраховка на телефона от партньора ви Assura Partners. Още същата седмица започнах да получавам обаждания и писма от три различни фирми – за бързи кредити, за застраховка „Живот“ и за ваучери за почивка. Всички знаеха, че току-що съм сключил застраховка. Когато се обадих на вашата клиентска линия, служителят се засмя и каза: „Ами не сте прочели условията.“

Смятам, че предоставянето на данните ми на трети лица за маркетинг без мое съгласие нарушава Общия регламент относно защитата на данните (ОРЗД) и Закона за защита на личните данни, а отношението на служителя ви е недопустимо.

Искам:
1) да заличите данните ми, които не са необходими за действащите полици;
2) да прекратите всякакво използване на данните ми за маркетинг;
3) да ми посочите на кои фирми са предадени.

Ако не получа отговор в срок от един месец, ще подам жалба до белгийския Орган за защита на данните и ще уведомя и Комисията за защита на личните данни (КЗЛД).

С уважение,
Росен Маринов
Rue de Flandre 52, 1000 Bruxelles""",
         "Росен Маринов"),
        ("other", (),
         "Въпрос за удължена гаранция",
         """Здравейте,
искам да купя лаптоп от вас и да добавя удължена гаранция за 3 години. Колко струва за лаптоп около 900 €? И ако го купя онлайн, а не в магазина, трябва ли да качвам копие от лична карта? Чета в общите условия нещо за „обработка на лични данни“ и не ми става ясно. Ако не е нужно, още по-добре.
Стефан Ангелов""",
         "Стефан Ангелов"),
    ],
}

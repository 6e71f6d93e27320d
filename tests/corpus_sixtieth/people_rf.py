"""Sixtieth set, person mail in pl cs hr sv ro el bg, theme: consent records, the preference centre and what counts as marketing. Written apart from the rules (see make_sixtieth.py)."""

PEOPLE_RF = {
    "pl": [
        ("access", ("withdraw_consent",),
         "Żądanie informacji – dowód zgody na marketing (art. 15 RODO)",
         """Szanowni Państwo,

od kilku miesięcy otrzymuję od Państwa newsletter oraz SMS-y z ofertami. Nie przypominam sobie, abym kiedykolwiek wyraził na to zgodę, a w Państwa polityce prywatności czytam, że wysyłka odbywa się wyłącznie "na podstawie zgody".

W związku z tym, na podstawie art. 15 RODO, proszę o przekazanie:
1) daty i godziny udzielenia zgody oraz adresu IP, z którego została udzielona,
2) informacji, czy zgoda była potwierdzana linkiem aktywacyjnym (double opt-in), a jeśli tak – kiedy i z jakiego adresu IP ten link kliknięto,
3) pełnej treści klauzuli zgody w tej wersji, którą rzekomo zaakceptowałem,
4) źródła pozyskania mojego adresu e-mail i numeru telefonu, jeżeli nie pochodzą ode mnie.

Przypominam, że zgodnie z art. 7 ust. 1 RODO to administrator musi być w stanie wykazać, że zgoda została wyrażona.

Niezależnie od Państwa odpowiedzi, z dniem dzisiejszym cofam wszelkie zgody marketingowe – zarówno na e-mail, jak i na SMS.

Z poważaniem
Marek Wójcik
ul. Słowackiego 14/3
31-159 Kraków""",
         "Marek Wójcik"),
        ("withdraw_consent", (),
         "",
         """dzwonila do mnie dzis jakas pani od was z oferta przedluzonej gwarancji. prosze wiecej nie dzwonic i nie wysylac smsow. maile moga zostac
tel 602 417 385

Wysłane z iPhone'a""",
         "Kasia Wrona"),
        ("complaint", ("withdraw_consent",),
         "Re: Twoje preferencje zostały zaktualizowane",
         """To już drugi raz. Po aktualizacji aplikacji w zeszłym tygodniu znowu mam zaznaczone WSZYSTKIE zgody: e-mail, SMS, powiadomienia push i "spersonalizowane oferty". Ja ich nie zaznaczałam – odznaczyłam je w styczniu i mam na to screena. Od poniedziałku dostałam 4 pushe i 2 maile z promocjami.

Wasz konsultant odpisał mi (niżej), że "to był błąd techniczny, który został naprawiony". No to nie został. Zaznaczanie zgód za klienta to po prostu łamanie RODO. Jeżeli w ciągu 14 dni nie dostanę konkretnej odpowiedzi, co się stało i ilu klientów to dotyczy, składam skargę do UODO.

I proszę jeszcze raz odznaczyć wszystkie zgody, tym razem na stałe.

Agnieszka Lis

> Dzień dobry,
> dziękujemy za zgłoszenie. Problem z zapisywaniem ustawień zgód w aplikacji
> był błędem technicznym, który został już naprawiony. Twoje preferencje
> zostały zaktualizowane zgodnie z Twoim wyborem.
> Pozdrawiamy serdecznie,
> Zespół Obsługi Klienta""",
         "Agnieszka Lis"),
        ("objection", (),
         "Potwierdzenia zamówień",
         """Dzień dobry,

nie mam nic przeciwko potwierdzeniom zamówień i informacjom o wysyłce, to oczywiste. Ale w każdym takim mailu jest na dole blok "Może Ci się spodobać" z produktami dobranymi na podstawie tego, co kupowałem i przeglądałem. Kupiłem ostatnio ciśnieniomierz i teraz w każdym potwierdzeniu (nawet zamówienia na ręczniki) widzę inne ciśnieniomierze, wagi z analizą tkanki tłuszczowej i opaski sportowe. Żona czyta te maile razem ze mną i pyta, co mi jest.

Na newsletter się nie zapisywałem, więc rozumiem, że robicie to w ramach tzw. prawnie uzasadnionego interesu. Sprzeciwiam się takiemu profilowaniu moich zakupów i wykorzystywaniu go do reklam. Potwierdzenia niech przychodzą dalej, ale bez tego doboru produktów.

Pozdrawiam
Tomasz Kaczmarek""",
         "Tomasz Kaczmarek"),
        ("deletion", ("withdraw_consent",),
         "Konto mojego syna",
         """Dzień dobry,

mój syn Kuba ma 13 lat. Okazało się, że założył u Państwa konto w aplikacji na swój adres mailowy i zaznaczył wszystkie zgody, bo chciał dostać kod rabatowy na słuchawki. Od tamtej pory codziennie dostaje powiadomienia i maile z promocjami, a wczoraj przyszedł mail "Tęsknimy za Tobą!" z kodem -15%.

Jako rodzic nie wyrażałam na to zgody i nie życzę sobie, żeby dziecko dostawało reklamy. Proszę o wycofanie wszystkich zgód marketingowych na tym koncie i usunięcie konta syna razem z jego danymi. Żadnych zamówień na nim nie było.

Bardzo proszę o potwierdzenie mailowe, kiedy to zostanie zrobione.

Joanna Nowak""",
         "Joanna Nowak"),
        ("correction", (),
         "życzenia urodzinowe",
         """Dzień dobry, drugi rok z rzędu dostaję od Was maila z życzeniami urodzinowymi i kuponem 3 marca, a urodziny mam 13 marca :) Pewnie ktoś źle wpisał przy zakładaniu karty w sklepie w Gandawie. Proszę poprawić datę urodzenia na 13.03.1990. Numer karty 6200 4471 9083.

Pozdrawiam
Ewa Zielińska""",
         "Ewa Zielińska"),
        ("portability", (),
         "Eksport danych z konta",
         """Dzień dobry,

w centrum preferencji jest przycisk "Pobierz moje dane", ale od tygodnia po kliknięciu wyskakuje tylko "Coś poszło nie tak, spróbuj później".

Proszę więc o przesłanie mi moich danych – historii zakupów (sklep i internet), punktów z karty i ustawień zgód – w pliku CSV albo JSON, tak żebym mógł je zaimportować do aplikacji do budżetu domowego. PDF ze zrzutami ekranu mi się nie przyda, potrzebuję czegoś, co da się wczytać.

Login: d.pietrzak, karta 6200 1187 5530.

Dziękuję
Damian Pietrzak""",
         "Damian Pietrzak"),
        ("other", (),
         "Newsletter nie przychodzi",
         """Hej, od jakiegoś miesiąca nie dostaję już Waszego newslettera, a wcześniej przychodził co tydzień w czwartek. Nie wypisywałam się, w spamie i w "Ofertach" w Gmailu też nic nie ma. Przestaliście go wysyłać czy coś się zmieniło? Lubiłam te promocje na wyposażenie domu, szkoda by było.

Natalia""",
         "Natalia Kowalczyk"),
        ("other", (),
         "Kod rabatowy WITAJ10 nie działa",
         """Dzień dobry,

zapisałem się wczoraj na newsletter i w mailu powitalnym dostałem kod WITAJ10 na 10% na pierwsze zakupy. Przy próbie użycia w koszyku (słuchawki bezprzewodowe, ok. 80 euro) wyświetla się komunikat "Kod nieprawidłowy lub wygasł". Próbowałem i w aplikacji, i na stronie, zalogowany i bez logowania. Czy kod nie obejmuje elektroniki, czy coś robię nie tak?

Pozdrawiam
Paweł Dąbrowski""",
         "Paweł Dąbrowski"),
        ("other", (),
         "Propozycja współpracy – zarządzanie zgodami marketingowymi",
         """Szanowni Państwo,

nazywam się Michał Sobczak i reprezentuję warszawską firmę Zgodnik sp. z o.o., która dostarcza narzędzie do zarządzania zgodami dla e-commerce.

Przeglądając Państwa stronę zauważyłem, że link "Zarządzaj preferencjami" w newsletterze prowadzi wyłącznie do opcji wypisania się ze wszystkiego. Nasza platforma pozwala na:
- centrum preferencji z podziałem na kanały (e-mail, SMS, push) i tematy,
- pełny rejestr zgód (znacznik czasu, adres IP, wersja treści klauzuli, źródło – sklep, aplikacja, kasa, formularz partnera),
- kampanie odświeżania zgód ("Czy nadal chcesz od nas słyszeć?") z automatycznym raportem,
- integrację z popularnymi platformami mailingowymi w ok. 2 tygodnie.

Chętnie zaprezentuję rozwiązanie podczas 30-minutowej rozmowy online. Czy mogę prosić o przekazanie tej wiadomości osobie odpowiedzialnej za marketing lub ochronę danych?

Z wyrazami szacunku
Michał Sobczak
Key Account Manager
Zgodnik sp. z o.o.
ul. Prosta 51, 00-838 Warszawa""",
         "Michał Sobczak"),
    ],
    "cs": [
        ("access", (),
         "???",
         """Dobrý den, co všechno o mně máte?? Před půl rokem jsem se odhlásil z newsletteru a dneska mi přijde "Chybíte nám!" se slevou 15 %. Odkud máte můj mail a co dalšího o mně víte?

J. Procházka""",
         "Jan Procházka"),
        ("restriction", ("access",),
         "Souhlas přes partnerský formulář",
         """Dobrý den,

podle Vašeho e-mailu ze 2. 5. jsem Vám měl dát souhlas se zasíláním obchodních sdělení přes formulář Vašeho partnera (prý soutěž o kávovar na nějakém webu s recepty). Žádnou takovou soutěž si nepamatuji a s tím partnerem teď řeším, odkud má moje údaje.

Prosím, moje údaje zatím NEMAŽTE – budu je potřebovat jako důkaz. Ale dokud se to nevyjasní, nijak je nepoužívejte, hlavně mi nic neposílejte a nikomu je nepředávejte.

Zároveň mi prosím pošlete záznam o tom souhlasu, který od partnera máte: datum a čas, IP adresu, název formuláře a přesné znění textu, který jsem údajně odsouhlasil.

Děkuji
Ing. Radek Horák
Palackého 412
530 02 Pardubice""",
         "Radek Horák"),
        ("deletion", ("complaint",),
         "Věrnostní karta – založená bez mého souhlasu",
         """Dobrý den,

minulý týden jsem nakupovala ve Vaší prodejně v Antverpách (bydlím tu druhým rokem). U pokladny se mě paní zeptala na e-mail, "aby mi přišla účtenka". Dala jsem ho. Druhý den mi přišel uvítací mail k věrnostní kartě, o kterou jsem nežádala, a k tomu potvrzení přihlášení k newsletteru a SMS akcím. Nic z toho jsem neodsouhlasila, nic jsem nepodepisovala a na nic jsem neklikala.

Chci, abyste tu kartu zrušili a všechny moje údaje, které jste takhle získali, smazali.

A zároveň si tímto stěžuji na postup Vašeho personálu. Souhlas s marketingem se nedá "vyřídit" za zákazníka u pokladny tím, že se ho zeptáte na mail kvůli účtence. Jestli to takhle děláte běžně, tak se nedivím, že máte tolik odběratelů.

Tereza Veselá""",
         "Tereza Veselá"),
        ("objection", (),
         "Předávání údajů sesterské značce",
         """Dobrý den,

jsem přihlášený k Vašemu newsletteru (elektronika), s tím problém nemám. Jenže od minulého měsíce mi chodí maily i od módní značky, která patří do stejné skupiny jako Vy, a v patičce stojí, že údaje "sdílíme v rámci skupiny, abychom Vám mohli nabízet relevantní nabídky".

Souhlas jsem dával Vám, ne jim. Nesouhlasím s tím, abyste moje údaje předávali dalším firmám ve skupině, a žádám, abyste to přestali dělat. Váš vlastní newsletter mi chodit může dál.

S pozdravem
Ondřej Kučera""",
         "Ondřej Kučera"),
        ("withdraw_consent", (),
         "",
         """Vypněte mi prosím push notifikace a zprávy v aplikaci, v nastavení to nejde, přepínač se pokaždé vrátí zpátky. Maily můžou zůstat.
Lucie Černá""",
         "Lucie Černá"),
        ("complaint", ("withdraw_consent",),
         "STÍŽNOST – centrum preferencí neukládá změny (potřetí!)",
         """Dobrý den,

píšu Vám už potřetí a tentokrát to berte jako oficiální stížnost.

Chci jedinou věc: dál dostávat newsletter, ale NE SMS. V březnu jsem si to nastavil v centru preferencí, kliknul jsem na "Uložit", objevila se zelená hláška "Vaše nastavení bylo uloženo", a SMS chodí dál. Zkusil jsem to znovu v dubnu, pak z jiného prohlížeče, pak v aplikaci. Pokaždé to samé. Když stránku obnovím, políčko SMS je zase zaškrtnuté.

16. dubna a 3. května jsem psal na zákaznický servis (číslo požadavku 2024-118734). Odpověď žádná, jen automatické "ozveme se do 48 hodin". Od té doby uplynulo šest týdnů.

Tímto znovu a písemně odvolávám souhlas se zasíláním SMS na číslo 604 218 337. Pokud mi do 30 dnů nepřijde potvrzení, že je to vyřízené, a vysvětlení, proč Vám centrum preferencí nefunguje, podám stížnost u Úřadu pro ochranu osobních údajů. Screenshoty mám schované.

Pavel Němec
Brno""",
         "Pavel Němec"),
        ("correction", (),
         "Špatné telefonní číslo v účtu",
         """Dobrý den,

kamarádka mi včera říkala, že jí už měsíc chodí SMS s Vašimi akcemi, oslovené "Milá Kláro". Tak jsem se podívala do účtu a opravdu – u věrnostního účtu máte číslo 731 552 108, ale moje je 731 552 180. Asi jsem se kdysi přepsala.

Prosím opravte mi to číslo, ať to chodí mně a ne jí. Chudák už to chtěla hlásit jako spam :)

Díky
Klára Marešová""",
         "Klára Marešová"),
        ("other", (),
         "Jak často chodí newsletter?",
         """Dobrý den,

zvažuji přihlášení k odběru Vašeho newsletteru kvůli slevám na domácí spotřebiče, ale nechci mít zahlcenou schránku – u jiného obchodu mi chodily tři maily denně. Jak často ho posíláte? A jsou v něm jen slevy, nebo i novinky a testy výrobků?

Díky za info
Petra Svobodová""",
         "Petra Svobodová"),
        ("other", (),
         "Newsletter v češtině?",
         """Dobrý den,

bydlím v Bruselu a Váš newsletter mi chodí ve francouzštině. Francouzsky zatím moc neumím, takže polovině textu nerozumím. Máte ho i v češtině, nebo aspoň v angličtině? V nastavení účtu jsem volbu jazyka nenašel.

Děkuji
Martin Dvořák""",
         "Martin Dvořák"),
        ("other", (),
         "Dotaz k diplomové práci – transakční vs. marketingové e-maily",
         """Dobrý den,

jsem studentka Právnické fakulty MU a píšu diplomovou práci o přímém marketingu v e-commerce. Zajímalo by mě obecně, jak u Vás rozlišujete e-maily transakční (potvrzení objednávky, doprava) a marketingové – např. kam řadíte žádosti o hodnocení produktu, narozeninová přání nebo blok s doporučenými produkty v potvrzení objednávky.

Nejde mi o moje údaje, jen o obecný postup. Pokud byste byli ochotni odpovědět na 4–5 otázek (klidně anonymně), byla bych moc vděčná.

S pozdravem
Bc. Anna Pokorná""",
         "Anna Pokorná"),
    ],
    "hr": [
        ("access", (),
         "Re: Želiš li i dalje primati naše ponude?",
         """Poštovani,

u vašem mailu piše da sam "prije nekoliko godina" pristala primati vaše ponude. Ja se toga ne sjećam. Prije nego što kliknem bilo što, molim vas da mi pošaljete kada je točno ta privola dana, preko koje stranice ili obrasca, s koje IP adrese i koji sam tekst tada navodno prihvatila. Zanima me i koje još podatke o meni imate i odakle.

Lijep pozdrav,
Ivana Babić

> Draga Ivana,
> prije nekoliko godina pristala si primati naše ponude i novosti.
> Želimo biti sigurni da ti se i dalje sviđaju! Klikni "Da, želim" kako
> bismo ti i dalje mogli slati najbolje ponude. Ako ne klikneš do 30. lipnja,
> više ti nećemo slati e-poruke.
> Tvoj tim""",
         "Ivana Babić"),
        ("correction", ("withdraw_consent",),
         "Kolačići nisu privola za newsletter",
         """Bok,

prošli tjedan sam na vašoj stranici kliknula "Prihvati sve" na banneru za kolačiće jer mi se žurilo. Danas sam u profilu, pod "Moje privole", vidjela da piše da sam pristala na marketing e-mailom i SMS-om – s istim datumom i u istu minutu kad sam kliknula na banner. Na to nisam pristala, samo na kolačiće!

Molim vas da ispravite taj zapis jer nije točan, i da mi ne šaljete ništa od marketinga, ni mail ni SMS.

Hvala,
Petra Horvat
Split""",
         "Petra Horvat"),
        ("deletion", (),
         "",
         """Molim vas obrišite moj račun i sve podatke. Dosta mi je rođendanskih čestitki od dućana. Hvala
Dario Kovačević""",
         "Dario Kovačević"),
        ("portability", (),
         "Zahtjev za prijenos podataka",
         """Poštovani,

temeljem članka 20. Opće uredbe o zaštiti podataka molim da mi dostavite, u strukturiranom i strojno čitljivom formatu (CSV ili JSON), podatke povezane s mojom karticom vjernosti: povijest kupnji u trgovinama i web shopu, stanje bodova te postavke obavijesti i privola.

Podatke želim uvesti u aplikaciju koja objedinjuje programe vjernosti, pa mi PDF ili ispis ne odgovaraju.

Broj kartice: 6200 3391 0457
E-mail računa: isti kao pošiljatelj ove poruke.

S poštovanjem,
Krešimir Novak
Ulica Vladimira Nazora 8
31000 Osijek""",
         "Krešimir Novak"),
        ("restriction", ("access",),
         "Račun moje kćeri (15 g.)",
         """Poštovani,

kći (15) je otvorila račun u vašoj aplikaciji i očito uključila sve obavijesti, jer joj svaki dan stižu push poruke s popustima na odjeću, a navečer i "Tvoja košarica te čeka!".

Prije nego što odlučimo hoćemo li račun ugasiti, želio bih vidjeti što ste sve o njoj spremili i kako je točno dala privolu (je li uopće bilo ikakve provjere dobi?). Do tada vas molim da ništa ne brišete, ali i da prestanete koristiti njezine podatke – nikakve poruke, nikakvo profiliranje.

Srdačan pozdrav,
Goran Jurić""",
         "Goran Jurić"),
        ("objection", (),
         "Molbe za recenzije i \"nedostaješ nam\"",
         """Dobar dan,

nikad se nisam prijavio na newsletter, ali nakon svake kupnje dobijem 2-3 maila da ocijenim proizvod, a ako nekoliko tjedana ništa ne kupim, stigne "Nedostaješ nam!" s kuponom. Pretpostavljam da to šaljete na temelju "legitimnog interesa".

Protivim se toj obradi – ne želim da moju povijest kupnji koristite za takve poruke. Potvrde narudžbe i obavijesti o dostavi su, naravno, u redu.

Pozdrav,
Luka Marić""",
         "Luka Marić"),
        ("withdraw_consent", (),
         "pauza",
         """Pozdrav, selim se i idući mjesec mi ne treba ništa od vaših mailova. Možete li mi zaustaviti newsletter do kraja listopada? Ne želim se skroz odjaviti, samo pauzu.
Maja""",
         "Maja Pavlović"),
        ("other", (),
         "ponovno se prijaviti na newsletter",
         """Pozdrav!

Prije dva mjeseca sam se slučajno odjavila s newslettera (na mobitelu sam kliknula krivi link u dnu maila). Sad mi fale te ponude. Kad se pokušam ponovno prijaviti na stranici, piše "Ova adresa je već registrirana", a mailovi i dalje ne stižu. Kako to riješiti?

Hvala unaprijed,
Ana Knežević""",
         "Ana Knežević"),
        ("other", (),
         "Rođendanski kupon u trgovini?",
         """Dobar dan,

dobila sam rođendanski mail s kuponom od 10 %. Piše da vrijedi "online i u trgovinama", a u trgovini u Bruxellesu mi na blagajni kažu da ga ne mogu skenirati s mobitela. Vrijedi li on stvarno i u dućanu ili samo u web shopu? Rok mu je do nedjelje.

Lp,
Sanja Tomić""",
         "Sanja Tomić"),
        ("other", (),
         "Pitanje",
         """Poštovani,

kolega na poslu tvrdi da trgovina smije slati SMS ponude svakome tko je nešto kupio, i bez privole, jer je "postojeći kupac". Ja mislim da ne smije. Tko je u pravu? Kako to vi radite?

Ne tražim ništa za sebe, samo da razriješimo raspravu :)

Pozdrav,
Ivan Perić""",
         "Ivan Perić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag – samtycke till marknadsföring",
         """Hej,

Jag begär med stöd av artikel 15 i dataskyddsförordningen information om de personuppgifter ni behandlar om mig, och särskilt om det samtycke till e-postutskick som ni hänvisar till på er avregistreringssida ("Du har samtyckt till att få vårt nyhetsbrev").

Jag vill få:
– datum och klockslag då samtycket lämnades, och från vilken IP-adress
– när bekräftelselänken (double opt-in) klickades, om den alls klickades
– ordalydelsen i den version av samtyckestexten jag i så fall godkände
– i vilken kanal samtycket samlades in (webbshop, app, kassa eller samarbetspartner)
– hur länge ni sparar samtyckesloggen

Enligt artikel 7.1 är det er sak att kunna visa att samtycke har lämnats.

Med vänlig hälsning
Anders Lindqvist
Storgatan 22B
582 23 Linköping""",
         "Anders Lindqvist"),
        ("deletion", ("withdraw_consent",),
         "Vi saknar dig??",
         """Hej.

Lite bakgrund: jag flyttade hem till Sverige från Gent i januari och behövde inte längre något kundkort hos er. I mars gick jag in i appen, tryckte på "Avsluta konto", fick frågan "Är du säker?" och tryckte ja. Appen loggade ut mig och jag trodde att saken var ur världen.

I april kom det första mejlet: "Vi saknar dig! Här är 15 % på ditt nästa köp." Sedan ett födelsedagsmejl i maj. Och i förra veckan en påminnelse om att jag har poäng som "snart går ut". Ett konto som är avslutat borde väl inte ha poäng?

Så uppenbarligen avslutades ingenting. Jag vill att ni raderar mitt konto och mina uppgifter på riktigt den här gången, och att ni slutar skicka mejl till mig över huvud taget.

Johan Berg""",
         "Johan Berg"),
        ("portability", (),
         "Mina köp som fil",
         """Hej!

Jag håller på att lägga in allt vi har hemma i min hemförsäkringsapp, och de flesta av våra apparater är köpta hos er. Kan ni skicka min köphistorik (datum, produkt, pris, garantitid) i ett maskinläsbart format, typ CSV eller JSON? Den kan importera sådana filer direkt. Kvitton som PDF blir för mycket handpåläggning.

Kundnummer 40018873.

Tack på förhand
Emma Sjöberg""",
         "Emma Sjöberg"),
        ("restriction", (),
         "Samtycke via er samarbetspartner – radera inte",
         """Hej,

Ni skriver i ert svar att jag gav samtycke till ert nyhetsbrev via en tävling hos en av era samarbetspartner. Det bestrider jag. Jag har aldrig deltagit i någon sådan tävling och har nu anmält partnern.

Radera därför INTE mina uppgifter eller samtyckesloggen – jag behöver dem som underlag. Men så länge det här utreds vill jag att ni inte använder mina uppgifter till någonting: inga utskick, ingen segmentering, ingen vidaredelning.

Mvh
Lars Holmgren
Uppsala""",
         "Lars Holmgren"),
        ("objection", (),
         "Orderbekräftelser",
         """Hej! Orderbekräftelserna är helt ok, men jag vill inte ha "Du kanske också gillar"-rutan längst ner med rekommendationer utifrån vad jag köpt och tittat på. Jag motsätter mig att ni använder min köphistorik till det.
/Karin Nyström""",
         "Karin Nyström"),
        ("withdraw_consent", (),
         "",
         """Sluta skicka sms tack. Nyhetsbrevet på mejl vill jag fortsätta få.
073-418 22 96

Skickat från min iPhone""",
         "Sara Lund"),
        ("complaint", ("withdraw_consent",),
         "Tredje påminnelsen – fortfarande utskick trots avregistrering",
         """Hej,

Det här är tredje gången jag skriver.

Den 12 februari avregistrerade jag mig från ert nyhetsbrev via länken i mejlet och fick bekräftelsen "Du är nu avregistrerad". Sedan dess har jag fått minst nio utskick från er. Jag skrev till er den 4 mars och den 2 april. Inget svar, inte ens en automatisk bekräftelse.

Jag upprepar alltså: jag återkallar mitt samtycke till all marknadsföring via e-post, sms och push.

Om jag inte fått ett skriftligt svar inom två veckor med en förklaring till varför avregistreringen inte fungerat kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY). Jag har sparat alla mejl.

Maria Ekström
Västerås""",
         "Maria Ekström"),
        ("other", (),
         "Välkomstrabatten fungerar inte",
         """Hej,

Jag anmälde mig till nyhetsbrevet i söndags och fick välkomstmejlet med koden VALKOMMEN10. När jag lägger in den i kassan står det bara "Koden kan inte användas för produkterna i din varukorg". Jag har en vattenkokare och en brödrost i korgen, inget på rea. Gäller den inte på hushållsapparater? Det stod inget om det i mejlet.

Tack
Oskar Lindberg""",
         "Oskar Lindberg"),
        ("other", (),
         "Nyhetsbrev på nederländska",
         """Hej!

Jag bor i Antwerpen sedan i höstas och har era nyhetsbrev, men de kommer på nederländska. Jag förstår det mesta men inte allt. Finns det en engelsk version? Jag hittar ingen språkinställning i kontot.

Hälsningar
Linnea Forsberg""",
         "Linnea Forsberg"),
        ("other", (),
         "Samarbete: samtyckeshantering för e-handel",
         """Hej!

Jag heter Erik Wallin och arbetar på Samtyckt AB i Göteborg. Vi hjälper e-handlare i Norden och Benelux med samtyckeshantering – allt från preferenscenter där kunden kan välja kanal (mejl, sms, push) och ämnen, till en revisionssäker logg över varje samtycke med tidsstämpel, IP-adress och textversion.

Vi har nyligen hjälpt en större elektronikkedja att köra en ompermissionskampanj ("Vill du fortfarande höra av oss?") som behöll 68 % av listan.

Skulle ni vara intresserade av en kort demo? Jag kan anpassa mig efter er tid. Om det här inte är rätt adress får ni gärna vidarebefordra mejlet till er marknadschef.

Vänliga hälsningar
Erik Wallin
Samtyckt AB
Kungsgatan 12, 411 19 Göteborg""",
         "Erik Wallin"),
    ],
    "ro": [
        ("correction", (),
         "Nume greșit în newsletter",
         """Bună ziua,

de câteva luni primesc newsletterul vostru cu „Dragă Ionuț”. Mă numesc Ioana, nu Ionuț :) Cred că m-am abonat printr-un formular al unui partener de-al vostru (un concurs pe Facebook, anul trecut) și acolo s-a completat greșit.

Vă rog să corectați prenumele în Ioana. Mersi frumos!

Ioana Munteanu""",
         "Ioana Munteanu"),
        ("deletion", (),
         "Cont creat de fiica mea (12 ani)",
         """Bună ziua,

am descoperit ieri că fiica mea, care are 12 ani, și-a făcut cont în aplicația dumneavoastră. A bifat tot ce i s-a cerut ca să primească un cod de reducere la o husă de telefon, iar acum primește zilnic notificări și e-mailuri cu „oferte doar pentru tine”.

Ca părinte nu am fost întrebată nimic și nu am fost de acord cu așa ceva. Vă rog să ștergeți contul ei și toate datele pe care le aveți despre ea. Adresa de e-mail a contului este cea de pe care vă scriu (e a mea, am pus-o eu pe telefonul ei, din păcate).

Vă rog să-mi confirmați în scris.

Cu stimă,
Mihaela Popescu
Cluj-Napoca""",
         "Mihaela Popescu"),
        ("portability", (),
         "Cerere portabilitate date",
         """Stimată doamnă / Stimate domn,

În temeiul art. 20 din Regulamentul (UE) 2016/679 vă rog să-mi transmiteți datele cu caracter personal pe care vi le-am furnizat, într-un format structurat, utilizat în mod curent și care poate fi citit automat (CSV sau JSON), respectiv: datele contului, istoricul comenzilor online și din magazine, punctele de fidelitate și setările de preferințe pentru comunicări.

Nu am nevoie de un PDF, ci de un fișier pe care să-l pot importa în altă aplicație.

Cu stimă,
Adrian Stoica
Str. Mihai Eminescu nr. 17, bl. B2, ap. 9
București, sector 2""",
         "Adrian Stoica"),
        ("restriction", (),
         "NU ștergeți datele mele!",
         """Bună ziua,

am primit mailul vostru „Mai vrei să auzi de noi?” în care scrie că dacă nu răspund până la sfârșitul lunii îmi ștergeți datele.

Vă rog să NU le ștergeți. Am în curs o reclamație pe garanție pentru mașina de spălat vase cumpărată anul trecut (comanda BE-2231907) și am nevoie de istoricul comenzilor și al contului ca dovadă, dacă se ajunge la ANPC.

Până se rezolvă reclamația, păstrați-le, dar nu le folosiți pentru nimic altceva.

Mulțumesc,
Cristian Dumitrescu""",
         "Cristian Dumitrescu"),
        ("objection", ("withdraw_consent",),
         "Mi-ați dat datele altei firme din grup",
         """Bună ziua,

M-am abonat la newsletterul vostru acum vreo doi ani, numai la voi. De o lună primesc mailuri și de la magazinul de mobilă care, după cum scrie jos în mail, face parte din același grup. Nu le-am dat niciodată adresa mea.

Nu sunt de acord să le transmiteți datele mele altor firme din grup, vă rog să opriți asta. Și ca să fie clar: retrag și consimțământul dat pentru newsletterul magazinului de mobilă, dacă voi considerați că l-am dat prin voi.

Newsletterul vostru poate să vină în continuare.

Radu Georgescu""",
         "Radu Georgescu"),
        ("withdraw_consent", (),
         "notificari",
         """Buna, va rog fara notificari push si mesaje in aplicatie. Mailurile le vreau in continuare. Multumesc
Alina""",
         "Alina Constantin"),
        ("complaint", ("withdraw_consent",),
         "Linkul „Gestionează preferințele” nu gestionează nimic",
         """Bună ziua,

Vreau să primesc în continuare newsletterul pe e-mail, dar NU mai vreau SMS-uri. Nimic mai simplu, ați crede.

Apăs pe „Gestionează preferințele” din subsolul mailului și ajung pe o pagină cu un singur buton: „Dezabonează-mă de la toate comunicările”. Atât. Nicio bifă, nicio alegere. În aplicație, la „Setări > Notificări”, la fel. Am sunat la serviciul clienți și mi s-a spus că „nu se poate separat” și că dacă nu vreau SMS-uri trebuie să renunț la tot.

Așa ceva nu e în regulă. Consimțământul se dă pe canale, deci trebuie să se și poată retrage pe canale. Vă anunț că, dacă în 15 zile nu primesc un răspuns și nu rezolvați asta, fac plângere la ANSPDCP.

Între timp, vă rog să luați act că îmi retrag consimțământul pentru SMS-uri (0722 514 389). Newsletterul pe e-mail rămâne.

Cu stimă,
Gabriela Ionescu
Iași""",
         "Gabriela Ionescu"),
        ("other", (),
         "Nu mai primesc newsletterul",
         """Bună ziua,

până în martie primeam newsletterul vostru în fiecare vineri, iar de atunci nimic. Nu m-am dezabonat, am verificat și în spam și la „Promoții”. Ați renunțat la newsletter sau e o problemă la mine? Chiar îmi plăcea, am prins de acolo reducerea la aspirator.

O zi bună,
Elena Marin""",
         "Elena Marin"),
        ("other", (),
         "E real mailul ăsta?",
         """Bună ziua,

am primit un mail cu subiectul „Mai vrei să auzi de noi? Confirmă până pe 30 iunie” de la o adresă care pare a voastră, cu un buton mare „Da, rămân abonat”. Au fost multe mailuri de phishing în ultima vreme și nu vreau să dau click pe ceva dubios. Este trimis de voi? Cum pot verifica?

Mulțumesc,
Vlad Stan""",
         "Vlad Stan"),
        ("other", (),
         "Comanda BE-2240518 – nelivrată, dar îmi cereți recenzie",
         """Bună ziua,

am comandat pe 3 iunie un espressor (comanda BE-2240518). Statusul este de o săptămână „în curs de livrare”, curierul nu răspunde la telefon, iar ieri am primit de la voi mail „Cum ți se pare noul tău espressor? Lasă o recenzie!”. Cum să mă pară dacă nu l-am primit?!

Vă rog să verificați unde este coletul. Dacă nu ajunge până vineri, vreau banii înapoi.

Florin Radu""",
         "Florin Radu"),
    ],
    "el": [
        ("access", ("withdraw_consent",),
         "Ερώτηση",
         """Καλησπέρα σας. Τι στοιχεία έχετε για μένα; Μου ήρθε μήνυμα στο κινητό με προσφορές από εσάς ενώ δεν θυμάμαι να σας έδωσα ποτέ τον αριθμό μου. Από πού τον βρήκατε;
Και παρακαλώ μην μου ξαναστείλετε sms.

Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("correction", (),
         "Αλλαγή email",
         """Καλημέρα,

το παλιό μου email (στον πάροχο που έκλεισε) είναι ακόμα καταχωρημένο στον λογαριασμό μου και στις ρυθμίσεις του newsletter. Στο κέντρο προτιμήσεων δεν με αφήνει να το αλλάξω, βγάζει «Μη έγκυρη διεύθυνση».

Παρακαλώ αντικαταστήστε το με τη διεύθυνση από την οποία σας γράφω τώρα. Το newsletter το θέλω κανονικά, απλώς να έρχεται εδώ.

Ευχαριστώ,
Κατερίνα Νικολάου""",
         "Κατερίνα Νικολάου"),
        ("portability", (),
         "Αίτημα φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 20 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679, παρακαλώ να μου χορηγήσετε τα δεδομένα προσωπικού χαρακτήρα που σας έχω παράσχει, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο (CSV ή JSON). Συγκεκριμένα: στοιχεία λογαριασμού, ιστορικό αγορών (ηλεκτρονικό κατάστημα και καταστήματα), πόντοι της κάρτας μέλους και οι ρυθμίσεις επικοινωνίας μου.

Αριθμός κάρτας μέλους: 6200 5582 1046.

Με εκτίμηση,
Δημήτρης Αλεξίου
Λεωφ. Κηφισίας 118
115 26 Αθήνα""",
         "Δημήτρης Αλεξίου"),
        ("restriction", (),
         "Συγκατάθεση στο ταμείο",
         """Καλησπέρα,

Στην απάντησή σας μου γράψατε ότι έδωσα συγκατάθεση για διαφημιστικά μηνύματα «στο ταμείο του καταστήματος στη Λιέγη, με υπογραφή σε tablet» τον Νοέμβριο. Εγώ θυμάμαι μόνο ότι υπέγραψα για να πάρω την απόδειξη εγγύησης της τηλεόρασης.

Μέχρι να ξεκαθαρίσει τι ακριβώς υπέγραψα, σας ζητώ να μην χρησιμοποιείτε τα στοιχεία μου για τίποτα. Μην τα διαγράψετε όμως, γιατί θέλω να δω αυτό το έντυπο και χρειάζομαι την εγγύηση.

Ευχαριστώ,
Νίκος Σταματόπουλος""",
         "Νίκος Σταματόπουλος"),
        ("objection", (),
         "Μηνύματα μέσα στην εφαρμογή",
         """Γεια σας,

κάθε φορά που ανοίγω την εφαρμογή μού βγαίνει αναδυόμενο μήνυμα «Είδαμε ότι σε ενδιαφέρουν τα ρούχα εγκυμοσύνης!» ή κάτι παρόμοιο, με βάση ό,τι έψαξα πριν από δύο εβδομάδες για δώρο σε φίλη. Δεν έχω δώσει ποτέ ρητή συγκατάθεση για κάτι τέτοιο.

Αντιτίθεμαι στη χρήση του ιστορικού περιήγησής μου για προφίλ και εξατομικευμένα μηνύματα. Την εφαρμογή θέλω να τη χρησιμοποιώ κανονικά για αγορές, χωρίς όλο αυτό.

Ελένη Βασιλείου""",
         "Ελένη Βασιλείου"),
        ("withdraw_consent", (),
         "",
         """Δεν θέλω άλλα mail για τα γενέθλιά μου ούτε τα «μας έλειψες». Ευχαριστώ.
Σοφία Κ.

Στάλθηκε από το Samsung Galaxy μου""",
         "Σοφία Καραγιάννη"),
        ("complaint", ("objection",),
         "Re: Το αίτημά σας #58812",
         """Δηλαδή μου λέτε ότι η ενότητα «Μπορεί να σας αρέσει επίσης» με έξι προϊόντα και κουμπιά «Αγοράστε τώρα» είναι μέρος της «επιβεβαίωσης παραγγελίας» και γι' αυτό δεν μπορώ να την σταματήσω; Αυτό είναι διαφήμιση, όπως και να το ονομάσετε. Το να την κολλάτε μέσα στο transactional mail για να μην έχει link απεγγραφής δεν την κάνει κάτι άλλο.

Δεν δέχομαι αυτή την απάντηση. Επαναλαμβάνω ότι αντιτίθεμαι στη χρήση των αγορών μου για εξατομικευμένες προτάσεις προϊόντων, είτε σε newsletter είτε μέσα στις επιβεβαιώσεις. Αν δεν το διορθώσετε, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Αντώνης Μιχαηλίδης

> Αγαπητέ κύριε Μιχαηλίδη,
> σας ευχαριστούμε για το μήνυμά σας. Τα email επιβεβαίωσης παραγγελίας
> είναι μηνύματα συναλλαγής και αποστέλλονται σε όλους τους πελάτες.
> Για τον λόγο αυτό δεν είναι δυνατή η απεγγραφή από αυτά ή από
> επιμέρους ενότητές τους.
> Με εκτίμηση,
> Εξυπηρέτηση Πελατών""",
         "Αντώνης Μιχαηλίδης"),
        ("other", (),
         "Πόσο συχνά στέλνετε newsletter;",
         """Καλησπέρα,

σκέφτομαι να εγγραφώ στο newsletter σας για τις προσφορές σε μικροσυσκευές κουζίνας, αλλά δεν θέλω να γεμίσει το inbox μου. Κάθε πόσο το στέλνετε; Και υπάρχει δυνατότητα να λαμβάνω μόνο τις προσφορές για συγκεκριμένες κατηγορίες;

Ευχαριστώ,
Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("other", (),
         "Newsletter στα ελληνικά;",
         """Γεια σας,

μένω στις Βρυξέλλες και το newsletter σας έρχεται στα γαλλικά. Καταλαβαίνω αρκετά, αλλά θα προτιμούσα αγγλικά ή, αν υπάρχει, ελληνικά. Υπάρχει τέτοια επιλογή; Δεν βρήκα κάτι στο προφίλ μου.

Φιλικά,
Παναγιώτης Οικονόμου""",
         "Παναγιώτης Οικονόμου"),
        ("other", (),
         "Πρόταση συνεργασίας – πλατφόρμα διαχείρισης συγκαταθέσεων",
         """Αξιότιμη ομάδα,

ονομάζομαι Χριστίνα Λαμπράκη και εκπροσωπώ την ConsentWorks Α.Ε., εταιρεία με έδρα τη Θεσσαλονίκη που αναπτύσσει λογισμικό διαχείρισης συγκαταθέσεων για ηλεκτρονικά καταστήματα.

Η πλατφόρμα μας προσφέρει κέντρο προτιμήσεων ανά κανάλι (email, SMS, push), πλήρες αρχείο συγκαταθέσεων (χρονοσφραγίδα, IP, έκδοση κειμένου, πηγή) και αυτοματοποιημένες καμπάνιες επιβεβαίωσης συγκατάθεσης. Συνεργαζόμαστε ήδη με καταστήματα σε Ελλάδα, Κύπρο και Βέλγιο.

Θα χαρούμε να σας κάνουμε μια σύντομη παρουσίαση. Αν δεν είστε οι αρμόδιοι, θα σας ήμουν ευγνώμων αν προωθούσατε το μήνυμα στο τμήμα marketing.

Με εκτίμηση,
Χριστίνα Λαμπράκη
Business Development
ConsentWorks Α.Ε.
Τσιμισκή 45, 546 23 Θεσσαλονίκη""",
         "Χριστίνα Λαμπράκη"),
    ],
    "bg": [
        ("access", (),
         "Откъде имате съгласието ми?",
         """Здравейте,

получавам вашия бюлетин, но съм се регистрирала само в онлайн магазина за дрехи, който, доколкото разбирам, е ваша сестринска марка. Никога не съм се записвала при вас.

Моля, да ми кажете кога, къде и по какъв начин е дадено съгласието, с което ми пишете – през кой сайт или формуляр, на коя дата, от какъв IP адрес и какъв е бил точният текст. Искам да знам и кой друг в групата има данните ми.

Поздрави,
Десислава Иванова
София""",
         "Десислава Иванова"),
        ("correction", ("withdraw_consent",),
         "Смяна на имейл + SMS",
         """Здравейте,

имейлът ми се смени (старият беше служебен, вече не работя там). Моля, сменете го в профила ми с този, от който пиша сега – бюлетинът искам да продължи да идва, но на новия адрес.

И още нещо – SMS-ите с промоции не ги искам повече. Само имейл.

Благодаря,
Стефан Петров""",
         "Стефан Петров"),
        ("deletion", (),
         "",
         """Изтрийте ми профила и всички данни. Благодаря
Николай Димитров
0888 415 272""",
         "Николай Димитров"),
        ("portability", (),
         "Данни в машинночетим формат",
         """Здравейте,

На основание чл. 20 от Регламент (ЕС) 2016/679 (ОРЗД) моля да ми предоставите личните данни, които съм ви предоставил – данни за профила, история на поръчките, точки по картата за лоялност и настройките за съгласия – в структуриран, машинночетим формат (CSV или JSON).

Карта за лоялност № 6200 7714 2208.

С уважение,
Васил Тодоров
ул. „Граф Игнатиев“ 34
4000 Пловдив""",
         "Васил Тодоров"),
        ("restriction", (),
         "Не трийте записа за съгласието",
         """Здравейте,

в отговор на предишното ми писмо ми написахте, че съгласието ми за маркетинг е дадено през формуляр на ваш партньор – мобилен оператор, при подписване на договор. С този оператор в момента имам спор, точно заради това как са използвали данните ми.

Моля, НЕ изтривайте записа за съгласието и данните ми, ще ми трябват като доказателство. Но докато спорът не приключи, не ги използвайте за нищо – нито бюлетини, нито реклами, нито предаване на когото и да било.

Благодаря,
Иван Георгиев""",
         "Иван Георгиев"),
        ("withdraw_consent", (),
         "Карта за лоялност – без имейли",
         """Здравейте, искам да си запазя картата за лоялност и точките, но не искам повече никакви рекламни имейли и пуш известия от приложението. Благодаря!

Мария Стоянова""",
         "Мария Стоянова"),
        ("complaint", ("withdraw_consent",),
         "Отговорих „НЕ“, а продължавате да пишете",
         """Здравейте,

на 15 май получих вашия имейл „Искаш ли да продължиш да получаваш новини от нас?“. Натиснах „Не, благодаря“ и ми излезе страница „Съжаляваме, че си тръгваш. Няма да получаваш повече имейли.“

От тогава съм получила още 6 рекламни имейла, последния вчера. Писах ви на 28 май – нямам отговор.

Това е несериозно. Самите вие ме питате дали искам, отговарям ви ясно и пак не спирате. Отново заявявам, че оттеглям съгласието си за всякакви маркетингови съобщения. Ако не спрат в рамките на седмица, подавам жалба до Комисията за защита на личните данни.

Радостина Колева
Варна""",
         "Радостина Колева"),
        ("other", (),
         "Бюлетинът спря да идва",
         """Здравейте,

от около месец не получавам вашия бюлетин, а преди идваше всяка седмица. Не съм се отписвал. Проверих и в спам папката. Да не би да сте спрели да го пращате? Интересуваха ме промоциите на техника.

Поздрави,
Георги Христов""",
         "Георги Христов"),
        ("other", (),
         "Кодът от приветствения имейл не работи",
         """Здравейте,

записах се за бюлетина вчера и в приветствения имейл получих код ДОБРЕДОШЛИ10 за 10% отстъпка. При плащане излиза „Невалиден код“. Опитах и на латиница, и на кирилица – същото. Какво да направя? Поръчката е за прахосмукачка, искам да я поръчам днес.

Благодаря,
Калина Павлова""",
         "Калина Павлова"),
        ("other", (),
         "Въпрос за карта за лоялност за непълнолетни",
         """Здравейте,

дъщеря ми е на 16 и иска да си направи ваша карта за лоялност, за да трупа точки от дрехите, които си купува. Може ли сама да се регистрира, или трябва родител? И ще получава ли реклами, ако не отбележи нищо при регистрацията?

Засега само питам, още не сме правили регистрация.

Поздрави,
Елена Николова""",
         "Елена Николова"),
    ],
}

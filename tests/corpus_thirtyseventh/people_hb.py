"""Thirty-seventh set, privacy mail tangled with money, payments, invoices and debt (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtyseventh.py)."""

PEOPLE_HB = {
    "pl": [
        ("access", (),
         "Odmowa rat – gdzie sprawdzaliście moje dane?",
         """Dzień dobry,

10 października próbowałam kupić w Państwa sklepie internetowym lodówkę (zamówienie nr 2026-418832) na raty 0%. Wniosek został odrzucony po kilku sekundach, a jedyne, co dostałam, to komunikat „Niestety nie możemy zaproponować Ci płatności ratalnej”.

Proszę o informację:
1. w jakim biurze informacji kredytowej lub u jakiego partnera sprawdzaliście moją zdolność kredytową,
2. jakie moje dane zostały im przekazane,
3. co odesłali na mój temat (ocena, scoring, cokolwiek to było).

Nie mam żadnych zaległości i chcę zrozumieć, skąd ta odmowa.

Z poważaniem
Agnieszka Wójcik""",
         "Agnieszka Wójcik"),
        ("correction", (),
         "Błędny NIP na fakturze FV/2026/10/55812",
         """Dzień dobry,

na fakturze do zamówienia 7712044 jest NIP 5271234567, a prawidłowy to 5217234567 (ktoś przestawił cyfry). Nazwa firmy też jest obcięta: „Usługi Remontowe Kami” zamiast „Usługi Remontowe Tomasz Kamiński”.

Proszę poprawić te dane w moim koncie firmowym, żeby następne faktury wychodziły już dobrze. Do tej jednej poproszę fakturę korygującą.

Pozdrawiam
Tomasz Kamiński
tel. 0470 12 34 56""",
         "Tomasz Kamiński"),
        ("deletion", ("withdraw_consent",),
         "Zapisana karta – nie wyrażałam na to zgody",
         """Witam,

dzisiaj przy płaceniu za zamówienie zobaczyłam, że na moim koncie jest zapamiętana karta Visa kończąca się na 4471. Nigdy nie zaznaczałam żadnego „zapamiętaj kartę”! Proszę ją natychmiast usunąć z Państwa systemu, razem ze wszystkimi danymi tej karty, jakie macie.

I przy okazji wypiszcie mnie z newslettera, mam już dość maili typu „kup teraz, zapłać za 30 dni”.

Katarzyna Lewandowska""",
         "Katarzyna Lewandowska"),
        ("restriction", (),
         "Windykacja – faktura 2026-08-1193 (sprawa sporna)",
         """Szanowni Państwo,

otrzymałem wczoraj list od firmy windykacyjnej w sprawie rzekomo niezapłaconej faktury 2026-08-1193 na kwotę 349,99 EUR. Ten telewizor reklamowałem jeszcze w sierpniu (reklamacja nr RMA-55021), został odesłany kurierem i do dziś nikt mi nie odpowiedział, czy reklamacja została uznana.

Nie chodzi mi o usunięcie danych – będą potrzebne do wyjaśnienia reklamacji. Proszę jednak o ograniczenie przetwarzania moich danych związanych z tą fakturą do czasu rozstrzygnięcia sprawy: oznaczcie ją jako sporną i nie wykorzystujcie moich danych do dalszej windykacji, dopóki reklamacja nie zostanie rozpatrzona.

Proszę o potwierdzenie na piśmie.

Z poważaniem
Paweł Nowicki""",
         "Paweł Nowicki"),
        ("objection", ("access",),
         "Limit zakupów na raty w aplikacji",
         """Dzień dobry,

od tygodnia w aplikacji wyświetla mi się „Twój limit zakupów na raty: 1 500 €”. Nigdy o nic takiego nie prosiłem. Z polityki prywatności wynika, że analizujecie moją historię zakupów i płatności (także z karty klubowej), żeby wyliczać ten limit i dopasowywać oferty.

Sprzeciwiam się takiemu wykorzystywaniu moich danych. Proszę to wyłączyć na moim koncie.

Chciałbym też wiedzieć, jakie konkretnie dane braliście pod uwagę przy tym wyliczeniu.

Marek Zieliński""",
         "Marek Zieliński"),
        ("portability", (),
         "historia zakupów w pliku",
         """Cześć,

prowadzę budżet domowy w aplikacji YNAB i chciałabym zaimportować do niej wszystkie swoje zakupy u Was z ostatnich dwóch lat – te ze sklepu internetowego i te ze sklepów stacjonarnych na kartę klubową (nr 6003 1120 8841).

Czy możecie mi wysłać wszystko w pliku CSV (ewentualnie Excel)? Wystarczy data, kwota i co kupione. PDF-y faktur nic mi nie dadzą, musiałabym wszystko przepisywać ręcznie.

Dzięki!
Joanna""",
         "Joanna Dąbrowska"),
        ("complaint", (),
         "SKANDAL – mój zwrot i moje dane u obcej osoby",
         """Dzień dobry,

w październiku zwróciłem odkurzacz (zwrot nr R-20261017-332), kwota 212,40 EUR miała wrócić na moje konto. Nie wróciła. W zeszłym tygodniu zadzwoniła do mnie obca kobieta z Gandawy: dostała na swoje konto przelew od Was z tytułem mojego zwrotu, a do tego maila z potwierdzeniem zwrotu, w którym było moje imię i nazwisko, adres, numer telefonu i lista wszystkiego, co zamówiłem. Tylko dlatego w ogóle mogła do mnie zadzwonić.

Czyli nie dość, że wysłaliście moje pieniądze na cudzy rachunek, to jeszcze rozesłaliście moje dane osobowe komuś zupełnie obcemu. Nikt mnie o tym nie poinformował, dowiedziałem się przypadkiem.

Oczekuję wyjaśnienia, jak do tego doszło. Jeżeli w ciągu tygodnia nie dostanę odpowiedzi, składam skargę do belgijskiego organu ochrony danych.

Krzysztof Mazur""",
         "Krzysztof Mazur"),
        ("other", (),
         "Zwrot za buty – nadal brak pieniędzy",
         """Dzień dobry,

26 października odesłałam buty z zamówienia 2026-551270 (paczka doręczona do Was 29.10, mam potwierdzenie z bpost). W formularzu zwrotu podałam dane do przelewu, ale do dziś nie dostałam zwrotu 74,95 EUR. Na stronie piszecie o 14 dniach, a minęły już prawie trzy tygodnie.

Czy możecie sprawdzić, na jakim etapie jest mój zwrot?

Pozdrawiam
Ewa Kowalczyk""",
         "Ewa Kowalczyk"),
        ("other", (),
         "Podwójne obciążenie karty",
         """Witam,
przy zamówieniu 2026-602118 przy wpisywaniu danych karty wyskoczył błąd, więc kliknąłem „Zapłać” drugi raz. Teraz w banku widzę dwie transakcje po 89,90 EUR, a zamówienie jest jedno. Proszę o zwrot jednej z nich.

Michał Grabowski""",
         "Michał Grabowski"),
        ("other", (),
         "Prośba o duplikat faktury",
         """Dzień dobry,

przez przypadek usunęłam maila z fakturą za zamówienie nr 2026-478005 (ekspres do kawy, 14.10.2026), a księgowa potrzebuje jej do rozliczenia. Czy mogą Państwo przesłać ją jeszcze raz?

Z góry dziękuję,
Beata Szymańska""",
         "Beata Szymańska"),
    ],
    "cs": [
        ("deletion", ("restriction",),
         "Re: Váš požadavek na smazání účtu",
         """Dobrý den,

děkuji za odpověď. Chápu, že faktury musíte ze zákona uchovávat 7 let. Dobře, tak si je nechte. Ale všechno ostatní prosím smažte: zákaznický účet, věrnostní kartu, uložené adresy, telefonní číslo, historii prohlížení, seznam přání, prostě všechno.

A ty faktury prosím opravdu jen uložte pro účetnictví a na nic jiného je nepoužívejte – žádné statistiky, žádná „doporučení na základě vašich nákupů“, nic.

S pozdravem
Jana Nováková""",
         "Jana Nováková"),
        ("objection", ("withdraw_consent",),
         "Nabídky úvěru na míru – nesouhlasím",
         """Dobrý den,

posledních pár týdnů mi od vás chodí e-maily typu „Petře, na základě vašich nákupů pro vás máme předschválený nákup na splátky až do 2 000 €“. Vadí mi, že z toho, co u vás kupuji a jak platím, vyhodnocujete, kolik bych si mohl půjčit.

Nesouhlasím s tím, abyste moje nákupy a platby takhle analyzovali. A e-maily s nabídkami mi už prosím neposílejte vůbec, odhlaste mě z nich.

Petr Svoboda""",
         "Petr Svoboda"),
        ("access", (),
         "Zamítnutí splátek – žádám o vysvětlení",
         """Dobrý den,

dne 3. 11. 2026 jsem si chtěl ve vašem e-shopu koupit notebook za 1 249 € na 12 splátek. Během pár vteřin mi přišlo zamítnutí, zjevně automatické, bez jakéhokoli zdůvodnění.

Podle GDPR mám právo vědět, jak bylo o mně rozhodnuto. Prosím tedy o informaci:
– jaké moje údaje jste při posouzení použili (a odkud – jen od vás, nebo i z nějakého registru),
– jak ten automatický systém funguje, tedy podle čeho rozhoduje,
– jaký výsledek nebo skóre mi vyšlo,
– jestli to vůbec viděl nějaký člověk.

Děkuji.
Martin Černý""",
         "Martin Černý"),
        ("complaint", (),
         "Vymahači volají mému zaměstnavateli!!",
         """Dobrý den,

to, co se teď děje, je naprosto nepřijatelné. Kvůli údajně nezaplacené faktuře za 64 € (objednávka 2026-337190, kterou jsem mimochodem vrátila) jste předali mou věc nějaké vymáhací agentuře. Ta agentura mi teď volá do práce. Včera volali na recepci a mé nadřízené řekli, že „vymáhají dluh paní Procházkové“.

Číslo do práce jsem vám nikdy nedala. Jestli ho agentura má od vás, je to ještě horší.

Tohle je hrubé porušení mého soukromí. Pokud mi do týdne nevysvětlíte, jak se to mohlo stát, podám stížnost u úřadu pro ochranu osobních údajů, v Belgii i v Česku.

Tereza Procházková""",
         "Tereza Procházková"),
        ("correction", (),
         "IBAN",
         """Dobrý den,

proč máte v mém účtu pořád můj starý IBAN? Ten účet u Fio banky jsem zrušil už v březnu a v profilu jsem ho tehdy přepsal, a stejně vratka za objednávku 2026-420871 šla na něj a banka ji poslala zpátky.

Nový IBAN je CZ65 0800 0000 1920 0014 5399 (Česká spořitelna). Opravte to prosím tak, aby se ten starý už nikde neobjevoval, a vratku pošlete znovu.

Díky,
Jakub Kučera""",
         "Jakub Kučera"),
        ("withdraw_consent", (),
         "Odhlášení SMS",
         """Dobrý den, prosím přestaňte mi posílat SMS s nabídkami nákupu na splátky a „odložené platby“. Souhlas jsem kdysi zaškrtla při registraci věrnostní karty, teď ho odvolávám. Číslo je +32 487 55 21 90.

Děkuji, Veronika Horáková""",
         "Veronika Horáková"),
        ("portability", (),
         "Export nákupů (CSV/JSON)",
         """Dobrý den,

rád bych od vás dostal všechny své nákupy – e-shop i kamenné prodejny přes věrnostní kartu – ve strojově čitelném formátu, ideálně JSON nebo CSV. Chci si je nahrát do aplikace Spendee, kde si vedu výdaje, a mít tam i přehled o zárukách.

Podle článku 20 GDPR by to mělo jít. Stačí datum, prodejna/e-shop, položky, cena a způsob platby.

Díky
Ondřej Marek""",
         "Ondřej Marek"),
        ("other", (),
         "Zůstatek dárkové karty",
         """Dobrý den,

k narozeninám jsem dostala vaši dárkovou kartu na 50 € (číslo 7789 0012 4456 3301). V pondělí jsem s ní na prodejně v Antverpách zaplatila nákup za 18,30 €, ale v účtu v aplikaci mi teď ukazuje zůstatek 0 €. Mělo by tam zbýt 31,70 €, ne? Můžete to prosím prověřit?

Hana Pokorná""",
         "Hana Pokorná"),
        ("other", (),
         "Platba bez karty?",
         """Dobrý den,
dá se u vás platit i přes Bancontact nebo převodem? Nerad zadávám údaje o kartě na webu. A jde u objednávky nad 500 € platit na fakturu? Díky za info.
Lukáš Veselý""",
         "Lukáš Veselý"),
        ("other", (),
         "Změna adresy doručení – obj. 2026-903311",
         """Dobrý den,

včera jsem objednala pračku (objednávka 2026-903311, zaplaceno kartou). Až teď jsem si všimla, že jsem jako doručovací adresu nechala byt, ze kterého se tento týden stěhuji. Můžete ji prosím doručit na Rue de la Loi 112, 1040 Etterbeek? Fakturační adresa může zůstat stejná.

Moc děkuji,
Lucie Dvořáková""",
         "Lucie Dvořáková"),
    ],
    "hr": [
        ("complaint", ("deletion",),
         "DRUGI ZAHTJEV – brisanje podataka o kartici",
         """Poštovani,

prije pet tjedana (2. listopada) poslao sam vam na ovu adresu zahtjev da iz mog korisničkog računa izbrišete spremljenu karticu (Mastercard koja završava na 9032) i moj IBAN. Nisam dobio nikakav odgovor, čak ni automatsku potvrdu, a kartica je i dalje spremljena.

Rok za odgovor je mjesec dana i prošao je. Ponavljam zahtjev: izbrišite te podatke. Ako se do kraja tjedna nitko ne javi, podnosim pritužbu belgijskom tijelu za zaštitu podataka.

Tomislav Marić""",
         "Tomislav Marić"),
        ("deletion", (),
         "PayPal",
         """Bok,

kad sam zadnji put plaćala, moj PayPal ostao je povezan s vašim webshopom („plaćanje jednim klikom”), a to nisam htjela. Molim vas da prekinete tu vezu i izbrišete sve podatke koje ste o meni dobili od PayPala (e-mail, adresu, ID računa, što god imate).

Hvala,
Ana Babić""",
         "Ana Babić"),
        ("access", ("objection",),
         "Tko je agenciji dao moju adresu i broj mobitela?",
         """Poštovani,

jučer sam dobio pismo od agencije za naplatu potraživanja zbog navodnog duga od 59,90 EUR za narudžbu 2026-288104. U pismu su moja nova adresa i broj mobitela. U rujnu sam se preselio i novu adresu sam upisao samo kod vas, u aplikaciji, nikome drugome je nisam dao.

Zato vas molim da mi napišete koje ste moje podatke predali toj agenciji, kada i na temelju čega.

Također se protivim tome da im ubuduće prosljeđujete bilo kakve moje podatke. Ako mislite da vam nešto dugujem, javite se izravno meni.

Marko Kovačević""",
         "Marko Kovačević"),
        ("restriction", (),
         "Opomena za plaćeni račun br. 2026-0913-77",
         """Poštovani,

dobila sam opomenu za račun br. 2026-0913-77 (129,00 EUR), iako sam ga platila 3. listopada bankovnim prijenosom – potvrdu o uplati šaljem u prilogu. U opomeni piše da ćete, ako ne platim u roku od 10 dana, predmet predati vanjskoj agenciji i prijaviti me u registar dužnika.

Dok ne provjerite uplatu, tražim da ograničite obradu mojih podataka vezanih uz taj račun: da ih ne šaljete nikakvoj agenciji ni registru i da ih ne koristite ni za što drugo osim za provjeru. Kad utvrdite da je plaćeno, javite mi.

Lijep pozdrav,
Ivana Horvat""",
         "Ivana Horvat"),
        ("portability", ("deletion",),
         "Izvoz podataka pa zatvaranje računa",
         """Pozdrav,

prestajem kupovati kod vas, ali prije toga bih htio sve svoje podatke o kupnjama (webshop i kartica vjernosti) u nekom strojno čitljivom obliku – CSV, JSON, svejedno – da ih mogu ubaciti u svoju aplikaciju za praćenje troškova.

Kad mi pošaljete datoteku, molim vas da zatvorite moj korisnički račun i izbrišete moje podatke.

Luka Novak""",
         "Luka Novak"),
        ("correction", (),
         "Krivo prezime na računima",
         """Poštovani,

udala sam se u kolovozu i u profilu sam promijenila prezime u Jurić, ali svi računi (i onaj zadnji, za narudžbu 2026-610942) i dalje glase na moje djevojačko prezime Perić. Isto je i s karticom vjernosti. Račune predajem poslodavcu pa mi trebaju na ispravno ime.

Molim da ispravite prezime u svim svojim sustavima.

Hvala,
Petra Jurić""",
         "Petra Jurić"),
        ("withdraw_consent", (),
         "",
         """Molim vas da mi isključite obavijesti u aplikaciji i e-mailove o „kupi sad, plati kasnije” i obročnom plaćanju. Ne zanima me i ne želim ih više primati.
Maja""",
         "Maja Knežević"),
        ("other", (),
         "Povrat novca za otkazanu narudžbu",
         """Poštovani,

narudžbu 2026-701553 otkazao sam 28. listopada, dva sata nakon što sam je napravio, i dobio sam potvrdu o otkazu. Novac (312,00 EUR) skinut je s kartice, ali još mi nije sjeo natrag na račun. Možete li provjeriti kada će povrat biti proveden?

Hvala i lijep pozdrav,
Ivan Pavlović""",
         "Ivan Pavlović"),
        ("other", (),
         "Kopije računa za knjigovođu",
         """Dobar dan,

knjigovođa mi traži sve račune za kupnje kod vas u 2026. (za obrt). Neke sam slučajno obrisala iz maila. Možete li mi poslati kopije svih računa od siječnja do danas, najbolje u jednom mailu?

Lp,
Martina Vuković""",
         "Martina Vuković"),
        ("other", (),
         "Naplaćeno dvaput",
         """Pozdrav,

u subotu sam u vašoj trgovini u Liègeu platio karticom 46,80 EUR, a na izvodu vidim dva terećenja s istim iznosom i u isto vrijeme. Račun iz trgovine imam, poslat ću sliku ako treba. Molim da poništite jedno terećenje.

Josip Blažević""",
         "Josip Blažević"),
    ],
    "sv": [
        ("objection", ("withdraw_consent",),
         "Delning av min köphistorik med Klarna",
         """Hej,

I er uppdaterade integritetspolicy står det att ni delar information om mina köp och mitt betalbeteende med "betalningspartner" som Klarna för att kunna visa "skräddarsydda delbetalningserbjudanden". Det motsätter jag mig. Jag vill inte att min köphistorik används eller lämnas ut för sådant.

Och när ni ändå är inne i mitt konto: sluta skicka sms om att "dela upp betalningen". Det har jag aldrig bett om.

Mvh
Erik Johansson""",
         "Erik Johansson"),
        ("correction", (),
         "Fel företagsnamn och momsnummer på fakturan",
         """Hej!

Jag handlar till min enskilda firma, Bergs Snickeri, som har momsregistreringsnummer SE710512345601. På de två senaste fakturorna (F-2026-10-0872 och F-2026-11-0114) står det "Berg Snickeri AB" och ett helt annat momsnummer, SE556123456701, som jag inte vet var det kommer ifrån.

Kan ni rätta uppgifterna i mitt företagskonto och skicka nya fakturor? Min revisor godkänner inte de här.

Tack på förhand,
Johan Berg""",
         "Johan Berg"),
        ("access", (),
         "Vilka betaluppgifter har ni sparat om mig?",
         """Hej,

När jag loggade in i appen i går såg jag att ni har mitt kort sparat, och dessutom mitt gamla bankkonto från en återbetalning förra året. Då började jag undra vad mer ni har.

Jag vill ha en sammanställning av alla personuppgifter ni har om mig, särskilt betaluppgifterna: kortuppgifter, kontonummer, kopplingar till PayPal eller Klarna, och kreditupplysningar om ni har tagit några. Hur länge sparar ni det, och har ni lämnat ut något av det till andra företag?

Vänliga hälsningar
Sara Nilsson""",
         "Sara Nilsson"),
        ("deletion", ("withdraw_consent",),
         "Avsluta konto",
         """Hej.

Jag vill att ni tar bort mitt konto och de sparade kortuppgifterna. Och sluta skicka nyhetsbrevet.

Tack
/Anna Lindqvist""",
         "Anna Lindqvist"),
        ("restriction", (),
         "Kapat konto – radera inte loggarna",
         """Hej,

Någon loggade in på mitt konto den 14 oktober och beställde två mobiltelefoner (order 2026-884120 och 2026-884121) med mitt sparade kort. Jag har gjort en polisanmälan (K-2026-1184523) och begärt återbetalning via banken.

Er kundtjänst skrev att inloggningsloggar och IP-adresser raderas automatiskt efter 30 dagar. Snälla, gör inte det för mitt konto. Spara allt som rör de här beställningarna och inloggningarna tills polisen och banken är klara – det är mitt enda bevis. Ni behöver inte använda uppgifterna till något, bara låta bli att radera dem.

Maria Eriksson
+46 70 123 45 67""",
         "Maria Eriksson"),
        ("complaint", (),
         "Mitt kvitto skickades till en främling",
         """Hej,

I lördags handlade jag i er butik i Gent och bad om digitalt kvitto. Det hamnade hos en helt annan person, en man som sedan mejlade mig (min adress stod i kvittot) och skrev att han fått "ett kvitto med ditt namn, ditt medlemsnummer och allt du köpt". Bland annat saker som jag helst inte visar för främlingar.

Det här är en personuppgiftsincident och jag förväntar mig att ni tar det på allvar. Förklara hur det kunde hända och vad ni gör för att det inte ska hända igen. Från er har jag inte hört ett ord, bara från honom.

Karin Holm""",
         "Karin Holm"),
        ("portability", (),
         "Export av köphistorik till budgetapp",
         """Hej!

Jag skulle vilja ha hela min köphistorik hos er (webbshop + butikerna via medlemskortet) som en fil jag kan läsa in i min budgetapp, helst CSV. Om ni kan skicka den direkt till appen via deras API är det ännu bättre, men en fil räcker.

Medlemsnummer 4410 2285 119.

Tack!
Oskar Lundgren""",
         "Oskar Lundgren"),
        ("other", (),
         "Dubbeldragning",
         """Hej,
jag beställde en jacka i går (order 2026-913344, 119 €) och betalade med kort. Nu syns två dragningar på 119 € på kontot. Kan ni kolla och betala tillbaka den ena?
Tack, Lars Persson""",
         "Lars Persson"),
        ("other", (),
         "Presentkortskod raderad av misstag",
         """Hej!

Jag fick ett digitalt presentkort hos er av min syster i somras, på 75 euro, men jag råkade radera mejlet med koden när jag rensade inkorgen. Går det att få koden skickad igen, eller kan ni se saldot om jag uppger min e-postadress? Jag vet inte vilket nummer kortet hade.

Hälsningar
Emma Sjöberg""",
         "Emma Sjöberg"),
        ("other", (),
         "Delbetalning – när dras första betalningen?",
         """Hej,

Jag köpte en soffa för 1 290 € med delbetalning på 6 månader den 2 november. I orderbekräftelsen står det inget om när första avbetalningen dras från mitt konto. Är det den 1:a varje månad eller samma datum som köpet? Vill se till att det finns täckning.

Mvh Elin Åberg""",
         "Elin Åberg"),
    ],
    "ro": [
        ("access", (),
         "Cerere de acces la date",
         """Bună ziua,

În baza articolului 15 din GDPR, vă rog să-mi trimiteți o copie a tuturor datelor personale pe care le dețineți despre mine. Mă interesează în special datele legate de plăți: ce carduri sau conturi bancare aveți salvate, istoricul plăților și al rambursărilor, eventualele verificări de credit făcute pentru plata în rate și dacă ați transmis aceste date unor terți (bănci, firme de recuperare a creanțelor, parteneri de plată).

Vă rog să precizați și de unde provin datele pe care nu vi le-am dat eu direct și cât timp le păstrați.

Cu stimă,
Andreea Popescu
Card de fidelitate nr. 6003 1189 2047""",
         "Andreea Popescu"),
        ("complaint", ("correction",),
         "Facturile mele ajung la fostul meu soț",
         """Bună ziua,

Vă scriu foarte supărată. Încă din august am schimbat adresa de e-mail din contul meu, pentru că vechea adresă era una comună cu fostul meu soț. Cu toate acestea, facturile și bonurile de la cumpărături ajung în continuare pe adresa veche. Ieri fostul soț m-a sunat ca să facă mișto de ce am cumpărat și cât am plătit.

Nu e normal ca datele mele să ajungă la altcineva după ce le-am actualizat. Vă rog să corectați adresa de e-mail peste tot în sistemele dumneavoastră (cont, card de fidelitate, facturare) și să-mi explicați de ce nu s-a făcut asta până acum.

Elena Dumitru""",
         "Elena Dumitru"),
        ("deletion", (),
         "Închidere cont",
         """Bună,

Vă rog să-mi închideți contul și să ștergeți toate datele mele. După povestea cu rambursarea care a durat două luni nu mai vreau să am nimic de-a face cu magazinul vostru. Știu că facturile trebuie păstrate pentru contabilitate, asta e în regulă, dar în rest ștergeți tot.

Mihai Ionescu""",
         "Mihai Ionescu"),
        ("objection", ("access",),
         "Refuz plată în rate – contest decizia automată",
         """Bună ziua,

Pe 5 noiembrie am cerut plata în 10 rate pentru o mașină de spălat (comanda 2026-927701, 689 €). Cererea a fost respinsă instantaneu, evident de un sistem automat, fără ca vreun om să se uite pe ea.

Nu sunt de acord ca o astfel de decizie despre mine să fie luată doar de un algoritm. Cer ca cererea mea să fie reanalizată de o persoană și mă opun evaluării automate a datelor mele pentru astfel de decizii.

De asemenea, vă rog să-mi explicați pe ce s-a bazat decizia: ce date ați folosit și după ce criterii funcționează sistemul.

Alexandru Stan""",
         "Alexandru Stan"),
        ("correction", (),
         "Data nașterii greșită în cont",
         """Bună ziua,

În contul meu data nașterii apare 12.03.2006 în loc de 21.03.1986. Cred că din cauza asta mi-a fost refuzată azi plata cu Klarna – probabil sistemul crede că am 20 de ani. Vă rog să corectați data nașterii.

Mulțumesc,
Ioana Constantin""",
         "Ioana Constantin"),
        ("restriction", (),
         "Nu ștergeți contul, dar nu mai folosiți datele",
         """Bună ziua,

Aș vrea să închid contul, dar am o garanție de 3 ani pentru frigiderul cumpărat în 2025 (comanda 2025-114520) și mi-e teamă că, dacă îl ștergeți, nu mai pot dovedi achiziția.

Așa că vă rog: deocamdată nu ștergeți nimic, dar nici nu mai folosiți datele mele pentru altceva decât facturi și garanție. Fără analize, fără oferte, fără nimic. Păstrați-le doar pentru cazul în care am nevoie de garanție.

Mulțumesc,
Cristian Munteanu""",
         "Cristian Munteanu"),
        ("withdraw_consent", ("objection",),
         "Oferte de credit – dezabonare",
         """Bună ziua,

Vă rog să mă dezabonați de la toate e-mailurile și notificările cu oferte de tip „cumpără acum, plătește mai târziu” și credite. Nu am nevoie de așa ceva.

Și nu vreau ca istoricul meu de cumpărături și plăți să fie folosit ca să mi se trimită oferte personalizate, de niciun fel.

Gabriela Stoica""",
         "Gabriela Stoica"),
        ("other", (),
         "Rambursare laptop returnat",
         """Bună ziua,

Am returnat laptopul din comanda 2026-655018 pe 20 octombrie, iar pe site apare „retur primit” din 24 octombrie. Banii (899 €) însă nu au ajuns încă înapoi pe card. Puteți verifica, vă rog, când se face rambursarea?

Mulțumesc,
Radu Gheorghe""",
         "Radu Gheorghe"),
        ("other", (),
         "Plata cu cardul refuzată",
         """Salut,
Încerc de ieri să plătesc comanda (3 produse în coș, total 156 €), dar la final îmi apare „plată refuzată”. Datele cardului sunt corecte, le-am verificat de trei ori, iar banca zice că la ei nu apare nicio tranzacție blocată. Pot plăti altfel, prin transfer bancar sau ramburs?
Simona Marin""",
         "Simona Marin"),
        ("other", (),
         "Duplicat factură pentru contabil",
         """Bună ziua,

Contabilul meu are nevoie de facturile pentru comenzile 2026-402117 și 2026-455930 (echipamente pentru biroul PFA-ului). Le-am șters din greșeală din e-mail. Mi le puteți retrimite?

Mulțumesc frumos,
Florin Dinu""",
         "Florin Dinu"),
    ],
    "el": [
        ("portability", (),
         "Ιστορικό αγορών σε αρχείο",
         """Καλησπέρα σας,

Θα ήθελα να μου στείλετε όλο το ιστορικό των αγορών μου (από το e-shop και από τα καταστήματα με την κάρτα μέλους) σε μορφή που μπορεί να διαβάσει ένα πρόγραμμα, π.χ. CSV ή JSON. Θέλω να το περάσω σε μια εφαρμογή διαχείρισης προσωπικών οικονομικών.

Στείλτε το σε αυτό το email. Δεν χρειάζομαι τα τιμολόγια σε PDF, μόνο τα δεδομένα.

Ευχαριστώ,
Σοφία Αλεξίου""",
         "Σοφία Αλεξίου"),
        ("deletion", ("restriction",),
         "Διαγραφή κάρτας και IBAN",
         """Γεια σας,

Στον λογαριασμό μου είναι αποθηκευμένη μια κάρτα Visa (που τελειώνει σε 2231) και το IBAN μου. Παρακαλώ διαγράψτε την κάρτα αμέσως.

Το IBAN κρατήστε το μόνο μέχρι να μου επιστραφούν τα χρήματα για την παραγγελία 2026-733260 (έχω κάνει επιστροφή, 148 €), και μην το χρησιμοποιήσετε για τίποτα άλλο. Μόλις ολοκληρωθεί η επιστροφή χρημάτων, διαγράψτε το κι αυτό.

Κώστας Νικολάου""",
         "Κώστας Νικολάου"),
        ("complaint", ("deletion",),
         "Διαρροή στοιχείων; Email απάτης με τον αριθμό παραγγελίας μου",
         """Καλημέρα,

Χθες έλαβα ένα email δήθεν από εσάς, ότι «η πληρωμή για την παραγγελία 2026-590413 απέτυχε» και ότι πρέπει να ξαναβάλω τα στοιχεία της κάρτας μου σε έναν σύνδεσμο. Το email είχε το σωστό ονοματεπώνυμό μου, τον σωστό αριθμό παραγγελίας και τα τελευταία 4 ψηφία της κάρτας μου. Αυτά τα ξέρετε μόνο εσείς.

Ευτυχώς δεν πάτησα τίποτα. Είναι όμως προφανές ότι τα στοιχεία μου έχουν διαρρεύσει από το σύστημά σας και κανείς δεν με ενημέρωσε. Θέλω εξηγήσεις και θέλω να ξέρω αν το έχετε αναφέρει στην αρμόδια αρχή.

Επίσης, διαγράψτε την κάρτα μου και όλα τα στοιχεία πληρωμής μου από τα συστήματά σας. Δεν σας εμπιστεύομαι πια.

Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("access", (),
         "Εισπρακτική εταιρεία – τι στοιχεία της δώσατε;",
         """Αξιότιμοι κύριοι,

Πριν από μία εβδομάδα με πήρε τηλέφωνο μια εισπρακτική εταιρεία για ένα υπόλοιπο 37,50 € από τις δόσεις μιας ηλεκτρικής σκούπας που αγόρασα από εσάς. Το ποσό θα το τακτοποιήσω, δεν είναι αυτό το θέμα.

Το θέμα είναι ότι ήξεραν το κινητό μου, τη διεύθυνσή μου και το email μου. Παρακαλώ να μου πείτε ποια ακριβώς στοιχεία μου δώσατε σε αυτή την εταιρεία, πότε, και αν τα δώσατε και σε κάποιον άλλον (π.χ. σε τράπεζα ή σε αρχείο οφειλετών).

Με εκτίμηση,
Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("correction", (),
         "Λάθος αριθμός ΦΠΑ στα τιμολόγια",
         """Καλησπέρα,

Στα τιμολόγια που εκδίδετε για την επιχείρησή μου εμφανίζεται λάθος αριθμός ΦΠΑ: BE0712.345.681 αντί για το σωστό BE0712.345.618. Επίσης η διεύθυνση της έδρας είναι η παλιά (Avenue Louise 54), ενώ από τον Σεπτέμβριο είμαστε στη Chaussée de Wavre 201, 1050 Ixelles.

Μπορείτε να διορθώσετε τα στοιχεία στον επαγγελματικό μου λογαριασμό;

Ευχαριστώ,
Νίκος Κωνσταντίνου""",
         "Νίκος Κωνσταντίνου"),
        ("objection", ("access",),
         "Προεγκεκριμένη πιστωτική κάρτα «σε συνεργασία» με εσάς;",
         """Καλησπέρα,

Σήμερα βρήκα στο γραμματοκιβώτιο επιστολή από μια τράπεζα που μου προσφέρει «προεγκεκριμένη πιστωτική κάρτα σε συνεργασία με τη Shop Example», με όριο που, όπως γράφει, «υπολογίστηκε με βάση τις αγορές σας». Δεν έχω καμία σχέση με αυτή την τράπεζα.

Αντιτίθεμαι στο να δίνετε τα στοιχεία μου ή πληροφορίες για τις αγορές μου σε τράπεζες ή άλλους συνεργάτες για τέτοιες προσφορές. Σταματήστε το.

Θέλω επίσης να μάθω τι ακριβώς τους δώσατε για μένα.

Δημήτρης Ιωάννου""",
         "Δημήτρης Ιωάννου"),
        ("withdraw_consent", (),
         "Όχι άλλα SMS",
         """Καλησπέρα, σας παρακαλώ σταματήστε να μου στέλνετε SMS για «αγορές σε άτοκες δόσεις». Δεν θέλω να λαμβάνω κανένα διαφημιστικό μήνυμα στο κινητό μου. Ευχαριστώ.
Ελένη Δημητρίου""",
         "Ελένη Δημητρίου"),
        ("other", (),
         "Δεν έχω λάβει ακόμα την επιστροφή χρημάτων",
         """Καλημέρα σας,

Στις 22 Οκτωβρίου επέστρεψα στο κατάστημα της Αμβέρσας ένα ζευγάρι ακουστικά (παραγγελία 2026-811205, 129 €). Μου είπαν ότι τα χρήματα θα επιστραφούν στην κάρτα σε 5-7 εργάσιμες, αλλά δεν έχει έρθει τίποτα ακόμα. Μπορείτε να ελέγξετε τι γίνεται;

Ευχαριστώ,
Κατερίνα Μιχαηλίδου""",
         "Κατερίνα Μιχαηλίδου"),
        ("other", (),
         "Η δωροκάρτα εξαφανίστηκε από τον λογαριασμό",
         """Γεια σας,

Είχα προσθέσει στον λογαριασμό μου στην εφαρμογή μια δωροκάρτα 100 € (αριθμός 7789 0034 1120 5567). Μετά την τελευταία ενημέρωση της εφαρμογής μοιάζει να έχει διαγραφεί – δεν εμφανίζεται πουθενά. Δεν την έχω χρησιμοποιήσει καθόλου. Μπορείτε να μου πείτε αν υπάρχει ακόμα το υπόλοιπο και πώς την ξαναπροσθέτω;

Αντώνης Βασιλείου""",
         "Αντώνης Βασιλείου"),
        ("other", (),
         "Πληρωμή σε δόσεις με πιστωτική;",
         """Καλησπέρα,

Θέλω να αγοράσω ένα ψυγείο (γύρω στα 900 €). Μπορώ να πληρώσω σε δόσεις με την πιστωτική μου κάρτα, όπως γίνεται στην Ελλάδα, ή μόνο μέσω του δικού σας προγράμματος δόσεων; Και αν πληρώσω με Bancontact, μπορώ να το παραλάβω από το κατάστημα;

Ευχαριστώ πολύ,
Χριστίνα Παππά""",
         "Χριστίνα Παππά"),
    ],
    "bg": [
        ("restriction", ("objection",),
         "Спорно вземане – моля, спрете събирането",
         """Здравейте,

Получих писмо от колекторска фирма за „неплатена“ фактура № 2026-0822-415 за 219 €. Тази поръчка я върнах на 30 август (товарителница на bpost 3232 9981 0054 BE) и имам имейл от вас, че пратката е получена. Все още чакам отговор по рекламацията.

Докато въпросът не се изясни, ви моля да ограничите обработването на данните ми по този случай – да не се използват за по-нататъшно събиране на вземането и да не се предават никъде.

Освен това възразявам изобщо срещу предаването на моите данни на колекторски фирми. Ако смятате, че ви дължа нещо, пишете на мен.

С уважение,
Десислава Георгиева""",
         "Десислава Георгиева"),
        ("access", ("correction",),
         "Какви данни пазите за мен?",
         """Здравейте,

Напомнително писмо за плащане по разсрочена покупка е отишло на стария ми адрес в Льовен, откъдето се изнесох преди година и половина. Добре че бившият хазаин ми го препрати. Явно някъде в системата ви има стари данни.

Моля, изпратете ми копие на всички лични данни, които имате за мен – адреси, телефони, данни за плащания и вноски, всичко.

И поправете адреса навсякъде: новият е Rue des Tanneurs 18, 1000 Bruxelles.

Благодаря,
Георги Петров""",
         "Георги Петров"),
        ("deletion", (),
         "Изтриване на профила",
         """Здравейте,

Връщам се да живея в България и вече няма да пазарувам при вас. Моля, закрийте профила ми и изтрийте личните ми данни, включително картата за лоялност (№ 6003 1174 5520) и запазената банкова карта.

Поздрави,
Мария Иванова""",
         "Мария Иванова"),
        ("complaint", ("withdraw_consent",),
         "Пак ми пращате оферти за кредит!",
         """Здравейте,

На 12 септември се отписах от бюлетина ви и получих потвърждение. Оттогава получих още ЧЕТИРИ имейла с „Купи сега, плати после – до 24 вноски без лихва“, последния вчера. Отписах се и втори път през линка в имейла – нищо.

Това е нарушение и ако продължи, ще подам жалба до Комисията за защита на личните данни. Махнете ме от всички списъци за маркетингови имейли веднага.

Иван Стоянов""",
         "Иван Стоянов"),
        ("portability", (),
         "Данни за покупките във формат CSV",
         """Здравейте,

Бих искал да получа данните за всичките си покупки при вас (онлайн и в магазините с картата за лоялност) във файл, който мога да импортирам в програма за бюджет – CSV или JSON, няма значение. По възможност с дата, магазин, артикули, сума и начин на плащане.

Благодаря предварително!
Николай Тодоров""",
         "Николай Тодоров"),
        ("objection", (),
         "Скрити начини на плащане – възразявам",
         """Здравейте,

От известно време при плащане ми се показват само карта и Bancontact, а опцията „плащане по фактура“ изчезна. В чата ми обясниха, че системата „оценява риска“ по историята на поръчките и връщанията ми и затова крие някои начини на плащане.

Не съм съгласна историята ми да се анализира по този начин и да бъда определяна като „рисков“ клиент. Възразявам срещу това профилиране – моля, спрете да го прилагате спрямо мен.

Виктория Николова""",
         "Виктория Николова"),
        ("correction", (),
         "Грешно име и ЕИК във фактурите",
         """Здравейте,

Във всички фактури името ми излиза като „Стефан Христев“, а е Христов. Освен това ЕИК-ът на фирмата ми е грешен – пише 204518873, а правилният е 204518837. Моля, поправете ги в профила ми, за да излизат правилно следващите фактури.

Стефан Христов""",
         "Стефан Христов"),
        ("other", (),
         "Двойно таксуване",
         """Здравейте,

Вчера платих поръчка 2026-958102 (64,99 €) с карта, а в банката виждам, че сумата е изтеглена два пъти. Поръчката е само една. Моля, върнете втората сума.

Благодаря,
Петя Атанасова""",
         "Петя Атанасова"),
        ("other", (),
         "Дубликат на фактура",
         """Здравейте,

Счетоводителката ми има нужда от фактурата за поръчка 2026-700954 от 8 октомври. В профила си в сайта не мога да я намеря, а имейла явно съм го изтрил. Може ли да ми я изпратите пак на този адрес?

Поздрави,
Калоян Илиев""",
         "Калоян Илиев"),
        ("other", (),
         "Смяна на адреса за доставка",
         """Здравейте,

Днес направих поръчка 2026-961330 (платена с Bancontact) и сбърках адреса за доставка – вместо Rue Gray 45 написах Rue Gray 54. Може ли да го смените, преди да изпратите пратката?

Благодаря ви!
Елена Димитрова""",
         "Елена Димитрова"),
    ],
}

"""Forty-sixth set, mail about accounts, logins and security (pl cs hr sv ro el bg). Written apart from the rules (see make_fortysixth.py)."""

PEOPLE_SB = {
    "pl": [
        ("access", ("restriction",),
         "Włamanie na konto – proszę o historię logowań",
         """Dzień dobry,

w nocy z 3 na 4 listopada ktoś zalogował się na moje konto w Państwa sklepie i złożył dwa zamówienia (nr 58120344 i 58120351) z dostawą na adres, którego nie znam. Hasło już zmieniłem, a zamówienia anulowała infolinia.

Na podstawie art. 15 RODO proszę o przesłanie mi historii logowań do mojego konta z ostatnich trzech miesięcy: daty i godziny, adresy IP, informacje o urządzeniach i przeglądarkach, a także o nieudanych próbach logowania. Chcę wiedzieć, od kiedy ta osoba miała dostęp.

Sprawę zgłosiłem na policję. Proszę więc nie kasować tych logów po upływie zwykłego okresu przechowywania, tylko zachować je do zakończenia postępowania – mogą być potrzebne jako dowód.

Z poważaniem
Tomasz Wiśniewski""",
         "Tomasz Wiśniewski"),
        ("deletion", (),
         "Drugie konto przez logowanie Google",
         """Dzień dobry,

przy zamawianiu w aplikacji kliknęłam przez pomyłkę „Kontynuuj z Google” i okazało się, że założyło mi się drugie konto – obok tego, które mam u Państwa od lat na adres w Onecie. Tego nowego konta nie chcę i nigdy nie chciałam. Proszę je usunąć razem ze wszystkim, co trafiło do Państwa z Google (imię, zdjęcie, adres Gmail).

Stare konto proszę zostawić bez zmian.

Pozdrawiam
Agnieszka Kowalczyk""",
         "Agnieszka Kowalczyk"),
        ("correction", (),
         "Ktoś zmienił mi e-mail i telefon na koncie",
         """Dzień dobry,

wczoraj wieczorem przyszedł SMS, że numer telefonu przypisany do mojego konta został zmieniony. To nie ja. Wszedłem do aplikacji, w której byłem jeszcze zalogowany, i zobaczyłem, że adres e-mail też jest inny – jakiś dziwny adres na protonmailu.

Proszę o przywrócenie prawidłowych danych:
- e-mail: ten, z którego piszę,
- telefon: +32 470 58 21 94.

Hasło już zmieniłem. Nr karty lojalnościowej: 6012 0094 3317, gdyby trzeba było mnie zweryfikować.

Marek Zieliński""",
         "Marek Zieliński"),
        ("complaint", ("deletion",),
         "Hasło przysłane otwartym tekstem?!",
         """Szanowni Państwo,

28 października zadzwoniłem na infolinię, bo nie mogłem się zalogować. Zamiast linku do zmiany hasła konsultant przysłał mi e-mail z moim aktualnym hasłem – czarno na białym. Czyli przechowujecie hasła klientów w postaci, którą da się odczytać, a każdy pracownik obsługi najwyraźniej ma do nich wgląd. W 2026 roku to jest po prostu niedopuszczalne.

Proszę traktować tę wiadomość jako formalną skargę. Oczekuję wyjaśnienia, jak to możliwe i co zamierzacie z tym zrobić.

Nie chcę też dłużej mieć u Was konta. Proszę je zamknąć i usunąć moje dane.

Z poważaniem
Piotr Jankowski""",
         "Piotr Jankowski"),
        ("portability", ("deletion",),
         "Historia zamówień w pliku, potem zamknięcie konta",
         """Dzień dobry,

po październikowym włamaniu (zgłoszenie z 12.10) nie chcę już konta w sklepie internetowym. Zanim je Państwo zamkną, proszę o przesłanie mi historii moich zamówień i punktów z karty w pliku, który da się wczytać do innego programu – najlepiej CSV albo JSON. Potrzebuję tego do gwarancji i domowych rozliczeń, a nie chcę przepisywać wszystkiego ręcznie z ekranu.

Kiedy plik do mnie dotrze, proszę usunąć konto razem z danymi.

Dziękuję i pozdrawiam
Magdalena Nowak""",
         "Magdalena Nowak"),
        ("objection", (),
         "Sprzeciw – fingerprinting przy logowaniu",
         """Dzień dobry,

z Państwa polityki prywatności wynika, że przy logowaniu zbieracie tzw. odcisk urządzenia (rozdzielczość ekranu, zainstalowane czcionki, wersja przeglądarki itd.) i wykorzystujecie go nie tylko do zabezpieczeń, ale też „do celów analitycznych” na podstawie prawnie uzasadnionego interesu.

Wnoszę sprzeciw wobec takiego przetwarzania moich danych. Do ochrony konta w zupełności wystarczy mi hasło i kod SMS.

Krzysztof Lewandowski
karta klubowa 6012 4478 0093""",
         "Krzysztof Lewandowski"),
        ("withdraw_consent", (),
         "powiadomienia",
         """hej, wyłączcie mi proszę te wszystkie pushe z promocjami w aplikacji i maile z ofertami. Cofam zgodę na marketing. Powiadomienia o logowaniu z nowego urządzenia mogą zostać, bo to akurat się przydaje

Ola""",
         "Aleksandra Dąbrowska"),
        ("other", (),
         "Link do resetu hasła nie działa",
         """Dzień dobry,

nie pamiętam hasła, więc klikam „Nie pamiętam hasła”, mail przychodzi od razu, ale po kliknięciu w link wyskakuje „Link wygasł lub jest nieprawidłowy”. Nawet jak klikam minutę po otrzymaniu. Próbowałam trzy razy, na komputerze i w telefonie.

Mam w koszyku zamówienie, które chciałabym dziś złożyć, bo jutro kończy się promocja. Co mogę zrobić?

Barbara Kamińska""",
         "Barbara Kamińska"),
        ("other", (),
         "Fałszywy mail w Waszym imieniu",
         """Cześć,

dostałem dziś maila niby od Was, że „Twoje konto zostanie usunięte, jeśli w ciągu 24 godzin nie potwierdzisz swoich danych”, z linkiem do strony shopexample-weryfikacja.com. Nie klikałem, od razu widać, że to oszustwo. Piszę tylko, żebyście wiedzieli i mogli ostrzec innych klientów. Zrzut ekranu w załączniku, samego maila już usunąłem.

Pozdrawiam
Paweł Szymański""",
         "Paweł Szymański"),
        ("other", (),
         "Konto zablokowane, a zamówienie czeka",
         """Dzień dobry,

po kilku nieudanych próbach logowania (źle pamiętałam hasło) konto się zablokowało i widzę komunikat, że mam spróbować za 24 godziny. Problem w tym, że mam opłacone zamówienie nr 58093310 z odbiorem w sklepie w Antwerpii i chciałam zmienić dzień odbioru na sobotę. Czy mogą to Państwo zrobić po swojej stronie albo odblokować konto wcześniej?

Dziękuję
Ewa Wójcik""",
         "Ewa Wójcik"),
    ],
    "cs": [
        ("restriction", ("access",),
         "Podezření na zneužití účtu – prosím o zablokování",
         """Dobrý den,

dnes ráno mi přišly dva e-maily s potvrzením objednávek, které jsem neudělal, a z věrnostního účtu zmizelo zhruba 4 200 bodů. Vypadá to, že se mi někdo dostal do účtu.

Prosím, zmrazte můj účet, dokud se to nevyšetří – ať s ním nejde nic dělat, žádné objednávky ani čerpání bodů. Nic ale nemažte, údaje budu potřebovat pro policii.

Zároveň bych chtěl vědět, které údaje na účtu se za poslední dva týdny změnily a z jakých IP adres a zařízení se do něj kdo přihlašoval.

Děkuji
Jan Novotný
věrnostní karta 6012 3390 1187""",
         "Jan Novotný"),
        ("complaint", (),
         "Po přihlášení vidím cizí objednávky!",
         """Dobrý den,

včera večer jsem se přihlásila do vaší aplikace a v sekci „Moje objednávky“ se mi zobrazily objednávky nějaké paní Vandenberghe – její jméno, adresa v Gentu, telefon, a dokonce poslední čtyři číslice její karty. Po odhlášení a novém přihlášení už bylo všechno v pořádku, ale screenshot mám.

Tohle je vážné. Když já vidím její údaje, kdo vidí ty moje? Chci si na to oficiálně stěžovat. Očekávám vysvětlení, jak se to mohlo stát, a informaci, jestli jste incident ohlásili dozorovému úřadu.

Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("access", (),
         "Co o mně ukládáte při přihlašování",
         """Dobrý den,

zajímalo by mě, co všechno o mně ukládáte, když se přihlašuji na web a do aplikace. Konkrétně historii přihlášení, IP adresy, typy zařízení, seznam „zapamatovaných zařízení“ a neúspěšné pokusy o přihlášení.

Prosím o kopii těchto údajů k mému účtu a o informaci, jak dlouho je uchováváte a jestli je předáváte někomu dalšímu (třeba firmě, která vám hlídá podvody).

S pozdravem
Petr Procházka""",
         "Petr Procházka"),
        ("deletion", ("withdraw_consent",),
         "Smazání uložené karty",
         """Dobrý den,

po tom úniku hesel z jiného e-shopu, o kterém se teď všude píše, jsem trochu paranoidní. Prosím, smažte z mého účtu uloženou platební kartu (Visa končící 4471) a neuchovávejte si ji nikde jinde. Příště ji radši zadám ručně.

A když už píšu – odhlaste mě prosím z newsletteru, chodí ho na mě moc.

Díky
Martina Černá""",
         "Martina Černá"),
        ("objection", (),
         "nesouhlas s profilováním",
         """Dobrý den,

v nastavení aplikace jsem si všiml věty, že mi nabídky přizpůsobujete „podle vašeho chování při přihlašování a prohlížení“. Nepřeji si, aby se údaje o mých přihlášeních a o tom, co si u vás prohlížím, používaly k profilování a cílení nabídek, a proti takovému zpracování vznáším námitku.

Účet i věrnostní kartu si chci nechat, jde mi jen o tohle.

Ondřej Kučera""",
         "Ondřej Kučera"),
        ("correction", (),
         "Staré číslo a e-mail u účtu – nemůžu se přihlásit",
         """Dobrý den,

k mému účtu je pořád přiřazené telefonní číslo, které už tři roky nemám, a protože máte dvoufázové ověření přes SMS, kód chodí někomu úplně cizímu. Odkaz na obnovu hesla zase chodí na můj starý e-mail na Seznamu, který už neexistuje.

Prosím o opravu kontaktních údajů:
telefon: +32 468 22 19 05
e-mail: ten, ze kterého vám píšu

Ověřit si mě můžete podle věrnostní karty 6012 7781 0442 nebo poslední objednávky 58077120.

Děkuji
Hana Veselá""",
         "Hana Veselá"),
        ("portability", (),
         "Export dat z účtu (JSON/CSV)",
         """Dobrý den,

chtěl bych si stáhnout data ze svého účtu – historii objednávek, adresy a pohyby věrnostních bodů – ve strojově čitelném formátu (JSON nebo CSV), abych si je mohl nahrát do aplikace, ve které si hlídám výdaje. V účtu jsem tlačítko na export nenašel, jen přehled na obrazovce a jednotlivé faktury v PDF.

Podle článku 20 GDPR bych na to měl mít nárok. Pošlete mi to prosím e-mailem nebo odkazem ke stažení.

Tomáš Horák""",
         "Tomáš Horák"),
        ("other", (),
         "Jak zapnout dvoufázové ověření?",
         """Dobrý den,

v nastavení účtu hledám dvoufázové ověření a nemůžu ho najít. Dá se zapnout jen v aplikaci, nebo i na webu? A funguje to i s Google Authenticatorem, nebo jenom přes SMS?

Díky
Jakub Marek""",
         "Jakub Marek"),
        ("other", (),
         "Po přeinstalování aplikace se nemůžu přihlásit",
         """Dobrý den,

smazala jsem vaši aplikaci, protože mi zamrzala, a po nové instalaci se nemůžu přihlásit – pokaždé to napíše „Neplatný token, zkuste to znovu“. Na webu se přihlásím normálně. Potřebuju ale v aplikaci QR kód k objednávce 58102245, která na mě čeká na výdejně v Leuvenu. Poradíte?

Eva Pokorná""",
         "Eva Pokorná"),
        ("other", (),
         "Podvodná SMS?",
         """Dobrý den,

přišla mi SMS, že moje zásilka od vás je zadržená a že mám přes odkaz zaplatit poplatek 1,99 €. Odkaz vypadá skoro jako vaše stránka, jen je tam navíc pomlčka. Nic u vás teď objednané nemám, takže předpokládám, že jde o podvod – žádná data jsem tam nezadával. Píšu jen pro informaci, kdybyste chtěli varovat ostatní zákazníky.

Vojtěch Pospíšil""",
         "Vojtěch Pospíšil"),
    ],
    "hr": [
        ("complaint", ("access",),
         "Drugi put pišem – hakiran račun, nitko ne odgovara",
         """Poštovani,

ovo je moj drugi mail. Dana 20. listopada javio sam vam da je netko preuzeo moj korisnički račun: promijenio je adresu za dostavu, naručio laptop (narudžba 58101977) i potrošio poklon-karticu od 150 eura. Do danas nisam dobio nikakav odgovor, a prošla su skoro tri tjedna. Na broju službe za korisnike nitko se ne javlja.

To je neprihvatljivo. Ako u roku od tjedan dana ne dobijem odgovor, podnijet ću pritužbu belgijskom tijelu za zaštitu podataka.

Uz to tražim da mi pošaljete popis svih prijava na moj račun od 1. listopada (datum i vrijeme, IP adresa, uređaj), da vidim od kada je sve počelo.

Ivan Horvat""",
         "Ivan Horvat"),
        ("withdraw_consent", (),
         "Dosta mailova nakon svake prijave",
         """Bok,

svaki put kad se prijavim na račun, stigne mi mail „Dobro došli natrag! Pogledajte ponude odabrane za vas”. Ne želim više primati takve mailove, a ni vaš newsletter. Povlačim privolu za sve marketinške poruke.

Sigurnosne obavijesti (npr. prijava s novog uređaja) neka ostanu.

Hvala,
Petra""",
         "Petra Babić"),
        ("restriction", (),
         "Molim da ne brišete zapise o prijavama",
         """Poštovani,

moj račun bio je kompromitiran krajem rujna (slučaj kod vaše podrške ima broj CS-448213). Banka i policija vode postupak zbog zlouporabe moje kartice.

U vašoj politici privatnosti piše da se zapisi o prijavama čuvaju 90 dana i onda brišu. Molim vas da zapise vezane uz moj račun (prijave, IP adrese, promjene podataka) ne brišete dok postupak ne završi, nego ih sačuvate i ne koristite ni za što drugo. Javit ću vam se kad sve bude gotovo.

S poštovanjem,
Marina Kovačević""",
         "Marina Kovačević"),
        ("deletion", (),
         "Netko je otvorio račun s mojom e-mail adresom",
         """Dobar dan,

dobila sam mail „Dobro došli u Shop Example” iako se nikad nisam registrirala kod vas. Netko je očito otvorio račun s mojom e-mail adresom, možda greškom u pisanju, možda namjerno.

Molim da taj račun obrišete i da moju adresu maknete iz svoje baze. Ne želim imati ništa s tim računom.

Lana Jurić""",
         "Lana Jurić"),
        ("correction", ("restriction",),
         "Promijenjena adresa i ime na mom računu",
         """Poštovani,

netko je na mom računu promijenio adresu dostave na neku adresu u Liègeu, a ime primatelja na „D. Martin”. Ja i dalje živim na adresi Rue de la Station 12, 1410 Waterloo, i zovem se Zoran Marić. Molim da vratite moje točne podatke.

Dok ne provjerite što se točno dogodilo, blokirajte račun da nitko ne može ništa naručiti preko njega.

Hvala unaprijed,
Zoran Marić""",
         "Zoran Marić"),
        ("objection", (),
         "Prigovor na praćenje u aplikaciji",
         """Poštovani,

primijetio sam da vaša aplikacija pri svakoj prijavi šalje podatke o mom uređaju i lokaciji analitičkim i oglašivačkim partnerima – tako piše i u vašoj politici privatnosti, pod „legitimnim interesom”. Ulažem prigovor na korištenje mojih podataka u te svrhe.

Aplikaciju želim i dalje koristiti za kupovinu i karticu vjernosti, samo bez toga.

Lijep pozdrav,
Damir Knežević""",
         "Damir Knežević"),
        ("access", (),
         "Tko sve vidi podatke s mog računa?",
         """Dobar dan,

prošli tjedan nazvala sam vašu podršku zbog povrata jedne haljine, a djelatnik je usput, a da ga nisam ništa pitala, prokomentirao što sam sve kupovala zadnjih godinu dana. Nije mi cilj nikoga prijaviti, ali iznenadilo me koliko toga vidi.

Zato bih htjela znati koje sve podatke o meni imate, tko ih kod vas može vidjeti i kome ih dajete. Molim i kopiju tih podataka.

Hvala,
Ana Pavlović""",
         "Ana Pavlović"),
        ("other", (),
         "Ne stiže mail za novu lozinku",
         """Pozdrav,

zaboravio sam lozinku i već sam tri puta kliknuo na „Zaboravljena lozinka”, ali mail ne stiže, ni u spam. Adresa je sigurno točna jer mi na nju stižu potvrde narudžbi. Možete li provjeriti u čemu je problem?

Hvala,
Luka Perić""",
         "Luka Perić"),
        ("other", (),
         "Stalno me odjavljuje",
         """Dobar dan,

otkad sam u pregledniku obrisao kolačiće i podatke o pregledavanju, vaša stranica me odjavljuje svakih par minuta, čak i dok slažem košaricu. Uključio sam „Zapamti me”, ali ne pomaže. Koristim Firefox na Macu. Je li to poznat problem?

Filip Tomić""",
         "Filip Tomić"),
        ("other", (),
         "Je li sigurno spremiti karticu?",
         """Poštovani,

prije nego što spremim karticu na svoj račun, zanima me kako je to zaštićeno. Spremate li cijeli broj kartice ili to ide preko banke/platnog servisa? I traži li se 3D Secure potvrda svaki put ili samo prvi put?

Lijep pozdrav,
Ivana Novak""",
         "Ivana Novak"),
    ],
    "sv": [
        ("access", (),
         "Inloggning från Brasilien?",
         """Hej!

I går kväll fick jag ett mejl om en ny inloggning på mitt konto från São Paulo i Brasilien. Jag har aldrig varit där och bytte lösenord direkt.

Nu vill jag veta vad som har hänt. Kan ni skicka mig en lista över alla inloggningar på mitt konto de senaste sex månaderna, med tidpunkt, IP-adresser och vilka enheter det gäller? Och hur länge sparar ni sådana uppgifter?

Vänliga hälsningar
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("complaint", (),
         "Nätfiske till en adress som bara ni har",
         """Hej,

Jag använder en unik mejladress för varje butik jag handlar i. Adressen jag skriver från har jag bara gett till er, när jag skapade mitt konto i våras.

I går kom ett nätfiskemejl i ert namn till just den adressen, med mitt fullständiga namn och mitt postnummer, där jag ombads ”bekräfta mitt lösenord”. Alltså har mina uppgifter läckt, antingen från er eller från någon ni delar dem med.

Jag vill lämna ett formellt klagomål. Jag förväntar mig att ni utreder saken och berättar vad som har hänt. Hör jag inget vänder jag mig till den belgiska dataskyddsmyndigheten.

Erik Johansson""",
         "Erik Johansson"),
        ("deletion", ("portability",),
         "Avsluta mitt konto",
         """Hej,

Efter allt strul med det kapade kontot i oktober vill jag inte ha något konto hos er längre. Radera det, tack, tillsammans med sparade adresser och kortuppgifter.

Innan ni gör det vill jag gärna få min orderhistorik som en CSV-fil (eller något annat format som går att importera i Excel), så att jag har kvittona kvar för garantier.

Tack!
Anna Berg""",
         "Anna Berg"),
        ("objection", ("withdraw_consent",),
         "",
         """Hej. Jag har läst er integritetspolicy och ser att ni använder enhetsdata från mina inloggningar (webbläsare, skärmstorlek, ungefärlig plats) för att ”anpassa erbjudanden”. Det vill jag inte. Jag motsätter mig att ni använder mina inloggningsuppgifter till profilering.

Och sluta skicka sms-erbjudanden till mig, det samtycket drar jag tillbaka.

/Lars Nilsson""",
         "Lars Nilsson"),
        ("restriction", (),
         "Presentkortet tömt – frys kontot",
         """Hej,

Presentkortet på 100 euro som var kopplat till mitt konto har tömts, och jag har inte handlat något. Jag har anmält det till er kundtjänst (ärende 448902) och till polisen.

Tills ni har utrett saken vill jag att ni spärrar kontot – inga köp, inga ändringar av uppgifter, ingen inloggning. Men radera ingenting, och stäng inte kontot automatiskt heller, jag kan behöva uppgifterna som bevis.

Mvh
Maria Andersson""",
         "Maria Andersson"),
        ("correction", (),
         "Fel födelsedatum – kan inte verifiera mig",
         """Hej!

När jag ringde kundtjänst för att låsa upp mitt konto fick jag ingen hjälp, eftersom födelsedatumet jag uppgav inte stämde med det ni har. Det visade sig att ni har 1987-03-14, men jag är född 1987-04-13 (någon har nog kastat om siffrorna när kortet registrerades i butiken).

Kan ni rätta det? Kundkortsnummer 6012 5521 3308.

Tack på förhand
Sofia Ekström""",
         "Sofia Ekström"),
        ("withdraw_consent", (),
         "Pushnotiser",
         """Hej, jag vill inte ha fler reklamnotiser i appen och inte heller era erbjudanden på mejl. Avregistrera mig från alla marknadsföringsutskick tack.
Mvh Johan""",
         "Johan Persson"),
        ("other", (),
         "Tvåstegsverifiering",
         """Hej!

Hur slår man på tvåstegsverifiering på kontot? Jag hittar bara ”Byt lösenord” under Inställningar. Vill gärna ha det efter alla läckor man läser om.

/Oskar Holm""",
         "Oskar Holm"),
        ("other", (),
         "Tips: falskt mejl i ert namn",
         """Hej,

Vill bara tipsa om att det går runt ett mejl som ser ut att komma från er: ”Ditt konto kommer att raderas inom 48 timmar – uppdatera dina uppgifter här”. Länken går till en konstig sida. Jag har inte klickat och har raderat mejlet, men tänkte att ni vill veta.

Ha det bra
Birgitta Sjöberg""",
         "Birgitta Sjöberg"),
        ("other", (),
         "Kontot låst – ordern fastnar",
         """Hej,

Mitt konto är låst efter för många felaktiga inloggningsförsök (min son lekte med telefonen…). Samtidigt har jag en order, 58110623, som står som ”väntar på betalning”. Kommer den att avbrytas om jag inte kommer in i tid? Och hur låser jag upp kontot snabbast?

Tack
Per Lundgren""",
         "Per Lundgren"),
    ],
    "ro": [
        ("correction", ("access",),
         "Adresa de e-mail a contului schimbată fără știrea mea",
         """Bună ziua,

Pe 2 noiembrie am primit un mesaj că adresa de e-mail a contului meu a fost modificată. Nu eu am făcut asta. Am intrat în cont din aplicație, unde eram încă autentificat, și acolo apare o adresă pe care nu o cunosc.

Vă rog să puneți înapoi adresa mea corectă, cea de pe care vă scriu acum. Aș vrea să știu și ce alte date din cont au mai fost modificate în ultimele săptămâni și de pe ce dispozitive și adrese IP s-a intrat în cont.

Cu stimă,
Andrei Popescu""",
         "Andrei Popescu"),
        ("deletion", (),
         "Ștergere cont",
         """Bună,

Contul meu a fost spart de două ori anul ăsta, ultima dată luna trecută. Nu mai vreau cont la voi. Vă rog să-l ștergeți complet, împreună cu cardul salvat, adresele și tot istoricul. De acum înainte cumpăr doar din magazin, fără cont.

Mulțumesc,
Elena Ionescu""",
         "Elena Ionescu"),
        ("complaint", (),
         "Reclamație – acces la contul meu dat altcuiva",
         """Bună ziua,

Vreau să fac o reclamație serioasă. Pe 21 octombrie, fostul meu soț a sunat la serviciul clienți, s-a dat drept mine și a obținut schimbarea adresei de e-mail a contului meu pe adresa lui. Angajatul nu a verificat absolut nimic – nici numărul cardului de fidelitate, nici vreo comandă, nimic.

Între timp mi-am recuperat contul cu ajutorul magazinului din Bruxelles, dar răul e făcut: el a văzut comenzile mele și noua mea adresă, exact ce nu voiam să afle.

Este o încălcare gravă a protecției datelor mele. Aștept să-mi spuneți cum s-a putut întâmpla și ce măsuri luați ca să nu se mai repete. Dacă nu primesc răspuns în 30 de zile, mă adresez autorității pentru protecția datelor.

Cristina Dumitrescu""",
         "Cristina Dumitrescu"),
        ("portability", (),
         "Export date cont în format JSON",
         """Salut,

Aș vrea să primesc datele din contul meu – profilul, adresele de livrare, istoricul comenzilor și al punctelor de fidelitate – într-un fișier JSON (sau CSV, dacă altfel nu se poate). Îmi scriu un mic script care îmi centralizează cumpărăturile din mai multe magazine și vreau să le import acolo. În cont nu găsesc nicio opțiune de export, doar facturile în PDF, una câte una.

Mersi,
Mihai Georgescu""",
         "Mihai Georgescu"),
        ("objection", (),
         "Opoziție la profilarea pe baza autentificărilor",
         """Bună ziua,

Am observat că de fiecare dată când nu intru în cont câteva săptămâni primesc un e-mail de tipul „Ne-ai lipsit! Uite ce ți-am pregătit”, iar ofertele par alese după ce am căutat ultima dată când am fost logat. Din politica dvs. de confidențialitate înțeleg că folosiți datele despre autentificări și activitatea din cont ca să-mi creați un profil.

Mă opun acestei prelucrări, în temeiul art. 21 din GDPR. Nu vreau să fiu profilat pe baza activității mele din cont.

Radu Constantin""",
         "Radu Constantin"),
        ("restriction", (),
         "Cerere de restricționare a prelucrării",
         """Bună ziua,

Am cerut rambursarea comenzii 58066412, pe care nu am plasat-o eu. Serviciul clienți mi-a răspuns că nu se poate, pentru că „jurnalul arată că v-ați autentificat de pe telefonul dumneavoastră obișnuit”. Contest exactitatea acestor date: în seara respectivă telefonul meu era în service, am și bonul.

Până se clarifică, vă rog să restricționați prelucrarea acestor date de autentificare: să nu le mai folosiți pentru decizii despre mine sau despre cont, dar nici să nu le ștergeți.

Alexandru Marin""",
         "Alexandru Marin"),
        ("withdraw_consent", ("objection",),
         "Fără notificări, vă rog",
         """Bună, vă rog să nu-mi mai trimiteți notificări push și SMS-uri cu promoții, îmi retrag acordul. Și nu vreau nici să dați datele mele partenerilor voștri de publicitate.
Mersi,
Andreea""",
         "Andreea Munteanu"),
        ("other", (),
         "Telefon nou – nu mai primesc codurile",
         """Bună ziua,

Mi-am schimbat telefonul (numărul e același) și de atunci aplicația de autentificare nu mai generează coduri pentru contul de la dvs. Cum pot muta verificarea în doi pași pe telefonul nou? Pe cel vechi l-am resetat deja.

Mulțumesc,
Florin Stoica""",
         "Florin Stoica"),
        ("other", (),
         "E-mail „Conectare nouă” – e normal?",
         """Bună ziua,

Azi am primit de la dvs. un e-mail „Conectare nouă de pe Windows, Bruxelles”. Eram eu, pe laptopul nou, deci nicio problemă. Întrebarea mea e doar dacă o să primesc mesajul ăsta la fiecare conectare sau doar de pe dispozitive noi. Dacă e doar prima dată, e perfect.

O zi bună,
Gabriela Rusu""",
         "Gabriela Rusu"),
        ("other", (),
         "Cont blocat, comanda nu trece",
         """Bună ziua,

Încerc de ieri să plasez o comandă, dar la plată apare „Contul dvs. este temporar blocat din motive de securitate”. Nu am primit niciun e-mail despre asta. Am schimbat parola, tot nu merge. Puteți să-mi deblocați contul? Am nevoie de comandă până vineri.

Ștefan Dobre""",
         "Ștefan Dobre"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης – στοιχεία συνδέσεων",
         """Καλησπέρα σας,

Πριν από λίγες μέρες είδα στο προφίλ μου, στην ενότητα «Συσκευές», ένα Android που δεν είναι δικό μου, με την ένδειξη «Να με θυμάσαι». Το αφαίρεσα και άλλαξα κωδικό, αλλά θέλω να καταλάβω τι έγινε.

Σύμφωνα με το άρθρο 15 του ΓΚΠΔ, σας παρακαλώ να μου στείλετε αντίγραφο των δεδομένων που τηρείτε για τον λογαριασμό μου και ιδίως: το ιστορικό συνδέσεων (ημερομηνία, ώρα, διεύθυνση IP), τις αποθηκευμένες συσκευές και τις αποτυχημένες προσπάθειες σύνδεσης, καθώς και για πόσο καιρό τα κρατάτε.

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("complaint", ("deletion",),
         "Τα στοιχεία μου στάλθηκαν σε άλλον πελάτη",
         """Καλημέρα,

Χθες μου τηλεφώνησε μια άγνωστη κυρία και μου είπε ότι έλαβε από την εξυπηρέτηση πελατών σας email με ΟΛΑ τα στοιχεία του λογαριασμού μου: όνομα, διεύθυνση, τηλέφωνο και τις τελευταίες μου παραγγελίες. Προφανώς κάποιος υπάλληλός σας μπέρδεψε τα δύο αιτήματα. Έτσι βρήκε και το τηλέφωνό μου.

Είμαι πολύ θυμωμένη. Είναι απαράδεκτο να συμβαίνει κάτι τέτοιο και υποβάλλω επίσημο παράπονο. Θέλω να μάθω πώς έγινε.

Μετά από αυτό δεν εμπιστεύομαι πια το κατάστημά σας. Παρακαλώ διαγράψτε τον λογαριασμό μου και όλα τα δεδομένα μου.

Μαρία Γεωργίου""",
         "Μαρία Γεωργίου"),
        ("correction", (),
         "Λάθος όνομα στον λογαριασμό",
         """Γεια σας,

Στον λογαριασμό μου το όνομα είναι γραμμένο «Kostantinos» αντί για «Konstantinos», όπως στην ταυτότητά μου. Μέχρι τώρα δεν με ένοιαζε, αλλά την περασμένη εβδομάδα στο κατάστημα της Λουβέν δεν μου έδωσαν μια παραγγελία για παραλαβή, επειδή το όνομα δεν ταίριαζε με την ταυτότητα.

Μπορείτε να το διορθώσετε σε Konstantinos Nikolaou; Από το προφίλ δεν μπορώ να το αλλάξω μόνος μου, το πεδίο είναι κλειδωμένο.

Ευχαριστώ,
Κωνσταντίνος Νικολάου""",
         "Κωνσταντίνος Νικολάου"),
        ("deletion", (),
         "Διαγραφή παλιού λογαριασμού",
         """Καλησπέρα,

Διάβασα ότι διέρρευσαν κωδικοί από ένα άλλο ηλεκτρονικό κατάστημα όπου είχα λογαριασμό, και θυμήθηκα ότι έχω και σε εσάς έναν παλιό λογαριασμό από το 2019, με το ίδιο email και μάλλον τον ίδιο κωδικό. Δεν τον έχω χρησιμοποιήσει εδώ και χρόνια.

Δεν θέλω ούτε να μπω για να αλλάξω τον κωδικό – παρακαλώ διαγράψτε τον λογαριασμό εντελώς.

Ευχαριστώ πολύ,
Ελένη Δημητρίου""",
         "Ελένη Δημητρίου"),
        ("restriction", ("access",),
         "Πάγωμα λογαριασμού μέχρι να ερευνηθεί η απάτη",
         """Αξιότιμοι κύριοι,

Κάποιος συνδέθηκε στον λογαριασμό μου και εξαργύρωσε τους πόντους της κάρτας πιστότητάς μου (περίπου 60 ευρώ) σε κατάστημά σας στη Λιέγη. Εγώ μένω στη Γάνδη και εκείνη τη μέρα ήμουν στη δουλειά.

Σας ζητώ να «παγώσετε» τον λογαριασμό και την κάρτα μέχρι να ολοκληρωθεί η έρευνα: καμία χρήση, καμία αλλαγή, αλλά και καμία διαγραφή δεδομένων, γιατί θα χρειαστούν για την καταγγελία μου στην αστυνομία.

Επίσης, παρακαλώ ενημερώστε με από ποιες συσκευές και διευθύνσεις IP έγιναν συνδέσεις στον λογαριασμό μου τον τελευταίο μήνα.

Με εκτίμηση,
Νίκος Αντωνίου
Κάρτα 6012 8830 2256""",
         "Νίκος Αντωνίου"),
        ("portability", (),
         "Αρχείο με το ιστορικό παραγγελιών",
         """Καλημέρα σας,

Θα ήθελα να λάβω τα δεδομένα του λογαριασμού μου (στοιχεία προφίλ, διευθύνσεις, ιστορικό παραγγελιών) σε αρχείο που διαβάζεται από υπολογιστή, π.χ. CSV ή XML, ώστε να τα δώσω στον λογιστή μου να τα περάσει στο πρόγραμμά του. Στο site βλέπω μόνο τα τιμολόγια σε PDF, ένα-ένα.

Ευχαριστώ εκ των προτέρων,
Δημήτρης Ιωάννου""",
         "Δημήτρης Ιωάννου"),
        ("withdraw_consent", (),
         "Σταματήστε τα email",
         """Από τότε που έφτιαξα λογαριασμό μού έρχονται 2-3 διαφημιστικά email την εβδομάδα. Δεν τα θέλω. Βγάλτε με από τη λίστα σας, παρακαλώ.

Σοφία""",
         "Σοφία Κωνσταντίνου"),
        ("other", (),
         "Κλειδώθηκε ο λογαριασμός μου",
         """Γεια σας,

Προσπάθησα να συνδεθώ από το κινητό και μετά από μερικές λάθος προσπάθειες ο λογαριασμός κλειδώθηκε. Έχω μια παραγγελία στο καλάθι με έκπτωση που λήγει απόψε. Μπορείτε να τον ξεκλειδώσετε ή πρέπει να περιμένω; Τα στοιχεία μου είναι τα ίδια, απλώς μπέρδεψα τον κωδικό.

Ευχαριστώ,
Αθανάσιος Μακρής""",
         "Αθανάσιος Μακρής"),
        ("other", (),
         "Έλεγχος ταυτότητας δύο παραγόντων;",
         """Καλησπέρα,

Υπάρχει δυνατότητα για έλεγχο ταυτότητας δύο παραγόντων στον λογαριασμό; Αν ναι, πού ενεργοποιείται; Δεν το βρίσκω ούτε στην εφαρμογή ούτε στο site.

Ευχαριστώ,
Χρήστος Βλάχος""",
         "Χρήστος Βλάχος"),
        ("other", (),
         "Ύποπτο email με το λογότυπό σας",
         """Καλημέρα,

Σας ενημερώνω ότι έλαβα ένα email με το λογότυπό σας που έλεγε ότι «ο λογαριασμός σας θα διαγραφεί αν δεν επιβεβαιώσετε τα στοιχεία σας». Ο σύνδεσμος οδηγούσε σε μια σελίδα που δεν ήταν η δική σας. Δεν έβαλα τίποτα και το διέγραψα. Το αναφέρω μόνο για να το ξέρετε.

Φιλικά,
Κατερίνα Παππά""",
         "Κατερίνα Παππά"),
    ],
    "bg": [
        ("objection", ("deletion", "withdraw_consent"),
         "Възражение срещу събирането на данни за устройството ми",
         """Здравейте,

В политиката ви за поверителност прочетох, че при всяко влизане в профила събирате т.нар. „отпечатък“ на устройството – модел, браузър, резолюция на екрана, езикови настройки – и го използвате и за „анализи и персонализиране на предложенията“.

Възразявам срещу използването на данните ми по този начин. Моля, изтрийте вече събраните отпечатъци на моите устройства. И спрете да ми пращате рекламни имейли – вече не съм съгласен да ги получавам.

Поздрави,
Георги Иванов""",
         "Георги Иванов"),
        ("complaint", (),
         "Оплакване – моминското име на майка ми",
         """Здравейте,

Искам да подам оплакване. При регистрацията трябваше да избера „таен въпрос“ и единствената смислена опция беше моминското име на майка ми. Миналата седмица в магазина ви в Брюксел касиерката ме попита за него на висок глас, пред цялата опашка, за да ми „потвърди профила“.

Освен това отговорът се вижда като обикновен текст в настройките на профила, без дори да се иска парола. Това е информация, която и банките използват. Не смятам, че така се пазят лични данни.

Очаквам обяснение и да промените тази практика.

Десислава Петрова""",
         "Десислава Петрова"),
        ("access", (),
         "Засегнат ли е профилът ми от изтичането?",
         """Добър ден,

Видях в новините, че са изтекли пароли и имейли от голям онлайн магазин, а аз ползвах същата парола и при вас. Вече я смених.

Бих искал да знам дали някой е влизал в профила ми през последните два месеца. Моля, изпратете ми списък с влизанията (дата, час, IP адрес, устройство), както и всички други лични данни, които пазите за мен.

Благодаря,
Иван Димитров""",
         "Иван Димитров"),
        ("deletion", ("withdraw_consent",),
         "Профил, който не съм искала",
         """Здравейте,

Влязох веднъж в сайта ви с бутона „Вход с Facebook“, само за да видя една цена, и се оказа, че автоматично ми е създаден профил. Оттогава получавам и бюлетина ви.

Не искам този профил. Моля, изтрийте го заедно с данните, които сте получили от Facebook, и ме махнете от бюлетина.

Мария Стоянова""",
         "Мария Стоянова"),
        ("correction", (),
         "Сменен имейл на профила – не съм аз",
         """Здравейте,

Някой е влязъл в профила ми и е сменил имейла за вход с друг. Разбрах, защото поисках нова парола и линкът е отишъл на чуждия адрес, а на моя дойде само известие за смяната.

Моля, върнете като имейл на профила адреса, от който ви пиша, а за телефон – +32 487 61 44 02, ако и той е сменен. Номерът на картата ми за лоялност е 6012 2209 7714.

Николай Георгиев""",
         "Николай Георгиев"),
        ("portability", (),
         "Данните ми в CSV",
         """Здравейте,

Може ли да ми изпратите данните от профила ми – поръчки, адреси, точки по картата – във файл, който се отваря с Excel или може да се зареди в друга програма (CSV, JSON)? Мисля да мина към друг магазин и искам да си взема историята с мен.

Благодаря предварително,
Светлана Николова""",
         "Светлана Николова"),
        ("withdraw_consent", (),
         "Push известия",
         """Здравейте, приложението ви ми праща по няколко рекламни известия на ден. Оттеглям съгласието си за push известия и SMS-и с промоции. Известията за поръчките може да останат.

Петър Колев""",
         "Петър Колев"),
        ("other", (),
         "Заключен профил – поръчката не минава",
         """Здравейте,

След няколко грешни опита профилът ми беше заключен и не мога да довърша поръчка 58114408 – платена е, но трябва да избера час за доставка. Може ли да ми отключите профила или да изберете вие часа – събота сутрин?

Благодаря,
Васил Тодоров""",
         "Васил Тодоров"),
        ("other", (),
         "Не получавам SMS код",
         """Здравейте,

Включих двуфакторното удостоверяване и сега при вход SMS кодът не идва. Номерът е правилен, други SMS-и получавам нормално. Пробвах няколко пъти и вече пише, че трябва да изчакам 15 минути. Какво да правя?

Радостина Христова""",
         "Радостина Христова"),
        ("other", (),
         "Как се сменя паролата в приложението?",
         """Здравейте,

Не намирам в приложението къде се сменя паролата – на сайта го има, но в приложението не. И още нещо: как да премахна стария си телефон от списъка „Запомнени устройства“? Вече не го ползвам и искам да го махна, но бутонът е сив.

Поздрави,
Стоян Маринов""",
         "Стоян Маринов"),
    ],
}

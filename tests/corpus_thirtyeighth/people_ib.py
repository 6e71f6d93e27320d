"""Thirty-eighth set, website tracking, cookies, reviews, chats and online traces (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtyeighth.py)."""

PEOPLE_IB = {
    "pl": [
        ("objection", ("withdraw_consent",),
         "Odrzuciłem cookies, a reklamy dalej za mną chodzą",
         """Dzień dobry,

w zeszłym tygodniu wszedłem na Państwa stronę i w banerze cookies kliknąłem „Odrzuć wszystkie”. Od tego czasu na Instagramie i Facebooku co chwilę wyskakują mi Państwa reklamy – dokładnie tych słuchawek, które oglądałem w Państwa sklepie internetowym. Trudno mi uwierzyć, że to przypadek.

W związku z tym:
1. Sprzeciwiam się wykorzystywaniu moich danych do reklam kierowanych i przekazywaniu ich w tym celu Meta, Google czy innym sieciom reklamowym.
2. Jeśli kiedykolwiek wyraziłem zgodę na marketingowe pliki cookie (np. przy zakładaniu konta albo w aplikacji), to niniejszym ją cofam.

Konto mam założone na ten adres e-mail.

Z poważaniem
Tomasz Wróblewski""",
         "Tomasz Wróblewski"),
        ("access", (),
         "Skąd pomysł, że spodziewam się dziecka?",
         """Witam,

od jakiegoś czasu na stronie głównej i w mailach pokazujecie mi wyłącznie wózki, butelki i pieluchy. Nie jestem w ciąży, nie mam małych dzieci i nic takiego u Was dla siebie nie kupowałam. Raz kupiłam prezent na baby shower koleżanki, może stąd.

Chciałabym wiedzieć, jaki właściwie profil na mój temat macie: do jakich „segmentów” czy grup zostałam przypisana, na podstawie czego i skąd macie te informacje. Poproszę też o kopię danych, które są z tym profilem powiązane.

Pozdrawiam
Agnieszka Kowalczyk""",
         "Agnieszka Kowalczyk"),
        ("deletion", (),
         "czat - podałam numer karty",
         """Dzień dobry, wczoraj wieczorem (3 listopada) pisałam z Państwa konsultantką na czacie na stronie w sprawie nieudanej płatności i w nerwach wkleiłam cały numer karty razem z datą ważności. Dopiero potem doczytałam, że nie wolno tego robić.

Bardzo proszę o usunięcie tej rozmowy, a przynajmniej wiadomości z numerem karty, ze wszystkich Waszych systemów. Kartę na wszelki wypadek już zastrzegłam.

Numer zamówienia: 2026-114870

Dziękuję i pozdrawiam
Magdalena Zając""",
         "Magdalena Zając"),
        ("portability", (),
         "Historia zamówień w CSV",
         """Dzień dobry,

prowadzę domowy budżet w aplikacji i chciałbym zaimportować do niej historię zakupów z Państwa sklepu. W koncie nie znalazłem żadnej opcji eksportu, a przepisywanie trzech lat zamówień ręcznie to nie jest dobry pomysł :)

Czy mogą mi Państwo przesłać moje dane – przede wszystkim zamówienia (data, produkty, kwoty) i historię punktów z karty stałego klienta – w formacie CSV albo JSON? O ile wiem, art. 20 RODO daje mi do tego prawo.

Karta klienta nr 4410 2290 1187.

Pozdrawiam,
Paweł Nowicki""",
         "Paweł Nowicki"),
        ("correction", (),
         "Stare nazwisko przy mojej opinii",
         """Dzień dobry,

pod opinią o ekspresie do kawy, którą wystawiłam w październiku, wyświetla się „Anna Kamińska”. Od sierpnia nazywam się Kamińska-Lis i tak też zmieniłam dane w koncie, więc nie wiem, skąd strona bierze stare nazwisko.

Proszę o poprawienie nazwiska przy opinii i sprawdzenie, czy gdzieś jeszcze w moim profilu (np. w danych do faktury albo przy karcie lojalnościowej) nie zostało to stare.

Dziękuję,
Anna Kamińska-Lis""",
         "Anna Kamińska-Lis"),
        ("complaint", ("withdraw_consent",),
         "Link do wypisania się = błąd 404!!!",
         """Szanowni Państwo,

to już trzeci raz, kiedy próbuję wypisać się z Waszego newslettera. Link „Wypisz się” na dole każdego maila prowadzi na stronę z błędem 404. Miesiąc temu napisałem w tej sprawie na ten adres – zero odpowiedzi. A maile przychodzą dalej, czasem po dwa dziennie.

To jest po prostu niepoważne, o zgodności z prawem nie wspominając. Żądam natychmiastowego usunięcia mnie z listy mailingowej i niewysyłania mi żadnych treści marketingowych. Jeśli to się nie zmieni, złożę skargę do belgijskiego organu ochrony danych.

Krzysztof Mazur""",
         "Krzysztof Mazur"),
        ("restriction", (),
         "Proszę NIE usuwać zapisu rozmowy z czatu",
         """Dzień dobry,

15 października Państwa konsultant na czacie potwierdził mi, że mogę zwrócić telewizor także po 30 dniach. Teraz sklep odmawia przyjęcia zwrotu, a sprawą zajmuje się już miejski rzecznik konsumentów. W regulaminie przeczytałem, że zapisy czatów są kasowane po 30 dniach.

Wnoszę o ograniczenie przetwarzania: proszę nie usuwać tej rozmowy ani pozostałych danych z mojego konta do czasu zakończenia sporu, bo będą mi potrzebne jako dowód. Nie muszą Państwo z nimi nic robić ani na razie mi ich wysyłać – chodzi tylko o to, żeby nic nie zniknęło.

Z poważaniem
Marek Dudek
zamówienie nr 2026-098311""",
         "Marek Dudek"),
        ("other", (),
         "Nie mogę zapłacić - baner zasłania przycisk",
         """Hej, na telefonie (iPhone, Safari) baner z ciasteczkami zasłania cały dół strony razem z przyciskiem „Zapłać”. Klikam „Akceptuję” i nic się nie dzieje, a po odświeżeniu baner wraca. W koszyku mam pralkę w promocji do piątku, więc trochę mi zależy. Da się to jakoś obejść?

Ola""",
         "Aleksandra Wójcik"),
        ("other", (),
         "Moja opinia się nie pojawiła",
         """Dzień dobry,
tydzień temu dodałem opinię o odkurzaczu (5 gwiazdek, ze zdjęciem), dostałem maila, że została przyjęta, ale na stronie produktu dalej jej nie ma. Czy coś było nie tak ze zdjęciem? Mogę dodać jeszcze raz, jeśli trzeba.
Pozdrawiam
Jakub Lewandowski""",
         "Jakub Lewandowski"),
        ("other", (),
         "Baner cookies zgodny z RODO - bezpłatny audyt dla Państwa sklepu",
         """Dzień dobry,

nazywam się Michał Górski i reprezentuję agencję interaktywną CookieSafe z Krakowa. Przyjrzeliśmy się Państwa stronie i zauważyliśmy, że baner cookies nie ma przycisku „Odrzuć wszystkie” na pierwszej warstwie, a część skryptów śledzących ładuje się jeszcze przed wyrażeniem zgody. To realne ryzyko kar ze strony organów nadzorczych.

Wdrażamy certyfikowane platformy CMP, integrację z Google Consent Mode v2 oraz pełną dokumentację dla działu prawnego – zwykle w ciągu 5 dni roboczych. Oferujemy bezpłatny, 30-minutowy audyt online.

Czy mogę zaproponować termin w przyszłym tygodniu?

Z wyrazami szacunku
Michał Górski
Key Account Manager
CookieSafe sp. z o.o.""",
         "Michał Górski"),
    ],
    "cs": [
        ("access", (),
         "Žádost o informace - cookies a příjemci údajů",
         """Dobrý den,

podle čl. 15 GDPR žádám o informace, jaké osobní údaje o mně zpracováváte v souvislosti s mými návštěvami vašeho webu. Při poslední návštěvě jsem v prohlížeči našel mimo jiné cookies _ga, _gid, _fbp a IDE a rád bych věděl, co se s nimi děje.

Konkrétně mě zajímá:
- jaké cookies a podobné identifikátory jste v mém prohlížeči nastavili a k jakému účelu,
- kterým partnerům (Google, Meta, případně dalším) byly údaje o mých návštěvách předány,
- jak dlouho je uchováváte.

Jsem registrovaný zákazník pod touto e-mailovou adresou.

S pozdravem
Ing. Ondřej Novák""",
         "Ondřej Novák"),
        ("withdraw_consent", (),
         "odvolání souhlasu s cookies",
         """Dobrý den,
před pár dny jsem na vašem e-shopu v liště s cookies omylem klikla na „Přijmout vše“. Teď to chci vzít zpátky, ale nikde na stránce nemůžu najít, kde se to dá změnit – žádná ikonka ani odkaz v patičce.

Takže tímto odvolávám svůj souhlas s analytickými i reklamními cookies. Můžete mi prosím potvrdit, že se to u vás projevilo?

Děkuji
Lucie Dvořáková""",
         "Lucie Dvořáková"),
        ("deletion", ("withdraw_consent",),
         "Tlačítko Smazat účet nefunguje",
         """Dobrý den,

v nastavení účtu kliknu na „Smazat účet“, zadám heslo a vyskočí „Něco se pokazilo, zkuste to později“. Zkoušel jsem to tři dny po sobě, v Chromu i ve Firefoxu.

Prosím tedy vás: smažte můj účet a všechny údaje k němu (adresy, historii objednávek, seznam přání). A do té doby mi prosím už neposílejte newsletter.

Díky
Jan Procházka""",
         "Jan Procházka"),
        ("objection", (),
         "Přestaňte mi personalizovat stránku",
         """Dobrý den,

pokaždé, když se přihlásím, ukazuje mi úvodní stránka sekci „Vybráno pro vás“ podle toho, co jsem si prohlížel. Na tabletu, který doma používá celá rodina, tak všichni vidí, co jsem hledal (dárek pro manželku už žádné překvapení nebude…).

Nesouhlasím s tím, abyste z mého prohlížení a nákupů skládali profil a podle něj mi upravovali obsah webu nebo e-mailů. Vypněte mi prosím veškerou personalizaci a profilování. Účet i věrnostní kartu si chci ponechat.

S pozdravem
Petr Svoboda""",
         "Petr Svoboda"),
        ("restriction", ("correction",),
         "Nesprávné údaje v profilu - do vyjasnění je nepoužívejte",
         """Dobrý den,

podle e-mailů a doporučení na webu to vypadá, že mě máte zařazenou jako „aktivní sportovkyni“ – chodí mi samé nabídky na běžecké boty a proteiny. Navíc jsem si v účtu všimla, že tam mám datum narození 2. 7. 1971. To není moje, narodila jsem se 14. 3. 1989.

Než to prověříte a opravíte, žádám o omezení zpracování: tyto údaje ani profil na nich postavený prosím k ničemu nepoužívejte – ani k doporučením, ani k cíleným nabídkám. Účet nerušte a nic nemažte, jen ať se s tím do vyjasnění nepracuje.

Děkuji
Kateřina Horáková""",
         "Kateřina Horáková"),
        ("complaint", ("access",),
         "Re: Export osobních údajů - znovu neúplný",
         """Dobrý den,

už podruhé jsem si přes tlačítko „Stáhnout moje údaje“ nechal vygenerovat export a podruhé v něm chybí podstatná část: nejsou tam objednávky před rokem 2025, chybí historie chatu se zákaznickou podporou a úplně chybí údaje z věrnostní karty. Na můj e-mail ze 6. října, kde jsem na to upozorňoval, nikdo nereagoval.

Takhle to opravdu nevypadá, že berete GDPR vážně. Pošlete mi prosím kompletní kopii mých údajů. Pokud ji do konce listopadu nedostanu, obrátím se na dozorový úřad.

Martin Kučera""",
         "Martin Kučera"),
        ("portability", ("deletion",),
         "Data v CSV a pak zrušit účet",
         """Dobrý den,

přecházím k jinému obchodu a chtěla bych si s sebou vzít historii nákupů a svůj seznam přání. Mohli byste mi je poslat ve strojově čitelné podobě, ideálně CSV nebo JSON?

Až mi to přijde, prosím účet i se všemi údaji smažte.

Díky moc,
Veronika Němcová""",
         "Veronika Němcová"),
        ("other", (),
         "Web nejde načíst",
         """Dobrý den,
od včerejška se mi váš web vůbec nenačte, jen se točí kolečko a pak to hlásí chybu 502. Smazal jsem cookies i historii prohlížeče, zkusil jiný prohlížeč, nic. Přes mobilní data to jde. Je chyba u vás, nebo u mě (resp. u mého poskytovatele)?
Díky, Tomáš Marek""",
         "Tomáš Marek"),
        ("other", (),
         "Jak uložit seznam přání?",
         """Dobrý den,

přidávám si věci do seznamu přání (srdíčko u produktu), ale když se odhlásím a přihlásím na jiném počítači, je seznam prázdný. Musí se to nějak uložit do účtu? Chtěla bych ho před Vánoci poslat rodině.

Děkuji
Eva Veselá""",
         "Eva Veselá"),
        ("other", (),
         "nemůžu se přihlásit",
         """Dobrý den,

při přihlášení přes Google mi to píše „Účet s tímto e-mailem již existuje“. Dřív jsem se přihlašovala normálně heslem, jenže to si nepamatuji a e-mail na obnovení hesla nechodí (ani do spamu). Poradíte mi, jak se do účtu dostanu? Mám tam body z věrnostní karty a nerada bych o ně přišla.

Jana Pokorná""",
         "Jana Pokorná"),
    ],
    "hr": [
        ("deletion", ("objection",),
         "Moja fotografija na vašem Instagramu",
         """Poštovani,

prijateljica mi je javila da ste na svom Instagram profilu objavili fotografiju na kojoj sam ja u vašoj haljini. To je slika koju sam prije dvije godine stavila uz recenziju na vašoj stranici. Nitko me nije pitao smijete li je tako koristiti, a ispod su već deseci komentara.

Molim vas da objavu odmah uklonite, kao i samu sliku iz recenzije. Također ne želim da ubuduće koristite moje fotografije ili recenzije u bilo kakvim promotivnim materijalima.

Lijep pozdrav,
Ivana Babić""",
         "Ivana Babić"),
        ("correction", (),
         "Krivo prezime uz recenziju",
         """Pozdrav,

uz moju recenziju bušilice piše „Zoran Kovacevic”, bez kvačica, a isto mi je prezime upisano i u profilu. Ispravno je Kovačević, sa č i ć. Polje za prezime u postavkama je zaključano pa ga ne mogu sam promijeniti. Možete li ga ispraviti i u profilu i na recenziji?

Hvala,
Zoran Kovačević""",
         "Zoran Kovačević"),
        ("access", (),
         "Zapis razgovora s chatbotom",
         """Dobar dan,

prošli tjedan sam preko chata na vašoj stranici (onog virtualnog asistenta) reklamirala narudžbu br. 7730215. Sad se ne mogu sjetiti što mi je točno bilo obećano, a prozor chata sam zatvorila.

Možete li mi poslati cijeli zapis tog razgovora? Ako može, i ostalih razgovora koje sam vodila s vašom podrškom – zanima me što sve od toga čuvate.

Hvala unaprijed,
Maja Jurić""",
         "Maja Jurić"),
        ("objection", (),
         "pratite li otvaram li vaše mailove?",
         """Bok,

čitao sam da trgovine u newslettere ugrađuju nevidljive piksele i prate na koje linkove kliknete. Pretpostavljam da to radite i vi, jer u vašim mailovima svi linkovi idu preko nekog click.shop-example… preusmjeravanja.

Newsletter želim i dalje primati, ali ne želim da pratite kad ga otvaram i na što u njemu kliknem, niti da to koristite za bilo kakve analize o meni. Molim da to isključite za moju adresu.

Hvala,
Luka Marić""",
         "Luka Marić"),
        ("withdraw_consent", (),
         "Dosta SMS-ova",
         """Poštovani, svaki dan mi stiže SMS s nekom akcijom, a u aplikaciji još i obavijesti. Ne želim više nikakve reklamne poruke, ni SMS ni push. Obavijesti o narudžbama i dalje želim dobivati, samo bez te reklame.
Hvala.
Dragica Perić""",
         "Dragica Perić"),
        ("complaint", ("deletion",),
         "Recenzija objavljena s punim imenom iako sam odabrala anonimno",
         """Poštovani,

prije mjesec dana ostavila sam recenziju za jedan proizvod za intimnu njegu i izričito označila „Objavi anonimno”. Danas mi je kolega s posla pokazao da je na stranici objavljena s mojim punim imenom i gradom. Shvaćate li koliko je to neugodno?

Ovo je ozbiljan propust i tražim objašnjenje kako se to dogodilo. Recenziju i sve podatke vezane uz nju odmah obrišite.

Sanja Knežević""",
         "Sanja Knežević"),
        ("portability", (),
         "Prijenos podataka drugoj trgovini",
         """Poštovani,

otvorio sam račun u drugoj internetskoj trgovini koja novim kupcima priznaje bodove vjernosti iz drugih trgovina ako im se dostave podaci o kupnjama. Molim vas da moje podatke – povijest narudžbi i stanje bodova na kartici vjernosti br. 6003 1184 2290 – u strojno čitljivom obliku (CSV ili JSON) pošaljete izravno njima na prijenos@kupi-pametno.hr, a meni kopiju.

Ako za to trebate moju pisanu suglasnost ili još neki podatak, javite.

Lijep pozdrav,
Marko Novak""",
         "Marko Novak"),
        ("other", (),
         "Praćenje pošiljke ne radi",
         """Pozdrav,
narudžba 7741902 poslana je u ponedjeljak, ali link za praćenje pošiljke iz maila vodi na praznu stranicu. Možete li mi poslati broj za praćenje da provjerim izravno kod dostavljača?
Hvala,
Nikola Horvat""",
         "Nikola Horvat"),
        ("other", (),
         "",
         """Bok, vjerojatno glupo pitanje, ali kako se briše proizvod s liste želja? U aplikaciji ne vidim ni kanticu ni gumb za uklanjanje, mogu samo dodavati. Imam tamo već 40 stvari od kojih pola više ni ne prodajete :)
Hvala!
Petra""",
         "Petra Vuković"),
        ("other", (),
         "Prijava - frontend developer",
         """Poštovani,

na LinkedInu sam vidio da tražite frontend developera za vaš web shop. Imam pet godina iskustva s Reactom i Next.js-om, a zadnje dvije godine radio sam na web trgovini jednog hrvatskog lanca drogerija (optimizacija brzine, pristupačnost, implementacija cookie bannera i Consent Modea).

Životopis i poveznicu na portfolio šaljem u privitku. Rado bih došao na razgovor, može i online.

Srdačan pozdrav,
Filip Jukić""",
         "Filip Jukić"),
    ],
    "sv": [
        ("access", ("deletion",),
         "Koppla bort mitt Google-konto",
         """Hej!

Jag skapade mitt konto hos er genom att logga in med Google för ett par år sedan. Nu vill jag sluta använda Google-inloggningen, så två saker:

1. Vilka uppgifter fick ni från Google när jag loggade in på det sättet (profilbild, födelsedatum, kontakter…)? Jag vill gärna se exakt vad ni har sparat.
2. Kan ni koppla bort Google-kontot och radera det ni har fått därifrån? Själva kontot hos er vill jag behålla, jag kan sätta ett vanligt lösenord.

Tack på förhand!
Erik Lindqvist""",
         "Erik Lindqvist"),
        ("objection", (),
         "Invändning mot riktad reklam",
         """Hej,

Varje gång jag har tittat på något hos er dyker samma produkt upp i mitt Facebookflöde en timme senare. Jag antar att det beror på Metapixeln på er sajt.

Jag invänder härmed mot att ni använder mina uppgifter för riktad marknadsföring och retargeting, och mot att ni delar information om mina besök och köp med Meta, Google eller andra annonsnätverk – något som ni i er integritetspolicy säger att ni gör med stöd av berättigat intresse.

Vänliga hälsningar
Karin Johansson""",
         "Karin Johansson"),
        ("withdraw_consent", (),
         "Avregistrera",
         """Hej, jag vill inte få era nyhetsbrev längre. Har försökt trycka på länken längst ner men då kommer jag till en sida på franska som jag inte förstår ett ord av. Ta bort mig från utskicket tack.
/Lars""",
         "Lars Nilsson"),
        ("restriction", (),
         "Radera inte mitt konto",
         """Hej,

Jag fick ett mejl om att mitt konto kommer att raderas den 30 november eftersom jag inte har loggat in på två år. Snälla gör inte det! Jag köpte en diskmaskin av er 2024 (order 3318840) och har ett pågående garantiärende om den, och kvittot och orderhistoriken finns bara i kontot.

Jag vill alltså att ni sparar uppgifterna tills garantiärendet är avslutat. Ni behöver inte använda dem till något annat under tiden – bara inte radera dem.

Mvh
Anders Berg""",
         "Anders Berg"),
        ("deletion", (),
         "Ta bort min sökhistorik",
         """Hej!

Vi har en gemensam surfplatta hemma och era ”Senast visade” och ”Dina sökningar” syns för alla som öppnar appen. Min tonårsdotter har nu sett vad jag har sökt efter, vilket inte var så kul.

Kan ni radera all min sök- och surfhistorik och de sparade sökningarna som är kopplade till mitt konto? Kontot vill jag ha kvar.

Hälsningar
Maria Andersson""",
         "Maria Andersson"),
        ("correction", (),
         "Fel födelsedatum i kontot",
         """Hej,

I mitt konto står det att jag är född 1997-12-07, men rätt datum är 1979-12-07. Det verkar som att någon har skrivit fel när mitt gamla kundkort fördes över till webbkontot. Fältet går inte att ändra på sajten.

Kan ni rätta det? Att ni tror att jag är 28 är förstås smickrande, men jag vill ändå att det ska stämma.

Med vänlig hälsning
Johan Persson""",
         "Johan Persson"),
        ("complaint", ("access",),
         "Påminnelse igen: inget svar på min begäran från 2 oktober",
         """Hej,

Den 2 oktober bad jag er om att få veta vilka personuppgifter ni har samlat in om mig via cookies och spårning på er webbplats, och vilka tredje parter som har fått ta del av dem. Den 20 oktober skickade jag en påminnelse. Inget svar, inte ens en bekräftelse.

Enligt GDPR ska ni svara inom en månad och den tiden har nu gått ut. Jag vill fortfarande ha svar på min ursprungliga fråga, men har jag inte hört något inom en vecka anmäler jag er till IMY, som kan skicka ärendet vidare till den belgiska dataskyddsmyndigheten.

Sofia Eriksson""",
         "Sofia Eriksson"),
        ("other", (),
         "GDPR-säker cookiebanner till er webbshop?",
         """Hej!

Jag heter Fredrik och jobbar på Klarsikt Digital, en webbyrå i Malmö som är specialiserad på e-handel. Vi tittade på er sajt och såg att er cookiebanner saknar en tydlig ”Neka alla”-knapp och att Google Analytics laddas innan besökaren har gjort ett val.

Vi erbjuder en färdig consentlösning anpassad efter GDPR och ePrivacy, inklusive Google Consent Mode v2, som vi brukar ha på plats på under en vecka.

Har ni tid för ett kort samtal nästa vecka? Jag bjuder gärna på en kostnadsfri genomgång.

Vänliga hälsningar
Fredrik Holm
Klarsikt Digital AB""",
         "Fredrik Holm"),
        ("other", (),
         "Varukorgen töms hela tiden",
         """Hej,
varje gång jag stänger webbläsaren och kommer tillbaka är varukorgen tom. Jag har ställt in Firefox så att cookies raderas när jag stänger den, kan det vara därför? Finns det något sätt att spara varukorgen i kontot i stället? Jag är ju inloggad när jag handlar.
/Emma""",
         "Emma Larsson"),
        ("other", (),
         "Tack!",
         """Hej, ville bara säga tack till Amira i chatten i går kväll som hjälpte mig att hitta rätt laddare till min gamla kamera. Superbra service! Ordern är redan skickad och spårningen säger torsdag.

Hälsningar
Gunnar Ek""",
         "Gunnar Ek"),
    ],
    "ro": [
        ("deletion", ("withdraw_consent",),
         "Ștergere cont",
         """Bună ziua,

M-am mutat înapoi în România și nu mai cumpăr de la dumneavoastră, așa că vă rog să îmi ștergeți contul de pe site împreună cu toate datele asociate: adresele, istoricul comenzilor, lista de dorințe și recenziile.

De asemenea, nu mai doresc să primesc newsletterul sau alte e-mailuri promoționale.

Mulțumesc,
Andreea Popescu""",
         "Andreea Popescu"),
        ("access", (),
         "Istoric autentificări și adrese IP",
         """Bună ziua,

Ieri am primit de la dumneavoastră un e-mail „Autentificare nouă din Lyon, Franța”, dar eu n-am fost niciodată în Lyon. Mi-am schimbat parola imediat.

Aș dori să îmi trimiteți istoricul complet al autentificărilor în contul meu din ultimele 6 luni, cu adresele IP, datele și dispozitivele/browserele înregistrate, ca să văd dacă a mai intrat cineva. Și, dacă se poate, să îmi spuneți cât timp păstrați aceste informații.

Mulțumesc,
Radu Ionescu""",
         "Radu Ionescu"),
        ("objection", (),
         "Opoziție - analize de comportament și parteneri",
         """Stimată echipă,

Am citit politica de confidențialitate de pe site și văd că folosiți datele clienților, în baza „interesului legitim”, pentru analize de comportament și că le transmiteți unor „parteneri comerciali selectați”.

Mă opun acestei prelucrări în ceea ce mă privește: nu doresc ca datele mele (navigare, comenzi, card de fidelitate) să fie folosite pentru profilare și nici să fie transmise partenerilor. Vă rog să îmi confirmați în scris că ați luat act de opoziția mea.

Cu stimă,
Mihaela Dumitrescu""",
         "Mihaela Dumitrescu"),
        ("portability", (),
         "Arhiva de la „Descarcă datele mele” e goală",
         """Salut,

Am apăsat pe „Descarcă datele mele” din cont și am primit un link spre o arhivă ZIP, dar are 0 KB și nu se deschide. Am încercat de două ori, pe zile diferite.

Practic am nevoie de comenzile mele și de punctele de pe cardul de fidelitate într-un fișier pe care să-l pot importa în altă parte (CSV, JSON, orice format standard). Mi-l puteți trimite voi pe e-mail?

Mersi,
Bogdan Stan""",
         "Bogdan Stan"),
        ("restriction", (),
         "Cerere de restricționare a prelucrării (art. 18 alin. (1) lit. d) GDPR)",
         """Bună ziua,

Pe 12 octombrie v-am trimis o opoziție împotriva folosirii datelor mele pentru recomandări personalizate (tichet nr. 55812). Mi s-a răspuns că „analizați cererea”.

Până când finalizați analiza, vă solicit restricționarea prelucrării: să nu mai folosiți istoricul meu de navigare și de cumpărături pentru recomandări sau profilare. Nu vă cer să ștergeți nimic – datele pot rămâne stocate.

Cu stimă,
Cristian Georgescu""",
         "Cristian Georgescu"),
        ("complaint", ("deletion",),
         "Am refuzat cookie-urile și tot mă urmăriți!",
         """Sincer, sunt revoltată. Am apăsat „Refuz tot” pe bannerul vostru de cookie-uri și în aceeași seară aveam pe Facebook și pe un site de știri reclame cu exact geanta pe care o văzusem la voi. Deci ori bannerul e doar de decor, ori ați trimis oricum datele mele mai departe.

Așa ceva nu e în regulă și nici legal. Vreau să ștergeți tot ce ați strâns despre mine prin cookie-uri și pixeli. Dacă nu primesc un răspuns serios, fac plângere la ANSPDCP și la autoritatea din Belgia.

Elena Mocanu""",
         "Elena Mocanu"),
        ("correction", (),
         "Adresa de e-mail greșită în cont",
         """Bună ziua,
când mi-am făcut contul am scris greșit adresa de e-mail: ioana.marinescu@gmial.com în loc de @gmail.com. De aceea nu primesc facturile. Pe site nu o pot schimba, pentru că mi se cere confirmarea pe adresa veche, la care evident nu am acces. Vă scriu de pe adresa corectă, vă rog s-o treceți pe aceasta.
Număr card de fidelitate: 2277 0931 4456.
Mulțumesc frumos,
Ioana Marinescu""",
         "Ioana Marinescu"),
        ("other", (),
         "Aplicația se închide singură",
         """Bună ziua,

De la ultima actualizare, aplicația voastră se închide imediat ce apăs pe „Contul meu”. Am dezinstalat-o și am instalat-o din nou, am șters și datele aplicației din setările telefonului, degeaba. Am un Samsung A52 cu Android 14.

Mă puteți ajuta?
Florin Dinu""",
         "Florin Dinu"),
        ("other", (),
         "nu pot scoate produse din coș",
         """Salut, am în coș două produse pe care nu le mai vreau, dar când apăs pe „Elimină” nu se întâmplă nimic, iar la plată apar tot ele. Cum le scot? Am încercat și de pe laptop, și de pe telefon.
Alina""",
         "Alina Stoica"),
        ("other", (),
         "De ce mi-a fost respinsă recenzia?",
         """Bună ziua,

Am scris o recenzie (negativă, recunosc) despre un aspirator robot și am primit un e-mail că „nu respectă regulile comunității”. N-am înjurat pe nimeni, am descris doar ce nu funcționează. Îmi puteți spune ce anume n-a fost în regulă, ca s-o pot corecta și publica?

Mulțumesc,
Sorin Vlad""",
         "Sorin Vlad"),
    ],
    "el": [
        ("access", ("objection",),
         "Γιατί μου προτείνετε συνέχεια προϊόντα για την τριχόπτωση;",
         """Καλησπέρα σας,

Εδώ και καιρό, στην αρχική σελίδα του site σας και στα email, μου προτείνετε σαμπουάν κατά της τριχόπτωσης και βιταμίνες για τα μαλλιά. Δεν έχω ψάξει ποτέ τέτοια προϊόντα – ή τουλάχιστον δεν το θυμάμαι.

Θα ήθελα να μάθω τι «προφίλ» έχετε φτιάξει για μένα: σε ποιες κατηγορίες με έχετε κατατάξει, με βάση ποια δεδομένα και από πού τα πήρατε. Επίσης, δεν θέλω πλέον να χρησιμοποιείτε τα δεδομένα μου για τέτοιες εξατομικευμένες προτάσεις.

Ευχαριστώ,
Αντώνης Μιχαηλίδης""",
         "Αντώνης Μιχαηλίδης"),
        ("deletion", (),
         "Κριτική με το όνομά μου που δεν έγραψα εγώ",
         """Καλησπέρα σας,

Ψάχνοντας το όνομά μου στο Google, βρήκα στη σελίδα σας μια κριτική για ένα κινητό με το ονοματεπώνυμό μου και τη φωτογραφία προφίλ μου από το Facebook. Δεν την έγραψα εγώ και δεν έχω αγοράσει ποτέ αυτό το κινητό από εσάς. Δεν ξέρω αν κάποιος άνοιξε λογαριασμό με τα στοιχεία μου.

Σας παρακαλώ να αφαιρέσετε αμέσως αυτή την κριτική, καθώς και οτιδήποτε άλλο υπάρχει με το όνομα και τη φωτογραφία μου που δεν προέρχεται από μένα.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("objection", ("withdraw_consent",),
         "Όχι στο profiling",
         """Γεια σας,

Δεν επιθυμώ να χρησιμοποιούνται τα δεδομένα μου (ιστορικό περιήγησης, αγορές, στοιχεία της κάρτας πιστότητας) για ανάλυση της συμπεριφοράς μου ή για εξατομικευμένες προτάσεις. Προβάλλω αντίρρηση σε κάθε τέτοια επεξεργασία.

Επίσης, βγάλτε με από το newsletter, δεν το ανοίγω ποτέ.

Με εκτίμηση,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("withdraw_consent", (),
         "Ανάκληση συγκατάθεσης για cookies",
         """Καλημέρα,

Όταν μπήκα στο site σας, το banner είχε μόνο «Αποδοχή όλων» και «Ρυθμίσεις», κανένα κουμπί για απόρριψη, και επειδή βιαζόμουν να πληρώσω πάτησα αποδοχή. Τώρα δεν βρίσκω πουθενά πώς να το αλλάξω.

Με το παρόν ανακαλώ τη συγκατάθεση που έδωσα για τα cookies στατιστικής και διαφήμισης. Παρακαλώ επιβεβαιώστε μου ότι καταχωρήθηκε.

Κώστας Νικολάου""",
         "Κώστας Νικολάου"),
        ("portability", (),
         "Τα δεδομένα μου σε αρχείο",
         """Γεια σας,

Θα ήθελα να πάρω τα δεδομένα του λογαριασμού μου – παραγγελίες, λίστα επιθυμιών και τις κριτικές που έχω γράψει – σε αρχείο που να μπορώ να το περάσω σε άλλο e-shop ή πρόγραμμα, π.χ. CSV ή JSON. Η επιλογή «Λήψη των δεδομένων μου» στις ρυθμίσεις βγάζει μόνο ένα PDF.

Μπορείτε να μου το στείλετε στο email;

Ευχαριστώ πολύ,
Σοφία Αλεξίου""",
         "Σοφία Αλεξίου"),
        ("complaint", ("deletion",),
         "Ακόμα υπάρχει ο λογαριασμός μου;;",
         """Πριν από πάνω από έναν μήνα (28 Σεπτεμβρίου) πάτησα «Διαγραφή λογαριασμού» στο site σας και μου βγήκε μήνυμα ότι «το αίτημά σας καταχωρήθηκε». Σήμερα δοκίμασα να συνδεθώ και ο λογαριασμός δουλεύει κανονικά, με όλες τις παραγγελίες και τις διευθύνσεις μου. Και συνεχίζω να παίρνω τα διαφημιστικά σας email.

Δηλαδή το κουμπί είναι για διακόσμηση; Ζητώ να διαγραφεί επιτέλους ο λογαριασμός μου και να μου το επιβεβαιώσετε γραπτώς. Αλλιώς θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων.

Δημήτρης Αντωνίου""",
         "Δημήτρης Αντωνίου"),
        ("restriction", (),
         "Παραβίαση λογαριασμού - μη διαγράψετε τίποτα",
         """Καλησπέρα,

Κάποιος μπήκε στον λογαριασμό μου την περασμένη Παρασκευή και έκανε δύο παραγγελίες με την κάρτα μου, με αποστολή σε άλλη διεύθυνση. Έχω ήδη κάνει καταγγελία στη Δίωξη Ηλεκτρονικού Εγκλήματος και η τράπεζα έχει ανοίξει υπόθεση.

Σας ζητώ να μη διαγράψετε τίποτα από τον λογαριασμό μου – ιστορικό συνδέσεων, διευθύνσεις IP, παραγγελίες, συνομιλίες – μέχρι να κλείσει η υπόθεση, γιατί θα χρειαστούν ως αποδεικτικά στοιχεία. Παράλληλα δεν θέλω να γίνεται καμία άλλη χρήση τους στο μεταξύ. Μπορείτε να «παγώσετε» τον λογαριασμό;

Ευχαριστώ,
Αικατερίνη Βασιλείου""",
         "Αικατερίνη Βασιλείου"),
        ("other", (),
         "Κολλάει η σελίδα πληρωμής",
         """Καλησπέρα,

Προσπαθώ από χθες να ολοκληρώσω μια παραγγελία, αλλά στο τελευταίο βήμα η σελίδα μένει λευκή και δεν προχωράει. Δοκίμασα και από τον υπολογιστή και από το κινητό, έσβησα και τα cookies, τίποτα. Η κάρτα μου δουλεύει κανονικά σε άλλα site. Τι μπορώ να κάνω;

Σταύρος Κωνσταντίνου""",
         "Σταύρος Κωνσταντίνου"),
        ("other", (),
         "Λίστα επιθυμιών",
         """Γεια σας, πώς μπορώ να στείλω τη λίστα επιθυμιών μου στην αδερφή μου; Θέλει να μου πάρει δώρο για τη γιορτή μου και δεν βρίσκω πουθενά κουμπί για κοινοποίηση.
Ευχαριστώ!
Μαρία""",
         "Μαρία Ιωάννου"),
        ("other", (),
         "Το chatbot σας δεν καταλαβαίνει τίποτα",
         """Προσπάθησα τρεις φορές να ρωτήσω το chatbot στο site πότε θα έρθει η παραγγελία 8820417 και μου απαντάει συνέχεια με το ίδιο άρθρο για τις επιστροφές. Υπάρχει τρόπος να μιλήσω με άνθρωπο;

Ευχαριστώ,
Νίκος Δημητρίου""",
         "Νίκος Δημητρίου"),
    ],
    "bg": [
        ("deletion", (),
         "Гласови записи от приложението",
         """Здравейте,

В приложението ви търся продукти с гласовото търсене (микрофончето). Едва сега се сетих, че записите може би се пазят някъде.

Ако пазите такива записи или текста от тях, моля да ги изтриете всичките. Гласовото търсене спирам да го ползвам.

Поздрави,
Николай Петров""",
         "Николай Петров"),
        ("access", (),
         "Откъде фирмата за мебели има имейла ми?",
         """Здравейте,

Преди около месец пазарувах от вас онлайн за първи път. Оттогава ми пишат от „Домко Мебел“ и от някаква застрахователна фирма – на имейл адрес, който съм използвала само при регистрацията при вас.

Моля да ми кажете дали сте предали данните ми на тези или на други фирми, кои точно данни и на какво основание. Искам също да знам какви данни изобщо пазите за мен.

Благодаря,
Мария Георгиева""",
         "Мария Георгиева"),
        ("correction", (),
         "Грешно име в профила ми",
         """Здравейте,

Регистрирах се при вас с бутона „Вход с Facebook“ и сега виждам, че за име в профила ми стои прякорът ми от Facebook – „Митко Шерифа“. Така излиза и под отзивите ми, и на фактурите (!). Истинското ми име е Димитър Стоянов. В настройките не мога да го сменя, защото пише, че е „синхронизирано с Facebook“.

Моля, поправете го.

Поздрави,
Димитър Стоянов""",
         "Димитър Стоянов"),
        ("objection", (),
         "Възражение - качване на имейла ми във Facebook",
         """Здравейте,

В настройките на Facebook, в раздела „Рекламодатели, които са използвали списък с вашата информация“, виждам Shop Example BV. Явно сте качили имейла или телефона ми в Meta за таргетирана реклама (Custom Audiences).

Възразявам срещу използването на данните ми по този начин и срещу споделянето им с Meta или с други рекламни платформи за маркетингови цели. Моля, махнете ме от тези списъци и не ме включвайте в бъдещи.

С уважение,
Иван Колев""",
         "Иван Колев"),
        ("complaint", ("withdraw_consent",),
         "Отписах се, а пак ми пишете",
         """Здравейте,

На 12 октомври се отписах от бюлетина ви през линка в имейла и получих потвърждение „Успешно се отписахте“. Вчера получих поредната промоция по имейл, а днес и SMS. Това не е сериозно.

Моля, спрете всякакви рекламни съобщения към мен – имейли, SMS-и, известия в приложението. И бих искала да разбера как така отписването не важи.

Ако продължи, ще подам сигнал до КЗЛД.

Вяра Николова""",
         "Вяра Николова"),
        ("restriction", (),
         "Моля, не изтривайте профила",
         """Здравейте,

Профилът в сайта ви е на мое име, но го ползвахме заедно с бившия ми съпруг. В момента сме по дело за развод и историята на поръчките (техника за дома, мебели) ми трябва като доказателство за подялбата на имуществото. Опасявам се, че той ще поиска профилът да бъде закрит.

Моля, запазете данните в профила така, както са сега, и не ги изтривайте, докато делото приключи. Не е нужно да ги използвате за нищо – само да не изчезнат.

Благодаря,
Силвия Тодорова""",
         "Силвия Тодорова"),
        ("withdraw_consent", ("deletion",),
         "бисквитки",
         """Здравейте, преди време натиснах „Приемам всички“ на банера за бисквитки на сайта ви. Вече не съм съгласен – оттеглям съгласието си за рекламните и аналитичните бисквитки. Ако сте събрали нещо за мен чрез тях, изтрийте го, моля.

Стефан Илиев""",
         "Стефан Илиев"),
        ("other", (),
         "Сайтът не работи с блокер на реклами",
         """Здравейте,
когато ми е пуснат uBlock Origin, сайтът ви се зарежда наполовина и не мога да сложа нищо в количката. Без блокера работи. Ще го оправите ли, или трябва да ви добавя в изключенията?
Поздрави,
Георги Ангелов""",
         "Георги Ангелов"),
        ("other", (),
         "Интервю за дипломна работа - бисквитки и онлайн магазини",
         """Здравейте,

Казвам се Петя Христова и съм студентка по информатика в Софийския университет. Пиша дипломна работа за това как онлайн магазините в ЕС прилагат правилата за бисквитките и съгласието на потребителите.

Бихте ли отделили 20 минути за кратко онлайн интервю или да попълните анкета от 10 въпроса? Разбира се, няма да публикувам името на фирмата без ваше разрешение.

Благодаря предварително!
Петя Христова""",
         "Петя Христова"),
        ("other", (),
         "Проследяване на пратка",
         """Здравейте, поръчка № 9901327 е изпратена преди пет дни, но номерът за проследяване от имейла не се намира в сайта на куриера. Може ли да проверите дали е верен?
Благодаря,
Калин Маринов""",
         "Калин Маринов"),
    ],
}

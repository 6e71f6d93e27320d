"""Forty-fourth set, privacy mail about events, contests, surveys and the shop's community (pl cs hr sv ro el bg). Written apart from the rules (see make_fortyfourth.py)."""

PEOPLE_OB = {
    "pl": [
        ("access", (),
         "Zdjęcia z warsztatów kulinarnych 17.10",
         """Dzień dobry,

w sobotę 17 października byłam z mężem na warsztatach kuchni tajskiej w Waszym sklepie w Antwerpii. Przez cały wieczór fotograf robił zdjęcia, a kilka z nich pojawiło się potem na Waszym Instagramie.

Chciałabym się dowiedzieć, jakie zdjęcia i nagrania, na których jestem, macie u siebie, gdzie zostały opublikowane i jak długo zamierzacie je przechowywać. Proszę też o informację, czy przekazaliście je komuś spoza sklepu, np. agencji, która prowadzi Wasze media społecznościowe.

Z góry dziękuję za odpowiedź.

Pozdrawiam serdecznie
Agnieszka Wróbel""",
         "Agnieszka Wróbel"),
        ("deletion", ("withdraw_consent",),
         "Konkurs balkonowy - moje dane",
         """Witam,

we wrześniu wziąłem udział w Waszym konkursie „Jesienna metamorfoza balkonu”. Wysłałem zdjęcie balkonu i wypełniłem formularz (imię i nazwisko, adres, data urodzenia, telefon). Nie wygrałem, trudno :)

Teraz proszę o usunięcie wszystkich moich danych z tego konkursu, razem ze zdjęciem. Przy zgłoszeniu chyba zaznaczyłem też zgodę na newsletter, bo od tamtej pory co tydzień dostaję od Was maile z promocjami – tych też już nie chcę, proszę mnie wypisać.

Tomasz Kowalczyk""",
         "Tomasz Kowalczyk"),
        ("portability", (),
         "Eksport moich recenzji i postów z forum",
         """Dzień dobry,

od trzech lat udzielam się na Waszym forum klientów (nick: ogrodniczka_basia) i napisałam sporo recenzji produktów ogrodowych. Zakładam teraz własnego bloga i chciałabym przenieść tam swoje teksty.

Czy możecie mi przesłać wszystkie moje recenzje i posty z forum w pliku, który da się zaimportować – najlepiej CSV albo JSON, z datami i nazwami produktów? Kopiowanie tego ręcznie wpis po wpisie zajęłoby mi tygodnie.

Dziękuję i pozdrawiam
Barbara Nowicka""",
         "Barbara Nowicka"),
        ("restriction", (),
         "Nagranie z otwarcia sklepu w Gandawie",
         """Szanowni Państwo,

3 października, podczas otwarcia nowego sklepu w Gandawie, ekipa filmowa nagrywała klientów – między innymi mnie i moją córkę przy stoisku z degustacją. W sprawie samego nagrywania (nikt nas nie pytał o zgodę) złożyłem już reklamację u kierownika sklepu i czekam na jej rozpatrzenie.

Do czasu wyjaśnienia sprawy proszę, aby nie publikowali Państwo tego materiału i nie wykorzystywali go w żadnych reklamach. Jednocześnie proszę go nie kasować, bo może być potrzebny przy rozpatrywaniu reklamacji.

Będę wdzięczny za potwierdzenie, że nagranie zostało w ten sposób zablokowane.

Z poważaniem
Krzysztof Zieliński""",
         "Krzysztof Zieliński"),
        ("objection", (),
         "Ankieta satysfakcji a profilowanie",
         """Dzień dobry,

po ostatnich zakupach wypełniłam Waszą ankietę satysfakcji. Dopiero potem przeczytałam w polityce prywatności, że odpowiedzi z ankiet łączycie z historią zakupów z karty lojalnościowej, żeby „lepiej dopasować oferty”.

Nie życzę sobie tego. Ankietę wypełniłam, żeby pomóc Wam poprawić obsługę, a nie po to, żebyście budowali mój profil klienta. Sprzeciwiam się wykorzystywaniu moich odpowiedzi do profilowania i personalizowania ofert.

Numer karty: 6029 4417 0032 118

Pozdrawiam
Magdalena Lewandowska""",
         "Magdalena Lewandowska"),
        ("complaint", ("deletion",),
         "Zdjęcie mojego syna na Facebooku – bez zgody!!",
         """Jestem naprawdę wzburzona.

Na Waszym profilu na Facebooku wisi zdjęcie z „Dnia Dziecka” (sobota 24.10, sklep w Leuven), na którym wyraźnie widać twarz mojego sześcioletniego syna. Nikt mnie nie pytał o zgodę, nie podpisywałam żadnego formularza. W komentarzach ktoś już go oznaczył z imienia i nazwiska.

To niedopuszczalne, żeby publikować wizerunek dziecka bez zgody rodzica. Żądam natychmiastowego usunięcia tego zdjęcia ze wszystkich Waszych kanałów i z archiwum. Jeśli do końca tygodnia nie zniknie, zgłoszę sprawę do belgijskiego urzędu ochrony danych.

Joanna Mazur""",
         "Joanna Mazur"),
        ("withdraw_consent", (),
         "Wycofuję zgodę na moją historię w newsletterze",
         """Dzień dobry,

w zeszłym roku zgodziłem się, żeby moja historia („jak odnowiłem stare krzesła po Waszych warsztatach”) razem ze zdjęciem pojawiła się w newsletterze i na stronie. Od tego czasu sporo się u mnie zmieniło i nie chcę już, żeby to było publikowane.

Wycofuję tę zgodę – proszę zdjąć tekst i zdjęcie przy najbliższej okazji i nie używać ich więcej.

Dzięki za zrozumienie
Paweł Dąbrowski""",
         "Paweł Dąbrowski"),
        ("other", (),
         "Zapis na warsztaty stolarskie 14.11",
         """Dzień dobry,

chciałbym zapisać się na warsztaty stolarskie 14 listopada w sklepie w Mechelen. Formularz na stronie zawiesza się po wpisaniu danych, więc piszę mailem:

Marek Wiśniewski
tel. 0470 12 34 56
karta klubowa 6029 4417 8815 302

Czy trzeba przynieść własne narzędzia albo okulary ochronne?

Pozdrawiam
Marek""",
         "Marek Wiśniewski"),
        ("other", (),
         "kiedy dotrze nagroda?",
         """Cześć,

we wrześniu wygrałam w Waszym konkursie na Instagramie zestaw garnków (30.09 dostałam maila z gratulacjami). Podałam adres do wysyłki, ale do dziś nic nie przyszło, a firma, która miała wysłać nagrodę, nie odpisuje. Możecie sprawdzić, co się z nią dzieje?

Ewa Kamińska""",
         "Ewa Kamińska"),
        ("other", (),
         "Pytanie do regulaminu konkursu „Moja kuchnia”",
         """Dzień dobry,

mam dwa pytania do regulaminu konkursu fotograficznego „Moja kuchnia”:
1. Czy mogę zgłosić zdjęcie zrobione rok temu, czy musi być zrobione w trakcie trwania konkursu?
2. Jeśli wyślę zdjęcie, a potem zrobię lepsze – czy mogę usunąć pierwsze zgłoszenie i wysłać nowe, czy liczy się tylko pierwsze?

Dziękuję i pozdrawiam
Łukasz Pietrzak""",
         "Łukasz Pietrzak"),
    ],
    "cs": [
        ("correction", (),
         "Oprava jména ve výsledcích soutěže",
         """Dobrý den,

ve výsledcích podzimní soutěže o víkend v Ardenách, které jste zveřejnili na webu i na Facebooku, jsem uvedena jako „Lucie Dvořáková, Brusel“. Jmenuji se ale Lucie Dvořáčková (s č) a bydlím v Lovani, ne v Bruselu.

Prosím o opravu jména i města ve výsledcích a také ve vašem systému, aby poukaz přišel na správné jméno.

Děkuji
Lucie Dvořáčková""",
         "Lucie Dvořáčková"),
        ("deletion", (),
         "Zrušení profilu na fóru",
         """Dobrý den,

prosím o smazání mého profilu na vašem zákaznickém fóru (uživatel jirka_brno) včetně všech příspěvků a profilové fotky. Fórum už nepoužívám a nechci, aby tam po mně něco zůstalo. Účet v e-shopu mi ale nechte, ten používám dál.

Díky
Jiří Procházka""",
         "Jiří Procházka"),
        ("objection", ("withdraw_consent",),
         "Nesouhlasím s předáním údajů sponzorovi",
         """Dobrý den,

přihlásil jsem se do vaší soutěže o kávovar a teprve teď jsem si v pravidlech všiml, že údaje všech účastníků předáváte sponzorovi soutěže „pro jeho vlastní marketingové účely“. S tím nesouhlasím a žádám, abyste mé údaje sponzorovi nepředávali.

A když už píšu – odhlaste mě prosím i z vašeho newsletteru, přihlásil jsem se k němu jen kvůli té soutěži.

S pozdravem
Martin Novotný""",
         "Martin Novotný"),
        ("complaint", (),
         "Anonymní dotazník? Opravdu?",
         """Dobrý den,

v říjnu jsem vyplnila váš dotazník o spokojenosti se zákaznickým servisem. V úvodu stálo velkými písmeny, že je ANONYMNÍ. O týden později mi volala vedoucí prodejny v Antverpách a ptala se, proč jsem byla s jejím týmem tak nespokojená – a citovala přitom moje vlastní odpovědi.

Anonymní to tedy zjevně nebylo. Jsem z toho opravdu nepříjemně překvapená, a to nejen kvůli sobě – kolik dalších lidí napsalo upřímně, protože jste jim slíbili anonymitu? Chci vysvětlení, jak se to mohlo stát, a ujištění, že se to nebude opakovat. Pokud to nevezmete vážně, obrátím se na dozorový úřad.

Kateřina Horáková""",
         "Kateřina Horáková"),
        ("withdraw_consent", (),
         "souhlas s fotkami",
         """Dobrý den, na keramickém kurzu 10. 10. jsem podepsal souhlas s focením a zveřejněním fotek na vašem Instagramu. Ten souhlas tímto odvolávám. Fotky, které už tam jsou, prosím stáhněte a další se mnou už nezveřejňujte.

Díky
Tomáš Černý""",
         "Tomáš Černý"),
        ("access", ("deletion",),
         "Testovací panel – jaké údaje o mně máte",
         """Dobrý den,

v létě jsem se přihlásila do vašeho panelu na testování pleťové kosmetiky. Registrační dotazník se ptal na spoustu věcí – alergie, kožní onemocnění, léky, dokonce i příjem domácnosti.

Z panelu chci vystoupit, ale předtím bych ráda věděla, co všechno o mně máte uložené, komu jste to případně poskytli (výrobcům?) a jak dlouho to uchováváte. Potom prosím všechno smažte.

Děkuji a zdravím
Eva Veselá""",
         "Eva Veselá"),
        ("portability", (),
         "Export mých recenzí a fotek",
         """Dobrý den,

jsem členem vašeho ambasadorského programu „Kutil roku“ a za dva roky jsem u vás nahrál přes 80 recenzí nářadí i s fotkami. Rád bych je měl u sebe v použitelné podobě, abych je mohl přenést na svůj web – ideálně soubor CSV nebo JSON s textem recenze, hodnocením, datem a názvem výrobku a k tomu ZIP s fotkami.

Dá se to zařídit?

S pozdravem
Petr Kučera""",
         "Petr Kučera"),
        ("other", (),
         "Kurz pečení cukroví 28. 11. – dcera",
         """Dobrý den,

jsem přihlášená na kurz pečení vánočního cukroví 28. 11. v Bruselu. Můžu s sebou vzít dceru (11 let)? Pokud je ještě volné místo, ráda bych ji přihlásila taky. Platí se za dítě zvlášť?

Děkuji
Jana Pokorná""",
         "Jana Pokorná"),
        ("other", (),
         "Odkaz na dotazník nefunguje",
         """Dobrý den,

po nákupu mi přišel e-mail s prosbou o vyplnění dotazníku spokojenosti a slevou 5 € na další nákup. Odkaz mi ale hlásí chybu 404, zkoušela jsem to v mobilu i v počítači. Ráda bych ho vyplnila (a slevou taky nepohrdnu :) ). Můžete mi poslat funkční odkaz?

Objednávka č. 2026-118457

Zdraví
Markéta Svobodová""",
         "Markéta Svobodová"),
        ("other", (),
         "Fotosoutěž – datum v metadatech",
         """Dobrý den,

v pravidlech fotosoutěže „Podzim na zahradě“ stojí, že fotka musí mít v metadatech datum pořízení z doby trvání soutěže. Moje fotka z mobilu ho měla, ale po úpravě v editoru se data z fotky smazala. Je to problém? Originál pořád mám, můžu poslat obě verze.

Děkuji za odpověď
Ondřej Marek""",
         "Ondřej Marek"),
    ],
    "hr": [
        ("access", (),
         "Što ste zadržali iz moje prijave na nagradnu igru?",
         """Poštovani,

u kolovozu sam sudjelovala u vašoj nagradnoj igri „Ljeto na terasi“. Obrazac je tražio ime i prezime, adresu, datum rođenja, broj mobitela i fotografiju terase. Nagradna igra je završila, pa me zanima koje od tih podataka još uvijek čuvate, u koju svrhu i koliko dugo. Jeste li ih proslijedili sponzoru nagradne igre ili nekome drugome?

Molim vas i za kopiju svih podataka koje imate o meni.

Lijep pozdrav,
Ivana Horvat""",
         "Ivana Horvat"),
        ("restriction", (),
         "Natjecanje za najbolji recept – molim da ne brišete moju prijavu",
         """Poštovani,

u listopadu sam sudjelovao u vašem natjecanju za najbolji recept (kategorija kolači). Prema pravilima se prijave brišu 30 dana nakon proglašenja pobjednika. Smatram da je pri ocjenjivanju došlo do pogreške (moj je recept ocijenjen u krivoj kategoriji) pa sam od organizatora zatražio ponovnu provjeru.

Molim vas da moju prijavu, recept i fotografije ne brišete dok se ta provjera ne završi, ali ih u međuvremenu ni za što drugo ne koristite.

S poštovanjem,
Marko Babić""",
         "Marko Babić"),
        ("withdraw_consent", ("deletion",),
         "Ne želim više SMS-ove o nagradnim igrama",
         """Bok,

jednom sam se prijavila na neku vašu nagradnu igru na Instagramu i od onda mi stalno stižu SMS-ovi tipa „Nova nagradna igra! Sudjeluj i osvoji…“. Molim vas da mi ih više ne šaljete i da moj broj mobitela obrišete iz svoje baze.

Hvala,
Petra Kovačević""",
         "Petra Kovačević"),
        ("complaint", (),
         "Objavili ste moju adresu!",
         """Poštovani,

osvojio sam treću nagradu u nagradnoj igri povodom otvaranja vaše trgovine u Namuru. Hvala na nagradi, ali šokirao sam se kad sam vidio da ste u objavi na Facebooku uz ime i prezime naveli i moju punu adresu, s ulicom i kućnim brojem. U pravilima je pisalo da se objavljuju samo ime i mjesto.

Objava je bila javna najmanje tri dana i podijeljena je više od 400 puta. To je ozbiljan propust. Želim pisano objašnjenje kako se to dogodilo i što ste poduzeli da se ne ponovi.

Davor Jurić""",
         "Davor Jurić"),
        ("objection", (),
         "Pozivi agencije za istraživanje tržišta",
         """Dobar dan,

već me nekoliko puta nazvala neka agencija za istraživanje tržišta „u ime Shop Examplea“ i htjela me anketirati o kupnji u vašim trgovinama. Ne želim da se moj broj koristi za ankete i istraživanja tržišta niti da se u tu svrhu daje agencijama. Molim da se to zaustavi.

Srdačno,
Nikolina Marić""",
         "Nikolina Marić"),
        ("correction", (),
         "Krivi podaci na profilu u zajednici",
         """Pozdrav,

na mom javnom profilu u vašoj online zajednici piše da sam iz Charleroija i da imam 52 godine. Oboje je krivo – živim u Liègeu i rođen sam 1984. Vjerojatno se nešto pomiješalo kad ste profile prebacivali na novu platformu.

Možete li to ispraviti? Sam ne mogu, ta su polja zaključana.

Hvala,
Ante Perić""",
         "Ante Perić"),
        ("deletion", (),
         "",
         """Dobar dan,

molim da izbrišete moje odgovore iz ankete o navikama kupovine koju sam ispunila prošli mjesec (dobila sam je e-mailom nakon kupnje, ID ankete 55-1093). Predomislila sam se i ne želim da se ti odgovori čuvaju.

Lijepi pozdrav
Maja Knežević""",
         "Maja Knežević"),
        ("other", (),
         "Radionica adventskih vjenčića 21.11.",
         """Poštovani,

ima li još slobodnih mjesta na radionici izrade adventskih vjenčića 21. studenoga u trgovini u Bruxellesu? Prošli sam se put upisala na listu na blagajni, ali me nitko nije nazvao. Ako ima mjesta, upišite me, molim vas, za dvije osobe (ja i prijateljica).

Hvala!
Ana Pavlović""",
         "Ana Pavlović"),
        ("other", (),
         "Nisam dobio poruku za nagradu",
         """Pozdrav,

na vašem Instagram profilu piše da su dobitnici nagradne igre „Jesenska košarica“ obaviješteni privatnom porukom. Ja sam na popisu dobitnika, ali nikakvu poruku nisam dobio (provjerio sam i zahtjeve za poruke). Kako mogu preuzeti nagradu? Mogu li je podići u trgovini u Gentu?

Luka Tomić""",
         "Luka Tomić"),
        ("other", (),
         "Hvala na radionici keramike!",
         """Dragi svi,

hvala vam na prekrasnoj radionici keramike prošle subote! Sve je bilo odlično organizirano, a voditeljica Sarah je pravo blago. Fotograf je spomenuo da će album s radionice biti objavljen na vašoj Facebook stranici – znate li otprilike kada? Rado bih ga podijelila s obitelji.

Puno pozdrava,
Marija Vuković""",
         "Marija Vuković"),
    ],
    "sv": [
        ("portability", ("deletion", "withdraw_consent"),
         "Mina recensioner och foruminlägg",
         """Hej!

Jag har varit med i ert kundforum sedan 2021 och skrivit ett hundratal recensioner och inlägg, mest om trädgårdsmöbler och grillar. Nu tänker jag lämna forumet, men först vill jag få ut allt jag har skrivit i en fil som går att läsa in någon annanstans – gärna JSON eller CSV med datum, produkt och text.

När jag har fått filen kan ni radera mitt forumkonto. Och sluta skicka forumets veckobrev till mig, tack.

Mvh
Johan Lindqvist""",
         "Johan Lindqvist"),
        ("complaint", ("restriction",),
         "Inspelningen från fokusgruppen 8 oktober",
         """Hej,

Jag deltog i er fokusgrupp om den nya appen den 8 oktober i Bryssel. Vi fick veta att samtalet spelades in ”enbart för intern analys”. I går såg jag ett klipp från inspelningen i en annons på LinkedIn där ni söker deltagare till nästa fokusgrupp – och där syns jag tydligt. Det var inte vad vi kom överens om, och jag är mycket missnöjd med hur ni har hanterat det här.

Ta ner klippet omgående. Själva inspelningen vill jag inte att ni raderar ännu, den ska finnas kvar tills saken är utredd, men den får inte användas till någonting under tiden.

Med vänlig hälsning
Karin Sjöberg""",
         "Karin Sjöberg"),
        ("access", (),
         "Vilka bilder har ni på mig?",
         """Hej,

jag var på er snickarkurs för nybörjare i Gent i september och märkte att någon fotograferade hela kvällen. Kan ni berätta vilka bilder och filmer ni har där jag syns, var de har publicerats och om ni har lämnat dem vidare till någon? Skicka gärna kopior också.

/Erik Nilsson""",
         "Erik Nilsson"),
        ("objection", (),
         "Gästlistan från vinprovningen",
         """Hej,

Jag var anmäld till vinprovningen i er butik i Antwerpen den 16 oktober. På plats berättade en representant för vinfirman som sponsrade kvällen att de ”kommer att höra av sig till alla gäster med erbjudanden”, så ni har uppenbarligen gett dem gästlistan eller tänker göra det.

Jag motsätter mig att mina uppgifter lämnas ut till sponsorer eller andra samarbetspartner, både nu och vid kommande evenemang.

Hälsningar
Anna Bergström""",
         "Anna Bergström"),
        ("withdraw_consent", (),
         "tävlingsmejl",
         """Hej! Sluta skicka mejl om era tävlingar och enkäter till mig, tack. Jag anmälde mig när jag var med i er julkalender förra året men vill inte ha dem längre. Orderbekräftelser och sånt går bra.

/Linnea""",
         "Linnea Holm"),
        ("correction", (),
         "Fel mejladress och namn i testpanelen",
         """Hej,

jag är med i er produkttestpanel och har märkt att inbjudningarna går till min gamla jobbadress, som jag slutar använda i slutet av november. Kan ni byta till den här adressen i stället?

I panelprofilen står det dessutom ”Mattias” med två t, men jag heter Matias med ett t.

Tack!
Matias Ekström""",
         "Matias Ekström"),
        ("deletion", (),
         "Bild från invigningen i Mechelen",
         """Hej,

ni har lagt upp en bild från invigningen av butiken i Mechelen där jag står längst fram vid bandklippningen. Det var en trevlig dag, men jag vill inte att bilden ligger ute. Kan ni ta bort den från Instagram och Facebook och radera den ur ert bildarkiv också?

Tack på förhand
Sofia Lundgren""",
         "Sofia Lundgren"),
        ("other", (),
         "Fråga om fototävlingen",
         """Hej,

får man vara med i fototävlingen ”Höstens godaste” om man bor i Nederländerna? Och måste någon av era produkter synas på bilden, eller räcker det att rätten är lagad med saker köpta hos er?

Hälsningar
Oskar Berg""",
         "Oskar Berg"),
        ("other", (),
         "Avanmälan matlagningskurs 12/11",
         """Hej,

jag måste tyvärr avanmäla mig från den italienska matlagningskursen den 12 november, jag är på tjänsteresa då. Kan min plats gå till min syster Emma Holmberg i stället? Hon nås på 0471 22 33 44.

Vänliga hälsningar
Sara Holmberg""",
         "Sara Holmberg"),
        ("other", (),
         "Barndagen i Brygge",
         """Hej!

Behöver man anmäla barnen i förväg till barndagen den 7 november i Brygge? Mina två är 4 och 7 år. Och blir det ansiktsmålning igen? Dottern har pratat om det ända sedan förra året :)

Maria Johansson""",
         "Maria Johansson"),
    ],
    "ro": [
        ("restriction", (),
         "Datele mele de la concursul „Toamna pe două roți”",
         """Bună ziua,

În septembrie am câștigat o bicicletă electrică la concursul vostru online „Toamna pe două roți”. Premiul a fost trimis de partenerul vostru și a sosit cu bateria defectă. Am deschis o reclamație la ei, care încă nu s-a rezolvat.

În regulament scrie că datele participanților se șterg la 60 de zile după extragere. Vă rog să nu ștergeți datele mele de participare și confirmarea câștigului până se încheie disputa cu partenerul, pentru că s-ar putea să am nevoie de ele ca dovadă. Până atunci nu e nevoie să le folosiți la nimic altceva.

Mulțumesc,
Andreea Ionescu""",
         "Andreea Ionescu"),
        ("access", ("objection",),
         "Date din panelul de testare",
         """Bună ziua,

Din martie fac parte din panelul vostru de testare a produselor cosmetice. La înscriere am completat un chestionar destul de detaliat: venitul gospodăriei, câți copii am, ce probleme de piele am.

Aș vrea să știu ce date aveți despre mine din acest panel, cine are acces la ele și dacă le combinați cu istoricul cumpărăturilor de pe cardul de fidelitate. Dacă da, vă rog să nu le mai folosiți ca să-mi faceți oferte personalizate – nu sunt de acord cu așa ceva.

Cu stimă,
Elena Dumitrescu""",
         "Elena Dumitrescu"),
        ("complaint", ("deletion",),
         "Al doilea mesaj – poza mea de la concurs",
         """Bună ziua,

Pe 2 octombrie v-am scris ca să vă rog să scoateți poza mea de pe pagina de Facebook a concursului „Cea mai frumoasă grădină”. A trecut mai bine de o lună, n-am primit niciun răspuns, iar poza e tot acolo, cu numele meu complet dedesubt. Sincer, mă așteptam la mai mult de la voi.

Vă rog încă o dată să o ștergeți. Dacă nu primesc un răspuns în zilele următoare, mă adresez Autorității belgiene pentru protecția datelor.

Gabriela Stan""",
         "Gabriela Stan"),
        ("withdraw_consent", (),
         "dezabonare",
         """salut, vreau sa ma dezabonati de la newsletter si de la sms-urile cu promotii. m-am abonat cand am participat la concursul cu trotineta electrica, dar nu mai vreau. multumesc

Alex""",
         "Alexandru Georgescu"),
        ("deletion", (),
         "Ieșire din programul de ambasadori",
         """Bună ziua,

Vreau să ies din programul vostru de ambasadori și să-mi ștergeți profilul de ambasador, împreună cu pozele și textele pe care vi le-am trimis pentru campanii. Vă rog să-mi confirmați după ce ați făcut asta.

Cu drag,
Ioana Marinescu""",
         "Ioana Marinescu"),
        ("portability", (),
         "Rețetele mele de pe „Gătim împreună”",
         """Bună ziua,

În ultimii doi ani am publicat vreo 40 de rețete pe platforma voastră „Gătim împreună”, cu poze cu tot. Aș vrea să le primesc pe toate într-un fișier pe care să-l pot importa în aplicația mea de rețete (de exemplu JSON sau XML), cu ingredientele, pașii și pozele. Se poate?

Mulțumesc frumos,
Cristina Moldovan""",
         "Cristina Moldovan"),
        ("correction", ("withdraw_consent",),
         "Nume greșit pe lista câștigătorilor",
         """Bună ziua,

Pe lista câștigătorilor de la tombola organizată la deschiderea magazinului din Liège apar ca „Florin Popovici”. Numele meu corect este Florin Popovici-Lazăr (nume dublu) și tot așa apare și pe cardul de fidelitate. Vă rog să corectați numele, atât pe listă, cât și în baza voastră de date.

Și încă ceva: nu mai doresc să primesc e-mailurile despre concursuri și tombole, vă rog să mă scoateți de pe lista aceea.

Mulțumesc,
Florin Popovici-Lazăr""",
         "Florin Popovici-Lazăr"),
        ("other", (),
         "Voucherul câștigat pe Instagram",
         """Bună,

Am câștigat un voucher de 50 € la concursul de pe Instagram de săptămâna trecută (mi-ați scris în privat). Când și cum îl primesc? Trebuie să vă trimit eu datele mele sau le aveți deja din mesaj?

Mulțumesc!
Bianca Pop""",
         "Bianca Pop"),
        ("other", (),
         "Întrebare despre concursul „Like & Share”",
         """Bună ziua,

Vreau să particip la concursul „Like & Share” pentru setul de grădinărit. Trebuie să am profilul de Instagram public ca participarea să fie validă? Al meu e privat și aș prefera să rămână așa. Și e suficient să dau share în story sau trebuie o postare?

Mersi,
Vlad Niculescu""",
         "Vlad Niculescu"),
        ("other", (),
         "Atelierul de Crăciun pentru copii",
         """Bună ziua,

Vă mulțumim pentru atelierul de decorațiuni de Halloween de sâmbătă – copiii s-au distrat de minune! Aș vrea să-i înscriu și la atelierul de decorațiuni de Crăciun din decembrie. Când se deschid înscrierile și e tot în magazinul din Bruxelles?

O zi bună,
Simona Radu""",
         "Simona Radu"),
    ],
    "el": [
        ("objection", ("deletion",),
         "Χρήση των στοιχείων του διαγωνισμού για διαφήμιση",
         """Καλησπέρα σας,

Τον Σεπτέμβριο συμμετείχα στον διαγωνισμό σας για τα γενέθλια του καταστήματος των Βρυξελλών. Από τότε μου έρχονται διαφημιστικά φυλλάδια στο σπίτι και με παίρνουν τηλέφωνο για προσφορές.

Αντιτίθεμαι στη χρήση των στοιχείων μου για διαφημιστικούς σκοπούς. Δήλωσα συμμετοχή για να κερδίσω ένα δώρο, όχι για να μπω σε λίστες. Παρακαλώ επίσης να διαγράψετε τα στοιχεία της συμμετοχής μου, αφού ο διαγωνισμός έχει πια τελειώσει.

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("access", ("objection",),
         "Τηλεφωνική έρευνα εκ μέρους σας",
         """Γεια σας,

Πριν από δύο εβδομάδες με πήρε τηλέφωνο μια εταιρεία έρευνας αγοράς εκ μέρους σας και απάντησα σε ένα αρκετά μεγάλο ερωτηματολόγιο για τις αγορές μου. Θα ήθελα να μάθω ποια στοιχεία μου δώσατε σε αυτή την εταιρεία (από πού βρήκαν το κινητό μου;), τι κρατάτε από τις απαντήσεις μου – επώνυμα ή ανώνυμα – και για πόσο καιρό.

Επίσης, δεν θέλω να ξαναχρησιμοποιηθεί το τηλέφωνό μου για τέτοιες έρευνες.

Ευχαριστώ,
Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),
        ("correction", (),
         "Λάθος όνομα στη νικήτρια φωτογραφία",
         """Καλημέρα,

Χάρηκα πολύ που η φωτογραφία μου κέρδισε στον διαγωνισμό «Το φθινόπωρο στον κήπο μου»! Όμως στη δημοσίευση στο Instagram και στο site γράφει «Κατερίνα Ιωαννίδου», ενώ είμαι η Αικατερίνη Ιωαννίδη. Μπορείτε να διορθώσετε το όνομα στη λεζάντα και στα στοιχεία που έχετε για μένα;

Σας ευχαριστώ πολύ,
Αικατερίνη Ιωαννίδη""",
         "Αικατερίνη Ιωαννίδη"),
        ("complaint", (),
         "Στείλατε τα στοιχεία μας σε όλους τους συμμετέχοντες",
         """Κύριοι,

Χθες στείλατε υπενθύμιση για το μάθημα μαγειρικής της 14ης Νοεμβρίου σε όλους τους συμμετέχοντες με τις διευθύνσεις ορατές, και επιπλέον επισυνάψατε ένα αρχείο Excel με τα ονόματα, τα τηλέφωνα και τις διευθύνσεις όλων μας – μαζί με σημειώσεις για αλλεργίες και δυσανεξίες! Αυτά είναι δεδομένα υγείας.

Είναι απαράδεκτο. Περιμένω να μου πείτε τι κάνετε γι' αυτό και αν το έχετε δηλώσει στην Αρχή Προστασίας Δεδομένων.

Νίκος Αντωνίου""",
         "Νίκος Αντωνίου"),
        ("restriction", (),
         "Να μη χρησιμοποιηθεί το βίντεο της ομάδας εστίασης",
         """Καλησπέρα,

Στην ομάδα εστίασης (focus group) της 22ας Οκτωβρίου για τη νέα κάρτα πιστότητας μας βιντεοσκόπησαν. Έχω ήδη ζητήσει από την εταιρεία που τη διοργάνωσε να μου εξηγήσει πού θα χρησιμοποιηθεί το υλικό και περιμένω απάντηση.

Μέχρι τότε, σας παρακαλώ να μη χρησιμοποιήσετε ούτε να προωθήσετε πουθενά το βίντεο όπου εμφανίζομαι. Δεν ζητάω να σβηστεί, απλώς να μείνει «παγωμένο» μέχρι να ξεκαθαρίσει το θέμα.

Με εκτίμηση,
Δημήτρης Κωνσταντίνου""",
         "Δημήτρης Κωνσταντίνου"),
        ("withdraw_consent", (),
         "Ανάκληση συναίνεσης για τις φωτογραφίες της κόρης μου",
         """Γεια σας,

Στη γιορτή για παιδιά στο κατάστημα της Αμβέρσας (17/10) υπέγραψα ένα έντυπο ότι επιτρέπω να φωτογραφηθεί η κόρη μου και να ανέβουν οι φωτογραφίες στη σελίδα σας στο Facebook. Το ξανασκέφτηκα και ανακαλώ αυτή τη συναίνεση. Παρακαλώ μην ανεβάσετε άλλες φωτογραφίες της και κατεβάστε όσες έχουν ήδη δημοσιευτεί.

Ευχαριστώ,
Μαρία Παπαδάκη""",
         "Μαρία Παπαδάκη"),
        ("deletion", ("access",),
         "Κλείσιμο λογαριασμού στο φόρουμ",
         """Γεια σας, θέλω να κλείσετε και να σβήσετε τον λογαριασμό μου στο φόρουμ της κοινότητας (όνομα χρήστη: kostas_diy). Πριν τον σβήσετε, πείτε μου τι στοιχεία μου έχετε κρατήσει εκτός από τα μηνύματα (IP, email, κτλ.).

Κώστας Νικολάου""",
         "Κώστας Νικολάου"),
        ("other", (),
         "Συμμετοχή στο εργαστήριο κεραμικής 5/12",
         """Καλησπέρα,

Θα ήθελα να δηλώσω συμμετοχή στο εργαστήριο κεραμικής της 5ης Δεκεμβρίου στο κατάστημα της Γάνδης. Η φόρμα στο site δεν δέχεται το τηλέφωνό μου (βγάζει σφάλμα επειδή αρχίζει από +30), γι' αυτό σας γράφω εδώ.

Όνομα: Σοφία Αλεξίου
Κινητό: +30 694 123 4567

Ευχαριστώ!""",
         "Σοφία Αλεξίου"),
        ("other", (),
         "Η έρευνα ικανοποίησης κολλάει",
         """Γεια σας,

Ξεκίνησα να συμπληρώνω την έρευνα ικανοποίησης που μου στείλατε μετά την παραγγελία μου, αλλά στη σελίδα 3 κολλάει και με πετάει έξω. Το δοκίμασα δύο φορές. Έχει πρόβλημα η σελίδα ή φταίει ο browser μου;

Άννα Μιχαηλίδου""",
         "Άννα Μιχαηλίδου"),
        ("other", (),
         "Κωδικός δωροκουπονιού",
         """Γεια σας, κέρδισα ένα δωροκουπόνι στην κλήρωση του Instagram, αλλά έσβησα κατά λάθος το email με τον κωδικό. Μπορείτε να μου τον ξαναστείλετε;

Ευχαριστώ,
Θανάσης Σταυρόπουλος""",
         "Θανάσης Σταυρόπουλος"),
    ],
    "bg": [
        ("complaint", ("deletion",),
         "Отговорите ми от анкетата стигнаха до производителя",
         """Здравейте,

През септември участвах във вашия панел за тестване на хранителни добавки. В анкетата отговорих на въпроси за здравето си, за лекарствата, които пия, и за доходите на домакинството. Обещано ни беше, че отговорите ще се обработват анонимно.

Преди седмица ми се обади представител на производителя, обърна се към мен по име и ми предложи „персонална програма“ според отговорите ми. Това е абсолютно неприемливо. Искам обяснение как данните ми са стигнали до тях.

И изтрийте всичко, което имате от участието ми в панела.

Веселина Петрова""",
         "Веселина Петрова"),
        ("portability", (),
         "Данните ми от програмата за посланици",
         """Здравейте,

Две години бях посланик на марката във вашата програма „Майстор у дома“. Сега се оттеглям и бих искал да получа всичко, което съм качил при вас – ревюта, снимки, описания на проектите ми – в машинночетим формат (CSV или JSON, а снимките в ZIP), за да го пренеса в собствения си блог.

Благодаря предварително,
Стоян Димитров""",
         "Стоян Димитров"),
        ("access", ("withdraw_consent",),
         "Листът за записване от откриването в Брюж",
         """Добър ден,

На откриването на магазина в Брюж оставих имейла и телефона си в листа за записване на касата – казаха ни, че е за томбола. Бих искала да знам какви данни за мен пазите оттам, за какво ги използвате и дали сте ги давали на някого. Пазите ли и снимките, които фотографът направи на входа?

Оттогава получавам и вашия бюлетин – моля, отпишете ме от него.

Поздрави,
Милена Иванова""",
         "Милена Иванова"),
        ("restriction", (),
         "Моля, замразете профила ми, докато се оправи",
         """Здравейте,

В общността ви моят публичен профил показва грешна информация – пише, че съм от Антверпен, и стои снимка, която не е моя (сигурно нещо се е объркало при преместването на форума). Писах на поддръжката да го оправят.

Докато това стане, моля, не използвайте профила ми и не го показвайте публично – нито в класацията „най-активни членове“, нито в бюлетина. Не искам да го изтривате, само да е замразен.

Благодаря,
Николай Георгиев""",
         "Николай Георгиев"),
        ("objection", (),
         "Не искам оферти според работилниците, на които ходя",
         """Здравейте,

Забелязах, че откакто ходя на работилниците ви по шиене, в приложението ми излизат само „персонални“ оферти за платове и шевни машини, а в имейлите пише „Тъй като обичате да шиете…“.

Не съм съгласна данните за участието ми в работилниците да се използват за профилиране и насочена реклама. Моля, спрете.

Ралица Стоянова""",
         "Ралица Стоянова"),
        ("withdraw_consent", (),
         "игри и томболи",
         """Здравейте, моля, махнете ме от списъка за имейли с игри и томболи. Записах се при една игра във Фейсбук, но вече не искам да ги получавам.

Благодаря,
Петър Колев""",
         "Петър Колев"),
        ("correction", (),
         "Грешна година на раждане при записването за детския ден",
         """Добър ден,

При записването за детския ден (събота, 7 ноември) съм въвела грешна година на раждане на сина ми – 2019 вместо 2017 – и системата го е сложила в групата на най-малките. Може ли да поправите годината на 2017? Детето се казва Калоян Тодоров, записването е на мое име.

Благодаря,
Десислава Тодорова""",
         "Десислава Тодорова"),
        ("other", (),
         "Кога ще пристигне наградата?",
         """Здравейте,

Спечелих кошница с продукти в играта за Хелоуин във Фейсбук. Преди две седмици ми се обадиха от фирмата партньор, за да потвърдя адреса, но пратката още я няма. Има ли номер за проследяване?

Благодаря,
Иван Атанасов""",
         "Иван Атанасов"),
        ("other", (),
         "Анкетата е затворена?",
         """Добър ден,

Вчера получих имейл с покана да попълня анкета за доволството от обслужването, но линкът ме праща към страница „Анкетата е приключила“. Грешка ли е, или съм закъсняла? Искаше ми се да я попълня, имах какво да кажа за доставката :)

Гергана Николова""",
         "Гергана Николова"),
        ("other", (),
         "Кулинарен курс 19 ноември – приятелка",
         """Здравейте,

Записана съм за курса по италианска кухня на 19 ноември. Може ли да дойде и приятелката ми? Тя няма профил в сайта ви – трябва ли да си направи, за да се запише, или може да я добавите вие към моето записване?

Поздрави,
Цветелина Маринова""",
         "Цветелина Маринова"),
    ],
}

"""Sixtyfourth set, person mail in pl cs hr sv ro el bg, theme photos, uploads and personalised products. Written apart from the rules (see make_sixtyfourth.py)."""

PEOPLE_IF = {
    "pl": [
        ("deletion", ("withdraw_consent",),
         "Usunięcie zdjęć z fotoksiążki – zamówienie 40718825",
         """Dzień dobry,

w marcu zamawiałam u Państwa fotoksiążkę z komunii syna (zamówienie nr 40718825). Do kreatora wgrałam wtedy chyba ze 400 zdjęć, w tym sporo zdjęć dzieci z rodziny. Książka doszła, jest śliczna, nie mam zastrzeżeń.

Teraz jednak bardzo proszę o usunięcie wszystkich tych zdjęć z Państwa serwerów, razem z samym projektem książki i jego kopiami. Nie chcę, żeby zdjęcia dzieci leżały gdzieś w chmurze bez potrzeby. Konto może zostać, tylko bez zdjęć.

I przy okazji: proszę mnie wypisać z newslettera z promocjami na fotoprodukty, bo co tydzień dostaję "Twoje wspomnienia czekają!" i mam tego serdecznie dość.

Z góry dziękuję i proszę o potwierdzenie.
Agnieszka Wróbel
Rue des Palais 118, 1030 Schaerbeek""",
         "Agnieszka Wróbel"),
        ("other", (),
         "Fotoksiążka za ciemna – zam. 40811563",
         """Dzień dobry,
odebrałem dziś fotoksiążkę z wesela siostry i niestety wszystkie zdjęcia z sali są wydrukowane dużo za ciemno, twarzy prawie nie widać. Na ekranie w kreatorze wyglądały normalnie. Zdjęcia z pleneru są OK.

Czy możecie ją wydrukować jeszcze raz, jaśniej, albo zwrócić pieniądze? Mogę odesłać książkę. Projekt jest dalej na koncie, więc chyba nie trzeba nic wgrywać ponownie.

Pozdrawiam
Marcin Górski""",
         "Marcin Górski"),
        ("access", (),
         "pytanie",
         """Dzien dobry
w sobote drukowalem zdjecia w kiosku w sklepie na Meir w Antwerpii, z pendrive'a. Na koncu kiosk pokazal ze "zapisano w historii". Co to znaczy? Co wy macie o mnie, jakie zdjecia, jakie dane i jak dlugo to trzymacie?? prosze o odpowiedz

Tomek K.""",
         "Tomasz Kaczmarek"),
        ("correction", (),
         "Zmiana danych w koncie - fotoksiążka poszła nie tam",
         """Dzień dobry,
w lipcu przeprowadziliśmy się z Leuven do Wavre i chyba nie zmieniłam adresu w koncie, bo fotoksiążka z wakacji poszła na stary adres (na szczęście nowi lokatorzy mi ją oddali). Moja wina, wiem.

Proszę o zmianę danych w koncie (e-mail logowania: m.zielinska.be@mailbox.example):
- nazwisko: Zielińska-Mazur (zamiast Zielińska, wyszłam za mąż)
- adres: Avenue des Tilleuls 7, 1300 Wavre
- telefon: 0472 18 55 30 (stary już nie działa)

Sama w ustawieniach nie mogę zmienić nazwiska, wyskakuje błąd.

Pozdrawiam serdecznie
Magdalena Zielińska-Mazur""",
         "Magdalena Zielińska-Mazur"),
        ("other", (),
         "Kiosk – pliki RAW?",
         """Hej, mam pytanie techniczne. Czy kiosk w sklepie obsługuje pliki RAW (Nikon .NEF, ewentualnie .DNG)? Czy muszę wszystko najpierw wyeksportować do JPG? Czytałem na stronie, że po zakończeniu sesji kiosk kasuje zdjęcia z pamięci, więc o to się nie martwię, chodzi mi tylko o format i jakość wydruku 20x30.

Dzięki
Michał""",
         "Michał Wójcik"),
        ("portability", (),
         "Wniosek o przeniesienie danych (art. 20 RODO)",
         """Szanowni Państwo,

na podstawie art. 20 ust. 1 i 2 RODO wnoszę o wydanie mi danych, które dostarczyłem Państwu w ramach usługi foto, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego, tj.:

1. wszystkich oryginalnych plików zdjęć wgranych do mojego konta (w pełnej rozdzielczości, nie miniatur),
2. moich zapisanych projektów (3 fotoksiążki, 2 kalendarze na 2025 r.) wraz z układem stron i podpisami – np. w formacie JSON lub XML,
3. historii zamówień foto.

Przenoszę się do innego serwisu i chciałbym zachować swoje projekty. Proszę o przesłanie linku do pobrania paczki ZIP na adres e-mail przypisany do konta.

Z poważaniem
dr Paweł Szymański
nr klienta: 7730-118-402""",
         "Paweł Szymański"),
        ("objection", (),
         "",
         """Wyłączcie mi tę funkcję "Wspomnienia", co skanuje twarze na zdjęciach. Nie chcę, żeby wasz system rozpoznawał moje dzieci. Konto i zdjęcia mają zostać.

Wysłane z iPhone'a""",
         "Kasia Lewandowska"),
        ("withdraw_consent", (),
         "Re: Minął rok od Twojej fotoksiążki! -25% na nową",
         """Nie, dziękuję. Nie wyrażam już zgody na takie maile ani SMS-y, proszę mnie usunąć z listy marketingowej. Zamówienia dalej będę robić, ale reklam nie chcę.

J. Dąbrowski

> Cześć Jakub!
> Dokładnie rok temu stworzyłeś fotoksiążkę "Zakopane 2023". Czas na nowe wspomnienia?
> Tylko do niedzieli -25% na wszystkie fotoksiążki z kodem WSPOMNIENIA25.
> Zespół Foto""",
         "Jakub Dąbrowski"),
        ("complaint", ("access",),
         "SKANDAL – zdjęcia moich dzieci u obcej osoby",
         """Piszę już trzeci raz i nikt nie raczy odpowiedzieć, więc tym razem piszę na adres od prywatności.

6 tygodni temu zamówiłam fotoksiążkę z urodzin moich bliźniaków (zamówienie 40392217). Adres w zamówieniu był prawidłowy, sprawdzałam dziesięć razy. Książka trafiła do zupełnie obcej kobiety w Gandawie, która na szczęście była na tyle przyzwoita, że znalazła mnie na Facebooku i napisała. W środku są zdjęcia moich dzieci w kąpieli, nasze nazwisko na okładce, data urodzenia dzieci. Czy Państwo w ogóle rozumieją, co to znaczy??

Na czacie usłyszałam, że "to błąd kuriera" i dostanę kod rabatowy. Kod rabatowy!!! Od tamtej pory cisza, dwa maile bez odpowiedzi (19.09 i 30.09).

Chcę wiedzieć:
- jak to się stało,
- czy nasze dane (adres, zdjęcia) trafiły jeszcze do kogoś, np. do drukarni za granicą albo do innych klientów,
- czy zgłosiliście to jako naruszenie ochrony danych.

Jeżeli w ciągu tygodnia nie dostanę konkretnej odpowiedzi, składam skargę do belgijskiego GBA, a kopię wysyłam do UODO, bo jestem obywatelką Polski.

Joanna Pietrzak
Gent""",
         "Joanna Pietrzak"),
        ("other", (),
         "Propozycja współpracy – druk fotoproduktów (zgodność z RODO)",
         """Szanowni Państwo,

nazywam się Ewa Kowalczyk i reprezentuję PrintFabryka sp. z o.o. z Łodzi – od 15 lat drukujemy fotoksiążki, kalendarze i obrazy na płótnie dla sklepów internetowych z całej Europy.

Wiem, że ten adres służy do spraw ochrony danych, ale piszę tu celowo: wiele sieci obawia się przekazywania zdjęć klientów zewnętrznej drukarni. U nas pliki są automatycznie usuwane 14 dni po wysyłce, serwery są w UE, podpisujemy umowę powierzenia przetwarzania (art. 28 RODO), a pracownicy nie mają wglądu w zdjęcia poza kontrolą jakości.

Czy mogłabym prosić o kontakt z osobą odpowiedzialną za zakupy lub współpracę z partnerami druku? Chętnie prześlę ofertę i próbki.

Z wyrazami szacunku
Ewa Kowalczyk
Key Account Manager, PrintFabryka sp. z o.o.
ul. Wólczańska 212, 93-005 Łódź""",
         "Ewa Kowalczyk"),
    ],
    "cs": [
        ("access", (),
         "Kdo viděl moje fotky?",
         """Dobrý den,

minulý týden jsem si přes váš web nechala vytisknout asi 60 fotek 10x15. Omylem jsem mezi ně dala i několik hodně osobních fotek z porodu, které jsem tisknout vůbec nechtěla. Fotky přišly, ty osobní taky.

Chtěla bych vědět:
- kdo všechno u vás ty fotky viděl (laboratoř, kontrola kvality, prohlíží je někdo ručně?),
- jestli je netiskne nějaká firma v zahraničí a komu jste je tedy poslali,
- jak dlouho je máte uložené a co dalšího o mně v souvislosti s tou objednávkou evidujete.

Klidně mi pošlete kopii všeho, co o mně máte.

Děkuji,
Lucie Horáková
objednávka č. 55093177""",
         "Lucie Horáková"),
        ("other", (),
         "Kde je moje plátno???",
         """Dobrý den, objednala jsem plátno s fotkou našeho psa jako dárek k narozeninám (obj. 55201840), mělo dorazit do pátku a pořád nic. Sledování zásilky ukazuje už týden „převzato od tiskového partnera". Narozeniny jsou v neděli. Můžete mi říct, kde to vázne? Děkuji, Markéta Veselá""",
         "Markéta Veselá"),
        ("deletion", (),
         "Uložené návrhy",
         """Dobrý den,
v účtu mám v „Mých návrzích" pořád uložený hrnek a tričko se jménem a fotkou mé bývalé přítelkyně (Veronika, k výročí 14. 2.). Jsme rok od sebe a pokaždé, když se přihlásím, na mě vyskočí. V aplikaci je nejde smazat, tlačítko Smazat nic nedělá.

Prosím smažte všechny uložené návrhy i fotky, které k nim patří, a to i ze záloh, pokud to jde. Objednávky a účet nechte.

Díky
Ondřej Novák""",
         "Ondřej Novák"),
        ("restriction", (),
         "Objednávka 55120394 – reklamace plátna",
         """Dobrý den,

reklamuji plátno 60x90 (obj. 55120394) – fotka je oříznutá jinak, než jsem schválil v náhledu, chybí na ní polovina hlavy mého táty. Reklamace běží u zákaznického servisu pod číslem R-88412.

Píšu sem proto, že jsem si všiml, že vaše fotoslužba maže nahrané soubory a návrhy po 90 dnech. Prosím, aby se můj návrh, schválený náhled z e-mailu a nahraná fotka do vyřízení reklamace (a případného sporu) NEMAZALY – potřebuji je jako důkaz. Zároveň je prosím nepoužívejte k ničemu jinému, jen je uchovejte.

S pozdravem
Martin Dvořák""",
         "Martin Dvořák"),
        ("objection", ("access",),
         "Moje svatební oznámení ve vaší galerii nápadů??",
         """Dobrý den,

kamarádka mi včera poslala odkaz na vaši „Galerii inspirací" – a je tam moje svatební oznámení! Náš design, naše fotka s manželem z Karlštejna a dokonce i vzorové jméno hosta, které jsem tam nechala (moje teta). Nikdo se mě neptal, jestli to tam můžete dát.

Prosím okamžitě ho z galerie stáhněte a moje návrhy už nijak k propagaci nepoužívejte. A napište mi, z čeho jste vyvodili, že s tím souhlasím, a kde všude jinde (sociální sítě, newsletter, reklamy) se ten návrh objevil.

Tereza Černá (roz. Marková)""",
         "Tereza Černá"),
        ("other", (),
         "Chyba v gravírování – hodinky",
         """Dobrý den,

dostal jsem dnes hodinky s gravírováním, které jsem objednal bratrovi ke svatbě. Na zadní straně má být „Petrovi a Janě 14. 6. 2025", ale je tam „14. 6. 2015". V objednávce (55177302) mám správně 2025, posílám snímek obrazovky.

Můžete hodinky vyměnit nebo gravírování opravit? Svatba je za tři týdny, takže bych to potřeboval rychle. Jméno a datum v objednávce jsou správně, jen to prosím vyryjte znovu.

Díky
Jakub Pokorný""",
         "Jakub Pokorný"),
        ("withdraw_consent", (),
         "",
         """Prosim odhlaste me z newsletteru a uz mi neposilejte SMS o "vzpominkach". Diky. P. Kucera""",
         "Petr Kučera"),
        ("correction", (),
         "Náhledy chodí na starý e-mail",
         """Dobrý den,
náhledy k fotoknihám a kalendářům mi pořád chodí na můj starý pracovní e-mail (jana.prochazkova@firma-stara.example), kde už nepracuji a kam nemám přístup – a netuším, kdo je tam teď čte. V profilu mám přitom jako kontaktní e-mail ten nový, ale asi je u „schvalování náhledů" ještě někde uložený ten starý.

Opravte mi to prosím všude na jana.prochazkova84@posta.example.

Děkuji,
Jana Procházková""",
         "Jana Procházková"),
        ("complaint", ("deletion",),
         "Stížnost – nevyřízená žádost o výmaz fotografií na pas",
         """Vážení,

dne 2. 9. jsem si ve vaší prodejně v Bruselu (Rue Neuve) nechal pořídit fotografie na cestovní pas. Zaměstnanec mi sdělil, že fotografie „zůstanou v systému, kdyby bylo potřeba je dotisknout". Ještě tentýž den jsem Vám na tuto adresu zaslal žádost podle čl. 17 GDPR o jejich výmaz. Dodnes, tj. po více než šesti týdnech, jsem neobdržel žádnou odpověď ani potvrzení o přijetí, ačkoli čl. 12 odst. 3 GDPR Vám ukládá odpovědět bez zbytečného odkladu, nejpozději do jednoho měsíce.

Fotografie obličeje pro doklady považuji za zvlášť citlivé. Tímto podávám stížnost na způsob vyřízení mé žádosti a znovu žádám o výmaz všech mých fotografií pořízených v prodejně.

Pokud neobdržím odpověď do 14 dnů, obrátím se na belgický úřad APD/GBA a informuji rovněž Úřad pro ochranu osobních údajů (ÚOOÚ).

S pozdravem
Ing. Radek Šimek
Avenue Louise 304, 1050 Ixelles""",
         "Radek Šimek"),
        ("other", (),
         "Poděkování",
         """Dobrý den,
jen krátce – chtěla jsem poděkovat paní z prodejny v Lovani, která mi minulý týden u kiosku pomohla s fotoknihou z Tater, když jsem si nevěděla rady. A taky děkuji za rychlou odpověď na můj dotaz, jak dlouho se fotky v kiosku uchovávají, všechno mi to bylo jasné. Kniha je nádherná, mamka plakala.

Hezký den,
Hana Benešová""",
         "Hana Benešová"),
    ],
    "hr": [
        ("other", (),
         "Slike za putovnicu",
         """Dobar dan,
radite li slike za putovnicu u trgovini u Gentu i treba li se naručiti? Trebaju mi za hrvatsku putovnicu preko veleposlanstva u Bruxellesu, format 35x45 mm. Znate li te zahtjeve (pozadina, veličina glave)? Koliko košta i jesu li gotove odmah?
Hvala,
Damir Šarić""",
         "Damir Šarić"),
        ("access", (),
         "Moje fotografije i podaci",
         """Poštovani,

već nekoliko godina koristim vašu foto uslugu – i preko weba i preko kioska u trgovini u Bruxellesu. Sad me zanima što sve od toga imate kod sebe. Molim vas da mi pošaljete:
- popis svih mojih podataka koje čuvate (račun, narudžbe, adrese),
- koje su moje fotografije još uvijek na vašim serverima i koliko ih dugo namjeravate čuvati,
- jeste li moje fotografije slali nekom vanjskom partneru (tiskari) i kojem,
- kopiju svega toga.

Unaprijed hvala.

Lijep pozdrav,
Ivana Babić""",
         "Ivana Babić"),
        ("deletion", (),
         "Kiosk je zadržao moje slike",
         """Bok,
jučer sam u vašoj trgovini u Liègeu printala slike s USB sticka na kiosku. Kad sam završila i izvadila stick, na ekranu su i dalje ostale minijature mojih slika pod "Nedavno", a gospodin iza mene ih je vidio. Među njima su i slike mojih osobnih dokumenata (slikala sam osobnu za neki obrazac i zaboravila da je na sticku).

Molim vas da hitno obrišete sve moje slike iz tog kioska i sa svih vaših sustava gdje su se mogle spremiti. Javite mi kad bude obrisano.

Hvala,
Petra Jurić""",
         "Petra Jurić"),
        ("portability", (),
         "Izvoz fotoknjiga",
         """Poštovani,
prelazim na drugu uslugu za izradu fotoknjiga (PhotoPrint.example), a kod vas imam 6 napravljenih knjiga i preko 2.000 slika. Možete li mi poslati sve moje slike i projekte u nekom formatu koji se može uvesti drugdje (ZIP + XML/JSON ili tako nešto)? A ako može, pošaljite to direktno njima, kažu da primaju podatke od drugih servisa na import@photoprint.example.
Hvala,
Zoran Kovačević""",
         "Zoran Kovačević"),
        ("other", (),
         "Pitanje – kalendar s kolegama",
         """Pozdrav,
radim u maloj firmi i htjela bih za Božić napraviti kalendar s fotkama kolega s team buildinga i podijeliti ga svima. Smijem li to uopće bez da svakoga pitam za pristanak, s obzirom na GDPR? I ako naručim kod vas, jeste li vi odgovorni za ono što je na slikama ili ja? Samo da znam prije nego krenem, ne treba mi ništa mijenjati u računu.
Lp, Kristina Pavlović""",
         "Kristina Pavlović"),
        ("restriction", (),
         "Fotografije moje kćeri – hitno",
         """Poštovani,

moja kći Lana (15 godina) ima kod vas račun koji sam ja otvorila na svoje ime. Prošli tjedan je netko preko tog računa naručio majice s njezinim licem i nekim ružnim natpisom – sumnjamo na dečke iz razreda koji su saznali lozinku. Prijavili smo to policiji u Antwerpenu.

Molim vas da do daljnjega zamrznete račun i da se njezine fotografije i ti dizajni ne koriste niti tiskaju, ali NEMOJTE ništa brisati – policija je rekla da će im trebati podaci o narudžbi i IP adrese kao dokaz.

Hvala na razumijevanju,
Marija Horvat
+32 478 22 91 06""",
         "Marija Horvat"),
        ("objection", ("withdraw_consent",),
         "AI obrada mojih fotografija",
         """Pozdrav,
u aplikaciji mi je danas iskočilo "Poboljšali smo vaše fotografije pomoću AI!" – i vidim da ste mi sve slike s mora automatski "uljepšali" i složili u album "Osobe: Tata". Znači skenirate lica. To ne želim. Molim da prestanete koristiti moje fotografije za AI obradu, prepoznavanje lica i te "uspomene", i da ih ne koristite ni za treniranje bilo čega.

I kad smo već kod toga: odjavite me s newslettera i push obavijesti o ponudama.

Tomislav Knežević""",
         "Tomislav Knežević"),
        ("withdraw_consent", (),
         "Re: Vaš dizajn još čeka! Dovršite svoju šalicu",
         """Molim vas, više mi ne šaljite ovakve mailove. Povlačim privolu za marketinške poruke, i mail i SMS.

Ana

> Bok Ana,
> primijetili smo da niste dovršili svoj dizajn "Šalica – Baka i unuci".
> Dovršite ga danas i ostvarite besplatnu dostavu!
> Vaš Foto tim""",
         "Ana Marić"),
        ("other", (),
         "Šalica s licem – izblijedjelo",
         """Dobar dan,
kupila sam šalicu s licem moje bake za njezin 80. rođendan (narudžba 66018459). Nakon tri pranja u perilici lice je skroz izblijedjelo, vide se samo oči. Na stranici piše da je otporna na perilicu. Možete li poslati novu? Dizajn je još u mom računu pa ga možete samo ponovno isprintati.
Hvala, Snježana Tomić""",
         "Snježana Tomić"),
        ("correction", ("deletion",),
         "Prezime u profilu + spremljeni dizajni",
         """Poštovani,

razvela sam se i vratila djevojačko prezime, a u vašem profilu i dalje stoji Vuković (bivši suprug). Molim da mi ispravite prezime u Perić, i da tako bude i na računima i u adresi za dostavu.

Isto tako, u "Mojim dizajnima" još su spremljeni prsten s gravurom "Ivan & Maja 08.09.2012" i fotokalendar s njegovim slikama. Molim da ih obrišete, ne trebaju mi.

Hvala,
Maja Perić""",
         "Maja Perić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag enligt artikel 15 GDPR",
         """Hej,

Jag vill härmed begära ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR) avseende de personuppgifter ni behandlar om mig.

Jag är särskilt intresserad av:
– vilka bilder jag laddat upp (webb, app och fotokiosken i butiken i Gent) som ni fortfarande har kvar,
– om ni använder ansiktsigenkänning eller annan automatisk analys av mina bilder,
– vilka mottagare som fått mina bilder eller uppgifter, t.ex. tryckerier utanför Belgien,
– hur länge ni sparar uppgifterna och varifrån ni har fått dem.

Jag vill också ha en kopia av uppgifterna. Kundnummer: 5561-0932-77.

Med vänliga hälsningar
Karin Lindqvist
Kortrijksesteenweg 402, 9000 Gent""",
         "Karin Lindqvist"),
        ("other", (),
         "Fråga om RAW",
         """Hej! Kan ni skriva ut direkt från RAW-filer (Sony .ARW) om jag laddar upp dem på webben, eller måste jag konvertera till JPEG först? Tänkte beställa en canvas 60x40. Tack! /Oskar""",
         "Oskar Lundgren"),
        ("deletion", ("withdraw_consent",),
         "Radera allt",
         """Hej. Vill att ni tar bort mitt konto, alla bilder jag laddat upp och mina sparade fotoböcker. Och sluta skicka nyhetsbrev och sms. Tack /Erik Johansson""",
         "Erik Johansson"),
        ("portability", (),
         "Flytta mina fotoböcker",
         """Hej!

Jag har gjort fotoböcker hos er sedan 2019 (en per år, plus ett par kalendrar). Nu vill jag samla allt hos en annan tjänst. Kan ni skicka mig alla originalbilder jag laddat upp och själva projekten i ett format som går att läsa in någon annanstans? En zip-fil med bilderna och en fil med sidlayout och texter räcker gott. Jag har förstått att jag har rätt till det enligt GDPR (dataportabilitet).

Tack på förhand!
Anna-Lena Berg""",
         "Anna-Lena Berg"),
        ("restriction", (),
         "Order 77310258 – radera inte gravyrfilerna",
         """Hej,

Jag beställde en förlovningsring med gravyr ("S & M 2024-05-18") och en bild tryckt i etuiets lock, order 77310258. Paketet försvann på vägen och jag har nu ett försäkringsärende igång, plus en tvist med transportbolaget.

Jag såg i era villkor att ni raderar designfiler och uppladdade bilder efter 60 dagar. Snälla radera INTE mina – jag behöver gravyrtexten, bilden och orderbekräftelsen som underlag tills ärendet är avslutat. Ni behöver inte använda dem till något annat, bara spara dem.

Mvh
Simon Eriksson""",
         "Simon Eriksson"),
        ("other", (),
         "Kiosken i Leuven",
         """Hej,
Har fotokiosken i butiken i Leuven samma öppettider som butiken? Jag vill skriva ut passfoton och några bilder till mormor på söndag förmiddag, har ni öppet då? Behöver man boka tid för passfoto?
Tack,
Elin Hedlund""",
         "Elin Hedlund"),
        ("objection", (),
         "Min recension används i reklam",
         """Hej,

För ett halvår sedan lämnade jag en recension av en fotokalender med en bild på min son som håller upp den. Nu ser jag samma bild i en sponsrad annons från er på Instagram, med mitt förnamn och "★★★★★ Bästa julklappen!".

Recensionen får gärna ligga kvar på produktsidan, men jag vill inte att ni använder bilden eller mitt namn i annonser eller i sociala medier. Sluta med det, tack.

Hälsningar
Malin Sandberg""",
         "Malin Sandberg"),
        ("withdraw_consent", (),
         "",
         """avregistrera mig från nyhetsbrevet om fotoprodukter tack. vill inte ha fler mejl om "minnen" heller

skickat från min mobil""",
         "Lars Nyberg"),
        ("complaint", ("access",),
         "Fotobok med mina barn skickad till fel person – INGEN svarar",
         """Hej,

Jag skriver nu för fjärde gången om det här och jag är ärligt talat förbannad.

Den 3 oktober beställde jag en fotobok med bilder på mina två barn från hela sommaren (order 77288901). Boken kom aldrig. I stället ringde en man från Mechelen och sa att han fått ett paket med "en bok med era barn i", med mitt namn på omslaget och barnens namn och födelsedagar på första sidan. Jag har aldrig bott i Mechelen. Adressen på min order är rätt, det har jag skärmdump på.

Jag kontaktade kundtjänst samma dag. Svar: "Vi beklagar, vi skickar en ny bok". Det var inte det jag frågade om! Jag vill veta hur min bok hamnade där, om det är er tryckpartner eller ni som blandat ihop etiketterna, och om andra kunders böcker också gått fel – för då kan någon annan ha fått MINA barns bilder också.

Ingen har svarat på mina tre mejl (4/10, 9/10, 16/10). Det här är en personuppgiftsincident och jag förväntar mig att ni behandlar det som en.

Jag har gjort en anmälan till IMY och kommer att kontakta den belgiska dataskyddsmyndigheten (GBA) också om jag inte får svar inom en vecka.

Johanna Holm""",
         "Johanna Holm"),
        ("other", (),
         "Fråga om fotokiosken och GDPR",
         """Hej,

Jag håller en kvällskurs i digitalfoto för pensionärer här i Bryssel (i svenska föreningen) och deltagarna undrar ofta vad som händer med bilderna när man skriver ut i er kiosk. Sparas de någonstans, och skickas de vidare till ett tryckeri? Jag vill bara kunna svara generellt på kursen – det gäller inte mina egna bilder och jag vill inte att ni gör något med mitt konto.

Finns det kanske en broschyr eller en sida jag kan hänvisa till?

Vänligen
Gunnar Åberg""",
         "Gunnar Åberg"),
    ],
    "ro": [
        ("access", (),
         "Re: Comanda dvs. 88120473 a fost expediată",
         """Buna ziua,

Ce partener?? Nu stiam ca pozele mele sunt trimise la alta firma. Va rog sa-mi spuneti exact cui i-ati trimis pozele si ce date de-ale mele (nume, adresa, telefon), in ce tara e firma asta si cat timp le pastreaza ei si voi.

Multumesc,
Cristina Popa

> Bună ziua, Cristina,
> Comanda dvs. 88120473 (Calendar de perete A3, 2025) a fost expediată.
> Produsul a fost tipărit de partenerul nostru de imprimare și va fi livrat în 3-5 zile lucrătoare.
> Echipa Foto""",
         "Cristina Popa"),
        ("other", (),
         "Comanda 88190355",
         """Buna ziua, am comandat un tablou canvas cu poza parintilor pentru aniversarea lor de 40 de ani, termenul de livrare era 5 zile si au trecut 3 saptamani. Statusul zice "in productie la partener" de doua saptamani. Petrecerea e sambata. Puteti sa verificati ce se intampla? Daca nu ajunge, vreau banii inapoi.
Multumesc, Ioana Marinescu""",
         "Ioana Marinescu"),
        ("correction", (),
         "Nume greșit în cont",
         """Bună ziua,
Numele meu în contul de client este scris greșit: apare „Ionescu" în loc de „Ionașcu". Până acum n-a contat, dar acum am comandat un ceas gravat și pe factură și pe eticheta coletului apare numele greșit, iar la punctul de ridicare nu au vrut să mi-l dea pentru că nu se potrivea cu buletinul.
Vă rog să corectați numele în cont: Andrei Ionașcu. Gravura de pe ceas e corectă, nu e vorba de ea.
Mulțumesc,
Andrei Ionașcu""",
         "Andrei Ionașcu"),
        ("deletion", ("withdraw_consent",),
         "Ștergere poze nuntă din editor",
         """Bună ziua,

anul trecut am făcut la dvs. invitațiile de nuntă și un album foto, iar în editorul online am încărcat vreo 300 de poze de la nuntă, plus lista cu numele invitaților pentru invitațiile personalizate. Între timp am divorțat și nu mai vreau nimic din toate astea pe serverele dvs.

Vă rog să ștergeți toate pozele de la nuntă din editorul de design, proiectele salvate și lista cu invitații. Totodată, vă rog să nu-mi mai trimiteți newslettere și oferte („Aniversarea voastră se apropie!" – serios?).

Cu stimă,
Roxana Dumitrescu""",
         "Roxana Dumitrescu"),
        ("portability", (),
         "Transfer date către alt serviciu foto",
         """Stimate domnule/doamnă,

În temeiul art. 20 din Regulamentul (UE) 2016/679, vă solicit să transmiteți direct către furnizorul PhotoArchive SRL (adresa de import: portabilitate@photoarchive.example) toate datele pe care vi le-am furnizat în cadrul serviciului foto: fotografiile încărcate în cont, proiectele de albume și calendare salvate, inclusiv textele și legendele, într-un format structurat și lizibil automat.

Dacă transmiterea directă nu este posibilă din punct de vedere tehnic, vă rog să-mi puneți la dispoziție aceste date pentru descărcare.

Date de identificare: Mihai Stan, client nr. 3301-44-908, e-mail cont: mihai.stan@posta.example.

Cu considerație,
Mihai Stan""",
         "Mihai Stan"),
        ("other", (),
         "Greșeală invitații nuntă",
         """Bună ziua,

Am primit azi cele 120 de invitații de nuntă personalizate (comanda 88201146). Pe 14 dintre ele numele nașei este scris „Cristiana" în loc de „Cristina". Am verificat în proiectul meu și acolo e scris corect, deci nu e greșeala mea.

Puteți retipări cele 14 invitații cu numele corect? Nunta e pe 22 noiembrie.

Mulțumesc frumos,
Diana Georgescu""",
         "Diana Georgescu"),
        ("restriction", (),
         "Comandă pe care nu am făcut-o",
         """Bună ziua,

în istoricul contului meu apare o comandă de tablou canvas (88177012) cu o poză pe care nu o recunosc, livrată la o adresă din Charleroi unde n-am locuit niciodată. Cred că cineva mi-a folosit contul. Am depus deja reclamație la serviciul clienți.

Până clarificați ce s-a întâmplat, vă rog să blocați datele mele și să nu le mai folosiți pentru nimic (livrări, reclame, nimic), dar să nu ștergeți nimic din istoricul comenzii, pentru că am nevoie de el pentru plângerea la poliție și la bancă.

Mulțumesc,
Elena Radu""",
         "Elena Radu"),
        ("withdraw_consent", (),
         "",
         """nu mai vreau sms-uri si mailuri cu oferte la fotocarti, va rog scoateti-ma de pe lista. mersi""",
         "Gabi Moldovan"),
        ("complaint", ("deletion",),
         "Plângere - poze pașaport păstrate în magazin",
         """Bună ziua,

Pe 12 septembrie mi-am făcut poze pentru pașaport în magazinul dvs. din Anderlecht. Când am plătit, angajata mi-a spus zâmbind că „le păstrăm în sistem, dacă pierdeți pașaportul nu mai trebuie să veniți". Nu m-a întrebat nimeni dacă vreau asta.

I-am cerut pe loc să le șteargă. Mi-a zis că nu are acces și să scriu la adresa asta. Am scris pe 13 septembrie. Nimic. Am scris iar pe 1 octombrie. Tot nimic.

Sunt poze biometrice, nu poze de vacanță. Vă cer pentru ultima oară să le ștergeți și să-mi confirmați în scris. Dacă nu primesc răspuns în 10 zile, fac plângere la autoritatea belgiană (APD) și la ANSPDCP în România.

Florin Constantinescu""",
         "Florin Constantinescu"),
        ("other", (),
         "Parteneriat - îmbunătățire foto cu AI, conform GDPR",
         """Bună ziua,

Mă numesc Vlad Munteanu și sunt co-fondator la PixelNou, un startup din Cluj-Napoca care dezvoltă soluții de îmbunătățire automată a fotografiilor (restaurare poze vechi, corecție de culoare, upscaling pentru print mare).

Am văzut că oferiți fotocărți și tablouri canvas și am vrea să vă propunem o integrare: clientul încarcă poza, noi o îmbunătățim în câteva secunde, fără să stocăm nimic după procesare. Serverele sunt în UE, semnăm acord de prelucrare conform art. 28 GDPR, fără recunoaștere facială.

V-am scris aici pentru că de obicei echipa de protecția datelor are ultimul cuvânt la astfel de integrări. Ne puteți redirecționa către persoana potrivită?

Cu stimă,
Vlad Munteanu
PixelNou SRL""",
         "Vlad Munteanu"),
    ],
    "el": [
        ("deletion", (),
         "Διαγραφή φωτογραφιών από τον λογαριασμό μου",
         """Καλησπέρα σας,

Τον Ιούνιο έφτιαξα μαζί σας ένα φωτοβιβλίο για τη βάφτιση της ανιψιάς μου και ανέβασα περίπου 250 φωτογραφίες. Το βιβλίο παραδόθηκε κανονικά.

Θα ήθελα να διαγράψετε όλες τις φωτογραφίες που έχω ανεβάσει, καθώς και το αποθηκευμένο σχέδιο του βιβλίου. Δεν θέλω να μένουν φωτογραφίες ενός μωρού σε servers χωρίς λόγο. Τον λογαριασμό μου θέλω να τον κρατήσω.

Ευχαριστώ πολύ,
Ελένη Παπαδάκη""",
         "Ελένη Παπαδάκη"),
        ("other", (),
         "Ευχαριστώ!",
         """Καλησπέρα,
ήθελα απλώς να σας πω ένα μεγάλο ευχαριστώ. Το φωτοβιβλίο του γάμου μας ήρθε πριν από την επέτειο, είναι πανέμορφο και τα χρώματα είναι τέλεια. Ειδικά ευχαριστώ την κυρία στο κατάστημα της Λιέγης που μου εξήγησε με υπομονή πώς δουλεύει το κιόσκι.
Να είστε καλά!
Χριστίνα Μπέη""",
         "Χριστίνα Μπέη"),
        ("correction", (),
         "Λάθος όνομα στον λογαριασμό",
         """Γεια σας,

στον λογαριασμό μου το επώνυμο εμφανίζεται ως "Papadopoulos", ενώ είμαι γυναίκα και το σωστό είναι "Papadopoulou". Επίσης το μικρό μου όνομα είναι γραμμένο "Aikaterini", αλλά στο διαβατήριο είναι "Aikaterini-Maria". Έτσι έρχονται και τα δοκίμια (proofs) και τα τιμολόγια, και η υπάλληλος στο κατάστημα στις Βρυξέλλες μου έκανε θέμα όταν πήγα να παραλάβω τις φωτογραφίες.

Παρακαλώ διορθώστε τα στοιχεία μου σε: Aikaterini-Maria Papadopoulou.

Ευχαριστώ,
Κατερίνα Παπαδοπούλου""",
         "Κατερίνα Παπαδοπούλου"),
        ("portability", (),
         "Αίτημα φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

Με την παρούσα ασκώ το δικαίωμα στη φορητότητα σύμφωνα με το άρθρο 20 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 και ζητώ να μου διαβιβάσετε, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο, τα δεδομένα που σας έχω παράσχει μέσω της υπηρεσίας φωτογραφιών, ήτοι:

α) όλα τα πρωτότυπα αρχεία φωτογραφιών που έχω ανεβάσει,
β) τα αποθηκευμένα σχέδια (φωτοβιβλία, ημερολόγια, καμβάδες) με τα κείμενα και τη διάταξη των σελίδων,
γ) το ιστορικό των παραγγελιών μου.

Παρακαλώ να μου αποσταλεί σύνδεσμος λήψης στη διεύθυνση ηλεκτρονικού ταχυδρομείου του λογαριασμού μου (g.nikolaidis@mail.example).

Με εκτίμηση,
Γεώργιος Νικολαΐδης
Rue Belliard 155, 1040 Etterbeek""",
         "Γεώργιος Νικολαΐδης"),
        ("other", (),
         "Χάραξη με ελληνικούς χαρακτήρες;",
         """Καλημέρα σας,
θέλω να παραγγείλω ένα ρολόι με χάραξη για τη γιορτή του πατέρα μου (Αγίου Δημητρίου). Μπορείτε να χαράξετε ελληνικούς χαρακτήρες, π.χ. "Στον μπαμπά μου Δημήτρη, 26.10.2025"; Στο εργαλείο σχεδίασης όταν γράφω στα ελληνικά βγαίνουν τετραγωνάκια. Και αν γίνεται, θα φτάσει μέχρι τις 24 Οκτωβρίου;
Ευχαριστώ,
Αντώνης Σταθόπουλος""",
         "Αντώνης Σταθόπουλος"),
        ("restriction", (),
         "Πάγωμα λογαριασμού – άγνωστες παραγγελίες",
         """Καλημέρα,

χθες είδα στον λογαριασμό μου δύο παραγγελίες για κούπες και μπλουζάκια με τη φωτογραφία ενός άγνωστου άντρα, που δεν τις έκανα εγώ. Φαίνεται ότι κάποιος μπήκε στον λογαριασμό μου. Άλλαξα ήδη τον κωδικό.

Σας παρακαλώ, μέχρι να ελέγξετε τι έγινε, να μη χρησιμοποιείτε τα στοιχεία μου για τίποτα και να μην εκτυπωθεί ούτε να σταλεί τίποτα από τον λογαριασμό μου. ΜΗΝ διαγράψετε όμως τίποτα (ούτε τις παραγγελίες ούτε τα σχέδια), γιατί θα κάνω καταγγελία στην αστυνομία και θα τα χρειαστώ.

Ευχαριστώ,
Δημήτρης Αλεξίου""",
         "Δημήτρης Αλεξίου"),
        ("objection", ("withdraw_consent",),
         "Λειτουργία «Αναμνήσεις»",
         """Γεια σας,
η εφαρμογή σας μου έβγαλε ειδοποίηση "Δείτε τις αναμνήσεις σας με τη Σοφία!" – δηλαδή αναγνωρίζετε τα πρόσωπα στις φωτογραφίες μου και βάζετε και ονόματα. Δεν το θέλω αυτό. Σταματήστε να αναλύετε τα πρόσωπα και να φτιάχνετε "αναμνήσεις" από τις φωτογραφίες μου.
Και σταματήστε επίσης να μου στέλνετε διαφημιστικά email, δεν τα θέλω πλέον.
Νίκος Γεωργίου""",
         "Νίκος Γεωργίου"),
        ("withdraw_consent", (),
         "Re: Φτιάξε το ημερολόγιο 2025 με τις φωτογραφίες σου!",
         """Παρακαλώ αφαιρέστε με από τη λίστα. Δεν δίνω πια τη συγκατάθεσή μου για newsletter και sms.

Μ. Κωνσταντίνου

> Αγαπητή Μαρία,
> Η χρονιά σου σε 12 σελίδες! Φτιάξε τώρα το ημερολόγιο τοίχου 2025
> με τις φωτογραφίες που έχεις ήδη ανεβάσει και κέρδισε -20%.
> Η ομάδα Φωτογραφίας""",
         "Μαρία Κωνσταντίνου"),
        ("other", (),
         "Ερώτηση",
         """Γεια σας, μια απορία: επιτρέπεται να τυπώσω σε μπλουζάκι τη φωτογραφία του προπονητή της ομάδας μπάσκετ του γιου μου, για δώρο στο τέλος της σεζόν; Χρειάζεται η άδειά του ή είναι δική μου ευθύνη; Ρωτάω γενικά, δεν έχω παραγγείλει ακόμα τίποτα.
Ευχαριστώ, Γιάννης Ρήγας""",
         "Γιάννης Ρήγας"),
        ("complaint", ("objection",),
         "Η φωτογραφία της κόρης μου στη «Γκαλερί ιδεών» σας ΧΩΡΙΣ άδεια",
         """Κύριοι,

Είμαι εξοργισμένη. Τον Μάρτιο σχεδίασα στο εργαλείο σας ένα μπλουζάκι για τα γενέθλια της κόρης μου, με τη φωτογραφία της και το όνομά της, "Αναστασία 7". Σήμερα μια φίλη μου έστειλε screenshot: το μπλουζάκι της κόρης μου εμφανίζεται στη "Γκαλερί ιδεών" της ιστοσελίδας σας, ως παράδειγμα για άλλους πελάτες! Κανείς δεν με ρώτησε ποτέ. Κανείς. Διάβασα τους όρους σας και δεν βρήκα πουθενά ότι δημοσιεύετε τα σχέδια των πελατών.

Μιλάμε για φωτογραφία ανήλικου παιδιού με το μικρό του όνομα, δημόσια στο ίντερνετ.

Απαιτώ να αφαιρεθεί αμέσως από τη γκαλερί και να μη χρησιμοποιηθεί ποτέ ξανά κανένα σχέδιό μου για προώθηση. Έχω ήδη ετοιμάσει καταγγελία προς τη βελγική Αρχή (GBA/APD) και, επειδή ζούμε και στην Ελλάδα μέρος του χρόνου, προς την Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα. Θα τις υποβάλω αν δεν έχω απάντηση μέσα στην εβδομάδα.

Σοφία Μαυρίδου""",
         "Σοφία Μαυρίδου"),
    ],
    "bg": [
        ("access", (),
         "Въпрос",
         """Здравейте,
какво точно пазите за мен?? Снимките от киоска, от приложението, паспортните снимки, дето ги правих при вас миналата година? Искам да видя всичко, което имате.
Поздрави,
Георги Петров""",
         "Георги Петров"),
        ("other", (),
         "Повредена фотокнига",
         """Здравейте, получих фотокнигата (поръчка 99052381) с пречупена корица и два скъсани листа, кутията беше смачкана. Прилагам снимки на повредите. Може ли нова? Проектът си е в профила ми, не съм го пипала.
Благодаря,
Теодора Ангелова""",
         "Теодора Ангелова"),
        ("correction", (),
         "Грешен телефон в профила",
         """Здравейте,

Разбрах, че SMS-ите за готовите ми снимки за вземане от магазина в Брюксел отиват на чужд номер – в профила ми е записан 0478 51 20 93, а моят е 0478 15 20 93 (разменени цифри). Днес една жена ми се обади от него, защото получила съобщение „Вашата фотокнига „Семейство Иванови – Боровец 2024" е готова".

Моля, коригирайте телефона ми в профила на 0478 15 20 93.

Благодаря,
Десислава Иванова""",
         "Десислава Иванова"),
        ("deletion", (),
         "Изтриване на отзив със снимка",
         """Здравейте,
преди няколко месеца оставих отзив за фото платно със снимка, на която сме аз и съпругът ми в хола. Сега съжалявам, че съм я качила – вижда се и адресът ни на един плик на масата. Моля, изтрийте отзива заедно със снимката и всички копия, които имате от нея.
Благодаря,
Мария Димитрова""",
         "Мария Димитрова"),
        ("other", (),
         "Работно време на фото киоска в Антверпен",
         """Здравейте,
Фото киоскът в магазина на Meir работи ли в неделя? И може ли там да се печатат снимки директно от телефон (Android) през кабел, или трябва флашка?
Благодаря предварително,
Иван Христов""",
         "Иван Христов"),
        ("portability", (),
         "Експорт на снимки и проекти",
         """Добър ден,
Искам да си взема всички качени снимки и запазените проекти (две фотокниги и един календар) във файл, който мога да кача в друг сайт за печат. Според GDPR имам право на преносимост на данните, член 20. Може ли линк за изтегляне, ZIP или каквото ви е удобно, стига да е стандартен формат (JPG + JSON/XML за проектите)?
Поздрави,
Николай Стоянов""",
         "Николай Стоянов"),
        ("restriction", (),
         "Поръчка 99031277 – моля, не изтривайте нищо",
         """Здравейте,

Сканирахте ми 180 стари семейни снимки и негативи в магазина в Гент (поръчка 99031277), а оригиналите се върнаха повредени – част от снимките са надраскани, два негатива липсват. Водя спор с вас за обезщетение и вероятно ще стигне до съд.

Знам, че по принцип сканираните файлове се трият след 30 дни. Моля в моя случай да НЕ ги изтривате, нито протокола от приемането и бележките от лабораторията, докато спорът не приключи – трябват ми като доказателство. Не е нужно да ги използвате за нищо друго, просто да се пазят.

С уважение,
Петър Колев""",
         "Петър Колев"),
        ("objection", ("withdraw_consent",),
         "Профилиране",
         """Здравейте,
забелязах, че откакто качих снимки от сватбата на брат ми, в приложението и по имейл започнаха да ми излизат реклами за „сватбени албуми", „покани" и дори бебешки продукти. Явно анализирате какво има на снимките ми. Не съм съгласна – спрете да анализирате снимките ми и да ми правите профил за реклами. И не искам повече маркетингови имейли.
Милена Георгиева""",
         "Милена Георгиева"),
        ("complaint", ("access",),
         "Оплакване – служител коментира снимките ми",
         """Здравейте,

Миналия петък взех от магазина ви в Льовен отпечатани снимки (поръчка 99047720). Служителят на касата, докато ми ги подаваше, ги разглеждаше и каза „Хубаво сте си почивали на плажа, а?" – на снимките съм по бански. Не знам кой още е гледал снимките ми в лабораторията, но това поведение е абсолютно неприемливо.

Искам да знам кой има достъп до снимките на клиентите, преглеждат ли се ръчно и от кого, и дали печатът се прави от външна фирма.

Ако не получа сериозен отговор, ще подам жалба до белгийския орган за защита на данните, а ако трябва – и до КЗЛД.

Радостина Тодорова""",
         "Радостина Тодорова"),
        ("other", (),
         "Кандидатура – фотолаборатория",
         """Здравейте,

Казвам се Калина Маринова, фотограф съм с 8 години опит в печат и ретуш (работила съм във фотолаборатория в Пловдив, сега живея в Брюксел). Видях обява, че търсите служител за фотолабораторията и паспортните снимки в магазина на Rue Neuve. Знам, че този адрес е за защита на данните, но не намерих друг – можете ли да препратите CV-то ми на отдел „Персонал"? Прилагам CV и портфолио.

Говоря френски и английски.

С уважение,
Калина Маринова""",
         "Калина Маринова"),
    ],
}

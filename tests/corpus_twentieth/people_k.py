"""Twentieth set, regional and social variety of each language. Written apart from the rules (see make_twentieth.py)."""

PEOPLE_K = {
    "pl": [
        ("access", (), "Pytanie o moje dane",
         """Szanowni Państwo,

jo żech je emeryt z Chorzowa, kupowołech u Wos pora razy rzeczy do ogródka (kosiarka, nasiona, taki szlauch). Teraz wnuczek mi pedzioł, że take firmy trzymajom o człowieku wszystko w kōmputrze. Chciołbych wiedzieć, co Wy tam o mie mocie zapisane - adres, telefon, co żech kupowoł, czy może coś jeszcze. Prosza mi to przysłać na tego maila abo pocztom do dōm.

Pozdrowiom
Ginter Kandzia
ul. Wolności 12, Chorzów""",
         "Ginter Kandzia"),
        ("correction", (), "zmiana nazwiska w koncie",
         """Dzień dobry,
mam u was konto i kartę stałego klienta. W koncie moje nazwisko jest napisane "Kowalczuk Olena", ale w paszporcie i w karcie pobytu mam KOVALCHUK. Przez to na poczcie nie chcieli mi wydać paczkę bo nazwisko nie zgadza się z dokumentem. Prośba poprawić na Kovalchuk, imię Olena zostaje. Także numer telefonu jest stary, teraz mam +48 512 334 908.

Dziękuję bardzo i przepraszam za błędy, ja jeszcze uczę się polskiego.
Olena""",
         "Olena Kovalchuk"),
        ("deletion", ("withdraw_consent",), "",
         """siema
chce usunac konto u was bo zalozylem jak kupowalem hamak dla starego na urodziny i juz go nie potrzebuje. i nie piszcie mi juz tych maili z promkami bo mi skrzynke zapychacie xd
konto jest na ten mail
kuba""",
         "Kuba W."),
        ("portability", (), "Żądanie przeniesienia danych - art. 20 RODO - mocodawca: Marek Zieliński",
         """Szanowni Państwo,

działając w imieniu i na rzecz Pana Marka Zielińskiego (pełnomocnictwo w załączeniu), na podstawie art. 20 ust. 1 i 2 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) wnoszę o:

1) wydanie danych osobowych dostarczonych Państwu przez mojego Mocodawcę, w szczególności historii zamówień oraz danych związanych z kartą lojalnościową, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV lub JSON);
2) o ile jest to technicznie możliwe - przesłanie tych danych bezpośrednio do spółki Ogrodnik24 sp. z o.o. z siedzibą w Poznaniu.

Dane identyfikujące Mocodawcę: adres e-mail przypisany do konta m.zielinski@onet.pl, nr karty lojalnościowej 6001 2234 8871.

Z poważaniem
adw. Katarzyna Nowicka
Kancelaria Adwokacka Katarzyna Nowicka
ul. Półwiejska 3/5, 61-885 Poznań""",
         "adw. Katarzyna Nowicka"),
        ("restriction", (), "Re: Twój profil klienta",
         """Dzień dobry,

dostałam od Was maila z prośbą o sprawdzenie profilu i coś tu jest nie tak - data urodzenia i adres w Gandawie nie są moje, wygląda to jakby ktoś połączył moje konto z kontem innej osoby. Pewnie zwykła pomyłka, nie robię z tego afery.
Tylko że ja nie wiem, które dane są czyje, więc dopóki tego nie sprawdzicie, proszę z nimi nic nie robić. Nie kasujcie ich, ale też nie używajcie do niczego - ani do ofert, ani do wysyłek. Niech sobie na razie leżą zablokowane.

Pozdrawiam
Magdalena Krawczyk""",
         "Magdalena Krawczyk"),
        ("objection", (), "CO TO MA BYĆ",
         """Od tygodnia na Facebooku i Instagramie wyskakują mi WASZE reklamy z dokładnie tą ławką ogrodową, którą oglądałem na Waszej stronie. Czyli to, co robię u Was na stronie, idzie prosto do Facebooka.
Nie życzę sobie tego. Nie macie mnie śledzić i nie macie pchać moich danych do firm reklamowych. Wyłączcie to dla mojego konta (r.gorski@wp.pl), i to od razu.

Robert Górski""",
         "Robert Górski"),
        ("withdraw_consent", (), "newsletter",
         """Proszę mnie wypisać.

Wysłane z iPhone'a""",
         "Ewa"),
        ("complaint", ("access",), "Re: Wniosek o dostęp do danych osobowych",
         """Dzień dobry,

piszę ponownie, bo na mój wniosek z 3 marca (kopia niżej) nie dostałem żadnej odpowiedzi, nawet potwierdzenia, że dotarł. Minęło już ponad półtora miesiąca, a RODO daje Wam na to miesiąc.
Nadal czekam na kopię wszystkich danych, które o mnie przetwarzacie, razem z informacją, komu je przekazaliście.
Jeżeli i tym razem nikt się nie odezwie, złożę skargę do belgijskiego organu ochrony danych.

Tomasz Wrona

> Dzień dobry, na podstawie art. 15 RODO proszę o kopię moich danych osobowych przetwarzanych przez Państwa sklep. Konto: t.wrona@gmail.com. Tomasz Wrona""",
         "Tomasz Wrona"),
        ("other", (), "paczka",
         """Dzień dobry,
zamówiłem 2 tygodnie temu szlauch ogrodowy 25 m i wózek na szlauch, nr zamówienia 4471-0932, i do dziś nie przyszło. Na śledzeniu pisze, że paczka jest w Belgii od tygodnia. Kaj ona jest? Mom na działce wszystko suche.
Proszę o info kiedy bydzie.
Józef Pieczka""",
         "Józef Pieczka"),
        ("automated", (), "Automatyczna odpowiedź: Zmiany w naszej polityce prywatności",
         """Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do 22.08 włącznie, bez dostępu do poczty. W sprawach pilnych proszę o kontakt z biurem: biuro@lis-ksiegowosc.pl lub tel. 22 654 11 20.
Wiadomość nie zostanie przekazana dalej.

Pozdrawiam
Agnieszka Lis""",
         "Agnieszka Lis"),
    ],
    "cs": [
        ("access", (), "dotaz",
         """Dobrý den,

jsem Slovenka, ale už roky bydlím v Brně, tak promiňte, jestli to bude trochu smíchané. Objednávala som u vás několikrát přes e-shop a teď mě zajímá, jaké všechny údaje o mně vlastně máte uložené. Chcela bych dostat nějaký výpis - co tam máte, odkud to máte a komu to dáváte ďalej.

Ďakujem pekne.
S pozdravom
Zuzana Hrušovská""",
         "Zuzana Hrušovská"),
        ("correction", (), "Změna adresy",
         """Vážení,

obracím se na Vás s prosbou. Od 1. září bydlím u dcery, neboť jsem po smrti manžela prodala byt. Prosím tedy, abyste mi ve svém seznamu opravili adresu na:
Jaroslava Vondráčková, Husova 318, 392 01 Soběslav.
Stará adresa (Tábor, Budějovická 12) již neplatí a zásilky by se mohly ztratit.
Také mám nyní nové telefonní číslo 604 218 775, ten starý pevný telefon již nemám.

Děkuji Vám mnohokrát a přeji hezký den.
J. Vondráčková""",
         "Jaroslava Vondráčková"),
        ("deletion", (), "Zrušte mi to",
         """Tak tohle je naposledy. Dvakrát jste mi poslali rozbitou konev a reklamace trvala měsíc. Nechci s vámi mít už nic společného.
Zrušte můj účet a vymažte všechno, co o mně máte. Adresu, telefon, objednávky, všechno. A nepište mi, že to nejde.

Pavel Kučera""",
         "Pavel Kučera"),
        ("portability", ("deletion",), "export dat + zrušení účtu",
         """Dobrý den,

přecházím k jinému obchodu a chtěl bych si vzít svoje data s sebou - historii objednávek, adresy a body z věrnostní karty - v nějakém strojově čitelném formátu (CSV, JSON, klidně XML, hlavně ne PDF). Jakmile mi to pošlete, můžete účet zrušit a data smazat.

Díky
Ondřej Svoboda""",
         "Ondřej Svoboda"),
        ("restriction", (), "Žádost o omezení zpracování osobních údajů - klientka L. Dvořáková",
         """Vážení,

zastupuji paní Lenku Dvořákovou, nar. 14. 3. 1979, bytem Praha 4, na základě plné moci, kterou přikládám.

Moje klientka vede s Vaší společností spor ohledně vadného zahradního nábytku (obj. č. 20240611-3377). Údaje o objednávce, vzájemné komunikaci a platbách budou potřebné pro uplatnění jejích právních nároků. Žádám proto podle čl. 18 odst. 1 písm. c) obecného nařízení o ochraně osobních údajů, abyste tyto údaje nevymazali ani po uplynutí Vašich běžných lhůt pro uchovávání a zároveň je až do skončení sporu nepoužívali k žádným jiným účelům.

S pozdravem
JUDr. Martin Šťastný, advokát
Advokátní kancelář Šťastný, Vodičkova 28, Praha 1""",
         "JUDr. Martin Šťastný"),
        ("objection", ("withdraw_consent",), "reklamy",
         """čau, proč mi na instáči furt vyskakujou vaše reklamy na ty bazény co jsem si u vás jednou prohlížel?? to mě jako sledujete? nechci aby jste mě takhle trackovali ani posílali moje věci facebooku.
a taky mě odhlašte z toho newsletteru, chodí mi to snad každej den

matěj""",
         "Matěj"),
        ("withdraw_consent", (), "Prosím",
         """Dobrý den

Já jsem dřív souhlasila že mi můžete posílat SMS a email o akce a slevy. Teď už to nechci, prosím zrušit ten souhlas.

Děkuju moc
Nguyen Thi Lan""",
         "Nguyen Thi Lan"),
        ("complaint", (), "???",
         """Dneska mi od vás přišlo potvrzení objednávky, jenže ne moje - nějaká paní z Ostravy, i s adresou a telefonem. Tak takhle hlídáte údaje zákazníků? Ostuda.

L.""",
         "Luboš Hájek"),
        ("other", (), "Partneři v zásadách ochrany údajů",
         """Dobrý den,

zvažuji, že si u vás založím zákaznický účet, ale nejdřív jsem si přečetl zásady ochrany osobních údajů. Píšete tam o „marketingových partnerech". Můžete mi obecně říct, o jaký typ firem jde (reklamní sítě, dopravci...)? U vás zatím nic nemám, jen mě to zajímá, než se zaregistruji.

Děkuji
Vladimír Novotný""",
         "Vladimír Novotný"),
        ("automated", (), "Automatická odpověď: Vaše žádost",
         """Dobrý den,

do 14. 7. čerpám dovolenou a e-maily nečtu. Vaše zpráva nebude přeposlána. V naléhavých případech volejte kolegyni Ivaně Malé, tel. 731 555 210.

Děkuji za pochopení
Petra Horáková""",
         "Petra Horáková"),
    ],
    "hr": [
        ("access", (), "Pitanje u vezi mojih podataka",
         """Poštovani,

pre par meseci sam kod vas kupio roštilj i nekoliko stvari za baštu, i tada sam napravio nalog. Zanima me koje sve lične podatke o meni čuvate. Da li biste mogli da mi pošaljete spisak svega što imate - ime, adresu, istoriju kupovine - i da li ste nešto od toga delili sa nekim?

Unapred hvala.

Srdačan pozdrav,
Nikola Petrović
Novi Sad""",
         "Nikola Petrović"),
        ("correction", (), "Greška u imenu",
         """Selam,

na mom profilu kod vas piše "Dzenana Hodzic" umjesto Dženana Hodžić. Znam da je sitnica, ali mi tako stoji i na fakturama, a trebaju mi za firmu. Molim vas da to ispravite.
Također u adresi fali broj stana: Rue Saint-Léonard 112, bte 3, 4000 Liège.

Hvala lijepo,
Dženana""",
         "Dzenana Hodzic"),
        ("deletion", ("withdraw_consent",), "Molba",
         """Poštovani,

ja sam umirovljenik, imam 74 godine. Unuka mi je prije dvije godine napravila račun kod Vas da naručimo suncobran. Više ništa ne kupujem preko interneta, pa Vas molim da taj moj račun ukinete i da sve moje podatke izbrišete.
I molim Vas, nemojte mi više slati one Vaše novosti i ponude na e-mail, ne trebaju mi.

Srdačan pozdrav,
Ivan Barišić, Split""",
         "Ivan Barišić"),
        ("portability", (), "Re: Vaša narudžba je poslana",
         """Bok,

odgovaram na ovaj mail jer ne znam di drugo pisat. Triba mi sve šta imate o meni - narudžbe, adrese, bodovi s kartice - u nekom fajlu koji se more otvorit u Excelu ili ubacit negdi drugdi, jer prebacujem sve na drugi webshop pa bi to tamo učitala. Ako možete odma poslat direktno njima još bolje, a ako ne, dosta je i meni na mail.

Fala,
Marina""",
         "Marina Radić"),
        ("restriction", (), "Zahtjev za ograničenje obrade osobnih podataka",
         """Poštovani,

u ime i po punomoći svoje stranke, g. Tomislava Jurića iz Zagreba (punomoć u privitku), obraćam Vam se kako slijedi.

Stranka osporava točnost podataka o adresi i datumu rođenja koji su evidentirani u njegovom korisničkom računu. Sukladno članku 18. stavku 1. točki (a) Opće uredbe o zaštiti podataka zahtijevam da ograničite obradu navedenih podataka za razdoblje koje Vam je potrebno da provjerite njihovu točnost, te da me obavijestite prije nego što se ograničenje ukine.

S poštovanjem,
Ana Marić, odvjetnica
Odvjetnički ured Marić, Ilica 45, Zagreb""",
         "Ana Marić"),
        ("objection", (), "dosta više",
         """Šta vi mislite, da ja ne vidim šta radite? Pogledam jednu kosilicu na vašoj stranici i onda me ta kosilica prati sedmicu dana po svakom portalu.
Ne pristajem da pratite šta gledam i da od toga pravite moj "profil" za reklame. Isključite to za mene, odmah. Mail mog računa je ovaj s kojeg pišem.

Edin""",
         "Edin Mehmedović"),
        ("withdraw_consent", (), "",
         """Odjavite me s newslettera.
Hvala
K.""",
         "Kristina"),
        ("complaint", ("deletion",), "Re: Re: brisanje",
         """Dobar dan,

ja pisao vama 12. siječnja i 3. veljače da obrišete moj račun i moje podatke. Nitko nije odgovorio. Danas ja opet mogu ući u račun, sve je još tamo, adresa, kartica, sve. To nije u redu i nije po zakonu.
Molim obrišite sada. Ako ne, ja idem na AZOP i na belgijski ured za zaštitu podataka.

Ja sam Nijemac, živim u Poreču, moj hrvatski nije dobar, oprostite.
Pozdrav
Klaus Berger""",
         "Klaus Berger"),
        ("other", (), "ljuljačka",
         """bok jel imate opet onu viseću ljuljačku jaje u sivoj boji? piše da nema na stanju. kad stiže? štedim za nju 😅 hvala""",
         "lana_04"),
        ("automated", (), "Automatski odgovor: Obavijest o izmjenama uvjeta",
         """Poštovani,

hvala na poruci. Od 1. do 16. kolovoza sam na godišnjem odmoru i neću čitati e-poštu. Za hitne stvari javite se na info@kovacevic-dizajn.hr ili na 01 4567 890.

Lijep pozdrav,
Maja Kovačević""",
         "Maja Kovačević"),
    ],
    "sv": [
        ("access", (), "Förfrågan",
         """Bästa mottagare,

jag är pensionär från Vasa och har ibland beställt trädgårdssaker av er via nätet. Min dotter sade att man har rätt att få veta vad ett företag har sparat om en. Kunde ni alltså skicka mig en sammanställning över hurdana uppgifter ni har om mig och vad de används till? Jag skulle gärna få den per post, jag är inte så van med datorn.

Tack på förhand.

Med vänlig hälsning
Gunvor Björkqvist
Skolhusgatan 5 B 12
65100 Vasa, Finland""",
         "Gunvor Björkqvist"),
        ("correction", (), "Forkert adresse",
         """Hej,

jag har flyttat från Malmö till Köpenhamn, men min adress är fortfarande den gamla i eran system. Kan ni rette den till:
Nørrebrogade 41, 3. tv
2200 København N
Danmark

Också mitt efternamn är stavat "Sorensen" hos er, men det ska vara Sørensen med ø.

Tak / tack!
Mvh Mette Sørensen""",
         "Mette Sørensen"),
        ("deletion", (), "Slett meg",
         """Hei!

Jeg är norsk men bor i Göteborg, så ursäkta min svenska. Jeg vil att ni sletter mitt konto hos er og alt av personuppgifter dere har om meg. Jeg har ikke handlet hos dere på flere år, så det er ingen grunn til at dere ska ha det liggende.

Takk på forhånd
Håkon Lie""",
         "Håkon Lie"),
        ("portability", (), "Begäran enligt artikel 20 dataskyddsförordningen",
         """Hej,

jag företräder Anna Lindqvist, Vasagatan 12, Stockholm, enligt bifogad fullmakt.

Min klient begär att få ut de personuppgifter som hon själv har lämnat till er, inklusive orderhistorik och uppgifter kopplade till kundklubben, i ett strukturerat, allmänt använt och maskinläsbart format. Min klient begär vidare att uppgifterna, om det är tekniskt möjligt, överförs direkt till Trädgårdsbolaget Norden AB.

Vänligen bekräfta mottagandet av denna begäran.

Med vänliga hälsningar
Johan Ekström
Advokat
Advokatfirman Ekström & Lind KB""",
         "Johan Ekström"),
        ("restriction", (), "Re: Din medlemsprofil",
         """Hej!

Tack för mejlet. Det stämmer inte att jag bor i Uppsala, och födelsedatumet är också fel, det verkar som om ni har blandat ihop mig med någon annan kund. Radera inget, men använd inte mina uppgifter till någonting förrän ni har kollat upp vad som är rätt. Frys dem helt enkelt så länge.

/Sara""",
         "Sara Holm"),
        ("objection", ("withdraw_consent",), "varför???",
         """hej asså varför får tiktok o insta veta vad jag kollar på hos er?? jag vill inte att ni delar mina grejer med dom för reklam. sluta med det
ta bort mig från nyhetsbrevet också typ

ella""",
         "Ella"),
        ("withdraw_consent", (), "Nyhetsbrev",
         """Vill inte ha fler nyhetsbrev eller erbjudanden på sms. Tack.""",
         "Bengt Ek"),
        ("complaint", ("access",), "Dataläckan",
         """Jag fick i går ert mejl om att "obehöriga kan ha fått tillgång till kunduppgifter". Det är helt otroligt att man får veta det TRE VECKOR efter att det hände, och då bara i ett intetsägande massutskick utan en enda konkret uppgift.
Jag har haft konto hos er i sex år med adress, telefonnummer och sparade kortuppgifter. Ni har slarvat, och jag kommer att anmäla detta till IMY.
Dessutom vill jag ha en kopia av allt ni har om mig, så att jag själv kan se vad som kan ha läckt.

Lars-Göran Nyberg""",
         "Lars-Göran Nyberg"),
        ("other", (), "Sommarjobb?",
         """Hej!

Jag heter Emil, är 19 år och kommer från Borgå. Jag undrar om ni har sommarjobb på ert lager eller inom kundtjänsten i sommar? Jag talar svenska, finska och engelska och lite franska. Jag kan skicka CV ifall det finns nåt.

Mvh
Emil Lindroos""",
         "Emil Lindroos"),
        ("automated", (), "Automatiskt svar: Ändringar i vår integritetspolicy",
         """Hej,

jag är på semester till och med 4.8 och läser inte min e-post. I brådskande ärenden, kontakta vår växel, tfn 06 318 4000.

Med vänlig hälsning
Camilla Sundqvist
Ekonomiavdelningen""",
         "Camilla Sundqvist"),
    ],
    "ro": [
        ("access", (), "Informatie date personale",
         """Bună ziua,

Sunt din Chișinău, dar amu lucrez în Belgia, la Liège. Am făcut la voi un cont când am cumpărat o masă de grădină. Vreau să știu ce date aveți voi despre mine - adresa, telefonul, ce am cumpărat, poate și altceva - și dacă le dați la cineva. Trimiteți-mi, vă rog, tot ce aveți, pe mail. Am citit că am dreptul, deci normalno așa să fie.

Mersi, spasibo
Vitalie Ceban""",
         "Vitalie Ceban"),
        ("correction", (), "Rugăminte",
         """Stimate domn sau doamnă,

Mă numesc Elena Munteanu și am 71 de ani. Vă scriu pentru că mi-am schimbat numărul de telefon, iar curierul nu m-a putut găsi data trecută. Numărul cel nou este 0470 12 34 56. Vă rog frumos să îl treceți în contul meu în locul celui vechi.
De asemenea, la adresă apare „Rue des Tulipes 4", dar corect este numărul 14.

Cu mulțumiri și toate cele bune,
Elena Munteanu""",
         "Elena Munteanu"),
        ("deletion", ("withdraw_consent",), "cont",
         """salut
vreau sa-mi stergeti contul de la voi ca nu-l mai folosesc de mult. si nu-mi mai trimiteti mailuri cu reduceri ca ma enerveaza
mersi
andrei""",
         "Andrei"),
        ("portability", (), "Cerere portabilitate date - art. 20 GDPR - dl. Radu Ionescu",
         """Stimată doamnă / Stimate domn,

Subsemnata, av. Ioana Stan, membră a Baroului București, în calitate de reprezentant al domnului Radu Ionescu, conform împuternicirii avocațiale anexate, vă solicit, în temeiul art. 20 din Regulamentul (UE) 2016/679, să transmiteți datele cu caracter personal furnizate de clientul meu, inclusiv istoricul comenzilor și datele aferente cardului de fidelitate, într-un format structurat, utilizat în mod curent și care poate fi citit automat.

Totodată, vă solicit ca, în măsura în care este fezabil din punct de vedere tehnic, aceste date să fie transmise direct către GradinaTa S.R.L., Cluj-Napoca.

Cu stimă,
av. Ioana Stan""",
         "Av. Ioana Stan"),
        ("restriction", (), "Re: Garanție",
         """Bună ziua,

Am o problemă cu garanția la mașina de tuns iarba și am nevoie de istoricul comenzii. Am citit la voi că după doi ani ștergeți datele clienților care nu mai cumpără. Vă rog să nu-mi ștergeți nimic, dar nici să nu le folosiți la altceva - să stea blocate așa cum sunt până se termină treaba cu garanția.

Mulțumesc frumos,
Ion Rusu, or. Bălți""",
         "Ion Rusu"),
        ("objection", (), "Parteneri de marketing",
         """Bună ziua,

Am citit în politica voastră de confidențialitate că transmiteți datele clienților către „parteneri de marketing" pe baza interesului legitim. Eu nu vreau așa ceva. Mă opun, și vă rog ca de acum încolo să nu mai trimiteți nimic despre mine acestor parteneri.

Cristina Pop""",
         "Cristina Pop"),
        ("withdraw_consent", (), "",
         """Dezabonare newsletter, vă rog.
Mulțumesc""",
         "Dorina"),
        ("complaint", ("access",), "A TREIA OARĂ",
         """Vă scriu pentru a treia oară. Pe 2 februarie v-am cerut o copie cu datele mele personale. Nimic. Pe 10 martie am revenit. Tot nimic. Nici măcar un „am primit".
Asta e bătaie de joc. Vreau datele, toate, și vreau să știu de ce nu răspunde nimeni la adresa asta. Dacă nu primesc nimic până vineri, fac plângere la ANSPDCP și la autoritatea belgiană.

Mihaela Dobre""",
         "Mihaela Dobre"),
        ("other", (), "întrebare cookie",
         """Bună ziua,

sunt din Miercurea Ciuc, limba mea maternă este maghiara, scuzați greșelile. Pe site-ul dumneavoastră apare fereastra cu cookie-uri și nu înțeleg ce este diferența între "cookie-uri funcționale" și "de marketing". Puteți explica în câteva cuvinte? Nu vreau să schimb nimic, doar să înțeleg înainte să aleg.

Mulțumesc,
Kovács Réka""",
         "Kovács Réka"),
        ("automated", (), "Răspuns automat: Confirmare cerere",
         """Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă până la data de 25.07, cu acces limitat la e-mail. Pentru probleme urgente, vă rog să o contactați pe colega mea, Andreea Marin (andreea.marin@fintrade.ro).

Cu stimă,
Dan Popescu""",
         "Dan Popescu"),
    ],
    "el": [
        ("access", (), "dedomena",
         """Kalispera sas,

exw logariasmo sto site sas edw kai 2 xronia peripou. 8a ithela na mou steilete ti stoixeia exete kratisei gia mena (onoma, dieuthinsi, agores klp) kai an ta exete dwsei se allous. Sorry pou grafw me latinikous, eimai apo to kinito tis douleias.

Eyxaristw
Giorgos Papadakis""",
         "Giorgos Papadakis"),
        ("correction", (), "Λάθος όνομα",
         """Καλησπέρα σας,

το επίθετο μου εν γραμμένο λάθος στον λογαριασμό μου, γράφει «Χαραλάμπους» τζιαι εν «Χαραλαμπίδου». Έσιει τζιαι λάθος ταχυδρομικό κώδικα, εν 3041 Λεμεσός, όχι 3401. Ηύρα το επειδή εν μου ήρταν κάποια πράματα που επαράγγειλα.
Μπορείτε να τα διορθώσετε παρακαλώ;

Ευχαριστώ,
Άντρη Χαραλαμπίδου""",
         "Andri Charalambidou"),
        ("deletion", ("withdraw_consent",), "Αίτησις διαγραφής",
         """Αξιότιμοι Κύριοι,

Παρακαλώ όπως διαγράψετε τον λογαριασμό μου από το κατάστημά σας, καθώς και όλα τα προσωπικά μου στοιχεία που τηρείτε. Είμαι συνταξιούχος εκπαιδευτικός, ηλικίας 78 ετών, και δεν προτίθεμαι να πραγματοποιήσω άλλες αγορές διαδικτυακώς.

Επίσης, δεν επιθυμώ να λαμβάνω πλέον τα ενημερωτικά σας δελτία και τις προσφορές σας.

Μετά τιμής,
Κωνσταντίνος Αλεξίου""",
         "Κωνσταντίνος Αλεξίου"),
        ("portability", (), "Άσκηση δικαιώματος φορητότητας - άρθρο 20 ΓΚΠΔ",
         """Κύριοι,

Ενεργώντας ως πληρεξούσια δικηγόρος της κας Ελένης Δημητρίου (επισυνάπτεται η σχετική εξουσιοδότηση), σας καλώ να χορηγήσετε τα δεδομένα προσωπικού χαρακτήρα που αφορούν την εντολέα μου και τα οποία σας έχει παράσχει η ίδια, συμπεριλαμβανομένου του ιστορικού παραγγελιών και των στοιχείων της κάρτας πιστότητας, σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο, προκειμένου να τα διαβιβάσει σε άλλον υπεύθυνο επεξεργασίας.

Παρακαλώ όπως η απάντησή σας αποσταλεί στην ηλεκτρονική διεύθυνση του γραφείου μας.

Με εκτίμηση,
Μαρία Κ. Οικονόμου
Δικηγόρος - μέλος ΔΣΑ""",
         "Μαρία Οικονόμου"),
        ("restriction", (), "Re: Ενημέρωση λογαριασμού",
         """Καλησπέρα,

σκέφτομαι να κλείσω τον λογαριασμό μου αλλά δεν έχω αποφασίσει ακόμα, θα το δω μετά το καλοκαίρι. Μέχρι τότε θέλω να «παγώσετε» τα στοιχεία μου: να μείνουν όπως είναι, να μη σβηστεί τίποτα, αλλά και να μη χρησιμοποιούνται για τίποτα απολύτως.

Ευχαριστώ,
Νίκος Β.""",
         "Nikos Vlachos"),
        ("objection", (), "????",
         """geia
giati otan mpainw sto insta mou vgazei sinexeia diafimiseis apo esas me pragmata pou eida sto site sas?? den 8elw na me parakolou8eite kai na dinete ti kanw se alles etaireies gia diafimiseis. stamatiste to pls

dimitris""",
         "Dimitris"),
        ("withdraw_consent", (), "Newsletter",
         """Διαγραφή από τη λίστα παρακαλώ. Ευχαριστώ""",
         "Ελένη Σ."),
        ("complaint", ("deletion",), "Ξανά!!!",
         """Εν η τρίτη φορά που σας γράφω. Τον Ιανουάριο εζήτησα να μου κλείσετε τον λογαριασμό τζιαι να σβήσετε τα στοιχεία μου. Εν μου απαντήσετε ποττέ, τζιαι χτες ήρτε μου πάλε ειδοποίηση για τους πόντους του λογαριασμού μου, άρα εν ακόμα τζιαμέ. Εν ντροπή.
Σβήστε τα ΤΩΡΑ, αλλιώς πάω στον Επίτροπο Προστασίας Δεδομένων.

Μάριος Γεωργίου, Λευκωσία""",
         "Marios Georgiou"),
        ("other", (), "παραγγελια",
         """Γεια σας, εγω παραγγειλα μια ομπρελα κηπου πριν 10 μερες, αριθμος 55012873, ακομα δεν ηρθε. Μπορειτε να πειτε που ειναι? Ειμαι Αλβανος, συγνωμη για τα ελληνικα.
Ευχαριστω
Arben Hoxha""",
         "Arben Hoxha"),
        ("automated", (), "Αυτόματη απάντηση: Ενημέρωση πολιτικής απορρήτου",
         """Καλησπέρα σας,

Θα απουσιάζω από το γραφείο έως και τις 20 Αυγούστου χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με την κα Σοφία Λαμπράκη στο 210 6123456.

Με εκτίμηση,
Ιωάννα Παππά""",
         "Ιωάννα Παππά"),
    ],
    "bg": [
        ("access", (), "vapros",
         """Zdraveite,

iskam da razbera kakva informaciq imate za men - ime, adres, telefon, kakvo sam poruchval i dali ste go davali na nqkoi drug. Pi6ete mi na tozi mail. Pi6a na latinica 6toto sam ot telefona v chuzhbina i nqmam kirilica.

Blagodarq,
Stefan Iliev""",
         "Stefan Iliev"),
        ("correction", (), "Молба за поправка",
         """Уважаеми господа,

Казвам се Величка Стоянова, пенсионерка съм от Пловдив, но от миналата година живея при сина си в Антверпен. Моля да поправите адреса в профила ми на: Lange Kievitstraat 58, 2018 Antwerpen.
Също така името ми е сгрешено - пише „Величка Стоянов", а трябва да е Стоянова.

Благодаря предварително.
С уважение,
В. Стоянова""",
         "Величка Стоянова"),
        ("deletion", ("objection",), "ВЕДНАГА",
         """Изтрийте ми профила веднага и всичко, което пазите за мен. И спрете да предавате данните ми на рекламните си партньори. Не искам да имам нищо общо с вас.

Пламен""",
         "Пламен Костадинов"),
        ("portability", (), "Искане по чл. 20 от Регламент (ЕС) 2016/679",
         """Уважаеми дами и господа,

В качеството си на пълномощник на г-н Иван Петров (пълномощното е приложено) Ви моля да предоставите личните данни, които моят доверител Ви е предоставил, включително историята на поръчките и данните по картата за лоялност, в структуриран, широко използван и пригоден за машинно четене формат, както и - доколкото това е технически осъществимо - да ги прехвърлите пряко на „Градина Плюс" ЕООД, гр. София.

С уважение,
адв. Десислава Тодорова
Софийска адвокатска колегия""",
         "адв. Десислава Тодорова"),
        ("restriction", (), "Здравствуйте",
         """Здравствуйте!

Я живея в България от 5 години, родом съм от Одесса, и пиша на български не много хубаво. У вас има мои данные от акаунта. Прошу пока нищо не изтривайте, но и не използвайте их за нищо - нито за реклама, нито за друго, докато не реша проблема с банката за двойното плащане. Нека всичко стои заблокирано.

Спасибо,
Ольга Мельник""",
         "Ольга Мельник"),
        ("objection", (), "reklamite",
         """zdr, za6to vsqkade mi izlizat va6i reklami sled kato razgledah edin hamak pri vas?? ne iskam da me sledite i da si pravite profil za men. spreite go

niki""",
         "Niki"),
        ("withdraw_consent", (), "",
         """Отпишете ме от бюлетина, благодаря.""",
         "Р. Ангелова"),
        ("complaint", ("access",), "Re: Искане за достъп до лични данни",
         """Здравейте,

На 15 април Ви изпратих искане да ми предоставите копие от личните данни, които обработвате за мен. Вече е юни, а отговор няма - нито потвърждение, нито обяснение. Това е нарушение на сроковете по регламента.
Настоявам да ми изпратите исканата информация в най-кратък срок. Уведомявам Ви, че днес подадох сигнал до Комисията за защита на личните данни.

Георги Николов""",
         "Георги Николов"),
        ("other", (), "Резервни ножове",
         """Здравейте,

купих от вас преди година косачка Garda 46 и сега ножът се изтъпи. Продавате ли резервни ножове за този модел и колко струват с доставка до Варна?

Поздрави,
Тодор""",
         "Тодор Марков"),
        ("automated", (), "Автоматичен отговор: Промени в политиката за поверителност",
         """Здравейте,

В момента съм в отпуск и ще се върна на 2 септември. Няма да имам достъп до пощата си. При спешни въпроси се обърнете към офиса на тел. 02 980 1234.

Поздрави,
Мария Иванова""",
         "Мария Иванова"),
    ],
}

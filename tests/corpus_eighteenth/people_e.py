"""Eighteenth set, letters people copy from elsewhere and adapt. Written apart from the rules (see make_eighteenth.py)."""

PEOPLE_E = {
    "pl": [
        ("access", (),
         "Wniosek o udostępnienie danych osobowych (art. 15 RODO)",
         """Szanowni Państwo,

działając na podstawie art. 15 ust. 1 i 3 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. (RODO) w związku z ustawą z dnia 10 maja 2018 r. o ochronie danych osobowych (t.j. Dz.U. z 2019 r. poz. 1781), wnoszę o:

1) potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2) udostępnienie kopii tych danych;
3) wskazanie celów przetwarzania, kategorii danych, odbiorców, którym dane zostały ujawnione, oraz planowanego okresu ich przechowywania;
4) podanie wszelkich dostępnych informacji o źródle danych, jeżeli nie zostały zebrane ode mnie.

Dane umożliwiające moją identyfikację: Katarzyna Wróblewska, adres e-mail podany przy rejestracji konta: k.wroblewska84@onet.pl.

Odpowiedź proszę przesłać na powyższy adres e-mail w terminie miesiąca od dnia otrzymania wniosku (art. 12 ust. 3 RODO). Brak odpowiedzi w tym terminie będzie podstawą do wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.

Z poważaniem
Katarzyna Wróblewska

---
Wzór pisma pobrany ze strony kancelarii. Kancelaria nie ponosi odpowiedzialności za sposób jego wykorzystania.""",
         "Katarzyna Wróblewska"),

        ("access", ("deletion",),
         "",
         """Dzień dobry,

Zgodnie z art. 15 RODO proszę o informację, jakie moje dane Państwo przechowujecie, w jakim celu i komu zostały one przekazane.
Szanowni Państwo,
Na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez [NAZWA FIRMY]. Proszę o pisemne potwierdzenie wykonania żądania.

pozdrawiam
Tomasz Kielar
tel 601 223 918""",
         "Tomasz Kielar"),

        ("correction", (),
         "zmiana danych",
         """Dzien dobry,

znalazlam na forum gotowy wzor wiec pisze: na podstawie art. 16 RODO prosze o sprostowanie moich danych osobowych.
Po slubie zmienilam nazwisko z Nowak na Zielinska, a w koncie i na karcie stalego klienta ciagle mam stare. Adres tez jest nieaktualny, teraz mieszkam ul. Lipowa 14/3, 62-800 Kalisz.
Loguje sie jako nowak.ania@wp.pl (tego maila na razie nie zmieniam)

Dziekuje
Anna Zielinska""",
         "Ania Zielińska"),

        ("deletion", ("withdraw_consent", "objection"),
         "Żądanie usunięcia danych osobowych – [Imię i Nazwisko]",
         """Szanowni Państwo,

Mam nadzieję, że ta wiadomość zastaje Państwa w dobrym zdrowiu.

**Przedmiot: Żądanie usunięcia danych osobowych zgodnie z art. 17 RODO**

Niniejszym zwracam się z żądaniem usunięcia wszystkich moich danych osobowych, które są przechowywane i przetwarzane przez [Nazwa firmy].

**Szczegóły wniosku:**
- **Imię i nazwisko:** Michał Pawlak
- **Adres e-mail:** michal.pawlak@gmail.com
- **Numer karty lojalnościowej:** [jeśli dotyczy]

**Dodatkowo:**
1. Wycofuję wszelkie zgody, które wcześniej wyraziłem, w tym zgodę na otrzymywanie newslettera.
2. Wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingowych, w tym profilowania.

Proszę o potwierdzenie realizacji żądania w terminie 30 dni, zgodnie z art. 12 ust. 3 RODO.

Dziękuję za uwagę i współpracę.

Z wyrazami szacunku,
[Twoje imię i nazwisko]""",
         "Michał Pawlak"),

        ("portability", (),
         "Re: Twoje konto",
         """Hej,

odpisuję na tego maila o zmianach w programie lojalnościowym. Szczerze mówiąc, po tych zmianach przenoszę się do innego sklepu, który pozwala zaliczyć historię zakupów od poprzedniego sprzedawcy.
Chciałbym więc dostać całą historię moich zamówień i zakupów na kartę w pliku, który da się wczytać do innego systemu (csv, json, obojętnie, byle nie skan PDF). Z tego co czytałem na jednym blogu, mam do tego prawo z art. 20 RODO.

Konto zakładałem na adres bartek.lis@interia.pl

Bartek Lis""",
         "Bartek Lis"),

        ("restriction", (),
         "zamrożenie konta",
         """Dzień dobry,

na razie nie chcę usuwać konta, bo trzymam tam faktury i gwarancje na kilka droższych rzeczy, ale nie chcę też, żebyście z moimi danymi cokolwiek robili. Proszę o ograniczenie przetwarzania (art. 18 RODO): dane mają po prostu leżeć. Bez analiz, bez wykorzystywania do ofert, bez przekazywania komukolwiek, dopóki sam się nie odezwę.

Konto: m.sobczak@o2.pl, karta nr 4417 0092 3381

Marek Sobczak""",
         "Marek Sobczak"),

        ("objection", (),
         "Sprzeciw wobec przetwarzania danych (art. 21 RODO)",
         """Szanowni Państwo,

na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem bezpośrednim.

Sprzeciwiam się również udostępnianiu moich danych Państwa partnerom reklamowym, w tym w formie przesyłania list adresów e-mail do serwisów społecznościowych w celu tworzenia tzw. niestandardowych grup odbiorców.

Przypominam, że zgodnie z art. 21 ust. 3 RODO po wniesieniu sprzeciwu dane osobowe nie mogą być już przetwarzane do takich celów.

Z poważaniem
Jolanta Szymczak
j.szymczak@gazeta.pl

PS. Wzór wzięłam z bloga o prywatności, mam nadzieję, że wszystko się zgadza.""",
         "Jolanta Szymczak"),

        ("withdraw_consent", (),
         "newsletter",
         """Prosze mnie wypisać z newslettera i nie wysyłać już SMS-ów z promocjami, zgodę cofam. Próbowałam przez link w stopce ale wyskakuje błąd 404.

Ewa Kubiak""",
         "Ewa K."),

        ("complaint", ("access",),
         "Re: Wniosek o udostępnienie danych osobowych (art. 15 RODO)",
         """Szanowni Państwo,

3 marca wysłałam na ten adres wniosek o udostępnienie moich danych osobowych (treść poniżej). Minął ponad miesiąc, a ja nie dostałam żadnej odpowiedzi, nawet automatycznego potwierdzenia. Termin z art. 12 ust. 3 RODO upłynął.

Ponawiam wniosek. Jeżeli w ciągu 7 dni nie otrzymam odpowiedzi, złożę skargę do Prezesa UODO, tym razem bez dalszych ostrzeżeń.

Katarzyna Wróblewska

> Szanowni Państwo,
> działając na podstawie art. 15 ust. 1 i 3 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (...) wnoszę o:
> 1) potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
> 2) udostępnienie kopii tych danych;
> (...)""",
         "Katarzyna Wróblewska"),

        ("other", (),
         "Audyt zgodności z RODO – oferta dla sklepów internetowych",
         """Szanowni Państwo,

zgodnie z art. 5 ust. 2 RODO administrator jest odpowiedzialny za przestrzeganie zasad przetwarzania i musi być w stanie to wykazać (zasada rozliczalności). Z naszych doświadczeń wynika, że w sklepach internetowych najczęstsze uchybienia dotyczą rejestru czynności przetwarzania (art. 30), umów powierzenia z firmami kurierskimi (art. 28) oraz podstaw prawnych dla profilowania klientów programów lojalnościowych.

Nasza kancelaria od 2018 r. świadczy usługi outsourcingu Inspektora Ochrony Danych oraz przeprowadza audyty zgodności, także dla podmiotów spoza Polski obsługujących polskich konsumentów. Pierwsza analiza polityki prywatności i klauzul informacyjnych jest bezpłatna.

Czy mogę zaproponować krótką, 15-minutową rozmowę w przyszłym tygodniu?

Z wyrazami szacunku
r.pr. Agnieszka Dudek
Partner, Dudek & Wspólnicy Kancelaria Radców Prawnych
ul. Mokotowska 41, 00-551 Warszawa""",
         "Agnieszka Dudek"),

        ("automated", (),
         "Automatyczna odpowiedź: Re: Państwa wniosek z dnia 12.05",
         """Dzień dobry,

dziękuję za wiadomość. Do 26 maja włącznie przebywam na urlopie i nie mam dostępu do poczty. Wiadomość nie zostanie przekazana dalej.
W sprawach pilnych proszę o kontakt z sekretariatem kancelarii: sekretariat@ziemba-adwokaci.pl, tel. 22 628 14 40.

Adw. Piotr Ziemba""",
         "Piotr Ziemba"),
    ],

    "cs": [
        ("access", (),
         "Žádost subjektu údajů o přístup k osobním údajům",
         """Vážení,

ve smyslu čl. 15 nařízení Evropského parlamentu a Rady (EU) 2016/679 (obecné nařízení o ochraně osobních údajů) a zákona č. 110/2019 Sb., o zpracování osobních údajů, Vás žádám o sdělení, zda zpracováváte mé osobní údaje, a pokud ano, o poskytnutí jejich kopie spolu s informacemi o účelu zpracování, příjemcích a době, po kterou budou údaje uloženy.

Pro účely identifikace uvádím: Jan Dvořák, nar. 14. 6. 1979, e-mail zákaznického účtu jan.dvorak79@seznam.cz.

Odpověď prosím zašlete elektronicky na uvedený e-mail. Dovoluji si upozornit, že lhůta pro vyřízení žádosti činí jeden měsíc od jejího obdržení.

S pozdravem

Jan Dvořák""",
         "Jan Dvořák"),

        ("access", (),
         "čl. 15 GDPR",
         """Dobrý den,

několik let jsem pracovala jako pověřenec pro ochranu osobních údajů v pojišťovně, takže vím, co má odpověď obsahovat, a budu ráda, když bude kompletní hned napoprvé.

Žádám o přístup k osobním údajům podle čl. 15 GDPR, konkrétně o informace dle odst. 1:
a) účely zpracování;
b) kategorie dotčených osobních údajů;
c) příjemci nebo kategorie příjemců, zejména ve třetích zemích (včetně marketingových partnerů a provozovatelů reklamních sítí);
d) plánovaná doba uložení, případně kritéria pro její stanovení;
e) poučení o právu požadovat opravu, výmaz, omezení zpracování a vznést námitku;
f) poučení o právu podat stížnost u ÚOOÚ;
g) veškeré dostupné informace o zdroji údajů, pokud nebyly získány ode mě;
h) existence automatizovaného rozhodování včetně profilování, použitý postup a jeho význam pro mě.

Dále žádám o kopii zpracovávaných údajů (odst. 3) a o informaci o vhodných zárukách, pokud jsou údaje předávány do třetí země (odst. 2).

Žádost se týká zákaznického účtu i věrnostní karty registrované na e-mail m.kralova@email.cz.

S pozdravem
Mgr. Markéta Králová""",
         "Markéta Králová"),

        ("correction", (),
         "oprava adresy",
         """Dobry den,
v uctu mam spatne cislo popisne, je tam 1284 a ma byt 1248. Uz se mi kvuli tomu jeden balik vratil zpatky. Sam si to zmenit nemuzu, to pole je sedive a nejde do nej psat.
Muzete to prosim opravit?
Diky
Lukas Hora""",
         "Lukáš Hora"),

        ("deletion", (),
         "vymazání",
         """Dobrý den,

v souladu s čl. 17 odst. 1 nařízení (EU) 2016/679 žádám o výmaz veškerých osobních údajů, které o mně Vaše společnost zpracovává, a o zrušení mého zákaznického účtu (radek.novotny@centrum.cz). Zároveň žádám o písemné potvrzení, že k výmazu došlo.

S pozdravem
Radek Novotný

P.S. Vzor jsem našel na jednom spotřebitelském fóru, tak doufám, že je to napsané správně. Hlavně už nechci, abyste o mně cokoliv měli.""",
         "Radek Novotný"),

        ("portability", ("deletion",),
         "Žádost o přenositelnost údajů a následný výmaz",
         """Dobrý den,

doufám, že se Vám daří dobře.

## Žádost o poskytnutí osobních údajů ve strojově čitelném formátu

Obracím se na Vás s žádostí podle **článku 20 GDPR** (právo na přenositelnost údajů). Žádám o zaslání osobních údajů, které jsem Vám poskytla, ve strukturovaném, běžně používaném a strojově čitelném formátu.

**Požadované údaje:**
- historie objednávek
- údaje o věrnostní kartě a nasbíraných bodech
- uložené doručovací adresy a preference

**Preferovaný formát:** CSV nebo JSON

## Výmaz po předání údajů

Po zaslání výše uvedených údajů Vás žádám o výmaz mého účtu a všech souvisejících osobních údajů podle čl. 17 GDPR.

Děkuji za spolupráci a těším se na Vaši odpověď.

S pozdravem
[Vaše jméno]
Petra Kučerová""",
         "Petra Kučerová"),

        ("restriction", (),
         "Re: reklamace č. 2024-11873",
         """Dobrý den,

vím, že jsem Vám minulý měsíc psala, že uvažuji o zrušení účtu, ale mezitím se z reklamace zahradního grilu stal soudní spor a můj advokát potřebuje mít doložené objednávky, faktury a naši komunikaci.

Prosím proto moje údaje zatím NEMAZAT, ale zároveň je nepoužívejte k ničemu jinému, žádné nabídky, žádné předávání dál. Podle advokáta jde o omezení zpracování podle čl. 18 odst. 1 písm. c) GDPR, protože údaje potřebuji pro uplatnění právních nároků.

Až bude spor u konce, ozvu se.

Hana Procházková""",
         "Hana Procházková"),

        ("objection", (),
         "",
         """Dobrý den,

nesouhlasím s tím, aby se z mých nákupů skládal nějaký profil a podle něj mi chodily „nabídky na míru“ a vaše reklamy na Facebooku. Vznáším tímto námitku proti profilování a proti předávání mých údajů reklamním partnerům (čl. 21 GDPR).

Nákupy ať klidně evidujete, kvůli záruce to chápu, ale na nic dalšího ne.

Ondřej Beneš""",
         "Ondřej"),

        ("withdraw_consent", (),
         "Odvolání souhlasu",
         """Dobrý den,

tímto odvolávám souhlas se zasíláním obchodních sdělení ve smyslu zákona č. 480/2004 Sb., o některých službách informační společnosti, a souhlas se zpracováním osobních údajů pro marketingové účely. Prosím o vyřazení adresy vera.mala@volny.cz z newsletteru.

Děkuji
Ing. Věra Malá""",
         "Věra Malá"),

        ("complaint", ("access",),
         "Únik údajů?!",
         """Dobrý den,

včera mi přišel e-mail „Potvrzení objednávky“, ve kterém bylo jméno, adresa a telefon úplně cizí paní z Olomouce. Dnes mi ta paní volala, že ona zase dostala potvrzení s MÝMI údaji, včetně adresy a toho, co jsem si objednal. To je přece porušení zabezpečení osobních údajů, a ne malé.

Chci vědět, komu dalšímu jste moje údaje takhle poslali a kdo všechno k nim měl přístup. A zajímá mě, jestli jste to nahlásili ÚOOÚ, protože to je Vaše povinnost.

Pokud se mi do týdne nikdo neozve, podám stížnost na Úřad pro ochranu osobních údajů sám.

Pavel Šťastný
tel. 603 441 829""",
         "Pavel Šťastný"),

        ("other", (),
         "Dotaz k zásadám zpracování osobních údajů",
         """Dobrý den,

zvažuji registraci do Vašeho věrnostního programu, ale předtím bych rád rozuměl jedné věci v zásadách zpracování osobních údajů. V bodě 6 uvádíte, že údaje mohou být předány „partnerům mimo EHP“. Můžete upřesnit, o jaké země jde a na základě jakého mechanismu podle kapitoly V GDPR k předávání dochází (standardní smluvní doložky, rozhodnutí o odpovídající ochraně)?

Účet u Vás zatím nemám, jde mi čistě o to, abych se rozhodl.

Děkuji a přeji hezký den
Tomáš Veselý""",
         "Tomáš Veselý"),

        ("automated", (),
         "Automatická odpověď: Vaše žádost podle čl. 15 GDPR",
         """Dobrý den,

jsem mimo kancelář do 2. 9. s omezeným přístupem k e-mailu. Ve věcech ochrany osobních údajů prosím kontaktujte kolegyni Mgr. Hanu Bílkovou (bilkova@ak-svoboda.cz), v ostatních věcech sekretariát na tel. 224 815 330.

S pozdravem
JUDr. Karel Svoboda
Advokátní kancelář Svoboda & partneři""",
         "Karel Svoboda"),
    ],

    "hr": [
        ("access", (),
         "Zahtjev za pristup osobnim podacima",
         """Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka (Uredba (EU) 2016/679) te Zakona o provedbi Opće uredbe o zaštiti podataka (NN 42/18) molim da mi dostavite:

– potvrdu obrađujete li moje osobne podatke,
– presliku osobnih podataka koje o meni obrađujete,
– informacije o svrsi obrade, primateljima kojima su podaci otkriveni te roku čuvanja.

Za potrebe identifikacije navodim: Ivana Marković, e-mail korisničkog računa ivana.markovic@gmail.com.

Ukoliko u roku od mjesec dana ne zaprimim odgovor, obratit ću se Agenciji za zaštitu osobnih podataka (AZOP).

S poštovanjem,
Ivana Marković
Zagreb""",
         "Ivana Marković"),

        ("access", (),
         "Zahtjev za pristup podacima – [Vaše ime]",
         """Poštovani/Poštovana [Ime primatelja],

Nadam se da vas ova poruka zatiče dobro.

Pišem vam kako bih ostvario svoje pravo na pristup osobnim podacima u skladu s člankom 15. Opće uredbe o zaštiti podataka (GDPR).

**Molim vas da mi dostavite sljedeće informacije:**

1. **Kopiju svih osobnih podataka** koje o meni obrađujete
2. **Svrhe obrade** tih podataka
3. **Primatelje** kojima su podaci otkriveni ili će biti otkriveni
4. **Razdoblje pohrane** podataka
5. **Izvor podataka**, ako podaci nisu prikupljeni od mene

**Moji podaci za identifikaciju:**
- Ime i prezime: Dario Kovačević
- E-mail adresa: [vaša e-mail adresa]
- Broj kartice vjernosti: 2207 4410 8861

Zahvaljujem unaprijed na suradnji i veselim se vašem odgovoru.

Srdačan pozdrav,
Dario Kovačević""",
         "Dario Kovačević"),

        ("correction", ("access",),
         "promjena prezimena",
         """Postovani,

udala sam se pa molim da mi promijenite prezime u korisnickom racunu i na kartici vjernosti, iz Babic u Juric.
Usput me zanima koje sve podatke imate o meni jer mi stalno dolaze ponude za stvari koje nikad nisam kupovala, pa mi molim vas posaljite sto imate spremljeno.

Hvala,
Marija Juric (Babic)""",
         "Marija Jurić"),

        ("deletion", ("withdraw_consent",),
         "Brisanje",
         """Poštovani,

pozivajući se na članak 17. Opće uredbe o zaštiti podataka, zahtijevam da bez nepotrebnog odgađanja obrišete sve moje osobne podatke i ugasite moj korisnički račun. Ujedno povlačim sve privole koje sam vam dao, uključujući privolu za primanje newslettera.

Molim pisanu potvrdu o izvršenom brisanju.

(predložak preuzet s foruma – ovdje upišite svoje podatke)
Goran Perić, goran.peric@net.hr""",
         "Goran Perić"),

        ("portability", (),
         "Zahtjev za prenosivost podataka (čl. 20. st. 2. GDPR)",
         """Poštovani,

radim u području usklađenosti pa ću biti precizan.

Na temelju članka 20. stavaka 1. i 2. Opće uredbe o zaštiti podataka tražim da osobne podatke koje sam vam sam pružio i koje obrađujete na temelju ugovora (povijest narudžbi, adrese dostave, podaci iz programa vjernosti) izravno prenesete voditelju obrade Vrtni centar Zelenko d.o.o., Ulica Grada Vukovara 226, Zagreb (kontakt za zaprimanje: zastitapodataka@zelenko.example.hr), u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu.

Ako izravni prijenos nije tehnički izvediv, molim da datoteku pošaljete meni na ovu adresu.

Napominjem da ovo nije zahtjev za pristup iz čl. 15. niti zahtjev za brisanje; korisnički račun zasad ostaje aktivan.

S poštovanjem,
Krešimir Vuković""",
         "Krešimir Vuković"),

        ("restriction", (),
         "Osporavam točnost podataka u profilu",
         """Poštovani,

u aplikaciji sam vidjela da u mom profilu kupca piše da sam rođena 1948. te da imam „interes: pomagala za starije osobe“. To nije točno.

Osporavam točnost tih podataka i na temelju članka 18. stavka 1. točke (a) Opće uredbe tražim ograničenje obrade za razdoblje dok ne provjerite njihovu točnost. Dok provjera traje, molim da se ti podaci ne koriste ni za kakve svrhe, uključujući ponude i oglase.

Lijep pozdrav,
Nevenka Horvat""",
         "Nevenka Horvat"),

        ("objection", (),
         "Re: Vaša košarica vas čeka!",
         """Ne želim da se prati što gledam na vašoj stranici i da mi se onda po Instagramu i Facebooku vrte oglasi za kosilice koje sam jednom pogledao. Protivim se takvoj obradi mojih podataka i prosljeđivanju bilo čega oglašivačkim partnerima.

Tomislav""",
         "Tomislav Babić"),

        ("withdraw_consent", (),
         "odjava",
         """molim odjavu s newslettera, link za odjavu na dnu maila ne radi
hvala""",
         "Sanja K."),

        ("complaint", ("deletion",),
         "Re: Zahtjev za brisanje – DRUGI PUT",
         """Poštovani,

16. siječnja zatražio sam brisanje svih mojih podataka i dobio sam automatsku potvrdu primitka. Prošlo je šest tjedana, a ja i dalje dobivam vaše promotivne mailove i SMS-ove, a račun mi je i dalje aktivan. To je kršenje članaka 12. i 17. Opće uredbe.

Ponavljam zahtjev za brisanje. Ako u roku od 8 dana ne dobijem potvrdu da su podaci obrisani, podnosim zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka.

Goran Perić""",
         "Goran Perić"),

        ("other", (),
         "GDPR usklađenost – besplatna procjena za web trgovine",
         """Poštovani,

sukladno članku 30. Opće uredbe o zaštiti podataka svaki voditelj obrade dužan je voditi evidenciju aktivnosti obrade, a člankom 13. propisan je sadržaj informacija koje se pružaju ispitanicima. Pregledom vaše politike privatnosti uočili smo da nisu navedeni rokovi čuvanja podataka iz programa vjernosti niti pravna osnova za obradu u svrhu profiliranja.

Naša tvrtka pruža usluge vanjskog službenika za zaštitu podataka i izrade dokumentacije za web trgovine koje posluju s hrvatskim kupcima. Nudimo besplatnu inicijalnu procjenu usklađenosti.

Ako ste zainteresirani, rado ću vam poslati ponudu.

Srdačan pozdrav,
Ante Šimić
Direktor, DataSigurnost d.o.o., Split""",
         "Ante Šimić"),

        ("automated", (),
         "Automatski odgovor: Odgovor na vaš zahtjev",
         """Poštovani,

hvala na poruci. Na godišnjem sam odmoru do 21. 8. i neću čitati e-poštu. Vaša poruka neće biti proslijeđena.
Za hitne predmete obratite se uredu na ured@odvjetnik-matic.hr ili 01 4829 300.

Odvjetnički ured Matić""",
         "Luka Matić"),
    ],

    "sv": [
        ("access", (),
         "Begäran om registerutdrag",
         """Hej,

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill veta vilka personuppgifter ni behandlar om mig, varför ni gör det, vilka ni har lämnat ut dem till och hur länge ni sparar dem.

Jag vet att dataskyddslagen (2018:218) kompletterar förordningen här i Sverige, och ni är ett belgiskt bolag, men rätten till registerutdrag gäller oavsett.

Kundnumret är 30018842 och kontot är kopplat till lena.holm@telia.com.

Mvh
Lena Holm""",
         "Lena Holm"),

        ("access", (),
         "",
         """Hej!

Jag har jobbat med dataskyddsfrågor i många år, så jag gör det enkelt för er. Enligt artikel 15.1 GDPR vill jag ha uppgift om:

(a) ändamålen med behandlingen,
(b) vilka kategorier av personuppgifter det gäller,
(c) mottagarna eller kategorierna av mottagare, särskilt i tredje land (inkl. annonsnätverk och marknadsföringspartner),
(d) hur länge uppgifterna kommer att lagras, eller kriterierna för det,
(e) rätten att begära rättelse, radering eller begränsning samt att invända,
(f) rätten att lämna klagomål till Integritetsskyddsmyndigheten,
(g) varifrån uppgifterna kommer, om de inte samlats in från mig,
(h) förekomsten av automatiserat beslutsfattande, inklusive profilering, och logiken bakom.

Jag vill också ha en kopia av uppgifterna (art. 15.3) och besked om vilka skyddsåtgärder som gäller om något förs över till tredje land (art. 15.2).

Begäran avser både kundkontot och lojalitetskortet (mikael.berg@bredband.net).

Vänliga hälsningar
Mikael Berg""",
         "Mikael Berg"),

        ("correction", (),
         "Fel namn",
         """Hej! Mitt namn är felstavat i kontot och på alla utskick, det står Asa Lindqvist men ska vara Åsa Lindqvist. Går det att rätta? Inte hela världen men lite irriterande :)

/Åsa""",
         "Åsa Lindqvist"),

        ("deletion", (),
         "GDPR – request for erasure",
         """Hej [Företagets namn],

Jag hoppas att detta meddelande når er väl.

Jag skriver för att utöva min rätt till radering (”rätten att bli bortglömd”) enligt artikel 17 i dataskyddsförordningen (GDPR).

**Vad jag begär:**
- Att ni raderar alla personuppgifter som ni har om mig
- Att ni avslutar mitt kundkonto
- Att ni underrättar eventuella mottagare av mina uppgifter om raderingen (artikel 19)

**Mina uppgifter:**
- Namn: Johan Ek
- E-postadress: [din e-postadress]

Jag ser fram emot er bekräftelse inom en månad, i enlighet med artikel 12.3.

Med vänliga hälsningar,
[Ditt namn]""",
         "Johan Ek"),

        ("portability", (),
         "Flytta min köphistorik",
         """Hej,

jag ska gå över till en annan trädgårdsbutik som har ett bonusprogram där man kan ta med sig köphistoriken från en tidigare butik. Kan ni skicka alla mina köp och bonuspoäng som en fil (csv eller liknande) som går att läsa in i deras system? Eller ännu hellre skicka det direkt till dem, de har en adress för sånt: dataflytt@grona-handen.example.se

Tack!
Karin Sjöberg""",
         "Karin Sjöberg"),

        ("restriction", ("access",),
         "Angående lojalitetskortet",
         """Hej,

Jag har sett i appen att mitt lojalitetskort har fått en ”kundprofil” med uppgifter om inkomstnivå och hushållsstorlek som inte stämmer alls.

Jag bestrider att uppgifterna är korrekta och begär att ni begränsar behandlingen av dem enligt artikel 18.1 a i dataskyddsförordningen tills ni har kontrollerat saken. Använd dem alltså inte till någonting under tiden.

Jag vill också få veta varifrån ni har fått de här uppgifterna och vad mer som finns registrerat om mig.

Med vänlig hälsning
Anders Wikström""",
         "Anders Wikström"),

        ("objection", ("withdraw_consent",),
         "Invändning",
         """Hej

Jag invänder härmed mot all behandling av mina personuppgifter för direktmarknadsföring, inklusive profilering, enligt artikel 21.2 i dataskyddsförordningen.
Hej,
Jag återkallar mitt samtycke till att ta emot ert nyhetsbrev med omedelbar verkan (artikel 7.3 GDPR).

Tack
Per Nyström""",
         "Per Nyström"),

        ("withdraw_consent", (),
         "Re: Vårens nyheter i trädgården 🌷",
         """Vill inte ha fler sånna här nyhetsbrev. Jag kryssade väl i rutan när jag handlade nån gång men nu räcker det, avsluta prenumerationen.

Skickat från min iPhone""",
         "Birgitta Olsson"),

        ("complaint", (),
         "Läcka?",
         """Hej,

I går fick jag ett sms som såg ut att komma från er (”Din order #558120 väntar på betalning av tullavgift”) med mitt namn och exakt det ordernummer jag har hos er. Det betyder att någon har kommit åt era kunduppgifter, eller att en av era partner har läckt dem.

Jag är mycket missnöjd med att ni inte har informerat oss kunder om detta. Jag kommer att anmäla det till Integritetsskyddsmyndigheten (IMY) om jag inte får en ordentlig förklaring från er inom kort.

Sara Lund""",
         "Sara Lund"),

        ("other", (),
         "Fråga om er cookiepolicy",
         """Hej!

Jag skriver en uppsats om cookiebanners på europeiska e-handelssajter och har en fråga om er sida. Knappen ”Avvisa alla” ligger under ett extra klick (”Inställningar”) medan ”Acceptera alla” syns direkt. Ser ni det som förenligt med EDPB:s riktlinjer om samtycke och med ePrivacy-direktivet? Och vilken av era cookies räknar ni som strikt nödvändig?

Jag har inget konto hos er, det gäller bara sajten generellt.

Vänliga hälsningar
Elin Öberg
Student, Juridiska fakulteten, Lunds universitet""",
         "Elin Öberg"),

        ("automated", (),
         "Autosvar: Svar på din begäran om registerutdrag",
         """Hej,

Tack för ditt mejl. Jag är tjänstledig till och med 30 september och läser inte min e-post under tiden. Brådskande ärenden hänvisas till info@berg-konsult.se.

Mvh
Mikael Berg""",
         "Mikael Berg"),
    ],

    "ro": [
        ("access", (),
         "Cerere de acces la datele cu caracter personal",
         """Stimată doamnă/Stimate domn,

Subsemnatul Popescu Andrei-Mihai, în calitate de persoană vizată, în temeiul art. 15 din Regulamentul (UE) 2016/679 și al Legii nr. 190/2018 privind măsuri de punere în aplicare a Regulamentului, vă solicit să-mi comunicați:

- dacă prelucrați date cu caracter personal care mă privesc;
- o copie a acestor date;
- scopurile prelucrării, destinatarii cărora le-au fost divulgate și perioada pentru care vor fi stocate.

Datele de identificare: Andrei-Mihai Popescu, adresa de e-mail asociată contului: andrei.popescu88@yahoo.com.

Vă rog să-mi răspundeți în termenul legal de o lună. În caz contrar, mă voi adresa Autorității Naționale de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).

Cu stimă,
Andrei-Mihai Popescu""",
         "Andrei-Mihai Popescu"),

        ("access", ("portability",),
         "Solicitare art. 15 si art. 20 GDPR",
         """Bună ziua,

Am lucrat câțiva ani în departamentul de conformitate al unei bănci, așa că vă rog să tratați separat cele două cereri de mai jos.

1. Art. 15 alin. (1) lit. (a)-(h) din Regulament: scopurile prelucrării; categoriile de date; destinatarii (inclusiv partenerii de marketing și rețelele de publicitate); perioada de stocare sau criteriile de stabilire a acesteia; existența dreptului de a solicita rectificarea, ștergerea, restricționarea sau de a mă opune; dreptul de a depune plângere la ANSPDCP; sursa datelor, dacă nu au fost colectate de la mine; existența procesului decizional automatizat, inclusiv crearea de profiluri. Plus o copie a datelor, conform alin. (3).

2. Art. 20: datele pe care vi le-am furnizat eu (date de cont, adrese de livrare, istoricul comenzilor) într-un format structurat, utilizat în mod curent și care poate fi citit automat (JSON sau CSV).

Contul este înregistrat pe adresa de mai jos.

Cu respect,
Raluca Ionescu
raluca.ionescu@gmail.com""",
         "Raluca Ionescu"),

        ("correction", (),
         "date gresite",
         """Buna ziua,

am observat ca in contul meu numarul de telefon e gresit, apare 0722 415 903 in loc de 0722 451 903 si curierul nu ma poate suna cand vine cu coletul. Va rog sa il corectati.

Multumesc,
Ioana Stanciu""",
         "Ioana Stanciu"),

        ("deletion", ("withdraw_consent", "objection"),
         "Notificare – ștergerea datelor cu caracter personal",
         """Către: [denumirea operatorului]
În atenția: Responsabilului cu protecția datelor (DPO)

Subsemnata Marinescu Elena, domiciliată în București, sector 3, client al magazinului dumneavoastră online, vă adresez prezenta prin care solicit:

1. ștergerea tuturor datelor cu caracter personal care mă privesc și închiderea contului de client, în temeiul art. 17 din Regulamentul (UE) 2016/679;
2. luarea la cunoștință a retragerii consimțământului meu pentru primirea newsletterului și a oricăror comunicări comerciale, conform art. 7 alin. (3) din Regulament;
3. luarea la cunoștință a opoziției mele față de prelucrarea datelor în scop de marketing direct, inclusiv crearea de profiluri, conform art. 21 alin. (2).

Vă rog să-mi confirmați în scris îndeplinirea celor de mai sus.

Data: ..............
Semnătura: Elena Marinescu

[Model de cerere oferit gratuit de Cabinet de Avocat – poate fi adaptat în funcție de situația dumneavoastră]""",
         "Elena Marinescu"),

        ("portability", (),
         "Cerere de portabilitate a datelor",
         """Stimată echipă [Numele companiei],

Sper că acest mesaj vă găsește bine.

Vă scriu pentru a-mi exercita dreptul la portabilitatea datelor, în conformitate cu Articolul 20 din Regulamentul General privind Protecția Datelor (GDPR).

**Detalii cerere:**
* **Nume:** Cristian Dobre
* **Email asociat contului:** [adresa ta de email]
* **Date solicitate:** istoricul comenzilor, punctele de fidelitate, adresele salvate
* **Format preferat:** CSV sau JSON

Vă rog să transmiteți datele într-un format structurat, utilizat în mod curent și care poate fi citit automat, în termen de 30 de zile de la primirea acestei cereri.

Vă mulțumesc anticipat pentru ajutor!

Cu stimă,
Cristian Dobre""",
         "Cristian Dobre"),

        ("restriction", (),
         "Re: Reclamatie comanda 7781204",
         """Bună ziua,

Am deschis o acțiune în instanță împotriva firmei de curierat care mi-a distrus setul de mobilier de grădină. Avocatul meu mi-a spus că am nevoie ca datele legate de comanda mea (adresele, istoricul livrării, corespondența cu dumneavoastră) să fie păstrate până la finalul procesului.

Vă rog deci să NU le ștergeți, dar nici să nu le mai folosiți în alt scop și să nu le transmiteți mai departe: restricționarea prelucrării, conform art. 18 alin. (1) lit. c) din GDPR.

Mulțumesc,
Sorin Vlădescu""",
         "Sorin Vlădescu"),

        ("objection", (),
         "opozitie",
         """Bună,

Am găsit pe un forum că am dreptul să mă opun, așa că: mă opun prelucrării datelor mele pentru publicitate personalizată și transmiterii lor către partenerii voștri de marketing (art. 21 GDPR). Nu vreau să fiu urmărit pe site cu pixelii de Facebook și Google și nici să primesc oferte făcute pe baza profilului meu de cumpărător.

Vlad Constantinescu""",
         "Vlad C."),

        ("withdraw_consent", (),
         "",
         """nu mai vreau newsletterul, va rog sa ma scoateti de pe lista. imi retrag acordul dat la inscriere
multumesc""",
         "Gabriela Ene"),

        ("complaint", ("access",),
         "Re: Cerere de acces la datele cu caracter personal",
         """Stimată doamnă/Stimate domn,

Revin la cererea mea din 2 februarie privind accesul la datele mele cu caracter personal. Au trecut mai mult de 30 de zile și nu am primit niciun răspuns, deși Regulamentul vă obligă să răspundeți în termen de o lună.

Vă solicit din nou să îmi comunicați datele pe care le dețineți despre mine. Dacă nu primesc un răspuns în 5 zile lucrătoare, voi depune plângere la ANSPDCP.

Andrei-Mihai Popescu""",
         "Andrei-Mihai Popescu"),

        ("other", (),
         "Servicii DPO externalizat – ofertă",
         """Stimați reprezentanți,

În conformitate cu art. 37-39 din Regulamentul (UE) 2016/679 și cu Legea nr. 190/2018, operatorii care monitorizează sistematic persoanele vizate pe scară largă, inclusiv prin programe de fidelitate și profilare, au obligația de a desemna un responsabil cu protecția datelor.

Echipa noastră oferă servicii de DPO externalizat, audit GDPR și instruire pentru magazine online care vând către clienți din România. Vă putem transmite o ofertă personalizată în 48 de ore.

Cu deosebită considerație,
Mihaela Radu
Consultant protecția datelor, GDPR Expert Consulting SRL, Cluj-Napoca""",
         "Mihaela Radu"),

        ("automated", (),
         "Confirmare primire mesaj",
         """Bună ziua,

Vă mulțumim pentru mesaj. Acesta a fost înregistrat cu numărul 4471/2025 și va fi analizat de un membru al echipei noastre în cel mai scurt timp.

Vă rugăm să nu răspundeți la acest e-mail.

Cu stimă,
Echipa Relații Clienți
Asociația pentru Protecția Consumatorilor Iași""",
         "Relații Clienți APC Iași"),
    ],

    "el": [
        ("access", (),
         "Αίτημα πρόσβασης σε προσωπικά δεδομένα",
         """Αξιότιμοι κύριοι/κυρίες,

Με το παρόν και σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 και τον ν. 4624/2019, παρακαλώ να με ενημερώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου χορηγήσετε αντίγραφο αυτών, καθώς και πληροφορίες για τους σκοπούς της επεξεργασίας, τους αποδέκτες και το χρονικό διάστημα αποθήκευσης.

Στοιχεία ταυτοποίησης: Γεώργιος Παπαδόπουλος, email λογαριασμού: g.papadopoulos@yahoo.gr

Σε περίπτωση μη απάντησης εντός μηνός, θα προσφύγω στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος""",
         "Γεώργιος Παπαδόπουλος"),

        ("access", (),
         "Data access request",
         """Καλησπέρα σας,

βρήκα αυτό το κείμενο στο ίντερνετ και το στέλνω όπως είναι γιατί δεν ξέρω πώς να το γράψω καλύτερα. Θέλω απλά να ξέρω τι στοιχεία έχετε για μένα.

Dear Sir/Madam,

I am writing to request a copy of all personal data you hold about me, pursuant to Article 15 of the General Data Protection Regulation. Please also provide information on the purposes of the processing, the recipients of my data and the period for which it will be stored.

Name: Eleni Vasileiou
Email: eleni.vasil@hotmail.com

Ευχαριστώ πολύ,
Ελένη Βασιλείου""",
         "Ελένη Βασιλείου"),

        ("correction", (),
         "Διόρθωση στοιχείων",
         """Γεια σας,

ο ταχυδρομικός κώδικας στον λογαριασμό μου είναι λάθος (54621 αντί για 54622) και η τελευταία παραγγελία πήγε σε λάθος κατάστημα ΕΛΤΑ. Μπορείτε να τον διορθώσετε; Από το προφίλ δεν με αφήνει να τον αλλάξω.

Ευχαριστώ,
Σταύρος Καραγιάννης
Θεσσαλονίκη""",
         "Σταύρος Καραγιάννης"),

        ("deletion", (),
         "Αίτημα διαγραφής προσωπικών δεδομένων",
         """Αγαπητή ομάδα [Όνομα Εταιρείας],

Ελπίζω αυτό το μήνυμα να σας βρίσκει καλά.

Σας γράφω για να ασκήσω το δικαίωμά μου στη διαγραφή («δικαίωμα στη λήθη») σύμφωνα με το Άρθρο 17 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΓΚΠΔ).

**Τι ζητώ:**
- Τη διαγραφή όλων των προσωπικών δεδομένων που τηρείτε για εμένα
- Το κλείσιμο του λογαριασμού μου
- Γραπτή επιβεβαίωση ότι η διαγραφή ολοκληρώθηκε

**Τα στοιχεία μου:**
- Ονοματεπώνυμο: Νίκος Αντωνίου
- Email: [το email σας]

Ευχαριστώ εκ των προτέρων για τη συνεργασία σας.

Με εκτίμηση,
[Το όνομά σας]""",
         "Νίκος Αντωνίου"),

        ("portability", ("deletion",),
         "Re: Ο λογαριασμός σας",
         """Καλημέρα,

μετακομίζω πίσω στην Ελλάδα και δεν θα ξαναψωνίσω από εσάς. Πριν κλείσετε τον λογαριασμό, θέλω να μου στείλετε το ιστορικό των παραγγελιών μου σε αρχείο που να ανοίγει σε excel ή να μπορώ να το ανεβάσω αλλού (άρθρο 20 ΓΚΠΔ, φορητότητα). Μετά σβήστε ό,τι έχετε για μένα.

Δήμητρα Νικολάου""",
         "Δήμητρα"),

        ("restriction", (),
         "",
         """Καλησπέρα,

έκανα καταγγελία στην αστυνομία γιατί κάποιος χρησιμοποίησε την τραπεζική μου κάρτα για παραγγελία στο site σας (δεν φταίτε εσείς, η τράπεζα το έχει ήδη εντοπίσει). Στην αστυνομία μου είπαν να ζητήσω να μη σβηστεί τίποτα από τον λογαριασμό μου μέχρι να τελειώσει η έρευνα.

Σας παρακαλώ λοιπόν να μη διαγράψετε τα δεδομένα μου, αλλά και να μην τα χρησιμοποιείτε για τίποτε άλλο στο μεταξύ (ούτε διαφημίσεις ούτε τίποτα) – περιορισμός της επεξεργασίας, άρθρο 18 ΓΚΠΔ.

Ευχαριστώ,
Αλέξανδρος Μαυρίδης""",
         "Αλέξανδρος Μαυρίδης"),

        ("objection", ("withdraw_consent",),
         "Αντίρρηση στην επεξεργασία προσωπικών δεδομένων",
         """Προς: Υπεύθυνο Προστασίας Δεδομένων

Δια του παρόντος προβάλλω αντίρρηση, κατ' άρθρο 21 παρ. 2 του Κανονισμού (ΕΕ) 2016/679, στην επεξεργασία των προσωπικών μου δεδομένων για σκοπούς απευθείας εμπορικής προώθησης και κατάρτισης προφίλ, καθώς και στη διαβίβασή τους σε διαφημιστικούς συνεργάτες σας.

Επιπλέον ανακαλώ τη συγκατάθεσή μου για την αποστολή ενημερωτικών δελτίων (newsletter), σύμφωνα με το άρθρο 7 παρ. 3 του Κανονισμού.

Παρακαλώ για την επιβεβαίωσή σας.

Με τιμή,
Ειρήνη Κωνσταντινίδου
Δικηγόρος""",
         "Ειρήνη Κωνσταντινίδου"),

        ("withdraw_consent", (),
         "newsletter",
         """Kalispera, mporeite na me vgalete apo to newsletter? Den thelo na mou erxontai alla email me prosfores. Euxaristo

Kostas""",
         "Kostas P."),

        ("complaint", (),
         "Παράπονο – χρήση του τηλεφώνου μου",
         """Κύριοι,

εδώ και δύο εβδομάδες δέχομαι τηλεφωνήματα από εταιρεία που πουλάει ηλιακούς θερμοσίφωνες. Όταν ρώτησα από πού πήραν τον αριθμό μου, μου είπαν «από συνεργάτη μας» και ονόμασαν το κατάστημά σας. Τον αριθμό αυτόν τον έχω δώσει ΜΟΝΟ σε εσάς, για την παράδοση μιας παραγγελίας.

Ποτέ δεν συναίνεσα να δοθεί το τηλέφωνό μου σε τρίτους. Αυτό είναι απαράδεκτο και θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Παναγιώτης Λαμπρόπουλος""",
         "Παναγιώτης Λαμπρόπουλος"),

        ("other", (),
         "Ερώτηση για την πολιτική απορρήτου",
         """Καλημέρα σας,

θα ήθελα να ρωτήσω κάτι γενικό πριν δημιουργήσω λογαριασμό: στην πολιτική απορρήτου δεν βρίσκω τα στοιχεία επικοινωνίας του Υπευθύνου Προστασίας Δεδομένων (DPO) σας, ούτε σε ποια χώρα βρίσκονται οι διακομιστές όπου αποθηκεύονται τα στοιχεία των πελατών. Θα μπορούσατε να μου τα πείτε;

Ευχαριστώ,
Μαρία Τσιμπούκη""",
         "Μαρία Τσιμπούκη"),

        ("automated", (),
         "Εκτός γραφείου",
         """Θα λείπω από το γραφείο έως και τις 18/8 χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με τη γραμματεία στο 210 3619 422.

Ευχαριστώ,
Ειρήνη Κωνσταντινίδου
Δικηγόρος""",
         "Ειρήνη Κωνσταντινίδου"),
    ],

    "bg": [
        ("access", (),
         "Искане за достъп до лични данни",
         """Уважаеми госпожи и господа,

На основание чл. 15 от Регламент (ЕС) 2016/679 и във връзка със Закона за защита на личните данни (ЗЗЛД) моля да ми предоставите информация дали обработвате лични данни, свързани с мен, и ако е така – копие от тях, както и информация за целите на обработването, получателите, на които са разкрити, и срока, за който ще бъдат съхранявани.

Данни за идентификация: Иван Петров Георгиев, имейл, с който е регистриран профилът: ivan.georgiev@abv.bg.

Предпочитам отговорът да ми бъде изпратен по електронна поща.

С уважение,
Иван Георгиев""",
         "Иван Георгиев"),

        ("access", ("correction",),
         "Искане по чл. 15 и чл. 16 от Регламент (ЕС) 2016/679",
         """Здравейте,

Няколко години работих като длъжностно лице по защита на данните, затова ще бъда конкретен.

I. По чл. 15, пар. 1 от Регламента моля за информация относно:
а) целите на обработването;
б) категориите лични данни;
в) получателите или категориите получатели, включително в трети държави (вкл. рекламни партньори);
г) срока, за който ще се съхраняват данните, или критериите за определянето му;
д) правото да се изиска коригиране, изтриване или ограничаване на обработването или да се направи възражение;
е) правото на жалба до Комисията за защита на личните данни;
ж) източника на данните, когато не са събрани от мен;
з) наличието на автоматизирано вземане на решения, включително профилиране, и логиката, която се използва.
Моля също за копие от данните по пар. 3.

II. По чл. 16: датата ми на раждане в профила е грешна (1987 вместо 1978). Моля да бъде коригирана.

Профилът е регистриран на този имейл.

С уважение,
Стефан Николов""",
         "Стефан Николов"),

        ("correction", (),
         "",
         """Здравейте, смених си телефонния номер, а в профила не мога да го редактирам, полето е заключено. Новият е 0888 417 236, старият вече не работи. Моля да го смените, че куриерът звъни на стария.

Благодаря
Десислава Тодорова""",
         "Деси Тодорова"),

        ("deletion", (),
         "Delete account",
         """Здравейте,

На основание чл. 17 от Общия регламент относно защитата на данните искам да изтриете профила ми и всички лични данни, свързани с него, и да ми потвърдите писмено, че е направено.

(Образецът е от един форум, дано е наред 🙂 Просто вече не пазарувам при вас и не искам да стоят данните ми там.)

Поздрави,
Росица Димитрова""",
         "Росица Димитрова"),

        ("portability", (),
         "Данни за поръчки",
         """Здравейте,

искам да си прехвърля историята на покупките и точките от картата за лоялност при друг магазин. Може ли да ми ги изпратите във файл, който се чете от компютър – CSV, Excel, няма значение. Доколкото разбрах, чл. 20 от регламента ми дава това право.

Картата е на името на Пламен Стоянов, № 5531 2209 7764.

Поздрави,
Пламен""",
         "Пламен Стоянов"),

        ("restriction", (),
         "Замразяване на профила",
         """Здравейте,

заминавам да работя в чужбина за около година и засега не искам да закривам профила си, защото там са гаранциите ми. Но докато ме няма, не искам данните ми да се използват за каквото и да било. Моля да ограничите обработването им по чл. 18 от ОРЗД: да се пазят, но без профилиране, без оферти, без предаване на партньори, докато не ви пиша отново.

Благодаря,
Веселин Костов""",
         "Веселин Костов"),

        ("objection", (),
         "Възражение срещу обработването на лични данни",
         """Уважаеми [Име на компанията],

Надявам се това съобщение да ви намира в добро здраве.

Пиша ви, за да възразя срещу обработването на личните ми данни за целите на директния маркетинг и профилирането, съгласно член 21 от Общия регламент относно защитата на данните (ОРЗД).

**Конкретно възразявам срещу:**
- Профилиране въз основа на историята на покупките ми
- Споделяне на данните ми с рекламни партньори
- Проследяване чрез бисквитки за целите на насочена реклама

Моля, потвърдете в срок от един месец, че сте преустановили тези дейности.

С уважение,
Калина Петкова
[Вашият имейл адрес]""",
         "Калина Петкова"),

        ("withdraw_consent", (),
         "otpisvane",
         """Zdraveite, iskam da se otpisha ot buletina i da ne mi prashtate poveche reklamni saobshtenia. Ottegliam si saglasieto.
Blagodaria
Mariya""",
         "Mariya Ivanova"),

        ("complaint", ("deletion",),
         "Re: Пролетни оферти -20% в градината",
         """Здравейте,

в имейла ви с пролетните оферти всички получатели бяха сложени в полето „До“. Виждам над 300 имейл адреса на други клиенти, а те виждат моя, който съдържа името и фамилията ми. Това е сериозно нарушение на сигурността на данните и очаквам да уведомите засегнатите и Комисията за защита на личните данни, ако още не сте го направили.

След това искам да изтриете профила ми и всичките ми данни. Не желая повече да имам нищо общо с магазин, който така се отнася към данните на клиентите си.

Ако не получа отговор, ще подам жалба до КЗЛД.

Николай Ангелов""",
         "Николай Ангелов"),

        ("other", (),
         "Съответствие с GDPR и ЗЗЛД – предложение за сътрудничество",
         """Уважаеми партньори,

Съгласно чл. 27 от Регламент (ЕС) 2016/679 и разпоредбите на Закона за защита на личните данни, администраторите, които предлагат стоки на субекти на данни в България, следва да осигурят пълна прозрачност при обработването, включително информация на български език.

Нашата консултантска компания предлага:
- преглед на политиката за поверителност и превод на български език;
- услуги на външно длъжностно лице по защита на данните;
- обучение на служителите по обработване на искания от субекти на данни.

Ще се радвам да ви изпратя подробна оферта.

С уважение,
Борислав Илиев
Управител, ДатаКомплайънс ЕООД, София""",
         "Борислав Илиев"),

        ("automated", (),
         "Автоматичен отговор: Вашето запитване",
         """Благодарим Ви за съобщението!

Получихме запитването Ви и ще отговорим в рамките на 2 работни дни. Номер на заявката: #58213.

Моля, не отговаряйте на този имейл.

Екипът на Обслужване на клиенти""",
         "Обслужване на клиенти"),
    ],
}

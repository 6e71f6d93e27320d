"""Sixteenth set, third-party letters as people send them. Written apart from the rules (see make_sixteenth.py)."""

PEOPLE_Y = {
    "pl": [
        ("access", (), "Wniosek o dostęp do danych (art. 15 RODO)", """Dzień dobry,

szczerze mówiąc nie wiem, czy to dobry adres, ale w polityce prywatności był podany tylko ten. Poniżej wniosek, który przygotowałam w generatorze na stronie fundacji – bardzo proszę o odpowiedź.

Katarzyna Wróblewska
ul. Słowackiego 14/3
31-159 Kraków
e-mail używany w sklepie: k.wroblewska@poczta.onet.pl

Kraków, [data]

WNIOSEK O DOSTĘP DO DANYCH OSOBOWYCH

Na podstawie art. 15 ust. 1 i 3 ogólnego rozporządzenia o ochronie danych (RODO) zwracam się o:

1. potwierdzenie, czy przetwarzają Państwo moje dane osobowe;
2. przekazanie kopii tych danych, w tym danych, które Państwo o mnie wywnioskowali lub mi przypisali na podstawie mojej aktywności (np. segmenty marketingowe, „zainteresowania”, przewidywane zakupy);
3. informację o celach przetwarzania i ich podstawach prawnych;
4. informację o odbiorcach lub kategoriach odbiorców, którym dane zostały lub zostaną ujawnione – w szczególności o partnerach reklamowych;
5. informację o okresie przechowywania danych, a jeżeli nie jest to możliwe – o kryteriach jego ustalania;
6. informację o źródle danych, jeżeli nie zostały zebrane ode mnie;
7. informację, czy wobec mnie podejmowane są zautomatyzowane decyzje, w tym w wyniku profilowania, oraz o zasadach ich podejmowania.

Zgodnie z art. 12 ust. 3 RODO odpowiedzi należy udzielić bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania wniosku. Pierwsza kopia danych jest bezpłatna.

Odpowiedź proszę przesłać drogą elektroniczną na adres wskazany powyżej.

Z poważaniem
Katarzyna Wróblewska""", "Katarzyna Wróblewska"),

        ("deletion", ("withdraw_consent", "objection"), "Żądanie usunięcia danych osobowych", """Szanowni Państwo,

działając na podstawie art. 17 ust. 1 RODO, żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa sklep, w tym danych konta klienta nr 40018823, danych karty lojalnościowej oraz historii zamówień – w zakresie, w jakim nie są Państwo zobowiązani do ich przechowywania na mocy przepisów podatkowych.

Jednocześnie:
– cofam wszystkie udzielone dotąd zgody, w szczególności zgodę na otrzymywanie newslettera i informacji handlowych (art. 7 ust. 3 RODO);
– wnoszę sprzeciw wobec przetwarzania moich danych w celach marketingu bezpośredniego, w tym profilowania (art. 21 ust. 2 RODO);
– proszę o poinformowanie o usunięciu danych wszystkich odbiorców, którym Państwo je ujawnili (art. 19 RODO).

Jeżeli części danych nie mogą Państwo usunąć, proszę wskazać podstawę prawną i okres, przez jaki będą one jeszcze przechowywane.

Potwierdzenie wykonania żądania proszę przesłać na ten adres e-mail.

Z poważaniem
Marek Zieliński
tel. 601 223 918

* Wzór pisma przygotowany przez Federację Konsumentów. Przed wysłaniem usuń fragmenty, które Cię nie dotyczą.""", "Marek Zieliński"),

        ("objection", (), "sprzeciw marketing", """Dzien dobry

wnosze sprzeciw wobec przetwarzania moich danych osobowych w celach marketingu bezposredniego, na podstawie art. 21 ust. 2 RODO. Dotyczy to tez profilowania i przekazywania moich danych partnerom reklamowym (np. do kierowania reklam na Facebooku).

Nie pamietam zebym dawal zgode na marketing, wiec zakladam ze robicie to w ramach "prawnie uzasadnionego interesu". Prosze o potwierdzenie, ze moje dane nie beda juz do tego wykorzystywane. Z konta korzystam dalej normalnie.

konto: pawel.dudek1987@gmail.com

Pawel Dudek""", "Pawel Dudek"),

        ("withdraw_consent", (), "", """Dzień dobry,
proszę wypisać mnie z newslettera i wszystkich maili z promocjami. Link na dole wiadomości przenosi mnie na stronę logowania, a hasła nie pamiętam.
Wycofuję zgodę na marketing – SMS-owy też, bo przy zakładaniu karty lojalnościowej chyba coś takiego zaznaczyłam.

adres: ania.kaczmarek@wp.pl

Pozdrawiam
Anna Kaczmarek""", "Anna Kaczmarek"),

        ("portability", ("deletion",), "Przeniesienie danych – art. 20 RODO", """Szanowni Państwo,

na podstawie art. 20 ust. 1 RODO proszę o przekazanie mi danych osobowych, które Państwu dostarczyłem, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV lub JSON). Chodzi w szczególności o:
- dane konta (imię, nazwisko, adresy dostaw, telefon),
- historię zamówień,
- listę zapisanych produktów („ulubione”),
- saldo i historię punktów na karcie lojalnościowej.

Plik proszę przesłać na adres: t.nowicki@protonmail.com

Po przesłaniu pliku proszę o usunięcie mojego konta i danych w zakresie, w jakim nie muszą ich Państwo przechowywać z mocy prawa (art. 17 RODO).

Dane identyfikujące: Tomasz Nowicki, nr karty lojalnościowej: XXX

Z wyrazami szacunku
Tomasz Nowicki""", "Tomasz Nowicki"),

        ("correction", (), "Re: Twoje konto zostało zaktualizowane", """Dzień dobry,

w nawiązaniu do maila poniżej – zmiana nazwiska się nie zapisała, w koncie i na karcie dalej jestem Maciejewska. Formularz na stronie wyrzuca błąd, więc wklejam wzór wniosku, który znalazłam w internecie.

WNIOSEK O SPROSTOWANIE DANYCH OSOBOWYCH (art. 16 RODO)
Imię i nazwisko (obecne): Joanna Lis
E-mail konta: joanna.maciejewska@o2.pl
Dane nieprawidłowe: nazwisko „Maciejewska”; adres dostawy: ul. Okrzei 5/12, 91-021 Łódź
Dane prawidłowe: nazwisko „Lis”; adres dostawy: ul. Piotrkowska 210/4, 90-369 Łódź
Załączniki: (niepotrzebne skreślić) odpis aktu małżeństwa / brak

Proszę też o zmianę nazwiska na karcie lojalnościowej.

Joanna Lis

> Twoje konto zostało zaktualizowane. Jeśli to nie Ty wprowadziłeś zmiany, skontaktuj się z nami.""", "Joanna Lis"),

        ("restriction", (), "Żądanie ograniczenia przetwarzania danych", """Szanowni Państwo,

na podstawie art. 18 ust. 1 lit. c RODO żądam ograniczenia przetwarzania moich danych osobowych związanych z kontem klienta (login: g.wojcik@interia.pl).

Z Państwa wiadomości z 1 października wynika, że konta nieaktywne od ponad 3 lat są usuwane razem z historią zamówień. Historia moich zamówień z lat 2021–2023 (m.in. meble ogrodowe i altana) jest mi potrzebna jako dowód w toczącej się sprawie o podział majątku – chodzi o wykazanie, kto i z jakiej karty za nie płacił.

Proszę więc tych danych nie usuwać, ale też nie wykorzystywać ich do żadnych innych celów, dopóki nie poinformuję Państwa o zakończeniu postępowania. Proszę o uprzedzenie mnie przed ewentualnym zniesieniem ograniczenia (art. 18 ust. 3 RODO).

Z poważaniem
Grzegorz Wójcik""", "Grzegorz Wójcik"),

        ("complaint", ("access",), "Ponaglenie – wniosek z 2 września 2026 r.", """Szanowni Państwo,

2 września 2026 r. wysłałam na ten adres wniosek o dostęp do moich danych osobowych (art. 15 RODO). Miesięczny termin z art. 12 ust. 3 RODO upłynął, a ja nie otrzymałam ani odpowiedzi, ani informacji o przedłużeniu terminu.

Ponownie wnoszę o przekazanie kopii moich danych wraz z informacjami wymienionymi w art. 15 ust. 1 RODO.

Jeżeli w ciągu 7 dni nie otrzymam odpowiedzi, złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych. Niniejsza wiadomość zostanie dołączona do skargi jako dowód.

Z poważaniem
Ewa Szymańska""", "Ewa Szymańska"),

        ("other", (), "Umowa powierzenia przetwarzania danych – do podpisu", """Dzień dobry,

w związku z rozpoczęciem współpracy w zakresie obsługi zwrotów (usługa ReturnHub) przesyłamy w załączeniu projekt umowy powierzenia przetwarzania danych osobowych zgodnej z art. 28 RODO, przygotowany na naszym standardowym wzorze.

Prosimy o:
1. uzupełnienie danych Administratora w § 1 (nazwa, adres, numer KBO/VAT, osoba reprezentująca),
2. podpisanie umowy kwalifikowanym podpisem elektronicznym lub przez platformę Autenti,
3. odesłanie jej do nas do 31.10.2026 r.

Ewentualne uwagi do treści prosimy nanosić w trybie śledzenia zmian. Załącznik nr 2 (wykaz podmiotów przetwarzających) jest aktualny na dzień wysyłki.

Pozdrawiamy
Zespół Compliance
ReturnHub Sp. z o.o.
ul. Grzybowska 62, 00-844 Warszawa""", "ReturnHub Compliance"),

        ("automated", (), "Odpowiedź automatyczna: Odpowiedź na Pana wniosek z 12.10", """Dzień dobry,

dziękuję za wiadomość. Do 27 października przebywam na urlopie bez dostępu do poczty. Odpowiem po powrocie.

W sprawach pilnych proszę kontaktować się z sekretariatem: biuro@kancelaria-wozniak.pl, tel. 22 514 30 20.

Pozdrawiam
Adam Woźniak""", "Adam Woźniak"),
    ],
    "cs": [
        ("access", (), "Žádost o přístup k osobním údajům", """Vážení,

obracím se na Vás jako na správce osobních údajů se žádostí podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR)¹.

Žádám Vás o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o poskytnutí:
a) kopie všech osobních údajů, které o mně zpracováváte,
b) informace o účelech zpracování a jejich právních základech,
c) informace o příjemcích, kterým byly nebo budou údaje zpřístupněny, zejména v třetích zemích,
d) informace o době, po kterou budou údaje uloženy,
e) informace o zdroji údajů, pokud jste je nezískali přímo ode mě,
f) informace o automatizovaném rozhodování včetně profilování².

Pro účely ověření mé totožnosti uvádím: jméno Tomáš Kratochvíl, e-mail tomas.kratochvil@seznam.cz, telefon +420 737 412 090. Další údaje Vám poskytnu jen v nezbytném rozsahu.

Děkuji a jsem s pozdravem

Tomáš Kratochvíl
V Brně dne 6. 10. 2026

P.S. Jsem Vaším zákazníkem asi od roku 2021, objednával jsem hlavně zahradní nábytek a věci na terasu, kdyby to pomohlo s dohledáním.

----
¹ Nařízení Evropského parlamentu a Rady (EU) 2016/679.
² Správce je povinen žádost vyřídit bez zbytečného odkladu, nejpozději do jednoho měsíce od jejího obdržení (čl. 12 odst. 3 GDPR). Tuto poznámku můžete před odesláním smazat.""", "Tomáš Kratochvíl"),

        ("deletion", (), "zruseni uctu", """Dobry den,

prosim o zruseni meho uctu u vas a chci abyste o mne uz nic nemeli – adresy, telefon, co jsem kupovala, proste vsechno. Kartu vernostniho programu jsem uz vyhodila, body at klidne propadnou.

Ucet je na e-mail jana.dvorakova77@email.cz

Dekuji
Jana Dvorakova""", "Jana Dvořáková"),

        ("withdraw_consent", ("objection",), "Odvolání souhlasu se zpracováním osobních údajů", """Dobrý den,

tímto odvolávám souhlas se zpracováním svých osobních údajů pro marketingové účely, který jsem Vám udělil při registraci a při vydání věrnostní karty (čl. 7 odst. 3 GDPR). Nepřeji si dostávat newsletter ani jiná obchodní sdělení e-mailem či SMS.

Pokud mé údaje pro přímý marketing zpracováváte i na základě oprávněného zájmu, vznáším proti takovému zpracování námitku podle čl. 21 odst. 2 GDPR, a to včetně profilování, které s přímým marketingem souvisí.

Žádám o písemné potvrzení, že jste mé žádosti vyhověli.

S pozdravem
Petr Horák
Jihlavská 22, 140 00 Praha 4

(vzor dopisu: dTest, upraveno)""", "Petr Horák"),

        ("objection", (), "Re: Vybrali jsme pro Vás", """Dobrý den,

z Vašeho mailu „Vybrali jsme pro Vás“ je jasně vidět, že sledujete, co si u Vás prohlížím, a podle toho mi skládáte nabídky. S tím nesouhlasím.

Podle čl. 21 GDPR vznáším námitku proti profilování mé osoby a proti předávání mých údajů (i e-mailu v „zahashované“ podobě) reklamním partnerům typu Meta nebo Google pro cílení reklamy. Účet si chci nechat a nakupovat dál, jen ať se mé údaje takhle nepoužívají.

Lucie Marešová""", "Lucie Marešová"),

        ("portability", (), "", """Dobrý den,

podle článku 20 GDPR (právo na přenositelnost údajů) Vás žádám o zaslání osobních údajů, které jsem Vám poskytl, ve strukturovaném, běžně používaném a strojově čitelném formátu – nejlépe CSV nebo JSON. Jde hlavně o historii objednávek za poslední roky a údaje z věrnostního programu; chci si je převést do tabulky k domácímu účetnictví.

PDF faktury nebo snímky obrazovky z účtu mi bohužel nepomůžou.

Děkuji
Martin Beneš
zákaznické číslo: [doplnit] – nevím, kde ho najdu, registrovaný jsem na martin.benes@gmail.com""", "Martin Beneš"),

        ("correction", (), "Oprava osobních údajů – věrnostní karta", """Dobrý den,

v účtu i u věrnostní karty mám chybně datum narození (1. 1. 1900 – asi nějaká výchozí hodnota), a proto mi nepřišla narozeninová sleva. Správně je 14. 3. 1982.

Zároveň prosím opravit obec v doručovací adrese: nebydlím v Uherském Brodě, ale v Uherském Hradišti (PSČ 686 01 sedí). Kurýr mi kvůli tomu už dvakrát volal.

Podle čl. 16 GDPR Vás žádám o opravu těchto údajů.

S pozdravem
Kateřina Svobodová""", "Kateřina Svobodová"),

        ("restriction", (), "Žádost o omezení zpracování", """Dobrý den,

od Vaší zákaznické podpory jsem se dozvěděla, že po vyřízení reklamace zahradního bazénu (obj. č. 2025-CZ-55821) budou fotografie, protokol a komunikace k reklamaci smazány. Tyto podklady ale potřebuji k pojistné události – voda z prasklého bazénu vytopila sousedům sklep a pojišťovna věc ještě šetří.

Žádám proto podle čl. 18 odst. 1 písm. c) GDPR o omezení zpracování: údaje prosím nemažte, jen je uložte a k ničemu jinému je nepoužívejte, dokud Vám nedám vědět, že je pojistná událost uzavřená.

Děkuji
Veronika Černá""", "Veronika Černá"),

        ("complaint", ("deletion",), "Stížnost – moje údaje v cizím e-mailu", """Dobrý den,

včera mi přišel e-mail s potvrzením objednávky, která není moje – je v něm jméno, adresa a telefon jiné zákaznice. A sousedka, která u Vás taky nakupuje, mi dnes ukázala potvrzení s MÝMI údaji, včetně adresy a posledních čísel platební karty. To je naprosto nepřijatelné.

Jde o porušení zabezpečení osobních údajů a očekávám, že ho ohlásíte Úřadu pro ochranu osobních údajů, jak Vám ukládá čl. 33 GDPR. Pokud mi do týdne nevysvětlíte, co se stalo, podám na ÚOOÚ stížnost sama.

Po tomhle už u Vás nechci mít nic – žádám o výmaz mého účtu a všech údajů, které nemusíte uchovávat ze zákona.

Ing. Hana Procházková""", "Hana Procházková"),

        ("other", (), "Výzva k úhradě – rámcová smlouva ze dne 1. 3. 2025", """Vážení,

v zastoupení společnosti ZAHRADA PLUS s.r.o., IČO 27645123, se sídlem Olomoucká 88, 627 00 Brno (dále jen „klient“), Vás na základě udělené plné moci vyzýváme k úhradě dlužných částek z rámcové smlouvy o dodávkách zahradního nábytku ze dne 1. 3. 2025.

Ke dni odeslání této výzvy evidujeme neuhrazené faktury č. 2026/0412 a 2026/0431 v celkové výši 18 430,00 EUR, splatné 15. 8. 2026. Vyzýváme Vás k jejich úhradě na účet klienta do 10 dnů od doručení této výzvy. V opačném případě klient uplatní svůj nárok soudní cestou, čímž Vám vzniknou další náklady.

Výzvu zasíláme na všechny veřejně dostupné adresy Vaší společnosti, neboť na upomínky zaslané do účtárny nebylo reagováno.

S pozdravem
Mgr. Ondřej Kučera, advokát
Advokátní kancelář Kučera & partneři""", "Mgr. Ondřej Kučera"),

        ("automated", (), "Potvrzení přijetí Vaší zprávy [#CS-48213]", """Dobrý den,

děkujeme za Vaši zprávu. Byla zaevidována pod číslem CS-48213 a budeme se jí věnovat co nejdříve, obvykle do 3 pracovních dnů.

Pokud chcete k požadavku něco doplnit, odpovězte prosím na tento e-mail a ponechte číslo požadavku v předmětu.

Tato zpráva byla vygenerována automaticky.

Zákaznická podpora
Kratochvíl Stavby s.r.o.""", "Kratochvíl Stavby – podpora"),
    ],
    "hr": [
        ("access", (), "Zahtjev za pristup osobnim podacima", """Poštovani,

u prilogu šaljem zahtjev, a za svaki slučaj i u tijelu poruke.

ZAHTJEV ZA OSTVARIVANJE PRAVA NA PRISTUP OSOBNIM PODACIMA
(članak 15. Opće uredbe o zaštiti podataka)

Podnositelj zahtjeva: Ivana Kovačević
Adresa: Ilica 142, 10000 Zagreb
E-adresa: ivana.kovacevic@gmail.com
Broj kartice vjernosti: 7712 0048 3391

Voditelj obrade: [naziv voditelja obrade]

Molim da mi potvrdite obrađujete li moje osobne podatke te da mi, ako ih obrađujete, dostavite:
☒ kopiju osobnih podataka koje obrađujete
☒ informacije o svrhama obrade
☒ informacije o primateljima kojima su podaci otkriveni
☒ informacije o razdoblju pohrane
☒ informacije o izvoru podataka
☐ ostalo: ________

Način dostave odgovora: elektroničkom poštom

U Zagrebu, [datum]

Potpis: Ivana Kovačević""", "Ivana Kovačević"),

        ("deletion", ("withdraw_consent", "objection", "restriction"), "Brisanje", """Poštovani,

pozivajući se na članak 17. Opće uredbe o zaštiti podataka (GDPR), tražim da bez nepotrebnog odgađanja izbrišete sve osobne podatke koje o meni obrađujete, uključujući podatke o korisničkom računu, narudžbama i kartici vjernosti, kao i podatke prikupljene kolačićima i sličnim tehnologijama.

Osim toga:
1. povlačim svaku privolu koju sam vam dao/la (čl. 7. st. 3.);
2. ulažem prigovor na svaku obradu koja se temelji na legitimnom interesu, posebno u svrhu izravnog marketinga i izrade profila (čl. 21.);
3. do trenutka brisanja tražim ograničenje obrade mojih podataka (čl. 18.);
4. tražim da o brisanju obavijestite sve primatelje kojima ste otkrili moje podatke (čl. 19.).

Ako neke podatke morate zadržati zbog zakonske obveze, molim navedite koje i na temelju kojeg propisa.

Lijep pozdrav,
Dario Babić""", "Dario Babić"),

        ("objection", (), "prigovor - izravni marketing", """Postovani,

ulazem prigovor na obradu mojih osobnih podataka u svrhu izravnog marketinga (cl. 21. st. 2. GDPR). Koliko znam privolu za to nisam dao, pa pretpostavljam da se pozivate na legitimni interes. Kupio sam kod vas jednom kosilicu i od tada skoro svaki tjedan dobivam "ponude za vas".

Ne zelim da se moji podaci koriste za marketing, za izradu profila ni da se salju reklamnim partnerima. Molim potvrdu.

Pozdrav
Kresimir Matic""", "Krešimir Matić"),

        ("withdraw_consent", (), "newsletter", """Bok,
povlačim privolu za primanje newslettera i promotivnih poruka, ne želim ih više. Odjava preko linka mi ne radi (javlja grešku 404).
Mail je ovaj s kojeg pišem.
Hvala,
Maja""", "Maja Horvat"),

        ("portability", (), "Zahtjev za prijenos podataka (čl. 20. GDPR)", """Poštovani,

temeljem članka 20. Opće uredbe o zaštiti podataka molim da mi dostavite osobne podatke koje sam vam pružila, u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu (CSV, JSON ili XML).

To uključuje: podatke s korisničkog računa, adrese dostave, povijest narudžbi i povrata te stanje bodova na kartici vjernosti.

Datoteku pošaljite na adresu petra.juric@t-com.hr. Ako je prevelika, može i poveznica za preuzimanje.

Srdačan pozdrav,
Petra Jurić
Split""", "Petra Jurić"),

        ("correction", (), "Re: Vaša narudžba je poslana", """Dobar dan,

paket ide na staru adresu! Preselio sam se u kolovozu i u korisničkom računu sam promijenio adresu, ali za dostavu i karticu vjernosti očito se vuče nešto drugo. Zato šaljem ovo kao službeni zahtjev, prema obrascu udruge potrošača.

ZAHTJEV ZA ISPRAVAK OSOBNIH PODATAKA (čl. 16. Opće uredbe o zaštiti podataka)
Netočan podatak: adresa – Vukovarska 58, 31000 Osijek
Točan podatak: Trg slobode 7, 31000 Osijek
Netočan podatak: broj mobitela 091 555 0143
Točan podatak: 091 555 0134

Molim ispravak u korisničkom računu i u programu vjernosti te potvrdu da je ispravljeno.

Tomislav Perić""", "Tomislav Perić"),

        ("restriction", (), "Zahtjev za ograničenje obrade", """Poštovani,

sukladno članku 18. stavku 1. točki (c) Opće uredbe o zaštiti podataka tražim ograničenje obrade mojih osobnih podataka.

Vaša služba za korisnike obavijestila me da ćete korespondenciju i fotografije vezane uz reklamaciju vrtne garniture (narudžba 2026-HR-30917) uskoro izbrisati jer vam više nisu potrebne. Meni su potrebne za sudski postupak protiv prijevoznika koji je garnituru oštetio. Molim stoga da ih ne brišete, ali ni ne koristite ni za što drugo dok vas ne obavijestim da je postupak završen.

S poštovanjem,
Ante Marković, Zadar""", "Ante Marković"),

        ("complaint", ("deletion",), "Požurnica: zahtjev za brisanje podataka od 28. 8. 2026.", """Poštovani,

28. kolovoza 2026. poslao sam vam na ovu adresu zahtjev za brisanje svih mojih osobnih podataka. Do danas nisam dobio nikakav odgovor, a u međuvremenu su mi stigla još tri promotivna e-maila – dakle, podatke i dalje koristite.

Rok od mjesec dana iz članka 12. stavka 3. Opće uredbe je istekao. Ponavljam zahtjev za brisanje i upozoravam da ću, ako u roku od 8 dana ne dobijem potvrdu, podnijeti zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka (AZOP).

Nikola Šimić""", "Nikola Šimić"),

        ("other", (), "Upit – diplomski rad o kolačićima", """Poštovani,

studentica sam diplomskog studija na Pravnom fakultetu u Rijeci i pišem rad o tome kako web trgovine u EU informiraju korisnike o kolačićima. Vaša trgovina ušla mi je u uzorak jer dostavlja i u Hrvatsku.

Imala bih nekoliko općenitih pitanja:
– koristite li alat za upravljanje privolama (CMP) vlastite izrade ili vanjskog dobavljača;
– koliko često ažurirate popis kolačića u politici kolačića;
– smatrate li kolačić za košaricu „nužnim“ i kad korisnik nije prijavljen?

Odgovore bih koristila anonimno, bez naziva trgovine. Unaprijed hvala!

Lana Vuković""", "Lana Vuković"),

        ("automated", (), "Automatski odgovor: RE: Zahtjev za pristup osobnim podacima", """Poštovani,

hvala na poruci. Na godišnjem sam odmoru do 3. studenoga 2026. i neću redovito provjeravati e-poštu.
Za hitne stvari obratite se kolegici Sanji Knežević (sanja.knezevic@adria-savjet.hr).

Srdačan pozdrav,
Ivana Kovačević""", "Ivana Kovačević"),
    ],
    "sv": [
        ("access", (), "Begäran om registerutdrag", """Hej,

(Mallen kommer från Dataskydd.net. Jag vet inte mitt kundnummer, men mejladressen är samma som på kontot.)

Jag begär härmed ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR).

Jag vill veta:
1. om ni behandlar personuppgifter om mig, och i så fall få en kopia av uppgifterna,
2. för vilka ändamål uppgifterna behandlas och med vilken rättslig grund,
3. vilka mottagare eller kategorier av mottagare som har fått eller kommer att få del av uppgifterna, särskilt i länder utanför EU/EES,
4. hur länge uppgifterna kommer att sparas,
5. varifrån uppgifterna kommer, om ni inte har samlat in dem från mig,
6. om uppgifterna används för automatiserat beslutsfattande eller profilering.

Uppgifter för identifiering:
Namn: Johan Lindqvist
E-post: johan.lindqvist@telia.com
Kundnummer: [kundnummer]

Enligt artikel 12 ska ni svara utan onödigt dröjsmål och senast inom en månad.

Med vänliga hälsningar
Johan Lindqvist
Göteborg""", "Johan Lindqvist"),

        ("deletion", (), "Mitt konto", """Hej!

Jag har handlat hos er ett par gånger men flyttar nu och vill inte ha kvar något konto. Kan ni ta bort mig helt ur era system – namn, adress, telefonnummer, köphistorik, allt ni kan ta bort. Kvittona behöver jag inte.

Tack på förhand
Elin Sjöberg""", "Elin Sjöberg"),

        ("objection", ("withdraw_consent",), "Invändning mot direktmarknadsföring", """Till: [företagets namn] – dataskyddsombud

Jag invänder härmed mot all behandling av mina personuppgifter för direktmarknadsföring, inklusive profilering i den mån den hänger ihop med sådan marknadsföring (artikel 21.2 i dataskyddsförordningen). Enligt artikel 21.3 får uppgifterna därefter inte längre behandlas för sådana ändamål.

Jag återkallar också det samtycke jag har lämnat till nyhetsbrev och erbjudanden via e-post och sms.

Bekräfta gärna skriftligt när detta är genomfört.

/Mikael Berg
mikael.berg@outlook.com

Mall från Sveriges Konsumenter – ta bort denna rad innan du skickar""", "Mikael Berg"),

        ("withdraw_consent", (), "aterkalla samtycke", """Hej
Jag aterkallar mitt samtycke till era nyhetsbrev och reklamutskick. Skriver fran jobbdatorn har i Bryssel sa tangentbordet saknar svenska bokstaver, sorry. Adressen ni skickar till ar karin.holm@bredband.net.
Mvh Karin Holm""", "Karin Holm"),

        ("portability", (), "", """Hej,

Med stöd av artikel 20 i dataskyddsförordningen (rätten till dataportabilitet) vill jag få ut de personuppgifter som jag själv har lämnat till er, i ett strukturerat, allmänt använt och maskinläsbart format (t.ex. CSV eller JSON).

Det gäller främst orderhistorik, leveransadresser och mina sparade önskelistor. Jag ska flytta hela trädgårdsprojektet till en planeringsapp och vill slippa knappa in allt igen.

Vänliga hälsningar
Sara Eklund""", "Sara Eklund"),

        ("correction", (), "Rättelse av personuppgifter", """Hej,

Mitt namn är felstavat i ert kundregister och på lojalitetskortet: det står "Asa Nystrom" men ska vara "Åsa Nyström". Dessutom har ni ett gammalt telefonnummer, 070-312 44 18; det nya är 073-902 15 60.

Jag begär rättelse enligt artikel 16 GDPR. Hör av er om ni behöver något för att kontrollera att det är jag.

Vänliga hälsningar
Åsa Nyström""", "Åsa Nyström"),

        ("restriction", (), "Begäran om begränsning av behandling", """Hej,

Jag begär begränsning av behandlingen av mina personuppgifter enligt artikel 18.1 c i dataskyddsförordningen.

Bakgrund: ni har meddelat att mitt konto kommer att gallras eftersom jag inte har handlat på tre år. I kontot finns orderhistorik och kvitton för en växthussats som gick sönder redan första vintern, och jag har ett ärende mot tillverkaren hos Allmänna reklamationsnämnden där jag kan behöva visa dem. Spara därför uppgifterna, men använd dem inte till något annat – inga utskick, ingen analys – tills jag meddelar att ärendet är avslutat.

Meddela mig innan begränsningen eventuellt hävs.

Med vänlig hälsning
Lars Öberg
Uppsala""", "Lars Öberg"),

        ("complaint", ("access",), "Påminnelse – begäran om registerutdrag från 1 september", """Hej igen,

Den 1 september skickade jag en begäran om registerutdrag enligt artikel 15 GDPR till den här adressen. Nu har det gått över en månad och jag har inte fått något svar, inte ens en bekräftelse på att ni tagit emot den.

Jag står fast vid min begäran och vill ha utdraget snarast. Får jag inget svar inom två veckor lämnar jag in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Mvh
Henrik Dahl""", "Henrik Dahl"),

        ("other", (), "Uppsägning av återförsäljaravtal", """Hej,

Vi företräder Nordträ Trädgårdsmöbler AB (org.nr 556712-3344) i anledning av det återförsäljaravtal som ingicks mellan vår klient och er den 15 januari 2024.

Vår klient säger härmed upp avtalet i enlighet med punkt 14.2, med iakttagande av den avtalade uppsägningstiden om sex månader. Avtalet upphör därmed att gälla den 30 april 2027. Under uppsägningstiden gäller avtalets villkor oförändrade, inklusive vår klients rätt till betalning för levererade men ännu inte betalda varor.

Vi skickar detta meddelande till samtliga adresser som anges på er webbplats, eftersom avtalets kontaktperson inte längre tycks vara anställd hos er. Ett undertecknat original skickas även med rekommenderat brev.

Med vänliga hälsningar
Advokat Sofia Wallin
Wallin & Åkesson Advokatbyrå KB""", "Sofia Wallin"),

        ("automated", (), "Autosvar: Sv: Ert ärende", """Hej,

Jag är föräldraledig till och med 12 december och läser inte min e-post. Ditt meddelande vidarebefordras inte.

Ärenden som gäller föreningen skickas till styrelsen@brf-lonnen.se.

Anders Persson""", "Anders Persson"),
    ],
    "ro": [
        ("access", (), "Cerere de acces la date", """Bună ziua,

am comandat de la dumneavoastră un set de mobilier de grădină anul trecut. Vă trimit mai jos cererea (CNP-ul nu l-am completat, nu cred că aveți nevoie de el).

Către: [denumirea operatorului]
În atenția responsabilului cu protecția datelor

Subsemnata Andreea-Maria Popescu, domiciliată în București, str. Ion Câmpineanu nr. 11, sector 1, CNP XXXXXXXXXXXXX, e-mail andreea.popescu@yahoo.com, în temeiul art. 15 din Regulamentul (UE) 2016/679, vă rog să îmi comunicați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi furnizați:
a) o copie a datelor cu caracter personal prelucrate;
b) scopurile prelucrării;
c) categoriile de date vizate;
d) destinatarii sau categoriile de destinatari cărora le-au fost ori le vor fi divulgate datele;
e) perioada pentru care se preconizează că vor fi stocate datele;
f) sursa datelor, dacă acestea nu au fost colectate de la mine;
g) existența unui proces decizional automatizat, inclusiv crearea de profiluri.

Vă rog să îmi transmiteți răspunsul în format electronic, la adresa de e-mail de mai sus, în termenul de o lună prevăzut de art. 12 alin. (3) din Regulament.

Data: 7.10.2026
Semnătura: Andreea-Maria Popescu""", "Andreea Popescu"),

        ("deletion", ("objection",), "cerere stergere date", """Buna ziua,

In baza art. 17 din GDPR va solicit stergerea, fara intarzieri nejustificate, a tuturor datelor mele cu caracter personal pe care le detineti (cont de client, adrese, istoric comenzi, card de fidelitate, date colectate prin cookie-uri).

De asemenea, ma opun prelucrarii datelor mele in scop de marketing direct si pentru crearea de profiluri (art. 21 GDPR).

Conform art. 19, va rog sa informati despre stergere toti destinatarii carora le-ati transmis datele mele, inclusiv partenerii de marketing.

Va rog sa imi confirmati in scris.

Multumesc,
Radu Ionescu""", "Radu Ionescu"),

        ("objection", (), "Opoziție la prelucrarea datelor în scop de marketing direct", """Stimate domnule/Stimată doamnă,

Prin prezenta, în temeiul art. 21 alin. (2) din Regulamentul general privind protecția datelor, îmi exercit dreptul de opoziție la prelucrarea datelor mele cu caracter personal în scop de marketing direct, inclusiv la crearea de profiluri, în măsura în care aceasta are legătură cu marketingul direct.

Vă rog să încetați orice prelucrare în acest scop, fie prin e-mail, SMS sau apeluri telefonice, și să nu mai transmiteți datele mele partenerilor dumneavoastră de publicitate.

Vă rog să confirmați primirea prezentei și măsurile luate.

Cu stimă,
Cristina Munteanu
Cluj-Napoca

Notă: model de scrisoare pus la dispoziție de APC România. Completați câmpurile marcate și ștergeți această notă înainte de trimitere.""", "Cristina Munteanu"),

        ("withdraw_consent", (), "Dezabonare", """Buna ziua, va rog sa ma scoateti din lista de newsletter, nu mai vreau emailuri cu oferte. Imi retrag acordul dat la inregistrare. Nu gasesc nicaieri linkul de dezabonare in mailurile voastre.

Mihai

Trimis de pe telefon""", "Mihai Dobre"),

        ("portability", ("access",), "Portabilitate date", """Bună ziua,

Vă rog să îmi trimiteți datele personale pe care vi le-am furnizat (cont, adrese, istoricul comenzilor, punctele de fidelitate) într-un format structurat, utilizat în mod curent și care poate fi citit automat – de preferință CSV sau JSON –, conform art. 20 din GDPR.

În plus, vă rog să îmi spuneți cui ați transmis datele mele în ultimii doi ani (firme de curierat, parteneri de marketing etc.).

Mulțumesc,
Ioana Stan""", "Ioana Stan"),

        ("correction", (), "Re: Comanda dvs. #RO-77120 a fost livrată", """Bună ziua,

Profit de mesajul acesta: în contul meu numele apare „Gheorghe Vasile” în loc de „Vasile Gheorghe” – prenumele și numele sunt inversate, iar pe factură la fel. Vă rog să corectați: numele de familie este Gheorghe, prenumele Vasile. Factura asta nu trebuie refăcută, doar datele din cont, ca să nu se repete.

Mulțumesc,
Vasile Gheorghe""", "Vasile Gheorghe"),

        ("restriction", (), "Cerere de restricționare a prelucrării", """Bună ziua,

În temeiul art. 18 alin. (1) lit. b) din Regulamentul (UE) 2016/679, vă solicit restricționarea prelucrării datelor mele cu caracter personal.

Dacă am înțeles corect politica dumneavoastră de confidențialitate, datele clienților inactivi se păstrează cel mult trei ani de la ultima comandă. Ultima mea comandă a fost în martie 2022, așa că nu mai văd temeiul pentru care contul meu este încă activ. Totuși nu vreau ca datele să fie șterse, pentru că am nevoie de istoricul comenzilor pentru garanția unei pompe de piscină. Vă rog deci să le păstrați, dar să nu le mai folosiți în niciun alt mod până vă anunț.

Cu stimă,
Elena Dumitrescu""", "Elena Dumitrescu"),

        ("complaint", ("access",), "Plângere - SMS-uri de la terți", """Bună ziua,

După comanda din august (nr. RO-69834) am început să primesc SMS-uri și apeluri de la o firmă de panouri solare, care mi-a spus că „numărul vine de la un partener, magazinul de grădină”. Numărul de telefon l-am dat doar dumneavoastră, pentru livrare, și nu am fost de acord să fie transmis nimănui.

Consider că ați folosit abuziv datele mele. Vă cer să îmi comunicați în scris cui anume ați transmis datele mele, când și în baza cărui temei.

Dacă nu primesc un răspuns clar, voi depune plângere la ANSPDCP.

Adrian Constantin""", "Adrian Constantin"),

        ("other", (), "Notificare", """Stimate domnule Director,

Subscrisa, Cabinet de Avocat Irina Neagu, în calitate de reprezentant al SC Verde Design SRL, cu sediul în Timișoara, vă notificăm cu privire la neexecutarea obligațiilor asumate prin Contractul de colaborare nr. 14/2025 privind comercializarea produselor clientei noastre pe platforma dumneavoastră.

Conform art. 5.3 din contract, produsele trebuiau listate în magazinul online până la data de 1 septembrie 2026, ceea ce nu s-a întâmplat. Vă solicităm remedierea situației în termen de 15 zile de la primirea prezentei; în caz contrar, clienta noastră va solicita rezoluțiunea contractului și plata de daune-interese.

Vă rugăm să redirecționați această notificare către departamentul juridic, întrucât adresa de e-mail indicată în contract nu mai este funcțională.

Cu considerație,
Av. Irina Neagu""", "Av. Irina Neagu"),

        ("automated", (), "Confirmare primire mesaj", """Bună ziua,

Vă confirmăm primirea mesajului dumneavoastră. Acesta a fost înregistrat și va fi repartizat unui consultant, care vă va contacta în cel mai scurt timp, în zilele lucrătoare, între orele 9:00 și 17:00.

Vă rugăm să nu răspundeți la acest mesaj generat automat.

Cu stimă,
Echipa Contabil Expert SRL""", "Contabil Expert SRL"),
    ],
    "el": [
        ("access", (), "Αίτημα πρόσβασης", """Αξιότιμοι κύριοι/κυρίες,

Με την παρούσα ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 και σας ζητώ να με ενημερώσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον συμβαίνει αυτό, να μου χορηγήσετε:

1. αντίγραφο των δεδομένων μου,
2. τους σκοπούς της επεξεργασίας,
3. τους αποδέκτες ή τις κατηγορίες αποδεκτών στους οποίους κοινολογήθηκαν ή πρόκειται να κοινολογηθούν,
4. το χρονικό διάστημα για το οποίο θα αποθηκευτούν,
5. την πηγή προέλευσής τους, εφόσον δεν συλλέχθηκαν από εμένα,
6. πληροφορίες για τυχόν αυτοματοποιημένη λήψη αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Παρακαλώ να μου απαντήσετε εντός μηνός από την παραλαβή της παρούσας, σύμφωνα με το άρθρο 12 παρ. 3 ΓΚΠΔ.

Στοιχεία ταυτοποίησης:
Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος
Email λογαριασμού: g.papadopoulos@gmail.com
Αρ. κάρτας πιστότητας: —

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Θεσσαλονίκη, [ημερομηνία]""", "Γεώργιος Παπαδόπουλος"),

        ("deletion", ("withdraw_consent", "objection"), "Αίτημα διαγραφής / Erasure request", """Καλησπέρα σας,

σας στέλνω το παρακάτω αίτημα στα αγγλικά, γιατί δεν ήμουν σίγουρη αν διαβάζετε ελληνικά. Είχα ανοίξει λογαριασμό πέρυσι, όταν έμενα στις Βρυξέλλες· τώρα γύρισα Αθήνα και δεν τον χρειάζομαι πια.

---

Dear Sir or Madam,

I am writing to request the erasure of all personal data concerning me, pursuant to Article 17 of the General Data Protection Regulation (EU) 2016/679.

To the extent that you process my data on the basis of consent, I hereby withdraw that consent (Article 7(3) GDPR). To the extent that you rely on legitimate interests, including for direct marketing, I object to that processing (Article 21 GDPR).

Please also notify any recipients to whom my data have been disclosed of this erasure, as required by Article 19 GDPR.

Please confirm once my data have been erased. You have one month to respond to this request.

Name: Eleni Konstantinou
Email: eleni.konst@yahoo.gr

---

Ευχαριστώ,
Ελένη Κωνσταντίνου""", "Eleni Konstantinou"),

        ("objection", (), "Εναντίωση στην επεξεργασία", """Κύριοι,

Σύμφωνα με το άρθρο 21 παρ. 2 και 3 του ΓΚΠΔ, αντιτίθεμαι στην επεξεργασία των προσωπικών μου δεδομένων για σκοπούς απευθείας εμπορικής προώθησης, καθώς και στην κατάρτιση προφίλ που συνδέεται με αυτήν.

Από τη στιγμή που θα λάβετε την παρούσα, τα δεδομένα μου δεν πρέπει πλέον να χρησιμοποιούνται για διαφημιστικά μηνύματα, εξατομικευμένες προσφορές ή για στόχευση μέσω διαφημιστικών δικτύων.

Παρακαλώ επιβεβαιώστε εγγράφως.

Δημήτρης Αλεξίου
Πάτρα""", "Δημήτρης Αλεξίου"),

        ("withdraw_consent", (), "διαγραφη απο newsletter", """Καλησπερα,
Θα ηθελα να σταματησω να λαμβανω το newsletter και τα διαφημιστικα email σας. Ανακαλω τη συγκαταθεση που ειχα δωσει οταν εγγραφηκα. Τον λογαριασμο θελω να τον κρατησω.
Ευχαριστω
Νικος Γεωργιου""", "Nikos Georgiou"),

        ("portability", (), "", """Καλημέρα σας,

Βάσει του άρθρου 20 του ΓΚΠΔ (δικαίωμα στη φορητότητα), ζητώ να μου διαβιβάσετε τα δεδομένα που σας έχω παράσχει σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο (π.χ. CSV ή JSON): στοιχεία λογαριασμού, διευθύνσεις αποστολής, ιστορικό παραγγελιών και πόντους επιβράβευσης.

Αν είναι τεχνικά εφικτό, θα ήθελα να διαβιβαστούν απευθείας στην εταιρεία «Κήπος & Σπίτι Α.Ε.», όπου ανοίγω λογαριασμό· διαφορετικά στείλτε τα σε εμένα.

Ευχαριστώ,
Σοφία Μιχαηλίδου""", "Σοφία Μιχαηλίδου"),

        ("correction", (), "Διόρθωση στοιχείων", """Γεια σας,

Στον λογαριασμό μου το επώνυμο έχει γραφτεί λάθος με λατινικούς χαρακτήρες: «Papadopulu» αντί για «Papadopoulou», όπως είναι στο διαβατήριό μου. Επίσης ο ταχυδρομικός κώδικας είναι 11527 και όχι 11257.

Σας παρακαλώ να τα διορθώσετε, γιατί ο courier δεν βρίσκει τη διεύθυνση.

Αικατερίνη Παπαδοπούλου""", "Αικατερίνη Παπαδοπούλου"),

        ("restriction", (), "Αίτημα περιορισμού της επεξεργασίας", """Αξιότιμοι κύριοι,

Φεύγω για δουλειά στο εξωτερικό για περίπου έναν χρόνο και δεν θα χρησιμοποιώ τον λογαριασμό μου. Δεν θέλω όμως να τον κλείσω, γιατί έχω πόντους στην κάρτα πιστότητας και χρειάζομαι το ιστορικό αγορών για τις εγγυήσεις.

Ζητώ λοιπόν, σύμφωνα με το άρθρο 18 ΓΚΠΔ, να περιορίσετε την επεξεργασία των δεδομένων μου: να παραμείνουν αποθηκευμένα, αλλά να μη χρησιμοποιούνται για κανέναν άλλο σκοπό μέχρι να σας ειδοποιήσω ότι επέστρεψα.

Με εκτίμηση,
Χρήστος Νικολάου""", "Χρήστος Νικολάου"),

        ("complaint", ("deletion",), "Re: Αίτημα διαγραφής", """Κύριοι,

Επανέρχομαι στο από 29/8/2026 αίτημά μου για διαγραφή των προσωπικών μου δεδομένων, στο οποίο δεν έχω λάβει καμία απάντηση, παρότι η προθεσμία του ενός μηνός (άρθρο 12 παρ. 3 ΓΚΠΔ) έχει παρέλθει. Αντιθέτως, εξακολουθώ να λαμβάνω διαφημιστικά μηνύματα από το κατάστημά σας.

Σας καλώ να ικανοποιήσετε άμεσα το αίτημά μου. Διαφορετικά θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα χωρίς άλλη προειδοποίηση.

Βασίλης Σταματόπουλος""", "Βασίλης Σταματόπουλος"),

        ("other", (), "Ερώτηση για την πολιτική απορρήτου", """Καλησπέρα,

Σκέφτομαι να παραγγείλω από το κατάστημά σας ένα σετ κήπου, αλλά πριν ανοίξω λογαριασμό διάβασα την πολιτική απορρήτου και έχω μια απορία. Αναφέρετε ότι χρησιμοποιείτε «παρόχους υπηρεσιών εκτός ΕΟΧ». Ποιοι είναι περίπου αυτοί (π.χ. για τα email ή τις πληρωμές) και με ποιες εγγυήσεις γίνεται η διαβίβαση; Στην ελληνική έκδοση της σελίδας λείπει αυτό το κομμάτι.

Επίσης, είναι υποχρεωτικό να φτιάξω λογαριασμό ή μπορώ να παραγγείλω ως επισκέπτης;

Ευχαριστώ πολύ,
Θοδωρής Καραγιάννης""", "Θοδωρής Καραγιάννης"),

        ("automated", (), "Αυτόματη απάντηση: RE: Αίτημα πρόσβασης", """Σας ευχαριστώ για το μήνυμά σας.

Θα απουσιάζω από το γραφείο έως και τις 30/10 με περιορισμένη πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να καλέσετε στο 2310 555 120.

Thank you for your email. I am out of the office until 30/10 with limited access to email.

Γεώργιος Παπαδόπουλος""", "Γεώργιος Παπαδόπουλος"),
    ],
    "bg": [
        ("access", (), "Искане за достъп", """ДО: [наименование на администратора]

ИСКАНЕ
за достъп до лични данни
(чл. 15 от Регламент (ЕС) 2016/679)

От: Мария Иванова Георгиева
ЕГН: XXXXXXXXXX
Адрес за кореспонденция: гр. София, ж.к. „Младост 1“, бл. 24, вх. Б, ап. 7
Електронна поща: maria.georgieva@abv.bg

Уважаеми госпожи и господа,

На основание чл. 15 от Общия регламент относно защитата на данните моля да ми потвърдите дали обработвате мои лични данни и, ако е така, да ми предоставите копие от тях, както и информация за:
- целите на обработването;
- категориите лични данни;
- получателите, на които са разкрити или предстои да бъдат разкрити;
- срока, за който ще се съхраняват;
- източника, от който са получени, ако не са събрани от мен;
- наличието на автоматизирано вземане на решения, включително профилиране.

Желая информацията да ми бъде предоставена по електронен път.

Дата: 05.10.2026 г.          Подпис: М. Георгиева

Забележка: Искането се подава лично или чрез упълномощено лице.
(Забележката е от образеца на КЗЛД – подавам го аз лично, не знам дали ви трябва нещо повече.)""", "Мария Георгиева"),

        ("deletion", (), "", """Здравейте,

Не искам повече да имате каквато и да е информация за мен. Преди две години си направих профил при вас заради една поръчка и оттогава не съм пазарувала. Моля, махнете профила ми и всичко, свързано с мен – имейл, телефон, адреси.

Благодаря предварително,
Десислава Петрова""", "Десислава Петрова"),

        ("objection", ("withdraw_consent",), "Възражение срещу обработването на лични данни за директен маркетинг", """Уважаеми господа,

На основание чл. 21, пар. 2 от Регламент (ЕС) 2016/679 възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително профилирането, доколкото то е свързано с директния маркетинг. Моля, преустановете и предоставянето на данните ми на рекламни партньори.

Едновременно с това оттеглям съгласието си за получаване на бюлетин и търговски съобщения по имейл и SMS.

Моля за писмено потвърждение.

С уважение,
Стоян Димитров
гр. Пловдив""", "Стоян Димитров"),

        ("withdraw_consent", (), "Отписване", """Здравейте, моля да ме отпишете от бюлетина ви. Оттеглям съгласието си за рекламни имейли.
Поздрави,
Гергана""", "Гергана Николова"),

        ("portability", (), "Искане за преносимост на данни", """Уважаеми госпожи и господа,

На основание чл. 20 от ОРЗД моля да ми предоставите личните данни, които съм ви предоставил, в структуриран, широко използван и пригоден за машинно четене формат (CSV, JSON или XML), а именно: данните от профила, адресите за доставка, историята на поръчките и точките по картата за лоялност.

Може да ги изпратите на имейла, от който пиша, или чрез линк за изтегляне.

С уважение,
Николай Стоянов""", "Николай Стоянов"),

        ("correction", (), "korekcia na danni", """Zdraveite,

v profila mi imeto e zapisano greshno - "Yordanka Hristova", a triabva da e "Yordanka Hristova-Koleva", sled svatbata smenih familiata. Sashto telefonat e star, noviat e 0888 412 907. Molia da gi opravite, che kurierat ne mi dade pratkata, zashtoto imeto ne otgovaria na lichnata mi karta.

Blagodaria
Yordanka Hristova-Koleva""", "Yordanka Hristova-Koleva"),

        ("restriction", (), "Искане за ограничаване на обработването", """Здравейте,

Получих съобщение от вас, че фактурите и историята на поръчките в профила ми ще бъдат изтрити след 30 октомври. Моля да не го правите: в момента имам ревизия от НАП като самоосигуряващо се лице и може да се наложи да представя документи за покупките.

Съгласно чл. 18, пар. 1, буква „в“ от Регламента искам ограничаване на обработването – данните да се съхраняват, но да не се използват за нищо друго, докато не ви уведомя, че проверката е приключила.

С уважение,
Петър Василев""", "Петър Василев"),

        ("complaint", ("objection",), "Жалба / повторно", """Уважаеми господа,

На 20 август т.г. ви изпратих възражение срещу използването на данните ми за директен маркетинг. Не получих никакъв отговор, а рекламните имейли и SMS-и продължават да идват – последният беше вчера.

Това е явно нарушение на чл. 21, пар. 3 от ОРЗД. Настоявам незабавно да спрете да обработвате данните ми за маркетинг. Ако това не стане в 7-дневен срок, ще подам жалба до Комисията за защита на личните данни.

Калина Тодорова""", "Калина Тодорова"),

        ("other", (), "GDPR одит за вашия онлайн магазин – безплатна консултация", """Здравейте,

Казвам се Виктор Ангелов и съм консултант в „ДатаЩит Консулт“ ЕООД. Разгледахме сайта ви и забелязахме, че банерът за бисквитки не предлага бутон „Отказ“ на първо ниво, което според практиката на надзорните органи е рисково.

Предлагаме пълен одит за съответствие с GDPR, изготвяне на регистри на дейностите по обработване, оценка на въздействието (DPIA) и обучение на персонала – с фиксирана цена и срок до 30 дни. Първата консултация (45 минути онлайн) е безплатна.

Ако темата ви интересува, отговорете на този имейл и ще ви предложим удобен час.

Поздрави,
Виктор Ангелов""", "Виктор Ангелов"),

        ("automated", (), "Прочетено: Re: Искане за достъп", """Вашето съобщение

  До: Мария Георгиева
  Тема: Re: Искане за достъп
  Изпратено: 14.10.2026 г. 10:42

беше прочетено на 14.10.2026 г. 18:03.""", "Мария Георгиева"),
    ],
}

"""Twenty-sixth set, letters made with request generators and organisations' templates, as the tools output them (pl cs hr sv ro el bg). Written apart from the rules (see make_twentysixth.py)."""

# Each entry: (category, also_tuple, subject, body, sender_display_name)

_PL = [
    # 1. datarequests.org generator, translated to Polish, with the tool's footer
    ("access", (),
     "Wniosek o dostęp do danych osobowych zgodnie z art. 15 RODO (nr ref. 2025-KX7QM2)",
     """Shop Example
privacy@shop.example.be

Marta Wiśniewska
ul. Słoneczna 14/3
30-021 Kraków
Polska

Kraków, 14.03.2025

Nr referencyjny: 2025-KX7QM2

Wniosek o dostęp do danych osobowych zgodnie z art. 15 RODO

Szanowni Państwo,

niniejszym, na podstawie art. 15 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO), wnoszę o potwierdzenie, czy przetwarzają Państwo dane osobowe, które mnie dotyczą (art. 4 pkt 1 i 2 RODO). Jeżeli tak, wnoszę o udzielenie mi dostępu do tych danych oraz następujących informacji:

1. wszystkie dane osobowe dotyczące mnie, które Państwo przechowują (art. 15 ust. 1 RODO), w tym dane z konta klienta, historii zamówień i programu lojalnościowego;
2. cele przetwarzania (art. 15 ust. 1 lit. a RODO);
3. kategorie przetwarzanych danych osobowych (art. 15 ust. 1 lit. b RODO);
4. odbiorcy lub kategorie odbiorców, którym dane zostały lub zostaną ujawnione, w szczególności odbiorcy w państwach trzecich lub organizacje międzynarodowe (art. 15 ust. 1 lit. c RODO);
5. planowany okres przechowywania danych, a gdy nie jest to możliwe, kryteria ustalania tego okresu (art. 15 ust. 1 lit. d RODO);
6. informacja o prawie do żądania sprostowania, usunięcia lub ograniczenia przetwarzania oraz o prawie do wniesienia sprzeciwu (art. 15 ust. 1 lit. e RODO);
7. informacja o prawie wniesienia skargi do organu nadzorczego (art. 15 ust. 1 lit. f RODO);
8. jeżeli dane nie zostały zebrane ode mnie – wszelkie dostępne informacje o ich źródle (art. 15 ust. 1 lit. g RODO);
9. informacja o zautomatyzowanym podejmowaniu decyzji, w tym o profilowaniu, oraz istotne informacje o zasadach ich podejmowania, a także o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania dla mnie (art. 15 ust. 1 lit. h RODO);
10. w przypadku przekazania danych do państwa trzeciego – informacja o odpowiednich zabezpieczeniach (art. 15 ust. 2 RODO).

Wnoszę również o nieodpłatne przekazanie kopii moich danych osobowych (art. 15 ust. 3 RODO).

Zgodnie z art. 12 ust. 3 RODO są Państwo zobowiązani udzielić odpowiedzi niezwłocznie, a w każdym razie w terminie miesiąca od otrzymania wniosku.

Proszę o powołanie się w odpowiedzi na podany wyżej numer referencyjny.

Z poważaniem
Marta Wiśniewska

--
Ten wniosek został utworzony za pomocą bezpłatnego generatora datarequests.org (Datenanfragen.de e.V.).""",
     "Marta Wiśniewska"),

    # 2. UODO-style model form, filled in, personal line on top, subject = customer number
    ("access", (),
     "nr klienta 4471203",
     """Dzień dobry,
przesyłam wniosek wypełniony wg wzoru ze strony UODO. Prosze o odpowiedz mailowo.

WNIOSEK
o udzielenie informacji oraz kopii danych osobowych
(art. 15 RODO)

Wnioskodawca:
Imię i nazwisko: Tomasz Zieliński
Adres do korespondencji: ul. Kościuszki 7, 58-100 Świdnica
Adres e-mail: t.zielinski@poczta.example.pl
Nr klienta / login: 4471203
PESEL: nie podaję

Administrator danych:
Shop Example, privacy@shop.example.be

Na podstawie art. 15 ust. 1 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 z dnia 27 kwietnia 2016 r. w sprawie ochrony osób fizycznych w związku z przetwarzaniem danych osobowych i w sprawie swobodnego przepływu takich danych oraz uchylenia dyrektywy 95/46/WE (ogólne rozporządzenie o ochronie danych) wnoszę o:

[X] potwierdzenie, czy przetwarzane są moje dane osobowe,
[X] udzielenie informacji o celach przetwarzania, kategoriach danych, odbiorcach danych, okresie przechowywania oraz źródle danych,
[X] wydanie kopii danych osobowych podlegających przetwarzaniu (art. 15 ust. 3 RODO).

Preferowana forma odpowiedzi:
[ ] pisemnie na adres do korespondencji
[X] elektronicznie na adres e-mail

Świdnica, dnia 2 kwietnia 2025 r.

Tomasz Zieliński
(podpis wnioskodawcy)""",
     "Tomasz Zieliński"),

    # 3. consumer-organisation template: deletion + Art. 19 + withdrawal + objection
    ("deletion", ("withdraw_consent", "objection"),
     "Żądanie usunięcia danych osobowych (art. 17 RODO)",
     """Katarzyna Nowak
ul. Polna 22
05-800 Pruszków
adres e-mail konta: kasia.nowak85@example.pl

Shop Example
privacy@shop.example.be

Pruszków, 19 lutego 2025 r.

ŻĄDANIE USUNIĘCIA DANYCH OSOBOWYCH

Na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa, w tym danych konta klienta oraz karty lojalnościowej, i zamknięcia mojego konta w Państwa sklepie.

Zgodnie z art. 19 RODO proszę o poinformowanie o usunięciu danych każdego odbiorcy, któremu ujawnili Państwo moje dane osobowe (w tym partnerów marketingowych), oraz o przekazanie mi informacji o tych odbiorcach.

Jednocześnie, na podstawie art. 7 ust. 3 RODO, cofam wszystkie udzielone wcześniej zgody na przetwarzanie moich danych osobowych, w szczególności zgodę na otrzymywanie informacji handlowych drogą elektroniczną.

Ponadto na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania.

Proszę o pisemne potwierdzenie wykonania powyższych żądań w terminie miesiąca od dnia otrzymania niniejszego pisma (art. 12 ust. 3 RODO).

Z poważaniem
Katarzyna Nowak

Wzór pisma: Federacja Konsumentów – www.federacja-konsumentow.org.pl""",
     "Katarzyna Nowak"),

    # 4. objection to direct marketing and profiling
    ("objection", (),
     "Sprzeciw wobec przetwarzania danych osobowych – art. 21 RODO",
     """Szanowni Państwo,

działając na podstawie art. 21 ust. 2 i 3 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO), wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem bezpośrednim.

Wnoszę również sprzeciw wobec udostępniania moich danych Państwa partnerom marketingowym oraz wykorzystywania historii moich zakupów do wyświetlania mi spersonalizowanych reklam.

Zgodnie z art. 21 ust. 3 RODO po wniesieniu sprzeciwu moje dane osobowe nie mogą być już przetwarzane do takich celów.

Dane identyfikujące:
Paweł Kamiński
e-mail: pawel.kaminski@example.com
nr karty lojalnościowej: 7700 1245 9981

Proszę o potwierdzenie uwzględnienia sprzeciwu.

Z poważaniem
Paweł Kamiński""",
     "Paweł Kamiński"),

    # 5. withdrawal of consent, empty subject
    ("withdraw_consent", (),
     "",
     """OŚWIADCZENIE O COFNIĘCIU ZGODY NA PRZETWARZANIE DANYCH OSOBOWYCH

Ja, niżej podpisana Agnieszka Lewandowska, adres e-mail: aga.lewandowska@example.pl, na podstawie art. 7 ust. 3 RODO oświadczam, że cofam zgodę na przetwarzanie moich danych osobowych w celu przesyłania newslettera oraz informacji handlowych drogą elektroniczną (e-mail i SMS), udzieloną Shop Example przy zakładaniu konta.

Przyjmuję do wiadomości, że cofnięcie zgody nie wpływa na zgodność z prawem przetwarzania, którego dokonano na podstawie zgody przed jej cofnięciem.

Gdańsk, 07.05.2025
Agnieszka Lewandowska

pozdrawiam, A.L.
(i prosze juz nie wysylac tych smsow z promocjami)""",
     "Agnieszka Lewandowska"),

    # 6. portability to a named new provider
    ("portability", (),
     "Żądanie przeniesienia danych osobowych (art. 20 RODO)",
     """Michał Wójcik
ul. Lipowa 3
20-400 Lublin
login w sklepie: mwojcik

Shop Example
privacy@shop.example.be

Lublin, 11 marca 2025 r.

ŻĄDANIE PRZENIESIENIA DANYCH

Na podstawie art. 20 ust. 1 RODO żądam wydania mi danych osobowych, które Państwu dostarczyłem (dane konta, adresy dostaw, historia zamówień, punkty programu lojalnościowego), w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV lub JSON).

Jednocześnie, na podstawie art. 20 ust. 2 RODO, żądam przesłania tych danych bezpośrednio do nowego administratora:
OgrodoweZakupy.pl sp. z o.o., ul. Magazynowa 5, 62-080 Tarnowo Podgórne, e-mail: iod@ogrodowezakupy.example.pl
o ile jest to technicznie możliwe.

Termin na realizację żądania wynosi miesiąc od jego otrzymania (art. 12 ust. 3 RODO).

Z poważaniem
Michał Wójcik""",
     "Michał Wójcik"),

    # 7. correction + restriction while accuracy is checked
    ("correction", ("restriction",),
     "Wniosek o sprostowanie danych (art. 16 RODO)",
     """Szanowni Państwo,

na podstawie art. 16 RODO wnoszę o niezwłoczne sprostowanie moich nieprawidłowych danych osobowych przetwarzanych w Państwa systemie:

1. nazwisko: jest „Dąbrowska-Kowal”, powinno być „Dąbrowska” (zmiana nazwiska po rozwodzie),
2. adres dostawy: jest „ul. Ogrodowa 8/12, 90-001 Łódź”, powinno być „ul. Piotrkowska 140/5, 90-062 Łódź”,
3. numer telefonu: jest 601 234 567, powinno być 698 765 432.

Na podstawie art. 18 ust. 1 lit. a RODO wnoszę jednocześnie o ograniczenie przetwarzania tych danych na okres pozwalający Państwu sprawdzić ich prawidłowość – proszę w tym czasie nie wysyłać niczego na stary adres.

Nr klienta: 3380915
Ewa Dąbrowska""",
     "Ewa Dąbrowska"),

    # 8. restriction during a dispute (Art. 18(1)(c)): keep, don't delete
    ("restriction", (),
     "Wniosek o ograniczenie przetwarzania – art. 18 RODO",
     """Dzień dobry,

dostałem od Państwa informację, że moje konto nieaktywne od 2 lat zostanie usunięte razem z historią zamówień. Proszę tego NIE robić.

Na podstawie art. 18 ust. 1 lit. c RODO wnoszę o ograniczenie przetwarzania moich danych osobowych (dane konta, zamówienie nr PL-2023-118734, korespondencja w sprawie reklamacji), ponieważ są mi one potrzebne do ustalenia i dochodzenia roszczeń – toczy się spór dotyczący wadliwego agregatu prądotwórczego, sprawa jest zgłoszona do rzecznika konsumentów.

Proszę, aby dane te były jedynie przechowywane i nie były wykorzystywane do żadnych innych celów do czasu zakończenia sporu. Proszę też o poinformowanie mnie przed ewentualnym uchyleniem ograniczenia (art. 18 ust. 3 RODO).

Z poważaniem
Grzegorz Mazur
tel. 512 000 331""",
     "Grzegorz Mazur"),

    # 9. reminder (ponaglenie) after the deadline, request repeated
    ("complaint", ("access",),
     "PONAGLENIE – wniosek z dnia 12.02.2025 o dostęp do danych (nr ref. 2025-HT4P9W)",
     """Szanowni Państwo,

w dniu 12 lutego 2025 r. złożyłam u Państwa wniosek o dostęp do moich danych osobowych na podstawie art. 15 RODO (nr ref. 2025-HT4P9W). Do dnia dzisiejszego nie otrzymałam odpowiedzi ani informacji o przedłużeniu terminu, mimo że miesięczny termin z art. 12 ust. 3 RODO upłynął 12 marca 2025 r.

Nieudzielenie odpowiedzi w terminie stanowi naruszenie przepisów RODO.

Ponownie wnoszę o przekazanie mi informacji wymienionych w art. 15 ust. 1 RODO oraz kopii moich danych osobowych (art. 15 ust. 3 RODO).

Wyznaczam dodatkowy termin 7 dni od otrzymania niniejszego ponaglenia. W przypadku braku odpowiedzi w tym terminie złożę skargę do Prezesa Urzędu Ochrony Danych Osobowych oraz do belgijskiego organu nadzorczego (Gegevensbeschermingsautoriteit / Autorité de protection des données).

Z poważaniem
Joanna Kaczmarek

--
Ponaglenie utworzone za pomocą datarequests.org""",
     "Joanna Kaczmarek"),

    # 10. other: warranty claim template, no privacy request
    ("other", (),
     "Reklamacja towaru – zamówienie nr PL-2025-004412",
     """Jan Pietrzak
ul. Zielona 9
43-300 Bielsko-Biała
tel. 604 555 120

Shop Example
(sprzedawca)

Bielsko-Biała, 23.04.2025 r.

REKLAMACJA TOWARU
(niezgodność towaru z umową)

Na podstawie ustawy z dnia 30 maja 2014 r. o prawach konsumenta zawiadamiam, że zakupiony przeze mnie w dniu 2 kwietnia 2025 r. towar – kosiarka elektryczna GreenCut 1600, zamówienie nr PL-2025-004412 – jest niezgodny z umową.

Niezgodność polega na tym, że: silnik wyłącza się po ok. 2 minutach pracy, a po ponownym uruchomieniu czuć zapach spalenizny. Wada została stwierdzona w dniu 20 kwietnia 2025 r.

W związku z powyższym żądam:
[X] naprawy towaru
[ ] wymiany towaru na nowy
[ ] obniżenia ceny
[ ] odstąpienia od umowy

Proszę o ustosunkowanie się do reklamacji w terminie 14 dni. Do reklamacji załączam kopię faktury oraz zdjęcia.

Z poważaniem
Jan Pietrzak

Wzór ze strony: Federacja Konsumentów""",
     "Jan Pietrzak"),
]

_CS = [
    # 1. long access letter in the Czech legal register (ÚOOÚ-style)
    ("access", (),
     "Žádost o přístup k osobním údajům podle čl. 15 GDPR",
     """Shop Example
privacy@shop.example.be

V Brně dne 4. 3. 2025

Žádost subjektu údajů o přístup k osobním údajům

Vážení,

podle čl. 15 Nařízení Evropského parlamentu a Rady (EU) 2016/679 o ochraně fyzických osob v souvislosti se zpracováním osobních údajů (obecné nařízení o ochraně osobních údajů, dále jen „GDPR") Vás tímto žádám o sdělení, zda zpracováváte mé osobní údaje.

Pokud ano, žádám o poskytnutí těchto informací:
a) účely zpracování;
b) kategorie dotčených osobních údajů;
c) příjemci nebo kategorie příjemců, kterým osobní údaje byly nebo budou zpřístupněny, zejména příjemci ve třetích zemích;
d) plánovaná doba, po kterou budou osobní údaje uloženy, nebo kritéria pro její stanovení;
e) zdroj osobních údajů, pokud nebyly získány ode mne;
f) skutečnost, zda dochází k automatizovanému rozhodování včetně profilování, a smysluplné informace o použitém postupu a o významu a předpokládaných důsledcích takového zpracování.

Zároveň žádám o poskytnutí kopie zpracovávaných osobních údajů podle čl. 15 odst. 3 GDPR, a to v elektronické podobě na e-mailovou adresu uvedenou níže.

Připomínám, že podle čl. 12 odst. 3 GDPR je správce povinen žádosti vyhovět bez zbytečného odkladu, nejpozději do jednoho měsíce od jejího obdržení.

Identifikace žadatele:
Ing. Petr Novotný
Kotlářská 51, 602 00 Brno
e-mail: petr.novotny@example.cz
zákaznické číslo: CZ-220871

S pozdravem
Ing. Petr Novotný""",
     "Ing. Petr Novotný"),

    # 2. datarequests.org translated: access + portability, tool footer
    ("access", ("portability",),
     "Žádost o informace podle čl. 15 GDPR (ref. 2025-9RMZ2C)",
     """Jana Svobodová
Masarykova 12
370 01 České Budějovice
Česko

Datum: 21. 1. 2025
Reference: 2025-9RMZ2C

Žádost o informace podle čl. 15 GDPR

Dobrý den,

žádám o potvrzení, zda zpracováváte mé osobní údaje ve smyslu čl. 4 odst. 1 a 2 GDPR. Pokud ano, žádám podle čl. 15 GDPR o:

1. kopii všech mých osobních údajů, které o mně uchováváte (čl. 15 odst. 3 GDPR);
2. informaci o účelech zpracování (čl. 15 odst. 1 písm. a GDPR);
3. informaci o kategoriích zpracovávaných osobních údajů (čl. 15 odst. 1 písm. b GDPR);
4. informaci o příjemcích, kterým byly nebo budou mé údaje zpřístupněny (čl. 15 odst. 1 písm. c GDPR);
5. informaci o plánované době uložení (čl. 15 odst. 1 písm. d GDPR);
6. informaci o zdroji údajů (čl. 15 odst. 1 písm. g GDPR);
7. informaci o existenci automatizovaného rozhodování včetně profilování (čl. 15 odst. 1 písm. h GDPR).

Dále Vás podle čl. 20 odst. 1 GDPR žádám, abyste mi údaje, které jsem Vám poskytla, předali ve strukturovaném, běžně používaném a strojově čitelném formátu.

Na odpověď máte podle čl. 12 odst. 3 GDPR jeden měsíc. V odpovědi prosím uveďte výše uvedené referenční číslo.

S pozdravem
Jana Svobodová

---
Tato žádost byla vytvořena pomocí generátoru na datarequests.org.""",
     "Jana Svobodová"),

    # 3. deletion + Art. 19 + withdrawal of consents, subject changed by the person
    ("deletion", ("withdraw_consent",),
     "zruseni uctu",
     """Dobrý den, posílám žádost podle vzoru z dTestu, účet prosím zrušte co nejdřív.

Žádost o výmaz osobních údajů

Podle čl. 17 odst. 1 obecného nařízení o ochraně osobních údajů (GDPR) žádám o bezodkladný výmaz všech mých osobních údajů, které zpracováváte, včetně zrušení mého zákaznického účtu a věrnostní karty.

Zároveň odvolávám všechny souhlasy se zpracováním osobních údajů, které jsem Vám kdy udělil (čl. 7 odst. 3 GDPR).

Podle čl. 19 GDPR Vás žádám, abyste o výmazu informovali všechny příjemce, kterým byly mé osobní údaje zpřístupněny, a abyste mi tyto příjemce sdělili.

O provedení výmazu mě prosím informujte písemně na tento e-mail.

Jméno: Lukáš Dvořák
E-mail účtu: lukas.dvorak@example.cz
Adresa: Husova 8, 500 02 Hradec Králové

V Hradci Králové 9. 4. 2025
Lukáš Dvořák""",
     "Lukáš Dvořák"),

    # 4. objection to profiling and sharing for advertising
    ("objection", (),
     "Námitka proti zpracování osobních údajů (čl. 21 GDPR)",
     """Vážení,

podle čl. 21 odst. 2 obecného nařízení o ochraně osobních údajů vznáším námitku proti zpracování svých osobních údajů pro účely přímého marketingu, včetně profilování, které s tímto přímým marketingem souvisí.

Námitku vznáším zejména proti:
- vyhodnocování mé nákupní historie za účelem personalizovaných nabídek,
- předávání mých údajů Vašim marketingovým partnerům a reklamním sítím,
- sledování mého chování na Vašem webu pro účely cílené reklamy.

Podle čl. 21 odst. 3 GDPR nesmějí být mé osobní údaje pro tyto účely nadále zpracovávány. Prosím o potvrzení, že jste námitce vyhověli.

Helena Procházková
zákaznické číslo 118 402 77
Olomouc""",
     "Helena Procházková"),

    # 5. withdrawal of consent (newsletter), short form
    ("withdraw_consent", (),
     "Odvolání souhlasu se zpracováním osobních údajů",
     """Odvolání souhlasu se zpracováním osobních údajů

Já, Veronika Černá, e-mail veronika.cerna@example.cz, tímto podle čl. 7 odst. 3 GDPR odvolávám souhlas se zasíláním obchodních sdělení (newsletter, slevové akce) a se zpracováním svých osobních údajů pro tento účel, který jsem udělila společnosti Shop Example při registraci.

Beru na vědomí, že odvolání souhlasu nemá vliv na zákonnost zpracování před jeho odvoláním.

V Plzni dne 16. 5. 2025
Veronika Černá

PS: odkaz na odhlášení v mailu mi hází chybu, proto píšu sem""",
     "Veronika Černá"),

    # 6. portability to a named new provider
    ("portability", (),
     "Žádost o přenositelnost údajů podle čl. 20 GDPR",
     """Vážení,

podle čl. 20 obecného nařízení o ochraně osobních údajů žádám o přenesení osobních údajů, které jsem Vám poskytl a které zpracováváte automatizovaně na základě smlouvy (údaje zákaznického účtu, doručovací adresy, historie objednávek a stav věrnostních bodů).

Podle čl. 20 odst. 2 GDPR žádám, abyste tyto údaje ve strukturovaném, běžně používaném a strojově čitelném formátu předali přímo správci:

ZahradaDomov s.r.o.
Průmyslová 1420/4, 140 00 Praha 4
pověřenec: dpo@zahradadomov.example.cz

Pokud přímé předání není technicky proveditelné, zašlete prosím soubor mně na tento e-mail.

S pozdravem
Martin Kučera
Praha, 2. 6. 2025""",
     "Martin Kučera"),

    # 7. correction, trimmed, personal line on top, vague subject
    ("correction", (),
     "dotaz",
     """Dobry den, na vernostni karte mam porad spatne jmeno, takze to posilam oficialne:

Žádost o opravu osobních údajů

Podle čl. 16 GDPR žádám o opravu nepřesných osobních údajů, které o mně zpracováváte:
- příjmení: nesprávně „Horakova“, správně „Horáková Šťastná“
- datum narození: nesprávně 12. 7. 1988, správně 21. 7. 1988

Žádám o opravu bez zbytečného odkladu a o potvrzení provedení.

Marie Horáková Šťastná
č. karty 2100 4478 0012""",
     "Marie Horakova"),

    # 8. restriction during a disputed claim
    ("restriction", (),
     "Žádost o omezení zpracování osobních údajů (čl. 18 GDPR)",
     """Vážení,

Vaše společnost mi vyúčtovala údajně nezaplacenou objednávku č. 2024-77812, ačkoli zboží jsem v zákonné lhůtě vrátil (doklad o předání zásilky přikládám). Nárok rozporuji a věc jsem předal k posouzení dTestu.

Podle čl. 18 odst. 1 písm. a) GDPR žádám o omezení zpracování mých osobních údajů souvisejících s touto objednávkou, dokud nebude spor vyřešen. Po tuto dobu mé údaje pouze uložte; nepředávejte je zejména inkasní agentuře ani do registrů dlužníků.

Před zrušením omezení mě prosím informujte (čl. 18 odst. 3 GDPR).

S pozdravem
Jiří Veselý
Nádražní 33, 702 00 Ostrava""",
     "Jiří Veselý"),

    # 9. reminder (urgence) with the deletion request repeated and a notice to ÚOOÚ
    ("complaint", ("deletion",),
     "Urgence – žádost o výmaz ze dne 3. 3. 2025",
     """Vážení,

dne 3. 3. 2025 jsem Vám zaslala žádost o výmaz osobních údajů podle čl. 17 GDPR. Lhůta jednoho měsíce podle čl. 12 odst. 3 GDPR marně uplynula, aniž jste mi odpověděli nebo lhůtu prodloužili. Od té doby mi navíc stále chodí Vaše e-maily, takže moje údaje zjevně dál zpracováváte.

Opětovně žádám o výmaz všech mých osobních údajů a o písemné potvrzení.

Pokud mi do 14 dnů neodpovíte, podám stížnost k Úřadu pro ochranu osobních údajů.

Alena Marková
alena.markova@example.cz""",
     "Alena Marková"),

    # 10. other: withdrawal from a distance purchase (dTest template), no privacy request
    ("other", (),
     "Odstoupení od kupní smlouvy – objednávka 2025-10455",
     """Odstoupení od kupní smlouvy uzavřené distančním způsobem

Prodávající: Shop Example
Kupující: Tomáš Pokorný, Lidická 5, 746 01 Opava, tomas.pokorny@example.cz

Oznamuji, že tímto odstupuji od kupní smlouvy o nákupu tohoto zboží: zahradní gril Weber-style 57 cm, číslo objednávky 2025-10455, objednáno dne 28. 4. 2025, převzato dne 2. 5. 2025.

Podle § 1829 odst. 1 občanského zákoníku odstupuji od smlouvy ve lhůtě 14 dnů od převzetí zboží. Kupní cenu 4 990 Kč včetně nákladů na dodání prosím vraťte na účet č. 123456789/0800.

Zboží Vám zasílám zpět zároveň s tímto odstoupením.

V Opavě dne 8. 5. 2025
Tomáš Pokorný

(vzorový formulář dTest)""",
     "Tomáš Pokorný"),
]

_HR = [
    # 1. AZOP-style model form, filled in, OIB masked
    ("access", (),
     "Zahtjev za ostvarivanje prava na pristup osobnim podacima",
     """ZAHTJEV ZA OSTVARIVANJE PRAVA NA PRISTUP OSOBNIM PODACIMA
(članak 15. Opće uredbe o zaštiti podataka)

PODACI O ISPITANIKU
Ime i prezime: Ivana Horvat
Adresa: Ilica 145, 10000 Zagreb
OIB: ***********
E-mail: ivana.horvat@example.hr
Broj korisničkog računa / kartice vjernosti: HR-553120

PODACI O VODITELJU OBRADE
Naziv: Shop Example
E-mail: privacy@shop.example.be

Temeljem članka 15. Opće uredbe o zaštiti podataka (Uredba (EU) 2016/679) tražim potvrdu obrađuju li se moji osobni podaci te, ako se obrađuju, pristup osobnim podacima i sljedećim informacijama:
1. svrhe obrade;
2. kategorije osobnih podataka o kojima je riječ;
3. primatelji ili kategorije primatelja kojima su osobni podaci otkriveni ili će im biti otkriveni, osobito primatelji u trećim zemljama;
4. predviđeno razdoblje pohrane osobnih podataka ili kriteriji za utvrđivanje tog razdoblja;
5. izvor podataka, ako osobni podaci nisu prikupljeni od mene;
6. postojanje automatiziranog donošenja odluka, uključujući izradu profila.

Tražim i kopiju osobnih podataka koji se obrađuju (članak 15. stavak 3.).

Način dostave odgovora: [X] elektroničkom poštom  [ ] poštom na adresu

Napomena: voditelj obrade dužan je odgovoriti bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja zahtjeva (članak 12. stavak 3.).

U Zagrebu, 17. ožujka 2025.

Potpis ispitanika: Ivana Horvat""",
     "Ivana Horvat"),

    # 2. access + correction, trimmed consumer-association letter with a personal line, vague subject
    ("access", ("correction",),
     "Upit",
     """Poštovani, ovo šaljem po predlošku koji sam našao kod Potrošača, nadam se da je ok.

Temeljem članka 15. Opće uredbe o zaštiti podataka molim da mi dostavite presliku svih osobnih podataka koje o meni obrađujete, s informacijom o svrsi obrade i o tome kome ste ih proslijedili.

Također, temeljem članka 16. Opće uredbe, tražim ispravak adrese za dostavu u vašem sustavu: umjesto „Vukovarska 12, Split“ treba stajati „Vukovarska 112, 21000 Split“. Zbog te greške mi se već dva paketa vratila.

Lijep pozdrav,
Marko Babić
korisnički broj 88120034""",
     "Marko Babić"),

    # 3. deletion with Art. 19
    ("deletion", (),
     "Zahtjev za brisanje osobnih podataka (\u201epravo na zaborav\u201c)",
     """Shop Example
privacy@shop.example.be

Predmet: Zahtjev za brisanje osobnih podataka

Poštovani,

temeljem članka 17. stavka 1. Opće uredbe o zaštiti podataka (GDPR) zahtijevam da bez nepotrebnog odgađanja izbrišete sve moje osobne podatke koje obrađujete, uključujući korisnički račun u web trgovini, podatke kartice vjernosti i povijest narudžbi, osim podataka koje ste na temelju zakona obvezni čuvati.

Sukladno članku 19. Opće uredbe o zaštiti podataka molim da o brisanju obavijestite sve primatelje kojima su moji osobni podaci otkriveni te da me na moj zahtjev obavijestite o tim primateljima.

Molim pisanu potvrdu o izvršenom brisanju u roku od mjesec dana od primitka ovog zahtjeva.

S poštovanjem,
Petra Kovačević
Osijek, 3. travnja 2025.""",
     "Petra Kovačević"),

    # 4. objection to direct marketing + deletion of the marketing data
    ("objection", ("deletion",),
     "Prigovor na obradu osobnih podataka u svrhu izravnog marketinga",
     """Poštovani,

temeljem članka 21. stavka 2. Opće uredbe o zaštiti podataka ulažem prigovor na obradu svojih osobnih podataka u svrhe izravnog marketinga, uključujući izradu profila u mjeri koja je povezana s izravnim marketingom, te na prosljeđivanje mojih podataka vašim marketinškim partnerima.

Nadalje, temeljem članka 17. stavka 1. točke (c) Opće uredbe tražim brisanje mojih osobnih podataka koji se obrađuju u te svrhe (marketinški profil, segmenti, podaci o otvaranju e-poruka).

Podaci za identifikaciju:
Ante Jurić
ante.juric@example.hr
kartica vjernosti br. 4410 2290 7731

S poštovanjem,
Ante Jurić""",
     "Ante Jurić"),

    # 5. withdrawal of consent (newsletter + loyalty offers)
    ("withdraw_consent", (),
     "Povlačenje privole",
     """IZJAVA O POVLAČENJU PRIVOLE

Ja, Maja Knežević, e-mail maja.knezevic@example.hr, temeljem članka 7. stavka 3. Opće uredbe o zaštiti podataka povlačim privolu koju sam dala Shop Example za primanje newslettera i promotivnih ponuda putem e-pošte i SMS-a u okviru programa vjernosti.

Povlačenje privole ne utječe na zakonitost obrade na temelju privole prije njezina povlačenja.

Rijeka, 22. 5. 2025.
Maja Knežević""",
     "Maja Knežević"),

    # 6. portability to a named new provider
    ("portability", (),
     "Zahtjev za prenosivost podataka – čl. 20. GDPR",
     """Poštovani,

temeljem članka 20. Opće uredbe o zaštiti podataka tražim da mi osobne podatke koje sam vam pružio (podaci korisničkog računa, adrese dostave, povijest kupnje i bodovi kartice vjernosti) dostavite u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom obliku.

Temeljem članka 20. stavka 2. molim da, ako je to tehnički izvedivo, te podatke izravno prenesete novom voditelju obrade:
VrtniCentar d.o.o., Savska cesta 88, 10000 Zagreb, e-mail: zastita.podataka@vrtnicentar.example.hr

Rok za odgovor je mjesec dana od zaprimanja zahtjeva.

S poštovanjem,
Damir Pavlović
korisnički račun: dpavlovic""",
     "Damir Pavlović"),

    # 7. correction
    ("correction", (),
     "Zahtjev za ispravak netočnih osobnih podataka",
     """Poštovani,

temeljem članka 16. Opće uredbe o zaštiti podataka tražim da bez nepotrebnog odgađanja ispravite sljedeće netočne osobne podatke koje o meni obrađujete:

- e-mail adresa: netočno lucija.maric@exmaple.hr, točno lucija.maric@example.hr
- broj mobitela: netočno 091 234 5678, točno 098 765 4321
- datum rođenja na kartici vjernosti: netočno 03.11.1990., točno 11.03.1990.

Molim potvrdu o izvršenom ispravku.

Lucija Marić
Zadar""",
     "Lucija Marić"),

    # 8. restriction during a dispute (Art. 18(1)(c))
    ("restriction", (),
     "Zahtjev za ograničenje obrade – čl. 18. GDPR",
     """Poštovani,

u tijeku je spor oko moje reklamacije za vrtnu garnituru (narudžba HR-2024-33871), o kojem sam obavijestio i Potrošač – Hrvatski savez udruga za zaštitu potrošača, a moguće je i da ću pokrenuti postupak pred sudom.

Temeljem članka 18. stavka 1. točke (c) Opće uredbe o zaštiti podataka tražim ograničenje obrade mojih osobnih podataka povezanih s tom narudžbom i reklamacijom (podaci o narudžbi, korespondencija, fotografije oštećenja), jer su mi potrebni za postavljanje, ostvarivanje ili obranu pravnih zahtjeva. Podatke nemojte brisati niti ih koristiti u druge svrhe; neka budu samo pohranjeni do okončanja spora.

Molim da me obavijestite prije nego što se ograničenje ukine.

S poštovanjem,
Nikola Tomić""",
     "Nikola Tomić"),

    # 9. reminder (požurnica) with the access request repeated, AZOP notice
    ("complaint", ("access",),
     "POŽURNICA – zahtjev za pristup osobnim podacima od 10. 1. 2025.",
     """Poštovani,

dana 10. siječnja 2025. uputila sam vam zahtjev za pristup osobnim podacima temeljem članka 15. Opće uredbe o zaštiti podataka. Rok od mjesec dana iz članka 12. stavka 3. Opće uredbe istekao je, a do danas nisam primila nikakav odgovor niti obavijest o produljenju roka.

Ovim putem vas požurujem i ponovno tražim da mi dostavite presliku mojih osobnih podataka i informacije iz članka 15. stavka 1. Opće uredbe.

Ukoliko u roku od 8 dana ne zaprimim odgovor, podnijet ću zahtjev za utvrđivanje povrede prava Agenciji za zaštitu osobnih podataka (AZOP).

S poštovanjem,
Sanja Vuković
sanja.vukovic@example.hr""",
     "Sanja Vuković"),

    # 10. other: question about the privacy policy from someone not yet a customer
    ("other", (),
     "Pitanje o politici privatnosti",
     """Poštovani,

razmišljam o otvaranju korisničkog računa u vašoj trgovini pa sam pročitao vašu Politiku privatnosti. Imam dva općenita pitanja prije registracije:

1. U politici piše da surađujete s „marketinškim partnerima“ – možete li navesti koji su to partneri ili barem iz kojih su zemalja?
2. Imate li imenovanog službenika za zaštitu podataka i na koju adresu mu se može pisati?

Još nemam račun kod vas, pa se ovo ne odnosi na neke moje podatke – samo me zanima kako to općenito funkcionira.

Hvala i lijep pozdrav,
Filip Šarić""",
     "Filip Šarić"),
]

_SV = [
    # 1. IMY-style registerutdrag request, personnummer masked
    ("access", (),
     "Begäran om registerutdrag enligt artikel 15 i dataskyddsförordningen",
     """Till: Shop Example, privacy@shop.example.be

Begäran om registerutdrag

Jag begär ett registerutdrag enligt artikel 15 i dataskyddsförordningen (GDPR). Jag vill ha en bekräftelse på om ni behandlar personuppgifter om mig och, i så fall, en kopia av personuppgifterna samt information om:

- ändamålen med behandlingen,
- vilka kategorier av personuppgifter som behandlas,
- mottagare eller kategorier av mottagare som personuppgifterna har lämnats ut till, särskilt mottagare i tredjeländer,
- hur länge personuppgifterna kommer att lagras, eller kriterierna för att fastställa detta,
- varifrån personuppgifterna kommer, om de inte har samlats in från mig,
- förekomsten av automatiserat beslutsfattande, inklusive profilering.

Mina uppgifter:
Namn: Anna Lindqvist
Personnummer: 19850312-XXXX
Adress: Storgatan 14, 852 30 Sundsvall
E-post: anna.lindqvist@example.se
Kundnummer: SE-402118

Jag vill få registerutdraget elektroniskt till ovanstående e-postadress.

Enligt artikel 12.3 ska ni besvara begäran utan onödigt dröjsmål och senast inom en månad.

Sundsvall den 10 februari 2025
Anna Lindqvist""",
     "Anna Lindqvist"),

    # 2. datarequests.org translated, with footer; personal line on top, subject changed
    ("access", (),
     "Kundnr 771032",
     """Hej! Jag använde en generator på nätet, hoppas det går bra att jag skickar det så här.

Erik Johansson
Vasagatan 3
411 24 Göteborg
Sverige

Datum: 2025-04-02
Referens: 2025-WQ83LD

Begäran om tillgång till personuppgifter enligt art. 15 GDPR

Hej,

härmed begär jag tillgång till mina personuppgifter enligt art. 15 GDPR. Bekräfta om ni behandlar personuppgifter som rör mig (art. 4.1 och 4.2 GDPR). Om så är fallet begär jag följande:

1. en kopia av alla personuppgifter om mig som ni lagrar (art. 15.3 GDPR);
2. ändamålen med behandlingen (art. 15.1 a GDPR);
3. kategorierna av personuppgifter (art. 15.1 b GDPR);
4. mottagarna av uppgifterna (art. 15.1 c GDPR);
5. den planerade lagringstiden (art. 15.1 d GDPR);
6. varifrån uppgifterna kommer (art. 15.1 g GDPR);
7. om automatiserat beslutsfattande eller profilering förekommer (art. 15.1 h GDPR).

Ni ska besvara begäran utan dröjsmål och senast inom en månad (art. 12.3 GDPR). Ange gärna referensen ovan i ert svar.

Med vänliga hälsningar
Erik Johansson

--
Denna begäran skapades med hjälp av datarequests.org.""",
     "Erik Johansson"),

    # 3. deletion with Art. 19 and closing the account
    ("deletion", (),
     "Begäran om radering av personuppgifter (artikel 17 GDPR)",
     """Hej,

Med stöd av artikel 17 i dataskyddsförordningen (GDPR) begär jag att ni utan onödigt dröjsmål raderar samtliga personuppgifter som ni behandlar om mig, inklusive mitt kundkonto, mitt medlemskap i kundklubben och min köphistorik, i den mån ni inte är skyldiga att spara uppgifterna enligt lag (t.ex. bokföringslagen).

Enligt artikel 19 GDPR ska ni underrätta varje mottagare till vilken personuppgifterna har lämnats ut om raderingen. Jag vill också få veta vilka dessa mottagare är.

Skicka en skriftlig bekräftelse när raderingen är genomförd.

Namn: Karin Berg
E-post: karin.berg@example.se
Kundnummer: 558240

Med vänlig hälsning
Karin Berg""",
     "Karin Berg"),

    # 4. objection to direct marketing and profiling (Art. 21)
    ("objection", (),
     "Invändning enligt artikel 21 GDPR",
     """Hej,

Jag invänder härmed, enligt artikel 21.2 i dataskyddsförordningen, mot att ni behandlar mina personuppgifter för direktmarknadsföring, inklusive profilering i den mån den hänger samman med sådan direktmarknadsföring.

Det gäller bland annat:
- analys av mina köp för att ta fram personliga erbjudanden,
- att ni lämnar ut mina uppgifter till era marknadsföringspartner,
- riktad reklam i sociala medier baserad på mina uppgifter.

Enligt artikel 21.3 får personuppgifterna inte längre behandlas för sådana ändamål. Bekräfta gärna att ni har registrerat min invändning.

Johan Nilsson
johan.nilsson@example.se
Kundklubbsnummer 6631 0029 114""",
     "Johan Nilsson"),

    # 5. withdrawal of consent, empty-ish subject written by the person
    ("withdraw_consent", (),
     "Återkallelse av samtycke",
     """Återkallelse av samtycke

Jag, Sara Eriksson (e-post sara.eriksson@example.se), återkallar härmed enligt artikel 7.3 i dataskyddsförordningen mitt samtycke till att få nyhetsbrev och erbjudanden via e-post och sms från Shop Example.

Återkallelsen påverkar inte lagligheten i behandling som skett innan samtycket återkallades.

Uppsala 2025-05-19
Sara Eriksson

Skickat från min iPhone""",
     "Sara Eriksson"),

    # 6. portability to a named provider + delete the account afterwards
    ("portability", ("deletion",),
     "Begäran om dataportabilitet (artikel 20 GDPR)",
     """Hej,

Enligt artikel 20 i dataskyddsförordningen begär jag att få ut de personuppgifter som jag har lämnat till er (kontouppgifter, leveransadresser, orderhistorik och bonuspoäng) i ett strukturerat, allmänt använt och maskinläsbart format.

Jag begär vidare, enligt artikel 20.2, att ni överför uppgifterna direkt till:
Trädgårdsbolaget i Norden AB, Industrivägen 7, 553 02 Jönköping, dataskydd@tradgardsbolaget.example.se
om det är tekniskt möjligt.

När överföringen är klar begär jag att ni raderar mitt kundkonto och mina personuppgifter enligt artikel 17.

Med vänliga hälsningar
Lars Andersson
Kundnummer 310995""",
     "Lars Andersson"),

    # 7. correction, short, personal line
    ("correction", (),
     "Rättelse av personuppgifter",
     """Hej, ni har fel efternamn och adress på mig sen jag gifte mig och flyttade, så här kommer en formell begäran.

Begäran om rättelse enligt artikel 16 GDPR

Jag begär att ni utan onödigt dröjsmål rättar följande felaktiga personuppgifter om mig:
- Efternamn: står "Persson", ska vara "Holm"
- Adress: står "Ringvägen 5, 118 60 Stockholm", ska vara "Åsögatan 71, 116 29 Stockholm"

Tack på förhand!
Emma Holm (f.d. Persson)
kundnr 448201""",
     "Emma Holm"),

    # 8. restriction pending an ARN dispute (Art. 18(1)(c))
    ("restriction", (),
     "Begäran om begränsning av behandling (artikel 18 GDPR)",
     """Hej,

Jag har en pågående tvist med er om en reklamerad robotgräsklippare (order SE-2024-90112). Ärendet är anmält till Allmänna reklamationsnämnden (ARN) efter rådgivning från Hallå konsument.

Enligt er integritetspolicy raderas orderuppgifter och kundtjänstärenden efter en viss tid. Med stöd av artikel 18.1 c i dataskyddsförordningen begär jag att ni i stället begränsar behandlingen av mina personuppgifter som rör ordern och reklamationen, eftersom jag behöver dem för att kunna fastställa, göra gällande och försvara rättsliga anspråk. Uppgifterna ska alltså bara lagras och inte användas för något annat tills tvisten är avgjord.

Underrätta mig innan begränsningen hävs.

Vänliga hälsningar
Mikael Lund""",
     "Mikael Lund"),

    # 9. reminder (påminnelse) on an unanswered deletion request, IMY notice
    ("complaint", ("deletion",),
     "Påminnelse: obesvarad begäran om radering",
     """Hej,

Den 14 januari 2025 skickade jag en begäran om radering av mina personuppgifter enligt artikel 17 GDPR till denna adress. Jag har inte fått något svar, och tidsfristen på en månad enligt artikel 12.3 har löpt ut.

Jag begär återigen att ni raderar alla mina personuppgifter och bekräftar detta skriftligen.

Om jag inte får svar inom två veckor kommer jag att lämna in ett klagomål till Integritetsskyddsmyndigheten (IMY).

Hälsningar
Ingrid Sandberg
ingrid.sandberg@example.se""",
     "Ingrid Sandberg"),

    # 10. other: Hallå konsument reklamation template
    ("other", (),
     "Reklamation",
     """Reklamation

Säljare: Shop Example
Köpare: Olof Gustafsson, Skolgatan 9, 903 29 Umeå, tel 070-123 45 67

Jag reklamerar härmed följande vara: Trädgårdsmöbelgrupp "Solö", 4 stolar och bord, ordernummer SE-2025-00871, köpt 2025-03-28.

Fel på varan: ett av stolsbenen har spruckit vid skruvfästet och bordsskivan har släppt i lamineringen efter två veckors användning. Varan har använts normalt.

Felet upptäcktes: 2025-04-20.

Med stöd av konsumentköplagen kräver jag att ni avhjälper felet eller levererar en ny vara. Bilder bifogas.

Jag vill ha svar senast 2025-05-12.

Umeå 2025-04-28
Olof Gustafsson

(Mall från Hallå konsument)""",
     "Olof Gustafsson"),
]

_RO = [
    # 1. ANSPDCP-style access request, CNP masked
    ("access", (),
     "Cerere de acces la datele cu caracter personal (art. 15 GDPR)",
     """Către: Shop Example
privacy@shop.example.be

CERERE DE ACCES LA DATELE CU CARACTER PERSONAL

Subsemnata Elena Popescu, domiciliată în București, str. Lipscani nr. 21, sector 3, CNP 2**********, e-mail elena.popescu@example.ro, număr client RO-661402,

În temeiul art. 15 din Regulamentul (UE) 2016/679 (Regulamentul general privind protecția datelor), vă solicit să îmi confirmați dacă prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi furnizați:

a) scopurile prelucrării;
b) categoriile de date cu caracter personal vizate;
c) destinatarii sau categoriile de destinatari cărora datele le-au fost sau urmează să le fie divulgate, în special destinatarii din țări terțe;
d) perioada pentru care se preconizează că vor fi stocate datele sau criteriile utilizate pentru a stabili această perioadă;
e) sursa datelor, în cazul în care acestea nu au fost colectate de la mine;
f) existența unui proces decizional automatizat, inclusiv crearea de profiluri;
g) o copie a datelor cu caracter personal care fac obiectul prelucrării (art. 15 alin. (3)).

Vă rog să îmi comunicați răspunsul prin e-mail, în termenul de o lună prevăzut de art. 12 alin. (3) din Regulament.

Data: 05.03.2025
Semnătura: Elena Popescu""",
     "Elena Popescu"),

    # 2. access + objection, datarequests translation with footer
    ("access", ("objection",),
     "Cerere privind accesul la date conform art. 15 GDPR (ref. 2025-PZ71KA)",
     """Andrei Ionescu
Str. Memorandumului 8
400114 Cluj-Napoca
România

Data: 12.02.2025
Referință: 2025-PZ71KA

Cerere privind accesul la date conform art. 15 GDPR

Bună ziua,

prin prezenta solicit acces la datele mele cu caracter personal, în conformitate cu art. 15 GDPR. Vă rog să confirmați dacă prelucrați date cu caracter personal care mă privesc (art. 4 alin. (1) și (2) GDPR). În caz afirmativ, solicit:

1. o copie a tuturor datelor cu caracter personal pe care le dețineți despre mine (art. 15 alin. (3) GDPR);
2. scopurile prelucrării (art. 15 alin. (1) lit. a GDPR);
3. categoriile de date prelucrate (art. 15 alin. (1) lit. b GDPR);
4. destinatarii datelor (art. 15 alin. (1) lit. c GDPR);
5. durata de stocare (art. 15 alin. (1) lit. d GDPR);
6. sursa datelor (art. 15 alin. (1) lit. g GDPR);
7. existența unui proces decizional automatizat, inclusiv a creării de profiluri (art. 15 alin. (1) lit. h GDPR).

Totodată, în temeiul art. 21 alin. (2) GDPR, mă opun prelucrării datelor mele în scop de marketing direct, inclusiv creării de profiluri în acest scop.

Aveți obligația de a răspunde fără întârzieri nejustificate și în cel mult o lună (art. 12 alin. (3) GDPR). Vă rog să menționați referința de mai sus în răspuns.

Cu stimă,
Andrei Ionescu

--
Această cerere a fost generată cu ajutorul datarequests.org.""",
     "Andrei Ionescu"),

    # 3. deletion + withdrawal of consent, Art. 19, subject changed (empty)
    ("deletion", ("withdraw_consent",),
     "",
     """Bună ziua, vă trimit mai jos cererea, vă rog să o rezolvați cât mai repede.

CERERE DE ȘTERGERE A DATELOR CU CARACTER PERSONAL („dreptul de a fi uitat”)

În temeiul art. 17 din Regulamentul (UE) 2016/679, vă solicit ștergerea fără întârzieri nejustificate a tuturor datelor mele cu caracter personal, inclusiv închiderea contului de client și a cardului de fidelitate.

De asemenea, îmi retrag consimțământul acordat pentru prelucrarea datelor în scop de marketing (newsletter, SMS), conform art. 7 alin. (3) din Regulament.

Conform art. 19 din Regulament, vă rog să notificați ștergerea fiecărui destinatar căruia i-au fost divulgate datele mele.

Vă rog să îmi confirmați în scris efectuarea ștergerii.

Mihaela Dumitrescu
mihaela.dumitrescu@example.ro
Iași, 28.04.2025""",
     "Mihaela Dumitrescu"),

    # 4. objection to profiling and sharing with partners
    ("objection", (),
     "Opoziție la prelucrarea datelor cu caracter personal (art. 21 GDPR)",
     """Stimate domn/Stimată doamnă,

În temeiul art. 21 din Regulamentul (UE) 2016/679, îmi exercit dreptul de opoziție și mă opun prelucrării datelor mele cu caracter personal în scop de marketing direct, inclusiv creării de profiluri pe baza istoricului meu de cumpărături, precum și transmiterii datelor mele către partenerii dumneavoastră de marketing și rețelele de publicitate.

Potrivit art. 21 alin. (3), după exercitarea dreptului de opoziție, datele mele nu mai pot fi prelucrate în aceste scopuri.

Date de identificare:
Nume: Cristian Stan
E-mail: cristian.stan@example.ro
Nr. card fidelitate: 9900 1123 4451

Vă rog să îmi confirmați primirea și soluționarea cererii.

Cu stimă,
Cristian Stan""",
     "Cristian Stan"),

    # 5. withdrawal of consent
    ("withdraw_consent", (),
     "Retragerea consimțământului",
     """RETRAGEREA CONSIMȚĂMÂNTULUI PRIVIND PRELUCRAREA DATELOR CU CARACTER PERSONAL

Subsemnata Ioana Munteanu, adresa de e-mail ioana.munteanu@example.ro, în temeiul art. 7 alin. (3) din Regulamentul (UE) 2016/679, îmi retrag consimțământul acordat Shop Example pentru primirea newsletterului și a comunicărilor comerciale prin e-mail și SMS.

Iau act de faptul că retragerea consimțământului nu afectează legalitatea prelucrării efectuate pe baza consimțământului înainte de retragerea acestuia.

Timișoara, 14.05.2025
Ioana Munteanu

PS. va rog sa ma scoateti de pe lista, link-ul de dezabonare nu merge""",
     "Ioana Munteanu"),

    # 6. portability to a named provider
    ("portability", (),
     "Cerere de portabilitate a datelor (art. 20 GDPR)",
     """Bună ziua,

În temeiul art. 20 din Regulamentul (UE) 2016/679, vă solicit să îmi furnizați datele cu caracter personal pe care vi le-am pus la dispoziție (datele contului, adresele de livrare, istoricul comenzilor și punctele de fidelitate) într-un format structurat, utilizat în mod curent și care poate fi citit automat.

Conform art. 20 alin. (2), vă solicit să transmiteți aceste date direct operatorului:
GrădinaMea SRL, Str. Fabricii nr. 12, 500269 Brașov, e-mail: dpo@gradinamea.example.ro,
în măsura în care acest lucru este fezabil din punct de vedere tehnic.

Cu stimă,
Radu Georgescu
ID client: RO-229015""",
     "Radu Georgescu"),

    # 7. correction, vague subject, personal line
    ("correction", (),
     "date gresite",
     """Buna ziua, de mai multe ori am sunat la relatii clienti si tot nu s-a schimbat, asa ca trimit cererea in scris:

Cerere de rectificare a datelor cu caracter personal

În temeiul art. 16 din Regulamentul (UE) 2016/679, vă solicit rectificarea fără întârzieri nejustificate a următoarelor date inexacte:
- numele: „Constantinescu Florin” în loc de „Constantinescu Florian”;
- adresa de livrare: Bd. Unirii nr. 45, bl. B2, ap. 17, 030823 București (în sistem apare ap. 71).

Vă rog să îmi confirmați efectuarea rectificării.

Florian Constantinescu
nr. client 5531907""",
     "Florian Constantinescu"),

    # 8. restriction during a dispute (ANPC complaint)
    ("restriction", (),
     "Cerere de restricționare a prelucrării (art. 18 GDPR)",
     """Stimată echipă,

Am în desfășurare un litigiu cu dumneavoastră privind comanda nr. RO-2024-55120 (un set de mobilier de grădină livrat deteriorat), pentru care am depus reclamație la ANPC cu sprijinul InfoCons.

În temeiul art. 18 alin. (1) lit. c) din Regulamentul (UE) 2016/679, vă solicit restricționarea prelucrării datelor mele cu caracter personal legate de această comandă (date de comandă, corespondență, fotografii), deoarece îmi sunt necesare pentru constatarea, exercitarea sau apărarea unui drept în instanță. Vă rog ca aceste date să fie doar stocate, să nu fie șterse și să nu fie folosite în alte scopuri până la soluționarea litigiului.

Vă rog să mă informați înainte de ridicarea restricției.

Cu stimă,
Gabriel Marin""",
     "Gabriel Marin"),

    # 9. revenire: newsletters still arriving after withdrawal, request repeated, ANSPDCP notice
    ("complaint", ("withdraw_consent",),
     "REVENIRE – cererea de dezabonare din 03.02.2025 nu a fost respectată",
     """Stimată doamnă/Stimate domn,

Revin la cererea mea din 03.02.2025, prin care mi-am retras consimțământul pentru primirea newsletterului și a mesajelor comerciale. Cu toate acestea, în ultima lună am primit încă 6 e-mailuri promoționale și 2 SMS-uri de la dumneavoastră, ceea ce reprezintă o încălcare a Regulamentului (UE) 2016/679 și a Legii nr. 506/2004.

Îmi retrag din nou, în mod expres, consimțământul pentru orice comunicare comercială.

Dacă mesajele nu încetează în termen de 7 zile, voi depune plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).

Cu stimă,
Daniela Rusu
daniela.rusu@example.ro""",
     "Daniela Rusu"),

    # 10. other: withdrawal from a distance contract (OUG 34/2014), the word "retragere" without consent
    ("other", (),
     "Notificare de retragere din contract – comanda RO-2025-01177",
     """Către: Shop Example

NOTIFICARE DE RETRAGERE DIN CONTRACT
(Formular standard – Anexa 2 la OUG nr. 34/2014)

Prin prezenta vă notific cu privire la retragerea mea din contractul referitor la vânzarea următoarelor produse: 1 x aspirator de frunze LeafMaster 3000, comanda nr. RO-2025-01177.

Comandat la data de: 22.04.2025 / Primit la data de: 25.04.2025
Numele consumatorului: Vlad Petrescu
Adresa consumatorului: Str. Republicii nr. 30, 550167 Sibiu
IBAN pentru rambursare: RO49 AAAA 1B31 0075 9384 0000

Data: 30.04.2025
Semnătura: Vlad Petrescu

Model preluat de pe site-ul APC România""",
     "Vlad Petrescu"),
]

_EL = [
    # 1. HDPA-style access request
    ("access", (),
     "Αίτηση άσκησης δικαιώματος πρόσβασης (άρθρο 15 ΓΚΠΔ)",
     """Προς: Shop Example
privacy@shop.example.be

ΑΙΤΗΣΗ ΑΣΚΗΣΗΣ ΔΙΚΑΙΩΜΑΤΟΣ ΠΡΟΣΒΑΣΗΣ

Στοιχεία υποκειμένου των δεδομένων:
Ονοματεπώνυμο: Γεώργιος Παπαδόπουλος
Διεύθυνση: Ερμού 52, 105 63 Αθήνα
E-mail: g.papadopoulos@example.gr
Αριθμός πελάτη: GR-300781

Δυνάμει του άρθρου 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679 (ΓΚΠΔ), ζητώ να μου επιβεβαιώσετε εάν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα που με αφορούν και, εφόσον ναι, να μου παράσχετε πρόσβαση σε αυτά καθώς και τις ακόλουθες πληροφορίες:

1. τους σκοπούς της επεξεργασίας·
2. τις κατηγορίες των δεδομένων προσωπικού χαρακτήρα·
3. τους αποδέκτες ή τις κατηγορίες αποδεκτών στους οποίους κοινολογήθηκαν ή πρόκειται να κοινολογηθούν τα δεδομένα, ιδίως αποδέκτες σε τρίτες χώρες·
4. το χρονικό διάστημα για το οποίο θα αποθηκευτούν τα δεδομένα ή τα κριτήρια που καθορίζουν το διάστημα αυτό·
5. την πηγή προέλευσης των δεδομένων, εφόσον δεν συλλέχθηκαν από εμένα·
6. την ύπαρξη αυτοματοποιημένης λήψης αποφάσεων, συμπεριλαμβανομένης της κατάρτισης προφίλ.

Ζητώ επίσης αντίγραφο των δεδομένων προσωπικού χαρακτήρα που υποβάλλονται σε επεξεργασία (άρθρο 15 παρ. 3 ΓΚΠΔ), σε ηλεκτρονική μορφή.

Υπενθυμίζω ότι, σύμφωνα με το άρθρο 12 παρ. 3 ΓΚΠΔ, οφείλετε να απαντήσετε χωρίς καθυστέρηση και σε κάθε περίπτωση εντός μηνός από την παραλαβή της αίτησης.

Αθήνα, 18/03/2025
Ο αιτών
Γεώργιος Παπαδόπουλος""",
     "Γεώργιος Παπαδόπουλος"),

    # 2. access + deletion, trimmed consumer-organisation letter, vague subject
    ("access", ("deletion",),
     "Αίτημα",
     """Καλησπέρα σας, βρήκα το υπόδειγμα στο site της ΕΚΠΟΙΖΩ και το προσάρμοσα λίγο.

Δυνάμει του άρθρου 15 του ΓΚΠΔ ζητώ να με ενημερώσετε ποια προσωπικά μου δεδομένα τηρείτε, για ποιο σκοπό και σε ποιους τα έχετε διαβιβάσει, και να μου αποστείλετε αντίγραφό τους.

Στη συνέχεια, και αφού λάβω την παραπάνω ενημέρωση, ζητώ τη διαγραφή όλων των δεδομένων μου και του λογαριασμού μου σύμφωνα με το άρθρο 17 του ΓΚΠΔ.

Ευχαριστώ,
Μαρία Κωνσταντίνου
email λογαριασμού: maria.konst@example.gr""",
     "Μαρία Κωνσταντίνου"),

    # 3. deletion with Art. 19
    ("deletion", (),
     "Αίτηση διαγραφής δεδομένων προσωπικού χαρακτήρα (άρθρο 17 ΓΚΠΔ)",
     """Κύριοι,

Δυνάμει του άρθρου 17 παρ. 1 του Κανονισμού (ΕΕ) 2016/679 (ΓΚΠΔ), ζητώ τη διαγραφή, χωρίς αδικαιολόγητη καθυστέρηση, όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν και τα οποία επεξεργάζεστε, συμπεριλαμβανομένου του λογαριασμού πελάτη και της κάρτας επιβράβευσης.

Σύμφωνα με το άρθρο 19 ΓΚΠΔ, παρακαλώ να ανακοινώσετε τη διαγραφή σε κάθε αποδέκτη στον οποίο κοινολογήθηκαν τα δεδομένα μου και να με ενημερώσετε σχετικά με τους αποδέκτες αυτούς.

Παρακαλώ για γραπτή επιβεβαίωση της διαγραφής εντός της προθεσμίας ενός μηνός.

Με εκτίμηση,
Δημήτρης Αντωνίου
Θεσσαλονίκη, 07/04/2025
e-mail: d.antoniou@example.gr""",
     "Δημήτρης Αντωνίου"),

    # 4. objection to direct marketing, subject = customer number
    ("objection", (),
     "Πελάτης 552190",
     """Καλημέρα,

Δυνάμει του άρθρου 21 παρ. 2 του ΓΚΠΔ, αντιτίθεμαι στην επεξεργασία των προσωπικών μου δεδομένων για σκοπούς απευθείας εμπορικής προώθησης, συμπεριλαμβανομένης της κατάρτισης προφίλ στο μέτρο που σχετίζεται με αυτή, καθώς και στη διαβίβαση των στοιχείων μου στους συνεργάτες σας για διαφημιστικούς σκοπούς.

Σύμφωνα με το άρθρο 21 παρ. 3 ΓΚΠΔ, τα δεδομένα μου δεν πρέπει πλέον να υποβάλλονται σε επεξεργασία για τους σκοπούς αυτούς.

Νίκος Γεωργίου
Πάτρα""",
     "Νίκος Γεωργίου"),

    # 5. withdrawal of consent + objection to profiling
    ("withdraw_consent", ("objection",),
     "Ανάκληση συγκατάθεσης – άρθρο 7 παρ. 3 ΓΚΠΔ",
     """ΑΝΑΚΛΗΣΗ ΣΥΓΚΑΤΑΘΕΣΗΣ

Η υπογράφουσα Ελένη Βασιλείου, με e-mail eleni.vasileiou@example.gr, ανακαλώ δυνάμει του άρθρου 7 παρ. 3 του ΓΚΠΔ τη συγκατάθεση που έχω δώσει στην εταιρεία Shop Example για την αποστολή ενημερωτικών δελτίων (newsletter) και προωθητικών μηνυμάτων μέσω e-mail και SMS.

Επιπλέον, δυνάμει του άρθρου 21 ΓΚΠΔ, αντιτίθεμαι στην κατάρτιση προφίλ με βάση το ιστορικό αγορών μου για σκοπούς εξατομικευμένης διαφήμισης.

Η ανάκληση δεν θίγει τη νομιμότητα της επεξεργασίας που βασίστηκε στη συγκατάθεση πριν από την ανάκλησή της.

Ηράκλειο, 20/05/2025
Ελένη Βασιλείου""",
     "Ελένη Βασιλείου"),

    # 6. portability to a named provider
    ("portability", (),
     "Αίτηση φορητότητας δεδομένων (άρθρο 20 ΓΚΠΔ)",
     """Αξιότιμοι κύριοι,

Δυνάμει του άρθρου 20 του ΓΚΠΔ, ζητώ να λάβω τα δεδομένα προσωπικού χαρακτήρα που με αφορούν και τα οποία σας έχω παράσχει (στοιχεία λογαριασμού, διευθύνσεις αποστολής, ιστορικό παραγγελιών, πόντοι επιβράβευσης) σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο.

Σύμφωνα με το άρθρο 20 παρ. 2, ζητώ να διαβιβάσετε τα δεδομένα αυτά απευθείας στον νέο υπεύθυνο επεξεργασίας:
ΚΗΠΟΣ & ΣΠΙΤΙ Α.Ε., Λεωφ. Κηφισίας 210, 152 31 Χαλάνδρι, e-mail: dpo@kipos-spiti.example.gr
εφόσον αυτό είναι τεχνικά εφικτό.

Με εκτίμηση,
Αθανάσιος Μιχαηλίδης
Αρ. πελάτη: GR-118044""",
     "Αθανάσιος Μιχαηλίδης"),

    # 7. correction
    ("correction", (),
     "Αίτηση διόρθωσης δεδομένων (άρθρο 16 ΓΚΠΔ)",
     """Καλησπέρα σας,

Δυνάμει του άρθρου 16 του ΓΚΠΔ, ζητώ τη διόρθωση των ακόλουθων ανακριβών δεδομένων προσωπικού χαρακτήρα που με αφορούν:

- Επώνυμο: αναγράφεται «Ιωαννιδου», το σωστό είναι «Ιωαννίδου-Πέτρου»
- Διεύθυνση αποστολής: αναγράφεται «Αγίου Δημητρίου 14», η σωστή είναι «Αγίου Δημητρίου 41, 546 30 Θεσσαλονίκη»
- Κινητό: αναγράφεται 6912345678, το σωστό είναι 6987654321

Παρακαλώ για επιβεβαίωση της διόρθωσης.

Σοφία Ιωαννίδου-Πέτρου""",
     "Σοφία Ιωαννίδου"),

    # 8. restriction during a dispute (Art. 18(1)(c))
    ("restriction", (),
     "Αίτημα περιορισμού της επεξεργασίας (άρθρο 18 ΓΚΠΔ)",
     """Κύριοι,

Βρίσκομαι σε διαφορά με την εταιρεία σας σχετικά με την παραγγελία GR-2024-70231 (ελαττωματικό αντλιοστάσιο κήπου) και έχω ήδη απευθυνθεί στον Συνήγορο του Καταναλωτή.

Δυνάμει του άρθρου 18 παρ. 1 στοιχ. γ΄ του ΓΚΠΔ, ζητώ τον περιορισμό της επεξεργασίας των δεδομένων μου που σχετίζονται με την παραγγελία αυτή (στοιχεία παραγγελίας, αλληλογραφία, φωτογραφίες), διότι μου είναι απαραίτητα για τη θεμελίωση, άσκηση ή υποστήριξη νομικών αξιώσεων. Τα δεδομένα να μη διαγραφούν και να μη χρησιμοποιηθούν για άλλον σκοπό, αλλά μόνο να αποθηκεύονται έως την επίλυση της διαφοράς.

Παρακαλώ να με ενημερώσετε πριν από την άρση του περιορισμού.

Με εκτίμηση,
Κωνσταντίνος Λαμπρόπουλος""",
     "Κωνσταντίνος Λαμπρόπουλος"),

    # 9. complaint about a data leak (other customers' addresses in CC), notice to the Authority
    ("complaint", (),
     "Καταγγελία – διαρροή προσωπικών δεδομένων στο e-mail της 02/06/2025",
     """Κύριοι,

Στις 02/06/2025 λάβαμε από εσάς e-mail με θέμα «Η παραγγελία σας καθυστερεί», στο οποίο οι διευθύνσεις e-mail εκατοντάδων πελατών σας, μεταξύ των οποίων και η δική μου, ήταν ορατές στο πεδίο «Κοιν.». Πρόκειται για σαφή παραβίαση δεδομένων προσωπικού χαρακτήρα και για παράβαση της υποχρέωσης ασφάλειας του άρθρου 32 ΓΚΠΔ.

Εκφράζω την έντονη δυσαρέσκειά μου για τον τρόπο με τον οποίο χειρίζεστε τα στοιχεία των πελατών σας. Σας γνωστοποιώ ότι θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα, και ότι έχω ενημερώσει και την ΕΚΠΟΙΖΩ.

Ευάγγελος Σταθόπουλος""",
     "Ευάγγελος Σταθόπουλος"),

    # 10. other: withdrawal from a distance purchase (υπαναχώρηση), no privacy request
    ("other", (),
     "Υπαναχώρηση από σύμβαση εξ αποστάσεως – παραγγελία GR-2025-02219",
     """ΕΝΤΥΠΟ ΥΠΑΝΑΧΩΡΗΣΗΣ

Προς: Shop Example

Με την παρούσα σας γνωστοποιώ ότι υπαναχωρώ από τη σύμβαση πώλησης του ακόλουθου προϊόντος: ηλεκτρικό κλαδευτικό ψαλίδι HedgePro 500, αρ. παραγγελίας GR-2025-02219.

Ημερομηνία παραγγελίας: 10/05/2025
Ημερομηνία παραλαβής: 14/05/2025
Όνομα καταναλωτή: Παναγιώτης Ζαχαρίου
Διεύθυνση καταναλωτή: Τσιμισκή 88, 546 22 Θεσσαλονίκη

Σύμφωνα με το άρθρο 3ι του ν. 2251/1994, παρακαλώ για την επιστροφή του ποσού των 89,90 € εντός 14 ημερών.

Ημερομηνία: 19/05/2025
Υπογραφή: Παναγιώτης Ζαχαρίου

(Υπόδειγμα ΕΚΠΟΙΖΩ)""",
     "Παναγιώτης Ζαχαρίου"),
]

_BG = [
    # 1. КЗЛД-style model application for access, ЕГН masked
    ("access", (),
     "Заявление за достъп до лични данни",
     """ДО
Shop Example
privacy@shop.example.be

З А Я В Л Е Н И Е
за достъп до лични данни
(чл. 15 от Регламент (ЕС) 2016/679)

от Иван Петров Димитров
ЕГН: **********
адрес за кореспонденция: гр. София, ж.к. Младост 1, бл. 12, вх. А, ап. 5
e-mail: ivan.dimitrov@example.bg
клиентски номер: BG-207731

На основание чл. 15 от Общия регламент относно защитата на данните моля да ми бъде предоставена информация дали обработвате лични данни, свързани с мен, и ако е така – достъп до тези данни, както и информация относно:
1. целите на обработването;
2. категориите лични данни;
3. получателите или категориите получатели, пред които са или ще бъдат разкрити личните данни, по-специално получатели в трети държави;
4. предвидения срок за съхранение на данните или критериите за определяне на този срок;
5. източника на данните, когато те не са събрани от мен;
6. наличието на автоматизирано вземане на решения, включително профилиране.

Моля също да ми бъде предоставено копие от личните данни, които са в процес на обработване (чл. 15, пар. 3 от Регламента).

Желая информацията да ми бъде предоставена:
[ ] на място
[ ] по пощата
[X] по електронен път на посочения e-mail

Дата: 12.03.2025 г.
гр. София
Подпис: Иван Димитров""",
     "Иван Димитров"),

    # 2. access, short, personal line, subject = customer number
    ("access", (),
     "Клиентски номер 558-20931",
     """Здравейте,
пиша ви, защото получавам реклами от фирми, за които не съм чувала, и искам да знам какво точно пазите за мен.

На основание чл. 15 от ОРЗД моля да ми предоставите копие от всички мои лични данни, които обработвате, както и информация за целите на обработването и на кого сте ги предоставили.

Благодаря предварително,
Десислава Георгиева""",
     "Десислава Георгиева"),

    # 3. deletion + withdrawal + objection, consumer-organisation template
    ("deletion", ("withdraw_consent", "objection"),
     "Искане за изтриване на лични данни (чл. 17 ОРЗД)",
     """До Shop Example

ИСКАНЕ
за изтриване на лични данни

Долуподписаната Мария Стоянова, e-mail maria.stoyanova@example.bg, на основание чл. 17, пар. 1 от Регламент (ЕС) 2016/679 (ОРЗД) искам да изтриете без ненужно забавяне всички мои лични данни, които обработвате, включително клиентския ми профил и картата за лоялност.

На основание чл. 19 от ОРЗД моля да уведомите за изтриването всеки получател, на когото са били разкрити моите лични данни.

Едновременно с това оттеглям всички дадени от мен съгласия за обработване на личните ми данни (чл. 7, пар. 3 от ОРЗД).

Възразявам също срещу обработването на личните ми данни за целите на директния маркетинг, включително профилиране (чл. 21, пар. 2 от ОРЗД).

Моля да ме уведомите писмено за предприетите действия в срок от един месец.

Пловдив, 03.04.2025 г.
Мария Стоянова

Образец: сдружение „Активни потребители“""",
     "Мария Стоянова"),

    # 4. objection to profiling and sharing for advertising
    ("objection", (),
     "Възражение срещу обработването на лични данни (чл. 21 ОРЗД)",
     """Уважаеми госпожи и господа,

На основание чл. 21 от Общия регламент относно защитата на данните възразявам срещу обработването на личните ми данни за целите на директния маркетинг, включително профилиране въз основа на историята на покупките ми, както и срещу предоставянето им на ваши маркетингови партньори и рекламни мрежи.

Съгласно чл. 21, пар. 3 от Регламента след възражението личните ми данни не могат повече да бъдат обработвани за тези цели.

Моля да потвърдите, че възражението ми е взето предвид.

Стефан Николов
stefan.nikolov@example.bg
карта за лоялност № 3300 7781 2204""",
     "Стефан Николов"),

    # 5. withdrawal of consent, empty subject
    ("withdraw_consent", (),
     "",
     """ОТТЕГЛЯНЕ НА СЪГЛАСИЕ
за обработване на лични данни

Аз, Елена Тодорова, e-mail elena.todorova@example.bg, на основание чл. 7, пар. 3 от Регламент (ЕС) 2016/679 оттеглям съгласието си за получаване на бюлетин (newsletter) и търговски съобщения по e-mail и SMS от Shop Example.

Оттеглянето на съгласието не засяга законосъобразността на обработването въз основа на дадено съгласие преди неговото оттегляне.

Варна, 21.05.2025 г.
Елена Тодорова""",
     "Елена Тодорова"),

    # 6. portability to a named provider
    ("portability", (),
     "Искане за преносимост на данните (чл. 20 ОРЗД)",
     """Здравейте,

На основание чл. 20 от Общия регламент относно защитата на данните моля да ми предоставите личните данни, които съм ви предоставил (данни от профила, адреси за доставка, история на поръчките и точки по програмата за лоялност), в структуриран, широко използван и пригоден за машинно четене формат.

Съгласно чл. 20, пар. 2 моля данните да бъдат прехвърлени директно на новия администратор:
„Градина и Дом“ ЕООД, бул. „Христо Ботев“ 48, 4000 Пловдив, e-mail: dpo@gradina-dom.example.bg,
когато това е технически осъществимо.

С уважение,
Петър Илиев
клиентски номер BG-551902""",
     "Петър Илиев"),

    # 7. correction + restriction while checking
    ("correction", ("restriction",),
     "Искане за коригиране на лични данни",
     """Уважаеми господа,

На основание чл. 16 от ОРЗД моля да коригирате следните неточни лични данни, които обработвате за мен:
- фамилия: вписано „Костова“, вярно „Костова-Ангелова“;
- адрес за доставка: вписано „ул. Шипка 6“, вярно „ул. Шипка 16, 1504 София“.

До проверката на точността на данните моля, на основание чл. 18, пар. 1, буква „а“ от ОРЗД, да ограничите обработването им и да не изпращате пратки на стария адрес.

С уважение,
Виктория Костова-Ангелова
кл. № 660214""",
     "Виктория Ангелова"),

    # 8. restriction during a dispute (Art. 18(1)(c))
    ("restriction", (),
     "Искане за ограничаване на обработването (чл. 18 ОРЗД)",
     """Уважаеми госпожи и господа,

Имам спор с вас по поръчка № BG-2024-81177 (дефектна косачка) и съм подал жалба до Комисията за защита на потребителите.

На основание чл. 18, пар. 1, буква „в“ от Общия регламент относно защитата на данните искам ограничаване на обработването на личните ми данни, свързани с тази поръчка (данни за поръчката, кореспонденция, снимки), тъй като са ми необходими за установяването, упражняването или защитата на правни претенции. Моля данните да не бъдат изтривани и да не се използват за други цели, а само да се съхраняват до приключване на спора.

Моля да ме уведомите преди отмяната на ограничението.

С уважение,
Христо Василев""",
     "Христо Василев"),

    # 9. reminder (напомняне) on an unanswered access request, КЗЛД notice
    ("complaint", ("access",),
     "НАПОМНЯНЕ – неотговорено заявление за достъп от 15.01.2025 г.",
     """Уважаеми госпожи и господа,

На 15.01.2025 г. ви изпратих заявление за достъп до лични данни на основание чл. 15 от ОРЗД. Едномесечният срок по чл. 12, пар. 3 от Регламента изтече, без да получа отговор или уведомление за удължаване на срока.

Повторно ви моля да ми предоставите копие от личните ми данни и информацията по чл. 15, пар. 1 от ОРЗД.

Ако в срок от 7 дни не получа отговор, ще подам жалба до Комисията за защита на личните данни (КЗЛД).

С уважение,
Георги Попов
georgi.popov@example.bg""",
     "Георги Попов"),

    # 10. other: warranty claim (рекламация), consumer-organisation template
    ("other", (),
     "Рекламация",
     """ДО Shop Example

РЕКЛАМАЦИЯ
(по чл. 112–115 от Закона за защита на потребителите)

От: Николай Христов, гр. Бургас, ул. „Александровска“ 33, тел. 0888 123 456

Предявявам рекламация за следната стока: електрически тример GrassPro 450, поръчка № BG-2025-03310, закупен на 08.04.2025 г.

Описание на несъответствието: след около 3 часа работа моторът спира да се върти, шпулата с корда не се навива.

Искам: [X] стоката да бъде ремонтирана  [ ] замяна с нова  [ ] намаляване на цената  [ ] връщане на заплатената сума

Прилагам: копие от касова бележка и снимки.

Дата: 29.04.2025 г.
Подпис: Николай Христов

Образец от сайта на „Активни потребители“""",
     "Николай Христов"),
]

PEOPLE_WB = {
    "pl": _PL,
    "cs": _CS,
    "hr": _HR,
    "sv": _SV,
    "ro": _RO,
    "el": _EL,
    "bg": _BG,
}

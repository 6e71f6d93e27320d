"""Eighth set, people: informed and unusual letters. Written apart from the rules (see make_eighth.py)."""

PEOPLE_W = {
    "pl": [
        ("access", (), "Zautomatyzowane decyzje – art. 15 ust. 1 lit. h RODO", """Dzień dobry,

pracuję jako programista przy systemach scoringowych, więc mniej więcej wiem, jak to wygląda od środka. Przy ostatnim zamówieniu (nr 2024-118734) nie pokazała mi się opcja „kup teraz, zapłać później”, chociaż jeszcze w marcu normalnie z niej korzystałem. Podejrzewam, że decyduje o tym jakiś automatyczny model oceny ryzyka.

Na podstawie art. 15 ust. 1 lit. h RODO proszę o informację:
- czy wobec mnie podejmowane są decyzje oparte wyłącznie na zautomatyzowanym przetwarzaniu, w tym profilowaniu (art. 22 ust. 1 i 4),
- jeśli tak – o istotne informacje o zasadach ich podejmowania (jakie kategorie moich danych są brane pod uwagę i jak mniej więcej wpływają na wynik),
- oraz o znaczeniu i przewidywanych konsekwencjach takiego przetwarzania dla mnie.

Nie proszę o kod źródłowy ani o wagi modelu, tylko o zrozumiałe wyjaśnienie. Jeżeli decyzję podejmuje zewnętrzny operator płatności odroczonych, proszę o podanie jego nazwy.

Pozdrawiam
Michał Wróblewski""", "Michał Wróblewski"),

        ("objection", ("restriction",), "sprzeciw", """Szanowni Państwo,

w polityce prywatności (pkt 6.2) piszecie, że w ramach prawnie uzasadnionego interesu dzielicie klientów na „segmenty” na podstawie historii zakupów i zachowania na stronie, a pod te segmenty dobieracie rabaty i kolejność wyświetlanych produktów.

Na podstawie art. 21 ust. 1 RODO wnoszę sprzeciw wobec takiego profilowania mojej osoby. Moja szczególna sytuacja jest taka, że przez ostatni rok kupowałam u Was prawie wyłącznie rzeczy dla chorej mamy (poręcze, maty antypoślizgowe, krzesło pod prysznic) i od tamtej pory cała strona wygląda u mnie jak sklep medyczny. Nie życzę sobie, żeby z moich zakupów wyciągać wnioski o stanie zdrowia w mojej rodzinie.

Do czasu rozpatrzenia sprzeciwu proszę o ograniczenie przetwarzania moich danych w tym zakresie (art. 18 ust. 1 lit. d RODO).

Konto jest zarejestrowane na ten adres e-mail.

Karolina Zielińska""", "Karolina Zielińska"),

        ("access", (), "", """Agnieszka Dudek
ul. Słowackiego 14/3
30-037 Kraków

shop.example.be
Inspektor Ochrony Danych
privacy@shop.example.be

Kraków, 12 maja 2025 r.

Dotyczy: żądanie kopii danych osobowych, nr klienta 5508812

Działając na podstawie art. 15 ust. 3 RODO, żądam przekazania mi kopii moich danych osobowych, które Państwo przetwarzają – nie samego zestawienia kategorii, lecz faktycznych danych, w tym historii zamówień, notatek obsługi klienta oraz zapisów rozmów z infolinią, jeżeli takie istnieją.

Przypominam, że zgodnie z art. 12 ust. 3 RODO odpowiedź powinna nastąpić bez zbędnej zwłoki, nie później niż w terminie miesiąca od otrzymania żądania. W razie przedłużenia tego terminu proszę o informację w ciągu tego miesiąca wraz z podaniem przyczyn opóźnienia.

Kopię proszę przesłać w formie elektronicznej na adres, z którego wysyłam tę wiadomość.

Z poważaniem
Agnieszka Dudek""", "Agnieszka Dudek"),

        ("complaint", ("access",), "Odszkodowanie - incydent z lutego", """Dzień dobry,

piszę w związku z Państwa wiadomością z 21 lutego o „incydencie bezpieczeństwa”, w wyniku którego „mogły zostać ujawnione dane kontaktowe niektórych klientów”.

Od początku marca dostaję SMS-y i maile rzekomo od kuriera, z moim imieniem, nazwiskiem, adresem i numerem zamówienia z Waszego sklepu (!). Dwa tygodnie temu zadzwonił do mnie „konsultant banku”, który wiedział dokładnie, co u Was kupiłem. Na szczęście się nie nabrałem, ale zastrzegłem PESEL, nie odbieram nieznanych numerów i straciłem na to mnóstwo czasu i nerwów. Sprawę zgłosiłem na policję.

Na podstawie art. 82 RODO wzywam Państwa do zapłaty kwoty 3 000 zł tytułem zadośćuczynienia za szkodę niemajątkową, w terminie 14 dni od otrzymania tej wiadomości (numer rachunku podam w odpowiedzi).

Jednocześnie proszę o konkretną informację, które dokładnie moje dane zostały objęte naruszeniem i kiedy do niego doszło – ogólnik z Waszego maila mi nie wystarcza.

Jeżeli nie otrzymam odpowiedzi, skieruję sprawę do sądu i złożę skargę do Prezesa UODO.

Paweł Kaczmarek""", "Paweł Kaczmarek"),

        ("restriction", ("correction",), "Pytanie o moje konto", """Dzień dobry,

przy próbie zwrotu ostatniego zamówienia konsultantka powiedziała mi przez telefon, że mam w systemie „oznaczenie nadużyć przy zwrotach” i dlatego zwrot musi przejść dodatkową weryfikację. To nieprawda – przez trzy lata zwracałem u Was towar dwa razy, w tym raz z powodu uszkodzenia w transporcie.

Kwestionuję prawidłowość tego oznaczenia. Dopóki tego nie sprawdzicie, proszę go w żaden sposób wobec mnie nie wykorzystywać, ani przy zwrotach, ani przy niczym innym (art. 18 ust. 1 lit. a RODO). Po sprawdzeniu proszę je poprawić albo zdjąć z mojego konta.

Łukasz Szymański""", "Łukasz Szymański"),

        ("portability", (), "Przeniesienie danych – Castorama", """Cześć,

przeprowadziłem się i teraz mam Castoramę dosłownie za rogiem, więc przenoszę tam zakupy. U Was mam konto od 2019 r. i kartę stałego klienta.

Na podstawie art. 20 ust. 2 RODO proszę o przesłanie moich danych (dane konta, adresy, historia zamówień, lista życzeń) bezpośrednio do Castorama Polska Sp. z o.o. – najlepiej przez ich dział ochrony danych, kontakt jest w ich polityce prywatności. Jeśli bezpośrednio się nie da, wyślijcie to mnie w jakimś normalnym formacie, CSV albo JSON, byle nie PDF.

Dzięki,
Bartek Lewandowski""", "Bartosz Lewandowski"),

        ("withdraw_consent", (), "cookies", """Dzień dobry,

wczoraj wieczorem wszedłem na Wasza stronę z telefonu i odruchowo kliknąłem „Akceptuj wszystkie” w banerze. Chcę tę zgodę cofnąć, zwłaszcza na pliki marketingowe i piksele partnerów reklamowych, które macie na liście dostawców.

Na stronie nie widzę żadnej ikonki ani linku, żeby wrócić do ustawień banera, a przecież wycofanie zgody ma być równie łatwe jak jej wyrażenie (art. 7 ust. 3 RODO). Byłem zalogowany na konto z tym adresem mailowym, więc chyba da się to u Was przypisać.

pozdrawiam
Marcin""", "Marcin Jabłoński"),

        ("correction", (), "Zmiana danych osobowych", """Szanowni Państwo,

uprzejmie informuję, że w związku z zawarciem związku małżeńskiego zmieniłam nazwisko z Kowalczyk na Mazur. Zmienił się także mój adres zamieszkania.

Na podstawie ustawy o ochronie danych osobowych proszę o uaktualnienie moich danych w Państwa bazie klientów oraz na karcie stałego klienta:

nazwisko: Mazur (poprzednio Kowalczyk)
adres: ul. Lipowa 7, 20-020 Lublin (poprzednio ul. Narutowicza 31/12, Lublin)

Numer karty: 4400 2381 9912

Z wyrazami szacunku
Elżbieta Mazur""", "Elżbieta Mazur"),

        ("deletion", (), "Prośba", """Szanowni Państwo!

Zwracam się do Państwa w sprawie mojego osobistego gabinetu na Państwa stronie internetowej. Już nie mieszkam w Belgii i nie planuję robić zakupy w Państwa sklepie. Proszę aby wszystkie moje informacje osobiste zostały zniszczone z Państwa systemów, również adres dostawy, numer telefonu i historia zakupów. Nie chcę żeby one u Państwa zostały.

Proszę poinformować mnie na tę pocztę, kiedy to będzie wykonane.

Z szacunkiem,
Olena Kovalchuk""", "Olena Kovalchuk"),

        ("other", (), "Prośba o wskazanie adresu do korespondencji", """Szanowni Państwo,

działam jako pełnomocnik spółki Ogrody Nowak sp. z o.o. z siedzibą w Poznaniu, która w latach 2023–2024 dostarczała Państwa sklepowi meble ogrodowe. Między stronami powstał spór dotyczący rozliczenia ostatnich dostaw (umowa ramowa z 10.01.2023 r.).

Adres privacy@ jest jedynym, jaki udało mi się znaleźć na stronie poza formularzem dla klientów. Uprzejmie proszę o przekazanie danych kontaktowych Państwa inspektora ochrony danych lub – co byłoby właściwsze – działu prawnego, do którego mogę kierować korespondencję w imieniu klienta. Sprawa nie dotyczy danych osobowych.

Z poważaniem
r.pr. Jakub Sadowski
Kancelaria Radcy Prawnego Jakub Sadowski
ul. Półwiejska 12, Poznań""", "Jakub Sadowski"),

        ("other", (), "Re: Zapytanie ofertowe 2025/03", """Dzień dobry,

ponownie otrzymaliśmy od Państwa zapytanie ofertowe, a nasza firma od stycznia nie produkuje już donic betonowych i zakończyła współpracę z odbiorcami hurtowymi.

Prosimy o usunięcie firmy BETON-DEKOR sp. z o.o. z Państwa bazy dostawców i niekierowanie do nas kolejnych zapytań.

Z poważaniem
Dział handlowy
BETON-DEKOR sp. z o.o.
Kalisz""", "BETON-DEKOR Biuro"),

        ("automated", (), "Automatyczna odpowiedź: Re: Prośba o wskazanie adresu do korespondencji", """Dzień dobry,

dziękuję za wiadomość. Do 18 sierpnia przebywam na urlopie z ograniczonym dostępem do poczty. W sprawach pilnych proszę o kontakt z sekretariatem kancelarii: sekretariat@kancelaria-sadowski.example lub tel. 61 000 00 00.

Wiadomości nie są przekazywane dalej.

r.pr. Jakub Sadowski""", "Jakub Sadowski"),
    ],
    "cs": [
        ("access", (), "Žádost o kopii mého osobního spisu", """Dobrý den,

v letech 2021–2023 jsem byla vaší zaměstnankyní na české zákaznické lince v Brně, pracovní poměr skončil v září 2023.

Chtěla bych požádat o kopii všech osobních údajů, které o mně jako o bývalé zaměstnankyni vedete – hlavně osobní spis, hodnocení výkonu, záznamy z monitoringu hovorů a poznámky vedoucích, pokud se týkají mě. Zajímá mě také, jak dlouho to ještě hodláte uchovávat.

Osobní číslo jsem měla CZ-0142, kdyby to pomohlo.

Děkuji,
Veronika Pokorná""", "Veronika Pokorná"),

        ("objection", (), "Zrušená objednávka – automatické vyhodnocení", """Dobrý den,

minulý týden mi váš systém zrušil objednávku a zakázal mi platbu na dobírku s hláškou „Objednávku nelze dokončit na základě automatického vyhodnocení rizika“. Nikdo se mě na nic neptal a zjevně to neviděl žádný člověk.

Jsem vývojář a podobné antifraudové modely sám ladím, takže chápu, proč je máte. Nesouhlasím ale s tím, aby o mně takhle rozhodoval jen algoritmus. Vznáším námitku proti tomuto profilování a podle čl. 22 odst. 3 GDPR požaduji, aby moji objednávku posoudil člověk, abych mohl vyjádřit svůj názor a rozhodnutí napadnout.

Objednávka č. 7730-2291.

S pozdravem
Ondřej Havlíček""", "Ondřej Havlíček"),

        ("access", (), "Re: Your request no. 44821 – completed", """Dobrý den,

díky za potvrzení, že můj účet a údaje jsou smazané.

Ještě bych prosil o jednu věc: podle čl. 19 GDPR mám právo vědět, komu jste moje údaje předtím předali a koho jste o výmazu informovali. Nakupoval jsem u vás na splátky a občas mi chodila reklama od nějakých „partnerů“, tak bych rád věděl, kteří to byli – ať se případně můžu obrátit přímo na ně.

Díky
Jan Beneš

> Dear Mr Beneš,
> We confirm that your erasure request (no. 44821) has been completed and that
> your customer account has been closed.
> Kind regards, Privacy Team""", "Jan Beneš"),

        ("complaint", ("deletion",), "URGENCE - žádost ze dne 3. 2.", """Dobrý den,

3. února jsem vám na tuto adresu poslala žádost o výmaz svých údajů a zrušení účtu. Dnes je 20. března a nepřišlo mi vůbec nic, ani potvrzení, že jste to dostali.

Připomínám, že na odpověď máte podle čl. 12 odst. 3 GDPR jeden měsíc. Ta lhůta dávno uplynula.

Znovu tedy žádám: zrušte můj účet a smažte všechno, co o mně máte. Pokud do deseti dnů nedostanu potvrzení, podám stížnost u Úřadu pro ochranu osobních údajů.

Lenka Marešová""", "Lenka Marešová"),

        ("restriction", (), "k mé námitce z 14. 5.", """Dobrý den,

14. 5. jsem vám poslal námitku proti tomu, že můj e-mail a historii nákupů předáváte reklamním partnerům pro cílení reklamy na sociálních sítích. Dostal jsem automatickou odpověď, že se tím budete zabývat.

Než rozhodnete, jestli vaše oprávněné zájmy převažují, žádám o omezení zpracování mých údajů podle čl. 18 odst. 1 písm. d) GDPR – tedy aby se mezitím nikam dál neposílaly ani jinak nepoužívaly, jen zůstaly uložené.

Rozhodnutí o námitce mi prosím pošlete písemně.

Petr Sýkora""", "Petr Sýkora"),

        ("portability", ("deletion",), "přechod k OBI", """Dobrý den,

rozhodl jsem se nakupovat v OBI, kde mám i věrnostní kartu. Podle čl. 20 odst. 2 GDPR vás žádám, abyste údaje, které jsem vám sám poskytl (profil, adresy, historie objednávek, seznam oblíbených), předali přímo společnosti OBI Česká republika s.r.o., a to ve strukturovaném a strojově čitelném formátu.

Až to bude hotové, účet u vás prosím zrušte a data smažte, už ho nebudu potřebovat.

Díky a mějte se,
Radek Dvořák""", "Radek Dvořák"),

        ("withdraw_consent", (), "", """Dobrý den,

při registraci do věrnostního programu jsem zaškrtla souhlas s tím, že si z mých nákupů budete sestavovat „osobní profil pro nabídky na míru“. Tenhle souhlas tímto odvolávám. Kartu si chci nechat, body sbírat dál a slevy dostávat jako všichni ostatní, jen ať mi nikdo nesestavuje profil.

Číslo karty 2900 1187 4521.

Zdraví
Hana Černá""", "Hana Černá"),

        ("correction", (), "oprava data narození", """Dobrý den,

v mém zákaznickém účtu mám špatně uvedené datum narození (15. 7. 1986 místo 5. 7. 1968), asi jsem se kdysi při registraci překlepla. Narozeninová sleva mi proto chodí v jiný den a e-shop mi navíc pořád nabízí zboží pro mladé rodiny :)

Žádám o opravu podle zákona č. 110/2019 Sb., o zpracování osobních údajů. Zároveň prosím opravte i adresu – místo Husova 12 má být Husova 21, kurýr už dvakrát bloudil.

Děkuji
Jaroslava Kučerová""", "Jaroslava Kučerová"),

        ("deletion", ("objection",), "Žádost", """Mgr. Tomáš Procházka
Na Výsluní 8
370 01 České Budějovice

shop.example.be
oddělení ochrany osobních údajů
privacy@shop.example.be

V Českých Budějovicích dne 2. 6. 2025

Věc: Žádost o výmaz osobních údajů (čl. 17 GDPR)
Zákaznické číslo: 882 113

Vážení,

tímto Vás žádám o výmaz veškerých mých osobních údajů, které zpracováváte, a o zrušení mého zákaznického účtu, neboť údaje již nejsou potřebné pro účely, pro které byly shromážděny (čl. 17 odst. 1 písm. a).

Pokud některé údaje musíte uchovávat ze zákonných důvodů (např. účetní doklady), vznáším zároveň námitku proti jejich jakémukoli dalšímu použití pro marketing a analytiku, včetně předávání partnerům.

Prosím o písemné potvrzení.

S pozdravem

Mgr. Tomáš Procházka""", "Tomáš Procházka"),

        ("other", (), "Citace vašich zásad ochrany osobních údajů v diplomové práci", """Dobrý den,

jsem studentka navazujícího magisterského studia na Právnické fakultě MU a píšu diplomovou práci o srozumitelnosti zásad ochrany osobních údajů u e-shopů, které působí ve více zemích EU. Vaše zásady (verze z ledna 2025) patří mezi ty, které rozebírám.

Chtěla bych se zeptat, jestli vám nevadí, když z nich budu v práci doslovně citovat několik odstavců (samozřejmě se zdrojem), případně jestli existuje i starší verze, kterou byste mi mohli poskytnout pro srovnání.

Nejde o žádné mé osobní údaje, u vás ani nejsem registrovaná.

Děkuji a přeji hezký den
Bc. Kristýna Vávrová""", "Kristýna Vávrová"),

        ("other", (), "Dotaz redakce", """Dobrý den,

jsem redaktor spotřebitelské rubriky a připravuji článek o věrnostních programech zahraničních e-shopů, které prodávají do Česka. Mohl bych vás poprosit o krátké vyjádření k několika otázkám?

1) Kolik máte ve věrnostním programu zákazníků z ČR?
2) Sdílíte data z věrnostních karet s reklamními partnery, a pokud ano, s jakými?
3) Jak dlouho uchováváte údaje o nákupech?

Uzávěrka je v pátek ve 12:00. Díky moc!

Martin Kolář
redaktor, Peníze & spotřebitel""", "Martin Kolář"),

        ("automated", (), "Nedoručitelná zpráva: Re: Your request no. 44821 – completed", """Toto je automaticky generovaná zpráva ze serveru smtp.email.example.cz.

Vaši zprávu se nepodařilo doručit následujícím příjemcům:

  jan.benes1979@email.example.cz
    Schránka příjemce neexistuje (550 5.1.1 User unknown)

Zpráva nebyla doručena a server se ji již nebude pokoušet odeslat znovu.

---------- Hlavičky původní zprávy ----------
From: privacy@shop.example.be
To: jan.benes1979@email.example.cz
Subject: Re: Your request no. 44821 – completed
Date: Tue, 10 Jun 2025 09:14:02 +0200""", "Systém doručování pošty"),
    ],
    "hr": [
        ("access", (), "Upit o automatiziranom odlučivanju (čl. 15. st. 1. t. h) GDPR)", """Poštovani,

radim kao data engineer pa me profesionalno zanima kako ste to riješili, ali pitam i kao kupac.

Primijetio sam da mi se cijene i besplatna dostava na vašoj stranici razlikuju ovisno o tome jesam li prijavljen ili ne, a supruzi koja kupuje s istog računala (ali sa svojim korisničkim računom) prikazuju se drukčiji popusti. Sukladno članku 15. stavku 1. točki (h) Opće uredbe o zaštiti podataka molim da mi odgovorite:

1. provodite li u odnosu na mene automatizirano donošenje odluka, uključujući izradu profila, iz članka 22.;
2. ako da, o kojim je odlukama riječ (cijena, popust, način plaćanja, nešto drugo);
3. smislene informacije o logici koja se pritom koristi – koje ulazne podatke model uzima u obzir;
4. kakve su važnost i predviđene posljedice takve obrade za mene.

Unaprijed zahvaljujem.

Srdačan pozdrav,
Ivan Jurić""", "Ivan Jurić"),

        ("objection", (), "Facebook oglasi", """Bok,

zanimljivo mi je da mi na Instagramu iskaču točno oni vrtni stolci koje sam kod vas gledala prije dva dana, a ništa nisam kupila. U vašoj politici privatnosti piše da "hashirane adrese e-pošte klijenata dijelite s platformama društvenih mreža radi prikazivanja relevantnih oglasa".

E pa ja to ne želim. Nemojte više davati moj mail ni podatke o tome što gledam Facebooku, Googleu ni ikome drugome za reklame. Ne tražim da brišete račun, samo da to prestane.

Lp,
Maja Horvat""", "Maja Horvat"),

        ("deletion", ("access",), "račun", """Poštovani,

molim da izbrišete moj korisnički račun i sve osobne podatke povezane s njim (račun je otvoren na ovu adresu e-pošte). Razlog nije bitan, jednostavno više ne kupujem online.

Budući da ste moje podatke, koliko vidim iz politike privatnosti, dijelili s dostavnim službama, pružateljem usluge plaćanja i "marketinškim partnerima", molim vas da sukladno čl. 19. GDPR-a o brisanju obavijestite sve te primatelje i da mi pošaljete popis tko su točno oni.

Hvala,
Dario Babić""", "Dario Babić"),

        ("access", (), "Zahtjev za pristup osobnim podacima", """Poštovani,

temeljem članka 15. stavka 3. Opće uredbe o zaštiti podataka te Zakona o provedbi Opće uredbe o zaštiti podataka (NN 42/18) podnosim zahtjev za dostavu kopije svih mojih osobnih podataka koje obrađujete.

Molim da kopija obuhvati i podatke iz programa vjernosti, povijest komunikacije sa službom za korisnike te eventualne bilješke vaših djelatnika o meni. Kopiju mi dostavite elektroničkim putem, u uobičajenom elektroničkom obliku, na ovu adresu.

Skrećem pozornost da ste sukladno članku 12. stavku 3. Uredbe dužni odgovoriti bez nepotrebnog odgađanja, a najkasnije u roku od mjesec dana od zaprimanja zahtjeva. Ako rok produljujete, molim da me o tome obavijestite unutar tog roka i navedete razloge.

S poštovanjem,
Snježana Knežević
Split""", "Snježana Knežević"),

        ("complaint", ("deletion",), "Naknada štete zbog curenja podataka", """Poštovani,

4. ožujka obavijestili ste me da je zbog "neovlaštenog pristupa sustavu partnera za dostavu" došlo do otkrivanja mog imena, adrese, broja mobitela i podataka o narudžbama.

Posljedice su vrlo stvarne: otad primam lažne SMS-ove "od dostavne službe" s poveznicama za plaćanje carine, a prošli tjedan netko je nazvao moju majku, koja živi na istoj adresi, predstavio se kao vaš djelatnik i tražio broj kartice. Prijavio sam to policiji.

Sukladno članku 82. GDPR-a zahtijevam naknadu nematerijalne štete u iznosu od 500 EUR. Također više ne želim da imate ikakve moje podatke – obrišite ih čim vam zakon to dopušta.

Ako u roku od 15 dana ne dobijem odgovor, obratit ću se odvjetniku i podnijeti zahtjev Agenciji za zaštitu osobnih podataka (AZOP).

Goran Perić""", "Goran Perić"),

        ("restriction", (), "Ne brisati moje podatke", """Poštovani,

primio sam vašu obavijest da ćete 30. lipnja, prema svojim pravilima o čuvanju podataka, obrisati neaktivne korisničke račune, među njima i moj.

Molim da to za moj račun ne napravite. S vama sam u sporu oko reklamacije roštilja (narudžba 100-558213) koji je izgorio nakon dva mjeseca, a prepiska, fotografije i podaci o narudžbi u mom računu trebaju mi kao dokaz ako stvar završi na sudu ili kod Europskog potrošačkog centra.

Dakle: podatke nemojte brisati, ali ih nemojte ni koristiti ni za što drugo – nikakav marketing, ništa – dok se spor ne riješi (čl. 18. st. 1. t. (c) Uredbe).

Krešimir Matić""", "Krešimir Matić"),

        ("portability", (), "Prijenos podataka na Bauhaus", """Poštovani gospodine/gospođo,

Ja sam kupac od vaše trgovine od 2021 i sada ja želim prebaciti moje kupovanje na Bauhaus Hrvatska. Molim vas da prenesete moje osobne podatke koje sam ja dao vama (račun, adrese, povijest narudžbi) izravno na Bauhaus, u skladu s pravo na prenosivost podataka Članak 20.

Ako ovo nije tehnički moguće, molim da pošaljete meni datoteku u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu, na ovoj adresi e-pošte.

Hvala vama za vaše vrijeme i razumijevanje.

Srdačno,
Thomas Becker""", "Thomas Becker"),

        ("withdraw_consent", ("access",), "", """Dobar dan,

prije par tjedana sam na vašoj stranici u onom banneru za kolačiće stisnula "Prihvati sve" jer mi se žurilo. Sad vidim da je na popisu preko 140 "partnera". Povlačim tu privolu za sve osim nužnih kolačića.

I molim vas da mi kažete kojim su od tih partnera do sada stvarno otišli podaci o meni (cijelo vrijeme sam bila prijavljena, račun glasi na ovaj mail).

Hvala,
Ana Vuković""", "Ana Vuković"),

        ("correction", (), "problem s imenom", """Pozdrav,

već godinu dana na svakom paketu i računu piše KOVACEVIC TIHOMIR, a ja se prezivam Kovačević. Znam da izgleda sitno, ali pošta mi je zbog toga već jednom vratila paket jer se ime ne poklapa s osobnom.

Možete li mi u profilu ispraviti prezime u Kovačević (s č i ć)? Kad to pokušam sam promijeniti u postavkama, stranica javi grešku "nevažeći znakovi".

Hvala
Tihomir Kovačević""", "Tihomir Kovacevic"),

        ("other", (), "Kontakt službenika za zaštitu podataka", """Poštovani,

odvjetničko društvo u kojem radim zastupa tvrtku Drvo-Lux d.o.o. iz Osijeka u vezi s ugovorom o distribuciji koji je ta tvrtka 2022. sklopila s vašim društvom. Predmet nije vezan uz osobne podatke.

U ugovoru je kao kontakt za sve obavijesti naveden "službenik za zaštitu podataka, privacy@shop.example.be", vjerojatno greškom u predlošku. Molim da mi potvrdite ime i kontakt vašeg službenika za zaštitu podataka ili, još bolje, osobe u pravnoj službi kojoj možemo uputiti službenu obavijest o raskidu ugovora.

S poštovanjem,
Nikolina Grgić, odvjetnica
Odvjetničko društvo Grgić & partneri""", "Nikolina Grgić"),

        ("other", (), "Uklanjanje iz baze dobavljača", """Poštovani,

tvrtka Zagorje Keramika d.o.o. već se dvije godine vodi na vašem portalu za dobavljače, iako nikad nismo postali vaš dobavljač – registrirali smo se samo zbog jednog natječaja 2023.

Molimo da obrišete profil naše tvrtke, podatke o tvrtki i broj žiro-računa s tog portala. Komercijalistica koja je bila navedena kao kontakt više ne radi kod nas pa nam je pristup zaključan.

Lijep pozdrav,
Vesna Šimunović
voditeljica nabave, Zagorje Keramika d.o.o.""", "Vesna Šimunović"),

        ("automated", (), "Automatski odgovor: Re: račun", """Poštovani,

hvala na poruci. Od 22. srpnja do 9. kolovoza sam na godišnjem odmoru i ne čitam e-poštu. Vaša poruka neće biti proslijeđena.

Za hitne stvari obratite se kolegici Ivani na ivana.m@tvrtka.example.hr.

Lp,
Dario Babić""", "Dario Babić"),
    ],
    "sv": [
        ("access", (), "Fråga om min beställning", """Hej,

När jag skulle betala min senaste beställning (nr 2025-33817) fick jag inte välja faktura, bara kort, med beskedet "Betalsättet är inte tillgängligt för dig just nu". Jag har betalat allt i tid, har inga betalningsanmärkningar och har handlat hos er sedan 2020.

Jag jobbar själv med mjukvara och gissar att det är en modell som gör bedömningen. Enligt artikel 15.1 h i dataskyddsförordningen vill jag därför veta:

- om ni (eller er betalpartner) fattar beslut om mig som enbart grundas på automatiserad behandling, inklusive profilering, enligt artikel 22,
- i så fall vilken logik som används, dvs. vilka uppgifter om mig som vägs in,
- och vilken betydelse och vilka förutsedda följder det har för mig, utöver att jag inte får handla på faktura.

Är det er betalpartner som fattar beslutet vill jag veta vilken det är.

Mvh
Johan Lindqvist""", "Johan Lindqvist"),

        ("objection", ("restriction",), "Invändning mot profilering", """Hej,

Jag invänder härmed enligt artikel 21.1 GDPR mot att ni använder min köphistorik och mitt surfande på er sajt för att placera mig i kundsegment och anpassa priser och erbjudanden efter det.

Skälet som rör min särskilda situation: jag köper nästan bara in till bostadsrättsföreningen där jag sitter i styrelsen, inte för eget bruk, så profilen blir helt missvisande och jag har märkt att jag inte längre får samma kampanjpriser som andra.

Medan ni prövar om era berättigade intressen väger tyngre vill jag att behandlingen av mina uppgifter för det ändamålet begränsas (artikel 18.1 d).

Vänliga hälsningar
Eva Sandberg""", "Eva Sandberg"),

        ("access", (), "registerutdrag", """Hej!

Vill ha ett registerutdrag på allt ni har sparat om mig. Enligt dataskyddslagen har jag rätt till det gratis en gång per år om jag förstått rätt.

Har ert kundkort och ett konto på den här mejladressen. Skicka gärna som pdf.

/Kjell""", "kjell.aberg"),

        ("complaint", ("deletion",), "Påminnelse!!", """Hej igen.

Jag skrev till er den 2 april och bad att ni skulle ta bort mitt konto och alla mina uppgifter. Jag har inte fått något svar alls, inte ens ett autosvar, och jag kan fortfarande logga in på kontot.

Det har gått mer än en månad nu. Gör det jag bad om och bekräfta skriftligt att det är gjort. Annars anmäler jag er till IMY, jag har redan kollat hur man gör.

Linnea Holm""", "Linnea Holm"),

        ("restriction", (), "Ärende 7781", """Hej,

Förra veckan begärde jag rättelse av uppgiften i mitt konto om att jag skulle ha "återkommande returer utan giltigt skäl" (ärende 7781 hos er). Den stämmer inte, och jag har skickat underlag.

Tills ni har utrett saken vill jag att ni begränsar behandlingen av den uppgiften enligt artikel 18.1 a, alltså att den inte används i några beslut om mina returer eller köp under tiden.

Mvh
Oskar Nyström""", "Oskar Nyström"),

        ("portability", (), "Flytta mina uppgifter till Jula", """Hej!

Jag har bestämt mig för att handla hos Jula i stället och vill ha med mig köphistoriken dit, mest för garantiernas skull. Jag vill därför att ni skickar mina uppgifter – konto, adresser, köphistorik med kvitton och garantier – direkt till Jula AB enligt artikel 20.2 GDPR.

Om det inte går att skicka direkt vill jag få filen själv i ett maskinläsbart format (CSV eller JSON går bra), så skickar jag den vidare.

Tack på förhand
Anders Björk""", "Anders Björk"),

        ("withdraw_consent", (), "", """Hej

Tryckte på "Godkänn alla" i er cookieruta igår när jag var inloggad. Ångrar det. Jag tar tillbaka samtycket till allt utom det som är nödvändigt, särskilt marknadsföring och annonspartner.

Hittar ingen länk på sajten för att ändra valet i efterhand, så jag mejlar i stället.

Sara""", "Sara Engström"),

        ("correction", (), "Begäran om rättelse – kundnr 3310458", """Maria Eklund
Storgatan 14 B
903 26 Umeå

Till: shop.example.be, dataskyddsansvarig
privacy@shop.example.be

Umeå 2025-05-19

Ert kundnummer: 3310458
Angående: Rättelse av personuppgifter (art. 16 GDPR)

Hej,

I mitt kundkonto och i ert lojalitetsprogram är följande uppgifter felaktiga:

1. Adress: Storgatan 41 B ska vara Storgatan 14 B.
2. Telefonnummer: 070-123 45 67 används inte längre. Nytt nummer: 073-765 43 21.
3. Kön: registrerat som "man", ska vara "kvinna".

Jag ber er rätta uppgifterna och bekräfta när det är gjort.

Med vänlig hälsning

Maria Eklund""", "Maria Eklund"),

        ("deletion", ("withdraw_consent",), "Ta bort mig", """Hej kära kundtjänst,

Jag skriver er för att jag vill att ni raderar mitt konto och all min personliga information från ert system. Jag har inte använt kontot på lång tid och jag behöver inte det mer.

Också jag tar tillbaka mitt tillstånd för att få reklam från er via e-post och via SMS, det är för mycket meddelanden varje vecka.

Vänligen bekräfta till mig när detta är gjort.

Med vänliga hälsningar,
Ahmad Karimi""", "Ahmad Karimi"),

        ("other", (), "Fråga om att citera er integritetspolicy", """Hej,

Jag är doktorand i informatik vid Uppsala universitet och skriver en artikel om hur europeiska e-handlare beskriver profilering i sina integritetspolicyer. Er policy är ovanligt tydlig på den punkten och jag skulle gärna citera två stycken ur den (avsnitt 5 och 6) i artikeln, med källhänvisning.

Behöver jag ert tillstånd för det, och kan ni i så fall ge det? Jag har inget konto hos er, så det gäller inga uppgifter om mig.

Med vänliga hälsningar
Elin Forsberg
Doktorand, Institutionen för informationsteknologi""", "Elin Forsberg"),

        ("other", (), "Spontanansökan – dataskydd", """Hej!

Jag såg att ni expanderar i Norden och undrar om ni behöver förstärkning inom dataskydd. Jag är jurist med fem års erfarenhet som dataskyddsombud på ett e-handelsbolag i Göteborg och talar svenska, engelska och hyfsad franska.

Bifogar mitt CV. Hör gärna av er om det finns något, eller tipsa om vem jag ska skicka det till i stället – den här adressen var den enda jag hittade som hade med dataskydd att göra.

Vänliga hälsningar
Petra Lund""", "Petra Lund"),

        ("automated", (), "Autosvar: Ärende 7781", """Hej,

Jag är föräldraledig till och med 31 januari och läser inte min mejl. Ditt meddelande vidarebefordras inte.

I brådskande ärenden, ring växeln på 08-000 00 00.

Oskar Nyström""", "Oskar Nyström"),
    ],
    "ro": [
        ("access", (), "Intrebare decizie automata / art. 15 alin. (1) lit. h GDPR", """Buna ziua,

Sunt programator si lucrez chiar pe sisteme de recomandare, asa ca stiu cam cum functioneaza lucrurile astea. De cateva luni observ ca pe site-ul vostru, cand sunt logat, vad alte preturi la aceleasi produse decat colegul meu de birou (am comparat de pe acelasi laptop).

In temeiul art. 15 alin. (1) lit. h) din GDPR, va rog sa imi comunicati:
1) daca luati fata de mine decizii bazate exclusiv pe prelucrare automata, inclusiv crearea de profiluri, in sensul art. 22;
2) daca da, informatii relevante despre logica utilizata (ce date intra in model, macar la nivel de categorii);
3) importanta si consecintele preconizate ale unei astfel de prelucrari pentru mine.

Nu cer cod sursa, doar o explicatie pe care s-o inteleaga si un om normal.

Multumesc,
Andrei Popescu""", "Andrei Popescu"),

        ("objection", (), "nu mai vreau", """Buna ziua,

Pe site si in aplicatie imi apar mereu "recomandari pentru tine" si preturi "personalizate", calculate dupa tot ce am cumparat si ce am cautat la voi. Nu-mi place deloc. Nu vreau sa-mi mai analizati comportamentul si sa-mi faceti profil pe baza lui, si nici sa dati datele astea partenerilor de publicitate.

Contul il pastrez si comenzile le fac in continuare, doar sa se termine cu urmaritul.

Elena Dumitrescu""", "Elena Dumitrescu"),

        ("complaint", ("access",), "Solicitare despăgubire – incident de securitate", """Stimate domn/Stimată doamnă,

Prin e-mailul din 11 aprilie 2025 m-ați informat că, în urma unui atac informatic asupra platformei de newsletter folosite de dumneavoastră, au fost expuse „numele și adresele de e-mail ale unor abonați”.

În săptămânile care au urmat am primit zeci de mesaje de phishing, unele foarte credibile, care pretindeau că vin de la magazinul dumneavoastră și îmi cereau „confirmarea datelor cardului pentru o rambursare”. Soțul meu a introdus datele cardului pe un astfel de site și am pierdut 1.240 lei până am reușit să blocăm cardul.

În temeiul art. 82 din Regulamentul (UE) 2016/679, vă solicit repararea prejudiciului material (1.240 lei) și a celui moral suferit. Totodată, vă rog să-mi comunicați exact ce date ale mele au fost compromise, având în vedere că mesajele de phishing conțineau și ultimele comenzi plasate, nu doar numele și adresa de e-mail.

Vă informez că am depus deja plângere la poliție și că voi sesiza ANSPDCP dacă nu primesc un răspuns în 15 zile.

Cu stimă,
Ioana Marinescu""", "Ioana Marinescu"),

        ("complaint", ("portability",), "Re: Cerere portabilitate date", """Buna ziua,

Revin cu mesajul de mai jos, trimis pe 3 martie. Au trecut mai bine de doua luni si n-am primit nimic, nici macar o confirmare ca l-ati primit. Termenul de o luna din art. 12 alin. (3) a expirat demult.

Va rog inca o data sa-mi trimiteti datele mele in format structurat (CSV, JSON, ce aveti) asa cum am cerut. Daca nici acum nu raspundeti, fac plangere la ANSPDCP, am formularul deja completat.

Radu Stoica

-----Original Message-----
From: Radu Stoica
Sent: 3 martie 2025 19:42
To: privacy@shop.example.be
Subject: Cerere portabilitate date

Buna ziua, conform art. 20 GDPR va rog sa-mi trimiteti datele personale furnizate de mine (cont, adrese, istoric comenzi) intr-un format structurat, utilizat in mod curent si care poate fi citit automat. Multumesc, Radu Stoica""", "Radu Stoica"),

        ("portability", (), "Transfer date către Dedeman", """Bună ziua,

Mă mut cu cumpărăturile la Dedeman și aș vrea să nu o iau de la zero. Vă rog, conform art. 20 alin. (2) din GDPR, să transmiteți direct către Dedeman SRL datele pe care vi le-am furnizat: datele contului, adresele de livrare, istoricul comenzilor (util pentru garanții) și lista de favorite.

Dacă transmiterea directă nu e fezabilă tehnic, trimiteți-mi-le mie, pe această adresă, într-un fișier pe care să-l pot deschide (CSV sau Excel, nu PDF scanat).

Mulțumesc,
Cristina Neagu""", "Cristina Neagu"),

        ("restriction", ("correction",), "", """Buna ziua,

Am vazut in cont, la "Profilul meu de client", ca figurez cu anul nasterii 1957 si "interese: produse pentru seniori". Am 34 de ani. Nu stiu de unde ati luat asta, probabil ati amestecat datele mele cu ale altcuiva.

Pana verificati, va rog sa nu mai folositi deloc datele astea din profil (nici pentru oferte, nici pentru altceva) – art. 18 alin. (1) lit. a). Dupa ce verificati, corectati-le: data mea de nastere este 14.09.1990.

Mihai Radu""", "Mihai Radu"),

        ("withdraw_consent", (), "Card de fidelitate", """Bună ziua,

Când m-am înscris în programul de fidelitate am bifat și căsuța „Sunt de acord ca datele mele de cumpărături să fie folosite pentru a-mi crea un profil și a primi oferte personalizate”. M-am răzgândit și îmi retrag acest acord.

Vreau să păstrez cardul și punctele, deci nu închideți contul, renunț doar la partea cu profilul.

Numărul cardului: 6420 0011 8832.

Mulțumesc,
Gabriela Ionescu""", "Gabriela Ionescu"),

        ("correction", (), "Solicitare rectificare date", """Către: shop.example.be – Responsabil cu protecția datelor
privacy@shop.example.be

De la: Florin-Cătălin Munteanu
Str. Avram Iancu nr. 22, ap. 5
400083 Cluj-Napoca

Nr. client: RO-229104
Data: 22.05.2025

Ref.: Cerere de rectificare a datelor cu caracter personal

Subsemnatul Florin-Cătălin Munteanu, vă rog să rectificați următoarele date din contul meu de client:
- numele: „Florin Catalin Munteanu” → „Florin-Cătălin Munteanu”;
- adresa de livrare: ap. 15 → ap. 5 (curierul a lăsat de două ori coletul la vecinul de la etajul 4);
- numărul de telefon: 0740 000 111 → 0740 000 117.

Vă mulțumesc.

Florin-Cătălin Munteanu""", "Florin-Cătălin Munteanu"),

        ("deletion", (), "cont", """Bună ziua,

În baza Legii nr. 190/2018 privind măsuri de punere în aplicare a Regulamentului (UE) 2016/679, vă solicit să-mi închideți contul și să nu mai păstrați nicio informație despre mine – nume, adrese, telefon, istoric, tot.

Nu mai locuiesc în Belgia și nu voi mai comanda. Aștept confirmarea în termenul legal.

Ștefan Vasilescu""", "Ștefan Vasilescu"),

        ("other", (), "Audit GDPR pentru magazinul dvs. – ofertă", """Bună ziua,

Sunt Alexandra de la DataSafe Consulting, o firmă din București specializată în conformitatea GDPR a magazinelor online.

Am analizat rapid site-ul dumneavoastră și am observat câteva aspecte care ar putea atrage atenția autorităților (bannerul de cookie-uri nu are buton de „Refuz” la primul nivel, iar politica de confidențialitate nu este disponibilă în limba română). Ne-ar face plăcere să vă propunem un audit complet, cu raport în 10 zile lucrătoare.

Aveți 15 minute săptămâna viitoare pentru o discuție?

Cu stimă,
Alexandra Pavel
Business Development, DataSafe Consulting SRL""", "Alexandra Pavel"),

        ("other", (), "intrebare inainte sa-mi fac cont", """Salut,

Vreau sa comand de la voi o pergola, dar inainte sa-mi fac cont as vrea sa stiu: datele clientilor le tineti in UE sau pe servere din SUA? In politica de confidentialitate scrie ceva de "clauze contractuale standard", dar nu scrie la ce furnizori.

Si inca ceva: daca cumpar fara cont, ca vizitator, tot imi pastrati adresa dupa livrare?

Mersi,
Vlad""", "Vlad Constantin"),

        ("automated", (), "Răspuns automat: Re: Cerere portabilitate date", """Bună ziua,

Vă mulțumesc pentru mesaj. Sunt în concediu de odihnă în perioada 18–29 august, cu acces limitat la e-mail, și voi răspunde după întoarcere.

Pentru urgențe, vă rog să o contactați pe colega mea, Diana Enache (diana.enache@firma.example.ro).

Cu stimă,
Radu Stoica
Inginer proiectant""", "Radu Stoica"),
    ],
    "el": [
        ("access", (), "", """Καλησπέρα σας,

Σύμφωνα με το άρθρο 15 παρ. 3 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΕΕ) 2016/679 και τον ν. 4624/2019, ζητώ να μου χορηγήσετε αντίγραφο όλων των δεδομένων προσωπικού χαρακτήρα που με αφορούν και τα οποία τηρείτε: στοιχεία λογαριασμού, ιστορικό παραγγελιών, δεδομένα της κάρτας πιστότητας, επικοινωνία με την εξυπηρέτηση πελατών και τυχόν εσωτερικές σημειώσεις.

Υπενθυμίζω ότι, κατά το άρθρο 12 παρ. 3 του ΓΚΠΔ, οφείλετε να απαντήσετε χωρίς αδικαιολόγητη καθυστέρηση και σε κάθε περίπτωση εντός ενός μηνός από την παραλαβή του αιτήματος. Παρακαλώ το αντίγραφο να μου αποσταλεί σε ηλεκτρονική μορφή σε αυτή τη διεύθυνση.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Θεσσαλονίκη""", "Γεώργιος Παπαδόπουλος"),

        ("access", (), "Σχετικά με τη διαγραφή του λογαριασμού μου", """Γεια σας,

Ευχαριστώ για την επιβεβαίωση ότι ο λογαριασμός μου διαγράφηκε την προηγούμενη εβδομάδα.

Θα ήθελα όμως να μάθω, όπως προβλέπει το άρθρο 19 του ΓΚΠΔ, σε ποιους αποδέκτες είχατε διαβιβάσει τα στοιχεία μου (courier, εταιρεία πληρωμών, διαφημιστικοί συνεργάτες κ.λπ.) και αν τους ενημερώσατε για τη διαγραφή. Θέλω να ξέρω αν χρειάζεται να απευθυνθώ και σε κάποιον από αυτούς.

Ευχαριστώ,
Κατερίνα Νικολάου""", "Κατερίνα Νικολάου"),

        ("objection", ("access",), "Αυτοματοποιημένη απόρριψη αντικαταβολής", """Καλημέρα,

Είμαι μηχανικός λογισμικού και δουλεύω σε συστήματα ανίχνευσης απάτης, οπότε καταλαβαίνω γιατί υπάρχουν. Ωστόσο από τον Μάρτιο το σύστημά σας απορρίπτει αυτόματα την αντικαταβολή στις παραγγελίες μου με το μήνυμα «Η μέθοδος πληρωμής δεν είναι διαθέσιμη βάσει αξιολόγησης κινδύνου». Κανένας άνθρωπος δεν έχει εξετάσει την περίπτωσή μου.

Αντιτίθεμαι σε αυτή την κατάρτιση προφίλ και στην αυτοματοποιημένη λήψη απόφασης που με αφορά (άρθρα 21 και 22 ΓΚΠΔ) και ζητώ ανθρώπινη παρέμβαση.

Επιπλέον, ζητώ να μου εξηγήσετε ποια δεδομένα μου λαμβάνει υπόψη το μοντέλο και ποια είναι η λογική του (άρθρο 15 παρ. 1 στοιχ. η΄).

Νίκος Αντωνίου""", "Νίκος Αντωνίου"),

        ("complaint", (), "Αποζημίωση βάσει άρθρου 82 ΓΚΠΔ", """Κύριοι,

Με το από 2 Απριλίου μήνυμά σας με ενημερώσατε ότι «μη εξουσιοδοτημένο τρίτο μέρος απέκτησε πρόσβαση σε βάση δεδομένων πελατών», η οποία περιείχε ονοματεπώνυμα, διευθύνσεις, τηλέφωνα και ιστορικό παραγγελιών.

Έκτοτε δέχομαι καθημερινά κλήσεις και SMS από απατεώνες που ξέρουν πού μένω και τι έχω παραγγείλει. Η ηλικιωμένη μητέρα μου, που μένει μαζί μου, παραλίγο να δώσει στοιχεία κάρτας σε κάποιον που δήθεν τηλεφωνούσε «από την εταιρεία σας». Ζω με διαρκές άγχος και αναγκάστηκα να αλλάξω αριθμό τηλεφώνου.

Με βάση το άρθρο 82 του ΓΚΠΔ ζητώ αποζημίωση ύψους 1.000 ευρώ για τη μη υλική ζημία που υπέστην. Αν δεν λάβω απάντηση εντός 20 ημερών, θα απευθυνθώ σε δικηγόρο και στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Δημήτρης Κωνσταντίνου""", "Δημήτρης Κωνσταντίνου"),

        ("restriction", (), "Το αίτημά μου 55-1093", """Καλησπέρα,

Στις 10 Ιουνίου σας έστειλα αντίρρηση για τη χρήση του ιστορικού αγορών μου για «εξατομικευμένες προτάσεις» (μου δώσατε αριθμό αιτήματος 55-1093).

Όσο εξετάζετε αν υπερισχύουν τα έννομα συμφέροντά σας, σας ζητώ να περιορίσετε την επεξεργασία των δεδομένων μου για τον σκοπό αυτό, σύμφωνα με το άρθρο 18 παρ. 1 στοιχ. δ΄ του ΓΚΠΔ. Δηλαδή να μείνουν αποθηκευμένα, αλλά να μη χρησιμοποιούνται.

Ευχαριστώ,
Σοφία Γεωργίου""", "Σοφία Γεωργίου"),

        ("portability", ("deletion",), "μεταφορά στοιχείων", """Γεια σας,

Θα ψωνίζω πλέον στα Praktiker, που έχουν κατάστημα δίπλα μου, και θέλω να πάρω μαζί μου το ιστορικό μου. Σύμφωνα με το άρθρο 20 του ΓΚΠΔ, στείλτε τα δεδομένα που σας έχω δώσει (λογαριασμός, διευθύνσεις, ιστορικό παραγγελιών) απευθείας στην Praktiker Hellas, σε μορφή που διαβάζεται από υπολογιστή.

Μόλις γίνει αυτό, κλείστε μου τον λογαριασμό και σβήστε τα όλα από εσάς.

Ευχαριστώ
Βασίλης Οικονόμου""", "Βασίλης Οικονόμου"),

        ("withdraw_consent", (), "cookies", """Kalispera,

Xthes patisa "Apodoxi olwn" sto banner me ta cookies sto site sas xwris na to skeftw. Thelw na anakalesw ti synainesi gia ola ta cookies ektos apo ta aparaitita, eidika gia diafimiseis kai tous "synergates". Den vriskw pouthena link gia na allaxw tis rythmiseis.

Eimai syndedemenos me ayto to email.

Eyxaristw,
Panos""", "Panos Alexiou"),

        ("correction", (), "Διόρθωση διεύθυνσης", """Αγαπητή κυρία, αγαπητέ κύριε,

Γράφω σε εσάς επειδή η διεύθυνσή μου στον λογαριασμό πελάτη είναι λάθος. Εγώ μετακόμισα τον Φεβρουάριο από τα Χανιά στο Ρέθυμνο και η παλιά διεύθυνση είναι ακόμα εκεί, αν και εγώ την άλλαξα στο προφίλ. Το τελευταίο πακέτο πήγε επομένως στα Χανιά.

Η σωστή διεύθυνση είναι: Αρκαδίου 45, 74100 Ρέθυμνο.

Παρακαλώ διορθώστε αυτό σε όλα τα συστήματά σας, επίσης για την κάρτα πιστότητας.

Με φιλικούς χαιρετισμούς,
Sabine Hoffmann""", "Sabine Hoffmann"),

        ("deletion", ("withdraw_consent", "objection"), "Αίτηση – αρ. πελάτη 7719204", """Προς: shop.example.be
Υπεύθυνο Προστασίας Δεδομένων
privacy@shop.example.be

Από: Ελένη Μιχαηλίδου
Λεωφ. Κηφισίας 120
115 26 Αθήνα

Αθήνα, 3 Ιουνίου 2025

Θέμα: Διαγραφή δεδομένων – αρ. πελάτη 7719204

Αξιότιμοι κύριοι,

Παρακαλώ να διαγράψετε όλα τα προσωπικά μου δεδομένα και να κλείσετε τον λογαριασμό μου.

Παράλληλα ανακαλώ κάθε συγκατάθεση που έχω δώσει για ενημερωτικά δελτία και προωθητικά μηνύματα. Για όσα δεδομένα τυχόν υποχρεούστε να διατηρήσετε (π.χ. τιμολόγια), αντιτίθεμαι σε οποιαδήποτε χρήση τους για διαφήμιση, ανάλυση ή διαβίβαση σε συνεργάτες.

Παρακαλώ επιβεβαιώστε εγγράφως.

Με εκτίμηση,
Ελένη Μιχαηλίδου""", "Ελένη Μιχαηλίδου"),

        ("other", (), "Άδεια για παράθεση της πολιτικής απορρήτου σας", """Αξιότιμοι κύριοι,

Είμαι υποψήφια διδάκτωρ στη Νομική Σχολή του ΕΚΠΑ και εκπονώ διατριβή σχετικά με τη διαφάνεια των πολιτικών απορρήτου στο ηλεκτρονικό εμπόριο. Θα ήθελα να παραθέσω αυτούσια αποσπάσματα από την πολιτική απορρήτου σας (τις ενότητες για τα cookies και την κατάρτιση προφίλ), με πλήρη αναφορά της πηγής.

Θα μπορούσατε να μου επιβεβαιώσετε ότι δεν έχετε αντίρρηση; Διευκρινίζω ότι δεν είμαι πελάτισσά σας.

Με εκτίμηση,
Μαρία Παπαγεωργίου""", "Μαρία Παπαγεωργίου"),

        ("other", (), "Στοιχεία επικοινωνίας DPO", """Καλημέρα σας,

Ως πληρεξούσιος δικηγόρος της εταιρείας «Κεραμικά Αιγαίου Α.Ε.», η οποία έχει συνάψει μαζί σας σύμβαση προμήθειας γλαστρών, θα ήθελα τα στοιχεία επικοινωνίας του Υπευθύνου Προστασίας Δεδομένων σας, καθώς στο άρθρο 14 της σύμβασης ορίζεται ως σημείο επαφής για τις κοινοποιήσεις. Το ζήτημα αφορά τους όρους παράδοσης και όχι προσωπικά δεδομένα.

Με τιμή,
Αλέξανδρος Σταύρου
Δικηγόρος Αθηνών""", "Αλέξανδρος Σταύρου"),

        ("automated", (), "Αυτόματη απάντηση: Re: Διαγραφή δεδομένων – αρ. πελάτη 7719204", """Σας ευχαριστώ για το μήνυμά σας.

Θα απουσιάζω από το γραφείο έως τις 25 Αυγούστου χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με τη γραμματεία στο 210 0000000.

Thank you for your message. I am out of the office until 25 August with no access to e-mail.

Ελένη Μιχαηλίδου""", "Ελένη Μιχαηλίδου"),
    ],
    "bg": [
        ("access", (), "Въпрос за автоматизирано вземане на решения", """Здравейте,

Работя като софтуерен инженер в областта на машинното обучение и ми направи впечатление, че при последните ми поръчки опцията „наложен платеж“ вече не ми се показва, а на колегите ми – да.

На основание чл. 15, параграф 1, буква „з“ от Общия регламент относно защитата на данните моля да ми предоставите информация:
– дали по отношение на мен се прилага автоматизирано вземане на решения, включително профилиране, по смисъла на чл. 22;
– ако да – съдържателна информация за използваната логика (кои мои данни се използват като входни);
– значението и предвидените последици от това обработване за мен.

Поздрави,
Калоян Димитров""", "Калоян Димитров"),

        ("objection", ("withdraw_consent",), "Реклами", """Здравейте,

Не искам повече да давате имейла ми и информация за покупките ми на Facebook, Google и разни „рекламни партньори“, за да ми показват реклами. Възразявам срещу това.

И ме отпишете от бюлетина, омръзна ми всеки ден по два имейла.

Мерси,
Деница Петрова""", "Деница Петрова"),

        ("deletion", ("access",), "Изтриване на профил", """Уважаеми госпожи и господа,

На основание чл. 17 от Регламент (ЕС) 2016/679 и Закона за защита на личните данни (ЗЗЛД) моля да изтриете профила ми и всички лични данни, които обработвате за мен.

Съгласно чл. 19 от Регламента ви моля също да уведомите за изтриването всички получатели, на които сте разкрили данните ми, и да ми съобщите кои са те.

С уважение,
Стефан Георгиев
гр. Пловдив""", "Стефан Георгиев"),

        ("access", (), "", """ДО
shop.example.be
Длъжностно лице по защита на данните
privacy@shop.example.be

ОТ
Милена Иванова Стоянова
ул. „Цар Симеон“ 48, ет. 3
гр. София 1000
клиентски номер: BG-504771

Дата: 28.05.2025 г.

ОТНОСНО: Искане за достъп до лични данни

Уважаеми господа,

На основание чл. 15, параграф 3 от Регламент (ЕС) 2016/679 моля да ми предоставите копие от личните ми данни, които обработвате, включително данните от програмата за лоялност, историята на поръчките и кореспонденцията с отдел „Обслужване на клиенти“.

Напомням, че съгласно чл. 12, параграф 3 от Регламента следва да отговорите в срок от един месец от получаването на искането. Моля копието да бъде изпратено по електронен път на този адрес.

С уважение,
Милена Стоянова""", "Милена Стоянова"),

        ("complaint", ("access",), "Втори път ви пиша!", """Здравейте,

На 12 март ви пратих искане да ми кажете какви данни пазите за мен. Днес е 25 април – нито отговор, нито потвърждение, нищо. Пиша ви за втори път.

Пак ви моля: изпратете ми копие на всичко, което имате за мен. Ако и сега не получа отговор до 10 дни, подавам жалба в Комисията за защита на личните данни.

Ивайло Тодоров""", "Ивайло Тодоров"),

        ("restriction", (), "Моля, не изтривайте профила ми още", """Здравейте,

Получих имейл, че профилът ми ще бъде закрит и данните изтрити поради неактивност след 30 юни.

Моля, не го правете още. Водя дело срещу застрахователя си заради батут, купен от вас през 2022 г. (поръчка № 3307715), който се скъса, и детето ми се контузи. Поръчката, фактурата и кореспонденцията в профила ми ще ми трябват като доказателства.

Затова искам данните да се запазят, но да не се използват за нищо друго, включително за реклама, докато делото приключи – чл. 18, параграф 1, буква „в“ от GDPR.

Николай Колев""", "Николай Колев"),

        ("portability", (), "Пренос на данни към Mr. Bricolage", """Здравейте,

Вече ще пазарувам от Mr. Bricolage и искам да си прехвърля историята там. Моля, на основание чл. 20 от GDPR изпратете данните, които съм ви предоставил (профил, адреси, поръчки), директно на „Мистър Бриколаж“ АД, в структуриран машинночетим формат. Ако не може директно – на мен, като CSV файл.

Благодаря,
Петър Христов""", "Петър Христов"),

        ("withdraw_consent", (), "Карта за лоялност – съгласие", """Уважаеми господине/госпожо,

Аз съм член на вашата програма за лоялност от 2022 година. При регистрацията аз дадох моето съгласие за създаването на персонален профил на базата на моите покупки. Сега аз бих искал да оттегля това съгласие, с ефект незабавно.

Моля, имайте предвид, че аз искам да запазя моята карта и моите точки. Само персонализираният профил трябва да спре.

Благодаря ви за вашето внимание към този въпрос.

Искрено ваш,
Даниел Мур""", "Daniel Moore"),

        ("correction", (), "телефон", """Здравейте, в профила ми телефонът е грешен – 0888 123 465, а трябва да е 0888 123 456, и затова куриерите не могат да се свържат с мен. Може ли да го оправите? На сайта полето е заключено и не мога да го сменя сам.

Благодаря
Георги""", "Георги Ангелов"),

        ("other", (), "Изтриване на фирмата ни от списъка с доставчици", """Здравейте,

„Родопа Дърво“ ЕООД фигурира във вашата система като доставчик на градински мебели. Прекратихме производството миналата година и вече не сме ваш доставчик.

Моля, премахнете данните на фирмата (наименование, ЕИК, адрес, банкова сметка) от системата си за доставчици, за да не получаваме повече покани за търгове и поръчки.

Поздрави,
Станимир Русев
управител, „Родопа Дърво“ ЕООД""", "Станимир Русев"),

        ("other", (), "Интервю за дипломна работа", """Здравейте,

Казвам се Ралица, студентка съм в УНСС, специалност „Право“, и пиша дипломна работа за длъжностните лица по защита на данните в онлайн търговията. Ще се радвам, ако вашият DPO може да отдели 20–30 минути за кратко онлайн интервю (може и на английски).

Въпросите са общи – как е организирана работата, колко искания получавате на месец и т.н. Нищо, свързано с конкретни клиенти.

Благодаря предварително!
Ралица Маринова""", "Ралица Маринова"),

        ("automated", (), "Недоставено съобщение: Re: Искане за достъп до лични данни", """Това е автоматично съобщение от пощенския сървър mail.example.bg.

Съобщението Ви все още не е доставено до следния получател:

<m.stoyanova@mail.example.bg>: пощенската кутия е препълнена (452 4.2.2 Mailbox full)

Сървърът ще опитва повторно в следващите 48 часа. Не е необходимо да изпращате съобщението отново.

--- Оригинални заглавки ---
From: privacy@shop.example.be
To: m.stoyanova@mail.example.bg
Subject: Re: Искане за достъп до лични данни""", "Mail Delivery Subsystem"),
    ],
}

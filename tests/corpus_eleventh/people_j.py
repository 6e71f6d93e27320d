"""Eleventh set, people: the whole range, hardest first. Written apart from the rules (see make_eleventh.py)."""

PEOPLE_J = {

"pl": [
    ("portability", (), "Wniosek o przeniesienie danych – art. 20 RODO",
     """Szanowni Państwo,

na podstawie art. 20 ust. 1 i 2 rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679 (RODO) wnoszę o wydanie mi danych osobowych, które dostarczyłem Państwa sklepowi, w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV lub JSON). Wniosek obejmuje w szczególności dane konta klienta, historię zamówień oraz dane związane z kartą stałego klienta nr 4471 0093 2218.

Jeżeli jest to technicznie możliwe, proszę o przesłanie tych danych bezpośrednio do spółki Ogrodnik24 Sp. z o.o. (adres do korespondencji w sprawach danych: dane@ogrodnik24.pl), której zamierzam od teraz powierzyć moje zakupy.

Do identyfikacji: konto jest zarejestrowane na adres e-mail, z którego piszę.

Z poważaniem
Tomasz Wierzbicki
ul. Kościuszki 14/3
45-062 Opole""",
     "Tomasz Wierzbicki"),

    ("objection", ("access",), "Sprzeciw wobec profilowania (art. 21 RODO) oraz żądanie informacji",
     """Dzień dobry,

niniejszym, na podstawie art. 21 ust. 2 RODO, wnoszę sprzeciw wobec przetwarzania moich danych osobowych na potrzeby marketingu bezpośredniego, w tym profilowania w zakresie, w jakim jest ono związane z takim marketingiem. Sprzeciw obejmuje także przekazywanie moich danych (adresu e-mail w postaci zahaszowanej, identyfikatorów plików cookie itp.) Państwa partnerom reklamowym.

Jednocześnie, działając na podstawie art. 15 ust. 1 RODO, proszę o informację, jakie kategorie moich danych były dotychczas wykorzystywane do profilowania, skąd zostały pozyskane oraz którym odbiorcom zostały ujawnione – wraz z kopią tych danych.

Odpowiedzi proszę udzielić w terminie określonym w art. 12 ust. 3 RODO.

Z poważaniem
dr Agnieszka Lis-Nowicka
Kraków""",
     "Agnieszka Lis-Nowicka"),

    ("deletion", (), "moje konto",
     """Dzień dobry,

piszę, bo sama już nie wiem, jak to załatwić. Kilka lat temu kupiłam u Państwa meble ogrodowe, potem jeszcze parę drobiazgów dla mamy, założyłam konto, wyrobiłam kartę stałego klienta – wszystko jak trzeba. Od tamtej pory sporo się u mnie zmieniło: rozwód, przeprowadzka, nowa praca. Chcę po prostu zamknąć pewien rozdział.

Nie chodzi mi o to, żeby przestać dostawać maile – tych i tak od dawna nie czytam. Chodzi o to, żeby w Państwa systemach nie figurowało już moje nazwisko, stary adres, telefon, te wszystkie zamówienia. Żeby mnie u Was po prostu nie było. Ani konta, ani karty, ani historii.

Próbowałam to zrobić sama w ustawieniach, ale jest tam tylko zmiana hasła i adresu. Czy mogą Państwo zrobić to za mnie? Gdyby trzeba było coś potwierdzić, proszę pisać na ten adres.

Pozdrawiam serdecznie
Ewa K.""",
     "Ewa Kaczmarek"),

    ("access", (), "pytanie",
     """Czesc,

mam taka sprawe. Wczoraj dostalem od was maila "propozycje wybrane specjalnie dla Ciebie" i byly tam dokladnie te kosiarki ktore ogladalem u was na stronie tydzien temu, a nic nie kupilem i chyba nawet nie bylem zalogowany. Troche mnie to zdziwilo, nie powiem.

No i teraz sie zastanawiam co wy wlasciwie o mnie wiecie. Co ogladam, co kupuje, gdzie mieszkam, ile wydaje, moze jeszcze cos skads macie? Z tego co wiem to mam prawo sie tego dowiedziec, nie? To chetnie bym zobaczyl wszystko co u was na moj temat siedzi i skad to macie.

dzieki
Kuba""",
     "Jakub Sowa"),

    ("correction", (), "Re: Twoja prośba o dostęp do danych [#48213]",
     """Dziękuję za szybką odpowiedź.

Przejrzałam plik i widzę, że adres jest nieaktualny – od marca mieszkam przy ul. Lipowej 7, 05-500 Piaseczno, a nie na Słonecznej. Numer telefonu też jest stary, obecny to 601 223 418. Proszę to u siebie zmienić, bo kurier znowu pojedzie pod stary adres.

Pozdrawiam
Marta Zielińska

W dniu 12.03.2026 o 10:41, Zespół Ochrony Danych <privacy@shop.example.be> napisał(a):
> Szanowna Pani,
>
> w odpowiedzi na Pani wniosek złożony na podstawie art. 15 RODO przesyłamy w załączniku kopię danych osobowych, które przetwarzamy w związku z Pani kontem klienta.
>
> Jeżeli chciałaby Pani skorzystać z innych praw, np. prawa do usunięcia danych lub wniesienia sprzeciwu, prosimy o informację w odpowiedzi na tę wiadomość.
>
> Z poważaniem
> Zespół Ochrony Danych""",
     "Marta Zielińska"),

    ("automated", (), "Odpowiedź automatyczna: Re: Potwierdzenie tożsamości – wniosek o usunięcie danych",
     """Dzień dobry,

dziękuję za wiadomość. Do 14 kwietnia przebywam na urlopie z ograniczonym dostępem do poczty. W sprawach pilnych proszę o kontakt z sekretariatem: biuro@kancelaria-nowak.pl, tel. 22 628 14 90.

Wiadomości nie są przekazywane dalej.

Pozdrawiam
Paweł Nowak""",
     "Paweł Nowak"),

    ("withdraw_consent", (), "gazetka",
     """prosze mnie wypisac, link na dole maila nie dziala

Wysłane z iPhone'a""",
     "Halina"),

    ("restriction", (), "reklamacja 2231/2026 – moje dane",
     """Do czasu rozpatrzenia reklamacji proszę nie kasować moich danych z konta, ale też nie wykorzystywać ich do niczego poza samą reklamacją.""",
     "Robert Jasiński"),

    ("complaint", ("deletion",), "PONAGLENIE – brak odpowiedzi na żądanie usunięcia danych",
     """Szanowni Państwo,

2 lutego 2026 r. wysłałem na ten adres żądanie usunięcia wszystkich moich danych osobowych i zamknięcia konta (treść poniżej). Minęło ponad półtora miesiąca. Nie dostałem żadnej odpowiedzi, nawet automatycznego potwierdzenia, a w zeszłym tygodniu przyszedł do mnie kolejny papierowy katalog – najwyraźniej moje dane dalej sobie u Państwa leżą i są wykorzystywane.

Termin z art. 12 ust. 3 RODO dawno minął. Jeżeli w ciągu 7 dni nie otrzymam potwierdzenia usunięcia danych, złożę skargę do Prezesa UODO, a kopię tej korespondencji przekażę również belgijskiemu organowi nadzorczemu.

Jarosław Dąbek

-------- Wiadomość oryginalna --------
Od: Jarosław Dąbek
Data: 02.02.2026 19:12
Temat: usunięcie danych

Proszę o usunięcie moich danych i konta (login: jdabek77). Dziękuję.""",
     "Jarosław Dąbek"),

    ("objection", (), "Dane osobowe – partnerzy reklamowi",
     """Dzień dobry,

proszę nie przekazywać mojego adresu e-mail ani historii zakupów Państwa partnerom reklamowym. Nie życzę sobie, żeby były wykorzystywane do wyświetlania mi reklam w innych serwisach.

Z wyrazami szacunku
Grzegorz Malinowski
Starszy Specjalista ds. Zakupów

Malinowski i Wspólnicy Sp. z o.o.
ul. Przemysłowa 12, 61-579 Poznań
tel. +48 61 852 10 44 | kom. +48 502 331 907
www.malinowski-wspolnicy.pl

Sąd Rejonowy Poznań – Nowe Miasto i Wilda w Poznaniu, VIII Wydział Gospodarczy KRS, KRS 0000412345, NIP 7831234567, REGON 302145678, kapitał zakładowy 50 000 zł.

Treść tej wiadomości jest poufna i prawnie chroniona. Odbiorcą może być jedynie jej adresat z wyłączeniem dostępu osób trzecich. Jeżeli nie jest Pan/Pani adresatem niniejszej wiadomości lub pracownikiem upoważnionym do jej przekazania adresatowi, informujemy, że jej rozpowszechnianie, kopiowanie, rozprowadzanie lub inne działanie o podobnym charakterze jest prawnie zabronione i może być karalne. Jeżeli otrzymał Pan/Pani tę wiadomość omyłkowo, prosimy niezwłocznie zawiadomić nadawcę, wysyłając odpowiedź na niniejszą wiadomość, i usunąć ją z poczty.

Administratorem danych osobowych przekazanych w korespondencji jest Malinowski i Wspólnicy Sp. z o.o. Dane przetwarzane są w celu prowadzenia korespondencji i realizacji umów (art. 6 ust. 1 lit. b i f RODO). Przysługuje Panu/Pani prawo dostępu do danych, ich sprostowania, usunięcia, ograniczenia przetwarzania, przenoszenia oraz wniesienia sprzeciwu, a także prawo wniesienia skargi do Prezesa UODO. Szczegóły: www.malinowski-wspolnicy.pl/rodo

Zanim wydrukujesz tego maila – pomyśl o środowisku.""",
     "Malinowski Grzegorz"),

    ("other", (), "Umowa powierzenia przetwarzania danych – aktualizacja",
     """Dzień dobry,

nazywam się Karolina Wrona i odpowiadam za compliance w firmie LogiPak Sp. z o.o., która od 2024 r. świadczy dla Państwa usługi konfekcjonowania i wysyłki zamówień na rynek polski.

W związku z audytem wewnętrznym aktualizujemy umowy powierzenia przetwarzania danych osobowych (art. 28 RODO) ze wszystkimi klientami. W załączeniu przesyłam projekt aneksu – zmiany dotyczą głównie listy podmiotów podprzetwarzających (doszedł nowy przewoźnik) oraz opisu środków technicznych i organizacyjnych.

Czy mogą Państwo wskazać osobę, która po Państwa stronie podpisuje takie dokumenty? Ewentualne uwagi do projektu prosimy przesłać do 30 kwietnia.

Pozdrawiam
Karolina Wrona
Specjalista ds. Compliance i Ochrony Danych
LogiPak Sp. z o.o.
tel. +48 71 330 22 18""",
     "Karolina Wrona | LogiPak"),

    ("other", (), "osłona na balkon",
     """Dzień dobry, mam pytanie odnośnie produktu „Osłona prywatności PRIVACY SCREEN 90x500 antracyt" (nr art. 778120). Czy jest odporna na UV i czy w zestawie są opaski do mocowania do balustrady? Czy da się ją przyciąć na krótszą długość? Sąsiedzi z bloku naprzeciwko mają widok prosto na mój balkon, a latem chciałabym mieć trochę prywatności :)

Pozdrawiam
Beata""",
     "Beata Wójcik"),
],

"cs": [
    ("restriction", (), "Žádost o omezení zpracování osobních údajů",
     """Vážení,

dne 3. 3. 2026 jsem Vás upozornil, že údaje vedené k mému zákaznickému účtu nejsou přesné: v účtu je uvedeno, že jsem si objednal a převzal zahradní gril (obj. č. 2025-88412), což se nikdy nestalo, a na základě toho mi byly strženy věrnostní body.

Do doby, než přesnost těchto údajů ověříte, žádám v souladu s čl. 18 odst. 1 písm. a) obecného nařízení o ochraně osobních údajů (GDPR) o omezení zpracování mých osobních údajů. Údaje prosím nemažte, ale do vyřešení věci je nepoužívejte k ničemu jinému než k jejich uložení.

Prosím o písemné potvrzení, že jste zpracování omezili.

S pozdravem
Ing. Radek Procházka
Brno""",
     "Ing. Radek Procházka"),

    ("access", ("correction",), "GDPR – čl. 15 a čl. 16",
     """Dobrý den,

jako Vaše zákaznice (účet veden na e-mail jana.vesela@seznam.cz, věrnostní karta č. 30 1188 5520) Vás tímto žádám:

1) podle čl. 15 GDPR o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o jejich kopii a o informace o účelech zpracování, příjemcích, době uložení a o zdroji údajů, které jste nezískali přímo ode mě;

2) podle čl. 16 GDPR o opravu mého příjmení – od loňského roku se jmenuji Veselá Dvořáková, v systému mám stále jen Veselá, a kvůli tomu mi nesedí jméno na fakturách, které předkládám zaměstnavateli.

Děkuji a jsem s pozdravem
Jana Veselá Dvořáková""",
     "Jana Veselá Dvořáková"),

    ("objection", (), "reklamy",
     """Dobrý den,

nevím, jestli píšu na správnou adresu, ale zkusím to. Minulý týden jsem si u vás prohlížel zahradní domky, nic jsem nekoupil. Od té doby mi na Facebooku i na Instagramu pořád vyskakují vaše reklamy přesně na ty domky, a dneska jsem od vás dostal e-mail „Vybrali jsme pro vás" zase se stejnými domky. Připadám si trochu sledovaný.

Nakupuju u vás roky a chci nakupovat dál, účet rušit nechci a newsletter mi nevadí. Ale nechci, aby se z toho, co si prohlížím a kupuju, skládal nějaký můj profil, a nechci, abyste tyhle informace posílali Facebooku nebo komukoli dalšímu kvůli reklamám. Tohle s mými údaji prosím nedělejte.

Díky za pochopení
Martin Svoboda""",
     "Martin Svoboda"),

    ("deletion", (), "",
     """Dobry den,

pisu za sebe, ne za zadnou firmu. Pred par lety jsem si u vas zalozila ucet kvuli jedne objednavce (zahradni hadice a par kvetinacu), od te doby jsem nic nekoupila a uz ani nekoupim, protoze se stehuju natrvalo do Kanady.

Nechci aby nekde v nejake databazi zustalo moje jmeno, adresa, telefon, proste nic. At je po mne u vas cisto, jako bych nikdy nebyla zakaznik. Jde to nejak zaridit? Heslo si nepamatuju, takze se tam ani neprihlasim.

Dekuji
Lucie Kratochvilova""",
     "lucie.kratochvilova"),

    ("withdraw_consent", (), "Re: Vaše objednávka č. 2026-118734 byla odeslána",
     """Dobrý den, balík dorazil v pořádku, díky.

Ještě jedna věc, když už píšu – ty týdenní e-maily s akcemi mi už prosím neposílejte, odhlaste mě z nich. Odkaz dole v e-mailu mě hodí na přihlašovací stránku a dál se nedostanu.

J. Horák

Dne po 9. 3. 2026 v 8:02 odesílatel <noreply@shop.example.be> napsal:
> Dobrý den, Jiří,
>
> Vaše objednávka č. 2026-118734 (Závlahový systém KIT 25 m, 2 ks Truhlík 80 cm) byla předána dopravci PPL.
> Zásilku můžete sledovat zde: https://shop.example.be/track/2026-118734
>
> Děkujeme, že nakupujete u nás!""",
     "Jiří Horák"),

    ("portability", (), "Re: Odpověď na Vaši žádost o přístup k osobním údajům",
     """Dobrý den,

děkuji za rychlou odpověď. Potřeboval bych ale ještě jednu věc: historii objednávek a údaje z věrnostního programu v souboru, který jde normálně otevřít v počítači a nahrát jinam – ideálně CSV nebo JSON, PDF se naskenovanými stránkami se do ničeho načíst nedá. Přecházím k jinému obchodu, který umí převést věrnostní výhody podle historie nákupů, a ten po mně chce strojově čitelný soubor.

Tomáš Beneš

----- Původní zpráva -----
Od: Ochrana osobních údajů <privacy@shop.example.be>
Komu: tomas.benes@email.cz
Odesláno: 16. 3. 2026 14:20
Předmět: Odpověď na Vaši žádost o přístup k osobním údajům

> Vážený pane Beneši,
> v příloze Vám zasíláme kopii Vašich osobních údajů dle čl. 15 GDPR.
> Pokud si přejete údaje opravit nebo vymazat, odpovězte prosím na tento e-mail.
> S pozdravem
> Tým ochrany osobních údajů""",
     "Tomáš Beneš"),

    ("automated", (), "Automatická odpověď: Vaše žádost o výmaz – ověření totožnosti",
     """Dobrý den,

jsem mimo kancelář do 27. 3. 2026 bez přístupu k e-mailu. V naléhavých případech volejte 731 456 902.

Zdeněk Malý""",
     "Zdeněk Malý"),

    ("access", (), "co o mně máte?",
     """viz předmět

Odesláno z mobilu""",
     "Pavla N."),

    ("complaint", ("objection", "access"), "Už potřetí!!!",
     """Dobrý den,

píšu vám už potřetí (poprvé 14. ledna, podruhé 10. února) a pořád nic. Žádala jsem, abyste moje údaje nepředávali žádným „partnerům" kvůli reklamě. Místo odpovědi mi teď volá nějaká firma s nabídkou pergol a tvrdí, že můj kontakt má od vás. Přesně tohle jsem nechtěla.

Chci, abyste to okamžitě zastavili, a chci vědět, komu všemu jste moje číslo dali. Jestli mi do týdne neodpovíte, podávám stížnost na Úřad pro ochranu osobních údajů. Už toho mám opravdu dost.

Hana Kopecká""",
     "Hana Kopecká"),

    ("correction", (), "Oprava adresy na účtu",
     """Dobrý den,

prosím o opravu doručovací adresy u mého zákaznického účtu na: Nábřeží 412, 760 01 Zlín. Stará adresa (Kvítková 18) už neplatí.

Děkuji.

S pozdravem / Best regards

Mgr. Petra Šťastná
advokátka

ADVOKÁTNÍ KANCELÁŘ ŠŤASTNÁ & PARTNEŘI s.r.o.
Nábřeží 412, 760 01 Zlín
T: +420 577 210 330 | M: +420 604 118 227
E: stastna@ak-stastna.cz | www.ak-stastna.cz
ID datové schránky: x7k2bq9

Tato zpráva a veškeré její přílohy jsou důvěrné a mohou obsahovat informace chráněné povinností mlčenlivosti advokáta podle § 21 zákona č. 85/1996 Sb., o advokacii. Jste-li nesprávným adresátem, neprodleně prosím informujte odesílatele a zprávu včetně příloh vymažte; jakékoli užití, kopírování nebo šíření je zakázáno. Informace o zpracování osobních údajů naší kanceláří, včetně Vašich práv na přístup, opravu, výmaz a vznesení námitky, naleznete na www.ak-stastna.cz/gdpr. Tento e-mail nepředstavuje návrh na uzavření smlouvy ani jeho přijetí, není-li v něm výslovně uvedeno jinak.

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete it from your system.""",
     "Petra Šťastná"),

    ("other", (), "Dotaz k cookies – diplomová práce",
     """Dobrý den,

píšu diplomovou práci o tom, jak e-shopy v EU řeší souhlas s cookies, a váš web mám ve vzorku. Chtěla bych se zeptat, jaký nástroj pro správu souhlasů (CMP) používáte a jestli je stejná cookie lišta nasazená na všech jazykových verzích webu. Zajímalo by mě taky, jestli jste po jejím zavedení zaznamenali změnu v podílu lidí, kteří souhlasí s analytickými cookies.

Pokud by byl někdo od vás ochotný k krátkému rozhovoru (cca 20 minut online), byla bych moc vděčná.

Děkuji
Bc. Kateřina Nováková
Vysoká škola ekonomická v Praze""",
     "Kateřina Nováková"),

    ("other", (), "Žádost o místo – skladník/expedient",
     """Dobrý den,

reaguji na Váš inzerát na portálu Jobs.cz na pozici skladník/expedient. V příloze zasílám životopis. Mám 6 let praxe ve skladu, průkaz na VZV a nastoupit mohu od 1. 5.

Souhlasím se zpracováním svých osobních údajů uvedených v životopisu pro účely výběrového řízení v souladu s nařízením Evropského parlamentu a Rady (EU) 2016/679 (GDPR).

S pozdravem
Petr Dvořák
tel. 736 221 904""",
     "Petr Dvořák"),
],

"hr": [
    ("objection", (), "Prigovor na obradu osobnih podataka – članak 21. Opće uredbe o zaštiti podataka",
     """Poštovani,

temeljem članka 21. stavaka 1. i 2. Uredbe (EU) 2016/679 (Opća uredba o zaštiti podataka) ulažem prigovor na obradu mojih osobnih podataka u svrhu izrade profila i slanja personaliziranih ponuda na temelju moje povijesti kupnje i ponašanja na Vašim internetskim stranicama, kao i na svaku drugu obradu u svrhu izravnog marketinga.

Napominjem da ne tražim zatvaranje korisničkog računa – račun i kartica vjernosti neka ostanu aktivni, ali bez navedene obrade.

Molim da mi u roku od mjesec dana od primitka ovog zahtjeva potvrdite da ste postupili u skladu s njim.

S poštovanjem,
Ivana Horvat
Zagreb""",
     "Ivana Horvat"),

    ("restriction", ("access",), "Zahtjev za ograničenje obrade i pristup podacima",
     """Poštovani,

dana 20. veljače 2026. osporila sam točnost podataka o kupnjama koje vodite uz moju karticu vjernosti (broj 2290 4411 07): na kartici su evidentirane kupnje koje nisam obavila.

Dok to ne provjerite, zahtijevam ograničenje obrade tih podataka sukladno članku 18. stavku 1. točki (a) Opće uredbe o zaštiti podataka – podatke nemojte brisati, ali ih ni na koji način ne koristite.

Osim toga, na temelju članka 15. iste Uredbe molim presliku svih osobnih podataka koje o meni obrađujete, uključujući popis svih transakcija na kartici za posljednje dvije godine.

Unaprijed zahvaljujem.

S poštovanjem,
Marija Kovačević, mag. iur.
Split""",
     "Marija Kovačević"),

    ("correction", (), "kartica vjernosti",
     """Dobar dan,

udala sam se prošle godine i preselili smo se iz Osijeka u Varaždin, pa sad imam mali kaos sa svim karticama i računima. Kod vas je situacija ovakva: kartica vjernosti i dalje glasi na moje djevojačko prezime (Babić), a pošiljke i oni papirnati katalozi idu na staru adresu u Osijeku, gdje sad živi moja svekrva :) Zadnju narudžbu je kurir vozio tamo i jedva sam je dobila.

Sada se prezivam Jurić, a adresa je Kapucinska 22, 42000 Varaždin. Broj mobitela i e-mail su isti.

Možete li to srediti kod sebe da sve bude kako treba? Pokušala sam sama u profilu, ali polje za prezime je zaključano.

Hvala vam puno i lijep pozdrav,
Ana Jurić (bivša Babić)""",
     "Ana Jurić"),

    ("withdraw_consent", (), "ovi vaši mailovi",
     """Poštovani,

prije nekih pet godina kupio sam kod vas kosilicu i očito sam tada negdje kliknuo da želim primati vaše novosti. Ne sjećam se toga, ali dobro, vjerujem vam. Od tada mi svaki tjedan stignu dva, tri maila s akcijama za roštilje, bazene, božićne lampice... Kosilica još radi, hvala na pitanju, ali vrta više nemam – prodali smo kuću i sad živimo u stanu.

Ne ljutim se, ali to stvarno više ne želim primati. Ono što sam tada odobrio, smatrajte da više ne vrijedi.

Lijep pozdrav,
Zoran Marić""",
     "Zoran Marić"),

    ("deletion", (), "Re: Upit o bodovima na kartici vjernosti",
     """Hvala na odgovoru. Ako bodovi ionako propadaju krajem godine, onda mi kartica više ne treba. Zapravo, ugasite mi i korisnički račun i maknite sve što imate o meni, ne planiram više naručivati.

Pozdrav,
Dario

On Tue, 10 Mar 2026 at 09:15, Customer Service <service@shop.example.be> wrote:
> Poštovani gospodine Periću,
>
> bodovi prikupljeni karticom vjernosti vrijede do 31. prosinca tekuće godine, nakon čega se automatski poništavaju.
>
> Za sva dodatna pitanja stojimo Vam na raspolaganju.
>
> Srdačan pozdrav,
> Korisnička služba""",
     "Dario Perić"),

    ("access", (), "Re: Potvrda: odjavljeni ste s newslettera",
     """ok, hvala. kad smo vec kod toga, zanima me sto sve jos imate o meni spremljeno i jeste li to nekome davali. mozete mi poslati popis?

Sent from my Huawei phone

-------- Original message --------
From: privacy@shop.example.be
Date: 11.03.2026. 16:47
To: kresimir.bosnjak@gmail.com
Subject: Potvrda: odjavljeni ste s newslettera

> Poštovani,
>
> potvrđujemo da smo povukli Vašu privolu za primanje newslettera i marketinških poruka te da na Vašu adresu više nećemo slati takve poruke.
>
> Lijep pozdrav,
> Tim za zaštitu podataka""",
     "Krešimir Bošnjak"),

    ("portability", (), "export",
     """Mozete mi poslati sve moje narudzbe i bodove s kartice u csv ili excel fajlu da to prebacim u drugu aplikaciju? hvala""",
     "Luka"),

    ("automated", (), "Automatski odgovor: Vaš zahtjev za brisanje podataka – potrebna potvrda",
     """Poštovani,

trenutno sam na godišnjem odmoru do 6. travnja 2026. Vaša poruka neće biti proslijeđena. Za hitne stvari obratite se kolegici Sanji Vuković (sanja.vukovic@adriatrans.hr).

Srdačan pozdrav,
Nikola Tomić""",
     "Nikola Tomić"),

    ("complaint", ("deletion",), "Treći put – zahtjev za brisanje podataka",
     """Poštovani,

ovo mi je treća poruka. Dana 5. siječnja i ponovno 8. veljače zatražio sam brisanje svih svojih osobnih podataka i korisničkog računa. Do danas nisam dobio nikakav odgovor, a račun je i dalje aktivan – jučer sam se normalno prijavio.

Rok od mjesec dana iz članka 12. Opće uredbe davno je istekao. Ako u sljedećih osam dana ne dobijem potvrdu da su moji podaci obrisani, podnosim prijavu Agenciji za zaštitu osobnih podataka (AZOP).

Goran Šimić""",
     "Goran Šimić"),

    ("objection", (), "Facebook / Google oglasi",
     """Poštovani,

molim da moju e-mail adresu i broj telefona ne prosljeđujete Facebooku, Googleu ni drugim partnerima radi prikazivanja oglasa. S tim se ne slažem.

Hvala,

Tomislav Radić
Voditelj nabave | Procurement Manager

Dalmacija Građevina d.o.o.
Put Supavla 1, 21000 Split, Hrvatska
T +385 21 345 678 | M +385 91 234 5678
tomislav.radic@dalmacija-gradevina.hr
www.dalmacija-gradevina.hr

Društvo je upisano u sudski registar Trgovačkog suda u Splitu pod MBS 060123456, OIB 12345678901. Temeljni kapital 2.654,46 EUR uplaćen u cijelosti. Član uprave: Ante Radić.

POVJERLJIVO: Ova poruka i njezini privici namijenjeni su isključivo osobi ili subjektu kojem su upućeni i mogu sadržavati povjerljive i/ili zakonom zaštićene informacije. Ako niste namjeravani primatelj, obavještavamo Vas da je svako korištenje, umnožavanje ili distribucija ove poruke strogo zabranjeno. Ako ste ovu poruku primili greškom, molimo obavijestite pošiljatelja i trajno je izbrišite iz svog sustava. Osobne podatke obrađujemo u skladu s Općom uredbom o zaštiti podataka; informacije o Vašim pravima (pristup, ispravak, brisanje, prigovor) dostupne su na www.dalmacija-gradevina.hr/privatnost.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential information. If you have received it in error, please notify the sender and delete it.

Molimo razmislite o okolišu prije ispisa ove poruke.""",
     "Tomislav Radić"),

    ("other", (), "Paravan za terasu - upit",
     """Pozdrav, zanima me ona zaštita od pogleda, kod vas piše "Privacy Screen" od PVC pletiva, 1 x 3 m. Ima li je u smeđoj boji i koliko je debela? Susjed je napravio terasu točno iznad naše pa bi nam malo privatnosti dobro došlo, haha. I koliko košta dostava za Rijeku?

Hvala, Vesna""",
     "Vesna Knežević"),

    ("other", (), "Suradnja – GDPR usklađene baze kontakata za vaš webshop",
     """Poštovani,

javljam se ispred tvrtke LeadMax Adria d.o.o. Nudimo ciljane, potpuno GDPR usklađene baze kontakata kupaca iz Hrvatske, Slovenije i BiH (više od 400.000 zapisa s privolom za marketing), segmentirane po interesima – među ostalim vrt, uređenje doma i DIY.

Naši klijenti bilježe i do 35 % veći povrat na e-mail kampanje. Uz svaku bazu dobivate i dokumentaciju o privolama, tako da se ne morate brinuti o usklađenosti.

Bi li Vam odgovarao kratki poziv sljedeći tjedan?

Srdačno,
Marko Kralj
Business Development Manager
LeadMax Adria d.o.o.""",
     "Marko Kralj"),
],

"sv": [
    ("access", (), "Subject Access Request – art. 15 GDPR",
     """Hej,

Med stöd av artikel 15 i dataskyddsförordningen (EU) 2016/679 begär jag att få en bekräftelse på huruvida ni behandlar personuppgifter som rör mig och, om så är fallet, en kopia av dessa uppgifter.

Jag vill även få information om
– ändamålen med behandlingen,
– vilka kategorier av personuppgifter det gäller,
– vilka mottagare uppgifterna har lämnats ut till, särskilt mottagare i tredje land,
– hur länge uppgifterna kommer att lagras,
– varifrån uppgifterna kommer, om de inte har samlats in från mig,
– huruvida automatiserat beslutsfattande, inklusive profilering, förekommer.

Jag har haft kundkonto hos er med den här e-postadressen sedan 2019.

Med vänlig hälsning
Per Lindqvist
Västerås""",
     "Per Lindqvist"),

    ("deletion", ("withdraw_consent", "objection"), "Radering av personuppgifter m.m.",
     """Till dataskyddsansvarig

Jag begär härmed att ni raderar samtliga personuppgifter som ni har om mig, i enlighet med artikel 17.1 i dataskyddsförordningen, och avslutar mitt kundkonto och mitt stamkundskort.

Jag återkallar samtidigt alla samtycken jag har lämnat till er, bland annat för nyhetsbrev och sms-erbjudanden (artikel 7.3).

Skulle ni anse att ni måste spara vissa uppgifter, t.ex. enligt bokföringslagen, gör jag invändning enligt artikel 21 mot att dessa uppgifter används till något annat än just det, i synnerhet marknadsföring och profilering.

Vänligen bekräfta skriftligen när åtgärderna är vidtagna.

Ingrid Söderberg
Storgatan 8 B
903 26 Umeå""",
     "Ingrid Söderberg"),

    ("restriction", (), "angående mitt ärende och mina uppgifter",
     """Hej!

Jag har sedan januari en pågående tvist med er om ett växthus som levererades trasigt (ärende 55812), och det ser ut som att det kan sluta hos Allmänna reklamationsnämnden. Samtidigt fick jag häromdagen ett mejl om att inaktiva konton rensas automatiskt efter en viss tid, och mitt konto har inte använts sedan den beställningen.

Jag vill inte att mina uppgifter, beställningen, chattloggarna med kundtjänst och bilderna jag skickade försvinner innan tvisten är avgjord – jag behöver dem som underlag. Men fram till dess vill jag inte heller att ni använder mina uppgifter till något annat. Inga utskick, ingen analys, ingenting. Bara att de ligger kvar orörda.

Går det att ordna?

Mvh
Johan Berg""",
     "Johan Berg"),

    ("portability", (), "Kan jag få med mig min historik?",
     """Hej,

Jag har handlat hos er i säkert åtta år – trädgårdsmöbler, krukor, jord, allt möjligt – och har använt er app för att hålla koll på vad jag planterat var och när jag köpte vad. Nu har jag börjat använda en annan trädgårdsapp som kan importera köp från andra butiker, men den behöver en fil den kan läsa, typ CSV eller JSON.

Kvittona i PDF som man kan ladda ner ett och ett från Mina sidor hjälper inte, det är hundratals. Kan ni ge mig hela köphistoriken plus anteckningarna jag gjort i appen i en sådan fil? Eller ännu hellre skicka den direkt till dem – de säger att de kan ta emot data från andra företag.

Tack på förhand!
Karin Ekström""",
     "Karin Ekström"),

    ("objection", (), "SV: Vi har uppdaterat dina uppgifter",
     """Tack, nu ser det rätt ut.

En sak till när jag ändå skriver: jag märker att erbjudandena i appen verkar bygga på allt jag köpt de senaste åren. Det vill jag inte vara med på. Använd inte min köphistorik för att räkna ut vad jag ska erbjudas, och lämna inte ut den till era annonspartner.

/Mikael

Från: Dataskydd <privacy@shop.example.be>
Skickat: den 12 mars 2026 11:03
Till: Mikael Nyström
Ämne: Vi har uppdaterat dina uppgifter

> Hej Mikael,
>
> Vi har nu rättat din adress och ditt telefonnummer enligt din begäran. Om du vill ha en kopia av dina uppgifter eller få dem raderade kan du svara på detta mejl.
>
> Vänliga hälsningar
> Dataskyddsteamet""",
     "Mikael Nyström"),

    ("withdraw_consent", (), "Re: Ditt registerutdrag",
     """Hej, tack för utdraget!

Såg där att jag enligt er har samtyckt till sms-utskick och till att få nyhetsbrev per post. Det tar jag tillbaka, båda två. Mejlen kan ni fortsätta skicka.

Hälsningar
Lena Holm

Den tors 12 mars 2026 kl 09:30 skrev Dataskydd <privacy@shop.example.be>:

> Hej Lena,
>
> Bifogat finner du det registerutdrag du begärde den 20 februari. Utdraget innehåller samtliga personuppgifter vi behandlar om dig, ändamålen och lagringstiderna.
>
> Vänliga hälsningar
> Dataskyddsteamet""",
     "Lena Holm"),

    ("correction", (), "Stavfel",
     """Jag heter Åsa, inte Asa. Kan ni ändra på kundkortet och kontot? /Åsa Lundgren""",
     "Åsa Lundgren"),

    ("automated", (), "Autosvar: Din begäran om radering – bekräfta din identitet",
     """Hej!

Jag är föräldraledig till och med den 1 september och läser inte min e-post. Vid brådskande ärenden, kontakta vaxel@lundgrensbygg.se eller 08-555 123 00.

Ditt meddelande vidarebefordras inte.

Vänliga hälsningar
Erik Sandberg""",
     "Erik Sandberg"),

    ("complaint", ("access",), "Påminnelse: registerutdrag begärt 2 januari – inget svar",
     """Hej igen,

Den 2 januari skickade jag en begäran om registerutdrag till den här adressen. Nu har det gått över två månader utan att jag fått så mycket som en bekräftelse. Jag har ringt kundtjänst två gånger och båda gångerna fått höra att ”det ligger hos dataskydd”.

Enligt artikel 12.3 i dataskyddsförordningen ska ni svara inom en månad. Har jag inte fått utdraget senast fredag nästa vecka lämnar jag in ett klagomål till Integritetsskyddsmyndigheten.

Fredrik Åberg""",
     "Fredrik Åberg"),

    ("deletion", (), "Avsluta konto",
     """Hej,

Jag vill att ni tar bort mitt konto och allt ni har sparat om mig. Kontot är registrerat på den här adressen.

Med vänliga hälsningar / Best regards

Anna Wikström
Senior Project Manager, Region Syd

Nordkust Konsult AB
Besöksadress: Stortorget 3, 211 22 Malmö
Postadress: Box 4123, 203 12 Malmö
Tel: +46 40 123 45 67 | Mobil: +46 70 987 65 43
anna.wikstrom@nordkustkonsult.se | www.nordkustkonsult.se

Detta e-postmeddelande och eventuella bilagor kan innehålla konfidentiell information och är endast avsett för adressaten. Om du har fått meddelandet av misstag ber vi dig att omedelbart meddela avsändaren och radera det. Obehörig användning, spridning eller kopiering av innehållet är förbjuden.

När du skickar e-post till Nordkust Konsult AB behandlar vi dina personuppgifter. Läs mer om hur vi behandlar personuppgifter och om dina rättigheter, bland annat rätten till tillgång, rättelse och radering, på www.nordkustkonsult.se/personuppgifter.

This e-mail may contain confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail.

Tänk på miljön innan du skriver ut detta e-postmeddelande.""",
     "Wikström Anna"),

    ("other", (), "Personuppgiftsbiträdesavtal – underskrift behövs",
     """Hej,

Vi på Fraktbolaget Norrland AB hanterar sedan i höstas era leveranser till norra Sverige och behandlar därmed era kunders namn, adresser och telefonnummer för er räkning. Vid vår senaste interna revision upptäckte vi att ett undertecknat personuppgiftsbiträdesavtal (PUB-avtal) saknas i våra handlingar.

Jag bifogar vårt standardavtal. Kan ni skriva under och returnera det, alternativt skicka ert eget avtal om ni hellre vill det? Hör gärna av er om ni har frågor om underbiträden eller säkerhetsåtgärder.

Vänliga hälsningar
Sofia Lindgren
Dataskyddssamordnare
Fraktbolaget Norrland AB""",
     "Sofia Lindgren"),

    ("other", (), "Fråga från Handelsnytt om dataintrånget hos ParcelHub",
     """Hej,

Jag heter Oskar Melin och är reporter på Handelsnytt. Vi skriver om dataintrånget hos logistikleverantören ParcelHub, där kunduppgifter från flera europeiska e-handlare uppges ha läckt. Enligt våra uppgifter är ni en av ParcelHubs kunder.

Kan ni bekräfta om era kunder har berörts, och i så fall ungefär hur många svenska kunder det gäller? Har ni anmält incidenten till tillsynsmyndigheten?

Vi publicerar på torsdag och vill gärna ha era kommentarer senast onsdag kl. 15.

Med vänlig hälsning
Oskar Melin
Reporter, Handelsnytt
070-123 45 67""",
     "Oskar Melin"),
],

"ro": [
    ("deletion", (), "Cerere de ștergere a datelor cu caracter personal (art. 17 GDPR)",
     """Stimată doamnă/Stimate domn,

Subsemnata Ioana Popescu, client al magazinului dumneavoastră online (cont asociat adresei de e-mail de pe care vă scriu), vă solicit, în temeiul art. 17 alin. (1) lit. a) din Regulamentul (UE) 2016/679, ștergerea fără întârzieri nejustificate a tuturor datelor cu caracter personal care mă privesc, întrucât acestea nu mai sunt necesare în raport cu scopurile pentru care au fost colectate.

Vă rog, de asemenea, să închideți contul de client și cardul de fidelitate asociat (nr. 5520 1934 77) și să îmi confirmați în scris efectuarea ștergerii.

Cu stimă,
Ioana Popescu
Cluj-Napoca""",
     "Ioana Popescu"),

    ("objection", ("restriction",), "Opoziție la prelucrare – art. 21 și art. 18 GDPR",
     """Bună ziua,

Prin prezenta, în temeiul art. 21 alin. (1) din Regulamentul general privind protecția datelor, mă opun prelucrării datelor mele cu caracter personal pe baza interesului dumneavoastră legitim, în special pentru analiza comportamentului de cumpărare, segmentare și transmiterea datelor către partenerii de marketing.

Totodată, solicit, conform art. 18 alin. (1) lit. d) din același regulament, restricționarea prelucrării acestor date pe perioada în care verificați dacă motivele dumneavoastră legitime prevalează asupra celor ale mele.

Vă rog să îmi comunicați măsurile luate în termenul legal de o lună.

Cu respect,
Adrian Constantinescu
București, sector 3""",
     "Adrian Constantinescu"),

    ("access", (), "intrebare",
     """Buna ziua,

Va scriu pentru ca ieri am primit acasa un catalog de la voi pe numele meu, la adresa noua, desi nu stiu sa va fi dat vreodata adresa asta. Am comandat de la voi o singura data, acum vreo 3 ani, si atunci am dat adresa mamei. M-a mirat putin, recunosc.

Asa ca as vrea si eu sa stiu ce ati strans despre mine in tot timpul asta: ce date aveti, de unde le aveti si cui le-ati dat. Am dreptul sa stiu asta, nu? Nu vreau sa fac scandal, doar sa inteleg.

Multumesc,
Cristina Marin""",
     "Cristina Marin"),

    ("correction", (), "Ștefănescu, nu Stefanescu :)",
     """Bună ziua,

O problemă mică, dar care mă urmărește de ani de zile: în contul meu de la dumneavoastră numele apare „Stefanescu Mihaela", fără diacritice, iar pe cardul de fidelitate chiar „Stefanesku". Colac peste pupăză, data nașterii e trecută 03.11 în loc de 11.03, așa că primesc voucherul de ziua mea în noiembrie, deși sunt născută în martie.

Voucherul în plus nu mă deranjează (glumesc), dar pe factură am nevoie de numele scris corect, pentru că o decontez la firmă.

Numele corect este Ștefănescu Mihaela, născută la 11 martie 1985.

Vă mulțumesc frumos,
Mihaela Ștefănescu""",
     "Mihaela Ștefănescu"),

    ("portability", (), "Re: Întrebare despre punctele de fidelitate",
     """Mulțumesc pentru lămuriri.

Atunci aș vrea să-mi trimiteți tot istoricul cumpărăturilor și al punctelor într-un fișier pe care să-l pot importa în aplicația mea de buget (CSV sau Excel, orice format standard). În cont se poate doar vizualiza, nu se poate descărca nimic.

Radu

În mar., 10 mar. 2026 la 14:22, Serviciul Clienți <service@shop.example.be> a scris:

> Bună ziua, domnule Georgescu,
>
> Punctele acumulate pe cardul de fidelitate expiră după 24 de luni de la data achiziției. Istoricul acestora îl puteți consulta oricând în contul dumneavoastră, secțiunea „Cardul meu".
>
> Cu stimă,
> Echipa Serviciului Clienți""",
     "Radu Georgescu"),

    ("automated", (), "Răspuns automat: Re: Cererea dumneavoastră de acces la date",
     """Vă mulțumesc pentru mesaj. Sunt în concediu până pe 2 aprilie, cu acces limitat la e-mail. Pentru probleme urgente, vă rog să o contactați pe colega mea, Elena Dumitru, la elena.dumitru@transcarpatic.ro.

Thank you for your message. I am on leave until 2 April with limited access to e-mail. For urgent matters please contact elena.dumitru@transcarpatic.ro.""",
     "Vlad Ionescu"),

    ("withdraw_consent", (), "Dezabonare",
     """Va rog sa ma scoateti de pe lista. Multumesc

Trimis de pe telefonul meu Samsung Galaxy""",
     "Daniela"),

    ("restriction", (), "nu stergeti contul!",
     """Am vazut in mailul vostru ca stergeti conturile inactive. Pe al meu va rog sa-l pastrati asa cum e, am nevoie de facturi intr-un litigiu cu asigurarea, dar pana atunci nu-l mai folositi la nimic altceva.""",
     "Mihai Olteanu"),

    ("complaint", ("withdraw_consent",), "A treia oară: NU mai vreau newsletterul!!",
     """Bună ziua,

M-am dezabonat de trei ori din link-ul din e-mail și v-am scris și aici pe 15 februarie să-mi retrageți acordul pentru newsletter. Nimic. Azi am primit iar două e-mailuri cu „oferte de primăvară".

Vă rog frumos, pentru ultima dată, să mă scoateți definitiv de pe orice listă de marketing. Dacă mai primesc un singur mesaj, depun plângere la ANSPDCP – am și capturile de ecran pregătite.

Laura Dobre""",
     "Laura Dobre"),

    ("access", (), "Date personale / Personal data",
     """Bună ziua,

Vă rog să-mi trimiteți o copie a datelor personale pe care le dețineți despre mine (cont client, comenzi, card de fidelitate).

Mulțumesc,

Andrei Vasilescu
Senior Software Engineer
TechNova Solutions S.R.L.
Str. Fabricii nr. 46, Cluj-Napoca 400632, România
Tel: +40 264 450 123 | Mobil: +40 745 112 233
www.technova.ro

Acest mesaj, inclusiv eventualele atașamente, este confidențial și poate conține informații protejate de lege. Este destinat exclusiv persoanei sau entității căreia îi este adresat. Dacă ați primit acest mesaj din greșeală, vă rugăm să informați imediat expeditorul și să ștergeți mesajul din sistemul dumneavoastră. Orice utilizare, copiere, divulgare sau distribuire neautorizată este strict interzisă. TechNova Solutions S.R.L. prelucrează datele cu caracter personal în conformitate cu Regulamentul (UE) 2016/679. Pentru informații privind drepturile dumneavoastră (acces, rectificare, ștergere, restricționare, portabilitate, opoziție) consultați www.technova.ro/gdpr.

This message and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it.
J12/3456/2015 | CUI RO34567890 | Capital social: 200 RON""",
     "Andrei Vasilescu"),

    ("other", (), "Cookie-uri",
     """Bună ziua,

Am observat că pe site-ul dumneavoastră bannerul de cookie-uri apare în engleză chiar dacă navighez pe versiunea în română. Mă întrebam dacă e în regulă așa din punct de vedere legal, pentru că am și eu un mic magazin online (ceramică lucrată manual) și vreau să fac lucrurile cum trebuie. Ce soluție folosiți pentru consimțământ, dacă nu e secret?

Mulțumesc anticipat,
Sorin Petrescu""",
     "Sorin Petrescu"),

    ("other", (), "card de fidelitate - intrebare",
     """Buna ziua, ma gandesc sa imi fac cardul vostru de fidelitate, dar inainte as vrea sa inteleg ceva din politica de confidentialitate: scrie acolo ca datele pot fi folosite "de parteneri selectati". Cine sunt partenerii astia, in general? Firme de curierat, banci? Si daca fac cardul, sunt obligata sa primesc si newsletterul sau e optional?

Multumesc,
Georgiana""",
     "Georgiana Stan"),
],

"el": [
    ("correction", (), "Αίτημα διόρθωσης προσωπικών δεδομένων (άρθρο 16 ΓΚΠΔ)",
     """Αξιότιμοι κύριοι,

Με την παρούσα και σύμφωνα με το άρθρο 16 του Κανονισμού (ΕΕ) 2016/679 (ΓΚΠΔ), ζητώ τη διόρθωση των ανακριβών προσωπικών δεδομένων που τηρείτε στον λογαριασμό πελάτη μου, ως εξής:

– Επώνυμο: αναγράφεται «Papadopoulos», το ορθό είναι «Παπαδόπουλος-Ράλλης» (με λατινικούς χαρακτήρες: Papadopoulos-Rallis).
– Διεύθυνση αποστολής: Λεωφ. Κηφισίας 112, 115 26 Αθήνα (και όχι Κηφισίας 12).
– ΑΦΜ για την έκδοση τιμολογίων: 123456789.

Παρακαλώ να με ενημερώσετε εγγράφως για την ολοκλήρωση της διόρθωσης.

Με εκτίμηση,
Κωνσταντίνος Παπαδόπουλος-Ράλλης
Δικηγόρος""",
     "Κωνσταντίνος Παπαδόπουλος-Ράλλης"),

    ("access", ("portability",), "Άσκηση δικαιωμάτων πρόσβασης και φορητότητας",
     """Καλησπέρα σας,

Ως πελάτισσα του ηλεκτρονικού σας καταστήματος και κάτοχος κάρτας πιστότητας, ασκώ:

α) το δικαίωμα πρόσβασης του άρθρου 15 ΓΚΠΔ και ζητώ αντίγραφο όλων των δεδομένων που με αφορούν, καθώς και πληροφορίες για τους σκοπούς της επεξεργασίας, τους αποδέκτες (ιδίως τυχόν διαφημιστικούς συνεργάτες) και τον χρόνο τήρησης·

β) το δικαίωμα στη φορητότητα του άρθρου 20 ΓΚΠΔ, ζητώντας τα δεδομένα που σας έχω παράσχει (στοιχεία λογαριασμού, ιστορικό παραγγελιών) σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο.

Παρακαλώ για απάντηση εντός της προθεσμίας του άρθρου 12 παρ. 3 ΓΚΠΔ.

Με τιμή,
Ελένη Γεωργίου
Θεσσαλονίκη""",
     "Ελένη Γεωργίου"),

    ("deletion", (), "logariasmos",
     """Kalispera sas,

sas grafw giati den kserw pws allios na to kanw. Eixa anoiksei logariasmo sto site sas prin 2-3 xronia gia na parw kati glastres kai ena trapezaki gia to mpalkoni. Apo tote den exw ksanaparei tipota kai oute skopevw.

Twra me ola auta pou akouw gia diarroes dedomenwn, skeftomai oti den thelw na yparxei to onoma mou, i dieuthinsi mou kai to kinito mou se kathe magazi pou exw psonisei mia fora. Thelw na eksafanistw apo to systima sas, san na min eixa erthei pote. Ginetai auto?

Efxaristw,
Nikos Antoniou""",
     "Nikos Antoniou"),

    ("objection", (), "διαφημίσεις στο Instagram",
     """Γεια σας,

Θα ήθελα να σας ζητήσω κάτι. Κάθε φορά που μπαίνω στο site σας και κοιτάζω κάτι, έστω και για δύο λεπτά, μετά το βλέπω παντού: στο Instagram, στο Facebook, σε ειδησεογραφικά sites. Προχθές κοίταζα ψησταριές και τώρα μου βγαίνουν ψησταριές ακόμα και στο YouTube.

Δεν έχω πρόβλημα να μου στέλνετε το newsletter, το διαβάζω και μου αρέσει. Αλλά δεν θέλω να καταγράφετε τι κάνω στο site σας και να το δίνετε σε τρίτους για να με «κυνηγάνε» οι διαφημίσεις. Αυτό, όσον αφορά εμένα, σας παρακαλώ να μην το κάνετε πια.

Ευχαριστώ,
Δήμητρα Κ.""",
     "Δήμητρα Κωνσταντίνου"),

    ("withdraw_consent", (), "Re: Επιβεβαίωση παραγγελίας #GR-554120",
     """Ευχαριστώ, όλα καλά με την παραγγελία.

Παρεμπιπτόντως, όταν την έκανα τσέκαρα κατά λάθος το κουτάκι για τα SMS με προσφορές. Δεν τα θέλω, ακυρώστε αυτή τη συγκατάθεση παρακαλώ.

Γιάννης Μ.

Στις Δευ 9 Μαρ 2026 στις 18:40, ο/η <noreply@shop.example.be> έγραψε:
> Αγαπητέ πελάτη,
>
> Σας ευχαριστούμε για την παραγγελία σας #GR-554120 (Σετ κήπου αλουμινίου, 4 τεμ.).
> Θα λάβετε νέο email μόλις η παραγγελία σας αποσταλεί.
>
> Με εκτίμηση,
> Η ομάδα του καταστήματος""",
     "Γιάννης Μαυρίδης"),

    ("restriction", (), "RE: Η αντίρρησή σας στην επεξεργασία – αριθμός αιτήματος 2026-0412",
     """Καλημέρα,

Κατανοώ ότι χρειάζεστε χρόνο για να εξετάσετε την αντίρρησή μου. Μέχρι όμως να καταλήξετε, ζητώ να μη χρησιμοποιείτε καθόλου τα δεδομένα μου – ούτε για ανάλυση, ούτε για προσφορές, τίποτα. Απλώς να παραμείνουν αποθηκευμένα όπως είναι μέχρι να αποφασίσετε.

Σπύρος Βλάχος

-----Original Message-----
From: Data Protection <privacy@shop.example.be>
Sent: Tuesday, March 10, 2026 3:12 PM
To: Σπύρος Βλάχος
Subject: Η αντίρρησή σας στην επεξεργασία – αριθμός αιτήματος 2026-0412

> Αγαπητέ κύριε Βλάχο,
>
> Λάβαμε την αντίρρησή σας (άρθρο 21 ΓΚΠΔ) στην επεξεργασία των δεδομένων σας για σκοπούς ανάλυσης αγοραστικής συμπεριφοράς. Εξετάζουμε αν υπάρχουν επιτακτικοί νόμιμοι λόγοι που υπερισχύουν· η διαδικασία μπορεί να διαρκέσει έως 30 ημέρες.
>
> Με εκτίμηση,
> Ομάδα Προστασίας Δεδομένων""",
     "Σπύρος Βλάχος"),

    ("automated", (), "Αυτόματη απάντηση: Επιβεβαίωση ταυτότητας για το αίτημά σας",
     """Θα απουσιάζω από το γραφείο έως τις 20/04 χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα επικοινωνήστε στο 210 6543210.

I am out of the office until 20/04 with no access to e-mail.""",
     "Αικατερίνη Λαμπράκη"),

    ("portability", (), "ιστορικό αγορών σε excel;",
     """Μπορείτε να μου στείλετε όλες τις αγορές μου σε αρχείο excel ή csv για να τις περάσω στο πρόγραμμα που χρησιμοποιώ; Ευχαριστώ""",
     "Θοδωρής"),

    ("complaint", ("deletion",), "Ακόμα περιμένω!",
     """Κύριοι,

Στις 12 Ιανουαρίου σάς ζήτησα να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου. Μου απαντήσατε αυτόματα ότι «το αίτημά σας καταχωρήθηκε» και από τότε τίποτα. Ο λογαριασμός υπάρχει ακόμα και συνεχίζω να λαμβάνω τα email σας.

Έχουν περάσει δύο μήνες. Αν δεν διαγραφούν τα στοιχεία μου μέσα σε 10 ημέρες, θα υποβάλω καταγγελία στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Αθανάσιος Οικονόμου""",
     "Αθανάσιος Οικονόμου"),

    ("withdraw_consent", (), "newsletter",
     """Καλησπέρα,

Παρακαλώ αφαιρέστε τη διεύθυνσή μου από τη λίστα του newsletter σας.

Ευχαριστώ,

Μαρίνα Καραγιάννη
Senior Associate

ΚΑΡΑΓΙΑΝΝΗΣ & ΣΥΝΕΡΓΑΤΕΣ – ΔΙΚΗΓΟΡΙΚΗ ΕΤΑΙΡΕΙΑ
Βασ. Σοφίας 45, 106 76 Αθήνα
Τ: +30 210 7212345 | F: +30 210 7212346
www.karagiannis-law.gr

ΕΜΠΙΣΤΕΥΤΙΚΟ: Το παρόν μήνυμα ηλεκτρονικού ταχυδρομείου και τυχόν συνημμένα αρχεία είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη στον οποίο απευθύνονται. Ενδέχεται να περιέχουν πληροφορίες που καλύπτονται από το δικηγορικό απόρρητο. Εάν λάβατε το μήνυμα κατά λάθος, παρακαλούμε ενημερώστε αμέσως τον αποστολέα και διαγράψτε το από το σύστημά σας. Απαγορεύεται κάθε χρήση, αντιγραφή ή διάδοση του περιεχομένου του. Η εταιρεία μας επεξεργάζεται προσωπικά δεδομένα σύμφωνα με τον ΓΚΠΔ· για τα δικαιώματά σας (πρόσβαση, διόρθωση, διαγραφή, εναντίωση) δείτε www.karagiannis-law.gr/privacy.

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.

Σκεφτείτε το περιβάλλον πριν εκτυπώσετε αυτό το μήνυμα.""",
     "Marina Karagianni"),

    ("other", (), "Σύμβαση επεξεργασίας δεδομένων (DPA) – CloudMail Hellas",
     """Καλησπέρα σας,

Είμαι η υπεύθυνη κανονιστικής συμμόρφωσης της CloudMail Hellas Α.Ε., της πλατφόρμας μέσω της οποίας αποστέλλετε τα newsletter σας στην ελληνική αγορά. Από την 1η Μαΐου τίθεται σε ισχύ η νέα έκδοση της Σύμβασης Επεξεργασίας Δεδομένων (άρθρο 28 ΓΚΠΔ), η οποία περιλαμβάνει επικαιροποιημένο κατάλογο υπεκτελούντων την επεξεργασία και τις νέες Τυποποιημένες Συμβατικές Ρήτρες.

Σας επισυνάπτω το κείμενο. Παρακαλούμε να μας το επιστρέψετε υπογεγραμμένο ή να μας γνωστοποιήσετε τυχόν σχόλια έως τις 25 Απριλίου.

Με εκτίμηση,
Μαρία Σταθοπούλου
Compliance Officer
CloudMail Hellas Α.Ε.""",
     "Μαρία Σταθοπούλου"),

    ("other", (), "Privacy screen μπαλκονιού",
     """Καλησπέρα, ενδιαφέρομαι για το «Privacy Screen» από ύφασμα HDPE για μπαλκόνι (κωδ. 661204). Το μπαλκόνι μου είναι 7,5 μέτρα – αντέχει σε δυνατό αέρα; Μένω Ραφήνα και φυσάει πολύ 😅 Έρχεται με κορδόνια στερέωσης; Και στέλνετε στην Ελλάδα;

Ευχαριστώ,
Βασίλης""",
     "Vasilis P."),
],

"bg": [
    ("withdraw_consent", (), "Оттегляне на съгласие",
     """Уважаеми госпожи и господа,

На основание чл. 7, параграф 3 от Регламент (ЕС) 2016/679 (Общ регламент относно защитата на данните) оттеглям съгласието си за обработване на личните ми данни за целите на изпращане на бюлетин по електронна поща и SMS съобщения с рекламно съдържание.

Моля, имайте предвид, че не желая профилът ми да бъде закрит – продължавам да пазарувам при вас.

Моля да ми потвърдите писмено, че оттеглянето е отразено.

С уважение,
Петър Иванов
гр. Пловдив""",
     "Петър Иванов"),

    ("portability", ("deletion",), "Искане по чл. 20 и чл. 17 от ОРЗД",
     """Здравейте,

С настоящото, на основание чл. 20 от ОРЗД, моля да ми предоставите личните данни, които съм ви предоставила – данни за профила, история на поръчките и точките по картата за лоялност – в структуриран, широко използван и пригоден за машинно четене формат (CSV или JSON).

След като получа файла, моля на основание чл. 17 от ОРЗД да изтриете профила ми и всички свързани с него лични данни, освен тези, които сте длъжни да съхранявате по закон.

Благодаря предварително.

Мария Димитрова
София""",
     "Мария Димитрова"),

    ("access", (), "един въпрос",
     """Здравейте,

Пазарувам от вас от около четири години – градински мебели, инструменти покрай ремонта, разни дреболии за вкъщи. Имам карта за лоялност, ползвам приложението ви, абониран съм и за бюлетина. Онзи ден колега ми каза, че магазините знаели за нас повече, отколкото си мислим – какво купуваме, кога, къде сме били, дори колко изкарваме.

Не се оплаквам, просто ми стана интересно. Какво точно пазите за мен? И откъде го имате – само от това, което аз съм ви дал, или и от други места? Доколкото знам, имам право да го видя, нали?

Поздрави,
Стоян Георгиев""",
     "Стоян Георгиев"),

    ("restriction", (), "профилът ми – моля, не го трийте",
     """Здравейте,

Получих писмо от вас, че профили, които не са използвани повече от две години, ще бъдат изтрити. Моят е от тях. Моля, не го изтривайте засега – водя дело с бившия си съпруг за подялба на имущество и фактурите за градинските мебели и климатика, които купих от вас през 2022 г., може да ми потрябват като доказателство. Адвокатката ми каза да се погрижа да не изчезнат.

Същевременно не искам данните ми да се използват за каквото и да било друго, докато делото не приключи – без оферти, без анализи, без нищо. Просто да си стоят така.

Благодаря предварително,
Десислава Колева""",
     "Десислава Колева"),

    ("correction", (), "Re: Копие на вашите лични данни",
     """Благодаря за файла.

Видях, че годината ми на раждане е грешна – пише 1978, а е 1987 (явно някой е разменил цифрите), а телефонът е стар. Новият е 0888 123 456. Оправете ги, моля.

Ивайло

На 11.03.2026 г. в 12:05, Екип „Защита на данните" <privacy@shop.example.be> написа:
> Здравейте, г-н Стоянов,
>
> Във връзка с Вашето искане за достъп по чл. 15 от ОРЗД Ви изпращаме в приложение копие на личните данни, които обработваме.
> Ако желаете да упражните други права, например изтриване или ограничаване на обработването, моля, отговорете на този имейл.
>
> Поздрави,
> Екип „Защита на данните\"""",
     "Ивайло Стоянов"),

    ("objection", (), "Re: Отписахте се успешно",
     """Добре, благодаря. Но искам и още нещо – да не давате имейла и телефона ми на Facebook, Google и подобни за „персонализирани аудитории". Прочетох в политиката ви, че го правите. Това не го искам.

-------- Оригинално съобщение --------
От: privacy@shop.example.be
Дата: 09.03.2026 17:31
Относно: Отписахте се успешно

> Здравейте,
>
> Потвърждаваме, че Вашият имейл адрес е отписан от нашия бюлетин и вече няма да получавате маркетингови съобщения по имейл.
>
> Поздрави,
> Екипът на магазина""",
     "Калина Петрова"),

    ("automated", (), "Автоматичен отговор: Вашето искане за изтриване – потвърждение на самоличността",
     """Здравейте,

Благодаря за съобщението. В отпуск съм до 15.04.2026 г. и нямам достъп до пощата си. При спешност се обадете на 02 987 65 43.

Поздрави,
Георги Николов""",
     "Георги Николов"),

    ("deletion", (), "profil",
     """Zdraveite, iztriite mi profila i vsichko za men, ne mi trqbva veche. Blagodarq""",
     "Bobi"),

    ("complaint", ("access",), "ВТОРО ПИСМО – все още нямам отговор",
     """Здравейте,

На 8 януари ви поисках копие от всички лични данни, които имате за мен. Днес е 17 март. Нито отговор, нито потвърждение, нищо. Междувременно ми идват по два имейла на ден с „оферти специално за мен", значи данните ми ги ползвате без проблем, само когато аз ги поискам – мълчание.

Давам ви седем дни. След това подавам жалба до Комисията за защита на личните данни и не искам повече да се занимавам с вас.

Антон Василев""",
     "Антон Василев"),

    ("correction", (), "смяна на имейл в профила",
     """Здравейте,

Моля, сменете имейла в профила ми с новия: r.todorova@abv.bg. Старият служебен адрес (този, от който пиша) скоро ще бъде закрит.

Благодаря,

Радостина Тодорова
Главен счетоводител

„Балкан Агро Трейд" ЕООД
бул. „България" 102, ет. 5, 1680 София
тел.: +359 2 958 44 11 | моб.: +359 888 765 432
www.balkanagrotrade.bg

ПОВЕРИТЕЛНО: Това съобщение и приложенията към него са поверителни и са предназначени единствено за адресата. Ако сте го получили по погрешка, моля, уведомете незабавно подателя и го изтрийте от системата си. Всяко неразрешено използване, копиране или разпространение е забранено. „Балкан Агро Трейд" ЕООД обработва лични данни в съответствие с Регламент (ЕС) 2016/679; информация за правата Ви (достъп, коригиране, изтриване, възражение) ще намерите на www.balkanagrotrade.bg/gdpr.

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.""",
     "Радостина Тодорова"),

    ("other", (), "Въпрос относно бисквитките на сайта",
     """Здравейте,

Правя проучване за дипломната си работа в УНСС за това как онлайн магазините в ЕС искат съгласие за бисквитки. Забелязах, че на вашия сайт бутонът „Отказ от всички" е на първия екран, а при много други магазини е скрит в настройките.

Бихте ли ми казали дали решението е ваше, или е изискване на белгийския регулатор? И кой инструмент за управление на съгласието използвате?

Благодаря предварително,
Цветелина Ангелова""",
     "Цветелина Ангелова"),

    ("other", (), "Paravan za terasa / privacy screen",
     """Zdraveite, interesuva me privacy screen-a ot bambuk 1,8 x 3 m. Ima li go na sklad i kolko struva dostavkata do Burgas? Iskam da go slozha na terasata, che susedite vijdat vsichko :) I moje li da se reje ako e po-dulag?

Pozdravi,
Nikolay""",
     "Nikolay D."),
],
}

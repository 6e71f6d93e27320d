"""Fiftyninth set, person mail in pl cs hr sv ro el bg: unpaid invoices, debt collection, disputes and the law. Written apart from the rules (see make_fiftyninth.py)."""

PEOPLE_TF = {
    "pl": [
        ("access", (),
         "Windykacja - skąd mają moje dane?",
         """Dzień dobry,

wczoraj zadzwonił do mnie konsultant firmy Nordpol Windykacja sp. z o.o. w sprawie rzekomej zaległości wobec Państwa sklepu (faktura FV/2024/118822 na 84,90 EUR). Pan znał mój numer telefonu, adres e-mail, adres zamieszkania, a nawet wiedział, co zamówiłam.

W związku z tym proszę o informację, na podstawie art. 15 RODO:
- jakie dokładnie moje dane przekazali Państwo tej firmie i kiedy,
- na jakiej podstawie prawnej,
- czy moje dane trafiły jeszcze do kogoś innego (inna firma windykacyjna, kancelaria, jakiś rejestr dłużników),
- jak długo zamierzają Państwo je przechowywać.

Dodam tylko, że ta faktura została opłacona przelewem 12 marca, ale tym zajmę się osobno z działem księgowości.

Z poważaniem
Katarzyna Wróblewska
ul. Kościuszki 41/7
50-038 Wrocław""",
         "Katarzyna Wróblewska"),
        ("correction", ("restriction",),
         "Wpis w Krajowym Rejestrze Długów - zamówienie 4471093",
         """Szanowni Państwo,

w zeszłym tygodniu składałem wniosek o kredyt hipoteczny i doradca w banku poinformował mnie, że figuruję w KRD jako dłużnik Państwa sklepu na kwotę 212,40 EUR (zamówienie 4471093, zmywarka).

Przyznaję, że zapłaciłem z opóźnieniem, ale zapłaciłem w całości - 9 listopada, potwierdzenie przelewu w załączniku. Od tego czasu minęły ponad dwa miesiące, a wpis nadal wisi ze statusem "niespłacone".

Wnoszę o sprostowanie moich danych, tj. zaktualizowanie informacji o tym zobowiązaniu (spłacone) u Państwa oraz niezwłoczne przekazanie tej aktualizacji do KRD. Dopóki sprawa nie zostanie wyjaśniona, proszę o ograniczenie przetwarzania moich danych w związku z tą należnością - żadnych dalszych zgłoszeń, żadnego przekazywania ich dalej.

Sprawa jest dla mnie pilna, bo od tego zależy decyzja banku.

Łukasz Mazur
tel. 604 218 337""",
         "Łukasz Mazur"),
        ("deletion", (),
         "Konto założone na moje nazwisko",
         """Dzień dobry,

w styczniu ktoś założył u Państwa konto na moje imię i nazwisko i zamówił laptopa za ponad 1100 euro z płatnością odroczoną, z dostawą do paczkomatu w Piasecznie. Ja o niczym nie wiedziałem, dopóki nie przyszło do mnie wezwanie do zapłaty.

Sprawę zgłosiłem na policję (KPP Piaseczno, nr sprawy RSD-214/24), a Państwa dział ds. nadużyć potwierdził mi mailowo 28 lutego, że zamówienie zostało uznane za oszustwo i faktura anulowana. Dziękuję za to.

Skoro wszystko jest wyjaśnione, proszę teraz o usunięcie tego konta i wszystkich moich danych, które się z nim wiążą. Nie chcę, żeby gdziekolwiek w Państwa systemie było moje nazwisko powiązane z tym "zakupem".

Pozdrawiam
Paweł Kaczmarek""",
         "Paweł Kaczmarek"),
        ("restriction", (),
         "",
         """prosze NIE kasowac mojego konta ani historii zamowien, mam sprawe w sadzie z serwisem o te pralke (zam. 3390215) i bede potrzebowal dowodow. dzieki

Marek Zieliński

Wysłane z iPhone'a""",
         "Marek Zieliński"),
        ("objection", ("withdraw_consent",),
         "Ocena \"ryzyka\" i reklamy",
         """Dzień dobry,

od kiedy w zeszłym roku spóźniłam się z jedną płatnością (zapłaciłam po wezwaniu, wszystko uregulowane), aplikacja nie pokazuje mi już opcji "zapłać później", tylko komunikat, że "na podstawie analizy Twojej historii zakupów i płatności ta metoda jest niedostępna".

Nie zgadzam się na to, żeby mój sposób płacenia był analizowany i żeby na tej podstawie automatycznie przypinano mi etykietę ryzykownej klientki. Wnoszę sprzeciw wobec takiego profilowania.

I druga rzecz: przez cały czas, kiedy dzwoniła do mnie firma windykacyjna, dostawałam od Państwa codziennie newslettery z hasłem "Kup teraz, zapłać za 30 dni". To było naprawdę nie na miejscu. Cofam zgodę na newsletter i SMS-y marketingowe.

Joanna Szymańska""",
         "Joanna Szymańska"),
        ("withdraw_consent", (),
         "Re: Przypomnienie o płatności - zamówienie 5528147",
         """Zapłaciłam wczoraj, więc sprawa chyba zamknięta.

Przy okazji proszę mnie wypisać z newslettera i nie wysyłać już SMS-ów z promocjami. Nie chcę ich dostawać, zgodę cofam.

Anna Lewandowska

> Szanowna Pani,
>
> uprzejmie przypominamy, że termin płatności faktury nr FV/2024/203311
> do zamówienia 5528147 upłynął 14 dni temu. Prosimy o uregulowanie kwoty
> 56,70 EUR w ciągu 7 dni. Jeżeli płatność została już dokonana, prosimy
> potraktować tę wiadomość jako nieaktualną.
>
> Z poważaniem
> Dział Należności""",
         "Anna Lewandowska"),
        ("complaint", ("access",),
         "Skandal!!! Windykator dzwonił do mojej matki",
         """Piszę, bo nie mogę uwierzyć w to, co się stało.

Od dwóch miesięcy spieram się z Państwem o fakturę za telewizor, który ODESŁAŁEM w ustawowym terminie 14 dni (mam potwierdzenie nadania, numer przesyłki podawałem już trzy razy). Zamiast to sprawdzić, przekazaliście sprawę do windykacji. Dobrze, to jeszcze jakoś rozumiem.

Ale w piątek windykator zadzwonił do mojej matki. Ma 74 lata, leczy się na serce. Powiedział jej, że jej syn "ma zaległości wobec sklepu" i że "lepiej, żeby rodzina pomogła to załatwić, zanim sprawa trafi do komornika". Mama zadzwoniła do mnie cała zapłakana.

Nigdy nie podawałem Wam numeru mojej matki jako swojego. Jedyne, co mi przychodzi do głowy, to że kiedyś wpisałem go jako kontakt do dostawy, kiedy paczka szła do jej mieszkania.

Chcę wiedzieć, skąd firma windykacyjna ma ten numer i jakie jeszcze dane moje i mojej rodziny jej przekazaliście.

Traktujcie ten mail jako formalną skargę. Jeżeli w ciągu 14 dni nie dostanę rzetelnej odpowiedzi, składam skargę do Prezesa UODO.

Tomasz Wójcik
Gdańsk""",
         "Tomasz Wójcik"),
        ("other", (),
         "Prośba o rozłożenie płatności na raty",
         """Dzień dobry,

otrzymałem wezwanie do zapłaty za fakturę FV/2024/097745 na kwotę 639 EUR (lodówka z zamrażarką). W zeszłym miesiącu straciłem pracę i nie jestem w stanie zapłacić całości naraz.

Czy jest możliwość rozłożenia tej kwoty na 4 miesięczne raty? Nie chcę, żeby sprawa trafiła do windykacji, zależy mi na polubownym załatwieniu.

Nie wiem, czy piszę na dobry adres, znalazłem go na stopce Państwa strony. Jeśli nie, bardzo proszę o przekazanie do działu księgowości.

Z poważaniem
Grzegorz Nowicki""",
         "Grzegorz Nowicki"),
        ("other", (),
         "Propozycja współpracy - zakup portfela wierzytelności",
         """Szanowni Państwo,

nazywam się Agnieszka Dąbrowska i reprezentuję Vindex Capital S.A., fundusz specjalizujący się w nabywaniu portfeli wierzytelności konsumenckich od sprzedawców e-commerce działających w Polsce i w Europie Środkowej.

Wiemy, że sklepy internetowe oferujące płatność odroczoną mają zwykle pewien odsetek niespłaconych faktur, których obsługa generuje koszty. Proponujemy jednorazowy lub cykliczny zakup takich należności - środki otrzymują Państwo od razu, a my przejmujemy cały proces odzyskiwania. Wszystkie nasze procesy są oczywiście zgodne z RODO i z wytycznymi UODO dotyczącymi windykacji.

Czy mogłabym prosić o kontakt do osoby odpowiedzialnej za finanse lub o przekazanie tej wiadomości właściwemu działowi? Chętnie umówię się na krótką rozmowę online.

Z wyrazami szacunku
Agnieszka Dąbrowska
Dyrektor ds. Rozwoju Biznesu
Vindex Capital S.A., Warszawa""",
         "Agnieszka Dąbrowska"),
        ("other", (),
         "Prośba o wywiad - praca magisterska",
         """Dzień dobry,

jestem studentką II roku studiów magisterskich na Wydziale Prawa i Administracji Uniwersytetu Łódzkiego. Piszę pracę pod tytułem "Ochrona danych osobowych dłużnika w windykacji polubownej - perspektywa sprzedawcy internetowego".

Czy byłaby możliwość krótkiej rozmowy (ok. 30 minut, online) z Państwa inspektorem ochrony danych albo kimś z zespołu? Interesuje mnie ogólnie, jak sklep ustala, jakie dane przekazuje firmie windykacyjnej i jak odpowiada na żądania dłużników. Nie potrzebuję żadnych danych klientów, wywiad byłby zanonimizowany, jeśli Państwo sobie tego życzą.

Będę bardzo wdzięczna za odpowiedź.

Pozdrawiam serdecznie
Natalia Kowalczyk""",
         "Natalia Kowalczyk"),
    ],
    "cs": [
        ("access", (),
         "co o mně máte??",
         """Dobrý den,

dneska mi přišel dopis od nějaké inkasní agentury ProCollect s.r.o., že vám dlužím 48,90 EUR plus náklady na vymáhání 35 EUR. U vás jsem nakupoval naposledy snad před třemi lety a všechno bylo zaplacený.

Co všechno o mně máte a komu jste to dali?? Chci to vidět, celé.

J. Procházka""",
         "Jiří Procházka"),
        ("correction", ("access",),
         "Upomínka - nejsem to já",
         """Dobrý den,

obdržel jsem od vás druhou upomínku k objednávce č. 8812406 na 329 EUR (kávovar). Tuhle objednávku jsem nikdy neudělal. Po telefonu s vaší zákaznickou linkou vyšlo najevo, že u vás je ještě jeden Jan Novák, z Ostravy, narozený o 11 let dřív, a nějakým způsobem se jeho objednávka dostala k mému účtu. Upomínky chodí na moji adresu v Brně.

Žádám vás tedy, abyste opravili údaje u mého účtu (e-mail jan.novak.brno@example.cz, věrnostní karta 2034 1187 6620) a odpojili od něj cizí objednávku i cizí dluh.

Zároveň mi prosím napište, jestli jste moje údaje v souvislosti s touto pohledávkou už někomu předali (inkasní agentuře, advokátovi), a pokud ano, komu a jaké.

Děkuji.
Jan Novák
Vranovská 18, 614 00 Brno""",
         "Jan Novák"),
        ("deletion", ("withdraw_consent",),
         "Zrušení účtu",
         """Dobrý den,

spor ohledně faktury za myčku je po zásahu České obchodní inspekce konečně vyřešený a peníze mi vrátili. Po tom, co jsem s vámi za poslední půlrok zažila (tři upomínky za zboží, které jste si sami odvezli zpátky), už u vás nakupovat nechci.

Prosím o zrušení mého zákaznického účtu včetně věrnostní karty a o vymazání mých osobních údajů.

A než se to stihne vymazat, odvolávám souhlas se zasíláním newsletteru, ať mi od vás už nic nechodí.

S pozdravem
Lenka Horáková""",
         "Lenka Horáková"),
        ("portability", (),
         "Export nákupů - soudní spor o reklamaci",
         """Vážení,

vedu spor s výrobcem notebooku u Okresního soudu Plzeň-město ohledně zamítnuté reklamace (vada displeje, výrobce tvrdí, že šlo o mechanické poškození). Potřebuji doložit, kdy a za kolik jsem zboží koupil, včetně prodloužené záruky, kterou jsem si u vás připlatil, a průběh reklamace u vás.

Žádám vás proto podle čl. 20 GDPR o poskytnutí mých údajů o nákupech (objednávky, faktury, prodloužená záruka, záznamy o reklamaci) ve strukturovaném, strojově čitelném formátu, ideálně CSV nebo JSON, abych je mohl předat svému advokátovi a soudu.

Číslo zákaznického účtu: 55-0912-773.

Děkuji a jsem s pozdravem
Ing. Tomáš Kučera""",
         "Tomáš Kučera"),
        ("objection", (),
         "Námitka proti hodnocení platební morálky",
         """Dobrý den,

z vašich zásad ochrany osobních údajů jsem se dozvěděl, že u platby na fakturu vyhodnocujete moje "platební chování" a výsledky předáváte partnerovi, který posuzuje bonitu zákazníků. Od té doby, co jsem loni jednu fakturu zaplatil o týden později, mi platbu na fakturu vůbec nenabízíte.

Podle čl. 21 GDPR vznáším námitku proti tomuto profilování a proti předávání mých údajů o platbách tomu partnerovi. Pokud mi nechcete nabízet placení na fakturu, je to vaše věc, ale nechci být hodnocený algoritmem.

Martin Svoboda""",
         "Martin Svoboda"),
        ("withdraw_consent", (),
         "",
         """odhlaste me prosim ze vsech SMS a mailu s akcema. resim s vama preplatek uz mesic a vy mi posilate slevy na televize. diky

Petra Veselá""",
         "Petra Veselá"),
        ("complaint", (),
         "Re: Vaše žádost č. PRIV-2024-0412",
         """Dobrý den,

dne 3. dubna jsem vás požádal o informace, komu jste předali mé osobní údaje v souvislosti s údajným dluhem za objednávku 7719034. Dostal jsem jen automatickou odpověď, kterou přikládám níže, a od té doby nic.

Uplynuly skoro dva měsíce, přičemž lhůta podle GDPR je jeden měsíc. Inkasní agentura mi mezitím volá dál, včetně do zaměstnání.

Pokud mi do 7 dnů neodpovíte, podám stížnost na Úřad pro ochranu osobních údajů a zároveň se obrátím na Českou obchodní inspekci.

Mgr. Ondřej Malý

> Děkujeme za Vaši zprávu. Vaše žádost byla zaevidována pod číslem PRIV-2024-0412.
> Odpovíme Vám nejpozději do 30 dnů.
>
> Tým ochrany osobních údajů""",
         "Ondřej Malý"),
        ("other", (),
         "Faktura 2024-778341 - špatná částka",
         """Dobrý den,

na faktuře k objednávce 778341 mi máte dvakrát účtované poštovné (2x 6,90 EUR) a není uplatněný slevový kód JARO15, i když v košíku se sleva ukazovala. Správně má být 84,15 EUR, ne 112,80 EUR.

Prosím o vystavení opravné faktury, zaplatím hned jak ji dostanu. Nerad bych, aby mi zase chodily upomínky za částku, která nesedí.

Děkuji
Radek Beneš""",
         "Radek Beneš"),
        ("other", (),
         "Nabídka služeb Exekutorského úřadu Kladno",
         """Vážení obchodní partneři,

dovolujeme si Vám představit nové služby Exekutorského úřadu Kladno, soudního exekutora JUDr. Karla Vrby, určené zahraničním věřitelům s pohledávkami vůči dlužníkům v České republice.

Nově nabízíme:
- kompletní převzetí agendy od vydání exekučního titulu po vymožení,
- online portál pro věřitele s přehledem stavu každého řízení v reálném čase,
- komunikaci v angličtině, němčině a francouzštině,
- zpracování osobních údajů dlužníků v souladu s GDPR a zákonem o exekučním řádu.

Budeme rádi, pokud naši nabídku předáte oddělení, které má na starosti vymáhání pohledávek. Rádi Vám pošleme ceník.

S úctou
Mgr. Veronika Šťastná
koncipientka, Exekutorský úřad Kladno""",
         "Veronika Šťastná"),
        ("other", (),
         "Kde jsou moje peníze?",
         """Dobrý den,

před pěti týdny jsem vám vrátil vysavač (objednávka 6650921), zásilka vám byla doručena 14. 3., mám to ve sledování. Číslo účtu na vrácení peněz jsem vyplnil ve formuláři, a stejně mi nic nepřišlo.

Vím, že tahle adresa je pro ochranu údajů, ale na zákaznické lince to nikdo nebere a chat mě pořád přehazuje na bota. Můžete to prosím předat někomu, kdo to vyřeší? 139 EUR není málo.

Díky
Vojtěch Král""",
         "Vojtěch Král"),
    ],
    "hr": [
        ("access", (),
         "Upit - policija i moji podaci",
         """Poštovani,

prošli tjedan pozvan sam na informativni razgovor u Policijsku postaju Split zbog prijave prijevare u vezi s jednom narudžbom iz vaše trgovine (mobitel koji nikad nije plaćen). Inspektor mi je rekao da su "podaci dobiveni od trgovca", ali nije htio reći koji.

Molim vas da mi temeljem čl. 15. Opće uredbe o zaštiti podataka potvrdite:
- jesu li policija ili državno odvjetništvo od vas tražili moje osobne podatke,
- jeste li im ih dostavili, koje točno i kada,
- na temelju kojeg zahtjeva ili naloga.

Napominjem da ja tu narudžbu nisam napravio, to ću dokazati u postupku.

S poštovanjem,
Ante Jurić
Put Firula 12, 21000 Split""",
         "Ante Jurić"),
        ("correction", (),
         "Netočni podaci - račun br. 2023-55120",
         """Poštovani,

od agencije za naplatu potraživanja dobila sam opomenu pred tužbu u kojoj piše da vam dugujem 486,00 EUR. Točan iznos računa bio je 248,60 EUR i od toga sam 200 EUR platila odmah, što se vidi i u mom korisničkom računu. Ostalo je 48,60 EUR koje priznajem i platit ću.

Uz to, opomena je poslana na moju staru adresu u Osijeku (Vukovarska 77), iako sam novu adresu upisala u profil još u rujnu.

Molim vas da ispravite podatke: iznos koji se vodi kao dug i moju adresu, i da ispravne podatke proslijedite i agenciji kojoj ste ih dali.

Lijep pozdrav,
Marija Kovačević
Ulica Lorenza Jägera 4, 31000 Osijek""",
         "Marija Kovačević"),
        ("deletion", (),
         "Brisanje podataka nakon krađe identiteta",
         """Dobar dan,

kao što znate iz ranije prepiske (predmet FRD-20931), netko je u prosincu otvorio račun kod vas s mojim imenom, prezimenom i adresom i naručio dvije igraće konzole na odgodu plaćanja. Kaznenu prijavu sam podnio, a vaš odjel za prijevare mi je potvrdio da je dug storniran.

Sada tražim da obrišete taj korisnički račun i sve moje podatke koji su povezani s njim. Ne želim da moje ime i dalje stoji uz te narudžbe.

Hvala,
Dario Babić""",
         "Dario Babić"),
        ("portability", ("access",),
         "Zahtjev u ime stranke - punomoć u privitku",
         """Poštovani,

obraćamo Vam se u ime i za račun naše stranke, gđe Ivane Horvat iz Rijeke, temeljem punomoći koju prilažemo ovom dopisu.

Naša stranka vodi pred Općinskim sudom u Rijeci parnični postupak protiv proizvođača perilice posuđa radi ostvarivanja prava iz jamstva. Radi dokazivanja kupnje i tijeka reklamacije zahtijevamo:

1. da nam na temelju čl. 20. Opće uredbe o zaštiti podataka dostavite sve podatke o kupnjama naše stranke (narudžbe, računi, produljeno jamstvo, reklamacije) u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom obliku (CSV ili XLSX), izravno na adresu ovog ureda;
2. da nam na temelju čl. 15. dostavite i presliku ostalih osobnih podataka naše stranke kojima raspolažete, uključujući korespondenciju sa službom za korisnike.

Molimo odgovor u zakonskom roku.

S poštovanjem,
Odvjetničko društvo Marić & Šimunović
Luka Šimunović, odvjetnik
Korzo 22, 51000 Rijeka""",
         "Luka Šimunović"),
        ("restriction", (),
         "Chargeback - molim ne brišite i ne prosljeđujte",
         """Poštovani,

za narudžbu 6630782 pokrenula sam preko svoje banke osporavanje kartične transakcije (chargeback), jer robu nikad nisam primila, a kurir tvrdi da je isporučena. Banka kaže da će odluka trajati do 60 dana.

Dok se to ne riješi, molim da ograničite obradu mojih podataka vezanih uz tu narudžbu: nemojte ih brisati (trebat će mi kao dokaz ako banka odbije), ali ih nemojte ni koristiti ni slati nikome, npr. agenciji za naplatu ili odvjetniku.

Hvala unaprijed,
Sanja Pavlović""",
         "Sanja Pavlović"),
        ("withdraw_consent", (),
         "Dosta reklama",
         """Dugujem vam 32 eura oko kojih se još natežemo, a vi mi svaki dan šaljete mailove s akcijama za televizore i SMS-ove za Black Friday. Ozbiljno?

Povlačim privolu za sve marketinške poruke, i mail i SMS.

Hrvoje Novak""",
         "Hrvoje Novak"),
        ("complaint", ("objection",),
         "Pritužba - vaš utjerivač duga razgovarao je s mojom susjedom",
         """Poštovani,

moram vam se požaliti na nešto što je stvarno preko svake mjere.

U srijedu je na moja vrata, dok nisam bila doma, pokucao čovjek koji se predstavio kao "terenski suradnik" agencije koja za vas naplaćuje dugove. Kad nije nikoga našao, pozvonio je susjedi i rekao joj da "gospođa Marković ima neplaćeni račun u trgovini" i zamolio je da mi to prenese. Susjeda mi je to ispričala pred još dvije žene iz zgrade.

Radi se o računu koji osporavam od veljače, jer ste mi naplatili dostavu i montažu koja nikad nije obavljena.

Smatram da ste vi i vaša agencija povrijedili moju privatnost i podnosim vam ovim putem službenu pritužbu. Također tražim da prestanete prosljeđivati moje podatke toj agenciji dok se spor ne riješi. Ako ne dobijem odgovor, obratit ću se Agenciji za zaštitu osobnih podataka (AZOP).

Jasna Marković
Zagreb, Dubrava""",
         "Jasna Marković"),
        ("other", (),
         "Pitanje",
         """Poštovani,

nije ništa hitno i ne tiče se mene osobno, nemam kod vas nikakvih dugova. Samo me zanima općenito: smije li trgovina prodati dug agenciji za naplatu a da kupca za to ne pita? Prijateljica je imala takav slučaj s jednim drugim dućanom i sad se raspravljamo tko je u pravu.

Ako niste vi za to nadležni, nema veze, hvala u svakom slučaju.

Lp,
Tena Grgić""",
         "Tena Grgić"),
        ("other", (),
         "Povrat novca - narudžba 7401188",
         """Dobar dan,

vratio sam vam jaknu i cipele još 2. svibnja, u aplikaciji piše "povrat odobren" već tri tjedna, a novac mi nije sjeo na karticu. Banka kaže da od vas nije stigla nikakva uplata.

Možete li provjeriti gdje je zapelo? Iznos je 127,98 EUR.

Ako je ovo krivi mail, proslijedite nekome iz računovodstva molim vas.

Hvala,
Filip Radić""",
         "Filip Radić"),
        ("other", (),
         "Ponuda - naplata potraživanja u Hrvatskoj",
         """Poštovani,

Agencija Naplata Plus d.o.o. iz Zagreba bavi se izvansudskom i sudskom naplatom potraživanja od fizičkih osoba u Republici Hrvatskoj već 15 godina. S obzirom na to da imate dosta kupaca iz Hrvatske, vjerujemo da bismo vam mogli biti od koristi.

Nudimo:
- naplatu na temelju uspjeha (bez fiksnih troškova),
- pokretanje ovrhe putem javnog bilježnika i FINA-e,
- mjesečna izvješća na engleskom jeziku,
- obradu osobnih podataka dužnika isključivo u skladu s GDPR-om.

Molimo vas da ovu ponudu proslijedite odjelu financija ili nam javite kontakt odgovorne osobe.

Srdačan pozdrav,
Mirela Tomić
voditeljica prodaje, Naplata Plus d.o.o.""",
         "Mirela Tomić"),
    ],
    "sv": [
        ("access", (),
         "Begäran om registerutdrag",
         """Hej,

jag har fått ett inkassokrav från Nordvik Inkasso AB på 1 150 kr (motsvarande er faktura på 79 EUR plus avgifter) för en beställning från i höstas. Jag bestrider kravet och har svarat dem skriftligen, men jag vill först veta vad ni har lämnat ut om mig.

Jag begär därför ett registerutdrag enligt artikel 15 i dataskyddsförordningen. Jag vill särskilt veta:
- vilka personuppgifter ni har lämnat till Nordvik Inkasso och när,
- om uppgifter även har gått till någon annan, t.ex. advokatbyrå, annat inkassobolag, kreditupplysningsföretag eller Kronofogden,
- hur länge ni tänker spara uppgifterna om det här ärendet.

Med vänlig hälsning
Elin Bergström
Storgatan 14 B
722 11 Västerås""",
         "Elin Bergström"),
        ("correction", (),
         "Fel adress - därför kom aldrig fakturan",
         """Hej!

Jag flyttade från Uppsala till Umeå i augusti och ändrade adressen i appen direkt. Trots det har fakturan för min beställning 9034417 och sen påminnelsen gått till den gamla adressen på Kungsgatan, och nu har jag fått ett inkassokrav via Kivra. Första gången jag hör om att något är obetalt.

Fakturan har jag betalat nu. Men jag vill att ni rättar min adress i alla era system, inte bara i appen, och ser till att inkassobolaget också får rätt adress så det här inte händer igen.

Ny adress: Västra Esplanaden 9 lgh 1102, 903 26 Umeå.

Tack!
Sara Nyström""",
         "Sara Nyström"),
        ("deletion", (),
         "",
         """Hej. Nu är allt betalt, även inkassoavgiften. Ta bort mitt konto och alla mina uppgifter, vill inte ha nåt mer med er att göra.

/Jonas Lindqvist""",
         "Jonas Lindqvist"),
        ("portability", (),
         "Köphistorik som fil - ärende hos ARN",
         """Hej,

min diskmaskin som jag köpte hos er i mars 2022 gick sönder efter drygt två år och tillverkaren vägrar ta det på garantin, trots att jag köpte er förlängda garanti. Jag har anmält ärendet till Allmänna reklamationsnämnden och om det inte går vägen blir det tingsrätten.

Kan ni skicka all min köphistorik, inklusive kvitto, garantibevis och reklamationsärendet, i ett maskinläsbart format (CSV eller liknande)? Jag behöver ladda upp det hos ARN och kanske ge det till ett juridiskt ombud senare. Det är min rätt till dataportabilitet enligt artikel 20 som jag förstått det.

Kundnummer 44-7821-09.

Mvh
Anders Holm""",
         "Anders Holm"),
        ("restriction", ("access",),
         "Pågående mål i tingsrätten - radera ingenting",
         """Hej,

som ni vet har jag stämt er i Göteborgs tingsrätt (förenklat tvistemål, mål nr FT 4412-24) angående soffan som levererades trasig och som ni sedan krävde full betalning för.

Jag begär att ni begränsar behandlingen av mina personuppgifter som rör det här ärendet enligt artikel 18: radera inte chattloggar, mejl, leveransuppgifter eller samtalsinspelningar, och använd dem inte till något annat, förrän målet är avgjort och har vunnit laga kraft.

Jag vill också få kopior av inspelningarna av mina samtal med er kundtjänst den 14 och 22 februari, eftersom jag blev lovad avdrag i båda samtalen.

Med vänlig hälsning
Fredrik Sandberg""",
         "Fredrik Sandberg"),
        ("objection", (),
         "Invändning mot riskbedömning",
         """Hej,

sedan jag fick en betalningspåminnelse förra året (betald samma vecka) får jag inte längre välja faktura eller delbetalning i kassan. Kundtjänst sa att det beror på "vår interna riskbedömning baserad på din betalningshistorik".

Jag invänder härmed mot att ni använder min betalningshistorik för att profilera mig som riskkund. Jag vill att ni slutar med den behandlingen när det gäller mig.

Vänliga hälsningar
Maria Ekström""",
         "Maria Ekström"),
        ("complaint", ("objection",),
         "Ert ombud har kontaktat min ARBETSGIVARE",
         """Jag är så arg att jag knappt vet var jag ska börja.

Sedan i vintras bestrider jag er faktura på 189 EUR för en kaffemaskin som jag returnerade inom ångerrätten. Jag har skickat kvittot på returen flera gånger. Ändå har ni gått vidare till en advokatbyrå.

I förra veckan kallade min chef in mig och visade ett brev från Advokatfirman Berg & Ek, ställt till företagets HR-avdelning, där det stod att jag "har en förfallen skuld till er klient" och att de "önskar uppgift om möjligheten till frivillig betalning via lön". Jag jobbar på en bank. Ni kan ju föreställa er hur det såg ut.

Hur i hela friden fick de reda på var jag jobbar? Det har jag aldrig uppgett till er.

Det här är en formell klagan. Jag kräver att ni omedelbart slutar lämna ut uppgifter om mig till tredje man, inklusive den här advokatbyrån, i ett ärende där jag inte ens är skyldig något. Jag kommer också att anmäla det här till Integritetsskyddsmyndigheten (IMY).

Linnea Karlsson
Stockholm""",
         "Linnea Karlsson"),
        ("other", (),
         "Intervju till examensarbete om inkasso",
         """Hej!

Jag heter Oscar Wallin och läser juristprogrammet vid Lunds universitet. Jag skriver mitt examensarbete om hur e-handlare i EU hanterar obetalda fakturor och vad GDPR innebär för inkassoprocessen.

Skulle någon i ert dataskyddsteam ha möjlighet att ställa upp på en kort intervju (ca 30 min via Teams)? Frågorna är helt generella, t.ex. hur ni väljer inkassopartner och vilka uppgifter som brukar föras över. Jag behöver inga uppgifter om enskilda kunder och kan anonymisera företagsnamnet.

Tack på förhand!
Oscar Wallin""",
         "Oscar Wallin"),
        ("other", (),
         "Påminnelseavgift??",
         """Hej

Varför får jag en påminnelseavgift på 60 kr när fakturan betalades två dagar efter förfallodagen? Det var en helgdag emellan och banken drog pengarna först på måndagen.

Tycker inte att det är rimligt. Kan ni ta bort avgiften? Fakturanr 2024-118833.

Hälsningar
Peter Sjöberg""",
         "Peter Sjöberg"),
        ("other", (),
         "Fakturaköp - erbjudande till er ekonomiavdelning",
         """Hej,

Jag kontaktar er från Kreditvakten Norden AB. Vi köper förfallna konsumentfordringar från e-handlare som säljer till kunder i Sverige, Norge och Finland, och tar över hela kravprocessen från påminnelse till Kronofogden.

Fördelen för er är att ni får betalt direkt och slipper administrationen. All hantering av gäldenärernas personuppgifter sker enligt GDPR och god inkassosed, och vi har tillstånd från IMY för inkassoverksamhet.

Jag förstår att den här adressen egentligen är till för dataskyddsfrågor, men hittade ingen annan. Kan ni vidarebefordra till den som ansvarar för kundfordringar?

Med vänliga hälsningar
Johanna Lund
Key Account Manager, Kreditvakten Norden AB""",
         "Johanna Lund"),
    ],
    "ro": [
        ("access", ("restriction",),
         "Solicitare acces date personale - client dl. Mihai Popescu (împuternicire atașată)",
         """Stimată doamnă, stimate domn,

Subsemnata, av. Raluca Dumitrescu, membră a Baroului București, în calitate de avocat al dlui Mihai Popescu, conform împuternicirii avocațiale nr. 1184/2024 atașate, vă adresez prezenta solicitare.

Clientul meu urmează să promoveze o acțiune în instanță în legătură cu facturile emise de societatea dumneavoastră pentru comanda nr. 5519023 și cu cesionarea pretinsei creanțe către o societate de recuperare.

În temeiul art. 15 din Regulamentul (UE) 2016/679, vă solicităm să ne comunicați o copie a tuturor datelor cu caracter personal ale clientului meu pe care le prelucrați, inclusiv: istoricul comenzilor și plăților, corespondența cu serviciul clienți, notificările de plată trimise, datele transmise societății de recuperare (ce date, când, în ce temei), precum și orice alți destinatari.

Totodată, în temeiul art. 18, vă solicităm să nu ștergeți aceste date pe durata litigiului, întrucât vor fi folosite ca probe.

Cu stimă,
Av. Raluca Dumitrescu
Cabinet Individual de Avocatură, Str. Academiei nr. 28, București""",
         "Raluca Dumitrescu"),
        ("correction", (),
         "Date greșite pe somația de plată",
         """Bună ziua,

am primit de la firma de recuperare cu care lucrați o somație de plată pentru o factură de 64,50 EUR. Suma este corectă și o voi plăti, dar somația este adresată doamnei "Ioana Stanciu", la adresa din Ploiești unde nu mai locuiesc de doi ani.

M-am recăsătorit și numele meu este acum Ioana Marinescu, iar adresa este Str. Memorandumului nr. 7, ap. 3, Cluj-Napoca. Am actualizat datele în contul de client încă din 2023, dar se pare că la facturare au rămas cele vechi.

Vă rog să corectați numele și adresa peste tot în sistemul dumneavoastră și să transmiteți și firmei de recuperare datele corecte.

Mulțumesc,
Ioana Marinescu""",
         "Ioana Marinescu"),
        ("deletion", ("objection",),
         "Cont deschis fraudulos pe numele meu",
         """Bună ziua,

În luna martie cineva a deschis un cont la dumneavoastră folosind numele și adresa mea de email veche și a comandat un televizor de 1.299 EUR cu plata ulterioară. Eu am aflat abia când m-a sunat o firmă de recuperare a creanțelor.

Am depus plângere la Poliția Municipiului Iași și v-am trimis copia ei. Colegii de la serviciul clienți mi-au confirmat că datoria a fost anulată.

Acum vă cer să ștergeți contul respectiv și toate datele mele personale legate de el. Și, vă rog frumos, nu mai transmiteți datele mele firmei de recuperare, mă mai sună încă o dată pe săptămână.

Cu respect,
Andrei Ciobanu""",
         "Andrei Ciobanu"),
        ("portability", (),
         "Istoric cumpărături în format electronic - proces garanție",
         """Bună ziua,

Am chemat în judecată producătorul mașinii de spălat pe care am cumpărat-o de la dvs. în 2022 (dosar pe rolul Judecătoriei Brașov), pentru că refuză reparația în garanție. Avocatul meu mi-a cerut dovezile de cumpărare și de garanție extinsă.

Vă rog să-mi trimiteți toate datele despre cumpărăturile mele (comenzi, facturi, certificatul de garanție extinsă, sesizările de service) într-un format structurat, care se poate citi pe calculator (CSV, Excel sau JSON), conform art. 20 din GDPR. Dacă se poate, trimiteți-le și direct pe adresa avocatului meu: office@avocat-lupu.example.ro.

Număr client: RO-882130.

Mulțumesc anticipat,
Cristina Lupu""",
         "Cristina Lupu"),
        ("restriction", (),
         "Disputa chargeback - comanda 6120448",
         """Bună ziua,

Pentru comanda 6120448 am deschis o dispută (chargeback) la bancă, deoarece mi-ați încasat de două ori suma de 219 EUR. Banca analizează cazul, durează cam 45 de zile.

Până se termină disputa, vă rog să restricționați prelucrarea datelor mele legate de această comandă: să nu le ștergeți, dar nici să nu le folosiți pentru altceva sau să le dați vreunei firme de recuperare. Am nevoie de ele dacă ajungem la ANPC sau în instanță.

Mulțumesc,
Gabriel Stoica""",
         "Gabriel Stoica"),
        ("objection", (),
         "Opoziție - transmiterea datelor către parteneri",
         """Bună ziua,

De când am avut problema cu factura restantă la dumneavoastră (între timp plătită), primesc pe Facebook și Instagram numai reclame la credite rapide și "IFN fără verificare". Am citit în politica de confidențialitate că transmiteți date despre clienți către parteneri de publicitate în baza "interesului legitim".

Mă opun acestei prelucrări. Nu mai transmiteți datele mele către partenerii de publicitate și nu mă mai includeți în segmentele de public pentru reclame.

Elena Radu""",
         "Elena Radu"),
        ("withdraw_consent", (),
         "dezabonare",
         """Buna ziua, va rog sa ma scoateti de pe lista de newsletter si de la SMS-uri. Nu mai vreau promotii. Mersi

Ana Munteanu""",
         "Ana Munteanu"),
        ("other", (),
         "Cerere eșalonare plată factură",
         """Bună ziua,

Am primit o notificare de plată pentru factura nr. 2024-301877, în valoare de 742 EUR (frigider + aragaz). Din cauza unei probleme de sănătate am fost în concediu medical două luni și nu pot achita toată suma acum.

Aș dori să vă întreb dacă este posibilă o eșalonare în 3 sau 4 rate lunare. Vreau să plătesc, doar că nu dintr-odată.

Dacă adresa nu e cea potrivită, vă rog să transmiteți mesajul la departamentul financiar.

Cu stimă,
Florin Neagu""",
         "Florin Neagu"),
        ("other", (),
         "Prezentare servicii - Birou Executor Judecătoresc",
         """Stimați parteneri,

Biroul Executorului Judecătoresc Dragoș Constantinescu, cu sediul în Timișoara, vă prezintă noile servicii dedicate creditorilor din Uniunea Europeană:

- executarea silită a titlurilor europene (somații europene de plată, cereri cu valoare redusă),
- identificarea bunurilor și veniturilor debitorilor prin interogarea registrelor publice,
- raportare lunară în limba engleză sau franceză,
- prelucrarea datelor debitorilor cu respectarea strictă a GDPR.

Vă rugăm să transmiteți această prezentare departamentului juridic sau celui de recuperare creanțe. Vă stăm la dispoziție pentru o ofertă personalizată.

Cu deosebită considerație,
Dragoș Constantinescu
Executor judecătoresc""",
         "Dragoș Constantinescu"),
        ("other", (),
         "Banii pentru retur nu au venit",
         """Salut,

Am returnat o pereche de adidași și o geacă pe 3 aprilie (comanda 8871205), coletul a ajuns la voi pe 8 aprilie, am confirmarea de la curier. Banii (164,90 EUR) nu i-am primit nici acum, după o lună.

Știu că adresa asta e pentru protecția datelor, dar la serviciul clienți nu răspunde nimeni. Puteți să verificați ce se întâmplă? Nu vreau să ajung la ANPC pentru atâta lucru.

Mulțumesc,
Bogdan Mihăilescu""",
         "Bogdan Mihăilescu"),
    ],
    "el": [
        ("correction", (),
         "Λάθος εκκρεμότητα στον λογαριασμό μου",
         """Καλησπέρα σας,

στον λογαριασμό μου στην εφαρμογή εμφανίζεται ακόμα ως ανεξόφλητο το τιμολόγιο 2024-110452 των 189,00 €, ενώ το εξόφλησα στις 5 Φεβρουαρίου με τραπεζική μεταφορά (επισυνάπτω το αποδεικτικό). Εξαιτίας αυτού μου ήρθε την περασμένη εβδομάδα και επιστολή από εισπρακτική εταιρεία.

Παρακαλώ να διορθώσετε τα στοιχεία μου ώστε να φαίνεται ότι η οφειλή έχει εξοφληθεί, και να ενημερώσετε και την εισπρακτική για τη διόρθωση, για να σταματήσουν τα τηλέφωνα.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),
        ("deletion", ("access",),
         "Δεν είμαι πελάτισσά σας",
         """Καλημέρα,

μου ήρθε στο σπίτι «τελευταία ειδοποίηση πριν από τη λήψη νομικών μέτρων» από εσάς, για παραγγελία που δεν έκανα ποτέ. Δεν έχω ψωνίσει ποτέ από το κατάστημά σας, ούτε online ούτε από κοντά. Προφανώς είναι κάποια συνωνυμία, υπάρχουν πολλές Μαρία Γεωργίου.

Θέλω να διαγράψετε αμέσως τα στοιχεία μου από τα αρχεία σας και να μου πείτε από πού βρήκατε τη διεύθυνσή μου.

Μαρία Γεωργίου
Αγίου Δημητρίου 45, 546 30 Θεσσαλονίκη""",
         "Μαρία Γεωργίου"),
        ("portability", (),
         "Αίτημα φορητότητας - αγωγή για εγγύηση",
         """Αξιότιμοι κύριοι,

έχω καταθέσει αγωγή στο Ειρηνοδικείο Αθηνών κατά του κατασκευαστή του ψυγείου που αγόρασα από εσάς τον Ιούνιο του 2022, καθώς αρνείται την επισκευή εντός εγγύησης. Ο δικηγόρος μου χρειάζεται αποδείξεις για την αγορά, την επέκταση εγγύησης και τις δηλώσεις βλάβης.

Σύμφωνα με το άρθρο 20 του ΓΚΠΔ, σας παρακαλώ να μου αποστείλετε όλα τα δεδομένα των αγορών μου (παραγγελίες, τιμολόγια, εγγύηση, αιτήματα σέρβις) σε δομημένο, ευρέως χρησιμοποιούμενο και αναγνώσιμο από μηχανή μορφότυπο (π.χ. CSV).

Αριθμός πελάτη: GR-301775.

Με εκτίμηση,
Νικόλαος Αντωνίου""",
         "Νικόλαος Αντωνίου"),
        ("restriction", (),
         "Μην διαγράψετε τίποτα - εκκρεμεί δίκη",
         """Καλησπέρα,

εκκρεμεί δίκη μεταξύ μας για το τιμολόγιο της παραγγελίας 7051129 (ο καναπές που ήρθε σπασμένος). Σας ζητώ να μη διαγράψετε τίποτα από όσα αφορούν αυτή την παραγγελία, ούτε τα μηνύματα με την εξυπηρέτηση πελατών ούτε τις φωτογραφίες που σας έστειλα, και να μην τα χρησιμοποιείτε για κανέναν άλλο σκοπό μέχρι να βγει η απόφαση.

Ελένη Κωνσταντίνου""",
         "Ελένη Κωνσταντίνου"),
        ("objection", ("withdraw_consent",),
         "Αντίρρηση",
         """Καλημέρα σας,

διαβάζω στην πολιτική απορρήτου σας ότι χρησιμοποιείτε τα στοιχεία πληρωμών των πελατών «για στατιστική ανάλυση και στοχευμένη διαφήμιση» με βάση το έννομο συμφέρον σας. Από τότε που είχα μια καθυστέρηση στην πληρωμή (έχει εξοφληθεί), μου βγαίνουν παντού διαφημίσεις για δάνεια και «αγόρασε τώρα, πλήρωσε αργότερα».

Προβάλλω αντίρρηση σε αυτή τη χρήση των δεδομένων μου. Επίσης ανακαλώ τη συγκατάθεσή μου για το newsletter και τα διαφημιστικά SMS.

Δημήτρης Βασιλείου""",
         "Δημήτρης Βασιλείου"),
        ("withdraw_consent", (),
         "Re: Υπενθύμιση πληρωμής - παραγγελία 7730129",
         """Το πλήρωσα σήμερα, στέλνω και την απόδειξη.

Και σας παρακαλώ, σταματήστε να μου στέλνετε newsletter και προσφορές. Δεν θέλω να λαμβάνω πια διαφημιστικά μηνύματα από εσάς.

Κατερίνα Μιχαηλίδου

> Αγαπητή πελάτισσα,
>
> σας υπενθυμίζουμε ότι το τιμολόγιο της παραγγελίας 7730129,
> ποσού 74,90 €, παραμένει ανεξόφλητο. Παρακαλούμε να το εξοφλήσετε
> εντός 7 ημερών.
>
> Με εκτίμηση,
> Τμήμα Απαιτήσεων""",
         "Κατερίνα Μιχαηλίδου"),
        ("complaint", (),
         "Καταγγελία - ενημερώσατε τον πατέρα μου για το «χρέος» μου",
         """Κύριοι,

σας γράφω εξοργισμένη.

Εδώ και τρεις μήνες αμφισβητώ το τιμολόγιο για ένα πλυντήριο πιάτων που επέστρεψα εντός της προθεσμίας υπαναχώρησης. Έχω την απόδειξη παραλαβής από την courier και σας την έχω στείλει δύο φορές.

Την περασμένη Τρίτη μια υπάλληλος της εισπρακτικής εταιρείας που συνεργάζεστε τηλεφώνησε στον πατέρα μου στην Κρήτη, έναν άνθρωπο 78 χρονών, και του είπε ότι «η κόρη σας χρωστάει στο κατάστημα και θα υπάρξουν νομικές συνέπειες». Τον τηλέφωνό του δεν σας το έδωσα ποτέ ως δικό μου, μόνο μια φορά ως τηλέφωνο παράδοσης όταν του έστειλα ένα δώρο.

Αυτό είναι απαράδεκτο. Υποβάλλω επίσημη καταγγελία για την παράνομη γνωστοποίηση των δεδομένων μου σε τρίτο. Αν δεν λάβω σοβαρή απάντηση, θα απευθυνθώ στην Αρχή Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Σοφία Ιωάννου
Αθήνα""",
         "Σοφία Ιωάννου"),
        ("other", (),
         "Υπόθεση στον Συνήγορο του Καταναλωτή",
         """Καλησπέρα σας,

σας ενημερώνω ότι έχω υποβάλει αναφορά στον Συνήγορο του Καταναλωτή (αρ. πρωτ. 8841/2024) για την επιστροφή χρημάτων για την ηλεκτρική σκούπα που επέστρεψα τον Ιανουάριο (παραγγελία 6628410, 159 €). Ο διαμεσολαβητής μου είπε ότι σας έχει ήδη στείλει επιστολή.

Θα ήθελα απλώς να μάθω αν την έχετε λάβει και πότε περίπου να περιμένω την επιστροφή. Αν δεν είστε εσείς το σωστό τμήμα, παρακαλώ προωθήστε το.

Ευχαριστώ,
Αλέξανδρος Νικολάου""",
         "Αλέξανδρος Νικολάου"),
        ("other", (),
         "Συνέντευξη για διπλωματική εργασία",
         """Καλησπέρα σας,

ονομάζομαι Χριστίνα Παππά και είμαι μεταπτυχιακή φοιτήτρια στη Νομική Σχολή του ΑΠΘ. Εκπονώ διπλωματική εργασία με θέμα «Η προστασία των προσωπικών δεδομένων του οφειλέτη κατά την εξώδικη είσπραξη απαιτήσεων».

Θα ήταν δυνατόν να μου παραχωρήσει μια σύντομη συνέντευξη (περίπου 30 λεπτά, διαδικτυακά) ο υπεύθυνος προστασίας δεδομένων σας ή κάποιο μέλος της ομάδας; Οι ερωτήσεις είναι γενικές και δεν αφορούν συγκεκριμένους πελάτες.

Σας ευχαριστώ εκ των προτέρων,
Χριστίνα Παππά""",
         "Χριστίνα Παππά"),
        ("other", (),
         "Παραγγελία 7912034 - λάθος ποσό",
         """Γεια σας,

στο τιμολόγιο της παραγγελίας 7912034 χρεώνομαι 249 € για την τηλεόραση, ενώ στην ιστοσελίδα την ημέρα που την παρήγγειλα η τιμή ήταν 219 € (έχω screenshot). Επιπλέον χρεώθηκα και μεταφορικά, ενώ έγραφε δωρεάν αποστολή.

Μπορείτε να μου στείλετε σωστό τιμολόγιο; Δεν θέλω να πληρώσω κάτι που δεν οφείλω και μετά να μου έρχονται υπενθυμίσεις.

Θανάσης Μαυρίδης""",
         "Θανάσης Μαυρίδης"),
    ],
    "bg": [
        ("access", (),
         "Кой ЧСИ е получил данните ми?",
         """Здравейте,

Вчера получих покана за доброволно изпълнение от ЧСИ Петър Стоянов (рег. № 812, район на действие Окръжен съд - Варна) по изпълнително дело за неплатена фактура към вашия магазин от 2022 г. Честно казано, дори не си спомням тази поръчка.

На основание чл. 15 от Общия регламент относно защитата на данните искам да ми кажете:
- какви мои лични данни сте предоставили на съдебния изпълнител и на адвоката, който е водил делото срещу мен;
- кога и на какво основание;
- на кого още сте ги давали (колекторска фирма, друг адвокат и т.н.).

Също искам копие от всичко, което пазите за мен във връзка с този дълг.

С уважение,
Стефан Димитров
ул. „Цар Симеон I“ 22, Варна""",
         "Стефан Димитров"),
        ("deletion", (),
         "",
         """Моля, изтрийте профила ми и всичко за мен. Дългът е платен, повече нищо не ме свързва с вас.

Г. Илиев""",
         "Георги Илиев"),
        ("portability", (),
         "Искане за преносимост на данни",
         """Уважаеми господа,

водя дело пред Районен съд - Пловдив срещу производителя на пералнята, която закупих от вас през 2022 г., тъй като отказва гаранционен ремонт. Адвокатът ми има нужда от доказателства за покупката, удължената гаранция и рекламациите ми.

На основание чл. 20 от GDPR ви моля да ми изпратите всички данни за покупките ми (поръчки, фактури, гаранционна карта, рекламации) в структуриран, пригоден за машинно четене формат (CSV или Excel).

Клиентски номер: BG-556104.

С уважение,
Десислава Петрова""",
         "Десислава Петрова"),
        ("restriction", ("objection",),
         "Спорна фактура - моля, не предприемайте нищо",
         """Здравейте,

подала съм жалба в Комисията за защита на потребителите и случаят е насочен към помирителна комисия, защото ми начислихте монтаж на кухненски уред, който така и не беше извършен (поръчка 5503318, 120 лв. / 61,35 EUR).

Докато процедурата тече, ви моля да ограничите обработването на данните ми, свързани с тази поръчка: не ги изтривайте, защото ще ми трябват, но и не ги използвайте за нищо друго. Изрично възразявам и срещу това да ги предавате на колекторска фирма, докато спорът не бъде решен.

Благодаря,
Милена Георгиева""",
         "Милена Георгиева"),
        ("objection", (),
         "Възражение срещу профилиране",
         """Добър ден,

откакто миналата година закъснях с едно плащане (платено веднага след напомнянето), в приложението вече не ми се предлага плащане на вноски. Обясниха ми, че системата автоматично ме е определила като „рисков клиент“ въз основа на историята на плащанията ми.

На основание чл. 21 от Регламента възразявам срещу това профилиране и ви моля да спрете да използвате историята на плащанията ми за такава оценка.

Николай Тодоров""",
         "Николай Тодоров"),
        ("withdraw_consent", ("complaint",),
         "Реклами по време на събиране на дълг",
         """Здравейте,

това е направо подигравка. Два месеца колекторската агенция, с която работите, ми звъни по три пъти на ден за 45 евро, които оспорвам, а в същото време вие ми пращате всеки ден имейли „Купи сега, плати после!“ и SMS-и за промоции.

Оттеглям съгласието си за всякакви рекламни съобщения - имейл, SMS, обаждания.

И да знаете, че смятам начина, по който се отнасяте с данните ми, за недопустим. Подавам ви жалба и ако нещо не се промени, ще сигнализирам Комисията за защита на личните данни.

Ивайло Костов""",
         "Ивайло Костов"),
        ("complaint", (),
         "Втори път ви пиша - няма отговор",
         """Здравейте,

на 12 март ви писах с искане да ми кажете на коя колекторска фирма сте дали данните ми. Единственото, което получих, е автоматичното съобщение по-долу. Минаха почти два месеца, а законовият срок е един месец.

Междувременно колекторите продължават да ми звънят, включително на работния телефон.

Ако в следващите 7 дни не получа отговор, подавам жалба в КЗЛД.

Валентина Ангелова

> Благодарим Ви за съобщението. Вашето запитване е регистрирано под номер
> PRIV-2024-0877 и ще получите отговор в законоустановения срок.
>
> Екип „Защита на личните данни“""",
         "Валентина Ангелова"),
        ("other", (),
         "Предложение за изкупуване на вземания",
         """Уважаеми господа,

казвам се Калин Василев и представлявам „Кредит Колект България“ ЕАД, дружество, специализирано в изкупуването и събирането на просрочени потребителски вземания в България.

Ако имате клиенти от България с неплатени фактури, можем да изкупим портфейла ви наведнъж или периодично. Вие получавате сумата веднага, а ние поемаме целия процес. Работим в пълно съответствие с GDPR и Закона за защита на потребителите.

Ще бъда благодарен, ако препратите това писмо на финансовия отдел или ми дадете контакт на отговорното лице.

С уважение,
Калин Василев
Мениджър „Бизнес развитие“""",
         "Калин Василев"),
        ("other", (),
         "Молба за разсрочено плащане",
         """Добър ден,

получих напомняне за фактура № 2024-207719 за 538 евро (телевизор и стойка). В момента съм в отпуск по майчинство и не мога да платя цялата сума наведнъж.

Има ли възможност да я разделим на 4-5 месечни вноски? Искам да си платя, просто ми трябва малко време. Не искам да се стига до колектори.

Ако не пиша на правилния адрес, моля, препратете писмото на счетоводството.

Благодаря предварително,
Радостина Христова""",
         "Радостина Христова"),
        ("other", (),
         "Въпрос",
         """Здравейте,

имам чисто общ въпрос, не става дума за мой дълг. Законно ли е един магазин да продаде неплатена фактура на колекторска фирма, без да пита клиента? Със съпруга ми спорим по темата след едно предаване по телевизията.

Благодаря,
Мартин Стоянов""",
         "Мартин Стоянов"),
    ],
}

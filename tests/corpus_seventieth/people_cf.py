"""Person mail for the seventieth set (pl cs hr sv ro el bg): the shop's optician, hearing-care and pharmacy-products corner (eye tests and prescriptions kept in the account, contact lens subscriptions, the virtual mirror's face scan, hearing tests and hearing-aid fittings, reimbursement forms for the health insurer, prescriptions shown at the till, eye-test reminders, a child's glasses; health data under Art. 9), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventieth.py)."""

PEOPLE_CF = {
    "pl": [
        ("access", (),
         "Badanie wzroku w Antwerpii",
         """Dzień dobry,

w lutym zrobiłam u Państwa w sklepie na Meir badanie wzroku, bo od jakiegoś czasu gorzej widziałam przy komputerze. Pani optometrystka była bardzo miła, zmierzyła mi ciśnienie w oku, zrobiła zdjęcie dna oka na jakimś aparacie i powiedziała, że wszystko „zapisze na koncie”. Potem przymierzałam oprawki przed tym ekranem, który robi skan twarzy.

Teraz zastanawiam się, co właściwie zostało u Was zapisane. W aplikacji widzę tylko receptę na okulary, a przecież tych badań było więcej. Czy mogłabym dostać kopię wszystkiego, co macie na mój temat – wyniki badań, zdjęcia oka, ten skan twarzy, notatki pani optometrystki – i informację, komu to ewentualnie przekazaliście (np. kasie chorych albo laboratorium, które robi szkła)?

Z góry dziękuję.

Pozdrawiam serdecznie
Agnieszka Wróblewska
Lange Leemstraat 140, 2018 Antwerpen""",
         "Agnieszka Wróblewska"),
        ("correction", (),
         "Zła recepta na koncie",
         """Dzień dobry,

odebrałem w zeszłym tygodniu nowe okulary w Waszym sklepie w Gandawie i od początku coś było nie tak – lewe oko jakby za mgłą. Sprawdziłem w aplikacji i wygląda na to, że przy wpisywaniu recepty ktoś się pomylił:

na koncie jest: OL sfera -2,25, cylinder -0,75, oś 170
a na recepcie od okulisty (dr Van Damme, 4 marca 2026): OL sfera -2,25, cylinder -1,75, oś 170

Prawe oko się zgadza. Proszę poprawić te dane na moim koncie, bo z niego korzysta też subskrypcja soczewek i boję się, że następna dostawa przyjdzie z tym samym błędem. Skan recepty w załączniku.

Nr klienta: 3308-1172

Pozdrawiam
Tomasz Krawczyk""",
         "Tomasz Krawczyk"),
        ("deletion", ("withdraw_consent",),
         "Skan twarzy",
         """Dzień dobry,

w sobotę w sklepie w Leuven córka namówiła mnie, żeby przymierzyć oprawki w tym „wirtualnym lustrze”. Dopiero w domu przeczytałam na paragonie, że skan mojej twarzy zostaje zapisany na koncie „do przyszłych przymiarek” i że zgodziłam się na to, klikając na ekranie.

Nie chcę tego. Wycofuję tę zgodę i proszę o usunięcie skanu i wszystkich zdjęć z lustra, również u firmy, która to lustro obsługuje, jeśli one tam trafiły. Konto w sklepie może zostać.

Proszę o potwierdzenie mailem.

Halina Zając""",
         "Halina Zając"),
        ("portability", (),
         "Przeprowadzka do Polski – soczewki",
         """Dzień dobry,

od trzech lat mam u Państwa subskrypcję soczewek miesięcznych, a w czerwcu wracam na stałe do Wrocławia i tam zamierzam je zamawiać u innego optyka.

Chciałbym otrzymać swoje dane w pliku, który da się wczytać do innego systemu (CSV, Excel albo coś podobnego): aktualne parametry soczewek (moc, krzywizna, średnica, marka), historię zamówień i daty badań kontrolnych. Zwykły PDF niewiele mi pomoże, bo nowy optyk prosił o plik.

Subskrypcję wypowiem osobno, o to nie pytam.

Dziękuję i pozdrawiam
Paweł Ostrowski
nr subskrypcji LS-2023-04418""",
         "Paweł Ostrowski"),
        ("restriction", (),
         "Wynik badania słuchu – proszę wstrzymać",
         """Szanowni Państwo,

12 marca 2026 r. wykonałem w Państwa punkcie w Liège bezpłatny test słuchu. Wynik wskazuje na „umiarkowany ubytek słuchu w uchu prawym” i pan protetyk od razu zaproponował aparat z dopłatą z kasy chorych.

Nie zgadzam się z tym wynikiem – test był robiony w hałasie (obok trwała rozmowa przy kasie), a tydzień wcześniej miałem zapalenie ucha. Mam wizytę u laryngologa 20 kwietnia.

Do tego czasu proszę nie wykorzystywać tego wyniku w żaden sposób: nie przesyłać go do mojej kasy chorych (Partenamut), nie przekazywać producentowi aparatów i nie wysyłać mi na jego podstawie ofert. Nie proszę o usunięcie – może mi być potrzebny do porównania. Proszę tylko o potwierdzenie, że dane zostały wstrzymane.

Z poważaniem
Krzysztof Dudek""",
         "Krzysztof Dudek"),
        ("objection", (),
         "sms",
         """dzien dobry, prosze przestac wysylac mi smsy z przypomnieniem o badaniu wzroku i z promocjami na soczewki. robilam badanie w styczniu i nastepne zrobie jak sama bede chciala. nr 0478 26 51 90

wyslane z telefonu""",
         "Monika Sikora"),
        ("withdraw_consent", (),
         "Aplikacja do aparatów słuchowych",
         """Dzień dobry,

przy dopasowaniu aparatów słuchowych w lutym (sklep w Charleroi) pani protetyk zainstalowała mi na telefonie aplikację producenta i zaznaczyła zgodę na „udostępnianie danych o użytkowaniu i ustawieniach aparatu w celu ulepszania produktów i ofert sklepu”.

Nie chcę rezygnować z aplikacji ani z konta w sklepie, aparaty działają świetnie i serwis ma być dalej u Was. Cofam jednak tę zgodę: nie chcę, żeby dane o tym, jak i kiedy noszę aparaty, trafiały do sklepu czy producenta w celach innych niż serwis.

Dane:
Janusz Pietrzak, ur. 1954
aparaty: 2 szt., nr zamówienia HA-26-00781

Dziękuję,
Janusz Pietrzak""",
         "Janusz Pietrzak"),
        ("complaint", ("access", "deletion"),
         "Re: Dane mojego syna – brak odpowiedzi",
         """Szanowni Państwo,

9 lutego 2026 r. wysłałam na ten adres wniosek dotyczący danych mojego syna Kacpra (8 lat), który nosi okulary kupione w Państwa sklepie w Mechelen. Pytałam, jakie dane o nim przechowujecie (recepta, wyniki badań, zdjęcia z wirtualnego lustra) i prosiłam o ich usunięcie poza tym, co musicie przechowywać dla gwarancji. Dostałam tylko automatyczne potwierdzenie.

Minęły prawie dwa miesiące. Zgodnie z art. 12 ust. 3 RODO mieliście Państwo na odpowiedź miesiąc. Chodzi o dane dotyczące zdrowia dziecka (art. 9 RODO), więc tym bardziej oczekiwałabym poważnego traktowania.

Jeżeli w ciągu 14 dni nie otrzymam:
1) kopii danych mojego syna oraz informacji, komu zostały przekazane,
2) potwierdzenia usunięcia danych, których nie musicie przechowywać,
złożę skargę do belgijskiego organu nadzorczego (Autorité de protection des données / Gegevensbeschermingsautoriteit) oraz poinformuję Prezesa UODO.

Z poważaniem
Katarzyna Lewandowska-Peeters
Bruul 54, 2800 Mechelen""",
         "Katarzyna Lewandowska-Peeters"),
        ("other", (),
         "Okulary nadal niegotowe",
         """Dzień dobry,

okulary progresywne zamówione 24 lutego w sklepie w Brukseli (Rue Neuve) miały być gotowe 12 marca. Dziś jest 30 marca, a w aplikacji nadal status „w laboratorium”. Dzwoniłem dwa razy, za każdym razem słyszę, że „jutro sprawdzą”.

Wiem, że ten adres jest od ochrony danych, ale na zwykłe maile nikt nie odpowiada. Chciałbym po prostu wiedzieć, kiedy mogę odebrać okulary, bo bez nich nie mogę prowadzić.

Zamówienie nr OPT-26-11209

Dziękuję,
Marek Wiśniewski""",
         "Marek Wiśniewski"),
        ("other", (),
         "Formularz do kasy chorych",
         """Dzień dobry,

kupiłam u Państwa w marcu aparat słuchowy dla mamy. Solidaris prosi teraz o formularz zwrotu kosztów wypełniony i podpisany przez protetyka słuchu (z numerem INAMI i datą dopasowania), bo bez tego nie zwrócą dopłaty.

Czy mogą Państwo taki formularz wypełnić i odesłać mi mailem albo pocztą? Oczywiście zgadzamy się, żeby dane mamy zostały w tym celu przekazane do Solidaris, mama podpisała już zgodę w sklepie.

Mama: Zofia Kamińska, ur. 11.05.1948
Zamówienie: HA-26-01034

Pozdrawiam
Ewa Kamińska""",
         "Ewa Kamińska"),
    ],
    "cs": [
        ("access", ("objection",),
         "Jak to, že o mém sluchu ví Facebook?",
         """Dobrý den,

minulý týden (17. 3.) jsem si u Vás v Bruselu na Avenue de la Toison d'Or nechal udělat test sluchu, jen tak, protože byl zdarma. Vyšlo z toho lehké zhoršení na levém uchu, nic dramatického.

Od té doby mi na Facebooku a Instagramu naskakují reklamy na naslouchadla a „neslyšíte dobře? Přijďte na kontrolu“. Předtím nic takového.

Takže se ptám: komu jste výsledek mého testu nebo aspoň informaci, že jsem byl na testu, poslali? Jaké údaje o mně vlastně máte a odkud? A pokud je to tak, že to jde z Vás, tak s tím okamžitě přestaňte, nechci, aby se moje zdravotní údaje používaly na reklamu.

Díky za odpověď.

Ondřej Kratochvíl
tel. 0491 33 70 12""",
         "Ondřej Kratochvíl"),
        ("correction", (),
         "Účet dcery – chybné údaje",
         """Dobrý den,

v lednu jsme u Vás v Lovani kupovali první brýle pro dceru. Teď jí chodí připomínky na kontrolu zraku, ale v účtu i v e-mailech je jméno „Elisha Novakova“ a datum narození 03. 11. 2018.

Správně je: Eliška Nováková, narozena 11. 03. 2018. Zřejmě se při zadávání prohodil den s měsícem, a proto jí taky systém navrhuje kontrolu ve špatném termínu.

A ještě jedna věc: na kartě brýlí je pupilární vzdálenost 58 mm, ale paní optička nám tehdy říkala 52 mm. Můžete to prosím ověřit u ní a opravit?

Děkuji,
Lucie Nováková""",
         "Lucie Nováková"),
        ("deletion", (),
         "",
         """Dobrý den, prosím smažte můj účet i s předpisem na čočky a na brýle, už k Vám chodit nebudu. Děkuji, Jana Pokorná (jana.pokorna84@seznam.cz)""",
         "Jana Pokorná"),
        ("portability", (),
         "Žádost podle čl. 20 GDPR – údaje o nastavení naslouchadel",
         """Vážení,

na základě čl. 20 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o předání osobních údajů, které jste o mně získali v souvislosti s vyšetřením sluchu a nastavením mých naslouchadel, ve strukturovaném, běžně používaném a strojově čitelném formátu.

Jde zejména o:
- audiogramy z vyšetření ze dne 8. 10. 2025 a 14. 1. 2026,
- protokoly nastavení (fitting) obou naslouchadel včetně všech pozdějších úprav,
- záznamy o servisních kontrolách.

V květnu se stěhuji zpět do Brna a péči o naslouchadla převezme tamní audiologické pracoviště. Pokud je to technicky možné, zašlete prosím údaje přímo jemu (kontakt doplním), jinak na můj e-mail, nejlépe v exportu z Vašeho fitting softwaru.

S pozdravem
Ing. Vladimír Procházka
Rue Saint-Gilles 91, 4000 Liège
zákaznické číslo 77140926""",
         "Vladimír Procházka"),
        ("objection", (),
         "Doporučení obrub podle tvaru obličeje",
         """Dobrý den,

při posledním nákupu jsem si zkoušela obruby na tom virtuálním zrcadle. Od té doby mi každý týden chodí e-maily typu „Obruby pro Váš oválný obličej“ a „Vybrali jsme podle Vašeho skenu“.

Nechci, abyste můj obličej takhle analyzovali a používali na nabídky. Účet si ponechávám a nechci ho rušit, brýle u Vás kupovat budu dál. Jen se ohrazuji proti tomu, aby se sken a údaje z něj používaly k profilování a reklamě.

Děkuji,
Markéta Dvořáková""",
         "Markéta Dvořáková"),
        ("withdraw_consent", (),
         "predplatne cocek",
         """dobry den, pri objednani predplatneho cocek jsem zaskrtla souhlas s "personalizovanymi nabidkami podle meho zdravotniho profilu". ten souhlas beru zpet, predplatne chci ale dal normalne. predplatne c. LS-2025-11873. diky, Tereza Malá""",
         "Tereza Malá"),
        ("complaint", ("deletion",),
         "Stížnost – recept předčítaný u pokladny",
         """Dobrý den,

v sobotu 21. 3. jsem ve Vaší prodejně v Gentu kupovala oční kapky, na které potřebuji předpis. U pokladny jsem předpis ukázala a pokladní ho nahlas přečetla kolegyni, včetně diagnózy, kterou tam lékař napsal, a pak se jí přes celou frontu ptala, jestli „tohle vůbec můžeme prodat“. Za mnou stálo asi šest lidí, mezi nimi sousedka.

Pak si předpis ofotila telefonem (soukromým?, nevím) a řekla, že „se to musí uložit“.

Je mi jasné, že předpis ukázat musím. Ale takhle se se zdravotními údaji zacházet nedá a považuji to za hrubé porušení diskrétnosti. Chci vědět, kde ta fotka je, a chci, aby byla smazána, pokud ji nemusíte ze zákona uchovávat. Jestli se to bude opakovat, obrátím se na belgický úřad pro ochranu údajů.

Radka Horáková""",
         "Radka Horáková"),
        ("other", (),
         "Termín",
         """Dobrý den,

snažím se přes Váš web objednat na vyšetření zraku v Antverpách, ale po odsouhlasení zpracování osobních údajů se kalendář nenačte, jen se točí kolečko (zkoušela jsem Chrome i Safari).

Mohli byste mě prosím objednat ručně? Hodí se mi kterékoli odpoledne v týdnu od 13. dubna, nejlépe po 16:00.

Děkuji,
Petra Šimková
0486 11 29 57""",
         "Petra Šimková"),
        ("other", (),
         "Cena progresivních skel",
         """Dobry den,

kolik u vas stoji progresivni skla (index 1.6, s antireflexem) do me stavajici obruby? A prispiva na ne nejak belgicka pojistovna (mam Helan), nebo jen na deti?

Dekuji
Jiri Vesely""",
         "Jiří Veselý"),
        ("other", (),
         "Software pro oční optiky – bezpečné uložení zdravotních dat",
         """Dobrý den,

jsme česká společnost OptiCloud s.r.o. a vyvíjíme software pro oční optiky a centra péče o sluch. Náš systém ukládá předpisy, audiogramy a výsledky vyšetření šifrovaně v datových centrech v EU a je plně v souladu s GDPR (včetně zvláštních kategorií údajů podle čl. 9).

Máme zákazníky v Česku, na Slovensku a nově i v Belgii. Rádi bychom Vám i Vašemu DPO naše řešení představili na krátkém online hovoru – stačí 20 minut.

Vyhovoval by Vám některý termín v týdnu od 20. dubna?

S pozdravem
Martin Hájek
obchodní ředitel, OptiCloud s.r.o.
Vinohradská 1789/112, 130 00 Praha 3""",
         "Martin Hájek"),
    ],
    "hr": [
        ("access", (),
         "Zahtjev za pristup osobnim podacima (čl. 15. GDPR-a)",
         """Poštovani,

pozivajući se na članak 15. Opće uredbe o zaštiti podataka (EU) 2016/679, molim Vas da mi dostavite:

1. potvrdu obrađujete li moje osobne podatke, a posebno podatke o zdravlju (čl. 9. Uredbe),
2. presliku svih tih podataka, uključujući rezultate pregleda vida od 5. veljače 2026., snimke mrežnice, mjerenja očnog tlaka, recepte za naočale i leće te bilješke optometrista,
3. informacije o svrhama obrade, primateljima (npr. laboratorij, zdravstveno osiguranje, proizvođač leća), roku čuvanja i izvoru podataka.

Pregled je obavljen u Vašoj trgovini u Namuru. Molim da mi odgovor dostavite elektroničkom poštom u roku od mjesec dana, kako propisuje čl. 12. st. 3. Uredbe.

S poštovanjem,
Ivana Babić
Rue de Fer 23, 5000 Namur
datum rođenja: 19. 7. 1979.""",
         "Ivana Babić"),
        ("correction", (),
         "Na mom računu je audiogram mog muža",
         """Dobar dan,

suprug i ja smo 3. ožujka zajedno bili na testu sluha u Vašoj trgovini u Bruggeu. Imamo isto prezime i istu adresu e-pošte, pa je izgleda došlo do zabune: u mom korisničkom računu sada piše da imam obostrano oštećenje sluha i da mi je preporučen slušni aparat, a to su njegovi rezultati. Moj test je bio uredan.

Molim Vas da ispravite podatke – njegov audiogram prebacite na njegov račun (Dražen Jurić), a u mom računu neka stoje moji stvarni rezultati. Ne bih htjela da mi stižu pozivi za prilagodbu aparata ili da se krivi nalaz negdje pošalje.

Hvala,
Snježana Jurić
korisnički broj 5520318""",
         "Snježana Jurić"),
        ("deletion", ("objection",),
         "Podsjetnici za mog pokojnog oca",
         """Poštovani,

moj otac Stjepan Kovačević preminuo je u prosincu 2025. Bio je Vaš kupac, kod Vas je nosio naočale i slušne aparate.

Na njegovu adresu u Anderlechtu, gdje sada živim ja, i dalje stižu Vaša pisma i SMS-ovi: „Vrijeme je za godišnji pregled vida“, „Vaše baterije za slušni aparat su na popustu“. Svaki put me to iznova pogodi.

Molim Vas da prestanete slati bilo kakve podsjetnike i ponude na njegovo ime te da izbrišete njegove podatke, osim onoga što morate čuvati po zakonu. Ako trebate smrtovnicu, mogu je poslati.

Lijep pozdrav,
Marina Kovačević""",
         "Marina Kovačević"),
        ("portability", (),
         "Pitanje za leće",
         """Bok,

imam kod vas pretplatu na dnevne leće već dvije godine. Prelazim kod drugog optičara jer mi je bliže poslu.

Možete li mi poslati moje podatke u obliku datoteke (Excel ili CSV) da ih mogu predati novom optičaru – parametre leća za oba oka, povijest narudžbi i datume kontrola? U aplikaciji mogu vidjeti samo zadnju narudžbu.

Hvala unaprijed,
Luka Perić""",
         "Luka Perić"),
        ("restriction", (),
         "Recept – molim ne koristiti dok se ne provjeri",
         """Poštovani,

nakon pregleda vida 10. ožujka u Vašoj trgovini u Hasseltu napravili ste mi nove naočale. Od prvog dana imam glavobolje i vrtoglavicu. Sumnjam da je mjerenje krivo (očitanje za desno oko jako se razlikuje od prošlogodišnjeg). Dogovorila sam kontrolu kod oftalmologa 15. travnja.

Do tada Vas molim da ovaj recept ne koristite ni za što: da ga ne šaljete mom osiguranju (Mutualité chrétienne) uz zahtjev za povrat, da na temelju njega ne naručujete leće u sklopu moje pretplate i da ga ne prosljeđujete laboratoriju. Nemojte ga ni brisati, trebat će mi kao dokaz ako se pokaže da je pogrešan.

Molim potvrdu.

Srdačno,
Ana Marić""",
         "Ana Marić"),
        ("objection", (),
         "reklame",
         """postovani, bio sam kod vas na testu sluha prije mjesec dana i od tad mi svaki tjedan stize mail s ponudama za slusne aparate. ne zelim vise nikakve reklame ni ponude od vas na temelju toga. hvala. Goran Novak""",
         "Goran Novak"),
        ("withdraw_consent", ("deletion",),
         "Virtualno ogledalo",
         """Dobar dan,

kod zadnje kupnje u Bruxellesu (City 2) prodavačica je ponudila da isprobam okvire u virtualnom ogledalu. Pristala sam, i na ekranu sam potvrdila da se sken lica sprema „radi bržeg isprobavanja ubuduće“.

Predomislila sam se. Povlačim tu privolu i molim da se sken lica i sve fotografije iz ogledala obrišu, i kod Vas i kod tvrtke koja to ogledalo održava. Naočale ću i dalje kupovati kod Vas, samo bez skeniranja.

Hvala,
Petra Tomić""",
         "Petra Tomić"),
        ("complaint", ("access",),
         "Re: Re: Moj zahtjev od 2. veljače",
         """Poštovani,

ovo Vam pišem već treći put. 2. veljače zatražio sam da mi kažete koje podatke o meni imate nakon prilagodbe slušnih aparata u Antwerpenu i s kim ste ih podijelili, jer mi se javila tvrtka za osiguranje s ponudom „za osobe s oštećenim sluhom“. 20. veljače poslao sam podsjetnik. Nisam dobio ništa osim automatske poruke.

Rok od mjesec dana iz čl. 12. GDPR-a davno je prošao. Ovo smatram nepoštivanjem mojih prava. Ako mi u roku od 10 dana ne odgovorite s potpunim popisom podataka i primatelja, podnijet ću pritužbu belgijskom nadzornom tijelu (Gegevensbeschermingsautoriteit), a obavijestit ću i AZOP.

Zoran Horvat
Turnhoutsebaan 210, 2140 Borgerhout""",
         "Zoran Horvat"),
        ("other", (),
         "gdje su mi naocale",
         """pozdrav, narucila sam naocale za citanje 2.3. u trgovini u gentu, rekli su 10 dana. sad je prosao skoro mjesec i nitko mi se ne javlja. broj narudzbe OPT-26-09954. molim vas javite kad mogu doci po njih. hvala, Maja Knežević""",
         "Maja Knežević"),
        ("other", (),
         "Obrazac za osiguranje",
         """Poštovani,

moj sin (9 god.) dobio je kod Vas naočale u ožujku. Naše osiguranje (Partenamut) traži da optičar ispuni i potpiše njihov obrazac za povrat troškova za dječje naočale. Obrazac šaljem u privitku.

Znam da se u njemu navode podaci o vidu, to je u redu, osiguranje ih treba. Samo bih molio da ga ispunite i vratite mi do kraja travnja, jer nakon toga ne priznaju povrat.

Hvala lijepa,
Ivan Šarić""",
         "Ivan Šarić"),
    ],
    "sv": [
        ("access", (),
         "Min sons glasögon",
         """Hej,

vår son Elias (10 år) fick sina första glasögon hos er i Leuven i höstas. Allt har fungerat bra, men nu i mars fick vi ett brev från hans skola om en ”synscreening i samarbete med lokala optiker” och i brevet stod det redan att Elias ”har glasögon sedan 2025”. Vi har aldrig berättat det för skolan själva, så jag blev lite fundersam.

Kan ni berätta vilka uppgifter ni har om Elias – recept, synundersökningar, bilder från spegeln där han provade bågar – och om ni har lämnat ut något av det till någon annan, till exempel skolan, ett screeningföretag eller sjukkassan?

Tack på förhand.

Vänliga hälsningar
Sara Lindqvist
Naamsestraat 88, 3000 Leuven""",
         "Sara Lindqvist"),
        ("deletion", (),
         "Konto",
         """Hej. Radera mitt konto och allt ni har om mig och mina hörapparater, jag har flyttat hem till Sverige. /Bengt Håkansson, kundnr 4471902""",
         "Bengt Håkansson"),
        ("portability", ("deletion",),
         "Inställningar för hörapparater – flytt till Sverige",
         """Hej,

jag har haft mina hörapparater inställda hos er i Bryssel sedan 2024, men flyttar till Göteborg i maj. Min nya audionom på Sahlgrenska frågade om jag kunde få med mig mina data från er.

Jag vill därför få ut mina audiogram och alla inställningar (fitting-filer) för båda apparaterna i ett format som går att läsa in i deras program – helst exportfilen från ert anpassningsprogram, inte en utskrift. Skicka gärna till min e-post.

När det är gjort och jag har bekräftat att filerna fungerar, vill jag att ni raderar mina uppgifter hos er.

Med vänlig hälsning
Margareta Sjöberg
Avenue Louise 312, 1050 Bruxelles""",
         "Margareta Sjöberg"),
        ("restriction", (),
         "Ögontrycket – använd inte uppgiften än",
         """Hej,

vid synundersökningen i er butik i Gent den 6 mars mätte optikern ett förhöjt ögontryck på höger öga och skrev i min journal hos er ”misstänkt glaukom, remiss rekommenderas”. Det står nu också i appen.

Jag har varit hos en ögonläkare som mätte normalt tryck, men hon vill göra en ny mätning i maj innan hon säger något säkert.

Tills det är klart vill jag inte att ni använder eller skickar vidare den uppgiften – varken till min sjukkassa, till linsleverantören eller i era utskick. Radera den inte heller, jag vill kunna jämföra. Kan ni bekräfta att den är spärrad tills vidare?

Tack,
Johanna Berg""",
         "Johanna Berg"),
        ("objection", (),
         "Invändning mot användning av mina recept i marknadsföring",
         """Till dataskyddsansvarig,

i er integritetspolicy står det att ni med stöd av ”berättigat intresse” analyserar kunders köp- och synhistorik för att ta fram erbjudanden. Jag har sett resultatet: efter att min styrka ökat fick jag reklam för progressiva glas och ”glasögon för synsvaga”.

Jag invänder härmed enligt artikel 21 i dataskyddsförordningen mot att mina synuppgifter och köp används för profilering och direktreklam. Jag vill behålla mitt kundkonto och fortsätta handla hos er.

Med vänliga hälsningar
Karl-Erik Nyström""",
         "Karl-Erik Nyström"),
        ("withdraw_consent", (),
         "Appen till hörapparaterna",
         """Hej!

När mina hörapparater ställdes in i Antwerpen kryssade jag i appen i att ”användningsdata och ljudmiljöer får delas med butiken och tillverkaren för att förbättra tjänsten”.

Jag vill INTE avsluta appen eller kontot, jag behöver den för att ändra volym och program. Men jag återkallar samtycket till att data om när och var jag använder apparaterna delas med er och tillverkaren. Hur jag gör det i själva appen hittar jag inte, därför skriver jag hit.

Mvh
Ingrid Holm""",
         "Ingrid Holm"),
        ("complaint", ("deletion",),
         "Ni skannade mitt ansikte utan att fråga",
         """Hej,

i lördags var jag i er butik på Rue Neuve för att köpa nya bågar. Säljaren sa ”ställ dig framför spegeln här så går det snabbare” och först efteråt förstod jag att spegeln hade skannat mitt ansikte i 3D. Ingen frågade mig, ingen förklarade något, och när jag frågade vart bilden tog vägen fick jag svaret ”det sparas på ditt konto, det gör vi med alla”.

Det är inte okej. Ett ansiktsskann är en biometrisk uppgift och ni ska fråga först. Jag funderar allvarligt på att anmäla det här till den belgiska dataskyddsmyndigheten (och IMY hemma i Sverige).

Jag kräver att skannet och alla bilder från spegeln raderas, även hos företaget som levererar spegeln, och att ni bekräftar det skriftligt.

Linnea Ekström""",
         "Linnea Ekström"),
        ("correction", (),
         "fel mejl",
         """hej, påminnelserna om min synundersökning och fakturorna för linsprenumerationen går till fel adress: ni har skrivit anders.lund@gmail.com men det ska vara anders.lund78@gmail.com. en annan Anders Lund får alltså mina recept... rätta det snälla. tack /Anders Lund, prenumeration LS-2024-20553""",
         "Anders Lund"),
        ("other", (),
         "Pris på linsprenumeration",
         """Hej,

vad kostar er prenumeration på månadslinser för astigmatism per månad, och ingår synundersökningen? Jag har läst er integritetspolicy och det är okej för mig att receptet sparas, jag undrar bara över priset och om man kan säga upp när som helst.

Tack!
Emma Nilsson""",
         "Emma Nilsson"),
        ("other", (),
         "Boka hörseltest",
         """Hej,

kan jag boka ett hörseltest för min pappa (82 år) i butiken i Brygge? Han hör dåligt i telefon så det är jag som bokar. Helst en förmiddag nästa vecka. Behöver han ta med något, till exempel remiss eller ID-kort från sjukkassan?

Hälsningar
Per Gustafsson
0475 62 08 31""",
         "Per Gustafsson"),
    ],
    "ro": [
        ("access", (),
         "Întrebare despre testul auditiv",
         """Bună ziua,

pe 14 februarie am făcut un test auditiv la magazinul dumneavoastră din Charleroi, iar în martie am primit de la mutualitate (Solidaris) o scrisoare în care mi se spune că „dosarul meu pentru proteză auditivă este în curs de evaluare”. Eu nu am cerut niciun aparat și nu am semnat nimic pentru mutualitate.

Aș vrea să știu ce anume le-ați trimis: rezultatul testului, audiograma, un formular de rambursare? Și, în general, ce date aveți despre mine și cui le-ați mai dat? Vă rog să-mi trimiteți o copie.

Mulțumesc,
Gheorghe Popescu
Rue de la Montagne 17, 6000 Charleroi""",
         "Gheorghe Popescu"),
        ("correction", (),
         "Formular de rambursare respins – număr național greșit",
         """Bună ziua,

mutualitatea mea (Mutualités Libres) a respins formularul de rambursare pentru ochelarii cumpărați la dvs. în Liège pe 2 martie, pentru că numărul de registru național de pe formular nu corespunde cu al meu.

Pe formular, și probabil și în contul meu de client, apare 85.07.21-246.13. Numărul corect este 85.07.12-246.13 (s-au inversat cifrele zilei). De asemenea, numele meu este scris „Andreea Radulescu”, corect este Andreea Rădulescu-Dubois.

Vă rog să corectați datele în contul meu și să emiteți un formular nou, ca să îl pot trimite din nou la mutualitate.

Mulțumesc frumos,
Andreea Rădulescu-Dubois""",
         "Andreea Rădulescu-Dubois"),
        ("deletion", (),
         "Datele fiicei mele",
         """Bună ziua,

fiica mea, Ioana (11 ani), a avut ochelari de la dumneavoastră între 2022 și 2025. Anul trecut a făcut o operație la ochi și nu mai are nevoie de ochelari, iar controalele le face acum la spital.

Vă rog să ștergeți toate datele ei: rețetele, rezultatele măsurătorilor și pozele din oglinda virtuală în care a probat rame. Contul meu îl puteți păstra, dar fără nimic despre ea.

Cu stimă,
Cristina Stan""",
         "Cristina Stan"),
        ("restriction", (),
         "aparat auditiv",
         """buna ziua, am o disputa cu mutualitatea pt rambursarea aparatului auditiv. va rog NU stergeti inca datele de la proba si reglaj, o sa am nevoie de ele, dar nici nu le mai trimiteti nimanui si nu le mai folositi pana se termina disputa. va anunt eu cand. multumesc, Vasile Munteanu, comanda HA-26-00512""",
         "Vasile Munteanu"),
        ("objection", (),
         "Mesaje de reamintire",
         """Bună ziua,

de când am făcut un control al vederii la dvs. în Gent, primesc la fiecare două-trei săptămâni SMS-uri și e-mailuri: „E timpul pentru următorul control”, „Lentilele dvs. se termină în curând – comandați acum cu 20% reducere”, „Rame noi potrivite pentru rețeta dvs.”.

Nu vreau să-mi ștergeți contul și nici să anulați abonamentul la lentile, sunt mulțumită de ele. Dar nu mai vreau aceste mesaje și nu vreau ca rețeta mea să fie folosită pentru a-mi face oferte. Vă rog să opriți asta.

Mulțumesc,
Elena Dumitrescu
0488 41 23 67""",
         "Elena Dumitrescu"),
        ("withdraw_consent", ("objection",),
         "Retragerea consimțământului – art. 7 alin. (3) și art. 9 GDPR",
         """Stimată doamnă, stimate domn,

la înscrierea în programul dvs. de fidelitate „Vedere Clară” din octombrie 2025 (magazinul din Bruxelles, Woluwe Shopping) mi-am dat consimțământul pentru prelucrarea datelor mele privind sănătatea (rețete, rezultate ale examenelor de vedere) în scopul „recomandărilor personalizate și analizelor statistice”.

În temeiul art. 7 alin. (3) din Regulamentul (UE) 2016/679, îmi retrag acest consimțământ cu efect imediat. Totodată, mă opun, în temeiul art. 21, oricărei prelucrări a datelor mele în scop de marketing direct, inclusiv profilare.

Vă rog să îmi confirmați în scris, în termenul prevăzut de art. 12 alin. (3), că ați încetat aceste prelucrări. Nu solicit închiderea contului.

Cu stimă,
Mihai Constantinescu
Avenue de Broqueville 44, 1200 Woluwe-Saint-Lambert""",
         "Mihai Constantinescu"),
        ("complaint", ("access",),
         "Plângere – rețeta mea fotografiată cu un telefon personal",
         """Bună ziua,

pe 25 martie am cumpărat de la raionul dvs. de produse farmaceutice din Anvers un produs pentru care mi s-a cerut rețeta. Am arătat-o la casă, iar casiera a fotografiat-o cu telefonul ei personal, „ca să o trimită șefei”. Pe rețetă sunt numele meu, data nașterii și diagnosticul.

Am întrebat de ce, și mi s-a răspuns pe un ton ironic că „așa e procedura, dacă nu vă convine nu cumpărați”. Mi se pare inacceptabil atât modul în care am fost tratată, cât și faptul că datele mele medicale ajung pe telefonul unei angajate.

Vreau să știu unde se află acum fotografia, cine a văzut-o și cât timp o păstrați. Dacă nu primesc un răspuns clar, voi depune o plângere la autoritatea belgiană pentru protecția datelor și voi informa și ANSPDCP.

Laura Ionescu""",
         "Laura Ionescu"),
        ("other", (),
         "Ochelarii nu sunt gata",
         """Bună ziua,

am comandat ochelari progresivi pe 20 februarie la magazinul din Bruxelles, mi s-a spus două săptămâni. Au trecut cinci. Am sunat de trei ori, de fiecare dată „vă sunăm noi înapoi”. Nu m-a sunat nimeni.

Știu că adresa asta e pentru protecția datelor, dar nu găsesc alt e-mail. Vă rog să-mi spuneți când pot veni să-i iau. Comanda OPT-26-10388.

Adrian Georgescu""",
         "Adrian Georgescu"),
        ("other", (),
         "Formular Mutualitatea Creștină",
         """Bună ziua,

am nevoie ca formularul de rambursare de la Mutualitatea Creștină (CM) pentru lentilele de contact să fie completat și semnat de optometristul dvs. Îl atașez. Am înțeles că pe el trebuie trecute și datele rețetei, nu e nicio problemă.

Mulțumesc anticipat,
Simona Marin""",
         "Simona Marin"),
        ("other", (),
         "Candidatură – optometrist",
         """Bună ziua,

mă numesc Radu Tănase și sunt optometrist, cu diplomă obținută în România și recunoscută în Belgia în 2025. Am lucrat șase ani la un lanț de optică din București, unde am făcut examene de vedere, adaptări de lentile de contact și teste auditive de screening.

Am văzut că aveți un departament de optică și audiologie și aș dori să vă trimit candidatura mea. CV-ul este atașat.

Sunt de acord cu prelucrarea datelor mele personale în scopul recrutării, conform Regulamentului (UE) 2016/679.

Cu stimă,
Radu Tănase
0465 70 14 92""",
         "Radu Tănase"),
    ],
    "el": [
        ("access", (),
         "Αίτημα πρόσβασης σύμφωνα με το άρθρο 15 ΓΚΠΔ",
         """Αξιότιμοι κύριοι/κυρίες,

με την παρούσα ασκώ το δικαίωμα πρόσβασης που μου παρέχει το άρθρο 15 του Γενικού Κανονισμού για την Προστασία Δεδομένων (ΕΕ) 2016/679.

Στις 18 Ιανουαρίου 2026 υποβλήθηκα σε ακοομετρικό έλεγχο και στις 2 Φεβρουαρίου σε προσαρμογή ακουστικών βαρηκοΐας στο κατάστημά σας στην Αμβέρσα. Παρακαλώ να μου χορηγήσετε:

α) αντίγραφο όλων των δεδομένων που με αφορούν, ιδίως των δεδομένων υγείας (ακοογράμματα, ρυθμίσεις ακουστικών, σημειώσεις του ακοοπροθετιστή),
β) τους σκοπούς της επεξεργασίας και τη νομική βάση,
γ) τους αποδέκτες στους οποίους διαβιβάστηκαν τα δεδομένα (ασφαλιστικό ταμείο, κατασκευαστής, εφαρμογή κινητού),
δ) το χρονικό διάστημα αποθήκευσης.

Παρακαλώ να μου απαντήσετε ηλεκτρονικά εντός της προθεσμίας του άρθρου 12 παρ. 3.

Με εκτίμηση,
Γεώργιος Παπαδόπουλος
Lange Kievitstraat 61, 2018 Antwerpen""",
         "Γεώργιος Παπαδόπουλος"),
        ("correction", (),
         "Λάθος καμπυλότητα στους φακούς επαφής",
         """Καλημέρα σας,

έχω συνδρομή σε μηνιαίους φακούς επαφής από το κατάστημά σας στις Βρυξέλλες. Οι δύο τελευταίες αποστολές ήρθαν με καμπυλότητα βάσης 8.4, ενώ η συνταγή μου (εξέταση 9 Ιανουαρίου) γράφει 8.6. Τους φοράω και με ενοχλούν από το μεσημέρι και μετά.

Κοίταξα στον λογαριασμό μου και εκεί πράγματι είναι καταχωρισμένο 8.4. Μπορείτε να το διορθώσετε στα στοιχεία μου ώστε η επόμενη αποστολή να είναι σωστή; Σας επισυνάπτω φωτογραφία της συνταγής.

Ευχαριστώ,
Ελένη Γεωργίου
Αρ. συνδρομής LS-2025-30217""",
         "Ελένη Γεωργίου"),
        ("deletion", ("withdraw_consent",),
         "",
         """Καλησπέρα. Δεν συμφωνώ πια να κρατάτε το σκανάρισμα του προσώπου μου από τον εικονικό καθρέφτη. Σβήστε το σας παρακαλώ, μαζί με τις φωτογραφίες. Ευχαριστώ, Δήμητρα Αντωνίου""",
         "Δήμητρα Αντωνίου"),
        ("portability", (),
         "Επιστρέφω στη Θεσσαλονίκη",
         """Γεια σας,

μετά από επτά χρόνια στο Βέλγιο επιστρέφω τον Ιούνιο στη Θεσσαλονίκη. Όλες οι οφθαλμολογικές μου εξετάσεις των τελευταίων χρόνων έγιναν σε εσάς (Λουβέν), και ο οπτικός που θα πηγαίνω εκεί μου ζήτησε το ιστορικό μου.

Θα μπορούσατε να μου στείλετε όλα τα δεδομένα των εξετάσεων (διαθλάσεις, ενδοφθάλμια πίεση, συνταγές γυαλιών και φακών) σε αρχείο που να διαβάζεται από υπολογιστή, π.χ. CSV ή XML, και όχι μόνο σε σκαναρισμένο PDF; Αν μπορείτε να το στείλετε κατευθείαν στον οπτικό, ακόμα καλύτερα.

Σας ευχαριστώ πολύ,
Νικόλαος Δημητρίου""",
         "Νικόλαος Δημητρίου"),
        ("restriction", ("correction",),
         "Έντυπο αποζημίωσης με λάθος στοιχεία",
         """Κύριοι,

το έντυπο αποζημίωσης για τα ακουστικά μου, που στείλατε στο ταμείο μου (Vlaams & Neutraal Ziekenfonds) στις 4 Μαρτίου, αναφέρει «αμφοτερόπλευρη απώλεια ακοής 60 dB». Σύμφωνα με το ακοόγραμμα που μου έδωσε ο ΩΡΛ μου, η απώλεια είναι μόνο στο αριστερό αυτί και πολύ μικρότερη. Το ταμείο μου ζητά τώρα εξηγήσεις.

Μέχρι να ξεκαθαρίσει ποιο είναι το σωστό, σας ζητώ να μην στείλετε τίποτε άλλο στο ταμείο ή σε οποιονδήποτε τρίτο και να μη χρησιμοποιείτε αυτά τα δεδομένα. Μην τα διαγράψετε, θα τα χρειαστώ. Στη συνέχεια θα πρέπει βέβαια να διορθωθούν.

Με εκτίμηση,
Κωνσταντίνος Βλάχος""",
         "Κωνσταντίνος Βλάχος"),
        ("objection", (),
         "Διαφημίσεις στην κόρη μου",
         """Καλησπέρα,

η κόρη μου η Μαρία είναι 13 ετών και της φτιάξαμε γυαλιά σε εσάς πέρσι. Τώρα της έρχονται στο δικό της email διαφημίσεις για έγχρωμους φακούς επαφής και «στυλάτους σκελετούς για εφήβους».

Δεν θέλω να λαμβάνει διαφημίσεις ούτε να χρησιμοποιούνται τα στοιχεία της ή η συνταγή της για προωθητικούς σκοπούς. Παρακαλώ σταματήστε το. Ο λογαριασμός μπορεί να μείνει για τα γυαλιά της.

Ευχαριστώ,
Σοφία Καραγιάννη""",
         "Σοφία Καραγιάννη"),
        ("withdraw_consent", (),
         "synainesi",
         """Kalhspera sas, otan ekana to test akohs sto katasthma sth Liegh eixa dwsei synainesh na xrhsimopoioun ta apotelesmata gia "ereuna kai veltiwsh proiontwn" apo ton kataskeuasth. Thn anakalw. Ta akoustika ta kratame kanonika. Eyxaristw, Dimitris Kostopoulos""",
         "Dimitris Kostopoulos"),
        ("complaint", ("access", "deletion"),
         "Κανένας δεν απαντά",
         """Κύριοι,

στις 10 Φεβρουαρίου σας έγραψα ότι η υπενθύμιση για την επόμενη οφθαλμολογική μου εξέταση, με τη συνταγή μου συνημμένη, στάλθηκε σε λάθος διεύθυνση email – σε μια κυρία στη Γάνδη με παρόμοιο όνομα, η οποία μου την προώθησε ευγενικά. Σας ζήτησα να μου πείτε τι ακριβώς στείλατε σε εκείνη και ποια δεδομένα μου έχετε.

Στις 3 Μαρτίου σας ξανάγραψα. Τηλεφώνησα δύο φορές, με παρέπεμψαν «στο τμήμα προστασίας δεδομένων». Καμία απάντηση.

Είναι απαράδεκτο να στέλνετε δεδομένα υγείας σε αγνώστους και μετά να μην απαντάτε. Αν δεν λάβω απάντηση εντός 15 ημερών, θα υποβάλω καταγγελία στη βελγική Αρχή Προστασίας Δεδομένων και θα ενημερώσω και την ελληνική Αρχή.

Ζητώ:
1. πλήρη κατάλογο των δεδομένων μου και όσων στάλθηκαν λανθασμένα,
2. τη διαγραφή του λογαριασμού μου μόλις λάβω τα παραπάνω.

Αικατερίνη Μιχαηλίδου""",
         "Αικατερίνη Μιχαηλίδου"),
        ("other", (),
         "Μπαταρίες ακουστικών",
         """Καλημέρα,

πόσο κοστίζει η συσκευασία με τις μπαταρίες 312 για τα ακουστικά βαρηκοΐας, και μπορώ να τις παραγγείλω online ή μόνο στο κατάστημα; Επίσης, ο πατέρας μου έχει ραντεβού για ρύθμιση στις 14 Απριλίου, μπορεί να γίνει λίγο νωρίτερα, γύρω στις 10:00;

Ευχαριστώ,
Ιωάννης Σταθόπουλος""",
         "Ιωάννης Σταθόπουλος"),
        ("other", (),
         "Γυαλιά που δεν είναι έτοιμα",
         """Γεια σας,

παρήγγειλα γυαλιά οράσεως στο κατάστημα της Νάμουρ στις 27 Φεβρουαρίου. Μου είπαν ότι θα λάβω SMS όταν είναι έτοιμα. Δεν έλαβα τίποτα, και όταν πήγα την Παρασκευή μου είπαν ότι το εργαστήριο έχει καθυστέρηση.

Δεν ζητάω να αλλάξετε ή να σβήσετε κάτι από τα στοιχεία μου, τα έχετε σωστά. Θέλω μόνο να μάθω πότε θα είναι έτοιμα, γιατί φεύγω για Ελλάδα στις 20 Απριλίου.

Παραγγελία OPT-26-10712

Ευχαριστώ,
Παναγιώτα Ρήγα""",
         "Παναγιώτα Ρήγα"),
    ],
    "bg": [
        ("access", (),
         "Въпрос",
         """Здравейте,

преди месец направих преглед на очите при вас в Брюксел (Rue Neuve). Оптометристката ми каза, че всичко ще бъде „в профила“, и после ме снимаха пред някакъв екран за пробване на рамки.

Интересува ме какво точно пазите за мен? Само рецептата или и резултатите от прегледа, снимките на окото, снимките от екрана? И дали някой друг има достъп до тях – лабораторията, здравната каса, фирмата на екрана? Ще се радвам, ако ми изпратите копие.

Благодаря,
Десислава Петрова""",
         "Десислава Петрова"),
        ("correction", (),
         "Грешни данни при слуховия апарат",
         """Добър ден,

на 19 февруари ми поставиха слухов апарат във вашия магазин в Лиеж. В документите за гаранцията и в профила ми забелязах две грешки:

1. Датата ми на раждане е записана 21.08.1961, а правилната е 12.08.1961.
2. Апаратът е отбелязан за дясното ухо, а всъщност е за лявото. Не знам дали това е само грешка в записа, или и настройките са направени за грешното ухо.

Моля, поправете данните. Не искам при следващата проверка или при формуляра за здравната каса да излезе нещо грешно.

Поздрави,
Стефан Иванов
тел. 0472 58 36 10""",
         "Стефан Иванов"),
        ("deletion", ("objection",),
         "Искане за изтриване на лични данни (чл. 17 ОРЗД)",
         """Уважаеми дами и господа,

на основание чл. 17 от Общия регламент относно защитата на данните (Регламент (ЕС) 2016/679) ви моля да изтриете всички мои лични данни, включително данните за здравословното ми състояние (резултати от прегледи на зрението, рецепти за очила и контактни лещи, сканиране на лицето от виртуалното огледало), тъй като вече не са необходими за целите, за които са събрани. Абонаментът ми за лещи е прекратен на 28 февруари 2026 г.

Възразявам също срещу всяко по-нататъшно използване на данните ми за маркетинг до изпълнението на искането.

Ако някои данни трябва да бъдат запазени по закон (напр. счетоводни документи), моля, посочете кои и за какъв срок.

Моля за писмено потвърждение в срока по чл. 12, пар. 3 от Регламента. В противен случай ще се обърна към белгийския надзорен орган.

С уважение,
Мария Георгиева
Chaussée de Haecht 402, 1030 Schaerbeek""",
         "Мария Георгиева"),
        ("portability", (),
         "Данни за лещите",
         """Здравейте,

сменям доставчика на контактни лещи и новият ме помоли за всичките ми параметри и историята на поръчките. Можете ли да ми ги изпратите като файл – Excel или CSV, – а не като снимка от приложението? Става въпрос за абонамент LS-2024-18806.

Благодаря предварително,
Николай Димитров""",
         "Николай Димитров"),
        ("restriction", (),
         "Рецептата на сина ми",
         """Здравейте,

синът ми Виктор (7 г.) беше на преглед при вас в Гент на 12 март. Тогава беше болен, с температура, и почти не сътрудничеше, а рецептата излезе доста различна от предишната. Детският офталмолог ще го прегледа отново на 22 април.

Дотогава ви моля да не използвате тази рецепта: да не правите очила по нея, да не я изпращате на здравната каса и да не пращате на база на нея напомняния. Не я изтривайте, лекарката иска да я види. След прегледа ще ви изпратя новата.

Благодаря за разбирането,
Галина Тодорова""",
         "Галина Тодорова"),
        ("objection", (),
         "SMS",
         """zdraveite, molq spreete da mi prashtate sms-i za promocii na lechi i za sledvasht pregled na ochite. ne iskam takiva saobshtenia. blagodarq. Petar Kolev 0489 17 42 66""",
         "Петър Колев"),
        ("withdraw_consent", (),
         "Виртуално огледало – оттеглям съгласието",
         """Здравейте,

при последното ми пазаруване в Антверпен се съгласих сканирането на лицето ми от виртуалното огледало да се запази „за бъдещи проби“. Оттеглям това съгласие.

Да уточня: НЕ искам да изтривате профила ми или рецептата ми, продължавам да си купувам очила от вас. Просто отсега нататък не искам сканирането да се пази и използва.

Поздрави,
Йоана Стоянова""",
         "Йоана Стоянова"),
        ("complaint", ("correction",),
         "Писмото ми отиде при бившия ми съпруг",
         """Здравейте,

през януари ви писах, че адресът ми е сменен, и ви дадох новия. Въпреки това писмото с напомняне за контрол на слуховия апарат, заедно с резултатите от последния тест, е пратено на стария ми адрес в Ixelles, където живее бившият ми съпруг. Той го отворил и после ми се обади да коментира „колко съм оглушала“.

Писах ви на 5 март, за да се оплача. Никой не ми отговори. Това не е просто неприятност, това са здравни данни, изпратени на човек, с когото съм в съдебен спор.

Очаквам най-сетне отговор и извинение, и веднага да поправите адреса ми: Avenue de la Couronne 187, 1050 Ixelles. Ако пак няма реакция, подавам жалба до белгийския орган за защита на данните и до КЗЛД.

Радостина Илиева""",
         "Радостина Илиева"),
        ("other", (),
         "Час за преглед",
         """Здравейте,

имам час за преглед на очите в Льовен на 16 април в 10:30, но няма да мога да дойда тогава. Може ли да го преместим за следващата седмица, по-добре следобед? Номер на резервацията: APT-58201.

Благодаря,
Иван Христов""",
         "Иван Христов"),
        ("other", (),
         "Предложение за сътрудничество – рамки и слънчеви очила",
         """Уважаеми господа,

„Визио Трейд“ ООД е български производител на рамки за очила от ацетат и титан с над 15 години опит и дистрибуция в 9 държави от ЕС. Разглеждаме възможност да навлезем на белгийския пазар и търсим партньори с оптичен отдел като вашия.

Предлагаме конкурентни цени, доставка до 10 работни дни и индивидуален дизайн под ваша марка. Всички данни на клиентите ни се обработват в съответствие с GDPR.

Ще се радваме да ви изпратим каталог и мостри. Кой е подходящият човек за контакт?

С уважение,
Пламен Василев
търговски директор, „Визио Трейд“ ООД
бул. „България“ 58, 1680 София""",
         "Пламен Василев"),
    ],
}

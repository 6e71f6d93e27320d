"""Fiftieth set, customer service, calls, chats and reviews (pl cs hr sv ro el bg). Written apart from the rules (see make_fiftieth.py)."""

PEOPLE_QF = {
    "pl": [
        ("access", (),
         "Nagranie rozmowy z 12 października – prośba o kopię",
         """Dzień dobry,

12 października około 14:30 dzwoniłam na Państwa infolinię w sprawie reklamacji ekspresu do kawy (zamówienie nr 2026-481137). Na początku usłyszałam komunikat, że rozmowa może być nagrywana.

Na podstawie art. 15 RODO proszę o przesłanie mi kopii tego nagrania oraz informacji, jakie notatki zapisał konsultant w mojej kartotece klienta po tej rozmowie. Chciałabym też wiedzieć, jak długo przechowują Państwo takie nagrania.

Dzwoniłam z numeru 601 223 845, na wypadek gdyby to ułatwiło wyszukanie.

Z poważaniem
Katarzyna Wójcik""",
         "Katarzyna Wójcik"),

        ("deletion", ("withdraw_consent",),
         "czat – podałem numer karty",
         """Dzień dobry,

wczoraj wieczorem pisałem z Waszym czatem na stronie (najpierw z botem, potem przełączyło mnie do konsultanta) i w nerwach wkleiłem cały numer karty płatniczej, bo myślałem, że tak się dokończy płatność. Konsultant od razu napisał, żebym tego nie robił, ale było już za późno.

Proszę o usunięcie tej rozmowy z Waszych systemów, nie chcę, żeby mój numer karty gdzieś sobie u Was leżał. Kartę na wszelki wypadek zastrzegłem.

I przy okazji – po każdej rozmowie przychodzi do mnie ankieta „Jak oceniasz naszą obsługę?”. Nie życzę sobie tych ankiet, proszę mnie z nich wypisać.

Tomasz Lewandowski""",
         "Tomasz Lewandowski"),

        ("restriction", (),
         "Proszę NIE usuwać nagrania rozmowy – spór o zwrot",
         """Szanowni Państwo,

3 listopada rozmawiałam telefonicznie z Państwa konsultantem (przedstawił się jako pan Adrian) w sprawie zwrotu odkurzacza. Konsultant wyraźnie obiecał, że zwrot pieniędzy obejmie także koszt wysyłki, a teraz dział reklamacji twierdzi, że nic takiego nie zostało ustalone.

Ponieważ rozmowa była nagrywana, proszę o zachowanie tego nagrania do czasu wyjaśnienia sprawy – nawet jeśli zgodnie z Państwa zasadami powinno ono wkrótce zostać skasowane. Jest ono dla mnie dowodem. Do tego czasu proszę go nie usuwać ani nie wykorzystywać do żadnych innych celów.

Numer zgłoszenia: SR-2026-77310.

Z poważaniem
Agnieszka Zielińska""",
         "Agnieszka Zielińska"),

        ("objection", (),
         "Sprzeciw – trenowanie chatbota na moich rozmowach",
         """Dzień dobry,

w Państwa polityce prywatności przeczytałem, że zapisy rozmów z czatu i z linii WhatsApp są wykorzystywane do „ulepszania asystenta wirtualnego” i do analiz jakości obsługi. Nie zgadzam się na to. Wnoszę sprzeciw wobec wykorzystywania moich rozmów do trenowania chatbota i do jakichkolwiek analiz.

Rozmowy możecie oczywiście przechowywać tak długo, jak to potrzebne do obsługi moich zamówień, ale nic poza tym.

Michał Kowalczyk
karta Klubu: 4410 2286 5519""",
         "Michał Kowalczyk"),

        ("complaint", ("deletion",),
         "Skan mojego dowodu osobistego przesłany firmie zewnętrznej!!",
         """Dzień dobry,

w październiku w ramach reklamacji telewizora (zgłoszenie #48821) konsultant poprosił mnie o skan dowodu osobistego „do weryfikacji”. Wysłałem go jako załącznik do zgłoszenia. Dziś zadzwonił do mnie serwis zewnętrzny, który – jak się okazało – dostał CAŁY wątek mojego zgłoszenia, razem z tym skanem. Nikt mnie nie pytał o zgodę, nikt nawet nie uprzedził.

Uważam to za poważne naruszenie. Nie rozumiem, po co w ogóle był Wam potrzebny mój dowód przy reklamacji telewizora, a już tym bardziej dlaczego trafił do innej firmy.

Żądam usunięcia skanu dowodu ze wszystkich Waszych systemów oraz potwierdzenia, że serwis również go usunął. Jeśli nie dostanę sensownej odpowiedzi, złożę skargę do UODO – albo do belgijskiego urzędu, skoro jesteście z Belgii.

Paweł Nowicki""",
         "Paweł Nowicki"),

        ("portability", (),
         "historia czatów w pliku?",
         """Hej,
czy da się dostać całą moją historię rozmów z Waszym czatem i z WhatsAppa, plus historię zgłoszeń, w jakimś pliku typu CSV albo JSON? Prowadzę u siebie rejestr reklamacji i gwarancji i chcę to po prostu zaimportować, a nie przepisywać ręcznie.
Konto zakładałam na ten adres, z którego piszę.

dzięki, Ewa""",
         "Ewa Kamińska"),

        ("withdraw_consent", (),
         "Dość próśb o opinię",
         """Kupiłem u Was jeden czajnik, a dostałem już trzy maile z prośbą o wystawienie opinii i jeszcze SMS-a. Proszę więcej nie przysyłać mi żadnych zaproszeń do recenzji ani przypomnień. Jeśli kiedyś się na to zgodziłem, to tę zgodę wycofuję.

M. Dąbrowski""",
         "Marek Dąbrowski"),

        ("other", (),
         "Skarga na konsultantkę infolinii",
         """Dzień dobry,

piszę, bo jestem naprawdę zniesmaczona wczorajszą rozmową z Państwa infolinią (5.11, ok. 10:15). Pytałam tylko, kiedy wreszcie dostanę zwrot pieniędzy za buty oddane w sklepie (zamówienie 2026-502918, zwrot przyjęty 14 października!). Konsultantka przerywała mi w pół zdania, westchnęła, że „nie ma na to czasu”, i się rozłączyła.

Proszę o zajęcie się moim zwrotem – to już ponad trzy tygodnie – i o zwrócenie pracownikom uwagi na sposób rozmowy z klientami.

Joanna Mazur""",
         "Joanna Mazur"),

        ("other", (),
         "Zdublowane zgłoszenie",
         """Dzień dobry, proszę usunąć moje ostatnie zgłoszenie (SR-2026-80114), wysłałem je przez formularz dwa razy przez pomyłkę. Sprawa jest ta sama co w SR-2026-80113 – uszkodzona szuflada w komodzie, zdjęcia są w pierwszym zgłoszeniu.

Pozdrawiam
Krzysztof Pawlak""",
         "Krzysztof Pawlak"),

        ("other", (),
         "Podziękowania dla Pani Moniki",
         """Dzień dobry,

chciałam bardzo podziękować Pani Monice z infolinii, z którą rozmawiałam w piątek. Byłam przekonana, że paczka z prezentem dla wnuczki zaginęła, a Pani Monika cierpliwie wszystko sprawdziła, oddzwoniła (tak jak obiecała!) i paczka dotarła następnego dnia. Dawno nie spotkałam się z taką życzliwością.

Proszę przekazać jej moje podziękowania, a może i przełożonemu.

Barbara Krawczyk""",
         "Barbara Krawczyk"),
    ],

    "cs": [
        ("access", ("portability",),
         "Žádost o přístup k osobním údajům – zákaznický servis",
         """Dobrý den,

v posledním půlroce jsem s vaší zákaznickou linkou řešil několik reklamací (telefonicky, přes chat i přes kontaktní formulář). Při posledním hovoru mi operátorka řekla, že „v poznámkách u mě vidí, že už jsem reklamoval hodně“. Rád bych věděl, co přesně o mně vaši operátoři zapisují.

Podle čl. 15 GDPR vás proto žádám o:
- kopii všech poznámek operátorů k mému zákaznickému účtu,
- informaci, které záznamy hovorů a přepisy chatů o mně uchováváte a jak dlouho,
- informaci, zda jste tyto údaje někomu předali.

Kompletní historii mých tiketů a chatů mi prosím pošlete také ve strojově čitelném formátu (CSV nebo JSON), abych ji mohl předat dTestu, se kterým celou věc konzultuji.

S pozdravem
Ondřej Šimek""",
         "Ondřej Šimek"),

        ("correction", (),
         "Špatné příjmení v zákaznické kartě",
         """Dobrý den,

pokaždé, když volám na vaši linku, mě operátor osloví „paní Nováková“ – jmenuji se ale Novotná, Jana Novotná. Zjevně to mám špatně zapsané v zákaznickém profilu. Podle posledního e-mailu z vašeho systému tam mám navíc staré telefonní číslo (731 118 204), které už nepoužívám. Správné je 603 559 271.

Můžete to prosím opravit? Číslo věrnostní karty 2200 5817 3346.

Děkuji,
Jana Novotná""",
         "Jana Novotná"),

        ("deletion", (),
         "smazání recenze",
         """Dobrý den,
v září jsem u vás napsal recenzi na vysavač a teď vidím, že pod ní je moje celé jméno a město. Nevěděl jsem, že se to tak zobrazí. Prosím recenzi smažte i s mým jménem, nechci, aby tam po mně cokoli zůstalo.

Petr Svoboda""",
         "Petr Svoboda"),

        ("objection", (),
         "Nahrávání hovorů",
         """Dobrý den,

při každém hovoru na vaši infolinku slyším, že hovor může být nahráván „za účelem zlepšování kvality služeb“. Nemám žádnou možnost to odmítnout, kromě zavěšení, a to je při reklamaci dost nepraktické.

Tímto vznáším námitku proti nahrávání mých hovorů a proti používání nahrávek, které už máte, k hodnocení kvality nebo školení operátorů. Pokud mi budete chtít něco sdělit, klidně e-mailem.

Lukáš Dvořák
tel. 775 402 981""",
         "Lukáš Dvořák"),

        ("withdraw_consent", (),
         "WhatsApp",
         """Dobrý den, po vyřízení reklamace mi pořád chodí zprávy na WhatsApp (akce, „jak jste byli spokojeni“ apod.). Souhlas se zasíláním zpráv přes WhatsApp tímto odvolávám, už mi tam prosím nic neposílejte.

Tereza Černá""",
         "Tereza Černá"),

        ("complaint", (),
         "Přišla mi odpověď určená jinému zákazníkovi",
         """Dobrý den,

na můj tiket č. 2026-10-4471 (rozbitá konvice) mi dnes přišla odpověď, která vůbec nepatří mně. Je v ní jméno jiné paní, její adresa v Brně, telefon a číslo objednávky. Ten e-mail jsem nikam nepřeposílala a smažu ho.

Vážně mě to ale znepokojuje. Když se cizí údaje dostaly ke mně, kdo ví, komu chodí odpovědi na moje tikety – posílala jsem vám přitom i fotku občanky kvůli vrácení peněz. Očekávám vysvětlení, jak se to mohlo stát a co uděláte, aby se to neopakovalo. Pokud se nic nedozvím, obrátím se na ÚOOÚ.

Martina Procházková""",
         "Martina Procházková"),

        ("restriction", (),
         "Záznam chatu – prosím neodstraňovat",
         """Dobrý den,

24. 10. mi operátor ve vašem chatu přislíbil slevu 20 % na náhradní díl (pračka, obj. č. 2026-39517). Na prodejně o tom nikdo neví a centrála tvrdí, že žádný takový příslib neexistuje.

Žádám, abyste přepis tohoto chatu uchovali a nesmazali ho, dokud se spor nevyřeší – i kdyby podle vašich pravidel už měl být smazán. Zároveň ho prosím do té doby nepoužívejte k ničemu jinému.

Děkuji
Jakub Kučera""",
         "Jakub Kučera"),

        ("other", (),
         "Provozní doba zákaznické linky",
         """Dobrý den,
jaká je prosím provozní doba vaší zákaznické linky? Na webu je uvedeno 8–20, ale včera v 18:30 se mi ozval jen automat, že volám mimo provozní dobu. A platí to i o víkendu?

Děkuji, Z. Veselý""",
         "Zdeněk Veselý"),

        ("other", (),
         "Prosím o zavolání zpět – objednávka 2026-41820",
         """Dobrý den,

mohl by mi prosím někdo zavolat? Objednávka 2026-41820 (sedačka) měla přijít minulý týden a dopravce tvrdí, že ji nemá. V chatu mi bot pořád jen posílá odkaz na sledování zásilky, kde je od 28. 10. pořád stejný stav.

Jsem k zastižení na 724 310 556, nejlépe dopoledne.

Hana Horáková""",
         "Hana Horáková"),

        ("other", (),
         "Stále nevrácené peníze",
         """Dobrý den,

14. října jsem vám na žádost operátorky poslal údaje k vrácení peněz (číslo účtu) za vrácenou sekačku, obj. 2026-36104. Bylo mi slíbeno, že peníze přijdou do 14 dnů. Dnes je 9. listopadu a nic. Na lince mě dvakrát přepojili a pak hovor spadl.

Prosím o informaci, kdy peníze dorazí.

Vojtěch Marek""",
         "Vojtěch Marek"),
    ],

    "hr": [
        ("complaint", ("access",),
         "Vaša djelatnica je bivšem suprugu pročitala moju adresu",
         """Poštovani,

pišem vam zbog ozbiljnog propusta. Moj bivši suprug, s kojim nemam kontakt i koji ne smije znati gdje živim, nazvao je vašu korisničku službu i rekao da zove u moje ime, te pitao na koju je adresu dostavljena moja narudžba. Vaša mu je djelatnica, bez ikakve provjere, pročitala moju novu adresu. Saznala sam to jer mi ju je on sam poslao porukom.

Ovo je za mene pitanje sigurnosti. Očekujem pisano objašnjenje kako je do toga došlo.

Također tražim da mi dostavite informaciju koje su moje podatke vaši djelatnici telefonom dali trećim osobama i kome, te presliku snimke tog razgovora (bio je otprilike 20. listopada).

Ako ne dobijem odgovor, podnijet ću prigovor Agenciji za zaštitu osobnih podataka.

Ivana Horvat""",
         "Ivana Horvat"),

        ("access", (),
         "Što ste zapisali o meni?",
         """Poštovani,

prošli tjedan sam zvao vaš broj zbog reklamacije i djelatnik mi je, valjda slučajno, rekao: „Vidim da ste označeni kao zahtjevan kupac.“ Zanima me što sve vaši djelatnici pišu o meni u bilješkama i tko to može vidjeti. Molim vas da mi pošaljete sve bilješke i komentare koje imate uz moje ime i karticu vjernosti br. 3391 0072 4418.

Lijep pozdrav,
Marko Babić""",
         "Marko Babić"),

        ("portability", (),
         "Izvoz razgovora s WhatsApp linije",
         """Bok,
trebala bih cijelu povijest svojih razgovora s vašom WhatsApp linijom i chatom na webu, i popis svih prijava, u nekom strojno čitljivom obliku – CSV, JSON, svejedno. Planiram sve to prebaciti u aplikaciju u kojoj vodim kućne račune i jamstva.
Hvala!
Ana Jurić""",
         "Ana Jurić"),

        ("objection", ("deletion", "withdraw_consent"),
         "Prigovor na korištenje mojih razgovora",
         """Poštovani,

iz obavijesti u aplikaciji saznao sam da se transkripti razgovora s chatbotom i poruke s WhatsApp linije koriste za „treniranje virtualnog asistenta i analizu kvalitete“. Protivim se tome da se moji razgovori koriste u te svrhe.

Osim toga, molim da obrišete transkripte mojih starih razgovora (reklamacije su odavno riješene) i da mi više ne šaljete poruke na WhatsApp – tu privolu povlačim.

Tomislav Kovačević
tel. 091 558 2031""",
         "Tomislav Kovačević"),

        ("withdraw_consent", (),
         "ankete nakon svakog poziva",
         """Dobar dan, nakon SVAKOG poziva vašoj službi za desetak minuta zvoni mi telefon s anketom o zadovoljstvu. Ne želim više sudjelovati u tim anketama, molim da me maknete s popisa. Hvala.

Snježana Knežević""",
         "Snježana Knežević"),

        ("correction", (),
         "Pogrešan broj telefona u mom profilu",
         """Poštovani,

prošli tjedan sam preko kontaktnog obrasca zatražila da me nazovete zbog dostave. Nitko me nije nazvao, a u današnjem mailu od vaše službe piše da me „nisu uspjeli dobiti na broj 098 747 1265“. To nije moj broj – moj je 098 774 1265, netko je zamijenio dvije znamenke, pa ste očito zvali nekog nepoznatog čovjeka.

Molim ispravite broj u mom korisničkom profilu.

Petra Marić""",
         "Petra Marić"),

        ("deletion", (),
         "Brisanje snimki i osobne iskaznice",
         """Poštovani,

reklamacija za perilicu (prijava br. 55102) je konačno riješena, pa vas molim da izbrišete snimke mojih telefonskih razgovora s vašom službom i fotografiju osobne iskaznice koju sam na vaš zahtjev poslao kao privitak prijavi. Ne vidim razlog da to i dalje čuvate.

Molim potvrdu kad bude gotovo.

Luka Pavlović""",
         "Luka Pavlović"),

        ("other", (),
         "Pohvala",
         """Poštovani,

želim pohvaliti vašu djelatnicu Maju iz korisničke službe. Zvala sam zbog dvostruko naplaćene narudžbe i bila sam prilično nervozna, a ona je bila strpljiva, sve mi je objasnila i riješila u jednom pozivu. Rijetko se to danas doživi.

Srdačan pozdrav,
Marija Vuković""",
         "Marija Vuković"),

        ("other", (),
         "chatbot ne radi ništa",
         """Pokušavam već tri dana saznati gdje je moja narudžba 2026-58830, a vaš chatbot mi na sve odgovara „Mogu li vam pomoći s nečim drugim?“. Na telefonu se čeka 40 minuta. Može li mi neki živi čovjek javiti gdje je paket? Plaćen je 29.10.

Dario Matić""",
         "Dario Matić"),

        ("other", (),
         "Kako poslati fotografiju oštećenja?",
         """Poštovani,

stigla mi je lampa s napuknutim staklom (narudžba 2026-60127). Na vašoj stranici piše da za reklamaciju trebam poslati fotografiju oštećenja, ali u obrascu ne vidim gdje je mogu priložiti. Mogu li je poslati na WhatsApp broj ili na ovu adresu? I trebaju li vam još neki podaci osim broja narudžbe?

Hvala,
Nikolina Perić""",
         "Nikolina Perić"),
    ],

    "sv": [
        ("deletion", (),
         "Konto som jag aldrig skapat",
         """Hej,

Jag skickade en fråga via kontaktformuläret på er sajt i september (om en trasig stol) och fick sedan ett mejl: "Välkommen till Shop Example – ditt konto är skapat!". Jag har aldrig bett om något konto.

Ta bort kontot och alla uppgifter som hör till det, tack. Frågan om stolen är redan löst.

Mvh
Erik Lindqvist""",
         "Erik Lindqvist"),

        ("restriction", ("access",),
         "Spara inspelningen av mitt samtal 2 november",
         """Hej,

Den 2 november ringde jag er kundtjänst om min diskmaskin (order 2026-44719). Handläggaren lovade då att ni skulle stå för installationen kostnadsfritt eftersom leveransen var tre veckor sen. Nu har jag fått en faktura på 89 euro för installationen och kundtjänst säger att det aldrig fanns något sådant löfte.

Samtalet spelades in. Jag ber er att inte radera inspelningen förrän tvisten är avgjord, och att inte använda den till något annat under tiden. Skicka mig också en kopia av inspelningen.

Vänliga hälsningar
Karin Johansson""",
         "Karin Johansson"),

        ("correction", ("access",),
         "Felaktig anteckning i min kundprofil",
         """Hej,

När jag ringde er förra veckan råkade kundtjänstmedarbetaren läsa upp en anteckning från ett tidigare samtal: "kund hotfull, avsluta samtalet vid behov". Det stämmer inte alls. Jag var irriterad över en försenad leverans, men jag har aldrig hotat någon.

Jag vill att anteckningen rättas, eftersom den är felaktig. Jag vill också få se vilka andra anteckningar ni har om mig i kundregistret.

Anders Nilsson
kundkort 6120 3348 7705""",
         "Anders Nilsson"),

        ("objection", (),
         "Invändning mot inspelning och kvalitetsanalys",
         """Hej!

Jag ringer er kundtjänst ganska ofta eftersom jag sköter beställningarna åt min mamma, och varje gång får jag höra att samtalet spelas in. Av er integritetspolicy förstår jag att ni gör det med stöd av ert "berättigade intresse" och att inspelningarna dessutom analyseras automatiskt för kvalitetsuppföljning.

Det motsätter jag mig. Spela inte in mina samtal framöver och använd inte mina samtal i era analyser.

Lena Berg""",
         "Lena Berg"),

        ("withdraw_consent", ("deletion",),
         "Sluta be mig recensera saker",
         """Hej,

Efter varje köp får jag en recensionsinbjudan och sedan två påminnelser, och mejlen kommer från någon recensionsplattform, inte från er. Jag vill inte ha fler sådana – inga inbjudningar, inga påminnelser.

Jag vill också att ni ser till att min mejladress raderas hos den där plattformen. Jag har aldrig själv gett dem den.

/Sofia Eklund""",
         "Sofia Eklund"),

        ("complaint", ("deletion",),
         "Tredje gången jag frågar",
         """Hej,

Den 15 oktober ringde jag er kundtjänst och bad er radera inspelningarna av mina samtal och chattloggarna från min reklamation. Handläggaren sa att det skulle skickas vidare till "dataskyddsteamet". Den 29 oktober skrev jag i chatten och frågade hur det gick – inget svar. Nu har det gått mer än tre veckor.

Jag förväntar mig att raderingen blir gjord och att jag får en bekräftelse inom en vecka. Annars anmäler jag er till IMY, eller vilken myndighet det nu är som gäller i Belgien.

Gustav Åberg""",
         "Gustav Åberg"),

        ("portability", (),
         "Min chatt- och ärendehistorik som fil",
         """Hej,

Kan jag få ut hela min ärendehistorik hos er – alla ärenden, chattar och mejlväxlingar med kundtjänst – som en fil i ett maskinläsbart format, typ CSV eller JSON? Jag har en pågående tvist med försäkringsbolaget om en vattenskada och vill kunna lämna över allt till dem i ett format som de kan läsa in.

Tack på förhand
Helena Forsberg""",
         "Helena Forsberg"),

        ("other", (),
         "Öppettider kundtjänst",
         """Hej! Vilka telefontider har kundtjänsten under jul och nyår? Jag försökte ringa i söndags men då var det stängt. Har ni chatten öppen på helgerna?

Johan Holm""",
         "Johan Holm"),

        ("other", (),
         "Återbetalning och ett otrevligt samtal",
         """Hej,

Jag lämnade tillbaka ett par hörlurar i er butik den 10 oktober (kvitto nr 0047-2281) och har fortfarande inte fått pengarna. När jag ringde igår sa kvinnan i telefon att "det är inte mitt problem" och kopplade mig till en kö som sedan bröts.

Jag vill bara ha mina 129 euro tillbaka. Kan någon titta på det?

Maria Lundgren""",
         "Maria Lundgren"),

        ("other", (),
         "Radera dubblettärende",
         """Hej, ni kan ta bort ärende 2026-11-0832, jag skickade samma sak två gånger av misstag. Det gäller den trasiga lampskärmen, allt står i 2026-11-0831.

Olle""",
         "Olle Sandberg"),
    ],

    "ro": [
        ("access", (),
         "Înregistrarea apelului din 12 octombrie",
         """Bună ziua,

Pe 12 octombrie, în jurul orei 11, am sunat la serviciul dumneavoastră de relații cu clienții în legătură cu comanda nr. 2026-47205. La începutul apelului am fost informat că acesta poate fi înregistrat.

Vă rog să-mi trimiteți o copie a înregistrării acelui apel și să-mi spuneți cât timp păstrați astfel de înregistrări. Am sunat de pe numărul +32 470 55 81 19.

Mulțumesc,
Andrei Popescu""",
         "Andrei Popescu"),

        ("complaint", ("access",),
         "De ce are o firmă de service datele mele?",
         """Bună ziua,

Am deschis un tichet pentru o mașină de spălat defectă (tichet #61184). Ieri m-a sunat cineva de la o firmă de service de care nu auzisem niciodată și mi-a citit din „mesajele mele către magazin” – avea tot firul de discuție, cu adresa mea, numărul de telefon și chiar poza cu bonul fiscal pe care o atașasem.

Nu mi-a cerut nimeni acordul pentru așa ceva și nici nu m-a anunțat. Sunt foarte nemulțumită de felul în care ați tratat datele mele.

Vă rog să-mi spuneți exact ce date ați trimis acestei firme, când și cui, și dacă mai există și alte firme care au primit datele mele.

Elena Ionescu""",
         "Elena Ionescu"),

        ("objection", ("deletion",),
         "Nu sunt de acord cu folosirea conversațiilor mele pentru chatbot",
         """Bună ziua,

Am văzut în aplicație un mesaj că „conversațiile cu asistentul virtual pot fi folosite pentru a-l îmbunătăți”. Nu doresc ca discuțiile mele cu chatul dumneavoastră să fie folosite pentru antrenarea chatbotului sau pentru analize de calitate. Mă opun acestei prelucrări.

Și, dacă tot am ajuns aici, vă rog să ștergeți conversațiile mele vechi din chat, nu mai au niciun rost.

Cu stimă,
Mihai Dumitru""",
         "Mihai Dumitru"),

        ("withdraw_consent", (),
         "Mesaje WhatsApp",
         """Bună,
vă rog nu-mi mai trimiteți mesaje pe WhatsApp și SMS după fiecare comandă („Cum a fost experiența ta?” etc.). Îmi retrag acordul pentru astfel de mesaje.
Mersi,
Ioana Stan""",
         "Ioana Stan"),

        ("deletion", (),
         "Ștergerea conversației din chat",
         """Bună ziua,

Săptămâna trecută am vorbit pe chat cu un agent despre o saltea ortopedică și, ca să primesc o recomandare potrivită, am scris destul de multe despre problemele mele de spate și despre o operație pe care am avut-o. Acum regret.

Vă rog să ștergeți transcrierea acestei conversații și orice notă legată de ea. Nu vreau ca aceste informații despre sănătatea mea să rămână la dumneavoastră.

Mulțumesc,
Cristina Munteanu""",
         "Cristina Munteanu"),

        ("correction", (),
         "Data nașterii greșită",
         """Bună ziua,

La verificarea identității pe chat mi s-a cerut data nașterii, iar agentul mi-a spus că „nu se potrivește cu ce avem noi”. Se pare că în profilul meu de client figurează 03.07.1985, dar data corectă este 07.03.1985 – probabil s-au inversat ziua și luna când m-am înscris pentru cardul de fidelitate.

Vă rog să corectați data. Card de fidelitate nr. 5502 1197 8864.

Gabriel Rusu""",
         "Gabriel Rusu"),

        ("restriction", (),
         "Vă rog să păstrați înregistrarea apelului",
         """Bună ziua,

Am o neînțelegere cu magazinul dumneavoastră legată de garanția unei biciclete electrice. Pe 30 octombrie, la telefon, un coleg de-al dumneavoastră mi-a confirmat că bateria este inclusă în garanția extinsă, iar acum mi se spune altceva.

Vă rog să nu ștergeți înregistrarea acestui apel până când se lămurește disputa, chiar dacă termenul obișnuit de păstrare expiră între timp, și să nu o folosiți în alt scop până atunci. Am nevoie de ea ca dovadă.

Cu respect,
Adrian Constantin""",
         "Adrian Constantin"),

        ("other", (),
         "Vă rog să mă sunați înapoi",
         """Bună ziua,

Am comanda 2026-52291 (canapea extensibilă), livrarea era programată pentru marți, dar n-a venit nimeni și n-am primit niciun mesaj. Vă rog să mă sunați înapoi la 0470 63 28 14 ca să stabilim o nouă dată. Sunt disponibilă după ora 16.

Mulțumesc,
Raluca Georgescu""",
         "Raluca Georgescu"),

        ("other", (),
         "Mulțumiri pentru colegul dvs. de la service",
         """Bună ziua,

Vreau doar să-i mulțumesc colegului dumneavoastră de la ghișeul de service din magazinul din Anderlecht (cred că îl cheamă Karim). Mi-a recuperat toate pozele de pe telefonul care nu mai pornea, deși nu era obligat, și mi-a explicat cum să fac backup ca să nu-mi mai pierd datele pe viitor. Foarte amabil.

Florin Matei""",
         "Florin Matei"),

        ("other", (),
         "45 de minute în așteptare",
         """Bună ziua,

Ieri am stat 45 de minute la telefon ascultând același mesaj („Convorbirea poate fi înregistrată... vă rugăm să așteptați”) și apoi s-a închis singur. Voiam doar să aflu când primesc banii pentru returul din 16 octombrie (comanda 2026-45530).

Nu se poate face ceva cu timpul ăsta de așteptare? Și, până la urmă, când primesc banii?

Diana Stoica""",
         "Diana Stoica"),
    ],

    "el": [
        ("portability", (),
         "Ιστορικό συνομιλιών σε αρχείο",
         """Καλησπέρα σας,

Θα ήθελα να μου στείλετε όλο το ιστορικό των συνομιλιών μου με την εξυπηρέτηση πελατών (chat στην εφαρμογή, WhatsApp και τα αιτήματα/tickets) σε μηχαναγνώσιμη μορφή, π.χ. JSON ή CSV. Θέλω να το μεταφέρω σε μια άλλη πλατφόρμα που χρησιμοποιώ για τις εγγυήσεις των συσκευών μου.

Ευχαριστώ,
Γιώργος Παπαδόπουλος""",
         "Γιώργος Παπαδόπουλος"),

        ("deletion", ("withdraw_consent",),
         "Διαγραφή της κριτικής μου",
         """Γεια σας,

Πριν από δύο μήνες έγραψα μια κριτική για μια φριτέζα αέρος, επειδή μου το ζητήσατε με email. Τώρα βλέπω ότι εμφανίζεται με το ονοματεπώνυμό μου και την πόλη μου. Παρακαλώ διαγράψτε την κριτική.

Και σταματήστε να μου στέλνετε προσκλήσεις και υπενθυμίσεις για κριτικές μετά από κάθε αγορά, δεν τις θέλω.

Ελένη Γεωργίου""",
         "Ελένη Γεωργίου"),

        ("access", (),
         "Ποιος πήρε το email μου για τις κριτικές;",
         """Καλημέρα,

Μετά την παραγγελία μου (2026-49962) έλαβα email για αξιολόγηση όχι από εσάς, αλλά από μια εξωτερική πλατφόρμα κριτικών. Θα ήθελα να μάθω σε ποιες εταιρείες έχετε δώσει τη διεύθυνση email μου και τα υπόλοιπα στοιχεία μου, για ποιον σκοπό και για πόσο καιρό τα κρατάνε.

Ευχαριστώ,
Νίκος Κωνσταντίνου""",
         "Νίκος Κωνσταντίνου"),

        ("withdraw_consent", ("objection",),
         "Έρευνες ικανοποίησης",
         """Καλησπέρα,

Μετά από κάθε κλήση στο τηλεφωνικό σας κέντρο με παίρνει τηλέφωνο ένα αυτόματο σύστημα για έρευνα ικανοποίησης. Δεν θέλω να δέχομαι πλέον τέτοιες κλήσεις – ανακαλώ τη συγκατάθεσή μου, αν την έδωσα ποτέ.

Επίσης αντιτίθεμαι στη χρήση των ηχογραφήσεων των κλήσεών μου για αναλύσεις ποιότητας ή για την εκπαίδευση του προσωπικού σας.

Κατερίνα Δημητρίου""",
         "Κατερίνα Δημητρίου"),

        ("complaint", (),
         "Διάβασαν δυνατά τα στοιχεία μου μπροστά σε όλη την ουρά",
         """Καλησπέρα σας,

Το Σάββατο 7 Νοεμβρίου πήγα στο γκισέ εξυπηρέτησης του καταστήματός σας στις Βρυξέλλες για να παραλάβω μια επιστροφή. Ο υπάλληλος διάβασε δυνατά, μπροστά σε μια ουρά τουλάχιστον δέκα ατόμων, το ονοματεπώνυμό μου, τη διεύθυνσή μου, το τηλέφωνό μου και –το χειρότερο– τι είχα παραγγείλει, που ήταν ένα ιατρικό προϊόν. Του ζήτησα να χαμηλώσει τη φωνή του και μου απάντησε ότι «έτσι γίνεται η επιβεβαίωση».

Αυτό δεν είναι επιβεβαίωση, είναι δημοσιοποίηση των προσωπικών μου δεδομένων. Είμαι πολύ δυσαρεστημένη και περιμένω να μου πείτε τι θα κάνετε ώστε να μην ξανασυμβεί, σε μένα ή σε κάποιον άλλον.

Ευαγγελία Αλεξίου""",
         "Ευαγγελία Αλεξίου"),

        ("correction", (),
         "Λάθος email στο προφίλ μου",
         """Γεια σας,

Δεν λαμβάνω τις απαντήσεις στα αιτήματά μου και σήμερα στο τηλέφωνο μου είπαν ότι στο προφίλ μου είναι καταχωρισμένο το sofia.nikolaou@gmial.com – με λάθος στο «gmail». Μάλλον έγινε λάθος όταν το πληκτρολόγησε ο υπάλληλος στο κατάστημα.

Παρακαλώ διορθώστε το στη διεύθυνση από την οποία σας γράφω τώρα.

Σοφία Νικολάου""",
         "Σοφία Νικολάου"),

        ("objection", (),
         "Χρήση των συνομιλιών μου για διαφήμιση",
         """Καλημέρα σας,

Από τότε που μίλησα με την εξυπηρέτηση πελατών για ένα πρόβλημα με την καφετιέρα μου, βλέπω στην εφαρμογή και παίρνω email με «εξατομικευμένες προσφορές» για καφετιέρες και κάψουλες. Προφανώς χρησιμοποιείτε όσα γράφω στο chat για να μου στοχεύετε διαφημίσεις.

Δεν συμφωνώ καθόλου. Αντιτίθεμαι στη χρήση των συνομιλιών μου με την εξυπηρέτηση πελατών για τη δημιουργία προφίλ και για διαφημιστικούς σκοπούς.

Με εκτίμηση,
Αντώνης Βασιλείου""",
         "Αντώνης Βασιλείου"),

        ("other", (),
         "Ωράριο τηλεφωνικού κέντρου",
         """Καλησπέρα, ποιες ώρες λειτουργεί το τηλεφωνικό κέντρο εξυπηρέτησης; Πήρα δύο φορές το απόγευμα και άκουσα μόνο ένα ηχογραφημένο μήνυμα. Μπορώ να μιλήσω με κάποιον στα αγγλικά ή στα γαλλικά, γιατί δεν μιλάω ολλανδικά;

Ευχαριστώ,
Χρήστος Ιωάννου""",
         "Χρήστος Ιωάννου"),

        ("other", (),
         "Επιστροφή χρημάτων – ακόμα τίποτα",
         """Καλημέρα,

Στις 12 Οκτωβρίου επέστρεψα μια ηλεκτρική σκούπα (παραγγελία 2026-46671). Ο υπάλληλος στο τηλέφωνο μου είπε ότι τα χρήματα θα επιστραφούν σε 5–7 εργάσιμες. Έχουν περάσει σχεδόν τέσσερις εβδομάδες. Κάθε φορά που τηλεφωνώ μου λένε «το αίτημά σας έχει καταχωριστεί».

Πότε θα πάρω πίσω τα 189 ευρώ μου;

Μαρία Σταυροπούλου""",
         "Μαρία Σταυροπούλου"),

        ("other", (),
         "Τι στοιχεία χρειάζεστε για την επιστροφή;",
         """Γεια σας,

Η καρέκλα γραφείου που παρέλαβα (παραγγελία 2026-51208) έχει σπασμένη ρόδα. Στο chat μου είπαν να στείλω με email φωτογραφία και «τα στοιχεία της παραγγελίας», αλλά δεν μου διευκρίνισαν ποια ακριβώς. Αρκεί ο αριθμός παραγγελίας και η φωτογραφία ή χρειάζεστε και την απόδειξη;

Ευχαριστώ,
Παναγιώτης Σταύρου""",
         "Παναγιώτης Σταύρου"),
    ],

    "bg": [
        ("restriction", (),
         "Оспорвам бележка в профила ми",
         """Здравейте,

При последното ми обаждане до вашия кол център служителката спомена, че в профила ми пише, че „многократно връща стоки с признаци на употреба“. Това не е вярно – върнал съм един-единствен продукт, и то неразопакован.

Оспорвам точността на тази бележка. Докато проверявате, моля, не я използвайте по никакъв начин – нито при решения по мои рекламации и връщания, нито за каквото и да е друго – и я отбележете като оспорена.

Поздрави,
Иван Петров""",
         "Иван Петров"),

        ("access", ("correction",),
         "Какви данни имате за мен?",
         """Здравейте,

Искам да знам какви лични данни пазите за мен в клиентската си система – профил, бележки на служители, записи на разговори, чатове. Моля, изпратете ми копие.

Освен това забелязах, че в имейлите от системата за запитвания ме наричате „Мария Георгиев“. Фамилията ми е Георгиева – моля, поправете я.

Благодаря,
Мария Георгиева""",
         "Мария Георгиева"),

        ("complaint", ("deletion",),
         "Публикувахте отзива ми с пълното ми име без разрешение",
         """Здравейте,

Преди месец попълних анкетата ви след покупка и написах няколко думи за доставката. Не съм давал съгласие това да се публикува, а днес виждам отзива си на сайта ви с пълното си име и града, в който живея. Под него има и ваш отговор, в който се споменава номерът на поръчката ми и какво съм купил.

Това е недопустимо. Моля, изтрийте незабавно отзива и вашия отговор.

Николай Димитров""",
         "Николай Димитров"),

        ("deletion", (),
         "Снимка на лична карта в запитване",
         """Здравейте,

При рекламацията на телевизора (запитване № 20261044) ми поискахте снимка на личната карта и я изпратих като прикачен файл. Случаят вече е приключен. Моля, изтрийте снимката на личната ми карта от системата си и ми потвърдете, когато го направите.

Поздрави,
Елена Стоянова""",
         "Елена Стоянова"),

        ("withdraw_consent", (),
         "спрете съобщенията в WhatsApp",
         """Здравейте, моля спрете да ми пращате съобщения в WhatsApp и SMS след всяко обаждане до обслужването на клиенти. Не желая повече такива съобщения – оттеглям съгласието си.

Георги Иванов""",
         "Георги Иванов"),

        ("objection", (),
         "Възразявам срещу анализа на разговорите ми",
         """Здравейте,

От политиката ви за поверителност разбрах, че записите на обажданията и чатовете с клиенти се анализират автоматично („анализ на настроението“) и се използват за обучение на чатбота ви.

Възразявам срещу използването на моите разговори за тези цели. Не искам разговорите ми да се ползват за обучение на какъвто и да е модел или за каквито и да е анализи.

Десислава Тодорова""",
         "Десислава Тодорова"),

        ("portability", (),
         "Историята на запитванията ми в CSV",
         """Здравейте,

Бих искал да получа цялата история на моите запитвания и разговорите в чата с вас в машинночетим формат (CSV или JSON). Ако е възможно, изпратете я директно на адвоката ми, който води спора с производителя на пералнята: kantora@petkov-law.example.bg.

Стефан Николов""",
         "Стефан Николов"),

        ("other", (),
         "Благодарност",
         """Здравейте,

Искам да благодаря на служителката от чата (подписа се като Вяра), която вчера ми помогна да сменя адреса за доставка на поръчка, която вече беше изпратена. Беше изключително любезна и бърза. Моля, предайте ѝ благодарността ми!

Петя Колева""",
         "Петя Колева"),

        ("other", (),
         "Моля, обадете ми се",
         """Здравейте,

Поръчката ми 2026-55407 (хладилник) трябваше да бъде доставена вчера, но никой не дойде. Звънях три пъти на горещата линия, но все ме прехвърляха. Моля, някой да ми се обади на 0488 21 47 93, за да уговорим нова дата.

Калин Ангелов""",
         "Калин Ангелов"),

        ("other", (),
         "Спрете поръчка 2026-57118",
         """Здравейте,

Моля, спрете поръчка 2026-57118 (детско столче за кола), ако още не е изпратена – купих същото в магазина ви в Антверпен. По телефона ми казаха да пиша тук, понеже чатът не работи. Ако вече е тръгнала, ще я върна.

Благодаря,
Росица Василева""",
         "Росица Василева"),
    ],
}

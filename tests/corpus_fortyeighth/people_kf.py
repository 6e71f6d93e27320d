"""Forty-eighth set, mail from applicants, staff, temps and former staff of the shop as employer (pl cs hr sv ro el bg). Written apart from the rules (see make_fortyeighth.py)."""

PEOPLE_KF = {
    "pl": [
        ("access", (),
         "Wniosek o kopię akt osobowych",
         """Dzień dobry,

pracowałem w Państwa centrum dystrybucyjnym w Willebroek od marca 2024 do końca września 2026 jako operator wózka widłowego.

Na podstawie art. 15 RODO proszę o kopię wszystkich moich danych osobowych, które Państwo przechowują, w szczególności:
- akt osobowych, łącznie z ocenami okresowymi i notatkami kierownika zmiany,
- notatek z rozmowy końcowej (exit interview) z 25 września,
- informacji, komu moje dane zostały przekazane (biuro płacowe, ubezpieczyciel, ktoś jeszcze?) i jak długo będą przechowywane.

Odpowiedź proszę przesłać na ten adres e-mail.

Z poważaniem
Tomasz Wójcik""",
         "Tomasz Wójcik"),

        ("deletion", ("withdraw_consent",),
         "CV – prośba o usunięcie",
         """Dzień dobry,
w sierpniu aplikowałam na stanowisko doradczyni klienta w sklepie w Antwerpii i dostałam odmowę (szkoda, ale trudno). Proszę o usunięcie mojego CV i listu motywacyjnego z Państwa bazy kandydatów, nie chcę, żeby leżały u Was "na przyszłość".

I przy okazji proszę wypisać mnie z maili z nowymi ofertami pracy, które od tamtej pory przychodzą co tydzień.

Pozdrawiam
Karolina Zielińska""",
         "Karolina Zielińska"),

        ("correction", (),
         "Błędne nazwisko i data urodzenia w systemie",
         """Cześć,

od lipca nazywam się Nowak-Kaczmarek (ślub), a w aplikacji dla pracowników, na plakietce z imieniem i na liście zmian dalej figuruję jako Magdalena Kaczmarek. Na dodatek w kadrach mam datę urodzenia 03.11.1994 zamiast 11.03.1994 – chyba ktoś pomylił format daty.

Proszę o poprawienie obu rzeczy. Jeśli trzeba, mogę dosłać skan aktu małżeństwa.

Dziękuję,
Magda Nowak-Kaczmarek
sklep Leuven""",
         "Magdalena Nowak-Kaczmarek"),

        ("portability", (),
         "Ewidencja czasu pracy i paski płacowe w pliku",
         """Dzień dobry,

do 31 października byłem zatrudniony w magazynie w Willebroek (nr pracownika 40233).

Chciałbym dostać swoje dane z rejestratora czasu pracy (wszystkie odbicia wejścia i wyjścia od stycznia 2025) oraz paski wynagrodzeń za ten sam okres w formie pliku, który da się otworzyć w Excelu – CSV albo XLSX. Skany w PDF mi nie pomogą, bo chcę to zaimportować do programu, w którym prowadzi moje rozliczenia księgowa w Polsce.

O ile wiem, RODO daje mi prawo do przeniesienia danych, więc liczę na odpowiedź w ustawowym terminie.

Pozdrawiam
Paweł Dąbrowski""",
         "Paweł Dąbrowski"),

        ("restriction", ("access",),
         "Nagrania z kamery – kasa 3, 14.10",
         """Dzień dobry,

14 października w sklepie w Mechelen zabrakło w mojej kasie 150 euro. Kierownik twierdzi, że to moja wina i chce mi to potrącić z pensji, a ja uważam, że pieniądze zniknęły przy wymianie szuflady, kiedy już nie stałam przy kasie.

Wiem, że nagrania z kamer są u Was kasowane po 30 dniach. Bardzo proszę, żeby nagrania z kamery nad kasą nr 3 z 14.10 (mniej więcej od 13:00 do 17:00) NIE zostały skasowane, dopóki sprawa się nie wyjaśni, i żeby w międzyczasie nikt ich nie wykorzystywał do niczego innego. Chciałabym też dostać kopię tego nagrania albo przynajmniej móc je obejrzeć.

Z góry dziękuję
Agnieszka Lewandowska
kasjerka, sklep Mechelen""",
         "Agnieszka Lewandowska"),

        ("objection", (),
         "sprzeciw – ranking wydajności ze skanerów",
         """Dzień dobry,

pracuję na kompletacji w centrum dystrybucyjnym w Willebroek. Od września skanery ręczne liczą każdemu z nas "picks per hour" i czas bez skanowania, a na ekranie przy wejściu na halę codziennie wisi ranking z imionami i nazwiskami. Kto jest na dole, ma rozmowę z team leaderem.

Zgłaszam sprzeciw wobec takiego przetwarzania moich danych, czyli śledzenia mojej wydajności minuta po minucie i pokazywania jej całej hali. Rozumiem, że skaner musi rejestrować, co zostało zebrane z regału, ale ocenianie mnie w ten sposób to zupełnie co innego.

Proszę o informację, co z tym zrobicie.

Marek Kowalczyk
nr pracownika 40817""",
         "Marek Kowalczyk"),

        ("complaint", ("deletion",),
         "Moje zwolnienie lekarskie na grupie WhatsApp",
         """Dzień dobry,

piszę, bo jestem naprawdę wściekła. W zeszły poniedziałek wysłałam kierownikowi zmiany zdjęcie mojego zwolnienia lekarskiego, tak jak zawsze kazano nam robić. On wrzucił je na grupę WhatsApp naszej zmiany ("Gent – poranna") z komentarzem "Ewa znowu chora, kto ją zastąpi?". Na zwolnieniu widać pieczątkę mojej lekarki, która jest psychiatrą. W grupie są 23 osoby.

Uważam, że to poważne naruszenie mojej prywatności i chcę, żeby ktoś się tym zajął, a nie zamiótł sprawę pod dywan. Żądam też, żeby to zdjęcie zostało usunięte z grupy i z telefonu kierownika.

Ewa Szymańska""",
         "Ewa Szymańska"),

        ("other", (),
         "Aplikacja na stanowisko magazyniera",
         """Dzień dobry,

w odpowiedzi na ogłoszenie na Państwa stronie (magazynier – zmiana nocna, Willebroek) przesyłam w załączniku moje CV. Mam uprawnienia na wózki widłowe i trzy lata doświadczenia w magazynie w Holandii. Mówię po polsku, angielsku i trochę po niderlandzku.

Jestem dostępny od zaraz.

Z poważaniem
Krzysztof Mazur
+32 470 12 34 56""",
         "Krzysztof Mazur"),

        ("other", (),
         "grafik sobota 7.11",
         """Cześć,
zamieniłam się z Olą na sobotę 7 listopada (ona bierze moją ranną, ja jej popołudniową), kierowniczka się zgodziła. Tylko aplikacja nie daje mi usunąć mojej zmiany z grafiku, cały czas wyskakuje "błąd synchronizacji danych". Możecie to zmienić ręcznie albo przekazać osobie od grafików? Nie wiem, do kogo z tym pisać, ten adres znalazłam w aplikacji.
Dzięki!
Natalia Wróbel""",
         "Natalia Wróbel"),

        ("other", (),
         "Oferta pracy – doradca klienta, Bruksela",
         """Dzień dobry, czy ogłoszenie na doradcę klienta w sklepie przy Rue Neuve jest jeszcze aktualne? Na stronie jest data ważności 31.10, ale ogłoszenie nadal wisi. Jeśli tak, to czy mogę wysłać CV po angielsku, czy musi być po francusku?

Pozdrawiam, Julia Kamińska""",
         "Julia Kamińska"),
    ],

    "cs": [
        ("access", (),
         "Žádost o poznámky z pohovoru a výsledky testu",
         """Dobrý den,

3. října jsem absolvovala výběrové řízení na pozici Category Manager ve vaší centrále v Antverpách. Jeho součástí byl online osobnostní test a pohovor se dvěma lidmi z HR, kteří si během rozhovoru dělali poznámky do notebooku. Minulý týden mi přišlo zamítnutí bez jakéhokoli zdůvodnění.

Podle článku 15 GDPR vás žádám o:
1. kopii poznámek z pohovoru,
2. výsledky osobnostního testu včetně toho, jak byly vyhodnoceny (profil, skóre),
3. informaci, jak dlouho budete moje údaje z výběrového řízení uchovávat.

Děkuji a přeji hezký den
Lucie Procházková""",
         "Lucie Procházková"),

        ("deletion", (),
         "otisky prstů + účet v aplikaci",
         """Dobrý den,
od 30. září už u vás nepracuji (prodejna Hasselt). Při nástupu mi sejmuli otisk prstu do docházkového terminálu, prosím o vymazání mých otisků z toho systému, už je k ničemu nepotřebujete.

A kamarádka mi říkala, že můj zaměstnanecký účet v aplikaci je pořád aktivní a vidí mě v seznamu lidí na směny, tak ten prosím taky zrušte a smažte.

Díky
Jakub Dvořák""",
         "Jakub Dvořák"),

        ("withdraw_consent", ("deletion",),
         "Odvolání souhlasu – fotka na webu",
         """Dobrý den,

loni v květnu jsem podepsala souhlas s tím, že moje fotka (u regálu s kávou, se jmenovkou) může být použita na vaší kariérní stránce a v interním zpravodaji. Tento souhlas tímto odvolávám. Mezitím jsem změnila práci a nechci, aby moje tvář dál lákala lidi k vám.

Prosím o odstranění fotky ze stránky Kariéra a ze všech dalších míst, kde ji používáte.

S pozdravem
Tereza Němcová""",
         "Tereza Němcová"),

        ("portability", (),
         "Výplatní pásky a docházka ve formátu CSV/XML",
         """Dobrý den,

v rámci práva na přenositelnost údajů (čl. 20 GDPR) bych chtěl dostat:
- své výplatní pásky za roky 2024–2026,
- záznamy z docházkového systému (příchody, odchody, přesčasy) za stejné období,

a to ve strojově čitelném formátu, ideálně CSV nebo XML. PDF nestačí, data si chci nahrát do aplikace, ve které si vedu podklady k daňovému přiznání.

Pracuji ve skladu ve Willebroeku, osobní číslo 38221.

Děkuji
Ondřej Kučera""",
         "Ondřej Kučera"),

        ("restriction", (),
         "Písemné napomenutí – pan Martin Pokorný",
         """Vážení,

píši jako odborová zástupkyně za pana Martina Pokorného, prodavače v prodejně Gent-Zuid, který mě k tomu písemně zmocnil (plná moc v příloze).

Dne 12. října 2026 bylo panu Pokornému uděleno písemné napomenutí kvůli údajným pozdním příchodům a bylo založeno do jeho osobního spisu. Pan Pokorný napomenutí rozporuje, protože v uvedené dny měl podle rozpisu směn volno. Věc je nyní předmětem vnitřního přezkumu.

Žádáme proto, aby do ukončení přezkumu nebylo napomenutí nijak používáno – zejména ne při hodnocení, při rozhodování o prodloužení smlouvy ani při přidělování směn – a aby bylo ve spisu označeno jako sporné. Jeho výmaz zatím nežádáme, o tom rozhodne výsledek přezkumu.

S pozdravem
Jana Svobodová
odborová zástupkyně""",
         "Jana Svobodová"),

        ("objection", ("deletion",),
         "Váš nábor přes LinkedIn",
         """Dobrý den,

minulý týden mi na LinkedInu napsala vaše recruiterka, že mě "máte v databázi kandidátů" a že by mi ráda nabídla pozici vedoucího skladu. Nikdy jsem se k vám nehlásil, takže předpokládám, že jste si můj profil prostě stáhli.

Proti zpracování mých údajů pro váš nábor vznáším námitku. Vymažte mě prosím z databáze kandidátů a dál mě neoslovujte.

Petr Veselý""",
         "Petr Veselý"),

        ("complaint", ("access",),
         "DRUHÁ ŽÁDOST – kopie osobního spisu",
         """Dobrý den,

dne 18. září 2026 jsem vám na tuto adresu poslala žádost o kopii svého osobního spisu (pracovala jsem na zákaznické lince v Bruselu do srpna). Dodnes jsem nedostala žádnou odpověď, dokonce ani potvrzení o přijetí. Měsíční lhůta podle GDPR už uplynula.

Znovu tedy žádám o kopii všech osobních údajů, které o mně vedete, včetně hodnocení a zápisu z výstupního pohovoru. Pokud neodpovíte do 14 dnů, podám stížnost u belgického úřadu pro ochranu osobních údajů (Gegevensbeschermingsautoriteit).

Eva Marková""",
         "Eva Marková"),

        ("other", (),
         "Přihláška – prodavačka, Leuven",
         """Dobrý den,
reaguji na váš inzerát na pozici prodavačky na částečný úvazek v Lovani. V příloze posílám životopis. Studuji tady ekonomii, mluvím česky, anglicky a nizozemsky na úrovni B2 a mám zkušenosti z brigády v drogerii. Můžu pracovat o víkendech a ve středu odpoledne.

Budu ráda, když se mi ozvete.
Kateřina Horáková""",
         "Kateřina Horáková"),

        ("other", (),
         "Chybí přesčasy na výplatní pásce",
         """Ahoj, na říjnové výplatní pásce mi chybí přesčasy z 22. a 23. 10. (celkem 5 hodin). V docházce je mám zapsané, data v systému tedy sedí, jen se asi nepropsala do výplaty. Můžete to přeposlat na mzdovou účtárnu? Nevím, kam přesně s tím.

Díky, Tomáš Černý, sklad Willebroek""",
         "Tomáš Černý"),

        ("other", (),
         "Je pozice ještě volná?",
         """Dobrý den,
chtěla bych se zeptat, jestli je ještě volné místo na zákaznické podpoře (česky/slovensky mluvící operátor). Inzerát jsem viděla na Profesii a pak zmizel, tak nevím, jestli jste ho smazali, protože už máte obsazeno. Pokud ne, ráda pošlu životopis.

Zdraví
Alena Benešová""",
         "Alena Benešová"),
    ],

    "hr": [
        ("access", (),
         "Koje ste podatke dobili od mog bivšeg poslodavca?",
         """Poštovani,

prije dva tjedna bio sam na razgovoru za posao voditelja smjene u vašem skladištu u Willebroeku. Na razgovoru se nije spominjalo da ćete tražiti preporuke, ali moj bivši šef iz Zagreba javio mi je da ga je netko od vas nazvao i raspitivao se o meni.

Ne pišem da bih se žalio, samo želim znati na čemu sam: koje ste podatke o meni dobili od njega ili od bilo koga drugoga osim mene, što je zapisano i gdje se to sada čuva. Molim vas da mi pošaljete kopiju tih bilješki.

Lijep pozdrav,
Ivan Horvat""",
         "Ivan Horvat"),

        ("deletion", (),
         "Moje slike na Facebooku",
         """Bok,
ne radim više u vašoj trgovini u Gentu od lipnja, a na Facebook i Instagram stranici trgovine još uvijek su slike s božićne akcije i s dana otvorenih vrata na kojima sam ja. Molim vas da ih maknete, tj. obrišete te objave ili barem slike na kojima se vidim.
Hvala,
Ana Kovačević""",
         "Ana Kovačević"),

        ("correction", (),
         "Pogrešan datum početka rada i naziv radnog mjesta",
         """Poštovani,

u potvrdi o zaposlenju koju sam tražila za banku primijetila sam dvije greške u vašoj evidenciji:

- kao datum početka rada navedeno je 1. 9. 2024., a ja kod vas radim od 1. 4. 2024. (ugovor vam mogu poslati);
- kao radno mjesto piše "prodavačica", a od ožujka 2026. ja sam zamjenica voditeljice trgovine (Leuven, Bondgenotenlaan).

Molim da se ti podaci isprave u mom dosjeu i u sustavu za obračun plaća.

Srdačno,
Marija Babić""",
         "Marija Babić"),

        ("withdraw_consent", (),
         "odjava",
         """Pozdrav, i dalje mi svaki tjedan stiže interni newsletter za zaposlenike ("Tjedne vijesti iz trgovina") i SMS-ovi sa slobodnim smjenama, a otišla sam od vas još u kolovozu. Molim vas odjavite me s toga, ne želim to više primati.
Petra Jurić""",
         "Petra Jurić"),

        ("restriction", ("access",),
         "Zahtjev za ograničenje obrade – g. Luka Novak",
         """Poštovani,

kao punomoćnik g. Luke Novaka, Vašeg bivšeg zaposlenika u skladištu u Willebroeku, obraćam Vam se u vezi sa sporom oko obračuna njegove posljednje plaće za rujan 2026. (neisplaćeni prekovremeni sati i noćni rad).

Budući da moj klijent osporava točnost obračuna, tražimo da se podaci iz sustava evidencije radnog vremena (registracije dolazaka i odlazaka, podaci skenera) te obračuni plaće za razdoblje od 1. srpnja do 30. rujna 2026. ne brišu, ne mijenjaju i ne koriste u druge svrhe do konačnog rješenja spora, bez obzira na Vaše uobičajene rokove čuvanja.

Istodobno tražimo da mom klijentu dostavite presliku tih podataka.

Punomoć prilažem.

S poštovanjem,
Dario Matić, odvjetnik""",
         "Dario Matić"),

        ("objection", (),
         "Kamera iznad blagajne",
         """Poštovani,

u trgovini u Hasseltu prošli je mjesec postavljena nova kamera koja nije usmjerena na blagajnu ni na kupce, nego ravno na nas blagajnice – snima nam lice cijelu smjenu, od 8 do 16 sati. Pitala sam voditelja zašto, rekao je "zbog sigurnosti".

Protivim se tome da me se na taj način snima cijelo radno vrijeme. Razumijem kamere zbog krađa, ali ovo je nadzor nada mnom, a ne nad blagajnom. Molim da se kamera preusmjeri ili da se snimke mene s te kamere ne koriste.

Lijep pozdrav,
Ivana Marić""",
         "Ivana Marić"),

        ("complaint", ("deletion",),
         "Moj životopis poslan drugoj tvrtki",
         """Poštovani,

u rujnu sam se prijavio na oglas za posao u vašoj nabavi. Nisam dobio posao, to je u redu. Ali prošli tjedan nazvala me jedna druga tvrtka, vaš dobavljač, i rekla da su moj životopis "dobili od vas" i da imaju mjesto za mene.

Nikada nisam pristao da se moj životopis šalje drugim tvrtkama. To smatram ozbiljnim kršenjem zaštite mojih podataka i ovime podnosim pritužbu. Također tražim da obrišete moj životopis i sve ostale moje podatke iz vaše baze kandidata.

Tomislav Knežević""",
         "Tomislav Knežević"),

        ("other", (),
         "Ispravak – prijava za posao skladištara",
         """Dobar dan,
jučer sam vam poslao prijavu za posao skladištara, ali sam greškom priložio stari životopis. Molim vas obrišite onaj mail i uzmite u obzir ovaj – u privitku je ispravan životopis s novim brojem telefona.
Hvala i oprostite na smetnji,
Josip Pavlović""",
         "Josip Pavlović"),

        ("other", (),
         "Godišnji odmor za Božić",
         """Bok,
može li mi netko reći do kada moramo predati zahtjeve za godišnji za prosinac? U aplikaciji ne vidim rok, a voditeljica je na bolovanju. Htjela bih uzeti od 21. 12. do 2. 1.
Hvala!
Nikolina Šarić, trgovina Antwerpen-Centrum""",
         "Nikolina Šarić"),

        ("other", (),
         "Platna lista za listopad",
         """Poštovani,

ne znam jesam li na pravoj adresi, ali u aplikaciji za zaposlenike ne mogu otvoriti platnu listu za listopad, javlja "datoteka nije dostupna". Ostale mjesece otvaram bez problema. Trebam je hitno za kredit u banci. Možete li ovo proslijediti nekome iz računovodstva ili IT-a?

Hvala,
Stjepan Vuković""",
         "Stjepan Vuković"),
    ],

    "sv": [
        ("access", (),
         "Vad sa ni om mig till min nya arbetsgivare?",
         """Hej,

jag slutade som butikssäljare hos er i Antwerpen i juni. I september sökte jag jobb på ett lager här i Belgien och de ringde er för referens. Jag fick inte jobbet, och rekryteraren antydde att "referensen inte var den bästa".

Jag vill därför veta exakt vad ni har sagt eller skickat om mig: vem som lämnade referensen, vilka uppgifter som lämnades ut och om det finns någon anteckning om samtalet i min personalakt. Jag begär också en kopia av hela min personalakt.

Tack på förhand,
Emma Lindqvist""",
         "Emma Lindqvist"),

        ("deletion", ("withdraw_consent",),
         "Ta bort mitt CV",
         """Hej!

När jag sökte jobbet som kundtjänstmedarbetare i våras kryssade jag i rutan att ni fick spara mitt CV i er "talangpool" i två år. Det vill jag inte längre, jag har fått fast jobb på annat håll. Jag återkallar alltså det samtycket och ber er radera mitt CV, mitt personliga brev och allt annat från ansökan.

Vänliga hälsningar
Johan Berg""",
         "Johan Berg"),

        ("portability", (),
         "Mina tidrapporter och lönespecar i maskinläsbart format",
         """Hej,

jag har jobbat deltid i er butik i Gent sedan januari 2025 och ska nu deklarera både i Belgien och i Sverige, vilket min redovisningsbyrå hjälper mig med.

Kan ni skicka mina uppgifter från tidstämplingssystemet (alla in- och utstämplingar) och mina lönespecifikationer för 2025 och 2026 i ett maskinläsbart format, t.ex. CSV eller Excel? Helst direkt till byrån: Nordström Redovisning AB, ekonomi@nordstromredovisning.example. Om det inte går kan ni skicka dem till mig, så vidarebefordrar jag.

Så vitt jag vet har jag rätt till det enligt artikel 20 i GDPR.

Mvh
Sara Nyström""",
         "Sara Nyström"),

        ("withdraw_consent", (),
         "Bilden i rekryteringsannonserna",
         """Hej,

2025 gav jag mitt samtycke till att ni fick använda en bild på mig i era rekryteringsannonser ("Jobba med oss på lagret!"). Jag jobbar fortfarande kvar, men jag vill inte längre att bilden används, så jag drar tillbaka mitt samtycke från och med nu.

Hälsningar
Oskar Holm, lagret i Willebroek""",
         "Oskar Holm"),

        ("restriction", (),
         "Spara min videointervju – pågående ärende",
         """Hej,

den 2 oktober gjorde jag en inspelad videointervju via er rekryteringsplattform för tjänsten som butikschef i Bryssel, och den 9 oktober en uppföljande intervju med er rekryterare. Under den andra intervjun fick jag frågan om jag "planerar att skaffa barn snart". Två dagar senare fick jag avslag.

Jag har anmält saken till det belgiska jämställdhetsinstitutet (Instituut voor de gelijkheid van vrouwen en mannen). Enligt er integritetspolicy raderas material från ansökningar sex månader efter avslutad rekrytering. Jag ber er att INTE radera videoinspelningen, rekryterarens anteckningar och bedömningen av mig förrän ärendet är avgjort, och att de under tiden inte används till något annat.

Med vänlig hälsning
Linnea Sjöberg""",
         "Linnea Sjöberg"),

        ("objection", ("withdraw_consent",),
         "Mina köp med personalkortet",
         """Hej,

butikschefen berättade häromdagen att hon i sitt system kan se vad var och en av oss handlar med personalrabattkortet, och att det används "för att se vem som är lojal mot företaget".

Jag motsätter mig att mina köp används på det sättet. Personalkortet ska ge mig rabatt i kassan, inte vara underlag för hur chefen bedömer mig.

Och när jag ändå skriver: jag vill inte heller få nyhetsbrevet "Personalerbjudanden" längre, avregistrera mig gärna.

/Fredrik Åberg, butiken i Leuven""",
         "Fredrik Åberg"),

        ("complaint", (),
         "Klagomål – min graviditet",
         """Hej,

den 5 oktober berättade jag i förtroende för min avdelningschef på huvudkontoret att jag är gravid, eftersom jag behövde gå på ultraljud på arbetstid. Jag bad uttryckligen att hon inte skulle säga något till någon förrän efter vecka 12.

Redan veckan därpå gratulerade tre kollegor mig, och en av dem sa att det "stod i teamchatten". Chefen hade alltså skrivit det i en gruppchatt med hela teamet, dessutom med ett datum för när jag "förmodligen går på mammaledighet".

Det här gäller min hälsa och mitt privatliv. Jag vill lämna in ett formellt klagomål och få veta vad ni tänker göra åt det.

Maria Eklund""",
         "Maria Eklund"),

        ("other", (),
         "Nytt kontonummer för lönen",
         """Hej,
jag har bytt bank och vill att lönen från och med november sätts in på mitt nya konto: BE71 0961 2345 6769. Kan ni uppdatera mina uppgifter, eller skicka vidare till lön/HR om jag har skrivit till fel adress? Jag hittade ingen annan mejladress på intranätet.
Tack!
Elin Karlsson, kundtjänst""",
         "Elin Karlsson"),

        ("other", (),
         "byta pass söndag",
         """Hej, är det ni som sköter schemat? Jag och Alva vill byta pass på söndag 15/11, jag tar hennes kvällspass och hon mitt morgonpass. Butikschefen säger ok men ingen av oss kan ändra i appen.
/Ebba Lund, Leuven""",
         "Ebba Lund"),

        ("other", (),
         "Ansökan – Data Analyst (ref. 2026-114)",
         """Hej,

jag vill söka tjänsten som Data Analyst på ert huvudkontor i Antwerpen och bifogar CV och personligt brev. Jag har en master i statistik från Uppsala universitet och tre års erfarenhet av att analysera kunddata inom e-handel, bl.a. med SQL, Python och Power BI.

Jag hittade ingen mejladress till rekryteringen i annonsen, så jag hoppas att ni kan skicka vidare min ansökan.

Vänliga hälsningar
Viktor Sandberg""",
         "Viktor Sandberg"),
    ],

    "ro": [
        ("access", (),
         "De unde aveți datele mele?",
         """Bună ziua,

Săptămâna trecută m-a sunat o doamnă de la o agenție de recrutare, care mi-a spus că lucrează pentru dumneavoastră și că „am fost recomandat” pentru un post de șef de depozit. Eu nu am aplicat niciodată la firma dumneavoastră.

Vă rog să-mi comunicați ce date personale dețineți despre mine, de unde le-ați obținut (de la agenție, de pe LinkedIn, de la altcineva?), cui le-ați mai transmis și cât timp le veți păstra.

Cu stimă,
Andrei Popescu""",
         "Andrei Popescu"),

        ("deletion", (),
         "Cont de angajat încă activ",
         """Bună,

Am lucrat la magazinul din Liège până la 31 august. Azi am primit pe e-mailul personal o notificare din aplicația pentru angajați că „tura ta de sâmbătă a fost modificată”, deci contul meu e încă activ și apar încă în planificare. La fel și adresa mea de e-mail de serviciu: colegii îmi spun că îmi mai trimit mesaje acolo.

Vă rog să închideți și să ștergeți contul meu din aplicație și adresa de e-mail de serviciu, plus datele mele din planificare. Nu mai lucrez la voi de două luni.

Mulțumesc,
Ioana Stan""",
         "Ioana Stan"),

        ("correction", (),
         "Funcție și dată de naștere greșite în dosar",
         """Bună ziua,

Am cerut de la HR o adeverință de vechime și am văzut că în dosarul meu de personal apar greșit două lucruri:
- funcția: scrie „lucrător comercial”, dar din 1 martie 2025 sunt șef de raion adjunct (am act adițional semnat);
- data nașterii: 14.05.1987 în loc de 14.05.1978.

Vă rog să corectați aceste date în dosar și în sistemul de salarizare, ca să apară corect pe adeverință (iar funcția și pe ecusonul meu).

Mulțumesc,
Gheorghe Rădulescu
magazinul Bruxelles-Ixelles""",
         "Gheorghe Rădulescu"),

        ("portability", ("access",),
         "Fluturași de salariu și pontaj în format electronic",
         """Bună ziua,

Lucrez în depozitul din Willebroek din 2023. Vă rog să-mi trimiteți, conform art. 20 GDPR, fluturașii de salariu și datele de pontaj (intrări, ieșiri, ore suplimentare) pentru 2024–2026 într-un fișier pe care să-l pot deschide și prelucra, CSV sau Excel, nu poze sau PDF-uri scanate. Vreau să le încarc în programul contabilului meu.

De asemenea, aș vrea să știu ce date despre mine trimiteți firmei care se ocupă de salarizare și dacă ei le transmit mai departe cuiva.

Vă mulțumesc,
Mihai Constantin""",
         "Mihai Constantin"),

        ("objection", (),
         "Urmărirea productivității cu scanerul",
         """Bună ziua,

De la 1 octombrie scanerele din depozit înregistrează ca „timp inactiv” fiecare minut în care nu scanăm nimic, inclusiv când mergem la toaletă sau ajutăm un coleg. Team leaderul primește zilnic un raport cu numele nostru și minutele „pierdute”.

Mă opun acestei prelucrări a datelor mele. Nu am nimic împotriva înregistrării comenzilor pregătite, dar nu accept să fiu cronometrat în felul ăsta.

Cristina Dumitrescu
picking, tura de noapte""",
         "Cristina Dumitrescu"),

        ("withdraw_consent", ("deletion",),
         "Amprenta pentru pontaj",
         """Bună ziua,

La angajare (magazinul din Gent) am semnat un formular prin care îmi dădeam acordul ca amprenta mea să fie folosită la ceasul de pontaj. Între timp am aflat că se poate ponta și cu cardul de angajat, cum fac deja doi colegi.

Îmi retrag consimțământul pentru folosirea amprentei și vă rog să ștergeți datele amprentei mele din sistem. De acum înainte o să pontez cu cardul.

Mulțumesc,
Elena Marinescu""",
         "Elena Marinescu"),

        ("complaint", (),
         "Plângere – managerul se uită la cumpărăturile mele",
         """Bună ziua,

Vreau să depun o plângere. Ieri, în pauza de masă, managerul magazinului din Antwerpen-Noord a făcut în fața a patru colegi o glumă cum că „îmi cumpăr doar vin și pizza congelată” și că „poate de-aia sunt mereu obosită”. Singurul mod în care putea ști asta e din istoricul cumpărăturilor făcute cu cardul meu de reducere pentru angajați.

Mi s-a spus că acest card e doar pentru reducere. Nu știam că managerul poate vedea ce cumpăr, și mi se pare umilitor că a folosit asta în fața colegilor. Vă rog să verificați cum s-a putut întâmpla așa ceva.

Alexandra Stoica""",
         "Alexandra Stoica"),

        ("other", (),
         "Aplicare post casieră – Liège",
         """Bună ziua,
Vă trimit atașat CV-ul meu pentru postul de casieră din magazinul din Liège, pe care l-am văzut pe site-ul dumneavoastră. Vorbesc franceza și româna și am lucrat doi ani la un supermarket în Iași. Sunt disponibilă imediat, inclusiv în weekend.
Cu stimă,
Roxana Ilie
+32 488 55 21 09""",
         "Roxana Ilie"),

        ("other", (),
         "Spor de noapte lipsă",
         """Salut,
pe fluturașul din octombrie nu apare sporul de noapte pentru cele 6 nopți lucrate (12, 13, 14, 19, 20, 21). În pontaj sunt toate. Puteți trimite mai departe la salarizare, vă rog? Sau dați-mi un e-mail unde să scriu, că n-am găsit.
Mersi,
Florin Munteanu, depozit Willebroek""",
         "Florin Munteanu"),

        ("other", (),
         "postul de agent call center",
         """Bună ziua, am văzut că anunțul pentru agent call center vorbitor de limba română a fost șters de pe site. Postul s-a ocupat sau o să-l republicați? Mă interesează în continuare. Am trimis CV-ul în septembrie, dacă îl mai aveți, iar dacă nu, vi-l retrimit cu plăcere.

Mulțumesc,
Bianca Toma""",
         "Bianca Toma"),
    ],

    "el": [
        ("access", ("deletion",),
         "Αποτελέσματα τεστ αξιολόγησης",
         """Καλησπέρα σας,

τον Σεπτέμβριο έκανα αίτηση για τη θέση Junior Buyer στα κεντρικά σας στην Αμβέρσα. Στο πλαίσιο της διαδικασίας συμπλήρωσα ένα online τεστ προσωπικότητας και ένα τεστ αριθμητικής ικανότητας και μετά είχα συνέντευξη με μια υπεύθυνη προσλήψεων. Τελικά δεν επιλέχθηκα.

Θα ήθελα να μου στείλετε τα αποτελέσματα των τεστ, την αξιολόγηση που προέκυψε από αυτά και τις σημειώσεις της συνέντευξης, καθώς και να μου πείτε για πόσο καιρό τα κρατάτε. Αφού τα λάβω, παρακαλώ να διαγραφούν όλα τα στοιχεία μου από τη διαδικασία πρόσληψης.

Με εκτίμηση,
Γιώργος Παπαδόπουλος""",
         "Giorgos Papadopoulos"),

        ("deletion", (),
         "Διαγραφή βιντεοσυνέντευξης",
         """Γεια σας,
στις 14/10 έκανα μια βιντεοσυνέντευξη (βιντεοσκοπημένη, μέσω της πλατφόρμας σας) για θέση στο κατάστημα των Βρυξελλών. Δεν προχώρησε, δεν πειράζει. Δεν θέλω όμως να υπάρχει ένα βίντεο με το πρόσωπό μου και τις απαντήσεις μου στα συστήματά σας. Παρακαλώ σβήστε το βίντεο και ό,τι άλλο κρατάτε από την αίτησή μου.
Ευχαριστώ,
Κατερίνα""",
         "Katerina Nikolaou"),

        ("correction", (),
         "Λάθος όνομα στο καρτελάκι και στο σύστημα",
         """Καλημέρα,

ξεκίνησα στο κατάστημα της Γάνδης στις 5 Οκτωβρίου. Στο καρτελάκι με το όνομα γράφει «Hrisoula Vasileou», το ίδιο και στην εφαρμογή προσωπικού, ενώ στο διαβατήριό μου είναι «Chrysoula Vasileiou». Επίσης στο προφίλ μου η ημερομηνία γέννησης είναι λάθος (12/07 αντί για 07/12/1998).

Μπορείτε να τα διορθώσετε; Αν χρειάζεται, σας στέλνω φωτογραφία του διαβατηρίου.

Ευχαριστώ πολύ,
Χρυσούλα Βασιλείου""",
         "Chrysoula Vasileiou"),

        ("restriction", (),
         "Να μη σβηστεί το βίντεο από την αποθήκη (22/10)",
         """Αξιότιμοι κύριοι,

στις 22 Οκτωβρίου 2026, γύρω στις 14:40, τραυματίστηκα στην αποθήκη του Willebroek (διάδρομος 14) όταν έπεσε μια παλέτα από ράφι. Το ατύχημα έχει δηλωθεί στην ασφαλιστική εταιρεία για τα εργατικά ατυχήματα, αλλά υπάρχει διαφωνία για το αν έφταιγε το ράφι ή εγώ.

Γνωρίζω ότι το υλικό από τις κάμερες σβήνεται αυτόματα μετά από λίγες εβδομάδες. Ζητώ να διατηρηθεί το βίντεο της κάμερας του διαδρόμου 14 από εκείνη την ημέρα και να μη χρησιμοποιηθεί για κανέναν άλλο σκοπό μέχρι να κλείσει η υπόθεση με την ασφαλιστική.

Με εκτίμηση,
Νίκος Γεωργίου""",
         "Nikos Georgiou"),

        ("objection", (),
         "Η φωτογραφία μου στη σελίδα «Καριέρα»",
         """Καλησπέρα,

είδα ότι στη σελίδα «Καριέρα» του site σας υπάρχει φωτογραφία από το team building του Ιουνίου όπου φαίνομαι καθαρά (τρίτη από αριστερά). Κανείς δεν με ρώτησε αν μπορεί να χρησιμοποιηθεί δημόσια, το έμαθα από μια φίλη.

Αντιτίθεμαι στη χρήση της φωτογραφίας μου για τη διαφήμιση της εταιρείας. Δεν έχω πρόβλημα με φωτογραφίες στο εσωτερικό newsletter, αλλά στο διαδίκτυο όχι.

Ελένη Κωνσταντίνου
Εξυπηρέτηση Πελατών""",
         "Eleni Konstantinou"),

        ("withdraw_consent", (),
         "Όχι άλλα SMS για βάρδιες",
         """Γεια σας, πέρσι δούλευα σε εσάς μέσω εταιρείας προσωρινής απασχόλησης και είχα δεχτεί να μου στέλνετε SMS όταν υπάρχουν ελεύθερες βάρδιες. Τώρα έχω μόνιμη δουλειά αλλού. Σας παρακαλώ σταματήστε τα μηνύματα, δεν τα θέλω πια.
Δημήτρης Αλεξίου""",
         "Dimitris Alexiou"),

        ("complaint", ("deletion",),
         "3η υπενθύμιση – διαγραφή βιογραφικού",
         """Κύριοι,

στις 2 Σεπτεμβρίου και ξανά στις 5 Οκτωβρίου σάς ζήτησα με email να διαγράψετε το βιογραφικό μου και όλα τα στοιχεία της αίτησής μου. Δεν πήρα ποτέ απάντηση, και χθες με πήρε τηλέφωνο ένας recruiter σας για «νέα θέση που ταιριάζει στο προφίλ μου».

Αυτό είναι απαράδεκτο. Ζητώ για τελευταία φορά τη διαγραφή των δεδομένων μου και γραπτή επιβεβαίωση. Αν δεν λάβω απάντηση μέσα σε δέκα μέρες, θα υποβάλω καταγγελία στη βελγική Αρχή Προστασίας Δεδομένων.

Σταύρος Ιωάννου""",
         "Stavros Ioannou"),

        ("other", (),
         "Βιογραφικό – πωλήτρια, Βρυξέλλες",
         """Καλησπέρα σας,
σας στέλνω συνημμένο το βιογραφικό μου για τη θέση πωλήτριας μερικής απασχόλησης στο κατάστημα των Βρυξελλών. Μένω στο Ixelles, μιλάω ελληνικά, γαλλικά και αγγλικά και έχω δουλέψει δύο καλοκαίρια σε κατάστημα ρούχων στη Θεσσαλονίκη.
Ευχαριστώ για τον χρόνο σας,
Μαρία Δημητρίου""",
         "Maria Dimitriou"),

        ("other", (),
         "Ερώτηση για άδεια",
         """Καλημέρα, ξεκίνησα τον Σεπτέμβριο στην εξυπηρέτηση πελατών. Πόσες μέρες άδεια δικαιούμαι για το 2026, αφού ξεκίνησα στη μέση της χρονιάς; Ο προϊστάμενός μου μου είπε να ρωτήσω «το HR», αλλά δεν ξέρω σε ποιο mail. Θέλω να κατέβω Ελλάδα τα Χριστούγεννα.
Ευχαριστώ,
Αντώνης Μιχαηλίδης""",
         "Antonis Michailidis"),

        ("other", (),
         "Αλλαγή βάρδιας Σάββατο 14/11",
         """Γεια, η Σοφία κι εγώ αλλάξαμε βάρδιες για το Σάββατο 14/11 (παίρνω εγώ την πρωινή, εκείνη την απογευματινή), με την έγκριση του υπεύθυνου. Στην εφαρμογή όμως δεν μπορώ να διαγράψω την παλιά μου βάρδια, βγάζει σφάλμα. Μπορεί κάποιος να το φτιάξει ή να μου πει σε ποιον να γράψω;
Ευχαριστώ,
Γιάννης""",
         "Giannis Karalis"),
    ],

    "bg": [
        ("access", ("correction",),
         "Копие от личното ми досие",
         """Здравейте,

Работя като касиерка в магазина в Мехелен от 2022 г. Моля да ми изпратите копие от личното ми трудово досие и всички лични данни, които съхранявате за мен, включително атестациите, бележките на управителя и данните, които подавате на фирмата за заплати.

Освен това адресът ми във вашата система е стар (още е в Антверпен). От юли живея на Kerkstraat 41, 2800 Mechelen – моля да го поправите.

Благодаря предварително,
Десислава Петрова""",
         "Desislava Petrova"),

        ("deletion", (),
         "Изтриване на данни – кандидатура чрез агенция",
         """Здравейте,

През лятото агенция за временна работа ми предложи работа във вашия склад и чрез тях ви изпратих CV, копие от личната си карта и номер на банкова сметка. В крайна сметка не започнах при вас, защото намерих друга работа.

Моля да изтриете всички мои данни, които сте получили от агенцията, включително копието на личната ми карта.

Поздрави,
Стоян Иванов""",
         "Stoyan Ivanov"),

        ("correction", (),
         "Невярна информация в досието ми",
         """Уважаеми господа,

Напуснах компанията на 30 септември 2026 г. по взаимно съгласие – споразумението е подписано от двете страни и имам копие от него. Новият ми работодател обаче ми каза, че при проверката на препоръките от вашия отдел „Персонал“ са му съобщили, че съм бил „освободен дисциплинарно“.

Моля в досието ми и във всички ваши системи основанието за прекратяване да бъде поправено на „по взаимно съгласие“, каквото е в действителност. Мога да ви изпратя копие от споразумението.

С уважение,
Николай Георгиев""",
         "Nikolay Georgiev"),

        ("portability", (),
         "Смени и фишове за заплата в CSV",
         """Здравейте,
бихте ли ми изпратили данните от системата за отчитане на работното време (всички смени и часове) и фишовете ми за заплата от януари 2025 г. досега в машинно четим формат – CSV или Excel? Искам да ги прехвърля в програмата на счетоводителя си, PDF не ми върши работа.
Благодаря,
Мариана Димитрова, склад Willebroek""",
         "Mariana Dimitrova"),

        ("restriction", ("access",),
         "Спор за последната заплата – запазване на данните",
         """Здравейте,

На 31 октомври прекратих работа при вас (магазина в Хаселт). Последният ми фиш за заплата не включва 22 часа извънреден труд през октомври и в момента го оспорвам с помощта на синдиката.

Моля, докато спорът не приключи, да НЕ изтривате данните от часовника за отчитане на работното време и записите в графика за септември и октомври, дори когато закривате служебния ми профил, и да не ги използвате за нищо друго. Моля също да ми изпратите копие от тези записи.

Поздрави,
Васил Тодоров""",
         "Vasil Todorov"),

        ("objection", (),
         "Проследяване на местоположението в приложението",
         """Здравейте,

Новата версия на приложението за служители иска постоянен достъп до местоположението на телефона ми, „за да се проверява дали сме в магазина при чекиране“. Телефонът е личен, не служебен.

Възразявам срещу проследяването на местоположението ми по този начин. Готов съм да се чекирам с картата на терминала в магазина, както досега.

Христо Стоянов
магазин Льовен""",
         "Hristo Stoyanov"),

        ("withdraw_consent", (),
         "Снимката ми в бюлетина",
         """Здравейте,
миналата година се съгласих снимката ми и рожденият ми ден да се публикуват в рубриката „Нашият екип“ на вътрешния бюлетин. Вече не искам това – оттеглям съгласието си.
Поздрави,
Гергана Колева""",
         "Gergana Koleva"),

        ("other", (),
         "Кандидатура – водач на мотокар",
         """Здравейте,
Кандидатствам за позицията водач на мотокар в склада във Вилебрук. Прилагам CV-то си. Имам удостоверение за работа с мотокар и 4 години опит в логистична база в Пловдив. В Белгия съм от година, говоря английски и малко нидерландски.
С уважение,
Георги Илиев""",
         "Georgi Iliev"),

        ("other", (),
         "Въпрос за отпуската",
         """Здравейте, имам 6 неизползвани дни отпуск за тази година. Ще изгорят ли, ако не ги използвам до 31 декември, или мога да ги прехвърля за догодина? Управителката каза да питам в централата.
Благодаря!
Радослава Маринова, магазин Хаселт""",
         "Radoslava Marinova"),

        ("other", (),
         "Не мога да кача болничния",
         """Здравейте, от вчера съм в болничен и трябва да кача болничния лист в приложението, но ми излиза „Файлът е твърде голям“ (снимка от телефона, 6 MB). Къде другаде мога да го изпратя? На този имейл ли? Не искам да ми го отчетат като неизвинено отсъствие.
Поздрави,
Петър Христов""",
         "Petar Hristov"),
    ],
}

"""Thirteenth set, people in every role towards the shop. Written apart from the rules (see make_thirteenth.py)."""

PEOPLE_P = {
    "pl": [
        ("access", (), "rekrutacja – magazyn Gent",
         "Dzień dobry,\n\nw lutym wysłałam do Państwa CV na stanowisko pracownika magazynu (ogłoszenie na Jobat). "
         "Nie dostałam się, co rozumiem, ale chciałabym wiedzieć, co właściwie zostało u Was z moich papierów – "
         "samo CV, list motywacyjny, notatki z rozmowy telefonicznej? I jak długo to trzymacie?\n\n"
         "Proszę o przesłanie mi tego, co macie na mój temat.\n\nPozdrawiam\nKarolina Wiśniewska",
         "Karolina Wiśniewska"),
        ("deletion", ("withdraw_consent",), "",
         "Witam. Zamawiałem u was raz, w 2022, kosiarkę, bez zakładania konta. Od tego czasu co tydzień dostaję "
         "mailem gazetki. Chcę żebyście wywalili mój adres i wszystko inne co macie o mnie z waszej bazy, konta nie "
         "mam więc nie mam jak sam tego zrobić. I przy okazji – żadnych więcej newsletterów, nie zapisywałem się na "
         "nie świadomie, a jeśli gdzieś był zaznaczony jakiś checkbox ze zgodą to ją odwołuję.\nTomasz Kaczmarek",
         "Tomek K."),
        ("correction", (), "akta osobowe - zmiana nazwiska",
         "Dzien dobry, pracowalam u Panstwa w sklepie w Antwerpii do konca 2023. Od wrzesnia jestem po slubie i "
         "nazywam sie teraz Nowak-Peeters, a w aktach i na dokumentach podatkowych dalej mam panienskie nazwisko i "
         "stary adres (Lange Lozanastraat). Nowy adres: Boomsesteenweg 112, 2610 Wilrijk. Prosze to zmienic w moich "
         "danych bo jeszcze moga przyjsc jakies papiery z rozliczenia.\nDziekuje, Marta Nowak-Peeters\n\n"
         "Wysłane z iPhone'a",
         "Marta Nowak-Peeters"),
        ("portability", (), "affiliate data request",
         "Cześć,\n\nprowadzę profil @ogrodnik_na_balkonie i od półtora roku jestem w Waszym programie "
         "afiliacyjnym. Przechodzę do innej agencji i potrzebuję wszystkich moich danych z programu – kody rabatowe, "
         "kliknięcia, sprzedaże, wypłacone prowizje – w pliku, który da się zaimportować (CSV będzie ok, PDF nie). "
         "Jeśli możecie przesłać to bezpośrednio do nowej agencji (kontakt@brightreach.pl), to jeszcze lepiej.\n\n"
         "Dzięki!\nKuba Zieliński",
         "Kuba | ogrodnik_na_balkonie"),
        ("restriction", (), "Re: karta stałego klienta",
         "Dzień dobry,\n\nw nawiązaniu do mojej rozmowy z infolinią: na mojej karcie lojalnościowej widnieją zakupy "
         "z ostatnich trzech miesięcy, których nie robiłam – podejrzewam byłego partnera, który miał drugą kartę "
         "do tego samego konta. Wyjaśniam to teraz z nim (i być może z policją).\n\nDo czasu wyjaśnienia proszę nie "
         "wykorzystywać tej historii zakupów do niczego – żadnych „dopasowanych” ofert, żadnych analiz. Nie "
         "usuwajcie jej jednak, bo może mi być potrzebna jako dowód.\n\nZ poważaniem\nAgnieszka Lewandowska",
         "Agnieszka Lewandowska"),
        ("objection", (), "katalogi",
         "Dzień dobry,\n\nw grudniu siostra zamówiła u Was dla mnie prezent z dostawą na mój adres. Od tego czasu "
         "dostaję pocztą Wasze katalogi i ulotki, zaadresowane na moje nazwisko. Nigdy nie byłam Waszą klientką i "
         "nie życzę sobie, żebyście używali mojego adresu do reklamy. Proszę to zatrzymać.\n\nHalina Dąbrowska\n"
         "Diestsesteenweg 45, 3010 Kessel-Lo",
         "Halina Dąbrowska"),
        ("withdraw_consent", (), "sms",
         "Przy zakładaniu karty stałego klienta zaznaczyłem zgodę na SMS-y z promocjami. Już nie chcę, cofam tę "
         "zgodę. Numer 0470 12 34 56.\nPiotr W.",
         "Piotr Wójcik"),
        ("complaint", ("access",), "Re: rekrutacja kierowca – moje dane",
         "Szanowni Państwo,\n\n10 kwietnia poprosiłem o informację, jakie moje dane zachowaliście po rekrutacji na "
         "kierowcę busa, i o ich kopię. Minęło ponad sześć tygodni – ani odpowiedzi, ani nawet potwierdzenia, że "
         "mail dotarł. RODO daje Wam na to miesiąc.\n\nPonawiam prośbę o kopię moich danych. Jeśli w ciągu 14 dni "
         "nic nie dostanę, składam skargę do belgijskiego organu ochrony danych (GBA).\n\nMarek Szymański",
         "Marek Szymański"),
        ("other", (), "Zmiana danych firmy – Ogrodex Sp. z o.o.",
         "Dzień dobry,\n\ninformujemy, że od 1 lipca zmienia się adres siedziby i numer rachunku bankowego naszej "
         "firmy (Ogrodex Sp. z o.o., dostawca donic i podstawek). Nowe dane w załączniku, na papierze firmowym. "
         "Prosimy o aktualizację w Państwa systemie dostawców i potwierdzenie, aby kolejne płatności za faktury "
         "szły już na nowy rachunek.\n\nZ poważaniem\nDział księgowości\nOgrodex Sp. z o.o.",
         "Ogrodex Księgowość"),
        ("automated", (), "Automatyczna odpowiedź: Państwa zapytanie",
         "Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 19 sierpnia i nie mam dostępu do poczty. "
         "W pilnych sprawach proszę pisać na adres biuro@kancelaria-nowicka.pl lub dzwonić pod nr 22 651 20 40.\n\n"
         "Pozdrawiam\nEwa Nowicka\nBiuro Rachunkowe Nowicka",
         "Ewa Nowicka"),
    ],
    "cs": [
        ("access", ("correction",), "osobní spis",
         "Dobrý den,\n\ndo loňského října jsem u vás pracoval jako skladník v Mechelenu. Rád bych dostal kopii "
         "všeho, co o mně ve firmě ještě máte – osobní spis, docházku, hodnocení, případně záznamy z kamer, pokud je "
         "ještě uchováváte.\n\nA když už budete v tom spisu: mám tam špatně datum narození (je 14. 3. 1991, ne 1992), "
         "na výplatnicích to bylo celou dobu blbě, tak to prosím opravte.\n\nDíky,\nJan Procházka",
         "Jan Procházka"),
        ("correction", (), "Faktura c. 2024-118734",
         "Dobry den, objednavala jsem u vas jako host (bez uctu) zahradni lehatko. Na fakture mam jmeno napsane "
         "Svobodova Lenka, spravne je Svobodová – to je detail – hlavne ale je spatne e-mail, chybi v nem tecka, "
         "spravne je lenka.svobodova@seznam.cz. Muzete to prosim opravit? Diky L. Svobodova",
         "lenkasvobodova"),
        ("deletion", (), "",
         "Dobrý den,\n\nminulý týden jsem převzala balík pro sousedku, která nebyla doma. Kurýr mi dal vyplnit jméno "
         "a e-mail do čtečky a teď mi od vás přišel e-mail „Ohodnoťte svůj nákup“ – takže moje jméno i e-mail "
         "máte. Nic jsem u vás nekupovala a nechci, abyste o mně cokoli měli. Vymažte mě, prosím, úplně.\n\n"
         "Věra Horáková",
         "Věra Horáková"),
        ("portability", (), "Export nákupů z věrnostní karty",
         "Dobrý den,\n\njsem držitelem vaší věrnostní karty (č. 6001 2288 4410). Chtěl bych historii svých nákupů a "
         "nasbírané body ve strojově čitelném formátu – ideálně CSV nebo JSON, ne PDF. Chci si to nahrát do "
         "aplikace na domácí rozpočet.\n\nS pozdravem\nIng. Petr Dvořák",
         "Dvořák Petr"),
        ("restriction", (), "Výběrové řízení – vedoucí prodejny",
         "Vážení,\n\nucházela jsem se v březnu o místo vedoucí prodejny a byla jsem odmítnuta. Mám důvodné "
         "podezření, že rozhodl můj věk, a věc řeším s právníkem.\n\nŽádám, abyste mé podklady z výběrového řízení "
         "(životopis, poznámky z pohovorů, hodnocení) nemazali, protože je budu potřebovat jako důkaz. Zároveň je "
         "ale do vyřešení sporu nepoužívejte k ničemu jinému a nezařazujte mě do žádných dalších náborů.\n\n"
         "S pozdravem\nMgr. Ivana Černá",
         "Ivana Černá"),
        ("objection", (), "Re: Vaše objednávka byla odeslána",
         "Dobrý den,\n\nv patičce vašich e-mailů jsem si všiml, že sdílíte údaje zákazníků s Metou a Googlem kvůli "
         "„personalizované reklamě“. S tím nesouhlasím. Moji e-mailovou adresu ani to, co jsem u vás koupil, "
         "nechci, abyste komukoli předávali kvůli reklamě, a nechci ani, abyste mi podle toho cílili reklamy.\n\n"
         "Martin Kučera",
         "Martin Kučera"),
        ("withdraw_consent", (), "newsletter",
         "Ahoj, kdysi jsem se u vás přihlásila k odběru novinek kvůli slevě 10 %. Už je nechci dostávat, takže ten "
         "souhlas ruším. Odkaz dole v mailu mi hází chybu 404, proto píšu sem.\nDíky, Bára",
         "Barbora"),
        ("complaint", ("deletion",), "Cizí faktura v mém balíku!!!",
         "Dobrý den,\n\ndnes mi přišel balík s konvemi na zalévání a uvnitř byla kromě mé faktury i faktura jiné "
         "zákaznice – s celým jménem, adresou, telefonem a tím, co si koupila. To je naprosto nepřípustné. Jak mám "
         "vědět, že moje faktura teď neleží u někoho jiného?\n\nA moje údaje po vyřízení této objednávky smažte, "
         "u vás už nakupovat nebudu.\n\nRadka Pokorná",
         "Radka Pokorná"),
        ("other", (), "Dotaz",
         "Dobrý den, než u vás poprvé objednám, chtěla bych se zeptat – ukládáte data zákazníků na serverech v EU, "
         "nebo někde v USA? V zásadách ochrany osobních údajů jsem to nenašla. Děkuji, Eva Marková",
         "Eva Marková"),
        ("automated", (), "Automatická odpověď: Re: Dotaz k objednávce",
         "Dobrý den,\n\njsem mimo kancelář od 22. 7. do 2. 8. 2024 s omezeným přístupem k e-mailu. Vaše zpráva "
         "nebude přeposlána. V naléhavých případech kontaktujte kolegyni Janu Vackovou "
         "(jana.vackova@zahradnictvi-vacek.cz, +420 602 118 455).\n\nS pozdravem\nTomáš Vacek",
         "Tomáš Vacek"),
    ],
    "hr": [
        ("access", (), "affiliate program – moji podaci",
         "Bok!\n\nU vašem affiliate programu sam od prošle godine (Instagram @vrtlarica_zg). Zanima me koje sve "
         "podatke o meni vodite – osim imena i IBAN-a, pratite li i statistike mojih pratitelja, demografiju, "
         "bilješke vašeg marketinga o meni i slično? Pošaljite mi, molim, kopiju svega što imate i napišite s kim "
         "to dijelite.\n\nLp, Ivana Kovačević",
         "Ivana | vrtlarica_zg"),
        ("correction", (), "Kontakt u popisu dobavljača",
         "Poštovani,\n\nja sam Dario Jurić, komercijalist u tvrtki Agro-Plast d.o.o., vašem dobavljaču. U vašem "
         "popisu kontakata dobavljača stoji moj privatni mobitel, ali krivo upisan (zadnje dvije znamenke su "
         "zamijenjene), pa su me vaši iz nabave tražili preko kolega. Ispravan broj je +385 91 446 2718. Prezime mi "
         "je upisano kao \"Juric\" bez kvačice, ako možete i to ispraviti.\n\nHvala i lijep pozdrav,\nDario Jurić",
         "Dario Jurić"),
        ("deletion", ("withdraw_consent",), "molba",
         "Poštovani,\n\nprije dvije godine prijavila sam se kod vas za posao u korisničkoj podršci. U međuvremenu sam "
         "se zaposlila drugdje i više nemam namjeru raditi kod vas. Molim vas da moj životopis i sve ostalo iz te "
         "prijave uklonite iz svojih evidencija. Tada sam, koliko se sjećam, kvačicom pristala i da me čuvate u bazi "
         "za buduće natječaje – tu privolu povlačim.\n\nSrdačno,\nMaja Babić",
         "Maja Babić"),
        ("portability", (), "",
         "Dobar dan,\n\ntrebam povijest kupnji s moje kartice vjernosti (broj 7733 0190 5521) kao datoteku – CSV, "
         "Excel ili slično, nešto što mogu učitati u program, a ne skenirani PDF.\n\nHvala.\nZoran Marić",
         "zmaric"),
        ("restriction", (), "Re: Zatvaranje korisničkog računa",
         "Poštovani,\n\nzahvaljujem na odgovoru. Ipak vas molim da za sada NE brišete podatke o mojim narudžbama iz "
         "2023. S dostavnom službom sam u sudskom sporu oko oštećene vrtne garniture i trebat će mi ti podaci kao "
         "dokaz. Do završetka spora neka stoje kako jesu, ali ih nemojte koristiti ni za što drugo – ni za ponude ni "
         "za analize.\n\nS poštovanjem,\nKrešimir Novak",
         "Krešimir Novak"),
        ("objection", (), "preporuke",
         "Pozdrav,\n\nprimijetila sam da mi nakon svake kupnje na stranici i u mailovima iskaču \"preporuke samo za "
         "vas\" složene prema onome što sam kupovala i gledala. Ne želim da se moje kupnje i pregledavanje tako "
         "analiziraju i da mi se na temelju toga slaže profil. Molim da to za mene isključite.\n\nAna Horvat",
         "Ana Horvat"),
        ("withdraw_consent", (), "ponude",
         "Postovani, kod registracije sam dala privolu za primanje ponuda mailom i SMS-om. Vise to ne zelim, "
         "povlacim privolu za oboje. Racun neka ostane.\nLp Sanja Peric",
         "Sanja Peric"),
        ("complaint", ("deletion",), "TREĆI PUT – moje ime na vašoj web stranici",
         "Poštovani,\n\nradila sam u vašoj službi za reklamacije do kolovoza 2022. Moje ime, prezime i broj mobitela "
         "– koji sam nakon odlaska preuzela kao privatni – i dalje stoje na vašoj stranici kao kontakt za "
         "reklamacije. Kupci me zovu navečer i vikendom.\n\nPisala sam vam o tome 12. ožujka i 2. travnja. Nitko "
         "nije odgovorio, a podaci su i dalje tamo. Ponovno tražim da ih odmah uklonite. Ako se do kraja tjedna "
         "ništa ne promijeni, podnosim prijavu belgijskom nadzornom tijelu.\n\nIvana Tomić",
         "Ivana Tomić"),
        ("other", (), "Prijava za posao – skladištar",
         "Poštovani,\n\nu prilogu šaljem životopis i motivacijsko pismo za radno mjesto skladištara koje ste "
         "objavili na VDAB-u. U Gentu živim tri godine, imam vozačku B i C kategorije i iskustvo s viličarom. "
         "Nizozemski govorim na razini A2, engleski dobro.\n\nUnaprijed hvala na odgovoru,\nJosip Matić\n"
         "+32 486 55 21 09",
         "Josip Matić"),
        ("automated", (), "Automatski odgovor: Upit",
         "Poštovani,\n\nhvala na poruci. Od 5. do 16. kolovoza sam na godišnjem odmoru bez pristupa e-pošti. Na vašu "
         "poruku odgovorit ću po povratku. Za hitne stvari obratite se na info@racunovodstvo-kralj.hr.\n\n"
         "Lijep pozdrav,\nMirela Kralj\nRačunovodstveni servis Kralj",
         "Mirela Kralj"),
    ],
    "sv": [
        ("access", ("portability",), "Begäran om registerutdrag – fullmakt bifogas",
         "Hej,\n\nJag är redovisningskonsult och sköter bokföringen åt Lars Holmberg (enskild firma, Holmbergs "
         "Trädgårdsservice), som handlat en hel del hos er det senaste året. Lars har gett mig fullmakt – bifogad, "
         "undertecknad av honom – att begära ut de personuppgifter ni har om honom.\n\nVi vill alltså ha ett "
         "registerutdrag. Dessutom skulle det underlätta enormt om orderhistoriken kunde skickas som CSV- eller "
         "Excelfil så att vi kan läsa in den direkt i bokföringsprogrammet.\n\nMed vänlig hälsning\nAnnika Berg\n"
         "Bergs Redovisning AB",
         "Annika Berg"),
        ("correction", (), "Fel namn och adress",
         "Hej!\n\nMin mamma beställde en present till mig hos er i våras, och när jag sen skapade ett eget konto "
         "hämtades mina uppgifter tydligen från den beställningen. Namnet är felstavat (Asa Lindqvist, ska vara Åsa "
         "Lindkvist med k) och lägenhetsnumret saknas, så posten hamnar hos grannen. Lgh 1102. Kan ni rätta det?\n\n/Åsa",
         "Åsa Lindkvist"),
        ("deletion", (), "bilden från trädgårdsdagen",
         "Hej,\n\nJag var på er trädgårdsdag i Brygge i lördags och nu ligger en bild på mig och min dotter på er "
         "Instagram och Facebook. Jag hade inget emot att ni fotade där och då, men jag vill inte att bilden ligger "
         "ute. Ta bort den och radera den ur ert bildarkiv också, tack.\n\nMvh\nSofia Ekström",
         "Sofia Ekström"),
        ("portability", ("deletion",), "Avslutar samarbetet",
         "Hej teamet!\n\nTack för ett bra år, men jag avslutar samarbetet med er vid månadsskiftet. Innan dess vill "
         "jag ha ut all min data från affiliateprogrammet – klick, försäljning per kod, utbetalningar – i en fil jag "
         "kan ladda upp hos min nya byrå (csv funkar). När ni skickat den får ni gärna radera mina uppgifter hos er, "
         "utom det ni måste spara för bokföringen förstås.\n\nKram,\nElin Sjöberg (@elinsodlar)",
         "Elin Sjöberg"),
        ("restriction", (), "angående min tid hos er",
         "Hej,\n\nJag slutade hos er i december. Nu har jag fått veta att det i min personalakt finns en anteckning "
         "om att jag ska ha \"lämnat arbetsplatsen utan tillstånd\" i oktober. Det stämmer inte – jag hade ledigt "
         "beviljat av Kristof, det syns i schemat.\n\nTills det här är utrett vill jag att ni inte använder akten "
         "till något, och framför allt inte lämnar ut något ur den när någon ringer för referens. Radera inget, "
         "men rör den inte.\n\nJohan Nyström",
         "Johan Nyström"),
        ("objection", (), "",
         "Hej. Jag köpte ett parasoll hos er som gäst för några veckor sen och sedan dess följer era annonser efter "
         "mig på Instagram och Facebook, med exakt de produkter jag tittade på. Jag vill inte att ni använder mina "
         "köp och mitt surfande hos er till riktad reklam eller delar det med Meta. Stäng av det för min del.\nGustav",
         "Gustav Holm"),
        ("withdraw_consent", (), "Nyhetsbrev",
         "Hej! Jag anmälde mig till ert nyhetsbrev när jag handlade i vintras men vill inte ha det längre. Avsluta "
         "prenumerationen tack, kontot kan vara kvar.\n/Karin Bergström",
         "Karin Bergström"),
        ("complaint", (), "Mitt CV har skickats till fel person?",
         "Hej,\n\nJag sökte jobbet som e-handelskoordinator hos er. I går fick jag ett mejl från er rekryterare med "
         "\"Tack för din ansökan\" – och bifogat låg en annan sökandes CV och personliga brev, med personnummer, "
         "adress och allt. Om ni skickar andras handlingar till mig, vart har mitt CV tagit vägen?\n\nJag tycker "
         "det här är allvarligt. Har ni ens anmält det som en personuppgiftsincident? Jag överväger att själv "
         "kontakta IMY.\n\nMikael Lund",
         "Mikael Lund"),
        ("other", (), "Personuppgiftsbiträdesavtal 2024 – underskrift",
         "Hej,\n\nI samband med att vi uppdaterar våra villkor skickar vi ett nytt personuppgiftsbiträdesavtal "
         "(PUB-avtal) för er e-postmarknadsföring via Mailflow. Vänligen granska, signera via länken i DocuSign och "
         "returnera senast 30 september.\n\nVid frågor, hör av er till mig.\n\nVänliga hälsningar\nFredrik Ahlgren\n"
         "Customer Success, Mailflow Nordic AB",
         "Fredrik Ahlgren"),
        ("automated", (), "Autosvar: Frånvaro",
         "Tack för ditt mejl. Jag är på semester till och med 11 augusti och läser inte min e-post. Ärenden som inte "
         "kan vänta kan skickas till info@bergsredovisning.se.\n\nHälsningar\nAnnika Berg",
         "Annika Berg"),
    ],
    "ro": [
        ("access", (), "numele meu pe un bon de livrare",
         "Bună ziua,\n\nSăptămâna trecută am semnat de primire pentru un colet al vecinului meu, iar curierul mi-a "
         "trecut numele și numărul de telefon pe avizul de livrare. De atunci am primit deja un SMS de la "
         "dumneavoastră despre „comanda mea”.\n\nVreau să știu exact ce date aveți despre mine, de unde le aveți și "
         "cui le-ați mai dat. Vă rog să-mi trimiteți o copie.\n\nCu stimă,\nAdrian Popescu",
         "Adrian Popescu"),
        ("correction", (), "schimbare date",
         "Buna ziua, am cont la voi pe adresa veche de mail (elena.rusu@yahoo.com) si cu numarul vechi de telefon. Va "
         "rog sa le schimbati cu elena.rusu.gent@gmail.com si 0489 77 12 40. Nu mai am acces la mailul vechi deci nu "
         "pot sa ma loghez sa le schimb singura.\nMultumesc frumos,\nElena Rusu",
         "Elena Rusu"),
        ("deletion", (), "",
         "Bună ziua,\n\nÎn martie am comandat o singură dată de la voi un set de ghivece, fără cont, ca vizitator. "
         "Comanda a ajuns, totul ok. Nu intenționez să mai cumpăr și nu văd de ce ați mai păstra numele, adresa și "
         "telefonul meu. Vă rog să scăpați de ele.\n\nMulțumesc,\nCristina Dumitru",
         "Cristina Dumitru"),
        ("portability", (), "Transfer istoric cumpărături",
         "Bună ziua,\n\nTrec la programul de fidelitate de la GardenWorld, care acceptă importul istoricului de la "
         "alte magazine. Aș dori ca istoricul cumpărăturilor și punctele de pe cardul meu să le fie transmise "
         "direct lor, într-un format pe care îl pot prelua (sau, dacă nu se poate, trimiteți-mi mie un fișier "
         "CSV/Excel și îl dau eu mai departe).\n\nCard nr. 6001 4471 0923.\n\nMulțumesc,\nMihai Ionescu",
         "Mihai Ionescu"),
        ("restriction", (), "Re: Card fidelitate",
         "Bună ziua,\n\nRevin la discuția de la telefon. Pe cardul meu apar cumpărături din Liège pe care nu le-am "
         "făcut niciodată – eu locuiesc în Anvers și nu am fost în Liège anul acesta. Până lămuriți de unde vin "
         "aceste date, vă rog să nu le mai folosiți în niciun fel (oferte, statistici, nimic). Nu le ștergeți încă, "
         "vreau să vedem întâi ce s-a întâmplat.\n\nCu respect,\nIoana Stan",
         "Ioana Stan"),
        ("objection", (), "SMS-uri promoționale pe numărul meu personal",
         "Bună ziua,\n\nLucrez ca șofer la TransLogistic, firma care vă livrează marfa în depozitul din Gent. Numărul "
         "meu personal de mobil e în lista dvs. de contacte pentru livrări, ceea ce e în regulă.\n\nÎnsă de două "
         "săptămâni primesc pe el SMS-uri cu promoții de la magazinul dvs. Nu sunt client și nu vreau reclame. Mă "
         "opun folosirii numărului meu în scop de marketing – folosiți-l doar pentru livrări.\n\nFlorin Georgescu",
         "Florin Georgescu"),
        ("withdraw_consent", ("objection",), "newsletter + parteneri",
         "Salut,\n\nVreau să mă dezabonez de la newsletter, nu mai am nevoie de el. Și încă ceva: nu sunt de acord "
         "să dați datele mele partenerilor voștri de marketing pentru reclame, vă rog să nu mai faceți asta.\n\n"
         "Mersi,\nAndreea",
         "andreea.m"),
        ("complaint", ("deletion",), "A doua solicitare – fără răspuns",
         "Bună ziua,\n\nPe 3 martie v-am scris la această adresă să-mi ștergeți datele. Le aveți doar pentru că o "
         "prietenă mi-a trimis anul trecut un cadou prin magazinul dvs. Au trecut aproape două luni: niciun "
         "răspuns, iar eu primesc în continuare e-mailuri „Ți-a plăcut cadoul? Lasă o recenzie!”.\n\nVă cer din nou "
         "să ștergeți tot ce aveți despre mine. Dacă nu primesc confirmarea în 10 zile, depun plângere la "
         "Autoritatea belgiană pentru protecția datelor.\n\nRaluca Marinescu",
         "Raluca Marinescu"),
        ("other", (), "Solicitare interviu – articol despre comerțul online",
         "Bună ziua,\n\nSunt jurnalistă la publicația online Diaspora Belgia și pregătesc un articol despre cum se "
         "descurcă magazinele online belgiene cu livrările în perioada sărbătorilor. Ați fi disponibili pentru un "
         "scurt interviu telefonic (15-20 de minute) săptămâna viitoare?\n\nMulțumesc,\nSimona Vasilescu",
         "Simona Vasilescu"),
        ("automated", (), "Re: Cererea dvs.",
         "Bună ziua,\n\nVă mulțumim pentru mesaj. Acesta a fost înregistrat cu numărul 48213 și va fi preluat de un "
         "coleg în cel mult 2 zile lucrătoare. Vă rugăm să nu răspundeți la acest e-mail.\n\nEchipa Relații Clienți\n"
         "TransLogistic SRL",
         "TransLogistic Relații Clienți"),
    ],
    "el": [
        ("access", ("deletion",), "Personal file",
         "Kalispera sas,\n\nEimai o Giorgos Papadopoulos, doulepsa stin apothiki sas stin Antverpia apo to 2019 mexri "
         "ton Fevrouario tou 2023. Tha ithela na mou steilete ena antigrafo apo ola osa exete kratisei gia mena "
         "(fakelos prosopikou, aksiologiseis, ores ergasias klp).\n\nMeta apo auto, oti den xreiazeste pleon na to "
         "kratate gia logous nomou, sviste to parakalw.\n\nEuxaristw\nGiorgos",
         "Giorgos P."),
        ("correction", (), "Διόρθωση στοιχείων στο πρόγραμμα συνεργατών",
         "Γεια σας,\n\nΣτο προφίλ μου στο affiliate πρόγραμμα το επώνυμο είναι γραμμένο «Papadoki» αντί για "
         "«Papadaki», και η διεύθυνση είναι η παλιά μου. Νέα διεύθυνση: Rue de la Loi 87, 1040 Etterbeek. "
         "Παρακαλώ διορθώστε τα, γιατί βγαίνουν λάθος και στα παραστατικά των προμηθειών.\n\nΕυχαριστώ,\n"
         "Κατερίνα Παπαδάκη (@katerina.gardens)",
         "Κατερίνα Παπαδάκη"),
        ("deletion", (), "Το κινητό μου στη λίστα προμηθευτών",
         "Καλημέρα,\n\nΜέχρι τον προηγούμενο μήνα δούλευα στην Hellas Terracotta, που σας προμηθεύει γλάστρες. Στη "
         "λίστα επαφών σας είχα δώσει το προσωπικό μου κινητό, επειδή δεν είχαμε εταιρικό. Πλέον δεν εργάζομαι "
         "εκεί, αλλά οι συνάδελφοί σας από τις παραγγελίες με παίρνουν ακόμα τηλέφωνο.\n\nΠαρακαλώ σβήστε το όνομα "
         "και το κινητό μου από τα αρχεία σας. Για την εταιρεία απευθυνθείτε στο orders@hellasterracotta.gr.\n\n"
         "Νίκος Αθανασίου",
         "Νίκος Αθανασίου"),
        ("portability", (), "",
         "Καλησπέρα,\nθα ήθελα όλα τα δεδομένα του λογαριασμού μου (παραγγελίες, διευθύνσεις, πόντους της κάρτας) σε "
         "αρχείο που διαβάζεται από υπολογιστή, π.χ. CSV ή JSON, για να τα περάσω σε άλλη πλατφόρμα. Το email του "
         "λογαριασμού είναι αυτό από το οποίο σας γράφω.\nΕυχαριστώ\nΔ. Κωνσταντίνου",
         "Dimitris Konstantinou"),
        ("restriction", (), "Κάρτα πελάτη",
         "Καλησπέρα σας,\n\nΈκλεισα την κάρτα πελάτη πέρυσι και μόλις ανακάλυψα ότι έχετε ακόμη όλο το ιστορικό "
         "αγορών μου. Δεν σας ζητάω να το διαγράψετε – μπορεί να χρειαστώ αποδείξεις για κάποια εγγύηση – αλλά "
         "από εδώ και πέρα θέλω να μείνει απλώς αποθηκευμένο και να μη χρησιμοποιείται για τίποτα: ούτε για "
         "στατιστικά, ούτε για προσφορές, ούτε να δίνεται σε κανέναν.\n\nΜε εκτίμηση,\nΕλένη Γεωργίου",
         "Ελένη Γεωργίου"),
        ("objection", (), "Διαφημιστικά με το όνομά μου",
         "Γεια σας,\n\nΠριν από δύο μήνες ο γείτονάς μου έδωσε το όνομα και τη διεύθυνσή μου ως παραλήπτη για μια "
         "παραγγελία του, επειδή δούλευε όλη μέρα. Από τότε μου έρχονται στο γραμματοκιβώτιο τα φυλλάδιά σας με το "
         "όνομά μου. Δεν είμαι πελάτης σας και δεν δέχομαι να χρησιμοποιούνται τα στοιχεία μου για διαφήμιση. "
         "Σταματήστε να μου στέλνετε.\n\nΣταύρος Μιχαηλίδης",
         "Σταύρος Μιχαηλίδης"),
        ("withdraw_consent", (), "Re: Τα νέα του μήνα 🌱",
         "Καλησπέρα, δεν θέλω πια να λαμβάνω το ενημερωτικό σας. Είχα γραφτεί πριν από χρόνια στο κατάστημα, αλλά "
         "τώρα δεν με ενδιαφέρει. Το link για διαγραφή από τη λίστα στο κάτω μέρος δεν δουλεύει.\nΜαρία",
         "Μαρία Κ."),
        ("complaint", ("deletion",), "Φωτογραφία μου χωρίς άδεια",
         "Κύριοι,\n\nΣτις 15 Ιουνίου ήμουν στο εργαστήριο κηπουρικής που οργανώσατε στη Γάνδη. Σήμερα είδα ότι η "
         "σελίδα σας στο Facebook έχει ανεβάσει φωτογραφία όπου φαίνομαι καθαρά, με tag στο όνομά μου. Κανείς δεν "
         "μου ζήτησε άδεια ούτε υπέγραψα κάτι. Το θεωρώ παράνομη χρήση των προσωπικών μου δεδομένων και είναι "
         "απαράδεκτο για κατάστημα του μεγέθους σας.\n\nΖητώ να κατεβάσετε αμέσως τη φωτογραφία και να τη "
         "διαγράψετε από τα αρχεία σας.\n\nΑλεξάνδρα Βλάχου",
         "Αλεξάνδρα Βλάχου"),
        ("other", (), "Παραγγελία 2024-55102 – πότε έρχεται;",
         "Καλημέρα, παρήγγειλα μια ξαπλώστρα στις 2 του μήνα και ακόμα δεν έχει έρθει. Το tracking γράφει «σε "
         "αναμονή» εδώ και μια εβδομάδα. Ξέρετε τι γίνεται; Ευχαριστώ, Πέτρος",
         "Petros"),
        ("automated", (), "Αυτόματη απάντηση: Παραγγελία",
         "Σας ευχαριστώ για το μήνυμά σας.\n\nΘα βρίσκομαι εκτός γραφείου έως τις 26 Αυγούστου, χωρίς πρόσβαση στο "
         "ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με το λογιστήριο στο "
         "210 6543 210.\n\nΜε εκτίμηση,\nΙωάννα Σταματοπούλου",
         "Ιωάννα Σταματοπούλου"),
    ],
    "bg": [
        ("access", (), "Какви данни пазите за мен?",
         "Здравейте,\n\nПреди около година поръчах от вас като гост, без регистрация, градински маркуч. Сега ми "
         "пишете и по имейл, и по телефон, все едно съм ваш редовен клиент. Искам да знам какво точно сте запазили "
         "за мен, откъде го имате и докога смятате да го държите. Моля, изпратете ми го.\n\nПоздрави,\nСтефан Петров",
         "Стефан Петров"),
        ("correction", (), "служебна бележка",
         "Здравейте,\n\nДо юни работих в склада ви във Вилворде. В документите за данъчната декларация, които ми "
         "изпратихте, номерът ми от националния регистър е сгрешен (последните цифри трябва да са 327, не 372), а "
         "адресът е стар – сега живея на Chaussée de Haecht 210, 1030 Schaerbeek. Моля, поправете ги в досието ми и "
         "ми изпратете документа наново.\n\nБлагодаря,\nДаниела Иванова",
         "Даниела Иванова"),
        ("deletion", ("objection",), "закриване на профил",
         "Здравейте,\nмоля закрийте профила ми и изтрийте всичко свързано с мен. Докато го правите (знам, че може да "
         "отнеме време), не искам повече да подавате данните ми на Facebook и Google за реклами.\nГеорги Димитров",
         "Georgi Dimitrov"),
        ("portability", (), "data transfer",
         "Здравейте,\n\nС партньора ми отваряме малък разсадник и вече ще пазаруваме на едро от друг доставчик. Те "
         "предлагат да внесат историята на поръчките ми директно в системата си. Може ли да им изпратите данните от "
         "профила ми (поръчки, адреси, фактури) направо на imports@greenwholesale.be в структуриран формат – CSV или "
         "XML? Ако директно не може, пратете ги на мен в такъв файл.\n\nБлагодаря,\nНиколай Стоянов",
         "Николай Стоянов"),
        ("restriction", (), "",
         "Здравейте,\n\nВ системата ви явно съм записан като клиент по погрешка – съседката ми поръча нещо на мое "
         "име, защото аз бях вкъщи да го получа, и сега получавам имейли за „моята поръчка“ и фактура на мое име. "
         "Оспорвам тези данни. Докато изясните чия е поръчката, моля не използвайте името и имейла ми за нищо. "
         "Засега не ги трийте – ако куриерът реши, че аз дължа нещо, фактурата ще ми трябва.\n\nВасил Колев",
         "Васил Колев"),
        ("objection", (), "проследяване",
         "Здравейте. Забелязах, че сайтът ви следи какво разглеждам и после ми показва същите неща навсякъде в "
         "интернет. Не съм съгласна да ме профилирате по този начин. Спрете го за моя профил (имейл: "
         "m.todorova@abv.bg).\nМария Тодорова",
         "Мария Тодорова"),
        ("withdraw_consent", (), "бюлетин",
         "Здравейте,\n\nПриятелка ми подари ваш ваучер за рождения ден и при активирането му явно съм се съгласила "
         "да получавам бюлетина ви. Вече не го искам. Оттеглям съгласието си – моля, не ми пращайте повече "
         "рекламни имейли.\n\nБлагодаря,\nРалица",
         "Ралица Ангелова"),
        ("complaint", ("access",), "Re: Въпрос за данните ми от кандидатстването",
         "Здравейте отново,\n\nНа 2 май ви писах с молба да ми кажете какви мои данни сте запазили след интервюто за "
         "позицията „Оператор онлайн магазин“ и да ми изпратите копие. Днес е 20 юни – нито отговор, нито "
         "потвърждение, че писмото е получено.\n\nПовтарям молбата си. Ако до две седмици не получа отговор, ще "
         "подам жалба до белгийския орган за защита на данните.\n\nПламен Христов",
         "Пламен Христов"),
        ("other", (), "GDPR одит за онлайн магазини – предложение",
         "Здравейте,\n\nКазвам се Антон Петков и съм консултант по защита на данните. Помагаме на онлайн магазини "
         "да са в съответствие с GDPR – одит, политики, обучение на персонала. Ще се радвам на 20-минутен разговор; "
         "удобно ли ви е следващата седмица?\n\nПоздрави,\nАнтон Петков\nDataSafe Consulting",
         "Антон Петков"),
        ("automated", (), "Автоматичен отговор: Re: Поръчка",
         "Здравейте,\n\nВ момента съм в отпуск и ще се върна на 2 септември. Няма да имам достъп до имейла си. За "
         "спешни въпроси се обърнете към колегата ми Иван Георгиев на ivan.georgiev@accounting-bg.eu.\n\n"
         "Поздрави,\nМилена",
         "Милена Маринова"),
    ],
}

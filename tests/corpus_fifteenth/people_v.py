"""Fifteenth set, requests that reach the mailbox through other channels. Written apart from the rules (see make_fifteenth.py)."""

PEOPLE_V = {
    "pl": [
        ("access", (),
         "Nieuw bericht via contactformulier: Moje dane",
         """Er is een nieuw bericht verzonden via het contactformulier.

Naam: Agnieszka Wróbel
E-mailadres: aga.wrobel84@gmail.com
Telefoon: 0470 21 88 43
Onderwerp: Moje dane
Bericht:
Dzień dobry,
robiłam u Was kilka razy zakupy (meble ogrodowe, ostatnio lampki solarne), mam też kartę stałego klienta. Chciałabym wiedzieć, co dokładnie macie o mnie zapisane w systemie - adresy, historia zamówień, cokolwiek jeszcze. Czy mogę dostać to wszystko mailem?
Z góry dziękuję
Agnieszka

---
Verzonden vanaf: https://www.shop.example.be/nl/contact
Datum: 12/03/2024 21:47""",
         "shop.example.be - contactformulier"),

        ("correction", (),
         "tel. od klientki - dane do zmiany",
         """Cześć,

przekazuję, bo to chyba do Was. Dzwoniła dziś rano pani Joanna Lis (nr karty stałego klienta 4410 2287 193). Wyszła za mąż i nazywa się teraz Joanna Lis-Dąbrowska, poza tym w lutym przeprowadziła się z Gandawy do Mechelen. Na koncie dalej ma stare nazwisko i stary adres, przez co ostatnia paczka pojechała do Gandawy. Próbowała to zmienić sama w profilu, ale pole z nazwiskiem jest zablokowane.

Nowy adres: Hoogstraat 112 bus 3, 2800 Mechelen
Mail bez zmian: joasia.lis@o2.pl

Prosiła, żeby ktoś to poprawił i dał jej znać mailem.

Dzięki!
Kasia
Obsługa klienta - desk PL""",
         "Katarzyna Mazur"),

        ("deletion", ("withdraw_consent",),
         "",
         """Dzień dobry.

Piszę w imieniu mojego ojca, Zbigniewa Kamińskiego, który zmarł w styczniu. Porządkuję jego sprawy i jego skrzynkę mailową. Proszę o zlikwidowanie jego konta w Państwa sklepie razem ze wszystkimi danymi, nikt z niego już nie będzie korzystał. Jeśli potrzebny jest akt zgonu, mogę przesłać skan.

I druga sprawa - co tydzień przychodzą od Państwa gazetki z promocjami na jego adres zbyszek.kaminski@wp.pl. Proszę je wstrzymać od razu, nie czekając na usunięcie konta, bo mamie jest przykro, jak to widzi.

Z poważaniem
Tomasz Kamiński""",
         "Tomasz Kamiński"),

        ("portability", (),
         "Fwd: Transkrypcja czatu #58127",
         """Przesyłam rozmowę z czatu z wczoraj, klient chce jakiś eksport danych, nie wiem jak to się u nas robi.

---------- Transkrypcja czatu ----------
Czat #58127 | 18.04.2024 | Język: PL
[19:02] Gość (Paweł): dobry wieczor
[19:02] Marta (konsultant): Dobry wieczór, w czym mogę pomóc?
[19:03] Gość (Paweł): mam u was konto od 2019, chcialbym dostac cala historie zamowien i punkty z karty w jakims pliku ktory da sie otworzyc w excelu albo wczytac gdzie indziej
[19:04] Gość (Paweł): zakladam firme i chce to wrzucic do programu ksiegowego, a czesc przeniesc do innego sklepu ktory ma podobny program lojalnosciowy
[19:05] Marta (konsultant): Rozumiem. Mogę wysłać faktury w PDF, czy to wystarczy?
[19:06] Gość (Paweł): nie, pdf nic mi nie da, potrzebuje csv albo cos podobnego
[19:07] Marta (konsultant): Przekażę prośbę do odpowiedniego działu, odpowiedź przyjdzie na adres e-mail przypisany do konta.
[19:07] Gość (Paweł): ok, pawel.grabowski@onet.pl
[19:08] Czat zakończony przez gościa
-----------------------------------------""",
         "Marta Szymańska"),

        ("restriction", (),
         "Sygn. akt I C 412/24 - Robert Zieliński",
         """KANCELARIA ADWOKACKA
adw. Małgorzata Sikora
ul. Piotrkowska 97/4, 90-425 Łódź

Łódź, 3 czerwca 2024 r.

Szanowni Państwo,

działając w imieniu i na rzecz mojego Mandanta, Pana Roberta Zielińskiego (pełnomocnictwo w załączeniu), w związku z toczącym się sporem dotyczącym zamówienia nr BE-2023-118734 (reklamacja zestawu mebli ogrodowych), wnoszę o:

1) niezwłoczne ograniczenie przetwarzania danych osobowych Mandanta wyłącznie do ich przechowywania, na podstawie art. 18 ust. 1 lit. c) RODO - dane te są Mandantowi potrzebne do dochodzenia roszczeń przed sądem;
2) niedokonywanie ich usunięcia ani modyfikacji do czasu prawomocnego zakończenia postępowania, w szczególności nagrań rozmów z infolinią i korespondencji z działem reklamacji.

Proszę o potwierdzenie wykonania wniosku na adres kancelarii.

Z poważaniem
adw. Małgorzata Sikora

Zał.: pełnomocnictwo""",
         "Kancelaria Adwokacka Sikora"),

        ("objection", (),
         "DM z Instagrama - do Was?",
         """Hej, wklejam wiadomość, która przyszła na naszego Instagrama. Nie odpisywałam jeszcze, dajcie znać, co mam powiedzieć.

> @michal.wojcik_88:
> Serio ludzie? Raz oglądałem u was grilla gazowego na stronie i od dwóch tygodni każda reklama na fb i insta to wasze grille. Nie zgadzam się na to żebyście przekazywali info o tym co przeglądam facebookowi czy komukolwiek innemu do reklam. Macie to wyłączyć dla mojego konta, mail ten sam co w sklepie michal.wojcik88@gmail.com

Pozdrawiam
Ola | social media""",
         "Aleksandra Nowicka"),

        ("withdraw_consent", (),
         "Re: Hoe tevreden bent u over uw bestelling?",
         """Zamowienie ok, dostawa szybka, daje 4 bo karton byl troche zgnieciony.

Ale przy okazji - wypiszcie mnie prosze z tych maili z promocjami, przychodzi tego za duzo, czasem 3 dziennie. Nie chce ich juz dostawac.

Wyslane z iPhone'a

> Op 14 mei 2024 om 10:12 heeft shop.example.be <noreply@shop.example.be> het volgende geschreven:
>
> Bedankt voor uw aankoop! Hoe tevreden bent u over uw bestelling? Geef een score van 1 tot 5.""",
         "Grzegorz Pawlak"),

        ("complaint", ("access",),
         "Scan brief post 11/06",
         """[OCR - scan_20240611_0932.pdf, pagina 1/1]

Halina Pietrzak
ul. Kościuszki 14 m. 6
87-100 Toruń                                   Toruń, dn. 3.06.2024

                         shop.example.be
                         Dział Ochrony Danych
                         (adres z reg ulaminu)

Dotyczy: mojego pisma z dnia 12 lutego 2024 r.

W lutym wysłałam do Państwa list polecony z prośbą o infor-
macje, jakie moje dane osobowe Państwo posiadają i komu je
przekazaliście. Do dziś nie otrzyrnałam żadnej odpowiedzi,
chociaż minęły prawie 4 miesiące, a termin to jest miesiąc.

Ponawiam więc prośbę o przesłanie mi kopii moich danych.
Jeżeli i tym razem nie będzie odpowiedzi, złożę skargę do
Prezesa UODO oraz do belgijskiego urzędu ochrony danych.
Uważam, że takie traktowanie klienta jest nie do przyjęcia.

                                   Z poważaniem
                                   H. Pietrzak
                                   (podpis nieczytelny)

W za1ączeniu: kopia potwierdzenia nadania z 12.02.2024""",
         "Onthaal - postkamer"),

        ("other", (),
         "Contact form: Pokrowiec na parasol",
         """New submission from the contact form

Name: Krzysztof Baran
Email: k.baran@interia.pl
Order number (optional):
Topic: Product question
Message:
Witam, kupiłem w zeszłym roku parasol ogrodowy 3m (ten z korbką, szary). Materiał po zimie się porwał. Czy da się u Was kupić samo poszycie zamienne, czy trzeba brać cały parasol? Jeśli tak, to ile kosztuje i czy wysyłacie do Polski?
Pozdrawiam

--
This e-mail was sent from a contact form on shop.example.be""",
         "shop.example.be"),

        ("automated", (),
         "Potwierdzenie przyjęcia zgłoszenia [#PL-2024-448913]",
         """Szanowni Państwo,

dziękujemy za kontakt z Biurem Obsługi Klienta. Potwierdzamy przyjęcie zgłoszenia, które otrzymało numer PL-2024-448913.

Nasi konsultanci zajmą się nim w kolejności wpływu, zazwyczaj w ciągu 2 dni roboczych. Odpowiadając w tej sprawie, prosimy nie zmieniać tematu wiadomości - numer zgłoszenia pozwala nam przypisać korespondencję do właściwej sprawy.

Ta wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.

Z pozdrowieniami
Zespół Obsługi Klienta""",
         "BOK - Obsługa Klienta"),
    ],

    "cs": [
        ("access", (),
         "Žádost o informace - klient Ing. Jan Dvořák",
         """Vážení,

v zastoupení našeho klienta, pana Ing. Jana Dvořáka, nar. 14. 7. 1979, bytem Antverpy (plná moc v příloze), se na Vás obracíme s žádostí podle čl. 15 obecného nařízení o ochraně osobních údajů.

Žádáme o sdělení, zda a jaké osobní údaje našeho klienta zpracováváte, za jakým účelem, komu byly zpřístupněny (včetně Vašich marketingových partnerů) a po jakou dobu je hodláte uchovávat. Současně žádáme o poskytnutí kopie těchto údajů.

Odpověď prosím zašlete elektronicky na adresu kanceláře.

S pozdravem

Mgr. Petra Horáková, advokátka
Advokátní kancelář Horáková & Beneš s.r.o.
Vinohradská 1511/230, 100 00 Praha 10
tel.: +420 222 513 880""",
         "Mgr. Petra Horáková"),

        ("correction", (),
         "Formulaire de contact - Nouveau message",
         """Nouveau message reçu via le formulaire de contact

Nom : Lucie Novotna
Courriel : lucka.novotna@seznam.cz
Sujet : Autre
Message :
dobry den, pri registraci do vernostniho programu jsem asi spatne vyplnila datum narozeni, mam tam 03.11.1995 ale spravne je 11.03.1995. Takze mi chodi sleva k narozeninam v listopadu misto v breznu :) Muzete mi to prepsat? Diky Lucie

--
Envoyé depuis https://www.shop.example.be/fr/contact""",
         "Formulaire de contact"),

        ("deletion", (),
         "Scan - brief CZ?",
         """Ingescande brief in bijlage + OCR hieronder. Taal: Tsjechisch denk ik. Graag verder opvolgen.

--- OCR ---
Marie Procházková
Husova 21
602 00 Brno                                  V Brnč dne 2.5.2024

Vážení,

minulý rok jsem si u Vás objednala zahradní lavičku a paní
na telefonu mi při tom založila účet na rnoje jméno. Já sama
přes internet nenaku-
puji a nechci, aby u Vás o mně zůstávaly jakékoliv údaje -
jméno, adresa, telefon, nic. Prosím, abyste ten účet zrušili
a všechno o mně odstranili.

Děkuji.
                                            S pozdravem
                                         M. Procházková""",
         "Postkamer"),

        ("portability", ("deletion",),
         "Chat export 22/05 - CZ zákazník",
         """Ahoj, tohle přišlo přes chat, posílám vám to celé. Díky, Tereza

Chat ID 77310 - 22.05.2024
Zákazník: Ondřej Kratochvíl (ondra.krat@gmail.com)

14:31 Zákazník: Dobrý den, budu u vás končit, přecházím k jinýmu e-shopu
14:31 Zákazník: chtěl bych si ale vzít s sebou svoje data - objednávky, seznam přání, adresy, všechno co tam mám
14:32 Tereza: Dobrý den, myslíte vytisknout faktury?
14:33 Zákazník: ne, nějaký export, JSON nebo CSV, aby se to dalo nahrát jinam. Ideálně to rovnou pošlete tomu novýmu obchodu, ale stačí když to pošlete mně
14:34 Zákazník: a až to budu mít, tak ten účet klidně smažte i se vším
14:35 Tereza: Rozumím, předám to kolegům, ozvou se Vám e-mailem.
14:35 Zákazník: díky""",
         "Tereza Svobodová"),

        ("restriction", (),
         "telefonát - p. Veselá, reklamace sekačky",
         """Ahoj,

volala mi paní Jana Veselá (zákaznické č. 100458812), řeší s námi reklamaci sekačky, už je to druhý měsíc. Chce hlavně tohle: abychom NIC z jejích údajů nemazali - faktury, fotky, které posílala, záznam z chatu - protože to možná dá k soudu. Zároveň ale nechce, aby se její údaje mezitím jakkoli používaly, ať to jen leží uložené, dokud se spor nevyřeší.

Slíbila jsem jí, že to předám vám a že dostane písemné potvrzení na jana.vesela@email.cz.

Díky
Lenka
Zákaznický servis""",
         "Lenka Pokorná"),

        ("objection", (),
         "Re: Uw mening telt!",
         """Dobrý den,
hodnocení jsem vyplnil, tady jen poznámka, na kterou ve formuláři nebylo místo.

Vadí mi, že od té doby, co mám věrnostní kartu, mi chodí nabídky sestavené podle toho, co jsem kupoval - hnojiva, krmivo pro kočku atd. Nechci, abyste si z mých nákupů skládali můj profil a vyhodnocovali, co bych asi chtěl. Newsletter mi klidně posílejte dál, ten je v pohodě, ale to „personalizované" ať se mě netýká.

Díky
Martin Kolář""",
         "Martin Kolář"),

        ("withdraw_consent", (),
         "FB zprava",
         """Posilam z Messengeru, zakaznice se nemuze odhlasit.

"Dobry den, chtela bych se odhlasit z vaseho newsletteru, ale odkaz dole v mailu mi hazi chybu 404. Uz ty maily nechci dostavat, adresa je kaja.bartosova@centrum.cz. Dekuji"

Jirka""",
         "Jiří Dvořáček"),

        ("complaint", ("deletion",),
         "Cizí faktura v balíku - moje matka",
         """Dobrý den,

píšu za svou maminku, paní Evu Markovou (84 let), která u Vás má zákaznický účet. Včera jí přišel balík s truhlíky a uvnitř byla kromě její faktury i faktura nějakého pána z Lovaně - s jeho adresou, telefonem a tím, co si objednal. A na maminčině faktuře je u telefonu číslo, které vůbec není její.

To znamená, že její údaje mohly stejně tak skončit u někoho cizího. Chápu, že je to chyba při balení, ale takhle se s osobními údaji zacházet nemá a chci vědět, jak k tomu došlo.

Maminka si kromě toho přeje, abyste její účet zrušili a všechno o ní vymazali, už u Vás nakupovat nebude.

S pozdravem
Ivana Šímová
(dcera, maminka o tomto e-mailu ví a souhlasí)""",
         "Ivana Šímová"),

        ("other", (),
         "Re: Votre avis nous intéresse",
         """Hodnocení: 2 hvězdičky. Kurýr nechal balík s hnojivem před domem v dešti, pytel byl úplně rozmočený. Jinak zboží v pořádku, ale takhle to nejde. Můžete s tou dopravní společností něco udělat? Případně bych chtěl slevu na příští nákup.

P. Říha""",
         "Pavel Říha"),

        ("automated", (),
         "Automatická odpověď: Vaše zpráva",
         """Dobrý den,

děkuji za Váš e-mail. Od 29. 7. do 9. 8. 2024 čerpám dovolenou a nemám přístup k poště. Ve věcech, které nesnesou odkladu, se prosím obraťte na kolegu Mgr. Tomáše Beneše (benes@ak-hb.cz, +420 222 513 881).

Po návratu se Vám ozvu.

S pozdravem
Petra Horáková""",
         "Mgr. Petra Horáková"),
    ],

    "hr": [
        ("access", (),
         "Insta poruka",
         """Hi team, got this DM on Instagram, she writes in Croatian. Google Translate says she wants to know what data we have on her. Can one of you take it?

-----
ivana_ptr: bok! imam kod vas racun vec par godina i karticu vjernosti. mozete mi poslati sto sve o meni imate spremljeno? adrese, kupnje, sto god. bas me zanima sto se sve skupilo kroz godine 😅 mail mi je ivana.petrovic.st@gmail.com
-----

Bart
Social media""",
         "Bart Wouters"),

        ("correction", ("withdraw_consent",),
         "[Contact] New message from Marija Jurić",
         """You have received a new message via the contact form on shop.example.be

Name: Marija Jurić
E-mail: marija.juric@t-com.hr
Phone:
Subject: Kriva e-mail adresa u računu
Message:
Poštovani,
kod registracije sam krivo upisala e-mail adresu (marija.juirc@t-com.hr umjesto marija.juric@t-com.hr) pa mi potvrde narudžbi ne stižu. Molim da to ispravite na točnu adresu.
Kad to ispravite, molim vas da mi ne šaljete newsletter ni promotivne ponude - kvačicu za to sam stavila slučajno.
Hvala unaprijed,
Marija Jurić""",
         "shop.example.be"),

        ("deletion", (),
         "poziv - gđa Horvat",
         """Pozdrav,

zvala je gospođa Đurđa Horvat (broj kupca 70034127), starija gospođa, malo smo se teško razumjele. Kaže da više ništa ne kupuje preko interneta jer se seli u dom, i da ne želi da kod nas išta o njoj ostane - ni račun, ni adresa, ni broj telefona. Sve da se makne.

E-mail sama ne čita, pa potvrdu treba poslati poštom na: Ilica 145, 10000 Zagreb.

Hvala,
Ana
Služba za korisnike""",
         "Ana Kovačević"),

        ("portability", (),
         "Fwd: chat 03.06.",
         """Evo ovo, nisam siguran kome ide pa šaljem vama. Luka

---------- Proslijeđena poruka ----------
Od: Live Chat <chat@shop.example.be>
Datum: pon, 3. lip 2024. u 16:48
Predmet: Transcript chat #90214

[16:40] Posjetitelj: Dobar dan
[16:40] Posjetitelj: Trebao bi sve svoje narudžbe i bodove s kartice vjernosti u nekom formatu koji mogu učitati drugdje
[16:41] Agent (Luka): Dobar dan! Mislite na račune u PDF-u?
[16:42] Posjetitelj: ne, nešto strojno čitljivo, csv, xml, json, svejedno. Prelazim u drugu trgovinu i oni mi nude da prebace bodove ako im dam podatke
[16:42] Posjetitelj: ili vi pošaljite direktno njima ako može
[16:43] Agent (Luka): Proslijedit ću zahtjev kolegama. Koji je vaš e-mail?
[16:43] Posjetitelj: dario.kovac@gmail.com
[16:44] Agent (Luka): Hvala, javit će vam se.""",
         "Luka Babić"),

        ("restriction", (),
         "Tomislav Matić - kartica vjernosti",
         """ODVJETNIČKI URED
MIRJANA RADIĆ
Savska cesta 41, 10000 Zagreb

Zagreb, 17. lipnja 2024.

Predmet: Tomislav Matić - zahtjev za ograničenje obrade

Poštovani,

zastupam gospodina Tomislava Matića (punomoć u prilogu). Vaš je sustav vjernosti u svibnju blokirao njegovu karticu uz obrazloženje da je „zlouporabio povrate", a kao razlog navodi se više povrata za koje moja stranka tvrdi da ih nikada nije izvršila. Točnost tih podataka osporavamo.

Do provjere točnosti tih zapisa zahtijevam da se obrada osobnih podataka moje stranke ograniči na njihovo pohranjivanje, tj. da se ti podaci ne koriste ni za kakve odluke o njemu, ali i da se ne brišu, budući da će nam biti potrebni kao dokaz.

Molim pisanu potvrdu u roku od mjesec dana.

S poštovanjem,
Mirjana Radić, odvjetnica""",
         "Odvjetnički ured Radić"),

        ("objection", (),
         "scan 0612",
         """Skenirano: 12.06.2024 09:14 | Uređaj: RICOH-ONTHAAL-2 | Stranica 1

Zvonimir Babić
Ul. kralja Zvonimira 8
21000 SpIit

                                              Split, 4. 6. 2024.

PREDMET: prigovor

Poštovani,

iz Vaših uvjeta privatnosti saznao sam da moje podatke o kupnja-
ma dijelite s "marketinškim partnerima" radi oglašavanja. S tim
se ne slažem i protivim se tome. Ne želim da se moje ime, adresa
ili podaci o tome što kupujem šalju ikome trećem u svrhu re-
klama, niti da se na temelju toga stvara moj profil.

Molim da to prestane i da mi to pisano potvrdite.

                                            S poštovanjem
                                            Z. Babić""",
         "Scanner Onthaal"),

        ("withdraw_consent", (),
         "Re: Your opinion matters - 2 minutes",
         """Sve 5, dostava odlična.

Jedino bih vas molio da me maknete s liste za newsletter i promotivne mailove. Ne smeta mi ništa konkretno, samo mi je inbox pretrpan.

Pozdrav, Krešo

Poslano s mog Samsung Galaxy pametnog telefona.""",
         "Krešimir Blažević"),

        ("complaint", ("deletion",),
         "Re: Brisanje podataka - Nikolina Perić",
         """Poštovani,

pišem u ime supruge, Nikoline Perić, jer je trenutno u bolnici. Ona vam je 28. travnja s ovog našeg zajedničkog maila tražila da joj zatvorite korisnički račun i obrišete podatke. Prošlo je više od šest tjedana, nitko se nije javio, a vaši mailovi i dalje stižu na njezino ime.

Ponavljam njezin zahtjev: račun zatvoriti, podatke obrisati. Ako ni ovaj put ne dobijemo odgovor, obratit ćemo se Agenciji za zaštitu osobnih podataka, a i belgijskom nadzornom tijelu.

Goran Perić

> Od: Nikolina Perić
> Poslano: 28. travnja 2024. 20:13
> Predmet: Brisanje podataka - Nikolina Perić
> Molim da zatvorite moj račun kod vas i izbrišete sve moje podatke. Hvala. Nikolina""",
         "Perić"),

        ("other", (),
         "Nieuw bericht via contactformulier",
         """Naam: Stjepan Vuković
E-mail: stjepan.vukovic@gmail.com
Bestelnummer: BE-2024-220931
Onderwerp: Productvraag
Bericht:
Dobar dan, kupio sam kod vas vrtno crijevo 25 m s kolutom. Treba mi rezervni priključak za pištolj (onaj plavi klik-spoj), stari je pukao. Imate li to kao zaseban dio i koji je broj artikla? Hvala.""",
         "Contactformulier shop.example.be"),

        ("automated", (),
         "Zaprimljen upit - broj predmeta 2024-06-000781",
         """Poštovani,

zahvaljujemo na Vašem upitu. Vaš zahtjev je zaprimljen i dodijeljen mu je broj predmeta 2024-06-000781.

Odgovor ćete dobiti u najkraćem mogućem roku, a najkasnije u roku od 15 dana. Molimo da u daljnjoj komunikaciji navodite broj predmeta.

Ova poruka je automatski generirana, molimo ne odgovarajte na nju.

Srdačan pozdrav,
Korisnička podrška""",
         "Korisnička podrška"),
    ],

    "sv": [
        ("access", ("portability",),
         "Begäran om registerutdrag - vår klient Anna Lindqvist",
         """Hej,

Vi företräder Anna Lindqvist, 850312-XXXX, i ett ärende rörande hennes kundrelation med er (fullmakt bifogas).

Med stöd av artikel 15 i dataskyddsförordningen begär vi ett registerutdrag avseende samtliga personuppgifter som ni behandlar om vår klient, inklusive uppgifter om ändamål, mottagare och lagringstid.

Vi begär vidare, med stöd av artikel 20, att de uppgifter vår klient själv har lämnat till er (kundkonto, orderhistorik, lojalitetspoäng) lämnas ut i ett strukturerat, maskinläsbart format, förslagsvis CSV eller JSON.

Svar önskas till undertecknad per e-post.

Med vänliga hälsningar

Erik Sjöberg
Advokat
Advokatfirman Sjöberg & Nyström AB
Kungsgatan 12, 411 19 Göteborg""",
         "Erik Sjöberg"),

        ("correction", (),
         "chatt idag",
         """Hej! Klistrar in en chatt från i eftermiddags, kunden vill ha sitt namn rättat. Jag kan inte ändra det i systemet. /Sofie

[15:12] Kund: hej, mitt kundkort står på "Jon Karlson" men jag heter Jonas Karlsson, med två s
[15:12] Kund: har varit fel sen jag registrerade mig, står fel på fakturorna också
[15:13] Sofie: Hej Jonas! Vad tråkigt, jag ska se vad jag kan göra
[15:14] Kund: kan ni fixa det? kundnummer 3381920
[15:15] Sofie: Jag skickar vidare det till rätt avdelning, du får besked via mejl.
[15:15] Kund: toppen tack""",
         "Sofie Peeters"),

        ("deletion", (),
         "SV: Vad tyckte du om ditt köp?",
         """Hej,

Allt bra med leveransen. Men jag flyttar hem till Sverige i augusti och kommer inte handla hos er mer, så ni får gärna ta bort mig helt - kontot, adressen, klubbkortet, allt. Ingen idé att ni sparar mina uppgifter.

Hälsningar
Karin Ek""",
         "Karin Ek"),

        ("portability", (),
         "Contactformulier: Min orderhistorik",
         """Naam: Henrik Bergström
E-mail: henrik.bergstrom@outlook.com
Klantnummer: 5520087
Onderwerp: Anders
Bericht:
Hej! Jag har handlat en hel del trädgårdsgrejer hos er de senaste tre åren. Nu har jag börjat föra en egen databas över allt i trädgården (växter, verktyg, garantier) och skulle vilja ha min köphistorik som en fil jag kan läsa in, t.ex. CSV eller Excel, med datum, artikel och pris. Går det att ordna? PDF-kvitton funkar tyvärr inte för import.
Tack på förhand!""",
         "Contactformulier shop.example.be"),

        ("restriction", (),
         "Scan: brief uit Zweden",
         """--- OCR-resultaat (automatisch, niet nagelezen) ---

Gunnel Åberg
Storgatan 4 B
753 20 Uppsa1a

                                  Uppsala den 28 maj 2024

Angående mina personuppgifter

Hej,

Jag har ett pågående ärende med mitt försäkringsbolag
om en trasig markis som jag köpte hos er 2023 och som
orsakade skador på min altan. Försäkringsbolaget kan
komma att behöva era uppgifter om köpet.

Jag vill därför att ni INTE raderar något om mig just
nu, men att ni inte heller använder mina uppgifter till
någonting annat än att ha dem sparade medan ärendet pågår.

Jag hör av mig när ärendet är avslutat.

Vänliga hälsningar
Gunnel Åberg""",
         "Postkamer"),

        ("objection", (),
         "Samtal från kund i morse",
         """Hej dataskydd,

Hade en kund i telefon i morse, Mats Holm (mats.holm@telia.com). Han var rätt irriterad över att han får annonser på Facebook och Google för exakt det han har tittat på i vår webbshop. Han sa ungefär: "Jag vill inte att ni spårar vad jag gör på er sida och delar det med annonsnätverken. Sluta med det för min del."

Han vill inte avsluta kontot, och nyhetsbrevet får han gärna fortsätta få, det var bara spårningen och annonserna han var emot.

Kan ni ta det härifrån?

/Linnéa, kundtjänst""",
         "Linnéa Andersson"),

        ("withdraw_consent", (),
         "",
         """Från vår Facebooksida (Messenger), igår kväll:

"Hej! Har letat efter hur man avregistrerar sig från ert nyhetsbrev men hittar inget på sidan. Vill inte ha fler reklammejl från er, tack. Mejladressen är lisa.nordin84@hotmail.com"

Hon har fått standardsvaret att vi skickat vidare.""",
         "Social media team"),

        ("complaint", ("deletion",),
         "Mammas konto - någon har ändrat adressen",
         """Hej,

Jag skriver för min mamma Birgitta Sandberg, som är 79 och inte så van vid datorer. Hon fick förra veckan ett mejl från er om att leveransadressen på hennes konto hade ändrats till en adress i Liège, och sedan en orderbekräftelse på en robotgräsklippare för 1 299 euro som hon aldrig har beställt.

Någon har alltså kommit åt hennes konto. Vi har ringt kundtjänst två gånger och fått höra att "det ska undersökas", men ingen har hört av sig. Jag tycker att det här är allvarligt - hur kan någon ändra adress utan att ni reagerar? Och vad har den personen kunnat se av hennes uppgifter?

Jag förväntar mig att ni tar det här på allvar och återkommer skriftligen. Mamma vill heller inte ha kvar något konto hos er efter det här, så stäng det och radera hennes uppgifter.

Mvh
Peter Sandberg""",
         "Peter Sandberg"),

        ("other", (),
         "Fråga från Instagram",
         """Hej! Fick den här på Instagram, vet ni vem som kan svara? Jag vet inte ens om vi har den kvar i sortimentet.

> "Hej, säljer ni fortfarande den gröna pallkragen i lärk, 120x80? Hittar den inte längre på sajten. Och går den att kombinera med locket ni hade förra våren?"

Tack!
Emma""",
         "Emma Claes"),

        ("automated", (),
         "Automatiskt svar: Begäran om registerutdrag - vår klient Anna Lindqvist",
         """Hej,

Tack för ditt mejl. Jag är föräldraledig till och med den 30 augusti och läser inte min e-post regelbundet.

I brådskande ärenden, kontakta min kollega advokat Sara Nyström, sara.nystrom@sjobergnystrom.se, 031-711 20 40, eller vår växel.

Med vänliga hälsningar
Erik Sjöberg""",
         "Erik Sjöberg"),
    ],

    "ro": [
        ("access", (),
         "Scan postkamer 14/06 (Roemeens?)",
         """Doorgestuurd door onthaal. Brief per aangetekende post ontvangen op 13/06, OCR hieronder.

==== OCR ====
Constantin Dumitrescu
Str. Mihai Eminescu nr. 27, bl. C3, ap. 14
Iasi, 700123, Romania

Catre: shop.example.be - Responsabil protectia datelor

Stimata doamna / Stimate domnule,

Subsemnatul Constantin Dumitrescu, client al magazinului
dumneavoastra online din 2021, va rog sa-mi comunicati ce
date cu caracter personal detineti despre mine, in ce scop
le folositi si daca le-ati transmis altor firme.
Doresc de asemenea o copie a acestor date, pe e-mail la
adresa c.dumitrescu1962@yahoo.com sau prin posta.

Va multumesc anticipat.

Data: 05.06.2O24                      Semnatura: (indescifrabila)""",
         "Onthaal"),

        ("correction", (),
         "Re: Cât de mulțumit ați fost de comandă?",
         """Bună ziua,

Produsul e ok, dar livrarea a durat o săptămână pentru că în cont îmi apare tot adresa veche din Ixelles. M-am mutat de un an în Leuven, Tiensestraat 88. Am încercat să o schimb din cont, dar nu se salvează. Vă rog să o modificați voi, nu vreau să mai ajungă coletele la fosta locuință.

Mulțumesc,
Ioana Stan""",
         "Ioana Stan"),

        ("deletion", (),
         "Succesiune defunct Gheorghe Popa",
         """BIROU INDIVIDUAL NOTARIAL
Notar public Elena Marinescu
Str. Republicii nr. 12, Brașov

Nr. 1184 / 20.05.2024

Către: shop.example.be

Stimați domni,

În cadrul procedurii succesorale privind pe defunctul Gheorghe Popa, decedat la 02.02.2024, cu ultimul domiciliu în Brașov, vă comunicăm, la solicitarea moștenitorilor (soția supraviețuitoare, dna Maria Popa, și fiul, dl Adrian Popa), următoarele:

Moștenitorii solicită închiderea contului de client deschis pe numele defunctului la magazinul dumneavoastră online (adresa de e-mail gheorghe.popa53@yahoo.com) și ștergerea tuturor datelor asociate acestuia, inclusiv a celor aferente cardului de fidelitate.

Anexăm copie a certificatului de deces și a încheierii de deschidere a procedurii succesorale.

Cu stimă,
Notar public,
Elena Marinescu""",
         "BIN Elena Marinescu"),

        ("portability", (),
         "Cerere - client Andrei Neagu",
         """Stimată doamnă, stimate domn,

Subsemnata, av. Raluca Ionescu, din Baroul București, în calitate de avocat al dlui Andrei Neagu (împuternicire avocațială atașată), vă adresez următoarea solicitare în numele clientului meu.

Clientul meu dorește să primească datele personale pe care vi le-a furnizat în legătură cu contul său (date de identificare, istoricul comenzilor, punctele acumulate pe cardul de fidelitate) într-un format structurat, utilizat în mod curent și care poate fi citit automat, în temeiul art. 20 din Regulamentul (UE) 2016/679. De asemenea, solicită ca, dacă este fezabil din punct de vedere tehnic, aceste date să fie transmise direct societății GardenPlus SRL, la adresa dpo@gardenplus.example.ro.

Vă rog să confirmați primirea prezentei.

Cu stimă,
Av. Raluca Ionescu""",
         "Av. Raluca Ionescu"),

        ("restriction", (),
         "apel telefonic - dl Munteanu",
         """Salut,

Am vorbit azi la telefon cu dl Sorin Munteanu (nr. client 2290415, sorin.munteanu@gmail.com). Omul nu mai vrea să aibă de-a face cu noi, dar are garanție la pompa de piscină până în martie 2025 și îi e frică s-o piardă dacă îi ștergem contul.

Ce a cerut, cu vorbele lui: „Păstrați-mi datele, dar puneți-le la congelator. Să nu le mai folosiți la nimic, doar să existe dacă am nevoie de garanție."

I-am zis că transmit mai departe la voi. Vrea confirmare pe mail.

Mersi,
Cristina
Relații clienți""",
         "Cristina Dobre"),

        ("objection", ("withdraw_consent",),
         "Fwd: Conversatie chat #66120",
         """Buna, va trimit conversatia, clientul a cerut doua lucruri. Alina

Vizitator: buna ziua
Vizitator: am observat ca imi recomandati produse dupa ce am cumparat si vad reclame la voi pe toate site-urile
Vizitator: nu vreau sa fiu profilat si nici sa dati datele mele la firmele de reclama. ma opun la asta
Alina (suport): Bună ziua! Înțeleg. Vă mai pot ajuta cu ceva?
Vizitator: da, scoateti-ma si de la newsletter, nu-l mai vreau
Vizitator: emailul e vlad.georgescu@gmail.com
Alina (suport): Am notat, transmit colegilor care se ocupă de date personale.""",
         "Alina Constantin"),

        ("withdraw_consent", (),
         "FB comment (RO)",
         """Hello privacy team, comment under our Facebook post of 10/06 (promo garden furniture), in Romanian. Google Translate: she wants to stop receiving the emails. Can you handle? Thanks, Bart

„Dragilor, mobilierul vostru e superb, dar nu mai suport 5 emailuri pe săptămână 😂 Nu găsesc de unde mă dezabonez, scoateți-mă voi de pe listă, vă rog: daniela.rusu@gmail.com”""",
         "Bart Wouters"),

        ("complaint", ("deletion",),
         "A DOUA oară - datele mamei mele",
         """Bună ziua,

Vă scriu a doua oară în numele mamei mele, doamna Viorica Ene. Pe 12 februarie v-am trimis, de pe această adresă, cererea ei de a-i șterge contul și toate datele, împreună cu o procură semnată de ea. N-am primit niciun răspuns, iar săptămâna trecută i-a venit acasă catalogul vostru tipărit, cu numele și adresa ei pe plic.

Asta nu e în regulă. Au trecut mai bine de trei luni. Vă cer din nou să-i ștergeți datele și să-mi confirmați în scris. Dacă nu primesc răspuns în 14 zile, depun plângere la ANSPDCP și la autoritatea belgiană.

Mihai Ene""",
         "Mihai Ene"),

        ("other", (),
         "New contact form submission",
         """Name: Gabriela Toma
Email: gabi.toma@yahoo.ro
Subject: Întrebare produs
Message:
Bună ziua, grătarul pe cărbuni XL din oferta de săptămâna asta mai e pe stoc? Pe site scrie „livrare în 3-5 zile", dar vreau să știu dacă îl primesc până sâmbătă, avem o petrecere. Se poate ridica și personal din depozitul din Gent?
Mulțumesc!

--
Sent via shop.example.be""",
         "shop.example.be"),

        ("automated", (),
         "Răspuns automat",
         """Bună ziua,

Vă mulțumim pentru mesaj. Biroul notarial este închis în perioada 1-15 august 2024. Mesajele primite în acest interval vor fi tratate în ordinea sosirii, începând cu 16 august.

Pentru urgențe puteți contacta Biroul Notarial Stoica, tel. 0268 410 225.

Cu stimă,
BIN Elena Marinescu""",
         "BIN Elena Marinescu"),
    ],

    "el": [
        ("access", (),
         "Αίτημα πρόσβασης - εντολέας μας κ. Νικόλαος Παπαδόπουλος",
         """Αξιότιμοι κύριοι,

Ενεργώντας ως πληρεξούσιοι δικηγόροι του κ. Νικολάου Παπαδόπουλου (επισυνάπτεται σχετική εξουσιοδότηση με θεωρημένο το γνήσιο της υπογραφής), σας παρακαλούμε, κατ' εφαρμογή του άρθρου 15 του ΓΚΠΔ, να μας γνωστοποιήσετε αν επεξεργάζεστε δεδομένα προσωπικού χαρακτήρα του εντολέα μας και, σε καταφατική περίπτωση, να μας χορηγήσετε αντίγραφο αυτών, καθώς και πληροφορίες για τους σκοπούς της επεξεργασίας, τους αποδέκτες στους οποίους γνωστοποιήθηκαν και το χρονικό διάστημα αποθήκευσής τους.

Παρακαλούμε για την απάντησή σας εντός της προθεσμίας ενός μηνός που προβλέπει ο Κανονισμός.

Με τιμή,

Ελένη Κωνσταντίνου
Δικηγόρος Αθηνών
Σόλωνος 58, 106 80 Αθήνα
τηλ. 210 3628 415""",
         "Ελένη Κωνσταντίνου"),

        ("correction", (),
         "Nouveau message - formulaire de contact",
         """Nom : Δήμητρα Αλεξίου
Courriel : d.alexiou@hotmail.gr
Numéro de commande :
Sujet : Mon compte
Message :
Καλησπέρα σας. Στον λογαριασμό μου το επώνυμο είναι γραμμένο «Aleksiu» αντί για «Alexiou» και στο κινητό λείπει ένα ψηφίο (σωστό: +32 487 62 19 05). Από τη σελίδα του προφίλ δεν με αφήνει να τα αλλάξω. Μπορείτε να τα διορθώσετε εσείς; Ευχαριστώ πολύ!

--
Envoyé depuis https://www.shop.example.be/fr/contact""",
         "Formulaire de contact"),

        ("deletion", (),
         "IG DM (greek?)",
         """Hi all, this came in on Instagram. Looks like Greek written in Latin letters, I couldn't really follow. Pasting it here. - Jolien, social

"kalispera sas. eixa kanei logariasmo sto site sas prin 2 xronia gia na parw mia psistaria alla pleon den ton xreiazomai. thelw na ton kleisete kai na svisete ola ta stoixeia mou, onoma, tilefwno, dieythinsi, ola. to email einai kostas.mavr@gmail.com. efxaristw\"""",
         "Jolien Maes"),

        ("portability", (),
         "Τηλεφώνημα πελάτη",
         """Καλημέρα,

Μου τηλεφώνησε σήμερα ο κ. Γιώργος Σταθόπουλος (αρ. πελάτη 4471023). Θέλει όλο το ιστορικό των αγορών του και τα στοιχεία του λογαριασμού του σε αρχείο που να μπορεί να το περάσει σε άλλο πρόγραμμα (Excel ή CSV), όχι σε PDF. Του είπα ότι θα το προωθήσω σε εσάς.

Email: g.stathopoulos@gmail.com

Ευχαριστώ,
Σοφία
Εξυπηρέτηση Πελατών""",
         "Σοφία Κ."),

        ("restriction", (),
         "Λογαριασμός του πατέρα μου",
         """Καλησπέρα σας,

Είμαι η κόρη και δικαστική συμπαραστάτρια του πατέρα μου, Αντώνη Ραφαηλίδη (επισυνάπτω την απόφαση του Ειρηνοδικείου). Ο πατέρας μου πάσχει από άνοια και τους τελευταίους μήνες έκανε αρκετές παραγγελίες από το κατάστημά σας χωρίς να το γνωρίζουμε.

Τις ακυρώσεις τις κανονίζω με την εξυπηρέτηση πελατών. Από εσάς ζητώ το εξής: μη διαγράψετε τίποτα από τα στοιχεία του και τις παραγγελίες του, γιατί τα χρειάζομαι για το δικαστήριο. Μέχρι να τελειώσει η υπόθεση όμως, δεν θέλω να χρησιμοποιούνται για τίποτα - απλώς να φυλάσσονται.

Ευχαριστώ για την κατανόηση,
Κατερίνα Ραφαηλίδη""",
         "Κατερίνα Ραφαηλίδη"),

        ("objection", (),
         "Re: Give us your feedback",
         """Η παραγγελία ήρθε κανονικά, 5 αστέρια.

Ένα σχόλιο μόνο: δεν μου αρέσει καθόλου που χρησιμοποιείτε τα cookies και τις αγορές μου για να μου δείχνετε στοχευμένες διαφημίσεις σε άλλα sites. Δεν το επιθυμώ και διαφωνώ με αυτή τη χρήση των δεδομένων μου. Σταματήστε το για μένα παρακαλώ.

Β. Οικονόμου""",
         "Βασίλης Οικονόμου"),

        ("withdraw_consent", ("objection",),
         "",
         """scan_20240607_1102.pdf - OCR

Μαρία Τσιμπίδου
Εγνατίας 1l2
546 30 Θεσσαλονίκη

Θεσσαλον ίκη, 30/5/2024

Προς: shop.example.be

Θέμα: Διαφημιστικά μηνύματα

Αξιότιμοι κύριοι,

Σας παρακαλώ να μη μου στέλνετε πλέον ενημερωτικά δελτία
(newsletter) ούτε προσφορές στο ηλεκτρονικό μου ταχυδρομείο·
ανακαλώ τη συγκατάθεση που είχα δώσει κατά την εγγραφή μου.

Επιπλέον, αντιτίθεμαι στη διαβίβαση των στοιχείων μου σε
συνεργάτες σας για διαφημιστικούς σκοπούς.

Με εκτίμηση,
Μ. Τσιμπίδου""",
         "Scanner Onthaal"),

        ("complaint", ("correction",),
         "Fwd: Chat - παράπονο πελάτη",
         """Σας προωθώ τη συνομιλία, ο πελάτης είναι πολύ θυμωμένος. Αν μπορείτε δείτε το γρήγορα. - Νίκος

[10:21] Πελάτης: Καλημέρα. Τρίτη φορά γράφω για το ίδιο θέμα.
[10:21] Πελάτης: Από τον Μάρτιο σας έχω ζητήσει να διορθώσετε τη διεύθυνσή μου, έχω μετακομίσει. Δύο φορές με email, μία εδώ στο chat. Καμία απάντηση.
[10:22] Πελάτης: Και τώρα το δέμα μου πήγε πάλι στο παλιό σπίτι και το άνοιξε ο νέος ένοικος. Είδε το όνομά μου, το τηλέφωνό μου, τι αγόρασα.
[10:23] Νίκος (υποστήριξη): Λυπάμαι πολύ για την ταλαιπωρία.
[10:24] Πελάτης: Δεν θέλω λύπες. Θέλω να αλλάξει η διεύθυνση ΤΩΡΑ: Rue Gray 45, 1040 Etterbeek.
[10:24] Πελάτης: Αν δεν λυθεί μέσα στην εβδομάδα κάνω καταγγελία στην Αρχή Προστασίας Δεδομένων.
[10:25] Νίκος (υποστήριξη): Το προωθώ αμέσως στο αρμόδιο τμήμα.""",
         "Νίκος Π."),

        ("other", (),
         "Contact form: Ερώτηση για προϊόν",
         """Name: Παναγιώτης Λάμπρου
Email: p.lambrou@yahoo.gr
Subject: Product question
Message:
Γεια σας, ενδιαφέρομαι για το ξύλινο τραπέζι κήπου 180 εκ. Είναι από ακακία ή από τικ; Θέλει λάδι κάθε χρόνο; Και αν το παραγγείλω, έρχεται συναρμολογημένο ή σε κούτα;
Ευχαριστώ""",
         "shop.example.be"),

        ("automated", (),
         "[Αίτημα #GR-88214] Λάβαμε το μήνυμά σας",
         """Αγαπητέ πελάτη,

Σας ευχαριστούμε που επικοινωνήσατε μαζί μας. Το αίτημά σας καταχωρήθηκε με αριθμό GR-88214 και θα απαντηθεί από την ομάδα μας το συντομότερο δυνατό, συνήθως εντός 2 εργάσιμων ημερών.

Αν θέλετε να προσθέσετε πληροφορίες, απαντήστε σε αυτό το μήνυμα χωρίς να αλλάξετε το θέμα.

Με εκτίμηση,
Τμήμα Εξυπηρέτησης Πελατών""",
         "Εξυπηρέτηση Πελατών"),
    ],

    "bg": [
        ("access", (),
         "Fwd: chat transcript #71544",
         """FYI - chat from this morning, customer writes Bulgarian in Latin letters. She asked what data we keep on her. Can you answer her by mail? Thanks, Wout

Visitor: zdraveite
Visitor: iskam da znam kakva informaciq imate za men v sistemata vi. imena, adresi, pokupki, vsichko
Visitor: i dali ste q davali na nqkoi drug
Wout (support): Hello! Sorry, could you write in English, Dutch or French?
Visitor: sorry. I want to know what data you have about me. all of it
Visitor: email e desislava.ivanova@abv.bg
Wout (support): Thank you, I'll forward your request to our privacy team.""",
         "Wout Janssens"),

        ("correction", (),
         "обаждане - грешен телефон в профила",
         """Здравейте,

Обади се г-н Стоян Петков (клиентски номер 3318760). В профила му е записан грешен мобилен номер - последните две цифри са разменени (0478 55 21 93 вместо 0478 55 21 39), и затова не получава SMS-ите за доставка. Опитал се да го смени сам, но сайтът иска код, който се праща на стария номер.

Моли да му го поправим. Имейл: s.petkov@mail.bg

Поздрави,
Радостина
Обслужване на клиенти""",
         "Радостина Илиева"),

        ("deletion", (),
         "Webformulier: Профил",
         """Naam: Милена Георгиева
E-mail: milena.georgieva@gmail.com
Klantnummer:
Onderwerp: Account
Bericht:
Здравейте, вече не пазарувам от вас и не искам да пазите нищо за мен. Моля, закрийте профила ми и махнете всичко - имена, адреси, история на поръчките. Благодаря.""",
         "Contactformulier shop.example.be"),

        ("portability", (),
         "Re: Как оценявате покупката си?",
         """Оценка: 4/5

Коментар: всичко е наред, но имам една молба - може ли да ми изпратите цялата история на поръчките ми с цените и датите във файл, който да отворя в Excel (CSV или XLSX)? Правя си сметка за разходите по къщата и искам да го импортирам в таблицата си, а не да преписвам от 40 PDF-а.

Благодаря,
Явор""",
         "Явор Николов"),

        ("restriction", (),
         "Искане по чл. 18 ОРЗД - Веселин Тодоров",
         """АДВОКАТСКО ДРУЖЕСТВО „ДИМИТРОВА И ПАРТНЬОРИ“
гр. София 1000, ул. „Граф Игнатиев“ 22, ет. 3

Изх. № 214/10.06.2024 г.

ДО: shop.example.be

Уважаеми дами и господа,

Представляваме г-н Веселин Тодоров (пълномощно - приложено). Във връзка с висящо съдебно производство между нашия доверител и Ваш подизпълнител по повод доставката на градински басейн, Ви уведомяваме, че личните данни на доверителя ни, с които разполагате (вкл. кореспонденция, данни за поръчката и записи на разговори), са му необходими за предявяване и защита на правни претенции.

На основание чл. 18, пар. 1, б. „в“ от ОРЗД искаме да ограничите обработването на тези данни до тяхното съхранение, като не ги изтривате след изтичане на обичайните срокове и не ги използвате за други цели до приключване на производството.

Моля за писмено потвърждение.

С уважение,
адв. Калина Димитрова""",
         "адв. Калина Димитрова"),

        ("objection", (),
         "Messenger - на вас ли е?",
         """Здрасти, това дойде в Messenger на страницата ни. Не съм сигурна на кого да го дам, та ви го пращам.

„Здравейте. Забелязах, че всеки път като разгледам нещо при вас, после ме гони в реклами навсякъде - Facebook, YouTube, новинарски сайтове. Не съм съгласен да следите какво правя и да го предавате на рекламни мрежи. Спрете го за мен. Профилът ми е с ivan.kolev@abv.bg"

Поздрави,
Надя""",
         "Надя Стефанова"),

        ("withdraw_consent", ("deletion",),
         "синът ми",
         """Здравейте,

Пиша ви като майка на Никола Стоянов, на 14 години. Разбрах, че си е направил регистрация при вас и се е записал за бюлетина и картата за лоялност, без да ме пита.

Искам веднага да спрете да му пращате рекламни имейли - ние като родители не сме давали съгласие за това. И моля, изтрийте регистрацията му изобщо, детето няма нужда от профил в онлайн магазин.

Имейлът, с който се е регистрирал: nikistoyanov2010@gmail.com

Благодаря,
Ралица Стоянова""",
         "Ралица Стоянова"),

        ("complaint", ("access",),
         "Scan postkamer - brief Bulgarije",
         """Ingescand op 19/06 - OCR, niet gecontroleerd

Петър Ангелов
гр. Пл0вдив, ул. „Капитан Райчо" № 45
тел. 0888 123 456

ДО: shop.example.be
Отдел „Защита на личните данни"

НАПОМНЯНЕ

На 15.03.2024 г. Ви изпратнх по имейл искане да ми предоставите
копие от личните ми данни, които обработвате. Днес е
3.06.2024 г. и до момента нямам никакъв отговор - нито
потвърждение, нито обяснение.

Това е нарушение на правата ми. Повтарям искането си и Ви
давам 14 дни. В противен случай ще подам жалба до Комисията
за защита на личните данни и до белгийския надзорен орган.

                                     С уважение:
                                     П. Ангелов""",
         "Postkamer"),

        ("other", (),
         "Contact form: Въпрос за продукт",
         """Name: Борислав Христов
Email: bobi.hristov@gmail.com
Subject: Product question
Message:
Здравейте, косачката ви на батерия 40V - батерията включена ли е в цената или се купува отделно? И колко време работи с едно зареждане? Имам около 400 кв.м трева.""",
         "shop.example.be"),

        ("automated", (),
         "Вашето запитване е регистрирано (№ 2024-118452)",
         """Здравейте,

Благодарим Ви, че се свързахте с нас. Вашето запитване е регистрирано под номер 2024-118452 и ще бъде разгледано от наш служител в рамките на 3 работни дни.

Моля, не отговаряйте на този имейл - той е изпратен автоматично. Ако желаете да добавите информация, използвайте формата за контакт и посочете номера на запитването.

Поздрави,
Екип „Обслужване на клиенти“""",
         "Обслужване на клиенти"),
    ],
}

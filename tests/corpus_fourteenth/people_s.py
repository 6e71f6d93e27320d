"""Fourteenth set, customers writing about a concrete incident. Written apart from the rules (see make_fourteenth.py)."""

PEOPLE_S = {
    "pl": [
        ("access", (),
         "Moja paczka trafiła do obcego człowieka – skąd on miał mój numer?",
         """Dzień dobry,

w zeszły czwartek zadzwonił do mnie jakiś pan z Mechelen, że ma moją paczkę. Okazało się, że kurier zostawił ją u niego, bo na etykiecie był JEGO adres, ale moje imię, nazwisko i mój numer telefonu. Jakim cudem? Ja nigdy w Mechelen nie mieszkałam.
Paczkę odzyskałam, ale ten człowiek ma teraz moje nazwisko, telefon i wie, co zamówiłam.

Chcę wiedzieć, jakie dane o mnie macie w systemie – wszystkie adresy, numery, cokolwiek – i komu je przekazaliście (firma kurierska? ktoś jeszcze?).
Jeżeli w ciągu miesiąca nie dostanę odpowiedzi, zwrócę się do belgijskiego urzędu ochrony danych.

Pozdrawiam
Agnieszka Sowa
(zamówienie 2024-118734)""",
         "Agnieszka Sowa"),
        ("correction", (),
         "adres",
         """Dzien dobry, juz trzeci raz kurier nie moze znalezc mojego mieszkania bo u was w koncie jest Rue de la Station 47 a nie 47 bus 3. Zmienialem to w ustawieniach ale po zapisaniu numer mieszkania znika i zostaje sam 47.
Prosze to poprawic recznie u siebie bo ja juz nie mam sily: Rue de la Station 47 bus 3, 1070 Anderlecht.
Dzieki
Grzegorz

Wysłane z iPhone'a""",
         "Grzegorz Lis"),
        ("deletion", ("withdraw_consent",),
         "Konto",
         """Dzień dobry,

w niedzielę ktoś zalogował się na moje konto i zamówił dwie kosiarki na adres w Charleroi. Bank zablokował płatność, więc pieniądze mam. Od razu przyznaję – to pewnie moja wina, miałam to samo hasło co na jednym forum, z którego niedawno wyciekły dane. Hasła już pozmieniałam wszędzie.

Ale wyciągnęłam z tego wniosek: nie potrzebuję konta w sklepie, w którym kupuję raz na rok. Proszę je usunąć razem z moimi danymi, adresami i zapisaną kartą. I proszę też przestać wysyłać mi newslettery, i tak ich nie czytam.

Dziękuję,
Marta Zielińska""",
         "Marta Zielińska"),
        ("portability", (),
         "Historia zakupów – potrzebuję pliku",
         """Witam,

po ostatniej aktualizacji aplikacji w zakładce „Moje zamówienia" widzę tylko zamówienia z ostatnich 12 miesięcy. Wcześniejsze zniknęły. A ja prowadzę arkusz wydatków na remont domu i potrzebuję wszystkiego od 2021 roku.

Czy możecie mi przesłać całą moją historię zamówień (daty, produkty, ceny, numery faktur) w formacie, który da się otworzyć w Excelu – CSV albo XLSX? Pojedyncze PDF-y nic mi nie dadzą, bo muszę to wczytać do arkusza.

Z góry dziękuję
Paweł Kaczmarek
nr klienta 30917""",
         "pawel.kaczmarek"),
        ("restriction", (),
         "Re: Zamówienie nr 58213 – nie składałem go!",
         """Dzień dobry,

nawiązując do rozmowy z Waszą infolinią z poniedziałku: zamówienia 58213 nie składałem, ktoś musiał użyć mojego konta. Zgłosiłem to na policji w Gandawie, numer sprawy GE.55.L3.102377/2024.

Policjant powiedział, żeby niczego nie kasować, bo mogą Was poprosić o logi i adresy IP. Więc proszę NIE usuwać ani konta, ani danych. Jednocześnie dopóki sprawa się nie wyjaśni, nie chcę, żeby ktokolwiek z tych danych korzystał w jakimkolwiek celu. Niech sobie leżą i tyle.

Proszę o potwierdzenie.
Tomasz Nowak""",
         "Tomasz Nowak"),
        ("objection", (),
         "SMS od Waszego \"partnera\"",
         """Dzień dobry.

Dwa tygodnie temu wypisałem się z newslettera. Wczoraj dostaję SMS-a: „Panie Krzysztofie, jako klient sklepu z artykułami dla domu i ogrodu ma Pan 20% rabatu na panele fotowoltaiczne SunPlus!". Czyli mój numer poszedł do firmy od paneli.

Nie życzę sobie, żeby moje dane były przekazywane jakimkolwiek partnerom do celów reklamowych, ani żeby ktoś na ich podstawie robił mi „oferty specjalne".

K. Wiśniewski""",
         "Krzysztof Wiśniewski"),
        ("withdraw_consent", (),
         "",
         """Dzień dobry,

na mój służbowy adres (ten, z którego piszę) przychodzi od Was newsletter z promocjami na meble ogrodowe. Nigdy go u Was nie podawałem, zakupy robię z prywatnego maila. Proszę wypisać ten adres z wysyłki.

Pozdrawiam / Met vriendelijke groeten
Jan Kowalczyk
Warehouse Supervisor
Van Dijk Logistics NV
Industrieweg 12, 9032 Wondelgem""",
         "Jan Kowalczyk | Van Dijk Logistics"),
        ("complaint", ("access",),
         "Wyciek danych?!",
         """Szanowni Państwo,

dziś rano dostałam od Was maila zatytułowanego „Ważna informacja dotycząca bezpieczeństwa Twojego konta". Piszecie w nim, że „nieupoważniona osoba mogła uzyskać dostęp do części danych klientów" i że „hasła były zaszyfrowane". Tyle. Ani słowa o tym, kiedy to się stało, jakich danych dotyczy i czy w ogóle moich.

Jestem w szoku, że dowiaduję się o tym z ogólnikowego maila, i to – jak wyczytałam w gazecie – trzy tygodnie po fakcie. Tak się nie traktuje klientów. Zgłaszam sprawę do belgijskiego organu ochrony danych (GBA), kopię tej wiadomości też tam wyślę.

Oczekuję konkretnej odpowiedzi: jakie dokładnie moje dane wyciekły (adres? telefon? karta?) i co w ogóle o mnie przechowujecie.

Ewa Maj""",
         "Ewa Maj"),
        ("other", (),
         "paczka",
         """Dzień dobry, kurier zostawił paczkę (zamówienie 60021, parasol ogrodowy) pod drzwiami, chociaż wybrałem dostawę do punktu odbioru. Padało całą noc, karton rozmoknięty, jedno ramię stelaża wygięte. Co mam zrobić – odesłać go czy przyślecie nowy? Zdjęcia w załączniku.
Łukasz""",
         "Łukasz Wróbel"),
        ("automated", (),
         "Odp: Twoje zamówienie 61877 zostało wysłane",
         """Dzień dobry,

dziękujemy za wiadomość. Biuro jest nieczynne od 23.12 do 2.01. Wiadomości odczytamy po powrocie.
W sprawach pilnych prosimy o kontakt pod numerem +48 601 220 334.

Zespół Biura Rachunkowego KALKULUS""",
         "Biuro Rachunkowe KALKULUS"),
    ],

    "cs": [
        ("access", (),
         "Dotaz – co všechno o mně víte?",
         """Dobrý den,

minulý týden jsem si vyzvedával objednávku na vašem výdejním místě v Bruselu a paní za pultem mi bez vyzvání řekla: „Aha, zase hnojivo na borůvky, to už je letos potřetí, ne?" Myslela to mile, nezlobím se. Ale zarazilo mě to – netušil jsem, že obsluha výdejny vidí celou moji historii nákupů.

Rád bych proto věděl, jaké údaje o mně vlastně máte uložené, odkud je máte a kdo všechno (zaměstnanci, výdejní místa, jiné firmy) k nim má přístup. Stačí poslat e-mailem.

Děkuji a hezký den
Ondřej Beneš""",
         "Ondřej Beneš"),
        ("correction", ("objection",),
         "narozeniny",
         """Dobrý den,

9. března mi přišel e-mail „Všechno nejlepší k narozeninám, Jano! Máte u nás slevu 15 %". Milé, jenže narozeniny mám 3. září – asi se při registraci prohodil den a měsíc. Opravte mi prosím datum narození na 3. 9. 1986.

A ještě jedna věc: pod tou slevou byly „produkty vybrané speciálně pro vás" a byly to přesně ty věci, které jsem si den předtím prohlížela na vašem webu. Nechci, abyste si z toho, na co klikám a co kupuju, skládali můj profil a podle něj mi cílili nabídky. Newsletter mi posílat klidně můžete, ale bez tohohle.

Jana Procházková""",
         "Jana Procházková"),
        ("deletion", (),
         "Recenze s mým jménem",
         """Dobrý den,

loni jsem u vás napsal recenzi na plynový gril. Teď jsem zjistil, že když si někdo do Googlu zadá moje jméno, jako jeden z prvních výsledků vyskočí právě ta recenze – s celým jménem a městem, kde bydlím. A protože jsem v ní mimo jiné psal, že gril stojí na zahradě za domem a že každé léto jezdíme na měsíc pryč... no, nemusím to asi vysvětlovat.

Tu recenzi prosím úplně smažte. A když už jsme u toho, zrušte mi i účet a smažte všechno, co o mně máte. Stejně nakupuju spíš v kamenných obchodech.

Díky,
Martin Krejčí""",
         "Martin Krejčí"),
        ("portability", (),
         "export objednávek pro účetní",
         """Dobrý den,

jsem OSVČ (zahradnické služby) a většinu materiálu kupuju u vás. Moje účetní po mně teď chce seznam všech nákupů za roky 2022 a 2023. V zákaznickém účtu se dají stáhnout jen jednotlivé faktury v PDF a těch je přes 140 – to fakt ručně přepisovat nebudu.

Můžete mi prosím poslat všechny moje objednávky a faktury jako jeden soubor, ideálně CSV nebo XLSX (datum, číslo faktury, položky, částka, DPH), aby se to dalo rovnou naimportovat do Pohody?

Moc děkuji
Lukáš Horák
IČO 08712345""",
         "Lukáš Horák – zahrady"),
        ("restriction", (),
         "Věrnostní karta – nákupy, které nejsou moje",
         """Dobrý den,

při kontrole bodů na věrnostní kartě jsem zjistila, že se na ni od října načítají nákupy, které jsem nikdy neudělala – v Lutychu, kde jsem v životě nebyla. Buď někdo používá kopii mé karty, nebo se u vás můj účet spojil s cizím.

Dokud to nevyšetříte, nechci, aby se s údaji na mé kartě cokoli dělalo – ať tam prostě zůstanou, jak jsou, a nikdo s nimi nepracuje. Hlavně je ale nemažte, chci vidět, co se přesně stalo.

S pozdravem
Veronika Malá""",
         "Veronika Malá"),
        ("objection", (),
         "telefonat",
         """Dobry den, dnes mi volal nejaky pan z firmy na tepelna cerpadla, ze jsem prej "vas zakaznik" a ze mi muze dat nabidku. Kdyz jsem se ptal odkud ma moje cislo, rekl ze od vas, jste jejich partner.
Nesouhlasim s tim, abyste moje cislo nebo jakekoli dalsi udaje davali komukoli kvuli reklame. Zadne dalsi predavani partnerum.
Petr Svoboda

Odeslano z mobilu""",
         "Petr Svoboda"),
        ("withdraw_consent", (),
         "Odhlášení nefunguje",
         """Dobrý den,

chtěla jsem se odhlásit z vašich e-mailů, ale odkaz „Odhlásit" v patičce vede na stránku s chybou 404. Zkoušela jsem to třikrát, z mobilu i z počítače.

Odhlaste mě tedy prosím ručně, už od vás nechci dostávat žádné reklamní e-maily. Adresa: h.dvorakova@seznam.cz

Děkuji
Hana Dvořáková""",
         "Hana Dvořáková"),
        ("complaint", ("deletion",),
         "Stížnost – blahopřání po zrušení účtu",
         """Vážení,

v únoru jsem vás požádal o zrušení účtu a výmaz osobních údajů. Dostal jsem od vás potvrzení, že je vše vyřízeno (mám ho schované, ze 14. 2.). Dnes mi přišel e-mail „Pane Kučero, přejeme Vám vše nejlepší k narozeninám!" se slevovým kódem.

Takže jste moje jméno, e-mail ani datum narození nesmazali, jen jste mi napsali, že ano. Tímto si stěžuji na to, jak s mými údaji zacházíte. Požaduji, abyste je tentokrát skutečně vymazali, včetně marketingových seznamů, a písemně mi vysvětlili, proč se to nestalo napoprvé.

Zároveň zvažuji podání stížnosti u belgického úřadu pro ochranu osobních údajů.

Jiří Kučera""",
         "Jiří Kučera"),
        ("other", (),
         "Re: Vaše objednávka č. 77310 je na cestě",
         """Dobrý den,

podle sledování byl balík „doručen" v úterý v 10:42, ale nikdo u nás nic nepřevzal a nic neleží ani před dveřmi, ani u sousedů (obešel jsem všechny). Kurýr ho asi nechal na jiné adrese. Můžete to prosím reklamovat u přepravce? Jde o zahradní hadici s vozíkem za 59 €.

Díky
Radek""",
         "Radek Pospíšil"),
        ("automated", (),
         "Re: Potvrzení platby – objednávka 80112",
         """Dobrý den,

děkujeme za Vaši zprávu. Byla přijata pod číslem požadavku 2024-11873 a budeme se jí věnovat co nejdříve, nejpozději do dvou pracovních dnů.

Na tento e-mail prosím neodpovídejte, byl vygenerován automaticky.

S pozdravem
Zákaznická podpora Stavebniny Hora s.r.o.""",
         "Zákaznická podpora Stavebniny Hora"),
    ],

    "hr": [
        ("access", (),
         "pitanje",
         """Pozdrav,

jucer me nazvao nepoznati broj, zenska je znala moje ime i prezime i da sam kod vas prosli mjesec kupio kosilicu, i nudila mi produzeno jamstvo preko neke svoje firme. Ja nikome nisam davao broj osim vama kod narudzbe.

Zanima me koje sve podatke o meni imate, odakle vam i kome ste ih dali. Molim da mi to posaljete na ovaj mail.

Hvala
Dario Kovacevic""",
         "Dario Kovacevic"),
        ("correction", (),
         "Krivi podaci na računu",
         """Poštovani,

na računu za narudžbu 45120 koji sam dobila e-mailom stoji adresa Ilica 88, Zagreb. To je adresa mog bivšeg supruga, na kojoj ne živim već dvije godine. Ne znam kako je to dospjelo u moj profil, možda iz neke stare narudžbe.

Moja ispravna adresa je: Avenue Brugmann 214, 1180 Uccle, Belgija.
Molim da to ispravite u profilu i pošaljete mi novi račun s točnom adresom.

Lijep pozdrav,
Sanja Perić""",
         "Sanja Perić"),
        ("deletion", (),
         "HITNO - netko je naručivao s mog profila",
         """Dobar dan,

u subotu sam dobio tri e-maila s potvrdom narudžbe koje ja nisam napravio – vrtna garnitura, dva roštilja, sve na neku adresu u Antwerpenu. Lozinku mi je očito netko ukrao (vjerojatno preko onog lažnog SMS-a "od pošte" koji sam otvorio, moja greška). Narudžbe sam otkazao preko vaše službe za korisnike, kartica je blokirana, to je riješeno.

Ali ja sad više uopće ne želim imati korisnički profil kod vas. Izbrišite ga, sa svim adresama, karticom ako je čuvate i svime ostalim. Ako mi nešto bude trebalo, naručit ću kao gost.

Ivan Babić""",
         "Ivan Babić"),
        ("portability", ("deletion",),
         "Odlazak iz Belgije",
         """Poštovani,

krajem mjeseca se vraćam u Hrvatsku i zatvaram sve ovdje. Kod vas imam karticu vjernosti i profil s puno kupnji u zadnjih pet godina (cijelu smo kuću opremili kod vas 😊).

Zamolila bih vas dvije stvari:
1. da mi pošaljete sve moje podatke i povijest kupnji u nekom obliku koji mogu otvoriti u Excelu (CSV ili slično), treba mi za jamstva i za jednu tablicu koju vodim;
2. kad mi to pošaljete, da obrišete moj profil i karticu vjernosti.

Hvala i pozdrav iz Leuvena,
Maja Jurić""",
         "Maja Jurić"),
        ("restriction", (),
         "Opomena za nešto što sam platio",
         """Poštovani,

danas sam dobio opomenu da nisam platio narudžbu 39902 (189,90 €) i da će predmet biti predan agenciji za naplatu. Platio sam je 2. svibnja bankovnim prijenosom, potvrdu prilažem.

Dok se to ne razjasni, molim da moje podatke ne koristite ni za što i da ih nikako ne prosljeđujete agenciji za naplatu niti ikome drugome. Nemojte ih ni brisati – trebaju mi kao dokaz ako ovo ode dalje.

Ako mi u roku od mjesec dana nitko ne odgovori, obratit ću se nadzornom tijelu za zaštitu podataka.

S poštovanjem,
Zoran Matić""",
         "Zoran Matić"),
        ("objection", ("withdraw_consent",),
         "Facebook reklame",
         """Bok,

kupila sam kod vas poklon mužu za rođendan (neću reći što 🙂) i od tog dana mu na Facebooku i Instagramu iskaču vaše reklame za točno taj proizvod. Imamo isti kućni wifi i dijelimo tablet, pa se valjda tako povezalo. Iznenađenje je propalo.

Ne želim da moje kupnje i ono što gledam na vašem webu dijelite s Facebookom ili s bilo kim za reklame, i ne želim da me pratite zbog oglasa. Isključite to za moj profil.

I usput, odjavite me s newslettera, dosta mi je.
Petra Knežević""",
         "Petra K."),
        ("withdraw_consent", (),
         "sms",
         """Poštovani, u nedjelju u 6:40 ujutro probudio me vaš SMS o akciji na suncobrane. Ne želim više primati nikakve SMS poruke od vas. Povlačim privolu za marketing putem SMS-a.
Nikola Vuković""",
         "Nikola Vuković"),
        ("complaint", (),
         "Pritužba na ponašanje djelatnika",
         """Poštovani,

u petak sam preuzimao narudžbu na vašem mjestu za preuzimanje u Anderlechtu. Djelatnik je na ekranu otvorio moj profil i pred troje ljudi u redu naglas rekao: „Opet otrov za štakore? Vi stvarno imate problem, ha?" i nasmijao se. Jedna od tih osoba je moja susjeda.

Smatram neprihvatljivim da djelatnik na preuzimanju uopće vidi cijelu moju povijest kupnji, a kamoli da je komentira pred drugima. Ovime podnosim službenu pritužbu zbog načina na koji postupate s mojim podacima i očekujem pisani odgovor o tome što ćete poduzeti.

Goran Šimić""",
         "Goran Šimić"),
        ("other", (),
         "Gdje je moj paket?",
         """Pozdrav, narudžba 52331 (vrtna klupa) je prema praćenju isporučena u četvrtak, ali kod mene je nema. Dostavljač je ostavio obavijest da je paket kod susjeda na broju 17 – tamo nitko ne živi, kuća je prazna i na prodaju. Molim vas provjerite s dostavnom službom gdje je zapravo klupa ili mi pošaljite novu.
Hvala, Mirela""",
         "Mirela Tomić"),
        ("automated", (),
         "Re: Potvrda narudžbe 47788",
         """Poštovani,

ova adresa e-pošte više nije aktivna. Od 1. rujna radim u drugoj tvrtki. Za poslovne upite obratite se na info@drvoplast.hr, a privatno mi možete pisati na tgrgic@gmail.com.

Ova poruka poslana je automatski.
Tomislav Grgić""",
         "Tomislav Grgić"),
    ],

    "sv": [
        ("access", (),
         "Hur fick han mitt nummer??",
         """Hej!

I fredags ringde en okänd man och sa att han hade fått ett paket med mitt namn på. Budet hade tydligen lämnat det hos honom i Vilvoorde, fast jag bor i Bryssel. Mitt telefonnummer stod på fraktsedeln. Snällt av honom att ringa, men jag blev rätt obekväm.

Jag vill veta vilka uppgifter ni har om mig (adresser, telefonnummer, allt) och vilka företag ni har lämnat ut dem till – transportföretaget, någon annan?

Mvh
Karin Lindqvist""",
         "Karin Lindqvist"),
        ("correction", (),
         "Fel mejladress i mitt konto",
         """Hej,

av någon anledning går alla mejl från er – orderbekräftelser, leveransaviseringar, allt – till min jobbmejl (den här). Jag har aldrig angett den hos er, det måste ha blivit fel när jag en gång beställde från jobbdatorn. Nu kan min chef se när min nya studsmatta skickas. 😅

Kan ni ändra e-postadressen i mitt konto till min privata: johan.berg84@gmail.com? Jag har försökt själv, men då vill sidan skicka en bekräftelselänk till… jobbmejlen, och den fastnar i vårt spamfilter.

Tack!
Johan Berg""",
         "Johan Berg"),
        ("deletion", ("withdraw_consent",),
         "Mitt konto",
         """Hej.

Igår blev jag inloggad på någon annans konto. Seriöst. Jag loggade in med min vanliga mejl och lösenord och fick upp en orderhistorik full av trädgårdsmöbler och en adress i Gent som inte är min. Efter att ha loggat ut och in igen var allt som vanligt.

Jag orkar inte ens fundera på vad som hänt. Ta bort mitt konto och allt ni har sparat om mig. Och sluta skicka nyhetsbrev till mig.

Anna-Karin Holm""",
         "Anna-Karin Holm"),
        ("portability", (),
         "Överföring av min data / transfer of my data",
         """Hej,

Förlåt min svenska, jag lär mig fortfarande.

Jag har varit kund hos er sedan 2019 men efter problemen med leveranserna i vinter jag vill byta till en annan butik, Grönt & Hem i Antwerpen. De säger att de kan ta emot min köphistorik om ni skickar den direkt till dem, i ett "maskinläsbart" format (jag tror det heter så?).

Kan ni göra det? Deras kontakt är data@gront-hem.example. Jag vill att ni skicka allt: namn, adress, köp.

Tack så mycket,
Daniel Walsh""",
         "Daniel Walsh"),
        ("restriction", (),
         "Bedrägeri i mitt namn – radera INTE",
         """Hej,

Någon har öppnat ett kundkonto hos er med mitt namn och min adress och beställt för 640 euro mot faktura. Jag fick en betalningspåminnelse hem igår, det var så jag märkte det. Polisanmälan är gjord, kopia bifogad.

Polisen vill att uppgifterna finns kvar, så radera ingenting. Men tills utredningen är klar vill jag att kontot och mina uppgifter bara ligger där – inga påminnelser, ingen överlämning till inkasso, ingen användning alls.

Vänliga hälsningar
Eva Nyström""",
         "Eva Nyström"),
        ("objection", (),
         "Samtal fran forsakringsbolag",
         """Hej,

igar ringde en saljare fran ett forsakringsbolag och ville salja hemforsakring. Hon sa att hon fatt mina uppgifter "via en samarbetspartner", och nar jag fragade vilken sa hon ert namn.

Jag motsatter mig att ni lamnar ut mina uppgifter till andra foretag for deras marknadsforing. Sluta med det.

/Mikael (sitter vid en belgisk dator utan svenska tangenter, sorry)""",
         "mikael.s"),
        ("withdraw_consent", (),
         "Re: 🌷 Vårens nyheter är här – 20 % på allt för balkongen",
         """Hej, kan ni sluta skicka de här? Avregistreringslänken vill att jag loggar in och jag har glömt lösenordet och orkar inte. Tack.

Skickat från min iPhone""",
         "Birgitta Sandberg"),
        ("complaint", ("access",),
         "Ert mejl om dataintrånget",
         """Hej,

I går fick jag ert mejl om att ni har haft en "säkerhetsincident" där "vissa kunduppgifter" kan ha kommit på avvägar. Det är allt. Inget om vilka uppgifter, när det hände eller vad ni gör åt det.

Det här är inte okej. Under veckan har jag fått två väldigt trovärdiga nätfiskemejl där avsändaren visste vad jag köpt hos er och var jag bor. Jag kommer att anmäla er till den belgiska dataskyddsmyndigheten, och till IMY hemma i Sverige.

Jag vill också ha besked om exakt vilka uppgifter om mig som har läckt.

Per-Olof Strand""",
         "Per-Olof Strand"),
        ("other", (),
         "",
         """Hej!

Hängmattsställningen vi beställde (order 71802) kom i går, men budet hade uppenbarligen slängt den över staketet. Kartongen var trasig och ett av benen är böjt. Vill ni ha tillbaka den eller skickar ni ett nytt ben? Bilder bifogade.

Hälsningar
Lena & Tobias""",
         "Lena Ekström"),
        ("automated", (),
         "Re: Din order 70234 har skickats",
         """Hej!

Tack för ditt mejl. Jag är föräldraledig till och med 31 mars och läser inte min e-post. Vid brådskande ärenden, kontakta min kollega Sara Ek, sara.ek@brightlane.se, 08-123 456 78.

Vänliga hälsningar
Fredrik Åberg""",
         "Fredrik Åberg"),
    ],

    "ro": [
        ("access", ("withdraw_consent",),
         "De unde aveți adresa mea de serviciu?",
         """Bună ziua,

de o lună primesc newsletterul dumneavoastră pe adresa de la serviciu (cea de pe care vă scriu). Nu am dat niciodată adresa asta vreunui magazin online. La dumneavoastră am cont cu adresa personală și atât.

Vreau să știu, concret: de unde ați obținut adresa de serviciu, ce alte date mai aveți despre mine și dacă le-ați primit de la cineva sau le-ați dat cuiva.

Și, evident, nu mai trimiteți nimic pe adresa asta.

Cu stimă,
Andreea Marin
Office Manager
Vandersmissen & Partners""",
         "Andreea Marin"),
        ("correction", (),
         "nume gresit in cont",
         """Buna ziua,

in contul meu numele e trecut "Mihai Stefanesco" (cu o la sfarsit). Pana acum nu m-a deranjat, dar ieri n-am putut ridica coletul de la punctul de ridicare pentru ca numele de pe colet nu se potrivea cu buletinul si doamna de acolo n-a vrut sa mi-l dea.

Va rog sa corectati numele in Stefanescu (corect ar fi Ștefănescu, daca sistemul vostru accepta diacritice).

Multumesc,
Mihai""",
         "Mihai Stefanescu"),
        ("deletion", (),
         "tatăl meu",
         """Bună ziua,

ieri a venit pe adresa tatălui meu un e-mail „La mulți ani, Constantin! Un cadou de la noi: -15%". Tata a murit în martie. Mama a deschis mesajul și a plâns toată seara.

Vă rog să-i închideți contul și să ștergeți toate datele lui, ca să nu mai primim nimic de la dumneavoastră pe numele lui. Dacă aveți nevoie de certificatul de deces, vi-l trimit.

Dana Vasile (fiica lui Constantin Vasile)""",
         "Dana Vasile"),
        ("portability", (),
         "Cont blocat – vreau datele mele",
         """Bună ziua,

după ce mi-am schimbat telefonul nu mai pot intra în cont, codul de verificare vine pe numărul vechi, pe care nu-l mai am. Am vorbit de două ori cu call-center-ul și mi-au zis să-mi fac cont nou.

OK, îmi fac cont nou. Dar nu vreau să pierd istoricul comenzilor și adresele salvate. Puteți să-mi trimiteți toate datele din contul vechi într-un fișier structurat (CSV, JSON, ce aveți), pe adresa asta de e-mail, ca să le pot încărca eu unde am nevoie?

Mulțumesc,
Bogdan Ilie""",
         "Bogdan Ilie"),
        ("restriction", (),
         "Cererea mea de ștergere – vă rog să așteptați",
         """Bună ziua,

săptămâna trecută v-am cerut să-mi ștergeți contul și mi-ați confirmat că o veți face în 30 de zile. Între timp s-a stricat mașina de tuns iarba cumpărată de la dumneavoastră și am deschis o reclamație în garanție (nr. RMA-20931).

Așa că vă rog: nu ștergeți încă nimic, am nevoie de factură și de istoricul comenzii până se rezolvă garanția. Dar până atunci nu vreau ca datele mele să fie folosite la altceva – doar păstrate.

Mulțumesc pentru înțelegere,
Cristina Pop""",
         "Cristina Pop"),
        ("objection", (),
         "SMS de la un IFN?!",
         """Bună ziua,

azi am primit un SMS: „Ca partener al magazinului tău preferat de casă și grădină, îți oferim un credit rapid de până la 5.000 €!". Nu am nicio legătură cu firma respectivă, iar singurul loc unde mi-am lăsat numărul recent e contul meu la dumneavoastră.

Nu sunt de acord să-mi dați datele partenerilor în scop publicitar și nici să le folosiți ca să-mi faceți „oferte personalizate". Vă rog să încetați.

Radu Georgescu""",
         "Radu Georgescu"),
        ("withdraw_consent", (),
         "Uitschrijven / Dezabonare",
         """Bună ziua,

Vă rog pe dumneavoastră să încetați trimiterea buletinului de știri către adresa mea de poștă electronică. Ieri am primit patru mesaje într-o singură zi, aceasta este prea mult. Eu am dat permisiunea în 2022 când am cumpărat, dar acum eu retrag această permisiune. De asemenea nu doresc mesaje SMS de promovare.

Cu salutări prietenoase,
Pieter Janssens""",
         "Pieter Janssens"),
        ("complaint", ("deletion",),
         "Re: Re: cerere stergere cont",
         """Buna ziua,

va scriu a treia oara. Pe 3 martie v-am cerut sa-mi stergeti contul, dupa ce cineva a intrat in el si a comandat pe numele meu. Pe 20 martie am revenit. Nici un raspuns, nici macar unul automat. Contul e tot acolo, am verificat azi, ma pot loga.

Nu e normal sa ignorati asa ceva. Daca nici acum nu primesc raspuns, depun plangere la autoritatea belgiana pentru protectia datelor, am formularul deja completat.

Repet cererea: stergeti contul si toate datele mele.
Sorin Munteanu""",
         "Sorin Munteanu"),
        ("other", (),
         "Coletul a ajuns la vecin",
         """Bună ziua,

coletul cu comanda 66410 (două ghivece mari de ceramică) a fost lăsat de curier la un vecin de pe altă stradă, care l-a deschis crezând că e al lui. Mi l-a adus seara, dar unul dintre ghivece e spart, nu știu dacă de la transport sau de la el.

Ce trebuie să fac ca să primesc unul nou? Vă trimit poze dacă e nevoie.

Mulțumesc,
Ioana Stan""",
         "Ioana Stan"),
        ("automated", (),
         "Re: Factura comanda 65021",
         """Vă mulțumim pentru mesaj!

Acesta este un răspuns automat. Solicitarea dumneavoastră a fost înregistrată și va fi preluată de un coleg în cel mai scurt timp. Programul nostru este luni–vineri, 09:00–17:00.

Echipa AgroVerde""",
         "Contabilitate AgroVerde SRL"),
    ],

    "el": [
        ("access", (),
         "erotisi gia ta stoixeia mou",
         """Kalispera sas,

prin 2 meres me pire tilefono mia kopela apo kapoia etaireia gia fotovoltaika kai mou eipe oti exei to noumero mou "apo to katastima pou agorasate ta epipla kipou". Ta epipla kipou ta agorasa apo esas ton Maio, pouthena allou.

Thelw na mou peite ti stoixeia exete gia mena kai se poious ta exete dwsei.

Euxaristw,
Nikos Papadakis""",
         "Nikos Papadakis"),
        ("correction", (),
         "Χρόνια πολλά... σε λάθος μέρα",
         """Καλημέρα σας,

σήμερα, 12 Μαρτίου, μου στείλατε email «Χρόνια πολλά, Παρασκευά!» με κουπόνι έκπτωσης. Ευχαριστώ για τη σκέψη, αλλά:
α) με λένε Παρασκευή, είμαι γυναίκα,
β) γεννήθηκα 12 Νοεμβρίου, όχι Μαρτίου.

Παρακαλώ διορθώστε το όνομα και την ημερομηνία γέννησης στον λογαριασμό μου.

Παρασκευή Αντωνίου""",
         "Παρασκευή Αντωνίου"),
        ("deletion", ("withdraw_consent",),
         "Λογαριασμός",
         """Γεια σας,

την Κυριακή κάποιος μπήκε στον λογαριασμό μου και έκανε δύο παραγγελίες με την αποθηκευμένη κάρτα μου. Η τράπεζα τις μπλόκαρε, ευτυχώς. Πώς βρήκαν τον κωδικό δεν ξέρω, ούτε με ενδιαφέρει πια.

Δεν θέλω άλλο λογαριασμό σε εσάς. Κλείστε τον και σβήστε ό,τι στοιχεία μου έχετε, μαζί με την κάρτα. Και σταματήστε να μου στέλνετε newsletter.

Ευχαριστώ,
Κώστας Ιωάννου""",
         "Kostas Ioannou"),
        ("portability", (),
         "Ιστορικό αγορών σε Excel",
         """Καλησπέρα,

τον Ιανουάριο μου άλλαξαν την κάρτα πιστότητας (η παλιά είχε σπάσει) και από τότε στην εφαρμογή βλέπω μόνο τις αγορές με τη νέα κάρτα. Τα προηγούμενα τρία χρόνια έχουν εξαφανιστεί από την οθόνη, αν και υποθέτω ότι τα έχετε ακόμα.

Μπορείτε να μου στείλετε όλο το ιστορικό αγορών και από τις δύο κάρτες σε αρχείο που ανοίγει σε Excel (CSV ή XLSX); Θέλω να το περάσω σε ένα πρόγραμμα όπου κρατάω τα έξοδα του σπιτιού.

Ευχαριστώ πολύ,
Δήμητρα Σταυροπούλου""",
         "Δήμητρα Σταυροπούλου"),
        ("restriction", (),
         "RE: Η αίτησή σας για επιστροφή χρημάτων 4471",
         """Κύριοι,

όπως σας έγραψα ήδη, δεν δέχομαι την απόρριψη της επιστροφής για το κλιματιστικό και το θέμα το έχει πλέον ο δικηγόρος μου.

Σας ζητώ λοιπόν να ΜΗΝ διαγράψετε τίποτα από τον λογαριασμό μου – παραγγελίες, μηνύματα, συνομιλίες με την εξυπηρέτηση – γιατί θα τα χρειαστούμε ως αποδεικτικά. Μέχρι να λυθεί η διαφορά, όμως, δεν θέλω τα στοιχεία μου να χρησιμοποιούνται για οτιδήποτε άλλο. Απλώς να φυλάσσονται.

Γιάννης Μαυρίδης""",
         "Γιάννης Μαυρίδης"),
        ("objection", (),
         "Προτάσεις «για εσάς»",
         """Γεια σας,

αγόρασα από εσάς ένα δώρο-έκπληξη για τη γυναίκα μου και δύο μέρες μετά ήρθε στο κοινό μας email (το χρησιμοποιούμε και οι δύο) το newsletter σας με θέμα «Αφού σας άρεσε η κρεμαστή πολυθρόνα, δείτε και αυτά». Τέλος η έκπληξη.

Δεν έχω πρόβλημα να λαμβάνω το newsletter, αλλά δεν θέλω να αναλύετε τι αγοράζω και τι κοιτάζω στο site σας για να μου στέλνετε «προσωποποιημένες» προτάσεις. Σταματήστε να μου φτιάχνετε προφίλ.

Θανάσης Κ.""",
         "Thanasis K."),
        ("withdraw_consent", (),
         "STOP SMS",
         """Γεια σας. Εγώ δεν θέλω πια πάρω τα SMS σας για προσφορές, κάθε μέρα έρχεται ένα, και μία φορά στις 11 τη νύχτα. Παρακαλώ σταματήστε. Δεν θέλω κανένα διαφήμιση πια στο τηλέφωνο μου.
Ευχαριστώ
Sofia Vlachou""",
         "Sofia Vlachou"),
        ("complaint", ("deletion",),
         "Τιμολόγιο άλλου πελάτη στο δέμα μου",
         """Κύριοι,

σήμερα παρέλαβα την παραγγελία μου και μέσα στο κουτί βρήκα το τιμολόγιο ΑΛΛΟΥ πελάτη: ονοματεπώνυμο, διεύθυνση, τηλέφωνο, email και τι αγόρασε. Το δικό μου τιμολόγιο δεν ήταν μέσα. Άρα το πιθανότερο είναι ότι τα δικά μου στοιχεία βρίσκονται τώρα στα χέρια κάποιου αγνώστου.

Αυτό είναι σοβαρή παραβίαση και καταγγέλλω επίσημα τον τρόπο που χειρίζεστε τα προσωπικά δεδομένα των πελατών σας. Ενημερώστε και τον άλλον πελάτη – εγώ θα καταστρέψω το τιμολόγιό του.

Μετά από αυτό δεν θέλω να έχετε κανένα στοιχείο μου. Διαγράψτε τον λογαριασμό μου.

Μαρία Κωνσταντίνου""",
         "Μαρία Κωνσταντίνου"),
        ("other", (),
         "",
         """Καλησπέρα, ο κούριερ άφησε το δέμα (παραγγελία 73019, καρέκλες κήπου) έξω από την είσοδο της πολυκατοικίας, ενώ είχα γράψει ρητά «παράδοση στον 3ο όροφο». Έβρεχε όλο το απόγευμα, το κουτί έγινε λιώμα και οι δύο καρέκλες έχουν λεκέδες σκουριάς. Τι κάνουμε;
Λευτέρης""",
         "Lefteris M."),
        ("automated", (),
         "Απ: Η παραγγελία σας 72291 αποστάλθηκε",
         """Ευχαριστώ για το μήνυμά σας.

Θα απουσιάζω από το γραφείο έως και τις 28 Αυγούστου, με περιορισμένη πρόσβαση στο email. Για επείγοντα θέματα επικοινωνήστε με την κα Ελένη Ράπτη στο 210 6543 210.

Με εκτίμηση,
Αλέξανδρος Γεωργίου""",
         "Αλέξανδρος Γεωργίου"),
    ],

    "bg": [
        ("access", (),
         "Въпрос относно данните ми",
         """Здравейте,

миналата седмица се обадих на телефона ви за поддръжка заради счупена градинска лампа. Служителят, иначе много любезен, ми каза: „Виждам, че често поръчвате от нас препарати против хлебарки – да ви пратя ли и каталога?" Бях на високоговорител и жена ми беше до мен. :)

Не се сърдя, но искам да знам какво точно пазите за мен – покупки, разговори, записи – и кой има достъп до тази информация.

Поздрави,
Стоян Николов""",
         "Стоян Николов"),
        ("correction", (),
         "Стар адрес в профила",
         """Здравейте,

пратката ми (поръчка 55871) е отишла на стария ми адрес в Схарбек, където сега живее друго семейство. Те ми я донесоха, добри хора са, но се оказа, че в профила ми все още стои старият адрес, въпреки че го смених още през януари. Явно промяната не се е записала.

Моля, поправете адреса ми на: Chaussée de Waterloo 512, 1050 Ixelles, и проверете дали старият не е останал някъде като адрес за доставка по подразбиране.

Благодаря,
Десислава Петрова""",
         "Десислава Петрова"),
        ("deletion", (),
         "profil",
         """Zdraveite,

profila mi pri vas go napravi bivshiq mi partnyor predi 3 godini i toi znae parolata. Veche ne sme zaedno i se premestih, a toi mi pisa 4e "vizhda" kade mi hodqt koletite. Ne iskam da riskuvam.

Molq iztriite profila izcqlo, sas vsi4ki adresi i poru4ki. Parolata ne moga da q smenq, zashtoto imeilat za vazstanovqvane e negoviq.

Blagodarq predvaritelno
Gergana""",
         "Gergana"),
        ("portability", (),
         "Експорт на покупките",
         """Здравейте,

откакто сменихте сайта през пролетта, бутонът „Изтегли" в историята на поръчките изчезна и сега мога да отварям само по една поръчка.

Водя семейния бюджет в приложение и искам да вкарам в него покупките си от вас за последните две години. Може ли да ми изпратите всичките ми поръчки в структуриран файл – CSV или Excel – с дата, артикул и сума? Иначе трябва да ги преписвам на ръка.

Благодаря предварително,
Милена Тодорова""",
         "Милена Тодорова"),
        ("restriction", (),
         "Фирма??",
         """Здравейте,

днес получих имейл, че картата ми за лоялност е „свързана с фирмен профил" на някаква „Грийн Лайн ЕООД" и занапред фактурите ще се издават на фирмата. Нямам нищо общо с тази фирма и никога не съм я свързвал с нищо.

Докато не проверите как се е стигнало дотук, не използвайте данните ми за нищо и не издавайте фактури с тях. Но и не изтривайте нищо – искам да видя откъде идва тази връзка.

Пламен Атанасов""",
         "Пламен Атанасов"),
        ("objection", (),
         "Соларни панели??",
         """Здравейте,

вчера ми звъняха от фирма за соларни панели и ми казаха, че имат номера ми, защото съм „клиент на наш партньор". Партньорът сте вие – сами ми го казаха.

Не съм съгласен данните ми да се предават на други фирми за реклама. Спрете го.

Т. Петков""",
         "Todor Petkov"),
        ("withdraw_consent", ("objection",),
         "unsubscribe",
         """Здравейте,

от месец на служебния ми имейл (този) идва вашият бюлетин. Никога не съм ви го давал – при вас пазарувам с личния си. Колегата ми също го получава, значи сигурно сте взели отнякъде списък с фирмени адреси.

Отпишете ме. И не давайте този адрес на никого за реклама.

Асен Кирилов
Senior Accountant
Delvaux Accounting BV""",
         "ASEN KIRILOV"),
        ("complaint", ("deletion",),
         "Отзивът ми е публикуван с пълното ми име",
         """Уважаеми,

преди месец написах отзив за градинско барбекю. Във формата изрично избрах да се показва само „Мария П.". Днес виждам, че отзивът е публикуван с пълното ми име, града ми и дори със снимката от профила. Колега го е намерил и го е пуснал в общия ни чат.

Избрах друго, а вие сте публикували данните ми без съгласието ми. Това е сериозно нарушение и подавам официална жалба. Искам отзивът да бъде изтрит веднага и да ми обясните как се е случило.

Мария Пенева""",
         "Мария Пенева"),
        ("other", (),
         "Липсваща част",
         """Здравейте, получих люлката (поръчка 63390), но в кашона няма торбичката с болтовете – по инструкция трябва да има 16 болта M8, а аз имам нула. Можете ли да ми ги пратите отделно? Не искам да връщам цялата люлка, тежи 40 кг.
Благодаря, Васил""",
         "Vasil Iliev"),
        ("automated", (),
         "Re: Потвърждение на поръчка 64112",
         """Здравейте,

Благодаря за писмото. В отпуск съм до 05.09 без достъп до пощата. При спешност се обърнете към Николай Стоянов, n.stoyanov@trakia-build.bg.

Поздрави,
Елица Маринова""",
         "Елица Маринова"),
    ],
}

"""Thirty-second set, people's mail in the week of the shop's Black Friday newsletter and privacy policy update (pl cs hr sv ro el bg). Written apart from the rules (see make_thirtysecond.py)."""

PEOPLE_CB = {
    "pl": [
        ("withdraw_consent", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Wypiszcie mnie z newslettera, dzięki.

pon., 23 lis 2026 o 09:02 Shop <news@shop.example.be> napisał(a):

> Hi Marek,
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more -
> this week only.
>
> Shop now: https://shop.example.be/black-friday
>
> You receive this e-mail because you subscribed to our newsletter.
> Unsubscribe | Manage preferences
""",
         "Marek Zieliński"),

        ("complaint", ("withdraw_consent",),
         "ODP: Black Friday is here: up to 50% off garden & home",
         """Dzien dobry,

wypisałam sie z Państwa newslettera juz w październiku (przez link na dole maila, dostałam nawet potwierdzenie na ekranie), a dzisiaj znowu przyszła reklama Black Friday. To juz drugi raz po rezygnacji. Proszę w końcu usunąć mój adres z listy mailingowej i nie przysyłać mi więcej reklam, bo wygląda to na zwykłe lekceważenie mojej rezygnacji.

Anna Kaczmarek

Od: Shop <news@shop.example.be>
Wysłano: poniedziałek, 23 listopada 2026 09:02
Do: anna.kaczmarek@wp.pl
Temat: Black Friday is here: up to 50% off garden & home

Hi Anna,
Black Friday is here! Up to 50% off garden furniture, lighting and more - this week only.
""",
         "Anna Kaczmarek"),

        ("objection", (),
         "Re: We are updating our privacy policy",
         """Szanowni Państwo,

w nawiązaniu do informacji o zmianie polityki prywatności: nie zgadzam się na udostępnianie mojej historii zakupów Państwa partnerowi reklamowemu ani na wyświetlanie mi na tej podstawie spersonalizowanych reklam. Na podstawie art. 21 RODO wnoszę sprzeciw wobec takiego przetwarzania moich danych.

Konto i kartę stałego klienta chcę zachować, chodzi wyłącznie o ten partner reklamowy.

Z poważaniem
Piotr Wiśniewski

pon., 23 lis 2026 o 14:30 Shop <privacy@shop.example.be> napisał(a):
> We are updating our privacy policy
>
> Dear customer,
> From 1 January 2027:
> - our new loyalty app
> - we will share your purchase history with our advertising partner to show
>   you personalised ads, unless you object
> - we will keep order data for 7 years instead of 10
> - a new link to manage your preferences
""",
         "Piotr Wiśniewski"),

        ("deletion", (),
         "zamkniecie konta",
         """Dzień dobry,
nie akceptuję nowej polityki prywatności, więc proszę o zamknięcie mojego konta i usunięcie wszystkich moich danych. Konto jest założone na ten adres e-mail.

Pozdrawiam
Ewa Nowak
""",
         "Ewa Nowak"),

        ("access", (),
         "Pytanie - które zakupy chcecie przekazać?",
         """Witam,

dostałem maila o zmianie polityki prywatnosci. Zanim zdecyduje czy się sprzeciwić, chciałbym wiedzieć które konkretnie moje zakupy i jakie dane o mnie przekazalibyście temu partnerowi reklamowemu. Prosze o przesłanie wszystkich danych jakie o mnie przechowujecie (historia zamówień, karta lojalnościowa itd).

Tomasz Mazur
""",
         "Tomasz Mazur"),

        ("correction", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Dzień dobry,
od kilku miesięcy wasze maile zaczynają się od "Hi Krzysztof", a ja mam na imię Krystyna. Proszę poprawić imię na moim koncie, bo za każdym razem mnie to irytuje :)

Krystyna Lewandowska

pon., 23 lis 2026 o 09:02 Shop <news@shop.example.be> napisał(a):
> Hi Krzysztof,
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more.
""",
         "Krystyna Lewandowska"),

        ("other", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Dzień dobry, czy rabat -50% obejmuje też grille gazowe? Na stronie przy grillach nie widzę przekreślonych cen. I do kiedy dokładnie trwa promocja, do piątku czy do niedzieli?

Wysłane z iPhone'a

> W dniu 23.11.2026, o godz. 09:02, Shop <news@shop.example.be> napisał:
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more.
""",
         "Jakub Wójcik"),

        ("other", (),
         "Współpraca - kampanie e-mail marketingowe na rynek polski",
         """Dzień dobry,

nazywam się Karolina Dąbrowska i reprezentuję agencję Pixelhouse z Krakowa. Zauważyliśmy, że Państwa sklep wysyła newsletter do polskich klientów wyłącznie po angielsku. Specjalizujemy się w lokalizacji i prowadzeniu kampanii e-mail marketingowych dla sklepów internetowych z branży dom i ogród - nasi klienci notują średnio 30% wyższy współczynnik otwarć po przejściu na komunikację w języku polskim.

Czy znalazłby Pan/Pani 15 minut na krótką rozmowę w przyszłym tygodniu?

Z wyrazami szacunku
Karolina Dąbrowska
Business Development Manager
Pixelhouse Sp. z o.o.
tel. +48 512 340 118
""",
         "Karolina Dąbrowska | Pixelhouse"),

        ("other", (),
         "literówka w newsletterze",
         """Hej, drobiazg - w dzisiejszym newsletterze jest "garden furnitrue" zamiast "furniture", a przycisk "Lighting" prowadzi na stronę 404. Może ktoś poprawi zanim pójdzie następna wysyłka.
Pozdr.
M.
""",
         "Michał Kowalczyk"),

        ("withdraw_consent", ("objection",),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Link "Unsubscribe" na dole maila wyrzuca błąd ("Something went wrong, please try again later"), próbowałem 3 razy. Proszę wypisać mnie ręcznie z newslettera.
Przy okazji - nie życzę sobie tych spersonalizowanych reklam o których piszecie w drugim mailu, nie zgadzam się na przekazywanie moich zakupów żadnemu partnerowi.

Grzegorz

pon., 23 lis 2026 o 09:02 Shop <news@shop.example.be> napisał(a):
> You receive this e-mail because you subscribed to our newsletter.
> Unsubscribe | Manage preferences
""",
         "Grzegorz Jankowski"),
    ],

    "cs": [
        ("withdraw_consent", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Dobrý den, odhlaste mě prosím z odběru novinek. Díky

Jana Svobodová

po 23. 11. 2026 v 9:02 odesílatel Shop <news@shop.example.be> napsal:

> Hi Jana,
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more -
> this week only.
""",
         "Jana Svobodová"),

        ("objection", (),
         "RE: We are updating our privacy policy",
         """Dobrý den,

nesouhlasím s tím, abyste od 1. ledna předávali moji historii nákupů svému reklamnímu partnerovi, a nepřeji si ani profilování a personalizovanou reklamu. Tímto proti tomu vznáším námitku podle čl. 21 GDPR.

Věrnostní kartu chci používat dál jako dosud.

S pozdravem
Ing. Pavel Novák

From: Shop <privacy@shop.example.be>
Sent: Monday, November 23, 2026 2:30 PM
To: pavel.novak@seznam.cz
Subject: We are updating our privacy policy

Dear customer,
From 1 January 2027 we will share your purchase history with our advertising partner to show you personalised ads, unless you object.
""",
         "Pavel Novák"),

        ("access", (),
         "odkud máte můj email?",
         """Dobrý den,

dnes mi od vás přišel newsletter k Black Friday, ale já jsem se k žádnému newsletteru nepřihlašoval a pokud vím, u vás jsem nikdy nic nekupoval. Můžete mi prosím sdělit, odkud jste moji e-mailovou adresu získali a jaké další údaje o mně máte uložené?

Děkuji
Martin Černý
""",
         "Martin Černý"),

        ("deletion", ("withdraw_consent",),
         "Zrušení účtu",
         """Dobry den,
s novymi podminkami ochrany osobnich udaju nesouhlasim, takze prosim o zruseni meho zakaznickeho uctu a vymazani vsech mych udaju. A samozrejme me odhlaste i z newsletteru.
Dekuji
Lucie Kučerová
""",
         "Lucie Kucerova"),

        ("restriction", (),
         "Omezení zpracování údajů - reklamace RK-2026-11873",
         """Dobrý den,

v souvislosti se změnou zásad ochrany osobních údajů vás žádám o omezení zpracování mých osobních údajů. Prosím, nemažte je: momentálně u vás reklamuji zahradní sekačku (reklamace č. RK-2026-11873) a údaje o nákupu budu potřebovat jako doklad, případně i u soudu. Do vyřízení reklamace je ale uchovávejte jen pro tento účel a nepoužívejte je k ničemu jinému.

S pozdravem
Tomáš Procházka
""",
         "Tomáš Procházka"),

        ("complaint", ("deletion",),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Nikdy jsem vám nedal souhlas k zasílání reklamy a přesto mi dnes přišel tenhle váš Black Friday newsletter. To je porušení GDPR. Okamžitě smažte moji adresu z vaší databáze. Vážně zvažuji podání stížnosti na ÚOOÚ.

J. Veselý

po 23. 11. 2026 v 9:02 odesílatel Shop <news@shop.example.be> napsal:
> Black Friday is here! Up to 50% off garden furniture, lighting and more.
""",
         "Jan Veselý"),

        ("other", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Dobrý den,
platí sleva k Black Friday i na zahradní nábytek, který mám v košíku už od minulého týdne, nebo ho musím přidat znovu? A stihnete doručení do ČR do Vánoc?
Děkuji, Petra Horáková

Odesláno z mého telefonu
""",
         "Petra Horáková"),

        ("other", (),
         "dotaz k nové aplikaci",
         """Dobrý den,
četl jsem oznámení o nových zásadách. Co přesně znamená ta nová věrnostní aplikace – budu ji muset mít v telefonu, abych dál sbíral body? Nemám chytrý telefon, tak jestli půjde dál používat plastová karta.
Děkuji za info
Josef Dvořák
""",
         "Josef Dvořák"),

        ("other", (),
         "Lokalizace newsletteru do češtiny",
         """Dobrý den,

všimli jsme si, že svůj newsletter posíláte českým zákazníkům v angličtině. Naše překladatelská agentura LinguaPro se specializuje na lokalizaci e-shopů a e-mailových kampaní do češtiny a slovenštiny, a to včetně úprav pro SEO.

Rádi vám připravíme zkušební překlad jednoho newsletteru zdarma. Stačí odpovědět na tento e-mail.

S pozdravem
Markéta Benešová
LinguaPro s.r.o., Brno
+420 602 118 347
""",
         "Markéta Benešová"),

        ("withdraw_consent", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Klikla jsem na "Unsubscribe" dole v mailu a stránka hlásí jen "Invalid or expired token". Tak to píšu sem: už nechci dostávat váš newsletter, vyřaďte mě prosím ze seznamu.

Eva Marková

> You receive this e-mail because you subscribed to our newsletter.
> Unsubscribe | Manage preferences
""",
         "Eva Marková"),
    ],

    "hr": [
        ("withdraw_consent", (),
         "Odjava",
         """Poštovani,
molim vas da me maknete s vaše mailing liste, ne želim više primati newsletter.
Hvala,
Marko Kovačević
""",
         "Marko Kovačević"),

        ("objection", (),
         "Re: We are updating our privacy policy",
         """Poštovani,

ne želim da moju povijest kupnje dijelite sa svojim oglašivačkim partnerom. Ovim putem ulažem prigovor na takvu obradu mojih podataka, kao i na izradu profila u marketinške svrhe (čl. 21. GDPR-a).

Srdačan pozdrav,
Ana Jurić

pon, 23. stu 2026. u 14:30 Shop <privacy@shop.example.be> napisao je:

> We are updating our privacy policy
> From 1 January 2027 we will share your purchase history with our
> advertising partner to show you personalised ads, unless you object.
""",
         "Ana Jurić"),

        ("complaint", ("withdraw_consent",),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Odjavio sam se s vašeg newslettera jos prosli mjesec i dobio potvrdu da je odjava uspjesna, a danas opet stize Black Friday reklama. Ozbiljno?? Skinite me vise s te liste.

Ivan

pon, 23. stu 2026. u 09:02 Shop <news@shop.example.be> napisao je:
> Black Friday is here! Up to 50% off garden furniture, lighting and more.
""",
         "Ivan Knežević"),

        ("portability", ("deletion",),
         "Zahtjev - podaci i zatvaranje računa",
         """Poštovani,

s obzirom na to da ne prihvaćam nove uvjete privatnosti, prestajem kupovati kod vas. Prije nego što zatvorite moj korisnički račun, molim vas da mi pošaljete povijest mojih narudžbi i stanje bodova s kartice vjernosti u strojno čitljivom obliku (CSV ili JSON), kako bih ih mogla prenijeti drugom trgovcu.

Nakon toga molim da izbrišete moj račun i sve moje osobne podatke.

Lijep pozdrav,
Maja Pavlović
""",
         "Maja Pavlović"),

        ("access", (),
         "Koji podaci bi se dijelili?",
         """Pozdrav,

dobio sam obavijest o novoj politici privatnosti. Koje bi to točno moje kupnje i koji podaci o meni bili poslani tom partneru za oglase? Molim vas i kopiju svih podataka koje imate o meni.

Hvala,
Tomislav Marić
""",
         "Tomislav Marić"),

        ("correction", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Poštovani,
udala sam se prije godinu dana i prezime mi je sada Horvat, a ne Babić, a u vašim mailovima i dalje piše "Hi Ivana Babić". Molim vas ispravite prezime na mom računu i na kartici vjernosti.
Hvala!
Ivana Horvat

> Hi Ivana Babić,
> Black Friday is here!
""",
         "Ivana Horvat"),

        ("other", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Dobar dan, je li vrtna garnitura "Lisa" u akciji? U newsletteru piše -40% a na stranici je puna cijena 499 €. Hvala

Poslano s mog Galaxyja
""",
         "Dario Šimić"),

        ("other", (),
         "Datum akcije?",
         """Pozdrav, u newsletteru piše da Black Friday popusti vrijede do 30. studenog, a na vašoj stranici piše do 29. Koji je datum točan? Ne bih htjela propustiti.
Lp, Petra
""",
         "Petra Božić"),

        ("other", (),
         "Pitanje o novoj politici",
         """Poštovani,

samo opće pitanje iz znatiželje: zašto ćete od 2027. podatke o narudžbama čuvati 7 umjesto 10 godina? Je li to zbog neke promjene zakona u Belgiji? Ništa ne trebam mijenjati, samo me zanima.

Pozdrav,
Goran Vuković
""",
         "Goran Vuković"),

        ("objection", ("withdraw_consent",),
         "Re: We are updating our privacy policy",
         """Ne slazem se s dijeljenjem mojih podataka s partnerom za reklame, nemojte to raditi s mojim podacima. I usput me odjavite s newslettera.
Luka

> We are updating our privacy policy
""",
         "Luka Babić"),
    ],

    "sv": [
        ("withdraw_consent", (),
         "SV: Black Friday is here: up to 50% off garden & home",
         """Avregistrera mig tack.

/Erik

Från: Shop <news@shop.example.be>
Skickat: den 23 november 2026 09:02
Till: erik.johansson@telia.com
Ämne: Black Friday is here: up to 50% off garden & home

Hi Erik,
Black Friday is here! Up to 50% off garden furniture, lighting and more - this week only.
""",
         "Erik Johansson"),

        ("withdraw_consent", (),
         "Avregistreringslänken funkar inte",
         """Hej!

Avregistreringslänken längst ner i ert nyhetsbrev fungerar inte, jag får bara "Ett fel uppstod, försök igen senare". Har testat tre gånger från både mobil och dator. Kan ni ta bort mig från utskicket manuellt? Vill inte ha fler nyhetsbrev.

Tack på förhand
Karin Nilsson
""",
         "Karin Nilsson"),

        ("objection", (),
         "Sv: We are updating our privacy policy",
         """Hej,

jag motsätter mig att ni delar min köphistorik med er annonspartner och att ni använder den till riktad reklam eller profilering av mig. Vill inte heller behöva ladda ner någon app för att säga nej till det.

Mvh
Lars Andersson

mån 23 nov. 2026 kl. 14:30 skrev Shop <privacy@shop.example.be>:

> We are updating our privacy policy
> ...purchase history shared with our advertising partner for personalised
> ads, unless you object
""",
         "Lars Andersson"),

        ("deletion", (),
         "Avsluta konto",
         """Hej. Jag accepterar inte era nya villkor. Stäng mitt konto och radera alla mina uppgifter, även kundklubbskortet. Mvh Maria Svensson
""",
         "Maria Svensson"),

        ("access", (),
         "Varifrån har ni min adress?",
         """Hej,

jag fick ert Black Friday-utskick idag men jag har aldrig prenumererat på ert nyhetsbrev och har såvitt jag vet aldrig handlat hos er. Varifrån har ni fått min e-postadress? Jag vill veta vilken källa ni har den från och vilka andra uppgifter ni har om mig.

Vänliga hälsningar
Johan Berg
""",
         "Johan Berg"),

        ("complaint", ("withdraw_consent",),
         "SV: Black Friday is here: up to 50% off garden & home",
         """Jag avregistrerade mig från ert nyhetsbrev i oktober och fick en bekräftelse på det. Ändå kommer det reklam igen. Det är inte okej. Ta bort mig från listan NU, annars anmäler jag er till IMY.

Sofia Karlsson

Från: Shop <news@shop.example.be>
Skickat: den 23 november 2026 09:02
Till: sofia.karlsson@gmail.com
Ämne: Black Friday is here: up to 50% off garden & home
""",
         "Sofia Karlsson"),

        ("correction", (),
         "Fel namn i era mejl",
         """Hej!
Ni stavar mitt namn fel, i mejlen står det "Hi Asa" men jag heter Åsa, med Å. Kan ni rätta det i mitt konto?
Mvh Åsa Lindqvist
""",
         "Åsa Lindqvist"),

        ("other", (),
         "Sv: Black Friday is here: up to 50% off garden & home",
         """Hej, gäller Black Friday-rabatten även utemöblerna i teak? Och hur lång leveranstid har ni till Sverige just nu, behöver ha soffan innan jul.
/Anders

Skickat från min iPhone
""",
         "Anders Holm"),

        ("other", (),
         "Fråga från Råd & Rön om ändrade integritetsvillkor",
         """Hej,

jag är journalist och skriver en artikel om e-handlare som börjar dela kunders köphistorik med annonspartner. Några av våra läsare har vidarebefordrat ert meddelande "We are updating our privacy policy". Skulle någon hos er kunna svara på några frågor om ändringen, gärna senast fredag?

Med vänliga hälsningar
Emma Lundgren
Reporter
""",
         "Emma Lundgren"),

        ("other", (),
         "Stavfel",
         """Hej! Litet tips bara: i dagens nyhetsbrev står det "Black Firday" i rubriken högst upp :) 
Ha en bra dag!
Mikael
""",
         "Mikael Eriksson"),
    ],

    "ro": [
        ("withdraw_consent", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Buna ziua, va rog sa ma dezabonati de la newsletter. Multumesc

luni, 23 nov. 2026, 09:02 Shop <news@shop.example.be> a scris:

> Hi Andrei,
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more -
> this week only.
""",
         "Andrei Popescu"),

        ("objection", ("withdraw_consent",),
         "Re: We are updating our privacy policy",
         """Buna ziua,

Nu sunt de acord ca istoricul meu de cumparaturi sa fie trimis partenerului vostru de publicitate si ma opun reclamelor personalizate pe baza lui. De asemenea va rog sa ma scoateti de pe lista de newsletter.

O zi buna,
Elena Dumitru

luni, 23 nov. 2026, 14:30 Shop <privacy@shop.example.be> a scris:
> From 1 January 2027 we will share your purchase history with our
> advertising partner to show you personalised ads, unless you object.
""",
         "Elena Dumitru"),

        ("complaint", (),
         "RE: Black Friday is here: up to 50% off garden & home",
         """Nu m-am abonat niciodata la newsletterul vostru si nu v-am dat niciodata acordul sa-mi trimiteti reclame. E a treia oara anul asta cand primesc asa ceva de la voi. Este o incalcare clara a GDPR si o sa depun plangere la ANSPDCP.

Radu Stan
""",
         "Radu Stan"),

        ("deletion", (),
         "inchidere cont",
         """Buna ziua,
nu accept noua politica de confidentialitate. Va rog sa-mi inchideti contul si sa stergeti toate datele mele personale.
Cu stima,
Ioana Constantin
""",
         "Ioana Constantin"),

        ("access", (),
         "Ce date de-ale mele ati transmite?",
         """Bună ziua,

Am primit notificarea despre noua politică de confidențialitate. Aș vrea să știu ce cumpărături de-ale mele ați transmite partenerului de publicitate și, în general, ce date aveți despre mine. Vă rog să-mi trimiteți o copie a acestor date.

Mulțumesc,
Cristina Munteanu
""",
         "Cristina Munteanu"),

        ("correction", (),
         "data nasterii gresita in cont",
         """Buna ziua,
in contul meu data nasterii apare 01.01.1900 si de aceea nu primesc voucherul de ziua mea de pe cardul de fidelitate. Data corecta este 14.03.1987, va rog sa o corectati.
Multumesc,
Mihaela Georgescu
""",
         "Mihaela Georgescu"),

        ("complaint", ("withdraw_consent",),
         "Re: Black Friday is here: up to 50% off garden & home",
         """M-am dezabonat luna trecuta (am apasat pe link si mi-a aparut ca sunt dezabonat) si tot primesc mailuri de la voi. Nu e normal. Va rog sa ma scoateti definitiv de pe lista.

Vlad Ionescu

luni, 23 nov. 2026, 09:02 Shop <news@shop.example.be> a scris:
> Black Friday is here!
""",
         "Vlad Ionescu"),

        ("other", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Buna, reducerea de Black Friday se aplica si la produsele din categoria bucatarie sau doar la mobilier de gradina? Si livrati in Romania? Multumesc

Trimis de pe telefonul meu Samsung Galaxy
""",
         "Alina Marin"),

        ("other", (),
         "Propunere colaborare - marketing digital",
         """Buna ziua,

Ma numesc Bogdan Tudor si sunt fondatorul agentiei AdVerde din Cluj-Napoca. Lucram cu magazine online din zona casa si gradina si le ajutam sa creasca vanzarile prin campanii Google Ads, Meta si e-mail marketing pe piata din Romania.

As fi bucuros sa va prezint cateva studii de caz intr-un apel scurt de 20 de minute. Cand ar fi un moment potrivit pentru dumneavoastra?

Cu stima,
Bogdan Tudor
AdVerde SRL
""",
         "Bogdan Tudor"),

        ("other", (),
         "aplicatia noua",
         """Buna ziua, am citit ca din ianuarie vine o aplicatie noua de fidelitate. O sa fie disponibila si pe telefoanele Huawei fara Google Play? Multumesc frumos
""",
         "Daniela Rusu"),
    ],

    "el": [
        ("withdraw_consent", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Kalispera, diagrapste me apo to newsletter parakalw, den thelw alla mail me prosfores. Eyxaristw

Στις Δευ 23 Νοε 2026 στις 9:02 π.μ., ο/η Shop <news@shop.example.be> έγραψε:

> Hi Nikos,
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more.
""",
         "Nikos Papadopoulos"),

        ("objection", (),
         "ΑΠ: We are updating our privacy policy",
         """Καλησπέρα σας,

Με το παρόν ασκώ το δικαίωμα εναντίωσης (άρθρο 21 ΓΚΠΔ) στην κοινοποίηση του ιστορικού αγορών μου στον διαφημιστικό σας συνεργάτη, καθώς και στη δημιουργία προφίλ μου για εξατομικευμένες διαφημίσεις.

Με εκτίμηση,
Δημήτρης Αντωνίου

Από: Shop <privacy@shop.example.be>
Στάλθηκε: Δευτέρα, 23 Νοεμβρίου 2026 2:30 μμ
Προς: d.antoniou@otenet.gr
Θέμα: We are updating our privacy policy
""",
         "Δημήτρης Αντωνίου"),

        ("deletion", (),
         "Κλείσιμο λογαριασμού",
         """Καλημέρα,
δεν συμφωνώ με τη νέα πολιτική απορρήτου. Παρακαλώ κλείστε τον λογαριασμό μου και διαγράψτε όλα τα προσωπικά μου στοιχεία.
Ευχαριστώ,
Μαρία Γεωργίου
""",
         "Μαρία Γεωργίου"),

        ("access", (),
         "Pou vrikate to email mou?",
         """Kalhmera,
den exw kanei pote eggrafh sto newsletter sas oute exw agorasei kati apo to site sas. Apo pou vrikate to email mou? Thelw na mou peite apo poia phgh to phrate kai ti alla stoixeia mou exete.
Kostas
""",
         "Kostas Nikolaou"),

        ("complaint", ("withdraw_consent",),
         "ΑΠ: Black Friday is here: up to 50% off garden & home",
         """Έχω διαγραφεί από τη λίστα σας από τον Οκτώβριο και συνεχίζετε να μου στέλνετε διαφημίσεις. Είναι απαράδεκτο. Σταματήστε επιτέλους να μου στέλνετε newsletter.

Ελένη Βασιλείου

Από: Shop <news@shop.example.be>
Στάλθηκε: Δευτέρα, 23 Νοεμβρίου 2026 9:02 πμ
Προς: eleni.vas@yahoo.gr
Θέμα: Black Friday is here: up to 50% off garden & home
""",
         "Ελένη Βασιλείου"),

        ("correction", (),
         "Λάθος όνομα",
         """Γεια σας,
στα email σας με αποκαλείτε "Hi Giorgos", αλλά είμαι η Γεωργία. Μπορείτε να διορθώσετε το όνομα στον λογαριασμό μου;
Ευχαριστώ
Γεωργία Παππά
""",
         "Γεωργία Παππά"),

        ("other", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Geia sas, h ekptwsh isxyei kai gia ta fwtistika khpou? Kai poso kostizei h apostolh stin Ellada? Eyxaristw
""",
         "Giannis K."),

        ("other", (),
         "Το newsletter δεν εμφανίζεται σωστά",
         """Καλησπέρα, στο σημερινό newsletter στο κινητό (Android) οι εικόνες δεν φορτώνουν και το κουμπί "Shop now" δεν πατιέται. Απλά να το ξέρετε.
Χρήστος
""",
         "Χρήστος Μιχαηλίδης"),

        ("other", (),
         "Πρόταση συνεργασίας - διαφήμιση στην ελληνική αγορά",
         """Καλησπέρα σας,

Ονομάζομαι Κατερίνα Σταύρου και εκπροσωπώ την εταιρεία ψηφιακού μάρκετινγκ BlueOlive Digital στην Αθήνα. Βοηθάμε ηλεκτρονικά καταστήματα ειδών σπιτιού και κήπου να αναπτυχθούν στην ελληνική αγορά μέσω Google Ads, social media και email campaigns.

Θα χαρούμε να σας παρουσιάσουμε μια πρόταση σε μια σύντομη τηλεδιάσκεψη.

Με εκτίμηση,
Κατερίνα Σταύρου
BlueOlive Digital
τηλ. 210 7234 556
""",
         "Κατερίνα Σταύρου"),

        ("objection", ("withdraw_consent",),
         "Re: We are updating our privacy policy",
         """Oxi sto profiling kai oxi sta personalised ads, min dwsete to istoriko agorwn mou ston synergath sas. Kai vgalte me apo th lista tou newsletter.
Thanasis

> We are updating our privacy policy
""",
         "Thanasis Dimou"),
    ],

    "bg": [
        ("withdraw_consent", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Здравейте, моля отпишете ме от бюлетина. Благодаря

пн, 23.11.2026 г. в 9:02 ч. Shop <news@shop.example.be> написа:

> Hi Georgi,
>
> Black Friday is here! Up to 50% off garden furniture, lighting and more.
""",
         "Георги Иванов"),

        ("objection", (),
         "Re: We are updating our privacy policy",
         """Здравейте,

Възразявам срещу споделянето на историята на покупките ми с вашия рекламен партньор, както и срещу профилирането ми за персонализирани реклами.

Поздрави,
Десислава Петрова

пн, 23.11.2026 г. в 14:30 ч. Shop <privacy@shop.example.be> написа:
> From 1 January 2027 we will share your purchase history with our
> advertising partner to show you personalised ads, unless you object.
""",
         "Десислава Петрова"),

        ("complaint", ("withdraw_consent",),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Zdraveite, otpisah se ot buletina vi oshte prez oktomvri, a dnes pak poluchavam reklama za Black Friday. Tova e nedopustimo. Mahnete me ot spisaka vednaga.
Stoyan
""",
         "Stoyan Dimitrov"),

        ("deletion", (),
         "Закриване на профил",
         """Здравейте,
не приемам новата политика за поверителност. Моля, закрийте профила ми и изтрийте всичките ми лични данни.
Мария Николова
""",
         "Мария Николова"),

        ("access", (),
         "Кои покупки ще споделите?",
         """Здравейте,

получих уведомлението за новата политика. Кои от моите покупки бихте споделили с рекламния партньор? Искам копие от всички данни, които пазите за мен.

Благодаря,
Иван Тодоров
""",
         "Иван Тодоров"),

        ("restriction", (),
         "Замразяване на профила",
         """Здравейте,

все още не съм решила дали ще остана ваш клиент след 1 януари. Моля, не изтривайте данните ми, но спрете да ги обработвате и замразете профила ми, докато не ви пиша отново.

Поздрави,
Елена Стоянова
""",
         "Елена Стоянова"),

        ("correction", (),
         "Greshno ime",
         """Zdraveite, v buletina pishe "Hi Nikolai", a az sam Nikolina. Molya popravete imeto mi v profila.
Blagodarya
""",
         "Nikolina Georgieva"),

        ("other", (),
         "Re: Black Friday is here: up to 50% off garden & home",
         """Здравейте, отстъпката важи ли и за градинските чадъри? И до кога точно е промоцията?

Изпратено от моя iPhone
""",
         "Петър Костов"),

        ("other", (),
         "prilozhenieto za loyalnost",
         """Zdraveite, koga shte izleze novoto prilozhenie za karti za loyalnost i shte ima li versiya za iPhone? Blagodarya
""",
         "Kalin Angelov"),

        ("other", (),
         "Предложение за сътрудничество - SEO и Google Ads",
         """Здравейте,

Казвам се Виктория Илиева и съм мениджър „Бизнес развитие“ в агенция DigitalNest от София. Помагаме на онлайн магазини за дом и градина да увеличат продажбите си в България чрез SEO, Google Ads и имейл маркетинг.

Бихте ли имали 15 минути за кратък разговор следващата седмица?

С уважение,
Виктория Илиева
DigitalNest ООД
+359 888 412 903
""",
         "Виктория Илиева"),
    ],
}

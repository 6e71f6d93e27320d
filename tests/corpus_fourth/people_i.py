"""Fourth set, people: short and everyday mails in the 14 languages. Written apart from the rules (see make_fourth.py)."""

PEOPLE_I = {
    "en": [
        ("deletion", (), "", """hi can you just make me disappear from your system? dont shop with you anymore. thx""", "Kevin Marsh"),
        ("access", (), "how did you get my number??", """got a text from you today about the summer sale but i never gave you my phone number. where did you get it and what else do you have on me""", "Lauren Pike"),
        ("correction", (), "loyalty card", """Hi, my surname is spelled wrong on the loyalty card, it says Brennon but it's Brennan. Card nr 4410 2293 1187. Can you fix it in your system please?
Cheers, Aoife Brennan""", "Aoife Brennan"),
        ("portability", (), "Re: Your order has shipped", """thanks! unrelated but is there a way to get my whole order history in excel or csv? want to load it into my own budget app

On Tue, 14 May 2024 at 09:12, shop.example.be <orders@shop.example.be> wrote:
> Hi Tom,
> Good news: your order #88431 has shipped!
> Track your parcel here: https://track.example.be/88431
> Thanks for shopping with us.""", "Tom Richards"),
        ("restriction", (), "order 88213", """I'm disputing the charge for order 88213 with my bank. Until that's sorted please don't do anything with my account data. Don't delete it either, I need it for the dispute, just leave it frozen.
Sam""", "Samuel Okafor"),
        ("objection", (), "", """I'm not ok with you using what I buy to show me ads on facebook and insta. please stop that. I still want the normal newsletter tho""", "Priya Nair"),
        ("withdraw_consent", (), "", """stop texting me 🙄""", "Dan Holloway"),
        ("complaint", ("deletion",), "urgent", """this is the third time I ask you to delete my account. nobody answers, I just keep getting your emails. if I hear nothing this week I'm going to the privacy authority.""", "Megan Clarke"),
        ("other", (), "Re: We miss you!", """my parcel never arrived, order 77120. tracking says delivered but there was nothing at my door or with the neighbours. can someone check pls""", "Chris Fenwick"),
    ],
    "nl": [
        ("withdraw_consent", (), "Re: Nieuwsbrief week 23", """aub geen mails meer sturen, ik lees ze toch nooit

Op vr 7 jun. 2024 om 10:00 schreef shop.example.be <nieuws@shop.example.be>:
> Deze week: -30% op alle tuinmeubelen!
> Ontdek snel onze zomercollectie.
> Uitschrijven? Klik hier.""", "Ilse Wouters"),
        ("deletion", (), "account", """Hallo, ik wil mijn account laten verwijderen met alles erop en eraan. Ik bestel niet meer bij jullie.
Groetjes, Bart""", "Bart Peeters"),
        ("access", (), "vraag", """Wat weten jullie eigenlijk allemaal over mij? Ik zou graag een overzicht krijgen van wat jullie van mij bijhouden en aan wie jullie dat doorgeven.""", "Sofie Janssens"),
        ("correction", (), "", """in de app staat nog altijd mijn oud adres (Kerkstraat 12, Lier), ik woon al een jaar op de Molenweg 4, 2500 Lier. kunnen jullie dat aanpassen in mijn profiel? thx""", "Jens Claes"),
        ("portability", (), "gegevens", """Dag, kan ik mijn gegevens en bestelgeschiedenis in een bestand krijgen? Ik wil die meenemen naar een andere winkel. Excel is goed.""", "Hilde Maes"),
        ("restriction", (), "", """Ik wil mijn account niet verwijderen want ik heb de facturen nog nodig voor de garantie van mijn wasmachine. Maar gebruik mijn gegevens verder voor niks anders aub, gewoon laten staan.""", "Luc Verstraeten"),
        ("objection", (), "reclame??", """Waarom krijg ik op Instagram reclame van jullie voor precies de schoenen die ik vorige week bij jullie bekeken heb? Vind ik eng. Stop met mij te volgen en mijn gegevens door te geven aan die reclamebedrijven.""", "Eline De Smet"),
        ("complaint", ("deletion",), "Re: Re: verwijderen account", """Ik heb op 3 maart al gevraagd om mijn account te verwijderen. Nog altijd niks gehoord en vandaag weer een mail gekregen. Belachelijk. Nog een week en ik dien klacht in bij de Gegevensbeschermingsautoriteit.""", "Koen Willems"),
        ("other", (), "vraagje", """hallo, mijn kortingsbon van 10 euro werkt niet bij het afrekenen. hij zegt dat de code verlopen is maar er staat geldig tot eind juni. kan iemand helpen?""", "Nathalie Goossens"),
    ],
    "fr": [
        ("deletion", (), "supprimer", """bonjour je voudrai que vous supprimiez mon compte et toute mes infos svp. merci""", "Julie Lambert"),
        ("access", (), "", """Bonjour, j'aimerais savoir quelles données vous avez sur moi et d'où vous les tenez. Je reçois vos publicités par la poste alors que je n'ai jamais rien commandé chez vous.""", "Marc Dubois"),
        ("correction", (), "erreur de nom", """Sur mes factures et ma carte fidélité il est écrit Dupond au lieu de Dupont. Pouvez-vous corriger svp ?
Merci, Céline Dupont""", "Céline Dupont"),
        ("portability", (), "question", """Est-ce que c'est possible de recevoir toutes mes commandes et mes points fidélité dans un fichier (excel ou autre) ? Je voudrais les transférer vers une autre appli.""", "Nicolas Renard"),
        ("restriction", (), "commande 55102 ??", """Je pense que quelqu'un a utilisé mon compte : la commande 55102, ce n'est pas moi. En attendant que vous vérifiez, merci de ne plus utiliser mes données. Ne les effacez pas, j'en aurai besoin pour la plainte à la police.""", "Sandrine Leclercq"),
        ("objection", (), "Re: Nos sélections rien que pour vous", """Je n'ai pas envie que vous analysiez mes achats pour me faire des "sélections rien que pour moi". Arrêtez le profilage svp. La newsletter normale, ça me va.

Le 3 juin 2024 à 08:30, shop.example.be <news@shop.example.be> a écrit :
> Bonjour Anne,
> D'après vos derniers achats, nous avons sélectionné ces articles pour vous !
> Voir ma sélection""", "Anne Mertens"),
        ("withdraw_consent", (), "appels", """Une dame de chez vous m'a appelée ce midi pour une promo. Je ne veux plus ce genre d'appels, ni de SMS d'ailleurs. Merci""", "Martine Collard"),
        ("complaint", (), "fuite de données ???", """Je viens de recevoir un mail de phishing avec mon nom, mon adresse ET le numéro de ma dernière commande chez vous. Comment c'est possible ?? Vous avez eu une fuite et vous n'avez prévenu personne ? Je suis furieux. Je vais porter plainte à l'APD.""", "Olivier Gérard"),
        ("other", (), "Retour", """Bonjour, je voudrais renvoyer la veste de la commande 20331, elle est trop petite. Comment je fais pour avoir l'étiquette de retour ? Merci""", "Laura Simon"),
    ],
    "de": [
        ("withdraw_consent", (), "abmelden", """bitte keine newsletter mehr, danke""", "Petra Schmitz"),
        ("deletion", (), "Konto", """Guten Tag, bitte löschen Sie mein Kundenkonto. Ich habe seit Jahren nichts mehr bestellt und möchte nicht, dass meine Daten noch bei Ihnen rumliegen.
Gruß, Heinz Kremer""", "Heinz Kremer"),
        ("access", (), "", """Hallo, welche Daten haben Sie über mich gespeichert? Und haben Sie die an irgendwen weitergegeben? Seit ich bei Ihnen bestellt habe, bekomme ich komische Anrufe von Firmen, die ich nicht kenne.""", "Sabine Lenz"),
        ("correction", (), "Geburtsdatum", """in meinem konto steht als geburtstag der 03.07.1985, richtig ist der 07.03.1985. deshalb kam der geburtstagsgutschein im juli 😅 bitte korrigieren""", "Lisa Hoffmann"),
        ("portability", (), "Anbieterwechsel", """Ich wechsle zu einem anderen Shop. Können Sie meine Daten (Konto, Bestellungen, Treuepunkte) direkt an die schicken oder mir als Datei geben, die ich dort hochladen kann?""", "Markus Weber"),
        ("restriction", (), "", """Ich möchte mein Konto gerade nicht löschen, weil noch die Garantie für den Fernseher läuft. Aber bitte sperren Sie meine Daten, so dass sie nur noch dafür verwendet werden und für nichts anderes.""", "Ursula Becker"),
        ("objection", (), "Frage zur App", """Ich will nicht, dass Sie mein Kaufverhalten auswerten und mir personalisierte Werbung zeigen. Bitte abstellen. In der App finde ich die Einstellung dafür nicht.""", "Tobias Krüger"),
        ("complaint", ("withdraw_consent",), "Trotz Abmeldung!!", """Hab mich vor 3 Wochen vom Newsletter abgemeldet (Link unten geklickt, Bestätigung bekommen) und krieg trotzdem jeden zweiten Tag Mails von euch. Hört endlich auf damit, langsam reichts.""", "Jan Vogel"),
        ("other", (), "Bewerbung Lager", """Guten Tag, ich habe gesehen, dass Sie Lagermitarbeiter in Antwerpen suchen. Anbei mein Lebenslauf. Ich spreche Deutsch, Niederländisch und etwas Französisch und kann sofort anfangen.
Mit freundlichen Grüßen
Jonas Weber""", "Jonas Weber"),
    ],
    "es": [
        ("deletion", (), "", """hola, quiero darme de baja de vuestra tienda, borrad mi cuenta y todo lo que tengais mio. gracias""", "Javier Ortega"),
        ("access", (), "pregunta", """¿Me podéis decir qué datos míos tenéis guardados? Quiero una copia.""", "Carmen Ruiz"),
        ("correction", (), "email", """Mi email cambió, ahora es lucia.ferrer88@mail.es. El antiguo ya no lo uso. ¿Lo podéis cambiar en mi cuenta? Desde la app no encuentro dónde.""", "Lucía Ferrer"),
        ("portability", (), "", """Quisiera descargar todo mi historial de pedidos y mis datos en un archivo para llevármelos a otra tienda. ¿Se puede en CSV o algo parecido?""", "Pablo Navarro"),
        ("restriction", (), "pedidos raros", """Hay un error en mi cuenta: aparecen dos pedidos que no son míos. Mientras lo revisáis no quiero que uséis mis datos para nada. Pero no los borréis.""", "Elena Castillo"),
        ("objection", (), "", """Podéis seguir mandándome el boletín, pero no quiero que analicéis lo que compro para personalizarlo, ni que paséis mis datos a vuestros socios de publicidad.""", "Raúl Medina"),
        ("withdraw_consent", (), "Re: ¡Te echamos de menos!", """pues yo a vosotros no 😂 quitadme de la lista de correo porfa

El lun, 10 jun 2024 a las 11:05, shop.example.be <news@shop.example.be> escribió:
> ¡Hola Marta! Hace tiempo que no te vemos.
> Vuelve y disfruta de un 15% de descuento con el código VUELVE15.""", "Marta Gil"),
        ("complaint", ("access",), "URGENTE", """Os escribí el 12 de febrero pidiendo una copia de mis datos y nadie me ha contestado. Ya ha pasado más de un mes. Si no me respondéis presentaré una reclamación ante la autoridad de protección de datos.""", "Andrés Molina"),
        ("other", (), "pedido 4471", """Hola, me he mudado y el paquete del pedido 4471 todavía no ha salido. ¿Podéis enviarlo a Avenue Louise 210, 1050 Ixelles? Solo para este pedido, gracias.""", "Irene Santos"),
    ],
    "it": [
        ("withdraw_consent", (), "sms", """basta sms per favore, non voglio piu ricevere promozioni sul cellulare""", "Giulia Bianchi"),
        ("deletion", (), "", """Vorrei cancellare il mio account e che eliminiate tutti i miei dati. Non uso più l'app. Grazie, Marco""", "Marco Esposito"),
        ("access", (), "catalogo", """ciao, da dove avete preso il mio indirizzo? mi arriva il vostro catalogo a casa ma non mi sono mai registrata. voglio sapere cosa avete su di me""", "Francesca Romano"),
        ("correction", (), "numero sbagliato", """Salve, nel mio profilo il numero di telefono è sbagliato (manca una cifra). Quello giusto è +32 471 23 45 67. Potete aggiornarlo?""", "Luca Greco"),
        ("portability", (), "", """Mi servirebbero tutti i miei dati e lo storico ordini in un file, excel va benissimo. Grazie""", "Sara Colombo"),
        ("restriction", (), "carta fedeltà", """Ho segnalato che la mia carta fedeltà è stata usata da qualcun altro. Finché non avete chiarito la cosa, per favore bloccate i miei dati e non usateli, ma non cancellate niente.""", "Alessandro Ricci"),
        ("objection", (), "Re: Il tuo ordine è stato spedito", """grazie. già che ci sono: non voglio che tracciate cosa guardo nell'app per farmi pubblicità personalizzata. disattivatelo per favore

Il giorno 22 mag 2024, alle ore 14:40, shop.example.be <ordini@shop.example.be> ha scritto:
> Ciao Chiara,
> il tuo ordine n. 51276 è stato spedito.
> Consegna prevista: 24 maggio.""", "Chiara Marino"),
        ("complaint", ("correction",), "terza volta", """È la terza volta che vi scrivo per correggere il mio cognome (Rossi, non Rosi). Nessuna risposta. Comincio a perdere la pazienza.""", "Paolo Rossi"),
        ("other", (), "domanda prodotto", """Buongiorno, vorrei sapere se il frullatore XB-200 ha la spina adatta alle prese belghe o serve un adattatore. Grazie""", "Roberta Gallo"),
    ],
    "pt": [
        ("deletion", (), "conta", """olá, apaguem a minha conta por favor. nao quero mais nada com voces""", "Rui Almeida"),
        ("access", (), "", """Boa tarde, gostaria de receber uma cópia de todos os dados pessoais que têm sobre mim e de saber com quem os partilharam.
Obrigada, Ana Sousa""", "Ana Sousa"),
        ("correction", (), "cartão de cliente", """O meu nome está mal escrito no cartão de cliente: aparece "Joao Goncalvez" e é João Gonçalves. Podem corrigir?""", "João Gonçalves"),
        ("portability", (), "", """Queria exportar o meu histórico de compras e os meus dados para um ficheiro que possa usar noutra loja. Têm essa opção?""", "Mariana Costa"),
        ("restriction", (), "garantia", """Não quero apagar a conta porque ainda tenho uma garantia ativa, mas queria que deixassem de usar os meus dados para tudo o resto. Só os guardem.""", "Pedro Ferreira"),
        ("objection", (), "", """Não autorizo que analisem as minhas compras para criar um perfil meu. Parem com isso, por favor.""", "Inês Rodrigues"),
        ("withdraw_consent", (), "Re: Promoções de verão ☀️", """tirem-me desta lista

Em qui., 13/06/2024 às 09:00, shop.example.be <news@shop.example.be> escreveu:
> Chegou o verão! Até -40% em toda a loja.
> Aproveite já.""", "Tiago Pereira"),
        ("complaint", ("withdraw_consent",), "spam", """Cancelei a subscrição da newsletter há um mês e continuo a receber emails todos os dias. Isto é spam. Parem de uma vez ou vou queixar-me à autoridade de proteção de dados.""", "Catarina Lopes"),
        ("other", (), "encomenda 30917", """Olá, a minha encomenda nº 30917 chegou com o ecrã partido. Como faço para pedir o reembolso?""", "Miguel Santos"),
    ],
    "pl": [
        ("deletion", (), "usuniecie konta", """prosze usunac moje konto i wszystkie dane. dzieki""", "Tomasz Wiśniewski"),
        ("access", (), "?", """Dzień dobry, skąd macie mój numer telefonu?? Dostaję od was SMS-y, a nigdy wam go nie podawałam. Jakie jeszcze dane o mnie macie?""", "Agnieszka Zielińska"),
        ("correction", (), "zmiana nazwiska", """Dzień dobry, mam nowe nazwisko po ślubie – proszę zmienić z Nowak na Kowalczyk na koncie i na karcie lojalnościowej. Numer karty 5521 0087 3341.
Pozdrawiam, Katarzyna Kowalczyk""", "Katarzyna Kowalczyk"),
        ("portability", (), "", """Czy mogę dostać historię zamówień i moje dane w pliku (excel/csv)? Chcę je przenieść do innego sklepu.""", "Paweł Lewandowski"),
        ("restriction", (), "zamówienie 66120", """Nie zgadzam się z tym, że mam zaległą płatność za zamówienie 66120. Dopóki tego nie wyjaśnicie, proszę nie wykorzystywać moich danych w żaden sposób. Nie usuwajcie ich.""", "Marek Wójcik"),
        ("objection", (), "aplikacja", """Nie chcę, żebyście śledzili, co oglądam w aplikacji, i pokazywali mi spersonalizowane reklamy. Proszę to wyłączyć.""", "Joanna Kamińska"),
        ("withdraw_consent", (), "Re: Tęsknimy za Tobą!", """nie wysylajcie mi juz maili reklamowych

W dniu 5.06.2024 o 12:00, shop.example.be <news@shop.example.be> pisze:
> Cześć Michał! Dawno Cię nie było.
> Wróć i odbierz 10% rabatu.""", "Michał Dąbrowski"),
        ("complaint", ("deletion",), "drugi raz", """Piszę już drugi raz w sprawie usunięcia konta. Od trzech tygodni cisza. Jeśli nie odpowiecie, złożę skargę do organu ochrony danych.""", "Ewa Szymańska"),
        ("other", (), "logowanie", """Dzień dobry, nie mogę się zalogować do aplikacji, pisze że hasło niepoprawne, a mail do resetu hasła w ogóle nie przychodzi. Co robić?""", "Krzysztof Mazur"),
    ],
    "cs": [
        ("withdraw_consent", (), "", """uz mi neposilejte zadny newsletter prosim""", "Petr Dvořák"),
        ("deletion", (), "účet", """Dobrý den, chtěla bych, abyste mě úplně vymazali ze svého systému. Účet už nepotřebuju. Děkuji, Jana""", "Jana Nováková"),
        ("access", (), "data", """Jaké údaje o mně máte uložené? Chci kopii.""", "Martin Svoboda"),
        ("correction", (), "adresa", """V aplikaci mám pořád starou adresu (Vinohradská 12, Praha), teď bydlím v Bruselu, Rue Haute 45, 1000 Bruxelles. Můžete to opravit v mém profilu?""", "Lucie Černá"),
        ("portability", (), "", """Dá se u vás stáhnout všechna moje data a objednávky do souboru? Chci je přenést k jinému obchodu.""", "Tomáš Procházka"),
        ("restriction", (), "reklamace 81442", """Reklamuji objednávku 81442 a řešíme to přes spotřebitelskou poradnu. Do té doby prosím moje údaje nemažte, ale ani je k ničemu jinému nepoužívejte.""", "Pavel Kučera"),
        ("objection", (), "", """Nesouhlasím s tím, že sdílíte moje údaje s reklamními partnery. Přestaňte s tím.""", "Veronika Horáková"),
        ("complaint", (), "únik dat???", """Dostal jsem podvodnou SMS s mým jménem a číslem poslední objednávky u vás. Jak je to možné?! Máte únik dat a nikomu nic neřeknete? To je skandál.""", "Jakub Marek"),
        ("other", (), "Re: Vaše objednávka byla odeslána", """Dobrý den, balík mi přišel, ale chybí v něm nabíječka. Můžete ji prosím poslat dodatečně?

Dne 18. 5. 2024 v 10:22 shop.example.be <objednavky@shop.example.be> napsal(a):
> Dobrý den, Vaše objednávka č. 72904 byla odeslána.
> Sledovat zásilku: https://track.example.be/72904""", "Eva Pokorná"),
    ],
    "hr": [
        ("deletion", (), "", """obrisite moj racun i sve podatke, hvala""", "Ivan Horvat"),
        ("access", (), "upit", """Pozdrav, zanima me koje sve podatke imate o meni i jeste li ih dijelili s nekim?""", "Ana Kovačević"),
        ("correction", (), "kartica vjernosti", """Na kartici vjernosti piše Markovic bez kvačice, a ja sam Marković. I datum rođenja je krivo upisan, treba biti 14.5.1990. Molim ispravak.""", "Luka Marković"),
        ("portability", (), "", """Možete li mi poslati sve moje podatke i povijest narudžbi u nekom fajlu, npr. excel? Želim ih prebaciti u drugi dućan.""", "Petra Babić"),
        ("restriction", (), "povrat novca", """Nemojte brisati moj račun jer još čekam povrat novca, ali do tada prestanite koristiti moje podatke za bilo što drugo.""", "Marko Jurić"),
        ("objection", (), "", """Ne želim da analizirate moje kupnje i radite mi profil za reklame. Molim da to prestanete.""", "Ivana Novak"),
        ("withdraw_consent", (), "sms", """prestanite mi slati sms poruke s akcijama""", "Tomislav Knežević"),
        ("complaint", ("access",), "treci put", """Treći put pišem da mi pošaljete kopiju mojih podataka. Nitko ne odgovara. Ako se ne javite do petka, prijavljujem vas tijelu za zaštitu podataka.""", "Maja Pavlović"),
        ("other", (), "kupon", """bok, imam kupon od 15% iz newslettera ali ne radi na snizenim proizvodima. jel to normalno?""", "Filip Vuković"),
    ],
    "sv": [
        ("withdraw_consent", (), "Re: Veckans erbjudanden", """avregistrera mig tack

Den 4 juni 2024 kl. 08:00 skrev shop.example.be <news@shop.example.be>:
> Veckans erbjudanden: 2 för 1 på alla t-shirts!
> Handla nu.""", "Johanna Lind"),
        ("deletion", (), "konto", """Hej, kan ni radera mitt konto? Vill inte att ni sparar mina uppgifter längre.
/Anders""", "Anders Nilsson"),
        ("access", (), "Fwd: Välkommen till klubben!", """fick detta idag, har aldrig registrerat mig hos er. hur fick ni tag på min mejl?? och vad har ni mer om mig

---------- Vidarebefordrat meddelande ---------
Från: shop.example.be <klubb@shop.example.be>
Datum: mån 3 juni 2024 10:15
Ämne: Välkommen till klubben!
Till: <sara.berg77@mail.se>

Hej Sara! Välkommen som medlem i vår kundklubb.""", "Sara Berg"),
        ("correction", (), "", """Mitt telefonnummer har ändrats, nytt nummer är +32 486 55 12 90. Kan ni uppdatera det på mitt konto? Och förresten, när skickas order 30882?
Tack /Erik""", "Erik Johansson"),
        ("portability", (), "data", """Jag skulle vilja få ut all min data (köphistorik, bonuspoäng osv) i en fil som jag kan ta med till en annan butik.""", "Karin Larsson"),
        ("restriction", (), "faktura", """Jag har bestridit en faktura från er (order 55019). Tills det är utrett vill jag att ni slutar använda mina personuppgifter, men radera dem inte.""", "Mikael Andersson"),
        ("objection", (), "", """Jag vill inte att ni använder mina köp för att rikta annonser till mig på sociala medier. Sluta med det, tack.""", "Emma Persson"),
        ("complaint", ("correction",), "inget svar", """Jag bad om att få mitt efternamn rättat för en månad sedan och har inte fått något svar alls. Dåligt.""", "Linnea Ekström"),
        ("other", (), "fråga", """hej! när kommer den blå jackan i storlek M tillbaka i lager? 🙂""", "Oskar Holm"),
    ],
    "ro": [
        ("deletion", (), "", """stergeti-mi contul va rog, nu mai vreau sa fiu clientul vostru""", "Andrei Popescu"),
        ("access", (), "date personale", """Bună ziua, aș dori să știu ce date personale dețineți despre mine și cui le-ați transmis. Mulțumesc.""", "Elena Dumitrescu"),
        ("correction", (), "nume greșit", """Numele meu e scris greșit în cont: „Ionesco” în loc de „Ionescu”. Vă rog să-l corectați.""", "Mihai Ionescu"),
        ("portability", (), "", """Puteți să-mi trimiteți datele mele și istoricul comenzilor într-un fișier Excel? Vreau să le mut la alt magazin.""", "Ioana Stan"),
        ("restriction", (), "comanda 70215", """Am o dispută cu voi legată de comanda 70215 (plată dublă). Până se rezolvă, vă rog să nu folosiți datele mele la nimic, dar nici să nu le ștergeți.""", "Cristian Radu"),
        ("objection", (), "", """Nu vreau să-mi analizați cumpărăturile ca să-mi faceți reclame personalizate. Opriți asta, vă rog.""", "Alina Georgescu"),
        ("withdraw_consent", (), "promotii", """nu mai vreau sms-uri si emailuri cu promotii. va rog scoateti-ma de pe liste""", "Bogdan Matei"),
        ("complaint", ("deletion",), "Re: Re: cerere", """V-am scris acum 5 săptămâni să-mi ștergeți contul. Nimic. Tot primesc mailuri de la voi. Dacă nu primesc un răspuns până vineri, fac plângere la autoritatea pentru protecția datelor.""", "Raluca Constantin"),
        ("other", (), "rambursare", """Bună, am returnat fusta din comanda 41876 acum două săptămâni și încă nu am primit banii înapoi. Când se face rambursarea?""", "Diana Munteanu"),
    ],
    "el": [
        ("withdraw_consent", (), "", """σταματηστε να μου στελνετε email με προσφορες""", "Γιώργος Παπαδόπουλος"),
        ("deletion", (), "λογαριασμός", """Καλησπέρα, θέλω να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου. Ευχαριστώ.""", "Μαρία Κωνσταντίνου"),
        ("access", (), "??", """από πού βρήκατε το κινητό μου;; τι άλλα στοιχεία έχετε για μένα;""", "Νίκος Γεωργίου"),
        ("correction", (), "νέα διεύθυνση", """Η διεύθυνσή μου έχει αλλάξει. Η νέα είναι Rue de Namur 88, 5000 Namur. Μπορείτε να την ενημερώσετε στον λογαριασμό μου; Η εφαρμογή δείχνει ακόμα την παλιά.""", "Ελένη Δημητρίου"),
        ("portability", (), "", """Θα ήθελα όλα τα δεδομένα μου και το ιστορικό παραγγελιών σε αρχείο (excel ή csv), για να τα μεταφέρω σε άλλο κατάστημα.""", "Κώστας Αντωνίου"),
        ("restriction", (), "χρέωση 90312", """Αμφισβητώ μια χρέωση στην παραγγελία 90312. Μέχρι να ελεγχθεί, μη χρησιμοποιείτε τα δεδομένα μου για τίποτα, αλλά μην τα σβήσετε.""", "Δημήτρης Νικολάου"),
        ("objection", (), "εφαρμογή", """Δεν θέλω να παρακολουθείτε τι βλέπω στην εφαρμογή για να μου βγάζετε στοχευμένες διαφημίσεις. Σταματήστε το.""", "Άννα Βασιλείου"),
        ("complaint", ("withdraw_consent",), "Re: Σας λείπουμε!", """Έχω ζητήσει ΔΥΟ φορές να σταματήσουν αυτά τα email και συνεχίζετε. Απαράδεκτο. Αν λάβω κι άλλο, θα κάνω καταγγελία.

Στις 11/6/2024 10:00, ο/η shop.example.be <news@shop.example.be> έγραψε:
> Γεια σου Σοφία! Σου λείπουμε;
> Επέστρεψε με έκπτωση 10%.""", "Σοφία Ιωάννου"),
        ("other", (), "παραγγελία", """Καλημέρα, η παραγγελία μου 60044 δεν έχει έρθει ακόμα. Πότε θα παραδοθεί;""", "Παναγιώτης Σταύρου"),
    ],
    "bg": [
        ("deletion", (), "профил", """Здравейте, искам да изтриете профила ми и всички данни за мен. Благодаря.""", "Мария Иванова"),
        ("access", (), "", """какви данни имате за мен? искам копие""", "Георги Петров"),
        ("correction", (), "рождена дата", """Рождената ми дата в профила е грешна – пише 12.11.1992, а трябва да е 21.11.1992. Моля, поправете я.""", "Десислава Николова"),
        ("portability", (), "поръчки", """Може ли да ми изпратите историята на поръчките и данните ми във файл (Excel)? Искам да ги прехвърля в друг магазин.""", "Иван Димитров"),
        ("restriction", (), "неразрешена поръчка", """Не изтривайте нищо, но докато проверявате сигнала ми за поръчка от моя профил, която не съм правил, моля не използвайте данните ми за каквото и да е.""", "Стефан Стоянов"),
        ("objection", (), "", """Не съм съгласна да споделяте данните ми с рекламни партньори и да ми показвате персонализирани реклами. Спрете.""", "Елена Георгиева"),
        ("withdraw_consent", (), "смс", """спрете да ми пращате смс-и с промоции""", "Николай Тодоров"),
        ("complaint", ("correction",), "трети път!!!", """Писах ви преди месец да ми поправите адреса в профила. Никакъв отговор. Трети път пиша!""", "Радослав Колев"),
        ("other", (), "Предложение за сътрудничество", """Здравейте, предлагаме услуги по SEO оптимизация и реклама за онлайн магазини. Бихте ли искали безплатен одит на сайта ви? Поздрави, Петър Ангелов""", "Петър Ангелов"),
    ],
}

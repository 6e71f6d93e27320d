"""Blind set, people: ro, el, bg, da, fi, hu, sk (see people_a.py)."""

PEOPLE_B = {
    "ro": [
        ("access", (), "Cerere de acces la datele cu caracter personal (art. 15 GDPR)",
         """Stimată doamnă / Stimate domn,

În temeiul art. 15 din Regulamentul (UE) 2016/679 (GDPR), vă rog să îmi confirmați dacă
prelucrați date cu caracter personal care mă privesc și, în caz afirmativ, să îmi
furnizați o copie a acestor date, precum și informații privind scopurile prelucrării,
destinatarii și perioada de stocare.

Cu stimă,
Andrei Popescu"""),
        ("deletion", ("withdraw_consent",), "Cerere de ștergere a datelor cu caracter personal",
         """Stimate domn / Stimată doamnă,

În temeiul art. 17 din GDPR, solicit ștergerea tuturor datelor cu caracter personal care mă
privesc și închiderea contului meu. Totodată, îmi retrag consimțământul pentru primirea de
comunicări comerciale.

Cu stimă,
Elena Ionescu"""),
        ("withdraw_consent", (), "dezabonare",
         """Bună ziua, vă rog să mă dezabonați de la newsletter. Nu mai vreau să primesc e-mailuri.
Mulțumesc"""),
        ("correction", (), "Cerere de rectificare a datelor",
         """Bună ziua,

În temeiul art. 16 GDPR solicit rectificarea datelor mele personale: adresa de domiciliu s-a
schimbat, noua adresă este Str. Victoriei nr. 10, București.

Cu stimă,
Mihai Dumitru"""),
        ("portability", (), "Cerere privind portabilitatea datelor",
         """Stimate domn / Stimată doamnă,

În temeiul art. 20 din GDPR, vă rog să îmi transmiteți datele cu caracter personal pe care
vi le-am furnizat, într-un format structurat, utilizat în mod curent și care poate fi citit
automat.

Cu stimă,
Ioana Stan"""),
        ("restriction", (), "Cerere de restricționare a prelucrării",
         """Bună ziua,

În temeiul art. 18 din GDPR, solicit restricționarea prelucrării datelor mele cu caracter
personal până la verificarea exactității acestora.

Cu stimă,
Cristian Marin"""),
        ("objection", (), "Opoziție la prelucrarea datelor",
         """Bună ziua,

În temeiul art. 21 din GDPR, mă opun prelucrării datelor mele cu caracter personal în scop
de marketing direct, inclusiv creării de profiluri.

Cu stimă,
Gabriela Florea"""),
        ("complaint", ("deletion",), "Revenire - cerere fără răspuns",
         """Bună ziua,

Am trimis o cerere de ștergere a datelor acum două luni și nu am primit niciun răspuns. Vă
informez că voi depune o plângere la Autoritatea Națională de Supraveghere a Prelucrării
Datelor cu Caracter Personal (ANSPDCP).

Elena Ionescu"""),
        ("deletion", (), "stergeti contul meu",
         """Buna ziua, va rog sa stergeti contul meu si toate datele mele. Multumesc, Vlad"""),
        ("other", (), "Comanda nr. 1209",
         """Bună ziua, aș dori să știu când va fi livrată comanda mea. Am plătit acum 10 zile.
Mulțumesc, Alina"""),
        ("other", (), "Aplicare pentru postul de agent vânzări",
         """Bună ziua,

Vă trimit atașat CV-ul meu pentru postul de agent vânzări. Aș fi încântat să particip la un
interviu.

Cu stimă,
Radu Georgescu"""),
        ("access", (), "Ce date aveti despre mine?",
         """Buna, as vrea sa stiu ce date personale aveti despre mine. Multumesc"""),
    ],
    "el": [
        ("access", (), "Αίτημα πρόσβασης σε προσωπικά δεδομένα (άρθρο 15 ΓΚΠΔ)",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 15 του Γενικού Κανονισμού Προστασίας Δεδομένων (ΓΚΠΔ – Κανονισμός (ΕΕ)
2016/679), σας παρακαλώ να μου επιβεβαιώσετε εάν επεξεργάζεστε δεδομένα προσωπικού
χαρακτήρα που με αφορούν και, εφόσον ισχύει, να μου χορηγήσετε αντίγραφο των δεδομένων
αυτών, καθώς και πληροφορίες σχετικά με τους σκοπούς της επεξεργασίας, τους αποδέκτες και
το διάστημα αποθήκευσης.

Με εκτίμηση,
Γιώργος Παπαδόπουλος"""),
        ("deletion", (), "Αίτημα διαγραφής προσωπικών δεδομένων",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 17 του ΓΚΠΔ, ζητώ τη διαγραφή όλων των προσωπικών μου δεδομένων από τα
αρχεία σας και την κατάργηση του λογαριασμού μου.

Με εκτίμηση,
Ελένη Γεωργίου"""),
        ("withdraw_consent", (), "Απεγγραφή",
         """Καλησπέρα, θέλω να σταματήσετε να μου στέλνετε διαφημιστικά email. Παρακαλώ αφαιρέστε με
από τη λίστα σας. Ευχαριστώ"""),
        ("correction", (), "Διόρθωση στοιχείων",
         """Καλημέρα σας,

Σύμφωνα με το άρθρο 16 του ΓΚΠΔ, ζητώ τη διόρθωση των ανακριβών δεδομένων μου: η διεύθυνσή
μου έχει αλλάξει σε Ερμού 25, 10563 Αθήνα.

Ευχαριστώ,
Νίκος Δημητρίου"""),
        ("portability", (), "Αίτημα φορητότητας δεδομένων",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 20 ΓΚΠΔ ζητώ να λάβω τα δεδομένα προσωπικού χαρακτήρα που σας έχω
παράσχει σε δομημένο, κοινώς χρησιμοποιούμενο και αναγνώσιμο από μηχανήματα μορφότυπο.

Με εκτίμηση,
Κατερίνα Νικολάου"""),
        ("restriction", (), "Αίτημα περιορισμού της επεξεργασίας",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 18 ΓΚΠΔ, ζητώ τον περιορισμό της επεξεργασίας των δεδομένων μου μέχρι
να επαληθευτεί η ακρίβειά τους.

Με εκτίμηση,
Δημήτρης Αντωνίου"""),
        ("objection", (), "Εναντίωση στην επεξεργασία",
         """Αξιότιμοι κύριοι,

Σύμφωνα με το άρθρο 21 του ΓΚΠΔ, εναντιώνομαι στην επεξεργασία των προσωπικών μου δεδομένων
για σκοπούς απευθείας εμπορικής προώθησης και κατάρτισης προφίλ.

Με εκτίμηση,
Μαρία Κωνσταντίνου"""),
        ("complaint", ("access",), "Υπενθύμιση - αίτημα χωρίς απάντηση",
         """Αξιότιμοι κύριοι,

Στις 2 Μαρτίου σας απέστειλα αίτημα πρόσβασης στα δεδομένα μου και μέχρι σήμερα δεν έχω
λάβει καμία απάντηση. Εάν δεν απαντήσετε εντός 10 ημερών, θα υποβάλω καταγγελία στην Αρχή
Προστασίας Δεδομένων Προσωπικού Χαρακτήρα.

Γιώργος Παπαδόπουλος"""),
        ("deletion", (), "διαγραφή λογαριασμού",
         """Γεια σας, θέλω να διαγράψετε τον λογαριασμό μου και όλα τα στοιχεία μου. Ευχαριστώ"""),
        ("other", (), "Παραγγελία 5531",
         """Καλημέρα, η παραγγελία μου δεν έχει φτάσει ακόμα. Μπορείτε να μου πείτε πότε θα
παραδοθεί;
Ευχαριστώ, Σοφία"""),
        ("other", (), "Αίτηση για θέση εργασίας",
         """Αξιότιμοι κύριοι,

Σας αποστέλλω συνημμένο το βιογραφικό μου σημείωμα για τη θέση του υπαλλήλου εξυπηρέτησης
πελατών.

Με εκτίμηση,
Αλέξανδρος Ιωάννου"""),
        ("withdraw_consent", (), "Ανάκληση συγκατάθεσης",
         """Αξιότιμοι κύριοι,

Με το παρόν ανακαλώ τη συγκατάθεσή μου για την επεξεργασία των δεδομένων μου για σκοπούς
προώθησης προϊόντων (newsletter, SMS).

Με εκτίμηση,
Ιωάννα Βασιλείου"""),
    ],
    "bg": [
        ("access", (), "Искане за достъп до лични данни (чл. 15 от ОРЗД)",
         """Уважаеми господа,

На основание чл. 15 от Общия регламент относно защитата на данните (ОРЗД, Регламент (ЕС)
2016/679) моля да ми потвърдите дали обработвате мои лични данни и, ако това е така, да ми
предоставите копие от тях, както и информация за целите на обработването, получателите и
срока на съхранение.

С уважение,
Мария Иванова"""),
        ("deletion", ("withdraw_consent",), "Искане за изтриване на лични данни",
         """Уважаеми господа,

На основание чл. 17 от ОРЗД искам да изтриете всички мои лични данни и да закриете профила
ми. Оттеглям и съгласието си за получаване на търговски съобщения.

С уважение,
Георги Петров"""),
        ("withdraw_consent", (), "Отписване от бюлетина",
         """Здравейте, моля отпишете ме от бюлетина, не искам повече да получавам рекламни имейли."""),
        ("correction", (), "Искане за коригиране на лични данни",
         """Уважаеми господа,

На основание чл. 16 от ОРЗД моля да коригирате неточните ми лични данни: адресът ми е
променен на ул. Витоша 15, София 1000.

С уважение,
Иван Димитров"""),
        ("portability", (), "Искане за преносимост на данните",
         """Уважаеми господа,

На основание чл. 20 от ОРЗД моля да ми предоставите личните данни, които съм ви
предоставил, в структуриран, широко използван и пригоден за машинно четене формат.

С уважение,
Елена Стоянова"""),
        ("restriction", (), "Искане за ограничаване на обработването",
         """Уважаеми господа,

На основание чл. 18 от ОРЗД искам ограничаване на обработването на личните ми данни до
проверка на тяхната точност.

С уважение,
Николай Георгиев"""),
        ("objection", (), "Възражение срещу обработването на лични данни",
         """Уважаеми господа,

На основание чл. 21 от ОРЗД възразявам срещу обработването на личните ми данни за целите на
директния маркетинг и профилиране.

С уважение,
Десислава Колева"""),
        ("complaint", ("deletion",), "Напомняне – липса на отговор",
         """Уважаеми господа,

Преди повече от месец подадох искане за изтриване на данните ми, но не съм получил отговор.
Ако не отговорите в 7-дневен срок, ще подам жалба до Комисията за защита на личните данни
(КЗЛД).

Георги Петров"""),
        ("access", (), "Какви данни имате за мен?",
         """Здравейте, искам да знам какви лични данни съхранявате за мен. Благодаря"""),
        ("other", (), "Поръчка 8812",
         """Здравейте, кога ще бъде доставена поръчката ми? Платих преди седмица.
Поздрави, Петя"""),
        ("other", (), "Фактура",
         """Здравейте, моля издайте фактура за поръчка 8817 на фирма „Алфа“ ЕООД, ЕИК 123456789.
Благодаря"""),
        ("deletion", (), "изтрийте акаунта ми",
         """Здравейте, моля изтрийте акаунта ми и всички данни за мен. Благодаря, Стефан"""),
    ],
    "da": [
        ("access", (), "Anmodning om indsigt i personoplysninger (artikel 15 i databeskyttelsesforordningen)",
         """Kære modtager,

Jeg anmoder hermed om indsigt i de personoplysninger, I behandler om mig, jf.
databeskyttelsesforordningens artikel 15. Jeg ønsker en kopi af oplysningerne samt
oplysninger om formålene med behandlingen, modtagere, opbevaringsperiode og hvorfra
oplysningerne stammer.

Med venlig hilsen
Mette Nielsen"""),
        ("deletion", (), "Anmodning om sletning af personoplysninger",
         """Hej,

I henhold til artikel 17 i databeskyttelsesforordningen anmoder jeg om, at I sletter alle
personoplysninger om mig og lukker min konto.

Med venlig hilsen
Søren Jensen"""),
        ("withdraw_consent", (), "Afmeld nyhedsbrev",
         """Hej, jeg vil gerne afmeldes jeres nyhedsbrev. Stop venligst med at sende mig reklamer. Tak"""),
        ("correction", (), "Berigtigelse af oplysninger",
         """Hej,

I henhold til artikel 16 anmoder jeg om berigtigelse af urigtige personoplysninger: min
adresse er forkert, den rigtige er Nørregade 4, 1165 København K.

Venlig hilsen
Lars Pedersen"""),
        ("portability", (), "Dataportabilitet",
         """Hej,

Jeg ønsker at gøre brug af min ret til dataportabilitet, jf. artikel 20 i
databeskyttelsesforordningen, og modtage mine personoplysninger i et struktureret,
almindeligt anvendt og maskinlæsbart format.

Venlig hilsen
Camilla Andersen"""),
        ("restriction", (), "Begrænsning af behandling",
         """Hej,

Jeg anmoder om begrænsning af behandlingen af mine personoplysninger, jf. artikel 18, indtil
rigtigheden af oplysningerne er kontrolleret.

Venlig hilsen
Henrik Larsen"""),
        ("objection", (), "Indsigelse mod behandling",
         """Hej,

Jeg gør indsigelse mod jeres behandling af mine personoplysninger til direkte markedsføring
og profilering, jf. artikel 21 i databeskyttelsesforordningen.

Venlig hilsen
Anne Christensen"""),
        ("complaint", ("access",), "Rykker: manglende svar",
         """Hej,

Jeg sendte for over en måned siden en anmodning om indsigt og har endnu ikke modtaget svar.
Hvis jeg ikke hører fra jer inden for en uge, vil jeg klage til Datatilsynet.

Mette Nielsen"""),
        ("withdraw_consent", (), "Tilbagekaldelse af samtykke",
         """Hej,

Jeg tilbagekalder hermed mit samtykke til, at I behandler mine personoplysninger til
markedsføringsformål.

Venlig hilsen
Peter Poulsen"""),
        ("other", (), "Ordre 33810",
         """Hej, jeg har ikke modtaget min ordre endnu, selvom der står at den er sendt for en uge
siden. Kan I hjælpe?
Mvh Jonas"""),
        ("other", (), "Ansøgning om stilling som lagermedarbejder",
         """Kære HR,

Jeg søger hermed stillingen som lagermedarbejder. Vedhæftet er mit CV og mine anbefalinger.

Med venlig hilsen
Frederik Møller"""),
        ("deletion", (), "slet min profil",
         """Hej, vil I slette min profil og alle mine data? Tak, Ida"""),
    ],
    "fi": [
        ("access", (), "Tarkastuspyyntö (EU:n tietosuoja-asetuksen 15 artikla)",
         """Hei,

Pyydän tietosuoja-asetuksen 15 artiklan nojalla tietoa siitä, käsitteleekö yrityksenne
minua koskevia henkilötietoja, ja jos käsittelee, jäljennöksen tiedoista sekä tiedot
käsittelyn tarkoituksista, vastaanottajista ja säilytysajasta.

Ystävällisin terveisin
Mikko Virtanen"""),
        ("deletion", (), "Pyyntö henkilötietojen poistamisesta",
         """Hei,

Pyydän tietosuoja-asetuksen 17 artiklan nojalla poistamaan kaikki minua koskevat
henkilötiedot järjestelmistänne ja sulkemaan käyttäjätilini.

Ystävällisin terveisin
Laura Mäkinen"""),
        ("withdraw_consent", (), "Uutiskirjeen peruutus",
         """Hei, haluan perua uutiskirjeen tilauksen. Älkää lähettäkö minulle enää mainoksia. Kiitos"""),
        ("correction", (), "Tietojen oikaisu",
         """Hei,

Pyydän tietosuoja-asetuksen 16 artiklan nojalla oikaisemaan virheelliset tietoni:
osoitteeni on muuttunut, uusi osoite on Mannerheimintie 10 A 5, 00100 Helsinki.

Terveisin
Jussi Nieminen"""),
        ("portability", (), "Tietojen siirto toiseen palveluun",
         """Hei,

Pyydän saada toimittamani henkilötiedot jäsennellyssä, yleisesti käytetyssä ja koneellisesti
luettavassa muodossa tietosuoja-asetuksen 20 artiklan mukaisesti.

Terveisin
Anna Heikkinen"""),
        ("restriction", (), "Käsittelyn rajoittaminen",
         """Hei,

Pyydän rajoittamaan henkilötietojeni käsittelyä tietosuoja-asetuksen 18 artiklan nojalla,
kunnes tietojen paikkansapitävyys on tarkistettu.

Terveisin
Timo Koskinen"""),
        ("objection", (), "Vastustan tietojeni käsittelyä",
         """Hei,

Vastustan henkilötietojeni käsittelyä suoramarkkinointia ja profilointia varten
tietosuoja-asetuksen 21 artiklan nojalla.

Terveisin
Hanna Järvinen"""),
        ("complaint", ("deletion",), "Muistutus: pyyntööni ei ole vastattu",
         """Hei,

Lähetin poistopyynnön yli kuukausi sitten, mutta en ole saanut vastausta. Ellei vastausta
kuulu viikon kuluessa, teen valituksen tietosuojavaltuutetun toimistoon.

Laura Mäkinen"""),
        ("deletion", (), "poistakaa tietoni",
         """Moi, poistakaa mun tili ja kaikki tiedot. Kiitos"""),
        ("other", (), "Tilaus 7721",
         """Hei, tilaamani tuote ei ole vielä saapunut, vaikka tilasin sen kaksi viikkoa sitten.
Terveisin Pekka"""),
        ("other", (), "Yhteistyöehdotus",
         """Hei,

Olemme tamperelainen ohjelmistoyritys ja haluaisimme esitellä teille verkkokaupan
analytiikkapalvelumme. Sopisiko lyhyt puhelu ensi viikolla?

Terveisin
Sanna Laine"""),
        ("access", (), "Mitä tietoja minusta on tallennettu?",
         """Hei, haluaisin tietää mitä tietoja teillä on minusta tallennettuna. Kiitos, Ville"""),
    ],
    "hu": [
        ("access", (), "Hozzáférési kérelem (GDPR 15. cikk)",
         """Tisztelt Cím!

Az általános adatvédelmi rendelet (GDPR) 15. cikke alapján tájékoztatást kérek arról, hogy
kezelik-e személyes adataimat, és amennyiben igen, kérem, hogy bocsássák rendelkezésemre az
adatok másolatát, valamint tájékoztassanak az adatkezelés céljáról, a címzettekről és a
tárolás időtartamáról.

Tisztelettel:
Kovács Péter"""),
        ("deletion", (), "Személyes adatok törlése iránti kérelem",
         """Tisztelt Cím!

A GDPR 17. cikke alapján kérem valamennyi személyes adatom törlését, valamint felhasználói
fiókom megszüntetését.

Tisztelettel:
Nagy Eszter"""),
        ("withdraw_consent", (), "Leiratkozás",
         """Sziasztok! Kérlek töröljetek a hírlevél listáról, nem akarok több reklámot kapni."""),
        ("correction", (), "Adataim helyesbítése",
         """Tisztelt Cím!

A GDPR 16. cikke alapján kérem pontatlan személyes adataim helyesbítését: a lakcímem
megváltozott, az új cím 1052 Budapest, Váci utca 12.

Tisztelettel:
Szabó Gábor"""),
        ("portability", (), "Adathordozhatóság",
         """Tisztelt Cím!

A GDPR 20. cikke alapján kérem, hogy az általam megadott személyes adatokat tagolt, széles
körben használt, géppel olvasható formátumban bocsássák rendelkezésemre.

Tisztelettel:
Tóth Anna"""),
        ("restriction", (), "Adatkezelés korlátozása",
         """Tisztelt Cím!

A GDPR 18. cikke alapján kérem személyes adataim kezelésének korlátozását, amíg az adatok
pontosságát nem ellenőrzik.

Tisztelettel:
Horváth László"""),
        ("objection", (), "Tiltakozás az adatkezelés ellen",
         """Tisztelt Cím!

A GDPR 21. cikke alapján tiltakozom személyes adataim közvetlen üzletszerzés és
profilalkotás céljából történő kezelése ellen.

Tisztelettel:
Varga Zsófia"""),
        ("complaint", ("access",), "Emlékeztető - megválaszolatlan kérelem",
         """Tisztelt Cím!

Több mint egy hónapja küldtem hozzáférési kérelmet, de azóta sem kaptam választ. Ha 8 napon
belül nem válaszolnak, panaszt teszek a Nemzeti Adatvédelmi és Információszabadság
Hatóságnál (NAIH).

Kovács Péter"""),
        ("withdraw_consent", (), "Hozzájárulás visszavonása",
         """Tisztelt Cím!

Ezúton visszavonom a személyes adataim marketing célú kezeléséhez adott hozzájárulásomat.

Tisztelettel:
Molnár Katalin"""),
        ("other", (), "Rendelés 4412",
         """Jó napot! A rendelésem még nem érkezett meg, pedig már két hete fizettem. Mikor jön?
Köszönöm, Judit"""),
        ("other", (), "Álláspályázat - raktáros",
         """Tisztelt Cím!

Csatolom önéletrajzomat a meghirdetett raktáros pozícióra.

Üdvözlettel:
Farkas Bence"""),
        ("deletion", (), "fiók törlése",
         """Szia, kérem töröljétek a fiókomat és az összes adatomat. Köszi, Dóra"""),
    ],
    "sk": [
        ("access", (), "Žiadosť o prístup k osobným údajom podľa čl. 15 GDPR",
         """Dobrý deň,

podľa čl. 15 všeobecného nariadenia o ochrane údajov (GDPR) Vás žiadam o potvrdenie, či
spracúvate moje osobné údaje, a ak áno, o poskytnutie kópie týchto údajov a informácií o
účeloch spracúvania, príjemcoch a dobe uchovávania.

S pozdravom
Martin Horváth"""),
        ("deletion", (), "Žiadosť o vymazanie osobných údajov",
         """Dobrý deň,

podľa čl. 17 GDPR žiadam o vymazanie všetkých mojich osobných údajov a zrušenie môjho účtu.

S pozdravom
Zuzana Kováčová"""),
        ("withdraw_consent", (), "odhlásenie z newslettra",
         """Dobrý deň, prosím odhláste ma z newslettra, nechcem už dostávať reklamné e-maily."""),
        ("correction", (), "Oprava osobných údajov",
         """Dobrý deň,

podľa čl. 16 GDPR žiadam o opravu nesprávnych osobných údajov: moja adresa sa zmenila, nová
je Obchodná 12, 811 06 Bratislava.

S pozdravom
Peter Varga"""),
        ("portability", (), "Prenosnosť údajov",
         """Dobrý deň,

podľa čl. 20 GDPR žiadam o poskytnutie mojich osobných údajov v štruktúrovanom, bežne
používanom a strojovo čitateľnom formáte.

S pozdravom
Jana Tóthová"""),
        ("restriction", (), "Obmedzenie spracúvania",
         """Dobrý deň,

podľa čl. 18 GDPR žiadam o obmedzenie spracúvania mojich osobných údajov až do overenia ich
správnosti.

S pozdravom
Michal Baláž"""),
        ("objection", (), "Námietka proti spracúvaniu",
         """Dobrý deň,

podľa čl. 21 GDPR namietam spracúvanie mojich osobných údajov na účely priameho marketingu
a profilovania.

S pozdravom
Katarína Nagyová"""),
        ("complaint", ("deletion",), "Urgencia – žiadosť bez odpovede",
         """Dobrý deň,

pred viac ako mesiacom som Vám poslal žiadosť o vymazanie údajov a dodnes som nedostal
odpoveď. Ak neodpoviete do 10 dní, podám návrh na začatie konania na Úrad na ochranu
osobných údajov SR.

Zuzana Kováčová"""),
        ("access", (), "Aké údaje o mne máte?",
         """Dobrý deň, rád by som vedel, aké údaje o mne evidujete. Ďakujem"""),
        ("other", (), "Objednávka č. 5519",
         """Dobrý deň, objednávka mi ešte neprišla, hoci bola zaplatená pred týždňom. Kedy ju môžem
čakať?
Ďakujem, Lenka"""),
        ("other", (), "Žiadosť o zamestnanie",
         """Dobrý deň,

posielam Vám svoj životopis a motivačný list na pozíciu skladníka.

S pozdravom
Tomáš Lukáč"""),
        ("withdraw_consent", (), "Odvolanie súhlasu",
         """Dobrý deň,

týmto odvolávam svoj súhlas so spracúvaním osobných údajov na marketingové účely.

S pozdravom
Andrea Szabová"""),
    ],
}

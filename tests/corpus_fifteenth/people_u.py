"""Fifteenth set, requests that reach the mailbox through other channels. Written apart from the rules (see make_fifteenth.py)."""

PEOPLE_U = {
    "en": [
        ("access", (), "New message from shop.example.be contact form", """\
You have received a new message via the contact form on shop.example.be

Name: Priya Raman
E-mail: priya.raman84@gmail.com
Phone:
Order number (optional):
Topic: Something else
Message:
Hello, I've been a customer for a few years (garden stuff mostly, and the loyalty card). Recently I started getting letters from a company I've never heard of that seem to know exactly what I bought from you. Before I jump to conclusions I'd like to see everything your company holds about me - what it is, since when, where it came from and who you've passed it on to.
Thanks, Priya

--
Sent from 81.164.x.x on 14/05/2024 21:47
This e-mail was sent from a contact form on shop.example.be""", "shop.example.be"),

        ("correction", (), "Fwd: call 09:40 - Okafor, name/address", """\
Hi privacy team,

FYI, customer called this morning (Mr Chinedu Okafor, cust. no. 2204518). Two things on his account are wrong and he's been going round in circles with the chatbot:
- surname is spelt "Okafur" on the account and on the loyalty card
- he moved in March, new address is Kortrijksesteenweg 112 bus 3, 9000 Gent. The old one (Brugge) is still on the account, his last parcel nearly went there

He asked that we fix both and drop him a short confirmation by mail once it's done. I told him I'd pass it on since I can't edit the name field from our side.

Thanks!
Lotte
Customer Service - shop.example.be
ext. 214""", "Lotte Verhaegen"),

        ("deletion", ("withdraw_consent",), "my father's account", """\
Hello,

I'm writing on behalf of my late father, Geoffrey Hughes, who passed away in February. I'm working through his affairs and your shop is one of the many places he had an account (under geoff.hughes1947@btinternet.com, I think he mostly bought bird feeders from you, bless him).

Could you please shut the account down and get rid of whatever you have on him? Also his inbox keeps getting your weekly offers and the loyalty point reminders, which is a bit hard to see every time I open his mail. Please take him off all of that as well.

I can send a copy of the death certificate if you need it, just tell me where to.

Kind regards,
Martin Hughes""", "Martin Hughes"),

        ("portability", (), "Fwd: Chat transcript #C-118302", """\
Forwarding this one to you, customer wants their data as a file, not sure if it's you or IT.
Sam

---------- Chat transcript #C-118302 ----------
Started: 02/05/2024 13:05   Channel: website chat   Language: EN
Visitor (Hannah Kowalczyk, hannah.k@outlook.com)

[13:05] Visitor: hi
[13:05] Visitor: quick question, is there a way to download all my orders? like the full list with dates and prices
[13:06] Sam: Hi Hannah! You can see your orders under My account > Orders
[13:07] Visitor: yes i know but i need it as a file. im moving everything into a budgeting app and it only takes CSV or JSON. doing 4 years of orders by hand is not happening lol
[13:07] Visitor: and the loyalty points history too if thats possible
[13:08] Sam: I understand. I'll pass this on to the team that handles data requests, they'll get back to you by email.
[13:08] Visitor: great thx
---------- End of transcript ----------""", "Sam De Wilde"),

        ("restriction", (), "Our client: Mr D. Vandamme - order 4471902", """\
Dear Sir or Madam,

We act for Mr Dominic Vandamme, of Tervuursesteenweg 40, 3001 Heverlee, who holds customer account no. 1893320 with your company. A signed mandate is enclosed.

As you are aware, there is an ongoing dispute between our client and your company regarding order 4471902 (a garden room kit delivered incomplete) and the amount of EUR 2,340.00 which your records show as outstanding. Our client contests that this amount is owed and therefore contests the accuracy of the payment status recorded against his name.

Pending the resolution of this dispute, we request on behalf of our client that you restrict the processing of his personal data to storage only. In particular, his data should not be passed to any debt collection agency or credit reference service, and should not be used for payment reminders or any automated decision concerning his account. For the avoidance of doubt, our client does not ask you to erase the data, which may be needed as evidence.

Please confirm in writing within one month that you have complied.

Yours faithfully,

Elise Claes
Advocaat - Avocat
Claes & Partners
Rue de la Loi 82, 1040 Brussels""", "Claes & Partners"),

        ("objection", (), "Re: How did we do, Tom? Tell us about your order", """\
Delivery: fine, bit late but fine. Parasol is good.

Since you ask though - what I'm NOT happy about is that the moment I looked at that parasol on your site, ads for it followed me round Facebook and Instagram for three weeks, even after I'd bought it. I assume you're feeding what I look at to Meta. I don't want that. Don't use my browsing or my orders to target me with ads, on your site or anywhere else, and don't hand my details to your "advertising partners" either.

Tom

On Tue, 7 May 2024 at 10:02, shop.example.be <noreply@shop.example.be> wrote:
> Hi Tom, your order 4502211 was delivered a few days ago.
> How did we do? It only takes a minute:
> [ 1 ] [ 2 ] [ 3 ] [ 4 ] [ 5 ]
> Thank you for shopping with us!""", "Tom Brennan"),

        ("withdraw_consent", (), "Scan from MFP-Reception 16.05.2024 08:51", """\
Post received today, scanned + OCR below. Original is in the privacy tray.
Ines

--- OCR text (page 1 of 1) ---

Mrs. M. Ashworth
14 Clos des Lilas
1410 Waterloo
                                   shop.example.be
                                   Customer Services

Waterloo, 11th May 2O24

Dear Sirs,

My granddaughter set up an account for me with your cornpany last
summer so I could order a bench for the garden. Since then I receive
e-mails from you aImost every day with offers, which I do not read and
which fill up my little computer.

I did tick the box at the time, I am told, but I no longer agree to
it. Please do not send me any rnore of these advertising e-mails.
My e-mail address is m.ashworth@skynet.be

The bench is very nice.

Yours faithfully

M. Ashworth (Mrs)
[signature]

--- end of OCR ---""", "Reception Mechelen"),

        ("complaint", ("access",), "", """\
New contact form submission

Name: Kevin O'Sullivan
Email: kos.1990@yahoo.ie
Customer number: 3310927
Subject: Privacy
Message: This is the THIRD time I'm using this form. On 28 March I asked for a copy of the personal data you have on me. I got an automatic "we'll get back to you" and then nothing, and again nothing after my reminder on 22 April. That's well over a month now. Send me the data. If I haven't had it by the end of next week I'm filing a complaint with the Belgian Data Protection Authority, I've already got their form open.

Submitted: 17/05/2024 07:12 | IP: 109.128.x.x""", "shop.example.be contact form"),

        ("other", (), "Website enquiry: product question", """\
Name: Graham Fletcher
Email: g.fletcher@telenet.be
Phone: 0477 12 34 56
Subject: Product question
Message:
hello, does the Hortus 3x2m aluminium greenhouse (art. 880214) come with a base frame or do I have to buy that seperately? The product page says "base optional" but the photos show one. Also can it go straight on paving slabs or does it need a concrete footing. Planning to order this weekend. cheers""", "shop.example.be"),

        ("automated", (), "[#77321] We've received your request", """\
Hello,

Thank you for contacting Greenfield Logistics. This is a confirmation that your request has been received and assigned ticket number #77321.

One of our support agents will review it and get back to you within 2 working days. You do not need to reply to this message. If you want to add information to your request, simply reply to this e-mail and keep the ticket number in the subject line.

Subject of your request: "Re: return pick-up addresses - shop.example.be"

Kind regards,
Greenfield Logistics Customer Support

This message was generated automatically. Please do not change the subject line.""", "Greenfield Logistics Support"),
    ],
    "nl": [
        ("deletion", (), "Nieuw bericht via contactformulier", """\
Er werd een nieuw bericht verstuurd via het contactformulier.

Naam: Jens Vermeulen
E-mail: jensvermeulen@telenet.be
Telefoon: 0486 55 21 09
Onderwerp: Mijn account
Bericht:
Dag, ik vind nergens op de site hoe ik mijn account kan opzeggen. Ik koop hier niks meer sinds de verhuis en ik wil ook niet dat mijn gegevens hier nog blijven rondslingeren. Alles mag weg: account, adressen, die klantenkaart, alles. Laat maar iets weten als het gedaan is.
mvg Jens

---
Verzonden op 13/05/2024 om 22:18 vanaf shop.example.be/nl/contact""", "Webformulier shop.example.be"),

        ("access", (), "Uw ref.: - / Onze ref.: 2024/0311/KDB", """\
Geachte heer, mevrouw,

Wij treden op als raadsman van mevrouw Sofie Goossens, wonende te 2800 Mechelen, Bruul 19, klant bij uw onderneming onder klantnummer 1177402.

Onze cliënte heeft redenen om aan te nemen dat gegevens over haar aankopen en over haar contacten met uw klantendienst werden gebruikt in het kader van een lopend geschil met een derde. Zij wenst daarom volledige inzage te krijgen in alle persoonsgegevens die uw onderneming over haar verwerkt, met inbegrip van de opnames of verslagen van telefoongesprekken, chatgesprekken en e-mails met uw klantendienst, en de gegevens gekoppeld aan haar klantenkaart.

Wij verzoeken u tevens ons mee te delen voor welke doeleinden deze gegevens worden verwerkt, aan welke ontvangers zij werden meegedeeld en hoelang zij worden bewaard.

In bijlage vindt u de volmacht van onze cliënte en een kopie van haar identiteitskaart. Wij danken u om uw antwoord rechtstreeks aan ons kantoor te richten.

Met de meeste hoogachting,

Mr. Karen De Backer
Advocaat
De Backer Advocaten BV - Frankrijklei 54, 2000 Antwerpen
T 03 231 00 00""", "Advocatenkantoor De Backer"),

        ("correction", ("access",), "Fwd: chatgesprek", """\
Hoi,

Dit kwam gisteren binnen via de chat, klant wou het niet telefonisch doen. Kunnen jullie dit opnemen? Ik kan haar geboortedatum niet aanpassen in het CRM.

Groetjes
Nathalie (klantendienst)

-------- Doorgestuurd bericht --------
Chatgesprek 15/05/2024 - bezoeker: Els Van den Broeck (els.vdbroeck@hotmail.com)

[16:41] Els: goeiemiddag
[16:41] Els: op mijn klantenkaart staat mijn geboortedatum als 03/11/1975 maar dat is 11/03/1975, ge hebt dag en maand omgewisseld denk ik. Daardoor krijg ik mijn verjaardagskorting in november ipv maart
[16:42] Medewerker: Dag Els! Dat is vervelend, ik geef het door.
[16:43] Els: en mijn gsm nummer klopt ook niet meer, het is nu 0494 78 12 30
[16:44] Els: en eigenlijk wil ik wel eens zien wat er allemaal over mij in jullie systeem zit, als er zoveel fout staat. Kan dat?
[16:45] Medewerker: Ik zet het door naar de collega's die daarover gaan, u krijgt een mail.
[16:45] Els: ok merci""", "Nathalie Peeters"),

        ("portability", (), "telefoon klant - gegevens naar andere winkel", """\
Hallo privacy,

Net mevrouw Hilde Maes aan de lijn gehad (klantnr 2098113, hilde.maes@proximus.be). Ze stapt over naar Tuinwereld omdat die dichter bij haar zitten, en ze vroeg of wij haar aankoopgeschiedenis en de gegevens van haar klantenkaart rechtstreeks naar hen kunnen doorsturen, zodat ze daar niet van nul moet beginnen (ze had gehoord dat dat "wettelijk moet kunnen"). Als rechtstreeks niet gaat, wil ze het zelf krijgen in een bestand dat ze daar kan laten inlezen.

Ik heb gezegd dat jullie haar contacteren. Is dat ok?

Wim
Klantendienst - toestel 231""", "Wim Claes"),

        ("restriction", (), "scan", """\
--- begin OCR ---
Rudi Janssens
Kerkstraat 7
3500 Hasselt
                                             Aan: shop.example.be
                                             Klantendienst

Hasselt, 8 mei 2024

Betreft: bestelling 2024-118834 - klantnr 1O45567

Mevrouw, Mijnheer,

Ik krijg van u aanmaningen voor bestelling 2024-118834 (tuinset
Lissabon, 649 eur). Die bestelling heb ik binnen de 14 dagen
geannuleerd en de set is door uw koerier terug opgehaald, ik heb
het ophaalbewijs. Volgens uw systeem is ze nog altijd niet betaald
en zou ik u geld schuldig zijn. Dat klopt niet.

Zolang dit niet uitgeklaard is, vraag ik dat u mijn gegevens nergens
meer voor gebruikt: geen aanmaningen, niet doorgeven aan een incas-
sobureau, niks. Maar gooi ook niets weg, ik heb het nodig als bewijs
als het tot een rechtszaak komt.

Met vriendelijke groeten,

R. Janssens
--- einde OCR ---

Origineel ligt in het postvak privacy. /An""", "Onthaal Mechelen"),

        ("objection", (), "Fwd: Messenger - reclame tuinset", """\
Ter info, bericht via Facebook Messenger van gisteravond. Ik heb geantwoord dat we het doorgeven aan jullie.
Joke - social media

Facebook Messenger - gesprek met Bart Hendrickx
gisteren 21:14
Bart Hendrickx: Jullie hebben een probleem. Ik kijk 1 keer naar een tuinset op jullie site en sindsdien zie ik die set overal: Facebook, Insta, zelfs op nieuwssites. Ik heb die set niet gekocht en ga hem ook niet kopen.
Bart Hendrickx: Ik wil niet dat jullie bijhouden wat ik bekijk en dat doorspelen aan Meta of wie dan ook om mij reclame te tonen. Stop daarmee voor mij.
shop.example.be: Dag Bart, bedankt voor je bericht. Kan je ons het e-mailadres van je account geven? Dan geven we dit door aan de juiste collega's.
Bart Hendrickx: bart.hendrickx@gmail.com
gisteren 21:20
shop.example.be: Dank je, we laten iets weten!""", "Joke Lemmens"),

        ("withdraw_consent", (), "Re: Hoe tevreden bent u over uw bestelling?", """\
Ik geef een 8. Alles netjes geleverd.

Maar zet mij aub uit jullie nieuwsbrief, ik krijg er soms 3 per week en ik lees ze toch niet. Ik had me ingeschreven voor die 10% korting maar nu is het genoeg geweest.

Marleen

Verstuurd vanaf mijn iPhone

> Op 12 mei 2024 om 09:00 heeft shop.example.be <noreply@shop.example.be> het volgende geschreven:
>
> Beste Marleen,
> Hoe tevreden bent u over uw bestelling 4490872?
> Geef ons een score van 1 tot 10 door gewoon te antwoorden op deze mail.
> Alvast bedankt!""", "Marleen Cools"),

        ("complaint", ("deletion",), "Contactformulier: Privacy / gegevens", """\
Naam: Annelies Wouters
E-mail: annelies.wouters@gmail.com
Klantnummer:
Onderwerp: Privacy / gegevens
Bericht:
Goeiedag
Ik heb vanmorgen een mail van jullie gekregen met een factuur die niet van mij is. Er staan de naam, het adres, het gsm-nummer en de bestelling van een andere vrouw op (uit Lier). Dus jullie sturen klantgegevens naar de verkeerde mensen?? Als dat met haar gebeurt kan het met mij ook gebeuren. Ik vind dat echt niet kunnen en ik hoop dat jullie dat melden waar het moet.
Ik heb er geen vertrouwen meer in: schrap mijn account en al mijn gegevens.
Annelies

---
Verzonden via shop.example.be/nl/contact op 16/05/2024 10:02""", "Webformulier shop.example.be"),

        ("other", (), "Contactformulier: Retour", """\
Naam: Dirk Smets
E-mail: dirk.smets60@skynet.be
Onderwerp: Retour
Bestelnummer: 4511207
Bericht:
hallo, de parasolvoet die ik besteld heb is te licht voor onze parasol (3m), hij waait om bij het minste windje. kan ik die nog terugsturen of ruilen voor de zware van 50 kg? moet dat in de originele doos, want die is al bij het oud papier. bedankt""", "Webformulier shop.example.be"),

        ("automated", (), "Automatisch antwoord: afwezig", """\
Dag,

Bedankt voor uw bericht. Ik ben met verlof tot en met maandag 3 juni en lees mijn mails niet.

Voor dringende vragen over bestellingen en leveringen kan u terecht bij klantendienst@shop.example.be of op 015 00 00 00 (werkdagen van 9 tot 17 uur).

Met vriendelijke groeten,
Sarah De Clercq
Teamleader Klantendienst""", "Sarah De Clercq"),
    ],
    "fr": [
        ("objection", (), "TR: appel Mme Dumont - carte fidélité", """\
Bonjour,

Je vous transfère une demande reçue par téléphone ce matin.

Cliente : Mme Christiane Dumont, n° client 1560934, c.dumont@skynet.be
Elle a lu dans le dépliant joint à sa dernière commande que ses achats avec la carte fidélité servent à lui "proposer des offres adaptées". Elle n'est pas du tout d'accord qu'on analyse ce qu'elle achète pour dresser son portrait de consommatrice. Elle veut garder sa carte et ses points, mais que plus rien de ses achats ne serve à ça.

Elle était assez remontée, je lui ai promis une réponse par écrit.

Bonne journée,
Aurélie
Service clientèle - shop.example.be""", "Aurélie Lambert"),

        ("access", (), "Courrier scanné - M. Thiry", """\
Voir ci-dessous le texte du courrier reçu ce jour (OCR). L'original suit par courrier interne.

=== OCR ===
Jean-Pierre THIRY
Rue de Fragnée 21
4000 LIÈGE
Tél. 04/ 252 lO 33

                              A l'attention du service clients
                              shop.example.be

Liège, le 6 mai 2024

Concerne : mes données

Madame, Monsieur,

Je n'ai pas d'ordinateur et c'est mon fils qui passe mes cornmandes chez
vous, avec mon nom et ma carte de fidélité. Depuis quelque temps je
reçois par la poste de la publicité d'autres firmes qui ont l'air de
savoir que j'ai un jardin et une serre.

Je souhaiterais donc recevoir, par la poste s'il vous plait, la liste
de tout ce que vous avez enregistré à mon sujet et savoir à qui vous
l'avez éventuellement cornmuniqué.

Je vous joins une copie de ma carte d'identité.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

J-P. Thiry
=== fin OCR ===""", "Scan Accueil"),

        ("deletion", (), "Succession de feu Monsieur André Collignon", """\
Madame, Monsieur,

Nous sommes chargés du règlement de la succession de Monsieur André Collignon, né le 2 juillet 1941, en son vivant domicilié à 5000 Namur, rue Saint-Nicolas 14, décédé le 19 mars 2024.

Ses héritiers nous ont fait savoir que le défunt disposait d'un compte client auprès de votre société (adresse de connexion : andre.collignon@scarlet.be). À leur demande, nous vous prions de bien vouloir clôturer ce compte et de ne conserver aucune donnée le concernant au-delà de ce que la loi vous impose de garder. Le solde éventuel de points de fidélité peut être abandonné.

Vous trouverez en annexe un extrait de l'acte de décès ainsi que l'attestation d'hérédité.

Nous vous remercions de bien vouloir nous confirmer la clôture du compte à l'adresse ci-dessous.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Pour l'Étude,
Stéphanie Gérard, collaboratrice
Étude de Maître Philippe Delvaux, notaire
Boulevard Frère Orban 3, 5000 Namur""", "Étude du notaire Delvaux"),

        ("correction", (), "Fwd: conversation chat", """\
Salut l'équipe, une pour vous je pense. Le client dit que son adresse mail a changé et on ne peut pas modifier le login de notre côté.
Kevin

----- Conversation du 14/05/2024 -----
Visiteur (Youssef Benali) 11:02 : bonjour
Visiteur 11:02 : jai changé d'adresse mail, l'ancienne (y.benali@voo.be) n'existe plus car j'ai quitté voo. la nouvelle c'est youssef.benali@gmail.com
Visiteur 11:03 : et sur mon compte c'est marqué Benalli avec deux L c'est faux
Agent Kevin 11:04 : Bonjour Youssef, merci, je fais suivre au service compétent
Visiteur 11:04 : svp corrigez les deux, mes factures sont à mon nom pour le boulot
Agent Kevin 11:05 : C'est noté !
----- Fin -----""", "Kevin Dubois"),

        ("portability", ("deletion",), "Formulaire de contact - Autre", """\
Nouveau message depuis le formulaire de contact (FR)

Nom : Camille Renard
Courriel : camille.renard@proton.me
Numéro de commande :
Sujet : Autre
Message :
Bonjour,
Je voudrais récupérer l'historique complet de mes commandes (dates, articles, montants) et mes adresses de livraison dans un fichier que je peux ouvrir dans un tableur, genre CSV. Une fois que je l'aurai reçu, vous pourrez fermer mon compte et effacer le reste, je n'en aurai plus besoin.
Merci d'avance,
Camille

Envoyé le 15/05/2024 à 19:36""", "Formulaire shop.example.be"),

        ("restriction", (), "", """\
Nom : Olivier Piette
Courriel : olivier.piette@outlook.be
Numéro client : 2201748
Sujet : Données personnelles
Message :
Je suis en litige avec vous pour la tondeuse robot qui a mis le feu à mon abri de jardin (dossier d'assurance en cours, votre service après-vente a le dossier, réf. SAV-88213). Mon avocat me conseille de vous demander ceci : tant que l'affaire n'est pas réglée, ne supprimez rien de ce qui me concerne (commandes, échanges avec le SAV, photos envoyées, enregistrements d'appels), mais ne vous en servez plus pour quoi que ce soit d'autre en attendant. Juste le garder tel quel.
Merci de me confirmer.
O. Piette""", "Formulaire shop.example.be"),

        ("withdraw_consent", (), "DM Instagram à traiter", """\
Hello, message reçu sur Instagram, je vous le copie tel quel. Elle a mis son mail dans le 2e message.
Manon

@lea.fleurs.jardin - 16 mai, 08:47
Bonjour, le lien "se désinscrire" en bas de votre newsletter ouvre une page blanche 😤 impossible de me désabonner
@lea.fleurs.jardin - 08:48
Je ne veux plus rien recevoir de votre part par mail, ni newsletter ni promos. Mon adresse c'est lea.marchal@gmail.com
@shop.example.be - 09:15
Bonjour Léa, désolés pour ce souci ! Nous transmettons votre demande à l'équipe concernée.""", "Manon Leroy"),

        ("complaint", ("deletion", "withdraw_consent"), "N/Réf. 24/0187 - Mme Verhulst - rappel", """\
Madame, Monsieur,

Je reviens vers vous dans le dossier repris sous rubrique.

Par courrier recommandé du 4 mars 2024, dont copie en annexe, ma cliente, Madame Nadia Verhulst, vous a demandé de supprimer son compte client ainsi que l'ensemble des données personnelles la concernant, et de cesser de lui adresser vos courriels publicitaires.

À ce jour, soit plus de deux mois plus tard, ce courrier est resté sans la moindre réponse. Pire, ma cliente continue de recevoir votre newsletter, la dernière en date du 13 mai.

Je vous remercie de procéder sans délai à l'effacement demandé, de retirer ma cliente de toutes vos listes de diffusion et de m'en adresser confirmation écrite dans les huit jours. À défaut, ma cliente déposera plainte auprès de l'Autorité de protection des données, sans autre avis.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Anne Lejeune
Avocate au barreau de Bruxelles
Avenue Louise 231, 1050 Bruxelles""", "Cabinet Maître Lejeune"),

        ("other", (), "Re: Votre avis compte !", """\
Je mets 3/10.

La tondeuse est arrivée avec une roue cassée et le carton était tout écrasé. J'ai appelé deux fois le service après-vente, on m'a dit qu'on me rappellerait, toujours rien. Je veux une roue de remplacement ou un échange, sinon je renvoie le tout et je veux être remboursé.

Commande 4487350.

M. Gilson

Le 10/05/2024 à 14:00, shop.example.be a écrit :
> Bonjour Michel,
> Votre avis compte ! Comment évalueriez-vous votre commande n° 4487350 ?
> Répondez simplement à ce mail avec une note de 1 à 10.""", "Michel Gilson"),

        ("automated", (), "Accusé de réception - Demande n° 2024-051678", """\
Bonjour,

Nous accusons bonne réception de votre message, enregistré sous le numéro 2024-051678.

Notre équipe le traitera dans les meilleurs délais, en principe sous 3 jours ouvrables. Inutile de nous renvoyer votre demande : tout nouvel envoi sur le même sujet retarde son traitement.

Pour compléter votre demande, répondez à ce message sans modifier l'objet.

Cordialement,
Le service clientèle ColisExpress

Ce message a été généré automatiquement.""", "Service clientèle ColisExpress"),
    ],
    "de": [
        ("portability", (), "Kontaktformular: Anfrage von Stefanie Krämer", """\
Über das Kontaktformular auf shop.example.be/de wurde folgende Nachricht gesendet:

Vorname: Stefanie
Nachname: Krämer
E-Mail: s.kraemer@web.de
Kundennummer: 2087764
Betreff: Sonstiges
Ihre Nachricht:
Guten Tag, ich ziehe im Sommer nach Aachen und werde künftig bei GartenHaus24 bestellen. Die bieten an, meine Bestellhistorie und Adressen aus anderen Shops zu übernehmen. Können Sie meine Daten (Bestellungen, Lieferadressen, Treuepunkte) direkt an GartenHaus24 schicken? Falls das nicht geht, bitte als Datei an mich, so dass ich sie dort hochladen kann - am besten CSV oder so.
Danke und viele Grüße
S. Krämer

--
Diese E-Mail wurde über ein Kontaktformular auf shop.example.be gesendet.""", "shop.example.be Kontaktformular"),

        ("access", ("deletion",), "WG: Anruf Hr. Brandt", """\
Hallo zusammen,

Herr Udo Brandt (Kd.-Nr. 1920345, udo.brandt@t-online.de) hat eben angerufen, ziemlich aufgebracht. Er bekommt seit ein paar Wochen Werbeanrufe zu Gartenmöbeln und will wissen, welche Daten wir über ihn haben, woher wir seine Handynummer haben (er sagt, die hat er uns nie gegeben) und ob wir sie irgendwem weitergegeben haben.

Wenn er die Auskunft hat, soll danach sein Kundenkonto komplett gelöscht werden - O-Ton: "Ich will mit dem Laden nichts mehr zu tun haben."

Rückruf wünscht er nicht, lieber schriftlich per Mail.

Gruß
Jonas
Kundenservice DE, Eupen""", "Jonas Weber"),

        ("correction", (), "Scan_20240513_0912.pdf (OCR)", """\
--- OCR-Ergebnis, Seite 1 ---
Katharina Schmitz-Olbrich
Hauptstraße 88
4780 St. Vith

An
shop.example.be
Kundendienst

St. Vith, den 7. Mai 2024

Änderung meines Namens - Kundennr. 1733O92

Sehr geehrte Damen und Herren,

seit meiner Hochzeit im Apri1 heiße ich nicht mehr Schmitz, sondern
Schmitz-Olbrich. Bitte ändern Sie meinen Namen in Ihrem Kundenkonto und
auf der Treuekarte entsprechend. Ich kann das im Konto nicht selbst
ändern, das Feld ist grau.

Bei der Gelegenheit: meine Telefonnurnmer ist jetzt 080 22 41 67, die
alte Handynummer ist nicht mehr gültig.

Eine Kopie der Heiratsurkunde liegt bei.

Mit freundlichen Grüßen
K. Schmitz-Olbrich
--- Ende OCR ---""", "Poststelle"),

        ("deletion", ("objection",), "Unsere Mandantin Frau Petra Hoffmann - Az. 112/24", """\
Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass wir die rechtlichen Interessen von Frau Petra Hoffmann, Lindenweg 3, 4700 Eupen, vertreten. Eine auf uns lautende Vollmacht liegt bei.

Unsere Mandantin war bis Ende 2023 Kundin Ihres Onlineshops. An einer weiteren Geschäftsbeziehung hat sie kein Interesse.

Namens und im Auftrag unserer Mandantin fordern wir Sie auf, ihr Kundenkonto aufzulösen und sämtliche sie betreffenden personenbezogenen Daten zu löschen, soweit keine gesetzlichen Aufbewahrungspflichten entgegenstehen. Soweit Daten aufgrund solcher Pflichten vorerst gespeichert bleiben müssen, widerspricht unsere Mandantin bereits jetzt jeder Verwendung dieser Daten zu Werbezwecken sowie ihrer Weitergabe an Werbepartner.

Wir bitten um schriftliche Bestätigung bis zum 14. Juni 2024.

Mit freundlichen Grüßen

Dr. Matthias Lenz
Rechtsanwalt
Berger & Lenz Rechtsanwälte PartG mbB
Theaterplatz 10, 52062 Aachen""", "Kanzlei Berger & Lenz"),

        ("restriction", (), "Chatverlauf weitergeleitet", """\
Hi, Chat von heute Vormittag. Kunde bestreitet die offene Rechnung, Buchhaltung ist informiert. Den Teil mit den Daten gebe ich an euch.
LG Lena

[10:12] Besucher: Guten Morgen, ich habe eine Mahnung von Ihnen bekommen über 389 Euro, Rechnung 2024-20771
[10:12] Besucher: die hab ich am 2. April überwiesen, ich habe den Kontoauszug
[10:13] Lena: Guten Morgen! Das tut mir leid, ich gebe das an die Buchhaltung weiter.
[10:14] Besucher: gut. Und solange das nicht geklärt ist, will ich nicht dass meine Daten an irgendein Inkassobüro gehen oder sonstwie benutzt werden. Liegen lassen, nichts damit machen.
[10:14] Besucher: aber bitte auch nichts löschen, nicht dass nachher die Zahlung "verschwunden" ist
[10:15] Lena: Verstanden, ich leite das weiter. Ihre E-Mail-Adresse ist f.maurer@gmx.de?
[10:15] Besucher: ja, Florian Maurer""", "Lena Hermanns"),

        ("objection", (), "Re: Wie zufrieden waren Sie mit uns?", """\
Lieferung: 5 Sterne, Fahrer sehr freundlich.

Was mich stört: nach jedem Kauf bekomme ich "Empfehlungen nur für Sie", und in der App steht sogar, ich sei "Hobbygärtner mit Gemüsebeet". Ich möchte nicht, dass Sie aus meinen Einkäufen ein Profil von mir basteln. Das geht niemanden was an. Bitte hören Sie damit auf, ich will einfach nur einkaufen.

G. Wollersheim

-----Ursprüngliche Nachricht-----
Von: shop.example.be <noreply@shop.example.be>
Gesendet: Montag, 13. Mai 2024 09:00
Betreff: Wie zufrieden waren Sie mit uns?

Hallo Gerd, Ihre Bestellung 4499120 wurde zugestellt. Wie zufrieden waren Sie? Antworten Sie einfach auf diese Mail.""", "Gerd Wollersheim"),

        ("withdraw_consent", (), "Werbemails an meine Mutter", """\
Guten Tag,

meine Mutter, Hildegard Kohnen (hildegard.kohnen@skynet.be), ist 83 und kommt mit E-Mails nur noch mühsam zurecht. Ich schaue ab und zu in ihr Postfach, und das ist voll mit Ihren Angeboten und dem Newsletter. Sie hat sich wohl irgendwann beim Kauf eines Rasenmähers dafür angemeldet und weiß nicht mehr, wie man das abbestellt.

Sie ist damit einverstanden, dass ich Ihnen schreibe (sie sitzt gerade neben mir). Bitte melden Sie sie von allen Werbe-Mails ab. Die Bestellbestätigungen können natürlich weiterhin kommen.

Danke und freundliche Grüße
Andreas Kohnen""", "Andreas Kohnen"),

        ("complaint", (), "Kontaktformular: Datenschutz", """\
Vorname: Birgit
Nachname: Reinartz
E-Mail: birgit.reinartz@gmail.com
Kundennummer:
Betreff: Datenschutz
Ihre Nachricht:
Sind Sie noch ganz bei Trost? Ihre Einladung zum "Gartenfest-Wochenende" von heute früh ging offen an weit über hundert Empfänger, alle Adressen stehen sichtbar im An-Feld. Jetzt hat jeder Fremde meine private Mailadresse, und ich habe schon die erste Antwort-an-alle von einem Herrn bekommen, den ich nicht kenne. Das ist eine Datenpanne, und ich erwarte, dass Sie das ernst nehmen und mir erklären, wie das passieren konnte.

--
Diese E-Mail wurde über ein Kontaktformular auf shop.example.be gesendet.""", "shop.example.be Kontaktformular"),

        ("other", (), "Kontaktformular: Zusammenarbeit", """\
Vorname: Tobias
Nachname: Lindner
E-Mail: t.lindner@dsgvo-fix-consulting.de
Firma: DSGVO-Fix Consulting GmbH
Betreff: Zusammenarbeit
Ihre Nachricht:
Sehr geehrte Damen und Herren,
bei einem kurzen Check Ihres Shops ist uns aufgefallen, dass Ihr Cookie-Banner nicht alle Anforderungen der DSGVO erfüllt. Wir unterstützen Onlinehändler seit 2018 als externer Datenschutzbeauftragter - ab 149 EUR im Monat, inkl. Vorlagen für Auskunftsersuchen und Löschanfragen.
Hätten Sie diese Woche 15 Minuten für ein unverbindliches Gespräch?
Beste Grüße
Tobias Lindner

--
Diese E-Mail wurde über ein Kontaktformular auf shop.example.be gesendet.""", "shop.example.be Kontaktformular"),

        ("automated", (), "Ihre Anfrage [Ticket#2024051710000123]", """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2024051710000123 erfasst.

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs. Derzeit beträgt die Bearbeitungszeit bis zu 5 Werktage. Bitte sehen Sie von Rückfragen zum Bearbeitungsstand ab.

Wenn Sie weitere Informationen zu Ihrer Anfrage nachreichen möchten, antworten Sie bitte auf diese E-Mail, ohne die Ticketnummer im Betreff zu verändern.

Mit freundlichen Grüßen
Ihr Kundenservice-Team
Paketdienst Nord GmbH

Diese Nachricht wurde automatisch erstellt.""", "Paketdienst Nord Kundenservice"),
    ],
    "es": [
        ("withdraw_consent", (), "Contact form", """\
New message from the contact form

Name: Lucía Fernández Ortega
Email: luciafdez@gmail.com
Subject: Other
Message:
Hola! Me apunté a vuestra newsletter hace un par de años por un descuento y ya no quiero recibir más correos con ofertas. He buscado el enlace para darme de baja pero desde el móvil no lo encuentro. Quitadme de la lista porfa, si necesito algo ya entraré yo jaja
Gracias
Lucía

Sent via shop.example.be contact form - 14/05/2024 23:05""", "shop.example.be"),

        ("access", ("correction",), "Fwd: WhatsApp cliente", """\
Hola,

Os paso lo que nos escribió un cliente por WhatsApp Business esta mañana. Le he dicho que le contestaréis por correo (javi.moreno.gil@hotmail.com).

Carmen
Atención al cliente

[8:52] Javier Moreno: Buenas, una pregunta
[8:53] Javier Moreno: me ha llegado una carta vuestra a casa de mis padres en Bruselas y yo ya no vivo ahí desde hace 2 años. Qué datos míos tenéis exactamente? Quiero saber todo lo que guardáis de mí
[8:53] Javier Moreno: y cambiad la dirección por la buena: Avenue des Celtes 18, 1040 Etterbeek
[8:55] Atención al cliente: Hola Javier, gracias por escribirnos. Lo pasamos al departamento que se encarga de los datos personales y te responderán por email.
[8:55] Javier Moreno: vale gracias""", "Carmen Ruiz"),

        ("correction", (), "Re: ¿Qué tal tu pedido?", """\
Un 9, todo perfecto y muy rápido.

Solo una cosa que me pasa siempre con vosotros: mi apellido es Núñez, con tilde y eñe, y en todos vuestros correos y en la factura pone "Nunez". Y el segundo apellido (Castaño) no aparece. Ya sé que parece una tontería pero para la factura de la empresa lo necesito bien. ¿Podéis corregirlo en mi cuenta?

Un saludo,
Ana Núñez Castaño

El lun, 13 may 2024 a las 10:00, shop.example.be (<noreply@shop.example.be>) escribió:
> Hola Ana,
> ¿Qué tal tu pedido 4500317? Valóralo del 1 al 10 respondiendo a este correo.
> ¡Gracias!""", "Ana Núñez Castaño"),

        ("deletion", (), "Documento escaneado", """\
Carta recibida por correo postal, OCR automático. Original en la bandeja de privacidad.

------------------------------------------------------------
Manuel Ortega Blanco
Rue Gallait 90, boîte 4
1030 Schaerbeek
                                       shop.example.be
                                       Atención al cliente

Schaerbeek, 10 de mayo de 2024

Muy señores míos:

Hace unos meses hice una única compra en su tienda (una rnanguera y
un carro) y desde entonces no he vuelto a usar la cuenta. No me
interesa mantenerla.

Les ruego que den de baja mi cuenta de cliente y que borren todos mis
datos: nombre, dirección, teléfono y el correo ortegablanco.m@gmail.corn
No necesito que me guarden nada.

Atentamente,

Manuel 0rtega
------------------------------------------------------------""", "Recepción Mechelen"),

        ("portability", (), "llamada clienta: sus datos en un archivo", """\
Hola equipo de privacidad:

Me acaba de llamar una clienta, Rosa Delgado (rosa.delgado.p@gmail.com, n.º de cliente 2312987). Lleva las cuentas de casa con una aplicación y quiere que le mandemos todo su historial de compras, con fechas e importes, en un formato que la aplicación pueda importar (dice que le vale CSV o XML, Excel también). Lo quiere todo desde que abrió la cuenta en 2019.

No es una consulta de facturación normal porque lo quiere todo de golpe y en archivo, por eso os lo paso. Le he dicho que le escribiríais vosotros.

Gracias,
Diego""", "Diego Martín"),

        ("restriction", (), "Nuestro cliente D. Alberto Sanz Medina - pedido 4420981", """\
Muy Sres. nuestros:

Nos dirigimos a ustedes en nombre y representación de D. Alberto Sanz Medina, con domicilio en Chaussée de Wavre 250, 1050 Ixelles, cliente de su tienda con número 1654022, según poder que se adjunta.

Como les consta, nuestro cliente sufrió lesiones en la mano el pasado 2 de marzo al romperse la escalera plegable adquirida en su tienda (pedido 4420981), y se encuentra en curso una reclamación de daños contra su empresa y su aseguradora.

A la vista de dicho procedimiento, les solicitamos que conserven íntegramente todos los datos de nuestro cliente relacionados con el pedido, la reclamación y sus comunicaciones con ustedes, sin suprimir ninguno de ellos, y que, mientras el procedimiento siga abierto, se abstengan de tratarlos para cualquier finalidad distinta de su mera conservación.

Rogamos nos confirmen por escrito la adopción de esta medida.

Atentamente,

Lucía Iglesias Prat
Abogada
Iglesias Prat Abogados
Calle Velázquez 57, 28001 Madrid""", "Iglesias Prat Abogados"),

        ("objection", (), "mensaje de Instagram", """\
Os paso un DM de Instagram (ya le hemos contestado que lo pasábamos a vosotros).
Nerea

Conversación con @pablo.gr_89
Pablo G.R.: Hola. Miré una vez una barbacoa en vuestra web y desde entonces me sale en todas partes, en Insta, en YouTube, en el periódico online. Da un poco de mal rollo la verdad
Pablo G.R.: No quiero que uséis lo que miro en vuestra web para perseguirme con anuncios ni que le paséis mis datos a Meta, Google o quien sea para eso. Que conste que me opongo
Pablo G.R.: mi correo de la cuenta es pablogarciaruiz89@gmail.com
shop.example.be: ¡Hola Pablo! Gracias por avisarnos, lo pasamos al equipo responsable y te escribirán por correo.""", "Nerea Etxeberria"),

        ("complaint", ("withdraw_consent",), "", """\
Name: Fernando Castillo
Email: fcastillo@telefonica.net
Subject: Other
Message:
Es la TERCERA vez que os escribo. El 3 de abril y el 20 de abril os pedí por este mismo formulario que dejarais de mandarme publicidad y que me quitarais de la newsletter. Nadie me ha contestado y sigo recibiendo vuestros correos, el último ayer. Quitadme de una vez. Si esto sigue así presentaré una reclamación ante la autoridad de protección de datos belga, que ya he mirado cómo se hace.

Sent via shop.example.be contact form - 17/05/2024 08:30""", "shop.example.be"),

        ("other", (), "Consulta sobre el conjunto de jardín Mallorca", """\
Nombre: Isabel Marín
Correo: isamarin@yahoo.es
Asunto: Consulta producto
Mensaje:
Buenas tardes, estoy interesada en el conjunto de jardín Mallorca (mesa + 4 sillas, ref. 770145). ¿Viene montado o hay que montarlo? ¿Y los cojines están incluidos o se compran aparte? Vivo en un tercero sin ascensor, ¿el transportista lo sube hasta casa?
Muchas gracias de antemano.""", "Formulario web shop.example.be"),

        ("automated", (), "Hemos recibido su consulta [INC-0048213]", """\
Estimado/a cliente:

Gracias por ponerse en contacto con el servicio de atención al cliente de Viveros Levante.

Le confirmamos que hemos recibido su correo y que ha quedado registrado con el número de incidencia INC-0048213. Uno de nuestros agentes le responderá en un plazo máximo de 48 horas laborables.

Nuestro horario de atención es de lunes a viernes, de 9:00 a 18:00 (hora peninsular).

Por favor, no responda a este mensaje: este buzón no se atiende.

Un saludo,
Atención al Cliente
Viveros Levante S.L.""", "Atención al Cliente Viveros Levante"),
    ],
    "it": [
        ("complaint", ("deletion",), "New message from the contact form", """\
New message from the contact form

Name: Giulia Rossetti
Email: giulia.rossetti@libero.it
Customer number: 2450019
Subject: Privacy
Message:
Buongiorno, vi ho scritto il 12 aprile a privacy@shop.example.be per chiedere di cancellare il mio account e tutti i miei dati. Nessuna risposta, neanche una conferma di ricezione, e l'account è ancora lì, riesco ancora ad entrare. È passato più di un mese. Vi chiedo per l'ultima volta di procedere con la cancellazione, altrimenti mi rivolgo all'autorità per la protezione dei dati.
Giulia Rossetti

Sent via shop.example.be contact form - 16/05/2024 18:41""", "shop.example.be"),

        ("access", (), "per conto di mio padre", """\
Buongiorno,

vi scrivo per conto di mio padre, Giovanni Bianchi (classe 1944, cliente con la tessera fedeltà n. 7700 4412 9981), che non usa la posta elettronica. In allegato trovate la sua delega firmata e la copia della sua carta d'identità.

Da qualche mese mio padre riceve telefonate da sconosciuti che gli propongono prodotti per il giardino e sanno perfino che ha comprato un tagliaerba da voi. Prima di tutto vorrebbe capire: quali dati avete su di lui? Da dove li avete presi, a chi li avete dati, e per quanto tempo li tenete?

Se possibile preferirebbe ricevere la risposta per posta, al suo indirizzo: Rue Vanderkindere 312, 1180 Uccle.

Cordiali saluti,
Marco Bianchi""", "Marco Bianchi"),

        ("correction", (), "Modulo di contatto: Il mio account", """\
Nome e cognome: Francesca Lombardi
Email: f.lombardi@gmail.com
Oggetto: Il mio account
Messaggio:
salve, nel mio profilo l'indirizzo email risulta francesca.lombardi@gmail.con (con la N) e non so come sia successo, per cui non mi arrivano le conferme d'ordine. Quello giusto è f.lombardi@gmail.com, da cui vi scrivo. Inoltre il numero civico è 21 e non 12. Potete sistemare voi? dal sito non me lo fa modificare
grazie mille

---
Messaggio inviato dal modulo di contatto di shop.example.be""", "Modulo di contatto shop.example.be"),

        ("deletion", (), "Re: La tua opinione conta!", """\
Non ho voglia di rispondere al questionario. Vorrei invece che chiudeste il mio account e cancellaste tutti i miei dati, non compro più da voi e non voglio ritrovarmi nei vostri archivi fra dieci anni.

R. Ferri

Il giorno 14 mag 2024, alle ore 10:00, shop.example.be <noreply@shop.example.be> ha scritto:
> Ciao Roberto,
> la tua opinione conta! Quanto sei soddisfatto del tuo ordine 4495530?
> Rispondi con un voto da 1 a 10.""", "Roberto Ferri"),

        ("portability", (), "Scansione posta in arrivo 15/05", """\
Lettera arrivata per posta, testo OCR qui sotto. L'originale è nel vassoio privacy.

===== OCR =====
Paolo Greco
Avenue Brugmann 415
1180 Bruxelles
                                            Spett.le
                                            shop.example.be
                                            Servizio Clienti

Bruxelles, 9 maggio 2024

Oggetto: trasferimento dei miei dati

Gentili signori,

sono vostro cliente dal 2020 (n. cliente 1822O46). Ho deciso di passare
a Verde&Casa, che mi ha detto di poter importare lo storico degli
acquisti da altri negozi.

Vi chiedo quindi di trasmettere direttamente a Verde&Casa i dati del mio
account (ordini, indirizzi di consegna, saldo punti) in un formato che
possano leggere. Il loro indirizzo per queste richieste e'
dati@verdecasa.example.be

Distinti saluti
Paolo Greco
===== fine OCR =====""", "Reception Mechelen"),

        ("restriction", (), "Fwd: chat 16/05", """\
Ciao, vi giro la chat di stamattina. Il cliente ha una pratica di garanzia aperta per il gazebo e chiede una cosa sui dati che non so gestire io.
Alessia

--- Trascrizione chat ---
Cliente (Stefano Marchetti, s.marchetti@alice.it): buongiorno, ho una pratica di garanzia aperta per il gazebo, ordinato a giugno 2022 e si è rotto il mese scorso
Cliente: ho letto che dopo 2 anni cancellate i dati degli ordini. Non cancellate niente finché la garanzia non è chiusa, mi serve come prova
Cliente: e nel frattempo non usate i miei dati per nient'altro, teneteli lì fermi e basta
Operatore: Buongiorno Stefano, capisco. Passo la richiesta al reparto competente.
--- Fine trascrizione ---""", "Alessia Conti"),

        ("objection", (), "Sig.ra Elena Costa - opposizione", """\
Spettabile shop.example.be,

scrivo in nome e per conto della mia assistita, sig.ra Elena Costa, residente in Avenue de Tervueren 120, 1150 Woluwe-Saint-Pierre, vostra cliente (indirizzo e-mail dell'account: elena.costa@gmail.com), come da procura che si allega.

La mia assistita ha appreso dalla vostra informativa privacy che i dati dei clienti, compresi gli acquisti effettuati con la carta fedeltà, vengono comunicati a "partner commerciali selezionati" e utilizzati per la creazione di profili a fini pubblicitari.

La sig.ra Costa si oppone a tale trattamento. Vi invito pertanto a cessare immediatamente ogni comunicazione dei suoi dati ai suddetti partner nonché ogni attività di profilazione che la riguardi, e a darmene conferma scritta.

Distinti saluti

Avv. Chiara Moretti
Studio Legale Moretti
Via dei Mille 24, 00185 Roma""", "Studio Legale Moretti"),

        ("withdraw_consent", ("objection",), "Fwd: telefonata sig.ra Russo", """\
Ciao,

vi giro una richiesta presa al telefono oggi pomeriggio.

Sig.ra Antonella Russo - antonella.russo62@gmail.com - n. cliente 2011876

- non vuole più ricevere la newsletter né gli SMS con le promozioni (dice che si era iscritta anni fa per un buono sconto, ora basta)
- inoltre non vuole che i suoi acquisti con la carta fedeltà vengano usati per mandarle "offerte su misura". La carta però la vuole tenere per i punti.

Le ho detto che riceverà conferma per email.

Grazie, Luca
Servizio clienti""", "Luca Esposito"),

        ("other", (), "Job application", """\
Name: Davide Galli
Email: davide.galli.93@gmail.com
Subject: Job application
Message:
Buongiorno, mi chiamo Davide, ho 30 anni e vivo a Mechelen da tre anni. Ho visto che il vostro magazzino è qui vicino e vorrei candidarmi come magazziniere o addetto alle spedizioni. Ho il patentino per il muletto e parlo italiano, inglese e un po' di olandese. Non ho trovato una pagina "lavora con noi" sul sito, per questo scrivo qui. Posso mandare il CV a un indirizzo email?
Grazie e buona giornata
Davide""", "shop.example.be"),

        ("automated", (), "Risposta automatica: fuori ufficio", """\
Grazie per il Suo messaggio.

Sono fuori ufficio fino a lunedì 27 maggio con accesso limitato alla posta elettronica. Risponderò al mio rientro.

Per questioni urgenti relative agli ordini può scrivere a ordini@giardinitalia.example.it o chiamare il numero +39 02 0000 000.

Cordiali saluti
Valentina Greco
Ufficio Export - Giardinitalia S.r.l.""", "Valentina Greco"),
    ],
    "pt": [
        ("access", (), "Contact form: Other", """\
Name: Ricardo Almeida
Email: ricardo.almeida@sapo.pt
Subject: Other
Message:
Boa tarde. Gostava de saber que informação é que a vossa loja tem guardada sobre mim. Fiz umas quantas encomendas desde 2021 e também fiz o cartão de cliente numa feira em Bruxelas, e não faço ideia do que ficou registado. Podem enviar-me uma cópia de tudo?
Obrigado
Ricardo Almeida""", "shop.example.be"),

        ("correction", (), "Fwd: conversa no chat", """\
Olá, reencaminho uma conversa do chat de ontem. Não consigo alterar o apelido nem a morada de faturação do meu lado.
Inês

=== Chat 15/05/2024 ===
Cliente (Tiago Sousa): boa tarde
Cliente (Tiago Sousa): o meu apelido esta mal escrito na conta, é Sousa com S e não Souza
Inês: Boa tarde Tiago! Obrigada pelo aviso.
Cliente (Tiago Sousa): e a morada de faturação ainda é a antiga (Rue Haute 12), agora é Rue Blaes 140, 1000 Bruxelles
Cliente (Tiago Sousa): já tentei mudar no site mas dá erro
Inês: Vou passar o pedido aos colegas responsáveis e receberá resposta por email.
=== fim ===""", "Inês Carvalho"),

        ("deletion", (), "mensagem Facebook", """\
Mensagem que recebemos no Facebook, para vocês tratarem.
Joana

Sandra Pereira · 14:22
Olá, não quero ter mais nada a ver com a vossa loja. Fechem a minha conta e não fiquem com os meus dados, tentei fazer isso no site mas não encontro onde
Sandra Pereira · 14:23
o email da conta é sandra.pereira.1985@hotmail.com
shop.example.be · 14:40
Olá Sandra! Vamos encaminhar o seu pedido para a equipa responsável, que a contactará por email.""", "Joana Ribeiro"),

        ("portability", (), "chamada cliente", """\
Bom dia,

Falei agora ao telefone com a Sra. Fernanda Lopes (fernanda.lopes@gmail.com, cliente n.º 2144730). Ela vai passar a comprar na Jardim&Lar e quer levar consigo o histórico de compras. Pediu que lhe enviemos os dados dela num ficheiro que a outra loja consiga importar (lá disseram-lhe CSV ou JSON). Diz que tem esse direito e eu disse-lhe que ia passar o pedido a quem trata disso.

Obrigado,
Rui""", "Rui Mendes"),

        ("restriction", (), "Carta digitalizada", """\
Carta recebida hoje pelo correio, texto extraído por OCR abaixo.

--- OCR ---
Maria do Carmo Ferreira
Rue de la Victoire 45
1060 Saint-Gilles

                                         shop.example.be
                                         Apoio ao Cliente

Saint-Gilles, 7 de Maio de 2024

Assunto: conta de cliente n.º 19O8837

Exmos. Senhores,

Na minha conta aparece como se eu tivesse devolvido três
encomendas sem motivo e disseram-me ao telefone que por isso a
minha conta está "sob vigilância". Isso não é verdade, as devolu-
ções foram por artigos com defeito e tenho os emails a provar.

Até isto estar esclarecido peço que não usem esses dados para
nada, nem para decidir sobre as minhas encomendas, mas que não
apaguem nada, porque preciso deles para provar o que digo.

Com os melhores cumprimentos
Maria do Carmo Ferreira
--- fim ---""", "Receção Mechelen"),

        ("objection", ("withdraw_consent",), "Re: Como correu a sua encomenda?", """\
Correu bem, dou 7.

Mas fui ler a vossa política de privacidade por causa de outra coisa e vi que partilham os dados dos clientes com "parceiros de publicidade". Não autorizo isso. Não quero que os meus dados saiam daí para anúncios de quem quer que seja.
E já agora tirem-me da newsletter, recebo emails vossos a mais.

Paulo

Em seg., 13/05/2024 às 10:00, shop.example.be <noreply@shop.example.be> escreveu:
> Olá Paulo,
> Como correu a sua encomenda 4497703? Responda a este email com uma nota de 1 a 10.""", "Paulo Rodrigues"),

        ("withdraw_consent", (), "", """\
Name: Beatriz Martins
Email: bia.martins@gmail.com
Subject: Newsletter
Message:
Olá, quando criei a conta aceitei receber SMS e emails com promoções. Já não quero. Podem retirar essa autorização? Continuo cliente, só não quero publicidade.
Obrigada, Beatriz""", "shop.example.be"),

        ("complaint", ("access",), "Ref.ª 58/2024 - Sr. Joaquim Antunes", """\
Exmos. Senhores,

Na qualidade de mandatária do Sr. Joaquim Antunes, vosso cliente (n.º 1702215), venho pela presente recordar o pedido que o meu constituinte vos dirigiu por email em 2 de março de 2024, no qual solicitava cópia de todos os dados pessoais que sobre ele mantêm e informação sobre os destinatários a quem foram comunicados.

Decorridos mais de dois meses, não obteve qualquer resposta, o que excede largamente o prazo legal de um mês.

Reitero, por isso, o pedido de acesso, que deverá ser satisfeito no prazo de dez dias. Caso contrário, o meu constituinte apresentará queixa junto da autoridade belga de proteção de dados (Autorité de protection des données / Gegevensbeschermingsautoriteit).

Com os melhores cumprimentos,

Dra. Helena Neves
Advogada
Neves & Associados - Sociedade de Advogados
Av. da Liberdade 110, 1250-146 Lisboa""", "Neves & Associados"),

        ("other", (), "Peças para corta-relva", """\
Name: António Silva
Email: antoniosilva1958@hotmail.com
Subject: Product question
Message:
Boa tarde, comprei o corta-relva a gasolina GreenCut 46 em 2022. Vendem as lâminas de substituição e o filtro de ar? Não encontro no site. Se não vendem sabem onde posso arranjar?
Cumprimentos""", "shop.example.be"),

        ("automated", (), "Pedido recebido [#PT-104882]", """\
Olá,

Obrigado pelo seu contacto. Este email confirma que recebemos o seu pedido, registado com a referência #PT-104882.

A nossa equipa irá analisá-lo e responder-lhe-á assim que possível, normalmente no prazo de 2 dias úteis.

Se pretender acrescentar informação, basta responder a este email mantendo a referência no assunto.

Com os melhores cumprimentos,
Equipa de Apoio ao Cliente
Casa & Jardim Distribuição

Esta mensagem foi gerada automaticamente.""", "Apoio ao Cliente Casa & Jardim"),
    ],
}

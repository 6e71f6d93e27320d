"""Ninth set, people: mixed concerns and requests for someone else. Written apart from the rules (see make_ninth.py)."""

PEOPLE_A = {
    "en": [
        ("deletion", (), "order 20931 AGAIN", """Hi,

Third time writing about order 20931 (hose reel + 2 terracotta planters). Tracking has said "in transit - Brussels X" since the 4th and your chat just sends me the same tracking link back.

I want a refund. And honestly after this I'm done with you lot. Once the refund's gone through please shut my account down and get rid of all my details, I don't want to be on your system at all.

Gary Newton
""", "Gary Newton"),
        ("correction", (), "Name on invoices", """Hello!

Quick one: I got married over the summer and the invoice for order 31177 still says Sarah Whitfield. I'm Sarah Okonkwo now (same email, same everything else). Could you change the name on my account and wherever else you've got me, so future invoices and the loyalty card come through right?

And if it's not too much trouble, a new invoice for 31177 in the new name would be amazing - work reimburses the garden chairs for the office terrace and they're fussy about that sort of thing.

Thanks so much,
Sarah
""", "Sarah Okonkwo"),
        ("access", ("objection",), "Our client: Mr Daniel Reyes - data subject request", """Dear Sir or Madam,

We act for Mr Daniel Reyes of Avenue Louise 212, 1050 Ixelles, who has been a registered customer of your web shop since 2019 (customer e-mail d.reyes.home@gmail.com). A signed letter of authority is enclosed.

On our client's behalf we ask that you provide, within the period prescribed by Article 12(3) GDPR, a copy of the personal data you process concerning him, together with the purposes of the processing, the recipients or categories of recipient to whom the data have been disclosed (in particular any so-called "marketing partners"), and the source of any data not collected from him directly.

Further, our client objects with immediate effect to the processing of his personal data for direct marketing purposes, including any profiling to the extent that it is related to such marketing.

Please address all correspondence on this matter to the undersigned.

Yours faithfully,

Helen Carter
Associate
Whitmore & Co Solicitors
""", "Helen Carter"),
        ("withdraw_consent", (), "my son's email", """Hi,

my son Jamie is 15 and he's somehow signed himself up to your newsletter with his school email (jamie.p2009@stmarys-school.example) - apparently to get the 10% code for my birthday present, which is sweet, but he's now getting 3 or 4 promo mails a week from you and that's not really what I want for him.

Can you please stop sending him those? He doesn't have an account as far as I know, he ordered on mine.

Thanks
Claire Pemberton
""", "Claire Pemberton"),
        ("deletion", ("withdraw_consent",), "Account of Margaret Ellis (deceased)", """Dear privacy team,

I'm writing on behalf of my late mother, Margaret Ellis, who died on 2 March. She was a customer of yours for years - the garden was her whole world - and she had an online account with the email margaret.ellis47@btinternet.com and one of your loyalty cards.

The emails and the little printed catalogues are still coming to the house and my father finds it very hard to see her name on them. Could you please close her account and remove her details, and make sure nothing more is sent to her, by email or by post?

I am her executor and can send a copy of the death certificate if you need one.

Kind regards,
Robert Ellis
""", "Robert Ellis"),
        ("portability", (), "Purchase history for insurance", """Hello,

we had a break-in at the shed last month and the insurer wants a list of everything with dates and prices. Most of it came from you over the last 4 years (tools, the mower, a pressure washer etc).

Is there any way to get my complete order history as a spreadsheet - CSV or Excel, something I can sort and filter - rather than the individual PDF invoices? There are about 60 orders and copying them by hand is not going to happen.

Account: p.hollis@outlook.com

Cheers,
Phil
""", "Phil Hollis"),
        ("restriction", (), "Please read - personal safety", """Hello,

I'm sorry this is a long one but I need to explain. Last year I left a very controlling relationship and moved to an address he doesn't know. He knows I shop with you because we used to order together, and I'm fairly sure he has rung your customer service at least once pretending to be my "husband" to ask where a delivery was going.

I can't just close my account: I'm in the middle of a warranty claim for the robot mower (case 55120) and the order and invoice have to stay on record. But until I tell you otherwise I'm asking you to keep my data locked - keep it, but don't use it for anything other than that warranty claim, and don't give my address or phone number to anyone. Not over the phone, not to a courier, not to a "family member".

If you need to check it's really me, please only contact me at this email address.

Thank you,
A. Lindqvist
""", "Anna Lindqvist"),
        ("objection", (), "ads following us around", """Hi,
my partner and I share one account (it's in his name, Tom Price, but I do most of the ordering - he's cc'd and fine with this).
Every time one of us looks at something on your site the same thing pops up on Instagram and Facebook within the hour. It's creepy. We don't want you passing what we browse or buy to Meta or any ad network so they can target us. Please stop doing that with our account.
Jen
""", "Jen Morales"),
        ("complaint", ("access",), "RE: Data access request 3 February - still no answer", """To whom it may concern,

On 3 February I emailed this address asking for a copy of the personal data you hold about me (account mkowalczyk.uk@gmail.com). I received no acknowledgement and no reply. It is now 14 April, well past the one month you are allowed.

I am asking one last time for that copy. If I don't have it within 14 days I will lodge a complaint with the Belgian Data Protection Authority without further notice.

Michael Kowalczyk
""", "Michael Kowalczyk"),
        ("other", (), "delivery 48812", """hi can order 48812 go to my work instead, im never home in the day. Unit 4, Researchpark Zellik, 1731 Zellik, reception desk. Leave my home address on the account its just for this one
thanks

Sent from my iPhone""", "Dan Whelan"),
        ("other", (), "Getrouwheidspunten / loyalty points", """Hello,

Sorry for writing in English. Last month my loyalty card had 2,340 points (I checked because I was saving them for the BBQ). Today the app says 0 and there is nothing in the history. I haven't used them and I never got any email saying they would expire.

Card no. 6001 2284 9917. Could you look into it please?

Regards,
Deepa Nair
""", "Deepa Nair"),
        ("automated", (), "Automatic reply: Your reference PB-2024-1182", """Thank you for your email. I am out of the office until Monday 2 September with limited access to email.

For urgent matters please contact my colleague James Whitmore (j.whitmore@whitmoreco.example) or call the office on +44 20 7946 0321.

Your email has not been forwarded.

Helen Carter
Associate | Whitmore & Co Solicitors
""", "Helen Carter"),
    ],
    "nl": [
        ("access", (), "Bewindvoering mevr. Godelieve Van Damme", """Geachte,

Bij beschikking van de vrederechter van het kanton Lokeren van 14 mei ben ik aangesteld als bewindvoerder over de goederen en de persoon van mijn tante, mevrouw Godelieve Van Damme (°1941), wonende te Daknam. Een kopie van de beschikking vindt u in bijlage.

Mijn tante heeft de voorbije maanden heel wat bij u besteld, vermoedelijk via een account dat een buurvrouw voor haar heeft aangemaakt. Om zicht te krijgen op de situatie vraag ik u mij een overzicht te bezorgen van alle persoonsgegevens die u over haar bijhoudt: welk(e) account(s) er op haar naam staan, welk e-mailadres en telefoonnummer daaraan gekoppeld zijn, en welke bestellingen ermee geplaatst werden.

Met vriendelijke groeten,

Koen Van Damme
bewindvoerder
""", "Koen Van Damme"),
        ("correction", (), "adres + naam klantenkaart", """Dag,

Sinds de scheiding woon ik niet meer in de Kerkstraat in Zottegem, ik ben verhuisd naar Oudenaarde (Meersstraat 7, 9700 Oudenaarde). Mijn klantenkaart staat nog altijd op "Fam. De Clercq-Vermeulen" met het oude adres, en de facturen ook. Dat is nogal pijnlijk, want zo komt er bij mijn ex-man nog altijd post voor mij binnen.

Kunnen jullie dat overal aanpassen naar enkel mijn naam, Ann Vermeulen, en het nieuwe adres? Mijn e-mailadres blijft hetzelfde.

Alvast bedankt,
Ann
""", "Ann Vermeulen"),
        ("deletion", ("withdraw_consent",), "", """Pakket weer niet geleverd, 2de keer deze maand. Ik ben het beu. Verwijder mijn account en al mijn gegevens aub, en die reclame-sms'en mogen ook stoppen.

Verzonden vanaf mijn Samsung Galaxy-smartphone.""", "Jens Peeters"),
        ("portability", (), "Overzicht aankopen verbouwing", """Hallo,

Mijn vrouw en ik hebben één gezamenlijk account bij jullie (op naam van Lies Maes, zij staat in cc). We zijn al drie jaar aan het verbouwen en houden alles bij in een Excel, voor de aannemer en voor de renovatiepremie.

Kunnen jullie ons al onze aankopen van 2021 tot nu bezorgen als csv- of Excelbestand, met datum, artikel, aantal en prijs? De pdf-facturen één voor één overtypen is echt geen doen.

Groetjes,
Bart Wouters
""", "Bart Wouters"),
        ("restriction", (), "Jaar naar Canada", """Hallo,

Ik vertrek in september voor een jaar naar Montréal voor mijn werk. Mijn account wil ik niet laten verwijderen, want ik kom terug en ik heb nog garantie op de grasmaaier.

Maar zolang ik weg ben, wil ik dat mijn gegevens gewoon blijven staan zonder dat er iets mee gebeurt. Bijhouden is ok, gebruiken niet. Kan dat, een soort bevriezing tot ik terug ben? Ik laat wel weten wanneer het zover is.

Groeten,
Pieter-Jan Wuyts
""", "Pieter-Jan Wuyts"),
        ("objection", ("access",), "sms van 'partner'", """Dag,

Vandaag kreeg ik een sms van "TuinDeals BV, partner van uw favoriete webshop" met een kortingscode voor tuinmeubelen. Mijn gsm-nummer heb ik alleen aan jullie gegeven, bij mijn laatste bestelling.

Ik wil niet dat jullie mijn nummer of andere gegevens doorgeven aan partners voor reclame, stop daar alstublieft mee. En laat me ook weten aan wie jullie het allemaal doorgegeven hebben.

Mvg,
Stijn Goossens
""", "Stijn Goossens"),
        ("withdraw_consent", (), "nieuwsbrief – gezamenlijk adres", """Hallo, mijn man heeft zich ooit ingeschreven voor jullie nieuwsbrief met ons gezinsadres (familie.jacobs@telenet.be). Hij leest die nooit en ik mag ze elke week weggooien 🙂 Mogen we uitgeschreven worden? Het account zelf mag blijven, we bestellen nog wel eens iets.
Merci!
Els""", "Els Jacobs"),
        ("complaint", (), "Bestelbevestiging van iemand anders ontvangen!!", """Goedemiddag,

Ik kreeg vanmorgen een bestelbevestiging van jullie die helemaal niet van mij is: naam, adres in Hasselt, gsm-nummer en wat die mevrouw allemaal besteld heeft, alles staat erin. Ik heb daar niet om gevraagd en ik vind dit echt niet kunnen. Als dat met haar gegevens gebeurt, gebeurt het evengoed met de mijne.

Ik verwacht een uitleg over hoe dit kon gebeuren en wat jullie eraan doen. Ik heb de mail bijgehouden.

Hilde Smets
""", "Hilde Smets"),
        ("other", (), "klantenkaart gebroken", """Dag, mijn klantenkaart is in twee gebroken (in mijn portefeuille, niet vragen hoe). Kan ik een nieuwe krijgen met dezelfde punten erop? Kaartnr 6001 3318 0045. Moet ik daarvoor iets doen in mijn account of sturen jullie die gewoon op?
Groeten, Wim""", "Wim De Smet"),
        ("other", (), "Re: Uw bestelling 55231 is onderweg", """Goeiemorgen,

De chauffeur mag het pakket bij de buren op nr. 14 afgeven als wij niet thuis zijn, da's geen probleem. Het telefoonnummer in mijn account klopt, maar ik sta overdag in de klas en kan niet opnemen.

Bedankt,
Nadia Ait Taleb
""", "Nadia Ait Taleb"),
        ("automated", (), "Ontvangstbevestiging – dossier 2024-118842", """Beste,

Wij hebben uw bericht goed ontvangen. Het werd geregistreerd onder dossiernummer 2024-118842.

Een medewerker van onze juridische dienst neemt binnen de 10 werkdagen contact met u op. Vermeld bij verdere correspondentie steeds uw dossiernummer.

Dit is een automatisch gegenereerd bericht. Gelieve hierop niet te antwoorden.

Testaankoop – Ledendienst
""", "Testaankoop Ledendienst"),
        ("access", ("deletion",), "account van mijn dochter (14 jaar)", """Goedenavond,

Ik ontdekte vandaag dat mijn dochter Lotte (14) een account bij jullie heeft aangemaakt, met haar eigen e-mailadres en haar geboortedatum, om een hangmat te bestellen die ze met mijn bankkaart betaald heeft. Op zich geen drama, maar ik had daar liever vooraf van geweten.

Als ouder wil ik graag weten welke gegevens jullie van haar hebben. En daarna mag dat account volledig weg, met alles erop en eraan.

Vriendelijke groeten,
Sofie Lambrecht
""", "Sofie Lambrecht"),
    ],
    "fr": [
        ("deletion", (), "Compte de mon époux décédé", """Madame, Monsieur,

Mon mari, Jean-Pierre Dubois, est décédé le 11 janvier dernier des suites d'une longue maladie. C'était lui qui s'occupait du jardin et de toutes les commandes chez vous ; je n'ai moi-même jamais eu de compte.

Je suis en train de régler ses affaires et je tombe régulièrement sur des messages de votre part dans sa boîte mail (jp.dubois@skynet.be), que je consulte encore. Je vous saurais gré de bien vouloir clôturer son compte client et effacer les données qui le concernent. Je peux vous transmettre un extrait d'acte de décès si nécessaire.

Je vous remercie de votre compréhension.

Martine Dubois-Lenoir
""", "Martine Dubois"),
        ("correction", (), "changement d'adresse suite séparation", """Bonjour,

On avait un compte à deux avec mon compagnon, à mon nom mais avec son adresse à Jambes. On s'est séparés et j'habite maintenant rue des Bruyères 23 à 4000 Liège. Pouvez-vous mettre mon adresse à jour sur le compte et sur la carte de fidélité ? Le GSM c'est toujours le même, 0476 12 34 56.

Il n'a plus accès au compte, j'ai changé le mot de passe.

Merci d'avance, bonne journée
Aurélie
""", "Aurélie Masson"),
        ("complaint", ("access",), "SMS d'un soi-disant partenaire : inadmissible", """Bonjour,

Ce matin j'ai reçu un SMS d'une société « ProJardin Services » qui se présente comme « partenaire de votre webshop préféré » et qui me propose un entretien de pelouse. Je n'ai JAMAIS donné mon numéro de GSM à qui que ce soit d'autre que vous, lors de ma commande de septembre.

Je n'ai jamais accepté que mes coordonnées soient vendues ou refilées à d'autres. Je trouve ça tout simplement inadmissible.

Je veux savoir à qui exactement vous avez communiqué mon numéro, et quelles autres données vous leur avez données.

Christophe Lambert

Envoyé de mon iPhone""", "Christophe Lambert"),
        ("portability", (), "Demande pour mon père", """Bonjour,

J'écris pour mon père, Albert Gillet, 84 ans, qui n'a pas d'ordinateur mais qui commande chez vous par téléphone depuis des années (client n° 100482). Il m'a donné procuration, je joins une copie de sa carte d'identité et un mot signé de sa main.

Pour son dossier chez l'assureur (la tempête de février a emporté la serre et l'abri de jardin) il nous faudrait la liste de tous ses achats depuis 2019, idéalement dans un fichier Excel ou CSV que je peux retravailler, et pas des factures PDF une par une.

Est-ce possible ? D'avance merci.

Bien à vous,
Philippe Gillet
""", "Philippe Gillet"),
        ("restriction", (), "V/Réf. : client 77451 – N/Réf. : 2024/0312 – Mme Nathalie Renard", """Madame, Monsieur,

Je vous écris en qualité de conseil de Madame Nathalie Renard, domiciliée à 1300 Wavre, dont vous trouverez le mandat en annexe.

Comme vous le savez, un litige oppose ma cliente à votre société au sujet de la livraison et de l'installation d'un abri de jardin (commande 2024-31877). Ma cliente souhaite que les données la concernant soient conservées pour les besoins de ce litige et ne soient en aucun cas effacées d'ici là.

Elle demande toutefois que, jusqu'à l'issue de la procédure, ces données ne fassent l'objet d'aucun autre traitement que leur conservation, conformément à l'article 18 du RGPD.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Maître Olivier Delvaux
Avocat au barreau du Brabant wallon
""", "Olivier Delvaux"),
        ("objection", (), "barbecue + pubs", """Bonjour,

Le barbecue est bien arrivé mardi, nickel, merci au livreur qui l'a monté jusqu'à la terrasse.

Par contre, depuis que je l'ai commandé je vois vos pubs pour des housses, du charbon et des ustensiles absolument partout : Facebook, les sites d'info, même avant mes vidéos YouTube. Je ne veux pas que vous vous serviez de mes achats pour me profiler et me cibler comme ça, je m'y oppose, merci d'arrêter.

Question pratique : le couvercle a une petite griffe, c'est couvert par la garantie ?

Sébastien Collard
""", "Sébastien Collard"),
        ("withdraw_consent", (), "Re: -20% sur tout le mobilier de jardin ce week-end !", """slt, désinscrivez moi de la newsletter svp c'est 3 mails par semaine c bcp trop. et ma commande 8812 elle arrive quand?? merci

Envoyé de mon iPhone""", "Kevin Mertens"),
        ("other", (), "Commande 4411 – livraison au bureau", """Bonjour,

Serait-il possible de faire livrer la commande 4411 à mon bureau plutôt qu'à domicile ? Adresse : avenue des Arts 41, 1040 Etterbeek, 3e étage, au nom de Mme Pirotte. Je ne suis jamais chez moi avant 19 h.

Merci beaucoup et à tantôt,
Isabelle Pirotte
""", "Isabelle Pirotte"),
        ("other", (), "Retour coussins mauvaise couleur", """Bonjour, j'ai reçu des coussins de jardin gris anthracite alors que j'avais commandé du vert sauge (commande 90217). Dans mon espace client le bouton « Retourner » est grisé, il me dit que le délai est dépassé alors que j'ai reçu le colis il y a 5 jours. Comment je fais ?
Merci
Fatima El Amrani""", "Fatima El Amrani"),
        ("automated", (), "Non remis : RE: Votre demande concernant vos données personnelles", """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : jp.dubois@skynet.be
Motif : 550 5.1.1 <jp.dubois@skynet.be>: Recipient address rejected: User unknown in virtual mailbox table

Ceci est un message généré automatiquement par le système de messagerie. Merci de ne pas y répondre.

---------- Message d'origine ----------
De : privacy@shop.example.be
Objet : RE: Votre demande concernant vos données personnelles
Date : 23 janvier 2025 09:14
""", "Mail Delivery System"),
        ("access", ("withdraw_consent",), "Ma fille", """Bonjour,

Ma fille Chloé a 13 ans et j'ai vu qu'elle reçoit sur sa boîte mail des promotions de chez vous, adressées à son prénom. Je ne sais pas du tout comment vous avez eu son adresse, ni si elle a un compte chez vous.

Pouvez-vous me dire quelles informations vous avez sur elle (adresse mail : chloe.hardy2011@gmail.com) et d'où elles viennent ? Et en tout cas, qu'elle ne reçoive plus ces mails promotionnels.

Merci,
Valérie Hardy
""", "Valérie Hardy"),
        ("deletion", ("objection",), "Notre membre M. Yves Lejeune – dossier TA/2025/04417", """Madame, Monsieur,

Test-Achats intervient à la demande de son membre, Monsieur Yves Lejeune (client n° 88213), qui nous a mandatés pour le représenter dans ses relations avec votre société. Vous trouverez le mandat signé en annexe.

Notre membre souhaite mettre fin à toute relation avec votre webshop. Il vous demande dès lors de supprimer son compte client ainsi que l'ensemble des données personnelles le concernant. Dans l'intervalle, il s'oppose à ce que ses données soient transmises à vos partenaires commerciaux ou utilisées à des fins publicitaires.

Nous vous remercions de nous confirmer par écrit la suite réservée à ces demandes.

Avec nos salutations distinguées,

Service juridique
Test-Achats
""", "Test-Achats Service juridique"),
    ],
    "de": [
        ("access", (), "Auskunft – Betreuung meiner Mutter, Frau Irmgard Schröder", """Sehr geehrte Damen und Herren,

ich wurde vom Amtsgericht Aachen zur rechtlichen Betreuerin meiner Mutter, Frau Irmgard Schröder, geb. 12.04.1938, bestellt (Aufgabenkreise u. a. Vermögenssorge und Vertretung gegenüber Behörden und Unternehmen; Kopie des Betreuerausweises anbei).

Meine Mutter ist an Demenz erkrankt und hat in den letzten Monaten offenbar mehrfach bei Ihnen bestellt, teilweise doppelt. Bevor ich irgendetwas unternehme, möchte ich erst einmal verstehen, was da los ist. Bitte teilen Sie mir mit, welche Daten Sie über meine Mutter gespeichert haben – Kundenkonto(s), hinterlegte Adressen, Telefonnummern, Zahlungsarten – und welche Bestellungen in diesem Jahr darüber gelaufen sind.

Mit freundlichen Grüßen
Petra Hoffmann geb. Schröder
""", "Petra Hoffmann"),
        ("correction", (), "Falscher Name auf Rechnung", """Hallo,

die Lieferung (Bestellung 62044, Hochbeet aus Lärchenholz) ist gut angekommen, danke.

Kleine Sache aber: auf der Rechnung und auf dem Paketaufkleber steht „Juergen Mueller“ – ich heiße Jürgen Müller, mit Umlauten. Klingt kleinlich, aber meine Steuerberaterin meckert. Könnt ihr das im Kundenkonto richtig eintragen, damit es ab jetzt stimmt?

Gruß aus Eupen
Jürgen Müller
""", "Jurgen Muller"),
        ("deletion", (), "Kundenkonto meines verstorbenen Vaters", """Guten Tag,

mein Vater, Heinrich Lange, ist am 3. Juni verstorben. Ich bin Alleinerbe (Erbschein in Kopie anbei). Er hatte bei Ihnen ein Kundenkonto unter h.lange@t-online.de.

Ich bitte Sie, dieses Konto aufzulösen und die gespeicherten Daten meines Vaters zu löschen. Eine kurze Bestätigung an diese Adresse wäre nett.

Freundliche Grüße
Stefan Lange
""", "Stefan Lange"),
        ("portability", ("deletion",), "Art. 20 DSGVO", """Moin,

bitte schickt mir alle Daten, die ich bei euch angegeben habe (Stammdaten, Bestellhistorie, Verlauf der Treuepunkte), in einem maschinenlesbaren Format – JSON oder CSV, egal, Hauptsache kein PDF. Danach bitte das Konto löschen, ich kauf eh nur noch im Baumarkt um die Ecke.

Konto: mail@tobias-krueger.de

Danke
Tobias
""", "Tobias Krüger"),
        ("restriction", (), "Bitte Daten sperren, NICHT löschen", """Sehr geehrte Damen und Herren,

im März ist unser Gartenhaus abgebrannt, vermutlich wegen eines Defekts an dem Solar-Akku, den wir bei Ihnen gekauft haben (Bestellung 2023-40518). Die Sache liegt jetzt bei unserer Versicherung und demnächst wohl auch bei einem Gutachter.

Ich habe gelesen, dass Sie Kundendaten nach einer gewissen Zeit automatisch löschen. Bitte tun Sie das in meinem Fall nicht – ich brauche die Bestelldaten als Nachweis. Gleichzeitig möchte ich aber nicht, dass meine Daten bis zur Klärung für irgendetwas anderes verwendet werden. Bitte sperren Sie sie einfach bis auf Weiteres.

Mit freundlichen Grüßen
Andrea Vogt
""", "Andrea Vogt"),
        ("objection", (), "Rasenmäher + Frage", """Hallo zusammen,

der Akku-Rasenmäher ist angekommen und läuft super.

Was mich allerdings nervt: seit ich bei euch ein Konto habe, bekomme ich auf der Startseite und in jeder Mail „Empfehlungen für Sie“, die offensichtlich aus meinen Käufen berechnet werden. Das will ich nicht. Ich widerspreche der Auswertung meiner Bestellungen für personalisierte Werbung, bitte legt kein Profil mehr über mich an.

Und noch was: gibt es für das Modell Ersatzmesser, und wenn ja, unter welcher Artikelnummer?

Viele Grüße
Lukas Brandt
""", "Lukas Brandt"),
        ("withdraw_consent", (), "Newsletter doppelt", """Hallo,
meine Frau und ich bekommen euren Newsletter jeder für sich, also doppelt ins Haus. Sie will ihn weiter haben, ich nicht. Bitte nur meine Adresse austragen: k.becker@gmx.de. Danke!
Klaus Becker

Von meinem iPhone gesendet""", "Klaus Becker"),
        ("complaint", ("deletion",), "2. Erinnerung: Löschung meines Kontos (Antrag vom 12.03.)", """Sehr geehrte Damen und Herren,

am 12. März habe ich Sie gebeten, mein Kundenkonto und alle dazugehörigen Daten zu löschen. Am 15. April habe ich nachgefragt. Auf keine der beiden Mails habe ich eine Antwort erhalten, stattdessen bekomme ich weiterhin Ihren Newsletter.

Ich fordere Sie hiermit ein letztes Mal auf, die Löschung vorzunehmen und mir diese schriftlich zu bestätigen. Parallel habe ich heute Beschwerde bei der belgischen Datenschutzbehörde eingereicht.

Mit freundlichen Grüßen
Dr. Ingrid Wolff
""", "Dr. Ingrid Wolff"),
        ("other", (), "Lieferadresse Bestellung 71130 ändern", """Guten Tag,

könnten Sie die Lieferadresse für Bestellung 71130 noch ändern? Bitte an: Praxis Dr. Hahn, Klosterstraße 12, 4700 Eupen (Anlieferung Mo–Fr 8–17 Uhr). Die Adresse im Konto soll so bleiben.

Danke und Gruß
Miriam Hahn
""", "Miriam Hahn"),
        ("other", (), "Gutschein funktioniert nicht", """Hi, in meinem Kundenkonto steht ein 15-€-Gutschein (Code GARTEN15-8XK2) von der Treuekarte, aber an der Kasse kommt immer „Code ungültig“. Gültig bis Monatsende laut Konto. Was mach ich falsch?
LG Nina""", "Nina Schulte"),
        ("automated", (), "Abwesenheitsnotiz: AW: Ihre Anfrage vom 30.09.", """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Sekretariat unter +49 241 99 87 60 oder sekretariat@kanzlei-kurz.example.

Mit freundlichen Grüßen
Sabine Kurz
Rechtsanwältin | Kurz & Partner
""", "Sabine Kurz"),
        ("withdraw_consent", ("objection",), "Werbung an meinen Sohn (16)", """Guten Abend,

mein Sohn Felix ist 16 und hat sich vor einiger Zeit bei Ihnen registriert, um eine Hängematte zu kaufen. Seitdem bekommt er fast täglich Werbe-Mails und Push-Nachrichten von Ihnen. Als Mutter bin ich damit nicht einverstanden.

Bitte melden Sie ihn vom Newsletter und allen Werbe-Mails ab. Außerdem möchte ich nicht, dass seine Daten an Ihre Werbepartner weitergegeben oder für Werbung in sozialen Netzwerken verwendet werden.

Danke
Claudia Neumann
""", "Claudia Neumann"),
    ],
    "es": [
        ("deletion", ("withdraw_consent",), "pedido tarde OTRA VEZ", """Hola, el pedido 66410 tenía que llegar el martes y estamos a viernes. Es la tercera vez que me pasa con vosotros. Mirad, devolvedme el dinero, borrad mi cuenta con todos mis datos y dejad de mandarme SMS con ofertas, que no quiero saber nada más de esta tienda.

Enviado desde mi iPhone""", "Raúl Jiménez"),
        ("correction", (), "Apellido mal escrito", """Buenas tardes:

En todas las facturas y en la tarjeta de fidelidad aparece mi nombre como «Maria Jose Munoz». Mi nombre correcto es María José Muñoz Ortega, con tildes, con eñe y con mi segundo apellido. Ya sé que aquí los teclados no lo ponen fácil, pero les agradecería que lo corrigieran en su sistema.

Un saludo,
María José Muñoz Ortega
""", "Maria Jose Munoz"),
        ("access", (), "Datos de mi madre fallecida", """Estimados señores:

Les escribo en relación con mi madre, D.ª Carmen Rodríguez Vidal, que falleció el pasado mes de febrero en Bruselas. Soy su hija y heredera (adjunto certificado de defunción y certificado de últimas voluntades).

Al revisar sus extractos bancarios hemos visto varios cargos de su tienda que no terminamos de entender. Antes de hacer nada más, quisiera saber qué datos tenían ustedes de ella: con qué cuenta o cuentas compraba, qué dirección y teléfono figuran y qué pedidos hizo en el último año.

Quedo a la espera de su respuesta.

Atentamente,
Lucía Fernández Rodríguez
""", "Lucía Fernández Rodríguez"),
        ("portability", (), "Purchase history", """Hola!! Necesito el historial de todas mis compras de 2024 en un archivo que se pueda abrir en Excel (csv o xlsx) para pasárselo a la gestoría, que tengo las compras del piso de alquiler mezcladas con las mías. Las facturas en PDF una a una no me sirven. ¿Se puede? Mi cuenta es pablo.navarro.bxl@gmail.com

Gracias!!""", "Pablo Navarro"),
        ("restriction", (), "Urgente - seguridad", """Hola,

Perdonad el rollo pero necesito que se entienda. Hace unos meses tuve que irme de casa por una situación de violencia de género y tengo una orden de alejamiento. Mi ex sabe que compro aquí (al principio teníamos la cuenta juntos) y me da miedo que intente averiguar mi dirección nueva llamando a atención al cliente.

No quiero borrar la cuenta porque tengo la garantía del conjunto de jardín y el pedido tiene que seguir constando. Lo que os pido es que bloqueéis mis datos: que se queden guardados, pero que no se usen para nada más y que no se le den a nadie, aunque llame alguien diciendo que es mi marido o mi hermano.

Solo contesto desde este correo.

Gracias de verdad,
Laura
""", "Laura G."),
        ("objection", (), "publicidad", """Buenos días,

Quiero dejar claro que no quiero que mis datos de compra se usen para enseñarme publicidad en Instagram, ni que se compartan con esas «empresas colaboradoras» que mencionan en la política de privacidad. Me opongo a ambas cosas. Los correos de los pedidos sí quiero seguir recibiéndolos, claro.

Por cierto, la tumbona llegó perfecta.

Saludos,
Javier Ortiz
""", "Javier Ortiz"),
        ("withdraw_consent", (), "Baja newsletter de mi abuela", """Hola, escribo por mi abuela, Pilar Sanz. Se apuntó a vuestra newsletter cuando le regalamos la tablet y ahora le llegan ofertas cada dos días y se agobia, piensa que tiene que comprar algo. ¿Podéis quitarla de los correos de publicidad? Su correo es pilarsanz1944@hotmail.com. La cuenta que se quede, alguna vez le pedimos cosas para las plantas.

Gracias,
Diego""", "Diego Sanz"),
        ("complaint", ("access",), "¿Quién les ha dado mi número?", """Me acaba de llamar una empresa de toldos diciendo que tienen mi número «a través de un colaborador de confianza», y cuando he insistido me han dicho el nombre de su tienda. Ese número de móvil solo se lo di a ustedes para la entrega.

Me parece una vergüenza que vendan los datos de sus clientes sin preguntar. Exijo saber a quién más se lo han pasado y qué datos exactamente. Pienso poner una reclamación ante la autoridad de protección de datos.

Rocío Blanco
""", "Rocío Blanco"),
        ("other", (), "Re: Su pedido 70931 ha sido enviado", """Hola, el paquete viene a nombre de mi marido porque el pedido lo hizo él desde su cuenta, pero está de viaje hasta el lunes. ¿Puedo recogerlo yo en el punto de recogida con mi DNI?
Gracias.
Ana Belén Castro""", "Ana Belén Castro"),
        ("other", (), "cambiar tarjeta", """Buenas, ¿cómo cambio la tarjeta de pago guardada en mi cuenta? La antigua caducó y al pagar siempre me sale esa por defecto, no encuentro dónde cambiarla. Un saludo""", "Marcos Gil"),
        ("automated", (), "Respuesta automática: RE: Su solicitud sobre los datos de D.ª Carmen Rodríguez Vidal", """Hola:

Estoy de vacaciones hasta el 2 de septiembre, sin acceso al correo. Contestaré a tu mensaje a mi vuelta.

Un saludo,
Lucía
""", "Lucía Fernández Rodríguez"),
        ("correction", ("withdraw_consent",), "nuevo email", """Hola, he cambiado de correo, el antiguo (sergio.molina@telefonica.net) lo voy a cerrar. ¿Podéis poner en mi cuenta el nuevo, sergio.molina.g@gmail.com? Y ya que estáis, quitadme de la newsletter, que no la leo nunca.
Gracias, Sergio""", "Sergio Molina"),
    ],
    "it": [
        ("access", ("restriction",), "Richiesta ex artt. 15 e 18 GDPR – Sig. Marco Bellini", """Spett.le Società,

scrivo in nome e per conto del mio assistito, Sig. Marco Bellini, nato a Genova il 03/07/1979 e residente a Bruxelles, Rue Haute 118, giusta procura che si allega.

Il mio assistito chiede di ricevere copia dei dati personali che lo riguardano trattati dalla Vostra società, unitamente alle informazioni relative alle finalità del trattamento, ai destinatari a cui i dati sono stati comunicati e al periodo di conservazione.

Chiede inoltre, essendo pendente una controversia con la Vostra società relativa all'ordine n. 2024-88120, che i suoi dati siano conservati ma che il loro trattamento sia limitato alla sola conservazione fino alla definizione della stessa.

Distinti saluti,

Avv. Giulia Ferraro
Foro di Milano
""", "Avv. Giulia Ferraro"),
        ("correction", (), "cambio indirizzo", """Buongiorno,

vi scrivo perché a marzo ci siamo trasferiti da Anderlecht a Waterloo: lunga storia, il padrone di casa ha venduto l'appartamento e abbiamo dovuto trovare qualcosa in fretta. Per fortuna stavolta con un giardino, quindi immagino che ci sentiremo spesso 🙂

L'indirizzo di consegna per l'ultimo ordine l'ho cambiato io, ma sulla tessera fedeltà e nei dati di fatturazione c'è ancora quello vecchio (Rue de la Clinique). Il nuovo è Chaussée de Bruxelles 254, 1410 Waterloo. Potete aggiornarlo voi dappertutto?

Grazie mille,
Francesca Russo
""", "Francesca Russo"),
        ("deletion", ("withdraw_consent",), "Mio padre", """Salve,

mio padre, Giuseppe Marino, è mancato a novembre. A casa sua continuano ad arrivare le vostre mail e le cartoline con gli sconti della tessera fedeltà, e mia madre ogni volta ci sta male.

Vi chiedo per favore di chiudere il suo account e cancellare i suoi dati, e di non mandare più niente a quel nome, né per posta né per email.

Grazie per la comprensione,
Antonella Marino
""", "Antonella Marino"),
        ("portability", (), "Dati in formato CSV", """Ciao, sto passando a un'app per gestire orto e giardino che importa gli acquisti (semi, concimi, attrezzi) da un file CSV o JSON. Mi potete mandare i dati del mio account e lo storico ordini in uno di questi formati? Grazie

Matteo Colombo

Inviato da Outlook per Android""", "Matteo Colombo"),
        ("restriction", (), "Non cancellate ancora niente", """Buongiorno,

la settimana scorsa vi avevo scritto per chiedere di cancellare il mio account. Vi chiedo di NON farlo per ora: ho aperto una contestazione con il corriere per il gazebo arrivato rotto (ordine 51177) e il mio avvocato dice che mi servono tutti i dati dell'ordine.

Quindi tenete i miei dati, ma finché la questione non è chiusa non usateli per nient'altro. Vi avviserò io quando potrete procedere con la cancellazione.

Cordiali saluti,
Roberto Gallo
""", "Roberto Gallo"),
        ("objection", (), "Pubblicità mirata", """Buonasera,
mi sono accorta che dopo ogni acquisto sul vostro sito mi arriva pubblicità praticamente identica su Facebook e su Google. Non voglio che i miei acquisti vengano analizzati a questo scopo né che i miei dati finiscano alle piattaforme pubblicitarie: mi oppongo. Per il resto continuo volentieri a comprare da voi.
Elena Ricci""", "Elena Ricci"),
        ("withdraw_consent", (), "", """toglietemi dalla newsletter per favore, arrivano troppe mail. grazie

Inviato da iPhone""", "Luca"),
        ("complaint", ("deletion",), "SOLLECITO - richiesta cancellazione del 3 maggio", """Buongiorno,

il 3 maggio ho chiesto la cancellazione del mio account e di tutti i miei dati. Sono passati due mesi, nessuna risposta, e la settimana scorsa ho pure ricevuto una vostra mail promozionale.

Vi chiedo di procedere subito con la cancellazione. Trovo il vostro comportamento scorretto e mi rivolgerò all'autorità belga per la protezione dei dati.

Sara De Luca
""", "Sara De Luca"),
        ("other", (), "pacco danneggiato", """Buongiorno, il vaso in terracotta dell'ordine 83390 è arrivato in tre pezzi. Allego le foto del pacco e del vaso. Se possibile preferisco la sostituzione al rimborso.
Grazie, Paolo Conti""", "Paolo Conti"),
        ("other", (), "Punti tessera non accreditati", """Salve,

per l'ordine 66120 (€ 189,90) non mi sono stati accreditati i punti sulla tessera fedeltà: nel mio profilo risultano ancora 420 punti, come prima dell'acquisto. Potete verificare? Numero tessera 6001 5502 7781.

Saluti,
Chiara Fontana
""", "Chiara Fontana"),
        ("automated", (), "Notifica di mancato recapito", """Questo è un messaggio generato automaticamente dal sistema di posta.

Non è stato possibile recapitare il messaggio ai seguenti destinatari:

giuseppe.marino52@libero.it
    550 5.1.1 Casella di posta inesistente o disattivata (user unknown)

Oggetto del messaggio originale: Re: Mio padre
Inviato: 14/01/2025 10:22
""", "Mail Delivery Subsystem"),
        ("deletion", (), "account di mia figlia minorenne", """Gentili signori,
mia figlia Giorgia ha 14 anni e si è registrata sul vostro sito senza chiedermelo, dichiarando di averne 18. Vi chiedo di eliminare il suo account e tutti i dati che avete su di lei (email giorgia.bianchi.09@gmail.com). Se vi serve una prova che sono la madre ditemi cosa devo mandare.
Cordialmente,
Silvia Bianchi""", "Silvia Bianchi"),
    ],
    "pt": [
        ("deletion", (), "Encomenda partida outra vez", """Boa tarde,

É a segunda vez que a encomenda me chega partida (desta vez o candeeiro solar, encomenda 47718). Já não tenho paciência. Devolvam-me o dinheiro e depois apaguem a minha conta e tudo o que têm sobre mim, que não volto a comprar aqui.

Cumprimentos,
Nuno Ferreira
""", "Nuno Ferreira"),
        ("correction", (), "Número de telemóvel errado", """Olá, a conta está em nome do meu marido (Rui Almeida) mas quem faz as encomendas sou eu. O número de telemóvel que lá está é o meu antigo, que já não existe, e por isso o estafeta nunca consegue ligar. O novo é +32 487 55 21 09. Podem atualizar? O Rui está em cópia e concorda.
Obrigada, Catarina""", "Catarina Almeida"),
        ("access", (), "Re: Bem-vindo / Welkom / Bienvenue", """Bom dia,

Recebi ontem uma SMS de uma empresa de piscinas que diz ser vossa parceira. Não estou zangado, mas fiquei curioso: que dados meus é que vocês têm, e a quem é que os passaram? Gostava de receber essa informação.

Obrigado,
Tiago Sousa
""", "Tiago Sousa"),
        ("portability", (), "meus dados em planilha", """Oi, tudo bem? Vocês conseguem me mandar meus dados e o histórico de pedidos num arquivo csv ou numa planilha? Quero guardar no meu computador tudo o que já comprei com vocês, num formato que eu consiga abrir no Excel e organizar. Valeu!
Bruna Carvalho

Enviado do meu iPhone""", "Bruna Carvalho"),
        ("restriction", (), "Conta da minha mãe – suspender", """Exmos. Senhores,

Sou filha e procuradora da Sra. Maria de Lurdes Pinto (procuração em anexo). A minha mãe foi internada há duas semanas e deverá ficar vários meses numa unidade de cuidados continuados.

Não quero fechar a conta dela, porque ainda tem uma garantia a decorrer e poderá voltar a usá-la. Mas peço que, a partir de agora e até novo aviso, os dados dela fiquem apenas guardados, sem qualquer outra utilização.

Com os melhores cumprimentos,
Helena Pinto
""", "Helena Pinto"),
        ("objection", ("withdraw_consent",), "parceiros e publicidade", """Boa noite,

Li a vossa política de privacidade e vi que partilham dados com «parceiros de marketing». Oponho-me a que os meus dados sejam partilhados com esses parceiros ou usados para publicidade personalizada. E já agora, tirem-me também da newsletter.

Joana Marques
""", "Joana Marques"),
        ("withdraw_consent", (), "o meu filho", """Bom dia, o meu filho de 12 anos inscreveu-se na vossa newsletter para entrar no sorteio de um trampolim. Não tem idade para isso e eu não autorizo. Por favor deixem de lhe enviar os emails: goncalo.reis.2013@gmail.com.
Obrigado, Pedro Reis""", "Pedro Reis"),
        ("complaint", ("access",), "Recebi a fatura de outra pessoa", """Boa tarde,

Na caixa da minha encomenda vinha a fatura de outro cliente, com nome, morada completa e NIF. Isto é grave. Se a fatura dele veio parar a minha casa, a minha pode perfeitamente ter ido parar a casa de um desconhecido.

Quero saber se os meus dados também foram enviados a outra pessoa e, se sim, quais. Espero uma explicação.

Ana Rita Lopes
""", "Ana Rita Lopes"),
        ("other", (), "Alterar morada de entrega", """Olá, é possível alterar a morada de entrega da encomenda 58820 para o meu local de trabalho? Rue de Hollerich 12, L-1741 Luxemburgo, 2.º andar. A morada da conta pode ficar igual. Obrigado!
Vítor Martins""", "Vítor Martins"),
        ("other", (), "não consigo entrar", """Boa tarde, não consigo entrar na minha conta, diz que a palavra-passe está errada e o email de recuperação nunca chega (já vi no spam). Tenho uma encomenda para acompanhar. Podem ajudar?
Manuel Costa""", "Manuel Costa"),
        ("automated", (), "Confirmação de receção do seu pedido [DECO#4471920]", """Caro(a) associado(a),

Confirmamos a receção da sua mensagem, à qual foi atribuído o número de processo 4471920.

A sua questão será analisada pela nossa equipa de apoio jurídico e receberá uma resposta no prazo de 10 dias úteis.

Por favor, não responda a esta mensagem. Trata-se de um envio automático.

DECO PROteste – Apoio ao Associado
""", "DECO PROteste"),
        ("access", ("deletion",), "Conta do meu pai (falecido)", """Bom dia,

O meu pai, Armando Teixeira, faleceu em dezembro. Sou o cabeça de casal da herança. Ele tinha conta convosco (armando.teixeira@sapo.pt).

Antes de mais, gostaria de receber uma cópia dos dados e das encomendas associados à conta, porque preciso de perceber umas compras para as partilhas. Depois disso, peço que apaguem tudo.

Cumprimentos,
Ricardo Teixeira
""", "Ricardo Teixeira"),
    ],
}

"""Thirty-seventh set, people writing about money, payments and their data (en nl fr de es it pt). Written apart from the rules (see make_thirtyseventh.py)."""

PEOPLE_HA = {
    "en": [
        ("access", (),
         "Refused for pay-in-3 - what did the credit check say?",
         """Hello,

On 19 October I tried to buy a dishwasher on your website using the "pay in 3 instalments" option. Within a few seconds the screen said my application "could not be accepted" and offered to let me pay in full instead.

I have never missed a payment in my life, so I would like to understand this. Could you please tell me:
- which credit reference agency or database you checked me against
- what they reported back about me
- what other information from my customer account you used, and whether anyone actually looked at it or it was fully automatic

If there is a record of this check in your systems, I would like a copy of it.

Kind regards,
Gareth Pryce""",
         "Gareth Pryce"),

        ("correction", (),
         "Invoices - wrong VAT number and name",
         """Hi,

I buy for my small business through my account on your site (customer no. 4402918). I've just noticed that the last three invoices (INV-26-0093311, -0095870 and -0101442) show our VAT number as BE 0712.345.678. It should be BE 0721.345.678 - two digits swapped, probably my typo when I signed up. My surname is also misspelt as "Hollins", it's Hollis.

Can you fix both on the account and reissue those three invoices? My accountant won't accept them as they are.

Thanks,
Rachel Hollis
Hollis Interiors""",
         "Rachel Hollis"),

        ("deletion", ("withdraw_consent",),
         "card saved without my permission",
         """Went to check out yesterday and your site showed "Pay with Visa **** 4417". I never asked you to keep my card, I'm pretty sure I unticked that box.

Please delete the card from my account and confirm when it's done. And take me off your marketing emails while you're at it, I get three a week.

Tom Ashworth""",
         "Tom Ashworth"),

        ("portability", (),
         "Order history as a spreadsheet?",
         """Hi there,

I've started using a budgeting app (YNAB) and I'm trying to get my spending from the last couple of years into it. Quite a lot of it is with you - online orders plus loyalty card purchases in the Ghent store.

Is it possible to get my full purchase history as a CSV or Excel file? Date, what I bought, amount and payment method would be perfect. The "My orders" page only shows it on screen, ten at a time, and copying two years of that by hand isn't realistic.

Thanks a lot!
Priya""",
         "Priya Raman"),

        ("restriction", ("access",),
         "Invoice 2026-118842 - disputed, stop passing my details to the collection agency",
         """Dear Sir or Madam,

I am writing about invoice 2026-118842 (EUR 249.99, order 7734021). I returned the goods on 2 October 2026 by bpost, tracking number 3232 8890 1145 6670 BE, and I have your e-mail of 6 October confirming that you received the return. The invoice should have been cancelled.

Instead I have now received two letters from "Fairpay Collect" claiming the full amount plus EUR 45 in costs.

I have disputed this with your customer service (ticket 558120). Until that dispute is resolved, I ask that you do not use my personal data to collect this amount and that you do not pass any further information about me to Fairpay Collect or anyone else. Keep my data as it is, by all means, but do not use it for this.

I would also like to know exactly which of my details you sent to Fairpay Collect, and when.

Yours faithfully,
Daniel O'Connor""",
         "Daniel O'Connor"),

        ("objection", (),
         "Klarna banners",
         """Every single time I open your app now there's a "Spread the cost of your next purchase!" banner, and your emails have started telling me how much I "could afford per month". I have never once asked about credit. I don't know what you're working that out from, but I can guess: my purchase history.

I object to you using my data to profile me for credit and finance offers. Please stop.

M. Kelly""",
         "Margaret Kelly"),

        ("complaint", ("deletion",),
         "Refund sent to a stranger's bank account??",
         """I am absolutely furious.

I returned a coat (order 7801156, EUR 86.40) and was waiting for my refund. Today I got an e-mail from you saying the refund "has been transferred to J. WHITFIELD, account ending 3381". That is not me and not my account. When I phoned, your colleague confirmed the money had gone to that account and then READ OUT the full IBAN and the other person's name to me.

So: someone else's bank details are attached to my order, my money has gone to them, they have probably had an e-mail with my name and order on it too, and your staff hand out strangers' bank details over the phone. How is any of this acceptable?

I want to know how this happened and what you are doing about it. And once my refund is sorted, remove every payment detail you hold about me. I'll be paying cash in the store from now on.

Sarah Bennett""",
         "Sarah Bennett"),

        ("other", (),
         "Refund still not received - order 7769004",
         """Hi,

I sent back a pair of trainers from order 7769004 on 14 October and got the email saying you'd received them on the 17th. My account now says "Refund processed" but nothing has turned up on my Mastercard yet, and it's been almost three weeks.

Could someone check where it is? The amount should be EUR 119.95.

Cheers,
Liam Doherty""",
         "Liam Doherty"),

        ("other", (),
         "Copy of invoice needed",
         """Hello, I accidentally deleted the email with the invoice for order 7812230 (the office chair, 4 November). Could you send me another copy? It's for an expenses claim at work.
Many thanks
Helen""",
         "Helen Carter"),

        ("other", (),
         "Charged twice",
         """Hi

My bank account shows two payments of EUR 59.90 to Shop Example on 3 November but I only placed one order (7815547), and only one order shows in my account on your site. The payment page froze the first time so I entered my card details again - I think that's what happened.

Can you refund the second payment?

Thanks
Olu Adeyemi""",
         "Oluwaseun Adeyemi"),
    ],

    "nl": [
        ("correction", (),
         "Oud rekeningnummer nog altijd in mijn klantenprofiel",
         """Goedemorgen,

Mijn terugbetaling voor bestelling 7790312 (EUR 64,99) is blijkbaar gestort op mijn oude rekening bij Belfius, die ik in juli heb afgesloten. De bank heeft het bedrag ondertussen teruggestuurd, zie ik.

In mijn klantenprofiel staat dus nog altijd dat oude rekeningnummer, en ik kan het zelf nergens aanpassen. Mijn huidige rekening is BE68 5390 0754 7034 (Argenta, op naam van Sofie Vermeulen). Kunnen jullie dat aanpassen, zodat het bedrag deze keer wel op de juiste rekening komt?

Met vriendelijke groeten,
Sofie Vermeulen""",
         "Sofie Vermeulen"),

        ("deletion", ("restriction",),
         "RE: Uw verzoek tot verwijdering van gegevens",
         """Geachte,

Bedankt voor uw antwoord van 21 oktober. U schrijft dat u mijn gegevens niet kunt wissen omdat u facturen zeven jaar moet bijhouden voor de boekhouding.

Dat begrijp ik, maar dat geldt toch enkel voor de facturen zelf? Ik vraag dus opnieuw om al de rest te verwijderen: mijn online account, mijn klantenkaart en de punten, mijn opgeslagen adressen, mijn verlanglijstje, de koppeling met Bancontact en alles wat u over mijn surfgedrag of aankoopvoorkeuren bijhoudt.

De facturen mag u bewaren zolang de wet dat vraagt, maar dan ook enkel daarvoor: niet voor reclame, niet voor analyses, nergens anders voor.

Graag een bevestiging wanneer dit gebeurd is.

Met vriendelijke groet,
Wim De Smet""",
         "Wim De Smet"),

        ("portability", (),
         "export aankopen klantenkaart",
         """Hallo,

Ik hou sinds kort mijn budget bij in een app en zou daar graag al mijn aankopen bij jullie in zetten (webshop en in de winkel met mijn klantenkaart 2100 4471 9382), vanaf begin 2025. Kunnen jullie die bezorgen in een bestand dat ik kan inladen, csv of Excel? Met datum, bedrag, winkel en wat ik gekocht heb.

In de app kan je enkel de laatste 20 kasticketjes bekijken, vandaar.

Alvast bedankt!
Lotte""",
         "Lotte Peeters"),

        ("restriction", ("objection",),
         "Betwiste factuur 2026-120377 - incassobureau",
         """Goeiedag,

Op 8 september heb ik een tuinset besteld (bestelling 7701845, EUR 389,00). Die is nooit geleverd: volgens de track & trace is het pakket "afgeleverd bij de buren", maar geen enkele buur heeft iets gekregen. Ik heb dat op 16 september gemeld en sindsdien niets meer gehoord.

Vandaag krijg ik een brief van incassobureau Vandenbroucke & Partners met de vraag om EUR 389,00 plus EUR 60,00 kosten te betalen.

Ik betwist deze factuur. Zolang het onderzoek naar het pakket loopt, vraag ik dat jullie het dossier bevriezen en mijn gegevens niet meer gebruiken om dit bedrag in te vorderen. Daarnaast teken ik bezwaar aan tegen het doorgeven van mijn gegevens aan dat incassobureau: ik heb nooit geweigerd te betalen, ik heb gewoon niets ontvangen.

Met vriendelijke groeten,
Kevin Janssens
Mechelen""",
         "Kevin Janssens"),

        ("objection", (),
         "Delen van gegevens met financieringspartner",
         """Beste,

In jullie nieuwe privacyverklaring (versie van 1 oktober 2026) staat dat jullie klantgegevens delen met "geselecteerde financiele partners" om "gepersonaliseerde financieringsvoorstellen" te kunnen doen. Sindsdien krijg ik inderdaad brieven van een kredietmaatschappij die mij een "vooraf goedgekeurde" lening aanbiedt voor mijn volgende aankoop bij jullie.

Daar ben ik het niet mee eens. Ik maak bezwaar tegen het delen van mijn gegevens met die partners en tegen het gebruik van mijn aankoopgeschiedenis om zulke voorstellen voor mij op te stellen.

Hilde Claes""",
         "Hilde Claes"),

        ("withdraw_consent", (),
         "geen sms meer aub",
         """Hallo, ik heb ooit aan de kassa mijn gsm-nummer gegeven voor de promo's, maar nu krijg ik elke week een sms over "nu kopen, later betalen". Ik wil geen sms'en meer van jullie krijgen. Bedankt.
Nathalie""",
         "Nathalie Wouters"),

        ("complaint", ("access",),
         "Incassobureau belt naar mijn werk!!",
         """Dit kan echt niet.

Er stond nog een factuur van EUR 47,50 open, dat geef ik toe, die was ik vergeten en ze is ondertussen betaald. Maar gisteren belde een incassobureau naar het onthaal van mijn werk, vroeg naar mij met naam en toenaam en zei tegen mijn collega dat het ging "over een openstaande schuld bij Shop Example".

Dat vaste nummer van mijn werk heb ik maar een keer ooit aan iemand gegeven: aan jullie, als contactnummer voor de levering van een kast in 2024. Jullie hebben het dus doorgegeven.

Ik wil weten welke gegevens van mij jullie aan dat bureau bezorgd hebben, en wanneer. En ik wil uitleg waarom een nummer dat ik voor een levering gaf gebruikt wordt om mij op mijn werk in verlegenheid te brengen. Als ik binnen de maand geen fatsoenlijk antwoord heb, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Bart Van den Broeck""",
         "Bart Van den Broeck"),

        ("other", (),
         "Twee keer betaald met Bancontact",
         """Hallo,

Bij het afrekenen van mijn bestelling van zaterdag (7818820) liep de betaling met Bancontact vast, dus ik heb het opnieuw geprobeerd. Nu zie ik op mijn rekening dat er twee keer EUR 142,30 is afgehouden. Kunnen jullie een van de twee terugstorten?

Mvg,
Jens Maes""",
         "Jens Maes"),

        ("other", (),
         "Leveringsadres aanpassen bestelling 7820034",
         """Goeiemiddag,

Ik heb gisteren een bestelling geplaatst (7820034) en volgens de site is die nog niet verzonden. Zou het nog kunnen dat die naar het adres van mijn ouders geleverd wordt in plaats van naar mijn eigen adres? Ik ben de komende twee weken niet thuis.

Het gaat om: Kerkstraat 14, 9240 Zele. Enkel voor deze bestelling, mijn gewone adres in mijn account mag blijven staan.

Bedankt!
Elke Goossens""",
         "Elke Goossens"),

        ("other", (),
         "saldo cadeaukaart",
         """Dag,

Ik kreeg voor mijn verjaardag een cadeaukaart van jullie winkel. Gisteren wou ik ermee betalen in Hasselt, maar de kassa gaf aan dat de gegevens op de kaart niet gelezen konden worden. Kunnen jullie nakijken hoeveel er nog op staat? Het nummer is 6034 1182 7750 2291.

En als de kaart kapot is, kan het saldo dan op een nieuwe kaart gezet worden?

Groetjes,
Ine Hermans""",
         "Ine Hermans"),
    ],

    "fr": [
        ("access", ("objection",),
         "Refus de paiement en 3 fois - sur quelle base ?",
         """Madame, Monsieur,

Le 27 octobre, j'ai voulu régler une commande de 612 EUR (un réfrigérateur) en trois fois via votre site. La demande a été refusée en quelques secondes, avec pour seul message « Votre demande ne peut aboutir pour le moment ».

Je suis cliente chez vous depuis plus de six ans, je n'ai jamais eu le moindre impayé, et je voudrais comprendre. Je vous demande donc de m'indiquer quelles données me concernant ont été utilisées pour cette décision, si elle a été prise de façon entièrement automatique et selon quelle logique, et si vous avez consulté un organisme extérieur (la Centrale des crédits aux particuliers ou autre). Je souhaite recevoir une copie de ces informations.

Par ailleurs, je m'oppose à ce que mon historique d'achats serve à calculer un quelconque « score » de solvabilité.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Dumont""",
         "Isabelle Dumont"),

        ("deletion", (),
         "Fermeture de mon compte suite à la fraude",
         """Bonjour,

Le mois passé, quelqu'un a utilisé ma carte de crédit pour passer deux commandes sur votre site (980 EUR au total). Ma banque a bloqué la carte et m'a remboursée, l'affaire est close de ce côté-là.

Mais je n'ai plus du tout confiance. Je vous demande de fermer mon compte client et d'effacer toutes les données que vous avez sur moi : carte enregistrée, adresses, historique, carte de fidélité, tout.

Merci de me confirmer la suppression par écrit.

Anne-Sophie Delvaux""",
         "Anne-Sophie Delvaux"),

        ("portability", (),
         "Export de mes données",
         """Bonjour,

Je change d'enseigne pour mes achats et je voudrais récupérer les données liées à mon compte et à ma carte de fidélité : historique des achats en ligne et en magasin, montants, dates, points cumulés. Est-il possible de les recevoir dans un fichier exploitable (CSV ou JSON), et pas en PDF ? Je compte les importer dans mon logiciel de gestion de budget.

D'avance merci,
Julien Lambert""",
         "Julien Lambert"),

        ("restriction", (),
         "Impayé de 312 EUR que je conteste",
         """Bonjour,

En consultant mon compte client, je vois qu'un « solde impayé » de 312,00 EUR est inscrit à mon nom, lié à la commande 7688412 de fin août. Or cette commande a été annulée le jour même et je n'ai jamais été débitée (j'ai vérifié mes extraits de compte, je peux vous les envoyer).

Je conteste l'exactitude de cette information. Tant que vous ne l'avez pas vérifiée, je vous demande de la geler : ne l'utilisez pas, ne la transmettez à personne (ni à un bureau de recouvrement, ni à un fichier de crédit) et ne me refusez pas le paiement par carte à cause d'elle. Ne l'effacez pas non plus en douce : je veux pouvoir comprendre d'où elle vient.

Cordialement,
Nadia Benali""",
         "Nadia Benali"),

        ("objection", ("withdraw_consent", "access"),
         "Transmission de mes données à Crédi-Flex",
         """Bonjour,

Depuis septembre, je reçois des courriers et des mails de la société Crédi-Flex qui me propose un « crédit renouvelable Shop Example », avec mes nom et adresse et même le montant de mes derniers achats chez vous. Je n'ai jamais rien demandé à cette société.

Je m'oppose formellement à ce que vous transmettiez mes données à Crédi-Flex ou à tout autre partenaire financier. Je veux aussi savoir précisément quelles données vous leur avez communiquées et depuis quand.

Et tant qu'à faire, retirez-moi de votre liste d'envoi : je ne veux plus de vos mails promotionnels.

Philippe Renard""",
         "Philippe Renard"),

        ("withdraw_consent", (),
         "Désabonnement",
         """Bonjour,
Merci de me désabonner de tout : newsletter, SMS, notifications de l'appli. Je ne veux plus entendre parler de vos offres « payez en 4 fois sans frais ».
Chantal Leroy""",
         "Chantal Leroy"),

        ("complaint", ("correction",),
         "Mes tickets de caisse envoyés à mon ex-mari",
         """Madame, Monsieur,

Depuis notre séparation, j'ai modifié mon adresse e-mail dans mon compte client (en mai 2026). Le site affiche bien la nouvelle adresse. Pourtant, les tickets de caisse électroniques de mes achats en magasin continuent d'arriver sur l'ancienne, une boîte commune que mon ex-mari consulte toujours. Il s'est même permis des remarques sur ce que j'avais acheté et sur ce que j'avais dépensé.

Je trouve cela extrêmement grave. C'est ma vie privée, et dans ma situation ce n'est pas anodin du tout. J'attends une explication. Apparemment ma carte de fidélité est restée liée à l'ancienne adresse : corrigez-la pour que mes tickets soient désormais envoyés uniquement à la nouvelle (v.martin.1979@example.be).

Véronique Martin""",
         "Véronique Martin"),

        ("other", (),
         "Remboursement toujours pas reçu",
         """Bonjour,

J'ai renvoyé ma commande 7790055 (un aspirateur qui ne fonctionnait pas) le 12 octobre. Vous l'avez reçue le 15, j'ai eu le mail de confirmation. Depuis, rien. J'avais payé par Bancontact, 229 EUR. Pourriez-vous vérifier ce qui se passe ? Ça fait bientôt un mois.

Merci,
Marc Dubois""",
         "Marc Dubois"),

        ("other", (),
         "Question moyens de paiement",
         """Bonjour,

Est-ce que vous acceptez Payconiq en magasin ? Et sur le site, est-il possible de payer par virement plutôt que par carte ? Je préfère ne pas encoder mes données de carte en ligne.

Bonne journée,
Sylvie Lemaire""",
         "Sylvie Lemaire"),

        ("other", (),
         "Duplicata de factures pour ma comptable",
         """Bonjour,

Ma comptable me demande les factures de mes achats de mars et avril 2026 (commandes 7523310, 7531987 et 7540021) pour ma déclaration d'indépendant. Dans mon compte client, je ne peux télécharger que celles des trois derniers mois. Pourriez-vous me les envoyer en PDF ?

Merci beaucoup,
Thierry Collard""",
         "Thierry Collard"),
    ],

    "de": [
        ("access", (),
         "Auskunft zur Bonitätsprüfung beim Ratenkauf",
         """Sehr geehrte Damen und Herren,

am 22.10.2026 wollte ich in Ihrem Onlineshop einen Fernseher (1.299 EUR) per Ratenkauf bezahlen. Vorher wurde eine Bonitätsprüfung durchgeführt, und der Ratenkauf wurde abgelehnt.

Ich bitte um Auskunft, welche Auskunftei Sie dafür angefragt haben, welche Daten über mich Sie dorthin übermittelt haben und welche Informationen (insbesondere Score-Werte) Sie zurückbekommen haben. Bitte teilen Sie mir außerdem mit, wie lange Sie das Ergebnis dieser Prüfung speichern.

Mit freundlichen Grüßen
Stefan Krüger""",
         "Stefan Krüger"),

        ("correction", (),
         "Namensänderung - Rechnungen",
         """Hallo,

ich habe im September geheiratet und heiße jetzt Lena Weber (vorher Hoffmann). In meinem Kundenkonto steht noch der alte Name und deshalb auch auf allen Rechnungen. Mein Arbeitgeber erstattet mir einen Teil der Homeoffice-Ausstattung, braucht dafür aber Rechnungen auf meinen aktuellen Namen.

Können Sie den Namen im Konto ändern? Selbst komme ich an das Feld nicht ran, es ist ausgegraut. Die Rechnung für Bestellung 7809911 (Schreibtischstuhl) bräuchte ich dann bitte neu ausgestellt.

Viele Grüße
Lena Weber""",
         "Lena Weber"),

        ("portability", ("access",),
         "Datenexport Kaufhistorie (Art. 20 DSGVO)",
         """Guten Tag,

bitte stellen Sie mir meine bei Ihnen gespeicherte Kaufhistorie (Onlineshop und Filialeinkäufe mit Kundenkarte) inklusive Datum, Artikel, Betrag und Zahlungsart in einem strukturierten, maschinenlesbaren Format zur Verfügung - CSV oder JSON, kein PDF. Ich möchte die Daten in meine Haushaltsbuch-App übernehmen.

Außerdem hätte ich gern gewusst, wie lange Sie diese Einkaufsdaten grundsätzlich aufbewahren.

Danke und Gruß
Jonas Becker""",
         "Jonas Becker"),

        ("restriction", (),
         "Rechnung 2026-117650 bestritten - keine Weitergabe",
         """Sehr geehrte Damen und Herren,

die Rechnung 2026-117650 über 176,40 EUR habe ich nicht bezahlt, weil die gelieferte Ware (Bestellung 7742208) beschädigt war. Ich habe das am 30.09. mit Fotos gemeldet, Ihr Kundenservice hat eine Prüfung zugesagt. Trotzdem kam jetzt eine zweite Mahnung mit dem Hinweis, der Vorgang werde "an ein Inkassounternehmen übergeben und gegebenenfalls einer Auskunftei gemeldet".

Bis die Reklamation geklärt ist, verlange ich, dass die Verarbeitung meiner Daten in dieser Sache eingeschränkt wird: keine Übergabe an ein Inkassobüro, keine Meldung an die SCHUFA oder eine andere Auskunftei. Löschen sollen Sie nichts, aber eben auch nichts weitergeben.

Mit freundlichen Grüßen
Michael Wagner""",
         "Michael Wagner"),

        ("objection", (),
         "Widerspruch - Weitergabe an Ihren Finanzierungspartner",
         """Sehr geehrtes Team,

seit ich im Sommer einmal bei Ihnen auf Raten gekauft habe, bekomme ich Werbung von Ihrem Finanzierungspartner, in der ausdrücklich auf meine "Einkäufe bei Shop Example" Bezug genommen wird. Offenbar geben Sie meine Daten zu Werbezwecken weiter.

Dem widerspreche ich hiermit. Ich möchte weder, dass meine Daten an Partner für deren Werbung weitergegeben werden, noch dass Sie auf Grundlage meiner Käufe Finanzierungsangebote für mich zuschneiden.

Renate Vogel""",
         "Renate Vogel"),

        ("withdraw_consent", ("deletion",),
         "Abmeldung Newsletter + SMS",
         """Hallo,

bitte melden Sie mich vom Newsletter ab und schicken Sie mir auch keine SMS mehr. Meine Handynummer hatte ich nur für das Gewinnspiel im Frühjahr angegeben, bitte löschen Sie sie.

Danke
Sabine Hartmann""",
         "Sabine Hartmann"),

        ("complaint", (),
         "Zahlungserinnerung an meine alte Adresse - mit allen Details",
         """Sehr geehrte Damen und Herren,

ich bin im August umgezogen und habe meine neue Anschrift sofort in meinem Kundenkonto eingetragen. Gestern hat mich die neue Mieterin meiner alten Wohnung angerufen: Bei ihr ist ein Brief von Ihnen angekommen, den sie geöffnet hat, weil sie dachte, er sei für sie. Darin: eine Zahlungserinnerung mit meinem Namen, dem angeblich offenen Betrag von 83,20 EUR, der Bestellnummer und der Liste der bestellten Artikel.

Abgesehen davon, dass die Rechnung längst bezahlt ist (Überweisung vom 14.10.), finde ich es inakzeptabel, dass Sie Mahnungen an eine Adresse schicken, die seit Monaten nicht mehr stimmt, und eine fremde Person so von meinen Einkäufen und angeblichen Schulden erfährt. Ich erwarte eine Erklärung, wie das passieren konnte. Sollte das noch einmal vorkommen, wende ich mich an die Datenschutzbehörde.

Thomas Neumann""",
         "Thomas Neumann"),

        ("other", (),
         "Kauf auf Rechnung?",
         """Guten Tag,

ich würde gern den Gartengrill (Art.-Nr. 448120) bestellen, habe aber keine Kreditkarte und möchte meine Kontodaten auch nicht bei irgendeinem Zahlungsdienst hinterlegen. Bieten Sie Kauf auf Rechnung oder Vorkasse per Überweisung an? Und geht das auch bei Lieferung nach Aachen?

Freundliche Grüße
Gerhard Schulz""",
         "Gerhard Schulz"),

        ("other", (),
         "Zahlungserinnerung trotz Zahlung - Rechnung 2026-121904",
         """Hallo,

heute kam eine Zahlungserinnerung für die Rechnung 2026-121904 über 54,95 EUR. Die habe ich am 20.10. überwiesen, mit der Rechnungsnummer als Verwendungszweck. Der Kontoauszug hängt an. Können Sie das bitte in Ihrer Buchhaltung prüfen und die Mahnung stornieren?

Danke
Claudia Fischer""",
         "Claudia Fischer"),

        ("other", (),
         "Erstattung als Gutschein statt aufs Konto?",
         """Guten Tag,

ich habe meine Bestellung 7808713 (Kaffeevollautomat, 499 EUR) storniert. Statt einer Erstattung habe ich jetzt einen Gutschein über den Betrag in meinem Kundenkonto. Ich hatte aber per Kreditkarte bezahlt und möchte das Geld bitte auf die Karte zurück. Können Sie den Gutschein entfernen und den Betrag erstatten?

Mit freundlichen Grüßen
Frank Richter""",
         "Frank Richter"),
    ],

    "es": [
        ("access", (),
         "¿Qué datos míos le han pasado a Klarna?",
         """Buenas tardes:

El mes pasado intenté pagar un pedido a plazos con Klarna desde su web y me lo rechazaron. Al preguntar a Klarna, me dicen que en la valoración "también se tiene en cuenta información facilitada por el comercio".

Así que se lo pregunto a ustedes: ¿qué información sobre mí le han enviado a Klarna? (historial de compras, devoluciones, impagos, lo que sea). Quiero una copia de todos los datos personales que tienen sobre mí y saber con qué otras empresas los comparten.

Un saludo,
Alberto Castillo""",
         "Alberto Castillo"),

        ("correction", (),
         "Los tickets me llegan a un correo que ya no uso",
         """Hola:

Desde hace un par de meses los tickets de las compras en tienda y las facturas de la web me llegan a mi antiguo correo del trabajo, que ya no miro (dejé esa empresa). El correo bueno es lucia.fdez@example.es. En el perfil de la web ya lo cambié, pero parece que la tarjeta de socio sigue asociada al antiguo. ¿Pueden actualizarlo para que todo me llegue al nuevo?

Gracias,
Lucía Fernández""",
         "Lucía Fernández"),

        ("deletion", (),
         "Borrar mi cuenta (sí, ya sé lo de las facturas)",
         """Hola,

Quiero darme de baja del todo y que borren mis datos. Ya me imagino la respuesta: que las facturas tienen que guardarlas unos años por Hacienda. Vale, eso lo entiendo. Pero el resto lo quiero fuera: la cuenta de la web, la tarjeta que dejé guardada, la cuenta de Klarna que vinculé para pagar a plazos, las direcciones, el historial y la tarjeta de puntos.

Espero confirmación.

Javier Moreno""",
         "Javier Moreno"),

        ("restriction", (),
         "Compras fraudulentas con mi tarjeta - no borren nada",
         """Buenos días:

El 30 de octubre alguien hizo dos compras en su web con mi tarjeta Visa (pedidos 7799314 y 7799320, de 318 EUR y 74,50 EUR). Esos pedidos no los hice yo. Ya lo denuncié a la policía y mi banco ha abierto una reclamación.

En la comisaría me dicen que les pedirán a ustedes los datos de esos pedidos. Su política de privacidad dice que los datos de pago se borran a los 30 días, así que les pido por favor que no eliminen nada de lo relacionado con esos pedidos ni con mis datos de pago: consérvenlo hasta que termine la investigación y, mientras tanto, no lo usen para ninguna otra cosa.

Gracias de antemano,
Carmen Ruiz""",
         "Carmen Ruiz"),

        ("objection", ("withdraw_consent",),
         "No quiero que usen mis compras para ofrecerme financiación",
         """Hola,

Últimamente en cada correo suyo y cada vez que abro la app me sale "Financia tu próxima compra en 12 meses", con cuotas calculadas según lo que suelo gastar. No me hace ninguna gracia que analicen mis compras para eso.

Me opongo a que utilicen mis datos de compra para hacerme perfiles o para ofrecerme crédito. Y ya puestos, no quiero recibir más correos publicitarios suyos.

Alejandro Gómez""",
         "Alejandro Gómez"),

        ("withdraw_consent", (),
         "baja sms y notificaciones",
         """Buenas, por favor quitadme de los SMS y de las notificaciones de la app. Me llegan todos los días avisos de "paga en 3 plazos sin intereses" y estoy harta. Gracias.
Marta""",
         "Marta Sánchez"),

        ("complaint", ("access",),
         "Me han enviado la factura de otra persona",
         """Buenas tardes:

En el paquete del pedido 7810442 venía, además de mi factura, la de otro cliente: nombre, dirección en Anderlecht, lo que compró y los últimos cuatro dígitos de su tarjeta. No voy a hacer nada con ella, por supuesto, pero me preocupa muchísimo: si a mí me llega la factura de otro, ¿a quién le ha llegado la mía?

Quiero que me digan si mis datos (mis facturas, mi dirección, mis datos de pago) se han enviado por error a otra persona, y qué medidas van a tomar. Me parece un fallo grave. La factura del otro cliente la tengo aquí; díganme qué hago con ella.

Raúl Navarro""",
         "Raúl Navarro"),

        ("other", (),
         "Reembolso de un artículo eliminado del pedido",
         """Hola:

Hice el pedido 7815102 con tres artículos y me escribieron que uno de ellos (la lámpara) no tenía stock y que lo habían eliminado del pedido. Los otros dos me llegaron bien, pero me cobraron el importe completo: 187,85 EUR en vez de 148,90 EUR. ¿Cuándo me devuelven la diferencia?

Saludos,
Pilar Ortega""",
         "Pilar Ortega"),

        ("other", (),
         "Pago a plazos en tienda",
         """Hola, una consulta: ¿en las tiendas físicas también se puede pagar a plazos, o solo en la web? Quiero comprar una lavadora en la tienda de Bruselas y prefiero verla antes. Gracias.
Diego Herrera""",
         "Diego Herrera"),

        ("other", (),
         "Saldo tarjeta regalo",
         """Buenas:

Tengo una tarjeta regalo de 50 EUR y al intentar usarla en la web me sale "Los datos de la tarjeta no son correctos". He comprobado el número y el PIN tres veces. ¿Me pueden decir si la tarjeta está activada y cuánto saldo le queda? El número es 6034 1190 4482 1175.

Gracias,
Irene Vidal""",
         "Irene Vidal"),
    ],

    "it": [
        ("access", (),
         "Quali dati di pagamento conservate?",
         """Buongiorno,

al momento del pagamento sul vostro sito mi è stata proposta una Mastercard che ho chiuso più di un anno fa. Quindi conservate i miei dati di pagamento anche quando non li uso più.

Vi chiedo di farmi sapere esattamente quali dati di pagamento avete su di me (carte, IBAN, conti PayPal o altro), da quando li avete, per quanto tempo intendete conservarli e a chi li comunicate (banche, società di pagamento, ecc.).

Cordiali saluti,
Alessandro Romano""",
         "Alessandro Romano"),

        ("correction", (),
         "Data di nascita sbagliata - non riesco a pagare a rate",
         """Salve,

sono giorni che provo a pagare a rate un ordine (un portatile da 899 EUR), ma la società di pagamento lo rifiuta sempre dicendo che "il titolare deve essere maggiorenne". Ho controllato il mio profilo: come data di nascita risulta 14/03/2009. Io sono nata il 14/03/1990, evidentemente c'è stato un errore quando mi sono registrata.

Dal profilo non si può modificare. Potete correggerla voi?

Grazie,
Giulia Rossi""",
         "Giulia Rossi"),

        ("deletion", ("withdraw_consent",),
         "Cancellazione IBAN e carta salvati",
         """Buonasera,

l'anno scorso vi avevo comunicato il mio IBAN per ricevere un rimborso. Il rimborso è arrivato, ma vedo che l'IBAN è ancora salvato nel mio profilo, insieme a una carta di credito che non ricordo di avervi chiesto di memorizzare.

Vi chiedo di cancellare sia l'IBAN sia la carta. Già che ci siete, toglietemi dalla newsletter: tanto non la leggo mai.

Marco Bianchi""",
         "Marco Bianchi"),

        ("portability", ("deletion",),
         "Richiesta dei miei dati in formato CSV",
         """Gentili signori,

vorrei ricevere una copia dei miei dati in un formato leggibile da computer (CSV, JSON o Excel): storico degli acquisti online e in negozio, importi, metodi di pagamento utilizzati e saldo punti della carta fedeltà. Mi servono per il programma che uso per la contabilità di casa.

Una volta ricevuto il file, vi prego di chiudere il mio account e di cancellare i miei dati.

Distinti saluti,
Francesca Conti""",
         "Francesca Conti"),

        ("objection", (),
         "Debito saldato - basta comunicare i miei dati all'agenzia",
         """Buongiorno,

a settembre la vostra fattura n. 2026-109874 (212,00 EUR) è stata affidata all'agenzia di recupero crediti Credicomm. Ho pagato tutto il 3 ottobre direttamente all'agenzia e ho la ricevuta.

Eppure l'agenzia mi dice che voi continuate a mandare loro "aggiornamenti" sulla mia posizione, e ieri mi hanno chiamato per propormi un "piano di rientro" per altri acquisti. Non ho nessun altro debito con voi.

Mi oppongo a qualsiasi ulteriore comunicazione dei miei dati a Credicomm o ad altre agenzie di recupero crediti. La pratica è chiusa.

Luca Ferrari""",
         "Luca Ferrari"),

        ("withdraw_consent", (),
         "disiscrizione",
         """Buongiorno, vi chiedo di non mandarmi più email promozionali, in particolare quelle sul "compra ora, paghi dopo". Grazie.
Elena Greco""",
         "Elena Greco"),

        ("complaint", ("deletion",),
         "SOLLECITO - seconda richiesta senza risposta",
         """Gentili signori,

il 28 settembre vi ho scritto a questo indirizzo per chiedere la cancellazione della carta di credito salvata nel mio account e di tutti i miei dati di pagamento. Non ho ricevuto nessuna risposta, nemmeno una conferma di ricezione, e oggi la carta è ancora lì.

È passato più di un mese. Vi chiedo di provvedere subito alla cancellazione e di darmene conferma. Se non avrò risposta entro quindici giorni, presenterò reclamo all'autorità per la protezione dei dati.

Roberto Esposito""",
         "Roberto Esposito"),

        ("other", (),
         "Coordinate bancarie per il bonifico",
         """Buongiorno,

vorrei pagare l'ordine 7816640 con bonifico bancario, che è tra i metodi di pagamento indicati, ma nella mail di conferma non trovo i vostri dati bancari. Mi potete mandare IBAN, intestatario e causale da indicare?

Grazie,
Chiara Marino""",
         "Chiara Marino"),

        ("other", (),
         "Addebito doppio PayPal",
         """Salve, il 2 novembre PayPal mi ha addebitato due volte 38,50 EUR per l'ordine 7813379. Nel mio account PayPal risultano due pagamenti distinti. Potete rimborsare quello in più? Grazie
Davide Ricci""",
         "Davide Ricci"),

        ("other", (),
         "Fatture per il commercialista",
         """Buongiorno,

il mio commercialista mi chiede le fatture degli acquisti fatti per lo studio tra gennaio e giugno 2026 (una decina di ordini). C'è un modo per scaricarle tutte insieme? Dal sito ci riesco solo una alla volta e alcune non le trovo proprio.

Grazie mille,
Sara Galli""",
         "Sara Galli"),
    ],

    "pt": [
        ("access", ("objection",),
         "Quem deu os meus dados à empresa de cobranças?",
         """Boa tarde,

Recebi esta semana uma carta e duas chamadas de uma empresa de cobranças, a "CobraFácil", por causa de uma fatura vossa de 57,80 EUR que, segundo eles, ficou por pagar em agosto. Disso trato eu à parte.

O que quero saber é que dados meus lhes enviaram. Eles tinham o meu número de telemóvel e a minha morada nova, que só dei a vocês. Peço que me digam exatamente que dados foram partilhados, quando, e com quem mais.

Além disso, oponho-me a que continuem a partilhar os meus dados com essa empresa.

Cumprimentos,
Miguel Ferreira""",
         "Miguel Ferreira"),

        ("correction", (),
         "NIF errado nas faturas",
         """Bom dia,

Reparei que as faturas das minhas últimas compras saem com o NIF 214 558 903, mas o meu é 214 558 930. Além disso, o meu apelido aparece como "Souza" e é "Sousa". Podem corrigir os dados na minha conta? E, se possível, emitir de novo as faturas de outubro (encomendas 7788120 e 7795543), porque preciso delas para o IRS.

Obrigada,
Ana Sousa""",
         "Ana Sousa"),

        ("deletion", ("withdraw_consent",),
         "Encerrar conta",
         """Olá,

Quero encerrar a minha conta na vossa loja online e que apaguem todos os meus dados pessoais, incluindo o cartão guardado e a ligação ao PayPal. Até isso estar feito, parem por favor de me mandar e-mails com promoções.

Obrigado,
Rui Pereira""",
         "Rui Pereira"),

        ("portability", (),
         "Histórico de compras em planilha",
         """Oi, tudo bem?

Estou organizando minhas finanças num app (Mobills) e queria importar tudo o que gastei com vocês desde o ano passado. Vocês conseguem me mandar meu histórico de compras completo num arquivo CSV ou numa planilha? Com data, valor e forma de pagamento. No site só dá para ver pedido por pedido.

Valeu!
Thiago Oliveira""",
         "Thiago Oliveira"),

        ("restriction", (),
         "Chargeback - não apaguem os dados da encomenda",
         """Boa tarde,

Abri uma reclamação (chargeback) junto do meu banco por causa da encomenda 7760218, de 249,00 EUR, que nunca recebi. O vosso serviço de apoio ao cliente respondeu-me que, por causa disso, a minha conta ia ser "desativada e os dados removidos".

Peço-vos que não apaguem os dados dessa encomenda, nem o seguimento do envio, nem as mensagens que trocámos: são a prova de que preciso na disputa com o banco. Guardem-nos até a disputa estar resolvida, mas entretanto não os usem para mais nada.

Cumprimentos,
Patrícia Almeida""",
         "Patrícia Almeida"),

        ("withdraw_consent", (),
         "Parem de enviar SMS",
         """Boa tarde. Não quero receber mais SMS vossos com ofertas de crédito e pagamento em prestações. Retirem o meu número das vossas listas, por favor.
Catarina Lopes""",
         "Catarina Lopes"),

        ("complaint", ("access",),
         "Segundo pedido - sem resposta há mais de um mês",
         """Exmos. Senhores,

No dia 24 de setembro enviei para este endereço um pedido de acesso aos meus dados pessoais, em particular aos dados da verificação de crédito que fizeram quando pedi o pagamento em prestações. Até hoje não recebi qualquer resposta, nem sequer um aviso de receção.

O prazo legal de um mês já passou. Reitero o pedido: quero saber que dados têm sobre mim e o que resultou dessa verificação. Se não receber resposta nos próximos dez dias, apresentarei queixa à autoridade de proteção de dados.

Com os melhores cumprimentos,
João Martins""",
         "João Martins"),

        ("other", (),
         "Reembolso ainda não recebido",
         """Bom dia,

Devolvi umas sapatilhas (encomenda 7801983) a 20 de outubro e recebi a confirmação de que chegaram ao armazém. O reembolso de 74,99 EUR ainda não apareceu na minha conta bancária. Podem verificar, por favor?

Obrigado,
Pedro Costa""",
         "Pedro Costa"),

        ("other", (),
         "Alterar morada de entrega da encomenda 7819056",
         """Olá, fiz ontem a encomenda 7819056 e gostava que fosse entregue no meu local de trabalho em vez de em casa: Avenue des Nerviens 85, 1040 Etterbeek. Ainda vão a tempo de alterar antes de a enviarem? É só para esta encomenda. Obrigada
Marta Rodrigues""",
         "Marta Rodrigues"),

        ("other", (),
         "MB Way e cartões-presente",
         """Boa tarde,

Duas perguntas: aceitam pagamentos por MB Way no site? E os cartões-presente podem ser usados nas compras online ou só nas lojas? Tenho um de 25 EUR que me ofereceram.

Cumprimentos,
Helena Carvalho""",
         "Helena Carvalho"),
    ],
}

"""Person mail for the seventyfifth set (en nl fr de es it pt): payments and money (card terminals and receipts, refunds to an IBAN, chargebacks, pay-later and instalment partners, direct debits, the payment provider's fraud check, saved cards, bank statements, invoices), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyfifth.py)."""

PEOPLE_BI = {
    "en": [
        ("access", (),
         "Declined for pay later - what did you send them?",
         """Hello,

On 9 March I tried to order a washing machine (EUR 649) on your web shop and chose "Pay in 3 instalments with Splitly" at checkout. Within two seconds the screen said "Unfortunately Splitly cannot offer you this payment method based on an automated assessment". I paid by card in the end, so the machine is here and that part is fine.

What bothers me is that I have a steady job, no loans apart from my mortgage and have never missed a payment in my life. So either something wrong is being said about me somewhere, or the assessment uses things I don't know about.

Could you please tell me exactly which of my details your shop passed to Splitly when I clicked that option (my order history? my loyalty card data? my address?), whether Splitly or you consulted a credit agency and which one, and what the decision was based on. If you hold any result or score from that check in my customer file, I'd like a copy of that too.

Order number WEB-26-0309-55812.

Kind regards,
Rebecca Hollis
Kortrijksesteenweg 771, 9000 Ghent""",
         "Rebecca Hollis"),
        ("correction", (),
         "refund went to my old bank account!!",
         """Hi there

I returned a coffee machine at the Leuven store 3 weeks ago and the refund (EUR 189,99) apparently went to BE12 7350 0441 8890 which is an account I CLOSED last year when I switched to my new bank. Luckily my old bank sent it back, they say it should come back to you within 10 days.

The problem is that this old number is still stored in my customer account with you, I can see it under "payment details" but I can't edit it, the field is locked. Please replace it with my current account BE47 0019 3385 2280 (holder: Liam Dunne) so that this doesn't happen again with the next refund.

thanks
Liam Dunne
customer no. 40-227-9173""",
         "Liam Dunne"),
        ("deletion", (),
         "Saved card",
         """Hello,

I'm not closing my account, I use it for the loyalty points and I'm happy with the shop. But at some point when I ordered through the app it saved my Visa card ending 4417 as "preferred payment method" and I never asked for that. There's no delete button next to it in the app, only "edit".

Please remove that card and anything else you keep about it from my account. I'd rather type my card number every time.

Thanks,
Megan Clarke""",
         "Megan Clarke"),
        ("portability", (),
         "Purchase and payment history as a file",
         """Hello,

I'm trying to get our household budget under control and have started using an app (PennyWise) that can import transactions from a CSV or JSON file and categorise them.

Almost all our groceries and household stuff are bought at your stores with my loyalty card, and the app shows every receipt, but only one at a time on screen. Could you send me my full purchase history for 2024 and 2025 in a machine-readable file: date, store, items with prices, total, and how I paid (card, cash, voucher)? If you can send it straight to PennyWise that would be ideal, but a file to me is fine too.

Loyalty card 2001 4478 2290 3.

Many thanks,
Daniel Forde""",
         "Daniel Forde"),
        ("restriction", (),
         "Chargeback on sofa order - please don't pass my data on",
         """Dear Sir or Madam,

In January I ordered a corner sofa (order WEB-26-0114-20977, EUR 1,340) which was never delivered. After six weeks of chasing your customer service without result, I asked my credit card issuer to charge the payment back, which they did on 3 March.

Since then I have received a letter saying that my account has been marked "payment dispute" and that "unpaid amounts may be handed over to our collection partner". There is nothing unpaid: you never delivered the sofa. The dispute is now being examined by my bank and your payment provider.

Until that examination is finished, I ask that you do not use my details for anything related to this order other than the dispute itself, and in particular that you do not pass my name, address or the amount to any debt collection agency. Please do not delete the order file either, as it shows the delivery never took place.

I would be grateful for a written confirmation.

Yours faithfully,
Jonathan Reeves
Avenue de Tervueren 189, 1150 Woluwe-Saint-Pierre""",
         "Jonathan Reeves"),
        ("objection", (),
         "how do you know",
         """Last month I bought a TV on 10 monthly instalments. Since then every mail and every app notification from you is about "spread the cost" deals and "you're pre-approved for up to EUR 2,500". I don't like that you've decided I'm someone who buys on credit and target me for it.

Stop using my payment choices to decide what ads I get. Normal offers are fine.

Nadia Karim""",
         "Nadia Karim"),
        ("withdraw_consent", (),
         "",
         """Hi,

At the till in Brugge the card terminal showed a screen after I paid: "Receive your receipt by e-mail and personalised offers? YES / NO". I pressed yes because I wanted the e-receipt. Now I get offers every two days.

I'd like to keep the e-receipts but take back my yes for the offers. Is that possible?

Regards,
Chris Bateman""",
         "Chris Bateman"),
        ("complaint", (),
         "Receipt printed my whole card number",
         """To whom it may concern,

On Saturday 14 March I paid EUR 86,40 by credit card at your Antwerp Meir store (till 6, around 15:20). The customer copy of the terminal receipt shows my FULL 16-digit card number and the expiry date. I have since learned that receipts should only ever show the last four digits.

Worse, the cashier printed a second copy "for the shop" and put it in an open tray next to the till, where anyone in the queue could see it.

I have had to cancel the card and wait a week for a new one, with all the hassle of changing it on every subscription. I consider this a serious failure in the protection of my payment data, and I want to know what you will do about that terminal and the copies kept at the till. If I don't get a proper answer I will take this to the Data Protection Authority.

Graham Pollard""",
         "Graham Pollard"),
        ("other", (),
         "Charged twice for order WEB-26-0402-11873",
         """Hello,

I placed one order on 2 April (headphones, EUR 79,99) and my bank app shows two identical payments of EUR 79,99 to SHOP EXAMPLE WEB on the same day. The first time the payment page froze and I clicked "pay" again, which is probably why.

I only received one pair of headphones and one confirmation mail. Could you refund the second payment to my card please?

Thanks,
Aoife Brennan""",
         "Aoife Brennan"),
        ("other", (),
         "What is this charge on my statement?",
         """Hi,

On my bank statement for March there's a debit of EUR 23,50 described as "SHPEX*BE 0442 MECH 19/03". My husband says it's you but neither of us remembers buying anything in Mechelen on the 19th, we were both at work.

Can you check what that was, for example which store and what was bought? The card is a Mastercard ending 0812. If it's nothing from you I'll call my bank about fraud.

Best wishes,
Julie Marshall""",
         "Julie Marshall"),
    ],
    "nl": [
        ("access", (),
         "Bestelling geannuleerd door 'fraudecontrole'",
         """Goedemiddag,

Op 21 februari heb ik via jullie webshop een laptop besteld (bestelnummer WEB-26-0221-40366, EUR 1.099). Ik heb betaald met mijn Mastercard, het bedrag werd gereserveerd en twintig minuten later kreeg ik een mail dat de bestelling "om veiligheidsredenen door onze betaalpartner geannuleerd" werd. Geen uitleg, en de klantendienst aan de telefoon wist ook van niets: "dat beslist het systeem".

Ik heb nog nooit iets gefraudeerd. Ik bestelde wel vanop mijn werk, misschien zit het daar, maar ik wil het weten.

Ik vraag jullie dus welke gegevens over mij en mijn bestelling naar die betaalpartner gegaan zijn, welke gegevens jullie zelf over die controle bijhouden (een score, een reden, een vlag op mijn account?) en hoe die beslissing tot stand kwam. Ik wil ook weten of die "vlag" nu in mijn klantendossier staat voor de volgende keer.

Met vriendelijke groeten,
Wouter Claes
Bredabaan 302, 2170 Merksem""",
         "Wouter Claes"),
        ("correction", (),
         "aanmaningen naar verkeerd adres",
         """Dag,

Ik heb in november een koelkast gekocht in jullie winkel in Genk en betaald in 6 maandelijkse schijven via jullie partner Payzo. Nu blijkt dat de maandelijkse overzichten en één herinnering naar mijn vroeger adres gestuurd zijn (Hasseltweg 55, 3600 Genk). Ik woon sinds augustus op de Weg naar As 18, 3600 Genk en dat heb ik toen ook in de winkel gezegd, maar blijkbaar staat in jullie klantgegevens nog het oude adres en hebben jullie dat zo aan Payzo doorgegeven.

Kunnen jullie mijn adres in jullie systeem aanpassen, en ervoor zorgen dat Payzo ook het juiste adres krijgt? Ik wil niet dat ik een boete krijg omdat de post bij de verkeerde mensen toekomt.

Groetjes,
Sofie Vos""",
         "Sofie Vos"),
        ("deletion", (),
         "Kopie identiteitskaart en bankkaart bij terugbetaling",
         """Beste,

Op 4 maart heb ik in jullie winkel in Aalst een defecte stofzuiger teruggebracht. Omdat ik het kasticket niet meer had, moest de terugbetaling via overschrijving gebeuren. De medewerker heeft toen met de winkeltablet een foto gemaakt van mijn identiteitskaart én van mijn bankkaart, "voor het rekeningnummer", en dat formulier laten ondertekenen.

Het geld (EUR 149) staat intussen op mijn rekening, waarvoor dank. Maar ik wil niet dat er ergens een foto van mijn identiteitskaart en mijn bankkaart blijft rondslingeren. Gelieve die foto's en het formulier te wissen nu de terugbetaling afgerond is.

Met vriendelijke groet,
Hilde Van Damme
Dendermondsesteenweg 61, 9300 Aalst""",
         "Hilde Van Damme"),
        ("restriction", ("access",),
         "Betwiste factuur Payzo - incassobureau",
         """Geachte heer, mevrouw,

Ik heb in januari bij jullie online een fietsendrager besteld en gekozen voor "later betalen via Payzo". De fietsendrager paste niet op mijn trekhaak; ik heb hem binnen de 14 dagen teruggestuurd via het postpunt en ik heb het verzendbewijs (track & trace 3SSHEX8812044).

Toch krijg ik van Payzo herinneringen voor EUR 219 en vandaag een brief van incassobureau Credifin met extra kosten, "in opdracht van Shop Example". Blijkbaar staat de retour niet in jullie systeem.

Tot dit uitgeklaard is, vraag ik jullie om mijn gegevens voor deze bestelling niet verder te gebruiken en niets meer aan Payzo of Credifin door te geven, behalve dat de zaak betwist is. Wis het dossier niet, het moet juist aantonen dat de retour aangekomen is. Daarnaast wil ik weten welke gegevens jullie precies aan Credifin bezorgd hebben.

Hoogachtend,
Marc Peeters
Lindenlaan 9, 2800 Mechelen
bestelnummer WEB-26-0117-30482""",
         "Marc Peeters"),
        ("objection", (),
         "Cashback via mijn bank?",
         """Hallo,

Ik kreeg via de app van mijn bank een melding: "Je kocht 3x bij Shop Example deze maand, activeer 5% cashback bij je volgende aankoop!" Blijkbaar werken jullie samen met dat cashbackprogramma en krijgt iemand te zien wat ik bij jullie koop en hoeveel.

Ik heb daar nooit zelf voor gekozen en ik vind dat niet oké. Ik wil niet dat mijn aankopen bij jullie gebruikt of doorgegeven worden voor zo'n programma of andere reclame van partners. Wil je dat stopzetten voor mij?

Mvg,
Elke Wouters""",
         "Elke Wouters"),
        ("withdraw_consent", (),
         "toestemming",
         """hallo
bij het afrekenen in de webshop stond er een vinkje "ik ga akkoord dat Payzo mij informeert over nieuwe betaalmogelijkheden en aanbiedingen". ik heb dat aangevinkt maar ik wil dat niet meer. kan je dat ongedaan maken?
bedankt
Dries""",
         "Dries Maes"),
        ("complaint", ("access",),
         "Klacht: mijn klantgegevens naar de bank gestuurd bij chargeback",
         """Geachte,

In december heb ik via mijn bank een betwisting (chargeback) ingediend voor een betaling van EUR 64 aan jullie webshop, voor een bestelling die nooit geleverd werd. Mijn bank heeft mij nu het "bewijsdossier" getoond dat jullie in die zaak bezorgd hebben.

Daarin zit niet alleen de bestelling in kwestie, maar ook een schermafdruk van mijn volledige klantenaccount: al mijn aankopen van de afgelopen drie jaar (inclusief een aankoop in de apotheekafdeling), mijn geboortedatum, mijn telefoonnummer en zelfs een still van de bewakingscamera van de winkel in Sint-Niklaas van een bezoek in oktober, dat niets met de bestelling te maken had.

Dat vind ik volstrekt buiten proportie. Een bank heeft niets te maken met wat ik drie jaar geleden bij jullie kocht. Ik wil dat jullie mij uitleggen waarom dat allemaal doorgegeven werd en mij een overzicht geven van alle gegevens die in dit kader aan de bank of aan jullie betaalprovider gestuurd zijn. Ik overweeg een klacht bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
An De Smet
Kazernestraat 12, 9100 Sint-Niklaas""",
         "An De Smet"),
        ("other", (),
         "terugbetaling retour nog niet ontvangen",
         """Goeiedag,

Ik heb op 10 maart een jas teruggestuurd (bestelling WEB-26-0301-22914). Volgens de track & trace is het pakket op 12 maart bij jullie aangekomen en ik kreeg een mail "je retour is goedgekeurd". Maar de EUR 89,95 staat nog altijd niet terug op mijn rekening, nu al drie weken.

Ik betaalde met Bancontact. Kunnen jullie eens kijken waar het geld blijft?

Dank je,
Lotte Hermans""",
         "Lotte Hermans"),
        ("other", (),
         "Kaart geweigerd aan de kassa",
         """Hallo,

Gisteren in jullie winkel in Hasselt werd mijn Bancontactkaart drie keer geweigerd aan de terminal ("transactie geweigerd"). Ik heb met mijn kar vol boodschappen moeten vertrekken, heel gênant. Vanmorgen belde ik mijn bank en die zegt dat er niets mis is met de kaart en dat ze gisteren zelfs geen poging van jullie gezien hebben. In de Delhaize ernaast werkte hij vijf minuten later wel.

Is er iets mis met de terminals in Hasselt? Ik wil gewoon weten of ik er de volgende keer weer mee kan betalen.

Groeten,
Patrick Lenaerts""",
         "Patrick Lenaerts"),
        ("other", (),
         "Factuur op naam van de zaak",
         """Goedemorgen,

Mijn boekhouder heeft de factuur van mijn aankoop van 12 februari teruggestuurd (factuur 2026-F-0088413, laptop en dockingstation, EUR 1.412,00 incl. btw). Ze staat op mijn eigen naam, terwijl het voor mijn zaak was, en zonder btw-nummer kan ik de btw niet recupereren.

Kunnen jullie een creditnota en een nieuwe factuur maken op:
Vermeersch Interieur BV
Brugsesteenweg 240, 8500 Kortrijk
BTW BE 0712.448.903

Alvast bedankt,
Ruben Vermeersch""",
         "Ruben Vermeersch"),
    ],
    "fr": [
        ("access", (),
         "Données de ma carte bancaire",
         """Bonjour,

La semaine dernière, au magasin de Namur, la vendeuse m'a proposé de "lier ma carte bancaire à ma carte de fidélité pour ne plus devoir la présenter". J'ai refusé. Elle m'a alors dit en riant que "de toute façon le système reconnaît déjà votre carte, vous payez toujours avec la même".

Cela m'a un peu inquiétée. Je voudrais savoir ce que vous conservez exactement à propos de mes cartes de paiement : le numéro (même partiel), un identifiant, le nom de ma banque, la liste des paiements ? Et est-ce que ces paiements sont reliés à mon compte client alors que je n'ai rien accepté ? Je souhaite recevoir une copie des données qui me concernent à ce sujet.

Je vous remercie d'avance.

Martine Lambert
Rue de Fer 27, 5000 Namur""",
         "Martine Lambert"),
        ("correction", (),
         "Paiement en 4 fois refusé - date de naissance erronée",
         """Madame, Monsieur,

J'ai voulu payer un téléviseur en quatre fois avec votre partenaire Payzo lors d'une commande sur votre site le 2 avril. Le paiement a été refusé et, en contactant Payzo, j'ai appris que la vérification avait échoué parce que la date de naissance transmise ne correspondait pas à celle de ma carte d'identité : votre site leur a envoyé le 03/11/1978 alors que je suis né le 11/03/1978. Le jour et le mois ont manifestement été inversés lors de la création de mon compte chez vous.

Je ne parviens pas à modifier ce champ dans "Mon profil" (il est grisé). Pourriez-vous corriger ma date de naissance dans votre fichier ?

Bien à vous,
Olivier Dumont
Client n° 20-581-3307""",
         "Olivier Dumont"),
        ("deletion", (),
         "Fin de l'abonnement livraison - domiciliation",
         """Bonjour,

J'ai résilié fin février mon abonnement "Livraison illimitée" (9,99 EUR par mois) qui était payé par domiciliation SEPA. La résiliation a bien été confirmée et plus rien n'est prélevé, merci.

Par contre, dans mon espace client, je vois toujours le mandat de domiciliation avec mon IBAN complet et ma signature. Comme il n'y a plus de contrat, je vous demande d'effacer ce mandat et mes coordonnées bancaires. Je garde mon compte client pour les achats en magasin, ne le supprimez pas.

Cordialement,
Nathalie Renard""",
         "Nathalie Renard"),
        ("portability", (),
         "Transfert de mes tickets vers mon appli de budget",
         """Bonjour,

J'utilise depuis peu l'application Budgi pour suivre mes dépenses. Elle propose d'importer automatiquement les achats des commerçants partenaires, mais vous n'en faites pas partie.

Serait-il possible de m'envoyer l'historique de mes achats en magasin et en ligne depuis janvier 2024 (date, magasin, montant, articles, moyen de paiement) dans un fichier exploitable, genre CSV ou Excel, que je puisse importer moi-même ? Ou de le transmettre directement à Budgi si vous le pouvez.

Ma carte de fidélité : 2001 3390 5512 8.

Merci beaucoup,
Kevin Lejeune""",
         "Kevin Lejeune"),
        ("restriction", (),
         "Signalement \"fraude\" sur mon compte - contestation",
         """Madame, Monsieur,

Depuis le 15 mars, toutes mes commandes sur votre site sont bloquées au moment du paiement avec le message "Commande non autorisée (code R-17)". Votre service clients a fini par me dire que mon compte porte un signalement "suspicion de fraude" posé par votre prestataire de paiement après un remboursement demandé à ma banque en janvier.

Or ce remboursement concernait un achat que je n'avais pas fait : ma carte avait été copiée, ma banque l'a confirmé et m'a remboursée. Je suis la victime, pas le fraudeur.

Je conteste l'exactitude de ce signalement. Le temps que vous le vérifiiez, je vous demande de ne plus l'utiliser, ni pour bloquer mes commandes ni pour le communiquer à d'autres, mais de ne pas non plus effacer le dossier, qui pourra servir à démontrer ce qui s'est passé. Je tiens à votre disposition l'attestation de ma banque.

Veuillez agréer mes salutations distinguées.

Sandrine Masson
Boulevard Tirou 118, 6000 Charleroi""",
         "Sandrine Masson"),
        ("objection", (),
         "Offres de crédit de votre banque partenaire",
         """Bonjour,

Depuis que j'ai payé un lave-vaisselle avec votre "carte de crédit Shop Example" émise par une banque partenaire, je reçois de cette banque des courriers et des mails me proposant des prêts personnels, avec des montants qui correspondent curieusement à ce que je dépense chez vous chaque mois.

J'en conclus que vous leur transmettez mes achats. Je m'oppose à ce que mes données d'achat soient utilisées ou communiquées à ce partenaire à des fins commerciales ou pour me proposer du crédit. La carte, je la garde pour payer, c'est tout.

Salutations,
Jean-Marc Collard""",
         "Jean-Marc Collard"),
        ("withdraw_consent", (),
         "SMS",
         """Bonjour,
j'avais donné mon numéro de portable pour recevoir le SMS de confirmation de paiement lors de ma commande et j'ai coché la case pour les "bons plans par SMS". Je ne veux plus de ces SMS publicitaires, merci de retirer mon accord. Les SMS de suivi de commande, ça peut rester.
Aurélie""",
         "Aurélie Gérard"),
        ("complaint", ("deletion",),
         "Ma carte photographiée par un vendeur",
         """Madame, Monsieur,

Le 28 février, j'ai commandé par téléphone un canapé auprès de votre magasin de Wavre, parce que le modèle n'était pas disponible en ligne. Le vendeur m'a demandé de passer le lendemain "pour le paiement". Sur place, il n'avait pas de terminal libre et a pris en photo, avec son GSM personnel, le recto ET le verso de ma carte Visa, "pour encoder le paiement plus tard".

Trois semaines après, deux achats en ligne dont je ne suis pas l'auteur ont été faits avec cette carte (un en Roumanie, un sur un site de jeux). Je ne peux pas prouver que c'est lié, mais je n'ai donné ma carte à personne d'autre.

Je trouve inadmissible qu'un employé photographie des cartes bancaires avec son propre téléphone. J'attends de votre part une explication, la confirmation que ces photos ont été supprimées et que ce genre de pratique cesse. Sans réponse satisfaisante dans un délai raisonnable, je déposerai plainte auprès de l'Autorité de protection des données.

Philippe Goossens
Chaussée de Bruxelles 77, 1300 Wavre""",
         "Philippe Goossens"),
        ("other", (),
         "Prélèvement en double",
         """Bonjour,

Je suis abonnée à votre formule "Livraison illimitée" payée par domiciliation. Ce mois-ci, ma banque indique deux prélèvements de 9,99 EUR, le 1er et le 3 avril, avec la même référence de mandat. Pouvez-vous me rembourser celui qui est en trop ?

Pour info, je ne veux pas arrêter l'abonnement, juste récupérer les 9,99.

Merci,
Caroline Hubert""",
         "Caroline Hubert"),
        ("other", (),
         "carte refusée sur le site",
         """Bonjour
Depuis hier je n'arrive pas à payer sur votre site, ma carte est refusée à chaque fois. Le code de validation de ma banque (3D Secure) n'arrive jamais sur mon téléphone et la page revient au panier. Sur d'autres sites ça marche. C'est chez vous ou chez moi ? Je dois commander le cadeau d'anniversaire de ma fille avant vendredi...
Merci de me dire quoi faire
Yasmina El Amrani""",
         "Yasmina El Amrani"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO - Ratenkauf",
         """Sehr geehrte Damen und Herren,

am 17. Februar 2026 habe ich in Ihrer Filiale in Eupen einen Kühlschrank (EUR 899) gekauft und dabei eine Finanzierung in 12 Monatsraten über Ihren Partner Payzo beantragt. Die Verkäuferin hat dazu meine Personalien, mein Einkommen, meinen Arbeitgeber und meine Kontoverbindung in ein Formular auf dem Tablet eingegeben. Der Antrag wurde nach wenigen Minuten abgelehnt, ohne Begründung.

Gemäß Art. 15 DSGVO bitte ich um Auskunft über

1. alle personenbezogenen Daten, die Sie im Zusammenhang mit diesem Antrag über mich gespeichert haben,
2. die Empfänger, an die Sie diese Daten übermittelt haben (Payzo, Auskunfteien, sonstige),
3. das Ergebnis der Prüfung, soweit es Ihnen mitgeteilt wurde, sowie aussagekräftige Informationen über die Logik der automatisierten Entscheidung (Art. 15 Abs. 1 lit. h DSGVO),
4. die Speicherdauer.

Bitte übersenden Sie mir zudem eine Kopie der Daten.

Mit freundlichen Grüßen
Thomas Kessler
Herbesthaler Straße 31, 4700 Eupen""",
         "Thomas Kessler"),
        ("correction", (),
         "Falsche E-Mail-Adresse im Konto - Zahlungsbelege gehen an Fremde",
         """Guten Tag,

ein Nachbar hat mich angesprochen, weil er seit Wochen Zahlungsbestätigungen und Rechnungen von Ihnen auf meinen Namen bekommt. Beim Nachsehen habe ich gemerkt, dass in meinem Kundenkonto als E-Mail-Adresse "s.hofman@..." steht statt "s.hoffmann@..." – ein Tippfehler bei der Anmeldung an der Kasse in St. Vith, wo die Mitarbeiterin die Adresse für mich eingetippt hat. Der Mann hat also die Adresse mit einem f.

Bitte ändern Sie die Adresse in meinem Konto auf s.hoffmann@posteo.example.de. Ich komme selbst nicht ins Konto, weil der Login-Link natürlich auch an die falsche Adresse geht.

Danke und Gruß
Sabine Hoffmann
Kundennummer 60-114-2088""",
         "Sabine Hoffmann"),
        ("deletion", (),
         "Konto und Zahlungsdaten löschen",
         """Hallo,

nach dem Theater mit meiner letzten Bestellung (dreimal falsch geliefert) kaufe ich nicht mehr bei Ihnen. Bitte schließen Sie mein Kundenkonto und löschen Sie alles, was Sie über mich haben, vor allem die gespeicherte Kreditkarte und die hinterlegte Bankverbindung. Newsletter brauche ich dann natürlich auch keinen mehr.

Eine kurze Bestätigung wäre nett.

Jörg Brandt""",
         "Jörg Brandt"),
        ("portability", (),
         "Zahlungsverlauf in maschinenlesbarer Form",
         """Sehr geehrtes Team,

ich bin selbstständig und möchte für meine Steuererklärung sämtliche Käufe, die ich 2025 bei Ihnen getätigt habe, in meine Buchhaltungssoftware übernehmen. In meinem Kundenkonto sehe ich zwar die einzelnen Bestellungen als PDF, aber das sind über 60 Stück.

Können Sie mir eine Datei (CSV, XML oder JSON) mit allen meinen Bestellungen und Kassenbons von 2025 schicken, jeweils mit Datum, Artikeln, Betrag, MwSt.-Satz und Zahlungsart? Gerne auch direkt als Export an meine Adresse.

Vielen Dank und freundliche Grüße
Claudia Neumann
Kundenkarte 2001 7712 0048 6""",
         "Claudia Neumann"),
        ("objection", (),
         "Warum bekomme ich keinen Rechnungskauf?",
         """Guten Tag,

mir ist aufgefallen, dass meine Frau im Webshop beim Bezahlen "Kauf auf Rechnung" angeboten bekommt, ich aber nie, obwohl wir an derselben Adresse wohnen. Ihr Kundenservice erklärte mir am Telefon, die angebotenen Zahlungsarten würden "anhand Ihres bisherigen Kauf- und Zahlungsverhaltens individuell festgelegt".

Ich möchte nicht, dass mein Kauf- und Zahlungsverhalten ausgewertet wird, um mich einzustufen. Ich widerspreche dieser Auswertung meiner Daten. Bitte bestätigen Sie mir, dass Sie das für mein Konto einstellen.

Mit freundlichen Grüßen
Markus Lindner""",
         "Markus Lindner"),
        ("withdraw_consent", (),
         "Widerruf",
         """Hiermit widerrufe ich meine Einwilligung, dass Sie meine Einkäufe mit Kundenkarte auswerten, um mir personalisierte Coupons zu schicken (hatte ich beim Aktivieren des digitalen Kassenbons in der App bestätigt). Den digitalen Kassenbon möchte ich behalten.

Gruß
H. Weber""",
         "Heike Weber"),
        ("complaint", ("access",),
         "Fremde Rechnung mit IBAN in meinem Kundenkonto",
         """Sehr geehrte Damen und Herren,

heute habe ich in meinem Kundenkonto unter "Meine Rechnungen" eine Rechnung gefunden, die nicht mir gehört: Rechnung Nr. 2026-F-0107745 über einen Geschirrspüler, ausgestellt auf einen Herrn aus Lüttich, mit seiner vollständigen Anschrift, Telefonnummer und der IBAN, von der per Lastschrift abgebucht wurde.

Wenn ich seine Rechnung sehen kann, kann dann auch jemand anders meine sehen? Meine Rechnungen enthalten ebenfalls meine Bankverbindung.

Ich finde das einen gravierenden Datenschutzverstoß und erwarte, dass Sie der Sache nachgehen und den betroffenen Kunden informieren. Außerdem möchte ich wissen, ob meine eigenen Rechnungen oder Zahlungsdaten in fremden Konten aufgetaucht sind oder von Dritten abgerufen wurden.

Ich behalte mir vor, die Datenschutzbehörde einzuschalten.

Mit freundlichen Grüßen
Andreas Vogt""",
         "Andreas Vogt"),
        ("other", (),
         "Rückerstattung fehlt",
         """Hallo,

ich habe am 5. März eine Bestellung storniert, bevor sie verschickt wurde (Bestellnr. WEB-26-0305-71209, EUR 245,00, bezahlt per PayPal). Die Stornierung wurde per Mail bestätigt, das Geld ist aber bis heute nicht auf meinem PayPal-Konto.

Wann kommt die Erstattung?

Gruß
Lena Schuster""",
         "Lena Schuster"),
        ("other", (),
         "Beschwerde über Rücklastschriftgebühr",
         """Sehr geehrte Damen und Herren,

hiermit beschwere ich mich über die Gebühr von EUR 12,50, die Sie mir für eine "Rücklastschrift" berechnet haben. Die Lastschrift für mein Lieferabo ist im März geplatzt, weil meine Bank nach einer Fusion die IBAN umgestellt hat – das ist nicht meine Schuld, und ich habe den Betrag sofort überwiesen.

Meine Bank hat Ihnen selbst nur EUR 3,00 berechnet. Ich bitte um Erstattung der Differenz bzw. der ganzen Gebühr.

Mit freundlichen Grüßen
Wolfgang Berger
Abo-Nr. LA-22019""",
         "Wolfgang Berger"),
        ("other", (),
         "Frage zur Ratenzahlung",
         """Guten Tag,

ich zahle meinen Fernseher in 10 Raten ab (Vertrag über Ihren Partner Payzo, Vertragsnr. PZ-88412-BE). Ich habe jetzt Geld aus einer Erbschaft bekommen und möchte den Rest auf einmal zahlen. Geht das über Sie oder muss ich mich an Payzo wenden? Und fallen dann trotzdem Zinsen für die restlichen Monate an?

Danke,
Petra Fuchs""",
         "Petra Fuchs"),
    ],
    "es": [
        ("access", (),
         "Contracargo - ¿qué le enviaron a mi banco?",
         """Buenas tardes:

En enero reclamé a mi banco un cargo de 312 EUR de su tienda online por un pedido que no llegó completo (pedido WEB-26-0108-19334). El banco abrió una disputa y finalmente la resolvió a favor de ustedes, diciendo que habían aportado "documentación suficiente".

El banco no me quiere enseñar esa documentación porque dice que la aportó el comercio. Por eso les pido a ustedes que me indiquen qué datos míos y qué documentos enviaron al banco o a su proveedor de pagos en el marco de esa disputa (firma de entrega, fotos, direcciones IP, historial de pedidos, lo que sea), y que me faciliten una copia.

Un saludo,
Marta Jiménez Ortega
Rue Royale 145, 1000 Bruxelles""",
         "Marta Jiménez Ortega"),
        ("correction", (),
         "Mi número de móvil está mal y los códigos de pago van a otra persona",
         """Hola:

Cuando pago en la web con la tarjeta guardada me piden un código por SMS, y nunca me llega. Hoy he visto en "Mis datos" que tienen mi móvil como +32 470 81 22 46, y el mío es +32 470 18 22 46. Me imagino que alguien lo copió mal cuando me hice la tarjeta de cliente en la tienda de Ixelles.

Lo preocupante es que los códigos (y a lo mejor los avisos de mis pedidos) le llegan a un desconocido. ¿Pueden cambiarlo por el número correcto, por favor? Desde la app no me deja porque pide confirmar con un código... que llega al número equivocado.

Gracias,
Javier Ruiz Molina""",
         "Javier Ruiz Molina"),
        ("deletion", (),
         "borrar grabación de la llamada",
         """Hola, buenos días.

El mes pasado hice un pedido por teléfono a su servicio de atención al cliente porque la web no me funcionaba, y al final la chica me pidió que le dictara el número de la tarjeta, la fecha y el código de seguridad. Al principio de la llamada una voz dijo que "la llamada podía ser grabada".

El pedido ya lo tengo y está todo pagado, pero no me hace ninguna gracia que exista una grabación conmigo leyendo los datos completos de mi tarjeta. Les pido que borren esa grabación y cualquier nota donde hayan apuntado la tarjeta.

Fue el 11 de marzo, sobre las 18h, desde el 0489 33 10 72.

Saludos,
Carmen Navarro""",
         "Carmen Navarro"),
        ("portability", (),
         "Historial de compras en formato CSV",
         """Hola,

Me gustaría recibir todos mis datos de compras con la tarjeta de fidelización (tickets desde que me hice socio en 2022, con importes y forma de pago) en un archivo que se pueda abrir con Excel o importar en otra aplicación. Me voy a pasar a otra cadena y quiero llevarme mi historial, y también para tener mis gastos controlados.

Tarjeta n.º 2001 5530 7781 4.

Gracias de antemano,
Alejandro Serrano""",
         "Alejandro Serrano"),
        ("restriction", ("correction",),
         "Cuotas impagadas que sí pagué",
         """Estimados señores:

En octubre compré un frigorífico en su tienda de Anderlecht y lo financié en 10 cuotas con su socio Payzo, domiciliadas en mi cuenta. Todas las cuotas se han cobrado; lo tengo en los extractos del banco.

Sin embargo, Payzo me dice ahora que en su expediente figuran "dos cuotas impagadas" de noviembre y diciembre, con la información que ustedes les pasaron, y me amenaza con comunicarlo a la Central de Crédito del Banco Nacional.

Mientras se comprueba quién tiene razón, les pido que no traten esos datos de impago para nada más ni los comuniquen a nadie, y que tampoco los borren, porque los necesito para demostrar el error. Una vez aclarado, les pido que corrijan el expediente para que conste que todas las cuotas están pagadas.

Adjunto los extractos de noviembre y diciembre.

Atentamente,
Rosa María Castillo Vega
Chaussée de Mons 402, 1070 Anderlecht""",
         "Rosa María Castillo Vega"),
        ("objection", (),
         "",
         """no quiero que usen mis compras ni cómo pago para hacerme un perfil y mandarme publicidad personalizada. ya está.

Pablo""",
         "Pablo Gil Romero"),
        ("withdraw_consent", (),
         "La pantalla del datáfono",
         """Hola,

Ayer al pagar en la caja de la tienda de Etterbeek, el datáfono me preguntó "¿Desea recibir ofertas de nuestros socios financieros?" y sin querer le di a "Sí" porque iba con prisa y el niño llorando. Hoy ya me ha llegado un correo de una empresa de préstamos rápidos.

Quiero retirar ese sí. No quiero recibir nada de esos socios.

Gracias,
Lucía Herrera""",
         "Lucía Herrera"),
        ("complaint", (),
         "Reclamación: enviaron mis datos bancarios a otro cliente",
         """Buenos días:

Ayer recibí una llamada de un señor que no conozco. Me dijo que le había llegado un correo de ustedes con el asunto "Confirmación de su reembolso" y que en el correo aparecían mi nombre completo, mi dirección, el importe (156,40 EUR) y mi IBAN entero. Tuvo la amabilidad de avisarme buscando mi teléfono en internet.

Es decir, han enviado mis datos bancarios a un desconocido. No es un error menor. Nadie me ha avisado de nada ni me han pedido disculpas.

Quiero una explicación por escrito de cómo ha pasado y qué medidas van a tomar. Si no recibo respuesta, presentaré una reclamación ante la Autoridad de Protección de Datos.

Atentamente,
Fernando Ortega Lozano""",
         "Fernando Ortega Lozano"),
        ("other", (),
         "Cobro duplicado en caja",
         """Hola,

El sábado 21 de marzo pagué 57,30 EUR en la tienda de Uccle con mi tarjeta. El datáfono dio un error y la cajera me hizo pasar la tarjeta otra vez. Ahora en el banco me aparecen los dos cargos de 57,30. Tengo el ticket, solo uno.

¿Me pueden devolver el segundo cargo? No sé si tengo que ir a la tienda o se hace desde aquí.

Gracias,
Inés Domínguez""",
         "Inés Domínguez"),
        ("other", (),
         "¡Gracias!",
         """Hola,

Solo quería dar las gracias. Les escribí la semana pasada porque el reembolso de mi devolución no llegaba y en dos días lo tenía en la cuenta. Ojalá todas las tiendas fueran así.

Una duda que me ha quedado: ¿la próxima vez puedo pedir que me lo devuelvan en un vale en vez de a la tarjeta? Lo pregunto porque es para regalos.

Un abrazo,
Miguel Á. Sanz""",
         "Miguel Ángel Sanz"),
    ],
    "it": [
        ("access", (),
         "Lettera di una società di recupero crediti",
         """Buongiorno,

ieri ho ricevuto a casa una lettera della società di recupero crediti Credifin che mi chiede 347,80 EUR "per conto di Payzo, in relazione a un acquisto rateale presso Shop Example". Io non ho mai fatto un acquisto a rate da voi: ho la vostra carta fedeltà e compro spesso nel negozio di Liegi, ma pago sempre con la carta di debito.

Vorrei sapere come sono arrivati i miei dati a Payzo e a Credifin: li avete trasmessi voi? Quali dati esattamente (nome, indirizzo, data di nascita, dati bancari)? E a quale acquisto si riferisce questa pratica? Vi chiedo di comunicarmi tutti i dati che avete su di me e a chi li avete dati.

Grazie,
Giulia Ferrari
Rue Saint-Gilles 58, 4000 Liège""",
         "Giulia Ferrari"),
        ("correction", (),
         "Cognome sbagliato nel mandato di addebito",
         """Gentili signori,

l'addebito SEPA per il mio abbonamento "Consegna illimitata" è stato respinto due volte dalla mia banca perché il nome del titolare non corrisponde. Ho controllato: nel mandato e nella mia anagrafica cliente risulto come "Dell Acqua Roberto", mentre il mio cognome è "Dell'Acqua" e il conto è intestato a "Roberto Dell'Acqua".

Potete correggere il cognome nel mio profilo e nel mandato? Il conto (IBAN BE55 3631 2077 4544) è giusto.

Cordiali saluti,
Roberto Dell'Acqua""",
         "Roberto Dell'Acqua"),
        ("deletion", (),
         "Telefono rubato - carta salvata nell'app",
         """Salve,

sabato mi hanno rubato il telefono in tram. Ho bloccato subito la carta e la SIM, ma mi sono ricordato che nella vostra app avevo salvato la carta di credito e c'era il pagamento con un clic attivo.

Il nuovo telefono ce l'ho, l'app non la reinstallo per ora. Vi chiedo di cancellare dal mio account tutte le carte salvate e i dati di pagamento, e di scollegare i dispositivi. L'account per il resto lasciatelo pure.

Marco Bianchi
marco.bianchi77@webmail.example.it""",
         "Marco Bianchi"),
        ("portability", (),
         "Addebiti abbonamento per il commercialista",
         """Buonasera,

il mio commercialista mi chiede il dettaglio di tutti i pagamenti fatti a voi nel 2025: abbonamento consegne (addebito mensile), ordini online e acquisti in negozio con la carta fedeltà. Me li potete mandare in un unico file CSV o Excel, con data, importo, metodo di pagamento e descrizione? Così lui li carica direttamente nel programma e io non devo ricopiare decine di PDF.

Grazie mille,
Francesca Romano
carta fedeltà 2001 6640 1193 2""",
         "Francesca Romano"),
        ("restriction", (),
         "Indagine per clonazione carta - conservate le registrazioni",
         """Gentile responsabile della protezione dei dati,

il 3 marzo ho pagato alla cassa 4 del vostro negozio di Charleroi e nei giorni successivi sono comparsi sulla mia carta prelievi all'estero per oltre 1.200 EUR. La polizia (verbale CH.55.L3.006112/2026) ritiene possibile che il terminale di quella cassa sia stato manomesso e mi ha detto che potrebbe chiedervi le immagini e i log del terminale.

So che normalmente le immagini della videosorveglianza si cancellano dopo qualche settimana. Vi chiedo di non cancellare le immagini e i dati della transazione che mi riguardano finché l'indagine non è chiusa, ma nemmeno di usarli per altro: solo conservarli per la polizia.

Vi ringrazio per la conferma.

Alessandro Conti
Rue de la Montagne 9, 6000 Charleroi""",
         "Alessandro Conti"),
        ("objection", (),
         "Telefonate per prestiti",
         """Buongiorno,

da quando ho comprato la lavatrice a rate con il vostro partner mi chiamano quasi ogni settimana dal loro call center per offrirmi un prestito personale o una carta revolving. Ho detto più volte di no.

Non voglio più essere contattato per offerte commerciali, né da loro né da voi, e non voglio che i miei dati vengano usati per questo. Le rate continuo a pagarle, ovviamente.

Saluti,
Davide Greco""",
         "Davide Greco"),
        ("withdraw_consent", (),
         "Pagamento con impronta digitale",
         """Ciao,

tempo fa nell'app ho attivato "Paga con la tua impronta" e ho accettato il consenso al trattamento dei dati biometrici. Ci ho ripensato, preferisco inserire il PIN. Revoco quel consenso, per favore disattivatelo voi se dalla mia parte non si riesce (io non trovo più l'opzione).

Grazie,
Chiara Colombo""",
         "Chiara Colombo"),
        ("complaint", ("deletion",),
         "SECONDO SOLLECITO - nessuna risposta",
         """Spett.le Shop Example,

il 12 febbraio vi ho scritto a questo indirizzo chiedendo la cancellazione dei dati della mia carta di credito e del mio IBAN salvati nel mio account, dopo aver chiuso il mio conto bancario. Ho ricevuto solo una risposta automatica.

Oggi, due mesi dopo, la carta è ancora visibile nel mio profilo e mi avete anche mandato una mail "Il tuo metodo di pagamento sta per scadere, aggiornalo!". Nessuno mi ha risposto.

Ripeto la richiesta di cancellazione e vi comunico che, se entro 15 giorni non avrò una risposta, presenterò reclamo all'Autorità per la protezione dei dati.

Distinti saluti,
Paolo Moretti""",
         "Paolo Moretti"),
        ("other", (),
         "rimborso reso",
         """Buongiorno, ho restituito un paio di scarpe al negozio di Mons il 20 marzo e mi avevano detto che il rimborso sulla carta arriva in 5 giorni. Sono passate più di due settimane e non vedo niente. Non voglio cancellare niente né chiudere l'account, voglio solo i miei 74,95 euro. Mi sapete dire qualcosa?
Scontrino n. 0412-0320-118
Sara Ricci""",
         "Sara Ricci"),
        ("other", (),
         "Fattura con partita IVA",
         """Buongiorno,

ho fatto un ordine online (WEB-26-0327-60418) per il mio studio, ma nella fattura non compare la partita IVA, anche se l'avevo inserita nel campo "azienda". Il mio commercialista non la può registrare così.

Potete riemettere la fattura con questi dati?
Studio Tecnico Marino SRL
Avenue Louise 231, 1050 Ixelles
Partita IVA / BTW: BE 0789.213.554

Grazie,
Ing. Luca Marino""",
         "Luca Marino"),
    ],
    "pt": [
        ("access", (),
         "Como sabem o que eu comprei?",
         """Boa tarde,

Ontem recebi um e-mail vosso com "recomendações com base nas suas últimas compras", e lá estavam precisamente as coisas que comprei na loja de Schaerbeek no sábado. Acontece que no sábado não mostrei o cartão de cliente, paguei só com o cartão bancário, por contactless.

Então como é que essa compra foi parar ao meu perfil? Gostaria de saber que dados do meu cartão bancário vocês guardam, desde quando ligam os pagamentos com cartão à minha conta de cliente e que compras minhas têm registadas dessa forma. Peço que me enviem uma cópia desses dados.

Cumprimentos,
Ana Rodrigues
Avenue Rogier 212, 1030 Schaerbeek""",
         "Ana Rodrigues"),
        ("correction", (),
         "IBAN errado no formulário de reembolso",
         """Olá,

Devolvi hoje de manhã um micro-ondas na loja de Saint-Gilles e o funcionário preencheu o formulário de reembolso (n.º RF-0408-71) para transferência bancária. Só agora, ao olhar para a cópia que me deram, vi que o IBAN ficou mal escrito: está BE68 5390 0754 7043 e o meu é BE68 5390 0754 7034 (os dois últimos algarismos trocados).

Podem por favor corrigir o IBAN no formulário e no meu registo antes de fazerem a transferência de 119 EUR? Não quero que o dinheiro vá para a conta de outra pessoa.

Obrigado,
Tiago Almeida
0486 77 21 09""",
         "Tiago Almeida"),
        ("deletion", (),
         "Apagar tudo",
         """Bom dia

Fechei a conta de pagamento a prestações que tinha convosco através do vosso parceiro, já está tudo pago (último pagamento em fevereiro). Quero que apaguem todos os meus dados: conta de cliente, cartão guardado, IBAN, histórico de prestações, cópia do cartão de cidadão que me pediram na altura, tudo. Não vou voltar a comprar.

Se houver alguma coisa que por lei tenham de guardar, digam-me o quê e até quando.

Rui Carvalho""",
         "Rui Carvalho"),
        ("portability", (),
         "Enviar os meus dados para outra empresa",
         """Bom dia,

Vou aderir ao programa de fidelização de outra cadeia que, segundo eles, aceita receber o histórico de compras de outros comerciantes para me dar logo um nível mais alto. Pediram-me para solicitar a portabilidade dos meus dados.

Assim, peço que transmitam diretamente à empresa RetailCo Benelux (dataimport@retailco.example.com) o meu histórico de compras e pagamentos associado ao cartão de cliente 2001 8823 4410 7, num formato estruturado e de leitura automática. Se não for possível enviar diretamente, enviem-me o ficheiro a mim.

Com os melhores cumprimentos,
Beatriz Sousa""",
         "Beatriz Sousa"),
        ("restriction", (),
         "Não apaguem os dados da fraude com o meu cartão",
         """Exmos. Senhores,

Em janeiro alguém usou os dados do meu cartão de crédito para fazer três encomendas no vosso site, entregues num ponto de recolha em Antuérpia. O banco recusa-se a devolver-me o dinheiro (812 EUR) dizendo que as compras foram "autenticadas", e eu vou avançar com uma ação contra o banco.

O meu advogado precisa dos dados dessas encomendas: endereço IP, dispositivo, nome e e-mail usados, ponto de recolha, registo da autenticação. Sei que ao fim de algum tempo podem apagar estes dados, por isso peço que os conservem até o processo terminar, sem os usar para mais nada. Não peço que os apaguem nem que os alterem, apenas que fiquem guardados e bloqueados.

Atenciosamente,
Joana Pereira
Rue du Midi 40, 1000 Bruxelles""",
         "Joana Pereira"),
        ("objection", (),
         "\"Tem crédito pré-aprovado\"",
         """Olá,

Desde que comprei o sofá a prestações recebo quase todas as semanas mensagens na app a dizer que tenho "crédito pré-aprovado" para mais compras. Não quero isso. Oponho-me a que usem a informação sobre as minhas prestações e o meu historial de pagamentos para me fazer publicidade a crédito.

Obrigada
Mariana Costa""",
         "Mariana Costa"),
        ("withdraw_consent", (),
         "newsletter Payzo",
         """Boa tarde,
quando fiz a compra a prestações aceitei receber a newsletter e as ofertas da Payzo através de vocês. Já não quero, retiro esse consentimento. Obrigado.
Pedro Martins""",
         "Pedro Martins"),
        ("complaint", (),
         "Fatura com o meu NIF enviada para outra pessoa",
         """Exmos. Senhores,

Pedi a fatura de uma compra com o meu NIF português, porque trabalho em Bruxelas mas declaro as despesas em Portugal. A fatura nunca me chegou. Hoje um colega de trabalho, que também é cliente vosso, disse-me que recebeu no e-mail dele uma fatura em meu nome, com o meu NIF, morada e os últimos dígitos do cartão com que paguei.

Pelos vistos, a funcionária da caixa pôs o e-mail dele na minha fatura, talvez porque estávamos juntos na fila. Ninguém da vossa empresa me contactou sobre isto.

Considero isto uma violação dos meus dados e quero que me expliquem como aconteceu e o que fazem para não se repetir. Reservo-me o direito de apresentar queixa à autoridade de proteção de dados.

Helena Ferreira""",
         "Helena Ferreira"),
        ("other", (),
         "cartão recusado",
         """Olá, tentei pagar com o meu cartão Multibanco português na loja de Ixelles e foi recusado. A senhora disse que "os dados do cartão não são aceites no sistema". Aceitam cartões estrangeiros ou só Bancontact? Tenho de levantar dinheiro antes de ir?
Obrigado
Carlos""",
         "Carlos Gomes"),
        ("other", (),
         "Reembolso da encomenda cancelada",
         """Bom dia,

A minha encomenda WEB-26-0314-88027 foi cancelada por vocês por falta de stock no dia 16 de março. Paguei com cartão de crédito, 134,90 EUR. Recebi o e-mail a dizer que o reembolso seria feito em 3 a 5 dias úteis mas até agora nada no extrato do cartão.

Podem verificar, por favor? Se precisarem de mais algum dado meu, digam.

Obrigada,
Sofia Lopes""",
         "Sofia Lopes"),
    ],
}

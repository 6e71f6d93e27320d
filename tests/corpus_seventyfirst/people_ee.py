"""Person mail for the seventyfirst set (en nl fr de es it pt): tickets, travel and insurance sold at the shop's counters and on its site for partners, and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventyfirst.py)."""

PEOPLE_EE = {
    "en": [
        ("access", (),
         "Prague trip - where did my details go?",
         """Hello,

In January I booked a city trip to Prague through the "Travel" section of your website: three nights, 12 to 15 March 2026, for me and my partner, flights and hotel through Horizon Travel. The booking form asked for both our passport numbers and expiry dates, which I understood, airlines need them.

The trip itself was fine. But since then I have had a survey from the hotel chain, a newsletter from Horizon Travel I never subscribed to, and last week an email in Czech from a car rental company in Prague offering me 15% off "as a valued traveller". I didn't rent a car and never gave that company my address.

I'm not writing to shout at anyone, I'd just like to understand. Which of your partners actually received our details from that booking, and did all of them get the passport numbers? And what do you yourselves still keep about me now that the trip is over?

Booking reference HZ-26-01588.

Kind regards,
Harriet Bexley
Rue Gachard 41, 1050 Brussels""",
         "Harriet Bexley"),
        ("correction", (),
         "Booking ref HZ-26-40917 - passport number",
         """Dear team,

I tried to check in online for my flight to Lisbon (package booked at your Wavre store on 2 February, departure 14 May) and the airline site keeps refusing my passport. I've now spotted why: the passport number on the booking is EM4471209, while my passport says EM4471290. The last two digits have been swapped, probably when the lady at the counter typed it in from my passport.

The airline told me the passenger data come from the booking you made for Horizon Travel, so the correction has to come from your side. Could you please correct the number in the booking and in my customer file with you, and let me know once Horizon has the right one?

Passport expiry date 08/09/2031, that one is correct.

Many thanks,
Graham Whitlock
0478 20 64 13""",
         "Graham Whitlock"),
        ("deletion", (),
         "Van hire in February",
         """Hi,

On 2 February my brother and I hired a 12m3 van from the RoadMate desk in your Mechelen store to move my things from Mechelen to Leuven. Everything went smoothly, we brought the van back the same evening with a full tank and the deposit came back a week later. So no complaints there.

When we picked it up, the man at the desk scanned both sides of my driving licence and my ID card and said they keep the copy "in case a speeding fine comes in". The RoadMate app also made me take a selfie next to the licence for the "identity check".

It's now the beginning of April, no fine has turned up and I'm not planning to rent a van again any time soon. I'd rather those scans and that selfie didn't sit on a server for years, so please get rid of them, and of the rest of the rental file if you don't need it for anything.

Cheers,
Tom Ashworth""",
         "Tom Ashworth"),
        ("portability", (),
         "Bookings file",
         """Hello,

Over the last three years I've booked quite a lot through your site: two holidays, a handful of city trips, concert and match tickets and a couple of car rentals. I've started using a trip-planning app that can import past trips, and I'd like to put my whole history in there.

Could you send me all my bookings since 2023 (dates, destinations, travellers, tickets, rentals, prices paid) in a file a computer can read, like CSV or JSON? The PDF confirmations in my account are no good for that, I'd have to retype everything.

Account: p.okafor@mailbox.example.be

Thank you,
Precious Okafor""",
         "Precious Okafor"),
        ("restriction", ("correction",),
         "Travel insurance claim Malaga - note in my file",
         """Dear Sir or Madam,

In February I hurt my back badly on the second day of a holiday in Malaga and spent four days in hospital there. I had bought Protectis travel insurance at your Hasselt counter together with the trip. I sent in the claim with the medical certificate from the hospital and the bills (EUR 3,870).

Protectis has now refused the claim because of a "pre-existing condition". When I asked on what basis, they referred to a note made when the policy was sold at your counter: "customer mentions chronic back problems". I never said that. I mentioned that my wife has back problems, because we were discussing whether she should be insured too.

I am disputing this with Protectis with the help of my legal insurance. Until the matter is settled, I ask you not to use that note or my medical certificate for anything else and not to pass them on to anyone else. Please do not delete them either, my lawyer may need them. Once it is sorted out, the note should of course be corrected.

Please confirm that this has been done.

Yours faithfully,
Kevin Marsh
Kempische Steenweg 220, 3500 Hasselt
Policy no. PT-TRV-2026-118204""",
         "Kevin Marsh"),
        ("objection", (),
         "",
         """Bought 2 tickets for the Club Brugge game through your site last month and now the ticket company texts me every other day with offers for other matches and "exclusive merch". Tell them to stop, and don't use my number for your own ads either.

Dan""",
         "Dan Whitfield"),
        ("withdraw_consent", (),
         "Question about a box I ticked",
         """Hi,

When I bought my new phone with the Protectis phone insurance in your Antwerp store, the tablet at the checkout had a box saying "I agree that Protectis and its selected partners may contact me with offers by email and phone". I ticked it without really thinking, the queue behind me was long.

Is it possible to undo that afterwards? I don't agree with it anymore and I'd like it to stop before the calls start. The insurance itself I want to keep, of course.

Thanks,
Aisha Rahman""",
         "Aisha Rahman"),
        ("complaint", ("access", "deletion"),
         "Second request - booking made in my name - no reply",
         """To the Data Protection Officer,

On 20 January 2026 I wrote to this address about a holiday to Antalya that was booked through your website in my name, with my date of birth and my passport number, by my former partner after we separated. I did not make, authorise or pay for that booking. I asked you (1) for a copy of all personal data you hold about me and how it was obtained, and (2) to erase my data from that booking and from any account created with it.

I received an automatic acknowledgement (ticket 2026-0120-7731) and nothing since. The one-month period in Article 12(3) GDPR expired on 20 February. No extension was announced and no reason given.

I find it unacceptable that a request about the misuse of my passport details has been left unanswered for more than two months. Unless I receive a full reply to both requests within ten days of this letter, I will lodge a complaint with the Belgian Data Protection Authority (Gegevensbeschermingsautoriteit / Autorité de protection des données) and attach this correspondence.

Yours faithfully,
Eleanor Tait
Avenue Brugmann 302, 1180 Uccle""",
         "Eleanor Tait"),
        ("other", (),
         "Refund - cancelled concert 28 March",
         """Hello,

I bought two tickets at your Liège store for the concert on 28 March at Forest National, which the organiser cancelled three days before. Ticketra said refunds go through the point of sale, so I went back to the counter on 2 April. Your colleague asked for my ID and bank account number for the refund and had me sign a form - I assume that's all in line with your privacy policy, no problem there.

It's been two weeks now and nothing has arrived on my account (BE71 0630 4471 2269). Could you tell me when I can expect the EUR 118? The form number is RF-0402-33.

Best,
Sarah Pennington""",
         "Sarah Pennington"),
        ("other", (),
         "Deposit still blocked",
         """Hello,

I rented a car from RoadMate at your Namur store from 12 to 16 March and returned it on time, undamaged, fuel full. The EUR 500 deposit was put as a pre-authorisation on my credit card and it's still blocked a month later, which is a problem because it's eating my card limit.

Just to be clear, I do NOT want you to close my account or remove anything, I'm happy to rent from you again. I just want the deposit released. Rental contract RM-NAM-26-0577.

Thanks,
Oliver Grant""",
         "Oliver Grant"),
    ],
    "nl": [
        ("access", (),
         "Verlengde garantie gsm - schadegeval geweigerd",
         """Goedemiddag,

Bij de aankoop van mijn smartphone in jullie winkel in Roeselare (november 2025) heb ik ook de verlengde garantie met breukverzekering van Protectis genomen. Vorige maand is het scherm gebarsten en ik heb het schadegeval aangegeven via jullie site.

Protectis heeft de schade geweigerd met als reden dat ik "al een schadegeval gemeld had in 2024" en dat de polis maar één herstelling per jaar dekt. Ik heb in 2024 helemaal niets gemeld, ik had toen nog geen verzekering bij hen.

Ik vraag me dus echt af wat er allemaal over mij doorgegeven is. Welke gegevens hebben jullie over mij aan Protectis bezorgd, en sinds wanneer? Ik wil graag een kopie van alles wat jullie over mij en mijn garantiecontracten bijhouden, ook de notities van de winkel.

Klantnummer 30-118-4471.

Met vriendelijke groeten,
Lieselot Vanneste
Stationsstraat 14, 8800 Roeselare""",
         "Lieselot Vanneste"),
        ("correction", (),
         "Adreswijziging",
         """Dag,

Ik ben op 1 maart verhuisd van Gentbrugge naar Merelbeke, maar in mijn klantenaccount staat nog altijd mijn oude adres (Land van Rodelaan 8, 9050 Gentbrugge). Daardoor is de brief van de verzekeraar over mijn aangifte van diefstal (met het pv van de politie erbij) naar het oude adres gegaan en heb ik hem pas na twee weken via de nieuwe bewoners gekregen.

Mijn nieuw adres is Hundelgemsesteenweg 412, 9820 Merelbeke. Willen jullie dat aanpassen in mijn account én in het dossier bij de verzekeraar van de reisverzekering? Ik kan het zelf niet wijzigen in de app, het veld staat grijs.

Bedankt,
Bram De Clercq""",
         "Bram De Clercq"),
        ("deletion", (),
         "rijbewijs",
         """hoi, ik heb in januari een bestelwagen gehuurd bij jullie in kortrijk en ze hebben daar een kopie van mijn rijbewijs gemaakt. alles is afgehandeld en de waarborg is terug. wil graag dat die kopie nu verwijderd wordt.

mvg Jens Vermeulen

Verzonden vanaf mijn iPhone""",
         "Jens Vermeulen"),
        ("portability", (),
         "Reizigersprofiel meenemen",
         """Beste,

Wij boeken al jaren onze vakanties via jullie reisbalie in Turnhout, maar we stappen over naar een ander reisbureau dat dichter bij huis ligt.

In ons profiel bij jullie zitten de paspoortgegevens van het hele gezin (vijf personen), onze voorkeuren (kamer met twee aparte bedden voor de kinderen, glutenvrij eten voor mijn dochter), de frequent flyer nummers en onze boekingsgeschiedenis. Kunnen jullie mij dat bezorgen in een bestand dat ik zo aan het nieuwe reisbureau kan doorgeven, in een gangbaar formaat zoals csv of Excel? Als jullie het rechtstreeks naar hen kunnen sturen, is dat nog beter.

Alvast bedankt,
Greet Peeters
Graatakker 19, 2300 Turnhout""",
         "Greet Peeters"),
        ("restriction", ("access",),
         "Reis geboekt op mijn naam - NIET door mij",
         """Geachte,

Vorige week kreeg ik een bevestigingsmail van jullie voor een all-in reis naar Hurghada voor twee personen, vertrek 23 april, geboekt via jullie website op mijn naam en met mijn identiteitskaartnummer. Ik heb die reis niet geboekt. Het e-mailadres in de boeking is niet het mijne; de bevestiging kwam bij mij omdat mijn adres blijkbaar ook in het account staat. Ik vermoed dat iemand mijn gegevens heeft gebruikt na de diefstal van mijn portefeuille in februari.

Ik heb aangifte gedaan bij de politie van Leuven (pv LE.55.L1.004417/2026).

Ik vraag jullie om dat account en die boeking onmiddellijk te blokkeren: niets meer mee doen, niets doorsturen naar de touroperator, geen facturen op mijn naam. Verwijder het voorlopig niet, de politie zal de gegevens waarschijnlijk opvragen. En ik had graag geweten welke gegevens van mij in dat account en in die boeking staan en vanaf welk e-mailadres het account gemaakt is.

Met vriendelijke groet,
Koen Janssens
Tiensesteenweg 88, 3001 Heverlee
0495 12 77 30""",
         "Koen Janssens"),
        ("objection", (),
         "Telefoontjes van Protectis",
         """Goedendag,

In december kocht ik bij jullie een televisie met vijf jaar garantie van Protectis. Sindsdien ben ik al vier keer gebeld door iemand van Protectis met een aanbod voor een woningverzekering en een familiale. Ik heb daar nooit om gevraagd.

Ik wil niet dat mijn gegevens nog gebruikt worden om mij iets te verkopen, niet door jullie en niet door jullie partners. De garantie op de tv moet natuurlijk gewoon blijven lopen.

Vriendelijke groet,
Marc Wouters""",
         "Marc Wouters"),
        ("withdraw_consent", (),
         "Toestemming",
         """Geachte heer, mevrouw,

Bij mijn boeking van een citytrip naar Wenen (referentie HZ-26-22104) heb ik aangevinkt dat jullie mijn gegevens mogen delen met Horizon Reizen voor "gepersoonaliseerde reisinspiratie". Ik trek die toestemming hierbij in.

Met vriendelijke groeten,
Annelies Smets""",
         "Annelies Smets"),
        ("complaint", ("deletion",),
         "Foto van mijn paspoort met een gsm",
         """Goedemiddag,

Zaterdag 14 maart heb ik in jullie winkel in Aalst aan de reisbalie een vakantie naar Kreta geboekt voor mij en mijn twee kinderen. De verkoper nam onze drie paspoorten en fotografeerde ze met zijn eigen smartphone, "omdat de scanner stuk is, ik stuur ze wel door naar mezelf". Ik heb er iets van gezegd, maar hij lachte het weg.

Ik vind dit echt onaanvaardbaar. Het gaat om paspoorten van minderjarigen, en die staan nu op de privé-gsm van een verkoper, misschien in zijn fotogalerij of in de cloud.

Ik verwacht dat die foto's van zijn toestel (en van waar ze ook naartoe gestuurd zijn) verwijderd worden, en een schriftelijke bevestiging daarvan binnen de week. Krijg ik die niet, dan dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Sofie Van Damme
Dendermondsesteenweg 57, 9300 Aalst""",
         "Sofie Van Damme"),
        ("other", (),
         "Re: uw boeking",
         """Goeiedag,

Wij hebben een busreis naar Parijs geboekt voor 18 april (boeking op naam van mijn man, Luc Claes, referentie HZ-26-30962). Kunnen wij naast elkaar zitten? We hebben nu plaats 14 en 22 gekregen.

Ik had eerst gebeld, maar uw collega mocht om privacyredenen niets zeggen over de boeking omdat die niet op mijn naam staat. Dat begrijp ik hoor, daarom mail ik nu met Luc in cc.

Groetjes,
Hilde Claes""",
         "Hilde Claes"),
        ("other", (),
         "Dossier 2026-GSM-00871",
         """Hallo,

Mijn gsm is op 7 maart gestolen op de tram in Antwerpen. Ik heb de aangifte van diefstal en het pv van de politie, het aankoopbewijs en mijn identiteitskaart op 12 maart doorgestuurd via het schadeformulier op jullie site, zoals gevraagd.

Sindsdien heb ik niets meer gehoord. Kunnen jullie laten weten hoever het dossier staat en wanneer ik een vervangtoestel mag verwachten? Ik werk nu al drie weken met een oud toestel van mijn schoonmoeder.

Dank je,
Yasmine El Amrani""",
         "Yasmine El Amrani"),
    ],
    "fr": [
        ("access", (),
         "Demande d'accès - article 15 RGPD",
         """Madame, Monsieur,

Le 10 janvier 2026, j'ai réservé au comptoir voyages de votre magasin de Namur (Rue de Fer) un séjour en Crète pour ma famille, du 4 au 18 juillet 2026, auprès de votre partenaire Horizon Voyages (réservation HZ-26-03311). À cette occasion, votre collaboratrice a encodé les données des passeports de mon épouse, de nos deux enfants mineurs et de moi-même, ainsi que nos dates de naissance, mon adresse et mes coordonnées bancaires.

En application de l'article 15 du Règlement général sur la protection des données, je vous prie de me communiquer :
- une copie de l'ensemble des données personnelles que vous détenez à notre sujet ;
- les finalités pour lesquelles elles sont traitées ;
- les destinataires auxquels elles ont été ou seront communiquées (Horizon Voyages, compagnie aérienne, hôtel, assureur, etc.) ;
- la durée pendant laquelle vous comptez les conserver ;
- si des données ont été obtenues ailleurs qu'auprès de moi, leur source.

Je vous remercie de me répondre dans le délai d'un mois prévu à l'article 12, paragraphe 3.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Dethier
Chaussée de Louvain 118, 5000 Namur""",
         "Philippe Dethier"),
        ("correction", (),
         "Billets Standard - mauvais nom",
         """Bonjour,

J'ai acheté sur votre site deux billets nominatifs pour Standard - Anderlecht du 26 avril (commande TK-88214). Sur mon billet il est écrit "Gauthier Lemaire", or je m'appelle Gautier Lemaire, sans h. Au stade ils contrôlent la carte d'identité à l'entrée, et un ami s'est déjà fait refuser l'accès pour une faute de ce genre.

Pouvez-vous corriger mon nom sur le billet et dans mon compte client ? Je ne sais pas comment le h est arrivé là, je pense avoir tapé correctement.

Merci d'avance,
Gautier Lemaire""",
         "Gautier Lemaire"),
        ("deletion", ("withdraw_consent", "objection"),
         "Ras-le-bol",
         """Bonjour,

En février j'ai réservé chez vous un week-end à Bruges avec ma femme pour son anniversaire. Depuis, c'est un festival : la newsletter d'Horizon Voyages, des SMS d'un loueur de voitures, un mail de l'hôtel pour "donner mon avis", et maintenant des courriers papier avec des offres de croisières.

Je n'en peux plus. Supprimez toutes mes données de vos fichiers. Si j'ai coché quelque chose à un moment pour recevoir des offres de vos partenaires, je retire mon accord. Et je ne veux plus recevoir la moindre publicité, ni de vous ni de qui que ce soit à qui vous avez passé mon adresse.

Jean-Marc Collignon
Rue des Carmes 7, 4000 Liège""",
         "Jean-Marc Collignon"),
        ("restriction", (),
         "Extension de garantie - rapport du technicien contesté",
         """Madame, Monsieur,

J'ai acheté en octobre 2025 un ordinateur portable dans votre magasin de Mons, avec l'extension de garantie de trois ans de Protectis Assurances. En mars, l'ordinateur ne s'allumait plus et je l'ai déposé au service après-vente du magasin.

Dans son rapport, le technicien a noté "dommage suite à une chute". L'ordinateur n'est jamais tombé ; il s'est éteint pendant une mise à jour et n'a plus redémarré. Sur cette base, Protectis refuse la prise en charge.

Je conteste l'exactitude de cette mention. Pendant que vous la vérifiez, je vous demande, conformément à l'article 18, paragraphe 1, a) du RGPD, de limiter le traitement de ce rapport : qu'il ne soit plus transmis à Protectis ni à d'autres, et qu'il ne soit pas utilisé dans mon dossier client ou pour d'autres contrats. Ne le supprimez pas : j'en aurai besoin si le litige se poursuit.

Dossier SAV MO-26-1187.

Cordialement,
Nathalie Urbain""",
         "Nathalie Urbain"),
        ("objection", (),
         "Vos offres « personnalisées »",
         """Bonjour,

Je constate que les offres de voyage que vous m'envoyez sont calquées sur mes réservations : après un city-trip à Porto, j'ai reçu des offres pour Lisbonne ; après les billets pour un concert de jazz à Flagey, des offres pour des festivals de jazz. Visiblement vous analysez ce que j'achète pour me classer dans une catégorie.

Je m'oppose à ce profilage et à l'utilisation de mon historique d'achats à des fins de prospection. Vous pouvez garder mon compte pour mes réservations, mais rien de plus.

Bien à vous,
Isabelle Renard""",
         "Isabelle Renard"),
        ("withdraw_consent", (),
         "",
         """bjr, jai coché la case pour recevoir les offres de Protectis quand jai pris l assurance gsm au magasin de charleroi. je retire mon accord. merci

Kevin D.""",
         "Kevin Delvaux"),
        ("complaint", ("deletion",),
         "Toujours aucune réponse",
         """Bonjour,

Le 9 février, je vous ai demandé par e-mail de supprimer la copie de mon permis de conduire prise lors de la location d'une camionnette RoadMate à votre magasin de Wavre en décembre. Pour toute réponse, j'ai reçu un accusé de réception automatique (référence PRV-26-0209-114).

Deux mois plus tard, rien. Pas un mot, pas une confirmation. J'ai rappelé le magasin, qui m'a dit que "ça se règle au siège".

Je trouve cette façon de faire inacceptable. Si je n'ai pas de réponse d'ici la fin du mois, je saisirai l'Autorité de protection des données. En attendant, je vous demande une dernière fois de supprimer cette copie et de me le confirmer par écrit.

Caroline Lambert
Avenue des Combattants 22, 1300 Wavre""",
         "Caroline Lambert"),
        ("other", (),
         "Concert annulé - remboursement",
         """Bonjour,

Le concert du 21 mars à Forest National a été annulé par l'organisateur. J'avais acheté mes deux billets sur votre site (commande TK-79012). Ticketra me dit de m'adresser à vous pour le remboursement.

Au téléphone, on m'a dit que le plus simple serait de supprimer mon compte pour déclencher le remboursement automatique ; je ne veux PAS supprimer mon compte client, j'y ai mes garanties et mes factures. Je veux juste être remboursé de 96 EUR. Comment dois-je faire ?

Merci,
Anne-Sophie Gérard""",
         "Anne-Sophie Gérard"),
        ("other", (),
         "Caution camionnette",
         """Bonjour,

J'ai loué une camionnette RoadMate à votre magasin de Tournai du 7 au 8 mars (contrat RM-TOU-26-0312). Au retour, on m'a retenu 150 EUR sur la caution pour une griffe sur la porte latérale, alors qu'elle y était déjà au départ : je l'ai même photographiée sur le parking, photo datée du 7 mars à 8 h 12, que je joins.

Pouvez-vous revoir ça et me rembourser le solde de la caution ?

Cordialement,
Olivier Lefèvre
0472 88 19 05""",
         "Olivier Lefèvre"),
        ("other", (),
         "Vérification d'identité conforme RGPD pour vos comptoirs de location",
         """Madame, Monsieur,

Vos comptoirs de location de véhicules et de réservation de voyages traitent chaque jour des copies de permis de conduire et de passeports. Savez-vous combien de ces copies dorment encore dans vos systèmes, et pour combien de temps ?

IDverif, start-up liégeoise, propose une solution de vérification d'identité 100 % conforme au RGPD : la pièce est vérifiée en quelques secondes, seul le résultat est conservé, et la copie est effacée automatiquement. Plus de risque de fuite, plus de casse-tête en cas de demande d'accès ou d'effacement de vos clients.

Seriez-vous disponible pour une démonstration de 20 minutes la semaine prochaine ?

Bien cordialement,
Thomas Rasquin
Responsable commercial, IDverif SRL
Quai Banning 6, 4000 Liège""",
         "Thomas Rasquin"),
    ],
    "de": [
        ("access", (),
         "Reiseversicherung - welche Unterlagen haben Sie weitergegeben?",
         """Sehr geehrte Damen und Herren,

im Januar hatte ich beim Skifahren in Tirol einen Unfall und wurde in Innsbruck an der Schulter operiert. Die Reiseversicherung von Protectis hatte ich zusammen mit der Reise an Ihrem Schalter in Eupen abgeschlossen. Die Schadensmeldung habe ich über Ihr Portal eingereicht, mit dem ärztlichen Attest und den Rechnungen.

Jetzt ruft mich ein Sachbearbeiter von Protectis an und stellt Fragen zu einer Knieoperation aus dem Jahr 2019, die im Attest überhaupt nicht vorkommt. Das steht nur im vollständigen Krankenhausbericht, den ich Ihnen damals zusammen mit einer früheren Reklamation geschickt habe.

Welche Unterlagen und Gesundheitsdaten haben Sie an Protectis weitergeleitet? Bitte schicken Sie mir eine Kopie aller Daten, die Sie über mich gespeichert haben, und teilen Sie mir mit, wem Sie diese übermittelt haben.

Mit freundlichen Grüßen
Stefanie Kessler
Herbesthaler Straße 31, 4700 Eupen""",
         "Stefanie Kessler"),
        ("correction", (),
         "Falsche Führerscheinklasse",
         """Guten Tag,

am Samstag wollte ich bei RoadMate in Ihrer Filiale in Sankt Vith einen Transporter mit Anhänger mieten, der für heute reserviert war. Am Schalter hieß es, laut meinem Kundenprofil hätte ich nur Führerscheinklasse B, und ich durfte den Anhänger nicht mitnehmen.

Ich habe aber seit 2014 die Klasse BE, das steht auch klar auf meinem Führerschein, den Ihre Kollegin bei der ersten Miete im letzten Jahr kopiert hat. Offenbar wurde damals nur B eingetragen.

Bitte korrigieren Sie die Führerscheinklasse in meinem Profil auf B und BE, damit mir das bei der nächsten Miete nicht wieder passiert.

Danke und Gruß
Jürgen Margraff""",
         "Jürgen Margraff"),
        ("deletion", (),
         "Konto, das ich nie angelegt habe",
         """Hallo,

eine Kollegin hat im Februar für unseren Betriebsausflug 14 Konzertkarten über Ihre Webseite gekauft. Weil die Karten personalisiert sind, hat sie für jeden Teilnehmer Name und E-Mail-Adresse eingegeben, bei mir leider meine private Adresse statt der dienstlichen.

Jetzt habe ich offenbar ein Kundenkonto bei Ihnen, das ich nie angelegt habe, und bekomme Mails wie "Ihr Passwort läuft ab" und "Ihre Vorteile als Kunde". Das Konzert ist vorbei, ich brauche dieses Konto nicht.

Bitte löschen Sie das Konto und alles, was Sie über mich gespeichert haben.

Viele Grüße
Dominik Schröder
dominik.schroeder@postfach.example.be""",
         "Dominik Schröder"),
        ("portability", (),
         "Datenübertragung nach Art. 20 DSGVO",
         """Sehr geehrte Damen und Herren,

ich habe über Ihre Filiale in Kelmis mehrere Versicherungen Ihres Partners Protectis abgeschlossen (Handyversicherung, Jahresreiseversicherung, Garantieverlängerung für Waschmaschine und Fernseher) und in den letzten zwei Jahren drei Schadensfälle gemeldet.

Ich möchte meine Versicherungen bei einem Vergleichsportal prüfen lassen und gegebenenfalls wechseln. Gemäß Art. 20 DSGVO bitte ich Sie, mir die Daten, die ich Ihnen dazu bereitgestellt habe (Verträge, versicherte Geräte mit Seriennummern, Schadensmeldungen), in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln, zum Beispiel als CSV- oder XML-Datei.

Mit freundlichen Grüßen
Helga Brandt
Lütticher Straße 140, 4720 Kelmis""",
         "Helga Brandt"),
        ("restriction", (),
         "Schadensfall Barcelona - Polizeibericht",
         """Sehr geehrte Damen und Herren,

während einer Städtereise, die ich bei Ihnen gebucht habe, wurde mir am 2. März in Barcelona der Koffer aus dem Mietwagen gestohlen. Ich habe sofort Anzeige bei den Mossos d'Esquadra erstattet und den Polizeibericht mit der Schadensmeldung bei Ihnen eingereicht.

Protectis behauptet nun, der Bericht sei "nicht plausibel", und hat den Fall an ihre Betrugsabteilung weitergegeben. Ich habe dagegen Widerspruch eingelegt und einen Anwalt eingeschaltet.

Solange das nicht geklärt ist, bitte ich Sie, meine Daten zu diesem Fall nur noch zu speichern und nicht weiter zu verarbeiten: keine Weitergabe an andere Stellen, kein Vermerk in meinem Kundenkonto. Löschen Sie die Unterlagen aber bitte nicht, ich brauche sie für das Verfahren (Art. 18 Abs. 1 lit. c DSGVO).

Mit freundlichen Grüßen
Andreas Hilger""",
         "Andreas Hilger"),
        ("objection", (),
         "Widerspruch Werbung",
         """Seit der Buchung unseres Wochenendes im Freizeitpark bekomme ich von Horizon Reisen jede Woche Post und Mails. Ich widerspreche der Nutzung meiner Daten für Werbung, bei Ihnen und bei Ihren Partnern.

Gruß
Monika Theissen""",
         "Monika Theissen"),
        ("withdraw_consent", ("deletion",),
         "Gespeicherte Passdaten",
         """Guten Tag,

bei meiner letzten Buchung (Kurzurlaub in Wien) habe ich das Häkchen bei "Reisepassdaten für künftige Buchungen speichern" gesetzt. Das war bequem, aber nach allem, was man über Datenlecks liest, ist mir das inzwischen nicht mehr geheuer.

Ich widerrufe diese Einwilligung und bitte Sie, die gespeicherten Passdaten (meine und die meines Mannes) zu löschen. Beim nächsten Mal gebe ich sie lieber wieder von Hand ein.

Freundliche Grüße
Claudia Lenz""",
         "Claudia Lenz"),
        ("complaint", ("access",),
         "2. Erinnerung: Auskunftsersuchen vom 12.01.2026",
         """Sehr geehrte Damen und Herren,

am 12. Januar 2026 habe ich Sie um Auskunft nach Art. 15 DSGVO über alle Daten gebeten, die Sie im Zusammenhang mit meinen Reisebuchungen und meiner Reiseversicherung über mich verarbeiten. Am 16. Februar habe ich Sie daran erinnert. Eine Antwort habe ich bis heute nicht erhalten, nicht einmal eine Eingangsbestätigung.

Die Frist von einem Monat nach Art. 12 Abs. 3 DSGVO ist seit langem abgelaufen. Ich halte dieses Verhalten für einen klaren Verstoß gegen Ihre Pflichten.

Ich fordere Sie auf, mir die Auskunft bis spätestens 30. April 2026 vollständig zu erteilen. Andernfalls werde ich ohne weitere Ankündigung Beschwerde bei der belgischen Datenschutzbehörde einreichen.

Mit freundlichen Grüßen
Dr. Markus Pauels
Klosterstraße 9, 4780 Sankt Vith""",
         "Markus Pauels"),
        ("other", (),
         "Sitzplätze Busreise 9. Mai",
         """Hallo,

wir fahren am 9. Mai mit Ihrer Busreise nach Köln (Buchung HZ-26-35720, 4 Personen). Mein Vater ist 84 und kann schlecht laufen. Wäre es möglich, uns Plätze ganz vorne zu geben, möglichst nah an der Tür?

Die Daten und Ausweisnummern aller Mitreisenden haben Sie ja schon bei der Buchung bekommen.

Vielen Dank
Sabine Kohnen""",
         "Sabine Kohnen"),
        ("other", (),
         "Frage zur Reiseversicherung",
         """Guten Tag,

ich möchte für unseren Sommerurlaub in Kroatien bei Ihnen die Reiserücktrittsversicherung von Protectis abschließen. Gilt die Versicherung automatisch auch für meine Frau und die beiden Kinder, oder muss ich jede Person einzeln versichern? Und was kostet das für eine Reise von 3.200 Euro?

In Ihrem Online-Formular wird nach den Geburtsdaten aller Reisenden gefragt, aber nicht nach den Passnummern. Reicht das, oder brauchen Sie die Passnummern später noch?

Mit freundlichen Grüßen
Thomas Keutgen""",
         "Thomas Keutgen"),
    ],
    "es": [
        ("access", (),
         "Entradas del concierto",
         """Hola,

Soy española y vivo en Bruselas desde hace cuatro años. En enero compré en vuestra web dos entradas nominativas para un concierto en el Palais 12 (pedido TK-80455): me pidieron nombre, apellidos, fecha de nacimiento y número de DNI de los dos asistentes, mi amiga y yo.

Desde entonces el promotor me escribe en inglés, una agencia de viajes me ofrece "paquetes concierto + hotel" y el otro día me llamó una empresa de seguros para ofrecerme un seguro de cancelación de entradas. Mi amiga dice que a ella también le llegan cosas.

¿Me podéis decir qué datos nuestros guardáis y a quién se los habéis pasado? Me gustaría tener una copia de todo lo que tenéis sobre mí.

Gracias,
Lucía Moreno Iglesias""",
         "Lucía Moreno Iglesias"),
        ("correction", (),
         "Número de pasaporte de mi hijo - reserva Tenerife",
         """Buenos días:

El 20 de febrero reservamos en vuestra tienda de Anderlecht un viaje a Tenerife para el 11 de julio (reserva HZ-26-29318), para mi marido, nuestros dos hijos y yo.

Revisando la confirmación he visto que el número de pasaporte de mi hijo Hugo está mal: pone PAF214778 y el correcto es PAF241778. Además, su fecha de nacimiento aparece como 03/05/2016 y es 05/03/2016.

¿Podéis corregirlo en la reserva y avisar a la agencia y a la compañía aérea? No quiero llevarme un susto en el aeropuerto.

Un saludo,
Marta Gil Navarro
0486 40 17 92""",
         "Marta Gil Navarro"),
        ("deletion", (),
         "Borrar copia del carnet de conducir",
         """Hola, alquilé una furgoneta en vuestra tienda de Ixelles el mes pasado y me hicieron una copia del carnet de conducir. Ya la devolví y me devolvieron la fianza. Por favor borrad la copia, ya no hace falta.

Pablo Ortega

Enviado desde mi móvil""",
         "Pablo Ortega"),
        ("portability", (),
         "Mis reservas en un archivo",
         """Hola:

¿Me podéis mandar en un archivo todos los datos de mis reservas de los últimos años (viajes, entradas, alquileres de coche)? Lo quiero pasar a mi nueva agencia de viajes en Madrid, que me lo ha pedido para preparar mi perfil de cliente, y prefiero no volver a escribirlo todo a mano.

Mejor en un formato que se pueda abrir en Excel o importar directamente (CSV, por ejemplo), según el artículo 20 del RGPD.

Muchas gracias,
Javier Santamaría Ruiz""",
         "Javier Santamaría Ruiz"),
        ("objection", (),
         "Llamadas de la aseguradora",
         """Buenas tardes:

En diciembre compré un móvil en vuestra tienda de Gante con el seguro de Protectis contra robo y rotura. Desde entonces me llaman casi cada semana de Protectis para ofrecerme un seguro de hogar, de coche o de viaje, siempre en neerlandés, que además no entiendo bien.

No quiero que se usen mis datos para venderme nada más, ni por vuestra parte ni por parte de vuestros socios. El seguro del móvil lo quiero mantener, eso sí.

Un saludo,
Rocío Fernández""",
         "Rocío Fernández"),
        ("withdraw_consent", (),
         "WhatsApp",
         """Hola,

Cuando reservé el viaje a Marrakech marqué la casilla para recibir por WhatsApp "ofertas y novedades de nuestros socios de viaje". Retiro ese consentimiento.

Pero ojo: los avisos del propio viaje (billetes, cambios de horario, la confirmación del traslado) sí quiero seguir recibiéndolos por WhatsApp hasta la vuelta, el 27 de abril.

Gracias,
Sergio Vidal""",
         "Sergio Vidal"),
        ("complaint", ("deletion",),
         "Reclamación - reserva hecha con mis datos",
         """Muy señores míos:

El 2 de marzo les escribí para pedirles que borraran mis datos de una reserva de viaje a Cancún que mi expareja hizo en su web a mi nombre, con mi DNI y mi fecha de nacimiento, sin mi permiso. Ustedes me contestaron el 18 de marzo que no podían hacer nada porque "el titular de la reserva es otra persona" y que solo él podía modificarla.

Me parece increíble. Los datos son míos, no suyos, y en ningún momento consentí que se usaran. Que ustedes me remitan precisamente a la persona que los ha utilizado sin mi permiso es inaceptable.

Les pido de nuevo que borren mis datos de esa reserva y de cualquier otro sitio en que los tengan por culpa de ella. Si en quince días no tengo una respuesta seria, presentaré una reclamación ante la Autoridad de Protección de Datos de Bélgica, y también ante la AEPD si hace falta.

Atentamente,
Carmen Delgado Prieto
Avenue de la Couronne 205, 1050 Ixelles""",
         "Carmen Delgado Prieto"),
        ("other", (),
         "Reembolso concierto cancelado",
         """Hola,

El concierto del 15 de marzo en el Lotto Arena se canceló y todavía no me han devuelto el dinero de las entradas (pedido TK-81702, 134 euros). En el correo de la cancelación decía que el reembolso sería automático en 14 días y ya han pasado más de tres semanas.

¿Me podéis decir cómo va?

Saludos,
Alba Romero""",
         "Alba Romero"),
        ("other", (),
         "Cambio de asiento",
         """Buenos días,

Tengo un vuelo a Alicante el 3 de abril incluido en un paquete que reservé con ustedes (HZ-26-31007). Me han asignado el asiento 31C pero viajo con mi madre, que tiene 79 años y le han dado el 12A. ¿Es posible sentarnos juntas? Si hay que pagar un suplemento, no pasa nada.

En la reserva ya están los datos de las dos, nombres y pasaportes.

Muchas gracias,
Inmaculada Sánchez""",
         "Inmaculada Sánchez"),
        ("other", (),
         "Re: Siniestro 2026-VIA-00412",
         """Hola de nuevo,

Vuelvo a adjuntar el certificado médico del hospital de Sevilla y las facturas de la farmacia, porque en vuestro último correo decís que faltan documentos. Es la tercera vez que los mando, así que algo no funciona con el formulario.

¿Podéis confirmarme que ahora sí está todo y decirme cuándo se pagará la indemnización? Han pasado ya dos meses desde que lo declaré.

Gracias,
Manuel Herrera Castro""",
         "Manuel Herrera Castro"),
    ],
    "it": [
        ("access", ("objection",),
         "Viaggio in Sicilia",
         """Buongiorno,

ad agosto dell'anno scorso ho prenotato al vostro banco viaggi di Charleroi un viaggio in Sicilia per me e mia moglie, volo e albergo a Cefalù tramite Horizon Voyages. Alla prenotazione ci hanno chiesto i passaporti, l'indirizzo, il telefono e anche il numero della carta di credito.

Da gennaio ricevo telefonate da un numero italiano di una società che vende multiproprietà in Sicilia. Sanno il mio nome, sanno che sono stato a Cefalù e in quale albergo. Io non ho mai dato i miei dati a nessuno là.

Vorrei sapere che dati avete su di me e a chi li avete dati. E se li avete dati a qualcuno per fare pubblicità, non voglio che succeda più.

Distinti saluti,
Salvatore Lo Bianco
Rue de la Providence 44, 6030 Marchienne-au-Pont""",
         "Salvatore Lo Bianco"),
        ("correction", (),
         "Data di nascita sbagliata sulla polizza",
         """Buonasera,

ho fatto l'assicurazione viaggio Protectis sul vostro sito insieme alla prenotazione di un city trip a Berlino (HZ-26-27741). Nel certificato di polizza che mi è arrivato la mia data di nascita è 17/02/1998, mentre sono nata il 17/12/1998.

Non vorrei che in caso di sinistro l'assicurazione facesse storie per questo. Potete correggerla, per favore, e mandarmi il certificato giusto?

Grazie mille,
Giulia Ferraro""",
         "Giulia Ferraro"),
        ("deletion", (),
         "Patente e selfie",
         """Salve,

a febbraio ho noleggiato un'auto tramite l'app RoadMate che si trova sul vostro sito. Per la verifica mi hanno chiesto la foto della patente fronte e retro e un selfie.

Non voglio cancellare l'account, lo userò ancora per le bollette e le garanzie. Voglio solo che cancelliate le foto della patente e il selfie, dato che il noleggio è finito e pagato da tempo.

Cordiali saluti,
Matteo Rinaldi""",
         "Matteo Rinaldi"),
        ("portability", (),
         "Richiesta ai sensi dell'art. 20 GDPR",
         """Spett.le Ufficio Privacy,

con la presente, ai sensi dell'articolo 20 del Regolamento (UE) 2016/679, chiedo di ricevere in un formato strutturato, di uso comune e leggibile da dispositivo automatico i dati personali che vi ho fornito in relazione ai miei contratti di garanzia estesa e alle mie assicurazioni telefono stipulate presso il vostro punto vendita di Genk (contratti, dispositivi assicurati, denunce di sinistro e relativi documenti).

Chiedo inoltre, ove tecnicamente possibile, che tali dati siano trasmessi direttamente al mio nuovo assicuratore, di cui vi comunicherò i riferimenti su richiesta.

Distinti saluti,
Avv. Francesca Cirillo
Stalenstraat 12, 3600 Genk""",
         "Francesca Cirillo"),
        ("restriction", (),
         "Denuncia di furto - pratica sospesa",
         """Buongiorno,

il 28 febbraio mi hanno rubato il telefono a Bruxelles Midi. Ho fatto la denuncia alla polizia e l'ho mandata con la richiesta di rimborso dell'assicurazione furto comprata da voi.

Adesso l'assicuratore mi scrive che la pratica è "in verifica antifrode" perché il telefono risulterebbe ancora acceso in Romania. Io non c'entro niente, e ho chiesto alla polizia di controllare.

Finché non si chiarisce, vi chiedo di non usare la mia pratica né i miei dati per altro: non passateli ad altri, non segnatemi come "cliente a rischio" o cose simili. Non cancellate niente però, perché servirà per dimostrare che ho ragione.

Grazie,
Alessandro Greco
0471 23 90 54""",
         "Alessandro Greco"),
        ("objection", (),
         "Newsletter Ticketra",
         """Buongiorno, dopo aver comprato due biglietti per la partita dei Diavoli Rossi ricevo ogni giorno newsletter di Ticketra. Mi oppongo all'uso dei miei dati per marketing, vostro e dei vostri partner.

Chiara Bassi""",
         "Chiara Bassi"),
        ("withdraw_consent", (),
         "consenso",
         """ciao, quando ho preso l assicurazione sul telefono ho detto si a ricevere offerte dai partner. non lo voglio piu, tolgo il consenso. grazie

Luca""",
         "Luca Marchetti"),
        ("complaint", ("access",),
         "Passaporto letto ad alta voce",
         """Gentili signori,

sabato scorso, al banco viaggi del vostro negozio di Liegi, c'era una coda lunga. Il commesso che mi ha servito ha letto ad alta voce il numero del mio passaporto, la data di nascita e il mio indirizzo per "confermarli", davanti a tutte le persone in fila. Poi ha lasciato la fotocopia del passaporto sul bancone mentre andava a prendere la stampa.

Mi sono sentita trattata senza nessun rispetto. Non è così che si gestiscono i documenti delle persone.

Voglio sapere cosa è stato fatto di quella fotocopia e quali dati miei sono stati registrati. Se non riceverò una risposta seria, mi rivolgerò all'Autorità per la protezione dei dati belga.

Rosa Esposito
Rue Saint-Gilles 201, 4000 Liège""",
         "Rosa Esposito"),
        ("other", (),
         "Cauzione noleggio furgone",
         """Buongiorno,

ho noleggiato un furgone dal 20 al 21 marzo al vostro negozio di Hasselt (contratto RM-HAS-26-0449). Il furgone è stato restituito puntuale e senza danni, ma la cauzione di 300 euro non è ancora tornata sul mio conto.

Potete controllare?

Grazie,
Davide Colombo""",
         "Davide Colombo"),
        ("other", (),
         "Candidatura - consulente viaggi banco di Bruxelles",
         """Gentile Responsabile,

ho visto sul vostro sito l'offerta per un posto di consulente viaggi al banco del negozio di Bruxelles e vi invio la mia candidatura. Ho lavorato sei anni in un'agenzia viaggi a Torino e due anni in un tour operator a Bruxelles; parlo italiano, francese, inglese e un buon neerlandese.

Allego il curriculum e la lettera di motivazione. Resto a disposizione per un colloquio.

Cordiali saluti,
Elena Marchesini
+32 489 55 21 36

Autorizzo il trattamento dei miei dati personali presenti nel curriculum vitae ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR).""",
         "Elena Marchesini"),
    ],
    "pt": [
        ("access", (),
         "Pergunta sobre os meus dados",
         """Boa tarde,

No ano passado comprei na vossa loja de Saint-Gilles uma viagem ao Algarve para mim, para a minha mulher e para os nossos três filhos, com o seguro de viagem da Protectis. Na altura deram-me para assinar uma folha com muita letra pequena e eu assinei.

Agora a Protectis mandou-me uma carta a dizer que o seguro anual "foi renovado automaticamente" e vem com os nomes e as datas de nascimento de toda a família, até do mais novo, que nem foi connosco.

Gostava de saber que dados da minha família é que vocês têm, de onde vieram os dados do meu filho mais novo e a quem é que os passaram. Podem mandar-me uma cópia?

Obrigado,
António Ferreira da Costa
Rue de Mérode 97, 1060 Saint-Gilles""",
         "António Ferreira da Costa"),
        ("correction", (),
         "Nome errado no bilhete de avião",
         """Bom dia,

Reservei no vosso site um voo com hotel para Madeira, partida a 2 de junho (reserva HZ-26-38825). No bilhete o meu nome aparece como "SILVA FERREIRA / ANA" mas o meu nome é Ana Ferreira da Silva, e no passaporte o apelido é FERREIRA DA SILVA. A companhia aérea diz que o nome tem de ser igual ao do passaporte.

Podem corrigir o nome na reserva e na minha conta? Acho que o sistema trocou a ordem dos apelidos.

Obrigada,
Ana Ferreira da Silva""",
         "Ana Ferreira da Silva"),
        ("deletion", (),
         "Cópia do cartão de cidadão",
         """Olá, aluguei um carro na vossa loja de Etterbeek em fevereiro e tiraram cópia do meu cartão de cidadão e da carta de condução. O aluguer já acabou e está tudo pago. Apaguem essas cópias por favor.

Rui Monteiro""",
         "Rui Monteiro"),
        ("portability", (),
         "Histórico de reservas",
         """Bom dia,

Queria receber todas as minhas reservas feitas convosco desde 2022 (viagens, bilhetes de concertos, alugueres de carrinha) num ficheiro que eu possa abrir no computador e passar para outra plataforma, tipo Excel ou CSV. Vou deixar de usar a vossa conta e quero ficar com o meu histórico.

Conta: catarina.lopes@correio.example.pt

Cumprimentos,
Catarina Lopes""",
         "Catarina Lopes"),
        ("restriction", (),
         "Sinistro com atestado médico - não apaguem",
         """Exmos. Senhores,

Em março tive de cancelar uma viagem a Cabo Verde por doença e participei o sinistro ao seguro de cancelamento da Protectis, que comprei convosco, com o atestado médico do meu médico de família.

A Protectis recusa pagar porque diz que o atestado "não é suficiente" e quer o meu processo clínico completo. Não concordo e apresentei reclamação.

Enquanto isto não estiver resolvido, peço que limitem o tratamento dos meus dados deste processo, incluindo o atestado: que fiquem guardados mas que não sejam usados nem enviados a mais ninguém. Não os apaguem, porque preciso deles para a reclamação.

Com os melhores cumprimentos,
Fernanda Pires Gonçalves
Avenue Brugmann 58, 1190 Forest""",
         "Fernanda Pires Gonçalves"),
        ("objection", (),
         "Publicidade",
         """Boa tarde,

Desde que comprei bilhetes para um concerto no vosso site recebo publicidade da Ticketra e de uma agência de viagens por email e por SMS. Oponho-me à utilização dos meus dados para marketing, vosso ou dos vossos parceiros. Os bilhetes são a única coisa que quero de vocês.

Paulo Rodrigues""",
         "Paulo Rodrigues"),
        ("complaint", ("deletion",),
         "Reclamação - pedido ignorado",
         """Exmos. Senhores,

No dia 3 de fevereiro de 2026 pedi, ao abrigo do artigo 17.º do RGPD, o apagamento da cópia do meu passaporte e da minha filha que ficou no vosso balcão de viagens de Antuérpia depois de uma reserva que acabámos por cancelar. Até hoje não recebi qualquer resposta.

Já passaram mais de dois meses, o prazo do artigo 12.º terminou há muito e ninguém se deu ao trabalho de me responder. É lamentável a forma como tratam os vossos clientes e os documentos deles.

Informo que, se não tiver resposta no prazo de dez dias, apresentarei queixa junto da Autoridade de Proteção de Dados belga. Reitero o pedido de apagamento das cópias dos dois passaportes.

Sem outro assunto,
Joana Marques Tavares
Lange Kievitstraat 70, 2018 Antwerpen""",
         "Joana Marques Tavares"),
        ("other", (),
         "Mudança de lugar",
         """Bom dia,

Tenho um voo para o Porto a 17 de abril (reserva HZ-26-33490) e queria mudar para um lugar à janela, de preferência na frente do avião. É possível fazer isso pelo vosso balcão ou tenho de falar com a companhia?

Obrigado,
Nuno Almeida""",
         "Nuno Almeida"),
        ("other", (),
         "Reembolso do concerto",
         """Boa tarde,

O concerto de 4 de abril no Ancienne Belgique foi cancelado e ainda não recebi o reembolso dos três bilhetes (encomenda TK-83366). Quando liguei, pediram-me o número do cartão de cidadão para confirmar a minha identidade por razões de proteção de dados, dei, mas até hoje nada.

Quando é que vou receber o dinheiro?

Marta Sousa""",
         "Marta Sousa"),
        ("other", (),
         "Garantia estendida",
         """Olá,

Comprei um portátil na vossa loja de Bruxelas com a garantia estendida de 3 anos. A bateria agora só dura uma hora. A garantia cobre a bateria ou não? No contrato fala em "avarias" mas não diz nada sobre desgaste.

Obrigada,
Sílvia Batista""",
         "Sílvia Batista"),
    ],
}

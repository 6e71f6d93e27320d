"""Thirty-sixth set, mistaken identity, other people's data and whose account is it (en nl fr de es it pt). Written apart from the rules (see make_thirtysixth.py)."""

PEOPLE_GA = {
    "en": [
        ("deletion", ("access", "withdraw_consent"),
         "Account opened with my email - not me",
         """Hello,

This morning (3 November) I got a "Welcome to Shop Example!" email and an hour later your newsletter. I have never created an account with you. As far as I know I've never even bought anything from you.

Please close this account and delete whatever is attached to it. I'd also like to know what information you actually hold on me and where it came from. If someone just typed my address by mistake, fine, but if you got it from a list I want to know which one.

And please don't send me any more marketing in the meantime.

Regards,
Martin Hughes""",
         "Martin Hughes"),
        ("access", (),
         "Fraudulent order in my name - request for information",
         """Dear Sir or Madam,

On 14 October 2026 I received a reminder from your payment provider for an unpaid invoice of EUR 612.40 (order SE-26-104877). I did not place this order. It appears someone opened an account in my name, using my date of birth and my home address in Mechelen, but with a delivery address in Charleroi where I have never lived. I reported this to the police on 16 October (reference available on request).

To support the police investigation and my dispute with the payment provider, please provide me with a copy of all personal data you hold under my name or linked to my address, including:
- the account(s) concerned and when they were created,
- the e-mail addresses, phone numbers and delivery addresses used,
- the IP addresses or devices logged for the orders, if you keep them,
- any third parties you passed my details to (payment provider, debt collector, couriers).

I can send a copy of my ID if you need it to confirm who I am.

Yours faithfully,
Rebecca Thornton""",
         "Rebecca Thornton"),
        ("correction", (),
         "Wrong name on my loyalty card",
         """Hi there,

Bit of an odd one. When I scanned my loyalty card at the Hasselt store last week the till said "Welcome back, Sarah Jones". I'm Sara Jonas. Looking in the app, my account has her surname, a birth date that isn't mine (12/03/1961 - I was born in 1988) and a bunch of purchases I never made. I think someone at the service desk merged us because the names are so close.

Could you please put my details right - name Sara Jonas, born 7 August 1988 - and move her purchases and points off my card? Whatever's hers should be on her own card, not mine.

Card number is 2604 3318 0072 if that helps.

Thanks,
Sara""",
         "Sara Jonas"),
        ("restriction", (),
         "I did NOT ask for my account to be deleted",
         """Hello,

Yesterday (9 November) I got an email saying "As requested, your account and loyalty card will be permanently deleted in 14 days." I never asked for this. I'm fairly sure it's a mix-up with another customer: there's another Daniel Baker in our town, and last year the Genk store already confused our cards once.

Please put that deletion on hold and keep my account exactly as it is until you've checked who actually made the request. There are over 4,000 points on the card and two open warranty claims on it.

Thanks,
Daniel Baker""",
         "Daniel Baker"),
        ("objection", (),
         "recommendations",
         """Hi,

We use one loyalty card for the whole household. It's in my name but my wife and both teenagers use it too. For a few months now your app and emails have been full of "picked for you" stuff: makeup, teen clothing, whatever my son bought last. It's obviously built from everything that goes through that card.

I don't want you building a profile of me out of my family's shopping. Please stop using the purchases on my card for personalised recommendations and targeted offers. Keep the card working for the points, that's all we want it for.

Cheers,
Dave Collins""",
         "Dave Collins"),
        ("complaint", ("deletion",),
         "RE: invoices with someone else's details - STILL no reply",
         """I wrote to you on 2 October and again on 19 October. No reply to either.

For the record, one more time: since September I have been receiving invoices and order confirmations for a Mr K. Vandamme. They contain his full name, his address in Aalst, his phone number and what he ordered. He has obviously entered my e-mail address with one letter wrong. I told you this twice. This week I got another one (order SE-26-118034).

So your shop sends a stranger's personal details to me every week and nobody can be bothered to answer. That is exactly what the Data Protection Authority is there for, and if I don't hear from you by the end of next week I will file a complaint with them.

And take my e-mail address off that account. It isn't his and it isn't yours to use.

Graham Pike""",
         "Graham Pike"),
        ("withdraw_consent", (),
         "Not Jessica",
         """Hi, I'm not Jessica. Someone must have signed up for your newsletter with my email address by mistake, because every week I get "Hi Jessica, 20% off this weekend only!". Please just take me off the mailing list.

Thanks
Tom""",
         "Tom Reilly"),
        ("other", (),
         "Parcel left with me for no. 14",
         """Hello,

Your courier left a parcel at my door this afternoon (Thursday 5 November) but it's addressed to the house two doors down, number 14, not 18. Nobody seems to be home there at the moment. I'm happy to drop it round this evening, I just wanted to let you know in case they contact you asking where it went. Or would you rather the courier picks it up again?

Best wishes,
Helen Marsh""",
         "Helen Marsh"),
        ("other", (),
         "Fake email using your name",
         """Hi,

Just so you know - I got an email today from "Shop Example Security" saying my account would be deleted within 24 hours unless I "verified my data" through a link. The link went to some site called shopexample-verify dot com, which has nothing to do with you as far as I can tell. I didn't click anything and I've deleted it.

Thought you'd want to know, since others might fall for it. No need to reply.

Ian""",
         "Ian Fletcher"),
        ("other", (),
         "Adding my mum's address",
         """Hello,

I do most of my mum's shopping online now as she doesn't get out much any more. Is there a way to add her address as a second delivery address on my account, so I can just pick it at checkout instead of changing my own address every time? I couldn't find the option in the app.

Thanks,
Priya Shah""",
         "Priya Shah"),
    ],
    "nl": [
        ("portability", ("deletion",),
         "gezinsaccount splitsen - mijn gegevens",
         """Goeiedag,

Tot nu toe deden mijn man en ik alles via één account op ons gezinsadres (wouters.gezin@telenet.be). We gaan uit elkaar en ik verhuis begin december. Mijn eigen aankopen en garantiebewijzen wil ik niet kwijt.

Kunnen jullie mij een export bezorgen van mijn bestellingen en van de punten op mijn klantenkaart (kaartnr. 2604 5521 9083), in een bestand dat ik kan openen of inladen in een ander programma? CSV is prima. Het gaat alleen om mijn aankopen en de kaart op mijn naam, niet die van mijn man.

Daarna mogen mijn naam en mijn kaart van dat gezinsaccount verwijderd worden. Ik maak zelf een nieuw account aan met mijn eigen e-mailadres.

Met vriendelijke groeten,
Katrien Wouters""",
         "Katrien Wouters"),
        ("deletion", (),
         "Account op mijn e-mailadres",
         """Dag,

Sinds twee weken krijg ik bevestigingen van bestellingen voor een zekere Jan Peters uit Brugge. Ik heet Jan Peeters en woon in Turnhout. Blijkbaar heeft hij bij het aanmaken van zijn account mijn e-mailadres ingetypt, met een e te veel.

Ik heb met zijn bestellingen niets te maken. Willen jullie mijn e-mailadres uit dat account en uit jullie systemen halen? Hoe jullie hem terugvinden, laat ik aan jullie over.

Groeten,
Jan Peeters""",
         "Jan Peeters"),
        ("access", (),
         "Waar hebben jullie mijn gegevens vandaan?",
         """Goedemiddag,

Gisteren viel er een brief van jullie in de bus, op mijn naam, met een welkomstkorting voor "nieuwe houders van de Shop Example-kaart". Ik heb nooit een kaart aangevraagd en ook nooit iets bij jullie gekocht. Er woonde hier vóór ons wel iemand anders, maar de brief staat echt op mijn naam.

Ik zou graag weten welke gegevens jullie precies van mij hebben, sinds wanneer, en van wie jullie ze gekregen hebben. Als het via een adressenbestand of een partner is, hoor ik graag welke.

Alvast bedankt,
Lieve Claes""",
         "Lieve Claes"),
        ("correction", (),
         "klantenkaart op naam van mijn schoonmoeder",
         """Hallo,

Mijn schoonmoeder woont sinds vorig jaar bij ons in. Toen ik in de winkel in Kortrijk een klantenkaart aanvroeg, heeft de medewerker blijkbaar haar gegevens overgenomen omdat ons adres al in jullie systeem stond. Op de kaart en in de app staat nu "Maria Vanhoutte, geboren 1949", terwijl de kaart van mij is: Sofie Debaere, geboren 14/06/1983. Mijn schoonmoeder heeft zelf ook een kaart.

Kunnen jullie de naam en de geboortedatum op mijn kaart aanpassen? Kaartnummer 2604 7710 2249.

Bedankt!
Sofie""",
         "Sofie Debaere"),
        ("restriction", (),
         "Identiteitsfraude - account blokkeren AUB",
         """Geachte,

Iemand heeft op mijn naam een account aangemaakt en op 21 en 23 oktober voor ruim 900 euro besteld, met levering op een adres in Luik. Ik heb dat ontdekt omdat er een betalingsherinnering bij mij thuis toekwam. Op 27 oktober heb ik aangifte gedaan bij de politie van Gent; de zaak is in onderzoek.

Mijn vraag: blokkeer dat account, zodat er niets meer mee besteld of gewijzigd kan worden. Verwijder het voorlopig nog niet: de politie zal waarschijnlijk de gegevens van die bestellingen (leveradres, telefoonnummer, IP-adres) opvragen en die mogen niet verloren gaan. Zodra het onderzoek rond is, laat ik het weten.

Bestelnummers: SE-26-109331 en SE-26-109587.

Met vriendelijke groet,
Bart Verlinden""",
         "Bart Verlinden"),
        ("complaint", (),
         "Gegevens van een andere klant in mijn account??",
         """Beste,

Ik ben hier echt niet gerust in. Toen ik gisteravond inlogde om een retour aan te melden, zag ik onder "Mijn bestellingen" drie bestellingen die niet van mij zijn, met de naam, het adres in Hasselt en het gsm-nummer van een andere vrouw. Dan kan zij waarschijnlijk ook de mijne zien.

Ik heb meteen naar de klantendienst gebeld (4 november, rond 19u) en kreeg als antwoord "dat is waarschijnlijk een weergavefout, probeer later opnieuw". Daar werd verder niets mee gedaan. Ik vind het onaanvaardbaar dat mijn adres en bestellingen zomaar zichtbaar zijn voor een vreemde en dat niemand dat ernstig neemt.

Ik verwacht een reactie van jullie privacyverantwoordelijke.

Els Maes""",
         "Els Maes"),
        ("objection", ("withdraw_consent",),
         "bezwaar profilering gedeelde kaart",
         """Dag,

Mijn vriend en ik gebruiken sinds we samenwonen één klantenkaart, en die staat op mijn naam. Sindsdien krijg ik "persoonlijke" aanbiedingen voor scheerapparaten en voetbalshirts, allemaal op basis van wat hij koopt. Dat jullie de punten bijhouden is geen probleem, wel dat jullie daarmee een profiel van mij opbouwen en dat volgens jullie privacyverklaring ook nog delen met "geselecteerde partners".

Ik maak dus bezwaar tegen die profilering en tegen het doorgeven van mijn gegevens aan partners. En zet mij meteen ook uit jullie nieuwsbrief, ik heb er genoeg van.

Groetjes,
Nathalie Goossens""",
         "Nathalie Goossens"),
        ("other", (),
         "cadeaubon van collega's",
         """Hallo,

Voor mijn pensioen kreeg ik van mijn collega's een cadeaubon van 150 euro. Eén van hen heeft die online gekocht via zijn eigen account, en op de bon staat zijn naam. Kan ik die gewoon gebruiken in de winkel of online met mijn eigen klantenkaart, of moet hij daar eerst iets voor doen?

Vriendelijke groeten,
Roger Janssens""",
         "Roger Janssens"),
        ("other", (),
         "mijn vorige mail - account van mijn vrouw",
         """Goedemorgen,

Ik stuurde u vorige week een mail over het account van mijn vrouw, omdat zij de mails op ons gezamenlijk adres nooit leest. Ze heeft me intussen gezegd dat ze dat liever zelf regelt en dat ze u deze week zelf schrijft vanaf haar eigen adres. U mag mijn vorige bericht dus als onbestaande beschouwen; van uw kant hoeft er niets te gebeuren tot zij contact opneemt.

Met vriendelijke groet,
Dirk Vermeulen""",
         "Dirk Vermeulen"),
        ("other", (),
         "Pakje voor vorige bewoner",
         """Dag,

Er is vanmiddag een pakje van jullie afgeleverd op mijn adres (Kerkstraat 12, Lier) voor een meneer Wim De Smet. Hij woonde hier vóór ons, maar wij wonen hier al sinds juli en ik heb geen nieuw adres van hem. De koerier was al weg voor ik het zag.

Wat doe ik ermee? Komt iemand het ophalen of kan ik het ergens binnenbrengen? Openmaken doe ik het liever niet natuurlijk.

Mvg,
Ann Wuyts""",
         "Ann Wuyts"),
    ],
    "fr": [
        ("withdraw_consent", (),
         "Je ne suis pas Mme Dubois",
         """Bonjour,

Depuis la rentrée, je reçois chaque semaine votre newsletter adressée à « Chantal Dubois ». Je m'appelle Chantal Dubuisson. Visiblement, quelqu'un s'est trompé d'une lettre en encodant son adresse mail.

Merci de me désinscrire. Le lien en bas du mail me demande de me connecter à un compte qui n'est pas le mien, donc je ne peux pas le faire moi-même.

Chantal Dubuisson""",
         "Chantal Dubuisson"),
        ("portability", ("correction",),
         "Mes données de fidélité (compte commun avec ma sœur)",
         """Bonjour,

Ma sœur et moi avons partagé un appartement à Namur pendant six ans et, par facilité, ma carte de fidélité était rattachée à son compte. Je viens de déménager à Wavre et je voudrais récupérer ce qui me concerne : l'historique de mes achats avec ma carte (n° 2604 8123 4407) et le solde de points, dans un fichier exploitable (CSV ou JSON), pour pouvoir le garder et le reprendre ailleurs.

Pourriez-vous aussi détacher ma carte de son compte et y mettre ma nouvelle adresse : rue des Combattants 47, 1300 Wavre ?

Merci d'avance,
Julie Lambert""",
         "Julie Lambert"),
        ("deletion", (),
         "Compte créé avec l'adresse de notre comptabilité",
         """Madame, Monsieur,

Je gère la boîte mail compta@menuiserie-collard.be de notre entreprise. Un ancien employé, M. Fabrice Henrard, parti en août, avait apparemment créé un compte personnel chez vous avec cette adresse. Nous recevons depuis lors ses confirmations de commande, ses promotions et même un bon pour son anniversaire.

Cette adresse n'est pas la sienne et n'a rien à faire dans vos fichiers. Je vous demande de supprimer ce compte, ou au minimum d'en retirer notre adresse. Je l'ai prévenu de son côté, mais il ne réagit pas.

Cordialement,
Isabelle Collard
Gérante, Menuiserie Collard SRL""",
         "Isabelle Collard"),
        ("access", (),
         "Points et achats inconnus sur ma carte",
         """Bonjour,

En vérifiant mon solde de points dans l'appli, j'ai vu une dizaine d'achats au magasin de Mons que je n'ai jamais faits (je n'y ai jamais mis les pieds). J'ai un homonyme, un autre Philippe Leroy ; je le sais parce que le même problème m'est déjà arrivé avec ma banque.

Avant de corriger quoi que ce soit, j'aimerais savoir exactement ce qui est enregistré chez vous sous ma carte et mon nom : quels achats, quelles adresses, quelle date de naissance, et si ces données ont été transmises à quelqu'un. Pouvez-vous m'en envoyer une copie ?

Bien à vous,
Philippe Leroy""",
         "Philippe Leroy"),
        ("restriction", (),
         "Modification de mon compte que je n'ai pas faite",
         """Bonjour,

Le 30 octobre, j'ai reçu un mail de votre part : « Votre adresse de livraison a bien été modifiée ». Ce n'est pas moi qui l'ai modifiée. La nouvelle adresse, à Liège, est celle de mon ex-compagnon, qui connaissait encore mon mot de passe. Le lendemain, il a appelé votre service client en affirmant que le compte était à lui.

Le compte est à mon nom et j'ai toutes les factures. En attendant que vous vérifiiez à qui il appartient, je vous demande de le bloquer : plus de commandes, plus de changements, et surtout aucune suppression. J'ai changé mon mot de passe entre-temps.

Cordialement,
Aurélie Fontaine""",
         "Aurélie Fontaine"),
        ("objection", (),
         "publicités ciblées",
         """Bonjour,

Ma mère utilise ma carte de fidélité quand elle fait ses courses chez vous (c'est plus simple pour les points). Résultat : je reçois des offres « rien que pour vous » pour des bas de contention et des crèmes anti-âge. C'était drôle les deux premières fois, plus maintenant.

Je ne veux pas que mes données d'achat servent à établir un profil et à me cibler avec de la publicité, et je m'y oppose. La carte, je la garde.

Merci
Sébastien Marchal""",
         "Sébastien Marchal"),
        ("complaint", ("deletion",),
         "3e rappel - compte ouvert à mon nom",
         """Madame, Monsieur,

Je vous écris pour la troisième fois. Le 6 octobre 2026, puis le 20 octobre, je vous ai signalé qu'un compte avait été ouvert chez vous à mon nom, avec mon adresse mail, sans mon accord, et j'en ai demandé la suppression. Je n'ai reçu qu'un accusé de réception automatique, puis plus rien. Entre-temps, deux nouvelles commandes ont été passées sur ce compte.

Vous aviez un mois pour me répondre, ce délai est dépassé. Sans nouvelles de votre part d'ici le 20 novembre, je dépose plainte auprès de l'Autorité de protection des données.

Je répète ma demande : supprimez ce compte et toutes les données qui s'y rapportent.

Nadine Lejeune""",
         "Nadine Lejeune"),
        ("other", (),
         "colis de la voisine",
         """Bonjour,

Petit message pour info : votre livreur a déposé hier chez moi (n° 23) un colis destiné à Mme Renard, ma voisine du n° 25. Je le lui ai remis ce matin, tout est en ordre. Si elle vous a contactés pour signaler un colis perdu, vous pouvez la rassurer.

Bonne journée,
Marc Dethier""",
         "Marc Dethier"),
        ("other", (),
         "SMS bizarre à votre nom",
         """Bonjour,

Je viens de recevoir un SMS « Shop Example : votre colis est bloqué, réglez 1,99 EUR de frais de douane via ce lien ». Je n'attends aucun colis de chez vous et le lien ne ressemble pas du tout à votre site. Je l'ai supprimé et j'ai bloqué le numéro. Je vous le signale juste au cas où, d'autres clients pourraient se faire avoir.

Bien à vous,
Françoise Piron""",
         "Françoise Piron"),
        ("other", (),
         "Deuxième adresse de livraison",
         """Bonjour,

Je me fais souvent livrer au bureau parce que personne n'est à la maison en journée. Est-il possible d'enregistrer une deuxième adresse de livraison sur mon compte, sans supprimer celle de mon domicile ? Dans l'appli je ne vois qu'un seul champ « adresse ».

Merci,
Olivier Gérard""",
         "Olivier Gérard"),
    ],
    "de": [
        ("correction", (),
         "Verwechslung mit meinem Vater",
         """Guten Tag,

mein Vater und ich heißen beide Peter Kohnen und wohnen im selben Haus in Eupen (er unten, ich oben). In meinem Kundenkonto stehen jetzt sein Geburtsdatum (03.05.1955) und seine Telefonnummer, und seit Kurzem tauchen dort auch seine Bestellungen auf. Vermutlich wurden unsere Konten bei einem Anruf beim Kundenservice verwechselt.

Bitte korrigieren Sie in meinem Konto das Geburtsdatum auf 19.11.1984 und die Telefonnummer auf 0497 44 18 20 und ordnen Sie seine Bestellungen wieder seinem eigenen Konto zu.

Vielen Dank und freundliche Grüße
Peter Kohnen (jun.)""",
         "Peter Kohnen"),
        ("withdraw_consent", ("deletion",),
         "Newsletter an meinen Vorgänger",
         """Hallo,

ich habe im September die Stelle meines Vorgängers im Einkauf übernommen und damit auch das Postfach einkauf@hoffmann-bau.be. Seitdem bekomme ich Ihren Newsletter mit der Anrede "Lieber Herr Schmitz". Herr Schmitz ist in Rente.

Bitte nehmen Sie die Adresse aus Ihrem Verteiler und löschen Sie sie aus Ihrem System. Der Abmeldelink führt nur auf eine Anmeldeseite, und seine Zugangsdaten habe ich nicht.

Gruß
Jana Krüger""",
         "Jana Krüger"),
        ("portability", (),
         "Meine Bestelldaten als Datei",
         """Sehr geehrte Damen und Herren,

bei Ihnen existieren zwei Kundenkonten von mir, weil mir ein Mitarbeiter in der Filiale 2023 ein zweites unter falsch geschriebenem Namen angelegt hat ("Maier" statt "Meyer"). Das alte Konto nutze ich nicht mehr, aber viele meiner Einkäufe stehen dort.

Bitte schicken Sie mir die Bestellhistorie und den Punktestand aus beiden Konten in einer maschinenlesbaren Datei (CSV oder JSON), damit ich alles an einem Ort habe und in mein Haushaltsbuch übernehmen kann.

Mit freundlichen Grüßen
Claudia Meyer""",
         "Claudia Meyer"),
        ("deletion", (),
         "Konto meiner Tochter mit meiner E-Mail",
         """Guten Tag,

meine Tochter (13) hat sich offenbar ohne mein Wissen Ihre App heruntergeladen und mit meiner E-Mail-Adresse und ihrem eigenen Namen ein Konto angelegt. Ich habe es nur gemerkt, weil die Bestätigungsmail bei mir gelandet ist. Bestellt hat sie nichts.

Bitte löschen Sie dieses Konto mit allen Daten. Sie ist 13, und das Konto läuft auf meine Adresse, ohne dass mich jemand gefragt hat.

Danke
Markus Lenz""",
         "Markus Lenz"),
        ("access", ("objection",),
         "Woher haben Sie meine Daten?",
         """Sehr geehrte Damen und Herren,

gestern kam per Post ein Katalog von Ihnen, an mich persönlich adressiert, mit einem Gutschein "für treue Kunden". Ich war nie Kundin bei Ihnen. Ich vermute, dass meine Adresse mit der meiner Vormieterin oder einer Namensvetterin verwechselt wurde, oder dass Sie sie irgendwo gekauft haben.

Ich bitte um Auskunft nach Art. 15 DSGVO: welche Daten Sie über mich gespeichert haben, woher sie stammen und an wen Sie sie weitergegeben haben. Außerdem widerspreche ich der Nutzung meiner Adresse für Werbung.

Mit freundlichen Grüßen
Ulrike Brandt""",
         "Ulrike Brandt"),
        ("restriction", (),
         "Betrugsbestellung - Daten bitte NICHT löschen",
         """Hallo,

am 9. Oktober hat jemand auf meinen Namen ein Konto bei Ihnen eröffnet und eine Bestellung über 349 EUR (SE-26-106220) an einen Paketshop in Verviers liefern lassen. Jetzt schreibt mir ein Inkassobüro. Anzeige bei der Polizei ist erstattet.

Ihr Kundenservice hat mir am Telefon angeboten, das Konto "einfach zu löschen". Bitte nicht! Die Polizei braucht die Daten zu dieser Bestellung noch. Sperren Sie das Konto stattdessen und verwenden Sie meine Daten bis zur Klärung für nichts mehr, auch nicht für Mahnungen oder das Inkasso.

Viele Grüße
Stefan Wirtz""",
         "Stefan Wirtz"),
        ("objection", (),
         "WG-Konto und personalisierte Werbung",
         """Hi,

in unserer WG bestellen wir über ein Konto, das auf meinen Namen läuft: Klopapier, Putzmittel, aber auch jeder mal was für sich. Ihre Mails an mich sind seitdem voll mit "Das könnte Ihnen gefallen": Proteinpulver, Babykleidung (!), Angelzubehör. Nichts davon ist meins.

Ich möchte nicht, dass Sie aus diesem Konto ein Profil von mir basteln. Ich widerspreche der Auswertung meiner Einkäufe für personalisierte Empfehlungen und Werbung. Bestellen wollen wir trotzdem weiter.

Grüße
Lukas Becker""",
         "Lukas Becker"),
        ("other", (),
         "Anliegen meiner Frau",
         """Guten Tag,

meine Frau hat mich gebeten, Ihnen kurz zu schreiben, dass sie sich wegen der Sache mit ihrem Kundenkonto selbst bei Ihnen meldet, sobald sie aus dem Krankenhaus zurück ist (voraussichtlich Mitte November). Ich habe keinen Zugang zu ihrem Konto und möchte da auch nichts für sie regeln. Nur damit Sie sich nicht wundern, dass es etwas dauert.

Freundliche Grüße
Heinz Schröder""",
         "Heinz Schröder"),
        ("other", (),
         "Gutschein von meiner Schwiegermutter",
         """Hallo,

meine Schwiegermutter hat mir zum Geburtstag einen Geschenkgutschein über 50 EUR geschenkt, den sie online über ihr Kundenkonto gekauft hat. Kann ich den in meinem eigenen Konto einlösen, oder geht das nur bei ihr? Der Code ist 4471-ZB92-KK10.

Danke!
Melanie Fuchs""",
         "Melanie Fuchs"),
        ("other", (),
         "Phishing-Mail in Ihrem Namen",
         """Hallo zusammen,

nur zur Info: Heute kam eine Mail angeblich von Ihnen ("Ihr Konto wurde gesperrt - bestätigen Sie Ihre Daten innerhalb von 48 Stunden"). Absender war service@shop-example-konto.com, der Link ging auf eine ganz andere Seite. Ich habe nichts eingegeben und die Mail gelöscht. Dachte, das interessiert Sie vielleicht.

Gruß
Frank Weber""",
         "Frank Weber"),
    ],
    "es": [
        ("complaint", ("access",),
         "Me leyeron los datos de otra clienta por teléfono",
         """Buenos días:

El 29 de octubre llamé a su servicio de atención al cliente para preguntar por un pedido. Di mi nombre, Carmen García, y la persona que me atendió empezó a leerme la dirección, el teléfono y los últimos pedidos de otra Carmen García, de Lieja. Yo vivo en Bruselas. Cuando le dije que no era yo, me contestó que "hay muchas con ese nombre" y siguió buscando sin pedirme ningún otro dato.

Si a mí me leyeron los datos de esa señora, entiendo que a cualquiera le pueden leer los míos. Me parece muy grave y quiero que conste esta queja. Además, quiero saber si alguien ha consultado mi cuenta de esa misma forma y a quién se le han facilitado mis datos.

Atentamente,
Carmen García López""",
         "Carmen García López"),
        ("correction", (),
         "Mi nombre en la cuenta",
         """Hola:

Cuando hice mi primer pedido, mi exmarido me ayudó a crear la cuenta desde su portátil y el navegador rellenó automáticamente sus datos. Resultado: la cuenta está con mi correo pero con su nombre (Javier Ortega) y su antigua dirección en Anderlecht. Llevo meses recibiendo paquetes con su nombre en la etiqueta.

¿Me lo pueden cambiar? Nombre: Lucía Fernández Ruiz. Dirección: Avenue Brugmann 112, 1190 Forest. Desde la app no me deja modificar el nombre.

Gracias,
Lucía""",
         "Lucía Fernández Ruiz"),
        ("withdraw_consent", (),
         "",
         """Hola, tengo este número de móvil desde septiembre y me llegan casi cada semana SMS de ofertas vuestras para una tal "Mercedes". Yo no soy Mercedes y nunca os he dado mi número. Por favor, dejad de mandar publicidad a este número: +32 470 88 12 63.

Un saludo,
Raúl""",
         "Raúl Moreno"),
        ("portability", (),
         "Solicitud de portabilidad",
         """Estimados señores:

Este verano mis compras con la tarjeta de fidelidad aparecían en la cuenta de otro cliente que se llama igual que yo. Ya lo solucionaron (gracias), pero después de ese lío prefiero tener yo mismo una copia de mis datos.

Les pido que me envíen, en un formato estructurado y legible por máquina (CSV, JSON o similar), los datos personales que les he facilitado y el historial de compras asociado a mi tarjeta n.º 2604 3009 5512, para poder conservarlos y, si algún día cambio de tienda, llevármelos.

Un cordial saludo,
Alberto Sánchez Mora""",
         "Alberto Sánchez Mora"),
        ("deletion", ("withdraw_consent",),
         "Cuenta abierta por mi ex",
         """Hola:

Acabo de enterarme de que mi expareja abrió hace un año una cuenta en su tienda con mi nombre y mi correo electrónico, para acumular puntos en "mi" tarjeta. Nunca lo autoricé y no quiero tener nada que ver con esa cuenta. Ya no estamos juntos y él sigue entrando en ella.

Quiero que eliminen esa cuenta y todos mis datos. Y mientras tanto, que no me llegue ni un correo más de promociones.

Sara Ibáñez""",
         "Sara Ibáñez"),
        ("access", (),
         "¿Qué datos tienen sobre mí?",
         """Buenas tardes:

Desde hace unas semanas me llegan al correo confirmaciones de pedidos y facturas que no son mías, a nombre de un tal Jorge M., con direcciones de entrega en Gante. Antes de hacer nada más, necesito saber qué datos míos tienen ustedes: si mi correo está vinculado a su cuenta o a otra, desde cuándo, qué más figura a mi nombre y de dónde salió mi dirección de correo.

Les agradecería una copia completa de los datos que conservan sobre mí.

Saludos cordiales,
Miguel Ángel Torres""",
         "Miguel Ángel Torres"),
        ("restriction", (),
         "Pedido que no hice - no toquen nada",
         """Buenos días:

Ayer recibí un recordatorio de pago de 212,50 EUR por un pedido (SE-26-112904) que no hice, enviado a una dirección de Charleroi donde no he vivido nunca. Al llamar, su compañera me dijo que en mi cuenta "siempre ha estado esa dirección". No es cierto: vivo en Ixelles desde 2019 y lo puedo demostrar.

Mientras comprueban lo que ha pasado, les pido que limiten el uso de mis datos: que no se pase el cobro a ninguna agencia, que no se modifique ni se borre nada de la cuenta y que esa dirección no se use para nada. Les mando los justificantes que necesiten.

Atentamente,
Pilar Navarro""",
         "Pilar Navarro"),
        ("other", (),
         "Paquete de mi vecino",
         """Hola, buenas:

Os escribo porque el repartidor ha dejado hoy en mi buzón un paquete pequeño a nombre de mi vecino del tercero, el Sr. Dumont. Ya se lo he dado, no pasa nada. Solo quería comentaros que el repartidor ni siquiera llamó al timbre, por si os sirve para hablarlo con la empresa de transporte.

Un saludo,
Elena Ruiz""",
         "Elena Ruiz"),
        ("other", (),
         "Añadir dirección de entrega",
         """Hola:

Quería saber si puedo tener dos direcciones de entrega guardadas en mi cuenta: la mía y la de la residencia donde vive mi padre, porque muchas veces le compro cosas y se las mando directamente. No quiero borrar la mía, solo añadir la suya. ¿Cómo se hace?

Gracias,
Rosa Martín""",
         "Rosa Martín"),
        ("other", (),
         "Correo falso",
         """Hola:

Solo para que lo sepáis: me ha llegado un correo supuestamente vuestro diciendo que he ganado una tarjeta regalo de 500 EUR y que tengo que "actualizar mis datos" en un enlace. Es claramente falso, la dirección del remitente era rarísima y estaba lleno de faltas. No he pinchado en nada y ya lo he borrado. Nada más.

Un saludo,
Diego Castro""",
         "Diego Castro"),
    ],
    "it": [
        ("objection", (),
         "Telefonata da un vostro \"partner\"",
         """Buongiorno,

ieri mi ha chiamato un'agenzia di viaggi che si è presentata come "partner di Shop Example" e ha chiesto della signora Giulia Ferri, cioè mia moglie. Il numero che hanno chiamato però è il mio cellulare: anni fa mia moglie l'aveva messo nel suo account da voi come numero di contatto.

Non so esattamente cosa passiate ai vostri partner, ma non voglio che il mio numero o altri miei dati vengano usati per questo genere di telefonate. Mi oppongo alla comunicazione dei miei dati a terzi per fini commerciali.

Saluti,
Roberto Ferri""",
         "Roberto Ferri"),
        ("complaint", ("correction",),
         "Secondo sollecito - le mie conferme d'ordine vanno a un'altra persona",
         """Gentili signori,

vi ho già scritto il 12 ottobre senza ricevere risposta. Riassumo: nel mio account c'è un indirizzo email sbagliato (manca il "85" finale), inserito non so come. Le mie conferme d'ordine, con il mio indirizzo di casa e quello che ho comprato, arrivano quindi a una persona che non conosco. È stata lei a rintracciarmi su Facebook per avvisarmi! Non posso cambiarlo da sola, perché il link per reimpostare la password va proprio a quell'indirizzo.

Trovo inaccettabile che in tre settimane nessuno abbia reagito. Vi chiedo per l'ultima volta di correggere l'indirizzo email del mio account (quello giusto è quello da cui vi scrivo), altrimenti mi rivolgerò all'Autorità per la protezione dei dati.

Marina Esposito""",
         "Marina Esposito"),
        ("correction", (),
         "Indirizzo sbagliato nel mio profilo",
         """Salve,

ho notato che nel mio profilo cliente l'indirizzo di casa non è più il mio: risulta "Rue de Fer 8, Namur", mentre io abito a Bruxelles, in Rue Royale 201. Ho scoperto che a Namur c'è un'altra Anna Colombo cliente da voi, e immagino che qualcuno del servizio clienti abbia aggiornato l'account sbagliato.

Potete rimettere il mio indirizzo giusto? Controllate per favore anche il numero di telefono: il mio finisce con 3471, se ne vedete un altro non è il mio.

Grazie mille,
Anna Colombo""",
         "Anna Colombo"),
        ("withdraw_consent", (),
         "",
         """Buonasera, in famiglia usiamo un unico indirizzo email e qualcuno di noi, credo mio figlio, si è iscritto alla vostra newsletter. Io quelle email non le voglio e nessuno di noi le apre. Potete cancellare l'iscrizione di questo indirizzo? Il link in fondo alla mail non funziona, dice "sessione scaduta".

Grazie
Paolo Ricci""",
         "Paolo Ricci"),
        ("portability", ("access",),
         "Richiesta dei miei dati - vecchio indirizzo di lavoro",
         """Buongiorno,

anni fa ho aperto il mio account da voi con l'indirizzo email dell'ufficio. A fine ottobre ho cambiato lavoro e quella casella ora la legge un mio ex collega, che gentilmente mi ha girato la vostra ultima newsletter. Io all'account non posso più accedere.

Vi chiedo di inviarmi a questo indirizzo personale i dati del mio account e lo storico dei miei ordini in un formato leggibile da computer (CSV o JSON va benissimo), così da poterli conservare e portare altrove. Vorrei anche sapere se e a chi avete comunicato i miei dati in questi anni.

Grazie,
Davide Marino""",
         "Davide Marino"),
        ("deletion", ("withdraw_consent",),
         "Account mai creato",
         """Buonasera,

stamattina mi è arrivata un'email di benvenuto "Ciao Alessia, il tuo account è pronto!" e subito dopo la newsletter. Non mi sono mai registrata sul vostro sito. Forse qualcuno ha sbagliato a scrivere la propria email, ma il nome è il mio, quindi non ne sono tanto sicura.

Cancellate l'account e non mandatemi più niente, grazie.

Alessia Conti""",
         "Alessia Conti"),
        ("access", (),
         "Accessi del mio ex al mio account",
         """Buongiorno,

mi sono accorta che il mio ex compagno, con cui ho convissuto fino a giugno, ha continuato a entrare nel mio account: ci sono due ordini di settembre che non ho fatto io, e l'email di recupero era stata cambiata con la sua (ora l'ho rimessa a posto).

Vorrei sapere esattamente cosa risulta sul mio account: quali ordini sono stati fatti e da dove, quando e da quale accesso sono stati modificati i miei dati (indirizzo, telefono, email), e quali informazioni su di me erano visibili da lì. Mi serve per capire cosa ha potuto vedere.

Grazie,
Chiara Galli""",
         "Chiara Galli"),
        ("other", (),
         "Buono regalo a nome di un'altra persona",
         """Salve,

una collega mi ha regalato un buono da 30 EUR comprato sul vostro sito; nell'email del buono c'è il suo nome, non il mio. Posso usarlo lo stesso per un ordine dal mio account o deve riscattarlo lei?

Grazie e buona giornata,
Silvia Marchetti""",
         "Silvia Marchetti"),
        ("other", (),
         "Account di mia moglie",
         """Buongiorno,

vi avevo telefonato venerdì per la questione dell'account di mia moglie, e mi è stato detto, giustamente, che deve scrivervi lei. Vi scrivo solo per dirvi che lo farà appena rientra dal viaggio, verso il 20 novembre, dal suo indirizzo. Per ora non dovete fare nulla.

Cordiali saluti,
Stefano Rinaldi""",
         "Stefano Rinaldi"),
        ("other", (),
         "Pacco per il precedente inquilino",
         """Buonasera,

oggi è arrivato a casa mia un vostro pacco intestato a Kevin Lemaire, che abitava qui prima di noi (siamo entrati ad agosto). Non ho suoi contatti. Lo tengo io finché non mi dite cosa fare: mandate qualcuno a ritirarlo o devo portarlo io in un punto di ritiro? Non l'ho aperto.

Saluti,
Luca Moretti""",
         "Luca Moretti"),
    ],
    "pt": [
        ("restriction", ("correction",),
         "Conta alterada pelo meu ex-marido",
         """Boa tarde,

O meu ex-marido continua a ter acesso à minha conta (a palavra-passe era a mesma que usávamos para tudo lá em casa). No dia 2 de novembro alterou a morada de entrega para a casa dele, em Schaerbeek, e o número de telemóvel para o dele. Já mudei a palavra-passe.

Peço-vos que bloqueiem a conta, para que não se possam fazer encomendas nem alterar dados até eu confirmar convosco que está tudo em ordem. Não a apaguem, por favor. E reponham a minha morada, Rue Vanderkindere 35, 1180 Uccle, e o meu número, 0485 30 77 19.

Obrigada,
Fernanda Sousa""",
         "Fernanda Sousa"),
        ("objection", (),
         "Carta de uma seguradora \"parceira\"",
         """Bom dia,

Recebi em casa uma carta de uma seguradora, "parceira da Shop Example", com uma proposta de seguro de saúde "adequada ao seu perfil de compras". As compras em causa nem sequer são minhas: a minha mãe tem o mesmo nome que eu, vivemos na mesma casa e, pelos vistos, os vossos dados misturaram-nos.

Seja como for, oponho-me a que os meus dados sejam usados para me traçarem um perfil e a que sejam passados a parceiros para publicidade.

Cumprimentos,
Maria da Conceição Pereira""",
         "Maria da Conceição Pereira"),
        ("complaint", (),
         "Os meus dados mostrados a outra cliente",
         """Exmos. Senhores,

No sábado, 31 de outubro, fui levantar uma encomenda à vossa loja de Antuérpia. O funcionário procurou pelo apelido "Silva", virou o ecrã para mim e perguntou "é esta?". No ecrã estavam o nome, a morada, o telefone e a encomenda de outra senhora. Pouco depois percebi que tinha acontecido o mesmo ao contrário: a senhora à minha frente na fila, também Silva, tinha visto os meus.

Acho isto inadmissível. Não se podem mostrar os dados pessoais dos clientes a qualquer pessoa ao balcão. Quero que fique registada esta reclamação e gostaria de saber que medidas vão tomar.

Ana Paula Silva""",
         "Ana Paula Silva"),
        ("correction", (),
         "Erro na morada",
         """Olá,

as minhas encomendas estão sempre a ir parar ao vizinho. Fui ver e na minha conta a morada está com o número 71 em vez de 17 (Rue des Champs 17, 1040 Etterbeek). Na app não consigo alterar porque aparece "morada verificada". Podem corrigir, por favor?

Obrigado,
Ricardo Lopes""",
         "Ricardo Lopes"),
        ("withdraw_consent", (),
         "Newsletter e SMS",
         """Olá,

A minha filha de 15 anos instalou a vossa aplicação no meu telemóvel e, ao registar-se, pôs o meu email. Desde então recebo a newsletter quase todos os dias e ainda SMS com promoções. Entretanto ela já tem telemóvel próprio.

Por favor deixem de me enviar a newsletter e os SMS de publicidade. A conta em si ela vai tratar com o email dela.

Obrigada,
Patrícia Ferreira""",
         "Patrícia Ferreira"),
        ("portability", (),
         "Pedido de portabilidade dos meus dados",
         """Boa tarde,

Há duas semanas recebi por email a fatura de outra cliente (já vos avisei por telefone e disseram-me que estava resolvido). Fiquei a pensar que prefiro ser eu a guardar os meus próprios dados.

Peço-vos que me enviem os dados pessoais da minha conta e o histórico das minhas encomendas num ficheiro em formato estruturado (CSV, JSON ou Excel), que eu possa abrir no computador e, se for caso disso, levar para outra loja.

Cumprimentos,
Joana Martins""",
         "Joana Martins"),
        ("deletion", ("complaint",),
         "Conta aberta em meu nome - apaguem-na",
         """Boa tarde,

Peço que apaguem a conta que existe em meu nome na vossa loja online e todos os meus dados que lá estão. Não fui eu que a abri.

Há três semanas fui à vossa loja de Liège avisar que estava a receber emails de encomendas dessa conta. O funcionário tomou nota e disse que alguém me contactaria. Ninguém contactou, e os emails continuam a chegar: o último no dia 4 de novembro, encomenda SE-26-117450, para uma morada em Seraing.

Não acho normal que uma situação destas, comunicada pessoalmente numa loja, fique três semanas sem resposta.

Nuno Rodrigues""",
         "Nuno Rodrigues"),
        ("other", (),
         "Encomenda deixada à porta errada",
         """Boa tarde,

Hoje o estafeta deixou-me à porta uma encomenda vossa para o meu vizinho do rés-do-chão, o Sr. Janssens. Já lha entreguei, está tudo bem. Escrevo só porque no seguimento aparecia "entregue ao destinatário", o que não é bem verdade; pode ser útil para falarem com a transportadora.

Cumprimentos,
Carlos Mendes""",
         "Carlos Mendes"),
        ("other", (),
         "Cartão-presente",
         """Olá!

A minha madrinha deu-me um cartão-presente de 25 EUR da Shop Example, que comprou numa loja com o cartão de cliente dela. Posso usá-lo nas compras online com a minha conta, ou só na loja? E os pontos ficam para ela ou para mim?

Obrigada!
Inês Costa""",
         "Inês Costa"),
        ("other", (),
         "Segunda morada de entrega",
         """Bom dia,

Gostava de acrescentar à minha conta uma segunda morada de entrega, a do meu local de trabalho, sem apagar a de casa. Na aplicação só aparece a opção "alterar morada". Há maneira de ter as duas?

Obrigado,
Hugo Pinto""",
         "Hugo Pinto"),
    ],
}

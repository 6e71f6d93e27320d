"""Sixtieth set, person mail in en nl fr de es it pt, theme consent records, preference centre and what counts as marketing. Written apart from the rules (see make_sixtieth.py)."""

PEOPLE_RE = {
    "en": [
        ("access", (),
         "Consent record - request under Article 15",
         """Dear Sir or Madam,

Your latest newsletter (the garden furniture one, 14 May) says at the bottom that I receive it "because you subscribed to our newsletter". I have no memory of doing so, and before I decide what to do about it I would like to see the evidence.

Under Article 15 GDPR, please provide me with:

1. the date and time at which my subscription was recorded, and the date and time at which the confirmation link in the double opt-in e-mail was clicked;
2. the IP address and the device or browser recorded at each of those two steps;
3. where this happened (web shop, app, a tablet in one of your stores, a partner's website?);
4. the exact wording of the consent text I supposedly agreed to, in the version that was online on that date;
5. every later change to my preferences, with the date and how it was made.

My account is registered under this e-mail address. Loyalty card number 2094 5512 0087.

I look forward to your reply within the one-month deadline.

Yours faithfully,

Fiona Gallagher
Rue des Patriotes 61
1000 Brussels""",
         "Fiona Gallagher"),

        ("withdraw_consent", (),
         "",
         """pls stop the text messages. the emails are fine, keep those
number is 0486 71 30 92
thx""",
         "Dev Patel"),

        ("complaint", ("withdraw_consent",),
         "Your app update switched all my marketing settings back ON",
         """Hello,

I'm writing because I am honestly fed up.

In January I sat down and went through every single setting in your app. I switched off push notifications for offers, in-app messages, "personalised recommendations", the newsletter, the lot. I kept only the notifications for my deliveries. I even took screenshots because I had a feeling something like this would happen.

Last week the app updated (version 6.2, iPhone 13). Since then I get two or three push notifications a day ("Flash sale! 48h only", "Your basket misses you"), and yesterday a newsletter arrived in my inbox again. So I opened the settings and guess what: every box was ticked again. I did not do that. Nobody asked me. Your developers decided it for me.

That is not consent. Consent is me ticking a box, not your update ticking it for me. And I should not have to check my settings after every update like I'm babysitting your app.

I want all marketing switched off again - push, in-app, e-mail, everything except the delivery notifications - and I want it to stay off after the next update. I also want someone to tell me how many other customers this happened to, because I doubt I'm the only one.

If it happens again I'm filing a complaint with the Data Protection Authority (APD/GBA), screenshots and all.

Karen Mitchell""",
         "Karen Mitchell"),

        ("objection", (),
         "Order 40-118873 confirmation",
         """Hi,

Quick one. The order confirmation for my kettle (order 40-118873) is fine, I need that. But underneath it there's a whole "You might also like" block with toasters and a matching mug set, obviously picked from what I just bought, and the shipping mail had the same thing again.

I never signed up for your newsletter and I don't want my orders analysed to sell me more stuff. Can you stop using my purchase history for recommendations - in the confirmations, in the app, wherever? Keep sending the order and delivery mails though.

Cheers,
Tom Hargreaves""",
         "Tom Hargreaves"),

        ("deletion", ("withdraw_consent",),
         "My daughter's account",
         """Hello,

My daughter Ella is 13. Last Saturday she was at your Meir store in Antwerp with two friends and the girl at the till apparently signed all three of them up for the loyalty card and the app "so they'd get 10% off the headphones".

Since then Ella gets push notifications, e-mails about make-up and gaming chairs, and yesterday a "we have a birthday surprise for you" mail asking for her date of birth. She is 13. I don't believe she could agree to any of this on her own and nobody asked me.

Please close her account and delete everything you hold on her, loyalty card included, and make sure she doesn't receive any more marketing of any kind in the meantime. Her e-mail is ella.vdb.2011@gmail.com and the card number on the receipt is 2094 5581 3306.

I'm her mother, happy to prove it if you need me to.

Regards,
Claire Vandenberghe""",
         "Claire Vandenberghe"),

        ("correction", (),
         "Happy birthday?? wrong date",
         """Got your "Happy birthday, here's 15% off" e-mail today, 3 February. Nice thought, but my birthday is the 2nd of March. I filled in the form at the till in Leuven and I suspect someone read my UK-style date the other way round.

Could you correct my date of birth to 2 March 1987 on my account? Account is under this e-mail address.

Rhys""",
         "Rhys Morgan"),

        ("portability", (),
         "Re: Do you still want to hear from us?",
         """Yes, keep me on the list, I like the weekly deals.

While I've got you: I've started using a budgeting app that imports CSV files and I'd like my full purchase history from the loyalty card - dates, stores, items, amounts - as a CSV or some other file I can load into it. The "My orders" page only shows web orders, and only as PDFs. Can you send me that?

Thanks,
Niamh O'Connor

> Hi Niamh,
>
> It's been a while! We want to make sure we only send you mails you actually want to read.
> Do you still want to receive our newsletter with offers, tips and new arrivals?
>
> [Yes, keep me subscribed]    [No, thanks]
>
> If we don't hear from you before 30 June, we'll stop sending you our newsletter.
>
> The Newsletter Team""",
         "Niamh O'Connor"),

        ("other", (),
         "Newsletter stopped arriving",
         """Hi there,

I used to get your newsletter every Thursday and since about mid-April nothing. It's not in spam or promotions either, I checked. I didn't unsubscribe - I actually like it, that's where I found the air fryer deal.

Has it been discontinued, or changed day? Or is it something on my end?

Graham""",
         "Graham Whitfield"),

        ("other", (),
         "Consent management - quick idea for your team",
         """Hi privacy team,

I hope this finds you well. I lead partnerships at ConsentLoop, a Dublin-based consent and preference management platform used by retailers in Ireland, the Netherlands and the Nordics.

Looking at your newsletter footer, I noticed that "Manage preferences" leads to a page that only offers "Unsubscribe from all". Most of our clients found that moving to a per-channel preference centre (email / SMS / push / post, plus a "pause for 30 days" option) cut their full unsubscribes by a third, while giving them an audit-proof consent log (timestamp, IP, text version) for every change.

Would you or your DPO have 20 minutes in the next couple of weeks for a short call? I'm happy to share a case study from a Benelux electronics retailer.

Kind regards,

Aoife Brennan
Partnerships Lead, ConsentLoop
+353 1 555 0142""",
         "Aoife Brennan"),

        ("other", (),
         "WELCOME15 not working",
         """Hi,

Signed up for the newsletter yesterday and got the welcome mail with the code WELCOME15 for 15% off my first order. At checkout it says "this code is not valid". Tried on the app as well, same thing.

Basket is a Dyson V12 and a pair of headphones - is one of them excluded? I haven't placed the order yet, waiting to hear from you.

Sam""",
         "Sam Okafor"),
    ],

    "nl": [
        ("withdraw_consent", (),
         "nieuwsbrief pauze",
         """Kunnen jullie mij een maand geen reclamemails meer sturen? Ik ben aan het verhuizen en mijn mailbox ontploft. Vanaf 1 juli mag het terug.
Groetjes, Lotte""",
         "Lotte Verhaegen"),

        ("access", ("objection",),
         "Waarom krijg ik nu ook mails van Casaro?",
         """Goeiedag,

Ik ben al jaren klant bij jullie en ik krijg de nieuwsbrief van de elektro-afdeling, daar heb ik ooit zelf voor gekozen. Sinds vorige maand krijg ik ook mails van Casaro, dat blijkbaar bij jullie groep hoort. Daar heb ik mij nooit voor ingeschreven, ik had er zelfs nog nooit van gehoord.

Ik wil graag weten van waar zij mijn e-mailadres hebben. Hebben jullie dat doorgegeven? Wanneer, en op basis van wat? En wat hebben ze nog meer gekregen, mijn aankopen ook?

Ik wil ook niet dat mijn gegevens nog naar andere merken van de groep gaan. De nieuwsbrief van jullie zelf mag blijven.

Met vriendelijke groeten,
Marc Willems
Kortrijk""",
         "Marc Willems"),

        ("correction", (),
         "Verkeerd e-mailadres",
         """Dag,

Vorige week heb ik in jullie winkel in Hasselt aan de kassa gezegd dat ik de nieuwsbrief wel wou. De kassierster heeft mijn mailadres ingetypt maar blijkbaar fout: ik krijg niks, en in de app zie ik dat er an.jansens@skynet.be staat in plaats van an.janssens@skynet.be (met dubbel s). Dus waarschijnlijk krijgt iemand anders nu mijn mails.

Kunnen jullie dat aanpassen naar het juiste adres? Mijn klantenkaart is 2094 5530 7712.

Bedankt!
An Janssens""",
         "An Janssens"),

        ("deletion", (),
         "account dat ik nooit gemaakt heb",
         """Ik heb een paar weken geleden meegedaan aan een wedstrijd op de site van Fietsen Peeters (win een e-bike). Nu krijg ik een mail van jullie "Welkom bij onze klantenclub, uw account is aangemaakt". Ik heb nooit een account bij jullie gemaakt en wil er ook geen.

Verwijder dat account aub, met alles wat jullie van die fietsenwinkel over mij gekregen hebben.

Jeroen Maes""",
         "Jeroen Maes"),

        ("restriction", ("access",),
         "Betreft: beperking van de verwerking (art. 18 AVG)",
         """Geachte heer, mevrouw,

In uw antwoord van 3 mei schrijft u dat ik op zaterdag 12 februari 2022 toestemming zou hebben gegeven voor marketing per e-mail en sms, via de tablet aan de ingang van uw filiaal in Gent-Zuid.

Ik betwist dat. Ik was die week in Lissabon, wat ik met vliegtickets en hotelfacturen kan aantonen. Iemand anders moet mijn gegevens daar ingegeven hebben, of er is een fout gebeurd bij het koppelen aan mijn klantenkaart.

Ik verzoek u daarom:
- de verwerking van mijn gegevens voor marketingdoeleinden te beperken zolang u dit onderzoekt;
- het toestemmingsregister en de bijbehorende logs in tussentijd niet te wissen of aan te passen, aangezien ik ze mogelijk nodig heb;
- mij een kopie te bezorgen van die registratie: tijdstip, toestel of kassa, ingevoerde gegevens en de tekst die toen op het scherm stond.

Met de meeste hoogachting,

Hilde Van Damme
Kouter 17
9000 Gent""",
         "Hilde Van Damme"),

        ("objection", (),
         "Voor jou geselecteerd",
         """Hallo,

In jullie app krijg ik een blok "Voor jou geselecteerd" met aanbiedingen die duidelijk gebaseerd zijn op wat ik met mijn klantenkaart koop (ik koop één keer kattenvoer in jullie Home-afdeling en ik zie niks anders meer). Volgens jullie privacyverklaring gebeurt dat op basis van gerechtvaardigd belang.

Daar maak ik bezwaar tegen. De klantenkaart wil ik houden voor de punten, maar ik wil niet dat mijn aankopen geanalyseerd worden om een profiel van mij te maken.

Mvg,
Pieter De Smet""",
         "Pieter De Smet"),

        ("complaint", ("withdraw_consent",),
         "Re: Uw vraag over uw voorkeuren",
         """Dat HEB ik gedaan. Vier keer.

Ik vink sms en "aanbiedingen van partners" uit, ik klik op Opslaan, ik krijg een groen vinkje "Uw voorkeuren zijn bewaard", en een week later staat alles terug aangevinkt en krijg ik weer sms'en. Ik heb daar screenshots van, met datum.

Dit is nu mijn derde mail in zes weken en ik krijg telkens hetzelfde standaardantwoord terug. Ik wil dat iemand bij jullie dat manueel uitzet: geen sms'en meer, geen partnermails meer. Als ik binnen de week niks hoor, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Sofie Claes

> Beste mevrouw Claes,
>
> Bedankt voor uw bericht. U kan uw voorkeuren op elk moment zelf aanpassen via het voorkeurencentrum (link onderaan elke nieuwsbrief).
>
> Met vriendelijke groeten,
> Klantendienst""",
         "Sofie Claes"),

        ("other", (),
         "Re: Wilt u nog van ons horen?",
         """Ja hoor, graag! Ik lees hem elke week, vooral de tips voor in huis.
Doe zo verder :-)

Groetjes,
Mieke

> Beste Mieke,
>
> We willen zeker zijn dat onze mails nog welkom zijn. Wil u onze nieuwsbrief blijven ontvangen?
> Klik op "Ja, ik blijf ingeschreven" of antwoord gewoon op deze mail.""",
         "Mieke Goossens"),

        ("other", (),
         "Vraag voor mijn bachelorproef",
         """Beste,

Ik studeer marketing aan de Arteveldehogeschool en ik schrijf mijn bachelorproef over verjaardagsmails en toestemming in de retail. Mag ik vragen hoe jullie dat aanpakken: vragen jullie een aparte toestemming voor verjaardagsmails, of valt dat onder de gewone nieuwsbrief? En hoe lang bewaren jullie zo'n toestemming normaal?

Het is puur voor mijn onderzoek, het gaat niet over mijn eigen gegevens. Als iemand tijd heeft voor een kort interview (15 min) zou dat super zijn, anders is een antwoord per mail ook al heel fijn.

Alvast bedankt!
Ruben Vermeulen""",
         "Ruben Vermeulen"),

        ("other", (),
         "bestelling 40-220914",
         """In de bevestigingsmail stond "levering dinsdag tussen 8 en 12u". Het is nu donderdag en ik heb niks gehad, de track & trace zegt al drie dagen "in sorteercentrum". Kunt ge eens navragen wat er aan de hand is? Het is een wasmachine en de oude is kapot, met drie kinderen is dat geen lachertje.

Kris Wouters
0475 18 62 40""",
         "Kris Wouters"),
    ],

    "fr": [
        ("access", ("withdraw_consent",),
         "Demande d'accès - preuve de mon consentement aux SMS",
         """Madame, Monsieur,

Depuis plusieurs mois, je reçois de votre part des SMS promotionnels (environ deux par semaine). Lorsque j'ai appelé votre service clientèle, on m'a répondu que « j'avais donné mon accord », sans pouvoir me dire quand ni comment.

Conformément à l'article 15 du RGPD, et sachant que l'article 7.1 vous impose de pouvoir démontrer que la personne a consenti, je vous prie de me communiquer :
- la date et l'heure auxquelles ce consentement aurait été recueilli ;
- le canal utilisé (site, application, caisse en magasin, formulaire d'un partenaire) et, selon le cas, l'adresse IP ou le magasin et la caisse concernés ;
- le texte exact de la case cochée à ce moment-là ;
- la liste des éventuels destinataires de mon numéro de téléphone.

Par ailleurs, je retire dès à présent mon consentement à la réception de SMS commerciaux, quel qu'il soit.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Philippe Dumont
Rue Saint-Gilles 204
4000 Liège""",
         "Philippe Dumont"),

        ("withdraw_consent", (),
         "Re: Souhaitez-vous continuer à recevoir nos offres ?",
         """Non.

> Bonjour Martine,
>
> Cela fait un moment que nous ne nous sommes pas vus !
> Souhaitez-vous continuer à recevoir nos bons plans et nouveautés par e-mail ?
> Répondez simplement à ce message ou cliquez sur l'un des boutons ci-dessous.
>
> [Oui, je reste inscrite]   [Non merci]""",
         "Martine Lambert"),

        ("objection", ("withdraw_consent",),
         "Newsletter Casaro / vos autres enseignes",
         """Bonjour,

Je me suis inscrite il y a un an à la newsletter de Casaro (la déco) parce que j'aime bien leurs bougies et leur linge de maison. Depuis deux semaines, je reçois AUSSI vos mails électroménager / high-tech, et depuis hier des SMS avec des promos sur des télés.

Apparemment vous faites partie du même groupe, mais moi j'ai dit oui à Casaro, pas à tout le groupe. Je m'oppose à ce que mes données soient partagées avec les autres enseignes ou utilisées par elles. Et pour les SMS, c'est non : je retire mon accord pour les SMS, quelle que soit l'enseigne.

La newsletter Casaro peut continuer.

Bien à vous,
Nathalie Renard""",
         "Nathalie Renard"),

        ("deletion", (),
         "« Vous nous manquez » ?",
         """Bonjour,

Je viens de recevoir votre mail « Vous nous manquez ! Revenez avec -10 % ». Ça fait au moins cinq ans que je n'ai rien acheté chez vous, j'ai même déménagé à Lille entre-temps. Je ne vois vraiment pas pourquoi vous avez encore mes coordonnées.

Merci de supprimer mon compte client et toutes les données qui y sont liées.

Cordialement,
Jean-Luc Bertrand""",
         "Jean-Luc Bertrand"),

        ("correction", (),
         "Civilité et adresse",
         """Bonjour,

Dans tous vos mails je suis « Cher Monsieur Dominique Lefèvre ». Je suis une femme. Et le catalogue papier de Noël (que je veux bien recevoir, d'ailleurs) arrive toujours rue de Fer à Namur, alors que j'habite à Jambes depuis deux ans.

Pouvez-vous corriger ces deux infos dans mon compte ?
- civilité : Madame
- adresse : Avenue Jean Materne 112, 5100 Jambes

Merci d'avance,
Dominique Lefèvre""",
         "Dominique Lefèvre"),

        ("portability", (),
         "Mes données carte fidélité",
         """Bonjour, pourriez-vous m'envoyer toutes mes données de carte de fidélité (achats, points, préférences de communication) dans un fichier Excel ou CSV ? Je veux les importer dans une autre appli. Merci !
Yasmina""",
         "Yasmina El Amrani"),

        ("restriction", (),
         "Re: Votre compte sera supprimé dans 30 jours",
         """Bonjour,

Surtout pas !

J'ai un litige en cours avec mon assurance au sujet de la télévision achetée chez vous en novembre 2021 (dégât des eaux). La facture, l'extension de garantie et l'historique de la commande sont dans ce compte, et mon courtier m'a dit de tout garder tant que le dossier n'est pas clôturé.

Merci donc de conserver le compte et ce qu'il contient jusqu'à la fin du litige (je vous préviendrai). Par contre, je ne veux pas qu'il serve à autre chose entre-temps : pas de newsletter, pas de pub, pas de « vous nous manquez ».

Cordialement,
Sébastien Collard

> Bonjour Sébastien,
>
> Votre compte client est inactif depuis plus de trois ans. Conformément à notre politique de confidentialité, il sera supprimé le 15 juillet, ainsi que votre historique de commandes et vos préférences de communication.
> Pour le conserver, il vous suffit de vous connecter avant cette date.""",
         "Sébastien Collard"),

        ("other", (),
         "Question sur les cookies",
         """Bonjour,

Petite question : hier j'ai cliqué sur « Tout refuser » dans votre bandeau cookies. Est-ce que ça veut dire que je suis aussi désinscrit de la newsletter ? Parce que je voudrais continuer à la recevoir, elle est bien faite.

Merci,
Olivier""",
         "Olivier Gérard"),

        ("other", (),
         "Aspirateur vu dans la newsletter",
         """Bonjour,

Dans votre newsletter de mardi il y avait l'aspirateur balai Rowenta à 129 € au lieu de 199 €. Est-ce que la promo vaut aussi en magasin ou seulement en ligne ? Et est-il encore disponible au magasin de Liège Médiacité ? Je préfère aller le chercher que de le faire livrer.

Merci d'avance
Françoise Hennaux""",
         "Françoise Hennaux"),

        ("other", (),
         "Re: Votre avis compte !",
         """Le lien de votre mail pour donner mon avis ne marche pas, j'arrive sur une page blanche. Dommage, j'avais des choses à dire : le grille-pain (commande 40-305511) a rendu l'âme après trois semaines, il ne chauffe plus que d'un côté.

Je fais comment pour le renvoyer ? Je l'échange en magasin ou il faut passer par le site ?

Karim Benali

> Bonjour Karim,
> Vous avez récemment acheté : Grille-pain inox 2 fentes.
> Qu'en pensez-vous ? Donnez votre avis en 1 minute et aidez les autres clients à choisir !""",
         "Karim Benali"),
    ],

    "de": [
        ("complaint", ("withdraw_consent",),
         "Re: Ihre Anfrage [Ticket #58213]",
         """Sehr geehrte Damen und Herren,

diese automatische Antwort habe ich am 2. April bekommen. Heute ist der 19. Mai.

Ich hatte Ihnen damals geschrieben, dass ich meine Einwilligung in Werbe-E-Mails und Werbe-SMS widerrufe. Seitdem habe ich elf Werbemails und vier SMS von Ihnen bekommen, eine davon mit dem Betreff "Wir vermissen dich!". Eine Antwort auf meine Mail habe ich bis heute nicht.

Ich widerrufe hiermit noch einmal, ausdrücklich und zum zweiten Mal, jede Einwilligung in Werbung per E-Mail und SMS. Ich setze Ihnen eine letzte Frist bis zum 31. Mai. Danach reiche ich Beschwerde bei der Datenschutzbehörde ein (ich wohne in Eupen, also bei der belgischen Datenschutzbehörde).

Mit freundlichen Grüßen
Bernd Kessler
Hookstraße 41, 4700 Eupen

> Vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden uns innerhalb von 48 Stunden bei Ihnen.
> Ihr Kundenservice""",
         "Bernd Kessler"),

        ("withdraw_consent", (),
         "",
         """Push-Nachrichten mit Angeboten bitte abstellen. Die Benachrichtigung, wann mein Paket kommt, will ich aber behalten. Geht das?
Gruß Uwe""",
         "Uwe Schröder"),

        ("objection", (),
         "Newsletter ja - Tracking nein",
         """Guten Tag,

ich lese Ihren Newsletter gern und möchte ihn auch weiterhin bekommen. Mir ist aber aufgefallen, dass jeder Link darin über einen Tracking-Server umgeleitet wird und ein Zählpixel eingebunden ist. Und kaum habe ich mir im Newsletter Kaffeevollautomaten angesehen, bekomme ich in der App lauter Kaffeevollautomaten angezeigt.

Gemäß Art. 21 DSGVO widerspreche ich der Auswertung meines Öffnungs- und Klickverhaltens und der darauf beruhenden Profilbildung.

Den Newsletter selbst bitte NICHT abbestellen.

Mit freundlichen Grüßen
Dr. Katrin Vogel""",
         "Katrin Vogel"),

        ("deletion", ("withdraw_consent",),
         "Re: Möchten Sie weiterhin von uns hören?",
         """Nein.

Und wenn wir schon dabei sind: Bitte löschen Sie mein Kundenkonto komplett, inklusive Kundenkarte und Wunschliste. Ich kaufe seit Jahren nicht mehr bei Ihnen.

M. Hoffmann

> Hallo Michael,
>
> wir haben lange nichts voneinander gehört! Möchten Sie unseren Newsletter mit Angeboten und Neuheiten weiterhin erhalten?
>
> [Ja, bitte weiter senden]   [Nein, danke]""",
         "Michael Hoffmann"),

        ("correction", (),
         "Falsche Handynummer in meinem Konto",
         """Hallo,

ich habe vor einiger Zeit zugestimmt, Angebote per SMS zu bekommen. Die SMS kommen aber seit Monaten bei meiner Ex-Frau an, weil in meinem Kundenkonto noch ihre alte Handynummer steht (wir hatten früher einen gemeinsamen Vertrag). Sie hat mich jetzt genervt angerufen.

Bitte ändern Sie die Nummer in meinem Konto auf +32 471 58 20 93. Kundennummer 7731-0045.

Danke und Gruß
Stefan Brandt""",
         "Stefan Brandt"),

        ("portability", (),
         "Datenübertragung nach Art. 20 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit bitte ich Sie, mir alle personenbezogenen Daten, die ich Ihnen bereitgestellt habe, in einem strukturierten, gängigen und maschinenlesbaren Format (bevorzugt JSON oder CSV) zur Verfügung zu stellen. Das umfasst insbesondere:

- meine Stammdaten im Kundenkonto,
- die Kaufhistorie aus Onlineshop und Kundenkarte,
- meine Wunschlisten,
- meine Einwilligungs- und Kommunikationseinstellungen.

Eine PDF-Übersicht reicht mir nicht, ich möchte die Daten in eine andere Anwendung übernehmen.

Kundenkonto: diese E-Mail-Adresse.

Mit freundlichen Grüßen
Jonas Albrecht
Aachener Str. 12, 52062 Aachen""",
         "Jonas Albrecht"),

        ("restriction", (),
         "Gewinnspiel FitWelt - bitte nichts löschen",
         """Guten Tag,

ich habe im März an einem Gewinnspiel auf der Seite von "FitWelt" teilgenommen. Offenbar hat FitWelt meine Daten an Sie weitergegeben, jedenfalls steht in Ihrer Willkommensmail, ich hätte "über unseren Partner FitWelt" in Ihren Newsletter eingewilligt. Das habe ich nicht.

Ich gehe gegen FitWelt rechtlich vor, mein Anwalt kümmert sich darum. Deshalb meine Bitte: Löschen Sie vorerst nichts, insbesondere nicht den Einwilligungsnachweis und die Angabe, von welchem Partner und wann die Daten kamen. Bis die Sache geklärt ist, nutzen Sie meine Daten aber bitte für nichts anderes - keine Werbung, kein Newsletter, keine Weitergabe.

Mit freundlichen Grüßen
Sabine Krüger""",
         "Sabine Krüger"),

        ("other", (),
         "Newsletter auf Deutsch?",
         """Guten Tag,

ich wohne in St. Vith und bekomme Ihren Newsletter auf Französisch. Gibt es den auch auf Deutsch? Beim Anmelden konnte ich nur zwischen Niederländisch und Französisch wählen. Wir sind ja auch Belgier hier in der Eifel :-)

Freundliche Grüße
Helga Margraff""",
         "Helga Margraff"),

        ("other", (),
         "Wie oft kommt der Newsletter?",
         """Hallo,

ich überlege, mich für Ihren Newsletter anzumelden, weil ich demnächst die Küche neu ausstatte. Wie oft kommt der denn? Bei einem anderen Händler habe ich mich mal angemeldet und dann jeden Tag Mails bekommen, das will ich nicht nochmal.

Danke und viele Grüße
Tobias Lehmann""",
         "Tobias Lehmann"),

        ("other", (),
         "Einwilligungsmanagement - Angebot für Ihr Datenschutzteam",
         """Sehr geehrte Damen und Herren,

mein Name ist Felix Baumann, ich bin Geschäftsführer der Kölner Agentur OptIn Digital. Wir unterstützen Händler dabei, Einwilligungen rechtssicher einzuholen, zu dokumentieren und kanalübergreifend zu verwalten - vom Cookie-Banner über das Double-Opt-in bis zum Präferenzcenter mit Pausenfunktion.

Bei Ihrem Webshop ist uns aufgefallen, dass die Cookie-Einstellungen und die Newsletter-Einwilligung in einem gemeinsamen Dialog abgefragt werden. Genau hier können wir helfen.

Gerne stelle ich Ihnen unsere Lösung in einem kurzen Online-Termin vor. Wann würde es Ihnen passen?

Mit freundlichen Grüßen
Felix Baumann
OptIn Digital GmbH
Tel. +49 221 5550 318""",
         "Felix Baumann"),
    ],

    "es": [
        ("access", (),
         "¿Qué datos tienen de mí?",
         """Hola,

Me acaba de llegar un correo felicitándome el cumpleaños con un descuento del 15%. Que yo sepa nunca les he dado mi fecha de nacimiento, solo compré un par de cosas en la web el año pasado.

¿Qué datos tienen exactamente sobre mí y de dónde los han sacado?? También quiero saber si se los han pasado a alguien.

Lucía Fernández""",
         "Lucía Fernández"),

        ("withdraw_consent", (),
         "Correos de cumpleaños y 'te echamos de menos'",
         """Buenas,

quiero seguir recibiendo la newsletter de los jueves, pero NO los correos de cumpleaños ni los de "¡Te echamos de menos!" que me mandan cada vez que paso un mes sin comprar. Por favor quítenme de esos. En el centro de preferencias no encuentro dónde hacerlo.

Gracias,
Pablo""",
         "Pablo Moreno"),

        ("complaint", ("withdraw_consent",),
         "Gestionar preferencias = darse de baja de todo??",
         """Buenos días:

Les escribo bastante molesta. El enlace "Gestionar preferencias" que aparece al pie de todos sus correos lleva a una página con un único botón: "Darme de baja de todas las comunicaciones". Nada más. Yo solo quería quitar los SMS y seguir con la newsletter, que me interesa.

Lo intenté en la app: lo mismo. Escribí dos veces al chat y la primera vez me dijeron que "lo pasaban al departamento correspondiente" y la segunda que "no era posible elegir por canal". ¿En serio?

Retirar el consentimiento tiene que ser igual de fácil que darlo, y cuando me apunté en la tienda me hicieron marcar tres casillas distintas (email, SMS, llamadas). Para darse de alta sí se puede elegir por canal, para darse de baja no. Eso no es normal y me parece que tampoco es legal. Si no lo arreglan, presentaré una reclamación ante la AEPD.

Mientras tanto, quiten los SMS de mi número, el 612 448 907. La newsletter que siga llegando.

Un saludo,
Marta Ruiz Sánchez""",
         "Marta Ruiz Sánchez"),

        ("deletion", (),
         "Email dado en caja",
         """Hola, en su tienda de la Rue Neuve la cajera me pidió el email "para mandarme el ticket". No me dijeron nada de publicidad y ahora recibo ofertas cada dos días.

Borren mi email y cualquier cuenta que hayan creado con él, por favor.

Javier Ortega""",
         "Javier Ortega"),

        ("portability", (),
         "Envío de mis datos a Garantix",
         """Buenas tardes,

Uso la aplicación Garantix para guardar las facturas y garantías de todo lo que compro. Me gustaría que me enviaran mi historial de compras (tienda online y tarjeta de fidelización) en un formato que se pueda importar, CSV o JSON, o si es posible, que se lo transmitan directamente a Garantix. Tienen una dirección para eso: import@garantix.example.

Mi número de tarjeta es 2094 5567 1180.

Muchas gracias,
Álvaro Giménez""",
         "Álvaro Giménez"),

        ("restriction", ("access",),
         "Alta con mi correo sin mi permiso",
         """Buenos días,

Hace unos meses descubrí que mi expareja me dio de alta con mi correo y mi móvil en su cuenta de fidelización de ustedes (creo que para acumular puntos a mi nombre). Yo no he dado ningún consentimiento. Ahora mismo estoy en trámites legales con él.

Les pido dos cosas:
1. Que no usen mis datos para nada mientras aclaran esto (ni publicidad, ni puntos, nada), pero que NO los borren, porque mi abogada necesita poder demostrar cuándo y cómo se hizo el alta.
2. Que me indiquen la fecha, la hora, la tienda o la IP desde donde se hizo el registro y el texto que se aceptó.

Atentamente,
Carmen Navarro López""",
         "Carmen Navarro López"),

        ("objection", (),
         "Rechacé las cookies y sigo viendo 'Recomendado para ti'",
         """Hola,

En su web rechacé todas las cookies de publicidad y personalización. Aun así, en la app me sale una sección "Recomendado para ti" con exactamente lo que estuve mirando en el ordenador, y en los correos de confirmación de pedido también.

Supongo que lo cruzan por la cuenta de cliente. Me opongo a que elaboren un perfil con lo que miro y lo que compro para enseñarme publicidad, en la web, en la app y en los correos.

Saludos,
Diego Castillo""",
         "Diego Castillo"),

        ("other", (),
         "Código de bienvenida",
         """Hola! Me suscribí a la newsletter el domingo y me llegó el código BIENVENIDA10, pero al pagar me dice que ha caducado. ¿Cuánto dura? ¿Me pueden mandar otro? Quería comprar una freidora de aire.

Gracias
Irene""",
         "Irene Delgado"),

        ("other", (),
         "Consulta sobre doble opt-in",
         """Hola, buenas,

Tengo una tienda pequeña de decoración en Valencia y estoy montando mi primera newsletter. Me he suscrito a la suya para ver cómo lo hacen y me ha gustado mucho el correo de confirmación.

¿Me podrían decir qué herramienta usan para el doble opt-in y cómo guardan la prueba del consentimiento? Ya sé que no tienen por qué contestarme, pero me vendría genial cualquier pista. No necesito nada sobre mis datos, es solo curiosidad profesional.

Muchas gracias de antemano,
Rosa Ibáñez""",
         "Rosa Ibáñez"),

        ("other", (),
         "Ya no me llega la newsletter",
         """Hola,

Desde hace un mes no me llega su newsletter. No me he dado de baja y no está en spam. La echo de menos porque ahí salen las ofertas de los jueves. ¿Han dejado de enviarla o han cambiado algo?

Saludos,
Manuel Serrano""",
         "Manuel Serrano"),
    ],

    "it": [
        ("access", ("withdraw_consent",),
         "Da dove avete preso il mio numero?",
         """Buongiorno,

da qualche settimana ricevo vostri SMS pubblicitari ("Solo per te: -20% sui TV!"). Non ho mai fatto acquisti da voi online né ho la vostra carta fedeltà, e non ricordo di aver mai dato il mio numero a nessun negozio.

Vorrei sapere da chi avete avuto il mio numero, quando e con quale consenso, e quali altri dati avete su di me.

Nel frattempo revoco qualsiasi consenso all'invio di SMS promozionali.

Cordiali saluti,
Chiara Romano""",
         "Chiara Romano"),

        ("correction", (),
         "Cognome sbagliato",
         """Buongiorno, in tutte le vostre mail mi chiamate "Gentile Giuseppe Esposto". Il mio cognome è Esposito, con la i. È sbagliato anche sulla carta fedeltà. Potete correggerlo?
Grazie
Giuseppe Esposito""",
         "Giuseppe Esposito"),

        ("portability", (),
         "",
         """buongiorno mi servono tutti gli acquisti fatti con la carta fedeltà negli ultimi 3 anni in un file (excel o csv) che posso caricare in un'altra app per gestire le spese di casa. la carta è la 2094 5502 9931. grazie
Franco Bianchi""",
         "Franco Bianchi"),

        ("restriction", (),
         "Re: La sua opposizione - rif. PRV-20417",
         """Gentili signori,

prendo atto della vostra risposta. In attesa che concludiate la verifica, chiedo la limitazione del trattamento ai sensi dell'art. 18, par. 1, lett. d) del GDPR: fino alla vostra decisione non utilizzate i miei dati di acquisto per la profilazione né per proporre offerte personalizzate, nell'app o nelle email.

Non vi chiedo di cancellare nulla.

Distinti saluti,
Avv. Marco Ricci

> Gentile Sig. Ricci,
>
> abbiamo ricevuto la sua opposizione del 2 aprile al trattamento dei suoi dati di acquisto per finalità di profilazione.
> Stiamo valutando se i nostri interessi legittimi prevalgano sui suoi interessi, diritti e libertà. Le daremo una risposta definitiva entro i termini di legge.
>
> Il team Privacy""",
         "Marco Ricci"),

        ("objection", ("access",),
         "Telefonata da una compagnia assicurativa",
         """Buonasera,

ieri mi ha chiamato un'agenzia di assicurazioni che mi proponeva una garanzia estesa sugli elettrodomestici. Quando ho chiesto come avessero il mio numero mi hanno detto che venivano "dal programma fedeltà" del vostro negozio, come partner.

Non voglio che i miei dati vengano dati a partner per il marketing, né a questa agenzia né ad altri: mi oppongo. E per favore ditemi a quali partner li avete già passati.

Saluti,
Alessandra Conti""",
         "Alessandra Conti"),

        ("withdraw_consent", (),
         "Account di mia figlia (13 anni)",
         """Buongiorno,

sono la madre di Giulia, che ha 13 anni. Ha la vostra app sul telefono con un account collegato alla nostra carta famiglia, e da qualche tempo riceve notifiche push, messaggi nell'app e mail promozionali (cuffie, trucchi, "offerte esclusive per te").

Come genitore revoco a nome suo ogni consenso alle comunicazioni commerciali: email, notifiche push e messaggi in-app. L'account invece può restare, lo usiamo per raccogliere i punti.

La mail dell'account è giulia.ferraro.2011@libero.it.

Grazie,
Elena Ferraro""",
         "Elena Ferraro"),

        ("complaint", ("withdraw_consent",),
         "Iscritta senza consenso - terzo sollecito",
         """Buongiorno,

vi scrivo per la terza volta e comincio a perdere la pazienza.

A febbraio ho comprato un frullatore nel vostro negozio di Bruxelles, in Rue Neuve. Alla cassa il commesso mi ha chiesto l'email "per la garanzia". Io gliel'ho data. Nessuno mi ha chiesto se volevo la newsletter, nessuno mi ha fatto firmare niente, nessuno mi ha fatto vedere nessuna informativa. Da allora ricevo le vostre newsletter, più gli SMS (il numero chi ve l'ha dato?), più gli auguri di compleanno.

Vi ho scritto il 3 marzo: nessuna risposta. Vi ho riscritto il 10 aprile: risposta automatica. Ho cliccato su "disiscriviti" e le mail sono diminuite ma non sparite.

Non ho mai dato il consenso, e lo ritiro comunque, per tutto: email, SMS, tutto quanto. Se entro quindici giorni non ricevo una risposta scritta da una persona vera, presenterò reclamo all'Autorità per la protezione dei dati belga, e lo segnalerò anche al Garante, visto che sono italiana.

Francesca Moretti""",
         "Francesca Moretti"),

        ("other", (),
         "Candidatura - Junior Privacy Officer",
         """Gentile team Privacy,

ho visto sul vostro sito l'annuncio per la posizione di Junior Privacy Officer a Bruxelles e vi invio la mia candidatura spontanea anche a questo indirizzo, perché il modulo online non mi permette di caricare il CV (errore 500).

Ho una laurea in Giurisprudenza (Bologna) e un master in diritto europeo alla KU Leuven; per il mio tirocinio ho lavorato sulla gestione dei consensi e sul registro dei trattamenti di una catena di supermercati. Parlo italiano, inglese, francese e un po' di olandese.

Allego CV e lettera di motivazione. Resto a disposizione per un colloquio.

Cordiali saluti,
Luca Galli""",
         "Luca Galli"),

        ("other", (),
         "Re: Com'è andato il tuo acquisto?",
         """Benissimo, grazie! La macchina del caffè è perfetta, solo che nella scatola mancava il lattiere. Si può avere?

Ordine 40-287630.

Sara Marino

> Ciao Sara,
> hai acquistato di recente: Macchina per espresso automatica.
> Ci racconti com'è andata? Lascia una recensione in 1 minuto!""",
         "Sara Marino"),

        ("other", (),
         "Newsletter senza carta fedeltà?",
         """Salve, una domanda veloce: posso iscrivermi alla newsletter anche se non ho la carta fedeltà? Non ho voglia di fare un'altra tessera ma le offerte mi interessano.
Grazie
Davide""",
         "Davide Lombardi"),
    ],

    "pt": [
        ("access", (),
         "Re: O seu pedido de informação",
         """Boa tarde,

Isso não me diz nada. Escrevem-me que o consentimento "foi registado através do nosso site", mas eu quero ver a prova concreta, como é meu direito (artigo 15.º do RGPD):

- a data e a hora exatas da inscrição e do clique no e-mail de confirmação;
- o endereço IP e o dispositivo usados;
- o texto da caixa de consentimento tal como estava nessa data.

Não tenho qualquer memória de me ter inscrito e gostava de perceber como é que isto aconteceu.

Cumprimentos,
Rui Carvalho

> Exmo. Sr. Rui Carvalho,
>
> Agradecemos o seu contacto. Informamos que o seu consentimento para o envio da nossa newsletter foi registado em 12/03/2021 através do nosso site.
>
> Com os melhores cumprimentos,
> Apoio ao Cliente""",
         "Rui Carvalho"),

        ("correction", (),
         "Mudança de e-mail",
         """Olá,

Mudei de e-mail e a newsletter continua a ir para o antigo (ana.pereira@sapo.pt), que já quase não abro. Podem atualizar na minha conta para ana.s.pereira@gmail.com? Tentei fazer na app mas diz "erro, tente mais tarde".

Obrigada!
Ana Pereira""",
         "Ana Pereira"),

        ("deletion", ("access",),
         "Sorteio do ginásio",
         """Bom dia,

Inscrevi-me num sorteio no site do ginásio GymPlus (para ganhar uma bicicleta de spinning) e agora recebo e-mails vossos a dizer "Bem-vindo ao nosso clube de clientes". Nunca me inscrevi na vossa loja.

Quero que apaguem a conta e todos os meus dados. E gostava de saber exatamente o que é que o ginásio vos passou e quando.

Obrigado,
Tiago Sousa""",
         "Tiago Sousa"),

        ("portability", (),
         "Pedido de portabilidade (art. 20.º, n.º 2, RGPD)",
         """Exmos. Senhores,

Ao abrigo do artigo 20.º, n.º 2, do RGPD, solicito que transmitam diretamente à empresa CasaViva, Lda. os dados pessoais que vos forneci (dados de cliente, histórico de compras online e do cartão de fidelização, lista de desejos), num formato estruturado, de uso corrente e de leitura automática.

A CasaViva indicou-me o seguinte endereço para a receção: dados@casaviva.example.pt.

Caso a transmissão direta não seja tecnicamente possível, peço que me enviem o ficheiro a mim.

Com os melhores cumprimentos,
Joana Martins
Rua de Cedofeita, 315
4050-181 Porto""",
         "Joana Martins"),

        ("restriction", ("correction",),
         "Ficha misturada com a da minha mulher",
         """Boa tarde,

A minha mulher e eu temos o mesmo apelido e a mesma morada e, pelos vistos, o vosso sistema juntou as nossas duas fichas numa só. Na minha conta aparecem compras dela, o aniversário dela e os consentimentos dela (ela aceitou SMS, eu não). Resultado: eu recebo SMS e "parabéns" no dia errado.

Enquanto não separarem as fichas, peço que não usem os meus dados para nada, nem publicidade nem ofertas. Depois, corrijam a minha ficha: data de nascimento 14/09/1979, sem consentimento para SMS.

Cumprimentos,
Paulo Ferreira""",
         "Paulo Ferreira"),

        ("withdraw_consent", (),
         "",
         """Não quero mais chamadas com promoções. Os e-mails podem continuar. Nº 912 345 678.
Manuel Costa""",
         "Manuel Costa"),

        ("complaint", ("withdraw_consent",),
         "Link de cancelamento não funciona - vou à CNPD",
         """Exmos. Senhores,

Já é a terceira vez que carrego em "cancelar subscrição" no fundo da vossa newsletter. Da primeira vez deu erro. Da segunda apareceu "A sua subscrição foi cancelada" e continuei a receber. Da terceira pediram-me para fazer login numa conta que eu nem sabia que tinha.

Escrevi também para o apoio ao cliente há um mês e ainda estou à espera de resposta.

Não é aceitável que seja tão fácil inscrever-se e tão difícil sair. Quero deixar de receber a newsletter e qualquer outra comunicação comercial vossa. Se isto não ficar resolvido esta semana, apresento queixa à CNPD.

Sem outro assunto,
Helena Rodrigues""",
         "Helena Rodrigues"),

        ("other", (),
         "Proposta: plataforma de gestão de consentimentos",
         """Bom dia,

Chamo-me Miguel Antunes e sou responsável comercial da LusoConsent, uma startup de Lisboa que desenvolve uma plataforma de gestão de consentimentos e preferências para o retalho.

Reparámos que a vossa loja vende para Portugal e que o centro de preferências só está disponível em francês e neerlandês. A nossa solução permite gerir consentimentos por canal e por marca, com registo completo (data, IP, versão do texto) e em várias línguas.

Teriam disponibilidade para uma demonstração de 30 minutos?

Com os melhores cumprimentos,
Miguel Antunes
LusoConsent
+351 21 555 0187""",
         "Miguel Antunes"),

        ("other", (),
         "Código de boas-vindas",
         """Olá, subscrevi a newsletter e recebi o código BEMVINDO10, mas no carrinho aparece "código inválido". Será que não vale para envios para Portugal? Obrigada
Beatriz""",
         "Beatriz Almeida"),

        ("other", (),
         "Este e-mail é vosso?",
         """Boa tarde,

Recebi hoje um e-mail com o vosso logótipo a perguntar "Ainda quer ouvir falar de nós?" com dois botões. Antes de carregar em alguma coisa queria confirmar se é mesmo vosso ou se é phishing, porque o remetente é news@mail-shop.example.be e não o endereço habitual.

Obrigado,
Nuno Gonçalves""",
         "Nuno Gonçalves"),
    ],
}

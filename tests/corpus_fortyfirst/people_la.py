"""Forty-first set, mail after the take-over of Maison Dupont, the closed HomeLab brand, the migration and new partners (en nl fr de es it pt). Written apart from the rules (see make_fortyfirst.py)."""

PEOPLE_LA = {
    "en": [
        ("access", ("restriction",),
         "Maison Dupont - did you get my data?",
         """Hello,

I got your email last week saying Maison Dupont is now part of Shop Example and that my "club membership has been transferred" to your loyalty programme. I was a Club Dupont member for maybe six years but I never signed up with you.

Before anything else I'd like to know exactly what you received about me: which details, my purchase history, anything else, and who you got it from (Maison Dupont itself, or some agency that ran their club?). Also whether any of it has been passed on to anyone since.

Until I've had that answer, please don't use any of it - no mailings, no offers, no "welcome" calls. Just leave it where it is.

Thanks,
Margaret Doyle
Club Dupont card 4410 2287 9013""",
         "Margaret Doyle"),

        ("deletion", (),
         "Password reset for an account I deleted in 2019??",
         """Hi,

This morning I received a "Reset your password for the new Shop Example web shop" email. I closed my account with you back in 2019 - I remember doing it, I even got a confirmation at the time. So why does it still exist, and why has it been moved into your new system?

Whatever is left of it, please delete it properly this time and let me know when it's done. I didn't click the link.

Tom Gallagher""",
         "Tom Gallagher"),

        ("portability", (),
         "Club Dupont points and history",
         """Dear privacy team,

Now that Club Dupont has been folded into your loyalty scheme, I'd rather take my history with me than start over with you. Could you send me my Club Dupont points balance and my full purchase history (dates, items, stores, amounts) as a CSV or JSON file? Something I can open and import elsewhere, please, not a PDF of screenshots.

Card number 4410 3365 0172, registered to this email address.

Kind regards,
Priya Raman""",
         "Priya Raman"),

        ("objection", ("access",),
         "Objection to transfer of my personal data to the United States",
         """Dear Sir or Madam,

Your notice of 14 October 2026 states that customer data will from now on be hosted by a cloud provider based in the United States, and that customer service is handled by a contractor outside the EU.

I object to my personal data being transferred to the US for this purpose. I do not accept that your interest in cheaper hosting outweighs my interests, given the access US authorities can obtain to data held by American providers.

Please also tell me which safeguard under Articles 44 to 46 GDPR you rely on for this transfer (adequacy decision, standard contractual clauses or otherwise) and provide me with a copy of those safeguards or tell me where I can obtain one.

Yours faithfully,
Dr Alan Whitfield""",
         "Alan Whitfield"),

        ("complaint", ("deletion",),
         "Call from Portugal about my orders",
         """I've just had a phone call from a woman in Lisbon who said she was calling "on behalf of Shop Example" and then read my last three orders out to me, including the cushions I bought for my mother's birthday. I have never given anybody permission to hand my order history to a call centre in another country and nobody ever told me this would happen.

This is really not acceptable. I want it on record that I'm complaining about it, and I want my account and everything attached to it deleted. If I don't hear back I'll be taking it to the Data Protection Authority.

Sarah Kinsella
(last order was 2026-118734)""",
         "Sarah Kinsella"),

        ("correction", (),
         "Wrong name on my account after the move",
         """Hello,

Since you moved everyone over to the new web shop, my account and all the emails I get are addressed to "Mr and Mrs P. Hughes". My husband Peter passed away in 2021 and I changed the account to my own name then - the old site had it right. Somehow the new system has brought him back.

Could you please change it back to just Mrs Ann Hughes? It's upsetting to see his name every time I order something.

Thank you,
Ann Hughes""",
         "Ann Hughes"),

        ("withdraw_consent", (),
         "newsletters x3",
         """I'm now getting your newsletter three times every Thursday - one from Shop Example, one still with the Maison Dupont logo and one from the new loyalty thing. Take me off all of them please, I don't want any of them.

Dan""",
         "Daniel Price"),

        ("other", (),
         "Maison Dupont gift cards",
         """Hi there,

I've got two Maison Dupont gift cards from my birthday in August, one for 25 and one for 50 euro, never used. The Dupont shop in Leuven has your sign on it now. Are these still valid in your stores or online, or do I need to transfer them onto something first?

Cheers,
Katie""",
         "Katie Moran"),

        ("other", (),
         "Invoicing after the Maison Dupont takeover",
         """Dear Sir or Madam,

We have supplied candles and home fragrance to Maison Dupont since 2018 (supplier account MD-00417). Since the takeover our contact in their purchasing department has left and our last two invoices remain unpaid.

Could you let us know which entity we should invoice from now on, at which address, and whether our supplier data has been migrated to your system or we need to register again? If there is a better mailbox for this, I'd be grateful if you could pass this on.

Best regards,
Helen Carter
Accounts Receivable
Wickfield Candle Co. Ltd""",
         "Helen Carter"),

        ("other", (),
         "Warranty claim - HomeLab blender",
         """Hello,

I bought a HomeLab blender in your store on the Meir in March (photo of the receipt attached). The motor has stopped working. I understand the HomeLab brand has been closed - is the two-year warranty still honoured, and where do I take it? The staff in the store didn't seem to know.

I've deleted the HomeLab app since it doesn't work any more, so I couldn't log the claim there.

Thanks,
Mark Fitzgerald""",
         "Mark Fitzgerald"),
    ],

    "nl": [
        ("access", (),
         "Inzageverzoek - gegevens overgenomen van Maison Dupont",
         """Geachte,

Ik was jarenlang klant van Maison Dupont en ontving op 15 oktober uw mail over de overname. Met Shop Example BV zelf heb ik nooit een overeenkomst gesloten.

Op grond van artikel 15 AVG vraag ik u mij mee te delen:
- welke persoonsgegevens u over mij heeft overgenomen;
- van wie u die precies heeft ontvangen;
- aan wie u ze sindsdien heeft doorgegeven (callcenter, cloudleverancier, ...);
- hoe lang u ze zult bewaren.

Graag ontvang ik ook een kopie van die gegevens.

Met vriendelijke groeten,
Geert Claes
Lindenlaan 12, 2800 Mechelen""",
         "Geert Claes"),

        ("correction", ("withdraw_consent",),
         "adres en naam fout sinds nieuwe webshop",
         """Dag,

Sinds de overstap naar de nieuwe webshop staat mijn oude adres in Gent weer in mijn account, terwijl ik al twee jaar in Merelbeke woon: Hundelgemsesteenweg 88, 9820 Merelbeke. Mijn laatste pakje is dus naar mijn vroegere kot gegaan. Mijn naam is ook verhaspeld tot "Vandenbroeck", het is Van den Broeck, los geschreven.

Kunnen jullie dat rechtzetten? En nu ik toch schrijf: ik krijg sinds de fusie twee nieuwsbrieven. Zet mij maar voor allebei uit, ik hoef ze niet meer.

Groetjes,
Lotte Van den Broeck""",
         "Lotte Van den Broeck"),

        ("deletion", ("objection",),
         "Ik ben nooit jullie klant geworden",
         """Goedemiddag,

Ik krijg ineens mails en een nieuwe klantenkaart van Shop Example, omdat ik ooit een kaart van Maison Dupont had. Ik heb nooit gevraagd om bij jullie klant te worden.

Verwijder alstublieft alles wat jullie van Maison Dupont over mij gekregen hebben. En ik wil ook niet dat jullie mij nog contacteren om mij iets te verkopen, niet per mail, niet per post en zeker niet telefonisch.

Marc Peeters""",
         "Marc Peeters"),

        ("restriction", (),
         "Gegevens voorlopig niet gebruiken a.u.b.",
         """Beste,

Gisteren kreeg ik een welkomstbrief voor jullie nieuwe klantenprogramma, met daarop mijn geboortedatum en het aantal punten dat ik zou "meebrengen". Ik weet niet hoe jullie daaraan komen: ik ben wel eens in de Maison Dupont in Lier geweest, maar ik kan me niet herinneren dat ik me daar ooit ingeschreven heb.

Ik heb het aan de vroegere zaakvoerder van die winkel gevraagd. Zolang ik daar geen antwoord op heb, vraag ik jullie mijn gegevens nergens voor te gebruiken, maar ze ook nog niet te wissen. Ik wil eerst weten hoe het zit.

Vriendelijke groeten,
Annelies Wouters""",
         "Annelies Wouters"),

        ("objection", (),
         "bezwaar tegen profilering nieuw klantenprogramma",
         """Hallo,

In jullie nieuwe privacyverklaring lees ik dat het nieuwe klantenprogramma mijn aankopen (ook die van vroeger bij Maison Dupont) gebruikt om een profiel op te stellen en mij "gepersonaliseerde aanbiedingen" te doen, op basis van gerechtvaardigd belang.

Daar ben ik het niet mee eens. Ik wil mijn kaart gewoon blijven gebruiken om punten te sparen, maar ik wil niet dat jullie mijn koopgedrag analyseren. Gelieve daarmee te stoppen voor mijn kaart (nr. 7700 1842 5561).

Dank u,
Pieter De Smet""",
         "Pieter De Smet"),

        ("complaint", (),
         "Datalek Maison Dupont - waarom moet ik dat in de krant lezen?",
         """Geachte heer, mevrouw,

In Het Nieuwsblad van vandaag lees ik dat er in september een datalek was bij Maison Dupont, waarbij namen, adressen en kaartnummers van leden van Club Dupont zijn buitgemaakt. Ik ben lid van die club. Jullie hebben die klantenbasis overgenomen, maar ik heb van niemand ook maar een bericht gekregen.

Ik vind dit onaanvaardbaar. Als mijn gegevens bij dat lek betrokken zijn, had ik dat van jullie moeten horen en niet van de krant. Ik overweeg een klacht in te dienen bij de Gegevensbeschermingsautoriteit.

Hoogachtend,
Hilde Maes""",
         "Hilde Maes"),

        ("portability", (),
         "Mijn punten en aankoophistoriek van Club Dupont",
         """Hoi,

Ik zou graag een export krijgen van alles wat in mijn Club Dupont-account zat: puntensaldo, aankoophistoriek, mijn bonnen. Liefst als csv of zoiets, iets dat ik in Excel kan openen en eventueel ergens anders kan inladen. Aan een pdf heb ik niets.

Kaartnummer 4410 1190 6634.

Merci!
Jens Goossens""",
         "Jens Goossens"),

        ("other", (),
         "Winkel in Hasselt dicht?",
         """Hallo,

De Maison Dupont in de Hoogstraat in Hasselt is sinds vorige week dicht, er hangt enkel een briefje met jullie logo op de deur. Welke winkel komt daarvoor in de plaats? Ik moest daar nog een bestelde staanlamp ophalen (bestelbon 3318), die is al betaald.

Mvg,
Rita Jacobs""",
         "Rita Jacobs"),

        ("other", (),
         "Sollicitatie - ex-medewerkster Maison Dupont",
         """Beste,

Ik heb zes jaar als verkoopster in de Maison Dupont van Aalst gewerkt, tot de winkel op 31 oktober sloot. Bij de overname werd ons gezegd dat het personeel voorrang zou krijgen voor vacatures in jullie winkels. Mijn cv zit in bijlage.

Ik weet eerlijk gezegd niet bij wie ik hiervoor moet zijn, vandaar dat ik dit adres gebruik. Zouden jullie het willen doorsturen naar de juiste dienst?

Met vriendelijke groeten,
Sofie Verhoeven""",
         "Sofie Verhoeven"),

        ("other", (),
         "bestelling niet te volgen na migratie",
         """Dag,

Ik heb op 2 november een kast besteld (bestelling 2026-121907). In de app staat al dagen "uw account wordt gemigreerd, probeer later opnieuw" en ik kan niet zien wanneer er geleverd wordt. De mail met de track-and-trace heb ik per ongeluk verwijderd.

Kunnen jullie mij laten weten wanneer de levering gepland is? Ik moet daarvoor verlof nemen.

Bedankt,
Bart Mertens""",
         "Bart Mertens"),
    ],

    "fr": [
        ("deletion", (),
         "Compte HomeLab - suppression",
         """Bonjour,

J'avais un compte sur le site HomeLab, que vous venez de fermer. J'imagine que mes données (adresse, commandes, numéro de téléphone) traînent toujours quelque part chez vous. Je n'ai pas l'intention de commander chez vous : merci de supprimer ce compte et tout ce qui y est lié, et de me le confirmer.

Bien à vous,
Nathalie Dubois""",
         "Nathalie Dubois"),

        ("access", ("objection",),
         "Demande d'accès (art. 15 RGPD) et opposition au transfert hors UE",
         """Madame, Monsieur,

Suite à votre courriel du 14 octobre annonçant le rachat de Maison Dupont et la migration de vos systèmes chez un hébergeur américain, je vous prie de me communiquer, conformément à l'article 15 du RGPD :

1. une copie des données me concernant que vous détenez, y compris celles reprises de Maison Dupont ;
2. la liste de vos sous-traitants (centre d'appels, hébergement, paiement, livraison) et les pays dans lesquels ils traitent ces données ;
3. les garanties appropriées (art. 46 RGPD) sur lesquelles repose le transfert vers les États-Unis.

Par ailleurs, je m'oppose, sur la base de l'article 21 du RGPD, au transfert de mes données vers les États-Unis.

Je vous remercie de me répondre dans le délai d'un mois prévu par le règlement.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Philippe Lambert
Avenue de la Toison d'Or 41, 1050 Ixelles""",
         "Jean-Philippe Lambert"),

        ("correction", (),
         "Mon nom sans accents",
         """Bonjour,

Depuis le passage à votre nouvelle boutique en ligne, mon nom apparaît comme "Helene Lefevre" partout : compte, factures, et même l'étiquette du dernier colis. Je m'appelle Hélène Lefèvre, avec les accents. Sur l'ancien site c'était correct.

Pourriez-vous corriger ? Ça a l'air bête, mais au point poste à Namur on m'a déjà fait des difficultés pour retirer un colis parce que le nom ne correspondait pas à ma carte d'identité.

Merci d'avance,
Hélène Lefèvre""",
         "Hélène Lefèvre"),

        ("portability", ("deletion",),
         "Club Dupont : récupérer mon historique puis tout effacer",
         """Bonjour,

Membre du Club Dupont depuis 2015, je ne souhaite pas continuer chez vous. Avant toute chose, je voudrais recevoir mes données du club (points, historique d'achats, bons de réduction) dans un fichier exploitable, type CSV ou JSON, pour pouvoir les garder de mon côté et les réutiliser ailleurs.

Une fois le fichier envoyé, merci d'effacer toutes mes données.

Cordialement,
Martine Leclercq
Carte Club Dupont 4410 5521 0087""",
         "Martine Leclercq"),

        ("restriction", (),
         "Factures HomeLab - ne pas supprimer",
         """Madame, Monsieur,

Votre message annonce que les comptes clients HomeLab seront supprimés le 30 novembre 2026. Je suis actuellement en litige avec un installateur au sujet d'une cuisine achetée chez HomeLab en 2024, et les factures et bons de livraison de mon compte sont des pièces dont mon avocat a besoin.

Je vous demande donc de ne pas effacer ces données, mais de les conserver, sans les utiliser à d'autres fins, jusqu'à la fin de la procédure (article 18, paragraphe 1, c) du RGPD). Je vous tiendrai informés de l'issue.

Salutations distinguées,
Olivier Renard""",
         "Olivier Renard"),

        ("withdraw_consent", (),
         "",
         """Bonjour, je reçois maintenant votre newsletter "fusionnée" avec celle de Maison Dupont. J'étais inscrite chez Dupont, pas chez vous. Désinscrivez-moi svp, je ne veux plus rien recevoir.
Merci.
Céline""",
         "Céline Marchal"),

        ("complaint", (),
         "Mes données envoyées à quelqu'un d'autre",
         """Bonjour,

Hier, une dame que je ne connais pas m'a téléphoné : elle a reçu de votre service clientèle un e-mail qui m'était destiné, avec mon nom, mon adresse, mon numéro de téléphone et le détail de ma réclamation (commande 2026-119455). Elle a eu la gentillesse de me prévenir.

Quand j'ai appelé votre service clientèle pour le signaler, je suis tombé sur quelqu'un d'un centre d'appels au Maroc qui ne semblait pas comprendre le problème.

Je trouve cela grave. J'attends des explications sérieuses et je veux savoir si cette erreur a été signalée comme il se doit. À défaut, je saisirai l'Autorité de protection des données.

François Mathieu""",
         "François Mathieu"),

        ("other", (),
         "Bons cadeaux Maison Dupont toujours valables ?",
         """Bonjour,

J'ai encore trois bons cadeaux Maison Dupont (valables jusqu'en juin 2027). Est-ce qu'ils sont acceptés dans vos magasins ? Et sur le site ?

Bàv,
Sylvie""",
         "Sylvie Dupuis"),

        ("other", (),
         "Garantie machine à café achetée chez Maison Dupont",
         """Bonjour,

J'ai acheté une machine à café chez Maison Dupont à Liège en janvier et elle fuit depuis une semaine. Le magasin a fermé. Vers qui dois-je me tourner pour la garantie ?

J'ai la facture, qu'on m'avait transférée par mail à l'époque ; je vous la joins.

Merci,
Luc Gérard""",
         "Luc Gérard"),

        ("other", (),
         "Transporteur Maison Dupont - reprise du contrat",
         """Madame, Monsieur,

Notre société assure depuis 2019 les livraisons à domicile des magasins Maison Dupont en Wallonie. Suite au rachat, pourriez-vous nous indiquer à qui nous adresser pour la reprise du contrat et pour la facturation des tournées d'octobre et de novembre ? Nos coordonnées de facturation (numéro de TVA, compte bancaire) restent inchangées.

Nous vous remercions de bien vouloir transmettre ce message au service concerné.

Cordialement,
Amandine Collard
Transports Collard SRL, Gembloux""",
         "Amandine Collard"),
    ],

    "de": [
        ("access", (),
         "Auskunft nach Art. 15 DSGVO - Auftragsverarbeiter und Drittlandübermittlung",
         """Sehr geehrte Damen und Herren,

nach Ihrer Mitteilung vom 14. Oktober 2026 über die Übernahme von Maison Dupont und die Umstellung Ihrer Systeme bitte ich Sie gemäß Art. 15 DSGVO um Auskunft darüber,

- welche personenbezogenen Daten Sie über mich verarbeiten und woher diese stammen,
- an welche Empfänger bzw. Auftragsverarbeiter (Callcenter, Cloud-Anbieter, Zahlungs- und Versanddienstleister) Sie diese weitergeben und in welchen Ländern diese sitzen,
- welche geeigneten Garantien nach Art. 46 DSGVO Sie für die Übermittlung in die USA vorsehen.

Außerdem bitte ich um eine Kopie der Daten. Eine Antwort in elektronischer Form genügt.

Mit freundlichen Grüßen
Dr. Katharina Vogel""",
         "Katharina Vogel"),

        ("objection", (),
         "Anrufe Ihres Callcenters",
         """Guten Tag,

seit drei Wochen ruft mich immer wieder jemand von einer portugiesischen Nummer an und will mir im Namen von Shop Example die neue Kundenkarte und irgendwelche Angebote andrehen. Das möchte ich nicht. Ich widerspreche der Nutzung meiner Telefonnummer und meiner übrigen Daten für Werbung jeder Art, auch durch Ihren Dienstleister.

Mit freundlichen Grüßen
Werner Schmitt""",
         "Werner Schmitt"),

        ("complaint", (),
         "2. Anfrage: keine Antwort auf mein Auskunftsersuchen vom 2. Oktober",
         """Sehr geehrte Damen und Herren,

am 2. Oktober 2026 habe ich Sie unter dieser Adresse gebeten, mir mitzuteilen, welche Daten Sie von Maison Dupont über mich übernommen haben. Bis heute habe ich weder eine Antwort noch eine Eingangsbestätigung erhalten. Die Frist von einem Monat ist verstrichen.

Ich erwarte Ihre Antwort innerhalb von 14 Tagen. Andernfalls werde ich mich bei der belgischen Datenschutzbehörde beschweren.

Mit freundlichen Grüßen
Andreas Krüger""",
         "Andreas Krüger"),

        ("deletion", ("withdraw_consent",),
         "Zwei Kundenkonten - bitte beide löschen",
         """Hallo,

seit der Umstellung habe ich auf einmal zwei Konten bei Ihnen: mein altes Shop-Example-Konto und eins, das offenbar aus meinem Maison-Dupont-Konto entstanden ist (beide mit dieser Mailadresse, eins mit "ue" statt "ü" im Namen). Ehrlich gesagt will ich gar keins mehr.

Bitte löschen Sie beide Konten samt Daten und tragen Sie mich aus sämtlichen Newslettern aus.

Danke und Gruß
Jürgen Müller""",
         "Jürgen Müller"),

        ("portability", (),
         "Datenübertragbarkeit Club Dupont",
         """Sehr geehrtes Datenschutzteam,

ich beantrage gemäß Art. 20 DSGVO die Herausgabe der Daten, die ich im Rahmen von Club Dupont bereitgestellt habe bzw. die durch meine Nutzung entstanden sind (Stammdaten, Punktestand, Kaufhistorie), in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder JSON).

Bitte senden Sie die Datei an diese E-Mail-Adresse.

Mit freundlichen Grüßen
Sabine Hoffmann
Kartennummer 4410 7781 2290""",
         "Sabine Hoffmann"),

        ("correction", ("access",),
         "Geburtsdatum falsch nach der Umstellung",
         """Guten Tag,

in meinem neuen Kundenkonto steht als Geburtsdatum der 01.01.1900. Richtig ist der 23.06.1978. Wegen des falschen Datums bekomme ich natürlich auch keinen Geburtstagsgutschein. Bitte korrigieren Sie das.

Wenn bei der Übernahme schon das Geburtsdatum durcheinandergeraten ist, möchte ich außerdem gern wissen, was Sie sonst noch alles über mich gespeichert haben. Können Sie mir eine Übersicht schicken?

Viele Grüße
Monika Schulz""",
         "Monika Schulz"),

        ("withdraw_consent", (),
         "SMS",
         """Bitte keine Werbe-SMS mehr an meine Nummer 0475 12 34 56. Die Einwilligung dafür hatte ich mal bei Maison Dupont gegeben, die ziehe ich hiermit zurück.

T. Becker""",
         "Thomas Becker"),

        ("other", (),
         "Rechnungsstellung nach Übernahme Maison Dupont",
         """Sehr geehrte Damen und Herren,

wir beliefern Maison Dupont seit 2016 mit Bettwäsche (Lieferantennummer 20331). Seit der Übernahme ist unklar, an welche Gesellschaft und welche Adresse wir unsere Rechnungen richten sollen; unser bisheriger Ansprechpartner ist nicht mehr erreichbar.

Müssen wir uns in Ihrem Lieferantenportal neu registrieren, oder werden unsere Stammdaten übernommen? Für eine kurze Rückmeldung oder die Weiterleitung an Ihre Buchhaltung wäre ich dankbar.

Mit freundlichen Grüßen
Claudia Wagner
Leinenweberei Wagner GmbH, Bielefeld""",
         "Claudia Wagner"),

        ("other", (),
         "Bewerbung - ehemalige Filialleiterin Maison Dupont Eupen",
         """Guten Tag,

ich habe die Filiale von Maison Dupont in Eupen vier Jahre lang geleitet, bis sie Ende Oktober geschlossen wurde. Bei der Übernahme hieß es, dass ehemalige Mitarbeiter sich bevorzugt auf Stellen bei Shop Example bewerben können. Leider finde ich auf Ihrer Website keinen Ansprechpartner für die Personalabteilung.

Könnten Sie meine Nachricht bitte an die zuständige Stelle weiterleiten? Meinen Lebenslauf schicke ich gern nach.

Mit freundlichen Grüßen
Petra Lang""",
         "Petra Lang"),

        ("other", (),
         "Geschenkgutschein HomeLab",
         """Hallo,

ich habe zu Weihnachten einen HomeLab-Gutschein über 40 Euro geschenkt bekommen und jetzt lese ich, dass es HomeLab nicht mehr gibt. Kann ich den Gutschein bei Ihnen einlösen oder auf mein Kundenkonto übertragen lassen?

Grüße
Lena Fischer""",
         "Lena Fischer"),
    ],

    "es": [
        ("access", (),
         "¿Tenéis mis datos de Maison Dupont?",
         """Hola:

Era clienta de Maison Dupont (tenía la tarjeta del club) y me ha llegado un correo vuestro dándome la bienvenida. Me gustaría saber qué datos míos os han pasado exactamente y de dónde los habéis sacado. ¿Me podéis mandar una copia?

Gracias,
Lucía Fernández""",
         "Lucía Fernández"),

        ("deletion", ("withdraw_consent",),
         "Yo nunca acepté ser cliente suyo",
         """Buenos días:

Desde hace dos semanas me llegan correos de Shop Example. Yo compraba en Maison Dupont, no en su tienda, y en ningún momento he aceptado pasar a ser cliente suyo.

Les pido que borren todos mis datos y que dejen de mandarme publicidad por correo desde ya.

Un saludo,
Javier Ortega""",
         "Javier Ortega"),

        ("restriction", ("access",),
         "Bloqueo de mis datos hasta aclarar su origen",
         """Estimados señores:

He recibido en casa una tarjeta de su nuevo programa de fidelización a mi nombre. No recuerdo haberme registrado nunca, ni en su tienda ni en Maison Dupont, y me preocupa que tengan mis datos.

Les ruego que, hasta que esto se aclare, no utilicen mis datos para nada: ni envíos, ni llamadas, ni tarjetas. No los borren todavía, porque antes quiero saber qué ha pasado. Les pido además que me indiquen de dónde los obtuvieron y qué datos concretos tienen.

Atentamente,
Carmen Ruiz Delgado""",
         "Carmen Ruiz Delgado"),

        ("objection", (),
         "Llamadas desde Marruecos",
         """Hola,

Ya me han llamado cuatro veces desde un número de Marruecos. Es una chica muy amable que dice ser "del servicio de atención de Shop Example" y quiere ofrecerme la tarjeta nueva y descuentos. No quiero que me llamen más ni que usen mi teléfono para venderme nada. Me opongo a que utilicen mis datos para esto.

Saludos,
Pablo Navarro""",
         "Pablo Navarro"),

        ("complaint", (),
         "Queja: cesión de mis datos sin previo aviso",
         """Buenas tardes:

Me entero por un correo genérico de que ustedes han comprado Maison Dupont y de que mis datos "han sido transferidos". Nadie me avisó antes ni me preguntó nada, y el aviso llegó cuando la transferencia ya estaba hecha. Tampoco se me explicó en ningún momento que mis datos iban a acabar en un servidor en Estados Unidos.

Considero que no han cumplido con su obligación de informar (art. 14 RGPD) y quiero que conste mi queja formal. Si no recibo una respuesta seria, acudiré a la autoridad de protección de datos.

Atentamente,
Isabel Moreno García""",
         "Isabel Moreno García"),

        ("portability", (),
         "Portabilidad de mis datos del Club Dupont",
         """Hola,

Quiero llevarme mis datos del Club Dupont (puntos acumulados e historial de compras) a otra cadena. ¿Me los podéis enviar en un archivo CSV o JSON, o mejor todavía mandárselos directamente a ellos? Os paso el contacto si hace falta.

Tarjeta n.º 4410 6602 1148.

Gracias,
Alberto Sánchez""",
         "Alberto Sánchez"),

        ("correction", (),
         "Mi apellido sale mal",
         """Hola, desde que cambiasteis la web mi apellido sale como "MU?OZ" en la cuenta, en las facturas y en las etiquetas de los paquetes. Es Muñoz, con eñe. ¿Lo podéis arreglar?
Gracias.
Elena Muñoz""",
         "Elena Muñoz"),

        ("other", (),
         "¿Qué tienda sustituye a la de Ixelles?",
         """Hola:

La tienda HomeLab de la Chaussée d'Ixelles ha cerrado. ¿Cuál es ahora la más cercana? Tenía pendiente recoger un pedido que ya pagué (n.º 2026-117302) y no sé dónde tengo que ir a buscarlo.

Gracias,
Marta Gil""",
         "Marta Gil"),

        ("other", (),
         "Garantía de una lámpara comprada en Maison Dupont",
         """Buenos días:

En mayo compré una lámpara de pie en Maison Dupont de Waterloo y ahora el interruptor no funciona. Tengo el ticket. Como la tienda ya es suya, ¿me cubren ustedes la garantía? ¿La llevo a cualquiera de sus tiendas o tengo que mandarla?

Un saludo,
Fernando Castillo""",
         "Fernando Castillo"),

        ("other", (),
         "Antigua empleada de Maison Dupont - ofertas de empleo",
         """Buenos días:

Trabajé en el almacén de Maison Dupont en Vilvoorde hasta que cerró. Me gustaría saber si tienen vacantes en logística y cómo puedo enviar mi candidatura; en su web, la sección de empleo me dice que mi cuenta "no existe" cuando intento entrar con mis datos de antes.

Gracias de antemano,
Rocío Jiménez""",
         "Rocío Jiménez"),
    ],

    "it": [
        ("access", (),
         "Richiesta di accesso ai dati personali (art. 15 GDPR)",
         """Gentili Signori,

in qualità di ex cliente di Maison Dupont, i cui dati risultano ora trasferiti a Shop Example BV, chiedo ai sensi dell'art. 15 del Regolamento (UE) 2016/679:

- copia dei dati personali che mi riguardano in vostro possesso;
- l'indicazione della fonte da cui li avete ottenuti;
- i destinatari a cui sono stati o saranno comunicati, compresi eventuali destinatari in paesi terzi;
- il periodo di conservazione previsto.

Resto in attesa di un riscontro entro i termini di legge.

Distinti saluti,
Giovanni Russo""",
         "Giovanni Russo"),

        ("deletion", (),
         "cancellazione account HomeLab",
         """Buongiorno,
avevo un account sul sito HomeLab, che ora avete chiuso. Visto che il marchio non esiste più, vi chiedo di cancellare l'account e tutti i dati collegati. Non voglio che vengano spostati sul vostro nuovo sito.

Grazie,
Chiara Bianchi""",
         "Chiara Bianchi"),

        ("objection", ("withdraw_consent",),
         "Profilazione e newsletter",
         """Salve,

leggo nella nuova informativa che userete lo storico dei miei acquisti, compresi quelli fatti da Maison Dupont, per proporre "offerte personalizzate". Non sono d'accordo e mi oppongo a questa profilazione.

Già che ci sono: toglietemi anche dalla newsletter. L'avevo accettata da Dupont anni fa, ma ora non la voglio più.

Cordiali saluti,
Francesca Romano""",
         "Francesca Romano"),

        ("portability", (),
         "Punti Club Dupont",
         """Buonasera, vorrei ricevere in un file (csv, excel, quello che avete) il saldo punti e lo storico acquisti della mia tessera Club Dupont n. 4410 8834 0056, così da conservarli e poterli riutilizzare altrove. Grazie mille,
Luca Ferrari""",
         "Luca Ferrari"),

        ("restriction", (),
         "Limitazione del trattamento - possibile omonimia",
         """Gentile team privacy,

ho ricevuto una lettera di benvenuto nel vostro programma fedeltà con un saldo punti "trasferito da Club Dupont". Non sono mai stata iscritta al Club Dupont: credo si tratti di un'omonima, visto che la data di nascita riportata non è la mia.

Finché non avrete verificato, vi chiedo di limitare il trattamento: non usate questi dati e non mandatemi altro, ma non cancellateli prima di aver capito a chi appartengono.

Cordiali saluti,
Maria Esposito""",
         "Maria Esposito"),

        ("complaint", ("access",),
         "Phishing con i miei dati Club Dupont",
         """Buongiorno,

la settimana scorsa ho ricevuto un'email falsa a nome di "Club Dupont", con il mio nome completo, il numero della mia tessera e il mio indirizzo, che mi chiedeva di "confermare i punti" inserendo i dati della carta di credito. Poi ho letto della violazione dei dati subita da Maison Dupont a settembre.

Nessuno mi ha avvisato, né Maison Dupont né voi che ora avete i loro clienti. Trovo gravissimo doverlo scoprire così. Vi chiedo di dirmi esattamente quali miei dati sono stati coinvolti nella violazione.

Alessandro Greco""",
         "Alessandro Greco"),

        ("withdraw_consent", (),
         "newsletter doppia",
         """Ciao, ricevo la vostra newsletter due volte, una sul vecchio indirizzo che avevo dato a Dupont e una su questo. Disiscrivetemi da tutte e due per favore.
Grazie
Sara""",
         "Sara Conti"),

        ("other", (),
         "Buoni regalo Maison Dupont",
         """Buongiorno,

mia figlia mi ha regalato un buono Maison Dupont da 30 euro, scadenza marzo 2027. Posso usarlo nei vostri negozi o sul sito, adesso che Dupont è vostra?

Grazie e buona giornata,
Rosa Marino""",
         "Rosa Marino"),

        ("other", (),
         "Negozio di Anderlecht chiuso - ritiro ordine",
         """Salve,

sono passato oggi al negozio HomeLab di Anderlecht per ritirare una sedia ordinata a ottobre, ma ho trovato la serranda abbassata e un cartello che rimanda a Shop Example. Dove posso ritirarla adesso? Il numero d'ordine è HL-55120.

Saluti,
Davide Colombo""",
         "Davide Colombo"),

        ("other", (),
         "Fornitore Maison Dupont - a chi intestare le fatture",
         """Gentili Signori,

siamo fornitori di ceramiche da tavola di Maison Dupont dal 2017. Dopo l'acquisizione non sappiamo più a quale società intestare le fatture né a chi inviarle, e il nostro referente non risponde più.

Potreste indicarci i nuovi dati di fatturazione e dirci se dobbiamo trasferire il nostro contratto o se resta valido quello attuale? Vi saremmo grati se inoltraste questa mail all'ufficio competente.

Cordiali saluti,
Paola Ricci
Ceramiche Ricci S.r.l., Faenza""",
         "Paola Ricci"),
    ],

    "pt": [
        ("access", (),
         "Pedido de acesso aos meus dados",
         """Bom dia,

Ontem recebi uma chamada de um número português, de uma senhora que disse trabalhar para o vosso serviço de apoio ao cliente e que sabia quais tinham sido as minhas últimas encomendas. Fiquei sem perceber como é que alguém em Portugal tem os meus dados.

Gostaria de saber que dados pessoais têm sobre mim, com quem os partilham (e em que países) e durante quanto tempo os guardam.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),

        ("correction", (),
         "Morada antiga na conta",
         """Olá,

Depois da mudança para o novo site, a minha conta voltou a ter a morada antiga (Rue de Brabant 112, Schaerbeek). Mudei-me há um ano e já a tinha atualizado. A morada correta é Avenue Louise 230, 1050 Bruxelas. Podem corrigir, por favor? Tenho uma encomenda para sair esta semana.

Obrigado,
Rui Carvalho""",
         "Rui Carvalho"),

        ("complaint", ("deletion",),
         "Os meus dados foram enviados a outra pessoa",
         """Exmos. Senhores,

Uma vizinha recebeu na caixa do correio uma carta vossa: o envelope vinha em nome dela, mas lá dentro estava o meu nome, o meu número de cliente e o resumo das minhas compras dos últimos dois anos na Maison Dupont. Isto é inadmissível.

Venho por este meio apresentar uma reclamação e exigir que apaguem todos os meus dados. Reservo-me o direito de apresentar queixa à autoridade de proteção de dados.

Maria do Céu Pereira""",
         "Maria do Céu Pereira"),

        ("objection", (),
         "Oposição à transferência dos meus dados para os EUA",
         """Boa tarde,

Li o vosso novo aviso de privacidade. Não concordo que os meus dados passem a ficar guardados num serviço de nuvem nos Estados Unidos. Venho opor-me a essa transferência e peço que os meus dados não saiam da União Europeia.

Cumprimentos,
Tiago Almeida""",
         "Tiago Almeida"),

        ("deletion", (),
         "Apaguem o que receberam da Maison Dupont",
         """Olá. Fui cliente da Maison Dupont até eles fecharem. Nunca fui vossa cliente e não quero ser. Apaguem por favor tudo o que receberam sobre mim, incluindo o cartão de cliente novo que me mandaram. Obrigada.
Sofia Martins""",
         "Sofia Martins"),

        ("portability", ("access",),
         "Histórico e pontos do Club Dupont",
         """Bom dia,

Gostaria de receber, num ficheiro CSV ou semelhante, o meu histórico de compras e o saldo de pontos do Club Dupont (cartão 4410 2209 7731), tal como ficaram depois de passarem para o vosso sistema, para os poder levar para outro lado.

Aproveito para perguntar que outros dados sobre mim receberam da Maison Dupont além destes.

Obrigado,
João Ferreira""",
         "João Ferreira"),

        ("restriction", (),
         "Limitação do tratamento dos meus dados",
         """Exmos. Senhores,

Nunca me inscrevi no vosso programa de fidelização e, no entanto, recebi um cartão em casa. Suponho que os meus dados vieram da Maison Dupont, mas não tenho a certeza. Na semana passada já vos enviei um pedido de acesso sobre isso.

Enquanto aguardo a resposta, peço que limitem o tratamento dos meus dados: não os utilizem para nada, mas também não os apaguem, até este assunto estar esclarecido (art. 18.º do RGPD).

Com os melhores cumprimentos,
Helena Sousa""",
         "Helena Sousa"),

        ("other", (),
         "Cartão oferta Maison Dupont",
         """Boa tarde,

Tenho um cartão oferta da Maison Dupont de 50 euros que ainda não usei. Continua válido nas vossas lojas? Posso usá-lo também em compras online?

Obrigada,
Cláudia Lopes""",
         "Cláudia Lopes"),

        ("other", (),
         "Garantia de aspirador HomeLab",
         """Bom dia,

Comprei um aspirador HomeLab há oito meses e deixou de carregar. Como a marca acabou, não sei a quem pedir a reparação. A garantia continua válida? Tenho a fatura, mas apaguei sem querer o e-mail da encomenda, por isso só tenho o papel.

Cumprimentos,
Nuno Gonçalves""",
         "Nuno Gonçalves"),

        ("other", (),
         "Candidatura - ex-funcionária da Maison Dupont",
         """Olá,

Trabalhei durante cinco anos na loja da Maison Dupont em Saint-Gilles, que fechou no fim de outubro. Disseram-nos que quem quisesse podia candidatar-se às vossas lojas. Podem dizer-me a quem devo enviar o meu currículo? Não encontrei nenhum contacto dos recursos humanos no site.

Obrigada,
Patrícia Silva""",
         "Patrícia Silva"),
    ],
}

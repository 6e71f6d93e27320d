"""Fifty-sixth set, everyday mail about the shop's social media presence: reposts, DMs, ambassadors, social login, ads (en nl fr de es it pt). Written apart from the rules (see make_fiftysixth.py)."""

PEOPLE_UE = {
    "en": [
        ("access", ("objection",),
         "Facebook login - what did you actually get?",
         """Hello,

When I created my account on your site (about two years ago, I think) I used the "Continue with Facebook" button because it was quicker. I've since become a bit more careful about that sort of thing.

Could you tell me exactly what you received from Facebook when I did that? Just my name and email, or also my birthday, profile picture, friends list, likes? And is any of it still stored with my customer account?

Separately: for the past few weeks your ads have been following me around Instagram, even for a rug I looked at once on your website. If that's because you've uploaded my email address to Facebook/Meta for targeting, I'd like you to stop doing that with my details.

Thanks,
Priya Raman
(the account is under this email address)""",
         "Priya Raman"),
        ("deletion", (),
         "Photo of my daughter on your Instagram",
         """Hi there,

On Saturday 17 October you posted a photo from the opening of your new Ghent store on Instagram (the one with the balloon arch). My 6-year-old daughter is clearly visible at the front in her yellow raincoat. Nobody asked me whether she could be photographed, let alone posted online.

Please take the photo down, and delete it along with any other shots from that day where she appears. I'd appreciate a quick confirmation once it's done.

Kind regards,
Daniel Fletcher""",
         "Daniel Fletcher"),
        ("portability", (),
         "Ambassador programme - export of my stats",
         """Hi,

As I mentioned to Sophie on the phone, I'm leaving the ambassador programme at the end of November. Before my dashboard access goes, I'd like to get my data out of it in a format I can actually use: the list of sales made with my code (ELLIE15), the commission per month, and the posts/reels I submitted through the portal with their reach numbers.

A CSV or Excel file would be perfect - I'm going to load it into my own spreadsheet and share it with the brand I'm joining next, so a PDF report won't really work.

Thanks for everything, it's been a fun two years!
Ellie""",
         "Eleanor Brooks"),
        ("restriction", (),
         "Please DON'T delete our Instagram chat",
         """Hello,

I'm in a dispute with your delivery partner about the sofa (order 2026-418873) that arrived with a torn cushion on 29 October. All my photos and your customer service's replies are in the Instagram DMs with your account, and the courier is now claiming the damage was never reported on time.

Someone told me your DMs get cleared automatically after a while. Please make sure that conversation is kept until this is settled - it's my only proof. I'm not asking you to do anything else with it, just don't delete it.

Thank you
Margaret O'Neill""",
         "Margaret O'Neill"),
        ("objection", ("deletion",),
         "Objection under Article 21 GDPR - social media monitoring",
         """Dear Sir or Madam,

I have learned from a reply posted by your account on X (formerly Twitter) on 3 November 2026 that Shop Example BV uses a social listening tool that collects public posts mentioning your brand. Your reply referred to two earlier posts of mine from June and August, which suggests that these are stored and linked to me.

To the extent that you rely on legitimate interest (Article 6(1)(f) GDPR) for this processing, I object to it under Article 21(1) GDPR on grounds relating to my particular situation: I use that account in a professional capacity and do not wish my personal opinions to be compiled into a profile by a retailer.

I therefore ask you to stop monitoring and recording my posts, and to erase the posts, metadata and any notes or sentiment scores already collected about me (Article 17(1)(c) GDPR).

Please confirm within the period set out in Article 12(3).

Yours faithfully,

Alistair Grant""",
         "Alistair Grant"),
        ("withdraw_consent", (),
         "re: your TikTok",
         """Hey, back in September I said in a DM that you could repost my unboxing video of the desk lamp on your TikTok. I've changed my mind about that - my face is in it and it's getting way more views than I expected, I'm not comfortable with it anymore.

So I'm taking back that permission. Can you take it off your account please?

Cheers
Josh""",
         "Joshua Reid"),
        ("complaint", ("deletion",),
         "You used my photo in a paid ad without asking",
         """I'm honestly quite angry writing this.

In July I posted a picture of my living room on my own Instagram and tagged you because I'd bought the armchair from you. Fine. Today a friend sent me a screenshot: that exact photo is running as a SPONSORED ad from your account, with "Real homes, real customers" written across it. My flat, my cat, my bookshelf - in an ad, shown to strangers, and nobody from your shop ever asked me.

Tagging a shop is not permission to use someone's photos in advertising. I want the ad pulled and the photo deleted from wherever you keep your ad material, and frankly I'd like to hear how this happened.

Rachel Kim""",
         "Rachel Kim"),
        ("other", (),
         "Instagram giveaway - I won!",
         """Hi! I was one of the three winners of your Halloween giveaway on Instagram (the cosy blanket bundle) and your DM said to email my delivery details. Is this the right address? If not, could you forward it to whoever handles the prizes.

Hannah Clarke
Avenue Louise 212, box 4
1050 Brussels

Also quick question - does the bundle come in the grey or the rust colour? I'd prefer grey if there's a choice :)""",
         "Hannah Clarke"),
        ("other", (),
         "link in bio",
         """Hi, just so you know, the link in your Instagram bio goes to a 404 page ("this page no longer exists"). Might want to remove it or swap it for the new one - I was trying to find the winter catalogue.

Ben""",
         "Ben Mitchell"),
        ("other", (),
         "Collab idea - home & interiors creator (62k)",
         """Hi Shop Example team,

I'm Chloe, a Brussels-based interiors creator (@chloe.at.home, 62k on Instagram, 30k on TikTok, mostly women aged 25-40 in BE/NL). I've been a fan of your ceramics range for a while and I'd love to put together a small autumn series with you - think 3 reels plus stories around "making a rental feel like home".

I've attached my media kit with audience data and rates. Happy to jump on a call whenever suits you.

Best,
Chloe Evans""",
         "Chloe Evans"),
    ],
    "nl": [
        ("access", (),
         "Gesprekken met jullie WhatsApp-bot",
         """Dag,

Vorige maand heb ik via WhatsApp met jullie chatbot gechat over het terugsturen van een jas (en daarna nog met een medewerker in dezelfde chat). Achteraf vroeg ik me af wat daar eigenlijk mee gebeurt.

Kunnen jullie me laten weten welke gegevens jullie van die gesprekken bijhouden, hoelang dat bewaard wordt en of een ander bedrijf (de maker van de bot?) die gesprekken ook te zien krijgt? Mijn gsm-nummer is 0478 21 63 90.

Alvast bedankt,
Annelies Wouters""",
         "Annelies Wouters"),
        ("correction", (),
         "verkeerde tag in jullie post",
         """Hallo,

In jullie Instagrampost van 14 oktober (de foto's van de workshop in Leuven) hebben jullie mij getagd als @lien.peeters. Dat is niet mijn account, ik ben @lienpeeters_ (met een liggend streepje op het einde). Die andere Lien krijgt nu allerlei reacties over iets waar ze niet bij was 😅

Kunnen jullie de tag aanpassen naar het juiste account?

Groetjes
Lien""",
         "Lien Peeters"),
        ("deletion", ("withdraw_consent",),
         "Facebook-koppeling verwijderen + geen nieuwsbrief meer",
         """Goedemiddag,

Bij het aanmaken van mijn klantenaccount heb ik destijds ingelogd via Facebook. Die koppeling wil ik nu helemaal weg: gelieve de link met mijn Facebookprofiel te verwijderen en alles te wissen wat jullie via Facebook van mij binnengekregen hebben (profielfoto, geboortedatum enz.). Mijn account zelf mag blijven bestaan, ik log voortaan wel in met e-mail en wachtwoord.

En nu ik toch schrijf: sinds die registratie krijg ik ook jullie nieuwsbrief. Daar wil ik graag van af.

Met vriendelijke groeten,
Koen Declercq""",
         "Koen Declercq"),
        ("restriction", (),
         "Mijn foto in jullie advertentie",
         """Geachte,

Op 22 oktober heb ik jullie klantendienst gemeld dat een foto van mij (op mijn terras, met jullie loungeset) gebruikt wordt in een gesponsorde advertentie op Facebook. Jullie antwoordden dat ik toestemming zou hebben gegeven door #shopexamplehome te gebruiken. Dat betwist ik, en ik laat het momenteel bekijken door mijn advocaat.

In afwachting daarvan vraag ik het volgende: zet de advertentie stil en gebruik de foto nergens meer, maar verwijder voorlopig niets. Mijn advocaat wil de oorspronkelijke advertentie, de bijhorende cijfers en jullie interne communicatie daarover kunnen inzien, dus dat moet allemaal bewaard blijven.

Gelieve te bevestigen dat dit zo gebeurt.

Hoogachtend,
Marc Van den Broeck""",
         "Marc Van den Broeck"),
        ("objection", (),
         "Geen doelgroepen op Facebook met mijn e-mailadres aub",
         """Hoi,

Ik lees in jullie privacyverklaring dat jullie klantgegevens kunnen gebruiken om "vergelijkbare doelgroepen" te maken op sociale media. Daar ben ik het niet mee eens. Ik wil niet dat mijn e-mailadres of telefoonnummer naar Meta, Google of TikTok gestuurd wordt om mij of "mensen zoals ik" advertenties te tonen.

Haal me dus uit die lijsten en gebruik mijn gegevens daar in de toekomst niet meer voor. Mijn klantenkaart en bestellingen mogen gewoon blijven.

Sarah Janssens""",
         "Sarah Janssens"),
        ("withdraw_consent", (),
         "",
         """ik heb me ooit via jullie messenger bot ingeschreven voor de 'deals van de week' maar nu krijg ik elke donderdag een bericht, en ook als ik STOP typ blijft het komen. wil dat niet meer ontvangen. kunnen jullie me daar uit halen?

mvg
Dirk""",
         "Dirk Maes"),
        ("complaint", (),
         "TWEEDE VRAAG - foto van mijn zoon staat nog steeds online",
         """Goedendag,

Op 2 oktober heb ik jullie gevraagd om de foto van mijn zoon (10 jaar) van jullie Facebookpagina te halen. Hij staat erop bij de voetbalwedstrijd die jullie winkel in Mechelen sponsorde, met zijn naam in het bijschrift. Ik kreeg een automatisch ontvangstbericht en daarna niets meer. Vandaag, 5 november, staat de foto er nog altijd.

Ik vind het eerlijk gezegd ongehoord dat een vraag over een kind een maand blijft liggen. Als ik tegen 15 november geen antwoord heb en de foto staat er nog, dien ik klacht in bij de Gegevensbeschermingsautoriteit.

Veerle Claes""",
         "Veerle Claes"),
        ("other", (),
         "nepaccount op Instagram",
         """Hallo,

Ik weet niet of dit het juiste adres is, maar ik vond geen ander. Er is een account @shopexample.be.giveaway dat mensen een DM stuurt dat ze een cadeaubon van 500 euro gewonnen hebben en dat ze hun bankgegevens moeten invullen via een link. Ik heb er zelf ook zo een gekregen. Het gebruikt jullie logo.

Ik heb het al gerapporteerd bij Instagram, maar misschien kunnen jullie het sneller laten verwijderen en een waarschuwing posten. Mijn moeder had er bijna op geklikt.

Groeten,
Jens Vermeulen""",
         "Jens Vermeulen"),
        ("other", (),
         "Bestelling 2026-407715 - nog niet geleverd",
         """Dag,

Ik heb jullie vorige week al een berichtje gestuurd via Instagram, maar daar reageert blijkbaar niemand, dus ik probeer het zo. Mijn bestelling 2026-407715 (boekenkast, zwart) zou op 28 oktober geleverd worden, maar ik heb nog altijd niets gezien en de track & trace staat al vijf dagen op "in verwerking".

Kunnen jullie eens nakijken waar die blijft?

Bedankt
Nathalie Goossens""",
         "Nathalie Goossens"),
        ("other", (),
         "vraagje over de winactie",
         """Hallo! Ik doe mee aan jullie winactie op Instagram voor de kerstbox. Moet ik de post ook delen in mijn story of is liken + een vriendin taggen genoeg? En ik heb per ongeluk mijn reactie verwijderd en opnieuw gepost, telt dat nog of lig ik er nu uit?

Thanks!
Febe""",
         "Febe De Smet"),
    ],
    "fr": [
        ("access", (),
         "Connexion avec Google : quelles données ?",
         """Bonjour,

J'ai créé mon compte client chez vous en utilisant le bouton « Se connecter avec Google ». Je souhaiterais savoir précisément quelles informations vous avez reçues de Google à ce moment-là (nom, adresse e-mail, photo, date de naissance… ?), ce que vous en conservez aujourd'hui, et si ces informations ont été transmises à des tiers, par exemple à votre agence de communication ou aux réseaux sociaux à des fins publicitaires.

Je vous remercie d'avance pour votre réponse.

Cordialement,
Isabelle Lejeune""",
         "Isabelle Lejeune"),
        ("correction", (),
         "Mon nom sur mon compte",
         """Bonjour,

Quand je me suis inscrit via Facebook, votre site a repris le nom de mon profil Facebook, c'est-à-dire « Jean-Mi Lbt ». Résultat : c'est ce nom-là qui figure sur mon compte, sur ma carte de fidélité et même sur mes factures, ce qui fait un peu désordre quand je les rentre chez mon employeur…

Pourriez-vous le remplacer par mon vrai nom, Jean-Michel Lambert ? Je n'arrive pas à le modifier moi-même, le champ est grisé.

Merci beaucoup et bonne journée,
Jean-Michel Lambert""",
         "Jean-Michel Lambert"),
        ("deletion", (),
         "Photo de mon fils – magasin de Wavre",
         """Madame, Monsieur,

Dans votre publication Instagram du 1er septembre (« C'est la rentrée ! »), prise dans votre magasin de Wavre, on voit mon fils Lucas, 8 ans, de face, en train de choisir un cartable. Je ne me souviens pas qu'on nous ait demandé quoi que ce soit.

Je vous demande de supprimer cette photo de votre compte, ainsi que de vos archives et de toute autre publication où il apparaît.

Merci de me confirmer la suppression.

Bien à vous,
Caroline Dumont""",
         "Caroline Dumont"),
        ("portability", ("deletion",),
         "Fin de mon contrat d'ambassadrice – récupération de mes données",
         """Bonjour l'équipe,

Comme convenu avec Manon, mon contrat d'ambassadrice se termine le 30 novembre. Avant cela, j'aimerais récupérer les données me concernant dans un format exploitable (CSV ou Excel, idéalement) : les ventes réalisées avec mon code MARIE10 mois par mois, les commissions versées et les statistiques des contenus que j'ai publiés pour vous. Je dois pouvoir les transmettre à mon comptable et à la marque avec laquelle je vais collaborer.

Une fois ce fichier envoyé, merci de supprimer mon profil d'ambassadrice (adresse, mensurations, etc.), vous n'en aurez plus besoin.

Merci pour ces deux belles années !
Marie""",
         "Marie Gérard"),
        ("objection", (),
         "Repartages de mes publications",
         """Bonjour,

Je suis cliente depuis longtemps et il m'arrive de vous identifier quand je poste une photo de mes achats. Depuis quelques mois, vous repartagez systématiquement ces photos en story, parfois même dans votre fil, avec mon nom de compte.

Je ne le souhaite pas. Je m'oppose à ce que vous utilisiez mes publications sur vos comptes, même quand je vous identifie : merci de ne plus les repartager à l'avenir.

Cordialement,
Nathalie Renard""",
         "Nathalie Renard"),
        ("withdraw_consent", ("deletion",),
         "concours Instagram / newsletter",
         """Bonjour,

En participant à votre concours de la Saint-Nicolas l'an dernier (via le formulaire en lien dans votre bio), j'ai coché la case pour recevoir votre newsletter. Je retire ce consentement : je ne souhaite plus recevoir vos e-mails promotionnels.

Et puisque le concours est terminé depuis longtemps, je vous demande aussi d'effacer les données que j'avais encodées dans ce formulaire (nom, adresse, date de naissance).

Merci,
Thomas Leclercq""",
         "Thomas Leclercq"),
        ("complaint", ("access",),
         "Réponse de votre community manager",
         """Bonjour,

Hier soir, j'ai laissé un commentaire sous votre publication Facebook pour dire que je trouvais vos délais de livraison trop longs. Votre community manager m'a répondu publiquement : « Bonjour Sandrine, nous voyons que votre commande du 12 octobre a été livrée le 19, soit dans les délais annoncés. »

Je n'avais donné ni mon numéro de commande ni mon nom complet dans ce commentaire. Cette personne a donc fouillé dans mon dossier client pour me répondre devant tout le monde. Je trouve cela totalement déplacé et je vous le signale formellement.

Je souhaite savoir qui a consulté mon dossier, à quel titre (un employé ou une agence externe ?) et quelles données de mon compte cette personne peut voir.

Sandrine Mathieu""",
         "Sandrine Mathieu"),
        ("other", (),
         "Proposition de collaboration – TikTok déco",
         """Bonjour,

Je m'appelle Inès, je crée du contenu déco et DIY sur TikTok (@ines.fait.maison, 85 000 abonnés, surtout en Belgique francophone et en France). J'ai récemment acheté votre étagère murale en chêne et j'ai adoré la monter ; je me disais qu'on pourrait imaginer une petite série ensemble : unboxing, montage, avant/après.

Je peux vous envoyer mon kit média et mes tarifs si ça vous intéresse. Sinon, pas de souci !

Belle journée,
Inès Benali""",
         "Inès Benali"),
        ("other", (),
         "Lien Facebook sur votre site",
         """Bonjour,

Petit signalement : l'icône Facebook en bas de votre site renvoie vers une page qui « n'est pas disponible pour le moment ». J'imagine que l'ancienne page a été supprimée ? Il faudrait mettre le lien à jour (ou le retirer).

Cordialement,
Pierre Dubois""",
         "Pierre Dubois"),
        ("other", (),
         "La lampe de votre post de mardi",
         """Bonjour bonjour,

Dans votre publication Instagram de mardi (le salon avec le canapé vert), il y a une lampe à poser en verre fumé à côté du fauteuil. Je ne la retrouve pas sur le site. Est-elle encore en vente, et existe-t-elle en blanc ?

Merci !
Aurélie""",
         "Aurélie Fontaine"),
    ],
    "de": [
        ("access", ("portability",),
         "Auskunft: Anmeldung mit Apple und Werbezielgruppen",
         """Sehr geehrte Damen und Herren,

ich habe mein Kundenkonto bei Ihnen über „Mit Apple anmelden“ erstellt. Gemäß Art. 15 DSGVO bitte ich um Auskunft darüber,

1. welche Daten Sie dabei von Apple erhalten haben (insbesondere, ob Sie meine echte E-Mail-Adresse oder nur die weitergeleitete Apple-Adresse haben),
2. ob und in welche Werbezielgruppen („Custom Audiences“) auf Facebook, Instagram oder anderen Plattformen meine Daten hochgeladen wurden, und wann,
3. wie lange diese Daten gespeichert werden.

Die Daten aus meinem Kundenkonto (Bestellungen, Treuepunkte) hätte ich außerdem gern in einem maschinenlesbaren Format, z. B. als JSON- oder CSV-Datei, da ich sie in meine eigene Haushaltssoftware übernehmen möchte.

Mit freundlichen Grüßen
Stefan Krämer""",
         "Stefan Krämer"),
        ("correction", (),
         "Neue Adresse im Ambassador-Portal",
         """Hallo zusammen,

ich bin im Sommer von Eupen nach Kelmis umgezogen und habe das im Ambassador-Portal eigentlich auch geändert, aber die Produktpakete für meine Posts kommen immer noch an die alte Adresse (zum Glück wohnt da jetzt meine Schwester). Anscheinend zieht euer Versand die Adresse von woanders.

Meine richtige Adresse ist jetzt:
Lütticher Straße 48
4720 Kelmis

Könnt ihr das bitte überall korrigieren? Meine Maße usw. stimmen noch, nur die Adresse nicht.

Danke & liebe Grüße
Julia""",
         "Julia Schmitz"),
        ("deletion", (),
         "Chatverlauf Messenger löschen",
         """Guten Tag,

ich habe im Frühjahr über den Facebook Messenger mit Ihrem Kundenservice geschrieben, u. a. wegen einer Reklamation, und dabei auch Fotos von meinem Personalausweis und aus meiner Wohnung geschickt, weil das verlangt wurde. Die Sache ist längst erledigt.

Ich möchte, dass Sie diesen gesamten Chatverlauf samt Fotos löschen, sowohl in Ihrem Postfach bei Facebook als auch in Ihrem Ticketsystem, falls er dort gespeichert wurde. Bitte bestätigen Sie mir kurz die Löschung.

Freundliche Grüße
Monika Hoffmann""",
         "Monika Hoffmann"),
        ("restriction", (),
         "Ambassador-Konto bitte noch NICHT löschen",
         """Hallo,

laut eurer Mail vom 2. November wird mein Ambassador-Konto 30 Tage nach Vertragsende, also am 1. Dezember, mit allen Daten gelöscht. Bitte macht das vorerst nicht.

Hintergrund: Ich bin mit eurer Abrechnung für August und September nicht einverstanden, da fehlen meiner Meinung nach rund 40 Verkäufe mit meinem Code. Solange das nicht geklärt ist, brauche ich die Verkaufsdaten, die Klickstatistiken und die Abrechnungen als Nachweis. Ihr müsst damit nichts weiter machen, sie nur aufbewahren, bis die Sache erledigt ist.

Viele Grüße
Kevin Wagner""",
         "Kevin Wagner"),
        ("objection", (),
         "Widerspruch gegen Retargeting / Meta-Pixel",
         """Sehr geehrte Damen und Herren,

seit ich vor zwei Wochen auf Ihrer Website nach Gartenmöbeln gesucht habe, sehe ich auf Instagram praktisch bei jedem Öffnen der App Werbung von Ihnen für genau diese Produkte. Offensichtlich geben Sie über ein Pixel oder eine vergleichbare Technik Informationen über mein Surfverhalten an Meta weiter und verknüpfen diese mit meinem Kundenkonto.

Hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO jeder Verarbeitung meiner personenbezogenen Daten zu Zwecken der Direktwerbung, einschließlich Retargeting, Profilbildung und der Übermittlung meiner Daten an soziale Netzwerke zu Werbezwecken.

Ich bitte um schriftliche Bestätigung.

Mit freundlichen Grüßen
Dr. Andreas Becker""",
         "Andreas Becker"),
        ("withdraw_consent", (),
         "Kunde des Monats – Einwilligung",
         """Hallo,

im März habe ich Ihnen erlaubt, mein Foto mit dem Sideboard und einen kurzen Text von mir in der Reihe „Kunde des Monats“ auf Instagram und Facebook zu veröffentlichen. Diese Einwilligung widerrufe ich hiermit. Ich möchte nicht, dass das Foto weiter verwendet wird.

Danke und Gruß
Peter Schulz""",
         "Peter Schulz"),
        ("complaint", ("deletion",),
         "Screenshot meiner Beschwerde öffentlich gepostet",
         """Guten Tag,

ich bin ehrlich gesagt fassungslos. Ich hatte Ihnen vor einer Woche per Instagram-DM geschrieben, dass ich mit der Qualität des Bettbezugs nicht zufrieden bin – zugegeben in deutlichen Worten. Heute sehe ich in Ihrer Story einen Screenshot genau dieser Nachricht, mit meinem Profilbild und Namen gut lesbar, versehen mit dem Kommentar „Manche Kunden sind einfach nie zufrieden 🙄“.

Eine private Nachricht ohne mein Wissen zu veröffentlichen, um sich über mich lustig zu machen, ist ein Datenschutzverstoß und schlicht unprofessionell. Ich erwarte, dass der Beitrag und alle Kopien davon sofort gelöscht werden, und behalte mir eine Beschwerde bei der Datenschutzbehörde vor.

Sabine Richter""",
         "Sabine Richter"),
        ("other", (),
         "Gewinnspiel – wann wird ausgelost?",
         """Hi,

kurze Frage zu eurem Gewinnspiel auf Instagram (Gutschein über 250 €): In der Story stand „Auslosung Ende Oktober“, jetzt ist schon November und ich hab noch nichts gesehen. Wird der Gewinner per DM benachrichtigt oder in einem Post bekanntgegeben? Nicht dass ich die Nachricht übersehe 😊

LG
Lena""",
         "Lena Hartmann"),
        ("other", (),
         "Kooperationsanfrage – Unboxing auf YouTube",
         """Hallo liebes Shop-Example-Team,

ich betreibe den YouTube-Kanal „Wohnen mit wenig“ (ca. 18.000 Abonnenten) und zeige dort vor allem günstige Einrichtungsideen für kleine Wohnungen. Ich würde gern ein Unboxing- und Aufbauvideo mit einem Ihrer Regalsysteme machen, gern auch mit einem Rabattcode für meine Zuschauer.

Bei Interesse schicke ich Ihnen gern meine Statistiken und ein paar Beispielvideos.

Viele Grüße
Maximilian Roth""",
         "Maximilian Roth"),
        ("other", (),
         "Rücksendung – schreibe jetzt per Mail",
         """Hallo,

ich hatte euch wegen meiner Rücksendung eigentlich auf Instagram geschrieben, aber ich habe meinen Insta-Account inzwischen gelöscht, deshalb jetzt hier. Bestellnummer 2026-411092, zwei Kissenbezüge, die Farbe passt nicht. Bekomme ich ein Rücksendeetikett per Mail oder muss ich das im Kundenkonto selbst erstellen?

Danke!
Tobias Klein""",
         "Tobias Klein"),
    ],
    "es": [
        ("access", (),
         "¿En qué audiencias estoy?",
         """Hola:

Últimamente me salen anuncios vuestros en Instagram y Facebook constantemente, y la verdad es que nunca os he seguido en redes. Lo único que tengo con vosotros es la tarjeta de fidelización y una cuenta en la web.

Me gustaría saber si habéis subido mi correo electrónico o mi teléfono a Facebook/Instagram (o a otra red) para crear audiencias publicitarias, en qué audiencias estoy, desde cuándo, y qué otros datos míos habéis compartido con esas plataformas.

Gracias de antemano.
Un saludo,
Laura Martínez Ortega""",
         "Laura Martínez Ortega"),
        ("deletion", ("objection", "withdraw_consent"),
         "Publicación del ganador del sorteo",
         """Buenas tardes:

Gané el sorteo de la cafetera que hicisteis en Instagram a principios de octubre, y os lo agradezco, pero en la publicación del ganador pusisteis mi nombre completo y la ciudad donde vivo (Lovaina). No me hace ninguna gracia que eso esté a la vista de cualquiera.

Por favor, borrad mi nombre y mi ciudad de esa publicación (o borrad la publicación entera). Además, he visto en las bases que los datos de los participantes se pueden ceder a la marca de la cafetera con fines comerciales: no quiero que se cedan los míos. Y ya que estamos, dadme de baja de la newsletter, que me apuntasteis al participar.

Saludos,
Javier Ruiz""",
         "Javier Ruiz"),
        ("portability", (),
         "Datos de mi código de afiliado",
         """Hola, equipo:

Tengo un código de afiliada con vosotros desde 2024 (CARMEN20) y quiero pasar mis datos a una plataforma de gestión de afiliados que uso con otras marcas. ¿Me podríais enviar en un archivo CSV o JSON todas las ventas hechas con mi código, con fecha, importe y comisión, y los clics del enlace si los tenéis?

Si se puede enviar directamente a la plataforma (se llama Affilio y tienen una dirección para importaciones), mejor todavía.

Un abrazo,
Carmen""",
         "Carmen Delgado"),
        ("restriction", (),
         "Mi cuenta está vinculada a un perfil de Facebook que no es mío",
         """Buenos días:

Al entrar en mi cuenta he visto que aparece vinculada a un perfil de Facebook con otro nombre ("Álvaro Gómez Ruiz") y otra foto. Yo me llamo Álvaro Gómez Sanz y nunca he iniciado sesión con Facebook en vuestra web. Supongo que es un error al enlazar cuentas con nombres parecidos, pero no lo sé.

Mientras lo investigáis, os pido que no uséis para nada los datos que vengan de ese perfil (ni para anuncios, ni para recomendaciones, ni para nada), y que tampoco borréis nada todavía, porque quiero saber cómo ha pasado.

Atentamente,
Álvaro Gómez Sanz""",
         "Álvaro Gómez Sanz"),
        ("objection", (),
         "Me opongo a que registréis mis tuits",
         """Hola,

El otro día vuestra cuenta de X me respondió a un tuit en el que me quejaba de un retraso, y en la respuesta poníais "como ya nos comentaste en septiembre". O sea, que guardáis lo que escribo sobre vosotros en redes.

No me parece bien. Me opongo a que uséis cualquier herramienta para seguir, guardar o analizar mis publicaciones. Si quiero hablar con vosotros, ya os escribiré yo.

Pablo Herrera""",
         "Pablo Herrera"),
        ("withdraw_consent", (),
         "Basta de correos y notificaciones",
         """Me registré en vuestra app con Google hace un mes para comprar una cosa y desde entonces me llega un correo casi todos los días y notificaciones en el móvil con ofertas. No quiero recibir nada más de publicidad, ni emails ni notificaciones push. La cuenta la quiero mantener para ver mis pedidos.

Gracias.
Marta""",
         "Marta Sánchez"),
        ("complaint", (),
         "Una persona de vuestra agencia me escribió desde su cuenta personal",
         """Buenas:

Quiero presentar una queja. El 27 de octubre os escribí un mensaje directo en Instagram por un problema con un pedido. Al día siguiente me escribió una chica desde su cuenta PERSONAL de Instagram diciendo que trabajaba en "la agencia que lleva las redes de Shop Example" y que me ayudaba ella directamente. Sabía mi nombre, mi número de pedido y mi dirección.

No sé quién es esta persona ni por qué tiene mis datos en su cuenta privada. Me parece gravísimo. Exijo una explicación y saber qué medidas vais a tomar. Si no recibo respuesta, acudiré a la Autoridad de Protección de Datos de Bélgica.

Lucía Fernández""",
         "Lucía Fernández"),
        ("other", (),
         "El icono de TikTok de vuestra web no va",
         """¡Hola! El icono de TikTok que tenéis abajo en la web lleva a una cuenta que ya no existe. Quería ver los vídeos del catálogo de Navidad que anunciáis en Instagram. Igual convendría quitarlo o cambiarlo por el enlace bueno.

Saludos
Sergio""",
         "Sergio Navarro"),
        ("other", (),
         "Premio del sorteo - cambio de talla",
         """Hola:

Soy una de las ganadoras del sorteo del albornoz en Instagram (me escribisteis por privado el lunes). Me ha llegado hoy, ¡muchísimas gracias! Pero es una talla S y yo uso una L. ¿Se puede cambiar en alguna de vuestras tiendas o tengo que enviarlo?

Un saludo,
Elena Castro""",
         "Elena Castro"),
        ("other", (),
         "Pedido 2026-409921 - pieza rota",
         """Hola,

Os escribí por mensaje directo en Facebook y me dijeron que enviara un correo con las fotos, así que aquí va. La mesa del pedido 2026-409921 llegó con una de las patas rajada (adjunto fotos). ¿Me podéis mandar la pieza de repuesto o tengo que devolver la mesa entera?

Gracias,
Raúl Moreno""",
         "Raúl Moreno"),
    ],
    "it": [
        ("access", (),
         "Messaggi diretti su Instagram – cosa conservate?",
         """Buongiorno,

negli ultimi mesi ho scritto più volte in privato al vostro profilo Instagram, per ordini e resi, mandando anche il mio indirizzo e il numero di telefono. Vorrei sapere:
- cosa conservate di queste conversazioni e dove (solo su Instagram o anche in un vostro sistema?);
- per quanto tempo;
- chi le legge: il vostro servizio clienti o un'agenzia esterna?

Se possibile, vorrei anche una copia dei dati che avete su di me collegati a questi messaggi.

Grazie e buona giornata,
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("correction", ("deletion",),
         "Email sbagliata sul profilo + scollegare Google",
         """Salve,

mi sono registrato sul vostro sito con "Accedi con Google" e il profilo ha preso il mio vecchio indirizzo Gmail, che non uso più da anni. Per questo non ricevo le conferme d'ordine.

Vi chiedo di sostituire l'indirizzo email del mio account con quello da cui vi sto scrivendo. E poi di scollegare del tutto l'account Google e cancellare i dati che avete ricevuto da Google: preferisco entrare con email e password.

Grazie,
Luca Moretti""",
         "Luca Moretti"),
        ("deletion", (),
         "La mia recensione nella vostra pubblicità su Facebook",
         """Gentili signori,

ho scoperto che una mia recensione del divano "Oslo" (scritta sul vostro sito a maggio) viene usata in un'inserzione su Facebook, con il mio nome e cognome e la mia foto del profilo. La recensione era positiva e lo è ancora, ma non avrei mai pensato che finisse in una pubblicità.

Vi chiedo di togliere il mio nome e la mia foto dall'inserzione e di cancellarli da qualsiasi materiale pubblicitario in cui li avete salvati. La recensione sul sito può restare, ma senza foto.

Cordiali saluti,
Roberto Conti""",
         "Roberto Conti"),
        ("portability", (),
         "Fine collaborazione – richiesta dei miei dati",
         """Ciao,

la mia collaborazione con voi come influencer si è chiusa il 31 ottobre. Nel frattempo sono passata a un'agenzia che gestisce tutte le mie collaborazioni e mi chiedono lo storico.

Mi potete mandare in un formato leggibile da un programma (CSV o Excel va benissimo) i dati che avete su di me dal programma: le vendite con il mio codice, i compensi e le statistiche dei contenuti (visualizzazioni, click) raccolte dalla vostra piattaforma? Se riuscite a mandarli direttamente all'agenzia (vi giro l'indirizzo) ancora meglio.

Grazie mille,
Alessia""",
         "Alessia Romano"),
        ("objection", ("access",),
         "Opposizione – pubblici simili su Facebook",
         """Spettabile Shop Example,

leggo nella vostra informativa che utilizzate gli indirizzi email dei clienti per creare "pubblici personalizzati" e "pubblici simili" su Meta, sulla base del vostro legittimo interesse. Ai sensi dell'art. 21 del GDPR mi oppongo a questo trattamento: non voglio che il mio indirizzo venga caricato su Facebook o su altre piattaforme a fini pubblicitari.

Vi chiedo inoltre di comunicarmi in quali pubblici è stato inserito finora il mio indirizzo e da quando.

Distinti saluti,
Giovanni Esposito""",
         "Giovanni Esposito"),
        ("withdraw_consent", (),
         "toglietemi dalla lista WhatsApp",
         """Buonasera, mesi fa nel negozio di Charleroi mi hanno chiesto se volevo ricevere le offerte su WhatsApp e ho detto di sì. Adesso però mi arrivano 3-4 messaggi a settimana ed è troppo. Per favore toglietemi dalla lista, non voglio più ricevere offerte su WhatsApp.

Grazie
Anna Ricci""",
         "Anna Ricci"),
        ("complaint", (),
         "Risposta pubblica con il mio indirizzo",
         """Buongiorno,

vi scrivo per segnalare un fatto molto grave. Il 20 ottobre vi ho mandato un messaggio privato su Facebook chiedendo dove fosse il mio ordine. Invece di rispondermi in privato, il vostro profilo ha risposto a un mio vecchio commento sotto un vostro post, quindi in pubblico, scrivendo: "Ciao Paola, il tuo ordine 2026-403318 per Rue de la Station 14, La Louvière è in consegna oggi".

Il mio indirizzo è rimasto visibile a chiunque per almeno due giorni, finché non me ne sono accorta io. Non è accettabile. Voglio sapere come è potuto succedere e cosa fate perché non succeda più.

Paola Greco""",
         "Paola Greco"),
        ("other", (),
         "Profilo falso su Facebook",
         """Salve, volevo segnalarvi che c'è una pagina Facebook che si chiama "Shop Example Outlet Belgio" che usa il vostro logo e le vostre foto e vende mobili a metà prezzo, con pagamento solo tramite bonifico. Mi sembra una truffa. Io l'ho già segnalata a Facebook, ma forse se la segnalate voi la chiudono prima.

Cordiali saluti
Salvatore Marino""",
         "Salvatore Marino"),
        ("other", (),
         "Tavolo nel vostro reel",
         """Ciao! Nel reel di ieri (quello della cena d'autunno) c'è un tavolo rotondo in legno chiaro, ma non lo trovo sul sito. Come si chiama? È disponibile anche da 120 cm?

Grazie,
Chiara""",
         "Chiara Colombo"),
        ("other", (),
         "codice sconto del concorso",
         """Buongiorno, ho vinto il codice sconto del concorso su Instagram ma ho cancellato per sbaglio la chat in cui me l'avevate mandato. Potete rimandarmelo qui per email? Il mio profilo è @dario_fontana87.

Grazie mille
Dario Fontana""",
         "Dario Fontana"),
    ],
    "pt": [
        ("access", (),
         "Pedido de cópia das conversas no Messenger e WhatsApp",
         """Bom dia,

Ao longo deste ano falei várias vezes com a vossa loja pelo Messenger e pelo WhatsApp (primeiro com o assistente automático, depois com pessoas). Gostaria de receber uma cópia de tudo o que têm guardado dessas conversas e que me informassem durante quanto tempo as guardam e se são partilhadas com alguma empresa externa.

O meu número de telemóvel é +32 470 55 81 12.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("correction", (),
         "O meu nome no post do passatempo",
         """Olá!

Fui a vencedora do passatempo de outubro no Instagram (obrigada!!), mas no post escreveram o meu nome como "Joana Sousa Perreira", com dois R. O correto é Joana Sousa Pereira. A minha família já está a gozar comigo 😂 Conseguem corrigir na legenda?

Obrigada e um abraço,
Joana""",
         "Joana Sousa Pereira"),
        ("deletion", (),
         "Retirar a identificação e a foto",
         """Boa tarde,

Na vossa publicação de 8 de novembro sobre a loja de Antuérpia aparece uma fotografia em que estou eu, na fila da caixa, e ainda por cima identificaram a minha conta pessoal. Não sei como chegaram à minha conta, mas não autorizei nada disso.

Peço que retirem a identificação e apaguem a fotografia, tanto da publicação como dos vossos arquivos.

Cumprimentos,
Ricardo Almeida""",
         "Ricardo Almeida"),
        ("restriction", ("access",),
         "Comentário apagado – NÃO apaguem os registos",
         """Exmos. Senhores,

No dia 30 de outubro publiquei um comentário na vossa página do Facebook sobre uma cómoda que chegou danificada e sobre a forma como fui tratado na loja de Bruxelas. O comentário foi apagado no mesmo dia e fui bloqueado na vossa página.

Vou apresentar uma reclamação formal e preciso que esse comentário, as mensagens privadas que troquei convosco e as notas internas sobre o meu caso sejam conservados. Peço que não os apaguem nem os usem para outro fim enquanto o assunto não estiver resolvido. Peço também que me enviem uma cópia desse material.

Com os melhores cumprimentos,
Manuel Ferreira""",
         "Manuel Ferreira"),
        ("objection", (),
         "Anúncios personalizados – oposição",
         """Boa noite,

Registei-me no vosso site com a conta do Facebook e desde então os vossos anúncios no Instagram parecem saber tudo: o que vi no site, o que comprei, até quando mudei de casa. Não quero isso.

Oponho-me a que usem os meus dados, incluindo os que vieram do Facebook, para traçar o meu perfil e me mostrarem publicidade personalizada nas redes sociais. Podem continuar a tratar das minhas encomendas normalmente.

Obrigado,
Tiago Martins""",
         "Tiago Martins"),
        ("withdraw_consent", ("deletion",),
         "Saída do programa de embaixadores",
         """Olá equipa,

Decidi sair do programa de embaixadores. Quando me inscrevi dei o meu consentimento para usarem a minha morada e as minhas medidas (altura, tamanho de roupa e de sapatos) e para repartilharem os meus conteúdos. Retiro esse consentimento a partir de hoje.

Peço também que apaguem as minhas medidas e a morada do perfil de embaixadora, já não vão precisar delas para me enviar produtos.

Obrigada por tudo,
Beatriz Costa""",
         "Beatriz Costa"),
        ("complaint", ("deletion",),
         "Vídeo meu no vosso TikTok sem autorização",
         """Bom dia,

Fiz um vídeo de unboxing da vossa máquina de café e publiquei-o na MINHA conta do TikTok. Hoje descobri que o vídeo está publicado na conta oficial da Shop Example, sem o meu nome e sem me perguntarem nada, e já tem mais de 40 mil visualizações. Apareço de cara e dentro da minha cozinha.

Isto é inaceitável. Exijo que o vídeo seja retirado e apagado de imediato. Se não tiver resposta esta semana, apresento queixa à autoridade de proteção de dados.

Rui Carvalho""",
         "Rui Carvalho"),
        ("other", (),
         "Proposta de parceria - criadora de conteúdo",
         """Oi, tudo bem?

Sou a Camila, brasileira morando em Bruxelas, e faço conteúdo sobre decoração e vida de expatriada no Instagram (@camila.em.bruxelas, 41 mil seguidores). Sou cliente de vocês e adoraria fazer uma parceria: tour pela minha casa com peças da Shop Example, stories com link e um sorteio para os meus seguidores.

Posso mandar meu mídia kit com os números do perfil. Fico no aguardo!

Beijos,
Camila Oliveira""",
         "Camila Oliveira"),
        ("other", (),
         "Link do Instagram",
         """Olá, o link que está na vossa bio do Instagram leva a uma página que já não existe. Queria ver a coleção de inverno. Talvez seja melhor tirá-lo ou pôr o novo.

Cumprimentos
Paulo Lopes""",
         "Paulo Lopes"),
        ("other", (),
         "Prémio do passatempo",
         """Boa tarde,

Recebi uma mensagem privada no Instagram a dizer que ganhei o passatempo do cabaz de Natal e que devia enviar os meus dados para este email. É verdade ou é um daqueles perfis falsos? A conta que me escreveu chama-se @shopexample.oficial e não tem o visto azul.

Se for verdade, quando é que o cabaz é entregue?

Obrigada,
Sofia Gonçalves""",
         "Sofia Gonçalves"),
    ],
}

"""Forty-sixth set, hand-written mail about customer accounts, logins and security (en nl fr de es it pt). Written apart from the rules (see make_fortysixth.py)."""

PEOPLE_SA = {
    "en": [
        ("access", (),
         "Sign-in from Lyon??",
         """Hello,

Yesterday evening (4 Nov, around 22:40) I got one of your "New sign-in to your account" emails: Windows PC, Chrome, Lyon, France. I was on my sofa in Leuven with my phone. I don't own a Windows PC and I haven't been to France since 2023.

I've changed my password and nothing seems to have been ordered, but I'd like to understand what happened. Could you send me the full list of sign-ins to my account for the last few months, with the dates, IP addresses, locations and devices you have on record? If there were failed attempts as well, I'd like to see those too.

My account is under this email address, loyalty card ending 7713.

Thanks,
Oliver Bennett""",
         "Oliver Bennett"),

        ("deletion", ("withdraw_consent",),
         "Accidental second account (Google sign-in)",
         """Hi there,

Last week I clicked "Continue with Google" at checkout without thinking, and it turns out that created a brand new account for me under my Gmail address (priya.raman88@gmail.com). I already have an account with you under this address, which is the one I actually use.

I don't want the Gmail one. Please delete it completely, including whatever Google passed on to you when it was created (name, photo, etc.).

Also, I now seem to be getting your newsletter on this address. I never ticked anything for that, so please take me off your mailing list too.

Cheers,
Priya""",
         "Priya Raman"),

        ("restriction", (),
         "Fraudulent order 4481273 - please freeze account",
         """Dear Sir or Madam,

On 2 November someone logged into my customer account and placed order 4481273 (two pairs of wireless headphones, EUR 389.98) for delivery to an address in Antwerp that has nothing to do with me. I only found out when the order confirmation arrived. I have reported this to the police in Hasselt; the reference is HA.55.L3.017342/2026.

While your fraud department and the police look into this, I would like you to freeze my account: no orders, no changes to the name, address or email, no payments with the saved card. Please also make sure the records of that login -- the IP address, the device, the time and the delivery address the person entered -- are kept and not deleted or overwritten in the meantime, as the police have told me they may ask you for them.

I will let you know when the investigation has been closed so the account can be reopened.

Yours faithfully,

Graham Whitfield""",
         "Graham Whitfield"),

        ("objection", (),
         "Device recognition / personalised offers",
         """Hello,

I was going through your cookie and privacy notice after setting up the new app and read that you use "device recognition" both to prevent fraud and to "tailor offers to your shopping habits", including when and from where I log in.

The fraud part I can live with. Using my devices and my login times to build a marketing profile of me I don't agree with, and I'd like you to stop doing that on my account. As far as I know I never agreed to it anywhere, and I don't see why I should have to put up with it.

Kind regards,
Martin Hughes""",
         "Martin Hughes"),

        ("complaint", ("deletion",),
         "You emailed me my password in plain text",
         """I called your helpdesk on Monday because I couldn't log in. Fifteen minutes later I got an email from "Customer Service" that said, and I quote, "Your password is: Tulip2019!".

That is my actual password. Not a reset link, not a temporary code. My password, in plain text, in an email.

So either you store passwords in a readable form, or your staff can see them. Either way that is completely unacceptable for a company that also keeps my card details and my home address, and I'd like to know what you are going to do about it and whether you have reported it to the data protection authority.

I no longer trust you with my information. Please close my account and delete everything you hold about me. I've already changed that password everywhere else I used it, no thanks to you.

Rachel Simmons""",
         "Rachel Simmons"),

        ("withdraw_consent", (),
         "push notifications",
         """Hi, since the last app update I get a push every time I open it ("Welcome back Chloe! Today's deals are waiting") and then a promo email about an hour later. Please switch all of that off - no push messages, no marketing emails. I want to keep my account and my card, just not the adverts.

Thanks
Chloe Davies

Sent from my iPhone""",
         "Chloe Davies"),

        ("portability", ("deletion",),
         "Closing my account - need my order history first",
         """Hello,

My account has been broken into twice this year (March and again in October, you should have both on file) and I've decided I'm done with online accounts for shops.

Before I close it though, I need my order history: all orders since I joined in 2019, with order dates, products, prices and serial numbers where you have them, as a CSV or Excel file. A lot of it is still under warranty and I want to be able to prove where I bought things.

Once you've sent me that file, please delete the account and everything linked to it.

Regards,
Gareth Lloyd""",
         "Gareth Lloyd"),

        ("other", (),
         "Reset link not working",
         """Hi,

I forgot my password so I used the "Forgot password" link. The email comes through fine but when I click the link it says "This link has expired or is invalid". I've tried 4 times now, clicking straight away each time, on my laptop and on my phone.

I've got an order coming (5520917) and I'd like to check the delivery slot. Can someone sort this out or send me a link that works?

Thanks,
Dave Kirkpatrick""",
         "Dave Kirkpatrick"),

        ("other", (),
         "2-step verification?",
         """Hello, after all the news about hacked accounts and data leaks lately I'd like to put two-step verification on my account, but I can't find it anywhere in the app or on the website under My Account > Settings. Do you offer it? And if so, where is it? Thanks, Helen Carter""",
         "Helen Carter"),

        ("other", (),
         "Fwd: Your account will be deleted within 24 hours",
         """Hi,

Just a heads-up - I got the mail below this morning. It's obviously not from you (the link goes to shop-example-verify.xyz and the logo is blurry), but it looks convincing enough that some of your older customers might fall for it. It says the account will be deleted unless you "confirm your card details".

I haven't clicked anything and I've already deleted it from my inbox, just forwarding it so your IT people can get the site taken down. That address gets loads of spam anyway so I'm not worried about where they got it. No need to reply.

Tom

---------- Forwarded message ---------
From: Shop Example Security <security@shop-example-verify.xyz>
Date: Tue, 10 Nov 2026 at 07:12
Subject: Your account will be deleted within 24 hours

Dear customer,
We detected unusual activity on your account. To avoid permanent deletion, please confirm your payment details within 24 hours:
https://shop-example-verify.xyz/confirm
Shop Example Customer Security Team""",
         "Tom Fletcher"),
    ],

    "nl": [
        ("correction", ("restriction",),
         "Iemand heeft mijn e-mailadres en gsm-nummer veranderd",
         """Goeiemiddag,

Sinds vorige week kan ik niet meer inloggen op mijn account. Via de winkel in Brugge ben ik te weten gekomen dat iemand op 28 oktober het e-mailadres van mijn account heeft veranderd naar k.verstr4ete@gmx.com, en ook het gsm-nummer. Dat ben ik niet geweest.

Mijn juiste gegevens zijn:
e-mail: jan.verstraete@telenet.be (het adres waarvan ik nu mail)
gsm: 0476 21 43 65

Kunnen jullie die terug juist zetten? En zolang dat niet in orde is: blokkeer de account aub, er staan nog ruim 3.000 punten op mijn klantenkaart en ik wil niet dat die ondertussen verdwijnen.

Mijn klantenkaartnummer is 2700 4418 9021.

Met vriendelijke groeten,
Jan Verstraete""",
         "Jan Verstraete"),

        ("access", (),
         "4 toestellen onthouden?",
         """Dag,

In de app staat onder Instellingen > Beveiliging dat er 4 toestellen "onthouden" worden voor mijn account. Ik heb er maar twee: mijn gsm en de laptop thuis. De andere twee heb ik er al uitgegooid, maar ik zou toch graag weten wat dat voor toestellen waren.

Kunnen jullie me laten weten welke gegevens jullie bijhouden over mijn aanmeldingen? Dus welke toestellen, welke IP-adressen, wanneer er is ingelogd, en hoe lang jullie dat allemaal bewaren?

Alvast bedankt,
Els Peeters""",
         "Els Peeters"),

        ("deletion", (),
         "Opgeslagen bankkaart",
         """Goeiedag,

Na al dat nieuws over gelekte kaartgegevens wil ik niet dat mijn Visa nog bij jullie opgeslagen staat. In mijn account kan ik ze niet zelf wissen, het vuilbakje naast de kaart is grijs ("standaard betaalmethode kan niet verwijderd worden").

Mogen jullie mijn kaartgegevens volledig uit jullie systeem verwijderen? Mijn account mag wel blijven, volgende keer betaal ik gewoon met Bancontact.

Groetjes,
Dirk Wouters""",
         "Dirk Wouters"),

        ("restriction", (),
         "Logbestanden niet wissen aub",
         """Geachte,

In jullie privacyverklaring lees ik dat de gegevens van aanmeldingen (IP-adres, tijdstip, toestel) na 90 dagen automatisch gewist worden.

Mijn account werd op 14 augustus overgenomen door iemand anders, die er twee bestellingen mee geplaatst heeft (zie mijn eerdere mails, dossier 2026-08-1187). Ik heb klacht ingediend bij de politie van Mechelen en mijn advocaat bereidt een burgerlijke procedure voor. De logs van die periode zijn het enige bewijs van wanneer en van waaruit er werd ingelogd.

Ik vraag jullie daarom uitdrukkelijk om de aanmeldgegevens van mijn account van augustus 2026 niet te wissen, maar te bewaren tot de zaak afgehandeld is. Jullie hoeven er verder niets mee te doen. Ik laat weten wanneer het zover is.

Met vriendelijke groet,
Sofie Claes""",
         "Sofie Claes"),

        ("complaint", ("access",),
         "Al 3 weken geen antwoord - punten gestolen",
         """Op 12 oktober heb ik gemeld dat mijn klantenkaart leeggeroofd is: 4.200 punten zijn in een winkel ingeruild door iemand anders, terwijl ik die dag gewoon op mijn werk zat. Daarna heb ik nog twee keer gemaild (19/10 en 26/10) en één keer gebeld. Niemand komt erop terug. Aan de telefoon zei men "het wordt bekeken".

Dit vind ik echt niet kunnen. Iemand heeft met mijn account gerommeld en jullie doen gewoon niets.

Ik wil nu eindelijk weten: in welke winkel en wanneer zijn die punten gebruikt, en welke gegevens van mij heeft die persoon kunnen zien (adres, geboortedatum, bestellingen?).

Als ik binnen de week geen antwoord heb, dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Marc Janssens
klantenkaart 2700 1193 5508""",
         "Marc Janssens"),

        ("objection", ("withdraw_consent",),
         "Profiel op basis van mijn inloggedrag",
         """Hallo,

Ik krijg de laatste tijd opvallend "slimme" mails: altijd net rond het uur waarop ik 's avonds meestal inlog, met producten die ik een paar dagen ervoor bekeken heb zonder ze te kopen. In jullie privacybeleid staat dat jullie login- en surfgegevens gebruiken voor "gepersonaliseerde communicatie op basis van gerechtvaardigd belang".

Daar ben ik het niet mee eens. Ik wil niet dat jullie mijn inlog- en surfgedrag analyseren om een profiel van mij te maken. Gelieve daarmee te stoppen voor mijn account.

En nu ik toch aan het schrijven ben: zet ook de pushberichten van de app uit, die heb ik ooit aangezet maar ik wil ze niet meer.

Vriendelijke groeten,
Lotte De Smet""",
         "Lotte De Smet"),

        ("withdraw_consent", (),
         "sms'jes",
         """Dag, toen ik mijn account aanmaakte heb ik blijkbaar ook "acties en promo's per sms" aangevinkt. Ik wil die sms'jes niet meer, mijn gsm-nummer mag enkel nog dienen voor de verificatiecode bij het inloggen. Dank u. Wim Maes""",
         "Wim Maes"),

        ("other", (),
         "Account geblokkeerd, bestelling loopt vast",
         """Hallo,

Ik heb vanmorgen een paar keer een verkeerd wachtwoord ingetikt en nu staat er "Uw account is tijdelijk geblokkeerd om veiligheidsredenen". Ik zit middenin een bestelling (wasmachine, het winkelmandje staat nog klaar) en de kortingscode WELKOM15 is maar geldig tot vandaag middernacht.

Hoe lang blijft dat geblokkeerd? Kan iemand het vrijgeven, of kan ik de bestelling telefonisch doorgeven met dezelfde korting?

Bedankt,
Koen Vermeulen""",
         "Koen Vermeulen"),

        ("other", (),
         "Valse sms in jullie naam",
         """Goeiedag,

Ter info: ik kreeg gisteren een sms "Shop Example: uw pakket kan niet geleverd worden, bevestig uw gegevens via shopx-levering.be". Ik heb niets besteld, dus ik wist meteen dat het vals was. Ik heb de sms verwijderd en het nummer geblokkeerd, maar misschien kunnen jullie er een waarschuwing over op jullie site zetten, want mijn moeder was er bijna ingetrapt.

Vriendelijke groeten,
An Goossens""",
         "An Goossens"),

        ("other", (),
         "Inloggen met itsme?",
         """Beste,

Kan ik bij jullie inloggen met itsme, zoals bij de bank? Ik heb bij zoveel winkels een ander wachtwoord dat ik ze niet meer onthoud, en elke keer "wachtwoord vergeten" doen is ook niet alles. Als het nog niet kan, lijkt het mij een goed idee om het toe te voegen.

Mvg,
Bart Hermans""",
         "Bart Hermans"),
    ],

    "fr": [
        ("complaint", (),
         "Je vois les données d'une autre cliente dans MON compte !",
         """Bonjour,

Hier soir (9 novembre), en me connectant à mon compte depuis l'application, je suis tombée sur l'historique de commandes d'une autre personne : son nom, son adresse à Namur, son numéro de GSM et les 4 derniers chiffres de sa carte. Après m'être déconnectée et reconnectée, mon propre compte est revenu normalement. J'ai fait des captures d'écran.

Je trouve cela extrêmement grave. Si moi je peux voir les données de cette dame, quelqu'un d'autre a très bien pu voir les miennes. Et je n'ai reçu aucun message de votre part, aucune explication, rien.

J'attends de vous que vous preniez cela au sérieux, que vous préveniez cette cliente et que vous m'expliquiez ce qui s'est passé. Sans réponse de votre part, je m'adresserai à l'Autorité de protection des données.

Nathalie Dubois""",
         "Nathalie Dubois"),

        ("portability", (),
         "Récupérer l'historique de mon ancien compte",
         """Bonjour,

Après le piratage de mon compte le mois dernier, votre service client m'a conseillé d'en ouvrir un nouveau avec une autre adresse e-mail, ce que j'ai fait. Le problème, c'est que tout mon historique est resté sur l'ancien compte, auquel je n'ai plus accès.

Pourriez-vous m'envoyer l'historique complet de mes commandes de l'ancien compte (julien.lambert@skynet.be) dans un fichier exploitable, CSV ou JSON, avec la date, l'article, le prix et le numéro de série si vous l'avez ? J'en ai besoin pour les garanties et je voudrais pouvoir l'importer dans mon tableur. Un PDF par facture ne m'aidera pas.

Merci d'avance,
Julien Lambert""",
         "Julien Lambert"),

        ("access", ("objection",),
         "« Nous avons reconnu cet appareil »",
         """Bonjour,

Depuis la dernière mise à jour, votre application m'affiche « Bon retour ! Nous avons reconnu cet appareil » et ne me demande plus de mot de passe. C'est pratique, mais ça m'interpelle.

Que conservez-vous exactement pour « reconnaître » mon téléphone ? Je voudrais recevoir une copie des informations que vous avez sur mes appareils et mes connexions (identifiants d'appareil, adresses IP, dates), et savoir combien de temps vous les gardez.

Par ailleurs, si ces données servent aussi à autre chose que la sécurité, par exemple à la publicité ou à établir un profil, je m'y oppose.

Cordialement,
Pierre Renard""",
         "Pierre Renard"),

        ("correction", (),
         "Ancien numéro pour la validation en deux étapes",
         """Bonjour,

La validation en deux étapes de mon compte envoie toujours le code par SMS à mon ancien numéro (0475 38 12 90), que je n'ai plus depuis 2022. Mon numéro actuel est le 0498 67 05 31.

Je ne peux pas le modifier moi-même : pour changer le numéro, le site me demande... le code envoyé à l'ancien numéro. Pourriez-vous mettre mon numéro à jour dans mon compte ? Je peux vous envoyer une copie de ma carte d'identité si nécessaire.

Merci,
Isabelle Martin
carte de fidélité 2700 6650 1847""",
         "Isabelle Martin"),

        ("objection", ("withdraw_consent",),
         "Opposition au traitement de mes données de connexion – art. 21 RGPD",
         """Madame, Monsieur,

Votre politique de confidentialité (version du 1er septembre 2026, point 4.3) indique que les adresses IP, les données de connexion et l'historique de navigation de vos clients sont transmis à des « partenaires sélectionnés » à des fins d'analyse et de ciblage publicitaire, sur la base de votre intérêt légitime.

Conformément à l'article 21 du RGPD, je m'oppose à ce traitement en ce qui me concerne, et en particulier à toute transmission de mes données de connexion à ces partenaires. Je vous saurais gré de me confirmer par écrit qu'il y a été mis fin.

Je retire également mon consentement à la réception de votre lettre d'information.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

François Leclercq
Avenue Louise 231, 1050 Ixelles""",
         "François Leclercq"),

        ("deletion", (),
         "Compte créé via Facebook sans mon accord",
         """Bonjour,

Je voulais juste voir le prix d'un aspirateur et j'ai cliqué sur « Se connecter avec Facebook » parce que la fenêtre me bloquait. Je découvre maintenant que ça m'a créé un compte chez vous, avec mon nom, ma photo de profil et mon adresse mail Facebook.

Je n'ai jamais voulu de compte. Merci de le supprimer, avec tout ce que Facebook vous a transmis.

Camille Lefèvre""",
         "Camille Lefèvre"),

        ("restriction", (),
         "Commande contestée – ne pas transmettre au recouvrement",
         """Bonjour,

J'ai reçu un rappel de paiement pour la commande 6071184 (paiement différé, 612,00 €). Je n'ai jamais passé cette commande : mon compte a été piraté fin octobre, je l'ai signalé le 31/10 à votre service client (ticket 88213).

Votre service client me répond que la commande a été passée « depuis un appareil reconnu » et donc par moi. Je le conteste formellement. En attendant que vous ayez vérifié, je vous demande de geler ces données : que la commande ne soit pas transmise à une société de recouvrement, ni signalée comme impayée à qui que ce soit, tant que l'enquête n'est pas terminée.

Bien à vous,
Thomas Dupont""",
         "Thomas Dupont"),

        ("other", (),
         "mot de passe oublié",
         """Bonjour, j'ai oublié mon mot de passe et je ne reçois pas le mail de réinitialisation (j'ai regardé dans les spams). J'ai essayé trois fois ce matin. Mon adresse est bien celle-ci. Pouvez-vous m'aider ? J'ai un bon d'achat de 20 € qui expire à la fin du mois. Merci. Monique Gilson""",
         "Monique Gilson"),

        ("other", (),
         "Comment protégez-vous les mots de passe ?",
         """Bonjour,

Avant de créer un compte chez vous, j'aimerais savoir comment vous protégez les mots de passe de vos clients. Sont-ils chiffrés (hachés) ? Proposez-vous une authentification à deux facteurs ? Mes données ont été victimes d'une fuite sur un autre site l'an dernier et je suis devenu prudent.

Merci pour votre réponse,
Laurent Mertens""",
         "Laurent Mertens"),

        ("other", (),
         "Merci pour le déblocage",
         """Bonjour,

Je voulais simplement remercier Sarah, du service client, qui m'a aidé hier au téléphone à débloquer mon compte après que j'avais oublié mon mot de passe. Elle a été très patiente (je ne suis pas très doué avec ces choses-là) et ma commande est partie ce matin.

Bonne journée à toute l'équipe,
Georges Delvaux""",
         "Georges Delvaux"),
    ],

    "de": [
        ("access", ("restriction",),
         "Auskunftsersuchen nach Art. 15 DSGVO – Anmeldedaten",
         """Sehr geehrte Damen und Herren,

am 21. Oktober 2026 erhielt ich von Ihnen eine Benachrichtigung über eine „Anmeldung von einem neuen Gerät“ in meinem Kundenkonto, die nicht von mir stammte. Ich habe das Passwort sofort geändert.

Gemäß Art. 15 DSGVO bitte ich um Auskunft darüber,
- welche Anmeldedaten Sie zu meinem Kundenkonto gespeichert haben (Zeitpunkte, IP-Adressen, Geräte- und Browserangaben, auch fehlgeschlagene Anmeldeversuche),
- wie lange diese Daten gespeichert werden,
- ob und an wen sie weitergegeben wurden (z. B. Dienstleister zur Betrugsprävention).

Bitte stellen Sie außerdem sicher, dass diese Daten bis zur Beantwortung meiner Anfrage nicht gelöscht werden, auch wenn die reguläre Speicherfrist in der Zwischenzeit abläuft.

Mit freundlichen Grüßen
Stefan Becker
Kundennummer 10493377""",
         "Stefan Becker"),

        ("restriction", (),
         "Kontolöschung bitte noch nicht durchführen",
         """Hallo,

ich hatte Ihnen am 3. November geschrieben, dass Sie mein Konto löschen sollen, nachdem es gehackt wurde und jemand damit zwei Bestellungen auf meine Kreditkarte gemacht hat.

Bitte warten Sie damit noch! Meine Bank braucht für die Rückbuchung Nachweise, und die Bestelldaten, die Lieferadresse des Betrügers und die Anmeldedaten sind die einzigen Belege, die ich habe. Das Konto soll nicht mehr benutzt werden können, aber bitte löschen Sie noch nichts, bis die Bank entschieden hat. Ich melde mich dann wieder.

Viele Grüße
Andrea Schulz""",
         "Andrea Schulz"),

        ("complaint", (),
         "Beschwerde über Ihre Hotline",
         """Sehr geehrte Damen und Herren,

ich habe letzte Woche Ihre Hotline angerufen, weil ich mein Passwort zurücksetzen wollte. Die Mitarbeiterin hat nur nach meinem Namen gefragt – keine Kundennummer, kein Geburtsdatum, nichts – und mir dann ungefragt meine letzten Bestellungen vorgelesen, einschließlich der Lieferadresse und des Geschenks, das ich für meine Frau bestellt hatte. Meine Frau saß neben mir. Die Überraschung ist dahin, aber darum geht es mir gar nicht.

Es geht darum, dass offenbar jeder, der meinen Namen kennt, bei Ihnen anrufen und sich meine Bestellungen und meine Adresse vorlesen lassen kann. Das halte ich für einen erheblichen Datenschutzverstoß. Ich erwarte, dass Sie das intern aufarbeiten und mir mitteilen, wie Sie künftig die Identität von Anrufern prüfen.

Mit freundlichen Grüßen
Klaus Hoffmann""",
         "Klaus Hoffmann"),

        ("objection", ("withdraw_consent",),
         "Widerspruch + Push-Nachrichten",
         """Hallo zusammen,

laut Ihrer Datenschutzerklärung werten Sie aus, wann und wie oft ich mich in der App anmelde, um daraus meine „Kaufbereitschaft“ zu berechnen und mir passende Angebote zu zeigen. Dem widerspreche ich hiermit. Meine Anmeldedaten sind für die Sicherheit meines Kontos da und für nichts anderes.

Und die Push-Nachrichten der App möchte ich auch nicht mehr bekommen, die Zustimmung dazu nehme ich zurück.

Danke und Gruß
Julia Wagner""",
         "Julia Wagner"),

        ("portability", (),
         "Datenexport",
         """Guten Tag,

nach dem ganzen Ärger mit meinem gehackten Konto werde ich künftig woanders einkaufen. Meine Daten möchte ich aber mitnehmen: Bitte schicken Sie mir meine Bestellhistorie, die gespeicherten Adressen, die Wunschliste und den Verlauf meiner Treuepunkte in einem maschinenlesbaren Format (JSON oder CSV).

Im Kundenkonto finde ich nur einzelne PDF-Rechnungen, damit kann ich nichts anfangen.

Vielen Dank
Tobias Krüger""",
         "Tobias Krüger"),

        ("correction", (),
         "Falsches Geburtsdatum – Identitätsprüfung schlägt fehl",
         """Guten Tag,

ich komme nicht mehr in mein Konto. Beim Zurücksetzen des Passworts werde ich zur Bestätigung nach meinem Geburtsdatum gefragt, und es wird jedes Mal abgelehnt. Im Laden hat man mir gesagt, dass bei Ihnen der 12.03.1985 hinterlegt ist. Richtig ist der 21.03.1985 – da hat wohl jemand beim Anlegen der Kundenkarte die Zahlen vertauscht.

Bitte korrigieren Sie das Geburtsdatum in meinem Konto. Einen Ausweis kann ich Ihnen gern zeigen oder schicken.

Freundliche Grüße
Sabine Richter""",
         "Sabine Richter"),

        ("deletion", (),
         "Konto, das ich nicht angelegt habe",
         """Guten Tag,

heute kam eine E-Mail „Willkommen bei Shop Example – bitte bestätigen Sie Ihr Konto“. Ich habe bei Ihnen nie ein Konto angelegt. Offenbar hat jemand anderes meine E-Mail-Adresse benutzt. Den Bestätigungslink habe ich nicht angeklickt.

Bitte löschen Sie dieses Konto mit allen Angaben, die dort hinterlegt wurden. Ich will nicht, dass unter meiner Adresse irgendetwas bei Ihnen existiert.

Michael Braun""",
         "Michael Braun"),

        ("other", (),
         "Penetrationstest für Ihren Onlineshop – kostenloses Erstgespräch",
         """Sehr geehrte Damen und Herren,

Kontoübernahmen („Account Takeover“) gehören zu den häufigsten Angriffen auf Onlineshops. Allein 2026 wurden in Europa über 40 Millionen Zugangsdaten aus Datenlecks im Netz veröffentlicht – und Ihre Kunden verwenden ihre Passwörter vermutlich auch anderswo.

Die SecuraTest GmbH aus Aachen prüft Ihren Shop und Ihre App in einem realistischen Penetrationstest auf Schwachstellen bei Login, Passwort-Reset und Sitzungsverwaltung. Im Anschluss erhalten Sie einen verständlichen Bericht mit konkreten Empfehlungen.

Hätten Sie in den nächsten zwei Wochen 20 Minuten für ein unverbindliches Gespräch?

Mit besten Grüßen
Henrik Vogel
Senior Consultant, SecuraTest GmbH
+49 241 5550 1870""",
         "Henrik Vogel"),

        ("other", (),
         "Zwei-Faktor-Anmeldung einrichten",
         """Hallo,

wie kann ich bei meinem Konto die Zwei-Faktor-Anmeldung einschalten? Ich habe in der App unter „Profil“ und „Sicherheit“ nachgeschaut, finde die Option aber nicht. Geht das nur per SMS oder auch mit einer Authenticator-App?

Danke und schöne Grüße
Petra Neumann""",
         "Petra Neumann"),

        ("other", (),
         "Anruf angeblich von Ihrem Kundenservice",
         """Guten Tag,

mich hat heute Vormittag ein Mann angerufen, der sich als Mitarbeiter Ihres Kundenservice ausgab. Er sagte, mein Konto sei gehackt worden, und ich solle ihm zur Bestätigung den Code vorlesen, den ich gleich per SMS bekäme. Ich habe aufgelegt. Es kam dann tatsächlich eine SMS mit einem Code, die habe ich gelöscht, und mein Passwort habe ich vorsichtshalber geändert.

Ich gehe davon aus, dass das Betrug war. Können Sie mir nur kurz bestätigen, dass Ihre Mitarbeiter nie nach solchen Codes fragen? Dann weiß ich für die Zukunft Bescheid.

Viele Grüße
Renate Schmitt""",
         "Renate Schmitt"),
    ],

    "es": [
        ("withdraw_consent", (),
         "Avisos de inicio de sesión con publicidad",
         """Hola:

Cada vez que entro en mi cuenta me llega un correo de "Nuevo inicio de sesión detectado", que está bien, pero desde hace un par de semanas ese mismo correo trae debajo un bloque de "Ofertas pensadas para ti", y encima al rato me llega otro correo de promociones.

El aviso de seguridad lo quiero seguir recibiendo. La publicidad no: dadme de baja de todos los correos comerciales y de las notificaciones de ofertas de la app, por favor.

Gracias,
Lucía Fernández""",
         "Lucía Fernández"),

        ("deletion", ("withdraw_consent",),
         "Borrar cuenta antigua (hotmail)",
         """Buenas,

Tengo dos cuentas con vosotros: la de este correo y una antigua con javi_morales77@hotmail.com, una dirección que ya no uso y a la que ni siquiera puedo entrar. El otro día alguien intentó restablecer la contraseña de esa cuenta (me llegó el aviso al móvil) y no me hace ninguna gracia que siga ahí abierta con mis datos y mi dirección.

Por favor, borrad la cuenta del hotmail entera. Y ya de paso, en esta cuenta no quiero recibir más newsletters ni ofertas.

Un saludo,
Javier Morales""",
         "Javier Morales"),

        ("access", (),
         "¿Con quién habéis compartido esta dirección?",
         """Hola,

Tengo mi propio dominio y uso una dirección distinta para cada tienda. La dirección shopexample@pabloruiz.es solo os la he dado a vosotros, cuando me registré en 2024.

Ayer me llegó a esa dirección un correo de phishing haciéndose pasar por vosotros ("Su cuenta ha sido suspendida, verifique sus datos"). No os estoy acusando de nada, puede haber muchas explicaciones, pero me gustaría saber a quién habéis comunicado esa dirección de correo (empresas de transporte, de marketing, de atención al cliente, etc.) y qué otros datos míos les habéis pasado.

Gracias de antemano,
Pablo Ruiz""",
         "Pablo Ruiz"),

        ("complaint", (),
         "SEGUNDA SOLICITUD - cuenta hackeada, sin respuesta",
         """Buenos días:

El 3 de octubre os escribí a esta misma dirección pidiendo el historial de accesos de mi cuenta, que fue hackeada a finales de septiembre (alguien cambió la dirección de entrega y se gastó mis 2.600 puntos). Me llegó una respuesta automática con el número de caso 2026-10-0442 y desde entonces, nada.

Ha pasado más de un mes, que es el plazo que da el RGPD. Os pido que respondáis ya. Si en diez días no tengo noticias, presentaré una reclamación ante la autoridad de protección de datos belga.

Atentamente,
Carmen Navarro""",
         "Carmen Navarro"),

        ("correction", (),
         "La dirección del estafador sigue en mi cuenta",
         """Hola,

Después de que me hackearan la cuenta el mes pasado recuperé el acceso, pero me he dado cuenta de que la dirección de entrega principal sigue siendo la que puso el estafador (Rue de Marchienne 88, Charleroi), y el teléfono también es el suyo. No me deja cambiarla porque sale un error de "dirección vinculada a un pedido en curso".

Mis datos correctos son:
Alejandro Gómez Sáez
Rue Washington 14, bte 3, 1050 Ixelles
+32 471 58 20 36

¿Podéis corregirlo vosotros? No quiero que el próximo pedido acabe en Charleroi.

Gracias,
Alejandro""",
         "Alejandro Gómez Sáez"),

        ("portability", ("access",),
         "mis datos en un archivo",
         """hola, quiero descargarme todos mis datos de la cuenta (pedidos, direcciones, puntos de la tarjeta) en un archivo tipo CSV o JSON para guardarlos yo, porque después del susto con el hackeo de la cuenta de mi hermana no me fío de tenerlo todo solo en vuestra web. en la app no veo ninguna opción para exportarlo. y ya que estáis, decidme también qué más datos tenéis de mí aparte de esos, como IPs o dispositivos o lo que sea.

gracias!
Marta Jiménez""",
         "Marta Jiménez"),

        ("objection", (),
         "Grabación de sesiones en la app",
         """Buenas tardes:

Según vuestra política de privacidad, la app utiliza una herramienta de "análisis de la experiencia de usuario" que registra mis toques, desplazamientos y lo que escribo en las pantallas (salvo contraseñas, dice) para "mejorar el servicio", y esto se basa en vuestro interés legítimo.

Me opongo a que se analice así el uso que hago de la app. No quiero que se grabe lo que hago en mi cuenta, ni para estadísticas ni para nada. Os agradecería que lo desactivarais para mí y me lo confirmarais.

Un saludo,
Raúl Ortega""",
         "Raúl Ortega"),

        ("other", (),
         "Candidatura - Analista de Ciberseguridad (ref. IT-2026-31)",
         """Estimados señores:

Les escribo para presentar mi candidatura al puesto de Analista de Ciberseguridad publicado en su página de empleo (ref. IT-2026-31). Tengo cinco años de experiencia en detección de fraude y protección de cuentas de usuario en comercio electrónico, los tres últimos en una empresa de moda en Madrid, donde implanté la verificación en dos pasos y redujimos los robos de cuentas en un 70 %.

Me traslado a Bruselas en enero y hablo español, inglés y francés. Adjunto mi CV. Por supuesto, pueden conservar mis datos para futuros procesos de selección.

Quedo a su disposición.

Atentamente,
Elena Castillo Vidal""",
         "Elena Castillo Vidal"),

        ("other", (),
         "No me llega el código",
         """Hola, intento entrar en mi cuenta y me pide un código de verificación por SMS, pero no me llega nunca. El número es el correcto (lo veo en pantalla, termina en 47). He reiniciado el móvil y nada. ¿Hay alguna otra forma de entrar? Tengo que cambiar la fecha de entrega de un pedido. Gracias. Sergio Molina""",
         "Sergio Molina"),

        ("other", (),
         "Cerrar sesión en todos los dispositivos",
         """Hola,

Ayer entré en mi cuenta desde un ordenador de la biblioteca y creo que no cerré la sesión. ¿Hay alguna manera de cerrar la sesión en todos los dispositivos a la vez? ¿O basta con cambiar la contraseña? No encuentro la opción en la web.

Gracias,
Nuria Delgado""",
         "Nuria Delgado"),
    ],

    "it": [
        ("restriction", ("access",),
         "Gift card svuotata – bloccate il mio account",
         """Buongiorno,

ieri ho provato a usare la gift card da 100 € che avevo salvato nel mio account (un regalo di compleanno) e il saldo era 0. Nello storico risulta utilizzata il 7 novembre per un ordine che non ho fatto io.

Vi chiedo di bloccare il mio account finché non avete verificato cosa è successo: nessun ordine, nessuna modifica ai dati, e per favore non cancellate i registri degli accessi, potrebbero servire per la denuncia. Vorrei anche sapere da quale indirizzo IP e da quale paese è stato fatto quell'accesso.

Grazie,
Giulia Romano""",
         "Giulia Romano"),

        ("access", (),
         "Il mio account è a rischio?",
         """Buongiorno,

ho ricevuto un avviso da Have I Been Pwned: la mia email e una vecchia password sono finite in una fuga di dati di un sito di viaggi. Purtroppo usavo la stessa password anche da voi (l'ho già cambiata).

Vorrei sapere se negli ultimi mesi ci sono stati accessi al mio account da dispositivi o luoghi insoliti, e più in generale quali dati personali avete su di me, così capisco cosa potrebbe essere stato esposto.

Grazie e buona giornata,
Marco Bianchi""",
         "Marco Bianchi"),

        ("complaint", ("deletion",),
         "Avevo chiesto la cancellazione a luglio!",
         """Buonasera,

a luglio vi ho chiesto per email di cancellare il mio account e mi avete risposto che la richiesta era stata "presa in carico". Oggi ricevo da voi questo messaggio: "Il tuo account è stato bloccato temporaneamente dopo troppi tentativi di accesso non riusciti."

Quindi il mio account esiste ancora, con dentro il mio indirizzo, il mio telefono e chissà cos'altro, e qualcuno sta cercando di entrarci. Trovo la cosa gravissima. Non solo non avete fatto quello che avevo chiesto, ma i miei dati sono rimasti esposti.

Cancellate il mio account adesso, e confermatemelo per iscritto.

Francesca Ricci""",
         "Francesca Ricci"),

        ("withdraw_consent", (),
         "basta notifiche",
         """Salve, vorrei non ricevere più le notifiche push dell'app con le offerte, né gli SMS promozionali. Dalle impostazioni del telefono non riesco a disattivare solo le promozioni, se tolgo le notifiche perdo anche gli avvisi di accesso, che invece voglio tenere. Potete toglierle voi? Grazie, Luca Esposito""",
         "Luca Esposito"),

        ("deletion", (),
         "Dispositivi memorizzati e carta salvata",
         """Buongiorno,

ho venduto il mio vecchio telefono e il tablet, e mi sono accorto che nel mio account risultano ancora come "dispositivi attendibili". Vi chiedo di cancellare tutti i dispositivi memorizzati collegati al mio account, con i relativi dati, e anche la carta di credito salvata (Mastercard che termina con 0412), che tanto è scaduta.

Il resto dell'account lo tengo.

Cordiali saluti,
Alessandro Conti""",
         "Alessandro Conti"),

        ("objection", (),
         "Opposizione alla profilazione",
         """Gentili signori,

ho notato che dopo ogni accesso all'app mi vengono proposte offerte basate su quello che ho guardato, sugli orari in cui mi collego e perfino sul negozio vicino al quale mi trovavo. Dalla vostra informativa capisco che combinate i dati di accesso, la cronologia degli acquisti e quella della carta fedeltà per creare un profilo commerciale.

Non sono d'accordo: mi oppongo a qualsiasi profilazione a fini di marketing basata sui miei dati. Il programma fedeltà mi interessa e i punti voglio continuare a raccoglierli, ma senza essere profilata.

Distinti saluti,
Roberta Ferri""",
         "Roberta Ferri"),

        ("correction", (),
         "Nome e numero cambiati da un hacker",
         """Salve,

il mio account è stato violato a fine ottobre; ho recuperato l'accesso grazie al vostro servizio clienti, ma chi è entrato ha cambiato il nome del titolare in "Kevin M." e ha messo il suo numero di cellulare. Io non riesco a modificarli perché per cambiare il numero serve un codice che viene inviato... al suo numero.

Vi prego di rimettere i miei dati:
Nome: Chiara Marino
Cellulare: +32 486 19 73 02

Grazie mille,
Chiara""",
         "Chiara Marino"),

        ("other", (),
         "password dimenticata",
         """Buongiorno, ho dimenticato la password e ho chiesto il link per reimpostarla, ma quando lo apro la pagina resta bianca. Ho provato con Chrome e con Safari. Come posso fare? Sabato devo ritirare un ordine in negozio e mi serve il codice che sta nell'app. Grazie, Giovanni Greco""",
         "Giovanni Greco"),

        ("other", (),
         "Email sospetta a vostro nome",
         """Buongiorno,

vi segnalo che ho ricevuto un'email che sembra vostra, con oggetto "Aggiornamento dati account obbligatorio", che chiede di inserire nome utente, password e dati della carta su un sito che non è il vostro (shop-example-account.info). Non ho inserito nulla e l'ho già eliminata. Ve lo dico solo perché magari altri clienti ci cascano.

Buon lavoro,
Silvia Lombardi""",
         "Silvia Lombardi"),

        ("other", (),
         "Domanda di sicurezza",
         """Buonasera,

stavo aggiornando il mio profilo e ho visto che come domanda di sicurezza si può scegliere solo tra "cognome da nubile della madre", "nome del primo animale domestico" e "città di nascita". Sono tutte cose che chiunque trova sui social in cinque minuti. Non sarebbe il caso di offrire qualcosa di più sicuro, tipo un'app di autenticazione?

È solo un suggerimento, non serve che mi rispondiate.

Saluti,
Davide Moretti""",
         "Davide Moretti"),
    ],

    "pt": [
        ("portability", (),
         "Pedido de exportação dos meus dados",
         """Bom dia,

Depois de me terem entrado na conta em outubro, decidi deixar de usar a conta online e passar a comprar só nas lojas. Antes disso, gostava de ficar com os meus dados num ficheiro que possa abrir e reutilizar (CSV, JSON ou Excel): histórico de encomendas, moradas guardadas e o histórico de pontos do cartão.

Na área "A minha conta" só consigo descarregar faturas em PDF, uma a uma.

Obrigado,
João Silva""",
         "João Silva"),

        ("complaint", (),
         "Spam e phishing uma semana depois de me registar",
         """Boa tarde,

Criei conta no vosso site no dia 2 de novembro com um endereço de e-mail novo, criado precisamente para isso e que não usei em mais lado nenhum. Uma semana depois já recebo publicidade de empresas de que nunca ouvi falar e, ontem, um e-mail de phishing com o vosso logótipo a pedir os dados do cartão.

A única explicação é esse endereço ter saído daí, seja por venda, seja por uma fuga de dados. Acho isto inaceitável. Quero uma explicação clara do que aconteceu e, se houve uma fuga, que a assumam. Se não obtiver resposta, apresento queixa à autoridade de proteção de dados.

Ana Costa""",
         "Ana Costa"),

        ("access", ("correction",),
         "Quem entrou na minha conta?",
         """Olá,

Recebi um aviso de "palavra-passe alterada" no domingo à noite, e não fui eu. Consegui recuperar a conta, mas a morada de entrega foi mudada para uma morada em Liège que não conheço.

Gostava de saber quem entrou na minha conta: de que IP, de que dispositivo, a que horas, e o que é que essa pessoa viu ou alterou. E, por favor, reponham a minha morada verdadeira: Chaussée de Waterloo 512, 1180 Uccle.

Cumprimentos,
Rui Ferreira""",
         "Rui Ferreira"),

        ("correction", (),
         "E-mail da conta desatualizado",
         """Bom dia,

A minha conta ainda está associada ao meu antigo e-mail de trabalho (sofia.rodrigues@logistica-benelux.be). Saí dessa empresa em junho e já não tenho acesso a essa caixa de correio, por isso quando peço uma nova palavra-passe o link vai parar lá.

Podem alterar o e-mail da conta para este endereço (sofia.m.rodrigues@gmail.com)? Posso confirmar a minha identidade com o número do cartão de cliente: 2700 3382 7714.

Obrigada,
Sofia Rodrigues""",
         "Sofia Rodrigues"),

        ("restriction", (),
         "Suspender a minha conta durante a investigação",
         """Exmos. Senhores,

Como já comuniquei ao vosso apoio ao cliente (processo n.º 55102), a minha conta foi usada por terceiros para encomendar três telemóveis em meu nome. Apresentei queixa na polícia.

Enquanto a investigação decorre, peço que a conta seja suspensa: que não possa ser usada para encomendas e que os meus dados não sejam alterados nem utilizados para qualquer outro fim, mas que também não sejam apagados, porque a polícia e o meu advogado vão precisar deles.

Com os melhores cumprimentos,
Manuel Pereira""",
         "Manuel Pereira"),

        ("withdraw_consent", ("objection",),
         "notificações e rastreio",
         """Boa noite,

Quero deixar de receber as notificações da aplicação e os e-mails do tipo "Deixou artigos no carrinho" ou "Sentimos a sua falta". Retiro o consentimento para isso.

Também não quero que usem os meus dados de navegação e de início de sessão na aplicação para análises de comportamento ou publicidade personalizada. Oponho-me a esse uso.

Obrigado,
Tiago Almeida""",
         "Tiago Almeida"),

        ("deletion", (),
         "Apagar conta",
         """Olá, quero fechar a minha conta e que apaguem tudo: dados pessoais, moradas, o cartão guardado, a lista de desejos. Depois de ter recebido dois avisos de tentativas de login que não fiz, prefiro não ter conta em lado nenhum. Obrigada. Beatriz Sousa""",
         "Beatriz Sousa"),

        ("other", (),
         "Encomenda retida para verificação",
         """Bom dia,

Fiz uma encomenda ontem (n.º 7730215) e recebi um e-mail a dizer que ficou retida para "verificação de segurança da conta" e que devo aguardar contacto. Ainda ninguém me contactou. É a primeira vez que compro com este cartão, talvez seja isso. Conseguem dizer-me quanto tempo demora? Preciso do artigo até sexta-feira.

Obrigado,
Carlos Mendes""",
         "Carlos Mendes"),

        ("other", (),
         "Verificação em dois passos",
         """Boa tarde, gostava de ativar a verificação em dois passos na minha conta mas não encontro a opção. Também queria saber se posso usar uma app como o Google Authenticator em vez de SMS, porque mudo muitas vezes de cartão SIM quando viajo. Obrigada, Inês Oliveira""",
         "Inês Oliveira"),

        ("other", (),
         "Apaguei a aplicação sem querer",
         """Olá,

Apaguei a vossa aplicação do telemóvel sem querer e agora, ao reinstalar, pede-me para criar conta. Perdi os meus pontos e os dados da conta? Já tentei entrar com o meu e-mail mas diz que a palavra-passe está errada, e não me lembro de a ter mudado. Como volto a entrar?

Obrigada,
Fernanda Lopes""",
         "Fernanda Lopes"),
    ],
}

"""Fifty-second set, life-change mail from customers (new names, moves, separations, births, deaths, guardians) and look-alike ordinary mail (en nl fr de es it pt). Written apart from the rules (see make_fiftysecond.py)."""

PEOPLE_LE = {
    "en": [
        ("correction", (),
         "New surname",
         """Hello,

I got married in September and I've taken my husband's name, so I'm no longer Emma Clarke but Emma Reynolds. Could you change the name on my account and on my loyalty card (2610 4471 0093)? Everything else - e-mail, address, phone - stays the same.

Many thanks,
Emma""",
         "Emma Reynolds"),
        ("deletion", (),
         "My late mother's account",
         """Dear Sir or Madam,

I am writing about my mother, Mrs Margaret Doyle, who passed away on 2 October 2026. She had an online account with you and a loyalty card, registered at 14 Rue des Tanneurs, 1000 Brussels.

As her son and executor I would ask you to close her account and remove her personal details from your systems. There are no open orders as far as I know. If you need a copy of the death certificate or proof that I am the executor, please tell me where to send it.

Yours faithfully,
Patrick Doyle""",
         "Patrick Doyle"),
        ("portability", ("deletion",),
         "Moving to Dublin - can I take my order history?",
         """Hi there,

I'm relocating to Ireland for work at the end of November and as far as I can see you don't ship there. I've been a customer for about six years and would like to keep a record of what I bought (mainly for warranties and so I can reorder some things from another shop).

Could you send me my order history and my saved wish lists as a file I can open on a computer - CSV or JSON would be perfect, a PDF isn't much use to me.

Once I've received the file you can close the account, I won't be needing it anymore.

Cheers,
Daniel Hughes""",
         "Daniel Hughes"),
        ("restriction", (),
         "Please don't delete my father's account yet",
         """Good afternoon,

My father, Mr Robert Ashworth, died in August. I understand from your earlier letter that accounts of deceased customers are normally closed and the data deleted after a while.

I'd ask you NOT to do that for now. There is a disagreement among the heirs about a few expensive purchases he made in the spring (a sofa and a fridge-freezer, orders 551902 and 553317) and the notary may need your records. Please keep the account and its order history exactly as they are, but don't use them for anything - no mailings, no offers, nothing - until we let you know the estate is settled. I expect that to be in the first months of 2027.

Kind regards,
Helen Ashworth""",
         "Helen Ashworth"),
        ("objection", (),
         "I'm not a new parent!",
         """Hi,

Back in September I bought a cot and a few baby things as a present for my sister, who just had twins. Since then your newsletter, your app and even the receipts in store are full of nappies, prams and "your baby's first winter".

I don't have a baby. I'm fine with getting the newsletter, but I don't want you to analyse my purchases and put me in some profile or segment based on them. Please stop doing that with my data.

Thanks,
Chloe""",
         "Chloe Bennett"),
        ("complaint", ("deletion",),
         "Birthday card for my late husband - again",
         """To whom it may concern,

On 9 September I sent you a copy of my husband's death certificate and asked you to close his account. I received a reply thanking me and saying it would be taken care of.

This morning there was a card in the letterbox wishing him a happy 70th birthday, with a voucher. This is the second piece of post addressed to him since I wrote to you. I don't think I need to explain how it feels to open something like that.

I would like to know why my request was not carried out, and I want his details actually deleted this time - not just the account closed. If this happens again I will take the matter up with the Data Protection Authority.

Jean Porter""",
         "Jean Porter"),
        ("access", ("deletion",),
         "Which addresses do you have for me?",
         """Hello,

I've moved three times in the last four years (Leuven, Ghent, now Antwerp) and when I check out on your website it still offers me all the old addresses, including one I shared with a former partner. That made me wonder what else you keep.

Could you please tell me:
- which addresses, phone numbers and e-mail addresses you have on file for me,
- since when you have them,
- and whether you've passed any of them on to other companies (apart from the delivery firms, I suppose).

After that, please delete every address except the current one in Antwerp.

Thank you,
Priya Nair""",
         "Priya Nair"),
        ("other", (),
         "Order 58213 - deliver to new address this once",
         """Hi,

We're in the middle of a move. Could order 58213 (the bookcase) please be delivered to 27 Kerkstraat, 3000 Leuven instead of our current address? Only for this order - please don't change anything on my account yet, we won't be fully moved in until December.

Delivery any weekday after 15 November is fine.

Thanks a lot,
Tom Fletcher""",
         "Tom Fletcher"),
        ("other", (),
         "Gift list for our wedding",
         """Hello,

My fiance and I are getting married in June 2027 and would like to set up a wedding gift list with you. A few questions:

1. Can guests order from the list in your stores as well as online?
2. Is it possible to change or remove items after the list has been shared?
3. Do you deliver everything in one go after the wedding, or as items are bought?

We'd also love to know whether there is any discount for the couple on items left on the list.

Best wishes,
Sarah Mitchell & James Okafor""",
         "Sarah Mitchell"),
        ("other", (),
         "Lost my loyalty card in the move",
         """Hi,

Somewhere between the old flat and the new house my loyalty card has disappeared (number ends in 7714). Could you send me a replacement and move the points over to it? The address on my account is already the new one, I updated that myself last week.

If the old card needs to be blocked in case someone finds it, please do.

Thanks,
Michael Grant""",
         "Michael Grant"),
    ],
    "nl": [
        ("correction", (),
         "naam aanpassen na scheiding",
         """Beste,

Sinds mijn scheiding gebruik ik opnieuw enkel mijn eigen familienaam. Op mijn klantenaccount en op de klantenkaart staat nog altijd "Sofie Van Damme-Peeters". Kan dat aangepast worden naar "Sofie Peeters"?

Mijn klantenkaartnummer is 2610 3382 5519, het e-mailadres blijft hetzelfde.

Alvast bedankt,
Sofie Peeters""",
         "Sofie Peeters"),
        ("deletion", (),
         "Account van mijn moeder - bewindvoering",
         """Geachte,

Mijn moeder, mevrouw Godelieve Claes (geboren 12/03/1938), verblijft sinds september in woonzorgcentrum Hof ter Linden. Bij vonnis van de vrederechter van Mechelen ben ik aangesteld als haar bewindvoerder; een kopie van het vonnis zit in bijlage.

Mijn moeder zal niet meer online bestellen. Ik vraag u daarom haar klantenaccount en klantenkaart af te sluiten en haar persoonsgegevens te verwijderen. Haar adres was Bruulstraat 8, 2800 Mechelen.

Met vriendelijke groeten,
Marc Claes""",
         "Marc Claes"),
        ("withdraw_consent", (),
         "babyclub",
         """Hallo,

Ik heb me deze zomer ingeschreven voor jullie babyclub. Ik ben het kindje in oktober verloren.

Willen jullie me uit de babyclub halen en me daar geen mails of brieven meer over sturen? Elke week zo'n mail krijgen over "week 28 van je zwangerschap" is echt te zwaar.

Dank je,
Lotte""",
         "Lotte Wouters"),
        ("objection", (),
         "Reclame over verhuizen",
         """Goedemiddag,

Ik heb begin oktober mijn adres aangepast in mijn account omdat ik verhuisd ben. Sindsdien krijg ik in jullie app en in de mails alleen nog "Net verhuisd?"-aanbiedingen: verf, gordijnen, een nieuwe zetel...

Ik vind het niet ok dat jullie uit mijn adreswijziging afleiden wat ik nodig heb en mij daarop indelen. Ik wil niet dat mijn gegevens gebruikt worden om zo'n profiel van mij op te stellen. Gewone aanbiedingen mogen blijven komen, maar niet op basis van dat soort analyses.

Groeten,
Jeroen Maes""",
         "Jeroen Maes"),
        ("access", ("correction",),
         "ik ben nu 18",
         """Hoi,

Ik ben vorige maand 18 geworden. Mijn mama heeft een paar jaar geleden een account en een klantenkaart op mijn naam aangemaakt, met haar e-mailadres en haar gsm-nummer.

Ik zou graag weten wat jullie allemaal over mij bijhouden (gegevens, aankopen, enz.) en wie die gegevens destijds heeft doorgegeven.

En vanaf nu mag alles naar mijn eigen adres: noor.desmet@mail.example.be, gsm 0478 21 44 90.

Bedankt!
Noor De Smet""",
         "Noor De Smet"),
        ("complaint", (),
         "Mijn ex krijgt nog altijd mijn bestellingen te zien",
         """Geachte,

Op 18 september heb ik gevraagd om mijn ex-partner van onze gedeelde account te halen. Ik kreeg toen een mail dat dit in orde was gebracht.

Vorige week heb ik een bestelling geplaatst naar mijn nieuwe adres. Mijn ex heeft de bevestigingsmail gekregen, mét mijn nieuwe adres erop. Hij belde mij er zelfs over op. Ik ben na een moeilijke scheiding net verhuisd en niemand van zijn kant mocht dat adres kennen.

Ik vind dit ontzettend ernstig. Ik verwacht binnen de week een uitleg over hoe dit kon gebeuren en wat jullie eraan doen. Zo niet dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Ann Verhoeven""",
         "Ann Verhoeven"),
        ("portability", ("deletion",),
         "Bestelgeschiedenis voor de nalatenschap",
         """Beste,

Mijn vader, Jozef Goossens, is op 4 oktober overleden. Voor de afhandeling van de nalatenschap vraagt de notaris een overzicht van zijn aankopen van de laatste drie jaar (er lopen nog garanties op enkele toestellen).

Kunnen jullie mij zijn volledige bestelgeschiedenis bezorgen als Excel- of csv-bestand? Dan kan de notaris er meteen mee verder. Een overlijdensattest en een attest van erfopvolging kan ik doorsturen.

Als dat gebeurd is, mag zijn account afgesloten worden.

Met vriendelijke groet,
Kristel Goossens""",
         "Kristel Goossens"),
        ("other", (),
         "andere leverdag bestelling 77120",
         """Dag,

We zijn vorige week verhuisd en ik werk nu op dinsdag, terwijl de kast (bestelling 77120) voor dinsdag 17 november gepland staat. Kan de levering verschoven worden naar donderdag of vrijdag diezelfde week?

Het leveradres in de bestelling klopt, dat is al het nieuwe.

mvg
Pieter Jacobs""",
         "Pieter Jacobs"),
        ("other", (),
         "Huwelijkslijst Lien & Bram",
         """Hallo,

Kunnen jullie de koffiemachine van onze huwelijkslijst verwijderen? We hebben er van mijn tante al een gekregen. In de plaats zouden we graag de grote ovenschotel (art. 40217) toevoegen.

De lijst staat op naam van Lien Hermans en Bram Vos, trouwdatum 28 november.

Merci!
Lien""",
         "Lien Hermans"),
        ("other", (),
         "fout in tekst rouwkaarten",
         """Goedemorgen,

Ik heb gisteren 60 rouwkaarten besteld voor de begrafenis van mijn schoonvader (bestelling 80455). Ik zie nu dat ik in de tekst zijn voornaam verkeerd heb getypt: "Fons" moet "Alfons" zijn, zo stond het op zijn doodsprentje.

Kan dat nog aangepast worden voor het drukken? De begrafenis is zaterdag, dus het is wat dringend.

Vriendelijke groeten,
Els Willems""",
         "Els Willems"),
    ],
    "fr": [
        ("correction", (),
         "Changement de prénom et de civilité",
         """Bonjour,

J'ai changé officiellement de prénom et de mention de sexe cet été : je m'appelle désormais Léa Dubois (et non plus Thomas Dubois). Or vos e-mails et les tickets de caisse m'appellent toujours « Monsieur Thomas Dubois ».

Pourriez-vous corriger mon prénom et mettre la civilité « Madame » sur mon compte client ? Je peux vous envoyer une copie de ma nouvelle carte d'identité si nécessaire.

Merci d'avance,
Léa Dubois""",
         "Léa Dubois"),
        ("restriction", (),
         "Mon compte en attendant la correction de mon nom",
         """Madame, Monsieur,

Le 12 octobre, je vous ai demandé de corriger mon nom de famille suite à mon divorce. Vous m'avez répondu qu'il vous fallait un document officiel ; je l'ai demandé à la commune mais je ne l'aurai pas avant plusieurs semaines.

En attendant, je vous demande de limiter l'utilisation des données de mon compte : ne les utilisez plus pour vos envois, ni courrier ni e-mail, et ne les communiquez à personne tant que la correction n'est pas faite. Je ne veux pas que le compte soit supprimé, simplement mis en pause jusqu'à ce que tout soit en ordre.

Je vous remercie de votre compréhension.

Bien à vous,
Isabelle Lambert""",
         "Isabelle Lambert"),
        ("deletion", ("withdraw_consent",),
         "Club bébé - notre fils",
         """Bonjour,

Notre fils Arthur est décédé en août, à cinq mois. Nous continuons à recevoir des e-mails du club bébé à son nom, et la semaine passée un bon « pour ses 6 mois ».

Nous vous demandons de supprimer le profil enfant et toutes les données qui le concernent de notre compte, et de nous désinscrire du club bébé. Nous ne voulons plus rien recevoir de ce club.

Merci de faire le nécessaire rapidement.

Camille et Julien Martin""",
         "Camille Martin"),
        ("withdraw_consent", (),
         "Catalogue papier",
         """Bonjour,

J'ai déménagé en juillet. Le nouveau locataire de mon ancien appartement à Namur a la gentillesse de me faire suivre votre catalogue, qui arrive toujours à mon nom.

En fait je ne souhaite plus recevoir de catalogue papier du tout, ni à l'ancienne adresse ni à la nouvelle. Je regarde tout sur le site de toute façon.

Cordialement,
Nathalie Renard""",
         "Nathalie Renard"),
        ("complaint", ("correction",),
         "2e rappel - toujours mon ancien nom sur les colis",
         """Madame, Monsieur,

Je vous ai écrit le 14 septembre puis le 6 octobre pour vous demander de remplacer mon nom d'épouse (Mme Véronique Lemaire) par mon nom de jeune fille (Mme Véronique Collard). Je n'ai reçu aucune réponse.

Hier encore, un colis est arrivé au nom de « Mme Lemaire ». Deux mois pour modifier un nom, ce n'est pas sérieux, d'autant que le RGPD vous impose de répondre dans un délai d'un mois.

Je vous demande de procéder enfin à la correction, et de me confirmer par écrit qu'elle a été faite. À défaut, je m'adresserai à l'Autorité de protection des données.

Véronique Collard""",
         "Véronique Collard"),
        ("access", (),
         "Données concernant mon père - administration de biens",
         """Madame, Monsieur,

Par ordonnance du juge de paix de Liège du 3 septembre 2026, j'ai été désignée administratrice des biens de mon père, M. André Gillet, qui réside désormais en maison de repos. Je joins une copie de l'ordonnance.

Mon père a passé plusieurs commandes ces derniers mois dont nous ne comprenons pas bien l'origine. Je souhaiterais savoir quelles données vous détenez à son sujet : adresses de livraison, adresses e-mail et numéros de téléphone enregistrés, historique des commandes depuis janvier, et à qui ces données ont éventuellement été communiquées.

Je vous remercie d'avance.

Martine Gillet""",
         "Martine Gillet"),
        ("objection", ("withdraw_consent",),
         "",
         """Bonjour,

Depuis la naissance de ma fille, votre appli me propose « Spécial jeunes parents » à chaque ouverture et je reçois des offres de lait en poudre. Je n'ai jamais dit à personne chez vous que j'avais un bébé, vous l'avez déduit de mes achats.

Je m'oppose à ce que vous utilisiez mes achats pour établir ce genre de profil. Et par la même occasion : plus de SMS promotionnels s'il vous plaît, je n'en veux plus.

Merci,
Aurélie Mertens""",
         "Aurélie Mertens"),
        ("other", (),
         "Commande 40981 - livraison à ma nouvelle adresse",
         """Bonjour,

Je déménage samedi. Pourriez-vous livrer la commande 40981 à ma nouvelle adresse, rue de la Station 45, 1410 Waterloo ? Uniquement pour cette commande : je mettrai à jour mon compte moi-même quand le déménagement sera terminé.

Merci et bonne journée,
François Leclercq""",
         "François Leclercq"),
        ("other", (),
         "Nouvelle carte de fidélité",
         """Bonjour,

Ma carte de fidélité est restée dans un carton quelque part entre l'ancienne maison et la nouvelle... Est-il possible d'en recevoir une nouvelle et d'y transférer mes points ? Le numéro de l'ancienne se termine par 3308.

Sinon, est-ce que je peux simplement utiliser la carte dans l'appli en magasin ?

Merci,
Sophie Hubert""",
         "Sophie Hubert"),
        ("other", (),
         "Bon cadeau départ à la pension",
         """Bonjour,

Nous organisons la fête de départ à la pension d'une collègue le 27 novembre. Nous voudrions lui offrir un bon cadeau de 150 euros.

Est-il possible d'y ajouter un petit message personnalisé, et de le recevoir en version papier plutôt que par e-mail ? Si oui, dans quel délai ?

Bien cordialement,
Olivier Dumont
Service comptabilité""",
         "Olivier Dumont"),
    ],
    "de": [
        ("correction", (),
         "Doppelname wird abgeschnitten",
         """Guten Tag,

seit meiner Heirat lautet mein Nachname "Schneider-Wolfenbüttel". In Ihrem System steht er aber nur als "Schneider-Wolfenbü" - so auf den Lieferscheinen, auf der Kundenkarte und in jeder E-Mail. Der Paketbote hat schon einmal nachgefragt, ob das wirklich für mich ist.

Bitte tragen Sie meinen Namen vollständig ein.

Mit freundlichen Grüßen
Katrin Schneider-Wolfenbüttel""",
         "Katrin Schneider-Wolfenbüttel"),
        ("portability", (),
         "Datenexport vor Rückzug nach Deutschland",
         """Sehr geehrte Damen und Herren,

ich ziehe Ende November zurück nach Aachen. Ihr Shop liefert leider nicht nach Deutschland.

Ich möchte Sie bitten, mir die Daten zu meinem Kundenkonto - insbesondere Bestellhistorie, Merklisten und gespeicherte Adressen - in einem strukturierten, maschinenlesbaren Format (CSV oder JSON) zur Verfügung zu stellen, damit ich sie mitnehmen und bei einem anderen Anbieter weiterverwenden kann.

Kundennummer: 4471 0092.

Vielen Dank und freundliche Grüße
Stefan Wagner""",
         "Stefan Wagner"),
        ("deletion", ("withdraw_consent",),
         "Kundenkonto meines verstorbenen Vaters",
         """Sehr geehrte Damen und Herren,

mein Vater, Herr Klaus Becker, ist am 3. Oktober 2026 verstorben. Er hatte bei Ihnen ein Kundenkonto und eine Kundenkarte (Anschrift: Hookstraße 12, 4700 Eupen).

Bitte löschen Sie sein Konto und seine Daten. Außerdem bitte ich darum, dass an seine Anschrift keine Werbung und keine Geburtstagsgutscheine mehr geschickt werden; meine Mutter wohnt weiterhin dort und möchte das nicht mehr bekommen.

Eine Kopie der Sterbeurkunde kann ich Ihnen gerne zusenden.

Mit freundlichen Grüßen
Thomas Becker""",
         "Thomas Becker"),
        ("objection", ("access",),
         "Weitergabe meiner Adresse nach Umzug?",
         """Guten Tag,

kurz nachdem ich meine neue Adresse in Ihrem Kundenkonto eingetragen habe, bekam ich Post von einem Umzugsunternehmen und einem Energieanbieter. Beide schreiben "als Kundin von Shop Example haben Sie Anspruch auf...".

Ich widerspreche hiermit ausdrücklich der Weitergabe meiner Daten an Ihre Partnerfirmen. Außerdem möchte ich wissen, an welche Unternehmen Sie meine Daten bisher weitergegeben haben und welche Daten das genau waren.

Freundliche Grüße
Julia Hoffmann""",
         "Julia Hoffmann"),
        ("withdraw_consent", (),
         "Abmeldung Babyclub",
         """Hallo,

unser Sohn ist jetzt vier. Bitte melden Sie uns vom Babyclub ab, die Windel-Angebote brauchen wir wirklich nicht mehr :)

Danke!
Miriam Fischer""",
         "Miriam Fischer"),
        ("complaint", (),
         "Zweite Beschwerde: Werbung an meine verstorbene Frau",
         """Sehr geehrte Damen und Herren,

am 2. September habe ich Ihnen die Sterbeurkunde meiner Frau, Frau Renate Schmitz, zugeschickt und Sie gebeten, ihr keine Post mehr zu senden. Am 5. Oktober habe ich mich bereits einmal beschwert, weil trotzdem Ihr Katalog kam.

Heute lag schon wieder ein Brief an sie im Kasten, diesmal mit "Wir vermissen Sie, liebe Renate!". Eine Antwort auf meine erste Beschwerde habe ich nie erhalten.

Ich erwarte eine schriftliche Erklärung, wie das trotz meiner Mitteilungen passieren konnte. Sollte ich innerhalb von zwei Wochen nichts von Ihnen hören, wende ich mich an die Datenschutzbehörde.

Hochachtungsvoll
Werner Schmitz""",
         "Werner Schmitz"),
        ("restriction", (),
         "Konto meiner Mutter - bitte nicht löschen, aber ruhen lassen",
         """Sehr geehrte Damen und Herren,

meine Mutter, Frau Hildegard Krämer, ist in ein Pflegeheim umgezogen. Ich bin ihre gerichtlich bestellte Betreuerin (Beschluss anbei).

Das Kundenkonto meiner Mutter soll nicht gelöscht werden: Es sind noch ein Gutscheinguthaben und die Kaufbelege für zwei Geräte mit laufender Garantie darauf. Ich bitte Sie aber, die Daten bis auf Weiteres nur noch aufzubewahren und sonst nicht zu verwenden - keine Werbung, keine Auswertungen, keine Weitergabe. Ich melde mich, sobald wir über das Konto entschieden haben.

Mit freundlichen Grüßen
Sabine Krämer""",
         "Sabine Krämer"),
        ("other", (),
         "Lieferung Bestellung 66120 nach Umzug",
         """Hallo,

wir sind umgezogen und die Waschmaschine (Bestellung 66120) soll jetzt in die neue Wohnung. Können Sie die Lieferung statt montags auf einen Samstag legen? Unter der Woche ist bei uns niemand zu Hause.

Die neue Lieferadresse habe ich in der Bestellung schon geändert.

Gruß
Markus Weber""",
         "Markus Weber"),
        ("other", (),
         "Trauerkarten - Lieferzeit?",
         """Guten Tag,

ich möchte 40 Trauerkarten mit Umschlag bestellen (Artikel 30518, weiß mit grauem Rand). Die Beerdigung ist am 20. November. Schaffen Sie die Lieferung bis zum 17.? Sonst würde ich sie in der Filiale in Eupen abholen, falls sie dort vorrätig sind.

Vielen Dank
Ursula Lange""",
         "Ursula Lange"),
        ("other", (),
         "Rechnung an alte Firmenadresse",
         """Guten Tag,

ich habe gestern über die Firma ein Notebook bestellt (Bestellung 70331), aber die Rechnung ist noch auf die alte Firmenadresse ausgestellt - wir sind im Oktober umgezogen. Können Sie bitte eine korrigierte Rechnung mit der neuen Adresse (Rue de Liège 20, 4800 Verviers) schicken? Die alte Rechnung können Sie löschen bzw. stornieren, unsere Buchhaltung braucht nur die neue.

Freundliche Grüße
Andreas Braun
Braun & Partner GmbH""",
         "Andreas Braun"),
    ],
    "es": [
        ("correction", (),
         "Mi apellido está mal escrito",
         """Hola:

Desde que abrí la cuenta hace tres años mi apellido aparece como "Ibaez" en vez de "Ibáñez". Al principio no le di importancia, pero ahora que he cambiado de dirección y los paquetes llegan a un edificio nuevo, el conserje no me encuentra en el buzón.

¿Podéis corregirlo, por favor? Nombre completo: Lucía Ibáñez Ortega.

Gracias,
Lucía""",
         "Lucía Ibáñez Ortega"),
        ("access", (),
         "¿De dónde habéis sacado mi número nuevo?",
         """Buenas tardes:

Cambié de número de móvil hace un mes, cuando me mudé a Bélgica por trabajo. No lo he dado en vuestra tienda ni lo he puesto en mi cuenta, y sin embargo esta semana me han llegado dos SMS vuestros a ese número.

Quiero saber qué datos personales tenéis sobre mí, de dónde procede ese número de teléfono y si lo habéis compartido con alguien.

Un saludo,
Javier Moreno""",
         "Javier Moreno"),
        ("deletion", (),
         "Cuenta compartida con mi ex pareja",
         """Hola,

Mi ex pareja y yo teníamos una cuenta compartida en vuestra tienda. Nos hemos separado y yo ya no vivo en esa casa. Quiero que borréis mis datos de esa cuenta: mi nombre, mi correo (carmen.ruiz@correo.example.es), mi móvil y mi fecha de nacimiento. La cuenta puede seguir a nombre de él, eso no me importa.

Gracias de antemano.

Carmen Ruiz""",
         "Carmen Ruiz"),
        ("withdraw_consent", (),
         "Me vuelvo a España",
         """Hola,

Después de ocho años en Bruselas me vuelvo a Sevilla y ya no voy a comprar en vuestra tienda. Por favor, dejad de mandarme la newsletter y el catálogo. Ha sido un placer.

Saludos,
Manuel García""",
         "Manuel García"),
        ("objection", ("withdraw_consent",),
         "No estoy embarazada",
         """Hola:

Hace unas semanas compré un regalo para el baby shower de una amiga y desde entonces la app me enseña "Recomendado para futuros papás" y me llegan correos sobre cunas y sillitas.

No estoy embarazada y no quiero que uséis mis compras para hacerme perfiles ni deducir cosas de mi vida. Me opongo a ese uso de mis datos. Y ya que estamos, desactivad también las notificaciones push de ofertas, no las quiero.

Elena Navarro""",
         "Elena Navarro"),
        ("portability", ("deletion",),
         "Historial de pedidos antes de cerrar mi cuenta",
         """Hola,

Me caso en diciembre y mi novio y yo vamos a quedarnos solo con su cuenta. Antes de cerrar la mía me gustaría tener todo mi historial de pedidos y mis listas de deseos en un archivo que pueda abrir y reutilizar (CSV o JSON, por ejemplo), para no perder las garantías ni las cosas que tenía guardadas.

Cuando me lo hayáis enviado, podéis cerrar mi cuenta y borrar mis datos.

Muchas gracias,
Marta Sánchez""",
         "Marta Sánchez"),
        ("complaint", ("deletion",),
         "El nuevo inquilino recibe mis pedidos",
         """Buenos días:

Cambié mi dirección en mi cuenta en junio, cuando me mudé de Etterbeek a Ixelles. Pues bien, el nuevo inquilino de mi antiguo piso me ha escrito para decirme que sigue recibiendo vuestro catálogo a mi nombre y que esta semana le ha llegado un paquete con un pedido mío, con mi nombre y mi teléfono en la etiqueta.

Es decir, habéis enviado mis datos y mis compras a un desconocido. Me parece muy grave y quiero una explicación. Además, exijo que borréis definitivamente la dirección antigua de vuestro sistema.

Pablo Fernández""",
         "Pablo Fernández"),
        ("other", (),
         "Cambio de dirección solo para el pedido 61207",
         """Hola,

¿Podríais cambiar la dirección de entrega del pedido 61207 solo para esta vez? Estoy pasando unas semanas en casa de mis padres mientras terminan la reforma del piso: Avenue Louise 210, 1050 Ixelles.

En la cuenta dejad la dirección de siempre, volveré allí en diciembre.

Gracias,
Sergio López""",
         "Sergio López"),
        ("other", (),
         "Lista de bodas",
         """Hola:

Tenemos una lista de bodas con vosotros (a nombre de Laura Gómez y Pieter Janssens). Algunos invitados me dicen que no encuentran la lista en la web. ¿Hay algún enlace directo que podamos mandarles? Y otra pregunta: ¿podemos actualizar la lista nosotros mismos o tenemos que escribiros cada vez que queramos añadir algo?

Un abrazo,
Laura""",
         "Laura Gómez"),
        ("other", (),
         "Tarjeta de pésame con el pedido",
         """Buenas,

Quiero mandar una manta y unas velas a una compañera cuyo padre acaba de fallecer. ¿Es posible añadir una tarjeta de pésame con un mensaje escrito por mí y quitar el precio del albarán?

Gracias por la ayuda,
Rosa Martín""",
         "Rosa Martín"),
    ],
    "it": [
        ("correction", ("withdraw_consent",),
         "Cambio indirizzo email",
         """Buongiorno,

ho cambiato lavoro e l'indirizzo email aziendale con cui mi sono registrato (g.ferrari@azienda-vecchia.example.be) sarà disattivato il 30 novembre. Vi prego di sostituirlo con il mio indirizzo personale: giorgio.ferrari@posta.example.it.

Già che ci siete, toglietemi dagli SMS promozionali: non li voglio più ricevere.

Grazie e buona giornata,
Giorgio Ferrari""",
         "Giorgio Ferrari"),
        ("deletion", (),
         "Vecchi indirizzi nel checkout",
         """Salve,

quando faccio un ordine sul vostro sito mi vengono ancora proposti tre vecchi indirizzi, tra cui quello dove abitavo con la mia ex compagna. Vi chiedo di cancellare definitivamente tutti gli indirizzi tranne quello attuale (Rue Haute 88, 1000 Bruxelles).

Non mi interessa tenerli "in archivio", li voglio proprio eliminati.

Cordiali saluti,
Luca Romano""",
         "Luca Romano"),
        ("restriction", (),
         "Non cancellate il mio account",
         """Gentili signori,

ho ricevuto la vostra email secondo cui il mio account verrà chiuso e i dati cancellati per inattività il 1° dicembre. Sono stata due anni all'estero e sono rientrata da poco.

Vi chiedo di non cancellare i dati dei miei acquisti: durante il trasloco di ritorno alcuni mobili comprati da voi si sono danneggiati e ho in corso una pratica con l'assicurazione, per la quale mi servono le fatture e lo storico degli ordini. Potete anche bloccare l'account e non usare i dati per nient'altro, purché li conserviate finché la pratica non è chiusa.

Distinti saluti,
Francesca Bianchi""",
         "Francesca Bianchi"),
        ("access", (),
         "Richiesta dei miei dati",
         """Buongiorno,

mi sono separata quest'estate e ho il sospetto che il mio ex marito abbia continuato a entrare nel mio account dopo che me ne sono andata.

Vorrei sapere quali dati personali avete su di me (in particolare indirizzi, numeri di telefono ed email registrati), chi e quando li ha modificati negli ultimi sei mesi e se sono stati comunicati a terzi.

Grazie,
Chiara Esposito""",
         "Chiara Esposito"),
        ("withdraw_consent", (),
         "newsletter Casa Nuova",
         """Ciao,

in primavera mi ero iscritta alla vostra newsletter "Casa Nuova" per il trasloco. Il trasloco è finito da un pezzo (finalmente!), quindi per favore toglietemi da quella lista.

Grazie mille,
Giulia Conti""",
         "Giulia Conti"),
        ("complaint", ("correction",),
         "Seconda richiesta - cognome",
         """Gentile servizio clienti,

il 2 ottobre vi ho scritto chiedendo di sostituire il cognome del mio ex marito (Rossi) con il mio cognome da nubile (Marino) sul mio account e sulla carta fedeltà. Non ho mai ricevuto risposta.

Nel frattempo tutte le vostre email continuano ad arrivare a "Gentile Sig.ra Rossi". È passato più di un mese: vi chiedo di effettuare la modifica senza ulteriori ritardi e di confermarmelo per iscritto. In caso contrario mi rivolgerò all'autorità per la protezione dei dati.

Paola Marino""",
         "Paola Marino"),
        ("portability", (),
         "Esportazione storico ordini",
         """Buonasera,

io e mia moglie stiamo mettendo insieme la gestione della casa dopo il matrimonio e vorrei importare i miei acquisti degli ultimi anni nel programma che usiamo per le spese e le garanzie.

Potete fornirmi lo storico completo dei miei ordini in un formato leggibile da computer, tipo CSV o JSON? Il PDF delle singole fatture non mi serve.

Grazie,
Matteo Ricci""",
         "Matteo Ricci"),
        ("other", (),
         "Consegna ordine 73390",
         """Buongiorno,

sto traslocando: potete consegnare l'ordine 73390 al nuovo indirizzo, Chaussée de Wavre 150, 1040 Etterbeek? Modificate solo la consegna di questo ordine, l'indirizzo dell'account lo aggiorno io dopo il trasloco.

Grazie,
Alessandro Greco""",
         "Alessandro Greco"),
        ("other", (),
         "Lista nozze - articolo esaurito",
         """Salve,

nella nostra lista nozze (Sara Colombo e Davide Bruno) il set di pentole risulta esaurito da due settimane. Verrà rifornito prima del 12 dicembre? Altrimenti lo rimuoviamo e scegliamo qualcos'altro.

Un saluto,
Sara""",
         "Sara Colombo"),
        ("other", (),
         "Carta fedeltà nuova",
         """Buongiorno,

dopo il trasloco non trovo più la mia carta fedeltà. È possibile averne una nuova e trasferire i punti? Il numero della vecchia carta è 2610 5583 1207.

Se serve posso passare al negozio di Waterloo.

Cordialmente,
Roberto Gallo""",
         "Roberto Gallo"),
    ],
    "pt": [
        ("correction", (),
         "Nova morada",
         """Boa tarde,

Voltei para casa dos meus pais depois de terminar o contrato de arrendamento. Podem atualizar a morada da minha conta e do cartão de cliente para Rue de la Colline 7, 6000 Charleroi? A morada antiga (Avenue de Waterloo 31, 6000 Charleroi) já não está correta.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),
        ("deletion", ("withdraw_consent",),
         "Conta do meu falecido marido",
         """Exmos. Senhores,

O meu marido, António Pereira, faleceu no dia 21 de setembro. Ele tinha uma conta na vossa loja online e o cartão de cliente.

Peço que encerrem a conta dele e apaguem os seus dados pessoais. Peço também que deixem de enviar publicidade e os postais de aniversário em nome dele para a nossa casa.

Se precisarem da certidão de óbito, posso enviá-la.

Com os melhores cumprimentos,
Maria Pereira""",
         "Maria Pereira"),
        ("objection", (),
         "Recomendações com base nas compras do meu ex",
         """Olá,

Separei-me há uns meses e a conta que era dos dois ficou comigo. O problema é que continuo a receber "recomendações para si" com base nas compras dele (material de pesca, ferramentas...).

Não quero que usem o meu histórico de compras para recomendações personalizadas ou para criar perfis. Oponho-me a isso. A conta em si quero manter.

Cumprimentos,
Sónia Ferreira""",
         "Sónia Ferreira"),
        ("withdraw_consent", ("deletion",),
         "SMS para o meu número antigo",
         """Bom dia,

Mudei de número de telemóvel em agosto. Ontem uma senhora que tem agora o meu número antigo ligou-me a dizer que recebe as vossas mensagens com o meu nome: "Olá Rui, os seus pontos expiram...".

Não quero receber mais SMS vossos, em número nenhum. E por favor apaguem esse número antigo da minha conta, já não é meu.

Rui Almeida""",
         "Rui Almeida"),
        ("access", (),
         "Fiz 18 anos",
         """Olá,

Fiz 18 anos em outubro. A minha mãe criou há uns anos um cartão de cliente em meu nome, mas sempre foi ela a usá-lo.

Gostava de saber que dados pessoais têm sobre mim, que compras estão associadas ao cartão e a quem foram comunicados.

Obrigado,
Tiago Sousa""",
         "Tiago Sousa"),
        ("restriction", (),
         "Mudança de nome em curso",
         """Exmos. Senhores,

Estou a mudar legalmente de nome e o processo na Conservatória ainda não terminou. Pedi-vos a correção do nome na minha conta e responderam que precisam do documento oficial, e que se não o receberem em 30 dias a conta pode ser encerrada.

Peço que não encerrem nem apaguem a conta. Enquanto o processo não estiver concluído, mantenham-na suspensa: não usem os meus dados para envios nem para mais nada. Assim que tiver o documento envio-vos.

Obrigado pela compreensão,
Alex Matos""",
         "Alex Matos"),
        ("complaint", (),
         "Continuam a escrever à minha mãe falecida",
         """Boa tarde,

A minha mãe, Fernanda Lopes, faleceu em julho. Em agosto enviei-vos a certidão de óbito e pedi que apagassem a conta dela. Responderam que estava tratado.

Desde então já chegaram três cartas em nome dela, a última com "Parabéns, Fernanda!" e um vale de aniversário. O meu pai, que vive na mesma casa, ficou muito abalado.

Isto é inaceitável. Quero saber porque é que o meu pedido não foi cumprido. Se voltar a acontecer, apresento queixa à autoridade de proteção de dados.

Cláudia Lopes""",
         "Cláudia Lopes"),
        ("other", (),
         "Entrega da encomenda 59874",
         """Bom dia,

Esta semana estou entre duas casas por causa da mudança. Podem entregar a encomenda 59874 na morada do meu trabalho (Boulevard du Souverain 100, 1170 Watermael-Boitsfort)? É só para esta encomenda, não mudem nada na conta.

Obrigado,
Hugo Martins""",
         "Hugo Martins"),
        ("other", (),
         "Postais de agradecimento - casamento",
         """Olá,

Casámo-nos no mês passado e queríamos encomendar 80 postais de agradecimento com uma fotografia nossa. No site consigo carregar a foto mas não consigo alterar o texto pré-definido. Há alguma forma de mudar o texto, ou têm de ser vocês a fazer isso?

Obrigada,
Beatriz e Nuno""",
         "Beatriz Costa"),
        ("other", (),
         "Dia de entrega depois da mudança",
         """Boa tarde,

Mudámos de casa e agora o prédio só tem porteiro de manhã. Seria possível que as entregas da encomenda 62118 (duas caixas grandes) fossem feitas de manhã? A morada já está certa na encomenda.

Cumprimentos,
Paulo Rodrigues""",
         "Paulo Rodrigues"),
    ],
}

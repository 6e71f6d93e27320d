"""Thirty-eighth set, people writing about the website, tracking and what they left online (en nl fr de es it pt). Written apart from the rules (see make_thirtyeighth.py)."""

PEOPLE_IA = {
    "en": [
        ("access", ("objection",),
         "Why am I getting baby stuff??",
         """Hello,

For the last few weeks your homepage and your emails have been full of baby products. Prams, bottles, "for your little one". I am 54 and there is no baby anywhere near me. The only thing I can think of is that I bought a present for my niece's baby shower in September.

I'd like to know what exactly you have on file about me - what "profile" or interests you have put me in, and what that is based on. And frankly I don't want you building these profiles at all, so please stop using my purchases to decide what to show me.

Regards,
Margaret Doyle
loyalty card 2250 4471 0983""",
         "Margaret Doyle"),
        ("correction", (),
         "Name on my reviews",
         """Hi there,

I got married in the summer and changed my surname in my account from Hughes to Pritchard back in August. The account page shows the new name fine, but all my old product reviews (quite a few, mostly kitchen stuff) still say "Emma Hughes". Could you update those to Emma Pritchard so it's all consistent? The loyalty card record still has the old name as well, the girl at the till in Mechelen mentioned it last week.

Thanks a lot,
Emma""",
         "Emma Pritchard"),
        ("deletion", (),
         "Card number in chat - urgent",
         """Hi,

Yesterday evening (3 Nov, around 9pm) I was on your live chat about a refund and, stupidly, when the bot asked for "payment details" I typed my full card number including the security code. I've since cancelled the card with my bank but I really don't want that sitting in your chat logs.

Please delete that conversation, or at least the message with the number in it, and confirm when it's done. Order was WS-2026-118734 if that helps find it.

Daniel Reid""",
         "Daniel Reid"),
        ("portability", (),
         "Data export: need a machine-readable format (Art. 20)",
         """Hello,

I used the "Download my data" button in My Account on 27 October. What I got is a 14-page PDF. Readable enough, but useless for what I want to do with it, which is import my order history into the budgeting tool I use.

Under Article 20 GDPR I'm entitled to the data I provided to you in a structured, commonly used and machine-readable format. Could you please send me the same export as JSON or CSV: orders (date, items, prices), my wishlists and the addresses saved in the account. One CSV per table is perfectly fine.

The account is registered to this e-mail address.

Thanks,
Oliver Bennett""",
         "Oliver Bennett"),
        ("restriction", ("access",),
         "Please DON'T delete my login history yet",
         """Hello,

Someone got into my account on 30 October and placed two orders to an address in Liege (both cancelled by your customer service, thank you for that). I've reported it to the police and they want the login times and IP addresses.

I read in your privacy notice that login logs are only kept for 30 days. Can you make sure the logs for my account from October are kept and not wiped automatically until the police are done with this? I'm not asking you to do anything else with them, just don't let them disappear. And could you send me a copy of those October logins (times, IPs, devices) so I can pass them on?

Police reference: PV 2026/88412, zone Brussels-Capital/Ixelles.

Many thanks,
Priya Natarajan""",
         "Priya Natarajan"),
        ("objection", ("withdraw_consent",),
         "Facebook ads",
         """I keep seeing your adverts on Facebook for the exact lamp I looked at on your site, and then on a news site as well. I assume you've got the Meta pixel on your pages and are uploading customer lists.

I object to my data being used for this kind of retargeting and to it being handed to Meta or any other ad network. Please make sure I'm excluded from all of it.

While you're at it, take me off the newsletter too.

Tom Gallagher""",
         "Tom Gallagher"),
        ("withdraw_consent", (),
         "unsubscribe link broken",
         """hi,

the unsubscribe link at the bottom of your emails goes to a page that says 404 not found. tried it on my phone and on my laptop. please just take me off whatever mailing list this is, i dont want the emails anymore.

also when i first came on your site i hit "accept all" on the cookie thing without reading it and i want to undo that. theres no button to change it anywhere that i can find

cheers
Liam""",
         "Liam O'Connor"),
        ("other", (),
         "Can't pay - cookie popup in the way",
         """Hi,

I'm trying to order a garden bench (the teak 2-seater) on my phone. When I get to the last step, the cookie banner at the bottom of the screen covers the "Pay now" button and I can't scroll past it. I tap accept, it goes away, and then it comes back when the page reloads.

Android, Chrome. Is there another way to place the order? Happy to pay by bank transfer if that's easier.

Thanks,
Graham Ellis""",
         "Graham Ellis"),
        ("other", (),
         "Quick question about your cookie banner",
         """Hi there,

I was browsing shop.example.be and noticed your cookie banner doesn't offer "Reject all" on the first layer - something the Belgian DPA has been flagging more and more often.

At Brightpath Digital we help retailers put a fully GDPR-compliant consent platform in place in under two weeks, with Google Consent Mode v2 and without losing your analytics data.

Would you have 15 minutes next week for a quick call? I'm happy to send over a short audit of your site, free of charge.

Best,
Chloe Martin
Growth Lead | Brightpath Digital
+44 20 7946 0321""",
         "Chloe Martin"),
        ("other", (),
         "wishlist gone?",
         """Hello,

I think I deleted my wishlist by mistake. I was trying to remove one item (a rug that's out of stock) and the whole list disappeared. It had about 30 things on it that I'd been saving up for Christmas. Is there any way to get it back?

And is there a way to remove a single item without losing everything? Sorry if this is the wrong address, I couldn't find another one.

Rachel""",
         "Rachel Turner"),
    ],
    "nl": [
        ("complaint", ("access",),
         "Meta-pixel laadt ondanks 'Alles weigeren'",
         """Goedemiddag,

Op 2 november heb ik op jullie website in de cookiebanner uitdrukkelijk op "Alles weigeren" geklikt. Toch zie ik in de ontwikkelaarstools van mijn browser dat er bij het laden van de productpagina's meteen een verzoek naar connect.facebook.net vertrekt en dat er een _fbp-cookie gezet wordt. Ook _ga en _gcl_au staan er gewoon. Het HAR-bestand van die sessie zit in bijlage.

Dat kan niet: voor zulke cookies is voorafgaande toestemming nodig volgens de ePrivacy-regels, en die heb ik net geweigerd. Sindsdien krijg ik op Instagram ook advertenties voor precies de producten die ik bekeken heb.

Ik wil weten welke gegevens over mijn bezoeken naar Meta en Google zijn doorgestuurd, en sinds wanneer. Krijg ik daar geen degelijk antwoord op, dan dien ik een klacht in bij de Gegevensbeschermingsautoriteit.

Met vriendelijke groeten,
Pieter Van den Broeck""",
         "Pieter Van den Broeck"),
        ("access", ("deletion",),
         "Inloggen met Google - wat hebben jullie gekregen?",
         """Dag,

Ik heb vorig jaar mijn account aangemaakt met de knop "Doorgaan met Google". Nu lees ik dat apps daarbij soms veel meer binnenkrijgen dan je denkt. Welke gegevens hebben jullie van mijn Google-account ontvangen? Alleen mijn naam en e-mailadres, of ook mijn profielfoto, geboortedatum, contacten...?

Daarna wil ik die koppeling met Google graag verbreken en alles wat jullie via Google binnengekregen hebben laten wissen. Mijn account zelf wil ik houden, ik stel dan wel een gewoon wachtwoord in.

Groetjes,
Lotte Claes""",
         "Lotte Claes"),
        ("correction", (),
         "verkeerde naam bij mijn reviews",
         """Hallo,

Blijkbaar heeft jullie site bij het inloggen via Facebook mijn bijnaam overgenomen, want onder al mijn reviews staat "Sofie Kattenmama" 🙈 Dat was ooit grappig op Facebook, maar niet onder een review van een stofzuiger.

Mijn echte naam is Sofie Wouters. Kunnen jullie dat aanpassen in mijn account, zodat de reviews ook mijn juiste naam tonen? Zelf vind ik nergens waar ik dat kan wijzigen.

Alvast bedankt!
Sofie""",
         "Sofie Wouters"),
        ("deletion", ("objection",),
         "Geschiedenis op gedeelde tablet",
         """Beste,

Thuis gebruiken we met het hele gezin één tablet, en daarop is jullie app ingelogd met mijn account. Mijn kinderen zien nu bij "Recent bekeken" en in de zoekgeschiedenis precies wat ik allemaal heb opgezocht. Niet echt handig in de aanloop naar Sinterklaas...

Kunnen jullie mijn volledige zoek- en surfgeschiedenis in mijn account wissen? En ik heb liever dat jullie in het vervolg niet meer bijhouden wat ik allemaal bekijk, dat hoeft voor mij echt niet.

Vriendelijke groet,
Bart Maes""",
         "Bart Maes"),
        ("portability", (),
         "Export huwelijkslijst",
         """Goeiedag,

Mijn verloofde en ik hebben begin dit jaar via jullie website een huwelijkslijst aangemaakt (lijst "Jana & Tom - 12/06/2027"). We hebben beslist om de lijst toch bij een andere winkel te leggen, omdat die meer keuze heeft in servies.

Is het mogelijk om alles van onze lijst (producten, aantallen, onze opmerkingen) als Excel- of CSV-bestand te krijgen, zodat we het daar kunnen inladen? Of kunnen jullie het eventueel rechtstreeks naar hen doorsturen?

Met vriendelijke groeten,
Jana Peeters""",
         "Jana Peeters"),
        ("restriction", (),
         "Review op mijn naam die ik niet geschreven heb",
         """Geachte,

Onder de klopboormachine van Bosch staat sinds enkele dagen een review van 1 ster, "geschreven door Karel De Smet uit Gent", vol scheldwoorden aan het adres van jullie personeel. Dat ben ik niet. Ik heb die boormachine zelfs nooit gekocht. Ik vermoed dat een ex-collega mijn naam misbruikt.

Ik heb aangifte gedaan bij de politie. Willen jullie die review voorlopig offline halen tot jullie hebben uitgezocht van welk account hij komt? Maar gooi de gegevens erover (account, IP-adres, tijdstip) nog niet weg: de politie kan ze nodig hebben.

Hoogachtend,
Karel De Smet""",
         "Karel De Smet"),
        ("objection", (),
         "Tracking in jullie nieuwsbrief",
         """Hallo,

Ik zag dat alle links in jullie nieuwsbrief via een trackingdomein lopen (click.shop.example.be/...) en dat er onderaan een onzichtbaar pixeltje in zit. Jullie houden dus bij of en wanneer ik de mail open en waarop ik klik.

De nieuwsbrief wil ik gewoon blijven krijgen, de promo's zijn vaak interessant. Maar ik maak bezwaar tegen het meten van openen en klikken voor mijn adres. Kunnen jullie dat voor mij uitschakelen?

Dank u,
Ruben Jacobs""",
         "Ruben Jacobs"),
        ("other", (),
         "Kan niet meer inloggen",
         """Hallo,

Sinds de laatste update van jullie app kan ik niet meer inloggen. Ik krijg telkens "Er is iets misgegaan, probeer het later opnieuw". Wachtwoord opnieuw instellen helpt niet, want de mail om het te resetten komt niet aan (ook niet in mijn spam).

Ik wil mijn punten van de klantenkaart natuurlijk niet kwijt. Kan iemand mij helpen, of moet ik hiervoor ergens anders zijn?

Groetjes,
Annelies Wuyts""",
         "Annelies Wuyts"),
        ("other", (),
         "Mijn review is niet verschenen",
         """Dag,

Twee weken geleden heb ik een review geschreven over het koffiezetapparaat dat ik bij jullie kocht (4 sterren, met een foto erbij). Ik kreeg een mailtje "Bedankt voor je review, hij wordt nagekeken", maar hij staat nog altijd niet online.

Heb ik iets verkeerd gedaan? Mag je misschien geen foto's toevoegen?

Mvg,
Wim Hermans""",
         "Wim Hermans"),
        ("other", (),
         "track & trace werkt niet",
         """Goeiemorgen,

Bestelling 2026-4471903. In de verzendmail staat een link om mijn pakje te volgen, maar die trackingpagina zegt "geen gegevens gevonden". Volgens mijn account is het al vijf dagen onderweg.

Kunnen jullie eens nakijken waar het zit? Dank je!

Hanne Vermeulen""",
         "Hanne Vermeulen"),
    ],
    "fr": [
        ("withdraw_consent", ("deletion",),
         "Retrait de mon consentement aux cookies",
         """Bonjour,

Lors de ma première visite sur votre site, j'ai cliqué sur « Tout accepter » dans le bandeau des cookies. Je souhaite aujourd'hui revenir sur ce choix, mais je ne trouve nulle part le moyen de le faire : le bandeau ne réapparaît plus et il n'y a aucun lien « Gérer les cookies » en bas de page.

Je retire donc mon consentement pour tous les cookies publicitaires et de mesure d'audience, et je vous demande d'effacer les données que vous avez collectées à mon sujet grâce à eux.

Bien cordialement,
Claire Dubois""",
         "Claire Dubois"),
        ("complaint", ("access",),
         "Export de données incomplet - 2e demande",
         """Madame, Monsieur,

Le 28 septembre, j'ai utilisé la fonction « Télécharger mes données » de mon espace client. Le fichier reçu ne contient que mes coordonnées et mes trois dernières commandes : rien sur mes commandes de 2023 et 2024, rien sur ma carte de fidélité, rien sur mes échanges avec le chat du service client.

Je vous ai écrit le 6 octobre pour vous le signaler. À ce jour, plus d'un mois plus tard, je n'ai reçu aucune réponse, alors que le RGPD vous impose de répondre dans ce délai.

Je vous demande une dernière fois de me fournir une copie complète de toutes les données personnelles que vous détenez à mon sujet. À défaut, je saisirai l'Autorité de protection des données.

Jean-Marc Lefèvre""",
         "Jean-Marc Lefèvre"),
        ("access", (),
         "Connexion inconnue à mon compte ?",
         """Bonjour,

J'ai reçu hier un e-mail « Nouvelle connexion à votre compte » depuis un appareil Windows situé à Anvers. Je n'ai pas de PC Windows et je n'étais pas à Anvers. J'ai changé mon mot de passe tout de suite.

Pourriez-vous m'envoyer l'historique des connexions à mon compte sur les trois derniers mois, avec les adresses IP et les appareils que vous avez enregistrés ? J'aimerais savoir depuis quand ça dure.

Merci d'avance,
Nadia Benali""",
         "Nadia Benali"),
        ("correction", (),
         "Date de naissance erronée",
         """Bonjour,

Dans mon compte, ma date de naissance est indiquée comme le 03/11/1948 au lieu du 11/03/1984. Tout a été mélangé, manifestement. Résultat : je reçois des suggestions « spécial seniors » et mon bon d'anniversaire arrive en novembre !

Je ne peux pas modifier ce champ moi-même, il est grisé. Pouvez-vous le corriger ?

Merci,
Julie Lambert""",
         "Julie Lambert"),
        ("deletion", (),
         "Supprimer mon avis avec photo",
         """Bonjour,

Il y a deux ans, j'ai laissé un avis sur une poussette, avec une photo de moi et de mon fils. À l'époque ça ne me dérangeait pas, mais je me suis rendu compte que cette photo sort dans Google Images quand on tape mon nom, puisque mon nom complet est affiché sous l'avis.

Pouvez-vous supprimer cet avis et la photo ? Je n'y arrive pas depuis mon compte.

Merci beaucoup,
Aurélie Martin""",
         "Aurélie Martin"),
        ("portability", (),
         "Historique d'achats en CSV",
         """Bonsoir,

Je passe à une application de gestion de budget qui permet d'importer des fichiers CSV ou JSON. Serait-il possible de recevoir l'historique complet de mes achats (site et magasins, avec la carte de fidélité n° 6001 2387 5510) dans un de ces formats ? Date, magasin, articles et montant suffiraient.

Le PDF disponible dans l'espace client n'est pas exploitable pour ça.

Merci,
Thomas Renard""",
         "Thomas Renard"),
        ("restriction", (),
         "Compte piraté - gelez tout s'il vous plaît",
         """Bonjour,

Mon compte a été piraté : quelqu'un a changé mon adresse de livraison et a utilisé mes points de fidélité. J'ai porté plainte ce matin.

En attendant que votre service sécurité et la police fassent leur enquête, je vous demande de geler mon compte : ne rien supprimer, ne rien modifier, et ne plus utiliser mes données pour quoi que ce soit (pas de commande, pas de changement d'adresse). Je veux simplement que tout reste en l'état pour l'enquête.

Sébastien Girard""",
         "Sébastien Girard"),
        ("other", (),
         "Votre bandeau cookies est-il vraiment conforme ?",
         """Bonjour,

En visitant shop.example.be, j'ai remarqué que votre bandeau cookies ne propose pas de bouton « Tout refuser » au même niveau que « Tout accepter ». C'est précisément le point sur lequel l'APD et la CNIL sanctionnent le plus souvent.

Chez Cookiwise, nous mettons en place en dix jours une solution de gestion du consentement 100 % conforme au RGPD, compatible Google Consent Mode v2, sans perte de données analytics.

Seriez-vous disponible pour un échange de 20 minutes la semaine prochaine ? Je peux vous faire parvenir un audit gratuit de votre site.

Bien à vous,
Mathilde Rousseau
Responsable commerciale - Cookiwise SRL""",
         "Mathilde Rousseau"),
        ("other", (),
         "Liste d'envies",
         """Bonjour,

Je n'arrive pas à supprimer un article de ma liste d'envies : la petite croix ne réagit pas quand je clique dessus. Et est-ce qu'il est possible d'envoyer la liste à ma belle-mère pour la Saint-Nicolas ?

Merci !
Camille Dupont""",
         "Camille Dupont"),
        ("other", (),
         "Site qui s'affiche mal",
         """Bonjour,

Depuis quelques jours, votre site s'affiche sans aucune mise en page sur Firefox (juste du texte et des liens bleus). J'utilise la protection renforcée contre le pistage, qui bloque les cookies tiers. Sur Chrome, tout fonctionne.

Est-ce un problème connu ? Je préférerais ne pas changer de navigateur juste pour passer commande.

Cordialement,
Philippe Leroy""",
         "Philippe Leroy"),
    ],
    "de": [
        ("objection", ("access",),
         "Widerspruch gegen Personalisierung",
         """Sehr geehrte Damen und Herren,

auf Ihrer Startseite und in der App werden mir seit einiger Zeit "persönliche Empfehlungen" angezeigt, die offensichtlich auf meinen Suchanfragen und Käufen beruhen. Hiermit widerspreche ich der Erstellung eines Nutzerprofils und der Personalisierung von Inhalten auf Grundlage meiner Daten. Bitte zeigen Sie mir künftig eine neutrale Startseite.

Außerdem bitte ich um Auskunft, welche Interessen oder Kundensegmente Sie mir zugeordnet haben.

Mit freundlichen Grüßen
Stefan Krüger""",
         "Stefan Krüger"),
        ("withdraw_consent", (),
         "Abmelden klappt nicht",
         """Hallo,

ich versuche seit zwei Wochen, mich von Ihrem Newsletter abzumelden. Der Link "Abmelden" unten in der Mail führt auf eine Fehlerseite (404), und in meinem Kundenkonto finde ich auch keine Einstellung dafür.

Bitte tragen Sie mich einfach aus dem Verteiler aus. Danke.

Birgit Hoffmann""",
         "Birgit Hoffmann"),
        ("complaint", ("deletion",),
         "Zweite Aufforderung - Löschung meiner Bewertungen",
         """Sehr geehrte Damen und Herren,

am 29. September habe ich Sie gebeten, die drei Produktbewertungen zu löschen, die unter meinem vollen Namen auf Ihrer Website stehen. Bis heute habe ich weder eine Antwort noch eine Eingangsbestätigung erhalten, und die Bewertungen sind nach wie vor online.

Die Frist von einem Monat ist abgelaufen. Ich fordere Sie nochmals auf, die Bewertungen zu entfernen, und erwarte Ihre Bestätigung innerhalb von 14 Tagen. Andernfalls werde ich Beschwerde bei der belgischen Datenschutzbehörde einlegen.

Mit freundlichen Grüßen
Dr. Markus Weber""",
         "Markus Weber"),
        ("access", (),
         "Auskunft: gesetzte Cookies und Empfänger",
         """Guten Tag,

bei meinem Besuch auf shop.example.be am 04.11.2026 (HAR-Datei anbei) wurden neben Ihren eigenen Cookies auch Cookies von doubleclick.net, facebook.com, bing.com und criteo.com gesetzt.

Ich bitte gemäß Art. 15 DSGVO um Auskunft darüber, welche personenbezogenen Daten über mich in diesem Zusammenhang erhoben wurden, an welche Empfänger bzw. Partner sie übermittelt wurden und wie lange sie gespeichert werden. Mein Kundenkonto läuft über diese E-Mail-Adresse.

Freundliche Grüße
Lukas Schmitt""",
         "Lukas Schmitt"),
        ("correction", (),
         "Falsche Adresse im Kundenkonto",
         """Hallo,

irgendwie hat die Autovervollständigung bei meiner letzten Bestellung meine alte Adresse in Aachen als Standardadresse ins Kundenkonto übernommen. Ich wohne aber seit März in Eupen, Hauptstraße 42, 4700 Eupen. Ändern kann ich das im Konto nicht, da kommt nur eine Fehlermeldung.

Könnten Sie das bitte korrigieren? Die Telefonnummer ist auch noch die alte deutsche, die neue ist 0471 23 45 67.

Viele Grüße
Julia Becker""",
         "Julia Becker"),
        ("deletion", (),
         "Facebook-Verknüpfung",
         """Hallo zusammen,

ich habe mich damals über "Mit Facebook anmelden" bei Ihnen registriert. Meinen Facebook-Account habe ich inzwischen gelöscht.

Bitte heben Sie die Verknüpfung auf und löschen Sie alles, was Sie damals von Facebook über mich bekommen haben (Profilbild, Geburtstag, was auch immer). Das Kundenkonto selbst möchte ich behalten.

Danke und Gruß
Jonas Wagner""",
         "Jonas Wagner"),
        ("portability", (),
         "Datenexport defekt",
         """Hallo,

die Funktion "Meine Daten herunterladen" liefert mir eine ZIP-Datei, die sich nicht öffnen lässt ("Archiv ist beschädigt"). Probiert unter Windows und macOS, dreimal neu angefordert, immer dasselbe.

Ich möchte meine Bestellhistorie und meine Wunschlisten in einen anderen Shop übernehmen. Könnten Sie mir die Daten bitte als JSON oder CSV direkt per Mail schicken?

Danke,
Anna Schulz""",
         "Anna Schulz"),
        ("other", (),
         "Seite lädt nicht",
         """Guten Morgen,

seit gestern Abend bekomme ich beim Aufrufen Ihres Online-Shops nur "503 Service Unavailable". Ich wollte mir die Angebote aus dem Black-Friday-Vorverkauf ansehen.

Liegt das an mir? Cookies und Browserdaten habe ich schon gelöscht, mit einem anderen Browser geht es auch nicht.

Gruß
Thomas Neumann""",
         "Thomas Neumann"),
        ("other", (),
         "Anfrage für eine Masterarbeit",
         """Sehr geehrtes Datenschutz-Team,

ich schreibe an der RWTH Aachen eine Masterarbeit über Cookie-Banner im belgischen Onlinehandel. Dürfte ich fragen, welche Consent-Management-Plattform Sie einsetzen und ob Sie Ihr Banner nach den Empfehlungen der Datenschutzbehörde angepasst haben?

Die Antworten werden anonymisiert ausgewertet. Ein kurzer Fragebogen (ca. 5 Minuten) liegt bei, falls Sie Zeit dafür finden.

Mit besten Grüßen
Lena Fischer""",
         "Lena Fischer"),
        ("other", (),
         "Sendungsverfolgung",
         """Hallo,

meine Bestellung 2026-5530218 steht laut Sendungsverfolgung seit Donnerstag auf "in Zustellung", angekommen ist aber nichts. Können Sie beim Paketdienst nachfragen?

Danke
Heike Braun""",
         "Heike Braun"),
    ],
    "es": [
        ("restriction", ("access",),
         "No borréis la conversación del chat",
         """Hola:

Tengo una reclamación abierta con vosotros por un sofá que llegó roto (pedido 2026-3318840). El 19 de octubre, en el chat de la web, una agente me confirmó por escrito que me devolveríais el importe completo. Ahora atención al cliente me dice que solo me devolvéis el 50 %.

Os pido que no borréis esa conversación mientras dure la reclamación, porque es mi prueba. Y enviadme una copia de la transcripción, por favor.

Un saludo,
Marta Fernández""",
         "Marta Fernández"),
        ("objection", (),
         "Google Analytics y socios publicitarios",
         """Buenas tardes:

He leído vuestra política de privacidad y veo que compartís los datos de navegación de los clientes con "socios publicitarios" y que usáis Google Analytics amparándoos en vuestro "interés legítimo".

Me opongo a ambas cosas en lo que respecta a mis datos. No quiero que mi actividad en la web ni en la app se analice ni se comparta con terceros con fines publicitarios.

Atentamente,
Alejandro Ruiz Castillo""",
         "Alejandro Ruiz Castillo"),
        ("withdraw_consent", (),
         "basta de SMS",
         """Hola! Me llegan SMS de ofertas casi todos los días y además notificaciones de la app a todas horas. Ya no quiero ni lo uno ni lo otro. Quitadme de los SMS y de las notificaciones, porfa, que en la app no encuentro dónde se desactiva.

Gracias
Lucía""",
         "Lucía Herrera"),
        ("complaint", (),
         "He recibido los datos de otra clienta",
         """Buenos días:

Ayer pedí por el chat de vuestra web una copia de la conversación, y el correo que me llegó contenía la conversación de OTRA clienta: su nombre, su dirección en Lovaina, su teléfono y hasta los últimos dígitos de su tarjeta. Lo he borrado, pero me parece gravísimo.

Y si a mí me ha llegado lo de otra persona, a saber quién ha recibido mi conversación, en la que di mi dirección y mi número de documento. Espero que lo investiguéis en serio y que informéis a quien corresponda.

Carmen López""",
         "Carmen López"),
        ("access", (),
         "Asistente de voz de la app",
         """Hola:

Desde hace poco uso el asistente de voz de vuestra app para buscar productos. ¿Guardáis las grabaciones de lo que digo?

Me gustaría saber qué datos tenéis de mí que procedan del asistente (audios, transcripciones, lo que sea), para qué los usáis y cuánto tiempo los conserváis.

Gracias,
Pablo Moreno""",
         "Pablo Moreno"),
        ("correction", (),
         "Apellido mal escrito en mis opiniones",
         """Hola, al registrarme escribí mal mi apellido y ahora todas mis opiniones salen firmadas como "Inés Martínez Gracía" en vez de "Inés Martínez García". Parece una tontería, pero me molesta bastante. ¿Podéis corregirlo en mi cuenta? Desde el perfil no me deja cambiar el apellido.

Un saludo,
Inés""",
         "Inés Martínez García"),
        ("deletion", ("withdraw_consent",),
         "Eliminar mi cuenta",
         """Hola,

Quiero que eliminéis mi cuenta de la tienda online y todo lo que tengáis de mí, incluidas las opiniones que publiqué con foto. Y que dejéis de mandarme la newsletter, claro.

He probado el botón «Eliminar cuenta» del perfil, pero me sale un error.

Gracias,
Sergio Navarro""",
         "Sergio Navarro"),
        ("other", (),
         "Mi opinión no se ha publicado",
         """Hola, hace diez días dejé una opinión sobre la freidora de aire que compré (pedido 2026-2907715) y todavía no aparece en la web. ¿Hay algún problema? Era positiva, eh 😅

Saludos,
Raúl Jiménez""",
         "Raúl Jiménez"),
        ("other", (),
         "No puedo iniciar sesión con Apple",
         """Buenas,

Cuando pulso «Continuar con Apple» en la app, la pantalla se queda en blanco y no pasa nada. Con correo y contraseña tampoco puedo entrar porque nunca puse contraseña.

¿Cómo accedo a mi cuenta? Tengo un pedido pendiente y quiero ver el seguimiento.

Gracias,
Beatriz Ortega""",
         "Beatriz Ortega"),
        ("other", (),
         "Lista de deseos",
         """Hola, ¿cómo puedo borrar varios productos a la vez de la lista de deseos? Tengo más de cien y me toca eliminarlos uno por uno. ¿Y se puede tener más de una lista, por ejemplo una para Navidad?

Gracias.
Nuria Vidal""",
         "Nuria Vidal"),
    ],
    "it": [
        ("portability", (),
         "Trasferimento dei miei dati",
         """Buongiorno,

ho deciso di spostare i miei acquisti per la casa su un'altra piattaforma (Casa&Co). Vi chiedo, ai sensi dell'art. 20 del GDPR, di trasmettere direttamente a loro i miei dati: storico ordini, liste dei desideri e indirizzi salvati, in un formato leggibile da una macchina (CSV o JSON vanno benissimo). Il loro referente privacy è privacy@casaeco.example.

Se non è possibile inviarli direttamente, mandateli pure a me.

Cordiali saluti,
Giulia Romano""",
         "Giulia Romano"),
        ("restriction", (),
         "Profilo sbagliato",
         """Salve,

nella sezione "Le mie preferenze" del mio account ho scoperto che mi avete classificata come "interessata a: articoli per animali, fai da te, caccia e pesca". Non ho animali, non vado a caccia e non ho mai comprato nulla del genere.

Contesto l'esattezza di questo profilo. Finché non avete verificato da dove viene, vi chiedo di non usarlo per niente: né per le email né per la home page.

Grazie,
Francesca Galli""",
         "Francesca Galli"),
        ("objection", (),
         "Opposizione all'uso dei miei dati per la pubblicità",
         """Buonasera,

su Instagram vedo vostri annunci con la spiegazione "Perché vedi questa inserzione: Shop Example ha caricato un elenco che include le tue informazioni". Quindi avete caricato il mio indirizzo email su Meta.

Mi oppongo a questo uso dei miei dati e vi chiedo di escludermi da questi elenchi d'ora in poi. La newsletter invece potete continuare a mandarmela.

Marco Ricci""",
         "Marco Ricci"),
        ("withdraw_consent", (),
         "revoca consenso",
         """Buongiorno, vorrei revocare il consenso ai cookie di marketing che ho dato sul vostro sito (il banner per modificarlo non lo trovo più) e anche disiscrivermi dalla newsletter. Grazie.

Elena Conti""",
         "Elena Conti"),
        ("complaint", ("withdraw_consent",),
         "Ancora email dopo la disiscrizione!!",
         """Buongiorno,

il 12 ottobre mi sono disiscritta dalla vostra newsletter con il link in fondo alla mail, e ho pure ricevuto la conferma. Da allora mi sono arrivate altre SEI email promozionali, l'ultima stamattina. Non è serio e direi nemmeno legale.

Toglietemi subito e definitivamente da tutte le vostre liste. Se continua faccio una segnalazione al Garante (o come si chiama da voi in Belgio).

Sara Esposito""",
         "Sara Esposito"),
        ("access", (),
         "Trascrizione della chat",
         """Salve,

il 14 ottobre ho parlato con il vostro assistente virtuale e poi con un operatore a proposito di un reso. Potete mandarmi la trascrizione completa della conversazione? Vorrei anche sapere per quanto tempo conservate le chat.

Grazie mille
Luca Marino""",
         "Luca Marino"),
        ("correction", (),
         "Email sbagliata nel mio account",
         """Ciao,

mi sono registrata con "Accedi con Apple" e avevo scelto di nascondere la mia email, quindi nell'account c'è un indirizzo strano tipo xk83jd@privaterelay.appleid.com. Ora ho disattivato quell'inoltro e non ricevo più né le conferme d'ordine né le fatture.

Potete sostituirlo con il mio indirizzo vero, chiara.fontana@posta.example? Dal profilo non si può modificare.

Grazie!
Chiara Fontana""",
         "Chiara Fontana"),
        ("other", (),
         "Il carrello si svuota",
         """Buongiorno,

ogni volta che chiudo il browser il carrello si svuota e devo rimettere tutto da capo. Ho letto che dipende dai cookie, ma se li accetto tutti non dovrebbe succedere, giusto? Li ho accettati e succede lo stesso. Uso Safari su iPad.

Come posso salvare il carrello? Grazie,
Paolo Greco""",
         "Paolo Greco"),
        ("other", (),
         "Tracciamento pacco",
         """Buonasera, il numero di tracciamento che mi avete mandato (BE7719003384) non viene riconosciuto dal sito del corriere. L'ordine è il 2026-6120044. Potete controllare per favore?

Grazie,
Alessandra Bruno""",
         "Alessandra Bruno"),
        ("other", (),
         "Aggiornamento informativa privacy",
         """Salve,

ho ricevuto la vostra email sull'aggiornamento dell'informativa privacy dal 1° novembre. Devo fare qualcosa, accettare da qualche parte, oppure non serve? Non vorrei che mi bloccassero l'account.

Grazie,
Roberto Colombo""",
         "Roberto Colombo"),
    ],
    "pt": [
        ("deletion", (),
         "Botão de eliminar conta não funciona",
         """Boa tarde,

Tentei eliminar a minha conta em "O meu perfil > Eliminar conta", mas depois de confirmar aparece "Ocorreu um erro" e a conta continua ativa. Já tentei três vezes, em dias diferentes.

Peço que eliminem a conta e os meus dados pessoais. Obrigado.

Rui Ferreira""",
         "Rui Ferreira"),
        ("portability", ("deletion",),
         "Exportar dados antes de fechar a conta",
         """Olá,

Vou regressar a Portugal em dezembro e deixo de comprar na vossa loja. Antes de fecharem a minha conta, gostava de receber o meu histórico de encomendas e as minhas listas de desejos num ficheiro que possa abrir e importar noutro sítio (CSV ou Excel).

Depois disso podem apagar a conta e tudo o que lá está.

Obrigada pela ajuda,
Ana Sousa""",
         "Ana Sousa"),
        ("restriction", (),
         "Não apaguem a minha conta antiga",
         """Bom dia,

Recebi um e-mail a avisar que a minha conta vai ser eliminada por inatividade daqui a 30 dias. Por favor não a apaguem ainda: em 2023 comprei uma máquina de lavar com garantia de 5 anos e as faturas estão só nessa conta.

Não quero receber nada nem que usem os dados para outra coisa, só preciso que fiquem guardados até ao fim da garantia.

Cumprimentos,
José Almeida""",
         "José Almeida"),
        ("objection", (),
         "Personalização da página inicial",
         """Olá.

Reparei que a vossa página inicial muda conforme o que eu pesquiso. Pesquisei uma vez "cadeira de rodas" para o meu pai e agora só me aparecem produtos de mobilidade e saúde.

Não quero que usem o meu histórico de pesquisa para montar um perfil sobre mim, ainda por cima com coisas de saúde. Oponho-me a esse tratamento. Desliguem a personalização na minha conta, por favor.

Catarina Rodrigues""",
         "Catarina Rodrigues"),
        ("withdraw_consent", (),
         "",
         """oi, não acho onde cancelar a newsletter pelo celular, vocês podem me tirar da lista? recebo email de promoção quase todo dia e não quero mais

obrigada
Fernanda""",
         "Fernanda Lima"),
        ("complaint", ("deletion",),
         "Fotografia minha no vosso Instagram",
         """Boa noite,

Uma amiga mostrou-me hoje que a vossa página de Instagram publicou uma fotografia tirada na inauguração da loja de Antuérpia, em que apareço claramente com os meus filhos. Ninguém me pediu autorização, muito menos para os miúdos. Acho isto inaceitável.

Exijo que retirem a publicação imediatamente.

Mariana Costa""",
         "Mariana Costa"),
        ("access", (),
         "De onde veio o meu e-mail?",
         """Bom dia,

Recebi ontem um e-mail vosso, "Bem-vinda de volta! Os artigos que viu estão à sua espera", com produtos que de facto vi no vosso site na semana passada. Só que eu nunca criei conta nem me inscrevi em nada.

Como é que têm o meu e-mail e sabem o que eu vi? Quero saber que dados têm sobre mim, de onde vieram e com quem os partilharam.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),
        ("other", (),
         "Conta bloqueada",
         """Olá, enganei-me várias vezes na palavra-passe e agora aparece "Conta temporariamente bloqueada". Quanto tempo tenho de esperar? Queria aproveitar a promoção que acaba hoje.

Obrigado,
Pedro Martins""",
         "Pedro Martins"),
        ("other", (),
         "aviso de cookies não fecha",
         """Boa tarde,

No telemóvel o aviso dos cookies não fecha: carrego em "Aceitar" e não acontece nada, fica por cima da página toda e não consigo ver os produtos. É um Samsung, com o Chrome. Já apaguei os dados do navegador e nada.

Podem resolver isto?
Luísa Pereira""",
         "Luísa Pereira"),
        ("other", (),
         "Partilhar lista de desejos",
         """Olá!

Estou a fazer a lista de Natal para a família e queria saber se dá para partilhar a lista de desejos com pessoas que não têm conta. E se eu retirar um artigo da lista, eles deixam de o ver?

Beijinhos e obrigada,
Sónia Teixeira""",
         "Sónia Teixeira"),
    ],
}

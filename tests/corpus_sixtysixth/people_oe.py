"""Set sixtysixth, person mail in en nl fr de es it pt, theme trade-in, buy-back and second-hand. Written apart from the rules (see make_sixtysixth.py)."""

PEOPLE_OE = {
    "en": [
        ("access", (),
         "Who got my old laptop?",
         """Hi there,

In January I traded in my old Dell XPS at your Louvain-la-Neuve store for a voucher (€140, used it already, thanks). At the time the guy at the counter said the laptop would be "professionally wiped" and sent off for refurbishment.

I've started to wonder about that. There were years of tax returns and scanned payslips on that machine and to be honest I didn't do a proper reset myself, I just deleted my user folder.

So could you tell me:
- what happened to the laptop after I handed it in (was it wiped, by whom, when, and was it resold or scrapped)?
- whether you or some partner company still hold any of my files or anything from the disk
- what you keep about me from the trade-in itself (I remember them scanning my ID and typing in the serial number)
- and how long you keep all that

If you have some sort of erasure report for that serial number I'd like a copy.

Thanks,
Owen Gallagher
Rue des Wallons 41, 1348 Louvain-la-Neuve""",
         "Owen Gallagher"),
        ("deletion", (),
         "Re: Your request - ref. PRV-20417",
         """Fair enough on the ID, I didn't know that was a legal thing. But then please delete everything else that isn't covered by that rule: the account you made me for the trade-in app, my mobile number and my email, and the photos the staff member took of my phone screen (my lock screen had a picture of my kids on it). I don't want any of that lying around for 10 years as well.

Cheers
Priya

> Dear Ms Raman,
>
> Thank you for your message of 4 March.
>
> As a dealer in second-hand goods we are legally required to keep a register of
> every purchase from a private person, including the seller's identity document
> details. The police may consult this register. We therefore cannot delete the
> copy of your identity card before the end of the legal retention period.
>
> Kind regards,
> Privacy Team""",
         "Priya Raman"),
        ("correction", ("objection",),
         "My seller profile",
         """Hello,

I sell bits and pieces on your second-hand marketplace (mostly camera lenses). Since I got married my surname changed from Hughes to Verbeke, and I moved from Mechelen to Leuven. My listings still say "Emma Hughes - Mechelen" which is confusing buyers who come to collect. I tried changing it in the app but the name and town fields are greyed out.

Could you update it to Emma Verbeke, Leuven please? Happy to send proof if needed.

Also, to be honest I'd rather my full surname wasn't shown on the listings at all. Could it just show "Emma V." from now on?

Thanks!
Emma""",
         "Emma Verbeke"),
        ("portability", (),
         "",
         """hi can you send me all my marketplace sales, reviews and messages as a csv or something so I can move my shop over to 2dehands? cheers, Dan""",
         "Daniel Okafor"),
        ("restriction", ("access",),
         "Trade-in iPhone 12 - do NOT delete records",
         """To whom it may concern,

Last autumn I traded in my iPhone 12 (serial ending ...Q7LM) at your Antwerp Meir branch. Last week a stranger contacted me on Instagram: he had bought a "refurbished" iPhone from you and found my photos, my notes and part of my WhatsApp history on it. He has been decent about it and sent me screenshots, but I have now filed a police report and my solicitor is preparing a claim.

I understand you have retention rules, so I want to be very clear: please keep everything relating to my trade-in (the trade-in record, the register entry, any wipe or erasure log, the refurbishment ticket, the resale record) and do not delete or anonymise any of it until this matter is closed. You should not use it for anything else in the meantime either.

Please also send me a copy of the erasure log or certificate for that device, if one exists, and tell me on what date it was resold.

Regards,
Siobhan Kelly""",
         "Siobhan Kelly"),
        ("objection", (),
         "Ads after using your trade-in calculator",
         """Hi,

A couple of weeks ago I used the trade-in valuation tool on your website to see what my Pixel 7 was worth. It asked for the IMEI and the serial number, which I gave, and my email to "save the quote". I didn't go ahead.

Since then I've been followed around by your ads for refurbished Pixels on every site and on Instagram, and I got two emails about "your Pixel 7 quote is about to expire". I never signed up for anything.

I don't want my device details and quote being used to target me with ads or to build some profile of me. Please stop that.

Thanks,
Tom Whitfield""",
         "Tom Whitfield"),
        ("withdraw_consent", (),
         "stop texts",
         """When I picked up my trade-in voucher I must have ticked a box for "trade-in deals". Please stop the text messages, I get one every other day. Number is 0471 22 58 09.
Ta, Liam""",
         "Liam Murphy"),
        ("other", (),
         "PS4 valuation is a joke",
         """Hello,

I brought my PS4 Pro to the Brussels Toison d'Or store yesterday. Boxed, both controllers, factory reset at home so there's nothing of mine on it, PSN account removed, the lot. Your colleague checked the serial number on the computer and offered me €45. FORTY-FIVE. The online tool said up to €110.

I'm not asking for anything to do with my data, I just want to know why the online valuation and the in-store one are so far apart and whether someone can have another look. Otherwise I'll sell it on Facebook.

Best,
Rob Carter""",
         "Rob Carter"),
        ("other", (),
         "Do I need to reset my phone before trade-in?",
         """Hi, quick question before I come in on Saturday. Do I need to do a factory reset on my Samsung myself before bringing it for trade-in, or do your staff wipe it anyway? And do I have to remove my Google account first or does the reset do that? Don't want to get there and find out I can't trade it in. Thanks, Grace""",
         "Grace Mensah"),
        ("other", (),
         "Thank you - Ghent store",
         """Dear team,

I just wanted to say thanks to Jonas at your Ghent Veldstraat store. My mum (82) brought in her old tablet to trade in and was very worried about her photos of the grandchildren. He took the time to back everything up to her new tablet, showed her the reset, and explained what happens to the old device afterwards. She came home very happy.

Not sure this is the right address but I couldn't find another one. Please pass it on.

Best wishes,
Helen Brooks""",
         "Helen Brooks"),
    ],
    "nl": [
        ("complaint", ("access",),
         "MIJN FOTO'S OP EEN TOESTEL DAT JULLIE VERKOCHT HEBBEN",
         """Goedemiddag,

Ik ben werkelijk razend. In september heb ik mijn Samsung S21 ingeruild in jullie winkel in Hasselt (Wijngaard, als dat iets uitmaakt). De verkoper zei letterlijk: "maak u geen zorgen, wij wissen alles volgens een gecertificeerde procedure". Ik heb er dus niet meer naar omgekeken.

Gisteren krijg ik een bericht op Messenger van een wildvreemde vrouw uit Genk. Ze heeft bij jullie een "refurbished" S21 gekocht en toen ze hem opstartte stonden mijn foto's erop. Foto's van mijn kinderen, van mijn identiteitskaart (die ik ooit had gefotografeerd voor een huurcontract), mijn bankapp was nog geïnstalleerd. Zij was zo vriendelijk om me te verwittigen, jullie niet.

Dit is een ernstig datalek en ik had daar van JULLIE over moeten horen. Ik heb vandaag een klacht ingediend bij de Gegevensbeschermingsautoriteit en ik overweeg een advocaat.

Ik wil ook weten: hoeveel mensen hebben dat toestel in handen gehad, is het gewist geweest of niet, en aan wie is het nog doorgegeven (herstellingspartner?).

Met de meeste ongenoegen,
Kristof Vanhoutte
Kuringersteenweg 212, 3500 Hasselt""",
         "Kristof Vanhoutte"),
        ("deletion", (),
         "",
         """Gelieve mijn verkopersaccount op jullie tweedehandsmarkt te verwijderen, met al mijn zoekertjes en berichten. Ik verkoop niks meer. Dank u. Jens Peeters""",
         "Jens Peeters"),
        ("correction", (),
         "verkeerde naam bij beoordelingen",
         """Dag,

Sinds een maand of twee staat bij mijn profiel op jullie tweedehandsplatform een andere achternaam dan de mijne. Ik heet Lien De Smet, maar er staat "Lien De Smedt" bij mijn advertenties én onder de beoordelingen die kopers mij gegeven hebben. Dat lijkt een kleinigheid maar kopers die overschrijven met mijn naam in de mededeling denken nu dat ze bij de verkeerde persoon zitten.

Kunnen jullie dat aanpassen naar De Smet (zonder dt)? In de app kan ik het zelf niet veranderen.

Vriendelijke groeten
Lien""",
         "Lien De Smet"),
        ("portability", (),
         "export inruilgeschiedenis",
         """Hallo,

Ik heb de voorbije drie jaar een stuk of acht toestellen bij jullie ingeruild (gsm's, een Switch, een camera) en telkens een waardebon gekregen. Ik hou mijn budget bij in een app en zou al die transacties daar graag in importeren.

Kunnen jullie mij een bestand bezorgen (csv of excel is perfect) met al mijn inruilingen: datum, toestel, bedrag van de bon en wanneer ik de bon gebruikt heb? Ik heb begrepen dat ik daar volgens de GDPR recht op heb.

Alvast bedankt!
Wouter Claes""",
         "Wouter Claes"),
        ("restriction", (),
         "Geschil over inruil GoPro - niets wissen aub",
         """Beste,

Er loopt momenteel een geschil met jullie klantendienst over de inruil van mijn GoPro Hero 10 (dossier 88-41573). Volgens jullie werkplaats had het toestel een gebarsten lens en krijg ik daarom maar de helft van de beloofde waarde. Ik ben het daar niet mee eens: bij het afgeven was er niets mis en de medewerker heeft toen foto's gemaakt van het toestel en van mijn identiteitskaart.

Zolang dit geschil niet opgelost is, vraag ik jullie om alle gegevens van deze inruil te bewaren zoals ze zijn (ook de foto's van de medewerker en het afgiftebewijs) en ze niet te wissen of aan te passen. Ze mogen ook niet voor iets anders gebruikt worden. Ik heb ze nodig als bewijs.

Met vriendelijke groet,
Annelies Vermeulen""",
         "Annelies Vermeulen"),
        ("objection", ("withdraw_consent",),
         "Naam en gemeente zichtbaar bij zoekertjes",
         """Hallo

Ik zie dat bij elk zoekertje dat ik op jullie tweedehandsmarkt zet, mijn volledige naam en mijn gemeente (Zonnebeke, zo groot is dat niet) getoond worden aan iedereen, ook aan mensen die niet ingelogd zijn. Vorige week stond er iemand aan mijn deur die "toevallig in de buurt was" voor de laptop die ik verkocht. Niet plezant.

Ik wil niet dat mijn naam en woonplaats nog publiek getoond worden bij mijn advertenties. Een gebruikersnaam volstaat.

En nu ik toch schrijf: schrijf me ook uit voor jullie nieuwsbrief "Tweede Leven", die wil ik niet meer krijgen.

Groetjes,
Sofie Lambrecht""",
         "Sofie Lambrecht"),
        ("withdraw_consent", (),
         "Re: Uw inruilbon staat klaar!",
         """Stop met die sms'en aub, ik heb mijn bon al lang opgehaald. Ik wil geen reclame meer via sms of mail.
Marc

> Beste Marc,
>
> Goed nieuws: uw inruilbon van € 85 voor uw iPhone 11 staat klaar!
> Wist u dat u nu tot 20% extra krijgt bij inruil van een tweede toestel?
> Ontdek onze acties in de app.""",
         "Marc Willems"),
        ("other", (),
         "Bestelling 4471-2290 / inruilbon",
         """Dag,

Op 2 april heb ik mijn oude laptop opgestuurd met het gratis verzendlabel voor jullie inruilactie. Volgens de tracking is het pakket op 4 april in jullie magazijn in Willebroek aangekomen. Op de site stond "waardebon binnen 5 werkdagen per mail", maar ik heb nog altijd niks ontvangen (ook niet in spam gekeken, jawel wel gekeken).

Kunnen jullie eens nagaan waar mijn bon blijft? Het ging om € 120.

Mvg
Bart Jacobs""",
         "Bart Jacobs"),
        ("other", (),
         "vraag over refurbished graad B",
         """Hallo, ik twijfel om een refurbished iPad bij jullie te kopen in "graad B". Wat betekent dat precies, zijn dat enkel krasjes op de achterkant of kan het scherm ook krassen hebben? En hoeveel batterijcapaciteit heeft zo'n toestel minimum? Bedankt, Nele""",
         "Nele Maes"),
        ("other", (),
         "Samenwerkingsvoorstel: gecertificeerde datawissing voor uw inruilprogramma",
         """Geachte,

Ik contacteer u namens DataClean Solutions uit Kortrijk. Wij zijn gespecialiseerd in de gecertificeerde wissing van smartphones, laptops en tablets volgens NIST 800-88, met een wissingscertificaat per serienummer.

Wij merken dat steeds meer retailers met een inruil- of buy-backprogramma onder druk komen te staan op het vlak van GDPR: één toestel dat met gegevens van de vorige eigenaar doorverkocht wordt, kan leiden tot een klacht bij de GBA en reputatieschade.

Graag stellen wij u in een kort gesprek voor hoe wij dit voor u kunnen opvangen, in uw eigen werkplaats of in ons centrum. Zou u mij kunnen doorverwijzen naar de verantwoordelijke voor het inruilprogramma?

Met vriendelijke groeten,
Pieter-Jan Declercq
Business Development, DataClean Solutions""",
         "Pieter-Jan Declercq"),
    ],
    "fr": [
        ("access", (),
         "Certificat d'effacement - MacBook repris à Namur",
         """Bonjour,

Le 12 février, j'ai revendu mon MacBook Air (2019) au comptoir de rachat de votre magasin de Namur (rue de Fer). J'ai reçu un bon d'achat de 210 €, pas de souci de ce côté-là.

Par contre, j'avais sur cet ordinateur pas mal de documents professionnels (je suis kiné indépendante, il y avait des fiches de patients...). J'ai fait une réinitialisation moi-même mais je ne suis pas certaine qu'elle ait été complète.

Pourriez-vous m'envoyer un certificat ou un rapport d'effacement des données pour cet appareil (n° de série C02Z84K1LQ5D), et me dire ce qu'il est devenu ensuite (revendu, envoyé chez un reconditionneur, recyclé) ? J'aimerais aussi savoir quelles données me concernant vous avez gardées lors du rachat.

Je vous remercie d'avance.

Bien à vous,
Céline Dufrasne""",
         "Céline Dufrasne"),
        ("deletion", ("withdraw_consent",),
         "copie de ma carte d'identité",
         """Bonjour,

Samedi passé j'ai vendu deux jeux Switch et une manette à votre magasin de Charleroi (Ville 2). Pour 35 € en tout, la dame m'a demandé ma carte d'identité et l'a scannée. Je trouve ça complètement disproportionné pour 35 € de jeux vidéo.

Je vous demande de supprimer la copie de ma carte d'identité et toutes les données que vous avez enregistrées à cette occasion (nom, adresse, numéro de registre national).

Et depuis, je reçois vos mails « Revendez vos vieux appareils » : je n'en veux pas, retirez-moi de vos listes.

Merci de me confirmer la suppression par mail.

Kevin Lambert""",
         "Kevin Lambert"),
        ("complaint", (),
         "Re: Votre demande du 3 janvier",
         """Madame, Monsieur,

Je me permets de vous relancer. Cela fait maintenant plus de deux mois que j'ai envoyé ma demande concernant les données de mon ancien téléphone repris chez vous, et je n'ai rien reçu d'autre que l'accusé de réception ci-dessous. Le délai d'un mois que vous annoncez vous-mêmes est largement dépassé.

Sans réponse de votre part d'ici le 31 mars, j'introduirai une plainte auprès de l'Autorité de protection des données.

Salutations,
Philippe Goffin

> Bonjour Monsieur Goffin,
>
> Nous accusons bonne réception de votre demande relative à vos données
> personnelles. Nous y répondrons dans un délai d'un mois.
>
> Cordialement,
> L'équipe Vie privée""",
         "Philippe Goffin"),
        ("portability", (),
         "Demande de portabilité (art. 20 RGPD) - compte vendeur marketplace",
         """Madame, Monsieur,

En application de l'article 20 du Règlement général sur la protection des données, je vous prie de me transmettre, dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON), l'ensemble des données que j'ai fournies dans le cadre de mon compte vendeur sur votre place de marché d'occasion :

- mes annonces (textes, prix, photos) ;
- l'historique de mes ventes ;
- les évaluations reçues ;
- mes échanges de messages avec les acheteurs.

Je souhaite en effet poursuivre mon activité de revente sur une autre plateforme.

Identifiant du compte : vintage_lens_bxl
Adresse e-mail associée : a.mertens.photo@mail.be

Je vous remercie de bien vouloir donner suite à la présente dans le délai légal.

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Alain Mertens""",
         "Alain Mertens"),
        ("restriction", (),
         "console louée - litige",
         """Bonjour,

J'avais une PS5 en formule « location puis achat » chez vous, que j'ai rendue fin janvier au magasin de Mons. On me réclame maintenant septante-cinq euros pour une rayure sur la console, que je conteste formellement : elle n'y était pas quand je l'ai rendue, et le vendeur avait fait des photos de l'état de l'appareil devant moi.

J'ai ouvert un dossier chez Test-Achats. En attendant que ce litige soit réglé, je vous demande de conserver toutes les données de ma location (contrat, fiche de retour, photos prises au retour) telles quelles, de ne rien effacer, et de ne pas les utiliser à d'autres fins ni les transmettre à une société de recouvrement.

Cordialement,
Nadia Benali""",
         "Nadia Benali"),
        ("objection", (),
         "Outil d'estimation",
         """Bonjour,

J'ai utilisé votre outil d'estimation de reprise en ligne pour mon Galaxy S22. Il m'a demandé le numéro IMEI, le numéro de série, l'état de l'écran, etc. Depuis, je reçois des « offres personnalisées » basées sur mon téléphone, et votre appli me propose tous les jours de le changer.

Je m'oppose à ce que vous utilisiez les informations saisies dans l'outil d'estimation pour me profiler ou me faire de la publicité ciblée. Merci d'en tenir compte.

Stéphanie Renard""",
         "Stéphanie Renard"),
        ("withdraw_consent", ("objection",),
         "",
         """Désinscrivez-moi de la newsletter « Seconde Vie » svp. Et arrêtez de donner mes coordonnées à votre partenaire de reconditionnement, ils m'ont appelé deux fois pour me proposer une assurance. Merci. J-M Collard""",
         "Jean-Marc Collard"),
        ("other", (),
         "J'ai trouvé les photos de quelqu'un dans un téléphone reconditionné",
         """Bonjour,

J'ai acheté la semaine dernière un iPhone 13 reconditionné (grade A) dans votre magasin de Liège Médiacité. En le configurant, je me suis rendu compte que le téléphone n'avait pas été réinitialisé : il y a encore des photos, des contacts et un compte iCloud au nom d'une autre personne.

Je n'ai rien regardé de plus que nécessaire, mais je trouve ça embêtant, pour elle comme pour moi. Que dois-je faire ? Je le rapporte au magasin pour un échange, ou vous préférez que je le renvoie ? Je ne peux de toute façon pas l'utiliser tant que le compte iCloud est dessus.

Merci de me dire comment procéder.

Thomas Lejeune""",
         "Thomas Lejeune"),
        ("other", (),
         "estimation trop basse pour mon appareil photo",
         """Bonjour, je suis passé à Wavre avec mon Nikon D750 + objectif 24-120, en très bon état, moins de 20 000 déclenchements. On m'a proposé 300 € en bon d'achat. C'est ridicule, il se revend 650 € minimum en occasion. Est-ce que quelqu'un peut revoir cette estimation ? Sinon tant pis, je le vendrai ailleurs. Bonne journée, Luc Delvaux""",
         "Luc Delvaux"),
        ("other", (),
         "question carte d'identité rachat",
         """Bonjour,

Petite question de principe : est-il vraiment légal de demander la carte d'identité pour racheter un simple téléphone d'occasion ? Je voudrais revendre le vieux téléphone de mon fils (il a 16 ans), et je me demande si c'est moi qui dois venir avec ma carte ou lui avec la sienne, et si un mineur peut vendre lui-même.

Merci pour votre réponse,
Isabelle Hanquet""",
         "Isabelle Hanquet"),
    ],
    "de": [
        ("access", (),
         "Was haben Sie über mich gespeichert?",
         """Guten Tag,

ich habe im letzten Sommer in Ihrer Filiale in Lüttich (ich wohne in Aachen, bin aber oft drüben) meine alte Sony-Kamera verkauft. Der Mitarbeiter hat damals meinen Personalausweis kopiert und irgendwas in ein "Register" eingetragen. Auf Nachfrage hieß es nur, das sei "für die Polizei".

Ich hätte gerne gewusst:
- welche Daten Sie von mir gespeichert haben (nur Name und Adresse oder die ganze Ausweiskopie mit Foto?),
- wer Zugriff auf dieses Register hat und ob es tatsächlich an die Polizei weitergegeben wurde,
- wie lange das aufbewahrt wird.

Bitte schicken Sie mir eine Kopie der gespeicherten Daten.

Mit freundlichen Grüßen
Stefan Hoffmann
Lütticher Str. 118, 52064 Aachen""",
         "Stefan Hoffmann"),
        ("correction", (),
         "Gutschein an falsche Adresse",
         """Hallo,

ich habe im März mein altes Tablet über Ihr Inzahlungnahme-Programm per Post eingeschickt. Der Gutschein kam nie an, und jetzt sehe ich in meinem Kundenkonto, dass bei Ihnen noch meine alte Adresse in Eupen hinterlegt ist (Hufengasse 7), obwohl ich seit letztem Jahr in St. Vith wohne. Ändern kann ich das im Konto nicht, das Feld ist gesperrt.

Bitte korrigieren Sie meine Adresse auf: Malmedyer Straße 23, 4780 St. Vith. Wegen des Gutscheins melde ich mich separat beim Kundendienst.

Danke und Gruß
Monika Kessler""",
         "Monika Kessler"),
        ("portability", (),
         "Antrag auf Datenübertragbarkeit gemäß Art. 20 DSGVO",
         """Sehr geehrte Damen und Herren,

ich habe bei Ihnen seit Mai 2022 einen Mietkauf-Vertrag ("Erst mieten, dann kaufen") für ein generalüberholtes MacBook Pro, Vertragsnummer MK-2022-05581.

Gemäß Art. 20 DSGVO beantrage ich die Herausgabe der mich betreffenden personenbezogenen Daten, die ich Ihnen im Rahmen dieses Vertrags bereitgestellt habe, insbesondere Vertragsdaten, Zahlungshistorie und Kontaktdaten, in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder JSON).

Sofern technisch machbar, bitte ich außerdem darum, diese Daten direkt an meinen neuen Anbieter, die Firma Grover, zu übermitteln.

Ich bitte um Erledigung innerhalb der gesetzlichen Frist von einem Monat.

Mit freundlichen Grüßen
Dr. Andreas Weber""",
         "Andreas Weber"),
        ("restriction", ("correction",),
         "Eintrag in Ihrem Ankaufsbuch - dringend",
         """Sehr geehrte Damen und Herren,

gestern hat mich die Polizei in Kelmis angerufen. Angeblich stehe ich in Ihrem Ankaufsregister als Verkäufer eines iPad Air, das als gestohlen gemeldet ist. Ich habe Ihnen nie ein iPad verkauft. Ich habe im Februar in Ihrer Filiale Verviers eine Nintendo Switch abgegeben, sonst nichts. Offenbar wurde da etwas vertauscht.

Ich bestreite die Richtigkeit dieses Eintrags. Bis das geklärt ist, verlange ich, dass der Eintrag gesperrt wird und nicht weiter verwendet oder weitergegeben wird, außer natürlich zur Aufklärung. Und danach muss er berichtigt werden: Switch statt iPad.

Ich erwarte eine schnelle Rückmeldung.

Jürgen Lenz
Tel. 0478 61 20 93""",
         "Jürgen Lenz"),
        ("objection", (),
         "Auswertung der Nachrichten auf dem Marktplatz",
         """Hallo,

in Ihren Datenschutzhinweisen für den Gebrauchtwaren-Marktplatz steht, dass Nachrichten zwischen Käufern und Verkäufern "zur Verbesserung unseres Angebots und für personalisierte Empfehlungen ausgewertet" werden. Seitdem ich einem Käufer geschrieben habe, dass ich auch noch eine Drohne habe, bekomme ich Drohnen-Werbung von Ihnen. Das ist doch kein Zufall.

Ich widerspreche der Auswertung meiner Nachrichten für Werbung und Empfehlungen. Die Nachrichten sind für den Käufer bestimmt, nicht für Ihre Marketingabteilung.

Gruß
Lukas Brandt""",
         "Lukas Brandt"),
        ("withdraw_consent", (),
         "",
         """Bitte keine Anrufe mehr wegen Ankaufsangeboten für mein altes Handy. Meine Einwilligung zu Werbeanrufen widerrufe ich hiermit. K. Schröder, 0491 55 73 12""",
         "Karin Schröder"),
        ("complaint", ("access",),
         "Mein zurückgegebener Laptop",
         """Sehr geehrte Damen und Herren,

ich bin fassungslos. Ich hatte bei Ihnen ein Lenovo ThinkPad gemietet (Miete mit Kaufoption) und es im November in Ihrer Filiale Eupen zurückgegeben, weil ich mir den Kauf dann doch nicht leisten konnte. Bei der Rückgabe wurde mir ausdrücklich gesagt, das Gerät werde "komplett zurückgesetzt", ich brauche mich um nichts zu kümmern.

Jetzt ruft mich ein Herr aus Bütgenbach an. Er hat das Gerät bei Ihnen als "generalüberholt" gekauft, und darauf waren meine Steuererklärung, Kontoauszüge und mein eingeloggtes Google-Konto. Er hat meine Nummer aus meinen eigenen Dokumenten!

Das ist ein schwerwiegender Datenschutzverstoß. Ich habe bereits Beschwerde bei der belgischen Datenschutzbehörde eingereicht und behalte mir weitere Schritte vor. Ich erwarte, dass Sie mir mitteilen, wer das Gerät zwischen meiner Rückgabe und dem Verkauf in der Hand hatte, ob es überhaupt gelöscht wurde, und an wen es verkauft wurde.

Mit freundlichen Grüßen
Sabine Krings""",
         "Sabine Krings"),
        ("other", (),
         "Handy zurücksetzen vor Abgabe",
         """Hallo zusammen, wie setze ich mein Samsung A52 richtig zurück, bevor ich es zum Ankauf bringe? Muss ich vorher das Google-Konto entfernen, sonst ist es gesperrt, habe ich gelesen. Und die SIM und SD-Karte nehme ich einfach raus? Danke! Gruß, Felix""",
         "Felix Neumann"),
        ("other", (),
         "Zustand \"Sehr gut\" oder \"Gut\"?",
         """Guten Tag,

ich möchte ein generalüberholtes iPhone 14 bei Ihnen kaufen. Den Unterschied zwischen "Sehr gut" und "Gut" verstehe ich nicht ganz: Hat "Gut" Kratzer auf dem Display oder nur am Rahmen? Und gilt bei beiden die gleiche Garantie? Und ist der Akku geprüft?

Vielen Dank im Voraus
Claudia Maier""",
         "Claudia Maier"),
        ("other", (),
         "Danke für das Löschzertifikat",
         """Sehr geehrtes Team,

vielen Dank für die schnelle Zusendung des Löschzertifikats für mein in Zahlung gegebenes Notebook. Genau das brauchte ich für unsere Praxisunterlagen. Das hat mich wirklich überzeugt, ich werde Ihren Ankaufservice weiterempfehlen.

Mit freundlichen Grüßen
Dr. med. Helga Pauly""",
         "Helga Pauly"),
    ],
    "es": [
        ("deletion", ("withdraw_consent",),
         "Baja del mercado de segunda mano",
         """Hola,

Hace un año me abrí una cuenta en vuestro mercado de segunda mano para vender la cámara réflex de mi padre. Ya la vendí y no pienso vender nada más.

Por favor, borrad mi cuenta de vendedora con todo lo que haya: anuncios, fotos, mensajes con los compradores y valoraciones. Y de paso dejad de mandarme los correos de "Tus artículos podrían valer más de lo que crees", que no los he pedido nunca o no me acuerdo.

Gracias,
Lucía Navarro""",
         "Lucía Navarro"),
        ("access", (),
         "???",
         """Hola. Metí el IMEI y el número de serie de mi móvil en vuestra web para ver cuánto me dabais y ahora me llegan correos con mi nombre y el modelo del móvil. Qué datos tenéis de mí exactamente?? y de dónde los sacasteis?

Javier""",
         "Javier Romero"),
        ("correction", (),
         "Error en mi NIE en el registro de compras",
         """Buenos días:

El pasado 14 de marzo vendí un portátil en su tienda de Bruselas (Rue Neuve). Al revisar el justificante que me dieron, veo que mi número de NIE está mal copiado: pone Y4521873-K cuando el correcto es Y4521378-K. Teniendo en cuenta que ese registro, según me explicaron, se puede entregar a la policía, no quiero que figure un número que no es el mío (o que es de otra persona).

Les ruego que lo corrijan y me confirmen el cambio. Adjunto una copia de mi documento por la parte delantera.

Un saludo,
Marta Gil Fernández""",
         "Marta Gil Fernández"),
        ("restriction", (),
         "No borréis el chat con el comprador",
         """Hola:

Hace dos semanas vendí una Nintendo Switch en vuestro mercado de segunda mano a un usuario que me pagó con una transferencia que luego anuló. Tengo abierta una denuncia en la comisaría de Ixelles y el abogado me pide las conversaciones.

Sé que pedí la semana pasada que borraseis mi cuenta, pero por favor NO borréis todavía las conversaciones con ese comprador ni los datos de esa venta hasta que esto se resuelva. Que se queden guardadas y que no se usen para nada más, pero las necesito para la reclamación.

Muchas gracias,
Álvaro Ruiz""",
         "Álvaro Ruiz"),
        ("objection", (),
         "Cesión de datos a socio de reacondicionamiento",
         """Estimados señores:

He leído en su política de privacidad del programa de recompra que los datos de los dispositivos entregados (modelo, IMEI, estado) junto con los datos de contacto del cliente se comunican a su "socio de reacondicionamiento" también "con fines comerciales propios".

Me opongo a que mis datos personales se cedan a ese socio o a cualquier otro tercero con fines comerciales. Para la gestión de la recompra en sí no tengo inconveniente.

Atentamente,
Carmen Ortega Blanco""",
         "Carmen Ortega Blanco"),
        ("withdraw_consent", (),
         "",
         """Baja de los SMS de ofertas de recompra por favor. 0484 17 62 30. Gracias""",
         "Pablo Serrano"),
        ("complaint", ("deletion",),
         "Re: Su solicitud de supresión",
         """Pues me parece inaceptable. Lo de conservar un registro lo entiendo, pero no me dijeron que el empleado iba a fotografiar mi DNI con SU PROPIO MÓVIL, que es lo que pasó en la tienda de Anderlecht. ¿Dónde está esa foto ahora? ¿En su galería, en su WhatsApp?

Quiero que esa foto se borre del móvil del empleado ya, y voy a presentar una reclamación ante la autoridad de protección de datos (la belga, y si hace falta la AEPD, que soy española).

Raquel Domínguez

> Estimada Sra. Domínguez:
>
> En respuesta a su solicitud de supresión de la copia de su documento de identidad,
> le informamos de que, como comerciantes de artículos de segunda mano, estamos
> obligados por ley a conservar un registro de las compras a particulares,
> con los datos de identidad del vendedor, durante el plazo legal.
>
> Un saludo,
> Equipo de Privacidad""",
         "Raquel Domínguez"),
        ("other", (),
         "Vale de recompra no recibido",
         """Hola, entregué mi iPhone 11 en la tienda de Namur el día 3 y me dijeron que el vale de 90 € me llegaría por email en 48 horas. Ya han pasado 10 días y nada. Pedido/referencia TRD-558120. ¿Me podéis decir qué pasa? Gracias, Sergio""",
         "Sergio Castillo"),
        ("other", (),
         "Pregunta antes de comprar un reacondicionado",
         """Buenas tardes,

Estoy pensando en comprar un portátil reacondicionado en su web, pero me da un poco de miedo por lo que se lee en la prensa: que a veces aparecen con archivos del dueño anterior o con programas espía.

¿Qué proceso siguen para borrar los equipos antes de venderlos? ¿Reinstalan el sistema desde cero? Es solo para quedarme tranquila antes de comprar.

Un saludo,
Elena Morales""",
         "Elena Morales"),
        ("other", (),
         "Candidatura - técnico de reacondicionamiento",
         """Estimado equipo:

Me dirijo a ustedes para presentar mi candidatura a un puesto de técnico en su taller de reacondicionamiento, por si tuvieran vacantes. Tengo cinco años de experiencia en reparación de móviles y portátiles en Valencia y Bruselas, y conozco el borrado seguro de datos con herramientas certificadas (Blancco) y la emisión de certificados de borrado para cada equipo, algo que sé que es clave en un programa de recompra por el RGPD.

Hablo español, francés e inglés. Adjunto mi CV.

No he encontrado otra dirección de contacto, disculpen si no es la adecuada.

Atentamente,
Daniel Vidal""",
         "Daniel Vidal"),
    ],
    "it": [
        ("complaint", ("deletion",),
         "Sollecito - nessuna risposta",
         """Buongiorno,

vi ho scritto il 3 marzo a questo indirizzo chiedendo la cancellazione della copia della mia carta d'identità e dei miei dati presi quando ho venduto il mio vecchio iPhone nel vostro negozio di Bruxelles-Midi. Sono passate sei settimane e non ho ricevuto NIENTE, nemmeno una conferma di ricezione.

Vi ricordo che avete un mese per rispondere. Se entro dieci giorni non ricevo una risposta e la cancellazione dei dati (almeno di quelli che non siete obbligati a tenere), presenterò reclamo all'Autorità belga per la protezione dei dati, e per conoscenza anche al Garante.

Distinti saluti,
Francesca Moretti""",
         "Francesca Moretti"),
        ("access", (),
         "certificato di cancellazione",
         """Salve, a gennaio ho dato in permuta il mio Surface Pro 7 nel negozio di Liegi. Mi potete mandare il certificato di cancellazione dei dati di quel dispositivo? E sapere se è stato rivenduto o smaltito. C'erano dentro i documenti del mio lavoro.
Grazie
Marco Colombo""",
         "Marco Colombo"),
        ("correction", (),
         "Email sbagliata nel mio account permuta",
         """Buonasera,

quando ho fatto la permuta del mio Samsung in negozio l'impiegato ha scritto la mia email sbagliata: ha messo "giulia.ricci87@gmial.com" invece di gmail. Risultato: il buono e la ricevuta li ha ricevuti chissà chi (se esiste quell'indirizzo) e io niente.

Potete correggere l'indirizzo nel mio profilo in giulia.ricci87@gmail.com? Il numero di telefono invece è giusto.

Grazie mille,
Giulia Ricci""",
         "Giulia Ricci"),
        ("deletion", (),
         "",
         """Cancellate per favore il mio profilo venditore del marketplace usato, tutti i messaggi con gli acquirenti e le recensioni. Username: pietro_g_ixl. Grazie. Pietro Galli""",
         "Pietro Galli"),
        ("portability", (),
         "Trasferimento dati contratto noleggio",
         """Gentile servizio clienti,

ho un contratto di noleggio con riscatto ("prima noleggi, poi compri") per un iPad Pro ricondizionato, contratto n. NR-23-10447. Ho deciso di passare a un altro operatore di noleggio, che mi chiede lo storico del contratto e dei pagamenti.

Ai sensi dell'art. 20 del GDPR vi chiedo di trasmettere direttamente a loro (Rentomatic SRL, privacy@rentomatic.example.it) i dati che vi ho fornito e lo storico dei pagamenti in un formato leggibile da macchina, oppure, se non è possibile, di inviarli a me in CSV.

Cordiali saluti,
Alessandro Conti""",
         "Alessandro Conti"),
        ("objection", (),
         "Chiamata da un vostro partner assicurativo",
         """Buongiorno,

la settimana scorsa ho usato il vostro strumento di valutazione online per la permuta, inserendo IMEI e numero di serie del mio telefono e il mio numero di cellulare per ricevere il preventivo. Due giorni dopo mi ha chiamato una compagnia che si è presentata come "vostro partner" per propormi un'assicurazione sul telefono nuovo, conoscendo già il modello.

Non voglio che i miei dati vengano passati a partner per proporre prodotti loro. Mi oppongo a questa comunicazione dei miei dati a terzi.

Saluti,
Roberta Fontana""",
         "Roberta Fontana"),
        ("withdraw_consent", ("objection",),
         "newsletter e profilazione",
         """Buongiorno, vi chiedo di togliere il mio consenso alla newsletter "Seconda Vita" e agli SMS promozionali. Inoltre non voglio che analizziate i miei acquisti di prodotti ricondizionati per mandarmi offerte personalizzate. Grazie. Davide Marino""",
         "Davide Marino"),
        ("other", (),
         "Valutazione PS5 troppo bassa",
         """Buongiorno,

ieri ho portato la mia PS5 con lettore, due controller e scatola originale nel negozio di Anversa. Perfetta, l'avevo già resettata e avevo scollegato il mio account PSN. Mi avete offerto 190 euro di buono. Sul vostro sito la stessa console ricondizionata la vendete a 449!

Capisco il margine, ma così è un furto. Potete rivedere la valutazione? Altrimenti la vendo privatamente.

Saluti,
Stefano Bruno""",
         "Stefano Bruno"),
        ("other", (),
         "Telefono ricondizionato bloccato con ID Apple",
         """Salve,

ho comprato da voi online un iPhone 12 ricondizionato (ordine 7781-4402) e quando l'ho acceso mi chiede l'ID Apple del precedente proprietario. Non posso fare niente, il telefono è inutilizzabile. Mi sembra assurdo per un prodotto "controllato e certificato".

Voglio sapere come fare il reso o la sostituzione il prima possibile.

Paola Greco""",
         "Paola Greco"),
        ("other", (),
         "SIM dimenticata nel telefono in permuta",
         """Buongiorno, sabato ho dato in permuta il mio vecchio Xiaomi nel negozio di Charleroi e solo a casa mi sono accorto di aver lasciato dentro la SIM (e la scheda microSD con le foto delle vacanze). È possibile recuperarle? Passo io in negozio se ci sono ancora. Grazie, Luca Ferri""",
         "Luca Ferri"),
    ],
    "pt": [
        ("access", (),
         "Pedido de acesso aos dados - retoma de consola",
         """Exmos. Senhores,

No dia 9 de dezembro vendi a minha Xbox Series S no balcão de retoma da vossa loja de Bruxelas (Woluwe). Na altura foi-me pedido o cartão de cidadão, que foi digitalizado, e foram registados vários dados meus.

Ao abrigo do artigo 15.º do RGPD, solicito que me informem:
1. que dados pessoais meus guardaram nessa ocasião (incluindo se guardaram a imagem completa do documento);
2. para que finalidades e com que fundamento;
3. a quem foram ou podem ser comunicados (nomeadamente às autoridades policiais);
4. durante quanto tempo serão conservados.

Solicito ainda uma cópia desses dados.

Com os melhores cumprimentos,
Rui Fernandes""",
         "Rui Fernandes"),
        ("correction", (),
         "localidade errada nos anúncios",
         """Olá,

nos meus anúncios do vosso marketplace de usados continua a aparecer "Charleroi" como localidade, mas mudei-me para Liège em janeiro. Já alterei a morada no perfil mas nos anúncios não muda. Os compradores estão sempre a perguntar se podem ir buscar a Charleroi...

Podem corrigir para Liège por favor?

Obrigada
Ana Sousa""",
         "Ana Sousa"),
        ("deletion", ("withdraw_consent",),
         "apagar conta de retoma",
         """Boa tarde,

criei uma conta na vossa aplicação só para fazer a retoma do meu telemóvel antigo. Já recebi o vale e já o gastei. Peço que apaguem essa conta e os dados associados (tirando o que a lei vos obriga a guardar, já percebi que há um registo) e que deixem de me enviar emails e notificações com "ofertas de retoma".

Cumprimentos,
Tiago Martins""",
         "Tiago Martins"),
        ("portability", (),
         "",
         """Bom dia, consigo receber num ficheiro (excel ou csv) o histórico de todas as minhas retomas e dos vales que recebi? Quero passar isto para outro serviço. Obrigado, Nuno Carvalho""",
         "Nuno Carvalho"),
        ("restriction", (),
         "Telemóvel retomado com os meus dados - não apaguem nada",
         """Exmos. Senhores,

Em novembro entreguei o meu Samsung Galaxy S20 para retoma na vossa loja de Gand. Há duas semanas fui contactada por uma pessoa que comprou esse aparelho recondicionado e que encontrou as minhas fotografias e a minha conta de email ainda abertas.

Apresentei queixa na polícia e estou a preparar uma reclamação com a ajuda de um advogado. Por isso peço expressamente que conservem todos os registos relacionados com essa retoma (ficha de retoma, registo de compra, relatório de apagamento de dados se existir, registo de venda do aparelho recondicionado) e que não os apaguem nem alterem até ao fim deste processo. Preciso deles como prova.

Com os melhores cumprimentos,
Inês Rodrigues""",
         "Inês Rodrigues"),
        ("withdraw_consent", (),
         "Re: Obrigado pela sua retoma!",
         """Não quero receber mais nada disto. Retiro o consentimento para emails e SMS de marketing.
Paulo

> Olá Paulo,
>
> Obrigado por ter escolhido a nossa retoma! O seu vale de 60 € já está disponível.
> Sabia que pode ganhar ainda mais ao trocar o seu tablet ou a sua consola?
> Subscreva os nossos alertas e seja o primeiro a saber das nossas promoções.""",
         "Paulo Gomes"),
        ("complaint", ("access",),
         "Tablet devolvido com a minha conta Google - inadmissível",
         """Boa noite,

Escrevo porque estou indignada. Tive um tablet Samsung convosco em regime de "alugar e depois comprar" e devolvi-o em fevereiro na loja de Antuérpia. A funcionária disse-me que não me preocupasse, que eles faziam o reset.

Na semana passada recebi alertas da Google a dizer que alguém tinha acedido à minha conta a partir desse tablet. Alguém estava a ver os meus emails, as minhas fotos, os meus contactos! Ou seja, o tablet foi alugado ou vendido a outra pessoa sem ser apagado.

Isto é uma falha gravíssima. Já mudei todas as palavras-passe e vou apresentar queixa à autoridade belga de proteção de dados (e à CNPD, se for preciso). Quero também saber a quem entregaram o tablet depois da minha devolução e se ele foi ou não apagado.

Maria João Pereira""",
         "Maria João Pereira"),
        ("other", (),
         "Vale da retoma ainda não recebido",
         """Olá, entreguei o meu portátil para retoma no dia 2 de maio (ref. TRD-603377) e ainda não recebi o vale de 150 €. No site diz 5 dias úteis. Podem verificar? Obrigado, Carlos Lopes""",
         "Carlos Lopes"),
        ("other", (),
         "recondicionado grau A",
         """Bom dia,

queria comprar um iPhone 13 recondicionado de grau A. O que é que isso quer dizer exatamente: está como novo? A bateria é substituída ou só testada? E a garantia é de 1 ou 2 anos?

Obrigada,
Sofia Almeida""",
         "Sofia Almeida"),
        ("other", (),
         "Vender telemóvel do meu pai falecido",
         """Boa tarde,

O meu pai faleceu em março e deixou um telemóvel e um portátil praticamente novos. Gostaria de os vender no vosso balcão de compra de usados. Como os aparelhos não estão em meu nome, que documentos tenho de levar? Basta o meu cartão de cidadão ou precisam também da certidão de óbito ou da habilitação de herdeiros?

Obrigado pela ajuda,
José Ribeiro""",
         "José Ribeiro"),
    ],
}

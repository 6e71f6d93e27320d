"""Person mail for the sixtyfifth set (make_sixtyfifth.py), languages en nl fr de es it pt, theme: at-home installation, assembly and planning services. Written apart from the rules (see make_sixtyfifth.py)."""

PEOPLE_JE = {
    "en": [
        ("access", (),
         "Who had our door code?",
         """Hello,

We had a sofa bed and a wardrobe delivered and assembled on Tuesday (order 40-118273). Because neither of us could be home, I put the code for the building door and the code of the key box in the order notes, as your website suggests.

This morning our neighbour told us that a man in a van with a different company name on it tried the door code twice last night and then drove off. It may be nothing, but I'd like to know exactly who received that note. Was it only the two assembly men who came on Tuesday, or was it also passed on to the delivery firm, a subcontractor, a call centre? Which company were the assembly men actually working for, and how long do you keep those order notes?

We're changing the codes today anyway, but I want a straight answer on where that information went.

Thanks,
Rebecca Doyle
Rue Gachard 14, 1050 Ixelles""",
         "Rebecca Doyle"),
        ("deletion", (),
         "",
         """pls delete the kitchen plan and all the photos the planner took of our house, we went with another kitchen firm. account email is j.whitfield@mailbox.example

James""",
         "James Whitfield"),
        ("correction", (),
         "Wrong phone number on job sheet - order 40-120554",
         """Hi there,

The installer for our dishwasher rang a number that isn't mine yesterday, and a very confused lady in Liège apparently told him she hadn't ordered anything. He then left without installing it.

I checked the confirmation and the phone number on the job sheet is 0478 12 34 56, mine is 0478 21 34 56 — two digits swapped. Could you please correct it on the order and on my customer account so this doesn't happen again on the new date? The address (Avenue de Tervueren 201, 1150 Woluwe-Saint-Pierre) is correct.

Many thanks,
Owen Price""",
         "Owen Price"),
        ("portability", ("deletion",),
         "Our 3D kitchen plan",
         """Dear privacy team,

Last spring one of your planners came to measure our kitchen and we spent two evenings in the online room planner working on the layout. Everything is saved in my account: the floor plan with the measurements, the 3D design and the list of units.

We've decided to have the kitchen built by a local joiner instead. Could you send me the floor plan and the design in a file he can actually open and import (not just a PDF screenshot — an export with the dimensions, positions of the units, window and door sizes, pipes etc.)? If you can send it straight to him that would be even better: info@joinery-vandamme.example.

Once he has it, please remove the plan and the measurements from my account. I don't see the point in you keeping them.

Kind regards,
Siobhan Kelly""",
         "Siobhan Kelly"),
        ("objection", (),
         "Photos of our bathroom on your website",
         """Hello,

I was looking at your bathroom renovation page and there's our bathroom. Same green tiles, same mirror, and you can see the edge of my daughter's drawing on the door. The fitters took some photos "for the quality report" when they finished in March, nobody said anything about using them for advertising.

I'm not after compensation and I'm not going to make a fuss, but I'd like you to stop using those pictures — on the site, in the brochure, wherever else they might be. It's our home.

Regards,
Martin Hughes""",
         "Martin Hughes"),
        ("withdraw_consent", (),
         "Texts",
         """Since the wardrobe was fitted I get a text almost every week about "home services offers" and discounts on kitchen planning. I must have ticked something at the appointment. Please take me off the texts and the emails. Number 0495 66 20 81.

Claire""",
         "Claire Benson"),
        ("complaint", ("access",),
         "Formal complaint – conduct of your installation technician",
         """To whom it may concern,

On 4 June a technician from your partner firm installed a smart thermostat and two cameras in my flat (order 40-117990). The work itself was fine. However, the same evening he sent me a WhatsApp message ("nice to meet you, if you ever need anything…"), and two days later he sent me a friend request on Facebook under his own name. I never gave him my number or my surname; he could only have taken them from your job sheet.

I find this completely unacceptable. I was alone in the flat with this man for two hours and he now knows where I live, what my alarm setup is and how to contact me. I want to know what your partner firm received about me — name, phone, address, codes, anything else — and whether that firm or the technician still has it.

I expect a written reply within the legal deadline. I have already kept screenshots of the messages and if I am not satisfied with your answer I will lodge a complaint with the Data Protection Authority (APD/GBA).

Yours faithfully,
Hannah Sutherland""",
         "Hannah Sutherland"),
        ("other", (),
         "Scratched worktop",
         """Hi,

Our oak worktop was fitted on Friday and there's a long scratch next to the hob, about 20 cm. The fitter said it was already there when he unpacked it, and to "mention it to the shop". I've attached three photos.

I'm not sure this is the right address, your contact form keeps crashing. Can someone tell me whether you'll replace the worktop or send someone to sand it?

Order 40-121007.

Thanks,
Daniel Moore""",
         "Daniel Moore"),
        ("other", (),
         "Question before booking a kitchen planner",
         """Hello,

We're thinking about booking a kitchen planning appointment at home. A friend said your planner took photos of every corner of her kitchen and all the pipes. That's fine by me, I just want to know in advance so I can tidy up and move the kids' stuff out of the way. Is it normal for the planner to photograph the whole room, and roughly how long does the visit take?

Also, can I keep using the online planner afterwards to play with the layout myself?

Thanks a lot,
Priya Natarajan""",
         "Priya Natarajan"),
        ("other", (),
         "Re: Your installation appointment on 12/09",
         """Hi,

Can we move this to the following week? I'm away on the 12th. Any morning works. The key will be in the key safe as before, same code as written on the order, nothing changes there.

Cheers,
Tom

> Dear customer,
> Your installation (washing machine + dryer stacking kit) is scheduled for
> Thursday 12/09 between 8:00 and 12:00. Our technician will call you 30 minutes
> before arrival.
> Kind regards,
> Home Services Team""",
         "Tom Fletcher"),
    ],
    "nl": [
        ("access", (),
         "Re: uw aanvraag 2024-0871",
         """Goeiemiddag,

Dat is niet wat ik gevraagd heb. Ik wil geen samenvatting van "de gegevens in uw klantenaccount", ik wil alles wat jullie keukenplanner over ons genoteerd heeft toen hij hier kwam opmeten: zijn notities, de foto's van onze keuken en de kelder, wat hij over ons budget geschreven heeft, en aan wie dat allemaal is doorgestuurd (de plaatser? de fabrikant van de kasten?). Hij zat hier anderhalf uur met een tablet te typen, dus er moet meer zijn dan een naam en een adres.

Graag een volledige kopie.

Met vriendelijke groeten,
Bart Vermeulen
Kortrijksesteenweg 402, 9000 Gent

> Beste heer Vermeulen,
> Naar aanleiding van uw vraag van 3 maart bezorgen wij u in bijlage een overzicht
> van de gegevens in uw klantenaccount (naam, adres, e-mailadres, telefoonnummer,
> bestelhistoriek).
> Met vriendelijke groeten,
> Team Privacy""",
         "Bart Vermeulen"),
        ("correction", (),
         "verkeerd adres op werkbon",
         """Dag,

De monteur voor onze gordijnrails stond vanmorgen aan nummer 18 in plaats van 81. Op de werkbon staat Stationsstraat 18, 8500 Kortrijk, maar wij wonen op nummer 81. In mijn account staat het wel juist, dus ik snap niet goed waar het fout loopt. Kunnen jullie dat overal aanpassen, ook bij die firma die de montage doet? Anders gebeurt het volgende keer weer.

Mvg,
Els Declercq""",
         "Els Declercq"),
        ("deletion", ("withdraw_consent",),
         "Badkamerplan en foto's",
         """Beste,

Vorig jaar is er iemand van jullie bij ons een badkamer komen opmeten. Er is uiteindelijk niets van gekomen. Nu zie ik dat het plan, de grondplannen van ons huis en een twintigtal foto's (ook van de slaapkamer ernaast!) nog altijd in mijn account staan.

Ik wil dat alles gewist wordt: het plan, de afmetingen, de foto's, de notities. En ik wil ook geen nieuwsbrief meer, ik heb dat toen aangevinkt maar dat was niet de bedoeling.

Alvast bedankt,
Sofie Peeters""",
         "Sofie Peeters"),
        ("restriction", (),
         "Schade na plaatsing vaatwasser – gegevens NIET wissen",
         """Geachte,

Op 14 februari werd bij ons een inbouwvaatwasser geplaatst door jullie partner. Twee weken later hadden we waterschade in de keuken en de kelder; volgens de expert van onze verzekering is de afvoerslang verkeerd aangesloten. Jullie klantendienst zegt dat de plaatsing correct was.

Ik weet dat jullie gegevens na een tijd automatisch opruimen. Ik vraag uitdrukkelijk om het installatierapport, de foto's die de monteur na de plaatsing nam, de naam van de monteur en de tijdstippen van het bezoek te bewaren zolang dit geschil loopt. Gebruik ze voor niets anders, maar wis ze niet: onze verzekeraar en eventueel onze advocaat zullen ze nodig hebben.

Met vriendelijke groeten,
Koen Janssens
Dossier verzekering: KBC 24/55810""",
         "Koen Janssens"),
        ("objection", (),
         "Doorgeven aan partnerfirma's",
         """Hallo,

Sinds jullie onze parketvloer zijn komen opmeten krijg ik telefoontjes van een vloerenfirma uit Aalst en een firma in zonnepanelen die "via jullie" mijn gegevens hebben. Blijkbaar geven jullie adressen van mensen die iets laten opmeten door aan "partners".

Ik heb daar nooit om gevraagd. Stop daar mee wat mij betreft, ik wil niet dat mijn naam, adres of nummer nog naar wie dan ook gaat behalve de plaatser die effectief bij ons komt werken.

Groeten,
Wim Van Damme""",
         "Wim Van Damme"),
        ("withdraw_consent", (),
         "",
         """Gelieve mij niet meer te bellen of te sms'en voor enquêtes en aanbiedingen na elke levering. Ik heb dat ooit toegestaan maar trek dat bij deze in. 0472 19 88 03

An Wouters""",
         "An Wouters"),
        ("complaint", ("deletion",),
         "Klacht: onze alarmcode",
         """Geachte heer, mevrouw,

Bij de bestelling van een slimme deurbel en twee camera's (bestelling 40-116204) heb ik in de opmerkingen onze alarmcode gezet, omdat de installateur het alarmsysteem moest koppelen en wij niet thuis zouden zijn. Jullie website vraagt daar zelf om ("noteer hier toegangscodes").

Vorige week belde een onbekende man ons om te zeggen dat hij "de installatie van zijn collega" kwam nakijken, en hij kende onze alarmcode. Wij hebben niemand binnengelaten en de politie verwittigd. Die code is dus door jullie of jullie onderaannemer doorgegeven aan iemand die daar niets mee te maken heeft.

Dat jullie klanten vragen om alarmcodes in een vrij tekstveld te zetten dat blijkbaar bij allerlei mensen terechtkomt, vind ik onaanvaardbaar. Ik dien hierover klacht in bij de Gegevensbeschermingsautoriteit. Daarnaast eis ik dat die code onmiddellijk overal verwijderd wordt, bij jullie en bij de installatiefirma.

Hoogachtend,
Geert Maes""",
         "Geert Maes"),
        ("other", (),
         "installateur niet komen opdagen",
         """Dag,

Voor de tweede keer op rij is de installateur voor onze inbouwoven niet gekomen. Ik had een halve dag verlof genomen. Niemand belt, niemand verwittigt. Bestelnummer 40-119342.

Ik weet niet of ik hier juist zit maar bij de klantendienst hang ik al 40 minuten aan de lijn. Kan iemand mij een nieuwe datum geven, en liefst een die ook doorgaat?

Nathalie Goossens""",
         "Nathalie Goossens"),
        ("other", (),
         "Vraag over de online keukenplanner",
         """Hallo,

Jullie planner is bij ons geweest en heeft een 3D-plan van de keuken gemaakt, dat staat nu in mijn account. Mag ik dat plan zelf verder aanpassen in de online planner (andere kastjes, ander werkblad), of moet ik daarvoor opnieuw een afspraak maken? En als ik iets aanpas, ziet de planner dat dan ook of moet ik het hem laten weten?

Bedankt!
Jeroen De Smet""",
         "Jeroen De Smet"),
        ("other", (),
         "ontbrekende vijs",
         """Goeiedag, bij de kast die gisteren gemonteerd is ontbreekt 1 scharnier vijs, de monteur had er geen meer bij. deur hangt scheef. kunnen jullie er eentje opsturen? Bestelling 40-120087, Mechelsesteenweg 55 2500 Lier.

Dank u
Lotte""",
         "Lotte Claes"),
    ],
    "fr": [
        ("access", (),
         "Question",
         """Bonjour,

qu'est-ce que vous avez exactement sur moi?? depuis le rendez-vous avec votre cuisiniste je reçois des choses bizarres, et je ne sais même plus ce que j'ai donné comme infos ce jour-là. Je voudrais tout voir svp.

Mme Lejeune
Rue de Fragnée 33, 4000 Liège""",
         "Martine Lejeune"),
        ("correction", (),
         "Fiche d'intervention – mauvais numéro",
         """Bonjour,

Le technicien qui devait venir installer notre lave-linge n'a pas pu me joindre : sur la fiche d'intervention figure le numéro de mon ex-mari (0476 55 21 09). Mon numéro est le 0485 30 12 77. Pouvez-vous corriger cela sur la commande 40-118861 et dans mon compte client, et vous assurer que l'ancien numéro n'apparaisse plus nulle part ? Je n'ai pas envie qu'il soit averti de mes livraisons.

Merci d'avance,
Sandrine Collard""",
         "Sandrine Collard"),
        ("deletion", (),
         "Reprise de l'ancien appareil",
         """Bonjour,

Lors de la livraison de notre nouveau frigo américain, vos livreurs ont repris l'ancien (un modèle connecté de 2019). Je me rends compte seulement maintenant que l'application était encore liée à mon compte, avec mon adresse mail et le réseau wifi de la maison, et que sur la fiche de reprise le livreur a noté mon numéro de compte pour « un éventuel remboursement de la cotisation Recupel ».

Je vous demande d'effacer ces données : le numéro de compte sur la fiche de reprise, et de faire le nécessaire pour que l'appareil soit réinitialisé avant d'être recyclé ou revendu. Pouvez-vous me confirmer que c'est fait ?

Cordialement,
Philippe Dubois
Avenue des Combattants 8, 1340 Ottignies""",
         "Philippe Dubois"),
        ("portability", (),
         "Plan de la salle de bains",
         """Bonjour,

Votre conseillère est venue chez nous en avril pour concevoir notre salle de bains ; le plan 3D et le relevé des mesures sont dans mon compte. Nous avons finalement confié les travaux à un entrepreneur de Namur, qui me demande le fichier du plan dans un format qu'il peut importer dans son logiciel (DXF, ou au moins un fichier avec les cotes, pas une image).

Pourriez-vous lui transmettre directement ces données (plan, mesures, emplacement des arrivées d'eau) à l'adresse bureau@renov-meuse.example ? Sinon, envoyez-les-moi et je ferai suivre.

Merci,
Julien Lambert""",
         "Julien Lambert"),
        ("restriction", ("correction",),
         "Mesures pour les rideaux – contestation",
         """Madame, Monsieur,

Le 2 octobre, votre métreur est venu prendre les mesures de nos fenêtres pour des rideaux sur mesure. Le relevé qu'il a enregistré dans mon compte est manifestement faux : la baie du salon y figure à 1,80 m alors qu'elle fait 2,40 m, et il a noté « client a refusé la pose des tringles », ce qui est inexact.

Tant que ce n'est pas vérifié, je vous demande de ne pas utiliser ces données : pas de fabrication, pas de facturation sur cette base, et que cette mention ne soit pas utilisée contre moi si je conteste la commande. Je vous demande ensuite de corriger les mesures et de retirer la mention erronée.

Je reste disponible pour un nouveau rendez-vous.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
Catherine Renard
Chaussée de Waterloo 1120, 1180 Uccle""",
         "Catherine Renard"),
        ("objection", ("withdraw_consent",),
         "Publicités cuisine",
         """Bonjour,

Depuis que j'ai utilisé votre planificateur de cuisine en ligne, je ne vois plus que des pubs pour vos électroménagers, en blanc mat comme dans mon projet, sur Facebook, sur les sites d'info, partout. Visiblement vous analysez ce qu'on dessine dans le planificateur pour nous cibler.

Je m'oppose à ce que vous utilisiez mon projet et mon comportement sur le planificateur pour du profilage ou de la pub ciblée. Et tant qu'on y est, désinscrivez-moi de la newsletter.

Bonne journée,
Nicolas Mertens""",
         "Nicolas Mertens"),
        ("withdraw_consent", ("deletion",),
         "Retrait du consentement – photos de notre cuisine",
         """Madame, Monsieur,

Lors de la réception de notre cuisine le 15 mai 2024, j'ai signé un formulaire autorisant l'utilisation de photos de la cuisine installée à des fins de communication (catalogue, site internet, réseaux sociaux).

Conformément à l'article 7, paragraphe 3, du RGPD, je retire ce consentement avec effet immédiat. Par voie de conséquence, je vous prie de supprimer les photographies prises chez nous de vos supports et de vos archives, et de me confirmer par écrit que c'est chose faite.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Anne-Françoise Delvaux
Rue du Château 7, 5030 Gembloux""",
         "Anne-Françoise Delvaux"),
        ("other", (),
         "Plan de travail rayé + charnière",
         """Bonjour,

Notre cuisine a été montée lundi (commande 40-117453). Le plan de travail a une rayure profonde près de l'évier et une porte de meuble haut ne ferme pas, il manque apparemment une pièce de la charnière. Le monteur a dit qu'il repasserait mais personne ne nous a recontactés.

Je sais que cette adresse est pour la vie privée mais le service client ne répond pas. Pouvez-vous transmettre ?

Merci,
Fabienne Gérard""",
         "Fabienne Gérard"),
        ("other", (),
         "Proposition de collaboration – pose et montage",
         """Bonjour,

Je suis gérant d'une société de montage de meubles et de pose de cuisines active dans le Hainaut et le Brabant wallon (12 techniciens, assurés, en règle avec l'ONSS). Nous travaillons déjà pour deux enseignes et cherchons à développer de nouveaux partenariats.

Nos fiches d'intervention sont digitales, les codes d'accès des clients ne sont jamais imprimés et sont effacés après l'intervention — un point qui intéresse souvent nos partenaires.

Pourriez-vous transmettre ce message à la personne responsable des services à domicile ? Je serais ravi de vous présenter notre offre.

Cordialement,
Thierry Lemaire
Lemaire Montage SRL – Mons""",
         "Thierry Lemaire"),
        ("other", (),
         "merci",
         """Bonjour, juste un petit mot pour dire merci à Karim qui est venu installer notre hotte et notre plaque hier, travail impeccable, il a même ramassé la poussière. Je lui ai mis 5 étoiles dans l'appli mais je voulais le dire aussi ici.

Bonne journée
Véronique""",
         "Véronique Hubert"),
    ],
    "de": [
        ("correction", (),
         "Falsche Adresse im Montageauftrag",
         """Guten Tag,

im Montageauftrag für unseren Kleiderschrank (Bestellung 40-119015) steht als Adresse „Aachener Str. 17, 4700 Eupen". Wir wohnen aber seit Januar in der Herbesthaler Str. 17. Die Lieferung kam zum Glück richtig an, aber die Monteure sind zur alten Adresse gefahren.

Bitte korrigieren Sie die Adresse im Auftrag und in meinem Kundenkonto, damit der nächste Termin klappt. Die alte Adresse können Sie überall rausnehmen.

Mit freundlichen Grüßen
Stefan Kessler""",
         "Stefan Kessler"),
        ("deletion", (),
         "WLAN-Passwort im Auftragsschein",
         """Hallo,

bei der Installation unserer Smart-Home-Heizungssteuerung hat der Techniker unser WLAN-Passwort in den Auftragsschein geschrieben (ich habe eine Kopie bekommen, da steht es im Feld „Bemerkungen" in Klarschrift). Außerdem hat er die App zuerst mit seinem eigenen Konto eingerichtet und danach auf meins übertragen.

Ich möchte, dass das WLAN-Passwort aus Ihren Unterlagen und denen der Installationsfirma gelöscht wird, und ebenso alles, was von unserer Anlage (Geräte-IDs, Grundriss mit den Thermostaten) noch auf dem Konto des Technikers bzw. bei Ihnen gespeichert ist. Bitte bestätigen Sie mir die Löschung.

Danke und Gruß
Markus Schröder""",
         "Markus Schröder"),
        ("portability", ("deletion",),
         "Datenübertragung Küchenplanung",
         """Sehr geehrte Damen und Herren,

im Rahmen einer Küchenplanung wurden von Ihrem Küchenplaner im Februar bei uns Aufmaß, Fotos und ein 3D-Entwurf erstellt, die in meinem Kundenkonto gespeichert sind. Ich mache gemäß Art. 20 DSGVO von meinem Recht auf Datenübertragbarkeit Gebrauch und bitte Sie, mir das Aufmaß und die Planungsdaten in einem strukturierten, gängigen und maschinenlesbaren Format (z. B. CSV/XML oder ein gängiges CAD-Format) zu übermitteln.

Nach erfolgter Übermittlung bitte ich um Löschung der Planungsdaten und Fotos aus meinem Konto.

Mit freundlichen Grüßen
Dr. Ulrike Hoffmann
Lütticher Str. 52, 52064 Aachen""",
         "Ulrike Hoffmann"),
        ("restriction", (),
         "Bewertung des Monteurs / Streitfall",
         """Guten Tag,

nach der Montage unseres Badmöbels habe ich den Monteur in Ihrer App schlecht bewertet (1 Stern, mit Kommentar). Jetzt behauptet die Montagefirma, ich hätte die Abnahme ohne Beanstandung unterschrieben, und will mir die zweite Anfahrt in Rechnung stellen.

Bitte löschen Sie weder meine Bewertung noch das Abnahmeprotokoll noch die Fotos, die ich in der App hochgeladen habe, solange das nicht geklärt ist – ich brauche das als Nachweis. Gleichzeitig möchte ich nicht, dass die Bewertung in dieser Zeit irgendwo veröffentlicht oder an die Firma weitergegeben wird. Einfach so lassen, wie es ist, bis der Streit erledigt ist.

Freundliche Grüße
Jana Becker""",
         "Jana Becker"),
        ("objection", (),
         "Widerspruch Weitergabe an Montagepartner",
         """Sehr geehrte Damen und Herren,

nach der Küchenmontage bekam ich einen Anruf der Montagefirma „Vennbau" mit einem Angebot für eine neue Haustür und Fenster. Auf Nachfrage hieß es, man habe meine Daten „von Ihnen, für Folgeaufträge".

Ich widerspreche hiermit der Weitergabe meiner Daten an Montage- und Partnerfirmen zu Werbezwecken sowie jeder Nutzung meiner Daten durch diese Firmen über die eigentliche Montage hinaus.

Mit freundlichen Grüßen
Heinz Weber
St. Vith""",
         "Heinz Weber"),
        ("withdraw_consent", (),
         "",
         """Bitte keine SMS und keine Werbemails mehr zu Ihren Montage- und Planungsangeboten. Meine Einwilligung ziehe ich zurück. Nummer endet auf 4471.

K. Lang""",
         "Karin Lang"),
        ("complaint", ("deletion",),
         "Beschwerde",
         """Sehr geehrte Damen und Herren,

ich bin ehrlich gesagt fassungslos. Am 12. März hat ein Techniker Ihrer Partnerfirma bei mir eine Waschmaschine angeschlossen und die alte mitgenommen. Zwei Wochen später schrieb er mir abends per WhatsApp, ob ich „Lust auf einen Kaffee" hätte, und kurz darauf bekam ich eine Freundschaftsanfrage auf Instagram. Meine Handynummer stand auf dem Auftrag, das weiß ich, aber doch nicht, damit mich Ihre Techniker privat anschreiben!

Ich habe vor drei Wochen über Ihr Kontaktformular darauf hingewiesen und nie eine Antwort bekommen. Das ist schlicht inakzeptabel. Ich habe heute Beschwerde bei der Landesbeauftragten für Datenschutz NRW eingereicht und erwarte, dass Sie meine Nummer und meine Adresse bei dieser Firma und bei dem Techniker löschen lassen.

Lena Fischer
Köln""",
         "Lena Fischer"),
        ("other", (),
         "Terminverschiebung Montage",
         """Hallo,

der Montagetermin für die Einbauküche ist am 3.6. Wir bekommen an dem Tag aber den Estrich im Flur neu, das passt also nicht. Geht auch der 10. oder 11.6.? Bestellnummer 40-121882.

Danke!
Thomas Schmitz""",
         "Thomas Schmitz"),
        ("other", (),
         "Frage zur Türkamera während der Montage",
         """Guten Tag,

eine allgemeine Frage: Wir haben eine Video-Türklingel und eine Kamera im Flur. Nächste Woche kommen Ihre Monteure, um den Schrank aufzubauen, und wir sind nicht zu Hause. Darf ich die Kamera während der Montage laufen lassen, oder muss ich die Monteure vorher informieren bzw. die Kamera ausschalten? Ich will nichts falsch machen.

Viele Grüße
Sabine Krüger""",
         "Sabine Krüger"),
        ("other", (),
         "Kostenvoranschlag Badplanung",
         """Sehr geehrte Damen und Herren,

was kostet bei Ihnen eine Badplanung mit Vor-Ort-Termin in Eupen? Wird der Betrag beim Kauf angerechnet? Und kann der Planer auch gleich die Fliesenflächen ausmessen?

Mit freundlichen Grüßen
Günter Hansen""",
         "Günter Hansen"),
    ],
    "es": [
        ("access", (),
         "¿Quién vio dónde dejo la llave?",
         """Hola,

Para la instalación del lavavajillas (pedido 40-118540) escribí en las notas del pedido dónde dejo la llave de casa porque yo trabajo hasta tarde. Ahora me da mal rollo: ¿quién ha podido leer esa nota? ¿Solo el técnico que vino, o también la empresa de transporte, la empresa de montaje, vuestro servicio de atención al cliente...? ¿Y cuánto tiempo se guarda eso?

Me gustaría que me dijerais exactamente a quién se le pasó y qué más datos míos tienen ellos.

Gracias,
Lucía Fernández
Rue Royale 120, 1000 Bruxelles""",
         "Lucía Fernández"),
        ("correction", (),
         "Datos erróneos en la ficha",
         """Buenas tardes:

En la hoja de trabajo de la instalación del horno aparece mi apellido como "Gacía" y el teléfono de mi antiguo trabajo. ¿Podrían corregirlo? Es García Romero, y el móvil es el 0468 22 71 90. Tanto en la orden de trabajo como en mi cuenta de cliente, por favor.

Un saludo,
Javier García Romero""",
         "Javier García Romero"),
        ("deletion", ("withdraw_consent",),
         "borrar mi plano de cocina",
         """Hola buenas

quiero que borren el plano de la cocina, las medidas y todas las fotos que hizo el proyectista de mi casa, al final no vamos a hacer la reforma. Y ya puestos quitadme de la newsletter que no la leo.

Gracias
Marta""",
         "Marta Sánchez"),
        ("portability", (),
         "Exportación del plano de la vivienda",
         """Estimados señores:

En enero, su técnico realizó la medición de nuestra vivienda para la instalación de suelo laminado y el plano resultante quedó guardado en mi cuenta. Nuestro arquitecto necesita ese plano con las cotas en un formato que pueda abrir con su programa (DWG, DXF o similar, no una imagen).

Les ruego que me lo faciliten en un formato estructurado y de lectura mecánica, o que lo envíen directamente al estudio: estudio@arq-lopez.example.

Atentamente,
Carmen López Ortega""",
         "Carmen López Ortega"),
        ("restriction", (),
         "Re: Reclamación instalación lavadora",
         """Buenos días:

Entiendo su postura, pero ya le he dicho que nuestro seguro va a reclamar. Por eso les pido que NO borren el informe del técnico, las fotos que sacó al terminar ni el registro de la hora a la que llegó y se fue. Guárdenlos tal cual y no los usen para nada más hasta que se resuelva la reclamación.

Un saludo,
Alberto Ruiz

> Estimado Sr. Ruiz:
> Según el informe del técnico, la instalación se realizó correctamente y la
> fuga no está relacionada con nuestra intervención. Le informamos de que los
> informes de intervención se conservan durante 6 meses.
> Atentamente,
> Servicio de Atención al Cliente""",
         "Alberto Ruiz"),
        ("withdraw_consent", (),
         "Baja",
         """Por favor, no quiero recibir más SMS ni correos con ofertas de montaje y cocinas. Retiro el consentimiento. Gracias.

Pilar Navarro""",
         "Pilar Navarro"),
        ("complaint", ("access",),
         "SEGUNDO AVISO – solicitud sin respuesta",
         """Señores:

El 10 de enero les pedí por escrito que me dijeran qué datos míos habían facilitado a la empresa instaladora de la cocina, porque su técnico tenía apuntado en el móvil el código de la alarma, cosa que yo solo escribí en su web. Han pasado más de dos meses y no he recibido NI UNA respuesta, ni siquiera un acuse de recibo.

Les recuerdo que tienen un mes para contestar. Sigo esperando esa información: qué datos, a quién, y si esa empresa los sigue teniendo. Si en diez días no sé nada, presentaré una reclamación ante la Autoridad de Protección de Datos belga y, ya que soy española, también lo consultaré con la AEPD.

Sergio Moreno Díaz""",
         "Sergio Moreno Díaz"),
        ("other", (),
         "Encimera rayada",
         """Hola,

Ayer montaron la cocina y la encimera tiene un golpe en la esquina, el montador dice que venía así de fábrica. Adjunto fotos. ¿Me la cambian o cómo hacemos? Pedido 40-120311.

Saludos,
Raúl Domínguez""",
         "Raúl Domínguez"),
        ("other", (),
         "El técnico no ha venido",
         """Buenas,

Llevo toda la mañana esperando al técnico para instalar la campana. La franja era de 8 a 12 y son las 13:30. Nadie llama. No sé si esto es para vosotros, pero es el único correo que he encontrado en la web. ¿Podéis decirme si viene o no?

Elena Castro""",
         "Elena Castro"),
        ("other", (),
         "Pregunta sobre los montadores",
         """Hola,

Antes de contratar el montaje de un armario quería saber: ¿los montadores son empleados vuestros o de una empresa subcontratada? ¿Y tienen seguro si rompen algo en casa? Es por curiosidad, no he comprado nada aún.

Un saludo,
Daniel Herrera""",
         "Daniel Herrera"),
    ],
    "it": [
        ("access", (),
         "",
         """Buongiorno, cosa avete su di me?? dopo il sopralluogo per la cucina mi chiamano ditte che non conosco. Voglio sapere che dati avete e a chi li avete dati.

Giuseppe Russo""",
         "Giuseppe Russo"),
        ("deletion", ("withdraw_consent",),
         "Cancellazione account e progetti",
         """Gentili signori,

vi chiedo di cancellare il mio account e tutti i dati collegati: il progetto del bagno fatto con la vostra progettista, le foto che ha scattato in casa, la piantina con le misure e le note del sopralluogo. Non ho più intenzione di acquistare da voi, quindi per favore non mandatemi più neanche la newsletter e le offerte via SMS.

Cordiali saluti,
Francesca Bianchi
Avenue Louise 310, 1050 Bruxelles""",
         "Francesca Bianchi"),
        ("portability", (),
         "Progetto bagno – richiesta file",
         """Buongiorno,

la vostra progettista è venuta da noi a marzo e ha fatto il progetto del bagno (pianta, misure, rendering 3D). Abbiamo deciso di far fare i lavori a un'impresa italiana che lavora qui a Bruxelles. Mi servirebbe il progetto in un formato che il loro geometra possa importare nel suo programma, con tutte le quote, non un PDF.

Se possibile mandatelo direttamente a loro: ufficio@edilcasa-bxl.example.

Grazie mille,
Luca Colombo""",
         "Luca Colombo"),
        ("restriction", (),
         "Verbale di installazione – non cancellare",
         """Buongiorno,

il mese scorso vi avevo chiesto di cancellare i miei dati. Ci ho ripensato, almeno per una parte: ho aperto una contestazione con la ditta che ha montato la cucina (mobili storti, un'anta rotta) e il verbale di installazione, le foto del montatore e gli orari dell'intervento mi servono come prova.

Quindi per favore non cancellate quei documenti finché la questione non è chiusa, ma non usateli per nient'altro nel frattempo.

Saluti,
Alessandra Marino""",
         "Alessandra Marino"),
        ("objection", (),
         "Foto della mia cucina su Instagram",
         """Salve,

ho visto sul vostro profilo Instagram la foto della nostra cucina appena montata, con sotto scritto "Un'altra cucina installata dal nostro team a Waterloo". Si vedono la finestra e il giardino, chi ci conosce capisce benissimo che è casa nostra. Nessuno ci ha chiesto niente.

Vi chiedo di smettere di usare le foto di casa nostra per la vostra pubblicità, su Instagram e ovunque.

Grazie,
Paolo Ferrari""",
         "Paolo Ferrari"),
        ("withdraw_consent", (),
         "revoca",
         """Dopo il sopralluogo per le tende ho dato il consenso a essere contattata per offerte. Lo revoco: niente più telefonate né email promozionali per favore.

Chiara Gallo""",
         "Chiara Gallo"),
        ("complaint", ("access",),
         "Reclamo formale – comportamento del tecnico",
         """Spett.le servizio privacy,

scrivo per presentare un reclamo formale. Il 22 maggio un tecnico della vostra ditta partner è venuto a installare il nostro sistema di videosorveglianza e il termostato smart. Ha configurato l'app con il suo account personale "per fare prima", dicendo che poi lo avrebbe trasferito a noi. Non l'ha mai fatto. Per tre settimane quest'uomo ha potuto vedere le immagini delle nostre telecamere. Me ne sono accorta solo quando ho ricevuto una notifica di accesso da un dispositivo sconosciuto.

Inoltre, nella scheda di lavoro che ci ha lasciato c'è scritta in chiaro la password del wifi.

È una cosa gravissima. Voglio sapere quali dati nostri ha ricevuto la ditta, cosa ha conservato il tecnico e chi altro ha avuto accesso. Ho già informato il Garante per la protezione dei dati personali e l'autorità belga (APD), e valuterò azioni legali.

Roberta Esposito
Rue de la Loi 88, 1040 Etterbeek""",
         "Roberta Esposito"),
        ("other", (),
         "il montatore non si è presentato",
         """Buongiorno, oggi doveva venire il montatore per il letto e l'armadio, ho preso un giorno di ferie e non è venuto nessuno. ordine 40-119877. Mi fate sapere quando passa? grazie

Marco Greco""",
         "Marco Greco"),
        ("other", (),
         "Grazie a Davide",
         """Buonasera,

volevo solo ringraziare il tecnico Davide che oggi ha installato la lavatrice e la lavastoviglie. Puntuale, gentile, ha spiegato tutto a mia madre con pazienza. Gli ho dato 5 stelle nella valutazione, ma meritava di più.

Cordiali saluti,
Silvia Conti""",
         "Silvia Conti"),
        ("other", (),
         "Preventivo tende su misura",
         """Buongiorno,

vorrei un preventivo per tende su misura per soggiorno e due camere. Il sopralluogo per prendere le misure è gratuito o si paga? E se poi non ordino, le misure me le date lo stesso?

Grazie,
Antonio Ricci""",
         "Antonio Ricci"),
    ],
    "pt": [
        ("access", (),
         "Pedido de cópia – visita do projetista",
         """Bom dia,

Em fevereiro, um projetista vosso esteve em nossa casa para planear a cozinha. Esteve mais de uma hora a tirar fotografias e a escrever no tablet. Gostaria de receber uma cópia de tudo o que ele registou sobre nós: notas, fotografias, medidas, orçamento, e saber a quem é que essas informações foram enviadas.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),
        ("correction", ("access",),
         "Morada errada",
         """Olá,

na ficha da instalação do esquentador está a morada antiga (Rue Haute 45). Moramos na Chaussée d'Alsemberg 312, 1190 Forest desde o ano passado. Podem corrigir em todo o lado? E já agora digam-me que outros dados vossos ainda têm a morada antiga, porque recebi uma carta vossa lá também.

Obrigado
Tiago Ferreira""",
         "Tiago Ferreira"),
        ("deletion", (),
         "",
         """Boa tarde, quero que apaguem o plano da minha cozinha e as fotos da minha casa que o vosso técnico tirou. Obrigada.

Joana Martins""",
         "Joana Martins"),
        ("portability", ("deletion",),
         "Plano da casa em ficheiro",
         """Exmos. Senhores,

Mediram a nossa casa para o pavimento flutuante e o plano ficou na minha conta. Queria pedir que enviassem esse plano, com as medidas todas, num ficheiro que outra empresa consiga abrir, diretamente para a empresa que vai fazer o trabalho (geral@pisos-silva.example). Depois disso podem apagar o plano da minha conta.

Com os melhores cumprimentos,
Rui Carvalho""",
         "Rui Carvalho"),
        ("restriction", (),
         "Avaliação do técnico",
         """Boa tarde,

Há um problema com a instalação do ar condicionado e a empresa diz que fui eu que o estraguei. Por favor, não apaguem as fotos que o técnico tirou no fim, nem a folha de obra, nem a avaliação que eu fiz. Mantenham tudo bloqueado como está até isto ficar resolvido, vou precisar para a reclamação.

Obrigado,
Pedro Sousa""",
         "Pedro Sousa"),
        ("objection", (),
         "Planeador online",
         """Olá,

Li na vossa política que usam o que fazemos no planeador de divisões online para "análise e melhoria dos serviços" e para estatísticas com parceiros. Não quero. Por favor deixem de usar os meus projetos e o meu uso do planeador para análise e não os partilhem com parceiros. Continuo a querer usar o planeador, só não quero isso.

Cumprimentos,
Inês Almeida""",
         "Inês Almeida"),
        ("complaint", ("deletion",),
         "Reclamação – código do alarme",
         """Exmos. Senhores,

Venho apresentar uma reclamação. Na encomenda da instalação da câmara e da fechadura inteligente escrevi nas observações o código do alarme, como o vosso site pede. Há dez dias o técnico voltou a nossa casa sem avisar, "para ver se estava tudo bem", e sabia o código. Mudámos o código, mas isto não é aceitável.

Exijo que esse código e as observações sejam apagados de todos os vossos sistemas e dos da empresa de instalação. Se não tiver resposta rápida, apresento queixa à APD aqui na Bélgica e informo a CNPD.

Carla Gonçalves""",
         "Carla Gonçalves"),
        ("other", (),
         "Parafuso em falta",
         """Olá, montaram o roupeiro ontem e falta um parafuso da porta, o montador disse que não tinha mais. Podem mandar? Encomenda 40-121456.

Obrigado
Miguel""",
         "Miguel Pereira"),
        ("other", (),
         "Reagendar instalação",
         """Bom dia,

A instalação da máquina de lavar está marcada para sexta-feira, mas não posso estar em casa. É possível passar para segunda-feira de manhã? A chave fica com a vizinha do 2.º andar, como já escrevi na encomenda.

Obrigada,
Sofia Lopes""",
         "Sofia Lopes"),
        ("other", (),
         "Dúvida sobre as fotos",
         """Boa tarde,

Uma pergunta: quando a cozinha for montada, o técnico vai tirar fotos para o relatório? Não me importo, só quero saber se devo arrumar a sala também ou se é só a cozinha. E as fotos servem para quê, para a garantia?

Obrigada,
Beatriz Costa""",
         "Beatriz Costa"),
    ],
}

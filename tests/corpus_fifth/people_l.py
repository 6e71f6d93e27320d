"""Fifth set, people: requests inside ordinary mails, in the 14 languages. Written apart from the rules (see make_fifth.py)."""

PEOPLE_L = {
    "en": [
        ("access", (), "Loyalty card 6601 2290 4471", """Hello,

I've just had my quarterly points statement and the 340 points from my purchase at your Ghent store on 18 May aren't on it. I paid with the card scanned at the till, I still have the receipt (ticket 0148-2231) and can send a photo if that helps. Could someone add them manually?

Also, a slightly odd thing: last week a promotional letter from you arrived at my office address in Mechelen. I've never given you that address, not in the shop and not online. Please tell me what personal data you actually hold about me, and where that work address came from.

Thanks,
Rachel Dunmore""", "Rachel Dunmore"),
        ("correction", (), "Return of kettle – order 2024-118734", """Hi there,

I'd like to return the stainless steel kettle from order 2024-118734. After three uses it started leaking from the bottom seam, and this morning there was a puddle under it on the counter, which frankly isn't great next to a socket. I've put it back in the original box with all the paperwork.

The returns page says I should get a prepaid label by email, but nothing has arrived after two days. Can you send it again, or tell me whether I can just drop it at a bpost point with the order number? I'd prefer a refund rather than a replacement.

One more thing while I have you: my account still shows my maiden name and my old flat in Leuven. I married and moved over two years ago. Please update it to Sarah Whitfield-Peeters, Tiensesteenweg 14, 3001 Heverlee, so I stop having to change it at every checkout.

Best,
Sarah""", "Sarah Whitfield-Peeters"),
        ("deletion", (), "Re: Tom, it's been a while!", """Please close my account and delete all the data you have on me. I haven't ordered since 2019 and won't be again.

Tom

On Mon, 3 Jun 2024 at 10:02, Shop Example <hello@shop.example.be> wrote:
> Hi Tom,
>
> It's been a while since we've seen you! We've refreshed our garden
> and outdoor range, and to welcome you back here's 15% off your next
> order with code COMEBACK15 (valid until 30 June).
>
> See you soon,
> The Shop Example team
>
> You receive this email because you have an account with us.""", "Tom Barraclough"),
        ("portability", (), "My order history", """Good afternoon,

Could you please send me my personal order history and the data from my account in a CSV or similar machine-readable file? I'm moving my household shopping to another web shop and would like to take it with me.

Kind regards,

Daniel Okafor
Senior Procurement Officer | Facilities & Operations
Hartwell Engineering Belgium NV
Researchpark 310, 1731 Zellik
T +32 2 466 19 02 | M +32 475 61 88 30
www.hartwell-eng.example

This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete this e-mail. Any unauthorised use, disclosure or copying is strictly prohibited. Hartwell Engineering Belgium NV accepts no liability for any damage caused by viruses transmitted by this e-mail.
Please consider the environment before printing this e-mail.""", "Daniel Okafor"),
        ("restriction", (), "Double charge on order 2024-120551", """Hello,

My credit card was charged twice for order 2024-120551 (EUR 212.40 on 2 June and again on 4 June). I contacted customer service by chat on 5 June and was told it would be corrected "within 5 working days". It hasn't been, and I've now opened a chargeback with my bank (reference CB-77310).

I'm not trying to be difficult, I just want the duplicate amount back. I've attached both bank statement lines.

Until this is resolved, please don't delete anything on my account, because I may need the order records as evidence, but don't use my data for anything else either. Keep it, but freeze it.

Regards,
Marcus Hale""", "Marcus Hale"),
        ("objection", (), "Re: Picked for you, Emma", """I'm fine getting the newsletter, but please stop tailoring it to what I've bought. I don't want you analysing my purchases or building a profile of me.

Emma

Sent from my iPhone

> On 12 Jun 2024, at 08:30, Shop Example <news@shop.example.be> wrote:
>
> Picked for you, Emma
> Because you bought: Bamboo bath towel set (grey)
> You might also like:
> - Waffle bathrobe, grey — EUR 39.95
> - Anti-slip bath mat — EUR 14.95
> - Cotton hand towels (4-pack) — EUR 12.95
>
> Unsubscribe | Manage preferences""", "Emma Lowther"),
        ("withdraw_consent", (), "App crashes at checkout", """Hi,

For the past week your Android app crashes every time I tap "Pay now". I've tried clearing the cache, reinstalling, and switching between wifi and mobile data. Phone is a Samsung Galaxy A54, Android 14, app version 5.12.1. The basket has four items (the garden hose reel, two planters and a watering can) and everything works fine up to the payment screen.

I ended up ordering on the website instead, which worked, but I'd like to know whether the app is going to be fixed, because the app-only discount didn't apply on the website and I paid EUR 6 more. Could you refund the difference? Order number 2024-121980.

And while you're at it, please take me off all your marketing lists, emails and texts both.

Thanks,
Priya Raman""", "Priya Raman"),
        ("complaint", ("access",), "Order 448120 – invoice", """Hello,

Two things.

First, I still need a VAT invoice for order 448120 in my company's name (Lindqvist Design BV, BE 0712.345.678) so I can claim it. The one in my account is a simple receipt.

Second, and more importantly: on 3 March I asked for a copy of all the personal data you hold on me. I got an automatic acknowledgement and then nothing. That's more than six weeks ago, well beyond the one month you're allowed. If I don't receive my data within the next week I will file a complaint with the Data Protection Authority.

Karin Lindqvist""", "Karin Lindqvist"),
        ("other", (), "Ordering without an account?", """Hi,

I'd like to order the oak bookshelf (item 30-4471) as a one-off gift. Do I have to create an account to order? I'd rather not hand over more details than I need to for a single purchase. And if I check out as a guest, can I pay with Bancontact without my card being saved?

Thanks,
Jonathan Pryce""", "Jonathan Pryce"),
    ],
    "nl": [
        ("access", (), "Beschadigd pakket bij de buren", """Goedendag,

Mijn bestelling 2024-203318 (een staande lamp en twee kussens) werd gisteren bij de buren afgegeven, terwijl ik gewoon thuis was. Dat is op zich nog tot daar aan toe, maar de doos was ingedeukt en de lampenkap is gebroken. Foto's zitten in bijlage. De kussens zijn in orde.

Kunnen jullie een nieuwe lampenkap opsturen, of moet ik de hele lamp terugsturen? Ik heb liever geen gedoe met een volledige retour, want de voet is perfect.

Nog iets anders: ik krijg sinds kort telefoontjes van een energieleverancier die zegt dat ik "klant ben bij Shop Example" en daarom in aanmerking kom voor een actie. Ik wil graag weten welke persoonsgegevens jullie over mij bijhouden, waar jullie die vandaan hebben en met welke firma's jullie ze gedeeld hebben.

Vriendelijke groeten,
Veerle Claes""", "Veerle Claes"),
        ("correction", (), "Klantenkaart", """Hallo,

Ik heb een vraag over mijn klantenkaart (nummer 6601 3381 0072). In de app zie ik dat de punten van vorige maand er wel op staan, dus dat is in orde.

Maar in mijn klantprofiel staat nog altijd mijn oude e-mailadres (jan.desmet@telenet.example) en mijn geboortedatum klopt niet: er staat 17/04/1981, het moet 17/01/1981 zijn. Willen jullie dat aanpassen? Mijn nieuw adres is jan.desmet.1981@mail.example.

Bedankt,
Jan De Smet""", "Jan De Smet"),
        ("deletion", (), "", """Dag,

Gelieve mijn account en al mijn gegevens te verwijderen. Ik gebruik de app niet meer.

Groetjes
Lotte

Verzonden vanaf mijn iPhone

--
Lotte Vermeulen
0478 22 91 06
Kortrijksesteenweg 212, 9000 Gent""", "Lotte Vermeulen"),
        ("portability", (), "RE: Uw puntenoverzicht juni", """Hallo,

Kunnen jullie mij mijn volledige aankoopgeschiedenis en puntenhistoriek in een bestand bezorgen (Excel of CSV)? Ik stap over naar een andere winkel en wil alles meenemen zonder het over te typen.

Groeten,
Wim Peeters

-----Oorspronkelijk bericht-----
Van: Shop Example Klantenkaart <kaart@shop.example.be>
Verzonden: maandag 1 juli 2024 07:15
Aan: wim.peeters@mail.example
Onderwerp: Uw puntenoverzicht juni

Beste Wim,

Deze maand spaarde u 215 punten. Uw totaal staat op 1.840 punten.
Vanaf 2.000 punten krijgt u een waardebon van 10 euro!

Bekijk al uw aankopen in de app.

Team Shop Example""", "Wim Peeters"),
        ("restriction", (), "Factuur 2023-88120 en mijn account", """Goeiemiddag,

In maart heb ik een klacht ingediend over factuur 2023-88120: er werd 89 euro leveringskosten aangerekend voor een kast die nooit geleverd is. Die klacht loopt nog bij jullie klantendienst (dossier KD-55172) en ik wacht nog altijd op een creditnota.

Ik wou eerst mijn account gewoon laten verwijderen, maar mijn boekhouder zegt dat ik die facturen en bestelgegevens nog nodig kan hebben zolang het dossier niet afgesloten is. Dus: gelieve mijn gegevens niet te wissen, maar ze ook voor niets anders meer te gebruiken dan voor die klacht. Beperk de verwerking, zeg maar.

Met vriendelijke groeten,
Hilde Wouters""", "Hilde Wouters"),
        ("objection", (), "Bestelling 2024-77812", """Hallo,

Mijn bestelling 2024-77812 is vorige week netjes toegekomen, alles in orde, de stoelen staan er mooi bij. Eén stoel had een klein krasje aan de poot, maar dat heb ik zelf bijgewerkt, geen probleem.

Wat ik wel vervelend vind: sinds die bestelling zie ik op Facebook en Instagram overal advertenties van jullie met precies die stoelen en de bijpassende tafel. Ik wil niet dat jullie mijn gegevens met advertentiepartners delen of mij volgen voor gepersonaliseerde reclame. Gelieve daarmee te stoppen.

Groeten,
Koen Mertens""", "Koen Mertens"),
        ("withdraw_consent", (), "Re: Zomersolden: tot -50%!", """Uitschrijven aub. De link onderaan werkt niet, ik krijg een foutmelding.

Marleen

Op wo 26 jun. 2024 om 09:00 schreef Shop Example <nieuws@shop.example.be>:
> ZOMERSOLDEN
> Tot -50% op tuinmeubelen, barbecues en zomerdecoratie.
> Enkel online, zolang de voorraad strekt.
>
> [Shop nu]
>
> Geen interesse meer? Schrijf je hier uit.""", "Marleen Goossens"),
        ("complaint", (), "Retour 55190", """Goedemiddag,

Ik heb op 10 juni een retour aangemeld (retournummer 55190, een koffiezetapparaat dat niet opwarmde). Het pakket is volgens de tracking op 12 juni bij jullie aangekomen, maar ik heb nog geen terugbetaling gekregen. Kunnen jullie nakijken waar dat blijft?

En dan lees ik vandaag in de krant dat er bij jullie klantgegevens gelekt zijn. Ik kreeg vorige week al een "betalingsherinnering" per sms met mijn naam én het nummer van die retour erin. Dat was dus geen toeval. Dat jullie dat niet zelf aan jullie klanten melden en ik het via de krant moet vernemen, vind ik echt schandalig.

Bart Jacobs""", "Bart Jacobs"),
        ("other", (), "Re: Bevestiging van uw bestelling 2024-209044", """Dag,

Kan dit pakket uitzonderlijk naar mijn werk geleverd worden? Ik ben die week niet thuis. Adres: Brouwerij Ter Linde, Industrieweg 8, 2220 Heist-op-den-Berg. Mijn gewone adres in mijn account mag blijven zoals het is.

Dank u,
Sofie Maes

Op 2 jul. 2024 om 14:37 schreef Shop Example <bestellingen@shop.example.be>:
> Beste Sofie,
>
> Bedankt voor je bestelling! Bestelnummer: 2024-209044
> - Bureaustoel Ergo Plus, zwart (1x) — 149,00 EUR
> Verzending: gratis
> Verwachte levering: 8 - 10 juli
> Leveradres: Sofie Maes, Lindelei 33, 2220 Heist-op-den-Berg
>
> Tot snel!""", "Sofie Maes"),
    ],
    "fr": [
        ("access", (), "Re: Votre avis compte !", """Bonjour,

Avant de répondre à votre enquête, je voudrais savoir qui est « FeedbackLoop », qui me l'envoie en votre nom. Merci de m'indiquer quelles données personnelles vous détenez sur moi, à qui vous les avez transmises, et de m'en envoyer une copie.

Nathalie Lambert

Le jeu. 13 juin 2024 à 11:04, Shop Example via FeedbackLoop <survey@feedbackloop.example> a écrit :
> Bonjour Nathalie,
>
> Vous avez récemment commandé chez Shop Example (commande 2024-311207).
> Pourriez-vous nous consacrer 2 minutes pour évaluer votre expérience ?
>
> [Commencer l'enquête]
>
> Cette enquête est réalisée par FeedbackLoop pour le compte de Shop Example.""", "Nathalie Lambert"),
        ("correction", (), "Canapé mauvais coloris – commande 2024-302761", """Bonjour,

J'ai reçu hier le canapé trois places de la commande 2024-302761. Malheureusement, il est en « gris anthracite » alors que j'avais commandé le « vert sauge » (la confirmation de commande le dit bien, je la joins). Le livreur est reparti avant que je puisse ouvrir complètement l'emballage.

Je souhaiterais un échange et non un remboursement, puisque le modèle nous plaît. Pouvez-vous m'indiquer quand vous pouvez reprendre celui-ci et livrer le bon ? Je suis disponible les mardis et jeudis.

Par ailleurs, mon nom est mal orthographié dans mon compte client : « Dupond » au lieu de « Dupont ». Ça se retrouve sur toutes les factures et sur l'étiquette de livraison. Pourriez-vous le corriger une fois pour toutes ?

Bien à vous,
Christophe Dupont""", "Christophe Dupont"),
        ("deletion", (), "Facture F-2023-09981", """Bonjour,

J'ai bien reçu la facture F-2023-09981, merci, c'était la dernière chose dont j'avais besoin.

Je ne commanderai plus chez vous. Je vous demande donc de supprimer mon compte client et toutes mes données personnelles, à l'exception de ce que vous êtes légalement tenus de garder pour la comptabilité.

Cordialement,
Isabelle Renard""", "Isabelle Renard"),
        ("portability", (), "Déménagement", """Bonjour,

Je déménage au Luxembourg à la fin du mois et votre boutique ne livre malheureusement pas là-bas (j'ai vérifié dans la FAQ). J'ai encore une commande en cours, la 2024-318842 : pourriez-vous confirmer qu'elle sera bien livrée avant le 28 à mon adresse actuelle à Namur ?

Je garderai un bon souvenir de vos services, surtout du SAV qui a été impeccable l'an dernier pour le frigo.

Avant que je parte : pourriez-vous m'envoyer l'historique de mes commandes et les données de mon compte dans un format lisible par machine (CSV ou JSON), pour que je puisse les importer chez un autre commerçant ?

Merci d'avance,
Julien Marchal""", "Julien Marchal"),
        ("restriction", (), "Dossier SAV-3312", """Madame, Monsieur,

Dans l'attente de l'issue du litige qui m'oppose à votre service après-vente (dossier SAV-3312, lave-linge commandé à titre privé), je vous demande de limiter le traitement de mes données personnelles : conservez-les, mais ne les utilisez à aucune autre fin que le traitement de ce dossier.

Veuillez agréer mes salutations distinguées.

Anne-Sophie Delvaux
Avocate au barreau de Liège
Rue Louvrex 55, 4000 Liège
Tél. +32 4 221 87 40 – Fax +32 4 221 87 41
as.delvaux@avocats-delvaux.example

Le présent message est confidentiel et peut être couvert par le secret professionnel. S'il ne vous est pas destiné, nous vous prions d'en avertir immédiatement l'expéditeur et de le détruire. Toute utilisation, diffusion ou copie non autorisée est interdite.""", "Anne-Sophie Delvaux"),
        ("objection", (), "Carte fidélité – bon de réduction manquant", """Bonjour,

Selon l'appli, j'aurais dû recevoir un bon de 5 € après avoir atteint 1 000 points le mois dernier. Les points sont bien là (1 060), mais aucun bon n'apparaît dans la rubrique « Mes avantages ». Pouvez-vous vérifier ? Mon numéro de carte : 6601 4410 2297.

Autre chose : je ne veux plus que vous analysiez les achats faits avec ma carte pour me proposer des offres « personnalisées ». Je garde la carte pour les points, c'est tout.

Merci,
Sandrine Collard""", "Sandrine Collard"),
        ("withdraw_consent", (), "", """Bonjour,

Merci de ne plus m'envoyer de SMS promotionnels. Je retire mon consentement.

Envoyé de mon iPhone

--
Patrick Lejeune
Menuiserie Lejeune & Fils
Chaussée de Bruxelles 87, 1300 Wavre
GSM +32 496 54 12 88 – Tél. +32 10 22 41 09
TVA BE 0455.912.334""", "Patrick Lejeune"),
        ("complaint", ("deletion",), "Re: Réinitialisation de votre mot de passe", """Bonjour,

Le 12 février, je vous ai demandé par écrit de supprimer mon compte et mes données. Je vous ai relancés le 20 mars. Aucune réponse. Et aujourd'hui je reçois ceci, preuve que le compte existe toujours.

Si je n'ai pas de confirmation de suppression d'ici quinze jours, je porte plainte auprès de l'Autorité de protection des données.

Laurence Piette

-------- Message d'origine --------
De : Shop Example <noreply@shop.example.be>
Date : 02/05/2024 16:41
À : laurence.piette@mail.example
Objet : Réinitialisation de votre mot de passe

Bonjour,
Vous avez demandé la réinitialisation de votre mot de passe.
Cliquez sur le lien ci-dessous (valable 30 minutes) :
https://shop.example.be/reset/9f3c1a
Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.""", "Laurence Piette"),
        ("other", (), "Paiement sans enregistrer la carte", """Bonjour,

Je voudrais commander la table de jardin en teck (réf. 44-1093). Au moment du paiement, la case « enregistrer ma carte pour mes prochains achats » semble cochée d'office. Est-ce que je peux la décocher et payer quand même par Visa, ou faut-il passer par Bancontact ?

Merci,
Michel Gérard""", "Michel Gérard"),
    ],
    "de": [
        ("access", (), "Staubsauger defekt – Garantie", """Guten Tag,

mein Akku-Staubsauger (Bestellung 2023-451120, gekauft im November) lädt seit einer Woche nicht mehr. Die Ladeanzeige blinkt rot, egal an welcher Steckdose. Laut Produktseite gilt eine Garantie von zwei Jahren. Wie läuft das ab – schicke ich das Gerät an Sie oder direkt an den Hersteller? Die Originalverpackung habe ich leider nicht mehr.

Und noch etwas: Woher haben Sie eigentlich meine Handynummer? Die habe ich bei Ihnen nie angegeben, trotzdem bekomme ich seit Kurzem SMS von Ihnen. Bitte teilen Sie mir mit, welche Daten Sie über mich gespeichert haben und aus welcher Quelle sie stammen.

Mit freundlichen Grüßen
Stefan Krämer""", "Stefan Krämer"),
        ("correction", (), "AW: Ihre Bestellung 2024-466301", """Hallo,

die Rechnungsadresse in meinem Kundenkonto ist veraltet, ich bin im Frühjahr umgezogen. Bitte dauerhaft ändern auf: Monika Schreiber, Hauptstraße 41, 4780 Sankt Vith. Die Bestellung selbst ist schon bezahlt und geht an den Abholpunkt, es geht nur um das Konto.

Danke
Monika Schreiber

-----Ursprüngliche Nachricht-----
Von: Shop Example <bestellung@shop.example.be>
Gesendet: Dienstag, 9. Juli 2024 18:22
An: monika.schreiber@mail.example
Betreff: Ihre Bestellung 2024-466301

Hallo Monika,
vielen Dank für Ihre Bestellung!
1x Wasserkocher Retro, creme – 44,95 EUR
Rechnungsadresse: Monika Schreiber, Klosterstraße 7, 4700 Eupen
Lieferadresse: bpost-Abholpunkt, Rathausplatz 2, 4780 Sankt Vith
Zahlungsart: Bancontact (bezahlt)""", "Monika Schreiber"),
        ("deletion", (), "App meldet mich ständig ab", """Hallo,

seit dem letzten Update meldet mich Ihre App (iPhone 13, iOS 17.5) ständig ab, teilweise mitten im Bezahlvorgang. Dann will ich mich neu anmelden, aber die Mail zum Zurücksetzen des Passworts kommt nicht an, auch nicht im Spam-Ordner. Ich habe es an drei verschiedenen Tagen versucht. Über den Browser geht es ebenfalls nicht, da heißt es „Konto vorübergehend gesperrt“.

Ehrlich gesagt habe ich keine Lust mehr, mich damit herumzuschlagen. Bitte löschen Sie mein Konto samt aller gespeicherten Daten.

Gruß
Thomas Brandt""", "Thomas Brandt"),
        ("portability", (), "Treuekarte", """Guten Tag,

ich kaufe künftig woanders ein und möchte meine Daten mitnehmen. Bitte senden Sie mir meine Kaufhistorie, die mit meiner Treuekarte (Nr. 6601 5523 8810) verbundenen Daten und meine Kontodaten in einem gängigen, maschinenlesbaren Format (z. B. CSV).

Vielen Dank
Claudia Hoffmann""", "Claudia Hoffmann"),
        ("restriction", (), "AW: Wir vermissen Sie!", """Guten Tag,

ich hatte überlegt, mein Konto löschen zu lassen, brauche die Rechnungen aber noch für die Garantie auf die Waschmaschine. Bitte löschen Sie also nichts, sondern schränken Sie die Verarbeitung ein: Daten aufbewahren ja, verwenden nein.

Andreas Wolf

Am 14.06.2024 um 10:00 schrieb Shop Example <hallo@shop.example.be>:
> Hallo Andreas,
> wir haben Sie lange nicht gesehen! Als Dankeschön für Ihre Treue
> schenken wir Ihnen 10 EUR auf Ihre nächste Bestellung ab 50 EUR.
> Code: WIEDERDA10
> Ihr Team von Shop Example""", "Andreas Wolf"),
        ("objection", (), "", """Sehr geehrte Damen und Herren,

hiermit widerspreche ich der Verarbeitung meiner personenbezogenen Daten zu Profiling- und Werbezwecken, soweit Sie sich dabei auf Ihr berechtigtes Interesse stützen.

Mit freundlichen Grüßen

Dr. med. Katrin Vogel
Oberärztin, Klinik für Innere Medizin
Klinikum Hohes Venn
Malmedyer Straße 12, 4700 Eupen
Tel. +32 87 59 92 11 | Fax +32 87 59 92 12

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet.""", "Katrin Vogel"),
        ("withdraw_consent", (), "Bestellung 2024-470091 – Lieferung", """Hallo,

ich habe am Montag den Gartenschlauch mit Wandhalterung bestellt (Bestellung 2024-470091). In der Bestätigung steht „Lieferung in 2–4 Werktagen“, die Sendungsverfolgung zeigt aber seit drei Tagen nur „Sendung angekündigt“. Ist das Paket überhaupt schon raus? Ich bin ab dem 20. im Urlaub und würde es gern vorher haben.

Und bitte keine Newsletter mehr an diese Adresse – ich habe beim Bestellen offenbar versehentlich das Häkchen drin gelassen.

Viele Grüße
Jana Fischer""", "Jana Fischer"),
        ("complaint", ("withdraw_consent",), "Zum dritten Mal: Abmeldung", """Guten Tag,

ich habe mich am 2. April, am 28. April und am 15. Mai vom Newsletter abgemeldet – jedes Mal über den Link und einmal zusätzlich per Mail an Sie. Trotzdem bekomme ich weiterhin zwei bis drei Werbemails pro Woche, gestern schon wieder.

Das ist kein Versehen mehr. Tragen Sie mich endlich aus, und zwar aus allen Verteilern. Sollte ich danach noch eine einzige Werbemail bekommen, reiche ich Beschwerde bei der Datenschutzbehörde ein.

Rolf Neumann""", "Rolf Neumann"),
        ("other", (), "Geschenk direkt verschicken", """Hallo,

ich möchte meiner Schwester in Hasselt ein Geschenk schicken (die Salatschüssel aus Olivenholz, Art. 52-3380). Kann ich ihre Adresse einfach als Lieferadresse angeben, ohne dass sie ein eigenes Konto braucht? Und liegt dem Paket eine Rechnung mit Preis bei, oder kann man das weglassen?

Danke und Gruß
Petra Lang""", "Petra Lang"),
    ],
    "es": [
        ("access", (), "Pedido 2024-551123", """Hola:

Hice el pedido 2024-551123 (una cafetera y un molinillo) hace diez días y todavía aparece como «en preparación». ¿Hay algún problema de stock? Si el molinillo no está disponible, prefiero que me envíen ya la cafetera y el molinillo después.

Y otra cosa: desde que compré con ustedes me llaman de una aseguradora que sabe mi nombre y que «soy clienta de Shop Example». Quiero saber qué datos míos tienen y con quién los han compartido.

Un saludo,
Lucía Fernández Ortega""", "Lucía Fernández Ortega"),
        ("correction", (), "", """Hola,

Por favor, actualicen el número de móvil de mi cuenta: el nuevo es +32 478 12 34 56. El antiguo (+32 472 90 11 03) ya no es mío.

Gracias.

Enviado desde mi iPhone

--
Javier Morales Ruiz
Ingeniero de proyectos
Avenue Louise 231, 1050 Bruselas
Tel. +32 2 640 55 18""", "Javier Morales Ruiz"),
        ("deletion", (), "RE: Tu resumen de puntos – junio", """Hola,

Ya no vivo en Bélgica y no voy a volver a comprar. Borren mi cuenta y mi tarjeta de fidelidad con todos mis datos. Los puntos que queden me dan igual.

Carmen Navarro

________________________________
De: Shop Example Fidelidad <tarjeta@shop.example.be>
Enviado: lunes, 1 de julio de 2024 7:15
Para: carmen.navarro@correo.example
Asunto: Tu resumen de puntos – junio

Hola, Carmen:
Este mes no has sumado puntos. Tu saldo actual: 420 puntos.
¡Te faltan 580 para tu próximo vale de 5 €!""", "Carmen Navarro"),
        ("portability", (), "Devolución zapatillas – pedido 2024-560871", """Hola:

Quiero devolver las zapatillas de running del pedido 2024-560871. Pedí un 42 y me quedan pequeñas; en la guía de tallas ponía que tallaban normal, pero no es así. Están sin usar, solo me las probé en casa. ¿Puedo cambiarlas por un 43 o tengo que devolverlas y hacer un pedido nuevo? Lo que sea más rápido.

Además, ¿me pueden enviar todos mis datos de cliente y el historial de pedidos en un archivo (CSV o Excel)? Quiero llevármelos a otra tienda online donde voy a abrir cuenta.

Gracias,
Pablo Herrera""", "Pablo Herrera"),
        ("restriction", (), "Reclamación televisor – expediente REC-20931", """Buenas tardes:

El televisor que compré en marzo (pedido 2024-531870) dejó de funcionar a las seis semanas. Abrí una reclamación (expediente REC-20931) y ustedes dicen que el daño es por mal uso, cosa que no es cierta. He acudido a una asociación de consumidores y el asunto sigue abierto.

Mientras se resuelve, les pido que no utilicen mis datos para nada que no sea esta reclamación. Tampoco los borren: los necesito como prueba.

Atentamente,
Alberto Gil Sánchez""", "Alberto Gil Sánchez"),
        ("objection", (), "Re: Recomendado para ti, Marta", """Dejen de usar mi historial de compras para recomendarme cosas. No quiero que me hagan un perfil. El boletín general me da igual, que siga llegando.

Marta

El mié, 19 jun 2024 a las 8:30, Shop Example (<noticias@shop.example.be>) escribió:
> Marta, hemos elegido esto para ti
> Porque compraste: Juego de sábanas de lino (blanco)
> - Funda nórdica de lino — 89,95 €
> - Almohada viscoelástica — 34,95 €
>
> Darse de baja | Preferencias""", "Marta Iglesias"),
        ("withdraw_consent", (), "Colchón hundido", """Hola:

Compré el colchón viscoelástico de 160x200 (pedido 2023-498812) hace siete meses y ya tiene un hundimiento claro en el lado donde duermo, de unos 3 cm. Según la ficha del producto tiene 10 años de garantía. Les adjunto fotos con una regla encima para que se vea. ¿Cómo tramito la garantía? ¿Tienen que venir a verlo o basta con las fotos?

Ah, y no quiero recibir más llamadas comerciales ni correos con promociones, gracias.

Un saludo,
Raúl Domínguez""", "Raúl Domínguez"),
        ("complaint", ("correction",), "Mi dirección sigue mal", """Buenos días:

El 4 de enero les escribí para que corrigieran la dirección de mi cuenta (me mudé de la Rue Haute 12 a la Chaussée de Wavre 340, 1040 Etterbeek). Nadie me contestó y la dirección sigue igual. Resultado: mi último pedido se entregó en el piso antiguo y lo he perdido.

Les vuelvo a pedir que la corrijan. Si esta vez tampoco recibo respuesta, presentaré una reclamación ante la autoridad de protección de datos.

Elena Castro""", "Elena Castro"),
        ("other", (), "Re: Restablece tu contraseña", """Hola:

He pedido tres veces restablecer la contraseña y el enlace me dice siempre que ha caducado, aunque lo abro en menos de un minuto. ¿Me pueden ayudar a entrar en mi cuenta? Tengo un pedido a medias en la cesta.

Gracias,
Sergio Vidal

El jue, 4 jul 2024 a las 21:12, Shop Example <noreply@shop.example.be> escribió:
> Hola:
> Haz clic en el siguiente enlace para restablecer tu contraseña.
> El enlace es válido durante 30 minutos.
> https://shop.example.be/reset/a81d07
> Si no has solicitado este cambio, ignora este mensaje.""", "Sergio Vidal"),
    ],
    "it": [
        ("access", (), "R: Le novità di luglio", """Buongiorno,

non mi sono mai iscritto alla vostra newsletter e non ho mai comprato da voi. Vorrei sapere da dove avete preso il mio indirizzo email e quali altri dati personali avete su di me.

Giorgio Bianchi

----- Messaggio originale -----
Da: Shop Example <news@shop.example.be>
A: giorgio.bianchi@posta.example
Data: 01/07/2024 09:00
Oggetto: Le novità di luglio

Ciao Giorgio!
Scopri le novità di luglio: ventilatori, teli mare e tutto per l'estate.
[Scopri ora]
Non vuoi più ricevere queste email? Annulla l'iscrizione.""", "Giorgio Bianchi"),
        ("correction", (), "Regalo arrivato rovinato", """Buongiorno,

ho ordinato un set di bicchieri da regalare a mia madre (ordine 2024-612240), scegliendo la confezione regalo. Il pacco è arrivato in tempo, ma la confezione era strappata su un lato e il biglietto con la dedica non c'era. I bicchieri per fortuna sono integri. Non chiedo un rimborso dell'ordine, ma mi dispiace perché era proprio per il regalo: potete almeno rimborsarmi i 4,50 € della confezione?

Approfitto per chiedervi di correggere la mia data di nascita nel profilo della carta fedeltà: risulta 03/11/1990, ma è 11/03/1990. Infatti il vostro buono compleanno mi arriva a novembre invece che a marzo.

Grazie,
Francesca Romano""", "Francesca Romano"),
        ("deletion", (), "", """Buongiorno,

vi chiedo di cancellare il mio account personale e tutti i dati collegati.

Cordiali saluti

Ing. Luca Ferrari
Responsabile Tecnico
Ferrari & Colombo Impianti S.r.l.
Via dell'Industria 18, 20900 Monza (MB)
Tel. +39 039 284 1177 – Cell. +39 347 551 2090
www.ferraricolombo.example

AVVISO DI RISERVATEZZA: Questo messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate. Se avete ricevuto questo messaggio per errore, vi preghiamo di avvisare immediatamente il mittente e di cancellarlo. Ogni utilizzo, diffusione o copia non autorizzati è vietato.""", "Luca Ferrari"),
        ("portability", (), "Fattura marzo", """Buongiorno,

mi servirebbe la fattura dell'ordine di marzo (2024-598013); nell'area clienti trovo solo lo scontrino.

Inoltre vorrei ricevere tutti i dati del mio account (anagrafica, ordini, punti fedeltà) in un formato elettronico strutturato, per poterli trasferire a un altro servizio.

Grazie,
Mario Ferri""", "Mario Ferri"),
        ("restriction", (), "Pratica AS-7781", """Buongiorno,

come sapete, il mio account è oggetto di una contestazione con la vostra assistenza (pratica AS-7781, addebito di un ordine che non ho mai ricevuto). Finché la pratica non è chiusa, i miei dati devono restare conservati ma bloccati: non cancellateli, ma non usateli per nient'altro.

Distinti saluti,
Paola Greco

Inviato da iPhone""", "Paola Greco"),
        ("objection", (), "App: notifiche e lentezza", """Salve,

da qualche settimana la vostra app mi manda notifiche tipo «Sei vicino al nostro negozio di Bruxelles: 10% di sconto solo oggi!» ogni volta che passo in zona. Inoltre l'app è diventata lentissima: per aprire il carrello ci vogliono 15 secondi e la ricerca si blocca spesso. Uso un Pixel 7 con Android 14.

Detto questo: non voglio che l'app tracci la mia posizione o il mio comportamento per mandarmi pubblicità mirata. Per favore interrompete questa profilazione.

Alessandro Conti""", "Alessandro Conti"),
        ("withdraw_consent", (), "Reso ordine 2024-607712", """Buongiorno,

vorrei restituire la lampada da tavolo dell'ordine 2024-607712: la luce è molto più fredda di come appariva nelle foto. Ho letto che il reso è gratuito entro 30 giorni; devo stampare io l'etichetta o me la mandate voi? Posso lasciarla in un punto di ritiro a Liegi?

Per favore, togliete anche il mio numero dalla lista degli SMS promozionali.

Grazie,
Chiara Esposito""", "Chiara Esposito"),
        ("complaint", (), "SMS truffa con i miei dati", """Buongiorno,

ieri ho ricevuto un SMS che sembrava vostro: «Gentile Valentina Rizzo, il suo ordine 2024-603390 è bloccato in dogana, paghi 2,99 € qui». Il nome e il numero d'ordine erano giusti, e quell'ordine l'ho fatto solo da voi. Per fortuna non ho cliccato.

Com'è possibile che dei truffatori abbiano i miei dati e il numero dei miei ordini? Se avete subito un furto di dati dovevate avvisare i clienti. Sono molto arrabbiata.

Valentina Rizzo""", "Valentina Rizzo"),
        ("other", (), "Ritiro in negozio", """Buongiorno,

vorrei ordinare online e ritirare nel negozio di Anversa. Nel modulo il numero di telefono è obbligatorio: serve davvero per il ritiro o posso lasciare solo l'email? Non ho problemi a darlo, vorrei solo capire come funziona l'avviso quando l'ordine è pronto.

Grazie,
Roberto Marino""", "Roberto Marino"),
    ],
    "pt": [
        ("access", (), "", """Bom dia,

Gostaria de receber uma cópia de todos os dados pessoais que têm sobre mim.

Obrigada

Enviado do meu iPhone

--
Ana Sofia Martins
Consultora Sénior | Martins & Reis Consultoria
Rue de la Loi 155, 1040 Bruxelas
+32 2 235 77 10 | +32 485 33 90 27
Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu por engano, por favor apague-a e informe o remetente.""", "Ana Sofia Martins"),
        ("correction", (), "Encomenda 2024-704412", """Olá,

A encomenda 2024-704412 chegou ontem, tudo em ordem, obrigado. A estante é bem mais sólida do que esperava.

Uma coisa: o meu apelido está errado na conta e no cartão de cliente — está «Gonzalves», mas é «Gonçalves», com ç. Podem corrigir? Já reparei que também sai assim nas faturas.

Cumprimentos,
Rui Gonçalves""", "Rui Gonçalves"),
        ("deletion", (), "Reembolso da encomenda 2024-698830", """Boa tarde,

Confirmo que recebi o reembolso da encomenda 2024-698830, que chegou com três semanas de atraso e que acabei por cancelar. O valor está correto (127,80 €), obrigada.

Mas sinceramente a experiência foi má: três contactos com o apoio ao cliente, cada vez uma resposta diferente, e ninguém sabia onde estava a encomenda. Não quero voltar a comprar na vossa loja.

Por isso, peço que apaguem a minha conta e todos os meus dados pessoais.

Catarina Lopes""", "Catarina Lopes"),
        ("portability", (), "Re: Confirmação da encomenda 2024-711059", """Olá,

Podem enviar-me o histórico completo das minhas encomendas e os dados da conta num ficheiro CSV? Quero importá-los para outra plataforma de compras.

Obrigado,
Tiago Almeida

No dia 8/07/2024, às 12:05, Shop Example <encomendas@shop.example.be> escreveu:
> Olá Tiago,
> Obrigado pela sua encomenda n.º 2024-711059.
> 1x Aspirador sem fio X20 — 179,00 €
> Entrega prevista: 11 a 12 de julho
> Pode acompanhar a encomenda na sua conta.""", "Tiago Almeida"),
        ("restriction", (), "Cartão de fidelidade", """Boa tarde,

Estou em desacordo convosco sobre os 2.300 pontos que desapareceram do meu cartão de fidelidade (n.º 6601 7720 1145) em maio; o processo está com o vosso apoio ao cliente (ref. FID-4410).

Enquanto o caso não estiver resolvido, peço que limitem o tratamento dos meus dados: não os apaguem, mas também não os utilizem para outros fins.

Helena Sousa""", "Helena Sousa"),
        ("objection", (), "Re: Com base nas suas compras recentes…", """Oponho-me a que partilhem os meus dados com parceiros de publicidade e a que analisem as minhas compras para me mostrar este tipo de sugestões. Parem com isso, por favor.

Miguel Pereira

Em 20/06/2024 08:30, Shop Example <novidades@shop.example.be> escreveu:
> Olá Miguel,
> Com base nas suas compras recentes, achamos que vai gostar de:
> - Grelhador elétrico — 59,95 €
> - Conjunto de facas — 39,95 €
> Estas sugestões são personalizadas com a ajuda dos nossos parceiros.""", "Miguel Pereira"),
        ("withdraw_consent", (), "Cupão não funciona na app", """Olá,

Recebi um cupão de 10 € (código VERAO10) para compras acima de 50 €, mas na app aparece sempre «código inválido». O meu carrinho tem 63,40 € e o cupão é válido até 31 de julho. Já tentei no site e dá o mesmo erro. Podem ver o que se passa? Gostava de fazer a encomenda esta semana.

E já agora, retirem-me de todas as newsletters e mensagens promocionais, por favor.

João Ribeiro""", "João Ribeiro"),
        ("complaint", ("portability",), "Pedido de dados sem resposta", """Boa tarde,

A 28 de maio pedi-vos que me enviassem os meus dados (encomendas e dados da conta) num ficheiro, para os levar para outra loja. Recebi uma resposta automática e mais nada. Já passaram mais de cinco semanas.

Não é aceitável. Se não receber o ficheiro até ao fim do mês, apresento queixa à autoridade de proteção de dados.

Inês Carvalho""", "Inês Carvalho"),
        ("other", (), "Dados pessoais", """Olá,

Na encomenda 2024-715502, só desta vez, podem entregar em casa da minha mãe? Vou estar lá a semana toda. Morada: Rue de Namur 9, 1400 Nivelles. A minha morada habitual na conta fica igual.

Obrigada,
Marta Figueiredo""", "Marta Figueiredo"),
    ],
    "pl": [
        ("access", (), "Zwrot butów – zamówienie 2024-802214", """Dzień dobry,

chciałabym zwrócić buty z zamówienia 2024-802214. Rozmiar 38 okazał się za mały, choć zwykle noszę właśnie 38 – chyba ten model jest po prostu mniejszy. Buty są nienoszone, w oryginalnym pudełku. Czy mogę je wymienić na 39, czy muszę zrobić zwrot i złożyć nowe zamówienie?

Przy okazji: skąd macie mój służbowy numer telefonu? Nigdy Wam go nie podawałam, a w zeszłym tygodniu ktoś dzwonił do mnie do pracy z ofertą Waszej karty lojalnościowej. Proszę o informację, jakie moje dane przetwarzacie, skąd je macie i komu je udostępniliście.

Pozdrawiam,
Agnieszka Wiśniewska""", "Agnieszka Wiśniewska"),
        ("correction", (), "Odp: Twoje punkty za czerwiec", """Dzień dobry,

punkty się zgadzają, ale nazwisko jest błędne. Po ślubie nazywam się Kowalczyk, nie Nowak. Proszę poprawić to w moim profilu.

Magdalena Kowalczyk

W dniu 1.07.2024 o 07:15, Shop Example <karta@shop.example.be> pisze:
> Cześć Magdalena Nowak!
> W czerwcu zebrałaś 310 punktów. Łącznie masz 2 140 punktów.
> Wymień je na bon 10 € w aplikacji.""", "Magdalena Kowalczyk"),
        ("deletion", (), "Zamowienie 2024-806612", """Czesc,

zamowienie doszlo, wszystko ok, dzieki. To byly moje ostatnie zakupy u was, wyjezdzam z Belgii na stale.

Prosze usunac moje konto i wszystkie moje dane.

Pozdro
Kuba Zielinski""", "Jakub Zieliński"),
        ("portability", (), "", """Dzień dobry,

proszę o przesłanie moich danych (historia zamówień, dane konta, punkty) w formacie CSV lub JSON. Chcę je przenieść do innego sklepu.

Z poważaniem

Tomasz Lewandowski
Kierownik Działu Logistyki
Polbel Transport Sp. z o.o. – oddział Antwerpia
Noorderlaan 147, 2030 Antwerpen
tel. +32 3 544 20 18 | kom. +48 601 223 904

Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie jesteś adresatem, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie wiadomości. Ta wiadomość została sprawdzona przez system antywirusowy.""", "Tomasz Lewandowski"),
        ("restriction", (), "Reklamacja telewizora", """Dzień dobry,

w kwietniu kupiłem u Was telewizor 55 cali (zamówienie 2024-781190). Po miesiącu na ekranie pojawił się pionowy pasek. Zgłosiłem reklamację (nr RK-3307), a serwis odpisał, że to uszkodzenie mechaniczne i naprawa nie jest objęta gwarancją. Nie zgadzam się z tym – telewizor wisi na ścianie i nikt go nie ruszał. Odwołałem się i sprawa jest w toku.

Do czasu rozstrzygnięcia reklamacji proszę o ograniczenie przetwarzania moich danych: nie usuwajcie ich, ale nie wykorzystujcie do niczego poza tą sprawą.

Marek Wójcik""", "Marek Wójcik"),
        ("objection", (), "Karta lojalnościowa", """Dzień dobry,

mam Waszą kartę lojalnościową od dwóch lat i chcę ją zachować, bo zbieram punkty. Nie zgadzam się jednak na profilowanie mnie na podstawie zakupów ani na przygotowywanie dla mnie „spersonalizowanych” ofert. Proszę przestać analizować moje zakupy w tym celu.

Barbara Kamińska""", "Barbara Kamińska"),
        ("withdraw_consent", (), "Odp: Wyprzedaż lata – do -50%", """Wypiszcie mnie z newslettera. Dziękuję.

Piotr

Wysłane z iPhone'a

> Wiadomość napisana przez Shop Example <news@shop.example.be> w dniu 26.06.2024, o godz. 09:00:
>
> WYPRZEDAŻ LATA
> Do -50% na meble ogrodowe i grille.
> Nie chcesz otrzymywać naszych wiadomości? Wypisz się.""", "Piotr Dąbrowski"),
        ("complaint", (), "Mail podszywający się pod Was", """Dzień dobry,

dostałem dziś maila niby od Waszego działu obsługi klienta, z moim imieniem, adresem dostawy i listą trzech ostatnich zamówień, z prośbą o „potwierdzenie danych karty”. Oczywiście to oszustwo, ale skąd oszuści mają moją historię zamówień? To może być tylko wyciek z Waszego systemu.

Jestem wściekły. Nikt mnie o niczym nie poinformował, a przecież powinniście.

Krzysztof Mazur""", "Krzysztof Mazur"),
        ("other", (), "Zakupy bez konta i faktura", """Dzień dobry,

czy mogę zamówić bez zakładania konta? Nie lubię rejestrować się w każdym sklepie. I czy w takim przypadku też dostanę fakturę na firmę, jeśli podam numer VAT przy zamówieniu?

Pozdrawiam,
Ewa Jankowska""", "Ewa Jankowska"),
    ],
    "cs": [
        ("access", (), "Objednávka 2024-902871", """Dobrý den,

objednávka 2024-902871 (stolní lampa a dva polštáře) měla dorazit v úterý, ale sledování zásilky od pondělí ukazuje „v přepravě“. Můžete zjistit, kde je? Pokud se ztratila, prosím o novou zásilku.

Dále bych chtěl vědět, jaké osobní údaje o mně evidujete a komu jste je předali. Od té doby, co u vás nakupuji, mi chodí nabídky od firem, o kterých jsem nikdy neslyšel.

S pozdravem
Petr Novotný""", "Petr Novotný"),
        ("correction", (), "Nejde změnit adresu v aplikaci", """Dobrý den,

v aplikaci (iPhone, verze 5.12) se nedá změnit adresa v profilu. Vyplním novou, kliknu na „Uložit“, objeví se kolečko a pak se tam zase ukáže ta stará. Zkoušela jsem to několikrát, i po odhlášení a novém přihlášení. Na webu to dopadne stejně.

Opravte mi to tedy prosím vy: nová adresa je Jana Dvořáková, Avenue de Tervueren 118, 1150 Woluwe-Saint-Pierre. Ta stará (Rue Gray 54, Ixelles) už neplatí, odstěhovala jsem se.

Děkuji
Jana Dvořáková""", "Jana Dvořáková"),
        ("deletion", (), "Re: Obnovení hesla", """Dobrý den,

chtěl jsem se přihlásit, ale vlastně už účet nepotřebuji. Heslo obnovovat nebudu – účet prosím zrušte a smažte všechny moje údaje.

Martin Svoboda

Dne 5. 7. 2024 v 19:48 Shop Example <noreply@shop.example.be> napsal(a):
> Dobrý den,
> obdrželi jsme žádost o obnovení hesla k vašemu účtu.
> Pro nastavení nového hesla klikněte na odkaz (platí 30 minut):
> https://shop.example.be/reset/c44e90
> Pokud jste o změnu nežádali, tento e-mail ignorujte.""", "Martin Svoboda"),
        ("portability", (), "Stěhování do Prahy", """Dobrý den,

na konci srpna se stěhuji zpátky do Prahy. Mám u vás ještě nevyřízenou reklamaci na vysavač (č. RK-4410) – prosím, vyřiďte ji do té doby, případně mi dejte vědět, zda můžete peníze poslat i na český účet.

Jinak si na vás nestěžuji, byli jste rychlí a spolehliví. Bohužel do Česka nedoručujete.

A ještě prosba: pošlete mi prosím moje údaje – historii objednávek a data z účtu – ve strojově čitelném formátu (CSV nebo JSON), abych je mohl nahrát k jinému obchodu.

Děkuji a zdravím
Lukáš Procházka""", "Lukáš Procházka"),
        ("restriction", (), "", """Dobrý den,

do vyřešení mé stížnosti č. 4471 žádám o omezení zpracování mých osobních údajů. Údaje nemažte, ale nepoužívejte je k ničemu jinému.

S pozdravem

Ing. Hana Kučerová
vedoucí účtárny
Moravia Components s.r.o., pobočka Brusel
Boulevard du Roi Albert II 27, 1030 Bruxelles
tel.: +32 2 201 44 80 | mobil: +420 602 318 775

Tento e-mail a jeho přílohy jsou důvěrné a jsou určeny výhradně adresátovi. Pokud nejste adresátem, informujte prosím odesílatele a zprávu smažte.""", "Hana Kučerová"),
        ("objection", (), "Re: Doporučujeme pro vás", """Nesouhlasím s tím, abyste sledovali, co si prohlížím na webu, a podle toho mi posílali cílenou reklamu. Proti tomuto zpracování vznáším námitku.

Tereza Veselá

Dne 18. 6. 2024 v 8:30 Shop Example <novinky@shop.example.be> napsal(a):
> Dobrý den, Terezo,
> všimli jsme si, že jste si nedávno prohlížela kávovary.
> Vybrali jsme pro vás:
> - Kávovar Espresso Pro — 249 €
> - Mlýnek na kávu — 59 €""", "Tereza Veselá"),
        ("withdraw_consent", (), "zpozdena objednavka", """Dobry den,

objednavka 2024-911504 mela prijit minuly patek, dnes je streda a porad nic. Volal jsem na infolinku, tam mi rekli ze to "resi dopravce", ale dopravce rika ze zasilku jeste nedostal. Tak kdo to tedy resi? Potrebuju to do soboty, je to darek k narozeninam.

a uz mi prosim neposilejte zadne reklamni emaily ani sms, dekuju.

Ondra Kratochvil""", "Ondřej Kratochvíl"),
        ("complaint", ("access",), "Faktura", """Dobrý den,

potřebuji fakturu k objednávce 2024-887420, v účtu je jen účtenka.

A hlavně: 15. května jsem vás požádal o kopii všech osobních údajů, které o mně máte. Uplynulo víc než sedm týdnů a nepřišlo nic, ani potvrzení. Zákonná lhůta je měsíc. Pokud se do deseti dnů neozvete, podám stížnost u belgického dozorového úřadu pro ochranu osobních údajů.

Jiří Horák""", "Jiří Horák"),
        ("other", (), "Re: Potvrzení objednávky 2024-913377", """Dobrý den,

můžu ještě změnit způsob platby z karty na platbu při převzetí? Karta mi nečekaně vypršela.

Díky
Klára Marková

Dne 9. 7. 2024 v 13:02 Shop Example <objednavky@shop.example.be> napsal(a):
> Děkujeme za objednávku č. 2024-913377!
> 1x Rychlovarná konvice, nerez — 39,95 €
> Platba: kartou (čeká na zpracování)
> Předpokládané doručení: 12.–15. 7.""", "Klára Marková"),
    ],
    "hr": [
        ("access", (), "Odg: Vaše mišljenje nam je važno", """Poštovani,

prije nego što ispunim anketu: tko je tvrtka „SurveyHub“ koja mi je šalje u vaše ime? Molim vas popis svih osobnih podataka koje imate o meni i informaciju kome ste ih sve proslijedili.

Ivana Horvat

Dana 14. 6. 2024. u 11:04, Shop Example via SurveyHub <anketa@surveyhub.example> je napisao/la:
> Poštovana Ivana,
> nedavno ste kupovali kod nas (narudžba 2024-121390).
> Imate li dvije minute za kratku anketu?
> [Započni anketu]
> Ovu anketu provodi SurveyHub u ime Shop Example.""", "Ivana Horvat"),
        ("correction", (), "Račun za narudžbu 2024-130774", """Poštovani,

na računu za narudžbu 2024-130774 piše „Rue de la Station 14“, a ja stanujem u Rue de la Gare 14 — očito je od početka krivo upisano u mom profilu. Paket je svejedno stigao jer me dostavljač zna. Molim vas da trajno ispravite adresu u profilu, da ne bude problema ubuduće.

Hvala,
Marko Babić""", "Marko Babić"),
        ("deletion", (), "", """Pozdrav,

molim vas da izbrišete moj korisnički račun i sve moje podatke.

Hvala

Poslano s mog iPhonea

--
Petra Jurić
Mob: +385 91 552 3041 / +32 486 72 15 90
Avenue Brugmann 60, 1190 Forest""", "Petra Jurić"),
        ("portability", (), "Povrat jakne – narudžba 2024-118820", """Poštovani,

vraćam zimsku jaknu iz narudžbe 2024-118820. Boja je uživo puno tamnija nego na slikama, a i rukavi su prekratki. Jakna nije nošena, etikete su na njoj. Na vašoj stranici piše da se povrat može napraviti u roku od 30 dana — jesam li dobro shvatio da mi vi trebate poslati naljepnicu, ili je sam ispišem u korisničkom računu? Tamo ne vidim nikakvu opciju.

Također, trebam sve svoje podatke iz računa (narudžbe, adrese, bodove) u datoteci, npr. CSV, jer ih želim prenijeti drugom trgovcu.

Lijep pozdrav,
Ivan Kovačević""", "Ivan Kovačević"),
        ("restriction", (), "Odg: Nedostajete nam!", """Poštovani,

umjesto da mi izbrišete račun, kako sam prvo mislila tražiti, molim vas da samo ograničite obradu mojih podataka: neka ostanu spremljeni, trebaju mi zbog jamstva na perilicu, ali ih ne koristite ni za što drugo.

Ana Marić

Dana 14. 6. 2024. u 10:00, Shop Example <pozdrav@shop.example.be> je napisao/la:
> Bok Ana,
> dugo vas nismo vidjeli! Poklanjamo vam 10 € popusta na iduću kupnju
> iznad 50 €. Kod: OPET10""", "Ana Marić"),
        ("objection", (), "facebook reklame", """bok,

primijetio sam da mi nakon svake posjete vasoj stranici facebook i instagram izbacuju vase reklame s tocno onim proizvodima koje sam gledao. ocito imate neki piksel ili slicno. ne zelim da moje podatke dijelite s oglasivacima ni da me pratite za ciljane reklame, molim da to prestane.

inace, kad ce opet biti na stanju crni ruksak 20L? vec mjesec dana pise rasprodano.

Dario""", "Dario Perić"),
        ("withdraw_consent", (), "Narudžba 2024-140233", """Poštovani,

narudžbu 2024-140233 platio sam prije tjedan dana, a status je još uvijek „u obradi“. Možete li provjeriti je li sve u redu s plaćanjem? Iznos je skinut s kartice.

I molim vas da me maknete s newslettera i SMS obavijesti.

Hvala,
Tomislav Knežević""", "Tomislav Knežević"),
        ("complaint", ("withdraw_consent",), "Treći put!", """Poštovani,

ovo vam pišem treći put. U travnju sam vas zamolio da me više ne zovete s ponudama i da me maknete sa svih marketinških popisa. Odgovorili ste da je to riješeno. Od tada su me zvali još četiri puta, zadnji put jučer u 20:15.

Ako se to ponovi, podnosim pritužbu nadzornom tijelu za zaštitu podataka.

Zoran Pavlović""", "Zoran Pavlović"),
        ("other", (), "Plaćanje bez spremanja kartice", """Pozdrav,

mogu li platiti karticom, a da se kartica ne spremi u moj korisnički račun? Kupujem rijetko i ne treba mi da bude spremljena. Ako to nije moguće, prihvaćate li PayPal?

Hvala,
Lucija Tomić""", "Lucija Tomić"),
    ],
    "sv": [
        ("access", (), "", """Hej,

jag vill begära ut en kopia av alla personuppgifter ni har om mig, inklusive varifrån ni har fått dem.

Tack!

Med vänliga hälsningar

Anna Lindberg
Projektledare, Nordic Interiors Benelux AB
Kunstlaan 24, 1000 Bryssel
Tel: +32 2 511 20 48 | Mobil: +46 70 312 45 88
anna.lindberg@nordicinteriors.example

Detta e-postmeddelande kan innehålla konfidentiell information och är endast avsett för mottagaren. Om du har fått meddelandet av misstag, vänligen meddela avsändaren och radera det. Tänk på miljön innan du skriver ut detta mejl.""", "Anna Lindberg"),
        ("correction", (), "SV: Orderbekräftelse 2024-220915", """Hej,

telefonnumret i mitt konto är fel – det står +32 470 11 22 33, men rätt nummer är +32 470 11 23 32. Ändra det i kontot, tack, så att budet kan nå mig i fortsättningen.

Erik Johansson

Från: Shop Example <order@shop.example.be>
Skickat: den 10 juli 2024 15:40
Till: erik.johansson@post.example
Ämne: Orderbekräftelse 2024-220915

Hej Erik!
Tack för din beställning.
1 st Skrivbordslampa, mässing – 69,00 EUR
Telefon för leveransavisering: +32 470 11 22 33
Beräknad leverans: 13–15 juli""", "Erik Johansson"),
        ("deletion", (), "Utgångna bonuspoäng", """Hej,

jag upptäckte i dag att 1 850 bonuspoäng på mitt kundkort har försvunnit. I appen står det att de ”gick ut” den 30 juni. Ingen har informerat mig om att poäng förfaller, varken i butiken eller i mejlen ni skickar. Jag har handlat för nästan 2 000 euro hos er de senaste två åren och tycker att det här är ett dåligt sätt att behandla en trogen kund.

Jag är klar med er. Radera mitt konto och mina personuppgifter.

Maria Nilsson""", "Maria Nilsson"),
        ("portability", (), "Kundkort 6601 8830 4127", """Hej,

jag flyttar tillbaka till Sverige och kommer inte att handla hos er längre. Kan ni skicka min köphistorik och mina kontouppgifter i en fil (CSV eller liknande), så att jag kan ta med dem till en annan butik?

Vänliga hälsningar
Johan Karlsson""", "Johan Karlsson"),
        ("restriction", (), "Krav från inkassobolag", """Hej,

jag har fått ett krav från ett inkassobolag på 74,90 euro för order 2024-208817, som jag returnerade den 3 maj. Jag har returkvittot, och spårningen visar att paketet kom fram till ert lager den 6 maj. Jag har bestridit kravet både hos er och hos inkassobolaget.

Så länge tvisten pågår: radera ingenting, men använd inte mina uppgifter till något annat än det här ärendet.

Lena Andersson""", "Lena Andersson"),
        ("objection", (), "SV: Ditt poängbesked för juni", """Hej,

jag motsätter mig att ni analyserar mina köp för att ta fram ”personliga erbjudanden”. Poängen vill jag behålla, men sluta profilera mig.

/Karin Berg

-----Ursprungligt meddelande-----
Från: Shop Example Kundkort <kort@shop.example.be>
Skickat: den 1 juli 2024 07:15
Ämne: Ditt poängbesked för juni

Hej Karin!
Du har 1 240 poäng. Dessutom har vi tagit fram personliga erbjudanden
utifrån dina senaste köp – se dem i appen!""", "Karin Berg"),
        ("withdraw_consent", (), "Fråga om taklampa", """Hej,

jag funderar på att köpa taklampan Lumo (art. 61-2044) till hallen. Går den att dimra med en vanlig vriddimmer, eller krävs en särskild LED-dimmer? Och hur lång är sladden? Takhöjden är 2,80 m och jag vill att lampan hänger ungefär 2,10 m över golvet.

Avregistrera mig också från nyhetsbrevet och sms-utskicken, tack.

Mikael Svensson""", "Mikael Svensson"),
        ("complaint", (), "Order 2024-230098", """Hej,

jag beställde en vattenkokare (order 2024-230098) och i paketet låg, förutom min vara, en faktura till en annan kund – med hennes namn, adress, telefonnummer och allt hon köpt. Då undrar man ju om min faktura har hamnat hos någon annan.

Det här är allvarligt slarv med personuppgifter och jag är riktigt upprörd. Jag förväntar mig att ni tar det på allvar.

Sofia Persson""", "Sofia Persson"),
        ("other", (), "SV: Hur nöjd är du med ditt köp?", """Hej,

produkten (kaffebryggaren) är bra, men leveransen tog nio dagar i stället för tre. Får jag fri frakt nästa gång som kompensation?

Oskar Eriksson

> Hej Oskar!
> Hur nöjd är du med ditt köp av Kaffebryggare Classic?
> Betygsätt på en skala 1–5 – det tar bara en minut.
> Shop Example""", "Oskar Eriksson"),
    ],
    "ro": [
        ("access", (), "Comanda 2024-330514 – lipsește un produs", """Bună ziua,

am primit ieri comanda 2024-330514, dar în colet erau doar farfuriile; cele șase căni din același set lipsesc, deși apar pe factură. Cutia era intactă, deci nu cred că s-au pierdut pe drum. Vă rog să-mi trimiteți cănile sau să-mi returnați banii pentru ele (54 €).

Și încă ceva: săptămâna trecută am primit prin poștă un catalog de la voi la adresa părinților mei din Charleroi, pe care nu v-am dat-o niciodată. Vreau să știu ce date personale dețineți despre mine și de unde aveți adresa aceea.

Mulțumesc,
Andreea Popescu""", "Andreea Popescu"),
        ("correction", (), "", """buna ziua,

va rog sa imi actualizati adresa de email din cont cu mihai.ionescu.be@mail.example, cea veche (mihai_ionescu82@posta.example) nu mai exista.

multumesc

Mihai Ionescu
Sofer profesionist C+E
tel. +32 489 17 60 23 / +40 744 218 905

Trimis de pe iPhone-ul meu""", "Mihai Ionescu"),
        ("deletion", (), "Retur comanda 2024-318213", """Bună ziua,

returul pentru comanda 2024-318213 a ajuns la voi și am primit banii, mulțumesc.

Acum vă rog să-mi ștergeți contul și toate datele mele personale. Nu mai am nevoie de el.

O zi bună,
Elena Dumitrescu""", "Elena Dumitrescu"),
        ("portability", (), "Re: Punctele tale din iunie", """Bună,

puteți să-mi trimiteți istoricul cumpărăturilor și al punctelor, plus datele din cont, într-un fișier (CSV sau Excel)? Vreau să le iau cu mine la alt magazin.

Cristina Stan

În lun., 1 iul. 2024 la 07:15, Shop Example <card@shop.example.be> a scris:
> Bună, Cristina!
> În iunie ai strâns 180 de puncte. Total: 960 de puncte.
> La 1.000 de puncte primești un voucher de 5 €!""", "Cristina Stan"),
        ("restriction", (), "Disputa privind comanda 2024-301990", """Bună ziua,

am plătit comanda 2024-301990 (un frigider, 649 €), dar livrarea nu a avut loc niciodată, iar curierul susține că l-a predat. Nu am semnat nimic, nici nu am fost acasă în ziua aceea. Am deschis o dispută la bancă și am depus o reclamație la voi (nr. RC-1184).

Până se rezolvă, vă rog să restricționați prelucrarea datelor mele: să nu le ștergeți, pentru că îmi trebuie ca dovadă, dar nici să nu le folosiți în alt scop.

Adrian Constantin""", "Adrian Constantin"),
        ("objection", (), "Card de fidelitate", """Bună ziua,

am cardul vostru de fidelitate de trei ani și sunt mulțumită de reduceri. Dar nu mai vreau să fiu urmărită cu cookie-uri de publicitate pe site și să văd apoi reclame personalizate de la voi pe Facebook și Instagram. Vă rog să nu-mi mai folosiți datele în acest scop și să nu le mai transmiteți partenerilor de publicitate.

Ioana Marin""", "Ioana Marin"),
        ("withdraw_consent", (), "Re: 3 zile de reduceri!", """Dezabonați-mă, vă rog. Primesc câte două-trei mailuri pe zi de la voi.

Florin

Pe 24.06.2024 09:00, Shop Example <noutati@shop.example.be> a scris:
> 3 ZILE DE REDUCERI
> Până la -40% la electrocasnice mici.
> Nu mai vrei să primești e-mailuri? Dezabonează-te.""", "Florin Munteanu"),
        ("complaint", ("objection",), "Fără răspuns de 5 săptămâni", """Bună ziua,

acum cinci săptămâni v-am scris să nu-mi mai folosiți datele pentru reclame personalizate și să nu mai analizați ce cumpăr. Nu am primit niciun răspuns, iar reclamele „alese pentru tine” continuă, și în mailuri, și în aplicație.

Dacă nu primesc un răspuns în zece zile, depun plângere la autoritatea pentru protecția datelor.

Gabriel Radu""", "Gabriel Radu"),
        ("other", (), "Comandă fără cont?", """Bună ziua,

trebuie să-mi fac cont ca să comand? Nu-mi place să-mi las datele peste tot pentru o singură comandă. Vreau doar un set de prosoape (art. 23-1107), cu livrare la adresa mea din Anderlecht.

Mulțumesc,
Daniela Georgescu""", "Daniela Georgescu"),
    ],
    "el": [
        ("access", (), "Παραγγελία 2024-440331", """Καλησπέρα σας,

η παραγγελία 2024-440331 (καρέκλα γραφείου) έφτασε, αλλά λείπει η μία ροδούλα και οι βίδες για την πλάτη. Μπορείτε να μου στείλετε τα ανταλλακτικά ή πρέπει να επιστρέψω όλη την καρέκλα;

Επίσης, θα ήθελα να μάθω ποια προσωπικά δεδομένα μου τηρείτε και με ποιους τα έχετε μοιραστεί. Από τότε που ψώνισα από εσάς, με παίρνουν τηλέφωνο εταιρείες για τις οποίες δεν έχω ακούσει ποτέ.

Με εκτίμηση,
Γιώργος Παπαδάκης""", "Γιώργος Παπαδάκης"),
        ("correction", (), "Καφετιέρα που στάζει", """Καλημέρα,

αγόρασα την καφετιέρα espresso (παραγγελία 2024-452290) πριν από έναν μήνα και από την περασμένη εβδομάδα στάζει νερό κάτω από τη βάση κάθε φορά που φτιάχνω καφέ. Την καθάρισα σύμφωνα με τις οδηγίες, αλλά το πρόβλημα παραμένει. Είναι μέσα στην εγγύηση — πώς προχωράμε; Προτιμώ αντικατάσταση.

Και κάτι ακόμα: στον λογαριασμό μου το επώνυμο είναι γραμμένο «Papadopoulos», ενώ είμαι «Papadopoulou». Παρακαλώ διορθώστε το.

Ευχαριστώ,
Ελένη Παπαδοπούλου""", "Ελένη Παπαδοπούλου"),
        ("deletion", (), "Απ: Μας έλειψες!", """Παρακαλώ διαγράψτε τον λογαριασμό μου και όλα τα στοιχεία μου. Δεν θα ξαναψωνίσω από εσάς.

Νίκος

Στις Δευ, 3 Ιουν 2024 στις 10:02, ο/η Shop Example <hello@shop.example.be> έγραψε:
> Γεια σου Νίκο,
> Έχουμε καιρό να σε δούμε! Σου χαρίζουμε 15% έκπτωση
> στην επόμενη παραγγελία σου με τον κωδικό COMEBACK15.""", "Νίκος Αντωνίου"),
        ("portability", (), "", """Καλησπέρα,

θα ήθελα να μου στείλετε τα δεδομένα του λογαριασμού μου και το ιστορικό των παραγγελιών μου σε αρχείο (π.χ. CSV), για να τα μεταφέρω σε άλλο κατάστημα.

Ευχαριστώ

Δρ Κατερίνα Γεωργίου
Ερευνήτρια, Τμήμα Χημικής Μηχανικής
Institut de Recherche Chimique de Bruxelles
Avenue F. D. Roosevelt 212, 1050 Bruxelles
Τηλ.: +32 2 650 41 77 | Κιν.: +30 694 512 3308

Το παρόν μήνυμα και τυχόν συνημμένα είναι εμπιστευτικά και προορίζονται αποκλειστικά για τον παραλήπτη. Αν το λάβατε κατά λάθος, παρακαλώ ενημερώστε τον αποστολέα και διαγράψτε το.""", "Κατερίνα Γεωργίου"),
        ("restriction", (), "Επιστροφή 2024-437710", """Καλησπέρα,

επέστρεψα τη φριτέζα αέρος (παραγγελία 2024-437710) στις 5 Ιουνίου και το κατάστημά σας ισχυρίζεται ότι δεν την παρέλαβε ποτέ, παρόλο που έχω απόδειξη αποστολής με υπογραφή. Το θέμα εξετάζεται ακόμα (υπόθεση RT-2281).

Μέχρι να κλείσει η υπόθεση, σας ζητώ να περιορίσετε την επεξεργασία των δεδομένων μου: μην τα διαγράψετε, αλλά και μην τα χρησιμοποιήσετε για τίποτε άλλο.

Δημήτρης Κωνσταντίνου""", "Δημήτρης Κωνσταντίνου"),
        ("objection", (), "Η εφαρμογή είναι πολύ αργή", """Γεια σας,

μετά την τελευταία ενημέρωση η εφαρμογή σας έχει γίνει απίστευτα αργή: το καλάθι θέλει 10–15 δευτερόλεπτα για να ανοίξει και η αναζήτηση κολλάει συχνά. Έχω Xiaomi Redmi Note 12 με Android 13. Επίσης, η σελίδα «Για σένα» είναι γεμάτη προτάσεις με βάση ό,τι έχω αγοράσει.

Σε αυτό ακριβώς θέλω να σταματήσετε: δεν θέλω να αναλύετε τις αγορές μου για εξατομικευμένες προτάσεις και διαφημίσεις.

Μαρία Αθανασίου""", "Μαρία Αθανασίου"),
        ("withdraw_consent", (), "", """σταματηστε να μου στελνετε διαφημιστικα sms, δεν τα θελω πια

Σταλθηκε απο το iPhone μου

--
Κωστας Μιχαηλιδης
Ηλεκτρολογος
+32 477 40 18 62
Chaussée d'Ixelles 201, 1050 Ixelles""", "Κώστας Μιχαηλίδης"),
        ("complaint", ("withdraw_consent",), "Απ: Καλοκαιρινές εκπτώσεις έως -50%", """Έχω απεγγραφεί από το newsletter σας δύο φορές, στις 10 Μαΐου και στις 2 Ιουνίου, και παρ' όλα αυτά συνεχίζω να λαμβάνω αυτά τα μηνύματα. Αφαιρέστε με επιτέλους από κάθε λίστα, αλλιώς θα απευθυνθώ στην αρχή προστασίας δεδομένων.

Σοφία Βασιλείου

Στις Τετ, 26 Ιουν 2024 στις 09:00, ο/η Shop Example <news@shop.example.be> έγραψε:
> ΚΑΛΟΚΑΙΡΙΝΕΣ ΕΚΠΤΩΣΕΙΣ
> Έως -50% σε έπιπλα κήπου και ψησταριές.
> Δεν θέλετε να λαμβάνετε αυτά τα email; Απεγγραφείτε εδώ.""", "Σοφία Βασιλείου"),
        ("other", (), "Παράδοση μόνο για αυτή την παραγγελία", """Καλημέρα,

μόνο για την παραγγελία 2024-460018, μπορείτε να την παραδώσετε στο γραφείο μου; Όλη την επόμενη εβδομάδα θα λείπω από το σπίτι. Διεύθυνση: Rue Belliard 40, 1040 Bruxelles, 3ος όροφος, υποδοχή. Η κανονική μου διεύθυνση στον λογαριασμό να μείνει ως έχει.

Ευχαριστώ,
Αλέξανδρος Νικολάου""", "Αλέξανδρος Νικολάου"),
    ],
    "bg": [
        ("access", (), "Re: Вашите точки за юни", """Здравейте,

откъде имате домашния ми адрес? Никога не съм го давала при регистрацията, само имейл. Искам копие от всички данни, които пазите за мен.

Десислава Петрова

На пн, 1.07.2024 г. в 7:15 Shop Example <karta@shop.example.be> написа:
> Здравейте, Десислава!
> През юни събрахте 95 точки. Общо: 640 точки.
> Скоро ще получите и хартиения ни каталог на домашния си адрес.""", "Десислава Петрова"),
        ("correction", (), "Поръчка 2024-571120", """Здравейте,

поръчката 2024-571120 пристигна навреме, благодаря. Куриерът обаче не можа да се свърже с мен, защото в профила ми е записан стар телефонен номер.

Моля, коригирайте го в профила: новият ми номер е +32 465 38 02 17.

Поздрави,
Георги Иванов""", "Георги Иванов"),
        ("deletion", (), "Не мога да вляза в приложението", """Здравейте,

от седмица не мога да вляза в приложението ви. Пише „Невалидни данни за вход“, въпреки че паролата е правилна — в браузъра влизам без проблем със същата парола. Преинсталирах приложението два пъти, изчистих кеша, пробвах и на телефона на съпруга ми — същото. Телефонът е Samsung A34 с Android 14.

Честно казано, вече нямам нерви за това. Изтрийте профила ми и всички мои данни.

Милена Димитрова""", "Милена Димитрова"),
        ("portability", (), "Карта за лоялност", """Здравейте,

премествам се в България и няма да пазарувам повече при вас. Изпратете ми, моля, историята на покупките ми по картата за лоялност и данните от профила ми в машинночетим файл (CSV или подобен), за да ги прехвърля при друг търговец.

Благодаря,
Стоян Николов""", "Стоян Николов"),
        ("restriction", (), "", """Здравейте,

моля, ограничете обработването на личните ми данни до приключване на спора по рекламация № RK-5520. Не ги изтривайте, но и не ги използвайте за друго.

Поздрави,

Николай Тодоров
Финансов директор
Балкан Логистик ЕООД – представителство Брюксел
Rue de la Science 14, 1040 Bruxelles
Тел.: +32 2 230 61 45 | Моб.: +359 888 412 306

Това съобщение е поверително и е предназначено само за посочения получател. Ако сте го получили по грешка, моля, уведомете подателя и го изтрийте.""", "Николай Тодоров"),
        ("objection", (), "Re: Избрахме за вас", """Възразявам срещу профилирането ми въз основа на покупките ми. Не искам „персонализирани“ предложения.

Ива

На ср, 19.06.2024 г. в 8:30 Shop Example <novini@shop.example.be> написа:
> Ива, избрахме това специално за вас
> Защото купихте: Комплект спално бельо от лен
> - Олекотена завивка — 79,95 €
> - Възглавница от мемори пяна — 34,95 €""", "Ива Стоянова"),
        ("withdraw_consent", (), "Фактура за поръчка 2024-566390", """Здравейте,

трябва ми фактура на фирма за поръчка 2024-566390 (офис стол). Данни: Иванов Консулт ЕООД, ДДС № BG204512378, адрес: бул. „Витоша“ 112, София. Може ли да я изпратите на този имейл?

И спрете, моля, да ми пращате рекламни имейли и SMS-и.

Благодаря,
Петър Иванов""", "Петър Иванов"),
        ("complaint", (), "Фишинг имейл с номера на поръчката ми", """Здравейте,

днес получих имейл, уж от вас, с името ми, номера на последната ми поръчка (2024-579004) и точната сума. Искаха да „потвърдя данните на картата си“ през линк. Не съм кликнал, но как измамниците са се сдобили с тази информация? Единственият, който я има, сте вие.

Ако е имало изтичане на данни, трябваше да ни уведомите. Крайно недоволен съм.

Васил Георгиев""", "Васил Георгиев"),
        ("other", (), "Профил за картата за лоялност?", """Здравейте,

взех карта за лоялност в магазина ви в Антверпен. Трябва ли задължително да си направя онлайн профил, за да трупам точки, или е достатъчно да показвам картата на касата? Пазарувам само в магазина, не онлайн.

Благодаря,
Радостина Колева""", "Радостина Колева"),
    ],
}

"""Person mail for the seventysecond set (en nl fr de es it pt): the company changing hands and changing systems (regional chains taken over and rebranded, old cards and web accounts moved over, franchise stores, new CRM / loyalty platform / payment provider / outsourced customer service, closed stores, "who holds my data now?"), and mail that asks nothing of the privacy team. Written apart from the rules (see make_seventysecond.py)."""

PEOPLE_DE = {
    "en": [
        ("access", (),
         "Who has my details now?",
         """Hello,

I've had a Verhaegen card since about 2011, from when I first moved to Mechelen. Last week I got an email saying "Your Verhaegen card is now a Shop Example card - nothing changes for you!" and a link to download your app. Well, something did change: a different company now apparently has fourteen years of my shopping.

I'm not asking you to delete anything, I just want to know where I stand. Could you tell me:
- what exactly was moved over from Verhaegen to you (purchases? my address? my kids' birthdays, which I once filled in for some toy club?)
- whether Verhaegen, or whatever is left of it, still has a copy
- which outside companies are involved now. The email footer mentioned a "loyalty platform partner" without naming it.

Card number on the back of the old card: 2200 4417 0093 8.

Thanks,
Rebecca Lyall
Kerkhofstraat 19, 2800 Mechelen""",
         "Rebecca Lyall"),
        ("correction", (),
         "wrong birthday",
         """Hi there, since the switch to the new app my date of birth shows as 3 December 1986. It's 12 March 1986. Looks like someone swapped the day and month when the cards were moved across (American style?). Not the end of the world but I got a "Happy birthday, here's 10% off" voucher last December which expired before my actual birthday, so could you fix it please.

Card/account: daniel.oyelaran@mailbox.example.be

Daniel""",
         "Daniel Oyelaran"),
        ("deletion", (),
         "",
         """I moved back to Cork in 2023 and haven't set foot in a Verhaegen in years. Now I get mail from a company I've never heard of telling me my "account has been transferred". I never signed up with you and I don't intend to.

Remove me completely please - the transferred account, the old card, the email address, all of it. Confirmation by email would be appreciated.

Aoife Brennan
(old card was registered to Lange Nieuwstraat 7, Antwerp)""",
         "Aoife Brennan"),
        ("portability", (),
         "Verhaegen webshop closing - my order history",
         """Dear Shop Example,

The Verhaegen website says the old webshop and its customer accounts will be switched off on 30 April and that accounts "will not be migrated in full". I've used that webshop for weekly grocery deliveries since lockdown, so there are about five years of orders in there, plus my saved shopping lists.

I keep a household spreadsheet and would like all of that in a format I can actually load into it: CSV or Excel, one line per item ideally, with dates and prices. The PDF invoices you can download one at a time are not really workable for 250-odd orders.

Please send it before the old site disappears.

Account email: m.hollis.home@mailbox.example.be

Best regards,
Martin Hollis""",
         "Martin Hollis"),
        ("restriction", ("correction",),
         "Points lost in the card migration - please don't close the old account yet",
         """Hello,

Before the takeover my Verhaegen card had 4,820 points on it. I know because I checked at the till in Lier on 14 January and I have the receipt with the balance printed at the bottom. The new Shop Example account shows 820. It looks like a digit got lost somewhere.

Your app now says my "old card will be deactivated and its data removed after 60 days". I'd rather that didn't happen until this is sorted out, otherwise there's nothing left to compare with. So please leave the old card record exactly as it is, don't merge it, don't wipe it, until you have checked the balance, and then put the right number of points on my new account.

Old card: 2200 4417 2251 6
New account: same email as this one.

I can send a photo of the receipt.

Regards,
Priya Raman""",
         "Priya Raman"),
        ("objection", (),
         "\"Offers picked for you\"",
         """Hi,

Since the Verhaegen stores became Shop Example I get a weekly email headed "Offers picked for you, based on what you buy". Last week it was nappies and a pregnancy test discount. My partner opens my post and emails sometimes. I found that quite unpleasant.

To be clear, I don't want to cancel my card, I do use the points and I'm happy with the normal promotions that everyone gets. But I don't want your new system analysing my basket and guessing things about my life. Please stop building a profile on me and stop the personalised offers. The normal newsletter can stay.

Thanks,
Hannah Whitfield""",
         "Hannah Whitfield"),
        ("withdraw_consent", (),
         "texts",
         """Please stop the text messages. I said yes to Verhaegen sending me the odd SMS about their wine fair years ago, I did not say yes to three texts a week from Shop Example.

Number is 0486 71 20 39.

G. Pearce""",
         "Graham Pearce"),
        ("complaint", (),
         "Complaint about your customer service line",
         """To whom it may concern,

I wish to make a formal complaint.

On 9 March I rang your customer service number about a missing delivery. From the accent and the hold music I gathered it's an outsourced call centre now, and the agent said as much ("we took over customer care for Shop Example in February").

My ex-husband rang the same line two days later pretending to be me, as far as I can tell with no more than my name and my old card number, which he still has. The agent confirmed my new address to him, and the address I had the delivery sent to. I moved out in January precisely so he would not know where I live. He turned up at my door on 13 March.

I have since spoken to the police. I would like to know how an agent working on your behalf could give out an address to someone who could not confirm anything beyond a name, and what you are going to do about it. If I don't receive a proper answer I will take this to the Data Protection Authority.

Rachel Dunmore
(I am not putting my address in this email.)""",
         "Rachel Dunmore"),
        ("other", (),
         "Verhaegen vouchers",
         """Hello, sorry to write to this address, the customer service form on your site keeps giving an error.

I've got three Verhaegen €5 vouchers from the savings scheme, valid until 30 June 2026. Will the Shop Example stores still take them now that the name has changed, or do I need to swap them for something? The girl at the till in Mortsel didn't know.

Thanks a lot,
Sue Carmody""",
         "Sue Carmody"),
        ("other", (),
         "Re: Your request of 2 February",
         """Great, thanks for letting me know, that was quicker than I expected. All sorted on my end.

Have a good weekend,
Tom

On Fri, 20 Feb 2026 at 10:14, Shop Example Privacy <privacy@shop.example.be> wrote:
> Dear Mr Ashdown,
> We confirm that the account linked to your former Verhaegen card has been
> closed and the associated data erased, as you requested on 2 February.
> Kind regards,
> The Shop Example privacy team""",
         "Tom Ashdown"),
    ],
    "nl": [
        ("access", (),
         "franchisewinkel Heist - wat ziet de uitbater van mij?",
         """Goedendag,

Ik doe al jaren mijn boodschappen in de winkel in Heist-op-den-Berg, vroeger Verhaegen, nu Shop Example. Ik heb begrepen dat die winkel een franchise is en dat de uitbater een zelfstandige is, niet jullie.

Vorige week zei die uitbater aan de kassa tegen mij: "Ah mevrouw Claes, weer geen koffie deze week?" Hij wist blijkbaar wat ik normaal koop. Dat vond ik toch raar.

Ik zou graag weten welke gegevens jullie over mij hebben en wat daarvan de franchisenemer te zien krijgt. Ziet hij mijn aankopen, mijn adres, mijn telefoonnummer? Krijgt hij dat van jullie of houdt hij zelf iets bij? En wie heeft er nog toegang toe?

Mijn klantenkaart staat op naam van Godelieve Claes, Bergstraat 12, 2220 Heist-op-den-Berg.

Met vriendelijke groeten,
Godelieve Claes""",
         "Godelieve Claes"),
        ("correction", (),
         "Twee kaarten samengevoegd??",
         """Hallo,

Sinds de overstap naar de nieuwe app staat mijn klantenkaart op naam van mijn man, Koen Wouters. We hadden elk een eigen Verhaegen-kaart maar we gebruikten hetzelfde e-mailadres (ons gezinsadres). Bij de migratie zijn jullie blijkbaar uitgegaan van één persoon per e-mailadres en hebben jullie de twee kaarten samengevoegd. Mijn naam, mijn geboortedatum en mijn gsm-nummer zijn gewoon weg.

Kunnen jullie dat weer uit elkaar halen? Mijn gegevens:
Evelien Maes
°17/08/1979
0495 33 81 20
Mijn oude kaartnummer: 2200 4416 7712 0

Het mailadres mag bij mijn man blijven, dan maak ik wel een nieuw aan voor mij: evelien.maes79@mailbox.example.be

Bedankt
Evelien""",
         "Evelien Maes"),
        ("deletion", (),
         "Klantenkaart van mijn overleden moeder",
         """Geachte,

Mijn moeder, Maria Van Gorp, is overleden in oktober 2024. Ze had een klantenkaart van Verhaegen. Nu, anderhalf jaar later, komt er bij haar thuis (ik ben het huis aan het leeg maken) een brief toe: "Welkom bij Shop Example, uw kaart is overgezet."

Dat doet wel iets, zo'n brief. Wilt u haar account en alles wat u over haar hebt gewoon verwijderen? Ik kan een overlijdensakte bezorgen als dat nodig is.

Adres van de kaart: Dorpstraat 88, 2590 Berlaar.

Met dank,
Johan Van Gorp""",
         "Johan Van Gorp"),
        ("restriction", (),
         "oude webaccount Verhaegen NIET wissen aub",
         """Dag privacyteam,

Ik kreeg een mail dat mijn oude webshopaccount van Verhaegen op 31 maart definitief verwijderd wordt, tenzij ik hem "activeer bij Shop Example". Ik wil hem niet activeren, ik wil ook niet dat hij verwijderd wordt. Dat klinkt tegenstrijdig, ik leg het uit.

In dat account zitten de factuur en de leveringsbon van een koelkast die ik in 2024 via de Verhaegen-webshop kocht. Die koelkast heeft in december een waterlek veroorzaakt en ik zit in een discussie met mijn verzekeraar en met de fabrikant. Mijn advocaat zegt dat ik die documenten en de bestelgegevens (leverdatum, serienummer) misschien nodig heb als het tot een procedure komt.

Kunnen jullie het account dus gewoon laten staan zoals het is, niet overzetten, niet wissen, en er ook niks anders mee doen, tot die zaak afgerond is? Ik laat het jullie weten zodra het mag weg.

Account: bart.deschrijver@mailbox.example.be
Bestelling: VH-2024-0381772

Groeten,
Bart De Schrijver""",
         "Bart De Schrijver"),
        ("objection", (),
         "reclame in de bus",
         """Goeiemiddag

Sinds Verhaegen overgenomen is krijg ik elke week een geadresseerde folder van Shop Example in de bus, plus twee keer al een brief van een "partner" (een energieleverancier en een verzekeraar) die schrijven dat ze mijn adres "via Shop Example" hebben.

Ik wil dat niet. Geen reclame meer op mijn naam en mijn adres niet meer doorgeven aan wie dan ook. Mijn kaart wil ik wel houden voor de korting.

Paul Verbeke
Molenweg 4
3200 Aarschot""",
         "Paul Verbeke"),
        ("withdraw_consent", (),
         "afmelden",
         """Afmelden aub. Ik had me ingeschreven op de nieuwsbrief van Verhaegen, niet op die van jullie. Ik weet dat ik onderaan kan klikken maar die link geeft een foutmelding (pagina niet gevonden).

ilse.dhondt@mailbox.example.be""",
         "Ilse D'Hondt"),
        ("complaint", ("deletion",),
         "ik had gevraagd om gewist te worden!!",
         """Goedemorgen,

In mei 2023 heb ik aan Verhaegen gevraagd om al mijn gegevens te wissen. Ik heb daar een bevestiging van gekregen, die heb ik nog (mail van 24/05/2023, "uw gegevens werden verwijderd uit onze systemen").

Gisteren krijg ik van jullie een mail "Uw Verhaegen-klantenkaart is overgezet naar Shop Example - ontdek uw nieuwe voordelen". Dus ofwel heeft Verhaegen toen gelogen, ofwel hebben jullie een oude back-up ingeladen. In beide gevallen is dat niet in orde.

Ik wil weten hoe dit kan. En ik wil dat het nu wél gewist wordt, overal, ook in die back-ups. Als ik hier binnen de maand geen deftig antwoord op krijg, dien ik klacht in bij de Gegevensbeschermingsautoriteit. De bevestiging van 2023 stuur ik mee als bijlage.

Nathalie Goossens""",
         "Nathalie Goossens"),
        ("other", (),
         "spaarzegels",
         """Beste

Ik heb nog een half volle spaarkaart met Verhaegen zegels (voor de pannenactie). Kan ik die nog ergens binnendoen of zijn die nu niks meer waard? In de winkel in Duffel wisten ze het niet.

mvg
Rita Peeters""",
         "Rita Peeters"),
        ("other", (),
         "Bestelling afhalen - winkel Mortsel gesloten",
         """Hallo,

Ik heb op 2 maart via de webshop een tuinset besteld (bestelnummer SE-260302-44817) met afhaling in de winkel in Mortsel. Ik krijg nu een sms dat mijn bestelling klaarligt, maar de winkel in Mortsel is dicht sinds vorige week (er hangt een briefje "definitief gesloten, bedankt voor uw trouw").

Waar moet ik die tuinset nu gaan halen? Of kunnen jullie hem leveren? Ik woon in Mortsel zelf, Edegem of Boechout zou ook nog gaan.

Sorry als dit het verkeerde adres is, ik vond niets anders.

Groeten,
Wim Janssens
0477 12 90 54""",
         "Wim Janssens"),
        ("other", (),
         "nieuwe kaart zonder smartphone",
         """Dag,

Ik ben 78 en heb geen smartphone. Mijn oude Verhaegen-kaart werkt niet meer aan de kassa en het meisje zei dat ik "de app moet downloaden". Dat gaat dus niet.

Mijn gegevens mogen jullie gerust hebben, daar gaat het niet om, ik heb niets te verbergen. Ik wil alleen gewoon een plastic kaart zoals vroeger. Kan dat? En waar vraag ik die aan?

Vriendelijke groeten
Jozef Lemmens
Kerkstraat 3, 2570 Duffel""",
         "Jozef Lemmens"),
    ],
    "fr": [
        ("access", (),
         "Comment avez-vous eu mon adresse professionnelle ?",
         """Bonjour,

Depuis trois semaines, je reçois sur mon adresse professionnelle des promotions de Shop Example. Or je n'ai jamais donné cette adresse à Shop Example. La seule fois où je l'ai utilisée, c'est pour une commande de mobilier de bureau dans l'ancien magasin Marché Lemaire de Gembloux, qui est maintenant un magasin franchisé à votre enseigne, en 2022, avec facture au nom de mon employeur.

Je voudrais savoir d'où vous tenez cette adresse exactement, qui vous l'a transmise (Lemaire ? le franchisé ?), et ce que vous détenez d'autre à mon sujet, puisque visiblement mes données circulent entre plusieurs sociétés sans que personne ne m'ait rien demandé.

Je vous remercie de me répondre sur mon adresse privée, celle-ci.

Cordialement,
Céline Hautain""",
         "Céline Hautain"),
        ("correction", (),
         "changement d'adresse pas pris en compte",
         """Bonjour Madame, Monsieur,

J'ai déménagé en 2022 de Jambes à Erpent et j'avais fait le changement chez Lemaire à l'époque (au comptoir du magasin de Jambes, la dame l'avait encodé devant moi). Depuis que Lemaire est devenu Shop Example, tout votre courrier arrive à nouveau à mon ancienne adresse, c'est les nouveaux occupants qui me l'apportent. J'imagine que vous avez repris un vieux fichier.

Ma bonne adresse est :
Chaussée de Marche 512
5101 Erpent

Pourriez-vous la corriger partout ? Merci.

Bernard Gillain""",
         "Bernard Gillain"),
        ("deletion", (),
         "fermeture du magasin de Ciney",
         """Bonjour,

J'ai appris par le journal que le magasin de Ciney fermait définitivement fin mars. J'y allais depuis quarante ans, du temps où c'était encore Lemaire. Le magasin le plus proche est maintenant à Namur, je ne vais pas faire 30 km pour mes courses.

Je n'aurai donc plus besoin de ma carte. Je vous demande de fermer mon compte client et de supprimer mes données, je ne vois pas pourquoi vous garderiez tout cela.

Avec mes salutations,
Jeannine Collard
Rue du Centre 21
5590 Ciney""",
         "Jeannine Collard"),
        ("portability", (),
         "Transfert de mon historique d'achats",
         """Bonjour,

Je fais désormais mes courses à l'Épicerie coopérative du Condroz, qui propose à ses membres un outil de suivi de budget et d'alimentation. Ils peuvent importer un historique d'achats d'une autre enseigne si celle-ci le leur envoie dans un format standard.

Je vous demande donc, au titre de mon droit à la portabilité, de transmettre directement mon historique d'achats (carte Lemaire puis Shop Example, depuis 2019) à la coopérative, à l'adresse donnees@epicerie-condroz.example.be, dans un format structuré et lisible par machine (CSV ou JSON). Si la transmission directe n'est pas possible, envoyez-moi le fichier et je le leur ferai suivre.

Numéro de carte : 2300 1187 4420 5
Courriel du compte : v.lambotte@mailbox.example.be

Merci d'avance,
Véronique Lambotte""",
         "Véronique Lambotte"),
        ("restriction", ("correction",),
         "Paiement en 3 fois - échéance soi-disant impayée",
         """Madame, Monsieur,

En novembre j'ai acheté un lave-linge dans votre magasin de Wavre avec le paiement en trois fois. Depuis janvier, ce paiement est géré par votre nouveau prestataire, PayNova, qui a remplacé l'ancien système.

Selon PayNova, la deuxième échéance (149,67 €) n'aurait pas été payée, et mon compte client affiche maintenant « défaut de paiement ». Or elle a bien été prélevée le 5 janvier, j'ai l'extrait de compte sous les yeux. Je suppose que le prélèvement s'est perdu entre l'ancien et le nouveau prestataire.

Je conteste cette mention. En attendant que vous ayez vérifié, je demande que ce « défaut de paiement » ne soit utilisé pour rien : pas de transmission à une société de recouvrement, pas de blocage de mes achats, pas de signalement nulle part. Ensuite, merci de corriger mon dossier.

Je joins l'extrait de compte.

Salutations distinguées,
Olivier Descamps
Référence du contrat : P3X-2025-118204""",
         "Olivier Descamps"),
        ("objection", (),
         "Appels du service client",
         """Bonjour,

Je reçois depuis février des appels de votre « service client » (un centre d'appels, les gens ne savent même pas où se trouve votre magasin de Huy) pour me proposer la nouvelle carte premium, puis pour une enquête de satisfaction, puis pour une offre d'assurance électroménager. Quatre appels en un mois, dont un à 19h30 un samedi.

Je ne veux plus être appelé pour de la publicité ni pour des enquêtes. Vous pouvez garder mon numéro pour me prévenir d'une livraison, c'est tout.

Numéro concerné : 0471 56 02 88

Cordialement,
Marc Thiry""",
         "Marc Thiry"),
        ("withdraw_consent", (),
         "nouvelle appli - localisation",
         """Bonjour,

En installant la nouvelle appli (obligatoire puisque la carte Lemaire ne marche plus), j'ai cliqué un peu vite sur « j'accepte » partout. Je retire mon consentement pour la géolocalisation et pour les notifications promotionnelles quand je passe près d'un magasin. J'ai déjà coupé ça dans les réglages de mon téléphone mais je veux que ce soit aussi enregistré chez vous.

Merci,
Sophie Renard""",
         "Sophie Renard"),
        ("complaint", ("access",),
         "Plainte - demande d'accès restée sans réponse (art. 12 et 15 RGPD)",
         """Madame, Monsieur,

Le 8 décembre 2025, j'ai adressé à Marché Lemaire SA, à l'adresse dpo@marchelemaire.be indiquée dans sa politique de confidentialité, une demande d'accès à mes données à caractère personnel au sens de l'article 15 du RGPD. Je n'ai reçu aucune réponse. J'ai renvoyé ma demande le 12 janvier 2026 : le message m'est revenu avec une erreur « adresse inconnue ».

Renseignements pris, Marché Lemaire a été absorbé par votre société et ses magasins exploités sous l'enseigne Shop Example. Vous êtes donc, à mon sens, tenus de répondre à cette demande. Le délai d'un mois prévu à l'article 12, paragraphe 3, est largement dépassé.

Je vous informe que je dépose ce jour une plainte auprès de l'Autorité de protection des données. Je maintiens par ailleurs ma demande : je souhaite recevoir une copie de l'ensemble des données me concernant détenues par Marché Lemaire puis par votre société, leur origine, les destinataires auxquels elles ont été communiquées et la durée de conservation prévue.

Vous trouverez ma demande initiale ci-dessous.

Philippe Lejeune
Avenue de la Closière 14
1400 Nivelles

----- Message transféré -----
De : Philippe Lejeune
À : dpo@marchelemaire.be
Date : 8 déc. 2025 21:03
Objet : Demande d'accès RGPD

Madame, Monsieur, conformément à l'article 15 du RGPD, je vous prie de me communiquer une copie de mes données...""",
         "Philippe Lejeune"),
        ("other", (),
         "chèques-cadeaux Lemaire",
         """Bonjour, j'ai reçu pour mon anniversaire deux chèques-cadeaux Marché Lemaire de 25 € (date de validité décembre 2026). Est-ce qu'ils sont encore acceptés dans les magasins Shop Example ou est-ce que je dois les échanger quelque part ? Merci pour votre réponse. Laura""",
         "Laura Mathieu"),
        ("other", (),
         "Carte refusée au magasin d'Arlon",
         """Bonjour,

Samedi au magasin d'Arlon, le gérant a refusé de scanner ma nouvelle carte Shop Example en me disant que « son magasin est un franchisé et qu'il n'est pas encore dans le système ». Du coup pas de points sur 87 € d'achats.

Je ne demande rien de spécial concernant mes données, tout est correct sur mon compte. Je voudrais juste savoir si la carte marchera un jour dans ce magasin, et si je peux récupérer les points de samedi (ticket n° 0412-7781, 14/03/2026).

Bien à vous,
Thierry Schmit""",
         "Thierry Schmit"),
    ],
    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

ich war seit 1998 Inhaber einer Kundenkarte des Kaufhauses Kessler in Eupen. Nach der Übernahme durch Ihr Unternehmen wurden die Kessler-Filialen in Eupen und St. Vith auf Shop Example umgestellt, und ich erhielt im Februar ein Schreiben, wonach meine Kundendaten "in Ihr neues Kundenprogramm übernommen" worden seien.

Ich ersuche Sie hiermit gemäß Art. 15 DSGVO um Auskunft darüber,
1. welche personenbezogenen Daten Sie über mich verarbeiten, einschließlich einer Kopie dieser Daten,
2. aus welcher Quelle diese Daten stammen, insbesondere welche Daten von der Kessler GmbH übermittelt wurden,
3. an welche Empfänger (auch Dienstleister wie Kundenservice, Zahlungsabwicklung oder Kartenprogramm) die Daten weitergegeben wurden oder werden,
4. wie lange die Daten gespeichert werden sollen.

Bitte senden Sie die Auskunft an die unten genannte Anschrift oder an diese E-Mail-Adresse.

Mit freundlichen Grüßen
Hubert Kreusch
Herbesthaler Straße 61
4700 Eupen""",
         "Hubert Kreusch"),
        ("correction", (),
         "Mein Name ist falsch geschrieben",
         """Guten Tag,

seit der Umstellung von Kessler auf Shop Example kommen Ihre Briefe an "JÃ¼rgen SchrÃ¶der". Ich heiße Jürgen Schröder, mit ü und ö. Offenbar sind bei der Datenübernahme die Umlaute kaputtgegangen. In der App steht es genauso falsch, und die Straße ebenfalls ("MÃ¼hlenweg").

Bitte korrigieren Sie:
Jürgen Schröder
Mühlenweg 9
4780 St. Vith

Danke.
J. Schröder""",
         "Jürgen Schröder"),
        ("deletion", (),
         "Ich bin nicht Ihr Kunde",
         """Guten Tag,

ich hatte eine Kundenkarte bei Kessler, einem Familienbetrieb, den ich jahrzehntelang gern unterstützt habe. Mit Shop Example habe ich keinen Vertrag und auch nie einen gewollt. Dass meine Daten einfach mitverkauft wurden wie das Mobiliar, finde ich befremdlich.

Löschen Sie bitte mein Kundenkonto und sämtliche Daten, die Sie von Kessler über mich bekommen haben. Eine kurze Bestätigung genügt.

Monika Heinen
Kirchstraße 4, 4730 Raeren""",
         "Monika Heinen"),
        ("portability", (),
         "Export meiner Bestellungen aus dem Kessler-Onlineshop",
         """Hallo,

laut Ihrer Mail vom 2. März wird der Kessler-Onlineshop Ende April abgeschaltet und die Kundenkonten werden nicht übernommen, nur die Kartendaten.

In meinem Konto stehen alle meine Bestellungen seit 2017 und meine Wunschliste (ca. 60 Artikel). Ich möchte diese Daten gerne behalten und in ein anderes Programm einlesen. Bitte schicken Sie mir einen Export in einem maschinenlesbaren Format (JSON oder CSV), nicht als PDF.

Kundennummer Kessler: K-0044718
E-Mail: s.mertes@mailbox.example.be

Viele Grüße
Stefan Mertes""",
         "Stefan Mertes"),
        ("restriction", (),
         "Videoaufnahme Sturz Filiale St. Vith - bitte nicht löschen",
         """Sehr geehrte Damen und Herren,

am 6. März bin ich in Ihrer Filiale in St. Vith (ehemals Kessler, heute nach meinem Wissen von einem Franchisenehmer betrieben) im Eingangsbereich auf einer nassen, nicht gekennzeichneten Fläche gestürzt und habe mir das Handgelenk gebrochen. Der Filialleiter sagte mir, dass der Eingang von einer Kamera erfasst wird, die Aufnahmen aber "nach 30 Tagen automatisch gelöscht" werden.

Ich brauche diese Aufnahme für meine Versicherung und eventuell für ein Verfahren gegen den Betreiber. Ich bitte Sie daher, die Aufnahme vom 6. März (ca. 10:40 bis 11:00 Uhr) nicht zu löschen, sondern aufzubewahren, sie aber bis zur Klärung auch nicht anderweitig zu verwenden oder weiterzugeben. Bitte leiten Sie dies gegebenenfalls an den Franchisenehmer weiter, falls er und nicht Sie für die Kamera zuständig ist.

Die Zeit drängt, die 30 Tage laufen am 5. April ab.

Mit freundlichen Grüßen
Andrea Lentz
Tel. 0479 41 77 06""",
         "Andrea Lentz"),
        ("objection", (),
         "Widerspruch gegen personalisierte Werbung",
         """Sehr geehrte Damen und Herren,

in Ihren neuen Datenschutzhinweisen lese ich, dass Sie meine Einkäufe "auf Grundlage Ihres berechtigten Interesses" auswerten, um mir personalisierte Angebote zu machen, und dass dafür ein neues CRM-System eines externen Anbieters eingesetzt wird.

Dagegen lege ich hiermit Widerspruch nach Art. 21 DSGVO ein. Meine Einkäufe sollen nicht für Werbung ausgewertet werden, weder von Ihnen noch von Ihrem Dienstleister. Meine Kundenkarte möchte ich weiterhin für die Rabatte nutzen.

Mit freundlichen Grüßen
Dr. Karl Heinz Pauels""",
         "Karl Heinz Pauels"),
        ("withdraw_consent", (),
         "Geburtstagsmail + Newsletter",
         """Hallo, bei Kessler hatte ich damals angekreuzt, dass ich zum Geburtstag einen Gutschein und den Newsletter bekomme. Das widerrufe ich hiermit, auch für Shop Example. Danke!

Erika Thelen""",
         "Erika Thelen"),
        ("complaint", (),
         "Fremde Daten in meinem Brief!",
         """Guten Tag,

heute kam Ihr Brief zur "Umstellung Ihrer Kessler-Kundenkarte". Auf der Vorderseite steht meine Adresse, aber auf dem beigelegten Kartenbrief steht der Name einer anderen Frau aus Kelmis, ihre Kartennummer, ihr Geburtsdatum und ihr Punktestand. Und irgendjemand hat jetzt vermutlich meinen Brief mit meinem Geburtsdatum.

Das ist eine Datenpanne und ich bin ziemlich verärgert. Ich möchte wissen, wie viele solcher Briefe falsch verschickt wurden und was Sie unternehmen. Ich habe den Brief der Dame aufbewahrt und gebe ihn nicht einfach in den Müll, sagen Sie mir, was ich damit tun soll. Wenn ich nichts höre, wende ich mich an die Datenschutzbehörde.

Sabine Cremer
Lontzener Straße 27, 4720 Kelmis""",
         "Sabine Cremer"),
        ("other", (),
         "Kessler Gutschein",
         """Hallo,
ich habe noch einen Weihnachtsgutschein von Kessler über 20 Euro, gültig bis Ende 2026. Kann ich den bei Ihnen in Eupen einlösen? An der Kasse wusste man es nicht genau.
Gruß
Leo Jousten""",
         "Leo Jousten"),
        ("other", (),
         "Uhr zur Reparatur - Filiale geschlossen",
         """Sehr geehrte Damen und Herren,

Anfang Februar habe ich in der Kessler-Filiale (jetzt Shop Example) in St. Vith meine Armbanduhr zur Reparatur abgegeben, Abholschein Nr. 2231. Jetzt ist die Uhrenabteilung zu und niemand kann mir sagen, wo meine Uhr ist. Sie hat einen großen persönlichen Wert (Geschenk meines verstorbenen Mannes).

Wer ist jetzt dafür zuständig? Bitte helfen Sie mir.

Mit freundlichen Grüßen
Irmgard Backes""",
         "Irmgard Backes"),
    ],
    "es": [
        ("access", (),
         "nuevo proveedor de pagos",
         """Hola,

Desde marzo, cuando pago con tarjeta en la tienda de Ixelles, el terminal me pide el email "para el recibo digital" y el recibo me llega de una empresa llamada PayNova, no de ustedes. En la web dicen que han cambiado de proveedor de pagos.

Me gustaría saber qué datos míos tiene ahora esa empresa: ¿solo el importe y la tarjeta, o también lo que compro y mi número de cliente? ¿Y qué datos tienen ustedes de mí después del cambio? Si se los pasan a alguien más, también quiero saberlo.

Gracias,
Lucía Fernández Ortega""",
         "Lucía Fernández Ortega"),
        ("correction", (),
         "Email mal escrito en mi cuenta",
         """Buenas tardes:

Después del traspaso de las cuentas de Verhaegen, en mi cuenta aparece el correo jmartinez.gil@mailbox.example.be, pero el mío es jmartinezgil@mailbox.example.be, sin punto. Me di cuenta porque no me llegan los tickets ni las confirmaciones de pedido, así que supongo que le llegan a otra persona o a nadie.

Por favor corríjanlo. Les escribo desde la dirección correcta.

Un saludo,
Javier Martínez Gil""",
         "Javier Martínez Gil"),
        ("deletion", ("withdraw_consent",),
         "baja",
         """Hola, tenía cuenta en la web de Verhaegen cuando vivía en Amberes, ahora vivo en Valencia otra vez. Quiero que borren esa cuenta y mis datos y que dejen de mandarme los emails de ofertas, que siguen llegando aunque ya no compro nada en Bélgica.

Marta Soler""",
         "Marta Soler"),
        ("portability", (),
         "Historial de compras en formato descargable",
         """Hola:

Uso una aplicación de finanzas personales que permite importar los gastos por categoría. Con la antigua tarjeta Verhaegen podía descargar un Excel con los tickets desde la web, pero con la nueva cuenta Shop Example esa opción ha desaparecido.

¿Me pueden enviar todo mi historial de compras (fecha, tienda, artículos, importe) en CSV o JSON? Desde enero de 2024 me basta.

Número de cliente: SE-7720194

Muchas gracias,
Pablo Herrero""",
         "Pablo Herrero"),
        ("restriction", ("access",),
         "No me apunté a ningún programa del franquiciado",
         """Buenos días:

La tienda de Etterbeek es una franquicia, según me explicaron. Desde hace un mes recibo correos del "Club de la tienda de Etterbeek", un programa propio del franquiciado, y cuando pregunté en caja me dijeron que yo "firmé el formulario de inscripción en noviembre". Yo no he firmado nada.

Hasta que me demuestren que esa inscripción es real, les pido que no se haga nada con mis datos en ese programa: ni envíos, ni pasárselos a nadie, ni usarlos para nada. No pido que los borren todavía, porque quiero ver ese formulario con mi supuesta firma. Por favor, envíenme una copia del formulario y díganme qué datos míos tiene el franquiciado y quién se los dio.

Atentamente,
Carmen Ruiz Delgado
Rue des Tongres 33, 1040 Etterbeek""",
         "Carmen Ruiz Delgado"),
        ("objection", (),
         "Mis datos y el franquiciado",
         """Hola,

El dueño de la tienda franquiciada de la Chaussée d'Ixelles me ha añadido a una lista de difusión de WhatsApp con sus ofertas. Le pregunté de dónde sacó mi número y dijo que "viene del sistema de Shop Example".

No quiero que mi número ni mis otros datos se compartan con los franquiciados para que me hagan publicidad. Para las compras y la tarjeta, bien, para marketing no.

Saludos,
Andrés Castaño""",
         "Andrés Castaño"),
        ("withdraw_consent", (),
         "WhatsApp del servicio de atención al cliente",
         """Hola:

En enero acepté que el servicio de atención al cliente me contactara por WhatsApp para coordinar la entrega de un sofá. La entrega se hizo hace dos meses y ahora recibo por ese mismo WhatsApp encuestas y promociones.

Retiro ese permiso. No quiero más mensajes por WhatsApp de ustedes ni de la empresa que les lleva la atención al cliente.

Mi número: +32 470 88 21 43

Gracias,
Elena Navarro""",
         "Elena Navarro"),
        ("complaint", (),
         "Me pidieron el DNI por email a una cuenta de gmail",
         """Buenas,

Llamé a atención al cliente por un problema con los puntos que no se pasaron de la tarjeta antigua. La agente (creo que es una empresa externa, contestaron en inglés y luego me pasaron a una chica que hablaba español) me dijo que para "verificar mi identidad" tenía que mandar una foto de las dos caras de mi DNI a una dirección shopexample.support.team@gmail.com.

No lo he hecho, claro. Pero me parece muy grave que su servicio de atención al cliente pida documentos de identidad a una cuenta de Gmail. ¿Cuántos clientes lo habrán hecho? Quiero que me expliquen si esa dirección es realmente suya y qué van a hacer. Si no me contestan, presentaré una queja ante la autoridad de protección de datos.

Rocío Jiménez""",
         "Rocío Jiménez"),
        ("other", (),
         "devolución pedido",
         """Hola, pedí una lámpara online para recoger en la tienda de Anderlecht y cuando fui estaba cerrada definitivamente. En la web pone que el pedido está "recogido" pero no lo recogí. ¿Me pueden devolver el dinero? Pedido SE-260219-10082, 64,90 €. Gracias, Sergio Molina""",
         "Sergio Molina"),
        ("other", (),
         "puntos tarjeta antigua",
         """Hola:

He leído la nueva política de privacidad que mandaron con lo de la fusión y me parece todo bien, no tengo ningún problema con eso.

Solo una pregunta práctica: tenía unos 1.200 puntos en la tarjeta de Verhaegen. ¿Siguen valiendo igual en Shop Example o hay alguna conversión? ¿Y caducan?

Gracias,
Beatriz Lorenzo""",
         "Beatriz Lorenzo"),
    ],
    "it": [
        ("access", (),
         "Dove sono conservati i miei dati dopo il passaggio al nuovo sistema?",
         """Buongiorno,

sono cliente del negozio di Liegi (ex Marché Lemaire) da diversi anni. Nella nuova informativa sulla privacy che mi avete inviato a febbraio si legge che il nuovo sistema di gestione clienti è fornito da "un partner tecnologico che può trattare i dati anche al di fuori dello Spazio economico europeo".

Vorrei sapere quali dati personali avete su di me, chi è questo partner, in quale paese vengono conservati i dati e con quali garanzie, visto che prima restavano (credo) in Belgio.

Cordiali saluti,
Francesca Gallo
Rue Saint-Gilles 140, 4000 Liège""",
         "Francesca Gallo"),
        ("correction", (),
         "nome e cognome invertiti",
         """Salve, dopo il trasferimento della tessera Lemaire nella vostra app risulto come "Vincenzo" di cognome e "Esposito" di nome. Sulle email mi chiamate "Gentile Esposito". Mi chiamo Vincenzo Esposito, nome Vincenzo, cognome Esposito. Potete sistemare? Grazie

Vincenzo Esposito""",
         "Vincenzo Esposito"),
        ("deletion", (),
         "Chiusura tessera",
         """Buonasera,

con la chiusura del punto vendita di Seraing non ho più un vostro negozio vicino e non ho intenzione di usare l'app. Vi chiedo di chiudere il mio account fedeltà e di cancellare i miei dati personali.

Grazie e buona serata,
Giuseppe Rinaldi""",
         "Giuseppe Rinaldi"),
        ("portability", ("deletion",),
         "Richiesta dati e poi cancellazione",
         """Gentile team privacy,

prima di chiudere definitivamente il mio account (l'ex conto del webshop Marché Lemaire, trasferito da voi a gennaio) vorrei ricevere tutti i dati che ho fornito e lo storico dei miei ordini in un file leggibile da un computer, CSV o simile, così da poterli conservare e importare altrove.

Una volta ricevuto il file, vi prego di cancellare l'account e i dati collegati.

Email dell'account: chiara.morelli@mailbox.example.be

Distinti saluti,
Chiara Morelli""",
         "Chiara Morelli"),
        ("objection", (),
         "condivisione dati con le società del gruppo",
         """Buongiorno,

nella nuova informativa scrivete che, "sulla base del legittimo interesse", i dati della tessera possono essere condivisi con altre società del gruppo che vi ha acquisito (una banca e una compagnia assicurativa, se ho capito bene) per proporre i loro prodotti.

Mi oppongo a questo trattamento. Non voglio che i miei dati vadano alla banca né all'assicurazione del gruppo, e non voglio offerte loro. Per il resto la tessera la uso volentieri.

Roberto Ferri
tessera n. 2300 1190 8834 7""",
         "Roberto Ferri"),
        ("withdraw_consent", (),
         "",
         """Per favore toglietemi dalla newsletter e dagli sms promozionali. Il consenso lo avevo dato a Lemaire, ora lo ritiro anche per voi.
Grazie
Anna Colombo - 0488 19 64 02""",
         "Anna Colombo"),
        ("complaint", (),
         "Ho visto l'account di un'altra persona nell'app!",
         """Buongiorno,

ieri sera ho fatto il primo accesso alla nuova app con il codice che mi avete mandato per la "migrazione della tessera". Invece del mio account ho visto quello di un certo signore di Verviers: nome, indirizzo, numero di telefono, data di nascita e tutti i suoi acquisti dell'ultimo anno. Ho fatto degli screenshot come prova e poi sono uscito.

Trovo gravissimo che possa succedere una cosa del genere. Se io ho visto i suoi dati, qualcun altro starà vedendo i miei. Voglio sapere cosa è successo e quali misure prenderete, e vi informo che segnalerò il fatto all'Autorità per la protezione dei dati belga.

Luca Marchetti""",
         "Luca Marchetti"),
        ("other", (),
         "buono regalo Lemaire",
         """Buongiorno, ho un buono regalo Marché Lemaire da 50 euro che mi hanno regalato a Natale. È ancora valido nei negozi Shop Example? Non c'è scritto niente sul vostro sito. Grazie mille, Silvia Greco""",
         "Silvia Greco"),
        ("other", (),
         "fattura per ordine del negozio chiuso",
         """Buongiorno,

ho una partita IVA (sono idraulico) e a gennaio ho comprato materiale nel negozio di Herstal, che ora è chiuso. Mi serve la fattura intestata alla ditta per la contabilità, ma la cassiera mi aveva detto di chiederla "dopo, al servizio clienti", e ora non so a chi rivolgermi.

Scontrino del 23/01/2026, importo 312,40 euro.
Ditta: Termoidraulica Bianchi, BE 0712.448.903

Grazie,
Marco Bianchi""",
         "Marco Bianchi"),
        ("other", (),
         "candidatura spontanea",
         """Buongiorno,

ho letto che aprirete un nuovo negozio a Liegi al posto dell'ex Lemaire di Boulevard de la Sauvenière. Ho lavorato 6 anni in un supermercato in Italia e 2 anni qui in Belgio. Vi allego il mio CV, con i miei dati di contatto, nel caso cercaste personale per la cassa o il reparto.

Non sapevo a quale indirizzo scrivere, spero che possiate inoltrare la mia candidatura.

Cordiali saluti,
Alessia Romano
0493 27 51 80""",
         "Alessia Romano"),
    ],
    "pt": [
        ("access", (),
         "O centro de atendimento tem acesso aos meus dados?",
         """Bom dia,

Liguei para o vosso apoio ao cliente e fui atendida por uma senhora em português, de Lisboa. Fiquei contente, mas também surpreendida: ela via o meu nome, a minha morada, as minhas compras e até a nota que eu tinha deixado há anos sobre a minha alergia ao glúten.

Gostaria de saber que dados pessoais meus têm, que empresas externas (como esse centro de atendimento em Portugal) têm acesso a eles, e se esses dados saem da Bélgica.

Obrigada,
Ana Paula Rodrigues
Rua Gray 55, 1040 Etterbeek""",
         "Ana Paula Rodrigues"),
        ("correction", (),
         "numero de telemovel errado",
         """Boa tarde, desde que o cartão da Verhaegen passou para a Shop Example o meu número de telemóvel na conta aparece como 0476 21 55 80 e o certo é 0476 21 55 08. Não recebo os códigos por SMS. Podem corrigir por favor?

Rui Carvalho""",
         "Rui Carvalho"),
        ("deletion", (),
         "Apagar a minha conta antiga",
         """Bom dia,

Tinha uma conta na loja online da Verhaegen, que nunca usei muito. Recebi um email a dizer que a conta foi transferida para a Shop Example. Não quero ter conta convosco. Peço que apaguem a conta e todos os meus dados.

Cumprimentos,
Joana Pires""",
         "Joana Pires"),
        ("portability", (),
         "pedido de dados em ficheiro",
         """Olá,

Queria receber o histórico das minhas compras com o cartão de cliente (desde 2022, antes Verhaegen, agora Shop Example), em Excel ou CSV, para importar numa aplicação de orçamento familiar. Não preciso dos talões em PDF, preciso dos dados.

Email da conta: tiago.mendes.be@mailbox.example.be

Obrigado
Tiago Mendes""",
         "Tiago Mendes"),
        ("restriction", ("objection",),
         "Enquanto analisam a minha oposição",
         """Exmos. Senhores,

No dia 3 de março enviei-vos uma oposição ao tratamento dos meus dados de compras para "análise de comportamento" pelo vosso novo sistema de CRM, que, segundo a vossa nova política de privacidade, se baseia no interesse legítimo. Responderam-me que o pedido "está a ser analisado" e que pode demorar até dois meses.

Não quero apagar a minha conta, mas enquanto decidem, peço que suspendam esse tratamento: os meus dados podem ficar guardados, mas não devem ser usados para análise de comportamento nem para perfis até terem uma resposta para mim.

Com os melhores cumprimentos,
Manuel Sousa Ferreira
Cartão n.º 2200 4418 0562 9""",
         "Manuel Sousa Ferreira"),
        ("objection", (),
         "Não quero os meus dados com parceiros",
         """Olá,

Depois da mudança de empresa comecei a receber emails de uma agência de viagens e de uma operadora de telecomunicações, ambas a dizer que são "parceiros da Shop Example". Nunca lhes dei o meu email.

Não autorizo que passem os meus dados aos vossos parceiros para publicidade. Parem com isso, por favor. Continuo cliente, mas só vosso.

Fernanda Lopes""",
         "Fernanda Lopes"),
        ("withdraw_consent", (),
         "Newsletter",
         """Boa tarde,
Deixem de me enviar a newsletter e as promoções por email, por favor. Retiro o consentimento que dei na altura da Verhaegen.
Obrigada
Cristina Almeida""",
         "Cristina Almeida"),
        ("complaint", ("deletion",),
         "Pedido ignorado - vou apresentar queixa",
         """Bom dia,

Em fevereiro pedi à Verhaegen, através do formulário do site deles, para apagar os meus dados. Nunca tive resposta. Agora o site da Verhaegen redireciona para o vosso e o vosso serviço de apoio ao cliente diz que "não tem registo desse pedido" e que a Verhaegen "já não existe".

Ou seja, ninguém é responsável. Isto não é aceitável. Vou apresentar queixa à autoridade de proteção de dados belga. E reitero o pedido: apaguem os meus dados, todos, agora que são vocês que os têm.

Paulo Martins
paulo.martins.bx@mailbox.example.be""",
         "Paulo Martins"),
        ("other", (),
         "Encomenda na loja fechada",
         """Olá, fiz uma encomenda de um berço para levantar na loja de Saint-Gilles mas a loja fechou. Onde é que posso ir buscá-lo? Encomenda SE-260305-33190. Obrigada, Liliana Costa""",
         "Liliana Costa"),
        ("other", (),
         "O novo cartão",
         """Boa tarde,

Já recebi o novo cartão da Shop Example pelo correio, com os meus dados certinhos, obrigado. A minha pergunta é só esta: posso deitar fora o cartão antigo da Verhaegen ou ainda vou precisar dele para alguma coisa? E o cartão novo também funciona nas lojas franchisadas?

Cumprimentos,
Artur Gonçalves""",
         "Artur Gonçalves"),
    ],
}

"""Eleventh set, people: the whole range, hardest first. Written apart from the rules (see make_eleventh.py)."""

PEOPLE_I = {
    "en": [
        ("portability", (), "order history as a file?",
         """Hello,

Bit of an odd one maybe. I've been ordering from you since about 2018 - seeds, bulbs, the odd bag of compost, a whole greenhouse in 2021 (still standing, thank you!). I keep a garden diary and I've finally decided to do it properly on the computer, so I'd love to have everything I ever bought from you, with dates and quantities, in something I can open in a spreadsheet. Clicking through "My orders" and copying it line by line isn't going to happen, there are over 200 orders.

The PDF invoices are no good to me either, I need it as a proper table. Also - and I don't know if you do this kind of thing - the app I'm moving to (Plantjournal) says some shops can send the data across to them directly. If you can do that, even better.

Many thanks,
Hilary

Sent from my iPad""", "Hilary Whitcombe"),

        ("restriction", (), "please don't touch my account for now",
         """Hi there,

I'll try and keep this short but it's a bit of a saga. In May I returned the garden bench (order 4410-2290) because it arrived cracked. The courier says it was never collected, your customer service says it was, and now my account has a "return not received" note on it and I've been told this "may affect future orders". I've opened a case with my credit card company and honestly I'm not sure who's right any more.

So here's what I'd like. I don't want my account closed and I don't want anything deleted - I'll need those records for the card company. But until this is sorted out I don't want that note, or anything else in my file, being used for anything either. Don't pass it to the courier or a collection agency, don't base any decisions on it, don't send it anywhere. Just leave it all as it is, parked, until we know what actually happened.

Can someone confirm that's been done?

Thanks,
Tom Brennan""", "Tom Brennan"),

        ("correction", (), "Re: Your request - ref. PRIV-24-0613",
         """Hold on, please don't delete anything - my husband sent that from my account after an argument with your delivery people, we've sorted it out now :)

What I actually need is for my name to be right. It's been "Kowalcyk" on every parcel since 2020, it's KowalCZyk. Same on the loyalty card. Could you fix that?

Thanks
Ewa

On Tue, 11 Jun 2024 at 14:02, Privacy <privacy@shop.example.be> wrote:
> Dear customer,
>
> We have received your request of 9 June to close your account and erase
> your personal data. To process your request we need to verify your
> identity. Please reply to this e-mail from the address linked to your
> account and confirm the postcode of your delivery address.
>
> Kind regards,
> The privacy team
> shop.example.be""", "Ewa Kowalczyk"),

        ("automated", (), "Automatic reply: Your request - ref. PRIV-24-0702",
         """Thank you for your message.

I am currently out of the office with no access to e-mail and will return on Monday 19 August. Your message will not be forwarded.

For urgent Facilities matters, please contact the helpdesk on +32 2 555 01 90 or facilities@brightwell-consulting.example.

Kind regards,
Daniel Okafor""", "Daniel Okafor"),

        ("access", (), "Data request",
         """Hi,

Could you send me a copy of the personal data you hold about me? Account email is this one.

Thanks,
Jonathan

--
Jonathan Mercer | Senior Associate, Corporate & Commercial
Hartley Vane LLP
Avenue Louise 326, 1050 Brussels, Belgium
T +32 2 555 87 40 | M +32 470 55 12 98
www.hartleyvane.example

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately by reply e-mail and delete this message from your system; you must not copy, distribute or otherwise make use of it. Hartley Vane LLP is a limited liability partnership registered in England and Wales (no. OC300000) and is authorised and regulated by the Solicitors Regulation Authority. We process personal data in accordance with our Privacy Notice, available at www.hartleyvane.example/privacy, which explains how we collect, use and protect your personal data and how you can exercise your rights under the GDPR. Internet communications are not secure and Hartley Vane LLP does not accept liability for any loss or damage arising from their transmission.

Please consider the environment before printing this e-mail.""", "Jonathan Mercer"),

        ("other", (), "Action required: updated Data Processing Addendum (DPA) - account SHOP-EX-BE",
         """Hi Privacy team,

As part of our annual compliance review we have updated our Data Processing Addendum to reflect the EU-US Data Privacy Framework and the latest Standard Contractual Clauses. As you use MailRocket to send your newsletters, you act as controller and we act as your processor under Article 28 GDPR.

Could you please review and countersign the attached DPA by 30 September? If your legal team prefers to work from your own template, just send it over and we'll take a look.

Could you also confirm who your designated contact for data protection matters is, so we can keep our account records up to date?

Best,
Priya Nair
Customer Success Manager, MailRocket""", "Priya Nair (MailRocket)"),

        ("other", (), "Privacy screen question",
         """Hello, I'm looking at the "Privacy Screen" willow panel 180 x 120 on your site. Can two of them be joined together, and do they come with posts or do I need to buy those separately? Our neighbours have just put in a hot tub so it's getting a bit urgent haha
Thanks, Linda""", "Linda Marsh"),

        ("objection", (), "instagram ads",
         """bought one hose reel from you and now you're all over my instagram. stop passing my details to them pls""", "jamie k"),

        ("withdraw_consent", (), "no more newsletters",
         """Thanks.

Sent from my iPhone""", "Pauline Ford"),

        ("complaint", ("deletion",), "THIRD time - close my account",
         """I have now written to you three times (3 March, 19 March and 2 April) asking you to shut my account and get rid of my details. Not one reply. Not even an automatic one. Meanwhile your "Spring sale!!" emails keep arriving like nothing happened.

Quite something for a company that tells me on every page how much it "values my privacy". I want written confirmation by Friday that my account is gone and my data deleted. If I don't get it I'm filing a complaint with the Belgian Data Protection Authority and forwarding them this whole thread.

Graham Pike""", "Graham Pike"),

        ("access", (), "Subject Access Request - Article 15 GDPR",
         """Dear Sir or Madam,

I am writing to make a subject access request under Article 15 of the General Data Protection Regulation (EU) 2016/679.

Please provide me with:
1. confirmation of whether or not you process personal data concerning me;
2. a copy of that data, including my order history, loyalty card transactions and any notes held by your customer service department;
3. the purposes of the processing, the recipients to whom the data has been disclosed (in particular any marketing partners) and the envisaged retention period;
4. the source of any data not collected from me directly.

For identification: I have held a customer account under the e-mail address this message is sent from since 2019, and my loyalty card number ends in 4471.

I expect your reply within one month of receipt, as required by Article 12(3). Should I not receive a response within that period, I will consider lodging a complaint with the Data Protection Authority.

Yours faithfully,

Margaret Ellison
14 Kingsway Court
3000 Leuven""", "Margaret Ellison"),

        ("deletion", ("objection", "withdraw_consent"), "Request for erasure - customer no. 20931877",
         """To the Data Protection Officer,

Re: customer account 20931877 / loyalty card 6003 1129 0457

Pursuant to Article 17(1) of Regulation (EU) 2016/679, I hereby request the erasure without undue delay of all personal data you hold relating to me, including my customer account, order history and loyalty card record, and including any copies held by processors acting on your behalf.

To the extent that you are legally obliged to retain certain data (for instance invoices under Belgian accounting law), I object under Article 21(2) and (3) to any use of that data for direct marketing purposes, including profiling.

For the avoidance of doubt, I also withdraw, with effect from today, every consent I have given you, including consent to the newsletter and to "personalised offers" (Article 7(3)).

Please confirm in writing once the erasure has been carried out.

Kind regards,

Dr Arvind Raman""", "Arvind Raman"),
    ],
    "nl": [
        ("deletion", (), "mijn gegevens",
         """Dag,

Ik heb jaren geleden bij jullie een account gemaakt toen we ons huis aan het verbouwen waren, en sindsdien eigenlijk nooit meer iets besteld. We zijn intussen verhuisd naar een appartement zonder tuin, dus ik ga ook niet meer bij jullie kopen, niets persoonlijks hoor.

Nu lees ik de hele tijd over lekken bij webshops en ik vind het eerlijk gezegd geen prettig idee dat mijn naam, adres, gsm-nummer en zelfs mijn geboortedatum nog ergens in jullie systeem zitten voor niets. Ik wil daar gewoon niet meer in staan. Kan dat allemaal weg, account en al?

Als jullie daarvoor iets van mij nodig hebben, laat maar weten.

Groetjes,
Katrien""", "Katrien Peeters"),

        ("access", (), "Vraagje",
         """Goeiemiddag,

Sinds een paar maanden krijg ik van jullie mails met "speciaal voor u geselecteerd" en daar staan dan dingen in die ik vorige zomer bij jullie besteld heb, en ook dingen die ik alleen maar bekeken heb. Dat is op zich niet erg, maar ik vraag mij nu wel af wat jullie allemaal van mij bijhouden. Weten jullie ook wat ik op de site bekijk, hoe lang, van waar ik inlog, welke gsm ik heb? Ik zou dat graag eens allemaal zwart op wit zien. Daar heb ik toch recht op, als ik het goed begrepen heb?

Alvast bedankt,
Marc Janssens""", "Marc Janssens"),

        ("withdraw_consent", (), "Re: Wijziging adresgegevens [#48211]",
         """Top, dank u wel!

Allez, nu ik toch aan het schrijven ben: die promotiemails van elke dinsdag hoeven voor mij niet meer. Ik heb dat ooit aangevinkt bij een wedstrijd denk ik, maar ik lees ze toch nooit.

Groetjes
Hilde

Op ma 8 jul 2024 om 16:41 schreef Privacy shop.example.be <privacy@shop.example.be>:
> Beste mevrouw Wouters,
>
> Wij hebben uw adres in uw klantenaccount aangepast naar:
> Stationsstraat 41, 2800 Mechelen.
> Uw volgende bestellingen worden naar dit adres geleverd.
>
> Met vriendelijke groeten,
> Het privacyteam""", "Hilde Wouters"),

        ("objection", (), "RE: Uw verzoek tot inzage - dossier 2024-0377",
         """Goedemorgen,

Bedankt voor het overzicht, dat was sneller dan verwacht.

Eén ding staat me niet aan: op pagina 3 lees ik dat mijn e-mailadres en mijn aankopen (in "gehashte vorm", wat dat ook moge betekenen) worden doorgegeven aan Meta Platforms Ireland en aan Criteo voor "gepersonaliseerde advertenties". Daar ben ik niet mee akkoord. Gelieve dat voor mij stop te zetten, ook naar de toekomst toe.

De rest mag blijven zoals het is, ik blijf klant.

Met vriendelijke groet,
Bart Lemmens

Van: Privacy shop.example.be <privacy@shop.example.be>
Verzonden: dinsdag 16 april 2024 10:05
Aan: Bart Lemmens <bart.lemmens@telenet.example>
Onderwerp: Uw verzoek tot inzage - dossier 2024-0377

Beste heer Lemmens,

In antwoord op uw verzoek van 2 april vindt u in bijlage een overzicht van de persoonsgegevens die wij over u verwerken, met de doeleinden, de ontvangers en de bewaartermijnen.

Hebt u nog vragen, dan kunt u gewoon op deze e-mail antwoorden.

Met vriendelijke groeten,
Privacyteam shop.example.be""", "Bart Lemmens"),

        ("deletion", (), "Account afsluiten",
         """Goedemiddag,

Mag mijn klantenaccount (dit e-mailadres) afgesloten worden? Alles wat jullie van mij hebben mag mee weg. Bedankt.

Met vriendelijke groeten,

Ann Vercammen
Office Manager

Vercammen & Partners BV | Accountants - Belastingconsulenten
Lange Lozanastraat 142, 2018 Antwerpen
T +32 3 555 21 40 | www.vercammenpartners.example
BTW BE 0456.789.123 | RPR Antwerpen, afdeling Antwerpen

Dit bericht en eventuele bijlagen zijn vertrouwelijk en uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht per vergissing heeft ontvangen, verzoeken wij u de afzender onmiddellijk te verwittigen en het bericht te verwijderen. Elke ongeoorloofde verspreiding of kopie is verboden. Meer informatie over hoe wij uw persoonsgegevens verwerken en over uw rechten vindt u in onze privacyverklaring op www.vercammenpartners.example/privacy.

Ce message et ses annexes sont confidentiels et destinés exclusivement à leur(s) destinataire(s). Si vous l'avez reçu par erreur, merci d'en avertir immédiatement l'expéditeur et de le supprimer.

This message and any attachments are confidential and intended solely for the addressee(s). If you have received it in error, please notify the sender and delete it.""", "Ann Vercammen"),

        ("other", (), "cookiebanner",
         """Hallo,

Kleine vraag uit nieuwsgierigheid: op jullie site staat bij de cookiemelding een grote groene knop "Alles accepteren", maar om te weigeren moet ik via "Instellingen" vijf schuifjes apart uitzetten. Is dat eigenlijk wel toegelaten? Ik las ergens dat weigeren even makkelijk moet zijn als aanvaarden. Ik vraag het mij gewoon af, ik werk zelf aan een webshop en wil weten hoe anderen dat aanpakken.

Groeten,
Wim""", "Wim De Smet"),

        ("other", (), "Masterproef - korte bevraging over AVG-verzoeken",
         """Beste,

Mijn naam is Lotte Claeys, ik ben masterstudente Rechten aan de Universiteit Gent. Voor mijn masterproef onderzoek ik hoe Belgische webwinkels in de praktijk omgaan met verzoeken van klanten onder de AVG (inzage, wissing, bezwaar, ...).

Zou iemand van uw privacyteam bereid zijn om een korte online vragenlijst in te vullen (ca. 10 minuten)? De antwoorden worden anoniem verwerkt en enkel voor wetenschappelijke doeleinden gebruikt.

https://survey.ugent.example/avg-webshops

Alvast hartelijk bedankt!

Met vriendelijke groeten,
Lotte Claeys
Masterstudente Rechten - UGent""", "Lotte Claeys"),

        ("portability", (), "data export",
         """Kunnen jullie mijn profiel en aankoopgeschiedenis rechtstreeks doorsturen naar Tuinwereld? ik stap over. mvg Dirk""", "Dirk Mertens"),

        ("automated", (), "Automatisch antwoord: Uw verzoek tot verwijdering",
         """Ik ben met verlof tot en met vrijdag 16 augustus en lees mijn mails niet. Voor dringende zaken kan u terecht bij mijn collega Els (els.vermeulen@stad.example.be).

Met vriendelijke groeten
Joris Verhaegen""", "Joris Verhaegen"),

        ("complaint", ("withdraw_consent",), "NU IS HET GENOEG",
         """Ik heb jullie op 12 mei en op 3 juni gevraagd om mij van jullie mailinglijst te halen. Twee keer. Geen antwoord, en vanmorgen weer een mail "Laatste kans: -30% op tuinmeubelen". En de afmeldlink onderaan geeft een foutmelding.

Ik heb geen zin meer om dit netjes te vragen. Haal mij er NU af. Als ik nog één mail krijg dien ik klacht in bij de Gegevensbeschermingsautoriteit, ik heb alle screenshots bijgehouden.

R. Goossens""", "Rudi Goossens"),

        ("correction", (), "Verzoek tot rectificatie (art. 16 AVG)",
         """Geachte heer, mevrouw,

Ondergetekende, Pieter Vandenbroucke, wonende te Kortrijksesteenweg 112, 9000 Gent, klant bij u onder klantnummer 18 552 301, verzoekt u hierbij op grond van artikel 16 van de Algemene Verordening Gegevensbescherming (AVG) volgende onjuiste persoonsgegevens te verbeteren:

- geboortedatum: in uw systeem staat 03/11/1976, correct is 11/03/1976;
- telefoonnummer: 0475 12 34 56 is niet langer in gebruik en dient vervangen te worden door 0489 65 43 21;
- facturatieadres: het oude adres (Overpoortstraat 8, 9000 Gent) dient vervangen te worden door het bovenvermelde adres.

Graag verneem ik binnen de wettelijke termijn van één maand dat de verbeteringen werden doorgevoerd.

Met de meeste hoogachting,

Pieter Vandenbroucke""", "Pieter Vandenbroucke"),

        ("restriction", ("access",), "Uw ref. / onze ref. SDW/2024/118 - art. 18 AVG",
         """Geachte,

Ik schrijf u namens mijn cliënte, mevrouw An Claes (klantnummer 22 104 877).

Bij het afrekenen op uw webwinkel op 14 februari jl. werd haar de betaalwijze "achteraf betalen" geweigerd met de melding dat haar klantprofiel een "openstaand betalingsincident" vermeldt. Mijn cliënte heeft nooit een factuur van u onbetaald gelaten en betwist de juistheid van dat gegeven formeel.

Overeenkomstig artikel 18, lid 1, a) AVG verzoek ik u de verwerking van dat gegeven, en van alle daarmee samenhangende gegevens in haar klantendossier, te beperken gedurende de periode die u nodig hebt om de juistheid ervan te controleren. Concreet betekent dit dat deze gegevens niet mogen worden gebruikt voor betalings- of kredietbeslissingen, noch aan derden mogen worden doorgegeven.

Daarnaast verzoek ik u, op grond van artikel 15, lid 1, c) AVG, mij mee te delen aan welke ontvangers (betalingsdienstaanbieders, incassobureaus, ...) dit gegeven werd meegedeeld.

Met vriendelijke groeten,

Mr. Sofie De Wilde
Advocaat
De Wilde Advocaten, Coupure Links 55, 9000 Gent""", "Sofie De Wilde"),
    ],
    "fr": [
        ("objection", (), "vos mails « rien que pour vous »",
         """Bonjour,

Je suis cliente chez vous depuis des années et en général je n'ai rien à redire. Mais depuis quelque temps je reçois des mails qui commencent par « Marie-Claire, on a pensé à vous » avec exactement les produits que j'ai regardés sur votre site deux jours avant, parfois même des choses que j'ai seulement mises dans le panier sans les acheter. Ça me met un peu mal à l'aise, j'ai l'impression d'être suivie.

Je n'ai rien contre vos promotions de temps en temps, comme tout le monde. Mais je ne veux plus que vous épluchiez ce que je regarde et ce que j'achète pour deviner ce qui pourrait m'intéresser. Ça, j'aimerais que ça s'arrête.

Bien à vous,
Marie-Claire Hennart""", "Marie-Claire Hennart"),

        ("restriction", (), "Problème avec mon dossier client",
         """Bonjour,

Je me permets de vous écrire ici parce que le service client ne semble pas pouvoir régler mon souci.

D'après eux, ma commande de janvier (une tondeuse, commande 771-40392) n'aurait jamais été payée et mon dossier porte maintenant une mention « impayé ». Or j'ai l'extrait de compte qui montre le virement du 12 janvier, que je leur ai envoyé. On me répond que « la comptabilité vérifie ».

Qu'ils vérifient, pas de problème. Mais en attendant je ne veux pas que cette mention serve à quoi que ce soit : ni être transmise à une société de recouvrement, ni bloquer mes prochaines commandes, ni être communiquée à qui que ce soit. Ne supprimez rien non plus, j'en ai besoin pour prouver ma bonne foi. Qu'on laisse tout en l'état tant que ce n'est pas éclairci.

Merci de me confirmer que c'est bien noté.

Jean-Luc Marchal
Namur""", "Jean-Luc Marchal"),

        ("correction", (), "Re: Votre demande d'accès (réf. 2024-1187)",
         """Bonjour,

Merci pour le document, c'est très complet.

En le parcourant, je constate deux erreurs : mon nom est orthographié « Lefevre » au lieu de « Lefèvre », et l'adresse qui figure sur ma fiche est encore celle de Wavre (nous avons déménagé en 2022). La bonne adresse est : avenue des Combattants 54, 1340 Ottignies.

Pouvez-vous faire le nécessaire ?

Bien cordialement,
Anne Lefèvre

Le lun. 3 juin 2024 à 11:27, Service Vie privée <privacy@shop.example.be> a écrit :
> Madame,
>
> Suite à votre demande d'accès du 21 mai 2024, vous trouverez en pièce jointe
> une copie des données personnelles vous concernant que nous traitons,
> ainsi que les informations prévues à l'article 15 du RGPD.
>
> Nous restons à votre disposition pour toute question.
>
> Le service Vie privée
> shop.example.be""", "Anne Lefèvre"),

        ("automated", (), "Réponse automatique : Votre demande d'effacement (réf. 2024-1302)",
         """Bonjour,

Je suis absente du bureau jusqu'au lundi 2 septembre inclus et n'aurai qu'un accès limité à ma messagerie.

En cas d'urgence, vous pouvez contacter le secrétariat au 081 55 42 10.

Cordialement,
Sandrine Collard""", "Sandrine Collard"),

        ("correction", (), "Changement d'adresse e-mail",
         """Bonjour,

Pourriez-vous remplacer l'adresse e-mail de mon compte client par celle-ci : p.dewinter@notaire-dewinter.example ? L'ancienne (pdewinter@skynet.example) sera supprimée à la fin du mois.

Merci d'avance,

Philippe de Winter

Maître Philippe de Winter
Notaire associé
Étude de Winter & Mathy, notaires associés SRL
Chaussée de Bruxelles 201, 1410 Waterloo
Tél. +32 2 555 63 00 - Fax +32 2 555 63 09
TVA BE 0812.345.678

AVERTISSEMENT : Ce courriel et ses éventuelles pièces jointes sont strictement confidentiels et peuvent être couverts par le secret professionnel. Ils sont destinés exclusivement à leur(s) destinataire(s). Si vous n'êtes pas le destinataire prévu, toute lecture, utilisation, diffusion ou reproduction est interdite ; merci d'en avertir immédiatement l'expéditeur et de détruire ce message. Conformément au RGPD, les données à caractère personnel vous concernant sont traitées par l'étude aux fins de la gestion de ses dossiers ; vous disposez d'un droit d'accès, de rectification et d'effacement que vous pouvez exercer auprès de privacy@notaire-dewinter.example.
Attention : les notaires ne confirment jamais un changement de numéro de compte par e-mail. En cas de doute, contactez l'étude par téléphone.""", "Philippe de Winter"),

        ("other", (), "Votre site est-il vraiment conforme au RGPD ? Audit offert",
         """Bonjour,

En visitant shop.example.be, nous avons relevé plusieurs points qui pourraient poser problème au regard du RGPD et des recommandations de l'Autorité de protection des données : bandeau cookies, registre des traitements, contrats de sous-traitance avec vos partenaires marketing...

Chez Conformia, nous accompagnons plus de 150 e-commerçants belges dans leur mise en conformité. Je vous propose un audit flash gratuit de 30 minutes, sans engagement.

Seriez-vous disponible mardi ou jeudi prochain pour un court échange ?

Bien à vous,

Julien Masson
Business Developer - Conformia SRL
+32 4 555 78 12

Vous ne souhaitez plus recevoir nos e-mails ? Répondez STOP.""", "Julien Masson"),

        ("other", (), "Demande d'interview - enquête sur les données des clients",
         """Bonjour,

Je suis journaliste au service Économie du Quotidien. Je prépare un article sur la manière dont les webshops belges utilisent les données de leurs clients à des fins publicitaires (cartes de fidélité, partage avec des régies, etc.), à l'occasion de la publication du dernier rapport annuel de l'APD.

Accepteriez-vous de répondre à quelques questions, par téléphone ou par écrit, d'ici vendredi ? J'aimerais notamment savoir combien de demandes d'accès ou d'effacement vous recevez par an et comment vous les traitez.

Merci d'avance,
Élodie Warnier
Journaliste - Le Quotidien
0475 55 19 83""", "Élodie Warnier"),

        ("access", (), "GDPR",
         """Bonjour, vous avez quoi exactement sur moi ? merci""", "Kevin D."),

        ("withdraw_consent", (), "désinscription newsletter",
         """svp merci

Envoyé depuis mon appareil Galaxy""", "Nadia Bensaïd"),

        ("complaint", ("access",), "2e relance - demande d'accès du 14 mars restée sans réponse",
         """Madame, Monsieur,

Le 14 mars dernier, je vous ai adressé une demande d'accès à mes données personnelles sur la base de l'article 15 du RGPD. Je vous ai relancés le 22 avril. À ce jour, soit plus de deux mois plus tard, je n'ai reçu ni les données demandées, ni même un accusé de réception.

Je vous rappelle que le délai légal de réponse est d'un mois. Sans réponse de votre part sous huit jours, je déposerai plainte auprès de l'Autorité de protection des données, copie de nos échanges à l'appui.

Je réitère donc ma demande : merci de me communiquer une copie de toutes les données me concernant.

Salutations,
Nathalie Gérard""", "Nathalie Gérard"),

        ("deletion", (), "Demande d'effacement de données personnelles - article 17 du RGPD",
         """Madame, Monsieur,

Par la présente, et conformément à l'article 17 du Règlement général sur la protection des données (RGPD), je vous demande de procéder à l'effacement de l'ensemble des données à caractère personnel me concernant que vous détenez, y compris celles liées à mon compte client (adresse e-mail : celle du présent message) et à ma carte de fidélité n° 6003 1145 8820.

Je vous saurais gré de bien vouloir me confirmer l'effacement de ces données dans les meilleurs délais et, en tout état de cause, dans le délai d'un mois prévu à l'article 12, paragraphe 3, du RGPD.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Christine Dubois-Lambert
Rue des Wallons 27
1348 Louvain-la-Neuve""", "Christine Dubois-Lambert"),

        ("portability", ("access", "deletion"), "Exercice de mes droits - art. 15, 17 et 20 RGPD",
         """Bonjour,

Je quitte la Belgique à la fin du mois et souhaite mettre fin à ma relation avec votre enseigne. Auparavant, je vous prie de bien vouloir :

1. me transmettre, dans un format structuré, couramment utilisé et lisible par machine (CSV ou JSON), les données que je vous ai fournies, notamment l'historique de mes commandes et de ma carte de fidélité (article 20 du RGPD) ;
2. m'adresser une copie de l'ensemble des autres données me concernant, en précisant leurs finalités, leurs destinataires et leur durée de conservation (article 15) ;
3. une fois ces éléments transmis, supprimer mon compte et toutes les données associées (article 17).

Je reste à votre disposition pour toute vérification d'identité.

Cordialement,
Mathieu Renard""", "Mathieu Renard"),
    ],
    "de": [
        ("withdraw_consent", (), "Gewinnspiel von damals",
         """Hallo zusammen,

vor ein paar Jahren habe ich bei Ihrem Frühlings-Gewinnspiel mitgemacht (ich glaube, es ging um einen Gasgrill, gewonnen habe ich natürlich nichts 😉). Dabei habe ich wohl irgendwo ein Häkchen gesetzt, dass Sie mir Angebote per Mail schicken dürfen. Das war damals auch in Ordnung, wir hatten gerade den Garten angelegt und ich fand die Tipps ganz nützlich.

Inzwischen hat sich das erledigt, und zwei bis drei Mails pro Woche sind mir ehrlich gesagt zu viel. Das, was ich damals erlaubt habe, nehme ich hiermit zurück. Einen Abmeldelink habe ich in den Mails nicht gefunden, deshalb schreibe ich hier.

Mein Kundenkonto können Sie gerne behalten, vielleicht bestelle ich ja doch noch mal was.

Viele Grüße aus Köln
Susanne Winkler""", "Susanne Winkler"),

        ("deletion", (), "Konto meines verstorbenen Vaters",
         """Guten Tag,

mein Vater, Gerhard Lenz, ist im Januar verstorben. Er war seit vielen Jahren Kunde bei Ihnen - er hat seinen Garten geliebt und vermutlich die Hälfte Ihres Sortiments bestellt.

Gestern kam nun per Post ein Gutschein "Alles Gute zum 80. Geburtstag, lieber Gerhard!". Meine Mutter hat ihn aus dem Briefkasten geholt, und das war für sie nicht leicht.

Ich kümmere mich um den Nachlass und möchte, dass von ihm bei Ihnen nichts mehr übrig bleibt: kein Konto, keine Kundenkarte, keine Adresse, nichts. Eine Kopie der Sterbeurkunde schicke ich Ihnen gerne, falls Sie die brauchen.

Mit freundlichen Grüßen
Andreas Lenz""", "Andreas Lenz"),

        ("portability", (), "AW: Ihre Datenauskunft - Vorgang DS-2024-0219",
         """Hallo,

danke für die schnelle Antwort. Nur kann ich mit einer 38-seitigen PDF-Datei ehrlich gesagt nicht viel anfangen. Ich ziehe mit meinem ganzen Garten-Kram zu einem anderen Anbieter um und möchte meine Bestellhistorie dort importieren. Dafür bräuchte ich die Daten als CSV oder JSON - oder Sie schicken sie direkt an die, die haben angeblich eine Schnittstelle dafür.

Geht das?

Gruß
Tobias Hahn

-----Ursprüngliche Nachricht-----
Von: Datenschutz shop.example.be <privacy@shop.example.be>
Gesendet: Mittwoch, 6. März 2024 15:12
An: tobias.hahn@posteo.example
Betreff: Ihre Datenauskunft - Vorgang DS-2024-0219

Sehr geehrter Herr Hahn,

anbei erhalten Sie die Auskunft über die zu Ihrer Person gespeicherten Daten gemäß Art. 15 DSGVO als PDF-Datei.

Mit freundlichen Grüßen
Ihr Datenschutz-Team""", "Tobias Hahn"),

        ("restriction", (), "Re: Löschung Ihres Kundenkontos",
         """Bitte noch NICHT löschen!!

Ich habe inzwischen Ärger mit der Versicherung wegen des Sturmschadens am Gewächshaus und brauche wahrscheinlich die Bestell- und Lieferdaten als Nachweis. Also bitte alles aufbewahren, aber bis ich mich wieder melde auch nichts weiter damit machen - einfach so liegen lassen, wie es ist.

Danke und Gruß
K. Schröder

Am Do., 11. Juli 2024 um 09:30 Uhr schrieb Datenschutz <privacy@shop.example.be>:
> Guten Tag Frau Schröder,
>
> wir bestätigen den Eingang Ihres Antrags auf Löschung Ihres Kundenkontos.
> Die Löschung wird innerhalb der nächsten 14 Tage durchgeführt.
> Sie erhalten eine Bestätigung, sobald der Vorgang abgeschlossen ist.
>
> Freundliche Grüße
> Ihr Datenschutz-Team
> shop.example.be""", "Katharina Schröder"),

        ("objection", (), "Werbung",
         """Guten Tag,

bitte verwenden Sie meine Daten künftig nicht mehr für Werbezwecke und geben Sie sie auch nicht an Partner weiter.

Danke
Claudia Reuter

--
Claudia Reuter
Steuerfachangestellte

Reuter & Klein Steuerberatungsgesellschaft mbH
Theaterstraße 31 · 52062 Aachen
Tel. +49 241 555 38-12 · Fax -99
claudia.reuter@reuter-klein.example
www.reuter-klein.example

Geschäftsführer: StB Dipl.-Kfm. Thomas Reuter, StB Dr. Eva Klein
Sitz der Gesellschaft: Aachen · Amtsgericht Aachen HRB 12345
USt-IdNr. DE 123 456 789

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. Informationen zur Verarbeitung Ihrer personenbezogenen Daten gemäß Art. 13 DSGVO finden Sie unter www.reuter-klein.example/datenschutz.""", "Claudia Reuter"),

        ("other", (), "Auftragsverarbeitungsvertrag (AVV) - Bitte um Rücksendung",
         """Sehr geehrte Damen und Herren,

im Rahmen unserer Zusammenarbeit (Versandabwicklung über unser Lager in Aachen) verarbeiten wir in Ihrem Auftrag Namen und Lieferadressen Ihrer Kunden. Wie bereits im Juni angekündigt, benötigen wir hierfür einen aktualisierten Auftragsverarbeitungsvertrag nach Art. 28 DSGVO.

Den Entwurf inkl. der Anlage zu den technischen und organisatorischen Maßnahmen (TOM) finden Sie im Anhang. Wir bitten um Prüfung und Rücksendung eines unterschriebenen Exemplars bis zum 15. Oktober.

Für Rückfragen steht Ihnen unser Datenschutzbeauftragter, Herr Peters, gerne zur Verfügung.

Mit freundlichen Grüßen
Jana Kühn
Vertragsmanagement
LogiTrans Fulfillment GmbH""", "Jana Kühn"),

        ("other", (), "Frage zu Sichtschutz „Privacy Plus“",
         """Hallo,

ich interessiere mich für den Sichtschutzzaun "Privacy Plus" aus WPC in Anthrazit (180 x 180 cm). Zwei Fragen:
- Liefern Sie auch nach Deutschland (PLZ 52064), und was kostet der Versand?
- Muss man die Pfosten einbetonieren oder gibt es dafür Einschlaghülsen?

Vielen Dank und schöne Grüße
Frank Meißner""", "Frank Meißner"),

        ("correction", (), "Hausnummer falsch",
         """In meinem Kundenkonto steht Lindenweg 21, richtig ist 12a. bitte ändern, danke! J. Albers""", "Jens Albers"),

        ("automated", (), "Abwesenheitsnotiz: Ihre Anfrage vom 02.08.",
         """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23.08.2024 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an zentrale@stadtwerke-beispiel.example oder +49 241 555 0.

Mit freundlichen Grüßen
Markus Vogt""", "Markus Vogt"),

        ("complaint", ("objection",), "Beschwerde - mein Widerspruch vom 4. Juni wird ignoriert",
         """Sehr geehrte Damen und Herren,

am 4. Juni habe ich Ihnen per E-Mail mitgeteilt, dass ich der Nutzung meiner Daten für Werbung widerspreche. Eine Antwort habe ich nie bekommen. Stattdessen lag letzte Woche wieder Ihr Katalog im Briefkasten, diesmal sogar mit "persönlichen Empfehlungen" auf Basis meiner Einkäufe.

Ich fordere Sie letztmalig auf, meinen Widerspruch umzusetzen und mir das schriftlich zu bestätigen. Parallel dazu habe ich heute Beschwerde bei der belgischen Datenschutzbehörde eingereicht.

Mit freundlichen Grüßen
Wolfgang Decker""", "Wolfgang Decker"),

        ("objection", (), "Widerspruch gemäß Art. 21 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit widerspreche ich gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung einschließlich des damit verbundenen Profilings. Dies umfasst insbesondere die Zusendung von Werbeprospekten per Post, die Auswertung meines Kaufverhaltens für personalisierte Angebote sowie die Übermittlung meiner Daten an Werbepartner (z. B. für "Custom Audiences").

Mein Kundenkonto soll im Übrigen bestehen bleiben.

Bitte bestätigen Sie mir die Umsetzung schriftlich.

Mit freundlichen Grüßen

Dr. Heike Brandt
Aachener Straße 17
4700 Eupen""", "Heike Brandt"),

        ("access", ("correction", "restriction"), "Auskunftsersuchen nach Art. 15 DSGVO, Berichtigung und Einschränkung",
         """Sehr geehrte Damen und Herren,

ich bin seit 2017 Kunde Ihres Onlineshops (Kundennummer 40 118 274) und mache hiermit folgende Rechte geltend:

1. Auskunft nach Art. 15 Abs. 1 DSGVO über sämtliche zu meiner Person gespeicherten Daten, einschließlich der Verarbeitungszwecke, der Empfänger, der Speicherdauer und der Herkunft der Daten, sowie eine Kopie dieser Daten nach Art. 15 Abs. 3 DSGVO.

2. Berichtigung nach Art. 16 DSGVO: In meinem Kundenkonto ist als Geburtsdatum der 01.01.1900 hinterlegt. Mein korrektes Geburtsdatum ist der 14.08.1968.

3. Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. a DSGVO hinsichtlich meines Geburtsdatums, bis die Berichtigung erfolgt ist. Insbesondere darf das falsche Datum nicht für Alters- oder Bonitätsprüfungen herangezogen werden.

Ich bitte um Erledigung innerhalb der Frist des Art. 12 Abs. 3 DSGVO.

Mit freundlichen Grüßen
Matthias Körner""", "Matthias Körner"),
    ],
    "es": [
        ("access", (), "¿De dónde habéis sacado esto?",
         """Hola:

Os escribo porque hay una cosa que me tiene un poco mosqueada. Ayer me llegó a casa un folleto vuestro dirigido a "Carmen Ruiz Delgado". Delgado es mi segundo apellido, y juraría que nunca os lo he dado: en mi cuenta solo pongo Carmen Ruiz, como en todos lados. Tampoco sé cómo tenéis mi dirección nueva, porque me mudé en marzo y no la he cambiado en vuestra web.

No quiero montar ningún drama, pero me gustaría saber qué información tenéis sobre mí y de dónde ha salido, que creo que tengo derecho a saberlo, ¿no?

Gracias,
Carmen""", "Carmen Ruiz"),

        ("deletion", (), "me vuelvo a España",
         """Hola, buenas tardes.

Después de seis años en Bruselas me vuelvo a Valencia el mes que viene, y estoy cerrando todo lo que tengo aquí: banco, teléfono, el gimnasio... y me he acordado de que también tengo cuenta con vosotros (compré casi todas las plantas de la terraza en vuestra web, la verdad es que muy contento).

Como no creo que vaya a pedir nada más desde allí, prefiero no dejar mis datos repartidos por ahí. ¿Podéis quitar mi cuenta y todo lo que tengáis mío? Si necesitáis que confirme algo, me decís.

Muchas gracias por todo,
Álvaro Giménez""", "Álvaro Giménez"),

        ("objection", (), "RE: Baja de la newsletter confirmada",
         """Gracias por la rapidez.

Una cosa más: aunque ya no recibo la newsletter, sigo viendo en Instagram anuncios vuestros con exactamente las macetas que compré. Supongo que le pasáis mi correo a Meta o algo así. No quiero que mis datos se usen para eso ni que se compartan con nadie para publicidad.

Un saludo,
Sergio

De: Privacidad shop.example.be <privacy@shop.example.be>
Enviado: jueves, 18 de abril de 2024 12:03
Para: sergio.mtz@gmail.example
Asunto: Baja de la newsletter confirmada

Estimado cliente:

Le confirmamos que su dirección de correo electrónico ha sido dada de baja de nuestra newsletter. Dejará de recibir nuestras comunicaciones en un plazo máximo de 48 horas.

Atentamente,
El equipo de Privacidad""", "Sergio Martínez"),

        ("automated", (), "Respuesta automática: Su solicitud de rectificación (ref. 2024-0551)",
         """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 15 de abril, sin acceso al correo electrónico. Para asuntos urgentes, puede contactar con mi compañera Marta Sánchez (msanchez@grupoalfa.example).

Un saludo,
Raúl Moreno Castillo""", "Raúl Moreno Castillo"),

        ("withdraw_consent", (), "Baja",
         """Hola, por favor dadme de baja de los correos de ofertas. Gracias.

Saludos,

Ignacio Serrano
Responsable de Proyectos
INGEVAL Consultores, S.L.
C/ Colón 42, 4.ª planta · 46004 Valencia
Tel. 963 555 210

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de INGEVAL Consultores, S.L. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía.

PROTECCIÓN DE DATOS: De conformidad con lo dispuesto en el Reglamento (UE) 2016/679 (RGPD) y en la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que los datos personales y la dirección de correo electrónico del interesado se tratarán bajo la responsabilidad de INGEVAL Consultores, S.L. para el envío de comunicaciones sobre nuestros productos y servicios, y se conservarán mientras exista un interés mutuo para ello. Los datos no serán comunicados a terceros, salvo obligación legal. Le informamos de que puede ejercer los derechos de acceso, rectificación, portabilidad y supresión de sus datos y los de limitación y oposición a su tratamiento dirigiéndose a C/ Colón 42, 46004 Valencia o a protecciondatos@ingeval.example. Si considera que el tratamiento no se ajusta a la normativa vigente, podrá presentar una reclamación ante la autoridad de control en www.aepd.es.

Antes de imprimir este mensaje, piense si es necesario. Cuidemos el medio ambiente.""", "Ignacio Serrano"),

        ("other", (), "Acuerdo de corresponsabilidad del tratamiento - programa de afiliados",
         """Hola, equipo:

Os escribo desde el departamento legal de AfiliaRed. Como sabéis, desde enero gestionamos vuestro programa de afiliados en España y Portugal. Tras la revisión de nuestro DPO, hemos concluido que, en lo relativo al seguimiento de clics y conversiones, actuamos como corresponsables del tratamiento (art. 26 RGPD) y no como encargados.

Os adjunto una propuesta de acuerdo de corresponsabilidad. ¿Podríais revisarla con vuestro delegado de protección de datos y decirnos si tenéis comentarios antes del 30 de junio?

Muchas gracias,
Beatriz Lozano
Legal Counsel - AfiliaRed""", "Beatriz Lozano"),

        ("other", (), "duda sobre vuestra política de privacidad",
         """Hola,

Estaba leyendo vuestra política de privacidad (sí, hay gente que las lee 😅) y pone que conserváis los datos de los pedidos durante 7 años. ¿Eso es por alguna ley belga en concreto? En España creo que son 6 para temas contables. Es pura curiosidad, estoy haciendo un máster de protección de datos y me ha llamado la atención.

Un saludo,
Nerea""", "Nerea Etxeberria"),

        ("correction", (), "Núñez, no Nunez",
         """en mi cuenta, por favor. gracias""", "Manuel Núñez"),

        ("portability", (), "historial de pedidos en Excel",
         """¿Me lo podéis mandar? Es para pasarlo a otra tienda. Gracias!""", "Rocío Herrera"),

        ("complaint", ("access", "deletion"), "SEGUNDA RECLAMACIÓN - sin respuesta a mi solicitud del 2 de febrero",
         """Buenas:

El 2 de febrero les envié una solicitud para saber qué datos tienen sobre mí y para que después los borraran. Han pasado casi tres meses. Ni respuesta, ni acuse de recibo, nada. Les volví a escribir el 5 de marzo y tampoco.

Esto no es serio. Si en diez días no tengo respuesta presentaré una reclamación ante la autoridad belga de protección de datos y también ante la AEPD.

Vuelvo a pedir lo mismo: copia de mis datos y que luego los eliminen.

Pilar Vázquez""", "Pilar Vázquez"),

        ("restriction", (), "Ejercicio del derecho a la limitación del tratamiento (art. 18 RGPD)",
         """Muy señores míos:

Me dirijo a ustedes en calidad de cliente (n.º de cliente 30 227 915) para ejercer el derecho a la limitación del tratamiento previsto en el artículo 18.1.c) del Reglamento (UE) 2016/679.

Según su política de privacidad, los datos relativos a mis pedidos de 2021 deberían suprimirse próximamente al vencer el plazo de conservación. Sin embargo, dichos datos me resultan necesarios para la formulación de una reclamación judicial frente a la empresa que instaló la pérgola adquirida en su tienda (pedido n.º 2021-88431).

Por ello, les solicito que conserven dichos datos y que, mientras tanto, se abstengan de tratarlos para cualquier finalidad distinta de su conservación, hasta que les comunique la finalización del procedimiento.

Quedo a la espera de su confirmación.

Atentamente,

Javier Ortega Muñoz
Av. de la Couronne 144
1050 Ixelles""", "Javier Ortega Muñoz"),

        ("withdraw_consent", ("objection", "deletion"), "Retirada de consentimiento, oposición y supresión de datos",
         """Buenos días:

Por medio del presente correo, y al amparo del Reglamento General de Protección de Datos, les comunico lo siguiente:

Primero. Retiro el consentimiento que en su día otorgué para recibir comunicaciones comerciales por correo electrónico y SMS (artículo 7.3 RGPD).

Segundo. Me opongo a que mis datos se utilicen para elaborar perfiles con fines publicitarios o se cedan a terceros con esa finalidad (artículo 21 RGPD).

Tercero. Solicito la supresión de mis datos personales en la medida en que su conservación no venga impuesta por una obligación legal (artículo 17 RGPD).

Les ruego que me confirmen por escrito que han atendido estas solicitudes.

Un saludo,
Lucía Fernández Ibarra""", "Lucía Fernández Ibarra"),
    ],
    "it": [
        ("correction", (), "auguri in anticipo... di due mesi",
         """Buongiorno,

vi scrivo per una cosa un po' buffa. Ogni anno a marzo mi arriva la vostra mail "Buon compleanno Giulia! Ecco il tuo buono del 10%". Carino, davvero, peccato che io sia nata a maggio! Il 3 maggio, per la precisione. Probabilmente quando mi sono registrata il sito ha letto la data all'americana, o ho sbagliato io a scriverla.

Dal mio account non riesco a modificarla, il campo è grigio. Potete sistemarla voi? Così almeno il buono arriva quando serve 😊

Grazie e buona giornata,
Giulia Ferrante""", "Giulia Ferrante"),

        ("objection", (), "telefonata ricevuta ieri",
         """Salve,

ieri sera mi ha chiamato una signora di una ditta che installa pannelli solari, molto insistente. Quando le ho chiesto dove avesse preso il mio numero, mi ha detto che l'aveva avuto "da un partner commerciale di un negozio online dove lei ha fatto acquisti", e ha nominato voi.

Non so se sia vero, magari se l'è inventato, e non vi sto accusando di niente. Però, per stare tranquillo: il mio numero e gli altri miei dati ve li ho dati per le consegne, e per quello li potete usare. Non voglio che vengano passati a nessuno per fare pubblicità o proporre cose, né adesso né in futuro.

Roberto Mancini""", "Roberto Mancini"),

        ("access", (), "Re: Verifica identità - richiesta di accesso n. 2024/0412",
         """Buongiorno,

ecco quanto richiesto: il numero della carta fedeltà è 6003 1178 2245 e il CAP di consegna è 20135. L'ultimo ordine che ho fatto è del 14 aprile (tosaerba elettrico), se può servire.

A questo punto resto in attesa della copia dei miei dati.

Saluti,
Stefano Galli

Il giorno ven 3 mag 2024 alle ore 10:18 Privacy shop.example.be <privacy@shop.example.be> ha scritto:
> Gentile Cliente,
>
> abbiamo ricevuto la Sua richiesta di accesso ai dati personali.
> Per poterLe rispondere in sicurezza, La preghiamo di confermarci
> il numero della Sua carta fedeltà e il CAP dell'indirizzo di consegna.
>
> Cordiali saluti,
> Ufficio Privacy - shop.example.be""", "Stefano Galli"),

        ("restriction", (), "R: Segnalazione su mancata consegna - pratica 5531",
         """Va bene, aspetto l'esito.

Però nel frattempo quella nota "consegna rifiutata" sul mio profilo non deve essere usata per niente: né per bloccarmi il pagamento alla consegna, né passata al corriere o ad altri. E non cancellatela nemmeno, voglio che resti lì finché non si chiarisce chi ha sbagliato.

Grazie
Valentina Rizzo

-----Messaggio originale-----
Da: Ufficio Privacy <privacy@shop.example.be>
Inviato: martedì 21 maggio 2024 16:45
A: valentina.rizzo@libero.example
Oggetto: Segnalazione su mancata consegna - pratica 5531

Gentile Sig.ra Rizzo,

abbiamo ricevuto la Sua contestazione relativa alla nota "consegna rifiutata" presente nel Suo profilo cliente. Stiamo verificando con il corriere quanto accaduto e Le daremo un riscontro entro 15 giorni.

Cordiali saluti,
Ufficio Privacy""", "Valentina Rizzo"),

        ("portability", (), "i miei dati in formato CSV",
         """Buongiorno, potreste inviarmi i miei dati (anagrafica e ordini) in un file CSV o Excel? Devo importarli nel programma che uso per le spese di casa. Grazie.

Elena Fabbri

--
Dott.ssa Elena Fabbri
Studio Commercialista Fabbri & Associati
Via Indipendenza 14 - 40121 Bologna
Tel. 051 555 3342 - PEC: fabbri@pec.example

Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 (GDPR), si precisa che le informazioni contenute nel presente messaggio e negli eventuali allegati sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio in parola Le fosse pervenuto per errore, La invitiamo ad eliminarlo senza copiarlo e a non inoltrarlo a terzi, dandocene gentilmente comunicazione. Grazie.

Questo messaggio è stato controllato da un antivirus.""", "Elena Fabbri"),

        ("other", (), "domanda sui cookie",
         """Buonasera,

sono un web designer e per curiosità professionale ho dato un'occhiata al vostro sito. Il banner dei cookie sparisce appena scorro la pagina, e dalla console vedo che gli script di Google Analytics e del pixel di Facebook partono prima che io abbia cliccato qualsiasi cosa. È una scelta voluta? Per quanto ne so, secondo le linee guida del Garante lo scroll non vale come consenso, quindi mi chiedevo se avete un parere legale diverso o se in Belgio funziona in un altro modo.

Solo una domanda tra addetti ai lavori, eh.

Saluti,
Davide Longo""", "Davide Longo"),

        ("other", (), "Nomina a Responsabile del trattamento - firma richiesta",
         """Gentili,

in qualità di fornitore del servizio di assistenza clienti telefonica per il mercato italiano, vi trasmettiamo in allegato l'atto di nomina a Responsabile del trattamento ex art. 28 GDPR, aggiornato secondo le clausole contrattuali tipo della Commissione.

Vi chiediamo cortesemente di restituircelo firmato digitalmente entro fine mese, oppure di inviarci il vostro modello se preferite utilizzarlo.

Cordiali saluti,
Simona Greco
Ufficio Legale - CallPoint Italia S.r.l.""", "Simona Greco"),

        ("withdraw_consent", (), "unsubscribe",
         """toglietemi dalla newsletter per favore""", "Chiara B."),

        ("automated", (), "Risposta automatica: Richiesta di accesso ai dati",
         """Sono fuori ufficio fino al 28 agosto con accesso limitato alla posta elettronica. Per urgenze contattare la segreteria allo 02 5550 1234.

Cordiali saluti
Laura Conti""", "Laura Conti"),

        ("complaint", ("correction",), "TERZA VOLTA!!! cognome sbagliato",
         """Buongiorno,

è la terza volta che vi scrivo (22 gennaio, 15 febbraio e oggi) per chiedervi di correggere il mio cognome, che nel vostro sistema è "DELL ACQUA" invece di "Dell'Acqua". Risultato: i pacchi arrivano col nome sbagliato, il corriere non trova il citofono e due volte me li hanno riportati indietro.

Nessuno mi ha mai risposto. Vi sembra normale? Se entro una settimana non è sistemato faccio una segnalazione al Garante, e scrivo anche all'autorità belga.

Lo chiedo ancora una volta: correggete il cognome.

Paolo Dell'Acqua""", "Paolo Dell'Acqua"),

        ("portability", (), "Richiesta di portabilità dei dati ai sensi dell'art. 20 GDPR",
         """Spett.le shop.example.be,

il sottoscritto Marco Bellini, nato a Bergamo il 22/05/1981, titolare dell'account cliente associato al presente indirizzo e-mail, chiede ai sensi dell'art. 20 del Regolamento (UE) 2016/679:

a) di ricevere, in un formato strutturato, di uso comune e leggibile da dispositivo automatico, i dati personali che lo riguardano forniti a codesta società (dati anagrafici, storico degli ordini, punti della carta fedeltà);
b) ove tecnicamente fattibile, la trasmissione diretta dei suddetti dati al titolare GiardinOnline S.r.l., ai sensi dell'art. 20, par. 2.

Resto in attesa di riscontro entro i termini di legge.

Distinti saluti

Marco Bellini""", "Marco Bellini"),

        ("deletion", ("withdraw_consent", "restriction"), "Istanza di cancellazione - art. 17 GDPR",
         """Gentili Signori,

con la presente, in qualità di interessata, esercito i seguenti diritti previsti dal Regolamento (UE) 2016/679:

1. cancellazione di tutti i dati personali che mi riguardano, ivi compresi account, storico acquisti e dati della carta fedeltà (art. 17);
2. revoca di ogni consenso da me prestato, in particolare quello all'invio della newsletter e di comunicazioni promozionali (art. 7, par. 3);
3. nelle more della cancellazione, limitazione del trattamento dei miei dati alla sola conservazione (art. 18).

Vi chiedo di darmi conferma scritta dell'avvenuta cancellazione.

Cordiali saluti,
Avv. Francesca Moretti""", "Francesca Moretti"),
    ],
    "pt": [
        ("restriction", (), "registo na minha conta",
         """Boa tarde,

Há umas semanas devolvi um candeeiro de jardim que veio com o vidro partido. Agora, sempre que tento encomendar, aparece que a minha conta está "em análise", e o apoio ao cliente disse-me que há lá uma nota a dizer que devolvi o artigo "danificado pelo cliente". Isso não é verdade, tenho fotografias da caixa tal como chegou.

Já enviei as fotos e disseram-me que vão ver. Tudo bem, que vejam. Mas até lá não quero que essa nota seja usada para nada - nem para me bloquear, nem para me pôr em listas, nem para ser passada a quem quer que seja. E também não a apaguem, porque quero que fique registado quando se provar que não tive culpa.

Obrigada,
Inês Matos""", "Inês Matos"),

        ("access", (), "dúvida sobre meus dados",
         """Oi, tudo bem?

Sou brasileira, moro em Antuérpia faz dois anos e compro com vocês de vez em quando. Semana passada uma amiga me falou que essas lojas guardam tudo da gente - o que a gente clica, onde a gente está, quanto gasta - e vendem pra todo mundo. Fiquei encucada.

Não estou acusando vocês de nada, tá? Só queria saber o que vocês têm guardado sobre mim. Acho que eu tenho direito de saber isso, né? Se puderem me mandar, agradeço demais.

Abraço,
Juliana Alves""", "Juliana Alves"),

        ("deletion", (), "Re: Resposta ao seu pedido de acesso",
         """Boa noite,

Recebi, obrigado. Confesso que não fazia ideia de que guardavam tanta coisa - até o histórico de pesquisas no site desde 2019!

Depois de ver isto, prefiro sair. Podem fechar a minha conta e não ficar com nada do que aí está.

Cumprimentos,
Nuno Ferreira

A sexta, 12/04/2024, 17:20, Privacidade shop.example.be <privacy@shop.example.be> escreveu:
> Caro cliente,
>
> Na sequência do seu pedido, enviamos em anexo a cópia dos dados pessoais
> que tratamos a seu respeito, bem como informação sobre as finalidades,
> os destinatários e os prazos de conservação.
>
> Com os melhores cumprimentos,
> Equipa de Privacidade""", "Nuno Ferreira"),

        ("automated", (), "Resposta automática: Re: O seu pedido de retificação",
         """Obrigado pelo seu email.
Estou de férias até dia 3 de setembro, sem acesso regular ao correio eletrónico. Responderei à sua mensagem logo que possível após o meu regresso.

Cumprimentos,
Sofia Antunes

> Cara Sra. Sofia Antunes,
> Confirmamos que o seu número de telefone foi atualizado conforme solicitado.
> Equipa de Privacidade - shop.example.be""", "Sofia Antunes"),

        ("access", (), "Pedido",
         """Bom dia,
Gostaria de receber uma cópia dos dados pessoais que têm sobre mim.
Obrigada.

Marta Lopes
Assistente de Direção

FERRAZ & CUNHA - Sociedade de Advogados, SP, RL
Av. da Liberdade, 110 - 5.º
1250-146 Lisboa | Portugal
T: +351 21 555 40 00
www.ferrazcunha.example

AVISO DE CONFIDENCIALIDADE: Esta mensagem, assim como os ficheiros eventualmente anexos, é confidencial e reservada apenas ao conhecimento da(s) pessoa(s) nela indicada(s) como destinatária(s). Se não é o seu destinatário, solicitamos que não faça qualquer uso do respetivo conteúdo e proceda à sua destruição, notificando o remetente. Os dados pessoais constantes desta comunicação são tratados nos termos do Regulamento Geral sobre a Proteção de Dados; para mais informações ou para exercer os seus direitos de acesso, retificação, apagamento ou oposição, contacte dpo@ferrazcunha.example.

Antes de imprimir este e-mail pense bem se tem mesmo de o fazer.""", "Marta Lopes"),

        ("other", (), "Tela de privacidade para varanda",
         """Olá,

Vi no vosso site a "tela de privacidade" em bambu para varanda (referência 45-2210). Tenho uma varanda com 4,20 m de comprimento: vende-se ao metro ou só em rolos de 3 m? E aguenta bem o vento? Moro num 7.º andar em Schaerbeek e aquilo sopra que é uma coisa.

Obrigado,
Carlos Teixeira""", "Carlos Teixeira"),

        ("other", (), "Candidatura espontânea - Assistente de Apoio ao Cliente (PT/FR/EN)",
         """Exmos. Senhores,

Venho por este meio apresentar a minha candidatura espontânea para a área de apoio ao cliente. Sou portuguesa, vivo em Bruxelas há quatro anos e falo fluentemente português, francês e inglês. Tenho três anos de experiência em atendimento ao cliente no setor do comércio eletrónico.

Envio em anexo o meu currículo e fico desde já disponível para uma entrevista.

Autorizo o tratamento dos meus dados pessoais para efeitos de recrutamento, nos termos do Regulamento Geral sobre a Proteção de Dados (RGPD).

Com os melhores cumprimentos,
Daniela Rocha""", "Daniela Rocha"),

        ("portability", (), "Transferir os meus dados para outra loja",
         """É possível? Obg""", "Paulo Mendes"),

        ("withdraw_consent", (), "",
         """Não quero receber mais a newsletter. Obrigada

Enviado do meu iPhone""", "Rita Gomes"),

        ("complaint", ("portability",), "Reclamação - pedido de portabilidade sem resposta há 6 semanas",
         """Boa tarde,

No dia 28 de fevereiro pedi-vos que me enviassem os meus dados (encomendas e cartão de cliente) num ficheiro CSV para os poder levar para outra loja. Recebi uma resposta automática com um número de pedido (#PR-20240228-117) e desde então mais nada. Já lá vão seis semanas, e o prazo é de um mês.

Estou sinceramente desiludido. Peço-vos que tratem do pedido esta semana. Caso contrário, apresentarei queixa à autoridade belga de proteção de dados - e já agora também à CNPD.

Hugo Martins""", "Hugo Martins"),

        ("correction", (), "Pedido de retificação de dados pessoais (art.º 16.º do RGPD)",
         """Exmos. Senhores,

Eu, Ana Rita Sousa Pereira, cliente n.º 50 331 208, venho, ao abrigo do artigo 16.º do Regulamento Geral sobre a Proteção de Dados, solicitar a retificação dos seguintes dados pessoais que constam da minha conta:

- apelido: consta "Perreira", quando o correto é "Pereira";
- número de telemóvel: o número registado já não me pertence; o atual é +32 470 55 81 26;
- morada de faturação: Rue Haute 210, 1000 Bruxelas.

Agradeço que me confirmem a retificação no prazo legal.

Com os melhores cumprimentos,
Ana Rita Sousa Pereira""", "Ana Rita Sousa Pereira"),

        ("objection", ("deletion",), "Oposição ao tratamento e apagamento de dados",
         """Exmos. Senhores,

Na qualidade de titular dos dados, venho pelo presente:

a) opor-me, nos termos do artigo 21.º, n.º 2, do RGPD, ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis e a partilha com parceiros publicitários;
b) requerer, nos termos do artigo 17.º, n.º 1, alínea c), do mesmo Regulamento, o apagamento dos dados tratados para esses fins.

Solicito confirmação por escrito das medidas tomadas.

Com os melhores cumprimentos,
Rui Miguel Carvalho""", "Rui Miguel Carvalho"),
    ],
}

"""Eighth set, people: informed and unusual letters. Written apart from the rules (see make_eighth.py)."""

PEOPLE_V = {
    "en": [
        ("access", (), "Art. 15(1)(h) – the 'Pay later' refusal on order 40-118823",
         """Hi,

I'm a backend engineer, so I'll try to be precise about what I'm asking for.

On 2 June I tried to check out order 40-118823 with "Pay later". The option went grey about a second after I entered my details, which suggests to me that nobody looked at it. I'm not disputing the outcome as such, I just want to understand it.

Under Art. 15(1)(h) GDPR please tell me:

- whether that refusal was a decision based solely on automated processing in the sense of Art. 22(1), or whether a person (at your end or at the payment provider) was involved in any meaningful way;
- meaningful information about the logic involved: which inputs were used (basket value? postcode? account age? device/browser fingerprint? previous returns?) and roughly how much each one matters;
- the significance and envisaged consequences for me, e.g. is a score now stored on my account, and will it affect future orders;
- if the decision is actually made by your BNPL provider and not by you, which company that is, so I can ask them directly.

I am not asking for source code or model weights, I know that's not what the article covers. A plain-language explanation is fine.

Thanks,
Tomasz Wielgosz
(account e-mail: the address I'm writing from)""",
         "Tomasz Wielgosz"),
        ("objection", (), "Article 21 – 'predicted customer value' segmentation",
         """Dear privacy team,

Section 6 of your privacy notice ("Personalisation") says you put customers into segments based on purchase history, browsing behaviour and "predicted future spend", and that you rely on legitimate interest for this.

I object to that processing under Article 21 GDPR. As far as the segmentation is used for direct marketing, Art. 21(2) applies and there is no balancing to be done: it has to stop. As far as it is used for anything else (which promotions I see, the order of search results, how quickly customer service picks up my tickets), please stop as well unless you can demonstrate compelling legitimate grounds that override my interests, and in that case tell me what they are.

To avoid any misunderstanding: I'm keeping my account and you can obviously keep processing my orders and deliveries. I just don't want to be scored.

Kind regards,
Imogen Clarke""",
         "Imogen Clarke"),
        ("deletion", ("access",), "",
         """Hello,

I'd like my account gone, and everything that hangs off it: order history, the three saved addresses, the wishlist, the loyalty card number, and whatever you've been feeding your "marketing partners" about me. If you need to keep invoices for the tax people, fine, keep those and nothing else.

Second thing. Art. 19 GDPR says you have to pass the erasure on to everyone you disclosed my data to, and tell me who they are if I ask. I'm asking. Please send me the list of recipients along with your confirmation.

Cheers
Rob Danvers""",
         "Rob Danvers"),
        ("access", (), "Re: Your erasure request – case 2026-0871",
         """Dear Ms Lambrechts,

Thank you for your e-mail of 12 May confirming that my account and the associated data have been deleted.

There is one thing I didn't think to ask at the time. Under the second sentence of Article 19 GDPR, could you let me know which recipients you communicated the erasure to? I'm particularly interested in whether my details went to the delivery companies, to the firm that runs your loyalty scheme and to any advertising platforms (customer match lists and the like). A simple list of company names would be enough.

With thanks and best wishes,
Dr Helen Osei-Bonsu""",
         "Helen Osei-Bonsu"),
        ("portability", ("deletion",), "Moving my account to GreenThumb Direct",
         """Hi there,

I'm moving my gardening shopping to GreenThumb Direct Ltd (greenthumb-direct.example). They have an "import from another shop" feature and their privacy team said they can accept a data file from you at dpo@greenthumb-direct.example.

So, under Art. 20(2) GDPR: please transmit the data I've provided to you (profile, addresses, order history, product reviews I wrote, the plant list in "My garden") directly to them, in whatever structured format you both can handle – CSV or JSON would be ideal. If you say direct transmission isn't technically feasible, then send the file to me and I'll upload it myself.

Once that's done, please close my account here.

Thanks,
Priya Raman""",
         "Priya Raman"),
        ("restriction", (), "Re: your email of 14 May",
         """Hello,

Your email of 14 May says my account has been flagged because of "multiple chargebacks" and that I can now only pay by bank transfer in advance.

I have never made a chargeback, with you or with anybody else. I contest the accuracy of that information.

Until you have checked it, I want its processing restricted under Art. 18(1)(a) GDPR. That means: don't use the flag to block or limit my orders, and don't pass it on to your payment provider or anyone else. Please note I am NOT asking you to delete anything – I want the record kept exactly as it is, because I may need it if this goes further.

Please confirm when the restriction is in place, and let me know before you lift it (Art. 18(3)).

Gareth Pugh""",
         "Gareth Pugh"),
        ("withdraw_consent", (), "cookies",
         """hi,

when I was on your site last week on my phone I hit "Accept all" on the cookie popup just to make it go away. I'd like to take that back – I never meant to agree to the advertising and "analytics partners" ones, only the ones the site needs to work.

fyi there's no link in the footer to change your choice (I looked), and clearing cookies on my end obviously doesn't undo anything you've already set up. I believe art 7(3) says taking it back should be as easy as giving it.. anyway, please treat this email as me withdrawing it. my account is under this address if that helps.

thx
Dan""",
         "Daniel Okafor"),
        ("complaint", ("access",), "Data breach notification of 19/05 – claim under Article 82 GDPR",
         """Dear Sir or Madam,

On 19 May I received your notification that "an unauthorised third party accessed a customer database" containing names, postal addresses, phone numbers and order histories.

Since 22 May I have received four text messages pretending to be from a courier, each of which mentions the parasol and base I ordered from you in April. It is obvious where that information came from. I have spent a good part of two evenings changing passwords and warning my elderly mother, who shares my phone plan, and I am frankly anxious about what else is out there.

I hereby claim compensation under Article 82 GDPR for the non-material damage I have suffered. I would remind you that the Court of Justice has held that there is no de minimis threshold for such damage (C-300/21, Österreichische Post) and that the fear of misuse of one's data can in itself constitute damage (C-340/21, Natsionalna agentsia za prihodite). I propose EUR 500 as a settlement.

I also ask you to tell me exactly which data about me were contained in the affected database, and for which period.

If I have not received a satisfactory answer within 30 days I will bring a claim before the competent court and lodge a complaint with the Belgian Data Protection Authority.

Yours faithfully,
Martin Ashworth""",
         "Martin Ashworth"),
        ("other", (), "DPO contact details – Verhaegen Logistics BV / warehousing agreement",
         """Dear Sirs,

We act for Verhaegen Logistics BV in connection with a dispute with your company under the warehousing and fulfilment agreement of 1 March 2023.

Clause 14.2 of the data processing annex to that agreement names your data protection officer as the addressee for certain notices. The person named there has, we understand, since left your company. Could you please let us have the name and postal address of your current DPO, so that our client's notice can be properly served?

For the avoidance of doubt, this enquiry does not concern the personal data of any individual; it relates solely to the contractual arrangements between our respective clients.

Yours faithfully,

Eleanor Whitfield
Senior Associate
Hartley Byrne LLP""",
         "Eleanor Whitfield"),
        ("other", (), "Quick question",
         """Hello,

I'm a PhD researcher at KU Leuven working on how readable the privacy notices of Belgian online shops are. Yours is one of 40 in my sample, and actually one of the better ones!

I'd like to quote two short passages (the paragraph on retention periods in section 4 and the table in section 9) in a paper I'm submitting to a journal. They're publicly available of course, but my supervisor prefers that we ask. Would you be OK with that? The shop would be named. Happy to send you the draft before submission.

Best regards,
Sofie Claes
Centre for IT & IP Law, KU Leuven""",
         "Sofie Claes"),
        ("automated", (), "Automatic reply: Your request PRV-2026-1147",
         """Thank you for your email.

I am out of the office until Monday 16 June with limited access to email. If your matter is urgent, please contact my assistant, Priya Shah, on +44 20 7946 0321 or at pshah@hollismarsh.example.

Kind regards,
James Hollis

Hollis & Marsh LLP | 14 Gray's Inn Square | London WC1R 5JP
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Hollis & Marsh LLP is authorised and regulated by the Solicitors Regulation Authority.""",
         "James Hollis"),
        ("correction", (), "",
         """Hello,

I've changed my name by deed poll. Please update my account from Charlotte Emma Pryce to Charlie Emmerson Pryce – first name and middle name, surname stays the same. Title should be Mx (or blank if your system can't do that).

I'm not attaching the deed poll. You don't need it to change the name on a shopping account, and under Art. 12(6) you can only ask for more information where you have reasonable doubts about who is writing, which I don't think you can have since this comes from the e-mail address on the account.

Could you also make sure the new name reaches whoever prints my loyalty card and the courier labels? Art. 19 again, I'm afraid.

Thanks,
Charlie""",
         "Charlie Pryce"),
    ],
    "nl": [
        ("access", (), "Personeelsdossier",
         """Beste,

Ik heb tot eind februari als orderpicker in jullie magazijn in Willebroek gewerkt, eerst via het interimkantoor en vanaf 2024 met een vast contract.

Ik zou graag een kopie krijgen van alles wat jullie over mij bijhouden als ex-werknemer: mijn personeelsdossier, de evaluatiegesprekken, de registraties van de handscanner (prikklok en pickrate per uur) en de opmerkingen die de ploegbazen over mij hebben genoteerd. Ik heb begrepen dat ik daar volgens artikel 15 van de AVG recht op heb, ook op een kopie (lid 3).

Digitaal mag, een pdf of een zip is goed.

Met vriendelijke groeten,
Kevin Van den Broeck
Rijksweg 212, 2870 Puurs""",
         "Kevin Van den Broeck"),
        ("objection", (), "Lookalike audiences en mijn klikgedrag",
         """Geachte heer/mevrouw,

In uw privacyverklaring lees ik dat u op basis van mijn klikgedrag en aankopen 'interesseprofielen' samenstelt en mijn (gehashte) e-mailadres deelt met advertentieplatforms om zogenaamde lookalike audiences te maken. U baseert dit op uw gerechtvaardigd belang.

Daar wil ik niet aan meedoen. Ik maak hierbij bezwaar tegen deze verwerking op grond van artikel 21, lid 2 AVG. Omdat het om direct marketing gaat, hoeft u geen afweging te maken: u moet er gewoon mee stoppen.

Dat u in België gevestigd bent en niet onder de Nederlandse UAVG valt, doet hier niet ter zake; de AVG zelf is rechtstreeks van toepassing.

Met vriendelijke groet,
drs. R.J. (Ruud) Terpstra
Groningen""",
         "Ruud Terpstra"),
        ("deletion", ("withdraw_consent",), "",
         """hoi,

ik wil graag dat jullie mij helemaal vergeten. account, klantenkaart, adressen, alles weg. ik bestel toch niets meer sinds de verhuis naar een appartement zonder tuin haha.

en die nieuwsbrief op woensdag hoef ik ook niet meer, daar was ik ooit voor ingeschreven om 10% korting te krijgen.

merci!
Lien""",
         "Lien Verstraete"),
        ("access", (), "Uw bevestiging van 2 april (dossier 2026-0312)",
         """Geachte heer, mevrouw,

Hartelijk dank voor uw bevestiging van 2 april dat mijn gegevens zijn gewist.

Op grond van artikel 19, tweede zin, AVG verzoek ik u mij mee te delen aan welke ontvangers u mijn persoonsgegevens hebt verstrekt en aan wie u de wissing vervolgens hebt doorgegeven. Ik denk aan vervoerders, het bedrijf dat uw spaarprogramma beheert, incassobureaus en advertentiepartijen, maar de opsomming is uiteraard aan u.

Een opgave per ontvanger (naam en land van vestiging) volstaat.

Hoogachtend,

mr. A.C. de Wit-Hoogendijk""",
         "Annemieke de Wit"),
        ("portability", (), "Overstap naar Tuinwereld",
         """Goedendag,

Ik stap over naar Tuinwereld (tuinwereld.example.nl). Zij hebben een functie om bestelhistorie en verlanglijstjes van andere webshops in te lezen en hebben mij laten weten dat u de gegevens rechtstreeks naar privacy@tuinwereld.example.nl kunt sturen.

Ik vraag u daarom om op grond van artikel 20, lid 2 AVG mijn gegevens rechtstreeks aan hen over te dragen: mijn profielgegevens, mijn bestelhistorie van de afgelopen vijf jaar, de verlanglijst en de productreviews die ik heb geschreven. Bij voorkeur in CSV of JSON. Lukt een rechtstreekse overdracht technisch niet, stuur het bestand dan naar mij.

Alvast bedankt,
Joost Hendrickx""",
         "Joost Hendrickx"),
        ("restriction", (), "Re: Uw referentie BZW-0428",
         """Beste,

Op 28 april heb ik bezwaar gemaakt tegen het gebruik van mijn aankoopgeschiedenis voor uw 'Slim Sparen'-aanbiedingen. Op 2 mei liet u weten dat u mijn bezwaar in behandeling hebt en de belangenafweging nog moet maken. Dank daarvoor.

Zolang die afweging loopt, verzoek ik u de verwerking te beperken, zoals artikel 18, lid 1, d) AVG toelaat: gebruik mijn aankoopgegevens in de tussentijd niet voor die aanbiedingen. Bewaren mag, gebruiken niet.

Graag een korte bevestiging dat dit zo is ingesteld.

Groeten,
Nathalie Wouters""",
         "Nathalie Wouters"),
        ("withdraw_consent", (), "klantenkaart",
         """Dag,

Toen ik mijn klantenkaart aanvroeg in de winkel in Aalst heb ik het vakje aangevinkt voor 'persoonlijke aanbiedingen op basis van mijn aankopen'. Dat vink ik bij deze uit, zeg maar. Ik heb er eens over nagedacht en ik vind het niet nodig dat jullie bijhouden wat ik koop om mij dingen aan te prijzen.

De kaart zelf wil ik wel houden, voor de punten.

Vriendelijke groeten
Marc De Smet""",
         "Marc De Smet"),
        ("complaint", ("access",), "Tweede verzoek – geen antwoord binnen de termijn van artikel 12, lid 3 AVG",
         """Geachte heer/mevrouw,

Op 3 maart heb ik u per e-mail gevraagd om inzage in en een kopie van mijn persoonsgegevens (art. 15 AVG). Ik heb geen ontvangstbevestiging gekregen, geen antwoord, en ook geen bericht dat u de termijn wilde verlengen. Intussen zijn we ruim negen weken verder.

Artikel 12, lid 3 AVG geeft u één maand. Die termijn is ruimschoots verstreken.

Ik verzoek u alsnog binnen veertien dagen aan mijn verzoek te voldoen. Gebeurt dat niet, dan dien ik een klacht in bij de Gegevensbeschermingsautoriteit. Mijn oorspronkelijke e-mail stuur ik hieronder nogmaals mee.

Met vriendelijke groet,
Pieter Claessens

-----Oorspronkelijk bericht-----
Van: Pieter Claessens
Verzonden: maandag 3 maart 2026 20:41
Aan: privacy@shop.example.be
Onderwerp: Inzageverzoek

Goedenavond, graag ontvang ik een kopie van alle persoonsgegevens die u over mij verwerkt, met de doeleinden, ontvangers en bewaartermijnen. Dank u. P. Claessens""",
         "Pieter Claessens"),
        ("correction", ("objection",), "",
         """Goedemiddag,

Op mijn account en op elke factuur staat mijn naam als 'Yzerman'. Het is IJzerman, met een hoofdletter-IJ. Ja, ik weet dat computers daar moeite mee hebben, maar het blijft mijn naam. Kunt u dat aanpassen?

En als u toch bezig bent: ik krijg nog steeds elke maand die papieren folder in de bus. Daar heb ik nooit om gevraagd en ik maak er bezwaar tegen dat u mijn adres daarvoor gebruikt.

Met vriendelijke groet,
Marleen IJzerman""",
         "Marleen IJzerman"),
        ("other", (), "Verwijdering uit leveranciersbestand",
         """Geachte,

Groenrand Tuinmeubelen BV levert sinds januari 2026 niet meer aan uw webshop; het raamcontract is in onderling overleg beëindigd.

Toch ontvangen wij op ons algemene adres (info@groenrand.example.be) nog steeds uw leveranciersnieuwsbrief en automatische offerteaanvragen via uw inkoopplatform. Wij verzoeken u onze bedrijfsgegevens uit uw leveranciersbestand en van het inkoopplatform te verwijderen.

Met vriendelijke groeten,

Administratie
Groenrand Tuinmeubelen BV
Industrieweg 41, 9080 Lochristi
BTW BE 0456.789.123""",
         "Groenrand Tuinmeubelen - administratie"),
        ("other", (), "Vraagje voor mijn masterproef",
         """Beste,

Ik ben masterstudente rechten aan de UGent en schrijf mijn masterproef over de positie van de functionaris voor gegevensbescherming in middelgrote Belgische e-commercebedrijven.

Zou uw DPO bereid zijn om een halfuurtje met mij te praten, online of telefonisch? Het gaat om algemene vragen over de organisatie van de functie (rapportering, budget, onafhankelijkheid), niet over concrete dossiers. Ik kan de vragen vooraf doorsturen en de naam van het bedrijf anonimiseren als u dat wenst.

Alvast bedankt!
Elif Yılmaz""",
         "Elif Yilmaz"),
        ("automated", (), "Automatisch antwoord: Uw verzoek tot inzage – ref. INZ-2026-0093",
         """Bedankt voor uw bericht.

Ik ben met vakantie tot en met 21 juli en lees in die periode mijn mails niet. Uw bericht wordt niet doorgestuurd.

Voor dringende zaken kunt u terecht bij het secretariaat: 03 234 56 78 of secretariaat@peeters-advocaten.example.be.

Met vriendelijke groeten,
Ann Peeters
Advocaat
Peeters & Partners Advocaten – Frankrijklei 88, 2000 Antwerpen""",
         "Ann Peeters"),
    ],
    "fr": [
        ("access", (), "Demande d'accès – Réf. JDR/2026/07",
         """Jean-Damien Roussel
14, rue des Tanneurs
59000 Lille

shop.example.be
À l'attention du délégué à la protection des données

Lille, le 3 juin 2026

Réf. : JDR/2026/07
Objet : exercice du droit d'accès – article 15 du RGPD et loi n° 78-17 du 6 janvier 1978 modifiée

Madame, Monsieur,

Client de votre boutique depuis 2019 (compte ouvert avec la présente adresse électronique), je vous demande, en application de l'article 15 du règlement (UE) 2016/679, de me communiquer :

1. une copie de l'ensemble des données à caractère personnel me concernant que vous traitez (article 15.3), y compris les données de navigation et de fidélité rattachées à mon compte ;
2. les finalités et les bases juridiques de ces traitements ;
3. les destinataires ou catégories de destinataires, en précisant ceux établis hors de l'Union européenne ;
4. la durée de conservation envisagée ;
5. la source des données que vous n'auriez pas collectées auprès de moi.

Je vous rappelle que l'article 12.3 du règlement vous impartit un délai d'un mois à compter de la réception de la présente. Ce délai ne peut être prolongé de deux mois que si vous m'en informez, motifs à l'appui, dans le premier mois.

Une réponse par voie électronique, dans un format courant, me convient parfaitement.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Jean-Damien Roussel""",
         "Jean-Damien Roussel"),
        ("objection", (), "Pixels de suivi dans vos e-mails",
         """Bonjour,

Je suis développeuse et, par déformation professionnelle, j'ai regardé le code source de vos e-mails. Chacun d'eux, y compris les confirmations de commande, contient une image invisible de 1x1 pixel chargée depuis un domaine de mesure d'audience, et tous les liens passent par une redirection qui enregistre mes clics avec un identifiant personnel.

Je m'oppose à ce traitement, sur le fondement de l'article 21 du RGPD : je ne veux plus que mes ouvertures et mes clics soient mesurés individuellement, que ce soit pour de la prospection ou pour « améliorer vos campagnes ».

Je précise que je souhaite évidemment continuer à recevoir les confirmations de commande et de livraison. Simplement sans mouchard dedans.

Cordialement,
Camille Fournier""",
         "Camille Fournier"),
        ("deletion", ("access",), "",
         """Bonjour,

Je ne veux plus figurer dans vos fichiers, ni dans ceux des sociétés avec lesquelles vous travaillez. Je vous demande donc d'effacer mon compte et toutes les données qui s'y rattachent, conformément à l'article 17 du RGPD et à la loi Informatique et Libertés. Les factures que la loi vous oblige à conserver peuvent évidemment rester.

Par ailleurs, conformément à l'article 19 du RGPD, merci de m'indiquer à quels destinataires vous aurez notifié cet effacement (transporteurs, partenaires publicitaires, prestataire du programme de fidélité...).

Bien à vous,
Hélène Marchetti
Montpellier""",
         "Hélène Marchetti"),
        ("portability", (), "Portabilité vers Maison Verte Direct",
         """Bonjour,

Je quitte votre boutique pour Maison Verte Direct (maisonverte-direct.example.fr). Leur service client m'a confirmé qu'ils peuvent importer un historique de commandes et une liste d'envies au format CSV ou JSON, à l'adresse dpo@maisonverte-direct.example.fr.

Au titre de l'article 20.2 du RGPD, je vous demande de leur transmettre directement les données que je vous ai fournies : identité, adresses, historique de commandes depuis 2020, liste d'envies, avis produits. Si la transmission directe n'est pas techniquement possible, envoyez-moi le fichier et je m'en chargerai.

Merci d'avance,
Olivier Dumont""",
         "Olivier Dumont"),
        ("restriction", (), "Re: votre message",
         """Bonjour,

Vous m'écrivez que mon compte est « restreint pour retours abusifs » et que onze retours figureraient à mon nom en 2025. J'en ai fait deux : une tondeuse arrivée cassée et un coussin de la mauvaise couleur. Je conteste donc l'exactitude de ces données.

Le temps que vous vérifiiez, je demande la limitation du traitement au sens de l'article 18.1.a du RGPD : ces données doivent être gelées, c'est-à-dire ni utilisées pour limiter mes commandes, ni communiquées à votre transporteur ou à qui que ce soit. Ne les supprimez pas non plus, j'en aurai peut-être besoin.

Merci de me confirmer la mise en place de cette limitation.

Nathalie Lejeune
Namur""",
         "Nathalie Lejeune"),
        ("withdraw_consent", ("objection",), "cookies + partenaires",
         """Bonjour,

Lors de ma dernière visite sur votre site, j'ai cliqué sur « Tout accepter » dans le bandeau cookies, un peu trop vite. Je retire ce consentement pour tous les cookies non indispensables (mesure d'audience, publicité, réseaux sociaux).

Autre chose : votre politique de confidentialité indique que vous transmettez l'adresse e-mail de vos clients, « sous forme hachée », à des partenaires publicitaires pour du ciblage, au titre de votre intérêt légitime. Je m'oppose à ce que vous le fassiez avec la mienne.

Cordialement,
Thomas Gilson""",
         "Thomas Gilson"),
        ("complaint", (), "Fuite de données – demande de réparation (art. 82 RGPD)",
         """Madame, Monsieur,

Par courriel du 19 mai, vous m'avez informée qu'un tiers non autorisé avait accédé à une base de données clients contenant notamment mon nom, mon adresse, mon numéro de téléphone et l'historique de mes commandes.

Dans les jours qui ont suivi, j'ai reçu plusieurs SMS frauduleux reprenant le détail d'une commande passée chez vous, puis, le 27 mai, un prélèvement de 214,90 € a été tenté sur mon compte par un prétendu « transporteur ». Ma banque l'a bloqué, mais j'ai dû faire opposition sur ma carte, me rendre deux fois à l'agence et déposer plainte à la police.

Je considère avoir subi un préjudice à la fois matériel et moral directement imputable à l'insuffisance de vos mesures de sécurité. En application de l'article 82 du RGPD, je vous mets en demeure de m'indemniser à hauteur de 800 €.

À défaut de proposition sérieuse dans un délai de quinze jours, je saisirai la justice de paix et l'Autorité de protection des données.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Isabelle Dewandre
Rue de la Station 7, 1300 Wavre""",
         "Isabelle Dewandre"),
        ("correction", (), "Civilité",
         """Bonjour,

Votre formulaire d'inscription m'a obligé·e à choisir entre « Madame » et « Monsieur ». Aucun des deux ne me correspond, et de toute façon je ne vois pas en quoi vous en avez besoin pour me livrer des pots de fleurs. La Cour de justice a d'ailleurs dit à peu près la même chose à la SNCF l'an dernier (affaire Mousse, C-394/23).

Merci de corriger mon compte : remplacez « Madame » par « Mx », ou laissez le champ vide si votre système ne le permet pas. Et que ça se retrouve aussi sur les étiquettes des colis, svp.

Bonne journée,
Alex Morel""",
         "Alex Morel"),
        ("other", (), "Demande de réaction – article sur les fuites de données dans l'e-commerce",
         """Bonjour,

Je suis journaliste au service économie d'un quotidien belge. Nous préparons un article sur les fuites de données dans l'e-commerce en Belgique, et plusieurs lecteurs nous ont transmis la notification que vous avez envoyée à vos clients le 19 mai.

Souhaiteriez-vous réagir ? Je voudrais notamment savoir combien de clients sont concernés, si l'Autorité de protection des données a été notifiée et quelles mesures ont été prises depuis. Un entretien avec votre DPO ou un porte-parole serait idéal.

Notre bouclage est prévu jeudi à 16 h.

Bien cordialement,
Sarah Vandenplas
0475 12 34 56""",
         "Sarah Vandenplas"),
        ("other", (), "question",
         """Bonjour,

Avant de créer un compte chez vous, j'aimerais savoir une chose que je ne trouve pas clairement dans votre politique de confidentialité : est-ce que des données de clients sont transférées hors de l'Union européenne, par exemple vers des prestataires américains pour l'hébergement ou l'envoi des e-mails ? Et si oui, sur quelle base (décision d'adéquation, clauses contractuelles types) ?

Merci de votre réponse,
Bernard Collignon""",
         "Bernard Collignon"),
        ("automated", (), "Réponse automatique : Absence du bureau",
         """Bonjour,

Je suis absente du cabinet jusqu'au 25 août inclus. Pendant cette période, vos messages ne seront ni lus ni transférés.

En cas d'urgence, vous pouvez joindre le secrétariat au +32 2 512 34 56 ou à l'adresse secretariat@cabinet-leclercq.example.be.

Maître Véronique Leclercq
Avocate au barreau de Bruxelles""",
         "Véronique Leclercq"),
        ("access", ("objection",), "Paiement en 3 fois refusé – décision automatisée ?",
         """Bonjour,

Le 30 mai, j'ai voulu régler un salon de jardin (commande 40-220391) en trois fois. Refus immédiat, sans explication, alors que je suis client depuis six ans et que je n'ai jamais eu d'incident de paiement.

Je suis ingénieur en informatique et je me doute qu'il s'agit d'un score calculé automatiquement. En application de l'article 15.1.h du RGPD, je vous demande de m'indiquer :
– si cette décision a été prise de manière exclusivement automatisée au sens de l'article 22 ;
– des informations utiles sur la logique sous-jacente (quelles données, quel poids, quels seuils) ;
– l'importance et les conséquences prévues de ce traitement pour moi.

Par ailleurs, je m'oppose à ce que vous continuiez à calculer ce type de score sur mon compte à l'avenir.

Cordialement,
Karim Benali""",
         "Karim Benali"),
    ],
    "de": [
        ("access", (), "Auskunft nach Art. 15 Abs. 1 lit. h DSGVO – Ablehnung Kauf auf Rechnung",
         """Sehr geehrte Damen und Herren,

am 27.05. wurde mir bei der Bestellung eines Hochbeets die Zahlungsart "Kauf auf Rechnung" nicht angeboten, obwohl ich seit 2018 bei Ihnen Kunde bin und alle Rechnungen pünktlich bezahlt habe. Ich arbeite beruflich als Data Scientist und gehe davon aus, dass hier ein Scoring-Modell entschieden hat.

Ich bitte daher um Auskunft nach Art. 15 Abs. 1 lit. h DSGVO:

1. Lag eine ausschließlich automatisierte Entscheidung im Sinne von Art. 22 DSGVO vor? Falls ein Dienstleister (Auskunftei, Zahlungsanbieter) den Score berechnet, bitte ich um dessen Namen. Nach dem SCHUFA-Urteil des EuGH (C-634/21) ist ja bereits die Erstellung des Scores eine "Entscheidung", wenn er maßgeblich ist.
2. Aussagekräftige Informationen über die involvierte Logik: welche Merkmale in welcher Gewichtung eingeflossen sind und wie sich konkret mein Ergebnis ergeben hat. Der EuGH hat in C-203/22 (Dun & Bradstreet Austria) klargestellt, dass ein bloßer Verweis auf Betriebsgeheimnisse dafür nicht ausreicht.
3. Die Tragweite und die angestrebten Auswirkungen: Wird das Ergebnis gespeichert und bei künftigen Bestellungen wieder herangezogen?

Den Quellcode möchte ich nicht sehen. Eine verständliche Erklärung genügt.

Mit freundlichen Grüßen
Dr. Felix Brandstätter""",
         "Felix Brandstätter"),
        ("objection", (), "Widerspruch gegen personalisierte Preise",
         """Hallo,

mir ist aufgefallen, dass mir im eingeloggten Zustand für denselben Rasenmäher 18 Euro mehr angezeigt werden als im privaten Browserfenster. Laut Ihrer Datenschutzerklärung nutzen Sie "Kaufverhalten und Interaktionen zur Optimierung der Angebotsdarstellung" und stützen sich dabei auf berechtigte Interessen.

Dieser Verarbeitung widerspreche ich nach Art. 21 Abs. 1 DSGVO. Soweit Sie dieselben Daten auch für Werbung verwenden, widerspreche ich zusätzlich nach Art. 21 Abs. 2.

Mein Kundenkonto und meine laufenden Bestellungen sollen davon unberührt bleiben.

Gruß
Jörg Hansen""",
         "Jörg Hansen"),
        ("deletion", ("objection",), "",
         """Hallo zusammen,

ich will ehrlich gesagt nicht mehr, dass ihr irgendwas von mir gespeichert habt. Konto, Adressen, Wunschliste, die alten Bestellungen soweit ihr die nicht fürs Finanzamt braucht. Einfach alles.

Und bitte schickt mir keine Kataloge mehr per Post, dem widerspreche ich ausdrücklich. Die landen sowieso sofort im Altpapier.

LG
Sabine Kröger""",
         "Sabine Kröger"),
        ("portability", (), "Datenübertragung an Gartenkontor24 (Art. 20 Abs. 2 DSGVO)",
         """Sehr geehrte Damen und Herren,

ich werde künftig bei der Gartenkontor24 GmbH, Hamburg, bestellen. Gartenkontor24 bietet die Übernahme von Bestellhistorie und Merklisten aus anderen Shops an und hat mir als Empfangsadresse datenuebernahme@gartenkontor24.example.de genannt.

Ich bitte Sie, die mich betreffenden Daten, die ich Ihnen bereitgestellt habe (Stammdaten, Lieferadressen, Bestellhistorie, Merkliste, Produktbewertungen), gemäß Art. 20 Abs. 2 DSGVO unmittelbar an Gartenkontor24 zu übermitteln, und zwar in einem strukturierten, gängigen und maschinenlesbaren Format (CSV oder JSON). Sollte eine direkte Übermittlung technisch nicht machbar sein, senden Sie die Datei bitte an mich.

Mit freundlichen Grüßen
Katrin Vogelsang""",
         "Katrin Vogelsang"),
        ("restriction", (), "Ihre E-Mail vom 12.05.",
         """Guten Tag,

seit Ihrer E-Mail vom 12.05. steht in meinem Kundenkonto der Vermerk, meine Lieferadresse sei "nicht verifiziert / unzustellbar". Deshalb kann ich nur noch per Vorkasse bestellen.

Die Adresse stimmt. Ich wohne dort seit 2011, und Ihre Pakete kamen bisher immer an. Ich bestreite die Richtigkeit dieses Vermerks.

Bis Sie das geprüft haben, verlange ich die Einschränkung der Verarbeitung nach Art. 18 Abs. 1 lit. a DSGVO. Der Vermerk darf in dieser Zeit nicht verwendet und nicht an Dritte (Zahlungsdienstleister, Auskunfteien, Versanddienstleister) weitergegeben werden.

Bitte bestätigen Sie mir das kurz.

Mit freundlichen Grüßen
Werner Schmitz
Hauptstraße 54, 4700 Eupen""",
         "Werner Schmitz"),
        ("withdraw_consent", (), "",
         """Sehr geehrte Damen und Herren,

hiermit widerrufe ich gemäß Art. 7 Abs. 3 DSGVO meine Einwilligung in die Erstellung eines persönlichen Kundenprofils im Rahmen Ihres Treueprogramms "GartenPlus" (Auswertung meiner Einkäufe für individuelle Angebote).

Am Programm selbst, also am Punktesammeln, möchte ich weiter teilnehmen, sofern das ohne Profil möglich ist.

Freundliche Grüße
Ute Lindemann
Kundennummer 7730418""",
         "Ute Lindemann"),
        ("complaint", ("access",), "Datenleck – Forderung nach Art. 82 DSGVO",
         """Sehr geehrte Damen und Herren,

mit Schreiben vom 19.05. haben Sie mich darüber informiert, dass Unbefugte auf Ihre Kundendatenbank zugreifen konnten. Seitdem erhalte ich fast täglich Phishing-SMS und -Mails, die meinen vollen Namen und meine letzte Bestellung bei Ihnen nennen. Meine Frau und ich sind erheblich verunsichert, ich habe sämtliche Passwörter geändert und meine Bank informiert.

Ich mache hiermit einen Anspruch auf Ersatz des immateriellen Schadens nach Art. 82 Abs. 1 DSGVO in Höhe von 750,00 EUR geltend und setze Ihnen zur Zahlung eine Frist bis zum 20.06.2026. Nach der Rechtsprechung des EuGH (C-300/21) bedarf es keiner Erheblichkeitsschwelle; der BGH hat zudem bereits den bloßen Kontrollverlust über Daten als Schaden anerkannt (VI ZR 10/24).

Außerdem verlange ich Auskunft darüber, welche meiner Daten konkret von dem Vorfall betroffen waren und ob auch Zahlungsdaten darunter waren.

Nach fruchtlosem Fristablauf werde ich anwaltliche Hilfe in Anspruch nehmen.

Mit freundlichen Grüßen
Stefan Oberholzer""",
         "Stefan Oberholzer"),
        ("correction", (), "Name falsch geschrieben",
         """Guten Tag,

ich bestelle seit Jahren bei Ihnen, und auf jedem Paket steht "Schroeder-Koenigs". Ich heiße Schröder-Königs, mit Umlauten. Das ist im Jahr 2026 eigentlich kein technisches Problem mehr. Bitte ändern Sie das im Konto.

Und den "Dr." vor meinem Namen bitte streichen, den habe ich nie angegeben und ich habe auch keinen.

Danke und schöne Grüße aus Sankt Vith
Elke Schröder-Königs""",
         "Elke Schröder-Königs"),
        ("other", (), "Kontaktdaten Ihres Datenschutzbeauftragten",
         """Sehr geehrte Damen und Herren,

wir vertreten die Regaltechnik Aachen GmbH in einer Auseinandersetzung mit Ihrem Haus über den Werkvertrag zur Montage der Regalanlage in Ihrem Lager Willebroek.

Nach Ziff. 11.3 des Vertrags ist für Fragen der Vertraulichkeit und der Sicherheit der Lagerbereiche Ihr Datenschutzbeauftragter als Ansprechpartner benannt. Wir bitten lediglich um Mitteilung von Name und Anschrift der derzeit benannten Person, damit wir unser Schreiben ordnungsgemäß zustellen können.

Personenbezogene Daten Ihrer Kunden sind nicht Gegenstand der Angelegenheit.

Mit freundlichen Grüßen

Dr. Jana Wittkamp
Rechtsanwältin
Wittkamp & Rolf Rechtsanwälte PartG mbB, Aachen""",
         "Dr. Jana Wittkamp"),
        ("other", (), "Anfrage",
         """Sehr geehrte Damen und Herren,

ich bin wissenschaftlicher Mitarbeiter am Lehrstuhl für Wirtschaftsinformatik der Universität Trier und untersuche im Rahmen eines Forschungsprojekts die Gestaltung von Cookie-Bannern in europäischen Onlineshops ("Dark Patterns").

Ihr Shop ist Teil unserer Stichprobe. Dürften wir in der Veröffentlichung einen Screenshot Ihres Cookie-Banners sowie zwei kurze Zitate aus Ihrer Datenschutzerklärung verwenden, unter Nennung des Shops? Rechtlich ist das Zitatrecht vermutlich ausreichend, wir möchten aber fair vorgehen und Sie vorab informieren.

Mit freundlichen Grüßen
Lukas Heinemann, M.Sc.""",
         "Lukas Heinemann"),
        ("automated", (), "Unzustellbar: Ihre Auskunft nach Art. 15 DSGVO – Az. PRV-2026-0533",
         """Ihre Nachricht konnte nicht an mindestens einen Empfänger übermittelt werden.

Die Nachricht konnte an die folgenden Empfänger nicht übermittelt werden:

r.baumgartner@baumgartner-steuer.example.at
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: VI1PR04MB6942.eurprd04.prod.outlook.com

r.baumgartner@baumgartner-steuer.example.at
Remote Server returned '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Ursprüngliche Nachrichtenkopfzeilen:

From: privacy@shop.example.be
Subject: Ihre Auskunft nach Art. 15 DSGVO – Az. PRV-2026-0533
Date: Tue, 9 Jun 2026 09:12:44 +0200""",
         "Microsoft Outlook"),
        ("access", ("portability",), "",
         """Dr. Henrike Albers · Lindenstraße 7 · 50674 Köln

shop.example.be
– Datenschutz –
per E-Mail an privacy@shop.example.be

Köln, den 4. Juni 2026

Mein Zeichen: HA-DS-03

Auskunft gem. Art. 15 DSGVO; Datenübertragbarkeit gem. Art. 20 DSGVO

Sehr geehrte Damen und Herren,

ich bitte um Auskunft über sämtliche zu meiner Person bei Ihnen gespeicherten Daten einschließlich der Informationen nach Art. 15 Abs. 1 lit. a bis h DSGVO sowie um eine Kopie dieser Daten nach Art. 15 Abs. 3 DSGVO.

Auf die Ausnahmen des § 34 BDSG können Sie sich als Verantwortlicher mit Sitz in Belgien übrigens nicht berufen; maßgeblich ist allein das dortige Recht, das Ihnen entsprechende Einschränkungen nur in engen Grenzen erlaubt.

Darüber hinaus bitte ich, mir die Daten, die ich Ihnen selbst bereitgestellt habe, gemäß Art. 20 Abs. 1 DSGVO in einem strukturierten, gängigen und maschinenlesbaren Format zur Verfügung zu stellen (bevorzugt JSON).

Für die Erledigung gilt die Monatsfrist des Art. 12 Abs. 3 DSGVO.

Mit freundlichen Grüßen

Dr. Henrike Albers""",
         "Henrike Albers"),
    ],
    "es": [
        ("access", (), "¿Por qué se bloqueó mi cuenta? (arts. 15.1.h y 22 RGPD)",
         """Hola:

El pasado 3 de junio cambié la dirección de entrega en mi cuenta y, a los pocos segundos, me llegó un correo diciendo que la cuenta quedaba "bloqueada temporalmente por motivos de seguridad". Nadie me ha llamado ni me ha pedido nada; supongo que ha saltado algún sistema antifraude.

Trabajo como ingeniera de software y entiendo perfectamente que tengáis estos sistemas, pero quiero saber qué ha pasado. Al amparo del artículo 15.1.h del RGPD os pido:

- que me confirméis si el bloqueo fue una decisión basada únicamente en un tratamiento automatizado (art. 22);
- información significativa sobre la lógica aplicada: qué datos se tienen en cuenta (cambio de dirección, dispositivo, IP, historial...) y cómo influyen;
- qué consecuencias tiene para mí: si queda alguna marca en mi cuenta y si eso afectará a pedidos futuros.

No necesito el código fuente, con una explicación clara me basta.

Un saludo,
Lucía Fernández Soto""",
         "Lucía Fernández Soto"),
        ("objection", (), "Perfiles",
         """Buenas tardes,

Leyendo vuestra política de privacidad veo que usáis mi historial de compras y de navegación para "crear perfiles de interés" y mandarme ofertas a medida, y que lo justificáis por vuestro interés legítimo.

Pues no me parece bien. Me opongo a ese tratamiento (artículo 21 del RGPD) y os pido que dejéis de perfilarme con fines comerciales. Por lo demás, la cuenta la quiero mantener.

Gracias,
Andrés Muñoz""",
         "Andrés Muñoz"),
        ("deletion", (), "Derecho de supresión – LOPDGDD",
         """Muy señores míos:

Al amparo del artículo 17 del Reglamento (UE) 2016/679 y del artículo 15 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales, les solicito la supresión de todos los datos personales que conserven sobre mí, incluida mi cuenta de cliente.

Soy consciente de que, conforme al artículo 32 de la citada Ley Orgánica, determinados datos (por ejemplo, los de facturación) podrán quedar bloqueados durante los plazos legales de prescripción. Les ruego que, en tal caso, me indiquen qué datos quedan bloqueados y hasta cuándo.

No adjunto copia del DNI, dado que les escribo desde la dirección de correo asociada a la cuenta.

Atentamente,

Ignacio Robles Abad
Zaragoza""",
         "Ignacio Robles Abad"),
        ("portability", ("deletion",), "Traspaso de mis datos a Jardinalia",
         """Hola!

Me cambio a Jardinalia (jardinalia.example.es), que tiene los envíos a Canarias bastante más baratos. Me han dicho que pueden importar el historial de pedidos y la lista de deseos si se lo mandáis vosotros a protecciondedatos@jardinalia.example.es.

¿Me hacéis el favor de enviárselo directamente? Creo que es el art. 20 del RGPD, el de la portabilidad. Si no podéis mandarlo directamente, pasádmelo a mí en un CSV o algo parecido y ya lo subo yo.

Y cuando esté hecho, dad de baja mi cuenta, que ya no la voy a usar.

Muchas gracias!!
Yaiza Rodríguez
Las Palmas de Gran Canaria""",
         "Yaiza Rodríguez"),
        ("restriction", (), "Re: Su solicitud n.º 2026-0441",
         """Estimados señores:

En su respuesta del 9 de mayo me indican que están valorando la oposición que presenté el 30 de abril al uso de mis datos de compra para su programa de "recomendaciones personalizadas", y que me responderán en cuanto terminen la ponderación.

Mientras tanto, y tal como prevén el artículo 18.1.d del RGPD y el artículo 16 de la LOPDGDD, solicito la limitación del tratamiento: que no utilicen mis datos para esa finalidad hasta que hayan resuelto. Pueden conservarlos, pero no usarlos.

Les agradeceré que me confirmen que la limitación está aplicada.

Un saludo,
Concepción Vidal Ferrer""",
         "Concepción Vidal"),
        ("withdraw_consent", (), "",
         """Buenas,

el otro día acepté todas las cookies en vuestra web sin leer nada (como todo el mundo, supongo). Luego me he mirado la lista y no me hace ninguna gracia lo de los 43 "socios publicitarios". Retiro el consentimiento que di, solo quiero las cookies técnicas.

Por cierto, ¿dónde se cambia eso en la web? No encuentro el botón por ninguna parte.

Saludos
Pablo""",
         "Pablo Iglesias Moreno"),
        ("complaint", ("deletion",), "SEGUNDA RECLAMACIÓN – sin respuesta",
         """Señores:

El 2 de marzo les pedí por este mismo medio que borraran mi cuenta y todos mis datos. Han pasado más de tres meses y no he recibido ni un acuse de recibo. Es más, la semana pasada me llegó otro correo promocional a mi nombre.

Les recuerdo que el artículo 12.3 del RGPD les da un mes para contestar. Les exijo que supriman mis datos de inmediato y me lo confirmen por escrito. Si en diez días no tengo noticias, presentaré una reclamación ante la Agencia Española de Protección de Datos, adjuntando esta correspondencia.

Manuel Ortega Ruiz""",
         "Manuel Ortega Ruiz"),
        ("correction", (), "Segundo apellido",
         """Hola:

En mi cuenta solo aparece mi primer apellido y además el nombre está recortado: pone "Maria Ocana". Me llamo María del Pilar Ocaña Berrocal. ¿Lo podéis corregir? Con tilde y con eñe, por favor, que luego en los paquetes parece otra persona.

Gracias,
Pilar""",
         "María del Pilar Ocaña"),
        ("other", (), "¿Su web cumple con el RGPD?",
         """Estimado responsable de privacidad:

Hemos analizado de forma automatizada la web shop.example.be y hemos detectado 7 posibles incumplimientos en materia de cookies y protección de datos que podrían suponer sanciones de hasta 20 millones de euros.

En Cumplenet Consultores llevamos más de 10 años ayudando a tiendas online a adaptarse al RGPD y a la LOPDGDD. Le ofrecemos una auditoría inicial gratuita y sin compromiso, así como nuestro servicio de DPO externo desde 89 €/mes.

¿Le viene bien una llamada de 15 minutos esta semana?

Reciba un cordial saludo,

Rubén Castaño
Responsable de cuentas – Cumplenet Consultores, S.L.
Si no desea recibir más comunicaciones, responda BAJA.""",
         "Rubén Castaño | Cumplenet"),
        ("other", (), "pedido",
         """Hola, hice un pedido el 28 de mayo (n.º 40-221907), una tumbona y dos cojines, y todavía no ha llegado. El seguimiento pone "en tránsito" desde hace ocho días y no se mueve. No sé si escribo al correo correcto, es el único que he encontrado en la web. ¿Me podéis decir algo?

Enviado desde mi iPhone""",
         "Rocío Gallardo"),
        ("automated", (), "Respuesta automática: RE: Su solicitud de acceso – ref. PRV-2026-0612",
         """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el 1 de septiembre, sin acceso al correo electrónico. Para asuntos urgentes, puede dirigirse a mi compañera Marta Llorente (mllorente@asesoriallorente.example.es, tel. 963 52 18 40).

Atentamente,
Jordi Serrano
Asesoría Llorente & Serrano – Valencia

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.""",
         "Jordi Serrano"),
        ("access", ("correction",), "Solicitud acerca de mis datos personales",
         """Estimados señores,

Por medio de la presente me dirijo a ustedes para solicitar de manera amable la siguiente cosa. Yo soy cliente de su tienda en línea desde el año 2021 y hago compras con regularidad.

En primer lugar, solicito recibir una copia de los datos personales que ustedes mantienen sobre mi persona, conforme al artículo 15 del Reglamento General de Protección de Datos, y también la información para qué finalidad los utilizan.

En segundo lugar, la dirección de domicilio que figura en su sistema no es más actual, pues yo me he mudado en el mes de abril. La dirección nueva es: Calle Doctor Fleming 23, 3.º B, 28036 Madrid. Les ruego de modificar la dirección en mi cuenta.

Les agradezco de antemano por su amable colaboración y espero su respuesta en el plazo legal.

Con el respeto,
Ionuț Bălan""",
         "Ionut Balan"),
    ],
    "it": [
        ("access", (), "Istanza di accesso ai dati personali – art. 15 GDPR",
         """Giulia Ferraresi
Via Saragozza 112
40135 Bologna
C.F. FRRGLI85M52A944K

Spett.le
shop.example.be
c.a. Responsabile della protezione dei dati (DPO)

Bologna, 5 giugno 2026

Oggetto: istanza di accesso ai dati personali ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003 (Codice in materia di protezione dei dati personali), come modificato dal D.Lgs. 101/2018

La sottoscritta Giulia Ferraresi, titolare dell'account cliente associato al presente indirizzo e-mail,

CHIEDE

di ottenere conferma che sia o meno in corso un trattamento di dati personali che la riguardano e, in caso affermativo, di ricevere:
a) copia dei dati trattati, ai sensi dell'art. 15, par. 3, GDPR;
b) le finalità del trattamento e le relative basi giuridiche;
c) i destinatari o le categorie di destinatari, in particolare se stabiliti in Paesi terzi;
d) il periodo di conservazione previsto;
e) l'origine dei dati non raccolti presso l'interessata.

Si ricorda che, ai sensi dell'art. 12, par. 3, GDPR, il riscontro deve pervenire entro un mese dal ricevimento della presente.

Distinti saluti

Giulia Ferraresi""",
         "Giulia Ferraresi"),
        ("objection", (), "la vostra 'esperienza personalizzata'",
         """Buongiorno,

sono un ingegnere informatico e ho letto con attenzione la vostra informativa. Al punto 7 scrivete che un algoritmo assegna a ogni cliente un "punteggio di propensione all'acquisto" che determina quali promozioni vede e in che ordine compaiono i prodotti, e che la base giuridica è il legittimo interesse.

Mi oppongo a questo trattamento ai sensi dell'art. 21 del GDPR, sia per la parte di marketing diretto (par. 2), sia per il resto (par. 1), non vedendo motivi legittimi cogenti che possano prevalere sui miei. In sostanza: niente punteggio su di me.

Il mio account resta attivo, gli ordini li gestite come sempre.

Cordiali saluti,
Davide Lombardi""",
         "Davide Lombardi"),
        ("deletion", ("access",), "",
         """Buongiorno,

vorrei che cancellaste il mio account e tutti i dati collegati, compresi gli indirizzi salvati e lo storico ordini (tranne quello che dovete tenere per legge, ovviamente).

Visto che so che i miei dati li avete passati a diversi soggetti (corriere, quelli della pubblicità, la società che gestisce la carta fedeltà), vorrei anche sapere a chi li avete comunicati, come prevede l'art. 19 del GDPR, e che li avvisiate della cancellazione.

Grazie, buona giornata
Francesca Greco""",
         "Francesca Greco"),
        ("portability", (), "Trasferimento dati a Verde Casa",
         """Gentili signori,

a partire da questo mese farò i miei acquisti su Verde Casa (verdecasa-shop.example.it), che consente di importare lo storico ordini e la lista dei desideri da altri negozi online. Il loro referente privacy mi ha indicato l'indirizzo privacy@verdecasa-shop.example.it.

Vi chiedo quindi, ai sensi dell'art. 20, par. 2, del GDPR, di trasmettere direttamente a Verde Casa i dati che vi ho fornito (anagrafica, indirizzi, storico ordini, lista dei desideri, recensioni), in un formato strutturato e leggibile da dispositivo automatico, per esempio CSV o JSON. Se la trasmissione diretta non fosse tecnicamente possibile, inviate pure il file a me.

Grazie e cordiali saluti,
Stefano Marchesini""",
         "Stefano Marchesini"),
        ("restriction", (), "Contestazione dati – richiesta di limitazione",
         """Buonasera,

il vostro servizio clienti mi ha spiegato al telefono che non posso più scegliere il pagamento alla consegna perché il mio profilo risulta "collegato" a un altro account segnalato come sospetto, con lo stesso indirizzo di consegna. Si tratta con ogni probabilità del mio ex coinquilino, con cui non ho nulla a che fare da due anni.

Contesto l'esattezza di questo collegamento. Nelle more della vostra verifica chiedo la limitazione del trattamento ai sensi dell'art. 18, par. 1, lett. a), GDPR: il collegamento non deve essere utilizzato per decisioni sul mio account né comunicato a terzi. Non cancellatelo, però: mi serve che resti traccia di quanto successo.

Attendo conferma.

Chiara Esposito
Napoli""",
         "Chiara Esposito"),
        ("withdraw_consent", ("deletion",), "Carta fedeltà",
         """Salve,

quando ho fatto la carta fedeltà nel 2022 avevo dato il consenso alla "profilazione per offerte personalizzate". Adesso ci ho ripensato: revoco quel consenso (art. 7, par. 3, GDPR). La carta invece la tengo, i punti mi servono.

Già che ci siete, cancellate anche lo storico degli acquisti che avete usato per costruire il profilo, dato che a quel punto non vi serve più.

Saluti
Roberto Vitale""",
         "Roberto Vitale"),
        ("complaint", ("access",), "Ho ricevuto la fattura di un'altra cliente",
         """Buongiorno,

ieri sera, insieme alla conferma di spedizione del mio ordine, mi è arrivata in allegato la fattura di un'altra cliente: nome, cognome, indirizzo di Torino, telefono, cosa ha comprato. L'ho cancellata, ma mi sembra una cosa piuttosto grave e ve lo segnalo. Non è così che si trattano i dati delle persone.

E a questo punto mi chiedo dove sia finita la MIA fattura. Vi chiedo di dirmi se anche i miei dati sono stati inviati a qualcun altro e, se sì, a chi e quali.

Elena Barbieri""",
         "Elena Barbieri"),
        ("correction", (), "codice fiscale errato",
         """Buongiorno, nel mio profilo il codice fiscale è sbagliato, c'è una lettera invertita. Quello giusto è MNTLCU78B14F205Z (non MNTLUC...). Mi serve corretto perché lo uso per le fatture detraibili. Grazie
Luca Montanari""",
         "Luca Montanari"),
        ("other", (), "Accordo di contitolarità – rinnovo 2026",
         """Gentili colleghi,

vi scrivo in qualità di DPO di AdVantia S.r.l., partner del vostro programma di affiliazione.

L'accordo di contitolarità ex art. 26 GDPR che regola il trattamento dei dati raccolti tramite i link di affiliazione è scaduto il 31 maggio. Vi allego la bozza aggiornata, che recepisce le nuove clausole sui tempi di conservazione dei log e l'elenco aggiornato dei sub-responsabili.

Potete indicarmi a chi inviarla per la firma e se avete osservazioni entro fine mese?

Cordiali saluti,
Avv. Matteo Ruggeri
Data Protection Officer – AdVantia S.r.l., Milano""",
         "Matteo Ruggeri"),
        ("other", (), "Richiesta rimozione dati aziendali dall'elenco fornitori",
         """Spett.le Ufficio Acquisti / Privacy,

la scrivente Ferramenta Bonetti S.r.l., P.IVA 01234560987, con sede in Brescia, ha cessato da gennaio la fornitura di utensileria alla Vostra società.

Ciononostante continuiamo a ricevere sull'indirizzo aziendale ordini@ferramentabonetti.example.it le Vostre richieste di offerta e comunicazioni destinate ai fornitori. Vi chiediamo pertanto di rimuovere i dati della nostra società dal Vostro elenco fornitori e dalla piattaforma di e-procurement.

Distinti saluti

Ufficio Amministrazione
Ferramenta Bonetti S.r.l.""",
         "Ferramenta Bonetti Srl"),
        ("automated", (), "AVVISO DI MANCATA CONSEGNA: Re: Vostra istanza del 05/06/2026",
         """Avviso di mancata consegna

Il giorno 08/06/2026 alle ore 10:14:32 (+0200) nel messaggio
"Re: Vostra istanza del 05/06/2026" proveniente da "privacy@shop.example.be"
e destinato all'utente "giulia.ferraresi@pec.example.it"
è stato rilevato un errore che ne impedisce la consegna.

Errore: 5.7.1 - messaggio non accettato: la casella di destinazione accetta esclusivamente messaggi di Posta Elettronica Certificata.

Identificativo messaggio: opec210312.20260608101432.118763.04.1.51@pec.example.it

Questo messaggio è stato generato automaticamente. Si prega di non rispondere.""",
         "Posta Certificata"),
        ("access", (), "Re: conferma cancellazione",
         """Gentile Ufficio Privacy,

grazie per avermi confermato il 20 maggio la cancellazione del mio account.

Ai sensi dell'art. 19, secondo periodo, del GDPR vi chiedo ora di indicarmi i destinatari ai quali avevate comunicato i miei dati e ai quali avete notificato la cancellazione (corrieri, partner pubblicitari, gestore della carta fedeltà, eventuali altri). Basta un elenco con la denominazione di ciascuno.

Cordialmente,
Paolo Santoro""",
         "Paolo Santoro"),
    ],
    "pt": [
        ("access", (), "Preços diferentes na app e no site – art. 15.º, n.º 1, al. h) RGPD",
         """Boa tarde,

Sou engenheiro de software e reparei numa coisa curiosa: o mesmo conjunto de cadeiras de jardim aparece-me a 189,90 € na vossa app e a 174,90 € no site, com a mesma conta. Num segundo telemóvel, sem sessão iniciada, aparece a 169,90 €.

Ao abrigo do artigo 15.º, n.º 1, alínea h), do RGPD, peço que me informem:
- se existe alguma decisão automatizada, incluindo definição de perfis, que determine os preços ou descontos que me são apresentados (artigo 22.º);
- em caso afirmativo, informações úteis sobre a lógica subjacente: que dados meus são usados (histórico de compras, dispositivo, localização, etc.) e com que peso;
- a importância e as consequências previstas desse tratamento para mim.

Não peço o código, apenas uma explicação compreensível.

Cumprimentos,
Rui Pedro Carvalho""",
         "Rui Pedro Carvalho"),
        ("objection", (), "Partilha do meu e-mail com o Facebook",
         """Bom dia,

Segundo a vossa política de privacidade, o e-mail dos clientes é enviado (em forma "encriptada") para o Meta e para a Google para criar "públicos personalizados" e mostrar anúncios. Dizem que é com base no vosso interesse legítimo.

Não quero isso. Oponho-me a que o meu e-mail e os meus dados de compras sejam usados para publicidade nessas plataformas, nos termos do artigo 21.º, n.º 2, do RGPD.

Obrigada,
Teresa Figueiredo""",
         "Teresa Figueiredo"),
        ("deletion", ("withdraw_consent",), "Apagamento de dados",
         """Exmos. Senhores,

Ao abrigo do artigo 17.º do RGPD e da Lei n.º 58/2019, de 8 de agosto, que assegura a sua execução na ordem jurídica portuguesa, solicito o apagamento de todos os dados pessoais que me digam respeito, incluindo a conta de cliente e o cartão de fidelização.

Retiro igualmente todos os consentimentos que prestei (newsletter, SMS promocionais e ofertas de parceiros), com efeitos imediatos.

Peço confirmação por escrito, no prazo previsto no artigo 12.º, n.º 3, do RGPD.

Com os melhores cumprimentos,
Ana Margarida Sequeira
Coimbra""",
         "Ana Margarida Sequeira"),
        ("portability", (), "",
         """Olá,

Vou passar a fazer as compras na CasaJardim (casajardim.example.pt), que entrega nos Açores sem custos extra. Eles conseguem importar o histórico de encomendas e a lista de favoritos se vocês lhes enviarem os dados diretamente para privacidade@casajardim.example.pt.

Podem fazer isso ao abrigo do artigo 20.º do RGPD (portabilidade)? Num formato tipo CSV ou JSON. Se não der para enviar diretamente, mandem-me o ficheiro a mim.

Obrigado!
Hugo Medeiros
Ponta Delgada""",
         "Hugo Medeiros"),
        ("restriction", ("correction",), "Dados incorretos – pedido de limitação",
         """Boa tarde,

Na minha conta consta como data de nascimento 14/03/1958. A data correta é 14/03/1985 (alguém trocou os algarismos). Por causa disso recebo ofertas "sénior" e, na semana passada, a encomenda de um corta-sebes ficou retida para "verificação de idade e identidade".

Contesto a exatidão deste dado. Enquanto o verificam, peço a limitação do tratamento, nos termos do artigo 18.º, n.º 1, alínea a), do RGPD: não o usem para nada, nem para ofertas, nem para verificações.

Depois de verificado, corrijam para 14/03/1985, por favor.

Cumprimentos,
Mariana Lopes Antunes""",
         "Mariana Lopes Antunes"),
        ("withdraw_consent", (), "cookies",
         """Boa noite

carreguei em "Aceitar tudo" no aviso de cookies do vosso site sem pensar muito. quero retirar esse consentimento, só aceito os cookies estritamente necessários. no site não há maneira de voltar atrás, ou então está muito bem escondida.

obg
Filipe""",
         "Filipe Gaspar"),
        ("complaint", ("access",), "Pedido de acesso sem resposta há 2 meses",
         """Exmos. Senhores,

No dia 2 de abril enviei para este endereço um pedido de acesso aos meus dados pessoais, ao abrigo do artigo 15.º do RGPD. Passados mais de dois meses, não recebi qualquer resposta, nem sequer um aviso de receção.

O prazo de um mês do artigo 12.º, n.º 3, do RGPD foi claramente ultrapassado. Reitero o pedido: quero cópia de todos os dados que têm sobre mim e a indicação de com quem os partilharam.

Se não obtiver resposta nos próximos dez dias, apresentarei queixa à Comissão Nacional de Proteção de Dados e à autoridade belga.

Sem outro assunto,
José Manuel Pires""",
         "José Manuel Pires"),
        ("correction", (), "Correção de nome",
         """Bom dia.

Eu escrevo a vocês com pedido de corrigir o meu nome na conta de cliente. O nome está escrito como "Olena Kovalenko", mas o correto segundo passaporte é "Olena Kovalenko-Shevchuk", depois do casamento em fevereiro. Peço fazer esta mudança também no cartão de fidelidade e nas faturas seguintes.

Agradeço pela compreensão e desculpem o meu português, uso tradutor.

Com respeito,
Olena Kovalenko-Shevchuk""",
         "Olena Kovalenko-Shevchuk"),
        ("other", (), "Contacto do Encarregado de Proteção de Dados",
         """Exmos. Senhores,

Na qualidade de mandatária da sociedade Transportes Lusocarga, Lda., que com V. Exas. celebrou um contrato de prestação de serviços de transporte em 2024, venho solicitar a indicação do nome e do contacto do vosso Encarregado de Proteção de Dados, o qual figura no anexo contratual como interlocutor para as questões de confidencialidade.

Esclareço que o assunto diz exclusivamente respeito à execução do referido contrato e não a dados de qualquer pessoa singular.

Com os melhores cumprimentos,

Dr.ª Sofia Rebelo
Advogada – Rebelo & Associados, Porto""",
         "Sofia Rebelo"),
        ("other", (), "Uma pergunta",
         """Olá, tudo bem?

Sou pesquisadora de doutorado na Universidade de São Paulo e estou comparando políticas de privacidade de lojas online europeias com as brasileiras, à luz do RGPD e da LGPD. A de vocês entrou na minha amostra.

Gostaria de saber se posso citar alguns trechos dela (principalmente a parte sobre prazos de retenção) na minha tese, com a devida referência. Sei que é um documento público, mas prefiro pedir autorização.

Muito obrigada desde já!
Beatriz Nogueira""",
         "Beatriz Nogueira"),
        ("automated", (), "Mensagem não entregue: RE: O seu pedido de acesso – ref. PRV-2026-0388",
         """Esta é uma mensagem gerada automaticamente pelo sistema de correio eletrónico.

Não foi possível entregar a sua mensagem a um ou mais destinatários:

<jm.pires1962@sapo.example.pt>: o endereço de destino não existe.
    host mx.sapo.example.pt said: 550 5.1.1 <jm.pires1962@sapo.example.pt>: Recipient address rejected: User unknown in virtual mailbox table

Por favor, verifique o endereço e tente novamente.

--- Cabeçalhos da mensagem original ---
From: privacy@shop.example.be
Subject: RE: O seu pedido de acesso – ref. PRV-2026-0388""",
         "MAILER-DAEMON"),
        ("access", (), "Pedido",
         """Boa tarde,

Trabalhei no vosso serviço de apoio ao cliente em Lisboa (equipa PT/BR) entre março de 2023 e dezembro de 2025.

Gostaria de receber uma cópia do meu processo individual: contrato, avaliações de desempenho, registos de assiduidade e as gravações ou notas de chamadas que foram usadas nas minhas avaliações de qualidade. Tenho direito a isto pelo artigo 15.º do RGPD, se não estou em erro.

Pode ser por e-mail.

Obrigada,
Carla Mendes""",
         "Carla Mendes"),
    ],
}

"""Twenty-second set, formal letters people write themselves (en nl fr de es it pt). Written apart from the rules (see make_twentysecond.py)."""

PEOPLE_QA = {
    "en": [
        ("access", (), "Data subject access request – customer account ref. 2231-0457",
         """Dear Sir or Madam,

I am writing to exercise my right of access under Article 15 of the General Data Protection Regulation and, in so far as it is relevant, the Data Protection Act 2018 (Ireland). I live in Cork but have been a customer of yours since 2021.

Please provide me with the following:

1. Confirmation as to whether or not you process personal data concerning me.
2. A copy of that data, including my order history, loyalty card transactions, any notes made by your customer service staff, and call recordings if any exist.
3. The purposes for which each category of data is processed and the legal basis you rely on for each.
4. The recipients or categories of recipients to whom my data has been disclosed, in particular the "marketing partners" mentioned in your privacy notice.
5. The period for which the data will be stored or, if that is not possible, the criteria used to determine that period.
6. Where any data was not collected from me, any available information as to its source.
7. Whether any automated decision-making, including profiling, is applied to me, and meaningful information about the logic involved.

For identification: I registered with this e-mail address and my loyalty card number ends in 8841.

I expect your response within one month of receipt, as Article 12(3) requires. A reply by e-mail is fine; should you prefer post, my address is 14 Lavitt's Quay, Cork T12 X2Y6, Ireland.

Yours faithfully,

Siobhán Ní Riain""",
         "Siobhan Ni Riain"),

        ("access", ("deletion",), "",
         """Hello,

Further to my chat with one of your agents last Thursday (she couldn't answer this and suggested I write here), I have two questions and, depending on the answer, one request.

Could you tell me what personal data you currently hold about me, and on what legal basis you are still keeping my date of birth and my mobile number? I gave both years ago for a loyalty-card birthday voucher which, as far as I can tell, no longer exists.

If you cannot point to a valid legal basis under Article 6 GDPR for keeping those two items, please remove them from your systems and let me know when that's been done. I am NOT asking you to close my account, I still shop with you.

Kind regards,
Martin Healy""",
         "Martin Healy"),

        ("deletion", (), "Art. 17 GDPR – please action",
         """Dear Data Protection Officer,

Re: customer account registered to this e-mail address; loyalty card no. 6003 1187 4420

I hereby exercise my right under Article 17(1)(a) GDPR in respect of all personal data relating to me held by your company. The data is no longer necessary for the purposes for which it was collected, as I will not be placing any further orders.

I would ask you to:

(i) confirm in writing that this has been carried out, including in back-ups within a reasonable period;
(ii) notify any recipient to whom the data was disclosed, as Article 19 requires;
(iii) if you consider that any data must be retained, e.g. invoices under Belgian accounting law, identify precisely what is kept, for what reason and until when.

I have no open orders or returns.

Yours faithfully,

Dr C. Okafor""",
         "Chinedu Okafor"),

        ("objection", (), "Re: Your spring catalogue",
         """Dear Sirs,

Your printed spring catalogue arrived at my home this week, addressed to me by name.

I object, under Article 21(2) and (3) GDPR, to any processing of my personal data for direct marketing purposes, whether by post, telephone or targeted online advertising, and to any profiling carried out for that purpose. I equally object to my name and address being passed to third parties for their own marketing. As you will be aware, an objection to direct marketing is absolute: no balancing of interests is involved and I need give no reasons.

My account should otherwise remain open, and I am happy to go on receiving order confirmations and delivery notices.

Please confirm that this has been recorded.

Regards,

P. J. Whitcombe
14 Orchard Rise
Tunbridge Wells TN2 5QL""",
         "Peter Whitcombe"),

        ("withdraw_consent", (), "Newsletter and 'personalised offers' – notice",
         """To whom it may concern,

When I opened my account in 2022 I ticked two boxes: one for your weekly newsletter and one for "personalised offers from us and selected partners". I hereby withdraw my consent to both, with immediate effect, in accordance with Article 7(3) GDPR.

Article 7(3) also says that withdrawing consent should be as easy as giving it. Giving it took one click; I couldn't find an equivalent anywhere in my account settings, which is why I am writing to you instead.

Nothing else about my account needs to change.

Yours sincerely,
Eleanor Banks""",
         "Eleanor Banks"),

        ("portability", (), "Request under Article 20",
         """Dear Sir/Madam,

I am moving my household bookkeeping to a budgeting app and would like to take my purchase data with me. Under Article 20 GDPR, please provide the personal data I have given you and which has been generated through my use of your shop, specifically:

1. my complete order history (dates, items, quantities, prices paid);
2. my loyalty-card transactions and current points balance;
3. the delivery addresses stored in my account.

Please supply them in a structured, commonly used and machine-readable format; CSV or JSON would both suit. A PDF is no good for this purpose, as it can't be imported. If you're able to transmit the file directly to another controller I'd be glad to hear how that works, but a download link sent to this address is perfectly adequate.

Many thanks,
Rahul Mehta
(account e-mail: this address)""",
         "Rahul Mehta"),

        ("correction", (), "Incorrect details on my account",
         """Dear Privacy Team,

Your records about me contain several errors which I have been unable to fix through the website because the fields are locked. Under Article 16 GDPR I ask you to:

1. correct my surname from "O'Sulivan" to "O'Sullivan" (double l);
2. replace the billing address ending "...Rathmines, Dublin 6" with my current one: 27 Ashfield Road, Ranelagh, Dublin 6, D06 K2P8;
3. amend my date of birth, which shows as 03/11/1985 but should be 11/03/1985 - I suspect day and month got swapped when I registered.

Point 2 matters in practice because your invoices are still being generated with the old address.

Please confirm once the changes have been made.

Best regards,
Gráinne O'Sullivan""",
         "Grainne O'Sullivan"),

        ("restriction", ("access",), "Account flagged – returns",
         """Dear Sir or Madam,

Since last month I have been unable to choose "pay on delivery" or to start a return online. Your customer service told me on the phone (ref. CS-7781342) that my account carries an internal flag for "excessive returns". I dispute that: according to my own records I have returned two items in three years, both within the statutory period.

As I contest the accuracy of this data, I ask you under Article 18(1)(a) GDPR to restrict the processing of the data behind the flag until you have verified it. In other words, keep it, but do not use it to make decisions about my account or share it with anyone while the check is pending.

I would also like to receive a copy of the return records you hold under my name, so that I can compare them with mine.

Yours faithfully,
Daniel Kowalczyk-Evans
12 Holloway Close, Bristol BS4 3JR""",
         "Daniel Kowalczyk-Evans"),

        ("complaint", ("access",), "Re: Subject access request dated 3 February",
         """Dear Sir or Madam,

On 3 February I sent you, at this address, a request for access to my personal data under Article 15 GDPR. I received your automatic acknowledgement the same day (ticket #PRV-20417) and nothing since.

The one-month period in Article 12(3) expired on 3 March. You have not asked me to verify my identity, you have not told me of any extension and you have given no reason for the delay. That is a plain failure to meet your obligations.

I am giving you one final opportunity. Unless I receive a complete response to my original request within 14 days of today, I will lodge a complaint with the Belgian Data Protection Authority without further notice. I am keeping copies of all correspondence.

My original letter is quoted below for ease of reference.

Yours faithfully,
Helen Garside

> From: Helen Garside
> Sent: 3 February
> Subject: Subject access request
>
> Dear Sir or Madam, please provide me with a copy of all personal data you hold about me, together with the information listed in Article 15(1)(a)-(h) GDPR...""",
         "Helen Garside"),

        ("other", (), "Press enquiry – marketing partners named in your privacy notice",
         """Dear Sir or Madam,

I am a freelance journalist writing a piece for a consumer magazine on how European web shops share customer data with advertising partners. I have read your privacy notice (the version dated January 2025) and would be grateful for answers to the following, for publication:

1. Section 6 refers to "selected marketing partners". Are you able to name them, or at least the categories they fall into?
2. Do you use customer purchase histories to build "lookalike" audiences on social media platforms?
3. Roughly how many requests from individuals exercising their data protection rights did you receive last year?

To be clear, I am not a customer and I am not asking about any data concerning me. My deadline is Friday 23 May; a short written statement attributable to a spokesperson would also be very welcome.

With best wishes,

Tom Aldridge
Freelance journalist
+44 7700 900482""",
         "Tom Aldridge"),
    ],
    "nl": [
        ("access", (), "Mijn gegevens",
         """Geachte heer, mevrouw,

Ik ben sinds 2019 klant bij u (klantenkaart op mijn naam). Naar aanleiding van een reeks gerichte advertenties die ik de laatste weken op sociale media te zien krijg, had ik graag geweten wat u precies over mij bijhoudt.

Op grond van artikel 15 AVG en de wet van 30 juli 2018 betreffende de bescherming van natuurlijke personen met betrekking tot de verwerking van persoonsgegevens, vraag ik u mij het volgende te bezorgen:

1. een overzicht van alle persoonsgegevens die u over mij verwerkt, met inbegrip van mijn aankoopgeschiedenis via de klantenkaart;
2. de doeleinden waarvoor u die gegevens gebruikt;
3. aan welke derden (bv. reclamepartners, sociale netwerken) u gegevens over mij hebt doorgegeven;
4. hoelang u ze bewaart;
5. of u mij in een profiel of "klantsegment" hebt ingedeeld, en zo ja in welk.

Ik ontvang uw antwoord graag per e-mail, binnen de termijn van één maand die de AVG voorschrijft. Wenst u eerst mijn identiteit na te gaan, dan bezorg ik u een kopie van mijn klantenkaart.

Met vriendelijke groeten,

Dirk Verhaegen
Kerkstraat 112
2800 Mechelen""",
         "Dirk Verhaegen"),

        ("deletion", ("withdraw_consent",), "opzeggen account",
         """Geachte heer/mevrouw,

Na het nodige leeswerk over mijn rechten onder de AVG en de Uitvoeringswet AVG wil ik het volgende bij u neerleggen.

1. Ik wil niet langer dat uw bedrijf gegevens over mij bewaart. Ik verzoek u mijn klantaccount op te heffen en alles wat u van mij heeft te wissen, conform artikel 17 AVG. Voor zover u facturen vanwege de fiscale bewaarplicht moet houden, hoor ik graag welke dat zijn en tot wanneer.

2. De toestemming die ik bij het aanmaken van mijn account heb gegeven voor de nieuwsbrief en voor "aanbiedingen op maat", trek ik hierbij in. Ik begrijp dat dit los staat van punt 1, maar ik wil zeker weten dat ik in de tussentijd niets meer van u ontvang.

Graag ontvang ik binnen vier weken een schriftelijke bevestiging dat beide punten zijn uitgevoerd.

Met vriendelijke groet,
Ingrid Postma
Groningen""",
         "Ingrid Postma"),

        ("objection", (), "Re: Speciaal voor jou: 20% op tuinmeubelen",
         """Goedemiddag,

Ik reageer op de mail hieronder omdat die mooi illustreert waar het mij om gaat: een aanbod "speciaal voor mij", geselecteerd op basis van wat ik vorig jaar bij u kocht.

Op grond van artikel 21, lid 2 en 3, AVG maak ik bezwaar tegen:
- het gebruik van mijn aankoopgeschiedenis om mij in te delen in segmenten of profielen voor reclamedoeleinden;
- het doorgeven van mijn e-mailadres of andere gegevens (ook in "gehashte" vorm) aan Facebook, Google of andere partijen om mij daar advertenties te tonen.

De algemene nieuwsbrief mag ik gerust blijven krijgen, zolang hij niet op mijn profiel is afgestemd. Ook bestellingen en leveringen mogen uiteraard gewoon verwerkt worden.

Met vriendelijke groeten
Lotte De Smedt""",
         "Lotte De Smedt"),

        ("withdraw_consent", (), "",
         """Geachte,

Bij mijn registratie op uw webshop heb ik destijds aangevinkt dat ik nieuwsbrieven en sms'jes met promoties wou ontvangen. Dat wens ik niet langer. Gelieve die toestemming vanaf vandaag als ingetrokken te beschouwen (art. 7.3 AVG).

Mijn klantenkaart en account wil ik wel behouden.

Vriendelijke groeten,
J. Claeys""",
         "Jan Claeys"),

        ("portability", (), "GDPR Art. 20 request",
         """Geachte functionaris voor gegevensbescherming,

Op grond van artikel 20 van de Algemene Verordening Gegevensbescherming verzoek ik u mij de persoonsgegevens die ik aan uw onderneming heb verstrekt, te doen toekomen in een gestructureerde, gangbare en machineleesbare vorm. Het gaat mij in het bijzonder om:

a. mijn bestelhistorie sinds het aanmaken van mijn account (maart 2020);
b. de transacties en het puntensaldo van mijn klantenkaart;
c. mijn opgeslagen adressen en voorkeuren.

Een CSV-, XLSX- of JSON-bestand volstaat. Ik ontvang het bestand bij voorkeur via een beveiligde downloadlink op dit e-mailadres. Indien u mijn identiteit eerst wenst te verifiëren, verneem ik graag op welke wijze.

Hoogachtend,

mr. W.J. (Wouter) van Dijk
Utrecht""",
         "W.J. van Dijk"),

        ("correction", (), "Re: ons telefoongesprek van dinsdag",
         """Dag,

Zoals dinsdag telefonisch besproken met uw collega Sofie, bevestig ik hierbij schriftelijk wat er in uw systemen aangepast moet worden. Zij vroeg mij dat via dit adres te doen.

1. Mijn familienaam schrijft men "Van den Broeck", met spaties en hoofdletter V. Op mijn klantenkaart en facturen staat "Vandenbroek".
2. Mijn adres is sinds januari Molenstraat 8 bus 3, 9000 Gent. U gebruikt nog altijd mijn oude adres in Lochristi.
3. Het vaste telefoonnummer bij mijn account is niet meer van mij. Gelieve het te vervangen door mijn gsm-nummer: 0478 21 34 56.

Kan u mij laten weten wanneer dit in orde is? Alvast bedankt.

Met vriendelijke groeten,
Koen Van den Broeck""",
         "Koen Van den Broeck"),

        ("restriction", (), "Klantenkaart – aankopen die niet van mij zijn",
         """Geachte heer, mevrouw,

Sinds ik in 2021 een "gezinskaart" aanvroeg, zijn mijn klantenkaart en die van mijn toenmalige partner aan elkaar gekoppeld. Wij zijn intussen uit elkaar, maar uit mijn account blijkt dat al zijn aankopen van het afgelopen jaar nog altijd aan mij worden toegeschreven. Die gegevens kloppen dus niet.

Ik vraag u om dat na te kijken. Zolang u dat doet, wil ik op grond van artikel 18, lid 1, a) AVG dat u de verwerking van die gegevens beperkt: niet wissen, want ik heb het overzicht nog nodig voor de afrekening met mijn ex-partner, maar ook niet meer gebruiken, niet voor aanbiedingen, niet voor mijn klantprofiel en niet voor wat dan ook.

Gelieve mij te laten weten wanneer dit is ingesteld.

Met vriendelijke groeten,
Veerle Martens
Brugsesteenweg 45, 8500 Kortrijk""",
         "Veerle Martens"),

        ("complaint", ("access",), "Datalek? Mail van 14/03 met alle adressen zichtbaar",
         """Geachte,

Gisteren ontving ik van u een mail over de nieuwe tuincollectie. Alle geadresseerden stonden zichtbaar in het cc-veld: ik tel er meer dan tweehonderd, waaronder het mijne, vaak met voor- en achternaam. Verschillende mensen hebben intussen op "allen beantwoorden" geklikt, dus mijn adres circuleert nu bij wildvreemden.

Dit is een inbreuk in verband met persoonsgegevens in de zin van artikel 4.12 AVG, en ik vind het onaanvaardbaar dat een bedrijf van uw omvang zo met klantgegevens omspringt.

Ik verwacht van u:
1. dat u mij laat weten of u dit bij de Gegevensbeschermingsautoriteit hebt gemeld, zoals artikel 33 vereist;
2. een overzicht van alle gegevens die u van mij bewaart, zodat ik kan inschatten wat er nog kan uitlekken;
3. welke maatregelen u neemt om herhaling te voorkomen.

Zonder bevredigend antwoord binnen twee weken dien ik zelf klacht in bij de GBA.

An Peeters""",
         "An Peeters"),

        ("access", ("objection",), "Vraag over doorgifte aan partners",
         """Geachte heer/mevrouw,

In uw privacyverklaring lees ik dat u klantgegevens deelt met "zorgvuldig geselecteerde marketingpartners". Daarover heb ik een paar vragen, voor zover het mijn eigen gegevens betreft:

- Welke van mijn gegevens hebt u de afgelopen twee jaar aan zulke partners verstrekt, en aan welke bedrijven precies?
- Op welke rechtsgrond is dat in mijn geval gebeurd? Ik kan mij niet herinneren daar ooit toestemming voor te hebben gegeven.

Los van uw antwoord maak ik vanaf vandaag bezwaar tegen elke verdere doorgifte van mijn gegevens aan die partners voor reclamedoeleinden.

Ik zie uw antwoord binnen de wettelijke termijn tegemoet.

Met vriendelijke groet,
R. Hoekstra""",
         "Roel Hoekstra"),

        ("other", (), "Samenwerking m.b.t. verzoeken van betrokkenen – leveringen",
         """Geachte collega,

Ik ben functionaris voor gegevensbescherming bij PakjeSnel B.V., de vervoerder die sinds vorig jaar een deel van uw leveringen in Vlaanderen en Nederland verzorgt.

Wij merken dat klanten van uw webshop zich steeds vaker rechtstreeks tot ons richten met vragen over hun gegevens (adressen, handtekeningen bij aflevering, foto's van afgeleverde pakketten), terwijl een deel van die verwerkingen onder uw verantwoordelijkheid valt. Om te voorkomen dat verzoeken tussen onze organisaties heen en weer gaan, stel ik voor:

1. een kort overleg (online, ca. 45 minuten) om per verwerking af te spreken wie verwerkingsverantwoordelijke en wie verwerker is;
2. aan beide kanten één vast contactadres voor het doorsturen van zulke verzoeken;
3. zo nodig een addendum bij de bestaande verwerkersovereenkomst.

Zou u mij uw beschikbaarheid in de weken van 12 en 19 mei willen laten weten?

Met collegiale groet,

mr. Eline Jacobs
Functionaris gegevensbescherming
PakjeSnel B.V.
Postbus 1042, 3800 BA Amersfoort""",
         "Eline Jacobs | PakjeSnel"),
    ],
    "fr": [
        ("access", (), "Demande de droit d'accès – article 15 RGPD",
         """Madame, Monsieur,

En application de l'article 15 du règlement (UE) 2016/679 (RGPD) et de l'article 49 de la loi n° 78-17 du 6 janvier 1978 relative à l'informatique, aux fichiers et aux libertés, je vous prie de bien vouloir me communiquer :

1° l'ensemble des données à caractère personnel me concernant que vous détenez, sous une forme accessible ;
2° les finalités de ces traitements et leur base juridique ;
3° les destinataires ou catégories de destinataires, notamment vos « partenaires commerciaux » ;
4° la durée de conservation envisagée ;
5° l'origine des données qui n'auraient pas été collectées auprès de moi ;
6° l'existence éventuelle d'une prise de décision automatisée, y compris un profilage.

Je vous rappelle que vous disposez d'un délai d'un mois à compter de la réception de la présente pour y répondre (article 12, paragraphe 3, du RGPD). À défaut, je me réserve la possibilité de saisir la CNIL.

Pour faciliter mon identification : compte client ouvert avec la présente adresse électronique, commandes livrées au 7, rue des Tanneurs, 59800 Lille.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Claire Dumoulin""",
         "Claire Dumoulin"),

        ("deletion", (), "Re: Votre commande n° 5512890 a été expédiée",
         """Bonjour,

Je profite de ce courriel pour vous adresser une demande qui n'a rien à voir avec la livraison (le colis est bien arrivé, merci).

Cette commande sera la dernière. Je souhaiterais qu'une fois le délai de rétractation écoulé, vous supprimiez mon compte client et ne gardiez plus rien de ce qui me concerne : nom, adresses, historique d'achats, carte de fidélité, préférences. Je sais que vous devez conserver les factures un certain temps pour la comptabilité ; pour le reste, je compte sur vous.

Merci de me confirmer par écrit quand ce sera fait (art. 17 RGPD et loi du 30 juillet 2018).

Cordialement,
Françoise Lambotte
Namur""",
         "Françoise Lambotte"),

        ("objection", ("access",), "Prospection commerciale – article 21 RGPD",
         """Madame, Monsieur,

Votre politique de confidentialité indique que vous pouvez transmettre les coordonnées de vos clients à des « partenaires commerciaux sélectionnés ».

Conformément à l'article 21, paragraphes 2 et 3, du RGPD, je m'oppose au traitement de mes données à caractère personnel à des fins de prospection commerciale, y compris au profilage lié à cette prospection, ainsi qu'à toute communication de mes coordonnées à des tiers à de telles fins.

Par ailleurs, je vous saurais gré de m'indiquer si mes données ont déjà été transmises à de tels partenaires et, dans l'affirmative, auxquels et à quelle date.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Michel Roussel
12, avenue Foch
54000 Nancy""",
         "Jean-Michel Roussel"),

        ("withdraw_consent", (), "",
         """Madame, Monsieur,

Lors de la création de mon compte, j'avais accepté de recevoir votre lettre d'information ainsi que les offres de vos partenaires par courriel. Je reviens sur cet accord : à partir d'aujourd'hui, je ne consens plus à recevoir ni l'une ni les autres.

Mon compte et ma carte de fidélité restent actifs, je continuerai à commander chez vous.

Merci d'en prendre bonne note.

Bien à vous,
Nathalie Ghislain
Liège""",
         "Nathalie Ghislain"),

        ("portability", (), "Données de fidélité – export",
         """Bonjour,

J'utilise depuis peu une application de suivi de budget qui permet d'importer l'historique d'achats de différentes enseignes. Je souhaiterais donc exercer mon droit à la portabilité (article 20 du RGPD) pour les données suivantes :
- l'historique de mes commandes en ligne depuis 2020 ;
- les mouvements de ma carte de fidélité (points gagnés et utilisés).

Le fichier doit être dans un format structuré, couramment utilisé et lisible par machine (CSV idéalement, JSON à défaut). Si vous pouvez le transmettre directement à l'éditeur de l'application (Budgetia SAS), c'est encore mieux ; sinon, envoyez-le-moi et je m'en chargerai.

Merci d'avance,
Thomas Nguyen""",
         "Thomas Nguyen"),

        ("correction", ("deletion",), "Rectification de mes données",
         """Madame, Monsieur,

Je constate que vos courriers et vos courriels me sont adressés sous la mention « Madame Camille Bertrand ». Je suis un homme : la civilité enregistrée est donc inexacte. Je vous demande, sur le fondement de l'article 16 du RGPD, de la corriger en « Monsieur ».

D'autre part, mon compte contient un numéro de téléphone fixe que je ne vous ai jamais communiqué et qui appartient à un ancien colocataire. Je vous prie de l'effacer purement et simplement, sans le remplacer.

Dans l'attente de votre confirmation, je vous prie d'agréer mes salutations distinguées.

Camille Bertrand
Lyon""",
         "Camille Bertrand"),

        ("restriction", (), "Ne pas effacer mes données – litige en cours",
         """Madame, Monsieur,

J'ai reçu le 2 avril votre message m'informant que mon compte, inactif depuis trois ans, serait supprimé le 30 avril avec les données associées.

Je vous demande de ne pas procéder à cette suppression. Ces données, notamment la facture et l'historique de la commande n° 3318420 (barbecue à gaz), me sont nécessaires dans le cadre d'une action que j'engage contre le fabricant pour défaut de conformité.

Au titre de l'article 18, paragraphe 1, point c), du RGPD, je vous prie donc de conserver ces données, sans les utiliser à aucune autre fin, jusqu'à ce que je vous informe de la fin de la procédure. Le compte peut être désactivé, mais pas effacé.

Je vous remercie de me confirmer la prise en compte de cette demande.

Salutations distinguées,
Bernard Collignon
Avenue de la Couronne 212
1050 Ixelles""",
         "Bernard Collignon"),

        ("complaint", ("deletion",), "RAPPEL – demande du 12 janvier restée sans suite",
         """Madame, Monsieur,

Par courriel du 12 janvier dernier, adressé à cette même adresse, je vous ai demandé d'effacer l'ensemble de mes données et de clôturer mon compte client. Je n'ai reçu à ce jour aucune réponse, pas même un accusé de réception.

Pire : j'ai encore reçu votre lettre d'information le 3 et le 10 mars, ce qui montre que mes données continuent d'être utilisées.

Le délai d'un mois prévu à l'article 12.3 du RGPD est largement dépassé. Je vous mets en demeure d'exécuter ma demande dans les huit jours. À défaut, je saisirai l'Autorité de protection des données, rue de la Presse 35 à 1000 Bruxelles, sans autre avertissement.

Sentiments distingués,

Marc Dethier
Rue du Château 21
4020 Liège""",
         "Marc Dethier"),

        ("access", (), "Re: Votre conversation avec notre service client",
         """Bonjour,

Suite à ma conversation d'hier avec votre conseiller sur le chat (qui m'a renvoyée vers cette adresse), je reformule ma question.

Pourriez-vous m'indiquer quelles informations vous conservez à mon sujet et d'où elles proviennent ? Je vois des publicités pour vos produits de jardin sur les sites que je visite, alors que je n'ai passé qu'une seule commande chez vous, en 2021, pour un cadeau. J'aimerais notamment savoir si ma navigation sur votre site est enregistrée et rattachée à mon compte.

Une copie de ces données m'aiderait à y voir clair.

Merci d'avance pour votre retour,
Élodie Marchand""",
         "Elodie Marchand"),

        ("other", (), "Question sur votre politique de confidentialité",
         """Madame, Monsieur,

Je m'apprête à passer une première commande sur votre site, en tant qu'invitée, sans créer de compte. Avant cela, j'aimerais comprendre deux points de votre politique de confidentialité :

1. L'article 7 mentionne que certaines données peuvent être transférées hors de l'Union européenne. S'agit-il de transferts vers les États-Unis, et sur quelle base (décision d'adéquation, clauses contractuelles types) ?
2. Pour une commande passée en tant qu'invité, combien de temps les données de livraison sont-elles conservées ?

Je précise que je ne vous demande aucune démarche particulière : il s'agit seulement de m'informer avant d'acheter.

Cordialement,
Sophie Lefèvre-Amrani""",
         "Sophie Lefèvre-Amrani"),
    ],
    "de": [
        ("access", (), "Auskunftsersuchen gem. Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

hiermit mache ich meinen Anspruch auf Auskunft nach Art. 15 DSGVO geltend. Bitte teilen Sie mir mit, ob Sie personenbezogene Daten über mich verarbeiten, und stellen Sie mir gegebenenfalls Folgendes zur Verfügung:

1. eine Kopie sämtlicher über mich gespeicherten Daten (Art. 15 Abs. 3 DSGVO), einschließlich Bestellhistorie, Kundenkartendaten, Notizen Ihres Kundendienstes sowie etwaiger Nutzungs- und Trackingdaten;
2. die Verarbeitungszwecke und die jeweilige Rechtsgrundlage;
3. die Empfänger bzw. Kategorien von Empfängern, insbesondere Werbepartner und Dienstleister in Drittländern;
4. die geplante Speicherdauer;
5. die Herkunft der Daten, soweit sie nicht bei mir erhoben wurden;
6. das Bestehen einer automatisierten Entscheidungsfindung einschließlich Profiling.

Nach der Rechtsprechung des EuGH (Urteil vom 4. Mai 2023, C-487/21) umfasst das Recht auf Kopie eine originalgetreue und verständliche Reproduktion der Daten; eine bloße Zusammenfassung genügt nicht.

Ich bitte um Erledigung innerhalb der Monatsfrist des Art. 12 Abs. 3 DSGVO, also bis spätestens 15. Juni. Die Antwort können Sie mir gern per E-Mail oder postalisch an die unten stehende Anschrift senden.

Mit freundlichen Grüßen

Stefan Brückner
Lindenallee 17
50968 Köln""",
         "Stefan Brückner"),

        ("deletion", (), "Kundennummer 48213-77",
         """Sehr geehrte Damen und Herren,

unter Bezugnahme auf Art. 17 Abs. 1 lit. a DSGVO fordere ich Sie auf, sämtliche mich betreffenden personenbezogenen Daten zu entfernen, und zwar aus allen Systemen, einschließlich Ihres Newsletter-Tools, Ihres CRM und der Systeme Ihrer Auftragsverarbeiter. Das Kundenkonto zur o. g. Kundennummer ist zu schließen.

Soweit gesetzliche Aufbewahrungspflichten (etwa nach belgischem Handels- oder Steuerrecht) einer vollständigen Entfernung entgegenstehen, bitte ich um Mitteilung, welche Daten betroffen sind und wann sie entfernt werden.

Bitte bestätigen Sie mir die Erledigung schriftlich.

Mit freundlichen Grüßen
Dr. Annette Wollny""",
         "Dr. Annette Wollny"),

        ("objection", (), "Ihre Post vom 02.05.",
         """Sehr geehrte Damen und Herren,

heute lag wieder ein an mich persönlich adressierter Werbeprospekt von Ihnen im Briefkasten. Ich möchte das nicht mehr, und ebenso wenig auf mein Kaufverhalten zugeschnittene Anzeigen in sozialen Netzwerken.

Ich widerspreche daher gemäß Art. 21 Abs. 2 DSGVO der Verarbeitung meiner personenbezogenen Daten zum Zwecke der Direktwerbung einschließlich des damit verbundenen Profilings. Das gilt auch für die Übermittlung meiner Daten (auch in gehashter Form) an Werbeplattformen für „Custom Audiences“ oder vergleichbare Verfahren.

Die Abwicklung meiner Bestellungen ist davon selbstverständlich nicht betroffen.

Mit freundlichen Grüßen
Jürgen Haas
Am Mühlbach 4
79539 Lörrach""",
         "Jürgen Haas"),

        ("withdraw_consent", ("deletion",), "",
         """Guten Tag,

ich habe mich im letzten Jahr über ein Gewinnspiel auf Ihrer Website für Ihren Newsletter angemeldet und dabei auch eingewilligt, dass Sie mein Öffnungs- und Klickverhalten auswerten. Diese Einwilligungen widerrufe ich hiermit mit Wirkung für die Zukunft (Art. 7 Abs. 3 DSGVO, § 25 TDDDG, vormals TTDSG).

Da ich bei Ihnen nie etwas bestellt habe und kein Kundenkonto besitze, sehe ich keinen Grund, warum Sie meine E-Mail-Adresse und meine Gewinnspieldaten weiter speichern sollten. Bitte löschen Sie diese Daten anschließend vollständig.

Freundliche Grüße
M. Yıldız""",
         "Merve Yildiz"),

        ("portability", (), "Datenexport Bestellhistorie",
         """Sehr geehrte Damen und Herren,

gemäß Art. 20 DSGVO ersuche ich Sie, mir die mich betreffenden Daten, die ich Ihnen im Rahmen meines Kundenkontos bereitgestellt habe (Stammdaten, Lieferadressen, sämtliche Bestellungen seit 2019 samt Artikelnummern und Preisen, Treuepunkte), in einem strukturierten, gängigen und maschinenlesbaren Format zu übermitteln, bevorzugt als CSV- oder JSON-Datei.

Eine PDF-Übersicht oder ein Ausdruck ist für meine Zwecke nicht geeignet, da ich die Daten in eine andere Anwendung übernehmen möchte.

Ich ersuche um Übermittlung binnen eines Monats ab Einlangen dieses Schreibens.

Mit freundlichen Grüßen
Mag. Katharina Leitner
Wien""",
         "Katharina Leitner"),

        ("correction", (), "Fehlerhafte Angaben",
         """Sehr geehrte Damen und Herren,

in Ihren Unterlagen ist mein Name als "Mueller, Hans-Joerg" gespeichert, auf den Rechnungen erscheint zudem "Hans Joerg Mueller" ohne Bindestrich. Richtig ist: Hans-Jörg Müller. Das mag nach Kleinkram klingen, führt aber dazu, dass meine Bank Zahlungen nicht zuordnen kann.

Außerdem ist als Postleitzahl 4070 hinterlegt. Meine Anschrift lautet korrekt: Hufengasse 12, 4700 Eupen.

Ich bitte Sie, diese Daten gemäß Art. 16 DSGVO zu berichtigen und mir das kurz zu bestätigen.

Mit freundlichen Grüßen
Hans-Jörg Müller""",
         "Hans-Jörg Müller"),

        ("restriction", ("access",), "Rücklastschrift – bestritten",
         """Sehr geehrte Damen und Herren,

bei meiner letzten Bestellung wurde mir der Kauf auf Rechnung verweigert. Ihre Hotline erklärte mir, in meinem Kundenkonto sei eine „Rücklastschrift“ vom November vermerkt. Das ist unzutreffend: Der Betrag von 86,40 € wurde am 12. November ordnungsgemäß abgebucht, ein Kontoauszug liegt diesem Schreiben bei.

Da ich die Richtigkeit dieser Angabe bestreite, verlange ich gemäß Art. 18 Abs. 1 lit. a DSGVO, dass Sie die Verarbeitung dieses Vermerks einschränken, bis Sie ihn überprüft haben. Insbesondere darf er in dieser Zeit weder für Entscheidungen über Zahlarten verwendet noch an Auskunfteien oder Inkassodienstleister übermittelt werden.

Teilen Sie mir bitte außerdem mit, welche Daten Sie zu diesem Vorgang gespeichert haben und ob sie bereits an Dritte weitergegeben wurden.

Mit freundlichen Grüßen
Klaus-Dieter Brandt
Weserstraße 51, 28199 Bremen""",
         "Klaus-Dieter Brandt"),

        ("complaint", ("access",), "Beschwerde – Weitergabe meiner Adresse",
         """Sehr geehrte Damen und Herren,

am 14. März habe ich in meinem Kundenkonto sämtliche Werbeeinwilligungen entfernt und dies per Screenshot dokumentiert. Seit Anfang April erhalte ich jedoch Werbebriefe der Firma GartenGlück Versand GmbH, die mir auf Nachfrage mitteilte, meine Adresse stamme „aus einer Partnerkooperation mit Ihrem Haus“.

Damit haben Sie meine Daten ohne Rechtsgrundlage an Dritte weitergegeben. Ich halte das für einen klaren Verstoß gegen Art. 6 DSGVO.

Ich fordere Sie auf, mir binnen zwei Wochen mitzuteilen,
1. welche meiner Daten Sie wann an wen weitergegeben haben,
2. auf welche Rechtsgrundlage Sie sich dabei stützen.

Parallel habe ich heute Beschwerde bei der Landesbeauftragten für Datenschutz und Informationsfreiheit Nordrhein-Westfalen eingelegt; eine Kopie dieses Schreibens geht dorthin.

Mit freundlichen Grüßen
Sabine Kornmeier""",
         "Sabine Kornmeier"),

        ("access", (), "Re: Ihr Chat mit unserem Kundenservice (Ticket 88231)",
         """Hallo,

wie heute Vormittag im Chat besprochen, hier meine Anfrage noch einmal schriftlich. Ihr Mitarbeiter meinte, er könne das im Chat nicht einsehen.

Ich hätte gern gewusst, welche Daten Sie über mich gespeichert haben. Konkret interessiert mich, ob bei Ihnen noch meine alte Bankverbindung (Sparkasse) hinterlegt ist und welche Zahlungsdaten Sie sonst aufbewahren.

Eine Auflistung per E-Mail reicht mir völlig.

Viele Grüße
Tobias Rensing""",
         "Tobias Rensing"),

        ("other", (), "Unsere Mandantin Frau Petra Albers ./. Ihr Unternehmen – Bestellung Nr. 2024-117734",
         """Sehr geehrte Damen und Herren,

hiermit zeigen wir an, dass uns Frau Petra Albers, Hauptstraße 9, 53604 Bad Honnef, mit der Wahrnehmung ihrer rechtlichen Interessen beauftragt hat. Eine auf uns lautende Vollmacht ist beigefügt.

Unsere Mandantin hat am 18. Februar 2025 bei Ihnen ein Gewächshaus „Veranda 3x4“ zum Preis von 1.249,00 € erworben. Den Widerruf des Vertrages hat sie fristgerecht am 27. Februar 2025 erklärt und die Ware ordnungsgemäß zurückgesandt; der Rücksendebeleg liegt vor. Eine Erstattung des Kaufpreises ist bis heute nicht erfolgt.

Wir fordern Sie auf, den Betrag von 1.249,00 € bis zum 30. April 2025 auf unser unten angegebenes Anderkonto zu überweisen. Nach fruchtlosem Fristablauf werden wir unserer Mandantin empfehlen, ohne weitere Ankündigung gerichtliche Schritte einzuleiten.

Wir richten dieses Schreiben an Ihre Datenschutzadresse, da sie neben der Hotline die einzige im Impressum angegebene E-Mail-Anschrift ist.

Mit freundlichen Grüßen

Dr. Lukas Berendt
Rechtsanwalt
Kanzlei Berendt & Vogt
Koblenzer Str. 88, 53173 Bonn
Anderkonto: DE12 3705 0198 0000 4471 20""",
         "RA Dr. Lukas Berendt"),
    ],
    "es": [
        ("access", (), "Ejercicio del derecho de acceso",
         """Muy señores míos:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del Reglamento (UE) 2016/679 y en el artículo 13 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

En consecuencia, les solicito que me faciliten, en el plazo de un mes:

1. Copia de todos los datos personales que traten sobre mí.
2. Los fines de cada tratamiento y su base jurídica.
3. Los destinatarios a los que se hayan comunicado o vayan a comunicarse, en especial si se encuentran fuera del Espacio Económico Europeo.
4. El plazo de conservación previsto.
5. Si se han elaborado perfiles sobre mí y, en su caso, la lógica aplicada.

A efectos de identificación: soy cliente registrado con este correo electrónico desde 2022, con domicilio en la calle Doctor Fleming 23, 4.º B, 46022 Valencia. Puedo aportar copia de mi DNI si lo consideran necesario.

Atentamente,

Javier Morales Ibáñez""",
         "Javier Morales Ibáñez"),

        ("deletion", ("objection",), "Solicitud",
         """Buenas tardes:

Les escribo tras haber leído con detenimiento su política de privacidad y haberme informado sobre mis derechos.

En primer lugar, les pido que eliminen mi cuenta de cliente junto con toda la información personal asociada (nombre, direcciones, teléfono, historial de pedidos y tarjeta de fidelización), conforme al artículo 17 del RGPD. No tengo pedidos pendientes ni devoluciones abiertas.

En segundo lugar, y para el tiempo que transcurra hasta que lo anterior sea efectivo, me opongo a que mis datos se sigan cediendo a sus «socios comerciales» con fines publicitarios (artículo 21 del RGPD).

Quedo a la espera de su confirmación por escrito.

Un saludo,
Lucía Fernández Gil""",
         "Lucía Fernández"),

        ("objection", (), "Publicidad",
         """Estimados señores:

Estoy inscrita en la Lista Robinson desde hace años y, aun así, sigo recibiendo en casa folletos de su tienda a mi nombre. Entiendo que, al ser clienta suya, la Lista Robinson no les obliga necesariamente, por lo que me dirijo a ustedes directamente.

Al amparo del artículo 21.2 del RGPD, y en relación con el artículo 23 de la LOPDGDD, les comunico que no deseo que mis datos se utilicen para ningún tipo de mercadotecnia directa, ni por correo postal ni por medios electrónicos, ni para elaborar perfiles con ese fin.

Atentamente,

M.ª Carmen Ruiz Olmedo
Avda. de la Constitución 41, 3.º izda.
41001 Sevilla""",
         "Carmen Ruiz"),

        ("withdraw_consent", (), "Baja newsletter",
         """Hola,

Retiro el consentimiento que di en su día para recibir el boletín y las ofertas por correo electrónico y por WhatsApp. Quiero mantener mi cuenta activa, solo dejar de recibir comunicaciones comerciales.

Entiendo que, según el artículo 7.3 del RGPD, retirarlo tiene que ser tan fácil como darlo, así que confío en que con este correo sea suficiente.

Gracias,
Pablo""",
         "Pablo Sanz"),

        ("portability", (), "Re: Su consulta telefónica de ayer",
         """Buenos días:

Tal como me indicó ayer por teléfono la persona que me atendió, les envío la solicitud por escrito.

Deseo que me entreguen los datos personales que les he facilitado como cliente (datos de registro, direcciones de entrega, historial completo de pedidos y puntos de fidelización) en un formato estructurado, de uso común y lectura mecánica —CSV, XLSX o JSON—, de acuerdo con el artículo 20 del RGPD, ya que quiero incorporarlos a otra plataforma.

Si fuera técnicamente posible, les agradecería que los transmitieran directamente a CasaVerde Online, S.L., que me ha confirmado que puede recibirlos.

Un cordial saludo,
Andrés Beltrán Soler""",
         "Andrés Beltrán"),

        ("correction", (), "Corrección de apellidos",
         """Buenas:

En mi cuenta y en todas las facturas aparezco como «Ana Belen Garcia-Lopez», sin tildes y con los dos apellidos unidos por un guion. Mis datos correctos son: nombre, Ana Belén; primer apellido, García; segundo apellido, López, sin guion.

Sé que parece una tontería, pero la discrepancia con mi DNI me está dando problemas al recoger paquetes en los puntos de entrega.

Al amparo del artículo 16 del RGPD, les ruego que rectifiquen estos datos y me lo confirmen.

Saludos cordiales,
Ana Belén García López""",
         "Ana Belén García López"),

        ("restriction", (), "Sobre mi cuenta mientras se aclara la incidencia 44017",
         """Estimados señores:

Como saben, tengo abierta la incidencia n.º 44017 porque en mi cuenta figuran varios pedidos de otra persona con mi mismo nombre y apellidos (un cortacésped y un juego de sillas de jardín), que además me han sumado puntos y han alterado mis preferencias de compra.

Mientras comprueban la exactitud de esos datos, les pido que limiten su tratamiento conforme al artículo 18.1.a) del RGPD: que los conserven, pero que no los utilicen para ofertas personalizadas, cálculo de puntos ni ningún otro fin. No los borren todavía, porque los necesito para aclarar lo sucedido.

Atentamente,
Inmaculada Serrano Vidal""",
         "Inma Serrano"),

        ("complaint", ("access",), "Re: Solicitud de acceso a mis datos personales",
         """Muy señores míos:

El pasado 10 de enero les remití, a esta misma dirección, una solicitud de acceso a mis datos personales. Han transcurrido siete semanas sin que haya recibido respuesta alguna, ni siquiera una comunicación de prórroga del plazo.

Les recuerdo que el artículo 12.3 del RGPD les obliga a responder en el plazo de un mes. Por ello les reitero la solicitud inicial y les comunico que, si en diez días no recibo la información, presentaré una reclamación ante la Agencia Española de Protección de Datos, que la trasladará a la autoridad belga competente.

Atentamente,
Rosa Domínguez Prieto""",
         "Rosa Domínguez Prieto"),

        ("access", ("deletion",), "Consulta sobre mis datos",
         """Buenos días:

El martes recibí un SMS con una promoción de su tienda. No recuerdo haberles facilitado nunca mi número de móvil; en mi cuenta solo consta el fijo.

¿Podrían indicarme de dónde han obtenido ese número y qué otros datos tienen asociados a mi nombre? Les agradecería una relación completa.

Si no pueden acreditar que fui yo quien les dio el móvil, les pido que lo supriman de sus registros.

Un saludo,
Enrique Valdés""",
         "Enrique Valdés"),

        ("other", (), "Propuesta de colaboración – protección de datos en la integración con nuestro marketplace",
         """Estimados señores:

Me dirijo a ustedes en calidad de Delegada de Protección de Datos de Mercaterra Marketplace, S.L., con domicilio en Madrid. Nuestro departamento comercial está negociando con el suyo la incorporación de su catálogo de jardín a nuestra plataforma.

Antes de avanzar, desde el punto de vista de la protección de datos nos gustaría:

1. Determinar si, en la gestión de los pedidos realizados a través del marketplace, actuaríamos como corresponsables del tratamiento (art. 26 RGPD) o si una de las partes actuaría como encargada.
2. Intercambiar los registros de actividades de tratamiento pertinentes.
3. Acordar un procedimiento común para atender las solicitudes de derechos de los clientes.

Les propongo una videollamada de una hora la semana del 19 de mayo. Quedo a su disposición para cualquier aclaración.

Atentamente,

Laura Ortega Casado
Delegada de Protección de Datos
Mercaterra Marketplace, S.L.""",
         "Laura Ortega (DPO Mercaterra)"),
    ],
    "it": [
        ("access", (), "Istanza ex art. 15 Reg. UE 2016/679",
         """Spett.le Società,

il sottoscritto Alessandro Ferri, nato a Bergamo il 12/04/1979, cliente registrato con il presente indirizzo e-mail, con la presente esercita il diritto di accesso ai sensi dell'art. 15 del Regolamento (UE) 2016/679 e del d.lgs. 30 giugno 2003, n. 196 (Codice in materia di protezione dei dati personali), come modificato dal d.lgs. 10 agosto 2018, n. 101, e chiede di ricevere:

a) conferma dell'esistenza o meno di dati personali che lo riguardano;
b) copia di tali dati, in forma intelligibile;
c) l'indicazione delle finalità del trattamento e della relativa base giuridica;
d) gli estremi dei soggetti o delle categorie di soggetti ai quali i dati sono stati o possono essere comunicati;
e) il periodo di conservazione;
f) l'eventuale esistenza di processi decisionali automatizzati, compresa la profilazione.

Si chiede riscontro entro un mese dal ricevimento della presente, come previsto dall'art. 12, par. 3, del Regolamento. Il riscontro potrà essere inviato all'indirizzo e-mail da cui scrivo oppure a: via Borfuro 6, 24122 Bergamo.

Distinti saluti

Alessandro Ferri""",
         "Alessandro Ferri"),

        ("deletion", (), "",
         """Buongiorno,

con riferimento al mio account (cliente n. 7710293) e alla tessera fedeltà collegata, vi chiedo di procedere ai sensi dell'art. 17 GDPR per tutti i dati che mi riguardano, senza eccezioni, e di chiudere l'account.

Non ho ordini in corso. Vi prego di comunicarmi per iscritto l'avvenuta esecuzione e, se per legge siete tenuti a conservare qualcosa (le fatture?), di specificare cosa e fino a quando.

Cordiali saluti
Giulia Santoro""",
         "Giulia Santoro"),

        ("objection", ("withdraw_consent",), "Profilazione e newsletter",
         """Gentili signori,

faccio seguito alla telefonata con il vostro servizio clienti del 7 maggio, nel corso della quale mi è stato suggerito di scrivere a questo indirizzo.

1. Mi oppongo, ai sensi dell'art. 21 del GDPR, all'utilizzo dei miei dati di acquisto a fini di profilazione e di marketing personalizzato, nonché alla loro comunicazione a "partner commerciali" per finalità promozionali proprie di questi ultimi.
2. Revoco inoltre il consenso, prestato al momento della registrazione, all'invio della newsletter.

L'account deve restare attivo per gli acquisti.

In attesa di un cortese riscontro, porgo distinti saluti.

Francesca Lombardi""",
         "Francesca Lombardi"),

        ("withdraw_consent", (), "Re: Le offerte della settimana 🌿",
         """Buonasera,

rispondo a questa vostra e-mail per dirvi che non desidero più riceverne. A suo tempo avevo dato il consenso alle comunicazioni promozionali via e-mail e via SMS: da oggi non vale più, lo ritiro per entrambi i canali.

Il resto dell'account può rimanere com'è.

Grazie e buon lavoro,
Paolo Ricci""",
         "paolo ricci"),

        ("portability", (), "Richiesta ai sensi dell'art. 20 GDPR",
         """Spettabile Ufficio Privacy,

ai sensi dell'art. 20 del Regolamento (UE) 2016/679, chiedo di ricevere in un formato strutturato, di uso comune e leggibile da dispositivo automatico i dati personali che ho fornito alla vostra società in qualità di cliente, e precisamente:

- dati anagrafici e di contatto;
- storico degli ordini dal 2021 a oggi;
- saldo e movimenti della carta fedeltà.

Chiedo altresì, ove tecnicamente fattibile, che i medesimi dati siano trasmessi direttamente a Verdecasa S.r.l., via Roma 14, 20121 Milano, presso la quale ho aperto un nuovo account.

Distinti saluti,
Roberto Galli""",
         "Roberto Galli"),

        ("correction", (), "Aggiornamento dati anagrafici",
         """Buongiorno,

come anticipato telefonicamente venerdì scorso alla vostra operatrice, vi chiedo di rettificare i seguenti dati:

1. cognome: è «De Angelis», staccato e con due maiuscole, non «Deangelis»;
2. indirizzo di consegna e di fatturazione: dal 1° marzo è via dei Mille 27, 80121 Napoli (quello vecchio di Caserta non è più valido);
3. numero di cellulare: quello che avete non è più attivo, il nuovo è 347 512 8890.

Vi sarei grata se mi deste conferma una volta effettuate le modifiche.

Cordialmente,
Valeria De Angelis""",
         "Valeria De Angelis"),

        ("restriction", (), "Sospensione account",
         """Gentili signori,

per motivi personali sto valutando se chiudere il mio account presso di voi, ma non ho ancora deciso e, soprattutto, non voglio perdere le fatture e lo storico degli ordini, che mi servono per la garanzia di alcuni prodotti (tra cui un tagliaerba acquistato nel 2023).

Vi chiedo pertanto, ai sensi dell'art. 18 GDPR, di "congelare" i miei dati: conservateli, ma non utilizzateli per alcuna finalità fino a mia nuova comunicazione. Non cancellate nulla.

Vi prego di confermarmi la presa in carico della richiesta.

Cordiali saluti
Stefano Marchetti""",
         "Stefano Marchetti"),

        ("complaint", ("deletion",), "Segnalazione grave: password inviata in chiaro",
         """Spett.le ufficio privacy,

ieri, dopo aver usato la funzione "password dimenticata", ho ricevuto una vostra e-mail contenente la mia password attuale in chiaro. Ciò significa che le password dei clienti vengono conservate in forma leggibile, in palese violazione dell'art. 32 del GDPR sulla sicurezza del trattamento.

Considero la cosa molto grave, anche perché (lo ammetto) quella password la usavo anche altrove. L'ho già cambiata ovunque.

Non intendo lasciare i miei dati a un'azienda che li custodisce in questo modo: vi chiedo quindi di cancellare il mio account e tutti i dati collegati. Mi riservo di presentare reclamo al Garante per la protezione dei dati personali.

Federico Conti""",
         "Federico Conti"),

        ("access", ("correction",), "Richiesta",
         """Buongiorno,

vorrei ricevere una copia dei dati personali che conservate su di me, compresi gli indirizzi di spedizione salvati e i dati della carta fedeltà (n. 4410 0087 2231).

Nel caso in cui risultasse ancora il mio vecchio indirizzo di Padova (via Belzoni 40), vi prego di sostituirlo con quello attuale: via Garibaldi 3, 35028 Piove di Sacco (PD).

Grazie.
Chiara Bellin""",
         "Chiara Bellin"),

        ("other", (), "Domanda sull'informativa privacy – tesi di laurea",
         """Gentili signori,

sono una studentessa del corso di laurea magistrale in Giurisprudenza dell'Università di Trento e sto preparando una tesi sulla trasparenza delle informative privacy nell'e-commerce europeo.

Leggendo la vostra informativa ho notato che è indicato l'indirizzo per l'esercizio dei diritti, ma non il nominativo né i dati di contatto del Responsabile della protezione dei dati. Vorrei chiedervi, a fini di studio:

1. se la vostra società ha designato un DPO ai sensi dell'art. 37 GDPR;
2. se l'informativa esiste anche in versione italiana o soltanto in francese, olandese e inglese.

Non sono vostra cliente e non vi chiedo nulla riguardo a miei dati personali. Vi ringrazio fin d'ora per la disponibilità.

Cordiali saluti,
Martina Pedrotti""",
         "Martina Pedrotti"),
    ],
    "pt": [
        ("access", (), "Demande d'accès / Pedido de acesso aos meus dados",
         """Exmos. Senhores,

Sou cliente da vossa loja online desde 2020 e resido em Bruxelas. Venho, ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados e tendo igualmente em conta a Lei n.º 58/2019, de 8 de agosto, solicitar o seguinte:

1. Confirmação de que tratam dados pessoais que me dizem respeito;
2. Cópia desses dados, incluindo o histórico de encomendas e os movimentos do cartão de cliente;
3. Indicação das finalidades e dos fundamentos jurídicos de cada tratamento;
4. Identificação dos destinatários a quem os dados foram comunicados;
5. Prazo de conservação previsto.

Agradeço resposta no prazo de um mês, por correio eletrónico.

Com os melhores cumprimentos,

Ana Rita Carvalho
Rue de la Victoire 88, 1060 Saint-Gilles""",
         "Ana Rita Carvalho"),

        ("deletion", (), "Re: Novidades para o seu jardim",
         """Boa tarde,

Aproveito este e-mail para vos pedir que apaguem a minha conta e todos os dados que têm sobre mim. Já não faço compras convosco e não quero que fiquem com as minhas informações: nome, morada, telefone, histórico, nada.

Peço confirmação por escrito quando estiver feito (artigo 17.º do RGPD).

Obrigado,
Rui Tavares""",
         "Rui Tavares"),

        ("objection", (), "",
         """Exmos. Senhores,

Nos termos do artigo 21.º, n.º 2, do RGPD, comunico que não aceito que os meus dados pessoais sejam utilizados para fins de comercialização direta, incluindo a definição de perfis, nem que sejam partilhados com parceiros para publicidade.

Continuarei a ser vosso cliente; peço apenas que os meus dados passem a ser usados exclusivamente para processar as minhas encomendas.

Com os meus cumprimentos,
Helena Sousa Martins""",
         "Helena Martins"),

        ("withdraw_consent", (), "Newsletter",
         """Bom dia,

Quando me registei no vosso site aceitei receber a newsletter e promoções por SMS. Venho por este meio retirar esse consentimento, com efeitos imediatos, e peço que deixem de me enviar estas comunicações. A conta pode continuar ativa.

Cumprimentos,
Tiago Fernandes""",
         "Tiago Fernandes"),

        ("portability", ("deletion",), "Exportação dos meus dados e encerramento da conta",
         """Exmos. Senhores,

Venho solicitar, ao abrigo do artigo 20.º do RGPD, que me enviem os dados pessoais que vos forneci (dados de registo, moradas, histórico completo de encomendas e pontos do cartão de cliente) num formato estruturado, de uso corrente e de leitura automática, de preferência CSV.

Depois do envio desse ficheiro, e só depois, peço que eliminem a minha conta e todos os dados associados, nos termos do artigo 17.º.

Fico a aguardar.

Melhores cumprimentos,
Joana Pires Lopes""",
         "Joana Lopes"),

        ("correction", (), "NIF errado nas faturas",
         """Exmos. Senhores,

Verifiquei que nas três últimas faturas emitidas em meu nome consta o NIF 245 117 803, que não é o meu. O número correto é 245 117 830; houve certamente uma troca dos dois últimos dígitos no momento do registo.

Solicito, nos termos do artigo 16.º do RGPD, a retificação deste dado na minha ficha de cliente, para que as próximas faturas saiam corretas.

Com os melhores cumprimentos,
Luís Miguel Antunes""",
         "Luís Antunes"),

        ("restriction", (), "Morada na minha conta",
         """Exmos. Senhores,

Na sequência da conversa que tive ontem no chat com a vossa assistente, venho formalizar o pedido.

Na minha conta aparece, como morada de faturação predefinida, uma morada em Charleroi onde nunca vivi. Contesto a exatidão desse dado.

Enquanto verificam, peço que, nos termos da alínea a) do n.º 1 do artigo 18.º do RGPD, essa morada fique bloqueada: não a apaguem ainda, mas também não a usem para nada, nem para faturas, nem para entregas, nem para envio de publicidade.

Obrigada,
Mariana Costa""",
         "Mariana Costa"),

        ("complaint", ("deletion",), "SEGUNDO PEDIDO – sem resposta desde 4 de fevereiro",
         """Exmos. Senhores,

No dia 4 de fevereiro enviei para este endereço um pedido de eliminação de todos os meus dados pessoais e de encerramento da conta. Passaram mais de dois meses e não obtive qualquer resposta.

O n.º 3 do artigo 12.º do RGPD fixa um prazo de um mês, que foi ultrapassado sem qualquer justificação. Renovo, por isso, o pedido inicial e informo que, caso não seja cumprido nos próximos 10 dias, apresentarei queixa junto da Comissão Nacional de Proteção de Dados e da autoridade belga de proteção de dados.

Sem outro assunto,
Carlos Mendes""",
         "Carlos Mendes"),

        ("access", ("objection",), "Partilha de dados com parceiros",
         """Bom dia,

Li na vossa política de privacidade que podem partilhar dados de clientes com "parceiros de marketing". Gostaria de saber se isso aconteceu com os meus dados e, em caso afirmativo, com que empresas e com que fundamento legal.

Independentemente da resposta, não quero que os meus dados voltem a ser partilhados para esse fim: oponho-me a essa partilha a partir de hoje.

Atenciosamente,
Beatriz Almeida""",
         "Beatriz Almeida"),

        ("other", (), "Contrato de fornecimento n.º 2023/114 – interpelação para pagamento",
         """Exmos. Senhores,

Na qualidade de mandatário da sociedade Móveis de Jardim Douro, Lda., com sede em Paços de Ferreira, venho interpelar V. Exas. relativamente ao contrato de fornecimento n.º 2023/114, celebrado em 15 de março de 2023.

Encontram-se por liquidar as faturas n.º 2024/381 e 2024/402, no montante global de 18 640,00 €, vencidas há mais de 60 dias, apesar das insistências da minha constituinte.

Ficam V. Exas. interpelados para proceder ao pagamento no prazo de 15 dias a contar da receção da presente, sob pena de recurso às vias judiciais, sem outro aviso.

O envio para este endereço deve-se ao facto de ser o único contacto eletrónico indicado nas vossas condições gerais.

Com os melhores cumprimentos,

Nuno Figueiredo
Advogado
Rua de Santa Catarina 512, 4000-446 Porto""",
         "Nuno Figueiredo - Advogado"),
    ],
}

"""Forty-eighth set, the shop as employer: mail from applicants, staff, temps and former staff (en nl fr de es it pt). Written apart from the rules (see make_fortyeighth.py)."""

PEOPLE_KE = {
    "en": [
        ("access", (),
         "Interview notes and assessment results",
         """Dear Sir or Madam,

On 2 October 2026 I had a second-round interview for the position of Assistant Store Manager at your Hasselt branch, which included an online assessment (a numerical reasoning test and a personality questionnaire). On 20 October I was informed by e-mail that I had not been selected.

I was not given any feedback beyond that. I would therefore like to receive:

- the notes the interview panel made about me,
- my scores and the report from the assessment, including the personality profile,
- any other information you hold about me in connection with this application.

I am not disputing the decision, I simply want to understand how I was assessed. I look forward to hearing from you within the statutory one-month period.

Kind regards,

Oliver Bennett""",
         "Oliver Bennett"),

        ("other", (),
         "Application - Sales Assistant (part-time) Ghent",
         """Dear Hiring Manager,

Please find attached my CV and cover letter for the part-time Sales Assistant position at your Ghent store, as advertised on your website last week.

I have three years' experience in retail, most recently at a sports shop in Sint-Martens-Latem, where I worked on the tills, handled returns and helped with stock takes. I speak English and Dutch and get by in French. I am available to start from December and am happy to work weekends.

I can provide references on request. I hope to hear from you.

Best regards,
Thomas Reed""",
         "Thomas Reed"),

        ("deletion", ("withdraw_consent",),
         "Please remove my application",
         """Hi,

I applied for the weekend job at the warehouse back in the summer but I've since found something else. Could you please delete my CV and everything else from my application? I also keep getting your "new vacancies" emails every week, I'd like those to stop too.

Thanks a lot,
Chloe""",
         "Chloe Harris"),

        ("restriction", (),
         "Preservation of scanner and CCTV data - Mr D. Price",
         """Dear Data Protection Officer,

I am writing as the union representative for Mr Daniel Price, order picker at your distribution centre in Willebroek, with his written authority (attached).

Mr Price received a final written warning on 28 October 2026 for alleged low productivity on the night shift of 15-16 October. He disputes this: the hand scanner he was given that night kept freezing, and he reported it to the shift leader at the time. An appeal hearing has been requested but no date has been set yet.

We understand that scanner logs and CCTV recordings of the picking area are normally overwritten after a few weeks. We therefore ask you not to delete, but to keep and set aside, the following until the appeal has been fully dealt with:

1. the logs for Mr Price's scanner for the shifts of 14-15 and 15-16 October, including any error or reset events;
2. the CCTV footage of aisles 12 to 18 for the night of 15-16 October;
3. the shift leader's log for that night.

In the meantime this data should not be used for any other purpose. Please confirm in writing that this has been done.

Yours faithfully,

Mark Holt
Shop steward""",
         "Mark Holt"),

        ("objection", (),
         "the productivity screen in the warehouse",
         """Hello,

Since the beginning of November there's a big screen next to the loading bay that shows the pick rate of every picker, with our names, ranked from top to bottom and updated every hour. Anyone walking past can see who is "at the bottom".

I don't think it's right that my scanner data is used like this and I object to it. I have no problem with my team leader knowing my numbers, that's part of the job, but I don't want my name and figures up on a screen for the whole shift, the drivers and any visitors to see. Please take me off it.

Regards,
Ryan Cooper
(night shift, team C)""",
         "Ryan Cooper"),

        ("complaint", ("deletion",),
         "My doctor's note was posted in the team chat",
         """To whom it may concern,

I work at the Antwerp Meir store. On 9 November I was off sick and, as we were told to do, I sent a photo of my medical certificate to my store manager on WhatsApp. The certificate is from my psychiatrist. The next morning a colleague told me the photo had been forwarded to the store's WhatsApp group, which has about 25 people in it, including students who only work on Saturdays.

I find this completely unacceptable. My health is nobody's business but mine and HR's. Nobody has apologised, and the manager told me I was "overreacting".

I want the photo removed from that group and deleted from anywhere else it has been saved, and I want to know what you are going to do to make sure this never happens again.

Sarah Whitfield""",
         "Sarah Whitfield"),

        ("other", (),
         "Helping you fill your Christmas temp roles",
         """Hi there,

I hope this finds you well. I noticed Shop Example is recruiting for seasonal store and warehouse staff again this year, so I thought I'd reach out.

At TalentBridge we hold a database of over 40,000 pre-screened retail and logistics candidates across Flanders and Brussels, all fully GDPR-compliant. We can typically put forward shortlisted candidates within 48 hours, and we only charge on successful placement.

Would you be open to a quick 15-minute call next week to see whether we could help? If this isn't the right inbox, I'd be grateful if you could pass this on to your HR or recruitment team.

Kind regards,
Laura Mills
Business Development Manager, TalentBridge""",
         "Laura Mills"),

        ("portability", (),
         "Timesheets and payslips in a usable format",
         """Hello,

I worked at your Leuven store from March 2024 until the end of September 2026. I'm doing my tax return with an accountant this year and he'd like to import my figures rather than type them all in.

Could you send me my clock-in/clock-out records and my pay data (gross, net, hours, overtime, holiday pay) for the whole period as a CSV or Excel file? I already have the payslips as PDFs from the payroll portal, that's not what I need, I need the actual data in a spreadsheet so it can be loaded into his software.

Many thanks,
Priya Shah""",
         "Priya Shah"),

        ("withdraw_consent", (),
         "Photo on the careers page",
         """Hi there,

When I started as a cashier two years ago I signed a form saying you could use my photo for "internal and external communication". My picture is now on the "Work with us" page of the website and on the recruitment poster by the entrance.

I'm not comfortable with that any more and I'm withdrawing my permission. Could you take the photo down and not use it again in future?

Cheers,
Megan""",
         "Megan Doyle"),

        ("other", (),
         "can't delete shift swap in rota app",
         """hey sorry not sure who to send this to. I put in a swap request for saturday 21st with Josh but he can't do it anymore and now I can't delete the request in the app, it just says "error 403". can someone remove it for me or tell me who to ask?

thanks
Liam (Kortrijk store)""",
         "Liam Foster"),
    ],

    "nl": [
        ("access", (),
         "Inzage personeelsdossier",
         """Geachte,

Ik was van 2019 tot 31 augustus 2026 in dienst als verkoopster in jullie filiaal in Sint-Niklaas. Bij mijn vertrek heb ik een exitgesprek gehad met de regiomanager, en toen kreeg ik de indruk dat er in mijn dossier dingen staan waarvan ik nooit op de hoogte ben gebracht.

Ik vraag daarom een kopie van mijn volledige personeelsdossier, met inbegrip van de evaluatieverslagen, eventuele opmerkingen van mijn leidinggevende en het verslag van het exitgesprek. Graag had ik ook vernomen met wie die gegevens gedeeld werden (bijvoorbeeld het sociaal secretariaat of andere derden) en hoe lang jullie ze nog bijhouden nu ik uit dienst ben.

Met vriendelijke groeten,
Els Van Damme""",
         "Els Van Damme"),

        ("other", (),
         "nieuw rekeningnummer",
         """Hallo,

Ik heb een nieuwe bankrekening. Mijn loon mag vanaf de maand november gestort worden op BE71 0961 2345 6769 (op mijn naam). Kunnen jullie dat aanpassen? Ik wist niet goed naar wie ik dit moest sturen, op het intranet vond ik alleen dit adres.

Groeten,
Wim Jacobs
magazijn Willebroek, dagploeg""",
         "Wim Jacobs"),

        ("correction", ("access",),
         "Fout op mijn badge en in het systeem",
         """Dag,

Sinds 1 oktober ben ik teamleider in het magazijn in Puurs (daarvoor was ik orderpicker). Op mijn nieuwe badge staat nog altijd "orderpicker", en mijn naam staat erop als "Jef Peeters" terwijl het Joeri Peeters is. Jef is mijn vader, die ook bij jullie werkt ;-) Ook mijn startdatum staat verkeerd in de personeelsapp: 2021 in plaats van 2019, en dat telt toch mee voor mijn anciënniteit.

Kunnen jullie dat rechtzetten? En mag ik een overzicht van alle gegevens die over mij in het systeem staan? Dan kan ik zelf nakijken of er nog iets fout is.

Bedankt!
Joeri""",
         "Joeri Peeters"),

        ("deletion", ("objection",),
         "vingerafdruk prikklok",
         """Hallo,

In ons filiaal in Hasselt staat sinds vorige week een nieuwe prikklok die werkt met de vingerafdruk. Ik heb mijn vinger laten scannen omdat de verantwoordelijke zei dat het moest, maar eigenlijk ben ik daar helemaal niet mee akkoord. Ik wil niet dat mijn vingerafdruk hiervoor gebruikt wordt, met een badge of een code werkt het evengoed.

Ik vraag dus om mijn vingerafdruk uit het systeem te wissen en mij gewoon een badge te geven zoals vroeger.

Groetjes,
Lotte Claes""",
         "Lotte Claes"),

        ("objection", (),
         "Camera boven de kassa's",
         """Beste,

Bij de verbouwing van onze winkel in Brugge is er een nieuwe camera gehangen recht boven kassa 1 en 2. Die filmt niet de klanten of de winkel, maar ons, de kassiersters, de hele dag en van heel dichtbij. Volgens de winkelverantwoordelijke kan zij de beelden live op haar gsm volgen, en ze heeft al eens opmerkingen gemaakt over hoe lang iemand met een klant stond te praten.

Ik maak bezwaar tegen het gebruik van die beelden om ons werk op te volgen. Camera's tegen diefstal begrijp ik, maar dit gaat veel verder. Ik vraag dat de beelden niet meer voor dat doel gebruikt worden.

Met vriendelijke groet,
Ann Verstraete
kassierster, filiaal Brugge-Centrum""",
         "Ann Verstraete"),

        ("other", (),
         "Vacature magazijnmedewerker nachtploeg Puurs",
         """Goeiedag,

Ik zag op jullie website een vacature voor magazijnmedewerker in de nachtploeg in Puurs. Is die nog open? Ik heb geen LinkedIn-account en het sollicitatieformulier op de site blijft hangen als ik mijn cv wil uploaden. Mag ik mijn cv gewoon per mail sturen, en zo ja naar welk adres?

Ik heb mijn heftruckattest en vijf jaar ervaring bij een transportfirma in Boom.

Vriendelijke groeten,
Dirk Mertens""",
         "Dirk Mertens"),

        ("restriction", (),
         "Betwiste verwittiging mevr. N. Wouters - filiaal Aalst",
         """Geachte heer, mevrouw,

Als syndicaal afgevaardigde schrijf ik u namens mevrouw Nathalie Wouters, winkelbediende in het filiaal Aalst, die mij daartoe schriftelijk gemachtigd heeft.

Op 22 oktober 2026 kreeg mevrouw Wouters een schriftelijke verwittiging wegens "herhaaldelijk te laat komen". Volgens haar kloppen de registraties van de tijdsregistratie op de betrokken dagen niet, omdat de prikklok in het filiaal in die periode defect was, wat door meerdere collega's bevestigd wordt. Zij heeft de verwittiging betwist en de HR-dienst heeft toegezegd dit te onderzoeken.

Wij vragen dat deze verwittiging zolang dat onderzoek loopt niet gebruikt wordt: niet bij de jaarlijkse evaluatie, niet bij beslissingen over haar contract en niet in verdere procedures. Ze mag in het dossier blijven, maar moet als betwist gemarkeerd worden tot er een uitkomst is.

Graag ontvang ik hiervan uw schriftelijke bevestiging.

Hoogachtend,
Kris De Smet
ACV Puls, syndicaal afgevaardigde""",
         "Kris De Smet"),

        ("complaint", ("access",),
         "Klacht: chef bekijkt mijn aankopen met personeelskaart",
         """Hallo,

Ik ben echt kwaad. Vorige week zei mijn afdelingsverantwoordelijke in de refter, waar collega's bij zaten, dat ik "toch wel veel wijn koop met mijn personeelskorting". Blijkbaar kan hij zien wat wij met onze personeelskaart kopen. Niemand heeft ons ooit gezegd dat de chefs dat kunnen bekijken, en het gaat hem ook helemaal niets aan wat ik privé koop.

Ik wil hierover een officiële klacht indienen. Ik wil ook weten wie er allemaal toegang heeft tot mijn aankoopgeschiedenis van de personeelskaart, en sinds wanneer.

Stijn Maes
filiaal Kortrijk""",
         "Stijn Maes"),

        ("portability", (),
         "mijn gewerkte uren als jobstudent",
         """Dag,

Ik heb deze zomer en in de herfstvakantie als jobstudent gewerkt in het filiaal in Leuven. Ik moet mijn uren goed bijhouden voor mijn contingent van 650 uur en ik wil ze inladen in mijn eigen overzicht in Excel.

Kunnen jullie mij mijn prestaties (datum, begin- en einduur, aantal uren) bezorgen als Excel- of CSV-bestand? Een export uit de planningsapp is prima. Met de pdf van de loonfiche kan ik niet veel doen.

Alvast bedankt,
Robbe Janssens""",
         "Robbe Janssens"),

        ("other", (),
         "C4 en vakantiegeld",
         """Goedemiddag,

Mijn contract als interimaris bij jullie liep af op 31 oktober. Wanneer mag ik mijn C4 verwachten, en krijg ik mijn vakantiegeld van jullie of van het interimkantoor? De vakbond heeft de C4 nodig om mijn dossier bij de RVA in orde te brengen.

Sorry als dit niet het juiste adres is, dan hoor ik graag naar wie ik moet mailen.

Mvg,
Hanne Willems""",
         "Hanne Willems"),
    ],

    "fr": [
        ("other", (),
         "Candidature spontanée – préparateur de commandes",
         """Madame, Monsieur,

Je me permets de vous adresser ma candidature spontanée pour un poste de préparateur de commandes dans votre entrepôt. Vous trouverez en pièce jointe mon CV ainsi qu'une lettre de motivation.

Titulaire d'un certificat de cariste, j'ai travaillé trois ans chez un grossiste alimentaire à Fleurus. Je suis disponible immédiatement, y compris pour des horaires de nuit.

Dans l'attente de votre réponse, je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Mehdi El Amrani""",
         "Mehdi El Amrani"),

        ("access", (),
         "Demande d'accès – entretien vidéo du 14 octobre",
         """Madame, Monsieur,

Le 14 octobre 2026, j'ai passé un entretien vidéo en différé pour le poste de conseillère au service clientèle : je devais répondre face caméra à cinq questions enregistrées. J'ai ensuite reçu un refus, manifestement automatique, sans aucun retour.

Conformément au RGPD, je souhaite obtenir une copie de l'enregistrement de cet entretien ainsi que de toute évaluation ou note qui en a été tirée (grille d'évaluation, score, commentaires des recruteurs). Je voudrais également savoir si l'analyse a été faite par une personne ou par un logiciel, et qui a eu accès à la vidéo.

Je vous remercie d'avance et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Camille Lambert""",
         "Camille Lambert"),

        ("deletion", ("access",),
         "Mon CV – je n'ai jamais postulé chez vous",
         """Bonjour,

Hier j'ai reçu un appel d'une de vos responsables de magasin à Namur pour un poste de vendeur. Je n'ai jamais postulé chez vous. Elle m'a dit que mon CV venait « d'une agence ». Je suppose qu'il s'agit de l'agence d'intérim où je m'étais inscrit il y a deux ans, mais je ne lui ai jamais donné l'autorisation de l'envoyer à qui que ce soit.

Le poste ne m'intéresse pas. Merci de supprimer mon CV et toutes mes coordonnées de vos fichiers, et de m'indiquer de quelle agence exactement vous l'avez reçu, et à quelle date.

Cordialement,
Julien Dubois""",
         "Julien Dubois"),

        ("correction", (),
         "Erreurs dans mon dossier – date d'entrée et fonction",
         """Bonjour,

En consultant mon profil sur le portail RH, je constate deux erreurs :

- ma date d'entrée est indiquée au 1er mars 2022, alors que j'ai commencé le 6 septembre 2021 (voir mon contrat) ;
- ma fonction est toujours « vendeuse », alors que je suis responsable adjointe du magasin de Charleroi-Ville 2 depuis le 1er avril 2025.

Pourriez-vous corriger ces deux informations ? Elles apparaissent aussi sur l'attestation d'emploi que le portail génère, et j'en ai besoin pour un dossier de prêt hypothécaire.

Merci d'avance,
Sophie Martin""",
         "Sophie Martin"),

        ("withdraw_consent", ("deletion",),
         "newsletter du personnel",
         """Bonjour,

Je ne fais plus partie du personnel depuis fin juin, mais je reçois toujours chaque semaine la « Newsletter de l'équipe » avec les promos collaborateurs, les anniversaires, etc., sur mon adresse privée. Je ne souhaite plus la recevoir, merci de me retirer de la liste.

Au passage, mon compte sur l'application du personnel est toujours actif (je vois encore les plannings du magasin !). Pouvez-vous le fermer et supprimer mes données ?

Bonne journée,
Manon Leroy""",
         "Manon Leroy"),

        ("other", (),
         "chèques-repas octobre",
         """Bonjour,

Je n'ai toujours pas reçu mes chèques-repas d'octobre sur ma carte. Mes collègues du magasin de Mons les ont eus le 5 novembre. Est-ce qu'il y a un problème avec mon dossier ou est-ce juste un retard ? Je ne sais pas à qui m'adresser, le secrétariat social ne répond pas.

Merci,
Aurélie Lejeune""",
         "Aurélie Lejeune"),

        ("objection", (),
         "Ma photo sur votre site et sur Facebook",
         """Bonjour,

Je travaille à l'entrepôt depuis 2023. Il y a quelques semaines, un photographe est passé et on nous a dit que c'était « pour le journal interne ». Je découvre aujourd'hui ma photo, avec mon prénom, en grand sur la page « Rejoignez-nous » de votre site et dans une publicité sur Facebook.

Je ne suis pas d'accord que mon image serve à vos campagnes de recrutement et je m'y oppose. Merci de la retirer du site et des publicités.

Karim Benali""",
         "Karim Benali"),

        ("complaint", ("deletion",),
         "Transmission de mon CV à une autre société sans mon accord",
         """Madame, Monsieur,

En août 2026, j'ai postulé chez vous pour un poste de magasinier. Ma candidature n'a pas été retenue. Le 5 novembre, j'ai été contacté par une société de logistique que je ne connais pas, qui m'a dit avoir reçu mon CV « de la part de Shop Example, qui n'avait pas de place pour vous ».

Personne ne m'a demandé mon accord. Mon CV contient mon adresse, mon numéro de téléphone, ma date de naissance et tout mon parcours. J'estime qu'il s'agit d'une atteinte grave à la protection de mes données.

Je vous demande de m'expliquer comment cela a pu se produire, d'exiger de cette société qu'elle supprime mon CV, et de supprimer également ma candidature de vos propres fichiers. Sans réponse satisfaisante de votre part, je déposerai plainte auprès de l'Autorité de protection des données.

Nicolas Renard""",
         "Nicolas Renard"),

        ("restriction", (),
         "Images caméra caisse 4 – samedi 7 novembre",
         """Bonjour,

Le samedi 7 novembre, il manquait 120 euros dans ma caisse au magasin de Liège Médiacité à la fin de ma journée. Mon responsable laisse entendre que j'aurais pris l'argent et parle d'une sanction. Je conteste formellement.

Les caméras au-dessus des caisses peuvent montrer ce qui s'est passé : plusieurs personnes ont utilisé ma caisse ce jour-là pendant ma pause. Je sais que les images sont normalement effacées au bout d'un mois. Je vous demande de ne pas effacer les images de la caisse 4 de ce jour-là et de les conserver tant que le litige n'est pas réglé.

Merci de me confirmer que c'est fait.

Laura Dumont
caissière""",
         "Laura Dumont"),

        ("other", (),
         "offre de chauffeur-livreur toujours ouverte ?",
         """Bonjour,

J'ai postulé en septembre via votre site pour le poste de chauffeur-livreur à Wavre, mais je n'ai pas eu de nouvelles. L'offre est-elle toujours d'actualité ? Entre-temps j'ai obtenu mon permis C : est-ce que je dois vous renvoyer un CV à jour ou est-ce que vous pouvez simplement en tenir compte ?

Bien à vous,
Benoît Collard""",
         "Benoît Collard"),
    ],

    "de": [
        ("access", (),
         "Auskunftsersuchen nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

ich war vom 1. Februar 2020 bis zum 30. September 2026 als Lagerist in Ihrem Verteilzentrum beschäftigt. Hiermit mache ich von meinem Auskunftsrecht nach Art. 15 DSGVO Gebrauch und bitte um:

1. eine vollständige Kopie meiner Personalakte,
2. die Notizen bzw. das Protokoll meines Austrittsgesprächs vom 24. September 2026,
3. Angaben darüber, an wen meine Daten weitergegeben wurden (z. B. Lohnbuchhaltung, Versicherungen, mögliche neue Arbeitgeber), und
4. wie lange Sie meine Daten nach meinem Ausscheiden aufbewahren.

Bitte senden Sie mir die Unterlagen an meine Privatadresse oder per E-Mail.

Mit freundlichen Grüßen
Markus Schneider""",
         "Markus Schneider"),

        ("other", (),
         "Schichttausch Samstag 28.11.",
         """Hallo,

kann ich meine Schicht am Samstag, den 28.11. (Spätschicht), mit Lena Wagner tauschen? Sie hat schon zugesagt und übernimmt dafür meinen Samstag, ich ihren Dienstag. Könnt ihr das im Plan ändern?

Danke!
Nina Schulz
Filiale Eupen""",
         "Nina Schulz"),

        ("deletion", (),
         "Löschung meiner Bewerbungsunterlagen",
         """Guten Tag,

ich hatte mich im September auf die Stelle als Teamleiter im Kundenservice beworben und im Rahmen des Verfahrens einen Online-Persönlichkeitstest gemacht. Inzwischen habe ich eine Absage bekommen, was für mich völlig in Ordnung ist.

Ich möchte aber nicht, dass meine Unterlagen und vor allem das Testergebnis bei Ihnen (oder beim Testanbieter) liegen bleiben. Bitte löschen Sie meine komplette Bewerbung einschließlich Lebenslauf, Zeugnissen und Testauswertung und bestätigen Sie mir kurz die Löschung.

Viele Grüße
Anna Becker""",
         "Anna Becker"),

        ("portability", (),
         "Meine Arbeitszeiten als Datei",
         """Hallo,

ich arbeite noch bis Ende des Jahres über die Zeitarbeitsfirma bei Ihnen im Lager. Zwischen den Stunden auf meinen Abrechnungen und den Stunden, die ich tatsächlich gearbeitet habe, gibt es Unterschiede, und ich möchte das selbst nachrechnen.

Könnten Sie mir meine erfassten Arbeitszeiten (Kommen, Gehen, Pausen, Überstunden) seit Beginn meines Einsatzes im April als CSV- oder Excel-Datei schicken? Die Ausdrucke vom Terminal helfen mir leider nicht weiter, ich brauche die Daten so, dass ich sie in eine Tabelle übernehmen kann.

Danke und Gruß
Jonas Weber""",
         "Jonas Weber"),

        ("objection", (),
         "Auswertung der Handscanner",
         """Hallo zusammen,

seit der Umstellung auf die neuen Handscanner im Lager bekommen wir am Ende jeder Schicht eine Auswertung, wie viele Picks wir pro Stunde hatten, wie lange wir "inaktiv" waren und sogar wie lange die Toilettenpausen gedauert haben. Der Schichtleiter hat mich letzte Woche darauf angesprochen, dass ich 14 Minuten "Leerlauf" hatte.

Ich widerspreche dieser minutengenauen Auswertung meiner Daten. Dass der Scanner erfasst, was ich gepickt habe, ist klar. Aber eine Dauerüberwachung jeder einzelnen Minute geht zu weit. Ich möchte, dass meine Daten nicht mehr auf diese Weise ausgewertet werden.

Gruß
Stefan Krämer
Frühschicht, Lager""",
         "Stefan Krämer"),

        ("other", (),
         "Resturlaub 2026",
         """Hallo,

wie viele Urlaubstage habe ich für 2026 noch? Seit ich mein Konto in der Personal-App neu anlegen musste (neues Handy), wird bei mir unter "Abwesenheiten" gar nichts mehr angezeigt. Ich wollte zwischen Weihnachten und Neujahr freinehmen.

Viele Grüße
Thomas Wagner""",
         "Thomas Wagner"),

        ("restriction", ("access",),
         "Frau Julia Hoffmann – Abmahnung vom 03.11.2026",
         """Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Julia Hoffmann, Verkäuferin in Ihrer Filiale St. Vith, anwaltlich vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Unserer Mandantin wurde am 3. November 2026 eine Abmahnung erteilt, deren sachliche Richtigkeit sie bestreitet. Wir haben die Personalabteilung bereits gesondert aufgefordert, die Abmahnung zu überprüfen.

Bis zum Abschluss dieser Prüfung fordern wir Sie auf, die Abmahnung sowie die ihr zugrunde liegenden Vermerke nicht zu verwenden, insbesondere nicht im Rahmen von Beurteilungen, Personalentscheidungen oder gegenüber Dritten. Die Unterlagen sind bis dahin lediglich aufzubewahren.

Zugleich bitten wir um Übersendung einer Kopie der vollständigen Personalakte unserer Mandantin.

Mit freundlichen Grüßen

Dr. Thomas Lenz
Rechtsanwalt""",
         "Thomas Lenz"),

        ("complaint", ("access",),
         "Beschwerde wegen Auskunft an meinen neuen Arbeitgeber",
         """Guten Tag,

ich habe im August bei Ihnen in der Filiale Eupen aufgehört. Bei meinem neuen Arbeitgeber wurde ich jetzt im Probezeitgespräch darauf angesprochen, dass ich bei Ihnen "ja ziemlich oft krank" gewesen sei. Das hat meine ehemalige Filialleiterin am Telefon erzählt, als man sie um eine Referenz gebeten hat. Ich hatte nie zugestimmt, dass sie überhaupt Auskunft über mich gibt, und schon gar nicht über meine Krankheitstage.

Ich beschwere mich hiermit ausdrücklich über diese Weitergabe. Außerdem möchte ich wissen, welche Angaben über mich genau an den neuen Arbeitgeber gegangen sind und ob das irgendwo bei Ihnen notiert wurde.

Sabine Fischer""",
         "Sabine Fischer"),

        ("correction", (),
         "Namensschild und Geburtsdatum",
         """Hallo,

kurze Bitte: Auf meinem Namensschild steht "Jurgen Muller", richtig ist Jürgen Müller. Wenn Umlaute nicht gehen, dann bitte "Juergen Mueller", aber so nicht. Außerdem hat mich das Lohnbüro darauf hingewiesen, dass bei Ihnen mein Geburtsdatum falsch hinterlegt ist (12.03.1985 statt 21.03.1985). Könnten Sie beides korrigieren?

Danke!
Jürgen Müller
Filiale Eupen, Getränkeabteilung""",
         "Jürgen Müller"),

        ("other", (),
         "Bewerbung als Verkäuferin (Teilzeit) – Filiale Eupen",
         """Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich auf die ausgeschriebene Teilzeitstelle als Verkäuferin in Ihrer Filiale in Eupen. Meinen Lebenslauf und meine Zeugnisse finden Sie im Anhang.

Ich habe meine Ausbildung zur Einzelhandelskauffrau in Aachen abgeschlossen und arbeite seit vier Jahren in einem Modegeschäft. Ich spreche Deutsch, Französisch und etwas Niederländisch.

Mit der Speicherung und Verarbeitung meiner Daten für dieses Bewerbungsverfahren bin ich einverstanden.

Mit freundlichen Grüßen
Katharina Braun""",
         "Katharina Braun"),
    ],

    "es": [
        ("access", (),
         "Qué datos tenéis de mí",
         """Hola,

Trabajo desde julio en vuestro almacén de Willebroek a través de una empresa de trabajo temporal. El otro día el jefe de turno me enseñó una hoja con mis "rendimientos" de cada día, con cosas que yo ni sabía que se registraban.

Quiero saber qué datos personales tenéis de mí: qué registra el escáner y el sistema del almacén, qué os ha pasado la ETT, quién puede verlo y cuánto tiempo lo guardáis. Si puede ser, me gustaría recibir una copia.

Gracias,
Alejandro Ruiz""",
         "Alejandro Ruiz"),

        ("deletion", ("withdraw_consent",),
         "Fotos mías en Instagram y en la web",
         """Buenas,

Trabajé en la tienda de Bruselas-Louise hasta el verano. En la fiesta de Navidad del año pasado nos hicieron fotos y firmé que se podían usar, pero ya no trabajo con vosotros y no quiero seguir apareciendo. Todavía salgo en varias publicaciones de vuestro Instagram y Facebook y en la página de empleo de la web.

Retiro mi consentimiento para que uséis mi imagen. Por favor, borrad esas fotos de las redes, de la web y también de vuestros archivos.

Un saludo,
Lucía Fernández""",
         "Lucía Fernández"),

        ("other", (),
         "¿Sigue abierta la oferta de mozo de almacén?",
         """Hola, buenas tardes.

Vi hace dos semanas la oferta de mozo de almacén para el turno de noche y quería saber si sigue abierta. Tengo experiencia con carretilla y transpaleta eléctrica, y hablo español, francés y un poco de neerlandés. ¿Tengo que apuntarme por la web o puedo mandar el currículum por aquí?

Gracias,
Iván Herrera""",
         "Iván Herrera"),

        ("withdraw_consent", (),
         "baja del boletín de ofertas para empleados",
         """Hola:

¿Me podéis dar de baja del boletín con las ofertas para empleados? Me apunté cuando empecé, pero me llegan tres o cuatro correos a la semana y ya no me interesan. Sigo trabajando en la tienda, solo quiero dejar de recibir esos correos.

Gracias,
Marta Gómez""",
         "Marta Gómez"),

        ("objection", ("deletion",),
         "",
         """Hola,

Una persona de vuestro departamento de selección me ha escrito ya tres veces por LinkedIn y ahora también a mi correo personal, que no aparece en mi perfil, para ofrecerme un puesto de jefa de almacén. Nunca os he enviado mi currículum ni he tenido ningún contacto con vuestra empresa.

No me interesa y me opongo a que utilicéis mis datos para esto. Por favor, borrad todo lo que tengáis sobre mí (perfil, correo, notas) y no volváis a contactarme.

Saludos,
Elena Navarro""",
         "Elena Navarro"),

        ("correction", (),
         "Mi nombre está mal en la tarjeta y en la nómina",
         """Hola,

En mi tarjeta de identificación y en la app de turnos pone "Carmen López", pero mi nombre completo es Carmen García López (García es el primer apellido). En la nómina también aparece mal, y en el banco me han dicho que no coincide con mi documento de identidad. Os agradecería que lo corrigierais en todos los sistemas.

Gracias y un saludo,
Carmen García López""",
         "Carmen García López"),

        ("other", (),
         "borré la app y no puedo entrar",
         """Hola, perdonad que escriba aquí pero no sé a quién preguntar. Borré sin querer la app del personal y al volver a instalarla me pide un código de activación que no tengo. Mi encargado tampoco lo sabe. ¿Me lo podéis mandar? Sin la app no veo mis turnos de la semana que viene.

Gracias
Pablo Jiménez (tienda de Charleroi)""",
         "Pablo Jiménez"),

        ("complaint", ("access",),
         "Segunda solicitud – copia de mi expediente",
         """Buenos días:

El 2 de octubre de 2026 envié a esta dirección una solicitud para obtener una copia de mi expediente personal (contrato, evaluaciones, sanciones y notas de mi responsable). Ha pasado más de un mes y no he recibido ninguna respuesta, ni siquiera un acuse de recibo.

Les recuerdo que el plazo legal es de un mes. Vuelvo a solicitar la copia de mi expediente y, si no recibo respuesta en los próximos días, presentaré una reclamación ante la Autoridad de Protección de Datos belga.

Atentamente,
Raúl Sánchez Ortega""",
         "Raúl Sánchez Ortega"),

        ("portability", (),
         "Datos de mis nóminas en Excel",
         """Hola,

Dejé de trabajar en vuestro almacén el 31 de octubre y vuelvo a España. Para la declaración de la renta mi gestor necesita los datos de mis nóminas de 2025 y 2026 (bruto, neto, retenciones y horas trabajadas) en un archivo que se pueda abrir en Excel, o en CSV, no en PDF. Si os resulta más fácil mandárselo directamente a él, os paso su correo.

Muchas gracias,
Diego Romero""",
         "Diego Romero"),

        ("other", (),
         "Prima de fin de año",
         """Buenas tardes:

Quería preguntar cuándo se cobra la prima de fin de año y si también me corresponde a mí, que empecé en mayo con contrato temporal. Una compañera me ha dicho que solo la cobran los fijos y otra que sí, proporcional a los meses trabajados.

Un saludo,
Rocío Molina""",
         "Rocío Molina"),
    ],

    "it": [
        ("access", (),
         "Referenze richieste senza il mio consenso",
         """Buongiorno,

a ottobre ho sostenuto un colloquio per il posto di addetta alle vendite nel vostro negozio di Bruxelles, Toison d'Or. Qualche giorno dopo ho saputo dal mio ex datore di lavoro che qualcuno di Shop Example lo aveva chiamato per chiedere informazioni su di me. Io non avevo indicato nessun referente e nessuno mi ha chiesto il permesso.

Vorrei sapere quali informazioni avete raccolto su di me in questo modo, chi ve le ha fornite e dove sono state annotate. Vi chiedo quindi una copia di tutti i dati che avete su di me relativi alla mia candidatura.

Cordiali saluti,
Giulia Rossi""",
         "Giulia Rossi"),

        ("deletion", (),
         "cancellazione CV",
         """Salve,

vi scrivo per chiedervi di cancellare il mio curriculum e tutti i dati della mia candidatura per il magazzino di Willebroek (giugno 2026). Non sono più interessato alla posizione.

Grazie,
Marco Bianchi""",
         "Marco Bianchi"),

        ("other", (),
         "Candidatura – commessa part-time Liegi",
         """Gentili signori,

in allegato vi invio il mio curriculum per la posizione di commessa part-time nel negozio di Liegi pubblicata sul vostro sito. Ho lavorato due anni in un supermercato a Seraing, alla cassa e al reparto freschi, e parlo italiano e francese.

Resto a disposizione per un colloquio.

Cordiali saluti,
Valentina Marino""",
         "Valentina Marino"),

        ("restriction", (),
         "Timbrature agosto-settembre – contestazione busta paga",
         """Buongiorno,

sono un ex dipendente del negozio di Anversa (fino al 30 settembre 2026). Sto contestando l'ultima busta paga con l'aiuto del sindacato, perché mancano circa 20 ore di straordinario fatte a settembre.

Vi chiedo di non cancellare né modificare le mie timbrature e i turni di agosto e settembre 2026 e di conservarli finché la contestazione non sarà chiusa, anche se nel frattempo dovessero scadere i vostri termini di conservazione. Per ora non vi chiedo altro.

Distinti saluti,
Luca Esposito""",
         "Luca Esposito"),

        ("withdraw_consent", ("deletion",),
         "Video \"Un giorno in magazzino\"",
         """Ciao,

a settembre ho partecipato al video "Un giorno in magazzino" che avete pubblicato su Instagram e TikTok per cercare nuovo personale. All'epoca avevo dato il mio consenso, ma adesso lo ritiro: alcuni commenti sotto il video sono stati molto sgradevoli e non voglio più comparire.

Vi chiedo di togliere il video, o almeno le parti in cui ci sono io, e di cancellare anche il girato che avete conservato.

Grazie,
Francesca Romano""",
         "Francesca Romano"),

        ("other", (),
         "turni di Natale",
         """Ciao, volevo sapere se i turni di dicembre escono prima del 1° dicembre come l'anno scorso. Devo prenotare il volo per tornare in Sicilia e vorrei sapere se il 24 e il 31 lavoro o no. Se non siete voi quelli giusti, mi dite a chi scrivere?

Grazie mille
Salvatore Lombardo""",
         "Salvatore Lombardo"),

        ("objection", (),
         "uso degli acquisti con la carta dipendenti",
         """Buongiorno,

il mio responsabile di reparto usa l'elenco degli acquisti fatti con la carta sconto dei dipendenti per "controllare" chi compra cosa, dice per evitare abusi. L'altro giorno mi ha chiesto davanti a tutti perché avessi comprato due volte lo stesso aspirapolvere (uno era un regalo per mia madre).

Non mi va che i miei acquisti personali vengano usati in questo modo e mi oppongo a questo utilizzo dei miei dati. Se c'è un controllo da fare sugli abusi, lo faccia l'ufficio del personale secondo regole chiare, non il capo reparto a sua discrezione.

Saluti,
Alessandro Ricci""",
         "Alessandro Ricci"),

        ("complaint", ("deletion",),
         "Reclamo formale – divulgazione della mia gravidanza",
         """Gentili signori,

desidero presentare un reclamo formale. A fine ottobre ho informato in via riservata la responsabile del negozio di Gand di essere incinta, perché dovevo organizzare le visite mediche. Una settimana dopo lo sapevano tutte le colleghe e perfino alcuni fornitori, prima ancora che lo dicessi alla mia famiglia. La responsabile ha ammesso di averlo "accennato" alla riunione del mattino e l'ha anche scritto nel file dei turni condiviso ("assente per gravidanza").

È una violazione grave della mia riservatezza. Chiedo che quella nota venga cancellata dal file dei turni e da ogni altro documento accessibile ai colleghi, e che mi venga spiegato cosa intendete fare.

Chiara Conti""",
         "Chiara Conti"),

        ("correction", (),
         "Qualifica e data di assunzione errate",
         """Buongiorno,

sul mio profilo nel portale del personale risulta ancora "magazziniere" come qualifica, ma da maggio 2026 sono carrellista (mi è stato confermato con lettera del 28 aprile). Anche la data di assunzione è sbagliata: risulta 2023, ma sono stato assunto il 13 febbraio 2022.

Potete correggere questi due dati?

Grazie mille,
Davide Greco""",
         "Davide Greco"),

        ("other", (),
         "istruzioni primo giorno",
         """Buonasera,

comincio lunedì 16 novembre al servizio clienti e ho cancellato per sbaglio la mail con le istruzioni per il primo giorno (orario, a chi presentarmi, che documenti portare). Potreste rimandarmela?

Grazie e scusate il disturbo,
Sara Gallo""",
         "Sara Gallo"),
    ],

    "pt": [
        ("access", (),
         "Pedido de cópia do meu processo e das notas da entrevista de saída",
         """Bom dia,

Saí da empresa no dia 15 de outubro de 2026, depois de quatro anos no apoio ao cliente. Na entrevista de saída falei com bastante franqueza sobre a minha chefe de equipa, e a pessoa dos Recursos Humanos foi tomando notas.

Gostaria de receber uma cópia dessas notas e de tudo o que consta do meu processo individual, incluindo as avaliações de desempenho. Gostaria também de saber se as notas da entrevista de saída foram partilhadas com a minha antiga chefe.

Com os melhores cumprimentos,
Ana Rodrigues""",
         "Ana Rodrigues"),

        ("other", (),
         "A vaga de repositor ainda está aberta?",
         """Olá, boa tarde.

Vi no vosso site uma vaga de repositor para a loja de Antuérpia. Ainda está aberta? Moro perto e tenho experiência num supermercado em Portugal. Posso enviar o CV para este e-mail ou tenho de me candidatar pelo site?

Obrigado,
Bruno Pereira""",
         "Bruno Pereira"),

        ("deletion", (),
         "impressão digital",
         """Olá,

Trabalhei na loja de Mechelen até setembro. Lá marcávamos o ponto com a impressão digital. Como já não trabalho convosco, peço que apaguem os meus dados biométricos (a impressão digital) do sistema do relógio de ponto, e também do fornecedor do sistema, se ele os tiver.

Obrigado,
Tiago Ferreira""",
         "Tiago Ferreira"),

        ("portability", (),
         "Registos de ponto em ficheiro",
         """Boa tarde,

Sou trabalhador temporário no vosso armazém desde maio, através de uma agência. Há diferenças entre as horas que a agência me paga e as que eu fiz.

Peço que me enviem os meus registos de ponto (entradas, saídas e pausas) de maio até hoje num ficheiro CSV ou Excel, para eu poder comparar e entregar à agência. Se for mais fácil, podem enviar o ficheiro diretamente para a agência, eu dou autorização.

Cumprimentos,
Rui Almeida""",
         "Rui Almeida"),

        ("restriction", ("access",),
         "Acidente de trabalho 04/11 – imagens das câmaras",
         """Exmos. Senhores,

No dia 4 de novembro de 2026 tive um acidente de trabalho no armazém de Willebroek: um empilhador bateu numa palete, que me caiu em cima do pé. O seguro de acidentes de trabalho está a analisar o caso e a empresa diz que a culpa foi minha por estar fora da zona pedonal, o que não é verdade.

Peço que as imagens das câmaras dessa zona entre as 14h00 e as 15h00 desse dia não sejam apagadas e fiquem guardadas até o processo estar resolvido. Peço também uma cópia dessas imagens.

Com os melhores cumprimentos,
Paulo Sousa""",
         "Paulo Sousa"),

        ("other", (),
         "Férias em dezembro",
         """Bom dia,

Queria pedir férias de 21 de dezembro a 3 de janeiro para ir a Portugal. Na app aparece que o pedido está "pendente" há duas semanas. A quem devo falar para ser aprovado? A gerente da loja diz que não é com ela.

Obrigada,
Joana Ribeiro""",
         "Joana Ribeiro"),

        ("objection", (),
         "Localização na app dos funcionários",
         """Olá,

A nova app dos funcionários pede acesso à localização do telemóvel "para confirmar a presença na loja". Eu uso o meu telemóvel pessoal, e a app parece continuar a registar a localização mesmo fora do horário de trabalho.

Oponho-me a que a minha localização seja recolhida e usada desta forma. Para a presença já temos o relógio de ponto. Não quero que a empresa use a localização do meu telemóvel.

Obrigada,
Inês Carvalho""",
         "Inês Carvalho"),

        ("withdraw_consent", (),
         "SMS com novidades da equipa",
         """Bom dia,

Quando entrei aceitei receber por SMS as "novidades da equipa" e as promoções para colaboradores. Já não quero receber essas mensagens, sobretudo ao fim de semana. Podem tirar o meu número dessa lista? (As mensagens com os horários podem continuar, claro.)

Obrigada,
Beatriz Lopes""",
         "Beatriz Lopes"),

        ("complaint", ("deletion",),
         "Conta de e-mail e foto ainda ativas 3 meses depois de sair",
         """Boa tarde,

Deixei de trabalhar na vossa loja de Gante no fim de julho. Três meses depois, a minha conta de e-mail da empresa continua ativa e a receber mensagens (consegui ver porque a palavra-passe ainda funciona!), e o meu nome e a minha fotografia continuam na página da loja no Facebook, em "A nossa equipa".

Já avisei a gerente da loja em agosto e nada foi feito. Isto não é aceitável.

Peço que desativem e apaguem a conta e que retirem a minha fotografia.

Sofia Martins""",
         "Sofia Martins"),

        ("other", (),
         "cartão de funcionário sem desconto",
         """Olá, desde a semana passada o meu cartão de funcionário deixou de dar o desconto na caixa. Já experimentei em duas lojas. Na caixa dizem que o cartão está bem mas que "não aparece como colaborador". Continuo a trabalhar no armazém, não mudou nada no meu contrato. Podem ver o que se passa?

Obrigado
Nuno Gonçalves""",
         "Nuno Gonçalves"),
    ],
}

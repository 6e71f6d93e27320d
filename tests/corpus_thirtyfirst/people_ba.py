"""Thirty-first set, people's mail in the week after the shop's data breach notice (en nl fr de es it pt). Written apart from the rules (see make_thirtyfirst.py)."""

PEOPLE_BA = {
    "en": [
        ("complaint", ("deletion",),
         "Re: Important information about your personal data",
         """This is completely unacceptable. I've been buying from you for six years and now my name, home address and phone number are floating around because you couldn't secure a database? How could this even happen?

Delete my account and everything you have on me. I'm done.

Mark Hollis

On Mon, 16 Nov 2026 at 10:02, Shop <privacy@shop.example.be> wrote:
> Dear customer,
>
> We are writing to inform you that an unauthorised party gained access to one of our customer databases. The data concerned include names, e-mail and postal addresses, phone numbers and order histories. No passwords or payment card data were affected.
>
> We have reported the incident to the Belgian Data Protection Authority.
> Please be careful with unexpected messages asking for personal information.
>
> If you have questions, contact privacy@shop.example.be.
""", "Mark Hollis"),
        ("access", (),
         "Which of my data were in the database?",
         """Hello,

I received your e-mail of 16 November about the breach. It says "names, e-mail and postal addresses, phone numbers and order histories" but that's generic. I'd like to know exactly which of MY data were in that database, so please send me a copy of all the personal data you hold about me (under Article 15 GDPR), including my order history and where the data came from.

My account e-mail is this one, customer number 4471902.

Thanks,
Priya Raman
""", "Priya Raman"),
        ("other", (),
         "Is this email genuine?",
         """hi, I got an email today saying Important information about your personal data from your shop, it looks a bit like the phishing emails it warns about lol. Is it really from you? There's no link in it so I guess its ok but just want to be sure before I do anything.

cheers
Dave
""", "Dave Whitlock"),
        ("complaint", ("access", "objection"),
         "Formal complaint regarding the data breach of November 2026",
         """Dear Data Protection Officer,

I am writing to lodge a formal complaint regarding the personal data breach notified to me by e-mail on 16 November 2026.

Your notice took, by your own account, several weeks to reach customers, and contains no information on when the intrusion occurred, how long it lasted, or what measures you have taken since. I consider this a failure of your obligations under Articles 32 and 34 GDPR.

I further request:
1. a copy of all personal data you process about me, with an indication of which data were in the compromised database;
2. that you cease using my data for profiling and personalised advertising with immediate effect.

Should I not receive a satisfactory response, I will bring the matter before the Data Protection Authority.

Yours faithfully,
Eleanor Marsh
14 Rue de la Loi, 1040 Etterbeek
""", "Eleanor Marsh"),
        ("withdraw_consent", (),
         "Re: Important information about your personal data",
         """Please take me off your newsletter and any other marketing mails. After this I'd rather hear as little from you as possible.

J. Okafor

-----Original Message-----
From: Shop <privacy@shop.example.be>
Sent: Monday, November 16, 2026 10:02 AM
To: j.okafor@example.net
Subject: Important information about your personal data

Dear customer,

We are writing to inform you that an unauthorised party gained access to one of our customer databases...
""", "James Okafor"),
        ("other", (),
         "Press enquiry - customer data breach",
         """Hi,

I'm a reporter with a Brussels-based English-language news site and I'm working on a piece about the data breach you disclosed to customers this week. Could someone from your communications or privacy team answer a few questions: how many customers are affected, when was the intrusion discovered, and has the attacker been identified?

My deadline is Thursday 5pm. Happy to talk by phone.

Best,
Sophie Lang
""", "Sophie Lang"),
        ("complaint", ("deletion", "withdraw_consent"),
         "Re: Important information about your personal data",
         """Oh great, "be careful with phishing". Thanks for the tip, considering you're the reason the phishers now have my phone number. I already had two texts this week pretending to be a parcel service.

I want compensation for this mess, and I want my account closed and my data wiped. And obviously I withdraw any consent I ever gave you for anything.

Rob
""", "Rob Keenan"),
        ("correction", (),
         "Your breach notice went to my old address",
         """Hello,

Your letter about the data breach was sent to my previous address in Leuven (Naamsestraat), which means you still have that on file even though I moved two years ago. Please update my address to:

Rue Haute 112
1000 Brussels

and my phone number is now +32 478 55 21 09. I've tried changing it in my account but the page kept giving an error.

Kind regards,
Hannah Boyd
""", "Hannah Boyd"),
        ("other", (),
         "Security vulnerability disclosure offer",
         """Hello,

I'm an independent security researcher. I read about your incident and during some passive reconnaissance I noticed your staging environment appears to be publicly reachable. I have not accessed anything and do not want to publish anything; I'd like to share the details with your security team through a responsible disclosure process. Do you have a security contact or a security.txt?

Regards,
Tomasz W.
""", "Tomasz Wrona"),
        ("restriction", (),
         "Please freeze my data during your investigation",
         """Hello,

Following your notice of 16 November, I'd like to ask that you do not use my personal data for anything while your investigation is ongoing. Don't delete it (I may need it for my own records / a claim later), but keep it locked and unused until you have finished and can tell me what happened. This is a request for restriction of processing under Article 18 GDPR.

Regards,
Neil Fraser
""", "Neil Fraser"),
    ],

    "nl": [
        ("complaint", ("deletion",),
         "Re: Belangrijke informatie over uw persoonsgegevens",
         """Dit is toch niet normaal. Jarenlang klant en dan lees ik dat mijn adres, telefoonnummer en al mijn bestellingen bij een hacker liggen. Hoe is dat in godsnaam mogelijk?

Verwijder mijn account en al mijn gegevens. Ik bestel hier nooit meer.

Groeten,
Kris Vermeulen

Op ma 16 nov 2026 om 10:04 schreef Shop <privacy@shop.example.be>:
> Beste klant,
>
> Wij informeren u dat een onbevoegde derde toegang heeft gekregen tot een van onze klantendatabanken. Het gaat om namen, e-mail- en postadressen, telefoonnummers en bestelgeschiedenis. Wachtwoorden en betaalkaartgegevens zijn niet getroffen.
>
> Wij hebben het incident gemeld aan de Gegevensbeschermingsautoriteit.
> Wees alert voor phishing.
""", "Kris Vermeulen"),
        ("access", (),
         "Welke gegevens van mij precies?",
         """Goedendag,

Ik kreeg uw mail over het datalek. Kunt u mij laten weten welke gegevens van mij precies in die databank zaten? Ik wil graag een kopie van alle persoonsgegevens die u over mij bijhoudt, dan kan ik zelf inschatten wat er gelekt is. Mijn klantennummer is 3309871.

Met vriendelijke groet,
Annelies De Smet
""", "Annelies De Smet"),
        ("other", (),
         "echt of phishing?",
         """hallo, is die mail van jullie over persoonsgegevens echt? mijn zoon zegt dat het phishing kan zijn. ik heb nergens op geklikt. graag even bevestigen

mvg
Rita
""", "Rita Claes"),
        ("complaint", (),
         "Klacht datalek - onaanvaardbaar",
         """Geachte,

Hierbij dien ik formeel klacht in over de manier waarop u met mijn gegevens bent omgesprongen. Sinds uw 'belangrijke informatie' van 16 november krijg ik dagelijks sms'jes en telefoontjes van oplichters die mijn naam en adres kennen. U schrijft dat u het gemeld hebt aan de GBA, maar u zegt nergens wat u gaat doen om dit te herstellen of hoe u de getroffen klanten gaat vergoeden.

Ik verwacht een schadevergoeding en een uitleg hoe dit kon gebeuren. Zonder antwoord binnen de week stap ik zelf naar de Gegevensbeschermingsautoriteit.

Hoogachtend,
Marc Peeters
Gent
""", "Marc Peeters"),
        ("objection", (),
         "Re: Belangrijke informatie over uw persoonsgegevens",
         """Stop met al jullie reclame naar mij, per mail, per post en per sms. En ik wil niet dat mijn gegevens nog met jullie 'marketingpartners' gedeeld worden, met niemand.

Ilse

Van: Shop <privacy@shop.example.be>
Verzonden: maandag 16 november 2026 10:04
Aan: ilse.wouters@example.be
Onderwerp: Belangrijke informatie over uw persoonsgegevens
""", "Ilse Wouters"),
        ("other", (),
         "Vraag van de redactie",
         """Dag,

Ik ben journalist bij een regionale krant en schrijf een artikel over het datalek bij uw webshop. Kan iemand mij zeggen hoeveel klanten getroffen zijn en wanneer het lek ontdekt werd? Een korte reactie van een woordvoerder volstaat.

Alvast bedankt,
Pieter Janssens
""", "Pieter Janssens"),
        ("deletion", (),
         "account verwijderen",
         """Goeiedag,

Na dat bericht over het lek heb ik geen vertrouwen meer. Graag mijn klantenaccount en klantenkaart afsluiten en al mijn gegevens wissen. Mail mij als het gebeurd is.

Johan Maes
""", "Johan Maes"),
        ("complaint", ("access", "restriction"),
         "Re: Belangrijke informatie over uw persoonsgegevens",
         """Beste,

Jullie mail is wel heel vaag. Wanneer is dat gebeurd? Hoelang zat die aanvaller in jullie systemen? Het feit dat ik dit pas hoor via een standaardmail, zonder verontschuldigingen, vind ik onaanvaardbaar.

Ik vraag daarom:
- een overzicht van welke gegevens van mij in die databank stonden
- dat jullie mijn gegevens niet meer gebruiken zolang het onderzoek loopt

Sofie Van den Broeck

> Beste klant,
> Wij informeren u dat een onbevoegde derde toegang heeft gekregen tot een van onze klantendatabanken.
""", "Sofie Van den Broeck"),
        ("correction", (),
         "verkeerde naam in jullie brief",
         """Hallo,

In jullie brief over het datalek stond ik als 'Mevr. Jansen-Bakker', maar sinds mijn scheiding heet ik gewoon weer Bakker. Willen jullie mijn naam in jullie bestand aanpassen naar Lotte Bakker? Ook mijn adres is veranderd: Kerkstraat 8, 2000 Antwerpen.

Dank u,
Lotte Bakker
""", "Lotte Bakker"),
        ("other", (),
         "Bedankt voor de eerlijkheid",
         """Hallo,

Vervelend natuurlijk, dat lek, maar ik wou toch even zeggen dat ik het waardeer dat jullie het gewoon eerlijk melden. Veel bedrijven zouden het stilhouden. Succes met het oplossen.

Groetjes,
Wim
""", "Wim Hendrickx"),
    ],

    "fr": [
        ("complaint", ("deletion", "withdraw_consent"),
         "RE: Informations importantes concernant vos données personnelles",
         """Bonjour,

C'est inadmissible. Vous m'envoyez un mail pour me dire que mon nom, mon adresse, mon numéro de téléphone et tout mon historique de commandes sont entre les mains d'un pirate, et vous me conseillez de « faire attention au phishing » ?? Comment une chose pareille a-t-elle pu arriver ?

Je vous demande de supprimer mon compte et toutes mes données, et je retire mon consentement à vos newsletters.

Nathalie Dubois

-----Message d'origine-----
De : Shop <privacy@shop.example.be>
Envoyé : lundi 16 novembre 2026 10:03
À : nathalie.dubois@example.be
Objet : Informations importantes concernant vos données personnelles

Chère cliente, cher client,
Nous vous informons qu'un tiers non autorisé a eu accès à l'une de nos bases de données clients...
""", "Nathalie Dubois"),
        ("access", (),
         "Demande d'accès à mes données",
         """Madame, Monsieur,

Suite à votre courriel du 16 novembre 2026, je souhaite savoir précisément quelles données me concernant figuraient dans la base de données compromise. Conformément à l'article 15 du RGPD, je vous prie de me transmettre une copie de l'ensemble des données personnelles que vous détenez à mon sujet.

Je vous remercie d'avance.

Jean-Luc Lambert
""", "Jean-Luc Lambert"),
        ("other", (),
         "mail frauduleux ?",
         """Bonjour
j'ai recu un mail a votre nom qui parle de mes données personnelles, je voulais savoir si c'est bien vous qui l'avez envoyé ou si c'est une arnaque ? je n'ai cliqué sur rien.
merci
Monique
""", "Monique Lejeune"),
        ("complaint", (),
         "Plainte - fuite de données",
         """Madame, Monsieur,

Je tiens à exprimer mon profond mécontentement. Depuis la réception de votre message, je reçois des SMS frauduleux qui reprennent mon nom et mon adresse exacte. Vous avez manifestement manqué à votre obligation de sécuriser les données de vos clients.

Je vous informe que je vais déposer une plainte auprès de l'Autorité de protection des données et que je me réserve le droit de réclamer des dommages et intérêts.

Cordialement,
Philippe Renard
Namur
""", "Philippe Renard"),
        ("objection", (),
         "RE: Informations importantes concernant vos données personnelles",
         """Je m'oppose à toute utilisation de mes données à des fins de prospection commerciale et je refuse qu'elles soient transmises à vos partenaires publicitaires, quels qu'ils soient.

S. Martin

> Nous vous informons qu'un tiers non autorisé a eu accès à l'une de nos bases de données clients.
> Nous avons signalé l'incident à l'Autorité de protection des données.
""", "Sylvie Martin"),
        ("other", (),
         "Demande d'interview - incident de sécurité",
         """Bonjour,

Je suis journaliste pour un quotidien francophone et je prépare un article sur la fuite de données que vous avez annoncée à vos clients cette semaine. Pourriez-vous me mettre en contact avec un porte-parole ? Je souhaiterais notamment connaître le nombre de clients concernés.

Bien à vous,
Camille Hermans
""", "Camille Hermans"),
        ("deletion", (),
         "Suppression de mon compte",
         """Bonjour,

Après votre message sur la fuite de données, je n'ai plus confiance. Merci de fermer mon compte client et d'effacer toutes mes données personnelles, y compris ma carte de fidélité.

Cordialement,
Thierry Collard
""", "Thierry Collard"),
        ("complaint", ("access",),
         "Re: Informations importantes concernant vos données personnelles",
         """Bonjour,

Je vous ai écrit le 17 novembre pour savoir quelles données me concernant avaient été volées. Une semaine plus tard, toujours aucune réponse, pas même un accusé de réception. C'est vraiment se moquer des clients.

Je répète donc ma demande : envoyez-moi la liste de mes données qui se trouvaient dans cette base.

Véronique Gillet

Le lun. 16 nov. 2026 à 10:03, Shop <privacy@shop.example.be> a écrit :
> Chère cliente, cher client,
> Nous vous informons qu'un tiers non autorisé a eu accès à l'une de nos bases de données clients.
""", "Véronique Gillet"),
        ("correction", (),
         "Adresse à mettre à jour",
         """Bonjour,

Votre courrier concernant l'incident a été envoyé à mon ancienne adresse. Pouvez-vous corriger mes coordonnées : ma nouvelle adresse est Avenue Louise 250, 1050 Ixelles, et mon numéro de téléphone est le 0476 12 34 56.

Merci,
Arnaud Delvaux
""", "Arnaud Delvaux"),
        ("other", (),
         "Merci pour votre transparence",
         """Bonjour,

Je voulais simplement vous remercier d'avoir prévenu vos clients aussi clairement. Ce n'est pas agréable mais c'est la bonne façon de faire. Bon courage à vos équipes.

Cordialement,
Françoise
""", "Françoise Wauters"),
    ],

    "de": [
        ("complaint", ("deletion",),
         "AW: Wichtige Informationen zu Ihren personenbezogenen Daten",
         """Guten Tag,

das ist eine Frechheit. Sie teilen mir per Rundmail mit, dass Name, Adresse, Telefonnummer und meine komplette Bestellhistorie abgeflossen sind, und das war's? Keine Entschuldigung, keine Erklärung, wie das passieren konnte?

Ich verlange die sofortige Löschung meines Kundenkontos und aller meiner Daten.

Mit freundlichen Grüßen
Stefan Krüger

Von: Shop <privacy@shop.example.be>
Gesendet: Montag, 16. November 2026 10:05
An: stefan.krueger@example.de
Betreff: Wichtige Informationen zu Ihren personenbezogenen Daten

Sehr geehrte Kundin, sehr geehrter Kunde,
wir möchten Sie darüber informieren, dass sich Unbefugte Zugriff auf eine unserer Kundendatenbanken verschafft haben...
""", "Stefan Krüger"),
        ("access", (),
         "Auskunft nach Art. 15 DSGVO",
         """Sehr geehrte Damen und Herren,

bezugnehmend auf Ihre Mitteilung vom 16.11.2026 bitte ich um Auskunft gemäß Art. 15 DSGVO über alle zu meiner Person gespeicherten Daten. Bitte teilen Sie mir insbesondere mit, welche meiner Daten in der betroffenen Datenbank gespeichert waren.

Mit freundlichen Grüßen
Dr. Claudia Weber
Kundennummer 5520148
""", "Claudia Weber"),
        ("other", (),
         "Ist die Mail echt?",
         """Hallo,

ich habe heute eine Mail mit dem Betreff "Wichtige Informationen zu Ihren personenbezogenen Daten" bekommen. Ist die wirklich von Ihnen? Da steht ja selbst drin, man soll vor Phishing aufpassen, deshalb bin ich etwas misstrauisch.

Gruß
Uwe
""", "Uwe Schneider"),
        ("complaint", ("access", "objection"),
         "Beschwerde wegen Datenleck",
         """Sehr geehrte Damen und Herren,

hiermit beschwere ich mich förmlich über den Umgang mit meinen Daten. Seit Ihrer Benachrichtigung erhalte ich Betrugsanrufe von Leuten, die meinen Namen und meine Adresse kennen. Ihre Mitteilung sagt nichts darüber, wann der Angriff stattfand und was Sie unternommen haben.

Ich fordere Sie auf,
1. mir mitzuteilen, welche Daten über mich gespeichert sind und welche davon betroffen waren,
2. die Verwendung meiner Daten für Werbung und Profiling ab sofort einzustellen.

Ich behalte mir vor, Schadensersatz nach Art. 82 DSGVO geltend zu machen und mich an die Datenschutzbehörde zu wenden.

Mit freundlichen Grüßen
Andreas Hoffmann
Eupen
""", "Andreas Hoffmann"),
        ("withdraw_consent", (),
         "Newsletter abbestellen",
         """Hallo,

nach der Sache mit dem Datenleck möchte ich Ihren Newsletter nicht mehr bekommen. Ich widerrufe meine Einwilligung in den Erhalt von Werbemails. Bitte austragen.

Danke
Sabine Koch
""", "Sabine Koch"),
        ("other", (),
         "Presseanfrage",
         """Sehr geehrte Damen und Herren,

ich recherchiere für ein Online-Magazin zu IT-Sicherheit über den Vorfall, den Sie Ihren Kunden am 16. November gemeldet haben. Wären Sie bereit, einige Fragen zu beantworten, z. B. zur Zahl der Betroffenen und zum Angriffsweg?

Beste Grüße
Lena Braun
""", "Lena Braun"),
        ("deletion", (),
         "Konto löschen",
         """hallo, bitte mein konto löschen und alle daten von mir, ich vertrau euch nach dem hack nicht mehr. danke

Jürgen Bauer
""", "Jürgen Bauer"),
        ("complaint", ("deletion",),
         "AW: Wichtige Informationen zu Ihren personenbezogenen Daten",
         """Ganz toll. "Seien Sie vorsichtig bei Phishing." Danke auch, ich hab schon drei SMS bekommen, angeblich von DHL, mit meinem vollen Namen. Wie konnte so etwas überhaupt passieren?? Wofür zahlt man eigentlich?

Ich will eine Entschädigung und dass mein Konto gelöscht wird.

M. Schulz

> Sehr geehrte Kundin, sehr geehrter Kunde,
> wir möchten Sie darüber informieren, dass sich Unbefugte Zugriff auf eine unserer Kundendatenbanken verschafft haben.
> Passwörter und Zahlungsdaten sind nicht betroffen.
""", "Martin Schulz"),
        ("restriction", (),
         "Einschränkung der Verarbeitung",
         """Sehr geehrte Damen und Herren,

ich beantrage gemäß Art. 18 DSGVO die Einschränkung der Verarbeitung meiner personenbezogenen Daten, bis Ihre Untersuchung des Sicherheitsvorfalls abgeschlossen ist. Bitte löschen Sie die Daten nicht, sondern sperren Sie sie bis dahin und verwenden Sie sie für keine Zwecke.

Mit freundlichen Grüßen
Katrin Vogel
""", "Katrin Vogel"),
        ("other", (),
         "Angebot: Unterstützung bei der Aufarbeitung",
         """Guten Tag,

ich bin freiberuflicher Sicherheitsforscher und habe von Ihrem Vorfall gelesen. Mir ist aufgefallen, dass auf Ihrer Website keine security.txt hinterlegt ist. Falls Sie Unterstützung bei einer forensischen Analyse oder einem Penetrationstest brauchen, melden Sie sich gern.

Viele Grüße
Felix Richter
""", "Felix Richter"),
    ],

    "es": [
        ("complaint", ("deletion",),
         "RE: Información importante sobre sus datos personales",
         """Buenas,

Me parece una vergüenza. Me entero por un correo genérico de que mi nombre, mi dirección, mi teléfono y mis pedidos están en manos de un hacker. ¿Cómo ha podido pasar esto?

Quiero que borren mi cuenta y todos mis datos inmediatamente.

Carmen Ruiz

El lun, 16 nov 2026 a las 10:06, Shop (<privacy@shop.example.be>) escribió:
> Estimado cliente:
> Le informamos de que un tercero no autorizado ha accedido a una de nuestras bases de datos de clientes. Los datos afectados incluyen nombres, direcciones de correo electrónico y postales, números de teléfono e historial de pedidos.
""", "Carmen Ruiz"),
        ("access", (),
         "Solicitud de acceso a mis datos",
         """Hola,

Después de su aviso del 16 de noviembre, me gustaría saber exactamente qué datos míos estaban en esa base de datos. Por favor, envíenme una copia de todos los datos personales que tienen sobre mí (artículo 15 del RGPD).

Gracias,
Javier Moreno
""", "Javier Moreno"),
        ("other", (),
         "¿Este correo es real?",
         """hola, me ha llegado un correo vuestro sobre mis datos personales y no se si es verdad o es phishing. me podeis confirmar que lo habeis mandado vosotros? no he pinchado en nada.
gracias
Lucía
""", "Lucía Fernández"),
        ("complaint", ("access", "objection"),
         "Reclamación por la brecha de seguridad",
         """Muy señores míos:

Por medio del presente quiero presentar una reclamación formal por la brecha de datos que me comunicaron el 16 de noviembre. Desde entonces recibo llamadas sospechosas de personas que conocen mi nombre y mi dirección.

Les solicito:
- que me indiquen qué datos personales míos tratan y cuáles se vieron afectados;
- que dejen de utilizar mis datos para publicidad y que no los cedan a ningún socio comercial.

De no recibir respuesta, acudiré a la autoridad de protección de datos y reclamaré una indemnización.

Atentamente,
Alberto Gómez Sanz
""", "Alberto Gómez Sanz"),
        ("withdraw_consent", (),
         "RE: Información importante sobre sus datos personales",
         """Por favor, daros de baja de la newsletter y de cualquier correo publicitario. Retiro mi consentimiento.

Elena

-----Mensaje original-----
De: Shop <privacy@shop.example.be>
Enviado el: lunes, 16 de noviembre de 2026 10:06
Para: elena.navarro@example.es
Asunto: Información importante sobre sus datos personales
""", "Elena Navarro"),
        ("other", (),
         "Consulta de prensa",
         """Hola,

Soy periodista y estoy escribiendo un artículo sobre la filtración de datos que han comunicado a sus clientes esta semana. ¿Podrían decirme cuántos clientes se han visto afectados y cuándo detectaron el acceso?

Un saludo,
Pablo Ortega
""", "Pablo Ortega"),
        ("deletion", (),
         "Eliminar cuenta",
         """Hola,

Después de lo del hackeo ya no me fío. Quiero darme de baja como cliente: eliminad mi cuenta y todos mis datos personales, por favor. Confirmadme cuando esté hecho.

Raúl Castillo
""", "Raúl Castillo"),
        ("complaint", (),
         "RE: Información importante sobre sus datos personales",
         """Ah genial, "tenga cuidado con el phishing". Gracias por el consejo, teniendo en cuenta que gracias a vosotros los estafadores ya tienen mi móvil. Ya me han llegado tres SMS falsos de "Correos" con mi nombre completo.

Esto es inaceptable y pienso denunciaros ante la autoridad de protección de datos.

Marta

> Estimado cliente:
> Le informamos de que un tercero no autorizado ha accedido a una de nuestras bases de datos de clientes.
""", "Marta Iglesias"),
        ("correction", (),
         "Dirección antigua",
         """Buenos días,

El aviso sobre la brecha me llegó a una dirección antigua, de cuando vivía en Lieja. Les pido que actualicen mis datos: mi dirección actual es Chaussée de Wavre 45, 1050 Ixelles, y mi teléfono 0487 65 43 21.

Gracias,
Sergio Delgado
""", "Sergio Delgado"),
        ("other", (),
         "Gracias por avisar",
         """Hola,

Solo quería decir que agradezco que hayan informado con transparencia. No es agradable, pero mejor saberlo. Ánimo.

Saludos,
Isabel
""", "Isabel Romero"),
    ],

    "it": [
        ("complaint", ("deletion", "withdraw_consent"),
         "R: Informazioni importanti sui tuoi dati personali",
         """Buongiorno,

trovo inaccettabile quello che è successo. Nome, indirizzo, telefono e tutti i miei ordini in mano a degli hacker e voi mi mandate una mail standard? Come è potuto succedere?

Vi chiedo di cancellare il mio account e tutti i miei dati, e revoco il consenso alla newsletter.

Giulia Rossi

Il giorno lun 16 nov 2026 alle ore 10:07 Shop <privacy@shop.example.be> ha scritto:
> Gentile cliente,
> ti informiamo che un soggetto non autorizzato ha avuto accesso a uno dei nostri database clienti. I dati coinvolti comprendono nomi, indirizzi e-mail e postali, numeri di telefono e storico degli ordini.
""", "Giulia Rossi"),
        ("access", (),
         "Richiesta di accesso ai dati",
         """Gentili signori,

in seguito alla vostra comunicazione del 16 novembre, chiedo di sapere quali dei miei dati personali si trovavano nel database violato. Vi chiedo inoltre, ai sensi dell'art. 15 del GDPR, una copia di tutti i dati che conservate su di me.

Cordiali saluti,
Marco Bianchi
""", "Marco Bianchi"),
        ("other", (),
         "mail vera o truffa?",
         """Salve, ho ricevuto una mail a nome vostro sui miei dati personali, volevo sapere se è vera o se è un tentativo di phishing. Non ho cliccato niente. Grazie
Anna
""", "Anna Ferri"),
        ("complaint", ("access",),
         "Sollecito - nessuna risposta",
         """Buongiorno,

vi ho scritto il 17 novembre per sapere quali miei dati erano stati rubati e non ho ricevuto alcuna risposta. Trovo molto scorretto questo comportamento, soprattutto dopo una violazione del genere.

Rinnovo la richiesta: voglio sapere quali dati avete su di me. Se non ricevo risposta, mi rivolgerò all'autorità per la protezione dei dati.

Roberto Greco
""", "Roberto Greco"),
        ("objection", (),
         "R: Informazioni importanti sui tuoi dati personali",
         """Mi oppongo all'uso dei miei dati per marketing e profilazione, e non voglio che vengano condivisi con i vostri partner pubblicitari o con chiunque altro.

Paola Conti

> Gentile cliente,
> ti informiamo che un soggetto non autorizzato ha avuto accesso a uno dei nostri database clienti.
""", "Paola Conti"),
        ("other", (),
         "Richiesta stampa",
         """Buongiorno,

sono una giornalista e sto scrivendo un articolo sulla violazione di dati che avete comunicato ai clienti. Potreste indicarmi un referente per qualche domanda sul numero di clienti coinvolti e sulle misure adottate?

Grazie,
Chiara Marino
""", "Chiara Marino"),
        ("deletion", (),
         "Cancellazione account",
         """Salve,
dopo la vostra mail sull'attacco non mi fido più. Chiudete il mio account e cancellate tutti i miei dati personali, anche la carta fedeltà. Grazie

Luca Esposito
""", "Luca Esposito"),
        ("complaint", ("restriction",),
         "Reclamo formale",
         """Spett.le società,

con la presente presento reclamo formale per la violazione dei dati comunicata il 16 novembre 2026. La vostra comunicazione non indica quando è avvenuto l'attacco né quali misure avete preso. Da allora ricevo telefonate sospette.

Chiedo inoltre che i miei dati non vengano utilizzati in alcun modo fino alla conclusione delle vostre indagini.

Mi riservo di chiedere il risarcimento del danno.

Distinti saluti,
Francesca Ricci
""", "Francesca Ricci"),
        ("correction", (),
         "Aggiornamento indirizzo",
         """Buongiorno,

la vostra lettera sulla violazione è arrivata al mio vecchio indirizzo. Vi prego di correggerlo nei vostri archivi: il nuovo indirizzo è Rue Royale 20, 1000 Bruxelles.

Grazie,
Davide Gallo
""", "Davide Gallo"),
        ("other", (),
         "Grazie per la trasparenza",
         """Buongiorno,

volevo solo ringraziarvi per aver informato i clienti in modo chiaro. Non è piacevole, ma apprezzo l'onestà.

Saluti,
Elisa
""", "Elisa Moretti"),
    ],

    "pt": [
        ("complaint", ("deletion",),
         "RE: Informações importantes sobre os seus dados pessoais",
         """Bom dia,

Isto é inaceitável. Recebo um email a dizer que o meu nome, morada, telefone e histórico de encomendas foram acedidos por um pirata informático, e é só isto? Como é que isto foi possível?

Exijo que apaguem a minha conta e todos os meus dados.

Ana Sousa

Em seg., 16/11/2026 às 10:08, Shop <privacy@shop.example.be> escreveu:
> Caro(a) cliente,
> Informamos que um terceiro não autorizado acedeu a uma das nossas bases de dados de clientes. Os dados em causa incluem nomes, endereços de email e postais, números de telefone e histórico de encomendas.
""", "Ana Sousa"),
        ("access", (),
         "Pedido de acesso aos meus dados",
         """Olá,

Na sequência do vosso email de 16 de novembro, gostaria de saber exatamente que dados meus estavam na base de dados afetada. Peço uma cópia de todos os dados pessoais que têm sobre mim, ao abrigo do artigo 15.º do RGPD.

Obrigado,
Rui Ferreira
""", "Rui Ferreira"),
        ("other", (),
         "Este email é verdadeiro?",
         """ola, recebi um email vosso sobre dados pessoais e nao sei se é verdadeiro ou phishing. podem confirmar que foram voces que enviaram? nao cliquei em nada
obrigada
Fernanda
""", "Fernanda Lima"),
        ("complaint", ("access", "objection"),
         "Reclamação - violação de dados",
         """Exmos. Senhores,

Venho por este meio apresentar reclamação formal relativamente à violação de dados pessoais que me foi comunicada a 16 de novembro. Desde então tenho recebido SMS fraudulentos com o meu nome e morada.

Solicito:
1. a indicação de todos os dados pessoais que tratam a meu respeito e quais foram afetados;
2. que deixem de usar os meus dados para marketing e não os partilhem com parceiros.

Caso não obtenha resposta, apresentarei queixa à autoridade de proteção de dados.

Com os melhores cumprimentos,
Joaquim Almeida
""", "Joaquim Almeida"),
        ("withdraw_consent", (),
         "RE: Informações importantes sobre os seus dados pessoais",
         """Retiro o meu consentimento para receber a newsletter e emails promocionais. Por favor removam-me da lista.

Cláudia

-----Mensagem original-----
De: Shop <privacy@shop.example.be>
Enviada: segunda-feira, 16 de novembro de 2026 10:08
Para: claudia.pereira@example.pt
Assunto: Informações importantes sobre os seus dados pessoais
""", "Cláudia Pereira"),
        ("other", (),
         "Pedido de informação - imprensa",
         """Bom dia,

Sou jornalista e estou a preparar uma notícia sobre a fuga de dados que comunicaram aos vossos clientes. Seria possível falar com um porta-voz sobre o número de clientes afetados?

Cumprimentos,
Tiago Martins
""", "Tiago Martins"),
        ("deletion", (),
         "Apagar conta",
         """Boa tarde,

Depois do ataque já não confio. Peço que encerrem a minha conta e apaguem todos os meus dados pessoais. Aguardo confirmação.

Paulo Rodrigues
""", "Paulo Rodrigues"),
        ("complaint", (),
         "RE: Informações importantes sobre os seus dados pessoais",
         """Que bonito. "Tenha cuidado com phishing." Obrigadinho, já recebi duas chamadas de burlões que sabiam a minha morada. Vocês são uma vergonha e vou fazer queixa à autoridade de proteção de dados.

M. Costa

> Caro(a) cliente,
> Informamos que um terceiro não autorizado acedeu a uma das nossas bases de dados de clientes.
""", "Manuel Costa"),
        ("correction", (),
         "Morada desatualizada",
         """Olá,

A vossa carta sobre o incidente foi enviada para a minha morada antiga. Por favor corrijam para: Rue de Namur 33, 1000 Bruxelas. O meu telemóvel também mudou, agora é +32 470 11 22 33.

Obrigada,
Beatriz Santos
""", "Beatriz Santos"),
        ("other", (),
         "Obrigado pela transparência",
         """Olá,

Só queria agradecer por terem avisado os clientes com clareza. Não é agradável, mas prefiro saber. Força para a equipa.

Cumprimentos,
Helena
""", "Helena Carvalho"),
    ],
}

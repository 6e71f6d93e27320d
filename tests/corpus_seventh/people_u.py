"""Seventh set, people: replies in threads with the privacy team. Written apart from the rules (see make_seventh.py)."""

PEOPLE_U = {
    "en": [
        ("deletion", (), "Re: Your request PR-2025-0412 - please verify your identity",
"""483-112

The link didn't open on my phone so here's the code instead. Please go ahead and close the account and get rid of whatever you've got on me, that was the whole point.

Dave

On Mon, 3 Mar 2025 at 10:12, Privacy Team <privacy@shop.example.be> wrote:
> Dear customer,
>
> We received your request (ref. PR-2025-0412) to erase your personal data.
> To protect your data we must first verify your identity: click the link
> below or reply with the code 483-112 within 14 days.
>
> https://shop.example.be/privacy/verify?t=8f2c91
>
> Kind regards,
> The Privacy Team
""", "Dave Hollings"),
        ("deletion", ("withdraw_consent",), "RE: Your personal data export is ready",
"""Hi,

Got the file, thanks. Having seen how much is in there (every single thing I've looked at since 2019??) I'd rather you didn't keep any of it. Please wipe the lot, account included, and I don't want the weekly promo emails either from now on.

Regards
Priya Raman

From: Privacy Team <privacy@shop.example.be>
Sent: Tuesday, 11 February 2025 14:03
To: priya.raman@outlook.com
Subject: Your personal data export is ready

Dear Ms Raman,

Your request for a copy of your personal data (ref. PR-2025-0187) has been completed; the export is attached as a ZIP file.

If you have any questions, simply reply to this e-mail.

Privacy Team
shop.example.be
""", "Priya Raman"),
        ("complaint", ("deletion",), "Re: We need more information about your request",
"""I answered your question below on the 14th of January. It is now the end of February. Six weeks and not a word, and I'm still getting your emails, which tells me my account is very much still there.

I asked you to erase my details. That is not complicated. I'd like this done this week and a written confirmation, otherwise I'll be taking it up with the Belgian data protection authority — I've already found the form on their website.

M. Carver

On Tue, 14 Jan 2025 at 11:02, Mark Carver <mcarver62@btinternet.com> wrote:

> It's mcarver62@btinternet.com, the old one. Please proceed.
>
> On Thu, 9 Jan 2025 at 16:40, Privacy Team <privacy@shop.example.be> wrote:
>
>> Dear Mr Carver,
>>
>> Thank you for your message. We need more information: which e-mail
>> address did you use for your account?
>>
>> Best regards,
>> Privacy Team
""", "Mark Carver"),
        ("correction", (), "Re: Your personal data export is ready",
"""hello, thanks for sending this so quick

one thing tho, the file still has me at 14 Rue des Tanneurs in Liège. I moved out of there over a year ago, it should be 27 Avenue Brugmann, 1060 Saint-Gilles. Could you change that on your side? Don't want the next parcel going to my old flat lol

cheers
Tom

Sent from my iPhone

> On 21 Mar 2025, at 09:15, Privacy Team <privacy@shop.example.be> wrote:
>
> Dear customer,
>
> Your request for a copy of your personal data has been completed. The export is attached.
>
> Privacy Team
""", "Tom Verhaegen"),
        ("withdraw_consent", (), "Re: Spring is here 🌷 -20% on all garden furniture",
"""Please take me off this list. I signed up once for a discount code and have regretted it ever since.

Thanks,
Jen

On Fri, 14 Mar 2025, 08:00 shop.example.be <news@shop.example.be> wrote:

> Spring is here! Enjoy 20% off all garden furniture until Sunday.
> Shop now >>
>
> You receive this e-mail because you subscribed to our newsletter.
> Questions about your data? privacy@shop.example.be
""", "Jennifer Oakes"),
        ("other", (), "Re: Your data has been corrected",
"""Brilliant, that's sorted then. Thanks very much for the quick turnaround, much appreciated.

All the best,
Harriet

On Wed, 2 Apr 2025 at 17:22, Privacy Team <privacy@shop.example.be> wrote:
> Dear Ms Lowe,
>
> Your data has been corrected as requested (ref. PR-2025-0533). Your new
> delivery address is now used for all future orders.
>
> Kind regards,
> Privacy Team
""", "Harriet Lowe"),
        ("other", (), "RE: Your request PR-2025-0608 - identity verification",
"""Hello,

Bit of a strange one - I never asked you for anything, so I think this was either my son messing about on my account or someone mistyped. Either way I'm not bothered, you can just close the ticket and forget about it.

While I have you though: order 100234871 (the parasol base) was meant to arrive last Thursday and the tracking hasn't moved since. Any idea?

Thanks
Graham Pike

-----Original Message-----
From: Privacy Team <privacy@shop.example.be>
Sent: 07 April 2025 10:31
To: graham.pike@gmail.com
Subject: Your request PR-2025-0608 - identity verification

Dear customer,

We received your request (ref. PR-2025-0608) for access to your personal data. To protect your data we must first verify your identity: click the link below or reply with the code 702-958 within 14 days.

Privacy Team
""", "Graham Pike"),
    ],
    "nl": [
        ("access", (), "Antw: Uw verzoek PR-2025-0391 - bijkomende informatie nodig",
"""Goedemiddag,

Het adres dat ik bij jullie gebruikte is els.vandamme@telenet.be (niet dit gmail-adres, dat is nieuwer). Kunnen jullie dan nu dat overzicht sturen van wat er allemaal over mij bewaard wordt?

Met vriendelijke groeten,
Els Vandamme

>>> Privacy Team <privacy@shop.example.be> 04/03/2025 09:47 >>>
Beste klant,

Wij hebben uw verzoek om inzage in uw persoonsgegevens goed ontvangen (ref. PR-2025-0391).
We hebben meer informatie nodig: welk e-mailadres hebt u gebruikt voor uw klantenaccount?

Met vriendelijke groet,
Het Privacyteam
shop.example.be
""", "Els Vandamme"),
        ("deletion", (), "Re: Uw gegevens werden aangepast",
"""Dank u, het nieuwe adres staat er nu goed in.

Maar eigenlijk, nu ik erover nadenk: ik bestel sowieso bijna niets meer bij jullie. Mogen jullie mijn account gewoon helemaal opheffen, klantenkaart inbegrepen? Ik heb liever niet dat mijn gegevens nog ergens rondslingeren.

Groetjes
Annemie

Op wo 12 mrt 2025 om 15:20 schreef Privacy Team <privacy@shop.example.be>:

> Beste mevrouw Claes,
>
> Uw gegevens werden aangepast zoals gevraagd. Uw nieuwe adres
> (Kerkstraat 8, 2960 Brecht) wordt vanaf nu gebruikt.
>
> Met vriendelijke groet,
> Privacyteam shop.example.be
""", "Annemie Claes"),
        ("complaint", (), "RE: Uw verzoek PR-2025-0455 tot verwijdering - verificatie",
"""Goedendag,

Ik krijg deze mail maar ik heb helemaal niks gevraagd. Iemand heeft blijkbaar met mijn e-mailadres een verzoek bij jullie ingediend. Dat vind ik echt verontrustend: hoe kan iemand anders dat zomaar doen, en wat heeft die persoon eventueel al te zien gekregen van mijn gegevens? Ik wil weten hoe dit gebeurd is en wat jullie doen om te voorkomen dat een vreemde aan mijn account kan.

Klik zeker NIET op die link namens mij, en verwijder mijn account niet.

Bart Peeters

Van: Privacy Team <privacy@shop.example.be>
Verzonden: maandag 17 maart 2025 11:05
Aan: bart.peeters@skynet.be
Onderwerp: Uw verzoek PR-2025-0455 tot verwijdering - verificatie

Beste klant,

Wij ontvingen uw verzoek (ref. PR-2025-0455) om uw persoonsgegevens te wissen. Om uw gegevens te beschermen moeten we eerst uw identiteit controleren: klik op de link hieronder of antwoord met de code 219-604 binnen 14 dagen.

Privacyteam
""", "Bart Peeters"),
        ("correction", (), "Re: Uw kopie van uw persoonsgegevens",
"""Hallo,

Bedankt voor het bestand. Ik zie wel dat mijn geboortedatum fout staat: 03/11/1978 in plaats van 11/03/1978 (dag en maand omgewisseld denk ik). Daardoor krijg ik mijn verjaardagskorting dus in november 😄 Kan dat rechtgezet worden?

Mvg,
Kristof De Smet

Op 25-03-2025 om 08:31 schreef Privacy Team:
> Beste heer De Smet,
>
> Uw verzoek om een kopie van uw persoonsgegevens is afgehandeld. U vindt de export in bijlage.
>
> Met vriendelijke groet,
> Het Privacyteam
""", "Kristof De Smet"),
        ("objection", (), "Re: Speciaal voor jou geselecteerd, Sofie!",
"""Die "speciaal voor jou geselecteerd" stoort me eerlijk gezegd. Ik heb één keer een tuinslang gekocht en sindsdien stellen jullie profieltjes op van wat ik zou willen. Ik wil niet dat mijn aankopen gebruikt worden om mij te analyseren en gerichte reclame te sturen. Gelieve daar mee te stoppen.

Sofie

Op vr 28 mrt 2025 om 07:02 schreef shop.example.be <news@shop.example.be>:

> Hallo Sofie,
> Op basis van je vorige aankopen hebben we deze producten speciaal voor jou geselecteerd:
> - Tuinslanghaspel Deluxe
> - Sproeier 8 standen
> Bekijk ze nu >>
>
> Je ontvangt deze mail omdat je ingeschreven bent op onze nieuwsbrief.
""", "Sofie Wouters"),
        ("other", (), "RE: Verificatie van uw verzoek PR-2025-0502",
"""Dag,

Sorry, dat was ik niet. Mijn vrouw heeft denk ik per ongeluk iets ingevuld op jullie site met mijn adres. Geen probleem verder, jullie mogen het gewoon laten vallen.

Groeten,
Luc

-----Oorspronkelijk bericht-----
Van: Privacy Team <privacy@shop.example.be>
Verzonden: dinsdag 1 april 2025 13:44
Aan: luc.jacobs@proximus.be
Onderwerp: Verificatie van uw verzoek PR-2025-0502

Beste klant,

Wij ontvingen uw verzoek (ref. PR-2025-0502) om uw gegevens over te dragen. Om uw gegevens te beschermen moeten we eerst uw identiteit controleren: antwoord met de code 557-031 binnen 14 dagen.

Privacyteam
""", "Luc Jacobs"),
        ("other", (), "Re: Uw export is klaar",
"""ontvangen, alles ok, bedankt!

Verstuurd vanaf mijn iPhone

> Op 2 apr. 2025 om 16:10 heeft Privacy Team <privacy@shop.example.be> het volgende geschreven:
>
> Beste klant,
> Uw verzoek om een kopie van uw persoonsgegevens is afgehandeld; de export zit in bijlage.
> Privacyteam
""", "Jonas Maes"),
    ],
    "fr": [
        ("portability", (), "RE : Votre demande PR-2025-0377 – vérification d'identité",
"""Bonjour,

Voici le code : 664-290.

Comme indiqué dans ma demande, je souhaite que mon historique de commandes et mes coordonnées soient envoyés dans un fichier exploitable (CSV ou JSON, peu importe) pour que je puisse les reprendre chez un autre commerçant. Si vous pouvez les transmettre directement à Jardiland, c'est encore mieux.

Bien cordialement,
Nathalie Lemaire

De : Privacy Team <privacy@shop.example.be>
Envoyé : lundi 10 mars 2025 10:12
À : nathalie.lemaire@hotmail.be
Objet : Votre demande PR-2025-0377 – vérification d'identité

Madame, Monsieur,

Nous avons bien reçu votre demande (réf. PR-2025-0377) relative à la portabilité de vos données personnelles. Afin de protéger vos données, nous devons d'abord vérifier votre identité : cliquez sur le lien ci-dessous ou répondez avec le code 664-290 dans un délai de 14 jours.

L'équipe Vie privée
""", "Nathalie Lemaire"),
        ("objection", (), "Re: Vos données personnelles – export",
"""Bonjour,

Merci pour le fichier. En le parcourant je découvre que mon adresse e-mail et mes achats sont « partagés avec des partenaires marketing ». Je n'ai jamais été d'accord avec ça. Je refuse que vous transmettiez quoi que ce soit me concernant à ces partenaires pour de la pub, à partir de maintenant.

Merci de me confirmer que c'est fait.

Philippe Dubois

Le mar. 18 mars 2025 à 14:35, Privacy Team <privacy@shop.example.be> a écrit :

> Cher client,
>
> Votre demande de copie de vos données personnelles a été traitée. Vous
> trouverez l'export en pièce jointe.
>
> Cordialement,
> L'équipe Vie privée
""", "Philippe Dubois"),
        ("complaint", ("access",), "RE : Demande d'informations complémentaires",
"""Madame, Monsieur,

Je vous ai répondu le 6 février, comme vous me l'aviez demandé, en vous donnant l'adresse utilisée pour mon compte. Depuis : rien. Pas d'accusé, pas de fichier, rien du tout. Le délai d'un mois est largement dépassé.

Je vous relance donc une dernière fois pour obtenir la liste des données que vous détenez à mon sujet. Sans réponse sous huit jours, je saisirai l'Autorité de protection des données.

Salutations,
C. Renard

De : Claire Renard <claire.renard@skynet.be>
Envoyé : jeudi 6 février 2025 19:02
À : Privacy Team
Objet : RE : Demande d'informations complémentaires

C'est claire.renard@skynet.be, la même que celle-ci.

De : Privacy Team <privacy@shop.example.be>
Envoyé : mercredi 5 février 2025 09:30
Objet : Demande d'informations complémentaires

Chère cliente,
Nous avons besoin d'informations complémentaires : quelle adresse e-mail avez-vous utilisée pour votre compte ?
L'équipe Vie privée
""", "Claire Renard"),
        ("correction", (), "Re: Vos données personnelles",
"""Bonjour

mon nom est mal orthographié partout dans votre fichier : vous avez mis "Gaelle Lefevre" sans tréma ni accent. C'est Gaëlle Lefèvre. Vous pouvez corriger svp ? Ça apparaît comme ça aussi sur les étiquettes de colis et dans le mail de la carte fidélité.

merci !
Gaëlle Lefèvre

> Le 24 mars 2025 à 11:08, Privacy Team <privacy@shop.example.be> a écrit :
>
> Chère cliente,
> Votre demande de copie de vos données personnelles a été finalisée ; l'export est en pièce jointe.
> L'équipe Vie privée
""", "Gaëlle Lefèvre"),
        ("withdraw_consent", (), "Re: 🌼 Nouveautés jardin : jusqu'à -30 %",
"""Bonjour, merci de me désinscrire, le lien en bas de page renvoie une erreur 404. Je ne veux plus recevoir vos promos.

Le ven. 21 mars 2025 à 07:00, shop.example.be <news@shop.example.be> a écrit :

> Nouveautés jardin : jusqu'à -30 % sur les salons de jardin, barbecues et plus encore !
> Découvrir >>
>
> Vous recevez cet e-mail car vous êtes inscrit(e) à notre newsletter. Se désinscrire
""", "Marc Hubert"),
        ("other", (), "Re: Vos données ont été rectifiées",
"""Bonjour,

Parfait, merci beaucoup. Petite question au passage : ma commande n° 100245512 (la table de jardin en teck) est indiquée « en préparation » depuis dix jours. Savez-vous quand elle partira ? Ou dois-je écrire au service client ?

Bonne journée,
Sandrine

Le mer. 26 mars 2025 à 16:41, Privacy Team <privacy@shop.example.be> a écrit :
> Chère cliente,
> Vos données ont été rectifiées (réf. PR-2025-0510).
> Cordialement,
> L'équipe Vie privée
""", "Sandrine Gilson"),
        ("other", (), "RE: Votre demande est clôturée",
"""Bien reçu, merci pour votre rapidité. Bonne continuation.

Jean-Pierre Collard

Envoyé de mon iPad

> Le 31 mars 2025 à 09:55, Privacy Team <privacy@shop.example.be> a écrit :
>
> Cher client,
> Conformément à votre demande (réf. PR-2025-0489), votre compte et les données associées ont été supprimés.
> L'équipe Vie privée
""", "Jean-Pierre Collard"),
    ],
    "de": [
        ("deletion", (), "AW: Ihre Anfrage PR-2025-0420 – Bestätigung Ihrer Identität",
"""Guten Tag,

der Link ist bei mir leider schon abgelaufen, deshalb hier der Code: 391-877

Bitte löschen Sie mein Kundenkonto jetzt wie beantragt, inkl. Bestellhistorie soweit gesetzlich möglich.

Mit freundlichen Grüßen
Jürgen Schäfer

-----Ursprüngliche Nachricht-----
Von: Privacy Team <privacy@shop.example.be>
Gesendet: Montag, 3. März 2025 10:12
An: j.schaefer@web.de
Betreff: Ihre Anfrage PR-2025-0420 – Bestätigung Ihrer Identität

Sehr geehrte Kundin, sehr geehrter Kunde,

wir haben Ihre Anfrage (Ref. PR-2025-0420) auf Löschung Ihrer personenbezogenen Daten erhalten. Zum Schutz Ihrer Daten müssen wir zunächst Ihre Identität überprüfen: Klicken Sie auf den untenstehenden Link oder antworten Sie innerhalb von 14 Tagen mit dem Code 391-877.

Ihr Datenschutzteam
""", "Jürgen Schäfer"),
        ("restriction", (), "AW: Ihre Datenauskunft",
"""Hallo,

danke für die Auskunft. Kurzer Hinweis, bevor jemand bei Ihnen auf die Idee kommt, aufzuräumen: Wegen der kaputten Gartenpumpe (Bestellung 100219930) läuft gerade eine Auseinandersetzung mit meinem Anwalt. Ich brauche die Daten also noch als Nachweis – bitte nichts löschen. Gleichzeitig möchte ich aber nicht, dass Sie sie bis zur Klärung für irgendetwas anderes verwenden. Einfach so liegen lassen, wie sie sind.

Grüße
Katrin Vogel

Am 12.03.2025 um 14:27 schrieb Privacy Team <privacy@shop.example.be>:
> Sehr geehrte Frau Vogel,
>
> Ihre Anfrage auf Auskunft über Ihre personenbezogenen Daten wurde abgeschlossen;
> den Export finden Sie im Anhang.
>
> Freundliche Grüße
> Ihr Datenschutzteam
""", "Katrin Vogel"),
        ("complaint", ("access",), "AW: AW: Wir benötigen weitere Informationen",
"""Sehr geehrte Damen und Herren,

auf Ihre untenstehende Rückfrage habe ich am 20. Januar geantwortet. Seitdem herrscht Funkstille. Die Frist nach Art. 12 Abs. 3 DSGVO ist damit abgelaufen.

Ich erwarte die Auskunft nun bis spätestens 14.03.2025. Andernfalls wende ich mich an die belgische Datenschutzbehörde (Gegevensbeschermingsautoriteit).

Mit freundlichen Grüßen
Dr. Stefan Brandt

Von: Stefan Brandt <stefan.brandt@gmx.de>
Gesendet: Montag, 20. Januar 2025 08:14
An: Privacy Team <privacy@shop.example.be>
Betreff: AW: Wir benötigen weitere Informationen

Das Konto läuft auf s.brandt@gmx.de.

Von: Privacy Team <privacy@shop.example.be>
Gesendet: Freitag, 17. Januar 2025 15:50
Betreff: Wir benötigen weitere Informationen

Sehr geehrter Herr Brandt,
wir benötigen weitere Informationen: Welche E-Mail-Adresse haben Sie für Ihr Kundenkonto verwendet?
Ihr Datenschutzteam
""", "Stefan Brandt"),
        ("correction", (), "Re: Ihre personenbezogenen Daten – Export",
"""Hallo zusammen,

im Export steht noch mein Mädchenname (Sabine Krüger). Ich heiße seit letztem Sommer Sabine Hoffmann. Könnten Sie das im Konto und auf der Kundenkarte ändern? E-Mail bleibt gleich.

Danke & liebe Grüße
Sabine

Am Di., 18. März 2025 um 09:03 Uhr schrieb Privacy Team <privacy@shop.example.be>:

> Sehr geehrte Kundin,
>
> Ihre Anfrage auf eine Kopie Ihrer personenbezogenen Daten wurde
> abgeschlossen. Der Export ist angehängt.
>
> Ihr Datenschutzteam
""", "Sabine Hoffmann"),
        ("objection", (), "AW: Nur heute: Gratis Versand ab 30 €",
"""Hiermit widerspreche ich jeglicher Nutzung meiner Daten für Werbezwecke – per Mail genauso wie per Post. Der Katalog letzte Woche kam auch ungefragt, und ich will auch nicht, dass meine Adresse dafür an irgendwelche Partnerfirmen geht.

H. Neumann

-----Ursprüngliche Nachricht-----
Von: shop.example.be <news@shop.example.be>
Gesendet: Mittwoch, 19. März 2025 07:00
An: h.neumann@t-online.de
Betreff: Nur heute: Gratis Versand ab 30 €

Nur heute: Gratis Versand ab 30 € Bestellwert! Jetzt entdecken >>
Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.
""", "Helga Neumann"),
        ("other", (), "AW: Ihre Daten wurden berichtigt",
"""Vielen Dank, passt alles.

Schönes Wochenende!
Andreas Keller

Von meinem iPhone gesendet

> Am 28.03.2025 um 16:55 schrieb Privacy Team <privacy@shop.example.be>:
>
> Sehr geehrter Herr Keller,
> Ihre Daten wurden berichtigt (Ref. PR-2025-0541).
> Ihr Datenschutzteam
""", "Andreas Keller"),
        ("other", (), "AW: Ihre Anfrage ist abgeschlossen",
"""Hallo,

danke für die Erledigung. Noch eine Frage, die nichts mit Datenschutz zu tun hat: Ich hatte vorher noch den Rasenmäher-Ersatzakku bestellt (Bestellnr. 100251178), der ist nicht angekommen. Laut DHL wurde er „an einen Nachbarn zugestellt“, ich weiß aber nicht an welchen. Können Sie das bitte klären oder an den Kundenservice weitergeben?

Gruß
Martin Lorenz

Am 01.04.2025 um 11:20 schrieb Privacy Team:
> Sehr geehrter Herr Lorenz,
> Ihre Anfrage (Ref. PR-2025-0560) ist abgeschlossen; Ihre Einwilligung in den Newsletter wurde widerrufen.
> Ihr Datenschutzteam
""", "Martin Lorenz"),
    ],
    "es": [
        ("access", (), "RE: Su solicitud PR-2025-0398: necesitamos más información",
"""Hola,

El correo con el que me registré es lucia.moreno.g@yahoo.es. Quedo a la espera de que me digáis qué datos tenéis guardados míos y para qué los usáis.

Un saludo,
Lucía Moreno

De: Privacy Team <privacy@shop.example.be>
Enviado: miércoles, 5 de marzo de 2025 12:40
Para: lucia.moreno@gmail.com
Asunto: Su solicitud PR-2025-0398: necesitamos más información

Estimada clienta:

Hemos recibido su solicitud de acceso a sus datos personales (ref. PR-2025-0398). Necesitamos más información: ¿qué dirección de correo electrónico utilizó para su cuenta?

Atentamente,
El equipo de Privacidad
""", "Lucía Moreno"),
        ("portability", (), "Re: Copia de sus datos personales",
"""Buenas,

Gracias por el PDF, pero la verdad es que así no me sirve de mucho. Me voy a pasar a otra tienda y me gustaría llevarme mi historial de compras y mis listas de favoritos. ¿Me lo podéis mandar en un Excel o CSV, algo que se pueda importar? O si lo podéis enviar vosotros directamente a ellos, mejor.

Gracias,
Javier

El mar, 11 mar 2025 a las 17:05, Privacy Team (<privacy@shop.example.be>) escribió:

> Estimado cliente:
>
> Su solicitud de copia de sus datos personales se ha completado; adjuntamos
> la exportación en formato PDF.
>
> Atentamente,
> El equipo de Privacidad
""", "Javier Ruiz Castaño"),
        ("complaint", ("deletion",), "RE: RE: Verificación de identidad – solicitud PR-2025-0150",
"""Buenos días:

Os mandé el código el 27 de enero, como pedíais (lo tenéis aquí abajo). Han pasado casi dos meses y mi cuenta sigue activa, sigo recibiendo la newsletter y nadie me ha contestado. Me parece una falta de seriedad.

Quiero que borréis mi cuenta ya. Si esta semana no tengo confirmación, presentaré una reclamación ante la autoridad de protección de datos.

Carmen Ortega Vidal

De: Carmen Ortega <c.ortega.vidal@gmail.com>
Enviado: lunes, 27 de enero de 2025 9:14
Para: Privacy Team <privacy@shop.example.be>
Asunto: RE: Verificación de identidad – solicitud PR-2025-0150

Código: 845-306

De: Privacy Team <privacy@shop.example.be>
Enviado: viernes, 24 de enero de 2025 16:02
Asunto: Verificación de identidad – solicitud PR-2025-0150

Hemos recibido su solicitud (ref. PR-2025-0150) de supresión de sus datos personales. Para proteger sus datos debemos verificar primero su identidad: haga clic en el enlace o responda con el código 845-306 en un plazo de 14 días.
""", "Carmen Ortega Vidal"),
        ("correction", (), "Re: Su exportación de datos está lista",
"""hola, en el archivo sale mi móvil como 612 34 56 87 y es 612 34 56 78, por eso el repartidor no me localiza nunca jaja. lo podeis cambiar? gracias

Enviado desde mi Galaxy

-------- Mensaje original --------
De: Privacy Team <privacy@shop.example.be>
Fecha: 19/3/25 10:30 (GMT+01:00)
Para: pablo.serrano92@hotmail.com
Asunto: Su exportación de datos está lista

Estimado cliente: su solicitud de copia de sus datos personales se ha completado. Adjuntamos la exportación.
""", "Pablo Serrano"),
        ("withdraw_consent", (), "RE: ¡Última oportunidad! Barbacoas al -25 %",
"""Hola, no quiero recibir más correos de este tipo. Me di de alta hace años y ya no me interesa. Dadme de baja, por favor.

Saludos
Mª Isabel

De: shop.example.be <news@shop.example.be>
Enviado: jueves, 20 de marzo de 2025 7:00
Asunto: ¡Última oportunidad! Barbacoas al -25 %

¡Última oportunidad! Todas las barbacoas al -25 % hasta el domingo.
Recibe este correo porque está suscrito a nuestro boletín.
""", "María Isabel Fuentes"),
        ("other", (), "Re: Sus datos han sido rectificados",
"""¡Muchas gracias! Todo correcto.

Un saludo,
Andrés

El jue, 27 mar 2025 a las 13:15, Privacy Team (<privacy@shop.example.be>) escribió:
> Estimado cliente:
> Sus datos han sido rectificados (ref. PR-2025-0529).
> El equipo de Privacidad
""", "Andrés Molina"),
        ("other", (), "RE: Verificación de su solicitud PR-2025-0577",
"""Hola,

Yo no he enviado ninguna solicitud, supongo que habrá sido mi hermano, que usa mi cuenta a veces para pedir cosas. No pasa nada, podéis ignorarla y cerrarla sin más.

Saludos,
Raúl Giménez

De: Privacy Team <privacy@shop.example.be>
Enviado: martes, 1 de abril de 2025 11:48
Asunto: Verificación de su solicitud PR-2025-0577

Hemos recibido su solicitud (ref. PR-2025-0577) de acceso a sus datos personales. Para proteger sus datos debemos verificar primero su identidad: responda con el código 130-962 en un plazo de 14 días.
""", "Raúl Giménez"),
    ],
    "it": [
        ("restriction", (), "R: Richiesta PR-2025-0402 - verifica dell'identità",
"""Buongiorno,

il codice è 508-143.

Ribadisco quanto chiesto: non voglio che cancelliate i miei dati, mi servono per la contestazione sul rimborso che ho aperto con la mia banca. Però finché la cosa non è chiusa, per favore non usateli per nient'altro. Teneteli fermi così come sono.

Cordiali saluti
Francesca Galli

-----Messaggio originale-----
Da: Privacy Team <privacy@shop.example.be>
Inviato: lunedì 3 marzo 2025 10:12
A: francesca.galli@libero.it
Oggetto: Richiesta PR-2025-0402 - verifica dell'identità

Gentile cliente,

abbiamo ricevuto la sua richiesta (rif. PR-2025-0402) di limitazione del trattamento dei suoi dati personali. Per proteggere i suoi dati dobbiamo prima verificare la sua identità: clicchi sul link qui sotto oppure risponda con il codice 508-143 entro 14 giorni.

Il team Privacy
""", "Francesca Galli"),
        ("access", (), "Re: I suoi dati sono stati rettificati",
"""Grazie per la correzione.

Già che ci siamo, vorrei capire meglio cosa avete su di me: quali informazioni conservate, da dove le avete prese e a chi le avete passate. Mi mandate un riepilogo?

Saluti,
Roberto Mancini

Il giorno mer 12 mar 2025 alle ore 15:20 Privacy Team <privacy@shop.example.be> ha scritto:

> Gentile cliente,
> i suoi dati sono stati rettificati come richiesto (rif. PR-2025-0466).
>
> Cordiali saluti,
> Il team Privacy
""", "Roberto Mancini"),
        ("complaint", ("correction",), "R: R: Abbiamo bisogno di ulteriori informazioni",
"""Buonasera,

vi ho risposto il 3 febbraio con l'indirizzo e-mail che mi avevate chiesto (vedi sotto). Da allora silenzio totale e il mio cognome sul conto è ancora sbagliato ("Rossì" invece di "Rossi"). Sono passate sei settimane.

Vi chiedo per l'ultima volta di correggerlo. Non capisco come possa volerci così tanto per una lettera.

Alessandra Rossi

-----Messaggio originale-----
Da: Alessandra Rossi <ale.rossi@gmail.com>
Inviato: lunedì 3 febbraio 2025 21:40
A: Privacy Team <privacy@shop.example.be>
Oggetto: R: Abbiamo bisogno di ulteriori informazioni

L'indirizzo del conto è ale.rossi@gmail.com.

-----Messaggio originale-----
Da: Privacy Team <privacy@shop.example.be>
Inviato: lunedì 3 febbraio 2025 09:02
Oggetto: Abbiamo bisogno di ulteriori informazioni

Gentile cliente, abbiamo bisogno di ulteriori informazioni: quale indirizzo e-mail ha utilizzato per il suo account?
""", "Alessandra Rossi"),
        ("correction", (), "Re: Copia dei suoi dati personali",
"""Salve, ho aperto il file e c'è ancora la vecchia via: Via Garibaldi 12, Torino. Adesso abito a Bruxelles, Rue de la Loi 155, 1040 Etterbeek. Potete aggiornarlo? Anche la data di nascita è sbagliata, è 7/9/1985.

Grazie mille
Giulia

Inviato da iPhone

> Il giorno 20 mar 2025, alle ore 09:47, Privacy Team <privacy@shop.example.be> ha scritto:
>
> Gentile cliente,
> la sua richiesta di copia dei dati personali è stata completata. In allegato trova l'esportazione.
> Il team Privacy
""", "Giulia Ferraro"),
        ("objection", (), "Re: Ciao Marco, abbiamo pensato a te 🌿",
"""Ho letto in fondo alla vostra informativa che le vostre newsletter contengono pixel che registrano quando le apro e su cosa clicco, e che poi ci fate dei profili. Non mi sta bene. Mi oppongo a questo tracciamento e alla profilazione sulla base dei miei acquisti.

Marco Bellini

Il giorno ven 21 mar 2025 alle ore 07:00 shop.example.be <news@shop.example.be> ha scritto:

> Ciao Marco,
> in base ai tuoi ultimi acquisti abbiamo pensato a te: vasi in terracotta -15%.
> Scopri >>
> Ricevi questa e-mail perché sei iscritto alla nostra newsletter.
""", "Marco Bellini"),
        ("other", (), "R: Richiesta completata",
"""Buongiorno, grazie.

Una domanda che non c'entra: il tavolo pieghevole ordinato il 10 marzo (ordine 100248830) è arrivato con una gamba rotta. Come faccio il reso? A chi devo scrivere?

Paolo Ricci

Da: Privacy Team <privacy@shop.example.be>
Inviato: mercoledì 26 marzo 2025 14:05
Oggetto: Richiesta completata

Gentile cliente, la sua richiesta (rif. PR-2025-0517) è stata completata: è stato cancellato dalla nostra newsletter.
""", "Paolo Ricci"),
        ("other", (), "Re: Export dei suoi dati pronto",
"""Ricevuto tutto, grazie mille per la velocità! Buona giornata

Chiara

Il giorno lun 31 mar 2025 alle ore 11:15 Privacy Team <privacy@shop.example.be> ha scritto:
> Gentile cliente,
> la sua richiesta di copia dei dati personali è stata completata; l'export è in allegato.
> Il team Privacy
""", "Chiara Esposito"),
    ],
    "pt": [
        ("access", (), "RE: O seu pedido PR-2025-0409 – verificação de identidade",
"""Bom dia,

O código é 736-045. Aguardo então a cópia dos meus dados, como pedi.

Com os melhores cumprimentos,
Rui Carvalho

De: Privacy Team <privacy@shop.example.be>
Enviada: segunda-feira, 3 de março de 2025 10:12
Para: rui.carvalho@sapo.pt
Assunto: O seu pedido PR-2025-0409 – verificação de identidade

Caro(a) cliente,

Recebemos o seu pedido (ref. PR-2025-0409) de acesso aos seus dados pessoais. Para proteger os seus dados, temos primeiro de verificar a sua identidade: clique na ligação abaixo ou responda com o código 736-045 no prazo de 14 dias.

Equipa de Privacidade
""", "Rui Carvalho"),
        ("deletion", (), "Re: Os seus dados pessoais – exportação",
"""Olá,

Obrigada pelo ficheiro. Fiquei um bocado assustada com a quantidade de coisas que vocês guardam, até as pesquisas que fiz no site. Não quero que fiquem com nada disto. Podem apagar a minha conta e tudo o que está associado, por favor?

Obrigada,
Inês Sousa

Em qua., 12 de mar. de 2025 às 14:50, Privacy Team <privacy@shop.example.be> escreveu:

> Cara cliente,
>
> O seu pedido de cópia dos seus dados pessoais foi concluído; a exportação
> segue em anexo.
>
> Equipa de Privacidade
""", "Inês Sousa"),
        ("complaint", (), "RE: A sua exportação de dados está pronta",
"""Boa tarde,

Abri o ficheiro que me enviaram e metade dele não é meu! Há encomendas, uma morada em Gent e um número de telefone de uma tal "M. De Backer". Ou seja, vocês enviaram os dados de outra pessoa a mim — e provavelmente os meus a outra pessoa qualquer.

Isto é gravíssimo. Quero saber o que aconteceu, se os meus dados foram parar às mãos de alguém e o que vão fazer. Já apaguei o ficheiro.

Fernando Pires

De: Privacy Team <privacy@shop.example.be>
Enviada: terça-feira, 18 de março de 2025 11:22
Para: f.pires@gmail.com
Assunto: A sua exportação de dados está pronta

Caro cliente, o seu pedido de cópia dos seus dados pessoais foi concluído. A exportação segue em anexo.
""", "Fernando Pires"),
        ("correction", (), "RES: Cópia dos seus dados",
"""Oi, tudo bem?

Vi no arquivo que meu nome está como "Thiago Olivera", mas o certo é Thiago Oliveira, com "i". Dá pra arrumar isso? Sempre sai errado na nota também.

Valeu,
Thiago

Em seg., 24 de mar. de 2025 às 09:30, Privacy Team <privacy@shop.example.be> escreveu:
> Prezado cliente,
> Sua solicitação de cópia dos seus dados pessoais foi concluída; a exportação está em anexo.
> Equipe de Privacidade
""", "Thiago Oliveira"),
        ("withdraw_consent", (), "Re: Promoções de primavera 🌸",
"""Não quero receber mais estes emails, obrigado. Retirem-me da lista.

Enviado do meu iPhone

> No dia 21/03/2025, às 07:00, shop.example.be <news@shop.example.be> escreveu:
>
> Promoções de primavera: até -30% em mobiliário de jardim!
> Recebe este e-mail porque subscreveu a nossa newsletter.
""", "José Antunes"),
        ("other", (), "RE: Os seus dados foram retificados",
"""Muito obrigada pela rapidez, está tudo certo agora.

Cumprimentos,
Ana Lopes

De: Privacy Team <privacy@shop.example.be>
Enviada: quinta-feira, 27 de março de 2025 16:02
Assunto: Os seus dados foram retificados

Cara cliente, os seus dados foram retificados (ref. PR-2025-0535).
Equipa de Privacidade
""", "Ana Lopes"),
        ("other", (), "Re: Precisamos de mais informações",
"""Olá. Afinal não fui eu que fiz esse pedido, deve ter sido engano de alguém ao escrever o e-mail. Não tem problema, podem simplesmente ignorar e fechar.

Mas já agora: encomendei um regador e uma mangueira na semana passada (encomenda 100250091) e ainda não recebi nenhum código de seguimento. Sabem dizer-me alguma coisa?

Paulo Mendes

Em ter., 1 de abr. de 2025 às 10:40, Privacy Team <privacy@shop.example.be> escreveu:
> Caro cliente,
> Precisamos de mais informações sobre o seu pedido de eliminação (ref. PR-2025-0581): que endereço de e-mail utilizou para a sua conta?
> Equipa de Privacidade
""", "Paulo Mendes"),
    ],
    "pl": [
        ("access", (), "Odp: Twoje zgłoszenie PR-2025-0388 – potrzebujemy dodatkowych informacji",
"""Dzień dobry,

konto zakładałam na adres k.wisniewska@wp.pl (teraz piszę z innej skrzynki). Proszę o przesłanie informacji, jakie dane na mój temat Państwo przechowują.

Pozdrawiam
Katarzyna Wiśniewska

pon., 3 mar 2025 o 10:12 Privacy Team <privacy@shop.example.be> napisał(a):

> Szanowna Klientko,
>
> otrzymaliśmy Pani wniosek o dostęp do danych osobowych (nr ref.
> PR-2025-0388). Potrzebujemy więcej informacji: jakiego adresu e-mail użyła
> Pani do założenia konta?
>
> Z poważaniem
> Zespół ds. Prywatności
""", "Katarzyna Wiśniewska"),
        ("objection", (), "RE: Kopia Twoich danych osobowych",
"""Dzień dobry,

dziękuję za plik. Widzę w nim, że mój adres e-mail i historia zakupów trafiają do "partnerów reklamowych". Nie zgadzam się na to. Proszę od teraz nie przekazywać nikomu moich danych w celach reklamowych i nie wyświetlać mi na tej podstawie spersonalizowanych reklam.

Tomasz Kowalczyk

-----Original Message-----
Od: Privacy Team <privacy@shop.example.be>
Wysłano: wtorek, 11 marca 2025 15:30
Do: tomasz.kowalczyk@onet.pl
Temat: Kopia Twoich danych osobowych

Szanowny Kliencie,
Twój wniosek o kopię danych osobowych został zrealizowany; eksport znajduje się w załączniku.
Zespół ds. Prywatności
""", "Tomasz Kowalczyk"),
        ("complaint", ("deletion",), "Odp: Odp: Weryfikacja tożsamości – zgłoszenie PR-2025-0121",
"""Dzień dobry,

kod wysłałem 22 stycznia (poniżej). Minęło ponad 7 tygodni, a konto nadal działa, dostaję newslettery i nikt się nie odezwał. To jest po prostu lekceważenie klienta.

Proszę wreszcie usunąć moje konto i wszystkie dane. Jeśli do końca tygodnia nie dostanę potwierdzenia, złożę skargę do organu nadzorczego w Belgii.

Piotr Zieliński

wt., 22 sty 2025 o 18:03 Piotr Zieliński <p.zielinski@gmail.com> napisał(a):

> Kod: 290-417
>
> pon., 20 sty 2025 o 09:15 Privacy Team <privacy@shop.example.be> napisał(a):
>
>> Otrzymaliśmy Twój wniosek (nr ref. PR-2025-0121) o usunięcie danych osobowych. Aby chronić Twoje dane, musimy najpierw zweryfikować Twoją tożsamość: kliknij poniższy link lub odpowiedz, podając kod 290-417, w ciągu 14 dni.
""", "Piotr Zieliński"),
        ("correction", (), "Odp: Twój eksport danych jest gotowy",
"""Czesc, w pliku jest stary numer mieszkania - ul. Długa 5/12, a ja juz od roku mieszkam pod 5/21 (ta sama ulica). Poprawcie prosze, bo kurier ciagle dzwoni do sasiada.

Michał

Wysłane z iPhone'a

> Wiadomość napisana przez Privacy Team <privacy@shop.example.be> w dniu 19.03.2025, o godz. 10:05:
>
> Szanowny Kliencie,
> Twój wniosek o kopię danych osobowych został zrealizowany. Eksport w załączniku.
""", "Michał Nowak"),
        ("withdraw_consent", (), "Odp: Wiosenna wyprzedaż – do -30% 🌱",
"""Proszę mnie wypisać z tego newslettera. Nie chcę już dostawać takich maili.

Agnieszka D.

pt., 21 mar 2025 o 07:00 shop.example.be <news@shop.example.be> napisał(a):

> Wiosenna wyprzedaż – do -30% na meble ogrodowe!
> Otrzymujesz tę wiadomość, ponieważ zapisałeś się do naszego newslettera.
""", "Agnieszka Dąbrowska"),
        ("other", (), "RE: Twoje dane zostały poprawione",
"""Dziękuję bardzo, wszystko się zgadza.

Pozdrawiam serdecznie
Ewa Lewandowska

Od: Privacy Team <privacy@shop.example.be>
Wysłano: czwartek, 27 marca 2025 12:20
Temat: Twoje dane zostały poprawione

Szanowna Klientko, Twoje dane zostały poprawione (nr ref. PR-2025-0538).
""", "Ewa Lewandowska"),
        ("other", (), "Odp: Twój wniosek został zrealizowany",
"""Dzień dobry, dzięki.

Mam jeszcze pytanie w innej sprawie: zamówiłem kosiarkę (zamówienie 100249317), a przyszła podkaszarka. Czy mam ją odesłać na Wasz koszt? Gdzie wydrukować etykietę zwrotną?

Krzysztof Mazur

pon., 31 mar 2025 o 13:40 Privacy Team <privacy@shop.example.be> napisał(a):
> Twój wniosek (nr ref. PR-2025-0569) został zrealizowany: wypisaliśmy Cię z newslettera.
""", "Krzysztof Mazur"),
    ],
    "cs": [
        ("portability", (), "Re: Vaše žádost PR-2025-0415 – ověření totožnosti",
"""Dobrý den,

posílám kód: 812-659.

Jak jsem psal v žádosti, chtěl bych svoje data (objednávky, adresy, body z věrnostní karty) ve strojově čitelném formátu, ideálně JSON nebo CSV, abych si je mohl přenést jinam.

S pozdravem
Jan Novotný

po 3. 3. 2025 v 10:12 odesílatel Privacy Team <privacy@shop.example.be> napsal:

> Vážený zákazníku,
>
> obdrželi jsme Vaši žádost (č. PR-2025-0415) o přenositelnost osobních
> údajů. Abychom Vaše údaje ochránili, musíme nejprve ověřit Vaši totožnost:
> klikněte na odkaz níže nebo odpovězte s kódem 812-659 do 14 dnů.
>
> Tým ochrany soukromí
""", "Jan Novotný"),
        ("deletion", (), "RE: Kopie vašich osobních údajů",
"""Dobrý den,

děkuji za export. Když jsem to prošla, nechci, abyste o mně cokoli dál uchovávali. Zrušte mi prosím účet a všechno k němu smažte.

Lucie Svobodová

From: Privacy Team <privacy@shop.example.be>
Sent: Tuesday, March 11, 2025 2:10 PM
To: lucie.svobodova@seznam.cz
Subject: Kopie vašich osobních údajů

Vážená zákaznice, Vaše žádost o kopii osobních údajů byla vyřízena; export naleznete v příloze.
""", "Lucie Svobodová"),
        ("complaint", (), "Re: Ověření vaší žádosti o výmaz PR-2025-0460",
"""Dobrý den,

tuhle žádost jsem vůbec neposílal. Někdo zjevně použil můj e-mail, aby u vás něco podal. To mě dost znepokojuje – jak je možné, že to jde takhle snadno, a neviděl ten člověk už nějaké moje údaje? Chci vědět, co se stalo.

Na odkaz neklikám a účet prosím nemažte.

Martin Dvořák

st 19. 3. 2025 v 11:30 odesílatel Privacy Team <privacy@shop.example.be> napsal:

> Obdrželi jsme Vaši žádost (č. PR-2025-0460) o výmaz osobních údajů. Abychom
> Vaše údaje ochránili, musíme nejprve ověřit Vaši totožnost: odpovězte s
> kódem 347-120 do 14 dnů.
""", "Martin Dvořák"),
        ("correction", (), "Re: Váš export dat je připraven",
"""Dobrý den, v exportu mám pořád příjmení Černá, ale od září jsem vdaná, správně je Procházková. Můžete to prosím upravit i u věrnostní karty?

Díky
Tereza Procházková

> Dne 20. 3. 2025 v 9:12 Privacy Team <privacy@shop.example.be> napsal(a):
>
> Vážená zákaznice, Vaše žádost o kopii osobních údajů byla vyřízena. Export je v příloze.
""", "Tereza Procházková"),
        ("objection", (), "Re: Vybrali jsme pro vás, Petře!",
"""Nelíbí se mi, že mi posíláte nabídky „vybrané pro mě“ podle toho, co jsem kupoval. Nechci, abyste si na mě dělali profil z nákupů. S tímhle zpracováním nesouhlasím, přestaňte s tím.

P. Kučera

pá 21. 3. 2025 v 7:00 odesílatel shop.example.be <news@shop.example.be> napsal:
> Ahoj Petře, na základě tvých posledních nákupů jsme pro tebe vybrali...
> Tento e-mail dostáváš, protože odebíráš náš newsletter.
""", "Petr Kučera"),
        ("other", (), "Re: Vaše údaje byly opraveny",
"""Děkuji, vše v pořádku.

Hezký den
Jana Veselá

st 26. 3. 2025 v 15:00 odesílatel Privacy Team <privacy@shop.example.be> napsal:
> Vaše údaje byly opraveny (č. PR-2025-0521).
""", "Jana Veselá"),
        ("other", (), "RE: Vaše žádost PR-2025-0590 – ověření totožnosti",
"""Dobrý den,

to jsem asi omylem odklikl já, když jsem hledal, kde se mění heslo :) Nic nechci, klidně to zavřete.

A ještě dotaz – objednávka 100252204 (zahradní hadice) je pořád „v přípravě“, kdy zhruba odejde?

Ondřej Horák

From: Privacy Team <privacy@shop.example.be>
Sent: Tuesday, April 1, 2025 10:22 AM
Subject: Vaše žádost PR-2025-0590 – ověření totožnosti

Obdrželi jsme Vaši žádost (č. PR-2025-0590) o přístup k osobním údajům. Odpovězte prosím s kódem 604-811 do 14 dnů.
""", "Ondřej Horák"),
    ],
    "hr": [
        ("deletion", (), "Odg: Vaš zahtjev PR-2025-0393 – trebamo dodatne informacije",
"""Poštovani,

račun je otvoren na adresu ivana.kovac@net.hr. Molim da sad napokon obrišete moj račun i sve podatke kako sam tražila.

Lp,
Ivana Kovač

pon, 3. ožu 2025. u 10:12 Privacy Team <privacy@shop.example.be> napisao je:

> Poštovana kupce,
>
> zaprimili smo Vaš zahtjev za brisanje osobnih podataka (ref. PR-2025-0393).
> Trebamo dodatne informacije: koju ste adresu e-pošte koristili za svoj
> korisnički račun?
>
> Tim za privatnost
""", "Ivana Kovač"),
        ("restriction", (), "Odg: Kopija Vaših osobnih podataka",
"""Pozdrav,

hvala na exportu. Vidim da u njemu imate i podatke o mojoj reklamaciji roštilja, oko koje još uvijek vodim spor s vama. Nemojte to brisati jer mi treba kao dokaz, ali dok se spor ne riješi ne želim da te podatke koristite ni za što drugo. Samo ih zamrznite.

Hrvoje Babić

Šalje: Privacy Team <privacy@shop.example.be>
Poslano: utorak, 11. ožujka 2025. 14:30
Prima: hrvoje.babic@gmail.com
Predmet: Kopija Vaših osobnih podataka

Poštovani, Vaš zahtjev za kopiju osobnih podataka je riješen; export se nalazi u privitku.
""", "Hrvoje Babić"),
        ("complaint", ("access",), "Odg: Odg: Provjera identiteta – zahtjev PR-2025-0142",
"""Poštovani,

kod sam vam poslao još 28. siječnja (vidi dolje). Od tada ništa, nitko se nije javio, a rok od mjesec dana je odavno prošao.

Još jednom tražim da mi dostavite koje podatke o meni imate. Ako ne dobijem odgovor u tjedan dana, obratit ću se nadzornom tijelu za zaštitu podataka.

Marko Horvat

uto, 28. sij 2025. u 20:11 Marko Horvat <marko.horvat@gmail.com> napisao je:

> 552-093
>
> pon, 27. sij 2025. u 09:00 Privacy Team <privacy@shop.example.be> napisao je:
>
>> Zaprimili smo Vaš zahtjev (ref. PR-2025-0142) za pristup osobnim podacima. Radi zaštite Vaših podataka najprije moramo provjeriti Vaš identitet: kliknite na poveznicu ili odgovorite kodom 552-093 u roku od 14 dana.
""", "Marko Horvat"),
        ("correction", (), "Re: Vaš izvoz podataka je spreman",
"""Bok, u datoteci mi piše krivi broj mobitela, 091 234 5678, a pravi je 098 234 5678. Mozete ispravit? Hvala

Ana

Poslano s mog iPhonea

> 20. ožu 2025. u 10:15, Privacy Team <privacy@shop.example.be> je napisao/la:
>
> Poštovani, Vaš zahtjev za kopiju osobnih podataka je riješen. Izvoz je u privitku.
""", "Ana Jurić"),
        ("withdraw_consent", (), "Odg: Proljetno sniženje do -30% 🌷",
"""Molim vas, maknite me s popisa za newsletter. Ne želim više primati ove mailove.

Hvala,
Petra

pet, 21. ožu 2025. u 07:00 shop.example.be <news@shop.example.be> napisao je:
> Proljetno sniženje do -30% na vrtni namještaj!
> Ovu poruku primate jer ste pretplaćeni na naš newsletter.
""", "Petra Marić"),
        ("other", (), "Odg: Vaši podaci su ispravljeni",
"""Hvala lijepa, sve je sad u redu.

Srdačan pozdrav,
Tomislav Knežević

Šalje: Privacy Team <privacy@shop.example.be>
Poslano: srijeda, 26. ožujka 2025. 16:20
Predmet: Vaši podaci su ispravljeni

Poštovani, Vaši podaci su ispravljeni (ref. PR-2025-0524).
""", "Tomislav Knežević"),
        ("other", (), "Re: Vaš zahtjev je zatvoren",
"""Primljeno, hvala. Samo da pitam: jel mogu i dalje koristiti bodove s kartice vjernosti koje sam skupila prije? Imam ih nekih 1200.

Maja

> 31. ožu 2025. u 11:02, Privacy Team <privacy@shop.example.be> je napisao/la:
>
> Poštovana, Vaš zahtjev (ref. PR-2025-0574) je zatvoren: odjavljeni ste s newslettera.
""", "Maja Pavlović"),
    ],
    "sv": [
        ("access", (), "SV: Din begäran PR-2025-0411 – bekräfta din identitet",
"""Hej,

Koden är 473-928. Skicka gärna över vad ni har sparat om mig så fort det går.

Mvh
Erik Lindqvist

Från: Privacy Team <privacy@shop.example.be>
Skickat: den 3 mars 2025 10:12
Till: erik.lindqvist@telia.com
Ämne: Din begäran PR-2025-0411 – bekräfta din identitet

Hej,

Vi har tagit emot din begäran (ref. PR-2025-0411) om tillgång till dina personuppgifter. För att skydda dina uppgifter måste vi först verifiera din identitet: klicka på länken nedan eller svara med koden 473-928 inom 14 dagar.

Integritetsteamet
""", "Erik Lindqvist"),
        ("deletion", (), "Sv: Dina uppgifter har rättats",
"""Tack för att ni fixade adressen.

Fast när jag ändå håller på – jag tror inte jag kommer handla hos er igen, så ni kan lika gärna ta bort mitt konto helt och allt ni har om mig. Vill inte ha något liggande kvar.

/Maria

Den ons 12 mars 2025 kl 15:20 skrev Privacy Team <privacy@shop.example.be>:

> Hej Maria,
>
> Dina uppgifter har rättats (ref. PR-2025-0448).
>
> Vänliga hälsningar,
> Integritetsteamet
""", "Maria Johansson"),
        ("complaint", ("portability",), "SV: SV: Vi behöver mer information",
"""Hej igen,

Jag svarade på er fråga den 30 januari (se nedan) och har sedan dess inte hört ett ord. Det har gått mer än sex veckor. Jag vill fortfarande ha min orderhistorik i en fil som går att läsa in i ett annat system, som jag bad om från början.

Om jag inte får något svar inom en vecka kommer jag att anmäla er till den belgiska dataskyddsmyndigheten.

Anders Berg

Från: Anders Berg <anders.berg@gmail.com>
Skickat: den 30 januari 2025 21:05
Till: Privacy Team <privacy@shop.example.be>
Ämne: SV: Vi behöver mer information

Det är anders.berg@gmail.com, samma som den här.

Från: Privacy Team <privacy@shop.example.be>
Skickat: den 29 januari 2025 09:40
Ämne: Vi behöver mer information

Hej, vi behöver mer information om din begäran om dataportabilitet: vilken e-postadress använde du för ditt konto?
""", "Anders Berg"),
        ("correction", (), "Re: Din dataexport är klar",
"""hej! i filen står det att jag bor på Storgatan 14 i Uppsala men jag har flyttat till Bryssel, Chaussée de Wavre 210, 1050 Ixelles. kan ni ändra det? tack

Skickat från min iPhone

> 20 mars 2025 kl. 09:55 skrev Privacy Team <privacy@shop.example.be>:
>
> Hej, din begäran om en kopia av dina personuppgifter är klar. Exporten är bifogad.
""", "Linnea Ek"),
        ("withdraw_consent", (), "SV: Vårrea – upp till 30 % på trädgårdsmöbler",
"""Hej, jag vill inte ha fler nyhetsbrev från er. Avregistrera mig, tack.

Karin Nilsson

Från: shop.example.be <news@shop.example.be>
Skickat: den 21 mars 2025 07:00
Ämne: Vårrea – upp till 30 % på trädgårdsmöbler

Vårrea! Upp till 30 % på trädgårdsmöbler. Du får detta mejl eftersom du prenumererar på vårt nyhetsbrev.
""", "Karin Nilsson"),
        ("other", (), "Sv: Din begäran har slutförts",
"""Tack så mycket, toppen!

Johan

Den tis 25 mars 2025 kl 11:30 skrev Privacy Team <privacy@shop.example.be>:
> Hej, din begäran (ref. PR-2025-0515) har slutförts. Exporten är bifogad.
""", "Johan Persson"),
        ("other", (), "SV: Din begäran PR-2025-0586 – bekräfta din identitet",
"""Hej,

Det här var inte jag, men det är lugnt – troligen min sambo som råkade skriva fel mejladress. Ni kan strunta i det och stänga ärendet.

Hälsningar
Olof Sandberg

Från: Privacy Team <privacy@shop.example.be>
Skickat: den 1 april 2025 14:12
Ämne: Din begäran PR-2025-0586 – bekräfta din identitet

Vi har tagit emot din begäran (ref. PR-2025-0586) om radering av dina personuppgifter. Svara med koden 918-370 inom 14 dagar.
""", "Olof Sandberg"),
    ],
    "ro": [
        ("deletion", (), "Re: Solicitarea dvs. PR-2025-0406 – verificarea identității",
"""Bună ziua,

Codul este 285-714. Vă rog să mergeți mai departe și să-mi închideți contul, cu tot ce aveți despre mine.

Mulțumesc,
Andreea Popescu

Pe lun., 3 mar. 2025 la 10:12, Privacy Team <privacy@shop.example.be> a scris:

> Stimate client,
>
> Am primit solicitarea dvs. (ref. PR-2025-0406) de ștergere a datelor cu
> caracter personal. Pentru a vă proteja datele, trebuie mai întâi să vă
> verificăm identitatea: dați clic pe linkul de mai jos sau răspundeți cu
> codul 285-714 în termen de 14 zile.
>
> Echipa de confidențialitate
""", "Andreea Popescu"),
        ("portability", (), "RE: Copia datelor dvs. personale",
"""Bună ziua,

Mersi pentru export, dar e un PDF scanat practic. Am nevoie de istoricul comenzilor și de datele contului într-un fișier pe care să-l pot încărca în altă aplicație (CSV, XML, ce aveți). Dacă se poate, trimiteți-l direct la noul magazin, vă dau adresa lor.

Cu stimă,
Mihai Ionescu

From: Privacy Team <privacy@shop.example.be>
Sent: Tuesday, March 11, 2025 3:05 PM
To: mihai.ionescu@yahoo.com
Subject: Copia datelor dvs. personale

Stimate client, solicitarea dvs. de copie a datelor personale a fost finalizată; exportul este atașat (PDF).
""", "Mihai Ionescu"),
        ("complaint", ("objection",), "Re: Re: Confirmare – solicitarea PR-2025-0133",
"""Bună ziua,

Mi-ați confirmat pe 29 ianuarie (vedeți mai jos) că nu-mi mai trimiteți datele partenerilor de publicitate. Și totuși săptămâna asta am primit SMS-uri de la doi „parteneri” de-ai voștri care știu exact ce am cumpărat. Deci fie nu ați făcut nimic, fie mi-ați scris neadevărat.

Vreau o explicație clară. Dacă nu o primesc în 7 zile, depun plângere la autoritatea belgiană pentru protecția datelor. Și repet: nu vreau ca datele mele să ajungă la nimeni pentru reclame.

Elena Stan

Pe mie., 29 ian. 2025 la 11:40, Privacy Team <privacy@shop.example.be> a scris:

> Stimată clientă,
> Am primit opoziția dvs. (ref. PR-2025-0133). Datele dvs. nu vor mai fi
> partajate cu partenerii noștri de marketing.
> Echipa de confidențialitate
""", "Elena Stan"),
        ("correction", (), "Re: Exportul datelor dvs. este gata",
"""buna, in fisier apare data nasterii 12.05.1990 dar e 21.05.1990. puteti corecta va rog? mersi

Cristina

Trimis de pe iPhone

> Pe 20 mar. 2025, la 10:22, Privacy Team <privacy@shop.example.be> a scris:
>
> Stimată clientă, solicitarea dvs. de copie a datelor personale a fost finalizată. Exportul este atașat.
""", "Cristina Dumitrescu"),
        ("objection", (), "Re: Ioana, am ales asta special pentru tine 🌿",
"""Nu îmi place că îmi analizați cumpărăturile ca să-mi trimiteți „oferte alese special pentru mine”. Mă opun acestei profilări. Nu mai folosiți istoricul meu de comenzi în scop de marketing.

Ioana Radu

Pe vin., 21 mar. 2025 la 07:00, shop.example.be <news@shop.example.be> a scris:
> Ioana, pe baza ultimelor tale cumpărături, am ales asta special pentru tine...
> Primești acest e-mail pentru că te-ai abonat la newsletterul nostru.
""", "Ioana Radu"),
        ("other", (), "Re: Datele dvs. au fost corectate",
"""Vă mulțumesc frumos, acum e în regulă.

O zi bună,
Gabriel Marin

Pe mie., 26 mar. 2025 la 16:10, Privacy Team <privacy@shop.example.be> a scris:
> Datele dvs. au fost corectate (ref. PR-2025-0527).
""", "Gabriel Marin"),
        ("other", (), "RE: Solicitarea dvs. a fost finalizată",
"""Mulțumesc. Altă întrebare: am comandat un set de scaune de grădină (comanda 100250733) și am primit doar trei din patru. Cui trebuie să scriu pentru al patrulea?

Sorin Georgescu

From: Privacy Team <privacy@shop.example.be>
Sent: Monday, March 31, 2025 9:44 AM
Subject: Solicitarea dvs. a fost finalizată

Stimate client, solicitarea dvs. (ref. PR-2025-0571) a fost finalizată: ați fost dezabonat de la newsletter.
""", "Sorin Georgescu"),
    ],
    "el": [
        ("access", (), "ΑΠ: Το αίτημά σας PR-2025-0397 – χρειαζόμαστε περισσότερες πληροφορίες",
"""Καλησπέρα σας,

Ο λογαριασμός είναι με το email giorgos.papadopoulos@hotmail.gr. Περιμένω να μου στείλετε ποια στοιχεία μου κρατάτε και για ποιο λόγο.

Ευχαριστώ,
Γιώργος Παπαδόπουλος

Από: Privacy Team <privacy@shop.example.be>
Στάλθηκε: Δευτέρα, 3 Μαρτίου 2025 10:12 πμ
Προς: g.papadopoulos@gmail.com
Θέμα: Το αίτημά σας PR-2025-0397 – χρειαζόμαστε περισσότερες πληροφορίες

Αγαπητέ πελάτη,

Λάβαμε το αίτημά σας για πρόσβαση στα προσωπικά σας δεδομένα (αρ. PR-2025-0397). Χρειαζόμαστε περισσότερες πληροφορίες: ποια διεύθυνση email χρησιμοποιήσατε για τον λογαριασμό σας;

Η ομάδα Προστασίας Προσωπικών Δεδομένων
""", "Γιώργος Παπαδόπουλος"),
        ("deletion", (), "Re: Αντίγραφο των προσωπικών σας δεδομένων",
"""Γεια σας,

Ευχαριστώ για το αρχείο. Μετά από αυτό που είδα όμως, δεν θέλω να έχετε τίποτα δικό μου. Κλείστε μου τον λογαριασμό και σβήστε τα όλα, παρακαλώ.

Μαρία Κωνσταντίνου

Στις Τετ 12 Μαρ 2025 στις 3:20 μ.μ., ο χρήστης Privacy Team <privacy@shop.example.be> έγραψε:

> Αγαπητή πελάτισσα,
>
> Το αίτημά σας για αντίγραφο των προσωπικών σας δεδομένων ολοκληρώθηκε·
> θα βρείτε την εξαγωγή συνημμένη.
>
> Η ομάδα Προστασίας Προσωπικών Δεδομένων
""", "Μαρία Κωνσταντίνου"),
        ("complaint", ("deletion",), "ΑΠ: ΑΠ: Επιβεβαίωση ταυτότητας – αίτημα PR-2025-0128",
"""Καλημέρα,

Σας έστειλα τον κωδικό στις 24 Ιανουαρίου, όπως ζητήσατε. Έχουν περάσει σχεδόν δύο μήνες και ο λογαριασμός μου υπάρχει ακόμα, ενώ συνεχίζω να παίρνω τα newsletter σας. Καμία απάντηση.

Ζητώ για τελευταία φορά να διαγράψετε τον λογαριασμό μου. Αν δεν έχω επιβεβαίωση μέσα στην εβδομάδα, θα κάνω καταγγελία στην αρμόδια αρχή προστασίας δεδομένων.

Νίκος Αλεξίου

Από: Νίκος Αλεξίου <nikos.alexiou@yahoo.gr>
Στάλθηκε: Παρασκευή, 24 Ιανουαρίου 2025 8:50 μμ
Προς: Privacy Team <privacy@shop.example.be>
Θέμα: ΑΠ: Επιβεβαίωση ταυτότητας – αίτημα PR-2025-0128

Κωδικός: 903-562

Από: Privacy Team <privacy@shop.example.be>
Στάλθηκε: Πέμπτη, 23 Ιανουαρίου 2025 11:00 πμ
Θέμα: Επιβεβαίωση ταυτότητας – αίτημα PR-2025-0128

Λάβαμε το αίτημά σας (αρ. PR-2025-0128) για διαγραφή των προσωπικών σας δεδομένων. Για την προστασία των δεδομένων σας πρέπει πρώτα να επαληθεύσουμε την ταυτότητά σας: απαντήστε με τον κωδικό 903-562 εντός 14 ημερών.
""", "Νίκος Αλεξίου"),
        ("correction", (), "Re: Η εξαγωγή των δεδομένων σας είναι έτοιμη",
"""Γεια σας, στο αρχειο το επωνυμο μου γραφει Dimitriu αντι για Dimitriou. Μπορειτε να το διορθωσετε; Βγαινει λαθος και στα δεματα.

Ελένη

Εστάλη από το iPhone μου

> Στις 20 Μαρ 2025, στις 10:30, ο/η Privacy Team <privacy@shop.example.be> έγραψε:
>
> Αγαπητή πελάτισσα, το αίτημά σας για αντίγραφο των προσωπικών σας δεδομένων ολοκληρώθηκε. Η εξαγωγή επισυνάπτεται.
""", "Ελένη Δημητρίου"),
        ("withdraw_consent", (), "Re: Ανοιξιάτικες προσφορές έως -30% 🌸",
"""Παρακαλώ βγάλτε με από τη λίστα, δεν θέλω να λαμβάνω άλλα τέτοια email.

Κ. Γεωργίου

Στις Παρ 21 Μαρ 2025 στις 7:00 π.μ., ο χρήστης shop.example.be <news@shop.example.be> έγραψε:
> Ανοιξιάτικες προσφορές έως -30% στα έπιπλα κήπου!
> Λαμβάνετε αυτό το email επειδή έχετε εγγραφεί στο newsletter μας.
""", "Κατερίνα Γεωργίου"),
        ("other", (), "ΑΠ: Τα στοιχεία σας διορθώθηκαν",
"""Σας ευχαριστώ πολύ, όλα εντάξει τώρα.

Καλή συνέχεια,
Δημήτρης Βασιλείου

Από: Privacy Team <privacy@shop.example.be>
Στάλθηκε: Τετάρτη, 26 Μαρτίου 2025 4:15 μμ
Θέμα: Τα στοιχεία σας διορθώθηκαν

Τα στοιχεία σας διορθώθηκαν (αρ. PR-2025-0525).
""", "Δημήτρης Βασιλείου"),
        ("other", (), "Re: Το αίτημά σας PR-2025-0583 – επιβεβαίωση ταυτότητας",
"""Καλησπέρα,

Δεν έκανα εγώ κάποιο αίτημα, μάλλον η κόρη μου πάτησε κάτι στο tablet. Δεν πειράζει, αγνοήστε το και κλείστε το.

Α, και κάτι άλλο: η παραγγελία 100251840 (γλάστρες) φαίνεται «παραδόθηκε» αλλά δεν ήρθε τίποτα. Τι κάνω;

Σταύρος Μιχαηλίδης

Στις Τρί 1 Απρ 2025 στις 12:05 μ.μ., ο χρήστης Privacy Team <privacy@shop.example.be> έγραψε:
> Λάβαμε το αίτημά σας (αρ. PR-2025-0583) για φορητότητα των δεδομένων σας. Απαντήστε με τον κωδικό 417-605 εντός 14 ημερών.
""", "Σταύρος Μιχαηλίδης"),
    ],
    "bg": [
        ("deletion", (), "Отг: Вашата заявка PR-2025-0417 – потвърждаване на самоличността",
"""Здравейте,

Кодът е 649-301. Моля, продължете с изтриването на профила ми и на всичко, което пазите за мен.

Поздрави,
Георги Петров

пн, 3.03.2025 г. в 10:12 Privacy Team <privacy@shop.example.be> написа:

> Уважаеми клиенти,
>
> Получихме Вашата заявка (реф. PR-2025-0417) за изтриване на личните Ви
> данни. За да защитим данните Ви, първо трябва да потвърдим самоличността
> Ви: щракнете върху връзката по-долу или отговорете с кода 649-301 в срок
> от 14 дни.
>
> Екипът по защита на личните данни
""", "Георги Петров"),
        ("objection", (), "RE: Копие на Вашите лични данни",
"""Здравейте,

Благодаря за файла. От него разбирам, че имейлът ми и покупките ми се предават на „маркетингови партньори“. Не съм съгласна с това. Моля, спрете да споделяте данните ми с когото и да било за реклама.

Десислава Иванова

From: Privacy Team <privacy@shop.example.be>
Sent: Tuesday, March 11, 2025 2:40 PM
To: desi.ivanova@abv.bg
Subject: Копие на Вашите лични данни

Уважаема клиентке, заявката Ви за копие на личните Ви данни е изпълнена; експортът е приложен.
""", "Десислава Иванова"),
        ("complaint", ("correction",), "Отг: Отг: Нужна ни е допълнителна информация",
"""Здравейте,

Отговорих Ви на 5 февруари (вижте по-долу). Оттогава – нищо. Адресът ми в профила все още е грешен и пратките продължават да ходят на стария адрес. Минаха над шест седмици.

Настоявам да го поправите веднага. Ако няма отговор до края на седмицата, ще подам жалба до органа за защита на данните.

Стоян Димитров

ср, 5.02.2025 г. в 19:22 Стоян Димитров <stoyan.dimitrov@gmail.com> написа:

> Имейлът е stoyan.dimitrov@gmail.com. Новият адрес е ул. „Витоша“ 45, София.
>
> вт, 4.02.2025 г. в 09:30 Privacy Team <privacy@shop.example.be> написа:
>
>> Нужна ни е допълнителна информация: кой имейл адрес използвахте за профила си?
""", "Стоян Димитров"),
        ("correction", (), "Re: Експортът на данните Ви е готов",
"""Здрасти, във файла телефонът ми е 0888 123 465, а е 0888 123 456. Може ли да го оправите? Мерси

Ива

Изпратено от моя iPhone

> На 20.03.2025 г. в 10:40 Privacy Team <privacy@shop.example.be> написа:
>
> Уважаема клиентке, заявката Ви за копие на личните данни е изпълнена. Експортът е приложен.
""", "Ива Николова"),
        ("withdraw_consent", (), "Отг: Пролетно намаление до -30% 🌷",
"""Не искам повече да получавам тези писма. Отпишете ме, моля.

Петя

пт, 21.03.2025 г. в 7:00 shop.example.be <news@shop.example.be> написа:
> Пролетно намаление до -30% на градински мебели!
> Получавате този имейл, защото сте абонирани за нашия бюлетин.
""", "Петя Стоянова"),
        ("other", (), "RE: Данните Ви бяха коригирани",
"""Благодаря Ви, всичко е наред.

Хубав ден,
Николай Василев

From: Privacy Team <privacy@shop.example.be>
Sent: Wednesday, March 26, 2025 4:30 PM
Subject: Данните Ви бяха коригирани

Данните Ви бяха коригирани (реф. PR-2025-0530).
""", "Николай Василев"),
        ("other", (), "Re: Заявката Ви е приключена",
"""Получих го, благодаря. Само един въпрос: поръчах градински маркуч (поръчка 100252611) преди десет дни и още го няма. Можете ли да проверите къде е?

Калин

пн, 31.03.2025 г. в 11:50 Privacy Team <privacy@shop.example.be> написа:
> Заявката Ви (реф. PR-2025-0576) е приключена; експортът е приложен.
""", "Калин Тодоров"),
    ],
}

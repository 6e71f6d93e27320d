"""Seventeenth set, mails as hard-to-read people write them. Written apart from the rules (see make_seventeenth.py)."""

PEOPLE_C = {
    "en": [
        ("deletion", ("withdraw_consent", "objection"), "account",
         """hello this is Margaret Oakley I'm dictating this on my phone so forgive the mistakes full stop I would like you to close my account and get rid of everything you've got on me comma the email on it is m dot oakley 52 at BT internet dot com full stop and please take me off the news letter as well I don't remember ever asking for it full stop also I do not want my details passed on to your advertising partners for those adverts that keep following me around on face book full stop thank you very much

Sent from my iPhone""",
         "Margaret Oakley"),
        ("access", (), "A query from a long-standing customer",
         """Dear Sir or Madam,

I do hope you will forgive me for troubling you, and for the length of this letter. I am 81 years of age and not terribly clever with computers, so my granddaughter Chloe is typing this for me while I dictate, and she tells me I go on a bit.

I have been buying from your shop for a good many years now, mostly for the garden, which was always my late husband's pride and joy, and I have always found your people very helpful on the telephone. The teak bench we bought in 2019 is still as good as new.

Last month I received a catalogue at home from a company I had never heard of, and it set me thinking about how much these firms know about one. Chloe says it is very unlikely to have anything to do with you, and I am sure she is right. But I wonder whether you might be so kind as to tell me what you actually keep on file about me, and where it all came from. A printed list by post would suit me best, but Chloe says she can help me read it on the computer if that is easier for you.

My address is 14 Orchard Close, Leamington Spa, CV32 5TP, should you need it, and the account is in my name.

With many thanks in advance and kind regards,

Mrs Dorothy Hale""",
         "Dorothy Hale"),
        ("automated", (), "Automatic reply: Your request regarding your personal data [PRV-20931]",
         """Thank you for your message.

I am on annual leave until Monday 7 December with no access to email. Messages will not be forwarded. If your matter is urgent please contact my colleague Priya on priya.shah@harbourlogistics.co.uk or call the office on 0117 496 0321.

Kind regards
Gareth""",
         "Gareth Lewis"),
        ("other", (), "order??? SH-448120",
         """hiya, wheres my order?? ordered the rattan corner sofa last tues n tracking says delivered yday but theres nothing here, not w the neighbours either. pls sort asap its for my mums bday on sat!!

tx
Jay

sent from my galaxy""",
         "jaydenm_97"),
        ("complaint", (), "Fw: Fw: RE: Wrong order confirmation - someone else's details",
         """Forwarding the whole lot so you can see it for yourselves. Nobody in your company seems able to read, so I have now reported this to the Data Protection Authority.

---------- Forwarded message ---------
From: Customer Service <service@shop.example.be>
Date: Thu, 12 Nov 2026 at 16:02
Subject: RE: Wrong order confirmation - someone else's details
To: Neil Barraclough <n.barraclough@gmail.com>

Dear Neil,

Thank you for getting in touch. We're sorry to hear you're having trouble with your order confirmation emails. Please try clearing your browser cache and cookies and logging in again. If the problem persists, don't hesitate to contact us.

Kind regards,
Customer Service Team

---------- Forwarded message ---------
From: Neil Barraclough <n.barraclough@gmail.com>
Date: Tue, 10 Nov 2026 at 09:41
Subject: Re: Wrong order confirmation - someone else's details
To: Customer Service <service@shop.example.be>

That is not what I asked. I am NOT having trouble logging in. The email you sent me on 3 November contains another customer's full name, her home address in Ghent, her phone number and everything she ordered. Which presumably means somebody else has got mine. Please tell me what you are doing about it.

Neil

On Fri, 6 Nov 2026 at 11:15, Customer Service <service@shop.example.be> wrote:
> Dear customer,
> Thank you for your message. Your order SH-440917 has been dispatched and should arrive within 3-5 working days. You can follow it with the track & trace link in your confirmation email.
> Kind regards,
> Customer Service Team
>
> On Wed, 4 Nov 2026 at 20:03, Neil Barraclough <n.barraclough@gmail.com> wrote:
>> Hi,
>> The order confirmation I received last night is for somebody else. It has a Mrs E. Verstraete's name, her address, her phone number and a list of what she bought. I haven't shown it to anyone but you clearly have a problem. Can someone look at it please.
>> Neil Barraclough""",
         "Neil Barraclough"),
    ],
    "nl": [
        ("correction", (), "adres",
         """goeiendag met Rita Claes punt ik ben verhuisd en mijn adres staat nog altijd verkeerd bij jullie punt het nieuwe adres is Kerkstraat 14 bus 2 in 2500 Lier punt vroeger was dat de Lisp straat in Boechout maar daar woon ik dus niet meer punt kunt u dat aanpassen want mijn laatste pakje is naar het oude adres gegaan punt dank u wel

Verzonden vanaf mijn iPhone""",
         "Rita Claes"),
        ("restriction", (), "DRINGEND NIET WISSEN",
         """GOEDEMIDDAG

MIJN EX-MAN HEEFT MAANDENLANG MIJN KLANTENACCOUNT BIJ U GEBRUIKT OM OP MIJN NAAM DINGEN TE BESTELLEN. DAT DOSSIER LIGT NU BIJ MIJN ADVOCAAT EN DIE HEEFT DE BESTELGESCHIEDENIS NODIG ALS BEWIJS.

DUS: GELIEVE NIETS TE WISSEN. MAAR DOE ER OOK NIETS MEER MEE TOTDAT DE ZAAK VOOR DE RECHTBANK GEWEEST IS. GEWOON ALLES LATEN STAAN ZOALS HET IS, BEVRIEZEN.

MET VRIENDELIJKE GROETEN
AN DE WINTER
0476 12 34 56""",
         "An De Winter"),
        ("withdraw_consent", ("objection",), "nieuwsbrief",
         """hoi
wil ni meer da jullie mij elke dag die nieuwsbrief sturen aub, ben er echt klaar mee 🙈
en da ik op insta en fb advertenties krijg van dingen die ik bij jullie gekocht heb vind ik ook creepy, doe da aub ni meer met mijn aankopen
thx
Lien""",
         "Lien Peeters"),
        ("automated", (), "Automatisch antwoord: Uw verzoek / Réponse automatique : votre demande",
         """Beste,

Ik ben afwezig tot en met 4 december en heb in die periode geen toegang tot mijn mailbox. Uw bericht wordt niet doorgestuurd. Voor dringende zaken kunt u terecht bij onthaal@vandenbroeck-architecten.be of op 09 223 45 67.

Madame, Monsieur,

Je suis absente jusqu'au 4 décembre inclus, sans accès à mes e-mails. Votre message ne sera pas transféré. Pour toute urgence, veuillez contacter accueil@vandenbroeck-architecten.be ou le 09 223 45 67.

Met vriendelijke groeten / Bien à vous,
Sofie Van den Broeck""",
         "Sofie Van den Broeck"),
        ("portability", (), "Uitschrijven nieuwsbrief",
         """Goeiemiddag,

Ik hou sinds dit jaar alles van mijn tuin bij in een app (TuinLogboek) en die kan bestanden inlezen. Zouden jullie al mijn bestellingen sinds 2019, met de producten, datums en bedragen, en mijn spaarpunten van de klantenkaart in een csv- of Excelbestand kunnen sturen? Met een pdf of een printscreen ben ik niks, het moet door het programma ingelezen kunnen worden.

Alvast bedankt,
Koen Verhaegen
klantnummer 20417733""",
         "Koen Verhaegen"),
    ],
    "fr": [
        ("access", (), "Demande de renseignements",
         """Madame, Monsieur,

Je me permets de vous écrire, en m'excusant d'avance de vous déranger. J'ai septante-huit ans et je ne suis pas très à l'aise avec l'ordinateur ; c'est mon fils Philippe qui tape cette lettre pour moi, le dimanche, quand il vient dîner.

Je suis cliente chez vous depuis longtemps, d'abord par le catalogue papier puis sur internet, et j'ai toujours été satisfaite, notamment de la tondeuse et des jardinières pour la terrasse. Je n'ai donc aucun reproche à vous faire, que ceci soit bien clair.

Seulement, à la télévision, ils ont parlé de toutes ces informations que les magasins gardent sur les gens, et Philippe m'a dit que j'avais le droit de vous le demander. Je voudrais donc savoir ce que vous avez exactement sur moi dans vos ordinateurs, si ce n'est pas trop vous demander. Une lettre par la poste me conviendrait le mieux.

Mon adresse est la suivante : rue des Tilleuls 23, 5000 Namur.

En vous remerciant de votre amabilité, je vous prie d'agréer, Madame, Monsieur, l'expression de mes sentiments distingués.

Jeanne Dumoulin (veuve Lambert)""",
         "Jeanne Dumoulin"),
        ("objection", (), "pub",
         """bonjour je voudrais que vous arrêtiez de vous servir de ce que j'achète chez vous pour me mettre de la pub partout sur facebook et sur les autres sites parce que c'est vraiment pénible de voir des barbecues toute la journée alors que j'en ai déjà acheté un chez vous et je ne veux pas non plus que mes infos partent chez vos partenaires pour ce genre de choses je ne suis pas d'accord avec ça merci d'avance Sandrine""",
         "Sandrine Leclercq"),
        ("complaint", ("access",), "TR: TR: Demande d'accès à mes données",
         """Deuxième rappel. Je n'ai toujours pas reçu la copie de mes données demandée le 2 octobre (voir ci-dessous) et je l'attends toujours. Sans réponse de votre part sous huit jours, je saisis l'Autorité de protection des données.

-------- Message transféré --------
Sujet : TR: Demande d'accès à mes données
Date : Mon, 9 Nov 2026 18:22:04 +0100
De : Olivier Masson <olivier.masson@skynet.be>
Pour : privacy@shop.example.be

Bonjour,

Je me permets de revenir vers vous : plus d'un mois après ma demande, je n'ai rien reçu, hormis l'accusé de réception automatique ci-dessous.

Cordialement,
O. Masson

-------- Message transféré --------
Sujet : Votre demande a bien été reçue [Ticket #48213]
Date : Fri, 2 Oct 2026 10:05:41 +0200
De : Service clients <noreply@shop.example.be>
Pour : olivier.masson@skynet.be

Bonjour,

Nous avons bien reçu votre demande et nous vous répondrons dans les meilleurs délais. Merci de ne pas répondre à ce message.

Le service clients

-------- Message d'origine --------
Sujet : Demande d'accès à mes données
Date : Fri, 2 Oct 2026 10:05:12 +0200
De : Olivier Masson <olivier.masson@skynet.be>
Pour : privacy@shop.example.be

Madame, Monsieur,

En application de l'article 15 du RGPD, je vous prie de me communiquer une copie de l'ensemble des données personnelles me concernant que vous traitez, ainsi que les finalités de ces traitements, les destinataires et la durée de conservation.

Numéro de client : 30188452

Cordialement,
Olivier Masson
Avenue Brugmann 112
1190 Forest""",
         "Olivier Masson"),
        ("other", (), "",
         """bonjour point je voudrais savoir si le salon de jardin en teck modèle Capri pour six personnes est encore disponible point d'interrogation je l'ai vu en promo le mois passé et maintenant il n'apparaît plus sur le site virgule est-ce qu'il va revenir point d'interrogation merci beaucoup bonne journée

Envoyé de mon iPhone""",
         "Michel Dubois"),
        ("deletion", (), "FERMETURE COMPTE",
         """BONJOUR,

JE NE VEUX PLUS RIEN AVOIR A FAIRE AVEC VOTRE MAGASIN APRES L'HISTOIRE DU PARASOL. FERMEZ MON COMPTE ET EFFACEZ TOUT CE QUE VOUS AVEZ SUR MOI, NOM, ADRESSE, TELEPHONE, TOUT. JE NE VEUX PLUS EXISTER CHEZ VOUS.

MERCI DE ME CONFIRMER QUAND C'EST FAIT.

R. GILSON""",
         "Roger Gilson"),
    ],
    "de": [
        ("portability", (), "data export / Datenexport",
         """Hi, sorry, my German is still not great, so English first and then my best try in German.

I'm moving all my garden stuff over to Grünhaus24 and they told me they can import my purchase history and loyalty points if you send them a file. Could you send my data either to me as CSV/JSON or straight to them (datenimport@gruenhaus24.example.de)?

Hallo, ich ziehe mit meinen Gartensachen zu Grünhaus24 um. Die sagen, sie können meine Bestellungen und meine Treuepunkte übernehmen, wenn Sie ihnen eine Datei schicken. Können Sie meine Daten an mich als CSV oder JSON schicken, oder direkt an die (datenimport@gruenhaus24.example.de)?

Danke / thanks!
Tom Becker
Kundennummer 51220984""",
         "Tom Becker"),
        ("withdraw_consent", (), "Newsletter",
         """Guten Tag Punkt ich möchte Ihren news Letter nicht mehr bekommen Punkt die Einwilligung die ich damals beim Kauf vom Hochbeet gegeben habe ziehe ich hiermit zurück Komma bitte auch keine Werbung mehr per E-Mail Punkt meine Adresse ist Klaus Punkt Wendt at Web Punkt de Punkt vielen Dank und schönen Tag noch

Von meinem Samsung Galaxy Smartphone gesendet""",
         "Klaus Wendt"),
        ("automated", (), "[Ticket#2026112910000347] Ihre Anfrage ist bei uns eingegangen",
         """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der oben genannten Ticketnummer erfasst und wird schnellstmöglich von unserem Team bearbeitet. Bitte geben Sie bei Rückfragen immer die Ticketnummer im Betreff an.

Bitte antworten Sie nicht auf diese E-Mail, da es sich um eine automatisch erstellte Nachricht handelt.

Mit freundlichen Grüßen
Ihr Kundenservice
Gartenwelt Schneider GmbH""",
         "Gartenwelt Schneider Kundenservice"),
        ("restriction", (), "Meine Daten bei Ihnen",
         """Sehr geehrte Damen und Herren,

bitte entschuldigen Sie, dass ich Sie mit einer Angelegenheit behellige, die Ihnen vielleicht seltsam vorkommt. Ich bin 84 Jahre alt und schreibe normalerweise noch mit der Hand; diesen Brief tippt mein Enkel Jonas für mich, der sich mit diesen Dingen auskennt.

Ich bin seit vielen Jahren Kundin bei Ihnen, und der Rasenmäher, den ich 2023 bei Ihnen gekauft habe, leistet mir gute Dienste, auch wenn ich den Garten inzwischen nicht mehr allein machen kann. Nun ist es so, dass mein Sohn und ich mit der Versicherung wegen eines Wasserschadens im Gartenhaus im Streit liegen, und der Anwalt sagt, wir brauchen unter Umständen die Rechnungen und Bestellungen von Ihnen als Nachweis.

Jonas hat mir erklärt, dass man darum bitten kann, dass die Daten zwar aufbewahrt, aber nicht weiter verwendet werden. Genau darum möchte ich Sie bitten: Löschen Sie bitte nichts, aber verwenden Sie meine Angaben bis auf Weiteres für nichts anderes mehr, bis die Sache mit der Versicherung erledigt ist. Ich gebe Ihnen dann Bescheid.

Ich danke Ihnen herzlich für Ihre Mühe und wünsche Ihnen eine schöne Adventszeit.

Mit freundlichen Grüßen
Hildegard Brandt
Lindenweg 7, 52062 Aachen""",
         "Hildegard Brandt"),
        ("correction", ("withdraw_consent",), "NAME FALSCH!!!",
         """SEHR GEEHRTE DAMEN UND HERREN,

SEIT JAHREN SCHREIBEN SIE MEINEN NAMEN FALSCH. ICH HEISSE NICHT "MÜLLER" SONDERN "MÖLLER", MIT Ö. AUF JEDEM PAKET UND JEDER RECHNUNG STEHT ES FALSCH. BITTE IN IHREM SYSTEM ÄNDERN.

UND WENN SIE SCHON DABEI SIND: ICH WILL IHRE WERBEMAILS NICHT MEHR. KEINE ANGEBOTE, KEIN NEWSLETTER, NICHTS.

MFG
G. MÖLLER""",
         "Gerd Möller"),
    ],
    "es": [
        ("complaint", (), "q es esto??",
         """hola, me acaba de llamar una empresa de toldos diciendo q tienen mi numero "por ser cliente de shop.example" 😡 yo os di el movil solo para el reparto del pedido, no para q lo vayais repartiendo por ahi. me parece una verguenza y lo voy a denunciar a proteccion de datos.
Raquel""",
         "Raquel Martín"),
        ("deletion", (), "Re: Pedido 55102 - factura",
         """Buenas tardes:

Ya no vivo en Bélgica y no tengo intención de volver a comprar en su tienda, así que les pido que cierren mi cuenta de cliente y quiten todos mis datos personales de sus sistemas: nombre, dirección, historial de pedidos, tarjeta de fidelidad, todo.

Gracias de antemano.

Lucía Fernández Ortega

El mar, 14 abr 2026 a las 10:12, Atención al cliente <service@shop.example.be> escribió:
> Estimada clienta:
> Le adjuntamos la factura de su pedido 55102.
> Un saludo,
> Atención al cliente""",
         "Lucía Fernández Ortega"),
        ("objection", ("withdraw_consent",), "hola",
         """hola buenos días punto os escribo desde el móvil dictando así que perdón por los fallos punto no quiero que uséis lo que compro en vuestra tienda para hacerme un perfil ni para sacarme anuncios personalizados en insta gram coma eso no me hace ninguna gracia punto y también quiero darme de baja del boletín de ofertas que me llega todos los jueves punto gracias punto Javier Romero Gil

Enviado desde mi iPhone""",
         "Javier Romero"),
        ("other", (), "Job application / Solicitud de empleo - almacén",
         """Hello, sorry, I write you in Spanish because my English is not good and I don't speak Dutch or French yet.

Hola, buenos días. Me llamo Andrés Molina, tengo 34 años y vivo en Anderlecht desde hace un año. He visto en internet que tienen un almacén cerca de Bruselas y quería preguntar si buscan personal para preparar pedidos o para carga y descarga. Tengo cinco años de experiencia en logística en Zaragoza y carnet de carretillero. Les adjunto mi currículum.

Muchas gracias y un saludo,
Andrés Molina
+32 489 55 21 07""",
         "Andrés Molina"),
        ("access", (), "Consulta",
         """Muy señores míos:

Les ruego disculpen la molestia. Soy una señora de 79 años, vivo en Bruselas desde 1968 y no me manejo nada bien con el ordenador, por lo que es mi hija Mari Carmen quien me escribe este correo.

Les compro desde hace años semillas y macetas para el balcón y estoy muy contenta con el servicio, eso por delante. El caso es que el otro día, en la asociación de jubilados, nos dieron una charla sobre los datos personales y nos explicaron que cualquiera puede pedir a una empresa que le diga qué tiene guardado de uno. Yo no tengo ningún problema con ustedes, pero me quedé con la curiosidad.

Por eso les quería pedir, si no es mucha molestia, que me digan qué datos míos tienen ustedes guardados y para qué los utilizan. Mi hija dice que pueden mandarlo a este mismo correo.

Sin otro particular, reciban un cordial saludo,

Encarnación Ruiz Benítez""",
         "Encarnación Ruiz"),
    ],
    "it": [
        ("restriction", ("access",), "richiesta urgente",
         """salve vi scrivo perché ho una causa in corso con il corriere per il divano da giardino arrivato distrutto e il mio avvocato dice che mi servono tutti i dati dell'ordine quindi vi chiedo di non cancellare niente ma allo stesso tempo di non usare più i miei dati per nessun altro scopo finché la causa non è finita e già che ci sono vorrei anche sapere esattamente quali dati avete su di me e a chi li avete passati grazie Marco Ferretti""",
         "Marco Ferretti"),
        ("withdraw_consent", (), "BASTA NEWSLETTER",
         """BUONGIORNO
NON VOGLIO PIU' RICEVERE LA VOSTRA NEWSLETTER NE' LE EMAIL CON LE OFFERTE. NON TROVO DA NESSUNA PARTE IL LINK PER DISISCRIVERMI QUINDI LO SCRIVO QUI: IL CONSENSO CHE AVEVO DATO LO RITIRO.
CORDIALI SALUTI
GIUSEPPINA RUSSO""",
         "Giuseppina Russo"),
        ("automated", (), "Risposta automatica: R: La sua richiesta",
         """Sono fuori ufficio fino al 7 dicembre con accesso limitato alla posta elettronica. Per questioni urgenti potete contattare la segreteria al numero 02 8745 3310.

I am out of the office until 7 December with limited access to email. For urgent matters please call our office on +39 02 8745 3310.

Cordiali saluti / Best regards
Chiara Bianchi
Studio Bianchi & Associati""",
         "Chiara Bianchi"),
        ("correction", (), "numero di telefono",
         """buongiorno volevo dirvi che il numero di telefono che avete nel mio profilo è sbagliato punto quello giusto è il 347 2218 0956 punto quello vecchio lo potete togliere perché non ce l'ho più virgola mi chiamo Rosaria Esposito punto grazie mille e buona giornata

Inviato da iPhone""",
         "Rosaria Esposito"),
        ("portability", (), "dati x altra app",
         """ciao, x favore mi mandate tt i miei dati (ordini, punti della carta fedeltà ecc) in un file csv o excel? li devo caricare in un'altra app x il giardino. se è + facile mandateli direttamente a loro: import@verdeapp.example.it. grz mille
Fede""",
         "Federica Gallo"),
    ],
    "pt": [
        ("objection", (), "Re: A sua encomenda foi enviada!",
         """Boa tarde,

Não quero que usem o meu histórico de compras para me mostrarem anúncios personalizados nas redes sociais, nem que passem os meus dados aos vossos parceiros de publicidade. Não estou de acordo com isso e peço que parem.

Obrigado,
Rui Carvalho""",
         "Rui Carvalho"),
        ("access", ("portability",), "Pedido de informação",
         """Exmos. Senhores,

Antes de mais, peço desculpa pelo incómodo. Tenho 76 anos e é o meu neto Tiago que me está a ajudar a escrever este email, porque eu com estas coisas dos computadores não me entendo muito bem.

Sou vossa cliente há já alguns anos, desde que vim viver para a Bélgica com a minha filha, e comprei-vos várias coisas para o jardim e para a varanda. Agora o Tiago convenceu-me a passar a fazer as compras noutra loja online, que entrega mais perto de casa.

Gostaria, se fosse possível, que me dissessem que informações pessoais têm guardadas a meu respeito. E o meu neto diz que tenho também direito a receber as minhas compras e os pontos do cartão num ficheiro que se possa abrir no computador, tipo folha de Excel, para ele os passar para a loja nova. Se puderem enviar isso também, agradecia muito.

Com os melhores cumprimentos,
Maria de Lurdes Azevedo""",
         "Maria de Lurdes Azevedo"),
        ("deletion", (), "conta",
         """oi, td bem? vcs podem apagar minha conta e tds os meus dados? n moro mais na bélgica, voltei pro brasil e n vou usar mais. obg!!
Bia""",
         "Beatriz Nogueira"),
        ("automated", (), "Resposta automÃ¡tica: AusÃªncia",
         """Obrigado pela sua mensagem.

Encontro-me ausente atÃ© dia 8 de dezembro, sem acesso ao correio eletrÃ³nico. A sua mensagem nÃ£o serÃ¡ reencaminhada. Para assuntos urgentes, contacte a minha colega Ana Sousa (ana.sousa@construtora-lima.pt).

Com os melhores cumprimentos,
JoÃ£o Lima""",
         "João Lima"),
        ("complaint", (), "urgente",
         """boa tarde vírgula entrei hoje na minha conta na vossa aplicação e apareceu-me a conta de outra pessoa com o nome dela a morada as encomendas e os últimos números do cartão ponto final isto é muito grave ponto final se eu vejo os dados dela alguém pode estar a ver os meus ponto final vou fazer queixa à comissão de proteção de dados ponto final Paulo Mendes

Enviado do meu telemóvel Huawei""",
         "Paulo Mendes"),
    ],
    "pl": [
        ("withdraw_consent", (), "unsubscribe",
         """Hello, please unsubscribe me, I don't want your emails anymore.

Dzień dobry, proszę o wypisanie mnie z newslettera i ze wszystkich maili reklamowych. Zgody na marketing już nie chcę, wycofuję ją.

Pozdrawiam
Agnieszka Wróbel""",
         "Agnieszka Wróbel"),
        ("correction", (), "ZMIANA NAZWISKA",
         """DZIEN DOBRY
PROSZE O POPRAWIENIE MOJEGO NAZWISKA NA KONCIE KLIENTA. W SYSTEMIE MAM "KOWALSKA" A PO SLUBIE NAZYWAM SIE "KOWALSKA-NOWAK". NA KARCIE STALEGO KLIENTA TEZ PROSZE ZMIENIC.
DZIEKUJE
EWA KOWALSKA-NOWAK""",
         "Ewa Kowalska-Nowak"),
        ("other", (), "Kosiarka",
         """Szanowni Państwo,

bardzo przepraszam, że zawracam Państwu głowę, ale nie bardzo wiem, do kogo się zwrócić. Mam 80 lat, a wiadomość piszę z pomocą wnuczki Oli, bo sam z komputerem nie jestem za pan brat. Ten adres znalazła na Państwa stronie.

W kwietniu kupiłem u Państwa kosiarkę elektryczną do ogródka na działce. Przez całe lato sprawowała się bardzo dobrze, za co dziękuję, ale we wrześniu przestała się włączać. Syn sprawdził kabel i gniazdko, wszystko w porządku.

Chciałbym zapytać, czy kosiarka jest jeszcze na gwarancji i gdzie mogę ją oddać do naprawy. Paragon mam, zamówienie nr SH-392251.

Z wyrazami szacunku
Zdzisław Nowicki""",
         "Zdzisław Nowicki"),
        ("deletion", ("access",), "PD: PD: Re: Reklamacja parasola - zamówienie SH-401877",
         """Proszę usunąć moje konto i wszystkie moje dane. Zanim to zrobicie, chcę jeszcze dostać informację, jakie dane o mnie macie.
Historia poniżej, żebyście wiedzieli dlaczego.

---------- Przekazana wiadomość ---------
Od: Obsługa Klienta <service@shop.example.be>
Data: pt., 20 lis 2026 o 14:12
Temat: Re: Reklamacja parasola - zamówienie SH-401877
Do: Marek Zieliński <marek.zielinski@wp.pl>

Szanowny Panie,

dziękujemy za wiadomość. Niestety uszkodzenia powstałe w wyniku silnego wiatru nie są objęte gwarancją. W związku z tym nie możemy uwzględnić reklamacji.

Z poważaniem
Dział Obsługi Klienta

---------- Przekazana wiadomość ---------
Od: Marek Zieliński <marek.zielinski@wp.pl>
Data: śr., 18 lis 2026 o 21:47
Temat: Re: Reklamacja parasola - zamówienie SH-401877
Do: Obsługa Klienta <service@shop.example.be>

Parasol stał na tarasie złożony, wiatru nie było żadnego, stelaż pękł sam przy otwieraniu. Załączam zdjęcia jeszcze raz. Proszę o ponowne rozpatrzenie.

Marek Zieliński

W dniu pon., 16 lis 2026 o 09:30 Obsługa Klienta <service@shop.example.be> napisał(a):
> Szanowny Panie,
> na przesłanych zdjęciach widać wygięty stelaż. Prosimy o informację, w jakich okolicznościach doszło do uszkodzenia.
> Z poważaniem
> Dział Obsługi Klienta
>
> W dniu czw., 12 lis 2026 o 19:05 Marek Zieliński <marek.zielinski@wp.pl> napisał(a):
>> Dzień dobry,
>> parasol ogrodowy z zamówienia SH-401877 pękł przy pierwszym otwieraniu. Proszę o wymianę albo zwrot pieniędzy. Zdjęcia w załączniku.
>> Marek Zieliński""",
         "Marek Zieliński"),
        ("restriction", (), "konto",
         """hej, NIE usuwajcie mojego konta ani danych, ale zamroźcie je na razie i nic z nimi nie róbcie. ktoś zamówił u was 2 rzeczy z mojej karty, sprawa jest w banku i na policji i te zamówienia beda potrzebne jako dowód. jak sie wyjaśni to dam znać. dzieki
K.""",
         "Kamil Dąbrowski"),
    ],
    "cs": [
        ("automated", (), "Automatická odpověď: Vaše žádost",
         """Dobrý den,

tato e-mailová schránka již není používána. Vaše zpráva nebude přečtena ani přeposlána. Kontaktujte nás prosím na adrese info@zahradnictvi-novak.cz.

Děkujeme za pochopení.

Zahradnictví Novák s.r.o.""",
         "Zahradnictví Novák"),
        ("portability", (), "data",
         """dobrý den tečka chtěla bych všechny svoje objednávky a body z věrnostní karty v souboru který se dá nahrát do jiného e-shopu čárka třeba CSV nebo Excel tečka PDF mi nestačí protože to ten druhý obchod neumí načíst tečka nebo to můžete poslat rovnou jim čárka jmenuje se Zahrada Plus tečka děkuji Jana Horáková

Odesláno z mého telefonu""",
         "Jana Horáková"),
        ("complaint", ("deletion",), "POTŘETÍ!!!",
         """DOBRÝ DEN,
UŽ POTŘETÍ VÁS ŽÁDÁM, ABYSTE SMAZALI MŮJ ÚČET A VŠECHNY MOJE ÚDAJE. PRVNÍ MAIL JSEM POSLAL 15. ZÁŘÍ, DRUHÝ 20. ŘÍJNA A NIKDO MI NEODPOVĚDĚL. JE TO VÝSMĚCH.
SMAŽTE MĚ. UŽ JSEM PODAL STÍŽNOST NA ÚŘAD PRO OCHRANU OSOBNÍCH ÚDAJŮ.
PAVEL SVOBODA""",
         "Pavel Svoboda"),
        ("objection", (), "reklamy",
         """ahoj, nechci aby ste moje nákupy používali na reklamy co mi pak vyskakujou na fb a googlu, je to fakt divný. a neposílejte moje údaje žádnejm partnerům kvůli reklamě. díky
Lucka""",
         "Lucie Králová"),
        ("access", (), "Reklamace – rozbitý květináč, obj. 2026-88412",
         """Dobrý den,

chtěl bych vědět, jaké osobní údaje o mně vedete, odkud je máte a komu jste je případně předali. Zajímá mě i to, jak dlouho je budete uchovávat.

S pozdravem
Tomáš Dvořák""",
         "Tomáš Dvořák"),
    ],
    "hr": [
        ("deletion", (), "Račun",
         """dobar dan točka molim vas da mi ugasite korisnički račun i izbrišete sve što imate o meni točka ne želim više imati nikakve veze s vašom trgovinom zarez ni kartica vjernosti ni ništa točka hvala lijepa Ivana Babić

Poslano s mog iPhonea""",
         "Ivana Babić"),
        ("other", (), "GDJE JE MOJA NARUDŽBA",
         """POŠTOVANI,
NARUČIO SAM VRTNU GARNITURU (STOL I 4 STOLICE) PRIJE TRI TJEDNA, PLAĆENO KARTICOM, BROJ NARUDŽBE SH-447093. JOŠ NIŠTA NIJE STIGLO A NA STRANICI PIŠE "U OBRADI". MOLIM ODGOVOR KADA ĆE STIĆI.
LP
DRAŽEN MATIĆ""",
         "Dražen Matić"),
        ("correction", (), "Molba",
         """Poštovani,

oprostite što vas uznemiravam, znam da imate puno posla. Imam 82 godine i ovo mi piše kći Snježana, jer ja s tim računalima baš ne znam.

Kod vas kupujem već nekoliko godina, uglavnom sjemenke i zemlju za cvijeće, i uvijek sam bila zadovoljna. Ovog ljeta sam se preselila kod kćeri, jer sama više ne mogu, a paketi i dalje idu na staru adresu, gdje sada nitko ne živi. Susjeda mi ih donese, ali ne bih je htjela više gnjaviti.

Pa vas lijepo molim da mi promijenite adresu kod vas. Nova adresa je: Ulica Ivana Gundulića 15, 10000 Zagreb. I broj telefona je sada kćerin: 091 555 2367.

Unaprijed vam zahvaljujem i lijep pozdrav,
Marija Horvat""",
         "Marija Horvat"),
        ("withdraw_consent", ("objection",), "Newsletter",
         """Hi (Croatian below, English just in case)
Please take me off your newsletter, and I don't want my data used for targeted ads either.

Pozdrav,
molim da me maknete s newslettera, više ga ne želim primati. Također ne želim da se moji podaci koriste za ciljane oglase na društvenim mrežama.

Hvala,
Nikola Perić""",
         "Nikola Perić"),
        ("objection", (), "Odjava",
         """Poštovani,

ne želim da analizirate moje kupnje i na temelju toga radite profil o meni, niti da pratite što gledam na vašoj stranici i to koristite za reklame. Molim da s time prestanete.

Lijep pozdrav,
Goran Knežević""",
         "Goran Knežević"),
    ],
    "sv": [
        ("access", ("restriction",), "fråga",
         """hej jag undrar vilka uppgifter ni har om mig och var ni har fått dem ifrån för jag har börjat få reklam från ett företag jag aldrig hört talas om och vill veta hur det hänger ihop och tills jag har fått svar vill jag att ni inte använder mina uppgifter till någonting alls men radera dem inte heller för jag vill kunna se vad ni har tack på förhand Birgitta Lund""",
         "Birgitta Lund"),
        ("complaint", (), 'VB: VB: Re: Samtal från er "partner"',
         """Läs nedan. Ni påstår att ni inte lämnar ut uppgifter, men er "partner" säger något helt annat. Jag har anmält er till IMY i dag.

---------- Vidarebefordrat meddelande ---------
Från: Trädgårdsservice Öst AB <info@tradgardsservice-ost.example.se>
Datum: tis 17 nov. 2026 kl. 15:20
Ämne: Sv: Var fick ni mitt nummer?
Till: Henrik Sjöberg <henrik.sjoberg@telia.com>

Hej Henrik,

Vi fick dina kontaktuppgifter via vårt samarbete med shop.example.be, där du är registrerad kund. Om du inte vill bli kontaktad av oss igen kan du svara på detta mejl.

Vänliga hälsningar
Trädgårdsservice Öst AB

---------- Vidarebefordrat meddelande ---------
Från: Kundtjänst <service@shop.example.be>
Datum: fre 13 nov. 2026 kl. 10:02
Ämne: Re: Samtal från er "partner"
Till: Henrik Sjöberg <henrik.sjoberg@telia.com>

Hej Henrik,

Tack för ditt meddelande. Vi kan försäkra dig om att vi aldrig säljer eller lämnar ut våra kunders personuppgifter till tredje part.

Med vänliga hälsningar
Kundtjänst

Den ons 11 nov. 2026 kl. 19:44 skrev Henrik Sjöberg <henrik.sjoberg@telia.com>:
> Hej,
> Jag blev uppringd i kväll av ett trädgårdsföretag som sa att de fått mitt nummer från er. Stämmer det? Jag har aldrig godkänt något sådant.
> Henrik""",
         "Henrik Sjöberg"),
        ("restriction", (), "radera INTE",
         """hej! radera inte mitt konto eller nåt men använd inte mina uppg till nåt tills vidare. har en tvist m försäkringsbolaget om gräsklipparen som började brinna o advokaten vill att allt sparas som det är. säger till när det är klart 👍
mvh J""",
         "Johan Nyström"),
        ("automated", (), "Autosvar: Ang. din begäran",
         """Hej!

Jag är föräldraledig till och med 31 mars 2027 och läser inte min mejl. Ditt meddelande vidarebefordras inte. I brådskande ärenden, kontakta växeln på 08-123 456 00 eller ekonomi@lindqvistbygg.se.

Vänliga hälsningar
Emma Lindqvist""",
         "Emma Lindqvist"),
        ("portability", (), "flytta mina uppgifter",
         """hej punkt jag har gått över till Trädgårdsbolaget och dom säger att dom kan ta emot en fil med min köphistorik och mina bonuspoäng från er punkt kan ni skicka över allt det direkt till dom eller till mig i ett format som går att läsa in i datorn typ CSV punkt deras adress är kundflytt at trädgårdsbolaget punkt se punkt tack så mycket Lars Ek

Skickat från min iPhone""",
         "Lars Ek"),
    ],
    "ro": [
        ("other", (), "SEO for shop.example.be / Optimizare SEO",
         """Hello! We are a digital agency from Cluj. Short version: your shop is losing a lot of organic traffic and we can fix that. Details in Romanian below, our English copywriter is on holiday :)

Bună ziua,

Am analizat site-ul dumneavoastră și am observat că pierdeți mult trafic organic din cauza vitezei de încărcare și a câtorva erori tehnice. Echipa noastră a ajutat peste 120 de magazine online din Europa să-și dubleze vânzările în 6 luni. V-ar interesa o discuție de 15 minute săptămâna viitoare? Auditul inițial este gratuit.

O zi frumoasă,
Andrei Pop
Business Development – PixelCraft Digital""",
         "Andrei Pop"),
        ("objection", (), "Rugăminte",
         """Stimată doamnă, stimate domn,

Vă rog să mă iertați că vă deranjez. Am 77 de ani și nepoata mea, Ioana, mă ajută să vă scriu, pentru că eu nu mă pricep la calculator. Locuiesc la Liège de mulți ani, lângă fiica mea, și comand de la dumneavoastră flori și pământ pentru grădină.

Ioana mi-a explicat că reclamele care îmi apar pe telefon, cu exact lucrurile pe care le-am cumpărat de la dumneavoastră, vin din faptul că folosiți cumpărăturile mele ca să-mi arătați reclame. Eu nu știam asta. Nu sunt supărată, dar nu îmi place, și vă rog frumos să nu mai folosiți cumpărăturile mele în felul acesta și să nu mai dați datele mele altor firme pentru reclame.

Vă mulțumesc frumos și vă doresc multă sănătate,
Elena Popescu""",
         "Elena Popescu"),
        ("withdraw_consent", (), "mailuri",
         """buna, va rog scoateti-ma de pe lista cu mailuri de oferte, nu mai vreau sa primesc nimic de la voi pe mail. mersi mult
Cristi""",
         "Cristian Dumitru"),
        ("correction", (), "Ștergere cont",
         """Bună ziua,

M-am răzgândit, nu mai vreau să-mi închideți contul, vă rog să-l lăsați așa cum e. În schimb vă rog să-mi schimbați adresa de e-mail din cont: pe cea veche (andreea.ionescu@yahoo.com) nu o mai folosesc, cea nouă este andreea.ionescu.be@gmail.com.

Mulțumesc,
Andreea Ionescu""",
         "Andreea Ionescu"),
        ("deletion", ("withdraw_consent", "access"), "CONT",
         """BUNA ZIUA,
VA ROG SA STERGETI CONTUL MEU SI TOATE DATELE MELE. NU MAI VREAU NICI NEWSLETTERUL, NICI OFERTELE PE MAIL.
SI VREAU SA STIU CUI ATI DAT DATELE MELE PANA ACUM.
MULTUMESC
GHEORGHE STAN""",
         "Gheorghe Stan"),
    ],
    "el": [
        ("portability", ("deletion",), "My data / Τα δεδομένα μου",
         """Hi, Greek version below, I wasn't sure which language you read.
Please send me all my data (orders, loyalty points, addresses) as a CSV or JSON file so I can import it at the new shop I use, and then close my account.

Καλησπέρα σας,
παρακαλώ στείλτε μου όλα τα δεδομένα μου (παραγγελίες, πόντους, διευθύνσεις) σε αρχείο CSV ή JSON, για να τα περάσω στο καινούργιο κατάστημα όπου ψωνίζω πλέον. Μετά κλείστε τον λογαριασμό μου.

Ευχαριστώ,
Κώστας Παπαδόπουλος""",
         "Κώστας Παπαδόπουλος"),
        ("automated", (), "Αυτόματη απάντηση: Το αίτημά σας",
         """Σας ευχαριστώ για το μήνυμά σας.

Θα βρίσκομαι εκτός γραφείου έως τις 7 Δεκεμβρίου, χωρίς πρόσβαση στο ηλεκτρονικό ταχυδρομείο. Για επείγοντα θέματα μπορείτε να επικοινωνήσετε με τη γραμματεία στο 210 7654 321.

Με εκτίμηση,
Δήμητρα Αντωνίου""",
         "Δήμητρα Αντωνίου"),
        ("access", (), "stoixeia",
         """geia sas, tha ithela na mou steilete ola ta stoixeia pou exete gia mena, ti exete kratisei k apo pou ta pirate. eimai pelatis sas apo to 2021. euxaristw poly
Giorgos""",
         "Giorgos Nikolaou"),
        ("complaint", (), "ΑΠΑΡΑΔΕΚΤΟ",
         """ΚΑΛΗΣΠΕΡΑ
ΣΗΜΕΡΑ ΠΗΡΑ ΤΟ ΔΕΜΑ ΜΟΥ ΚΑΙ ΜΕΣΑ ΕΙΧΕ ΤΟ ΤΙΜΟΛΟΓΙΟ ΚΑΠΟΙΟΥ ΑΛΛΟΥ ΠΕΛΑΤΗ ΜΕ ΟΝΟΜΑ, ΔΙΕΥΘΥΝΣΗ ΚΑΙ ΤΗΛΕΦΩΝΟ. ΑΡΑ ΚΑΠΟΙΟΣ ΑΛΛΟΣ ΕΧΕΙ ΠΑΡΕΙ ΤΟ ΔΙΚΟ ΜΟΥ ΜΕ ΟΛΑ ΤΑ ΣΤΟΙΧΕΙΑ ΜΟΥ. ΕΙΝΑΙ ΑΠΑΡΑΔΕΚΤΟ ΝΑ ΦΕΡΕΣΤΕ ΕΤΣΙ ΣΤΑ ΠΡΟΣΩΠΙΚΑ ΔΕΔΟΜΕΝΑ ΤΩΝ ΠΕΛΑΤΩΝ ΣΑΣ.
ΘΑ ΚΑΝΩ ΚΑΤΑΓΓΕΛΙΑ ΣΤΗΝ ΑΡΧΗ ΠΡΟΣΤΑΣΙΑΣ ΔΕΔΟΜΕΝΩΝ.
ΑΙΚΑΤΕΡΙΝΗ ΒΛΑΧΟΥ""",
         "Αικατερίνη Βλάχου"),
        ("restriction", (), "Παράκληση",
         """Αξιότιμοι κύριοι,

Σας ζητώ συγγνώμη για την ενόχληση. Είμαι 80 χρονών και αυτό το μήνυμα το γράφει για μένα ο εγγονός μου ο Νίκος, γιατί εγώ με τους υπολογιστές δεν τα πάω καλά.

Είμαι πελάτισσά σας πολλά χρόνια, από τότε που μένω στις Βρυξέλλες, και πάντα ήμουν ευχαριστημένη. Τώρα ο εγγονός μου λέει να κλείσω τον λογαριασμό, ενώ η κόρη μου λέει να τον κρατήσω για τις εγγυήσεις από τα έπιπλα του κήπου. Εγώ δεν έχω αποφασίσει ακόμα και θα το συζητήσουμε όλοι μαζί το Πάσχα.

Μέχρι τότε σας παρακαλώ να μη σβήσετε τίποτα από τα στοιχεία μου, αλλά και να μην τα χρησιμοποιείτε για τίποτα. Να μείνουν όπως είναι, «παγωμένα», όπως λέει ο Νίκος.

Με πολλές ευχαριστίες και εκτίμηση,
Ευανθία Γεωργίου""",
         "Ευανθία Γεωργίου"),
    ],
    "bg": [
        ("objection", (), "reklami",
         """zdr, ne iskam da mi pokazvate reklami vuv fb spored tova kakvo kupuvam ot vas, i ne davaite dannite mi na partnyori za reklama. mersi
Ivo""",
         "Ivaylo Georgiev"),
        ("correction", (), "Адрес",
         """здравейте точка моля да поправите адреса ми в профила точка сега пише улица Шипка 12 а трябва да е Шипка 21 запетая цифрите са разменени и пратката ми отиде при съседите точка благодаря Мария Петрова

Изпратено от моя iPhone""",
         "Мария Петрова"),
        ("withdraw_consent", (), "Въпрос за поръчка 2026-77315",
         """Здравейте,

Моля, спрете да ми пращате бюлетина и рекламните имейли. Вече не желая да получавам нищо такова от вас и оттеглям съгласието си за това.

Поздрави,
Десислава Иванова""",
         "Десислава Иванова"),
        ("other", (), "Въпрос",
         """Уважаеми господа,

Извинете, че ви безпокоя. Аз съм на 79 години и пиша с помощта на внучката ми Ралица, която ми показа вашия сайт. Искам да си поръчам семена за градината.

Когато влязох в сайта, излезе едно прозорче, в което пишеше за „бисквитки" и трябваше да натисна „Приемам" или „Отказвам". Не разбрах какво значи това. Опасно ли е? Какво правят тези бисквитки и трябва ли да ги приема, за да мога да поръчам? Не ви моля нищо да променяте, само искам да разбера.

Благодаря ви предварително.
С уважение,
Стефан Димитров""",
         "Стефан Димитров"),
        ("complaint", ("deletion",), "Fwd: Fwd: Изтриване на акаунт",
         """Пиша ви за трети път, вижте по-долу. Искам данните ми да бъдат изтрити ВЕДНАГА. Подавам сигнал до КЗЛД и до белгийския орган за защита на данните.

---------- Препратено съобщение ---------
От: Николай Стоянов <n.stoyanov@abv.bg>
Дата: 2 ноември 2026 г., 21:14
Тема: Fwd: Изтриване на акаунт
До: privacy@shop.example.be

Здравейте,
изпращам отново писмото си от 28 септември. Все още нямам отговор.
Н. Стоянов

---------- Препратено съобщение ---------
От: Николай Стоянов <n.stoyanov@abv.bg>
Дата: 28 септември 2026 г., 10:37
Тема: Изтриване на акаунт
До: privacy@shop.example.be

Здравейте,

Моля да изтриете акаунта ми в shop.example.be и всички лични данни, които пазите за мен. Клиентски номер: 40992215.

Благодаря,
Николай Стоянов""",
         "Николай Стоянов"),
    ],
}

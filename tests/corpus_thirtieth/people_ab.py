"""Thirtieth set, every kind of request as native speakers write it, with each country's own templates and idiom (es it pt). Written apart from the rules (see make_thirtieth.py)."""

PEOPLE_AB = {
    "es": [
        # 1. AEPD modelo, access (with the usual conditional threat: still access)
        ("access", (),
         "Ejercicio del derecho de acceso",
         """Muy señores míos:

EJERCICIO DEL DERECHO DE ACCESO

DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: titular de la tienda online shop.example.be
Dirección ante la que se ejercita el derecho: privacy@shop.example.be

DATOS DEL AFECTADO
D.ª María Isabel Carrasco Ledesma, mayor de edad, con domicilio en la C/ Doctor Fleming n.º 14, 3.º B, Localidad Alcalá de Henares, Provincia Madrid, C.P. 28804, con D.N.I. 47.118.302-K, del que acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos (RGPD), y en el artículo 13 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

SOLICITA,

Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se remita la información a la dirección de correo electrónico desde la que se envía este escrito.

Que estas informaciones comprendan, de modo legible e inteligible, los datos de base que sobre mi persona están incluidos en sus ficheros, los resultantes de cualquier elaboración, proceso o tratamiento, así como el origen de los mismos, los cesionarios y la especificación de los concretos usos y finalidades para los que se almacenaron.

En caso de no obtener respuesta en el plazo indicado, me reservo el derecho a presentar la correspondiente reclamación ante la Agencia Española de Protección de Datos.

En Alcalá de Henares, a 14 de octubre de 2024.

Fdo.: María Isabel Carrasco Ledesma

Adjunto: copia del DNI (anverso y reverso)""",
         "María Isabel Carrasco Ledesma"),

        # 2. OCU-style letter: deletion + withdrawal of consent + objection
        ("deletion", ("withdraw_consent", "objection"),
         "Solicitud de supresión de datos personales",
         """Asunto: Ejercicio de los derechos de supresión y oposición y retirada del consentimiento

Muy señores míos:

Por la presente, y en mi condición de cliente (n.º de cliente 100482731), ejerzo ante ustedes los siguientes derechos reconocidos en el Reglamento (UE) 2016/679 (RGPD) y en la Ley Orgánica 3/2018 (LOPDGDD):

1. Derecho de supresión (art. 17 RGPD y art. 15 LOPDGDD): solicito que supriman todos los datos personales que me conciernen y que den de baja mi cuenta de cliente y mi tarjeta de fidelización, salvo aquellos que deban conservar bloqueados por obligación legal.

2. Retirada del consentimiento (art. 7.3 RGPD): retiro el consentimiento que en su día presté para el envío de comunicaciones comerciales por correo electrónico y por SMS.

3. Derecho de oposición (art. 21 RGPD y art. 18 LOPDGDD): me opongo a cualquier tratamiento de mis datos con fines de mercadotecnia directa, incluida la elaboración de perfiles, así como a su comunicación a empresas colaboradoras.

Les ruego que me confirmen por escrito, en el plazo máximo de un mes, que han atendido estas solicitudes.

Sin otro particular, reciban un cordial saludo.

Jordi Puig Ferrer
DNI 39.876.543-D
Sabadell (Barcelona)""",
         "Jordi Puig Ferrer"),

        # 3. portability, formal
        ("portability", (),
         "Derecho a la portabilidad de los datos",
         """Estimados señores:

Asunto: Solicitud de portabilidad de datos (art. 20 RGPD y art. 17 LOPDGDD)

Yo, Alejandro Ruiz Montalbán, con NIE Y-4471823-P, titular de la cuenta de cliente asociada a esta dirección de correo, les solicito que me faciliten los datos personales que les he proporcionado (datos de registro, direcciones de envío, historial de pedidos y puntos de la tarjeta de fidelización) en un formato estructurado, de uso común y lectura mecánica, por ejemplo CSV o JSON.

Les recuerdo que disponen del plazo de un mes previsto en el artículo 12.3 del RGPD.

Un saludo cordial,

Alejandro Ruiz Montalbán""",
         "Alejandro Ruiz"),

        # 4. restriction while accuracy is checked, then rectification
        ("restriction", ("correction",),
         "Solicitud de limitación del tratamiento",
         """Asunto: Ejercicio del derecho a la limitación del tratamiento (art. 18 RGPD / art. 16 LOPDGDD)

Muy señores míos:

Al revisar mi cuenta de cliente he comprobado que figuran como domicilio de facturación una dirección en Getafe en la que no he vivido nunca y un número de teléfono que no reconozco. Impugno la exactitud de esos datos.

Por ello, SOLICITO:

Primero.- Que, mientras verifican la exactitud de los datos, limiten el tratamiento de mis datos personales, de forma que únicamente se conserven y no se utilicen para ninguna otra finalidad ni se comuniquen a terceros.

Segundo.- Que, una vez comprobado el error, rectifiquen los datos inexactos conforme al artículo 16 del RGPD, dejando como domicilio C/ Real 27, 1.º A, 28300 Aranjuez (Madrid).

Quedo a la espera de su respuesta.

Atentamente,

Beatriz Navarro Cuesta
DNI 05.712.964-S""",
         "Beatriz Navarro Cuesta"),

        # 5. second request after the deadline, threat to go to the AEPD
        ("complaint", ("access",),
         "SEGUNDO REQUERIMIENTO - Derecho de acceso sin respuesta",
         """Muy señores míos:

Con fecha 2 de septiembre de 2024 les remití, a esta misma dirección de correo electrónico, un escrito por el que ejercía mi derecho de acceso (art. 15 RGPD y art. 13 LOPDGDD). Ha transcurrido con creces el plazo de un mes previsto en el artículo 12.3 del RGPD sin que haya recibido contestación alguna, ni siquiera un acuse de recibo.

Por medio del presente les reitero la solicitud de acceso a todos mis datos personales y les comunico que, si en el plazo de diez días no atienden mi derecho, presentaré reclamación ante la Agencia Española de Protección de Datos a través de su sede electrónica, adjuntando copia de ambos escritos.

Atentamente,

Fernando Gil Soriano
DNI 25.403.118-L""",
         "Fernando Gil Soriano"),

        # 6. Colombian in Madrid, new address
        ("correction", (),
         "cambio de dirección",
         """Buenas tardes,

Les escribo porque me mudé hace poco y en mi cuenta todavía sale la dirección vieja. ¿Me pueden actualizar los datos por favor? La nueva es:

Calle de Embajadores 102, 4º izq.
28012 Madrid

Y el celular también me cambió, ahora es el +34 612 48 30 77.

Mil gracias, muy amables.

Paola Andrea Rincón""",
         "Paola Andrea Rincón"),

        # 7. blunt objection to sharing with partners
        ("objection", (),
         "mis datos a terceros NO",
         """Hola.

He leído en vuestra política de privacidad que compartís datos con "socios comerciales" para publicidad. Pues no. Me opongo a que paséis mis datos (nombre, email, lo que compro) a ninguna otra empresa para anuncios ni historias. La cuenta y los pedidos los podéis seguir gestionando, que para eso compro.

Un saludo
Javi""",
         "Javier Domínguez"),

        # 8. newsletter, from a phone
        ("withdraw_consent", (),
         "Baja newsletter",
         """Hola, por favor dadme de baja de la newsletter, me llegan 3 correos a la semana y no los leo. El enlace de abajo del todo no me funciona 🙄

Gracias

Enviado desde mi iPhone""",
         "Lorena"),

        # 9. SMS offers tied to the loyalty card
        ("withdraw_consent", (),
         "SMS de ofertas tarjeta cliente",
         """Buenos días:

Cuando me hice la tarjeta de cliente en su web marqué la casilla para recibir ofertas por SMS. Ya no quiero, retiro ese consentimiento. La tarjeta sí la quiero mantener para seguir juntando puntos.

Mi móvil es el 623 45 19 08.

Saludos,
Encarna Molina""",
         "Encarna Molina Ruiz"),

        # 10. blunt deletion, no accents
        ("deletion", (),
         "borrar cuenta",
         """hola
quiero q borreis mi cuenta y todos mis datos, hace años q no compro en vuestra web y no quiero tener cuenta. avisadme cuando este hecho
gracias""",
         "dani_mg93"),

        # 11. Argentine living in Barcelona
        ("access", (),
         "Consulta sobre mis datos",
         """Hola, ¿qué tal?

Soy argentina pero vivo en Barcelona hace unos años y les compro seguido. Quería saber qué datos míos tienen guardados y para qué los usan. ¿Me podrían mandar una copia? Si necesitan que les confirme algo para identificarme, avísenme.

¡Saludos!
Lucía Bertolotti""",
         "Lucía Bertolotti"),

        # 12. complaint: data passed to another company
        ("complaint", (),
         "Queja: me llega publicidad de otra empresa con mis datos",
         """Buenas,

Desde que os compré la barbacoa de gas en agosto me están llegando correos y hasta llamadas de una empresa de placas solares que me trata por mi nombre y me habla de "su reciente compra de una barbacoa". Nunca he dado permiso para que paséis mis datos a nadie. Me parece una vergüenza y quiero que conste mi queja formal por el uso que habéis hecho de mis datos.

Un saludo,
Rubén Castaño""",
         "Rubén Castaño"),

        # 13. reminder past the deadline with a threat to the AEPD, Outlook quote
        ("complaint", ("deletion",),
         "RE: Solicitud de borrado de cuenta",
         """Os escribí el 12 de agosto pidiendo que borrarais mi cuenta (os copio el correo abajo). Ha pasado más de un mes y ni respuesta ni nada, y encima me seguís mandando correos. Si esta semana no está borrada pongo una reclamación en la AEPD, que ya tengo el formulario preparado.

Nerea Etxeberria

-----Mensaje original-----
De: Nerea Etxeberria
Enviado el: lunes, 12 de agosto de 2024 21:14
Para: privacy@shop.example.be
Asunto: Solicitud de borrado de cuenta

Hola, quiero que borréis mi cuenta de cliente y todos mis datos. Gracias.""",
         "Nerea Etxeberria"),

        # 14. Mexican in Valencia, objection to profiling (keeps the newsletter)
        ("objection", (),
         "No quiero recomendaciones personalizadas",
         """Hola, buen día.

Me di cuenta de que en la página y en los correos me salen recomendaciones según lo que he comprado y lo que he estado viendo. No estoy de acuerdo con que analicen mi historial para hacerme un perfil, así que me opongo a ese tratamiento. La newsletter normal sí me la pueden seguir mandando, esa me interesa.

Saludos cordiales,
Diego Alarcón""",
         "Diego Alarcón"),

        # 15. ordinary portability
        ("portability", (),
         "exportar mis pedidos",
         """Hola!

¿Hay alguna forma de descargarme todos mis datos (pedidos, direcciones, puntos) en un archivo tipo Excel o CSV? Los quiero meter en la hoja de cálculo donde llevo los gastos de la casa. He mirado en "Mi cuenta" y no veo la opción.

Gracias!!
Sonia""",
         "Sonia Prieto"),

        # 16. OTHER: consumer withdrawal from a purchase (model form, RDL 1/2007)
        ("other", (),
         "Desistimiento pedido 20240917-55821",
         """A la atención de Atención al Cliente:

Por la presente le comunico que desisto de mi contrato de venta del siguiente bien: tumbona de aluminio modelo "Sevilla", color antracita.

Pedido el 17/09/2024, recibido el 19/09/2024.
N.º de pedido: 20240917-55821
Nombre del consumidor: Raquel Benítez Sanz
Domicilio del consumidor: Av. de la Constitución 8, 2.º D, 41001 Sevilla
Fecha: 25/09/2024

Les agradecería que me indiquen cómo devolver el artículo.

Raquel Benítez""",
         "Raquel Benítez Sanz"),

        # 17. OTHER: cancel a paid subscription box
        ("other", (),
         "Baja suscripción Caja Huerto",
         """Hola, quiero darme de baja de la suscripción mensual de la caja de semillas y plantones (Caja Huerto). Por favor no me cobréis el mes de noviembre. La cuenta la mantengo, solo quiero dejar la suscripción.

Gracias,
Pilar""",
         "Pilar Ortega"),

        # 18. OTHER: wrong company tax number on an invoice
        ("other", (),
         "Factura con CIF incorrecto",
         """Buenos días,

En la factura n.º FV-2024-018812 del pedido que hicimos para la oficina aparece mal el CIF de la empresa. Han puesto B86420135 y el correcto es B86420153 (Reformas Oliva Hermanos, S.L.). ¿Pueden rectificar la factura y enviárnosla de nuevo? La necesitamos para cerrar el trimestre del IVA.

Un saludo,

Marta Oliva
Administración
Reformas Oliva Hermanos, S.L.
Tel. 968 21 44 70""",
         "Marta Oliva | Reformas Oliva"),
    ],
    "it": [
        # 1. Garante's modello, section 1 (access) only
        ("access", (),
         "Esercizio di diritti in materia di protezione dei dati personali",
         """Spett.le Titolare del trattamento
shop.example.be
c.a. Responsabile della protezione dei dati

Oggetto: Esercizio di diritti in materia di protezione dei dati personali (artt. da 15 a 22 del Regolamento (UE) 2016/679)

Il sottoscritto Marco Bellandi, nato a Prato il 14/05/1978, esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15 del Regolamento (UE) 2016/679)
Il sottoscritto (barrare solo le caselle che interessano):
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare:
- le finalità del trattamento;
- le categorie di dati personali trattate;
- i destinatari o le categorie di destinatari a cui i dati personali sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
- il periodo di conservazione dei dati personali previsto oppure, se non è possibile, i criteri utilizzati per determinare tale periodo;
- l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
- l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e le informazioni significative sulla logica utilizzata, nonché l'importanza e le conseguenze previste di tale trattamento per l'interessato.

Recapito per la risposta: il presente indirizzo di posta elettronica.

Estremi di un documento di riconoscimento: carta d'identità n. CA48211BF rilasciata dal Comune di Prato.

Prato, 3 ottobre 2024

Marco Bellandi""",
         "Marco Bellandi"),

        # 2. Garante's modello pasted whole: deletion and marketing objection ticked, the rest not
        ("deletion", ("objection",),
         "Richiesta cancellazione dati e opposizione marketing",
         """Spett.le Società,

Oggetto: Esercizio di diritti in materia di protezione dei dati personali (artt. da 15 a 22 del Regolamento (UE) 2016/679)

La sottoscritta Giovanna Russo, nata a Napoli il 22/11/1965, esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

2. Richiesta di intervento sui dati (artt. 16-18 del Regolamento (UE) 2016/679)
La sottoscritta chiede di effettuare le seguenti operazioni (barrare solo le caselle che interessano):
[ ] rettificazione e/o aggiornamento dei dati (art. 16 del Regolamento (UE) 2016/679);
[X] cancellazione dei dati (art. 17, paragrafo 1, del Regolamento (UE) 2016/679), per i seguenti motivi: i dati non sono più necessari rispetto alle finalità per le quali sono stati raccolti, in quanto non sono più cliente e non intendo effettuare altri acquisti;
[ ] limitazione del trattamento (art. 18 del Regolamento (UE) 2016/679) per i seguenti motivi: ...

5. Opposizione al trattamento per fini di marketing diretto (art. 21, paragrafo 2, del Regolamento (UE) 2016/679)
[X] La sottoscritta si oppone al trattamento dei propri dati personali effettuato a fini di marketing diretto, compresa la profilazione connessa a tale marketing.

Recapito per la risposta: e-mail dalla quale scrivo.

Estremi di un documento di riconoscimento: patente di guida n. NA5123456X

Napoli, 9 ottobre 2024

Giovanna Russo""",
         "Giovanna Russo"),

        # 3. Altroconsumo-style rectification letter, with the Codice privacy
        ("correction", (),
         "Richiesta di rettifica dei dati personali - art. 16 GDPR",
         """Spett.le Società,

Oggetto: richiesta di rettifica dei dati personali ai sensi dell'art. 16 del Regolamento (UE) 2016/679 e del D.lgs. 196/2003 (Codice in materia di protezione dei dati personali), come modificato dal D.lgs. 101/2018

Il sottoscritto Antonio Esposito, titolare dell'account cliente registrato con il presente indirizzo e-mail, avendo rilevato che nei Vostri archivi sono presenti dati inesatti e non aggiornati che lo riguardano, chiede la rettifica dei seguenti dati:

- data di nascita: risulta 12/07/1982, quella corretta è 21/07/1982;
- indirizzo di residenza: risulta Via Toledo 156, Napoli; quello aggiornato è Viale Europa 41, 80053 Castellammare di Stabia (NA).

Chiede inoltre che la rettifica sia comunicata agli eventuali destinatari cui i dati sono stati trasmessi, ai sensi dell'art. 19 del Regolamento.

In attesa di un Vostro riscontro entro il termine di un mese previsto dall'art. 12, par. 3, del Regolamento, porgo distinti saluti.

Antonio Esposito""",
         "Antonio Esposito"),

        # 4. restriction (art. 18(1)(c)): keep for a dispute, do nothing else
        ("restriction", (),
         "Richiesta di limitazione del trattamento - art. 18 GDPR",
         """Spett.le Titolare del trattamento,

Oggetto: richiesta di limitazione del trattamento dei dati personali ai sensi dell'art. 18, par. 1, lett. c), del Regolamento (UE) 2016/679

La sottoscritta Elena Fumagalli, premesso che è in corso una controversia con la propria compagnia assicurativa relativa alla consegna danneggiata dell'ordine n. 2024-093377, per la quale necessita dello storico dell'ordine, della corrispondenza con il Vostro servizio clienti e delle fotografie inviate,

CHIEDE

che tali dati non vengano cancellati alla scadenza del periodo di conservazione, ma siano conservati con limitazione del trattamento fino alla conclusione della controversia, e che nel frattempo non siano sottoposti ad alcun trattamento diverso dalla mera conservazione.

Distinti saluti

Elena Fumagalli
Monza, 30/09/2024""",
         "Elena Fumagalli"),

        # 5. sollecito past the deadline, with reclamo al Garante
        ("complaint", ("portability",),
         "SOLLECITO - richiesta di portabilità dei dati del 28/08/2024 senza riscontro",
         """Spett.le Società,

Oggetto: sollecito - mancato riscontro alla richiesta di portabilità dei dati personali (art. 20 Reg. UE 2016/679) inviata il 28 agosto 2024

con e-mail del 28 agosto u.s. ho chiesto di ricevere, in un formato strutturato, di uso comune e leggibile da dispositivo automatico, i dati personali da me forniti in qualità di cliente. Ad oggi, decorso abbondantemente il termine di un mese previsto dall'art. 12, par. 3, del Regolamento, non ho ricevuto alcun riscontro.

Vi invito pertanto a dare seguito alla richiesta entro 7 giorni dal ricevimento della presente. In difetto, proporrò reclamo al Garante per la protezione dei dati personali ai sensi dell'art. 77 del Regolamento e degli artt. 140-bis e seguenti del D.lgs. 196/2003, senza ulteriore avviso.

Distinti saluti

Luca Barbieri""",
         "Luca Barbieri"),

        # 6. polite access
        ("access", (),
         "Informazioni sui miei dati",
         """Buongiorno,

vorrei sapere quali dati personali avete su di me e come li utilizzate. Me ne potete mandare una copia? Sono cliente da qualche anno, l'account è registrato con questa mail.

Grazie mille e buona giornata
Chiara""",
         "Chiara Monti"),

        # 7. deletion from a phone
        ("deletion", (),
         "Cancellazione account",
         """Salve, vorrei cancellare definitivamente il mio account e tutti i dati collegati. Non uso più il sito da tempo. Grazie

Inviato da iPhone""",
         "Stefano"),

        # 8. newsletter
        ("withdraw_consent", (),
         "basta newsletter",
         """Buonasera, per favore toglietemi dalla newsletter, ho provato col link "disiscriviti" in fondo alla mail ma mi da errore. Grazie
Franco""",
         "franco.g"),

        # 9. loyalty-card marketing consent
        ("withdraw_consent", (),
         "Revoca consenso marketing carta fedeltà",
         """Buongiorno,

al momento dell'iscrizione al programma fedeltà avevo dato il consenso a ricevere offerte e promozioni via e-mail e SMS. Con la presente revoco tale consenso. Desidero però mantenere la carta e i punti accumulati (tessera n. 4021 7788 1290).

Cordiali saluti,
Rosaria Lo Presti""",
         "Rosaria Lo Presti"),

        # 10. objection to passing data to partners
        ("objection", (),
         "dati ai partner commerciali",
         """Buongiorno,
mi sono accorta che nell'informativa privacy scrivete che i dati dei clienti possono essere comunicati a "partner commerciali selezionati" per finalità promozionali. Io mi oppongo: i miei dati non devono andare a nessun partner. Per il resto va bene così, continuo a comprare da voi.
Saluti
Laura Pellegrini""",
         "Laura Pellegrini"),

        # 11. Ticino: objection to profiling, keeps general offers ("azioni")
        ("objection", (),
         "profilazione",
         """Buongiorno,

scrivo dal Ticino, sono cliente da un paio d'anni. Ho notato che dopo ogni acquisto ricevo e-mail con proposte "pensate per me" in base a quello che ho comprato e guardato sul sito. Non desidero essere profilato: mi oppongo all'analisi dei miei acquisti e della mia navigazione a scopi pubblicitari. Le comunicazioni sugli ordini e le azioni generali possono continuare a mandarmele.

Se serve, il mio natel è 079 412 56 30.

Cordiali saluti
Fabio Bernasconi, Bellinzona""",
         "Fabio Bernasconi"),

        # 12. portability
        ("portability", (),
         "esportazione dati",
         """Ciao, c'è modo di avere tutti i miei dati (ordini, indirizzi, punti fedeltà) in un file CSV o JSON? Li vorrei importare in un altro servizio. Nell'area personale non trovo niente.
Grazie, Davide""",
         "Davide Conti"),

        # 13. complaint: a breach (someone else's order confirmation)
        ("complaint", (),
         "Ho ricevuto i dati di un altro cliente!!",
         """Buongiorno,

stamattina mi è arrivata la mail di conferma di un ordine che non è mio: ci sono nome, cognome, indirizzo e numero di telefono di un'altra signora, di Verona, e il dettaglio di quello che ha comprato. A questo punto chi mi dice che i miei dati non siano finiti a qualcun altro nello stesso modo? È una cosa gravissima: vi segnalo la violazione e presento formale reclamo. La mail l'ho cancellata.

Simona Ferretti""",
         "Simona Ferretti"),

        # 14. surname misspelled
        ("correction", (),
         "cognome sbagliato",
         """Salve, nel mio account e sulle etichette delle spedizioni il cognome è scritto "Dagostino" tutto attaccato, ma è D'Agostino con l'apostrofo. Una volta il corriere non mi ha trovato per questo. Potete correggerlo? grazie
Paolo D'Agostino""",
         "Paolo D'Agostino"),

        # 15. blunt reminder past 30 days, threat to the Garante, Gmail forward
        ("complaint", ("deletion",),
         "Fwd: cancellazione dati - NESSUNA RISPOSTA",
         """Vi ho scritto il 2 settembre per chiedere la cancellazione di tutti i miei dati. Sono passati più di 30 giorni e non mi avete nemmeno risposto, mentre le vostre mail promozionali continuano ad arrivare puntuali. Se entro venerdì non ricevo conferma della cancellazione faccio reclamo al Garante Privacy.

Giuseppe Marino

---------- Messaggio inoltrato ---------
Da: Giuseppe Marino
Date: lun 2 set 2024 alle ore 09:41
Subject: cancellazione dati
To: <privacy@shop.example.be>


Buongiorno, chiedo la cancellazione di tutti i miei dati personali dai vostri sistemi. Grazie""",
         "Giuseppe Marino"),

        # 16. OTHER: diritto di recesso from a purchase
        ("other", (),
         "Recesso ordine n. 2024-118734",
         """Spett.le Servizio Clienti,

con la presente comunico il mio recesso dal contratto di vendita relativo al seguente bene: set di 3 vasi in terracotta Ø 40 cm, ordine n. 2024-118734, ricevuto il 21/09/2024, ai sensi degli artt. 52 e ss. del Codice del Consumo (D.lgs. 206/2005).

Vi prego di indicarmi le modalità per la restituzione e per il rimborso.

Cordiali saluti
Anna Galli
Via Garibaldi 12, 24121 Bergamo""",
         "Anna Galli"),

        # 17. OTHER: disdetta of a paid subscription box
        ("other", (),
         "Disdetta abbonamento Box Giardino",
         """Buongiorno, con la presente invio disdetta dell'abbonamento mensile "Box Giardino" a partire dalla prossima scadenza. Vi chiedo di non addebitare più nulla sulla carta. L'account lo tengo.
Grazie
Mario Colombo""",
         "Mario Colombo"),

        # 18. OTHER: a student's question on the cookie policy
        ("other", (),
         "Domanda sulla cookie policy",
         """Buongiorno,

sono una studentessa di Giurisprudenza a Bologna e sto scrivendo la tesi sui banner dei cookie nei siti di e-commerce. Nella vostra cookie policy indicate che usate Google Analytics con IP anonimizzato: potreste dirmi su quale base giuridica vi basate per i cookie analitici e se il banner è gestito da una CMP esterna? Non ho un account da voi, è solo una domanda per la ricerca.

Grazie in anticipo,
Martina Gualtieri""",
         "Martina Gualtieri"),
    ],
    "pt": [
        # 1. pt-PT formal access, RGPD + Lei 58/2019 (conditional CNPD mention: still access)
        ("access", (),
         "Pedido de acesso a dados pessoais - artigo 15.º do RGPD",
         """Exmos. Senhores,

Assunto: Exercício do direito de acesso aos dados pessoais

Eu, Ana Rita Ferreira Gonçalves, portadora do Cartão de Cidadão n.º 13579246 8ZY2, titular da conta de cliente associada a este endereço de correio eletrónico, venho, ao abrigo do artigo 15.º do Regulamento (UE) 2016/679 do Parlamento Europeu e do Conselho, de 27 de abril de 2016 (Regulamento Geral sobre a Proteção de Dados - RGPD), e da Lei n.º 58/2019, de 8 de agosto, solicitar que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem:

a) uma cópia dos dados pessoais em vosso poder;
b) as finalidades do tratamento;
c) as categorias de dados pessoais tratados;
d) os destinatários a quem os dados foram ou serão divulgados;
e) o prazo de conservação previsto;
f) a origem dos dados, caso não tenham sido recolhidos junto de mim;
g) a existência de decisões automatizadas, incluindo a definição de perfis.

Agradeço resposta no prazo de um mês, conforme previsto no n.º 3 do artigo 12.º do RGPD. Na falta de resposta, reservo-me o direito de apresentar queixa junto da Comissão Nacional de Proteção de Dados (CNPD).

Com os melhores cumprimentos,

Ana Rita Ferreira Gonçalves
Braga, 7 de outubro de 2024""",
         "Ana Rita Gonçalves"),

        # 2. deletion + withdrawal of consent, DECO-style
        ("deletion", ("withdraw_consent",),
         "Pedido de apagamento de dados pessoais",
         """Exmos. Senhores,

Assunto: Direito ao apagamento dos dados («direito a ser esquecido») e retirada do consentimento

Na qualidade de cliente registado com o endereço de correio eletrónico a partir do qual envio esta mensagem, venho por este meio, nos termos do artigo 17.º do RGPD, solicitar o apagamento de todos os dados pessoais que me digam respeito, bem como o encerramento da minha conta de cliente e do cartão de cliente n.º 7700 1284 5531.

Mais informo que retiro, nos termos do n.º 3 do artigo 7.º do RGPD, todos os consentimentos que tenha prestado, nomeadamente para o envio de newsletters e de comunicações comerciais por e-mail e SMS, com efeitos imediatos.

Solicito que me confirmem por escrito a execução deste pedido no prazo legal de um mês.

Sem outro assunto de momento, subscrevo-me com os melhores cumprimentos,

Rui Manuel Costa Pires""",
         "Rui Pires"),

        # 3. portability with transmission to another controller
        ("portability", (),
         "Direito de portabilidade dos dados - art.º 20.º RGPD",
         """Exmos. Senhores,

Assunto: Pedido de portabilidade dos dados pessoais

Ao abrigo do artigo 20.º do RGPD, solicito que me sejam fornecidos, num formato estruturado, de uso corrente e de leitura automática (por exemplo, CSV ou JSON), os dados pessoais que vos forneci enquanto cliente: dados de registo, moradas de entrega, histórico de encomendas e pontos do cartão de cliente.

Solicito ainda que me informem se é tecnicamente possível transmitirem esses dados diretamente a outro responsável pelo tratamento, cujos contactos vos facultarei.

Com os melhores cumprimentos,

Inês Carvalho Moura
Porto""",
         "Inês Carvalho Moura"),

        # 4. objection to direct marketing, profiling and sharing + restriction meanwhile
        ("objection", ("restriction",),
         "Oposição ao tratamento de dados para marketing e definição de perfis",
         """Exmos. Senhores,

Assunto: Exercício do direito de oposição (artigo 21.º do RGPD)

Venho, por este meio, opor-me ao tratamento dos meus dados pessoais para efeitos de comercialização direta, incluindo a definição de perfis com base no meu histórico de compras e de navegação, bem como à sua comunicação a parceiros comerciais para fins publicitários.

Enquanto não concluírem a apreciação deste pedido, solicito a limitação do tratamento dos meus dados, nos termos da alínea d) do n.º 1 do artigo 18.º do RGPD.

Com os melhores cumprimentos,

José Alberto Nunes
Cliente n.º 100377215""",
         "José Alberto Nunes"),

        # 5. complaint: access request unanswered past the deadline, CNPD
        ("complaint", ("access",),
         "Reclamação - pedido de acesso sem resposta (prazo ultrapassado)",
         """Exmos. Senhores,

Assunto: Falta de resposta ao pedido de acesso de 22 de julho de 2024

Em 22 de julho de 2024 enviei para este endereço um pedido de acesso aos meus dados pessoais, ao abrigo do artigo 15.º do RGPD. Passados mais de dois meses, e largamente ultrapassado o prazo de um mês previsto no n.º 3 do artigo 12.º, não obtive qualquer resposta.

Venho, por isso, reiterar o pedido e informar que, caso não o satisfaçam no prazo de dez dias úteis, apresentarei queixa à Comissão Nacional de Proteção de Dados, nos termos do artigo 77.º do RGPD.

Com os melhores cumprimentos,

Luísa Marques""",
         "Luísa Marques"),

        # 6. Brazilian in Lisbon, new address
        ("correction", (),
         "Atualizar endereço",
         """Oi, tudo bem?

Mudei de apartamento aqui em Lisboa e queria atualizar meu endereço no cadastro, porque a última encomenda quase foi pro endereço antigo. O novo é Rua Morais Soares 45, 2º Esq., 1900-341 Lisboa.

Meu telefone continua o mesmo.

Obrigada!
Juliana Rocha""",
         "Juliana Rocha"),

        # 7. blunt pt-PT deletion from a phone
        ("deletion", (),
         "apagar conta",
         """Boa tarde. Quero que apaguem a minha conta e todos os dados que têm sobre mim. Já não compro aí. Obrigado.

Enviado do meu iPhone""",
         "Nuno"),

        # 8. marketing SMS
        ("withdraw_consent", (),
         "SMS publicitários",
         """Bom dia,

Recebo quase todas as semanas SMS com promoções vossas. Retiro o consentimento que dei para esse efeito quando me registei; não quero receber mais mensagens publicitárias no telemóvel.

Número: 912 345 678

Cumprimentos,
Fernanda Sousa""",
         "Fernanda Sousa"),

        # 9. Brazilian, newsletter
        ("withdraw_consent", (),
         "descadastrar newsletter",
         """Olá, gostaria de me descadastrar da newsletter de vocês. Já cliquei no link de cancelar inscrição duas vezes e continuo recebendo. Por favor me tirem da lista.

Att.,
Rodrigo Alves""",
         "Rodrigo Alves"),

        # 10. objection to sharing with partners
        ("objection", (),
         "Partilha de dados com parceiros",
         """Boa tarde,

Li na vossa política de privacidade que podem partilhar dados dos clientes com parceiros para fins publicitários. Oponho-me a que os meus dados sejam partilhados com qualquer parceiro. A conta e as encomendas podem manter-se como estão.

Obrigado,
Tiago Henriques""",
         "Tiago Henriques"),

        # 11. Brazilian in Brussels, access
        ("access", (),
         "Quais dados vocês têm sobre mim?",
         """Bom dia!

Queria saber quais dados pessoais meus vocês têm guardados e com quem compartilham. Podem me enviar uma cópia? Sou cliente há uns 2 anos, moro em Bruxelas.

Desde já agradeço,
Camila Nogueira""",
         "Camila Nogueira"),

        # 12. ordinary restriction: keep but don't use
        ("restriction", (),
         "Não apaguem os meus dados mas não os usem",
         """Boa tarde,

Tive um problema com uma encomenda (uma churrasqueira que chegou partida) e estou a tratar disso com o seguro. Preciso que guardem o histórico da encomenda e as conversas com o apoio ao cliente, por isso não quero que apaguem nada. Mas, até isto estar resolvido, peço que os meus dados fiquem bloqueados e não sejam usados para mais nada.

Obrigada,
Marta Silveira""",
         "Marta Silveira"),

        # 13. complaint: misuse of the phone number by the courier
        ("complaint", (),
         "Uso indevido do meu número de telemóvel",
         """Boa noite,

Venho apresentar uma reclamação. Depois da entrega da minha encomenda na semana passada, o estafeta da transportadora que trabalha convosco começou a mandar-me mensagens pessoais pelo WhatsApp, usando o número que vos dei apenas para a entrega. Acho isto inaceitável e quero que fique registada a minha reclamação sobre a forma como os meus dados foram tratados.

Sara Lopes""",
         "Sara Lopes"),

        # 14. Brazilian, complaint about a breach
        ("complaint", (),
         "Vazamento de dados???",
         """Recebi hoje um email de vocês dizendo que houve um "incidente de segurança" e que nome, email e endereço de clientes podem ter sido acessados por terceiros. Sério isso?? Faz dias que tô recebendo mensagem de golpe no WhatsApp com meu nome e o número do meu último pedido, e vocês só avisam agora. Isso é um descaso total com os clientes, quero registrar minha reclamação.

Gabriel Martins""",
         "Gabriel Martins"),

        # 15. objection to ad tracking/retargeting (keeps the newsletter)
        ("objection", (),
         "Anúncios personalizados",
         """Olá,

Reparei que depois de ver umas espreguiçadeiras no vosso site começaram a aparecer-me anúncios vossos no Instagram e noutros sites. Não quero que usem o que vejo e compro na vossa loja para me mostrarem publicidade personalizada: oponho-me a esse tratamento. A newsletter continuo a querer receber.

Cumprimentos,
Pedro Vasconcelos""",
         "Pedro Vasconcelos"),

        # 16. OTHER: direito de livre resolução (consumer withdrawal from a purchase)
        ("other", (),
         "Livre resolução - encomenda n.º 2024-70312",
         """Exmos. Senhores,

Nos termos do Decreto-Lei n.º 24/2014, de 14 de fevereiro, venho exercer o direito de livre resolução do contrato relativo à encomenda n.º 2024-70312 (conjunto de 4 cadeiras de jardim), recebida em 23/09/2024. Solicito indicações para a devolução dos artigos e o reembolso do valor pago.

Com os melhores cumprimentos,
Helena Bastos""",
         "Helena Bastos"),

        # 17. OTHER: Brazilian cancelling an order
        ("other", (),
         "cancelar pedido",
         """Oi, fiz um pedido ontem à noite (nº 2024-70488) e me enganei no tamanho do guarda-sol. Dá pra cancelar antes de enviar? Vou fazer outro pedido com o tamanho certo.
Valeu!
Thiago""",
         "Thiago Souza"),

        # 18. OTHER: unsolicited job application (grants consent, asks nothing about data)
        ("other", (),
         "Candidatura espontânea - Apoio ao Cliente (PT/ES/EN/FR)",
         """Exmos. Senhores,

Venho por este meio apresentar a minha candidatura espontânea para a área de apoio ao cliente. Sou portuguesa, vivo em Bruxelas há três anos e falo português, espanhol, inglês e francês. Envio em anexo o meu CV e autorizo o tratamento dos meus dados pessoais para efeitos de recrutamento.

Fico a aguardar o vosso contacto.

Com os melhores cumprimentos,
Beatriz Almeida""",
         "Beatriz Almeida"),
    ],
}

"""Fresh set, people: es, it, pt, ro. Written apart from the rules (see make_fresh.py)."""

PEOPLE_F = {
    "es": [
        ("access", (), "Ejercicio del derecho de acceso", """DATOS DEL RESPONSABLE DEL TRATAMIENTO
Nombre / razón social: Shop
Dirección de la Oficina / Servicio ante el que se ejercita el derecho de acceso: privacy@shop.example.be

DATOS DEL INTERESADO
Dña. María Dolores Ferrer Castillo, mayor de edad, con domicilio en la C/ Almirante Cadarso 14, 3º B, 46005 Valencia, con D.N.I. 24681357-K, del que acompaña copia, por medio del presente escrito ejerce el derecho de acceso, de conformidad con lo previsto en el artículo 15 del Reglamento (UE) 2016/679, General de Protección de Datos (RGPD), y en el artículo 13 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales (LOPDGDD).

SOLICITA
Que se le facilite gratuitamente el derecho de acceso por ese responsable en el plazo de un mes a contar desde la recepción de esta solicitud, y que se remita por correo electrónico a la dirección mdferrer@correo.example.es la siguiente información:
- Copia de mis datos personales que son objeto de tratamiento por ese responsable.
- Los fines del tratamiento, así como las categorías de datos personales que se traten.
- Los destinatarios o categorías de destinatarios a los que se han comunicado o serán comunicados mis datos personales, incluyendo, en su caso, destinatarios en terceros países u organizaciones internacionales.
- Información sobre las garantías adecuadas relativas a la transferencia de mis datos a un tercer país o a una organización internacional, en su caso.
- El plazo previsto de conservación o, de no ser posible, los criterios utilizados para determinar este plazo.
- Si existen decisiones automatizadas, incluida la elaboración de perfiles, información significativa sobre la lógica aplicada, así como la importancia y las consecuencias previstas de dicho tratamiento.
- Si mis datos personales no se han obtenido directamente de mí, la información disponible sobre su origen.
- La existencia del derecho a solicitar la rectificación, supresión o limitación del tratamiento de mis datos personales, o a oponerme a dicho tratamiento.
- El derecho a presentar una reclamación ante una autoridad de control.

En Valencia, a 12 de marzo de 2025

Firmado: María Dolores Ferrer Castillo""", "María Dolores Ferrer Castillo"),

        ("access", (), "Consulta", """hola, queria saber que datos teneis mios exactamente. desde que compre en vuestra web me llaman empresas q no conozco y me gustaria saber si habeis pasado mi telefono a alguien y a quien

gracias
Raul

Enviado desde mi iPhone""", "Raúl Benítez"),

        ("access", (), "Pregunta sobre mis datos", """Buenos días:

El pasado lunes recibí en mi correo (lucia.serrano.m@correo.example.es) un mensaje suyo con un cupón de bienvenida, pero no recuerdo haberme registrado nunca en su tienda.

¿Podrían indicarme de dónde han sacado mi dirección de correo y qué otra información tienen vinculada a ella? Les agradecería que me enviaran una copia de todo lo que conste a mi nombre en sus sistemas.

Un saludo,
Lucía Serrano Montes""", "Lucía Serrano Montes"),

        ("deletion", (), "Ejercicio del derecho de supresión (art. 17 RGPD)", """A la atención del Delegado de Protección de Datos de Shop

D. Jorge Aranda Villalba, mayor de edad, con domicilio a efectos de notificaciones en Avda. de la Constitución 87, 2º izq., 41001 Sevilla, y DNI 52318904-T, del que se adjunta copia, por medio del presente escrito ejerce el derecho de supresión, de conformidad con lo previsto en el artículo 17 del Reglamento (UE) 2016/679 y en el artículo 15 de la Ley Orgánica 3/2018, de 5 de diciembre, de Protección de Datos Personales y garantía de los derechos digitales.

EXPONE
Que fui cliente de su tienda en línea con la cuenta asociada al correo jaranda.v@correo.example.es. Mis datos ya no son necesarios en relación con los fines para los que fueron recogidos, puesto que no mantengo ninguna relación contractual con ustedes desde 2022.

SOLICITA
1. Que se proceda a la supresión de mis datos personales en el plazo de un mes desde la recepción de esta solicitud.
2. Que, en caso de que mis datos hayan sido comunicados a otros responsables, se les notifique la supresión, conforme al artículo 19 del RGPD.
3. Que se me notifique por escrito el resultado de la supresión practicada o, en caso de denegación, los motivos que la justifiquen.

En Sevilla, a 4 de febrero de 2025.

Fdo.: Jorge Aranda Villalba""", "Jorge Aranda Villalba"),

        ("deletion", ("withdraw_consent",), "", """borrad mi cuenta porfa, ya no la uso para nada. el correo es pepa.lg87@correo.example.es

y dejad de mandarme correos de ofertas q me llegan 3 al dia

pepa""", "Pepa López"),

        ("deletion", (), "Re: Tu pedido 2024-88123 ha sido entregado", """Hola,

Aprovecho este correo para pedirles que den de baja definitivamente mi cuenta de cliente (n.º 30418872) y que borren todos mis datos: nombre, direcciones, teléfono e historial. Este ha sido mi último pedido con ustedes.

Quedo a la espera de confirmación.

Saludos,
Antonio Gil

El 3 may 2024, Shop Atención al Cliente <noreply@shop.example.be> escribió:
> Hola Antonio:
>
> Tu pedido 2024-88123 ha sido entregado en la dirección indicada.
> Esperamos que disfrutes de tu compra.
>
> ¿Algún problema? Responde a este correo y te ayudaremos.
>
> El equipo de Shop""", "Antonio Gil"),

        ("correction", (), "Ejercicio del derecho de rectificación", """Muy señores míos:

Dña. Begoña Etxeberria Lasa, con DNI 72145886-M y domicilio en C/ Urbieta 22, 4º D, 20006 Donostia-San Sebastián, por medio del presente escrito ejerce el derecho de rectificación, de conformidad con lo previsto en el artículo 16 del Reglamento (UE) 2016/679 y en el artículo 14 de la LOPDGDD.

SOLICITA
Que se proceda gratuitamente a la efectiva corrección, en el plazo de un mes desde la recepción de esta solicitud, de los datos inexactos relativos a mi persona que se encuentren en sus ficheros. Los datos que deben rectificarse son los siguientes:
- Primer apellido: figura «Echeverría»; el correcto es «Etxeberria».
- Fecha de nacimiento: figura 14/09/1986; la correcta es 19/04/1986.
- Domicilio: figura C/ Easo 5, ya no vigente; el actual es el indicado arriba.

Se acompaña copia del DNI que acredita los datos correctos. Asimismo, solicito que se me comunique por escrito la rectificación practicada y que, si los datos han sido cedidos a terceros, se les notifique la corrección.

En Donostia-San Sebastián, a 21 de enero de 2025.

Begoña Etxeberria Lasa""", "Begoña Etxeberria"),

        ("correction", (), "cambio de datos", """Hola buenas, me he mudado y en la web no me deja cambiar la direccion de mi perfil (da error al guardar). La nueva es: C/ Pintor Sorolla 8, 1ºA, 03001 Alicante. Y el movil tambien ha cambiado, ahora es 611 48 29 07. Podeis actualizarlo vosotros en mi ficha? No tengo ningun pedido pendiente, es para los siguientes.

Gracias!
Carmen Ruiz
cliente 20077561""", "Carmen Ruiz"),

        ("portability", (), "Solicitud de portabilidad de datos - art. 20 RGPD", """Estimados señores:

Me dirijo a ustedes en calidad de titular de la cuenta de cliente registrada con el correo ismael.fuentes@correo.example.es (n.º de cliente 41209358) para ejercer el derecho a la portabilidad de mis datos personales reconocido en el artículo 20 del Reglamento General de Protección de Datos y en el artículo 17 de la LOPDGDD.

En concreto, solicito:
a) Recibir los datos personales que yo mismo les he facilitado y los generados por mi actividad como cliente (datos de registro, direcciones de envío, historial de pedidos y devoluciones, valoraciones publicadas y preferencias de la cuenta) en un formato estructurado, de uso común y lectura mecánica, preferiblemente JSON o, en su defecto, CSV.
b) Que el archivo se me remita a esta misma dirección de correo electrónico o mediante un enlace de descarga seguro.

Les recuerdo que disponen de un mes para atender la solicitud.

Atentamente,
Ismael Fuentes Prieto
DNI 09876543-R""", "Ismael Fuentes Prieto"),

        ("portability", (), "llevarme mis datos a otra tienda", """Hola,

Me voy a pasar a otra plataforma y me gustaría llevarme todo lo que tengo en mi cuenta: historial de compras, lista de deseos, direcciones guardadas... ¿Me lo podéis exportar en un Excel/CSV o algo que se pueda importar? Si os resulta más fácil, la otra tienda dice que acepta recibirlo directamente en datos@otratienda.example.es.

Muchas gracias,
Nerea""", "Nerea Campos"),

        ("restriction", ("correction",), "Solicitud de limitación del tratamiento y rectificación", """Muy Sres. míos:

D. Francisco Javier Medina Ortega, con NIF 33456120-W, cliente n.º 50311784, mediante el presente escrito ejerzo el derecho a la limitación del tratamiento previsto en el artículo 18.1.a) del RGPD y en el artículo 16 de la LOPDGDD.

HECHOS
Primero. En mi área de cliente aparece la indicación «Pago pendiente - cuenta en revisión» asociada al pedido 2024-55210, que fue abonado íntegramente el 12/11/2024 mediante transferencia, según justificante que adjunto.
Segundo. Impugno la exactitud de ese dato, que además me impide realizar nuevas compras.

SOLICITO
1. Que, mientras verifican la exactitud del dato, se limite su tratamiento: que no se utilice para ninguna decisión sobre mi cuenta ni se comunique a terceros (en particular, a empresas de recobro o ficheros de solvencia).
2. Que, una vez comprobado, se rectifique la información y se elimine la marca de impago.
3. Que se me informe antes de levantar la limitación, tal como exige el artículo 18.3 del RGPD.

Madrid, 9 de enero de 2025
Francisco Javier Medina Ortega""", "Francisco Javier Medina Ortega"),

        ("restriction", (), "No borren mis datos, pero dejen de usarlos", """Buenas tardes:

Estoy en trámites de reclamar judicialmente por la garantía del robot aspirador que les compré (pedido 2023-40917), así que necesito que conserven mis datos y el historial de ese pedido, porque pueden servir como prueba. Lo que no quiero es que los sigan tratando para ningún otro fin mientras tanto. Que queden bloqueados, guardados y sin más uso, hasta que se resuelva el asunto.

¿Me confirman que lo hacen así?

Gracias,
Elena Navarro Sáez""", "Elena Navarro Sáez"),

        ("objection", (), "Ejercicio del derecho de oposición", """A la atención del responsable del tratamiento:

Dña. Rocío Martín Cabello, con DNI 45902317-H y correo rocio.martin.c@correo.example.es, ejerce mediante el presente escrito el derecho de oposición previsto en el artículo 21 del Reglamento (UE) 2016/679 y en el artículo 18 de la LOPDGDD.

Según su política de privacidad, utilizan mis datos de compra y de navegación, sobre la base de su interés legítimo, para elaborar perfiles de cliente, segmentarme y mostrarme recomendaciones y precios personalizados. Me opongo a dicho tratamiento por motivos relacionados con mi situación particular: no deseo que mis hábitos de consumo, que pueden revelar aspectos de mi salud y de mi vida familiar, sean analizados con esos fines.

Por ello SOLICITA:
1. Que cesen en la elaboración de perfiles sobre mi persona y en la segmentación con fines comerciales.
2. Que dejen de tratar mis datos de navegación con fines de analítica.
3. Que me confirmen por escrito, en el plazo de un mes, la atención de este derecho.

En Zaragoza, a 17 de marzo de 2025.
Rocío Martín Cabello""", "Rocío Martín Cabello"),

        ("objection", (), "", """He leido en vuestra politica de privacidad que usais mis datos de navegacion y de compras para "mejorar la experiencia" por interes legitimo. Pues no, me opongo. No quiero que me hagais perfiles ni que me sigais por la web. Ya.

Sergio""", "Sergio Domínguez"),

        ("withdraw_consent", (), "baja newsletter", """Hola, darme de baja de la newsletter por favor, el enlace de abajo del correo no funciona (da error 404). mi correo es marta.villar@correo.example.es
gracias""", "Marta Villar"),

        ("withdraw_consent", (), "Revocación del consentimiento - SMS y WhatsApp", """Buenos días:

Cuando me registré acepté recibir comunicaciones comerciales por SMS y WhatsApp. Por medio de este correo revoco ese consentimiento: no quiero recibir más mensajes promocionales en el teléfono 622 15 03 84. Eso sí, quiero mantener mi cuenta y seguir recibiendo los avisos de mis pedidos.

Un saludo,
Alberto Prieto Lara""", "Alberto Prieto Lara"),

        ("complaint", ("access",), "SEGUNDO REQUERIMIENTO - Derecho de acceso sin respuesta", """Muy señores míos:

El pasado 8 de enero de 2025 les remití por correo electrónico una solicitud de acceso a mis datos personales al amparo del artículo 15 del RGPD (se copia más abajo). Ha transcurrido más de un mes, plazo máximo que establece el artículo 12.3 del RGPD, sin que haya recibido respuesta alguna, ni siquiera un acuse de recibo.

Les reitero la petición: que me faciliten copia de todos mis datos personales, los fines del tratamiento, los destinatarios a los que se han comunicado y el origen de los datos.

Les advierto de que, si en el plazo de diez días no obtengo respuesta, presentaré una reclamación ante la Agencia Española de Protección de Datos.

Atentamente,
Manuel Ortiz Rey
DNI 11223344-B

-----Mensaje original-----
De: Manuel Ortiz Rey <m.ortiz.rey@correo.example.es>
Enviado: miércoles, 8 de enero de 2025 19:42
Para: privacy@shop.example.be
Asunto: Derecho de acceso

Buenas tardes,
Solicito, en virtud del artículo 15 del RGPD, una copia de los datos personales que tienen sobre mí, así como información sobre para qué los usan, a quién se los han cedido y de dónde los obtuvieron.
Gracias.
Manuel Ortiz""", "Manuel Ortiz Rey"),

        ("complaint", ("withdraw_consent",), "Sigo recibiendo publicidad!!!", """Esto ya es una tomadura de pelo. Me di de baja de sus correos el 2 de diciembre (tengo la confirmación) y desde entonces me han llegado OCHO emails de ofertas más, el último hoy mismo.

Exijo que dejen de enviarme publicidad de forma inmediata. Si vuelvo a recibir un solo correo más, presento denuncia ante la AEPD, que ya he visto que multan por esto.

Nuria Castaño""", "Nuria Castaño"),

        ("other", (), "Candidatura - Técnico/a de atención al cliente", """Buenos días:

Les escribo en respuesta a la oferta de Técnico/a de atención al cliente publicada en su web. Tengo cuatro años de experiencia en atención multicanal en comercio electrónico, hablo español, inglés y francés, y tengo disponibilidad inmediata para trasladarme a Bruselas.

Adjunto mi currículum. Quedo a su disposición para una entrevista.

Un cordial saludo,
Laura Méndez Vidal
Tel. 634 77 12 09

---
Autorizo el tratamiento de mis datos personales incluidos en este currículum con la finalidad de participar en los procesos de selección de la empresa, de conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD).""", "Laura Méndez Vidal"),

        ("other", (), "pedido 2025-10442", """hola, he hecho un pedido esta mañana (2025-10442) y me he dado cuenta de que se ha quedado puesta la direccion de mi antiguo trabajo. podeis cambiar la direccion de entrega SOLO de este pedido a C/ Mayor 31, 28013 Madrid? todavia pone "en preparacion". gracias!!
Diego""", "Diego Herrero"),
    ],

    "it": [
        ("access", (), "Esercizio di diritti in materia di protezione dei dati personali", """Spett.le Shop
Alla c.a. del Responsabile della protezione dei dati
privacy@shop.example.be

ESERCIZIO DI DIRITTI IN MATERIA DI PROTEZIONE DEI DATI PERSONALI
(artt. da 15 a 22 del Regolamento (UE) 2016/679)

Il sottoscritto Giovanni Battista Ferraro, nato a Bari il 02/07/1979, codice fiscale FRRGNN79L02A662X, esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali (art. 15 del Regolamento (UE) 2016/679)
Il sottoscritto (barrare solo le caselle che interessano):
[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare:
 - le finalità del trattamento;
 - le categorie di dati personali trattate;
 - i destinatari o categorie di destinatari a cui i dati personali sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
 - il periodo di conservazione dei dati previsto o, se non è possibile, i criteri utilizzati per determinare tale periodo;
 - l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
 - l'esistenza di un processo decisionale automatizzato, compresa la profilazione, e le informazioni significative sulla logica utilizzata, nonché l'importanza e le conseguenze previste di tale trattamento per l'interessato.

2. Richiesta di intervento sui dati (artt. 16-18 del Regolamento (UE) 2016/679)
[ ] aggiornamento dei dati;
[ ] rettificazione dei dati;
[ ] integrazione dei dati;
[ ] cancellazione dei dati;
[ ] limitazione del trattamento.

3. Opposizione al trattamento per fini commerciali, pubblicitari o di ricerca di mercato (art. 21, paragrafo 2)
[ ] si oppone al trattamento dei dati per le suddette finalità.

Recapito per la risposta:
Indirizzo postale: Via Sparano da Bari 112, 70121 Bari
e-mail: gb.ferraro@posta.example.it

Estremi di un documento di riconoscimento: carta d'identità n. CA12345AB

Bari, 14 febbraio 2025
In fede
Giovanni Battista Ferraro""", "Giovanni Battista Ferraro"),

        ("access", (), "Dati personali", """salve, volevo sapere che dati avete su di me e se li avete dati a qualcun altro. ho un account da voi con questa mail. grazie

Inviato da Libero Mail per Android""", "Franca Colombo"),

        ("access", (), "Richiesta copia dati e registrazioni", """Buongiorno,

a dicembre ho avuto una lunga discussione con il vostro servizio clienti, sia in chat che al telefono, per un reso non accettato (ordine n. IT-2024-77812). Vi chiedo di inviarmi copia di tutti i dati personali che mi riguardano, comprese le trascrizioni delle chat, le eventuali registrazioni delle telefonate e le note che gli operatori hanno inserito sulla mia scheda cliente.

Grazie e buona giornata,
Chiara Bianchi
Cliente n. 60024513""", "Chiara Bianchi"),

        ("deletion", ("objection",), "Richiesta di cancellazione dei dati personali - art. 17 Reg. UE 2016/679", """Spett.le Shop,

io sottoscritta Alessandra Moretti, nata a Torino il 23/11/1990, C.F. MRTLSN90S63L219K, residente in Corso Francia 45, 10138 Torino, titolare dell'account registrato con l'indirizzo a.moretti90@posta.example.it,

CHIEDO

ai sensi dell'art. 17 del Regolamento (UE) 2016/679 e del D.Lgs. 196/2003, come modificato dal D.Lgs. 101/2018:

a) la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano, in quanto non più necessari rispetto alle finalità per le quali sono stati raccolti, e la chiusura definitiva del mio account;
b) ai sensi dell'art. 21, par. 2, di cessare fin da subito qualsiasi trattamento dei miei dati per finalità di marketing diretto, anche nelle more della cancellazione;
c) di comunicare l'avvenuta cancellazione agli eventuali destinatari a cui i dati sono stati trasmessi (art. 19).

Vi ricordo che il termine per fornire riscontro è di un mese dal ricevimento della presente (art. 12, par. 3).

Distinti saluti
Alessandra Moretti""", "Alessandra Moretti"),

        ("deletion", (), "", """cancellate il mio account e tutti i miei dati per favore. non voglio piu avere niente a che fare con voi dopo come avete gestito il mio ultimo reso.
luca m.""", "Luca Marchetti"),

        ("deletion", (), "Chiusura account e diritto all'oblio", """Buonasera,

vi scrivo per chiedervi di eliminare il mio profilo cliente e di cancellare definitivamente tutti i dati collegati (anagrafica, indirizzi, storico ordini, recensioni). Non ho ordini in corso né resi aperti.

Vi chiedo inoltre di assicurarvi che i miei dati vengano rimossi anche dai sistemi dei vostri fornitori, ad esempio il CRM e la piattaforma che usate per le email, e di darmene conferma scritta una volta fatto.

Cordiali saluti,
Roberto Galli
tel. 338 4102297""", "Roberto Galli"),

        ("correction", (), "Richiesta di rettifica dei dati personali (art. 16 GDPR)", """Gentili Signori,

la sottoscritta Maria Grazia Esposito, C.F. SPSMGR72E55F839T, cliente n. 70195526, con la presente esercita il diritto di rettifica ai sensi dell'art. 16 del Regolamento (UE) 2016/679.

Nei vostri archivi risultano i seguenti dati inesatti o non aggiornati:
1. cognome: risulta «Esposito Russo», mentre il mio cognome è unicamente «Esposito» (Russo è il cognome di mio marito, che non va indicato);
2. data di nascita: risulta 15/05/1973 anziché 15/05/1972;
3. indirizzo di residenza: risulta ancora Via Toledo 210, Napoli; l'indirizzo attuale è Via Caravaggio 18, 80126 Napoli.

Chiedo che tali dati siano corretti senza ingiustificato ritardo, che mi venga data conferma dell'avvenuta rettifica e che la stessa sia comunicata a eventuali destinatari ai sensi dell'art. 19.

Allego copia del documento d'identità.

Distinti saluti
Maria Grazia Esposito""", "Maria Grazia Esposito"),

        ("correction", (), "cambio numero", """ciao, ho cambiato numero di cell, quello nuovo è 347 882 1044. aggiornatelo nel mio profilo x favore, anche la mail, adesso uso f.russo.85@posta.example.it (la vecchia non la apro piu)
grazie
Federica""", "Federica Russo"),

        ("portability", (), "Esercizio del diritto alla portabilità dei dati (art. 20 GDPR)", """Spettabile Titolare del trattamento,

il sottoscritto Davide Lombardi, C.F. LMBDVD88A14F205Z, titolare dell'account associato all'indirizzo davide.lombardi@posta.example.it, con la presente esercita il diritto alla portabilità di cui all'art. 20 del Regolamento (UE) 2016/679.

Chiedo pertanto:
1. di ricevere i dati personali che mi riguardano e che ho fornito alla vostra società (dati anagrafici e di contatto, indirizzi di consegna, storico degli ordini, preferenze e recensioni) in un formato strutturato, di uso comune e leggibile da dispositivo automatico (JSON o CSV);
2. ove tecnicamente fattibile, ai sensi dell'art. 20, par. 2, la trasmissione diretta di tali dati al seguente titolare: NuovoNegozio S.r.l., ufficio privacy, privacy@nuovonegozio.example.it.

Resto in attesa di riscontro entro i termini previsti dall'art. 12 del Regolamento.

Cordiali saluti
Davide Lombardi""", "Davide Lombardi"),

        ("portability", (), "export dei miei dati", """Buongiorno, c'è un modo per scaricare tutti i miei dati dall'account (ordini, indirizzi, recensioni) in un file tipo JSON o CSV? Vorrei importarli in un'app che uso per tenere traccia delle spese. Nell'area personale non trovo nessun pulsante per l'esportazione.
Grazie mille
Paolo Conti""", "Paolo Conti"),

        ("restriction", (), "Richiesta di limitazione del trattamento - art. 18 GDPR", """Alla cortese attenzione del DPO

Io sottoscritto Stefano Ricci, C.F. RCCSFN81D22H501W, chiedo la limitazione del trattamento dei miei dati personali ai sensi dell'art. 18, par. 1, lett. b), del Regolamento (UE) 2016/679.

Ritengo infatti che il trattamento del mio numero di cellulare per l'invio di promemoria tramite WhatsApp sia privo di base giuridica, non avendo mai fornito il relativo consenso. Tuttavia non intendo chiederne la cancellazione, poiché quei messaggi mi servono a fini probatori: chiedo invece che ne sia limitato l'utilizzo, ossia che i dati siano soltanto conservati e non sottoposti ad alcuna altra operazione senza il mio consenso.

Vi chiedo di informarmi prima dell'eventuale revoca della limitazione, come previsto dall'art. 18, par. 3.

Roma, 3 marzo 2025
Stefano Ricci""", "Stefano Ricci"),

        ("restriction", (), "Sospendere l'uso dei miei dati", """Salve,

sto ancora decidendo se chiudere definitivamente l'account, quindi per ora non cancellate niente. Nel frattempo però vi chiedo di congelare il mio profilo: conservate pure i dati, ma non utilizzateli per nessuna finalità finché non vi riscrivo io. Si può fare?

Grazie
Giulia Fontana""", "Giulia Fontana"),

        ("objection", (), "Opposizione al trattamento ai sensi dell'art. 21 GDPR", """Spett.le Shop,

il sottoscritto Marco Santoro, C.F. SNTMRC84T09L736Q, cliente registrato con l'indirizzo marco.santoro@posta.example.it,

PREMESSO CHE
- dalla vostra informativa risulta che i dati relativi ai miei acquisti sono utilizzati, sulla base del legittimo interesse, per attività di profilazione e per l'invio di comunicazioni su prodotti analoghi a quelli acquistati (art. 130, comma 4, del Codice privacy);
- non ho mai prestato un consenso specifico a tali trattamenti;

SI OPPONE
ai sensi dell'art. 21, paragrafi 1 e 2, del Regolamento (UE) 2016/679 e dell'art. 130, comma 4, del D.Lgs. 196/2003:
1. a qualsiasi attività di profilazione che lo riguardi;
2. all'invio di comunicazioni promozionali basate sui precedenti acquisti (c.d. soft spam);
3. all'utilizzo dei dati di navigazione per finalità di analisi statistica e di marketing.

Chiede di ricevere conferma scritta dell'accoglimento dell'opposizione entro un mese.

Venezia, 20 gennaio 2025
Marco Santoro""", "Marco Santoro"),

        ("objection", (), "profilazione", """buongiorno, ho visto che mi mandate "consigli per te" basati su quello che guardo sul sito. non mi va di essere profilata e tracciata mentre navigo, mi oppongo. la newsletter normale va bene, quella potete continuare a mandarla.
Silvia""", "Silvia De Luca"),

        ("withdraw_consent", (), "Re: newsletter", """cancellatemi dalla newsletter grazie

Il giorno lun 3 giu 2024 alle ore 10:12 Shop Newsletter <news@shop.example.be> ha scritto:
> Le offerte della settimana sono arrivate!
> Fino al 30% di sconto su una selezione di articoli per la casa.
>
> Non vuoi più ricevere le nostre email? Clicca qui per annullare l'iscrizione.""", "Anna Greco"),

        ("withdraw_consent", (), "Revoca consenso marketing", """Buongiorno,

con la presente revoco il consenso al trattamento dei miei dati personali per finalità di marketing che avevo prestato al momento della registrazione. Non desidero più ricevere comunicazioni promozionali né via email né via SMS.

Preciso che l'account deve restare attivo: continuerò a fare acquisti e a ricevere le comunicazioni relative agli ordini.

Cordiali saluti
Enrico Barbieri
cliente n. 60877301""", "Enrico Barbieri"),

        ("complaint", ("deletion",), "Sollecito - richiesta di cancellazione senza riscontro", """Spett.le Shop,

in data 10 dicembre 2024 vi ho inviato, a questo stesso indirizzo, una richiesta di cancellazione dei miei dati personali e di chiusura dell'account ai sensi dell'art. 17 GDPR. Ad oggi, trascorso oltre un mese, non ho ricevuto alcun riscontro e il mio account risulta ancora attivo.

Vi sollecito pertanto a procedere senza ulteriore ritardo alla cancellazione richiesta e a darmene conferma scritta. In mancanza di riscontro entro 15 giorni, presenterò reclamo al Garante per la protezione dei dati personali ai sensi dell'art. 77 del Regolamento.

Distinti saluti
Valentina Caruso

----- Messaggio inoltrato -----
Da: Valentina Caruso <vale.caruso@posta.example.it>
A: privacy@shop.example.be
Data: martedì 10 dicembre 2024, 18:05
Oggetto: Cancellazione account

Buonasera, vi chiedo di chiudere il mio account e cancellare tutti i miei dati ai sensi dell'art. 17 GDPR. Grazie. Valentina Caruso""", "Valentina Caruso"),

        ("complaint", (), "Email truffa con i miei dati - cosa è successo?", """Buongiorno,

ieri ho ricevuto un SMS e poi una email che sembravano vostri, con il mio nome, il mio indirizzo di casa e il numero esatto del mio ultimo ordine, in cui mi chiedevano di pagare 2,99 euro di «spese di sdoganamento» su un sito che ovviamente non è il vostro. Questi dati li avevo dati solo a voi.

È evidente che c'è stata una fuga di dati dai vostri sistemi, e nessuno mi ha avvisato. Trovo gravissimo che un negozio gestisca così i dati dei clienti. Se non ricevo spiegazioni serie a breve, faccio una segnalazione al Garante privacy.

Tommaso Villa""", "Tommaso Villa"),

        ("other", (), "Candidatura spontanea - Magazzino / logistica", """Gentile Ufficio Risorse Umane,

mi chiamo Andrea Longo, ho 27 anni e lavoro da tre anni come addetto alla logistica in un centro di distribuzione e-commerce a Piacenza. Vi invio la mia candidatura spontanea per eventuali posizioni nel vostro magazzino in Belgio; ho il patentino per il muletto e parlo inglese a livello B2.

In allegato il mio CV. Resto a disposizione per un colloquio, anche online.

Cordiali saluti
Andrea Longo
+39 349 550 2187

Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e del GDPR (Regolamento UE 2016/679) ai fini della selezione del personale.""", "Andrea Longo"),

        ("other", (), "Gestione delle richieste GDPR in 5 minuti al giorno", """Gentile Responsabile Privacy,

ogni giorno la vostra casella privacy riceve richieste di accesso, cancellazione e opposizione da evadere entro 30 giorni? Con PrivaFlow le richieste degli interessati vengono registrate, assegnate e archiviate automaticamente, con modelli di risposta conformi al GDPR in 24 lingue e un registro pronto per eventuali ispezioni.

Le propongo una demo gratuita di 20 minuti la prossima settimana. Mi indichi pure il giorno che preferisce.

Un cordiale saluto,
Marta Pellegrini
Account Executive - PrivaFlow S.r.l.
Via Tortona 33, 20144 Milano
www.privaflow.example.it

Se non desidera ricevere ulteriori comunicazioni, risponda con «RIMUOVI».""", "Marta Pellegrini"),
    ],

    "pt": [
        ("access", (), "Exercício do direito de acesso - artigo 15.º do RGPD", """Exmos. Senhores,

Eu, Ana Rita Carvalho Sousa, portadora do Cartão de Cidadão n.º 13456789 0 ZZ4, NIF 234 567 890, residente na Rua de Santa Catarina, 512, 3.º Esq., 4000-446 Porto, cliente com o endereço de correio eletrónico anarita.sousa@correio.example.pt, venho, ao abrigo do artigo 15.º do Regulamento (UE) 2016/679 (RGPD) e da Lei n.º 58/2019, de 8 de agosto, exercer o meu direito de acesso aos dados pessoais que me dizem respeito.

Nesse sentido, solicito que me seja facultado:
a) a confirmação de que os meus dados pessoais são ou não objeto de tratamento;
b) uma cópia de todos os dados pessoais que me dizem respeito e que se encontrem em tratamento;
c) as finalidades do tratamento e os respetivos fundamentos de licitude;
d) as categorias de dados pessoais em questão;
e) os destinatários ou categorias de destinatários a quem os dados foram ou serão divulgados, nomeadamente em países terceiros;
f) o prazo previsto de conservação dos dados ou os critérios usados para o fixar;
g) a origem dos dados, caso não tenham sido recolhidos junto de mim;
h) a existência de decisões automatizadas, incluindo a definição de perfis, e informações úteis sobre a lógica subjacente.

Agradeço que a resposta seja enviada para o endereço eletrónico acima indicado, no prazo de um mês previsto no artigo 12.º, n.º 3, do RGPD.

Com os melhores cumprimentos,
Ana Rita Carvalho Sousa
Porto, 6 de março de 2025""", "Ana Rita Carvalho Sousa"),

        ("access", (), "dados", """oi, queria saber quais dados vcs tem sobre mim e se passaram pra alguma outra empresa. comprei ai uma vez ano passado com esse email. pode mandar uma copia? obrigada

Enviado do meu Galaxy""", "Juliana Ferreira"),

        ("access", (), "Solicitação de confirmação e acesso aos dados (LGPD)", """Olá, tudo bem?

Sou cliente de vocês há alguns anos (CPF 123.456.789-09, e-mail rodrigo.almeida@email.example.com.br) e, com base no art. 18, incisos I e II, e no art. 19 da LGPD, gostaria de receber a confirmação de que vocês tratam meus dados e uma cópia completa deles, incluindo histórico de navegação, dados usados para publicidade e quaisquer informações recebidas de terceiros. Também quero saber com quais empresas meus dados foram compartilhados.

Pode ser por e-mail mesmo, num formato que eu consiga ler.

Obrigado,
Rodrigo Almeida""", "Rodrigo Almeida"),

        ("deletion", (), "Pedido de apagamento de dados pessoais (direito a ser esquecido)", """Exmos. Senhores,

Na qualidade de titular dos dados, e nos termos do artigo 17.º do Regulamento Geral sobre a Proteção de Dados, venho solicitar o apagamento de todos os dados pessoais que me digam respeito e que se encontrem na posse da vossa empresa, uma vez que os mesmos deixaram de ser necessários para a finalidade que motivou a sua recolha, não mantendo eu qualquer relação comercial convosco desde 2021.

Solicito ainda que:
- a conta de cliente associada ao e-mail jm.pinto@correio.example.pt seja encerrada;
- o apagamento seja comunicado a cada destinatário a quem os dados tenham sido transmitidos (artigo 19.º do RGPD);
- me seja enviada confirmação escrita no prazo de um mês.

Identificação: João Manuel Pinto, NIF 198 765 432.

Com os melhores cumprimentos,
João Manuel Pinto
Braga""", "João Manuel Pinto"),

        ("deletion", (), "", """quero excluir minha conta de vcs. nao achei a opção no app em lugar nenhum. pode apagar tudo, cadastro, endereço, cartão salvo, tudo
meu email é thiagolima.s@email.example.com.br""", "Thiago Lima"),

        ("deletion", (), "Re: Sentimos a sua falta!", """Boa tarde,

Aproveito esta mensagem para pedir que encerrem de vez a minha conta e eliminem os dados que têm sobre mim: morada, telefone, histórico de encomendas, tudo. Não tenciono voltar a comprar. Agradeço confirmação quando estiver feito.

Cumprimentos,
Helena Marques

Em seg., 3 de fev. de 2025 às 10:12, Shop <noreply@shop.example.be> escreveu:
> Olá Helena,
>
> Já não a vemos há algum tempo! Volte e aproveite 10% de desconto na próxima encomenda com o código VOLTA10.
>
> Até breve,
> A equipa Shop""", "Helena Marques"),

        ("correction", (), "Requerimento de correção de dados - art. 18, III, da LGPD", """Prezados,

Eu, Patrícia Oliveira Costa, inscrita no CPF sob o n.º 987.654.321-00, cliente cadastrada com o e-mail patricia.ocosta@email.example.com.br, venho, com fundamento no art. 18, inciso III, da Lei n.º 13.709/2018 (LGPD) e no art. 16 do Regulamento (UE) 2016/679, requerer a correção dos meus dados cadastrais, que se encontram desatualizados:

1. Nome: consta "Patrícia Oliveira Santos"; após o divórcio voltei a usar o nome de solteira, "Patrícia Oliveira Costa" (segue em anexo a certidão de casamento com averbação).
2. Endereço: consta Rua Augusta, 1200, apto 45, São Paulo/SP; o atual é Rua Padre Chagas, 315, apto 802, Moinhos de Vento, Porto Alegre/RS, CEP 90570-080.
3. Telefone: o correto é (51) 99812-4470.

Peço que a correção seja feita em todos os sistemas, inclusive no cadastro de entrega e nas faturas futuras, e que me confirmem por escrito.

Atenciosamente,
Patrícia Oliveira Costa""", "Patrícia Oliveira Costa"),

        ("correction", (), "nome errado", """Bom dia, o meu apelido está mal escrito na conta e nas faturas, aparece Goncalvez e é Gonçalves (com ç e s no fim). podem corrigir? obg
Rui Gonçalves
cliente 80233419""", "Rui Gonçalves"),

        ("portability", (), "Exercício do direito de portabilidade - artigo 20.º do RGPD", """Exmos. Senhores,

Eu, Mariana Lopes Ribeiro, NIF 245 118 903, titular da conta de cliente n.º 80451276, venho, nos termos do artigo 20.º do Regulamento (UE) 2016/679, exercer o direito de portabilidade dos meus dados pessoais.

Solicito:
1. a receção, num formato estruturado, de uso corrente e de leitura automática (de preferência JSON ou CSV), dos dados pessoais que vos forneci e dos gerados pela utilização da conta, designadamente: dados de registo, moradas, histórico de encomendas e devoluções, avaliações de produtos e preferências de comunicação;
2. a transmissão direta desses dados ao responsável indicado abaixo, sempre que tal seja tecnicamente possível (artigo 20.º, n.º 2):
   LojaNova, Lda. - Encarregado de Proteção de Dados - epd@lojanova.example.pt

Fico a aguardar resposta no prazo legal de um mês.

Com os melhores cumprimentos,
Mariana Lopes Ribeiro
Lisboa, 11 de fevereiro de 2025""", "Mariana Lopes Ribeiro"),

        ("portability", (), "exportar meus dados", """Oi pessoal,

Estou migrando minhas compras para outra loja e queria levar meu histórico junto. Vocês conseguem me mandar todos os dados da minha conta (pedidos, endereços, lista de favoritos, avaliações) num arquivo CSV ou JSON? Li que a LGPD garante a portabilidade (art. 18, V), então imagino que seja possível.

Valeu!
Camila Rocha""", "Camila Rocha"),

        ("restriction", (), "Pedido de limitação do tratamento - artigo 18.º, n.º 1, alínea a), do RGPD", """Exmos. Senhores,

Eu, Carlos Alberto Nunes, NIF 176 543 210, cliente n.º 80067392, contesto a exatidão dos dados de pagamento e da morada de faturação associados à minha conta, que não correspondem aos que indiquei e que passaram a surgir nas faturas emitidas em meu nome desde dezembro.

Nos termos do artigo 18.º, n.º 1, alínea a), do RGPD, solicito a limitação do tratamento desses dados durante o período necessário para que verifiquem a sua exatidão, o que implica que, entretanto, não sejam utilizados para emitir faturas, efetuar cobranças ou ser comunicados a terceiros.

Solicito ainda que me informem antes de a limitação ser levantada (artigo 18.º, n.º 3).

Com os melhores cumprimentos,
Carlos Alberto Nunes""", "Carlos Alberto Nunes"),

        ("restriction", (), "não apaguem meus dados", """oi, vi que vcs apagam contas inativas depois de 2 anos. por favor NÃO apaguem a minha, estou com processo no juizado especial por causa daquela TV que veio quebrada (pedido BR-2023-11587) e preciso do histórico como prova. mas tambem nao quero que usem meus dados pra mais nada enquanto isso, só guardem.
obg
Fernanda Souza""", "Fernanda Souza"),

        ("objection", (), "Oposição ao tratamento de dados - art. 18, § 2º, da LGPD e art. 21 do RGPD", """Prezados Senhores,

Eu, Gustavo Henrique Martins, CPF 321.654.987-11, cliente cadastrado com o e-mail gustavo.hmartins@email.example.com.br, venho manifestar OPOSIÇÃO ao tratamento dos meus dados pessoais realizado com base no legítimo interesse, nos termos do art. 18, § 2º, da LGPD e do art. 21 do Regulamento (UE) 2016/679, especificamente:

a) a criação de perfis de consumo a partir do meu histórico de compras e de navegação;
b) o compartilhamento do meu e-mail com redes sociais e plataformas de anúncios para fins de publicidade direcionada (públicos personalizados);
c) o uso de cookies e pixels de rastreamento para análise de comportamento.

Requeiro a cessação imediata desses tratamentos e a confirmação por escrito, no prazo legal.

Atenciosamente,
Gustavo Henrique Martins""", "Gustavo Henrique Martins"),

        ("objection", (), "", """nao quero que usem o meu historico de compras para fazer perfis e me mostrarem publicidade personalizada no site. oponho-me a isso. o resto da conta pode ficar como esta.
Tiago""", "Tiago Antunes"),

        ("withdraw_consent", (), "Re: Ofertas imperdíveis da semana", """parem de me mandar esses emails por favor. quero sair da lista

Em qua., 12 de mar. de 2025 às 08:30, Shop Ofertas <news@shop.example.be> escreveu:
> Só esta semana: até 40% OFF em eletrodomésticos!
> Frete grátis acima de 50 EUR.
>
> Para deixar de receber nossos e-mails, clique aqui.""", "Bruno Carvalho"),

        ("withdraw_consent", (), "SMS promocionais", """Boa tarde,

Não quero receber mais SMS com promoções para o número 912 345 678. Retiro o consentimento que dei quando criei a conta para esse tipo de contacto. As mensagens sobre o estado das encomendas podem continuar.

Obrigada,
Sofia Mendes""", "Sofia Mendes"),

        ("complaint", ("correction",), "2.º pedido - retificação de dados sem resposta", """Exmos. Senhores,

No passado dia 7 de janeiro solicitei, por este meio, a retificação da minha morada e do meu número de telefone, ao abrigo do artigo 16.º do RGPD. Passados mais de 30 dias não obtive qualquer resposta, e a encomenda que fiz entretanto voltou a ser enviada para a morada antiga.

Volto a indicar os dados corretos:
Morada: Avenida da Liberdade, 245, 5.º Dto., 1250-143 Lisboa
Telemóvel: 936 210 587

Solicito que procedam de imediato à correção. Caso não o façam nos próximos 10 dias úteis, apresentarei queixa à Comissão Nacional de Proteção de Dados (CNPD).

Cumprimentos,
Pedro Figueiredo
NIF 212 334 556""", "Pedro Figueiredo"),

        ("complaint", (), "VAZAMENTO?? recebi ligação de empresa parceira", """Boa noite. Ontem recebi uma ligação de uma empresa de seguros que sabia meu nome completo, meu endereço e até que eu tinha comprado uma geladeira com vocês semana passada. Eu NUNCA autorizei vocês a passarem meus dados pra ninguém. Isso é um absurdo e um desrespeito com o cliente.

Já registrei reclamação no Reclame Aqui e vou denunciar na ANPD se não tiver uma explicação decente.

Larissa Pereira""", "Larissa Pereira"),

        ("other", (), "Produto com defeito - pedido BR-2025-20831", """Olá,

A cafeteira que comprei (pedido BR-2025-20831) chegou com a jarra trincada e vazando. Já tentei abrir a troca pela minha conta (email aline.batista@email.example.com.br), mas o sistema dá erro quando anexo a foto. Podem me ajudar com a troca ou o reembolso? Mando as fotos por aqui se precisar.

Obrigada,
Aline Batista""", "Aline Batista"),

        ("other", (), "Acordo de Tratamento de Dados - para assinatura", """Exmos. Senhores,

No seguimento da reunião da semana passada sobre a integração do nosso serviço de envio de SMS transacionais na vossa plataforma, segue em anexo o Acordo de Tratamento de Dados (artigo 28.º do RGPD), com as cláusulas contratuais-tipo e a lista de subcontratantes ulteriores.

Agradeço que o documento seja revisto pelo vosso departamento jurídico e devolvido assinado até ao final do mês, para podermos avançar com a ativação.

Com os melhores cumprimentos,
Nuno Correia
Gestor de Parcerias
MensagemJá, S.A.
Rua Castilho, 39, 1250-068 Lisboa""", "Nuno Correia"),
    ],

    "ro": [
        ("access", (), "Cerere de exercitare a dreptului de acces (art. 15 din Regulamentul (UE) 2016/679)", """Către: Shop - Responsabilul cu protecția datelor
privacy@shop.example.be

Subsemnatul Mihai-Alexandru Popescu, domiciliat în București, Str. Mihai Eminescu nr. 47, bl. A2, sc. 1, ap. 12, sector 2, CNP 1850614420123, în calitate de persoană vizată, în temeiul art. 15 din Regulamentul (UE) 2016/679 privind protecția persoanelor fizice în ceea ce privește prelucrarea datelor cu caracter personal și al Legii nr. 190/2018, vă solicit:

1. să îmi confirmați dacă prelucrați sau nu date cu caracter personal care mă privesc;
2. în caz afirmativ, să îmi furnizați o copie a acestor date;
3. să îmi comunicați scopurile prelucrării și categoriile de date vizate;
4. destinatarii sau categoriile de destinatari cărora le-au fost sau le vor fi divulgate datele, în special destinatarii din țări terțe;
5. perioada pentru care se preconizează că vor fi stocate datele sau criteriile utilizate pentru stabilirea acesteia;
6. sursa datelor, în cazul în care acestea nu au fost colectate de la mine;
7. existența unui proces decizional automatizat, inclusiv crearea de profiluri, precum și informații pertinente privind logica utilizată.

Vă rog să îmi transmiteți răspunsul la adresa de e-mail mihai.popescu85@posta.example.ro, în termenul de o lună prevăzut de art. 12 alin. (3) din Regulament.

Data: 18.02.2025
Semnătura: Mihai-Alexandru Popescu""", "Mihai-Alexandru Popescu"),

        ("access", (), "date personale", """buna ziua, ce date aveti despre mine? vreau si o copie daca se poate. am cont la voi cu adresa asta. multumesc
Ioana""", "Ioana Stan"),

        ("access", (), "De unde aveți numărul meu?", """Bună ziua,

Săptămâna trecută am primit un SMS de la dumneavoastră cu o reducere, deși nu îmi amintesc să vă fi dat vreodată numărul de telefon (0722 418 365) - contul meu are doar adresa de e-mail. Vă rog să îmi spuneți de unde ați obținut numărul, ce alte date mai aveți despre mine și dacă le-ați transmis altor firme.

Mulțumesc,
Adrian Dumitrescu""", "Adrian Dumitrescu"),

        ("deletion", (), "Cerere de ștergere a datelor cu caracter personal - art. 17 GDPR", """Stimată doamnă / Stimate domn,

Subsemnata Elena Georgiana Marin, CNP 2920317125678, cu domiciliul în Cluj-Napoca, Str. Observatorului nr. 94, ap. 7, titulară a contului de client asociat adresei elena.marin92@posta.example.ro, în temeiul art. 17 din Regulamentul (UE) 2016/679 (dreptul la ștergerea datelor - „dreptul de a fi uitat”), vă solicit:

a) ștergerea tuturor datelor cu caracter personal care mă privesc, întrucât nu mai sunt necesare în raport cu scopurile pentru care au fost colectate;
b) închiderea definitivă a contului meu de client;
c) notificarea ștergerii către toți destinatarii cărora le-au fost divulgate datele (art. 19 din Regulament);
d) confirmarea în scris a ștergerii, în termen de cel mult o lună de la primirea prezentei cereri.

Cu stimă,
Elena Georgiana Marin
Cluj-Napoca, 25.01.2025""", "Elena Georgiana Marin"),

        ("deletion", (), "", """stergeti-mi contul va rog, nu il mai folosesc de mult. si toate datele. multumesc
andrei""", "Andrei Ionescu"),

        ("deletion", (), "Re: Contul dumneavoastră este inactiv", """Bună ziua,

Da, vă rog să îl închideți definitiv și să ștergeți toate datele mele din sistem, inclusiv adresele de livrare și istoricul comenzilor. Nu mai doresc să păstrez nicio relație cu magazinul.

O zi bună,
Cristina Radu

Pe lun., 10 feb. 2025 la 09:15, Shop <noreply@shop.example.be> a scris:
> Bună, Cristina!
>
> Nu ai mai intrat în contul tău de peste 18 luni. Dacă dorești să îl păstrezi, autentifică-te în următoarele 30 de zile.
> Dacă nu mai ai nevoie de el, răspunde la acest mesaj.
>
> Echipa Shop""", "Cristina Radu"),

        ("correction", (), "Cerere de rectificare a datelor (art. 16 GDPR)", """Stimate domn / Stimată doamnă,

Subsemnatul Vasile Constantinescu, CNP 1780923226789, client nr. 90118245, în temeiul art. 16 din Regulamentul (UE) 2016/679, vă solicit rectificarea următoarelor date inexacte înregistrate în contul meu:

1. Data nașterii: figurează 23.03.1978; corect este 23.09.1978.
2. Adresa de domiciliu: figurează Iași, Str. Păcurari nr. 12; adresa actuală este Iași, Bd. Carol I nr. 8, bl. C3, ap. 21, cod poștal 700506.
3. Prenumele: figurează „Vasilică”; corect este „Vasile”.

Anexez copia cărții de identitate. Vă rog să îmi confirmați în scris efectuarea rectificării.

Cu stimă,
Vasile Constantinescu""", "Vasile Constantinescu"),

        ("correction", (), "schimbare email", """salut, mi-am schimbat adresa de mail, cea noua e bogdan.tudor@posta.example.ro. puteti sa o actualizati voi in cont? din setari nu merge, zice ca trebuie confirmare pe adresa veche si aia nu mai exista.
mersi
Bogdan""", "Bogdan Tudor"),

        ("portability", (), "Cerere privind dreptul la portabilitatea datelor (art. 20 GDPR)", """Bună ziua,

Subsemnata Raluca Ene, titulară a contului de client nr. 90342761 (adresa de e-mail raluca.ene@posta.example.ro), în temeiul art. 20 din Regulamentul (UE) 2016/679, vă solicit:

1. să îmi furnizați datele cu caracter personal care mă privesc și pe care vi le-am furnizat (date de identificare și de contact, adrese de livrare, istoricul comenzilor, evaluările produselor) într-un format structurat, utilizat în mod curent și care poate fi citit automat, de preferință CSV sau JSON;
2. în măsura în care este fezabil din punct de vedere tehnic, să transmiteți direct aceste date către operatorul MagazinNou S.R.L., la adresa dpo@magazinnou.example.ro.

Vă mulțumesc,
Raluca Ene""", "Raluca Ene"),

        ("portability", (), "export comenzi", """buna, puteti sa-mi trimiteti toate datele din contul meu (comenzi, adrese, facturi) intr-un fisier csv sau json? vreau sa le import in alta aplicatie. nu gasesc nicio optiune de export in cont
mersi, Sorin""", "Sorin Matei"),

        ("restriction", (), "Cerere de restricționare a prelucrării (art. 18 GDPR)", """Stimată doamnă / Stimate domn,

Subsemnatul Cătălin Dobre, CNP 1870511080123, client nr. 90556120, vă aduc la cunoștință că, în opinia mea, prelucrarea numărului meu de telefon în scopul apelurilor de tip „sondaj de satisfacție” este ilegală, întrucât nu mi-am dat niciodată acordul pentru aceasta.

Cu toate acestea, mă opun ștergerii datelor respective și, în temeiul art. 18 alin. (1) lit. b) din Regulamentul (UE) 2016/679, vă solicit restricționarea utilizării lor: datele să fie doar stocate, fără a fi prelucrate în niciun alt mod fără consimțământul meu.

Vă rog să mă informați înainte de ridicarea restricției, conform art. 18 alin. (3).

Cu stimă,
Cătălin Dobre
Brașov, 12.03.2025""", "Cătălin Dobre"),

        ("restriction", (), "Nu ștergeți contul, doar blocați datele", """Bună ziua,

Nu vreau să îmi ștergeți contul și nici datele, pentru că s-ar putea să mai comand pe viitor. Vă rog însă ca, de acum înainte, să restricționați prelucrarea lor: să rămână doar păstrate, fără să le mai folosiți în vreun fel până vă anunț eu altfel.

Mulțumesc,
Diana Popa""", "Diana Popa"),

        ("objection", (), "Opoziție la prelucrarea datelor (art. 21 GDPR)", """Stimate domn / Stimată doamnă,

Subsemnatul Florin Stoica, client înregistrat cu adresa florin.stoica@posta.example.ro, în temeiul art. 21 din Regulamentul (UE) 2016/679, îmi exercit dreptul de opoziție față de:

1. prelucrarea datelor mele în scopul creării de profiluri (analiza istoricului de cumpărături și de navigare pentru segmentare și recomandări personalizate), efectuată în baza interesului legitim;
2. utilizarea datelor mele în scopuri de marketing direct, inclusiv crearea de profiluri în măsura în care are legătură cu marketingul direct (art. 21 alin. (2) și (3)).

Vă rog să încetați aceste prelucrări și să îmi confirmați în scris, în termen de o lună.

Cu stimă,
Florin Stoica""", "Florin Stoica"),

        ("objection", (), "urmarire emailuri", """am aflat ca in emailurile voastre sunt pixeli care urmaresc cand le deschid si pe ce dau click. ma opun la treaba asta, nu vreau sa fiu monitorizat si analizat. va rog opriti
Radu""", "Radu Constantin"),

        ("withdraw_consent", (), "dezabonare", """vreau sa ma dezabonez de la newsletter. multumesc""", "Gabriela Neagu"),

        ("withdraw_consent", (), "Retragere consimțământ", """Bună ziua,

Prin prezentul mesaj îmi retrag consimțământul pentru primirea de comunicări comerciale prin e-mail și SMS. Vă rog să nu îmi mai trimiteți oferte sau promoții la adresa aceasta sau la numărul 0745 219 880. Contul îl păstrez, doar reclamele nu le mai vreau.

Cu mulțumiri,
Lavinia Munteanu""", "Lavinia Munteanu"),

        ("complaint", ("access",), "Revenire: cerere de acces fără răspuns de peste o lună", """Bună ziua,

Pe data de 14 ianuarie 2025 v-am trimis o cerere prin care solicitam, în baza art. 15 GDPR, o copie a datelor mele personale și informații despre destinatarii acestora. Până astăzi nu am primit niciun răspuns, deși termenul legal de o lună a expirat.

Vă rog să dați curs cererii fără alte întârzieri. Dacă nu primesc răspuns în 7 zile, voi depune plângere la Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal (ANSPDCP).

Cu stimă,
Ovidiu Lazăr

-------- Mesaj redirecționat --------
Subiect: Cerere acces date personale
Data: Tue, 14 Jan 2025 20:11:03 +0200
De la: Ovidiu Lazăr <ovidiu.lazar@posta.example.ro>
Către: privacy@shop.example.be

Bună seara, vă rog să îmi trimiteți o copie a datelor personale pe care le dețineți despre mine și să îmi spuneți cui le-ați transmis. Mulțumesc, Ovidiu Lazăr""", "Ovidiu Lazăr"),

        ("complaint", (), "Ați trimis adresa mea de email la sute de oameni", """Bună ziua,

Azi-dimineață am primit de la voi un e-mail despre „modificarea termenilor și condițiilor” în care toți destinatarii erau puși la CC - văd pe ecran câteva sute de adrese, printre care și a mea, cu numele și prenumele meu. Deja am primit două mesaje de la necunoscuți care au dat „reply all”.

Este o încălcare gravă a securității datelor și sunt foarte nemulțumit de felul în care tratați datele clienților. Mă gândesc serios să fac o plângere la ANSPDCP.

Liviu Barbu""", "Liviu Barbu"),

        ("other", (), "Întrebări pentru lucrarea de licență - GDPR în e-commerce", """Bună ziua,

Sunt studentă în anul III la Facultatea de Drept a Universității din București și scriu lucrarea de licență despre aplicarea GDPR în comerțul online. Aș vrea să vă adresez câteva întrebări generale, dacă aveți timp:
1. Câte cereri ale persoanelor vizate primiți, în medie, pe lună?
2. Aveți un responsabil cu protecția datelor intern sau externalizat?
3. Care este dreptul exercitat cel mai des: accesul, ștergerea sau opoziția?

Răspunsurile vor fi folosite anonimizat. Vă mulțumesc anticipat!

Cu respect,
Andreea Vlad""", "Andreea Vlad"),

        ("other", (), "nu pot intra in cont", """buna, am uitat parola si cand dau pe "am uitat parola" nu primesc niciun email de resetare (am verificat si in spam). adresa contului e mircea.oprea@posta.example.ro. ma puteti ajuta? am o comanda de urmarit
mulumesc
Mircea""", "Mircea Oprea"),
    ],
}

"""Twenty-fifth set, letters as they really arrive: templates half-filled, pasted and damaged, in threads (it pt pl cs hr). Written apart from the rules (see make_twentyfifth.py)."""

PEOPLE_VB = {
    "it": [
        # 1 Garante model form, half filled, instructions left in
        ("access", (),
         "Esercizio di diritti in materia di protezione dei dati personali",
         """Modello per l'esercizio di diritti in materia di protezione dei dati personali

(artt. da 15 a 22 del Regolamento (UE) 2016/679)

Al titolare del trattamento: shop.example.be
Indirizzo postale: .........................................................
e-mail: privacy@shop.example.be

Il/La sottoscritto/a Giuseppe Mancuso nato/a a Catania il ..../..../........,
esercita con la presente richiesta i seguenti diritti di cui agli artt. 15-22 del Regolamento (UE) 2016/679:

1. Accesso ai dati personali
(art. 15 del Regolamento (UE) 2016/679)
(barrare solo le caselle che interessano)

Il sottoscritto intende accedere ai dati che lo riguardano e precisamente:

[X] chiede conferma che sia o meno in corso un trattamento di dati personali che lo riguardano;
[X] in caso di conferma, chiede di ottenere l'accesso a tali dati, una copia degli stessi, e tutte le informazioni previste alle lettere da a) a h) dell'art. 15, paragrafo 1, del Regolamento (UE) 2016/679, e in particolare;
  [X] le finalita' del trattamento;
  [X] le categorie di dati personali trattate;
  [X] i destinatari o le categorie di destinatari a cui i dati personali sono stati o saranno comunicati, in particolare se destinatari di paesi terzi o organizzazioni internazionali;
  [ ] il periodo di conservazione dei dati previsto o, se non e' possibile, i criteri utilizzati per determinare tale periodo;
  [X] l'origine dei dati (ovvero il soggetto o la specifica fonte dalla quale essi sono stati acquisiti);
  [X] l'esistenza di un processo decisionale automatizzato, compresa la profilazione.

La presente richiesta riguarda (indicare i dati personali, le categorie di dati o il trattamento cui si fa riferimento):
i dati collegati al mio account cliente e alla carta fedelta' (numero carta 4471 0092 ....)

Recapito per la risposta:
[X] Indirizzo e-mail: g.mancuso.ct@gmail.com
[ ] Altro (specificare): ...................................................

Eventuali precisazioni
Il/la sottoscritto/a precisa (fornire eventuali spiegazioni utili o indicare eventuali documenti allegati):
........................................................................................................

Estremi di un documento di riconoscimento: <tipo e numero del documento>

Catania, li 12/03/2025

Giuseppe Mancuso""",
         "Giuseppe Mancuso"),

        # 2 other: warranty 'reclamo' using a consumer template
        ("other", (),
         "Reclamo - difetto di conformita' ordine n. 2025-118734",
         """Buongiorno,
ho usato il modello di Altroconsumo, lo incollo qui sotto perche' il vostro servizio clienti non mi risponde. Scusate se scrivo a questo indirizzo ma e' l'unico che ho trovato.

Spett.le shop.example.be

Oggetto: reclamo per difetto di conformita' del bene acquistato - garanzia legale (artt. 128 e ss. Codice del Consumo)

Il sottoscritto Marco Gentili, residente in <indirizzo>, in data 02/04/2025 ha acquistato presso il Vostro negozio online il seguente prodotto: set da giardino in polyrattan 4 posti (tavolo + 2 poltrone + divanetto), ordine n. 2025-118734, al prezzo di euro 389,00.

In data 20/04/2025 ha riscontrato il seguente difetto: <descrivere il difetto>
la struttura di una poltrona si e' spaccata all'altezza del bracciolo dopo due settimane, la saldatura era incompleta.

Con la presente, ai sensi dell'art. 130 del Codice del Consumo, chiede la sostituzione del bene (in alternativa la riparazione) senza spese entro un termine congruo. In mancanza si riserva di chiedere la riduzione del prezzo o la risoluzione del contratto.

Allego foto e copia della fattura.

Distinti saluti
Marco Gentili

Inviato da iPhone""",
         "Marco Gentili"),

        # 3 Altroconsumo style deletion letter, placeholders left
        ("deletion", (),
         "Richiesta cancellazione dati",
         """Spett.le <nome azienda>
<indirizzo azienda>

Oggetto: Richiesta di cancellazione dei dati personali ai sensi dell'art. 17 del Regolamento (UE) 2016/679

Io sottoscritta Elena Rinaldi, nata a <luogo di nascita> il <data di nascita>, titolare dell'account registrato con l'indirizzo email elena.rinaldi83@alice.it
[inserire qui il numero cliente, se disponibile]

CHIEDO

la cancellazione senza ingiustificato ritardo di tutti i dati personali che mi riguardano, in quanto non sono piu' necessari rispetto alle finalita' per le quali sono stati raccolti, e la chiusura definitiva del mio account.

Vi chiedo inoltre di comunicare la cancellazione agli eventuali destinatari a cui i dati sono stati trasmessi (art. 19 GDPR) e di darmene conferma scritta.

Nel caso in cui non riceva riscontro entro 30 giorni dal ricevimento della presente, mi riservero' di proporre reclamo all'Autorita' di controllo.

Luogo e data: Bergamo, 5 maggio 2025

Firma
Elena Rinaldi""",
         "Elena Rinaldi"),

        # 4 objection, "vedi sotto", reply to a newsletter
        ("objection", (),
         "R: Le offerte della settimana: -30% su barbecue e arredo giardino",
         """vedi sotto

Con la presente mi oppongo, ai sensi dell'art. 21 paragrafi 2 e 3 del GDPR, al trattamento dei miei dati personali per finalita' di marketing diretto, compresa la profilazione connessa (analisi dei miei acquisti e della navigazione per propormi offerte "su misura").
Non utilizzate piu' i miei dati per questi scopi.

Saluti
Roberto Fumagalli

________________________________
Da: shop.example.be <news@shop.example.be>
Inviato: giovedi 8 maggio 2025 07:02
A: roberto.fumagalli@outlook.it
Oggetto: Le offerte della settimana: -30% su barbecue e arredo giardino

Ciao Roberto, abbiamo selezionato per te le offerte piu' adatte ai tuoi ultimi acquisti!
Scopri ora >""",
         "Roberto Fumagalli"),

        # 5 letter for another company, re-sent
        ("withdraw_consent", (),
         "revoca consenso",
         """Scusate, e' la stessa lettera che ho mandato a un altro negozio online, il nome in alto e' il loro ma vale uguale anche per voi.

Spett.le Casa&Giardino Italia S.r.l.
Ufficio Privacy

Oggetto: revoca del consenso al trattamento dei dati personali (art. 7, par. 3, Reg. UE 2016/679)

La sottoscritta Francesca Lo Bianco, email f.lobianco@tiscali.it, con la presente REVOCA il consenso a suo tempo prestato per l'invio della newsletter e di comunicazioni commerciali e promozionali tramite email, SMS e WhatsApp.

Resta fermo il trattamento necessario per la gestione dei miei ordini.

Cordiali saluti
Francesca Lo Bianco""",
         "Francesca Lo Bianco"),

        # 6 portability, pasted with mojibake
        ("portability", (),
         "Portabilita dei dati - art. 20 GDPR",
         """Gentili signori,

copio il testo che avevo preparato in Word, spero si legga:

Oggetto: richiesta di portabilitÃ  dei dati personali

Il sottoscritto Davide Cattaneo, cliente registrato con l'indirizzo davide.cattaneo@fastwebnet.it, chiede ai sensi dell'art. 20 del Regolamento (UE) 2016/679 di ricevere in un formato strutturato, di uso comune e leggibile da dispositivo automatico (CSV o JSON vanno bene) i dati personali che mi riguardano e che ho fornito, in particolare:
- dati anagrafici e indirizzi di consegna
- storico degli ordini e dei resi
- punti e movimenti della carta fedeltÃ 

I file possono essere inviati all'indirizzo sopra indicato. Resto a disposizione per eventuali verifiche di identitÃ .

Cordiali saluti
Davide Cattaneo""",
         "Davide Cattaneo"),

        # 7 correction on top of our quoted acknowledgement
        ("correction", (),
         "R: La sua richiesta [PRIV-2025-0412]",
         """Grazie. Gia' che ci siete: nel mio profilo l'indirizzo di consegna e' sbagliato, e' Via Roma 12 (non 21), 20900 Monza. E il cognome e' Colombo con una sola b, non Colombbo. Potete correggerli?

Paolo Colombo

Il giorno lun 14 apr 2025 alle ore 11:20 Privacy Team <privacy@shop.example.be> ha scritto:

> Gentile cliente,
>
> confermiamo di aver ricevuto la sua richiesta di accesso ai dati personali (riferimento PRIV-2025-0412).
> Le risponderemo entro un mese dal ricevimento.
>
> Cordiali saluti
> Privacy Team
> shop.example.be""",
         "Paolo Colombo"),

        # 8 restriction, template with XX.XX.XXXX left
        ("restriction", (),
         "Limitazione",
         """Spett.le Titolare del trattamento,

il/la sottoscritto/a Sara Marchetti, in relazione all'ordine del XX.XX.XXXX (numero ordine 2025-097551), chiede ai sensi dell'art. 18, par. 1, lett. a) del GDPR la limitazione del trattamento dei propri dati personali.

Contesto infatti l'esattezza dei dati registrati nel mio account: risulta una data di nascita sbagliata e un numero di telefono che non e' il mio.
Per il periodo necessario a verificare, vi chiedo di conservare i dati ma di non utilizzarli per nessun'altra finalita'.
Vi prego di informarmi prima di revocare la limitazione.

Distinti saluti
Sara Marchetti""",
         "Sara Marchetti"),

        # 9 multi, pasted from PDF, broken lines
        ("deletion", ("withdraw_consent", "objection"),
         "",
         """Buonasera, allego il testo della lettera (dal pdf):

Oggetto: richiesta ai sensi degli artt. 17, 7 e 21 del Regolamento (UE)
2016/679

Il sottoscritto Luca Bernardi, codice cliente <codice>, con la presente
chiede:
1.  la cancellazione di tutti i dati personali che lo riguardano e la
chiusura dell'account registrato con l'indirizzo luca.bernardi@libero.
it;
2.  la presa d'atto della REVOCA di ogni consenso prestato al tratta-
mento dei dati per finalita' promozionali (newsletter, SMS, telefono);
3.  si oppone altresi' al trattamento dei propri dati per finalita' di pro-
filazione e alla comunicazione degli stessi a partner commerciali per finali-
ta' pubblicitarie, nelle more della cancellazione.

Si chiede conferma scritta dell'avvenuta esecuzione.

Distinti saluti

Luca Bernardi""",
         "luca.bernardi"),

        # 10 multi access + portability
        ("access", ("portability",),
         "richiesta dati",
         """Buongiorno,
vorrei sapere quali dati personali avete su di me (account cliente e carta fedelta'), per quali finalita' li usate, a chi li avete comunicati e per quanto tempo li conservate. Mandatemene copia.

Inoltre, visto che passo a un altro negozio, ai sensi dell'art. 20 vi chiedo di trasmettere direttamente i miei dati dell'account e lo storico acquisti alla societa' VerdeCasa S.p.A. (privacy@verdecasa.example.it) in formato leggibile (csv).

Grazie
Antonella Ricci
tel. 347 55 20 118""",
         "Antonella Ricci"),

        # 11 complaint, reminder with our ack quoted, repeats access
        ("complaint", ("access",),
         "R: Conferma ricezione richiesta",
         """Sono passati piu' di due mesi dalla vostra risposta automatica qui sotto e non ho ricevuto niente.
Vi chiedo ancora una volta di inviarmi copia dei dati personali che mi riguardano, come richiesto a febbraio. Se entro 7 giorni non ricevo nulla presento reclamo al Garante per la protezione dei dati personali.

Alessandro Greco

-----Messaggio originale-----
Da: privacy@shop.example.be <privacy@shop.example.be>
Inviato: martedi 11 febbraio 2025 16:45
A: alessandro.greco@email.it
Oggetto: Conferma ricezione richiesta

> Gentile Sig. Greco,
> abbiamo ricevuto la sua richiesta di accesso ai dati personali. Ricevera' una risposta entro 30 giorni.
> Team Privacy""",
         "Alessandro Greco"),

        # 12 complaint, forward of own mail "ancora niente?"
        ("complaint", ("deletion",),
         "Fwd: Richiesta di cancellazione account",
         """ancora niente?? e continuo a ricevere le vostre mail

---------- Forwarded message ---------
Da: Chiara Bonetti <chiara.bonetti76@gmail.com>
Date: lun 3 feb 2025 alle ore 09:41
Subject: Richiesta di cancellazione account
To: <privacy@shop.example.be>


Buongiorno,
vi chiedo di cancellare il mio account e tutti i miei dati personali ai sensi dell'art. 17 GDPR.
L'account e' registrato con questo indirizzo email.
Grazie
Chiara Bonetti""",
         "Chiara Bonetti"),

        # 13 other: question about the privacy policy, nothing on own data
        ("other", (),
         "domanda sull'informativa",
         """Salve,
sto scrivendo la tesi sul GDPR nell'e-commerce e sto confrontando le informative di vari negozi online. Nella vostra informativa privacy, al punto 6, parlate di "partner pubblicitari": potreste dirmi in generale di che tipo di societa' si tratta e in quali paesi hanno sede? E la versione italiana dell'informativa e' aggiornata come quella francese?
Non e' una richiesta sui miei dati, non sono nemmeno cliente, e' solo per la ricerca.

Grazie mille
Giulia Ferri
Universita' di Bologna""",
         "Giulia Ferri"),
    ],

    "pt": [
        # 1 DECO Proteste model, half filled
        ("access", (),
         "Pedido de acesso a dados pessoais",
         """Exmos. Senhores,

[Nome completo], Rui Miguel Fernandes Cardoso, com o NIF [NIF] e residente em [morada], cliente da vossa loja online com o e-mail ruicardoso.84@sapo.pt, vem, ao abrigo do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD), solicitar:

a) a confirmação de que os seus dados pessoais são ou não objeto de tratamento;
b) o acesso a esses dados e uma cópia dos mesmos;
c) informação sobre as finalidades do tratamento, as categorias de dados em causa, os destinatários a quem foram ou serão divulgados, o prazo de conservação e a origem dos dados, caso não tenham sido recolhidos junto do titular;
d) informação sobre a existência de decisões automatizadas, incluindo a definição de perfis.

Nos termos do artigo 12.º do RGPD, a resposta deve ser dada no prazo de um mês a contar da receção deste pedido.

[Localidade], [data]

Com os melhores cumprimentos,
Rui Cardoso

(Minuta disponibilizada pela DECO PROteste. Preencha os campos entre parênteses retos.)""",
         "Rui Cardoso"),

        # 2 access pasted from PDF, mojibake and broken lines
        ("access", (),
         "",
         """Boa tarde

Segue o meu pedido (copiei do pdf, desculpem a formataÃ§Ã£o)

Assunto: Direito de acesso - artigo 15.Âº do RGPD

Eu, Ana Filipa Moreira, cliente n.Âº 558201, venho solicitar que me seja
facultada uma cÃ³pia de todos os dados pessoais que a vossa empresa
tem sobre mim, bem como a informaÃ§Ã£o sobre o tratamento, incluindo a finalidade, os destinatÃ¡rios e o perÃ­odo de conservaÃ§Ã£o.

Agradeço resposta para este
endereço de e-mail.

Cumprimentos
Ana Filipa Moreira""",
         "Ana Moreira"),

        # 3 deletion, after a phone call
        ("deletion", (),
         "Pedido de apagamento",
         """Bom dia,
conforme combinado ao telefone com a vossa colega (a Sra. que me atendeu hoje de manhã), segue o pedido por escrito.

Peço o apagamento de todos os meus dados pessoais e o encerramento da minha conta de cliente, nos termos do art. 17.º do RGPD. Já não quero ter conta na vossa loja. O cartão de fidelização pode ser anulado também, não me interessam os pontos.

A conta está associada a este email: j.pereira.almeida@gmail.com

Obrigado
João Almeida

Enviado do meu iPhone""",
         "João Almeida"),

        # 4 objection, letter for another company
        ("objection", (),
         "Re: Oposição",
         """Mesmo pedido para vocês. (enviei a mesma carta à Casa Jardim, esqueci-me de mudar o nome, desculpem)

Exmos. Senhores da Casa Jardim, Lda.,

Eu, Sofia Marques Ribeiro, titular do e-mail sofia.m.ribeiro@hotmail.com, venho por este meio, nos termos do artigo 21.º, n.º 2 e 3 do RGPD, opor-me ao tratamento dos meus dados pessoais para efeitos de marketing direto, incluindo a definição de perfis relacionada com esse marketing, bem como à sua cedência a parceiros para fins publicitários.

Solicito confirmação de que os meus dados deixarão de ser tratados para esses fins.

Sofia Ribeiro""",
         "Sofia Ribeiro"),

        # 5 withdraw consent, instruction left
        ("withdraw_consent", (),
         "Newsletter",
         """Exmos. Senhores,

Venho pelo presente retirar o consentimento que dei para o tratamento dos meus dados para o envio de (riscar o que não interessa): newsletter / SMS promocionais / chamadas telefónicas.

Quero deixar de receber tudo: newsletter e os SMS. Nome: Manuel Teixeira, email mteixeira1961@sapo.pt, telemóvel 91x xxx 482

Com os melhores cumprimentos
Manuel Teixeira""",
         "Manuel Teixeira"),

        # 6 portability, CNPD-like, recipient placeholder unfilled
        ("portability", (),
         "Pedido de portabilidade dos dados (art. 20.º RGPD)",
         """Exmos. Senhores,

Nos termos do artigo 20.º do RGPD, solicito que me sejam enviados os dados pessoais que vos forneci (dados de registo, moradas, histórico de encomendas e pontos do cartão), num formato estruturado, de uso corrente e de leitura automática.

[Caso pretenda que os dados sejam transmitidos diretamente a outro responsável pelo tratamento, indique aqui o nome e contacto: ____________________ ]

Os dados devem ser enviados para o meu e-mail: catarina.lopes.costa@gmail.com

Catarina Costa
Porto, 22 de abril de 2025""",
         "Catarina Costa"),

        # 7 correction, doubled spaces from a pasted Word doc
        ("correction", (),
         "Retificação de dados",
         """Exmos.  Senhores,

Ao abrigo do artigo 16.º do RGPD, venho  solicitar a retificação dos seguintes dados  pessoais que constam da minha conta:

  Apelido:  está registado "Gonçalvez", o correto é  "Gonçalves";
  NIF  nas faturas:  está 213 456 780, o correto é 213 465 780;
  Morada:  Rua  das Flores, 45, 2.º Esq.,  4050-265 Porto.

Solicito também que as faturas já emitidas sejam corrigidas com o NIF certo.

Atentamente,
Helena Gonçalves""",
         "Helena Gonçalves"),

        # 8 restriction
        ("restriction", (),
         "Pedido de limitação (art. 18.º)",
         """Boa tarde,

tenho um litígio pendente convosco sobre uma devolução (encomenda n.º PT-2025-44120) e preciso que os meus dados sejam conservados para poder usá-los como prova.

Por isso não os apaguem, mas peço a limitação do tratamento nos termos do art. 18.º, n.º 1, alínea c) do RGPD: guardem os dados, mas não os utilizem para mais nada até o assunto estar resolvido.

Obrigada
Beatriz Fonseca""",
         "Beatriz Fonseca"),

        # 9 multi access + deletion
        ("access", ("deletion",),
         "Re:",
         """Olá

primeiro quero saber que dados têm sobre mim, de onde vieram e a quem os deram (recebo publicidade vossa por carta e nunca dei a minha morada para isso). Enviem-me uma cópia.

Depois de me enviarem a cópia, apaguem tudo e fechem a conta.

Tiago Nunes""",
         "Tiago Nunes"),

        # 10 multi withdraw consent + objection
        ("withdraw_consent", ("objection",),
         "",
         """Exmos. Srs.

Retiro o consentimento que dei para receber a newsletter e comunicações promocionais por email.

Além disso, oponho-me a que partilhem os meus dados (email, histórico de compras) com parceiros publicitários e redes sociais para publicidade personalizada, nos termos do art. 21.º do RGPD.

Cumprimentos,
Ricardo Sousa
ricardo.sousa@outlook.pt""",
         "Ricardo Sousa"),

        # 11 complaint: follow-up in thread, repeats access
        ("complaint", ("access",),
         "RE: Recebemos o seu pedido [PRIV-2025-0633]",
         """Já passou mais de um mês desde esta resposta e continuo sem nada. Volto a pedir que me enviem a cópia dos meus dados pessoais como pedi em março.
Se não receber resposta esta semana apresento queixa à CNPD.

Marta Vieira

De: Privacy Team <privacy@shop.example.be>
Enviado: 17 de março de 2025 10:02
Para: marta.vieira@netcabo.pt
Assunto: Recebemos o seu pedido [PRIV-2025-0633]

> Cara cliente,
> Recebemos o seu pedido de acesso aos dados pessoais. Iremos responder no prazo de um mês.
> Com os melhores cumprimentos,
> Privacy Team""",
         "Marta Vieira"),

        # 12 complaint: misuse / breach suspicion
        ("complaint", (),
         "Os meus dados foram divulgados?",
         """Boa noite,

hoje recebi um email supostamente vosso, de um endereço estranho, com o meu nome completo, a minha morada e o número da encomenda que fiz convosco em fevereiro (um corta-relva), a pedir para "confirmar o pagamento" num link. Claramente phishing.

Esses dados só vocês os tinham. Isto é inaceitável: ou tiveram uma fuga de dados ou deram os meus dados a alguém. Quero uma explicação por escrito sobre o que aconteceu e que medidas tomaram. Vou também informar a CNPD.

Pedro Martins""",
         "Pedro Martins"),

        # 13 other: DECO reclamação about a product, placeholder left
        ("other", (),
         "Reclamação - cadeira de jardim partida",
         """Exmos. Senhores,

Assunto: Reclamação – bem com defeito

No dia [data da compra] adquiri na vossa loja online uma cadeira de jardim dobrável em madeira de acácia (encomenda n.º PT-2025-30987), pelo valor de 59,90 EUR.

Passadas três semanas, uma das pernas partiu-se junto à dobradiça, sem qualquer uso indevido.

Nos termos do Decreto-Lei n.º 84/2021, solicito a substituição do bem ou, não sendo possível, a devolução do valor pago. Aguardo resposta no prazo de 15 dias.

Junto fotografias e fatura.

Lurdes Carvalho""",
         "Lurdes Carvalho"),
    ],

    "pl": [
        # 1 UODO-like model, (niepotrzebne skreślić) left
        ("access", (),
         "Wniosek art. 15 RODO",
         """WNIOSEK O DOSTĘP DO DANYCH OSOBOWYCH

Miejscowość, data: Kraków, 07.04.2025

Imię i nazwisko wnioskodawcy: Katarzyna Wójcik
Adres e-mail: [adres e-mail użyty przy rejestracji] kasia.wojcik@o2.pl
Numer klienta / karty lojalnościowej: (jeśli dotyczy) ................

Administrator danych: shop.example.be

Na podstawie art. 15 ust. 1 i 3 RODO wnoszę o:
1. potwierdzenie, czy przetwarzane są moje dane osobowe, a jeżeli tak – o udzielenie informacji dotyczących celów przetwarzania, kategorii danych, odbiorców, okresu przechowywania oraz źródła danych;
2. przekazanie kopii moich danych osobowych w formie elektronicznej / papierowej (niepotrzebne skreślić).

Odpowiedź proszę przesłać na adres e-mail wskazany powyżej.

Katarzyna Wójcik
(podpis)""",
         "Katarzyna Wójcik"),

        # 2 "jak ustaliliśmy telefonicznie", mojibake
        ("access", (),
         "Odp: rozmowa telefoniczna",
         """Dzień dobry,
jak ustaliliśmy telefonicznie, przesyłam wniosek mailem.

ProszÄ™ o przesÅ‚anie kopii wszystkich danych osobowych, ktÃ³re przetwarzacie, Å‚Ä…cznie z informacjÄ… skąd je macie i komu je przekazaliście (np. firmom kurierskim, partnerom reklamowym).
Dotyczy konta założonego na adres tomasz.kaminski@wp.pl.

Pozdrawiam
Tomasz Kamiński""",
         "Tomasz Kamiński"),

        # 3 deletion, Federacja-style template, XX.XX.XXXX left
        ("deletion", (),
         "",
         """Warszawa, dnia XX.XX.XXXX r.

[imię i nazwisko]
Agnieszka Lewandowska
[adres]

Żądanie usunięcia danych osobowych

Na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych osobowych przetwarzanych przez Państwa firmę oraz usunięcia mojego konta klienta (login: a.lewandowska).
Dane nie są już niezbędne do celów, w których zostały zebrane, a zgody na ich przetwarzanie nie udzielam.

Proszę o potwierdzenie usunięcia danych na adres e-mail, z którego wysyłam wiadomość.

Z poważaniem
Agnieszka Lewandowska

Wzór pisma przygotowany przez Federację Konsumentów. Przed wysłaniem uzupełnij dane w nawiasach kwadratowych.""",
         "Agnieszka Lewandowska"),

        # 4 objection to direct marketing
        ("objection", (),
         "Sprzeciw",
         """Szanowni Państwo,

na podstawie art. 21 ust. 2 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celach marketingu bezpośredniego, w tym profilowania na podstawie historii zakupów i przeglądania Państwa strony.

Proszę o potwierdzenie, że moje dane nie będą już wykorzystywane w tym celu.

Z poważaniem
Piotr Zieliński
tel. 601 223 915""",
         "Piotr Zieliński"),

        # 5 withdraw consent, typed without Polish letters
        ("withdraw_consent", (),
         "wypisanie z newslettera",
         """Dzien dobry
cofam zgode na otrzymywanie newslettera i informacji handlowych droga elektroniczna (mail i sms). Prosze o wypisanie mnie z listy, nie chce dostawac juz zadnych ofert.
Adres: ewa.szymanska1970@interia.pl
Ewa Szymanska""",
         "Ewa Szymanska"),

        # 6 portability, letter for another company
        ("portability", (),
         "Fwd: przeniesienie danych",
         """Przesyłam Państwu to samo pismo, które wysłałem do innego sklepu - nazwa na górze się nie zgadza, ale wniosek dotyczy też Was (konto na ten adres e-mail).

Sklep Ogrodowy Zielony Zakątek sp. z o.o.
ul. [adres]

WNIOSEK O PRZENIESIENIE DANYCH

Na podstawie art. 20 ust. 1 RODO wnoszę o wydanie mi danych osobowych, które dostarczyłem Państwu (dane konta, adresy dostaw, historia zamówień), w ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego (np. CSV, JSON).

Michał Dąbrowski""",
         "Michał Dąbrowski"),

        # 7 correction, name change
        ("correction", (),
         "Zmiana nazwiska",
         """Dzień dobry,

po ślubie zmieniłam nazwisko z Nowak na Kowalczyk. Proszę o sprostowanie moich danych w koncie klienta i na karcie lojalnościowej (art. 16 RODO) - nazwisko: Kowalczyk, imię bez zmian: Magdalena.
Poprawcie też proszę adres dostawy: ul. Lipowa 8/3, 80-288 Gdańsk (stary jest nieaktualny).

Dziękuję
Magdalena Kowalczyk""",
         "Magdalena Kowalczyk"),

        # 8 restriction
        ("restriction", (),
         "Re:",
         """Szanowni Państwo,

w związku ze sporem dotyczącym reklamacji zamówienia nr PL/2025/07731 proszę o ograniczenie przetwarzania moich danych osobowych na podstawie art. 18 ust. 1 lit. c RODO.
Nie usuwajcie danych, bo będą mi potrzebne do dochodzenia roszczeń, ale do czasu zakończenia sprawy nie wykorzystujcie ich w żadnym innym celu, tylko przechowujcie.

Z poważaniem
Jan Wiśniewski""",
         "Jan Wiśniewski"),

        # 9 multi deletion + withdraw + objection, PDF paste broken lines
        ("deletion", ("withdraw_consent", "objection"),
         "Wniosek RODO",
         """Dzień dobry, poniżej treść pisma (kopiowane z pdf)

Na podstawie art. 17 RODO żądam usunięcia
wszystkich moich danych osobowych oraz likwi-
dacji konta klienta zarejestrowanego na adres
marta.krol@gazeta.pl.

Jednocześnie cofam wszystkie udzielone zgody mar-
ketingowe (newsletter, SMS, powiadomienia push) oraz
wnoszę sprzeciw wobec przekazywania moich danych
partnerom  reklamowym i profilowania.

Proszę o pisemne potwierdzenie.

Marta Król""",
         "Marta Król"),

        # 10 complaint, Thunderbird-ish forward "Poczatkowa wiadomosc", repeats access
        ("complaint", ("access",),
         "Fwd: Wniosek o dostęp do danych",
         """i co dalej? minął ponad miesiąc i zero odpowiedzi. Proszę o realizację wniosku poniżej, w przeciwnym razie składam skargę do Prezesa UODO.

-------- Poczatkowa wiadomosc --------
Temat: Wniosek o dostęp do danych
Data: Mon, 3 Mar 2025 19:12:44 +0100
Od: Krzysztof Mazur <k.mazur@onet.pl>
Do: privacy@shop.example.be

Dzień dobry,
na podstawie art. 15 RODO proszę o informację, jakie moje dane przetwarzacie i o przesłanie ich kopii.
Krzysztof Mazur""",
         "Krzysztof Mazur"),

        # 11 complaint in thread, still receives SMS after withdrawal
        ("complaint", ("withdraw_consent",),
         "Odp: Potwierdzenie wypisania",
         """Napisaliście, że zostałem wypisany, a dalej dostaję od Was SMS-y z promocjami, ostatni wczoraj o 21:40. To jest przetwarzanie moich danych bez zgody. Jeszcze raz: cofam zgodę na jakiekolwiek wiadomości marketingowe, SMS i mail. Jeśli to się powtórzy, złożę skargę do UODO.

Paweł Grabowski

W dniu 12.02.2025 o 14:03, privacy@shop.example.be pisze:
> Szanowny Panie,
> potwierdzamy, że Pana adres został wypisany z listy newslettera.
> Zmiany mogą być widoczne w ciągu 48 godzin.
> Zespół ds. ochrony danych""",
         "Paweł Grabowski"),

        # 12 other: reklamacja template
        ("other", (),
         "reklamacja",
         """Miejscowość, data: Poznań, 14.05.2025

Sprzedawca: shop.example.be
Kupujący: Barbara Pawlak, [adres]

REKLAMACJA TOWARU
(wzór pisma - Federacja Konsumentów)

Niniejszym zawiadamiam, że zakupiony przeze mnie w dniu 28.03.2025 towar: kosiarka elektryczna 1600 W, nr zamówienia PL/2025/05512, jest niezgodny z umową.
Niezgodność polega na tym, że: silnik wyłącza się po kilku minutach pracy.
Niezgodność została stwierdzona w dniu: 10.05.2025.

Na podstawie art. 43d ustawy o prawach konsumenta żądam: naprawy / wymiany towaru / obniżenia ceny / odstąpienia od umowy (niepotrzebne skreślić) - wymiany na nowy.

Barbara Pawlak""",
         "Barbara Pawlak"),

        # 13 multi access + correction
        ("access", ("correction",),
         "Moje dane",
         """Dzień dobry,
chciałabym dostać kopię moich danych, które macie w systemie (konto + karta stałego klienta).
I jeszcze jedno: numer telefonu w profilu jest stary, aktualny to 512 774 039 - proszę go poprawić.
Pozdrawiam
Joanna Wróbel""",
         "Joanna Wróbel"),
    ],

    "cs": [
        # 1 dTest-like template, placeholders left, "Nehodící se škrtněte"
        ("access", (),
         "Žádost o informace dle čl. 15 GDPR",
         """[jméno a příjmení] Lucie Procházková
[adresa] ..............................
E-mail: lucie.prochazkova@seznam.cz

Věc: Žádost o přístup k osobním údajům podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR)

Vážení,

žádám Vás o potvrzení, zda zpracováváte mé osobní údaje, a pokud ano, o poskytnutí přístupu k nim a informací o:
- účelech zpracování,
- kategoriích dotčených osobních údajů,
- příjemcích, kterým byly nebo budou osobní údaje zpřístupněny,
- plánované době uložení,
- zdroji osobních údajů,
- skutečnosti, zda dochází k automatizovanému rozhodování, včetně profilování.

Zároveň žádám o poskytnutí kopie zpracovávaných osobních údajů v elektronické / listinné podobě (nehodící se škrtněte).

V ........................ dne ..................

Lucie Procházková

Vzor připravil dTest. Text v hranatých závorkách nahraďte svými údaji.""",
         "Lucie Procházková"),

        # 2 access, pasted, "?" for č and broken lines
        ("access", (),
         "",
         """Dobrý den,

posílám žádost, kterou jsem psal ve Wordu, n?které znaky se asi rozbily.

Žádám o sd?lení, jaké osobní údaje o mn? zpracováváte, za jakým ú?elem
a komu jste je p?edali, a o zaslání jejich kopie. Jsem zákazník od roku 2021, ú?et na e-mail
jiri.kucera@email.cz.

D?kuji
Ji?í Ku?era""",
         "Jiří Kučera"),

        # 3 deletion, letter for another company forwarded
        ("deletion", (),
         "Fwd: Žádost o výmaz osobních údajů",
         """Dobrý den, posílám i Vám, stejná žádost platí i pro Váš e-shop (účet mám na tento e-mail).

---------- Přeposlaná zpráva ---------
Od: Martin Svoboda <martin.svoboda77@gmail.com>
Date: čt 6. 3. 2025 v 20:14
Subject: Žádost o výmaz osobních údajů
To: <info@zahradnictvi-novak.example.cz>


Vážení, Zahradnictví Novák s.r.o.,

podle čl. 17 GDPR Vás žádám o výmaz všech mých osobních údajů a o zrušení mého zákaznického účtu. Prosím o písemné potvrzení provedení výmazu.

S pozdravem
Martin Svoboda""",
         "Martin Svoboda"),

        # 4 objection to direct marketing
        ("objection", (),
         "námitka",
         """Dobrý den,

v souladu s čl. 21 odst. 2 GDPR vznáším námitku proti zpracování mých osobních údajů pro účely přímého marketingu, včetně profilování. Nepřeji si, abyste mi na základě nákupů posílali „doporučené“ nabídky ani mě cílili reklamou.

S pozdravem
Petra Veselá""",
         "Petra Veselá"),

        # 5 withdraw consent
        ("withdraw_consent", (),
         "Odhlášení",
         """Dobrý den,
odvolávám souhlas se zasíláním obchodních sdělení (newsletter, SMS) ve smyslu zákona č. 480/2004 Sb. a čl. 7 odst. 3 GDPR. Odkaz na odhlášení v e-mailu nefunguje, hází chybu 404.
E-mail: hana.novotna@centrum.cz
Děkuji
Hana Novotná""",
         "Hana Novotná"),

        # 6 portability in a reply thread
        ("portability", (),
         "Re: Váš účet byl aktualizován",
         """Dobrý den,
když už jsem u toho: podle čl. 20 GDPR prosím o export mých údajů (údaje z účtu, adresy, historie objednávek a věrnostní body) ve strukturovaném strojově čitelném formátu, ideálně JSON nebo CSV. Přecházím k jinému obchodu a chci si je tam nahrát.

Ondřej Pokorný

Dne 02.04.2025 v 9:15 shop.example.be napsal(a):
> Dobrý den,
> informujeme Vás, že údaje ve Vašem účtu byly úspěšně aktualizovány.
> Tato zpráva byla odeslána automaticky, neodpovídejte na ni.""",
         "Ondřej Pokorný"),

        # 7 correction, mojibake
        ("correction", (),
         "oprava údajů",
         """Dobrý den,

Å¾Ã¡dÃ¡m o opravu mÃ½ch osobnÃ­ch ÃºdajÅ¯, pÅ™Ã­jmenÃ­ je chybnÄ› uvedeno jako Dvorak, správně je Dvořák. Také prosím opravit adresu doručení na Husova 14, 602 00 Brno.

Děkuji
Tomáš Dvořák""",
         "Tomáš Dvořák"),

        # 8 restriction
        ("restriction", (),
         "Omezení zpracování – čl. 18",
         """Vážení,

popírám přesnost údajů, které o mně vedete (ve věrnostním programu mám uvedeno jiné datum narození a cizí telefonní číslo). Žádám proto podle čl. 18 odst. 1 písm. a) GDPR o omezení zpracování mých osobních údajů po dobu, než ověříte jejich přesnost – údaje uložte, ale jinak je nepoužívejte.

S pozdravem
Jana Marešová""",
         "Jana Marešová"),

        # 9 multi deletion + withdraw consent
        ("deletion", ("withdraw_consent",),
         "",
         """Dobry den,
prosim o smazani meho uctu a vsech udaju (GDPR cl. 17). Zaroven odvolavam souhlas s newsletterem, at mi do te doby nic nechodi.
Diky
Vojtech Cerny
vojta.cerny@seznam.cz""",
         "Vojtěch Černý"),

        # 10 multi access + objection
        ("access", ("objection",),
         "Dotaz na zpracování údajů",
         """Dobrý den,

sdělte mi prosím, jaké osobní údaje o mně zpracováváte, odkud je máte a komu je předáváte, a pošlete mi jejich kopii.

Zároveň vznáším námitku proti profilování a proti předávání mých údajů reklamním partnerům (Facebook, Google) pro cílení reklamy.

Karel Horák""",
         "Karel Horák"),

        # 11 complaint in thread, our ack quoted, repeats deletion
        ("complaint", ("deletion",),
         "RE: Potvrzení přijetí žádosti",
         """Lhůta jednoho měsíce uplynula a můj účet pořád existuje, dokonce mi přišel další newsletter. Stále žádám o výmaz všech údajů. Pokud to do týdne nevyřešíte, podám stížnost na Úřad pro ochranu osobních údajů.

Eva Kratochvílová

-----Původní zpráva-----
Od: privacy@shop.example.be <privacy@shop.example.be>
Odesláno: úterý 4. února 2025 10:31
Komu: eva.kratochvilova@volny.cz
Předmět: Potvrzení přijetí žádosti

> Dobrý den,
> potvrzujeme přijetí Vaší žádosti o výmaz osobních údajů. Vyřídíme ji do jednoho měsíce.
> Tým ochrany osobních údajů""",
         "Eva Kratochvílová"),

        # 12 complaint: another customer's invoice in the parcel
        ("complaint", (),
         "Cizí faktura v balíku",
         """Dobrý den,

v dnešním balíku (objednávka CZ-2025-11874, zahradní hadice a postřikovač) byla kromě mé faktury i faktura jiného zákazníka – jméno, adresa, telefon, co nakoupil. To je porušení ochrany osobních údajů. Pokud se moje faktura dostala stejně k někomu cizímu, budu to řešit s ÚOOÚ.

Fakturu toho pána mám u sebe, napište mi, co s ní mám udělat.

Radek Beneš""",
         "Radek Beneš"),

        # 13 other: reklamace template
        ("other", (),
         "Reklamace",
         """Reklamace zboží

Prodávající: shop.example.be
Kupující: Zdeňka Pospíšilová, [adresa]

Dne 15. 3. 2025 jsem u Vás zakoupila zahradní gril na dřevěné uhlí, číslo objednávky CZ-2025-08120. Zboží má tuto vadu: rezavé a prasklé dno roštu po prvním použití.

Vadu reklamuji a požaduji výměnu zboží za nové. Prosím o vystavení potvrzení o přijetí reklamace s uvedením data a způsobu vyřízení.

(Vzor reklamačního dopisu – dTest. Nehodící se škrtněte.)

Zdeňka Pospíšilová""",
         "Zdeňka Pospíšilová"),
    ],

    "hr": [
        # 1 AZOP-like form, placeholders partly filled
        ("access", (),
         "Zahtjev za pristup",
         """ZAHTJEV ZA PRISTUP OSOBNIM PODACIMA
(članak 15. Opće uredbe o zaštiti podataka)

Ime i prezime: [ime i prezime] Ivana Horvat
Adresa: [adresa]
OIB: ___________
E-mail: ivana.horvat@net.hr

Voditelj obrade: shop.example.be

Ovim putem tražim potvrdu obrađujete li moje osobne podatke te, ako ih obrađujete, pristup tim podacima i sljedeće informacije: svrhe obrade, kategorije podataka, primatelje, razdoblje pohrane i izvor podataka.

Molim kopiju osobnih podataka dostaviti (zaokružiti): a) elektroničkim putem  b) poštom

U __________, dana __.__.____.

Ivana Horvat""",
         "Ivana Horvat"),

        # 2 access, typed without diacritics, pasted from Word with breaks
        ("access", (),
         "",
         """Postovani,

molim vas da mi dostavite sve osobne podatke koje
imate o meni (korisnicki racun, kartica vjernosti,
narudzbe) i da mi napisete kome ste ih proslijedili.

Hvala
Goran Babic""",
         "Goran Babić"),

        # 3 deletion, Potrosac-like template with placeholders
        ("deletion", (),
         "Zahtjev za brisanje osobnih podataka",
         """[Naziv trgovca]
[Adresa trgovca]

Predmet: Zahtjev za brisanje osobnih podataka ("pravo na zaborav") temeljem članka 17. Opće uredbe o zaštiti podataka

Poštovani,

ja, Marija Kovačević, zahtijevam da bez nepotrebnog odgađanja izbrišete sve moje osobne podatke koje obrađujete te zatvorite moj korisnički račun registriran na adresu e-pošte marija.kovacevic@gmail.com.

Molim pisanu potvrdu o brisanju u roku od 30 dana.

[mjesto, datum]

Marija Kovačević

Predložak: Udruga Potrošač. Prije slanja popunite podatke u uglatim zagradama.""",
         "Marija Kovačević"),

        # 4 objection to direct marketing
        ("objection", (),
         "Prigovor",
         """Poštovani,

temeljem članka 21. stavka 2. Opće uredbe o zaštiti podataka ulažem prigovor na obradu mojih osobnih podataka u svrhu izravnog marketinga, uključujući izradu profila. Ne želim da mi na temelju kupnji i pregledavanja stranice šaljete personalizirane ponude.

Lijep pozdrav,
Tomislav Jurić""",
         "Tomislav Jurić"),

        # 5 withdraw consent, mojibake in places
        ("withdraw_consent", (),
         "Odjava",
         """Poštovani,

ovim putem povlaÄ�im privolu za primanje obavijesti, ukljuÄ�ujuÄ‡i newsletter i SMS poruke. Molim potvrdu Å¡to prije.

Dubravka Novak
dubravka.novak@t-com.hr""",
         "Dubravka Novak"),

        # 6 portability in a reply thread
        ("portability", (),
         "Odg: Vaš upit",
         """Hvala na odgovoru. Onda službeno: prema članku 20. Uredbe tražim da mi podatke iz korisničkog računa i povijest narudžbi pošaljete u strukturiranom, strojno čitljivom obliku (CSV ili Excel), da ih mogu prenijeti drugom trgovcu.

Ante Marić

-----Izvorna poruka-----
Šalje: Privacy Team <privacy@shop.example.be>
Poslano: 10. travnja 2025. 14:22
Prima: ante.maric@gmail.com
Predmet: Vaš upit

> Poštovani,
> zahtjev za prenosivost podataka možete poslati na ovu adresu. Navedite e-mail adresu računa.
> Lijep pozdrav, Privacy Team""",
         "Ante Marić"),

        # 7 correction, letter for another company
        ("correction", (),
         "ispravak adrese",
         """Isto šaljem i vama, pisala sam prvo drugom dućanu pa je ostalo njihovo ime gore.

Poštovani djelatnici Vrt i Dom d.o.o.,

molim ispravak mojih osobnih podataka (čl. 16. GDPR): moja adresa za dostavu više nije Ilica 102, nego Savska cesta 56, 10000 Zagreb, a broj mobitela je 091 558 2103.

Hvala,
Sanja Perić""",
         "Sanja Perić"),

        # 8 restriction
        ("restriction", (),
         "",
         """Poštovani,

osporavam točnost podataka u svom profilu (pogrešan datum rođenja i tuđa adresa). Dok to ne provjerite, tražim ograničenje obrade mojih podataka prema čl. 18. Opće uredbe - podatke čuvajte, ali ih nemojte koristiti ni za što drugo.

Srdačno,
Nikola Božić""",
         "Nikola Božić"),

        # 9 multi objection + deletion
        ("objection", ("deletion",),
         "GDPR",
         """Poštovani,

prigovaram na dijeljenje mojih podataka s vašim marketinškim partnerima i na praćenje u reklamne svrhe.
Uz to tražim da izbrišete moj korisnički račun i sve podatke o meni.

Krešimir Pavlović""",
         "Krešimir Pavlović"),

        # 10 multi access + correction
        ("access", ("correction",),
         "Moji podaci",
         """Dobar dan,

molim kopiju osobnih podataka koje obrađujete o meni. Također molim da ispravite prezime na kartici vjernosti - piše Knezevic, a ispravno je Knežević.

Hvala
Lana Knežević""",
         "Lana Knežević"),

        # 11 complaint: forward of own mail "Ništa još?"
        ("complaint", ("access",),
         "Fwd: Zahtjev za pristup podacima",
         """Ništa još? Prošlo je više od mjesec dana.

---------- Proslijeđena poruka ---------
Od: Davor Šimić <davor.simic@gmail.com>
Date: pon, 3. velj 2025. u 18:05
Subject: Zahtjev za pristup podacima
To: <privacy@shop.example.be>


Poštovani,
prema čl. 15. GDPR-a molim informaciju koje moje osobne podatke obrađujete i kopiju tih podataka.
Davor Šimić""",
         "Davor Šimić"),

        # 12 complaint in thread, newsletter still arriving
        ("complaint", ("withdraw_consent",),
         "Odg: Potvrda odjave",
         """Potvrdili ste odjavu prije tri tjedna, a newsletter i dalje stiže, jutros opet. Ponovno povlačim privolu za sve marketinške poruke. Ako ne prestane, podnijet ću prigovor AZOP-u.

Mirela Tomić

Dana 20. 3. 2025. u 9:47, privacy@shop.example.be je napisao/la:
> Poštovana,
> potvrđujemo da je Vaša adresa uklonjena s popisa primatelja newslettera.
> Privacy Team""",
         "Mirela Tomić"),

        # 13 other: supplier's lawyer, unpaid invoice, confidentiality footer
        ("other", (),
         "Opomena pred tužbu - Vrtni namještaj Lika d.o.o.",
         """Poštovani,

u ime i za račun našeg klijenta, društva Vrtni namještaj Lika d.o.o., Gospić, pozivamo Vas da u roku od 8 dana od primitka ove opomene podmirite dospjelo dugovanje po računu br. 2025-0147 od 14. veljače 2025. u iznosu od 12.480,00 EUR za isporučeni vrtni namještaj.

U protivnom ćemo bez daljnje obavijesti pokrenuti ovršni postupak, a troškovi će pasti na Vaš teret.

S poštovanjem,
Odvjetnički ured Marko Vuković
Zagreb

Ova poruka i privici mogu sadržavati povjerljive informacije i osobne podatke. Ako niste namijenjeni primatelj, obavijestite pošiljatelja i izbrišite poruku.""",
         "Odvjetnički ured Vuković"),
    ],
}

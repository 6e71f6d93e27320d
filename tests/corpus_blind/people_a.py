"""Blind set, people: es, it, pt, pl, cs, hr, sv.

Written from how template sites, request generators and ordinary customers write,
NOT from the phrases in rules/. Each entry: (category, extra categories, subject, body).
"""

PEOPLE_A = {
    "es": [
        ("access", (), "Solicitud de derecho de acceso (art. 15 RGPD)",
         """Estimados señores:

Por medio del presente escrito ejerzo el derecho de acceso previsto en el artículo 15 del
Reglamento (UE) 2016/679 (RGPD) y en el artículo 13 de la Ley Orgánica 3/2018 (LOPDGDD).

SOLICITO que, en el plazo máximo de un mes desde la recepción de esta solicitud, se me
facilite gratuitamente:
- copia de los datos personales que sobre mí son objeto de tratamiento;
- los fines del tratamiento y las categorías de datos de que se trate;
- los destinatarios a los que se han comunicado o serán comunicados;
- el plazo previsto de conservación;
- la existencia del derecho a solicitar la rectificación o supresión de los datos, la
  limitación del tratamiento o a oponerse a dicho tratamiento;
- el origen de los datos, cuando no se hayan obtenido de mí.

Atentamente,
Lucía Fernández García
DNI 12345678Z"""),
        ("deletion", ("withdraw_consent", "objection"), "Ejercicio del derecho de supresión",
         """Muy señores míos:

Mediante el presente escrito ejerzo mi derecho de supresión conforme al artículo 17 del RGPD
y les solicito que procedan a suprimir todos mis datos personales de sus sistemas, incluida
mi cuenta de cliente asociada a esta dirección de correo.

Asimismo, retiro cualquier consentimiento que haya podido otorgarles (art. 7.3 RGPD) y me
opongo al tratamiento de mis datos con fines de mercadotecnia directa (art. 21 RGPD).

Les ruego que me confirmen por escrito la supresión en el plazo de un mes.

Un saludo,
Javier Martín Ruiz"""),
        ("deletion", (), "borrar cuenta",
         """Hola, quiero que borréis mi cuenta y todos mis datos, ya no quiero ser cliente vuestro.

Gracias
Pablo"""),
        ("correction", (), "Rectificación de datos personales",
         """Buenos días:

De conformidad con el artículo 16 del RGPD solicito la rectificación de mis datos personales.
Mi apellido aparece mal escrito («Gonzales»); el correcto es «González». Además, mi domicilio
ha cambiado: calle Mayor 12, 3.º B, 28013 Madrid.

Adjunto copia del DNI.

Un saludo,
María González Pérez"""),
        ("portability", (), "Derecho a la portabilidad de los datos",
         """Estimados señores:

Ejerzo el derecho a la portabilidad de los datos reconocido en el artículo 20 del RGPD. Les
solicito que me remitan los datos personales que les he facilitado en un formato
estructurado, de uso común y lectura mecánica (por ejemplo CSV o JSON).

Atentamente,
Sergio Navarro"""),
        ("restriction", (), "Solicitud de limitación del tratamiento",
         """Estimados señores:

Conforme al artículo 18 del RGPD solicito la limitación del tratamiento de mis datos
personales, ya que impugno la exactitud de los mismos. Mientras se verifica, les pido que no
utilicen mis datos para ninguna finalidad salvo su conservación.

Atentamente,
Carmen Díaz"""),
        ("objection", (), "Oposición al tratamiento de mis datos",
         """Buenas tardes:

Me opongo al tratamiento de mis datos personales basado en su interés legítimo, en
particular a la elaboración de perfiles, de acuerdo con el artículo 21 del RGPD.

Quedo a la espera de su confirmación.
Alberto Sánchez"""),
        ("withdraw_consent", (), "",
         """Por favor dejad de enviarme correos publicitarios, quiero darme de baja de la newsletter.

Gracias"""),
        ("complaint", ("access",), "Segunda solicitud - sin respuesta",
         """Buenos días:

El pasado 3 de marzo les envié una solicitud de acceso a mis datos personales. Ha
transcurrido más de un mes sin recibir respuesta, plazo máximo establecido en el artículo
12.3 del RGPD.

Si no recibo respuesta en diez días, presentaré una reclamación ante la Agencia Española de
Protección de Datos (AEPD).

Lucía Fernández"""),
        ("access", (), "¿Qué datos tenéis míos?",
         """Hola! Me ha llegado publicidad vuestra y no recuerdo haberme registrado. ¿Qué datos
tenéis sobre mí y de dónde los habéis sacado?

Saludos, Nuria"""),
        ("other", (), "Pedido nº 45821 no recibido",
         """Hola, hice un pedido hace dos semanas y todavía no me ha llegado. El número de seguimiento
no funciona. ¿Podéis decirme dónde está?

Gracias,
Raúl"""),
        ("other", (), "Cancelar pedido",
         """Buenas tardes, quisiera cancelar el pedido 88213 porque me he equivocado de talla. ¿Me
podéis devolver el dinero a la misma tarjeta?

Saludos"""),
        ("other", (), "Candidatura - Técnico de marketing digital",
         """Estimado equipo de selección:

Les adjunto mi currículum para la oferta de técnico de marketing digital publicada en
LinkedIn. Cuento con cuatro años de experiencia en campañas de email y SEO.

Quedo a su disposición para una entrevista.

Un cordial saludo,
Andrea Molina"""),
    ],
    "it": [
        ("access", (), "Richiesta di accesso ai dati personali ai sensi dell'art. 15 del Regolamento UE 2016/679",
         """Spett.le Titolare del trattamento,

il sottoscritto Marco Rossi, nato a Torino il 12/04/1985, con la presente esercita il diritto
di accesso di cui all'art. 15 del Regolamento (UE) 2016/679 (GDPR) e chiede di ottenere
conferma che sia o meno in corso un trattamento di dati personali che lo riguardano e, in
tal caso, di ottenere l'accesso ai dati personali e alle seguenti informazioni:
a) le finalità del trattamento;
b) le categorie di dati personali in questione;
c) i destinatari o le categorie di destinatari a cui i dati sono stati o saranno comunicati;
d) il periodo di conservazione;
e) l'esistenza del diritto di chiedere la rettifica o la cancellazione dei dati personali o
   la limitazione del trattamento o di opporsi al loro trattamento;
f) il diritto di proporre reclamo a un'autorità di controllo.

Chiedo inoltre copia dei dati in formato elettronico.

In attesa di un cortese riscontro entro 30 giorni, porgo distinti saluti.
Marco Rossi"""),
        ("deletion", (), "Richiesta di cancellazione dei dati personali ai sensi dell'art. 17 GDPR",
         """Gentili Signori,

con la presente chiedo la cancellazione di tutti i dati personali che mi riguardano, ai sensi
dell'art. 17 del GDPR, e la chiusura del mio account registrato con questo indirizzo email.
Vi chiedo di comunicare la cancellazione anche agli eventuali destinatari a cui i dati sono
stati trasmessi (art. 19 GDPR).

Resto in attesa di conferma.
Cordiali saluti,
Giulia Bianchi"""),
        ("withdraw_consent", (), "cancellatemi dalla newsletter",
         """cancellatemi dalla newsletter per favore, ricevo tre mail al giorno.
grazie"""),
        ("correction", (), "Rettifica dati",
         """Buongiorno,

vi scrivo per chiedere la rettifica dei miei dati: il codice fiscale riportato nel mio
profilo è errato (quello corretto è RSSMRC85D12L219K) e l'indirizzo di residenza è cambiato
in Via Garibaldi 23, 40121 Bologna. Vi prego di aggiornarli.

Grazie,
Marco Rossi"""),
        ("portability", (), "Esercizio del diritto alla portabilità dei dati (art. 20 GDPR)",
         """Spett.le Società,

ai sensi dell'art. 20 del Regolamento (UE) 2016/679 chiedo di ricevere i dati personali che
vi ho fornito in un formato strutturato, di uso comune e leggibile da dispositivo automatico
e, ove tecnicamente fattibile, di trasmetterli direttamente ad altro titolare da me indicato.

Distinti saluti,
Francesca Conti"""),
        ("restriction", (), "Richiesta di limitazione del trattamento",
         """Spett.le Società,

ai sensi dell'art. 18 del GDPR chiedo la limitazione del trattamento dei miei dati
personali, in quanto il trattamento è illecito ma mi oppongo alla loro cancellazione,
poiché mi servono per l'esercizio di un diritto in sede giudiziaria.

Distinti saluti,
Luca Ferrari"""),
        ("objection", (), "Opposizione al trattamento",
         """Buongiorno,

con la presente mi oppongo, ai sensi dell'art. 21 del Regolamento UE 2016/679, al
trattamento dei miei dati personali per finalità di profilazione e di marketing.

Saluti,
Paolo Greco"""),
        ("complaint", ("access",), "Sollecito - richiesta di accesso senza riscontro",
         """Spett.le Società,

in data 10 gennaio vi ho inviato una richiesta di accesso ai miei dati personali. Ad oggi
non ho ricevuto alcun riscontro, nonostante il termine di un mese previsto dall'art. 12 GDPR
sia scaduto.

In mancanza di risposta entro 7 giorni presenterò reclamo al Garante per la protezione dei
dati personali.

Marco Rossi"""),
        ("deletion", (), "eliminare account",
         """Ciao, come faccio a eliminare il mio account? Voglio che cancelliate tutti i miei dati.

Sara"""),
        ("other", (), "Candidatura spontanea - Addetto vendite",
         """Gentile Responsabile delle Risorse Umane,

invio in allegato il mio curriculum vitae per una eventuale posizione di addetto alle
vendite presso il vostro punto vendita di Milano.

Autorizzo il trattamento dei miei dati personali ai sensi del D.Lgs. 196/2003 e dell'art. 13
del Regolamento UE 2016/679.

Cordiali saluti,
Alessandro Romano"""),
        ("other", (), "Annullamento ordine n. 10234",
         """Salve,
vorrei annullare l'ordine n. 10234 effettuato ieri e ricevere il rimborso sulla carta.
Grazie mille,
Chiara"""),
        ("other", (), "Informazioni su spedizione",
         """Buongiorno, spedite anche in Svizzera? E quanto costa la spedizione per un pacco di 3 kg?
Grazie"""),
    ],
    "pt": [
        ("access", (), "Pedido de acesso aos dados pessoais (artigo 15.º do RGPD)",
         """Exmos. Senhores,

Nos termos do artigo 15.º do Regulamento Geral sobre a Proteção de Dados (RGPD), venho por
este meio solicitar a confirmação de que os meus dados pessoais são objeto de tratamento
e, em caso afirmativo, o acesso aos mesmos, nomeadamente:
- uma cópia dos dados pessoais em fase de tratamento;
- as finalidades do tratamento;
- os destinatários a quem os dados foram divulgados;
- o prazo de conservação;
- a origem dos dados.

Agradeço resposta no prazo de um mês.

Com os melhores cumprimentos,
João Pereira"""),
        ("deletion", (), "Pedido de apagamento de dados",
         """Exmos. Senhores,

Ao abrigo do artigo 17.º do RGPD (direito ao apagamento dos dados / «direito a ser
esquecido»), solicito o apagamento de todos os meus dados pessoais e a eliminação da minha
conta de cliente.

Aguardo confirmação por escrito.

Cumprimentos,
Ana Rodrigues"""),
        ("withdraw_consent", (), "não quero receber mais emails",
         """Bom dia, não quero receber mais emails vossos. Retirem o meu endereço da vossa lista.
Obrigado"""),
        ("correction", (), "Retificação de dados pessoais",
         """Exmos. Senhores,

Nos termos do artigo 16.º do RGPD, solicito a retificação dos meus dados pessoais: o meu
número de contribuinte (NIF) está incorreto e a minha morada mudou para Rua das Flores 45,
4050-262 Porto.

Com os melhores cumprimentos,
Miguel Costa"""),
        ("portability", (), "Portabilidade dos dados",
         """Exmos. Senhores,

Venho exercer o direito de portabilidade previsto no artigo 20.º do RGPD e solicito que me
enviem os dados pessoais que vos forneci num formato estruturado, de uso corrente e de
leitura automática.

Cumprimentos,
Rita Almeida"""),
        ("objection", (), "Oposição ao tratamento de dados",
         """Exmos. Senhores,

Venho opor-me ao tratamento dos meus dados pessoais para efeitos de definição de perfis e
de comercialização direta, nos termos do artigo 21.º do RGPD.

Cumprimentos,
Tiago Ferreira"""),
        ("restriction", (), "Limitação do tratamento",
         """Exmos. Senhores,

Solicito a limitação do tratamento dos meus dados pessoais (artigo 18.º do RGPD) enquanto
verificam a exatidão dos mesmos, uma vez que contesto os dados que constam do meu registo.

Cumprimentos,
Beatriz Santos"""),
        ("withdraw_consent", (), "Retirada do consentimento",
         """Exmos. Senhores,

Venho por este meio retirar o consentimento que dei para o tratamento dos meus dados para
envio de comunicações comerciais, nos termos do artigo 7.º, n.º 3, do RGPD.

Cumprimentos,
Pedro Oliveira"""),
        ("complaint", ("deletion",), "Pedido sem resposta - queixa à CNPD",
         """Exmos. Senhores,

Apresentei há dois meses um pedido de apagamento dos meus dados e até hoje não obtive
qualquer resposta. Informo que vou apresentar queixa junto da Comissão Nacional de Proteção
de Dados (CNPD).

Ana Rodrigues"""),
        ("other", (), "Encomenda danificada",
         """Olá, a minha encomenda n.º 5521 chegou com a caixa danificada e o produto partido. Como
faço a devolução?
Obrigada, Inês"""),
        ("other", (), "Proposta de parceria",
         """Bom dia,

Somos uma agência de marketing digital sediada em Lisboa e gostaríamos de vos apresentar os
nossos serviços de gestão de redes sociais. Teriam disponibilidade para uma reunião na
próxima semana?

Cumprimentos,
Carla Mendes"""),
        ("deletion", (), "apagar conta",
         """Boa tarde, queria apagar a minha conta e que eliminem os meus dados, por favor.
Rui"""),
    ],
    "pl": [
        ("access", (), "Wniosek o dostęp do danych osobowych (art. 15 RODO)",
         """Szanowni Państwo,

działając na podstawie art. 15 Rozporządzenia Parlamentu Europejskiego i Rady (UE) 2016/679
(RODO), zwracam się z prośbą o potwierdzenie, czy przetwarzają Państwo moje dane osobowe,
a jeżeli tak – o udostępnienie kopii tych danych oraz informacji o celach przetwarzania,
odbiorcach danych, okresie ich przechowywania i źródle ich pozyskania.

Z poważaniem,
Katarzyna Nowak"""),
        ("deletion", ("withdraw_consent",), "Żądanie usunięcia danych osobowych (art. 17 RODO)",
         """Szanowni Państwo,

na podstawie art. 17 ust. 1 RODO żądam niezwłocznego usunięcia wszystkich moich danych
osobowych przetwarzanych przez Państwa firmę. Jednocześnie cofam wszystkie udzielone zgody
na przetwarzanie danych (art. 7 ust. 3 RODO).

Proszę o potwierdzenie usunięcia danych.

Z poważaniem,
Tomasz Wiśniewski"""),
        ("withdraw_consent", (), "wypiszcie mnie z newslettera",
         """Dzień dobry, proszę wypiszcie mnie z newslettera, nie chcę więcej dostawać ofert.
Dzięki"""),
        ("correction", (), "Sprostowanie danych",
         """Dzień dobry,

zgodnie z art. 16 RODO wnoszę o sprostowanie moich danych osobowych – w Państwa systemie
widnieje błędne nazwisko (Kowalsky zamiast Kowalski) oraz nieaktualny adres. Nowy adres:
ul. Długa 5/7, 00-238 Warszawa.

Pozdrawiam,
Piotr Kowalski"""),
        ("portability", (), "Przeniesienie danych",
         """Szanowni Państwo,

na podstawie art. 20 RODO proszę o przekazanie mi moich danych osobowych w
ustrukturyzowanym, powszechnie używanym formacie nadającym się do odczytu maszynowego.

Z poważaniem,
Agnieszka Wójcik"""),
        ("restriction", (), "Wniosek o ograniczenie przetwarzania danych",
         """Szanowni Państwo,

na podstawie art. 18 RODO wnoszę o ograniczenie przetwarzania moich danych osobowych,
ponieważ kwestionuję ich prawidłowość. Proszę o nieprzetwarzanie danych do czasu
wyjaśnienia sprawy.

Z poważaniem,
Marek Kamiński"""),
        ("objection", (), "Sprzeciw wobec przetwarzania danych osobowych",
         """Szanowni Państwo,

na podstawie art. 21 RODO wnoszę sprzeciw wobec przetwarzania moich danych osobowych w celu
profilowania oraz w celach marketingowych.

Z poważaniem,
Ewa Lewandowska"""),
        ("complaint", ("deletion",), "Ponowne wezwanie - brak odpowiedzi na wniosek",
         """Dzień dobry,

miesiąc temu złożyłem wniosek o usunięcie moich danych. Do dziś nie otrzymałem żadnej
odpowiedzi. Jeśli nie otrzymam odpowiedzi w ciągu 7 dni, złożę skargę do Prezesa Urzędu
Ochrony Danych Osobowych (UODO).

Tomasz Wiśniewski"""),
        ("deletion", (), "usuńcie moje konto",
         """Proszę o usunięcie mojego konta i wszystkich moich danych. Nie korzystam już z serwisu.
Ola"""),
        ("other", (), "Reklamacja zamówienia nr 33412",
         """Dzień dobry, otrzymałam uszkodzony produkt i chciałabym go zwrócić. Jak mam to zrobić?
Pozdrawiam, Magda"""),
        ("other", (), "Aplikacja na stanowisko specjalisty ds. obsługi klienta",
         """Szanowni Państwo,

w załączeniu przesyłam CV w odpowiedzi na ogłoszenie.

Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb niezbędnych do realizacji
procesu rekrutacji (zgodnie z Rozporządzeniem Parlamentu Europejskiego i Rady (UE) 2016/679
z dnia 27 kwietnia 2016 r. – RODO).

Z poważaniem,
Karolina Zielińska"""),
        ("access", (), "jakie dane o mnie macie?",
         """Cześć, chciałbym wiedzieć jakie dane o mnie przechowujecie i skąd je macie.
Dawid"""),
    ],
    "cs": [
        ("access", (), "Žádost o přístup k osobním údajům podle čl. 15 GDPR",
         """Vážení,

podle čl. 15 obecného nařízení o ochraně osobních údajů (GDPR) Vás žádám o potvrzení, zda
zpracováváte mé osobní údaje, a pokud ano, o poskytnutí kopie těchto údajů a informací o
účelech zpracování, příjemcích, době uložení a zdroji údajů.

S pozdravem
Jan Novák"""),
        ("deletion", ("withdraw_consent",), "Žádost o výmaz osobních údajů",
         """Vážení,

na základě čl. 17 GDPR žádám o výmaz všech mých osobních údajů, které zpracováváte, a o
zrušení mého uživatelského účtu. Zároveň odvolávám souhlas se zasíláním obchodních sdělení.

Prosím o písemné potvrzení.
Petra Svobodová"""),
        ("withdraw_consent", (), "odhlášení z newsletteru",
         """Dobrý den, odhlaste mě prosím z newsletteru, už nechci dostávat žádné e-maily. Díky"""),
        ("correction", (), "Oprava osobních údajů",
         """Dobrý den,

podle čl. 16 GDPR žádám o opravu mých osobních údajů. Máte u mě uvedenou starou adresu,
správná je Na Příkopě 15, 110 00 Praha 1.

Děkuji,
Tomáš Dvořák"""),
        ("portability", (), "Žádost o přenositelnost údajů",
         """Vážení,

podle čl. 20 GDPR žádám o poskytnutí mých osobních údajů ve strukturovaném, běžně
používaném a strojově čitelném formátu.

S pozdravem
Lucie Černá"""),
        ("restriction", (), "Žádost o omezení zpracování",
         """Vážení,

podle čl. 18 GDPR žádám o omezení zpracování mých osobních údajů, dokud nebude ověřena
jejich přesnost.

S pozdravem
Martin Procházka"""),
        ("objection", (), "Námitka proti zpracování osobních údajů",
         """Vážení,

podle čl. 21 GDPR vznáším námitku proti zpracování mých osobních údajů pro účely přímého
marketingu a profilování.

S pozdravem
Veronika Kučerová"""),
        ("complaint", ("access",), "Urgence – žádost bez odpovědi",
         """Vážení,

dne 5. února jsem Vám zaslal žádost o přístup k osobním údajům. Dosud jsem neobdržel
odpověď, ačkoli lhůta jednoho měsíce uplynula. Pokud neodpovíte do 14 dnů, podám stížnost
u Úřadu pro ochranu osobních údajů (ÚOOÚ).

Jan Novák"""),
        ("access", (), "Jaké údaje o mně máte?",
         """Ahoj, chtěl bych vědět, jaké osobní údaje o mně máte uložené. Díky, Petr"""),
        ("other", (), "Dotaz k objednávce č. 2024-881",
         """Dobrý den, kdy mi dorazí objednávka? Platil jsem předem kartou před týdnem.
Děkuji, Karel"""),
        ("other", (), "Nabídka spolupráce",
         """Dobrý den,

jsme brněnská agentura zaměřená na výkonnostní marketing a rádi bychom Vám nabídli
spolupráci. Můžeme si domluvit krátký hovor?

S pozdravem
Jana Veselá"""),
        ("deletion", (), "zrušení účtu",
         """Dobrý den, prosím o zrušení mého účtu a smazání všech údajů.
Díky, Eva"""),
    ],
    "hr": [
        ("access", (), "Zahtjev za pristup osobnim podacima (članak 15. Opće uredbe o zaštiti podataka)",
         """Poštovani,

temeljem članka 15. Opće uredbe o zaštiti podataka (GDPR) tražim potvrdu obrađujete li moje
osobne podatke te, ako je tako, pristup tim podacima i njihovu kopiju, kao i informacije o
svrsi obrade, primateljima i razdoblju pohrane.

Srdačan pozdrav,
Ivana Horvat"""),
        ("deletion", (), "Zahtjev za brisanje osobnih podataka",
         """Poštovani,

temeljem članka 17. GDPR-a zahtijevam brisanje svih mojih osobnih podataka iz vaših
evidencija te gašenje mog korisničkog računa.

Lijep pozdrav,
Marko Kovačević"""),
        ("withdraw_consent", (), "odjava s newslettera",
         """Molim vas da me odjavite s newslettera i prestanete mi slati promotivne poruke. Hvala"""),
        ("correction", (), "Zahtjev za ispravak osobnih podataka",
         """Poštovani,

temeljem članka 16. Opće uredbe o zaštiti podataka tražim ispravak netočnih osobnih
podataka: moje prezime je pogrešno napisano (Babic umjesto Babić).

Srdačan pozdrav,
Ana Babić"""),
        ("portability", (), "Zahtjev za prenosivost podataka",
         """Poštovani,

na temelju članka 20. Opće uredbe o zaštiti podataka molim da mi dostavite osobne podatke
koje sam vam pružio u strukturiranom, uobičajeno upotrebljavanom i strojno čitljivom formatu.

Srdačan pozdrav,
Luka Jurić"""),
        ("restriction", (), "Zahtjev za ograničenje obrade",
         """Poštovani,

na temelju članka 18. GDPR-a tražim ograničenje obrade mojih osobnih podataka dok se ne
provjeri njihova točnost.

Srdačan pozdrav,
Petra Novak"""),
        ("objection", (), "Prigovor na obradu osobnih podataka",
         """Poštovani,

temeljem članka 21. Opće uredbe o zaštiti podataka ulažem prigovor na obradu mojih osobnih
podataka u svrhu izravnog marketinga i izrade profila.

Srdačan pozdrav,
Josip Knežević"""),
        ("complaint", ("deletion",), "Požurnica – bez odgovora na zahtjev",
         """Poštovani,

prije više od mjesec dana poslao sam zahtjev za brisanje podataka i nisam dobio nikakav
odgovor. Ako ne odgovorite u roku od 8 dana, podnijet ću zahtjev za utvrđivanje povrede
Agenciji za zaštitu osobnih podataka (AZOP).

Marko Kovačević"""),
        ("withdraw_consent", (), "Povlačenje privole",
         """Poštovani,

ovim putem povlačim privolu za obradu mojih osobnih podataka u marketinške svrhe.

Lijep pozdrav,
Maja Pavlović"""),
        ("other", (), "Upit o narudžbi",
         """Poštovani, narudžba br. 7781 još nije stigla, a prošla su dva tjedna. Možete li provjeriti?
Hvala, Ivan"""),
        ("other", (), "Prijava na natječaj za radno mjesto",
         """Poštovani,

u privitku vam šaljem životopis i motivacijsko pismo za radno mjesto voditelja skladišta.

Srdačan pozdrav,
Tomislav Marić"""),
        ("deletion", (), "obrišite moj račun",
         """Pozdrav, molim vas obrišite moj račun i sve podatke o meni. Hvala, Ines"""),
    ],
    "sv": [
        ("access", (), "Begäran om registerutdrag enligt artikel 15 dataskyddsförordningen",
         """Hej,

Jag begär härmed att få ta del av vilka personuppgifter ni behandlar om mig, enligt artikel
15 i dataskyddsförordningen (GDPR). Jag vill ha en kopia av uppgifterna samt information om
ändamålen med behandlingen, mottagare, lagringstid och varifrån uppgifterna har hämtats.

Med vänliga hälsningar
Anna Lindqvist"""),
        ("deletion", (), "Begäran om radering enligt artikel 17 dataskyddsförordningen",
         """Hej,

Jag begär att ni raderar samtliga personuppgifter som ni har om mig, med stöd av artikel 17
i dataskyddsförordningen, samt avslutar mitt kundkonto.

Vänliga hälsningar
Johan Berg"""),
        ("withdraw_consent", (), "Avregistrera mig",
         """Hej! Sluta skicka nyhetsbrev till mig, jag vill avregistrera mig. Tack"""),
        ("correction", (), "Rättelse av personuppgifter",
         """Hej,

Enligt artikel 16 i dataskyddsförordningen begär jag rättelse av felaktiga personuppgifter:
min adress är fel, den rätta är Storgatan 8, 411 38 Göteborg.

Mvh
Karin Holm"""),
        ("portability", (), "Dataportabilitet",
         """Hej,

Jag vill utöva min rätt till dataportabilitet enligt artikel 20 GDPR och få ut de
personuppgifter jag har lämnat i ett strukturerat, allmänt använt och maskinläsbart format.

Med vänlig hälsning
Lars Nyström"""),
        ("restriction", (), "Begäran om begränsning av behandling",
         """Hej,

Jag begär begränsning av behandlingen av mina personuppgifter enligt artikel 18 i
dataskyddsförordningen, eftersom jag bestrider att uppgifterna är korrekta.

Med vänlig hälsning
Sofia Ek"""),
        ("objection", (), "Invändning mot behandling",
         """Hej,

Jag invänder mot er behandling av mina personuppgifter för direktmarknadsföring och
profilering, med stöd av artikel 21 i dataskyddsförordningen.

Mvh
Oskar Lund"""),
        ("complaint", ("access",), "Påminnelse: obesvarad begäran",
         """Hej,

Jag skickade en begäran om registerutdrag för sex veckor sedan men har inte fått något svar.
Om jag inte får svar inom en vecka kommer jag att lämna in ett klagomål till
Integritetsskyddsmyndigheten (IMY).

Anna Lindqvist"""),
        ("deletion", (), "ta bort mitt konto",
         """Hej, kan ni ta bort mitt konto och all info ni har om mig? /Erik"""),
        ("other", (), "Leverans",
         """Hej, min beställning 40012 har inte kommit fram än. När kan jag räkna med den?
Mvh Linnea"""),
        ("other", (), "Faktura",
         """Hej, jag har fått en påminnelse på en faktura som jag redan har betalat den 3 maj. Kan ni
kolla?
/Gustav"""),
        ("access", (), "Vad har ni för uppgifter om mig?",
         """Hej, jag undrar vilka uppgifter ni har sparat om mig. Tack! /Maja"""),
    ],
}

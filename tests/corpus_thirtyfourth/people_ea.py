"""Thirty-fourth set, mail typed in a hurry or with difficulty: typos, no diacritics, dictation, text-speak, caps, non-native and elderly writers (en nl fr de es it pt). Written apart from the rules (see make_thirtyfourth.py)."""

PEOPLE_EA = {
    "en": [
        ("deletion", ("withdraw_consent",),
         "delet acount",
         """hi can u pls delet my acount and evrything u have on me, i dont shop there anymore. and stop the emails, i get like 3 a day its to much

thx
Kayleigh""",
         "Kayleigh Price"),

        ("access", (),
         "my details on the points card",
         """Dear Sir or Madam

My grandson tells me I am allowed to ask you what you have got about me on your computer. I have had the card for the points for a good many years now and I would like to know what is written down about me, my address, what I have bought and so on, and who you have given it to if anybody.

Would you be so kind as to send it by post as I dont really do the emails, my grandson is typing this for me.

Yours faithfully
Margaret Hughes
(Mrs)""",
         "Margaret Hughes"),

        ("portability", (),
         "Request for my data file",
         """hello I would like my purchase history and my account details in a file I can open on the computer CSV or something like that full stop I'm switching to a different loyalty scheme and they said I can bring my history over if you send it in a format there system can read full stop can you send it to this email address thanks

Dev

Sent from my phone""",
         "Devinder Patel"),

        ("restriction", (),
         "please not delete my account",
         """Hello,

I receive from you email that my account will be deleted because is not active since 2 years. Please do not delete it. I have insurance claim for the TV I bought in your shop (it was stolen from my flat in August) and the insurance want the proof of purchase and I lost the paper receipt, so I need the order history in the account.

You can keep it and not use it for nothing else, no advertising, no nothing, only keep it until the insurance is finish. Please confirm me.

Loyalty card 6203 4471 8890

Pozdrawiam
Tomasz Wisniewski""",
         "Tomasz Wiśniewski"),

        ("objection", (),
         "recomended for u ???",
         """hi so i noticed the app now shows "recomended for u" and its literally stuff i bought for my girlfriend last month. i dont want u using what i buy to build a profile on me and guess what i like, its creepy. turn that off for me pls, i dont agree with it

ryan""",
         "Ryan O'Connor"),

        ("complaint", ("deletion",),
         "STOP!!!!!!",
         """I HAVE UNSUBSCRIBED 3 TIMES NOW AND I STILL GET YOUR EMAILS EVERY SINGLE DAY. THIS IS AGAINST THE LAW. IF I GET ONE MORE I WILL REPORT YOU TO THE DATA PROTECTION AUTHORITY.

DELETE MY EMAIL ADDRESS FROM YOUR SYSTEM NOW.

B. COLLINS""",
         "Brian Collins"),

        ("automated", (),
         "Automatic reply: Your privacy request ref PR-26-1184",
         """Hi,

Im out of the office untill Mon 9 Nov with v limited acces to email. For anything urgent pls contact Sarah on 0472 18 55 90.

Thx
Gareth

[This is an automatic reply]""",
         "Gareth Lloyd"),

        ("other", (),
         "cant delete item from basket",
         """hi i cant delete the blender from my basket on the app, everytime i press the little bin it just comes back?? i only want the kettle. havent paid yet. help pls

Shannon""",
         "Shannon Reid"),

        ("other", (),
         "acount locked",
         """my acount wont let me log in, keeps saying password is wrong but ive reset it twice now. email is the one on this message. can u sort it asap ive got a voucher that runs out on sunday

D Morgan""",
         "David Morgan"),

        ("other", (),
         "change delivery adress order 58813",
         """Hi, can u change the delivery adress for order 58813 to my work pls - Brightline Consulting, Rue de la Loi 42, 1040 Brussels. Its not shipped yet I think. Just for this one order, keep my home adress on the account as it is.

Cheers
Aoife""",
         "Aoife Byrne"),
    ],

    "nl": [
        ("withdraw_consent", (),
         "uitschijven nieuwbrief",
         """hoi, ik wil graag uitgeschreven worden van jullie nieuwbrief, ik krijg er echt te veel. het linkje onderaan werkt niet op mijn gsm, krijg gewoon een wit scherm.

mvg
Ilse""",
         "Ilse Vermeulen"),

        ("correction", ("access",),
         "adres fout",
         """Hallo

mijn adres staat nog altijd verkeerd bij jullie. Ik ben in juni verhuisd van Lier naar Mechelen, nieuw adres is Kerkstraat 12 bus 3, 2800 Mechelen. Gelieve dit aan te passen op mijn klantenkaart en account (kaartnr 6203 1189 4402).

En ik had ook graag eens een overzicht gehad van welke gegevens jullie allemaal van mij hebben, want ik krijg nu ook post van jullie op naam van mijn ex-vrouw op mijn nieuw adres en ik snap niet hoe jullie daaraan komen.

Dank u
Bart Claes""",
         "Bart Claes"),

        ("deletion", ("withdraw_consent",),
         "",
         """Geachte

Ik ben 79 jaar en ik wil niet meer in jullie computer staan. Mijn dochter heeft destijds zo een kaart met punten voor mij laten maken maar ik gebruik die nooit. Gelieve alles van mij weg te doen. Ik wil ook die reclame in mijn mail niet meer.

Met vriendelijke groeten
Jozef Peeters
Boechout""",
         "Jozef Peeters"),

        ("objection", ("withdraw_consent",),
         "gegevens partners",
         """goedemiddag ik heb gelezen in jullie privacyverklaring dat jullie mijn gegevens doorgeven aan partners voor reclame daar ben ik absoluut niet mee akkoord dat wil ik niet punt en de sms jes met promoties mogen ook stoppen punt dank u

Verzonden vanaf mijn Samsung Galaxy-smartphone""",
         "Hilde Wouters"),

        ("portability", (),
         "mijn gegevens in exel",
         """Dag,

kunnen jullie mijn aankoopgeschiedenis en klantgegevens in een exel of csv bestand sturen? ik wil dat inladen in de app van de andere winkel waar ik nu mijn punten spaar, die kan dat importeren. alvast bedankt

Kevin""",
         "Kevin De Smet"),

        ("complaint", (),
         "iemand anders zijn gegevens??",
         """Ik kreeg daarnet een mail van jullie met de bevestiging van een bestelling die niet van mij is. Daar staat de naam, het adres en het gsm nummer van een mevrouw uit Gent in. Bestelnr 71402. Betekent dat dan dat zij MIJN gegevens gekregen heeft?? Dit kan toch niet, wat doen jullie daar aan?

Sarah""",
         "Sarah Janssens"),

        ("restriction", (),
         "kaart bevriezen aub",
         """hallo, er zijn vorige week 2400 punten van mijn klantenkaart afgetrokken die ik niet gebruikt heb. dat wordt nu uitgezocht door jullie klantendienst (dossier 26-3317). tot dat uitgeklaard is wil ik dat jullie mijn kaart en gegevens gewoon bevriezen, niks wissen, niks aanpassen, niet gebruiken voor aanbiedingen. gewoon laten staan zoals het is aub

groetjes
Nathalie""",
         "Nathalie Maes"),

        ("other", (),
         "verkeerde maat",
         """hoi ik heb de verkeerde maat gekregen bij bestelling 71120 (42 ipv 43). hoe kan ik die terugsturen? moet ik de doos bijhouden of mag die weg? en kan ik ze ook in de winkel in Hasselt binnenbrengen

thx
Jens""",
         "Jens Lambrechts"),

        ("other", (),
         "2de trui verwijderen uit bestelling",
         """Goeiemorgen, kunnen jullie de tweede trui verwijderen uit bestelling 71345? ik heb per ongeluk 2x op bestellen gedrukt. De blauwe wil ik wel houden. is nog niet verzonden denk ik. merci!""",
         "Lotte Goossens"),

        ("other", (),
         "app crasht",
         """de app blijft crashen sinds de update van gisteren, ik kan mijn klantenkaart niet meer tonen aan de kassa. iphone 12. moet ik de app verwijderen en opnieuw installeren of verlies ik dan mijn punten en mijn account?

Dirk""",
         "Dirk Mertens"),
    ],

    "fr": [
        ("access", (),
         "mes infos",
         """slt, je voudrais savoir quelles infos perso vous avez sur moi stp. g la carte fidelite depuis 2019 et l'appli. vous pouvez m'envoyer ca par mail?

merci d'avance
Manon""",
         "Manon Lefebvre"),

        ("deletion", ("withdraw_consent", "objection"),
         "effacer mon compte",
         """Bonjour,

Je m'appelle Joao Ferreira, j'ai un compte chez vous avec cette adresse mail. Je veux que vous effacez mon compte et tout mes donnees. Je ne veux plus recevoir les email de publicite, et aussi je suis pas d'accord que vous donnez mes donnees a les autres entreprises partenaires, j'ai vu ca dans votre site.

Merci beaucoup
Joao""",
         "João Ferreira"),

        ("correction", (),
         "erreur sur mon compte",
         """Bonjour,
Sur mon compte client mon prenom est ecrit Mathieu mais c'est Matthieu avec deux t. Et ma date de naissance est fausse aussi, c'est le 14/03/1971 et pas 1917 (je suis pas encore si vieux mdr). Merci de corriger les deux.
Matthieu Vandenbroucke
Envoye de mon iPhone""",
         "Matthieu Vandenbroucke"),

        ("restriction", (),
         "CONTESTATION DOSSIER",
         """BONJOUR,

LA DAME AU MAGASIN DE NAMUR M'A DIT QUE DANS VOTRE SYSTEME IL EST NOTE QUE J'AI FAIT DES RETOURS ABUSIFS ET QUE JE NE PEUX PLUS RENDRE D'ARTICLES. C'EST FAUX, J'AI RENDU UNE SEULE FOIS UNE PAIRE DE CHAUSSURES ABIMEE.

JE CONTESTE CETTE INFORMATION. EN ATTENDANT QUE VOUS VERIFIEZ, JE VOUS DEMANDE DE NE PLUS VOUS EN SERVIR ET DE BLOQUER CE QUI EST NOTE LA.

MME CHANTAL DELVAUX
CARTE 6203 5510 2276""",
         "Chantal Delvaux"),

        ("complaint", ("access",),
         "3eme demande !!!",
         """ca fait 6 semaines que j'ai demander une copie de mes donnes (le 22 septembre) et toujours RIEN. c'est la 3eme fois que j'ecris. vous avez un mois pour repondre c'est la loi. je veux ma copie cette semaine sinon je porte plainte a l'APD.

K. Benali""",
         "Karim Benali"),

        ("objection", (),
         "",
         """bonjour je ne veux pas que vous utilisiez mes achats pour faire des statistiques et des profils virgule je m'y oppose point merci de me confirmer que c'est fait point

cordialement
Pierre Lambert""",
         "Pierre Lambert"),

        ("automated", (),
         "Re: Votre demande [message en attente de validation]",
         """Bonjour,

Votre message à destination de isabelle.martin@skynet.be a bien été reçu mais il est en attente de validation.

Afin de lutter contre les courriers indésirables, nous vous demandons de confirmer que vous n'êtes pas un robot en cliquant sur le lien ci-dessous. Cette opération n'est à faire qu'une seule fois.

https://validation.antispam-protect.example/confirm?id=8f2c91a7

Sans action de votre part dans les 72 heures, votre message sera supprimé.

Ce message a été envoyé automatiquement, merci de ne pas y répondre.""",
         "Isabelle Martin"),

        ("other", (),
         "colis pas recu",
         """bjr, ma commande 88412 est marquee livree depuis hier mais g rien recu. le livreur l'a peut etre laisse chez un voisin?? vous pouvez verifier svp, c'est un cadeau pour samedi

merci
Lea""",
         "Léa Dumont"),

        ("other", (),
         "desabonnement capsules",
         """Bonjour je voudrais me desabonner de l'abonnement mensuel aux capsules de cafe (livraison chaque 1er du mois), j'ai change de machine. Est ce que je dois encore payer celle de novembre ?
Merci
Francoise Leroy""",
         "Françoise Leroy"),

        ("other", (),
         "mot de passe",
         """Bonsoir, je n'arrive plus a me connecter a mon compte, le mail pour changer le mot de passe n'arrive jamais (j'ai regarde dans les spams). Mes donnees sont pourtant correctes. Comment je fais ?? j'ai une commande en cours
Nicolas""",
         "Nicolas Renard"),
    ],

    "de": [
        ("portability", ("deletion",),
         "Daten als Datei + Konto loeschen",
         """Hallo,

ich wechsle zu einem anderen Anbieter und haette gerne meine Daten (Bestellungen, Kundenkarte, Punktestand) als Datei, am besten CSV oder JSON, damit ich das dort einlesen kann. Wenn ich die Datei habe, bitte das Konto loeschen.

Danke + Gruss
Jonas Becker""",
         "Jonas Becker"),

        ("access", (),
         "Anfrage",
         """Sehr geehrte Damen und Herren,

ich moechte gerne wissen, was Sie alles uber mich gespeichert haben. Und von wo Sie meine Adresse haben, ich habe nie bei Ihnen etwas im Internet bestellt aber bekomme seit dem Sommer Ihre Prospekte mit meinem Namen drauf.

Mit freundlichen Grussen
Gertrud Hoffmann
Eupen""",
         "Gertrud Hoffmann"),

        ("withdraw_consent", ("objection",),
         "news letter abmelken",
         """hallo, bitte mich aus dem newsletter austragen und auch keine push nachrichten mehr aus der app. und das ihr mein kaufverhalten auswertet fuer "persoenliche angebote" will ich auch nicht mehr. danke

lg Lena""",
         "Lena Schmitt"),

        ("complaint", (),
         "Rechnung an alte Adresse !!",
         """Guten Tag,
ich habe im September meine Adresse im Kundenkonto geaendert (steht da auch richtig). Trotzdem haben Sie die Rechnung fuer Bestellung 40117 an meine ALTE Adresse geschickt, der Nachmieter hat mir ein Foto davon geschickt, mit meinem Namen, Telefonnr und was ich bestellt habe. Das ist ein Datenschutzverstoss. Ich erwarte eine Erklaerung wie das passieren konnte.

M. Krause""",
         "Michael Krause"),

        ("objection", (),
         "Widerspruch",
         """Guten Tag

Ich nicht will das Sie meine Einkaufe analysieren fur Werbung und Statistik. Ich habe gelesen Sie machen das mit berechtigtes Interesse. Ich widerspreche diese Verarbeitung. Bitte bestatigen schriftlich.

Danke
Ahmet Yilmaz""",
         "Ahmet Yılmaz"),

        ("correction", (),
         "namensanderung",
         """Hallo ich habe im august geheiratet und heisse jetzt Schneider, nicht mehr Krueger. bitet im Kundenkonot und auf der Kundenkarte andern, Vorname bleibt Julia. Kundennummer 10044 8172
Danke sehr
Julia Schneider""",
         "Julia Schneider"),

        ("deletion", (),
         "bitte mein kundenkonto + alle daten loeschen",
         """kundennr 10048 2331

Von meinem iPhone gesendet""",
         "Stefan Wagner"),

        ("other", (),
         "ruecksendung",
         """hallo, kann ich die jacke auch im laden in eupen zurueckgeben statt mit der post? bestellnr 40217. etikett ist noch dran
lg""",
         "Sabine Meyer"),

        ("other", (),
         "Lieferadresse fuer Bestellung 40388",
         """Hallo, bitte fuer die Bestellung 40388 die Lieferadresse aendern auf meine Arbeit: Firma Kessler, Herbesthaler Str. 9, 4700 Eupen. Nur fuer diese Bestellung, meine Adresse im Konto bleibt wie sie ist. Danke!
Tobias""",
         "Tobias Klein"),

        ("other", (),
         "konto gesperrt",
         """mein konto ist gesperrt nach 3x falsches passwort. meine daten stimmen alle, hab nur das passwort vergessen. wie kann ich das entsperren? die mail zum zuruecksetzen kommt nicht
Gruss Uwe""",
         "Uwe Braun"),
    ],

    "es": [
        ("deletion", ("withdraw_consent",),
         "borrar cuenta",
         """hola q tal, quiero q borren mi cuenta xfa, ya no compro en su tienda desde q me mude. y q no me llegue ni un correo mas de ofertas. gracias""",
         "Lucía Romero"),

        ("withdraw_consent", (),
         "darme de baja",
         """Buenas, no quiero recibir mas correos de publi ni sms, denme de baja porfa. el enlace de abajo no va, da error. Gracias
Pablo""",
         "Pablo Navarro"),

        ("access", ("portability",),
         "mis datos",
         """Hola, quiero saber q datos teneis de mi y con quien los habeis compartido. Tb quiero mi historial de conpras en un archivo csv o algo asi para pasarlo a la app de otra tienda. Mi tarjeta es la 6203 7781 0094.
Gracias!!
Marta""",
         "Marta Gil"),

        ("restriction", (),
         "congelar mi cuenta",
         """hola, me voy a trabajar a Chile un año y no se si volvere. no quiero q borreis mi cuenta ni mis puntos, pero mientras este fuera no quiero q useis mis datos para nada, ni publi ni nada. congelenla o lo q sea. cuando vuelva ya os escribo. gracias
Alejandro Ruiz""",
         "Alejandro Ruiz"),

        ("complaint", (),
         "correo con direcciones de otros clientes",
         """Me acaba de llegar un correo vuestro de "ofertas black friday" con unas 200 direcciones de email de otros clientes en copia, y la mia tb esta ahi visible para todo el mundo. Esto no puede ser!! ya me estan llegando respuestas de gente q no conozco. Quiero una explicacion y saber q vais a hacer.

Raquel Moreno""",
         "Raquel Moreno"),

        ("correction", (),
         "cambio de direccion",
         """hola mi direccion ha cambiado ahora vivo en avenue louise 212 buzon 5 en ixelles codigo postal 1050 por favor cambienla en mi cuenta y en la tarjeta de puntos que sigue saliendo la de antes gracias

enviado desde mi movil""",
         "Diego Fernández"),

        ("objection", (),
         "",
         """no kiero q usen mis datos para hacer perfiles de lo q compro ni q se los pasen a otras empresas para publicidad. me opongo a las dos cosas. gracias""",
         "Sergio Castillo"),

        ("other", (),
         "pedido 66120",
         """hola cuando llega mi pedido 66120? pone "en preparacion" desde hace 8 dias y era para un cumple. xfa diganme algo

gracias""",
         "Carmen Ortega"),

        ("other", (),
         "quitar zapatillas del pedido",
         """porfa quitad las zapatillas del pedido 66231, me he equivocado de talla, solo quiero la camiseta. si ya ha salido lo devuelvo y ya. gracias
Irene""",
         "Irene Vidal"),

        ("other", (),
         "cupon no funciona",
         """me llego el cupon de 10€ por mi cumple pero al pagar en la web dice q el codigo no es valido. lo he probado 3 veces. caduca el domingo, me lo podeis arreglar??""",
         "Javier Molina"),
    ],

    "it": [
        ("access", (),
         "dati",
         """ciao vorrei sapere ke dati avete su di me e da dove li avete presi, nn mi ricordo neanche di essermi iscritta. cmq mi arrivano le vostre mail da settimane. grazie
Chiara""",
         "Chiara Russo"),

        ("portability", (),
         "trasferimento dati",
         """Buongiorno,
vorrei che mandaste i miei dati (storico acquisti e punti della carta fedelta) direttamente alla app Spendiamo Bene, che uso per gestire le spese di casa, in un formato leggibile tipo JSON o CSV. Loro mi hanno detto che possono riceverli se glieli mandate voi. Se serve il loro indirizzo mail ditemelo e ve lo giro.
Grazie mille
Marco Colombo""",
         "Marco Colombo"),

        ("withdraw_consent", ("objection",),
         "basta mail",
         """nn voglio piu ricevere le vostre mail pubblicitarie ne gli sms, toglietemi da tutte le liste. e nn voglio nemmeno ke usate quello ke compro per le "offerte personalizzate" nell app. grazie""",
         "Francesca Bruno"),

        ("correction", (),
         "cognome sbagliato",
         """Buongiorno,
il mio cognome e scrito sbagliato nel vostro sistema, e Popescu non Popesco. Anche il numero di telefono e vechio, il nuovo e 0488 21 73 05. Vi prego di cambiare tutti due nel mio conto cliente.
Grazie mille
Elena Popescu""",
         "Elena Popescu"),

        ("deletion", ("access",),
         "",
         """Gentili signori,
vorrei che cancellaste tutto quello che avete su di me, nome indirizzo e tutto il resto, non voglio piu essere nel vostro computer. Vorrei anche sapere a chi avete dato il mio indirizzo perche ricevo lettere di altre ditte che non conosco.
Distinti saluti
Giuseppe Ricci""",
         "Giuseppe Ricci"),

        ("complaint", ("deletion",),
         "terza volta",
         """buongiorno e la terza volta che scrivo per chiedere di cancellare il mio account la prima volta era il 29 settembre e nessuno mi ha mai risposto punto se non ricevo risposta entro venerdi faccio reclamo all autorita per la protezione dei dati punto cancelate il mio acount per favore

inviato da smartphone""",
         "Alessandro Greco"),

        ("automated", (),
         "Letto: Re: Richiesta dati personali [PR-26-1207]",
         """Il messaggio

    A: Giulia Ferrari
    Oggetto: Re: Richiesta dati personali [PR-26-1207]
    Inviato: martedì 3 novembre 2026 09:14

è stato letto martedì 3 novembre 2026 11:02.""",
         "Giulia Ferrari"),

        ("other", (),
         "rimborso reso",
         """ciao ho fatto il reso della lampada 2 settimane fa (ordine 55017) e nn ho ancora ricevuto il rimborso. il corriere l ha ritirato il 20/10. quando arriva? grazie""",
         "Sara Marino"),

        ("other", (),
         "app nn funziona",
         """nn riesco ad entrare nell account dall app, mi dice "errore di sincronizzazione dati". ho gia provato a cancellare l app e reinstallarla ma niente. android 14. dal pc funziona. cmq come faccio?""",
         "Luca Conti"),

        ("other", (),
         "friggitrice",
         """salve la friggitrice ad aria XL da 6 litri e disponibile nel negozio di Liegi? sul sito c e scritto esaurito ma un amico dice ke l ha vista. grazie""",
         "Roberto Gallo"),
    ],

    "pt": [
        ("objection", (),
         "dados",
         """ola, nao quero que usem os meus dados para publicidade personalizada nem que os partilhem com os vossos parceiros. oponho-me a isso. obg
Ines""",
         "Inês Carvalho"),

        ("restriction", ("access",),
         "NAO apaguem",
         """Boa tarde,

Recebi uma carta vossa a dizer que sou cliente do cartao de fidelidade, mas eu nunca pedi cartao nenhum. Acho que foi o meu ex-marido que fez o cartao em meu nome, estamos em processo de divorcio.

Por isso NAO apaguem nada por agora, o meu advogado precisa disso como prova. So quero que guardem os dados e que nao os usem para mais nada ate isto estar resolvido. E quero saber de onde vieram esses dados e quem os registou.

Cumprimentos
Rita Almeida""",
         "Rita Almeida"),

        ("deletion", (),
         "excluir conta",
         """oi, quero excluir minha conta e todos os meus dados, vc consegue fazer isso pra mim? nao uso mais pq mudei de cidade. valeu
Thiago""",
         "Thiago Oliveira"),

        ("portability", (),
         "dados em ficheiro",
         """bom dia queria receber os meus dados de cliente e o historico de compras num ficheiro tipo csv ou excel para levar para outra loja ponto final o cartao e o 6203 9902 1437 ponto final obrigado

Enviado do meu telemovel""",
         "Joana Pereira"),

        ("withdraw_consent", (),
         "emails",
         """Boa tarde.
Nao quero receber mais aqueles papeis, quer dizer, os emails com as promocoes que me mandam todas as semanas. Ja tenho 81 anos e nao percebo como se tira aquilo. A minha neta disse que era preciso escrever para aqui.
Obrigada
Maria de Lurdes Costa""",
         "Maria de Lurdes Costa"),

        ("access", ("correction",),
         "DADOS PESSOAIS",
         """BOM DIA. QUERO SABER QUE DADOS PESSOAIS VOCES TEM SOBRE MIM E HA QUANTO TEMPO OS GUARDAM. E O MEU APELIDO ESTA MAL ESCRITO NO CARTAO, E SOUSA COM S E NAO SOUZA, FACAM O FAVOR DE CORRIGIR. OBRIGADO. MANUEL SOUSA""",
         "Manuel Sousa"),

        ("automated", (),
         "Resposta automatica: Ferias",
         """Ola,

Estou de ferias ate dia 16/11 sem acesso ao email. Responderei a sua mensagem quando regressar.

Para assuntos urgentes contacte a minha colega Ana pelo 0470 55 12 98.

Obrigada,
Teresa Santos

(mensagem automatica)""",
         "Teresa Santos"),

        ("other", (),
         "encomenda",
         """boa tarde a minha encomenda 77310 diz entregue mas nao recebi nada, estive em casa o dia todo. podem ver com a transportadora? obg""",
         "Catarina Lopes"),

        ("other", (),
         "troca",
         """oi, posso trocar a calca q comprei online por um tamanho maior na loja de Antuerpia? ou tenho q mandar pelo correio? pedido 77452 valeu""",
         "Felipe Souza"),

        ("other", (),
         "apaguei a app",
         """Ola, apaguei a vossa app sem querer quando estava a limpar o telemovel. Se voltar a instalar perco os pontos do cartao? Tinha quase 3000. Obrigado""",
         "Pedro Martins"),
    ],
}

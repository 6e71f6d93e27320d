"""Blind set, robots: out-of-office in 18 languages from several auto-responder families,
bounces from several MTAs (localized Exchange NDRs, Postfix, Exim, qmail, Sendmail, Gmail,
a German freemail provider), helpdesk auto-acknowledgements and notifications.

Each entry: (language, family, subject, body, quoted original subject or None).
Families: exchange-ooo, gmail-ooo, zimbra-ooo, cpanel-ooo, bare-ooo (no header at all),
exchange-ndr, postfix, exim, qmail, sendmail, gmail-dsn, gmx, helpdesk, bare-helpdesk,
notification.
"""

OOO = [
    ("es", "exchange-ooo", "Respuesta automática: Re: Solicitud de derecho de acceso (art. 15 RGPD)",
     "Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de septiembre, sin acceso al "
     "correo electrónico. Para asuntos urgentes, contacte con recepcion@empresa.es.\n\nUn saludo,\nMarta López"),
    ("it", "zimbra-ooo", "Risposta automatica: Re: Richiesta di cancellazione dei dati personali",
     "Sono fuori ufficio fino al 28 agosto con accesso limitato alla posta elettronica. Per urgenze "
     "contattare il numero 02 1234567.\n\nCordiali saluti,\nLuca Bianchi"),
    ("pt", "bare-ooo", "Ausência: Re: Pedido de apagamento de dados",
     "Obrigado pela sua mensagem. Encontro-me ausente em férias até 15 de agosto, sem acesso ao e-mail. "
     "Em caso de urgência contacte geral@empresa.pt.\n\nCumprimentos,\nSofia Martins"),
    ("pl", "exchange-ooo", "Odpowiedź automatyczna: Wniosek o dostęp do danych osobowych",
     "Dziękuję za wiadomość. Jestem na urlopie do 20 sierpnia. W pilnych sprawach proszę o kontakt "
     "z biuro@firma.pl.\n\nPozdrawiam,\nAnna Kowalczyk"),
    ("cs", "gmail-ooo", "Re: Žádost o výmaz osobních údajů",
     "Dobrý den, do 30. 7. jsem mimo kancelář s omezeným přístupem k e-mailu. V naléhavých případech "
     "kontaktujte kolegyni na info@firma.cz.\n\nJan"),
    ("hr", "bare-ooo", "Automatski odgovor: Zahtjev za brisanje osobnih podataka",
     "Poštovani, trenutno sam na godišnjem odmoru do 25.8. Vaša poruka neće biti proslijeđena. Za hitne "
     "slučajeve obratite se na info@tvrtka.hr.\n\nLijep pozdrav"),
    ("sv", "exchange-ooo", "Automatiskt svar: Begäran om radering",
     "Tack för ditt mejl. Jag är på semester till och med 9 augusti och läser inte min e-post. Vid "
     "brådskande ärenden, kontakta växeln på 08-123 45 67.\n\nHälsningar\nKarin"),
    ("ro", "cpanel-ooo", "Răspuns automat: Cerere de ștergere a datelor",
     "Vă mulțumesc pentru mesaj. Sunt în concediu până pe 20 august, cu acces limitat la e-mail. "
     "Pentru urgențe vă rog să contactați office@firma.ro."),
    ("el", "exchange-ooo", "Αυτόματη απάντηση: Αίτημα διαγραφής προσωπικών δεδομένων",
     "Ευχαριστώ για το μήνυμά σας. Θα απουσιάζω από το γραφείο έως τις 25 Αυγούστου. Για επείγοντα "
     "θέματα επικοινωνήστε στο info@etairia.gr."),
    ("bg", "bare-ooo", "Автоматичен отговор: Искане за достъп до лични данни",
     "Благодаря за съобщението. В отпуск съм до 20 август и нямам достъп до имейла си. За спешни "
     "въпроси: office@firma.bg."),
    ("da", "gmail-ooo", "Ferie",
     "Tak for din mail. Jeg holder ferie og er tilbage mandag den 12. august. Din mail bliver ikke "
     "videresendt.\n\nVenlig hilsen\nMette"),
    ("fi", "exchange-ooo", "Automaattinen vastaus: Pyyntö henkilötietojen poistamisesta",
     "Olen lomalla 5.8. asti enkä lue sähköpostiani. Kiireellisissä asioissa ota yhteyttä "
     "asiakaspalveluun."),
    ("hu", "bare-ooo", "Automatikus válasz: Személyes adatok törlése",
     "Köszönöm levelét. Szabadságon vagyok augusztus 19-ig, ezalatt e-mailjeimet nem olvasom. Sürgős "
     "ügyben kérem, keresse kollégámat."),
    ("sk", "zimbra-ooo", "Automatická odpoveď: Žiadosť o vymazanie osobných údajov",
     "Dobrý deň, do 16. 8. som na dovolenke s obmedzeným prístupom k e-mailu. V naliehavých "
     "prípadoch kontaktujte info@firma.sk."),
    ("en", "bare-ooo", "Out of Office: Your data deletion request",
     "I am currently out of the office with limited access to email, returning on Monday 15th July. "
     "For urgent matters please contact my colleague at support@acme.example.\n\nThanks,\nRachel"),
    ("nl", "gmail-ooo", "Afwezig",
     "Ik ben afwezig tot en met 23 augustus. Uw e-mail wordt niet doorgestuurd. Voor dringende zaken "
     "kunt u bellen naar 09 123 45 67."),
    ("fr", "exchange-ooo", "Réponse automatique : Demande d'effacement de données personnelles",
     "Bonjour,\n\nJe suis absente du bureau jusqu'au 26 août inclus. Pour toute urgence, merci de "
     "contacter accueil@societe.fr.\n\nCordialement,\nAurélie"),
    ("de", "zimbra-ooo", "Abwesenheitsnotiz: Antrag auf Löschung personenbezogener Daten",
     "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.08. nicht im Büro und habe nur "
     "eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an "
     "info@firma.de."),
    ("it", "bare-ooo", "Sono in ferie",
     "Gentile mittente, sarò in ferie dal 5 al 23 agosto. La sua email non verrà inoltrata. Per "
     "urgenze scrivere a info@azienda.it."),
    ("es", "bare-ooo", "Fuera de la oficina",
     "Estoy de vacaciones hasta el 1 de septiembre. Responderé a su correo a mi regreso.\n\nSaludos"),
]

#: (language, subject prefix, human text) of the localized Exchange NDR.
EXCHANGE_NDR = {
    "es": ("No se puede entregar", "El mensaje no se pudo entregar a los siguientes destinatarios o grupos:"),
    "it": ("Non recapitabile", "Impossibile recapitare il messaggio ai seguenti destinatari o gruppi:"),
    "cs": ("Nedoručitelné", "Vaši zprávu nebylo možné doručit těmto příjemcům nebo skupinám:"),
    "sv": ("Olevererbart", "Det gick inte att leverera meddelandet till följande mottagare eller grupper:"),
    "da": ("Kan ikke leveres", "Meddelelsen kunne ikke leveres til følgende modtagere eller grupper:"),
    "hu": ("Kézbesíthetetlen", "Az üzenetet nem sikerült kézbesíteni az alábbi címzetteknek vagy csoportoknak:"),
    "sk": ("Nedoručiteľné", "Správu nebolo možné doručiť nasledujúcim príjemcom alebo skupinám:"),
    "nl": ("Onbestelbaar", "Uw bericht kon niet worden bezorgd bij de volgende ontvangers of groepen:"),
    "fr": ("Non remis", "Votre message n'a pas pu être remis aux destinataires ou groupes suivants :"),
    "pl": ("Niedostarczalne", "Nie można dostarczyć wiadomości do następujących adresatów lub grup:"),
}

#: (language, family, original subject) for the other bounces.
BOUNCES = [
    ("pt", "postfix", "Re: Pedido de apagamento de dados"),
    ("hr", "exim", "Re: Zahtjev za pristup osobnim podacima"),
    ("ro", "postfix", "Re: Cerere de acces la datele cu caracter personal"),
    ("el", "gmail-dsn", "Re: Αίτημα πρόσβασης σε προσωπικά δεδομένα"),
    ("bg", "exim", "Re: Искане за изтриване на лични данни"),
    ("fi", "qmail", "Re: Tarkastuspyyntö"),
    ("en", "sendmail", "Re: Your subject access request"),
    ("en", "gmail-dsn", "Confirm your erasure request"),
    ("de", "gmx", "Ihr Auskunftsersuchen nach Art. 15 DSGVO"),
    ("pl", "qmail", "Re: Żądanie usunięcia danych osobowych"),
]

#: Helpdesk auto-acknowledgements and notifications: (language, family, from, subject, body).
OTHER_ROBOTS = [
    ("en", "helpdesk", "Acme Support <support@acme.example>", "[Acme Support] Re: Data deletion request (#48213)",
     "##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
     "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\nThis email is a "
     "service from Acme Support. Delivered by Zendesk"),
    ("de", "bare-helpdesk", "Kundenservice <service@versand.example.de>", "Ihre Anfrage ist bei uns eingegangen [Ticket#2024061310000123]",
     "Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der "
     "Ticketnummer 2024061310000123 erfasst. Wir melden uns schnellstmöglich bei Ihnen.\n\nDies ist eine "
     "automatisch generierte Nachricht, bitte antworten Sie nicht auf diese E-Mail.\n\nIhr Kundenservice"),
    ("fr", "helpdesk", "Service client <ne-pas-repondre@boutique.example.fr>", "Accusé de réception de votre demande n° 77812",
     "Bonjour,\n\nNous avons bien reçu votre demande concernant vos données personnelles et nous vous "
     "répondrons dans les meilleurs délais.\n\nCeci est un message automatique, merci de ne pas y répondre."),
    ("es", "notification", "LinkedIn <messages-noreply@linkedin.com>", "Tienes 3 invitaciones nuevas",
     "Hola,\n\nTienes 3 invitaciones pendientes. Ver invitaciones: https://www.linkedin.com/mynetwork/\n\n"
     "Para darte de baja de estos correos, haz clic aquí. © 2024 LinkedIn Corporation"),
    ("it", "helpdesk", "Assistenza Clienti <noreply@negozio.example.it>", "Abbiamo ricevuto la tua richiesta [#10293]",
     "Ciao,\n\ngrazie per averci contattato. La tua richiesta è stata presa in carico con il numero 10293. "
     "Ti risponderemo entro 48 ore.\n\nQuesto messaggio è stato generato automaticamente, ti preghiamo di "
     "non rispondere."),
    ("nl", "notification", "Microsoft 365 <no-reply@microsoft.com>", "Uw wachtwoord verloopt over 3 dagen",
     "Het wachtwoord voor privacy@shop.example.be verloopt over 3 dagen. Wijzig uw wachtwoord via de "
     "portal.\n\nDit bericht is automatisch verzonden. Beantwoord dit bericht niet."),
]

#: Harder robots: relayed out-of-office without any robot header, and plain-text local
#: ISP bounces: (language, from, subject, body). The sender is a person's address for OOO.
BARE_ROBOTS = [
    ("sv", "maria.holm@foretag.example.se", "Semester",
     "Hej! Jag har semester vecka 28–31 och kommer inte att läsa e-post. Brådskande ärenden: ring "
     "kundtjänst.\n\n/Maria"),
    ("fi", "tiina.laine@yritys.example.fi", "Poissa toimistolta",
     "Olen poissa toimistolta 19.7. saakka. Viestisi ei välity eteenpäin."),
    ("ro", "dan.pop@firma.example.ro", "Absent din birou",
     "Bună ziua, sunt absent din birou până pe 12 august. Voi răspunde la mesaj după întoarcere."),
    ("el", "n.pappas@etairia.example.gr", "Εκτός γραφείου",
     "Είμαι εκτός γραφείου μέχρι τις 20/8 με περιορισμένη πρόσβαση στο email μου."),
    ("pl", "j.nowak@firma.example.pl", "Urlop",
     "Dzień dobry, przebywam na urlopie do 2 września. Wiadomości nie są przekazywane."),
    ("hr", "ana.k@tvrtka.example.hr", "Odsutnost",
     "Poštovani, odsutna sam do 1. rujna. Za hitne slučajeve javite se na 01 234 5678."),
    ("cs", "MAILER-DAEMON@email.cz", "Nedoručitelná zpráva",
     "Vaši zprávu se nepodařilo doručit na adresu jana.stara@email.cz.\nDůvod: schránka neexistuje.\n\n"
     "--- Původní zpráva ---\nSubject: Re: Žádost o výmaz osobních údajů\n\nPotvrzujeme přijetí Vaší žádosti."),
    ("pl", "postmaster@wp.pl", "Wiadomość nie została dostarczona",
     "Twoja wiadomość nie mogła zostać dostarczona do adresata kasia.old@wp.pl, ponieważ skrzynka nie "
     "istnieje.\n\n----- Oryginalna wiadomość -----\nTemat: Re: Wniosek o dostęp do danych osobowych\n\n"
     "Otrzymaliśmy Państwa wniosek o dostęp do danych."),
    ("it", "postmaster@libero.it", "Mancato recapito del messaggio",
     "Il messaggio non è stato consegnato ai seguenti destinatari:\n\nmario.vecchio@libero.it - casella "
     "inesistente\n\n--- Messaggio originale ---\nOggetto: Re: Richiesta di cancellazione dei dati personali"),
    ("fr", "postmaster@orange.fr", "Echec de remise du message",
     "Votre message n'a pas pu être délivré au destinataire suivant : ancien.client@orange.fr\n"
     "Raison : boîte aux lettres inexistante.\n\n--- Message d'origine ---\nObjet : Re: Demande d'effacement"),
    ("en", "MAILER-DAEMON@yahoo.com", "Failure Notice",
     "Sorry, we were unable to deliver your message to the following address.\n\n<old.user@yahoo.com>:\n"
     "554: delivery error: dd This user doesn't have a yahoo.com account (old.user@yahoo.com) [0]\n\n"
     "--- Below this line is a copy of the message.\n\nSubject: Re: Your erasure request"),
    ("hu", "postmaster@freemail.hu", "Kézbesítési hiba",
     "Az Ön levelét nem sikerült kézbesíteni a következő címre: regi.cim@freemail.hu\nOk: a postafiók nem "
     "létezik.\n\n--- Eredeti üzenet ---\nTárgy: Re: Személyes adatok törlése"),
]

"""Robot detection: every robot in the corpus, none of the people, and the edge cases."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.mail.parse import parse
from bot.rules import detect_automated

CORPUS = Path(__file__).parent / "corpus"
ROWS = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
ROBOTS = [r["file"] for r in ROWS if r["category"] == "automated"]
PEOPLE = [r["file"] for r in ROWS if r["category"] != "automated"]


@pytest.mark.parametrize("name", ROBOTS)
def test_every_robot_in_the_corpus_is_detected(name: str) -> None:
    assert detect_automated(parse((CORPUS / name).read_bytes())) is not None


def test_no_person_in_the_corpus_is_taken_for_a_robot() -> None:
    wrong = {}
    for name in PEOPLE:
        reason = detect_automated(parse((CORPUS / name).read_bytes()))
        if reason:
            wrong[name] = reason
    assert not wrong


def _mail(subject: str, body: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.pop("From", "Jan <jan@example.org>")
    msg["To"] = "privacy@shop.example.be"
    msg["Subject"] = subject
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def _calendar_reply() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ana <ana@example.bg>"
    msg["To"] = "privacy@shop.example.be"
    msg["Subject"] = "Прието: Среща за картите @ чт 3 дек 14:00"
    msg.set_content("Ана прие тази покана.\n\nСреща за картите\nКога: четвъртък, 3 декември\nГости: Ана, privacy@shop")
    msg.add_alternative("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n", subtype="calendar",
                        params={"method": "REPLY"})
    return msg.as_bytes()


_CALENDAR_REPLY = _calendar_reply()


def _calendar_request(sender: str, subject: str, text: str, organizer: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@shop.example.be"
    msg["Subject"] = subject
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(text)
    msg.add_alternative(f"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nORGANIZER;CN=X:mailto:{organizer}\r\n"
                        "END:VEVENT\r\nEND:VCALENDAR\r\n", subtype="calendar", params={"method": "REQUEST"})
    return msg.as_bytes()


def _pec(inner_headers: str, inner_body: str) -> bytes:
    """An Italian certified-mail envelope carrying a message (postacert.eml)."""
    return (
        "From: \"Per conto di: scuola@pec.example.it\" <posta-certificata@pec.example.it>\n"
        "To: privacy@shop.example.be\nSubject: POSTA CERTIFICATA: Re: Richiesta di conferma\n"
        "X-Riferimento-Message-ID: <abc@shop.example.be>\nX-Trasporto: posta-certificata\n"
        "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n"
        "--b1\nContent-Type: text/plain; charset=UTF-8\n\nMessaggio di posta certificata\n"
        "Il messaggio originale è incluso in allegato.\n\n"
        "--b1\nContent-Type: message/rfc822; name=\"postacert.eml\"\n"
        "Content-Disposition: inline; filename=\"postacert.eml\"\n\n"
        f"From: scuola@pec.example.it\nTo: privacy@shop.example.be\n{inner_headers}"
        f"Content-Type: text/plain; charset=UTF-8\n\n{inner_body}\n\n--b1--\n").encode()


@pytest.mark.parametrize(
    ("raw", "robot"),
    [
        # a certified mailbox that answers every mail automatically
        (_pec("Subject: Risposta automatica: Re: Richiesta\nAuto-Submitted: auto-replied\n",
              "Questa casella PEC riceve solo messaggi da altre caselle PEC."), True),
        # a letter its sender stamped as a person's (RFC 3834: "no")
        (_pec("Subject: Accesso ai miei dati\nAuto-Submitted: no\n", "Vorrei una copia dei miei dati personali."), False),
        # a person's own letter sent by certified mail
        (_pec("Subject: Cancellazione dei miei dati\n", "Vi chiedo di cancellare i miei dati personali."), False),
    ],
)
def test_certified_mail_envelopes(raw: bytes, robot: bool) -> None:
    assert (detect_automated(parse(raw)) is not None) is robot


@pytest.mark.parametrize(
    ("raw", "robot"),
    [
        (_mail("Hello", "Please delete my data", Auto_Submitted="auto-replied"), True),
        (_mail("Hello", "Please delete my data", Auto_Submitted="no"), False),
        (_mail("Hello", "x", Precedence="bulk"), True),
        # a provider stamps Precedence: bulk on a mail its sender says a person wrote
        (_mail("Adresse", "Merci de mettre mon adresse à jour.", Precedence="bulk", Auto_Submitted="no"), False),
        (_mail("Report Domain: shop.example.be Submitter: google.com Report-ID: <1234>", "",
               From="noreply-dmarc-support@google.com"), True),
        (_mail("Report Domain: shop.example.be Submitter: protection.outlook.com Report-ID: 5e1f",
               "This is a DMARC aggregate report from Microsoft Corporation.", From="dmarcreport@microsoft.com"), True),
        (_mail("Report on our domain", "Please delete my data.", From="ann@example.org"), False),
        # a contact form's confirmation that echoes a message sent with our own address...
        (_mail("Bakery: your message", "Thank you! We received:\n\nName: Privacy team\n"
               "E-Mail: privacy@shop.example.be\nMessage: please call us back", From="wordpress@bakery.example"), True),
        # an administration's registration receipt, its robot sentence verb-last
        (_mail("Potvrda o zaprimanju podneska", "Vaša poruka zaprimljena je u pisarnici.\n\n"
               "Ova poruka generirana je automatski. Molimo ne odgovarajte na nju."), True),
        # system and list mail without robot headers in its text: shares, calendar answers,
        # newsletters, recalls, spam digests, surveys (a privacy footer asks nothing)
        (_mail("Documento compartido contigo", "Lucía te ha invitado a editar: Plantilla derecho de supresión",
               From='"Ana (via Google Docs)" <drive-shares-dm-noreply@google.com>',
               Reply_To="lucia@example.es"), True),
        (_mail("Accepted: DPA audit prep call", ""), True),
        (_mail("Newsletter n° 34", "Droit d'accès et cartes de fidélité.",
               List_Unsubscribe="<https://apd.example/unsubscribe>"), True),
        (_mail("Rückruf: Auskunftsersuchen", 'Markus möchte die Nachricht "Auskunftsersuchen" zurückrufen.'), True),
        (_mail("Raport kwarantanny - 5 nowych", "Raport kwarantanny dla skrzynki privacy@shop.example.be",
               From="antyspam@serwer.example.pl"), True),
        (_mail("Πώς τα πήγαμε;", "Πόσο ικανοποιημένοι μείνατε από την εξυπηρέτηση;\n\nΤα προσωπικά σας δεδομένα "
               "επεξεργάζονται σύμφωνα με τον ΓΚΠΔ και την Πολιτική Απορρήτου μας."), True),
        # ...but a person answering a survey keeps its subject, and a person may speak of our automatic message
        (_mail("SV: Hur nöjd är du med ditt köp?", "Leveransen tog nio dagar. Får jag fri frakt nästa gång?"), False),
        # ...and a person quoting the survey they want no more, which a survey does not do
        (_mail("", 'Hoi, na elk telefoontje krijg ik een sms "hoe tevreden was u?". Ik wil die enquêtes niet meer.'),
         False),
        (_mail("Mesaje", "Vă rog nu-mi mai trimiteți mesaje după fiecare comandă („Cum a fost experiența ta?” etc.)."),
         False),
        (_mail("Re: [Αίτημα #48213]", "Έχουν περάσει έξι εβδομάδες από αυτό το αυτόματο μήνυμα. Θέλω να σβηστούν "
               "όλα τα στοιχεία μου."), False),
        # read receipts, whose subject is all that marks them
        (_mail("Прочетено: Re: Искане за достъп", "Вашето съобщение беше прочетено на 14.10.2026 г. 18:03."), True),
        (_mail("Läst: Begäran om registerutdrag", "Ditt meddelande lästes 2026-10-14 18:03."), True),
        # Italian certified mail (PEC) receipts
        (_mail("ACCETTAZIONE: Riscontro alla Sua richiesta", "Ricevuta di accettazione", X_Ricevuta="accettazione"), True),
        # an address no longer read, a message that says it was sent automatically
        (_mail("Re: Twoje zgłoszenie", "Ten adres nie jest już używany. Wiadomości nie są czytane.\n\n"
               "Nowy adres: anna@example.org\n--\nwiadomość wysłana automatycznie"), True),
        (_mail("Re: your request", "This address is no longer in use. Please write to ann@example.org."), True),
        # a person answering our automatic message, or with an out-of-office note in the signature
        (_mail("RE: Resposta automática: Confirmação", "Respondo à vossa mensagem automática: o código é 771204. "
               "Quero os meus dados num ficheiro CSV."), False),
        (_mail("Διαφημίσεις", "Δεν συμφωνώ να χρησιμοποιείτε το ιστορικό αγορών μου για να φτιάχνετε προφίλ. "
               "Σας παρακαλώ να το σταματήσετε. Τον λογαριασμό μου θέλω να τον κρατήσω, αλλά όχι τις διαφημίσεις "
               "σε Facebook και σε άλλες σελίδες με βάση όσα αγόρασα τα τελευταία χρόνια από εσάς.\n\n"
               "Ευχαριστώ,\nΓιώργος\n\nΤις Παρασκευές είμαι εκτός γραφείου· θα απαντήσω τη Δευτέρα."), False),
        # a request typed above a pasted bounce, in everyday words ("my account", "about me")
        (_mail("Andra försöket", "Ta bort mitt konto och allt ni har sparat om mig.\n\n-----------\n"
               "Det gick inte att leverera meddelandet till följande mottagare: privacy@shop.exmaple.be"), False),
        (_mail("Re: Ověření", "Omlouvám se, ta automatická odpověď „jsem mimo kancelář“ byla ode mě. "
               "Pořád bych rád věděl, jaké údaje o mně máte."), False),
        # ...but a person's submission of the shop's own form names the person's address
        (_mail("Contact form", "Name: Ann\nE-mail: ann@example.org\nMessage: please delete my data",
               From="wordpress@shop.example.be"), False),
        (_mail("Hello", "x", List_Id="<list.example.org>"), True),
        (_mail("Hello", "x", X_Failed_Recipients="a@b.example"), True),
        (_mail("Hello", "x", From="MAILER-DAEMON@mx.example.org"), True),
        (_mail("Hello", "x", From="Mail Delivery System <relay@mx.example.org>"), True),
        (_mail("Automatic reply: your mail", "I am out of the office until Monday."), True),
        (_mail("Abwesenheitsnotiz", "Ich bin nicht im Büro."), True),
        (_mail("Re: confirm", "I am out of the office until Monday."), True),
        # a person who mentions being away, but asks about their data
        (_mail("Re: confirm", "I was out of the office last week. Please delete my data now."), False),
        (_mail("Out of office", "Sorry I am away until Monday, but please send me a copy of my personal data."), False),
        (_mail("Question about your out-of-office policy", "Do your staff answer mail during holidays?"), False),
        # a staff member asking about her own leave under a subject like an auto-reply's
        (_mail("Godišnji odmor za Božić", "Bok, može li mi netko reći do kada moramo predati zahtjeve za "
               "godišnji za prosinac? Htjela bih uzeti od 21. 12. do 2. 1.\nHvala!\nNikolina"), False),
        (_mail("Godišnji odmor", "Na godišnjem sam odmoru do 2. 1. Za hitne stvari javite se kolegici Ani."), True),
        # ...but a question after the auto-reply's notice ("Urgent? Call Ana") is the auto-reply's
        (_mail("Godišnji odmor", "Na godišnjem odmoru sam do 2. 1. Hitno? Nazovite kolegicu Anu."), True),
        # a person who asks an ordinary question first and mentions a trip after it
        (_mail("Where's my order?", "Hi, ordered a lamp on the 2nd, tracking hasn't moved since Thursday. "
               "Any idea when it'll turn up? I'm away from the 20th so it'd be nice to have it before then."), False),
        (_mail("Re: confirm", "Hello. I'm away from the office until Monday 3 November. Can it wait?"), True),
        # the leave told in the past is a person's story ("I was on sick leave, can I pay in instalments")
        (_mail("Cerere eșalonare plată", "Bună ziua, din cauza unei probleme de sănătate am fost în concediu "
               "medical două luni și nu pot achita toată suma acum. Este posibilă o eșalonare în 3 rate?"), False),
        (_mail("Ratenzahlung", "Guten Tag, ich war zwei Monate krankgeschrieben und kann die Rechnung nicht auf "
               "einmal bezahlen. Geht eine Ratenzahlung?"), False),
        (_mail("Absent", "Je suis en arrêt maladie jusqu'au 12 mars. Votre message ne sera pas transféré."), True),
        (_mail("Fwd: Undeliverable", "My mail bounced, see below. What data do you hold on me?\n\n"
               "---------- Forwarded message ---------\nDelivery has failed to these recipients or groups:"), False),
        (_mail("Delete my account", "Please delete my account. Thanks"), False),
        # a web form sends from no-reply@ with the person in Reply-To: a person
        (_mail("Contact form", "Name: Ann\nMessage: what data do you hold on me?",
               From="Website <no-reply@shop.example.be>", Reply_To="ann@example.org"), False),
        # ...but not when its text says it is a robot, nor a mailer-daemon with a Reply-To
        (_mail("Ticket 123", "Ihre Anfrage ist eingegangen. Bitte antworten Sie nicht auf diese E-Mail.",
               From="noreply@helpdesk.example", Reply_To="support@helpdesk.example"), True),
        (_mail("x", "x", From="MAILER-DAEMON@mx.example.org", Reply_To="postmaster@mx.example.org"), True),
        # a small company's administrator writes by hand from postmaster@, in a mail program;
        # the same words without one (or from a mailer-daemon) are a system's
        (_mail("Ihre Mails an unsere Mitarbeiterin", "Frau Eder bittet Sie, sie aus Ihrem Verteiler zu nehmen.",
               From="Postmaster <postmaster@tischlerei.example.at>", X_Mailer="Microsoft Outlook 16.0"), False),
        (_mail("Ihre Mails an unsere Mitarbeiterin", "Frau Eder bittet Sie, sie aus Ihrem Verteiler zu nehmen.",
               From="Postmaster <postmaster@tischlerei.example.at>"), True),
        (_mail("x", "x", From="MAILER-DAEMON@mx.example.org", X_Mailer="Microsoft Outlook 16.0"), True),
        # localized, relayed without robot headers
        (_mail("Ausência: Re: Pedido de apagamento", "Encontro-me ausente em férias até 15 de agosto."), True),
        (_mail("Urlop", "Dzień dobry, przebywam na urlopie do 2 września."), True),
        # away from home, on a business trip, answering when back: in plain words, no header
        (_mail("Re: Twoje żądanie", "Dzięki za maila :)\nJestem poza domem do 23 listopada i raczej nie będę "
               "sprawdzał poczty.\nOdpiszę jak wrócę."), True),
        (_mail("Командировка", "Благодаря за писмото!\nВ момента съм в командировка и ще отговоря след 20 ноември."), True),
        (_mail("Konto", "Jestem poza domem do piątku, ale proszę usunąć moje dane i konto."), False),
        # an out-of-office note in a person's signature, below their request and a separator line
        (_mail("Ny adress", "Hej,\njag har flyttat, ändra adressen i mitt kundkonto till Norra Vallgatan 14, Malmö.\n"
               "Tack!\n/Emma\n\n---\nJag är tjänstledig 1/12–15/12 och läser inte mejl."), False),
        (_mail("Mancato recapito del messaggio", "Il messaggio non è stato consegnato ai seguenti destinatari"), True),
        (_mail("Absence de réponse", "Je n'ai reçu aucune réponse à ma demande d'effacement de mes données."), False),
        (_mail("", ""), False),
        # a bounce subject over a person's words about their data is a person...
        (_mail("Delivery failure? I never got my data copy", "I asked for a copy of my personal data "
               "in June and nothing arrived. This is my second request."), False),
        (_mail("Mail delivery failed: dati errati", "Nel mio profilo i dati sono sbagliati, "
               "vi chiedo di limitarne il trattamento."), False),
        # ...and a bare bounce subject over a text that asks nothing is a robot
        (_mail("Undeliverable: Confirm your request", "Your message could not be delivered."), True),
        (_mail("Undelivered Mail Returned to Sender", "host mx.example.org said: 550 user unknown"), True),
        # helpdesk software acknowledging a ticket
        (_mail("[Acme] Re: Confirm your request", "##- Please type your reply above this line -##\n\n"
               "Your request (48213) has been received and is being reviewed by our support staff."), True),
        (_mail("Re: x", "Uw verzoek #55102 is ontvangen. We nemen zo snel mogelijk contact op."), True),
        # ... and the Greek "your request (48213) has been received", below the reply marker
        (_mail("[Αίτημα #48213] Διαγραφή στοιχείων", "##- Πληκτρολογήστε την απάντησή σας πάνω από αυτή τη "
               "γραμμή -##\n\nΤο αίτημά σας (48213) ελήφθη και εξετάζεται από την ομάδα υποστήριξης."), True),
        (_mail("Διαγραφή στοιχείων", "Το αίτημά σας #48213 καταχωρήθηκε. Θα σας απαντήσουμε εντός 5 ημερών."),
         True),
        # ... but a person writing through a helpdesk, under its reply marker, is a person
        (_mail("[#118377] Αίτημα", "##- Πληκτρολογήστε την απάντησή σας πάνω από αυτή τη γραμμή -##\n\n"
               "Καλησπέρα, διαγράψτε τα στοιχεία μου από τη λίστα σας."), False),
        (_mail("Nous avons bien reçu votre demande", "Merci.", X_SFDC_EmailCategory="caseAutoResponse"), True),
        (_mail("Recebemos o seu pedido (#1284)", "Olá,\n\nO seu pedido foi recebido e tem a referência #1284."), True),
        # an out-of-office that sends privacy questions elsewhere asks nothing itself...
        (_mail("Confirme su solicitud", "Estaré fuera del despacho del 5 al 26 de agosto. Para cuestiones de "
               "protección de datos (acceso, supresión), escriba a nuestro delegado: dpd@firma.example."), True),
        # ...but a person who is away and asks, with their own address in the sentence, is a person
        (_mail("Re: confirm", "I am out of the office until Monday. Please delete my data, "
               "and contact me at ann@example.org when it is done."), False),
        # a person whose own address looks like a no-reply one, about their own record
        (_mail("Falsche Adresse", "In meinem Kundenkonto ist meine alte Anschrift gespeichert. Bitte korrigieren.",
               From="noreply.jan.becker@posteo.example"), False),
        (_mail("Your account", "We updated how we process your data.", From="noreply@saas.example"), True),
        # a mail service's VERP bounce address, unless a web form put the person in Reply-To
        (_mail("New sign-in", "We noticed a new sign-in.", From="security@planwise.example",
               Return_Path="<bounces+3188-9b2e=shop.example.be@em7731.planwise.example>"), True),
        (_mail("Contact form", "Please delete my account.", From="forms@shop.example.be",
               Reply_To="ann@example.org", Return_Path="<bounces+77@em12.shop.example.be>"), False),
        # ...or unless it carries a person's request: request tools send through mail services
        # (bulk marketing must carry List-Unsubscribe, which stays a robot signal)
        (_mail("Erasure request - Dana Whitcombe", "On behalf of our user Dana Whitcombe: she asks that you erase "
               "all personal data you hold about her under Article 17 GDPR.", From="requests+dw81@erasepilot.example",
               Return_Path="<bounces+2290113-c1a0-privacy=shop.example.be@em.erasepilot.example>"), False),
        (_mail("Spring sale", "Our spring sale starts today. Unsubscribe | Privacy policy: we process your personal "
               "data under the GDPR.", From="news@shop.example",
               Return_Path="<bounces+51-aa=x.example@em3.shop.example>", List_Unsubscribe="<https://x.example/u>"),
         True),
        # a request typed above a pasted bounce is a person
        (_mail("RV: Mail delivery failed", "Por favor, borren mi cuenta y todos mis datos personales.\n\n"
               "This message was created automatically by mail delivery software."), False),
        # a contact form says it sent the message automatically; the person it relays asks
        (_mail("[Formularz kontaktowy] Nowa wiadomość", "Ta wiadomość została wysłana automatycznie z formularza "
               "kontaktowego.\n\nImię i nazwisko: Paweł\nTreść wiadomości:\nProszę o przesłanie moich danych w pliku "
               "CSV.", From="Formularz kontaktowy <no-reply@shop.example.be>", Reply_To="pawel@interia.example"), False),
        (_mail("Your order has shipped", "This message was sent automatically. Your order 1234 has shipped.",
               From="Shop <no-reply@shop.example>", Reply_To="support@shop.example"), True),
        # Italian certified mail refusing ordinary mail: the notice quotes our subject
        (_mail("AVVISO DI MANCATA CONSEGNA: Re: Sua richiesta di cancellazione dei dati personali",
               "Il messaggio \"Re: Sua richiesta di cancellazione dei dati personali\" non è stato consegnato.",
               From="Posta Certificata <posta-certificata@pec.example.it>", X_Trasporto="errore",
               X_Riferimento_Message_ID="<1@shop.example.be>"), True),
        # a DPO's auto-reply: the title in the signature and the disclaimer ask nothing
        (_mail("Afwezig: bevestiging verwerking klantgegevens", "Goeiedag,\n\nIk ben met vakantie tot en met 19 "
               "augustus.\n\nEls Van den Broeck\nFunctionaris voor gegevensbescherming\n\nDisclaimer: dit bericht "
               "kan persoonsgegevens bevatten. Hebt u dit bericht per vergissing ontvangen, verwittig dan de "
               "afzender en verwijder het."), True),
        (_mail("Αυτόματη απάντηση: Ερώτημα", "Το μήνυμά σας παρελήφθη από το Τμήμα Πρωτοκόλλου.\n\nΓια θέματα "
               "προσωπικών δεδομένων επικοινωνήστε με τον Υπεύθυνο Προστασίας Δεδομένων: dpo@dimos.example.gr"),
         True),
        # ...but a person answering under such a subject, asking about their own data, is not
        (_mail("Re: Afwezig", "Ik ben terug. Verwijder mijn gegevens, ik heb geen account meer nodig."), False),
        # auto-replies stripped of their headers by a relay
        (_mail("Re: Bevestiging: uw gegevens werden aangepast", "Dag,\n\nIk ben op reis en lees mijn mails pas "
               "terug vanaf 30 september.\n\nGroetjes\nMarleen"), True),
        (_mail("Re: confirm", "Diese E-Mail-Adresse wird nicht mehr abgerufen. Ihre Nachricht wurde nicht weitergeleitet."), True),
        (_mail("Chiusura estiva", "Per la chiusura estiva i nostri uffici resteranno chiusi dal 9 al 25 agosto."), True),
        (_mail("Please confirm your request", "Jag är sjukskriven och läser inte min e-post."), True),
        (_mail("Please confirm your request", "Thank you, your message has been received. We answer within 5 days."), True),
        # "this is an automatic reply" as a sentence of its own, "do not answer this e-mail"
        (_mail("Re: Objednávka 4411", "Dobrý den,\n\nzprávu jsme dostali. Na tento e-mail prosím neodpovídejte."), True),
        (_mail("Re: Narudžba", "Hvala na poruci.\n\nOva poruka poslana je automatski.\nIvana"), True),
        (_mail("Re: Comanda 12", "Acesta este un răspuns automat. Revenim în curând."), True),
        # ...but a person speaking of our automatic message is a person
        (_mail("Re: [Richiesta #771] Abbiamo ricevuto il suo messaggio", "So che questo è un messaggio automatico, "
               "ma toglietemi dalla newsletter."), False),
        (_mail("Re: Ihre Anfrage", "Ich weiß, dies ist eine automatische Antwort von Ihnen. Löschen Sie meine Daten."),
         False),
        # a helpdesk ticket opened under a number (Greek), or received and given a ticket number
        (_mail("[Αίτημα #77] Λάβαμε το μήνυμά σας", "Το αίτημά σας καταχωρήθηκε με αριθμό 55120."), True),
        (_mail("[#5512] Received", "Your request has been received and assigned ticket number #5512."), True),
        # a helpdesk closing a ticket, even one titled with privacy words...
        (_mail("Ticket gesloten [#4410]", 'Uw ticket #4410 "Verwijder mijn account" is gesloten.'), True),
        (_mail("Ärende #8812", "Vi har stängt ditt ärende #8812 eftersom vi inte hört av dig."), True),
        # ...but a person telling that their ticket was closed asks about their data
        (_mail("Ticket closed", "Your ticket #4410 was closed, but you never deleted my account. Do it now."), False),
        # e-signature notices (the document's title names data without asking)
        (_mail('Umowa "Powierzenie przetwarzania danych" została podpisana i zarchiwizowana',
               'Umowa "Powierzenie przetwarzania danych" została podpisana i zarchiwizowana.'), True),
        (_mail("Signed", "Hi, we both signed the processing agreement; my copy is attached. Please delete my old "
               "contract data."), False),
        # double opt-in confirmations, with "delete it" in the fine print
        (_mail("Vă rugăm să confirmați abonarea", "Vă rugăm să confirmați abonarea\n\nDacă ați primit acest e-mail "
               "din greșeală, ștergeți-l."), True),
        (_mail("Newsletter", "Bevestig uw inschrijving:\nhttps://news.example/optin/81"), True),
        # ...but a person who does not want to confirm a subscription is a person
        (_mail("Newsletter", "I never asked for this. I will not confirm your subscription, delete my address."),
         False),
        # satisfaction survey (Romanian)
        (_mail("Cum a fost experiența dumneavoastră?", "Cât de mulțumit sunteți de răspunsul primit?"), True),
        # calendar answers that carry their iCalendar reply, whatever text the program adds
        (_CALENDAR_REPLY, True),
        # Italian PEC: the envelope carrying a person's letter is that person's mail
        (_mail("POSTA CERTIFICATA: Richiesta di accesso", "Messaggio di posta certificata\n\nVorrei una copia dei "
               "miei dati personali.", X_Trasporto="posta-certificata", X_Riferimento_Message_ID="<1@pec.example.it>",
               From="posta-certificata@pec.example.it", Reply_To="anna@pec.example.it"), False),
        (_mail("CONSEGNA: Riscontro", "Ricevuta di avvenuta consegna", X_Riferimento_Message_ID="<2@shop.example.be>",
               From="posta-certificata@pec.example.it"), True),
        # a quarantine digest lists the subjects of the mails it holds: they ask nothing
        (_mail("Résumé de la quarantaine : 2 nouveaux messages", "Les messages suivants ont été mis en quarantaine.\n\n"
               "Expéditeur : yvette@example.fr\nObjet : Droit à l'effacement - suppression de mon compte\n"
               "Raison : Pièce jointe suspecte\n", From="Sophos Email <do-not-reply@central.sophos.com>"), True),
        # ...but a person writing from a no-reply address of their own asks in their own words
        (_mail("Objet: mes données", "Objet : ma demande\nJe vous prie de supprimer mon compte et mes données.",
               From="Jan <noreply.jan@example.org>"), False),
        (_mail("Complete with Docusign: DPA.pdf", "Dana sent you a document to review and sign.",
               X_DocuSign_Envelope_ID="3F1A9C2E-7B40-4D8E-A6C1-92E0B5D7F314"), True),
        (_mail("Potwierdź zapis do newslettera", "Aby potwierdzić zapis, kliknij w poniższy link:\n"
               "https://news.example/c/confirm/8kq2"), True),
        (_mail("RE: Zahtjev", "Poštovani,\n\nTajništvo je zatvoreno od 20. do 27. studenoga zbog godišnjeg odmora. "
               "Poruke se neće čitati."), True),
        # a person going on holiday who asks for their data now is a person ("kunduppgifter":
        # compounds of "my ... data" in Swedish, German and Dutch)
        (_mail("Mina uppgifter", "Hej! Jag är på semester hela nästa vecka, så jag skriver redan nu.\n\nJag vill ha ut "
               "alla mina kunduppgifter i ett maskinläsbart format."), False),
        (_mail("Urlaub", "Ich bin ab dem 3. im Urlaub. Bitte schicken Sie mir vorher meine Kundendaten."), False),
        # a surname is no word about data: "Laura Soldati" under an Italian out-of-office
        (_mail("Risposta automatica: richiesta", "Sono assente dall'ufficio fino a lunedì.\n\nCordiali saluti\n"
               "Laura Soldati"), True),
        # scan to e-mail: the device names itself in X-Mailer, its From name or its Message-ID...
        (_mail("Scanned image", "Pages: 1\nFile type: PDF", From='"RICOH IM C4500" <scan@firm.example>',
               X_Mailer="RICOH IM C4500"), True),
        (_mail("Documento digitalizado", "Páginas: 3", From="BRN30055C1A2B3C <scan@firm.example>"), True),
        # ...but a note typed on the device or in the phone app is a person
        (_mail("Scan - letter to Shop", "Hello, attached is my signed letter. You still send me catalogues although "
               "I moved away two years ago and asked you twice on the phone to stop; keep my order history for the "
               "warranty, but do not use my address for anything else until this is sorted out. Tom",
               From='"HP ENVY 6400 series" <tom@example.org>', X_Mailer="HP ePrint Scan"), False),
        # fax and voicemail gateways: the caller's number in the subject, the gateway's opening line
        (_mail("Nouveau fax de +33 1 44 55 66 77 (3 pages)", "Vous avez reçu un nouveau fax.\n\nPages : 3",
               From="Fax <faxmail@operateur.example.fr>"), True),
        (_mail("New voice message from +32 470 11 22 33", "You have a new voice message.\n\nTranscript: "
               "\"Hi, please delete my account, thanks.\"", From="Phone <calls@pbx.example>"), True),
        # ...but a person forwarding their own voicemail adds "Fwd:" and their words
        (_mail("Fwd: New voice message from +32 470 11 22 33", "I left you this message, here it is in writing: "
               "please delete my account.\n\n-------- Forwarded --------\nYou have a new voice message."), False),
        # a webinar platform's registration with its invitation, or its reminder with a join link
        (_calendar_request("Academy <no-reply@webinars.example>", "Registration confirmed: GDPR basics",
                           "Thank you for registering for GDPR basics.", "noreply@webinars.example",
                           Reply_To="academy@assoc.example"), True),
        (_mail("Reminder: GDPR day starts in 1 hour", "Join: https://us06web.zoom.us/w/8821?tk=x\nPasscode: 7045",
               From="Zoom <no-reply@zoom.us>", Reply_To="events@assoc.example"), True),
        # ...but a person's own invitation, and a person who asks in it, are people
        (_calendar_request("Ann <ann@example.org>", "Call about my data", "Can we talk about my personal data?",
                           "ann@example.org"), False),
        (_mail("Webinar", "I registered at https://zoom.us/w/123 with my address, please delete my data.",
               From="Forms <no-reply@shop.example.be>", Reply_To="ann@example.org"), False),
        # a request portal's notice quotes the request it received: still the portal's robot
        (_mail("New request DSR-12", "A new request was submitted through your privacy portal.\n\nDue date: "
               "3 May\nMessage from the requester:\n\"Please delete my account and all my data.\"",
               From="Portal <no-reply@dsar-tool.example>"), True),
        # ...but a person who used the portal and complains is a person
        (_mail("Portal", "I submitted a new request via your privacy portal a month ago. Delete my data now."), False),
        # login alerts and pickup notices, unless the author asks about their data
        (_mail("Nueva sesión", "Hemos detectado un nuevo inicio de sesión en tu cuenta desde Windows.",
               From="Cuenta <seguridad@servicio.example>"), True),
        (_mail("Re: Neue Anmeldung", "Wir haben eine neue Anmeldung bei Ihrem Konto bemerkt? Das war ich nicht. "
               "Löschen Sie mein Konto."), False),
        (_mail("Zásilka čeká", "Zásilka Z 12 345 od odesílatele SHOP na vás čeká na výdejním místě."), True),
        (_mail("Paket", "Your parcel 4411 is waiting for you at the pickup point, you wrote. I never ordered it: "
               "delete my address."), False),
        # senders that are machines: monitoring, a bank's "automat", "notifications" in Romanian
        (_mail("Problem: disk full", "Host: db-01\nSeverity: High", From="Zabbix <zabbix@monitor.example>"), True),
        (_mail("Příjem na kontě", "Částka: 1 249,00\nAktuální zůstatek: 18 602,17", From="automat@banka.example"),
         True),
        (_mail("Cerere nouă", "Aveți o notificare nouă în cont.", From="Serviciu <notificari@serviciu.example>"), True),
        # our own acknowledgement pasted without quote marks, a new request written under it...
        (_mail("Fwd ack", "We registered your request under number P-88. Please do not reply to this message.\n"
               "Privacy team ShopExample\n\nHello, that was your answer. Now I also want a copy of my data."), False),
        # ...our brand written in words as our own mails sign it ("Shop Example"), a correction under it
        (_mail("Facture", "J'ai reçu ceci :\n------\nShop Example - Votre facture F-2204\nCeci est un e-mail "
               "automatique, merci de ne pas y répondre.\n------\n\nPourriez-vous corriger mon nom dans mon "
               "compte ?"), False),
        # ...but a robot's "do not reply" block that does not speak of us, or adds no request, is a robot
        (_mail("Notice", "Please do not reply to this message.\nPrivacy team ShopExample\n\nKind regards."), True),
        (_mail("Notice", "Please do not reply to this message. Mailer of other.example\n\nI want a copy of my data."),
         True),
        # phishing-awareness simulations mark their bait in a header
        (_mail("Verify your account", "Your data will be deleted. Verify now.", X_PHISHTEST="simulation"), True),
        (_mail("Verify your account", "Delete my data.", X_Mailer="gophish"), True),
        (_mail("Phishing?", "I received a phishing mail in your name. Delete my data.", X_Mailer="Thunderbird"), False),
        # a shop platform's template notice, but not its contact form relaying a person
        (_mail("Export ready", "Your export of personal data is ready.", X_Shopify_Email_Template="customer_export"), True),
        (_mail("Contact", "Please delete my data.", X_Shopify_Email_Template="contact_form"), False),
        # a newsletter platform or marketplace relays a person's words in quotation marks
        (_mail("Afmelding", 'Er heeft zich iemand afgemeld.\nReden: "ik wil mijn gegevens laten verwijderen"',
               From="Lijst <notificaties@lijst.example>"), True),
        (_mail("Solicitare", "Vă rog să ștergeți datele mele.", From="Ion <notificari@ion.example>"), False),
        # a CRM workflow notice: field lines and a quoted workflow name ask nothing
        (_mail("[CRM] Zapis obrisan", 'Obavijest (workflow "GDPR brisanje")\nVrsta zahtjeva: brisanje podataka\n\n'
               "Ovo je automatska poruka. Ne odgovarajte na nju."), True),
        (_mail("Brisanje", "Molim vas izbrišite moje podatke. Ne odgovarajte na nju automatski."), False),
        # a closed ticket whose history holds our own request, without diacritics
        (_mail("Tichet inchis", 'Tichetul dumneavoastra #7781 "Cerere" a fost inchis.\n-----\n'
               "privacy@shop.example.be, 16.11.2026\nVa rugam sa stergeti datele clientului.\n-----"), True),
        (_mail("Tichet", "Tichetul dumneavoastra #7781 a fost inchis, dar va rog sa stergeti datele mele."), False),
        # a service warning that an unused account will be deleted
        (_mail("Account deletion", "Nobody has logged in to your account for 24 months; we will delete its data.",
               From="Service <support@saas.example>"), True),
        (_mail("Old account", "Nobody has logged in to my old account for years. Please delete my account."), False),
        # an encryption gateway's envelope names its product; a person speaks of a secure message
        (_mail("[SECURE] Invoice", "You have received a secure message from ann@bank.example.\nOpen the attachment.",
               X_Proofpoint_Encryption="envelope"), True),
        (_mail("Secure message", "I received your secure message but cannot open it. Please delete my data."), False),
        # an e-filing office's receipt; a person who forwards one and asks
        (_mail("Potvrzení o přijetí podání", "Elektronická podatelna města potvrzuje přijetí Vaší zprávy.\n"
               "Číslo jednací: MMX 1/2026", From="podatelna@mesto.example"), True),
        (_mail("Fwd: Potvrzení", "Podatelna potvrzuje přijetí mé zprávy, ale prosím smažte moje osobní údaje."), False),
        # a challenge-response filter; a person whose own login asks to prove being human
        (_mail("Re: Your request", "Your message to ann@example.org is being held until you confirm you are a human.\n"
               "https://verify.guard.example/c/1", From="verify@guard.example"), True),
        (_mail("Login", "Your site keeps asking me to confirm you are a human at https://shop.example.be/login. "
               "Please just delete my account."), False),
        # an Exchange rule's reply; the same rule forwarding or redirecting a person, or a person away who asks
        (_mail("Tack för ditt mejl", "Vi har tagit emot ditt mejl. Skicka inte känsliga personuppgifter.",
               Thread_Topic="Fråga", X_MS_Exchange_Generated_Message_Source="Mailbox Rules Agent"), True),
        (_mail("FW: Order 1234", "Where is my order?", Thread_Topic="Order 1234",
               X_MS_Exchange_Generated_Message_Source="Mailbox Rules Agent"), False),
        (_mail("Order 1234", "Where is my order?", Thread_Topic="Order 1234",
               X_MS_Exchange_Generated_Message_Source="Mailbox Rules Agent"), False),
        (_mail("Semester", "Jag är på semester men radera mina uppgifter.", Thread_Topic="Fråga",
               X_MS_Exchange_Generated_Message_Source="Mailbox Rules Agent"), False),
        # an automatic acknowledgement says so in a sentence of its own; a person thanks for it
        (_mail("Re: Case 42", "Thank you.\n\nThis is an automated confirmation that your reply was added to case 42."),
         True),
        (_mail("Confirmation", "Thanks for the automated confirmation. I still want my data deleted."), False),
        # a shop platform's template notice; its contact form relays a person's order question
        (_mail("[Shop] Order #1001 placed by Ann", "Ann placed order #1001.", X_Shopify_Shop_Id="123",
               Reply_To="ann@example.org"), True),
        (_mail("New customer message", "You received a new message from your online store's contact form.\n"
               "Body: Where is my order #1001?", X_Shopify_Shop_Id="123", Reply_To="ann@example.org"), False),
        (_mail("Question", "Where is my order #1001?", X_Shopify_Email_Template="contact_form"), False),
        (_mail("Newsletter-Abonnement erfolgreich", "Sie haben unseren Newsletter erfolgreich abonniert.\n"
               "https://shop.example/static/Magento_Email/logo_email.png"), True),
        (_mail("Kontaktformular", "Name: Jan\nKommentar: Wo ist meine Bestellung?\n"
               "https://shop.example/static/Magento_Email/logo_email.png"), False),
        # a contact form's copy echoes this mailbox's address as the sender's field; a
        # person's model letter names it as the addressee's e-mail and asks
        (_mail("Ihre Nachricht", "Wir haben folgende Angaben erhalten.\nName: Datenschutz\n"
               "E-Mail: privacy@shop.example.be\nNachricht: Bitte rufen Sie uns an.", From="noreply@bakery.example"), True),
        (_mail("Esercizio di diritti", "Al titolare del trattamento: shop.example.be\n"
               "e-mail: privacy@shop.example.be\nChiedo l'accesso ai miei dati personali "
               "e una copia degli stessi."), False),
        # a one-person business's autoresponder without headers: cannot answer now, defers or
        # gives an emergency line; a person saying so and asking about their data is a person
        (_mail("Re: Your request", "Thanks for your message! I'm on a job all day and can't reply right now. "
               "I'll call you back tonight."), True),
        (_mail("Re: Uw verzoek", "Bedankt voor uw mail. Ik ben op een klus en kan nu niet antwoorden.\n"
               "Dringend? Bel 0470 12 34 56."), True),
        (_mail("Re: Ihre Anfrage", "Ich bin gerade auf der Baustelle und kann im Moment nicht antworten, "
               "aber löschen Sie bitte mein Konto."), False),
        (_mail("Re: Your request", "Thanks, I'll call you tomorrow about my order."), False),
        # "this mailbox is no longer read"; a person's new address without it is a correction
        (_mail("Re: Newsletter", "Cette boîte n'est plus consultée. Ma nouvelle adresse : anne@example.fr"), True),
        (_mail("New address", "I have a new address: please update it in your records to jan@new.example."), False),
        (_mail("Re: Nieuwsbrief", "Dit adres wordt niet meer gelezen. Verwijder mijn gegevens uit uw bestand."), False),
        # a person pastes their own out-of-office and asks below the signature line
        (_mail("Request for my data", "I am out of the office until Monday.\n\nJan\n\n-- \n"
               "Sorry, wrong text: please send me a copy of my personal data."), False),
        (_mail("Re: Request", "I am out of the office until Monday.\n\n-- \nJan Jansen\nSales manager"), True),
        # an organisation's acknowledgement of receipt (registered, forwarded or answered within
        # a period); a person who received our message and asks, or who received a parcel
        (_mail("Re: Ihre Anfrage", "Sehr geehrte Damen und Herren,\n\nwir haben Ihre Nachricht erhalten. "
               "Sie wurde unter der Nummer 2026/118 registriert.\n\nIhre Gemeindeverwaltung"), True),
        (_mail("Re: Your request", "I received your message, thanks; please also delete my account."), False),
        # a helpdesk opening a case: registered, and an agent will answer within a period
        (_mail("Caso 00482911: Hemos recibido su consulta", "Estimado cliente:\nHemos registrado su consulta con el "
               "número de caso 00482911.\nUn agente de nuestro equipo le responderá en un plazo máximo de 72 horas."), True),
        (_mail("Re: Delivery", "We received your parcel today, thank you. We will get back to you within a week "
               "about the invoice."), False),
        # a mail program's "Unsubscribe" button writes to our List-Unsubscribe mailto: the
        # person asked; a delivery report or a daemon with that subject is still a robot
        (_mail("unsubscribe", "This message was automatically generated by Gmail."), False),
        (_mail("Unsubscribe", "Ce message a été généré automatiquement par Mail pour vous désabonner d'une liste de "
               "diffusion."), False),
        (_mail("unsubscribe", "This message was automatically generated by Gmail.", Return_Path="<>"), True),
        (_mail("unsubscribe", "Your message could not be delivered.", From="MAILER-DAEMON@mx.example.org"), True),
        (_mail("Newsletter", "This message was automatically generated by Gmail."), True),
        # "sent automatically" and "(this is an automatically sent reply)" as the last line
        (_mail("Re: Votre demande [message en attente de validation]", "Votre message est en attente de validation. "
               "Confirmez que vous n'êtes pas un robot : https://validation.example/x\n\nCe message a été envoyé "
               "automatiquement, merci de ne pas y répondre."), True),
        (_mail("Re: Please confirm your request", "Dobrý den,\n\nod 2. 11. do 13. 11. jsem mimo kancelář.\n\n"
               "S pozdravem\nJana\n\n(Toto je automaticky odeslaná odpověď.)"), True),
        # a contact form's "sent automatically from our form" over a person's own request
        (_mail("[Formularz kontaktowy] Nowa wiadomość", "Ta wiadomość została wysłana automatycznie z formularza "
               "kontaktowego.\n\nTreść wiadomości:\nProszę o usunięcie moich danych osobowych.",
               From="Formularz <no-reply@shop.example.be>", Reply_To="Paweł <pawel@example.pl>"), False),
        # Outlook's plain-text read receipt quotes our subject, which asks nothing of its own
        (_mail("Letto: Re: Richiesta dati personali [PR-26-1207]", "Il messaggio\n\n    A: Giulia Ferrari\n"
               "    Oggetto: Re: Richiesta dati personali [PR-26-1207]\n    Inviato: martedì 3 novembre 2026 09:14\n\n"
               "è stato letto martedì 3 novembre 2026 11:02."), True),
        (_mail("Read: Re: your data", "Your message\n\n  To: Ann\n  Subject: Re: your data\n\nwas read on "
               "Tuesday, 3 November 2026 11:02."), True),
        # Google Calendar's answers name the invitation ("Αποδεκτή πρόσκληση:", "Invitation acceptée :")
        (_mail("Αποδεκτή πρόσκληση: Teleconference DPA @ Τρί 10 Νοε 2026", "Ο Δημήτρης αποδέχτηκε την πρόσκληση."),
         True),
        (_mail("Invitation acceptée : Réunion RGPD", "Marie a accepté cette invitation."), True),
        # a person forwards our order confirmation ("This is an automatic message...") in
        # Greek, asking about the parcel above it: the forwarded text is not theirs
        (_mail("Fwd: Your order confirmation #SE-2026-884120", "Καλησπέρα,\n\nΑκόμα δεν έχω λάβει το δέμα. "
               "Μπορείτε να μου πείτε τι συμβαίνει;\n\nΕλένη\n\n-------- Προωθημένο μήνυμα --------\n"
               "Από: Shop Example <orders@shop.example.be>\nΘέμα: Your order confirmation\n\nThank you for your "
               "order!\n\nThis is an automatic message, please do not reply."), False),
        (_mail("Letto: ho letto la vostra risposta", "Grazie, ho letto tutto. Ora però vorrei una copia dei miei dati."),
         False),
        # WordPress's own notice to the site's admin; its contact form, from the same
        # address under the site's name, relays the visitor named in Reply-To
        (_mail("[Shop Example Blog] Alcuni plugin sono stati aggiornati automaticamente", "Questi plugin sono ora "
               "aggiornati:\n- GDPR Data Request Forms (dalla versione 4.0.2 alla versione 4.0.3)",
               From="WordPress <wordpress@blog.shop.example.be>"), True),
        (_mail("Contact form: privacy", "Name: Sofie\nMessage: Please delete my account and my data.",
               From="Shop Example Blog <wordpress@blog.shop.example.be>", Reply_To="Sofie <sofie@example.be>"), False),
        # a service's notice says it writes to the mailbox as its account's administrator or
        # owner; a person's reply above our newsletter ("because you subscribed") asks
        (_mail("Plaćanje za oglase nije uspjelo", "Nismo uspjeli naplatiti iznos od 412,38 EUR. Ažurirajte podatke "
               "o kartici.\n\nOvu ste poruku primili jer ste administrator oglasnog računa Shop Example BV."), True),
        (_mail("Nouveaux cookies détectés", "Le scan a trouvé 12 nouveaux cookies.\n\nVous recevez cet e-mail car "
               "vous êtes administrateur du domaine shop.example.be."), True),
        (_mail("Re: Black Friday", "Please take me off this list and delete my address.\n\n> You are receiving "
               "this e-mail because you subscribed to our newsletter."), False),
        (_mail("Re: new cookies found", "I am the owner of this account. Please send me a copy of the personal data you "
               "hold about me.\n\nYou are receiving this e-mail because you are the owner of the account."), False),
        # a service's webhook event in its own header; a person's header that only looks so
        (_mail("Novo evento: Ana Rodrigues - Grupo de foco", "Um novo evento foi agendado.",
               From="Calendly <notifications@calendly.com>", Reply_To="ana@example.pt",
               X_Calendly_Event="invitee.created"), True),
        (_mail("Rights approved", "@lies.bakes said yes to your request.", X_Curato_Event="rights.approved"), True),
        (_mail("Foto's van de workshop", "Haal de foto van mijn zoon offline aub.", X_Event="Kerstmarkt Gent 2026"),
         False),
        # an auto-reply says "I am ill" (under a plain subject, so that only its text tells);
        # a parent says their child is
        (_mail("Re: workshop", "Ik ben momenteel ziek en lees mijn mails niet."), True),
        (_mail("Uitschrijven workshop zaterdag", "Ik kan zaterdag niet komen, mijn zoontje is ziek. "
               "Kan ik naar de sessie van 5 december?"), False),
        # cron mails a job's output (deleted files, data exported) to the addresses in MAILTO
        (_mail("Cron <vouchergen@batch01> /opt/vouchergen/run.sh", "Export an Versanddienstleister abgebrochen, "
               "Empfängerliste gelöscht.", From="root@batch01.example.be (Cron Daemon)",
               X_Cron_Env="<SHELL=/bin/sh>"), True),
        (_mail("Cron <backup@db1> /usr/local/bin/purge-old-accounts", "deleted 12 accounts",
               From="Cron Daemon <root@db1.example.be>"), True),
        # a notice whose Reply-To says "do not reply" in Polish is no web form with a person in it
        (_mail("Dokument podpisany przez wszystkie strony", "Pełnomocnictwo zostało podpisane. "
               "Pobierz dokument.", From="SygnaNet <powiadomienia@sygnanet.example.pl>",
               Reply_To="nie-odpowiadaj@sygnanet.example.pl"), True),
        (_mail("Formularz kontaktowy", "Imię: Anna\nWiadomość: proszę usunąć moje dane",
               From="Sklep <powiadomienia@shop.example.be>", Reply_To="anna.nowak@example.pl"), False),
        # "This is an automated message." in a helpdesk's acknowledgement, in Greek and Romanian
        (_mail("Λάβαμε το αίτημά σας [#71842]", "Λάβαμε το αίτημά σας και δημιουργήθηκε το εισιτήριο #71842.\n\n"
               "Αυτό είναι ένα αυτοματοποιημένο μήνυμα."), True),
        (_mail("Am primit solicitarea", "Am primit solicitarea dvs. Acesta este un mesaj automat."), True),
        # ...but a person who says our mail was automatic and asks for their data is a person
        (_mail("Re: Λάβαμε το αίτημά σας", "Ξέρω ότι αυτό είναι ένα αυτοματοποιημένο μήνυμα, αλλά θέλω "
               "να διαγράψετε τα δεδομένα μου."), False),
        (_mail("Re: Votre demande", "Je sais que ceci est un message automatique, mais supprimez mes données."),
         False),
        (_mail("Re: O seu pedido", "Sei que esta é uma mensagem automática, mas apaguem os meus dados."), False),
        (_mail("Re: Вашето искане", "Знам, че това е автоматично съобщение, но изтрийте моите данни."), False),
        # ...and in Bulgarian the usual word order: "данните ми" (the data of me), "изтрийте ме"
        (_mail("Re: Вашето искане", "Знам, че това е автоматично съобщение, но изтрийте данните ми."), False),
        (_mail("Re: Вашето искане", "Знам, че това е автоматично съобщение, но моля, изтрийте ме от базата."),
         False),
        # "This is an automatic notification" of an engraving workshop's tracking system, whose
        # note on how long the engraved text is kept speaks of data
        (_mail("Status narudžbe GR-26-3317", "Status Vaše narudžbe promijenjen je u: GRAVURA ZAVRŠENA.\n\n"
               "Tekst gravure i fotografija čuvaju se 30 dana radi reklamacija, a zatim se brišu.\n\n"
               "Ovo je automatska obavijest sustava za praćenje narudžbi."), True),
        (_mail("Avis de commande", "Ceci est une notification automatique. Votre gravure est terminée."), True),
        # a processor's weekly report "sent automatically every Monday" to the privacy contact...
        (_mail("Veckorapport v. 42", "Återkallade samtycken: 41, ansiktsdata raderade inom 24 h.\n"
               "Raderingsbegäranden verkställda: 12.\n\nDen här rapporten skickas automatiskt varje måndag "
               "till den registrerade dataskyddskontakten."), True),
        (_mail("Weekly report", "Deletion requests completed: 12.\n\nThis report is sent automatically every "
               "Monday to the data protection contact."), True),
        # ...but a person may say it of a digest they never asked for
        (_mail("Your weekly digest", "This digest is sent automatically every week and I never asked for it. "
               "Take me off your list and delete my data."), False),
        (_mail("Veckorapport", "Den här rapporten skickas automatiskt till mig varje vecka. Radera mina uppgifter."),
         False),
        # a notice's "please note that this is an automatic message" asks nothing
        (_mail("Votre demande", "Veuillez noter que ceci est un message automatique. Merci de ne pas y répondre."),
         True),
        # a notice full of the person's rights says what it is only in its closing lines, or
        # under its signature delimiter; an app named "Moja Orbita" is not the writer's "my"
        (_mail("Twoja karta SIM jest aktywna", "Twoja karta SIM została aktywowana.\n\nPrzysługuje Ci prawo "
               "dostępu do danych, ich sprostowania i usunięcia. Możesz też złożyć skargę do organu nadzorczego. "
               "Zgody zmienisz w aplikacji Moja Orbita > Profil > Zgody.\n\nZespół Orbita\n\n--\n"
               "Wiadomość została wygenerowana automatycznie. Prosimy na nią nie odpowiadać.",
               From="Orbita <powiadomienia@orbita.example>"), True),
        (_mail("Ihr Zähler ist aktiv", "Sie haben das Recht auf Auskunft, Berichtigung und Löschung Ihrer Daten "
               "und können sich bei der Datenschutzbehörde beschweren.\n\nIhr Kundenservice\n\n"
               "Diese E-Mail wurde automatisch erstellt.", From="Lumina <kundenservice@lumina.example>"), True),
        (_mail("Отчет", "Изтрити записи: 1 204. Получавате този отчет, защото сте посочени като контакт за "
               "защита на данните.", From="AirPortal <reports@airportal.example>"), True),
        # ...but a person who pastes such a notice under a request in the first person asks
        (_mail("SIM", "Usuńcie moje dane z tej rejestracji, nigdy nie kupiłam tej karty.\n\n"
               "Twoja karta SIM została aktywowana. Wiadomość została wygenerowana automatycznie. "
               "Prosimy na nią nie odpowiadać.", From="Anna <anna@example.pl>"), False),
        # a scam posing as the authority closes like a robot, but from a personal webmail box
        (_mail("Letzte Mahnung", "Gegen Ihr Unternehmen wurde ein Bußgeld wegen Verstoß gegen die DSGVO "
               "festgesetzt. Zahlen Sie innerhalb von 24 Stunden.\n\nDies ist eine automatisch erzeugte "
               "Nachricht. Bitte antworten Sie nicht.", From="Behörde <dsb.bussgeld77@yahoo.com>"), False),
        # a report naming the options customers chose ("save to my profile") is not the writer's "my"
        (_mail("Monthly processing report", "Face scans deleted at end of session: 1,152\nScans kept 30 days "
               "(\"save to my profile\"): 45\nErasure requests (\"Delete\n my scan now\" button): 12\n\n"
               "This message is sent automatically on the first working day of each month.",
               From="Try-On <reports@tryon.example>"), True),
        # a request service's case system "sent automatically on behalf of our client": an agent
        (_mail("Tredje påminnelse: obesvarad begäran om radering", "Vi har ännu inte fått något svar. Vi ber er "
               "att radera uppgifterna om vår kund.\n\nRadera.nu\nDetta meddelande skickades automatiskt av vårt "
               "ärendesystem för kundens räkning.", From="Radera.nu <arenden@radera.example>"), False),
        # Greek "and you don't even answer" is a person, "Do not reply." under a gateway's notice is not
        (_mail("Καταγγελία", "Δώσατε τη διεύθυνσή μου σε τρίτους και να μην απαντάτε καν. Υποβάλλω "
               "καταγγελία.", From="Μαρία <maria@example.gr>"), False),
        (_mail("[ESL] Ειδοποίηση", "37 ετικέτες εκτός σύνδεσης.\n\n-- \nΜήνυμα από την πύλη ESL. Μην απαντάτε.",
               From="esl-gw@stores.example.be"), True),
        # a footer line under the sender's address ends no sentence with a full stop; it is read
        # as a line of its own: "Message de service envoyé automatiquement - ne pas répondre."
        (_mail("Rappel de sécurité", "Pour exercer vos droits (accès, rectification, effacement) : "
               "dpo@heliox.example. Vous pouvez introduire une réclamation auprès de l'APD.\n\n"
               "Heliox Appliances Europe\nMessage de service envoyé automatiquement - ne pas répondre.",
               From="rappel@heliox.example"), True),
        (_mail("Kostenvoranschlag 2281", "Bitte bestätigen Sie den Kostenvoranschlag. Gespeicherte "
               "Benutzerprofile werden gelöscht.\n\nAutomatisch erstellt - Antworten an diese Adresse werden "
               "nicht bearbeitet.", From="werkstatt@zentauri.example"), True),
        # "this is a service message", "sent from the order system", "why you receive this"
        (_mail("Rechemare de siguranță", "Puteți consulta, corecta sau șterge datele din cont. Plângeri: "
               "ANSPDCP.\n\nAcesta este un mesaj de serviciu privind siguranța produsului.",
               From="rechemare@lenvio.example"), True),
        (_mail("Zlecenie RMA 26-118874", "Dysk został wymieniony, a uszkodzony nośnik zostanie zniszczony.\n\n"
               "-- \nCentrum Napraw Sp. z o.o., Poznań\nTa wiadomość została wysłana z systemu obsługi zleceń "
               "SerwisNet.", From="serwis@naprawy.example"), True),
        (_mail("Import klar", "I karantän: 1 204 (markerade \"radering begärd\": 131). De raderas efter 30 "
               "dagar.\n\nDu får det här meddelandet eftersom du är angiven som mottagare av importaviseringar.",
               From="jobs@corvalis.example"), True),
        (_mail("Dagrapport filiaal 0871", "Vraag gegevens wissen: 2 -> doorgestuurd naar centrale.\n\n"
               "Dit rapport wordt dagelijks om 06:00 aangemaakt voor filiaal 0871.",
               From="rapporten@franchisedesk.example"), True),
        # an arrow menu path ("Moje dane → Usuń konto") is not the writer's "my data"
        (_mail("Twoje konto", "Jeśli nie chcesz korzystać z konta, możesz je usunąć w ustawieniach konta "
               "(Moje dane → Usuń konto).\n\nTa wiadomość została wysłana automatycznie. Nie odpowiadaj na nią.",
               From="konto@accounts.shop.example.be"), True),
        # ...but a person who says why they write, or asks in the first person, is a person
        (_mail("Your newsletter", "You receive this e-mail because I want you to delete my data. Please do.\n\n"
               "Automatically generated.", From="Jo <jo@example.be>"), False),
        # "Automatic message - do not reply." and "This statement is generated automatically."
        (_mail("Спорът DP-BG-7781 е приключен", "Документите по спора се съхраняват 18 месеца и след това "
               "се изтриват. Картодържателят може да упражни правата си по ОРЗД.\n\n"
               "Автоматично съобщение - не отговаряйте.", From="disputes@balkanpay.example"), True),
        (_mail("Merchant statement April", "Requests of cardholders concerning their personal data (access, "
               "rectification, erasure) should be directed to dpo@acquira.example.\n\nThis statement is "
               "generated automatically.", From="reporting@acquira.example"), True),
        # sick leave told with its dates, or someone else's sick leave, is no auto-reply
        (_mail("Beschwerde", "Ich war vom 9. bis 27. März krankgeschrieben. Ihre Filiale hat meinem Chef "
               "gesagt, was ich gekauft habe. Ich reiche Beschwerde bei der Datenschutzbehörde ein.",
               From="Petra <petra@example.be>"), False),
        (_mail("Verifica", "Un nostro dipendente, attualmente in malattia, è stato visto nel vostro negozio. "
               "Potete dirci se era lì sabato?", From="HR <hr@azienda.example>"), False),
        (_mail("Afwezig", "Ik ben momenteel ziek en lees mijn mail niet.", From="Jan <jan@firma.example>"), True),
        # a claims agent's platform relays a person's request "on behalf of our client"
        (_mail("Reminder: unanswered erasure request", "This message was sent via the ClaimDesk platform on "
               "behalf of our client, who asked you to erase her data on 3 March.", From="ClaimDesk "
               "<cases@claimdesk.example>"), False),
        (_mail("Dagrapport", "Dit rapport wordt dagelijks aangemaakt en naar mij gestuurd. Verwijder mijn "
               "gegevens uit die lijst.", From="Jan <jan@example.be>"), False),
        # a person writing from a business's noreply@ quotes a notice they got ("... Do not reply
        # to this message.") and asks, outside the quotation, about their own record
        (_mail("servis - kriva adresa", 'Dobio sam ovu poruku od servisa:\n\n"Vaš uređaj je poslan na adresu '
               'Ilica 102. Ne odgovarajte na ovu poruku."\n\nAdresa je kriva. Molim vas ispravite adresu da mi '
               "ne lutaju pošiljke.\n\nAnte", From="Obrt <noreply@obrt.example>", X_Mailer="Microsoft Outlook 16.0"),
         False),
        (_mail("Karta", "Prosím smažte tu kartu a potvrďte mi to.\n\nLucie",
               From="Lucie <noreply-lucie@firma.example>"), False),
        # ...but the notice itself, quoting nothing and asking nothing of its own, stays a robot
        (_mail("Servis", 'Vaš uređaj je poslan na adresu "Ilica 102". Ne odgovarajte na ovu poruku.',
               From="Servis <noreply@servis.example>"), True),
        (_mail("Servis", 'Poruka: "Vaš uređaj je poslan. Ne odgovarajte na ovu poruku."',
               From="Servis <servis@servis.example>"), True),
        # a certified-mail notice's table of fields ("Remitente: / Enviada: / Asunto:") is no
        # quoted mail: its closing lines below still say what it is
        (_mail("Tiene una comunicación certificada pendiente", "Ruiz Abogados le ha enviado una comunicación "
               "certificada.\n\nIdentificador:   CF-26-4471903\nRemitente:       Ruiz Abogados\n"
               "Destinatario:    privacy@shop.example.be\nEnviada:         28/04/2026 18:26\n"
               "Asunto:          Requerimiento previo - conservación de datos\n\nPara leer el contenido pulse en el "
               "enlace.\n\nEste correo es automático. No responda a este mensaje.",
               From="CertiForma <avisos@certiforma.example>"), True),
        # a helpdesk numbering the request it received, in Spanish
        (_mail("[Pagonet] Re: Solicitud de supresión de datos", "Hola,\n\nHemos recibido su solicitud y le hemos "
               "asignado el número de ticket #482193. Un agente le responderá en 2 días.\n\nSoporte Pagonet",
               From="Soporte <soporte@pagonet.example>"), True),
        # receipts and reports sent by systems, named in the senders' languages
        (_mail("Kvitto för laddning 11 april", "Tack för att du laddar med Laddkraft!\n\nTotalt: 19,16 EUR",
               From="Laddkraft <kvitto@laddkraft.example>"), True),
        (_mail("Avräkningsrapport 2026-05-06", "Hej,\n\nhär kommer avräkningen för 2026-05-06.\n\n"
               "Nettoutbetalning: 45 672,89 EUR", From="NordKassa <rapporter@settle.nordkassa.example>"), True),
        # people writing from a system's address, under its automatic footer: they ask of their own record
        (_mail("interdiction levée - photo", "Je vous écris depuis l'adresse du garage.\n\nPuisque l'interdiction "
               "est levée, je demande que la photo et tout le dossier me concernant soient effacés.\n\nOlivier\n\n"
               "-- \nCe message a été envoyé automatiquement par GaragePro DMS.\nMerci de ne pas répondre à cette "
               "adresse.", From="Garage Dumont <noreply@garage-dumont.example>"), False),
        (_mail("SMS parcare", "Bună ziua,\n\nvă scriu de pe adresa cabinetului. Îmi retrag acordul pentru oferte "
               "prin SMS. Numărul meu: 0476 28 93 10.\n\nDr. Lavinia Pop\n\n-- \nAcest mesaj a fost generat de "
               "sistemul de programări.\nVă rugăm să nu răspundeți la acest mesaj.",
               From="Cabinet <notificari@cabinet-drpop.example>"), False),
        # a firm's confidentiality notice that calls itself automatic is no robot's footer
        (_mail("Richiesta di conservazione dei dati", "Spett.le Shop Example,\n\nscrivo per conto della mia "
               "assistita. Vi chiedo di non cancellare i dati della transazione dell'11 aprile.\n\nAvv. Galli\n\n"
               "-- \nStudio Legale Galli\n\n*** AVVISO DI RISERVATEZZA - messaggio generato automaticamente ***\n"
               "Il presente messaggio è destinato esclusivamente al destinatario indicato e può contenere "
               "informazioni riservate.", From="Studio Galli <segreteria@studiogalli.example>"), False),
        # a till's e-receipt says why it was sent ("Recibes este ticket porque ...")
        (_mail("Tu ticket digital", "TOTAL 9,20 EUR\n\nRecibes este ticket porque activaste el ticket digital en tu "
               "tarjeta de cliente. Para dejar de recibir tickets o eliminar tu cuenta, entra en la app.",
               From="Café <tickets@pos.cafelink.example>"), True),
        # a small business closed for its holidays, a vet on leave who sends GDPR requests
        # elsewhere, a Greek out-of-office in plain words
        (_mail("Re: Demande d'effacement", "Bonjour,\n\nNous sommes fermés pour congés du 27 avril au 3 mai "
               "inclus. Votre message sera traité dès notre retour.", From="Etangs <info@etangs.example>"), True),
        (_mail("Urlop", "Dzień dobry,\n\njestem na urlopie do 4 maja i nie czytam poczty.\nProśby o dane "
               "właścicieli (RODO) proszę kierować na adres rodo@vetpoint.example.",
               From="Joanna <j.mazur@vetpoint.example>"), True),
        (_mail("Re: Αίτημα διόρθωσης", "Καλησπέρα σας,\n\nλείπω σε άδεια έως τις 27 Απριλίου και δεν έχω "
               "πρόσβαση στο ηλεκτρονικό ταχυδρομείο.", From="Γιάννης <g.st@mail.example>"), True),
        # ...but a person on leave who asks about her data is a person
        (_mail("Προφίλ", "Βρίσκομαι σε άδεια μητρότητας έως τον Μάρτιο. Διαγράψτε τα δεδομένα μου.",
               From="Κατερίνα <k.v@mail.example>"), False),
        # a system signs its closing line with its name: "BakeOrder - αυτόματο μήνυμα"
        (_mail("Επιβεβαίωση παραγγελίας BK-61955", "Ευχαριστούμε για την παραγγελία σας!\n\nΤούρτα: σοκολάτα\n\n"
               "-- \nBakeOrder - αυτόματο μήνυμα", From="Bakery <orders@bakeorder.example>"), True),
        # a system names the template it filled in: no mail program adds such a header
        (_mail("Confirmação da encomenda 7743-0615", "Obrigado pela sua encomenda!\n\nPode consultar, corrigir ou "
               "apagar os seus dados em A minha conta > Privacidade.", From="Shop <encomendas@mail.shop.example.be>",
               X_SE_Template="order_confirmation_gift_pt"), True),
        # a long signature ends with the system's "automatic message - do not reply"
        (_mail("Очаква ви подарък!", "Здравейте,\n\nполучавате подарък.\n\n--\nKoshnitsaPodaruk.example\n"
               + "Данните ви като получател ни бяха предоставени от подателя. " * 8
               + "\nТова е автоматично съобщение – моля, не отговаряйте.", From="Shop <orders@kp.example>"), True),
        # a closing line naming the system that made it, under a report whose staff code
        # ("Berater: MA-0412") is no French "ma"
        (_mail("Scanbericht FS-STV-260418-007", "FootID Studio - Scanbericht\nBerater:         MA-0412\n"
               "Kunde:           Kundenkarte ****8841\n\nDieser Bericht enthält personenbezogene Daten.\n\n"
               "-- automatisch erzeugt von FootID Studio, bitte nicht antworten --",
               From="FootID <scanner@shop.example.be>"), True),
        # ...but a person pasting a notice's "Mensagem automática, não responda." stays a person
        (_mail("aviso", "Recebi isto hoje:\n\nOs seus dados constavam do ficheiro. Mensagem automática, não "
               "responda.\n\nQuero que apaguem a minha conta de vez.\n\nJoana", From="Joana <joana@mail.example>"),
         False),
    ],
)
def test_edge_cases(raw: bytes, robot: bool) -> None:
    assert (detect_automated(parse(raw)) is not None) is robot

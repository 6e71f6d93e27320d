"""Robot mail for the corpus: bounces from many MTAs, auto-replies, list and system mail."""

from __future__ import annotations

import random
import zlib
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid as _make_msgid

_COUNT = [0]


def make_msgid(domain: str) -> str:
    # deterministic ids, so regenerating the corpus changes nothing
    _COUNT[0] += 1
    return f"<robot.{_COUNT[0]}@{domain}>"

OUR = "privacy@shop.example.be"
ORIG_SUBJECT = "Your privacy request: please confirm your address [case 7F3K]"
ORIG_BODY = ("Hello,\n\nWe received your request to delete your personal data. Please confirm that "
             "this address is yours by replying to this mail.\n\nPrivacy team\n")


def _original() -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = OUR
    msg["To"] = "jan.peeters@example.org"
    msg["Subject"] = ORIG_SUBJECT
    msg["Message-ID"] = make_msgid(domain="shop.example.be")
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content(ORIG_BODY)
    return msg


def _dsn(sender: str, subject: str, human: str, status: str, diagnostic: str, mta: str, *, null_path: bool = True) -> bytes:
    """A multipart/report DSN (RFC 3464), written out by hand as MTAs do."""
    boundary = f"dsn-{zlib.crc32((sender + subject).encode()):08x}"
    head = [f"From: {sender}", f"To: {OUR}", f"Subject: {subject}", f"Message-ID: {make_msgid(domain=mta)}",
            "MIME-Version: 1.0",
            f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"']
    if null_path:
        head.insert(0, "Return-Path: <>")
    original = _original().as_string()
    parts = [
        f"--{boundary}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{human}\n",
        f"--{boundary}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\n\n"
        f"Final-Recipient: rfc822; jan.peeters@example.org\nAction: failed\nStatus: {status}\n"
        f"Diagnostic-Code: smtp; {diagnostic}\n",
        f"--{boundary}\nContent-Type: message/rfc822\n\n{original}\n",
        f"--{boundary}--\n",
    ]
    return ("\n".join(head) + "\n\n" + "".join(parts)).encode("utf-8")


def _plain(headers: dict[str, str], body: str) -> bytes:
    msg = EmailMessage()
    for key, value in headers.items():
        msg[key] = value
    msg.set_content(body)
    return msg.as_bytes()


BOUNCES = [
    ("postfix-550-user-unknown", "MAILER-DAEMON@mail.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
     "This is the mail system at host mail.example.org.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
     "<jan.peeters@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1\n    <jan.peeters@example.org>: Recipient address rejected: User unknown\n", "5.1.1", "550 5.1.1 User unknown", "mail.example.org"),
    ("postfix-452-mailbox-full", "MAILER-DAEMON@smtp.isp.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
     "This is the mail system at host smtp.isp.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<marie@isp.example>: 552 5.2.2 mailbox full\n", "5.2.2", "552 5.2.2 Mailbox full", "smtp.isp.example"),
    ("gmail-address-not-found", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
     "** Address not found **\n\nYour message wasn't delivered to jan.peeters@example.org because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n", "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist", "mx.google.com"),
    ("gmail-delay", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)",
     "** Message not delivered yet **\n\nThere was a temporary problem delivering your message to lukas@web.example. Gmail will retry for 46 more hours.\n", "4.4.1", "421 4.4.1 connection timed out", "mx.google.com"),
    ("exchange-ndr-en", "Microsoft Outlook <postmaster@contoso.example>", f"Undeliverable: {ORIG_SUBJECT}",
     "Delivery has failed to these recipients or groups:\n\nemma.janssens@contoso.example\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.\n\nDiagnostic information for administrators:\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound", "contoso.example"),
    ("exchange-ndr-de", "Microsoft Outlook <postmaster@firma.example>", f"Unzustellbar: {ORIG_SUBJECT}",
     "Die Nachricht konnte nicht zugestellt werden an folgende Empfänger oder Gruppen:\n\nlukas.schmidt@firma.example\nDie eingegebene E-Mail-Adresse wurde nicht gefunden.\n", "5.1.1", "550 5.1.1 User unknown", "firma.example"),
    ("exchange-ndr-fr", "Microsoft Outlook <postmaster@societe.example>", f"Non remis : {ORIG_SUBJECT}",
     "Le message n'a pas pu être remis aux destinataires ou groupes suivants :\n\nmarie.dubois@societe.example\nL'adresse de messagerie que vous avez entrée est introuvable.\n", "5.1.1", "550 5.1.1 User unknown", "societe.example"),
    ("exchange-ndr-nl", "Microsoft Outlook <postmaster@bedrijf.example>", f"Onbestelbaar: {ORIG_SUBJECT}",
     "Het bericht kon niet worden bezorgd bij deze geadresseerden of groepen:\n\njan@bedrijf.example\nHet e-mailadres dat u hebt opgegeven, is niet gevonden.\n", "5.1.1", "550 5.1.1 User unknown", "bedrijf.example"),
    ("office365-spam-block", "postmaster@outlook.com", "Undeliverable: Re: your request",
     "Your message to ana.silva@outlook.com couldn't be delivered.\nana.silva wasn't found at outlook.com.\n", "5.7.1", "550 5.7.1 Service unavailable, Client host blocked", "outlook.com"),
    ("exim-dsn-report", "Mail Delivery System <Mailer-Daemon@mx.host.example>", "Mail delivery failed: returning message to sender",
     "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  piotr@host.example\n    Unrouteable address\n", "5.0.0", "550 Unrouteable address", "mx.host.example"),
]

PLAIN_BOUNCES = [
    ("qmail-failure-notice", {"From": "MAILER-DAEMON@mail.qmail.example", "Subject": "failure notice", "Return-Path": "<>"},
     "Hi. This is the qmail-send program at mail.qmail.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<jana@qmail.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n" + ORIG_BODY),
    ("sendmail-returned-mail", {"From": "Mail Delivery Subsystem <MAILER-DAEMON@relay.example>", "Subject": "Returned mail: see transcript for details", "Auto-Submitted": "auto-generated (failure)"},
     "The original message was received at Mon, 3 Jun 2024 10:12:01 +0200\nfrom localhost [127.0.0.1]\n\n   ----- The following addresses had permanent fatal errors -----\n<ivana@relay.example>\n    (reason: 550 5.1.1 <ivana@relay.example>... User unknown)\n\n   ----- Transcript of session follows -----\n... while talking to mx.relay.example.:\n>>> RCPT To:<ivana@relay.example>\n<<< 550 5.1.1 User unknown\n"),
    ("exim-plain-x-failed-recipients", {"From": "Mail Delivery System <Mailer-Daemon@exim.example>", "Subject": "Mail delivery failed: returning message to sender", "X-Failed-Recipients": "erik@exim.example"},
     "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  erik@exim.example\n    mailbox is full: retry timeout exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\n" + ORIG_BODY),
    ("content-only-postfix-forwarded-by-relay", {"From": "relay-notices@isp.example", "Subject": "Delivery problem"},
     "This is the mail system at host relay.isp.example.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n<mette@isp.example>: 550 5.1.1 User unknown\n"),
    ("mdaemon-delivery-failure", {"From": "MDaemon@mail.firm.example", "Subject": "Message delivery failure", "Return-Path": "<>"},
     "Unable to deliver message to the following recipients:\n\nkadri@firm.example - 550 No such user\n\n" + ORIG_BODY),
    ("yahoo-failure", {"From": "MAILER-DAEMON@yahoo.com", "Subject": "Failure Notice"},
     "Sorry, we were unable to deliver your message to the following address.\n\n<tom.baker@yahoo.example>:\n554: delivery error: dd This user doesn't have a yahoo.com account\n"),
]

# (name, lang, family headers, subject, body)
AUTO_REPLIES = [
    ("exchange-automatic-reply-en", "en", "exchange", "Automatic reply: {s}", "Thank you for your email. I am currently out of the office with limited access to email until 14 June. For urgent matters please contact my colleague at office@contoso.example."),
    ("exchange-automatische-antwort-de", "de", "exchange", "Automatische Antwort: {s}", "Vielen Dank für Ihre Nachricht. Ich bin bis zum 12. Juli nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@firma.example."),
    ("exchange-automatisch-antwoord-nl", "nl", "exchange", "Automatisch antwoord: {s}", "Bedankt voor uw bericht. Ik ben momenteel afwezig tot en met 20 augustus. Uw mail wordt niet doorgestuurd."),
    ("exchange-reponse-automatique-fr", "fr", "exchange", "Réponse automatique : {s}", "Bonjour, je suis actuellement absent du bureau et serai de retour le 2 septembre. Pour toute urgence, contactez le standard."),
    ("outlook-respuesta-automatica-es", "es", "exchange", "Respuesta automática: {s}", "Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes 5 de agosto, con acceso limitado al correo."),
    ("outlook-risposta-automatica-it", "it", "exchange", "Risposta automatica: {s}", "Grazie per il messaggio. Sono fuori ufficio fino al 28 agosto. Per urgenze scrivere a segreteria@azienda.example."),
    ("outlook-resposta-automatica-pt", "pt", "exchange", "Resposta automática: {s}", "Obrigado pelo seu e-mail. Estou ausente do escritório até dia 10 de setembro."),
    ("outlook-odpowiedz-automatyczna-pl", "pl", "exchange", "Odpowiedź automatyczna: {s}", "Dziękuję za wiadomość. Jestem na urlopie do 15 sierpnia. W pilnych sprawach proszę o kontakt z biurem."),
    ("outlook-automaticka-odpoved-cs", "cs", "exchange", "Automatická odpověď: {s}", "Děkuji za zprávu. Do 20. 8. jsem na dovolené a nemám přístup k e-mailu."),
    ("outlook-autosvar-sv", "sv", "exchange", "Autosvar: {s}", "Tack för ditt mejl. Jag är på semester till och med 9 augusti och läser inte e-post."),
    ("outlook-automatisk-svar-da", "da", "exchange", "Automatisk svar: {s}", "Tak for din mail. Jeg er på ferie indtil 12. august."),
    ("outlook-automaattinen-vastaus-fi", "fi", "exchange", "Automaattinen vastaus: {s}", "Kiitos viestistäsi. Olen lomalla 18.7. asti."),
    ("outlook-automatikus-valasz-hu", "hu", "exchange", "Automatikus válasz: {s}", "Köszönöm levelét. Augusztus 20-ig szabadságon vagyok."),
    ("outlook-raspuns-automat-ro", "ro", "exchange", "Răspuns automat: {s}", "Vă mulțumesc pentru mesaj. Sunt în concediu până pe 1 septembrie."),
    ("outlook-automatski-odgovor-hr", "hr", "exchange", "Automatski odgovor: {s}", "Hvala na poruci. Na godišnjem odmoru sam do 25. kolovoza."),
    ("outlook-auto-reply-el", "el", "exchange", "Αυτόματη απάντηση: {s}", "Σας ευχαριστώ για το μήνυμά σας. Βρίσκομαι εκτός γραφείου έως τις 30 Αυγούστου."),
    ("outlook-auto-reply-bg", "bg", "exchange", "Автоматичен отговор: {s}", "Благодаря за съобщението. В отпуск съм до 15 август."),
    ("outlook-samodejni-odgovor-sl", "sl", "exchange", "Samodejni odgovor: {s}", "Hvala za sporočilo. Do 20. avgusta sem odsoten."),
    ("outlook-automaatvastus-et", "et", "exchange", "Automaatvastus: {s}", "Aitäh kirja eest. Olen puhkusel kuni 15. augustini."),
    ("outlook-automatiska-atbilde-lv", "lv", "exchange", "Automātiskā atbilde: {s}", "Paldies par vēstuli. Esmu atvaļinājumā līdz 20. augustam."),
    ("outlook-automatinis-atsakymas-lt", "lt", "exchange", "Automatinis atsakymas: {s}", "Ačiū už laišką. Esu atostogose iki rugpjūčio 20 d."),
    ("outlook-automaticka-odpoved-sk", "sk", "exchange", "Automatická odpoveď: {s}", "Ďakujem za správu. Som na dovolenke do 20. augusta."),
    ("gmail-vacation-en", "en", "gmail", "Re: {s}", "Hi! I'm on vacation until June 30th and will reply when I'm back. Cheers, Tom"),
    ("gmail-vacation-nl", "nl", "gmail", "Re: {s}", "Ik ben met vakantie tot 15 juli en lees mijn mail niet. Groetjes, Emma"),
    ("gmail-vacation-de", "de", "gmail", "Re: {s}", "Ich bin im Urlaub und ab dem 3. Juni wieder erreichbar."),
    ("gmail-vacation-fr", "fr", "gmail", "Re: {s}", "Je suis en congé jusqu'au 22 avril. Je vous répondrai à mon retour."),
    ("zimbra-out-of-office-en", "en", "zimbra", "Out of Office: {s}", "I am out of the office until Monday 8 July."),
    ("zimbra-afwezig-nl", "nl", "zimbra", "Afwezig: {s}", "Ik ben afwezig tot 1 september. Voor dringende zaken: bel 09 123 45 67."),
    ("zimbra-abwesenheit-de", "de", "zimbra", "Abwesenheitsnotiz: {s}", "Ich bin bis 15.08. außer Haus."),
    ("noheaders-out-of-office-en", "en", "none", "Out of Office: {s}", "I'm currently out of the office and will return on 12 June. I will respond to your message when I get back."),
    ("noheaders-abwesenheitsnotiz-de", "de", "none", "Abwesenheitsnotiz: {s}", "Ich bin derzeit nicht im Büro. Ihre Nachricht wird nicht weitergeleitet."),
    ("noheaders-reponse-automatique-fr", "fr", "none", "Réponse automatique : {s}", "Je suis absent jusqu'au 5 mai."),
    ("noheaders-re-body-only-en", "en", "none", "Re: {s}", "I am currently out of the office on annual leave, returning 3 June. I will have limited access to email."),
    ("noheaders-re-body-only-nl", "nl", "none", "Re: {s}", "Ik ben momenteel afwezig en ben weer terug op maandag 12 augustus."),
    ("noheaders-re-body-only-it", "it", "none", "Re: {s}", "Sono attualmente fuori ufficio, rientrerò il 2 settembre."),
    ("noheaders-re-body-only-es", "es", "none", "Re: {s}", "Estoy de vacaciones hasta el 1 de septiembre."),
    ("x-autoreply-header-sv", "sv", "xauto", "Autosvar: {s}", "Jag är ledig till 5 augusti."),
    ("x-autoreply-header-pl", "pl", "xauto", "Re: {s}", "Jestem poza biurem do 10 sierpnia."),
]

LIST_AND_SYSTEM = [
    ("mailing-list-digest", "en", {"From": "GDPR practitioners <gdpr-list@lists.example.org>", "List-Id": "<gdpr-list.lists.example.org>", "Precedence": "list", "Subject": "[gdpr-list] Digest, Vol 42, Issue 7"},
     "Send gdpr-list mailing list submissions to gdpr-list@lists.example.org\n\nToday's Topics:\n  1. Re: erasure requests and backups (Ann)\n  2. Art. 15 deadlines (Bob)\n"),
    ("newsletter-bulk", "en", {"From": "Retail Weekly <news@retailweekly.example>", "Precedence": "bulk", "List-Unsubscribe": "<https://retailweekly.example/u/123>", "Subject": "This week in retail: privacy fines"},
     "This week: the CNIL fines a retailer for ignoring access requests. Click here to read more. Unsubscribe at any time."),
    ("noreply-password-changed", "en", {"From": "Cloud Service <no-reply@cloud.example>", "Subject": "Your password was changed"},
     "Hi, the password for your account was changed. If this wasn't you, reset it now.\n\nThis is an automatically generated message, please do not reply."),
    ("noreply-invoice-ready", "nl", {"From": "Leverancier <noreply@leverancier.example>", "Subject": "Uw factuur staat klaar"},
     "Beste klant, uw factuur van mei staat klaar in het klantenportaal. Dit is een automatisch bericht."),
    ("donotreply-security-alert", "de", {"From": "Bank <donotreply@bank.example>", "Subject": "Sicherheitshinweis", "Auto-Submitted": "auto-generated"},
     "Es wurde eine neue Anmeldung festgestellt. Dies ist eine automatisch generierte Nachricht."),
    ("read-receipt-outlook", "en", {"From": "Emma Janssens <emma@contoso.example>", "Subject": f"Read: {ORIG_SUBJECT}", "Content-Type": "multipart/report; report-type=disposition-notification; boundary=x"},
     "--x\nContent-Type: text/plain\n\nYour message was read on 3 June 2024.\n--x--\n"),
    ("jira-notification", "en", {"From": "Jira <jira@company.example>", "Auto-Submitted": "auto-generated", "Precedence": "bulk", "Subject": "[JIRA] (PRIV-12) Update retention policy"},
     "Ann updated PRIV-12: delete customer data after 24 months.\n"),
    ("helpdesk-ticket-ack", "fr", {"From": "Support <support@vendor.example>", "Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Subject": "Re: demande [Ticket#4412]"},
     "Bonjour, nous avons bien reçu votre demande. Un conseiller vous répondra sous 48 heures. Ceci est une réponse automatique."),
    ("dmarc-aggregate-report", "en", {"From": "noreply-dmarc-support@google.com", "Subject": "Report domain: shop.example.be Submitter: google.com"},
     "This is an aggregate report from google.com.\n"),
    ("calendar-notification", "en", {"From": "Google Calendar <calendar-notification@google.com>", "Subject": "Notification: Privacy review @ Mon Jun 3", "Auto-Submitted": "auto-generated"},
     "This is an event reminder. Privacy review, Monday 3 June 10:00."),
    ("facebook-notification", "it", {"From": "Facebook <notification@facebookmail.example>", "Subject": "Hai nuove notifiche", "Precedence": "bulk"},
     "Hai 3 nuove notifiche. Non rispondere a questa email."),
]


def robots(rng: random.Random) -> Iterator[tuple[str, str, bytes]]:
    for name, sender, subject, human, status, diag, mta in BOUNCES:
        yield name, "en" if name[-3:] not in ("-de", "-fr", "-nl") else name[-2:], _dsn(sender, subject, human, status, diag, mta, null_path=rng.random() < 0.7)
    for name, headers, body in PLAIN_BOUNCES:
        yield name, "en", _plain({"To": OUR, "Message-ID": make_msgid(domain="bounce.example"), **headers}, body)
    for name, lang, family, subject, body in AUTO_REPLIES:
        headers = {"From": "Colleague <someone@company.example>", "To": OUR, "Subject": subject.format(s=ORIG_SUBJECT),
                   "Message-ID": make_msgid(domain="company.example")}
        if family == "exchange":
            headers |= {"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "X-MS-Exchange-Inbox-Rules-Loop": "someone@company.example"}
        elif family == "gmail":
            headers |= {"Auto-Submitted": "auto-replied", "Precedence": "bulk"}
        elif family == "zimbra":
            headers |= {"Auto-Submitted": "auto-replied (zimbra; vacation)"}
        elif family == "xauto":
            headers |= {"X-Autoreply": "yes"}
        yield name, lang, _plain(headers, body)
    for name, lang, headers, body in LIST_AND_SYSTEM:
        all_headers = {"To": OUR, "Message-ID": make_msgid(domain="notify.example"), **headers}
        if "Content-Type" in headers:
            raw = "".join(f"{k}: {v}\n" for k, v in all_headers.items()) + "MIME-Version: 1.0\n\n" + body
            yield name, lang, raw.encode()
        else:
            yield name, lang, _plain(all_headers, body)

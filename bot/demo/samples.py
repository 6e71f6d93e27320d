"""The demo's sample mail: requests in several languages, robots, spam."""

from __future__ import annotations

from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def _mail(sender: str, subject: str, body: str, **headers: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "privacy@example.com"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(UTC))
    msg["Message-ID"] = make_msgid(domain="demo.example")
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body)
    return msg.as_bytes()


def sample_mails() -> list[tuple[str, bytes]]:
    """(what it is, raw mail) for each demo mail."""
    return [
        ("access request (en, formal)", _mail(
            "Alice Martin <alice.martin@example.org>", "Subject access request under Article 15 GDPR",
            "Dear Sir or Madam,\n\nUnder Article 15 of the GDPR I request a copy of all personal data "
            "you hold about me, the purposes of the processing and the recipients.\n\nAlice Martin")),
        ("deletion request (nl)", _mail(
            "Jan de Vries <jan.devries@example.com>", "Verwijder mijn gegevens",
            "Goedendag,\n\nIk wil dat u al mijn persoonsgegevens verwijdert (artikel 17 AVG).\n\nJan")),
        ("objection + unsubscribe (fr)", _mail(
            "Chloé Dupont <chloedupont@gmail.com>", "Désinscription",
            "Bonjour,\nje ne veux plus recevoir votre newsletter. Je m'oppose à tout usage de mes "
            "données à des fins de prospection.\nChloé")),
        ("correction (de)", _mail(
            "Lena Schmidt <lena.schmidt@example.net>", "Berichtigung meiner Telefonnummer",
            "Guten Tag,\nbitte berichtigen Sie meine Daten: meine neue Telefonnummer ist +49 30 1234567.\n"
            "Mit freundlichen Grüßen\nLena Schmidt")),
        ("portability (en, informal)", _mail(
            "bob@example.net", "my data",
            "hi, can you send me my data in a machine readable format so i can move it to another provider? thx")),
        ("complaint / reminder (en)", _mail(
            "Dana Smith <dana.smith@example.org>", "Second request - no answer",
            "I wrote to you six weeks ago asking for my data and have not received an answer within "
            "the one-month deadline. If I do not hear from you I will complain to the data protection authority.")),
        ("withdraw consent (es)", _mail(
            "Lucía García <lucia.garcia@example.es>", "Retirar consentimiento",
            "Hola, retiro mi consentimiento para recibir comunicaciones comerciales. Gracias.")),
        ("out-of-office (Exchange)", _mail(
            "Peter Jansen <peter.jansen@example.nl>", "Automatic reply: Your order",
            "I am out of the office until Monday.", Auto_Submitted="auto-replied",
            X_Auto_Response_Suppress="All")),
        ("bounce (Postfix)", _mail(
            "MAILER-DAEMON@mx.example.org (Mail Delivery System)", "Undelivered Mail Returned to Sender",
            "This is the mail system at host mx.example.org.\n\nI'm sorry to have to inform you that your "
            "message could not be delivered.\n<nobody@example.org>: host said: 550 5.1.1 User unknown")),
        ("sales pitch (other)", _mail(
            "Sales Team <sales@growthhackers.example>", "Boost your revenue by 300%",
            "Hi! Our platform helps companies like yours grow. Book a call this week?")),
        ("order question (other)", _mail(
            "Tom Lee <tom.lee@example.com>", "Where is my order?",
            "Hello, I ordered a lamp two weeks ago (order 12345) and it has not arrived yet.")),
        ("forged deletion (From victim, Reply-To attacker)", _mail(
            "Alice Martin <alice.martin@example.org>", "Delete my account",
            "Please delete my account and all my data immediately.", Reply_To="attacker@evil.example")),
    ]

"""Write the BLIND evaluation set: tests/corpus_blind/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_blind/make_blind.py

The letters (people_*.py) and robots (robots_blind.py) were written before the rules were
read, in the voice of template sites, request generators, customers and real MTAs, to
measure how the rules generalize. Do not tune the texts to the rules; when a rule misses a
mail here, change the rule (in a general way), not the mail. Deterministic.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from people_a import PEOPLE_A  # noqa: E402
from people_b import PEOPLE_B  # noqa: E402
from people_c import PEOPLE_C  # noqa: E402
from people_d import PEOPLE_D  # noqa: E402
from robots_blind import BARE_ROBOTS, BOUNCES, EXCHANGE_NDR, OOO, OTHER_ROBOTS  # noqa: E402

OUR = "privacy@shop.example.be"
BASE = datetime(2024, 6, 3, 8, 30, tzinfo=timezone.utc)
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.net", "icloud.com", "hotmail.com"]


def slug(text: str, limit: int = 36) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text[:limit].strip("-") or "x"


def date(n: int) -> str:
    return format_datetime(BASE + timedelta(minutes=37 * n))


def encode(name: str, value: str) -> str:
    """RFC 2047 for non-ASCII Subject and display names, as mail clients send them."""
    if value.isascii():
        return value
    if name in ("From", "Reply-To") and "<" in value:
        display, addr = value.rsplit("<", 1)
        return f"{Header(display.strip(), 'utf-8').encode()} <{addr}"
    return Header(value, "utf-8").encode()


def headers_text(headers: dict[str, str]) -> str:
    return "".join(f"{k}: {encode(k, v)}\n" for k, v in headers.items())


def plain(headers: dict[str, str], body: str) -> bytes:
    base = {"MIME-Version": "1.0", "Content-Type": 'text/plain; charset="utf-8"',
            "Content-Transfer-Encoding": "8bit"}
    return (headers_text({**headers, **base}) + "\n" + body + "\n").encode("utf-8")


def person_mail(n: int, lang: str, subject: str, body: str, extra: dict[str, str]) -> bytes:
    sig = body.strip().splitlines()[-1]
    local = slug(sig, 20).replace("-", ".") or f"user{n}"
    addr = f"{local}{n}@{DOMAINS[n % len(DOMAINS)]}"
    headers = {"From": f"{sig} <{addr}>", "To": OUR, "Subject": subject, "Date": date(n),
               "Message-ID": f"<blind.{n}.{lang}@{addr.split('@')[1]}>"}
    if n % 3 == 0:
        headers["X-Mailer"] = "Microsoft Outlook 16.0"
    elif n % 3 == 1:
        headers["User-Agent"] = "Mozilla Thunderbird"
    headers.update(extra)
    return plain(headers, body)


def original(subject: str, n: int) -> str:
    return (f"From: Shop Privacy Team <{OUR}>\nTo: someone{n}@firma.example\nSubject: {subject}\n"
            f"Date: {date(n - 1)}\nMessage-ID: <reply.{n}@shop.example.be>\nContent-Type: text/plain; charset=utf-8\n\n"
            "We have received your request about your personal data. To confirm that this address is "
            "yours, please click the link below within 7 days.\n")


def dsn(n: int, frm: str, subject: str, human: str, mta: str, rcpt: str, orig_subject: str,
        extra: dict[str, str] | None = None) -> bytes:
    b = f"----=_NDR_{n:04d}"
    headers = {"Return-Path": "<>", "From": frm, "To": OUR, "Subject": subject, "Date": date(n),
               "Message-ID": f"<ndr.{n}@{mta}>", "MIME-Version": "1.0",
               "Content-Type": f'multipart/report; report-type=delivery-status; boundary="{b}"'}
    headers.update(extra or {})
    body = (f"--{b}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n{human}\n\n"
            f"--{b}\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; {mta}\n\n"
            f"Final-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n"
            f"Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown\n\n"
            f"--{b}\nContent-Type: message/rfc822\n\n{original(orig_subject, n)}\n--{b}--\n")
    return (headers_text(headers) + "\n" + body).encode("utf-8")


def ooo_mail(n: int, lang: str, family: str, subject: str, body: str) -> bytes:
    frm = f"colleague{n}@firma-{lang}.example"
    headers = {"From": frm, "To": OUR, "Subject": subject, "Date": date(n), "Message-ID": f"<ooo.{n}@firma-{lang}.example>",
               "In-Reply-To": f"<reply.{n}@shop.example.be>"}
    if family == "exchange-ooo":
        headers.update({"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
                        "X-MS-Exchange-Inbox-Rules-Loop": frm, "Thread-Topic": subject.split(":", 1)[-1].strip()})
    elif family == "gmail-ooo":
        headers.update({"Auto-Submitted": "auto-replied"})
    elif family == "zimbra-ooo":
        headers.update({"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"})
    elif family == "cpanel-ooo":
        headers.update({"X-Autorespond": subject, "Precedence": "auto_reply", "X-Autoreply": "yes"})
    # bare-ooo: forwarded by a relay that dropped every robot header
    return plain(headers, body)


def bounce_mail(n: int, lang: str, family: str, orig_subject: str) -> bytes:
    rcpt = f"old.address{n}@firma-{lang}.example"
    host = f"mx{n % 7}.firma-{lang}.example"
    if family == "exchange-ndr":
        prefix, text = EXCHANGE_NDR[lang]
        human = (f"{text}\n\n{rcpt}\n\n550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                 f"address lookup\n\nDiagnostic information for administrators:\nGenerating server: {host}")
        return dsn(n, f"Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@firma-{lang}.onmicrosoft.com>",
                   f"{prefix}: {orig_subject}", human, host, rcpt, orig_subject,
                   {"X-MS-Exchange-Message-Is-Ndr": "", "Content-Language": lang})
    if family == "postfix":
        human = (f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message "
                 "could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
                 "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem "
                 "report. You can\ndelete your own text from the attached returned message.\n\n"
                 f"                   The mail system\n\n<{rcpt}>: host {host}[192.0.2.7] said: 550 5.1.1\n"
                 f"    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table")
        return dsn(n, f"MAILER-DAEMON@{host} (Mail Delivery System)", "Undelivered Mail Returned to Sender",
                   human, host, rcpt, orig_subject, {"Auto-Submitted": "auto-replied"})
    if family == "sendmail":
        human = (f"The original message was received at Mon, 3 Jun 2024 10:12:01 +0200\nfrom shop.example.be [192.0.2.1]\n\n"
                 f"   ----- The following addresses had permanent fatal errors -----\n<{rcpt}>\n"
                 f"    (reason: 550 5.1.1 User unknown)\n\n   ----- Transcript of session follows -----\n"
                 f"... while talking to {host}.:\n>>> RCPT To:<{rcpt}>\n<<< 550 5.1.1 User unknown\n550 5.1.1 <{rcpt}>... User unknown")
        return dsn(n, f"Mail Delivery Subsystem <MAILER-DAEMON@{host}>", "Returned mail: see transcript for details",
                   human, host, rcpt, orig_subject, {"Auto-Submitted": "auto-generated (failure)"})
    if family == "gmail-dsn":
        human = (f"** Address not found **\n\nYour message wasn't delivered to {rcpt} because the address couldn't "
                 "be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
                 f"The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.")
        return dsn(n, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
                   human, "mx.google.com", rcpt, orig_subject, {"X-Failed-Recipients": rcpt})
    # Plain-text bounces (no multipart/report)
    if family == "exim":
        headers = {"Return-Path": "<>", "From": f"Mail Delivery System <Mailer-Daemon@{host}>", "To": OUR,
                   "Subject": "Mail delivery failed: returning message to sender", "Date": date(n),
                   "Message-ID": f"<E1s{n}@{host}>", "X-Failed-Recipients": rcpt, "Auto-Submitted": "auto-replied"}
        body = ("This message was created automatically by mail delivery software.\n\nA message that you sent "
                "could not be delivered to one or more of its\nrecipients. This is a permanent error. The following "
                f"address(es) failed:\n\n  {rcpt}\n    host {host} [192.0.2.9]\n    SMTP error from remote mail "
                "server after RCPT TO:<" + rcpt + ">:\n    550 No such user here\n\n------ This is a copy of the "
                "message, including all the headers. ------\n\n" + original(orig_subject, n))
        return plain(headers, body)
    if family == "qmail":
        headers = {"Return-Path": "<>", "From": f"MAILER-DAEMON@{host}", "To": OUR, "Subject": "failure notice",
                   "Date": date(n), "Message-ID": f"<qmail.{n}@{host}>"}
        body = (f"Hi. This is the qmail-send program at {host}.\nI'm afraid I wasn't able to deliver your message "
                "to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
                f"<{rcpt}>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
                + original(orig_subject, n))
        return plain(headers, body)
    if family == "gmx":
        headers = {"Return-Path": "<>", "From": "Mail Delivery System <mailer-daemon@gmx.net>", "To": OUR,
                   "Subject": "Unzustellbar: " + orig_subject, "Date": date(n), "Message-ID": f"<gmx.{n}@gmx.net>"}
        body = ("Diese Nachricht wurde automatisch vom Mailsystem erstellt.\n\nIhre Nachricht konnte nicht an "
                "einen oder mehrere Empfänger zugestellt werden. Dies ist ein dauerhafter Fehler.\n\n"
                f"{rcpt}:\n  Empfänger unbekannt / Postfach existiert nicht\n\n--- Originalnachricht ---\n\n"
                + original(orig_subject, n))
        return plain(headers, body)
    raise ValueError(family)


def other_robot(n: int, family: str, frm: str, subject: str, body: str) -> bytes:
    headers = {"From": frm, "To": OUR, "Subject": subject, "Date": date(n), "Message-ID": f"<robot.{n}@robots.example>"}
    if family == "helpdesk":
        headers.update({"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})
    elif family == "notification":
        headers.update({"Precedence": "bulk", "List-Unsubscribe": "<https://robots.example/unsub>"})
    return plain(headers, body)


def main() -> None:
    for sub in HERE.iterdir():
        if sub.is_dir() and not sub.name.startswith("__"):
            shutil.rmtree(sub)
    rows = []
    n = 0

    def write(category: str, name: str, raw: bytes, lang: str, categories: list[str]) -> None:
        folder = HERE / category
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}.eml"
        assert not path.exists(), path
        path.write_bytes(raw)
        rows.append({"file": f"{category}/{name}.eml", "category": category, "categories": categories, "language": lang})

    for b, book in enumerate((PEOPLE_A, PEOPLE_B, PEOPLE_C, PEOPLE_D)):
        for lang, entries in book.items():
            for i, entry in enumerate(entries, start=50 if b == 3 else 0):
                category, also, subject, body = entry[:4]
                extra = entry[4] if len(entry) > 4 else {}
                n += 1
                write(category, f"{lang}-{i:02d}-{slug(subject or body)}", person_mail(n, lang, subject, body, extra),
                      lang, [category, *also])
    for i, (lang, family, subject, body) in enumerate(OOO):
        n += 1
        write("automated", f"{lang}-ooo-{family}-{i:02d}", ooo_mail(n, lang, family, subject, body), lang, ["automated"])
    for lang in EXCHANGE_NDR:
        n += 1
        subject = {"es": "Re: Solicitud de supresión de datos", "it": "Re: Richiesta di accesso ai dati personali",
                   "cs": "Re: Žádost o přístup k osobním údajům", "sv": "Re: Begäran om registerutdrag",
                   "da": "Re: Anmodning om sletning", "hu": "Re: Hozzáférési kérelem", "sk": "Re: Žiadosť o vymazanie",
                   "nl": "Re: Verzoek tot verwijdering", "fr": "Re: Demande de droit d'accès",
                   "pl": "Re: Sprzeciw wobec przetwarzania"}[lang]
        write("automated", f"{lang}-ndr-exchange", bounce_mail(n, lang, "exchange-ndr", subject), lang, ["automated"])
    for i, (lang, family, subject) in enumerate(BOUNCES):
        n += 1
        write("automated", f"{lang}-bounce-{family}-{i:02d}", bounce_mail(n, lang, family, subject), lang, ["automated"])
    for i, (lang, family, frm, subject, body) in enumerate(OTHER_ROBOTS):
        n += 1
        write("automated", f"{lang}-{family}-{i:02d}", other_robot(n, family, frm, subject, body), lang, ["automated"])
    for i, (lang, frm, subject, body) in enumerate(BARE_ROBOTS):
        n += 1
        headers = {"From": frm, "To": OUR, "Subject": subject, "Date": date(n), "Message-ID": f"<bare.{n}@robots.example>"}
        write("automated", f"{lang}-bare-{slug(subject, 20)}-{i:02d}", plain(headers, body), lang, ["automated"])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} mails")


if __name__ == "__main__":
    main()

"""A person's SMS reply, relayed to this mailbox by an SMS-to-mail gateway.

Where it sits: the `automated` filter (bot/pipeline/filters.py) asks `sms_relay` once
detect_automated has found machine mail. SMS marketing platforms forward the texts
people send back to a campaign ("STOP, remove my number") as mail of their own, stamped
`Auto-Submitted: auto-generated` and sent from the gateway. That mail stays robot mail:
a reply goes to the gateway, never to the phone, and answering a gateway can loop
(RFC 3834 §2). But the text it carries is a person's opt-out, so the flow opens a case
for staff instead of only keeping the mail (bot/handlers/intake.py, `plan_relay`).

A relay is recognised only with all of: a header that marks machine mail; words naming
an inbound SMS or an SMS reply in the subject or the body's opening; one sender number
(in a labelled field, else in the subject after "from"); a labelled message block. A
delivery report or an opt-out summary calls itself a report or a summary, or lists
many numbers; a credit notice or a 2FA code carries no sender number and message block;
a DSN reports on a mail and relays none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.mail.parse import Incoming
from bot.rules.automated import robot_headers
from bot.rules.reading import fold

#: How much of the body is read: the gateway's fields come first.
_HEAD = 3000
#: A relayed SMS is short (a concatenated one rarely passes 1,600 characters).
_MAX_TEXT = 2000

# Labels and words below are written folded (lowercase, no diacritics: reading.fold),
# and matched on text folded line by line (_fold_lines keeps the line breaks and every
# offset), so values are cut from the original text at the offsets found.

# "Inbound SMS", "SMS reply", "Odpowiedź SMS", ... in the languages gateways write.
_INBOUND = re.compile(
    r"\b((inbound|incoming|received|new|mo) sms|sms[ -](reply|replies|response|answer)|"
    r"odpowiedz sms|sms[ -]odpowiedz|przychodzac[ya] sms|sms przychodzac[ya]|odebrany sms|otrzymano sms|"
    r"eingehende sms|sms[ -]antwort|inkomende? sms|sms[ -](antwoord|reactie)|"
    r"sms (entrant|recu|entrante|recibido|in arrivo|ricevuto)|(reponse|respuesta|risposta) (par |por |via )?sms|"
    r"входящ[оа]? (sms|смс)|(sms|смс) отговор|отговор (на|по) (sms|смс))\b",
    re.IGNORECASE)
# A gateway's report about many texts, not one relayed text (not the Dutch "bericht",
# which is any message: "Nieuw sms-bericht").
_DIGEST = re.compile(r"\b(summary|digest|report|overview|statistics|podsumowanie|raport|zestawienie|"
                     r"zusammenfassung|overzicht|verslag|rapport|resume|resumen|informe|riepilogo|"
                     r"rapporto|отчет)\b", re.IGNORECASE)

# A phone number as gateways write it: E.164 with or without "+", grouped, or partly
# masked ("+48 601 ***418", "+3934781xxxx"); checked by _is_phone.
_PHONE = r"\+?\d[\d*x•. ()/-]{5,24}[\d*x•]"
_SENDER_LABELS = (r"from|from number|sender|sender number|originator|nadawca|numer nadawcy|od|mittente|da|"
                  r"von|absender|van|afzender|de|expediteur|remitente|от|подател")
_SENDER_FIELD = re.compile(rf"^[ \t]*({_SENDER_LABELS})[ \t]*:[ \t]*(?P<phone>{_PHONE})[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)
_SUBJECT_SENDER = re.compile(rf"\b(from|od|von|van|de|da|от)[ \t]+(?P<phone>{_PHONE})", re.IGNORECASE)

_MESSAGE_FIELD = re.compile(
    r"^[ \t]*(message|message text|text|sms|sms text|content|tresc|tresc wiadomosci|tresc sms|wiadomosc|"
    r"messaggio|testo|nachricht|bericht|tekst|texte|contenu|mensaje|texto|съобщение|текст)"
    r"[ \t]*:[ \t]*(?P<rest>[^\n]*)$", re.IGNORECASE | re.MULTILINE)
# Where the carried text ends: a blank line or a signature rule ("--", "___").
_END_OF_TEXT = re.compile(r"^[ \t]*(-{2,}|_{3,})?[ \t]*$")

_CAMPAIGN_FIELD = re.compile(r"^[ \t]*(campaign|campaign name|kampania|campagna|kampagne|campagne|campana|"
                             r"campanha|campanie|кампания)[ \t]*:[ \t]*(?P<name>[^\n]*\S)[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
_SUBJECT_CAMPAIGN = re.compile(r"\((campaign|kampania|campagna|kampagne|campagne|campana|кампания)[ \t:]+"
                               r"(?P<name>[^()]+)\)|\[(?P<tag>[^\[\]]+)\][ \t]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Relay:
    """What a gateway relayed: the sender's number as written (maybe masked), the
    campaign the person answered ("" when not named), and the person's text."""

    phone: str
    campaign: str
    text: str


def sms_relay(mail: Incoming) -> Relay | None:
    """The person's SMS a gateway relayed in `mail`, or None if it relays none."""
    if mail.content_type == "multipart/report" or mail.return_path == "":
        return None  # a notification (RFC 3464/8098, RFC 5321 §4.5.5) reports on a mail; it relays none
    body = mail.body[:_HEAD].replace("\r\n", "\n")
    folded_body, folded_subject = _fold_lines(body), fold(mail.subject)
    # the words first: nearly all robot mail stops here, before the headers are read again
    if not (_INBOUND.search(folded_subject) or _INBOUND.search(folded_body[:600])):
        return None
    if _DIGEST.search(folded_subject) or robot_headers(mail) is None:
        return None  # a report on many texts; or a person writing "my SMS reply: STOP"
    phone = _sender(body, folded_body, mail.subject, folded_subject)
    text = _message(body, folded_body)
    if phone is None or not text:
        return None
    return Relay(phone, _campaign(mail, body, folded_body, folded_subject), text)


def _fold_lines(text: str) -> str:
    """reading.fold, keeping the line breaks (fold turns them into spaces)."""
    return "\n".join(fold(line) for line in text.split("\n"))


def _is_phone(candidate: str) -> bool:
    """8 to 15 digits (E.164), masked ones counted; at least 4 of them real digits."""
    digits = sum(ch.isdigit() for ch in candidate)
    masked = sum(ch in "*x•" for ch in candidate.lower())
    return 8 <= digits + masked <= 15 and digits >= 4


def _compact(phone: str) -> str:
    return "".join(ch for ch in phone.lower() if ch.isdigit() or ch in "*x•")


def _sender(body: str, folded_body: str, subject: str, folded_subject: str) -> str | None:
    """The one sender number, as written: the body's field, else the subject's "from +…".
    Several different senders make a list of texts (an opt-out summary), not a relay."""
    found = [m for m in _SENDER_FIELD.finditer(folded_body) if _is_phone(m.group("phone"))]
    if len({_compact(m.group("phone")) for m in found}) > 1:
        return None
    if found:
        return body[found[0].start("phone"):found[0].end("phone")]
    match = _SUBJECT_SENDER.search(folded_subject)
    if match and _is_phone(match.group("phone")):
        return subject[match.start("phone"):match.end("phone")]
    return None


def _message(body: str, folded_body: str) -> str:
    """The carried text: after the message label, on its line and the lines below,
    up to a blank line or a signature rule ("" if there is no message block)."""
    field = _MESSAGE_FIELD.search(folded_body)
    if field is None:
        return ""
    lines = [body[field.start("rest"):field.end("rest")].strip()] if field.group("rest").strip() else []
    for line in body[field.end():].split("\n")[1:]:
        if not line.strip() and not lines:
            continue  # blank lines between the label and the text
        if _END_OF_TEXT.match(line):
            break
        lines.append(line.strip())
    return "\n".join(lines)[:_MAX_TEXT].strip()


def _campaign(mail: Incoming, body: str, folded_body: str, folded_subject: str) -> str:
    field = _CAMPAIGN_FIELD.search(folded_body)
    if field:
        return body[field.start("name"):field.end("name")].strip()
    match = _SUBJECT_CAMPAIGN.search(folded_subject)
    if match:
        group = "name" if match.group("name") else "tag"
        return mail.subject[match.start(group):match.end(group)].strip()
    for name, value in mail.headers:  # "X-SMSRelay-Campaign", "X-SMSLine-Campaign"
        if name.lower().startswith("x-") and name.lower().endswith("-campaign") and value.strip():
            return value.strip()
    return ""

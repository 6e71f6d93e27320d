"""Composing the bot's own mail safely.

Every value that goes into a header is a plain string checked for CR, LF and NUL:
Python 3.11.7's `email` can turn an encoded CR/LF in a copied Subject into a new
header (CVE-2024-6923), so nothing decoded from a received mail reaches a header
unchecked. Every mail is marked `Auto-Submitted: auto-replied` (RFC 3834 §5) so other
robots do not answer it, and carries its case tag so replies thread back.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime

from bot.errors import MailRejected

_FORBIDDEN = ("\r", "\n", "\x00")


#: Kinds of mail that go to staff, not to a requester: never rate-limited per address,
#: and they leave even while the outbox circuit breaker holds requester mail back.
STAFF_KINDS = frozenset({"staff", "forward"})


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A mail the bot will send, stored before it is sent (see transport.outbox)."""

    message_id: str
    case_id: str
    kind: str  # acknowledgement, challenge, reply, forward, ...
    to: str
    subject: str
    body: str
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    language: str = "en"

    def to_doc(self) -> dict[str, object]:
        return {
            "message_id": self.message_id,
            "case_id": self.case_id,
            "kind": self.kind,
            "to": self.to,
            "subject": self.subject,
            "body": self.body,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "language": self.language,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, object]) -> Outgoing:
        refs = doc.get("references") or []
        assert isinstance(refs, list)
        return cls(
            message_id=str(doc["message_id"]),
            case_id=str(doc["case_id"]),
            kind=str(doc["kind"]),
            to=str(doc["to"]),
            subject=str(doc["subject"]),
            body=str(doc["body"]),
            in_reply_to=str(doc.get("in_reply_to") or ""),
            references=tuple(str(r) for r in refs),
            language=str(doc.get("language") or "en"),
        )


def new_message_id(case_id: str, sender: str) -> str:
    domain = sender.rpartition("@")[2] or "privacy-bot.invalid"
    return f"<{secrets.token_hex(12)}.{case_id.lower()}@{domain}>"


def case_tag(case_id: str) -> str:
    return f"[{case_id}]"


def safe_header(value: str, name: str) -> str:
    """A header value that cannot grow a new header when Python folds it.

    CR, LF and NUL are refused. An RFC 2047 encoded word ("=?utf-8?q?...=0A...?=")
    in a plain value is defused, because Python 3.11.7 decodes such words while
    folding and writes their CR/LF out raw (CVE-2024-6923).
    """
    for bad in _FORBIDDEN:
        if bad in value:
            raise MailRejected(f"refusing header {name}: it holds a control character")
    return value.replace("=?", "= ?")


def reply_subject(original: str, case_id: str, prefix: str = "Re:") -> str:
    """`Re: <original> [PB-...]`, on one line whatever the original held."""
    clean = " ".join(original.replace("\x00", " ").split())[:200]
    tag = case_tag(case_id)
    if tag in clean:
        clean = clean.replace(tag, "").strip()
    if clean and not clean.lower().startswith(("re:", "aw:", "antw:", "réf:", "sv:")):
        clean = f"{prefix} {clean}"
    return f"{clean} {tag}".strip()


def compose(out: Outgoing, sender: str, now: datetime, sender_name: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = safe_header(f"{sender_name} <{sender}>" if sender_name else sender, "From")
    msg["To"] = safe_header(out.to, "To")
    msg["Subject"] = safe_header(out.subject, "Subject")
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = safe_header(out.message_id, "Message-ID")
    if out.in_reply_to:
        msg["In-Reply-To"] = safe_header(out.in_reply_to, "In-Reply-To")
    refs = " ".join(out.references or ((out.in_reply_to,) if out.in_reply_to else ()))
    if refs:
        msg["References"] = safe_header(refs, "References")
    msg["Auto-Submitted"] = "auto-replied"
    # Ask Exchange not to send us its own auto-replies (MS-OXCMAIL 2.2.3.2.14).
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Privacy-Bot-Case"] = safe_header(out.case_id, "X-Privacy-Bot-Case")
    msg["X-Privacy-Bot-Kind"] = safe_header(out.kind, "X-Privacy-Bot-Kind")
    msg["Content-Language"] = safe_header(out.language, "Content-Language")
    msg.set_content(out.body.replace("\x00", ""))
    raw = msg.as_bytes()
    _check_headers(raw, {k.lower() for k in msg.keys()})
    return raw


def _check_headers(raw: bytes, expected: set[str]) -> None:
    """Defence in depth: the serialised mail has exactly the headers we set."""
    from email.parser import BytesHeaderParser

    found = [k.lower() for k in BytesHeaderParser().parsebytes(raw).keys()]
    if set(found) != expected or len(found) != len(set(found)):
        raise MailRejected("composed mail has unexpected headers; refusing to send it")

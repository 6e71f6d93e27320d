"""Parse raw mail (after limits) into an `Incoming` value the filters read.

mail-parser never raises on malformed input; it degrades silently (INFRA.md), so the
facts a decision rests on (the From addresses, the threading headers) are read here
from the raw headers with the stdlib and checked explicitly.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import re
from dataclasses import dataclass, field
from email import policy
from email.header import Header, decode_header, make_header
from email.parser import BytesHeaderParser

import mailparser

from bot.errors import MailRejected

# mail-parser warns once per part it keeps as "not managed" (text/rfc822-headers in
# every bounce): noise in the bot's log, not a fault
logging.getLogger("mailparser").setLevel(logging.ERROR)

_ADDR = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
_MSGID = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True, slots=True)
class Incoming:
    """One received mail, as the pipeline sees it."""

    sha256: str
    message_id: str
    subject: str
    from_addr: str | None  # the single addr-spec of From, lowercased; None if absent or bad
    from_display: str
    from_count: int  # how many addresses the From header holds
    reply_to: str | None
    return_path: str | None  # None when the header is absent; "" for the null path <>
    to: tuple[str, ...]
    in_reply_to: tuple[str, ...]
    references: tuple[str, ...]
    content_type: str
    text: str
    html: str
    headers: tuple[tuple[str, str], ...] = field(repr=False)
    defects: tuple[str, ...] = ()
    raw: bytes = field(default=b"", repr=False, compare=False)

    def header(self, name: str) -> str | None:
        """The first value of a header, decoded, or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key.lower() == wanted:
                return value
        return None

    def header_all(self, name: str) -> list[str]:
        wanted = name.lower()
        return [value for key, value in self.headers if key.lower() == wanted]

    @property
    def body(self) -> str:
        """The readable text: text/plain, else the HTML with tags dropped."""
        if self.text.strip():
            return self.text
        return strip_html(self.html)


def decode(value: object) -> str:
    """Decode RFC 2047 words and raw 8-bit headers; never raise on a broken charset.

    Many clients send UTF-8 headers without RFC 2047 (RFC 6532 allows it); the
    parser hands those over with surrogate escapes or as a Header of unknown-8bit.
    """
    if isinstance(value, Header):
        parts = []
        for chunk, charset in decode_header(value):
            if isinstance(chunk, bytes):
                parts.append(_bytes_text(chunk, charset))
            else:
                parts.append(chunk)
        return "".join(parts)
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        return _bytes_text(text.encode("utf-8", "surrogateescape"), None)
    try:
        return str(make_header(decode_header(text)))
    except (LookupError, UnicodeError, ValueError, TypeError):
        return text


# UTF-8 read as a one-byte charset: "Ã©" for "é", "Ĺˇ" for "š", "â€™" for "’". A mail whose
# charset was declared wrong (or a letter pasted from such a mail) shows these pairs.
_MOJIBAKE = re.compile("[ÃÂÅÄĹĂâ][\x80-\xbf\u0152\u0153\u0160-\u017e\u0192\u02c6-\u02dd\u2013-\u203a\u20ac\u2122]")


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def repair_mojibake(text: str) -> str:
    """`text` as its writer typed it where runs of it are UTF-8 read as cp1252, cp1250 or
    latin-1 ("donnÃ©es" -> "données"); a run that does not come back as UTF-8 (a rightly
    decoded "é") is left as it is."""
    if not _MOJIBAKE.search(text):
        return text

    def run(found: re.Match[str]) -> str:
        for charset in ("cp1252", "cp1250", "latin-1"):
            try:
                return found.group(0).encode(charset).decode("utf-8")
            except UnicodeError:
                continue
        return found.group(0)

    return _NON_ASCII.sub(run, text)


def _bytes_text(data: bytes, charset: str | None) -> str:
    for candidate in (charset if charset and charset != "unknown-8bit" else None, "utf-8", "cp1252", "latin-1"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("latin-1")


_HIDDEN = re.compile(r"<(script|style|head|title)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<(br|/p|p|/div|div|/li|li|/tr|tr|/h[1-6]|h[1-6]|hr|/table|table)\b[^>]*>", re.IGNORECASE)
_QUOTE = re.compile(r"<blockquote\b[^>]*>(.*?)</blockquote\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")


def strip_html(html: str) -> str:
    """The text of an HTML body, lines kept: block tags end a line, and the text of a
    <blockquote> (how HTML clients quote) comes out as "> " lines, like a plain reply."""
    import html as html_lib

    text = _HIDDEN.sub(" ", html)
    for _ in range(3):  # nested quotes, innermost first
        text = _QUOTE.sub(lambda m: _as_quote(m.group(1)), text)
    text = _TAG.sub(" ", _BREAK.sub("\n", text))
    lines = (_SPACES.sub(" ", line).strip() for line in html_lib.unescape(text).splitlines())
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _as_quote(inner: str) -> str:
    text = _TAG.sub(" ", _BREAK.sub("\n", inner))
    return "\n" + "\n".join("> " + line.strip() for line in text.splitlines() if line.strip()) + "\n"


def parse(raw: bytes) -> Incoming:
    """Parse a mail already checked by `limits.check`."""
    try:
        head = BytesHeaderParser(policy=policy.compat32).parsebytes(raw)
        headers = tuple((str(k), decode(v)) for k, v in head.items())
        parsed = mailparser.parse_from_bytes(raw)
        text = repair_mojibake("\n".join(parsed.text_plain))
        html = repair_mojibake("\n".join(parsed.text_html))
        content_type = (head.get_content_type() or "text/plain").lower()
    except RecursionError as exc:  # limits should prevent it; never let it kill the loop
        raise MailRejected("MIME structure too deep to parse") from exc
    except Exception as exc:  # mail-parser wraps many internals; a bad mail is quarantined
        raise MailRejected(f"unparseable mail: {type(exc).__name__}") from exc
    pairs = email.utils.getaddresses([decode(v) for v in head.get_all("From", [])])
    addrs = [a.strip().lower() for _, a in pairs if a.strip()]
    from_addr = addrs[0] if len(addrs) == 1 and _ADDR.match(addrs[0]) else None
    display = pairs[0][0] if pairs else ""
    reply_to_pairs = email.utils.getaddresses([str(v) for v in head.get_all("Reply-To", [])])
    reply_to = reply_to_pairs[0][1].lower() if reply_to_pairs and reply_to_pairs[0][1] else None
    rp_values = head.get_all("Return-Path", [])
    return_path: str | None = None
    if rp_values:
        return_path = email.utils.parseaddr(str(rp_values[0]))[1].lower()
    to = tuple(a.lower() for _, a in email.utils.getaddresses([str(v) for v in head.get_all("To", [])]) if a)
    defects = tuple(type(d).__name__ for d in getattr(parsed.message, "defects", []))
    return Incoming(
        sha256=hashlib.sha256(raw).hexdigest(),
        message_id=_first_msgid(head.get("Message-ID")) or "",
        subject=_one_line(decode(head.get("Subject", ""))),
        from_addr=from_addr,
        from_display=display,
        from_count=len(addrs),
        reply_to=reply_to,
        return_path=return_path,
        to=to,
        in_reply_to=tuple(_MSGID.findall(str(head.get("In-Reply-To", "")))),
        references=tuple(_MSGID.findall(" ".join(str(v) for v in head.get_all("References", [])))),
        content_type=content_type,
        text=text,
        html=html,
        headers=headers,
        defects=defects,
        raw=raw,
    )


def _first_msgid(value: object) -> str | None:
    if value is None:
        return None
    found = _MSGID.findall(str(value))
    return found[0] if found else None


def _one_line(value: str) -> str:
    return " ".join(value.split())

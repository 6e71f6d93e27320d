"""The text of the letters people attach: "Please find my request attached."

Request tools, lawyers and careful people often send the letter itself as a PDF or a
text file and write two lines in the mail. The classifier reads these letters when the
mail's own words are few (see `Classifier.classify`). Read here: `text/plain`
attachments as they are, and PDFs through pypdf (the text layer of their first pages;
a scanned letter has none, and stays unread). A file that cannot be read is skipped:
the mail is still classified on what it says itself, and staff see the file.

Bounded work: at most `MAX_FILES` files of at most `MAX_FILE_BYTES` each, `MAX_PAGES`
pages of a PDF, `MAX_CHARS` characters in all. Attached mails (message/rfc822, as
bounces and forwards carry them) are not opened: they are someone else's words.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from email import policy
from email.message import Message
from email.parser import BytesParser

log = logging.getLogger(__name__)
# pypdf warns about every small defect of a file it still reads: noise in the bot's log
logging.getLogger("pypdf").setLevel(logging.ERROR)

MAX_FILES = 3
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_PAGES = 8
MAX_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Attached:
    filename: str
    text: str


def attached_letters(raw: bytes) -> list[Attached]:
    """The readable text of the files attached to the raw mail `raw`, in their order."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
    except Exception:  # noqa: BLE001 - the mail was parsed already; its files only add
        log.debug("attachments: mail not re-parsed")
        return []
    found: list[Attached] = []
    budget = MAX_CHARS
    for part in _leaves(message):
        if len(found) >= MAX_FILES or budget <= 0:
            break
        text = _read(part)
        if text and text.strip():
            text = text.strip()[:budget]
            budget -= len(text)
            found.append(Attached(part.get_filename() or "(unnamed)", text))
    return found


def _leaves(message: Message) -> list[Message]:
    """The attached files of `message`, not descending into attached mails."""
    out: list[Message] = []
    stack = [message]
    while stack:
        part = stack.pop(0)
        if part.get_content_type() == "message/rfc822":
            continue
        if part.is_multipart():
            payload = part.get_payload()
            stack[:0] = [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            continue
        if part is not message and (part.get_content_disposition() == "attachment" or part.get_filename()):
            out.append(part)
    return out


def _read(part: Message) -> str | None:
    name = (part.get_filename() or "").lower()
    kind = part.get_content_type()
    if kind not in ("text/plain", "application/pdf", "application/octet-stream"):
        return None
    if kind == "application/octet-stream" and not name.endswith((".pdf", ".txt")):
        return None
    try:
        data = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - a broken transfer encoding: the file is unread
        return None
    if not isinstance(data, bytes) or len(data) > MAX_FILE_BYTES:
        return None
    if kind == "application/pdf" or name.endswith(".pdf") or data.startswith(b"%PDF-"):
        return _pdf_text(data, name)
    for candidate in (part.get_content_charset(), "utf-8", "cp1252"):
        if candidate:
            try:
                return data.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
    return data.decode("latin-1")


def _pdf_text(data: bytes, name: str) -> str | None:
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return None  # a password-protected letter: staff open it
        return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PAGES])
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        log.info("attachment %s: PDF not readable", name or "(unnamed)")
        return None

"""Single-use, expiring tokens for links (verification, download, unsubscribe).

A token is 192 random bits from `secrets`, shown once in a mail and never stored:
the store keeps only HMAC-SHA256(secret, token), so a copy of the store cannot be
turned into working links. Lookups go by that keyed hash and the record's hash is
compared again with `hmac.compare_digest` (constant time).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from bot.errors import BadToken

_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud or retyped


@dataclass(frozen=True, slots=True)
class TokenRecord:
    digest: str
    kind: str  # verify, download, unsubscribe
    case_id: str
    created_at: str
    expires_at: str  # "" = never (unsubscribe links work as long as the list exists)
    used_at: str = ""
    payload: dict[str, Any] | None = None

    def to_doc(self) -> dict[str, Any]:
        return {
            "digest": self.digest,
            "kind": self.kind,
            "case_id": self.case_id,
            "created_at": self.created_at,
            "expires_at": self.expires_at,
            "used_at": self.used_at,
            "payload": self.payload or {},
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> TokenRecord:
        return cls(doc["digest"], doc["kind"], doc["case_id"], doc["created_at"], doc["expires_at"],
                   doc.get("used_at", ""), dict(doc.get("payload") or {}))


class BadTokenStatus(BadToken):
    """A refused token, with the HTTP status the web page answers."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def digest(secret: bytes, token: str) -> str:
    return hmac.new(secret, token.encode(), hashlib.sha256).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(24)  # 192 bits


def new_code(length: int = 8) -> str:
    """A code to type in a reply: 8 characters of 31 = 39 bits, with attempts capped."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(length))


def issue(secret: bytes, kind: str, case_id: str, now: datetime, ttl: timedelta | None,
          payload: dict[str, Any] | None = None) -> tuple[str, TokenRecord]:
    token = new_token()
    expires = (now + ttl).isoformat(timespec="seconds") if ttl is not None else ""
    record = TokenRecord(digest(secret, token), kind, case_id, now.isoformat(timespec="seconds"), expires,
                         payload=payload)
    return token, record


def check(secret: bytes, token: str, record: TokenRecord | None, kind: str, now: datetime,
          single_use: bool = True) -> TokenRecord:
    """The record if `token` may be used now for `kind`; BadTokenStatus otherwise."""
    if record is None or not hmac.compare_digest(record.digest, digest(secret, token)) or record.kind != kind:
        raise BadTokenStatus("unknown link", 404)
    if single_use and record.used_at:
        raise BadTokenStatus("this link was already used", 410)
    if record.expires_at and now.isoformat(timespec="seconds") >= record.expires_at:
        raise BadTokenStatus("this link has expired", 410)
    return record


def code_matches(secret: bytes, text: str, code_digest: str) -> bool:
    """Whether any 8-character code-like word in `text` is the challenge's code."""
    import re

    for word in set(re.findall(r"\b[2-9A-HJ-NP-Z]{8}\b", text.upper())):
        if hmac.compare_digest(digest(secret, word), code_digest):
            return True
    return False

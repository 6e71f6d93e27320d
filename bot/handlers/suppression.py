"""The suppression list: keyed hashes of addresses we must not contact again.

Where this sits: after an erasure (Art. 17) the address itself is gone, yet the
person must not be mailed or re-imported again; after an objection to direct
marketing (Art. 21(3)) they must not be marketed to. So the handlers add
`address_hash(address, secret_key)` (HMAC-SHA256 of the normalised address, see
`bot.sources.addresses`) here, and nothing else about the person: the reason is a
category word, the time a date.

Two forms: `Suppression` is the Protocol the handlers use, so the app may keep the
list in its own store; `SuppressionFile` is a ready implementation in one small JSON
file, written atomically (temp file, fsync, rename) so that a crash leaves the old
list or the new one, never half of one:

    {"version": 1, "entries": {"<64 hex>": {"reason": "erasure", "since": "2025-03-14"}}}
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from bot.errors import ConfigError
from bot.sources import DEFAULT_RULES, ProviderRules, address_hash

REASONS = frozenset({"erasure", "objection", "staff"})


class Suppression(Protocol):
    def add(self, digest: str, reason: str, now: datetime) -> bool:
        """Add a hash; False if it was there already (idempotent)."""
        ...

    def __contains__(self, digest: object) -> bool: ...

    def hashes(self) -> frozenset[str]: ...


class SuppressionFile:
    """A `Suppression` in one JSON file; one writer (the bot) at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._entries: dict[str, dict[str, str]] = self._load()

    def _load(self) -> dict[str, dict[str, str]]:
        if not self.path.exists():
            return {}
        try:
            raw: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{self.path}: suppression list unreadable ({exc})") from None
        entries = raw.get("entries") if isinstance(raw, dict) else None
        if raw.get("version") != 1 or not isinstance(entries, dict) or not all(
            isinstance(k, str) and len(k) == 64 for k in entries
        ):
            raise ConfigError(f"{self.path}: not a privacy-bot suppression list (version 1)")
        return {k: dict(v) for k, v in entries.items()}

    def add(self, digest: str, reason: str, now: datetime) -> bool:
        if len(digest) != 64 or reason not in REASONS:
            raise ValueError("suppression entries are 64-hex keyed hashes with a known reason")
        if digest in self._entries:
            return False
        self._entries[digest] = {"reason": reason, "since": now.date().isoformat()}
        self._save()
        return True

    def __contains__(self, digest: object) -> bool:
        return digest in self._entries

    def hashes(self) -> frozenset[str]:
        return frozenset(self._entries)

    def _save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 1, "entries": self._entries}, indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".suppression-")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def suppress(
    suppression: Suppression, address: str, key: bytes, reason: str, now: datetime,
    rules: ProviderRules = DEFAULT_RULES,
) -> bool:
    return suppression.add(address_hash(address, key, rules), reason, now)


def is_suppressed(
    suppression: Suppression, address: str, key: bytes, rules: ProviderRules = DEFAULT_RULES
) -> bool:
    """For `privacy-bot suppressed check ADDRESS` and before any marketing send."""
    return address_hash(address, key, rules) in suppression

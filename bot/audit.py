"""The audit log: an append-only, hash-chained record of every action.

Where it sits: the app, the review commands and the desk call `AuditLog.append` after
each action is committed; `privacy-bot audit verify` calls `AuditLog.verify`. It is the
proof of what was done and when (GDPR Art. 5(2) accountability, Art. 30 records), so it
carries case ids, categories and counts, never personal data: no addresses, names,
subjects or mail text (Art. 5(1)(c) data minimisation), and it survives the purge of
the cases it mentions.

File `<store>/audit.jsonl`, one JSON object per line:

    {"seq", "at", "actor", "action", "case_id", "detail", "prev", "hash"}

`hash = sha256(prev + canonical JSON of the line without "hash")`, `prev` being the hash
of the line before (64 zeros for the first). A changed, inserted, removed or reordered
line breaks the chain at that line. Removing lines from the *end* leaves a valid chain,
so the last sequence number and hash are also kept in `audit.head` (written atomically
after each line); `verify` compares the two. An attacker who can rewrite both files can
forge a history: publish `head()` somewhere else (the staff digest) to anchor it.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.clock import Clock, system_clock
from bot.store.storage import AtomicJSONStorage

log = logging.getLogger(__name__)

GENESIS = "0" * 64
Scalar = str | int | float | bool | None
DetailValue = Scalar | list[Scalar] | tuple[Scalar, ...]
# Keys that would invite personal data into a log that outlives the purge.
_FORBIDDEN_KEYS = frozenset({"address", "email", "from", "to", "name", "subject", "body", "text"})


@dataclass(frozen=True, slots=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    case_id: str
    detail: dict[str, Any]
    prev: str
    hash: str


@dataclass(frozen=True, slots=True)
class AuditHead:
    lines: int
    hash: str


@dataclass(frozen=True, slots=True)
class AuditReport:
    ok: bool
    lines: int
    first_bad_line: int | None = None  # 1-based; lines + 1 when lines are missing at the end
    problem: str = ""


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def chain_hash(prev: str, body: dict[str, Any]) -> str:
    """The hash of one line: its predecessor's hash, then its own canonical JSON."""
    return hashlib.sha256(prev.encode() + _canonical(body)).hexdigest()


def _check_detail(detail: dict[str, DetailValue]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in detail.items():
        if key.lower() in _FORBIDDEN_KEYS:
            raise ValueError(f"audit detail {key!r} would hold personal data")
        items = list(value) if isinstance(value, (list, tuple)) else [value]
        for item in items:
            if not isinstance(item, (str, int, float, bool)) and item is not None:
                raise TypeError(f"audit detail {key!r}: {type(item).__name__} is not a JSON scalar")
            if isinstance(item, str) and "@" in item:
                raise ValueError(f"audit detail {key!r} looks like it holds an address")
        clean[key] = items if isinstance(value, (list, tuple)) else value
    return clean


class AuditLog:
    """`<store>/audit.jsonl` and its anchor `<store>/audit.head`."""

    def __init__(self, path: str | Path, clock: Clock = system_clock) -> None:
        self.path = Path(path)
        self.head_path = self.path.with_suffix(".head")
        self.clock = clock
        self._head = AtomicJSONStorage(self.head_path)

    def append(self, actor: str, action: str, case_id: str = "", **detail: DetailValue) -> AuditEntry:
        """Write one line, fsync it, then move the anchor; returns the entry written."""
        return self.append_many([(actor, action, case_id, detail)])[-1]

    def append_many(self, items: list[tuple[str, str, str, dict[str, DetailValue]]]) -> list[AuditEntry]:
        """Write several lines with one fsync and one anchor move (one commit's actions)."""
        checked = []
        for actor, action, case_id, detail in items:
            if "@" in actor or "@" in case_id:
                raise ValueError("audit actor and case id must not hold an address")
            checked.append((actor, action, case_id, _check_detail(detail)))
        if not checked:
            return []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        written: list[AuditEntry] = []
        # One writer at a time across processes (the bot, `review approve`, the desk):
        # two appenders reading the same tail would fork the chain.
        with open(self.path, "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                seq, prev = self._tail(fh)
                at = self.clock().isoformat(timespec="seconds")
                lines = []
                for actor, action, case_id, clean in checked:
                    seq += 1
                    body: dict[str, Any] = {
                        "seq": seq, "at": at, "actor": actor, "action": action,
                        "case_id": case_id, "detail": clean, "prev": prev,
                    }
                    digest = chain_hash(prev, body)
                    lines.append(_canonical({**body, "hash": digest}) + b"\n")
                    written.append(AuditEntry(seq, at, actor, action, case_id, clean, prev, digest))
                    prev = digest
                fh.write(b"".join(lines))
                fh.flush()
                os.fsync(fh.fileno())
                self._head.write({"lines": seq, "hash": prev})
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return written

    def _tail(self, fh: Any) -> tuple[int, str]:
        """(seq, hash) of the last complete line; drops a torn fragment a crash left."""
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return 0, GENESIS
        block, data = 4096, b""
        pos = size
        while pos > 0 and data.count(b"\n") < 2:
            pos = max(0, pos - block)
            fh.seek(pos)
            data = fh.read(size - pos)
        if not data.endswith(b"\n"):
            # A crash between write and fsync; append() never returned for that line,
            # so nothing acknowledged is lost by cutting it.
            cut = data.rfind(b"\n") + 1
            log.warning("audit log: dropping a torn last line of %d bytes", len(data) - cut)
            fh.truncate(pos + cut)
            fh.seek(0, os.SEEK_END)
            data = data[:cut]
            if not data:  # the loop above reads back to the start unless it saw two line ends
                return 0, GENESIS
        last = json.loads(data.rstrip(b"\n").rsplit(b"\n", 1)[-1])
        return int(last["seq"]), str(last["hash"])

    def head(self) -> AuditHead | None:
        """The anchor: publish it elsewhere to make rewriting the whole log detectable."""
        doc = self._head.read()
        return AuditHead(int(doc["lines"]), str(doc["hash"])) if doc else None

    def entries(self) -> Iterator[AuditEntry]:
        if not self.path.exists():
            return
        with open(self.path, "rb") as fh:
            for raw in fh:
                yield AuditEntry(**json.loads(raw))

    def verify(self) -> AuditReport:
        """Walk the chain; the first line that does not follow is reported."""
        prev, count = GENESIS, 0
        lines: list[bytes] = self.path.read_bytes().split(b"\n") if self.path.exists() else [b""]
        if lines[-1] != b"":
            return _bad(len(lines) - 1, len(lines), "torn (no line end)")
        for number, raw in enumerate(lines[:-1], start=1):
            try:
                doc = json.loads(raw)
                body = {k: doc[k] for k in ("seq", "at", "actor", "action", "case_id", "detail", "prev")}
                stored = doc["hash"]
            except (ValueError, KeyError, TypeError):
                return _bad(count, number, "not an audit entry")
            if chain_hash(body["prev"], body) != stored:
                return _bad(count, number, "content does not match its hash (changed)")
            if body["prev"] != prev or body["seq"] != number:
                return _bad(count, number, f"does not follow line {number - 1} (removed, inserted or reordered)")
            prev, count = stored, number
        return self._check_head(count, prev)

    def _check_head(self, count: int, last_hash: str) -> AuditReport:
        head, name = self.head(), self.head_path.name
        if head is None:
            return AuditReport(count == 0, count, None, "" if count == 0 else f"{name} is missing")
        if count < head.lines:
            return _bad(count, count + 1, f"missing: the log ends at line {count}, {name} records {head.lines}"
                        " (lines removed from the end)")
        if count == head.lines and last_hash != head.hash:
            return _bad(count, count, f"differs from {name}")
        if count > head.lines + 1:
            return _bad(count, head.lines + 2, "not written by append() (after the anchor)")
        if count == head.lines + 1:
            # A crash after the line's fsync, before the anchor moved: the line the
            # anchor names must still be the one it recorded.
            prior = next((e.hash for e in self.entries() if e.seq == head.lines), GENESIS)
            if prior != head.hash:
                return _bad(count, head.lines, f"differs from {name}")
        return AuditReport(True, count)


def _bad(lines: int, line: int, problem: str) -> AuditReport:
    return AuditReport(False, lines, line, f"line {line}: {problem}")

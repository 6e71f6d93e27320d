"""What the store keeps, read and written through the commit protocol of `store.py`."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.audit import AuditLog
from bot.cases.model import Case
from bot.cases.transitions import FINAL_STATES
from bot.mail.compose import Outgoing
from bot.store.storage import fsync_dir
from bot.store.store import Store, drop_row, put_row


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    uidvalidity: int
    uid: int
    sha256: str
    outcome: str  # processed kind: request, follow_up, automated, other, own_loop, quarantined
    folder: str  # where the mail is moved
    reason: str = ""
    case_id: str = ""

    @property
    def key(self) -> str:
        return f"{self.uidvalidity}:{self.uid}"


@dataclass(frozen=True, slots=True)
class Commit:
    """Everything one step decides, written at once (see the protocol in store.py)."""

    ledger: LedgerEntry | None = None
    cases: tuple[Case, ...] = ()
    outgoing: tuple[Outgoing, ...] = ()
    threads: tuple[tuple[str, str], ...] = ()  # (Message-ID we sent or received, case id)
    tokens: tuple[dict[str, Any], ...] = ()  # TokenRecord documents, keyed by digest
    extra: dict[str, Any] = field(default_factory=dict)


def rate_key(address: str, day: str, secret: bytes) -> str:
    digest = hmac.new(secret, address.lower().encode(), hashlib.sha256).hexdigest()[:32]
    return f"{day}:{digest}"


class Records:
    """Typed access to the store's tables."""

    def __init__(self, store: Store, secret: bytes = b"privacy-bot", audit: AuditLog | None = None) -> None:
        self.store = store
        self.secret = secret
        self.audit = audit
        # One writer at a time reads-modifies-commits (mail loop, web, sweeps, the
        # review CLI), across threads and processes: see StoreLock.
        self.lock = store.lock

    # -- commit ----------------------------------------------------------------------
    def commit(self, change: Commit, now: datetime) -> None:
        doc = _commit_doc(change, now, self.secret)
        with self.store.writing():
            known = {c.id: len(old.events) if (old := self.case(c.id)) else 0 for c in change.cases}
            tables = self.store.index.read()
            doc_id = str(max((int(i) for i in tables["journal"]), default=0) + 1)
            tables["journal"][doc_id] = doc
            self.store.index.write(tables)  # the commit point: one atomic write
            self._apply(doc_id, doc, tables)
            if self.audit is not None:
                self._audit(change, known)

    def _audit(self, change: Commit, known: dict[str, int]) -> None:
        """One audit line per new case event and per queued mail; no personal data."""
        assert self.audit is not None
        lines: list[tuple[str, str, str, dict[str, Any]]] = []
        for case in change.cases:
            for event in case.events[known.get(case.id, 0):]:
                lines.append((event.actor, event.event, case.id, {"state": event.state, "category": case.category}))
        for out in change.outgoing:
            lines.append(("bot", "mail_queued", out.case_id, {"kind": out.kind}))
        if change.ledger is not None:
            lines.append(("bot", "mail_recorded", change.ledger.case_id,
                          {"outcome": change.ledger.outcome, "folder": change.ledger.folder}))
        self.audit.append_many(lines)

    def replay_journal(self) -> int:
        """Finish commits a crash interrupted; returns how many were replayed."""
        with self.store.writing():
            tables = self.store.index.read()
            pending = sorted(tables["journal"].items(), key=lambda item: int(item[0]))
            for doc_id, doc in pending:
                self._apply(doc_id, doc, tables)
        return len(pending)

    def _apply(self, doc_id: str, doc: dict[str, Any], tables: dict[str, dict[str, dict[str, Any]]]) -> None:
        """Write the commit into the tables: idempotent, one write per file touched."""
        s = self.store
        folders: set[Path] = set()
        folders |= s.cases.put_many(((c["id"], c) for c in doc["cases"]), sync_dir=False)
        existing = {o["message_id"]: s.outbox.get(o["message_id"]) for o in doc["outgoing"]}
        new_mail = [o for o in doc["outgoing"] if existing[o["message_id"]] is None]  # never reset a sent mail
        # A replay after a crash between the outbox write and the index write must
        # still list the queued mail as pending, or it would never leave.
        unsent = [o for o in doc["outgoing"] if (existing[o["message_id"]] or {"status": "queued"})["status"] == "queued"]
        folders |= s.outbox.put_many(
            ((o["message_id"], {**o, "status": "queued", "attempts": 0, "next_at": doc["at"], "error": ""}) for o in new_mail),
            sync_dir=False,
        )
        folders |= s.threads.put_many(((msgid, {"case_id": case_id}) for msgid, case_id in doc["threads"]), sync_dir=False)
        folders |= s.tokens.put_many(((t["digest"], t) for t in doc.get("tokens", [])), sync_dir=False)
        counts = []
        for key, msgid in doc["rate"]:
            seen = s.counters.get(key) or {"ids": []}
            if msgid not in seen["ids"]:
                counts.append((key, {"ids": [*seen["ids"], msgid]}))
        folders |= s.counters.put_many(counts, sync_dir=False)
        if doc["ledger"] is not None:
            entry = doc["ledger"]
            folders |= s.ledger.put_many([(entry["key"], entry)], sync_dir=False)
            sha = {"key": entry["key"], "folder": entry["folder"], "case_id": entry["case_id"]}
            folders |= s.by_sha.put_many([(entry["sha256"], sha)], sync_dir=False)
        finals = {str(x) for x in FINAL_STATES}
        folders |= s.open_cases.put_many(
            ((c["id"], None if c["state"] in finals else
              {"due": c["due"], "state": c["state"], "who": self.who(c["address"])}) for c in doc["cases"]),
            sync_dir=False,
        )
        for folder in folders:  # the renames above are durable before the journal entry goes
            fsync_dir(folder)
        for out in unsent:
            put_row(tables["pending_mail"], "message_id", {"message_id": out["message_id"]})
        del tables["journal"][doc_id]
        s.index.write(tables)

    # -- reading ---------------------------------------------------------------------
    def ledger_entry(self, uidvalidity: int, uid: int) -> dict[str, Any] | None:
        return self.store.ledger.get(f"{uidvalidity}:{uid}")

    def seen_sha(self, sha256: str) -> dict[str, Any] | None:
        return self.store.by_sha.get(sha256)

    def case(self, case_id: str) -> Case | None:
        doc = self.store.cases.get(case_id)
        return Case.from_doc(doc) if doc else None

    def who(self, address: str) -> str:
        """A keyed pseudonym of an address, to find a person's open cases without storing it twice."""
        return hmac.new(self.secret, b"who:" + address.lower().encode(), hashlib.sha256).hexdigest()[:20]

    def open_cases_of(self, address: str) -> list[Case]:
        """The open cases from one address, reading only those (the hot path of intake)."""
        who = self.who(address)
        ids = [case_id for case_id, d in self.store.open_cases.items() if d.get("who") == who]
        return [c for c in (self.case(i) for i in ids) if c is not None]

    def open_cases(self) -> list[Case]:
        ids = [case_id for case_id, _ in sorted(self.store.open_cases.items(), key=lambda item: item[1]["due"])]
        return [c for c in (self.case(i) for i in ids) if c is not None]

    def all_cases(self) -> Iterator[Case]:
        for _, doc in self.store.cases.items():
            yield Case.from_doc(doc)

    def case_of_thread(self, message_id: str) -> str | None:
        doc = self.store.threads.get(message_id)
        return str(doc["case_id"]) if doc else None

    def sent_today(self, address: str, day: str) -> int:
        doc = self.store.counters.get(rate_key(address, day, self.secret))
        return len(doc["ids"]) if doc else 0

    def token(self, digest: str) -> dict[str, Any] | None:
        return self.store.tokens.get(digest)

    def forget_mail_of(self, case_ids: set[str]) -> None:
        """Retention: drop queued/sent mail bodies and thread links of purged cases."""
        with self.store.writing():
            gone = [(k, None) for k, doc in self.store.outbox.items() if doc.get("case_id") in case_ids]
            self.store.outbox.put_many(gone)
            links = [(k, None) for k, doc in self.store.threads.items() if doc.get("case_id") in case_ids]
            self.store.threads.put_many(links)

    # -- outbox ----------------------------------------------------------------------
    def pending_mail(self) -> list[dict[str, Any]]:
        out = []
        for row in self.store.index.rows("pending_mail"):
            doc = self.store.outbox.get(row["message_id"])
            if doc is not None:
                out.append(doc)
        return out

    def outbox_entry(self, message_id: str) -> dict[str, Any] | None:
        return self.store.outbox.get(message_id)

    def mark_sent(self, message_ids: list[str], now: datetime) -> None:
        """Record a flush's sent mails: one write per outbox shard and one index write."""
        at = now.isoformat(timespec="seconds")
        with self.store.writing():
            docs = [(m, d) for m in message_ids if (d := self.store.outbox.get(m)) is not None]
            self.store.outbox.put_many((m, {**d, "status": "sent", "sent_at": at, "error": ""}) for m, d in docs)
            tables = self.store.index.read()
            for message_id in message_ids:
                drop_row(tables["pending_mail"], "message_id", message_id)
            self.store.index.write(tables)

    def update_mail(self, message_id: str, **changes: Any) -> None:
        with self.store.writing():
            doc = self.store.outbox.get(message_id)
            if doc is None:
                return
            doc.update(changes)
            self.store.outbox.put(message_id, doc)
            if doc["status"] in ("sent", "failed"):
                tables = self.store.index.read()
                drop_row(tables["pending_mail"], "message_id", message_id)
                self.store.index.write(tables)


def _commit_doc(change: Commit, now: datetime, secret: bytes) -> dict[str, Any]:
    day = now.strftime("%Y%m%d")
    ledger = None
    if change.ledger is not None:
        e = change.ledger
        ledger = {
            "key": e.key,
            "uidvalidity": e.uidvalidity,
            "uid": e.uid,
            "sha256": e.sha256,
            "outcome": e.outcome,
            "folder": e.folder,
            "reason": e.reason,
            "case_id": e.case_id,
            "at": now.isoformat(timespec="seconds"),
        }
    return {
        "at": now.isoformat(timespec="seconds"),
        "ledger": ledger,
        "cases": [c.to_doc() for c in change.cases],
        "outgoing": [o.to_doc() for o in change.outgoing],
        "tokens": list(change.tokens),
        "threads": [list(t) for t in change.threads] + [[o.message_id, o.case_id] for o in change.outgoing],
        "rate": [[rate_key(o.to, day, secret), o.message_id] for o in change.outgoing],
        **change.extra,
    }

"""What the store keeps, read and written through the commit protocol of `store.py`."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tinydb import Query

from bot.cases.model import Case
from bot.cases.transitions import FINAL_STATES
from bot.mail.compose import Outgoing
from bot.store.store import Store


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
    extra: dict[str, Any] = field(default_factory=dict)


def rate_key(address: str, day: str, secret: bytes) -> str:
    digest = hmac.new(secret, address.lower().encode(), hashlib.sha256).hexdigest()[:32]
    return f"{day}:{digest}"


class Records:
    """Typed access to the store's tables."""

    def __init__(self, store: Store, secret: bytes = b"privacy-bot") -> None:
        self.store = store
        self.secret = secret

    # -- commit ----------------------------------------------------------------------
    def commit(self, change: Commit, now: datetime) -> None:
        doc = _commit_doc(change, now, self.secret)
        with self.store.writing():
            doc_id = self.store.journal.insert(doc)  # the commit point: one atomic write
            self._apply(doc)
            self.store.journal.remove(doc_ids=[doc_id])

    def replay_journal(self) -> int:
        """Finish commits a crash interrupted; returns how many were replayed."""
        with self.store.writing():
            docs = self.store.journal.all()
            for doc in docs:
                self._apply(doc)
                self.store.journal.remove(doc_ids=[doc.doc_id])
        return len(docs)

    def _apply(self, doc: dict[str, Any]) -> None:
        s = self.store
        for case_doc in doc["cases"]:
            s.cases.put(case_doc["id"], case_doc)
            is_open = case_doc["state"] not in {str(x) for x in FINAL_STATES}
            if is_open:
                summary = {"id": case_doc["id"], "due": case_doc["due"], "state": case_doc["state"]}
                s.open_cases.upsert(summary, Query().id == case_doc["id"])
            else:
                s.open_cases.remove(Query().id == case_doc["id"])
        for out in doc["outgoing"]:
            if s.outbox.get(out["message_id"]) is None:  # a replay never resets a sent mail
                s.outbox.put(out["message_id"], {**out, "status": "queued", "attempts": 0, "next_at": doc["at"], "error": ""})
                s.pending_mail.upsert({"message_id": out["message_id"]}, Query().message_id == out["message_id"])
        for msgid, case_id in doc["threads"]:
            s.threads.put(msgid, {"case_id": case_id})
        for key, msgid in doc["rate"]:
            seen = s.counters.get(key) or {"ids": []}
            if msgid not in seen["ids"]:
                s.counters.put(key, {"ids": [*seen["ids"], msgid]})
        if doc["ledger"] is not None:
            entry = doc["ledger"]
            s.ledger.put(entry["key"], entry)
            s.by_sha.put(entry["sha256"], {"key": entry["key"], "folder": entry["folder"], "case_id": entry["case_id"]})

    # -- reading ---------------------------------------------------------------------
    def ledger_entry(self, uidvalidity: int, uid: int) -> dict[str, Any] | None:
        return self.store.ledger.get(f"{uidvalidity}:{uid}")

    def seen_sha(self, sha256: str) -> dict[str, Any] | None:
        return self.store.by_sha.get(sha256)

    def case(self, case_id: str) -> Case | None:
        doc = self.store.cases.get(case_id)
        return Case.from_doc(doc) if doc else None

    def open_cases(self) -> list[Case]:
        ids = [d["id"] for d in sorted(self.store.open_cases.all(), key=lambda d: d["due"])]
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

    # -- outbox ----------------------------------------------------------------------
    def pending_mail(self) -> list[dict[str, Any]]:
        out = []
        for row in self.store.pending_mail.all():
            doc = self.store.outbox.get(row["message_id"])
            if doc is not None:
                out.append(doc)
        return out

    def outbox_entry(self, message_id: str) -> dict[str, Any] | None:
        return self.store.outbox.get(message_id)

    def update_mail(self, message_id: str, **changes: Any) -> None:
        with self.store.writing():
            doc = self.store.outbox.get(message_id)
            if doc is None:
                return
            doc.update(changes)
            self.store.outbox.put(message_id, doc)
            if doc["status"] in ("sent", "failed"):
                self.store.pending_mail.remove(Query().message_id == message_id)


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
        "threads": [list(t) for t in change.threads] + [[o.message_id, o.case_id] for o in change.outgoing],
        "rate": [[rate_key(o.to, day, secret), o.message_id] for o in change.outgoing],
        **change.extra,
    }

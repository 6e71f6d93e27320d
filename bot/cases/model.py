"""The Case value and `advance()`, the one way a case changes state.

Pure: it takes the case, an event and the time, and returns a new case with the
event appended to its log. Cases are keyed by a random id, never by the sender's
address (an address is forgeable).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from bot.cases.transitions import TRANSITIONS, CaseEvent, CaseState, InvalidTransition

_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: people read these aloud


def new_case_id(now: datetime) -> str:
    """`PB-YYMM-XXXXXXXX`: 40 random bits; the month prefix keeps store shards small."""
    tail = "".join(secrets.choice(_ALPHABET) for _ in range(8))
    return f"PB-{now:%y%m}-{tail}"


@dataclass(frozen=True, slots=True)
class Event:
    at: str  # ISO 8601, UTC
    actor: str  # "bot", "requester", "staff:<name>"
    event: str
    state: str  # the state after the event
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    state: CaseState
    category: str
    categories: tuple[str, ...]
    language: str
    address: str  # where replies go: the single From address of the request
    received_at: str
    due: str  # ISO date by which the answer is owed (GDPR Art. 12(3))
    subject: str = ""
    message_id: str = ""
    mail_sha256: str = ""
    confidence: float = 0.0
    hits: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    priority: int = 0
    events: tuple[Event, ...] = ()
    draft: dict[str, Any] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def due_date(self) -> date:
        return date.fromisoformat(self.due)

    @property
    def received_at_date(self) -> date:
        return datetime.fromisoformat(self.received_at).date()

    def to_doc(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "state": str(self.state),
            "category": self.category,
            "categories": list(self.categories),
            "language": self.language,
            "address": self.address,
            "received_at": self.received_at,
            "due": self.due,
            "subject": self.subject,
            "message_id": self.message_id,
            "mail_sha256": self.mail_sha256,
            "confidence": self.confidence,
            "hits": list(self.hits),
            "flags": list(self.flags),
            "priority": self.priority,
            "events": [
                {"at": e.at, "actor": e.actor, "event": e.event, "state": e.state, "reason": e.reason}
                for e in self.events
            ],
            "draft": self.draft,
            "data": self.data,
        }

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Case:
        return cls(
            id=doc["id"],
            state=CaseState(doc["state"]),
            category=doc["category"],
            categories=tuple(doc["categories"]),
            language=doc["language"],
            address=doc["address"],
            received_at=doc["received_at"],
            due=doc["due"],
            subject=doc.get("subject", ""),
            message_id=doc.get("message_id", ""),
            mail_sha256=doc.get("mail_sha256", ""),
            confidence=doc.get("confidence", 0.0),
            hits=tuple(doc.get("hits", ())),
            flags=tuple(doc.get("flags", ())),
            priority=doc.get("priority", 0),
            events=tuple(Event(**e) for e in doc.get("events", ())),
            draft=dict(doc.get("draft", {})),
            data=dict(doc.get("data", {})),
        )


def advance(case: Case, event: CaseEvent, now: datetime, actor: str = "bot", reason: str = "") -> Case:
    """The case after `event`; raises InvalidTransition if the table forbids it."""
    target = TRANSITIONS.get((case.state, event))
    if target is None:
        raise InvalidTransition(f"{event} not allowed in state {case.state}")
    entry = Event(at=now.isoformat(timespec="seconds"), actor=actor, event=str(event), state=str(target), reason=reason)
    return replace(case, state=target, events=(*case.events, entry))


def note(case: Case, now: datetime, what: str, actor: str = "bot", reason: str = "") -> Case:
    """Append an event that does not change state (a reminder, a linked complaint)."""
    entry = Event(at=now.isoformat(timespec="seconds"), actor=actor, event=what, state=str(case.state), reason=reason)
    return replace(case, events=(*case.events, entry))

"""What the desk pages show, computed from cases (pure: no request, no I/O).

Where it sits: bot.web.desk reads cases from the store and hands them here to become
queue rows and case pages; the Jinja2 templates only lay these values out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.cases.model import Case
from bot.cases.transitions import FINAL_STATES, CaseEvent, CaseState
from bot.categories import NEEDS_VERIFICATION
from bot.schedule.deadlines import days_left
from bot.schedule.sweeps import extension_months

_CASE_ID = re.compile(r"PB-\d{4}-[A-Z0-9]{1,8}", re.IGNORECASE)
# A text part that is really HTML (some clients send markup as text/plain): shown as
# text, with no element kept, so nothing in it can load, run or link.
_LOOKS_HTML = re.compile(r"<\s*(html|body|div|p|br|img|a|table|span|style|script|font)\b", re.IGNORECASE)
_DROP_BLOCKS = re.compile(r"<\s*(script|style|head|title)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
_BREAKS = re.compile(r"<\s*(br|/p|/div|/tr|/li|/h\d)\b[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the queue."""

    case: Case
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0 and self.case.state not in FINAL_STATES

    @property
    def when(self) -> str:
        if self.case.state in FINAL_STATES:
            return f"closed ({self.case.state})"
        if self.days_left < 0:
            return f"OVERDUE by {-self.days_left} day{'s' if self.days_left != -1 else ''}"
        if self.days_left == 0:
            return "due today"
        return f"{self.days_left} day{'s' if self.days_left != 1 else ''} left"


def queue(cases: Iterable[Case], today: date, state: str = "", category: str = "") -> list[Row]:
    """Cases most urgent first: fewest days left, then higher priority, then oldest."""
    rows = [Row(c, days_left(c.due_date, today)) for c in cases
            if (not state or c.state == state) and (not category or category in c.categories)]
    return sorted(rows, key=lambda r: (r.days_left, -r.case.priority, r.case.received_at, r.case.id))


def matches(case: Case, query: str) -> bool:
    """A search by case reference (whole or its tail) or by the requester's address."""
    q = query.strip().lower()
    if not q:
        return True
    if _CASE_ID.fullmatch(q) or q.startswith("pb-"):
        return case.id.lower().startswith(q)
    if "@" in q:
        return q in case.address.lower()
    return q in case.id.lower() or q in case.address.lower()


def mail_text(case: Case) -> str:
    """The original mail as plain text: HTML markup removed, never rendered."""
    text = str(case.data.get("text", ""))
    if not _LOOKS_HTML.search(text):
        return text
    text = _DROP_BLOCKS.sub(" ", text)
    text = _BREAKS.sub("\n", text)
    text = _TAG.sub("", text)
    return html.unescape(text).strip()


@dataclass(frozen=True, slots=True)
class Verification:
    label: str
    detail: str
    verified: bool


def verification(case: Case) -> Verification:
    """Where the case stands on proving the sender controls the address."""
    info: dict[str, Any] = dict(case.data.get("challenge") or {})
    done = [e for e in case.events if e.event == CaseEvent.VERIFIED]
    if done:
        return Verification("verified", f"{done[-1].reason or 'confirmed'} on {done[-1].at}", True)
    if any(e.event == CaseEvent.NOT_ME for e in case.events):
        return Verification("refused", "the address owner answered: this was not me", False)
    if case.state is CaseState.EXPIRED or any(e.event == CaseEvent.CHALLENGE_EXPIRED for e in case.events):
        return Verification("expired", "the challenge was never answered", False)
    if info:
        attempts = int(info.get("attempts", 0))
        tried = f"; {attempts} wrong code{'s' if attempts != 1 else ''} so far" if attempts else ""
        return Verification("awaiting", f"challenge sent {info.get('sent_at', '?')}, expires "
                                        f"{info.get('expires_at', '?')}{tried}", False)
    if not set(case.categories) & {str(c) for c in NEEDS_VERIFICATION}:
        return Verification("not needed", "nothing is disclosed or changed for this category", False)
    return Verification("not started", "no challenge was sent (yet)", False)


def planned_changes(case: Case) -> list[dict[str, Any]]:
    """The draft's summary per handler: category, approval need, and what it will do."""
    out = []
    for item in case.draft.get("summary") or []:
        if isinstance(item, dict):
            rest = {k: v for k, v in item.items() if k not in ("category", "needs_approval")}
            out.append({"category": item.get("category", "?"), "needs_approval": bool(item.get("needs_approval")),
                        "items": [(k.replace("_", " "), _plain(v)) for k, v in rest.items()]})
    return out


def _plain(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain(v) for v in value) or "none"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_plain(v)}" for k, v in value.items()) or "none"
    return str(value)


def can_act(case: Case) -> dict[str, bool]:
    """Which buttons the case page offers (the actions re-check on POST)."""
    open_ = case.state not in FINAL_STATES and case.state is not CaseState.APPROVED
    return {
        "approve": case.state is CaseState.AWAITING_APPROVAL and "plan" in case.data,
        "edit": case.state is CaseState.AWAITING_APPROVAL,
        "reclassify": open_,
        "clarify": open_ and bool(case.address),
        "extend": open_ and bool(case.address) and extension_months(case) < 2,
        "reject": open_,
    }

"""Retention: what is left of a closed case once its retention period has passed.

Where it sits: a sweep (or `privacy-bot purge [--dry-run]`) calls `plan_purge` on all
cases; the app replaces each planned case by `purge_case(...)` in one commit, then
deletes the files and mails each `PurgeItem` names (export files, the request in the
Processed folder) and logs `purged` to the audit log. Storage limitation, GDPR
Art. 5(1)(e): personal data is kept no longer than needed; what stays is a pseudonymous
record (Art. 4(5)) that still feeds the statistics and proves what was done
(Art. 5(2)), and the suppression entry, which lives elsewhere and is not touched here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.cases.model import Case, note
from bot.cases.transitions import FINAL_STATES
from bot.schedule.sweeps import Restart
from bot.stats import pseudonym

PURGED = "purged"
REMOVED = "[removed]"
# What a purged case may still carry in `data`: dates and counts, nothing a person wrote.
KEPT_DATA = frozenset({"clock_start", "extension_months", "pseudonym", "purged_at"})
# Event reasons the bot writes itself; anything else (staff text, mail subjects, SMTP
# errors that quote the address) is replaced. Digits are compared as "N".
FIXED_REASONS = frozenset(
    {
        "",
        "draft edited",
        "no privacy request: handed to staff",
        "more than N mails today to this address",
        *(str(r) for r in Restart),
    }
)


@dataclass(frozen=True, slots=True)
class PurgeItem:
    """One closed case past retention, and what besides the store holds its data."""

    case_id: str
    state: str
    category: str
    closed_at: str  # the last event: the retention period runs from here
    age_days: int
    exports: tuple[str, ...]  # export file identifiers: the app deletes them
    message_id: str  # the request in the Processed folder: the app deletes it


def last_event_at(case: Case) -> datetime:
    return datetime.fromisoformat(case.events[-1].at if case.events else case.received_at)


def is_purged(case: Case) -> bool:
    return "purged_at" in case.data


def plan_purge(cases: Iterable[Case], now: datetime, retention_days: int) -> list[PurgeItem]:
    """Closed cases (done, expired, rejected) whose last event is older than retention.

    Open cases are never purged, whatever their age: the request is still owed.
    """
    items = []
    for case in cases:
        if case.state not in FINAL_STATES or is_purged(case):
            continue
        closed = last_event_at(case)
        age = now - closed
        if age <= timedelta(days=retention_days):
            continue
        items.append(
            PurgeItem(
                case_id=case.id,
                state=str(case.state),
                category=case.category,
                closed_at=closed.isoformat(timespec="seconds"),
                age_days=age.days,
                exports=tuple(str(x) for x in case.data.get("exports", [])),
                message_id=case.message_id,
            )
        )
    return sorted(items, key=lambda i: (i.closed_at, i.case_id))


def scrub_reason(reason: str) -> str:
    """Keep a reason only if the bot wrote it from fixed words."""
    return reason if re.sub(r"\d+", "N", reason) in FIXED_REASONS else REMOVED


def purge_case(case: Case, now: datetime, pseudonym_key: bytes) -> Case:
    """The pseudonymous record of a closed case.

    Gone: the address (a keyed pseudonym stays in `data["pseudonym"]`, so repeat
    requesters still count in the statistics), the subject, the Message-ID (it often
    holds the sender's host or name), the draft and every data field not in
    `KEPT_DATA`; free-text event reasons. Kept: id, states, categories, language,
    rule hits, flags, dates and the event log, which is what proves the case was handled.
    """
    if case.state not in FINAL_STATES:
        raise ValueError(f"{case.id} is {case.state}: only closed cases are purged")
    data = {k: v for k, v in case.data.items() if k in KEPT_DATA}
    if case.address:
        data["pseudonym"] = pseudonym(case.address, pseudonym_key)
    data["purged_at"] = now.isoformat(timespec="seconds")
    events = tuple(replace(e, reason=scrub_reason(e.reason)) for e in case.events)
    stripped = replace(case, address="", subject="", message_id="", draft={}, data=data, events=events)
    return note(stripped, now, PURGED, reason="")


def format_purge(items: list[PurgeItem], dry_run: bool = True) -> str:
    """The report of `privacy-bot purge` (and `--dry-run`): case ids, never addresses."""
    verb = "would purge" if dry_run else "purged"
    if not items:
        return "Nothing to purge: no closed case is past its retention period.\n"
    lines = [f"{verb} {len(items)} case{'s' if len(items) != 1 else ''}:"]
    for item in items:
        extra = []
        if item.exports:
            extra.append(f"{len(item.exports)} export file{'s' if len(item.exports) != 1 else ''}")
        if item.message_id:
            extra.append("the request in Processed")
        tail = f"; also {' and '.join(extra)}" if extra else ""
        lines.append(
            f"  {item.case_id}  {item.category:<17} {item.state:<9} closed {item.closed_at[:10]}"
            f" ({item.age_days} days ago){tail}"
        )
    if dry_run:
        lines.append("Nothing was changed (dry run).")
    return "\n".join(lines) + "\n"


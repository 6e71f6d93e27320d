"""Sweeps: what the bot does about time passing, and the scheduler that wakes it.

Where it sits: deadlines are data in the cases (`Case.due`, `data["clock_start"]`,
`data["extension_months"]`). The planning functions here are pure: they take cases and
a clock reading and return what is due, overdue, to remind or to expire. The app turns
a `SweepPlan` into mails and case events and commits them. `Sweeper` is the only part
that touches APScheduler, and it only wakes the app's sweep callback: a job per
deadline would live in APScheduler's memory job store and vanish with the process, and
a run more than 1 s late would be skipped (INFRA.md).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from apscheduler.schedulers.background import BackgroundScheduler

from bot.cases.model import Case, note
from bot.cases.transitions import FINAL_STATES, CaseEvent, CaseState
from bot.clock import Clock, system_clock
from bot.schedule.deadlines import add_months, days_left
from bot.store.storage import AtomicJSONStorage

log = logging.getLogger(__name__)

CHALLENGE_REMINDER = "challenge_reminder"  # the note the app appends when it sends one
DEADLINE_RESTARTED = "deadline_restarted"
EXTENDED = "extended"
MAX_EXTENSION_MONTHS = 2  # Art. 12(3): "extended by two further months"


class Restart(StrEnum):
    """Why the one-month period starts again (the event reason; fixed words)."""

    # EDPB Guidelines 01/2022 on the right of access, §§ 159-160: where the controller
    # asks for what it needs to identify the person, the period starts once it has it.
    VERIFIED = "identity verified"
    # Recital 63: a controller holding much data may ask what the request relates to;
    # the period runs from the answer.
    CLARIFIED = "clarification received"


def is_open(case: Case) -> bool:
    return case.state not in FINAL_STATES


# -- deadlines ---------------------------------------------------------------------------
def due_soon(cases: Iterable[Case], today: date, within_days: int) -> list[Case]:
    """Open cases due today or within `within_days`, most urgent first."""
    hits = [c for c in cases if is_open(c) and 0 <= days_left(c.due_date, today) <= within_days]
    return sorted(hits, key=lambda c: (c.due, c.id))


def overdue(cases: Iterable[Case], today: date) -> list[Case]:
    """Open cases whose due date has passed, oldest deadline first."""
    return sorted((c for c in cases if is_open(c) and c.due_date < today), key=lambda c: (c.due, c.id))


def digest_text(soon: list[Case], late: list[Case], today: date) -> str:
    """The staff digest: case ids, categories, states and days left; no addresses.

    The digest goes by mail, outside the bot's control; who asked is for the desk.
    """
    lines = [f"privacy-bot deadlines on {today.isoformat()}: {len(late)} overdue, {len(soon)} due soon", ""]
    if late:
        lines.append("OVERDUE (the Art. 12(3) deadline has passed: answer now)")
        lines += [_row(c, f"{-days_left(c.due_date, today)} days late") for c in late]
        lines.append("")
    if soon:
        lines.append("DUE SOON")
        for c in soon:
            left = days_left(c.due_date, today)
            lines.append(_row(c, "due today" if left == 0 else f"{left} days left"))
        lines.append("")
    if not soon and not late:
        lines.append("Nothing is due soon.")
    return "\n".join(lines).rstrip() + "\n"


def _row(case: Case, when: str) -> str:
    return f"  {case.id}  {case.category:<17} {case.state:<22} due {case.due}  {when}"


# -- verification challenges -------------------------------------------------------------
def challenge_sent_at(case: Case) -> datetime | None:
    """When the latest challenge went out (a resent challenge starts a new wait)."""
    sent = [e.at for e in case.events if e.event == CaseEvent.CHALLENGE_SENT]
    return datetime.fromisoformat(sent[-1]) if sent else None


def _waiting(case: Case, now: datetime) -> timedelta | None:
    if case.state is not CaseState.AWAITING_VERIFICATION:
        return None
    sent = challenge_sent_at(case)
    return None if sent is None else now - sent


def challenge_reminders(cases: Iterable[Case], now: datetime, ttl_days: int, remind_after_days: int) -> list[Case]:
    """Challenges unanswered for `remind_after_days`, not yet expired, never reminded."""
    out = []
    for case in cases:
        sent = challenge_sent_at(case)
        if case.state is not CaseState.AWAITING_VERIFICATION or sent is None:
            continue
        if not timedelta(days=remind_after_days) <= now - sent < timedelta(days=ttl_days):
            continue
        if not any(e.event == CHALLENGE_REMINDER and datetime.fromisoformat(e.at) >= sent for e in case.events):
            out.append(case)
    return out


def challenge_expiries(cases: Iterable[Case], now: datetime, ttl_days: int) -> list[Case]:
    """Cases whose challenge is `ttl_days` old: the app advances them to expired."""
    return [c for c in cases if (w := _waiting(c, now)) is not None and w >= timedelta(days=ttl_days)]


# -- restarts and extensions -------------------------------------------------------------
def clock_start(case: Case) -> date:
    """The day the one-month period runs from: receipt, or the latest restart."""
    return date.fromisoformat(case.data["clock_start"]) if "clock_start" in case.data else case.received_at_date


def extension_months(case: Case) -> int:
    return int(case.data.get("extension_months", 0))


def restart_due(case: Case, restarted_at: datetime) -> str:
    """The due date (ISO) when the period starts again at `restarted_at`.

    Never earlier than the current due date: a restart must not shorten what the
    requester was told. An extension already granted stays granted.
    """
    fresh = add_months(restarted_at.date(), 1 + extension_months(case))
    return max(fresh, case.due_date).isoformat()


def restart(case: Case, restarted_at: datetime, why: Restart, actor: str = "bot") -> Case:
    """The case with its period restarted and a `deadline_restarted` event logged."""
    moved = replace(
        case,
        due=restart_due(case, restarted_at),
        data={**case.data, "clock_start": restarted_at.date().isoformat()},
    )
    return note(moved, restarted_at, DEADLINE_RESTARTED, actor=actor, reason=str(why))


class ExtensionRefused(ValueError):
    """An extension Art. 12(3) does not allow (a staff input error: shown, not logged)."""


def extend(case: Case, months: int, reason: str, now: datetime, actor: str = "bot") -> Case:
    """The case with its deadline extended by `months`; Art. 12(3) sets the limits.

    At most two further months in total; the requester must be told, with the reasons,
    within the first month, so an extension after that month is refused. The notice
    itself is drafted by the caller.
    """
    if months < 1:
        raise ExtensionRefused("an extension is at least one month")
    total = extension_months(case) + months
    if total > MAX_EXTENSION_MONTHS:
        left = MAX_EXTENSION_MONTHS - extension_months(case)
        raise ExtensionRefused(f"Art. 12(3) allows two further months in total; {left} left on {case.id}")
    if not reason.strip():
        raise ExtensionRefused("Art. 12(3) requires the reasons for the delay")
    first_month_ends = add_months(clock_start(case), 1)
    if now.date() > first_month_ends:
        raise ExtensionRefused(f"the first month ended on {first_month_ends}: too late to extend (Art. 12(3))")
    due = max(add_months(clock_start(case), 1 + total), case.due_date)
    moved = replace(case, due=due.isoformat(), data={**case.data, "extension_months": total})
    return note(moved, now, EXTENDED, actor=actor, reason=reason.strip())


# -- one sweep's plan --------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SweepPlan:
    due_soon: tuple[Case, ...]
    overdue: tuple[Case, ...]
    remind: tuple[Case, ...]  # send the requester a challenge reminder
    expire: tuple[Case, ...]  # advance with challenge_expired

    @property
    def empty(self) -> bool:
        return not (self.due_soon or self.overdue or self.remind or self.expire)


def plan_sweep(
    cases: Iterable[Case], now: datetime, due_within_days: int, ttl_days: int, remind_after_days: int
) -> SweepPlan:
    pool = [c for c in cases if is_open(c)]
    expire = challenge_expiries(pool, now, ttl_days)
    return SweepPlan(
        due_soon=tuple(due_soon(pool, now.date(), due_within_days)),
        overdue=tuple(overdue(pool, now.date())),
        remind=tuple(challenge_reminders(pool, now, ttl_days, remind_after_days)),
        expire=tuple(expire),
    )


# -- the scheduler -----------------------------------------------------------------------
class Sweeper:
    """Wakes `sweep(now)` every `interval_seconds`, and once at start if one was missed.

    The last sweep's time is kept in `<store>/sweeps.json` so that a bot that was down
    past a sweep catches up as soon as it starts, instead of an interval later.
    """

    def __init__(
        self,
        sweep: Callable[[datetime], None],
        state_path: str | Path,
        interval_seconds: float,
        clock: Clock = system_clock,
    ) -> None:
        self.sweep = sweep
        self.interval = timedelta(seconds=interval_seconds)
        self.clock = clock
        self._state = AtomicJSONStorage(state_path)
        self._lock = threading.Lock()  # the start-up catch-up and the job never overlap
        self.scheduler = BackgroundScheduler(timezone="UTC")

    def last_sweep(self) -> datetime | None:
        doc = self._state.read()
        return datetime.fromisoformat(doc["last_sweep"]) if doc and doc.get("last_sweep") else None

    def run_once(self) -> bool:
        """Run the sweep now; the time is recorded only if it succeeded."""
        with self._lock:
            now = self.clock()
            try:
                self.sweep(now)
            except Exception:  # a failing sweep must not stop the next ones
                log.exception("sweep failed; it runs again at the next wake-up")
                return False
            self._state.write({"last_sweep": now.isoformat(timespec="seconds")})
            return True

    def missed(self) -> bool:
        last = self.last_sweep()
        return last is None or self.clock() - last >= self.interval

    def start(self) -> bool:
        """Start waking sweeps; returns whether a missed sweep ran at once."""
        caught_up = self.missed() and self.run_once()
        self.scheduler.add_job(
            self.run_once,
            "interval",
            seconds=self.interval.total_seconds(),
            id="sweep",
            coalesce=True,  # after a stall, one sweep covers all missed wake-ups
            misfire_grace_time=None,  # late is fine: the sweep reads deadlines from data
            max_instances=1,
        )
        self.scheduler.start()
        return caught_up

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)

"""Sweeps: due-soon and overdue cases, challenge reminders and expiry, deadline
restarts and extensions (Art. 12(3)), and a sweep missed while the bot was down."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.cases.model import Case, Event
from bot.cases.transitions import CaseState
from bot.schedule.deadlines import due_date
from bot.schedule.sweeps import (
    CHALLENGE_REMINDER,
    ExtensionRefused,
    Restart,
    Sweeper,
    challenge_expiries,
    challenge_reminders,
    digest_text,
    due_soon,
    extend,
    overdue,
    plan_sweep,
    restart,
    restart_due,
)


def at(day: str, time: str = "10:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{time}:00+00:00")


def case(
    cid: str = "PB-2611-AAAAAAAA",
    received: str = "2026-11-29",
    state: CaseState = CaseState.AWAITING_APPROVAL,
    events: tuple[tuple[str, str], ...] = (),
    **kw: object,
) -> Case:
    return Case(
        id=cid,
        state=state,
        category=str(kw.pop("category", "access")),
        categories=("access",),
        language="en",
        address="alice.martin@example.org",
        received_at=at(received).isoformat(),
        due=str(kw.pop("due", due_date(date.fromisoformat(received)).isoformat())),
        events=tuple(Event(at=at(*when.split()).isoformat(), actor="bot", event=e, state=str(state)) for when, e in events),
        **kw,  # type: ignore[arg-type]
    )


# -- due soon, overdue, digest ------------------------------------------------------------
def test_due_soon_and_overdue_pick_open_cases_by_their_due_date() -> None:
    today = date(2026, 12, 20)
    late = case("PB-2611-LATE0001", due="2026-12-19")
    today_due = case("PB-2611-TODAY001", due="2026-12-20")
    soon = case("PB-2611-SOON0001", due="2026-12-27")
    later = case("PB-2611-LATER001", due="2026-12-28")
    closed = case("PB-2611-DONE0001", due="2026-12-01", state=CaseState.DONE)
    pool = [later, soon, closed, late, today_due]
    assert [c.id for c in due_soon(pool, today, 7)] == ["PB-2611-TODAY001", "PB-2611-SOON0001"]
    assert [c.id for c in overdue(pool, today)] == ["PB-2611-LATE0001"]


def test_the_digest_names_cases_and_days_but_no_address() -> None:
    today = date(2026, 12, 20)
    text = digest_text([case("PB-2611-SOON0001", due="2026-12-23")], [case("PB-2611-LATE0001", due="2026-12-17")], today)
    assert "1 overdue, 1 due soon" in text
    assert "PB-2611-LATE0001" in text and "3 days late" in text
    assert "PB-2611-SOON0001" in text and "3 days left" in text
    assert "@" not in text
    assert "Nothing is due soon" in digest_text([], [], today)


# -- challenges ---------------------------------------------------------------------------
WAITING = CaseState.AWAITING_VERIFICATION


def test_an_unanswered_challenge_is_reminded_once() -> None:
    sent = case(state=WAITING, events=(("2026-11-29 10:00", "challenge_sent"),))
    assert challenge_reminders([sent], at("2026-12-01", "09:00"), ttl_days=7, remind_after_days=2) == []
    assert challenge_reminders([sent], at("2026-12-01", "10:00"), ttl_days=7, remind_after_days=2) == [sent]
    reminded = case(state=WAITING, events=(("2026-11-29 10:00", "challenge_sent"), ("2026-12-01 10:00", CHALLENGE_REMINDER)))
    assert challenge_reminders([reminded], at("2026-12-03"), ttl_days=7, remind_after_days=2) == []


def test_a_resent_challenge_can_be_reminded_again() -> None:
    resent = case(state=WAITING, events=(
        ("2026-11-29 10:00", "challenge_sent"), ("2026-12-01 10:00", CHALLENGE_REMINDER),
        ("2026-12-02 10:00", "challenge_sent"),
    ))
    assert challenge_reminders([resent], at("2026-12-05"), ttl_days=7, remind_after_days=2) == [resent]


def test_a_challenge_expires_after_its_ttl_and_is_then_not_reminded() -> None:
    sent = case(state=WAITING, events=(("2026-11-29 10:00", "challenge_sent"),))
    now = at("2026-12-06", "10:00")
    assert challenge_expiries([sent], now - timedelta(seconds=1), ttl_days=7) == []
    assert challenge_expiries([sent], now, ttl_days=7) == [sent]
    assert challenge_reminders([sent], now, ttl_days=7, remind_after_days=2) == []
    verified = case(state=CaseState.VERIFIED, events=(("2026-11-29 10:00", "challenge_sent"),))
    assert challenge_expiries([verified], now, ttl_days=7) == []


def test_plan_sweep_gathers_everything_one_wake_up_does() -> None:
    waiting = case("PB-2611-WAIT0001", state=WAITING, events=(("2026-11-29 10:00", "challenge_sent"),))
    plan = plan_sweep([waiting], at("2026-12-26"), due_within_days=7, ttl_days=30, remind_after_days=2)
    assert plan.due_soon == (waiting,) and plan.remind == (waiting,) and plan.expire == ()
    assert not plan.empty


# -- restarts -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("received", "verified", "due"),
    [
        ("2026-11-29", "2026-12-03", "2027-01-03"),  # the month runs from verification
        ("2026-01-20", "2026-01-31", "2026-02-28"),  # no 31 February
        ("2028-01-20", "2028-01-31", "2028-02-29"),  # leap year
        ("2026-11-29", "2026-11-29", "2026-12-29"),  # verified on the day: no change
    ],
)
def test_verification_restarts_the_month(received: str, verified: str, due: str) -> None:
    c = case(received=received, state=CaseState.VERIFIED)
    assert restart_due(c, at(verified)) == due
    moved = restart(c, at(verified), Restart.VERIFIED)
    assert moved.due == due
    assert moved.events[-1].event == "deadline_restarted" and moved.events[-1].reason == "identity verified"


def test_a_restart_never_shortens_the_deadline() -> None:
    c = case(received="2026-01-30", due="2026-03-15")  # staff already gave more time
    assert restart_due(c, at("2026-01-31")) == "2026-03-15"


def test_an_answered_clarification_restarts_the_month_again() -> None:
    c = restart(case(received="2026-11-29"), at("2026-12-01"), Restart.VERIFIED)
    c = restart(c, at("2026-12-10"), Restart.CLARIFIED)
    assert c.due == "2027-01-10"
    assert c.events[-1].reason == "clarification received"


# -- extensions (Art. 12(3)) --------------------------------------------------------------
def test_an_extension_adds_months_from_the_start_of_the_period() -> None:
    c = case(received="2026-11-30")  # due 2026-12-30
    one = extend(c, 1, "many systems to search", at("2026-12-10"), actor="staff:dana")
    assert one.due == "2027-01-30"
    two = extend(one, 1, "still searching archives", at("2026-12-20"))
    assert two.due == "2027-02-28"  # 30 February does not exist
    assert two.events[-1].event == "extended" and two.events[-1].reason == "still searching archives"
    assert one.events[-1].actor == "staff:dana"


def test_a_two_month_extension_over_a_leap_february() -> None:
    assert extend(case(received="2027-11-30"), 2, "complex request", at("2027-12-01")).due == "2028-02-29"


def test_more_than_two_months_in_total_is_refused() -> None:
    c = extend(case(received="2026-11-29"), 2, "complex request", at("2026-12-01"))
    with pytest.raises(ExtensionRefused, match="0 left"):
        extend(c, 1, "more", at("2026-12-02"))
    with pytest.raises(ExtensionRefused):
        extend(case(received="2026-11-29"), 3, "complex request", at("2026-12-01"))


def test_an_extension_needs_reasons_and_must_come_within_the_first_month() -> None:
    c = case(received="2026-11-29")
    with pytest.raises(ExtensionRefused, match="reasons"):
        extend(c, 1, "  ", at("2026-12-01"))
    assert extend(c, 1, "complex", at("2026-12-29")).due == "2027-01-29"
    with pytest.raises(ExtensionRefused, match="too late"):
        extend(c, 1, "complex", at("2026-12-30"))


def test_an_extension_after_a_restart_counts_from_the_restart() -> None:
    c = restart(case(received="2026-11-29"), at("2026-12-05"), Restart.VERIFIED)
    assert c.due == "2027-01-05"
    assert extend(c, 2, "complex", at("2027-01-04")).due == "2027-03-05"


# -- the scheduler ------------------------------------------------------------------------
class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def test_a_sweep_missed_while_the_bot_was_down_runs_at_start(tmp_path: Path) -> None:
    state = tmp_path / "sweeps.json"
    clock = FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    runs: list[datetime] = []
    first = Sweeper(runs.append, state, interval_seconds=3600, clock=clock)
    assert first.start() is True  # never swept before
    first.stop()
    assert runs == [clock.now] and first.last_sweep() == clock.now

    clock.now += timedelta(minutes=10)  # restarted soon after: nothing was missed
    second = Sweeper(runs.append, state, interval_seconds=3600, clock=clock)
    assert second.start() is False
    second.stop()
    assert len(runs) == 1

    clock.now += timedelta(hours=5)  # down for hours: the sweep runs at once
    third = Sweeper(runs.append, state, interval_seconds=3600, clock=clock)
    assert third.start() is True
    third.stop()
    assert runs[-1] == clock.now and third.last_sweep() == clock.now


def test_the_scheduler_wakes_the_sweep_every_interval(tmp_path: Path) -> None:
    woke = threading.Event()
    count: list[datetime] = []

    def sweep(now: datetime) -> None:
        count.append(now)
        if len(count) >= 3:
            woke.set()

    sweeper = Sweeper(sweep, tmp_path / "sweeps.json", interval_seconds=0.05)
    sweeper.start()
    try:
        job = sweeper.scheduler.get_job("sweep")
        assert job is not None and job.coalesce and job.misfire_grace_time is None
        assert woke.wait(5)
    finally:
        sweeper.stop()
    assert sweeper.last_sweep() is not None


def test_a_failing_sweep_is_retried_at_the_next_start(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))

    def broken(now: datetime) -> None:
        raise RuntimeError("store locked")

    sweeper = Sweeper(broken, tmp_path / "sweeps.json", interval_seconds=3600, clock=clock)
    assert sweeper.start() is False
    sweeper.stop()
    assert sweeper.last_sweep() is None and sweeper.missed()

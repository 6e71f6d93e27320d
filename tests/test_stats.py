"""Statistics: what the desk and `privacy-bot stats` show, on pseudonyms only."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any
from xml.etree import ElementTree

from bot.cases.model import Case, Event
from bot.cases.transitions import CaseState
from bot.schedule.deadlines import due_date
from bot.stats import chart_svg, compute_stats, format_stats, nearest_rank, pseudonym

KEY = b"test-secret"


def case(
    n: int,
    received: str,
    category: str = "access",
    address: str = "alice.martin@example.org",
    answered_after: int | None = None,
    events: tuple[str, ...] = (),
    **kw: Any,
) -> Case:
    start = datetime.fromisoformat(f"{received}T09:00:00+00:00")
    log = [Event(at=start.isoformat(), actor="bot", event=e, state="awaiting_verification") for e in events]
    state = kw.pop("state", CaseState.AWAITING_APPROVAL)
    if answered_after is not None:
        done = start + timedelta(days=answered_after)
        log.append(Event(at=done.isoformat(), actor="bot", event="sent", state="done"))
        state = CaseState.DONE
    return Case(
        id=f"PB-{n:04d}", state=state, category=category, categories=(category,), language="en",
        address=address, received_at=start.isoformat(),
        due=kw.pop("due", due_date(start.date()).isoformat()), events=tuple(log), **kw,
    )


def test_requests_per_category_and_month() -> None:
    cases = [
        case(1, "2026-09-03", "access"),
        case(2, "2026-09-20", "deletion"),
        case(3, "2026-11-02", "access"),
    ]
    stats = compute_stats(cases, date(2026, 12, 1), KEY)
    assert stats.total == 3
    assert stats.per_category == (("access", 2), ("deletion", 1))
    # months without requests are shown as zero, up to this month
    assert stats.per_month == (("2026-09", 2), ("2026-10", 0), ("2026-11", 1), ("2026-12", 0))
    assert ("2026-09", "deletion", 1) in stats.per_month_category


def test_median_and_90th_percentile_days_to_answer() -> None:
    days = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30]
    cases = [case(i, "2026-10-01", answered_after=d) for i, d in enumerate(days)]
    cases.append(case(99, "2026-10-01", "other", answered_after=0))  # a forward, not an answer
    stats = compute_stats(cases, date(2026, 12, 1), KEY)
    assert stats.answered == 10
    assert stats.median_days == 5.5
    assert stats.p90_days == 9  # 9 of 10 requests were answered within 9 days
    assert nearest_rank([5], 0.9) == 5


def test_overdue_counts_open_cases_past_their_due_date() -> None:
    cases = [
        case(1, "2026-10-01"),  # due 2026-11-01: overdue
        case(2, "2026-11-20"),  # due 2026-12-20
        case(3, "2026-10-01", answered_after=40),  # late, but answered
    ]
    stats = compute_stats(cases, date(2026, 12, 1), KEY)
    assert (stats.open, stats.overdue) == (2, 1)


def test_verification_success_rate() -> None:
    cases = [
        case(1, "2026-11-01", events=("challenge_sent", "verified")),
        case(2, "2026-11-01", events=("challenge_sent", "verified")),
        case(3, "2026-11-01", events=("challenge_sent", "not_me"), state=CaseState.REJECTED),
        case(4, "2026-11-01", events=("challenge_sent", "challenge_expired"), state=CaseState.EXPIRED),
        case(5, "2026-11-01"),  # never challenged (a complaint)
    ]
    stats = compute_stats(cases, date(2026, 12, 1), KEY)
    assert (stats.challenges_sent, stats.verified, stats.not_me, stats.challenge_expired) == (4, 2, 1, 1)
    assert stats.verification_rate == 0.5
    assert compute_stats([], date(2026, 12, 1), KEY).verification_rate is None


def test_repeat_requesters_are_counted_by_pseudonym_across_spellings_and_purges() -> None:
    purged = case(3, "2026-01-01", address="", data={"pseudonym": pseudonym("alice.martin@example.org", KEY)})
    cases = [
        case(1, "2026-11-01", address="alice.martin@example.org"),
        case(2, "2026-11-02", address="Alice.Martin@Example.org"),
        purged,
        case(4, "2026-11-03", address="bob@example.org"),
    ]
    stats = compute_stats(cases, date(2026, 12, 1), KEY)
    assert (stats.requesters, stats.repeat_requesters) == (2, 1)
    assert pseudonym("j.doe+news@gmail.com", KEY) == pseudonym("jdoe@gmail.com", KEY)
    assert re.fullmatch(r"[0-9a-f]{12}", pseudonym("bob@example.org", KEY))


def test_no_address_reaches_the_output() -> None:
    cases = [case(1, "2026-11-01", address="alice.martin@example.org", answered_after=3)]
    stats = compute_stats(cases, date(2026, 12, 1))  # no key given: a random one
    shown = repr(stats) + format_stats(stats) + chart_svg(stats)
    assert "alice" not in shown and "@" not in shown and "example.org" not in shown


def test_the_terminal_view_reads_as_a_summary() -> None:
    cases = [case(i, "2026-11-01", answered_after=i + 1) for i in range(3)]
    text = format_stats(compute_stats(cases, date(2026, 12, 1), KEY))
    assert "median 2" in text and "90th percentile 3" in text
    assert "access" in text and "2026-11" in text
    assert "-" in format_stats(compute_stats([], date(2026, 12, 1), KEY))


def test_the_chart_is_a_self_contained_svg_with_one_bar_per_month() -> None:
    cases = [case(1, "2026-10-01"), case(2, "2026-11-01"), case(3, "2026-11-05")]
    svg = chart_svg(compute_stats(cases, date(2026, 12, 1), KEY))
    root = ElementTree.fromstring(svg)  # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{ns}svg"
    heights = [int(r.get("height", "0")) for r in root.iter(f"{ns}rect")]
    assert len(heights) == 3 and heights[1] > heights[0] > heights[2] == 0  # Oct, Nov, Dec
    assert "<script" not in svg and "href" not in svg and "http://" not in svg.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "No requests yet" in chart_svg(compute_stats([], date(2026, 12, 1), KEY))

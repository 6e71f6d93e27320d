"""Retention: closed cases past their period keep only a pseudonymous record."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from bot.cases.model import Case, Event
from bot.cases.transitions import CaseState
from bot.purge import format_purge, plan_purge, purge_case, scrub_reason
from bot.stats import compute_stats, pseudonym

KEY = b"test-secret"
NOW = datetime.fromisoformat("2028-01-15T09:00:00+00:00")


def closed_case(
    cid: str = "PB-2611-AAAAAAAA", state: CaseState = CaseState.DONE, last: str = "2026-12-10", **kw: Any
) -> Case:
    events = (
        Event(at="2026-11-29T10:00:00+00:00", actor="bot", event="challenge_sent", state="awaiting_verification"),
        Event(at="2026-11-29T11:00:00+00:00", actor="requester", event="follow_up", state="awaiting_verification",
              reason="Re: my data, Alice Martin"),
        Event(at="2026-11-30T10:00:00+00:00", actor="bot", event="deadline_restarted", state="verified",
              reason="identity verified"),
        Event(at="2026-12-01T10:00:00+00:00", actor="bot", event="send_failed", state="approved",
              reason="450 4.2.0 <alice.martin@example.org>: mailbox busy"),
        Event(at=f"{last}T10:00:00+00:00", actor="staff:dana", event="sent", state=str(state),
              reason="more than 3 mails today to this address"),
    )
    return Case(
        id=cid, state=state, category="access", categories=("access", "deletion"), language="nl",
        address="alice.martin@example.org", received_at="2026-11-29T10:00:00+00:00", due="2026-12-30",
        subject="Inzageverzoek van Alice Martin", message_id="<CAK123.alice@mail.example.org>",
        mail_sha256="ab" * 32, hits=("access-art15",), flags=("dkim-pass",), events=events,
        draft={"body": "Dear Alice Martin, here is your data", "to": "alice.martin@example.org"},
        data={"text": "Please send me my data. Alice, Main Street 1", "exports": ["exp-1.zip", "exp-1.json"],
              "extension_months": 1, "clock_start": "2026-11-30", "phone": "+31 6 1234"},
        **kw,
    )


def test_only_closed_cases_past_retention_are_planned() -> None:
    cases = [
        closed_case("PB-OLD-DONE", CaseState.DONE, last="2026-12-10"),
        closed_case("PB-OLD-EXPIRED", CaseState.EXPIRED, last="2026-11-30"),
        closed_case("PB-OLD-REJECTED", CaseState.REJECTED, last="2026-12-01"),
        closed_case("PB-RECENT", CaseState.DONE, last="2027-10-01"),
        closed_case("PB-OPEN-OLD", CaseState.NEEDS_HUMAN, last="2026-12-01"),  # still owed
    ]
    items = plan_purge(cases, NOW, retention_days=365)
    assert [i.case_id for i in items] == ["PB-OLD-EXPIRED", "PB-OLD-REJECTED", "PB-OLD-DONE"]
    first = items[0]
    assert first.exports == ("exp-1.zip", "exp-1.json")
    assert first.message_id == "<CAK123.alice@mail.example.org>"
    assert first.age_days == 410


def test_the_retention_period_runs_from_the_last_event() -> None:
    c = closed_case(last="2026-12-01")
    assert plan_purge([c], datetime.fromisoformat("2027-12-01T10:00:00+00:00"), 365) == []
    assert len(plan_purge([c], datetime.fromisoformat("2027-12-01T10:00:01+00:00"), 365)) == 1


def test_a_purged_case_keeps_no_personal_data() -> None:
    purged = purge_case(closed_case(), NOW, KEY)
    text = repr(purged.to_doc())
    for personal in ("alice", "Alice", "Martin", "Main Street", "+31", "example.org", "CAK123"):
        assert personal not in text, personal
    assert purged.address == "" and purged.subject == "" and purged.draft == {}
    assert "text" not in purged.data and "exports" not in purged.data and "phone" not in purged.data


def test_a_purged_case_keeps_what_proves_it_was_handled() -> None:
    before = closed_case()
    purged = purge_case(before, NOW, KEY)
    assert (purged.id, purged.state, purged.category, purged.categories) == (before.id, before.state, "access", ("access", "deletion"))
    assert purged.received_at == before.received_at and purged.due == before.due
    assert purged.hits == before.hits and purged.flags == before.flags and purged.mail_sha256 == before.mail_sha256
    assert purged.data["extension_months"] == 1 and purged.data["clock_start"] == "2026-11-30"
    assert [e.event for e in purged.events][:-1] == [e.event for e in before.events]
    assert [e.reason for e in purged.events] == [
        "", "[removed]", "identity verified", "[removed]", "more than 3 mails today to this address", "",
    ]
    assert purged.events[-1].event == "purged" and purged.data["purged_at"] == NOW.isoformat()


def test_statistics_are_the_same_before_and_after_the_purge() -> None:
    live = [closed_case("PB-1"), closed_case("PB-2")]
    purged = [purge_case(c, NOW, KEY) for c in live]
    assert purged[0].data["pseudonym"] == pseudonym("alice.martin@example.org", KEY)
    before, after = compute_stats(live, date(2027, 12, 1), KEY), compute_stats(purged, date(2027, 12, 1), KEY)
    assert (after.repeat_requesters, after.median_days, after.per_category) == (
        before.repeat_requesters, before.median_days, before.per_category,
    )
    assert after.repeat_requesters == 1


def test_a_purged_case_is_not_planned_again_and_open_cases_are_refused() -> None:
    purged = purge_case(closed_case(), NOW, KEY)
    assert plan_purge([purged], datetime.fromisoformat("2030-01-01T00:00:00+00:00"), 365) == []
    with pytest.raises(ValueError):
        purge_case(closed_case(state=CaseState.AWAITING_APPROVAL), NOW, KEY)


def test_scrubbing_keeps_fixed_words_only() -> None:
    assert scrub_reason("no privacy request: handed to staff") == "no privacy request: handed to staff"
    assert scrub_reason("clarification received") == "clarification received"
    assert scrub_reason("the customer Bob asked by phone") == "[removed]"


def test_the_dry_run_report_names_cases_not_people() -> None:
    items = plan_purge([closed_case()], NOW, 365)
    text = format_purge(items, dry_run=True)
    assert "would purge 1 case:" in text and "PB-2611-AAAAAAAA" in text
    assert "2 export files" in text and "the request in Processed" in text
    assert "Nothing was changed (dry run)." in text
    assert "@" not in text and "alice" not in text
    assert format_purge(items, dry_run=False).startswith("purged 1 case:")
    assert "Nothing to purge" in format_purge([])

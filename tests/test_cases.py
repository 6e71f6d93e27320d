"""The case state machine: every (state, event) pair, allowed or refused."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.cases import FINAL_STATES, TRANSITIONS, Case, CaseEvent, CaseState, InvalidTransition, advance, new_case_id

NOW = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)
S, E = CaseState, CaseEvent

EXPECTED = {
    (S.RECEIVED, E.CHALLENGE_SENT): S.AWAITING_VERIFICATION,
    (S.RECEIVED, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.RECEIVED, E.CLOSED): S.DONE,
    (S.RECEIVED, E.ESCALATED): S.NEEDS_HUMAN,
    (S.RECEIVED, E.REJECTED): S.REJECTED,
    (S.AWAITING_VERIFICATION, E.VERIFIED): S.VERIFIED,
    (S.AWAITING_VERIFICATION, E.NOT_ME): S.REJECTED,
    (S.AWAITING_VERIFICATION, E.CHALLENGE_EXPIRED): S.EXPIRED,
    (S.AWAITING_VERIFICATION, E.ESCALATED): S.NEEDS_HUMAN,
    (S.AWAITING_VERIFICATION, E.REJECTED): S.REJECTED,
    (S.VERIFIED, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.VERIFIED, E.CLOSED): S.DONE,
    (S.VERIFIED, E.ESCALATED): S.NEEDS_HUMAN,
    (S.VERIFIED, E.REJECTED): S.REJECTED,
    (S.AWAITING_APPROVAL, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.AWAITING_APPROVAL, E.APPROVED): S.APPROVED,
    (S.AWAITING_APPROVAL, E.ESCALATED): S.NEEDS_HUMAN,
    (S.AWAITING_APPROVAL, E.REJECTED): S.REJECTED,
    (S.APPROVED, E.SENT): S.DONE,
    (S.APPROVED, E.ESCALATED): S.NEEDS_HUMAN,
    (S.NEEDS_HUMAN, E.REOPENED): S.RECEIVED,
    (S.NEEDS_HUMAN, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.NEEDS_HUMAN, E.CLOSED): S.DONE,
    (S.NEEDS_HUMAN, E.ESCALATED): S.NEEDS_HUMAN,
    (S.NEEDS_HUMAN, E.REJECTED): S.REJECTED,
}


def _case(state: CaseState) -> Case:
    return Case(id=new_case_id(NOW), state=state, category="access", categories=("access",), language="en",
                address="a@example.org", received_at=NOW.isoformat(), due="2026-12-29")


def test_table_is_exactly_the_documented_one() -> None:
    assert TRANSITIONS == EXPECTED


@pytest.mark.parametrize("state", list(CaseState))
@pytest.mark.parametrize("event", list(CaseEvent))
def test_every_state_event_pair(state: CaseState, event: CaseEvent) -> None:
    case = _case(state)
    if (state, event) in EXPECTED:
        after = advance(case, event, NOW, actor="staff:ann", reason="because")
        assert after.state is EXPECTED[(state, event)]
        assert after.events[-1].event == event and after.events[-1].actor == "staff:ann"
        assert after.events[-1].reason == "because" and after.events[-1].state == after.state
        assert case.events == ()  # the input is not changed
    else:
        with pytest.raises(InvalidTransition):
            advance(case, event, NOW)


def test_final_states_have_no_way_out() -> None:
    assert not [key for key in TRANSITIONS if key[0] in FINAL_STATES]


def test_every_open_state_can_reach_a_final_state() -> None:
    reach = {s for s in FINAL_STATES}
    changed = True
    while changed:
        changed = False
        for (src, _), dst in TRANSITIONS.items():
            if dst in reach and src not in reach:
                reach.add(src)
                changed = True
    assert reach == set(CaseState)


def test_case_ids_are_random_and_carry_the_month() -> None:
    ids = {new_case_id(NOW) for _ in range(1000)}
    assert len(ids) == 1000
    assert all(i.startswith("PB-2611-") and len(i) == 16 for i in ids)


def test_case_round_trips_through_its_document() -> None:
    case = advance(_case(S.RECEIVED), E.CHALLENGE_SENT, NOW)
    assert Case.from_doc(case.to_doc()) == case

"""The case state machine, as data (drawn in the README).

    received ─challenge_sent→ awaiting_verification ─verified→ verified ─drafted→
    awaiting_approval ─approved→ approved ─sent→ done

Side exits: needs_human (unclear, quarantined, send failed), expired (challenge not
answered), rejected (staff decision or "this was not me"). Complaints, other mail and
unsubscribes take shorter paths straight from received.
"""

from __future__ import annotations

from enum import StrEnum


class CaseState(StrEnum):
    RECEIVED = "received"
    AWAITING_VERIFICATION = "awaiting_verification"
    VERIFIED = "verified"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    DONE = "done"
    NEEDS_HUMAN = "needs_human"
    EXPIRED = "expired"
    REJECTED = "rejected"


class CaseEvent(StrEnum):
    CHALLENGE_SENT = "challenge_sent"
    VERIFIED = "verified"
    NOT_ME = "not_me"
    CHALLENGE_EXPIRED = "challenge_expired"
    DRAFTED = "drafted"
    APPROVED = "approved"
    SENT = "sent"
    CLOSED = "closed"  # nothing left to do: complaint forwarded, other mail handed over
    ESCALATED = "escalated"  # to staff: unclear, quarantined, send failed
    REJECTED = "rejected"
    REOPENED = "reopened"  # staff take a needs_human case back into the flow


S, E = CaseState, CaseEvent
FINAL_STATES = frozenset({S.DONE, S.EXPIRED, S.REJECTED})
_OPEN = tuple(s for s in S if s not in FINAL_STATES)

TRANSITIONS: dict[tuple[CaseState, CaseEvent], CaseState] = {
    (S.RECEIVED, E.CHALLENGE_SENT): S.AWAITING_VERIFICATION,
    (S.RECEIVED, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.RECEIVED, E.CLOSED): S.DONE,
    (S.AWAITING_VERIFICATION, E.VERIFIED): S.VERIFIED,
    (S.AWAITING_VERIFICATION, E.NOT_ME): S.REJECTED,
    (S.AWAITING_VERIFICATION, E.CHALLENGE_EXPIRED): S.EXPIRED,
    (S.VERIFIED, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.VERIFIED, E.CLOSED): S.DONE,
    (S.AWAITING_APPROVAL, E.DRAFTED): S.AWAITING_APPROVAL,  # staff edit the draft
    (S.AWAITING_APPROVAL, E.APPROVED): S.APPROVED,
    (S.APPROVED, E.SENT): S.DONE,
    (S.NEEDS_HUMAN, E.REOPENED): S.RECEIVED,
    (S.NEEDS_HUMAN, E.DRAFTED): S.AWAITING_APPROVAL,
    (S.NEEDS_HUMAN, E.CLOSED): S.DONE,
    **{(state, E.ESCALATED): S.NEEDS_HUMAN for state in _OPEN},
    **{(state, E.REJECTED): S.REJECTED for state in _OPEN if state is not S.APPROVED},
}


class InvalidTransition(ValueError):
    """An event that the table does not allow in the case's state (a bug upstream)."""

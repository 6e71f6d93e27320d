"""Staff decisions on drafted replies (used by `privacy-bot review` and the web desk)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from bot.cases.model import Case, advance
from bot.cases.transitions import CaseEvent, CaseState
from bot.errors import RequesterError
from bot.mail.compose import Outgoing, new_message_id, reply_subject
from bot.store.records import Commit, Records


class ReviewError(RequesterError):
    """A staff action that does not fit the case (unknown id, wrong state)."""


def get(records: Records, case_id: str) -> Case:
    case = records.case(case_id)
    if case is None:
        raise ReviewError(f"no case {case_id}")
    return case


def waiting(records: Records) -> list[Case]:
    return [c for c in records.open_cases() if c.state in (CaseState.AWAITING_APPROVAL, CaseState.NEEDS_HUMAN)]


def approve(records: Records, case_id: str, sender: str, now: datetime, actor: str = "staff") -> Case:
    case = get(records, case_id)
    if case.state is not CaseState.AWAITING_APPROVAL or not case.draft:
        raise ReviewError(f"case {case_id} has no draft waiting for approval (state {case.state})")
    out = Outgoing(
        message_id=new_message_id(case.id, sender),
        case_id=case.id,
        kind="reply",
        to=case.address,
        subject=reply_subject(case.draft.get("subject") or case.subject, case.id),
        body=str(case.draft["body"]),
        in_reply_to=case.message_id,
        references=(case.message_id,) if case.message_id else (),
        language=case.language,
    )
    case = advance(case, CaseEvent.APPROVED, now, actor=actor)
    records.commit(Commit(cases=(case,), outgoing=(out,)), now)
    return case


def reject(records: Records, case_id: str, reason: str, now: datetime, actor: str = "staff") -> Case:
    if not reason.strip():
        raise ReviewError("a rejection needs a reason")
    case = get(records, case_id)
    case = advance(case, CaseEvent.REJECTED, now, actor=actor, reason=reason.strip())
    records.commit(Commit(cases=(case,)), now)
    return case


def edit(records: Records, case_id: str, body: str, now: datetime, actor: str = "staff") -> Case:
    case = get(records, case_id)
    if case.state is not CaseState.AWAITING_APPROVAL:
        raise ReviewError(f"case {case_id} has no draft to edit (state {case.state})")
    case = advance(replace(case, draft={**case.draft, "body": body}), CaseEvent.DRAFTED, now, actor=actor, reason="draft edited")
    records.commit(Commit(cases=(case,)), now)
    return case


def mark_sent(records: Records, case_id: str, now: datetime) -> None:
    case = records.case(case_id)
    if case is not None and case.state is CaseState.APPROVED:
        records.commit(Commit(cases=(advance(case, CaseEvent.SENT, now),)), now)

"""Intake: the first answer to a new mail (pure planning, nothing sent here).

Every human request is acknowledged at once with its case reference and the date by
which it will be answered (GDPR Art. 12(3)); the acknowledgement says the same thing
whether or not the company holds data on the address (no disclosure before
verification).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.cases.model import Case, advance, new_case_id
from bot.cases.transitions import CaseEvent, CaseState
from bot.categories import Category
from bot.mail.compose import Outgoing, new_message_id, reply_subject
from bot.mail.parse import Incoming
from bot.pipeline.filters import Decision, Kind
from bot.replies import Replies
from bot.schedule.deadlines import due_date


@dataclass(frozen=True, slots=True)
class Plan:
    case: Case | None
    outgoing: tuple[Outgoing, ...] = ()
    folder: str = "processed"  # processed | quarantine
    tokens: tuple[dict[str, Any], ...] = ()
    other_cases: tuple[Case, ...] = ()  # earlier cases touched (a complaint links to them)


@dataclass(frozen=True, slots=True)
class IntakeContext:
    replies: Replies
    sender: str
    company: str
    staff_address: str
    now: datetime


def new_case(mail: Incoming | None, decision: Decision | None, now: datetime, category: str, sha: str = "") -> Case:
    verdict = decision.verdict if decision else None
    # The text stays with the case (handlers read corrections from it) until the
    # retention purge; it is personal data and never logged.
    data = {"text": mail.body[:50_000]} if mail else {}
    return Case(
        id=new_case_id(now),
        state=CaseState.RECEIVED,
        category=category,
        categories=tuple(str(c) for c in verdict.categories) if verdict else (category,),
        language=verdict.language if verdict else "en",
        address=(mail.from_addr or "") if mail else "",
        received_at=now.isoformat(timespec="seconds"),
        due=due_date(now.date()).isoformat(),
        subject=mail.subject if mail else "",
        message_id=mail.message_id if mail else "",
        mail_sha256=mail.sha256 if mail else sha,
        confidence=verdict.confidence if verdict else 0.0,
        hits=verdict.hits if verdict else (),
        flags=decision.flags if decision else (),
        data=data,
    )


def reply_to(case: Case, mail: Incoming, ctx: IntakeContext, template: str, kind: str, **values: object) -> Outgoing:
    rendered = ctx.replies.render(
        template,
        case.language,
        case_id=case.id,
        due=case.due,
        company=ctx.company,
        categories=list(case.categories),
        **values,
    )
    return Outgoing(
        message_id=new_message_id(case.id, ctx.sender),
        case_id=case.id,
        kind=kind,
        to=case.address,
        subject=reply_subject(mail.subject or rendered.subject, case.id),
        body=rendered.body,
        in_reply_to=mail.message_id,
        references=(*mail.references[-10:], mail.message_id) if mail.message_id else (),
        language=ctx.replies.pick_language(template, case.language),
    )


def to_staff(case: Case, mail: Incoming, ctx: IntakeContext, why: str) -> tuple[Outgoing, ...]:
    if not ctx.staff_address:
        return ()
    body = (
        f"Case {case.id}: {why}\n"
        f"From: {case.address or '(no usable address)'}\nSubject: {mail.subject}\n"
        f"Category: {case.category}\n\n{mail.body[:20000]}"
    )
    return (
        Outgoing(
            message_id=new_message_id(case.id, ctx.sender),
            case_id=case.id,
            kind="forward",
            to=ctx.staff_address,
            subject=f"[privacy-bot] {why} [{case.id}]",
            body=body,
        ),
    )


def plan_new(mail: Incoming, decision: Decision, ctx: IntakeContext) -> Plan:
    """What to do with a mail that opens a new case."""
    now = ctx.now
    if decision.kind is Kind.NO_SENDER:
        case = new_case(mail, decision, now, str(Category.OTHER))
        case = advance(case, CaseEvent.ESCALATED, now, reason=decision.reason)
        return Plan(case, to_staff(case, mail, ctx, decision.reason), folder="quarantine")
    if decision.kind is Kind.OTHER:
        case = new_case(mail, decision, now, str(Category.OTHER))
        case = advance(case, CaseEvent.CLOSED, now, reason="no privacy request: handed to staff")
        return Plan(case, to_staff(case, mail, ctx, "not a privacy request"))
    # Unclear: some evidence of a request but too little to act on. The person is
    # acknowledged (a human wrote) and staff decide what it asks.
    assert decision.kind is Kind.UNCLEAR and decision.verdict is not None
    case = new_case(mail, decision, now, str(decision.verdict.category))
    ack = reply_to(case, mail, ctx, "acknowledgement", "acknowledgement")
    case = advance(case, CaseEvent.ESCALATED, now, reason=decision.reason)
    return Plan(case, (ack, *to_staff(case, mail, ctx, "unclear request")))

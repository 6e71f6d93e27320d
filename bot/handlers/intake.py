"""Intake: the first answer to a new mail (pure planning, nothing sent here).

Every human request is acknowledged at once with its case reference and the date by
which it will be answered (GDPR Art. 12(3)); the acknowledgement says the same thing
whether or not the company holds data on the address (no disclosure before
verification).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from bot.cases.model import Case, advance, new_case_id
from bot.cases.transitions import CaseEvent, CaseState
from bot.categories import Category
from bot.mail.compose import Outgoing
from bot.mail.parse import Incoming
from bot.pipeline.filters import Decision, Kind
from bot.schedule.deadlines import due_date

if TYPE_CHECKING:
    from bot.workflow import Workflow


@dataclass(frozen=True, slots=True)
class Plan:
    case: Case | None
    outgoing: tuple[Outgoing, ...] = ()
    folder: str = "processed"  # processed | quarantine
    tokens: tuple[dict[str, Any], ...] = ()
    other_cases: tuple[Case, ...] = ()  # earlier cases touched (a complaint links to them)


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


def forward_to_staff(case: Case, mail: Incoming, wf: Workflow, why: str) -> tuple[Outgoing, ...]:
    """The mail itself, for staff to read (through the workflow, the one way to staff)."""
    body = (f"From: {case.address or '(no usable address)'}\nSubject: {mail.subject}\n"
            f"Category: {case.category}\n\n{mail.body[:20000]}")
    return wf.to_staff(case, why, body, kind="forward")


def plan_relay(mail: Incoming, decision: Decision, wf: Workflow) -> Plan:
    """Robot mail carrying a person's SMS (bot/rules/smsrelay.py): a case for staff, and
    no mail to anyone else. The From address is the gateway's: a mail reply never
    reaches the phone, so the case keeps no address to write to (like a quarantined
    mail's), and staff act on the number in the SMS platform."""
    assert decision.relay is not None and decision.verdict is not None
    now = wf.clock()
    relay = decision.relay
    case = new_case(mail, decision, now, str(decision.verdict.category))
    case = replace(case, address="")
    asks = ("withdraw SMS consent" if case.category == str(Category.WITHDRAW_CONSENT)
            else f"{case.category} request")
    todo = f"{asks} for this number; no mail reply is possible"
    campaign = f", campaign {relay.campaign}" if relay.campaign else ""
    said = " ".join(relay.text.split())[:300]
    case = advance(case, CaseEvent.ESCALATED, now,
                   reason=f"relayed SMS from {relay.phone}{campaign}: \"{said}\"; {todo}")
    why = f"relayed SMS from {relay.phone}: {todo}"
    body = (f"Phone number: {relay.phone}\nCampaign: {relay.campaign or '(not named)'}\n"
            f"Relayed by: {mail.from_addr or '(no usable address)'}\nSubject: {mail.subject}\n"
            f"Category: {case.category}\n\nThe person's SMS:\n{relay.text}\n\n"
            f"The gateway's mail:\n{mail.body[:20000]}")
    return Plan(case, wf.to_staff(case, why, body, kind="forward"))


def plan_new(mail: Incoming, decision: Decision, wf: Workflow) -> Plan:
    """What to do with a mail that opens a new case and is no clear request."""
    now = wf.clock()
    if decision.kind is Kind.NO_SENDER:
        case = new_case(mail, decision, now, str(Category.OTHER))
        case = advance(case, CaseEvent.ESCALATED, now, reason=decision.reason)
        return Plan(case, forward_to_staff(case, mail, wf, decision.reason), folder="quarantine")
    if decision.kind is Kind.OTHER:
        case = new_case(mail, decision, now, str(Category.OTHER))
        case = advance(case, CaseEvent.CLOSED, now, reason="no privacy request: handed to staff")
        why = decision.reason if decision.verdict and decision.verdict.model_only else "not a privacy request"
        return Plan(case, forward_to_staff(case, mail, wf, why))
    # Unclear: some evidence of a request but too little to act on. The person is
    # acknowledged (a human wrote) and staff decide what it asks.
    assert decision.kind is Kind.UNCLEAR and decision.verdict is not None
    case = new_case(mail, decision, now, str(decision.verdict.category))
    ack = wf.mail_to_requester(case, "acknowledgement", "acknowledgement", due=case.due,
                               categories=list(case.categories))
    case = advance(case, CaseEvent.ESCALATED, now, reason=decision.reason)
    return Plan(case, (ack, *forward_to_staff(case, mail, wf, "unclear request")))

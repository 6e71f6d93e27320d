"""Opening a case for a new privacy request (the requests branch of intake).

- Requests that disclose or change data (access, portability, correction, deletion,
  restriction, objection) get a challenge: one mail that acknowledges the request with
  its due date and asks the From address to confirm. Nothing else happens before.
- Withdrawal of consent is carried out at once (RFC 8058 expects effect within two
  days; we act immediately) and confirmed with a text that is the same for everyone,
  so it reveals nothing about who is on which list.
- A complaint is acknowledged (with the right to complain to the Belgian DPA),
  forwarded to staff, and linked to the sender's earlier open case, which rises in
  priority.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.cases.model import Case, advance, note
from bot.cases.transitions import CaseEvent
from bot.categories import NEEDS_VERIFICATION, Category
from bot.handlers.base import ExecContext
from bot.handlers.registry import execute_all, plan_all
from bot.mail.compose import Outgoing
from bot.verify import challenge
from bot.workflow import Workflow


@dataclass(frozen=True, slots=True)
class Opened:
    case: Case
    outgoing: tuple[Outgoing, ...]
    tokens: tuple[dict[str, Any], ...] = ()
    linked: tuple[Case, ...] = ()  # earlier cases a complaint was linked to


def open_request(wf: Workflow, case: Case, open_cases: list[Case], ttl_days: float) -> Opened:
    now = wf.clock()
    cats = set(case.categories)
    to_verify = [c for c in case.categories if c in NEEDS_VERIFICATION]
    outgoing: list[Outgoing] = []
    tokens: list[dict[str, Any]] = []
    linked: list[Case] = []

    if Category.WITHDRAW_CONSENT in cats and Category.WITHDRAW_CONSENT in wf.config.auto_categories:
        case, mail = _withdraw_now(wf, case, now)
        outgoing.append(mail)

    if Category.COMPLAINT in cats:
        earlier = [c for c in open_cases if c.address == case.address and c.id != case.id]
        for other in earlier:
            other = note(other, now, "complaint_linked", actor="requester", reason=f"complaint {case.id}")
            linked.append(replace(other, priority=other.priority + 1))
        case = replace(case, data={**case.data, "related_cases": [c.id for c in earlier]})
        outgoing.append(wf.mail_to_requester(case, "complaint_acknowledgement", "complaint_acknowledgement",
                                             earlier_cases=[c.id for c in earlier]))
        why = "complaint" + (f" about open case {', '.join(c.id for c in earlier)}" if earlier else "")
        outgoing.extend(wf.to_staff(case, why, str(case.data.get("text", ""))[:20000]))
        if earlier:
            # A reminder about an open case: that case carries the request and its
            # challenge; a second challenge would only confuse the person.
            to_verify = []

    if to_verify:
        issued = challenge.issue(case, wf.config.secret, now, ttl_days)
        case = issued.case
        outgoing.append(wf.mail_to_requester(
            case, "challenge", "challenge", categories=list(case.categories), due=case.due,
            verify_url=wf.verify_url(issued.token), code=issued.code, expires=issued.record.expires_at[:10]))
        tokens.append(issued.record.to_doc())
    elif Category.COMPLAINT in cats:
        case = advance(case, CaseEvent.ESCALATED, now, reason="complaint: the privacy officer answers in person")
    else:
        case = advance(case, CaseEvent.CLOSED, now, reason="consent withdrawn and confirmed")
    return Opened(case, tuple(outgoing), tuple(tokens), tuple(linked))


def _withdraw_now(wf: Workflow, case: Case, now: datetime) -> tuple[Case, Outgoing]:
    plan = plan_all(wf.request_of(case, (str(Category.WITHDRAW_CONSENT),)), wf.sources, wf.config.auto_categories)
    ctx = ExecContext(now=now, export_dir=wf.config.export_dir / case.id, suppression=wf.suppression,
                      secret_key=wf.config.secret)
    results = execute_all(plan, wf.sources, ctx)
    done = "; ".join(d for r in results for d in r.done) or "no list held the address"
    case = note(case, now, "consent_withdrawn", reason=done[:300])
    case = replace(case, data={**case.data, "done_at_intake": [str(Category.WITHDRAW_CONSENT)]})
    lists = list(wf.sources.lists())
    return case, wf.mail_to_requester(case, "unsubscribed", "unsubscribed", lists=lists)

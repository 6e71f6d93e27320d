"""The request handlers, in one explicit order, and the case-level plan and reply.

Where this sits: once a case is verified the app calls `plan_all` (reads only) and
stores `CasePlan.to_json()` in the case; staff see `summary` per handler beside the
draft from `render_reply(plan, ...)`; on approval the app rebuilds the plan with
`CasePlan.from_json`, calls `execute_all`, turns `files` into single-use download
links, renders the final reply from the results and sends it. Effects `notify_staff`
are the app's to send (`CasePlan.staff_notices`).

A letter asking several things (deletion + objection + withdraw_consent) gives one
plan and one reply, with a section per handler.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from bot.categories import NEEDS_VERIFICATION, Category
from bot.handlers.access import Access
from bot.handlers.base import (
    NO_DATA,
    Effect,
    ExecContext,
    Handler,
    HandlerPlan,
    HandlerResult,
    Request,
)
from bot.handlers.complaint import Complaint
from bot.handlers.correction import Correction
from bot.handlers.deletion import Deletion
from bot.handlers.objection import Objection
from bot.handlers.other import Other
from bot.handlers.portability import Portability
from bot.handlers.restriction import Restriction
from bot.handlers.withdraw_consent import WithdrawConsent
from bot.replies import Rendered, Replies
from bot.sources import Sources

#: Every category but AUTOMATED (never answered). The order is the order of execution
#: and of the reply's sections: exports first, so a letter asking access and erasure
#: gets its copy before the data goes; corrections and flags before erasure would
#: make them moot; erasure last among data changes; then the notices to staff.
HANDLERS: Mapping[Category, Handler] = MappingProxyType({
    Category.ACCESS: Access(),
    Category.PORTABILITY: Portability(),
    Category.CORRECTION: Correction(),
    Category.RESTRICTION: Restriction(),
    Category.OBJECTION: Objection(),
    Category.WITHDRAW_CONSENT: WithdrawConsent(),
    Category.DELETION: Deletion(),
    Category.COMPLAINT: Complaint(),
    Category.OTHER: Other(),
})

#: Categories whose plans change or disclose data: staff approve them unless settings
#: list them in `auto_categories`. Complaint and other only notify staff.
APPROVED_BY_STAFF = NEEDS_VERIFICATION | {Category.WITHDRAW_CONSENT}

#: Shown in a draft where the app will put the single-use link after approval.
DRAFT_LINK = "[download link: made when this reply is approved]"


@dataclass(frozen=True, slots=True)
class CasePlan:
    case_id: str
    plans: tuple[HandlerPlan, ...]
    needs_approval: bool

    def split(self) -> tuple[CasePlan, CasePlan]:
        """(plans to execute now, plans that wait for staff): withdraw_consent goes at once
        even when the same letter asks for something that waits (RFC 8058 timing)."""
        now = tuple(p for p in self.plans if not p.needs_approval)
        held = tuple(p for p in self.plans if p.needs_approval)
        return CasePlan(self.case_id, now, False), CasePlan(self.case_id, held, bool(held))

    def staff_notices(self) -> tuple[Effect, ...]:
        return tuple(e for p in self.plans for e in p.effects_of("notify_staff"))

    def summary(self) -> list[dict[str, Any]]:
        """What staff see as "planned changes", per handler."""
        return [{"category": p.category, "needs_approval": p.needs_approval, **p.summary}
                for p in self.plans]

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1, "case_id": self.case_id, "needs_approval": self.needs_approval,
            "plans": [{"category": p.category, "section": p.section,
                       "needs_approval": p.needs_approval, "summary": p.summary,
                       "values": p.values,
                       "effects": [{"kind": e.kind, "payload": e.payload} for e in p.effects]}
                      for p in self.plans],
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> CasePlan:
        if raw.get("version") != 1:
            raise ValueError("not a version 1 case plan")
        plans = tuple(
            HandlerPlan(
                category=str(p["category"]),
                effects=tuple(Effect(str(e["kind"]), dict(e["payload"])) for e in p["effects"]),
                summary=dict(p["summary"]), section=str(p["section"]),
                values=dict(p["values"]), needs_approval=bool(p["needs_approval"]),
            )
            for p in raw["plans"]
        )
        return cls(str(raw["case_id"]), plans, bool(raw["needs_approval"]))


def handlers_for(categories: Sequence[str]) -> tuple[Category, ...]:
    """The case's categories that have a handler, in registry order, each once."""
    asked = {str(c) for c in categories}
    return tuple(c for c in HANDLERS if str(c) in asked)


def plan_all(
    request: Request, sources: Sources,
    auto_categories: frozenset[str] = frozenset({"withdraw_consent"}),
) -> CasePlan:
    plans: list[HandlerPlan] = []
    for category in handlers_for(request.categories):
        plan = HANDLERS[category].plan(request, sources)
        approve = category in APPROVED_BY_STAFF and str(category) not in auto_categories
        plans.append(replace(plan, needs_approval=approve))
    return CasePlan(request.case_id, tuple(plans), any(p.needs_approval for p in plans))


def execute_all(plan: CasePlan, sources: Sources, ctx: ExecContext) -> tuple[HandlerResult, ...]:
    """Carry out every handler plan of the case, in registry order."""
    order = {str(c): i for i, c in enumerate(HANDLERS)}
    ordered = sorted(plan.plans, key=lambda p: order.get(p.category, len(order)))
    return tuple(HANDLERS[Category(p.category)].execute(p, sources, ctx) for p in ordered)


def reply_sections(
    items: Sequence[HandlerPlan | HandlerResult], links: Mapping[str, str] | None = None,
) -> list[dict[str, Any]]:
    """One plain dict per reply section; all "no data" sections become one."""
    sections: list[dict[str, Any]] = []
    no_data: dict[str, Any] | None = None
    for item in items:
        section = item.section
        if not section:
            continue  # other: no reply
        if section == NO_DATA:
            if no_data is None:
                no_data = {"section": NO_DATA, "requests": []}
                sections.append(no_data)
            no_data["requests"].append(item.category)
            continue
        values = {"section": section, **item.values}
        if section in ("access", "portability"):
            values["download_url"] = (links or {}).get(section, DRAFT_LINK)
        sections.append(values)
    return sections


def render_reply(
    results_or_plan: CasePlan | Sequence[HandlerResult], replies: Replies, language: str, *,
    case_id: str, company: str, links: Mapping[str, str] | None = None,
    link_expires: str = "", **values: Any,
) -> Rendered | None:
    """The combined reply: `outcome`, or `complaint_acknowledgement` for a lone complaint.

    From a `CasePlan` it is the draft staff approve; from the results, the reply sent.
    None when there is nothing to say (other: forwarded to staff only).
    """
    items = results_or_plan.plans if isinstance(results_or_plan, CasePlan) else results_or_plan
    sections = reply_sections(items, links)
    if not sections:
        return None
    common = {"case_id": case_id, "company": company, **values}
    if [s["section"] for s in sections] == ["complaint"]:
        rendered = replies.render("complaint_acknowledgement", language, **common,
                                  earlier_cases=sections[0]["earlier_cases"])
    else:
        rendered = replies.render("outcome", language, **common, sections=sections,
                                  link_expires=link_expires)
    # Optional paragraphs in the section files leave runs of blank lines; one is enough.
    return Rendered(rendered.subject, _BLANK_RUNS.sub("\n\n", rendered.body))


_BLANK_RUNS = re.compile(r"\n(?:[ \t]*\n){2,}")

"""complaint: tell the privacy officer at once, acknowledge, name the authority.

Art. 77 GDPR gives the right to lodge a complaint with a supervisory authority; the
reply names the Belgian one (Gegevensbeschermingsautoriteit / Autorité de protection
des données). Reminders that a request went unanswered are complaints too, so the
staff notice links the earlier cases. No verification and no approval: nothing is
disclosed or changed, and a complaint must not wait in a queue.
"""

from __future__ import annotations

from typing import ClassVar

from bot.categories import Category
from bot.handlers.base import Effect, ExecContext, HandlerPlan, HandlerResult, Request
from bot.sources import Sources


class Complaint:
    category: ClassVar[Category] = Category.COMPLAINT
    description: ClassVar[str] = "notify the privacy officer, acknowledge, name the authority"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        earlier = list(request.related_cases)
        return HandlerPlan(
            category=str(self.category),
            effects=(Effect("notify_staff", {"case_id": request.case_id, "reason": "complaint",
                                             "related_cases": earlier}),),
            summary={"notify": "privacy officer", "related_cases": earlier},
            section=str(self.category),
            values={"earlier_cases": earlier},
            needs_approval=False,
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        # The notice itself is mail: the app sends it from the plan's notify_staff effect.
        return HandlerResult(plan.category, ("staff notice planned",), dict(plan.values),
                             section=plan.section)

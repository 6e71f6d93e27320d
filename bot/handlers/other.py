"""other: a human mail that makes no privacy request; staff get it, the sender no reply."""

from __future__ import annotations

from typing import ClassVar

from bot.categories import Category
from bot.handlers.base import Effect, ExecContext, HandlerPlan, HandlerResult, Request
from bot.sources import Sources


class Other:
    category: ClassVar[Category] = Category.OTHER
    description: ClassVar[str] = "forward to staff, no reply"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        return HandlerPlan(
            category=str(self.category),
            effects=(Effect("notify_staff", {"case_id": request.case_id,
                                             "reason": "not a privacy request"}),),
            summary={"forward": "staff", "reply": "none"},
            section="",
            values={},
            needs_approval=False,
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        return HandlerResult(plan.category, ("forwarded to staff",), {})

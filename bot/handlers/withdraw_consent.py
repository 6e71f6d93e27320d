"""withdraw_consent (GDPR Art. 7(3)): unsubscribe from every list at once, confirm.

No approval by default (settings may require it): withdrawing consent must be as
easy as giving it, and RFC 8058 one-click senders expect effect within two days; we
do it immediately. This request is not verified first, so the plan and the reply
are the same whether or not we hold the address: they name every list we run, not
the ones the person was on.
"""

from __future__ import annotations

from typing import ClassVar

from bot.categories import Category
from bot.handlers.base import Effect, ExecContext, HandlerPlan, HandlerResult, Request
from bot.sources import Sources


class WithdrawConsent:
    category: ClassVar[Category] = Category.WITHDRAW_CONSENT
    description: ClassVar[str] = "unsubscribe from all lists at once, no approval by default"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        lists = list(sources.lists())
        return HandlerPlan(
            category=str(self.category),
            effects=(Effect("unsubscribe", {"address": request.address, "lists": None}),),
            summary={"unsubscribe": "all lists", "lists": lists},
            section=str(self.category),
            values={"lists": lists},
            needs_approval=False,
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        done: list[str] = []
        for effect in plan.effects_of("unsubscribe"):
            lists = effect.payload.get("lists")
            changes = sources.unsubscribe(str(effect.payload["address"]),
                                          [str(n) for n in lists] if lists else None)
            done.append(f"consent withdrawn on {len(changes)} rows")
        return HandlerResult(plan.category, tuple(done), dict(plan.values),
                             section=plan.section)

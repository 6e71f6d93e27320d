"""objection (GDPR Art. 21): set the objection flag; for direct marketing, stop it all.

An objection to direct marketing is absolute (Art. 21(2)-(3)): besides the flag, the
person is unsubscribed from every list and their keyed hash goes on the suppression
list, so no later import brings the marketing back. Any other objection (Art. 21(1))
is weighed by staff against the company's grounds; the flag marks it meanwhile.
"""

from __future__ import annotations

import re
from typing import ClassVar

from bot.categories import Category
from bot.handlers.base import (
    Effect,
    ExecContext,
    HandlerPlan,
    HandlerResult,
    Request,
    no_data_plan,
    payload_address,
)
from bot.handlers.restriction import flag_effect, flagged_tables, run_flags
from bot.handlers.suppression import suppress
from bot.sources import FlagKind, Sources

# Words that make an objection one to direct marketing, in the classifier's languages.
_MARKETING = re.compile(
    r"\b(?:direct\s*marketing|marketing|newsletters?|nieuwsbrie(?:f|ven)|reclame|"
    r"advertis\w*|promotion\w*|mailings?|publicit\w*|prospection|lettres?\s+d'information|"
    r"démarchage|werbung|direktwerbung|werbe\w*|spam)\b",
    re.IGNORECASE,
)


def is_direct_marketing(request: Request) -> bool:
    return bool(_MARKETING.search(request.text)) or "withdraw_consent" in request.categories


class Objection:
    category: ClassVar[Category] = Category.OBJECTION
    description: ClassVar[str] = "set the objection flag; for marketing also unsubscribe"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        marketing = is_direct_marketing(request)
        stop: tuple[Effect, ...] = ()
        if marketing:
            stop = (Effect("unsubscribe", {"address": request.address, "lists": None}),
                    Effect("suppress", {"address": request.address, "reason": "objection"}))
        if not sources.find(request.address):
            # Suppressed even so: a later import must not start marketing to them.
            return no_data_plan(self.category, stop[1:])
        tables = flagged_tables(sources, request.address, FlagKind.OBJECTION)
        values = {"marketing": marketing, "tables": tables, "lists": list(sources.lists())}
        return HandlerPlan(
            category=str(self.category),
            effects=(flag_effect(request.address, FlagKind.OBJECTION), *stop),
            summary={"flag": "objection", "tables": tables, "direct_marketing": marketing,
                     "note": "direct marketing: unsubscribe from all lists and suppress"
                     if marketing else "Art. 21(1): staff weigh the company's grounds"},
            section=str(self.category),
            values=values,
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        done, _ = run_flags(plan, sources)
        for effect in plan.effects_of("unsubscribe"):
            changes = sources.unsubscribe(str(effect.payload["address"]), None)
            done.append(f"consent withdrawn on {len(changes)} rows")
        if plan.effects_of("suppress"):
            added = suppress(ctx.suppression, payload_address(plan, "suppress"), ctx.secret_key,
                             "objection", ctx.now, sources.rules)
            done.append("address hash added to the suppression list" if added
                        else "address hash already on the suppression list")
        return HandlerResult(plan.category, tuple(done) or ("nothing to change",),
                             dict(plan.values), section=plan.section)

"""deletion (GDPR Art. 17): erase per source, keep what the law makes us keep, suppress.

The plan is `Sources.plan_erasure` (rows to delete, columns to anonymise, rows kept
and the legal reason to quote); staff approve it; execution runs exactly that plan,
one transaction per source, and then adds the keyed hash of the address to the
suppression list so the person is neither mailed nor re-imported again. Even with
nothing found the hash is added: the person asked not to be in our systems.
"""

from __future__ import annotations

from typing import Any, ClassVar

from bot.categories import Category
from bot.handlers.base import (
    Effect,
    ExecContext,
    HandlerPlan,
    HandlerResult,
    Request,
    no_data_plan,
    no_data_result,
    payload_address,
)
from bot.handlers.suppression import suppress
from bot.sources import ErasurePlan, Sources, from_json, to_json
from bot.sources.config import Erasure


def _sections(plan: ErasurePlan) -> dict[str, Any]:
    deleted = [{"table": f"{s.source}.{s.table}", "rows": len(s.keys)}
               for s in plan.steps if s.action is Erasure.DELETE and s.keys]
    kept = [{"table": f"{s.source}.{s.table}", "rows": len(s.keys),
             "columns": ", ".join(s.columns), "reason": s.keep_reason or ""}
            for s in plan.kept if s.keys]
    return {"deleted": deleted, "kept": kept}


class Deletion:
    category: ClassVar[Category] = Category.DELETION
    description: ClassVar[str] = "erase or anonymise per source, then keep only a keyed hash"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        erasure = sources.plan_erasure(request.address)
        suppress_effect = Effect("suppress", {"address": request.address, "reason": "erasure"})
        if erasure.empty:
            return no_data_plan(self.category, (suppress_effect,))
        values = {**_sections(erasure), "suppressed": True}
        return HandlerPlan(
            category=str(self.category),
            effects=(Effect("erase", {"address": request.address, "plan": to_json(erasure)}),
                     suppress_effect),
            summary={**values, "note": "kept rows are anonymised; amounts stay"},
            section=str(self.category),
            values=values,
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        done: list[str] = []
        values: dict[str, Any] = dict(plan.values)
        for effect in plan.effects_of("erase"):
            report = sources.execute_erasure(from_json(ErasurePlan, effect.payload["plan"]))
            deleted, kept = [], []
            for o in report.outcomes:
                label = f"{o.source}.{o.table}"
                if o.action is Erasure.DELETE and o.done:
                    deleted.append({"table": label, "rows": len(o.done)})
                elif o.done:
                    step = {"table": label, "rows": len(o.done), "reason": o.keep_reason or ""}
                    kept.append(step)
                done.append(f"{label}: {len(o.done)} rows {o.action}d"
                            + (f", {len(o.skipped)} changed since the plan, left" if o.skipped
                               else ""))
            if report.unplanned:
                # Rows that appeared after approval were not approved: staff look at them.
                done.append(f"{len(report.unplanned)} rows found that were not in the plan: "
                            "left for staff")
            columns = {k["table"]: k.get("columns", "") for k in values.get("kept", [])}
            values.update(deleted=deleted,
                          kept=[{**k, "columns": columns.get(k["table"], "")} for k in kept],
                          unplanned=len(report.unplanned))
        for effect in plan.effects_of("suppress"):
            added = suppress(ctx.suppression, payload_address(plan, "suppress"), ctx.secret_key,
                             str(effect.payload.get("reason", "erasure")), ctx.now,
                             sources.rules)
            done.append("address hash added to the suppression list" if added
                        else "address hash already on the suppression list")
        if not plan.effects_of("erase"):
            return no_data_result(plan, tuple(done))
        return HandlerResult(plan.category, tuple(done), values, section=plan.section)

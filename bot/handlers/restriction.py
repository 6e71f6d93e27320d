"""restriction (GDPR Art. 18): set the restriction flag wherever settings name one.

The flag is what the company's own systems read to stop using the data (beyond
storing it) until the dispute is settled.
"""

from __future__ import annotations

from typing import ClassVar

from bot.categories import Category
from bot.handlers.base import (
    Effect,
    ExecContext,
    HandlerPlan,
    HandlerResult,
    Request,
    no_data_plan,
    no_data_result,
)
from bot.sources import FlagKind, Sources


def flagged_tables(sources: Sources, address: str, kind: FlagKind) -> list[str]:
    """Tables holding the person where the flag is configured (what the flag will mark)."""
    columns = {(s.name, t.table) for s in sources.configs for t in s.tables
               if (t.restriction_column if kind is FlagKind.RESTRICTION
                   else t.objection_column)}
    found = [f"{r.source}.{r.table}" for r in sources.find(address)
             if (r.source, r.table) in columns]
    return list(dict.fromkeys(found))


def flag_effect(address: str, kind: FlagKind) -> Effect:
    return Effect("flag", {"address": address, "kind": str(kind), "value": True})


def run_flags(plan: HandlerPlan, sources: Sources) -> tuple[list[str], list[str]]:
    """Carry out the plan's flag effects: (log lines, tables flagged now)."""
    done: list[str] = []
    tables: list[str] = []
    for effect in plan.effects_of("flag"):
        kind = FlagKind(str(effect.payload["kind"]))
        changes = sources.set_flag(str(effect.payload["address"]), kind,
                                   bool(effect.payload.get("value", True)))
        tables += [f"{c.source}.{c.table}" for c in changes]
        done.append(f"{kind} flag set on {len(changes)} rows" if changes
                    else f"{kind} flag was already set")
    return done, list(dict.fromkeys(tables))


class Restriction:
    category: ClassVar[Category] = Category.RESTRICTION
    description: ClassVar[str] = "set the restriction flag on every record that has one"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        if not sources.find(request.address):
            return no_data_plan(self.category)
        tables = flagged_tables(sources, request.address, FlagKind.RESTRICTION)
        return HandlerPlan(
            category=str(self.category),
            effects=(flag_effect(request.address, FlagKind.RESTRICTION),),
            summary={"flag": "restriction", "tables": tables},
            section=str(self.category),
            values={"tables": tables},
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        if not plan.effects_of("flag"):
            return no_data_result(plan)
        done, _ = run_flags(plan, sources)
        # The reply names every table now restricted, set today or before (idempotent).
        return HandlerResult(plan.category, tuple(done), dict(plan.values), section=plan.section)

"""correction (GDPR Art. 16): read the change from the mail, propose a diff, apply it.

The plan is a `CorrectionPlan` (per record: old -> new) built from what
`corrections.read_corrections` found in the text. Nothing read, or a value no table
holds (a whole postal address that would not split), gives `needs_input`: staff
type the change and call `Correction.replan` before approving. Execution writes a
value only if the record still holds the old one (`Sources.apply_correction`).
"""

from __future__ import annotations

from collections.abc import Mapping
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
)
from bot.handlers.corrections import read_corrections
from bot.sources import CorrectionPlan, FieldChange, Sources, from_json, to_json


def _fields(changes: tuple[FieldChange, ...]) -> list[dict[str, Any]]:
    """One line per field for the person (several tables may hold the same field)."""
    seen: dict[str, dict[str, Any]] = {}
    for c in changes:
        seen.setdefault(c.field, {"field": c.field, "old": "" if c.old is None else str(c.old),
                                  "new": "" if c.new is None else str(c.new)})
    return list(seen.values())


class Correction:
    category: ClassVar[Category] = Category.CORRECTION
    description: ClassVar[str] = "read the requested change from the mail, diff, apply"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        return self.replan(request, sources, read_corrections(request.text))

    def replan(self, request: Request, sources: Sources,
               wanted: Mapping[str, str]) -> HandlerPlan:
        """The plan for `wanted` (field -> value): from the mail, or as staff typed it."""
        if not sources.find(request.address):
            return no_data_plan(self.category)
        correction = sources.plan_correction(request.address, dict(wanted))
        needs_input = not correction.changes
        values = {"changes": _fields(correction.changes),
                  "unchanged": sorted({c.field for c in correction.unchanged}),
                  "unknown": list(correction.unknown_fields), "needs_input": needs_input,
                  "conflicts": []}
        summary = {
            "read_from_mail": dict(wanted), "needs_input": needs_input,
            "diff": [{"table": f"{c.source}.{c.table}", "key": list(c.key), "column": c.column,
                      "old": c.old, "new": c.new} for c in correction.changes],
            "unknown_fields": list(correction.unknown_fields),
        }
        if needs_input:
            summary["note"] = ("nothing to change could be read from the mail: "
                               "fill in the requested change before approving")
        return HandlerPlan(
            category=str(self.category),
            effects=(Effect("correct", {"address": request.address,
                                        "plan": to_json(correction)}),),
            summary=summary, section=str(self.category), values=values,
        )

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        effects = plan.effects_of("correct")
        if not effects:
            return no_data_result(plan)
        report = sources.apply_correction(from_json(CorrectionPlan, effects[0].payload["plan"]))
        done = [f"{c.source}.{c.table}: {c.field} corrected" for c in report.applied]
        done += [f"{c.source}.{c.table}: {c.field} changed since the plan, not written"
                 for c in report.conflicts]
        applied = {c.field for c in report.applied}
        values = {**plan.values, "changes": _fields(report.applied),
                  "conflicts": sorted({c.field for c in report.conflicts} - applied)}
        return HandlerResult(plan.category, tuple(done) or ("nothing to correct",), values,
                             section=plan.section)

"""access (GDPR Art. 15): every record about the address, as a zip with a summary.

The plan counts what would be exported, for staff; the zip itself is made at
execution, after approval, so the person gets the data as it is on the day it is
sent, not as it was when the draft was written.
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
from bot.handlers.export import build_zip
from bot.sources import RegisterEntry, Sources
from bot.sources.records import Row


def register_values(register: tuple[RegisterEntry, ...], tables: list[str]) -> list[dict[str, Any]]:
    """The register lines of the tables that hold the person's data, as plain values."""
    return [
        {"table": f"{e.source}.{e.table}", "purpose": e.purpose or "",
         "legal_basis": e.legal_basis or "", "recipients": ", ".join(e.recipients),
         "retention": e.retention or "", "origin": e.origin or ""}
        for e in register if f"{e.source}.{e.table}" in tables
    ]


def export_plan(category: Category, request: Request, tables: dict[str, list[Row]],
                sources: Sources, found: bool) -> HandlerPlan:
    """`found`: whether anything at all is held (portability may find data, none provided)."""
    if not found:
        return no_data_plan(category)
    counts = [{"table": name, "rows": len(rows)} for name, rows in tables.items()]
    effect = Effect("export", {"address": request.address, "kind": str(category),
                               "language": request.language, "case_id": request.case_id})
    return HandlerPlan(
        category=str(category),
        effects=(effect,),
        summary={"export": str(category), "tables": counts,
                 "files": "one .json and one .csv per table, summary.txt"},
        section=str(category),
        values={"tables": counts, "register": register_values(sources.register(), list(tables))},
    )


def export_result(plan: HandlerPlan, tables: dict[str, list[Row]], sources: Sources,
                  ctx: ExecContext, found: bool) -> HandlerResult:
    if not found:
        # Erased or changed since the plan: say so rather than send an empty zip.
        return no_data_result(plan, ("no records found at execution",))
    (effect,) = plan.effects_of("export")
    path = build_zip(tables, sources.register(), kind=plan.category,
                     language=str(effect.payload.get("language", "en")),
                     case_id=str(effect.payload.get("case_id", "case")), now=ctx.now,
                     export_dir=ctx.export_dir)
    counts = [{"table": name, "rows": len(rows)} for name, rows in tables.items()]
    values = {"tables": counts, "register": register_values(sources.register(), list(tables))}
    done = tuple(f"exported {c['table']}: {c['rows']} rows" for c in counts)
    return HandlerResult(plan.category, (*done, f"zip written: {path.name}"), values,
                         files=(path,), section=plan.section)


class Access:
    category: ClassVar[Category] = Category.ACCESS
    description: ClassVar[str] = "every record across all sources, zipped, with the register"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        tables = sources.export(request.address)
        return export_plan(self.category, request, tables, sources, bool(tables))

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        if not plan.effects_of("export"):
            return no_data_result(plan)
        tables = sources.export(payload_address(plan, "export"))
        return export_result(plan, tables, sources, ctx, bool(tables))

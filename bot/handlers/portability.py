"""portability (GDPR Art. 20): only the data the person provided, JSON and CSV, zipped.

"Provided" is what settings name per table (`provided_columns`): what the person
typed in or uploaded, not what we derived (notes, logins, invoice numbers).
"""

from __future__ import annotations

from typing import ClassVar

from bot.categories import Category
from bot.handlers.access import export_plan, export_result
from bot.handlers.base import (
    ExecContext,
    HandlerPlan,
    HandlerResult,
    Request,
    no_data_result,
    payload_address,
)
from bot.sources import Sources


class Portability:
    category: ClassVar[Category] = Category.PORTABILITY
    description: ClassVar[str] = "the columns the person provided, as JSON and CSV in a zip"

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        provided = sources.export_provided(request.address)
        # Data held but none of it provided (only staff notes, say): an export with the
        # summary alone, not "no data", which would deny what access would show.
        found = bool(provided) or bool(sources.find(request.address))
        return export_plan(self.category, request, provided, sources, found)

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        if not plan.effects_of("export"):
            return no_data_result(plan)
        address = payload_address(plan, "export")
        tables = sources.export_provided(address)
        found = bool(tables) or bool(sources.find(address))
        return export_result(plan, tables, sources, ctx, found)

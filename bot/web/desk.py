"""Staff desk endpoints (placeholder until built)."""

from __future__ import annotations

from starlette.routing import BaseRoute

from bot.web.server import WebContext


def routes(ctx: WebContext) -> list[BaseRoute]:
    return []

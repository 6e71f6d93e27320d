"""Public endpoints (placeholder until built): verification, download, unsubscribe."""

from __future__ import annotations

from starlette.routing import BaseRoute

from bot.web.server import WebContext


def routes(ctx: WebContext) -> list[BaseRoute]:
    return []

"""The Starlette application and the uvicorn server thread that `run` and `demo` start."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import uvicorn
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.store.records import Records
from bot.workflow import Workflow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class WebContext:
    """What the endpoints may use; built by bot.app from settings."""

    workflow: Workflow
    records: Records
    base_url: str
    secret: bytes
    company: str
    staff_file: str  # path of the staff accounts file (desk logins)
    stats_key: bytes
    # Sends what an action queued (approval, clarification, extension) at once rather
    # than at the mail loop's next turn; None where nothing sends (tests of pages only).
    flush: Callable[[], object] | None = None


class SecurityHeaders:
    """No third-party assets, no framing, no referrer leaking tokens in URLs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cache-control", b"no-store"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(ctx: WebContext) -> Starlette:
    from bot.web import desk, public

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    routes = [*public.routes(ctx), *desk.routes(ctx)]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders)])
    app.add_route("/health", health)
    return app


class WebServer:
    """uvicorn in a daemon thread, on loopback or wherever settings say."""

    def __init__(self, app: Starlette, host: str, port: int) -> None:
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False, lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="privacy-bot-web", daemon=True)
        self.host, self.port = host, port

    def start(self, timeout: float = 10.0) -> None:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"web server did not start on {self.host}:{self.port}")
            time.sleep(0.05)
        log.info("web endpoints on http://%s:%s", self.host, self.port)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

"""Public endpoints: the links in the bot's mails (verification, download, unsubscribe).

Where they sit: a challenge mail carries `/verify/<token>`, an approved access or
portability reply `/download/<token>`, a newsletter `/unsubscribe/<token>`. The token
is the authority; these pages only turn a click into one `Workflow` call.

- A GET never changes state: mail gateways and link scanners open every link. It shows
  a page whose button POSTs back to the same URL.
- Verification and download POSTs are CSRF-checked although requesters have no session:
  a hidden field HMAC(secret, "csrf:" + token), compared in constant time, and a
  cross-site `Origin` is refused (403). Results are rendered directly with 200, no
  redirect: a result page would need the used token again.
- Where settings ask for it (verification.attribute_*), the verification page also asks
  for a value the company holds; a wrong answer shows the form again (422), the held
  value is never shown, and the question depends on the categories, not on the data.
- The unsubscribe POST is RFC 8058 one-click: mail providers POST
  `List-Unsubscribe=One-Click` without cookies, without our form and from their own
  servers, so only the (secret, opaque) token is required. It is idempotent.
- Unknown tokens answer 404, used or expired ones 410, in plain words and never with a
  traceback; a fault of ours answers 500 with a plain page.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import BaseRoute, Route

from bot.cases.model import Case
from bot.cases.transitions import CaseState
from bot.verify.tokens import BadTokenStatus
from bot.web import pages
from bot.web.server import WebContext
from bot.workflow import AttributeMismatch

log = logging.getLogger(__name__)

T = TypeVar("T")
_TOKEN = re.compile(r"[A-Za-z0-9_-]{16,128}")
_MAX_FORM_BYTES = 16 * 1024


def csrf_value(secret: bytes, token: str) -> str:
    return hmac.new(secret, b"csrf:" + token.encode(), hashlib.sha256).hexdigest()


def origin_of(url: str) -> str:
    """scheme://host[:port] as a browser sends it in `Origin` (default ports left out)."""
    parts = urlsplit(url)
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(scheme)
    port = f":{parts.port}" if parts.port and parts.port != default else ""
    host = f"[{host}]" if ":" in host else host
    return f"{scheme}://{host}{port}"


class PublicPages:
    def __init__(self, ctx: WebContext) -> None:
        self.ctx = ctx
        self.workflow = ctx.workflow
        self.root = ctx.workflow.replies.root
        self.origin = origin_of(ctx.base_url)

    # -- plumbing ----------------------------------------------------------------------
    async def call(self, fn: Callable[..., T], *args: object) -> T:
        # The workflow does blocking I/O (store, sources) and serialises its own
        # check-then-commit under the store's lock; keep it off the event loop.
        return await run_in_threadpool(fn, *args)

    def texts(self, request: Request, case: Case | None = None) -> pages.Texts:
        if case is not None and pages.available(self.root, case.language):
            return pages.texts(self.root, case.language)
        header = request.headers.get("accept-language", "")
        return pages.texts(self.root, pages.language_from_header(self.root, header))

    def page(
        self, template: str, t: pages.Texts, title_key: str, status: int = 200, **values: object
    ) -> HTMLResponse:
        return pages.render(
            template, t, status, title=t(title_key), company=self.ctx.company, **values
        )

    def refused(self, request: Request, status: int, case: Case | None = None) -> HTMLResponse:
        status = status if status in (400, 403, 404, 410) else 404
        t = self.texts(request, case)
        return self.page(
            "message.html",
            t,
            f"error_{status}_title",
            status,
            text=t(f"error_{status}_text"),
            case_id="",
        )

    def failed(self, request: Request, what: str) -> HTMLResponse:
        log.exception("%s failed", what)  # the token stays out of the log
        t = self.texts(request)
        return self.page(
            "message.html", t, "error_500_title", 500, text=t("error_500_text"), case_id=""
        )

    def foreign_origin(self, request: Request) -> bool:
        origin = request.headers.get("origin")
        return origin is not None and origin.lower() != self.origin

    async def form(self, request: Request) -> dict[str, str] | None:
        """The posted fields, or None when the body is too large or malformed."""
        length = request.headers.get("content-length", "0")
        if not length.isdigit() or int(length) > _MAX_FORM_BYTES:
            return None
        try:
            form = await request.form(max_files=0, max_fields=8)
        except (HTTPException, MultiPartException, ValueError):
            return None  # a malformed body: the sender's fault, answered 400
        return {k: v for k, v in form.items() if isinstance(v, str)}

    def csrf_ok(self, token: str, fields: dict[str, str]) -> bool:
        return hmac.compare_digest(
            fields.get("csrf", "").encode(), csrf_value(self.ctx.secret, token).encode()
        )

    # -- /verify/<token> -------------------------------------------------------------------
    async def verify(self, request: Request) -> Response:
        token = str(request.path_params["token"])
        if not _TOKEN.fullmatch(token):
            return self.refused(request, 404)
        try:
            _, case = await self.call(self.workflow.token_case, token, "verify")
        except BadTokenStatus as exc:
            return self.refused(request, exc.status)
        if case.state is not CaseState.AWAITING_VERIFICATION:
            return self.refused(request, 410, case)
        t = self.texts(request, case)
        if request.method != "POST":
            return self.question(t, case, token)
        fields = await self.form(request)
        if fields is None:
            return self.refused(request, 400, case)
        if self.foreign_origin(request) or not self.csrf_ok(token, fields):
            return self.refused(request, 403, case)
        answer = fields.get("answer", "")
        if answer not in ("yes", "no"):
            return self.refused(request, 400, case)
        attribute = fields.get("attribute", "")[:100]
        try:
            case = await self.call(self.workflow.confirm, token, answer == "yes", attribute)
        except AttributeMismatch:
            return self.question(t, case, token, attribute_wrong=True)
        except BadTokenStatus as exc:
            return self.refused(request, exc.status, case)
        except Exception:  # noqa: BLE001 - ours: logged, and a plain 500 page, not a traceback
            return self.failed(request, "confirming a verification link")
        if answer == "yes":
            due = case.due.replace("-", "\u2011")  # non-breaking hyphens: one line on a phone
            text = t("confirmed_text", due=due)
            return self.page("message.html", t, "confirmed_title", text=text, case_id=case.id)
        return self.page("message.html", t, "not_me_title", text=t("not_me_text"), case_id=case.id)

    def question(
        self, t: pages.Texts, case: Case, token: str, attribute_wrong: bool = False
    ) -> HTMLResponse:
        """The two buttons; with a question on a value we hold where settings ask for one.

        Whether the question is asked depends on the categories only, never on whether
        data is held, so the page discloses nothing (a wrong answer: 422, form again)."""
        label = self.workflow.config.attribute_label if self.workflow.needs_attribute(case) else ""
        return self.page(
            "verify.html",
            t,
            "verify_title",
            422 if attribute_wrong else 200,
            categories=case.categories,
            case_id=case.id,
            csrf=csrf_value(self.ctx.secret, token),
            attribute_label=label,
            attribute_wrong=attribute_wrong,
        )

    # -- /download/<token> -----------------------------------------------------------------
    async def download(self, request: Request) -> Response:
        token = str(request.path_params["token"])
        if not _TOKEN.fullmatch(token):
            return self.refused(request, 404)
        try:
            _, case = await self.call(self.workflow.token_case, token, "download")
        except BadTokenStatus as exc:
            return self.refused(request, exc.status)
        t = self.texts(request, case)
        if request.method != "POST":
            return self.page(
                "action.html",
                t,
                "download_title",
                text=t("download_text"),
                case_id=case.id,
                button=t("download_button"),
                csrf=csrf_value(self.ctx.secret, token),
            )
        fields = await self.form(request)
        if fields is None:
            return self.refused(request, 400, case)
        if self.foreign_origin(request) or not self.csrf_ok(token, fields):
            return self.refused(request, 403, case)
        try:
            path = await self.call(self.workflow.download, token)
        except BadTokenStatus as exc:
            return self.refused(request, exc.status, case)
        except Exception:  # noqa: BLE001 - ours: logged, and a plain 500 page, not a traceback
            return self.failed(request, "a download")
        return FileResponse(
            path,
            media_type="application/zip",
            filename=f"{case.id}-data.zip",
            content_disposition_type="attachment",
        )

    # -- /unsubscribe/<token> (RFC 8058, RFC 2369) ---------------------------------------------
    async def unsubscribe(self, request: Request) -> Response:
        token = str(request.path_params["token"])
        if not _TOKEN.fullmatch(token):
            return self.refused(request, 404)
        try:
            record = await self.call(self.workflow.unsubscribe_record, token)
        except BadTokenStatus as exc:
            return self.refused(request, exc.status)
        t = self.texts(request)
        list_name = str((record.payload or {}).get("list", ""))
        if request.method != "POST":
            return self.page(
                "action.html",
                t,
                "unsubscribe_title",
                text=t("unsubscribe_text", list=list_name),
                case_id="",
                button=t("unsubscribe_button"),
                csrf="",
            )
        # The body (List-Unsubscribe=One-Click, or our button) is not needed: the token decides.
        try:
            await self.call(self.workflow.unsubscribe, token)
        except BadTokenStatus as exc:
            return self.refused(request, exc.status)
        except Exception:  # noqa: BLE001 - ours: logged, and a plain 500 page, not a traceback
            return self.failed(request, "an unsubscribe")
        return self.page(
            "message.html",
            t,
            "unsubscribed_title",
            text=t("unsubscribed_text", list=list_name),
            case_id="",
        )


def routes(ctx: WebContext) -> list[BaseRoute]:
    public = PublicPages(ctx)
    both = ["GET", "POST"]
    return [
        Route("/verify/{token:path}", public.verify, methods=both),
        Route("/download/{token:path}", public.download, methods=both),
        Route("/unsubscribe/{token:path}", public.unsubscribe, methods=both),
    ]

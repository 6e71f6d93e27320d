"""The staff desk under `/desk`: login, the queue, a case page with its actions, stats.

Where it sits: served by bot.web.server next to the public endpoints. Every page but
the login needs a live session (bot.web.auth); every POST carries the session's CSRF
token. Pages are plain HTML forms (no JavaScript), one stylesheet served from here,
nothing from a third party. A successful action redirects (POST/redirect/GET) with a
signed one-time notice; a refused one shows the page again with the reason.

    GET  /desk                       the queue (?state=&category=&q=)
    GET  /desk/login  POST /desk/login  POST /desk/logout
    GET  /desk/case/{id}             the case page
    POST /desk/case/{id}/{action}    approve, edit, reclassify, clarify, extend, reject
    GET  /desk/stats                 statistics on pseudonyms, with a chart
    GET  /desk/desk.css
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route

from bot.cases.transitions import CaseState
from bot.categories import Category
from bot.schedule.deadlines import days_left
from bot.stats import chart_svg, compute_stats
from bot.web import auth, desk_actions, desk_views
from bot.web.server import WebContext

TEMPLATES = Path(__file__).parent / "templates" / "desk"
PRE_COOKIE = "pb_desk_login"
FLASH_COOKIE = "pb_desk_flash"
STATES = [str(s) for s in CaseState]
CATEGORIES = [str(c) for c in Category]
Endpoint = Callable[[Request], Awaitable[Response]]


class Desk:
    def __init__(self, ctx: WebContext) -> None:
        self.ctx = ctx
        self.wf = ctx.workflow
        self.book = auth.StaffBook(ctx.staff_file, clock=ctx.workflow.clock)
        self.secure = ctx.base_url.startswith("https://")
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True))
        self.env.globals.update(company=ctx.company, states=STATES, categories=CATEGORIES)

    # -- plumbing ------------------------------------------------------------------------
    def page(self, name: str, status: int = 200, **values: Any) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(name).render(**values), status_code=status)

    def set_cookie(self, response: Response, key: str, value: str, max_age: int | None = None) -> None:
        response.set_cookie(key, value, max_age=max_age, path="/desk", httponly=True, samesite="strict",
                            secure=self.secure)

    def session(self, request: Request) -> auth.Session | None:
        value = request.cookies.get(auth.COOKIE, "")
        found = auth.read_cookie(self.ctx.secret, value, self.wf.clock()) if value else None
        if found is None or not self.book.session_alive(found.name, found.sid):
            return None
        return found

    def _mac(self, what: str, value: str) -> str:
        return hmac.new(self.ctx.secret, f"{what}|{value}".encode(), hashlib.sha256).hexdigest()

    def flash(self, response: Response, message: str) -> None:
        raw = base64.urlsafe_b64encode(message.encode()).decode()
        self.set_cookie(response, FLASH_COOKIE, f"{raw}.{self._mac('flash', raw)}", max_age=120)

    def take_flash(self, request: Request) -> str:
        raw, _, mac = request.cookies.get(FLASH_COOKIE, "").partition(".")
        if not raw or not hmac.compare_digest(mac, self._mac("flash", raw)):
            return ""
        try:
            return base64.urlsafe_b64decode(raw.encode()).decode()
        except ValueError:
            return ""

    def shown(self, request: Request, response: HTMLResponse) -> HTMLResponse:
        if FLASH_COOKIE in request.cookies:
            response.delete_cookie(FLASH_COOKIE, path="/desk", httponly=True, samesite="strict", secure=self.secure)
        return response

    def staff_only(self, view: Callable[[Request, auth.Session], Awaitable[Response]]) -> Endpoint:
        async def guarded(request: Request) -> Response:
            who = await run_in_threadpool(self.session, request)
            if who is None:
                if request.method == "GET":
                    return RedirectResponse(f"/desk/login?next={quote(request.url.path)}", status_code=303)
                return self.page("message.html", 403, title="Signed out", text="Your session ended: sign in again.")
            if request.method == "POST":
                form = await request.form()
                if not auth.csrf_ok(who, str(form.get("csrf", ""))):
                    return self.page("message.html", 403, title="Refused", staff=who,
                                     text="This form is out of date or did not come from the desk. Reload the page.")
            return await view(request, who)
        return guarded

    # -- login ---------------------------------------------------------------------------
    async def login_form(self, request: Request, error: str = "", status: int = 200) -> Response:
        nonce = secrets.token_urlsafe(16)
        nxt = request.query_params.get("next", "") if request.method == "GET" else str((await request.form()).get("next", ""))
        response = self.page("login.html", status, error=error, token=self._mac("login", nonce), next=_local(nxt))
        self.set_cookie(response, PRE_COOKIE, nonce, max_age=3600)
        return response

    async def login(self, request: Request) -> Response:
        if request.method == "GET":
            return await self.login_form(request)
        form = await request.form()
        nonce = request.cookies.get(PRE_COOKIE, "")
        if not nonce or not hmac.compare_digest(str(form.get("csrf", "")), self._mac("login", nonce)):
            return await self.login_form(request, "The sign-in form expired. Please try again.", 403)
        name, password = str(form.get("name", "")).strip().lower(), str(form.get("password", ""))
        result = await run_in_threadpool(self.book.login, name, password)
        if not result.ok:
            if result.locked_until is not None:
                text = f"Too many failed sign-ins: this account is locked until {result.locked_until:%H:%M} UTC."
                return await self.login_form(request, text, 429)
            return await self.login_form(request, "Wrong name or password.", 401)
        sid = await run_in_threadpool(self.book.open_session, name)
        expires = self.wf.clock() + auth.SESSION_TTL
        response = RedirectResponse(_local(str(form.get("next", ""))), status_code=303)
        self.set_cookie(response, auth.COOKIE, auth.session_cookie(self.ctx.secret, name, sid, expires),
                        max_age=int(auth.SESSION_TTL.total_seconds()))
        response.delete_cookie(PRE_COOKIE, path="/desk")
        return response

    async def logout(self, request: Request, who: auth.Session) -> Response:
        await run_in_threadpool(self.book.close_session, who.name, who.sid)
        response = RedirectResponse("/desk/login", status_code=303)
        response.delete_cookie(auth.COOKIE, path="/desk", httponly=True, samesite="strict", secure=self.secure)
        return response

    # -- pages ---------------------------------------------------------------------------
    async def queue(self, request: Request, who: auth.Session) -> Response:
        p = request.query_params
        state = p.get("state", "") if p.get("state", "") in STATES else ""
        category = p.get("category", "") if p.get("category", "") in CATEGORIES else ""
        q = p.get("q", "").strip()[:200]

        def load() -> list[desk_views.Row]:
            cases = list(self.ctx.records.all_cases()) if q else self.ctx.records.open_cases()
            found = [c for c in cases if desk_views.matches(c, q)]
            return desk_views.queue(found, self.wf.clock().date(), state, category)

        rows = await run_in_threadpool(load)
        return self.shown(request, self.page("queue.html", staff=who, rows=rows, state=state, category=category,
                                             q=q, notice=self.take_flash(request)))

    async def case_page(self, request: Request, who: auth.Session, error: str = "", status: int = 200,
                        form: dict[str, str] | None = None) -> Response:
        case = await run_in_threadpool(self.ctx.records.case, request.path_params["case_id"])
        if case is None:
            return self.page("message.html", 404, staff=who, title="No such case",
                             text="There is no case with this reference.")
        today = self.wf.clock().date()
        response = self.page(
            "case.html", status, staff=who, case=case, error=error, notice="" if error else self.take_flash(request),
            row=desk_views.Row(case, days_left(case.due_date, today)),
            mail_text=desk_views.mail_text(case), verification=desk_views.verification(case),
            planned=desk_views.planned_changes(case), can=desk_views.can_act(case), form=form or {},
        )
        return self.shown(request, response)

    async def act(self, request: Request, who: auth.Session) -> Response:
        case_id, action = request.path_params["case_id"], request.path_params["action"]
        data = await request.form()
        form = {k: str(v) for k, v in data.items() if k != "csrf"}
        others = [str(v) for v in data.getlist("categories")]
        wf, actor = self.wf, who.actor
        calls: dict[str, Callable[[], desk_actions.Outcome]] = {
            "approve": lambda: desk_actions.approve(wf, case_id, actor, form.get("body")),
            "edit": lambda: desk_actions.edit(wf, case_id, actor, form.get("body", "")),
            "reject": lambda: desk_actions.reject(wf, case_id, actor, form.get("reason", "")),
            "clarify": lambda: desk_actions.clarify(wf, case_id, actor, form.get("question", "")),
            "extend": lambda: desk_actions.extend_deadline(wf, case_id, actor, form.get("months", ""),
                                                           form.get("reason", "")),
            "reclassify": lambda: desk_actions.reclassify(wf, case_id, actor, form.get("category", ""), others),
        }
        if action not in calls:
            return self.page("message.html", 404, staff=who, title="Unknown action", text="No such action.")
        try:
            outcome = await run_in_threadpool(calls[action])
        except desk_actions.ActionRefused as exc:
            return await self.case_page(request, who, error=str(exc), status=400, form={**form, "action": action})
        if self.ctx.flush is not None:
            await run_in_threadpool(self.ctx.flush)
        response = RedirectResponse(f"/desk/case/{outcome.case.id}", status_code=303)
        self.flash(response, outcome.message)
        return response

    async def stats(self, request: Request, who: auth.Session) -> Response:
        today = self.wf.clock().date()
        figures = await run_in_threadpool(lambda: compute_stats(self.ctx.records.all_cases(), today,
                                                                self.ctx.stats_key))
        return self.page("stats.html", staff=who, stats=figures, chart=Markup(chart_svg(figures)))

    async def css(self, request: Request) -> Response:
        return Response((TEMPLATES / "desk.css").read_text(encoding="utf-8"), media_type="text/css",
                        headers={"cache-control": "max-age=3600"})

    def routes(self) -> list[BaseRoute]:
        s = self.staff_only
        return [
            Route("/desk", s(self.queue), methods=["GET"]),
            Route("/desk/", s(self.queue), methods=["GET"]),
            Route("/desk/login", self.login, methods=["GET", "POST"]),
            Route("/desk/logout", s(self.logout), methods=["POST"]),
            Route("/desk/stats", s(self.stats), methods=["GET"]),
            Route("/desk/desk.css", self.css, methods=["GET"]),
            Route("/desk/case/{case_id}", s(self.case_page), methods=["GET"]),
            Route("/desk/case/{case_id}/{action}", s(self.act), methods=["POST"]),
        ]


def _local(path: str) -> str:
    """Where to go after sign-in: a desk page only (no open redirect)."""
    if path.startswith("/desk") and not path.startswith("//") and "\\" not in path and ".." not in path:
        return path
    return "/desk"


def routes(ctx: WebContext) -> list[BaseRoute]:
    return Desk(ctx).routes()

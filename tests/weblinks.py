"""A running bot for the link tests: real Dovecot, aiosmtpd, the sample company, the web server.

with running_bot(dovecot, smtp_sink, tmp_path) as site:
    site.deliver(mail(...))              # APPEND + `run --once`
    link, code = challenge_of(site.mails_to(ALICE.address)[-1])
    site.http.post(link, data=...)
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import httpx

from bot.app import Bot, MailOutcome
from bot.cases.model import Case
from tests.factory import sample_sources, settings_for
from tests.servers import free_port
from tests.servers.smtp import SmtpSink

_CSRF = re.compile(r'name="csrf" value="([0-9a-f]{64})"')
_CODE = re.compile(r"(?i)code\W+([2-9A-HJ-NP-Z]{8})\b")


@dataclass
class MovableClock:
    """The bot's clock, set by the test (links expire without waiting)."""

    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Site:
    bot: Bot
    dovecot: Any
    sink: SmtpSink
    base_url: str
    http: httpx.Client
    tmp: Path

    def deliver(self, *raws: bytes) -> list[MailOutcome]:
        before = len(self.bot.outcomes)
        for raw in raws:
            self.dovecot.append(raw)
        self.bot.run(once=True)
        return self.bot.outcomes[before:]

    def case(self, case_id: str) -> Case:
        case = self.bot.records.case(case_id)
        assert case is not None, case_id
        return case

    def mails_to(self, address: str) -> list[EmailMessage]:
        return [m.message for m in self.sink.messages if address in m.rcpt_tos]

    def recipients(self) -> set[str]:
        return {r for m in self.sink.messages for r in m.rcpt_tos}

    def csrf(self, url: str) -> str:
        page = self.http.get(url)
        assert page.status_code == 200, page.text
        found = _CSRF.search(page.text)
        assert found, page.text
        return found.group(1)

    def post_form(self, url: str, **fields: str) -> httpx.Response:
        """A browser-like form POST from our own page: CSRF field and our Origin."""
        data = {"csrf": self.csrf(url), **fields}
        return self.http.post(url, data=data, headers={"Origin": self.base_url})


def body_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content())


def challenge_of(message: EmailMessage, base_url: str) -> tuple[str, str]:
    """(verification link, code) from a challenge mail."""
    text = body_of(message)
    link = re.search(re.escape(base_url) + r"/verify/[A-Za-z0-9_-]+", text)
    code = _CODE.search(text)
    assert link and code, text
    return link.group(0), code.group(1)


@contextmanager
def running_bot(
    dovecot: Any, sink: SmtpSink, tmp: Path, clock: MovableClock | None = None, **overrides: Any
) -> Iterator[Site]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    settings = settings_for(
        dovecot,
        sink,
        tmp,
        sources=sample_sources(tmp),
        web={"host": "127.0.0.1", "port": port, "base_url": base_url},
        **overrides,
    )
    bot = Bot(settings, clock=clock) if clock is not None else Bot(settings)
    server = bot.start_web()
    http = httpx.Client(timeout=10, follow_redirects=False)
    try:
        yield Site(bot, dovecot, sink, base_url, http, tmp)
    finally:
        http.close()
        server.stop()
        bot.close()

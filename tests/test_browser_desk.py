"""The desk in a real browser: headless Debian Chromium driven by Playwright.

A staff member signs in, opens the most urgent case, edits the drafted reply and
approves it; the reply leaves through the SMTP sink. Everything before that is the real
flow: request mail in Dovecot, `run --once`, the person confirms the challenge link.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest

from bot.app import Bot
from bot.cases.transitions import CaseState
from bot.staff_cli import add_staff
from tests.factory import mail, sample_sources, settings_for
from tests.servers import free_port

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PASSWORD = "correct horse battery"
T = TypeVar("T")


def _browser_or_skip() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        reason = "playwright is not installed: pip install playwright (never `playwright install`)"
    else:
        if os.path.exists(CHROMIUM):
            return sync_playwright
        reason = f"{CHROMIUM} not found: apt-get install -y chromium"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def page() -> Iterator[Any]:
    sync_playwright = _browser_or_skip()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            # A phone-sized window: the desk must be usable there.
            context = browser.new_context(viewport={"width": 412, "height": 915})
            context.set_default_timeout(15_000)
            yield context.new_page()
        finally:
            browser.close()


def off_loop(call: Callable[..., T], *args: Any) -> T:
    """Run bot code in a worker thread: Playwright's sync API holds an asyncio loop in
    this one, and the outbox (aiosmtplib) needs `asyncio.run`."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(call, *args).result()


def _challenge_token(sink: Any, address: str) -> str:
    for received in sink.messages:
        if address in received.rcpt_tos:
            found = re.search(r"/verify/([A-Za-z0-9_\-.]+)", received.message.get_body(("plain",)).get_content())
            if found:
                return found.group(1)
    raise AssertionError(f"no challenge link sent to {address}")


def test_staff_edit_and_approve_the_most_urgent_draft_in_a_browser(
        page: Any, dovecot: Any, smtp_sink: Any, tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    settings = settings_for(dovecot, smtp_sink, tmp_path, sources=sample_sources(tmp_path),
                            web={"host": "127.0.0.1", "port": port, "base_url": base})
    clock = Clock(datetime.now(UTC).replace(microsecond=0) - timedelta(days=12))
    bot = Bot(settings, clock=clock)
    try:
        # Alice wrote twelve days ago and confirmed at once: her draft is the most urgent.
        dovecot.append(mail())
        off_loop(bot.run, True)
        smtp_sink.wait_for(1)
        drafted = off_loop(bot.workflow.confirm, _challenge_token(smtp_sink, "alice.martin@example.org"), True)
        assert drafted.state is CaseState.AWAITING_APPROVAL
        clock.now += timedelta(days=12)
        bot.mailbox.close()  # a fresh session sees the new mail (a second `--once` run)
        dovecot.append(mail("Bert <bert@example.be>", "Verwijder mijn gegevens",
                            "Ik wil dat u al mijn gegevens verwijdert."))
        off_loop(bot.run, True)
        before = len(smtp_sink.wait_for(3))  # two challenges and the staff notice of the draft
        add_staff(settings.store_path, "erin", PASSWORD)
        server = bot.start_web()
        try:
            page.goto(f"{base}/desk")
            page.get_by_label("Name").fill("erin")
            page.get_by_label("Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            page.wait_for_url(f"{base}/desk")

            page.locator("table.queue tbody tr").first.get_by_role("link").click()
            page.wait_for_url(re.compile(f"/desk/case/{drafted.id}$"))
            reply = page.get_by_label(re.compile("Reply to"))
            reply.fill(reply.input_value() + "\nErin from the privacy team is here if you have questions.")
            page.get_by_role("button", name="Save draft").click()
            page.get_by_role("status").filter(has_text="Draft saved").wait_for()
            page.get_by_role("button", name="Approve and send").click()
            page.get_by_role("status").filter(has_text="Approved").wait_for()
            page.screenshot(path=str(tmp_path / "desk-approved.png"), full_page=True)
        finally:
            server.stop()

        off_loop(bot.flush_outbox)  # the loop's next turn: the approved reply leaves
        sent = smtp_sink.wait_for(before + 1)
        (answer,) = [m for m in sent[before:] if m.rcpt_tos == ["alice.martin@example.org"]]
        assert drafted.id in answer.message["Subject"]
        assert "Erin from the privacy team" in answer.message.get_body(("plain",)).get_content()
        done = bot.records.case(drafted.id)
        assert done is not None and done.state is CaseState.DONE
        assert [e.actor for e in done.events if e.event in ("drafted", "approved")][-2:] == ["staff:erin"] * 2
        assert (tmp_path / "desk-approved.png").stat().st_size > 10_000
    finally:
        bot.close()

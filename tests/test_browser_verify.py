"""The verification page in headless Chromium (Debian's, driven by Playwright): open the
link from the challenge mail, press "Yes, this was my request", see the confirmation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from bot.cases.transitions import CaseState
from bot.sources.sample_company import ALICE
from tests.factory import mail
from tests.weblinks import challenge_of, running_bot

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


@contextmanager
def chromium() -> Iterator[Any]:
    """Playwright's sync API keeps an event loop running in this thread while it is open,
    so the bot's own `asyncio.run` (the outbox) must run before or after, not inside."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright is not installed: pip install playwright (never `playwright install`)")
    if not os.path.exists(CHROMIUM):
        _missing(f"{CHROMIUM} not found: apt-get install -y chromium")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


def test_open_the_link_press_yes_see_the_confirmation(dovecot, smtp_sink, tmp_path: Path) -> None:
    with running_bot(dovecot, smtp_sink, tmp_path) as site:
        (outcome,) = site.deliver(
            mail(
                f"Alice Martin <{ALICE.address}>",
                "Delete my account",
                "Please erase all personal data you hold about me.",
            )
        )
        link, _ = challenge_of(site.mails_to(ALICE.address)[-1], site.base_url)

        with chromium() as browser:
            page = browser.new_page(viewport={"width": 390, "height": 844})  # a phone
            third_party: list[str] = []
            page.on(
                "request",
                lambda r: None if r.url.startswith(site.base_url) else third_party.append(r.url),
            )
            page.goto(link)
            assert page.locator("html").get_attribute("lang") == "en"
            assert site.case(outcome.case_id).state is CaseState.AWAITING_VERIFICATION
            page.screenshot(path=str(tmp_path / "verify-question.png"), full_page=True)

            page.get_by_role("button", name="Yes, this was my request").click()
            page.wait_for_load_state()
            status = page.get_by_role("status")
            assert "Thank you, your request is confirmed" in status.inner_text()
            assert page.get_by_role("heading", level=1).inner_text() == "Thank you"

            shot = tmp_path / "verify-confirmed.png"
            page.screenshot(path=str(shot), full_page=True)

        for png in (tmp_path / "verify-question.png", shot):
            assert png.is_file() and png.stat().st_size > 1000
            assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert site.case(outcome.case_id).state is CaseState.AWAITING_APPROVAL
        assert third_party == []

"""Unsubscribe links (issue 6, RFC 8058 / RFC 2369) down to the newsletter row, and the
mailto: path that reaches the same withdraw_consent handler through the mailbox."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.cases.transitions import CaseState
from bot.sources.sample_company import ALICE, BOB, NOBODY
from bot.unsubscribe import list_unsubscribe_headers
from bot.workflow import WorkflowError
from tests.factory import mail
from tests.weblinks import Site, body_of, running_bot

ONE_CLICK = "List-Unsubscribe=One-Click"


@pytest.fixture
def site(dovecot, smtp_sink, tmp_path: Path):
    with running_bot(dovecot, smtp_sink, tmp_path) as running:
        yield running


def _subscriber_rows(site: Site, address: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(site.tmp / "company" / "newsletter.sqlite") as db:
        return db.execute(
            "SELECT id, subscribed, unsubscribed_at FROM subscribers WHERE lower(email) = ?",
            (address.lower(),),
        ).fetchall()


def _withdrawals(site: Site, address: str) -> list[str]:
    return [
        c.id
        for c in site.bot.records.all_cases()
        if c.address == address and c.category == "withdraw_consent"
    ]


def test_headers_for_a_newsletter_mail() -> None:
    link = "https://privacy.example.org/unsubscribe/abcDEF123_-abcDEF123_-"
    assert list_unsubscribe_headers(link, "privacy@example.org") == {
        "List-Unsubscribe": f"<{link}>, <mailto:privacy@example.org?subject=unsubscribe>",
        "List-Unsubscribe-Post": ONE_CLICK,
    }
    assert list_unsubscribe_headers(link, None) == {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": ONE_CLICK,
    }
    # RFC 8058 one-click needs an HTTPS URI: a plain http link (a local demo) gets no Post header.
    assert "List-Unsubscribe-Post" not in list_unsubscribe_headers(
        "http://127.0.0.1:8025/unsubscribe/x", None
    )


@pytest.mark.parametrize(
    "link, mailto",
    [
        ("https://a.example/u/x>, <https://evil.example/", None),
        ("https://a.example/u/x\r\nBcc: victim@example.org", None),
        ("javascript:alert(1)", None),
        ("https://a.example/u/x", "privacy@example.org?subject=x&body=y"),
        ("https://a.example/u/x", "privacy@example.org>, <https://evil.example"),
    ],
)
def test_headers_refuse_what_would_break_them(link: str, mailto: str | None) -> None:
    with pytest.raises(ValueError):
        list_unsubscribe_headers(link, mailto)


def test_the_link_carries_no_personal_data(site: Site) -> None:
    link = site.bot.workflow.unsubscribe_link(BOB.address, "newsletter")
    assert link.startswith(f"{site.base_url}/unsubscribe/")
    assert "bob" not in link.lower() and "newsletter" not in link
    with pytest.raises(WorkflowError):
        site.bot.workflow.unsubscribe_link(BOB.address, "no-such-list")


def test_a_get_shows_a_button_and_changes_nothing(site: Site) -> None:
    link = site.bot.workflow.unsubscribe_link(BOB.address, "newsletter")
    before = _subscriber_rows(site, BOB.address)
    assert before and all(subscribed for _, subscribed, _ in before)
    for _ in range(3):
        page = site.http.get(link)
        assert page.status_code == 200
    assert '<form method="post">' in page.text and ">Unsubscribe</button>" in page.text
    assert BOB.address not in page.text
    assert _subscriber_rows(site, BOB.address) == before
    assert _withdrawals(site, BOB.address) == []


def test_one_click_post_unsubscribes_once(site: Site) -> None:
    link = site.bot.workflow.unsubscribe_link(BOB.address, "newsletter")
    # What a mail provider sends (RFC 8058 §3.2): no cookies, no form of ours, no Origin.
    first = site.http.post(
        link,
        content=ONE_CLICK.encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert first.status_code == 200
    assert "You are unsubscribed" in first.text
    assert "set-cookie" not in first.headers
    rows = _subscriber_rows(site, BOB.address)
    assert rows and all(not subscribed and when for _, subscribed, when in rows)
    (case_id,) = _withdrawals(site, BOB.address)
    assert site.case(case_id).state is CaseState.DONE

    # Repeated clicks, also as multipart/form-data (the RFC's preferred encoding): 200, no change.
    for _ in range(2):
        again = site.http.post(link, files={"List-Unsubscribe": (None, "One-Click")})
        assert again.status_code == 200 and "You are unsubscribed" in again.text
    assert _subscriber_rows(site, BOB.address) == rows
    assert _withdrawals(site, BOB.address) == [case_id]


def test_the_button_on_the_page_works_too(site: Site) -> None:
    link = site.bot.workflow.unsubscribe_link(ALICE.address, "newsletter")
    page = site.http.get(link)
    assert 'name="csrf"' not in page.text  # nothing but the token is needed
    done = site.http.post(link, data={}, headers={"Origin": site.base_url})
    assert done.status_code == 200 and "You are unsubscribed" in done.text
    assert all(not subscribed for _, subscribed, _ in _subscriber_rows(site, ALICE.address))


@pytest.mark.parametrize("token", ["forgedforgedforgedforgedforged00", "x", "a/b"])
def test_a_forged_token_is_refused(site: Site, token: str) -> None:
    site.bot.workflow.unsubscribe_link(BOB.address, "newsletter")
    before = _subscriber_rows(site, BOB.address)
    url = f"{site.base_url}/unsubscribe/{token}"
    for response in (site.http.get(url), site.http.post(url, content=ONE_CLICK.encode())):
        assert response.status_code == 404
        assert "This link is not valid" in response.text
    assert _subscriber_rows(site, BOB.address) == before


def test_an_unsubscribe_token_opens_nothing_else(site: Site) -> None:
    link = site.bot.workflow.unsubscribe_link(BOB.address, "newsletter")
    token = link.rsplit("/", 1)[1]
    for kind in ("verify", "download"):
        assert site.http.get(f"{site.base_url}/{kind}/{token}").status_code == 404


def test_a_mailto_unsubscribe_takes_the_withdraw_consent_path(site: Site) -> None:
    # What a mail client sends for <mailto:privacy@example.org?subject=unsubscribe>.
    outcomes = site.deliver(
        mail(BOB.address, "unsubscribe", ""), mail(NOBODY.address, "unsubscribe", "")
    )
    assert [o.kind for o in outcomes] == ["request", "request"]
    bob, nobody = (site.case(o.case_id) for o in outcomes)
    for case in (bob, nobody):
        assert case.category == "withdraw_consent"
        assert case.state is CaseState.DONE  # at once, no verification, no staff
    assert all(not subscribed for _, subscribed, _ in _subscriber_rows(site, BOB.address))
    (to_bob,) = site.mails_to(BOB.address)
    (to_nobody,) = site.mails_to(NOBODY.address)
    assert "is now unsubscribed" in body_of(to_bob)
    # The confirmation is the same for a subscriber and a stranger: it reveals no list membership.
    assert body_of(to_bob).replace(bob.id, "") == body_of(to_nobody).replace(nobody.id, "")

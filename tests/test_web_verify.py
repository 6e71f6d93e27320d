"""The verification link (issue 4): real Dovecot, aiosmtpd and the web server on loopback.

Nothing is disclosed before verification, a GET never acts, and a link works once,
until it expires, for its own case only.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from bot.cases.transitions import CaseState
from bot.sources.sample_company import ALICE, NOBODY
from bot.web import pages
from tests.factory import mail
from tests.weblinks import MovableClock, Site, body_of, challenge_of, running_bot

ROOT = Path(__file__).resolve().parents[1]
ERASE = (
    "Please delete my account and erase all personal data you hold about me under Article 17 GDPR."
)


def _request(
    site: Site, sender: str, subject: str = "Delete my account", body: str = ERASE, **headers: str
) -> tuple[str, str, str]:
    """Deliver one request; (case id, link, code) of the challenge it got."""
    (outcome,) = site.deliver(mail(sender, subject, body, **headers))
    assert outcome.kind == "request", outcome
    address = sender.split("<")[-1].rstrip(">")
    link, code = challenge_of(site.mails_to(address)[-1], site.base_url)
    return outcome.case_id, link, code


def _shape(text: str, case_id: str, link: str, code: str) -> str:
    text = text.replace(case_id, "CASE").replace(link, "LINK").replace(code, "CODE")
    return re.sub(r"\d{4}-\d{2}-\d{2}", "DATE", text)


@pytest.fixture
def site(dovecot, smtp_sink, tmp_path: Path):
    with running_bot(dovecot, smtp_sink, tmp_path) as running:
        yield running


def test_forged_deletion_challenges_the_victim_only(site: Site) -> None:
    case_id, _, _ = _request(
        site,
        f"Alice Martin <{ALICE.address}>",
        body=ERASE + "\nSend the confirmation to my new address attacker2@evil.example.",
        Reply_To="attacker@evil.example",
    )

    # The victim gets the challenge; staff get the flag; the attacker gets nothing.
    assert site.recipients() == {ALICE.address, "dpo@example.org"}
    (challenge,) = site.mails_to(ALICE.address)
    assert "evil.example" not in challenge.as_string()
    assert site.case(case_id).state is CaseState.AWAITING_VERIFICATION
    assert "reply-to-differs" in site.case(case_id).flags


def test_challenge_and_page_say_the_same_whether_data_is_held_or_not(site: Site) -> None:
    shapes = []
    for person in (ALICE, NOBODY):
        case_id, link, code = _request(site, person.address)
        (challenge,) = site.mails_to(person.address)
        page = site.http.get(link)
        assert page.status_code == 200
        shapes.append(
            (
                _shape(str(challenge["Subject"]), case_id, link, code),
                _shape(body_of(challenge), case_id, link, code),
                _shape(re.sub(r'value="[0-9a-f]{64}"', "", page.text), case_id, link, code),
            )
        )
    assert shapes[0] == shapes[1]


def test_the_page_asks_in_plain_words_and_shows_no_data(site: Site) -> None:
    _, link, _ = _request(site, ALICE.address)
    page = site.http.get(link)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    html = page.text
    assert '<html lang="en">' in html and 'name="viewport"' in html
    assert "Yes, this was my request" in html and "No, this was not me" in html
    assert "the erasure of your personal data" in html
    assert '<form method="post">' in html and 'name="csrf"' in html
    assert (
        "<script" not in html and "http" not in html.split("<body>")[1]
    )  # no third-party asset, no link
    for held in (
        "Martin",
        "Alice",
        ALICE.address,
    ):  # names and address are in the sources, never on the page
        assert held not in html


def test_a_get_changes_nothing(site: Site) -> None:
    case_id, link, _ = _request(site, ALICE.address)
    before = site.case(case_id)
    for _ in range(3):
        assert site.http.get(link).status_code == 200
    assert site.http.head(link).status_code == 200
    assert site.case(case_id) == before

    answer = site.post_form(link, answer="yes")  # the token still works after all those GETs
    assert answer.status_code == 200
    assert "Thank you, your request is confirmed" in answer.text


def test_yes_confirms_and_names_the_due_date(site: Site) -> None:
    case_id, link, _ = _request(site, ALICE.address)
    answer = site.post_form(link, answer="yes")
    case = site.case(case_id)
    assert case.state is CaseState.AWAITING_APPROVAL
    assert f"we will answer by {case.due}" in answer.text.lower().replace("\u2011", "-")
    assert [e.event for e in case.events if e.actor == "requester"] == ["verified"]


def test_not_me_closes_the_case(site: Site) -> None:
    case_id, link, _ = _request(site, ALICE.address)
    answer = site.post_form(link, answer="no")
    assert answer.status_code == 200
    assert "We have closed this request" in answer.text
    case = site.case(case_id)
    assert case.state is CaseState.REJECTED
    assert case.events[-1].event == "not_me" and case.events[-1].actor == "requester"
    site.bot.flush_outbox()
    assert len(site.mails_to(ALICE.address)) == 1  # the challenge, nothing after
    assert site.http.get(link).status_code == 410


def test_a_link_works_once(site: Site) -> None:
    case_id, link, _ = _request(site, ALICE.address)
    csrf = site.csrf(link)
    first = site.http.post(link, data={"csrf": csrf, "answer": "yes"})
    assert first.status_code == 200
    state = site.case(case_id)
    for answer in ("yes", "no"):
        again = site.http.post(link, data={"csrf": csrf, "answer": answer})
        assert again.status_code == 410
        assert "already used or has expired" in again.text
    assert site.http.get(link).status_code == 410
    assert site.case(case_id) == state


def test_an_expired_link_is_refused(dovecot, smtp_sink, tmp_path: Path) -> None:
    clock = MovableClock()
    with running_bot(dovecot, smtp_sink, tmp_path, clock=clock) as site:
        case_id, link, _ = _request(site, ALICE.address)
        csrf = site.csrf(link)
        clock.advance(days=7, seconds=1)  # default verification.ttl_days: 7
        assert site.http.get(link).status_code == 410
        late = site.http.post(
            link, data={"csrf": csrf, "answer": "yes"}, headers={"Origin": site.base_url}
        )
        assert late.status_code == 410
        assert "can no longer be used" in late.text
        assert site.case(case_id).state is CaseState.AWAITING_VERIFICATION


@pytest.mark.parametrize(
    # a well-formed token that was never issued (fixed: test workers must collect the same tests)
    "token", ["Zk3q9Vw2LmT8xYb1RcN5pHs7JdU0aEfG", "x", "..%2F..%2Fetc%2Fpasswd", "A" * 300]
)
def test_a_guessed_link_is_unknown(site: Site, token: str) -> None:
    url = f"{site.base_url}/verify/{token}"
    for response in (
        site.http.get(url),
        site.http.post(url, data={"answer": "yes", "csrf": "0" * 64}),
    ):
        assert response.status_code == 404
        assert "This link is not valid" in response.text
        assert "Traceback" not in response.text


def test_a_post_without_our_form_is_refused(site: Site) -> None:
    case_id, link, _ = _request(site, ALICE.address)
    csrf = site.csrf(link)
    forged = [
        ({"answer": "yes"}, {}),  # no CSRF field
        ({"answer": "yes", "csrf": "0" * 64}, {}),  # a wrong one
        ({"answer": "yes", "csrf": csrf}, {"Origin": "https://evil.example"}),  # another site
        ({"answer": "yes", "csrf": csrf}, {"Origin": "null"}),  # a sandboxed frame or data: URL
    ]
    for data, headers in forged:
        response = site.http.post(link, data=data, headers=headers)
        assert response.status_code == 403, (data, headers)
        assert "not sent from our page" in response.text
    assert site.http.post(link, data={"answer": "maybe", "csrf": csrf}).status_code == 400
    assert site.case(case_id).state is CaseState.AWAITING_VERIFICATION
    # Our own form, without an Origin (older browsers) or with ours, is accepted.
    assert site.http.post(link, data={"answer": "yes", "csrf": csrf}).status_code == 200


def test_the_page_speaks_the_language_of_the_request(site: Site) -> None:
    case_id, link, _ = _request(
        site,
        "jan.peeters@example.be",
        "Verwijder mijn gegevens",
        "Beste, ik wil dat u al mijn persoonsgegevens verwijdert. Met vriendelijke groeten, Jan",
    )
    assert site.case(case_id).language == "nl"
    page = site.http.get(link)
    assert '<html lang="nl">' in page.text
    assert "Ja, dit was mijn verzoek" in page.text and "Nee, dit was ik niet" in page.text
    done = site.post_form(link, answer="no")
    assert "Wij hebben dit verzoek afgesloten" in done.text


def test_every_language_has_every_page_text() -> None:
    assert pages.check(ROOT / "replies") == []


def test_a_missing_page_text_is_reported(tmp_path: Path) -> None:
    for language in ("en", "nl", "fr", "de"):
        (tmp_path / language).mkdir()
        text = (ROOT / "replies" / language / "pages.yaml").read_text(encoding="utf-8")
        if language == "de":
            text = text.replace("verify_no:", "verify_nein:")
        if language == "fr":
            text = text.replace("{due}", "{date}").replace("{case_id}", "{case_id")
        (tmp_path / language / "pages.yaml").write_text(text, encoding="utf-8")
    problems = pages.check(tmp_path)
    assert any("de/pages.yaml: missing key 'verify_no'" in p for p in problems)
    assert any("de/pages.yaml: unknown key 'verify_nein'" in p for p in problems)
    assert any(
        "fr/pages.yaml: 'confirmed_text' uses unknown placeholders ['date']" in p for p in problems
    )
    assert any("fr/pages.yaml: 'reference' has an unmatched brace" in p for p in problems)
    assert not any("en/pages.yaml" in p or "nl/pages.yaml" in p for p in problems)


ASK_POSTCODE = {
    "attribute_categories": ["deletion"],
    "attribute_column": "crm.contacts.postcode",
    "attribute_label": "postcode",
}


def test_an_extra_question_is_asked_without_disclosing_anything(
    dovecot, smtp_sink, tmp_path: Path
) -> None:
    with running_bot(dovecot, smtp_sink, tmp_path, verification=ASK_POSTCODE) as site:
        with sqlite3.connect(tmp_path / "company" / "crm.sqlite") as db:
            (postcode,) = db.execute(
                "SELECT postcode FROM contacts WHERE lower(email) = ?", (ALICE.address,)
            ).fetchone()
        alice, alice_link, alice_code = _request(site, ALICE.address)
        nobody, nobody_link, nobody_code = _request(site, NOBODY.address)
        forms = [site.http.get(link).text for link in (alice_link, nobody_link)]
        assert 'name="attribute"' in forms[0] and "give your postcode" in forms[0]
        assert postcode not in forms[0]
        shapes = [
            _shape(re.sub(r'value="[0-9a-f]{64}"', "", form), *ids)
            for form, ids in zip(
                forms,
                ((alice, alice_link, alice_code), (nobody, nobody_link, nobody_code)),
                strict=True,
            )
        ]
        assert shapes[0] == shapes[1]  # asked the same whether or not we hold a postcode

        wrong = site.post_form(alice_link, answer="yes", attribute="0000")
        assert wrong.status_code == 422
        assert "does not match our records" in wrong.text and postcode not in wrong.text
        assert site.case(alice).state is CaseState.AWAITING_VERIFICATION

        right = site.post_form(alice_link, answer="yes", attribute=f" {postcode.lower()} ")
        assert right.status_code == 200 and "your request is confirmed" in right.text
        assert site.case(alice).state is CaseState.AWAITING_APPROVAL

        # "Not me" needs no answer to the question.
        closed = site.post_form(nobody_link, answer="no")
        assert closed.status_code == 200
        assert site.case(nobody).state is CaseState.REJECTED

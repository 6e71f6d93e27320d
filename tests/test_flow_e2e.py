"""From a request mail to what the person gets: challenge, answer by reply or link, the
handler's draft, staff approval, the reply through SMTP and the single-use download.

Real Dovecot, aiosmtpd, the web server and the sample company in SQLite.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from bot.cases.transitions import CaseState
from bot.sources.sample_company import ALICE
from tests.factory import mail
from tests.weblinks import Site, body_of, challenge_of, running_bot

ACCESS = (
    "Request under Article 15 GDPR",
    "Under Article 15 GDPR please send me a copy of all personal data you hold about me.",
)
ERASE = (
    "Delete my account",
    "Please delete my account and erase all personal data you hold about me.",
)


@pytest.fixture
def site(dovecot, smtp_sink, tmp_path: Path):
    with running_bot(dovecot, smtp_sink, tmp_path) as running:
        yield running


def _open(site: Site, subject: str, body: str) -> tuple[str, EmailMessage]:
    (outcome,) = site.deliver(mail(f"Alice Martin <{ALICE.address}>", subject, body))
    challenge = site.mails_to(ALICE.address)[-1]
    assert site.case(outcome.case_id).state is CaseState.AWAITING_VERIFICATION
    return outcome.case_id, challenge


def _reply(
    challenge: EmailMessage, sender: str, text: str, quote: bool = True, **headers: str
) -> bytes:
    """A reply threaded to the challenge; quoting it, as mail programs do, carries its code."""
    msgid = str(challenge["Message-ID"])
    quoted = "\n".join("> " + line for line in body_of(challenge).splitlines()) if quote else ""
    return mail(
        sender,
        f"Re: {challenge['Subject']}",
        f"{text}\n\n{quoted}",
        In_Reply_To=msgid,
        References=msgid,
        **headers,
    )


def _download_link(message: EmailMessage, base_url: str) -> str:
    found = re.search(re.escape(base_url) + r"/download/[A-Za-z0-9_-]+", body_of(message))
    assert found, body_of(message)
    return found.group(0)


def _rows(site: Site, source: str, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(site.tmp / "company" / f"{source}.sqlite") as db:
        return db.execute(sql, (ALICE.address,)).fetchall()


# -- answers by mail -----------------------------------------------------------------------


def test_a_threaded_reply_with_the_code_verifies(site: Site) -> None:
    case_id, challenge = _open(site, *ACCESS)
    _, code = challenge_of(challenge, site.base_url)
    (outcome,) = site.deliver(
        _reply(challenge, ALICE.address, f"Yes, that was me. Code: {code}", quote=False)
    )
    assert outcome.kind == "follow_up" and outcome.case_id == case_id
    case = site.case(case_id)
    assert case.state is CaseState.AWAITING_APPROVAL
    assert case.draft["body"]
    # The link of the challenge is burnt: one proof per challenge.
    link, _ = challenge_of(challenge, site.base_url)
    assert site.http.get(link).status_code == 410


def test_the_code_from_another_address_does_not_verify(site: Site) -> None:
    case_id, challenge = _open(site, *ERASE)
    _, code = challenge_of(challenge, site.base_url)
    site.deliver(_reply(challenge, "Mallory <mallory@evil.example>", f"Confirmed: {code}"))
    assert site.case(case_id).state is CaseState.AWAITING_VERIFICATION
    assert "mallory@evil.example" not in site.recipients()


def test_a_robot_quoting_the_challenge_does_not_verify(site: Site) -> None:
    case_id, challenge = _open(site, *ERASE)
    robot = _reply(
        challenge,
        ALICE.address,
        "I am out of the office until Monday.",
        Auto_Submitted="auto-replied",
    )
    (outcome,) = site.deliver(robot)  # the quoted challenge carries the code
    assert outcome.kind == "automated"
    assert site.case(case_id).state is CaseState.AWAITING_VERIFICATION
    assert len(site.mails_to(ALICE.address)) == 1  # and no answer to the robot


def test_a_code_taken_from_another_case_does_not_verify(site: Site) -> None:
    case_a, challenge_a = _open(site, *ACCESS)
    case_b, challenge_b = _open(site, *ERASE)
    _, code_a = challenge_of(challenge_a, site.base_url)
    site.deliver(_reply(challenge_b, ALICE.address, f"Code: {code_a}", quote=False))
    assert site.case(case_b).state is CaseState.AWAITING_VERIFICATION
    assert site.case(case_a).state is CaseState.AWAITING_VERIFICATION
    # The link of case A does not open case B either: each link names its own case.
    link_a, _ = challenge_of(challenge_a, site.base_url)
    site.post_form(link_a, answer="yes")
    assert site.case(case_a).state is CaseState.AWAITING_APPROVAL
    assert site.case(case_b).state is CaseState.AWAITING_VERIFICATION


# -- the handlers after verification --------------------------------------------------------------


def test_access_ends_in_a_single_use_download(site: Site) -> None:
    case_id, challenge = _open(site, *ACCESS)
    link, _ = challenge_of(challenge, site.base_url)
    assert site.post_form(link, answer="yes").status_code == 200
    assert site.case(case_id).state is CaseState.AWAITING_APPROVAL
    assert len(site.mails_to(ALICE.address)) == 1  # nothing disclosed before staff approve

    site.bot.workflow.approve(case_id)
    site.bot.flush_outbox()
    reply = site.mails_to(ALICE.address)[-1]
    assert site.case(case_id).state is CaseState.DONE
    download = _download_link(reply, site.base_url)

    page = site.http.get(download)
    assert page.status_code == 200 and "Download your data" in page.text
    csrf = site.csrf(download)
    got = site.http.post(download, data={"csrf": csrf}, headers={"Origin": site.base_url})
    assert got.status_code == 200
    assert got.headers["content-type"] == "application/zip"
    assert got.headers["content-disposition"].startswith("attachment;")
    with zipfile.ZipFile(io.BytesIO(got.content)) as archive:
        names = archive.namelist()
        tables = [n for n in names if n.endswith(".json")]
        assert tables and {n[:-5] + ".csv" for n in tables} <= set(names)
        contacts = next(n for n in tables if "contacts" in n)
        assert ALICE.address in json.dumps(json.loads(archive.read(contacts))).lower()
        rows = list(
            csv.reader(io.StringIO(archive.read(contacts[:-5] + ".csv").decode("utf-8-sig")))
        )
        assert len(rows) >= 2

    again = site.http.post(download, data={"csrf": csrf}, headers={"Origin": site.base_url})
    assert again.status_code == 410 and "already used or has expired" in again.text
    assert site.http.get(download).status_code == 410


def test_a_download_post_without_our_form_is_refused(site: Site) -> None:
    case_id, challenge = _open(site, *ACCESS)
    site.post_form(challenge_of(challenge, site.base_url)[0], answer="yes")
    site.bot.workflow.approve(case_id)
    site.bot.flush_outbox()
    download = _download_link(site.mails_to(ALICE.address)[-1], site.base_url)
    assert site.http.post(download, data={}).status_code == 403
    assert (
        site.http.post(
            download, data={"csrf": site.csrf(download)}, headers={"Origin": "https://evil.example"}
        ).status_code
        == 403
    )
    assert site.post_form(download).status_code == 200  # still unused after the refusals


def test_deletion_erases_and_keeps_invoices_anonymised(site: Site) -> None:
    order_sql = "SELECT id, total_cents FROM orders WHERE lower(customer_email) = ?"
    invoice_sql = "SELECT id, number, net_cents FROM invoices WHERE lower(billing_email) = ?"
    orders, invoices = _rows(site, "shop", order_sql), _rows(site, "shop", invoice_sql)
    assert orders and invoices

    case_id, challenge = _open(site, *ERASE)
    site.post_form(challenge_of(challenge, site.base_url)[0], answer="yes")
    assert site.case(case_id).state is CaseState.AWAITING_APPROVAL
    assert _rows(
        site, "crm", "SELECT id FROM contacts WHERE lower(email) = ?"
    )  # nothing before approval

    site.bot.workflow.approve(case_id)
    site.bot.flush_outbox()
    assert site.case(case_id).state is CaseState.DONE
    for source, table, column in [
        ("crm", "contacts", "email"),
        ("newsletter", "subscribers", "email"),
        ("website", "accounts", "email"),
        ("website", "contact_form", "email"),
        ("shop", "orders", "customer_email"),
        ("shop", "invoices", "billing_email"),
    ]:
        assert _rows(site, source, f"SELECT id FROM {table} WHERE lower({column}) = ?") == [], table
    with sqlite3.connect(site.tmp / "company" / "shop.sqlite") as db:
        for order_id, total in orders:
            kept = db.execute(
                "SELECT customer_email, customer_name, total_cents FROM orders WHERE id = ?",
                (order_id,),
            ).fetchone()
            assert kept == ("anonymised", "anonymised", total)
        for invoice_id, number, net in invoices:
            kept = db.execute(
                "SELECT billing_email, billing_name, number, net_cents FROM invoices WHERE id = ?",
                (invoice_id,),
            ).fetchone()
            assert kept == ("anonymised", "anonymised", number, net)
    reply = body_of(site.mails_to(ALICE.address)[-1])
    assert "7 years" in reply  # the reply says what was kept and why

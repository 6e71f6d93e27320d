"""Every other category end to end on the sample company in SQLite.

Mail in → challenge (where the category needs one) → link confirmed → draft → staff
approve → the source changed as planned → reply sent. Access and deletion have their
own file (test_flow_e2e.py); PostgreSQL in test_flow_postgres.py.
"""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

from bot.cases.transitions import CaseState
from bot.categories import REQUESTS
from bot.sources.sample_company import ALICE, BOB, LENA
from tests.factory import mail
from tests.weblinks import Site, body_of, challenge_of, running_bot


@pytest.fixture
def site(dovecot, smtp_sink, tmp_path: Path):
    with running_bot(dovecot, smtp_sink, tmp_path) as running:
        yield running


def _db(site: Site, source: str) -> sqlite3.Connection:
    return sqlite3.connect(site.tmp / "company" / f"{source}.sqlite")


def _verified_and_approved(site: Site, sender: str, subject: str, body: str, category: str) -> str:
    (outcome,) = site.deliver(mail(sender, subject, body))
    case = site.case(outcome.case_id)
    assert category in case.categories, case.categories
    address = case.address
    link, _ = challenge_of(site.mails_to(address)[-1], site.base_url)
    assert site.post_form(link, answer="yes").status_code == 200
    drafted = site.case(outcome.case_id)
    assert drafted.state is CaseState.AWAITING_APPROVAL
    assert category in [item["category"] for item in drafted.draft["summary"]]
    site.bot.workflow.approve(outcome.case_id, actor="staff:test")
    site.bot.flush_outbox()
    assert site.case(outcome.case_id).state is CaseState.DONE
    assert site.mails_to(address)[-1]["X-Privacy-Bot-Kind"] == "reply"
    return outcome.case_id


def test_correction_changes_the_phone_number(site: Site) -> None:
    with _db(site, "crm") as db:
        (old,) = db.execute("SELECT phone FROM contacts WHERE lower(email) = ?", (LENA.address,)).fetchone()
    _verified_and_approved(site, f"Lena Schmidt <{LENA.address}>", "Berichtigung meiner Daten",
                           "Guten Tag,\nbitte berichtigen Sie meine Daten: meine neue Telefonnummer ist "
                           "+49 30 7654321.\nMit freundlichen Grüßen\nLena Schmidt", "correction")
    with _db(site, "crm") as db:
        (new,) = db.execute("SELECT phone FROM contacts WHERE lower(email) = ?", (LENA.address,)).fetchone()
    assert old != new == "+49 30 7654321"
    assert "+49 30 7654321" in body_of(site.mails_to(LENA.address)[-1])


def test_restriction_sets_the_flags(site: Site) -> None:
    _verified_and_approved(site, f"Alice <{ALICE.address}>", "Restriction of processing (Art. 18 GDPR)",
                           "Under Article 18 GDPR I ask you to restrict the processing of my personal data "
                           "while you check its accuracy.", "restriction")
    with _db(site, "crm") as crm, _db(site, "website") as web:
        assert crm.execute("SELECT restricted FROM contacts WHERE lower(email) = ?", (ALICE.address,)).fetchone() == (1,)
        assert web.execute("SELECT processing_restricted FROM accounts WHERE lower(email) = ?",
                           (ALICE.address,)).fetchone() == (1,)


def test_objection_to_marketing_flags_unsubscribes_and_suppresses(site: Site) -> None:
    _verified_and_approved(site, f"Alice <{ALICE.address}>", "Objection under Article 21 GDPR",
                           "I object under Article 21 GDPR to the processing of my personal data for "
                           "direct marketing purposes.", "objection")
    with _db(site, "crm") as crm, _db(site, "newsletter") as news:
        (objected,) = crm.execute("SELECT objected_at FROM contacts WHERE lower(email) = ?", (ALICE.address,)).fetchone()
        assert objected is not None
        rows = news.execute("SELECT subscribed FROM subscribers WHERE lower(email) = ?", (ALICE.address,)).fetchall()
        assert rows and all(r == (0,) for r in rows)
    assert len(site.bot.suppression.hashes()) == 1


def test_portability_exports_only_what_the_person_provided(site: Site) -> None:
    case_id = _verified_and_approved(site, f"Alice <{ALICE.address}>", "Data portability request (Art. 20 GDPR)",
                                     "Under Article 20 GDPR please send me my personal data in a structured, "
                                     "machine-readable format.", "portability")
    text = body_of(site.mails_to(ALICE.address)[-1])
    link = next(w for w in text.split() if "/download/" in w)
    response = site.post_form(link)
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        contacts = next(n for n in archive.namelist() if "contacts" in n and n.endswith(".json"))
        exported = archive.read(contacts).decode()
    assert "first_name" in exported and "restricted" not in exported and "created_at" not in exported
    assert site.case(case_id).state is CaseState.DONE


@pytest.mark.parametrize(("subject", "body"), [
    ("Unsubscribe", "I withdraw my consent: please stop sending me your newsletter."),
    # the person pressed their mail program's "Unsubscribe": it wrote to our
    # List-Unsubscribe mailto in words of its own, yet the person asked
    ("unsubscribe", "This message was automatically generated by Gmail."),
])
def test_withdraw_consent_needs_no_challenge_and_acts_at_once(site: Site, subject: str, body: str) -> None:
    (outcome,) = site.deliver(mail(f"Bob <{BOB.address}>", subject, body))
    case = site.case(outcome.case_id)
    assert case.state is CaseState.DONE and "withdraw_consent" in case.categories
    kinds = [m["X-Privacy-Bot-Kind"] for m in site.mails_to(BOB.address)]
    assert kinds == ["unsubscribed"]
    with _db(site, "newsletter") as news:
        rows = news.execute("SELECT subscribed, unsubscribed_at FROM subscribers WHERE lower(email) = ?",
                            (BOB.address,)).fetchall()
    assert rows and all(subscribed == 0 and when is not None for subscribed, when in rows)


def test_complaint_is_acknowledged_forwarded_and_linked_to_the_open_case(site: Site) -> None:
    (first,) = site.deliver(mail(f"Alice <{ALICE.address}>", "Request under Article 15 GDPR",
                                 "Under Article 15 GDPR please send me a copy of my personal data."))
    (second,) = site.deliver(mail(f"Alice <{ALICE.address}>", "Second request - still no answer",
                                  "I have not received an answer to my access request. If this goes on I "
                                  "will lodge a complaint with the data protection authority."))
    complaint = site.case(second.case_id)
    assert complaint.category == "complaint" and complaint.state is CaseState.NEEDS_HUMAN
    assert first.case_id in complaint.data["related_cases"]
    earlier = site.case(first.case_id)
    assert earlier.priority == 1 and earlier.events[-1].event == "complaint_linked"
    ack = site.mails_to(ALICE.address)[-1]
    assert ack["X-Privacy-Bot-Kind"] == "complaint_acknowledgement"
    assert "Data Protection Authority" in body_of(ack) and first.case_id in body_of(ack)
    staff = [m for m in site.mails_to("dpo@example.org") if "complaint" in m["Subject"]]
    assert staff and first.case_id in staff[-1]["Subject"]


def test_staff_hear_of_every_complaint_and_question_beyond_the_per_address_cap(site: Site) -> None:
    """The daily cap per address stops loops with requesters; it must not silence staff."""
    cap = site.bot.settings.smtp.max_per_address_per_day
    people = [f"Person {i} <person{i}@example.net>" for i in range(cap + 2)]
    site.deliver(*(mail(p, "Complaint", "I will complain to the data protection authority about you.")
                   for p in people))
    site.deliver(mail("Buyer <buyer@example.net>", "Order 1234", "Where is my parcel? It was due on Monday."))
    staff = site.mails_to("dpo@example.org")
    complaints = [m for m in staff if m["X-Privacy-Bot-Kind"] == "staff" and "complaint" in m["Subject"]]
    assert len(complaints) == cap + 2
    (forward,) = [m for m in staff if m["X-Privacy-Bot-Kind"] == "forward"]
    assert "not a privacy request" in forward["Subject"] and "Where is my parcel" in body_of(forward)
    assert "From: buyer@example.net" in body_of(forward)


def test_a_request_only_the_text_model_reads_goes_to_staff_and_nothing_is_sent(site: Site) -> None:
    """Real servers: where the rules find no request and the text model reads one, the
    mail is forwarded to staff with the model's reading and the sender gets nothing (a
    robot the robot checks missed must not be answered on the model's word)."""
    lamp = ("I bought a lamp from you last year and now a partner company calls me about insurance. "
            "Where did they get my phone number from?")
    (outcome,) = site.deliver(mail("Ann Peeters <ann.peeters@example.net>", "", lamp))
    case = site.case(outcome.case_id)
    assert case.category == "other" and case.state is CaseState.DONE  # closed: handed to staff
    assert site.mails_to("ann.peeters@example.net") == []
    (forward,) = [m for m in site.mails_to("dpo@example.org") if m["X-Privacy-Bot-Kind"] == "forward"]
    # which request the model reads ("where did they get my number": access, or an objection
    # to the partner's calls) moves with what it learns from; that it reads one does not
    reading = re.search(r"the text model reads (\w+)", forward["Subject"] + body_of(forward))
    assert reading is not None and reading.group(1) in {c.value for c in REQUESTS}

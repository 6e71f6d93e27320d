"""Handlers against the real SQLite sample company: plan, then execute, then look."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.categories import Category
from bot.handlers.base import (
    NO_DATA,
    Effect,
    ExecContext,
    HandlerPlan,
    HandlerResult,
    Request,
)
from bot.handlers.correction import Correction
from bot.handlers.corrections import read_corrections
from bot.handlers.registry import (
    DRAFT_LINK,
    HANDLERS,
    CasePlan,
    execute_all,
    plan_all,
    render_reply,
)
from bot.handlers.suppression import SuppressionFile, is_suppressed
from bot.replies import Replies
from bot.sources import Sources
from bot.sources.sample_company import (
    ACCOUNTING_REASON,
    ALICE,
    BOB,
    CHLOE,
    JAN,
    LENA,
    NOBODY,
    SamplePerson,
    build_sample_company,
)

NOW = dt.datetime(2025, 3, 14, 12, 0, tzinfo=dt.UTC)
KEY = b"handler-test-key"
REPLIES = Replies(Path(__file__).resolve().parent.parent / "replies")


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Sources]:
    with Sources(build_sample_company(tmp_path / "db"), clock=lambda: NOW) as sources:
        yield sources


@pytest.fixture
def ctx(tmp_path: Path) -> ExecContext:
    return ExecContext(now=NOW, export_dir=tmp_path / "exports",
                       suppression=SuppressionFile(tmp_path / "suppressed.json"),
                       secret_key=KEY)


def request(person: SamplePerson, *categories: str, text: str = "",
            address: str | None = None) -> Request:
    return Request(case_id="PB-2503-TESTCASE", address=address or person.address,
                   language=person.language, categories=categories, text=text,
                   received_at=NOW)


def rows(tmp_path: Path, source: str, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(tmp_path / "db" / f"{source}.sqlite") as conn:
        return conn.execute(sql).fetchall()


def roundtrip(plan: CasePlan) -> CasePlan:
    """What the app does: store the plan as JSON in the case, read it back on approval."""
    return CasePlan.from_json(json.loads(json.dumps(plan.to_json())))


def run(company: Sources, ctx: ExecContext,
        req: Request) -> tuple[CasePlan, tuple[HandlerResult, ...]]:
    plan = plan_all(req, company)
    return plan, execute_all(roundtrip(plan), company, ctx)


# ---- registry ----------------------------------------------------------------

def test_every_category_but_automated_has_a_named_handler() -> None:
    assert set(HANDLERS) == set(Category) - {Category.AUTOMATED}
    for category, handler in HANDLERS.items():
        assert handler.category is category
        assert handler.description and "\n" not in handler.description


def test_planning_changes_nothing(company: Sources) -> None:
    before = company.export(ALICE.address)
    everything = tuple(str(c) for c in HANDLERS)
    plan_all(request(ALICE, *everything, text="My phone number is now +32 470 99 99 99."),
             company)
    assert company.export(ALICE.address) == before


# ---- access and portability --------------------------------------------------

def test_access_exports_every_table_as_json_and_csv_with_summary(
    company: Sources, ctx: ExecContext
) -> None:
    plan, (result,) = run(company, ctx, request(JAN, "access"))
    assert plan.needs_approval and plan.plans[0].section == "access"
    assert {t["table"] for t in plan.plans[0].summary["tables"]} == set(JAN.holds)
    (path,) = result.files
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert names == {"summary.txt"} | {f"{t}.{ext}" for t in JAN.holds
                                           for ext in ("json", "csv")}
        contacts = json.loads(archive.read("crm.contacts.json"))
        table = list(csv.DictReader(io.StringIO(archive.read("crm.contacts.csv").decode())))
        summary = archive.read("summary.txt").decode()
    assert contacts[0]["email"] == JAN.address and table[0]["last_name"] == "de Vries"
    # Dutch summary with the Art. 15(1) register information for each table.
    assert "Kopie van uw persoonsgegevens" in summary
    assert "Rechtsgrond: contract, Art. 6(1)(b) GDPR" in summary
    assert "7 years (art. III.86 WER)" in summary and "Gegevensbeschermingsautoriteit" in summary
    assert "JAN" not in "".join(result.done)


def test_portability_exports_only_provided_columns(company: Sources, ctx: ExecContext) -> None:
    _, (result,) = run(company, ctx, request(CHLOE, "portability"))
    (path,) = result.files
    with zipfile.ZipFile(path) as archive:
        accounts = json.loads(archive.read("website.accounts.json"))
        assert "summary.txt" in archive.namelist()
        assert "website.accounts.csv" in archive.namelist()
    assert set(accounts[0]) == {"email", "display_name", "created_at"}  # no password hash


def test_nobody_gets_the_no_data_section(company: Sources, ctx: ExecContext) -> None:
    plan, results = run(company, ctx, request(NOBODY, "access"))
    assert [p.section for p in plan.plans] == [NO_DATA]
    assert results[0].files == ()
    reply = render_reply(results, REPLIES, "en",
                         case_id="PB-2503-TESTCASE", company="Example")
    assert reply is not None and "We hold no personal data about you" in reply.body


# ---- deletion ----------------------------------------------------------------

def test_deletion_erases_keeps_invoices_and_suppresses(
    company: Sources, ctx: ExecContext, tmp_path: Path
) -> None:
    amounts = rows(tmp_path, "shop", "SELECT id, net_cents, vat_cents FROM invoices")
    plan = plan_all(request(ALICE, "deletion"), company)
    (deletion,) = plan.plans
    assert {k["reason"] for k in deletion.values["kept"]} == {ACCOUNTING_REASON}
    assert {d["table"] for d in deletion.values["deleted"]} == {
        "crm.contacts", "crm.notes", "crm.interactions", "newsletter.subscribers",
        "website.accounts", "website.contact_form"}
    assert company.find(ALICE.address)  # nothing happens before approval

    (result,) = execute_all(roundtrip(plan), company, ctx)
    assert {f"{r.source}.{r.table}" for r in company.find(ALICE.address)} == set()
    assert rows(tmp_path, "crm", "SELECT count(*) FROM notes WHERE contact_id = 1") == [(0,)]
    billed = rows(tmp_path, "shop", "SELECT billing_email, billing_name FROM invoices "
                                    "WHERE id IN (1, 2)")
    assert billed == [("anonymised", "anonymised")] * 2
    assert rows(tmp_path, "shop", "SELECT id, net_cents, vat_cents FROM invoices") == amounts
    assert is_suppressed(ctx.suppression, ALICE.spellings[1], KEY)
    stored = (tmp_path / "suppressed.json").read_text()
    assert "alice" not in stored.lower()  # only the keyed hash stays
    assert {k["reason"] for k in result.values["kept"]} == {ACCOUNTING_REASON}
    reply = render_reply((result,), REPLIES, "en", case_id="PB-2503-TESTCASE",
                         company="Example")
    assert reply is not None and "art. III.86" in reply.body and "\n\n\n" not in reply.body


# ---- correction --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hello,\nmy phone number is now +32 470 12 34 56.\nThanks",
     {"phone": "+32 470 12 34 56"}),
    ("My new address is Kerkstraat 12, 9000 Gent. Regards",
     {"street": "Kerkstraat 12", "postcode": "9000", "city": "Gent"}),
    ("Beste,\nmijn nieuwe adres is Dorpsstraat 7, 2000 Antwerpen\nGroeten",
     {"street": "Dorpsstraat 7", "postcode": "2000", "city": "Antwerpen"}),
    ("Mijn telefoonnummer is nu 0470 11 22 33.", {"phone": "0470 11 22 33"}),
    ("Bonjour, ma nouvelle adresse est rue de la Station 5, 4000 Liège. Merci",
     {"street": "rue de la Station 5", "postcode": "4000", "city": "Liège"}),
    ("Mon nouveau numéro de téléphone est +32 475 00 11 22",
     {"phone": "+32 475 00 11 22"}),
    ("Meine neue Anschrift ist Lindenweg 3, 4700 Eupen.",
     {"street": "Lindenweg 3", "postcode": "4700", "city": "Eupen"}),
    ("Meine neue Telefonnummer lautet +49 221 123456.", {"phone": "+49 221 123456"}),
    ("Mein Nachname ist jetzt Schmidt-Weber.", {"last_name": "Schmidt-Weber"}),
    ("Ma nouvelle adresse e-mail est chloe@example.org.", {"email": "chloe@example.org"}),
    ("My name is Jan de Vries-Peeters", {"name": "Jan de Vries-Peeters", "first_name": "Jan",
                                         "last_name": "de Vries-Peeters"}),
    ("> my phone number is 123456789\nPlease delete everything.", {}),
])
def test_corrections_read_from_the_mail(text: str, expected: dict[str, str]) -> None:
    assert read_corrections(text) == expected


def test_correction_plans_a_diff_and_applies_it(company: Sources, ctx: ExecContext) -> None:
    req = request(JAN, "correction", text="Mijn nieuwe adres is Kerkstraat 12, 9000 Gent.\n"
                                          "Mijn telefoonnummer is nu +32 470 12 34 56.")
    plan = plan_all(req, company)
    (correction,) = plan.plans
    assert correction.summary["needs_input"] is False
    assert {(d["column"], d["old"], d["new"]) for d in correction.summary["diff"]} == {
        ("street", "Rue Exemple 1", "Kerkstraat 12"),
        ("phone", "+32 470 00 00 01", "+32 470 12 34 56")}
    assert set(correction.values["unchanged"]) == {"postcode", "city"}
    (result,) = execute_all(roundtrip(plan), company, ctx)
    (contact,) = [r for r in company.find(JAN.address) if r.table == "contacts"]
    assert (contact.values["street"], contact.values["phone"]) == (
        "Kerkstraat 12", "+32 470 12 34 56")
    assert {c["field"] for c in result.values["changes"]} == {"street", "phone"}


def test_correction_nothing_read_needs_staff_input(company: Sources) -> None:
    req = request(LENA, "correction", text="Bitte korrigieren Sie meine Daten.")
    (plan,) = plan_all(req, company).plans
    assert plan.summary["needs_input"] is True and plan.values["changes"] == []
    # Staff type the change; the plan is made again from their values.
    filled = Correction().replan(req, company, {"city": "Aachen"})
    assert filled.summary["needs_input"] is False
    assert [d["new"] for d in filled.summary["diff"]] == ["Aachen"]


# ---- restriction, objection, withdraw_consent --------------------------------

def test_restriction_sets_flags(company: Sources, ctx: ExecContext, tmp_path: Path) -> None:
    plan, _ = run(company, ctx, request(LENA, "restriction"))
    assert set(plan.plans[0].values["tables"]) == {"crm.contacts", "website.accounts"}
    assert rows(tmp_path, "crm", "SELECT restricted FROM contacts "
                                 "WHERE email = 'Lena.Schmidt@Example.NET'") == [(1,)]
    assert rows(tmp_path, "website", "SELECT processing_restricted FROM accounts "
                                     "WHERE email = 'lena.schmidt@example.net'") == [(1,)]


def test_objection_to_marketing_unsubscribes_and_suppresses(
    company: Sources, ctx: ExecContext, tmp_path: Path
) -> None:
    req = request(ALICE, "objection", text="I object to direct marketing.")
    plan, _ = run(company, ctx, req)
    assert plan.plans[0].values["marketing"] is True
    assert rows(tmp_path, "crm", "SELECT objected_at IS NOT NULL FROM contacts "
                                 "WHERE id = 1") == [(1,)]
    assert rows(tmp_path, "newsletter", "SELECT subscribed FROM subscribers "
                                        "WHERE id = 1") == [(0,)]
    assert rows(tmp_path, "website", "SELECT marketing_opt_in_at FROM accounts "
                                     "WHERE id = 1") == [(None,)]
    assert is_suppressed(ctx.suppression, ALICE.address, KEY)


def test_plain_objection_only_flags(company: Sources, ctx: ExecContext, tmp_path: Path) -> None:
    req = request(JAN, "objection", text="Ik maak bezwaar tegen het profileren van mijn "
                                         "aankopen.")
    plan, _ = run(company, ctx, req)
    assert plan.plans[0].values["marketing"] is False
    assert rows(tmp_path, "newsletter", "SELECT subscribed FROM subscribers "
                                        "WHERE lower(email) = 'jan.devries@example.com'") == [(1,)]
    assert not is_suppressed(ctx.suppression, JAN.address, KEY)


def test_withdraw_consent_goes_without_approval(company: Sources, ctx: ExecContext,
                                                tmp_path: Path) -> None:
    plan, _ = run(company, ctx, request(BOB, "withdraw_consent"))
    assert plan.needs_approval is False
    assert rows(tmp_path, "newsletter", "SELECT subscribed FROM subscribers "
                                        "WHERE email = 'bob@example.net'") == [(0,)]
    # Unverified: the reply must read the same for someone we do not know.
    nobody = plan_all(request(NOBODY, "withdraw_consent"), company)
    assert nobody.plans[0].values == plan.plans[0].values
    assert plan_all(request(BOB, "withdraw_consent"), company,
                    auto_categories=frozenset()).needs_approval is True


# ---- complaint and other -----------------------------------------------------

def test_complaint_notifies_staff_and_names_the_authority(company: Sources,
                                                          ctx: ExecContext) -> None:
    req = Request("PB-2503-COMPLAIN", NOBODY.address, "fr", ("complaint",),
                  "Deuxième relance !", NOW, related_cases=("PB-2502-EARLIER1",))
    plan, results = run(company, ctx, req)
    assert plan.needs_approval is False
    assert [e.payload["related_cases"] for e in plan.staff_notices()] == [["PB-2502-EARLIER1"]]
    reply = render_reply(results, REPLIES, "fr",
                         case_id=req.case_id, company="Example")
    assert reply is not None and reply.subject == "Nous avons bien reçu votre réclamation"
    assert "Autorité de protection des données" in reply.body
    assert "rue de la Presse 35" in reply.body and "PB-2502-EARLIER1" in reply.body


def test_other_is_forwarded_without_reply(company: Sources, ctx: ExecContext) -> None:
    plan, results = run(company, ctx, request(BOB, "other", text="Do you sell gift cards?"))
    assert [e.kind for e in plan.staff_notices()] == ["notify_staff"]
    assert render_reply(results, REPLIES, "en",
                        case_id="x", company="Example") is None


# ---- a letter asking several things -----------------------------------------

def test_one_letter_three_requests_one_plan_one_reply(company: Sources, ctx: ExecContext,
                                                      tmp_path: Path) -> None:
    req = request(JAN, "deletion", "objection", "withdraw_consent",
                  text="Verwijder al mijn gegevens, ik wil geen reclame meer en trek mijn "
                       "toestemming in.")
    plan = plan_all(req, company)
    assert [p.category for p in plan.plans] == ["objection", "withdraw_consent", "deletion"]
    assert plan.needs_approval
    now, held = plan.split()
    assert [p.category for p in now.plans] == ["withdraw_consent"]
    assert [p.category for p in held.plans] == ["objection", "deletion"]

    draft = render_reply(plan, REPLIES, "nl", case_id=req.case_id, company="Example")
    assert draft is not None
    for heading in ("Uw bezwaar", "Intrekking van uw toestemming", "Wissen van uw"):
        assert draft.body.count(heading) == 1

    (invoice,) = rows(tmp_path, "shop", "SELECT id, net_cents FROM invoices "
                                        "WHERE billing_email = 'jan.devries@example.com'")
    stored = roundtrip(plan)
    assert stored == plan
    results = execute_all(stored, company, ctx)
    assert company.find(JAN.address) == ()
    # The invoice stays for the accountant, without his name.
    assert rows(tmp_path, "shop", "SELECT billing_name, net_cents FROM invoices "
                                  f"WHERE id = {invoice[0]}") == [("anonymised", invoice[1])]
    assert is_suppressed(ctx.suppression, JAN.address, KEY)
    reply = render_reply(results, REPLIES, "nl", case_id=req.case_id, company="Example")
    assert reply is not None and reply.subject == f"Ons antwoord op uw verzoek {req.case_id}"
    assert "Belgian accounting law" in reply.body


def test_nobody_letter_merges_no_data_sections(company: Sources, ctx: ExecContext) -> None:
    req = request(NOBODY, "access", "deletion", "withdraw_consent")
    _, results = run(company, ctx, req)
    reply = render_reply(results, REPLIES, "en",
                         case_id="PB-2503-TESTCASE", company="Example")
    assert reply is not None
    assert reply.body.count("We hold no personal data") == 1
    assert "Withdrawal of your consent" in reply.body
    assert is_suppressed(ctx.suppression, NOBODY.address, KEY)


def test_access_draft_has_a_link_placeholder_and_the_reply_the_link(
    company: Sources, ctx: ExecContext
) -> None:
    plan, results = run(company, ctx, request(LENA, "access"))
    draft = render_reply(plan, REPLIES, "de", case_id="x", company="Example")
    assert draft is not None and DRAFT_LINK in draft.body
    sent = render_reply(results, REPLIES, "de",
                        case_id="x", company="Example",
                        links={"access": "https://p.example/d/abc"}, link_expires="2025-03-21")
    assert sent is not None and "https://p.example/d/abc" in sent.body
    assert "bis 2025-03-21" in sent.body


def test_plans_survive_json(company: Sources) -> None:
    everything = tuple(str(c) for c in HANDLERS)
    plan = plan_all(request(ALICE, *everything, text="My phone number is now +32 470 9."),
                    company)
    assert roundtrip(plan) == plan
    with pytest.raises(ValueError):
        CasePlan.from_json({"version": 2})
    with pytest.raises(ValueError):
        HandlerPlan("x", (Effect("launch", {}),), {}, "", {})

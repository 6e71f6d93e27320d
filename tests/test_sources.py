"""The data-source layer against real databases: SQLite files, and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
import yaml

import bot.sources.config
from bot.errors import ConfigError, SystemFault
from bot.sources import (
    CorrectionPlan,
    ErasurePlan,
    Sources,
    address_hash,
    from_json,
    normalise,
    parse_provider_rules,
    parse_sources,
    to_json,
)
from bot.sources.sample_company import (
    ACCOUNTING_REASON,
    ALICE,
    BOB,
    CHLOE,
    JAN,
    KNOWN_PEOPLE,
    LENA,
    NOBODY,
    build_sample_company,
    load_sample_company,
    sample_register,
)

NOW = dt.datetime(2025, 3, 14, 12, 0, tzinfo=dt.UTC)
KEY = b"suppression-test-key"


@pytest.fixture
def company(tmp_path: Path) -> Iterator[Sources]:
    with Sources(build_sample_company(tmp_path), clock=lambda: NOW) as sources:
        yield sources


def rows(path: Path, source: str, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path / f"{source}.sqlite") as conn:
        return conn.execute(sql).fetchall()


def where(sources: Sources, address: str) -> set[str]:
    return {f"{r.source}.{r.table}" for r in sources.find(address)}


# ---- addresses --------------------------------------------------------------

@pytest.mark.parametrize(("written", "normal"), [
    ("John.Doe+news@Gmail.com", "johndoe@gmail.com"),
    (" <j.o.h.n.doe@googlemail.com> ", "johndoe@gmail.com"),
    ("Jane.Doe+work@Outlook.com", "jane.doe@outlook.com"),   # tags dropped, dots kept
    ("a+b@protonmail.com", "a@protonmail.com"),
    ("Anne.Leroy+x@Example.org", "anne.leroy+x@example.org"),  # unknown provider: as is
    ("not an address", "not an address"),
])
def test_normalise(written: str, normal: str) -> None:
    assert normalise(written) == normal


def test_provider_rules_from_settings() -> None:
    rules = parse_provider_rules({"ignore_tags": ["example.org"]})
    assert normalise("anne+x@example.org", rules) == "anne@example.org"
    assert normalise("a+b@outlook.com", rules) == "a+b@outlook.com"  # list replaced
    with pytest.raises(ConfigError, match=r"^address_rules\.ignore_dot: unknown key$"):
        parse_provider_rules({"ignore_dot": ["gmail.com"]})


def test_address_hash_is_keyed_and_spelling_blind() -> None:
    assert address_hash("John.Doe+x@gmail.com", KEY) == address_hash("johndoe@gmail.com", KEY)
    assert address_hash("johndoe@gmail.com", KEY) != address_hash("johndoe@gmail.com", b"k2")
    assert len(address_hash("a@example.org", KEY)) == 64


# ---- finding a person -------------------------------------------------------

def test_known_people_are_where_the_sample_says(company: Sources) -> None:
    for person in KNOWN_PEOPLE:
        assert where(company, person.address) == set(person.holds), person.name


def test_every_spelling_finds_the_same_records(company: Sources) -> None:
    for person in (ALICE, CHLOE, JAN, LENA):
        expected = company.find(person.address)
        for spelling in person.spellings:
            assert company.find(spelling) == expected, spelling
    # Different people are not mixed up by the wildcard prefilter.
    assert company.find("chloedupon@gmail.com") == ()
    assert company.find("") == () and company.find("@") == ()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'one.sqlite'}"
    url: str = request.getfixturevalue("postgres").new_database()
    return url


def test_gmail_spellings_in_a_plain_database(empty_db: str) -> None:
    engine = sa.create_engine(empty_db)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE people (id INTEGER PRIMARY KEY, mail TEXT)"))
        conn.execute(sa.text("INSERT INTO people (id, mail) VALUES (:i, :m)"), [
            {"i": 1, "m": "John.Doe+news@Gmail.com"}, {"i": 2, "m": " johndoe@gmail.com"},
            {"i": 3, "m": "john_doe@gmail.com"}, {"i": 4, "m": "johnxdoe@gmail.com"},
            {"i": 5, "m": None}, {"i": 6, "m": "j%doe@gmail.com"},
        ])
    engine.dispose()
    config = parse_sources([{"name": "one", "url": empty_db,
                             "tables": [{"table": "people", "email_columns": "mail"}]}])
    with Sources(config) as sources:
        assert [r.key for r in sources.find("johndoe@gmail.com")] == [(1,), (2,)]
        # "_" and "%" are LIKE wildcards: they must be matched literally.
        assert [r.key for r in sources.find("john_doe@gmail.com")] == [(3,)]
        assert [r.key for r in sources.find("J%Doe@gmail.com")] == [(6,)]


def test_unreachable_database_is_a_system_fault_without_the_password() -> None:
    url = "postgresql+psycopg2://bot:s3cret-pw@127.0.0.1:1/crm"
    config = parse_sources([{"name": "crm", "url": url, "tables": [_table()]}])
    with pytest.raises(SystemFault) as caught:
        Sources(config)
    assert str(caught.value).startswith("source 'crm': ")
    assert "s3cret" not in str(caught.value) and "\n" not in str(caught.value)


# ---- erasure ----------------------------------------------------------------

def test_erasure_plan_changes_nothing(company: Sources, tmp_path: Path) -> None:
    before = company.find(ALICE.address)
    plan = company.plan_erasure(ALICE.address)
    assert company.find(ALICE.address) == before
    actions = {(s.source, s.table): (s.action, len(s.keys)) for s in plan.steps}
    assert actions == {
        ("crm", "notes"): ("delete", 2), ("crm", "interactions"): ("delete", 2),
        ("crm", "contacts"): ("delete", 1), ("newsletter", "subscribers"): ("delete", 1),
        ("website", "accounts"): ("delete", 1), ("website", "contact_form"): ("delete", 1),
        ("shop", "orders"): ("anonymise", 2), ("shop", "invoices"): ("anonymise", 2),
    }
    assert {s.keep_reason for s in plan.kept} == {ACCOUNTING_REASON}
    assert "art. III.86" in ACCOUNTING_REASON
    # The plan waits in the case store as JSON and comes back equal.
    stored = json.loads(json.dumps(to_json(plan)))
    assert from_json(ErasurePlan, stored) == plan


def test_erasure_deletes_anonymises_and_keeps_amounts(company: Sources, tmp_path: Path) -> None:
    invoices_before = rows(tmp_path, "shop", "SELECT id, net_cents, vat_cents, number "
                                             "FROM invoices ORDER BY id")
    others_before = company.find(JAN.address)
    report = company.execute_erasure(company.plan_erasure(CHLOE.spellings[0]))

    assert company.find(CHLOE.address) == ()
    assert all(not o.skipped for o in report.outcomes) and report.unplanned == ()
    kept = [o for o in report.outcomes if o.action == "anonymise"]
    assert {o.table for o in kept} == {"orders", "invoices"}
    assert all(o.keep_reason == ACCOUNTING_REASON for o in kept)
    (invoice_id,) = next(o for o in kept if o.table == "invoices").done[0]
    billed = rows(tmp_path, "shop", "SELECT billing_email, billing_name, billing_city "
                                    f"FROM invoices WHERE id = {invoice_id}")
    assert billed == [("anonymised", "anonymised", "anonymised")]
    # Amounts, numbers and everyone else's rows are untouched.
    assert rows(tmp_path, "shop", "SELECT id, net_cents, vat_cents, number FROM invoices "
                                  "ORDER BY id") == invoices_before
    assert company.find(JAN.address) == others_before
    assert rows(tmp_path, "crm", "SELECT count(*) FROM contacts WHERE lower(email) "
                                 "LIKE 'chloe%'") == [(0,)]


def test_erasure_rechecks_rows_at_execution(company: Sources, tmp_path: Path) -> None:
    plan = company.plan_erasure(ALICE.address)
    with sqlite3.connect(tmp_path / "website.sqlite") as conn:
        # Since the plan: the account changed hands, and a new form message came in.
        conn.execute("UPDATE accounts SET email = 'someone@example.com' WHERE id = 1")
        conn.execute("INSERT INTO contact_form (email, name, submitted_at) "
                     "VALUES ('alice.martin@example.org', 'Alice', '2025-03-01 10:00:00')")
    report = company.execute_erasure(plan)
    accounts = next(o for o in report.outcomes if o.table == "accounts")
    assert accounts.done == () and accounts.skipped == ((1,),)
    assert rows(tmp_path, "website", "SELECT email FROM accounts WHERE id = 1") == [
        ("someone@example.com",)]
    (unplanned,) = report.unplanned
    assert unplanned[:2] == ("website", "contact_form")
    assert where(company, ALICE.address) == {"website.contact_form"}


# ---- consent, flags ---------------------------------------------------------

def test_unsubscribe_is_immediate_and_idempotent(company: Sources, tmp_path: Path) -> None:
    assert company.lists() == ("newsletter", "product-news")
    only = company.unsubscribe(ALICE.address, ["newsletter"])
    assert [(c.source, c.list_name, c.withdrawn_at) for c in only] == [
        ("newsletter", "newsletter", NOW.isoformat())]
    subscriber = rows(tmp_path, "newsletter", "SELECT subscribed, consented_at IS NOT NULL, "
                                              "unsubscribed_at FROM subscribers WHERE id = 1")
    assert subscriber == [(0, 1, "2025-03-14 12:00:00.000000")]  # proof of consent stays
    rest = company.unsubscribe(ALICE.address)
    assert [(c.table, c.column) for c in rest] == [("accounts", "marketing_opt_in_at")]
    assert company.unsubscribe(ALICE.address) == []
    assert company.unsubscribe(BOB.address.upper()) != []


def test_restriction_and_objection_flags(company: Sources, tmp_path: Path) -> None:
    restricted = company.set_flag(LENA.address, "restriction")
    assert {(c.table, c.column, c.value) for c in restricted} == {
        ("contacts", "restricted", True), ("accounts", "processing_restricted", True)}
    assert company.set_flag(LENA.address, "restriction") == []
    (objected,) = company.set_flag(LENA.address, "objection")
    assert objected.value == NOW.isoformat()
    assert rows(tmp_path, "crm", "SELECT restricted, objected_at FROM contacts "
                                 "WHERE lower(email) = 'lena.schmidt@example.net'") == [
        (1, "2025-03-14 12:00:00.000000")]
    lifted = company.set_flag(LENA.address, "restriction", value=False)
    assert {c.value for c in lifted} == {False}
    with pytest.raises(ValueError):
        company.set_flag(LENA.address, "ban")


# ---- correction -------------------------------------------------------------

def test_correction_diff_then_apply(company: Sources, tmp_path: Path) -> None:
    plan = company.plan_correction(JAN.address, {"phone": "+32 470 12 34 56",
                                                 "city": "Gent", "shoe_size": "44"})
    assert [(c.source, c.table, c.column, c.old, c.new) for c in plan.changes] == [
        ("crm", "contacts", "phone", "+32 470 00 00 01", "+32 470 12 34 56")]
    assert [c.field for c in plan.unchanged] == ["city"]
    assert plan.unknown_fields == ("shoe_size",)
    stored = from_json(CorrectionPlan, json.loads(json.dumps(to_json(plan))))
    report = company.apply_correction(stored)
    assert report.applied == plan.changes and report.conflicts == ()
    (contact,) = [r for r in company.find(JAN.address) if r.table == "contacts"]
    assert contact.values["phone"] == "+32 470 12 34 56"


def test_correction_does_not_overwrite_a_later_change(company: Sources,
                                                      tmp_path: Path) -> None:
    plan = company.plan_correction(JAN.address, {"last_name": "De Vries"})
    with sqlite3.connect(tmp_path / "crm.sqlite") as conn:
        conn.execute("UPDATE contacts SET last_name = 'Devries' "
                     "WHERE email = 'jan.devries@example.com'")
    report = company.apply_correction(plan)
    assert report.applied == () and report.conflicts == plan.changes


# ---- access and portability -------------------------------------------------

def test_export_and_provided_export(company: Sources) -> None:
    everything = company.export(CHLOE.address)
    assert set(everything) == set(CHLOE.holds)
    # the column is named, its value withheld
    assert everything["website.accounts"][0]["password_hash"] == "(withheld for security: Art. 15(4) GDPR)"
    provided = company.export_provided(CHLOE.address)
    assert provided["website.accounts"] == [{
        "email": "chloe.dupont+shop@gmail.com", "display_name": "Chloé D.",
        "created_at": everything["website.accounts"][0]["created_at"]}]
    assert "crm.notes" not in company.export_provided(ALICE.address)
    json.dumps(everything)  # every value is a JSON scalar
    assert company.export(NOBODY.address) == {}


def test_register_covers_every_table() -> None:
    register = sample_register()
    assert len(register) == 8
    assert all(e.purpose and e.legal_basis and e.retention and e.origin for e in register)
    invoices = next(e for e in register if e.table == "invoices")
    assert "III.86" in (invoices.retention or "")


# ---- suppression ------------------------------------------------------------

def test_reappearing_addresses_are_reported(company: Sources) -> None:
    suppressed = {address_hash("Chloe.Dupont+old@gmail.com", KEY),
                  address_hash(NOBODY.address, KEY)}
    found = company.reappearing(suppressed, KEY)
    assert {(r.source, r.table) for r in found} == {
        ("crm", "contacts"), ("newsletter", "subscribers"), ("website", "accounts"),
        ("shop", "orders"), ("shop", "invoices")}
    assert {r.hash for r in found} == {address_hash(CHLOE.address, KEY)}
    assert company.reappearing(suppressed, b"another key") == []


# ---- the sample company -----------------------------------------------------

def test_sample_company_is_deterministic(tmp_path: Path) -> None:
    build_sample_company(tmp_path / "a")
    build_sample_company(tmp_path / "b")
    build_sample_company(tmp_path / "c", seed=8)
    query = "SELECT * FROM contacts ORDER BY id"
    assert rows(tmp_path / "a", "crm", query) == rows(tmp_path / "b", "crm", query)
    assert rows(tmp_path / "a", "crm", query) != rows(tmp_path / "c", "crm", query)
    people = rows(tmp_path / "a", "crm", "SELECT count(*) FROM contacts")[0][0]
    assert isinstance(people, int) and people > 150
    domains = rows(tmp_path / "a", "crm", "SELECT DISTINCT lower(substr(email, "
                                          "instr(email, '@') + 1)) FROM contacts")
    assert {d for (d,) in domains} <= {"example.com", "example.net", "example.org",
                                       "gmail.com"}


# ---- configuration ----------------------------------------------------------

def _table(**extra: object) -> dict[str, object]:
    return {"table": "t", "email_columns": "email", **extra}


@pytest.mark.parametrize(("raw", "message"), [
    ("nope", "sources: expected a list of sources, got str"),
    ([{"name": "a", "tables": [_table()]}], "sources[0].url: missing"),
    ([{"name": "a", "url": "::", "tables": [_table()]}],
     "sources[0].url: not a valid SQLAlchemy database URL"),
    ([{"name": "a", "url": "sqlite://", "tables": [_table(colour="red")]}],
     "sources[0].tables[0].colour: unknown key"),
    ([{"name": "a", "url": "sqlite://", "tables": [_table(erasure="shred")]}],
     "sources[0].tables[0].erasure: expected 'delete' or 'anonymise'"),
    ([{"name": "a", "url": "sqlite://", "tables": [_table(erasure="anonymise")]}],
     "sources[0].tables[0].keep_reason: required with erasure: anonymise"),
    ([{"name": "a", "url": "sqlite://", "tables": [{"table": "t"}]}],
     "sources[0].tables[0]: give exactly one of email_columns or via"),
    ([{"name": "a", "url": "sqlite://", "tables": [
        _table(), {"table": "n", "via": {"table": "x", "column": "c", "references": "id"}}]}],
     "sources[0].tables[1].via.table: 'x' must be another table"),
    ([{"name": "a", "url": "sqlite://", "tables": [_table(list_name="news")]}],
     "sources[0].tables[0].list_name: needs consent_column"),
    ([{"name": "a", "url": "sqlite://", "tables": [_table()]},
      {"name": "a", "url": "sqlite://", "tables": [_table()]}],
     "sources[1].name: duplicate source name 'a'"),
])
def test_config_errors_are_one_clear_line(raw: object, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_sources(raw)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_config_that_does_not_fit_the_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    with sqlite3.connect(tmp_path / "x.sqlite") as conn:
        conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT)")
        conn.execute("CREATE TABLE nokey (email TEXT)")
    cases = [
        (_table(table="missing"), "sources[0].tables[0].table: no table 'missing' in source"),
        (_table(consent_column="opt_in"), "sources[0].tables[0]: no column 'opt_in' in table"),
        (_table(table="nokey"), "sources[0].tables[0].table: table 'nokey' has no primary key"),
    ]
    for table, message in cases:
        with pytest.raises(ConfigError) as caught:
            Sources(parse_sources([{"name": "x", "url": url, "tables": [table]}]))
        assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def test_documented_yaml_shape_parses() -> None:
    doc = bot.sources.config.__doc__ or ""
    block = textwrap.dedent(doc[doc.index("    sources:"):])
    settings = yaml.safe_load(block.replace("${CRM_DATABASE_URL}", "sqlite://"))
    sources = parse_sources(settings["sources"])
    assert [s.name for s in sources] == ["crm", "shop", "newsletter"]
    assert sources[0].tables[1].via is not None


# ---- PostgreSQL -------------------------------------------------------------

def test_find_and_erasure_on_postgresql(postgres: object) -> None:
    url = postgres.new_database()  # type: ignore[attr-defined]
    # All four sources in one database: the sample's table names do not clash.
    configs = load_sample_company(dict.fromkeys(("crm", "newsletter", "website", "shop"),
                                                url))
    with Sources(configs, clock=lambda: NOW) as sources:
        for person in (ALICE, CHLOE, JAN):
            assert where(sources, person.address) == set(person.holds)
            for spelling in person.spellings:
                assert where(sources, spelling) == set(person.holds)
        assert sources.unsubscribe(JAN.address) != []
        assert sources.set_flag(JAN.address, "objection")[0].column == "objected_at"
        report = sources.execute_erasure(sources.plan_erasure(ALICE.address))
        assert sources.find(ALICE.address) == ()
        assert {o.table for o in report.outcomes if o.done} == {
            t.split(".")[1] for t in ALICE.holds}
        engine = sa.create_engine(url)
        with engine.connect() as conn:
            billed = conn.execute(sa.text(
                "SELECT billing_name, net_cents FROM invoices WHERE id = 1")).one()
        engine.dispose()
        assert billed[0] == "anonymised" and billed[1] > 0


def test_withheld_column_must_exist_and_not_be_an_address() -> None:
    from bot.errors import ConfigError
    from bot.sources.config import parse_sources

    table = {"table": "accounts", "email_columns": "email", "withheld_columns": ["email"]}
    with pytest.raises(ConfigError, match="withheld_columns"):
        parse_sources([{"name": "web", "url": "sqlite://", "tables": [table]}])
    table["withheld_columns"] = ["password_hash"]
    (source,) = parse_sources([{"name": "web", "url": "sqlite://", "tables": [table]}])
    assert source.tables[0].withheld_columns == ("password_hash",)
    assert "password_hash" in source.tables[0].columns_named()

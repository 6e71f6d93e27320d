"""Deletion and access end to end with the company's data in PostgreSQL.

Real Dovecot, real aiosmtpd, a PostgreSQL cluster started from Debian's package: mail
in → challenge → verification → draft → approval → the database changed as planned →
reply sent (with a download link that works once, for access).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
import sqlalchemy as sa

from bot.app import Bot
from bot.cases.transitions import CaseState
from bot.sources.dump import dump_sources
from bot.sources.sample_company import ALICE, load_sample_company
from bot.sources.sample_company.tables import SOURCE_NAMES
from bot.verify.tokens import BadTokenStatus
from tests.factory import mail, settings_for

_LINK = re.compile(r"/verify/([A-Za-z0-9_-]+)")
_DOWNLOAD = re.compile(r"/download/([A-Za-z0-9_-]+)")


def _verified_bot(dovecot, smtp_sink, tmp_path: Path, postgres, subject: str, body: str) -> tuple[Bot, str, str]:
    url = postgres.new_database()
    sources = dump_sources(load_sample_company({name: url for name in SOURCE_NAMES}))
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path, sources=sources))
    dovecot.append(mail(f"Alice <{ALICE.address}>", subject, body))
    bot.run(once=True)
    (challenge,) = smtp_sink.wait_for(1)
    assert challenge.rcpt_tos == [ALICE.address]
    token = _LINK.search(challenge.message.get_body().get_content()).group(1)
    case = bot.workflow.confirm(token, True)
    assert case.state is CaseState.AWAITING_APPROVAL
    return bot, case.id, url


def test_deletion_on_postgres(dovecot, smtp_sink, tmp_path: Path, postgres) -> None:
    bot, case_id, url = _verified_bot(dovecot, smtp_sink, tmp_path, postgres, "Erasure request",
                                      "Under Article 17 GDPR please erase all my personal data.")
    engine = sa.create_engine(url)
    try:
        with engine.connect() as db:
            before_invoices = db.execute(sa.text("SELECT count(*) FROM invoices")).scalar()
            assert db.execute(sa.text("SELECT count(*) FROM contacts WHERE lower(email) = :a"), {"a": ALICE.address}).scalar() == 1
        drafted = bot.records.case(case_id)
        assert [item["category"] for item in drafted.draft["summary"]] == ["deletion"]
        bot.workflow.approve(case_id, actor="staff:test")
        bot.flush_outbox()
        with engine.connect() as db:
            assert db.execute(sa.text("SELECT count(*) FROM contacts WHERE lower(email) = :a"), {"a": ALICE.address}).scalar() == 0
            assert db.execute(sa.text("SELECT count(*) FROM subscribers WHERE lower(email) LIKE 'alice%'")).scalar() == 0
            # Invoices stay for the accounting retention obligation, anonymised.
            assert db.execute(sa.text("SELECT count(*) FROM invoices")).scalar() == before_invoices
            leftover = db.execute(sa.text("SELECT count(*) FROM invoices WHERE lower(billing_email) LIKE '%alice.martin%'")).scalar()
            assert leftover == 0
        reply = [m for m in smtp_sink.messages if m.message["X-Privacy-Bot-Kind"] == "reply"]
        assert [m.rcpt_tos for m in reply] == [[ALICE.address]]
        assert bot.records.case(case_id).state is CaseState.DONE
    finally:
        engine.dispose()
        bot.close()


def test_access_on_postgres_with_a_download_that_works_once(dovecot, smtp_sink, tmp_path: Path, postgres) -> None:
    bot, case_id, _ = _verified_bot(dovecot, smtp_sink, tmp_path, postgres, "Subject access request",
                                    "Under Article 15 GDPR please send me a copy of my personal data.")
    try:
        bot.workflow.approve(case_id, actor="staff:test")
        bot.flush_outbox()
        (reply,) = [m for m in smtp_sink.messages if m.message["X-Privacy-Bot-Kind"] == "reply"]
        token = _DOWNLOAD.search(reply.message.get_body().get_content()).group(1)
        path = bot.workflow.download(token)
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
            names = archive.namelist()
            assert "summary.txt" in names
            assert any(n.endswith(".json") for n in names) and any(n.endswith(".csv") for n in names)
            assert ALICE.address in archive.read(next(n for n in names if "contacts" in n and n.endswith(".json"))).decode().lower()
        with pytest.raises(BadTokenStatus) as refused:
            bot.workflow.download(token)
        assert refused.value.status == 410
    finally:
        bot.close()

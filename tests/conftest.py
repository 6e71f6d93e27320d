"""Shared fixtures. Real servers: `dovecot`, `smtp_sink`, `postgres` (see tests/servers/)."""

from __future__ import annotations

import os

import pytest

from tests.servers.dovecot import DOVECOT_BIN, Dovecot
from tests.servers.postgres import PG_BIN, Postgres
from tests.servers.smtp import SmtpSink


def _require(path, package: str) -> None:
    """Skip when a server binary is missing; under CI (CI=true) fail instead."""
    if os.path.exists(path):
        return
    reason = f"{path} not found: apt-get install -y {package} (see .ci/apt-packages.txt)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


# ---- real servers ----------------------------------------------------------

@pytest.fixture
def dovecot():
    """A fresh Dovecot (IMAP, 127.0.0.1) per test; ~0.03 s to start."""
    _require(DOVECOT_BIN, "dovecot-imapd")
    with Dovecot() as server:
        yield server


@pytest.fixture
def smtp_sink():
    """An aiosmtpd sink per test, AUTH offered (user "bot", password "bot-pw")
    but not required."""
    with SmtpSink(auth={"bot": "bot-pw"}) as sink:
        yield sink


@pytest.fixture(scope="session")
def postgres():
    """One throwaway PostgreSQL cluster per session (~1 s); use
    postgres.new_database() for an empty database per test."""
    _require(PG_BIN / "initdb", "postgresql-15")
    with Postgres() as server:
        yield server

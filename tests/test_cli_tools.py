"""The operator's and staff's commands on a store made by a real run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from bot.app import Bot
from tests.factory import mail, sample_sources, settings_file, settings_for

_LINK = re.compile(r"/verify/([A-Za-z0-9_-]+)")


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, timeout=180)


def _erase_alice(dovecot, smtp_sink, tmp_path: Path) -> tuple[Path, str]:
    sources = sample_sources(tmp_path)
    cfg = settings_file(dovecot, smtp_sink, tmp_path, sources=sources)
    dovecot.append(mail("Alice <alice.martin@example.org>", "Please delete my data",
                        "Under Article 17 GDPR erase all personal data you hold about me."))
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path, sources=sources))
    try:
        bot.run(once=True)
        (challenge,) = smtp_sink.wait_for(1)
        token = _LINK.search(challenge.message.get_body().get_content()).group(1)
        case = bot.workflow.confirm(token, True)
    finally:
        bot.close()
    return cfg, case.id


def test_review_approve_erases_and_suppresses_then_audit_and_stats(dovecot, smtp_sink, tmp_path: Path) -> None:
    cfg, case_id = _erase_alice(dovecot, smtp_sink, tmp_path)

    listed = cli("review", "list", "--config", str(cfg))
    assert listed.returncode == 0 and case_id in listed.stdout and "awaiting_approval" in listed.stdout
    shown = cli("review", "show", case_id, "--config", str(cfg))
    assert "planned changes" in shown.stdout and "draft reply" in shown.stdout and "deletion" in shown.stdout

    assert cli("suppressed", "check", "alice.martin@example.org", "--config", str(cfg)).stdout.strip() == "not suppressed"
    approved = cli("review", "approve", case_id, "--config", str(cfg))
    assert approved.returncode == 0, approved.stderr
    replies = [m for m in smtp_sink.messages if m.message["X-Privacy-Bot-Kind"] == "reply"]
    assert [m.rcpt_tos for m in replies] == [["alice.martin@example.org"]]

    # Only a keyed hash stays: spelled differently, the address is still recognised.
    check = cli("suppressed", "check", "Alice.Martin@Example.org", "--config", str(cfg))
    assert check.stdout.strip() == "suppressed"
    assert "alice" not in (tmp_path / "store" / "suppression.json").read_text().lower()
    assert "no suppressed address" in cli("suppressed", "report", "--config", str(cfg)).stdout

    audit = cli("audit", "verify", "--config", str(cfg))
    assert audit.returncode == 0 and "chain intact" in audit.stdout
    log = (tmp_path / "store" / "audit.jsonl").read_text()
    assert "@" not in log  # no addresses in the audit trail
    stats = cli("stats", "--config", str(cfg))
    assert stats.returncode == 0 and "deletion" in stats.stdout and "alice" not in stats.stdout


def test_audit_verify_catches_a_tampered_line(dovecot, smtp_sink, tmp_path: Path) -> None:
    cfg, _ = _erase_alice(dovecot, smtp_sink, tmp_path)
    path = tmp_path / "store" / "audit.jsonl"
    lines = path.read_text().splitlines()
    entry = json.loads(lines[1])
    entry["action"] = "rejected"
    lines[1] = json.dumps(entry)
    path.write_text("\n".join(lines) + "\n")
    audit = cli("audit", "verify", "--config", str(cfg))
    assert audit.returncode == 1
    assert "BROKEN at line 2" in audit.stdout


def test_purge_dry_run_changes_nothing(dovecot, smtp_sink, tmp_path: Path) -> None:
    cfg, case_id = _erase_alice(dovecot, smtp_sink, tmp_path)
    cfg.write_text(cfg.read_text() + "handlers: {retention_days: 0}\n")
    assert cli("review", "reject", case_id, "--reason", "test", "--config", str(cfg)).returncode == 0
    before = cli("review", "show", case_id, "--config", str(cfg)).stdout
    dry = cli("purge", "--dry-run", "--config", str(cfg))
    assert dry.returncode == 0 and case_id in dry.stdout
    assert cli("review", "show", case_id, "--config", str(cfg)).stdout == before
    assert len(dovecot.list_uids("Processed")) == 1
    real = cli("purge", "--config", str(cfg))
    assert real.returncode == 0 and case_id in real.stdout
    assert dovecot.list_uids("Processed") == []  # the kept mail goes too
    after = cli("review", "show", case_id, "--config", str(cfg)).stdout
    assert "alice" not in after.lower() and "delete my data" not in after.lower()


def test_bad_sources_section_is_one_clear_line(tmp_path: Path) -> None:
    cfg = tmp_path / "settings.yaml"
    cfg.write_text(
        "mailbox: {host: h, port: 1, username: u, password: p}\n"
        "smtp: {host: h, port: 1, from: a@example.org}\nstore: {path: s}\n"
        "sources: [{name: crm, url: 'sqlite:///x.db', tables: [{table: t, email_column: e}]}]\n"
    )
    result = cli("check", "--config", str(cfg))
    assert result.returncode == 1
    assert "sources[0].tables[0].email_column" in result.stderr and result.stderr.count("\n") == 1

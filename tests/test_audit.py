"""The audit log: `privacy-bot audit verify` catches a changed, removed or added line."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.audit import AuditLog


class Ticking:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 29, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def written_log(tmp_path: Path, lines: int = 5) -> AuditLog:
    log = AuditLog(tmp_path / "audit.jsonl", clock=Ticking())
    for i in range(lines):
        log.append("bot" if i % 2 else "staff:dana", "approved", f"PB-2611-CASE000{i}", category="access", n=i)
    return log


def lines_of(log: AuditLog) -> list[str]:
    return log.path.read_text().splitlines(keepends=True)


def rewrite(log: AuditLog, lines: list[str]) -> None:
    log.path.write_text("".join(lines))


def test_an_untouched_log_verifies(tmp_path: Path) -> None:
    log = written_log(tmp_path)
    report = log.verify()
    assert (report.ok, report.lines, report.first_bad_line) == (True, 5, None)
    first = json.loads(lines_of(log)[0])
    assert first["seq"] == 1 and first["prev"] == "0" * 64
    assert first["actor"] == "staff:dana" and first["case_id"] == "PB-2611-CASE0000"
    assert first["detail"] == {"category": "access", "n": 0}


def test_an_empty_or_missing_log_verifies(tmp_path: Path) -> None:
    assert AuditLog(tmp_path / "audit.jsonl").verify().ok


def test_a_changed_line_is_caught(tmp_path: Path) -> None:
    log = written_log(tmp_path)
    lines = lines_of(log)
    lines[2] = lines[2].replace('"approved"', '"rejected"')
    rewrite(log, lines)
    report = log.verify()
    assert not report.ok and report.first_bad_line == 3
    assert "changed" in report.problem


def test_a_removed_middle_line_is_caught(tmp_path: Path) -> None:
    log = written_log(tmp_path)
    lines = lines_of(log)
    del lines[1]
    rewrite(log, lines)
    report = log.verify()
    assert not report.ok and report.first_bad_line == 2
    assert "removed" in report.problem


def test_a_removed_first_line_is_caught(tmp_path: Path) -> None:
    log = written_log(tmp_path)
    rewrite(log, lines_of(log)[1:])
    assert log.verify().first_bad_line == 1


def test_removed_last_lines_are_caught_by_the_head(tmp_path: Path) -> None:
    log = written_log(tmp_path)
    rewrite(log, lines_of(log)[:-2])
    report = log.verify()
    assert not report.ok and report.lines == 3 and report.first_bad_line == 4
    assert "removed from the end" in report.problem


def test_reordered_and_inserted_lines_are_caught(tmp_path: Path) -> None:
    log = written_log(tmp_path)
    lines = lines_of(log)
    rewrite(log, [lines[0], lines[2], lines[1], *lines[3:]])
    assert log.verify().first_bad_line == 2
    rewrite(log, [*lines[:3], lines[1], *lines[3:]])
    assert log.verify().first_bad_line == 4


def test_a_forged_line_with_a_fresh_hash_is_caught(tmp_path: Path) -> None:
    """Editing a line and recomputing its own hash still breaks the next line's link."""
    from bot.audit import chain_hash

    log = written_log(tmp_path)
    lines = lines_of(log)
    doc = json.loads(lines[1])
    doc["action"] = "rejected"
    doc["hash"] = chain_hash(doc["prev"], {k: v for k, v in doc.items() if k != "hash"})
    lines[1] = json.dumps(doc) + "\n"
    rewrite(log, lines)
    report = log.verify()
    assert not report.ok and report.first_bad_line == 3


def test_appending_goes_on_after_reopening(tmp_path: Path) -> None:
    written_log(tmp_path, lines=3)
    again = AuditLog(tmp_path / "audit.jsonl")
    entry = again.append("bot", "purged", "PB-2611-CASE0009")
    assert entry.seq == 4
    assert again.verify().ok and again.head() is not None and again.head().lines == 4  # type: ignore[union-attr]


def test_a_torn_tail_from_a_crash_is_dropped_on_the_next_append(tmp_path: Path) -> None:
    log = written_log(tmp_path, lines=2)
    with open(log.path, "ab") as fh:
        fh.write(b'{"seq":3,"at":"2026-')
    assert "torn" in log.verify().problem
    log.append("bot", "sent", "PB-2611-CASE0003")
    assert log.verify().ok and log.verify().lines == 3


def test_a_crash_before_the_head_moved_is_not_tampering(tmp_path: Path) -> None:
    log = written_log(tmp_path, lines=3)
    head = log.head_path.read_bytes()
    log.append("bot", "sent", "PB-2611-CASE0004")
    log.head_path.write_bytes(head)  # as if the process died between line and anchor
    assert log.verify().ok


@pytest.mark.parametrize(
    "detail",
    [{"address": "x"}, {"subject": "Delete me"}, {"note": "alice@example.org"}, {"who": ["bob@example.org"]}],
)
def test_personal_data_is_refused(tmp_path: Path, detail: dict[str, str]) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    with pytest.raises(ValueError):
        log.append("bot", "received", "PB-2611-CASE0001", **detail)
    assert not log.path.exists() or log.path.read_text() == ""

"""`privacy-bot classify FILE.eml ...`: the contract of DESIGN.md, one JSON object per line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_one_json_object_per_file_with_the_contract_keys(tmp_path: Path) -> None:
    labels = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text().splitlines()[:40]]
    files = [str(CORPUS / item["file"]) for item in labels]
    proc = subprocess.run([sys.executable, "-m", "bot", "classify", *files], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["file"] for r in rows] == files
    for row, label in zip(rows, labels, strict=True):
        assert set(row) == {"file", "category", "categories", "language", "confidence"}
        assert row["category"] == label["category"] and row["categories"][0] == row["category"]
        assert 0.0 <= row["confidence"] <= 1.0


def test_a_missing_file_is_one_line_and_exit_1(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "classify", str(tmp_path / "nope.eml")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_worker_processes_print_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    """A long list is shared among forked workers; the output is that of one process,
    line for line, and an unreadable file in the middle still costs exit 1."""
    labels = [json.loads(line) for line in (CORPUS / "labels.jsonl").read_text().splitlines()[:60]]
    files = [str(CORPUS / item["file"]) for item in labels]
    files.insert(30, str(tmp_path / "missing.eml"))
    runs = [subprocess.run([sys.executable, "-m", "bot", "classify", "--jobs", jobs, *files],
                           capture_output=True, text=True, timeout=300) for jobs in ("1", "2")]
    assert [r.returncode for r in runs] == [1, 1]
    assert runs[0].stdout == runs[1].stdout and len(runs[0].stdout.splitlines()) == 60
    assert runs[1].stderr.count("missing.eml") == 1


def test_jobs_must_be_positive() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "classify", "--jobs", "0", "x.eml"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "must be 1 or more" in proc.stderr

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

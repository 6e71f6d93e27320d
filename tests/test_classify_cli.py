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


def test_config_chooses_the_rules_and_the_text_model(tmp_path: Path) -> None:
    """`--config`: the classifier the settings ask for (here the text model turned off);
    without it, the repository's rules with the model."""
    repo = Path(__file__).resolve().parents[1]
    text = (repo / "settings.yaml").read_text(encoding="utf-8")
    assert "  rules_dir: rules " in text and "  text_model: true " in text
    settings = tmp_path / "settings.yaml"
    settings.write_text(text.replace("  rules_dir: rules ", f"  rules_dir: {repo / 'rules'} ")
                        .replace("  text_model: true ", "  text_model: false "), encoding="utf-8")
    mail = tmp_path / "asks.eml"  # an access request the rules miss and the model reads
    mail.write_text("From: ann@example.org\nTo: privacy@shop.example.be\nSubject: \n\n"
                    "I bought a lamp from you last year and now a partner company calls me about insurance. "
                    "Where did they get my phone number from and what else do they have on me?\n", encoding="utf-8")

    def category(*extra: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "bot", "classify", *extra, str(mail)],
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return str(json.loads(proc.stdout)["category"])

    assert category() == "access"
    assert category("--config", str(settings)) == "other"
    trained = subprocess.run([sys.executable, "-m", "bot", "train", "--config", str(settings)],
                             capture_output=True, text=True, timeout=300)
    assert trained.returncode == 0 and "nothing to train" in trained.stdout
    missing = subprocess.run([sys.executable, "-m", "bot", "classify", "--config", str(tmp_path / "nope.yaml"),
                              str(mail)], capture_output=True, text=True, timeout=120)
    assert missing.returncode == 1 and "Traceback" not in missing.stderr

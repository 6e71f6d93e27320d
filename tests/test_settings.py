"""Settings: contract keys, ${ENV} interpolation, one clear line per error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.settings import load

ROOT = Path(__file__).resolve().parent.parent
GOOD = """
mailbox: {host: 127.0.0.1, port: 1143, ssl: false, username: u, password: "${IMAP_PW}"}
smtp: {host: 127.0.0.1, port: 2525, ssl: starttls, from: privacy@example.org}
store: {path: store}
web: {host: 127.0.0.1, port: 8080, base_url: "https://privacy.example.org/"}
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "settings.yaml"
    path.write_text(text)
    return path


def test_contract_keys_and_interpolation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMAP_PW", "s3cret")
    s = load(_write(tmp_path, GOOD))
    assert s.mailbox.password == "s3cret" and s.mailbox.ssl == "false" and s.mailbox.folder == "INBOX"
    assert s.smtp.ssl == "starttls" and s.smtp.from_ == "privacy@example.org"
    assert s.store_path == (tmp_path / "store").resolve()
    assert s.web_base_url == "https://privacy.example.org"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("mailbox: {", "mailbox: {colour: red, "), "mailbox.colour: unknown key"),
        (("store: {path: store}", "store: {path: store}\nextra: 1"), "unknown section 'extra'"),
        (("port: 1143", "port: eleven"), "mailbox.port: must be a whole number"),
        (("ssl: false, username", "ssl: maybe, username"), "mailbox.ssl: must be true, false or starttls"),
        (("host: 127.0.0.1, port: 2525, ", "port: 2525, "), "smtp.host: required key is missing"),
        (("${IMAP_PW}", "${NOT_SET_ANYWHERE}"), "environment variable NOT_SET_ANYWHERE is not set"),
        (("mailbox: {", "mailbox: [{"), "not valid YAML"),
    ],
)
def test_errors_are_one_clear_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: tuple[str, str], message: str) -> None:
    monkeypatch.setenv("IMAP_PW", "x")
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(ConfigError) as err:
        load(path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_env_default(tmp_path: Path) -> None:
    s = load(_write(tmp_path, GOOD.replace("${IMAP_PW}", "${NOT_SET_ANYWHERE:-fallback}")))
    assert s.mailbox.password == "fallback"


def test_the_shipped_example_passes_check() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "check", "--config", str(ROOT / "settings.yaml")],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "settings:" in proc.stdout and "replies:" in proc.stdout


def test_check_and_run_exit_1_with_one_line_on_bad_settings(tmp_path: Path) -> None:
    path = _write(tmp_path, GOOD.replace("port: 1143", "port: eleven"))
    for command in (["check"], ["run", "--once"]):
        proc = subprocess.run([sys.executable, "-m", "bot", *command, "--config", str(path)],
                              capture_output=True, text=True, timeout=120, env={"IMAP_PW": "x", "PATH": "/usr/bin"})
        assert proc.returncode == 1
        assert proc.stderr.count("\n") == 1 and "mailbox.port" in proc.stderr
        assert "Traceback" not in proc.stderr


def test_usage_error_exits_2() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "frobnicate"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2


def test_check_fails_on_a_rule_whose_example_does_not_hold(tmp_path: Path) -> None:
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    text = (rules / "deletion.yaml").read_text()
    broken = text.replace('"I forgot my password"', '"I invoke my right to be forgotten"', 1)  # a no_match example
    assert broken != text  # the rule this test breaks is still there
    (rules / "deletion.yaml").write_text(broken)
    cfg = tmp_path / "settings.yaml"
    cfg.write_text(GOOD.replace("${IMAP_PW}", "x") + f"classifier: {{rules_dir: {rules}}}\n")
    proc = subprocess.run([sys.executable, "-m", "bot", "check", "--config", str(cfg)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "deletion.yaml" in proc.stderr and "no_match example" in proc.stderr

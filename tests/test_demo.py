"""`privacy-bot demo`, the README's first command, tells the whole story and exits 0."""

from __future__ import annotations

import subprocess
import sys


def test_demo_runs_the_whole_story() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot", "demo"], capture_output=True, text=True, timeout=300)
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert "12 mails arrive" in out
    assert out.count("confirmed -> awaiting_approval") == 5  # every real requester, not the forged one
    assert "forged deletion" in out and "attacker@evil.example" not in out
    assert out.count("[reply]") == 5 and out.count("/download/") == 2  # access and portability
    assert "out-of-office (Exchange)" in out and "automated" in out
    assert "/desk  (login demo / " in out

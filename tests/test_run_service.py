"""`privacy-bot run` as the operator starts it: web endpoints up, mail answered, SIGTERM stops it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.factory import mail, settings_file
from tests.servers import free_port


def test_run_serves_processes_and_stops_on_sigterm(dovecot, smtp_sink, tmp_path: Path) -> None:
    port = free_port()
    cfg = settings_file(dovecot, smtp_sink, tmp_path, mailbox={"poll_seconds": 5},
                        web={"host": "127.0.0.1", "port": port, "base_url": f"http://127.0.0.1:{port}"})
    proc = subprocess.Popen([sys.executable, "-m", "bot", "run", "--config", str(cfg)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2).read() == b"ok"
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "web endpoints did not come up"
                time.sleep(0.3)
        dovecot.append(mail("Alice <alice@example.org>", "Request under Article 15 GDPR"))
        (challenge,) = smtp_sink.wait_for(1, timeout=60)
        assert challenge.message["X-Privacy-Bot-Kind"] == "challenge"
        assert f"http://127.0.0.1:{port}/verify/" in challenge.message.get_body().get_content()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert (tmp_path / "store" / "sweeps.json").exists()  # the sweeper ran at start

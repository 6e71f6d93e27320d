"""Real servers for tests: Dovecot (IMAP), an aiosmtpd sink (SMTP), PostgreSQL.

Every server binds to 127.0.0.1 only, lives in its own folder under /tmp and is
registered for an atexit clean-up, so a crashed or interrupted test run does not
leave daemons or folders behind.
"""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

HOST = "127.0.0.1"

_live: list = []  # objects with a .close() method, closed at exit if still alive
_live_lock = threading.Lock()


def register(obj) -> None:
    with _live_lock:
        if obj not in _live:
            _live.append(obj)


def unregister(obj) -> None:
    with _live_lock:
        if obj in _live:
            _live.remove(obj)


@atexit.register
def _close_all() -> None:
    with _live_lock:
        leftovers = list(reversed(_live))
    for obj in leftovers:
        try:
            obj.close()
        except Exception:  # pragma: no cover - best effort at interpreter exit
            pass


def free_port() -> int:
    """A port that was free a moment ago on 127.0.0.1 (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def make_dir(prefix: str) -> Path:
    """A fresh folder /tmp/privacy-bot-tests-XXXX, mode 0755.

    Not pytest's tmp_path: that is 0700 and daemons that drop privileges
    (Dovecot's auth and mail processes, postgres) cannot enter it.
    """
    path = Path(tempfile.mkdtemp(prefix=f"privacy-bot-tests-{prefix}-", dir="/tmp"))
    path.chmod(0o755)
    return path


def remove_dir(path: Path | None) -> None:
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)


def wait_port(port: int, timeout: float, proc=None, log: Path | None = None) -> None:
    """Wait until 127.0.0.1:port accepts a TCP connection."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            pass
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}" + _tail(log))
        if time.monotonic() > deadline:
            raise TimeoutError(f"nothing listens on {HOST}:{port} after {timeout}s" + _tail(log))
        time.sleep(0.02)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _tail(log: Path | None, lines: int = 30) -> str:
    if log is None or not log.exists():
        return ""
    text = log.read_text(errors="replace").splitlines()[-lines:]
    return f"\n--- {log} ---\n" + "\n".join(text)

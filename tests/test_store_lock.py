"""The store's writer lock: re-entrant in one thread, exclusive across processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from bot.store.store import Store

ROOT = Path(__file__).resolve().parents[1]


def test_lock_is_reentrant_and_a_commit_inside_it_does_not_deadlock(tmp_path: Path) -> None:
    """A deadlock would hang the test run: the nesting runs in a thread with a deadline."""
    import threading

    store = Store(tmp_path / "store")
    done = threading.Event()

    def nest() -> None:
        with store.lock, store.lock, store.writing():
            pass
        with store.writing():  # released: taken again at once
            done.set()

    worker = threading.Thread(target=nest, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert done.is_set(), "nested store locks deadlocked"
    # and another thread gets it now (the outermost exit released the flock)
    def take() -> None:
        with store.lock:
            pass

    other = threading.Thread(target=take, daemon=True)
    other.start()
    other.join(timeout=10)
    assert not other.is_alive()
    store.close()


def test_another_process_waits_for_the_whole_read_modify_commit(tmp_path: Path) -> None:
    """`privacy-bot review` in one process and `run` in another never interleave."""
    store = Store(tmp_path / "store")
    marker = tmp_path / "entered"
    script = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from bot.store.store import Store
        store = Store(Path({str(tmp_path / "store")!r}))
        Path({str(tmp_path / "started")!r}).write_text("x")
        with store.lock:
            Path({str(marker)!r}).write_text(repr(time.time()))
    """)
    with store.lock:
        child = subprocess.Popen([sys.executable, "-c", script])
        deadline = time.time() + 30
        while not (tmp_path / "started").exists() and time.time() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)
        assert not marker.exists(), "the other process got in while we held the lock"
        released = time.time()
    assert child.wait(timeout=30) == 0
    assert float(marker.read_text()) >= released
    store.close()

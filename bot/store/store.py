"""The store: ledger of fetched mail, cases, outbox, counters; crash-safe and sharded.

Commit protocol (why nothing is lost or done twice): everything one mail decides
(the ledger entry, the case, the replies to send) is first written as ONE journal
document in one atomic file write — that is the commit point. It is then applied to
the sharded tables with idempotent upserts and removed from the journal. A crash
after the journal write is repaired at start by replaying the journal; a crash
before it leaves the mail in INBOX, unrecorded, to be processed again from scratch.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from tinydb import TinyDB

from bot.errors import StoreLocked
from bot.store.shelf import Shelf
from bot.store.storage import AtomicJSONStorage


def _hash_shard(prefix: str, width: int = 2) -> Any:
    return lambda key: f"{prefix}/{hashlib.sha256(key.encode()).hexdigest()[:width]}"


def _case_shard(case_id: str) -> str:
    # Case ids start with their year-month (PB-2611-...): a month's cases share files,
    # so the files written per mail stay as small as one month's traffic.
    parts = case_id.split("-")
    month = parts[1] if len(parts) > 2 else "misc"
    return f"{month}/{hashlib.sha256(case_id.encode()).hexdigest()[:1]}"


def _ledger_shard(key: str) -> str:
    uidvalidity, uid = key.split(":")
    return f"{uidvalidity}/{int(uid) // 200}"


class Index:
    """Raw access to index.json: tables of documents keyed by TinyDB doc ids."""

    TABLES = ("journal", "pending_mail")

    def __init__(self, storage: AtomicJSONStorage) -> None:
        self.storage = storage

    def read(self) -> dict[str, dict[str, dict[str, Any]]]:
        data = self.storage.read() or {}
        return {name: dict(data.get(name, {})) for name in self.TABLES}

    def rows(self, table: str) -> list[dict[str, Any]]:
        return list(self.read()[table].values())

    def write(self, tables: dict[str, dict[str, dict[str, Any]]]) -> None:
        self.storage.write(dict(tables))


def put_row(table: dict[str, dict[str, Any]], field: str, row: dict[str, Any]) -> None:
    """Upsert `row` into a raw table, matching on `field`."""
    for doc_id, doc in table.items():
        if doc.get(field) == row[field]:
            table[doc_id] = row
            return
    table[str(max((int(i) for i in table), default=0) + 1)] = row


def drop_row(table: dict[str, dict[str, Any]], field: str, value: object) -> None:
    for doc_id in [i for i, doc in table.items() if doc.get(field) == value]:
        del table[doc_id]


class StoreLock:
    """One writer at a time, across threads AND processes, re-entrant.

    Every read-modify-commit (the mail loop's mail, a desk or CLI action, a sweep)
    holds it from the read to the commit, so `privacy-bot review` in one process and
    `run` in another never both change a case from the same old copy. A thread lock
    first, then an flock on `.write.lock`, taken once however deep the nesting.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._thread = threading.RLock()
        self._depth = 0
        self._fh: IO[bytes] | None = None

    def __enter__(self) -> StoreLock:
        self._thread.acquire()
        if self._depth == 0:
            try:
                fh = open(self.path, "wb")
                fcntl.flock(fh, fcntl.LOCK_EX)
            except BaseException:
                self._thread.release()
                raise
            self._fh = fh
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0 and self._fh is not None:
            fcntl.flock(self._fh, fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None
        self._thread.release()


class Store:
    """All persistent state of the bot, under one folder (`store.path`)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        self._sweep_temp_files()
        self.ledger = Shelf(path / "ledger", _ledger_shard)
        self.by_sha = Shelf(path / "sha", _hash_shard("s", 3))
        self.cases = Shelf(path / "cases", _case_shard)
        self.threads = Shelf(path / "threads", _hash_shard("t"))
        self.outbox = Shelf(path / "outbox", _hash_shard("o", 1))
        self.tokens = Shelf(path / "tokens", _hash_shard("k"))
        # Open cases only (closed ones leave it), in 16 shards: the file written per
        # mail is a sixteenth of the open workload, whatever the history.
        self.open_cases = Shelf(path / "open", _hash_shard("o", 1))
        self.counters = Shelf(path / "counters", lambda key: key.split(":")[0])
        # Small tables that stay small (in-flight commits, open cases, unsent mail),
        # in one TinyDB-format file so that one commit ends with one write.
        self.small = TinyDB(path / "index.json", storage=AtomicJSONStorage)
        self.index = Index(self.small.storage)  # type: ignore[arg-type]
        self._run_lock: IO[bytes] | None = None
        self.lock = StoreLock(path / ".write.lock")
        self.check()

    # -- integrity and locking -------------------------------------------------------
    def _sweep_temp_files(self) -> None:
        for tmp in self.path.rglob(".*.tmp"):
            tmp.unlink(missing_ok=True)

    def check(self) -> None:
        """Open the index files; a store that cannot be read is reported, not guessed at."""
        self.index.read()

    def acquire_runner(self) -> None:
        """Hold the runner lock for this process's life: one `run` per store."""
        if self._run_lock is not None:
            return
        fh = open(self.path / ".run.lock", "wb")
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.close()
            raise StoreLocked(f"another privacy-bot run holds the store {self.path}") from None
        fh.write(str(os.getpid()).encode())
        fh.flush()
        self._run_lock = fh

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Serialise writers across processes (run, review, web) for one transaction."""
        with self.lock:
            yield

    def close(self) -> None:
        for shelf in (self.ledger, self.by_sha, self.cases, self.threads, self.outbox, self.tokens, self.counters,
                      self.open_cases):
            shelf.close()
        self.small.close()
        if self._run_lock is not None:
            self._run_lock.close()
            self._run_lock = None

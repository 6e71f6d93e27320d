"""A keyed table split over many small TinyDB files.

Stock TinyDB rewrites a whole file per insert, so one file holding years of cases
makes every mail slower (50 ms at 10k documents, INFRA.md). A shelf routes each key
to a shard chosen by the caller (a month, a UID range, a hash prefix) so that the
file touched per mail stays small however much history accumulates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from bot.store.storage import AtomicJSONStorage

_KEY = "_key"


class Shelf:
    def __init__(self, root: Path, shard_of: Callable[[str], str]) -> None:
        self.root = root
        self.shard_of = shard_of
        self._dbs: dict[str, TinyDB] = {}

    def _db(self, shard: str) -> TinyDB:
        db = self._dbs.get(shard)
        if db is None:
            if len(self._dbs) > 256:  # bound memory on long runs
                for old in list(self._dbs)[:128]:
                    self._dbs.pop(old).close()
            db = TinyDB(self.root / f"{shard}.json", storage=AtomicJSONStorage)
            self._dbs[shard] = db
        return db

    def get(self, key: str) -> dict[str, Any] | None:
        path = self.root / f"{self.shard_of(key)}.json"
        if not path.exists():
            return None
        doc = self._db(self.shard_of(key)).get(Query()[_KEY] == key)
        if doc is None:
            return None
        return {k: v for k, v in dict(doc).items() if k != _KEY}

    def put(self, key: str, value: dict[str, Any]) -> None:
        self._db(self.shard_of(key)).upsert({**value, _KEY: key}, Query()[_KEY] == key)

    def delete(self, key: str) -> None:
        path = self.root / f"{self.shard_of(key)}.json"
        if path.exists():
            self._db(self.shard_of(key)).remove(Query()[_KEY] == key)

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every entry; a full scan, for reports and purges, not for the hot path."""
        if not self.root.exists():
            return
        for path in sorted(self.root.rglob("*.json")):
            shard = str(path.relative_to(self.root).with_suffix(""))
            for doc in self._db(shard).all():
                yield doc[_KEY], {k: v for k, v in dict(doc).items() if k != _KEY}

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        self._dbs.clear()

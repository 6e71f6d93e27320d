"""A keyed table split over many small TinyDB files.

Stock TinyDB rewrites a whole file per insert, so one file holding years of cases
makes every mail slower (50 ms at 10k documents, INFRA.md). A shelf routes each key
to a shard chosen by the caller (a month, a UID range, a hash prefix) so that the
file touched per mail stays small however much history accumulates. Writes are
grouped per shard: one file write per shard per commit, whatever it changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from bot.store.storage import AtomicJSONStorage

_KEY = "_key"
_TABLE = "_default"


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

    def _raw(self, shard: str) -> dict[str, Any]:
        if not (self.root / f"{shard}.json").exists():
            return {}
        data = self._db(shard).storage.read() or {}
        table: dict[str, Any] = data.get(_TABLE, {})
        return table

    def get(self, key: str) -> dict[str, Any] | None:
        for doc in self._raw(self.shard_of(key)).values():
            if doc.get(_KEY) == key:
                return {k: v for k, v in doc.items() if k != _KEY}
        return None

    def put(self, key: str, value: dict[str, Any]) -> None:
        self.put_many([(key, value)])

    def put_many(self, items: Iterable[tuple[str, dict[str, Any] | None]], sync_dir: bool = True) -> set[Path]:
        """Upsert (or delete, for None) many entries: one atomic write per shard touched.

        Returns the folders written, for the caller to fsync once when it passes
        sync_dir=False.
        """
        by_shard: dict[str, list[tuple[str, dict[str, Any] | None]]] = {}
        for key, value in items:
            by_shard.setdefault(self.shard_of(key), []).append((key, value))
        folders: set[Path] = set()
        for shard, changes in by_shard.items():
            db = self._db(shard)
            storage: AtomicJSONStorage = db.storage  # type: ignore[assignment]
            data = dict(storage.read() or {})
            table = dict(data.get(_TABLE, {}))
            index = {doc.get(_KEY): doc_id for doc_id, doc in table.items()}
            next_id = max((int(i) for i in table), default=0) + 1
            for key, value in changes:
                doc_id = index.get(key)
                if value is None:
                    if doc_id is not None:
                        del table[doc_id]
                        index.pop(key)
                    continue
                if doc_id is None:
                    doc_id = str(next_id)
                    next_id += 1
                    index[key] = doc_id
                table[doc_id] = {**value, _KEY: key}
            data[_TABLE] = table
            storage.write(data, sync_dir=sync_dir)
            folders.add(storage.path.parent)
        return folders

    def items(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """Every entry; a full scan, for reports and purges, not for the hot path."""
        if not self.root.exists():
            return
        for path in sorted(self.root.rglob("*.json")):
            shard = str(path.relative_to(self.root).with_suffix(""))
            for doc in list(self._raw(shard).values()):
                yield doc[_KEY], {k: v for k, v in doc.items() if k != _KEY}

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
        self._dbs.clear()

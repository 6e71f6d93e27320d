"""The store: TinyDB shards behind a crash-safe storage, one writer at a time."""

from bot.store.store import Store

__all__ = ["Store"]

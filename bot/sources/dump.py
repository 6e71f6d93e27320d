"""Source configs back to the YAML shape of `settings.yaml` (the demo writes its own)."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from bot.sources.config import Link, SourceConfig, TableConfig


def dump_sources(configs: tuple[SourceConfig, ...]) -> list[dict[str, Any]]:
    return [{"name": c.name, "url": c.url, "tables": [_table(t) for t in c.tables]} for c in configs]


def _table(table: TableConfig) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(table):
        value = getattr(table, f.name)
        if value is None or value == () or value == f.default:
            continue
        if isinstance(value, Link):
            value = {"table": value.table, "column": value.column, "references": value.references}
        elif f.name == "correctable_columns":
            value = dict(value)
        elif isinstance(value, tuple):
            value = list(value)
        else:
            value = str(value) if not isinstance(value, (int, float, bool)) else value
        out[f.name] = value
    if "email_columns" not in out and "via" not in out:
        out["email_columns"] = list(table.email_columns)
    return out

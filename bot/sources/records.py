"""Values that leave the data-source layer: records, plans and what was done.

Plans are pure data made of JSON scalars, because a plan waits in the case store
(TinyDB) between drafting and a staff member's approval; `to_json` / `from_json`
carry them there and back. A plan names rows by source, table and primary key and
never holds a database handle.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import decimal
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from bot.sources.config import Erasure

JsonScalar = str | int | float | bool | None
Key = tuple[JsonScalar, ...]
Row = dict[str, JsonScalar]


def to_scalar(value: object) -> JsonScalar:
    """A database value as a JSON scalar; exact types (Decimal amounts) become text."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, (decimal.Decimal, uuid.UUID)):
        return str(value)
    return str(value)


class FlagKind(StrEnum):
    RESTRICTION = "restriction"  # Art. 18
    OBJECTION = "objection"      # Art. 21


@dataclass(frozen=True, slots=True)
class Record:
    """One row about a person, as found; `values` holds every column."""

    source: str
    table: str
    key: Key
    values: Row


@dataclass(frozen=True, slots=True)
class TableErasure:
    """What erasure does to one table: delete these rows, or anonymise columns in them."""

    source: str
    table: str
    action: Erasure
    keys: tuple[Key, ...]
    columns: tuple[str, ...] = ()      # anonymised columns (action anonymise)
    keep_reason: str | None = None     # why the rows stay, quoted in the reply


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    address: str  # normalised; execution re-checks rows against it
    steps: tuple[TableErasure, ...]

    @property
    def kept(self) -> tuple[TableErasure, ...]:
        return tuple(s for s in self.steps if s.action is Erasure.ANONYMISE)

    @property
    def empty(self) -> bool:
        return not any(s.keys for s in self.steps)


@dataclass(frozen=True, slots=True)
class TableOutcome:
    source: str
    table: str
    action: Erasure
    done: tuple[Key, ...]
    skipped: tuple[Key, ...]           # no longer about this address at execution
    keep_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ErasureReport:
    address: str
    outcomes: tuple[TableOutcome, ...]
    # Rows that matched at execution but were not in the approved plan (added since):
    # left alone, for staff to look at.
    unplanned: tuple[tuple[str, str, Key], ...] = ()


@dataclass(frozen=True, slots=True)
class ConsentChange:
    source: str
    table: str
    key: Key
    list_name: str | None
    column: str
    withdrawn_at: str | None   # ISO time written to the withdrawn column, if any


@dataclass(frozen=True, slots=True)
class FlagChange:
    source: str
    table: str
    key: Key
    kind: FlagKind
    column: str
    value: JsonScalar


@dataclass(frozen=True, slots=True)
class FieldChange:
    source: str
    table: str
    key: Key
    field: str
    column: str
    old: JsonScalar
    new: JsonScalar


@dataclass(frozen=True, slots=True)
class CorrectionPlan:
    address: str
    changes: tuple[FieldChange, ...]
    unknown_fields: tuple[str, ...] = ()   # asked for, but no table holds them
    unchanged: tuple[FieldChange, ...] = ()  # already hold the requested value


@dataclass(frozen=True, slots=True)
class CorrectionReport:
    applied: tuple[FieldChange, ...]
    # The row changed since the plan (or is no longer about the address): not written.
    conflicts: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class Reappearance:
    """A suppressed address found again in a source (re-imported, signed up again)."""

    hash: str
    source: str
    table: str
    key: Key


def to_json(value: object) -> Any:
    """A plan or report as JSON-ready lists and dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_json(v) for v in value]
    if isinstance(value, Mapping):
        return {k: to_json(v) for k, v in value.items()}
    return value


T = TypeVar("T")


def from_json(cls: type[T], raw: Any) -> T:
    """Rebuild a plan stored with `to_json`; the inverse for every class in this module."""
    builders: dict[str, Any] = {
        "steps": lambda v: tuple(from_json(TableErasure, s) for s in v),
        "outcomes": lambda v: tuple(from_json(TableOutcome, s) for s in v),
        "changes": lambda v: tuple(from_json(FieldChange, s) for s in v),
        "unchanged": lambda v: tuple(from_json(FieldChange, s) for s in v),
        "applied": lambda v: tuple(from_json(FieldChange, s) for s in v),
        "conflicts": lambda v: tuple(from_json(FieldChange, s) for s in v),
        "keys": lambda v: tuple(tuple(k) for k in v),
        "done": lambda v: tuple(tuple(k) for k in v),
        "skipped": lambda v: tuple(tuple(k) for k in v),
        "unplanned": lambda v: tuple((s, t, tuple(k)) for s, t, k in v),
        "key": tuple,
        "columns": tuple,
        "unknown_fields": tuple,
        "action": Erasure,
        "kind": FlagKind,
    }
    kwargs = {k: builders.get(k, lambda v: v)(v) for k, v in raw.items()}
    return cls(**kwargs)

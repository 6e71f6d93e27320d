"""Changes short of erasure: withdrawing consent, flags, and corrections.

Each runs in one transaction per source and matches the address inside it. All are
idempotent: a second unsubscribe or flag finds nothing left to change and says so
by returning no changes, which the handlers use to word the confirmation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.sources.addresses import ProviderRules
from bot.sources.records import (
    ConsentChange,
    CorrectionPlan,
    CorrectionReport,
    FieldChange,
    FlagChange,
    FlagKind,
    JsonScalar,
    Key,
    to_scalar,
)
from bot.sources.schema import BoundSource, BoundTable, guard, is_boolish, match

Clock = Callable[[], dt.datetime]


def unsubscribe(
    sources: tuple[BoundSource, ...], target: str, lists: list[str] | None,
    rules: ProviderRules, clock: Clock,
) -> list[ConsentChange]:
    """Withdraw consent (Art. 7(3)) on the named lists, or on every consent column."""
    changes: list[ConsentChange] = []
    now = clock()
    for source in sources:
        with guard(source.name), source.engine.begin() as conn:
            found = match(conn, source, target, rules)
            for bt in source.tables:
                tc = bt.config
                if tc.consent_column is None or (lists is not None
                                                  and tc.list_name not in lists):
                    continue
                consent = bt.column(tc.consent_column)
                off = False if is_boolish(consent) else None
                for row in found[bt.name]:
                    if row[tc.consent_column] in (None, False, 0):
                        continue  # already withdrawn: idempotent
                    values: dict[str, object] = {tc.consent_column: off}
                    stamp = None
                    if tc.withdrawn_column:
                        values[tc.withdrawn_column] = _stamp(bt.column(tc.withdrawn_column), now)
                        stamp = now.isoformat()
                    key = bt.key_of(row)
                    conn.execute(sa.update(bt.table).where(bt.where_key(key)).values(values))
                    changes.append(ConsentChange(source.name, bt.name, key, tc.list_name,
                                                 tc.consent_column, stamp))
    return changes


def set_flag(
    sources: tuple[BoundSource, ...], target: str, kind: FlagKind, value: bool,
    rules: ProviderRules, clock: Clock,
) -> list[FlagChange]:
    """Mark restriction (Art. 18) or objection (Art. 21) on every row that has the flag."""
    changes: list[FlagChange] = []
    now = clock()
    for source in sources:
        with guard(source.name), source.engine.begin() as conn:
            found = match(conn, source, target, rules)
            for bt in source.tables:
                name = (bt.config.restriction_column if kind is FlagKind.RESTRICTION
                        else bt.config.objection_column)
                if name is None:
                    continue
                column = bt.column(name)
                for row in found[bt.name]:
                    if _is_set(row[name]) == value:
                        continue  # a timestamp already set keeps its first date
                    new = value if is_boolish(column) else _stamp(column, now) if value else None
                    key = bt.key_of(row)
                    conn.execute(sa.update(bt.table).where(bt.where_key(key))
                                 .values({name: new}))
                    changes.append(FlagChange(source.name, bt.name, key, kind, name,
                                              to_scalar(new)))
    return changes


def _is_set(value: object) -> bool:
    return value not in (None, False, 0, "")


def _stamp(column: sa.Column[object], now: dt.datetime) -> object:
    if isinstance(column.type, sa.DateTime):
        return now
    if isinstance(column.type, sa.Date):
        return now.date()
    return now.isoformat()


def plan_correction(
    sources: tuple[BoundSource, ...], target: str, wanted: Mapping[str, JsonScalar],
    rules: ProviderRules,
) -> CorrectionPlan:
    """The diff old -> new per record for every field some table can correct (Art. 16)."""
    changes: list[FieldChange] = []
    unchanged: list[FieldChange] = []
    known: set[str] = set()
    for source in sources:
        with guard(source.name), source.engine.connect() as conn:
            found = match(conn, source, target, rules)
        for bt in source.tables:
            for field, new in wanted.items():
                column = bt.config.column_for(field)
                if column is None:
                    continue
                known.add(field)
                for row in found[bt.name]:
                    old = to_scalar(row[column])
                    change = FieldChange(source.name, bt.name, bt.key_of(row), field,
                                         column, old, new)
                    (unchanged if old == new else changes).append(change)
    unknown = tuple(f for f in wanted if f not in known)
    return CorrectionPlan(target, tuple(changes), unknown, tuple(unchanged))


def apply_correction(
    sources: tuple[BoundSource, ...], plan: CorrectionPlan, rules: ProviderRules
) -> CorrectionReport:
    applied: list[FieldChange] = []
    conflicts: list[FieldChange] = []
    for source in sources:
        mine = [c for c in plan.changes if c.source == source.name]
        if not mine:
            continue
        by_name = {bt.name: bt for bt in source.tables}
        with guard(source.name), source.engine.begin() as conn:
            found = match(conn, source, plan.address, rules)
            rows = {(n, by_name[n].key_of(r)): r for n, rs in found.items() for r in rs}
            for change in mine:
                row = rows.get((change.table, change.key))
                bt = by_name.get(change.table)
                # Written only if the row is still about the address and still holds the
                # value staff saw: otherwise someone changed it since, and staff decide.
                if bt is None or row is None or to_scalar(row[change.column]) != change.old:
                    conflicts.append(change)
                    continue
                _write(conn, bt, change.key, change.column, change.new)
                applied.append(change)
    return CorrectionReport(tuple(applied), tuple(conflicts))


def _write(conn: Connection, bt: BoundTable, key: Key, column: str, value: JsonScalar) -> None:
    conn.execute(sa.update(bt.table).where(bt.where_key(key)).values({column: value}))

"""Erasure (GDPR Art. 17): a plan staff approve, then its execution, per source.

The deletion handler drafts the reply from the plan (what goes, what stays and why),
the case stores it while it waits for approval, and only the approved plan runs. The
plan can be days old by then, so execution matches the address again inside the
transaction and touches only rows that are both planned and still about the address;
rows that appeared since are reported, not touched (staff approved a different list).
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.sources.addresses import ProviderRules
from bot.sources.config import Erasure
from bot.sources.records import ErasurePlan, ErasureReport, Key, TableErasure, TableOutcome
from bot.sources.schema import (
    BoundSource,
    BoundTable,
    anonymised_columns,
    anonymous_value,
    guard,
    match,
)


def plan(sources: tuple[BoundSource, ...], target: str, rules: ProviderRules) -> ErasurePlan:
    steps: list[TableErasure] = []
    for source in sources:
        with guard(source.name), source.engine.connect() as conn:
            found = match(conn, source, target, rules)
        for bt in source.erasure_order():
            keys = tuple(bt.key_of(row) for row in found[bt.name])
            if keys:
                steps.append(_step(bt, keys))
    return ErasurePlan(address=target, steps=tuple(steps))


def _step(bt: BoundTable, keys: tuple[Key, ...]) -> TableErasure:
    tc = bt.config
    if tc.erasure is Erasure.DELETE:
        return TableErasure(bt.source, bt.name, Erasure.DELETE, keys)
    return TableErasure(bt.source, bt.name, Erasure.ANONYMISE, keys,
                        columns=anonymised_columns(tc), keep_reason=tc.keep_reason)


def execute(
    sources: tuple[BoundSource, ...], erasure: ErasurePlan, rules: ProviderRules
) -> ErasureReport:
    outcomes: list[TableOutcome] = []
    unplanned: list[tuple[str, str, Key]] = []
    for source in sources:
        steps = [s for s in erasure.steps if s.source == source.name]
        if not steps:
            continue
        # One transaction per source: a source is erased completely or not at all.
        with guard(source.name), source.engine.begin() as conn:
            done, missed = _execute_source(conn, source, steps, erasure.address, rules)
        outcomes += done
        unplanned += missed
    return ErasureReport(erasure.address, tuple(outcomes), tuple(unplanned))


def _execute_source(
    conn: Connection,
    source: BoundSource,
    steps: list[TableErasure],
    target: str,
    rules: ProviderRules,
) -> tuple[list[TableOutcome], list[tuple[str, str, Key]]]:
    by_name = {bt.name: bt for bt in source.tables}
    found = match(conn, source, target, rules)
    current = {name: {by_name[name].key_of(r) for r in rows} for name, rows in found.items()}
    planned = {s.table: set(s.keys) for s in steps}
    missed = [(source.name, name, key) for name, keys in current.items()
              for key in sorted(keys - planned.get(name, set()), key=repr)]
    outcomes = []
    order = {bt.name: i for i, bt in enumerate(source.erasure_order())}
    for step in sorted(steps, key=lambda s: order.get(s.table, -1)):
        bt = by_name.get(step.table)
        live = current.get(step.table, set())
        done = tuple(k for k in step.keys if k in live)
        skipped = tuple(k for k in step.keys if k not in live)
        if bt is not None:
            for key in done:
                _erase_row(conn, bt, step, key)
        outcomes.append(TableOutcome(source.name, step.table, step.action, done, skipped,
                                     step.keep_reason))
    return outcomes, missed


def _erase_row(conn: Connection, bt: BoundTable, step: TableErasure, key: Key) -> None:
    if step.action is Erasure.DELETE:
        conn.execute(sa.delete(bt.table).where(bt.where_key(key)))
        return
    # Columns come from the plan, checked against the table: never a name from elsewhere.
    values = {c: anonymous_value(bt.column(c)) for c in step.columns if c in bt.table.columns}
    conn.execute(sa.update(bt.table).where(bt.where_key(key)).values(values))

"""`Sources`: the company's databases as the handlers see them.

Handlers plan; the runner calls these methods after the case is committed and, for
anything that discloses or changes data, after staff approval. Every method takes
the address as the requester wrote it and normalises it itself. One SQLAlchemy engine
per source, tables reflected once at start, SQL only through SQLAlchemy Core with
table and column names taken from the configuration.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Self

import sqlalchemy as sa

from bot.sources import erasure, updates
from bot.sources.addresses import DEFAULT_RULES, ProviderRules, address_hash, normalise
from bot.sources.config import RegisterEntry, SourceConfig, processing_register
from bot.sources.records import (
    ConsentChange,
    CorrectionPlan,
    CorrectionReport,
    ErasurePlan,
    ErasureReport,
    FlagChange,
    FlagKind,
    JsonScalar,
    Reappearance,
    Record,
    Row,
)
from bot.sources.schema import BoundSource, bind, guard, match, records

#: What an access export shows in place of a withheld column's value.
WITHHELD = "(withheld for security: Art. 15(4) GDPR)"


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Sources:
    """Connected data sources; build once at start, `close()` at the end."""

    def __init__(
        self,
        configs: tuple[SourceConfig, ...],
        rules: ProviderRules = DEFAULT_RULES,
        clock: updates.Clock = utc_now,
        where: str = "sources",
    ) -> None:
        self.configs = configs
        self.rules = rules
        self._clock = clock
        bound: list[BoundSource] = []
        try:
            for i, config in enumerate(configs):
                bound.append(bind(config, f"{where}[{i}]"))
        except BaseException:
            for source in bound:
                source.engine.dispose()
            raise
        self._sources = tuple(bound)

    def close(self) -> None:
        for source in self._sources:
            source.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def register(self) -> tuple[RegisterEntry, ...]:
        """The processing register, per table, for the Art. 15(1) part of an access reply."""
        return processing_register(self.configs)

    def lists(self) -> tuple[str, ...]:
        """The names withdraw_consent may give (`list_name` of the consent tables)."""
        names = (t.list_name for c in self.configs for t in c.tables if t.list_name)
        return tuple(dict.fromkeys(names))

    def find(self, address: str) -> tuple[Record, ...]:
        """Every row about the address, in config order (source, then table)."""
        target = normalise(address, self.rules)
        found: list[Record] = []
        for source in self._sources:
            with guard(source.name), source.engine.connect() as conn:
                found += records(source, match(conn, source, target, self.rules))
        return tuple(found)

    def export(self, address: str) -> dict[str, list[Row]]:
        """Access (Art. 15): every column of every record, keyed "source.table";
        a `withheld_columns` value is replaced by WITHHELD (the column is still named).

        Keyed with the source because two sources may both have a `contacts` table.
        Tables without rows are left out.
        """
        withheld = {(c.name, t.table): t.withheld_columns
                    for c in self.configs for t in c.tables if t.withheld_columns}
        exported: dict[str, list[Row]] = {}
        for record in self.find(address):
            row = dict(record.values)
            for column in withheld.get((record.source, record.table), ()):
                if column in row:
                    row[column] = WITHHELD
            exported.setdefault(f"{record.source}.{record.table}", []).append(row)
        return exported

    def export_provided(self, address: str) -> dict[str, list[Row]]:
        """Portability (Art. 20): only the `provided_columns`, tables without them left out."""
        provided = {(c.name, t.table): t.provided_columns
                    for c in self.configs for t in c.tables if t.provided_columns}
        exported: dict[str, list[Row]] = {}
        for record in self.find(address):
            columns = provided.get((record.source, record.table))
            if columns:
                row = {c: record.values.get(c) for c in columns}
                exported.setdefault(f"{record.source}.{record.table}", []).append(row)
        return exported

    def plan_erasure(self, address: str) -> ErasurePlan:
        """What erasure would do; nothing changes. Store it with the case for approval."""
        return erasure.plan(self._sources, normalise(address, self.rules), self.rules)

    def execute_erasure(self, plan: ErasurePlan) -> ErasureReport:
        """Carry out an approved plan: one transaction per source, rows re-checked."""
        return erasure.execute(self._sources, plan, self.rules)

    def unsubscribe(self, address: str, lists: list[str] | None = None) -> list[ConsentChange]:
        """Withdraw consent on `lists` (all consent tables if None); idempotent."""
        target = normalise(address, self.rules)
        return updates.unsubscribe(self._sources, target, lists, self.rules, self._clock)

    def set_flag(
        self, address: str, kind: FlagKind | str, value: bool = True
    ) -> list[FlagChange]:
        """Set (or clear) the restriction or objection flag wherever it is configured."""
        target = normalise(address, self.rules)
        return updates.set_flag(self._sources, target, FlagKind(kind), value, self.rules,
                                self._clock)

    def plan_correction(
        self, address: str, changes: Mapping[str, JsonScalar]
    ) -> CorrectionPlan:
        """The diff for fields named as in `correctable_columns` (e.g. name, phone)."""
        target = normalise(address, self.rules)
        return updates.plan_correction(self._sources, target, changes, self.rules)

    def apply_correction(self, plan: CorrectionPlan) -> CorrectionReport:
        return updates.apply_correction(self._sources, plan, self.rules)

    def reappearing(self, suppressed_hashes: set[str], key: bytes) -> list[Reappearance]:
        """Rows whose address is on the suppression list: re-imported or signed up again.

        The list holds only keyed hashes, so this is the one method that reads every
        address column whole (primary key and address columns only, streamed).
        """
        if not suppressed_hashes:
            return []
        found: list[Reappearance] = []
        for source in self._sources:
            with guard(source.name), source.engine.connect() as conn:
                for bt in source.tables:
                    emails = bt.config.email_columns
                    if not emails:
                        continue
                    query = sa.select(*bt.pk, *(bt.column(c) for c in emails))
                    rows = conn.execution_options(yield_per=1000).execute(query).mappings()
                    for row in rows:
                        hashes = {address_hash(row[c], key, self.rules)
                                  for c in emails if isinstance(row[c], str) and row[c]}
                        for h in sorted(hashes & suppressed_hashes):
                            found.append(Reappearance(h, source.name, bt.name, bt.key_of(row)))
        return found

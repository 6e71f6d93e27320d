"""Configured tables bound to reflected database tables, and finding a person's rows.

Matching (what `find`, erasure and every change share): an address is normalised
(`bot.sources.addresses`), then each email column is compared in SQL on
`lower(trim(column))`:
- for providers where spelling does not matter (example.org) by equality, which a
  functional index on `lower(trim(email))` serves;
- for providers that ignore "+tags" or dots (gmail.com, outlook.com) by a LIKE
  prefilter built from the normalised local part with a wildcard between its
  characters (`j%o%h%n%d%o%e%@gmail.com`), over every domain spelling of the provider.
Candidates are then normalised in Python and kept only if equal, so the SQL only
narrows and never decides. Tables are never read whole, except by `reappearing`
(it only has hashes). Known gap: SQLite's lower() folds ASCII only, so an address with
upper-case non-ASCII letters stored in SQLite is found only in the exact stored case.

Rows of a table configured with `via` are found through the matched rows of its
parent table (CRM notes through their contact).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine, RowMapping
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchTableError, SQLAlchemyError

from bot.errors import ConfigError, SystemFault
from bot.sources.addresses import ProviderRules, ignores_spelling, normalise
from bot.sources.config import Erasure, SourceConfig, TableConfig
from bot.sources.records import JsonScalar, Key, Record, to_scalar

ANONYMISED = "anonymised"


@dataclass(frozen=True, slots=True)
class BoundTable:
    source: str
    config: TableConfig
    table: sa.Table

    @property
    def name(self) -> str:
        return self.config.table

    @property
    def pk(self) -> tuple[sa.Column[object], ...]:
        return tuple(self.table.primary_key.columns)

    def key_of(self, row: RowMapping) -> Key:
        return tuple(to_scalar(row[c.name]) for c in self.pk)

    def where_key(self, key: Key) -> sa.ColumnElement[bool]:
        return sa.and_(*(c == v for c, v in zip(self.pk, key, strict=True)))

    def record(self, row: RowMapping) -> Record:
        values = {c.name: to_scalar(row[c.name]) for c in self.table.columns}
        return Record(self.source, self.name, self.key_of(row), values)

    def column(self, name: str) -> sa.Column[object]:
        return self.table.columns[name]


@dataclass(frozen=True, slots=True)
class BoundSource:
    config: SourceConfig
    engine: Engine
    tables: tuple[BoundTable, ...]  # in config order

    @property
    def name(self) -> str:
        return self.config.name

    def erasure_order(self) -> tuple[BoundTable, ...]:
        # Children (via) first: their rows are found through the parent, and a foreign
        # key would refuse to delete a parent that still has children.
        return tuple(sorted(self.tables, key=lambda t: t.config.via is None))


def bind(config: SourceConfig, where: str) -> BoundSource:
    """Connect and reflect one source; a mismatch with the config is a ConfigError."""
    try:
        engine = sa.create_engine(config.url)
    except (ArgumentError, ImportError) as exc:
        # Typically the database driver is not installed (pymysql, psycopg2, ...).
        raise ConfigError(f"{where}.url: cannot use this database URL "
                          f"({type(exc).__name__}: {exc})") from None
    if engine.dialect.name == "sqlite":
        # SQLite ignores foreign keys unless asked; we want the same refusals as PostgreSQL.
        sa.event.listen(engine, "connect", _sqlite_foreign_keys)
    metadata = sa.MetaData()
    tables = []
    with guard(config.name):
        for i, tc in enumerate(config.tables):
            at = f"{where}.tables[{i}]"
            try:
                table = sa.Table(tc.table, metadata, autoload_with=engine)
            except NoSuchTableError:
                raise ConfigError(f"{at}.table: no table {tc.table!r} in source "
                                  f"{config.name!r}") from None
            _check_columns(tc, table, at)
            tables.append(BoundTable(config.name, tc, table))
    for i, bt in enumerate(tables):
        via = bt.config.via
        if via and via.references not in metadata.tables[via.table].columns:
            raise ConfigError(f"{where}.tables[{i}].via.references: no column "
                              f"{via.references!r} in table {via.table!r}")
    return BoundSource(config, engine, tuple(tables))


def _sqlite_foreign_keys(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _check_columns(tc: TableConfig, table: sa.Table, where: str) -> None:
    for name in tc.columns_named():
        if name not in table.columns:
            raise ConfigError(f"{where}: no column {name!r} in table {tc.table!r}")
    if not table.primary_key.columns:
        raise ConfigError(f"{where}.table: table {tc.table!r} has no primary key; "
                          "rows must be addressable to be planned and re-checked")
    if tc.erasure is Erasure.ANONYMISE:
        for name in anonymised_columns(tc):
            col = table.columns[name]
            if not is_text(col) and not col.nullable:
                raise ConfigError(f"{where}.anonymise_columns: {name!r} is neither text "
                                  "nor nullable, so it cannot be anonymised")
    if tc.consent_column:
        col = table.columns[tc.consent_column]
        if not is_boolish(col) and not col.nullable:
            raise ConfigError(f"{where}.consent_column: {tc.consent_column!r} must be "
                              "boolean/integer or nullable to record a withdrawal")


def anonymised_columns(tc: TableConfig) -> tuple[str, ...]:
    # The address itself always goes: a kept row must no longer point at the person.
    return tuple(dict.fromkeys((*tc.email_columns, *tc.anonymise_columns)))


def anonymous_value(col: sa.Column[object]) -> JsonScalar:
    if is_text(col):
        length = getattr(col.type, "length", None)
        return ANONYMISED[:length] if length else ANONYMISED
    return None


def is_text(col: sa.Column[object]) -> bool:
    return isinstance(col.type, sa.String)


def is_boolish(col: sa.Column[object]) -> bool:
    return isinstance(col.type, (sa.Boolean, sa.Integer))


@contextmanager
def guard(source: str) -> Iterator[None]:
    """Database failures as SystemFault, one line, no URL (it may hold a password)."""
    try:
        yield
    except (ConfigError, SystemFault):
        raise
    except DBAPIError as exc:
        detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise SystemFault(f"source {source!r}: {detail}") from exc
    except SQLAlchemyError as exc:
        raise SystemFault(f"source {source!r}: {type(exc).__name__}") from exc


def address_condition(
    columns: Sequence[sa.Column[object]], target: str, rules: ProviderRules
) -> sa.ColumnElement[bool]:
    """SQL that keeps every row whose address columns may be `target` (a superset)."""
    lowered = [sa.func.lower(sa.func.trim(c)) for c in columns]
    if not ignores_spelling(target, rules):
        return sa.or_(*(value == target for value in lowered))
    local, _, domain = target.rpartition("@")
    if domain in rules.ignore_dots:
        stem = "%".join(_escape_like(ch) for ch in local)
    else:
        stem = _escape_like(local)
    patterns = [f"{stem}%@{_escape_like(d)}" for d in rules.spellings_of(domain)]
    return sa.or_(*(value.like(p, escape="\\") for value in lowered for p in patterns))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def match(
    conn: Connection, source: BoundSource, target: str, rules: ProviderRules
) -> dict[str, list[RowMapping]]:
    """Every row of the source about the normalised address, per table name."""
    found: dict[str, list[RowMapping]] = {bt.name: [] for bt in source.tables}
    if "@" not in target.strip("@"):
        return found  # junk or empty: it must not match empty or junk columns
    for bt in source.tables:  # email tables first, so a via table finds its parents
        if bt.config.email_columns:
            columns = [bt.column(c) for c in bt.config.email_columns]
            query = sa.select(bt.table).where(address_condition(columns, target, rules))
            found[bt.name] = [
                row for row in conn.execute(query).mappings()
                if any(_is(row[c], target, rules) for c in bt.config.email_columns)
            ]
    for bt in source.tables:
        via = bt.config.via
        if via is None:
            continue
        parents = {row[via.references] for row in found.get(via.table, [])} - {None}
        if not parents:
            found[bt.name] = []
            continue
        query = sa.select(bt.table).where(bt.column(via.column).in_(sorted(parents)))
        found[bt.name] = list(conn.execute(query).mappings())
    return {bt.name: found[bt.name] for bt in source.tables}


def _is(value: object, target: str, rules: ProviderRules) -> bool:
    return isinstance(value, str) and normalise(value, rules) == target


def records(source: BoundSource, found: dict[str, list[RowMapping]]) -> list[Record]:
    by_name = {bt.name: bt for bt in source.tables}
    return [by_name[name].record(row) for name, rows in found.items() for row in rows]

"""Data sources as typed values, read from the `sources` key of settings.yaml.

Where this sits: `bot/app.py` hands the YAML-loaded `sources` list to `parse_sources`
and builds `bot.sources.Sources` from the result. Nothing is connected here; checks
that need the database (tables and columns exist, a primary key) run when `Sources`
is built, and fail with the same one-line `ConfigError`.

YAML shape (every key but `name`, `url`, `tables`, `table` and an address column is
optional; unknown keys are errors):

    sources:
      - name: crm                                   # unique; used in reports and exports
        url: ${CRM_DATABASE_URL}                    # any SQLAlchemy URL, e.g.
                                                    # sqlite:///var/lib/privacy-bot/crm.sqlite
                                                    # postgresql+psycopg2://bot:pw@db/crm
        tables:
          - table: contacts
            email_columns: [email, email_alt]       # or one name: email_columns: email
            erasure: delete                         # delete (default) | anonymise
            restriction_column: restricted          # bool/int set, or timestamp stamped
            objection_column: objected_at
            provided_columns: [email, first_name, last_name, phone]   # portability
            withheld_columns: [password_hash]       # exported as a marker, never the value
            correctable_columns: {name: last_name, phone: phone}     # field -> column
            purpose: customer relationship management                 # Art. 15(1)(a)
            legal_basis: legitimate interest, Art. 6(1)(f) GDPR
            recipients: [CRM hosting provider]                        # Art. 15(1)(c)
            retention: 3 years after the last contact                 # Art. 15(1)(d)
            origin: the data subject                                  # Art. 15(1)(g)
          - table: notes                            # rows found through their contact
            via: {table: contacts, column: contact_id, references: id}
      - name: shop
        url: sqlite:///var/lib/privacy-bot/shop.sqlite
        tables:
          - table: invoices
            email_columns: billing_email
            erasure: anonymise                      # the row stays, these columns go
            anonymise_columns: [billing_name, billing_street]   # email columns always do
            keep_reason: "Belgian accounting law keeps invoices 7 years (art. III.86 WER)"
      - name: newsletter
        url: sqlite:///var/lib/privacy-bot/newsletter.sqlite
        tables:
          - table: subscribers
            email_columns: email
            consent_column: subscribed              # bool set false, or timestamp cleared
            withdrawn_column: unsubscribed_at       # stamped when consent is withdrawn
            list_name: newsletter                   # what withdraw_consent may name
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.errors import ConfigError


class Erasure(StrEnum):
    DELETE = "delete"
    ANONYMISE = "anonymise"


@dataclass(frozen=True, slots=True)
class Link:
    """Rows of this table belong to the person whose `table` row they reference."""

    table: str
    column: str
    references: str


@dataclass(frozen=True, slots=True)
class TableConfig:
    table: str
    email_columns: tuple[str, ...] = ()
    via: Link | None = None
    erasure: Erasure = Erasure.DELETE
    anonymise_columns: tuple[str, ...] = ()
    keep_reason: str | None = None
    consent_column: str | None = None
    withdrawn_column: str | None = None
    list_name: str | None = None
    restriction_column: str | None = None
    objection_column: str | None = None
    provided_columns: tuple[str, ...] = ()
    #: Security data (password hashes, tokens): an access export names the column
    #: and says it is withheld (Art. 15(4)) instead of giving the value.
    withheld_columns: tuple[str, ...] = ()
    correctable_columns: tuple[tuple[str, str], ...] = ()
    purpose: str | None = None
    legal_basis: str | None = None
    recipients: tuple[str, ...] = ()
    retention: str | None = None
    origin: str | None = None

    def column_for(self, field: str) -> str | None:
        return dict(self.correctable_columns).get(field)

    def columns_named(self) -> tuple[str, ...]:
        """Every column this config names, to check against the reflected table."""
        named = [*self.email_columns, *self.anonymise_columns, *self.provided_columns,
                 *self.withheld_columns]
        named += [c for _, c in self.correctable_columns]
        optional = (self.consent_column, self.withdrawn_column,
                    self.restriction_column, self.objection_column)
        named += [c for c in optional if c]
        if self.via:
            named.append(self.via.column)
        return tuple(dict.fromkeys(named))


@dataclass(frozen=True, slots=True)
class SourceConfig:
    name: str
    url: str
    tables: tuple[TableConfig, ...]


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    """One line of the processing register (GDPR Art. 30), quoted per Art. 15(1)."""

    source: str
    table: str
    purpose: str | None
    legal_basis: str | None
    recipients: tuple[str, ...]
    retention: str | None
    origin: str | None


def processing_register(sources: tuple[SourceConfig, ...]) -> tuple[RegisterEntry, ...]:
    return tuple(
        RegisterEntry(s.name, t.table, t.purpose, t.legal_basis, t.recipients,
                      t.retention, t.origin)
        for s in sources for t in s.tables
    )


_SOURCE_KEYS = frozenset({"name", "url", "tables"})
_TABLE_KEYS = frozenset(TableConfig.__dataclass_fields__)
_LINK_KEYS = frozenset({"table", "column", "references"})


def parse_sources(raw: object, where: str = "sources") -> tuple[SourceConfig, ...]:
    """Validate the YAML-loaded `sources` list (a single mapping is taken as one source)."""
    if isinstance(raw, dict):
        raw = [raw]
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: expected a list of sources, got {type(raw).__name__}")
    sources = tuple(_source(item, f"{where}[{i}]") for i, item in enumerate(raw))
    seen: set[str] = set()
    for i, source in enumerate(sources):
        if source.name in seen:
            raise ConfigError(f"{where}[{i}].name: duplicate source name {source.name!r}")
        seen.add(source.name)
    return sources


def _source(raw: object, where: str) -> SourceConfig:
    item = _mapping(raw, where, _SOURCE_KEYS)
    name = _text(item.get("name"), f"{where}.name")
    url = _text(item.get("url"), f"{where}.url")
    try:
        make_url(url)
    except ArgumentError:
        # The URL may carry a password: say where it is wrong, never what it holds.
        raise ConfigError(f"{where}.url: not a valid SQLAlchemy database URL") from None
    tables_raw = item.get("tables")
    if not isinstance(tables_raw, list) or not tables_raw:
        raise ConfigError(f"{where}.tables: expected a non-empty list of tables")
    tables = tuple(_table(t, f"{where}.tables[{i}]") for i, t in enumerate(tables_raw))
    by_name: dict[str, TableConfig] = {}
    for i, table in enumerate(tables):
        if table.table in by_name:
            raise ConfigError(f"{where}.tables[{i}].table: duplicate table {table.table!r}")
        by_name[table.table] = table
    for i, table in enumerate(tables):
        if table.via is None:
            continue
        parent = by_name.get(table.via.table)
        if parent is None or not parent.email_columns:
            raise ConfigError(
                f"{where}.tables[{i}].via.table: {table.via.table!r} must be another table "
                "of this source with email_columns"
            )
    return SourceConfig(name=name, url=url, tables=tables)


def _table(raw: object, where: str) -> TableConfig:
    item = _mapping(raw, where, _TABLE_KEYS)
    opt = {k: _optional_text(item.get(k), f"{where}.{k}") for k in (
        "keep_reason", "consent_column", "withdrawn_column", "list_name",
        "restriction_column", "objection_column", "purpose", "legal_basis",
        "retention", "origin")}
    emails = _names(item.get("email_columns"), f"{where}.email_columns")
    via = _link(item.get("via"), f"{where}.via")
    if bool(emails) == bool(via):
        raise ConfigError(f"{where}: give exactly one of email_columns or via")
    try:
        erasure = Erasure(str(item.get("erasure", "delete")))
    except ValueError:
        raise ConfigError(f"{where}.erasure: expected 'delete' or 'anonymise'") from None
    if erasure is Erasure.ANONYMISE and not opt["keep_reason"]:
        raise ConfigError(f"{where}.keep_reason: required with erasure: anonymise "
                          "(the reply must say why the rows stay)")
    if erasure is Erasure.DELETE and (opt["keep_reason"] or item.get("anonymise_columns")):
        raise ConfigError(f"{where}.erasure: keep_reason and anonymise_columns need "
                          "erasure: anonymise")
    withheld = _names(item.get("withheld_columns"), f"{where}.withheld_columns")
    clash = set(withheld) & {*emails, *_names(item.get("provided_columns"), f"{where}.provided_columns")}
    if clash:
        raise ConfigError(f"{where}.withheld_columns: {sorted(clash)[0]!r} is also an address or "
                          "provided column")
    for dependent in ("withdrawn_column", "list_name"):
        if opt[dependent] and not opt["consent_column"]:
            raise ConfigError(f"{where}.{dependent}: needs consent_column")
    return TableConfig(
        table=_text(item.get("table"), f"{where}.table"),
        email_columns=emails,
        via=via,
        erasure=erasure,
        anonymise_columns=_names(item.get("anonymise_columns"), f"{where}.anonymise_columns"),
        provided_columns=_names(item.get("provided_columns"), f"{where}.provided_columns"),
        withheld_columns=withheld,
        correctable_columns=_pairs(item.get("correctable_columns"),
                                   f"{where}.correctable_columns"),
        recipients=_names(item.get("recipients"), f"{where}.recipients"),
        **opt,
    )


def _link(raw: object, where: str) -> Link | None:
    if raw is None:
        return None
    item = _mapping(raw, where, _LINK_KEYS)
    return Link(*(_text(item.get(k), f"{where}.{k}") for k in ("table", "column", "references")))


def _mapping(raw: object, where: str, allowed: frozenset[str]) -> Mapping[str, object]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping, got {type(raw).__name__}")
    unknown = sorted(str(k) for k in raw if k not in allowed)
    if unknown:
        raise ConfigError(f"{where}.{unknown[0]}: unknown key "
                          f"(expected one of: {', '.join(sorted(allowed))})")
    return raw


def _text(raw: object, where: str) -> str:
    if not isinstance(raw, str) or not raw.strip():
        what = "missing" if raw is None else f"expected text, got {type(raw).__name__}"
        raise ConfigError(f"{where}: {what}")
    return raw.strip()


def _optional_text(raw: object, where: str) -> str | None:
    return None if raw is None else _text(raw, where)


def _names(raw: object, where: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: expected a name or a list of names")
    return tuple(_text(v, f"{where}[{i}]") for i, v in enumerate(raw))


def _pairs(raw: object, where: str) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping of field to column")
    return tuple((_text(k, where), _text(v, f"{where}.{k}")) for k, v in raw.items())

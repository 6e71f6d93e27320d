"""The sample company: invented data for `privacy-bot demo` and the tests.

A small Belgian web shop with four sources: a CRM (contacts, notes, interactions), a
newsletter list with consent timestamps, website accounts and contact-form messages,
and a shop whose orders and invoices must be kept 7 years (so erasure anonymises
them). A few hundred invented people, some in several sources under several
spellings of their address; the known people below are the ones to write with.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa

from bot.sources.config import SourceConfig
from bot.sources.sample_company.fill import fill
from bot.sources.sample_company.people import (
    ALICE,
    BOB,
    CHLOE,
    JAN,
    KNOWN_PEOPLE,
    LENA,
    NOBODY,
    SamplePerson,
)
from bot.sources.sample_company.tables import (
    ACCOUNTING_REASON,
    SOURCE_NAMES,
    sample_configs,
    sample_register,
    schema,
)

__all__ = [
    "ACCOUNTING_REASON", "ALICE", "BOB", "CHLOE", "JAN", "KNOWN_PEOPLE", "LENA", "NOBODY",
    "SOURCE_NAMES", "SamplePerson", "build_sample_company", "load_sample_company",
    "sample_configs", "sample_register",
]

CROWD = 300


def load_sample_company(
    urls: Mapping[str, str], seed: int = 7, crowd: int = CROWD
) -> tuple[SourceConfig, ...]:
    """(Re)create the sample tables at `urls` (source name -> SQLAlchemy URL) and fill them.

    Existing sample tables there are dropped first, so a rebuild is identical.
    Sources may share one database: their table names differ.
    """
    metas = schema()
    engines = {name: sa.create_engine(urls[name]) for name in SOURCE_NAMES}
    try:
        for name in reversed(SOURCE_NAMES):
            metas[name].drop_all(engines[name])
        for name in SOURCE_NAMES:
            metas[name].create_all(engines[name])
        fill(engines, metas, seed, crowd)
    finally:
        for engine in engines.values():
            engine.dispose()
    return sample_configs(urls)


def build_sample_company(path: Path, seed: int = 7) -> tuple[SourceConfig, ...]:
    """One SQLite file per source in the folder `path` (crm.sqlite, shop.sqlite, ...)."""
    path.mkdir(parents=True, exist_ok=True)
    urls = {name: f"sqlite:///{(path / f'{name}.sqlite').resolve()}" for name in SOURCE_NAMES}
    return load_sample_company(urls, seed)

"""The company's data sources: where handlers' plans meet the databases.

Where this sits in the flow: after a request is verified, a handler asks `Sources`
what the company holds (`find`, `export`, `plan_erasure`, `plan_correction`) and
drafts a reply; after staff approve, the runner calls the executing methods
(`execute_erasure`, `apply_correction`, `unsubscribe`, `set_flag`). The suppression
list keeps only `address_hash` of an erased address, and `Sources.reappearing`
reports such addresses found again.

    config.py      SourceConfig / TableConfig, parse_sources (the settings shape)
    addresses.py   normalise, address_hash, ProviderRules
    records.py     Record, plans and reports (JSON scalars, to_json / from_json)
    schema.py      binding configs to reflected tables; matching an address
    erasure.py     plan and execute erasure
    updates.py     consent withdrawal, flags, corrections
    database.py    Sources, the facade the handlers use
    sample_company.py   the invented company of the demo and the tests
"""

from bot.sources.addresses import (
    DEFAULT_RULES,
    ProviderRules,
    address_hash,
    normalise,
    parse_provider_rules,
)
from bot.sources.config import (
    Erasure,
    Link,
    RegisterEntry,
    SourceConfig,
    TableConfig,
    parse_sources,
    processing_register,
)
from bot.sources.database import Sources
from bot.sources.records import (
    ConsentChange,
    CorrectionPlan,
    CorrectionReport,
    ErasurePlan,
    ErasureReport,
    FieldChange,
    FlagChange,
    FlagKind,
    Reappearance,
    Record,
    TableErasure,
    TableOutcome,
    from_json,
    to_json,
)

__all__ = [
    "DEFAULT_RULES",
    "ConsentChange",
    "CorrectionPlan",
    "CorrectionReport",
    "Erasure",
    "ErasurePlan",
    "ErasureReport",
    "FieldChange",
    "FlagChange",
    "FlagKind",
    "Link",
    "ProviderRules",
    "Reappearance",
    "Record",
    "RegisterEntry",
    "SourceConfig",
    "Sources",
    "TableConfig",
    "TableErasure",
    "TableOutcome",
    "address_hash",
    "from_json",
    "normalise",
    "parse_provider_rules",
    "parse_sources",
    "processing_register",
    "to_json",
]

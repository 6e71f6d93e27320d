"""What every request handler speaks: the request, planned effects, results.

Where this sits in the flow: a verified case becomes a `Request`; each handler the
case's categories name turns it into a `HandlerPlan` (reads only: the plan waits in
the case store, as JSON, for staff approval); after approval the runner calls
`execute`, which carries out exactly the planned `Effect`s and returns a
`HandlerResult` for the reply and the case log. Handlers never send mail: an effect
`notify_staff` is for the app's outbox.

Values here are plain (str, int, bool, lists, dicts) so that a plan survives the
store and the reply templates (Jinja2, sandboxed) see nothing but data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Protocol

from bot.categories import Category
from bot.handlers.suppression import Suppression
from bot.sources import Sources

#: The kinds of change a plan may hold; the runner refuses any other.
EFFECT_KINDS = frozenset(
    {"erase", "unsubscribe", "flag", "correct", "export", "suppress", "notify_staff"}
)

#: The reply section used when a handler found nothing about the address. Only ever
#: rendered after verification (the app guarantees that), never for the categories
#: that skip verification (withdraw_consent, complaint), which say the same to anyone.
NO_DATA = "no_data"


@dataclass(frozen=True, slots=True)
class Effect:
    """One planned change; `payload` is JSON-able and carried out only after approval."""

    kind: str
    payload: dict[str, Any]

    def __post_init__(self) -> None:
        if self.kind not in EFFECT_KINDS:
            raise ValueError(f"unknown effect kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class HandlerPlan:
    category: str
    effects: tuple[Effect, ...]
    summary: dict[str, Any]     # what staff see as "planned changes"
    section: str                # outcome section of the reply; "" = no reply (other)
    values: dict[str, Any]      # values for that section
    needs_approval: bool = True

    def effects_of(self, kind: str) -> tuple[Effect, ...]:
        return tuple(e for e in self.effects if e.kind == kind)


@dataclass(frozen=True, slots=True)
class HandlerResult:
    category: str
    done: tuple[str, ...]       # for the case log: counts and table names, no personal data
    values: dict[str, Any]      # values for the reply section after execution
    files: tuple[Path, ...] = ()  # exports to deliver (the app makes the download link)
    section: str = ""           # the reply section; "" = no reply


@dataclass(frozen=True, slots=True)
class Request:
    """What a handler knows of a case."""

    case_id: str
    address: str                # the verified From address, never Reply-To or the body
    language: str
    categories: tuple[str, ...]
    text: str                   # the mail body
    received_at: datetime
    related_cases: tuple[str, ...] = ()  # earlier cases of this sender (complaints cite them)


@dataclass(frozen=True, slots=True)
class ExecContext:
    now: datetime
    export_dir: Path
    suppression: Suppression
    secret_key: bytes           # keys the suppression hash (HMAC), never stored beside it


class Handler(Protocol):
    category: ClassVar[Category]
    description: ClassVar[str]

    def plan(self, request: Request, sources: Sources) -> HandlerPlan:
        """Reads only, never changes data."""
        ...

    def execute(self, plan: HandlerPlan, sources: Sources, ctx: ExecContext) -> HandlerResult:
        ...


def no_data_plan(category: Category, effects: tuple[Effect, ...] = ()) -> HandlerPlan:
    """The plan of a handler that found nothing: it says so, and changes nothing else."""
    return HandlerPlan(
        category=str(category),
        effects=effects,
        summary={"found": 0, "note": "no records about this address in any source"},
        section=NO_DATA,
        values={"request": str(category)},
        needs_approval=True,
    )


def no_data_result(plan: HandlerPlan, done: tuple[str, ...] = ()) -> HandlerResult:
    return HandlerResult(plan.category, done or ("no records found",), dict(plan.values),
                         section=NO_DATA)


def payload_address(plan: HandlerPlan, kind: str) -> str:
    """The address a plan's effect acts on (set at planning, from the verified sender)."""
    for effect in plan.effects_of(kind):
        address = effect.payload.get("address")
        if isinstance(address, str) and address:
            return address
    raise ValueError(f"plan for {plan.category} has no {kind} effect with an address")

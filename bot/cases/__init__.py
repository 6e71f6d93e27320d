"""Cases: the state of one request, its transition table and its event log."""

from bot.cases.model import Case, Event, advance, new_case_id
from bot.cases.transitions import FINAL_STATES, TRANSITIONS, CaseEvent, CaseState, InvalidTransition

__all__ = [
    "Case",
    "CaseEvent",
    "CaseState",
    "Event",
    "FINAL_STATES",
    "InvalidTransition",
    "TRANSITIONS",
    "advance",
    "new_case_id",
]

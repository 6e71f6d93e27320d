"""Cases: the state of one request, its transition table and its event log."""

from bot.cases.model import Case, Event, advance, new_case_id
from bot.cases.transitions import FINAL_STATES, TRANSITIONS, CaseEvent, CaseState, InvalidTransition

__all__ = [
    "FINAL_STATES",
    "TRANSITIONS",
    "Case",
    "CaseEvent",
    "CaseState",
    "Event",
    "InvalidTransition",
    "advance",
    "new_case_id",
]

"""What staff can do to a case from the desk; each action names its actor `staff:<name>`.

Where it sits: bot.web.desk parses and checks the form (session, CSRF) and calls one
function here; these call the Workflow (approve, edit, reject) or change the case and
commit it with the mail to the requester (clarification, extension, reclassification).
They never send: a commit puts the mail in the outbox, and the loop sends it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any

from bot.cases.model import Case, note
from bot.cases.transitions import CaseState, InvalidTransition
from bot.categories import Category
from bot.errors import RequesterError
from bot.mail.compose import Outgoing
from bot.schedule.sweeps import MAX_EXTENSION_MONTHS, ExtensionRefused, extend
from bot.store.records import Commit
from bot.workflow import Workflow, WorkflowError

CLARIFICATION_REQUESTED = "clarification_requested"
RECLASSIFIED = "reclassified"
MAX_TEXT = 20_000  # a draft or question longer than this is a paste gone wrong


class ActionRefused(RequesterError):
    """A staff action that does not fit the case or lacks what it needs; shown, not logged."""


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    message: str  # what staff read after the action


def _text(value: str, what: str) -> str:
    value = value.replace("\r\n", "\n").strip()
    if not value:
        raise ActionRefused(f"{what} is required")
    if len(value) > MAX_TEXT:
        raise ActionRefused(f"{what} is longer than {MAX_TEXT} characters")
    return value


@contextmanager
def _refused_as_shown(wf: Workflow) -> Iterator[None]:
    """One case change at a time; a workflow refusal becomes the message staff read."""
    with wf.records.lock:
        try:
            yield
        except (WorkflowError, InvalidTransition) as exc:
            raise ActionRefused(str(exc)) from exc


def approve(wf: Workflow, case_id: str, actor: str, body: str | None = None) -> Outcome:
    """Approve the draft (saving an edited body first): the plan runs, the reply is queued."""
    with _refused_as_shown(wf):
        if body is not None and _text(body, "The reply") != str(wf.get(case_id).draft.get("body", "")).strip():
            wf.edit(case_id, _text(body, "The reply"), actor=actor)
        case = wf.approve(case_id, actor=actor)
    return Outcome(case, "Approved: the planned changes were carried out and the reply is queued to be sent.")


def edit(wf: Workflow, case_id: str, actor: str, body: str) -> Outcome:
    with _refused_as_shown(wf):
        case = wf.edit(case_id, _text(body, "The reply"), actor=actor)
    return Outcome(case, "Draft saved. It is sent only when you approve it.")


def reject(wf: Workflow, case_id: str, actor: str, reason: str) -> Outcome:
    with _refused_as_shown(wf):
        case = wf.reject(case_id, _text(reason, "A reason"), actor=actor)
    return Outcome(case, "Rejected. Nothing was sent to the person; the reason is in the timeline.")


def clarify(wf: Workflow, case_id: str, actor: str, question: str) -> Outcome:
    """Ask the person what the request is about (Recital 63): clarification.txt, logged."""
    question = _text(question, "A question")
    with wf.records.lock:
        case = _open_case(wf, case_id)
        now = wf.clock()
        mail = wf.mail_to_requester(case, "clarification", "clarification", question=question, due=case.due)
        case = note(case, now, CLARIFICATION_REQUESTED, actor=actor, reason=question[:500])
        wf.records.commit(Commit(cases=(case,), outgoing=(mail,)), now)
    return Outcome(case, "Question queued to be sent to the person; their reply joins this case.")


def extend_deadline(wf: Workflow, case_id: str, actor: str, months: str, reason: str) -> Outcome:
    """Extend by 1-2 months (Art. 12(3)) and queue the notice with the reasons."""
    try:
        count = int(months)
    except ValueError:
        raise ActionRefused("choose one or two months") from None
    if not 1 <= count <= MAX_EXTENSION_MONTHS:
        raise ActionRefused("choose one or two months")
    reason = _text(reason, "A reason for the delay")
    with wf.records.lock:
        case = _open_case(wf, case_id)
        now = wf.clock()
        try:
            moved = extend(case, count, reason, now, actor=actor)
        except ExtensionRefused as exc:
            raise ActionRefused(str(exc)) from exc
        mail = wf.mail_to_requester(moved, "extension", "extension", due=case.due, new_due=moved.due, reason=reason)
        wf.records.commit(Commit(cases=(moved,), outgoing=(mail,)), now)
    return Outcome(moved, f"Deadline moved from {case.due} to {moved.due}; the notice is queued to be sent.")


def reclassify(wf: Workflow, case_id: str, actor: str, primary: str, others: list[str]) -> Outcome:
    """Change what the case asks for; a verified case is planned and drafted at once."""
    known = {str(c) for c in Category}
    chosen = [c for c in dict.fromkeys([primary, *others]) if c]
    if not primary or any(c not in known for c in chosen):
        raise ActionRefused("choose a primary category from the list")
    categories = tuple(chosen)
    with wf.records.lock:
        case = _open_case(wf, case_id)
        if (case.category, case.categories) == (primary, categories):
            return Outcome(case, "Nothing changed: the case already has these categories.")
        now = wf.clock()
        was = ", ".join(case.categories)
        case = replace(case, category=primary, categories=categories)
        case = note(case, now, RECLASSIFIED, actor=actor, reason=f"{was} → {', '.join(categories)}")
        outgoing: tuple[Outgoing, ...] = ()
        tokens: tuple[dict[str, Any], ...] = ()
        if case.state is CaseState.VERIFIED:
            case, outgoing, tokens = wf.after_verified(case)
            message = "Reclassified; the bot planned the new categories" + (
                ": the draft waits for your approval." if case.state is CaseState.AWAITING_APPROVAL
                else " and carried them out (no approval needed).")
        else:
            message = "Reclassified. " + _what_next(case.state)
        wf.records.commit(Commit(cases=(case,), outgoing=outgoing, tokens=tokens), now)
    return Outcome(case, message)


def _what_next(state: CaseState) -> str:
    if state is CaseState.AWAITING_APPROVAL:
        return ("The draft and planned changes were made for the earlier categories and were not re-planned: "
                "edit the draft to match, or reject the case with a reason.")
    if state in (CaseState.RECEIVED, CaseState.AWAITING_VERIFICATION):
        return "The new categories are planned once the person confirms the request."
    if state is CaseState.NEEDS_HUMAN:
        return "The case stays with staff: answer the person (ask for clarification) or reject it."
    return "The change is recorded in the timeline."


def _open_case(wf: Workflow, case_id: str) -> Case:
    try:
        case = wf.get(case_id)
    except WorkflowError as exc:
        raise ActionRefused(str(exc)) from exc
    if case.state in (CaseState.DONE, CaseState.EXPIRED, CaseState.REJECTED, CaseState.APPROVED):
        raise ActionRefused(f"case {case_id} is closed ({case.state})")
    return case

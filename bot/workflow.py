"""What happens to a case after intake: verification, planning, approval, sending.

Used by the mail loop (replies to challenges), the web endpoints (verification and
download links) and staff (`privacy-bot review`, the desk). Nothing is disclosed or
changed before the case is verified; every reply that discloses, changes or deletes
data waits for staff unless settings list its category in `handlers.auto_categories`.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from bot.cases.model import Case, advance, new_case_id, note
from bot.cases.transitions import CaseEvent, CaseState
from bot.categories import Category
from bot.clock import Clock
from bot.errors import RequesterError
from bot.handlers.base import Effect, ExecContext, HandlerPlan, Request
from bot.handlers.registry import (
    DRAFT_LINK,
    HANDLERS,
    CasePlan,
    execute_all,
    plan_all,
    render_reply,
)
from bot.handlers.suppression import SuppressionFile
from bot.mail.compose import Outgoing, new_message_id, reply_subject
from bot.replies import Replies
from bot.schedule.deadlines import due_date
from bot.sources import Sources
from bot.store.records import Commit, Records
from bot.verify import tokens

log = logging.getLogger(__name__)


class WorkflowError(RequesterError):
    """A staff or requester action that does not fit the case (unknown id, wrong state)."""


class AttributeMismatch(RequesterError):
    """The extra value asked on the verification page does not match (the page says so)."""


@dataclass(frozen=True, slots=True)
class Config:
    sender: str
    company: str
    staff_address: str
    base_url: str
    secret: bytes
    export_dir: Path
    auto_categories: frozenset[str]
    export_ttl_days: float
    attribute_categories: frozenset[str] = frozenset()
    attribute_column: str = ""  # source.table.column
    attribute_label: str = ""
    max_attempts: int = 5


class Workflow:
    def __init__(self, config: Config, records: Records, replies: Replies, sources: Sources,
                 suppression: SuppressionFile, clock: Clock) -> None:
        self.config = config
        self.records = records
        self.replies = replies
        self.sources = sources
        self.suppression = suppression
        self.clock = clock

    # -- mail building ------------------------------------------------------------------
    def mail_to_requester(self, case: Case, template: str, kind: str, subject: str = "", **values: Any) -> Outgoing:
        rendered = self.replies.render(template, case.language, case_id=case.id, company=self.config.company, **values)
        return self.outgoing(case, kind, subject or rendered.subject, rendered.body,
                             self.replies.pick_language(template, case.language))

    def outgoing(self, case: Case, kind: str, subject: str, body: str, language: str = "") -> Outgoing:
        return Outgoing(
            message_id=new_message_id(case.id, self.config.sender),
            case_id=case.id,
            kind=kind,
            to=case.address,
            subject=reply_subject(subject if not case.subject else case.subject, case.id),
            body=body,
            in_reply_to=case.message_id,
            references=(case.message_id,) if case.message_id else (),
            language=language or case.language,
        )

    def to_staff(self, case: Case, why: str, body: str = "", kind: str = "staff") -> tuple[Outgoing, ...]:
        """A note to staff (`kind` "forward" when it carries the requester's mail)."""
        if not self.config.staff_address:
            return ()
        text = f"Case {case.id} ({case.category}, due {case.due}): {why}\n\n{body}".strip() + "\n"
        return (Outgoing(new_message_id(case.id, self.config.sender), case.id, kind, self.config.staff_address,
                         f"[privacy-bot] {why} [{case.id}]", text),)

    def verify_url(self, token: str) -> str:
        return f"{self.config.base_url}/verify/{token}"

    # -- verification ----------------------------------------------------------------------
    def token_case(self, token: str, kind: str, single_use: bool = True) -> tuple[tokens.TokenRecord, Case]:
        now = self.clock()
        doc = self.records.token(tokens.digest(self.config.secret, token))
        record = tokens.check(self.config.secret, token, tokens.TokenRecord.from_doc(doc) if doc else None,
                              kind, now, single_use)
        case = self.records.case(record.case_id)
        if case is None:
            raise tokens.BadTokenStatus("unknown link", 404)
        return record, case

    def needs_attribute(self, case: Case) -> bool:
        return bool(self.config.attribute_column and set(case.categories) & self.config.attribute_categories)

    def attribute_matches(self, case: Case, given: str) -> bool:
        """Whether `given` equals what a source holds for the address; True if none holds any.

        Compared without case and spaces; nothing of the held value is ever shown.
        Where no source holds the attribute there is nothing an impostor could reach
        with it, and the email round trip stands alone (proportionate, EDPB 01/2022).
        """
        source, table, column = self.config.attribute_column.split(".")
        held = [str(r.values.get(column) or "") for r in self.sources.find(case.address)
                if r.source == source and r.table == table]
        held = [h for h in held if h.strip()]
        if not held:
            return True
        norm = "".join(given.split()).casefold()
        return any(hmac.compare_digest("".join(h.split()).casefold().encode(), norm.encode()) for h in held)

    def confirm(self, token: str, yes: bool, attribute: str | None = None) -> Case:
        """POST on a verification link: "Yes, this was my request" or "No, this was not me"."""
        with self.records.lock:
            now = self.clock()
            record, case = self.token_case(token, "verify")
            if case.state is not CaseState.AWAITING_VERIFICATION:
                raise tokens.BadTokenStatus("this request is no longer waiting for confirmation", 410)
            if yes and self.needs_attribute(case) and not self.attribute_matches(case, attribute or ""):
                info = dict(case.data.get("challenge") or {})
                info["attempts"] = info.get("attempts", 0) + 1
                case = note(replace(case, data={**case.data, "challenge": info}), now, "attribute_refused",
                            actor="requester", reason=f"{self.config.attribute_label} did not match")
                if info["attempts"] >= self.config.max_attempts:
                    used = replace(record, used_at=now.isoformat(timespec="seconds"))
                    case = advance(case, CaseEvent.ESCALATED, now, reason="too many wrong answers")
                    self.records.commit(Commit(cases=(case,), tokens=(used.to_doc(),)), now)
                    raise tokens.BadTokenStatus("too many wrong answers; our staff will contact you", 410)
                self.records.commit(Commit(cases=(case,)), now)
                raise AttributeMismatch(f"the {self.config.attribute_label} does not match our records")
            used = replace(record, used_at=now.isoformat(timespec="seconds"))
            if not yes:
                case = advance(case, CaseEvent.NOT_ME, now, actor="requester", reason="the address owner says: not me")
                self.records.commit(Commit(cases=(case,), tokens=(used.to_doc(),),
                                           outgoing=self.to_staff(case, "requester says the request was not theirs")), now)
                return case
            case = advance(case, CaseEvent.VERIFIED, now, actor="requester", reason="link confirmed")
            case, outgoing, new_tokens = self.after_verified(case)
            self.records.commit(Commit(cases=(case,), outgoing=outgoing, tokens=(used.to_doc(), *new_tokens)), now)
            return case

    def burn_challenge_token(self, case: Case) -> tuple[dict[str, Any], ...]:
        """After a code reply verified the case, its link must not work any more."""
        digest = (case.data.get("challenge") or {}).get("token_digest")
        doc = self.records.token(digest) if digest else None
        if not doc:
            return ()
        return ({**doc, "used_at": self.clock().isoformat(timespec="seconds")},)

    # -- after verification --------------------------------------------------------------
    def request_of(self, case: Case, categories: tuple[str, ...] | None = None) -> Request:
        return Request(
            case_id=case.id,
            address=case.address,
            language=case.language,
            categories=categories if categories is not None else case.categories,
            text=str(case.data.get("text", "")),
            received_at=datetime.fromisoformat(case.received_at),
            related_cases=tuple(case.data.get("related_cases", ())),
        )

    def after_verified(self, case: Case) -> tuple[Case, tuple[Outgoing, ...], tuple[dict[str, Any], ...]]:
        """Plan every handler the case names; draft the reply, or act at once if allowed."""
        now = self.clock()
        done_early = set(case.data.get("done_at_intake", ()))
        wanted = tuple(c for c in case.categories if c not in done_early)
        # The legal month runs from when the person is identified (EDPB 01/2022 §159).
        case = replace(case, due=max(case.due, due_date(now.date()).isoformat()))
        plan = plan_all(self.request_of(case, wanted), self.sources, self.config.auto_categories)
        draft = render_reply(plan, self.replies, case.language, case_id=case.id, company=self.config.company)
        case = replace(case, data={**case.data, "plan": plan.to_json()},
                       draft={"subject": draft.subject if draft else "", "body": draft.body if draft else "",
                              "summary": plan.summary(), "edited": False})
        if plan.needs_approval:
            case = advance(case, CaseEvent.DRAFTED, now, reason="reply drafted for staff approval")
            return case, self.to_staff(case, "a drafted reply waits for approval"), ()
        return self._execute(case, plan, actor="bot")

    def _execute(self, case: Case, plan: CasePlan, actor: str, edited_body: str | None = None
                 ) -> tuple[Case, tuple[Outgoing, ...], tuple[dict[str, Any], ...]]:
        """Carry out an approved plan; returns the case, the mail, the download tokens."""
        now = self.clock()
        ctx = ExecContext(now=now, export_dir=self.config.export_dir / case.id, suppression=self.suppression,
                          secret_key=self.config.secret)
        results = execute_all(plan, self.sources, ctx)
        links: dict[str, str] = {}
        new_tokens: list[dict[str, Any]] = []
        ttl = timedelta(days=self.config.export_ttl_days)
        for result in results:
            for path in result.files:
                token, record = tokens.issue(self.config.secret, "download", case.id, now, ttl,
                                             payload={"file": str(path)})
                links[result.category] = f"{self.config.base_url}/download/{token}"
                new_tokens.append(record.to_doc())
        expires = (now + ttl).date().isoformat()
        rendered = render_reply(results, self.replies, case.language, case_id=case.id, company=self.config.company,
                                links=links, link_expires=expires)
        done = [d for r in results for d in r.done]
        exports = [str(p) for r in results for p in r.files]
        case = replace(case, data={**case.data, "exports": [*case.data.get("exports", []), *exports]})
        if case.state is CaseState.VERIFIED:
            case = advance(case, CaseEvent.DRAFTED, now, actor=actor, reason="nothing needs approval")
        case = advance(case, CaseEvent.APPROVED, now, actor=actor, reason="; ".join(done)[:500])
        outgoing: list[Outgoing] = []
        body = edited_body if edited_body is not None else (rendered.body if rendered else "")
        if edited_body is not None:  # staff edited the draft: put the real links where it shows them
            for link in links.values():
                body = body.replace(DRAFT_LINK, link, 1)
        if body:
            subject = rendered.subject if rendered else case.draft.get("subject", "")
            outgoing.append(self.outgoing(case, "reply", subject, body))
        else:
            case = advance(case, CaseEvent.SENT, now, reason="nothing to send")
        notices = plan.staff_notices()
        if notices:
            outgoing.extend(self.to_staff(case, "staff notice", "\n".join(str(e.payload) for e in notices)))
        return case, tuple(outgoing), tuple(new_tokens)

    # -- staff -----------------------------------------------------------------------------
    def get(self, case_id: str) -> Case:
        case = self.records.case(case_id)
        if case is None:
            raise WorkflowError(f"no case {case_id}")
        return case

    def approve(self, case_id: str, actor: str = "staff") -> Case:
        with self.records.lock:
            now = self.clock()
            case = self.get(case_id)
            if case.state is not CaseState.AWAITING_APPROVAL or "plan" not in case.data:
                raise WorkflowError(f"case {case_id} has no draft waiting for approval (state {case.state})")
            plan = CasePlan.from_json(case.data["plan"])
            edited = case.draft.get("body") if case.draft.get("edited") else None
            case, outgoing, new_tokens = self._execute(case, plan, actor=actor, edited_body=edited)
            self.records.commit(Commit(cases=(case,), outgoing=outgoing, tokens=new_tokens), now)
            return case

    def edit(self, case_id: str, body: str, actor: str = "staff") -> Case:
        with self.records.lock:
            now = self.clock()
            case = self.get(case_id)
            if case.state is not CaseState.AWAITING_APPROVAL:
                raise WorkflowError(f"case {case_id} has no draft to edit (state {case.state})")
            case = replace(case, draft={**case.draft, "body": body, "edited": True})
            case = advance(case, CaseEvent.DRAFTED, now, actor=actor, reason="draft edited")
            self.records.commit(Commit(cases=(case,)), now)
            return case

    def reject(self, case_id: str, reason: str, actor: str = "staff") -> Case:
        with self.records.lock:
            if not reason.strip():
                raise WorkflowError("a rejection needs a reason")
            now = self.clock()
            case = advance(self.get(case_id), CaseEvent.REJECTED, now, actor=actor, reason=reason.strip())
            self.records.commit(Commit(cases=(case,)), now)
            return case

    def mark_sent(self, case_id: str) -> None:
        with self.records.lock:
            case = self.records.case(case_id)
            if case is not None and case.state is CaseState.APPROVED:
                now = self.clock()
                self.records.commit(Commit(cases=(advance(case, CaseEvent.SENT, now),)), now)

    # -- downloads -------------------------------------------------------------------------
    def download(self, token: str) -> Path:
        """POST on a download link: the export file, once."""
        with self.records.lock:
            now = self.clock()
            record, case = self.token_case(token, "download")
            path = Path(str((record.payload or {}).get("file", "")))
            if not path.is_file():
                raise tokens.BadTokenStatus("this export is no longer available", 410)
            used = replace(record, used_at=now.isoformat(timespec="seconds"))
            case = note(case, now, "export_downloaded", actor="requester")
            self.records.commit(Commit(cases=(case,), tokens=(used.to_doc(),)), now)
            return path

    # -- unsubscribe links (RFC 8058, RFC 2369) ----------------------------------------------
    def unsubscribe_link(self, address: str, list_name: str) -> str:
        """A one-click link for one address on one list; the token carries nothing personal."""
        if list_name not in self.sources.lists():
            raise WorkflowError(f"unknown list {list_name!r} (known: {', '.join(self.sources.lists()) or 'none'})")
        now = self.clock()
        token, record = tokens.issue(self.config.secret, "unsubscribe", "", now, None,
                                     payload={"address": address.strip().lower(), "list": list_name})
        self.records.commit(Commit(tokens=(record.to_doc(),)), now)
        return f"{self.config.base_url}/unsubscribe/{token}"

    def unsubscribe_record(self, token: str) -> tokens.TokenRecord:
        doc = self.records.token(tokens.digest(self.config.secret, token))
        return tokens.check(self.config.secret, token, tokens.TokenRecord.from_doc(doc) if doc else None,
                            "unsubscribe", self.clock(), single_use=False)

    def unsubscribe(self, token: str) -> Case | None:
        """POST on an unsubscribe link: the withdraw_consent handler, at once; idempotent."""
        with self.records.lock:
            now = self.clock()
            record = self.unsubscribe_record(token)
            payload = record.payload or {}
            address, list_name = str(payload["address"]), str(payload["list"])
            # The same handler as an emailed "unsubscribe me", limited to the link's list.
            plan = HandlerPlan(str(Category.WITHDRAW_CONSENT),
                               (Effect("unsubscribe", {"address": address, "lists": [list_name]}),),
                               {"unsubscribe": list_name}, "withdraw_consent", {"lists": [list_name]}, False)
            ctx = ExecContext(now=now, export_dir=self.config.export_dir, suppression=self.suppression,
                              secret_key=self.config.secret)
            result = HANDLERS[Category.WITHDRAW_CONSENT].execute(plan, self.sources, ctx)
            if record.used_at:
                return None  # a repeated click: done again (idempotent), nothing new to record
            case = Case(
                id=new_case_id(now), state=CaseState.RECEIVED, category=str(Category.WITHDRAW_CONSENT),
                categories=(str(Category.WITHDRAW_CONSENT),), language="en", address=address,
                received_at=now.isoformat(timespec="seconds"), due=due_date(now.date()).isoformat(),
                subject=f"unsubscribe link: {list_name}",
            )
            case = advance(case, CaseEvent.CLOSED, now, actor="requester",
                           reason=f"one-click unsubscribe from {list_name}: {'; '.join(result.done)}")
            used = replace(record, used_at=now.isoformat(timespec="seconds"))
            self.records.commit(Commit(cases=(case,), tokens=(used.to_doc(),)), now)
            return case

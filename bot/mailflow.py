"""One mail, from its raw bytes to a committed outcome (the middle of the flow).

ledger → limits → parse → filters → plan (intake, follow-up, quarantine) → commit.
Nothing here sends or moves mail: the loop in bot.app does that after the commit.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, replace

from bot.cases.model import Case, advance, note
from bot.cases.transitions import CaseEvent, CaseState
from bot.clock import Clock
from bot.errors import MailboxUnavailable, MailRejected
from bot.handlers.intake import Plan, new_case, plan_new, plan_relay
from bot.mail import limits as mail_limits
from bot.mail.compose import STAFF_KINDS
from bot.mail.parse import Incoming, parse
from bot.opening import open_request
from bot.pipeline.filters import Decision, Kind, MailContext, decide
from bot.replies import Replies
from bot.rules import Classifier
from bot.schedule import sweeps
from bot.settings import Settings
from bot.store.records import Commit, LedgerEntry, Records
from bot.transport.mailbox import Fetched
from bot.verify import authenticity, challenge
from bot.workflow import Workflow

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MailOutcome:
    uid: int
    kind: str
    folder: str
    reason: str
    case_id: str = ""
    subject: str = ""



class MailFlow:
    def __init__(self, settings: Settings, records: Records, replies: Replies, classifier: Classifier,
                 workflow: Workflow, clock: Clock) -> None:
        self.settings = settings
        self.records = records
        self.replies = replies
        self.classifier = classifier
        self.workflow = workflow
        self.clock = clock
        self.limits = mail_limits.Limits(
            max_bytes=settings.limits.max_bytes,
            max_header_bytes=settings.limits.max_header_bytes,
            max_mime_depth=settings.limits.max_mime_depth,
            max_parts=settings.limits.max_parts,
        )
        own = {settings.smtp.from_.lower(), settings.privacy_address.lower(), settings.mailbox.username.lower()}
        self.own_addresses = frozenset(a for a in own if "@" in a)

    def folder_for(self, name: str) -> str:
        mb = self.settings.mailbox
        return mb.quarantine_folder if name == "quarantine" else mb.processed_folder

    def process(self, fetched: Fetched) -> MailOutcome:
        with self.records.lock:
            return self._process_locked(fetched)

    def _process_locked(self, fetched: Fetched) -> MailOutcome:
        done = self.records.ledger_entry(fetched.uidvalidity, fetched.uid)
        if done is not None:  # committed before a crash or a failed MOVE: only move it
            return MailOutcome(fetched.uid, done["outcome"], done["folder"], "already processed", done["case_id"])
        try:
            return self._process(fetched)
        except MailRejected as exc:
            return self._quarantine(fetched, str(exc))
        except MailboxUnavailable:
            raise
        except Exception as exc:  # a bug must not stop the loop nor lose the mail
            log.exception("processing failed; quarantining the mail")
            return self._quarantine(fetched, f"internal error: {type(exc).__name__}")

    def _process(self, fetched: Fetched) -> MailOutcome:
        mail_limits.check(fetched.raw, self.limits)
        mail = parse(fetched.raw)
        seen = self.records.seen_sha(mail.sha256)
        if seen is not None:  # the same bytes again (UIDVALIDITY changed, or re-delivered)
            entry = LedgerEntry(fetched.uidvalidity, fetched.uid, mail.sha256, "duplicate", seen["folder"], "same content as an earlier mail", seen["case_id"])
            self.records.commit(Commit(ledger=entry), self.clock())
            return MailOutcome(fetched.uid, "duplicate", seen["folder"], entry.reason, seen["case_id"], mail.subject)
        decision = decide(mail, self._context())
        plan = self._plan(mail, decision)
        folder = self.folder_for(plan.folder)
        case_id = plan.case.id if plan.case else ""
        entry = LedgerEntry(fetched.uidvalidity, fetched.uid, mail.sha256, str(decision.kind), folder, decision.reason, case_id)
        threads = ((mail.message_id, case_id),) if case_id and mail.message_id else ()
        cases = ((plan.case,) if plan.case else ()) + plan.other_cases
        self.records.commit(
            Commit(ledger=entry, cases=cases, outgoing=plan.outgoing, threads=threads, tokens=plan.tokens),
            self.clock(),
        )
        log.info("mail uid %s: %s (%s)", fetched.uid, decision.kind, decision.filter)
        return MailOutcome(fetched.uid, str(decision.kind), folder, decision.reason, case_id, mail.subject)

    def _context(self) -> MailContext:
        def case_address(case_id: str) -> str | None:
            case = self.records.case(case_id)
            return case.address if case else None

        return MailContext(
            own_addresses=self.own_addresses,
            case_of_thread=self.records.case_of_thread,
            case_address=case_address,
            classifier=self.classifier,
            threshold=self.settings.classify_threshold,
        )

    def _plan(self, mail: Incoming, decision: Decision) -> Plan:
        if decision.kind is Kind.AUTOMATED and decision.relay is not None:
            return plan_relay(mail, decision, self.workflow)  # to staff only, never answered
        if decision.kind in (Kind.OWN_LOOP, Kind.AUTOMATED):
            return Plan(None)  # kept in Processed, recorded in the ledger, never answered
        if decision.kind is Kind.FOLLOW_UP:
            return self._follow_up(mail, decision)
        if decision.kind is Kind.REQUEST:
            return self._rate_limited(self._open(mail, decision))
        return self._rate_limited(plan_new(mail, decision, self.workflow))

    def _open(self, mail: Incoming, decision: Decision) -> Plan:
        assert decision.verdict is not None
        case = new_case(mail, decision, self.clock(), str(decision.verdict.category))
        flags = authenticity.flags(mail, self.settings.verification.authserv_id)
        if flags:
            case = replace(case, flags=(*case.flags, *flags))
        # Only a complaint links to the sender's open cases: others skip reading them.
        earlier = self.records.open_cases_of(case.address) if "complaint" in case.categories else []
        opened = open_request(self.workflow, case, earlier, self.settings.verification.ttl_days)
        outgoing = opened.outgoing
        if flags:
            outgoing += self.workflow.to_staff(opened.case, f"authenticity flags: {', '.join(flags)}")
        return Plan(opened.case, outgoing, tokens=opened.tokens, other_cases=opened.linked)

    def _follow_up(self, mail: Incoming, decision: Decision) -> Plan:
        case = self.records.case(decision.case_id)
        if case is None:
            return Plan(None)
        now = self.clock()
        if case.state is CaseState.AWAITING_VERIFICATION and mail.from_addr == case.address:
            case, verified = challenge.reply_attempt(case, mail.body, self.workflow.config.secret, now,
                                                     self.settings.verification.max_code_attempts)
            if verified and self.workflow.needs_attribute(case):
                case = advance(case, CaseEvent.ESCALATED, now,
                               reason=f"address confirmed by reply; {self.settings.verification.attribute_label} "
                                      "still to be checked by staff (a reply cannot carry it)")
                return Plan(case, self.workflow.to_staff(case, "verification needs a staff check"))
            if verified:
                burnt = self.workflow.burn_challenge_token(case)
                case, outgoing, tokens = self.workflow.after_verified(case)
                return Plan(case, outgoing, tokens=burnt + tokens)
            return Plan(case)
        if mail.from_addr == case.address and _awaits_clarification(case):
            # The answer to staff's question: the month runs again from here (Recital 63).
            case = note(case, now, "clarification_answered", actor="requester")
            case = sweeps.restart(case, now, sweeps.Restart.CLARIFIED)
            return Plan(case, self.workflow.to_staff(case, "the requester answered your question", mail.body[:20000]))
        # "I am still waiting": the case rises in priority and staff hear of it.
        case = note(case, now, "follow_up", actor="requester", reason="reply from the requester")
        case = replace(case, priority=case.priority + 1)
        return Plan(case, self.workflow.to_staff(case, "the requester wrote again", mail.body[:20000]))

    def _rate_limited(self, plan: Plan) -> Plan:
        """At most N mails per address per day: a loop with a robot we missed stops here."""
        if plan.case is None:
            return plan
        day = self.clock().strftime("%Y%m%d")
        limit = self.settings.smtp.max_per_address_per_day
        counts: dict[str, int] = {}
        kept = []
        for out in plan.outgoing:
            if out.kind in STAFF_KINDS:  # staff read every complaint, however many come
                kept.append(out)
                continue
            counts[out.to] = counts.get(out.to, self.records.sent_today(out.to, day)) + 1
            if counts[out.to] <= limit:
                kept.append(out)
        if len(kept) == len(plan.outgoing):
            return plan
        case = note(plan.case, self.clock(), "rate_limited", reason=f"more than {limit} mails today to this address")
        case = replace(case, flags=(*case.flags, "rate-limited"))
        return replace(plan, case=case, outgoing=tuple(kept))

    def _quarantine(self, fetched: Fetched, reason: str) -> MailOutcome:
        now = self.clock()
        sha = hashlib.sha256(fetched.raw).hexdigest()
        case = new_case(None, None, now, "other", sha)
        case = advance(case, CaseEvent.ESCALATED, now, reason=f"quarantined: {reason}")
        folder = self.folder_for("quarantine")
        entry = LedgerEntry(fetched.uidvalidity, fetched.uid, sha, "quarantined", folder, reason, case.id)
        self.records.commit(Commit(ledger=entry, cases=(case,)), now)
        log.warning("mail uid %s quarantined: %s", fetched.uid, reason)
        return MailOutcome(fetched.uid, "quarantined", folder, reason, case.id)


def _awaits_clarification(case: Case) -> bool:
    """Staff asked the person a question that has not been answered yet."""
    for event in reversed(case.events):
        if event.event == "clarification_answered":
            return False
        if event.event == "clarification_requested":
            return True
    return False

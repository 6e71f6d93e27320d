"""Wiring: builds the parts from settings and runs the mailbox loop.

The only module that reads settings as a whole. Per mail: ledger → limits → parse →
filters → plan → commit → send → MOVE; a mail leaves INBOX only after its outcome is
committed, and a mail that breaks processing is quarantined with its reason.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import threading
from dataclasses import dataclass, replace

from bot.cases.model import Case, advance, note
from bot.cases.transitions import CaseEvent, CaseState, InvalidTransition
from bot.audit import AuditLog
from bot.clock import Clock, system_clock
from bot.errors import MailboxUnavailable, MailRejected
from bot.handlers.intake import IntakeContext, Plan, new_case, plan_new
from bot.handlers.suppression import SuppressionFile
from bot.opening import open_request
from bot.sources import Sources, parse_sources
from bot.sources.addresses import DEFAULT_RULES, parse_provider_rules
from bot.verify import authenticity, challenge
from bot.workflow import Config as WorkflowConfig
from bot.workflow import Workflow
from bot.schedule import sweeps
from bot.schedule.sweeps import Sweeper
from bot.upkeep import Upkeep
from bot.web.server import WebContext, WebServer, create_app
from bot.mail import limits as mail_limits
from bot.mail.parse import Incoming, parse
from bot.pipeline.filters import Decision, Kind, MailContext, decide
from bot.replies import Replies
from bot.rules import Classifier
from bot.settings import Settings
from bot.store import Store
from bot.store.records import Commit, LedgerEntry, Records
from bot.transport.mailbox import Fetched, Mailbox
from bot.transport.outbox import Outbox, SendResult

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class MailOutcome:
    uid: int
    kind: str
    folder: str
    reason: str
    case_id: str = ""
    subject: str = ""


class Bot:
    def __init__(self, settings: Settings, clock: Clock = system_clock, store: Store | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.store = store or Store(settings.store_path)
        secret = (settings.secret_key or "privacy-bot:" + str(settings.store_path)).encode()
        self.audit = AuditLog(settings.store_path / "audit.jsonl", clock)
        self.records = Records(self.store, secret, self.audit)
        self.replies = Replies(settings.replies_dir, settings.default_language)
        self.classifier = Classifier(settings.rules_dir, settings.classify_threshold)
        rules = parse_provider_rules(settings.raw["address_rules"]) if "address_rules" in settings.raw else DEFAULT_RULES
        self.sources = Sources(parse_sources(settings.raw.get("sources", [])), rules)
        self.suppression = SuppressionFile(settings.store_path / "suppression.json")
        self.workflow = Workflow(
            WorkflowConfig(
                sender=settings.smtp.from_,
                company=settings.company_name,
                staff_address=settings.staff_address,
                base_url=settings.web_base_url,
                secret=secret,
                export_dir=settings.store_path / "exports",
                auto_categories=frozenset(settings.handlers.auto_categories),
                export_ttl_days=settings.handlers.export_ttl_days,
                attribute_categories=frozenset(settings.verification.attribute_categories),
                attribute_column=settings.verification.attribute_column,
                attribute_label=settings.verification.attribute_label,
                max_attempts=settings.verification.max_code_attempts,
            ),
            self.records, self.replies, self.sources, self.suppression, clock,
        )
        self.upkeep = Upkeep(self.workflow, settings.verification.ttl_days, settings.verification.remind_after_days,
                             settings.deadlines.due_within_days, settings.handlers.retention_days,
                             settings.store_path / "exports", self._remove_kept_mail)
        self.mailbox = Mailbox(settings.mailbox)
        self.web_context = WebContext(
            workflow=self.workflow, records=self.records, base_url=settings.web_base_url, secret=secret,
            company=settings.company_name, staff_file=str(settings.store_path / "staff.json"), stats_key=secret,
            flush=self.flush_outbox,
        )
        self.outbox = Outbox(settings.smtp, self.records, settings.company_name)
        self.limits = mail_limits.Limits(**{
            "max_bytes": settings.limits.max_bytes,
            "max_header_bytes": settings.limits.max_header_bytes,
            "max_mime_depth": settings.limits.max_mime_depth,
            "max_parts": settings.limits.max_parts,
        })
        own = {settings.smtp.from_.lower(), settings.privacy_address.lower(), settings.mailbox.username.lower()}
        self.own_addresses = frozenset(a for a in own if "@" in a)
        self.outcomes: list[MailOutcome] = []
        self.stopping = threading.Event()
        self.sent: list[SendResult] = []

    # -- the loop --------------------------------------------------------------------
    def run(self, once: bool = False, max_failures: int | None = None, sweeper: Sweeper | None = None) -> None:
        self.store.acquire_runner()
        self.records.replay_journal()
        if once:
            self.upkeep.sweep(self.clock())  # a one-shot run also catches up on deadlines
        elif sweeper is not None:
            sweeper.start()  # runs a sweep missed while the bot was down, then wakes on interval
        backoff, failures = 1.0, 0
        while True:
            try:
                if self.mailbox._client is None:
                    self.mailbox.connect()
                self.process_waiting()
                self.flush_outbox()
                backoff, failures = 1.0, 0
                if once or self.stopping.is_set():
                    return
                self.mailbox.wait(self.settings.mailbox.poll_seconds, self.stopping)
                if self.stopping.is_set():
                    return
            except MailboxUnavailable as exc:
                failures += 1
                self.mailbox.close()
                limit = max_failures if max_failures is not None else (6 if once else None)
                if limit is not None and failures >= limit:
                    raise
                log.warning("mailbox unavailable (%s); retrying in %.0f s", exc, backoff)
                if self.stopping.wait(backoff):
                    return
                backoff = min(backoff * 2, self.settings.mailbox.max_backoff_seconds)

    def process_waiting(self) -> None:
        uids = self.mailbox.waiting_uids()
        if not uids:
            return
        moves: dict[str, list[int]] = {}
        for fetched in self.mailbox.fetch(uids):
            outcome = self.process(fetched)
            self.outcomes.append(outcome)
            moves.setdefault(outcome.folder, []).append(fetched.uid)
            if sum(len(v) for v in moves.values()) >= 50:
                self._move(moves)
        self._move(moves)

    def _move(self, moves: dict[str, list[int]]) -> None:
        # Send before moving: what a commit queued must leave even if the MOVE fails.
        self.flush_outbox()
        for folder, uids in moves.items():
            self.mailbox.move(uids, folder)
        moves.clear()

    def flush_outbox(self) -> list[SendResult]:
        with self.records.lock:  # the mail loop and the desk may both flush
            return self._flush_outbox()

    def _flush_outbox(self) -> list[SendResult]:
        results = asyncio.run(self.outbox.flush(self.clock()))
        for result in results:
            if result.status == "failed":
                self._escalate(result.case_id, f"reply could not be sent: {result.error}")
            elif result.status == "sent":
                self.workflow.mark_sent(result.case_id)
        self.sent.extend(results)
        return results

    def _escalate(self, case_id: str, reason: str) -> None:
        case = self.records.case(case_id)
        if case is None:
            return
        now = self.clock()
        try:
            case = advance(case, CaseEvent.ESCALATED, now, reason=reason)
        except InvalidTransition:
            case = note(case, now, "send_failed", reason=reason)
        self.records.commit(Commit(cases=(case,)), now)

    # -- one mail --------------------------------------------------------------------
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

    def _intake(self) -> IntakeContext:
        s = self.settings
        return IntakeContext(self.replies, s.smtp.from_, s.company_name, s.staff_address, self.clock())

    def _plan(self, mail: Incoming, decision: Decision) -> Plan:
        if decision.kind in (Kind.OWN_LOOP, Kind.AUTOMATED):
            return Plan(None)  # kept in Processed, recorded in the ledger, never answered
        if decision.kind is Kind.FOLLOW_UP:
            return self._follow_up(mail, decision)
        if decision.kind is Kind.REQUEST:
            return self._rate_limited(self._open(mail, decision))
        return self._rate_limited(plan_new(mail, decision, self._intake()))

    def _open(self, mail: Incoming, decision: Decision) -> Plan:
        assert decision.verdict is not None
        case = new_case(mail, decision, self.clock(), str(decision.verdict.category))
        flags = authenticity.flags(mail, self.settings.verification.authserv_id)
        if flags:
            case = replace(case, flags=(*case.flags, *flags))
        opened = open_request(self.workflow, case, self.records.open_cases_of(case.address),
                              self.settings.verification.ttl_days)
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
            counts[out.to] = counts.get(out.to, self.records.sent_today(out.to, day)) + 1
            if out.kind == "forward" or counts[out.to] <= limit:
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

    def _remove_kept_mail(self, message_ids: list[str]) -> int:
        """Retention: delete kept mails on a connection of its own (sweeps run in another thread)."""
        mailbox = Mailbox(self.settings.mailbox)
        try:
            mailbox.connect()
            mb = self.settings.mailbox
            return sum(mailbox.delete_by_message_id(folder, message_ids)
                       for folder in (mb.processed_folder, mb.quarantine_folder))
        finally:
            mailbox.close()

    def stop(self) -> None:
        """Ask `run` to return after the mail in hand (from another thread or a signal)."""
        self.stopping.set()

    def sweeper(self) -> Sweeper:
        """APScheduler wakes the sweep; deadlines stay data in the cases."""
        return Sweeper(self.upkeep.sweep, self.settings.store_path / "sweeps.json",
                       self.settings.deadlines.sweep_minutes * 60, self.clock)

    def start_web(self) -> WebServer:
        server = WebServer(create_app(self.web_context), self.settings.web_host, self.settings.web_port)
        server.start()
        return server

    def close(self) -> None:
        self.mailbox.close()
        self.sources.close()
        self.store.close()


def _awaits_clarification(case: Case) -> bool:
    """Staff asked the person a question that has not been answered yet."""
    for event in reversed(case.events):
        if event.event == "clarification_answered":
            return False
        if event.event == "clarification_requested":
            return True
    return False


__all__ = ["Bot", "MailOutcome", "Case", "CaseState"]

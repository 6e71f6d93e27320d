"""Wiring: builds the parts from settings and runs the mailbox loop.

The only module that reads settings as a whole. Per mail: ledger → limits → parse →
filters → plan → commit → send → MOVE; a mail leaves INBOX only after its outcome is
committed, and a mail that breaks processing is quarantined with its reason.
"""

from __future__ import annotations

import asyncio
import logging
import threading

from bot.audit import AuditLog
from bot.cases.model import advance, note
from bot.cases.transitions import CaseEvent, InvalidTransition
from bot.clock import Clock, system_clock
from bot.errors import MailboxUnavailable
from bot.handlers.suppression import SuppressionFile
from bot.mailflow import MailFlow, MailOutcome
from bot.replies import Replies
from bot.rules import Classifier
from bot.schedule.sweeps import Sweeper
from bot.settings import Settings
from bot.sources import Sources, parse_sources
from bot.sources.addresses import DEFAULT_RULES, parse_provider_rules
from bot.store import Store
from bot.store.records import Commit, Records
from bot.transport.mailbox import Fetched, Mailbox
from bot.transport.outbox import Outbox, SendResult
from bot.upkeep import Upkeep
from bot.web.server import WebContext, WebServer, create_app
from bot.workflow import Config as WorkflowConfig
from bot.workflow import Workflow

log = logging.getLogger(__name__)


class Bot:
    def __init__(self, settings: Settings, clock: Clock = system_clock, store: Store | None = None) -> None:
        self.settings = settings
        self.clock = clock
        self.store = store or Store(settings.store_path)
        secret = (settings.secret_key or "privacy-bot:" + str(settings.store_path)).encode()
        self.audit = AuditLog(settings.store_path / "audit.jsonl", clock)
        self.records = Records(self.store, secret, self.audit)
        self.replies = Replies(settings.replies_dir, settings.default_language)
        self.classifier = Classifier.from_settings(settings)
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
        self.flow = MailFlow(settings, self.records, self.replies, self.classifier, self.workflow, clock)
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
            outcome = self.flow.process(fetched)
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

    def process(self, fetched: Fetched) -> MailOutcome:
        return self.flow.process(fetched)

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


__all__ = ["Bot", "MailOutcome"]

"""Sweeps: challenge reminders and expiries, the staff digest, the retention purge.

APScheduler only wakes these (bot.schedule.sweeps.Sweeper); the deadlines they act
on are data in the cases, so a sweep missed while the bot was down runs at start.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.cases.model import Case, advance, note
from bot.cases.transitions import CaseEvent
from bot.mail.compose import Outgoing
from bot.purge import PurgeItem, plan_purge, purge_case
from bot.schedule import sweeps
from bot.store.records import Commit
from bot.verify import challenge
from bot.workflow import Workflow

log = logging.getLogger(__name__)


class Upkeep:
    def __init__(self, workflow: Workflow, ttl_days: float, remind_after_days: float, due_within_days: int,
                 retention_days: int, export_dir: Path,
                 remove_mail: Callable[[list[str]], int] | None = None) -> None:
        self.wf = workflow
        self.ttl_days = ttl_days
        self.remind_after_days = remind_after_days
        self.due_within_days = due_within_days
        self.retention_days = retention_days
        self.export_dir = export_dir
        # Deletes the kept mails (Processed, Quarantine) of purged cases by Message-ID.
        self.remove_mail = remove_mail

    def sweep(self, now: datetime) -> None:
        with self.wf.records.lock:
            self._sweep(now)

    def _sweep(self, now: datetime) -> None:
        records = self.wf.records
        cases = records.open_cases()
        plan = sweeps.plan_sweep(cases, now, self.due_within_days, int(self.ttl_days), int(self.remind_after_days))
        changed: list[Case] = []
        outgoing: list[Outgoing] = []
        tokens: list[dict[str, Any]] = []
        expiring = {c.id for c in plan.expire}
        for case in plan.remind:
            if case.id in expiring:
                continue
            case, mail, new_tokens = self._remind(case, now)
            changed.append(case)
            outgoing.append(mail)
            tokens.extend(new_tokens)
        for case in plan.expire:
            case = advance(case, CaseEvent.CHALLENGE_EXPIRED, now, reason="challenge not answered in time")
            changed.append(case)
            outgoing.append(self.wf.mail_to_requester(case, "challenge_expired", "challenge_expired"))
        digest_day = now.date().isoformat()
        if (plan.due_soon or plan.overdue) and records.store.counters.get(f"digest:{digest_day}") is None:
            text = sweeps.digest_text(list(plan.due_soon), list(plan.overdue), now.date())
            anchor = (plan.overdue or plan.due_soon)[0]
            outgoing.extend(self.wf.to_staff(anchor, f"{len(plan.overdue)} overdue, {len(plan.due_soon)} due soon", text))
            records.store.counters.put(f"digest:{digest_day}", {"ids": ["sent"]})
        if changed or outgoing:
            records.commit(Commit(cases=tuple(changed), outgoing=tuple(outgoing), tokens=tuple(tokens)), now)
        if records.store.counters.get(f"purge:{digest_day}") is None:
            purged = self.purge(now, dry_run=False)  # retention runs once a day
            records.store.counters.put(f"purge:{digest_day}", {"ids": [str(len(purged))]})
        log.info("sweep: %d reminded, %d expired, %d due soon, %d overdue",
                 len(plan.remind), len(plan.expire), len(plan.due_soon), len(plan.overdue))

    def _remind(self, case: Case, now: datetime) -> tuple[Case, Outgoing, list[dict[str, Any]]]:
        """One reminder before expiry, with a fresh link and code (the old ones stop working)."""
        old = dict(case.data.get("challenge") or {})
        left_days = max((datetime.fromisoformat(old["expires_at"]) - now).total_seconds() / 86400, 0.01) \
            if old.get("expires_at") else self.ttl_days
        burnt = list(self.wf.burn_challenge_token(case))
        issued = challenge.issue(case, self.wf.config.secret, now, left_days, reissue=True)
        case = note(issued.case, now, sweeps.CHALLENGE_REMINDER, reason="challenge reminder sent")
        mail = self.wf.mail_to_requester(
            case, "challenge_reminder", "challenge_reminder", categories=list(case.categories), due=case.due,
            verify_url=self.wf.verify_url(issued.token), code=issued.code, expires=issued.record.expires_at[:10])
        return case, mail, [*burnt, issued.record.to_doc()]

    # -- retention -------------------------------------------------------------------------
    def purge(self, now: datetime, dry_run: bool) -> list[PurgeItem]:
        records = self.wf.records
        items = plan_purge(records.all_cases(), now, self.retention_days)
        if dry_run or not items:
            return items
        with records.lock:
            purged = []
            for item in items:
                case = records.case(item.case_id)
                if case is not None:
                    purged.append(purge_case(case, now, self.wf.config.secret))
                shutil.rmtree(self.export_dir / item.case_id, ignore_errors=True)
            records.commit(Commit(cases=tuple(purged)), now)
            records.forget_mail_of({i.case_id for i in items})
        kept_mail = [i.message_id for i in items if i.message_id]
        if kept_mail and self.remove_mail is not None:
            removed = self.remove_mail(kept_mail)
            log.info("retention: %d cases purged, %d kept mails deleted", len(items), removed)
        return items

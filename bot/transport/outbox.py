"""The outbox: mail is stored with its final Message-ID before it is sent.

A crash between the send and the record of it means the mail is sent again on
restart, with the same Message-ID, so the receiver can tell it is the same mail.
SMTP 4xx and dropped connections are retried with backoff (RFC 5321 §4.2.5 says 4yz
is transient); 5xx is final and the case goes to staff.
"""

from __future__ import annotations

import logging
import ssl as ssl_lib
from dataclasses import dataclass
from datetime import datetime, timedelta

import aiosmtplib

from bot.mail.compose import STAFF_KINDS, Outgoing, compose
from bot.settings import SmtpSettings
from bot.store.records import Records

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SendResult:
    message_id: str
    case_id: str
    status: str  # sent, retry, failed
    error: str = ""


class Outbox:
    def __init__(self, settings: SmtpSettings, records: Records, sender_name: str = "") -> None:
        self.settings = settings
        self.records = records
        self.sender_name = sender_name

    def _client(self) -> aiosmtplib.SMTP:
        s = self.settings
        return aiosmtplib.SMTP(
            hostname=s.host,
            port=s.port,
            use_tls=s.ssl == "true",
            start_tls=True if s.ssl == "starttls" else False,
            timeout=s.timeout_seconds,
            tls_context=ssl_lib.create_default_context() if s.ssl != "false" else None,
        )

    # -- circuit breaker ---------------------------------------------------------------------
    def breaker_open(self, now: datetime) -> bool:
        """True while sending is stopped because the outbox rate spiked (stored: survives restarts)."""
        state = self.records.store.counters.get("breaker") or {}
        tripped = state.get("tripped_at")
        if not tripped:
            return False
        if now - datetime.fromisoformat(tripped) >= timedelta(minutes=self.settings.breaker_cooldown_minutes):
            self.records.store.counters.put("breaker", {"tripped_at": ""})
            log.warning("outbox circuit breaker closed again after its cool-down")
            return False
        return True

    def _trip_if_spiking(self, now: datetime, unrecorded: int = 0) -> bool:
        if self.breaker_open(now):
            return True
        if self._sent_this_hour(now) + unrecorded < self.settings.max_per_hour:
            return False
        self.records.store.counters.put("breaker", {"tripped_at": now.isoformat(timespec="seconds")})
        log.error("outbox circuit breaker opened: %d mails this hour", self._sent_this_hour(now))
        return True

    def _sent_this_hour(self, now: datetime) -> int:
        return len((self.records.store.counters.get(f"hour{now:%Y%m%d}:{now:%H}") or {}).get("ids", []))

    def _record_sent(self, message_ids: list[str], now: datetime) -> None:
        """One write for a whole flush: a crash before it resends the same Message-IDs."""
        if not message_ids:
            return
        self.records.mark_sent(message_ids, now)
        key = f"hour{now:%Y%m%d}:{now:%H}"
        ids = (self.records.store.counters.get(key) or {}).get("ids", [])
        self.records.store.counters.put(key, {"ids": [*ids, *message_ids]})

    async def flush(self, now: datetime) -> list[SendResult]:
        """Send every queued mail that is due; returns what happened to each.

        A loop with a robot we failed to recognise, or a flood of forged requests,
        shows as a spike in the outbox: past `smtp.max_per_hour` the breaker opens and
        mail to requesters waits (queued, not lost) until the cool-down; mail to staff
        still leaves, so they hear of it.
        """
        due = [d for d in self.records.pending_mail() if d["next_at"] <= now.isoformat(timespec="seconds")]
        if not due:
            return []
        if self.breaker_open(now):
            due = [d for d in due if d.get("kind") in STAFF_KINDS]
            if not due:
                return []
        results: list[SendResult] = []
        sent: list[str] = []
        client = self._client()
        try:
            await client.connect()
            if self.settings.username:
                await client.login(self.settings.username, self.settings.password)
        except (aiosmtplib.SMTPException, OSError) as exc:
            return [self._deferred(d, now, f"connect: {exc}") for d in due]
        try:
            for index, doc in enumerate(due):
                if doc.get("kind") not in STAFF_KINDS and self._trip_if_spiking(now, len(sent)):
                    continue  # held in the queue until the breaker closes
                results.append(await self._send_one(client, doc, now))
                if results[-1].status == "sent":
                    sent.append(results[-1].message_id)
                if results[-1].status == "retry" and not client.is_connected:
                    # The server hung up (421): defer the rest rather than fail them.
                    results += [self._deferred(d, now, "connection lost") for d in due[index + 1 :]]
                    break
        finally:
            self._record_sent(sent, now)
            if client.is_connected:
                try:
                    await client.quit()
                except (aiosmtplib.SMTPException, OSError):
                    client.close()
        return results

    async def _send_one(self, client: aiosmtplib.SMTP, doc: dict[str, object], now: datetime) -> SendResult:
        out = Outgoing.from_doc(doc)
        raw = compose(out, self.settings.from_, now, self.sender_name)
        try:
            await client.sendmail(self.settings.from_, [out.to], raw)
        except aiosmtplib.SMTPResponseException as exc:
            if 400 <= exc.code < 500:
                return self._deferred(doc, now, f"{exc.code} {exc.message}")
            return self._failed(doc, f"{exc.code} {exc.message}")
        except aiosmtplib.SMTPRecipientsRefused as exc:
            return self._failed(doc, f"recipient refused: {exc.recipients[0].code if exc.recipients else ''}")
        except (aiosmtplib.SMTPException, OSError) as exc:
            return self._deferred(doc, now, f"{type(exc).__name__}: {exc}")
        log.info("sent %s for case %s", out.kind, out.case_id)
        return SendResult(out.message_id, out.case_id, "sent")

    def _deferred(self, doc: dict[str, object], now: datetime, error: str) -> SendResult:
        attempts = int(str(doc.get("attempts", 0))) + 1
        message_id, case_id = str(doc["message_id"]), str(doc["case_id"])
        if attempts >= self.settings.max_attempts:
            return self._failed(doc, f"gave up after {attempts} attempts: {error}")
        delay = min(self.settings.retry_seconds * 2 ** (attempts - 1), 6 * 3600)
        next_at = (now + timedelta(seconds=delay)).isoformat(timespec="seconds")
        self.records.update_mail(message_id, attempts=attempts, next_at=next_at, error=error)
        log.warning("deferred mail of case %s (attempt %s): %s", case_id, attempts, error)
        return SendResult(message_id, case_id, "retry", error)

    def _failed(self, doc: dict[str, object], error: str) -> SendResult:
        message_id, case_id = str(doc["message_id"]), str(doc["case_id"])
        self.records.update_mail(message_id, status="failed", error=error)
        log.error("mail of case %s failed: %s", case_id, error)
        return SendResult(message_id, case_id, "failed", error)

"""Mail that belongs to an existing case, and mail seen again."""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

from bot.app import Bot
from bot.cases.transitions import CaseState
from bot.mail.parse import parse
from bot.pipeline.filters import Kind, MailContext, decide
from bot.rules import Classifier
from tests.factory import FixedClock, mail, settings_for


def test_a_case_tag_counts_only_from_the_case_address() -> None:
    cases = {"PB-2611-ABCDEFGH": "alice@example.org"}
    ctx = MailContext(frozenset({"privacy@example.org"}), lambda _: None, cases.get, Classifier())
    own = decide(parse(mail("alice@example.org", "Re: my request [PB-2611-ABCDEFGH]", "thanks")), ctx)
    assert own.kind is Kind.FOLLOW_UP and own.case_id == "PB-2611-ABCDEFGH"
    forged = decide(parse(mail("mallory@evil.example", "Delete my data [PB-2611-ABCDEFGH]",
                               "Please delete all my data.")), ctx)
    assert forged.kind is not Kind.FOLLOW_UP  # a new case of its own, never injected into Alice's


def test_the_same_mail_after_a_uidvalidity_change_is_not_processed_twice(dovecot, smtp_sink, tmp_path: Path) -> None:
    raw = mail("Alice <alice@example.org>", "Request under Article 15 GDPR", Message_ID="<same@sender.example>")
    dovecot.create_folder("Requests")
    dovecot.append(raw, folder="Requests")
    settings = settings_for(dovecot, smtp_sink, tmp_path, mailbox={"folder": "Requests"})
    bot = Bot(settings)
    try:
        bot.run(once=True)
        first_uidvalidity = bot.mailbox.uidvalidity
        bot.mailbox.close()
        # The operator restores the mail into a recreated folder: new UIDVALIDITY, same bytes.
        client = dovecot.connect()
        client.delete_folder("Requests")
        client.create_folder("Requests")
        client.logout()
        dovecot.append(raw, folder="Requests")
        bot.run(once=True)
    finally:
        bot.close()
    assert bot.mailbox.uidvalidity != first_uidvalidity
    assert [o.kind for o in bot.outcomes] == ["request", "duplicate"]
    assert bot.outcomes[1].case_id == bot.outcomes[0].case_id
    assert len([m for m in smtp_sink.messages if m.rcpt_tos == ["alice@example.org"]]) == 1


def test_imap_server_restarted_while_the_loop_runs(dovecot, smtp_sink, tmp_path: Path) -> None:
    settings = settings_for(dovecot, smtp_sink, tmp_path, mailbox={"poll_seconds": 1, "idle": True,
                                                                   "max_backoff_seconds": 1})
    bot = Bot(settings)
    runner = threading.Thread(target=bot.run, daemon=True)
    runner.start()
    try:
        dovecot.append(mail("first@example.org", "Request under Article 15 GDPR"))
        smtp_sink.wait_for(1, timeout=30)
        dovecot.restart()  # the connection in IDLE dies under the loop
        dovecot.append(mail("second@example.org", "Request under Article 15 GDPR"))
        sent = smtp_sink.wait_for(2, timeout=60)
    finally:
        bot.stop()
        runner.join(timeout=30)
        bot.close()
    assert {m.rcpt_tos[0] for m in sent} == {"first@example.org", "second@example.org"}
    assert dovecot.list_uids("INBOX") == []



def test_an_answered_clarification_restarts_the_month(dovecot, smtp_sink, tmp_path: Path) -> None:
    from bot.web import desk_actions

    clock = FixedClock()
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path), clock=clock)
    try:
        dovecot.append(mail("Dana <dana@example.org>", "Complaint: no answer",
                            "I will complain to the data protection authority."))
        bot.run(once=True)
        case_id = bot.outcomes[0].case_id
        assert bot.records.case(case_id).state is CaseState.NEEDS_HUMAN
        clock.now += timedelta(days=10)
        desk_actions.clarify(bot.workflow, case_id, "staff:ann", "Which request do you mean?")
        bot.flush_outbox()
        question = [m for m in smtp_sink.messages if m.message["X-Privacy-Bot-Kind"] == "clarification"][-1]
        clock.now += timedelta(days=5)
        dovecot.append(mail("Dana <dana@example.org>", "Re: " + question.message["Subject"],
                            "My access request of last month.", In_Reply_To=question.message["Message-ID"]))
        bot.run(once=True)
        case = bot.records.case(case_id)
    finally:
        bot.close()
    assert case.due == "2027-01-14"  # one month from the answer (2026-12-14), not from receipt
    assert [e.event for e in case.events][-2:] == ["clarification_answered", "deadline_restarted"]

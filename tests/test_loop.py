"""The mailbox loop end to end: real Dovecot, real aiosmtpd, `run --once`."""

from __future__ import annotations

from email import message_from_bytes
from pathlib import Path

from bot.app import Bot
from bot.cases.transitions import CaseState
from tests.factory import mail, settings_for

REQUESTS = [
    mail("Alice <alice@example.org>", "Request under Article 15 GDPR"),
    mail("bert@example.be", "Verwijder mijn gegevens", "Ik wil dat u al mijn gegevens verwijdert."),
    mail("chloe@example.fr", "Rectification de mes données", "Merci de corriger mon adresse."),
    mail("dana@example.org", "Complaint: second request", "I have not received an answer."),
]
ROBOTS = [
    mail("peter@example.nl", "Automatic reply: hello", "I am out of the office.", Auto_Submitted="auto-replied"),
    mail("MAILER-DAEMON@mx.example.org", "Undelivered Mail Returned to Sender", "550 5.1.1 User unknown"),
    mail("news@shop.example", "Our weekly deals", "Deals!", Precedence="bulk", List_Id="<deals.shop.example>"),
]


def _run(settings) -> Bot:
    bot = Bot(settings)
    try:
        bot.run(once=True)
    finally:
        bot.close()
    return bot


def test_every_mail_gets_an_outcome_and_every_request_one_acknowledgement(dovecot, smtp_sink, tmp_path: Path) -> None:
    for raw in REQUESTS + ROBOTS:
        dovecot.append(raw)
    settings = settings_for(dovecot, smtp_sink, tmp_path)

    bot = _run(settings)

    assert dovecot.list_uids("INBOX") == []
    assert len(dovecot.list_uids("Processed")) == len(REQUESTS) + len(ROBOTS)
    sent = smtp_sink.wait_for(len(REQUESTS) + 1)
    to_people = [m for m in sent if m.rcpt_tos != ["dpo@example.org"]]
    recipients = sorted(r for m in to_people for r in m.rcpt_tos)
    assert recipients == sorted(["alice@example.org", "bert@example.be", "chloe@example.fr", "dana@example.org"])
    robots = {"peter@example.nl", "mailer-daemon@mx.example.org", "news@shop.example"}
    assert not robots & {r for m in sent for r in m.rcpt_tos}
    (to_staff,) = [m for m in sent if m.rcpt_tos == ["dpo@example.org"]]
    assert "complaint" in to_staff.message["Subject"]
    for m in to_people:
        assert m.message["Auto-Submitted"] == "auto-replied"
        assert m.message["In-Reply-To"]
        assert "[PB-" in m.message["Subject"]
    assert {o.kind for o in bot.outcomes} == {"request", "automated"}


def test_a_second_run_processes_nothing_again(dovecot, smtp_sink, tmp_path: Path) -> None:
    dovecot.append(REQUESTS[0])
    settings = settings_for(dovecot, smtp_sink, tmp_path)
    _run(settings)
    smtp_sink.wait_for(1)
    bot = _run(settings)
    assert bot.outcomes == []
    assert len(smtp_sink.messages) == 1


def test_reply_goes_to_from_never_to_reply_to(dovecot, smtp_sink, tmp_path: Path) -> None:
    dovecot.append(mail("Victim <victim@example.org>", "Delete my data", "Please erase all my data.",
                        Reply_To="attacker@evil.example"))
    _run(settings_for(dovecot, smtp_sink, tmp_path))
    sent = smtp_sink.wait_for(2)
    (challenge,) = [m for m in sent if m.rcpt_tos != ["dpo@example.org"]]
    assert challenge.rcpt_tos == ["victim@example.org"]
    assert "evil.example" not in challenge.raw.decode()
    assert not [m for m in sent if "attacker@evil.example" in m.rcpt_tos]
    (alert,) = [m for m in sent if m.rcpt_tos == ["dpo@example.org"]]
    assert "reply-to-differs" in alert.message["Subject"]


def test_acknowledgement_names_the_case_and_the_due_date(dovecot, smtp_sink, tmp_path: Path) -> None:
    dovecot.append(REQUESTS[0])
    settings = settings_for(dovecot, smtp_sink, tmp_path)
    bot = _run(settings)
    (sent,) = smtp_sink.wait_for(1)
    text = sent.message.get_content()
    case_id = bot.outcomes[0].case_id
    check = Bot(settings)
    try:
        case = check.records.case(case_id)
    finally:
        check.close()
    assert case_id in text
    assert case.due in text
    assert case.due_date.month == (case.received_at_date.month % 12) + 1


def test_smtp_4xx_is_retried_and_then_sent_with_the_same_message_id(dovecot, smtp_sink, tmp_path: Path) -> None:
    smtp_sink.plan(["451 4.3.0 try again later", "DROP"])
    dovecot.append(REQUESTS[0])
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path))
    try:
        bot.run(once=True)
        for _ in range(3):
            if smtp_sink.messages:
                break
            bot.flush_outbox()
    finally:
        bot.close()
    (sent,) = smtp_sink.wait_for(1)
    first, second, third = smtp_sink.attempts
    assert first.response.startswith("451") and second.response.startswith("421")
    assert {message_from_bytes(a.raw)["Message-ID"] for a in smtp_sink.attempts} == {sent.message["Message-ID"]}


def test_smtp_5xx_hands_the_case_to_staff(dovecot, smtp_sink, tmp_path: Path) -> None:
    smtp_sink.always("550 5.1.1 no such user")
    dovecot.append(REQUESTS[0])
    bot = _run(settings_for(dovecot, smtp_sink, tmp_path))
    case_id = bot.outcomes[0].case_id
    check = Bot(settings_for(dovecot, smtp_sink, tmp_path))
    try:
        assert check.records.case(case_id).state is CaseState.NEEDS_HUMAN
    finally:
        check.close()


def test_imap_server_restart_between_polls_is_survived(dovecot, smtp_sink, tmp_path: Path) -> None:
    settings = settings_for(dovecot, smtp_sink, tmp_path)
    bot = Bot(settings)
    try:
        dovecot.append(REQUESTS[0])
        bot.run(once=True)
        dovecot.restart()
        dovecot.append(REQUESTS[1])
        bot.run(once=True)  # the old connection is dead: reconnect and go on
    finally:
        bot.close()
    assert dovecot.list_uids("INBOX") == []
    assert len(smtp_sink.wait_for(2)) == 2


def test_second_runner_on_the_same_store_is_refused(dovecot, smtp_sink, tmp_path: Path) -> None:
    import subprocess
    import sys

    settings = settings_for(dovecot, smtp_sink, tmp_path)
    first = Bot(settings)
    first.store.acquire_runner()
    try:
        cfg = tmp_path / "settings.yaml"
        cfg.write_text(
            f"mailbox: {{host: 127.0.0.1, port: {dovecot.port}, ssl: false, username: {dovecot.user}, password: {dovecot.password}}}\n"
            f"smtp: {{host: 127.0.0.1, port: {smtp_sink.port}, ssl: false, from: privacy@example.org}}\n"
            f"store: {{path: {tmp_path / 'store'}}}\n"
        )
        proc = subprocess.run([sys.executable, "-m", "bot", "run", "--once", "--config", str(cfg)],
                              capture_output=True, text=True, timeout=60)
    finally:
        first.close()
    assert proc.returncode == 1
    assert "another privacy-bot run holds the store" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_outbox_circuit_breaker_holds_mail_and_survives_a_restart(dovecot, smtp_sink, tmp_path: Path) -> None:
    for i in range(4):
        dovecot.append(mail(f"person{i}@example.org", "Request under Article 15 GDPR"))
    settings = settings_for(dovecot, smtp_sink, tmp_path, smtp={"max_per_hour": 2})
    _run(settings)
    assert len(smtp_sink.messages) == 2  # the breaker opened at the limit
    restarted = Bot(settings)
    try:
        assert restarted.outbox.breaker_open(restarted.clock())  # stored, not in memory
        restarted.flush_outbox()
        assert len(smtp_sink.messages) == 2
        assert len(restarted.records.pending_mail()) == 2  # held, not lost
    finally:
        restarted.close()


def test_mail_arriving_between_two_polls_of_one_connection_is_seen(dovecot, smtp_sink, tmp_path: Path) -> None:
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path))
    try:
        dovecot.append(REQUESTS[0])
        bot.run(once=True)
        dovecot.append(REQUESTS[1])  # the bot keeps its selected INBOX open
        bot.run(once=True)
    finally:
        bot.close()
    assert len(bot.outcomes) == 2
    assert dovecot.list_uids("INBOX") == []


def test_idle_wakes_the_loop_long_before_the_poll_interval(dovecot, smtp_sink, tmp_path: Path) -> None:
    import threading

    settings = settings_for(dovecot, smtp_sink, tmp_path, mailbox={"poll_seconds": 600, "idle": True})
    bot = Bot(settings)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            bot.run()
        except BaseException as exc:  # shown by the assertion below, not lost in the thread
            errors.append(exc)

    dovecot.append(REQUESTS[0])
    runner = threading.Thread(target=run, daemon=True)
    runner.start()
    try:
        smtp_sink.wait_for(1, timeout=60)  # the first mail is done: the loop now waits in IDLE
        dovecot.append(REQUESTS[1])
        # Without IDLE the second mail would wait for the 600 s poll; IDLE reports it in
        # ~0.5 s (and a renewal every 25 s re-checks the folder if a notice went astray).
        second = smtp_sink.wait_for(2, timeout=120)[1]
        assert second.rcpt_tos == ["bert@example.be"]
    finally:
        bot.stop()
        runner.join(timeout=30)
        bot.close()
    assert not errors and not runner.is_alive()
    assert dovecot.list_uids("INBOX") == []

"""Sweeps through the real loop: a reminder before expiry, then expiry with a notice."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.app import Bot
from bot.cases.transitions import CaseState
from tests.factory import FixedClock, mail, sample_sources, settings_for



def test_unanswered_challenge_is_reminded_once_then_expires(dovecot, smtp_sink, tmp_path: Path) -> None:
    clock = FixedClock()
    dovecot.append(mail("Alice <alice.martin@example.org>", "Request under Article 15 GDPR"))
    bot = Bot(settings_for(dovecot, smtp_sink, tmp_path, sources=sample_sources(tmp_path)), clock=clock)
    try:
        bot.run(once=True)
        case_id = bot.outcomes[0].case_id
        (first,) = smtp_sink.wait_for(1)
        assert first.message["X-Privacy-Bot-Kind"] == "challenge"

        clock.now += timedelta(days=1)
        bot.upkeep.sweep(clock.now)
        assert len(smtp_sink.messages) == 1  # too early for a reminder

        clock.now += timedelta(days=3)
        bot.upkeep.sweep(clock.now)
        bot.upkeep.sweep(clock.now)  # a second sweep the same day sends nothing more
        bot.flush_outbox()
        reminder = smtp_sink.wait_for(2)[1]
        assert reminder.message["X-Privacy-Bot-Kind"] == "challenge_reminder"
        assert reminder.rcpt_tos == ["alice.martin@example.org"]
        assert len(smtp_sink.messages) == 2

        clock.now += timedelta(days=4)
        bot.upkeep.sweep(clock.now)
        bot.flush_outbox()
        notice = smtp_sink.wait_for(3)[2]
        assert notice.message["X-Privacy-Bot-Kind"] == "challenge_expired"
        assert bot.records.case(case_id).state is CaseState.EXPIRED
    finally:
        bot.close()


def test_a_sweep_missed_while_the_bot_was_down_runs_at_start(dovecot, smtp_sink, tmp_path: Path) -> None:
    clock = FixedClock()
    settings = settings_for(dovecot, smtp_sink, tmp_path, sources=sample_sources(tmp_path))
    bot = Bot(settings, clock=clock)
    swept: list[datetime] = []
    sweeper = bot.sweeper()
    sweeper.sweep = swept.append  # observe the wake-ups only
    try:
        assert sweeper.start() is True  # never swept: runs at once
        sweeper.stop()
        clock.now += timedelta(hours=5)  # the bot was down for hours
        restarted = bot.sweeper()
        restarted.sweep = swept.append
        assert restarted.start() is True
        restarted.stop()
        again = bot.sweeper()
        again.sweep = swept.append
        assert again.start() is False  # just swept: waits for the interval
        again.stop()
    finally:
        bot.close()
    assert swept == [datetime(2026, 11, 29, 9, 0, tzinfo=UTC), datetime(2026, 11, 29, 14, 0, tzinfo=UTC)]

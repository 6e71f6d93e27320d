"""GDPR Art. 12(3) deadlines: one calendar month, extensions of up to two more."""

from __future__ import annotations

from datetime import date

import pytest

from bot.schedule.deadlines import add_months, days_left, due_date


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (date(2026, 11, 29), date(2026, 12, 29)),
        (date(2026, 1, 31), date(2026, 2, 28)),  # no 31 February: the month's last day
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), date(2026, 4, 30)),
        (date(2026, 12, 15), date(2027, 1, 15)),  # across the year
        (date(2026, 2, 28), date(2026, 3, 28)),
    ],
)
def test_one_calendar_month(received: date, due: date) -> None:
    assert due_date(received) == due


def test_extension_by_two_months() -> None:
    assert due_date(date(2026, 11, 30), extension_months=2) == date(2027, 2, 28)
    assert due_date(date(2027, 11, 30), extension_months=2) == date(2028, 2, 29)


def test_extension_beyond_two_months_is_refused() -> None:
    with pytest.raises(ValueError):
        due_date(date(2026, 1, 1), extension_months=3)


def test_add_months_and_days_left() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert days_left(date(2026, 12, 29), date(2026, 11, 29)) == 30

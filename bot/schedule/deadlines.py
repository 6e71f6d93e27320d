"""Deadline arithmetic (pure).

GDPR Art. 12(3): answer "within one month of receipt", extendable by two further
months. One calendar month follows the ICO reading: the same day next month, or
that month's last day when it has no such day (31 January -> 28/29 February).
"""

from __future__ import annotations

import calendar
from datetime import date


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year = start.year + month_index // 12
    month = month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def due_date(received: date, extension_months: int = 0) -> date:
    """The day by which a request received on `received` must be answered."""
    if not 0 <= extension_months <= 2:
        raise ValueError("Art. 12(3) allows an extension of at most two further months")
    return add_months(received, 1 + extension_months)


def days_left(due: date, today: date) -> int:
    return (due - today).days

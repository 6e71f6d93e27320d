"""Statistics on the privacy mailbox, computed on pseudonyms only.

Where it sits: `privacy-bot stats` prints `format_stats`, the desk page shows
`chart_svg`; both read cases from the store and nothing else. The privacy statement
promises statistics on pseudonymised data (GDPR Art. 89(1), Art. 4(5)): a requester is
seen here only as `pseudonym()` (a keyed HMAC of the normalised address, cut to 12 hex
characters), needed to count repeat requesters, and no address leaves this module.
Purged cases keep that pseudonym in `data["pseudonym"]` (see `bot.purge`), so a
statistic over years of cases stays the same before and after the purge.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from bot.cases.model import Case
from bot.cases.transitions import FINAL_STATES, CaseEvent, CaseState
from bot.sources.addresses import normalise

# Mail that is no request (handed to staff, robots) is counted, but its "answer" is a
# forward on the same day and would flatter the days-to-answer figures.
NOT_REQUESTS = frozenset({"other", "automated"})
_CHALLENGE_OUTCOMES = (CaseEvent.VERIFIED, CaseEvent.NOT_ME, CaseEvent.CHALLENGE_EXPIRED)


def pseudonym(address: str, key: bytes) -> str:
    """HMAC-SHA256(key, normalised address)[:12]: one person, one opaque token.

    Keyed because addresses are few enough to enumerate: a plain hash is reversible.
    Normalised like the suppression list, so `J.Doe+x@gmail.com` and `jdoe@gmail.com`
    count as one requester.
    """
    if not key:
        raise ValueError("pseudonym needs a non-empty key")
    return hmac.new(key, normalise(address).encode(), hashlib.sha256).hexdigest()[:12]


@dataclass(frozen=True, slots=True)
class Stats:
    today: date
    total: int
    per_category: tuple[tuple[str, int], ...]  # most frequent first
    per_month: tuple[tuple[str, int], ...]  # "YYYY-MM", every month from first to today
    per_month_category: tuple[tuple[str, str, int], ...]  # (month, category, count)
    answered: int  # requests that reached done
    median_days: float | None
    p90_days: int | None
    open: int
    overdue: int
    challenges_sent: int
    verified: int
    not_me: int
    challenge_expired: int
    verification_rate: float | None  # verified / challenged
    requesters: int  # distinct pseudonyms
    repeat_requesters: int  # pseudonyms with more than one case


def _month(iso: str) -> str:
    return iso[:7]


def _months(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def days_to_answer(case: Case) -> int | None:
    """Calendar days from receipt to the event that closed the case as done."""
    for event in case.events:
        if event.state == CaseState.DONE:
            return (datetime.fromisoformat(event.at).date() - case.received_at_date).days
    return None


def nearest_rank(values: list[int], fraction: float) -> int:
    """The value below or at which `fraction` of values lie; always one that occurred.

    Nearest rank, not interpolation: "90 % of requests were answered within N days"
    must be true of the requests themselves.
    """
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def compute_stats(cases: Iterable[Case], today: date, pseudonym_key: bytes | None = None) -> Stats:
    """The figures of the desk's statistics page.

    Without `pseudonym_key` a random one is used: repeat requesters are still counted
    within this call, but purged cases (which only keep their stored pseudonym) cannot
    be matched with live ones. Pass the store's key to count across both.
    """
    key = pseudonym_key or secrets.token_bytes(32)
    categories: Counter[str] = Counter()
    months: Counter[str] = Counter()
    month_category: Counter[tuple[str, str]] = Counter()
    people: Counter[str] = Counter()
    durations: list[int] = []
    total = open_ = overdue = challenged = 0
    outcomes: Counter[str] = Counter()
    for case in cases:
        total += 1
        categories[case.category] += 1
        months[_month(case.received_at)] += 1
        month_category[(_month(case.received_at), case.category)] += 1
        who = pseudonym(case.address, key) if case.address else str(case.data.get("pseudonym", ""))
        if who:
            people[who] += 1
        if case.state not in FINAL_STATES:
            open_ += 1
            overdue += case.due_date < today
        if case.category not in NOT_REQUESTS and (days := days_to_answer(case)) is not None:
            durations.append(days)
        seen = {e.event for e in case.events}
        if CaseEvent.CHALLENGE_SENT in seen:
            challenged += 1
            for outcome in _CHALLENGE_OUTCOMES:
                outcomes[outcome] += outcome in seen
    span = _months(min(months), max(max(months), today.isoformat()[:7])) if months else []
    return Stats(
        today=today,
        total=total,
        per_category=tuple(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
        per_month=tuple((m, months[m]) for m in span),
        per_month_category=tuple((m, c, n) for (m, c), n in sorted(month_category.items())),
        answered=len(durations),
        median_days=statistics.median(durations) if durations else None,
        p90_days=nearest_rank(durations, 0.9) if durations else None,
        open=open_,
        overdue=overdue,
        challenges_sent=challenged,
        verified=outcomes[CaseEvent.VERIFIED],
        not_me=outcomes[CaseEvent.NOT_ME],
        challenge_expired=outcomes[CaseEvent.CHALLENGE_EXPIRED],
        verification_rate=outcomes[CaseEvent.VERIFIED] / challenged if challenged else None,
        requesters=len(people),
        repeat_requesters=sum(1 for n in people.values() if n > 1),
    )


def _num(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:g}" if isinstance(value, float) else str(value)
    return f"{text}{unit}"


def format_stats(stats: Stats) -> str:
    """The terminal view of `privacy-bot stats`."""
    rate = "-" if stats.verification_rate is None else f"{stats.verification_rate:.0%}"
    outcomes = f"{stats.not_me} not me, {stats.challenge_expired} expired"
    lines = [
        f"Statistics on {stats.today.isoformat()} (pseudonymised: no addresses)",
        "",
        f"requests            {stats.total}",
        f"open                {stats.open}",
        f"overdue             {stats.overdue}",
        f"answered            {stats.answered}",
        f"days to answer      median {_num(stats.median_days)}, 90th percentile {_num(stats.p90_days)}",
        f"verification        {rate} ({stats.verified} of {stats.challenges_sent} challenged; {outcomes})",
        f"requesters          {stats.requesters} ({stats.repeat_requesters} wrote more than once)",
        "",
        "per category",
    ]
    lines += [f"  {category:<18}{count}" for category, count in stats.per_category] or ["  (none)"]
    lines += ["", "per month"]
    width = max((n for _, n in stats.per_month), default=0)
    for month, count in stats.per_month:
        bar = "#" * (round(count * 40 / width) if width else 0)
        lines.append(f"  {month}  {count:>4}  {bar}".rstrip())
    if not stats.per_month:
        lines.append("  (none)")
    return "\n".join(lines) + "\n"


def chart_svg(stats: Stats, months: int = 12, width: int = 480, height: int = 160) -> str:
    """Requests per month (the last `months`) as an inline SVG bar chart.

    No script and no external font or stylesheet: the desk page serves no third-party
    assets and must work without JavaScript. Colours follow `currentColor` so the
    page's own style decides; no style attribute, so a strict Content-Security-Policy
    (no 'unsafe-inline') does not block any of it.
    """
    shown = list(stats.per_month[-months:])
    top, bottom, left = 16, 24, 8
    plot_h = height - top - bottom
    peak = max((n for _, n in shown), default=0)
    slot = (width - 2 * left) / max(len(shown), 1)
    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img"'
            f' aria-labelledby="stats-chart-title" width="100%">'
        ),
        '<title id="stats-chart-title">Requests per month</title>',
    ]
    if not shown:
        parts.append(f'<text x="{width // 2}" y="{height // 2}" text-anchor="middle" font-size="12"'
                     ' fill="currentColor">No requests yet</text>')
    for i, (month, count) in enumerate(shown):
        bar_h = round(count * plot_h / peak) if peak else 0
        x = left + i * slot + slot * 0.15
        y = top + plot_h - bar_h
        label = escape(month)
        parts.append(
            f'<g><title>{label}: {count} requests</title>'
            f'<rect x="{x:.1f}" y="{y}" width="{slot * 0.7:.1f}" height="{bar_h}" fill="currentColor"'
            ' fill-opacity="0.7"/>'
            f'<text x="{x + slot * 0.35:.1f}" y="{y - 3}" text-anchor="middle" font-size="10"'
            f' fill="currentColor">{count}</text>'
            f'<text x="{x + slot * 0.35:.1f}" y="{height - 8}" text-anchor="middle" font-size="9"'
            f' fill="currentColor">{label[2:]}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)

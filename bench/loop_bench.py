"""Benchmark of the mailbox loop on a real Dovecot (loopback only).

Prints mails/s of `run --once` beside the floor of the same mailbox (raw FETCH +
mail-parser), and the store's cost per mail when it already holds 1k and 20k cases.

    .venv/bin/python bench/loop_bench.py [--mails 5000] [--cases 1000,20000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import mailparser  # noqa: E402

from bot.app import Bot  # noqa: E402
from bot.cases.model import Case, new_case_id  # noqa: E402
from bot.cases.transitions import CaseState  # noqa: E402
from bot.store import Store  # noqa: E402
from bot.store.records import Commit, LedgerEntry, Records  # noqa: E402
from tests.factory import mail, settings_for  # noqa: E402
from tests.servers.dovecot import Dovecot  # noqa: E402
from tests.servers.smtp import SmtpSink  # noqa: E402

SUBJECTS = ["Request under Article 15 GDPR", "Please delete my data", "Where is my order?",
            "Automatic reply: away", "Verwijder mijn gegevens", "Demande d'accès à mes données"]


def realistic(i: int) -> bytes:
    body = ("Dear Sir or Madam,\n\nUnder the GDPR I ask you about my personal data. " * 20) + f"\nRef {i}\n"
    extra = {"Auto_Submitted": "auto-replied"} if i % 6 == 3 else {}
    return mail(f"Person {i} <person{i}@example.org>", SUBJECTS[i % 6], body, **extra)


def floor(dovecot: Dovecot) -> float:
    client = dovecot.connect()
    client.select_folder("INBOX", readonly=True)
    uids = client.search(["ALL"])
    start = time.perf_counter()
    for k in range(0, len(uids), 200):
        data = client.fetch(uids[k:k + 200], ["BODY.PEEK[]"])
        for item in data.values():
            mailparser.parse_from_bytes(item[b"BODY[]"])
    elapsed = time.perf_counter() - start
    client.logout()
    return len(uids) / elapsed


def store_cost(n_cases: int, samples: int = 200) -> float:
    """Median ms for one mail's commit with n_cases already stored."""
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "store")
        records = Records(store)
        now = datetime(2026, 11, 29, tzinfo=UTC)
        batch = []
        for i in range(n_cases):
            # spread history over years of months, as a real store would hold it
            when = now - timedelta(days=(n_cases - i) * 730 // max(n_cases, 1))
            case = Case(new_case_id(when), CaseState.DONE, "access", ("access",), "en", f"p{i}@example.org",
                        when.isoformat(), when.date().isoformat())
            batch.append((LedgerEntry(1, i + 1, f"{i:064x}", "request", "Processed", "", case.id), case))
        for entry, case in batch:
            records.commit(Commit(ledger=entry, cases=(case,)), now)
        times = []
        for j in range(samples):
            case = Case(new_case_id(now), CaseState.RECEIVED, "access", ("access",), "en", "x@example.org",
                        now.isoformat(), now.date().isoformat())
            entry = LedgerEntry(1, n_cases + j + 1, f"f{j:063x}", "request", "Processed", "", case.id)
            t0 = time.perf_counter()
            records.commit(Commit(ledger=entry, cases=(case,)), now)
            times.append((time.perf_counter() - t0) * 1000)
        store.close()
        return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mails", type=int, default=5000)
    ap.add_argument("--cases", default="1000,20000")
    args = ap.parse_args()
    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    with Dovecot() as dovecot, SmtpSink() as sink, tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        client = dovecot.connect()
        for i in range(args.mails):
            client.append("INBOX", realistic(i))
        client.logout()
        print(f"appended {args.mails} mails in {time.perf_counter() - t0:.1f} s")
        print(f"floor (FETCH + mail-parser): {floor(dovecot):8.0f} mails/s")
        settings = settings_for(dovecot, sink, Path(tmp), smtp={"max_per_address_per_day": 100000, "max_per_hour": 1000000})
        bot = Bot(settings)
        t0 = time.perf_counter()
        bot.run(once=True)
        elapsed = time.perf_counter() - t0
        bot.close()
        print(f"run --once:                  {args.mails / elapsed:8.0f} mails/s "
              f"({elapsed:.1f} s, {len(sink.messages)} replies sent)")
    for n in (int(x) for x in args.cases.split(",")):
        print(f"store commit per mail at {n:>6} cases: {store_cost(n):6.2f} ms (median)")


if __name__ == "__main__":
    main()

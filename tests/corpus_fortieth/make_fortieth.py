"""Write the FORTIETH evaluation set: tests/corpus_fortieth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fortieth/make_fortieth.py

Written after the thirty-ninth-set round, without reading the rules or the text model:
marketing beyond the inbox (sales and survey calls, the do-not-call register, promotional
texts, catalogues and leaflets addressed by name, address lists bought from brokers,
raffles, referral programmes: where the shop got the number or the address), and
marketing mail that asks nothing of the privacy team (people_ka.py: en nl fr de es it
pt; people_kb.py: pl cs hr sv ro el bg); the robot mail of the systems behind phone, SMS
and paper marketing (call-centre and SMS platforms, print and mailing houses, postal
services, address brokers, raffle and event platforms, auto-replies and delivery
failures) and people whose mail looks like theirs (robots_kc.py, 14 languages). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's own modules first: corpus_fresh has people_e/f/g.py too, and an import
# found there would write the fresh set's letters under this set's name (as it did for
# the tenth set until the eighteenth round)
sys.path.insert(0, str(HERE.parent / "corpus_fresh"))
sys.path.insert(0, str(HERE))

from people_ka import PEOPLE_KA  # noqa: E402
from people_kb import PEOPLE_KB  # noqa: E402
from robots_kc import ROBOTS as ROBOTS_KC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ka", PEOPLE_KA), ("kb", PEOPLE_KB)], ROBOTS_KC, 37000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the THIRTY-SIXTH evaluation set: tests/corpus_thirtysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtysixth/make_thirtysixth.py

Written after the thirty-fifth-set round, without reading the rules or the text model:
mistaken identity and other people's data (accounts the writer never opened, fraud
orders, namesakes and merged loyalty cards, someone else's invoices at one's address,
family and inherited addresses, an ex-partner who still has access), told as a story
before the request, and mail on the same topics that asks nothing (people_ga.py: en nl fr
de es it pt; people_gb.py: pl cs hr sv ro el bg); the robot mail of Belgian workplaces
and institutions (out-of-office replies in two or three languages with long privacy
disclaimers, administrations' and hospitals' acknowledgements, leave and closure
notices, gateways' delivery reports) and employees writing real requests above the
same disclaimers (robots_gc.py, 14 languages). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
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

from people_ga import PEOPLE_GA  # noqa: E402
from people_gb import PEOPLE_GB  # noqa: E402
from robots_gc import ROBOTS as ROBOTS_GC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ga", PEOPLE_GA), ("gb", PEOPLE_GB)], ROBOTS_GC, 33000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

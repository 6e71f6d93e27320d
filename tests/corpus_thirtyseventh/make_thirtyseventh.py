"""Write the THIRTY-SEVENTH evaluation set: tests/corpus_thirtyseventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyseventh/make_thirtyseventh.py

Written after the thirty-sixth-set round, without reading the rules or the text model:
money, payments and the person's data (stored cards and IBANs, instalment plans and
the credit checks before them, invoices with the wrong name, debts passed to a
collection agency, data kept "for accounting reasons"), and money mail that asks
nothing of the privacy team (people_ha.py: en nl fr de es it pt; people_hb.py: pl cs
hr sv ro el bg); the robot mail of the systems money passes through (payment service
providers, banks, e-invoicing platforms, collection agencies and credit bureaus,
finance departments' auto-replies) and people whose mail looks like theirs
(robots_hc.py, 14 languages). Its first measurement is in the
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

from people_ha import PEOPLE_HA  # noqa: E402
from people_hb import PEOPLE_HB  # noqa: E402
from robots_hc import ROBOTS as ROBOTS_HC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ha", PEOPLE_HA), ("hb", PEOPLE_HB)], ROBOTS_HC, 34000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the THIRTY-FIRST evaluation set: tests/corpus_thirtyfirst/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyfirst/make_thirtyfirst.py

Written after the thirtieth-set round, without reading the rules or the text model:
the mail of the week after the shop's data breach notice: people's complaints,
requests and questions, many quoting the notice (people_ba.py: en nl fr de es it pt;
people_bb.py: pl cs hr sv ro el bg); the automatic mail that answered the notice
(out-of-office replies and bounces quoting it, helpdesks, security gateways, spam
reports), and people whose reply looks automatic or bare (robots_bc.py, 14
languages). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change
the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
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

from people_ba import PEOPLE_BA  # noqa: E402
from people_bb import PEOPLE_BB  # noqa: E402
from robots_bc import ROBOTS as ROBOTS_BC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ba", PEOPLE_BA), ("bb", PEOPLE_BB)], ROBOTS_BC, 28000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

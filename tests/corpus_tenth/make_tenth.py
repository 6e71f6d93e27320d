"""Write the TENTH evaluation set: tests/corpus_tenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_tenth/make_tenth.py

Written after the ninth-set round, without reading the rules or the text model: a
representative month of a privacy mailbox (people_e.py: en nl fr de es it pt;
people_f.py: pl cs hr sv ro el bg), letters made with request tools, NGO and authority
templates and removal agents (people_g.py, 14 languages), and the everyday robot mix
(out-of-office, NDRs of many systems, delays, list notices) with people who look like
robots (robots_h.py). Its first measurement, before any change for it, is in the
README: the rules alone, and the rules blended with a text model that had not seen it. When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
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

from people_e import PEOPLE_E  # noqa: E402
from people_f import PEOPLE_F  # noqa: E402
from people_g import PEOPLE_G  # noqa: E402
from robots_h import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("e", PEOPLE_E), ("f", PEOPLE_F), ("g", PEOPLE_G)], ROBOTS, 7000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the THIRTEENTH evaluation set: tests/corpus_thirteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirteenth/make_thirteenth.py

Written after the twelfth-set round, without reading the rules or the text model:
people in every role towards the shop (job applicants, former employees, guest buyers,
gift recipients, people photographed at an event, neighbours on delivery notes,
affiliates, suppliers' staff; people_o.py: en nl fr de es it pt; people_p.py: pl cs hr
sv ro el bg), and robots that answer our own mails (challenges, acknowledgements,
exports) with people who look like them (robots_q.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
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

from people_o import PEOPLE_O  # noqa: E402
from people_p import PEOPLE_P  # noqa: E402
from robots_q import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("o", PEOPLE_O), ("p", PEOPLE_P)], ROBOTS, 10000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the TWELFTH evaluation set: tests/corpus_twelfth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twelfth/make_twelfth.py

Written after the eleventh-set round, without reading the rules or the text model:
requests about specific kinds of data (camera footage, call recordings, loyalty points,
tracking identifiers, courier photos, credit checks) from all kinds of writers
(people_l.py: en nl fr de es it pt; people_m.py: pl cs hr sv ro el bg), and a week of
robot mail from systems of all sizes with people who look like robots (robots_n.py).
Its first measurement is in the README: the rules alone, and the rules blended with a
text model that had not seen it. When a rule misses a mail here, change the rule in a general way, never
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

from people_l import PEOPLE_L  # noqa: E402
from people_m import PEOPLE_M  # noqa: E402
from robots_n import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("l", PEOPLE_L), ("m", PEOPLE_M)], ROBOTS, 9000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the NINTH evaluation set: tests/corpus_ninth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_ninth/make_ninth.py

Written after the eighth-set round, without reading the rules: customers with mixed
concerns and people writing for someone else (people_a.py: en nl fr de es it pt;
people_b.py: pl cs hr sv ro el bg), requests inside noise (legal disclaimers, mixed
languages, capitals, questions, negations; people_c.py, 14 languages), and robots that
talk like privacy teams (ticket acknowledgements, challenge-response, delays, quota)
with people who look like them (robots_d.py). Its first measurement, before any rule
was changed for it, is in the README. When a rule misses a mail here, change the rule
in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
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

from people_a import PEOPLE_A  # noqa: E402
from people_b import PEOPLE_B  # noqa: E402
from people_c import PEOPLE_C  # noqa: E402
from robots_d import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("a", PEOPLE_A), ("b", PEOPLE_B), ("c", PEOPLE_C)], ROBOTS, 6000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

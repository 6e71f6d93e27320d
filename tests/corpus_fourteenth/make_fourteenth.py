"""Write the FOURTEENTH evaluation set: tests/corpus_fourteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fourteenth/make_fourteenth.py

Written after the thirteenth-set round, without reading the rules or the text model:
customers writing about a concrete incident (a parcel at the wrong door, marketing after an
unsubscribe, a hacked account, someone else's invoice, a published review), often upset,
the story first and the request last, some in a language they master poorly
(people_r.py: en nl fr de es it pt; people_s.py: pl cs hr sv ro el bg), and the mail
systems of consumer mailbox providers and small companies with people who look like
them (robots_t.py). Its first measurement is in the
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

from people_r import PEOPLE_R  # noqa: E402
from people_s import PEOPLE_S  # noqa: E402
from robots_t import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("r", PEOPLE_R), ("s", PEOPLE_S)], ROBOTS, 11000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

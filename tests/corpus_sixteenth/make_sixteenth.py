"""Write the SIXTEENTH evaluation set: tests/corpus_sixteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixteenth/make_sixteenth.py

Written after the fifteenth-set round, without reading the rules or the text model:
third-party letters as people send them: the letters of request generators, NGO and
consumer-association templates and data protection authorities' model letters, filled in
(or not quite), trimmed and signed by a person (people_x.py: en nl fr de es it pt;
people_y.py: pl cs hr sv ro el bg), and real robot mail from many MTAs and
auto-responders, some quoting our own privacy mails, with people who look like robots
(robots_z.py). It stands closest to the held-out real mail the classifier is judged on. Its first measurement is in the
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

from people_x import PEOPLE_X  # noqa: E402
from people_y import PEOPLE_Y  # noqa: E402
from robots_z import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("x", PEOPLE_X), ("y", PEOPLE_Y)], ROBOTS, 13000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

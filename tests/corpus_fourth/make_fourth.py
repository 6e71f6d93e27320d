"""Write the FOURTH evaluation set: tests/corpus_fourth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fourth/make_fourth.py

Written after the rules had been widened on the fresh set, again without reading them:
formal letters in the style of request generators, DPA model forms and consumer
templates (people_h.py), everyday notes (people_i.py), and raw robots and robot-looking
people (robots_j.py), all in the 14 target languages. Its first measurement, before any
rule was changed for it, is in the README. When a rule misses a mail here, change the
rule in a general way, never the mail. Mails are built as in make_fresh.py (some as
multipart/alternative or HTML only). Deterministic.
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

from people_h import PEOPLE_H  # noqa: E402
from people_i import PEOPLE_I  # noqa: E402
from robots_j import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("h", PEOPLE_H), ("i", PEOPLE_I)], ROBOTS, 1000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

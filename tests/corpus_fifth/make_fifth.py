"""Write the FIFTH evaluation set: tests/corpus_fifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fifth/make_fifth.py

Written after the rules had been widened on the fourth set, again without reading them:
requests sent on behalf of someone (removal services, lawyers, parents, heirs), mixed-
language and non-native mails, privacy-worded look-alikes (people_k.py), requests buried
in ordinary mails and replies (people_l.py), and raw robots from less common systems and
robot-looking people (robots_m.py). Its first measurement, before any
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

from people_k import PEOPLE_K  # noqa: E402
from people_l import PEOPLE_L  # noqa: E402
from robots_m import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("k", PEOPLE_K), ("l", PEOPLE_L)], ROBOTS, 2000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the ELEVENTH evaluation set: tests/corpus_eleventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eleventh/make_eleventh.py

Written after the tenth-set round, without reading the rules or the text model: the
whole range, hardest first, in every language (formal letters, implied requests, thread
replies, one-liners, reminders, requests under disclaimers, look-alikes; people_i.py:
en nl fr de es it pt; people_j.py: pl cs hr sv ro el bg), and robots of many MTAs and
auto-responders with people who look like them (robots_k.py). Its first measurement,
before any change for it, is in the README: the rules alone, and the rules blended with
a text model that had not seen it. When a rule misses a mail here, change the rule in a general way, never
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

from people_i import PEOPLE_I  # noqa: E402
from people_j import PEOPLE_J  # noqa: E402
from robots_k import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("i", PEOPLE_I), ("j", PEOPLE_J)], ROBOTS, 8000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

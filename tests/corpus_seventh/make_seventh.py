"""Write the SEVENTH evaluation set: tests/corpus_seventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventh/make_seventh.py

Written while the rules were being widened on the sixth set, without reading them, and
measured only after that round: personal stories mixed with copied template fragments
(people_r.py: en nl fr de es it pt; people_s.py: pl cs hr sv ro el bg), replies in
threads with the privacy team, its own mails quoted below (people_u.py), and robots of
national mail providers, administrations and tenants in the 14 languages, with
robot-looking people (robots_t.py). Its first measurement, before any rule was changed
for it, is in the README. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py (some as
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

from people_r import PEOPLE_R  # noqa: E402
from people_s import PEOPLE_S  # noqa: E402
from people_u import PEOPLE_U  # noqa: E402
from robots_t import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("r", PEOPLE_R), ("s", PEOPLE_S), ("u", PEOPLE_U)], ROBOTS, 4000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the EIGHTH evaluation set: tests/corpus_eighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eighth/make_eighth.py

Written after the seventh-set round, without reading the rules: informed and unusual
letters (automated decisions, Art. 19, Art. 82, national laws, machine-translated
wording; people_v.py: en nl fr de es it pt; people_w.py: pl cs hr sv ro el bg), very
short and vague mails where the subject carries the request (people_x.py), and system
and list mail that reaches a privacy mailbox (newsletters, shares, calendar answers,
security alerts, carriers, invoices) with people who look like it (robots_y.py). Its
first measurement, before any rule was changed for it, is in the README. When a rule
misses a mail here, change the rule in a general way, never the mail. Mails are built as
in make_fresh.py (some as multipart/alternative or HTML only). Deterministic.
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

from people_v import PEOPLE_V  # noqa: E402
from people_w import PEOPLE_W  # noqa: E402
from people_x import PEOPLE_X  # noqa: E402
from robots_y import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("v", PEOPLE_V), ("w", PEOPLE_W), ("x", PEOPLE_X)], ROBOTS, 5000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

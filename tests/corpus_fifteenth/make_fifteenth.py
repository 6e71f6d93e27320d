"""Write the FIFTEENTH evaluation set: tests/corpus_fifteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fifteenth/make_fifteenth.py

Written after the thirteenth-set round, without reading the rules or the text model:
requests that reach the mailbox through other channels (the web contact form, a
colleague's note of a phone call or chat, pasted social-media messages, scanned letters
with OCR errors, lawyers, notaries and family members; people_u.py: en nl fr de es it
pt; people_v.py: pl cs hr sv ro el bg), and machines that sit between people and the
mailbox (helpdesks, CRMs, form services, e-signature and registered mail, calendars,
list software) with people who look like them (robots_w.py). Its first measurement is in the
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

from people_u import PEOPLE_U  # noqa: E402
from people_v import PEOPLE_V  # noqa: E402
from robots_w import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("u", PEOPLE_U), ("v", PEOPLE_V)], ROBOTS, 12000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

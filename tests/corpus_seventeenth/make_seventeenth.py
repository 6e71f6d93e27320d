"""Write the SEVENTEENTH evaluation set: tests/corpus_seventeenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventeenth/make_seventeenth.py

Written after the fifteenth-set round, with the sixteenth, without reading the rules or the text model:
mails at the borders between categories, where a careless reader picks the neighbour
(a copy to read or a file to take elsewhere, erase all or only stop the newsletter, a
consent taken back or a use never agreed to, a first letter that threatens or a
complaint; people_a.py: en nl fr de es it pt; people_b.py: pl cs hr sv ro el bg), and
mails as hard-to-read people write them (dictated, elderly, all capitals, text-speak,
two languages, subject and body at odds; people_c.py, 14 languages). No raw robots. Its first measurement is in the
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

from people_a import PEOPLE_A  # noqa: E402
from people_b import PEOPLE_B  # noqa: E402
from people_c import PEOPLE_C  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("a", PEOPLE_A), ("b", PEOPLE_B), ("c", PEOPLE_C)], [], 14000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

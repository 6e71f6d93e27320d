"""Write the TWENTY-EIGHTH evaluation set: tests/corpus_twentyeighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyeighth/make_twentyeighth.py

Written after the twenty-seventh-set round, without reading the rules or the text model:
short and vague notes of one to four lines, as people dash them off from a phone, and
short mail that is no request (people_ya.py: en nl fr de es it pt; people_yb.py: pl cs
hr sv ro el bg); delivery reports of every kind as mail systems send them today, most
quoting our mail and the person's request inside it, and people who forward or paste
them (robots_yc.py, 14 languages). Its first measurement is in the README: the rules
alone, and the rules blended with a text model that had not seen it. When a rule misses
a mail here, change the rule in a general way, never the mail. Mails are built as in
make_fresh.py. Deterministic.
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

from people_ya import PEOPLE_YA  # noqa: E402
from people_yb import PEOPLE_YB  # noqa: E402
from robots_yc import ROBOTS as ROBOTS_YC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ya", PEOPLE_YA), ("yb", PEOPLE_YB)], ROBOTS_YC, 25000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

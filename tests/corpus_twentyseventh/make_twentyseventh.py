"""Write the TWENTY-SEVENTH evaluation set: tests/corpus_twentyseventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyseventh/make_twentyseventh.py

Written after the twenty-sixth-set round, without reading the rules or the text model:
requests buried in everyday mail (a late parcel, a return, an invoice, a death in the
family, with a few casual words about the person's data somewhere in it) and everyday
mail that only sounds like a request (people_xa.py: en nl fr de es it pt; people_xb.py:
pl cs hr sv ro el bg); automatic replies written in plain, personal words, often
without any auto-reply header, and people whose mail reads like one (robots_xc.py, 14
languages). Its first measurement is
in the README: the rules alone, and the rules blended with a text model that had not
seen it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
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

from people_xa import PEOPLE_XA  # noqa: E402
from people_xb import PEOPLE_XB  # noqa: E402
from robots_xc import ROBOTS as ROBOTS_XC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("xa", PEOPLE_XA), ("xb", PEOPLE_XB)], ROBOTS_XC, 24000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

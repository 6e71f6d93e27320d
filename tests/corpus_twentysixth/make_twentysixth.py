"""Write the TWENTY-SIXTH evaluation set: tests/corpus_twentysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentysixth/make_twentysixth.py

Written after the twenty-fifth-set round, without reading the rules or the text model:
letters made with request generators and the templates of consumer organisations, NGOs
and authorities, as the tools output them (people_wa.py: en nl fr de es it pt;
people_wb.py: pl cs hr sv ro el bg), and requests that machines carry (removal agents,
request tools sending on a person's behalf, consumer platforms, claims companies) with
the robot mail of those services (robots_wc.py, 14 languages). Its first measurement is
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

from people_wa import PEOPLE_WA  # noqa: E402
from people_wb import PEOPLE_WB  # noqa: E402
from robots_wc import ROBOTS as ROBOTS_WC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("wa", PEOPLE_WA), ("wb", PEOPLE_WB)], ROBOTS_WC, 23000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

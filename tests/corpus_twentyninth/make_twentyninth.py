"""Write the TWENTY-NINTH evaluation set: tests/corpus_twentyninth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyninth/make_twentyninth.py

Written after the twenty-eighth-set round, without reading the rules or the text model:
every kind of request as native speakers of Polish, Czech, Croatian, Swedish, Romanian,
Greek and Bulgarian write it, after each country's own authority and consumer models
and in everyday idiom (Greeklish, Bulgarian in Latin letters, Romanian without
diacritics), with look-alikes in the same words (people_za.py: pl cs hr sv;
people_zb.py: ro el bg); automatic replies of the mail products and organisations of
those countries, and people who write like them (robots_zc.py, 14 languages). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
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

from people_za import PEOPLE_ZA  # noqa: E402
from people_zb import PEOPLE_ZB  # noqa: E402
from robots_zc import ROBOTS as ROBOTS_ZC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("za", PEOPLE_ZA), ("zb", PEOPLE_ZB)], ROBOTS_ZC, 26000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

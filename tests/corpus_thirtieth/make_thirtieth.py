"""Write the THIRTIETH evaluation set: tests/corpus_thirtieth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtieth/make_thirtieth.py

Written after the twenty-ninth-set round, without reading the rules or the text model:
every kind of request as native speakers of English, Dutch, French, German, Spanish,
Italian and Portuguese write it, after each country's own authority and consumer
models and in everyday idiom, with look-alikes in the same words (a consumer's
withdrawal from a purchase, a company's VAT number, a subscription box cancelled)
(people_aa.py: en nl fr de; people_ab.py: es it pt); automatic mail of Western
Europe's mail providers, public bodies, helpdesks, list servers and PEC, and people who
write like them (robots_ac.py, 14 languages). Its first measurement is in the README:
the rules alone, and the rules blended with a text model that had not seen it. When a rule misses a mail here, change the rule in a general
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

from people_aa import PEOPLE_AA  # noqa: E402
from people_ab import PEOPLE_AB  # noqa: E402
from robots_ac import ROBOTS as ROBOTS_AC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("aa", PEOPLE_AA), ("ab", PEOPLE_AB)], ROBOTS_AC, 27000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the THIRTY-EIGHTH evaluation set: tests/corpus_thirtyeighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyeighth/make_thirtyeighth.py

Written after the thirty-seventh-set round, without reading the rules or the text model:
the website, tracking and what people leave online (cookies and the consent banner,
retargeting ads, tracking pixels, recommendations and profiles, reviews and photos
published with a name, chatbot transcripts, social login, the "download my data" and
"delete account" buttons), and website mail that asks nothing of the privacy team
(people_ia.py: en nl fr de es it pt; people_ib.py: pl cs hr sv ro el bg); the robot
mail of the systems the website runs on (consent-management platforms, analytics, review
platforms and social networks, the shop platform, hosting and security, form builders,
chat platforms, social-login providers, web agencies' auto-replies) and people whose
mail looks like theirs (robots_ic.py, 14 languages). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the
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

from people_ia import PEOPLE_IA  # noqa: E402
from people_ib import PEOPLE_IB  # noqa: E402
from robots_ic import ROBOTS as ROBOTS_IC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ia", PEOPLE_IA), ("ib", PEOPLE_IB)], ROBOTS_IC, 35000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

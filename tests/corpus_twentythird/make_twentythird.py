"""Write the TWENTY-THIRD evaluation set: tests/corpus_twentythird/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentythird/make_twentythird.py

Written after the twenty-second-set round, without reading the rules or the text model:
mail from the odd machines around a mailbox (scanners, fax and voicemail services,
administrations' e-boxes, banks, carriers, marketplaces, social networks, newsletters,
webinar invitations, login and expiry alerts, request-portal notices that quote a
request) and people who come through them or look like them (robots_ta.py: en nl fr
de es it pt; robots_tb.py: pl cs hr sv ro el bg), and the short, vague mails of
everyday people in the 14 languages (people_tc.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never the mail.
Mails are built as in make_fresh.py. Deterministic.
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

from people_tc import PEOPLE_TC  # noqa: E402
from robots_ta import ROBOTS as ROBOTS_TA  # noqa: E402
from robots_tb import ROBOTS as ROBOTS_TB  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("tc", PEOPLE_TC)], [*ROBOTS_TA, *ROBOTS_TB], 20000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

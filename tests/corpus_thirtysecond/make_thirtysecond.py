"""Write the THIRTY-SECOND evaluation set: tests/corpus_thirtysecond/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtysecond/make_thirtysecond.py

Written after the thirty-first-set round, without reading the rules or the text model:
the mail of the week of the shop's Black Friday newsletter and its privacy policy
update (a new loyalty app, purchase history shared with an advertising partner unless
the customer objects): unsubscribes of every kind, objections to the sharing,
"where did you get my address?", accounts closed over the new policy, and replies to
the newsletter that ask nothing of the person's data (people_ca.py: en nl fr de es it
pt; people_cb.py: pl cs hr sv ro el bg); the automatic mail a campaign brings back
(out-of-office replies, bounces of a mass mailing, challenge-response systems, spam
complaint reports, unmonitored mailboxes) and people whose mail looks automatic or
bare, among them the unsubscribe messages mail programs send to a List-Unsubscribe
mailto address (robots_cc.py, 14 languages). Its first measurement is in the README:
the rules alone, and the rules blended with a text model that had not seen it. When a
rule misses a mail here, change the rule in a general way, never the mail. Mails are
built as in make_fresh.py. Deterministic.
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

from people_ca import PEOPLE_CA  # noqa: E402
from people_cb import PEOPLE_CB  # noqa: E402
from robots_cc import ROBOTS as ROBOTS_CC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("ca", PEOPLE_CA), ("cb", PEOPLE_CB)], ROBOTS_CC, 29000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

"""Write the TWENTY-FOURTH evaluation set: tests/corpus_twentyfourth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyfourth/make_twentyfourth.py

Written after the twenty-third-set round, without reading the rules or the text model:
robot mail full of privacy words, the hardest robots for a privacy mailbox (suppliers'
data-export and account-deletion notices, processors' agreement and sub-processor
updates, consent and newsletter platforms' unsubscribe and complaint reports, other
companies' privacy teams acknowledging a request, bulk breach notices, phishing
simulations, closed tickets quoting a deletion request, our own replies bounced inline),
and people who look like robots (our acknowledgement pasted without quote marks, a
template reference, tracking pixels, replies to our export notice): robots_fa.py in en
nl fr de es it pt, robots_fb.py in pl cs hr sv ro el bg. Its first measurement is in
the README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the mail.
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

from robots_fa import ROBOTS as ROBOTS_FA  # noqa: E402
from robots_fb import ROBOTS as ROBOTS_FB  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [], [*ROBOTS_FA, *ROBOTS_FB], 21000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

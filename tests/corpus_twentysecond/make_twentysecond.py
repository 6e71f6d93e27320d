"""Write the TWENTY-SECOND evaluation set: tests/corpus_twentysecond/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentysecond/make_twentysecond.py

Written after the twenty-first-set round, without reading the rules or the text model:
formal letters people compose themselves (numbered demands, rights named only by their
article, national laws and case law cited, conditional requests, complaints that end in
a request; people_qa.py: en nl fr de es it pt; people_qb.py: pl cs hr sv ro el bg), and
the classic robot mail of a privacy mailbox in many configurations (bounces of Postfix,
Exim, Sendmail, qmail, Exchange and the large providers, some returning our own replies
in full; delay warnings; out-of-office replies of many clients and servers; read
receipts), with people who look like them (robots_qc.py: en nl fr de es it pt;
robots_qd.py: pl cs hr sv ro el bg). Its first measurement is in the README: the rules
alone, and the rules blended with a text model that had not seen it. When a rule
misses a mail here, change the rule in a general way, never the mail. Mails are built
as in make_fresh.py. Deterministic.
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

from people_qa import PEOPLE_QA  # noqa: E402
from people_qb import PEOPLE_QB  # noqa: E402
from robots_qc import ROBOTS as ROBOTS_QC  # noqa: E402
from robots_qd import ROBOTS as ROBOTS_QD  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("qa", PEOPLE_QA), ("qb", PEOPLE_QB)], [*ROBOTS_QC, *ROBOTS_QD], 19000)  # numbered apart


if __name__ == "__main__":
    main()

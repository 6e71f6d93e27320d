"""Write the THIRTY-FIRST evaluation set: tests/corpus_thirtyfirst/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyfirst/make_thirtyfirst.py

Written after the thirtieth-set round, without reading the rules or the text model:
the mail of the week after the shop's data breach notice: people's complaints,
requests and questions, many quoting the notice (people_ba.py: en nl fr de es it pt;
people_bb.py: pl cs hr sv ro el bg); the automatic mail that answered the notice
(out-of-office replies and bounces quoting it, helpdesks, security gateways, spam
reports), and people whose reply looks automatic or bare (robots_bc.py, 14
languages). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change
the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ba", "bb"), ("bc",), 28000)  # numbered apart from the other sets

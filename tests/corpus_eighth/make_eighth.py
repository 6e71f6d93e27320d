"""Write the EIGHTH evaluation set: tests/corpus_eighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eighth/make_eighth.py

Written after the seventh-set round, without reading the rules: informed and unusual
letters (automated decisions, Art. 19, Art. 82, national laws, machine-translated
wording; people_v.py: en nl fr de es it pt; people_w.py: pl cs hr sv ro el bg), very
short and vague mails where the subject carries the request (people_x.py), and system
and list mail that reaches a privacy mailbox (newsletters, shares, calendar answers,
security alerts, carriers, invoices) with people who look like it (robots_y.py). Its
first measurement, before any rule was changed for it, is in the README. When a rule
misses a mail here, change the rule in a general way, never the mail. Mails are built as
in make_fresh.py (some as multipart/alternative or HTML only). Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("v", "w", "x"), ("y",), 5000)  # numbered apart from the other sets

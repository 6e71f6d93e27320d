"""Write the TWENTY-SEVENTH evaluation set: tests/corpus_twentyseventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyseventh/make_twentyseventh.py

Written after the twenty-sixth-set round, without reading the rules or the text model:
requests buried in everyday mail (a late parcel, a return, an invoice, a death in the
family, with a few casual words about the person's data somewhere in it) and everyday
mail that only sounds like a request (people_xa.py: en nl fr de es it pt; people_xb.py:
pl cs hr sv ro el bg); automatic replies written in plain, personal words, often
without any auto-reply header, and people whose mail reads like one (robots_xc.py, 14
languages). Its first measurement is
in the README: the rules alone, and the rules blended with a text model that had not
seen it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("xa", "xb"), ("xc",), 24000)  # numbered apart from the other sets

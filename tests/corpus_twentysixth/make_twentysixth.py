"""Write the TWENTY-SIXTH evaluation set: tests/corpus_twentysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentysixth/make_twentysixth.py

Written after the twenty-fifth-set round, without reading the rules or the text model:
letters made with request generators and the templates of consumer organisations, NGOs
and authorities, as the tools output them (people_wa.py: en nl fr de es it pt;
people_wb.py: pl cs hr sv ro el bg), and requests that machines carry (removal agents,
request tools sending on a person's behalf, consumer platforms, claims companies) with
the robot mail of those services (robots_wc.py, 14 languages). Its first measurement is
in the README: the rules alone, and the rules blended with a text model that had not
seen it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("wa", "wb"), ("wc",), 23000)  # numbered apart from the other sets

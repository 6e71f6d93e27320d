"""Write the TWELFTH evaluation set: tests/corpus_twelfth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twelfth/make_twelfth.py

Written after the eleventh-set round, without reading the rules or the text model:
requests about specific kinds of data (camera footage, call recordings, loyalty points,
tracking identifiers, courier photos, credit checks) from all kinds of writers
(people_l.py: en nl fr de es it pt; people_m.py: pl cs hr sv ro el bg), and a week of
robot mail from systems of all sizes with people who look like robots (robots_n.py).
Its first measurement is in the README: the rules alone, and the rules blended with a
text model that had not seen it. When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("l", "m"), ("n",), 9000)  # numbered apart from the other sets

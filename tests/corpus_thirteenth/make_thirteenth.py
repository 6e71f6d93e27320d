"""Write the THIRTEENTH evaluation set: tests/corpus_thirteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirteenth/make_thirteenth.py

Written after the twelfth-set round, without reading the rules or the text model:
people in every role towards the shop (job applicants, former employees, guest buyers,
gift recipients, people photographed at an event, neighbours on delivery notes,
affiliates, suppliers' staff; people_o.py: en nl fr de es it pt; people_p.py: pl cs hr
sv ro el bg), and robots that answer our own mails (challenges, acknowledgements,
exports) with people who look like them (robots_q.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("o", "p"), ("q",), 10000)  # numbered apart from the other sets

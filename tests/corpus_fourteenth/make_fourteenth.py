"""Write the FOURTEENTH evaluation set: tests/corpus_fourteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fourteenth/make_fourteenth.py

Written after the thirteenth-set round, without reading the rules or the text model:
customers writing about a concrete incident (a parcel at the wrong door, marketing after an
unsubscribe, a hacked account, someone else's invoice, a published review), often upset,
the story first and the request last, some in a language they master poorly
(people_r.py: en nl fr de es it pt; people_s.py: pl cs hr sv ro el bg), and the mail
systems of consumer mailbox providers and small companies with people who look like
them (robots_t.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("r", "s"), ("t",), 11000)  # numbered apart from the other sets

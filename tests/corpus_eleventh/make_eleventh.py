"""Write the ELEVENTH evaluation set: tests/corpus_eleventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eleventh/make_eleventh.py

Written after the tenth-set round, without reading the rules or the text model: the
whole range, hardest first, in every language (formal letters, implied requests, thread
replies, one-liners, reminders, requests under disclaimers, look-alikes; people_i.py:
en nl fr de es it pt; people_j.py: pl cs hr sv ro el bg), and robots of many MTAs and
auto-responders with people who look like them (robots_k.py). Its first measurement,
before any change for it, is in the README: the rules alone, and the rules blended with
a text model that had not seen it. When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("i", "j"), ("k",), 8000)  # numbered apart from the other sets

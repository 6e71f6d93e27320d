"""Write the SEVENTEENTH evaluation set: tests/corpus_seventeenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventeenth/make_seventeenth.py

Written after the fifteenth-set round, with the sixteenth, without reading the rules or the text model:
mails at the borders between categories, where a careless reader picks the neighbour
(a copy to read or a file to take elsewhere, erase all or only stop the newsletter, a
consent taken back or a use never agreed to, a first letter that threatens or a
complaint; people_a.py: en nl fr de es it pt; people_b.py: pl cs hr sv ro el bg), and
mails as hard-to-read people write them (dictated, elderly, all capitals, text-speak,
two languages, subject and body at odds; people_c.py, 14 languages). No raw robots. Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("a", "b", "c"), (), 14000)  # numbered apart from the other sets

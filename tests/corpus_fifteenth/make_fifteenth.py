"""Write the FIFTEENTH evaluation set: tests/corpus_fifteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fifteenth/make_fifteenth.py

Written after the thirteenth-set round, without reading the rules or the text model:
requests that reach the mailbox through other channels (the web contact form, a
colleague's note of a phone call or chat, pasted social-media messages, scanned letters
with OCR errors, lawyers, notaries and family members; people_u.py: en nl fr de es it
pt; people_v.py: pl cs hr sv ro el bg), and machines that sit between people and the
mailbox (helpdesks, CRMs, form services, e-signature and registered mail, calendars,
list software) with people who look like them (robots_w.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("u", "v"), ("w",), 12000)  # numbered apart from the other sets

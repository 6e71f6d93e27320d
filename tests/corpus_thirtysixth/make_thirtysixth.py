"""Write the THIRTY-SIXTH evaluation set: tests/corpus_thirtysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtysixth/make_thirtysixth.py

Written after the thirty-fifth-set round, without reading the rules or the text model:
mistaken identity and other people's data (accounts the writer never opened, fraud
orders, namesakes and merged loyalty cards, someone else's invoices at one's address,
family and inherited addresses, an ex-partner who still has access), told as a story
before the request, and mail on the same topics that asks nothing (people_ga.py: en nl fr
de es it pt; people_gb.py: pl cs hr sv ro el bg); the robot mail of Belgian workplaces
and institutions (out-of-office replies in two or three languages with long privacy
disclaimers, administrations' and hospitals' acknowledgements, leave and closure
notices, gateways' delivery reports) and employees writing real requests above the
same disclaimers (robots_gc.py, 14 languages). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ga", "gb"), ("gc",), 33000)  # numbered apart from the other sets

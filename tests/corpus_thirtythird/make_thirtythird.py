"""Write the THIRTY-THIRD evaluation set: tests/corpus_thirtythird/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtythird/make_thirtythird.py

Written after the thirty-second-set round, without reading the rules or the text model:
people's mail about the shop's app, loyalty card, stores and lockers (the points and
purchase history behind a card, the app's location history, camera footage at the
till, cards merged wrongly, push notifications and SMS offers, a stranger who
registered a card with someone else's address), often several requests at once, and
mail about the same things that asks nothing of the person's data (people_da.py: en nl
fr de es it pt; people_db.py: pl cs hr sv ro el bg); the automatic mail of the services
around them (app stores, the loyalty platform, e-receipt and SMS services, camera,
Wi-Fi and locker providers, bounces and out-of-office replies to e-receipts and
statements) and people whose mail looks automatic (robots_dc.py, 14 languages). Its
first measurement is in the README: the rules alone, and the rules blended with a
text model that had not seen it. When a rule misses a mail here, change the rule in a
general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("da", "db"), ("dc",), 30000)  # numbered apart from the other sets

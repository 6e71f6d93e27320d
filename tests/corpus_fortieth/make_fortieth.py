"""Write the FORTIETH evaluation set: tests/corpus_fortieth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fortieth/make_fortieth.py

Written after the thirty-ninth-set round, without reading the rules or the text model:
marketing beyond the inbox (sales and survey calls, the do-not-call register, promotional
texts, catalogues and leaflets addressed by name, address lists bought from brokers,
raffles, referral programmes: where the shop got the number or the address), and
marketing mail that asks nothing of the privacy team (people_ka.py: en nl fr de es it
pt; people_kb.py: pl cs hr sv ro el bg); the robot mail of the systems behind phone, SMS
and paper marketing (call-centre and SMS platforms, print and mailing houses, postal
services, address brokers, raffle and event platforms, auto-replies and delivery
failures) and people whose mail looks like theirs (robots_kc.py, 14 languages). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ka", "kb"), ("kc",), 37000)  # numbered apart from the other sets

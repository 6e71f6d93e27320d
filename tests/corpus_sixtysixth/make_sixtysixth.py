"""Write the SIXTY-SIXTH evaluation set: tests/corpus_sixtysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixtysixth/make_sixtysixth.py

Written without reading the rules or the text model: trade-in, buy-back and second-hand
(old phones, laptops and consoles traded in for a voucher, "did you wipe my old phone?",
a certificate of data erasure, the identity document copied at the buy-back counter and
the register of second-hand purchases dealers must keep, a refurbished device with the
previous owner's accounts and photos still on it, the second-hand marketplace's listings,
messages and ratings, rented devices returned with data, a valuation tool that asked the
IMEI; Art. 12, 15, 16, 17, 18, 20, 21, 77), and mail that asks nothing of the privacy
team (a valuation too low, a trade-in voucher not yet received, how to reset a phone, a
refurbished grade) (people_oe.py: en nl fr de es it pt; people_of.py: pl cs hr sv ro el
bg); the systems around trade-in and second-hand (trade-in platforms' valuations, erasure
tools' certificates, the second-hand register's acknowledgements, refurbishment partners,
the marketplace's listing and message notices, rental returns, bounces of trade-in mails),
and people whose mail looks like theirs (robots_og.py: en nl fr de es it pt; robots_oh.py:
pl cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the
rules blended with a text model that had not seen it. When a rule misses a mail here,
change the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("oe", "of"), ("og", "oh"), 63000)  # numbered apart from the other sets

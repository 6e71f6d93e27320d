"""Write the EIGHTIETH evaluation set: tests/corpus_eightieth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eightieth/make_eightieth.py

Written without reading the rules or the text model: gifts and the festive season (wish
lists and baby or wedding gift registries that were public or shared with the wrong
people, a gift message printed on the packing slip or the invoice, a gift's recipient who
now gets the shop's marketing, the recipient's address kept in the buyer's address book, a
surprise spoiled by an order confirmation or a tracking SMS, the advent-calendar contest and
its winners list, a Secret Santa tool run with a partner, Christmas cards from the shop
with a misspelt name or to someone who died, gift cards bought for someone else, gifts
returned by a recipient without an account, engraved gifts; Art. 15-18, 20, 21, 7(3), 77),
and mail that asks nothing of the privacy team (a late gift, an exchange without a receipt,
gift wrapping, opening hours on 24 December, a company ordering hampers) (people_gi.py: en
nl fr de es it pt; people_gj.py: pl cs hr sv ro el bg); the systems around them
(gift-registry and wish-list platforms, the Secret Santa tool, the advent-calendar contest
platform, e-card services, gift orders' confirmations and tracking, gift-card issuers,
returns portals, carriers' peak-season notices, holiday auto-replies and bounces), and
people whose mail looks like theirs (robots_gk.py: en nl fr de es it pt; robots_gl.py: pl
cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change the
rule in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("gi", "gj"), ("gk", "gl"), 77000)  # numbered apart from the other sets

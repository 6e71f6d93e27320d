"""Write the FORTY-NINTH evaluation set: tests/corpus_fortyninth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fortyninth/make_fortyninth.py

Written during the forty-seventh-set round, without reading the rules or the text model:
subscriptions, memberships and recurring orders (auto-renewal and price changes, cards kept
after a failed payment, subscriptions opened in someone's name, gift subscriptions, taste
and pet profiles, photos uploaded to a print plan, win-back offers after cancelling,
partners' offers in the box, cancelling the contract and what stays), and subscription mail
that asks nothing of the privacy team, "cancel my coffee box" among it (people_me.py: en nl
fr de es it pt; people_mf.py: pl cs hr sv ro el bg); the automatic mail of subscription
billing, payment retries, fulfilment partners and membership platforms, auto-replies and
bounces, and people whose mail looks like theirs (robots_mg.py: en nl fr de es it pt;
robots_mh.py: pl cs hr sv ro el bg). Its first measurement is in the README: the rules
alone, and the rules blended with a text model that had not seen it. When a rule misses a
mail here, change the rule in a general way, never the mail. Mails are built as in
make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("me", "mf"), ("mg", "mh"), 46000)  # numbered apart from the other sets

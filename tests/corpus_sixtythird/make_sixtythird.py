"""Write the SIXTY-THIRD evaluation set: tests/corpus_sixtythird/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixtythird/make_sixtythird.py

Written without reading the rules or the text model: vouchers, gift cards, cashback and
referral schemes (a gift card bought with the recipient's name and address, a voucher
code mailed to the wrong person, a cashback form that asked for the ID card, the IBAN
and the receipt and was handled by an outside agency, "delete my ID copy now the
cashback is paid", a refer-a-friend mail never agreed to, "which friend gave you my
address?", cashback portals, coupon and price-comparison sites, birthday vouchers;
Art. 12, 15, 16, 17, 18, 20, 21, 77), and mail that asks nothing of the privacy team (a
voucher refused at the till, an expired gift card, a cashback not yet paid, a partner's
coupon scheme) (people_he.py: en nl fr de es it pt; people_hf.py: pl cs hr sv ro el
bg); the systems of vouchers and cashback (gift-card delivery notices, claim processors'
acknowledgements, refer-a-friend and cashback-portal notices, payout notices, bounces of
voucher mails), and people whose mail looks like theirs (robots_hg.py: en nl fr de es it
pt; robots_hh.py: pl cs hr sv ro el bg). Its first measurement is in the README: the
rules alone, and the rules blended with a text model that had not seen it. When a rule
misses a mail here, change the rule in a general way, never the mail. Mails are built
as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("he", "hf"), ("hg", "hh"), 60000)  # numbered apart from the other sets

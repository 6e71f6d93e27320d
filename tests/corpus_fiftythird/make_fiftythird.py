"""Write the FIFTY-THIRD evaluation set: tests/corpus_fiftythird/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fiftythird/make_fiftythird.py

Written during the fiftieth set's rule round, without reading the rules or the text model:
personalisation, scores and automated decisions (personalised prices and coupons, an order
cancelled by the fraud check, pay-later refused, an account blocked as suspicious, a
"high-return customer" label, loyalty tiers lowered; recommendations that reveal a
pregnancy or a health condition, guessed age and gender, churn scores, A/B tests, data
shared for ad targeting, the AI assistant; Art. 15(1)(h), 21 and 22), and mail about
prices and decisions that asks nothing of the privacy team (people_ve.py: en nl fr de es it
pt; people_vf.py: pl cs hr sv ro el bg); the automatic mail of fraud-screening, pay-later,
recommendation, experimentation, customer-data and ad platforms, auto-replies and bounces,
and people whose mail looks like theirs (robots_vg.py: en nl fr de es it pt; robots_vh.py:
pl cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the
rules blended with a text model that had not seen it. When a rule misses a mail here,
change the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ve", "vf"), ("vg", "vh"), 50000)  # numbered apart from the other sets

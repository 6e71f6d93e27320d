"""Write the FORTY-FIFTH evaluation set: tests/corpus_fortyfifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fortyfifth/make_fortyfifth.py

Written during the forty-fourth-set round, without reading the rules or the text model:
business customers and the people behind them (sole traders whose business account
carries their home address, contact persons and leavers on a company's account, invoices
in an employee's private name, company-card purchases, suppliers' reps, installers and
drivers in the shop's systems, a freelancer's CV kept after a tender, badge scans at a
trade fair, credit checks on owners), and business mail that asks nothing of the privacy
team (people_pa.py: en nl fr de es it pt; people_pb.py: pl cs hr sv ro el bg); the
automatic mail of business relations (shared mailboxes and ticket systems, procurement,
supplier and e-invoicing portals, credit and company-register alerts, leavers'
auto-replies and bounces, sales sequences and webinars), and people whose mail looks like
theirs (robots_pc.py: en nl fr de es it pt; robots_pd.py: pl cs hr sv ro el bg). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("pa", "pb"), ("pc", "pd"), 42000)  # numbered apart from the other sets

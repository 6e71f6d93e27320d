"""Write the SEVENTY-FIFTH evaluation set: tests/corpus_seventyfifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventyfifth/make_seventyfifth.py

Written without reading the rules or the text model: payments and money (card payments
and the store's terminals, a receipt that prints too many card digits, a refund to an IBAN
typed wrong, a chargeback and the documents sent to the bank, pay-later and instalment
partners and their credit checks, direct debits for a subscription, the payment
provider's fraud check that blocked an order, a saved card the customer wants gone, a
bank statement's merchant name, invoices with a company's VAT number; Art. 12, 15, 16, 17,
18, 20, 21, 22, 77), and mail that asks nothing of the privacy team (a double charge, a
refund not received, a declined card, an invoice to correct for the accountant)
(people_bi.py: en nl fr de es it pt; people_bj.py: pl cs hr sv ro el bg); the systems
around them (payment providers' settlement and dispute notices, terminal and acquirer
reports, pay-later partners' decisions and reminders, direct-debit and mandate notices,
fraud-screening alerts, invoicing platforms, their bounces and auto-replies), and people
whose mail looks like theirs (robots_bk.py: en nl fr de es it pt; robots_bl.py: pl cs hr
sv ro el bg). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change the
rule in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("bi", "bj"), ("bk", "bl"), 72000)  # numbered apart from the other sets

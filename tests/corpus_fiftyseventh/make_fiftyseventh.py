"""Write the FIFTY-SEVENTH evaluation set: tests/corpus_fiftyseventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fiftyseventh/make_fiftyseventh.py

Written without reading the rules or the text model: data sent abroad, to suppliers and
across borders (a helpdesk answering from abroad, a cloud provider in the United States,
a parcel shipped straight from a supplier in China, a UK carrier, a translation service;
"which countries", the standard contractual clauses and the transfer assessment; customs
brokers and declarations, tax-free forms with a passport number, import VAT invoices;
processors and sub-processors, a dropshipping supplier who wrote to the person, a
sub-processor's breach abroad; Art. 13(1)(f), 15(2), 44-49, 17 and 21), and cross-border
mail that asks nothing of the privacy team (people_we.py: en nl fr de es it pt;
people_wf.py: pl cs hr sv ro el bg); the automatic mail of cloud and SaaS providers,
customs brokers, international carriers, supplier platforms, offshore helpdesks,
translation, tax-free and vendor-risk services, auto-replies and bounces, and people whose
mail looks like theirs (robots_wg.py: en nl fr de es it pt; robots_wh.py: pl cs hr sv ro
el bg). Its first measurement is in the README: the rules alone, and the rules blended
with a text model that had not seen it. When a rule misses a mail here, change the rule
in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("we", "wf"), ("wg", "wh"), 54000)  # numbered apart from the other sets

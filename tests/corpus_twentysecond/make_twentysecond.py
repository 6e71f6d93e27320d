"""Write the TWENTY-SECOND evaluation set: tests/corpus_twentysecond/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentysecond/make_twentysecond.py

Written after the twenty-first-set round, without reading the rules or the text model:
formal letters people compose themselves (numbered demands, rights named only by their
article, national laws and case law cited, conditional requests, complaints that end in
a request; people_qa.py: en nl fr de es it pt; people_qb.py: pl cs hr sv ro el bg), and
the classic robot mail of a privacy mailbox in many configurations (bounces of Postfix,
Exim, Sendmail, qmail, Exchange and the large providers, some returning our own replies
in full; delay warnings; out-of-office replies of many clients and servers; read
receipts), with people who look like them (robots_qc.py: en nl fr de es it pt;
robots_qd.py: pl cs hr sv ro el bg). Its first measurement is in the README: the rules
alone, and the rules blended with a text model that had not seen it. When a rule
misses a mail here, change the rule in a general way, never the mail. Mails are built
as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("qa", "qb"), ("qc", "qd"), 19000)  # numbered apart

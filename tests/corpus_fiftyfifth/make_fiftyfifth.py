"""Write the FIFTY-FIFTH evaluation set: tests/corpus_fiftyfifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fiftyfifth/make_fiftyfifth.py

Written while the classifier's test time was cut, without reading the rules or the text
model: old data, dormant accounts and how long data is kept ("I haven't bought anything
since 2014", a "we miss you" mail or a deactivation notice after years, an account found
with a password manager or a breach-check site, an old address a relative now reads;
retention of orders, chats, returns and rejected applications, backups and archives, a
deletion confirmed years ago and mail since; consent given on a paper form in 2012; a
decade of orders to take along; Art. 5(1)(e), 15, 17 and 20), and mail about old accounts
that asks nothing of the privacy team (people_ze.py: en nl fr de es it pt; people_zf.py:
pl cs hr sv ro el bg); the automatic mail of retention, archive, backup, reactivation and
data-hygiene systems, mailboxes closed for inactivity, auto-replies and bounces, and
people whose mail looks like theirs (robots_zg.py: en nl fr de es it pt; robots_zh.py: pl
cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change
the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ze", "zf"), ("zg", "zh"), 52000)  # numbered apart from the other sets

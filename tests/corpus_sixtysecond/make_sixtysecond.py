"""Write the SIXTY-SECOND evaluation set: tests/corpus_sixtysecond/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixtysecond/make_sixtysecond.py

Written without reading the rules or the text model: mail on someone else's behalf and
from customers who find things hard (a son or daughter caring for a parent with
dementia, a guardian, administrator or holder of a power of attorney citing the court
decision or the deed, a social worker, a care-home manager, a hospital stay, a scam
victim, a blind customer whose screen reader cannot read the export, answers wanted by
letter or in large print, a neighbour typing for an elderly woman; Art. 12, 15, 16, 17,
18, 20, 21, 77), and mail that asks nothing of the privacy team (a second person on an
account, a power of attorney at the till, accessibility of the store, a delivery slot)
(people_ge.py: en nl fr de es it pt; people_gf.py: pl cs hr sv ro el bg); what the
systems around carers send (out-of-office replies of care homes, social services and
notaries, bounces of the addresses of people who died or moved into care, courts' and
guardianship registries' acknowledgements, relay and accessibility services, e-signature
notices, banks' fraud notices), and people whose mail looks like theirs (robots_gg.py:
en nl fr de es it pt; robots_gh.py: pl cs hr sv ro el bg). Its first measurement is in
the README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the mail.
Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ge", "gf"), ("gg", "gh"), 59000)  # numbered apart from the other sets

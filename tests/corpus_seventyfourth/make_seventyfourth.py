"""Write the SEVENTY-FOURTH evaluation set: tests/corpus_seventyfourth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventyfourth/make_seventyfourth.py

Written without reading the rules or the text model: others who ask about a customer, and
customers who ask who was told (the police asking for a customer's purchases or camera
images, a court order, a bailiff or debt collector, the tax office, a lawyer for the other
side in a divorce or a dispute, an insurer checking a claim, an employer checking a sick
note, an ex-partner posing as the customer; "did you give my data to the police?", "who
asked about me?", "a debt collector has my phone number from you"; Art. 12, 14, 15, 16,
17, 18, 21, 77), and mail that asks nothing of the privacy team (a receipt a lawyer needs,
a police report about a theft in the store, a summons addressed to the shop) (people_ai.py:
en nl fr de es it pt; people_aj.py: pl cs hr sv ro el bg); the systems around them (police
and court request portals, official e-boxes, bailiffs' and debt collectors' case systems,
insurers' claim checks, legal-hold and e-discovery tools, their bounces and auto-replies),
and people whose mail looks like theirs (robots_ak.py: en nl fr de es it pt; robots_al.py:
pl cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the
rules blended with a text model that had not seen it. When a rule misses a mail here,
change the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ai", "aj"), ("ak", "al"), 71000)  # numbered apart from the other sets

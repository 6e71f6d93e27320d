"""Write the SIXTY-FIFTH evaluation set: tests/corpus_sixtyfifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixtyfifth/make_sixtyfifth.py

Written without reading the rules or the text model: at home, the shop's installation,
assembly and planning services (a kitchen or bathroom planner who measured the rooms and
took photos, the 3D plan and floor plan kept in the account, partner installers and
assembly technicians, the door code, the alarm code or the hidden key in the order notes,
a technician who texted later or posted the work, a smart-home installer who used his own
account, the wifi password on the job sheet, old appliances taken back with data on them;
Art. 12, 15, 16, 17, 18, 20, 21, 77), and mail that asks nothing of the privacy team (a
scratched worktop, a late installer, rescheduling, a quote, a missing screw)
(people_je.py: en nl fr de es it pt; people_jf.py: pl cs hr sv ro el bg); the systems
around home services (appointment booking and rescheduling, field-service and route
planners, installer platforms' job notices and ratings, room-planner tools, quote
generators, voicemail gateways, take-back receipts, bounces of appointment mails), and
people whose mail looks like theirs (robots_jg.py: en nl fr de es it pt; robots_jh.py:
pl cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the
rules blended with a text model that had not seen it. When a rule misses a mail here,
change the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("je", "jf"), ("jg", "jh"), 62000)  # numbered apart from the other sets

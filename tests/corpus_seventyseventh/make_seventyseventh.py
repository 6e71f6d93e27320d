"""Write the SEVENTY-SEVENTH evaluation set: tests/corpus_seventyseventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventyseventh/make_seventyseventh.py

Written without reading the rules or the text model: staff and in-store incidents (an
employee who looked a customer up in the till system and contacted them privately, a
cashier's loud remarks, a customer's photo on a staff member's social media, a guard's bag
search and the report written about it, a shoplifting suspicion with a store-ban letter and
a photo on file, the incident register after a fall and the insurer who got it, lost and
found, a complaint forwarded to the employee it named, employees named in reviews, an
ex-partner on the staff; Art. 15-18, 20, 21, 7(3), 77), and mail that asks nothing of the
privacy team (a rude employee, a compliment, a lost umbrella, a damages claim) (people_di.py:
en nl fr de es it pt; people_dj.py: pl cs hr sv ro el bg); the systems around them (guard
companies' shift and incident reports, alarm and CCTV alerts, HR and scheduling tools,
insurers' claim platforms, lost-and-found and review platforms, the whistleblowing channel,
ticketing systems, their bounces and auto-replies), and people whose mail looks like theirs
(robots_dk.py: en nl fr de es it pt; robots_dl.py: pl cs hr sv ro el bg). Its first
measurement is in the README: the rules alone, and the rules blended with a text model that
had not seen it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("di", "dj"), ("dk", "dl"), 74000)  # numbered apart from the other sets

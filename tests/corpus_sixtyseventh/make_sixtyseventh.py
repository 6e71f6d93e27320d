"""Write the SIXTY-SEVENTH evaluation set: tests/corpus_sixtyseventh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixtyseventh/make_sixtyseventh.py

Written without reading the rules or the text model: donations, charity and the local
community (rounding up at the till for a charity that then got the donor's name and
address, tax receipts for donations that need the national ID number, food-bank
collections and volunteering days with names, phone numbers and photos, local sports
clubs that shared their members' list for a discount, the store's community noticeboard
or neighbourhood app, petitions and votes for a local cause, charity raffles, donations
in memory of someone who died; Art. 12, 15, 16, 17, 18, 20, 21, 77), and mail that asks
nothing of the privacy team (a charity asking to be chosen, a club asking for
sponsorship, where to drop food, a volunteering date) (people_pe.py: en nl fr de es it
pt; people_pf.py: pl cs hr sv ro el bg); the systems around donations and community
programmes (charities' CRMs and donation platforms, tax receipts, round-up statements,
volunteer scheduling, the community app's moderation, petition and voting tools, club
member systems, raffles, bounces of thank-you mails), and people whose mail looks like
theirs (robots_pg.py: en nl fr de es it pt; robots_ph.py: pl cs hr sv ro el bg). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("pe", "pf"), ("pg", "ph"), 64000)  # numbered apart from the other sets

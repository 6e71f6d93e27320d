"""Write the EIGHTY-FIRST evaluation set: tests/corpus_eightyfirst/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eightyfirst/make_eightyfirst.py

Written without reading the rules or the text model: sports and the body (the shop's
running club with race registrations, results lists published with name, year of birth and
time, and race photos found by bib number; bike and shoe fittings with body measurements
and a foot scan; a fitness watch synced with the shop's app, with heart rate, steps and
sleep; ski and bike rental with weight, height and shoe size on file; an employer's
sports-benefit partnership that shows the employer who used it; a sponsored children's
football team with photos and birth dates; a sports-injury insurance sold at the till; the
gym partner's check-ins; Art. 15-18, 20, 21, 7(3), 77), and mail that asks nothing of the
privacy team (a wrong size, broken ski bindings, the next club run, a cancelled race's
refund, a bike service) (people_hi.py: en nl fr de es it pt; people_hj.py: pl cs hr sv ro el
bg); the systems around them (race-timing, registration and race-photo platforms, the
fitting studio's scan reports, the fitness app's syncs, summaries and exports, rental
bookings, the sports-benefit platform's usage reports, club management software, insurers'
policy mail, the gym's check-in feeds, their bounces and auto-replies), and people whose
mail looks like theirs (robots_hk.py: en nl fr de es it pt; robots_hl.py: pl cs hr sv ro el
bg). Its first measurement is in the README: the rules alone, and the rules blended with a
text model that had not seen it. When a rule misses a mail here, change the rule in a
general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("hi", "hj"), ("hk", "hl"), 78000)  # numbered apart from the other sets

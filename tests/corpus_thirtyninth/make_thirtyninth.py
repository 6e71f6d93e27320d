"""Write the THIRTY-NINTH evaluation set: tests/corpus_thirtyninth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyninth/make_thirtyninth.py

Written after the thirty-eighth-set round, without reading the rules or the text model:
children, health and other sensitive data (the kids' and birthday clubs, teenagers'
accounts, separated parents, medical aids and pregnancy products, allergy data in the
profile, religion or orientation read from purchases, ID copies and face recognition),
and family and health mail that asks nothing of the privacy team (people_ja.py: en nl fr
de es it pt; people_jb.py: pl cs hr sv ro el bg); the robot mail that comes back from
schools, care and family services (teachers' and hospitals' auto-replies, school and
patient platforms, insurers, family apps, delivery failures) and people whose mail
looks like theirs (robots_jc.py, 14 languages). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ja", "jb"), ("jc",), 36000)  # numbered apart from the other sets

"""Write the TWENTY-NINTH evaluation set: tests/corpus_twentyninth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyninth/make_twentyninth.py

Written after the twenty-eighth-set round, without reading the rules or the text model:
every kind of request as native speakers of Polish, Czech, Croatian, Swedish, Romanian,
Greek and Bulgarian write it, after each country's own authority and consumer models
and in everyday idiom (Greeklish, Bulgarian in Latin letters, Romanian without
diacritics), with look-alikes in the same words (people_za.py: pl cs hr sv;
people_zb.py: ro el bg); automatic replies of the mail products and organisations of
those countries, and people who write like them (robots_zc.py, 14 languages). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("za", "zb"), ("zc",), 26000)  # numbered apart from the other sets

"""Write the THIRTIETH evaluation set: tests/corpus_thirtieth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtieth/make_thirtieth.py

Written after the twenty-ninth-set round, without reading the rules or the text model:
every kind of request as native speakers of English, Dutch, French, German, Spanish,
Italian and Portuguese write it, after each country's own authority and consumer
models and in everyday idiom, with look-alikes in the same words (a consumer's
withdrawal from a purchase, a company's VAT number, a subscription box cancelled)
(people_aa.py: en nl fr de; people_ab.py: es it pt); automatic mail of Western
Europe's mail providers, public bodies, helpdesks, list servers and PEC, and people who
write like them (robots_ac.py, 14 languages). Its first measurement is in the README:
the rules alone, and the rules blended with a text model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("aa", "ab"), ("ac",), 27000)  # numbered apart from the other sets

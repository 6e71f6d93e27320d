"""Write the TWENTY-EIGHTH evaluation set: tests/corpus_twentyeighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyeighth/make_twentyeighth.py

Written after the twenty-seventh-set round, without reading the rules or the text model:
short and vague notes of one to four lines, as people dash them off from a phone, and
short mail that is no request (people_ya.py: en nl fr de es it pt; people_yb.py: pl cs
hr sv ro el bg); delivery reports of every kind as mail systems send them today, most
quoting our mail and the person's request inside it, and people who forward or paste
them (robots_yc.py, 14 languages). Its first measurement is in the README: the rules
alone, and the rules blended with a text model that had not seen it. When a rule misses
a mail here, change the rule in a general way, never the mail. Mails are built as in
make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ya", "yb"), ("yc",), 25000)  # numbered apart from the other sets

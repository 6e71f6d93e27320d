"""Write the SIXTEENTH evaluation set: tests/corpus_sixteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixteenth/make_sixteenth.py

Written after the fifteenth-set round, without reading the rules or the text model:
third-party letters as people send them: the letters of request generators, NGO and
consumer-association templates and data protection authorities' model letters, filled in
(or not quite), trimmed and signed by a person (people_x.py: en nl fr de es it pt;
people_y.py: pl cs hr sv ro el bg), and real robot mail from many MTAs and
auto-responders, some quoting our own privacy mails, with people who look like robots
(robots_z.py). It stands closest to the held-out real mail the classifier is judged on. Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("x", "y"), ("z",), 13000)  # numbered apart from the other sets

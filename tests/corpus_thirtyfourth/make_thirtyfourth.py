"""Write the THIRTY-FOURTH evaluation set: tests/corpus_thirtyfourth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyfourth/make_thirtyfourth.py

Written after the thirty-third-set round, without reading the rules or the text model:
mail typed in a hurry or by people who write with difficulty (slips in the very words
that name the request, no diacritics, voice dictation without punctuation, text-speak,
capitals, non-native writers, older people who describe the request instead of naming
it) and hurried mail that asks nothing of the person's data (people_ea.py: en nl fr de
es it pt; people_eb.py: pl cs hr sv ro el bg); the automatic replies to the privacy
team's own mail (out-of-office and vacation replies to the identity check, challenge-
response anti-spam, read receipts, delivery reports, ticket systems, auto-forward
notices) and people whose mail looks automatic (robots_ec.py, 14 languages). Its first
measurement is in the README: the rules alone, and the rules blended with a text model
that had not seen it. When a rule misses a mail here, change the rule in a general way,
never the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ea", "eb"), ("ec",), 31000)  # numbered apart from the other sets

"""Write the NINETEENTH evaluation set: tests/corpus_nineteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_nineteenth/make_nineteenth.py

Written after the eighteenth-set round, without reading the rules or the text model:
what made people write and what they write next (a partner's call, a breach notice,
a newspaper story, a changed policy; annoyed replies to the identity check, follow-ups
to an answer, a request narrowed, widened or withdrawn, a reminder after the deadline;
people_g.py: en nl fr de es it pt; people_h.py: pl cs hr sv ro el bg), and what comes
back when we send people their data (bounces of large exports and blocked archives,
recipients' auto-replies, read receipts, file-transfer notices) with people who look
like it (robots_i.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("g", "h"), ("i",), 16000)  # numbered apart from the other sets

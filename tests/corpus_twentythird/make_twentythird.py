"""Write the TWENTY-THIRD evaluation set: tests/corpus_twentythird/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentythird/make_twentythird.py

Written after the twenty-second-set round, without reading the rules or the text model:
mail from the odd machines around a mailbox (scanners, fax and voicemail services,
administrations' e-boxes, banks, carriers, marketplaces, social networks, newsletters,
webinar invitations, login and expiry alerts, request-portal notices that quote a
request) and people who come through them or look like them (robots_ta.py: en nl fr
de es it pt; robots_tb.py: pl cs hr sv ro el bg), and the short, vague mails of
everyday people in the 14 languages (people_tc.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never the mail.
Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("tc",), ("ta", "tb"), 20000)  # numbered apart from the other sets

"""Write the THIRTY-EIGHTH evaluation set: tests/corpus_thirtyeighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyeighth/make_thirtyeighth.py

Written after the thirty-seventh-set round, without reading the rules or the text model:
the website, tracking and what people leave online (cookies and the consent banner,
retargeting ads, tracking pixels, recommendations and profiles, reviews and photos
published with a name, chatbot transcripts, social login, the "download my data" and
"delete account" buttons), and website mail that asks nothing of the privacy team
(people_ia.py: en nl fr de es it pt; people_ib.py: pl cs hr sv ro el bg); the robot
mail of the systems the website runs on (consent-management platforms, analytics, review
platforms and social networks, the shop platform, hosting and security, form builders,
chat platforms, social-login providers, web agencies' auto-replies) and people whose
mail looks like theirs (robots_ic.py, 14 languages). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ia", "ib"), ("ic",), 35000)  # numbered apart from the other sets

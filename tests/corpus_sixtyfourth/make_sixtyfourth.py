"""Write the SIXTY-FOURTH evaluation set: tests/corpus_sixtyfourth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_sixtyfourth/make_sixtyfourth.py

Written without reading the rules or the text model: photos, uploads and personalised
products (photos uploaded for prints, photo books and calendars online or at the in-store
kiosk, "delete the photos I uploaded", how long uploads are kept, a photo book sent to the
wrong address, passport photos taken in store, engraved and printed products with names,
faces and dates, saved designs and a gallery of ideas, proofs and shared links, a print
partner abroad, face-scanning "memories" features, reviews with photos; Art. 12, 15, 16,
17, 18, 20, 21, 77), and mail that asks nothing of the privacy team (a print too dark, a
late canvas, a typo in an engraving, a file format, the kiosk's hours) (people_ie.py: en
nl fr de es it pt; people_if.py: pl cs hr sv ro el bg); the systems around photos and
personalised products (photo labs' and print partners' order notices, kiosk receipts,
design tools' and proof-approval notices, shared albums and expiring links, review
platforms, engraving workshops, bounces of proofs), and people whose mail looks like
theirs (robots_ig.py: en nl fr de es it pt; robots_ih.py: pl cs hr sv ro el bg). Its
first measurement is in the README: the rules alone, and the rules blended with a text
model that had not seen it. When a rule misses a mail here, change the rule in a general
way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ie", "if"), ("ig", "ih"), 61000)  # numbered apart from the other sets

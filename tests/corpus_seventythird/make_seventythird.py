"""Write the SEVENTY-THIRD evaluation set: tests/corpus_seventythird/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventythird/make_seventythird.py

Written without reading the rules or the text model: the brands and manufacturers whose
products the shop sells (registering a product with the brand for its warranty, a safety
recall that needs the buyer's address, the brand's cashback or test panel, reviews passed
on to the brand's site, a smart appliance's app and the brand's account behind it, a
repair by the brand's service centre that saw the data on a device, the brand's marketing
after a purchase at the shop; Art. 12, 14, 15, 16, 17, 18, 20, 21, 77), and mail that asks
nothing of the privacy team (a recall's replacement part, a warranty claim, a spare part)
(people_fe.py: en nl fr de es it pt; people_ff.py: pl cs hr sv ro el bg); the systems
around them (the brands' registration and recall notices, service-centre repair tickets,
review syndication reports, appliance apps' alerts, brands' newsletters, bounces and
auto-replies of their mails), and people whose mail looks like theirs (robots_fg.py: en
nl fr de es it pt; robots_fh.py: pl cs hr sv ro el bg). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never the mail. Mails
are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("fe", "ff"), ("fg", "fh"), 70000)  # numbered apart from the other sets

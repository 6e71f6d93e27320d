"""Write the EIGHTEENTH evaluation set: tests/corpus_eighteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eighteenth/make_eighteenth.py

Written after the seventeenth-set round, without reading the rules or the text model:
letters people copy from elsewhere and adapt (forums, law firms' websites, AI chatbots
with their headings and placeholders, letters citing each country's own data protection
law, a compliance officer's Art. 15(1)(a)-(h) list, two templates pasted together;
people_d.py: en nl fr de es it pt; people_e.py: pl cs hr sv ro el bg), and robot mail
from security gateways, governments and large organisations (quarantine and encryption
notices, rare DSN codes, DMARC rejections, agencies' and DPOs' acknowledgements) with
people who look like it (robots_f.py). Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("d", "e"), ("f",), 15000)  # numbered apart from the other sets

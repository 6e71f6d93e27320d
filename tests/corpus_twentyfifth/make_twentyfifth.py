"""Write the TWENTY-FIFTH evaluation set: tests/corpus_twentyfifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyfifth/make_twentyfifth.py

Written after the twenty-fourth-set round, without reading the rules or the text model:
request letters as they really arrive in a mailbox (consumer organisations' and
authorities' model letters with placeholders or instructions left in, letters pasted
from a PDF with broken lines and mangled characters, letters written for another
company, follow-ups above our quoted acknowledgement, forwards of an unanswered mail;
people_va.py: en nl fr de es; people_vb.py: it pt pl cs hr; people_vc.py: sv ro el bg),
and the robot mail of national mail providers and local mail systems in the 14
languages, with people who write through them (robots_vd.py). Its first measurement is
in the README: the rules alone, and the rules blended with a text model that had not
seen it. When a rule misses a mail here, change the rule in a general way, never the
mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("va", "vb", "vc"), ("vd",), 22000)  # numbered apart from the other sets

"""Write the THIRTY-FIFTH evaluation set: tests/corpus_thirtyfifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_thirtyfifth/make_thirtyfifth.py

Written after the thirty-fourth-set round, without reading the rules or the text model:
requests put as questions ("can you delete my account?") beside questions about rights
and the policy that ask nothing yet, conditional and hedged requests, and writers who
are not ordinary customers (job applicants, former employees, business customers,
journalists and researchers, other companies' data protection officers, lawyers, the
police asking about someone else, parents, heirs; people_fa.py: en nl fr de es it pt;
people_fb.py: pl cs hr sv ro el bg); an ordinary fortnight's robot mail in the formats
and encodings real systems produce (legacy and mis-declared charsets, encoded headers,
HTML only, TNEF, S/MIME, attached messages) and people's mail in the same formats
(robots_fc.py, 14 languages). Its first measurement is in the README: the rules alone,
and the rules blended with a text model that had not seen it. When a rule misses a mail
here, change the rule in a general way, never the mail. Mails are built as in
make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("fa", "fb"), ("fc",), 32000)  # numbered apart from the other sets

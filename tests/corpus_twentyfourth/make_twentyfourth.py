"""Write the TWENTY-FOURTH evaluation set: tests/corpus_twentyfourth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyfourth/make_twentyfourth.py

Written after the twenty-third-set round, without reading the rules or the text model:
robot mail full of privacy words, the hardest robots for a privacy mailbox (suppliers'
data-export and account-deletion notices, processors' agreement and sub-processor
updates, consent and newsletter platforms' unsubscribe and complaint reports, other
companies' privacy teams acknowledging a request, bulk breach notices, phishing
simulations, closed tickets quoting a deletion request, our own replies bounced inline),
and people who look like robots (our acknowledgement pasted without quote marks, a
template reference, tracking pixels, replies to our export notice): robots_fa.py in en
nl fr de es it pt, robots_fb.py in pl cs hr sv ro el bg. Its first measurement is in
the README: the rules alone, and the rules blended with a text model that had not seen
it. When a rule misses a mail here, change the rule in a general way, never the mail.
Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, (), ("fa", "fb"), 21000)  # numbered apart from the other sets

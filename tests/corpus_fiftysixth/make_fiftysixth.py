"""Write the FIFTY-SIXTH evaluation set: tests/corpus_fiftysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fiftysixth/make_fiftysixth.py

Written without reading the rules or the text model: social media and the shop's presence
there (a customer's photo reposted by the shop or used in an ad, a tag to remove, a
review quoted with name and picture, a complaint screenshot posted by the shop; DMs
answered with order details in public, chatbots that keep the chat, a community manager
who looked up an order; ambassadors' addresses and measurements, an influencer's content
still online, a giveaway winner named; social login and what it gave the shop, custom
audiences and lookalike ads built from the e-mail list, social listening; Art. 6, 15, 17
and 21), and social media mail that asks nothing of the privacy team (people_ue.py: en
nl fr de es it pt; people_uf.py: pl cs hr sv ro el bg); the automatic mail of social
networks, management, listening, influencer, UGC-rights and messaging tools, auto-replies
and bounces, and people whose mail looks like theirs (robots_ug.py: en nl fr de es it pt;
robots_uh.py: pl cs hr sv ro el bg). Its first measurement is in the README: the rules
alone, and the rules blended with a text model that had not seen it. When a rule misses
a mail here, change the rule in a general way, never the mail. Mails are built as in
make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ue", "uf"), ("ug", "uh"), 53000)  # numbered apart from the other sets

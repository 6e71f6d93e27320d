"""Write the FORTY-SIXTH evaluation set: tests/corpus_fortysixth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fortysixth/make_fortysixth.py

Written during the forty-fifth-set round, without reading the rules or the text model:
accounts, logins and security (hacked and taken-over accounts, password resets sent to an
old address, two-step verification on a number given up, second accounts and social
logins, login history, IP addresses and devices kept, a password sent in plain text,
phishing in the shop's name, other sites' leaks), and account and security mail that asks
nothing of the privacy team (people_sa.py: en nl fr de es it pt; people_sb.py: pl cs hr sv
ro el bg); the automatic mail of accounts and security (sign-in and password-reset
notices, verification codes, breach-monitoring alerts, phishing-report acknowledgements,
security gateways, DMARC reports, fraud platforms, auto-replies and bounces), and people
whose mail looks like theirs (robots_sc.py: en nl fr de es it pt; robots_sd.py: pl cs hr
sv ro el bg). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change the
rule in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("sa", "sb"), ("sc", "sd"), 43000)  # numbered apart from the other sets

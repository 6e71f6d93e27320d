"""Write the FORTY-EIGHTH evaluation set: tests/corpus_fortyeighth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fortyeighth/make_fortyeighth.py

Written during the forty-seventh-set round, without reading the rules or the text model:
the shop as employer (job applicants' CVs, tests and recorded interviews, references
called without asking, recruitment agencies; staff discount cards seen by managers,
warehouse productivity tracking, cameras at the till, fingerprint time-clocks, sick notes,
staff photos; former staff's personnel files, references and accounts), and employment
mail that asks nothing of the privacy team (people_ke.py: en nl fr de es it pt;
people_kf.py: pl cs hr sv ro el bg); the automatic mail of recruitment and HR
(applicant-tracking systems, job boards, assessment platforms, payroll and social
secretariats, scheduling and time apps, HR service desks, auto-replies and bounces), and
people whose mail looks like theirs (robots_kg.py: en nl fr de es it pt; robots_kh.py: pl
cs hr sv ro el bg). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change the
rule in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("ke", "kf"), ("kg", "kh"), 45000)  # numbered apart from the other sets

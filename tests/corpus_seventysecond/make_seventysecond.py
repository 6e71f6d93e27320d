"""Write the SEVENTY-SECOND evaluation set: tests/corpus_seventysecond/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_seventysecond/make_seventysecond.py

Written without reading the rules or the text model: the company changing hands and
changing systems (a regional chain taken over and its stores rebranded, the old chain's
loyalty card and web accounts moved over, franchise stores run by their own owners, a new
CRM, loyalty platform, payment provider or outsourced customer-service centre, stores that
close, "who holds my data now?", "I never agreed to be a customer of the new owner",
"delete me from the old chain's system"; Art. 12, 13, 14, 15, 16, 17, 18, 20, 21, 77),
and mail that asks nothing of the privacy team (old vouchers after the takeover, a closed
store's orders, the new card) (people_de.py: en nl fr de es it pt; people_df.py: pl cs hr
sv ro el bg); the systems around them (migration and onboarding notices, the old
platform's sunset mails, franchise back-office reports, the new providers' welcome and
status mails, bounces of the old domain, auto-replies of closed stores), and people whose
mail looks like theirs (robots_dg.py: en nl fr de es it pt; robots_dh.py: pl cs hr sv ro
el bg). Its first measurement is in the README: the rules alone, and the rules blended
with a text model that had not seen it. When a rule misses a mail here, change the rule
in a general way, never the mail. Mails are built as in make_fresh.py. Deterministic.
"""
import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("de", "df"), ("dg", "dh"), 69000)  # numbered apart from the other sets

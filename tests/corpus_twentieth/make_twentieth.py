"""Write the TWENTIETH evaluation set: tests/corpus_twentieth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentieth/make_twentieth.py

Written after the nineteenth-set round, without reading the rules or the text model:
the regional and social variety of each language (Irish, Maltese and Belgian English,
Flemish, Belgian, Swiss and Quebec French, Austrian and Swiss German, Latin-American
Spanish, Brazilian and African Portuguese; Silesian and Ukrainian Polish, Bosnian and
Serbian forms, Finland-Swedish, Moldovan Romanian, Cypriot Greek and Greeklish,
Bulgarian in Latin letters; teenagers, retired people, lawyers, non-native speakers;
people_j.py: en nl fr de es it pt; people_k.py: pl cs hr sv ro el bg). No raw robots. Its first measurement is in the
README: the rules alone, and the rules blended with a text model that had not seen it.
When a rule misses a mail here, change the rule in a general way, never
the mail. Mails are built as in make_fresh.py. Deterministic.
"""

import sys

sys.path.insert(0, __file__.rpartition("corpus_")[0] + "corpus_fresh")  # tests/corpus_fresh
from make_fresh import write_books  # noqa: E402

if __name__ == "__main__":
    write_books(__file__, ("j", "k"), (), 17000)  # numbered apart from the other sets

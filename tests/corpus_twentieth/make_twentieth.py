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

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's own modules first: corpus_fresh has people_e/f/g.py too, and an import
# found there would write the fresh set's letters under this set's name (as it did for
# the tenth set until the eighteenth round)
sys.path.insert(0, str(HERE.parent / "corpus_fresh"))
sys.path.insert(0, str(HERE))

from people_j import PEOPLE_J  # noqa: E402
from people_k import PEOPLE_K  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("j", PEOPLE_J), ("k", PEOPLE_K)], [], 17000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

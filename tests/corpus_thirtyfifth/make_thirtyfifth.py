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

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's own modules first: corpus_fresh has people_e/f/g.py too, and an import
# found there would write the fresh set's letters under this set's name (as it did for
# the tenth set until the eighteenth round)
sys.path.insert(0, str(HERE.parent / "corpus_fresh"))
sys.path.insert(0, str(HERE))

from people_fa import PEOPLE_FA  # noqa: E402
from people_fb import PEOPLE_FB  # noqa: E402
from robots_fc import ROBOTS as ROBOTS_FC  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("fa", PEOPLE_FA), ("fb", PEOPLE_FB)], ROBOTS_FC, 32000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

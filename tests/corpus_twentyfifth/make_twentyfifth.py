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

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# this set's own modules first: corpus_fresh has people_e/f/g.py too, and an import
# found there would write the fresh set's letters under this set's name (as it did for
# the tenth set until the eighteenth round)
sys.path.insert(0, str(HERE.parent / "corpus_fresh"))
sys.path.insert(0, str(HERE))

from people_va import PEOPLE_VA  # noqa: E402
from people_vb import PEOPLE_VB  # noqa: E402
from people_vc import PEOPLE_VC  # noqa: E402
from robots_vd import ROBOTS as ROBOTS_VD  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("va", PEOPLE_VA), ("vb", PEOPLE_VB), ("vc", PEOPLE_VC)], ROBOTS_VD, 22000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

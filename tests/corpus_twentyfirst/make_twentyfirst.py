"""Write the TWENTY-FIRST evaluation set: tests/corpus_twentyfirst/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_twentyfirst/make_twentyfirst.py

Written after the twentieth-set round, without reading the rules or the text model:
robot mail from the systems around a mailbox today (sending services, security
gateways, mailbox providers, helpdesks, list software, e-signature and sharing
notices; robots_ra.py in en nl fr de es it pt, robots_rb.py in pl cs hr sv ro el bg),
with people whose mails look like robots (a phone's disclaimer, a reply on a ticket
acknowledgement, a forwarded bounce, a contact form from a no-reply address), and
requests sent on someone's behalf: removal services acting as agents, parents,
guardians, heirs, lawyers (people_pc.py: en nl fr de es it pt; people_pd.py: pl cs hr
sv ro el bg). Its first measurement is in the README: the rules alone, and the rules
blended with a text model that had not seen it. When a rule misses a mail here, change
the rule in a general way, never the mail. Mails are built as in make_fresh.py.
Deterministic.
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

from people_pc import PEOPLE_PC  # noqa: E402
from people_pd import PEOPLE_PD  # noqa: E402
from robots_ra import ROBOTS as ROBOTS_RA  # noqa: E402
from robots_rb import ROBOTS as ROBOTS_RB  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("pc", PEOPLE_PC), ("pd", PEOPLE_PD)], [*ROBOTS_RA, *ROBOTS_RB], 18000)  # numbered apart


if __name__ == "__main__":
    main()

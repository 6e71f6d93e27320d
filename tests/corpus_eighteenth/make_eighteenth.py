"""Write the EIGHTEENTH evaluation set: tests/corpus_eighteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_eighteenth/make_eighteenth.py

Written after the seventeenth-set round, without reading the rules or the text model:
letters people copy from elsewhere and adapt (forums, law firms' websites, AI chatbots
with their headings and placeholders, letters citing each country's own data protection
law, a compliance officer's Art. 15(1)(a)-(h) list, two templates pasted together;
people_d.py: en nl fr de es it pt; people_e.py: pl cs hr sv ro el bg), and robot mail
from security gateways, governments and large organisations (quarantine and encryption
notices, rare DSN codes, DMARC rejections, agencies' and DPOs' acknowledgements) with
people who look like it (robots_f.py). Its first measurement is in the
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

from people_d import PEOPLE_D  # noqa: E402
from people_e import PEOPLE_E  # noqa: E402
from robots_f import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("d", PEOPLE_D), ("e", PEOPLE_E)], ROBOTS, 15000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

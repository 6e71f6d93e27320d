"""Write the NINETEENTH evaluation set: tests/corpus_nineteenth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_nineteenth/make_nineteenth.py

Written after the eighteenth-set round, without reading the rules or the text model:
what made people write and what they write next (a partner's call, a breach notice,
a newspaper story, a changed policy; annoyed replies to the identity check, follow-ups
to an answer, a request narrowed, widened or withdrawn, a reminder after the deadline;
people_g.py: en nl fr de es it pt; people_h.py: pl cs hr sv ro el bg), and what comes
back when we send people their data (bounces of large exports and blocked archives,
recipients' auto-replies, read receipts, file-transfer notices) with people who look
like it (robots_i.py). Its first measurement is in the
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

from people_g import PEOPLE_G  # noqa: E402
from people_h import PEOPLE_H  # noqa: E402
from robots_i import ROBOTS  # noqa: E402
from make_fresh import write_set  # noqa: E402  (last: importing it puts corpus_fresh first on the path)


def main() -> None:
    write_set(HERE, [("g", PEOPLE_G), ("h", PEOPLE_H)], ROBOTS, 16000)  # numbered apart from the other sets


if __name__ == "__main__":
    main()

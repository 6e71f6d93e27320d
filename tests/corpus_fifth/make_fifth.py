"""Write the FIFTH evaluation set: tests/corpus_fifth/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fifth/make_fifth.py

Written after the rules had been widened on the fourth set, again without reading them:
requests sent on behalf of someone (removal services, lawyers, parents, heirs), mixed-
language and non-native mails, privacy-worded look-alikes (people_k.py), requests buried
in ordinary mails and replies (people_l.py), and raw robots from less common systems and
robot-looking people (robots_m.py). Its first measurement, before any
rule was changed for it, is in the README. When a rule misses a mail here, change the
rule in a general way, never the mail. Mails are built as in make_fresh.py (some as
multipart/alternative or HTML only). Deterministic.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "corpus_fresh"))

from make_fresh import person_mail, slug  # noqa: E402
from people_k import PEOPLE_K  # noqa: E402
from people_l import PEOPLE_L  # noqa: E402
from robots_m import ROBOTS  # noqa: E402


def main() -> None:
    for sub in HERE.iterdir():
        if sub.is_dir() and not sub.name.startswith("__"):
            shutil.rmtree(sub)
    rows = []
    n = 2000  # other Message-IDs and dates than the earlier sets'

    def write(category: str, name: str, raw: bytes, lang: str, categories: list[str]) -> None:
        folder = HERE / category
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}.eml"
        assert not path.exists(), path
        path.write_bytes(raw)
        rows.append({"file": f"{category}/{name}.eml", "category": category, "categories": categories, "language": lang})

    for tag, book in (("k", PEOPLE_K), ("l", PEOPLE_L)):
        for lang, entries in book.items():
            for i, (category, also, subject, body, name) in enumerate(entries):
                n += 1
                write(category, f"{lang}-{tag}{i:02d}-{slug(subject or body)}", person_mail(n, lang, subject, body, name),
                      lang, [category, *also])
    for i, (lang, family, category, also, raw) in enumerate(ROBOTS):
        text = raw.lstrip("\n")
        text = text if text.endswith("\n") else text + "\n"
        write(category, f"{lang}-{family}-{i:03d}", text.encode("utf-8"), lang, [category, *also])
    (HERE / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} mails")


if __name__ == "__main__":
    main()

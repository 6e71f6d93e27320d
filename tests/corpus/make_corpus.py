"""Write the labeled corpus: tests/corpus/<category>/<name>.eml and labels.jsonl.

Run from the repository root: `.venv/bin/python tests/corpus/make_corpus.py`.
Deterministic (seeded), so the corpus only changes when this script or the phrasebook does.
"""

from __future__ import annotations

import json
import random
import re
import shutil
import sys
from email.message import EmailMessage
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from phrasebook import ASK, CLOSE, CONTEXT, GREET, NAMES, OTHER, SUBJECT, VAGUE_SUBJECTS  # noqa: E402
from robots import robots  # noqa: E402
from letters import letters  # noqa: E402
from holdout import HOLDOUT  # noqa: E402

RNG = random.Random(20240611)
OUR = "privacy@shop.example.be"
BASE = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)


def slug(text: str, limit: int = 40) -> str:
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text[:limit].strip("-") or "x"


def person(lang: str) -> tuple[str, str]:
    name = RNG.choice(NAMES)
    local = slug(name, 20).replace("-", ".")
    domain = RNG.choice(["gmail.com", "outlook.com", "telenet.be", "proton.me", "web.de", "orange.fr", "yahoo.com", "mail.example"])
    return name, f"{local}@{domain}"


def build(subject: str, body: str, name: str, addr: str, *, html: bool = False, headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{addr}>"
    msg["To"] = OUR
    msg["Subject"] = subject
    msg["Date"] = format_datetime(BASE + timedelta(minutes=RNG.randint(0, 60 * 24 * 40)))
    msg["Message-ID"] = f"<{RNG.getrandbits(64):016x}@{addr.split('@')[1]}>"
    for key, value in (headers or {}).items():
        msg[key] = value
    if html:
        paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
        msg.set_content(f"<html><body>{paragraphs}</body></html>", subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes()


def letter(lang: str, parts: list[str], name: str) -> str:
    greet = RNG.choice(GREET[lang])
    close = RNG.choice(CLOSE[lang])
    lines = [greet] if greet else []
    if lang in CONTEXT and RNG.random() < 0.4:
        parts = [RNG.choice(CONTEXT[lang])] + parts
    lines.append(" ".join(parts))
    lines.append(f"{close}\n{name}")
    return "\n\n".join(lines)


def pick_subject(category: str, lang: str) -> str:
    roll = RNG.random()
    own = SUBJECT.get(category, {}).get(lang)
    if own and roll < 0.55:
        return RNG.choice(own)
    if roll < 0.8:
        return RNG.choice(VAGUE_SUBJECTS)
    return ""


def main() -> None:
    for child in HERE.iterdir():
        if child.is_dir() and child.name != "__pycache__":
            shutil.rmtree(child)
    labels: list[dict[str, object]] = []
    used: set[str] = set()

    def save(category: str, name: str, raw: bytes, language: str, categories: list[str] | None = None) -> None:
        folder = HERE / category
        folder.mkdir(exist_ok=True)
        base = slug(name, 60)
        stem, n = base, 2
        while f"{category}/{stem}" in used:
            stem, n = f"{base}-{n}", n + 1
        used.add(f"{category}/{stem}")
        (folder / f"{stem}.eml").write_bytes(raw)
        labels.append({"file": f"{category}/{stem}.eml", "category": category,
                       "categories": categories or [category], "language": language})

    # single requests, every sentence of the phrasebook, core languages twice
    for category, by_lang in ASK.items():
        for lang, sentences in by_lang.items():
            for i, sentence in enumerate(sentences):
                for round_ in range(2 if lang in ("en", "nl", "fr", "de") else 1):
                    name, addr = person(lang)
                    subject = pick_subject(category, lang)
                    body = letter(lang, [sentence], name)
                    html = RNG.random() < 0.1
                    save(category, f"{lang}-{slug(sentence, 36)}-{round_}", build(subject, body, name, addr, html=html), lang)

    # hand-written letters: formal templates, multi-requests, reminders, tricky people
    for category, categories, lang, name_hint, subject, body in letters():
        name, addr = person(lang)
        save(category, f"{lang}-{name_hint}", build(subject, body.replace("{name}", name), name, addr), lang, categories)

    for category, categories, lang, subject, body in HOLDOUT:
        name, addr = person(lang)
        save(category, f"{lang}-second-batch-{slug(subject or body, 30)}", build(subject, body, name, addr), lang, categories)

    for lang, items in OTHER.items():
        for subject, body in items:
            name, addr = person(lang)
            save("other", f"{lang}-{slug(subject or body, 36)}", build(subject, letter(lang, [body], name) if RNG.random() < 0.5 else body, name, addr), lang)

    for name_hint, lang, raw in robots(RNG):
        save("automated", name_hint, raw, lang)

    with (HERE / "labels.jsonl").open("w", encoding="utf-8") as handle:
        for row in sorted(labels, key=lambda r: str(r["file"])):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(labels)} mails written")


if __name__ == "__main__":
    main()

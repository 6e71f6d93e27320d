"""Write the FRESH evaluation set: tests/corpus_fresh/<category>/<name>.eml + labels.jsonl.

    .venv/bin/python tests/corpus_fresh/make_fresh.py

A third set, written after the rules existed but without reading them: letters in the
14 languages of the target (people_e/f/g.py) in the voice of request generators, model
letters of data protection authorities, consumer templates and customers, and robots as
raw messages the way each MTA or auto-responder writes them (robots_fresh.py). Its first
measurement, before any rule was changed for it, is in the README. As with the blind
set: when a rule misses a mail here, change the rule in a general way, never the mail.

Some person mails are sent the way common clients send them: multipart/alternative with
an HTML part (every 5th) or HTML only (every 11th), so the HTML reading is exercised too.
Deterministic.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
import shutil
import sys
import unicodedata
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from people_e import PEOPLE_E  # noqa: E402
from people_f import PEOPLE_F  # noqa: E402
from people_g import PEOPLE_G  # noqa: E402
from robots_fresh import ROBOTS  # noqa: E402

OUR = "privacy@shop.example.be"
BASE = datetime(2024, 9, 2, 7, 15, tzinfo=timezone.utc)
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "gmx.net", "icloud.com", "hotmail.com", "telenet.be"]


def slug(text: str, limit: int = 36) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return text[:limit].strip("-") or "x"


def encode(name: str, value: str) -> str:
    if value.isascii():
        return value
    if name == "From" and "<" in value:
        display, addr = value.rsplit("<", 1)
        return f"{Header(display.strip(), 'utf-8').encode()} <{addr}"
    return Header(value, "utf-8").encode()


def as_html(body: str) -> str:
    """The body as an HTML mail client writes it: paragraphs, <br>, quotes in <blockquote>."""
    parts: list[str] = []
    quote: list[str] = []
    para: list[str] = []

    def flush_para() -> None:
        if para:
            parts.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote() -> None:
        if quote:
            parts.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                         + "<br>\n".join(html.escape(x) for x in quote) + "</blockquote>")
            quote.clear()

    for line in body.splitlines():
        if line.startswith(">"):
            flush_para()
            quote.append(line.lstrip("> "))
        elif not line.strip():
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(line)
    flush_para()
    flush_quote()
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p{margin:0}</style></head><body><div dir=\"ltr\">\n" + "\n".join(parts) + "\n</div></body></html>")


def person_mail(n: int, lang: str, subject: str, body: str, name: str) -> bytes:
    local = slug(name, 20).replace("-", ".") or f"user{n}"
    addr = f"{local}{n}@{DOMAINS[n % len(DOMAINS)]}"
    date = format_datetime(BASE + timedelta(minutes=41 * n))
    headers = {"From": f"{name} <{addr}>", "To": OUR, "Subject": subject, "Date": date,
               "Message-ID": f"<fresh.{n}.{lang}@{addr.split('@')[1]}>", "MIME-Version": "1.0"}
    if subject.lower().startswith(("re:", "aw:", "sv:", "odp:", "re :")):
        headers["In-Reply-To"] = f"<reply.{n}@shop.example.be>"
    head = "".join(f"{k}: {encode(k, v)}\n" for k, v in headers.items())
    text_part = 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + body + "\n"
    html_part = 'Content-Type: text/html; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n' + as_html(body) + "\n"
    if n % 11 == 0:
        return (head + html_part).encode("utf-8")
    if n % 5 == 0:
        b = f"000000000000fresh{n:04d}"
        return (head + f'Content-Type: multipart/alternative; boundary="{b}"\n\n--{b}\n{text_part}\n--{b}\n'
                f"{html_part}\n--{b}--\n").encode("utf-8")
    return (head + text_part).encode("utf-8")


def write_set(here: Path, books: list[tuple[str, dict[str, list[tuple[str, tuple[str, ...], str, str, str]]]]],
              robots: list[tuple[str, str, str, tuple[str, ...], str]], n: int) -> None:
    """Write one set under `here`: each book's person mails (file names carry the book's
    tag), then the raw robots; `n` numbers the mails (dates and Message-IDs)."""
    for sub in here.iterdir():
        if sub.is_dir() and not sub.name.startswith("__"):
            shutil.rmtree(sub)
    rows = []

    def write(category: str, name: str, raw: bytes, lang: str, categories: list[str]) -> None:
        folder = here / category
        folder.mkdir(exist_ok=True)
        path = folder / f"{name}.eml"
        assert not path.exists(), path
        path.write_bytes(raw)
        rows.append({"file": f"{category}/{name}.eml", "category": category, "categories": categories, "language": lang})

    for tag, book in books:
        for lang, entries in book.items():
            for i, (category, also, subject, body, name) in enumerate(entries):
                n += 1
                write(category, f"{lang}-{tag}{i:02d}-{slug(subject or body)}", person_mail(n, lang, subject, body, name),
                      lang, [category, *also])
    for i, (lang, family, category, also, raw) in enumerate(robots):
        text = raw.lstrip("\n")
        text = text if text.endswith("\n") else text + "\n"
        write(category, f"{lang}-{family}-{i:03d}", text.encode("utf-8"), lang, [category, *also])
    (here / "labels.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} mails")


def load_from_file(folder: Path, stem: str, name: str) -> Any:
    """`name` from folder/<stem>.py, run as the module <folder's name>.<stem>."""
    module = f"{folder.name}.{stem}"
    spec = importlib.util.spec_from_file_location(module, folder / f"{stem}.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {folder / stem}.py")
    loaded = importlib.util.module_from_spec(spec)
    sys.modules[module] = loaded
    spec.loader.exec_module(loaded)
    return getattr(loaded, name)


def write_books(script: str, people: tuple[str, ...], robots: tuple[str, ...], n: int) -> None:
    """Write the set beside the make script `script` (its `__file__`): the books
    people_<tag>.py (their dict PEOPLE_<TAG>) in the order of `people`, then the rows of
    robots_<tag>.py (their list ROBOTS) in the order of `robots`; `n` as for write_set.

    Each file is loaded by its path, as a module named after its own set
    ("corpus_fortieth.people_ka"), never looked up on sys.path: corpus_fresh has
    people_e/f/g.py too, and an import found there once wrote the fresh set's letters
    under the tenth set's name. This replaces putting each set's folder first on sys.path.
    """
    here = Path(script).resolve().parent
    books = [(tag, load_from_file(here, f"people_{tag}", f"PEOPLE_{tag.upper()}"))
             for tag in people]
    rows = [row for tag in robots for row in load_from_file(here, f"robots_{tag}", "ROBOTS")]
    write_set(here, books, rows, n)


def main() -> None:
    write_set(HERE, [("", PEOPLE_E), ("", PEOPLE_F), ("", PEOPLE_G)], ROBOTS, 0)


if __name__ == "__main__":
    main()

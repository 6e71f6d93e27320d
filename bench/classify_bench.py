"""Measure the classifier on a labeled corpus: P/R/F1 per category and language,
a confusion matrix, robot/request cross errors, and mails per second.

    .venv/bin/python bench/classify_bench.py [CORPUS_DIR | --blind | ... | --ninth] [--unseen | --rules-only] [--rules DIR] [--errors]

CORPUS_DIR holds *.eml files in subfolders and a labels.jsonl with
{"file", "category", "categories", "language"} (default: tests/corpus).
--blind runs on tests/corpus_blind instead: 302 mails in 18 languages written apart
from the rules (see tests/corpus_blind/make_blind.py), a check of how they generalize.
--fresh runs on tests/corpus_fresh: 379 mails in the 14 target languages, written later
without reading the rules (tests/corpus_fresh/make_fresh.py); its first figure, before
any rule was changed for it, was macro-F1 0.800.
--fourth runs on tests/corpus_fourth: 331 mails (formal letters, everyday notes, raw
robots) in the 14 languages, written after the rules were widened on the fresh set;
its first figure, before any rule was changed for it, was macro-F1 0.878.
--fifth runs on tests/corpus_fifth: 310 mails (requests sent on behalf of someone,
mixed-language and non-native mails, requests buried in ordinary mails, robots from less
common systems), written after the fourth-set round; first figure 0.865.
--sixth runs on tests/corpus_sixth: formal and template letters, everyday and messy
mail, raw robots of many systems, written after the fifth-set round; first figure 0.849.
--seventh runs on tests/corpus_seventh: personal stories with copied fragments, replies
in threads with the privacy team, robots of national providers, written during the
sixth-set round and first measured after it; first figure 0.754.
--eighth runs on tests/corpus_eighth: informed and unusual letters, very short and vague
mails, system and list mail, written after the seventh-set round; first figure 0.803.
--ninth runs on tests/corpus_ninth: mixed concerns, requests for someone else, requests
inside noise, robots that talk like privacy teams; first figure (rules alone) 0.826.
The classifier is the rules blended with the text model, which learns from every
labelled set: on a set it has learnt from, it knows the answers. --unseen trains the
model without the set measured (what it adds on mail it has not seen; the rules may
still have been widened on the set; --without SET leaves out one more, e.g. a set written
at the same time); --rules-only leaves the model out.
The timing includes start-up: importing the classifier, loading rules and every
spaCy pipeline the mails need, as `privacy-bot classify` would pay.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

START = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.categories import REQUESTS, Category  # noqa: E402
from bot.mail.parse import parse  # noqa: E402
from bot.rules import Classifier  # noqa: E402
from bot.rules.textmodel import set_dirs  # noqa: E402


# The evaluation sets written apart from the rules, in the order they were written.
SETS = ("blind", "fresh", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "twentyfirst", "twentysecond", "twentythird", "twentyfourth",
        "twentyfifth", "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst",
        "thirtysecond", "thirtythird", "thirtyfourth", "thirtyfifth",
        "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth", "fortieth", "fortyfirst", "fortysecond",
        "fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
        "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird", "fiftyfourth", "fiftyfifth",
        "fiftysixth", "fiftyseventh", "fiftyeighth", "fiftyninth",
        "sixtieth", "sixtyfirst", "sixtysecond", "sixtythird",
        "sixtyfourth", "sixtyfifth", "sixtysixth", "sixtyseventh", "sixtyeighth", "sixtyninth",
        "seventieth", "seventyfirst", "seventysecond", "seventythird", "seventyfourth", "seventyfifth",
        "seventysixth", "seventyseventh", "seventyeighth", "seventyninth", "eightieth", "eightyfirst")


def f1_table(pairs: list[tuple[str, str]], labels: list[str]) -> dict[str, tuple[float, float, float, int]]:
    table = {}
    for label in labels:
        tp = sum(1 for gold, got in pairs if gold == label and got == label)
        fp = sum(1 for gold, got in pairs if gold != label and got == label)
        fn = sum(1 for gold, got in pairs if gold == label and got != label)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        table[label] = (p, r, f, tp + fn)
    return table


def macro_f1(pairs: list[tuple[str, str]], labels: list[str]) -> float:
    """Mean F1 over the `labels` the gold side has (a set of robots and the people who
    look like them has no `other`: it is not counted as a zero)."""
    table = f1_table(pairs, labels)
    present = [label for label in labels if table[label][3]]
    return sum(table[label][2] for label in present) / len(present)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "tests" / "corpus"))
    for name in SETS:
        parser.add_argument(f"--{name}", action="store_true", help=f"run on tests/corpus_{name}")
    parser.add_argument("--rules", default=None)
    parser.add_argument("--errors", action="store_true", help="list every misclassified mail")
    model = parser.add_mutually_exclusive_group()
    model.add_argument("--unseen", action="store_true", help="train the text model without the set measured")
    model.add_argument("--rules-only", action="store_true", help="the rules without the text model")
    parser.add_argument("--without", action="append", default=[], metavar="SET",
                        help="with --unseen: also train without this set (e.g. one written at the same time)")
    args = parser.parse_args()
    named = [name for name in SETS if getattr(args, name)]
    corpus = ROOT / "tests" / f"corpus_{named[0]}" if named else Path(args.corpus)
    rows = [json.loads(line) for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    raws = [(row, (corpus / row["file"]).read_bytes()) for row in rows]

    t0 = time.perf_counter()
    sets = [] if args.rules_only else set_dirs(exclude=[corpus.name, *(f"corpus_{n}" for n in args.without)]) if args.unseen else None
    classifier = Classifier(Path(args.rules) if args.rules else None, sets=sets)
    results = []
    for row, raw in raws:
        verdict = classifier.classify(parse(raw))
        results.append((row, verdict))
    elapsed = time.perf_counter() - t0
    total = time.perf_counter() - START

    cats = [c.value for c in Category]
    pairs = [(row["category"], v.category.value) for row, v in results]
    table = f1_table(pairs, cats)
    present = [c for c in cats if table[c][3]]
    print(f"command: {' '.join(shlex.quote(a) for a in [sys.executable, *sys.argv])}")
    print(f"mails: {len(results)}  classify: {elapsed:.2f} s  ({len(results) / elapsed:.0f} mails/s)  "
          f"with start-up (imports, rules, pipelines): {total:.2f} s")
    print(f"\n{'category':18} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}")
    for c in present:
        p, r, f, n = table[c]
        print(f"{c:18} {p:6.3f} {r:6.3f} {f:6.3f} {n:5d}")
    print(f"{'macro-F1':18} {'':6} {'':6} {macro_f1(pairs, cats):6.3f}")

    print(f"\n{'language':9} {'n':>4} {'accuracy':>9} {'macro-F1':>9} {'lang ok':>8}")
    by_lang: dict[str, list[tuple[dict[str, object], object]]] = defaultdict(list)
    for row, v in results:
        by_lang[str(row["language"])].append((row, v))
    for lang in sorted(by_lang):
        items = by_lang[lang]
        lp = [(str(r["category"]), v.category.value) for r, v in items]  # type: ignore[attr-defined]
        acc = sum(1 for g, o in lp if g == o) / len(lp)
        lmacro = macro_f1(lp, cats)
        lang_ok = sum(1 for r, v in items if r["category"] == "automated" or v.language == lang) / len(items)  # type: ignore[attr-defined]
        print(f"{lang:9} {len(items):4d} {acc:9.3f} {lmacro:9.3f} {lang_ok:8.2f}")

    print("\nconfusion (rows: expected, columns: got)")
    short = {c: c[:6] for c in present}
    confusion = Counter(pairs)
    print(f"{'':18}" + "".join(f"{short[c]:>7}" for c in present))
    for gold in present:
        print(f"{gold:18}" + "".join(f"{confusion[(gold, got)]:7d}" for got in present))

    requests = {c.value for c in REQUESTS}
    robot_as_request = [r["file"] for r, v in results if r["category"] == "automated" and v.category.value in requests]
    request_as_robot = [r["file"] for r, v in results if r["category"] in requests and v.category.value == "automated"]
    print(f"\nrobots taken for requests: {len(robot_as_request)} {robot_as_request}")
    unanswered = [r["file"] for r, v in results if r["file"] in robot_as_request and v.model_only]
    if unanswered:
        print(f"  of which read by the text model alone (the bot sends nothing, staff see it): {unanswered}")
    print(f"requests taken for robots: {len(request_as_robot)} {request_as_robot}")
    cats_ok = sum(1 for r, v in results if set(r["categories"]) <= {c.value for c in v.categories})
    print(f"every labeled category found in `categories`: {cats_ok}/{len(results)}")
    missing = [(r["file"], sorted(set(r["categories"]) - {c.value for c in v.categories}))
               for r, v in results if not set(r["categories"]) <= {c.value for c in v.categories}]
    if args.errors and missing:
        print(f"  missing from `categories`: {missing}")
    if args.errors:
        print("\nerrors:")
        for row, v in results:
            if row["category"] != v.category.value:
                print(f"  {row['file']}: expected {row['category']}, got {v.category.value} "
                      f"{[c.value for c in v.categories]} {v.confidence} {list(v.hits)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

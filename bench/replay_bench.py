"""Replay the rounds: how much the text model adds on mail neither it nor the rules had seen.

    .venv/bin/python bench/replay_bench.py [SET ...] [--single]

For each evaluation set from the fourth on, `bench/first_verdicts/<set>.json` keeps
the verdicts of the rules as they were in the commit that added the set, before any
rule changed for it (recorded once with --record, below). The replay trains the text
model and the robot model as the product does (`textmodel.train`), but only on what
existed then: the rule examples of that commit (read with `git show`) and the sets
written before it. It blends the models into the recorded verdicts as the classifier
does (`blend_model`) and prints macro-F1 per set: the rules of the time, the model
alone, and the two blended (with the robot model's reading of mails without a request).
About 30-60 s of training per set. --single trains one order only (the model before it
averaged three).

Recording a set's first verdicts, from a checkout of the commit that added it:

    git worktree add /tmp/at-set <commit>
    cd /tmp/at-set && /work/main/.venv/bin/python /work/main/bench/replay_bench.py --record <set> --commit <commit>
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ROOT / "bench" / "first_verdicts"
TESTS = ROOT / "tests"


def _folder(name: str) -> Path:
    return TESTS / ("corpus" if name == "corpus" else f"corpus_{name}")


def _rows(name: str) -> list[dict[str, object]]:
    text = (_folder(name) / "labels.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def record(name: str, commit: str) -> None:
    """Verdicts of the rules in the current checkout (the set's commit), rules alone."""
    sys.path.insert(0, str(Path.cwd()))
    import inspect

    from bot.mail.parse import parse
    from bot.rules import Classifier

    classifier = Classifier(sets=[]) if "sets" in inspect.signature(Classifier).parameters else Classifier()
    verdicts = {}
    for row in _rows(name):
        verdict = classifier.classify(parse((_folder(name) / str(row["file"])).read_bytes()))
        verdicts[str(row["file"])] = [verdict.category.value, [c.value for c in verdict.categories], verdict.confidence]
    FIRST.mkdir(exist_ok=True)
    (FIRST / f"{name}.json").write_text(json.dumps({"commit": commit, "verdicts": verdicts}, ensure_ascii=False))
    print(f"recorded {len(verdicts)} verdicts of {name} at {commit}")


def _examples(commit: str) -> list[tuple[str, str]]:
    """(category, example) of every positive rule in rules/*.yaml at `commit`."""
    import yaml

    names = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", commit, "rules/"],
                           check=True, capture_output=True, text=True).stdout.split()
    out = []
    for path in names:
        if not path.endswith(".yaml"):
            continue
        text = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:{path}"],
                              check=True, capture_output=True, text=True).stdout
        data = yaml.safe_load(text) or {}
        for rule in data.get("rules") or []:
            if (rule.get("weight", 1) or 0) > 0:
                out += [(data["category"], e) for e in (rule.get("examples") or {}).get("match") or []]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="sets to replay (default: every recorded one)")
    parser.add_argument("--single", action="store_true", help="train one order only")
    parser.add_argument("--record", metavar="SET", help="record SET's first verdicts from this checkout")
    parser.add_argument("--commit", help="with --record: the commit checked out")
    args = parser.parse_args()
    if args.record:
        record(args.record, args.commit or "?")
        return 0

    sys.path.insert(0, str(ROOT))
    import numpy as np
    from classify_bench import SETS, macro_f1

    order = ("corpus", *SETS)  # the order the sets were written in; each is replayed with the ones before it

    from bot.categories import Category
    from bot.mail.parse import parse
    from bot.rules.classifier import Verdict, blend_model
    from bot.rules.reading import read_body
    from bot.rules.textmodel import CATEGORIES, SEEDS, Parts, parts, train

    def macro(pairs: list[tuple[str, str]]) -> float:
        return macro_f1(pairs, [c.value for c in Category])

    mails: dict[str, list[tuple[str, str, Parts]]] = {}

    def read(name: str) -> list[tuple[str, str, Parts]]:
        if name not in mails:
            mails[name] = []
            for row in _rows(name):
                mail = parse((_folder(name) / str(row["file"])).read_bytes())
                mails[name].append((str(row["file"]), str(row["category"]),
                                    parts(mail.subject or "", read_body(mail.body or ""))))
        return mails[name]

    wanted = args.sets or [n for n in order if (FIRST / f"{n}.json").is_file()]
    print(f"command: {' '.join(shlex.quote(a) for a in [sys.executable, *sys.argv])}")
    print(f"{'set':12} {'rules':>6} {'model':>6} {'blend':>6}  (macro-F1; training s)")
    sums = np.zeros(3)
    for name in wanted:
        first = json.loads((FIRST / f"{name}.json").read_text(encoding="utf-8"))
        texts = [(Category(c), Parts("", e, "")) for c, e in _examples(first["commit"]) if c != "automated"]
        robots = []
        for before in order[:order.index(name)]:
            texts += [(Category(c), p) for _, c, p in read(before) if c != "automated"]
            robots += [(c == "automated", p) for _, c, p in read(before)]
        t0 = time.perf_counter()
        model = train(texts, seeds=1 if args.single else SEEDS, robots=robots)
        took = time.perf_counter() - t0
        rules, alone, blended = [], [], []
        for file, gold, text in read(name):
            category, categories, confidence = first["verdicts"][file]
            verdict = Verdict(Category(category), tuple(Category(c) for c in categories), "en", confidence)
            rules.append((gold, category))
            robot = verdict.category is Category.AUTOMATED  # the model knows no robots
            alone.append((gold, category if robot else CATEGORIES[int(model.probabilities(text).argmax())].value))
            blended.append((gold, blend_model(verdict, text, model).category.value))
        figures = np.array([macro(rules), macro(alone), macro(blended)])
        sums += figures
        print(f"{name:12} {figures[0]:6.3f} {figures[1]:6.3f} {figures[2]:6.3f}  ({took:.0f} s)")
    mean = sums / len(wanted)
    print(f"{'mean':12} {mean[0]:6.3f} {mean[1]:6.3f} {mean[2]:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

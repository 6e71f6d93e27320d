"""Does a small text classifier, trained at build time on our own corpus, earn its keep
next to the rules? Cross-set figures: train on tests/corpus, test on tests/corpus_blind,
and the other way round. Everything offline (blank spaCy pipelines, no downloads).

    .venv/bin/python bench/textcat_experiment.py [--epochs N] [--seed S] [--changes]

Mails labeled `automated` are left out (robots are caught by headers first); the
9 person categories are scored. Text = subject + the author's own words
(bot.rules.reading.read_body(body).own), folded (lowercase, no diacritics).

Models (each trained on one set, tested on the other):
  bow-w1    spaCy textcat, TextCatBOW.v3, exclusive, ngram_size 1, blank "xx"
  bow-w2    the same, ngram_size 2
  bow-c35   the same over character 3-5-grams (each gram one "token", ngram_size 1)
  nb-c35    plain-Python multinomial naive Bayes over character 3-5-grams

Rules: bot.rules.Classifier (in-sample on BOTH sets: tuned on them). To see what a
textcat adds where rules MISS, the rules are also run degraded: on the subject and
the first real sentence of the author's words only ("subj+1st"), and on the subject
only ("subj").

Combinations (production-safe: the rules stay in charge):
  (a) rescue: the rules say `other` with confidence < 0.6 and the textcat says a
      request with probability >= --min-prob: take the textcat's request.
      The rules give `other` exactly 0.6 when they found no evidence at all (neither
      request nor `other` cues), so (a) never sees a mail the rules missed outright;
      (a<=) opens the gate at confidence <= 0.6, and (a<=hi) also wants the textcat
      probability >= --strict-prob.
  (b) tie-break: the rules' two best request scores are close (second >= --close x
      first), and complaint-first did not decide: pick the one the textcat prefers.
Each line reports the macro-F1 after the strategy and how many verdicts it changed:
fixed (wrong -> right), broke (right -> wrong), and wrong -> other wrong; `oth->req`
counts gold `other` mails the strategy turned into a request.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import pickle
import random
import shlex
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

START = time.perf_counter()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import spacy  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.training import Example  # noqa: E402
from spacy.util import minibatch  # noqa: E402

from bot.categories import REQUESTS, Category  # noqa: E402
from bot.mail.parse import parse  # noqa: E402
from bot.rules import Classifier  # noqa: E402
from bot.rules.classifier import COMPLAINT_FIRST, MIN_PRIMARY, Verdict, _decide, _scores  # noqa: E402
from bot.rules.language import rank_languages  # noqa: E402
from bot.rules.matching import find_hits  # noqa: E402
from bot.rules.reading import fold, read_body, sentence_starts  # noqa: E402

LABELS = [c.value for c in Category if c is not Category.AUTOMATED]
REQUEST_NAMES = {c.value for c in REQUESTS}
SETS = {"corpus": ROOT / "tests" / "corpus", "blind": ROOT / "tests" / "corpus_blind"}


@dataclass
class Mail:
    file: str
    gold: str
    lang: str
    subject: str
    body: str
    own: str
    text: str  # folded subject + own words
    rules: dict[str, tuple[Verdict, dict[Category, float]]] = field(default_factory=dict)


# ---------------------------------------------------------------- data + rules


def first_sentence(own: str) -> str:
    """The first sentence of the author's words that is not a greeting."""
    text = own.strip()
    starts = sentence_starts(text) + [len(text)]
    for a, b in zip(starts, starts[1:]):
        piece = text[a:b].strip()
        if len(piece.split()) >= 3 and not piece.endswith((",", ":")):
            return piece
    return text[:200]


def rules_detail(clf: Classifier, subject: str, body: str) -> tuple[Verdict, dict[Category, float]]:
    """Classifier.classify_text, also returning the per-category scores it decided on."""
    reading = read_body(body or "")
    subject = (subject or "")[:1000]
    languages = rank_languages(f"{subject}\n{reading.own}" if reading.own.strip() else f"{subject}\n{reading.quoted}")
    rules = clf.ruleset.rules
    phrases = clf._phrase_index(languages[0]).find
    hits = find_hits(subject, "subject", rules, phrases)
    hits += find_hits(reading.own, "own", rules, phrases)
    hits += find_hits(reading.quoted, "quoted", rules, phrases)
    expected = frozenset({"any", *languages})
    return _decide(hits, languages[0], expected), _scores(hits, expected)


def load(name: str, clf: Classifier) -> tuple[list[Mail], int]:
    corpus = SETS[name]
    rows = [json.loads(x) for x in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    mails = []
    for row in rows:
        if row["category"] == "automated":
            continue
        incoming = parse((corpus / row["file"]).read_bytes())
        own = read_body(incoming.body or "").own
        mail = Mail(row["file"], row["category"], row["language"], incoming.subject or "", incoming.body or "",
                    own, fold(f"{incoming.subject or ''}\n{own}"))
        verdict = clf.classify(incoming)  # the production path (robot check included)
        full = rules_detail(clf, mail.subject, mail.body)
        assert full[0].category == verdict.category, (row["file"], full[0], verdict)
        mail.rules["full"] = (verdict, full[1])
        mail.rules["subj+1st"] = rules_detail(clf, mail.subject, first_sentence(own))
        mail.rules["subj"] = rules_detail(clf, mail.subject, "")
        mails.append(mail)
    return mails, len(rows) - len(mails)


# ---------------------------------------------------------------- models


def char_grams(text: str, lo: int = 3, hi: int = 5) -> list[str]:
    grams = []
    for word in text.split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            grams.extend(w[i : i + n] for i in range(len(w) - n + 1))
    return grams


class SpacyBow:
    def __init__(self, ngram: int, chars: bool, epochs: int, seed: int) -> None:
        self.chars, self.epochs, self.seed = chars, epochs, seed
        self.nlp = spacy.blank("xx")
        self.cat = self.nlp.add_pipe("textcat", config={"model": {
            "@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True,
            "ngram_size": ngram, "no_output_layer": False, "length": 262144}})
        for label in LABELS:
            self.cat.add_label(label)

    def doc(self, text: str) -> Doc:
        if self.chars:
            return Doc(self.nlp.vocab, words=char_grams(text) or ["_"])
        return self.nlp.make_doc(text)

    def fit(self, texts: list[str], golds: list[str]) -> None:
        spacy.util.fix_random_seed(self.seed)
        rng = random.Random(self.seed)
        examples = [Example.from_dict(self.doc(t), {"cats": {c: float(c == g) for c in LABELS}})
                    for t, g in zip(texts, golds)]
        optimizer = self.nlp.initialize(lambda: examples)
        for _ in range(self.epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, size=16):
                self.nlp.update(batch, sgd=optimizer, drop=0.0)

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        return [dict(d.cats) for d in self.cat.pipe(self.doc(t) for t in texts)]

    def size(self) -> tuple[int, int]:
        blob = self.cat.to_bytes()
        return len(blob), len(gzip.compress(blob, 6))


class NaiveBayes:
    def __init__(self, alpha: float = 0.5) -> None:
        self.alpha = alpha

    def fit(self, texts: list[str], golds: list[str]) -> None:
        self.counts: dict[str, Counter[str]] = {c: Counter() for c in LABELS}
        docs = Counter(golds)
        for t, g in zip(texts, golds):
            self.counts[g].update(char_grams(t))
        self.vocab = set().union(*self.counts.values())
        self.totals = {c: sum(self.counts[c].values()) for c in LABELS}
        self.prior = {c: math.log((docs[c] + 1) / (len(golds) + len(LABELS))) for c in LABELS}

    def predict(self, texts: list[str]) -> list[dict[str, float]]:
        out = []
        v = len(self.vocab)
        for t in texts:
            grams = Counter(g for g in char_grams(t) if g in self.vocab)
            logp = {}
            for c in LABELS:
                cnt, denom = self.counts[c], math.log(self.totals[c] + self.alpha * v)
                logp[c] = self.prior[c] + sum(n * (math.log(cnt[g] + self.alpha) - denom) for g, n in grams.items())
            top = max(logp.values())
            z = sum(math.exp(x - top) for x in logp.values())
            out.append({c: math.exp(x - top) / z for c, x in logp.items()})
        return out

    def size(self) -> tuple[int, int]:
        blob = pickle.dumps((self.counts, self.prior), protocol=5)
        return len(blob), len(gzip.compress(blob, 6))


MODELS = {
    "bow-w1": lambda a: SpacyBow(1, False, a.epochs, a.seed),
    "bow-w2": lambda a: SpacyBow(2, False, a.epochs, a.seed),
    "bow-c35": lambda a: SpacyBow(1, True, a.epochs, a.seed),
    "nb-c35": lambda a: NaiveBayes(),
}


# ---------------------------------------------------------------- scoring + strategies


def macro_f1(pairs: list[tuple[str, str]]) -> float:
    f1s = []
    for label in {g for g, _ in pairs}:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / len(f1s)


def rescue_gate(verdict: Verdict, inclusive: bool) -> bool:
    if verdict.category.value != "other":
        return False
    return verdict.confidence <= 0.6 if inclusive else verdict.confidence < 0.6


def rescue(verdict: Verdict, probs: dict[str, float], min_prob: float, inclusive: bool) -> str:
    base = verdict.category.value
    if not rescue_gate(verdict, inclusive):
        return base
    best = max(probs, key=probs.get)
    return best if best in REQUEST_NAMES and probs[best] >= min_prob else base


def tie_pair(verdict: Verdict, scores: dict, close: float) -> tuple[str, str] | None:
    """The rules' two best requests when they are close (and complaint-first did not decide)."""
    base = verdict.category.value
    if base not in REQUEST_NAMES:
        return None
    req = sorted(((s, c.value) for c, s in scores.items() if c in REQUESTS and s >= MIN_PRIMARY), reverse=True)
    if len(req) < 2 or scores.get(Category.COMPLAINT, 0.0) >= COMPLAINT_FIRST:
        return None
    (s1, c1), (s2, c2) = req[0], req[1]
    if s2 < close * s1 or base not in (c1, c2):
        return None
    return c1, c2


def tie_break(verdict: Verdict, scores: dict, probs: dict[str, float], close: float) -> str:
    pair = tie_pair(verdict, scores, close)
    return verdict.category.value if pair is None else max(pair, key=lambda c: probs[c])


def changes(mails: list[Mail], base: list[str], new: list[str]) -> tuple[int, int, int, int, int]:
    fixed = broke = sideways = other_to_req = 0
    for m, b, n in zip(mails, base, new):
        if b == n:
            continue
        if b != m.gold and n == m.gold:
            fixed += 1
        elif b == m.gold:
            broke += 1
        else:
            sideways += 1
        other_to_req += m.gold == "other" and n in REQUEST_NAMES
    return fixed + broke + sideways, fixed, broke, sideways, other_to_req


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=10, help="spaCy training epochs (default 10)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--min-prob", type=float, default=0.5, help="(a): textcat probability needed (0.5)")
    parser.add_argument("--strict-prob", type=float, default=0.8, help="(a<=hi): textcat probability needed (0.8)")
    parser.add_argument("--combo-models", default="bow-c35,nb-c35", help="models tried in combinations")
    parser.add_argument("--close", type=float, default=0.75, help="(b): second score >= CLOSE x first (0.75)")
    parser.add_argument("--models", default=",".join(MODELS), help="comma list of " + ",".join(MODELS))
    parser.add_argument("--changes", action="store_true", help="list every verdict a strategy changes")
    args = parser.parse_args()
    print(f"command: {' '.join(shlex.quote(a) for a in [sys.executable, *sys.argv])}")

    t0 = time.perf_counter()
    clf = Classifier()
    data = {}
    for name in SETS:
        data[name], robots = load(name, clf)
        langs = Counter(m.lang for m in data[name])
        print(f"{name}: {len(data[name])} person mails ({robots} automated left out), {len(langs)} languages")
    print(f"rules (3 modes x both sets) + parsing: {time.perf_counter() - t0:.1f} s")
    only = sorted({m.lang for m in data["corpus"]} - {m.lang for m in data["blind"]})
    print(f"languages in corpus but not in blind (blind->corpus cannot know them): {only}")

    models = [m for m in args.models.split(",") if m]
    results = []  # (direction, model, train s, size, gz, probs)
    print(f"\n{'train->test':14} {'model':8} {'macroF1':>7} {'acc':>6} {'train s':>7} {'size KB':>8} {'gz KB':>6}")
    for train, test in (("corpus", "blind"), ("blind", "corpus")):
        tr, te = data[train], data[test]
        for mode in ("full", "subj+1st", "subj"):
            pairs = [(m.gold, m.rules[mode][0].category.value) for m in te]
            acc = sum(g == p for g, p in pairs) / len(pairs)
            tag = "(in-sample)" if mode == "full" else "(degraded)"
            print(f"{'-> ' + test:14} {'rules':8} {macro_f1(pairs):7.3f} {acc:6.3f}   rules {mode} {tag}")
        for name in models:
            model = MODELS[name](args)
            t1 = time.perf_counter()
            model.fit([m.text for m in tr], [m.gold for m in tr])
            secs = time.perf_counter() - t1
            probs = model.predict([m.text for m in te])
            preds = [max(p, key=p.get) for p in probs]
            pairs = [(m.gold, p) for m, p in zip(te, preds)]
            acc = sum(g == p for g, p in pairs) / len(pairs)
            size, gz = model.size()
            print(f"{train + '->' + test:14} {name:8} {macro_f1(pairs):7.3f} {acc:6.3f} {secs:7.1f} "
                  f"{size / 1024:8.0f} {gz / 1024:6.0f}")
            results.append((train, test, name, probs))

    print(f"\ncombinations  (a) rescue: rules other & conf<0.6 & textcat request p>={args.min_prob};"
          f" (a<=) conf<=0.6; (a<=hi) conf<=0.6 & p>={args.strict_prob};"
          f"  (b) tie-break: 2nd score >= {args.close} x 1st.  gate = mails the strategy may touch")
    print(f"{'test':7} {'rules':9} {'model':8} {'strategy':9} {'base F1':>7} {'new F1':>7} {'gate':>5} "
          f"{'changed':>7} {'fixed':>5} {'broke':>5} {'w->w':>4} {'oth->req':>8}")
    strategies = {
        "(a)": (lambda v, s, p: rescue(v, p, args.min_prob, False), lambda v, s: rescue_gate(v, False)),
        "(a<=)": (lambda v, s, p: rescue(v, p, args.min_prob, True), lambda v, s: rescue_gate(v, True)),
        "(a<=hi)": (lambda v, s, p: rescue(v, p, args.strict_prob, True), lambda v, s: rescue_gate(v, True)),
        "(b)": (lambda v, s, p: tie_break(v, s, p, args.close), lambda v, s: tie_pair(v, s, args.close) is not None),
    }
    combo = set(args.combo_models.split(","))
    listing = []
    for train, test, name, probs in results:
        if name not in combo:
            continue
        te = data[test]
        for mode in ("full", "subj+1st", "subj"):
            base = [m.rules[mode][0].category.value for m in te]
            base_f1 = macro_f1([(m.gold, b) for m, b in zip(te, base)])
            for strat, (fn, gate) in strategies.items():
                new = [fn(*m.rules[mode], p) for m, p in zip(te, probs)]
                opened = sum(1 for m in te if gate(*m.rules[mode]))
                n, fixed, broke, side, o2r = changes(te, base, new)
                new_f1 = macro_f1([(m.gold, x) for m, x in zip(te, new)])
                print(f"{test:7} {mode:9} {name:8} {strat:9} {base_f1:7.3f} {new_f1:7.3f} {opened:5d} "
                      f"{n:7d} {fixed:5d} {broke:5d} {side:4d} {o2r:8d}")
                listing += [(test, mode, name, strat, m.file, m.gold, b, x)
                            for m, b, x in zip(te, base, new) if b != x]
    if args.changes:
        print("\nchanges (test, rules mode, model, strategy, file: gold, rules -> new):")
        for test, mode, name, strat, file, gold, b, x in listing:
            print(f"  {test} {mode} {name} {strat} {file}: {gold}, {b} -> {x}")
    print(f"\ntotal run time: {time.perf_counter() - START:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

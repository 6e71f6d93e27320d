"""A small text model beside the rules, trained on the project's own labelled mail.

The rules see the phrasings someone wrote down; people find others. This model reads
the same text the rules read (subject, the author's own words, the quote of a bare
forward) as folded words, word pairs and 4-5 letter pieces of words, hashed into
2**18 slots, and gives a probability per category (the eight requests and `other`; robots
are the rules' business). It is a multinomial logistic regression trained with
Adagrad (three times, in three orders, the weights averaged), on every positive rule
example and every person mail of the labelled sets in `tests/corpus*/` (14 languages).
A second, two-way model of the same kind (`robot_probability`), trained once on every
labelled mail, tells robot mail from a person's: the classifier asks it only about mails
where the rules and the first model found no request.

Training is deterministic. Its runs (three orders and the robot model) and the reading
of the sets go to worker processes, one per CPU: about 40 s on two CPUs for 53 sets,
70 s in one process, and the same weights bit for bit either way. The weights are kept in the
user's cache folder under a key made of everything they were trained on, so a change
to a rule example or a set trains anew, and an unchanged project loads them (~0.1 s).
Measured worth: `bench/replay_bench.py` replays each set with the rules as they were
before it was seen and a model trained only on the sets written before it; the README
keeps its figures (rules alone against rules + model).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import multiprocessing
import tempfile
import threading
import zlib
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from bot.categories import Category
from bot.mail.parse import parse
from bot.rules.matching import cache_dir
from bot.rules.reading import REPLY_PREFIX, Reading, fold, read_body
from bot.rules.ruleset import DEFAULT_RULES_DIR, RuleSet

log = logging.getLogger(__name__)

#: The categories the model knows, in the order of its output.
CATEGORIES: tuple[Category, ...] = tuple(c for c in Category if c is not Category.AUTOMATED)
_INDEX = {category: i for i, category in enumerate(CATEGORIES)}
BITS = 18
_SLOTS = 1 << BITS
_MASK = _SLOTS - 1
EPOCHS = 8
#: Models trained on the same texts in different orders, their weights averaged. With
#: little regularization the text is nearly separable, and where SGD stops depends on
#: the order it read the samples in: one model's figure on an unseen set moved by up
#: to 0.03 with the shuffle's seed alone. Three averaged (8 epochs each) scored macro-F1
#: 0.909 over twelve replayed sets, one model (15 epochs) 0.900-0.903.
SEEDS = 3
_RATE = 0.5
_BIAS_RATE = 0.05
_L2 = 1e-5
#: Words read per part of a mail (a long letter says what it wants early).
_MAX_WORDS = 600
#: Own words below this count: the mail is a bare forward ("see below") and its quote
#: is read too. Any more, and the person's words decide ("Please delete my data." above
#: our "we received your access request" is no access request). Replayed sets scored
#: the same with 3 and 8.
BARE_FORWARD = 3
_VERSION = 3
#: The robot model's outputs, in order: robot mail, a person's mail.
_ROBOT, _PERSON = 0, 1
#: The robot model is trained once (one order): replayed, one order and three did alike.
ROBOT_SEEDS = 1
_WORD = re.compile(r"[^\W_]+")
#: Where the project's labelled sets live, next to the rules of the repository.
DEFAULT_SETS_ROOT = DEFAULT_RULES_DIR.parent / "tests"
#: Trained models kept in the cache folder (the newest; each is about 8 MB).
_KEEP = 4

Vector = tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]


@dataclass(frozen=True, slots=True)
class Parts:
    """The text the model reads of one mail."""

    subject: str
    own: str
    quoted: str


def parts(subject: str, reading: Reading) -> Parts:
    """A reply's subject is the subject of the mail answered: a quote, not the ask."""
    quoted = ""
    if REPLY_PREFIX.match(subject):
        subject, quoted = "", subject
    if len(reading.own.split()) < BARE_FORWARD:
        quoted = f"{quoted}\n{reading.quoted}"
    else:
        quoted = ""
    return Parts(subject, reading.own, quoted)


def features(text: Parts) -> Vector:
    """Hashed slots and their weights (log counts, unit length)."""
    counts: dict[int, float] = {}

    def add(token: str, weight: float) -> None:
        slot = zlib.crc32(token.encode()) & _MASK
        counts[slot] = counts.get(slot, 0.0) + weight

    for zone, part, weight in (("s", text.subject, 1.0), ("b", text.own, 1.0), ("q", text.quoted, 0.5)):
        words = _WORD.findall(fold(part))[:_MAX_WORDS]
        for i, word in enumerate(words):
            add("w" + word, weight)
            if zone == "s":
                add("sw" + word, weight)
            if i:
                add(f"2{words[i - 1]} {word}", weight)
            padded = f" {word} "
            for n in (4, 5):
                for j in range(max(1, len(padded) - n + 1)):
                    add(f"c{n}{padded[j:j + n]}", weight * 0.5)
    if not counts:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    slots = np.fromiter(counts.keys(), np.int64, len(counts))
    values = np.log1p(np.fromiter(counts.values(), np.float64, len(counts)))
    values /= np.linalg.norm(values)
    return slots, values.astype(np.float32)


class TextModel:
    """Weights of the trained model; `probabilities` and `robot_probability` are all the
    classifier calls."""

    def __init__(self, weights: npt.NDArray[np.float32], bias: npt.NDArray[np.float32],
                 robot: TextModel | None = None) -> None:
        self.weights = weights
        self.bias = bias
        #: the two-way robot model (None: not trained, every mail reads as a person's)
        self.robot = robot

    def robot_probability(self, text: Parts) -> float:
        """How likely `text` is robot mail, by the robot model (0 without one)."""
        return float(self.robot.probabilities(text)[_ROBOT]) if self.robot is not None else 0.0

    def probabilities(self, text: Parts) -> npt.NDArray[np.float64]:
        slots, values = features(text)
        z = self.bias.astype(np.float64)
        if len(slots):
            z = z + values @ self.weights[slots]
        p = np.exp(z - z.max())
        return np.asarray(p / p.sum(), np.float64)


def train(samples: Sequence[tuple[Category, Parts]], epochs: int = EPOCHS, seeds: int = SEEDS,
          robots: Sequence[tuple[bool, Parts]] = (), workers: int | None = None) -> TextModel:
    """Multinomial logistic regression by Adagrad over shuffled samples, once per seed
    (0, 1, ...), the weights averaged: deterministic. `robots` (is it robot mail, its
    text), if any, train the robot model beside it. The runs (one per seed and model)
    are independent: with `workers` processes (default: the CPUs this process may use,
    see `training_workers`) they run side by side, and the weights are the same bit for
    bit as one after another."""
    read: dict[Parts, Vector] = {}  # a person's mail is read by both models: its features once
    people = _vectors([(_INDEX[category], text) for category, text in samples], read)
    jobs = [(people, len(CATEGORIES), seed) for seed in range(seeds)]
    if robots:
        machines = _vectors([(_ROBOT if robot else _PERSON, text) for robot, text in robots], read)
        jobs += [(machines, 2, seed) for seed in range(ROBOT_SEEDS)]
    runs = _run_all(jobs, epochs, training_workers() if workers is None else workers)
    model = _average(runs[:seeds], len(CATEGORIES))
    if robots:
        model.robot = _average(runs[seeds:], 2)
    return model


def cpus(at_most: int) -> int:
    """Worker processes worth starting: the CPUs this process may use, at most `at_most`;
    1 inside a worker process (a daemon), which may not start its own."""
    if multiprocessing.current_process().daemon:
        return 1
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count() or 1
    return max(1, min(usable, at_most))


def training_workers() -> int:
    """Processes for training: one per CPU, at most the four runs of a training."""
    return cpus(SEEDS + ROBOT_SEEDS)


def _vectors(samples: Sequence[tuple[int, Parts]], read: dict[Parts, Vector]) -> list[tuple[int, Vector]]:
    vectors = []
    for label, text in samples:
        vector = read.get(text)
        if vector is None:
            vector = read[text] = features(text)
        if len(vector[0]):
            vectors.append((label, vector))
    return vectors


def _average(runs: Sequence[TextModel], width: int) -> TextModel:
    weights = np.zeros((_SLOTS, width), np.float32)
    bias = np.zeros(width, np.float32)
    for one in runs:  # in seed order, as one after another: the same sums bit for bit
        weights += one.weights / len(runs)
        bias += one.bias / len(runs)
    return TextModel(weights, bias)


Job = tuple[list[tuple[int, Vector]], int, int]  # the samples, the model's width, the seed


def _run_all(jobs: Sequence[Job], epochs: int, workers: int) -> list[TextModel]:
    """`_train_one` for each job, in `workers` processes when more than one. A worker
    reads its samples from a file written once per sample list, not through a pipe."""
    workers = min(workers, len(jobs))
    if workers < 2:
        return [_train_one(vectors, epochs, seed, width) for vectors, width, seed in jobs]
    with tempfile.TemporaryDirectory(prefix="privacy-bot-train-") as folder:
        files: dict[int, str] = {}
        for vectors, _, _ in jobs:
            if id(vectors) not in files:
                files[id(vectors)] = _save_vectors(vectors, Path(folder) / f"samples-{len(files)}.npz")
        with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
            futures = [pool.submit(_train_file, files[id(vectors)], epochs, seed, width) for vectors, width, seed in jobs]
            return [TextModel(*future.result()) for future in futures]


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a process of one thread (the command line: quick, and a script
    without a `__main__` guard works); started fresh where other threads run (the
    service), since a fork copies locks another thread may hold."""
    return multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")


def _save_vectors(vectors: Sequence[tuple[int, Vector]], path: Path) -> str:
    ends = np.cumsum([len(slots) for _, (slots, _) in vectors], dtype=np.int64)
    np.savez(path, labels=np.array([label for label, _ in vectors], np.int64), ends=ends,
             slots=np.concatenate([np.zeros(0, np.int64), *(slots for _, (slots, _) in vectors)]),
             values=np.concatenate([np.zeros(0, np.float32), *(values for _, (_, values) in vectors)]))
    return str(path)


def _train_file(path: str, epochs: int, seed: int,
                width: int) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """One training run in a worker process, on the samples `_save_vectors` kept."""
    with np.load(path) as data:
        labels, ends, slots, values = data["labels"], data["ends"], data["slots"], data["values"]
    starts = np.concatenate([np.zeros(1, np.int64), ends[:-1]])
    vectors = [(int(label), (slots[a:b], values[a:b])) for label, a, b in zip(labels, starts, ends)]
    one = _train_one(vectors, epochs, seed, width)
    return one.weights, one.bias


def _train_one(vectors: Sequence[tuple[int, Vector]], epochs: int, seed: int, width: int = len(CATEGORIES)) -> TextModel:
    weights = np.zeros((_SLOTS, width), np.float32)
    squares = np.full((_SLOTS, width), 1e-8, np.float32)
    bias = np.zeros(width, np.float32)
    order = np.arange(len(vectors))
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order.tolist():
            label, (slots, values) = vectors[k]
            w = weights[slots]  # slots are distinct: gather once, write back once
            z = values @ w + bias
            p = np.exp(z - z.max())
            p /= p.sum()
            p[label] -= 1.0
            grad = np.outer(values, p) + _L2 * w
            squares[slots] += grad * grad
            weights[slots] = w - _RATE * grad / np.sqrt(squares[slots])
            bias -= _BIAS_RATE * p
    return TextModel(weights, bias)


# -- what it learns from ------------------------------------------------------------------


def set_dirs(root: Path = DEFAULT_SETS_ROOT, exclude: Iterable[str] = ()) -> list[Path]:
    """The labelled sets under `root` (folders with a labels.jsonl), minus `exclude`."""
    skip = set(exclude)
    if not root.is_dir():
        return []
    return sorted(d for d in root.iterdir() if (d / "labels.jsonl").is_file() and d.name not in skip)


def _labelled(sets: Sequence[Path]) -> Iterator[tuple[str, Path]]:
    for folder in sets:
        for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield row["category"], folder / row["file"]


def samples(ruleset: RuleSet, sets: Sequence[Path],
            workers: int | None = None) -> tuple[list[tuple[Category, Parts]], list[tuple[bool, Parts]]]:
    """What the two models learn from, read as the classifier reads it: every positive
    rule example (as a sentence of own words) and every person mail of the sets; and
    every mail of the sets, robot or not. The mails are read in `workers` processes
    (default: as for training)."""
    people = [(rule.category, Parts("", example, "")) for rule in ruleset.rules if rule.weight > 0
              for example in rule.examples_match if rule.category in _INDEX]
    robots = []
    labelled = list(_labelled(sets))
    for (category, _), text in zip(labelled, _read_all([path for _, path in labelled],
                                                       training_workers() if workers is None else workers)):
        robots.append((category == Category.AUTOMATED.value, text))
        if category in _INDEX:
            people.append((Category(category), text))
    return people, robots


def _read_all(paths: Sequence[Path], workers: int) -> list[Parts]:
    if workers < 2 or len(paths) < 2 * workers:
        return _read_mails(paths)
    size = -(-len(paths) // (workers * 4))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    with ProcessPoolExecutor(workers, mp_context=_context()) as pool:
        return [text for chunk in pool.map(_read_mails, chunks) for text in chunk]


def _read_mails(paths: Sequence[Path]) -> list[Parts]:
    texts = []
    for path in paths:
        mail = parse(path.read_bytes())
        texts.append(parts(mail.subject or "", read_body(mail.body or "")))
    return texts


_CODE = (Path(__file__), Path(__file__).with_name("reading.py"), Path(__file__).parents[1] / "mail" / "parse.py")


def _key(ruleset: RuleSet, sets: Sequence[Path]) -> str:
    """A digest of everything the model learns from: the reading code, the rule examples
    and every labelled mail's bytes. Hashing the mails takes a few tenths of a second,
    so within one process it is done again only when a file's size or time changed."""
    examples = hashlib.sha256()
    for rule in ruleset.rules:
        if rule.weight > 0:
            examples.update(json.dumps([rule.category, rule.examples_match], ensure_ascii=False).encode())
    files = [*_CODE, *(folder / "labels.jsonl" for folder in sets), *(path for _, path in _labelled(sets))]
    stats = [(str(f), f.stat()) for f in files]
    stamp = (examples.hexdigest(), tuple((name, st.st_mtime_ns, st.st_size) for name, st in stats))
    known = _KEYS.get(stamp)
    if known is not None:
        return known
    digest = hashlib.sha256(f"v{_VERSION} bits{BITS} epochs{EPOCHS} seeds{SEEDS} {ROBOT_SEEDS}".encode())
    digest.update(examples.digest())
    for code in _CODE:  # how a mail is read and turned into features
        digest.update(code.read_bytes())
    for category, path in _labelled(sets):
        digest.update(f"{category} {path.parent.parent.name}/{path.parent.name}/{path.name}".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    _KEYS[stamp] = key = digest.hexdigest()[:24]
    return key


# within one process: digests by file stamps, and the models already loaded
_KEYS: dict[tuple[str, tuple[tuple[str, int, int], ...]], str] = {}
_LOADED: dict[Path, TextModel] = {}


def model_path(ruleset: RuleSet, sets: Sequence[Path], folder: Path | None = None) -> Path:
    """Where the model for these rules and sets is kept."""
    return (folder or cache_dir()) / f"textmodel-{_key(ruleset, sets)}.npz"


def load_or_train(ruleset: RuleSet, sets: Sequence[Path], folder: Path | None = None) -> TextModel:
    """The model for these rules and sets: from the cache, or trained now and saved
    there (atomically; a cache that cannot be written only costs the next start)."""
    path = model_path(ruleset, sets, folder)
    folder = path.parent
    if path in _LOADED and path.is_file():
        return _LOADED[path]
    try:
        with np.load(path) as data:
            arrays = {name: data[name].astype(np.float32) for name in data.files}
        weights, bias = arrays["weights"], arrays["bias"]
        robot = None
        if "robot_weights" in arrays:  # none when the sets held no mail at all
            robot = TextModel(arrays["robot_weights"], arrays["robot_bias"])
        if (weights.shape == (_SLOTS, len(CATEGORIES)) and bias.shape == (len(CATEGORIES),)
                and (robot is None or (robot.weights.shape == (_SLOTS, 2) and robot.bias.shape == (2,)))):
            _LOADED[path] = TextModel(weights, bias, robot)
            return _LOADED[path]
    except (OSError, ValueError, KeyError):
        pass
    people, robots = samples(ruleset, sets)
    log.info("training the text model on %d texts and the robot model on %d mails (once for these rules and sets)",
             len(people), len(robots))
    model = train(people, robots=robots)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".{path.name}.{os.getpid()}.tmp.npz"
        if model.robot is not None:
            np.savez_compressed(tmp, weights=model.weights, bias=model.bias,
                                robot_weights=model.robot.weights, robot_bias=model.robot.bias)
        else:
            np.savez_compressed(tmp, weights=model.weights, bias=model.bias)
        os.replace(tmp, path)
        _LOADED[path] = model
        for old in sorted(folder.glob("textmodel-*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)[_KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        log.warning("text model not saved to %s", path)
    return model

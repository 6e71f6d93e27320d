"""Classify a person's mail: which privacy requests it makes, in which language.

Sits after the automated filter in the chain (DESIGN.md), but re-checks for robots
itself so that `privacy-bot classify` on a bounce says `automated`.

Evidence is summed per category: each matched rule counts once, at the weight of
the best place it was found (subject > the author's own words > quoted text). A
sentence that names three or more kinds of request is an enumeration of rights
("the right to request rectification or erasure or restriction or to object"),
copied into access requests from Art. 15(1)(e) GDPR: its hits count little.
A reminder or a threat to go to the authority makes `complaint` the primary
category; the request it is about stays in `categories`. In a reply or a forward that
quotes the earlier mail (our acknowledgement, the person's first request), a
reminder cue of the person's own ("still nothing?", rules marked `reminder`) is enough.

Beside the rules, a small text model (textmodel.py, trained on the project's labelled
mail) gives a probability per category. The two are blended: the rules' primary
category gets `BLEND` x their confidence added to the model's probability for it, and
the highest sum wins. Where the model outvotes the rules, the verdict says so in its
hits and its confidence is the blended share (below 0.59 always), so the case goes to
staff unless the model is very sure (if the model only puts first a request the rules
also found, the same requests are answered and the rules' confidence stands); where
the rules found no request at all, the
verdict is `model_only` and the pipeline hands the mail to staff without any automatic
mail. Mails of a few words are left to the rules.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from bot.categories import REQUESTS, Category
from bot.mail.attachments import attached_letters
from bot.mail.parse import Incoming
from bot.rules.automated import detect_automated
from bot.rules.language import detect_language, rank_languages
from bot.rules.lemmas import PhraseIndex
from bot.rules.matching import SUBJECT_ZONES, Hit, find_hits, literals_file, prepare
from bot.rules.reading import MAX_CHARS, REPLY_PREFIX, fold, read_body
from bot.rules.ruleset import DEFAULT_RULES_DIR, RuleSet, compile_folded, load_rules
from bot.rules.spelling import Spelling
from bot.rules.textmodel import CATEGORIES as MODEL_CATEGORIES
from bot.rules.textmodel import Parts, TextModel, load_or_train, parts, set_dirs

if TYPE_CHECKING:
    from bot.settings import Settings

log = logging.getLogger(__name__)

# "replied": the subject of a reply ("Re: Your data export is ready") is the subject of
# the mail answered, often ours: it counts like quoted text
_ZONE_FACTOR = {"subject": 1.5, "replied": 0.4, "own": 1.0, "quoted": 0.4}
#: Own words from this many on: quoted text only supports what they (or the subject)
#: ask; below it the mail is a bare forward and the quote speaks for the sender.
FORWARD_WORDS = 8
#: A cover note that hands on what is quoted ("on behalf of Mr Peeters I forward you the
#: question below", "siehe unten", "ci-dessous"): the quote speaks for the sender
#: however long the note and its signature are, in the 14 languages.
_FORWARD_NOTE = compile_folded(
    r"\b(see (the )?((request|question|message|mail|e-?mail) )?below|(request|question|message|mail|e-?mail|note) below"
    r"|below (is|are|you.ll find)|forward(ing|ed)? (to )?(you )?(the |this |his |her |their |a )?(\w+ )?"
    r"(request|question|message|mail|e-?mail)"
    r"|onderstaande?|zie hieronder|hieronder (het|de|zijn|haar|een)|stuur (ik )?(u |je |jullie )?(\w+ ){0,3}door"
    r"|ci-dessous|ci dessous|ci-apres|je vous (transfere|transmets|fais suivre)"
    r"|nachstehend\w*|untenstehend\w*|unten stehend\w*|siehe unten|leite (ich )?(ihnen |euch )?(\w+ ){0,3}weiter"
    r"|a continuacion|mas abajo|(le |les |te )?reenvio|di seguito|qui sotto|sottostante|(vi |le |ti )?inoltro"
    r"|abaixo|(re)?encaminho|ponizej|ponizsz\w*|przesylam dalej|przekazuje|nize|preposilam|predavam"
    r"|u nastavku|prosljedujem|proslijedujem|nedan|nedanstaende|vidarebefordrar|mai jos|redirectionez|va transmit"
    r"|παρακατω|προωθω|по-долу|по долу|препращам)\b")
#: Evidence a category needs to be listed beside the primary one.
MIN_SCORE = 1.0
#: Evidence the primary request needs (one broad cue is not quite a listed one).
MIN_PRIMARY = 0.8
#: Complaint evidence this strong (a reminder, a threat) outranks the request itself.
#: Reviewed over the 13,644 labelled mails with the 479 rules of the sixty-first round:
#: it decides 292 mails (complaint at 1.5 or more under a higher request score); 242 are
#: labelled complaint and 46 the request that scored higher. Letting complaint lead only
#: above a share of that score does not separate them: where no reminder or authority
#: rule fired and complaint had under 0.3 of the request's score, 15 against 9. (These
#: mails taught the rules, so the figures favour what is; new sets will tell more.)
COMPLAINT_FIRST = 1.5
#: A hit of a rule written for another language than the one detected.
_FOREIGN_FACTOR = 0.8
_ENUMERATION = 3
_ENUMERATION_FACTOR = 0.25
#: Weight of the rules' verdict against the text model's probabilities (chosen on
#: five sets replayed with the rules of their time: 0.5-0.9 all gain, 0.7 the most).
BLEND = 0.7
_MODEL_INDEX = {category: i for i, category in enumerate(MODEL_CATEGORIES)}
#: The robot model's probability from which a mail without any request reads as robot
#: mail. Replayed on 22 sets (bench/replay_bench.py, a robot model trained only on the
#: sets before each): the mean macro-F1 went from 0.915 to 0.919; 42 robots the robot
#: checks had missed were found, no request was taken for a robot, and 4 persons' mails
#: without a request were (they go to staff all the same). 0.5-0.9 all did about as well.
ROBOT_P = 0.7
#: The model votes only on mails with this many words of the person's own (subject and
#: text): a bag of words has no context in "unsubscribe" (people also write it in
#: complaints: "you ignore my unsubscribe"), and one-word requests are among the
#: commonest mail. The price, on the replayed sets: the model's changes to mails under
#: 8 words fixed 5 and broke 1 (under 16 words: fixed 11, broke 9).
MODEL_WORDS = 8
#: A mail with fewer own words than this is a cover note ("please find my request
#: attached"): the letters attached to it (text or PDF, bot/mail/attachments.py) are
#: read with it. A longer mail says what it asks itself; its attachments (an ID card,
#: an invoice) are not read.
COVER_WORDS = 60
# a MIME part with a file name ("filename=", "name="): a mail without one attaches nothing
_NAMED_PART = re.compile(rb"\b(file)?name\*?=", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a mail asks for, as the pipeline and staff see it."""

    category: Category
    categories: tuple[Category, ...]
    language: str
    confidence: float
    hits: tuple[str, ...] = ()
    #: The request (or robot mail) was read by the text model alone: the rules found none.
    #: Such a mail goes to staff with the model's reading and nothing is sent on the
    #: model's word (a robot the robot checks missed must not be answered because of it).
    model_only: bool = False


class Classifier:
    """Rules from `rules_dir` (default: the repository's `rules/`), loaded once, and the
    text model trained on their examples and on the labelled `sets` (default: the
    repository's `tests/corpus*/`; empty: rules alone)."""

    def __init__(self, rules_dir: Path | None = None, threshold: float = 0.5,
                 sets: Sequence[Path] | None = None) -> None:
        self.rules_dir = rules_dir or DEFAULT_RULES_DIR
        self.threshold = threshold
        self.ruleset: RuleSet = load_rules(self.rules_dir)
        self._phrases: dict[str, PhraseIndex] = {}
        self._spelling = Spelling(self.rules_dir)
        prepare(self.ruleset.rules, literals_file())
        sets = set_dirs() if sets is None else sets
        self.text_model: TextModel | None = load_or_train(self.ruleset, sets) if sets else None

    @classmethod
    def from_settings(cls, settings: Settings) -> Classifier:
        """The classifier `settings.yaml` asks for (`classifier.*`)."""
        return cls(settings.rules_dir, settings.classify_threshold, None if settings.text_model else [])

    def check(self) -> None:
        """Validate the rules files again (ConfigError with one line on a fault)."""
        load_rules(self.rules_dir)

    def classify(self, mail: Incoming, robots_checked: bool = False) -> Verdict:
        """Never raises: a mail we cannot read goes to staff with confidence 0.

        `robots_checked`: the caller already ran detect_automated (the filter chain
        does, one step earlier), so it is not run twice.
        """
        try:
            reason = None if robots_checked else detect_automated(mail)
            if reason is not None:
                language = detect_language(f"{mail.subject}\n{mail.body[:MAX_CHARS]}")
                return Verdict(Category.AUTOMATED, (Category.AUTOMATED,), language, 0.99, (f"automated: {reason}",))
            letters = (attached_letters(mail.raw) if _NAMED_PART.search(mail.raw)
                       and len(read_body(mail.body).own.split()) < COVER_WORDS else [])
            if not letters:
                return self.classify_text(mail.subject, mail.body)
            # the letters first: they are what the person asks; the cover note follows
            verdict = self.classify_text(mail.subject, "\n\n".join([*(a.text for a in letters), mail.body]))
            return replace(verdict, hits=(*verdict.hits, *(f"attached letter read: {a.filename}" for a in letters)))
        except Exception:  # a classifier bug must not stop the loop; staff will look
            log.exception("classification failed")
            return Verdict(Category.OTHER, (Category.OTHER,), "en", 0.0, ("error",))

    def classify_text(self, subject: str, body: str) -> Verdict:
        reading = read_body(body or "")
        subject = (subject or "")[:1000]
        languages = rank_languages(f"{subject}\n{reading.own}" if reading.own.strip() else f"{subject}\n{reading.quoted}")
        language = languages[0]
        # every language's patterns run: a short mail's language is a guess, and a
        # request must not be missed because of it (hits in other languages weigh less)
        rules = self.ruleset.rules
        phrases = self._phrase_index(language).find
        replied = REPLY_PREFIX.match(subject) is not None
        # slips of the words the rules read ("acount", "unsubcribe") read as those words
        hits = [] if replied else find_hits(self._spelling.correct(subject, language), "subject", rules, phrases)
        hits += find_hits(self._spelling.correct(reading.own, language), "own", rules, phrases)
        # a reply's subject is the subject of the mail answered, often ours: a quote
        quoted = find_hits(subject, "replied", rules, phrases) if replied else []
        quoted += find_hits(reading.quoted, "quoted", rules, phrases)
        if quoted and len(reading.own.split()) >= FORWARD_WORDS and not _FORWARD_NOTE.search(fold(reading.own)):
            # "thanks, all good" above our own "your data has been corrected" asks nothing
            asked = {hit.rule.category for hit in hits if hit.rule.weight > 0}
            quoted = [hit for hit in quoted if hit.rule.category in asked]
        verdict = _decide(hits + quoted, language, frozenset({"any", *languages}))
        if self.text_model is None:
            return verdict
        return blend_model(verdict, parts(subject, reading), self.text_model)

    def _phrase_index(self, lang: str) -> PhraseIndex:
        index = self._phrases.get(lang)
        if index is None:
            index = PhraseIndex(lang, self.ruleset.for_language(lang), self.rules_dir)
            self._phrases[lang] = index
        return index


def _decide(hits: list[Hit], language: str, expected: frozenset[str]) -> Verdict:
    scores = _scores(hits, expected)
    if any(h.zone == "own" and h.rule.reminder for h in hits):
        # "still nothing? six weeks now", in the person's own words (above a forward of
        # their first request, our acknowledgement, or nothing) is a reminder of an
        # unanswered request: the complaint leads, the request stays listed
        scores[Category.COMPLAINT] = max(scores.get(Category.COMPLAINT, 0.0), COMPLAINT_FIRST)
    other = scores.get(Category.OTHER, 0.0)
    requests = {c: s for c, s in scores.items() if c in REQUESTS and s >= MIN_PRIMARY}
    names = tuple(dict.fromkeys(h.rule.name for h in hits))
    if requests and max(requests.values()) <= other:
        requests = {}  # an order question that mentions a new address is still an order question
    if not requests:
        weak = max((s for c, s in scores.items() if c in REQUESTS), default=0.0)
        confidence = 0.6 + 0.3 * min(other, 1.0) - 0.4 * weak
        return Verdict(Category.OTHER, (Category.OTHER,), language, _clamp(confidence), names)
    # equal evidence: the request asked first (subject, then the earliest sentence) leads
    zone_order = {"subject": 0, "replied": 0, "own": 1, "quoted": 2}
    first: dict[Category, tuple[int, int, int]] = {}
    for hit in hits:
        where = (zone_order[hit.zone], hit.sentence, hit.start)
        if hit.rule.weight > 0 and where < first.get(hit.rule.category, (9, 0, 0)):
            first[hit.rule.category] = where
    ordered = sorted(requests, key=lambda c: (-round(requests[c], 6), first.get(c, (9, 0, 0))))
    if requests.get(Category.COMPLAINT, 0.0) >= COMPLAINT_FIRST:
        ordered.remove(Category.COMPLAINT)
        ordered.insert(0, Category.COMPLAINT)
    primary = ordered[0]
    ordered = [primary] + [c for c in ordered[1:] if requests[c] >= MIN_SCORE]
    top = requests[primary]
    confidence = top / (top + 1.0 + 0.5 * scores.get(Category.OTHER, 0.0))
    return Verdict(primary, tuple(ordered), language, _clamp(confidence), names)


def blend_model(verdict: Verdict, text: Parts, model: TextModel) -> Verdict:
    """The rules' verdict with the model's reading of `text` blended in; robots and mails
    under `MODEL_WORDS` words of the person's own stay the rules' (the bench's replay
    blends recorded verdicts through here too). A mail in which neither found a request
    is put to the robot model: robot mail it is sure of reads `automated`, `model_only`
    (the pipeline hands it to staff: nothing is dropped on a model's word)."""
    if verdict.category is Category.AUTOMATED:
        return verdict
    blended = verdict if len(f"{text.subject} {text.own}".split()) < MODEL_WORDS else _blend(
        verdict, model.probabilities(text))
    if verdict.category is Category.OTHER and blended.category is Category.OTHER:
        robot = model.robot_probability(text)
        if robot >= ROBOT_P:
            return Verdict(Category.AUTOMATED, (Category.AUTOMATED,), verdict.language, _clamp(robot),
                           (*verdict.hits, f"text-model: robot mail {robot:.2f}"), model_only=True)
    return blended


def _blend(verdict: Verdict, probabilities: npt.NDArray[np.float64]) -> Verdict:
    """The rules' verdict weighed against the text model's probabilities."""
    sums = probabilities.copy()
    sums[_MODEL_INDEX[verdict.category]] += BLEND * verdict.confidence
    best = MODEL_CATEGORIES[int(sums.argmax())]
    if best is verdict.category:
        return verdict
    if best is Category.OTHER:
        categories: tuple[Category, ...] = (Category.OTHER,)
    else:
        categories = (best, *(c for c in verdict.categories if c not in (best, Category.OTHER)))
    note = f"text-model: {best} {probabilities[_MODEL_INDEX[best]]:.2f} over rules: {verdict.category}"
    if best in verdict.categories:
        # the rules found this request too; the model only puts it first: the same
        # requests are answered, so the rules' confidence stands
        confidence = verdict.confidence
    else:
        confidence = float(sums[_MODEL_INDEX[best]]) / (1.0 + BLEND)
    return Verdict(best, categories, verdict.language, _clamp(confidence), (*verdict.hits, note),
                   model_only=verdict.category is Category.OTHER)


def _scores(hits: list[Hit], expected: frozenset[str]) -> dict[Category, float]:
    per_sentence: dict[tuple[str, int], set[Category]] = defaultdict(set)
    for hit in hits:
        if hit.zone not in SUBJECT_ZONES and hit.rule.category in REQUESTS and hit.rule.weight > 0:
            per_sentence[(hit.zone, hit.sentence)].add(hit.rule.category)
    best: dict[str, float] = {}
    zones: dict[str, set[str]] = defaultdict(set)
    category: dict[str, Category] = {}
    for hit in hits:
        value = hit.rule.weight * _ZONE_FACTOR[hit.zone]
        if not expected.intersection(hit.rule.langs):
            value *= _FOREIGN_FACTOR
        if len(per_sentence.get((hit.zone, hit.sentence), ())) >= _ENUMERATION and value > 0:
            value *= _ENUMERATION_FACTOR
        name = hit.rule.name
        category[name] = hit.rule.category
        zones[name].add(hit.zone)
        if name not in best or abs(value) > abs(best[name]):
            best[name] = value
    scores: dict[Category, float] = defaultdict(float)
    for name, value in best.items():
        # found in the subject and in the body: a little more than either alone
        bonus = 0.25 * abs(value) / 1.5 if {"subject", "own"} <= zones[name] else 0.0
        scores[category[name]] += value + (bonus if value > 0 else 0.0)
    return dict(scores)


def _clamp(value: float) -> float:
    return round(max(0.0, min(0.99, value)), 3)

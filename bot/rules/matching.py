"""Find which rules a piece of text triggers, with the sentence each hit sits in.

Regex patterns run on folded text for the candidate languages plus the
language-independent rules; lemma phrases run through the spaCy pipeline of the
detected language only (loaded on first use, see lemmas.py).
"""

from __future__ import annotations

import bisect
import json
import logging
import os
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.rules.lemmas import PhraseHit
from bot.rules.reading import fold, sentence_starts
from bot.rules.ruleset import Rule

log = logging.getLogger(__name__)


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` starts with, or None if unknown.

    Read from the parsed regex: the literal run each alternative starts with (after
    a \\b). Python's engine tries a pattern like `\\b(datenauskunft|auskunft nach)`
    at every position of a letter; looking for the literals first (`in`, in C) lets
    most patterns skip most letters. A necessary condition only: matches are
    unchanged. Kept by pattern text (see load_literals / save_literals).
    """
    key = _key(pattern)
    if key in _LITERALS:
        known = _LITERALS[key]
        return None if known is None else tuple(known)
    found = _read_literals(pattern)
    _LITERALS[key] = None if found is None else list(found)
    _NEW.add(key)
    return found


def _read_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    import re._parser as sre  # type: ignore[import-not-found]  # the parser re itself uses

    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre.parse(pattern.pattern)
    except Exception:  # noqa: BLE001 - compiled already; a parser quirk only costs speed
        return None
    found = _leading(list(parsed), sre)
    if not found or any(len(literal) < 2 for literal in found):
        return None
    return tuple(sorted(found))


# Reading 1,300 patterns with the regex parser takes about half a second at every
# start of `privacy-bot classify`; the result depends on the pattern text alone, so
# it is kept in the user's cache folder between runs.
_LITERALS: dict[str, list[str] | None] = {}
_NEW: set[str] = set()
_LITERALS_VERSION = 4  # 2: optional starts, "(die )?nachricht"; 3: two-letter literals; 4: read on


def _key(pattern: re.Pattern[str]) -> str:
    return f"{pattern.flags}:{pattern.pattern}"


def cache_dir() -> Path:
    """The user's cache folder for privacy-bot (literal heads, trained text models)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "privacy-bot"


def literals_file() -> Path:
    return cache_dir() / f"literals-v{_LITERALS_VERSION}.json"


def load_literals(path: Path) -> None:
    """Adopt the literals saved in `path`; a missing or unreadable file is ignored."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        if isinstance(key, str) and (value is None or (isinstance(value, list)
                                                       and all(isinstance(v, str) and len(v) >= 2 for v in value))):
            _LITERALS.setdefault(key, value)


def save_literals(path: Path, keep: set[str]) -> None:
    """Write the literals of the patterns in `keep` when any was read anew (atomically;
    a cache that cannot be written only costs speed)."""
    if not _NEW & keep:
        return
    data = {key: _LITERALS[key] for key in sorted(keep) if key in _LITERALS}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
        _NEW.difference_update(keep)
    except OSError:
        log.debug("literal cache not written to %s", path)


def prepare(rules: tuple[Rule, ...], cache: Path | None) -> None:
    """Read every rule's literal heads now (from `cache` when it has them), so the
    first mail does not pay for it; save what was new."""
    if cache is not None:
        load_literals(cache)
    keep: set[str] = set()
    for rule in rules:
        patterns, groups = _plan(rule)
        for gate in (*patterns, *(gate for group in groups for gate in group)):
            keep.add(_key(gate.pattern))
    if cache is not None:
        save_literals(cache, keep)


#: A literal start shorter than this is read on into what follows it ("q datos", not
#: "q"): a short one occurs at most places of a text and gates little.
_SHORT = 4
#: Reading on stops before it makes more literals than this (`(a|b)(c|d)` multiplies
#: them); a long alternation alone keeps all of its own.
_MAX_LITERALS = 64


def _leading(items: list[tuple[Any, Any]], sre: Any) -> set[str]:
    """The literal runs a match of `items` starts with ("" where nothing is known); of
    two where one begins the other ("art", "art."), the shorter says enough."""
    kept: list[str] = []
    for prefix in sorted({prefix for prefix, _ in _lead(items, sre)}):
        if not kept or not prefix.startswith(kept[-1]):  # sorted: a start's own start is the last kept
            kept.append(prefix)
    return set(kept)


def _lead(items: list[tuple[Any, Any]], sre: Any) -> set[tuple[str, bool]]:
    """(start, whole) pairs: every match of `items` starts with one of the starts; `whole`
    when the start is all the match is (a literal path through `items`), so that what
    follows `items` may read on from it.

    A run of letters is read to its end. The parser merges common first letters of
    alternatives (`gibt|gab` becomes `g(?:ibt|ab)`), so a run continues into the group
    or branch that follows it; an optional part ("(die )?nachricht", "e-?mail") gives
    the starts with and without it. Into a group, several starts are read on only while
    they are shorter than `_SHORT`: longer ones gate well, and more literals cost more
    look-ups.
    """
    starts: set[tuple[str, bool]] = {("", True)}
    for op, arg in items:
        letter = op is sre.LITERAL
        alone = len(starts) == 1  # one start read into a group gives no more starts than the group has
        if not any(whole and (letter or alone or len(prefix) < _SHORT) for prefix, whole in starts):
            return {(prefix, False) for prefix, _ in starts}  # read no further: what follows is unknown
        if letter:
            starts = {(prefix + chr(arg), True) if whole else (prefix, False) for prefix, whole in starts}
            continue
        step = _step(op, arg, sre)
        grown = {(prefix, False) for prefix, whole in starts if not (whole and (alone or len(prefix) < _SHORT))}
        grown |= {(prefix + more, more_whole) for prefix, whole in starts if whole and (alone or len(prefix) < _SHORT)
                  for more, more_whole in step}
        if len(grown) > max(_MAX_LITERALS, len(step)):  # read on, starts multiply: stop before
            return {(prefix, False) for prefix, _ in starts}
        starts = grown
    return starts


def _step(op: Any, arg: Any, sre: Any) -> set[tuple[str, bool]]:
    """The (start, whole) pairs of one parsed item."""
    if op is sre.LITERAL:
        return {(chr(arg), True)}
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # \b, ^, look-arounds: they match no letter
        return {("", True)}
    if op is sre.SUBPATTERN and not arg[1] and not arg[2]:  # a group without inline flags
        return _lead(list(arg[3]), sre)
    if op is sre.BRANCH:
        return set().union(*(_lead(list(branch), sre) for branch in arg[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
        low, high, sub = arg
        once = _lead(list(sub), sre)
        if high != 1 or low > 1:  # more may follow: what comes after is not read on
            once = {(prefix, False) for prefix, _ in once}
        return {("", True)} | once if low == 0 else once
    return {("", False)}


@dataclass(frozen=True, slots=True)
class Gate:
    """A pattern with the literals every match of it starts with (None: unknown) and
    their heads (their first three to `_HEAD` letters)."""

    pattern: re.Pattern[str]
    literals: tuple[str, ...] | None
    heads: frozenset[str] | None
    by_head: dict[str, tuple[str, ...]] | None = None  # the literals by their head

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Gate:
        literals = required_literals(pattern)
        # the index looks up pieces of three letters or more: a two-letter literal ("my", "ne") gates
        # the search (str.find) but not the index
        if literals is None or any(len(literal) < 3 for literal in literals):
            return cls(pattern, literals, None)
        by_head: dict[str, list[str]] = {}
        for literal in literals:
            by_head.setdefault(literal[:_HEAD], []).append(literal)
        return cls(pattern, literals, frozenset(by_head), {head: tuple(found) for head, found in by_head.items()})

    def _present(self, grams: frozenset[str] | None) -> Sequence[str]:
        """The literals worth looking for in a text of these `pieces`: a
        literal whose head is not among them does not occur (a pattern of two hundred
        literals was looked for two hundred times per text, in the end mostly in vain)."""
        if grams is None or self.by_head is None or self.heads is None:  # no heads: a literal is too short
            return self.literals or ()
        return [literal for head in self.heads & grams for literal in self.by_head[head]]

    def starts(self, text: str, grams: frozenset[str] | None = None) -> Iterator[int]:
        """Where the matches of `finditer(text)` start, in order.

        Python's engine tries a pattern like `\\b(datenauskunft|auskunft nach)` at
        every position of the text; a match can only start where one of its literals
        does, and `str.find` finds those in C. The matches are finditer's: the leftmost
        match from where the last one ended, so none starts inside another.
        """
        if self.literals is None:
            yield from (match.start() for match in self.pattern.finditer(text))
            return
        end = 0
        for at in _places(text, self._present(grams)):
            if at < end:
                continue
            match = self.pattern.match(text, at)
            if match is not None:
                yield at
                end = max(match.end(), at + 1)

    def within(self, text: str, start: int, end: int, grams: frozenset[str] | None = None) -> bool:
        """Whether the pattern matches in text[start:end] (as `search(text, start, end)`);
        `grams`: the `pieces` of the whole text, if known."""
        if self.literals is None:
            return self.pattern.search(text, start, end) is not None
        for literal in self._present(grams):
            at = text.find(literal, start, end)
            while at >= 0:
                if self.pattern.match(text, at, end) is not None:
                    return True
                at = text.find(literal, at + 1, end)
        return False


Gated = tuple[Gate, ...]


def _places(text: str, literals: Sequence[str], limit: int | None = None) -> list[int]:
    """Every place before `limit` where one of `literals` begins in `text`, in order."""
    limit = len(text) if limit is None else limit
    places: set[int] = set()
    for literal in literals:
        at = text.find(literal, 0, limit + len(literal) - 1)
        while 0 <= at < limit:
            places.add(at)
            at = text.find(literal, at + 1, limit + len(literal) - 1)
    return sorted(places)


class Alternation:
    """`search` of a long alternation `(a|b|...)`, started where a match can first begin.

    The robot checks search a few big alternations (MTA sentences in 14 languages) over
    every mail; Python's engine tries each branch at every letter. Most branches start
    with a literal: the match can only begin where one of them occurs (str.find, in C)
    or where the other branches first match; the places are tried in order. The match
    found is the one `pattern.search` finds.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        literals: list[str] = []
        others: list[str] = []
        for branch in _branches(pattern.pattern):
            found = None if pattern.flags & re.IGNORECASE else required_literals(re.compile(branch, pattern.flags))
            if found:
                literals += found
            else:
                others.append(branch)
        self.literals = tuple(dict.fromkeys(literals))
        self.others = re.compile("|".join(others), pattern.flags) if others else None

    def search(self, text: str) -> re.Match[str] | None:
        limit = len(text) + 1
        other = self.others.search(text) if self.others is not None else None
        if other is not None:
            limit = other.start()  # a match at or after it is found at it
        for at in _places(text, self.literals, limit):
            match = self.pattern.match(text, at)
            if match is not None:
                return match
        return self.pattern.match(text, limit) if other is not None else None


def _branches(source: str) -> list[str]:
    """The top-level branches of `(a|b|c)` or `a|b|c` (one branch if it is neither)."""
    body = source
    if source.startswith("(") and not source.startswith("(?"):
        closing = next((i for i, char, depth in _syntax(source) if char == ")" and depth == 0), -1)
        if closing == len(source) - 1:
            body = source[1:-1]
    parts, start = [], 0
    for i, char, depth in _syntax(body):
        if char == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    return [*parts, body[start:]]


def _syntax(source: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, nesting depth after it) of the regex syntax characters of
    `source`: those not escaped and not inside a character class."""
    depth, escaped, in_class = 0, False, False
    for i, char in enumerate(source):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        else:
            depth += (char == "(") - (char == ")")
            yield i, char, depth


def _plan(rule: Rule) -> tuple[Gated, tuple[Gated, ...]]:
    """A rule's patterns with their literals, kept on the rule (a Pattern hashes its whole
    compiled code: too slow a key to look up hundreds of times per mail). In a `together`
    group a pattern with literals goes first: the group is looked for in the sentences
    where it matches, and a pattern tried at every letter is then only tried in those."""
    if rule.gated is None:
        plan = (tuple(Gate.of(p) for p in rule.patterns),
                tuple(tuple(sorted((Gate.of(p) for p in group), key=lambda gate: gate.literals is None))
                      for group in rule.together))
        object.__setattr__(rule, "gated", plan)  # a cache on a frozen rule, not a change of it
    gated: tuple[Gated, tuple[Gated, ...]] = rule.gated
    return gated


#: The longest piece of a text (and head of a literal) looked up: a literal's head of up
#: to five letters is found among the text's pieces of three to five letters. Longer
#: heads tell more literals apart ("dat" begins "data", "date", "dating"...).
_HEAD = 5


def pieces(text: str) -> frozenset[str]:
    """The pieces of three to `_HEAD` letters of `text` (the heads it may hold)."""
    return frozenset(text[i : i + n] for n in range(3, _HEAD + 1) for i in range(len(text) - n + 1))


def may_match(pattern: re.Pattern[str], grams: frozenset[str]) -> bool:
    """False when no literal `pattern` must start with begins anywhere in the text
    (`grams`: the text's `pieces`); one set operation, in C."""
    heads = Gate.of(pattern).heads
    return heads is None or not heads.isdisjoint(grams)


#: Zones read from a mail's subject line: its own, or a reply's ("Re: ...").
SUBJECT_ZONES = frozenset({"subject", "replied"})


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    zone: str  # "subject", "replied" (a reply's subject), "own" (the author's words) or "quoted"
    sentence: int
    start: int = 0  # offset of the hit in its zone's text


PhraseFinder = Callable[[str], list[PhraseHit]]


def find_hits(
    text: str,
    zone: str,
    rules: tuple[Rule, ...],
    phrases: PhraseFinder | None,
) -> list[Hit]:
    """Every rule of `rules` that `text` triggers, once per rule (its first valid hit)."""
    if not text.strip():
        return []
    folded = fold(text)
    grams = pieces(folded)
    starts = sentence_starts(text)
    index = _index(rules)
    area = "subject" if zone in SUBJECT_ZONES else "body"
    found: dict[str, Hit] = {}

    def sentence_of(offset: int) -> tuple[int, str]:
        at = bisect.bisect_right(starts, offset) - 1
        end = starts[at + 1] if at + 1 < len(starts) else len(folded)
        return at, folded[starts[at] : end]

    def accept(rule: Rule, start: int) -> None:
        if rule.name in found or area not in rule.zones:
            return
        at, sentence = sentence_of(start)
        if any(u.search(sentence) for u in rule.unless):
            return
        found[rule.name] = Hit(rule, zone, at, start)

    # rule by rule and pattern by pattern, as written: the first pattern that hits gives the offset
    for r, p in index.candidates(grams, groups=False):
        rule = rules[r]
        if rule.name in found or area not in rule.zones:
            continue
        for start in _plan(rule)[0][p].starts(folded, grams):
            accept(rule, start)
            if rule.name in found:
                break
    for r, g in index.candidates(grams, groups=True):
        rule = rules[r]
        if rule.name in found or area not in rule.zones:
            continue
        offset = _together(_plan(rule)[1][g], folded, starts, grams)
        if offset is not None:
            accept(rule, offset)
    if phrases is not None:
        for hit in phrases(folded):
            named = index.by_name.get(hit.rule)
            if named is not None:
                accept(named, hit.start)
    return list(found.values())


Slot = tuple[int, int]  # (the rule's position, its pattern's or group's position)


@dataclass(frozen=True, slots=True)
class _Index:
    """The patterns (and `together` groups) of a tuple of rules by their literal heads.

    A mail's text has a few thousand pieces of three to five letters; looking them up here
    finds the few dozen patterns that may match it, instead of asking each of the
    rules' 1,700 patterns in turn (most of the time `find_hits` took went there).
    """

    by_name: dict[str, Rule]
    heads: frozenset[str]
    slots: dict[tuple[bool, str], tuple[Slot, ...]]  # (groups?, head) -> slots
    always: dict[bool, tuple[Slot, ...]]  # groups? -> slots without known heads

    def candidates(self, grams: frozenset[str], groups: bool) -> list[Slot]:
        """The slots that may match a text of these `grams`, in the rules' order."""
        chosen = set(self.always[groups])
        for gram in grams & self.heads:
            chosen.update(self.slots.get((groups, gram), ()))
        return sorted(chosen)


_INDEXES: dict[int, tuple[tuple[Rule, ...], _Index]] = {}


def _index(rules: tuple[Rule, ...]) -> _Index:
    kept = _INDEXES.get(id(rules))
    if kept is not None and kept[0] is rules:
        return kept[1]
    slots: dict[tuple[bool, str], list[Slot]] = {}
    always: dict[bool, list[Slot]] = {False: [], True: []}

    def put(groups: bool, slot: Slot, heads: frozenset[str] | None) -> None:
        if heads is None:
            always[groups].append(slot)
        for head in heads or ():
            slots.setdefault((groups, head), []).append(slot)

    for r, rule in enumerate(rules):
        patterns, groups = _plan(rule)
        for p, gate in enumerate(patterns):
            put(False, (r, p), gate.heads)
        for g, group in enumerate(groups):
            # all of a group must match, so the heads of any one pattern gate it
            gated = [gate.heads for gate in group if gate.heads is not None]
            put(True, (r, g), min(gated, key=len) if gated else None)
    index = _Index({rule.name: rule for rule in rules}, frozenset(head for _, head in slots),
                   {key: tuple(found) for key, found in slots.items()},
                   {key: tuple(found) for key, found in always.items()})
    if len(_INDEXES) >= 32:  # the checks index rules one at a time
        _INDEXES.clear()
    _INDEXES[id(rules)] = (rules, index)
    return index


def _together(group: Gated, folded: str, starts: list[int], grams: frozenset[str]) -> int | None:
    """The offset of the first sentence in which every pattern of `group` matches."""
    for gate in group:
        if gate.heads is not None and gate.heads.isdisjoint(grams):
            return None
    first: dict[int, int] = {}
    for start in group[0].starts(folded, grams):
        first.setdefault(bisect.bisect_right(starts, start) - 1, start)
    common = sorted(first)
    for gate in group[1:]:
        # the later patterns are looked for only in the sentences the earlier ones share
        common = [i for i in common
                  if gate.within(folded, starts[i], starts[i + 1] if i + 1 < len(starts) else len(folded), grams)]
        if not common:
            return None
    return first[common[0]] if common else None

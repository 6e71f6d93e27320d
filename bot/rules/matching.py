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
from collections.abc import Callable
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
    if not found or any(len(literal) < 3 for literal in found):
        return None
    return tuple(sorted(found))


# Reading 1,300 patterns with the regex parser takes about half a second at every
# start of `privacy-bot classify`; the result depends on the pattern text alone, so
# it is kept in the user's cache folder between runs.
_LITERALS: dict[str, list[str] | None] = {}
_NEW: set[str] = set()
_LITERALS_VERSION = 1


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
                                                       and all(isinstance(v, str) and len(v) >= 3 for v in value))):
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
        for pattern, _ in (*patterns, *(pair for group in groups for pair in group)):
            keep.add(_key(pattern))
    if cache is not None:
        save_literals(cache, keep)


def _leading(items: list[tuple[Any, Any]], sre: Any) -> set[str]:
    """The literal runs a match of `items` starts with ("" where nothing is known).

    The parser merges common first letters of alternatives (`gibt|gab` becomes
    `g(?:ibt|ab)`), so a run continues into the group or branch that follows it.
    """
    run = ""
    for op, arg in items:
        if op is sre.AT:
            if run:
                break
            continue
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        sub: set[str] = set()
        if op is sre.SUBPATTERN and not arg[1]:  # a group without inline flags
            sub = _leading(list(arg[3]), sre)
        elif op is sre.BRANCH:
            sub = set().union(*(_leading(list(branch), sre) for branch in arg[1]))
        return {run + tail for tail in sub} if sub else {run}
    return {run}


def _heads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    literals = required_literals(pattern)
    return frozenset(literal[:3] for literal in literals) if literals else None


Gated = tuple[tuple[re.Pattern[str], "frozenset[str] | None"], ...]


def _plan(rule: Rule) -> tuple[Gated, tuple[Gated, ...]]:
    """A rule's patterns with their heads, kept on the rule (a Pattern hashes its whole
    compiled code: too slow a key to look up hundreds of times per mail)."""
    if rule.gated is None:
        plan = (tuple((p, _heads(p)) for p in rule.patterns),
                tuple(tuple((p, _heads(p)) for p in group) for group in rule.together))
        object.__setattr__(rule, "gated", plan)  # a cache on a frozen rule, not a change of it
    gated: tuple[Gated, tuple[Gated, ...]] = rule.gated
    return gated


def trigrams(text: str) -> frozenset[str]:
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def may_match(pattern: re.Pattern[str], grams: frozenset[str]) -> bool:
    """False when no literal `pattern` must start with begins anywhere in the text
    (`grams`: the text's three-letter pieces); one set operation, in C."""
    heads = _heads(pattern)
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
    grams = trigrams(folded)
    starts = sentence_starts(text)
    by_name = {rule.name: rule for rule in rules}
    area = "subject" if zone in SUBJECT_ZONES else "body"
    found: dict[str, Hit] = {}

    def sentence_of(offset: int) -> tuple[int, str]:
        index = bisect.bisect_right(starts, offset) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(folded)
        return index, folded[starts[index] : end]

    def accept(rule: Rule, start: int) -> None:
        if rule.name in found or area not in rule.zones:
            return
        index, sentence = sentence_of(start)
        if any(u.search(sentence) for u in rule.unless):
            return
        found[rule.name] = Hit(rule, zone, index, start)

    for rule in rules:
        if area not in rule.zones:
            continue
        for pattern, heads in _plan(rule)[0]:
            if heads is not None and heads.isdisjoint(grams):
                continue
            for match in pattern.finditer(folded):
                accept(rule, match.start())
                if rule.name in found:
                    break
            if rule.name in found:
                break
    for rule in rules:
        if area not in rule.zones or rule.name in found:
            continue
        for group in _plan(rule)[1]:
            start = _together(group, folded, starts, grams)
            if start is not None:
                accept(rule, start)
                if rule.name in found:
                    break
    if phrases is not None:
        for hit in phrases(folded):
            named = by_name.get(hit.rule)
            if named is not None:
                accept(named, hit.start)
    return list(found.values())


def _together(group: Gated, folded: str, starts: list[int], grams: frozenset[str]) -> int | None:
    """The offset of the first sentence in which every pattern of `group` matches."""
    for _, heads in group:
        if heads is not None and heads.isdisjoint(grams):
            return None
    first: dict[int, int] = {}
    for match in group[0][0].finditer(folded):
        first.setdefault(bisect.bisect_right(starts, match.start()) - 1, match.start())
    common = sorted(first)
    for pattern, _ in group[1:]:
        # the later patterns are looked for only in the sentences the earlier ones share
        common = [i for i in common
                  if pattern.search(folded, starts[i], starts[i + 1] if i + 1 < len(starts) else len(folded))]
        if not common:
            return None
    return first[common[0]] if common else None

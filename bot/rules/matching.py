"""Find which rules a piece of text triggers, with the sentence each hit sits in.

Regex patterns run on folded text for the candidate languages plus the
language-independent rules; lemma phrases run through the spaCy pipeline of the
detected language only (loaded on first use, see lemmas.py).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.rules.lemmas import PhraseHit
from bot.rules.reading import fold, sentence_starts
from bot.rules.ruleset import Rule


@dataclass(frozen=True, slots=True)
class Hit:
    rule: Rule
    zone: str  # "subject", "own" (the author's words) or "quoted"
    sentence: int


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
    starts = sentence_starts(text)
    by_name = {rule.name: rule for rule in rules}
    area = "subject" if zone == "subject" else "body"
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
        found[rule.name] = Hit(rule, zone, index)

    for rule in rules:
        if area not in rule.zones:
            continue
        for pattern in rule.patterns:
            for match in pattern.finditer(folded):
                accept(rule, match.start())
                if rule.name in found:
                    break
            if rule.name in found:
                break
    for rule in rules:
        if area not in rule.zones or rule.name in found:
            continue
        for group in rule.together:
            start = _together(group, folded, starts)
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


def _together(group: tuple[re.Pattern[str], ...], folded: str, starts: list[int]) -> int | None:
    """The offset of the first sentence in which every pattern of `group` matches."""
    common: set[int] | None = None
    first: dict[int, int] = {}
    for pattern in group:
        sentences: set[int] = set()
        for match in pattern.finditer(folded):
            index = bisect.bisect_right(starts, match.start()) - 1
            sentences.add(index)
            first.setdefault(index, match.start())
        common = sentences if common is None else common & sentences
        if not common:
            return None
    return first[min(common)] if common else None

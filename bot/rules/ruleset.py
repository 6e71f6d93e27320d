"""Classification rules: loaded from `rules/<category>.yaml`, validated, compiled.

One file per category (DESIGN.md). Each rule names the language it is written for
(or `any`), where it looks (subject, body), how much a hit weighs, lemma phrases
(matched with spaCy on lemmas, so "deleted my data" matches "delete my data"),
regular expressions (for stems and article numbers, matched on folded text), an
optional `unless` (a regex that, found in the same sentence, cancels the hit:
"if you do not answer I will complain" is no complaint yet) and its own examples.
An `unless` item, or a pattern of a `together` group, may name a pattern of
`rules/shared.yaml` (`{shared: called_off}`), so that rules of several files share one
pattern written once; and any pattern may name a word list of its `words`
(`\\b({{anything}})\\b`), for a list that several patterns embed in different
surroundings.
`privacy-bot check` calls `load_rules`; a bad file stops it with one line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.categories import Category
from bot.errors import ConfigError
from bot.rules.language import LANGUAGES
from bot.rules.reading import fold

DEFAULT_RULES_DIR = Path(__file__).resolve().parents[2] / "rules"
ZONES = frozenset({"subject", "body"})


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's loader when PyYAML has it (the rules files load five times faster), which
    refuses a key given twice in one mapping: YAML would keep the last one silently (a
    second `unless:` would drop the first)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str):
                if key in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"key {key!r} given twice", key_node.start_mark)
                seen.add(key)
        return dict(super().construct_mapping(node, deep=deep))


_NAME = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_SHARED_NAME = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SHARED_FILE = "shared.yaml"  # named patterns any rule's `unless` and `together` may use
_WORDS_REF = re.compile(r"\{\{([^{}]*)\}\}")  # a word list of shared.yaml named inside a pattern
_RULE_KEYS = frozenset({"name", "lang", "in", "weight", "phrases", "patterns", "together", "unless", "examples", "note",
                        "reminder"})
_RULE_CATEGORIES = frozenset(Category) - {Category.AUTOMATED}


@dataclass(frozen=True, slots=True)
class Rule:
    """One named cue for a category, shown to staff when it matches."""

    name: str
    category: Category
    langs: tuple[str, ...]  # ISO 639-1 codes, or ("any",) for language-independent cues
    zones: frozenset[str]
    weight: float
    phrases: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    together: tuple[tuple[re.Pattern[str], ...], ...]  # each group: all in one sentence
    unless: tuple[re.Pattern[str], ...]
    examples_match: tuple[str, ...]
    examples_no_match: tuple[str, ...]
    source: str
    #: A complaint cue that says an earlier request is still waiting ("still nothing?",
    #: "six weeks now"): in a reply or forward that quotes the earlier mail, it makes the
    #: complaint lead (classifier._decide).
    reminder: bool = False
    # the patterns with their literal heads, filled on first use by matching.py
    gated: Any = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]

    def for_language(self, lang: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if lang in r.langs)

    def languages(self) -> frozenset[str]:
        return frozenset(lang for r in self.rules for lang in r.langs if lang != "any")


def load_rules(rules_dir: Path | None = None) -> RuleSet:
    """Load and validate every `*.yaml` in `rules_dir`; raise ConfigError on the first fault."""
    folder = rules_dir or DEFAULT_RULES_DIR
    files = [path for path in sorted(folder.glob("*.yaml")) if path.name != SHARED_FILE]
    if not files:
        raise ConfigError(f"{folder}: no rules files (*.yaml) found")
    shared = _load_shared(folder / SHARED_FILE)
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in files:
        for rule in _load_file(path, shared):
            if rule.name in seen:
                raise ConfigError(f"{path}: rule '{rule.name}': name already used in {seen[rule.name]}")
            seen[rule.name] = path.name
            rules.append(rule)
    return RuleSet(tuple(rules))


@dataclass(frozen=True, slots=True)
class _Shared:
    """What `shared.yaml` names: whole patterns (`{shared: NAME}` in an `unless` or a
    `together` group) and word lists (`{{NAME}}` inside any pattern)."""

    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)
    words: dict[str, str] = field(default_factory=dict)


def _load_shared(path: Path) -> _Shared:
    """The named patterns and word lists of `shared.yaml` (none when the folder has no such file)."""
    if not path.is_file():
        return _Shared()
    data = _read(path)
    if (not isinstance(data, dict) or set(data) - {"shared", "words", "note"} or not isinstance(data.get("shared"), dict)
            or not isinstance(data.get("words", {}), dict)):
        raise ConfigError(f"{path}: expected a mapping with key 'shared' (name: pattern) and optional 'words' (name: list)")
    words: dict[str, str] = {}
    for name, alternatives in data.get("words", {}).items():
        if (not isinstance(name, str) or not _SHARED_NAME.match(name) or not isinstance(alternatives, str)
                or not alternatives.strip() or _WORDS_REF.search(alternatives)):
            raise ConfigError(f"{path}: words {name!r}: expected a snake_case name and a non-empty alternation "
                              "that names no other list")
        words[name] = alternatives
        _compile(f"{path}: words '{name}'", "list", 1, alternatives, {})
    patterns: dict[str, re.Pattern[str]] = {}
    for name, pattern in data["shared"].items():
        if not isinstance(name, str) or not _SHARED_NAME.match(name) or not isinstance(pattern, str) or not pattern.strip():
            raise ConfigError(f"{path}: shared {name!r}: expected a snake_case name and a non-empty pattern")
        patterns[name] = _compile(f"{path}: shared '{name}'", "pattern", 1, pattern, words)
    return _Shared(patterns, words)


def _read(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read: {' '.join(str(exc).split())}") from exc


def _load_file(path: Path, shared: _Shared) -> list[Rule]:
    data = _read(path)
    if not isinstance(data, dict) or set(data) - {"category", "rules", "note"}:
        raise ConfigError(f"{path}: expected a mapping with keys 'category' and 'rules'")
    try:
        category = Category(str(data.get("category")))
    except ValueError:
        raise ConfigError(f"{path}: unknown category {data.get('category')!r}") from None
    if category not in _RULE_CATEGORIES or path.stem != category.value:
        raise ConfigError(f"{path}: category '{category}' must be a request or other, in {category}.yaml")
    items = data.get("rules")
    if not isinstance(items, list) or not items:
        raise ConfigError(f"{path}: 'rules' must be a non-empty list")
    return [_rule(path, category, i, item, shared) for i, item in enumerate(items, 1)]


def _rule(path: Path, category: Category, index: int, item: Any, shared: _Shared) -> Rule:
    where = f"{path}: rule {index}"
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: expected a mapping")
    name = item.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{where}: 'name' must be kebab-case, got {name!r}")
    where = f"{path}: rule '{name}'"
    unknown = set(item) - _RULE_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    lang = item.get("lang")
    langs = lang if isinstance(lang, list) else [lang]
    if not langs or not all(code == "any" or code in LANGUAGES for code in langs):
        raise ConfigError(f"{where}: 'lang' must be 'any' or among {' '.join(LANGUAGES)}, got {lang!r}")
    zones = item.get("in", ["subject", "body"])
    if isinstance(zones, str):
        zones = [zones]
    if not isinstance(zones, list) or not zones or not set(zones) <= ZONES:
        raise ConfigError(f"{where}: 'in' must be subject, body or both")
    weight = item.get("weight", 1.0)
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not -5 <= weight <= 5:
        raise ConfigError(f"{where}: 'weight' must be a number from -5 to 5")
    phrases = _strings(where, item, "phrases")
    patterns = tuple(_compile(where, "patterns", i, p, shared.words)
                     for i, p in enumerate(_strings(where, item, "patterns"), 1))
    unless = _patterns(where, "unless", item.get("unless"), shared)
    groups = item.get("together", [])
    if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 for g in groups):
        raise ConfigError(f"{where}: 'together' must be a list of lists of two or more patterns")
    together = tuple(_patterns(where, f"together {i}", g, shared) for i, g in enumerate(groups, 1))
    if not phrases and not patterns and not together:
        raise ConfigError(f"{where}: needs at least one of 'phrases', 'patterns' or 'together'")
    examples = item.get("examples")
    if not isinstance(examples, dict) or set(examples) - {"match", "no_match"}:
        raise ConfigError(f"{where}: 'examples' must be a mapping with 'match' and 'no_match'")
    reminder = item.get("reminder", False)
    if not isinstance(reminder, bool) or (reminder and category is not Category.COMPLAINT):
        raise ConfigError(f"{where}: 'reminder' must be true or false, and only complaint rules are reminders")
    match = _strings(where, examples, "match")
    no_match = _strings(where, examples, "no_match")
    if not match:
        raise ConfigError(f"{where}: needs at least one 'examples: match' sentence")
    return Rule(
        name=name, category=category, langs=tuple(str(code) for code in langs), zones=frozenset(zones), weight=float(weight),
        phrases=tuple(fold(p) for p in phrases), patterns=patterns, together=together, unless=unless,
        examples_match=match, examples_no_match=no_match, source=path.name, reminder=reminder,
    )


def _strings(where: str, item: dict[str, Any], key: str) -> tuple[str, ...]:
    value = item.get(key, [])
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of non-empty strings")
    return tuple(value)


def _patterns(where: str, key: str, value: Any, shared: _Shared) -> tuple[re.Pattern[str], ...]:
    """A rule's `unless` list or `together` group: patterns, or `{shared: NAME}` for a
    pattern of shared.yaml."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ConfigError(f"{where}: '{key}' must be a list of patterns")
    out = []
    for i, item in enumerate(value, 1):
        if isinstance(item, dict):
            name = item.get("shared")
            if set(item) != {"shared"} or name not in shared.patterns:
                raise ConfigError(f"{where}: {key} {i}: {item!r} names no pattern of {SHARED_FILE} "
                                  f"(known: {', '.join(sorted(shared.patterns)) or 'none'})")
            out.append(shared.patterns[name])
        elif isinstance(item, str) and item.strip():
            out.append(_compile(where, key, i, item, shared.words))
        else:
            raise ConfigError(f"{where}: {key} {i}: expected a pattern or {{shared: NAME}}")
    return tuple(out)


def _compile(where: str, key: str, index: int, pattern: str, words: dict[str, str]) -> re.Pattern[str]:
    def expand(ref: re.Match[str]) -> str:
        if ref[1] not in words:
            raise ConfigError(f"{where}: {key} {index}: {{{{{ref[1]}}}}} names no word list of {SHARED_FILE} "
                              f"(known: {', '.join(sorted(words)) or 'none'})")
        return f"(?:{words[ref[1]]})"

    pattern = _WORDS_REF.sub(expand, pattern)
    try:
        # patterns are folded like the text they run on, so authors may write accents
        return compile_folded(pattern)
    except re.error as exc:
        raise ConfigError(f"{where}: {key} {index} does not compile: {exc}") from exc


def compile_folded(pattern: str) -> re.Pattern[str]:
    """A pattern written with accents or not, for folded text (lowercase, no accents):
    one search on the folded text, without re.IGNORECASE, which makes Python's engine
    several times slower on long alternations like these."""
    return re.compile(fold_pattern(pattern))


_ESCAPE = re.compile(r"\\.", re.DOTALL)  # a backslash and what it escapes, pairs read left to right


def fold_pattern(pattern: str) -> str:
    """Fold a regex like text, leaving escapes (\\S, \\W, \\D, \\B) as written.

    Folding keeps every offset, so the escaped characters are put back in place."""
    folded = fold(pattern)
    if "\\" not in pattern:
        return folded
    chars = list(folded)
    for escape in _ESCAPE.finditer(pattern):
        chars[escape.end() - 1] = pattern[escape.end() - 1]
    return "".join(chars)
